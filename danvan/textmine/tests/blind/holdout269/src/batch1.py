from lib import *
PAGES = []

PAGES.append(page("b6413-namdinh-bdv-tongket-2011", """
BAN DÂN VẬN TỈNH ỦY NAM ĐỊNH
Trang chủ » Hoạt động dân vận » Xây dựng nông thôn mới
Thứ Tư, 28/12/2011 - 09:30
Ảnh: Quang cảnh hội nghị tổng kết.
Nam Định: Nhân dân hiến hơn 41.000 m2 đất làm đường giao thông nông thôn
Ngày 26/12/2011, Ban Dân vận Tỉnh ủy Nam Định phối hợp với Sở Giao thông vận tải tổ chức hội nghị tổng kết công tác vận động nhân dân tham gia làm đường giao thông nông thôn năm 2011. Đồng chí Trần Thị Hảo, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy và ông Vũ Đức Thịnh, Phó Giám đốc Sở Giao thông vận tải đồng chủ trì hội nghị.
Theo báo cáo, thực hiện Nghị quyết số 26-NQ/TW ngày 5/8/2008 của Ban Chấp hành Trung ương về nông nghiệp, nông dân, nông thôn và Quyết định số 800/QĐ-TTg ngày 4/6/2010 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia về xây dựng nông thôn mới giai đoạn 2010 - 2020, năm 2011 toàn tỉnh đã cứng hóa được 386,5 km đường trục xã, liên thôn và ngõ xóm, trong đó có 212 km đường bê tông xi măng. Tổng kinh phí thực hiện trên 318 tỷ đồng, riêng nhân dân đóng góp gần 96 tỷ đồng cùng khoảng 52.000 ngày công.
Điểm nổi bật là phong trào hiến đất mở rộng đường: 3.412 hộ đã tự nguyện hiến hơn 41.000 m2 đất ở, đất vườn, tháo dỡ 2.760 m tường rào, cổng ngõ mà không đòi hỏi bồi thường. Ban Thường vụ Tỉnh ủy đã ban hành Chỉ thị số 11-CT/TU về tăng cường sự lãnh đạo của các cấp ủy đảng đối với công tác vận động nhân dân làm đường giao thông nông thôn; UBND tỉnh có cơ chế hỗ trợ toàn bộ xi măng cho các tuyến đường trục thôn.
Tại hội nghị, nhiều đại biểu đã chia sẻ kinh nghiệm. Ông Phạm Văn Khiêm, Bí thư Đảng ủy xã Hải Phong, cho biết xã đã họp dân ở từng xóm, công khai dự toán và mức đóng góp, nhờ đó 100% số hộ đồng thuận; bà Đỗ Thị Nhung, Chủ tịch Ủy ban MTTQ xã Nghĩa Thái, nêu cách làm "đường làng dân làm, dân giám sát" với ban giám sát đầu tư cộng đồng ở 14 xóm.
Cũng có ý kiến cho rằng một số nơi còn huy động đóng góp vượt khả năng của hộ nghèo, việc thanh quyết toán chậm, chất lượng một số tuyến đường chưa bảo đảm, mặt đường hẹp, thiếu rãnh thoát nước.
Phát biểu kết luận, đồng chí Trần Thị Hảo đề nghị năm 2012 các cấp ủy tiếp tục thực hiện nghiêm Quy chế dân chủ ở cơ sở, làm tốt việc công khai, không để xảy ra khiếu kiện trong làm đường; nhân rộng các mô hình "Dân vận khéo" trong xây dựng nông thôn mới.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 9 tập thể và 23 hộ gia đình tiêu biểu trong phong trào hiến đất làm đường.
Minh Hằng
Lượt xem: 1.024
Tin liên quan
- Giao Thủy: ra quân làm đường xóm đợt cuối năm (12/12/2011)
- Hải Hậu hoàn thành 60 km đường bê tông (30/11/2011)
- Ý Yên vận động 500 hộ hiến đất (15/11/2011)
- Hội nghị công tác dân vận chính quyền năm 2011 (02/11/2011)
""", "2011-12-28", "Nam Định: Nhân dân hiến hơn 41.000 m2 đất làm đường giao thông nông thôn",
E("tong_ket", "2011", "2011-12-26"),
[P("Trần Thị Hảo", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vũ Đức Thịnh", "Phó Giám đốc Sở Giao thông vận tải"),
 P("Phạm Văn Khiêm", "Bí thư Đảng ủy xã Hải Phong"),
 P("Đỗ Thị Nhung", "Chủ tịch Ủy ban MTTQ xã Nghĩa Thái")],
[Q("hơn 41.000 m2", 41000, "m2", "over"), Q("386,5 km", 386.5, "km"), Q("212 km", 212, "km"),
 Q("trên 318 tỷ đồng", 318000000000, "đồng", "over"), Q("gần 96 tỷ đồng", 96000000000, "đồng", "approx"),
 Q("khoảng 52.000 ngày công", 52000, "ngày công", "approx"), Q("3.412 hộ", 3412, "hộ"), Q("2.760 m", 2760, "m"),
 Q("100%", 100, "%"), Q("14 xóm", 14, "xóm"), Q("9 tập thể", 9, "tập thể"),
 Q("23 hộ gia đình tiêu biểu", 23, "hộ gia đình tiêu biểu")],
[D("Nghị quyết", "26", "NQ/TW", "2008-08-05", "Ban Chấp hành Trung ương", "Nghị quyết số 26-NQ/TW ngày 5/8/2008"),
 D("Quyết định", "800", "QĐ-TTg", "2010-06-04", "Thủ tướng Chính phủ", "Quyết định số 800/QĐ-TTg ngày 4/6/2010"),
 D("Chỉ thị", "11", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 11-CT/TU")],
[prov("Nam Định"), com("Hải Phong"), com("Nghĩa Thái")],
["BAN DÂN VẬN TỈNH ỦY NAM ĐỊNH", "Trang chủ » Hoạt động dân vận » Xây dựng nông thôn mới", "Ảnh: Quang cảnh hội nghị tổng kết.",
 "Chương trình mục tiêu quốc gia về xây dựng nông thôn mới", "đường làng dân làm, dân giám sát", "Dân vận khéo",
 "Quy chế dân chủ ở cơ sở", "Lượt xem: 1.024"],
["Thứ Tư, 28/12/2011 - 09:30", "năm 2011", "năm 2012", "giai đoạn 2010 - 2020", "Lượt xem: 1.024"]))

PAGES.append(page("b6414-hatinh-mttq-soket-2012", """
Báo Hà Tĩnh - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Hà Tĩnh
Xã hội | Nông thôn mới
Thứ Ba, 10/07/2012 | 16:45
Hơn 1.200 hộ hiến đất, đường làng Hà Tĩnh "thay áo mới"
(Baohatinh.vn) - Sáng 9/7, Ủy ban MTTQ tỉnh tổ chức hội nghị sơ kết 6 tháng đầu năm 2012 phong trào "Cả nước chung sức xây dựng nông thôn mới" gắn với cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư". Theo báo cáo, trong 6 tháng, hơn 1.200 hộ gia đình ở 57 xã điểm đã hiến đất, tháo dỡ công trình để mở rộng đường giao thông.
Bà Nguyễn Thị Thanh Hương, Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh phát biểu khai mạc hội nghị.
Thực hiện Quyết định số 1620/QĐ-TTg ngày 20/9/2011 của Thủ tướng Chính phủ và Nghị quyết số 08-NQ/TU của Tỉnh ủy về xây dựng nông thôn mới giai đoạn 2011 - 2015, Mặt trận các cấp đã phối hợp với chính quyền tổ chức 1.146 cuộc họp dân bàn cách làm đường. Kết quả, nhân dân đã hiến 186.500 m2 đất, đóng góp 47,6 tỷ đồng và hơn 210.000 ngày công để làm mới, nâng cấp 147,3 km đường giao thông nông thôn. Nhiều xã vượt kế hoạch như Thạch Đài, Cẩm Bình, Sơn Kim 1.
Ủy ban MTTQ tỉnh cũng đã ban hành kế hoạch số 37/KH-MTTQ-BTT về giám sát việc huy động, sử dụng đóng góp của nhân dân; qua đó phát hiện, kiến nghị xử lý 6 trường hợp thu vượt quy định ở cơ sở.
Tại hội nghị, ông Trần Đình Lâm, Chủ tịch Ủy ban MTTQ xã Thạch Đài, cho biết xã làm đường theo phương châm "dân biết, dân bàn, dân làm, dân kiểm tra", các tuyến đều có ban giám sát cộng đồng. Ông Lê Hữu Tình, Trưởng thôn Tân Lộc, xã Cẩm Bình, kể chuyện vận động 32 hộ dời tường rào, có gia đình hiến tới 300 m2 đất vườn.
Một số ý kiến phản ánh ở những xã nghèo vùng núi, mức đóng góp bình quân 1,5 triệu đồng/hộ vẫn là gánh nặng; cần ưu tiên hỗ trợ xi măng cho hộ nghèo, gia đình chính sách.
Kết luận hội nghị, ông Võ Tá Đinh, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh, yêu cầu 6 tháng cuối năm các cấp Mặt trận không chạy theo thành tích, bảo đảm dân chủ, công khai; phấn đấu đến cuối năm mỗi xã điểm làm thêm ít nhất 3 km đường.
Hội nghị đã khen thưởng 15 tập thể, 28 cá nhân có thành tích trong vận động nhân dân hiến đất làm đường.
Theo đánh giá của Ban Thường trực Ủy ban MTTQ tỉnh, cái được lớn nhất của phong trào không chỉ là những con đường mới mà là sự đồng thuận trong từng khu dân cư. Nhiều thôn đã tự bầu tổ quản lý, duy tu đường sau khi hoàn thành, trồng hoa hai bên lề, lắp biển tên đường. Tuy vậy, việc vận động ở một số nơi còn trông chờ cấp trên, chưa phát huy được vai trò của người có uy tín và các chi hội đoàn thể.
Bài, ảnh: Thu Phương
Tin khác
- Can Lộc: Ra quân làm đường giao thông nông thôn (02/07/2012)
- Hương Sơn: 200 hộ hiến đất mở đường liên xã (25/06/2012)
- Mặt trận Kỳ Anh giám sát đóng góp của dân (18/06/2012)
- Đức Thọ về đích 12 km đường bê tông (11/06/2012)
""", "2012-07-10", "Hơn 1.200 hộ hiến đất, đường làng Hà Tĩnh \"thay áo mới\"",
E("so_ket", "2012-H1", "2012-07-09"),
[P("Nguyễn Thị Thanh Hương", "Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh"),
 P("Trần Đình Lâm", "Chủ tịch Ủy ban MTTQ xã Thạch Đài"),
 P("Lê Hữu Tình", "Trưởng thôn Tân Lộc"),
 P("Võ Tá Đinh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh")],
[Q("hơn 1.200 hộ", 1200, "hộ", "over"), Q("57 xã điểm", 57, "xã điểm"), Q("1.146 cuộc họp dân", 1146, "cuộc họp dân"),
 Q("186.500 m2", 186500, "m2"), Q("47,6 tỷ đồng", 47600000000, "đồng"), Q("hơn 210.000 ngày công", 210000, "ngày công", "over"),
 Q("147,3 km", 147.3, "km"), Q("6 trường hợp", 6, "trường hợp"), Q("32 hộ", 32, "hộ"), Q("300 m2", 300, "m2"),
 Q("1,5 triệu đồng/hộ", 1500000, "đồng"), Q("ít nhất 3 km", 3, "km", "over"), Q("15 tập thể", 15, "tập thể"),
 Q("28 cá nhân", 28, "cá nhân")],
[D("Quyết định", "1620", "QĐ-TTg", "2011-09-20", "Thủ tướng Chính phủ", "Quyết định số 1620/QĐ-TTg ngày 20/9/2011"),
 D("Nghị quyết", "08", "NQ/TU", None, "Tỉnh ủy", "Nghị quyết số 08-NQ/TU"),
 D("Kế hoạch", "37", "KH-MTTQ-BTT", None, "Ủy ban MTTQ tỉnh", "kế hoạch số 37/KH-MTTQ-BTT")],
[prov("Hà Tĩnh"), com("Thạch Đài"), com("Cẩm Bình"), com("Sơn Kim 1")],
["Báo Hà Tĩnh - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Hà Tĩnh", "Xã hội | Nông thôn mới", "(Baohatinh.vn)",
 "Cả nước chung sức xây dựng nông thôn mới", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư",
 "Bà Nguyễn Thị Thanh Hương, Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh phát biểu khai mạc hội nghị.",
 "dân biết, dân bàn, dân làm, dân kiểm tra"],
["Thứ Ba, 10/07/2012 | 16:45", "6 tháng đầu năm 2012", "6 tháng cuối năm", "giai đoạn 2011 - 2015", "6 tháng"]))

PAGES.append(page("b6415-thanhhoa-guong-hien-dat-2013", """
BÁO THANH HÓA ĐIỆN TỬ
Trang chủ > Xã hội > Người tốt - việc tốt
Ngày 14/05/2013 08:20
Ông Lê Văn Tạo bên con đường bê tông chạy qua mảnh vườn cũ của gia đình.
"Đất nhường cho đường, lòng dân mới rộng"
Ở thôn Trung Thành, xã Quảng Hợp (Quảng Xương), ai cũng biết chuyện ông Lê Văn Tạo, nguyên Bí thư Chi bộ thôn Trung Thành, năm nay đã 78 tuổi, là người đầu tiên trong thôn tự nguyện hiến đất, phá tường rào để mở đường.
Con đường trục thôn trước đây chỉ rộng chừng 2 m, mùa mưa lầy lội, xe công nông không vào được. Khi xã triển khai làm đường bê tông theo tiêu chí nông thôn mới, tuyến đường cần mở rộng lên 5 m, đi qua đất của 27 hộ. Nhiều gia đình còn đắn đo vì đất vườn đã gắn bó mấy đời. Ông Tạo bàn với vợ là bà Nguyễn Thị Lài, rồi gọi các con về họp gia đình. "Đất của tổ tiên thì quý thật, nhưng con cháu đi lại khổ thì tổ tiên cũng chẳng vui", ông nói.
Sáng hôm sau, gia đình ông tự tay dỡ 35 m tường bao, chặt bỏ hàng cau, hiến 420 m2 đất vườn. Thấy vậy, các hộ trong xóm lần lượt làm theo. Chỉ trong một tháng, 27 hộ đã hiến tổng cộng 1.850 m2 đất, góp gần 400 ngày công. Con đường dài 1,2 km được đổ bê tông với tổng kinh phí khoảng 850 triệu đồng, trong đó tỉnh hỗ trợ xi măng, nhân dân góp 320 triệu đồng.
Ông Nguyễn Văn Đức, Chủ tịch UBND xã Quảng Hợp, cho biết: Từ tấm gương của ông Tạo, Đảng ủy xã đã đưa việc vận động hiến đất vào nghị quyết chuyên đề, giao mỗi đảng viên phụ trách vận động 5 hộ. Nhờ vậy, năm 2012 xã làm được 6,8 km đường, hiến đất đạt 100% trên các tuyến.
Bà Hoàng Thị Mến, Bí thư Chi bộ, Trưởng thôn Trung Thành, chia sẻ: thôn đã đề nghị tặng giấy khen cho gia đình ông, nhưng ông chỉ mong chính quyền sớm lắp điện chiếu sáng cho con đường.
Chiều muộn, trên con đường mới, lũ trẻ đạp xe đi học về, mấy bà cụ ngồi hóng mát bên gốc nhãn còn lại của khu vườn cũ. Ông Tạo bảo, ngày trước muốn đưa người ốm ra trạm y tế xã phải khiêng võng qua đoạn đường lầy, giờ xe cứu thương vào tận ngõ. Những người con đi làm ăn xa về quê cũng góp thêm tiền lắp đèn, làm biển tên đường. "Của cho đi là của còn mãi", ông cười.
Hiện Thanh Hóa đang triển khai Nghị quyết số 12-NQ/TU về xây dựng nông thôn mới và Quyết định số 1435/2012/QĐ-UBND của UBND tỉnh về cơ chế hỗ trợ xi măng làm đường giao thông nông thôn. Những tấm gương như ông Tạo đang góp phần đưa phong trào "Toàn dân chung sức xây dựng nông thôn mới" lan tỏa trong từng thôn xóm.
Bài và ảnh: Lê Hà
Bình luận (3)
Tin cùng chuyên mục
- Cựu chiến binh Nông Cống góp vốn làm đường (06/05/2013)
- Thọ Xuân: 100 hộ tháo dỡ tường rào mở đường (28/04/2013)
- Người giữ rừng ở Bá Thước (19/04/2013)
""", "2013-05-14", "\"Đất nhường cho đường, lòng dân mới rộng\"",
E("khac", None, None),
[P("Lê Văn Tạo", "nguyên Bí thư Chi bộ thôn Trung Thành"),
 P("Nguyễn Thị Lài"),
 P("Nguyễn Văn Đức", "Chủ tịch UBND xã Quảng Hợp"),
 P("Hoàng Thị Mến", "Bí thư Chi bộ", "Trưởng thôn Trung Thành")],
[Q("2 m", 2, "m", "approx"), Q("5 m", 5, "m"), Q("27 hộ", 27, "hộ"), Q("35 m", 35, "m"), Q("420 m2", 420, "m2"),
 Q("1.850 m2", 1850, "m2"), Q("gần 400 ngày công", 400, "ngày công", "approx"), Q("1,2 km", 1.2, "km"),
 Q("khoảng 850 triệu đồng", 850000000, "đồng", "approx"), Q("320 triệu đồng", 320000000, "đồng"), Q("5 hộ", 5, "hộ"),
 Q("6,8 km", 6.8, "km"), Q("100%", 100, "%")],
[D("Nghị quyết", "12", "NQ/TU", None, None, "Nghị quyết số 12-NQ/TU"),
 D("Quyết định", "1435", "2012/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 1435/2012/QĐ-UBND")],
[prov("Thanh Hóa"), com("Quảng Hợp")],
["BÁO THANH HÓA ĐIỆN TỬ", "Trang chủ > Xã hội > Người tốt - việc tốt",
 "Ông Lê Văn Tạo bên con đường bê tông chạy qua mảnh vườn cũ của gia đình.", "Toàn dân chung sức xây dựng nông thôn mới",
 "Bình luận (3)"],
["Ngày 14/05/2013 08:20", "78 tuổi", "một tháng", "năm 2012", "Bình luận (3)"]))

PAGES.append(page("b6416-haugiang-bdv-giaoban-quy3-2014", """
Cổng thông tin điện tử Đảng bộ tỉnh Hậu Giang
Bạn đang ở: Trang chủ / Dân vận / Tin hoạt động
03-10-2014 10:15
Hậu Giang: Vận động nhân dân hiến đất, góp tiền xây 68 cây cầu, tuyến đường nông thôn
Chiều 2/10, Ban Dân vận Tỉnh ủy Hậu Giang tổ chức giao ban khối dân vận quý III năm 2014, đánh giá kết quả vận động nhân dân tham gia xây dựng giao thông nông thôn và triển khai nhiệm vụ quý IV. Đồng chí Nguyễn Văn Thanh, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Đồng chí Nguyễn Văn Thanh phát biểu chỉ đạo giao ban.
Báo cáo tại giao ban cho thấy, trong quý III, khối dân vận các cấp đã vận động 1.375 hộ hiến khoảng 52.600 m2 đất, di dời 214 căn nhà, hàng rào, cây trái; nhân dân đóng góp trên 14,2 tỷ đồng và 18.300 ngày công. Qua đó, toàn tỉnh xây dựng mới 41 cầu giao thông nông thôn và nâng cấp 27 tuyến đường đal, tổng chiều dài 63,8 km. Tính chung 9 tháng, giá trị vận động xã hội hóa đạt 38,5 tỷ đồng, bằng 112% kế hoạch năm.
Các huyện đã thực hiện nghiêm Hướng dẫn số 15-HD/BDVTU của Ban Dân vận Tỉnh ủy về công tác dân vận trong xây dựng nông thôn mới và Kế hoạch số 22-KH/TU ngày 10/3/2014 của Ban Thường vụ Tỉnh ủy về thực hiện phong trào thi đua xây dựng cầu, đường nông thôn giai đoạn 2014 - 2015.
Tại giao ban, bà Trần Thị Kim Loan, Phó Trưởng Ban Dân vận Huyện ủy Phụng Hiệp, cho biết nhờ phát huy vai trò các vị chức sắc, người có uy tín, huyện đã vận động được 9 chùa, 2 nhà thờ hiến đất làm đường. Ông Thạch Sa Phươl, Bí thư Đảng ủy xã Hòa An, nêu khó khăn khi vận động đồng bào Khmer ở các ấp vùng sâu vì nhiều hộ đất ở chật hẹp.
Một số ý kiến đề nghị tỉnh có cơ chế hỗ trợ cho hộ nghèo phải di dời nhà khi hiến đất, tối đa 10 triệu đồng/hộ.
Phát biểu kết luận, đồng chí Nguyễn Văn Thanh yêu cầu trong quý IV tập trung vận động hoàn thành các cây cầu dở dang trước mùa nước nổi, không để dân phải đóng góp vượt khả năng; gắn phong trào với thi đua "Dân vận khéo" và kịp thời biểu dương các hộ tiêu biểu.
Cũng tại giao ban, các đại biểu thống nhất đánh giá: bên cạnh kết quả đạt được, việc nắm tình hình dư luận ở một số nơi còn chậm; vẫn còn hộ chưa đồng thuận hiến đất do chưa được giải thích rõ phương án, có tuyến đường phải tạm dừng thi công. Một số Mặt trận, đoàn thể cấp xã chưa chủ động tham gia giám sát chất lượng công trình và việc sử dụng tiền đóng góp của nhân dân.
Phương Thảo
Tin liên quan
- Long Mỹ: 300 hộ hiến đất làm đường đal (22/09/2014)
- Ban Dân vận Tỉnh ủy làm việc với Huyện ủy Châu Thành A (12/09/2014)
- Tuyên dương 50 gương điển hình "Dân vận khéo" (28/08/2014)
""", "2014-10-03", "Hậu Giang: Vận động nhân dân hiến đất, góp tiền xây 68 cây cầu, tuyến đường nông thôn",
E("giao_ban", "2014-Q3", "2014-10-02"),
[P("Nguyễn Văn Thanh", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Thị Kim Loan", "Phó Trưởng Ban Dân vận Huyện ủy Phụng Hiệp"),
 P("Thạch Sa Phươl", "Bí thư Đảng ủy xã Hòa An")],
[Q("68 cây cầu, tuyến đường", 68, "cây cầu, tuyến đường"), Q("1.375 hộ", 1375, "hộ"), Q("khoảng 52.600 m2", 52600, "m2", "approx"),
 Q("214 căn nhà, hàng rào", 214, "căn nhà, hàng rào"), Q("trên 14,2 tỷ đồng", 14200000000, "đồng", "over"),
 Q("18.300 ngày công", 18300, "ngày công"), Q("41 cầu giao thông nông thôn", 41, "cầu giao thông nông thôn"),
 Q("27 tuyến đường đal", 27, "tuyến đường đal"), Q("63,8 km", 63.8, "km"), Q("38,5 tỷ đồng", 38500000000, "đồng"),
 Q("112%", 112, "%"), Q("9 chùa", 9, "chùa"), Q("2 nhà thờ", 2, "nhà thờ"), Q("tối đa 10 triệu đồng/hộ", 10000000, "đồng")],
[D("Hướng dẫn", "15", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 15-HD/BDVTU"),
 D("Kế hoạch", "22", "KH/TU", "2014-03-10", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 22-KH/TU ngày 10/3/2014")],
[prov("Hậu Giang"), com("Hòa An")],
["Cổng thông tin điện tử Đảng bộ tỉnh Hậu Giang", "Bạn đang ở: Trang chủ / Dân vận / Tin hoạt động",
 "Đồng chí Nguyễn Văn Thanh phát biểu chỉ đạo giao ban.", "Dân vận khéo"],
["03-10-2014 10:15", "quý III năm 2014", "quý IV", "9 tháng", "giai đoạn 2014 - 2015"]))

PAGES.append(page("b6417-hoabinh-doithoai-mo-duong-2015", """
Đảng bộ tỉnh Hòa Bình - Trang thông tin điện tử
Vị trí: Trang chủ >> Tin cơ sở >> Huyện Lạc Sơn
Cập nhật lúc 16:40 ngày 21/08/2015
Xã Ân Nghĩa đối thoại với nhân dân về mở rộng đường liên xóm
Ngày 19/8, Đảng ủy, UBND xã Ân Nghĩa (huyện Lạc Sơn) tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2015, chuyên đề mở rộng, bê tông hóa tuyến đường liên xóm Bãi Trạch - Xóm Mới. Dự hội nghị có hơn 150 đại biểu là đảng viên, hội viên các đoàn thể và người dân 4 xóm có đường đi qua.
Chủ trì đối thoại là ông Bùi Văn Thắng, Bí thư Đảng ủy xã và ông Quách Công Sứ, Chủ tịch UBND xã. Về phía huyện có bà Đinh Thị Hoa, HUV, Trưởng Ban Dân vận Huyện ủy Lạc Sơn.
Tuyến đường dài 3,4 km, hiện mặt đường chỉ rộng 2,5 m, xuống cấp nghiêm trọng. Theo phương án, đường được mở rộng nền lên 5,5 m, đổ bê tông mặt rộng 3,5 m, tổng mức đầu tư khoảng 2,3 tỷ đồng từ nguồn Chương trình 135 và vốn nông thôn mới; nhân dân hiến đất, góp ngày công và đóng góp 15% giá trị công trình.
Tại buổi đối thoại, đã có 17 ý kiến của người dân được nêu. Ông Bùi Văn Nhỏi, xóm Bãi Trạch, hỏi việc gia đình có 60 m2 đất ruộng nằm trong phạm vi mở rộng thì có được hỗ trợ không; bà Quách Thị Lụa, xóm Mới, đề nghị làm rãnh thoát nước để tránh ngập khi mưa lớn; nhiều hộ hỏi mức đóng góp đối với hộ nghèo, hộ cận nghèo.
Ông Quách Công Sứ trả lời: theo Nghị quyết số 40/2014/NQ-HĐND của HĐND tỉnh, đất hiến cho công trình công cộng không được bồi thường nhưng xã sẽ hỗ trợ chuyển đổi diện tích ruộng bị ảnh hưởng; 46 hộ nghèo và 21 hộ cận nghèo trên tuyến được miễn đóng góp tiền, chỉ tham gia ngày công. Ông Bùi Văn Thắng khẳng định mọi khoản thu chi sẽ được công khai tại nhà văn hóa xóm theo Pháp lệnh số 34/2007/PL-UBTVQH11 về thực hiện dân chủ ở xã, phường, thị trấn.
Phát biểu tại hội nghị, bà Đinh Thị Hoa đánh giá cao cách làm của xã, đề nghị Đảng ủy tiếp tục thực hiện Kết luận số 24-KL/HU của Ban Thường vụ Huyện ủy về đối thoại định kỳ, giải quyết dứt điểm kiến nghị ngay tại cơ sở.
Kết thúc đối thoại, 112 hộ có đất nằm trong phạm vi tuyến đường đã ký cam kết hiến đất, đạt 96,5% số hộ. Xã phấn đấu khởi công tuyến đường trong tháng 10.
Được biết, từ năm 2011 đến nay, xã Ân Nghĩa đã bê tông hóa nhiều tuyến đường xóm, nhưng đây là lần đầu tiên xã tổ chức đối thoại trực tiếp trước khi khởi công. Theo người dân, cách làm này giúp bà con hiểu rõ thiết kế, mức đóng góp và quyền lợi của mình, tránh tình trạng "làm xong mới hỏi dân" như trước.
Bùi Minh
Các tin khác
- Lạc Sơn: hoàn thành 25 km đường bê tông nông thôn (10/08/2015)
- Hội nghị giao ban công tác dân vận quý II (15/07/2015)
- Xóm Khộp vận động 40 hộ hiến đất (02/07/2015)
""", "2015-08-21", "Xã Ân Nghĩa đối thoại với nhân dân về mở rộng đường liên xóm",
E("doi_thoai", "2015", "2015-08-19"),
[P("Bùi Văn Thắng", "Bí thư Đảng ủy xã"),
 P("Quách Công Sứ", "Chủ tịch UBND xã"),
 P("Đinh Thị Hoa", "HUV", "Trưởng Ban Dân vận Huyện ủy Lạc Sơn"),
 P("Bùi Văn Nhỏi"), P("Quách Thị Lụa")],
[Q("hơn 150 đại biểu", 150, "đại biểu", "over"), Q("4 xóm", 4, "xóm"), Q("3,4 km", 3.4, "km"), Q("2,5 m", 2.5, "m"),
 Q("5,5 m", 5.5, "m"), Q("3,5 m", 3.5, "m"), Q("khoảng 2,3 tỷ đồng", 2300000000, "đồng", "approx"), Q("15%", 15, "%"),
 Q("17 ý kiến", 17, "ý kiến"), Q("60 m2", 60, "m2"), Q("46 hộ nghèo", 46, "hộ nghèo"), Q("21 hộ cận nghèo", 21, "hộ cận nghèo"),
 Q("112 hộ", 112, "hộ"), Q("96,5%", 96.5, "%")],
[D("Nghị quyết", "40", "2014/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 40/2014/NQ-HĐND"),
 D("Pháp lệnh", "34", "2007/PL-UBTVQH11", None, None, "Pháp lệnh số 34/2007/PL-UBTVQH11"),
 D("Kết luận", "24", "KL/HU", None, "Ban Thường vụ Huyện ủy", "Kết luận số 24-KL/HU")],
[prov("Hòa Bình"), com("Ân Nghĩa")],
["Đảng bộ tỉnh Hòa Bình - Trang thông tin điện tử", "Vị trí: Trang chủ >> Tin cơ sở >> Huyện Lạc Sơn", "Chương trình 135"],
["Cập nhật lúc 16:40 ngày 21/08/2015", "năm 2015", "Chương trình 135", "tháng 10"]))

PAGES.append(page("b6418-bacgiang-mttq-giamsat-2016", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH BẮC GIANG
Trang chủ | Hoạt động Mặt trận | Giám sát, phản biện xã hội
Ngày đăng 17/06/2016 | 15:05
Ảnh: Đoàn giám sát kiểm tra tuyến đường bê tông tại thôn Đồng Áng.
Giám sát việc hỗ trợ xi măng làm đường giao thông nông thôn tại huyện Lục Nam
Thực hiện chương trình giám sát năm 2016, từ ngày 14 đến 16/6, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ tỉnh do ông Hoàng Văn Tiến, Phó Chủ tịch Ủy ban MTTQ tỉnh, làm trưởng đoàn đã giám sát việc thực hiện cơ chế hỗ trợ xi măng làm đường giao thông nông thôn theo Nghị quyết số 07/2015/NQ-HĐND ngày 8/7/2015 của HĐND tỉnh tại huyện Lục Nam và các xã Cương Sơn, Tiên Nha, Bảo Sơn.
Báo cáo của UBND huyện cho thấy, năm 2015 và 5 tháng đầu năm 2016, huyện được tỉnh hỗ trợ 14.760 tấn xi măng, trị giá gần 17,4 tỷ đồng; các xã đã cứng hóa được 118,6 km đường thôn, xóm và 23,5 km rãnh thoát nước. Nhân dân tự nguyện hiến 29.800 m2 đất, góp trên 21 tỷ đồng cùng 64.000 ngày công. Tỷ lệ đường trục thôn được cứng hóa đạt 71,3%.
Qua kiểm tra thực tế 9 tuyến đường, Đoàn giám sát đánh giá việc tiếp nhận, cấp phát xi măng cơ bản đúng quy định, có sổ theo dõi, biên bản bàn giao đến từng thôn. Tuy nhiên, một số tuyến có mặt đường mỏng hơn thiết kế; 3 thôn chưa công khai khoản đóng góp của các hộ; có nơi để xi măng đông cứng, hao hụt khoảng 40 tấn.
Ông Dương Văn Hải, Chủ tịch UBND xã Cương Sơn, giải trình: xã đã yêu cầu các ban quản lý thôn bổ sung bảng công khai và cam kết khắc phục trong tháng 7. Bà Ngô Thị Yến, Chủ tịch Ủy ban MTTQ xã Tiên Nha, đề nghị tăng cường tập huấn cho ban giám sát đầu tư cộng đồng vì nhiều thành viên chưa nắm kỹ thuật.
Kết luận buổi giám sát, ông Hoàng Văn Tiến đề nghị UBND huyện chỉ đạo rà soát toàn bộ các công trình đã nghiệm thu; thực hiện đúng Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị về giám sát, phản biện xã hội và góp ý xây dựng Đảng, chính quyền; bảo đảm "dân biết, dân bàn, dân làm, dân kiểm tra, dân thụ hưởng".
Cùng tham gia đoàn có bà Nguyễn Thị Hằng, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh, và đại diện Sở Giao thông vận tải. Kết quả giám sát sẽ được tổng hợp, kiến nghị UBND tỉnh trong tháng 7/2016.
Được biết, từ năm 2013 đến nay, cơ chế hỗ trợ xi măng đã giúp Bắc Giang cứng hóa hàng nghìn km đường giao thông nông thôn, tạo điều kiện để nhiều xã đạt tiêu chí giao thông trong xây dựng nông thôn mới. Đây là lần đầu tiên Mặt trận tỉnh tổ chức giám sát chuyên đề về nội dung này tại cấp huyện.
Hà Linh
Bài viết liên quan
- Lạng Giang: Mặt trận vận động làm 40 km đường (05/06/2016)
- Giám sát việc thực hiện chính sách hỗ trợ hộ nghèo về nhà ở (20/05/2016)
- Yên Thế: nhân dân hiến 5.000 m2 đất làm đường (11/05/2016)
""", "2016-06-17", "Giám sát việc hỗ trợ xi măng làm đường giao thông nông thôn tại huyện Lục Nam",
E("giam_sat", "2016", "2016-06-14"),
[P("Hoàng Văn Tiến", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Dương Văn Hải", "Chủ tịch UBND xã Cương Sơn"),
 P("Ngô Thị Yến", "Chủ tịch Ủy ban MTTQ xã Tiên Nha"),
 P("Nguyễn Thị Hằng", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh")],
[Q("14.760 tấn", 14760, "tấn"), Q("gần 17,4 tỷ đồng", 17400000000, "đồng", "approx"), Q("118,6 km", 118.6, "km"),
 Q("23,5 km", 23.5, "km"), Q("29.800 m2", 29800, "m2"), Q("trên 21 tỷ đồng", 21000000000, "đồng", "over"),
 Q("64.000 ngày công", 64000, "ngày công"), Q("71,3%", 71.3, "%"), Q("9 tuyến đường", 9, "tuyến đường"),
 Q("3 thôn", 3, "thôn"), Q("khoảng 40 tấn", 40, "tấn", "approx")],
[D("Nghị quyết", "07", "2015/NQ-HĐND", "2015-07-08", "HĐND tỉnh", "Nghị quyết số 07/2015/NQ-HĐND ngày 8/7/2015"),
 D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 218-QĐ/TW ngày 12/12/2013")],
[prov("Bắc Giang"), com("Cương Sơn"), com("Tiên Nha"), com("Bảo Sơn")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH BẮC GIANG", "Trang chủ | Hoạt động Mặt trận | Giám sát, phản biện xã hội",
 "Ảnh: Đoàn giám sát kiểm tra tuyến đường bê tông tại thôn Đồng Áng.", "dân biết, dân bàn, dân làm, dân kiểm tra, dân thụ hưởng"],
["Ngày đăng 17/06/2016 | 15:05", "năm 2016", "năm 2015", "5 tháng đầu năm 2016", "tháng 7", "tháng 7/2016"]))
