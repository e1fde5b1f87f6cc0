from lib import *
PAGES = []

PAGES.append(page("b4397-laocai-quantriet-2011", """
BAN DÂN VẬN TỈNH ỦY LÀO CAI
Trang chủ > Tin tức - Sự kiện > Hoạt động dân vận
Thứ Ba, 15/11/2011 - 09:20
Toàn cảnh hội nghị. Ảnh: Minh Đức
Lào Cai: Quán triệt, triển khai các văn bản của Trung ương và của tỉnh về công tác dân vận
Ngày 14/11/2011, Ban Thường vụ Tỉnh ủy Lào Cai tổ chức hội nghị quán triệt, triển khai các văn bản của Trung ương và của tỉnh về công tác dân vận năm 2011 cho 215 đại biểu là bí thư, phó bí thư các huyện ủy, thành ủy, đảng ủy trực thuộc và trưởng ban dân vận các cấp. Đồng chí Thào Seo Dìn, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.
Tại hội nghị, các đại biểu được nghe đồng chí Vàng Thị Mai, Phó Trưởng Ban Dân vận Tỉnh ủy quán triệt Quy chế công tác dân vận của hệ thống chính trị ban hành kèm theo Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị; Kế hoạch số 12, 13-KH/TU của Ban Thường vụ Tỉnh ủy về thực hiện Quy chế và về nâng cao chất lượng công tác dân vận ở vùng đồng bào Mông; Hướng dẫn số 05-HD/BDVTU ngày 20/10/2011 của Ban Dân vận Tỉnh ủy về xây dựng quy chế công tác dân vận ở cấp xã. Đồng chí Lục Văn Thắng, Phó Chủ tịch UBND tỉnh triển khai Quyết định số 1205/QĐ-UBND ngày 12/5/2011 của UBND tỉnh về thực hiện công tác dân vận chính quyền giai đoạn 2011 - 2015.
Theo báo cáo, sau hơn 1 năm triển khai Quyết định 290, 100% huyện ủy, thành ủy và 164 xã, phường, thị trấn đã ban hành quy chế công tác dân vận; toàn tỉnh tổ chức 1.126 buổi tuyên truyền, thu hút trên 68.000 lượt người tham dự. Nhân dân các dân tộc đã hiến gần 42.000 m2 đất, đóng góp trên 11,6 tỷ đồng và 85.000 ngày công làm đường giao thông nông thôn.
Thảo luận tại hội nghị, đồng chí Sùng A Páo, HUV, Trưởng Ban Dân vận Huyện ủy Bắc Hà nêu: ở 3 xã vùng cao còn tình trạng truyền đạo trái pháp luật, di cư tự do; bà Ly Thị Sử, Chủ tịch Hội LHPN xã Tả Van, kiến nghị tăng thời lượng tuyên truyền bằng tiếng Mông, tiếng Dao trên loa truyền thanh.
Kết luận hội nghị, đồng chí Thào Seo Dìn đề nghị các cấp ủy xây dựng chương trình hành động cụ thể, đưa chỉ tiêu công tác dân vận vào nghị quyết hằng năm; các huyện hoàn thành việc xây dựng kế hoạch thực hiện trước ngày 30/12/2011. Mỗi xã chọn ít nhất 1 mô hình điểm về dân vận chính quyền để nhân rộng.
Đồng chí Vàng Thị Mai quán triệt các văn bản.
Nguyễn Hồng Vân
Số lượt xem: 1.204
Tin liên quan
- Sa Pa: tập huấn nghiệp vụ công tác dân vận cho 120 cán bộ cơ sở (02/11/2011)
- Bảo Thắng sơ kết 3 năm thực hiện Nghị quyết 25 (20/10/2011)
- Tỉnh ủy ban hành Kế hoạch số 09-KH/TU (05/10/2011)
- Văn Bàn ra mắt mô hình "Dân vận khéo" (28/09/2011)
""", "2011-11-15", "Lào Cai: Quán triệt, triển khai các văn bản của Trung ương và của tỉnh về công tác dân vận",
E("hoi_nghi", "2011", "2011-11-14"),
[P("Thào Seo Dìn", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Vàng Thị Mai", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lục Văn Thắng", "Phó Chủ tịch UBND tỉnh"),
 P("Sùng A Páo", "HUV", "Trưởng Ban Dân vận Huyện ủy Bắc Hà"),
 P("Ly Thị Sử", "Chủ tịch Hội LHPN xã Tả Van")],
[Q("215 đại biểu", 215, "đại biểu"), Q("100% huyện ủy", 100, "%"), Q("164 xã, phường, thị trấn", 164, "xã, phường, thị trấn"),
 Q("1.126 buổi tuyên truyền", 1126, "buổi tuyên truyền"), Q("trên 68.000 lượt người", 68000, "lượt người", "over"),
 Q("gần 42.000 m2", 42000, "m2", "approx"), Q("trên 11,6 tỷ đồng", 11600000000, "đồng", "over"),
 Q("85.000 ngày công", 85000, "ngày công"), Q("3 xã vùng cao", 3, "xã vùng cao"), Q("ít nhất 1 mô hình điểm", 1, "mô hình điểm", "over")],
[D("Quyết định", "290", "QĐ/TW", "2010-02-25", "Bộ Chính trị", "Quyết định số 290-QĐ/TW ngày 25/2/2010"),
 D("Kế hoạch", "12", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 12, 13-KH/TU"),
 D("Kế hoạch", "13", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 12, 13-KH/TU"),
 D("Hướng dẫn", "05", "HD/BDVTU", "2011-10-20", "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 05-HD/BDVTU ngày 20/10/2011"),
 D("Quyết định", "1205", "QĐ-UBND", "2011-05-12", "UBND tỉnh", "Quyết định số 1205/QĐ-UBND ngày 12/5/2011")],
[prov("Lào Cai"), com("Tả Van")],
["BAN DÂN VẬN TỈNH ỦY LÀO CAI", "Trang chủ > Tin tức - Sự kiện > Hoạt động dân vận", "Toàn cảnh hội nghị. Ảnh: Minh Đức",
 "Đồng chí Vàng Thị Mai quán triệt các văn bản.", "Quy chế công tác dân vận của hệ thống chính trị", "Số lượt xem: 1.204"],
["Thứ Ba, 15/11/2011 - 09:20", "năm 2011", "giai đoạn 2011 - 2015", "hơn 1 năm", "Quyết định 290", "Số lượt xem: 1.204", "30/12/2011"]))

PAGES.append(page("b4398-namdinh-chuongtrinh-2013", """
Cổng thông tin điện tử Đảng bộ tỉnh Nam Định
Trang chủ / Tin tức / Xây dựng Đảng
Ngày đăng 26/08/2013 | 15:40
Tỉnh ủy ban hành Chương trình hành động thực hiện Nghị quyết số 25-NQ/TW về công tác dân vận
Thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Hội nghị lần thứ 7 Ban Chấp hành Trung ương Đảng (khóa XI) về "Tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới" và Kế hoạch số 08-KH/TW ngày 15/7/2013 của Bộ Chính trị, ngày 20/8/2013, Ban Chấp hành Đảng bộ tỉnh ban hành Chương trình hành động số 31-CTr/TU.
Chương trình xác định 6 nhóm nhiệm vụ, giải pháp trọng tâm và đặt mục tiêu đến năm 2015 có ít nhất 95% tổ chức cơ sở đảng, 100% chính quyền các cấp xây dựng, thực hiện quy chế công tác dân vận; mỗi năm mỗi xã, phường, thị trấn có từ 2 mô hình "Dân vận khéo" trở lên; giảm 30% số đơn thư vượt cấp so với năm 2012.
Các huyện ủy, thành ủy, đảng ủy trực thuộc tổ chức học tập, quán triệt Nghị quyết xong trước ngày 30/9/2013 và xây dựng kế hoạch thực hiện phù hợp. Ban Dân vận Tỉnh ủy được giao chủ trì, phối hợp với Ban Tuyên giáo Tỉnh ủy, Ban Tổ chức Tỉnh ủy hướng dẫn, theo dõi, định kỳ 6 tháng báo cáo Thường trực Tỉnh ủy.
Cùng với đó, UBND tỉnh ban hành Kế hoạch số 64/KH-UBND ngày 22/8/2013 về đẩy mạnh công tác dân vận chính quyền, thực hiện Quy chế dân chủ ở cơ sở theo Nghị định số 79/2003/NĐ-CP của Chính phủ và Pháp lệnh số 34/2007/PL-UBTVQH11 của Ủy ban Thường vụ Quốc hội; Ủy ban MTTQ tỉnh ban hành hướng dẫn số 17/HD-MTTQ-BTT về giám sát việc thực hiện.
Theo đồng chí Trần Thị Lụa, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy, hiện toàn tỉnh có 229 xã, phường, thị trấn với trên 1.900 tổ dân vận thôn, xóm; năm 2012 đã có 412 mô hình, điển hình "Dân vận khéo" được công nhận, trong đó 37 mô hình cấp tỉnh. Các cấp đã vận động nhân dân đóng góp 326 tỷ đồng xây dựng nông thôn mới. Tuy vậy, vẫn còn 15 vụ việc khiếu kiện đông người kéo dài, chủ yếu về đất đai ở các xã ven biển.
Đồng chí Vũ Đức Hòa, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy cho biết, trong tháng 9, Ban sẽ phối hợp tổ chức hội nghị học tập Nghị quyết cho khoảng 600 cán bộ chủ chốt cấp tỉnh, huyện; biên soạn 5.000 cuốn tài liệu hỏi - đáp phát đến chi bộ.
Trước đó, tại hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12, đồng chí Đoàn Văn Khuê, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh nhấn mạnh: người đứng đầu cấp ủy phải trực tiếp đối thoại với nhân dân ít nhất 2 lần/năm.
Toàn văn Chương trình hành động xem tại mục Văn bản.
P.V
Lượt truy cập: 2.318
Tin khác
- Hải Hậu: đối thoại với nhân dân về giải phóng mặt bằng (19/08/2013)
- Nghĩa Hưng sơ kết Chỉ thị 12-CT/HU (09/08/2013)
- Ban Dân vận Tỉnh ủy làm việc với Đảng ủy Khối doanh nghiệp (30/07/2013)
""", "2013-08-26", "Tỉnh ủy ban hành Chương trình hành động thực hiện Nghị quyết số 25-NQ/TW về công tác dân vận",
E("khac", None, None),
[P("Trần Thị Lụa", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đoàn Văn Khuê", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Vũ Đức Hòa", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy")],
[Q("6 nhóm nhiệm vụ", 6, "nhóm nhiệm vụ"), Q("ít nhất 95%", 95, "%", "over"), Q("100% chính quyền", 100, "%"),
 Q("từ 2 mô hình", 2, "mô hình", "over"), Q("30%", 30, "%"), Q("229 xã, phường, thị trấn", 229, "xã, phường, thị trấn"),
 Q("trên 1.900 tổ dân vận", 1900, "tổ dân vận", "over"), Q("412 mô hình, điển hình", 412, "mô hình, điển hình"),
 Q("37 mô hình cấp tỉnh", 37, "mô hình cấp tỉnh"), Q("326 tỷ đồng", 326000000000, "đồng"),
 Q("15 vụ việc khiếu kiện đông người kéo dài", 15, "vụ việc khiếu kiện đông người kéo dài"),
 Q("khoảng 600 cán bộ chủ chốt", 600, "cán bộ chủ chốt", "approx"), Q("5.000 cuốn tài liệu hỏi - đáp", 5000, "cuốn tài liệu hỏi - đáp")],
[D("Nghị quyết", "25", "NQ/TW", "2013-06-03", "Ban Chấp hành Trung ương Đảng", "Nghị quyết số 25-NQ/TW ngày 03/6/2013"),
 D("Kế hoạch", "08", "KH/TW", "2013-07-15", "Bộ Chính trị", "Kế hoạch số 08-KH/TW ngày 15/7/2013"),
 D("Chương trình hành động", "31", "CTr/TU", "2013-08-20", "Ban Chấp hành Đảng bộ tỉnh", "Chương trình hành động số 31-CTr/TU"),
 D("Kế hoạch", "64", "KH-UBND", "2013-08-22", "UBND tỉnh", "Kế hoạch số 64/KH-UBND ngày 22/8/2013"),
 D("Nghị định", "79", "2003/NĐ-CP", None, "Chính phủ", "Nghị định số 79/2003/NĐ-CP"),
 D("Pháp lệnh", "34", "2007/PL-UBTVQH11", None, "Ủy ban Thường vụ Quốc hội", "Pháp lệnh số 34/2007/PL-UBTVQH11"),
 D("Hướng dẫn", "17", "HD-MTTQ-BTT", None, "Ủy ban MTTQ tỉnh", "hướng dẫn số 17/HD-MTTQ-BTT")],
[prov("Nam Định")],
["Cổng thông tin điện tử Đảng bộ tỉnh Nam Định", "Trang chủ / Tin tức / Xây dựng Đảng",
 "Tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới", "Dân vận khéo",
 "Toàn văn Chương trình hành động xem tại mục Văn bản.", "Lượt truy cập: 2.318"],
["Ngày đăng 26/08/2013 | 15:40", "Hội nghị lần thứ 7", "lần thứ 12", "ít nhất 2 lần/năm", "khóa XI", "năm 2015", "năm 2012", "6 tháng", "tháng 9", "Lượt truy cập: 2.318"]))

PAGES.append(page("b4399-quangtri-tongket-2014", """
HUYỆN ỦY HẢI LĂNG - TỈNH QUẢNG TRỊ
Trang chủ :: Hoạt động cấp ủy :: Dân vận
08:35 | 19/12/2014
Hải Lăng tổng kết 10 năm thực hiện Chỉ thị 29-CT/TU và Kết luận 06-KL/HU
Chiều 17/12, Ban Thường vụ Huyện ủy Hải Lăng tổ chức hội nghị tổng kết 10 năm thực hiện Chỉ thị số 29-CT/TU ngày 05/10/2004 của Ban Thường vụ Tỉnh ủy về "tăng cường công tác dân vận ở vùng giáo" và Kết luận số 06-KL/HU của Ban Thường vụ Huyện ủy về công tác vận động đồng bào Công giáo. Đồng chí Lê Quang Thịnh, Tỉnh ủy viên, Bí thư Huyện ủy chủ trì; dự có đồng chí Hồ Thị Thu Sương, Phó Trưởng Ban Dân vận Tỉnh ủy.
Quang cảnh hội nghị tổng kết. Ảnh: Thanh Hải
Báo cáo của Ban Dân vận Huyện ủy cho thấy, sau 10 năm, Ban Thường vụ Huyện ủy đã ban hành 4 nghị quyết chuyên đề, 7 kế hoạch; Ban Dân vận Huyện ủy ban hành các Hướng dẫn số 11, 12, 15-HD/BDVHU về công tác dân vận vùng giáo; 100% chi bộ ở 9 thôn có đông giáo dân được củng cố. Đồng bào Công giáo ở 5 giáo xứ đã hiến 26.400 m2 đất, đóng góp khoảng 4,2 tỷ đồng xây dựng 38 km đường bê tông; 1.215 hộ giáo dân đạt danh hiệu "Gia đình văn hóa", chiếm 91,4%. Tỷ lệ hộ nghèo ở vùng giáo giảm từ 21,6% xuống còn 7,3%.
Tại hội nghị, linh mục Phaolô Trần Văn Lộc, Quản xứ giáo xứ Trí Bưu, phát biểu đồng tình với chủ trương của địa phương; ông Nguyễn Văn Tạo, Chủ tịch Ủy ban MTTQ Việt Nam xã Hải Phú, chia sẻ cách vận động "nói để giáo dân hiểu, làm để giáo dân tin"; bà Đoàn Thị Cúc, Trưởng ban Công tác Mặt trận thôn Câu Nhi, cho biết thôn đã xây dựng 3 tổ hòa giải gồm lương và giáo.
Đồng chí Hồ Thị Thu Sương ghi nhận kết quả và đề nghị Huyện ủy tiếp tục quán triệt Nghị quyết 25-NQ/TW của Ban Chấp hành Trung ương và Chương trình hành động số 18-CTr/TU của Tỉnh ủy; chú ý công tác phát triển đảng viên trong giáo dân, hiện mới có 14 đảng viên là người Công giáo.
Kết luận hội nghị, đồng chí Lê Quang Thịnh yêu cầu Ban Dân vận Huyện ủy tham mưu ban hành kết luận mới thay thế Kết luận 06-KL/HU trong quý I/2015. Dịp này, Ban Thường vụ Huyện ủy tặng giấy khen cho 8 tập thể, 12 cá nhân.
Theo đồng chí Trần Thị Hoa, HUV, Trưởng Ban Dân vận Huyện ủy, để triển khai Kế hoạch số 52-KH/TU ngày 08/9/2014 của Tỉnh ủy Quảng Trị, từ năm 2015 huyện sẽ chọn 2 xã Hải Phú, Hải Ba làm điểm về dân vận vùng giáo, mỗi năm tổ chức 2 hội nghị gặp mặt chức sắc, chức việc các giáo xứ.
Hoàng Văn - Thanh Hải
Lượt xem: 643
Tin liên quan
- Triệu Phong đối thoại với giáo dân (10/12/2014)
- Hải Lăng ra mắt 6 tổ dân vận kiểu mẫu (02/11/2014)
- Tỉnh ủy sơ kết 1 năm thực hiện Nghị quyết 25 (20/06/2014)
- Gặp mặt chức sắc, chức việc các tôn giáo nhân dịp Giáng sinh (15/12/2014)
""", "2014-12-19", "Hải Lăng tổng kết 10 năm thực hiện Chỉ thị 29-CT/TU và Kết luận 06-KL/HU",
E("tong_ket", None, "2014-12-17"),
[P("Lê Quang Thịnh", "Tỉnh ủy viên", "Bí thư Huyện ủy"),
 P("Trần Thị Hoa", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Hồ Thị Thu Sương", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phaolô Trần Văn Lộc", "linh mục", "Quản xứ giáo xứ Trí Bưu"),
 P("Nguyễn Văn Tạo", "Chủ tịch Ủy ban MTTQ Việt Nam xã Hải Phú"),
 P("Đoàn Thị Cúc", "Trưởng ban Công tác Mặt trận thôn Câu Nhi")],
[Q("4 nghị quyết chuyên đề", 4, "nghị quyết chuyên đề"), Q("7 kế hoạch", 7, "kế hoạch"), Q("100% chi bộ", 100, "%"),
 Q("9 thôn", 9, "thôn"), Q("5 giáo xứ", 5, "giáo xứ"), Q("26.400 m2", 26400, "m2"),
 Q("khoảng 4,2 tỷ đồng", 4200000000, "đồng", "approx"), Q("38 km", 38, "km"), Q("1.215 hộ giáo dân", 1215, "hộ giáo dân"),
 Q("91,4%", 91.4, "%"), Q("21,6%", 21.6, "%"), Q("7,3%", 7.3, "%"), Q("3 tổ hòa giải", 3, "tổ hòa giải"),
 Q("14 đảng viên", 14, "đảng viên"), Q("8 tập thể", 8, "tập thể"), Q("12 cá nhân", 12, "cá nhân"),
 Q("2 xã", 2, "xã"), Q("2 hội nghị gặp mặt chức sắc, chức việc", 2, "hội nghị gặp mặt chức sắc, chức việc")],
[D("Chỉ thị", "29", "CT/TU", "2004-10-05", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 29-CT/TU ngày 05/10/2004"),
 D("Kết luận", "06", "KL/HU", None, "Ban Thường vụ Huyện ủy", "Kết luận số 06-KL/HU"),
 D("Hướng dẫn", "11", "HD/BDVHU", None, "Ban Dân vận Huyện ủy", "Hướng dẫn số 11, 12, 15-HD/BDVHU"),
 D("Hướng dẫn", "12", "HD/BDVHU", None, "Ban Dân vận Huyện ủy", "Hướng dẫn số 11, 12, 15-HD/BDVHU"),
 D("Hướng dẫn", "15", "HD/BDVHU", None, "Ban Dân vận Huyện ủy", "Hướng dẫn số 11, 12, 15-HD/BDVHU"),
 D("Nghị quyết", "25", "NQ/TW", None, "Ban Chấp hành Trung ương", "Nghị quyết 25-NQ/TW"),
 D("Chương trình hành động", "18", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 18-CTr/TU"),
 D("Kế hoạch", "52", "KH/TU", "2014-09-08", "Tỉnh ủy Quảng Trị", "Kế hoạch số 52-KH/TU ngày 08/9/2014")],
[prov("Quảng Trị"), com("Hải Phú"), com("Hải Ba")],
["HUYỆN ỦY HẢI LĂNG - TỈNH QUẢNG TRỊ", "Trang chủ :: Hoạt động cấp ủy :: Dân vận", "Quang cảnh hội nghị tổng kết. Ảnh: Thanh Hải",
 "tăng cường công tác dân vận ở vùng giáo", "Gia đình văn hóa", "nói để giáo dân hiểu, làm để giáo dân tin", "Lượt xem: 643"],
["08:35 | 19/12/2014", "10 năm", "quý I/2015", "từ năm 2015", "Lượt xem: 643"]))

PAGES.append(page("b4400-camau-trienkhai-2015", """
Trang thông tin điện tử xã Tân Hưng Đông - huyện Cái Nước - tỉnh Cà Mau
Bạn đang ở: Trang chủ › Tin tức › Tin hoạt động
Thứ Năm, 05/11/2015, 16:10
Đảng ủy xã triển khai Kết luận 114-KL/TW về công tác dân vận của cơ quan nhà nước
Sáng 04/11/2015, Đảng ủy xã Tân Hưng Đông tổ chức hội nghị học tập, quán triệt Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao chất lượng, hiệu quả công tác dân vận của cơ quan nhà nước, chính quyền các cấp, Kế hoạch số 47-KH/TU của Ban Thường vụ Tỉnh ủy Cà Mau và Kế hoạch số 21-KH/HU của Ban Thường vụ Huyện ủy Cái Nước. Dự hội nghị có 96 đồng chí là đảng viên của 17 chi bộ trực thuộc, cán bộ, công chức xã và trưởng các ấp.
Đồng chí Huỳnh Văn Ba, Bí thư Đảng ủy xã, báo cáo viên hội nghị.
Đồng chí Huỳnh Văn Ba, Bí thư Đảng ủy, Chủ tịch HĐND xã trực tiếp truyền đạt những nội dung cơ bản của Kết luận 114; đồng chí Lâm Thị Kiều, Phó Bí thư Thường trực Đảng ủy xã, quán triệt Kế hoạch thực hiện của Đảng ủy, theo đó Ban Thường vụ Đảng ủy đã ban hành Kế hoạch số 36-KH/ĐU ngày 28/10/2015 và Quy chế phối hợp số 02-QC/ĐU giữa Đảng ủy với UBND xã và các đoàn thể.
Kế hoạch nêu rõ, từ nay đến cuối năm 2016, 100% cán bộ, công chức xã phải ký cam kết thực hiện "4 xin, 4 luôn"; UBND xã tổ chức tiếp công dân định kỳ vào thứ Năm hằng tuần, giải quyết 100% đơn thư trong thời hạn luật định; mỗi ấp xây dựng ít nhất 1 mô hình "Dân vận khéo" trong lĩnh vực kinh tế.
Năm 2015, xã đã vận động nhân dân hiến 3.600 m2 đất mở rộng lộ giao thông, đóng góp hơn 1,35 tỷ đồng xây dựng 6 cây cầu bê tông; hỗ trợ 14 căn nhà đại đoàn kết cho hộ nghèo, mỗi căn 40 triệu đồng. Tuy nhiên, trong 9 tháng vẫn còn 23 đơn thư khiếu nại, chủ yếu tranh chấp đất nuôi tôm, trong đó 4 đơn vượt cấp.
Phát biểu chỉ đạo, đồng chí Trần Minh Nhựt, HUV, Trưởng Ban Dân vận Huyện ủy Cái Nước đề nghị Đảng ủy xã Tân Hưng Đông cụ thể hóa Kết luận bằng chương trình công tác năm 2016, gắn với việc thực hiện Nghị định 04/2015/NĐ-CP của Chính phủ về thực hiện dân chủ trong hoạt động của cơ quan hành chính nhà nước.
Các đồng chí Phó Chủ tịch UBND xã: Nguyễn Văn Út, Dương Thị Hồng Nhung đăng ký nội dung đột phá của khối chính quyền: cải cách thủ tục hành chính theo cơ chế "một cửa", rút ngắn 20% thời gian giải quyết hồ sơ đất đai; vận động 120 hộ tham gia tổ hợp tác nuôi tôm quảng canh cải tiến.
Ban Biên tập
Lượt truy cập: 315
Tin khác
- Xã tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở ấp Tân Bửu (28/10/2015)
- Hội Nông dân xã sơ kết 9 tháng (15/10/2015)
- Ra mắt tổ tự quản an ninh trật tự ấp Rạch Muỗi (01/10/2015)
""", "2015-11-05", "Đảng ủy xã triển khai Kết luận 114-KL/TW về công tác dân vận của cơ quan nhà nước",
E("hoi_nghi", None, "2015-11-04"),
[P("Huỳnh Văn Ba", "Bí thư Đảng ủy xã", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Lâm Thị Kiều", "Phó Bí thư Thường trực Đảng ủy xã"),
 P("Trần Minh Nhựt", "HUV", "Trưởng Ban Dân vận Huyện ủy Cái Nước"),
 P("Nguyễn Văn Út", "Phó Chủ tịch UBND xã"), P("Dương Thị Hồng Nhung", "Phó Chủ tịch UBND xã")],
[Q("96 đồng chí", 96, "đồng chí"), Q("17 chi bộ trực thuộc", 17, "chi bộ trực thuộc"), Q("100% cán bộ, công chức", 100, "%"),
 Q("100% đơn thư", 100, "%"), Q("ít nhất 1 mô hình", 1, "mô hình", "over"), Q("3.600 m2", 3600, "m2"),
 Q("hơn 1,35 tỷ đồng", 1350000000, "đồng", "over"), Q("6 cây cầu bê tông", 6, "cây cầu bê tông"),
 Q("14 căn nhà đại đoàn kết", 14, "căn nhà đại đoàn kết"), Q("40 triệu đồng", 40000000, "đồng"),
 Q("23 đơn thư khiếu nại", 23, "đơn thư khiếu nại"), Q("4 đơn vượt cấp", 4, "đơn vượt cấp"),
 Q("20%", 20, "%"), Q("120 hộ", 120, "hộ")],
[D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 14/7/2015"),
 D("Kế hoạch", "47", "KH/TU", None, "Ban Thường vụ Tỉnh ủy Cà Mau", "Kế hoạch số 47-KH/TU"),
 D("Kế hoạch", "21", "KH/HU", None, "Ban Thường vụ Huyện ủy Cái Nước", "Kế hoạch số 21-KH/HU"),
 D("Kế hoạch", "36", "KH/ĐU", "2015-10-28", "Ban Thường vụ Đảng ủy", "Kế hoạch số 36-KH/ĐU ngày 28/10/2015"),
 D("Quy chế phối hợp", "02", "QC/ĐU", None, "Ban Thường vụ Đảng ủy", "Quy chế phối hợp số 02-QC/ĐU"),
 D("Nghị định", "04", "2015/NĐ-CP", None, "Chính phủ", "Nghị định 04/2015/NĐ-CP")],
[prov("Cà Mau"), com("Tân Hưng Đông")],
["Trang thông tin điện tử xã Tân Hưng Đông - huyện Cái Nước - tỉnh Cà Mau", "Bạn đang ở: Trang chủ › Tin tức › Tin hoạt động",
 "Đồng chí Huỳnh Văn Ba, Bí thư Đảng ủy xã, báo cáo viên hội nghị.", "4 xin, 4 luôn", "Dân vận khéo", "một cửa", "Lượt truy cập: 315"],
["Thứ Năm, 05/11/2015, 16:10", "4 xin, 4 luôn", "96 đồng chí", "năm 2016", "Năm 2015", "9 tháng", "Lượt truy cập: 315"]))

PAGES.append(page("b4401-binhdinh-giamsat-2016", """
BAN DÂN VẬN TỈNH ỦY BÌNH ĐỊNH
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ
Hôm nay: Thứ Sáu, 28/10/2016
Giám sát việc thực hiện Quyết định 217, 218-QĐ/TW tại huyện Tây Sơn
Cập nhật lúc 10:15 ngày 21/10/2016
Thực hiện Kế hoạch giám sát năm 2016, ngày 19/10/2016, đoàn giám sát của Ban Dân vận Tỉnh ủy do đồng chí Nguyễn Thị Thanh Bình, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy làm trưởng đoàn đã giám sát việc thực hiện Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị tại Ban Thường vụ Huyện ủy Tây Sơn.
Đoàn giám sát làm việc với Ban Thường vụ Huyện ủy Tây Sơn.
Tham gia đoàn có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Đặng Văn Hòa, Trần Ngọc Sương và đại diện Ủy ban MTTQ Việt Nam tỉnh. Tiếp đoàn có đồng chí Lê Văn Tuấn, Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện.
Báo cáo của Huyện ủy cho biết, triển khai Kế hoạch số 25-KH/TU ngày 05/3/2014 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Huyện ủy đã ban hành Kế hoạch số 17-KH/HU, Hướng dẫn số 03-HD/HU và chỉ đạo 15 xã, thị trấn ban hành quy chế giám sát, phản biện xã hội. Từ năm 2014 đến nay, Mặt trận và các đoàn thể huyện đã chủ trì giám sát 42 cuộc, phối hợp giám sát 67 cuộc; tổ chức 9 hội nghị phản biện xã hội đối với các dự thảo đề án, quy hoạch; cấp xã tổ chức 126 cuộc giám sát, qua đó đưa ra 318 kiến nghị, trong đó 279 kiến nghị đã được giải quyết, đạt 87,7%.
Theo Quyết định 218, đã có 5.260 lượt ý kiến góp ý của nhân dân đối với cán bộ, đảng viên tại nơi cư trú; 100% đảng viên đương chức ở 152 chi bộ thôn, khu phố thực hiện tự phê bình theo Quy định số 76-QĐ/TW của Bộ Chính trị. Ban Thanh tra nhân dân xã Bình Thành, xã Tây Xuân được biểu dương vì phát hiện kịp thời sai phạm trong thu chi quỹ.
Đồng chí Nguyễn Thị Thanh Bình đánh giá cao kết quả, đồng thời chỉ ra hạn chế: một số cấp ủy chưa ban hành văn bản lãnh đạo riêng, hình thức giám sát chủ yếu qua báo cáo; có 3 kiến nghị chưa được trả lời quá 60 ngày. Đồng chí đề nghị Huyện ủy sớm sơ kết 3 năm thực hiện hai quyết định, gắn với Chỉ thị 05-CT/TW của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.
Cũng trong chương trình, đoàn đã khảo sát thực tế tại xã Tây Xuân. Ông Võ Đình Lực, Chủ tịch Ủy ban MTTQ Việt Nam xã Tây Xuân, cho biết năm 2016 Mặt trận xã đã giám sát 6 cuộc, trong đó có việc bình xét 47 hộ nghèo, hộ cận nghèo và việc thi công 2,3 km đường bê tông có nhân dân đóng góp 620 triệu đồng. Theo kế hoạch, đến cuối tháng 11/2016, đoàn sẽ giám sát thêm tại 3 huyện, thị xã còn lại của tỉnh Bình Định.
Trần Ngọc Sương
Lượt xem: 1.037
Các tin khác
- Giám sát thực hiện Quy chế dân chủ tại thị xã An Nhơn (14/10/2016)
- Hội nghị giao ban khối dân vận quý III (07/10/2016)
- Phù Mỹ ra mắt 12 mô hình "Dân vận khéo" (29/09/2016)
""", "2016-10-21", "Giám sát việc thực hiện Quyết định 217, 218-QĐ/TW tại huyện Tây Sơn",
E("giam_sat", "2016", "2016-10-19"),
[P("Nguyễn Thị Thanh Bình", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đặng Văn Hòa", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Ngọc Sương", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Văn Tuấn", "Phó Bí thư Thường trực Huyện ủy", "Chủ tịch HĐND huyện"),
 P("Võ Đình Lực", "Chủ tịch Ủy ban MTTQ Việt Nam xã Tây Xuân")],
[Q("15 xã, thị trấn", 15, "xã, thị trấn"), Q("42 cuộc", 42, "cuộc"), Q("67 cuộc", 67, "cuộc"),
 Q("9 hội nghị phản biện xã hội", 9, "hội nghị phản biện xã hội"), Q("126 cuộc giám sát", 126, "cuộc giám sát"),
 Q("318 kiến nghị", 318, "kiến nghị"), Q("279 kiến nghị", 279, "kiến nghị"), Q("87,7%", 87.7, "%"),
 Q("5.260 lượt ý kiến", 5260, "lượt ý kiến"), Q("100% đảng viên", 100, "%"), Q("152 chi bộ thôn, khu phố", 152, "chi bộ thôn, khu phố"),
 Q("3 kiến nghị", 3, "kiến nghị"), Q("6 cuộc", 6, "cuộc"), Q("47 hộ nghèo, hộ cận nghèo", 47, "hộ nghèo, hộ cận nghèo"),
 Q("2,3 km", 2.3, "km"), Q("620 triệu đồng", 620000000, "đồng"), Q("3 huyện, thị xã", 3, "huyện, thị xã")],
[D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 218-QĐ/TW ngày 12/12/2013"),
 D("Kế hoạch", "25", "KH/TU", "2014-03-05", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 25-KH/TU ngày 05/3/2014"),
 D("Kế hoạch", "17", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 17-KH/HU"),
 D("Hướng dẫn", "03", "HD/HU", None, "Ban Thường vụ Huyện ủy", "Hướng dẫn số 03-HD/HU"),
 D("Quy định", "76", "QĐ/TW", None, "Bộ Chính trị", "Quy định số 76-QĐ/TW"),
 D("Chỉ thị", "05", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 05-CT/TW")],
[prov("Bình Định"), com("Bình Thành"), com("Tây Xuân")],
["BAN DÂN VẬN TỈNH ỦY BÌNH ĐỊNH", "Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ", "Hôm nay: Thứ Sáu, 28/10/2016",
 "Đoàn giám sát làm việc với Ban Thường vụ Huyện ủy Tây Sơn.", "Ban Thanh tra nhân dân", "Lượt xem: 1.037"],
["Hôm nay: Thứ Sáu, 28/10/2016", "Cập nhật lúc 10:15 ngày 21/10/2016", "năm 2016", "Từ năm 2014", "60 ngày", "3 năm", "Quyết định 218", "tháng 11/2016", "Lượt xem: 1.037"]))

PAGES.append(page("b4402-hatinh-soket-2017", """
Báo Hà Tĩnh - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Hà Tĩnh
Chính trị > Xây dựng Đảng
17/05/2017 - 14:32
Toàn cảnh hội nghị. Ảnh: Thu Hà
Sau 3 năm thực hiện Chỉ thị 45, 46-CT/TU: 1.450 mô hình "Dân vận khéo" được công nhận
(Baohatinh.vn) - Sáng 16/5, Ban Thường vụ Tỉnh ủy Hà Tĩnh tổ chức hội nghị sơ kết 3 năm thực hiện Chỉ thị 45, 46-CT/TU của Ban Thường vụ Tỉnh ủy về đẩy mạnh phong trào thi đua "Dân vận khéo" và về công tác dân vận trong xây dựng nông thôn mới. Đồng chí Trần Thị Thanh Hương, Phó Bí thư Tỉnh ủy chủ trì; cùng dự có đồng chí Võ Hồng Hải, Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh.
Sau 3 năm, toàn tỉnh có 1.450 mô hình "Dân vận khéo" được công nhận, trong đó 96 mô hình cấp tỉnh, 384 mô hình cấp huyện; nhân dân hiến hơn 1,2 triệu m2 đất, tháo dỡ 126 km tường rào, đóng góp trên 1.020 tỷ đồng và gần 2,1 triệu ngày công xây dựng nông thôn mới. Đến nay có 108/235 xã đạt chuẩn nông thôn mới, 1.526 khu dân cư mẫu.
Triển khai hai chỉ thị, 13/13 huyện ủy, thành ủy, thị ủy và 100% đảng ủy cơ sở đã ban hành nghị quyết, kế hoạch; Ban Dân vận Tỉnh ủy ban hành các hướng dẫn số 09, 10, 11-HD/BDVTU và Kế hoạch số 72-KH/BDVTU ngày 10/4/2015 về xây dựng bộ tiêu chí công nhận mô hình. UBND tỉnh ban hành Quyết định số 1281/QĐ-UBND ngày 06/5/2015 về khen thưởng phong trào, mỗi mô hình cấp tỉnh được thưởng 10 triệu đồng.
Tại hội nghị, 11 ý kiến tham luận làm rõ cách làm sáng tạo ở cơ sở. Ông Phan Văn Mạnh, Bí thư Chi bộ kiêm Trưởng thôn Tân Hương, xã Thạch Tân kể việc vận động 72 hộ hiến đất mở rộng đường trục thôn; bà Nguyễn Thị Huệ, Chủ tịch Hội LHPN xã Cẩm Bình, chia sẻ mô hình "Tổ phụ nữ 5 không, 3 sạch" với 215 hội viên tham gia.
Phát biểu kết luận, đồng chí Trần Thị Thanh Hương yêu cầu các cấp ủy tiếp tục quán triệt Nghị quyết số 25-NQ/TW của Trung ương, Chỉ thị 45, 46-CT/TU; phấn đấu đến năm 2020 mỗi khu dân cư có ít nhất 1 mô hình "Dân vận khéo"; gắn phong trào với thực hiện Quyết định 1600/QĐ-TTg của Thủ tướng Chính phủ về Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2016 - 2020.
Dịp này, 25 tập thể và 30 cá nhân tiêu biểu được UBND tỉnh tặng bằng khen.
Trước đó, các huyện Can Lộc, Kỳ Anh, Thạch Hà đã hoàn thành sơ kết ở cấp huyện. Theo đồng chí Lê Thị Mỹ Hà, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy, còn 17 xã chưa có mô hình cấp huyện, khoảng 30% mô hình chưa được nhân rộng; việc theo dõi, đánh giá mô hình sau công nhận chưa thường xuyên.
Thu Hà - Hoài Nam
Tin liên quan
- Can Lộc: 120 mô hình "Dân vận khéo" được công nhận (10/05/2017)
- Hội nghị giao ban công tác dân vận quý I/2017 (12/04/2017)
- Kỳ Anh sơ kết 3 năm thực hiện Chỉ thị 45 (05/04/2017)
""", "2017-05-17", 'Sau 3 năm thực hiện Chỉ thị 45, 46-CT/TU: 1.450 mô hình "Dân vận khéo" được công nhận',
E("so_ket", None, "2017-05-16"),
[P("Trần Thị Thanh Hương", "Phó Bí thư Tỉnh ủy"),
 P("Võ Hồng Hải", "Ủy viên Ban Thường vụ", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Phan Văn Mạnh", "Bí thư Chi bộ kiêm Trưởng thôn Tân Hương"),
 P("Nguyễn Thị Huệ", "Chủ tịch Hội LHPN xã Cẩm Bình"),
 P("Lê Thị Mỹ Hà", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy")],
[Q("1.450 mô hình", 1450, "mô hình"), Q("96 mô hình cấp tỉnh", 96, "mô hình cấp tỉnh"), Q("384 mô hình cấp huyện", 384, "mô hình cấp huyện"),
 Q("hơn 1,2 triệu m2", 1200000, "m2", "over"), Q("126 km", 126, "km"), Q("trên 1.020 tỷ đồng", 1020000000000, "đồng", "over"),
 Q("gần 2,1 triệu ngày công", 2100000, "ngày công", "approx"), Q("108/235 xã", 108, "xã"), Q("1.526 khu dân cư mẫu", 1526, "khu dân cư mẫu"),
 Q("13/13 huyện ủy, thành ủy, thị ủy", 13, "huyện ủy, thành ủy, thị ủy"), Q("100% đảng ủy cơ sở", 100, "%"),
 Q("10 triệu đồng", 10000000, "đồng"), Q("11 ý kiến tham luận", 11, "ý kiến tham luận"), Q("72 hộ", 72, "hộ"),
 Q("215 hội viên", 215, "hội viên"), Q("ít nhất 1 mô hình", 1, "mô hình", "over"), Q("25 tập thể", 25, "tập thể"),
 Q("30 cá nhân tiêu biểu", 30, "cá nhân tiêu biểu"), Q("17 xã", 17, "xã"), Q("khoảng 30%", 30, "%", "approx")],
[D("Chỉ thị", "45", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 45, 46-CT/TU"),
 D("Chỉ thị", "46", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 45, 46-CT/TU"),
 D("Hướng dẫn", "09", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "hướng dẫn số 09, 10, 11-HD/BDVTU"),
 D("Hướng dẫn", "10", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "hướng dẫn số 09, 10, 11-HD/BDVTU"),
 D("Hướng dẫn", "11", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "hướng dẫn số 09, 10, 11-HD/BDVTU"),
 D("Kế hoạch", "72", "KH/BDVTU", "2015-04-10", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 72-KH/BDVTU ngày 10/4/2015"),
 D("Quyết định", "1281", "QĐ-UBND", "2015-05-06", "UBND tỉnh", "Quyết định số 1281/QĐ-UBND ngày 06/5/2015"),
 D("Nghị quyết", "25", "NQ/TW", None, "Trung ương", "Nghị quyết số 25-NQ/TW"),
 D("Quyết định", "1600", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 1600/QĐ-TTg")],
[prov("Hà Tĩnh"), com("Thạch Tân"), com("Cẩm Bình")],
["Báo Hà Tĩnh - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Hà Tĩnh", "Chính trị > Xây dựng Đảng", "Toàn cảnh hội nghị. Ảnh: Thu Hà",
 "(Baohatinh.vn)", "Dân vận khéo", "Tổ phụ nữ 5 không, 3 sạch", "Chương trình mục tiêu quốc gia xây dựng nông thôn mới"],
["17/05/2017 - 14:32", "3 năm", "5 không, 3 sạch", "năm 2020", "giai đoạn 2016 - 2020", "Chỉ thị 45, 46-CT/TU"]))
