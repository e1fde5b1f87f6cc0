from lib import *
PAGES = []

PAGES.append(page("b3149-thanhhoa-dvk-tongket-2011", """
BAN DÂN VẬN TỈNH ỦY THANH HÓA - Cổng thông tin điện tử
Trang chủ > Tin tức > Phong trào thi đua "Dân vận khéo"
Thứ Sáu, 16/12/2011 - 09:30
Ảnh: Các tập thể nhận Bằng khen của Chủ tịch UBND tỉnh.
Tổng kết phong trào thi đua "Dân vận khéo" năm 2011: 87 mô hình được biểu dương
Ngày 14/12/2011, Ban Dân vận Tỉnh ủy Thanh Hóa tổ chức hội nghị tổng kết phong trào thi đua "Dân vận khéo" năm 2011 và triển khai nhiệm vụ năm 2012. Đồng chí Lê Thị Thìn, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.
Năm 2011 là năm thứ ba tỉnh triển khai phong trào theo Kế hoạch số 32-KH/BDVTU ngày 20/4/2009 của Ban Dân vận Tỉnh ủy. Toàn tỉnh có 1.245 mô hình, điển hình "Dân vận khéo" được đăng ký, trong đó 87 mô hình được biểu dương cấp tỉnh. Các mô hình tập trung vào phát triển kinh tế, xây dựng nông thôn mới, giữ gìn an ninh trật tự; nhân dân đã hiến hơn 42.000 m2 đất, đóng góp khoảng 18,6 tỷ đồng và hơn 95.000 ngày công làm đường giao thông, kênh mương nội đồng.
Báo cáo của Ban Dân vận Tỉnh ủy do đồng chí Hà Văn Chiển, Phó Trưởng Ban Dân vận Tỉnh ủy trình bày nêu rõ: các cấp ủy đã gắn phong trào với thực hiện Chỉ thị số 03-CT/TW của Bộ Chính trị về tiếp tục đẩy mạnh cuộc vận động "Học tập và làm theo tấm gương đạo đức Hồ Chí Minh" và Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị ban hành Quy chế công tác dân vận của hệ thống chính trị.
Tại hội nghị, ông Lò Văn Pản, Chủ tịch UBND xã Trung Lý (huyện Mường Lát) chia sẻ cách vận động đồng bào Mông, Thái xóa bỏ tập tục lạc hậu trong ma chay, cưới xin; bà Phạm Thị Ngọc, Chủ tịch Hội LHPN xã Hoằng Đạo, giới thiệu mô hình "Tổ phụ nữ tự quản đường làng" với 46 tổ viên.
Dịp này, 15 tập thể và 20 cá nhân được nhận Bằng khen của Chủ tịch UBND tỉnh; 34 tập thể, 52 cá nhân được Ban Dân vận Tỉnh ủy tặng Giấy khen. Mỗi tập thể được thưởng 1,5 triệu đồng, mỗi cá nhân 600.000 đồng.
Phát biểu kết luận, đồng chí Lê Thị Thìn đề nghị năm 2012 các huyện, thị, thành ủy tiếp tục đưa phong trào đi vào chiều sâu, tránh chạy theo số lượng, mỗi xã ít nhất 2 mô hình "Dân vận khéo" có hiệu quả; chú trọng nhân rộng cách làm hay ở vùng đồng bào dân tộc thiểu số miền núi.
Thu Hà
Số lượt xem: 1.204
Bản in | Gửi email
Tin khác
- Mường Lát: vận động đồng bào Mông định canh, định cư (08/12/2011)
- Hội nghị giao ban khối dân vận quý IV năm 2011 (28/11/2011)
- Tặng Giấy khen 12 tập thể có thành tích trong công tác dân vận chính quyền (10/11/2011)
- Nông Cống: ra mắt mô hình "Dân vận khéo" trong xây dựng nông thôn mới (02/11/2011)
- Bá Thước tổng kết 5 năm thực hiện Quy chế dân chủ ở cơ sở (20/10/2011)
""", "2011-12-16", "Tổng kết phong trào thi đua \"Dân vận khéo\" năm 2011: 87 mô hình được biểu dương",
E("tong_ket", "2011", "2011-12-14"),
[P("Lê Thị Thìn", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hà Văn Chiển", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lò Văn Pản", "Chủ tịch UBND xã Trung Lý"),
 P("Phạm Thị Ngọc", "Chủ tịch Hội LHPN xã Hoằng Đạo")],
[Q("87 mô hình", 87, "mô hình"), Q("1.245 mô hình, điển hình", 1245, "mô hình, điển hình"),
 Q("hơn 42.000 m2", 42000, "m2", "over"), Q("khoảng 18,6 tỷ đồng", 18600000000, "đồng", "approx"),
 Q("hơn 95.000 ngày công", 95000, "ngày công", "over"), Q("46 tổ viên", 46, "tổ viên"),
 Q("15 tập thể", 15, "tập thể"), Q("20 cá nhân", 20, "cá nhân"), Q("34 tập thể", 34, "tập thể"), Q("52 cá nhân", 52, "cá nhân"),
 Q("1,5 triệu đồng", 1500000, "đồng"), Q("600.000 đồng", 600000, "đồng"),
 Q("ít nhất 2 mô hình", 2, "mô hình", "over")],
[D("Kế hoạch", "32", "KH/BDVTU", "2009-04-20", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 32-KH/BDVTU ngày 20/4/2009"),
 D("Chỉ thị", "03", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 03-CT/TW"),
 D("Quyết định", "290", "QĐ/TW", "2010-02-25", "Bộ Chính trị", "Quyết định số 290-QĐ/TW ngày 25/2/2010")],
[prov("Thanh Hóa"), com("Trung Lý"), com("Hoằng Đạo")],
["BAN DÂN VẬN TỈNH ỦY THANH HÓA - Cổng thông tin điện tử", "Trang chủ > Tin tức > Phong trào thi đua \"Dân vận khéo\"",
 "Ảnh: Các tập thể nhận Bằng khen của Chủ tịch UBND tỉnh.", "Dân vận khéo", "Học tập và làm theo tấm gương đạo đức Hồ Chí Minh",
 "Tổ phụ nữ tự quản đường làng", "Số lượt xem: 1.204", "Bản in | Gửi email"],
["Thứ Sáu, 16/12/2011 - 09:30", "năm thứ ba", "năm 2011", "năm 2012", "Số lượt xem: 1.204"]))

PAGES.append(page("b3150-laocai-dvk-bieuduong-2012", """
Báo Lào Cai điện tử
Xã hội » Dân tộc - Tôn giáo
08:45 | 10/08/2012
Biểu dương 64 điển hình "Dân vận khéo" vùng đồng bào dân tộc thiểu số
Toàn cảnh hội nghị biểu dương.
(BLC) - Sáng 9/8, Ban Dân vận Tỉnh ủy Lào Cai tổ chức Hội nghị biểu dương điển hình "Dân vận khéo" vùng đồng bào dân tộc thiểu số năm 2012. Dự hội nghị có đồng chí Giàng Seo Vần, Phó Bí thư Tỉnh ủy; đồng chí Hoàng Thị Dung, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy cùng 64 điển hình là người có uy tín, trưởng thôn, cán bộ cơ sở đến từ 9 huyện, thành phố.
Theo đồng chí Hoàng Thị Dung, sau gần 3 năm thực hiện Hướng dẫn số 05-HD/BDVTU của Ban Dân vận Tỉnh ủy về phong trào thi đua "Dân vận khéo", vùng cao Lào Cai đã xuất hiện nhiều cách làm sáng tạo. Nhiều thôn bản đã xóa bỏ tục thách cưới, ma chay kéo dài; 312 hộ đồng bào Mông, Dao ở các xã biên giới tự nguyện chuyển đổi 410 ha nương rẫy sang trồng chè, thảo quả.
Tiêu biểu là ông Sùng A Páo, người có uy tín thôn Sín Chải, xã Tả Phìn (huyện Sa Pa), đã vận động 27 hộ trong thôn không nghe theo kẻ xấu tuyên truyền đạo trái pháp luật, tự giác giao nộp 3 khẩu súng kíp. Bà Tẩn Tả Mẩy, Chi hội trưởng Chi hội phụ nữ thôn Lao Chải, vận động chị em thành lập tổ thêu thổ cẩm, thu nhập bình quân 1,2 triệu đồng/người/tháng. Ông Lù Văn Dìn, Bí thư Chi bộ thôn Na Lin, xã Mường Khương, đi đầu hiến 600 m2 đất làm nhà văn hóa thôn.
Tham luận tại hội nghị, anh Vàng Seo Chín, Phó Bí thư Đoàn xã Bản Lầu, nêu kinh nghiệm dùng tiếng Mông để tuyên truyền chính sách qua loa truyền thanh; ông Phàn Văn Lìn, Trưởng thôn Nậm Sài, người Dao đỏ, cho biết thôn đã 5 năm liền không có hộ tái nghèo.
Phát biểu tại hội nghị, đồng chí Giàng Seo Vần biểu dương các điển hình, đề nghị các cấp ủy tiếp tục phát huy vai trò của người có uy tín theo tinh thần Chỉ thị 06, 07-CT/TU của Ban Thường vụ Tỉnh ủy; kịp thời khen thưởng những cá nhân có cách làm hay.
Dịp này, Ban Dân vận Tỉnh ủy tặng Giấy khen cho 64 điển hình, mỗi điển hình kèm phần thưởng trị giá 500.000 đồng. Tổng kinh phí tổ chức hội nghị khoảng 70 triệu đồng do ngân sách tỉnh bảo đảm.
Ghi nhận tại các địa phương cho thấy, phong trào đã góp phần củng cố niềm tin của đồng bào vào cấp ủy, chính quyền. Tuy vậy, một số nơi việc xây dựng mô hình còn hình thức, chưa gắn với nhiệm vụ chính trị của địa phương, việc nhân rộng điển hình còn chậm.
Minh Đức
Lượt đọc: 532
Tin cùng chuyên mục
- Bắc Hà: tổ chức Hội nghị người có uy tín năm 2012 (02/08/2012)
- Bát Xát: 15 thôn ký cam kết không có người tuyên truyền đạo trái phép (25/07/2012)
- Si Ma Cai: tuyên dương 10 gương điển hình tiên tiến (17/07/2012)
""", "2012-08-10", "Biểu dương 64 điển hình \"Dân vận khéo\" vùng đồng bào dân tộc thiểu số",
E("hoi_nghi", "2012", "2012-08-09"),
[P("Giàng Seo Vần", "Phó Bí thư Tỉnh ủy"),
 P("Hoàng Thị Dung", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Sùng A Páo", "người có uy tín thôn Sín Chải"),
 P("Tẩn Tả Mẩy", "Chi hội trưởng Chi hội phụ nữ thôn Lao Chải"),
 P("Lù Văn Dìn", "Bí thư Chi bộ thôn Na Lin"),
 P("Vàng Seo Chín", "Phó Bí thư Đoàn xã Bản Lầu"),
 P("Phàn Văn Lìn", "Trưởng thôn Nậm Sài")],
[Q("64 điển hình", 64, "điển hình"), Q("9 huyện, thành phố", 9, "huyện, thành phố"),
 Q("312 hộ đồng bào Mông, Dao", 312, "hộ đồng bào Mông, Dao"), Q("410 ha", 410, "ha"),
 Q("27 hộ", 27, "hộ"), Q("3 khẩu súng kíp", 3, "khẩu súng kíp"),
 Q("1,2 triệu đồng", 1200000, "đồng"), Q("600 m2", 600, "m2"),
 Q("500.000 đồng", 500000, "đồng"), Q("khoảng 70 triệu đồng", 70000000, "đồng", "approx")],
[D("Hướng dẫn", "05", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 05-HD/BDVTU"),
 D("Chỉ thị", "06", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 06, 07-CT/TU"),
 D("Chỉ thị", "07", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 06, 07-CT/TU")],
[prov("Lào Cai"), com("Tả Phìn"), com("Mường Khương"), com("Bản Lầu")],
["Báo Lào Cai điện tử", "Xã hội » Dân tộc - Tôn giáo", "Toàn cảnh hội nghị biểu dương.", "(BLC)", "Dân vận khéo", "Lượt đọc: 532"],
["08:45 | 10/08/2012", "gần 3 năm", "5 năm liền", "Lượt đọc: 532"]))

PAGES.append(page("b3151-nghean-quychau-dvk-soket-2013", """
HUYỆN ỦY QUỲ CHÂU - TRANG THÔNG TIN ĐIỆN TỬ
Bạn đang ở: Trang chủ / Hoạt động / Dân vận
Ngày đăng 19/07/2013 | 15:40
Quỳ Châu đẩy mạnh phong trào "Dân vận khéo" ở bản vùng cao
Ngày 17/7/2013, Ban Dân vận Huyện ủy Quỳ Châu (tỉnh Nghệ An) tổ chức hội nghị sơ kết phong trào thi đua "Dân vận khéo" 6 tháng đầu năm 2013, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Lô Văn Bằng, HUV, Trưởng Ban Dân vận Huyện ủy chủ trì.
Đồng chí Lô Văn Bằng phát biểu tại hội nghị. Ảnh: Quang Minh
Sáu tháng qua, 12 xã, thị trấn trong huyện đã đăng ký 58 mô hình "Dân vận khéo", trong đó 21 mô hình trong lĩnh vực kinh tế, 17 mô hình về văn hóa - xã hội, còn lại về quốc phòng, an ninh và xây dựng hệ thống chính trị. Đồng bào các dân tộc Thái, Khơ Mú đã hiến trên 3 km đất làm đường nội bản, góp 1.850 ngày công; 96% hộ gia đình đăng ký gia đình văn hóa.
Báo cáo nêu rõ, Ban Dân vận Huyện ủy đã tham mưu Ban Thường vụ Huyện ủy ban hành Kế hoạch số 47-KH/HU ngày 5/3/2013 về thực hiện phong trào thi đua "Dân vận khéo" giai đoạn 2013 - 2015 và Công văn số 112-CV/HU về nhân rộng mô hình điển hình. Khối dân vận đã phối hợp hòa giải thành 14 vụ việc tranh chấp đất rừng giữa các bản.
Tham luận tại hội nghị, bà Vi Thị Hoa, Chủ tịch Hội Nông dân xã Châu Hạnh, chia sẻ mô hình "Tổ hợp tác dệt thổ cẩm" thu hút 35 chị em người Thái, thu nhập khoảng 2 triệu đồng/tháng. Ông Lữ Văn Ninh, Bí thư Chi bộ bản Hủa Na, xã Châu Tiến, cho biết chi bộ vận động 42 hộ trồng mới 60 ha keo, không để xảy ra cháy rừng. Ông Lang Văn Chương, Trưởng bản Na Ca, đề nghị huyện hỗ trợ giống cây trồng cho bà con tái định cư thủy điện Hủa Na.
Kết luận hội nghị, đồng chí Lô Văn Bằng yêu cầu các tổ chức cơ sở đảng gắn phong trào với thực hiện Nghị quyết số 25-NQ/TW ngày 3/6/2013 của Ban Chấp hành Trung ương (khóa XI) về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới; mỗi xã, thị trấn có ít nhất 1 mô hình tiêu biểu để biểu dương cuối năm.
Tại hội nghị, Ban Dân vận Huyện ủy tặng Giấy khen cho 6 tập thể, 9 cá nhân có thành tích xuất sắc.
Hội nghị cũng chỉ ra một số hạn chế: việc đăng ký mô hình ở một số xã còn chạy theo số lượng, thiếu kiểm tra, đánh giá; kinh phí hỗ trợ cho các mô hình còn hạn hẹp; năng lực của một bộ phận cán bộ dân vận cơ sở chưa đáp ứng yêu cầu, nhất là ở các bản vùng sâu, vùng xa.
Quang Minh - Ban Dân vận Huyện ủy
Các tin đã đưa
- Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 12 (12/07/2013)
- Châu Phong ra mắt mô hình "Bản không có người nghiện" (03/07/2013)
- Tập huấn nghiệp vụ công tác dân vận cho cán bộ cơ sở (21/06/2013)
- Quỳ Châu: 100% thôn bản có tổ hòa giải (10/06/2013)
""", "2013-07-19", "Quỳ Châu đẩy mạnh phong trào \"Dân vận khéo\" ở bản vùng cao",
E("so_ket", "2013-H1", "2013-07-17"),
[P("Lô Văn Bằng", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Vi Thị Hoa", "Chủ tịch Hội Nông dân xã Châu Hạnh"),
 P("Lữ Văn Ninh", "Bí thư Chi bộ bản Hủa Na"),
 P("Lang Văn Chương", "Trưởng bản Na Ca")],
[Q("12 xã, thị trấn", 12, "xã, thị trấn"), Q("58 mô hình", 58, "mô hình"), Q("21 mô hình", 21, "mô hình"),
 Q("17 mô hình", 17, "mô hình"), Q("trên 3 km", 3, "km", "over"), Q("1.850 ngày công", 1850, "ngày công"),
 Q("96%", 96, "%"), Q("14 vụ việc tranh chấp đất rừng", 14, "vụ việc tranh chấp đất rừng"),
 Q("35 chị em", 35, "chị em"), Q("khoảng 2 triệu đồng", 2000000, "đồng", "approx"),
 Q("42 hộ", 42, "hộ"), Q("60 ha", 60, "ha"), Q("ít nhất 1 mô hình tiêu biểu", 1, "mô hình tiêu biểu", "over"),
 Q("6 tập thể", 6, "tập thể"), Q("9 cá nhân", 9, "cá nhân")],
[D("Kế hoạch", "47", "KH/HU", "2013-03-05", "Ban Thường vụ Huyện ủy", "Kế hoạch số 47-KH/HU ngày 5/3/2013"),
 D("Công văn", "112", "CV/HU", None, "Ban Thường vụ Huyện ủy", "Công văn số 112-CV/HU"),
 D("Nghị quyết", "25", "NQ/TW", "2013-06-03", "Ban Chấp hành Trung ương", "Nghị quyết số 25-NQ/TW ngày 3/6/2013")],
[prov("Nghệ An"), com("Châu Hạnh"), com("Châu Tiến")],
["HUYỆN ỦY QUỲ CHÂU - TRANG THÔNG TIN ĐIỆN TỬ", "Bạn đang ở: Trang chủ / Hoạt động / Dân vận",
 "Đồng chí Lô Văn Bằng phát biểu tại hội nghị. Ảnh: Quang Minh", "Dân vận khéo", "Tổ hợp tác dệt thổ cẩm", "Hủa Na"],
["Ngày đăng 19/07/2013 | 15:40", "6 tháng đầu năm 2013", "6 tháng cuối năm", "Sáu tháng qua", "giai đoạn 2013 - 2015", "khóa XI"]))

PAGES.append(page("b3152-quangnam-dvk-tongket-2014", """
Cổng Thông tin điện tử Ban Dân vận Tỉnh ủy Quảng Nam
Trang chủ » Tin tức - Sự kiện » Tin hoạt động
Cập nhật: 14:20, 26/12/2014 (GMT+7)
Quảng Nam: Tổng kết công tác dân vận và phong trào "Dân vận khéo" năm 2014
Quang cảnh hội nghị tổng kết. (Ảnh: BDV)
Chiều 24/12/2014, Ban Dân vận Tỉnh ủy Quảng Nam tổ chức hội nghị tổng kết công tác dân vận năm 2014 và phong trào thi đua "Dân vận khéo", triển khai nhiệm vụ năm 2015. Dự hội nghị có đồng chí Nguyễn Ngọc Quang, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh; đồng chí Trần Thị Kim Hoa, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy.
Năm 2014, các cấp trong tỉnh xây dựng mới 214 mô hình "Dân vận khéo", nâng tổng số lên 1.032 mô hình. Nhân dân hiến 186.000 m2 đất, đóng góp hơn 46 tỷ đồng xây dựng nông thôn mới; 4.120 hộ dân vùng dự án thủy điện, đường cao tốc Đà Nẵng - Quảng Ngãi được vận động bàn giao mặt bằng. Ban Dân vận Tỉnh ủy tham mưu Tỉnh ủy ban hành Chỉ thị số 21-CT/TU ngày 15/8/2014 về tăng cường công tác dân vận ở vùng đồng bào dân tộc thiểu số miền núi.
Ở các huyện miền núi, nhiều điển hình là người Cơ Tu, Xơ Đăng, Giẻ Triêng. Ông Bhling Mia, người có uy tín thôn Arớh, xã Lăng (huyện Tây Giang), vận động 38 hộ giữ rừng cộng đồng hơn 700 ha; bà Alăng Thị Mai, Chủ tịch Hội LHPN xã Ch'ơm, đưa chị em vào tổ tiết kiệm với 120 thành viên. Ông Hồ Văn Lênh, Bí thư Đảng ủy xã Trà Cang (huyện Nam Trà My), được biểu dương vì vận động đồng bào Xơ Đăng trồng sâm Ngọc Linh dưới tán rừng.
Phát biểu chỉ đạo, đồng chí Nguyễn Ngọc Quang đề nghị thực hiện tốt Quyết định 217, 218-QĐ/TW của Bộ Chính trị về giám sát, phản biện xã hội và góp ý xây dựng Đảng, xây dựng chính quyền; đồng thời quan tâm bồi dưỡng cán bộ dân vận người dân tộc thiểu số.
Dịp này, 12 tập thể và 18 cá nhân được tặng Bằng khen của UBND tỉnh theo Quyết định số 4512/QĐ-UBND ngày 19/12/2014; Ban Dân vận Tỉnh ủy tặng Giấy khen cho 25 tập thể, 31 cá nhân. Đồng chí Pơloong Thị Hoa, Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy, đọc quyết định khen thưởng.
Hội nghị thống nhất một số nhiệm vụ trọng tâm năm 2015: tiếp tục học tập, quán triệt các nghị quyết, chỉ thị của Đảng về công tác dân vận; nâng cao chất lượng hoạt động của khối dân vận các cấp; kịp thời nắm bắt tâm tư, nguyện vọng của nhân dân ở các vùng dự án, không để phát sinh điểm nóng; tổ chức biểu dương điển hình "Dân vận khéo" giai đoạn 2010 - 2015 vào dịp kỷ niệm Ngày truyền thống công tác dân vận của Đảng.
Hoàng Liên
Lượt xem: 2.147
Các tin khác
- Tây Giang: 10 năm giữ rừng cộng đồng (18/12/2014)
- Biểu dương 45 người có uy tín tiêu biểu (05/12/2014)
- Giao ban công tác dân vận quý IV năm 2014 (28/11/2014)
""", "2014-12-26", "Quảng Nam: Tổng kết công tác dân vận và phong trào \"Dân vận khéo\" năm 2014",
E("tong_ket", "2014", "2014-12-24"),
[P("Nguyễn Ngọc Quang", "Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Trần Thị Kim Hoa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Bhling Mia", "người có uy tín thôn Arớh"),
 P("Alăng Thị Mai", "Chủ tịch Hội LHPN xã Ch'ơm"),
 P("Hồ Văn Lênh", "Bí thư Đảng ủy xã Trà Cang"),
 P("Pơloong Thị Hoa", "Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy")],
[Q("214 mô hình", 214, "mô hình"), Q("1.032 mô hình", 1032, "mô hình"), Q("186.000 m2", 186000, "m2"),
 Q("hơn 46 tỷ đồng", 46000000000, "đồng", "over"), Q("4.120 hộ dân", 4120, "hộ dân"),
 Q("38 hộ", 38, "hộ"), Q("hơn 700 ha", 700, "ha", "over"), Q("120 thành viên", 120, "thành viên"),
 Q("12 tập thể", 12, "tập thể"), Q("18 cá nhân", 18, "cá nhân"), Q("25 tập thể", 25, "tập thể"), Q("31 cá nhân", 31, "cá nhân")],
[D("Chỉ thị", "21", "CT/TU", "2014-08-15", "Tỉnh ủy", "Chỉ thị số 21-CT/TU ngày 15/8/2014"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW"),
 D("Quyết định", "4512", "QĐ-UBND", "2014-12-19", "UBND tỉnh", "Quyết định số 4512/QĐ-UBND ngày 19/12/2014")],
[prov("Quảng Nam"), com("Lăng"), com("Ch'ơm"), com("Trà Cang")],
["Cổng Thông tin điện tử Ban Dân vận Tỉnh ủy Quảng Nam", "Trang chủ » Tin tức - Sự kiện » Tin hoạt động",
 "Quang cảnh hội nghị tổng kết. (Ảnh: BDV)", "Dân vận khéo", "Lượt xem: 2.147"],
["Cập nhật: 14:20, 26/12/2014 (GMT+7)", "năm 2014", "năm 2015", "Lượt xem: 2.147"]))

PAGES.append(page("b3153-soctrang-guongdvk-2015", """
BÁO SÓC TRĂNG ONLINE
Chính trị » Gương sáng
29-10-2015 08:10
Ảnh: Ông Thạch Sa Ráth (bìa phải) trò chuyện với bà con trong phum sóc.
Người "dân vận khéo" ở phum sóc Khmer
Hơn 20 năm làm công tác mặt trận ở cơ sở, ông Thạch Sa Ráth, Bí thư Chi bộ, Trưởng ban Công tác Mặt trận ấp Tà Liêm, xã Lâm Tân (huyện Thạnh Trị), được bà con Khmer gọi thân mật là "Lục Ta" - người cha hiền của ấp.
Ấp Tà Liêm là một trong những ấp đặc biệt khó khăn của tỉnh Sóc Trăng, có 412 hộ, trong đó hơn 70% là đồng bào Khmer. Năm 2010, ấp còn 96 hộ nghèo; đến nay chỉ còn 18 hộ. Theo ông Sa Ráth, bí quyết là "nói cho dân hiểu bằng tiếng Khmer, làm trước cho dân xem". Ông đi đầu hiến 250 m2 đất mở đường, rồi vận động thêm 37 hộ hiến đất, góp tổng cộng khoảng 3.400 m2, cùng 410 triệu đồng làm 2,6 km đường bê tông nông thôn.
Phối hợp với Đại đức Lâm Thanh Hiền, trụ trì chùa Tà Liêm, ông vận động các gia đình giữ con em đi học, lập quỹ khuyến học với số dư hơn 60 triệu đồng. Nhiều năm liền, ấp không có trẻ bỏ học, không có đơn thư vượt cấp.
Bà Lý Thị Sa Quênh, Chủ tịch Hội LHPN xã Lâm Tân, cho biết: nhờ ông thuyết phục, 52 chị em đã vay vốn nuôi bò, trồng mía; thu nhập bình quân đầu người của ấp tăng lên khoảng 28 triệu đồng/năm.
Với những đóng góp đó, ông Thạch Sa Ráth được Chủ tịch UBND tỉnh tặng Bằng khen theo Quyết định số 1865/QĐ-UBND ngày 22/9/2015 và được chọn là 1 trong 25 điển hình "Dân vận khéo" tiêu biểu của tỉnh giai đoạn 2010 - 2015. Ông cũng là người có uy tín của ấp 3 nhiệm kỳ liên tiếp.
Ông Sơn Văn Khol, Phó Trưởng Ban Dân vận Huyện ủy Thạnh Trị, nhận xét: "Ông Sa Ráth không nói nhiều, nhưng việc gì ông đã nhận với dân thì làm đến nơi đến chốn. Đó chính là tinh thần của phong trào thi đua "Dân vận khéo" mà Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư đề ra cho công tác dân vận chính quyền".
Sắp tới, ông dự định vận động bà con thành lập tổ hợp tác trồng lúa thơm ST, liên kết bao tiêu với doanh nghiệp, để thêm nhiều hộ thoát nghèo bền vững. Ông tâm sự, điều ông mong nhất là con em trong ấp học xong trở về giúp phum sóc mình giàu lên.
Những ngày cuối tháng 10, khi nước bắt đầu rút, người ta lại thấy ông đạp chiếc xe cũ đi khắp các xóm, ghé từng nhà hỏi chuyện mùa màng, chuyện học hành của con cháu. Với bà con Tà Liêm, ông không chỉ là cán bộ mà còn là người thân trong mỗi gia đình.
Bài, ảnh: Kim Ngân
Bình luận (0) | In bài | Chia sẻ
Tin liên quan
- Mỹ Xuyên: tuyên dương 30 điển hình "Dân vận khéo" (20/10/2015)
- Ngã Năm: sơ kết 5 năm phong trào "Dân vận khéo" (14/10/2015)
- Vận động đồng bào Khmer hiến đất làm đường giao thông nông thôn (02/10/2015)
""", "2015-10-29", "Người \"dân vận khéo\" ở phum sóc Khmer",
E("khac", None, None),
[P("Thạch Sa Ráth", "Bí thư Chi bộ", "Trưởng ban Công tác Mặt trận ấp Tà Liêm", "người có uy tín của ấp"),
 P("Lâm Thanh Hiền", "Đại đức", "trụ trì chùa Tà Liêm"),
 P("Lý Thị Sa Quênh", "Chủ tịch Hội LHPN xã Lâm Tân"),
 P("Sơn Văn Khol", "Phó Trưởng Ban Dân vận Huyện ủy Thạnh Trị")],
[Q("412 hộ", 412, "hộ"), Q("hơn 70%", 70, "%", "over"), Q("96 hộ nghèo", 96, "hộ nghèo"), Q("18 hộ", 18, "hộ"),
 Q("250 m2", 250, "m2"), Q("37 hộ", 37, "hộ"), Q("khoảng 3.400 m2", 3400, "m2", "approx"),
 Q("410 triệu đồng", 410000000, "đồng"), Q("2,6 km", 2.6, "km"), Q("hơn 60 triệu đồng", 60000000, "đồng", "over"),
 Q("52 chị em", 52, "chị em"), Q("khoảng 28 triệu đồng", 28000000, "đồng", "approx"),
 Q("25 điển hình", 25, "điển hình")],
[D("Quyết định", "1865", "QĐ-UBND", "2015-09-22", None, "Quyết định số 1865/QĐ-UBND ngày 22/9/2015"),
 D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 14/7/2015")],
[prov("Sóc Trăng"), com("Lâm Tân")],
["BÁO SÓC TRĂNG ONLINE", "Chính trị » Gương sáng", "Ảnh: Ông Thạch Sa Ráth (bìa phải) trò chuyện với bà con trong phum sóc.",
 "Lục Ta", "nói cho dân hiểu bằng tiếng Khmer, làm trước cho dân xem", "Dân vận khéo", "Bình luận (0) | In bài | Chia sẻ"],
["29-10-2015 08:10", "Hơn 20 năm", "Năm 2010", "3 nhiệm kỳ", "giai đoạn 2010 - 2015", "1 trong 25", "Bình luận (0)"]))

PAGES.append(page("b3154-hanoi-xa-giaoban-quy3-2016", """
UBND XÃ PHÚ NGHĨA - HUYỆN CHƯƠNG MỸ - TP HÀ NỘI
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ
Hôm nay: Thứ Sáu, 07/10/2016
Vị trí: Tin tức - Sự kiện > Hoạt động Đảng, đoàn thể
Giao ban khối dân vận quý III/2016: 5 mô hình "Dân vận khéo" được khen
Đăng ngày: 05/10/2016 - 16:25
Chiều 4/10, Đảng ủy xã Phú Nghĩa tổ chức giao ban khối dân vận quý III năm 2016, đánh giá kết quả phong trào thi đua "Dân vận khéo" và bàn nhiệm vụ quý IV. Đồng chí Nguyễn Văn Thắng, Phó Bí thư Thường trực Đảng ủy, Trưởng khối dân vận xã chủ trì; dự có các đồng chí Trưởng ban công tác Mặt trận các thôn: Nguyễn Thị Lan, Đỗ Văn Hợi, Phùng Văn Kiên.
Đồng chí Nguyễn Văn Thắng phát biểu tại buổi giao ban.
Trong quý, các đoàn thể đã vận động 215 hộ dân thôn Đồng Trữ, Phú Vinh hiến 1.420 m2 đất, tháo dỡ 86 công trình vi phạm hành lang giao thông; Hội Nông dân hướng dẫn 40 hội viên mới tham gia mô hình rau an toàn. Quỹ "Ngày vì người nghèo" của xã vận động được hơn 85 triệu đồng, hỗ trợ làm 2 căn nhà đại đoàn kết, mỗi căn 40 triệu đồng.
Thực hiện Kế hoạch số 18-KH/ĐU ngày 12/3/2016 của Đảng ủy xã về phong trào thi đua "Dân vận khéo" năm 2016, khối dân vận đã lựa chọn 5 mô hình để đề nghị khen thưởng. UBND xã ban hành Quyết định số 96/QĐ-UBND ngày 30/9/2016 tặng Giấy khen cho 5 tập thể và 7 cá nhân, mỗi tập thể được thưởng 300.000 đồng.
Tiêu biểu là mô hình "Tuyến phố văn minh" của Chi hội Phụ nữ thôn Phú Vinh do bà Phùng Thị Nga, Chi hội trưởng, làm nòng cốt, thu gom trung bình 3 tấn rác mỗi tháng; mô hình "Cựu chiến binh giúp nhau làm kinh tế" của Hội CCB xã do ông Đỗ Đình Tường, Chủ tịch Hội Cựu chiến binh xã, phụ trách, giúp 12 hội viên vay vốn không lãi.
Kết luận giao ban, đồng chí Nguyễn Văn Thắng yêu cầu quý IV các đoàn thể chuẩn bị tốt hội nghị tổng kết năm, thực hiện nghiêm Quy chế dân chủ ở cơ sở theo Pháp lệnh số 34/2007/PL-UBTVQH11, giải quyết dứt điểm 3 đơn thư còn tồn đọng; vận động nhân dân đóng góp quỹ đền ơn đáp nghĩa ít nhất 50 triệu đồng.
Theo đánh giá chung, quý III khối dân vận xã đã bám sát cơ sở, phối hợp chặt chẽ với chính quyền trong vận động nhân dân thực hiện các chủ trương của Đảng, chính sách, pháp luật của Nhà nước và nhiệm vụ xây dựng nông thôn mới của thành phố Hà Nội; tình hình an ninh chính trị, trật tự an toàn xã hội ổn định.
Hội nghị cũng nghe ý kiến của các thôn về việc tu sửa đường trục thôn, lắp đèn chiếu sáng ngõ xóm và tổ chức Ngày hội đại đoàn kết toàn dân tộc ở khu dân cư vào dịp 18/11.
Ban Biên tập
Số lượt truy cập: 148.336
Các tin khác
- Phú Nghĩa ra quân vệ sinh môi trường (28/09/2016)
- Hội nghị tiếp xúc cử tri trước kỳ họp HĐND xã (15/09/2016)
- Trao 20 suất học bổng cho học sinh nghèo vượt khó (02/09/2016)
""", "2016-10-05", "Giao ban khối dân vận quý III/2016: 5 mô hình \"Dân vận khéo\" được khen",
E("giao_ban", "2016-Q3", "2016-10-04"),
[P("Nguyễn Văn Thắng", "Phó Bí thư Thường trực Đảng ủy", "Trưởng khối dân vận xã"),
 P("Nguyễn Thị Lan", "Trưởng ban công tác Mặt trận các thôn"),
 P("Đỗ Văn Hợi", "Trưởng ban công tác Mặt trận các thôn"),
 P("Phùng Văn Kiên", "Trưởng ban công tác Mặt trận các thôn"),
 P("Phùng Thị Nga", "Chi hội trưởng"),
 P("Đỗ Đình Tường", "Chủ tịch Hội Cựu chiến binh xã")],
[Q("215 hộ dân", 215, "hộ dân"), Q("1.420 m2", 1420, "m2"), Q("86 công trình vi phạm hành lang giao thông", 86, "công trình vi phạm hành lang giao thông"),
 Q("40 hội viên mới", 40, "hội viên mới"), Q("hơn 85 triệu đồng", 85000000, "đồng", "over"),
 Q("2 căn nhà đại đoàn kết", 2, "căn nhà đại đoàn kết"), Q("40 triệu đồng", 40000000, "đồng"),
 Q("5 mô hình", 5, "mô hình"), Q("5 tập thể", 5, "tập thể"), Q("7 cá nhân", 7, "cá nhân"),
 Q("300.000 đồng", 300000, "đồng"), Q("3 tấn", 3, "tấn"), Q("12 hội viên", 12, "hội viên"),
 Q("3 đơn thư", 3, "đơn thư"), Q("ít nhất 50 triệu đồng", 50000000, "đồng", "over")],
[D("Kế hoạch", "18", "KH/ĐU", "2016-03-12", "Đảng ủy xã", "Kế hoạch số 18-KH/ĐU ngày 12/3/2016"),
 D("Quyết định", "96", "QĐ-UBND", "2016-09-30", "UBND xã", "Quyết định số 96/QĐ-UBND ngày 30/9/2016"),
 D("Pháp lệnh", "34", "2007/PL-UBTVQH11", None, None, "Pháp lệnh số 34/2007/PL-UBTVQH11")],
[prov("Hà Nội"), com("Phú Nghĩa")],
["UBND XÃ PHÚ NGHĨA - HUYỆN CHƯƠNG MỸ - TP HÀ NỘI", "Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ",
 "Vị trí: Tin tức - Sự kiện > Hoạt động Đảng, đoàn thể", "Đồng chí Nguyễn Văn Thắng phát biểu tại buổi giao ban.",
 "Dân vận khéo", "Tuyến phố văn minh", "Cựu chiến binh giúp nhau làm kinh tế", "Ngày vì người nghèo", "Số lượt truy cập: 148.336"],
["Hôm nay: Thứ Sáu, 07/10/2016", "quý III năm 2016", "quý IV", "18/11", "Số lượt truy cập: 148.336"]))
