from lib import *
PAGES = []

PAGES.append(page("b1541-thanhhoa-bdv-tongket-2011", """
BAN DÂN VẬN TỈNH ỦY THANH HÓA
Trang chủ > Tin tức - Sự kiện > Hoạt động của Ban
Thứ Năm, 29/12/2011 - 16:20
Toàn cảnh hội nghị. Ảnh: Minh Hiếu
Thanh Hóa: Khối dân vận tổng kết công tác năm 2011
Ngày 27/12/2011, Ban Dân vận Tỉnh ủy Thanh Hóa tổ chức hội nghị tổng kết công tác dân vận năm 2011, triển khai nhiệm vụ năm 2012. Đồng chí Nguyễn Đình Hạnh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị. Dự có đồng chí Lê Thị Thanh Bình, Phó Bí thư Tỉnh ủy, cùng 64 đồng chí là lãnh đạo ban dân vận các huyện, thị, thành ủy và các đoàn thể chính trị - xã hội tỉnh.
Năm 2011, khối dân vận toàn tỉnh tập trung vận động nhân dân tham gia bầu cử đại biểu Quốc hội khóa XIII và đại biểu HĐND các cấp nhiệm kỳ 2011 - 2016. Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 03-CT/TU ngày 14/6/2011 về tăng cường công tác dân vận ở vùng đồng bào dân tộc thiểu số; phối hợp hướng dẫn sơ kết 2 năm thực hiện Kết luận số 62-KL/TW ngày 8/12/2009 của Bộ Chính trị về đổi mới nội dung, phương thức hoạt động của Mặt trận và các đoàn thể. Ban cũng ban hành kế hoạch số 67-KH/BDVTU về khảo sát công tác dân vận chính quyền tại 11 huyện miền núi.
Báo cáo do các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Hà Văn Lực, Lò Thị Mai trình bày cho biết, qua phong trào thi đua "Dân vận khéo", toàn tỉnh có 1.246 mô hình được đăng ký; nhân dân hiến trên 12.300 m2 đất, đóng góp hơn 45 tỷ đồng và 86.000 ngày công để làm đường giao thông nông thôn. Tỷ lệ đơn thư được giải quyết đạt 87,6%.
Tại hội nghị, ông Phạm Bá Tuấn, HUV, Trưởng Ban Dân vận Huyện ủy Quan Hóa, chia sẻ cách vận động đồng bào Thái, Mường bỏ tục lệ lạc hậu trong việc cưới, việc tang. Bà Cầm Thị Duyên, Chủ tịch UBND xã Phú Lệ, nêu khó khăn khi vận động 43 hộ dân vùng lũ quét di dời đến nơi ở mới.
Phát biểu chỉ đạo, đồng chí Lê Thị Thanh Bình ghi nhận những kết quả khối dân vận đạt được và đề nghị năm 2012 tập trung làm tốt công tác nắm tình hình nhân dân, nhất là ở các dự án lớn như Khu kinh tế Nghi Sơn; thực hiện nghiêm Quy chế dân chủ ở cơ sở; nhân rộng các mô hình "Dân vận khéo" gắn với xây dựng nông thôn mới.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 27 tập thể và 35 cá nhân có thành tích xuất sắc trong công tác dân vận năm 2011.
Minh Hiếu
Lượt xem: 1.052
Tin liên quan
- Quan Hóa: 15 mô hình dân vận khéo ở bản vùng cao (20/12/2011)
- Tập huấn nghiệp vụ công tác dân vận năm 2011 (02/12/2011)
- Sơ kết 2 năm thực hiện Kết luận 62-KL/TW (18/11/2011)
- Như Xuân vận động nhân dân hiến đất làm đường (05/11/2011)
- Hội nghị giao ban khối dân vận quý III (12/10/2011)
""", "2011-12-29", "Thanh Hóa: Khối dân vận tổng kết công tác năm 2011",
E("tong_ket", "2011", "2011-12-27"),
[P("Nguyễn Đình Hạnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Thị Thanh Bình", "Phó Bí thư Tỉnh ủy"),
 P("Hà Văn Lực", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lò Thị Mai", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phạm Bá Tuấn", "HUV", "Trưởng Ban Dân vận Huyện ủy Quan Hóa"),
 P("Cầm Thị Duyên", "Chủ tịch UBND xã Phú Lệ")],
[Q("64 đồng chí", 64, "đồng chí"), Q("11 huyện miền núi", 11, "huyện miền núi"), Q("1.246 mô hình", 1246, "mô hình"),
 Q("trên 12.300 m2", 12300, "m2", "over"), Q("hơn 45 tỷ đồng", 45000000000, "đồng", "over"),
 Q("86.000 ngày công", 86000, "ngày công"), Q("87,6%", 87.6, "%"), Q("43 hộ dân", 43, "hộ dân"),
 Q("27 tập thể", 27, "tập thể"), Q("35 cá nhân", 35, "cá nhân")],
[D("Chỉ thị", "03", "CT/TU", "2011-06-14", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 03-CT/TU ngày 14/6/2011"),
 D("Kết luận", "62", "KL/TW", "2009-12-08", "Bộ Chính trị", "Kết luận số 62-KL/TW ngày 8/12/2009 của Bộ Chính trị"),
 D("Kế hoạch", "67", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "kế hoạch số 67-KH/BDVTU")],
[prov("Thanh Hóa"), com("Phú Lệ")],
["BAN DÂN VẬN TỈNH ỦY THANH HÓA", "Trang chủ > Tin tức - Sự kiện > Hoạt động của Ban", "Toàn cảnh hội nghị. Ảnh: Minh Hiếu",
 "Dân vận khéo", "Quy chế dân chủ ở cơ sở", "Khu kinh tế Nghi Sơn", "Lượt xem: 1.052"],
["Thứ Năm, 29/12/2011 - 16:20", "64 đồng chí", "năm 2011", "năm 2012", "khóa XIII", "2011 - 2016", "2 năm", "Lượt xem: 1.052"]))

PAGES.append(page("b1542-hatinh-mttq-giamsat-2013", """
Cổng thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh
Trang chủ » Hoạt động Mặt trận » Giám sát và phản biện xã hội
Cập nhật: 14:35, 19/09/2013 (GMT+7)
Giám sát việc thực hiện chính sách hỗ trợ hộ nghèo về nhà ở tại Hương Khê
Từ ngày 16 đến 18/9/2013, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh do bà Trần Thị Thu Hà, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện Quyết định số 167/2008/QĐ-TTg của Thủ tướng Chính phủ về chính sách hỗ trợ hộ nghèo về nhà ở trên địa bàn huyện Hương Khê năm 2013.
Thành viên đoàn có ông Võ Đình Sơn, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh; đại diện Sở Xây dựng, Ngân hàng Chính sách xã hội tỉnh. Đoàn đã làm việc với UBND huyện và trực tiếp kiểm tra tại các xã Hương Trạch, Phú Gia, Hương Lâm.
Đoàn giám sát tại xã Hương Trạch.
Theo báo cáo của UBND huyện, giai đoạn 2 của chương trình, huyện được phân bổ hỗ trợ 512 hộ nghèo xây mới, sửa chữa nhà ở; đến nay đã có 468 hộ hoàn thành, đạt 91,4%. Tổng kinh phí thực hiện gần 19,8 tỷ đồng, trong đó vốn vay ưu đãi 8 triệu đồng/hộ, ngân sách hỗ trợ 7 triệu đồng/hộ, còn lại do gia đình, dòng họ và cộng đồng giúp đỡ. Mặt trận các cấp đã vận động được 2.350 ngày công lao động và hơn 1,2 tỷ đồng từ Quỹ "Vì người nghèo" để hỗ trợ thêm.
Qua giám sát, đoàn ghi nhận việc bình xét đối tượng được thực hiện công khai, dân chủ theo Hướng dẫn số 12/HD-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh. Tuy nhiên, vẫn còn 44 hộ chưa khởi công do không có đối ứng; một số nhà xây dựng chưa đảm bảo diện tích tối thiểu 24 m2 theo quy định.
Ông Nguyễn Văn Tứ, Bí thư Đảng ủy, Chủ tịch HĐND xã Hương Lâm, cho biết xã có 37 hộ được hỗ trợ, đến nay còn 6 hộ chưa hoàn thành vì địa hình khó khăn, vận chuyển vật liệu vào khe Giao rất tốn kém.
Kết luận buổi giám sát, bà Trần Thị Thu Hà đề nghị UBND huyện chỉ đạo các xã rà soát, có giải pháp hỗ trợ những hộ đặc biệt khó khăn; phối hợp với Mặt trận huy động các nguồn lực xã hội để hoàn thành chương trình trước mùa mưa bão. Kết quả giám sát sẽ được tổng hợp, kiến nghị với UBND tỉnh.
Trước đó, Đoàn đã giám sát tại huyện Vũ Quang và Can Lộc. Theo kế hoạch, trong quý IV, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh sẽ tổ chức hội nghị phản biện xã hội về dự thảo đề án hỗ trợ nhà ở cho hộ nghèo giai đoạn tiếp theo.
Đức Thịnh
Tin khác
- Hà Tĩnh: Hội nghị phản biện dự thảo quy định về bồi thường, hỗ trợ tái định cư (12/09/2013)
- Trao 40 nhà Đại đoàn kết cho hộ nghèo Kỳ Anh (05/09/2013)
- Mặt trận tỉnh làm việc với Ban Thường trực Ủy ban MTTQ huyện Đức Thọ (28/08/2013)
- Tập huấn công tác giám sát cho cán bộ Mặt trận cơ sở (20/08/2013)
""", "2013-09-19", "Giám sát việc thực hiện chính sách hỗ trợ hộ nghèo về nhà ở tại Hương Khê",
E("giam_sat", "2013", "2013-09-16"),
[P("Trần Thị Thu Hà", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Võ Đình Sơn", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Tứ", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Hương Lâm")],
[Q("512 hộ nghèo", 512, "hộ nghèo"), Q("468 hộ", 468, "hộ"), Q("91,4%", 91.4, "%"),
 Q("gần 19,8 tỷ đồng", 19800000000, "đồng", "approx"), Q("8 triệu đồng", 8000000, "đồng"), Q("7 triệu đồng", 7000000, "đồng"),
 Q("2.350 ngày công lao động", 2350, "ngày công lao động"), Q("hơn 1,2 tỷ đồng", 1200000000, "đồng", "over"),
 Q("44 hộ", 44, "hộ"), Q("24 m2", 24, "m2"), Q("37 hộ", 37, "hộ"), Q("6 hộ", 6, "hộ")],
[D("Quyết định", "167", "2008/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 167/2008/QĐ-TTg của Thủ tướng Chính phủ"),
 D("Hướng dẫn", "12", "HD-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Hướng dẫn số 12/HD-MTTQ-BTT")],
[prov("Hà Tĩnh"), com("Hương Trạch"), com("Phú Gia"), com("Hương Lâm")],
["Cổng thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh", "Trang chủ » Hoạt động Mặt trận » Giám sát và phản biện xã hội",
 "Đoàn giám sát tại xã Hương Trạch.", "Vì người nghèo", "Ngân hàng Chính sách xã hội", "Sở Xây dựng"],
["Cập nhật: 14:35, 19/09/2013 (GMT+7)", "năm 2013", "giai đoạn 2", "quý IV"]))

PAGES.append(page("b1543-binhthuan-bdv-soket-2015", """
Báo Bình Thuận Online
Thời sự | Chính trị
08:40 | 17/07/2015
Nâng cao chất lượng công tác dân vận chính quyền ở cơ sở
(BTO) - Ngày 15/7, Ban Dân vận Tỉnh ủy Bình Thuận tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm và triển khai nhiệm vụ 6 tháng cuối năm 2015.
Đồng chí Huỳnh Văn Điền, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy phát biểu kết luận hội nghị. Ảnh: Ngọc Lân
Theo báo cáo, 6 tháng đầu năm, Ban Dân vận Tỉnh ủy đã tham mưu Tỉnh ủy ban hành Chương trình hành động số 21-CTr/TU thực hiện Nghị quyết số 25-NQ/TW ngày 3/6/2013 của BCH Trung ương Đảng (khóa XI) về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới; chủ trì, phối hợp với Ban cán sự đảng UBND tỉnh xây dựng Quy chế phối hợp số 04-QCPH/BDVTU-BCSĐ về công tác dân vận chính quyền. Ban cũng hướng dẫn đại hội chi bộ, đảng bộ cơ sở chú trọng nội dung dân vận trong văn kiện.
Các cấp đã xây dựng mới 214 mô hình "Dân vận khéo", nâng tổng số lên 1.530 mô hình. Riêng tại vùng đồng bào Chăm và Raglai, các đoàn thể đã vận động 326 hộ đồng bào dân tộc thiểu số chuyển đổi cây trồng, nuôi bò sinh sản; vận động 97% trẻ trong độ tuổi ra lớp.
Tại hội nghị, đồng chí Thông Thị Hương, Phó Trưởng Ban Dân vận Huyện ủy Bắc Bình, chia sẻ kinh nghiệm phối hợp với chức sắc Bàni trong vận động đồng bào Chăm giữ gìn an ninh trật tự. Ông Bố Văn Chiến, trưởng thôn Ma Lâm, xã Phan Sơn (người Raglai), kiến nghị hỗ trợ giống cây trồng cho các hộ nghèo vùng cao.
Kết luận hội nghị, đồng chí Huỳnh Văn Điền yêu cầu 6 tháng cuối năm khối dân vận tiếp tục thực hiện có hiệu quả Nghị quyết 25; tập trung nắm chắc tình hình tư tưởng nhân dân ở các dự án nhiệt điện Vĩnh Tân, khu vực khai thác titan; kịp thời tham mưu giải quyết các vụ việc phức tạp, không để xảy ra điểm nóng. Đồng chí cũng đề nghị các huyện ủy chỉ đạo chuẩn bị tốt nội dung dân vận cho đại hội đảng bộ cấp huyện nhiệm kỳ 2015 - 2020.
Nhiều ý kiến cũng chỉ ra hạn chế: một số cấp ủy chưa quan tâm đúng mức đến công tác dân vận; việc tiếp dân, đối thoại của người đứng đầu ở một số nơi còn hình thức; cán bộ dân vận cấp xã phần lớn kiêm nhiệm, ít được tập huấn.
Hội nghị cũng nghe bà Nguyễn Thị Kim Loan, Phó Trưởng Ban Dân vận Tỉnh ủy, triển khai kế hoạch số 58-KH/BDVTU về khảo sát thực hiện Quy chế dân vận của hệ thống chính trị tại 10 xã, thị trấn.
Ngọc Lân
Lượt đọc: 634
Tin cùng chuyên mục
- Tuy Phong: Hội nghị tiếp xúc chức sắc, chức việc Bàlamôn (10/07/2015)
- Phú Quý sơ kết 2 năm thực hiện Nghị quyết 25-NQ/TW (03/07/2015)
- Ban Dân vận Tỉnh ủy làm việc với Đảng ủy Khối doanh nghiệp (26/06/2015)
- Hàm Thuận Nam: 20 mô hình "Dân vận khéo" được nhân rộng (19/06/2015)
""", "2015-07-17", "Nâng cao chất lượng công tác dân vận chính quyền ở cơ sở",
E("so_ket", "2015-H1", "2015-07-15"),
[P("Huỳnh Văn Điền", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thông Thị Hương", "Phó Trưởng Ban Dân vận Huyện ủy Bắc Bình"),
 P("Bố Văn Chiến", "trưởng thôn Ma Lâm"),
 P("Nguyễn Thị Kim Loan", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("214 mô hình", 214, "mô hình"), Q("1.530 mô hình", 1530, "mô hình"),
 Q("326 hộ đồng bào dân tộc thiểu số", 326, "hộ đồng bào dân tộc thiểu số"), Q("97%", 97, "%"),
 Q("10 xã, thị trấn", 10, "xã, thị trấn")],
[D("Chương trình hành động", "21", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 21-CTr/TU"),
 D("Nghị quyết", "25", "NQ/TW", "2013-06-03", "BCH Trung ương Đảng", "Nghị quyết số 25-NQ/TW ngày 3/6/2013 của BCH Trung ương Đảng"),
 D("Quy chế phối hợp", "04", "QCPH/BDVTU-BCSĐ", None, None, "Quy chế phối hợp số 04-QCPH/BDVTU-BCSĐ"),
 D("Kế hoạch", "58", "KH/BDVTU", None, None, "kế hoạch số 58-KH/BDVTU")],
[prov("Bình Thuận"), com("Phan Sơn")],
["Báo Bình Thuận Online", "Thời sự | Chính trị", "(BTO)",
 "Đồng chí Huỳnh Văn Điền, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy phát biểu kết luận hội nghị. Ảnh: Ngọc Lân",
 "Dân vận khéo", "Quy chế dân vận", "Lượt đọc: 634"],
["08:40 | 17/07/2015", "6 tháng đầu năm", "6 tháng cuối năm 2015", "khóa XI", "2015 - 2020", "Nghị quyết 25", "Lượt đọc: 634"]))

PAGES.append(page("b1544-laocai-doithoai-batxat-2017", """
BÁO LÀO CAI ĐIỆN TỬ
Tin tức > Chính trị > Dân vận
Ngày đăng 22/11/2017 | 10:15
Bí thư Huyện ủy Bát Xát đối thoại với nhân dân xã Y Tý
Sáng 21/11, tại hội trường UBND xã Y Tý, huyện vùng cao biên giới của tỉnh Lào Cai, Ban Thường vụ Huyện ủy Bát Xát tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2017. Đồng chí Vàng Seo Páo, Tỉnh ủy viên, Bí thư Huyện ủy Bát Xát chủ trì đối thoại.
Cùng dự có các đồng chí Phó Chủ tịch UBND huyện Bát Xát: Hoàng Văn Thắng, Lý Thị Mỷ; đồng chí Đặng Thị Hòa, Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện và 156 đại biểu là người có uy tín, trưởng thôn, bà con người Hà Nhì, Mông, Dao của xã.
Quang cảnh buổi đối thoại.
Đây là lần thứ 3 huyện tổ chức đối thoại theo Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị và Quy định số 05-QĐ/HU của Ban Thường vụ Huyện ủy về tiếp xúc, đối thoại trực tiếp với nhân dân.
Tại buổi đối thoại, 14 ý kiến của bà con tập trung vào các vấn đề: hỗ trợ làm đường lên các thôn Ngải Thầu, Lao Chải; chính sách cho hộ trồng thảo quả dưới tán rừng; giá điện sinh hoạt; việc chi trả tiền dịch vụ môi trường rừng còn chậm. Ông Ly Xá Lù, người có uy tín thôn Mò Phú Chải, phản ánh mùa mưa năm nay sạt lở làm hư hỏng 7 căn nhà, 2 hộ phải ở nhờ nhà người thân.
Bà Sùng Thị Mai ở thôn Phìn Hồ đề nghị có lớp dạy nghề cho thanh niên để bớt tình trạng đi làm thuê bên kia biên giới.
Trả lời các ý kiến, lãnh đạo huyện cho biết năm 2017 huyện đã bố trí gần 3,5 tỷ đồng cứng hóa 6,2 km đường; năm 2018 sẽ tiếp tục đầu tư tuyến Ngải Thầu. Tiền dịch vụ môi trường rừng sẽ được chi trả đủ cho 412 hộ nhận khoán trước ngày 31/12. Đối với các hộ bị ảnh hưởng thiên tai, huyện hỗ trợ mỗi hộ 30 triệu đồng làm nhà mới.
Kết luận, đồng chí Vàng Seo Páo đề nghị cấp ủy, chính quyền xã tiếp thu, giải quyết dứt điểm những kiến nghị thuộc thẩm quyền, công khai kết quả cho nhân dân biết; người dân tiếp tục thực hiện "4 không" trong sản xuất, giữ gìn an ninh biên giới.
Theo đánh giá của Ban Dân vận Huyện ủy, qua các lần đối thoại, nhiều kiến nghị kéo dài đã được giải quyết, người dân mạnh dạn nói lên tâm tư, nguyện vọng, niềm tin của đồng bào vào cấp ủy, chính quyền được củng cố.
Sau hội nghị, Bí thư Huyện ủy Vàng Seo Páo đã đến thăm và tặng 20 suất quà cho các hộ bị thiệt hại do mưa lũ.
Lê Nam
Tin liên quan
- Bát Xát: ra quân vận động đồng bào làm đường liên thôn (15/11/2017)
- Mường Khương tổ chức đối thoại với nhân dân xã Pha Long (08/11/2017)
- Bảo Thắng: nhân rộng 12 mô hình dân vận khéo (30/10/2017)
- Hội nghị người có uy tín tỉnh Lào Cai năm 2017 (19/10/2017)
""", "2017-11-22", "Bí thư Huyện ủy Bát Xát đối thoại với nhân dân xã Y Tý",
E("doi_thoai", "2017", "2017-11-21"),
[P("Vàng Seo Páo", "Tỉnh ủy viên", "Bí thư Huyện ủy Bát Xát"),
 P("Hoàng Văn Thắng", "Phó Chủ tịch UBND huyện Bát Xát"),
 P("Lý Thị Mỷ", "Phó Chủ tịch UBND huyện Bát Xát"),
 P("Đặng Thị Hòa", "Ủy viên Ban Thường vụ", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Ly Xá Lù", "người có uy tín thôn Mò Phú Chải"),
 P("Sùng Thị Mai")],
[Q("156 đại biểu", 156, "đại biểu"), Q("14 ý kiến", 14, "ý kiến"), Q("7 căn nhà", 7, "căn nhà"), Q("2 hộ", 2, "hộ"),
 Q("gần 3,5 tỷ đồng", 3500000000, "đồng", "approx"), Q("6,2 km", 6.2, "km"), Q("412 hộ", 412, "hộ"),
 Q("30 triệu đồng", 30000000, "đồng"), Q("20 suất quà", 20, "suất quà")],
[D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị"),
 D("Quy định", "05", "QĐ/HU", None, "Ban Thường vụ Huyện ủy", "Quy định số 05-QĐ/HU của Ban Thường vụ Huyện ủy")],
[prov("Lào Cai"), com("Y Tý")],
["BÁO LÀO CAI ĐIỆN TỬ", "Tin tức > Chính trị > Dân vận", "Quang cảnh buổi đối thoại.", "4 không"],
["Ngày đăng 22/11/2017 | 10:15", "năm 2017", "lần thứ 3", "4 không", "năm 2018", "31/12"]))

PAGES.append(page("b1545-camau-mttq-daihoi-2019", """
BÁO CÀ MAU - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Cà Mau
Chính trị › Mặt trận - Đoàn thể
Thứ Sáu, 26/07/2019 - 18:30
Bế mạc Đại hội đại biểu MTTQ Việt Nam tỉnh Cà Mau lần thứ X
Đại hội hiệp thương cử Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh khóa X. Ảnh: Hữu Nghĩa
(CMO) Trong 2 ngày 25 và 26/7, Ủy ban MTTQ Việt Nam tỉnh Cà Mau long trọng tổ chức Đại hội đại biểu MTTQ Việt Nam tỉnh lần thứ X, nhiệm kỳ 2019 - 2024. Dự đại hội có 280 đại biểu chính thức, đại diện cho các giai cấp, tầng lớp xã hội, dân tộc, tôn giáo và người Cà Mau ở nước ngoài.
Đến dự và chỉ đạo đại hội có đồng chí Trương Thị Hồng Nhung, Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam; đồng chí Nguyễn Tiến Phong, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh.
Báo cáo tại đại hội nêu rõ, nhiệm kỳ 2014 - 2019, Mặt trận các cấp đã chủ trì, phối hợp vận động xây dựng, sửa chữa 10.546 căn nhà Đại đoàn kết; Quỹ "Vì người nghèo" các cấp vận động hơn 412 tỷ đồng. Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" được triển khai ở 1.018 khu dân cư; có 38 xã đạt chuẩn nông thôn mới. Công tác giám sát và phản biện xã hội được thực hiện theo Quyết định số 217-QĐ/TW của Bộ Chính trị, với 1.274 cuộc giám sát ở các cấp.
Thực hiện Chỉ thị số 17-CT/TW của Ban Bí thư và Kế hoạch số 96-KH/TU ngày 4/1/2019 của Ban Thường vụ Tỉnh ủy về lãnh đạo đại hội MTTQ các cấp, đến nay 101/101 xã, phường, thị trấn và 9/9 huyện, thành phố đã tổ chức xong đại hội.
Tham luận tại đại hội, ông Danh Út, Chủ tịch Ủy ban MTTQ Việt Nam xã Khánh Bình Tây, chia sẻ cách Ban Công tác Mặt trận ấp vận động đồng bào Khmer hiến đất làm lộ giao thông; Hòa thượng Thạch Sol, Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, trụ trì chùa Cao Dân, nêu vai trò của chức sắc tôn giáo trong xây dựng khối đại đoàn kết.
Đại hội đã hiệp thương cử 75 vị vào Ủy ban MTTQ Việt Nam tỉnh khóa X. Tại hội nghị lần thứ nhất, bà Lâm Thị Huỳnh Hoa được hiệp thương cử giữ chức Chủ tịch Ủy ban MTTQ Việt Nam tỉnh khóa X; các ông, bà: Trần Quốc Bình, Phạm Thị Mỹ Xuyên, Tô Văn Lũy được hiệp thương cử giữ chức Phó Chủ tịch.
Phát biểu chỉ đạo, đồng chí Trương Thị Hồng Nhung đề nghị Mặt trận tỉnh đổi mới phương thức hoạt động, hướng mạnh về khu dân cư, lắng nghe và phản ánh kịp thời tâm tư, nguyện vọng của Nhân dân.
Đại hội thông qua Chương trình hành động nhiệm kỳ 2019 - 2024 với 3 chương trình, 5 nhóm nhiệm vụ trọng tâm.
Hữu Nghĩa - Hồng Phượng
Lượt xem: 2.140
Tin liên quan
- Khai mạc Đại hội đại biểu MTTQ Việt Nam tỉnh Cà Mau lần thứ X (25/07/2019)
- Đại hội MTTQ huyện Trần Văn Thời nhiệm kỳ 2019 - 2024 (04/07/2019)
- Ngọc Hiển: 100% xã, thị trấn hoàn thành đại hội Mặt trận (20/06/2019)
- Phản biện dự thảo quy hoạch sử dụng đất huyện U Minh (12/06/2019)
""", "2019-07-26", "Bế mạc Đại hội đại biểu MTTQ Việt Nam tỉnh Cà Mau lần thứ X",
E("dai_hoi", None, "2019-07-25"),
[P("Trương Thị Hồng Nhung", "Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam"),
 P("Nguyễn Tiến Phong", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Danh Út", "Chủ tịch Ủy ban MTTQ Việt Nam xã Khánh Bình Tây"),
 P("Thạch Sol", "Hòa thượng", "Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh", "trụ trì chùa Cao Dân"),
 P("Lâm Thị Huỳnh Hoa", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh khóa X"),
 P("Trần Quốc Bình", "Phó Chủ tịch"),
 P("Phạm Thị Mỹ Xuyên", "Phó Chủ tịch"),
 P("Tô Văn Lũy", "Phó Chủ tịch")],
[Q("280 đại biểu chính thức", 280, "đại biểu chính thức"), Q("10.546 căn nhà Đại đoàn kết", 10546, "căn nhà Đại đoàn kết"),
 Q("hơn 412 tỷ đồng", 412000000000, "đồng", "over"), Q("1.018 khu dân cư", 1018, "khu dân cư"), Q("38 xã", 38, "xã"),
 Q("1.274 cuộc giám sát", 1274, "cuộc giám sát"), Q("101/101 xã, phường, thị trấn", 101, "xã, phường, thị trấn"),
 Q("9/9 huyện, thành phố", 9, "huyện, thành phố"), Q("75 vị", 75, "vị")],
[D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW của Bộ Chính trị"),
 D("Chỉ thị", "17", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 17-CT/TW của Ban Bí thư"),
 D("Kế hoạch", "96", "KH/TU", "2019-01-04", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 96-KH/TU ngày 4/1/2019 của Ban Thường vụ Tỉnh ủy")],
[prov("Cà Mau"), com("Khánh Bình Tây")],
["BÁO CÀ MAU - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Cà Mau", "Chính trị › Mặt trận - Đoàn thể",
 "Đại hội hiệp thương cử Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh khóa X. Ảnh: Hữu Nghĩa", "(CMO)", "Vì người nghèo",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Chương trình hành động nhiệm kỳ 2019 - 2024", "Lượt xem: 2.140"],
["Thứ Sáu, 26/07/2019 - 18:30", "2 ngày", "lần thứ X", "2019 - 2024", "2014 - 2019", "khóa X", "lần thứ nhất",
 "3 chương trình", "5 nhóm nhiệm vụ", "Lượt xem: 2.140"]))

PAGES.append(page("b1546-nghean-giaoban-quy3-2021", """
Ban Dân vận Tỉnh ủy Nghệ An - Trang thông tin điện tử
Trang chủ / Tin hoạt động / Khối dân vận
Cập nhật lúc 16:45 ngày 05/10/2021
Giao ban trực tuyến công tác dân vận quý III/2021
Đồng chí Trần Thị Hoài Thu phát biểu tại điểm cầu tỉnh.
Chiều 4/10, Ban Dân vận Tỉnh ủy Nghệ An tổ chức hội nghị giao ban công tác dân vận quý III, triển khai nhiệm vụ quý IV năm 2021 theo hình thức trực tuyến tới 21 điểm cầu huyện, thành, thị. Đồng chí Trần Thị Hoài Thu, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.
Quý III, dịch Covid-19 diễn biến phức tạp, hơn 64.500 người dân Nghệ An từ các tỉnh phía Nam trở về quê. Khối dân vận các cấp đã tham mưu cấp ủy vận động nhân dân chấp hành Chỉ thị 16/CT-TTg của Thủ tướng Chính phủ và Kết luận số 08-KL/TU của Ban Thường vụ Tỉnh ủy về các biện pháp cấp bách phòng, chống dịch. Ban Dân vận Tỉnh ủy ban hành Kế hoạch số 112-KH/BDVTU ngày 20/8/2021 về phát huy vai trò của tổ dân vận, tổ Covid cộng đồng; phối hợp hướng dẫn thực hiện Hướng dẫn số 24-HD/BDVTW của Ban Dân vận Trung ương.
Mặt trận và các đoàn thể đã tiếp nhận ủng hộ hơn 3,2 tỷ đồng, 410 tấn lương thực, thực phẩm; trao 12.800 suất quà cho người dân khó khăn do dịch. Có khoảng 2.460 lượt tình nguyện viên tham gia các chốt kiểm soát, khu cách ly.
Tại điểm cầu huyện Tương Dương, ông Vi Văn Sơn, HUV, Trưởng Ban Dân vận Huyện ủy Tương Dương, cho biết huyện đã vận động 1.126 hộ đồng bào Thái, Khơ Mú, Mông góp ngày công dựng lán cách ly tại bản. Bà Lô Thị Kim Ngân, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh đề nghị các địa phương rà soát, tránh trùng lặp đối tượng nhận hỗ trợ. Ông Lữ Văn Khoa, Phó Chủ tịch Hội Nông dân tỉnh, phản ánh khó khăn tiêu thụ nông sản ở các xã Diễn Kỷ, Nghi Văn.
Kết luận hội nghị, đồng chí Trần Thị Hoài Thu đề nghị quý IV khối dân vận tiếp tục nắm chắc tình hình Nhân dân, nhất là người lao động mất việc làm; thực hiện tốt phong trào thi đua "Dân vận khéo" với chủ đề "chung tay phòng, chống dịch"; chuẩn bị tổng kết công tác dân vận năm 2021.
Các đại biểu cũng thống nhất duy trì giao ban trực tuyến hằng tháng đến khi dịch được kiểm soát.
Hội nghị cũng nghe ông Cao Xuân Hòa, Phó Trưởng Ban Dân vận Tỉnh ủy, thông báo kết quả khảo sát việc thực hiện Quy chế dân chủ ở cơ sở tại 8 huyện.
Hoài Nam
Lượt xem: 918
Tin khác
- Khối dân vận huyện Quỳnh Lưu ủng hộ vùng dịch 500 triệu đồng (28/09/2021)
- Hội nghị trực tuyến quán triệt các văn bản của Trung ương (17/09/2021)
- Con Cuông: Tổ dân vận bản giúp dân thu hoạch lúa (06/09/2021)
- Tổng kết 10 năm thực hiện Nghị quyết 25-NQ/TW sẽ tổ chức vào quý IV (20/08/2021)
""", "2021-10-05", "Giao ban trực tuyến công tác dân vận quý III/2021",
E("giao_ban", "2021-Q3", "2021-10-04"),
[P("Trần Thị Hoài Thu", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vi Văn Sơn", "HUV", "Trưởng Ban Dân vận Huyện ủy Tương Dương"),
 P("Lô Thị Kim Ngân", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lữ Văn Khoa", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Cao Xuân Hòa", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("21 điểm cầu huyện, thành, thị", 21, "điểm cầu huyện, thành, thị"), Q("hơn 64.500 người dân", 64500, "người dân", "over"),
 Q("hơn 3,2 tỷ đồng", 3200000000, "đồng", "over"), Q("410 tấn", 410, "tấn"), Q("12.800 suất quà", 12800, "suất quà"),
 Q("khoảng 2.460 lượt tình nguyện viên", 2460, "lượt tình nguyện viên", "approx"),
 Q("1.126 hộ đồng bào Thái, Khơ Mú, Mông", 1126, "hộ đồng bào Thái, Khơ Mú, Mông"), Q("8 huyện", 8, "huyện")],
[D("Chỉ thị", "16", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị 16/CT-TTg của Thủ tướng Chính phủ"),
 D("Kết luận", "08", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 08-KL/TU của Ban Thường vụ Tỉnh ủy"),
 D("Kế hoạch", "112", "KH/BDVTU", "2021-08-20", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 112-KH/BDVTU ngày 20/8/2021"),
 D("Hướng dẫn", "24", "HD/BDVTW", None, "Ban Dân vận Trung ương", "Hướng dẫn số 24-HD/BDVTW của Ban Dân vận Trung ương")],
[prov("Nghệ An"), com("Diễn Kỷ"), com("Nghi Văn")],
["Ban Dân vận Tỉnh ủy Nghệ An - Trang thông tin điện tử", "Trang chủ / Tin hoạt động / Khối dân vận",
 "Đồng chí Trần Thị Hoài Thu phát biểu tại điểm cầu tỉnh.", "Dân vận khéo", "chung tay phòng, chống dịch",
 "Quy chế dân chủ ở cơ sở", "Covid-19", "Lượt xem: 918"],
["Cập nhật lúc 16:45 ngày 05/10/2021", "quý III", "quý IV năm 2021", "Covid-19", "năm 2021", "Lượt xem: 918"]))
