from lib import *
PAGES = []

PAGES.append(page("b1223-quangnam-bdv-baocao-tinhhinhnhandan-2023", """
Thứ Năm, 20/07/2023
BAN DÂN VẬN TỈNH ỦY QUẢNG NAM
Trang chủ » Tình hình nhân dân » Báo cáo - Khảo sát
20/07/2023 - 14:10
Dư luận xã hội 6 tháng đầu năm 2023: Đồng tình với cuộc đấu tranh phòng, chống tham nhũng, lo về việc làm và sạt lở
Ngày 14/7, Ban Dân vận Tỉnh ủy Quảng Nam đã có Báo cáo số 142-BC/BDVTU về tình hình nhân dân 6 tháng đầu năm 2023, gửi Ban Dân vận Trung ương và Thường trực Tỉnh ủy. Báo cáo được tổng hợp từ thông tin của 18 huyện, thị xã, thành phố, 1.426 tổ dân vận ở thôn, tổ dân phố và kết quả khảo sát 1.200 người dân ở 9 địa phương.
Nhân dân đồng tình, tin tưởng
Theo báo cáo, đa số cán bộ, đảng viên và nhân dân tin tưởng vào sự lãnh đạo của Đảng, đồng tình cao với cuộc đấu tranh phòng, chống tham nhũng, tiêu cực, nhất là việc xử lý nghiêm các cán bộ có sai phạm trong công tác phòng, chống dịch. Có 79,3% người được hỏi đánh giá đời sống gia đình ổn định; 64,8% cho rằng chính quyền cơ sở giải quyết công việc của dân nhanh hơn so với năm trước.
Nhân dân cũng quan tâm đến việc triển khai Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15, có hiệu lực từ ngày 1/7/2023. Ban Dân vận Tỉnh ủy đã ban hành Công văn số 318-CV/BDVTU định hướng các cấp ủy tổ chức tuyên truyền luật đến từng khu dân cư.
Những vấn đề nhân dân băn khoăn
Bên cạnh đó, người lao động tại các khu công nghiệp Điện Nam - Điện Ngọc, Tam Thăng lo lắng khi nhiều doanh nghiệp dệt may, da giày cắt giảm đơn hàng; 6 tháng qua có hơn 7.300 lao động bị giảm giờ làm hoặc mất việc. Người dân vùng núi Nam Trà My, Phước Sơn, Tây Giang lo lắng trước mùa mưa bão vì nguy cơ sạt lở; hiện còn 1.318 hộ đang sinh sống ở vùng có nguy cơ sạt lở cao chưa được bố trí tái định cư.
Ông Hồ Văn Thích, Bí thư Đảng ủy xã Trà Leng, huyện Nam Trà My, cho biết bà con người Xơ Đăng ở các nóc vùng sạt lở mong sớm được chuyển đến nơi ở an toàn, có đất sản xuất. Bà Bh'riu Thị Hồng, Phó Trưởng Ban Dân vận Huyện ủy Tây Giang, phản ánh tình trạng một số đối tượng lợi dụng mạng xã hội kêu gọi người dân góp tiền "đầu tư" vào các dự án trồng sâm Ngọc Linh không có thật.
Trong 6 tháng, các cơ quan chức năng tiếp 2.046 lượt công dân, tiếp nhận 412 đơn thư, chủ yếu liên quan đến đất đai, bồi thường, hỗ trợ tái định cư; đã xảy ra 3 vụ tụ tập đông người tại các dự án khu đô thị ven biển Điện Bàn, Duy Xuyên. Các địa phương đã tổ chức 146 cuộc đối thoại giữa người đứng đầu với nhân dân.
Kiến nghị, đề xuất
Báo cáo kiến nghị Tỉnh ủy chỉ đạo UBND tỉnh ưu tiên nguồn lực bố trí tái định cư cho các hộ vùng sạt lở trước mùa mưa; có chính sách hỗ trợ đào tạo, chuyển đổi việc làm cho người lao động mất việc; đồng thời chỉ đạo các ngành giải quyết dứt điểm 47 vụ việc khiếu nại kéo dài.
Theo đồng chí Nguyễn Thị Thu Lan, Phó Trưởng Ban Dân vận Tỉnh ủy, thời gian tới Ban sẽ phối hợp Ủy ban MTTQ Việt Nam tỉnh giám sát việc thực hiện Kết luận số 114-KL/TW của Ban Bí thư về công tác dân vận chính quyền tại một số địa phương có nhiều đơn thư, theo Kế hoạch số 68-KH/BDVTU ngày 5/7/2023. Ban cũng đề nghị Ban Tuyên giáo Tỉnh ủy tăng cường định hướng thông tin, không để người dân bị kích động, lôi kéo.
Hữu Trà
Lượt xem: 519
Tin liên quan
- Tình hình nhân dân quý I năm 2023 (14/04/2023)
- Tổng kết 10 năm thực hiện Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương (22/06/2023)
- Nam Trà My: Vận động 86 hộ di dời khỏi vùng sạt lở (15/06/2023)
""", "2023-07-20", "Dư luận xã hội 6 tháng đầu năm 2023: Đồng tình với cuộc đấu tranh phòng, chống tham nhũng, lo về việc làm và sạt lở",
E("bao_cao", "2023-H1", "2023-07-14"),
[P("Hồ Văn Thích", "Bí thư Đảng ủy xã Trà Leng"),
 P("Bh'riu Thị Hồng", "Phó Trưởng Ban Dân vận Huyện ủy Tây Giang"),
 P("Nguyễn Thị Thu Lan", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("18 huyện, thị xã, thành phố", 18, "huyện, thị xã, thành phố"), Q("1.426 tổ dân vận", 1426, "tổ dân vận"),
 Q("1.200 người dân", 1200, "người dân"), Q("9 địa phương", 9, "địa phương"), Q("79,3%", 79.3, "%"), Q("64,8%", 64.8, "%"),
 Q("hơn 7.300 lao động", 7300, "lao động", "over"), Q("1.318 hộ", 1318, "hộ"), Q("2.046 lượt công dân", 2046, "lượt công dân"),
 Q("412 đơn thư", 412, "đơn thư"), Q("3 vụ tụ tập đông người", 3, "vụ tụ tập đông người"),
 Q("146 cuộc đối thoại", 146, "cuộc đối thoại"), Q("47 vụ việc khiếu nại", 47, "vụ việc khiếu nại")],
[D("Báo cáo", "142", "BC/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Báo cáo số 142-BC/BDVTU"),
 D("Luật", "10", "2022/QH15", None, None, "Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15"),
 D("Công văn", "318", "CV/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Công văn số 318-CV/BDVTU"),
 D("Kết luận", "114", "KL/TW", None, "Ban Bí thư", "Kết luận số 114-KL/TW"),
 D("Kế hoạch", "68", "KH/BDVTU", "2023-07-05", None, "Kế hoạch số 68-KH/BDVTU ngày 5/7/2023")],
[prov("Quảng Nam"), com("Trà Leng")],
["Thứ Năm, 20/07/2023", "BAN DÂN VẬN TỈNH ỦY QUẢNG NAM", "Trang chủ » Tình hình nhân dân » Báo cáo - Khảo sát",
 "Nhân dân đồng tình, tin tưởng", "Những vấn đề nhân dân băn khoăn", "Kiến nghị, đề xuất", "Ban Dân vận Trung ương",
 "Điện Nam - Điện Ngọc", "sâm Ngọc Linh", "Lượt xem: 519"],
["Thứ Năm, 20/07/2023", "20/07/2023 - 14:10", "6 tháng đầu năm 2023", "1/7/2023", "6 tháng qua", "Trong 6 tháng",
 "Lượt xem: 519"]))

PAGES.append(page("b1224-quangtri-xa-huc-daihoi-mttq-2024", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HƯỚNG HÓA - TỈNH QUẢNG TRỊ
Trang chủ | Tin tức - Sự kiện | Tin các xã, thị trấn
Ngày đăng: 14/06/2024 | Lượt xem: 236
Đại hội đại biểu MTTQ Việt Nam xã Húc lần thứ X, nhiệm kỳ 2024 - 2029
Ngày 13/6, Ủy ban MTTQ Việt Nam xã Húc tổ chức Đại hội đại biểu lần thứ X, nhiệm kỳ 2024 - 2029. Dự đại hội có ông Hồ Văn Tiếp, Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Hướng Hóa; các đồng chí trong Ban Thường vụ Đảng ủy xã và 100 đại biểu chính thức đại diện cho hơn 4.600 người dân các dân tộc Bru - Vân Kiều, Pa Kô, Kinh trên địa bàn 8 thôn của xã vùng biên giới huyện Hướng Hóa, tỉnh Quảng Trị.
Đoàn Chủ tịch điều hành đại hội.
Đại hội được tổ chức theo tinh thần Chỉ thị số 30-CT/TW ngày 20/2/2024 của Ban Bí thư về lãnh đạo đại hội MTTQ Việt Nam các cấp và Kế hoạch số 12-KH/ĐU của Đảng ủy xã. Báo cáo của Ủy ban MTTQ xã khóa IX cho thấy, nhiệm kỳ qua, Mặt trận và các đoàn thể đã vận động nhân dân hiến hơn 8.000 m2 đất, đóng góp ngày công quy đổi thành tiền khoảng 1,2 tỷ đồng làm đường, kênh mương nội đồng; phối hợp xây dựng 46 nhà Đại đoàn kết cho hộ nghèo. Tỷ lệ hộ nghèo của xã giảm từ 48,6% xuống còn 29,4%.
Hoạt động giám sát, phản biện xã hội được chú trọng, Mặt trận xã đã chủ trì 15 cuộc giám sát về thực hiện chính sách hỗ trợ đất ở, nhà ở, nước sinh hoạt cho đồng bào, chi trả tiền dịch vụ môi trường rừng; qua giám sát đã kiến nghị điều chỉnh danh sách 23 hộ không đúng đối tượng. Ban thanh tra nhân dân xã tiếp nhận 11 đơn phản ánh, đều được giải quyết tại cơ sở, không có đơn vượt cấp.
Phát biểu tại đại hội, bà Hồ Thị Nhớ, Bí thư Đảng ủy xã, ghi nhận vai trò của Mặt trận trong nắm tình hình nhân dân, nhất là trong việc phát hiện, ngăn chặn tình trạng truyền đạo trái pháp luật, vận động bà con không di cư tự do, không buôn bán ma túy qua biên giới. Bà đề nghị Ủy ban MTTQ xã khóa X tiếp tục phát huy vai trò của già làng, trưởng bản, người có uy tín; tổ chức tốt hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền xã với nhân dân mỗi năm ít nhất một lần.
Già làng Hồ Văn Pỏi, người có uy tín thôn Húc Thượng, phát biểu: "Có việc gì khó, bà con thường đến nói với Mặt trận. Mặt trận nói lên xã, xã trả lời cho dân, dân tin". Ông Hồ Văn Dũng, Trưởng ban công tác Mặt trận thôn Tà Rùng, kiến nghị huyện quan tâm sửa chữa tuyến đường vào thôn, mùa mưa thường bị sạt.
Phát biểu chỉ đạo, ông Hồ Văn Tiếp đề nghị Mặt trận xã tiếp tục đổi mới nội dung, phương thức hoạt động, hướng mạnh về khu dân cư; thực hiện tốt Quy định số 124-QĐ/TW của Ban Bí thư về giám sát của MTTQ và nhân dân.
Đại hội đã hiệp thương cử 31 vị vào Ủy ban MTTQ Việt Nam xã khóa X. Tại hội nghị lần thứ nhất, ông Hồ Văn Kiên, ĐUV, Phó Chủ tịch Hội Nông dân xã, được hiệp thương cử giữ chức Chủ tịch Ủy ban MTTQ Việt Nam xã; bà Hồ Thị Lan và ông Nguyễn Văn Bình được cử giữ chức Phó Chủ tịch. Đại hội cũng hiệp thương cử 6 đại biểu đi dự Đại hội đại biểu MTTQ Việt Nam huyện Hướng Hóa lần thứ XII.
Kiều Trang - Trung tâm VH-TT&TT
Tin khác
- Đại hội đại biểu MTTQ Việt Nam xã Thuận lần thứ X (12/06/2024)
- Thị trấn Lao Bảo tổ chức Đại hội MTTQ điểm cấp cơ sở (28/05/2024)
- Hướng Hóa: Tập huấn nghiệp vụ công tác Mặt trận cho cán bộ cơ sở (15/05/2024)
- Xã Hướng Lộc ra mắt mô hình "Khu dân cư không có tội phạm ma túy" (07/05/2024)
""", "2024-06-14", "Đại hội đại biểu MTTQ Việt Nam xã Húc lần thứ X, nhiệm kỳ 2024 - 2029",
E("dai_hoi", None, "2024-06-13"),
[P("Hồ Văn Tiếp", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Hướng Hóa"),
 P("Hồ Thị Nhớ", "Bí thư Đảng ủy xã"),
 P("Hồ Văn Pỏi", "Già làng", "người có uy tín thôn Húc Thượng"),
 P("Hồ Văn Dũng", "Trưởng ban công tác Mặt trận thôn Tà Rùng"),
 P("Hồ Văn Kiên", "ĐUV", "Phó Chủ tịch Hội Nông dân xã", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Hồ Thị Lan", "Phó Chủ tịch"),
 P("Nguyễn Văn Bình", "Phó Chủ tịch")],
[Q("100 đại biểu chính thức", 100, "đại biểu chính thức"), Q("hơn 4.600 người dân", 4600, "người dân", "over"),
 Q("8 thôn", 8, "thôn"), Q("hơn 8.000 m2", 8000, "m2", "over"), Q("khoảng 1,2 tỷ đồng", 1200000000, "đồng", "approx"),
 Q("46 nhà Đại đoàn kết", 46, "nhà Đại đoàn kết"), Q("48,6%", 48.6, "%"), Q("29,4%", 29.4, "%"),
 Q("15 cuộc giám sát", 15, "cuộc giám sát"), Q("23 hộ", 23, "hộ"), Q("11 đơn phản ánh", 11, "đơn phản ánh"),
 Q("31 vị", 31, "vị"), Q("6 đại biểu", 6, "đại biểu")],
[D("Chỉ thị", "30", "CT/TW", "2024-02-20", "Ban Bí thư", "Chỉ thị số 30-CT/TW ngày 20/2/2024"),
 D("Kế hoạch", "12", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch số 12-KH/ĐU"),
 D("Quy định", "124", "QĐ/TW", None, "Ban Bí thư", "Quy định số 124-QĐ/TW")],
[prov("Quảng Trị"), com("Húc")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HƯỚNG HÓA - TỈNH QUẢNG TRỊ", "Trang chủ | Tin tức - Sự kiện | Tin các xã, thị trấn",
 "Lượt xem: 236", "Đoàn Chủ tịch điều hành đại hội."],
["Ngày đăng: 14/06/2024 | Lượt xem: 236", "lần thứ X", "nhiệm kỳ 2024 - 2029", "khóa IX", "khóa X", "lần thứ nhất",
 "lần thứ XII", "mỗi năm ít nhất một lần"]))

PAGES.append(page("b1225-phuyen-bdv-giaoban-thang10-2024", """
BÁO PHÚ YÊN ĐIỆN TỬ
Thời sự | Chính trị | Dân vận
05/11/2024 - 06:00
Đồng chí Lương Thị Mỹ Lệ phát biểu kết luận buổi giao ban. Ảnh: THÚY HẰNG
Tập trung vận động người dân bàn giao mặt bằng cao tốc và sắp xếp lồng bè nuôi tôm hùm
Chiều 4/11, Ban Dân vận Tỉnh ủy Phú Yên tổ chức giao ban công tác dân vận tháng 10/2024 với các cơ quan khối dân vận tỉnh và Ban Dân vận các huyện ủy, thị ủy, thành ủy. Đồng chí Lương Thị Mỹ Lệ, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Theo báo cáo, trong tháng 10, khối dân vận các cấp tập trung vận động người dân vùng dự án đường bộ cao tốc Bắc - Nam phía Đông đoạn qua tỉnh bàn giao mặt bằng. Đến nay, đã có 1.684 hộ dân bàn giao, đạt 98,7% tổng diện tích; còn 22 hộ chưa đồng thuận, chủ yếu do kiến nghị về đơn giá bồi thường đất nông nghiệp theo Quyết định số 35/2024/QĐ-UBND của UBND tỉnh. Ban Dân vận Tỉnh ủy đã phối hợp các địa phương tổ chức 17 buổi đối thoại, tiếp xúc với các hộ dân có vướng mắc.
Tại vịnh Xuân Đài và đầm Cù Mông, việc sắp xếp lại khoảng 24.500 lồng nuôi tôm hùm, cá biển theo quy hoạch được người nuôi đồng tình, song nhiều hộ lo lắng về chi phí di dời và thủ tục giao mặt nước. Tình hình nhân dân vùng đồng bào dân tộc thiểu số ổn định; trong tháng không phát sinh đơn thư vượt cấp.
Thực hiện Chỉ thị số 12-CT/TU ngày 3/5/2024 của Ban Thường vụ Tỉnh ủy về tăng cường công tác dân vận trong giải phóng mặt bằng các dự án trọng điểm, các huyện đã thành lập 46 tổ công tác đến từng hộ dân. Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội đã hoàn thành giám sát việc thực hiện chính sách hỗ trợ tái định cư tại 5 xã.
Tại buổi giao ban, bà Ksor Thị Hiệp, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh, thông tin: Quỹ "Vì người nghèo" các cấp đã vận động được hơn 18,2 tỷ đồng hỗ trợ xây dựng 312 căn nhà cho hộ nghèo, hộ khó khăn về nhà ở, hưởng ứng phong trào thi đua "Cả nước chung tay xóa nhà tạm, nhà dột nát". Ông Phan Văn Quý, Huyện ủy viên, Trưởng Ban Dân vận Huyện ủy Tuy An, phản ánh nhiều người nuôi tôm hùm ở xã An Ninh Đông, An Hải băn khoăn vì chưa có hướng dẫn cụ thể về diện tích mặt nước được giao cho mỗi hộ.
Đồng chí Trần Văn Hậu, Phó Trưởng Ban Dân vận Tỉnh ủy, cho biết Ban đang phối hợp Ban cán sự đảng UBND tỉnh rà soát việc thực hiện Quy chế phối hợp số 03-QCPH/BDVTU-BCSĐ về công tác dân vận chính quyền, chuẩn bị nội dung cho hội nghị đối thoại giữa Bí thư Tỉnh ủy với nhân dân dự kiến tổ chức trong tháng 12.
Kết luận buổi giao ban, đồng chí Lương Thị Mỹ Lệ đề nghị trong tháng 11, các cơ quan khối dân vận tiếp tục bám cơ sở, vận động 22 hộ còn lại sớm bàn giao mặt bằng; nắm tình hình người nuôi trồng thủy sản, kịp thời tham mưu cấp ủy giải quyết kiến nghị chính đáng của nhân dân. Đồng thời chủ động phòng, chống mưa lũ, chuẩn bị tốt công tác dân vận phục vụ đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030 theo tinh thần Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị.
THÚY HẰNG
Lượt xem: 408
Tin liên quan
- Ra mắt 12 mô hình "Dân vận khéo" trong giải phóng mặt bằng (28/10/2024)
- Sông Cầu: Đối thoại với người nuôi tôm hùm về quy hoạch vịnh Xuân Đài (21/10/2024)
- Giao ban công tác dân vận tháng 9/2024 (07/10/2024)
""", "2024-11-05", "Tập trung vận động người dân bàn giao mặt bằng cao tốc và sắp xếp lồng bè nuôi tôm hùm",
E("giao_ban", "2024-10", "2024-11-04"),
[P("Lương Thị Mỹ Lệ", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Ksor Thị Hiệp", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phan Văn Quý", "Huyện ủy viên", "Trưởng Ban Dân vận Huyện ủy Tuy An"),
 P("Trần Văn Hậu", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("1.684 hộ dân", 1684, "hộ dân"), Q("98,7%", 98.7, "%"), Q("22 hộ", 22, "hộ"), Q("17 buổi đối thoại, tiếp xúc", 17, "buổi đối thoại, tiếp xúc"),
 Q("khoảng 24.500 lồng nuôi tôm hùm, cá biển", 24500, "lồng nuôi tôm hùm, cá biển", "approx"),
 Q("46 tổ công tác", 46, "tổ công tác"), Q("5 xã", 5, "xã"), Q("hơn 18,2 tỷ đồng", 18200000000, "đồng", "over"),
 Q("312 căn nhà", 312, "căn nhà")],
[D("Quyết định", "35", "2024/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 35/2024/QĐ-UBND"),
 D("Chỉ thị", "12", "CT/TU", "2024-05-03", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 12-CT/TU ngày 3/5/2024"),
 D("Quy chế phối hợp", "03", "QCPH/BDVTU-BCSĐ", None, None, "Quy chế phối hợp số 03-QCPH/BDVTU-BCSĐ"),
 D("Chỉ thị", "35", "CT/TW", "2024-06-14", "Bộ Chính trị", "Chỉ thị số 35-CT/TW ngày 14/6/2024")],
[prov("Phú Yên"), com("An Ninh Đông"), com("An Hải")],
["BÁO PHÚ YÊN ĐIỆN TỬ", "Thời sự | Chính trị | Dân vận",
 "Đồng chí Lương Thị Mỹ Lệ phát biểu kết luận buổi giao ban. Ảnh: THÚY HẰNG", "Vì người nghèo",
 "Cả nước chung tay xóa nhà tạm, nhà dột nát", "vịnh Xuân Đài", "đầm Cù Mông", "Lượt xem: 408"],
["05/11/2024 - 06:00", "tháng 10/2024", "tháng 10", "tháng 11", "tháng 12", "nhiệm kỳ 2025 - 2030", "Lượt xem: 408"]))

PAGES.append(page("b1226-khanhhoa-mttq-taphuan-capxa-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH KHÁNH HÒA
Chính trị > Mặt trận - Đoàn thể
Thứ Sáu, 17/10/2025 - 15:45
Học viên thảo luận nhóm tại lớp tập huấn.
Bồi dưỡng kỹ năng giám sát, phản biện xã hội cho cán bộ Mặt trận cấp xã
Trong 2 ngày 16 và 17/10, Ủy ban MTTQ Việt Nam tỉnh Khánh Hòa tổ chức lớp tập huấn nghiệp vụ công tác Mặt trận năm 2025 cho gần 330 học viên là chủ tịch, phó chủ tịch Ủy ban MTTQ Việt Nam và trưởng ban công tác Mặt trận của 65 xã, phường, đặc khu trong tỉnh. Bà Nguyễn Thị Mai Phương, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh dự và phát biểu khai mạc.
Đây là lớp tập huấn đầu tiên dành cho đội ngũ cán bộ Mặt trận cơ sở sau khi tỉnh Khánh Hòa và tỉnh Ninh Thuận hợp nhất, chính quyền địa phương hai cấp đi vào hoạt động từ ngày 1/7/2025 và Mặt trận các cấp tiếp nhận các tổ chức chính trị - xã hội, hội quần chúng về trực thuộc. Theo bà Nguyễn Thị Mai Phương, nhiều cán bộ Mặt trận cấp xã được điều động từ các đoàn thể, chưa có kinh nghiệm trong giám sát, phản biện xã hội, trong khi địa bàn xã, phường sau sắp xếp rộng hơn, dân số đông hơn, yêu cầu nắm tình hình nhân dân cao hơn.
Tại lớp học, các học viên được quán triệt Nghị quyết số 60-NQ/TW ngày 12/4/2025 của Ban Chấp hành Trung ương Đảng, Hướng dẫn số 08/HD-MTTW-BTT ngày 25/7/2025 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam về tổ chức bộ máy, chức năng, nhiệm vụ của Mặt trận cấp xã; được hướng dẫn kỹ năng xây dựng kế hoạch giám sát, tổ chức hội nghị phản biện, tiếp nhận và tổng hợp ý kiến, kiến nghị của cử tri, kỹ năng nắm bắt dư luận trên không gian mạng.
Ông Mấu Văn Hào, Ủy viên Ban Thường trực, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh, cho biết theo Kế hoạch số 45/KH-MTTQ-BTT ngày 2/9/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, từ nay đến cuối năm, Mặt trận cấp xã phải tổ chức 2 cuộc giám sát chuyên đề, trong đó ưu tiên giám sát việc giải quyết thủ tục hành chính tại trung tâm phục vụ hành chính công cấp xã và việc thực hiện chính sách đối với cán bộ nghỉ việc do sắp xếp.
Trao đổi tại lớp, bà Pinăng Thị Hòa, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Bác Ái Tây, chia sẻ: địa bàn xã sau hợp nhất có 14 thôn, nhiều thôn cách trung tâm hơn 20 km, bà con người Raglai đi làm thủ tục rất vất vả, nên Mặt trận xã đã đề nghị tổ chức các điểm tiếp nhận hồ sơ lưu động. Ông Phạm Ngọc Tuấn, Chủ tịch Ủy ban MTTQ Việt Nam phường Tây Nha Trang, cho biết từ tháng 7 đến nay, phường đã tiếp nhận 186 ý kiến, kiến nghị của người dân, trong đó 152 ý kiến đã được trả lời; Mặt trận phường đang giám sát việc cấp giấy chứng nhận quyền sử dụng đất ở các khu dân cư cũ.
Bế giảng lớp tập huấn, bà Đặng Thị Thu Hà, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, đề nghị học viên vận dụng kiến thức vào thực tiễn; mỗi xã, phường, đặc khu sớm ban hành quy chế phối hợp với chính quyền cùng cấp về tiếp nhận, giải quyết ý kiến, kiến nghị của nhân dân; chủ động tham mưu cấp ủy tổ chức hội nghị đối thoại giữa người đứng đầu với nhân dân trước Tết Nguyên đán.
Thanh Bình
Lượt xem: 1.305
Tin liên quan
- Ủy ban MTTQ Việt Nam tỉnh giám sát hoạt động trung tâm phục vụ hành chính công tại phường Phan Rang (09/10/2025)
- Mặt trận các cấp tiếp nhận hơn 26 tỷ đồng ủng hộ đồng bào bị thiệt hại do bão (01/10/2025)
- Hội nghị lần thứ hai Ủy ban MTTQ Việt Nam tỉnh khóa I (18/09/2025)
""", "2025-10-17", "Bồi dưỡng kỹ năng giám sát, phản biện xã hội cho cán bộ Mặt trận cấp xã",
E("tap_huan", "2025", "2025-10-16"),
[P("Nguyễn Thị Mai Phương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Mấu Văn Hào", "Ủy viên Ban Thường trực", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh"),
 P("Pinăng Thị Hòa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Bác Ái Tây"),
 P("Phạm Ngọc Tuấn", "Chủ tịch Ủy ban MTTQ Việt Nam phường Tây Nha Trang"),
 P("Đặng Thị Thu Hà", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("gần 330 học viên", 330, "học viên", "approx"), Q("65 xã, phường, đặc khu", 65, "xã, phường, đặc khu"),
 Q("2 cuộc giám sát chuyên đề", 2, "cuộc giám sát chuyên đề"), Q("14 thôn", 14, "thôn"), Q("hơn 20 km", 20, "km", "over"),
 Q("186 ý kiến, kiến nghị", 186, "ý kiến, kiến nghị"), Q("152 ý kiến", 152, "ý kiến")],
[D("Nghị quyết", "60", "NQ/TW", "2025-04-12", "Ban Chấp hành Trung ương Đảng", "Nghị quyết số 60-NQ/TW ngày 12/4/2025"),
 D("Hướng dẫn", "08", "HD-MTTW-BTT", "2025-07-25", "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam",
   "Hướng dẫn số 08/HD-MTTW-BTT ngày 25/7/2025"),
 D("Kế hoạch", "45", "KH-MTTQ-BTT", "2025-09-02", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh",
   "Kế hoạch số 45/KH-MTTQ-BTT ngày 2/9/2025")],
[prov("Khánh Hòa"), prov("Ninh Thuận"), com("Bác Ái Tây"), com("Tây Nha Trang")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH KHÁNH HÒA", "Chính trị > Mặt trận - Đoàn thể", "Học viên thảo luận nhóm tại lớp tập huấn.",
 "Tết Nguyên đán", "Lượt xem: 1.305"],
["Thứ Sáu, 17/10/2025 - 15:45", "2 ngày", "năm 2025", "1/7/2025", "hai cấp", "từ tháng 7", "Lượt xem: 1.305"]))

PAGES.append(page("b1227-daklak-phuong-tuyhoa-doithoai-2025", """
TRANG THÔNG TIN ĐIỆN TỬ PHƯỜNG TUY HÒA - TỈNH ĐẮK LẮK
Trang chủ › Tin tức › Hoạt động của Đảng ủy
Đăng ngày 12/12/2025 - 08:20
Bí thư Đảng ủy phường Tuy Hòa đối thoại với nhân dân năm 2025
Ngày 11/12, tại hội trường Trung tâm phục vụ hành chính công phường, Ban Thường vụ Đảng ủy phường Tuy Hòa phối hợp Ủy ban MTTQ Việt Nam phường tổ chức hội nghị đối thoại giữa Bí thư Đảng ủy phường với nhân dân năm 2025. Đồng chí Lê Văn Tấn, Ủy viên Ban Chấp hành Đảng bộ tỉnh, Bí thư Đảng ủy phường chủ trì hội nghị. Cùng dự có các đồng chí: Đoàn Thị Mỹ Linh, Trần Quốc Huy, Nguyễn Thị Hoàng Yến cùng hơn 300 cử tri đại diện 32 khu phố.
Đồng chí Lê Văn Tấn trả lời ý kiến của cử tri.
Phường Tuy Hòa được thành lập trên cơ sở sắp xếp các phường 1, 2, 4, 5, 6, 7, phường 9 và một phần xã Bình Kiến của thành phố Tuy Hòa, tỉnh Phú Yên (cũ), nay thuộc tỉnh Đắk Lắk, với hơn 78.000 nhân khẩu. Phát biểu khai mạc, đồng chí Nguyễn Thị Hoàng Yến, Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam phường, cho biết trước hội nghị, Mặt trận và các chi hội đã tổng hợp được 41 ý kiến, kiến nghị của nhân dân gửi đến Đảng ủy phường.
Tại hội nghị, 27 lượt ý kiến được nêu trực tiếp. Ông Trương Văn Tài, Trưởng khu phố Liên Trì 1, phản ánh tình trạng ngập úng kéo dài sau mỗi đợt mưa lớn tại các tuyến đường khu vực phía Đông, do hệ thống thoát nước cũ không được nạo vét. Bà Nguyễn Thị Bé, khu phố Ninh Tịnh 3, đề nghị phường làm rõ việc áp dụng bảng giá đất theo Quyết định số 35/2024/QĐ-UBND của UBND tỉnh Phú Yên đối với các hồ sơ chuyển mục đích sử dụng đất nộp trước thời điểm hợp nhất. Nhiều cử tri kiến nghị về thời gian giải quyết hồ sơ đất đai còn chậm, việc đi lại làm thủ tục ở trung tâm hành chính phường khá xa đối với người cao tuổi.
Trả lời các ý kiến, đồng chí Trần Quốc Huy, Phó Bí thư Đảng ủy, Chủ tịch UBND phường, thừa nhận còn 146 hồ sơ đất đai quá hạn, nguyên nhân một phần do khối lượng công việc tăng mạnh sau sắp xếp, một số công chức mới tiếp nhận nhiệm vụ. Phường cam kết giải quyết dứt điểm trong quý I/2026; đồng thời bố trí 2 điểm tiếp nhận hồ sơ vệ tinh tại khu phố. Về ngập úng, phường đã đề xuất tỉnh bố trí 12,8 tỷ đồng cải tạo hệ thống thoát nước tuyến đường Lê Duẩn - Nguyễn Huệ trong năm 2026.
Đồng chí Đoàn Thị Mỹ Linh, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND phường, đề nghị HĐND phường đưa việc giải quyết hồ sơ đất đai vào nội dung giám sát chuyên đề đầu năm.
Kết luận hội nghị, Bí thư Đảng ủy phường Lê Văn Tấn khẳng định đối thoại với nhân dân là trách nhiệm của người đứng đầu theo Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị. Trong số 41 ý kiến, có 19 ý kiến đã được trả lời trực tiếp tại hội nghị; các ý kiến còn lại được giao UBND phường trả lời bằng văn bản trước ngày 31/12 và công khai tại các khu phố theo Kế hoạch số 45-KH/ĐU của Đảng ủy phường.
Quỳnh Như
Lượt truy cập: 672
Tin khác
- Hội nghị Ban Chấp hành Đảng bộ phường lần thứ 5 (05/12/2025)
- Phường Tuy Hòa ra mắt mô hình "Khu phố văn minh, an toàn" (28/11/2025)
- Mặt trận phường trao 150 suất quà cho người dân bị ảnh hưởng bởi lũ (18/11/2025)
""", "2025-12-12", "Bí thư Đảng ủy phường Tuy Hòa đối thoại với nhân dân năm 2025",
E("doi_thoai", "2025", "2025-12-11"),
[P("Lê Văn Tấn", "Ủy viên Ban Chấp hành Đảng bộ tỉnh", "Bí thư Đảng ủy phường"),
 P("Đoàn Thị Mỹ Linh", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND phường"),
 P("Trần Quốc Huy", "Phó Bí thư Đảng ủy", "Chủ tịch UBND phường"),
 P("Nguyễn Thị Hoàng Yến", "Ủy viên Ban Thường vụ Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Trương Văn Tài", "Trưởng khu phố Liên Trì 1"),
 P("Nguyễn Thị Bé")],
[Q("hơn 300 cử tri", 300, "cử tri", "over"), Q("32 khu phố", 32, "khu phố"), Q("hơn 78.000 nhân khẩu", 78000, "nhân khẩu", "over"),
 Q("41 ý kiến, kiến nghị", 41, "ý kiến, kiến nghị"), Q("27 lượt ý kiến", 27, "lượt ý kiến"), Q("146 hồ sơ đất đai", 146, "hồ sơ đất đai"),
 Q("2 điểm tiếp nhận hồ sơ vệ tinh", 2, "điểm tiếp nhận hồ sơ vệ tinh"), Q("12,8 tỷ đồng", 12800000000, "đồng"),
 Q("19 ý kiến", 19, "ý kiến")],
[D("Quyết định", "35", "2024/QĐ-UBND", None, "UBND tỉnh Phú Yên", "Quyết định số 35/2024/QĐ-UBND"),
 D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", "Quy định số 11-QĐi/TW ngày 18/2/2019"),
 D("Kế hoạch", "45", "KH/ĐU", None, "Đảng ủy phường", "Kế hoạch số 45-KH/ĐU")],
[prov("Đắk Lắk"), prov("Phú Yên"), com("Tuy Hòa"), com("Bình Kiến")],
["TRANG THÔNG TIN ĐIỆN TỬ PHƯỜNG TUY HÒA - TỈNH ĐẮK LẮK", "Trang chủ › Tin tức › Hoạt động của Đảng ủy",
 "Đồng chí Lê Văn Tấn trả lời ý kiến của cử tri.", "Trung tâm phục vụ hành chính công", "Lê Duẩn - Nguyễn Huệ",
 "Lượt truy cập: 672"],
["Đăng ngày 12/12/2025 - 08:20", "năm 2025", "phường 1, 2, 4, 5, 6, 7, phường 9", "quý I/2026", "năm 2026", "31/12",
 "Lượt truy cập: 672"]))

PAGES.append(page("b1228-gialai-btgdv-tongket-2025", """
Hôm nay: Thứ Tư, 14/01/2026
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH GIA LAI
Chính trị › Xây dựng Đảng
14/01/2026 07:30
Toàn cảnh hội nghị tại điểm cầu Tỉnh ủy.
Đổi mới phương thức nắm bắt tình hình nhân dân sau hợp nhất
(GLO) - Chiều 13/1, Ban Tuyên giáo và Dân vận Tỉnh ủy Gia Lai tổ chức hội nghị trực tuyến tổng kết công tác tuyên giáo và dân vận năm 2025, triển khai nhiệm vụ năm 2026 đến 135 điểm cầu xã, phường. Đồng chí Nguyễn Văn Hòa, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì hội nghị.
Cùng chủ trì có các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Siu H'Nhui, Đỗ Thị Thanh Hằng, Trương Văn Phước.
Năm 2025 là năm đặc biệt, toàn tỉnh vừa thực hiện hợp nhất tỉnh Gia Lai và tỉnh Bình Định, vừa vận hành chính quyền địa phương hai cấp với 110 xã và 25 phường. Ban Tuyên giáo và Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 03, 04-CT/TU về công tác tuyên truyền, vận động nhân dân đồng thuận với chủ trương sắp xếp và về nâng cao chất lượng nắm tình hình nhân dân ở cơ sở; ký kết Quy chế phối hợp số 02-QC/BTGDVTU-UBMTTQ với Ủy ban MTTQ Việt Nam tỉnh.
Hệ thống cộng tác viên dư luận xã hội được kiện toàn với 1.650 người ở các xã, phường; trong năm đã thực hiện 24 cuộc điều tra, khảo sát dư luận xã hội. Các cấp tiếp nhận 6.112 ý kiến, kiến nghị của nhân dân, đã giải quyết, trả lời 5.818 ý kiến, đạt 95,2%. Phong trào thi đua "Dân vận khéo" có 4.380 mô hình được công nhận. Hưởng ứng phong trào "Cả nước chung tay xóa nhà tạm, nhà dột nát", toàn tỉnh đã xóa 5.646 căn nhà tạm, nhà dột nát với tổng kinh phí hơn 289 tỷ đồng, hoàn thành trước thời hạn.
Tuy vậy, báo cáo cũng chỉ rõ, sau hợp nhất, một bộ phận cán bộ, công chức và người dân còn tâm lý băn khoăn về việc đi lại, làm thủ tục hành chính; ở vùng đồng bào Jrai, Bahnar vẫn còn hiện tượng tuyên truyền, phát triển đạo trái pháp luật; tình trạng tranh chấp đất đai ở một số xã phía Tây chưa được giải quyết dứt điểm.
Tại hội nghị, đồng chí Đinh Văn Hyưn, Bí thư Đảng ủy xã Ia Grai, chia sẻ kinh nghiệm phát huy vai trò người có uy tín trong hòa giải tranh chấp đất, giúp hòa giải thành 37 vụ việc. Đồng chí Lê Thị Bích Ngọc, Phó Bí thư Đảng ủy phường Quy Nhơn Nam, cho biết phường đã duy trì "Ngày thứ Năm lắng nghe dân" với 48 buổi tiếp dân định kỳ trong năm. Bà Rơ Mah H'Lim, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh, thông tin kết quả khảo sát dư luận xã hội cuối năm: 87,6% người được hỏi hài lòng với việc giải quyết thủ tục hành chính ở xã, phường mới; 9,4% còn băn khoăn về khoảng cách đi lại, chủ yếu là người cao tuổi ở các xã vùng sâu.
Phát biểu kết luận, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Nguyễn Văn Hòa đề nghị năm 2026, toàn ngành tập trung tuyên truyền Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ I và Nghị quyết Đại hội XIV của Đảng; làm tốt công tác dân vận phục vụ bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031; thực hiện hiệu quả Kế hoạch số 12-KH/BTGDVTU ngày 5/1/2026 về nắm bắt, định hướng dư luận xã hội.
Dịp này, 18 tập thể, 27 cá nhân được Ban Tuyên giáo và Dân vận Tỉnh ủy tặng giấy khen.
Bài và ảnh: Hồng Thi
Lượt xem: 1.487
Tin liên quan
- Gia Lai: 135 xã, phường hoàn thành hội nghị tổng kết công tác dân vận (09/01/2026)
- Ban Tuyên giáo và Dân vận Tỉnh ủy làm việc với Đảng ủy xã Kbang (26/12/2025)
- Tôn vinh 50 người có uy tín tiêu biểu năm 2025 (19/12/2025)
""", "2026-01-14", "Đổi mới phương thức nắm bắt tình hình nhân dân sau hợp nhất",
E("tong_ket", "2025", "2026-01-13"),
[P("Nguyễn Văn Hòa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Siu H'Nhui", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Đỗ Thị Thanh Hằng", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Trương Văn Phước", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Đinh Văn Hyưn", "Bí thư Đảng ủy xã Ia Grai"),
 P("Lê Thị Bích Ngọc", "Phó Bí thư Đảng ủy phường Quy Nhơn Nam"),
 P("Rơ Mah H'Lim", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh")],
[Q("135 điểm cầu", 135, "điểm cầu"), Q("110 xã", 110, "xã"), Q("25 phường", 25, "phường"),
 Q("1.650 người", 1650, "người"), Q("24 cuộc điều tra, khảo sát dư luận xã hội", 24, "cuộc điều tra, khảo sát dư luận xã hội"),
 Q("6.112 ý kiến, kiến nghị", 6112, "ý kiến, kiến nghị"), Q("5.818 ý kiến", 5818, "ý kiến"), Q("95,2%", 95.2, "%"),
 Q("4.380 mô hình", 4380, "mô hình"), Q("5.646 căn nhà tạm, nhà dột nát", 5646, "căn nhà tạm, nhà dột nát"),
 Q("hơn 289 tỷ đồng", 289000000000, "đồng", "over"), Q("37 vụ việc", 37, "vụ việc"), Q("48 buổi tiếp dân", 48, "buổi tiếp dân"), Q("87,6%", 87.6, "%"), Q("9,4%", 9.4, "%"),
 Q("18 tập thể", 18, "tập thể"), Q("27 cá nhân", 27, "cá nhân")],
[D("Chỉ thị", "03", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 03, 04-CT/TU"),
 D("Chỉ thị", "04", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 03, 04-CT/TU"),
 D("Quy chế phối hợp", "02", "QC/BTGDVTU-UBMTTQ", None, None, "Quy chế phối hợp số 02-QC/BTGDVTU-UBMTTQ"),
 D("Kế hoạch", "12", "KH/BTGDVTU", "2026-01-05", None, "Kế hoạch số 12-KH/BTGDVTU ngày 5/1/2026")],
[prov("Gia Lai"), prov("Bình Định"), com("Ia Grai"), com("Quy Nhơn Nam")],
["Hôm nay: Thứ Tư, 14/01/2026", "BÁO VÀ PHÁT THANH, TRUYỀN HÌNH GIA LAI", "Chính trị › Xây dựng Đảng",
 "Toàn cảnh hội nghị tại điểm cầu Tỉnh ủy.", "(GLO)", "Dân vận khéo", "Cả nước chung tay xóa nhà tạm, nhà dột nát",
 "Ngày thứ Năm lắng nghe dân", "Nghị quyết Đại hội XIV của Đảng", "Lượt xem: 1.487"],
["Hôm nay: Thứ Tư, 14/01/2026", "14/01/2026 07:30", "năm 2025", "năm 2026", "hai cấp", "lần thứ I", "Đại hội XIV",
 "khóa XVI", "nhiệm kỳ 2026 - 2031", "Lượt xem: 1.487"]))
