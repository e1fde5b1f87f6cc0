from lib import *
PAGES = []

PAGES.append(page("b6131-sonla-bcd-soket-2023", """
Hôm nay: Thứ Bảy, 15/07/2023
BÁO SƠN LA - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Sơn La
Chính trị > Dân tộc - Miền núi
14/07/2023 - 10:05
Sơn La: giải ngân vốn Chương trình 1719 còn chậm
Ngày 13/7, Ban Chỉ đạo các chương trình mục tiêu quốc gia tỉnh tổ chức hội nghị sơ kết 6 tháng đầu năm 2023 thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi. Đồng chí Cầm Văn Thạnh, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh, Trưởng Ban Chỉ đạo các chương trình mục tiêu quốc gia tỉnh chủ trì hội nghị.
Đồng chí Cầm Văn Thạnh kết luận hội nghị.
Báo cáo của Ban Dân tộc tỉnh cho biết, năm 2023 tỉnh được giao 1.876,5 tỷ đồng để thực hiện chương trình; đến ngày 30/6 mới giải ngân 412,7 tỷ đồng, đạt 22%. Trong 6 tháng, các địa phương đã hỗ trợ nhà ở cho 1.450 hộ, đất sản xuất cho 320 hộ, chuyển đổi nghề cho 2.100 hộ; khởi công 45 công trình giao thông, 18 công trình thủy lợi nhỏ; đào tạo nghề cho 860 lao động và tuyên truyền, phổ biến chính sách cho trên 3.000 lượt người.
Ông Quàng Văn Hom, Trưởng Ban Dân tộc tỉnh, nêu nguyên nhân chậm giải ngân: hướng dẫn tại Thông tư số 02/2022/TT-UBDT của Ủy ban Dân tộc và Nghị quyết số 36/2022/NQ-HĐND ngày 07/7/2022 của HĐND tỉnh chưa thống nhất về định mức; nhiều xã chưa có cán bộ chuyên trách. Các đồng chí Lường Thị Phương, Hà Văn Khiêm - Phó Trưởng Ban Dân tộc tỉnh, báo cáo kết quả kiểm tra tại 6 huyện.
Ông Sùng A Lầu, Chủ tịch UBND xã Chiềng Khoong, kiến nghị cho phép xã điều chỉnh danh mục dự án vì 27 hộ được hỗ trợ đất sản xuất nay đã chuyển đi nơi khác. Bà Lò Thị Ươn, Phó Chủ tịch Hội LHPN tỉnh, cho biết Dự án 8 về bình đẳng giới đã thành lập 64 tổ truyền thông cộng đồng, tổ chức 112 buổi sinh hoạt với khoảng 5.600 lượt phụ nữ tham gia.
Kết luận hội nghị, đồng chí Cầm Văn Thạnh yêu cầu các huyện thực hiện nghiêm Kết luận 204, 205-KL/TU của Ban Thường vụ Tỉnh ủy về đẩy nhanh giải ngân vốn đầu tư công và về công tác dân tộc; phấn đấu đến ngày 31/12 giải ngân không dưới 95% kế hoạch vốn. Người đứng đầu cấp ủy, chính quyền phải chịu trách nhiệm nếu để chậm tiến độ. Các sở, ngành theo Công văn số 1125/UBND-KT của UBND tỉnh phải trả lời vướng mắc của cơ sở trong vòng 7 ngày làm việc.
Đại diện các huyện Mường La, Bắc Yên, Sốp Cộp kiến nghị tỉnh sớm giao kế hoạch vốn sự nghiệp năm 2024 ngay từ đầu năm, cho phép chuyển nguồn vốn chưa giải ngân hết sang năm sau và có cơ chế đặc thù cho xã Mường Lạn, nơi 100% dân số là đồng bào dân tộc thiểu số.
Hội nghị cũng dành thời gian đánh giá việc lồng ghép chương trình với các chương trình giảm nghèo bền vững và xây dựng nông thôn mới; nhiều ý kiến đề nghị tăng cường kiểm tra, giám sát, tránh dàn trải, manh mún.
Thu Hằng
Tin liên quan
- Thuận Châu: 210 hộ Mông được hỗ trợ làm nhà (06/07/2023)
- Ban Dân tộc tỉnh kiểm tra Dự án 1 tại Sông Mã (28/06/2023)
- Sốp Cộp tổ chức lớp tập huấn giảm nghèo về thông tin (15/06/2023)
- Tỉnh Sơn La gặp mặt người có uy tín năm 2023 (05/06/2023)
""", "2023-07-14", "Sơn La: giải ngân vốn Chương trình 1719 còn chậm",
E("so_ket", "2023-H1", "2023-07-13"),
[P("Cầm Văn Thạnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch Thường trực UBND tỉnh", "Trưởng Ban Chỉ đạo các chương trình mục tiêu quốc gia tỉnh"),
 P("Quàng Văn Hom", "Trưởng Ban Dân tộc tỉnh"),
 P("Lường Thị Phương", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Hà Văn Khiêm", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Sùng A Lầu", "Chủ tịch UBND xã Chiềng Khoong"),
 P("Lò Thị Ươn", "Phó Chủ tịch Hội LHPN tỉnh")],
[Q("1.876,5 tỷ đồng", 1876500000000, "đồng"), Q("412,7 tỷ đồng", 412700000000, "đồng"), Q("22%", 22, "%"),
 Q("1.450 hộ", 1450, "hộ"), Q("320 hộ", 320, "hộ"), Q("2.100 hộ", 2100, "hộ"),
 Q("45 công trình giao thông", 45, "công trình giao thông"), Q("18 công trình thủy lợi nhỏ", 18, "công trình thủy lợi nhỏ"),
 Q("860 lao động", 860, "lao động"), Q("trên 3.000 lượt người", 3000, "lượt người", "over"),
 Q("6 huyện", 6, "huyện"), Q("27 hộ", 27, "hộ"), Q("64 tổ truyền thông cộng đồng", 64, "tổ truyền thông cộng đồng"),
 Q("112 buổi sinh hoạt", 112, "buổi sinh hoạt"), Q("khoảng 5.600 lượt phụ nữ", 5600, "lượt phụ nữ", "approx"),
 Q("không dưới 95%", 95, "%", "over"), Q("100%", 100, "%")],
[D("Thông tư", "02", "2022/TT-UBDT", None, "Ủy ban Dân tộc", "Thông tư số 02/2022/TT-UBDT"),
 D("Nghị quyết", "36", "2022/NQ-HĐND", "2022-07-07", "HĐND tỉnh", "Nghị quyết số 36/2022/NQ-HĐND ngày 07/7/2022"),
 D("Kết luận", "204", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 204, 205-KL/TU"),
 D("Kết luận", "205", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 204, 205-KL/TU"),
 D("Công văn", "1125", "UBND-KT", None, "UBND tỉnh", "Công văn số 1125/UBND-KT")],
[prov("Sơn La"), com("Chiềng Khoong"), com("Mường Lạn")],
["Hôm nay: Thứ Bảy, 15/07/2023", "BÁO SƠN LA - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Sơn La", "Chính trị > Dân tộc - Miền núi",
 "Đồng chí Cầm Văn Thạnh kết luận hội nghị.", "Chương trình 1719"],
["Hôm nay: Thứ Bảy, 15/07/2023", "14/07/2023 - 10:05", "6 tháng đầu năm 2023", "Chương trình 1719", "Dự án 8", "7 ngày", "năm 2024"]))

PAGES.append(page("b6132-kontum-mttq-giamsat-2023", """
ỦY BAN MTTQ VIỆT NAM TỈNH KON TUM
Trang chủ / Tin hoạt động / Giám sát - Phản biện
Thứ Năm, 21/09/2023 - 15:30
MTTQ tỉnh giám sát Dự án 2 Chương trình 1719 tại Kon Plông
Từ ngày 18 đến 20/9/2023, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Kon Tum do ông A Thút, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện Dự án 2 (quy hoạch, sắp xếp, bố trí ổn định dân cư) thuộc Chương trình mục tiêu quốc gia theo Quyết định số 1719/QĐ-TTg tại huyện Kon Plông. Tham gia đoàn có các đồng chí Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh: A Huynh, Y Liên và bà Y Nhung, Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh.
Đoàn giám sát kiểm tra điểm tái định cư thôn Kon Pao Kơ Pâng.
Cuộc giám sát được thực hiện theo Kế hoạch số 36/KH-MTTQ-BTT ngày 10/8/2023 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, căn cứ Quyết định số 217-QĐ/TW của Bộ Chính trị về Quy chế giám sát và phản biện xã hội và Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN.
Theo báo cáo của UBND huyện, giai đoạn 2022 - 2023 huyện được giao 38,6 tỷ đồng để bố trí ổn định 265 hộ tại 3 điểm dân cư tập trung ở các xã Đăk Na, Măng Ri. Đến nay đã có 62 hộ di dời đến nơi ở mới; đã làm xong 4,2 km đường nội vùng và 2 công trình nước sinh hoạt; khối lượng thực hiện đạt khoảng 70%.
Làm việc với đoàn, ông A Vương, Chủ tịch UBND xã Đăk Na, cho biết một số hộ Xơ Đăng chưa muốn di dời vì điểm mới xa nương rẫy. Ông Y Pha, Trưởng thôn Kon Pao Kơ Pâng, phản ánh đất ở được cấp mỗi hộ 300 m2, chưa đủ để làm chuồng trại. Người dân đã nêu 11 kiến nghị, tập trung vào đất sản xuất, điện sinh hoạt và nhà văn hóa.
Qua giám sát, đoàn đánh giá chủ trương bố trí ổn định dân cư được đồng bào đồng tình; tuy nhiên tiến độ chậm, một số hạng mục chưa bảo đảm chất lượng, việc lấy ý kiến người dân về thiết kế nhà ở chưa đầy đủ. Ông A Thút đề nghị UBND huyện sớm hoàn thành hạ tầng trước ngày 31/12/2023, giao đất sản xuất ít nhất 1 ha cho mỗi hộ di dời và công khai các khoản hỗ trợ tại thôn.
Đoàn cũng đề nghị Mặt trận huyện, xã phát huy vai trò Ban Giám sát đầu tư của cộng đồng, phối hợp với già làng, người có uy tín vận động các hộ còn lại sớm di dời, ổn định cuộc sống.
Trong quá trình giám sát, đoàn đã trực tiếp đến thăm hỏi, trò chuyện với các hộ đã di dời, lắng nghe tâm tư, nguyện vọng của bà con về việc làm, học hành của con em và việc giữ gìn phong tục, nhà rông truyền thống ở nơi ở mới. Kết quả giám sát sẽ được tổng hợp, gửi UBND tỉnh và các sở, ngành liên quan để xem xét, giải quyết.
Văn phòng Ủy ban MTTQ tỉnh
Tin liên quan
- Hội nghị phản biện dự thảo nghị quyết về hỗ trợ sinh kế (12/09/2023)
- Kon Rẫy: 45 hộ nghèo nhận nhà Đại đoàn kết (30/08/2023)
- Mặt trận tỉnh tập huấn nghiệp vụ giám sát cho cán bộ cơ sở (17/08/2023)
""", "2023-09-21", "MTTQ tỉnh giám sát Dự án 2 Chương trình 1719 tại Kon Plông",
E("giam_sat", None, "2023-09-18"),
[P("A Thút", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("A Huynh", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Y Liên", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Y Nhung", "Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh"),
 P("A Vương", "Chủ tịch UBND xã Đăk Na"),
 P("Y Pha", "Trưởng thôn Kon Pao Kơ Pâng")],
[Q("38,6 tỷ đồng", 38600000000, "đồng"), Q("265 hộ", 265, "hộ"), Q("3 điểm dân cư tập trung", 3, "điểm dân cư tập trung"),
 Q("62 hộ", 62, "hộ"), Q("4,2 km", 4.2, "km"), Q("2 công trình nước sinh hoạt", 2, "công trình nước sinh hoạt"),
 Q("khoảng 70%", 70, "%", "approx"), Q("300 m2", 300, "m2"), Q("11 kiến nghị", 11, "kiến nghị"),
 Q("ít nhất 1 ha", 1, "ha", "over")],
[D("Quyết định", "1719", "QĐ-TTg", None, None, "Quyết định số 1719/QĐ-TTg"),
 D("Kế hoạch", "36", "KH-MTTQ-BTT", "2023-08-10", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 36/KH-MTTQ-BTT ngày 10/8/2023"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", None, None, "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN")],
[prov("Kon Tum"), com("Đăk Na"), com("Măng Ri")],
["ỦY BAN MTTQ VIỆT NAM TỈNH KON TUM", "Trang chủ / Tin hoạt động / Giám sát - Phản biện",
 "Đoàn giám sát kiểm tra điểm tái định cư thôn Kon Pao Kơ Pâng.", "Quy chế giám sát và phản biện xã hội"],
["Thứ Năm, 21/09/2023 - 15:30", "Dự án 2", "Chương trình 1719", "giai đoạn 2022 - 2023"]))

PAGES.append(page("b6133-travinh-tracu-traoqua-2023", """
BÁO TRÀ VINH ĐIỆN TỬ
Trang chủ | Xã hội | Dân tộc - Tôn giáo
Ngày 08/11/2023 | 09:15
Ông Sơn Ngọc Hòa trao bò giống cho hộ nghèo. Ảnh: Thanh Hòa
Trà Cú: trao 85 con bò giống sinh sản cho hộ nghèo đồng bào Khmer
Ngày 7/11, UBND huyện Trà Cú phối hợp Ban Dân tộc tỉnh Trà Vinh tổ chức trao 85 con bò giống sinh sản cho 85 hộ nghèo đồng bào Khmer ở các xã Ngọc Biên, Tân Hiệp, thuộc Dự án 3 của Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi. Dự buổi trao có bà Thạch Thị Sô Phia, Huyện ủy viên, Phó Chủ tịch UBND huyện Trà Cú và ông Kim Sô Phal, Phó Trưởng Ban Dân tộc tỉnh.
Mỗi con bò có trọng lượng từ 150 kg trở lên, trị giá 16 triệu đồng; tổng kinh phí hơn 1,36 tỷ đồng, trong đó ngân sách Trung ương hỗ trợ 95%, người dân đối ứng phần còn lại bằng công chăm sóc, làm chuồng. Việc hỗ trợ thực hiện theo Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ, Thông tư số 04/2022/TT-BNNPTNT của Bộ Nông nghiệp và Phát triển nông thôn và Quyết định số 2176/QĐ-UBND ngày 12/9/2023 của UBND huyện Trà Cú phê duyệt danh sách hộ thụ hưởng.
Ông Sơn Ngọc Hòa, Chủ tịch UBND xã Ngọc Biên, cho biết xã có 4.120 hộ, trong đó 86% là đồng bào Khmer; hộ nghèo còn 312 hộ. Trước khi nhận bò, các hộ đã được tập huấn kỹ thuật chăn nuôi, trồng cỏ và ký cam kết không bán bò trong thời gian 3 năm. Tổ hợp tác chăn nuôi bò của xã hiện có 24 thành viên.
Bà Thạch Thị Sa Rane, ấp Giồng Lớn, xúc động: "Gia đình tôi không có đất sản xuất, trước đây chỉ đi làm thuê, nay có con bò sẽ cố gắng chăm sóc để sinh sản, thoát nghèo". Ông Kim Sang, Trưởng ban Quản trị chùa Sà Vần, cho biết nhà chùa sẽ cùng ban nhân dân ấp theo dõi, động viên các hộ.
Cùng ngày, Ban Dân tộc tỉnh trao 40 suất quà cho hộ nghèo, mỗi suất 500.000 đồng, và tặng 20 bộ sách giáo khoa cho học sinh Khmer tại chùa Sà Vần.
Phát biểu tại buổi trao, bà Thạch Thị Sô Phia đề nghị các hộ sử dụng bò đúng mục đích; UBND các xã phân công cán bộ thú y theo dõi, tiêm phòng; Hội Nông dân, Hội LHPN xã giúp đỡ các hộ tiếp cận vốn vay để mở rộng chăn nuôi. Năm 2024, huyện tiếp tục hỗ trợ khoảng 120 con bò cho hộ nghèo, hộ cận nghèo ở các xã còn lại.
Theo Ban Dân tộc tỉnh, từ khi triển khai chương trình đến nay, mô hình hỗ trợ bò giống đã giúp nhiều hộ Khmer ở các huyện Trà Cú, Cầu Ngang, Tiểu Cần có thêm sinh kế ổn định. Tuy nhiên, một số hộ còn thiếu đồng cỏ, thiếu kinh nghiệm phòng bệnh cho gia súc nên cần được cán bộ khuyến nông hướng dẫn thường xuyên, bảo đảm bò sinh sản tốt.
Thanh Hòa
Tin cùng chuyên mục
- Tỉnh Trà Vinh họp mặt mừng Lễ Sene Đolta năm 2023 (10/10/2023)
- Cầu Ngang: khánh thành 5 tuyến đường nông thôn (28/09/2023)
- Hỗ trợ 210 hộ Khmer chuyển đổi nghề (14/09/2023)
""", "2023-11-08", "Trà Cú: trao 85 con bò giống sinh sản cho hộ nghèo đồng bào Khmer",
E("trao_qua", None, "2023-11-07"),
[P("Thạch Thị Sô Phia", "Huyện ủy viên", "Phó Chủ tịch UBND huyện Trà Cú"),
 P("Kim Sô Phal", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Sơn Ngọc Hòa", "Chủ tịch UBND xã Ngọc Biên"),
 P("Thạch Thị Sa Rane"),
 P("Kim Sang", "Trưởng ban Quản trị chùa Sà Vần")],
[Q("85 con bò giống sinh sản", 85, "con bò giống sinh sản"), Q("85 hộ nghèo đồng bào Khmer", 85, "hộ nghèo đồng bào Khmer"),
 Q("từ 150 kg trở lên", 150, "kg", "over"), Q("16 triệu đồng", 16000000, "đồng"),
 Q("hơn 1,36 tỷ đồng", 1360000000, "đồng", "over"), Q("95%", 95, "%"), Q("4.120 hộ", 4120, "hộ"), Q("86%", 86, "%"),
 Q("312 hộ", 312, "hộ"), Q("24 thành viên", 24, "thành viên"), Q("40 suất quà", 40, "suất quà"),
 Q("500.000 đồng", 500000, "đồng"), Q("20 bộ sách giáo khoa", 20, "bộ sách giáo khoa"),
 Q("khoảng 120 con bò", 120, "con bò", "approx")],
[D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021"),
 D("Thông tư", "04", "2022/TT-BNNPTNT", None, "Bộ Nông nghiệp và Phát triển nông thôn", "Thông tư số 04/2022/TT-BNNPTNT"),
 D("Quyết định", "2176", "QĐ-UBND", "2023-09-12", "UBND huyện Trà Cú", "Quyết định số 2176/QĐ-UBND ngày 12/9/2023")],
[prov("Trà Vinh"), com("Ngọc Biên"), com("Tân Hiệp")],
["BÁO TRÀ VINH ĐIỆN TỬ", "Trang chủ | Xã hội | Dân tộc - Tôn giáo", "Ông Sơn Ngọc Hòa trao bò giống cho hộ nghèo. Ảnh: Thanh Hòa",
 "chùa Sà Vần"],
["Ngày 08/11/2023 | 09:15", "Dự án 3", "3 năm", "Năm 2024"]))

PAGES.append(page("b6134-nghean-bdt-giaoban-2024", """
Báo Nghệ An điện tử
Thời sự › Miền Tây
Cập nhật: 09:42, 10/04/2024 (GMT+7)
Nghệ An: đẩy nhanh giải ngân vốn sự nghiệp Chương trình 1719
(Baonghean) - Ngày 9/4, Ban Dân tộc tỉnh tổ chức giao ban công tác dân tộc quý I năm 2024 với 12 huyện miền núi, tập trung tháo gỡ khó khăn trong thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi. Ông Lương Văn Khánh, Tỉnh ủy viên, Trưởng Ban Dân tộc tỉnh chủ trì; cùng dự có các Phó Trưởng Ban Dân tộc tỉnh: Lô Thị Kim Ngân, Moong Văn Tình.
Quang cảnh buổi giao ban. Ảnh: Hoài Thu
Năm 2024, tỉnh được giao 1.290 tỷ đồng, nhưng hết quý I mới giải ngân 8,6%, chủ yếu là vốn chuyển tiếp. Vốn sự nghiệp gần như chưa giải ngân do vướng hướng dẫn về hỗ trợ sản xuất cộng đồng. Các huyện đã hoàn thành nhà ở cho 736 hộ và rà soát 2.450 hộ có nhu cầu hỗ trợ chuyển đổi nghề; 14 xã đã lập xong phương án hỗ trợ phát triển sản xuất.
Ông Vừ Bá Chông, Phó Chủ tịch UBND huyện Kỳ Sơn, cho biết huyện có 21 xã, thị trấn với trên 95% dân số là đồng bào Mông, Thái, Khơ Mú; Nghị quyết số 111/2024/QH15 ngày 18/01/2024 của Quốc hội cho phép cơ chế đặc thù nhưng chưa có văn bản hướng dẫn của các bộ. Ông Kha Văn Tám, Phó Chủ tịch UBND huyện Quế Phong, đề nghị phân cấp cho UBND xã phê duyệt dự án dưới 500 triệu đồng.
Ông Lầu Bá Chía, Chủ tịch UBND xã Na Loi, phản ánh 37 hộ đã được phê duyệt hỗ trợ đất ở nhưng không còn quỹ đất. Bà Vi Thị Hương, Phó Chủ tịch UBND xã Mường Típ, nêu khó khăn khi thực hiện Dự án 5 vì giáo viên dạy nghề không biết tiếng dân tộc.
Kết luận giao ban, ông Lương Văn Khánh đề nghị các huyện bám sát Công văn số 1815/UBDT-KHTC của Ủy ban Dân tộc và Quyết định số 412, 413/QĐ-UBND của UBND tỉnh về giao kế hoạch vốn, phân bổ vốn sự nghiệp; rà soát điều chỉnh danh mục trước ngày 30/4; phấn đấu đến hết quý II giải ngân trên 30% kế hoạch. Ban sẽ tham mưu UBND tỉnh thành lập 4 tổ công tác đi kiểm tra các huyện chậm tiến độ.
Ông cũng giao Văn phòng Ban xây dựng Kế hoạch số 45/KH-BDT về kiểm tra, giám sát chương trình năm 2024, trình trước ngày 20/4. Các huyện phải báo cáo tiến độ định kỳ hằng tháng để tổng hợp, báo cáo Ban Chỉ đạo các chương trình mục tiêu quốc gia tỉnh.
Tại buổi giao ban, các đại biểu cũng thảo luận về việc lồng ghép chương trình với phong trào xây dựng nông thôn mới và giảm nghèo bền vững, tránh trùng lặp đối tượng; đề xuất tăng cường tập huấn cho cán bộ xã, thôn bản về quy trình lựa chọn dự án hỗ trợ sản xuất theo chuỗi giá trị, bảo đảm công khai, minh bạch.
Hoài Thu
Lượt xem: 1.532
Tin liên quan
- Tương Dương: hỗ trợ 90 hộ thiếu đất sản xuất (02/04/2024)
- Gặp mặt người có uy tín vùng đồng bào dân tộc thiểu số (25/03/2024)
- Con Cuông: dạy nghề dệt thổ cẩm cho phụ nữ Thái (15/03/2024)
- Giao ban công tác dân tộc quý IV năm 2023 (08/01/2024)
""", "2024-04-10", "Nghệ An: đẩy nhanh giải ngân vốn sự nghiệp Chương trình 1719",
E("giao_ban", "2024-Q1", "2024-04-09"),
[P("Lương Văn Khánh", "Tỉnh ủy viên", "Trưởng Ban Dân tộc tỉnh"),
 P("Lô Thị Kim Ngân", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Moong Văn Tình", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Vừ Bá Chông", "Phó Chủ tịch UBND huyện Kỳ Sơn"),
 P("Kha Văn Tám", "Phó Chủ tịch UBND huyện Quế Phong"),
 P("Lầu Bá Chía", "Chủ tịch UBND xã Na Loi"),
 P("Vi Thị Hương", "Phó Chủ tịch UBND xã Mường Típ")],
[Q("12 huyện miền núi", 12, "huyện miền núi"), Q("1.290 tỷ đồng", 1290000000000, "đồng"), Q("8,6%", 8.6, "%"),
 Q("736 hộ", 736, "hộ"), Q("2.450 hộ", 2450, "hộ"), Q("14 xã", 14, "xã"), Q("21 xã, thị trấn", 21, "xã, thị trấn"),
 Q("trên 95%", 95, "%", "over"), Q("500 triệu đồng", 500000000, "đồng"), Q("37 hộ", 37, "hộ"),
 Q("trên 30%", 30, "%", "over"), Q("4 tổ công tác", 4, "tổ công tác")],
[D("Nghị quyết", "111", "2024/QH15", "2024-01-18", "Quốc hội", "Nghị quyết số 111/2024/QH15 ngày 18/01/2024"),
 D("Công văn", "1815", "UBDT-KHTC", None, "Ủy ban Dân tộc", "Công văn số 1815/UBDT-KHTC"),
 D("Quyết định", "412", "QĐ-UBND", None, "UBND tỉnh", "Quyết định số 412, 413/QĐ-UBND"),
 D("Quyết định", "413", "QĐ-UBND", None, "UBND tỉnh", "Quyết định số 412, 413/QĐ-UBND"),
 D("Kế hoạch", "45", "KH-BDT", None, None, "Kế hoạch số 45/KH-BDT")],
[prov("Nghệ An"), com("Na Loi"), com("Mường Típ")],
["Báo Nghệ An điện tử", "Thời sự › Miền Tây", "(Baonghean)", "Quang cảnh buổi giao ban. Ảnh: Hoài Thu", "Chương trình 1719", "Lượt xem: 1.532"],
["Cập nhật: 09:42, 10/04/2024 (GMT+7)", "quý I năm 2024", "Dự án 5", "quý II", "Chương trình 1719", "Lượt xem: 1.532"]))

PAGES.append(page("b6135-thanhhoa-muonglat-daihoi-2024", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MƯỜNG LÁT - TỈNH THANH HÓA
Trang chủ :: Tin tức - Sự kiện :: Chính trị
Thứ Năm, 03/10/2024
Đại hội đại biểu các dân tộc thiểu số huyện Mường Lát lần thứ IV, năm 2024
Ngày 2/10, huyện Mường Lát long trọng tổ chức Đại hội đại biểu các dân tộc thiểu số huyện Mường Lát lần thứ IV, năm 2024 với chủ đề "Các dân tộc huyện Mường Lát đoàn kết, sáng tạo, khai thác tiềm năng, lợi thế, hội nhập và phát triển bền vững". Dự đại hội có ông Phạm Văn Đông, Phó Trưởng Ban Dân tộc tỉnh Thanh Hóa; ông Hà Văn Ban, Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện; cùng 250 đại biểu chính thức đại diện cho 6 dân tộc Thái, Mông, Mường, Khơ Mú, Dao, Kinh.
Các đại biểu dự đại hội. Ảnh: Cổng TTĐT huyện
Báo cáo tại đại hội cho biết, 5 năm qua huyện đã huy động hơn 1.150 tỷ đồng đầu tư kết cấu hạ tầng; riêng Chương trình mục tiêu quốc gia theo Quyết định số 1719/QĐ-TTg giai đoạn 2022 - 2024 đầu tư 386 tỷ đồng, xây dựng 94 công trình giao thông, trường học, nước sinh hoạt; hỗ trợ nhà ở cho 612 hộ và đất sản xuất cho 148 hộ. Tỷ lệ hộ nghèo giảm từ 61,3% năm 2019 xuống còn 38,2%, thu nhập bình quân đạt khoảng 21 triệu đồng/người/năm.
Đại hội nghe các tham luận của bà Giàng Thị Dợ, Chủ tịch Hội LHPN xã Pù Nhi, về vận động phụ nữ Mông xóa bỏ tảo hôn; ông Lò Văn Phương, người có uy tín bản Sa Ná, xã Trung Lý, về giữ gìn rừng cộng đồng; ông Vi Văn Thoong, Bí thư Chi bộ bản Pù Quăn, về trồng sa nhân dưới tán rừng với 42 ha.
Phát biểu chỉ đạo, ông Phạm Văn Đông ghi nhận những kết quả quan trọng và đề nghị huyện tiếp tục thực hiện Kế hoạch số 125/KH-UBND của UBND tỉnh và Hướng dẫn số 07/HD-BDT của Ban Dân tộc tỉnh về tổ chức đại hội các cấp; phát huy vai trò của 86 người có uy tín trong vận động đồng bào; phấn đấu đến năm 2029 giảm tỷ lệ hộ nghèo bình quân trên 4%/năm.
Đại hội đã bầu 56 đại biểu đi dự Đại hội đại biểu các dân tộc thiểu số tỉnh Thanh Hóa lần thứ IV. Dịp này, UBND huyện tặng giấy khen cho 20 tập thể và 35 cá nhân tiêu biểu trong thực hiện chính sách dân tộc giai đoạn 2019 - 2024.
Trước đó, đại hội cấp xã đã được tổ chức xong tại 8 xã, thị trấn với gần 900 đại biểu tham dự. Đoàn chủ tịch đại hội gồm các ông, bà: Hà Văn Ban, Giàng Thị Dợ, Lò Văn Phương, Thao Văn Sềnh.
Đại hội là ngày hội của đồng bào các dân tộc trong huyện, thể hiện tinh thần đoàn kết, ý chí vươn lên thoát nghèo, khẳng định niềm tin của đồng bào vào sự lãnh đạo của Đảng. Trong không khí phấn khởi, các đại biểu đã biểu diễn nhiều tiết mục văn nghệ đặc sắc, giới thiệu trang phục truyền thống và sản phẩm nông sản của địa phương.
Phòng Dân tộc huyện
Lượt truy cập: 128.456
Tin khác
- Mường Lát chuẩn bị tổ chức Đại hội đại biểu các dân tộc thiểu số (18/09/2024)
- Xã Trung Lý tổ chức đại hội điểm cấp xã (05/09/2024)
- Khắc phục hậu quả mưa lũ sau bão số 3 (12/09/2024)
""", "2024-10-03", "Đại hội đại biểu các dân tộc thiểu số huyện Mường Lát lần thứ IV, năm 2024",
E("dai_hoi", "2024", "2024-10-02"),
[P("Phạm Văn Đông", "Phó Trưởng Ban Dân tộc tỉnh Thanh Hóa"),
 P("Hà Văn Ban", "Phó Bí thư Thường trực Huyện ủy", "Chủ tịch HĐND huyện"),
 P("Giàng Thị Dợ", "Chủ tịch Hội LHPN xã Pù Nhi"),
 P("Lò Văn Phương", "người có uy tín bản Sa Ná"),
 P("Vi Văn Thoong", "Bí thư Chi bộ bản Pù Quăn"),
 P("Thao Văn Sềnh")],
[Q("250 đại biểu chính thức", 250, "đại biểu chính thức"), Q("6 dân tộc", 6, "dân tộc"),
 Q("hơn 1.150 tỷ đồng", 1150000000000, "đồng", "over"), Q("386 tỷ đồng", 386000000000, "đồng"),
 Q("94 công trình giao thông, trường học, nước sinh hoạt", 94, "công trình giao thông, trường học, nước sinh hoạt"),
 Q("612 hộ", 612, "hộ"), Q("148 hộ", 148, "hộ"), Q("61,3%", 61.3, "%"), Q("38,2%", 38.2, "%"),
 Q("khoảng 21 triệu đồng/người/năm", 21000000, "đồng", "approx"), Q("42 ha", 42, "ha"),
 Q("86 người có uy tín", 86, "người có uy tín"), Q("trên 4%/năm", 4, "%", "over"), Q("56 đại biểu", 56, "đại biểu"),
 Q("20 tập thể", 20, "tập thể"), Q("35 cá nhân tiêu biểu", 35, "cá nhân tiêu biểu"),
 Q("8 xã, thị trấn", 8, "xã, thị trấn"), Q("gần 900 đại biểu", 900, "đại biểu", "approx")],
[D("Quyết định", "1719", "QĐ-TTg", None, None, "Quyết định số 1719/QĐ-TTg"),
 D("Kế hoạch", "125", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 125/KH-UBND"),
 D("Hướng dẫn", "07", "HD-BDT", None, "Ban Dân tộc tỉnh", "Hướng dẫn số 07/HD-BDT")],
[prov("Thanh Hóa"), com("Pù Nhi"), com("Trung Lý")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MƯỜNG LÁT - TỈNH THANH HÓA", "Trang chủ :: Tin tức - Sự kiện :: Chính trị",
 "Các đại biểu dự đại hội. Ảnh: Cổng TTĐT huyện",
 "Các dân tộc huyện Mường Lát đoàn kết, sáng tạo, khai thác tiềm năng, lợi thế, hội nhập và phát triển bền vững",
 "Lượt truy cập: 128.456"],
["Thứ Năm, 03/10/2024", "lần thứ IV", "năm 2024", "5 năm", "giai đoạn 2022 - 2024", "năm 2029", "giai đoạn 2019 - 2024", "Lượt truy cập: 128.456"]))

PAGES.append(page("b6136-caobang-ubnd-baocao-2024", """
BÁO CAO BẰNG
Trang chủ - Kinh tế - Nông nghiệp, nông thôn
19-01-2024 09:40
Trẻ em xã Quang Trung đến trường trên tuyến đường mới bê tông hóa.
Cao Bằng: hỗ trợ nhà ở cho 2.318 hộ
UBND tỉnh vừa có Báo cáo số 28/BC-UBND ngày 15/01/2024 về kết quả thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi năm 2023 trên địa bàn tỉnh Cao Bằng.
Theo báo cáo, năm 2023 tổng vốn thực hiện chương trình là 1.468,2 tỷ đồng, gồm 902,4 tỷ đồng vốn đầu tư phát triển và 565,8 tỷ đồng vốn sự nghiệp; đến ngày 31/12/2023 giải ngân đạt 71,5%. Chương trình đã hỗ trợ nhà ở cho 2.318 hộ, đất ở cho 284 hộ, nước sinh hoạt phân tán cho 3.912 hộ; xây dựng mới 176 công trình hạ tầng thiết yếu tại 139 xã đặc biệt khó khăn; đào tạo nghề cho 4.260 lao động. Tỷ lệ hộ nghèo giảm 5,84%, còn 26,45%.
Việc triển khai thực hiện theo Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ, Nghị quyết số 59/2023/NQ-HĐND ngày 14/7/2023 của HĐND tỉnh về định mức hỗ trợ và Thông tư số 02/2023/TT-UBDT của Ủy ban Dân tộc. Dự án 8 do Hội LHPN tỉnh chủ trì đã xây dựng 95 địa chỉ tin cậy tại cộng đồng, 48 câu lạc bộ thủ lĩnh của sự thay đổi.
Ông Lý Văn Thông, Trưởng Ban Dân tộc tỉnh, cho biết: "Khó khăn lớn nhất là năng lực của cấp xã; nhiều xã vùng cao chỉ có 1 công chức kiêm nhiệm cả địa chính, xây dựng lẫn công tác dân tộc". Bà Triệu Thị Slam, Phó Chủ tịch Hội LHPN tỉnh, đánh giá các mô hình sinh kế cho phụ nữ Dao, Mông bước đầu hiệu quả, 1.050 phụ nữ được vay vốn.
Báo cáo cũng chỉ ra hạn chế: một số dự án hỗ trợ sản xuất chưa gắn với thị trường; 17 công trình chậm tiến độ; việc thu hồi vốn luân chuyển chưa được hướng dẫn. Tại xã Quang Trung, ông Hoàng Văn Chín, Chủ tịch UBND xã, cho biết tuyến đường 3,5 km vào xóm Lũng Rì đã hoàn thành, nhưng 12 hộ vẫn chưa được hỗ trợ đất sản xuất.
Năm 2024, UBND tỉnh đặt mục tiêu giải ngân 100% kế hoạch vốn, giảm tỷ lệ hộ nghèo từ 4% trở lên; giao Ban Dân tộc tỉnh chủ trì, phối hợp Sở Tài chính, Sở Kế hoạch và Đầu tư tham mưu phân bổ vốn ngay trong quý I. Bà Nông Thị Hạnh, Phó Chủ tịch UBND tỉnh, đã ký văn bản chỉ đạo các huyện, thành phố xây dựng kế hoạch chi tiết, xác định rõ trách nhiệm người đứng đầu.
Theo đánh giá chung, chương trình đã góp phần thay đổi rõ diện mạo nông thôn vùng cao, biên giới; đời sống vật chất, tinh thần của đồng bào các dân tộc Tày, Nùng, Mông, Dao, Lô Lô được cải thiện; an ninh chính trị, trật tự an toàn xã hội vùng biên được giữ vững, niềm tin của nhân dân với Đảng, Nhà nước được củng cố.
Ngọc Anh
Tin liên quan
- Hà Quảng: trao 30 căn nhà cho hộ nghèo (12/01/2024)
- Bảo Lạc triển khai nhiệm vụ năm 2024 (08/01/2024)
- Hội nghị tổng kết công tác dân tộc năm 2023 (29/12/2023)
""", "2024-01-19", "Cao Bằng: hỗ trợ nhà ở cho 2.318 hộ",
E("bao_cao", "2023", "2024-01-15"),
[P("Lý Văn Thông", "Trưởng Ban Dân tộc tỉnh"),
 P("Triệu Thị Slam", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Hoàng Văn Chín", "Chủ tịch UBND xã"),
 P("Nông Thị Hạnh", "Phó Chủ tịch UBND tỉnh")],
[Q("1.468,2 tỷ đồng", 1468200000000, "đồng"), Q("902,4 tỷ đồng", 902400000000, "đồng"), Q("565,8 tỷ đồng", 565800000000, "đồng"),
 Q("71,5%", 71.5, "%"), Q("2.318 hộ", 2318, "hộ"), Q("284 hộ", 284, "hộ"), Q("3.912 hộ", 3912, "hộ"),
 Q("176 công trình hạ tầng thiết yếu", 176, "công trình hạ tầng thiết yếu"), Q("139 xã đặc biệt khó khăn", 139, "xã đặc biệt khó khăn"),
 Q("4.260 lao động", 4260, "lao động"), Q("5,84%", 5.84, "%"), Q("26,45%", 26.45, "%"),
 Q("95 địa chỉ tin cậy", 95, "địa chỉ tin cậy"), Q("48 câu lạc bộ thủ lĩnh của sự thay đổi", 48, "câu lạc bộ thủ lĩnh của sự thay đổi"),
 Q("1.050 phụ nữ", 1050, "phụ nữ"), Q("17 công trình", 17, "công trình"), Q("3,5 km", 3.5, "km"), Q("12 hộ", 12, "hộ"),
 Q("100%", 100, "%"), Q("từ 4% trở lên", 4, "%", "over")],
[D("Báo cáo", "28", "BC-UBND", "2024-01-15", "UBND tỉnh", "Báo cáo số 28/BC-UBND ngày 15/01/2024"),
 D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg"),
 D("Nghị quyết", "59", "2023/NQ-HĐND", "2023-07-14", "HĐND tỉnh", "Nghị quyết số 59/2023/NQ-HĐND ngày 14/7/2023"),
 D("Thông tư", "02", "2023/TT-UBDT", None, "Ủy ban Dân tộc", "Thông tư số 02/2023/TT-UBDT")],
[prov("Cao Bằng"), com("Quang Trung")],
["BÁO CAO BẰNG", "Trang chủ - Kinh tế - Nông nghiệp, nông thôn", "Trẻ em xã Quang Trung đến trường trên tuyến đường mới bê tông hóa.",
 "địa chỉ tin cậy", "thủ lĩnh của sự thay đổi"],
["19-01-2024 09:40", "năm 2023", "Dự án 8", "1 công chức", "Năm 2024", "quý I"]))
