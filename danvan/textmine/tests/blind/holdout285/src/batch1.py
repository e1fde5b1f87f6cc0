from lib import *
PAGES = []

PAGES.append(page("b6797-namdinh-bdv-soket-2011", """
BÁO NAM ĐỊNH ĐIỆN TỬ
Trang chủ » Chính trị » Dân vận
Thứ Sáu, 15/07/2011 - 09:20
Dồn điền đổi thửa: "Dân hiểu thì dân làm"
Ngày 14/7, Ban Dân vận Tỉnh ủy Nam Định tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2011, tập trung đánh giá việc vận động nhân dân tham gia dồn điền đổi thửa gắn với xây dựng nông thôn mới. Đồng chí Trần Thị Thu Hà, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.
Đồng chí Trần Thị Thu Hà phát biểu kết luận hội nghị. Ảnh: Văn Đông
Báo cáo của Ban cho thấy, thực hiện Nghị quyết số 08-NQ/TU ngày 12/10/2010 của Ban Chấp hành Đảng bộ tỉnh về đẩy mạnh dồn điền đổi thửa, 6 tháng qua khối dân vận các cấp đã phối hợp với Mặt trận và các đoàn thể tổ chức 1.246 buổi họp xóm, phát 36.000 tờ rơi hỏi - đáp về chủ trương của tỉnh. Đến hết tháng 6, toàn tỉnh có 87 xã hoàn thành dồn điền đổi thửa ngoài thực địa, bình quân mỗi hộ còn 1,8 thửa, giảm gần 4 thửa so với trước.
Nhiều địa phương có cách làm sáng tạo. Ở xã Hải Đông, Ban chỉ đạo giao cho từng chi hội nông dân, chi hội cựu chiến binh phụ trách từng xứ đồng; đảng viên, cán bộ gương mẫu nhận ruộng xa, ruộng xấu trước. Nhân dân đã tự nguyện hiến 23,5 ha đất để mở rộng giao thông, thủy lợi nội đồng. Ông Vũ Văn Khiêm, Bí thư Đảng ủy xã Hải Đông, cho biết: "Chúng tôi họp dân đến lần thứ ba mới thống nhất được phương án, nhưng khi dân đã hiểu thì dân làm rất nhanh".
Tại xã Nam Thanh, bà Đỗ Thị Lan, Chủ tịch Hội Liên hiệp Phụ nữ xã, nêu khó khăn khi vận động những hộ có người đi làm ăn xa, con em không ở địa phương. Một số ý kiến đề nghị tỉnh sớm có cơ chế hỗ trợ kinh phí đo đạc, cấp lại giấy chứng nhận quyền sử dụng đất sau dồn đổi, vì nhiều xã phải vay tạm để làm.
Đồng chí Phạm Đức Thịnh, Phó Trưởng Ban Dân vận Tỉnh ủy, thông báo kế hoạch số 21-KH/BDVTU về kiểm tra việc thực hiện Quy chế dân chủ ở cơ sở trong dồn điền đổi thửa tại 12 xã trong quý III.
Kết luận hội nghị, đồng chí Trần Thị Thu Hà đề nghị các huyện ủy chỉ đạo công khai phương án dồn đổi đến từng hộ, giải quyết dứt điểm 19 đơn thư còn tồn đọng, không để phát sinh khiếu kiện đông người; phấn đấu đến cuối năm 2011 có thêm ít nhất 40 xã hoàn thành. Các đồng chí trưởng ban dân vận huyện ủy phải trực tiếp về xã, nắm tâm tư của nông dân, nhất là hộ nghèo, hộ có ruộng gần nhà phải đổi ra xa.
Hội nghị cũng quán triệt Chỉ thị số 03-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường công tác dân vận trong xây dựng nông thôn mới.
Văn Đông
Lượt đọc: 1.032
Tin liên quan
- Xuân Trường: hoàn thành dồn điền đổi thửa ở 6 xã (08/07/2011)
- Hội Nông dân tỉnh sơ kết 6 tháng (05/07/2011)
- Giao Thủy dồn ruộng, mở đường nội đồng (29/06/2011)
- Ý Yên khen thưởng 15 tập thể làm tốt công tác dân vận (20/06/2011)
""", "2011-07-15", 'Dồn điền đổi thửa: "Dân hiểu thì dân làm"',
E("so_ket", "2011-H1", "2011-07-14"),
[P("Trần Thị Thu Hà", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vũ Văn Khiêm", "Bí thư Đảng ủy xã Hải Đông"),
 P("Đỗ Thị Lan", "Chủ tịch Hội Liên hiệp Phụ nữ xã"),
 P("Phạm Đức Thịnh", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("1.246 buổi họp xóm", 1246, "buổi họp xóm"), Q("36.000 tờ rơi hỏi - đáp", 36000, "tờ rơi hỏi - đáp"),
 Q("87 xã", 87, "xã"), Q("1,8 thửa", 1.8, "thửa"), Q("gần 4 thửa", 4, "thửa", "approx"),
 Q("23,5 ha", 23.5, "ha"), Q("19 đơn thư", 19, "đơn thư"), Q("12 xã", 12, "xã"),
 Q("ít nhất 40 xã", 40, "xã", "over")],
[D("Nghị quyết", "08", "NQ/TU", "2010-10-12", "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 08-NQ/TU ngày 12/10/2010"),
 D("Kế hoạch", "21", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "kế hoạch số 21-KH/BDVTU"),
 D("Chỉ thị", "03", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 03-CT/TU")],
[prov("Nam Định"), com("Hải Đông"), com("Nam Thanh")],
["BÁO NAM ĐỊNH ĐIỆN TỬ", "Trang chủ » Chính trị » Dân vận", "Đồng chí Trần Thị Thu Hà phát biểu kết luận hội nghị. Ảnh: Văn Đông",
 "Dân hiểu thì dân làm", "Lượt đọc: 1.032"],
["Thứ Sáu, 15/07/2011 - 09:20", "6 tháng đầu năm 2011", "lần thứ ba", "quý III", "năm 2011", "Lượt đọc: 1.032"]))

PAGES.append(page("b6798-thanhhoa-hnd-tongket-2012", """
thanhhoa.gov.vn | Cổng thông tin điện tử tỉnh Thanh Hóa
Tin tức - Sự kiện > Nông nghiệp - Nông thôn
Cập nhật: 16:45, 27/12/2012 (GMT+7)
Ảnh: Quang cảnh hội nghị tổng kết.
Thiệu Hóa tổng kết công tác vận động nhân dân dồn điền đổi thửa năm 2012
(thanhhoa.gov.vn) - Chiều 26/12/2012, Ban Chỉ đạo dồn điền đổi thửa huyện Thiệu Hóa tổ chức hội nghị tổng kết năm 2012. Dự hội nghị có đồng chí Lê Văn Tuấn, Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn; đồng chí Nguyễn Đình Hùng, Bí thư Huyện ủy, Trưởng Ban Chỉ đạo huyện.
Năm 2012, huyện đã triển khai dồn điền đổi thửa theo Quyết định số 1596/2011/QĐ-UBND ngày 27/5/2011 của UBND tỉnh và Kế hoạch 46-KH/HU của Huyện ủy. Các tổ dân vận thôn, chi hội nông dân đã đến từng nhà vận động; cả huyện tổ chức 684 cuộc họp với hơn 21 nghìn lượt người tham dự.
Kết quả, 24/28 xã đã hoàn thành giao ruộng ngoài thực địa, với tổng diện tích dồn đổi 7.460 ha; số thửa bình quân mỗi hộ giảm từ 7,2 thửa xuống còn 1,6 thửa. Nhân dân đóng góp 9,4 tỷ đồng và hơn 86.000 ngày công để đào đắp 312 km kênh mương, làm mới 196 km đường giao thông nội đồng.
Nhờ ruộng liền khoảnh, nhiều xã đã chuyển 540 ha đất trồng lúa kém hiệu quả sang trồng ngô, rau màu và nuôi trồng thủy sản; một số hộ thuê ruộng lập trang trại quy mô từ 5 ha trở lên.
Theo đánh giá của Ban Chỉ đạo, nơi nào cấp ủy, chính quyền công khai, dân chủ từ khâu xây dựng phương án, bình xét hạng đất đến bốc thăm vị trí thì nơi đó làm nhanh, ít đơn thư. Ngược lại, ở một vài thôn, do cán bộ chưa sâu sát, phương án phải làm đi làm lại, để nhân dân thắc mắc kéo dài. Tổ giúp việc của huyện đã về tận thôn đối thoại, giải thích cho bà con từng trường hợp cụ thể.
Các đồng chí Phó Chủ tịch UBND huyện: Lê Thị Hằng, Hoàng Văn Sơn báo cáo những khó khăn về kinh phí đo đạc và cấp giấy chứng nhận sau dồn đổi. Ông Trịnh Xuân Cường, Trưởng thôn Đồng Thanh, xã Thiệu Giao, chia sẻ: "Có 3 hộ lúc đầu kiên quyết không đổi, chi bộ cử người đến nhà 5 - 6 lần, cuối cùng bà con đồng ý".
Phát biểu tại hội nghị, đồng chí Nguyễn Đình Hùng yêu cầu 4 xã còn lại phải hoàn thành trước vụ chiêm xuân 2013; công khai diện tích đất công ích, không để cán bộ lợi dụng dồn đổi để chiếm đất. Huyện ủy sẽ ban hành Chỉ thị về phát huy vai trò người đứng đầu trong vận động nhân dân.
Dịp này, UBND huyện khen thưởng 18 tập thể, 35 cá nhân có thành tích xuất sắc, mỗi tập thể được thưởng 3 triệu đồng.
Lê Hà - Hữu Nghĩa
Tin khác
- Quảng Xương: hơn 3.000 hộ đăng ký chuyển đổi cây trồng (20/12/2012)
- Nông Cống đẩy mạnh tích tụ ruộng đất (14/12/2012)
- Hoằng Hóa sơ kết 3 năm xây dựng nông thôn mới (07/12/2012)
""", "2012-12-27", "Thiệu Hóa tổng kết công tác vận động nhân dân dồn điền đổi thửa năm 2012",
E("tong_ket", "2012", "2012-12-26"),
[P("Lê Văn Tuấn", "Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn"),
 P("Nguyễn Đình Hùng", "Bí thư Huyện ủy", "Trưởng Ban Chỉ đạo huyện"),
 P("Lê Thị Hằng", "Phó Chủ tịch UBND huyện"),
 P("Hoàng Văn Sơn", "Phó Chủ tịch UBND huyện"),
 P("Trịnh Xuân Cường", "Trưởng thôn Đồng Thanh")],
[Q("684 cuộc họp", 684, "cuộc họp"), Q("hơn 21 nghìn lượt người", 21000, "lượt người", "over"),
 Q("24/28 xã", 24, "xã"), Q("7.460 ha", 7460, "ha"), Q("7,2 thửa", 7.2, "thửa"), Q("1,6 thửa", 1.6, "thửa"),
 Q("9,4 tỷ đồng", 9400000000, "đồng"), Q("hơn 86.000 ngày công", 86000, "ngày công", "over"),
 Q("312 km", 312, "km"), Q("196 km", 196, "km"), Q("540 ha", 540, "ha"), Q("từ 5 ha trở lên", 5, "ha", "over"),
 Q("3 hộ", 3, "hộ"), Q("4 xã", 4, "xã"), Q("18 tập thể", 18, "tập thể"), Q("35 cá nhân có thành tích xuất sắc", 35, "cá nhân"),
 Q("3 triệu đồng", 3000000, "đồng")],
[D("Quyết định", "1596", "2011/QĐ-UBND", "2011-05-27", "UBND tỉnh", "Quyết định số 1596/2011/QĐ-UBND ngày 27/5/2011"),
 D("Kế hoạch", "46", "KH/HU", None, "Huyện ủy", "Kế hoạch 46-KH/HU")],
[prov("Thanh Hóa"), com("Thiệu Giao")],
["thanhhoa.gov.vn | Cổng thông tin điện tử tỉnh Thanh Hóa", "Tin tức - Sự kiện > Nông nghiệp - Nông thôn",
 "Ảnh: Quang cảnh hội nghị tổng kết.", "(thanhhoa.gov.vn)"],
["Cập nhật: 16:45, 27/12/2012 (GMT+7)", "năm 2012", "5 - 6 lần", "vụ chiêm xuân 2013"]))

PAGES.append(page("b6799-hatinh-mttq-hoinghi-2013", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH HÀ TĨNH
Bạn đang xem: Trang chủ / Hoạt động Mặt trận / Tin tức
08:15 | 20/09/2013
Mặt trận cùng nông dân "đổi cây, đổi đời"
MTTQ tỉnh vừa tổ chức hội nghị chuyên đề về vận động nhân dân chuyển đổi cơ cấu cây trồng năm 2013
Ngày 19/9/2013, tại thành phố Hà Tĩnh, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị chuyên đề "Mặt trận vận động nhân dân chuyển đổi cơ cấu cây trồng, tái cơ cấu nông nghiệp" năm 2013. Chủ trì hội nghị có các đồng chí: Phan Văn Mão, Võ Thị Hải - Phó Chủ tịch Ủy ban MTTQ tỉnh. Tham dự có khoảng 150 đại biểu là cán bộ Mặt trận các huyện, thị xã, trưởng ban công tác Mặt trận khu dân cư và nông dân sản xuất giỏi.
Đại biểu tham quan mô hình trồng cam trên đất lúa kém hiệu quả tại xã Hương Trà.
Báo cáo tại hội nghị nêu rõ, triển khai Nghị quyết số 26-NQ/TW ngày 5/8/2008 của Ban Chấp hành Trung ương khóa X về nông nghiệp, nông dân, nông thôn và Quyết định số 899/QĐ-TTg ngày 10/6/2013 của Thủ tướng Chính phủ phê duyệt Đề án tái cơ cấu ngành nông nghiệp, Mặt trận các cấp đã lồng ghép nội dung chuyển đổi cây trồng vào cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh". Từ đầu năm, toàn tỉnh đã chuyển đổi được khoảng 1.850 ha đất trồng lúa kém hiệu quả sang trồng cam, bưởi, rau màu và kết hợp nuôi cá; thu nhập trên diện tích chuyển đổi tăng gấp 2 - 3 lần so với trồng lúa.
Tuy vậy, nhiều hộ vẫn e ngại vì vốn đầu tư ban đầu lớn, đầu ra chưa ổn định. Bà Nguyễn Thị Tâm, Trưởng ban công tác Mặt trận thôn Trung Tiến, xã Sơn Trung, kể lại: "Năm đầu chỉ có 7 hộ dám đào ao, lên liếp trồng cam. Đến nay cả thôn đã có 46 hộ, nhiều hộ thu trên 200 triệu đồng mỗi năm".
Ông Lê Quang Vinh, Phó Giám đốc Sở Nông nghiệp và PTNT, cho biết tỉnh đang xây dựng cơ chế hỗ trợ 10 triệu đồng/ha cho diện tích lúa chuyển sang cây trồng cạn theo Quyết định số 24/2013/QĐ-UBND của UBND tỉnh. Đồng chí đề nghị Mặt trận các cấp tham gia giám sát việc hỗ trợ để đến đúng người, đúng diện tích.
Các đại biểu cũng nêu tình trạng chuyển đổi tự phát, đào ao không đúng quy hoạch ở một số xã vùng trũng; đề nghị cấp ủy, chính quyền cơ sở công khai quy hoạch vùng sản xuất để nhân dân biết, tham gia ý kiến.
Kết luận hội nghị, đồng chí Phan Văn Mão đề nghị Ban Thường trực Ủy ban MTTQ các huyện xây dựng ít nhất 1 mô hình điểm về chuyển đổi cây trồng ở mỗi huyện, nhân rộng cách làm của xã Sơn Trung; phối hợp Hội Nông dân tổ chức đối thoại giữa nông dân với doanh nghiệp về tiêu thụ sản phẩm.
Thu Hà
Số lượt xem: 642
Các tin đã đưa
- Can Lộc: Mặt trận vận động hiến 3.200 m2 đất làm đường (12/09/2013)
- Hương Khê ra mắt tổ hợp tác trồng cam (04/09/2013)
- Hội nghị giao ban công tác Mặt trận 6 tháng đầu năm (25/07/2013)
""", "2013-09-20", 'Mặt trận cùng nông dân "đổi cây, đổi đời"',
E("hoi_nghi", "2013", "2013-09-19"),
[P("Phan Văn Mão", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Võ Thị Hải", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Nguyễn Thị Tâm", "Trưởng ban công tác Mặt trận thôn Trung Tiến"),
 P("Lê Quang Vinh", "Phó Giám đốc Sở Nông nghiệp và PTNT")],
[Q("khoảng 150 đại biểu", 150, "đại biểu", "approx"), Q("khoảng 1.850 ha", 1850, "ha", "approx"),
 Q("7 hộ", 7, "hộ"), Q("46 hộ", 46, "hộ"), Q("trên 200 triệu đồng", 200000000, "đồng", "over"),
 Q("10 triệu đồng/ha", 10000000, "đồng")],
[D("Nghị quyết", "26", "NQ/TW", "2008-08-05", "Ban Chấp hành Trung ương khóa X", "Nghị quyết số 26-NQ/TW ngày 5/8/2008"),
 D("Quyết định", "899", "QĐ-TTg", "2013-06-10", "Thủ tướng Chính phủ", "Quyết định số 899/QĐ-TTg ngày 10/6/2013"),
 D("Quyết định", "24", "2013/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 24/2013/QĐ-UBND")],
[prov("Hà Tĩnh"), com("Hương Trà"), com("Sơn Trung")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH HÀ TĨNH", "Bạn đang xem: Trang chủ / Hoạt động Mặt trận / Tin tức",
 "MTTQ tỉnh vừa tổ chức hội nghị chuyên đề về vận động nhân dân chuyển đổi cơ cấu cây trồng năm 2013",
 "Đại biểu tham quan mô hình trồng cam trên đất lúa kém hiệu quả tại xã Hương Trà.",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "đổi cây, đổi đời", "Số lượt xem: 642"],
["08:15 | 20/09/2013", "năm 2013", "2 - 3 lần", "1 mô hình", "Số lượt xem: 642"]))

PAGES.append(page("b6800-haiduong-mttq-giamsat-2014", """
Báo Hải Dương | Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Hải Dương
Thời sự :: Mặt trận - Đoàn thể
Đăng ngày: 24-10-2014 14:20
MTTQ tỉnh giám sát việc dồn điền đổi thửa ở Thanh Miện
Sáng 23-10, đoàn giám sát của Ban Thường trực Ủy ban MTTQ tỉnh do ông Nguyễn Hữu Chiến, Phó Chủ tịch Ủy ban MTTQ tỉnh làm trưởng đoàn đã giám sát việc thực hiện chủ trương dồn điền đổi thửa gắn với xây dựng nông thôn mới tại huyện Thanh Miện.
Theo báo cáo của UBND huyện, thực hiện Nghị quyết 02-NQ/TU của Ban Chấp hành Đảng bộ tỉnh và Kế hoạch số 1123/KH-UBND của UBND tỉnh, đến nay huyện đã có 17/18 xã, thị trấn hoàn thành dồn điền đổi thửa với 5.320 ha; số thửa giảm từ 61.400 xuống còn 19.870 thửa. Qua dồn đổi, huyện đã quy hoạch lại 228 ha đất công ích, mở mới 143 km đường trục chính nội đồng.
Đoàn cũng làm việc trực tiếp tại xã Ngô Quyền và thị trấn Thanh Miện. Ở xã Ngô Quyền, còn 9 hộ chưa nhận ruộng theo phương án mới, 4 đơn thư kiến nghị về việc bình xét giá trị đất chưa được trả lời. Ông Đào Văn Cương, Chủ tịch UBND xã Ngô Quyền, cho biết xã đã tổ chức 3 cuộc đối thoại nhưng một số hộ vẫn chưa đồng thuận do ruộng cũ gần khu dân cư, có thể chuyển sang trồng rau cho giá trị cao.
Bà Vũ Thị Hồng Nhung, Ủy viên Ban Thường trực, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh, đề nghị huyện rà soát lại việc thu các khoản đóng góp của nhân dân: bình quân mỗi sào Bắc Bộ, người dân đã đóng khoảng 250.000 đồng cho việc đo đạc, làm đường, nhưng ở một số thôn chưa công khai quyết toán.
Phát biểu kết luận, ông Nguyễn Hữu Chiến ghi nhận huyện Thanh Miện là một trong những địa phương làm tốt; đồng thời đề nghị huyện khẩn trương cấp đổi giấy chứng nhận quyền sử dụng đất cho hơn 11.000 hộ, giải quyết dứt điểm kiến nghị của công dân trước ngày 31/12/2014. Ban Thanh tra nhân dân các xã phải được tạo điều kiện giám sát việc giao đất công ích. Kết quả giám sát sẽ được tổng hợp, kiến nghị với UBND tỉnh.
Cùng ngày, đoàn đã khảo sát cánh đồng mẫu lớn trồng cà rốt, hành tỏi rộng 60 ha tại thị trấn Thanh Miện, hình thành sau dồn điền đổi thửa.
Theo người dân địa phương, trước đây mỗi hộ có dăm bảy mảnh ruộng nằm rải rác ở nhiều xứ đồng, có mảnh chỉ vài chục mét vuông, việc đi lại, tưới tiêu rất vất vả. Nay ruộng về một chỗ, nhiều gia đình đã mạnh dạn thuê thêm đất để trồng rau màu vụ đông, thu nhập khá hơn hẳn so với cấy lúa.
Khánh Linh
TIN CÙNG CHUYÊN MỤC
- Hội nghị Ủy ban MTTQ tỉnh lần thứ 8, khóa XIII (20-10-2014)
- Hội LHPN tỉnh giám sát chính sách hỗ trợ phụ nữ nghèo (15-10-2014)
- Gia Lộc: 100% xã hoàn thành dồn điền đổi thửa (08-10-2014)
- Ngày hội Đại đoàn kết ở khu dân cư kiểu mẫu (02-10-2014)
""", "2014-10-24", "MTTQ tỉnh giám sát việc dồn điền đổi thửa ở Thanh Miện",
E("giam_sat", None, "2014-10-23"),
[P("Nguyễn Hữu Chiến", "Phó Chủ tịch Ủy ban MTTQ tỉnh", "trưởng đoàn"),
 P("Đào Văn Cương", "Chủ tịch UBND xã Ngô Quyền"),
 P("Vũ Thị Hồng Nhung", "Ủy viên Ban Thường trực", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh")],
[Q("17/18 xã, thị trấn", 17, "xã, thị trấn"), Q("5.320 ha", 5320, "ha"), Q("61.400", 61400, "thửa"),
 Q("19.870 thửa", 19870, "thửa"), Q("228 ha", 228, "ha"), Q("143 km", 143, "km"), Q("9 hộ", 9, "hộ"),
 Q("4 đơn thư kiến nghị", 4, "đơn thư kiến nghị"), Q("3 cuộc đối thoại", 3, "cuộc đối thoại"),
 Q("khoảng 250.000 đồng", 250000, "đồng", "approx"), Q("hơn 11.000 hộ", 11000, "hộ", "over"), Q("60 ha", 60, "ha")],
[D("Nghị quyết", "02", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết 02-NQ/TU"),
 D("Kế hoạch", "1123", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 1123/KH-UBND")],
[prov("Hải Dương"), com("Ngô Quyền"), com("Thanh Miện")],
["Báo Hải Dương | Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Hải Dương", "Thời sự :: Mặt trận - Đoàn thể"],
["Đăng ngày: 24-10-2014 14:20", "mỗi sào Bắc Bộ", "31/12/2014"]))

PAGES.append(page("b6801-sonla-hnd-taphuan-2015", """
HỘI NÔNG DÂN TỈNH SƠN LA
Trang chủ > Tin tức - Sự kiện > Hoạt động Hội
Thứ Năm, 21/5/2015, 10:05
Ảnh: Học viên thực hành ghép cây xoài tại vườn mẫu.
Tập huấn chuyển đổi cây trồng trên đất dốc cho hội viên nông dân
Từ ngày 19 đến 20/5/2015, Hội Nông dân tỉnh phối hợp với Trung tâm Khuyến nông tỉnh tổ chức lớp tập huấn "Chuyển đổi cây trồng trên đất dốc, gắn với vận động hội viên bảo vệ đất, chống xói mòn" năm 2015 tại huyện Mai Sơn. Tham gia lớp tập huấn có 85 học viên là chi hội trưởng, tổ trưởng tổ hợp tác và hội viên nông dân người Thái, người Mông của các xã Chiềng Lương, Nà Ớt, Phiêng Cằm.
Phát biểu khai mạc, đồng chí Lò Văn Pấng, Phó Chủ tịch Hội Nông dân tỉnh cho biết: thực hiện Nghị quyết số 07-NQ/TU của Ban Thường vụ Tỉnh ủy về phát triển cây ăn quả và Kế hoạch 38/KH-HND của Hội Nông dân tỉnh, trong 2 năm qua các cấp Hội đã vận động hội viên chuyển hơn 3.400 ha ngô trên đất dốc sang trồng xoài, nhãn, cà phê xen cây che phủ. Năm 2015, tỉnh phấn đấu chuyển đổi thêm 2.000 ha.
Theo đồng chí Lò Văn Pấng, đất dốc trồng ngô nhiều năm đã bạc màu, mỗi mùa mưa lũ lại trôi đi một lớp đất mặt; nếu không đổi cách làm thì chỉ vài năm nữa nhiều nương sẽ không canh tác được. Vì vậy, việc vận động đồng bào chuyển đổi cây trồng ở tỉnh Sơn La không chỉ để tăng thu nhập mà còn để giữ đất, giữ rừng.
Trong hai ngày, các giảng viên Trung tâm Khuyến nông đã hướng dẫn kỹ thuật làm đất theo đường đồng mức, trồng cỏ chống xói mòn, ghép cải tạo giống xoài, nhãn; cách bón phân, tỉa cành và sử dụng thuốc bảo vệ thực vật an toàn. Học viên được đi thực tế vườn xoài 4 năm tuổi của gia đình anh Sùng A Chứ, bản Pá Sóng, xã Chiềng Lương. Với 3,5 ha xoài ghép, năm ngoái gia đình anh thu khoảng 180 triệu đồng, gấp gần 5 lần trồng ngô.
Chị Quàng Thị Ín, Chi hội trưởng chi hội nông dân bản Huổi Hẹ, xã Nà Ớt, chia sẻ: "Bà con lo nhất là mấy năm đầu chưa có thu, lấy gì mà ăn. Chi hội vận động các hộ trồng xen đậu, lạc dưới tán cây, vừa giữ đất vừa có thu nhập ngắn ngày".
Ông Giàng A Dình, người có uy tín bản Phiêng Sàng, xã Phiêng Cằm, đề nghị Hội hỗ trợ giống và vốn vay ưu đãi. Đồng chí Lò Văn Pấng cho biết Hội đang phối hợp Ngân hàng Chính sách xã hội cho vay từ Quỹ Hỗ trợ nông dân, mức tối đa 30 triệu đồng/hộ; đồng thời giới thiệu doanh nghiệp ký hợp đồng bao tiêu xoài cho 120 hộ của 3 xã.
Kết thúc lớp tập huấn, mỗi học viên được cấp 1 bộ tài liệu và 20 cây giống xoài ghép.
Cầm Thúy
Bài viết liên quan
- Thuận Châu: ra mắt Hợp tác xã cây ăn quả bản Bó (12/5/2015)
- Hội Nông dân tỉnh sơ kết quý I/2015 (08/4/2015)
- Yên Châu: nông dân đổi đời nhờ cây nhãn (30/3/2015)
- Mộc Châu xây dựng vùng rau an toàn (18/3/2015)
""", "2015-05-21", "Tập huấn chuyển đổi cây trồng trên đất dốc cho hội viên nông dân",
E("tap_huan", "2015", "2015-05-19"),
[P("Lò Văn Pấng", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Quàng Thị Ín", "Chi hội trưởng chi hội nông dân bản Huổi Hẹ"),
 P("Sùng A Chứ"),
 P("Giàng A Dình", "người có uy tín bản Phiêng Sàng")],
[Q("85 học viên", 85, "học viên"), Q("hơn 3.400 ha", 3400, "ha", "over"), Q("2.000 ha", 2000, "ha"),
 Q("3,5 ha", 3.5, "ha"), Q("khoảng 180 triệu đồng", 180000000, "đồng", "approx"),
 Q("tối đa 30 triệu đồng/hộ", 30000000, "đồng"), Q("120 hộ", 120, "hộ"), Q("3 xã", 3, "xã"),
 Q("20 cây giống xoài ghép", 20, "cây giống xoài ghép")],
[D("Nghị quyết", "07", "NQ/TU", None, "Ban Thường vụ Tỉnh ủy", "Nghị quyết số 07-NQ/TU"),
 D("Kế hoạch", "38", "KH-HND", None, "Hội Nông dân tỉnh", "Kế hoạch 38/KH-HND")],
[prov("Sơn La"), com("Chiềng Lương"), com("Nà Ớt"), com("Phiêng Cằm")],
["HỘI NÔNG DÂN TỈNH SƠN LA", "Trang chủ > Tin tức - Sự kiện > Hoạt động Hội",
 "Ảnh: Học viên thực hành ghép cây xoài tại vườn mẫu.", "Quỹ Hỗ trợ nông dân",
 "Chuyển đổi cây trồng trên đất dốc, gắn với vận động hội viên bảo vệ đất, chống xói mòn"],
["Thứ Năm, 21/5/2015, 10:05", "2 năm qua", "4 năm tuổi", "gấp gần 5 lần", "1 bộ tài liệu", "năm 2015"]))

PAGES.append(page("b6802-soctrang-chandung-2016", """
Báo Sóc Trăng Online
Xã hội › Gương sáng › Người tốt việc tốt
12.08.2016 | 08:30
Ông Lý Sà Phal chỉ cho cán bộ xã vườn bưởi trên nền ruộng lúa cũ.
Người "mở đường" chuyển đất lúa sang trồng màu ở Vĩnh Hải
Gần 10 năm trước, khi ông Lý Sà Phal ở ấp Prey Chóp, xã Vĩnh Hải, thị xã Vĩnh Châu quyết định lên liếp trên 1,2 ha ruộng nhiễm mặn để trồng hành tím và bưởi, nhiều người trong sóc còn lắc đầu. Nay, mảnh đất ấy mỗi năm cho gia đình ông thu lãi khoảng 250 triệu đồng, và hơn 60 hộ đồng bào Khmer trong ấp đã làm theo.
Ông Lý Sà Phal năm nay 58 tuổi, là Chi hội trưởng Chi hội Nông dân ấp Prey Chóp. Ông kể, hồi ấy ruộng lúa một vụ bấp bênh, năm nào mặn vào sớm là mất trắng. Được cán bộ khuyến nông huyện hướng dẫn, ông vay 40 triệu đồng của Ngân hàng Chính sách xã hội, thuê máy lên liếp, đào mương trữ nước ngọt. "Vụ hành đầu tiên lời được 30 triệu, tôi mới tin là đất này trồng màu được", ông cười.
Có kinh nghiệm, ông cùng chi hội mở các buổi "cà phê nông dân" ngay tại nhà, mời bà con đến xem tận mắt, hỏi tận tai. Ai thiếu giống, ông cho mượn trước, thu hoạch mới trả. Đến nay, ấp Prey Chóp đã chuyển được 48 ha đất lúa kém hiệu quả sang trồng màu và cây ăn trái, thành lập Tổ hợp tác hành tím Prey Chóp với 27 thành viên.
Bà Thạch Thị Sà Rươl, Chủ tịch Hội Nông dân xã Vĩnh Hải, nhận xét: "Ông Phal nói ít, làm nhiều. Vận động bà con chuyển đổi cây trồng, có người như ông làm trước thì cán bộ nói một, dân hiểu mười". Theo bà, thực hiện Chỉ thị số 11-CT/TU của Ban Thường vụ Tỉnh ủy về chuyển đổi cơ cấu cây trồng trên đất lúa, xã đã chuyển được 610 ha, trong đó phần lớn là hành tím, dưa hấu.
Đồng chí Kim Sa Reth, Phó Bí thư Đảng ủy xã Vĩnh Hải, cho biết năm 2015, ông Lý Sà Phal được UBND tỉnh tặng bằng khen vì có thành tích trong phong trào "Nông dân thi đua sản xuất, kinh doanh giỏi, đoàn kết giúp nhau làm giàu và giảm nghèo bền vững". Xã đang đề nghị nhân rộng cách làm "cầm tay chỉ việc" của ông ra các ấp khác.
Không chỉ làm kinh tế giỏi, ông Phal còn là người hòa giải có tiếng trong ấp. Mấy năm liền, nhà ông là nơi bà con tìm đến mỗi khi có chuyện tranh chấp bờ ranh, mương nước. Ông nói với người trong sóc bằng tiếng Khmer, giải thích cặn kẽ chủ trương của Đảng, chính sách của Nhà nước nên ai cũng nghe.
Điều ông Phal lo nhất bây giờ là giá hành lên xuống thất thường. "Mình làm được rồi thì phải tính chuyện bán sao cho bà con khỏi bị ép giá", ông nói, rồi lại ra vườn cùng mấy người hàng xóm.
Bài và ảnh: Trung Hiếu
Lượt xem: 2.157
Xem thêm
- Vĩnh Châu: nông dân trúng mùa hành tím (05/08/2016)
- Mỹ Xuyên chuyển 1.200 ha lúa sang nuôi tôm - lúa (28/07/2016)
- Hội Nông dân tỉnh sơ kết 6 tháng đầu năm (20/07/2016)
""", "2016-08-12", 'Người "mở đường" chuyển đất lúa sang trồng màu ở Vĩnh Hải',
E("khac", None, None),
[P("Lý Sà Phal", "Chi hội trưởng Chi hội Nông dân ấp Prey Chóp"),
 P("Thạch Thị Sà Rươl", "Chủ tịch Hội Nông dân xã Vĩnh Hải"),
 P("Kim Sa Reth", "Phó Bí thư Đảng ủy xã Vĩnh Hải")],
[Q("1,2 ha", 1.2, "ha"), Q("khoảng 250 triệu đồng", 250000000, "đồng", "approx"), Q("hơn 60 hộ đồng bào Khmer", 60, "hộ đồng bào Khmer", "over"),
 Q("40 triệu đồng", 40000000, "đồng"), Q("30 triệu", 30000000, "đồng"), Q("48 ha", 48, "ha"),
 Q("27 thành viên", 27, "thành viên"), Q("610 ha", 610, "ha")],
[D("Chỉ thị", "11", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 11-CT/TU")],
[prov("Sóc Trăng"), com("Vĩnh Hải")],
["Báo Sóc Trăng Online", "Xã hội › Gương sáng › Người tốt việc tốt",
 "Ông Lý Sà Phal chỉ cho cán bộ xã vườn bưởi trên nền ruộng lúa cũ.", "cà phê nông dân", "cầm tay chỉ việc",
 "Nông dân thi đua sản xuất, kinh doanh giỏi, đoàn kết giúp nhau làm giàu và giảm nghèo bền vững",
 "Tổ hợp tác hành tím Prey Chóp", "Lượt xem: 2.157"],
["Gần 10 năm trước", "58 tuổi", "một vụ", "Vụ hành đầu tiên", "nói một, dân hiểu mười", "năm 2015", "Lượt xem: 2.157"]))
