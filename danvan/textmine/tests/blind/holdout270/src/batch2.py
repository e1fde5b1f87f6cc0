from lib import *
PAGES = []

PAGES.append(page("b6443-thanhhoa-khuyenhoc-daihoi-2017", """
BÁO THANH HÓA - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thanh Hóa
Thời sự › Chính trị - Xã hội
14/06/2017 - 10:05
Đại hội Hội Khuyến học tỉnh Thanh Hóa lần thứ V, nhiệm kỳ 2017 - 2022
Đại biểu biểu quyết thông qua chương trình đại hội.
(Baothanhhoa.vn) - Ngày 13/6, Hội Khuyến học tỉnh long trọng tổ chức Đại hội đại biểu lần thứ V, nhiệm kỳ 2017 - 2022. Dự đại hội có đồng chí Trịnh Văn Hưng, Phó Bí thư Tỉnh ủy; đồng chí Lê Thị Hạnh, Phó Chủ tịch Trung ương Hội Khuyến học Việt Nam cùng 250 đại biểu đại diện cho hơn 1,1 triệu hội viên trong toàn tỉnh.
Nhiệm kỳ 2012 - 2017, thực hiện Quyết định số 89/QĐ-TTg ngày 09/01/2013 của Thủ tướng Chính phủ phê duyệt Đề án "Xây dựng xã hội học tập giai đoạn 2012 - 2020" và đề án số 03-ĐA/TU của Ban Thường vụ Tỉnh ủy về phát triển phong trào khuyến học, các cấp hội đã huy động được hơn 380 tỷ đồng vào quỹ khuyến học, khuyến tài; trao gần 420.000 suất học bổng, khen thưởng cho học sinh nghèo vượt khó, học sinh giỏi. Toàn tỉnh có 4.860 chi hội khuyến học, 97% gia đình đăng ký danh hiệu "Gia đình học tập".
Đặc biệt, các huyện miền núi đã vận động tặng 6.500 xe đạp cho học sinh người Thái, Mường, Mông, Dao ở xa trường. Ông Hà Văn Ngộ, Chủ tịch Hội Khuyến học huyện Mường Lát, cho biết riêng tại xã Pù Nhi và xã Trung Lý, tỷ lệ học sinh bỏ học đã giảm từ 6% xuống dưới 1%.
Phát biểu chỉ đạo, đồng chí Trịnh Văn Hưng đề nghị nhiệm kỳ tới Hội tiếp tục bám sát Chỉ thị số 11-CT/TW của Bộ Chính trị, đổi mới nội dung hoạt động, chú trọng chăm lo học sinh vùng sâu, vùng xa, con em gia đình chính sách; tăng cường công khai, minh bạch trong quản lý quỹ.
Đại hội đã bầu Ban Chấp hành khóa V gồm 45 ủy viên. Ông Lê Văn Thịnh được tín nhiệm bầu giữ chức Chủ tịch Hội Khuyến học tỉnh khóa V; các ông, bà Mai Xuân Trường, Lò Thị Khuyên, Phạm Đức Bình - Phó Chủ tịch Hội Khuyến học tỉnh khóa V.
Trong không khí đại hội, Ban tổ chức đã trao 50 suất học bổng, mỗi suất 2 triệu đồng, cho học sinh nghèo vượt khó của các huyện Mường Lát, Quan Sơn, Lang Chánh. Em Lò Thị Mai, học sinh lớp 10 Trường THPT Mường Lát, thay mặt các bạn hứa sẽ học tập thật tốt để không phụ lòng các thầy cô, các nhà hảo tâm.
Các đại biểu dự đại hội cũng thảo luận, đóng góp nhiều ý kiến vào báo cáo chính trị và phương hướng nhiệm kỳ mới, trong đó nhấn mạnh yêu cầu xây dựng mô hình "Cộng đồng học tập" cấp xã, đẩy mạnh học tập suốt đời gắn với chuyển đổi nghề cho lao động nông thôn; đồng thời đề nghị các cấp ủy, chính quyền tiếp tục quan tâm bố trí kinh phí, trụ sở làm việc cho hội cơ sở. Đại hội đã biểu quyết thông qua nghị quyết với sự nhất trí cao.
Đỗ Đức
Tin liên quan
- Hội Khuyến học huyện Quan Hóa đại hội nhiệm kỳ mới (25/05/2017)
- Trao 200 suất học bổng cho học sinh nghèo miền núi (12/05/2017)
- Nhân rộng mô hình "Dòng họ học tập" (28/04/2017)
""", "2017-06-14", "Đại hội Hội Khuyến học tỉnh Thanh Hóa lần thứ V, nhiệm kỳ 2017 - 2022",
E("dai_hoi", None, "2017-06-13"),
[P("Trịnh Văn Hưng", "Phó Bí thư Tỉnh ủy"),
 P("Lê Thị Hạnh", "Phó Chủ tịch Trung ương Hội Khuyến học Việt Nam"),
 P("Hà Văn Ngộ", "Chủ tịch Hội Khuyến học huyện Mường Lát"),
 P("Lê Văn Thịnh", "Chủ tịch Hội Khuyến học tỉnh khóa V"),
 P("Mai Xuân Trường", "Phó Chủ tịch Hội Khuyến học tỉnh khóa V"),
 P("Lò Thị Khuyên", "Phó Chủ tịch Hội Khuyến học tỉnh khóa V"),
 P("Phạm Đức Bình", "Phó Chủ tịch Hội Khuyến học tỉnh khóa V"),
 P("Lò Thị Mai", "học sinh lớp 10 Trường THPT Mường Lát")],
[Q("250 đại biểu", 250, "đại biểu"), Q("hơn 1,1 triệu hội viên", 1100000, "hội viên", "over"),
 Q("hơn 380 tỷ đồng", 380000000000, "đồng", "over"), Q("gần 420.000 suất học bổng", 420000, "suất học bổng", "approx"),
 Q("4.860 chi hội khuyến học", 4860, "chi hội khuyến học"), Q("97%", 97, "%"), Q("6.500 xe đạp", 6500, "xe đạp"),
 Q("6%", 6, "%"), Q("dưới 1%", 1, "%", "approx"), Q("45 ủy viên", 45, "ủy viên"), Q("50 suất học bổng", 50, "suất học bổng"),
 Q("2 triệu đồng", 2000000, "đồng")],
[D("Quyết định", "89", "QĐ-TTg", "2013-01-09", "Thủ tướng Chính phủ", "Quyết định số 89/QĐ-TTg ngày 09/01/2013"),
 D("Đề án", "03", "ĐA/TU", None, "Ban Thường vụ Tỉnh ủy", "đề án số 03-ĐA/TU"),
 D("Chỉ thị", "11", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 11-CT/TW")],
[prov("Thanh Hóa"), com("Pù Nhi"), com("Trung Lý")],
["BÁO THANH HÓA - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thanh Hóa", "Thời sự › Chính trị - Xã hội",
 "Đại biểu biểu quyết thông qua chương trình đại hội.", "(Baothanhhoa.vn)", "Gia đình học tập", "Cộng đồng học tập",
 "Xây dựng xã hội học tập giai đoạn 2012 - 2020"],
["14/06/2017 - 10:05", "lần thứ V", "nhiệm kỳ 2017 - 2022", "Nhiệm kỳ 2012 - 2017", "khóa V", "lớp 10"]))

PAGES.append(page("b6444-sonla-mttq-giamsat-2018", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH SƠN LA
Trang chủ >> Hoạt động giám sát, phản biện
Thứ Sáu, 19/10/2018
Giám sát việc thực hiện chính sách hỗ trợ học sinh tại huyện Sốp Cộp
Từ ngày 16 đến 18/10/2018, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh do ông Lò Văn Lả, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách hỗ trợ học sinh trung học phổ thông và học sinh bán trú tại huyện Sốp Cộp. Cuộc giám sát nằm trong chương trình giám sát năm 2018 của Mặt trận tỉnh Sơn La.
Tham gia đoàn có các đồng chí Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh: Quàng Văn Hặc, Tòng Thị Én; đại diện Sở Giáo dục và Đào tạo, Sở Tài chính.
Đoàn làm việc với Ban Thường trực Ủy ban MTTQ huyện.
Theo Kế hoạch số 45/KH-MTTQ-BTT ngày 10/9/2018, đoàn đã trực tiếp làm việc với UBND huyện, 4 trường phổ thông dân tộc bán trú và UBND xã Mường Lạn, xã Nậm Lạnh. Theo báo cáo của bà Cầm Thị Phong, Trưởng phòng Giáo dục và Đào tạo huyện Sốp Cộp, năm học 2017 - 2018 toàn huyện có 1.632 học sinh bán trú được hưởng hỗ trợ theo Nghị định số 116/2016/NĐ-CP của Chính phủ, mỗi em được hỗ trợ 15 kg gạo/tháng và tiền ăn bằng 40% mức lương cơ sở; 318 học sinh THPT được hưởng chính sách theo Quyết định số 12/2013/QĐ-TTg ngày 24/01/2013 của Thủ tướng Chính phủ. Tổng kinh phí đã chi trả hơn 9,6 tỷ đồng.
Qua giám sát cho thấy, việc xét duyệt đối tượng được thực hiện công khai, đúng quy định; gạo được cấp đủ, đúng thời gian. Tuy nhiên, một số trường còn chậm chi trả tiền ăn từ 2 đến 3 tháng; nhà ở bán trú tại các điểm trường lẻ còn tạm bợ, thiếu nhà vệ sinh, nước sạch. Ông Lường Văn Biên, Hiệu trưởng Trường PTDT bán trú THCS Mường Lạn, đề nghị tỉnh bổ sung kinh phí xây dựng 6 phòng ở cho học sinh.
Kết luận buổi giám sát, ông Lò Văn Lả đề nghị UBND huyện chỉ đạo chi trả kịp thời, đầy đủ chế độ cho học sinh; quan tâm đầu tư cơ sở vật chất cho các trường bán trú; đồng thời giao Ủy ban MTTQ huyện tiếp tục theo dõi, giám sát thường xuyên. Các kiến nghị của đoàn sẽ được tổng hợp, gửi UBND tỉnh xem xét.
Nhân dịp này, đoàn giám sát đã trao 30 suất học bổng, mỗi suất 500.000 đồng, và 10 xe đạp cho học sinh nghèo vượt khó của Trường PTDT bán trú THCS Mường Lạn.
Các thành viên đoàn cũng đến thăm khu nội trú, bếp ăn tập thể và trò chuyện với các em học sinh người Thái, Mông, Khơ Mú; ghi nhận tâm tư của phụ huynh về quãng đường đến trường xa, việc đi lại mùa mưa lũ khó khăn. Nhiều ý kiến mong muốn được tăng mức hỗ trợ cho phù hợp với giá cả thị trường và mở rộng đối tượng được hưởng chính sách đến học sinh ở các bản vừa thoát khỏi diện đặc biệt khó khăn.
Tòng Hải - Ban Dân chủ, Pháp luật
Các tin đã đưa
- Hội nghị phản biện dự thảo quy định hỗ trợ nhà ở (12/10/2018)
- Mặt trận huyện Mai Sơn giám sát thu, chi quỹ (05/10/2018)
- Trao 100 suất quà cho học sinh nghèo Bắc Yên (28/09/2018)
""", "2018-10-19", "Giám sát việc thực hiện chính sách hỗ trợ học sinh tại huyện Sốp Cộp",
E("giam_sat", "2018", "2018-10-16"),
[P("Lò Văn Lả", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Quàng Văn Hặc", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Tòng Thị Én", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Cầm Thị Phong", "Trưởng phòng Giáo dục và Đào tạo huyện Sốp Cộp"),
 P("Lường Văn Biên", "Hiệu trưởng Trường PTDT bán trú THCS Mường Lạn")],
[Q("4 trường phổ thông dân tộc bán trú", 4, "trường phổ thông dân tộc bán trú"),
 Q("1.632 học sinh bán trú", 1632, "học sinh bán trú"), Q("15 kg", 15, "kg"), Q("40%", 40, "%"),
 Q("318 học sinh THPT", 318, "học sinh THPT"), Q("hơn 9,6 tỷ đồng", 9600000000, "đồng", "over"),
 Q("6 phòng ở", 6, "phòng ở"), Q("30 suất học bổng", 30, "suất học bổng"), Q("500.000 đồng", 500000, "đồng"),
 Q("10 xe đạp", 10, "xe đạp")],
[D("Kế hoạch", "45", "KH-MTTQ-BTT", "2018-09-10", None, "Kế hoạch số 45/KH-MTTQ-BTT ngày 10/9/2018"),
 D("Nghị định", "116", "2016/NĐ-CP", None, "Chính phủ", "Nghị định số 116/2016/NĐ-CP"),
 D("Quyết định", "12", "2013/QĐ-TTg", "2013-01-24", "Thủ tướng Chính phủ", "Quyết định số 12/2013/QĐ-TTg ngày 24/01/2013")],
[prov("Sơn La"), com("Mường Lạn"), com("Nậm Lạnh")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH SƠN LA", "Trang chủ >> Hoạt động giám sát, phản biện",
 "Đoàn làm việc với Ban Thường trực Ủy ban MTTQ huyện."],
["Thứ Sáu, 19/10/2018", "Từ ngày 16 đến 18/10/2018", "năm 2018", "năm học 2017 - 2018", "từ 2 đến 3 tháng"]))

PAGES.append(page("b6445-binhduong-ldld-hocbong-2019", """
Báo Bình Dương Online
Xã hội - Lao động, việc làm
08:15 | 28/08/2019
LĐLĐ tỉnh trao 1.000 suất học bổng cho con công nhân khó khăn
(BDO) Sáng 27/8, tại Nhà Văn hóa Lao động tỉnh, Liên đoàn Lao động (LĐLĐ) tỉnh Bình Dương tổ chức lễ trao 1.000 suất học bổng và 200 xe đạp cho con đoàn viên công đoàn, công nhân lao động có hoàn cảnh khó khăn, vượt khó học tốt năm học 2018 - 2019.
Đến dự có bà Trần Thị Kim Yến, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Nguyễn Văn Đông, Chủ tịch LĐLĐ tỉnh.
Lãnh đạo tỉnh trao học bổng cho các em. Ảnh: Q.Thành
Mỗi suất học bổng trị giá 1,5 triệu đồng; mỗi xe đạp trị giá 1,8 triệu đồng. Tổng giá trị gần 1,9 tỷ đồng, từ Quỹ Bảo trợ con công nhân lao động của LĐLĐ tỉnh và sự tài trợ của 35 doanh nghiệp. Khoảng 60% các em được nhận học bổng là con công nhân nhập cư từ các tỉnh miền Tây, miền Trung, đang thuê trọ tại phường Thới Hòa, phường Tân Định, phường An Phú.
Theo bà Nguyễn Thị Thu Hương, Phó Chủ tịch Thường trực LĐLĐ tỉnh, thực hiện Chỉ thị số 22-CT/TW ngày 05/6/2008 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác xây dựng quan hệ lao động hài hòa, ổn định và tiến bộ trong doanh nghiệp, cùng Chương trình số 17/CTr-LĐLĐ của LĐLĐ tỉnh, những năm qua công đoàn các cấp luôn quan tâm chăm lo cho con công nhân. Từ năm 2015 đến nay, LĐLĐ tỉnh đã trao hơn 6.700 suất học bổng với tổng số tiền trên 9 tỷ đồng.
Phát biểu tại buổi lễ, bà Trần Thị Kim Yến đề nghị các cấp công đoàn tiếp tục vận động doanh nghiệp cùng chung tay, đặc biệt quan tâm đến con em công nhân trong các gia đình có người bị tai nạn lao động, mắc bệnh hiểm nghèo. Bà mong các em cố gắng học giỏi để sau này đóng góp cho quê hương.
Chị Lê Thị Nga, công nhân Công ty TNHH Giày Da Phú Hưng, có con trai được nhận xe đạp, chia sẻ: "Hai vợ chồng làm công nhân, thu nhập mỗi tháng chỉ đủ tiền trọ, tiền ăn. Món quà này giúp con tôi đi học thuận tiện hơn, đỡ cho tôi phải đưa đón".
Ông Trần Văn Khải, Chủ tịch Công đoàn Công ty TNHH Giày Da Phú Hưng, cho biết công đoàn cơ sở của đơn vị cũng vừa trao 80 suất học bổng cho con công nhân trước thềm năm học mới. Nhiều doanh nghiệp khác trong tỉnh cũng có chương trình riêng như tặng tập vở, đồng phục, hỗ trợ học phí cho con người lao động, góp phần giúp công nhân yên tâm làm việc, gắn bó lâu dài với doanh nghiệp.
Được biết, cùng với học bổng, hằng năm LĐLĐ tỉnh còn tổ chức chương trình "Mái ấm Công đoàn" và trao quà cho đoàn viên khó khăn dịp Tết Nguyên đán.
Quang Thành
Tin cùng chuyên mục
- Thuận An: 500 công nhân được khám sức khỏe miễn phí (24/08/2019)
- Công đoàn Khu công nghiệp VSIP tổ chức "Ngày hội gia đình" (20/08/2019)
- Bàn giao 8 Mái ấm Công đoàn (15/08/2019)
""", "2019-08-28", "LĐLĐ tỉnh trao 1.000 suất học bổng cho con công nhân khó khăn",
E("trao_qua", None, "2019-08-27"),
[P("Trần Thị Kim Yến", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Đông", "Chủ tịch LĐLĐ tỉnh"),
 P("Nguyễn Thị Thu Hương", "Phó Chủ tịch Thường trực LĐLĐ tỉnh"),
 P("Lê Thị Nga", "công nhân Công ty TNHH Giày Da Phú Hưng"),
 P("Trần Văn Khải", "Chủ tịch Công đoàn Công ty TNHH Giày Da Phú Hưng")],
[Q("1.000 suất học bổng", 1000, "suất học bổng"), Q("200 xe đạp", 200, "xe đạp"), Q("1,5 triệu đồng", 1500000, "đồng"),
 Q("1,8 triệu đồng", 1800000, "đồng"), Q("gần 1,9 tỷ đồng", 1900000000, "đồng", "approx"),
 Q("35 doanh nghiệp", 35, "doanh nghiệp"), Q("Khoảng 60%", 60, "%", "approx"),
 Q("hơn 6.700 suất học bổng", 6700, "suất học bổng", "over"), Q("trên 9 tỷ đồng", 9000000000, "đồng", "over"),
 Q("80 suất học bổng", 80, "suất học bổng")],
[D("Chỉ thị", "22", "CT/TW", "2008-06-05", "Ban Bí thư", "Chỉ thị số 22-CT/TW ngày 05/6/2008"),
 D("Chương trình", "17", "CTr-LĐLĐ", None, "LĐLĐ tỉnh", "Chương trình số 17/CTr-LĐLĐ")],
[prov("Bình Dương"), com("Thới Hòa"), com("Tân Định"), com("An Phú")],
["Báo Bình Dương Online", "Xã hội - Lao động, việc làm", "(BDO)", "Lãnh đạo tỉnh trao học bổng cho các em. Ảnh: Q.Thành",
 "Mái ấm Công đoàn", "Quỹ Bảo trợ con công nhân lao động"],
["08:15 | 28/08/2019", "năm học 2018 - 2019", "Từ năm 2015", "Hai vợ chồng"]))

PAGES.append(page("b6446-quangtri-bdv-tongket-2019", """
BAN DÂN VẬN TỈNH ỦY QUẢNG TRỊ
Trang chủ | Tin tức | Hoạt động dân vận
Hôm nay: Thứ Sáu, 20/12/2019
Hơn 3.200 học sinh vùng biên được tiếp sức đến trường
20.12.2019 | 16:05
Ngày 19/12/2019, Ban Dân vận Tỉnh ủy Quảng Trị phối hợp với Bộ Chỉ huy Bộ đội Biên phòng tỉnh tổ chức hội nghị tổng kết chương trình "Nâng bước em tới trường" năm 2019. Đồng chí Hồ Thị Thu Hằng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy và đại tá Nguyễn Văn Minh, Phó Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh đồng chủ trì.
Thực hiện Kết luận số 49-KL/TW ngày 10/5/2019 của Ban Bí thư về tiếp tục thực hiện Chỉ thị số 11-CT/TW của Bộ Chính trị khóa X và Kế hoạch số 150, 151-KH/TU của Ban Thường vụ Tỉnh ủy, năm 2019 khối dân vận và các đồn biên phòng đã nhận đỡ đầu 146 học sinh người Vân Kiều, Pa Kô, mỗi em được hỗ trợ 500.000 đồng/tháng; trao 1.020 suất học bổng, 310 xe đạp và hơn 2.000 bộ quần áo ấm. Tính chung, hơn 3.200 học sinh ở 12 xã biên giới được hỗ trợ, với tổng kinh phí khoảng 2,3 tỷ đồng.
Các đồn biên phòng duy trì 18 lớp học tình thương, lớp xóa mù chữ; cán bộ, chiến sĩ đến từng bản vận động 95 học sinh bỏ học trở lại lớp. Tại xã Hướng Lập, xã A Xing, xã Ba Nang, tỷ lệ trẻ đi học đúng độ tuổi đã đạt trên 98%.
Thiếu tá Hồ Văn Lai, Chính trị viên Đồn Biên phòng Hướng Lập, chia sẻ: mỗi cán bộ đồn nhận đỡ đầu ít nhất một em, vừa là "bố nuôi", vừa là thầy giáo kèm cặp các em học bài buổi tối. Ông Hồ Văn Bình, người có uy tín bản Cù Bai, xã Hướng Lập, cho biết bà con trong bản rất tin tưởng khi bộ đội đưa các em về đồn ở.
Tuy nhiên, hội nghị cũng chỉ ra nguồn lực xã hội hóa còn chưa đều, hoạt động ở một số địa bàn chưa thường xuyên; việc theo dõi, đánh giá kết quả học tập của học sinh được đỡ đầu có nơi còn hình thức.
Phát biểu kết luận, đồng chí Hồ Thị Thu Hằng đề nghị năm 2020 tiếp tục nhân rộng mô hình, phấn đấu mỗi xã biên giới có ít nhất 20 học sinh được nhận đỡ đầu dài hạn; gắn chương trình với phong trào thi đua "Dân vận khéo".
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 9 tập thể và 14 cá nhân có thành tích tiêu biểu trong chương trình "Nâng bước em tới trường" năm 2019.
Tại hội nghị, nhiều ý kiến cho rằng sự phối hợp giữa khối dân vận, bộ đội biên phòng, nhà trường và già làng, trưởng bản là yếu tố quyết định thành công của chương trình. Các đồn biên phòng không chỉ hỗ trợ vật chất mà còn trực tiếp đưa đón học sinh qua suối vào mùa mưa lũ, hướng dẫn các em kỹ năng sống, giữ gìn vệ sinh. Đại diện ngành giáo dục đề nghị có cơ chế để các em được đỡ đầu tiếp tục được hỗ trợ khi lên học trung học phổ thông ở trung tâm huyện, tránh tình trạng đứt gánh giữa chừng.
Thanh Hải
Tin khác
- Đakrông: trao 100 suất quà cho học sinh nghèo (10/12/2019)
- Hướng Hóa ra mắt mô hình "Dân vận khéo" (02/12/2019)
- Giao ban công tác dân vận quý IV (25/11/2019)
""", "2019-12-20", "Hơn 3.200 học sinh vùng biên được tiếp sức đến trường",
E("tong_ket", "2019", "2019-12-19"),
[P("Hồ Thị Thu Hằng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Minh", "đại tá", "Phó Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh"),
 P("Hồ Văn Lai", "Thiếu tá", "Chính trị viên Đồn Biên phòng Hướng Lập"),
 P("Hồ Văn Bình", "người có uy tín bản Cù Bai")],
[Q("Hơn 3.200 học sinh", 3200, "học sinh", "over"), Q("146 học sinh người Vân Kiều, Pa Kô", 146, "học sinh"),
 Q("500.000 đồng/tháng", 500000, "đồng"), Q("1.020 suất học bổng", 1020, "suất học bổng"), Q("310 xe đạp", 310, "xe đạp"),
 Q("hơn 2.000 bộ quần áo ấm", 2000, "bộ quần áo ấm", "over"), Q("12 xã biên giới", 12, "xã biên giới"),
 Q("khoảng 2,3 tỷ đồng", 2300000000, "đồng", "approx"), Q("18 lớp học tình thương, lớp xóa mù chữ", 18, "lớp học tình thương, lớp xóa mù chữ"),
 Q("95 học sinh", 95, "học sinh"), Q("trên 98%", 98, "%", "over"), Q("ít nhất 20 học sinh", 20, "học sinh", "over"),
 Q("9 tập thể", 9, "tập thể"), Q("14 cá nhân có thành tích tiêu biểu", 14, "cá nhân")],
[D("Kết luận", "49", "KL/TW", "2019-05-10", "Ban Bí thư", "Kết luận số 49-KL/TW ngày 10/5/2019"),
 D("Chỉ thị", "11", "CT/TW", None, "Bộ Chính trị khóa X", "Chỉ thị số 11-CT/TW"),
 D("Kế hoạch", "150", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 150, 151-KH/TU"),
 D("Kế hoạch", "151", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 150, 151-KH/TU")],
[prov("Quảng Trị"), com("Hướng Lập"), com("A Xing"), com("Ba Nang")],
["BAN DÂN VẬN TỈNH ỦY QUẢNG TRỊ", "Trang chủ | Tin tức | Hoạt động dân vận", "Hôm nay: Thứ Sáu, 20/12/2019",
 "Nâng bước em tới trường", "Dân vận khéo", "bố nuôi"],
["Hôm nay: Thứ Sáu, 20/12/2019", "20.12.2019 | 16:05", "năm 2019", "năm 2020", "một em"]))

PAGES.append(page("b6447-angiang-bdvhu-xedap-2020", """
BÁO AN GIANG ONLINE
Xã hội > Giáo dục
Cập nhật: 14:10, 10/09/2020 (GMT+7)
Tri Tôn: Trao 150 xe đạp cho học sinh dân tộc Khmer
Ban tổ chức trao xe đạp cho học sinh xã Lê Trì.
Chiều 9/9, Ban Dân vận Huyện ủy, Ủy ban MTTQ Việt Nam huyện Tri Tôn phối hợp với Hội Đoàn kết sư sãi yêu nước huyện tổ chức trao 150 xe đạp và 50 suất học bổng cho học sinh dân tộc Khmer có hoàn cảnh khó khăn tại các xã Lê Trì, Ô Lâm, Châu Lăng thuộc huyện Tri Tôn, tỉnh An Giang. Buổi lễ được tổ chức gọn nhẹ, bảo đảm các biện pháp phòng, chống dịch COVID-19.
Mỗi chiếc xe trị giá 1,6 triệu đồng; mỗi suất học bổng gồm 1 triệu đồng tiền mặt cùng tập, viết. Tổng trị giá 290 triệu đồng, do các chùa Khmer, doanh nghiệp và mạnh thường quân trong, ngoài huyện đóng góp.
Ông Chau Sóc Kha, HUV, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện Tri Tôn cho biết: năm nay, nhiều gia đình đồng bào Khmer bị ảnh hưởng bởi dịch bệnh, mất việc làm khi đi làm thuê ở các tỉnh miền Đông trở về. Ngoài khoản hỗ trợ theo Nghị quyết 42/NQ-CP của Chính phủ, huyện đã vận động thêm nguồn lực để các em không phải bỏ học. Hoạt động được thực hiện theo Kế hoạch số 98-KH/BDVHU của Ban Dân vận Huyện ủy về vận động học sinh đồng bào dân tộc ra lớp năm học 2020 - 2021.
Hòa thượng Chau Ty, trụ trì chùa Tà Pạ, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước huyện, cho biết các chùa trong huyện đã vận động phật tử đóng góp gần 70 triệu đồng; đồng thời mở 12 lớp dạy chữ Khmer hè cho hơn 400 em.
Bà Néang Sa Rết, Chủ tịch Hội LHPN xã Ô Lâm, nói: "Nhiều em nhà cách trường 4, 5 cây số, phải đi bộ qua đường núi. Có xe đạp, các em sẽ đi học đều hơn, phụ huynh cũng yên tâm làm ăn".
Theo số liệu của Phòng Giáo dục và Đào tạo huyện, năm học 2019 - 2020, tỷ lệ học sinh dân tộc Khmer bỏ học ở cấp trung học cơ sở là 3,2%, giảm so với các năm trước nhưng vẫn cao hơn bình quân của tỉnh. Ngành giáo dục huyện đang phối hợp với các ấp, phum sóc rà soát từng trường hợp để có biện pháp hỗ trợ kịp thời.
Em Chau Sóc Thanh, học sinh lớp 8 Trường PTDT nội trú THCS Tri Tôn, xúc động nhận xe đạp và hứa sẽ chăm chỉ học tập, giúp đỡ bạn bè cùng tiến bộ. Nhiều phụ huynh cũng bày tỏ cảm ơn các sư sãi, nhà hảo tâm đã quan tâm đến con em đồng bào trong lúc khó khăn.
Trong những năm qua, các chùa Khmer ở Tri Tôn luôn là nơi gắn kết cộng đồng, vận động con em đồng bào đến trường. Nhiều sư sãi vừa dạy chữ Khmer, vừa nhắc nhở phụ huynh không cho con nghỉ học theo cha mẹ đi làm xa. Cấp ủy, chính quyền huyện đánh giá cao vai trò của Hội Đoàn kết sư sãi yêu nước trong công tác vận động, đồng thời mong tiếp tục có thêm nhiều chương trình ý nghĩa như thế này.
Thanh Tiến
Bài viết liên quan
- Tịnh Biên: tặng 300 phần quà cho hộ nghèo bị ảnh hưởng dịch (02/09/2020)
- Lễ Sene Đôlta an toàn, tiết kiệm (25/08/2020)
- Trao 20 căn nhà Đại đoàn kết ở Tri Tôn (14/08/2020)
""", "2020-09-10", "Tri Tôn: Trao 150 xe đạp cho học sinh dân tộc Khmer",
E("trao_qua", None, "2020-09-09"),
[P("Chau Sóc Kha", "HUV", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Tri Tôn"),
 P("Chau Ty", "Hòa thượng", "trụ trì chùa Tà Pạ", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước huyện"),
 P("Néang Sa Rết", "Chủ tịch Hội LHPN xã Ô Lâm"),
 P("Chau Sóc Thanh", "học sinh lớp 8 Trường PTDT nội trú THCS Tri Tôn")],
[Q("150 xe đạp", 150, "xe đạp"), Q("50 suất học bổng", 50, "suất học bổng"), Q("1,6 triệu đồng", 1600000, "đồng"),
 Q("1 triệu đồng", 1000000, "đồng"), Q("290 triệu đồng", 290000000, "đồng"),
 Q("gần 70 triệu đồng", 70000000, "đồng", "approx"), Q("12 lớp dạy chữ Khmer hè", 12, "lớp dạy chữ Khmer hè"),
 Q("hơn 400 em", 400, "em", "over"), Q("3,2%", 3.2, "%")],
[D("Nghị quyết", "42", "NQ-CP", None, "Chính phủ", "Nghị quyết 42/NQ-CP"),
 D("Kế hoạch", "98", "KH/BDVHU", None, "Ban Dân vận Huyện ủy", "Kế hoạch số 98-KH/BDVHU")],
[prov("An Giang"), com("Lê Trì"), com("Ô Lâm"), com("Châu Lăng")],
["BÁO AN GIANG ONLINE", "Xã hội > Giáo dục", "Ban tổ chức trao xe đạp cho học sinh xã Lê Trì.",
 "Hội Đoàn kết sư sãi yêu nước huyện"],
["Cập nhật: 14:10, 10/09/2020 (GMT+7)", "năm học 2020 - 2021", "4, 5 cây số", "năm học 2019 - 2020", "lớp 8"]))

PAGES.append(page("b6448-haiphong-khuyenhoc-baocao-2020", """
HỘI KHUYẾN HỌC THÀNH PHỐ HẢI PHÒNG
Vị trí: Trang chủ - Tin hoạt động - Khuyến học cơ sở
Ngày 29/12/2020 | 09:15
Khuyến học Hải Phòng năm 2020: vượt khó trong đại dịch
Ngày 24/12/2020, Hội Khuyến học thành phố ban hành Báo cáo số 56/BC-HKH về kết quả công tác khuyến học, khuyến tài, xây dựng xã hội học tập năm 2020. Báo cáo cho thấy dù chịu ảnh hưởng của dịch COVID-19, phong trào vẫn đạt nhiều kết quả.
Theo báo cáo, năm 2020 toàn thành phố huy động được khoảng 46,5 tỷ đồng cho quỹ khuyến học các cấp, trong đó quỹ của các dòng họ, gia đình chiếm gần 40%. Các cấp hội đã trao 21.430 suất học bổng cho học sinh, sinh viên nghèo vượt khó; tặng 1.185 xe đạp, hơn 5.000 bộ sách giáo khoa và hỗ trợ 312 học sinh có cha mẹ mất việc làm do dịch, mỗi em 2 triệu đồng.
Hội Khuyến học thành phố đã tham mưu Thành ủy sơ kết Kết luận số 49-KL/TW của Ban Bí thư; phối hợp với Sở Giáo dục và Đào tạo triển khai Quyết định số 1981/QĐ-TTg ngày 18/10/2016 của Thủ tướng Chính phủ về khung cơ cấu hệ thống giáo dục quốc dân. Hướng dẫn số 07/HD-HKH của Hội về đánh giá, công nhận "Công dân học tập" đã được triển khai tới 100% chi hội.
Về mô hình học tập, toàn thành phố có 217.600 gia đình đạt danh hiệu "Gia đình học tập", 1.930 dòng họ học tập, 486 cộng đồng học tập cấp thôn. Tiêu biểu là Hội Khuyến học xã Đồng Thái (An Dương) với quỹ khuyến học đạt 1,2 tỷ đồng; xã Việt Hải (Cát Hải) duy trì học bổng cho 100% học sinh đảo có hoàn cảnh khó khăn.
Báo cáo do ông Nguyễn Văn Thành, Chủ tịch Hội Khuyến học thành phố, ký. Ông cũng cho biết năm 2021 Hội đặt mục tiêu huy động không dưới 50 tỷ đồng vào quỹ, tăng số suất học bổng cho học sinh vùng đảo, vùng ven biển.
Trao đổi với phóng viên, bà Phạm Thị Mai Hoa, Phó Chủ tịch kiêm Tổng Thư ký Hội Khuyến học thành phố, nhận định năm 2020 nhiều hoạt động trực tiếp bị gián đoạn, nhưng các chi hội đã linh hoạt chuyển sang trao học bổng tại nhà, chuyển khoản hỗ trợ, bảo đảm an toàn. Ông Đỗ Văn Lâm, Chủ tịch Hội Khuyến học xã Đồng Thái, cho biết xã đã vận động 14 doanh nghiệp nhận đỡ đầu học sinh mồ côi đến hết bậc trung học phổ thông.
Báo cáo cũng thẳng thắn chỉ ra hạn chế: hoạt động của một số chi hội ở khu dân cư mới còn lúng túng; việc đánh giá các mô hình học tập có nơi chạy theo số lượng; nguồn lực giữa các địa phương chênh lệch lớn.
Hội Khuyến học thành phố kiến nghị Thành ủy, UBND thành phố tiếp tục quan tâm bố trí kinh phí hoạt động, tạo điều kiện để Hội phối hợp chặt chẽ với ngành giáo dục, các đoàn thể trong chăm lo cho học sinh có hoàn cảnh khó khăn.
Vũ Hằng
Xem thêm
- Trao 500 suất học bổng "Tiếp sức đến trường" (15/12/2020)
- Kiến Thụy: 30 dòng họ học tập tiêu biểu được khen thưởng (04/12/2020)
- Hội thảo xây dựng xã hội học tập thành phố (20/11/2020)
""", "2020-12-29", "Khuyến học Hải Phòng năm 2020: vượt khó trong đại dịch",
E("bao_cao", "2020", "2020-12-24"),
[P("Nguyễn Văn Thành", "Chủ tịch Hội Khuyến học thành phố"),
 P("Phạm Thị Mai Hoa", "Phó Chủ tịch kiêm Tổng Thư ký Hội Khuyến học thành phố"),
 P("Đỗ Văn Lâm", "Chủ tịch Hội Khuyến học xã Đồng Thái")],
[Q("khoảng 46,5 tỷ đồng", 46500000000, "đồng", "approx"), Q("gần 40%", 40, "%", "approx"),
 Q("21.430 suất học bổng", 21430, "suất học bổng"), Q("1.185 xe đạp", 1185, "xe đạp"),
 Q("hơn 5.000 bộ sách giáo khoa", 5000, "bộ sách giáo khoa", "over"), Q("312 học sinh", 312, "học sinh"),
 Q("2 triệu đồng", 2000000, "đồng"), Q("100% chi hội", 100, "%"), Q("217.600 gia đình", 217600, "gia đình"),
 Q("1.930 dòng họ học tập", 1930, "dòng họ học tập"), Q("486 cộng đồng học tập cấp thôn", 486, "cộng đồng học tập cấp thôn"),
 Q("1,2 tỷ đồng", 1200000000, "đồng"), Q("100% học sinh đảo", 100, "%"),
 Q("không dưới 50 tỷ đồng", 50000000000, "đồng", "over"), Q("14 doanh nghiệp", 14, "doanh nghiệp")],
[D("Báo cáo", "56", "BC-HKH", "2020-12-24", "Hội Khuyến học thành phố", "Báo cáo số 56/BC-HKH"),
 D("Kết luận", "49", "KL/TW", None, "Ban Bí thư", "Kết luận số 49-KL/TW"),
 D("Quyết định", "1981", "QĐ-TTg", "2016-10-18", "Thủ tướng Chính phủ", "Quyết định số 1981/QĐ-TTg ngày 18/10/2016"),
 D("Hướng dẫn", "07", "HD-HKH", None, "Hội", "Hướng dẫn số 07/HD-HKH")],
[prov("Hải Phòng"), com("Đồng Thái"), com("Việt Hải")],
["HỘI KHUYẾN HỌC THÀNH PHỐ HẢI PHÒNG", "Vị trí: Trang chủ - Tin hoạt động - Khuyến học cơ sở",
 "Công dân học tập", "Gia đình học tập"],
["Ngày 29/12/2020 | 09:15", "năm 2020", "năm 2021"]))
