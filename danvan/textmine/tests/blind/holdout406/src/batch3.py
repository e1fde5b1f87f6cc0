from lib import *
PAGES = []

PAGES.append(page("b9713-binhdinh-mttq-tongket-2021", """
Báo Bình Định - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Bình Định
Xã hội | Mặt trận
30/12/2021 - 14:10
Toàn cảnh hội nghị tổng kết.
Năm 2021, vận động gần 186 tỷ đồng hỗ trợ phòng, chống dịch và khắc phục thiên tai
Sáng 29/12, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị tổng kết công tác Mặt trận năm 2021, trong đó tập trung đánh giá kết quả vận động ủng hộ phòng, chống dịch Covid-19 và khắc phục hậu quả các đợt mưa lũ cuối năm. Đồng chí Hồ Quang Dũng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy dự và phát biểu chỉ đạo. Chủ trì hội nghị có các đồng chí: Tạ Thị Huyền Trang, Lâm Hải Giang - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Năm 2021, Bình Định chịu ảnh hưởng của 4 đợt mưa lớn, lũ vào tháng 10 và tháng 11, làm 5 người chết, 1.960 ngôi nhà bị ngập, hơn 24 km đê, kè và đường giao thông bị sạt lở; thiệt hại khoảng 328 tỷ đồng. Các xã vùng trũng hạ lưu sông Kôn như Phước Thắng, Phước Hòa, Nhơn Hậu bị ngập sâu nhiều ngày.
Thực hiện Chỉ thị 16, 17-CT/TU của Ban Thường vụ Tỉnh ủy, Mặt trận các cấp đã vận động được 185,7 tỷ đồng và hàng hóa, trong đó Quỹ phòng, chống dịch Covid-19 tiếp nhận 141 tỷ đồng; Quỹ cứu trợ tiếp nhận 44,7 tỷ đồng. Từ nguồn cứu trợ, tỉnh đã hỗ trợ 2.315 hộ bị thiệt hại do mưa lũ, xây mới 37 ngôi nhà cho hộ nghèo bị sập đổ và trao 9.600 phần quà; Mặt trận huyện Tuy Phước đã vận động 420 triệu đồng mua 30 thuyền nhỏ cấp cho các thôn vùng rốn lũ.
Bà Đinh Thị Loan, Chủ tịch Ủy ban MTTQ Việt Nam xã Phước Thắng, chia sẻ: với mô hình "Tổ an toàn cộng đồng vùng lũ", mỗi thôn có 1 tổ gồm 10 người, trực ứng cứu 24/24 giờ; nhờ vậy trong các đợt lũ năm 2021, xã không có thiệt hại về người. Ông Đinh Văn Brứa, người có uy tín làng Kon Blo, xã An Toàn, huyện An Lão, cho biết bà con Ba Na đã tự nguyện di dời 14 hộ khỏi khu vực sườn núi bị nứt.
Phát biểu chỉ đạo, đồng chí Hồ Quang Dũng ghi nhận sự vào cuộc của Mặt trận các cấp, đề nghị năm 2022 tiếp tục đổi mới phương thức vận động, công khai minh bạch các nguồn quỹ trên cổng thông tin điện tử theo Nghị định số 93/2021/NĐ-CP ngày 27/10/2021 của Chính phủ về vận động, tiếp nhận, phân phối và sử dụng các nguồn đóng góp tự nguyện hỗ trợ khắc phục khó khăn do thiên tai, dịch bệnh, sự cố; đồng thời chủ động tham gia giám sát việc thực hiện Quyết định số 553/QĐ-TTg của Thủ tướng Chính phủ tại các địa phương.
Dịp này, Ủy ban Trung ương MTTQ Việt Nam tặng Bằng khen cho 6 tập thể, 8 cá nhân; Ủy ban MTTQ Việt Nam tỉnh tặng Bằng khen cho 44 tập thể, 57 cá nhân có thành tích xuất sắc.
Hoài Thu
Tin cùng chuyên mục
- Tuy Phước: trao 300 suất quà cho hộ bị thiệt hại do lũ (24/12/2021)
- Tiếp nhận 2 tỷ đồng hỗ trợ nhân dân vùng lũ (19/11/2021)
- MTTQ tỉnh phát động ủng hộ đồng bào bị thiệt hại do mưa lũ (10/11/2021)
""", "2021-12-30", "Năm 2021, vận động gần 186 tỷ đồng hỗ trợ phòng, chống dịch và khắc phục thiên tai",
E("tong_ket", "2021", "2021-12-29"),
[P("Hồ Quang Dũng", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy"),
 P("Tạ Thị Huyền Trang", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lâm Hải Giang", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đinh Thị Loan", "Chủ tịch Ủy ban MTTQ Việt Nam xã Phước Thắng"),
 P("Đinh Văn Brứa", "người có uy tín làng Kon Blo")],
[Q("4 đợt", 4, "đợt"), Q("5 người", 5, "người"),
 Q("1.960 ngôi nhà", 1960, "ngôi nhà"), Q("hơn 24 km", 24, "km", "over"), Q("khoảng 328 tỷ đồng", 328000000000, "đồng", "approx"),
 Q("185,7 tỷ đồng", 185700000000, "đồng"), Q("141 tỷ đồng", 141000000000, "đồng"), Q("44,7 tỷ đồng", 44700000000, "đồng"),
 Q("2.315 hộ", 2315, "hộ"), Q("37 ngôi nhà", 37, "ngôi nhà"), Q("9.600 phần quà", 9600, "phần quà"),
 Q("420 triệu đồng", 420000000, "đồng"), Q("30 thuyền", 30, "thuyền"), Q("10 người", 10, "người"),
 Q("14 hộ", 14, "hộ"), Q("6 tập thể", 6, "tập thể"), Q("8 cá nhân", 8, "cá nhân"), Q("44 tập thể", 44, "tập thể"),
 Q("57 cá nhân", 57, "cá nhân")],
[D("Chỉ thị", "16", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 16, 17-CT/TU"),
 D("Chỉ thị", "17", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 16, 17-CT/TU"),
 D("Nghị định", "93", "2021/NĐ-CP", "2021-10-27", "Chính phủ", "Nghị định số 93/2021/NĐ-CP ngày 27/10/2021"),
 D("Quyết định", "553", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 553/QĐ-TTg")],
[prov("Bình Định"), com("Phước Thắng"), com("Phước Hòa"), com("Nhơn Hậu"), com("An Toàn")],
["Báo Bình Định - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Bình Định", "Xã hội | Mặt trận", "Toàn cảnh hội nghị tổng kết.",
 "Tổ an toàn cộng đồng vùng lũ", "Quỹ phòng, chống dịch Covid-19"],
["30/12/2021 - 14:10", "năm 2021", "năm 2022", "Covid-19", "1 tổ", "24/24 giờ"]))

PAGES.append(page("b9714-hatinh-hoictd-daihoi-2022", """
BÁO HÀ TĨNH
Chính trị › Mặt trận - Đoàn thể
22/07/2022 - 11:35
Hội Chữ thập đỏ Hà Tĩnh: Vì một cộng đồng an toàn trước thiên tai
Trong 2 ngày 21 - 22/7, Hội Chữ thập đỏ tỉnh Hà Tĩnh tổ chức Đại hội đại biểu lần thứ IX, nhiệm kỳ 2022 - 2027 với sự tham dự của 180 đại biểu đại diện cho hơn 96.000 hội viên, tình nguyện viên toàn tỉnh. Dự đại hội có đồng chí Nguyễn Hải Lý, Phó Chủ tịch Trung ương Hội Chữ thập đỏ Việt Nam; đồng chí Võ Thị Hạnh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh.
Các đại biểu biểu quyết thông qua nghị quyết đại hội.
Nhiệm kỳ 2017 - 2022, Hà Tĩnh liên tiếp hứng chịu thiên tai, đặc biệt là đợt mưa lũ lịch sử tháng 10/2020 làm 14.000 hộ phải sơ tán. Các cấp hội đã vận động được 298 tỷ đồng, trong đó hỗ trợ trực tiếp 186.500 lượt người bị ảnh hưởng bởi thiên tai, dịch bệnh; xây dựng 61 ngôi nhà chống lũ, 12 nhà tránh lũ cộng đồng; tặng 4.200 áo phao, 35 thuyền cứu hộ. Hội đã triển khai Quyết định số 1002/QĐ-TTg và Đề án "Tăng cường năng lực ứng phó thiên tai dựa vào cộng đồng" tại 48 xã ven sông La, sông Ngàn Sâu; thành lập 410 đội xung kích với 6.300 thành viên.
Tham luận tại đại hội, bà Trần Thị Lài, Chủ tịch Hội Chữ thập đỏ xã Hương Trạch, chia sẻ mô hình "Ngân hàng áo phao" giúp mỗi hộ trong vùng lũ có ít nhất 2 áo phao. Ông Nguyễn Văn Thường, Chủ tịch Hội Chữ thập đỏ xã Thạch Kim, kể về đội sơ cấp cứu tình nguyện trên biển gồm 24 ngư dân, mỗi mùa mưa bão đều túc trực tại cửa biển để hỗ trợ tàu thuyền vào neo đậu.
Đại hội cũng thẳng thắn chỉ ra những hạn chế: một số cơ sở hội hoạt động còn hình thức, chưa chủ động xây dựng kế hoạch ứng phó thiên tai; việc tiếp nhận hàng cứu trợ từ các đoàn từ thiện tự phát có lúc chưa được điều phối tốt, dẫn đến nơi thừa, nơi thiếu; đội ngũ cán bộ hội cấp xã thường xuyên thay đổi, kỹ năng sơ cấp cứu còn hạn chế.
Phát biểu chỉ đạo, đồng chí Võ Thị Hạnh đề nghị Hội tiếp tục thực hiện Chỉ thị số 43-CT/TW ngày 3/5/2020 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác của Hội Chữ thập đỏ Việt Nam trong tình hình mới và Kết luận 15, 16-KL/TU của Ban Thường vụ Tỉnh ủy; chú trọng hoạt động phòng ngừa, ứng phó thảm họa, nhân đạo hóa việc cứu trợ. Đại hội thông qua mục tiêu đến năm 2027 phát triển thêm 10.000 hội viên mới, vận động trên 300 tỷ đồng cho hoạt động nhân đạo.
Đại hội đã bầu 35 đồng chí vào Ban Chấp hành Hội Chữ thập đỏ tỉnh khóa IX. Tại phiên họp thứ nhất, đồng chí Phan Thị Thu Hằng được bầu làm Chủ tịch Hội Chữ thập đỏ tỉnh khóa IX; các đồng chí Lê Hồng Sơn, Đặng Thị Nga được bầu giữ chức Phó Chủ tịch Hội Chữ thập đỏ tỉnh.
Thu Hà
Tin liên quan
- Hương Khê: Đại hội Hội Chữ thập đỏ huyện nhiệm kỳ 2022 - 2027 (15/06/2022)
- Trao 50 áo phao cho học sinh vùng lũ (02/06/2022)
- Hội Chữ thập đỏ tỉnh tập huấn ứng phó thiên tai (20/05/2022)
""", "2022-07-22", "Hội Chữ thập đỏ Hà Tĩnh: Vì một cộng đồng an toàn trước thiên tai",
E("dai_hoi", None, "2022-07-21"),
[P("Nguyễn Hải Lý", "Phó Chủ tịch Trung ương Hội Chữ thập đỏ Việt Nam"),
 P("Võ Thị Hạnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Trần Thị Lài", "Chủ tịch Hội Chữ thập đỏ xã Hương Trạch"),
 P("Nguyễn Văn Thường", "Chủ tịch Hội Chữ thập đỏ xã Thạch Kim"),
 P("Phan Thị Thu Hằng", "Chủ tịch Hội Chữ thập đỏ tỉnh khóa IX"),
 P("Lê Hồng Sơn", "Phó Chủ tịch Hội Chữ thập đỏ tỉnh"),
 P("Đặng Thị Nga", "Phó Chủ tịch Hội Chữ thập đỏ tỉnh")],
[Q("180 đại biểu", 180, "đại biểu"), Q("hơn 96.000 hội viên, tình nguyện viên", 96000, "hội viên, tình nguyện viên", "over"),
 Q("14.000 hộ", 14000, "hộ"), Q("298 tỷ đồng", 298000000000, "đồng"), Q("186.500 lượt người", 186500, "lượt người"),
 Q("61 ngôi nhà chống lũ", 61, "ngôi nhà chống lũ"), Q("12 nhà tránh lũ cộng đồng", 12, "nhà tránh lũ cộng đồng"),
 Q("4.200 áo phao", 4200, "áo phao"), Q("35 thuyền cứu hộ", 35, "thuyền cứu hộ"), Q("48 xã", 48, "xã"),
 Q("410 đội xung kích", 410, "đội xung kích"), Q("6.300 thành viên", 6300, "thành viên"),
 Q("ít nhất 2 áo phao", 2, "áo phao", "over"), Q("24 ngư dân", 24, "ngư dân"), Q("10.000 hội viên mới", 10000, "hội viên mới"),
 Q("trên 300 tỷ đồng", 300000000000, "đồng", "over"), Q("35 đồng chí", 35, "đồng chí")],
[D("Quyết định", "1002", "QĐ-TTg", None, None, "Quyết định số 1002/QĐ-TTg"),
 D("Chỉ thị", "43", "CT/TW", "2020-05-03", "Ban Bí thư", "Chỉ thị số 43-CT/TW ngày 3/5/2020"),
 D("Kết luận", "15", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 15, 16-KL/TU"),
 D("Kết luận", "16", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 15, 16-KL/TU")],
[prov("Hà Tĩnh"), com("Hương Trạch"), com("Thạch Kim")],
["BÁO HÀ TĨNH", "Chính trị › Mặt trận - Đoàn thể", "Các đại biểu biểu quyết thông qua nghị quyết đại hội.",
 "Tăng cường năng lực ứng phó thiên tai dựa vào cộng đồng", "Ngân hàng áo phao"],
["22/07/2022 - 11:35", "2 ngày", "lần thứ IX", "nhiệm kỳ 2022 - 2027", "Nhiệm kỳ 2017 - 2022", "tháng 10/2020", "năm 2027",
 "35 đồng chí", "khóa IX", "phiên họp thứ nhất"]))

PAGES.append(page("b9715-nghean-mttq-traoqua-kyson-2022", """
Báo Nghệ An điện tử
Thời sự › Xã hội › Chung tay vì vùng lũ
Cập nhật: 17:50, 30/09/2022 (GMT+7)
Đồng chí Võ Thị Minh Sâm thăm hỏi người dân bản Cánh Chim, xã Bắc Lý. Ảnh: Thành Cường
Mang hơi ấm đến với đồng bào vùng lũ quét Kỳ Sơn
(Baonghean.vn) - Ngày 29/9, Ủy ban MTTQ tỉnh Nghệ An phối hợp với các nhà hảo tâm trao 1.200 suất quà cho người dân 2 xã Mỹ Lý và Bắc Lý (huyện Kỳ Sơn) bị thiệt hại nặng nề trong trận lũ quét sau hoàn lưu bão số 4 (Noru). Dẫn đầu đoàn là đồng chí Võ Thị Minh Sâm, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh.
Trận lũ quét đêm 22 rạng sáng 23/9 đã cuốn trôi 52 ngôi nhà, làm hư hỏng 91 nhà, cô lập toàn bộ 2 xã với hơn 1.800 hộ dân. Quốc lộ 16 nối vào các xã bị sạt lở 35 điểm, đến nay mới thông xe tạm thời. Đây là trận lũ quét lớn nhất trên địa bàn trong nhiều năm; nước sông Nậm Nơn dâng cao hơn 6 m chỉ trong vài giờ, nhiều gia đình chỉ kịp chạy người, toàn bộ tài sản, lương thực dự trữ bị cuốn trôi.
Mỗi suất quà gồm 1 triệu đồng tiền mặt, 20 kg gạo, chăn, màn và nhu yếu phẩm; tổng trị giá hơn 1,8 tỷ đồng. Riêng các hộ bị mất nhà được hỗ trợ thêm 30 triệu đồng/hộ từ Quỹ "Vì người nghèo" tỉnh, các hộ có nhà hư hỏng được hỗ trợ 10 triệu đồng/hộ. Đoàn cũng trao 300 bộ sách vở, áo ấm cho học sinh Trường Phổ thông dân tộc bán trú Tiểu học và THCS Mỹ Lý.
Ông Vi Văn Sơn, Bí thư Đảng ủy xã Mỹ Lý, cho biết xã có 5 bản ven sông Nậm Nơn bị ảnh hưởng; người Thái, người Mông đã cùng bộ đội biên phòng dựng 48 lán tạm trên đồi cao. Ông Lầu Bá Chồng, trưởng bản Cánh Chim, xã Bắc Lý, cho biết nhiều hộ người Mông mất hết lúa giống, gia súc. Bà Lữ Thị Huyền, người dân bản Xốp Lau, xúc động nhận quà: "Nhà bị lũ cuốn hết, có cái chăn, cái màn là ấm rồi".
Trao đổi với cấp ủy, chính quyền địa phương, đồng chí Võ Thị Minh Sâm đề nghị rà soát đất ở an toàn để bố trí tái định cư cho các hộ mất nhà trước mùa đông; triển khai có hiệu quả Kế hoạch số 521/KH-UBND của UBND tỉnh về khắc phục hậu quả lũ quét; Mặt trận cơ sở phối hợp Ban Thanh tra nhân dân giám sát việc phân phối tiền, hàng cứu trợ, công khai đến từng bản.
Tính đến chiều 28/9, Ủy ban MTTQ tỉnh đã tiếp nhận 16,3 tỷ đồng ủng hộ đồng bào Kỳ Sơn, trong đó Ủy ban Trung ương MTTQ Việt Nam hỗ trợ 2 tỷ đồng. Việc tiếp nhận, phân bổ thực hiện theo Nghị định 93/2021/NĐ-CP và Hướng dẫn số 12/HD-MTTQ-BTT ngày 26/9/2022 của Ban Thường trực Ủy ban MTTQ tỉnh.
Thành Cường
Tin liên quan
- Kỳ Sơn: khẩn trương tìm kiếm người mất tích do lũ quét (25/09/2022)
- Tiếp nhận hơn 5 tỷ đồng ủng hộ vùng lũ (27/09/2022)
- Bộ đội biên phòng giúp dân dựng lán tạm (26/09/2022)
""", "2022-09-30", "Mang hơi ấm đến với đồng bào vùng lũ quét Kỳ Sơn",
E("trao_qua", None, "2022-09-29"),
[P("Võ Thị Minh Sâm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Vi Văn Sơn", "Bí thư Đảng ủy xã Mỹ Lý"),
 P("Lầu Bá Chồng", "trưởng bản Cánh Chim"),
 P("Lữ Thị Huyền")],
[Q("1.200 suất quà", 1200, "suất quà"), Q("2 xã", 2, "xã"), Q("52 ngôi nhà", 52, "ngôi nhà"), Q("91 nhà", 91, "nhà"),
 Q("hơn 1.800 hộ dân", 1800, "hộ dân", "over"), Q("35 điểm", 35, "điểm"), Q("hơn 6 m", 6, "m", "over"), Q("1 triệu đồng", 1000000, "đồng"), Q("20 kg", 20, "kg"),
 Q("hơn 1,8 tỷ đồng", 1800000000, "đồng", "over"), Q("30 triệu đồng", 30000000, "đồng"), Q("10 triệu đồng", 10000000, "đồng"),
 Q("300 bộ sách vở, áo ấm", 300, "bộ sách vở, áo ấm"), Q("5 bản", 5, "bản"), Q("48 lán tạm", 48, "lán tạm"),
 Q("16,3 tỷ đồng", 16300000000, "đồng"), Q("2 tỷ đồng", 2000000000, "đồng")],
[D("Kế hoạch", "521", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 521/KH-UBND"),
 D("Nghị định", "93", "2021/NĐ-CP", None, None, "Nghị định 93/2021/NĐ-CP"),
 D("Hướng dẫn", "12", "HD-MTTQ-BTT", "2022-09-26", "Ban Thường trực Ủy ban MTTQ tỉnh", "Hướng dẫn số 12/HD-MTTQ-BTT ngày 26/9/2022")],
[prov("Nghệ An"), com("Mỹ Lý"), com("Bắc Lý")],
["Báo Nghệ An điện tử", "Thời sự › Xã hội › Chung tay vì vùng lũ",
 "Đồng chí Võ Thị Minh Sâm thăm hỏi người dân bản Cánh Chim, xã Bắc Lý. Ảnh: Thành Cường", "(Baonghean.vn)", "Noru",
 "Vì người nghèo", "Trường Phổ thông dân tộc bán trú Tiểu học và THCS Mỹ Lý", "Quốc lộ 16"],
["Cập nhật: 17:50, 30/09/2022 (GMT+7)", "bão số 4", "Quốc lộ 16", "vài giờ", "đêm 22 rạng sáng 23/9"]))

PAGES.append(page("b9716-lamdong-bdv-taphuan-satlo-2023", """
BAN DÂN VẬN TỈNH ỦY LÂM ĐỒNG
Trang chủ › Hoạt động của Ban › Tập huấn, bồi dưỡng
Ngày đăng 18/08/2023 | 09:45
Ảnh: Quang cảnh lớp tập huấn.
Nâng cao kỹ năng vận động nhân dân phòng, chống sạt lở đất mùa mưa
Trong 2 ngày 16 - 17/8/2023, Ban Dân vận Tỉnh ủy Lâm Đồng phối hợp với Văn phòng thường trực Ban Chỉ huy Phòng thủ dân sự tỉnh tổ chức lớp tập huấn nghiệp vụ công tác dân vận năm 2023 với chuyên đề "Vận động nhân dân chủ động phòng, chống thiên tai, sạt lở đất". Tham dự có 112 học viên là trưởng, phó ban dân vận huyện ủy, thành ủy, cán bộ khối dân vận cấp xã và người có uy tín ở các vùng có nguy cơ sạt lở.
Lớp tập huấn diễn ra chỉ hơn 2 tuần sau vụ sạt lở tại đèo Bảo Lộc ngày 30/7 làm 4 cán bộ, chiến sĩ Công an tỉnh hy sinh. Theo thống kê, toàn tỉnh hiện có 156 điểm có nguy cơ sạt lở, trong đó 37 điểm nguy cơ cao ở Đà Lạt, Bảo Lộc, Đam Rông, Lạc Dương; khoảng 2.400 hộ dân đang sinh sống trong vùng nguy hiểm.
Phát biểu khai giảng, đồng chí K'Mạnh, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy, yêu cầu học viên nắm vững Nghị quyết số 76/NQ-CP ngày 18/6/2018 của Chính phủ về công tác phòng, chống thiên tai và Nghị định số 66/2021/NĐ-CP hướng dẫn Luật Phòng, chống thiên tai; biết cách vận động người dân không xây dựng nhà ở trên taluy âm, taluy dương, không san gạt đất trái phép.
Các học viên được nghe đại diện Sở Nông nghiệp và Phát triển nông thôn, Sở Tài nguyên và Môi trường trao đổi về dấu hiệu nhận biết sạt lở, kỹ năng sơ tán, cứu hộ. Đồng chí Bon Niêng Ha Tuyên, Phó Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy, hướng dẫn cách phối hợp với người có uy tín trong đồng bào K'Ho, Mạ, Chu Ru.
Chia sẻ kinh nghiệm, bà Liêng Jrang K'Hồng, Chủ tịch Hội Liên hiệp Phụ nữ xã Đạ Tông, cho biết năm 2022 xã đã vận động 19 hộ ở bon Đạ Nhinh di dời khỏi khu vực sạt lở, các hộ được hỗ trợ 30 triệu đồng mỗi hộ từ nguồn Quỹ phòng, chống thiên tai tỉnh. Ông Ya Tiến, già làng thôn Păng Tiêng, xã Lát, đề nghị có bản đồ cảnh báo đặt tại nhà văn hóa thôn để bà con dễ theo dõi.
Theo đánh giá của Ban tổ chức, công tác vận động người dân di dời khỏi vùng nguy hiểm còn nhiều khó khăn do thiếu quỹ đất tái định cư, mức hỗ trợ còn thấp so với chi phí làm nhà mới; một số hộ vẫn tâm lý bám trụ vì gắn bó với nương rẫy. Vì vậy, cán bộ dân vận cần kiên trì, đi từng nhà, gặp từng người, phối hợp chặt chẽ với chính quyền để có giải pháp phù hợp.
Bế mạc lớp tập huấn, Ban Dân vận Tỉnh ủy giao mỗi huyện, thành phố xây dựng ít nhất 1 mô hình "Dân vận khéo" về phòng, chống thiên tai trong năm 2023 theo Kế hoạch số 112-KH/BDVTU ngày 5/7/2023.
Hoàng Yên
Tin khác
- Đam Rông: vận động 7 hộ di dời khỏi vùng sạt lở (10/08/2023)
- Giao ban công tác dân vận quý II năm 2023 (14/07/2023)
- Đối thoại với người dân bị ảnh hưởng dự án hồ chứa nước (05/07/2023)
""", "2023-08-18", "Nâng cao kỹ năng vận động nhân dân phòng, chống sạt lở đất mùa mưa",
E("tap_huan", "2023", "2023-08-16"),
[P("K'Mạnh", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Bon Niêng Ha Tuyên", "Phó Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy"),
 P("Liêng Jrang K'Hồng", "Chủ tịch Hội Liên hiệp Phụ nữ xã Đạ Tông"),
 P("Ya Tiến", "già làng thôn Păng Tiêng")],
[Q("112 học viên", 112, "học viên"), Q("4 cán bộ, chiến sĩ", 4, "cán bộ, chiến sĩ"), Q("156 điểm", 156, "điểm"),
 Q("37 điểm nguy cơ cao", 37, "điểm nguy cơ cao"), Q("khoảng 2.400 hộ dân", 2400, "hộ dân", "approx"), Q("19 hộ", 19, "hộ"),
 Q("30 triệu đồng", 30000000, "đồng"), Q("ít nhất 1 mô hình", 1, "mô hình", "over")],
[D("Nghị quyết", "76", "NQ-CP", "2018-06-18", "Chính phủ", "Nghị quyết số 76/NQ-CP ngày 18/6/2018"),
 D("Nghị định", "66", "2021/NĐ-CP", None, None, "Nghị định số 66/2021/NĐ-CP"),
 D("Kế hoạch", "112", "KH/BDVTU", "2023-07-05", None, "Kế hoạch số 112-KH/BDVTU ngày 5/7/2023")],
[prov("Lâm Đồng"), com("Đạ Tông"), com("Lát")],
["BAN DÂN VẬN TỈNH ỦY LÂM ĐỒNG", "Trang chủ › Hoạt động của Ban › Tập huấn, bồi dưỡng", "Ảnh: Quang cảnh lớp tập huấn.",
 "Vận động nhân dân chủ động phòng, chống thiên tai, sạt lở đất", "Dân vận khéo", "Luật Phòng, chống thiên tai",
 "Quỹ phòng, chống thiên tai tỉnh"],
["Ngày đăng 18/08/2023 | 09:45", "2 ngày", "năm 2023", "hơn 2 tuần", "năm 2022"]))

PAGES.append(page("b9717-laocai-mttq-bangiao-langnu-2024", """
Báo Lào Cai điện tử
Xã hội > Khắc phục hậu quả bão số 3
24/12/2024 06:00
Hôm nay: Thứ Ba, 24/12/2024
Người dân Làng Nủ đón Tết trong nhà mới
Ngày 22/12, tại khu tái định cư Làng Nủ, xã Phúc Khánh, huyện Bảo Yên, Ủy ban MTTQ tỉnh Lào Cai phối hợp với Bộ Tư lệnh Quân khu 2 tổ chức lễ bàn giao 40 ngôi nhà mới và trao quà cho các hộ dân bị mất nhà do trận lũ quét ngày 10/9 sau hoàn lưu cơn bão số 3 (Yagi).
Đồng chí Giàng Thị Dua trao quà cho các hộ dân Làng Nủ.
Trận lũ quét kinh hoàng đã cuốn trôi gần như toàn bộ Làng Nủ, làm 67 người chết và mất tích. Chỉ sau hơn 3 tháng, khu tái định cư rộng 7,8 ha đã hoàn thành với 40 ngôi nhà sàn kiên cố mang kiến trúc truyền thống của đồng bào Tày, mỗi căn diện tích khoảng 70 m2, tổng kinh phí xây dựng hơn 40 tỷ đồng từ nguồn vận động do Ủy ban Trung ương MTTQ Việt Nam phân bổ và các doanh nghiệp tài trợ.
Dự lễ bàn giao có đồng chí Giàng Thị Dua, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh; đồng chí Hoàng Quốc Bình, Phó Chủ tịch UBND tỉnh. Tại buổi lễ, mỗi hộ được tặng 1 bộ bàn ghế, 1 ti vi, chăn, đệm và 10 triệu đồng tiền mặt để ổn định cuộc sống; 14 hộ có người thân mất trong trận lũ được tặng thêm 5 triệu đồng.
Thay mặt các hộ dân, ông Hoàng Văn Thông, Trưởng thôn Làng Nủ, xúc động cảm ơn Đảng, Nhà nước, bộ đội và các nhà hảo tâm: "Chúng tôi không nghĩ lại có nhà mới nhanh như vậy. Bà con hứa sẽ giữ gìn ngôi nhà, cùng nhau làm ăn, nuôi dạy con cháu". Chị Hoàng Thị Nhàn, người mất 5 người thân trong trận lũ, rơm rớm nước mắt khi nhận chìa khóa nhà.
Theo báo cáo của Ủy ban MTTQ tỉnh, sau bão số 3, toàn tỉnh tiếp nhận 472,5 tỷ đồng ủng hộ; đến nay đã phân bổ 398 tỷ đồng, hỗ trợ làm mới, sửa chữa 3.651 ngôi nhà. Việc vận động, phân bổ thực hiện theo Nghị định số 93/2021/NĐ-CP ngày 27/10/2021 của Chính phủ và Kế hoạch số 07/KH-MTTQ-BTT ngày 11/9/2024 của Ban Thường trực Ủy ban MTTQ tỉnh; danh sách hỗ trợ được công khai trên Cổng thông tin điện tử của Ủy ban MTTQ tỉnh.
Phát biểu tại buổi lễ, đồng chí Giàng Thị Dua đề nghị chính quyền xã Phúc Khánh tiếp tục hỗ trợ người dân phát triển sản xuất, chuyển đổi cây trồng; Mặt trận xã phối hợp các đoàn thể giúp các hộ sớm ổn định cuộc sống, đón Tết Ất Tỵ 2025 ấm áp. Cùng ngày, đoàn đã trao 100 suất quà cho các hộ nghèo ở thôn Khuổi Phường, xã Tân Tiến.
Quỳnh Hoa
Tin cùng chuyên mục
- Hoàn thành khu tái định cư Kho Vàng (18/12/2024)
- Bảo Yên: khởi công xây dựng trường học vùng lũ (10/12/2024)
- Lào Cai tiếp nhận thêm 20 tỷ đồng ủng hộ (02/12/2024)
""", "2024-12-24", "Người dân Làng Nủ đón Tết trong nhà mới",
E("trao_qua", None, "2024-12-22"),
[P("Giàng Thị Dua", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Hoàng Quốc Bình", "Phó Chủ tịch UBND tỉnh"),
 P("Hoàng Văn Thông", "Trưởng thôn Làng Nủ"),
 P("Hoàng Thị Nhàn")],
[Q("40 ngôi nhà", 40, "ngôi nhà"), Q("67 người", 67, "người"), Q("7,8 ha", 7.8, "ha"),
 Q("khoảng 70 m2", 70, "m2", "approx"),
 Q("hơn 40 tỷ đồng", 40000000000, "đồng", "over"), Q("10 triệu đồng", 10000000, "đồng"), Q("14 hộ", 14, "hộ"),
 Q("5 triệu đồng", 5000000, "đồng"), Q("5 người thân", 5, "người thân"), Q("472,5 tỷ đồng", 472500000000, "đồng"),
 Q("398 tỷ đồng", 398000000000, "đồng"), Q("3.651 ngôi nhà", 3651, "ngôi nhà"), Q("100 suất quà", 100, "suất quà")],
[D("Nghị định", "93", "2021/NĐ-CP", "2021-10-27", "Chính phủ", "Nghị định số 93/2021/NĐ-CP ngày 27/10/2021"),
 D("Kế hoạch", "07", "KH-MTTQ-BTT", "2024-09-11", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 07/KH-MTTQ-BTT ngày 11/9/2024")],
[prov("Lào Cai"), com("Phúc Khánh"), com("Tân Tiến")],
["Báo Lào Cai điện tử", "Xã hội > Khắc phục hậu quả bão số 3", "Đồng chí Giàng Thị Dua trao quà cho các hộ dân Làng Nủ.",
 "Yagi", "Bộ Tư lệnh Quân khu 2", "Làng Nủ"],
["24/12/2024 06:00", "Hôm nay: Thứ Ba, 24/12/2024", "bão số 3", "hơn 3 tháng", "1 bộ bàn ghế", "1 ti vi", "Tết Ất Tỵ 2025",
 "Quân khu 2"]))

PAGES.append(page("b9718-caobang-bvdct-hoinghi-phanbo-2024", """
BÁO CAO BẰNG
Trang chủ / Thời sự / Mặt trận - Đoàn thể
Thứ Năm, 10/10/2024 - 15:30
Quang cảnh hội nghị. Ảnh: Thanh Thủy
Phân bổ đợt 2 hơn 31 tỷ đồng hỗ trợ người dân khắc phục hậu quả thiên tai
Chiều 9/10, Ban Vận động cứu trợ tỉnh tổ chức hội nghị phân bổ nguồn hỗ trợ khắc phục hậu quả thiên tai năm 2024 (đợt 2). Đồng chí Nông Thị Bích Huệ, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ tỉnh, Trưởng Ban Vận động cứu trợ tỉnh chủ trì. Dự hội nghị có các thành viên Ban Vận động cứu trợ tỉnh; lãnh đạo Sở Tài chính, Sở Lao động - Thương binh và Xã hội, Sở Nông nghiệp và Phát triển nông thôn.
Bão số 3 và hoàn lưu sau bão đã gây mưa lớn kéo dài, lũ quét, sạt lở đất trên địa bàn tỉnh Cao Bằng, làm 40 người chết và mất tích, trong đó có vụ sạt lở vùi lấp xe khách tại xã Khánh Xuân, huyện Bảo Lạc; 7.870 ngôi nhà bị ảnh hưởng, 2.140 ha lúa, hoa màu bị ngập, vùi lấp. Tổng thiệt hại ước tính trên 1.100 tỷ đồng.
Tính đến ngày 7/10/2024, Ban Vận động cứu trợ tỉnh đã tiếp nhận 59,8 tỷ đồng; đợt 1 đã phân bổ 25 tỷ đồng cho 10 huyện, thành phố. Tại hội nghị, các đại biểu thống nhất phân bổ đợt 2 số tiền 31,4 tỷ đồng: hỗ trợ 152 hộ có nhà bị sập đổ, cuốn trôi hoàn toàn, mỗi hộ 80 triệu đồng; 486 hộ phải di dời khẩn cấp, mỗi hộ 30 triệu đồng; 2.300 hộ có nhà hư hỏng một phần, mỗi hộ 3 triệu đồng; phần còn lại dành sửa chữa 19 trường học, điểm trường bị hư hỏng.
Ông Đàm Văn Páo, Phó Chủ tịch Ủy ban MTTQ huyện Bảo Lâm, đề nghị ưu tiên các xã vùng cao đồng bào Mông như Nam Quang, Lý Bôn vì nhiều hộ phải ở nhờ nhà người thân. Bà Lục Thị Kim Chi, Phó Giám đốc Sở Lao động - Thương binh và Xã hội, lưu ý việc hỗ trợ phải không trùng với nguồn ngân sách theo Nghị định số 20/2021/NĐ-CP ngày 15/3/2021 của Chính phủ quy định chính sách trợ giúp xã hội đối với đối tượng bảo trợ xã hội.
Kết luận hội nghị, đồng chí Nông Thị Bích Huệ đề nghị Ủy ban MTTQ các huyện, thành phố chuyển tiền đến người dân chậm nhất trong 10 ngày; công khai danh sách tại trụ sở UBND xã và nhà văn hóa xóm; báo cáo kết quả về Ban Vận động cứu trợ tỉnh trước ngày 31/10/2024. Việc phân bổ căn cứ Nghị định số 93/2021/NĐ-CP và Quyết định số 26/QĐ-BVĐCT ngày 8/10/2024 của Ban Vận động cứu trợ tỉnh.
Cũng tại hội nghị, đồng chí Mã Văn Tuấn, Phó Chủ tịch Ủy ban MTTQ tỉnh, thông tin: Mặt trận các cấp đã huy động hơn 9.500 lượt đoàn viên, hội viên giúp dân dọn dẹp, dựng lại nhà; nhiều xóm đã làm "nhà đoàn kết" cho các hộ mất nhà.
Thanh Thủy
Tin liên quan
- Trao 500 suất quà cho học sinh vùng lũ Bảo Lạc (05/10/2024)
- Tiếp nhận 3 tỷ đồng của tỉnh Bình Dương ủng hộ Cao Bằng (28/09/2024)
- Hoàn thành phân bổ đợt 1 nguồn cứu trợ (20/09/2024)
""", "2024-10-10", "Phân bổ đợt 2 hơn 31 tỷ đồng hỗ trợ người dân khắc phục hậu quả thiên tai",
E("hoi_nghi", "2024", "2024-10-09"),
[P("Nông Thị Bích Huệ", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ tỉnh", "Trưởng Ban Vận động cứu trợ tỉnh"),
 P("Đàm Văn Páo", "Phó Chủ tịch Ủy ban MTTQ huyện Bảo Lâm"),
 P("Lục Thị Kim Chi", "Phó Giám đốc Sở Lao động - Thương binh và Xã hội"),
 P("Mã Văn Tuấn", "Phó Chủ tịch Ủy ban MTTQ tỉnh")],
[Q("40 người", 40, "người"), Q("7.870 ngôi nhà", 7870, "ngôi nhà"),
 Q("2.140 ha", 2140, "ha"), Q("trên 1.100 tỷ đồng", 1100000000000, "đồng", "over"), Q("59,8 tỷ đồng", 59800000000, "đồng"),
 Q("25 tỷ đồng", 25000000000, "đồng"), Q("10 huyện, thành phố", 10, "huyện, thành phố"), Q("31,4 tỷ đồng", 31400000000, "đồng"),
 Q("152 hộ", 152, "hộ"), Q("80 triệu đồng", 80000000, "đồng"), Q("486 hộ", 486, "hộ"), Q("30 triệu đồng", 30000000, "đồng"),
 Q("2.300 hộ", 2300, "hộ"), Q("3 triệu đồng", 3000000, "đồng"), Q("19 trường học, điểm trường", 19, "trường học, điểm trường"),
 Q("hơn 9.500 lượt đoàn viên, hội viên", 9500, "lượt đoàn viên, hội viên", "over")],
[D("Nghị định", "20", "2021/NĐ-CP", "2021-03-15", "Chính phủ", "Nghị định số 20/2021/NĐ-CP ngày 15/3/2021"),
 D("Nghị định", "93", "2021/NĐ-CP", None, None, "Nghị định số 93/2021/NĐ-CP"),
 D("Quyết định", "26", "QĐ-BVĐCT", "2024-10-08", "Ban Vận động cứu trợ tỉnh", "Quyết định số 26/QĐ-BVĐCT ngày 8/10/2024")],
[prov("Cao Bằng"), com("Khánh Xuân"), com("Nam Quang"), com("Lý Bôn")],
["BÁO CAO BẰNG", "Trang chủ / Thời sự / Mặt trận - Đoàn thể", "Quang cảnh hội nghị. Ảnh: Thanh Thủy", "nhà đoàn kết"],
["Thứ Năm, 10/10/2024 - 15:30", "năm 2024", "đợt 2", "Bão số 3", "đợt 1", "10 ngày"]))
