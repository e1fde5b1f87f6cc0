from lib import *
PAGES = []

PAGES.append(page("b8063-hagiang-hnd-giaoban-2025", """
HỘI NÔNG DÂN TỈNH HÀ GIANG
Trang chủ » Hoạt động Hội » Tin tức
Thứ Hai, 28/04/2025 - 07:50
Ảnh: Quang cảnh hội nghị giao ban.
Hội Nông dân tỉnh: tập trung giúp hội viên khắc phục hậu quả mưa đá
Ngày 25/4, Thường trực Hội Nông dân tỉnh Hà Giang tổ chức hội nghị giao ban công tác Hội tháng 4/2025 với Hội Nông dân 11 huyện, thành phố. Đồng chí Vàng Thị Sinh, Chủ tịch Hội Nông dân tỉnh chủ trì; dự có các đồng chí Lù Văn Cương, Mai Văn Thuận - Phó Chủ tịch Hội Nông dân tỉnh.
Trong tháng 4, trên địa bàn tỉnh xảy ra 3 trận mưa đá, dông lốc, nặng nhất là trận mưa đá ngày 12/4 tại huyện Yên Minh và Quản Bạ, làm 1.384 nhà bị tốc mái, hư hỏng; khoảng 620 ha ngô, lúa, rau màu bị dập nát. Các xã bị thiệt hại nặng là Đường Thượng, Lao Và Chải (huyện Yên Minh), Cán Tỷ và Thanh Vân (huyện Quản Bạ).
Ngay sau thiên tai, các cấp Hội đã huy động 1.150 lượt hội viên giúp các hộ lợp lại mái nhà, thu dọn vườn; vận động được 236 triệu đồng, 3,5 tấn ngô giống và 800 tấm lợp hỗ trợ hội viên. Hội Nông dân huyện Yên Minh phối hợp với chính quyền rà soát, lập danh sách 412 hộ đề nghị hỗ trợ theo Nghị định số 27/2025/NĐ-CP của Chính phủ.
Đồng chí Cháng A Dương, Chủ tịch Hội Nông dân huyện Quản Bạ cho biết, nhiều hộ ở xã Cán Tỷ mất trắng diện tích ngô mới gieo, hiện đã gieo lại được gần 70%; Hội đang đề nghị Ngân hàng Chính sách xã hội cho các hộ bị thiệt hại được gia hạn nợ.
Cũng trong tháng, các cấp Hội đã kết nạp 326 hội viên mới; tổ chức 42 lớp tập huấn cho 2.100 hội viên; giải ngân 1,8 tỷ đồng từ Quỹ Hỗ trợ nông dân cho 36 hộ. Thực hiện Kế hoạch số 125-KH/TU của Ban Thường vụ Tỉnh ủy, Hội Nông dân tỉnh đã hoàn thành rà soát tổ chức bộ máy, chuẩn bị các điều kiện phục vụ việc sắp xếp đơn vị hành chính các cấp.
Kết luận giao ban, đồng chí Vàng Thị Sinh yêu cầu các cấp Hội tiếp tục nắm bắt tâm tư của hội viên vùng bị thiệt hại, không để hội viên nào thiếu giống, thiếu đói; hướng dẫn bà con chủ động gia cố nhà cửa, gieo trồng theo khung thời vụ. Tháng 5, các cấp Hội phấn đấu kết nạp ít nhất 300 hội viên mới, hoàn thành 100% chỉ tiêu hỗ trợ giống cho hộ bị thiệt hại.
Các đại biểu cũng thống nhất đề nghị Thường trực Hội Nông dân tỉnh kiến nghị với UBND tỉnh sớm phân bổ kinh phí hỗ trợ, ưu tiên các hộ nghèo, hộ đơn thân, hộ có người khuyết tật; đồng thời chỉ đạo ngành nông nghiệp hướng dẫn bà con lựa chọn giống ngô ngắn ngày để kịp thời vụ.
Minh Tuấn
Các tin khác
- Yên Minh: mưa đá làm hơn 900 nhà bị tốc mái (13/04/2025)
- Hội Nông dân tỉnh giao ban quý I/2025 (02/04/2025)
- Quản Bạ hỗ trợ giống ngô cho người dân sau mưa đá (18/04/2025)
- Đồng Văn: nông dân gieo lại ngô sau mưa đá (21/04/2025)
""", "2025-04-28", "Hội Nông dân tỉnh: tập trung giúp hội viên khắc phục hậu quả mưa đá",
E("giao_ban", "2025-04", "2025-04-25"),
[P("Vàng Thị Sinh", "Chủ tịch Hội Nông dân tỉnh"),
 P("Lù Văn Cương", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Mai Văn Thuận", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Cháng A Dương", "Chủ tịch Hội Nông dân huyện Quản Bạ")],
[Q("11 huyện, thành phố", 11, "huyện, thành phố"), Q("3 trận mưa đá, dông lốc", 3, "trận mưa đá, dông lốc"),
 Q("1.384 nhà", 1384, "nhà"), Q("khoảng 620 ha", 620, "ha", "approx"), Q("1.150 lượt hội viên", 1150, "lượt hội viên"),
 Q("236 triệu đồng", 236000000, "đồng"), Q("3,5 tấn", 3.5, "tấn"), Q("800 tấm lợp", 800, "tấm lợp"), Q("412 hộ", 412, "hộ"),
 Q("gần 70%", 70, "%", "approx"), Q("326 hội viên mới", 326, "hội viên mới"), Q("42 lớp tập huấn", 42, "lớp tập huấn"),
 Q("2.100 hội viên", 2100, "hội viên"), Q("1,8 tỷ đồng", 1800000000, "đồng"), Q("36 hộ", 36, "hộ"),
 Q("ít nhất 300 hội viên mới", 300, "hội viên mới", "over"), Q("100%", 100, "%")],
[D("Nghị định", "27", "2025/NĐ-CP", None, "Chính phủ", "Nghị định số 27/2025/NĐ-CP"),
 D("Kế hoạch", "125", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 125-KH/TU")],
[prov("Hà Giang"), com("Đường Thượng"), com("Lao Và Chải"), com("Cán Tỷ"), com("Thanh Vân")],
["HỘI NÔNG DÂN TỈNH HÀ GIANG", "Trang chủ » Hoạt động Hội » Tin tức", "Ảnh: Quang cảnh hội nghị giao ban.",
 "Quỹ Hỗ trợ nông dân", "Ngân hàng Chính sách xã hội"],
["Thứ Hai, 28/04/2025 - 07:50", "tháng 4/2025", "Tháng 5", "12/4"]))

PAGES.append(page("b8064-tuyenquang-ubnd-hoinghi-chongret-2025", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH TUYÊN QUANG
Tin tức › Nông nghiệp - Môi trường
Ngày 10/12/2025 | 16:20
Tuyên Quang: Không để người dân vùng cao thiếu đói, gia súc chết rét trong mùa đông
Ngày 9/12, UBND tỉnh Tuyên Quang tổ chức hội nghị trực tuyến triển khai công tác phòng, chống đói rét cho gia súc và bảo vệ sản xuất vụ Đông Xuân 2025 - 2026 với 124 điểm cầu các xã, phường. Đồng chí Phan Thị Huyền, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh chủ trì hội nghị.
Các đại biểu dự hội nghị tại điểm cầu tỉnh.
Theo Sở Nông nghiệp và Môi trường, toàn tỉnh hiện có hơn 512.000 con trâu, bò, ngựa, trong đó khoảng 60% tập trung ở các xã vùng cao núi đá phía Bắc như Lũng Cú, Đồng Văn, Mèo Vạc, Sơn Vĩ. Mùa đông năm trước, các đợt rét đậm, rét hại làm 1.960 con gia súc bị chết, thiệt hại gần 27 tỷ đồng; nhiều hộ mất sức kéo, phải thuê cày bừa với giá từ 300.000 đến 400.000 đồng/ngày.
Dự báo mùa đông năm nay có khoảng 15 - 17 đợt không khí lạnh, trong đó có các đợt rét đậm, rét hại kéo dài. Thực hiện Kế hoạch số 318/KH-UBND ngày 2/12/2025 của UBND tỉnh, các xã đã vận động người dân gia cố 46.500 chuồng trại, trồng mới 2.300 ha cỏ, dự trữ hơn 180.000 tấn thức ăn thô xanh.
Ông Giàng Seo Lử, Chủ tịch UBND xã Lũng Cú cho biết, xã có 2.870 hộ chăn nuôi, đến nay khoảng 85% số chuồng đã được che chắn; xã đã thành lập 23 tổ kiểm tra tại thôn, kiên quyết xử lý việc thả rông gia súc. Bà Sình Thị Dính, Chủ tịch UBND xã Mèo Vạc đề nghị tỉnh sớm bố trí kinh phí dự phòng để hỗ trợ kịp thời khi có thiệt hại, tránh tình trạng như năm trước nhiều hộ phải chờ hơn 3 tháng mới nhận được tiền.
Ông Ma Thế Hùng, Giám đốc Sở Nông nghiệp và Môi trường cho biết, theo Nghị định số 27/2025/NĐ-CP của Chính phủ, trâu, bò chết do rét được hỗ trợ tối đa 4 triệu đồng/con; ngoài ra, tỉnh đang xây dựng Nghị quyết hỗ trợ bổ sung từ ngân sách địa phương trình HĐND tỉnh tại kỳ họp cuối năm.
Kết luận hội nghị, đồng chí Phan Thị Huyền yêu cầu chủ tịch UBND các xã chịu trách nhiệm trước UBND tỉnh nếu để gia súc chết rét hàng loạt do chủ quan; khi nhiệt độ xuống dưới 12 độ C, không thả gia súc ra khỏi chuồng; thống kê, báo cáo thiệt hại trong vòng 24 giờ. Tỉnh sẽ dành 15 tỷ đồng dự phòng để hỗ trợ các xã khi có thiệt hại. Các đoàn thể được đề nghị vận động người dân giúp nhau che chắn chuồng trại, chia sẻ thức ăn cho gia súc.
Phương Linh
Tin liên quan
- Tuyên Quang xuống giống vụ Đông 2025 (20/11/2025)
- Đồng Văn: băng giá đầu mùa trên đèo Mã Pí Lèng (06/12/2025)
- Hỗ trợ 200 con bò giống cho hộ nghèo xã Lâm Bình (28/11/2025)
- Mèo Vạc: trồng cỏ, ủ thức ăn dự trữ cho gia súc mùa đông (01/12/2025)
""", "2025-12-10", "Tuyên Quang: Không để người dân vùng cao thiếu đói, gia súc chết rét trong mùa đông",
E("hoi_nghi", None, "2025-12-09"),
[P("Phan Thị Huyền", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch UBND tỉnh"),
 P("Giàng Seo Lử", "Chủ tịch UBND xã Lũng Cú"),
 P("Sình Thị Dính", "Chủ tịch UBND xã Mèo Vạc"),
 P("Ma Thế Hùng", "Giám đốc Sở Nông nghiệp và Môi trường")],
[Q("124 điểm cầu", 124, "điểm cầu"), Q("hơn 512.000 con trâu, bò, ngựa", 512000, "con trâu, bò, ngựa", "over"),
 Q("khoảng 60%", 60, "%", "approx"), Q("1.960 con gia súc", 1960, "con gia súc"), Q("gần 27 tỷ đồng", 27000000000, "đồng", "approx"),
 Q("từ 300.000", 300000, "đồng"), Q("400.000 đồng/ngày", 400000, "đồng"), Q("khoảng 15", 15, "đợt không khí lạnh", "approx"),
 Q("17 đợt không khí lạnh", 17, "đợt không khí lạnh", "approx"), Q("46.500 chuồng trại", 46500, "chuồng trại"), Q("2.300 ha", 2300, "ha"),
 Q("hơn 180.000 tấn", 180000, "tấn", "over"), Q("2.870 hộ chăn nuôi", 2870, "hộ chăn nuôi"), Q("khoảng 85%", 85, "%", "approx"),
 Q("23 tổ kiểm tra", 23, "tổ kiểm tra"), Q("tối đa 4 triệu đồng/con", 4000000, "đồng"), Q("15 tỷ đồng", 15000000000, "đồng")],
[D("Kế hoạch", "318", "KH-UBND", "2025-12-02", "UBND tỉnh", "Kế hoạch số 318/KH-UBND ngày 2/12/2025"),
 D("Nghị định", "27", "2025/NĐ-CP", None, "Chính phủ", "Nghị định số 27/2025/NĐ-CP")],
[prov("Tuyên Quang"), com("Lũng Cú"), com("Đồng Văn"), com("Mèo Vạc"), com("Sơn Vĩ")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH TUYÊN QUANG", "Tin tức › Nông nghiệp - Môi trường", "Các đại biểu dự hội nghị tại điểm cầu tỉnh."],
["Ngày 10/12/2025 | 16:20", "vụ Đông Xuân 2025 - 2026", "Mùa đông năm trước", "hơn 3 tháng", "12 độ C", "24 giờ"]))

PAGES.append(page("b8065-laocai-mttq-traoqua-2026", """
BÁO LÀO CAI
Xã hội | Vì người nghèo
Thứ Năm, 22/01/2026, 08:05
Trao 85 con trâu, bò giống cho hộ có gia súc chết rét ở vùng cao
Ngày 20/1, Ủy ban MTTQ Việt Nam tỉnh Lào Cai phối hợp với UBND xã Mù Cang Chải và xã Khao Mang tổ chức trao 85 con trâu, bò giống cho các hộ nghèo có gia súc bị chết trong đợt rét hại đầu tháng 1/2026. Dự có đồng chí Thào A Dơ, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Nông dân tỉnh.
Người dân xã Khao Mang nhận bò giống.
Đợt rét hại từ ngày 3 đến 9/1/2026 kèm băng giá, sương muối đã làm 1.372 con gia súc của người dân các xã vùng cao bị chết, trong đó xã Mù Cang Chải 318 con, xã Khao Mang 206 con, xã Y Tý 174 con, xã Bát Xát 97 con. Nhiều hộ đồng bào Mông, Dao mất con trâu duy nhất, không còn sức kéo cho vụ xuân.
Từ nguồn Quỹ "Vì người nghèo" và sự ủng hộ của các doanh nghiệp, Ủy ban MTTQ Việt Nam tỉnh đã mua 85 con trâu, bò giống với tổng trị giá hơn 1,7 tỷ đồng, mỗi con trị giá từ 18 đến 22 triệu đồng. Đợt này có 52 hộ ở xã Mù Cang Chải và 33 hộ ở xã Khao Mang được nhận, ưu tiên hộ nghèo, hộ mất từ 2 con trâu trở lên.
Ông Hờ A Chống ở thôn Lìm Mông, xã Khao Mang xúc động: "Nhà tôi chết 2 con trâu trong đợt rét vừa rồi, tưởng năm nay không có trâu cày. Được Mặt trận cho con bò này, tôi sẽ làm chuồng thật kín, chăm sóc cẩn thận".
Ông Lý Láo Tả, Chủ tịch UBND xã Y Tý cho biết, ngoài nguồn hỗ trợ của tỉnh, theo Nghị định số 27/2025/NĐ-CP, các hộ có gia súc chết sẽ được hỗ trợ tiền mặt; xã đã hoàn thành thống kê, công khai danh sách 174 con gia súc chết của 121 hộ và gửi hồ sơ lên tỉnh. Bà Sùng Thị Mai, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Mù Cang Chải, Chủ tịch Hội Liên hiệp Phụ nữ xã cho biết hội viên phụ nữ đã góp được 4.600 ngày công giúp các hộ làm lại chuồng trại.
Phát biểu tại buổi trao, đồng chí Thào A Dơ đề nghị các hộ nhận trâu, bò sử dụng đúng mục đích, không bán, không giết thịt; chính quyền xã giao cho thôn, chi hội nông dân theo dõi, giúp đỡ. Ủy ban MTTQ Việt Nam tỉnh sẽ tiếp tục vận động để trao thêm 60 con bò giống cho xã Y Tý và xã Bát Xát trước Tết Nguyên đán Bính Ngọ.
Trong tháng 1/2026, Ủy ban MTTQ các cấp trong tỉnh đã tiếp nhận ủng hộ chống rét với tổng trị giá khoảng 3,2 tỷ đồng, trao 5.800 chăn ấm và 2.400 bộ quần áo cho người dân vùng cao.
Văn Thắng
Tin liên quan
- Y Tý: băng giá dày đặc, nhiệt độ xuống âm 2 độ C (08/01/2026)
- Lào Cai chủ động chống rét cho người và gia súc (05/01/2026)
- Trao 1.000 suất quà Tết cho hộ nghèo (15/01/2026)
- Mù Cang Chải: người dân che chắn chuồng trại cho trâu bò (04/01/2026)
""", "2026-01-22", "Trao 85 con trâu, bò giống cho hộ có gia súc chết rét ở vùng cao",
E("trao_qua", None, "2026-01-20"),
[P("Thào A Dơ", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Nông dân tỉnh"),
 P("Hờ A Chống"),
 P("Lý Láo Tả", "Chủ tịch UBND xã Y Tý"),
 P("Sùng Thị Mai", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Mù Cang Chải", "Chủ tịch Hội Liên hiệp Phụ nữ xã")],
[Q("85 con trâu, bò giống", 85, "con trâu, bò giống"), Q("1.372 con gia súc", 1372, "con gia súc"), Q("318 con", 318, "con"),
 Q("206 con", 206, "con"), Q("174 con", 174, "con"), Q("97 con", 97, "con"), Q("hơn 1,7 tỷ đồng", 1700000000, "đồng", "over"),
 Q("từ 18", 18000000, "đồng"), Q("22 triệu đồng", 22000000, "đồng"), Q("52 hộ", 52, "hộ"), Q("33 hộ", 33, "hộ"),
 Q("từ 2 con trâu trở lên", 2, "con trâu", "over"), Q("2 con trâu", 2, "con trâu"), Q("121 hộ", 121, "hộ"),
 Q("4.600 ngày công", 4600, "ngày công"), Q("60 con bò giống", 60, "con bò giống"),
 Q("khoảng 3,2 tỷ đồng", 3200000000, "đồng", "approx"), Q("5.800 chăn ấm", 5800, "chăn ấm"), Q("2.400 bộ quần áo", 2400, "bộ quần áo")],
[D("Nghị định", "27", "2025/NĐ-CP", None, None, "Nghị định số 27/2025/NĐ-CP")],
[prov("Lào Cai"), com("Mù Cang Chải"), com("Khao Mang"), com("Y Tý"), com("Bát Xát")],
["BÁO LÀO CAI", "Xã hội | Vì người nghèo", "Người dân xã Khao Mang nhận bò giống.", "Vì người nghèo", "Tết Nguyên đán Bính Ngọ"],
["Thứ Năm, 22/01/2026, 08:05", "tháng 1/2026", "9/1/2026", "Trong tháng 1/2026"]))

PAGES.append(page("b8066-thainguyen-mttq-giamsat-2026", """
ỦY BAN MTTQ VIỆT NAM TỈNH THÁI NGUYÊN
Trang chủ >> Giám sát và phản biện xã hội
26-02-2026 09:40
Giám sát chi trả hỗ trợ thiệt hại sản xuất do rét hại tại 4 xã phía Bắc tỉnh
Từ ngày 23 đến 24/2/2026, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Thái Nguyên do đồng chí Hoàng Thị Xuân, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc chi trả hỗ trợ khôi phục sản xuất cho người dân bị thiệt hại do đợt rét đậm, rét hại đầu năm tại các xã Chợ Đồn, Bằng Thành, Phủ Thông và Na Rì. Đây là cuộc giám sát chuyên đề đầu tiên trong chương trình giám sát năm 2026.
Đoàn giám sát kiểm tra hồ sơ chi trả tại xã Bằng Thành.
Cùng tham gia đoàn có đồng chí Lục Văn Thành, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh và đại diện Sở Nông nghiệp và Môi trường, Sở Dân tộc và Tôn giáo, Sở Tài chính.
Theo báo cáo của 4 xã, đợt rét từ ngày 3 đến 10/1/2026 đã làm 684 con trâu, bò, ngựa, dê bị chết; khoảng 215 ha mạ, rau màu và 92 ha cây ăn quả bị hư hại. Thực hiện Quyết định số 96/QĐ-UBND ngày 20/1/2026 của UBND tỉnh, 4 xã đã được cấp 3,15 tỷ đồng; đến ngày 20/2, đã chi trả cho 512/569 hộ, đạt 90%.
Tại xã Bằng Thành, đoàn đã trực tiếp gặp một số hộ được hỗ trợ. Bà Triệu Thị Nhất, người Dao ở thôn Khuổi Ú cho biết, gia đình có 2 con bò và 1 con trâu chết rét, đã nhận 9 triệu đồng hỗ trợ và vay thêm vốn để mua bò giống. Ông Dương Văn Kiên, Bí thư Đảng ủy, Chủ tịch HĐND xã Bằng Thành cho biết, xã đã niêm yết công khai danh sách tại 100% thôn, không có đơn thư khiếu nại.
Qua giám sát, đoàn đánh giá các xã đã tổ chức thống kê, chi trả cơ bản đúng quy định của Nghị định số 27/2025/NĐ-CP; tuy nhiên còn 57 hộ ở xã Na Rì và Phủ Thông chưa được chi trả do hồ sơ chưa đầy đủ, một số hộ có gia súc chết nhưng không báo kịp thời nên không đủ điều kiện hỗ trợ.
Kết luận giám sát, đồng chí Hoàng Thị Xuân đề nghị UBND các xã hoàn thành chi trả trước ngày 15/3/2026; hướng dẫn người dân thủ tục bổ sung hồ sơ; tuyên truyền để bà con báo cáo ngay khi có thiệt hại. Đồng chí cũng đề nghị Sở Nông nghiệp và Môi trường nghiên cứu, tham mưu UBND tỉnh cơ chế hỗ trợ bê, nghé và dê bị chết rét.
Sau giám sát, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh sẽ có văn bản kiến nghị gửi UBND tỉnh và các xã; đồng thời đôn đốc việc thực hiện các kiến nghị trong quý II.
Bích Ngọc
Tin liên quan
- Thái Nguyên triển khai chương trình giám sát năm 2026 (10/01/2026)
- Hơn 600 con gia súc chết rét ở các xã phía Bắc tỉnh (12/01/2026)
- MTTQ tỉnh trao 2.000 chăn ấm cho người dân vùng cao (15/01/2026)
""", "2026-02-26", "Giám sát chi trả hỗ trợ thiệt hại sản xuất do rét hại tại 4 xã phía Bắc tỉnh",
E("giam_sat", "2026", "2026-02-23"),
[P("Hoàng Thị Xuân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lục Văn Thành", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Triệu Thị Nhất"),
 P("Dương Văn Kiên", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Bằng Thành")],
[Q("4 xã", 4, "xã"), Q("684 con trâu, bò, ngựa, dê", 684, "con trâu, bò, ngựa, dê"), Q("khoảng 215 ha", 215, "ha", "approx"),
 Q("92 ha", 92, "ha"), Q("3,15 tỷ đồng", 3150000000, "đồng"), Q("512/569 hộ", 512, "hộ"), Q("90%", 90, "%"),
 Q("2 con bò", 2, "con bò"), Q("1 con trâu", 1, "con trâu"), Q("9 triệu đồng", 9000000, "đồng"), Q("100% thôn", 100, "%"),
 Q("57 hộ", 57, "hộ")],
[D("Quyết định", "96", "QĐ-UBND", "2026-01-20", "UBND tỉnh", "Quyết định số 96/QĐ-UBND ngày 20/1/2026"),
 D("Nghị định", "27", "2025/NĐ-CP", None, None, "Nghị định số 27/2025/NĐ-CP")],
[prov("Thái Nguyên"), com("Chợ Đồn"), com("Bằng Thành"), com("Phủ Thông"), com("Na Rì")],
["ỦY BAN MTTQ VIỆT NAM TỈNH THÁI NGUYÊN", "Trang chủ >> Giám sát và phản biện xã hội",
 "Đoàn giám sát kiểm tra hồ sơ chi trả tại xã Bằng Thành."],
["26-02-2026 09:40", "năm 2026", "10/1/2026", "15/3/2026", "quý II", "20/2"]))

PAGES.append(page("b8067-lamdong-pctt-tongket-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH LÂM ĐỒNG
Thời sự › Kinh tế › Nông nghiệp
09/01/2026 - 10:05
Toàn cảnh hội nghị tổng kết.
Hơn 96 tỷ đồng hỗ trợ nông dân khôi phục sản xuất sau thiên tai
Sáng 8/1, Ban Chỉ huy Phòng thủ dân sự tỉnh Lâm Đồng tổ chức hội nghị tổng kết công tác phòng, chống thiên tai, tìm kiếm cứu nạn năm 2025, triển khai nhiệm vụ năm 2026. Đây là năm đầu tiên tỉnh tổng kết công tác này sau khi hợp nhất 3 tỉnh Lâm Đồng, Đắk Nông và Bình Thuận. Ông Nguyễn Hữu Phước, Phó Chủ tịch UBND tỉnh, Phó Trưởng ban Thường trực Ban Chỉ huy chủ trì hội nghị.
Năm 2025, trên địa bàn tỉnh xảy ra 12 loại hình thiên tai, trong đó có 38 trận mưa đá, dông lốc, 4 đợt nắng nóng, hạn hán và nhiều đợt mưa lớn gây sạt lở. Thiên tai làm 9 người chết; 4.870 nhà bị hư hỏng, tốc mái; hơn 16.500 ha cây trồng bị thiệt hại, trong đó có 1.240 ha nhà kính, nhà lưới. Tổng thiệt hại ước trên 1.350 tỷ đồng.
Thực hiện Nghị định số 27/2025/NĐ-CP của Chính phủ và Quyết định số 1280/QĐ-UBND ngày 14/8/2025 của UBND tỉnh, toàn tỉnh đã chi hơn 96 tỷ đồng hỗ trợ khôi phục sản xuất cho khoảng 14.300 hộ; cấp 420 tấn giống lúa, ngô và 85.000 cây giống cà phê. Nhiều xã như Đơn Dương, Lạc Dương, Tuy Phong và Quảng Khê đã hoàn thành 100% việc chi trả.
Tại hội nghị, ông K'Brơi, Chủ tịch UBND xã Lạc Dương cho biết, trận mưa đá ngày 6/5/2025 đã làm hư hỏng 186 ha nhà kính trồng rau, hoa; xã đã phối hợp với các ngân hàng cho 312 hộ được giãn nợ và vay mới khoảng 45 tỷ đồng. Ông Thập Văn Nhân, Phó Chủ tịch UBND xã Tuy Phong đề nghị tỉnh có chính sách riêng hỗ trợ nông dân trồng thanh long, nho bị thiệt hại do nắng hạn kéo dài.
Bà Điểu Thị Hương, Phó Giám đốc Sở Nông nghiệp và Môi trường thừa nhận, việc chi trả ở một số xã mới sắp xếp còn chậm do bàn giao hồ sơ giữa huyện cũ và xã mới; tỷ lệ giải ngân toàn tỉnh đạt khoảng 88%. Theo bà, đơn giá hỗ trợ hiện từ 2 đến 8 triệu đồng/ha, chưa bù đắp được chi phí đầu tư nhà kính.
Kết luận hội nghị, ông Nguyễn Hữu Phước yêu cầu các xã, phường hoàn thành chi trả trước Tết Nguyên đán Bính Ngọ; rà soát, kiện toàn Ban Chỉ huy Phòng thủ dân sự cấp xã; xây dựng phương án ứng phó với mưa đá, dông lốc ở vùng sản xuất nông nghiệp công nghệ cao. Sở Nông nghiệp và Môi trường được giao nghiên cứu, tham mưu trình HĐND tỉnh chính sách hỗ trợ nhà kính bị thiệt hại do thiên tai trong quý I/2026.
Dịp này, UBND tỉnh tặng bằng khen cho 18 tập thể và 27 cá nhân có thành tích xuất sắc trong công tác phòng, chống thiên tai năm 2025.
Hoàng Sa
Tin liên quan
- Lạc Dương: mưa đá làm hư hỏng gần 200 ha nhà kính (07/05/2025)
- Lâm Đồng kiện toàn Ban Chỉ huy Phòng thủ dân sự tỉnh (20/08/2025)
- Tuy Phong: nông dân trồng nho lao đao vì nắng hạn (15/06/2025)
""", "2026-01-09", "Hơn 96 tỷ đồng hỗ trợ nông dân khôi phục sản xuất sau thiên tai",
E("tong_ket", "2025", "2026-01-08"),
[P("Nguyễn Hữu Phước", "Phó Chủ tịch UBND tỉnh", "Phó Trưởng ban Thường trực Ban Chỉ huy"),
 P("K'Brơi", "Chủ tịch UBND xã Lạc Dương"),
 P("Thập Văn Nhân", "Phó Chủ tịch UBND xã Tuy Phong"),
 P("Điểu Thị Hương", "Phó Giám đốc Sở Nông nghiệp và Môi trường")],
[Q("Hơn 96 tỷ đồng", 96000000000, "đồng", "over"), Q("3 tỉnh", 3, "tỉnh"), Q("12 loại hình thiên tai", 12, "loại hình thiên tai"),
 Q("38 trận mưa đá, dông lốc", 38, "trận mưa đá, dông lốc"), Q("4 đợt nắng nóng, hạn hán", 4, "đợt nắng nóng, hạn hán"),
 Q("9 người", 9, "người"), Q("4.870 nhà", 4870, "nhà"), Q("hơn 16.500 ha", 16500, "ha", "over"), Q("1.240 ha", 1240, "ha"),
 Q("trên 1.350 tỷ đồng", 1350000000000, "đồng", "over"), Q("khoảng 14.300 hộ", 14300, "hộ", "approx"), Q("420 tấn", 420, "tấn"),
 Q("85.000 cây giống cà phê", 85000, "cây giống cà phê"), Q("100%", 100, "%"), Q("186 ha", 186, "ha"), Q("312 hộ", 312, "hộ"),
 Q("khoảng 45 tỷ đồng", 45000000000, "đồng", "approx"), Q("khoảng 88%", 88, "%", "approx"), Q("từ 2", 2000000, "đồng"),
 Q("8 triệu đồng/ha", 8000000, "đồng"), Q("18 tập thể", 18, "tập thể"), Q("27 cá nhân", 27, "cá nhân")],
[D("Nghị định", "27", "2025/NĐ-CP", None, "Chính phủ", "Nghị định số 27/2025/NĐ-CP"),
 D("Quyết định", "1280", "QĐ-UBND", "2025-08-14", "UBND tỉnh", "Quyết định số 1280/QĐ-UBND ngày 14/8/2025")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Đơn Dương"), com("Lạc Dương"), com("Tuy Phong"), com("Quảng Khê")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH LÂM ĐỒNG", "Thời sự › Kinh tế › Nông nghiệp", "Toàn cảnh hội nghị tổng kết.",
 "Tết Nguyên đán Bính Ngọ"],
["09/01/2026 - 10:05", "năm 2025", "năm 2026", "quý I/2026", "6/5/2025"]))

PAGES.append(page("b8068-phutho-muada-taison-2026", """
BÁO PHÚ THỌ ĐIỆN TỬ
Trang chủ / Xã hội / Đời sống
14/4/2026 | 11:20
Chè, ngô bị mưa đá làm dập nát, xã vùng cao khẩn trương hỗ trợ người dân
Chiều 12/4, mưa đá kèm dông lốc kéo dài gần 25 phút đã gây thiệt hại nặng cho sản xuất và nhà ở của người dân nhiều xã vùng cao tỉnh Phú Thọ, trong đó nặng nhất là các xã Tân Sơn, Xuân Đài, Pà Cò và Mai Châu.
Đồi chè của người dân xã Xuân Đài sau trận mưa đá.
Theo thống kê ban đầu của các xã, mưa đá làm 763 nhà bị tốc mái, vỡ ngói; khoảng 410 ha chè, 280 ha ngô và 65 ha lúa xuân bị dập nát, trong đó hơn 120 ha ngô gần như mất trắng. Ước tổng thiệt hại khoảng 14 tỷ đồng.
Có mặt tại xóm Lùng Mằng, xã Tân Sơn, chúng tôi thấy những đồi chè đang mùa hái búp chỉ còn trơ cành. Bà Đinh Thị Khuyên, người Mường, có 8.000 m2 chè cho biết: "Lứa chè xuân đang được giá thì bị đá rơi trụi hết búp, ít nhất 45 ngày nữa mới hái lại được".
Ngay sau trận mưa đá, đồng chí Hà Văn Quang, ĐUV, Phó Chủ tịch UBND xã Tân Sơn đã cùng cán bộ xã xuống từng xóm thống kê thiệt hại. Theo đồng chí Quang, xã đã xuất 150 triệu đồng từ ngân sách dự phòng hỗ trợ khẩn cấp 2 triệu đồng/hộ có nhà bị tốc mái hoàn toàn; huy động hơn 200 lượt dân quân, đoàn viên giúp dân lợp lại mái nhà.
Tại xã Pà Cò, ông Giàng A Dính, Bí thư Chi bộ kiêm Trưởng bản Pà Cò Lớn cho biết, bản có 64 hộ đồng bào Mông bị thiệt hại ngô; bà con đang làm đất để gieo lại nhưng nhiều hộ thiếu giống. Ông Vì Văn Lực, Chủ tịch UBND xã Mai Châu đề nghị tỉnh hỗ trợ khoảng 12 tấn ngô giống để người dân kịp gieo trồng trước ngày 30/4.
Theo ông Lê Thanh Bình, Phó Giám đốc Sở Nông nghiệp và Môi trường, Sở đã cử 3 đoàn công tác xuống các xã hướng dẫn bà con đốn chè, bón phân phục hồi và phòng bệnh cho cây; đồng thời tổng hợp, tham mưu UBND tỉnh hỗ trợ theo Nghị định số 27/2025/NĐ-CP. Mức hỗ trợ dự kiến từ 1 đến 6 triệu đồng/ha tùy loại cây trồng và mức độ thiệt hại.
Trung tâm Khí tượng Thủy văn tỉnh cho biết, trong tháng 4 còn có thể xảy ra dông, lốc, mưa đá cục bộ ở các xã miền núi. Người dân cần theo dõi thông tin dự báo, gia cố nhà cửa, chằng chống mái tôn, không trú dưới gốc cây to khi có dông. Chính quyền các xã được yêu cầu công khai danh sách hộ bị thiệt hại tại nhà văn hóa các xóm, bản để người dân theo dõi, giám sát.
Hải Yến
Tin cùng chuyên mục
- Mai Châu: lốc xoáy làm tốc mái hàng chục nhà dân (03/04/2026)
- Phú Thọ hỗ trợ hơn 5 tỷ đồng khắc phục thiên tai đầu năm (28/03/2026)
- Nông dân Thanh Sơn trúng vụ chè xuân (20/03/2026)
- Tân Sơn: hướng dẫn nông dân đốn chè sau thiên tai (15/03/2026)
""", "2026-04-14", "Chè, ngô bị mưa đá làm dập nát, xã vùng cao khẩn trương hỗ trợ người dân",
E("khac", None, None),
[P("Đinh Thị Khuyên"),
 P("Hà Văn Quang", "ĐUV", "Phó Chủ tịch UBND xã Tân Sơn"),
 P("Giàng A Dính", "Bí thư Chi bộ kiêm Trưởng bản Pà Cò Lớn"),
 P("Vì Văn Lực", "Chủ tịch UBND xã Mai Châu"),
 P("Lê Thanh Bình", "Phó Giám đốc Sở Nông nghiệp và Môi trường")],
[Q("763 nhà", 763, "nhà"), Q("khoảng 410 ha", 410, "ha", "approx"), Q("280 ha", 280, "ha"), Q("65 ha", 65, "ha"),
 Q("hơn 120 ha", 120, "ha", "over"), Q("khoảng 14 tỷ đồng", 14000000000, "đồng", "approx"), Q("8.000 m2", 8000, "m2"),
 Q("150 triệu đồng", 150000000, "đồng"), Q("2 triệu đồng/hộ", 2000000, "đồng"),
 Q("hơn 200 lượt dân quân, đoàn viên", 200, "lượt dân quân, đoàn viên", "over"), Q("64 hộ đồng bào Mông", 64, "hộ đồng bào Mông"),
 Q("khoảng 12 tấn", 12, "tấn", "approx"), Q("3 đoàn công tác", 3, "đoàn công tác"), Q("từ 1", 1000000, "đồng"),
 Q("6 triệu đồng/ha", 6000000, "đồng")],
[D("Nghị định", "27", "2025/NĐ-CP", None, None, "Nghị định số 27/2025/NĐ-CP")],
[prov("Phú Thọ"), com("Tân Sơn"), com("Xuân Đài"), com("Pà Cò"), com("Mai Châu")],
["BÁO PHÚ THỌ ĐIỆN TỬ", "Trang chủ / Xã hội / Đời sống", "Đồi chè của người dân xã Xuân Đài sau trận mưa đá.",
 "Trung tâm Khí tượng Thủy văn tỉnh"],
["14/4/2026 | 11:20", "gần 25 phút", "ít nhất 45 ngày", "tháng 4", "12/4", "30/4"]))
