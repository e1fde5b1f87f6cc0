from lib import *
PAGES = []

PAGES.append(page("b7847-langson-hccb-soket-2024", """
BÁO LẠNG SƠN ĐIỆN TỬ
Trang chủ > Chính trị > Mặt trận - Đoàn thể
Thứ Hai, 08/7/2024
Cựu chiến binh Lạng Sơn cung cấp thông tin 27 mộ liệt sĩ
(LSO) - Ngày 5/7, Hội Cựu chiến binh tỉnh Lạng Sơn tổ chức hội nghị sơ kết công tác Hội và phong trào cựu chiến binh 6 tháng đầu năm 2024, triển khai nhiệm vụ 6 tháng cuối năm. Đại tá Hoàng Văn Pằn, Chủ tịch Hội Cựu chiến binh tỉnh chủ trì hội nghị.
Quang cảnh hội nghị sơ kết.
Báo cáo cho biết, 6 tháng đầu năm, toàn tỉnh kết nạp 412 hội viên mới, nâng tổng số hội viên lên hơn 31.000 người sinh hoạt tại 213 cơ sở hội. Nổi bật là hoạt động "Tri ân đồng đội": các cấp hội đã phối hợp với Bộ Chỉ huy Quân sự tỉnh và Sở Lao động - Thương binh và Xã hội cung cấp thông tin 27 mộ liệt sĩ, giúp 9 gia đình tìm được mộ người thân hy sinh trong chiến tranh bảo vệ biên giới phía Bắc. Hội cũng vận động hội viên đóng góp 1,37 tỷ đồng xây 11 "Nhà nghĩa tình đồng đội", mỗi nhà từ 80 - 120 triệu đồng.
Thực hiện Kế hoạch số 35-KH/CCB ngày 10/1/2024 của Ban Thường vụ Hội Cựu chiến binh tỉnh, các huyện đã tổ chức 16 đoàn cựu chiến binh về thăm chiến trường xưa, dâng hương tại các nghĩa trang liệt sĩ Đồng Đăng, Tân Thanh và Chi Lăng. Ông Lành Văn Thắng, Chủ tịch Hội Cựu chiến binh huyện Văn Lãng, thông tin huyện đã lập danh sách 46 liệt sĩ còn thiếu thông tin để phối hợp tìm kiếm theo Hướng dẫn số 132/HD-CCB của Trung ương Hội.
Tại hội nghị, cựu chiến binh Nông Văn Sằn ở xã Tân Thanh chia sẻ, ông đã cùng đồng đội nhiều lần trở lại các điểm cao để xác định vị trí chôn cất liệt sĩ năm 1979. Bà Vi Thị Hoa, Chủ tịch Hội Cựu chiến binh xã Yên Trạch, đề nghị quan tâm hỗ trợ các cựu chiến binh cao tuổi, bệnh tật trong các chuyến đi tìm đồng đội.
Phát biểu chỉ đạo, đồng chí Lý Thị Hằng, Phó Trưởng Ban Dân vận Tỉnh ủy ghi nhận những đóng góp của Hội, đề nghị 6 tháng cuối năm tập trung tổ chức tốt các hoạt động kỷ niệm 77 năm Ngày Thương binh - Liệt sĩ; phấn đấu cả năm kết nạp không dưới 800 hội viên mới, giúp ít nhất 20 gia đình liệt sĩ tìm được thông tin mộ. Tỷ lệ hội viên được tập hợp vào tổ chức Hội phải đạt 97% trở lên.
Dịp này, Hội Cựu chiến binh tỉnh tặng Giấy khen cho 8 tập thể, 12 cá nhân; trao 50 suất quà, mỗi suất 1 triệu đồng cho cựu chiến binh là thương binh nặng ở thị trấn Đồng Đăng và các xã biên giới.
Minh Thu
Tin liên quan
- Lễ truy điệu, an táng hài cốt liệt sĩ tại Nghĩa trang liệt sĩ Đồng Đăng (28/06/2024)
- Hội Cựu chiến binh huyện Cao Lộc: giúp nhau phát triển kinh tế (15/06/2024)
- Sơ kết 5 năm phong trào "Cựu chiến binh gương mẫu" (20/05/2024)
""", "2024-07-08", "Cựu chiến binh Lạng Sơn cung cấp thông tin 27 mộ liệt sĩ",
E("so_ket", "2024-H1", "2024-07-05"),
[P("Hoàng Văn Pằn", "Đại tá", "Chủ tịch Hội Cựu chiến binh tỉnh"),
 P("Lành Văn Thắng", "Chủ tịch Hội Cựu chiến binh huyện Văn Lãng"),
 P("Nông Văn Sằn", "cựu chiến binh"),
 P("Vi Thị Hoa", "Chủ tịch Hội Cựu chiến binh xã Yên Trạch"),
 P("Lý Thị Hằng", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("412 hội viên mới", 412, "hội viên mới"), Q("hơn 31.000 người", 31000, "người", "over"), Q("213 cơ sở hội", 213, "cơ sở hội"),
 Q("27 mộ liệt sĩ", 27, "mộ liệt sĩ"), Q("9 gia đình", 9, "gia đình"), Q("1,37 tỷ đồng", 1370000000, "đồng"),
 Q("11 \"Nhà nghĩa tình đồng đội\"", 11, "Nhà nghĩa tình đồng đội"), Q("từ 80", 80000000, "đồng"), Q("120 triệu đồng", 120000000, "đồng"),
 Q("16 đoàn cựu chiến binh", 16, "đoàn cựu chiến binh"), Q("46 liệt sĩ", 46, "liệt sĩ"),
 Q("không dưới 800 hội viên mới", 800, "hội viên mới", "over"), Q("ít nhất 20 gia đình liệt sĩ", 20, "gia đình liệt sĩ", "over"),
 Q("97% trở lên", 97, "%", "over"), Q("8 tập thể", 8, "tập thể"), Q("12 cá nhân", 12, "cá nhân"), Q("50 suất quà", 50, "suất quà"),
 Q("1 triệu đồng", 1000000, "đồng")],
[D("Kế hoạch", "35", "KH/CCB", "2024-01-10", "Ban Thường vụ Hội Cựu chiến binh tỉnh", "Kế hoạch số 35-KH/CCB ngày 10/1/2024"),
 D("Hướng dẫn", "132", "HD-CCB", None, "Trung ương Hội", "Hướng dẫn số 132/HD-CCB")],
[prov("Lạng Sơn"), com("Tân Thanh"), com("Yên Trạch"), com("Đồng Đăng")],
["BÁO LẠNG SƠN ĐIỆN TỬ", "Trang chủ > Chính trị > Mặt trận - Đoàn thể", "(LSO)", "Quang cảnh hội nghị sơ kết.",
 "Tri ân đồng đội", "Nhà nghĩa tình đồng đội", "Cựu chiến binh gương mẫu"],
["Thứ Hai, 08/7/2024", "6 tháng đầu năm 2024", "6 tháng cuối năm", "năm 1979", "77 năm"]))

PAGES.append(page("b7848-travinh-snv-taphuan-2025", """
TRÀ VINH ONLINE - Báo Trà Vinh điện tử
Xã hội / Lao động - Việc làm
18/04/2025 - 09:20 (GMT+7)
Ảnh: Bà Kim Thị Sa Phia phát biểu khai mạc lớp tập huấn.
Bồi dưỡng nghiệp vụ công tác người có công cho cán bộ cấp xã
(TVO) - Ngày 17/4, Sở Nội vụ tỉnh Trà Vinh khai mạc lớp tập huấn nghiệp vụ công tác người có công với cách mạng năm 2025 cho 212 học viên là công chức văn hóa - xã hội, cán bộ phụ trách chính sách của 106 xã, phường, thị trấn và Phòng Nội vụ 9 huyện, thị xã, thành phố. Lớp học diễn ra trong 2 ngày.
Bà Kim Thị Sa Phia, Phó Giám đốc Sở Nội vụ cho biết, từ ngày 01/3/2025, sau khi sắp xếp bộ máy, chức năng quản lý nhà nước về người có công được chuyển từ Sở Lao động - Thương binh và Xã hội sang Sở Nội vụ. Toàn tỉnh hiện có 11.346 người có công và thân nhân đang hưởng trợ cấp hằng tháng, mỗi tháng chi trả khoảng 27,5 tỷ đồng; còn 18 hồ sơ tồn đọng chưa giải quyết.
Tại lớp học, học viên được nghe ông Thạch Phi Rum, Trưởng phòng Người có công Sở Nội vụ hướng dẫn Nghị định số 131/2021/NĐ-CP của Chính phủ quy định chi tiết và biện pháp thi hành Pháp lệnh Ưu đãi người có công với cách mạng; quy trình lập hồ sơ, thẩm định, giải quyết chế độ; cách tra cứu, cập nhật thông tin liệt sĩ, mộ liệt sĩ trên phần mềm. ThS. Sơn Thị Ngọc Bích, giảng viên Trường Chính trị tỉnh, trình bày chuyên đề về công tác vận động nhân dân tham gia phong trào "Đền ơn đáp nghĩa" trong vùng đồng bào Khmer.
Theo Kế hoạch số 27/KH-SNV ngày 25/3/2025 của Sở Nội vụ, trong năm 2025 tỉnh sẽ tổ chức 3 lớp tập huấn; phấn đấu 100% công chức làm công tác người có công cấp xã được bồi dưỡng. Sở cũng đã ban hành Công văn số 412, 413/SNV-NCC hướng dẫn các địa phương rà soát, lập danh sách người có công trước khi sắp xếp đơn vị hành chính cấp xã, bảo đảm không gián đoạn việc chi trả.
Chia sẻ tại lớp học, ông Kiên Văn Sóc, công chức văn hóa - xã hội xã Tập Sơn, cho biết xã có 312 đối tượng người có công, nhiều người là đồng bào Khmer cao tuổi, không biết chữ nên việc kê khai hồ sơ gặp khó. Bà Nguyễn Thị Mỹ Duyên, công chức xã Lương Hòa, kiến nghị có thêm tài liệu song ngữ Việt - Khmer.
Trả lời các kiến nghị, bà Kim Thị Sa Phia cho biết Sở sẽ phối hợp với Ban Tuyên giáo và Dân vận Tỉnh ủy biên soạn khoảng 5.000 tờ gấp tuyên truyền song ngữ, phát tại các chùa Khmer và điểm sinh hoạt cộng đồng trước dịp kỷ niệm 78 năm Ngày Thương binh - Liệt sĩ.
Kết thúc lớp tập huấn, học viên làm bài kiểm tra; kết quả có 98% học viên đạt yêu cầu trở lên.
Hữu Hiệp
Tin liên quan
- Trà Vinh: chi trả trợ cấp người có công qua tài khoản ngân hàng (10/04/2025)
- Sở Nội vụ tiếp nhận nhiệm vụ từ Sở Lao động - Thương binh và Xã hội (03/03/2025)
- Thăm, tặng quà gia đình chính sách dịp Tết Ất Tỵ (20/01/2025)
""", "2025-04-18", "Bồi dưỡng nghiệp vụ công tác người có công cho cán bộ cấp xã",
E("tap_huan", "2025", "2025-04-17"),
[P("Kim Thị Sa Phia", "Phó Giám đốc Sở Nội vụ"),
 P("Thạch Phi Rum", "Trưởng phòng Người có công Sở Nội vụ"),
 P("Sơn Thị Ngọc Bích", "ThS.", "giảng viên Trường Chính trị tỉnh"),
 P("Kiên Văn Sóc", "công chức văn hóa - xã hội xã Tập Sơn"),
 P("Nguyễn Thị Mỹ Duyên", "công chức xã Lương Hòa")],
[Q("212 học viên", 212, "học viên"), Q("106 xã, phường, thị trấn", 106, "xã, phường, thị trấn"),
 Q("9 huyện, thị xã, thành phố", 9, "huyện, thị xã, thành phố"), Q("11.346 người có công và thân nhân", 11346, "người có công và thân nhân"),
 Q("khoảng 27,5 tỷ đồng", 27500000000, "đồng", "approx"), Q("18 hồ sơ", 18, "hồ sơ"), Q("3 lớp tập huấn", 3, "lớp tập huấn"),
 Q("100%", 100, "%"), Q("312 đối tượng người có công", 312, "đối tượng người có công"),
 Q("khoảng 5.000 tờ gấp", 5000, "tờ gấp", "approx"), Q("98%", 98, "%")],
[D("Nghị định", "131", "2021/NĐ-CP", None, "Chính phủ", "Nghị định số 131/2021/NĐ-CP"),
 D("Kế hoạch", "27", "KH-SNV", "2025-03-25", "Sở Nội vụ", "Kế hoạch số 27/KH-SNV ngày 25/3/2025"),
 D("Công văn", "412", "SNV-NCC", None, "Sở Nội vụ", "Công văn số 412, 413/SNV-NCC"),
 D("Công văn", "413", "SNV-NCC", None, "Sở Nội vụ", "Công văn số 412, 413/SNV-NCC")],
[prov("Trà Vinh"), com("Tập Sơn"), com("Lương Hòa")],
["TRÀ VINH ONLINE - Báo Trà Vinh điện tử", "Xã hội / Lao động - Việc làm", "(TVO)",
 "Ảnh: Bà Kim Thị Sa Phia phát biểu khai mạc lớp tập huấn.", "Pháp lệnh Ưu đãi người có công với cách mạng",
 "Đền ơn đáp nghĩa", "Trường Chính trị tỉnh"],
["18/04/2025 - 09:20 (GMT+7)", "năm 2025", "2 ngày", "01/3/2025", "78 năm"]))

PAGES.append(page("b7849-tuyenquang-btgdv-traoqua-2025", """
BÁO TUYÊN QUANG ĐIỆN TỬ
Chính trị | Tin tức
Thứ Sáu, 25/07/2025
Tri ân người có công trên quê hương Vị Xuyên
Cập nhật: 07:50, 25/07/2025 (GMT+7)
Nhân kỷ niệm 78 năm Ngày Thương binh - Liệt sĩ (27/7/1947 - 27/7/2025), ngày 24/7, đoàn công tác của tỉnh Tuyên Quang do đồng chí Lương Thị Pín, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy làm trưởng đoàn đã dâng hương tại Nghĩa trang liệt sĩ quốc gia Vị Xuyên và thăm, tặng quà người có công tại các xã Vị Xuyên, Thanh Thủy và phường Hà Giang 1.
Đoàn công tác dâng hương tại Nghĩa trang liệt sĩ quốc gia Vị Xuyên.
Đây là năm đầu tiên tỉnh Tuyên Quang mới (hợp nhất từ hai tỉnh Tuyên Quang và Hà Giang) tổ chức các hoạt động tri ân dịp 27/7 theo mô hình chính quyền địa phương hai cấp. Theo Kế hoạch số 38-KH/BTGDVTU ngày 04/7/2025 của Ban Tuyên giáo và Dân vận Tỉnh ủy, các xã, phường chủ động rà soát, bảo đảm 100% người có công được thăm hỏi, tặng quà.
Tại xã Thanh Thủy, đoàn thăm gia đình ông Sùng A Páo, thương binh 3/4, và bà Lù Thị Dính, vợ liệt sĩ, người dân tộc Mông. Ông Vàng Mí Sính, Bí thư Đảng ủy xã Thanh Thủy cho biết, xã mới được thành lập trên cơ sở hợp nhất 3 xã cũ, hiện có 164 người có công và thân nhân; Đảng ủy xã đã chỉ đạo đoàn thanh niên nhận chăm sóc 28 phần mộ liệt sĩ tại nghĩa trang xã.
Tại xã Vị Xuyên, bà Triệu Thị Mây, Chủ tịch UBND xã cùng đoàn đến thăm cựu chiến binh Nguyễn Văn Tư, thương binh 2/4, người từng chiến đấu trên điểm cao 1509. Ở phường Hà Giang 1, đoàn thăm Mẹ Việt Nam anh hùng Hoàng Thị Sính, người mẹ duy nhất của phường còn sống.
Dịp này, đoàn trao 200 suất quà, mỗi suất 1 triệu đồng từ nguồn vận động của Ủy ban MTTQ Việt Nam tỉnh. Toàn tỉnh trao hơn 41.000 suất quà của Chủ tịch nước với hai mức 300.000 đồng và 600.000 đồng, tổng kinh phí khoảng 13,8 tỷ đồng. Cùng đi với đoàn có các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Hoàng Tuấn Anh, Nguyễn Thị Thu Hà, Giàng Thị Mai.
Phát biểu tại các nơi đến thăm, đồng chí Lương Thị Pín đề nghị chính quyền các xã, phường sau sắp xếp không để xảy ra gián đoạn trong việc chi trả chế độ; tiếp tục vận động nhân dân cung cấp thông tin về mộ liệt sĩ, bởi tại mặt trận Vị Xuyên vẫn còn hơn 1.000 liệt sĩ chưa tìm được hài cốt.
Thu Hương
Tin liên quan
- Lễ thắp nến tri ân tại Nghĩa trang liệt sĩ quốc gia Vị Xuyên (26/07/2025)
- Tuyên Quang: khánh thành 24 nhà tình nghĩa (18/07/2025)
- Chính quyền hai cấp vận hành thông suốt tại xã Minh Tân (10/07/2025)
- Ban Tuyên giáo và Dân vận Tỉnh ủy triển khai nhiệm vụ 6 tháng cuối năm 2025 (08/07/2025)
""", "2025-07-25", "Tri ân người có công trên quê hương Vị Xuyên",
E("trao_qua", None, "2025-07-24"),
[P("Lương Thị Pín", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Sùng A Páo", "thương binh 3/4"),
 P("Lù Thị Dính", "vợ liệt sĩ"),
 P("Vàng Mí Sính", "Bí thư Đảng ủy xã Thanh Thủy"),
 P("Triệu Thị Mây", "Chủ tịch UBND xã"),
 P("Nguyễn Văn Tư", "cựu chiến binh", "thương binh 2/4"),
 P("Hoàng Thị Sính", "Mẹ Việt Nam anh hùng"),
 P("Hoàng Tuấn Anh", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Thu Hà", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Giàng Thị Mai", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy")],
[Q("100%", 100, "%"), Q("3 xã cũ", 3, "xã cũ"), Q("164 người có công và thân nhân", 164, "người có công và thân nhân"),
 Q("28 phần mộ liệt sĩ", 28, "phần mộ liệt sĩ"), Q("200 suất quà", 200, "suất quà"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("hơn 41.000 suất quà", 41000, "suất quà", "over"), Q("300.000 đồng", 300000, "đồng"), Q("600.000 đồng", 600000, "đồng"),
 Q("khoảng 13,8 tỷ đồng", 13800000000, "đồng", "approx"), Q("hơn 1.000 liệt sĩ", 1000, "liệt sĩ", "over")],
[D("Kế hoạch", "38", "KH/BTGDVTU", "2025-07-04", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch số 38-KH/BTGDVTU ngày 04/7/2025")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Vị Xuyên"), com("Thanh Thủy"), com("Hà Giang 1")],
["BÁO TUYÊN QUANG ĐIỆN TỬ", "Chính trị | Tin tức", "Đoàn công tác dâng hương tại Nghĩa trang liệt sĩ quốc gia Vị Xuyên.",
 "Nghĩa trang liệt sĩ quốc gia Vị Xuyên", "mặt trận Vị Xuyên"],
["Thứ Sáu, 25/07/2025", "Cập nhật: 07:50, 25/07/2025 (GMT+7)", "78 năm", "27/7/1947 - 27/7/2025", "thương binh 3/4",
 "thương binh 2/4", "điểm cao 1509", "Hà Giang 1", "hai cấp"]))

PAGES.append(page("b7850-lamdong-bcd515-tongket-2025", """
BÁO LÂM ĐỒNG - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH LÂM ĐỒNG
Trang chủ › Quốc phòng - An ninh
Thứ Sáu, 26/12/2025, 08:05
Toàn cảnh hội nghị.
Lâm Đồng quy tập 58 hài cốt liệt sĩ trong năm 2025
Ngày 24/12, Ban Chỉ đạo 515 tỉnh Lâm Đồng tổ chức hội nghị tổng kết công tác tìm kiếm, quy tập hài cốt liệt sĩ năm 2025 - năm đầu tiên sau khi hợp nhất ba tỉnh Lâm Đồng, Đắk Nông và Bình Thuận. Đồng chí Nguyễn Trọng Khiêm, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo 515 tỉnh chủ trì hội nghị.
Theo báo cáo, năm 2025, hai đội quy tập của Bộ Chỉ huy Quân sự tỉnh (Đội K89 và Đội K90) đã phối hợp với lực lượng vũ trang tỉnh Mondulkiri (Campuchia) tìm kiếm, quy tập được 58 hài cốt liệt sĩ, đạt 145% kế hoạch; trong đó 49 hài cốt tại Campuchia, 9 hài cốt trong nước ở các xã Quảng Trực, Đắk Wil và vùng rừng núi giáp ranh. Ban Chỉ đạo đã tiếp nhận 41 nguồn tin, khảo sát khoảng 120 ha; tổng kinh phí hơn 4,6 tỷ đồng.
Việc sắp xếp bộ máy không làm gián đoạn nhiệm vụ. Thực hiện Quyết định số 2851/QĐ-UBND ngày 15/8/2025 của UBND tỉnh kiện toàn Ban Chỉ đạo 515 tỉnh, các cơ quan đã bàn giao đầy đủ hồ sơ, dữ liệu từ ba tỉnh cũ. Sở Nội vụ đã lấy 134 mẫu ADN thân nhân và hài cốt liệt sĩ; 6 liệt sĩ được xác định danh tính, bàn giao cho gia đình.
Thượng tá Điểu Klêr, Đội trưởng Đội K89 cho biết, tại khu vực giáp ranh, Đội phát hiện một hố chôn tập thể 11 hài cốt liệt sĩ nhờ thông tin của ông K'Brơi, người dân tộc K'Ho, nguyên du kích, hiện sống ở phường Nam Gia Nghĩa. Trung tá Đàng Văn Thổ, Chính trị viên Đội K90 báo cáo kết quả phối hợp với chính quyền địa phương Campuchia và đề xuất tăng cường phương tiện cơ giới.
Tại hội nghị, các đồng chí Y Thanh Hà Niê, Nguyễn Văn Lực - Ủy viên Ban Chỉ đạo 515 tỉnh đề nghị xây dựng cơ sở dữ liệu chung về liệt sĩ, mộ liệt sĩ của tỉnh mới. Bà K'Thị Nhung, Chủ tịch UBND xã Quảng Trực cho biết xã đã vận động 25 già làng, người có uy tín tham gia cung cấp thông tin.
Kết luận hội nghị, đồng chí Nguyễn Trọng Khiêm biểu dương hai Đội, đề nghị năm 2026 quán triệt Kết luận số 48, 49-KL/TU của Ban Thường vụ Tỉnh ủy và Kế hoạch số 4120/KH-UBND của UBND tỉnh; phấn đấu quy tập từ 50 hài cốt liệt sĩ trở lên, bảo đảm an toàn tuyệt đối về người và phương tiện. Khoảng 1.700 liệt sĩ quê ba tỉnh cũ hy sinh tại Campuchia vẫn chưa được quy tập.
Dịp này, UBND tỉnh tặng Bằng khen cho 5 tập thể, 13 cá nhân; Bộ Chỉ huy Quân sự tỉnh tặng Giấy khen cho 22 cán bộ, chiến sĩ hai Đội.
Khánh Phúc
Tin liên quan
- Truy điệu, an táng 32 hài cốt liệt sĩ tại Nghĩa trang liệt sĩ tỉnh (15/12/2025)
- Đội K89 lên đường làm nhiệm vụ mùa khô 2025 - 2026 (20/11/2025)
- Tri ân người có công nhân 78 năm Ngày Thương binh - Liệt sĩ (26/07/2025)
""", "2025-12-26", "Lâm Đồng quy tập 58 hài cốt liệt sĩ trong năm 2025",
E("tong_ket", "2025", "2025-12-24"),
[P("Nguyễn Trọng Khiêm", "Phó Chủ tịch UBND tỉnh", "Trưởng Ban Chỉ đạo 515 tỉnh"),
 P("Điểu Klêr", "Thượng tá", "Đội trưởng Đội K89"),
 P("K'Brơi", "nguyên du kích"),
 P("Đàng Văn Thổ", "Trung tá", "Chính trị viên Đội K90"),
 P("Y Thanh Hà Niê", "Ủy viên Ban Chỉ đạo 515 tỉnh"),
 P("Nguyễn Văn Lực", "Ủy viên Ban Chỉ đạo 515 tỉnh"),
 P("K'Thị Nhung", "Chủ tịch UBND xã Quảng Trực")],
[Q("58 hài cốt liệt sĩ", 58, "hài cốt liệt sĩ"), Q("145%", 145, "%"), Q("49 hài cốt", 49, "hài cốt"), Q("9 hài cốt", 9, "hài cốt"),
 Q("41 nguồn tin", 41, "nguồn tin"), Q("khoảng 120 ha", 120, "ha", "approx"), Q("hơn 4,6 tỷ đồng", 4600000000, "đồng", "over"),
 Q("134 mẫu ADN", 134, "mẫu ADN"), Q("6 liệt sĩ", 6, "liệt sĩ"), Q("11 hài cốt liệt sĩ", 11, "hài cốt liệt sĩ"),
 Q("25 già làng, người có uy tín", 25, "già làng, người có uy tín"), Q("từ 50 hài cốt liệt sĩ trở lên", 50, "hài cốt liệt sĩ", "over"),
 Q("Khoảng 1.700 liệt sĩ", 1700, "liệt sĩ", "approx"), Q("5 tập thể", 5, "tập thể"), Q("13 cá nhân", 13, "cá nhân"),
 Q("22 cán bộ, chiến sĩ", 22, "cán bộ, chiến sĩ")],
[D("Quyết định", "2851", "QĐ-UBND", "2025-08-15", "UBND tỉnh", "Quyết định số 2851/QĐ-UBND ngày 15/8/2025"),
 D("Kết luận", "48", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 48, 49-KL/TU"),
 D("Kết luận", "49", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 48, 49-KL/TU"),
 D("Kế hoạch", "4120", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 4120/KH-UBND")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Quảng Trực"), com("Đắk Wil"), com("Nam Gia Nghĩa")],
["BÁO LÂM ĐỒNG - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH LÂM ĐỒNG", "Trang chủ › Quốc phòng - An ninh",
 "Toàn cảnh hội nghị.", "Mondulkiri", "Đội K89", "Đội K90", "Ban Chỉ đạo 515"],
["Thứ Sáu, 26/12/2025, 08:05", "năm 2025", "năm 2026", "Đội K89", "Đội K90", "Ban Chỉ đạo 515", "ba tỉnh"]))

PAGES.append(page("b7851-dongnai-du-doithoai-2026", """
ĐẢNG ỦY XÃ LỘC NINH - TỈNH ĐỒNG NAI
Trang thông tin điện tử
Trang chủ / Tin tức - Sự kiện
Thứ Sáu, 20/03/2026 | 10:10
Bí thư Đảng ủy xã đối thoại với người có công, thân nhân liệt sĩ
Ngày 18/3, Đảng ủy xã Lộc Ninh, tỉnh Đồng Nai tổ chức hội nghị đối thoại giữa Bí thư Đảng ủy, Chủ tịch UBND xã với người có công với cách mạng, thân nhân liệt sĩ năm 2026. Đồng chí Điểu Minh Tuấn, Bí thư Đảng ủy, Chủ tịch HĐND xã chủ trì hội nghị; cùng dự có đồng chí Phạm Quốc Việt, Phó Bí thư Đảng ủy, Chủ tịch UBND xã và 135 đại biểu.
Quang cảnh hội nghị đối thoại.
Xã Lộc Ninh được thành lập từ ngày 01/7/2025 trên cơ sở sắp xếp thị trấn Lộc Ninh và 2 xã lân cận, hiện có 689 người có công và thân nhân đang hưởng chế độ. Hội nghị được tổ chức theo Kế hoạch số 12-KH/ĐU ngày 20/02/2026 của Ban Thường vụ Đảng ủy xã, thực hiện Quy định số 124-QĐ/TW của Ban Bí thư về giám sát của Mặt trận Tổ quốc Việt Nam, các tổ chức chính trị - xã hội và nhân dân đối với tổ chức đảng, đảng viên.
Tại hội nghị, có 14 ý kiến, kiến nghị. Ông Thị Văn Hơn, người dân tộc S'tiêng, thương binh 4/4, phản ánh sau sắp xếp đơn vị hành chính, ông phải đi xa hơn 20 km để làm thủ tục. Bà Lâm Thị Sa Rết, con liệt sĩ, hỏi về việc đề nghị hỗ trợ di chuyển hài cốt liệt sĩ từ Nghĩa trang liệt sĩ tỉnh về quê. Ông Nguyễn Văn Hòa, Chủ tịch Hội Cựu chiến binh xã, kiến nghị sớm chỉnh trang nhà bia ghi danh liệt sĩ tại khu phố Ninh Phú.
Trả lời các ý kiến, đồng chí Phạm Quốc Việt cho biết, từ tháng 4/2026, xã tổ chức tiếp nhận hồ sơ người có công tại 3 điểm phục vụ lưu động; việc hỗ trợ di chuyển hài cốt liệt sĩ thực hiện theo Nghị định số 131/2021/NĐ-CP, mức hỗ trợ 4 triệu đồng/hài cốt. Nhà bia ghi danh liệt sĩ sẽ được tu bổ trong năm 2026 với kinh phí dự kiến 850 triệu đồng.
Bà Thị Bích, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, thông tin Quỹ "Đền ơn đáp nghĩa" của xã đã vận động được hơn 210 triệu đồng, hỗ trợ sửa chữa 5 căn nhà cho người có công.
Kết luận hội nghị, đồng chí Điểu Minh Tuấn đánh giá cao tinh thần thẳng thắn của các đại biểu; 11 ý kiến đã được trả lời trực tiếp, 3 ý kiến giao UBND xã trả lời bằng văn bản trong tháng 4. Đồng chí yêu cầu các chi bộ khu phố, ấp rà soát, không để bỏ sót đối tượng chính sách sau sắp xếp.
Thanh Hải
Tin liên quan
- Xã Lộc Ninh trao 300 phần quà Tết cho gia đình chính sách (05/02/2026)
- Đại hội Đảng bộ xã Lộc Ninh lần thứ I, nhiệm kỳ 2025 - 2030 (12/08/2025)
- Ra mắt Trung tâm Phục vụ hành chính công xã (01/07/2025)
- Hội Cựu chiến binh xã Lộc Ninh tổ chức hành trình về nguồn tại Bù Gia Mập (22/06/2025)
""", "2026-03-20", "Bí thư Đảng ủy xã đối thoại với người có công, thân nhân liệt sĩ",
E("doi_thoai", "2026", "2026-03-18"),
[P("Điểu Minh Tuấn", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Phạm Quốc Việt", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Thị Văn Hơn", "thương binh 4/4"),
 P("Lâm Thị Sa Rết", "con liệt sĩ"),
 P("Nguyễn Văn Hòa", "Chủ tịch Hội Cựu chiến binh xã"),
 P("Thị Bích", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã")],
[Q("135 đại biểu", 135, "đại biểu"), Q("2 xã", 2, "xã"), Q("689 người có công và thân nhân", 689, "người có công và thân nhân"),
 Q("14 ý kiến", 14, "ý kiến"), Q("hơn 20 km", 20, "km", "over"), Q("3 điểm phục vụ lưu động", 3, "điểm phục vụ lưu động"),
 Q("4 triệu đồng", 4000000, "đồng"), Q("850 triệu đồng", 850000000, "đồng"), Q("hơn 210 triệu đồng", 210000000, "đồng", "over"),
 Q("5 căn nhà", 5, "căn nhà"), Q("11 ý kiến", 11, "ý kiến"), Q("3 ý kiến", 3, "ý kiến")],
[D("Kế hoạch", "12", "KH/ĐU", "2026-02-20", "Ban Thường vụ Đảng ủy xã", "Kế hoạch số 12-KH/ĐU ngày 20/02/2026"),
 D("Quy định", "124", "QĐ/TW", None, "Ban Bí thư", "Quy định số 124-QĐ/TW"),
 D("Nghị định", "131", "2021/NĐ-CP", None, None, "Nghị định số 131/2021/NĐ-CP")],
[prov("Đồng Nai"), com("Lộc Ninh")],
["ĐẢNG ỦY XÃ LỘC NINH - TỈNH ĐỒNG NAI", "Trang thông tin điện tử", "Trang chủ / Tin tức - Sự kiện",
 "Quang cảnh hội nghị đối thoại.", "Nghĩa trang liệt sĩ tỉnh", "khu phố Ninh Phú", "Đền ơn đáp nghĩa"],
["Thứ Sáu, 20/03/2026 | 10:10", "năm 2026", "01/7/2025", "thương binh 4/4", "tháng 4/2026", "tháng 4"]))

PAGES.append(page("b7852-vinhlong-chandung-2026", """
BÁO VĨNH LONG ĐIỆN TỬ
Phóng sự - Ký sự | Gương sáng
Thứ Tư, 22/04/2026 - 07:30
Ông Nguyễn Văn Mười Hai bên tấm bản đồ đánh dấu các điểm từng tìm mộ đồng đội.
Người cựu binh hơn 30 năm đi tìm đồng đội
Ở tuổi ngoài bảy mươi, ông Nguyễn Văn Mười Hai, nguyên chiến sĩ Tiểu đoàn 516, ngụ ấp Phước Khánh, xã Mỏ Cày, tỉnh Vĩnh Long vẫn đều đặn rong ruổi khắp các tỉnh miền Tây và sang tận Campuchia để tìm mộ đồng đội. Hơn 30 năm qua, ông đã giúp tìm được 73 mộ liệt sĩ, trong đó 21 liệt sĩ đã được xác định danh tính và đưa về quê hương.
Ông kể, năm 1993, khi đến thăm gia đình một người đồng đội hy sinh năm 1972, thấy người mẹ già mỏi mòn chờ tin con, ông tự hứa sẽ dành phần đời còn lại để đi tìm. Từ đó, ông lần theo trí nhớ, hỏi thăm người dân, đối chiếu sổ sách của đơn vị cũ. Chiếc xe máy cũ đã đưa ông đi hơn 40.000 km. Ông tự bỏ ra khoảng 300 triệu đồng tiền dành dụm, bán cả 2 công đất vườn để có chi phí.
Nhiều gia đình liệt sĩ ở Bến Tre, Trà Vinh trước đây nay là một tỉnh đã tìm đến ông. Bà Trần Thị Lệ, 68 tuổi, ở phường An Hội, cho biết nhờ ông Mười Hai mà năm 2024 gia đình bà đã tìm được mộ người anh trai tại một nghĩa trang ở tỉnh Tây Ninh cũ. Ông cũng giữ liên lạc với hơn 200 gia đình, viết tay hàng trăm lá thư trả lời thân nhân liệt sĩ.
Ông Huỳnh Văn Đực, Chủ tịch Hội Cựu chiến binh xã Mỏ Cày, cho biết: "Ông Mười Hai là tấm gương để cựu chiến binh trong xã noi theo. Hội đã vận động được 15 hội viên cùng tham gia nhóm tìm kiếm thông tin liệt sĩ do ông khởi xướng".
Đại tá Thạch Sa Văn, Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Vĩnh Long, đánh giá những thông tin ông Mười Hai cung cấp rất có giá trị, giúp lực lượng tìm kiếm khoanh vùng chính xác. Năm 2025, từ nguồn tin của ông, Đội quy tập của tỉnh đã tìm được 4 hài cốt liệt sĩ tại khu vực giáp biên giới.
Ghi nhận những đóng góp của ông, UBND tỉnh đã tặng Bằng khen theo Quyết định số 1544/QĐ-UBND ngày 10/3/2026. Ông Mười Hai chỉ cười hiền: "Còn sức thì tôi còn đi. Đồng đội tôi còn nhiều người nằm đâu đó chưa về".
Ông hiện lưu giữ hơn 500 trang sổ tay ghi chép thông tin về các trận đánh, vị trí chôn cất đồng đội; mới đây, ông đã nhờ cháu nội số hóa toàn bộ để gửi Hội Cựu chiến binh tỉnh làm tư liệu.
Bảo Trâm
Tin liên quan
- Vĩnh Long: lấy mẫu ADN cho 120 thân nhân liệt sĩ (10/04/2026)
- Xã Mỏ Cày tuyên dương 30 gương người tốt, việc tốt (28/03/2026)
- Đón nhận hài cốt liệt sĩ về quê hương (15/01/2026)
- Cựu chiến binh tỉnh Vĩnh Long chung tay xóa nhà tạm, nhà dột nát (05/01/2026)
- Những người mẹ chờ con trở về (27/07/2025)
""", "2026-04-22", "Người cựu binh hơn 30 năm đi tìm đồng đội",
E("khac", None, None),
[P("Nguyễn Văn Mười Hai", "nguyên chiến sĩ Tiểu đoàn 516"),
 P("Trần Thị Lệ"),
 P("Huỳnh Văn Đực", "Chủ tịch Hội Cựu chiến binh xã Mỏ Cày"),
 P("Thạch Sa Văn", "Đại tá", "Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Vĩnh Long")],
[Q("73 mộ liệt sĩ", 73, "mộ liệt sĩ"), Q("21 liệt sĩ", 21, "liệt sĩ"), Q("hơn 40.000 km", 40000, "km", "over"),
 Q("khoảng 300 triệu đồng", 300000000, "đồng", "approx"), Q("2 công đất vườn", 2, "công đất vườn"),
 Q("hơn 200 gia đình", 200, "gia đình", "over"), Q("15 hội viên", 15, "hội viên"), Q("4 hài cốt liệt sĩ", 4, "hài cốt liệt sĩ"),
 Q("hơn 500 trang sổ tay", 500, "trang sổ tay", "over")],
[D("Quyết định", "1544", "QĐ-UBND", "2026-03-10", "UBND tỉnh", "Quyết định số 1544/QĐ-UBND ngày 10/3/2026")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), prov("Tây Ninh"), com("Mỏ Cày"), com("An Hội")],
["BÁO VĨNH LONG ĐIỆN TỬ", "Phóng sự - Ký sự | Gương sáng",
 "Ông Nguyễn Văn Mười Hai bên tấm bản đồ đánh dấu các điểm từng tìm mộ đồng đội.", "ấp Phước Khánh"],
["Thứ Tư, 22/04/2026 - 07:30", "Tiểu đoàn 516", "Hơn 30 năm", "hơn 30 năm", "năm 1993", "năm 1972", "68 tuổi", "năm 2024", "Năm 2025", "bảy mươi"]))
