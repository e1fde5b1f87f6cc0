from lib import *
PAGES = []

PAGES.append(page("b8051-yenbai-ubnd-hoinghi-2016", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH YÊN BÁI
Trang chủ » Tin tức - Sự kiện » Kinh tế
Thứ Sáu, 19/02/2016
Ảnh: Quang cảnh hội nghị.
Yên Bái: Ưu tiên giống, vốn cho vùng bị thiệt hại do rét hại
Ngày 17/2, UBND tỉnh Yên Bái tổ chức hội nghị triển khai kế hoạch hỗ trợ khôi phục sản xuất nông nghiệp năm 2016 cho các địa phương bị thiệt hại do đợt rét hại cuối tháng 1. Đồng chí Triệu Tiến Thịnh, TUV, Phó Chủ tịch UBND tỉnh chủ trì hội nghị.
Theo báo cáo của Sở Nông nghiệp và Phát triển nông thôn, đợt rét hại kèm băng giá, mưa tuyết từ ngày 23 đến 27/1/2016 đã làm 2.914 con trâu, bò bị chết, chủ yếu ở các huyện Mù Cang Chải, Trạm Tấu, Văn Chấn; 1.280 ha lúa, mạ và khoảng 900 ha chè bị hư hại. Ước tổng giá trị thiệt hại gần 38 tỷ đồng.
Các xã Lao Chải, Chế Cu Nha, Púng Luông và Nậm Có (huyện Mù Cang Chải) là nơi bị thiệt hại nặng nhất, riêng xã Lao Chải có 346 con trâu, bò chết. Ông Giàng A Chu, Chủ tịch UBND xã Lao Chải cho biết, nhiều hộ mất từ 3 đến 5 con trâu, không còn sức kéo để làm đất vụ xuân.
Tại hội nghị, bà Đặng Thị Thìn, Phó Giám đốc Sở Nông nghiệp và PTNT quán triệt kế hoạch số 31/KH-UBND ngày 12/2/2016 của UBND tỉnh và Hướng dẫn số 12/HD-SNN của Sở về trình tự, thủ tục hỗ trợ. Theo đó, mức hỗ trợ trâu, bò chết là 2 triệu đồng/con; diện tích lúa, mạ mất trên 70% được hỗ trợ 2 triệu đồng/ha; chè bị hư hại từ 30% đến 70% được hỗ trợ 1 triệu đồng/ha. Hộ nghèo có gia súc chết được vay vốn ưu đãi tối đa 30 triệu đồng/hộ để tái đàn.
UBND tỉnh đã ban hành Quyết định số 205/QĐ-UBND ngày 15/2/2016 tạm cấp 12 tỷ đồng cho các huyện, đồng thời xuất 35 tấn thóc giống và 20 tấn ngô giống dự trữ để kịp gieo cấy lại. Ngân hàng Chính sách xã hội tỉnh dành khoảng 50 tỷ đồng cho vay hộ nghèo, hộ cận nghèo mua trâu, bò giống.
Đồng chí Sa Văn Khiêm, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Mù Cang Chải đề nghị tỉnh cho phép huyện mua trâu giống tập trung để tránh tình trạng ép giá, đồng thời hỗ trợ xi măng, tấm lợp để người dân làm chuồng trại kiên cố.
Kết luận hội nghị, đồng chí Triệu Tiến Thịnh yêu cầu các huyện hoàn thành thống kê, công khai danh sách hộ bị thiệt hại trước ngày 25/2; chi trả hỗ trợ xong trong tháng 3; tuyệt đối không để xảy ra sai sót, trục lợi chính sách. Ngành nông nghiệp phải bảo đảm đủ giống, vật tư cho vụ xuân, không để đất bỏ hoang.
Đồng chí cũng giao Hội Nông dân tỉnh phối hợp với các đoàn thể tiếp tục vận động hội viên làm chuồng trại kín gió, trồng cỏ, ủ chua thức ăn dự trữ cho gia súc, không thả rông trâu bò trên núi cao trong mùa đông.
Thanh Thủy
Tin liên quan
- Mù Cang Chải: hơn 1.000 con trâu bò chết rét (29/01/2016)
- Tuyết rơi ở Trạm Tấu, Mù Cang Chải (25/01/2016)
- Hội Chữ thập đỏ trao 500 chăn ấm cho người dân vùng cao (30/01/2016)
""", "2016-02-19", "Yên Bái: Ưu tiên giống, vốn cho vùng bị thiệt hại do rét hại",
E("hoi_nghi", "2016", "2016-02-17"),
[P("Triệu Tiến Thịnh", "TUV", "Phó Chủ tịch UBND tỉnh"),
 P("Giàng A Chu", "Chủ tịch UBND xã Lao Chải"),
 P("Đặng Thị Thìn", "Phó Giám đốc Sở Nông nghiệp và PTNT"),
 P("Sa Văn Khiêm", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện Mù Cang Chải")],
[Q("2.914 con trâu, bò", 2914, "con trâu, bò"), Q("1.280 ha", 1280, "ha"), Q("khoảng 900 ha", 900, "ha", "approx"),
 Q("gần 38 tỷ đồng", 38000000000, "đồng", "approx"), Q("346 con trâu, bò", 346, "con trâu, bò"),
 Q("từ 3", 3, "con trâu"), Q("5 con trâu", 5, "con trâu"), Q("2 triệu đồng/con", 2000000, "đồng"),
 Q("trên 70%", 70, "%", "over"), Q("2 triệu đồng/ha", 2000000, "đồng"), Q("từ 30%", 30, "%"), Q("70% được", 70, "%"),
 Q("1 triệu đồng/ha", 1000000, "đồng"), Q("tối đa 30 triệu đồng/hộ", 30000000, "đồng"), Q("12 tỷ đồng", 12000000000, "đồng"),
 Q("35 tấn", 35, "tấn"), Q("20 tấn", 20, "tấn"), Q("khoảng 50 tỷ đồng", 50000000000, "đồng", "approx")],
[D("Kế hoạch", "31", "KH-UBND", "2016-02-12", "UBND tỉnh", "kế hoạch số 31/KH-UBND ngày 12/2/2016"),
 D("Hướng dẫn", "12", "HD-SNN", None, "Sở Nông nghiệp và PTNT", "Hướng dẫn số 12/HD-SNN"),
 D("Quyết định", "205", "QĐ-UBND", "2016-02-15", "UBND tỉnh", "Quyết định số 205/QĐ-UBND ngày 15/2/2016")],
[prov("Yên Bái"), com("Lao Chải"), com("Chế Cu Nha"), com("Púng Luông"), com("Nậm Có")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH YÊN BÁI", "Trang chủ » Tin tức - Sự kiện » Kinh tế", "Ảnh: Quang cảnh hội nghị.",
 "Ngân hàng Chính sách xã hội tỉnh"],
["Thứ Sáu, 19/02/2016", "năm 2016", "tháng 1", "27/1/2016", "tháng 3", "25/2"]))

PAGES.append(page("b8052-bacgiang-hnd-giaoban-2017", """
HỘI NÔNG DÂN TỈNH BẮC GIANG
Trang chủ > Tin hoạt động > Hội Nông dân các cấp
06/04/2017 - 14:20
Giao ban công tác Hội quý I: tập trung giúp hội viên khắc phục hậu quả mưa đá
Sáng 5/4, Ban Thường vụ Hội Nông dân tỉnh Bắc Giang tổ chức giao ban công tác Hội và phong trào nông dân quý I năm 2017. Dự có các đồng chí Phó Chủ tịch Hội Nông dân tỉnh: Dương Văn Khải, Hoàng Thị Lụa; lãnh đạo Hội Nông dân 10 huyện, thành phố.
Chủ tịch Hội Nông dân tỉnh Ngô Đức Thịnh chủ trì giao ban.
Quý I, các cấp Hội đã kết nạp 3.760 hội viên mới, thành lập 45 tổ hợp tác; phối hợp tổ chức 128 lớp tập huấn khoa học kỹ thuật cho hơn 9.000 lượt hội viên. Thực hiện Chỉ thị số 11, 12-CT/TU của Ban Thường vụ Tỉnh ủy, các cấp Hội tiếp tục vận động nông dân đẩy mạnh sản xuất hàng hóa, tham gia xây dựng nông thôn mới.
Nội dung được tập trung thảo luận là việc hỗ trợ hội viên khắc phục hậu quả trận mưa đá chiều 27/3 tại huyện Lục Ngạn và Lục Nam. Theo báo cáo, mưa đá đã làm khoảng 1.650 ha vải thiều đang ra hoa bị rụng hoa, dập lá, trong đó có khoảng 32% diện tích có nguy cơ mất trắng; 215 hộ có nhà bị tốc mái. Thiệt hại nặng nhất ở các xã Phượng Sơn, Hồng Giang, Tân Mộc và Quý Sơn.
Đồng chí Nông Văn Sình, HUV, Chủ tịch Hội Nông dân huyện Lục Ngạn cho biết, ngay sau trận mưa đá, Hội đã phối hợp với Trạm Khuyến nông hướng dẫn hội viên tỉa cành, phun thuốc dưỡng hoa, bón bổ sung phân kali; vận động 27 cơ sở Hội ủng hộ được hơn 420 triệu đồng và 60 tấn phân bón giúp hội viên bị thiệt hại. Theo ước tính, sản lượng vải năm nay của huyện có thể giảm từ 30 đến 40%.
Đồng chí đề nghị Hội Nông dân tỉnh phối hợp với Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh tỉnh cho hội viên bị thiệt hại được gia hạn nợ, vay mới từ Quỹ Hỗ trợ nông dân với mức tối đa 50 triệu đồng/hộ. Hiện Quỹ Hỗ trợ nông dân tỉnh có tổng nguồn vốn trên 18 tỷ đồng, đang hỗ trợ 96 dự án.
Ông Trần Văn Hậu, hội viên thôn Khuôn Thần, xã Phượng Sơn, được mời dự giao ban, chia sẻ: gia đình ông có 3 ha vải, sau mưa đá chỉ còn khoảng một nửa số cây giữ được hoa. Nhờ cán bộ Hội hướng dẫn chăm sóc kịp thời, nhiều cây đã ra lộc mới.
Kết luận giao ban, đồng chí Ngô Đức Thịnh yêu cầu các cấp Hội tiếp tục nắm chắc tình hình, tâm tư của hội viên vùng bị thiệt hại; phối hợp với chính quyền thực hiện chính sách hỗ trợ theo Nghị định số 31/2017/NĐ-CP của Chính phủ đúng đối tượng, công khai; chuẩn bị tốt các điều kiện tiêu thụ vải thiều năm 2017. Quý II, các cấp Hội phấn đấu kết nạp thêm ít nhất 2.500 hội viên, thành lập mới 30 chi hội nghề nghiệp.
Phạm Hằng
Tin liên quan
- Lục Ngạn: mưa đá gây thiệt hại hàng nghìn ha vải (28/03/2017)
- Hội Nông dân tỉnh ký kết chương trình phối hợp với Sở Công Thương (15/03/2017)
- Tập huấn kỹ thuật sản xuất vải thiều theo tiêu chuẩn VietGAP (02/03/2017)
""", "2017-04-06", "Giao ban công tác Hội quý I: tập trung giúp hội viên khắc phục hậu quả mưa đá",
E("giao_ban", "2017-Q1", "2017-04-05"),
[P("Dương Văn Khải", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Hoàng Thị Lụa", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Ngô Đức Thịnh", "Chủ tịch Hội Nông dân tỉnh"),
 P("Nông Văn Sình", "HUV", "Chủ tịch Hội Nông dân huyện Lục Ngạn"),
 P("Trần Văn Hậu", "hội viên thôn Khuôn Thần")],
[Q("10 huyện, thành phố", 10, "huyện, thành phố"), Q("3.760 hội viên mới", 3760, "hội viên mới"), Q("45 tổ hợp tác", 45, "tổ hợp tác"),
 Q("128 lớp tập huấn", 128, "lớp tập huấn"), Q("hơn 9.000 lượt hội viên", 9000, "lượt hội viên", "over"),
 Q("khoảng 1.650 ha", 1650, "ha", "approx"), Q("khoảng 32%", 32, "%", "approx"), Q("215 hộ", 215, "hộ"),
 Q("27 cơ sở Hội", 27, "cơ sở Hội"), Q("hơn 420 triệu đồng", 420000000, "đồng", "over"), Q("60 tấn", 60, "tấn"),
 Q("từ 30", 30, "%"), Q("40%", 40, "%"), Q("tối đa 50 triệu đồng/hộ", 50000000, "đồng"),
 Q("trên 18 tỷ đồng", 18000000000, "đồng", "over"), Q("96 dự án", 96, "dự án"), Q("3 ha", 3, "ha"),
 Q("ít nhất 2.500 hội viên", 2500, "hội viên", "over"), Q("30 chi hội nghề nghiệp", 30, "chi hội nghề nghiệp")],
[D("Chỉ thị", "11", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 11, 12-CT/TU"),
 D("Chỉ thị", "12", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 11, 12-CT/TU"),
 D("Nghị định", "31", "2017/NĐ-CP", None, "Chính phủ", "Nghị định số 31/2017/NĐ-CP")],
[prov("Bắc Giang"), com("Phượng Sơn"), com("Hồng Giang"), com("Tân Mộc"), com("Quý Sơn")],
["HỘI NÔNG DÂN TỈNH BẮC GIANG", "Trang chủ > Tin hoạt động > Hội Nông dân các cấp",
 "Chủ tịch Hội Nông dân tỉnh Ngô Đức Thịnh chủ trì giao ban.", "Quỹ Hỗ trợ nông dân", "VietGAP"],
["06/04/2017 - 14:20", "quý I năm 2017", "Quý II", "27/3", "một nửa", "năm 2017"]))

PAGES.append(page("b8053-nghean-kyson-doithoai-2018", """
BÁO NGHỆ AN
Thời sự › Nông nghiệp › Miền Tây
Ngày 12/04/2018 | 09:15
Nông dân Kỳ Sơn kiến nghị sớm chi trả hỗ trợ gia súc chết rét
Ngày 10/4, UBND huyện Kỳ Sơn (tỉnh Nghệ An) phối hợp với Hội Nông dân huyện tổ chức hội nghị đối thoại giữa Chủ tịch UBND huyện với hội viên, nông dân năm 2018. Đồng chí Vi Văn Sơn, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện chủ trì đối thoại; tham dự có 120 hội viên nông dân đại diện cho 21 xã, thị trấn.
Hội nghị đối thoại thu hút đông đảo hội viên nông dân tham dự. Ảnh: Hữu Vi
Báo cáo của Hội Nông dân huyện cho biết, trước hội nghị, các cơ sở Hội đã tổng hợp được 27 ý kiến, kiến nghị của hội viên, trong đó hơn một nửa liên quan đến chính sách hỗ trợ khôi phục sản xuất sau đợt rét đậm, rét hại từ ngày 29/12/2017 đến 12/1/2018. Đợt rét đã làm 3.846 con gia súc bị chết trên địa bàn huyện, trong đó có 1.920 con trâu, 1.305 con bò, còn lại là dê và ngựa.
Ông Lầu Bá Chống, hội viên bản Huồi Pủng, xã Mường Lống, phản ánh: gia đình mất 4 con trâu, đã kê khai từ tháng 1 nhưng đến nay chưa nhận được tiền hỗ trợ. Bà Moong Thị Bun (dân tộc Khơ Mú) ở xã Huồi Tụ hỏi vì sao bê, nghé dưới 6 tháng tuổi chết rét lại không được hỗ trợ như trâu, bò trưởng thành.
Trả lời các ý kiến, đồng chí Vi Văn Sơn cho biết, theo Nghị định số 31/2017/NĐ-CP của Chính phủ, trâu, bò trên 6 tháng tuổi được hỗ trợ 2 triệu đồng/con, bê, nghé dưới 6 tháng tuổi được hỗ trợ 1 triệu đồng/con. Thực hiện Quyết định số 1120/QĐ-UBND ngày 26/3/2018 của UBND tỉnh, huyện đã được cấp hơn 6,1 tỷ đồng và đã chi trả cho 1.478 hộ tại 14 xã; số hộ còn lại ở các xã Mường Lống, Na Ngoi, Mường Típ và Huồi Tụ sẽ được chi trả xong trước ngày 30/4.
Nhiều ý kiến đề nghị hỗ trợ giống trâu, bò thay vì tiền mặt. Ông Xồm Văn Lả, Trưởng phòng Nông nghiệp và PTNT huyện cho biết, huyện đã đề xuất tỉnh hỗ trợ 500 con bò giống cho hộ nghèo; đồng thời phối hợp Ngân hàng Chính sách xã hội cho vay tối đa 50 triệu đồng/hộ để mua giống, làm chuồng trại.
Bà Lữ Thị Hương, Chủ tịch Hội Nông dân huyện Kỳ Sơn đề nghị các cấp Hội giám sát chặt việc chi trả, kịp thời phản ánh trường hợp bị bỏ sót; vận động hội viên trồng ít nhất 200 ha cỏ voi, dự trữ rơm khô trước mùa đông năm nay.
Kết thúc đối thoại, đồng chí Vi Văn Sơn giao các phòng chuyên môn trả lời bằng văn bản 9 kiến nghị chưa giải quyết ngay tại hội nghị trong thời hạn 15 ngày; yêu cầu UBND các xã công khai danh sách, mức hỗ trợ tại trụ sở và các bản để người dân giám sát.
Hữu Vi
Tin khác
- Kỳ Sơn: gần 4.000 con gia súc chết rét (15/01/2018)
- Tương Dương hỗ trợ giống ngô cho hộ bị thiệt hại (28/03/2018)
- Nghệ An cấp hơn 20 tỷ đồng hỗ trợ khắc phục rét hại (27/03/2018)
""", "2018-04-12", "Nông dân Kỳ Sơn kiến nghị sớm chi trả hỗ trợ gia súc chết rét",
E("doi_thoai", "2018", "2018-04-10"),
[P("Vi Văn Sơn", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"),
 P("Lầu Bá Chống", "hội viên bản Huồi Pủng"),
 P("Moong Thị Bun"),
 P("Xồm Văn Lả", "Trưởng phòng Nông nghiệp và PTNT huyện"),
 P("Lữ Thị Hương", "Chủ tịch Hội Nông dân huyện Kỳ Sơn")],
[Q("120 hội viên nông dân", 120, "hội viên nông dân"), Q("21 xã, thị trấn", 21, "xã, thị trấn"),
 Q("27 ý kiến, kiến nghị", 27, "ý kiến, kiến nghị"), Q("3.846 con gia súc", 3846, "con gia súc"),
 Q("1.920 con trâu", 1920, "con trâu"), Q("1.305 con bò", 1305, "con bò"), Q("4 con trâu", 4, "con trâu"),
 Q("2 triệu đồng/con", 2000000, "đồng"), Q("1 triệu đồng/con", 1000000, "đồng"),
 Q("hơn 6,1 tỷ đồng", 6100000000, "đồng", "over"), Q("1.478 hộ", 1478, "hộ"), Q("14 xã", 14, "xã"),
 Q("500 con bò giống", 500, "con bò giống"), Q("tối đa 50 triệu đồng/hộ", 50000000, "đồng"),
 Q("ít nhất 200 ha", 200, "ha", "over"), Q("9 kiến nghị", 9, "kiến nghị")],
[D("Nghị định", "31", "2017/NĐ-CP", None, "Chính phủ", "Nghị định số 31/2017/NĐ-CP"),
 D("Quyết định", "1120", "QĐ-UBND", "2018-03-26", "UBND tỉnh", "Quyết định số 1120/QĐ-UBND ngày 26/3/2018")],
[prov("Nghệ An"), com("Mường Lống"), com("Huồi Tụ"), com("Na Ngoi"), com("Mường Típ")],
["BÁO NGHỆ AN", "Thời sự › Nông nghiệp › Miền Tây",
 "Hội nghị đối thoại thu hút đông đảo hội viên nông dân tham dự. Ảnh: Hữu Vi", "Ngân hàng Chính sách xã hội"],
["Ngày 12/04/2018 | 09:15", "6 tháng tuổi", "15 ngày", "hơn một nửa", "năm 2018", "12/1/2018"]))

PAGES.append(page("b8054-thanhhoa-khuyennong-taphuan-2019", """
TRUNG TÂM KHUYẾN NÔNG TỈNH THANH HÓA
Trang chủ - Đào tạo, huấn luyện - Tin hoạt động
2019-11-14 16:40
Mường Lát: 160 học viên được tập huấn phòng, chống rét cho gia súc và cây trồng
Từ ngày 12 đến 13/11/2019, Trung tâm Khuyến nông tỉnh Thanh Hóa phối hợp với UBND huyện Mường Lát tổ chức 2 lớp tập huấn kỹ thuật phòng, chống đói rét cho gia súc và bảo vệ cây trồng vụ Đông Xuân năm 2019 cho 160 học viên là cán bộ thú y cơ sở, khuyến nông viên và hộ chăn nuôi tại các xã Trung Lý, Pù Nhi, Mường Chanh và Quang Chiểu.
Học viên thực hành ủ chua thức ăn cho trâu bò tại xã Trung Lý.
Phát biểu khai mạc, ông Phạm Bá Lợi, người vừa được bổ nhiệm làm Phó Giám đốc Trung tâm Khuyến nông tỉnh cho biết, mùa đông năm 2018, huyện Mường Lát có 517 con trâu, bò bị chết do rét đậm, rét hại, thiệt hại trên 4 tỷ đồng; nhiều hộ đồng bào Mông, Thái mất sức kéo, phải thuê cày bừa vụ xuân. Việc chủ động phòng, chống rét ngay từ đầu mùa là giải pháp căn cơ, đỡ tốn kém hơn nhiều so với khắc phục hậu quả.
Lớp tập huấn được tổ chức theo Kế hoạch số 214/KH-UBND ngày 7/10/2019 của UBND tỉnh về phòng, chống đói rét cho đàn gia súc vụ Đông Xuân và Công văn số 3102/SNN&PTNT-CNTY của Sở Nông nghiệp và PTNT. Các giảng viên là bác sĩ thú y Hà Thị Thắm, Trưởng phòng Kỹ thuật chăn nuôi và kỹ sư Lò Văn Chai, Phó Trạm trưởng Trạm Khuyến nông huyện đã hướng dẫn cách làm chuồng kín gió, che bạt, đốt lửa sưởi; kỹ thuật ủ chua cỏ voi, thân cây ngô, ủ rơm với urê; cách nhận biết và xử lý gia súc bị cảm lạnh.
Học viên còn được hướng dẫn gieo mạ có che phủ nilon, chỉ gieo cấy khi nhiệt độ trung bình trên 15 độ C và bón tro bếp, phân lân để tăng sức chống rét cho cây. Thời lượng thực hành chiếm khoảng 60% chương trình, mỗi nhóm học viên tự tay làm 1 hố ủ chua tại hộ chăn nuôi.
Ông Giàng A Lầu, Trưởng bản Pom Khuông, xã Pù Nhi cho biết, năm ngoái bản có 38 con trâu chết rét vì bà con vẫn thả rông trên núi. "Học xong, tôi sẽ về họp bản, vận động mỗi hộ làm chuồng, dự trữ ít nhất 1 tấn rơm", ông Lầu nói.
Kết thúc tập huấn, Trung tâm đã cấp phát 1.200 tờ rơi hướng dẫn bằng tiếng Việt và tiếng Mông, 160 bộ tài liệu và 400 kg bạt che chuồng cho các học viên. Kết quả kiểm tra cuối khóa có 75% trở lên số học viên đạt loại khá, giỏi.
Theo kế hoạch, trong tháng 12 Trung tâm Khuyến nông tiếp tục mở thêm 3 lớp tại huyện Quan Sơn, Quan Hóa và Bá Thước với khoảng 240 học viên; kinh phí mỗi lớp khoảng 35 triệu đồng từ nguồn khuyến nông địa phương.
Lê Hằng
Bài viết liên quan
- Thanh Hóa chủ động phòng chống đói rét cho đàn gia súc (01/11/2019)
- Mô hình trồng cỏ voi nuôi bò ở Quan Sơn (20/10/2019)
- Hỗ trợ giống cây trồng cho huyện Mường Lát (12/09/2019)
""", "2019-11-14", "Mường Lát: 160 học viên được tập huấn phòng, chống rét cho gia súc và cây trồng",
E("tap_huan", "2019", "2019-11-12"),
[P("Phạm Bá Lợi", "Phó Giám đốc Trung tâm Khuyến nông tỉnh"),
 P("Hà Thị Thắm", "bác sĩ thú y", "Trưởng phòng Kỹ thuật chăn nuôi"),
 P("Lò Văn Chai", "kỹ sư", "Phó Trạm trưởng Trạm Khuyến nông huyện"),
 P("Giàng A Lầu", "Trưởng bản Pom Khuông")],
[Q("160 học viên", 160, "học viên"), Q("2 lớp tập huấn", 2, "lớp tập huấn"), Q("517 con trâu, bò", 517, "con trâu, bò"),
 Q("trên 4 tỷ đồng", 4000000000, "đồng", "over"), Q("khoảng 60%", 60, "%", "approx"), Q("38 con trâu", 38, "con trâu"),
 Q("ít nhất 1 tấn", 1, "tấn", "over"), Q("1.200 tờ rơi", 1200, "tờ rơi"), Q("160 bộ tài liệu", 160, "bộ tài liệu"),
 Q("400 kg", 400, "kg"), Q("75% trở lên", 75, "%", "over"), Q("3 lớp", 3, "lớp"), Q("khoảng 240 học viên", 240, "học viên", "approx"),
 Q("khoảng 35 triệu đồng", 35000000, "đồng", "approx")],
[D("Kế hoạch", "214", "KH-UBND", "2019-10-07", "UBND tỉnh", "Kế hoạch số 214/KH-UBND ngày 7/10/2019"),
 D("Công văn", "3102", "SNN&PTNT-CNTY", None, "Sở Nông nghiệp và PTNT", "Công văn số 3102/SNN&PTNT-CNTY")],
[prov("Thanh Hóa"), com("Trung Lý"), com("Pù Nhi"), com("Mường Chanh"), com("Quang Chiểu")],
["TRUNG TÂM KHUYẾN NÔNG TỈNH THANH HÓA", "Trang chủ - Đào tạo, huấn luyện - Tin hoạt động",
 "Học viên thực hành ủ chua thức ăn cho trâu bò tại xã Trung Lý."],
["2019-11-14 16:40", "mùa đông năm 2018", "15 độ C", "1 hố ủ chua", "tháng 12", "năm ngoái"]))

PAGES.append(page("b8055-tuyenquang-hdnd-giamsat-2020", """
TRANG THÔNG TIN ĐIỆN TỬ HĐND TỈNH TUYÊN QUANG
Hoạt động giám sát | Ban Kinh tế - Ngân sách
Thứ Năm, 23/04/2020, 15:30
Ban Kinh tế - Ngân sách HĐND tỉnh giám sát chính sách hỗ trợ thiệt hại do mưa đá tại Lâm Bình
Ngày 21/4, Đoàn giám sát Ban Kinh tế - Ngân sách HĐND tỉnh Tuyên Quang do bà Ma Thị Thu, Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách hỗ trợ khôi phục sản xuất cho các hộ bị thiệt hại do mưa đá, lốc xoáy đầu tháng 3 tại huyện Lâm Bình. Do yêu cầu phòng, chống dịch Covid-19, đoàn chỉ làm việc tại huyện và 2 xã, thành phần mỗi buổi không quá 20 người.
Đoàn giám sát làm việc tại xã Thượng Lâm.
Theo báo cáo của UBND huyện, trận mưa đá ngày 2/3/2020 đã làm 1.034 hộ bị thiệt hại, trong đó 612 nhà bị tốc mái; 286 ha ngô, lạc và 74 ha cây ăn quả bị dập nát. Thực hiện Nghị quyết số 10/2019/NQ-HĐND của HĐND tỉnh và Quyết định số 112/QĐ-UBND ngày 9/3/2020 của UBND tỉnh, huyện đã được cấp 4,86 tỷ đồng; đến ngày 15/4 đã chi trả được khoảng 68% số kinh phí cho 703 hộ.
Tại xã Thượng Lâm và Khuôn Hà, đoàn đã kiểm tra hồ sơ, sổ sách, gặp gỡ người dân. Ông Chẩu Văn Ưng, Chủ tịch UBND xã Thượng Lâm cho biết, xã có 418 hộ bị thiệt hại, đã nhận hỗ trợ giống ngô, lạc và tiền mặt, mức hỗ trợ từ 1 đến 4 triệu đồng/hộ tùy mức độ thiệt hại. Bà Bàn Thị Kiều, người Dao ở thôn Nà Va, xã Khuôn Hà cho biết gia đình đã nhận 25 kg ngô giống và gieo trồng lại được 0,5 ha.
Qua giám sát, đoàn đánh giá việc thống kê, lập hồ sơ cơ bản đúng quy trình, công khai đến thôn, bản. Tuy vậy, tiến độ chi trả còn chậm so với yêu cầu; một số hộ ở các xã Hồng Quang, Sơn Phú chưa được điều chỉnh mức hỗ trợ khi diện tích thiệt hại thực tế cao hơn số liệu ban đầu; việc hỗ trợ sửa nhà chưa có hướng dẫn cụ thể.
Đồng chí Hoàng Thị Nhị, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực HĐND tỉnh đề nghị huyện hoàn thành chi trả trước ngày 15/5/2020; rà soát lại 31 trường hợp người dân có ý kiến về mức hỗ trợ, trả lời bằng văn bản; đồng thời kiến nghị UBND tỉnh sớm ban hành hướng dẫn hỗ trợ sửa chữa nhà ở bị hư hỏng do thiên tai.
Ông Lý Văn Tường, Phó Chủ tịch UBND huyện Lâm Bình tiếp thu ý kiến của đoàn, cho biết huyện sẽ bố trí thêm 2 tổ công tác xuống các xã còn chậm, phấn đấu chi trả 100% trong tháng 5.
Kết quả giám sát sẽ được Ban Kinh tế - Ngân sách tổng hợp, báo cáo tại kỳ họp thường lệ giữa năm của HĐND tỉnh.
Thu Hằng
Tin liên quan
- Lâm Bình: mưa đá làm hư hỏng hơn 600 nhà dân (03/03/2020)
- HĐND tỉnh triển khai chương trình giám sát năm 2020 (10/01/2020)
- Na Hang hỗ trợ giống ngô cho hộ bị thiệt hại (20/03/2020)
""", "2020-04-23", "Ban Kinh tế - Ngân sách HĐND tỉnh giám sát chính sách hỗ trợ thiệt hại do mưa đá tại Lâm Bình",
E("giam_sat", None, "2020-04-21"),
[P("Ma Thị Thu", "Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh"),
 P("Chẩu Văn Ưng", "Chủ tịch UBND xã Thượng Lâm"),
 P("Bàn Thị Kiều"),
 P("Hoàng Thị Nhị", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch Thường trực HĐND tỉnh"),
 P("Lý Văn Tường", "Phó Chủ tịch UBND huyện Lâm Bình")],
[Q("2 xã", 2, "xã"), Q("không quá 20 người", 20, "người"), Q("1.034 hộ", 1034, "hộ"), Q("612 nhà", 612, "nhà"),
 Q("286 ha", 286, "ha"), Q("74 ha", 74, "ha"), Q("4,86 tỷ đồng", 4860000000, "đồng"), Q("khoảng 68%", 68, "%", "approx"),
 Q("703 hộ", 703, "hộ"), Q("418 hộ", 418, "hộ"), Q("từ 1", 1000000, "đồng"), Q("4 triệu đồng/hộ", 4000000, "đồng"),
 Q("25 kg", 25, "kg"), Q("0,5 ha", 0.5, "ha"), Q("31 trường hợp", 31, "trường hợp"), Q("2 tổ công tác", 2, "tổ công tác"),
 Q("100%", 100, "%")],
[D("Nghị quyết", "10", "2019/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 10/2019/NQ-HĐND"),
 D("Quyết định", "112", "QĐ-UBND", "2020-03-09", "UBND tỉnh", "Quyết định số 112/QĐ-UBND ngày 9/3/2020")],
[prov("Tuyên Quang"), com("Thượng Lâm"), com("Khuôn Hà"), com("Hồng Quang"), com("Sơn Phú")],
["TRANG THÔNG TIN ĐIỆN TỬ HĐND TỈNH TUYÊN QUANG", "Hoạt động giám sát | Ban Kinh tế - Ngân sách",
 "Đoàn giám sát làm việc tại xã Thượng Lâm.", "Covid-19"],
["Thứ Năm, 23/04/2020, 15:30", "2/3/2020", "tháng 5", "15/5/2020", "tháng 3"]))

PAGES.append(page("b8056-quangbinh-pctt-tongket-2021", """
BÁO QUẢNG BÌNH ĐIỆN TỬ
Thứ Tư, 13/01/2021
Chuyên mục: Kinh tế » Nông nghiệp - Nông thôn
Cập nhật: 06:00, 12/01/2021 (GMT+7)
Quảng Bình: Hơn 420 tỷ đồng hỗ trợ người dân khôi phục sản xuất sau thiên tai
Ngày 11/1, Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn tỉnh tổ chức hội nghị tổng kết công tác phòng, chống thiên tai năm 2020 và triển khai nhiệm vụ năm 2021. Đồng chí Đinh Xuân Nhân, Phó Chủ tịch UBND tỉnh - Trưởng Ban Chỉ huy PCTT&TKCN tỉnh chủ trì hội nghị.
Toàn cảnh hội nghị tổng kết.
Năm 2020, tỉnh chịu ảnh hưởng của 2 đợt rét đậm, rét hại, 3 cơn bão, 2 áp thấp nhiệt đới và đặc biệt là các trận lũ lịch sử trong tháng 10. Thiên tai làm 27 người chết; hơn 83.000 nhà bị ngập, hư hỏng; khoảng 12.400 ha lúa, hoa màu và 1.760 ha nuôi trồng thủy sản bị thiệt hại; trên 4.200 con gia súc và gần 1,1 triệu con gia cầm bị chết, cuốn trôi. Tổng thiệt hại ước trên 6.900 tỷ đồng.
Đến nay, tỉnh đã tiếp nhận và phân bổ hơn 420 tỷ đồng hỗ trợ khôi phục sản xuất nông nghiệp từ ngân sách Trung ương, ngân sách tỉnh và nguồn vận động; cấp 1.850 tấn giống lúa, 96 tấn giống ngô, lạc và 230 tấn hóa chất xử lý môi trường. Việc hỗ trợ được thực hiện theo Nghị định số 31/2017/NĐ-CP của Chính phủ, Quyết định số 4108/QĐ-UBND ngày 19/11/2020 của UBND tỉnh và Nghị quyết số 18, 19/NQ-HĐND của HĐND tỉnh về mức hỗ trợ bổ sung từ ngân sách địa phương.
Riêng đợt rét đầu tháng 1/2021 vừa qua đã làm 186 con trâu, bò ở các xã miền núi bị chết. Ông Hồ Văn Khăm, Chủ tịch UBND xã Trường Sơn (huyện Quảng Ninh) cho biết, xã có 64 hộ đồng bào Bru - Vân Kiều có gia súc chết rét, đề nghị tỉnh sớm hỗ trợ để bà con tái đàn trước vụ Đông Xuân.
Bà Trương Thị Hiền, Giám đốc Sở Nông nghiệp và PTNT cho biết, toàn tỉnh đã gieo cấy được gần 90% diện tích lúa Đông Xuân kế hoạch; tại các xã Lâm Thủy, Tân Hóa, Hải Ninh, người dân đã ổn định sản xuất. Tuy nhiên, việc chi trả hỗ trợ ở một số địa phương còn chậm, có nơi mới đạt 70%.
Kết luận hội nghị, đồng chí Đinh Xuân Nhân yêu cầu các địa phương hoàn thành chi trả hỗ trợ thiệt hại sản xuất trước Tết Nguyên đán Tân Sửu; triển khai ngay các biện pháp chống rét cho người, gia súc và mạ Đông Xuân; rà soát, xây dựng phương án ứng phó với các tình huống thiên tai năm 2021, nhất là ở 8 xã vùng thấp trũng của huyện Lệ Thủy.
Dịp này, UBND tỉnh tặng bằng khen cho 25 tập thể và 40 cá nhân có thành tích xuất sắc trong công tác phòng, chống thiên tai năm 2020.
Ngọc Mai
Tin liên quan
- Trao 200 con bò giống cho hộ nghèo vùng lũ (28/12/2020)
- Hỗ trợ giống lúa cho nông dân sau lũ (25/11/2020)
- Ban Chỉ huy PCTT&TKCN tỉnh kiểm tra công tác chống rét (08/01/2021)
""", "2021-01-12", "Quảng Bình: Hơn 420 tỷ đồng hỗ trợ người dân khôi phục sản xuất sau thiên tai",
E("tong_ket", "2020", "2021-01-11"),
[P("Đinh Xuân Nhân", "Phó Chủ tịch UBND tỉnh - Trưởng Ban Chỉ huy PCTT&TKCN tỉnh"),
 P("Hồ Văn Khăm", "Chủ tịch UBND xã Trường Sơn"),
 P("Trương Thị Hiền", "Giám đốc Sở Nông nghiệp và PTNT")],
[Q("Hơn 420 tỷ đồng", 420000000000, "đồng", "over"), Q("2 đợt rét đậm, rét hại", 2, "đợt rét đậm, rét hại"),
 Q("3 cơn bão", 3, "cơn bão"), Q("2 áp thấp nhiệt đới", 2, "áp thấp nhiệt đới"), Q("27 người", 27, "người"),
 Q("hơn 83.000 nhà", 83000, "nhà", "over"), Q("khoảng 12.400 ha", 12400, "ha", "approx"), Q("1.760 ha", 1760, "ha"),
 Q("trên 4.200 con gia súc", 4200, "con gia súc", "over"), Q("gần 1,1 triệu con gia cầm", 1100000, "con gia cầm", "approx"),
 Q("trên 6.900 tỷ đồng", 6900000000000, "đồng", "over"), Q("1.850 tấn", 1850, "tấn"), Q("96 tấn", 96, "tấn"),
 Q("230 tấn", 230, "tấn"), Q("186 con trâu, bò", 186, "con trâu, bò"), Q("64 hộ đồng bào Bru - Vân Kiều", 64, "hộ đồng bào Bru - Vân Kiều"),
 Q("gần 90%", 90, "%", "approx"), Q("70%", 70, "%"), Q("8 xã vùng thấp trũng", 8, "xã vùng thấp trũng"),
 Q("25 tập thể", 25, "tập thể"), Q("40 cá nhân", 40, "cá nhân")],
[D("Nghị định", "31", "2017/NĐ-CP", None, "Chính phủ", "Nghị định số 31/2017/NĐ-CP"),
 D("Quyết định", "4108", "QĐ-UBND", "2020-11-19", "UBND tỉnh", "Quyết định số 4108/QĐ-UBND ngày 19/11/2020"),
 D("Nghị quyết", "18", "NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 18, 19/NQ-HĐND"),
 D("Nghị quyết", "19", "NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 18, 19/NQ-HĐND")],
[prov("Quảng Bình"), com("Trường Sơn"), com("Lâm Thủy"), com("Tân Hóa"), com("Hải Ninh")],
["BÁO QUẢNG BÌNH ĐIỆN TỬ", "Chuyên mục: Kinh tế » Nông nghiệp - Nông thôn", "Toàn cảnh hội nghị tổng kết.",
 "Thứ Tư, 13/01/2021", "Tết Nguyên đán Tân Sửu"],
["Cập nhật: 06:00, 12/01/2021 (GMT+7)", "Thứ Tư, 13/01/2021", "năm 2020", "năm 2021", "tháng 10", "tháng 1/2021"]))
