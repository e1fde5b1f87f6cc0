from lib import *
PAGES = []

PAGES.append(page("b389-laocai-bdv-tongket-2010", """
BAN DÂN VẬN TỈNH ỦY LÀO CAI
Cổng thông tin công tác dân vận tỉnh Lào Cai
Trang chủ > Hoạt động > Tin trong tỉnh
Cập nhật lúc 10:15 ngày 14/02/2011

Lào Cai tổng kết công tác dân vận năm 2010: 2.350 hộ được hỗ trợ xóa nhà tạm

(DVLC) - Ngày 11/2/2011, Ban Dân vận Tỉnh ủy Lào Cai tổ chức hội nghị tổng kết công tác dân vận năm 2010, triển khai nhiệm vụ năm 2011. Đồng chí Giàng Seo Phử, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.

Toàn cảnh hội nghị tổng kết. Ảnh: Thu Hà

Dự hội nghị có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Lù A Dơ, Tẩn Thị Mẩy, Hoàng Văn Sình; đại diện khối dân vận 9 huyện, thành phố.

Báo cáo tại hội nghị cho biết, năm 2010 cấp ủy các cấp đã quán triệt chỉ thị 05, 06-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường công tác dân vận ở vùng cao, vùng biên giới. Khối dân vận đã vận động nhân dân hiến trên 38.000 m2 đất làm đường, góp 9.800 ngày công; hỗ trợ 2.350 hộ xóa nhà tạm với tổng kinh phí 27,4 tỷ đồng, mỗi hộ được hỗ trợ 7 triệu đồng từ ngân sách và phần còn lại do dòng họ, bà con giúp đỡ. Cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư" được 164 xã, phường, thị trấn hưởng ứng.

Tại xã Y Tý, ông Sùng A Páo, trưởng thôn Lao Chải, đã vận động 46 hộ dân hiến đất mở 4,5 km đường liên thôn. Xã Bản Lầu xây dựng được 12 mô hình thôn bản "3 không" (không ma túy, không trộm cắp, không tảo hôn).

Phát biểu chỉ đạo, đồng chí Tráng A Tỉnh, Phó Bí thư Tỉnh ủy, đề nghị khối dân vận bám sát cơ sở, nắm chắc tình hình nhân dân, nhất là ở các xã biên giới, kịp thời tham mưu giải quyết những vướng mắc về đất đai, tái định cư.

Dịp này, Ban Dân vận Tỉnh ủy tặng Giấy khen cho 18 tập thể và 27 cá nhân có thành tích xuất sắc trong công tác dân vận năm 2010.

Thu Hà
Lượt xem: 1.302

Tin liên quan
- Bát Xát: hội nghị chuyên đề công tác dân vận chính quyền (05/01/2011)
- Lào Cai: tập huấn nghiệp vụ cho 120 cán bộ dân vận cơ sở (28/12/2010)
""", "2011-02-14",
"Lào Cai tổng kết công tác dân vận năm 2010: 2.350 hộ được hỗ trợ xóa nhà tạm",
E("tong_ket", "2010", "2011-02-11"),
[P("Giàng Seo Phử", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lù A Dơ", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Tẩn Thị Mẩy", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hoàng Văn Sình", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Sùng A Páo", "trưởng thôn Lao Chải"),
 P("Tráng A Tỉnh", "Phó Bí thư Tỉnh ủy")],
[Q("2.350 hộ", 2350, "hộ"), Q("9 huyện, thành phố", 9, "huyện, thành phố"),
 Q("trên 38.000 m2", 38000, "m2", "over"), Q("9.800 ngày công", 9800, "ngày công"),
 Q("27,4 tỷ đồng", 27400000000, "đồng"), Q("7 triệu đồng", 7000000, "đồng"),
 Q("164 xã, phường, thị trấn", 164, "xã, phường, thị trấn"), Q("46 hộ dân", 46, "hộ dân"),
 Q("4,5 km", 4.5, "km"), Q("12 mô hình", 12, "mô hình"), Q("18 tập thể", 18, "tập thể"), Q("27 cá nhân", 27, "cá nhân")],
[D("Chỉ thị", "05", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "chỉ thị 05, 06-CT/TU"),
 D("Chỉ thị", "06", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "chỉ thị 05, 06-CT/TU")],
[prov("Lào Cai"), com("Y Tý"), com("Bản Lầu")],
["BAN DÂN VẬN TỈNH ỦY LÀO CAI", "Cổng thông tin công tác dân vận tỉnh Lào Cai", "Trang chủ > Hoạt động > Tin trong tỉnh",
 "Toàn cảnh hội nghị tổng kết. Ảnh: Thu Hà", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "thôn Lao Chải", "Lượt xem: 1.302"],
["3 không", "Lượt xem: 1.302", "năm 2010", "năm 2011", "10:15"]))

PAGES.append(page("b390-yenbai-mttq-traoqua-2012", """
ỦY BAN MTTQ VIỆT NAM TỈNH YÊN BÁI
Trang thông tin điện tử Mặt trận Tổ quốc tỉnh Yên Bái
Hôm nay là Thứ Tư, 25/01/2012
Trang chủ » Hoạt động Mặt trận » An sinh xã hội
Thứ Ba, 17/01/2012, 08:47 GMT+7

Trao 860 suất quà Tết cho hộ nghèo vùng cao

(MTYB) - Từ ngày 14 đến 16/1/2012, Ủy ban MTTQ Việt Nam tỉnh Yên Bái tổ chức trao quà Tết Nhâm Thìn cho hộ nghèo, gia đình chính sách tại 2 huyện Mù Cang Chải và Trạm Tấu trong chương trình "Tết vì người nghèo" năm 2012.

Trao 860 suất quà Tết cho hộ nghèo xã Nậm Có.

Các đoàn do các ông Hà Văn Phán, Vàng A Chông, Triệu Tiến Vinh - Phó Chủ tịch Ủy ban MTTQ tỉnh dẫn đầu đã trao 860 suất quà, tổng trị giá 430 triệu đồng; mỗi suất gồm 500.000 đồng tiền mặt, 10 kg gạo và 1 chiếc chăn. Nguồn quà được trích từ Quỹ "Vì người nghèo" tỉnh và sự ủng hộ của 14 doanh nghiệp.

Thực hiện Kế hoạch số 03/KH-MTTQ ngày 4/1/2012 của Ban Thường trực Ủy ban MTTQ tỉnh, Mặt trận các cấp đã vận động được hơn 2,1 tỷ đồng chăm lo Tết cho người nghèo, trong đó cấp tỉnh trên 700 triệu đồng.

Tại xã Suối Giàng, ông Vàng A Chông thăm hỏi gia đình ông Mùa A Sào, người có uy tín bản Pang Cáng, và đề nghị già làng tiếp tục vận động bà con không đốt rừng làm nương, giữ gìn an ninh trật tự trong dịp Tết.

Bà Lò Thị Lả, hộ nghèo xã Nậm Có, xúc động: "Có gạo, có chăn, Tết này nhà tôi ấm hơn".

Cùng dịp, Mặt trận huyện Trạm Tấu phối hợp trao thêm 120 phần quà cho học sinh nghèo, mỗi phần trị giá 200 nghìn đồng.

Thanh Bình - Văn phòng Ủy ban MTTQ tỉnh
Số lần đọc: 876

Các tin khác
- Yên Bái: hội nghị Ủy ban MTTQ tỉnh lần thứ 5 (29/12/2011)
- Văn Chấn: 65 căn nhà Đại đoàn kết được bàn giao (20/12/2011)
""", "2012-01-17",
"Trao 860 suất quà Tết cho hộ nghèo vùng cao",
E("trao_qua", None, "2012-01-14"),
[P("Hà Văn Phán", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Vàng A Chông", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Triệu Tiến Vinh", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Mùa A Sào", "người có uy tín bản Pang Cáng"),
 P("Lò Thị Lả", "hộ nghèo xã Nậm Có")],
[Q("860 suất quà", 860, "suất quà"), Q("2 huyện", 2, "huyện"), Q("430 triệu đồng", 430000000, "đồng"),
 Q("500.000 đồng", 500000, "đồng"), Q("10 kg", 10, "kg"), Q("1 chiếc chăn", 1, "chiếc chăn"),
 Q("14 doanh nghiệp", 14, "doanh nghiệp"), Q("hơn 2,1 tỷ đồng", 2100000000, "đồng", "over"),
 Q("trên 700 triệu đồng", 700000000, "đồng", "over"), Q("120 phần quà", 120, "phần quà"),
 Q("200 nghìn đồng", 200000, "đồng")],
[D("Kế hoạch", "03", "KH-MTTQ", "2012-01-04", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 03/KH-MTTQ ngày 4/1/2012")],
[prov("Yên Bái"), com("Nậm Có"), com("Suối Giàng")],
["ỦY BAN MTTQ VIỆT NAM TỈNH YÊN BÁI", "Trang thông tin điện tử Mặt trận Tổ quốc tỉnh Yên Bái", "Trang chủ » Hoạt động Mặt trận » An sinh xã hội",
 "Trao 860 suất quà Tết cho hộ nghèo xã Nậm Có.", "Tết vì người nghèo", "Vì người nghèo", "bản Pang Cáng", "Văn phòng Ủy ban MTTQ tỉnh", "Mù Cang Chải"],
["Hôm nay là Thứ Tư, 25/01/2012", "Tết Nhâm Thìn", "Số lần đọc: 876", "08:47 GMT+7", "năm 2012"]))

PAGES.append(page("b391-caobang-hnd-doithoai-2013", """
HỘI NÔNG DÂN TỈNH CAO BẰNG
Website Hội Nông dân tỉnh Cao Bằng - Nông dân Non nước Cao Bằng
Tin tức | Hoạt động Hội | Đối thoại
Ngày gửi: 22/04/2013 - Người gửi: quantri

Nông dân Cao Bằng nêu 43 ý kiến về giống, vốn và giá vật tư

Sáng 19/4, tại thành phố Cao Bằng, Hội Nông dân tỉnh phối hợp với UBND tỉnh tổ chức hội nghị đối thoại giữa Chủ tịch UBND tỉnh với nông dân năm 2013. Gần 250 hội viên nông dân tiêu biểu của 13 huyện, thành phố dự hội nghị.

Nông dân huyện Trùng Khánh nêu ý kiến tại hội nghị.

Chủ trì hội nghị có đồng chí Nông Văn Slấu, Phó Chủ tịch UBND tỉnh, và đồng chí Lương Thị Hìn, người vừa được Ban Chấp hành Hội Nông dân tỉnh bầu giữ chức Chủ tịch Hội Nông dân tỉnh. Cùng dự có đồng chí Hoàng Văn Pảo, Phó Chủ tịch - Trưởng ban Kinh tế - Xã hội Hội Nông dân tỉnh.

Tại hội nghị, nông dân đã nêu 43 ý kiến, tập trung vào giống ngô, giống lúa lai, vốn vay và giá phân bón tăng từ 9.000 lên 11.500 đồng/kg. Ông Đàm Văn Sláy, hội viên xóm Nà Rị, xã Ngọc Côn, đề nghị tỉnh hỗ trợ giống thuốc lá; bà Lý Thị Nái (dân tộc Dao), hội viên xã Hồng Việt, hỏi về thủ tục vay vốn Quỹ Hỗ trợ nông dân.

Trả lời nông dân, đồng chí Nông Văn Slấu cho biết tỉnh đang triển khai quyết định số 1285/QĐ-UBND về hỗ trợ giống cây trồng và Quyết định 2417/QĐ-TTg của Thủ tướng Chính phủ về đào tạo nghề cho lao động nông thôn. Năm 2012, Quỹ Hỗ trợ nông dân các cấp đã cho 65 hộ vay hơn 1,6 tỷ đồng, mức vay tối đa 30 triệu đồng/hộ.

Đồng chí Lương Thị Hìn đề nghị các cấp Hội tiếp tục hướng dẫn nông dân áp dụng "3 tăng, 3 giảm" trong sản xuất lúa, mở rộng 320 ha ngô hàng hóa.

Ban Tuyên huấn Hội Nông dân tỉnh
Lượt truy cập: 15.482

Tin liên quan
- Hà Quảng: 12 lớp dạy nghề cho nông dân (10/04/2013)
- Thạch An: Hội nông dân xã làm đường (02/04/2013)
""", "2013-04-22",
"Nông dân Cao Bằng nêu 43 ý kiến về giống, vốn và giá vật tư",
E("doi_thoai", "2013", "2013-04-19"),
[P("Nông Văn Slấu", "Phó Chủ tịch UBND tỉnh"),
 P("Lương Thị Hìn", "Chủ tịch Hội Nông dân tỉnh"),
 P("Hoàng Văn Pảo", "Phó Chủ tịch - Trưởng ban Kinh tế - Xã hội Hội Nông dân tỉnh"),
 P("Đàm Văn Sláy", "hội viên xóm Nà Rị"),
 P("Lý Thị Nái", "hội viên xã Hồng Việt")],
[Q("43 ý kiến", 43, "ý kiến"), Q("Gần 250 hội viên nông dân", 250, "hội viên nông dân", "approx"),
 Q("13 huyện, thành phố", 13, "huyện, thành phố"), Q("9.000", 9000, "đồng"), Q("11.500 đồng/kg", 11500, "đồng"),
 Q("65 hộ", 65, "hộ"), Q("hơn 1,6 tỷ đồng", 1600000000, "đồng", "over"), Q("30 triệu đồng/hộ", 30000000, "đồng"),
 Q("320 ha", 320, "ha")],
[D("Quyết định", "1285", "QĐ-UBND", None, None, "quyết định số 1285/QĐ-UBND"),
 D("Quyết định", "2417", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 2417/QĐ-TTg")],
[prov("Cao Bằng"), com("Ngọc Côn"), com("Hồng Việt")],
["HỘI NÔNG DÂN TỈNH CAO BẰNG", "Website Hội Nông dân tỉnh Cao Bằng - Nông dân Non nước Cao Bằng", "Tin tức | Hoạt động Hội | Đối thoại",
 "Nông dân huyện Trùng Khánh nêu ý kiến tại hội nghị.", "Quỹ Hỗ trợ nông dân", "xóm Nà Rị", "Ban Tuyên huấn Hội Nông dân tỉnh", "quantri"],
["3 tăng, 3 giảm", "Lượt truy cập: 15.482", "Năm 2012", "năm 2013"]))

PAGES.append(page("b392-dienbien-hlhpn-soket-2014", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH ĐIỆN BIÊN
Trang tin điện tử Hội LHPN tỉnh Điện Biên
Trang chủ / Tin hoạt động / Hoạt động Hội
Ngày cập nhật: 2014-07-16

Phụ nữ Điện Biên giúp 318 hội viên nghèo vay vốn

Ngày 14/7, Hội LHPN tỉnh Điện Biên tổ chức hội nghị sơ kết công tác Hội và phong trào phụ nữ 6 tháng đầu năm 2014, triển khai nhiệm vụ 6 tháng cuối năm.

Các đại biểu biểu quyết thông qua báo cáo sơ kết.

Dự hội nghị có bà Lò Thị Hương, Chủ tịch Hội LHPN tỉnh; các Phó Chủ tịch Hội LHPN tỉnh: Quàng Thị Đôi, Giàng Thị Dế; cùng 42 đồng chí Ủy viên Ban Chấp hành.

Sáu tháng qua, các cấp Hội đã tổ chức học tập Kết luận 47, 48-KL/TW của Ban Bí thư tới hơn 21.000 lượt hội viên; thực hiện kế hoạch số 09/KH-HPN của Ban Thường vụ Hội LHPN tỉnh về phong trào "Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc". Hội đã giúp 318 hội viên nghèo vay 5,72 tỷ đồng từ Ngân hàng Chính sách xã hội, mức bình quân 18 triệu đồng/hội viên; xây dựng 27 tổ tiết kiệm với số vốn gần 400 triệu đồng. Có 86 bản đăng ký bản "2 không" (không ma túy, không tảo hôn).

Tại xã Mường Phăng, chị Lường Thị Ón, Chi hội trưởng Chi hội phụ nữ bản Che Căn, vận động 15 hộ bỏ tập quán thả rông gia súc. Bà Cà Thị Sương (dân tộc Khơ Mú), hội viên bản Huổi Lếch, xã Nà Tấu, được biểu dương vì đã giúp 5 chị em vay vốn nuôi lợn.

Kết luận hội nghị, bà Lò Thị Hương đề nghị các cấp Hội quan tâm hơn tới phụ nữ vùng cao, giảm tỷ lệ tảo hôn xuống dưới 10%.

Thu Hoài
Lượt xem: 640

Các tin đã đưa
- Hội LHPN tỉnh tập huấn công tác gia đình (30/06/2014)
- Mường Chà: 20 phụ nữ được hỗ trợ bò giống (18/06/2014)
""", "2014-07-16",
"Phụ nữ Điện Biên giúp 318 hội viên nghèo vay vốn",
E("so_ket", "2014-H1", "2014-07-14"),
[P("Lò Thị Hương", "Chủ tịch Hội LHPN tỉnh"),
 P("Quàng Thị Đôi", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Giàng Thị Dế", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Lường Thị Ón", "Chi hội trưởng Chi hội phụ nữ bản Che Căn"),
 P("Cà Thị Sương", "hội viên bản Huổi Lếch")],
[Q("318 hội viên nghèo", 318, "hội viên nghèo"), Q("42 đồng chí", 42, "đồng chí"),
 Q("hơn 21.000 lượt hội viên", 21000, "lượt hội viên", "over"), Q("5,72 tỷ đồng", 5720000000, "đồng"),
 Q("18 triệu đồng/hội viên", 18000000, "đồng"), Q("27 tổ tiết kiệm", 27, "tổ tiết kiệm"),
 Q("gần 400 triệu đồng", 400000000, "đồng", "approx"), Q("86 bản", 86, "bản"), Q("15 hộ", 15, "hộ"),
 Q("5 chị em", 5, "chị em"), Q("10%", 10, "%")],
[D("Kết luận", "47", "KL/TW", None, "Ban Bí thư", "Kết luận 47, 48-KL/TW"),
 D("Kết luận", "48", "KL/TW", None, "Ban Bí thư", "Kết luận 47, 48-KL/TW"),
 D("Kế hoạch", "09", "KH-HPN", None, "Ban Thường vụ Hội LHPN tỉnh", "kế hoạch số 09/KH-HPN")],
[prov("Điện Biên"), com("Mường Phăng"), com("Nà Tấu")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH ĐIỆN BIÊN", "Trang tin điện tử Hội LHPN tỉnh Điện Biên", "Trang chủ / Tin hoạt động / Hoạt động Hội",
 "Các đại biểu biểu quyết thông qua báo cáo sơ kết.", "Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc",
 "Ngân hàng Chính sách xã hội", "bản Che Căn", "Lượt xem: 640"],
["2 không", "42 đồng chí", "6 tháng đầu năm 2014", "6 tháng cuối năm", "Sáu tháng qua", "Lượt xem: 640"]))

PAGES.append(page("b393-laichau-doan-taphuan-2015", """
TỈNH ĐOÀN LAI CHÂU
Tuổi trẻ Lai Châu - Cổng thông tin Đoàn TNCS Hồ Chí Minh tỉnh
Bạn đang ở: Trang chủ › Tin Đoàn - Hội - Đội
15/06/2015 09:20:11 AM

Gần 140 Bí thư chi đoàn vùng cao được bồi dưỡng kỹ năng

(TTLC) - Trong 3 ngày từ 11 đến 13/6, Ban Thường vụ Tỉnh đoàn Lai Châu mở lớp tập huấn nghiệp vụ công tác Đoàn và phong trào thanh thiếu nhi năm 2015 cho gần 140 Bí thư chi đoàn thôn, bản của 4 huyện Mường Tè, Sìn Hồ, Phong Thổ, Nậm Nhùn.

Học viên thực hành kỹ năng sinh hoạt tập thể.

Khai mạc lớp học, đồng chí Sùng A Lử, người vừa được Ban Chấp hành Tỉnh đoàn bầu giữ chức Phó Bí thư Tỉnh đoàn, nhấn mạnh yêu cầu thực hiện kế hoạch số 45-KH/TĐTN về nâng cao chất lượng sinh hoạt chi đoàn. Báo cáo viên là các đồng chí Ủy viên Ban Thường vụ Tỉnh đoàn Vàng A Sếnh, Lò Văn Dương và Tẩn Láo Sài.

Học viên được trang bị kiến thức về tổ chức sinh hoạt chi đoàn, tuyên truyền phòng chống ma túy, mua bán người, phong trào "Thanh niên tình nguyện" và cách xây dựng mô hình kinh tế tập thể. 100% học viên được cấp giấy chứng nhận.

Chị Chu Thị Chừ (dân tộc Hà Nhì), Bí thư chi đoàn bản Pa Ủ, xã Pa Ủ, chia sẻ: bản có 62 đoàn viên, năm qua chi đoàn đã làm 1,2 km đường nội bản và trồng 3 ha thảo quả. Anh Lý Mù Xá, Bí thư chi đoàn bản Xì Thâu Chải, xã Bum Nưa, cho biết chi đoàn phấn đấu đạt danh hiệu "chi đoàn 3 tốt" năm nay.

Kinh phí lớp học khoảng 85 triệu đồng, do Trung ương Đoàn hỗ trợ.

Văn phòng Tỉnh đoàn
Lượt xem: 412

Bài viết liên quan
- Lai Châu: ra quân Chiến dịch Thanh niên tình nguyện hè 2015 (01/06/2015)
- Tam Đường: Đại hội Đoàn xã Bản Giang (20/05/2015)
""", "2015-06-15",
"Gần 140 Bí thư chi đoàn vùng cao được bồi dưỡng kỹ năng",
E("tap_huan", "2015", "2015-06-11"),
[P("Sùng A Lử", "Phó Bí thư Tỉnh đoàn"),
 P("Vàng A Sếnh", "Ủy viên Ban Thường vụ Tỉnh đoàn"),
 P("Lò Văn Dương", "Ủy viên Ban Thường vụ Tỉnh đoàn"),
 P("Tẩn Láo Sài", "Ủy viên Ban Thường vụ Tỉnh đoàn"),
 P("Chu Thị Chừ", "Bí thư chi đoàn bản Pa Ủ"),
 P("Lý Mù Xá", "Bí thư chi đoàn bản Xì Thâu Chải")],
[Q("gần 140 Bí thư chi đoàn", 140, "Bí thư chi đoàn", "approx"), Q("4 huyện", 4, "huyện"),
 Q("100% học viên", 100, "%"), Q("62 đoàn viên", 62, "đoàn viên"), Q("1,2 km", 1.2, "km"), Q("3 ha", 3, "ha"),
 Q("khoảng 85 triệu đồng", 85000000, "đồng", "approx")],
[D("Kế hoạch", "45", "KH/TĐTN", None, None, "kế hoạch số 45-KH/TĐTN")],
[prov("Lai Châu"), com("Pa Ủ"), com("Bum Nưa")],
["TỈNH ĐOÀN LAI CHÂU", "Tuổi trẻ Lai Châu - Cổng thông tin Đoàn TNCS Hồ Chí Minh tỉnh", "Bạn đang ở: Trang chủ › Tin Đoàn - Hội - Đội",
 "Học viên thực hành kỹ năng sinh hoạt tập thể.", "Thanh niên tình nguyện", "Văn phòng Tỉnh đoàn", "bản Xì Thâu Chải"],
["Trong 3 ngày", "chi đoàn 3 tốt", "Lượt xem: 412", "09:20:11 AM", "năm 2015"]))

PAGES.append(page("b394-sonla-ccb-giaoban-q2-2016", """
HỘI CỰU CHIẾN BINH TỈNH SƠN LA
Cựu chiến binh Sơn La - Trang thông tin điện tử
Trang chủ >> Tin tức >> Hoạt động các cấp Hội
Thứ Năm, 14/07/2016 - 16:45 (GMT+7)

CCB Sơn La: quý II giúp 27 hội viên xây, sửa nhà

Ngày 8/7, Thường trực Hội CCB tỉnh Sơn La tổ chức giao ban công tác Hội quý II năm 2016 với chủ tịch Hội CCB 12 huyện, thành phố và 31 đồng chí trưởng các ban chuyên môn.

Đại tá Cầm Văn Phong (giữa) chủ trì giao ban.

Chủ trì giao ban có Đại tá Cầm Văn Phong, Chủ tịch Hội CCB tỉnh; Thượng tá Lò Văn Tiêng, Trung tá Quàng Văn Hặc - Phó Chủ tịch Hội CCB tỉnh.

Trong quý, các cấp Hội đã quán triệt Chỉ thị 09, 10-CT/CCB của Ban Thường vụ Hội CCB tỉnh về phong trào "CCB gương mẫu" và công tác tham gia bảo vệ an ninh biên giới. Hội CCB các cấp vận động xây, sửa 27 căn nhà đồng đội trị giá 1,35 tỷ đồng; mỗi căn được hỗ trợ 50 triệu đồng. Quỹ hỗ trợ hội viên làm kinh tế tăng thêm 640 triệu đồng, giúp 118 hộ CCB vay vốn.

Tại xã Chiềng Cơi, Thiếu tá Đinh Công Sáu, UVBCH Hội CCB tỉnh, Chủ tịch Hội CCB xã, cùng hội viên phát quang 6 km đường tuần tra. Hội CCB xã Mường Bú tham gia hòa giải thành 9 vụ việc ở cơ sở, không để phát sinh điểm nóng; nhiều hội viên là người có uy tín trong bản, được bà con tin tưởng.

Đồng chí Cầm Văn Phong yêu cầu các cấp Hội chuẩn bị tốt cho Đại hội Hội CCB các cấp, phấn đấu 100% cơ sở Hội đạt trong sạch, vững mạnh.

Văn phòng Hội CCB tỉnh
Lượt xem: 1.118

Tin cùng chuyên mục
- Mộc Châu: CCB giúp nhau trồng 40 ha mận (01/07/2016)
- Quỳnh Nhai: trao nhà đồng đội cho hội viên (25/06/2016)
""", "2016-07-14",
"CCB Sơn La: quý II giúp 27 hội viên xây, sửa nhà",
E("giao_ban", "2016-Q2", "2016-07-08"),
[P("Cầm Văn Phong", "Đại tá", "Chủ tịch Hội CCB tỉnh"),
 P("Lò Văn Tiêng", "Thượng tá", "Phó Chủ tịch Hội CCB tỉnh"),
 P("Quàng Văn Hặc", "Trung tá", "Phó Chủ tịch Hội CCB tỉnh"),
 P("Đinh Công Sáu", "Thiếu tá", "UVBCH Hội CCB tỉnh", "Chủ tịch Hội CCB xã")],
[Q("27 căn nhà đồng đội", 27, "căn nhà đồng đội"), Q("12 huyện, thành phố", 12, "huyện, thành phố"),
 Q("31 đồng chí", 31, "đồng chí"), Q("1,35 tỷ đồng", 1350000000, "đồng"), Q("50 triệu đồng", 50000000, "đồng"),
 Q("640 triệu đồng", 640000000, "đồng"), Q("118 hộ CCB", 118, "hộ CCB"), Q("6 km", 6, "km"),
 Q("9 vụ việc", 9, "vụ việc"), Q("100% cơ sở Hội", 100, "%")],
[D("Chỉ thị", "09", "CT/CCB", None, "Ban Thường vụ Hội CCB tỉnh", "Chỉ thị 09, 10-CT/CCB"),
 D("Chỉ thị", "10", "CT/CCB", None, "Ban Thường vụ Hội CCB tỉnh", "Chỉ thị 09, 10-CT/CCB")],
[prov("Sơn La"), com("Chiềng Cơi"), com("Mường Bú")],
["HỘI CỰU CHIẾN BINH TỈNH SƠN LA", "Cựu chiến binh Sơn La - Trang thông tin điện tử", "Trang chủ >> Tin tức >> Hoạt động các cấp Hội",
 "Đại tá Cầm Văn Phong (giữa) chủ trì giao ban.", "CCB gương mẫu", "Văn phòng Hội CCB tỉnh"],
["31 đồng chí", "quý II năm 2016", "Trong quý", "Lượt xem: 1.118", "16:45 (GMT+7)"]))
