from lib import *
PAGES = []

PAGES.append(page("b7235-laocai-hoithao-dongbaomong-2017", """
BÁO LÀO CAI
Thứ Ba, 21/03/2017 - 16:20
Thời sự / Chính trị / Dân vận
Hội thảo khoa học: Đổi mới phương thức vận động đồng bào Mông vùng cao
Sáng 20/3, tại thành phố Lào Cai, Ban Dân vận Tỉnh ủy phối hợp với Viện Dân tộc học (Viện Hàn lâm Khoa học xã hội Việt Nam) tổ chức hội thảo khoa học "Đổi mới nội dung, phương thức công tác dân vận vùng đồng bào Mông tỉnh Lào Cai".
Tới dự có đồng chí Giàng Seo Chứ, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; PGS.TS. Vương Xuân Tịnh, Viện trưởng Viện Dân tộc học; đồng chí Lù Văn Sinh, Tỉnh ủy viên, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ tỉnh Lào Cai.
Đồng chí Giàng Seo Chứ phát biểu khai mạc hội thảo.
Hiện Lào Cai có gần 164.000 người Mông, chiếm khoảng 24% dân số toàn tỉnh, sinh sống chủ yếu ở 7 huyện vùng cao. Theo đề dẫn, sau hơn một năm triển khai Chỉ thị số 49-CT/TW ngày 20/10/2015 của Ban Bí thư về tăng cường và đổi mới công tác dân vận của Đảng ở vùng đồng bào dân tộc thiểu số, Ban Thường vụ Tỉnh ủy đã ban hành Kết luận 02, 03-KL/TU về vận động đồng bào Mông xóa bỏ hủ tục và về ổn định dân di cư tự do.
Hội thảo nhận được 24 tham luận. TS. Nguyễn Thị Thanh Bình, Trưởng phòng Dân tộc học Tộc người, Viện Dân tộc học, cho rằng dòng họ là "chìa khóa" trong vận động người Mông; nơi nào trưởng họ đồng thuận, nơi đó việc vận động bỏ tục cướp vợ, tảo hôn có kết quả rõ. ThS. Sùng A Lử, giảng viên Trường Chính trị tỉnh, người Mông ở Bắc Hà, đề nghị biên soạn tài liệu tuyên truyền song ngữ Việt - Mông, có hình ảnh minh họa.
Các đồng chí Trưởng Ban Dân vận Huyện ủy: Vàng Thị Mai (Bắc Hà), Thào A Chu (Si Ma Cai), Lý Seo Dìn (Bát Xát) chia sẻ cách làm ở địa phương. Năm 2016, riêng huyện Si Ma Cai đã vận động 35 hộ di cư tự do trở về quê ổn định cuộc sống; huyện Bát Xát giảm 18 cặp tảo hôn so với năm 2015.
Ông Giàng A Tủa, người có uy tín thôn Lùng Phình, xã Lùng Phình, nói trong hội trường: "Cán bộ nói bằng tiếng Mông thì dân nghe nhiều hơn". Tại xã Lùng Phình, trong năm qua đã có 146 hộ tự nguyện làm nhà vệ sinh, chuồng trại xa nhà, không còn đám ma để người chết trong nhà nhiều ngày.
Nhiều đại biểu cũng nêu những khó khăn mới: một số đối tượng lợi dụng mạng xã hội, điện thoại thông minh để tuyên truyền đạo trái pháp luật, xúi giục đồng bào bỏ nương rẫy đi "tìm vua"; việc nắm tình hình ở những thôn giáp biên còn chậm.
Kết luận hội thảo, đồng chí Giàng Seo Chứ cho biết, Ban Dân vận Tỉnh ủy sẽ tổng hợp các kiến nghị, tham mưu tỉnh dành khoảng 2,5 tỷ đồng mỗi năm cho các hoạt động vận động đồng bào Mông giai đoạn 2017 - 2020.
Bài, ảnh: Lao Cai
Tin liên quan
- Si Ma Cai: 2 thôn đăng ký xây dựng "Thôn không có tảo hôn" (10/03/2017)
- Mường Khương hội nghị người có uy tín năm 2017 (02/03/2017)
- Tết của người Mông ở Bắc Hà (28/01/2017)
""", "2017-03-21", "Hội thảo khoa học: Đổi mới phương thức vận động đồng bào Mông vùng cao",
E("hoi_nghi", None, "2017-03-20"),
[P("Giàng Seo Chứ", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vương Xuân Tịnh", "PGS.TS.", "Viện trưởng Viện Dân tộc học"),
 P("Lù Văn Sinh", "Tỉnh ủy viên", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ tỉnh Lào Cai"),
 P("Nguyễn Thị Thanh Bình", "TS.", "Trưởng phòng Dân tộc học Tộc người", "Viện Dân tộc học"),
 P("Sùng A Lử", "ThS.", "giảng viên Trường Chính trị tỉnh"),
 P("Vàng Thị Mai", "Trưởng Ban Dân vận Huyện ủy"),
 P("Thào A Chu", "Trưởng Ban Dân vận Huyện ủy"),
 P("Lý Seo Dìn", "Trưởng Ban Dân vận Huyện ủy"),
 P("Giàng A Tủa", "người có uy tín thôn Lùng Phình")],
[Q("gần 164.000 người Mông", 164000, "người Mông", "approx"), Q("khoảng 24%", 24, "%", "approx"),
 Q("7 huyện vùng cao", 7, "huyện vùng cao"), Q("24 tham luận", 24, "tham luận"),
 Q("35 hộ di cư tự do", 35, "hộ di cư tự do"), Q("18 cặp tảo hôn", 18, "cặp tảo hôn"), Q("146 hộ", 146, "hộ"),
 Q("khoảng 2,5 tỷ đồng", 2500000000, "đồng", "approx")],
[D("Chỉ thị", "49", "CT/TW", "2015-10-20", "Ban Bí thư", "Chỉ thị số 49-CT/TW ngày 20/10/2015"),
 D("Kết luận", "02", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 02, 03-KL/TU"),
 D("Kết luận", "03", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 02, 03-KL/TU")],
[prov("Lào Cai"), com("Lùng Phình")],
["BÁO LÀO CAI", "Thời sự / Chính trị / Dân vận", "Đồng chí Giàng Seo Chứ phát biểu khai mạc hội thảo.",
 "Đổi mới nội dung, phương thức công tác dân vận vùng đồng bào Mông tỉnh Lào Cai", "chìa khóa",
 "Viện Dân tộc học", "Viện Hàn lâm Khoa học xã hội Việt Nam", "Trường Chính trị tỉnh", "tìm vua"],
["Thứ Ba, 21/03/2017 - 16:20", "hơn một năm", "Năm 2016", "năm 2015", "giai đoạn 2017 - 2020"]))

PAGES.append(page("b7236-quangnam-toadam-nongthonmoi-2017", """
Báo Quảng Nam Online
Chính trị - Xã hội » Xây dựng Đảng
08:15 | 10/11/2017
Đồng chí Phan Văn Hiền phát biểu tại tọa đàm. Ảnh: V.L
Dân vận khéo trong xây dựng nông thôn mới: nhìn từ thực tiễn Quảng Nam
(QNO) - Ngày 9.11, Trường Chính trị tỉnh phối hợp với Ban Dân vận Tỉnh ủy tổ chức tọa đàm khoa học "Phát huy vai trò chủ thể của nhân dân trong xây dựng nông thôn mới - bài học từ công tác dân vận".
Tham dự có đồng chí Phan Văn Hiền, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; TS. Huỳnh Văn Thành, Phó Hiệu trưởng phụ trách Trường Chính trị tỉnh; PGS.TS. Lê Văn Đính, Trưởng khoa Lịch sử Đảng, Học viện Chính trị khu vực III, cùng 95 đại biểu.
Theo báo cáo đề dẫn, sau 6 năm thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới, toàn tỉnh có 58 xã đạt chuẩn, nhân dân đóng góp trên 640 tỷ đồng và hiến hơn 1,3 triệu m2 đất. Ban Thường vụ Tỉnh ủy đã chỉ đạo thực hiện kế hoạch số 112-KH/TU về phong trào thi đua "Dân vận khéo" gắn với Quyết định số 1600/QĐ-TTg ngày 16/8/2016 của Thủ tướng Chính phủ phê duyệt chương trình giai đoạn 2016 - 2020.
PGS.TS. Lê Văn Đính nhận định: nông thôn mới chỉ bền vững khi người dân "tự thấy đó là việc của mình". Ông cảnh báo tình trạng huy động quá sức dân, "chạy theo tiêu chí" ở một số nơi dẫn đến nợ đọng xây dựng cơ bản.
ThS. Nguyễn Thị Thu Hiền, giảng viên Khoa Dân vận, Trường Chính trị tỉnh, giới thiệu 3 mô hình điển hình: "Ngày thứ Bảy tình nguyện" ở Điện Bàn, "Tuyến đường hoa" ở Duy Xuyên, và tổ hợp tác dệt thổ cẩm của đồng bào Cơ Tu ở Nam Giang.
Từ miền núi, ông Bríu Quân, HUV, Bí thư Đảng ủy xã Tà Lu (Đông Giang), chia sẻ: xã đã vận động 212 hộ đồng bào Cơ Tu chỉnh trang nhà cửa, làm 4,2 km đường bê tông mà không chờ ngân sách. Bà A Lăng Thị Hương, Chủ tịch Hội LHPN xã Sông Kôn, cho biết chị em đã góp 85 ngày công làm đường vào khu sản xuất.
Các đại biểu cũng trao đổi về vai trò của già làng, người có uy tín trong đồng bào Cơ Tu, Xơ Đăng, Giẻ Triêng ở các huyện miền núi phía tây; nhiều ý kiến cho rằng phải tôn trọng luật tục, gắn nông thôn mới với giữ gìn nhà gươl, lễ hội truyền thống.
Một số ý kiến lưu ý cần đồng hành với nhân dân sau khi xã đạt chuẩn, tránh tình trạng "về đích" rồi buông lỏng. Có đại biểu đề nghị đưa kết quả vận động nhân dân vào tiêu chí đánh giá cán bộ xã hằng năm, thay vì chỉ tính số công trình hoàn thành.
Kết thúc tọa đàm, đồng chí Phan Văn Hiền đề nghị Trường Chính trị tỉnh đưa các bài học kinh nghiệm này vào chương trình giảng dạy cho khoảng 1.000 cán bộ cơ sở được bồi dưỡng mỗi năm.
VINH LỘC
Tin khác
- Đông Giang tuyên dương 30 già làng tiêu biểu (02/11/2017)
- Hội nghị giao ban công tác dân vận quý III/2017 (25/10/2017)
- Thăng Bình: vận động người dân hiến đất mở rộng đường (13/10/2017)
""", "2017-11-10", "Dân vận khéo trong xây dựng nông thôn mới: nhìn từ thực tiễn Quảng Nam",
E("hoi_nghi", None, "2017-11-09"),
[P("Phan Văn Hiền", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Huỳnh Văn Thành", "TS.", "Phó Hiệu trưởng phụ trách Trường Chính trị tỉnh"),
 P("Lê Văn Đính", "PGS.TS.", "Trưởng khoa Lịch sử Đảng", "Học viện Chính trị khu vực III"),
 P("Nguyễn Thị Thu Hiền", "ThS.", "giảng viên Khoa Dân vận", "Trường Chính trị tỉnh"),
 P("Bríu Quân", "HUV", "Bí thư Đảng ủy xã Tà Lu"),
 P("A Lăng Thị Hương", "Chủ tịch Hội LHPN xã Sông Kôn")],
[Q("95 đại biểu", 95, "đại biểu"), Q("58 xã", 58, "xã"), Q("trên 640 tỷ đồng", 640000000000, "đồng", "over"),
 Q("hơn 1,3 triệu m2", 1300000, "m2", "over"), Q("3 mô hình điển hình", 3, "mô hình điển hình"),
 Q("212 hộ đồng bào Cơ Tu", 212, "hộ đồng bào Cơ Tu"), Q("4,2 km", 4.2, "km"), Q("85 ngày công", 85, "ngày công"),
 Q("khoảng 1.000 cán bộ cơ sở", 1000, "cán bộ cơ sở", "approx")],
[D("Kế hoạch", "112", "KH/TU", None, None, "kế hoạch số 112-KH/TU"),
 D("Quyết định", "1600", "QĐ-TTg", "2016-08-16", "Thủ tướng Chính phủ", "Quyết định số 1600/QĐ-TTg ngày 16/8/2016")],
[prov("Quảng Nam"), com("Tà Lu"), com("Sông Kôn")],
["Báo Quảng Nam Online", "Chính trị - Xã hội » Xây dựng Đảng", "Đồng chí Phan Văn Hiền phát biểu tại tọa đàm. Ảnh: V.L", "(QNO)",
 "Phát huy vai trò chủ thể của nhân dân trong xây dựng nông thôn mới - bài học từ công tác dân vận", "Dân vận khéo",
 "Chương trình mục tiêu quốc gia xây dựng nông thôn mới", "Ngày thứ Bảy tình nguyện", "Tuyến đường hoa", "Trường Chính trị tỉnh"],
["08:15 | 10/11/2017", "6 năm", "giai đoạn 2016 - 2020", "Ngày 9.11", "quý III/2017"]))

PAGES.append(page("b7237-danang-hoithao-giaitoa-2018", """
Báo Đà Nẵng điện tử
Vị trí: Trang chủ › Chính trị › Thời sự
12.04.2018 | 16:05
Dân vận trong công tác giải tỏa, đền bù: cần "đặt mình vào vị trí của dân"
Ngày 11-4, Ban Dân vận Thành ủy phối hợp với Trường Đại học Kinh tế (Đại học Đà Nẵng) tổ chức hội thảo khoa học "Công tác dân vận trong thu hồi đất, giải tỏa, đền bù và tái định cư trên địa bàn thành phố Đà Nẵng".
Toàn cảnh hội thảo sáng 11-4.
Chủ trì hội thảo có đồng chí Đặng Thị Kim Loan, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Dân vận Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam thành phố; GS.TS. Nguyễn Trường Sơn, Phó Giám đốc Đại học Đà Nẵng.
Theo số liệu của Sở Tài nguyên và Môi trường, giai đoạn 1997 - 2017, thành phố triển khai hơn 2.500 dự án có thu hồi đất, giải tỏa khoảng 110.000 hồ sơ, bố trí gần 75.000 lô đất tái định cư. Hiện còn khoảng 2.100 hộ chưa bàn giao mặt bằng, tập trung ở 4 dự án lớn.
TS. Phan Thị Mỹ Vân, Trưởng khoa Luật, Trường Đại học Kinh tế, phân tích những bất cập giữa Luật Đất đai năm 2013 và Nghị định 47/2014/NĐ-CP của Chính phủ về bồi thường, hỗ trợ, tái định cư khi áp dụng ở đô thị loại I. Theo bà, khoảng 30% đơn thư khiếu nại kéo dài xuất phát từ việc giá đất bồi thường chênh lệch lớn với giá thị trường.
PGS.TS. Hồ Tấn Sáng, nguyên Phó Hiệu trưởng Trường Chính trị thành phố, cho rằng: "Giải tỏa không chỉ là chuyện tiền. Người dân mất nhà, mất nghề, mất cả nếp sống". Ông đề xuất mỗi dự án lớn phải có tổ công tác dân vận riêng, gồm cả cán bộ phường, tổ trưởng dân phố và người có uy tín.
Các tham luận của phường cũng được đánh giá cao. Ông Lê Văn Hùng, Bí thư Đảng ủy phường Hòa Hiệp Bắc, kể chuyện 67 lần đến nhà vận động một hộ dân trong dự án mở rộng đường Nguyễn Lương Bằng; bà Trương Thị Ngọc Ánh, Chủ tịch Ủy ban MTTQ Việt Nam phường Hòa Quý, giới thiệu cách tổ chức 12 cuộc đối thoại công khai với người dân khu tái định cư.
Đại diện Ban Dân vận Thành ủy cho biết, thực hiện Quy chế phối hợp số 09-QC/BDVTU-BCSĐ giữa Ban Dân vận Thành ủy và Ban cán sự đảng UBND thành phố, năm 2017 các cấp đã giải quyết dứt điểm 318 trường hợp khiếu nại kéo dài.
Kết luận hội thảo, đồng chí Đặng Thị Kim Loan khẳng định các ý kiến sẽ được tổng hợp gửi Thường trực Thành ủy; đồng thời đề nghị Đại học Đà Nẵng tiếp tục nghiên cứu, cung cấp luận cứ khoa học để thành phố hoàn thiện chính sách bồi thường, hỗ trợ, tái định cư.
Phát biểu bế mạc, GS.TS. Nguyễn Trường Sơn nhấn mạnh nhà trường sẵn sàng đưa chuyên đề "Dân vận trong quản lý đô thị" vào chương trình đào tạo thạc sĩ quản lý công.
MAI QUẾ
TIN CÙNG CHUYÊN MỤC
- Hải Châu: vận động 150 hộ bàn giao mặt bằng (05/04/2018)
- Hội nghị giao ban dân vận quý I năm 2018 (29/03/2018)
- Liên Chiểu đối thoại với người dân khu tái định cư (20/03/2018)
""", "2018-04-12", "Dân vận trong công tác giải tỏa, đền bù: cần \"đặt mình vào vị trí của dân\"",
E("hoi_nghi", None, "2018-04-11"),
[P("Đặng Thị Kim Loan", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Dân vận Thành ủy", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Nguyễn Trường Sơn", "GS.TS.", "Phó Giám đốc Đại học Đà Nẵng"),
 P("Phan Thị Mỹ Vân", "TS.", "Trưởng khoa Luật", "Trường Đại học Kinh tế"),
 P("Hồ Tấn Sáng", "PGS.TS.", "nguyên Phó Hiệu trưởng Trường Chính trị thành phố"),
 P("Lê Văn Hùng", "Bí thư Đảng ủy phường Hòa Hiệp Bắc"),
 P("Trương Thị Ngọc Ánh", "Chủ tịch Ủy ban MTTQ Việt Nam phường Hòa Quý")],
[Q("hơn 2.500 dự án", 2500, "dự án", "over"), Q("khoảng 110.000 hồ sơ", 110000, "hồ sơ", "approx"),
 Q("gần 75.000 lô đất tái định cư", 75000, "lô đất tái định cư", "approx"), Q("khoảng 2.100 hộ", 2100, "hộ", "approx"),
 Q("4 dự án lớn", 4, "dự án lớn"), Q("khoảng 30%", 30, "%", "approx"), Q("67 lần", 67, "lần"),
 Q("12 cuộc đối thoại công khai", 12, "cuộc đối thoại công khai"), Q("318 trường hợp", 318, "trường hợp")],
[D("Nghị định", "47", "2014/NĐ-CP", None, "Chính phủ", "Nghị định 47/2014/NĐ-CP"),
 D("Quy chế phối hợp", "09", "QC/BDVTU-BCSĐ", None, None, "Quy chế phối hợp số 09-QC/BDVTU-BCSĐ")],
[prov("Đà Nẵng"), com("Hòa Hiệp Bắc"), com("Hòa Quý")],
["Báo Đà Nẵng điện tử", "Vị trí: Trang chủ › Chính trị › Thời sự", "Toàn cảnh hội thảo sáng 11-4.",
 "Công tác dân vận trong thu hồi đất, giải tỏa, đền bù và tái định cư trên địa bàn thành phố Đà Nẵng",
 "Luật Đất đai năm 2013", "Dân vận trong quản lý đô thị", "Trường Đại học Kinh tế", "Đại học Đà Nẵng"],
["12.04.2018 | 16:05", "giai đoạn 1997 - 2017", "năm 2017", "đô thị loại I", "Ngày 11-4"]))

PAGES.append(page("b7238-binhduong-toadam-tongiao-2018", """
Hôm nay: Thứ Bảy, 27/10/2018
BÁO BÌNH DƯƠNG ONLINE
Chính trị > Xây dựng Đảng
Thứ Sáu, 26/10/2018 - 09:12
Tọa đàm khoa học "Công tác dân vận đối với đồng bào có đạo trong quá trình công nghiệp hóa, đô thị hóa"
(BDO) Ngày 25-10, Ban Dân vận Tỉnh ủy Bình Dương phối hợp Trường Đại học Thủ Dầu Một tổ chức tọa đàm khoa học về công tác dân vận đối với đồng bào có đạo trong quá trình công nghiệp hóa, đô thị hóa. Đến dự có hơn 100 đại biểu là nhà khoa học, chức sắc các tôn giáo và cán bộ làm công tác dân vận, tôn giáo của 9 huyện, thị xã, thành phố.
Đồng chí Nguyễn Thị Bé Ba, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy và PGS.TS. Nguyễn Văn Hiền, Hiệu trưởng Trường Đại học Thủ Dầu Một chủ trì.
Toàn tỉnh hiện có 13 tôn giáo với khoảng 450.000 tín đồ, chiếm gần 20% dân số; phần lớn tín đồ Công giáo, Tin lành là người nhập cư làm việc tại các khu công nghiệp. Đây là đặc điểm khác biệt so với nhiều địa phương, theo nhận định của TS. Nguyễn Phú Lợi, Phó Viện trưởng Viện Nghiên cứu Tôn giáo (Viện Hàn lâm Khoa học xã hội Việt Nam).
TS. Nguyễn Phú Lợi cho rằng nhu cầu sinh hoạt tôn giáo của công nhân nhập cư rất lớn, trong khi cơ sở thờ tự chưa đáp ứng kịp; nếu không có giải pháp sẽ phát sinh các điểm nhóm sinh hoạt tự phát. Ông đề nghị các cơ quan chức năng chủ động hướng dẫn thực hiện Nghị định 162/2017/NĐ-CP của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Tín ngưỡng, tôn giáo.
ThS. Trần Hoàng Hải, giảng viên Khoa Khoa học xã hội và Nhân văn, Trường Đại học Thủ Dầu Một, trình bày kết quả khảo sát 400 tín đồ tại 3 phường có đông công nhân: 81% cho biết được chính quyền tạo điều kiện sinh hoạt tôn giáo thuận lợi.
Tại tọa đàm, các chức sắc tôn giáo cũng phát biểu ý kiến. Linh mục Giuse Phạm Văn Thảo, Chánh xứ giáo xứ Búng, cho biết giáo xứ đã phối hợp với chính quyền phường Hưng Định vận động giáo dân tham gia 5 đợt hiến máu tình nguyện. Hòa thượng Thích Minh Thiện, Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, nhấn mạnh tinh thần "tốt đời, đẹp đạo". Mục sư Lê Văn Lập, Quản nhiệm Hội thánh Tin lành Thủ Dầu Một, đề nghị được hỗ trợ thủ tục đăng ký sinh hoạt tập trung cho 2 điểm nhóm.
Phát biểu kết luận, đồng chí Nguyễn Thị Bé Ba đề nghị các cấp tiếp tục thực hiện kế hoạch 80-KH/BDVTU của Ban Dân vận Tỉnh ủy về vận động đồng bào có đạo năm 2018; phát huy phong trào thi đua "Dân vận khéo" trong các cơ sở tôn giáo; xây dựng mối quan hệ thường xuyên giữa cán bộ cơ sở với chức sắc, chức việc.
Bài, ảnh: Ngọc Thạch
Bài viết liên quan
- Hội nghị gặp mặt chức sắc tôn giáo nhân dịp Giáng sinh (20/12/2017)
- Bến Cát: đối thoại với công nhân nhà trọ (12/10/2018)
- Phú Giáo ra mắt mô hình "Xóm đạo bình yên" (28/09/2018)
""", "2018-10-26",
"Tọa đàm khoa học \"Công tác dân vận đối với đồng bào có đạo trong quá trình công nghiệp hóa, đô thị hóa\"",
E("hoi_nghi", None, "2018-10-25"),
[P("Nguyễn Thị Bé Ba", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Hiền", "PGS.TS.", "Hiệu trưởng Trường Đại học Thủ Dầu Một"),
 P("Nguyễn Phú Lợi", "TS.", "Phó Viện trưởng Viện Nghiên cứu Tôn giáo"),
 P("Trần Hoàng Hải", "ThS.", "giảng viên Khoa Khoa học xã hội và Nhân văn", "Trường Đại học Thủ Dầu Một"),
 P("Giuse Phạm Văn Thảo", "Linh mục", "Chánh xứ giáo xứ Búng"),
 P("Thích Minh Thiện", "Hòa thượng", "Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
 P("Lê Văn Lập", "Mục sư", "Quản nhiệm Hội thánh Tin lành Thủ Dầu Một")],
[Q("hơn 100 đại biểu", 100, "đại biểu", "over"), Q("9 huyện, thị xã, thành phố", 9, "huyện, thị xã, thành phố"),
 Q("13 tôn giáo", 13, "tôn giáo"), Q("khoảng 450.000 tín đồ", 450000, "tín đồ", "approx"), Q("gần 20%", 20, "%", "approx"),
 Q("400 tín đồ", 400, "tín đồ"), Q("3 phường", 3, "phường"), Q("81%", 81, "%"),
 Q("5 đợt hiến máu tình nguyện", 5, "đợt hiến máu tình nguyện"), Q("2 điểm nhóm", 2, "điểm nhóm")],
[D("Nghị định", "162", "2017/NĐ-CP", None, "Chính phủ", "Nghị định 162/2017/NĐ-CP"),
 D("Kế hoạch", "80", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "kế hoạch 80-KH/BDVTU")],
[prov("Bình Dương"), com("Hưng Định")],
["Hôm nay: Thứ Bảy, 27/10/2018", "BÁO BÌNH DƯƠNG ONLINE", "Chính trị > Xây dựng Đảng", "(BDO)", "Luật Tín ngưỡng, tôn giáo",
 "tốt đời, đẹp đạo", "Dân vận khéo", "Trường Đại học Thủ Dầu Một", "Viện Nghiên cứu Tôn giáo", "Hội thánh Tin lành Thủ Dầu Một"],
["Hôm nay: Thứ Bảy, 27/10/2018", "Thứ Sáu, 26/10/2018 - 09:12", "năm 2018", "Ngày 25-10"]))

PAGES.append(page("b7239-hue-hoithao-dichuc-2019", """
Cổng Thông tin điện tử Tỉnh ủy Thừa Thiên Huế
Trang chủ | Hoạt động | Tin tức dân vận
Cập nhật lúc 17:20 ngày 14/05/2019
Phát huy giá trị Di chúc của Chủ tịch Hồ Chí Minh trong công tác dân vận
Ngày 13/5, Trường Đại học Khoa học (Đại học Huế) phối hợp với Ban Dân vận Tỉnh ủy Thừa Thiên Huế tổ chức hội thảo khoa học "50 năm thực hiện Di chúc của Chủ tịch Hồ Chí Minh - Những vấn đề về công tác dân vận của Đảng". Hội thảo có sự tham dự của gần 250 đại biểu, trong đó có nhiều nhà khoa học đến từ Hà Nội và các tỉnh miền Trung.
PGS.TS. Trần Văn Hào, Giám đốc Đại học Huế phát biểu khai mạc hội thảo.
Các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy Nguyễn Văn Hải, Hồ Thị Thu Sương, Lê Đình Châu cùng PGS.TS. Võ Thanh Tâm, Hiệu trưởng Trường Đại học Khoa học chủ trì phiên thảo luận.
Ban tổ chức nhận được 61 bài viết, chọn 48 bài in trong kỷ yếu dày gần 500 trang. Theo PGS.TS. Nguyễn Văn Hiệu, Trưởng khoa Lý luận chính trị, Trường Đại học Khoa học, điều Bác căn dặn trong Di chúc "phải thật sự tôn trọng quyền làm chủ của nhân dân" đã được Đảng cụ thể hóa qua Nghị quyết 25-NQ/TW và mới đây là Kết luận số 43-KL/TW ngày 7/1/2019 của Ban Bí thư về tiếp tục thực hiện Nghị quyết 25-NQ/TW.
TS. Đỗ Thị Kim Dung, Phó Trưởng khoa Xã hội học, Học viện Chính trị khu vực III, phân tích việc triển khai Quyết định 217, 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị về giám sát, phản biện xã hội và góp ý xây dựng Đảng, xây dựng chính quyền. Bà dẫn số liệu: 5 năm qua, MTTQ và các đoàn thể trong tỉnh đã tổ chức 1.136 cuộc giám sát và 214 hội nghị phản biện xã hội; tỷ lệ kiến nghị được tiếp thu đạt trên 85%.
Ở góc độ thực tiễn, ông Hồ Văn Dẻ, Chủ tịch UBND xã Hồng Thủy (A Lưới), người Pa Cô, chia sẻ cách vận động 96 hộ dân ở vùng sạt lở di dời đến nơi ở mới; bà Trần Thị Thu Hà, Bí thư Chi bộ tổ dân phố 5, phường Thủy Xuân, cho biết khu phố đã vận động người dân góp 650 triệu đồng làm kiệt bê tông.
GS.TS. Nguyễn Quang Ngữ, Đại học Quốc gia Hà Nội, gửi tham luận về truyền thống "lấy dân làm gốc" trong lịch sử Việt Nam, khẳng định đây là sợi chỉ đỏ xuyên suốt từ bài báo "Dân vận" năm 1949 đến bản Di chúc năm 1969.
Kết luận hội thảo, đồng chí Nguyễn Văn Hải cho biết Ban Dân vận Tỉnh ủy sẽ phối hợp với nhà trường xuất bản sách chuyên khảo, phục vụ đợt sinh hoạt chính trị kỷ niệm 50 năm thực hiện Di chúc vào tháng 9 tới.
Hoàng Anh
Các tin khác
- Hội nghị giao ban khối dân vận quý I năm 2019 (12/04/2019)
- Phong Điền: gặp mặt người có uy tín năm 2019 (02/04/2019)
- 20 mô hình "Dân vận khéo" được tuyên dương (21/03/2019)
""", "2019-05-14", "Phát huy giá trị Di chúc của Chủ tịch Hồ Chí Minh trong công tác dân vận",
E("hoi_nghi", None, "2019-05-13"),
[P("Trần Văn Hào", "PGS.TS.", "Giám đốc Đại học Huế"),
 P("Nguyễn Văn Hải", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hồ Thị Thu Sương", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Đình Châu", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Võ Thanh Tâm", "PGS.TS.", "Hiệu trưởng Trường Đại học Khoa học"),
 P("Nguyễn Văn Hiệu", "PGS.TS.", "Trưởng khoa Lý luận chính trị", "Trường Đại học Khoa học"),
 P("Đỗ Thị Kim Dung", "TS.", "Phó Trưởng khoa Xã hội học", "Học viện Chính trị khu vực III"),
 P("Hồ Văn Dẻ", "Chủ tịch UBND xã Hồng Thủy"),
 P("Trần Thị Thu Hà", "Bí thư Chi bộ tổ dân phố 5"),
 P("Nguyễn Quang Ngữ", "GS.TS.", "Đại học Quốc gia Hà Nội")],
[Q("gần 250 đại biểu", 250, "đại biểu", "approx"), Q("61 bài viết", 61, "bài viết"), Q("48 bài", 48, "bài"), Q("gần 500 trang", 500, "trang", "approx"),
 Q("1.136 cuộc giám sát", 1136, "cuộc giám sát"), Q("214 hội nghị phản biện xã hội", 214, "hội nghị phản biện xã hội"),
 Q("trên 85%", 85, "%", "over"), Q("96 hộ dân", 96, "hộ dân"), Q("650 triệu đồng", 650000000, "đồng")],
[D("Nghị quyết", "25", "NQ/TW", None, None, "Nghị quyết 25-NQ/TW"),
 D("Kết luận", "43", "KL/TW", "2019-01-07", "Ban Bí thư", "Kết luận số 43-KL/TW ngày 7/1/2019"),
 D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW ngày 12/12/2013"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW ngày 12/12/2013")],
[prov("Thừa Thiên Huế"), com("Hồng Thủy"), com("Thủy Xuân")],
["Cổng Thông tin điện tử Tỉnh ủy Thừa Thiên Huế", "Trang chủ | Hoạt động | Tin tức dân vận",
 "PGS.TS. Trần Văn Hào, Giám đốc Đại học Huế phát biểu khai mạc hội thảo.",
 "50 năm thực hiện Di chúc của Chủ tịch Hồ Chí Minh - Những vấn đề về công tác dân vận của Đảng",
 "phải thật sự tôn trọng quyền làm chủ của nhân dân", "lấy dân làm gốc", "Dân vận", "Đại học Quốc gia Hà Nội", "Trường Đại học Khoa học"],
["Cập nhật lúc 17:20 ngày 14/05/2019", "50 năm", "5 năm", "năm 1949", "năm 1969", "tháng 9", "tổ dân phố 5"]))

PAGES.append(page("b7240-namdinh-tongket-toadam-2019", """
BAN DÂN VẬN TỈNH ỦY NAM ĐỊNH
Tin tức - Sự kiện :: Hoạt động của Ban
Ngày 21/12/2019 | 10:30
Ảnh: Các đại biểu dự hội nghị.
Nam Định kết hợp tổng kết công tác dân vận với tọa đàm khoa học về "Dân vận khéo"
Ngày 20/12/2019, Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết công tác dân vận năm 2019, triển khai nhiệm vụ năm 2020. Ngay sau hội nghị, Ban phối hợp với Trường Đại học Điều dưỡng Nam Định và Trường Chính trị Trường Chinh tổ chức tọa đàm khoa học "Nhận diện, nhân rộng mô hình Dân vận khéo - cơ sở lý luận và thực tiễn".
Đồng chí Trần Lê Đoàn, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì. Dự có 140 đại biểu đại diện các sở, ngành, Ủy ban MTTQ và đoàn thể tỉnh, Ban Dân vận 10 huyện ủy, thành ủy.
Năm 2019, Ban Dân vận các cấp đã tham mưu cấp ủy ban hành 37 văn bản về công tác dân vận, trong đó có Chỉ thị số 22-CT/TU về tăng cường công tác dân vận trong tình hình mới và hướng dẫn số 05-HD/BDVTU về đánh giá, công nhận mô hình "Dân vận khéo". Toàn tỉnh có 1.486 mô hình "Dân vận khéo" được công nhận, tăng 212 mô hình so với năm 2018; nhân dân đóng góp trên 316 tỷ đồng xây dựng nông thôn mới nâng cao.
Tại phần tọa đàm, PGS.TS. Đoàn Minh Hiển, Phó Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh, cho rằng tiêu chí "khéo" không thể chỉ đếm bằng số công trình, mà phải ở chỗ người dân tự nguyện, đồng thuận và được hưởng lợi. TS. Vũ Thị Thu Hường, Phó Trưởng khoa Xây dựng Đảng, Trường Chính trị Trường Chinh, nêu thực trạng một số mô hình "có tên, không có hoạt động", chỉ tồn tại trên báo cáo.
Ông Phạm Văn Tuyến, Bí thư Đảng ủy xã Hải Phú (Hải Hậu), giới thiệu mô hình "Ngõ xóm sạch đẹp", đã có 2.450 hộ tham gia, trồng 12 km đường hoa; bà Ngô Thị Lụa, Chủ tịch Hội Nông dân xã Nam Thanh, kể cách vận động 78 hộ dồn điền đổi thửa.
Thảo luận tại tọa đàm, nhiều đại biểu đề nghị xây dựng bộ tiêu chí thống nhất để đánh giá mô hình, tránh chạy theo số lượng; đồng thời có cơ chế khen thưởng kịp thời, tôn vinh những cách làm hay ngay từ thôn, xóm, tổ dân phố. Các nhà khoa học cũng lưu ý mô hình phải gắn với nhu cầu thiết thực của người dân thì mới duy trì lâu dài.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 25 tập thể, 40 cá nhân có thành tích xuất sắc trong công tác dân vận năm 2019.
Phát biểu kết luận, đồng chí Trần Lê Đoàn yêu cầu năm 2020 tập trung triển khai Kết luận 43-KL/TW của Ban Bí thư, tham gia chuẩn bị tốt đại hội đảng bộ các cấp, chủ động nắm tình hình nhân dân, giải quyết dứt điểm các vụ việc phức tạp ngay từ cơ sở.
Đặng Hòa
Lượt truy cập: 2.015.337
Tin khác
- Giao Thủy: tọa đàm kỷ niệm 89 năm ngày truyền thống công tác dân vận (15/10/2019)
- Ý Yên: 5 năm thực hiện Quyết định 217, 218 (02/10/2019)
- Hội thi "Dân vận khéo" cấp tỉnh năm 2019 (20/09/2019)
""", "2019-12-21", "Nam Định kết hợp tổng kết công tác dân vận với tọa đàm khoa học về \"Dân vận khéo\"",
E("tong_ket", "2019", "2019-12-20"),
[P("Trần Lê Đoàn", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đoàn Minh Hiển", "PGS.TS.", "Phó Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh"),
 P("Vũ Thị Thu Hường", "TS.", "Phó Trưởng khoa Xây dựng Đảng", "Trường Chính trị Trường Chinh"),
 P("Phạm Văn Tuyến", "Bí thư Đảng ủy xã Hải Phú"),
 P("Ngô Thị Lụa", "Chủ tịch Hội Nông dân xã Nam Thanh")],
[Q("140 đại biểu", 140, "đại biểu"), Q("10 huyện ủy, thành ủy", 10, "huyện ủy, thành ủy"), Q("37 văn bản", 37, "văn bản"),
 Q("1.486 mô hình", 1486, "mô hình"), Q("212 mô hình", 212, "mô hình"), Q("trên 316 tỷ đồng", 316000000000, "đồng", "over"),
 Q("2.450 hộ", 2450, "hộ"), Q("12 km", 12, "km"), Q("78 hộ", 78, "hộ"), Q("25 tập thể", 25, "tập thể"), Q("40 cá nhân", 40, "cá nhân")],
[D("Chỉ thị", "22", "CT/TU", None, None, "Chỉ thị số 22-CT/TU"),
 D("Hướng dẫn", "05", "HD/BDVTU", None, None, "hướng dẫn số 05-HD/BDVTU"),
 D("Kết luận", "43", "KL/TW", None, "Ban Bí thư", "Kết luận 43-KL/TW")],
[prov("Nam Định"), com("Hải Phú"), com("Nam Thanh")],
["BAN DÂN VẬN TỈNH ỦY NAM ĐỊNH", "Tin tức - Sự kiện :: Hoạt động của Ban", "Ảnh: Các đại biểu dự hội nghị.",
 "Nhận diện, nhân rộng mô hình Dân vận khéo - cơ sở lý luận và thực tiễn", "Dân vận khéo", "Ngõ xóm sạch đẹp",
 "có tên, không có hoạt động", "Lượt truy cập: 2.015.337", "Trường Chính trị Trường Chinh", "Trường Đại học Điều dưỡng Nam Định"],
["Ngày 21/12/2019 | 10:30", "năm 2019", "năm 2020", "năm 2018", "Lượt truy cập: 2.015.337"]))
