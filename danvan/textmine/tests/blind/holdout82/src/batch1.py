from lib import *
PAGES = []

PAGES.append(page("b1925-quangnam-bdv-giaoban-q3-2011", """
BAN DÂN VẬN TỈNH ỦY QUẢNG NAM
Trang chủ > Tin tức > Hoạt động dân vận
08:15 | 14/10/2011
Ảnh: Quang cảnh buổi giao ban.
Giao ban khối dân vận: tập trung vận động giải phóng mặt bằng
Ngày 12/10/2011, Ban Dân vận Tỉnh ủy Quảng Nam tổ chức giao ban khối dân vận quý III/2011. Đồng chí Lê Thị Thu Hà, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì; dự có đồng chí Trần Văn Cảnh, Phó Chủ tịch UBND tỉnh.
Theo báo cáo, trong quý, khối dân vận các cấp tập trung vận động nhân dân bàn giao mặt bằng cho các dự án đường ven biển, khu đô thị mới và thủy điện Sông Tranh 2. Các địa phương đã tổ chức 46 cuộc họp dân, 18 cuộc đối thoại với 1.325 lượt hộ dân bị ảnh hưởng; vận động 812 hộ nhận tiền bồi thường với tổng số tiền trên 214 tỷ đồng, đạt 87,5% kế hoạch. Còn 116 hộ chưa đồng thuận, chủ yếu ở xã Tam Nghĩa và xã Điện Ngọc, do giá bồi thường đất ở thấp hơn giá thị trường.
Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 21, 22-CT/TU về tăng cường sự lãnh đạo trong công tác bồi thường, giải phóng mặt bằng và về vận động đồng bào Cơ Tu ở khu tái định cư; đồng thời ban hành kế hoạch số 38-KH/BDVTU ngày 02/8/2011 về kiểm tra việc thực hiện Nghị định số 69/2009/NĐ-CP của Chính phủ tại 9 xã có dự án lớn. Qua kiểm tra, các cơ quan dân vận tiếp nhận 39 đơn thư liên quan đến bồi thường, tái định cư, đã phối hợp giải quyết 31 đơn.
Tại buổi giao ban, đồng chí Bhriu Pố, HUV, Trưởng Ban Dân vận Huyện ủy Tây Giang, cho biết huyện đã phát huy vai trò của 27 già làng, người có uy tín vận động 64 hộ dân di dời khỏi vùng sạt lở đến khu tái định cư mới. Bà Alăng Thị Bé, Chủ tịch Hội Liên hiệp Phụ nữ xã Ga Ri, chia sẻ cách vận động chị em không nghe theo lời kích động, không tụ tập đông người.
Ông Nguyễn Hữu Phước, Phó Giám đốc Sở Tài nguyên và Môi trường, thông tin về bảng giá đất mới và cam kết rà soát lại 116 hồ sơ còn vướng mắc.
Phát biểu kết luận, đồng chí Lê Thị Thu Hà yêu cầu quý IV các cấp ủy, chính quyền thực hiện đúng phương châm "dân biết, dân bàn, dân làm, dân kiểm tra"; công khai phương án bồi thường trước khi thu hồi đất; người đứng đầu phải trực tiếp đối thoại, không để hình thành "điểm nóng". Đồng chí cũng giao Văn phòng Ban tổng hợp kiến nghị của cử tri gửi UBND tỉnh trước ngày 30/10.
Minh Quân
Tin liên quan
- Tây Giang: già làng vận động đồng bào giữ rừng (05/10/2011)
- Duy Xuyên tổ chức đối thoại với hộ dân vùng dự án (28/09/2011)
- Hội thi "Dân vận khéo" cụm các huyện miền núi (15/09/2011)
- Ban Dân vận Tỉnh ủy làm việc với Huyện ủy Núi Thành (09/09/2011)
- Vận động nhân dân hiến đất làm đường giao thông nông thôn (30/08/2011)
""", "2011-10-14", "Giao ban khối dân vận: tập trung vận động giải phóng mặt bằng",
E("giao_ban", "2011-Q3", "2011-10-12"),
[P("Lê Thị Thu Hà", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Văn Cảnh", "Phó Chủ tịch UBND tỉnh"),
 P("Bhriu Pố", "HUV", "Trưởng Ban Dân vận Huyện ủy Tây Giang"),
 P("Alăng Thị Bé", "Chủ tịch Hội Liên hiệp Phụ nữ xã Ga Ri"),
 P("Nguyễn Hữu Phước", "Phó Giám đốc Sở Tài nguyên và Môi trường")],
[Q("46 cuộc họp dân", 46, "cuộc họp dân"), Q("18 cuộc đối thoại", 18, "cuộc đối thoại"),
 Q("1.325 lượt hộ dân", 1325, "lượt hộ dân"), Q("812 hộ", 812, "hộ"),
 Q("trên 214 tỷ đồng", 214000000000, "đồng", "over"), Q("87,5%", 87.5, "%"),
 Q("116 hộ", 116, "hộ"), Q("9 xã", 9, "xã"), Q("39 đơn thư", 39, "đơn thư"), Q("31 đơn", 31, "đơn"),
 Q("27 già làng, người có uy tín", 27, "già làng, người có uy tín"), Q("64 hộ dân", 64, "hộ dân"),
 Q("116 hồ sơ", 116, "hồ sơ")],
[D("Chỉ thị", "21", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 21, 22-CT/TU"),
 D("Chỉ thị", "22", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 21, 22-CT/TU"),
 D("Kế hoạch", "38", "KH/BDVTU", "2011-08-02", "Ban Dân vận Tỉnh ủy", "kế hoạch số 38-KH/BDVTU ngày 02/8/2011"),
 D("Nghị định", "69", "2009/NĐ-CP", None, "Chính phủ", "Nghị định số 69/2009/NĐ-CP của Chính phủ")],
[prov("Quảng Nam"), com("Tam Nghĩa"), com("Điện Ngọc"), com("Ga Ri")],
["BAN DÂN VẬN TỈNH ỦY QUẢNG NAM", "Trang chủ > Tin tức > Hoạt động dân vận", "Ảnh: Quang cảnh buổi giao ban.",
 "dân biết, dân bàn, dân làm, dân kiểm tra", "thủy điện Sông Tranh 2", "điểm nóng"],
["08:15 | 14/10/2011", "quý III/2011", "Sông Tranh 2", "quý IV", "ngày 30/10"]))

PAGES.append(page("b1926-thanhhoa-huyen-doithoai-2013", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TĨNH GIA - TỈNH THANH HÓA
Trang chủ | Tin tức - Sự kiện | Chính trị
Cập nhật: 16:40, 28/05/2013 (GMT+7)
Đối thoại với 215 hộ dân vùng dự án lọc hóa dầu
Ngày 27/5, Ban Thường vụ Huyện ủy phối hợp với UBND huyện tổ chức hội nghị đối thoại năm 2013 với 215 hộ dân xã Hải Yến và xã Mai Lâm thuộc vùng giải phóng mặt bằng dự án Liên hợp lọc hóa dầu. Chủ trì đối thoại có đồng chí Lê Văn Tùng, Bí thư Huyện ủy, Chủ tịch HĐND huyện và đồng chí Nguyễn Thị Hạnh, Phó Bí thư Thường trực Huyện ủy.
Đồng chí Lê Văn Tùng trả lời ý kiến của người dân.
Mở đầu buổi đối thoại, ông Hoàng Văn Luyện, Phó Chủ tịch UBND huyện, thông tin: đến nay toàn huyện đã chi trả 326,4 tỷ đồng tiền bồi thường, hỗ trợ cho 2.947 hộ, đạt 94% tổng số hộ phải di dời; đã di chuyển 3.120 ngôi mộ đến nghĩa trang mới. Việc bồi thường được thực hiện theo Quyết định số 2155/QĐ-UBND ngày 18/7/2012 của UBND tỉnh về đơn giá bồi thường tài sản, vật kiến trúc và Nghị quyết 05-NQ/HU của Ban Chấp hành Đảng bộ huyện về công tác tái định cư.
Tại buổi đối thoại có 37 ý kiến phát biểu, tập trung vào 5 nhóm vấn đề: giá đất ở tái định cư, hỗ trợ chuyển đổi nghề cho lao động nữ, mức hỗ trợ ổn định đời sống, chất lượng nhà ở khu tái định cư và việc cấp giấy chứng nhận quyền sử dụng đất. Ông Lê Văn Đệ ở thôn 4, xã Hải Yến, phản ánh gia đình có 6 nhân khẩu nhưng chỉ được giao một lô đất 200 m2. Bà Mai Thị Lụa, Trưởng thôn Tân Lâm, đề nghị sớm hoàn thiện đường điện, nước sạch cho 124 hộ đã chuyển đến khu tái định cư Bình Minh.
Các ý kiến đã được lãnh đạo huyện và các phòng, ban trả lời trực tiếp. Huyện sẽ nâng mức hỗ trợ ổn định đời sống lên 1,2 triệu đồng/người/tháng trong 12 tháng; mở 8 lớp dạy nghề cho khoảng 400 lao động. Những kiến nghị vượt thẩm quyền được tổng hợp báo cáo UBND tỉnh. Theo kế hoạch của tỉnh Thanh Hóa, toàn bộ mặt bằng dự án phải được bàn giao trong năm nay để nhà đầu tư triển khai xây dựng các hạng mục chính; vì vậy huyện đề nghị các hộ dân cùng chính quyền tháo gỡ từng vướng mắc.
Kết luận buổi đối thoại, đồng chí Lê Văn Tùng đề nghị các hộ dân tiếp tục ủng hộ dự án, không nghe kẻ xấu xúi giục khiếu kiện đông người; yêu cầu cán bộ "nói đi đôi với làm", giải quyết dứt điểm 19 đơn thư còn tồn đọng trước ngày 30/6.
Đình Hợp
Lượt xem: 1.204
Tin khác
- Hải Yến: bàn giao mặt bằng sạch cho dự án (20/05/2013)
- Huyện ủy Tĩnh Gia sơ kết công tác dân vận quý I (10/04/2013)
- Vận động nhân dân di dời mồ mả đúng tiến độ (25/03/2013)
- Khánh thành khu tái định cư Bình Minh (01/03/2013)
- Tập huấn nghiệp vụ cho cán bộ dân vận cơ sở (15/02/2013)
""", "2013-05-28", "Đối thoại với 215 hộ dân vùng dự án lọc hóa dầu",
E("doi_thoai", "2013", "2013-05-27"),
[P("Lê Văn Tùng", "Bí thư Huyện ủy", "Chủ tịch HĐND huyện"),
 P("Nguyễn Thị Hạnh", "Phó Bí thư Thường trực Huyện ủy"),
 P("Hoàng Văn Luyện", "Phó Chủ tịch UBND huyện"),
 P("Lê Văn Đệ"),
 P("Mai Thị Lụa", "Trưởng thôn Tân Lâm")],
[Q("215 hộ dân", 215, "hộ dân"), Q("326,4 tỷ đồng", 326400000000, "đồng"), Q("2.947 hộ", 2947, "hộ"),
 Q("94%", 94, "%"), Q("3.120 ngôi mộ", 3120, "ngôi mộ"), Q("37 ý kiến", 37, "ý kiến"),
 Q("5 nhóm vấn đề", 5, "nhóm vấn đề"), Q("6 nhân khẩu", 6, "nhân khẩu"), Q("200 m2", 200, "m2"),
 Q("124 hộ", 124, "hộ"), Q("1,2 triệu đồng", 1200000, "đồng"), Q("8 lớp dạy nghề", 8, "lớp dạy nghề"),
 Q("khoảng 400 lao động", 400, "lao động", "approx"), Q("19 đơn thư", 19, "đơn thư")],
[D("Quyết định", "2155", "QĐ-UBND", "2012-07-18", "UBND tỉnh", "Quyết định số 2155/QĐ-UBND ngày 18/7/2012 của UBND tỉnh"),
 D("Nghị quyết", "05", "NQ/HU", None, "Ban Chấp hành Đảng bộ huyện", "Nghị quyết 05-NQ/HU")],
[prov("Thanh Hóa"), com("Hải Yến"), com("Mai Lâm")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TĨNH GIA - TỈNH THANH HÓA", "Trang chủ | Tin tức - Sự kiện | Chính trị",
 "Đồng chí Lê Văn Tùng trả lời ý kiến của người dân.", "Liên hợp lọc hóa dầu", "nói đi đôi với làm",
 "Lượt xem: 1.204", "khu tái định cư Bình Minh"],
["Cập nhật: 16:40, 28/05/2013 (GMT+7)", "năm 2013", "thôn 4", "một lô đất", "1,2 triệu đồng/người/tháng",
 "trong 12 tháng", "ngày 30/6", "Lượt xem: 1.204"]))

PAGES.append(page("b1927-hatinh-mttq-giamsat-2016", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH HÀ TĨNH
Trang chủ » Hoạt động Mặt trận » Giám sát, phản biện xã hội
Thứ Năm, 22/12/2016
Giám sát chi trả bồi thường thiệt hại do sự cố môi trường biển
Ngày 20/12, Đoàn giám sát của Ủy ban MTTQ tỉnh do đồng chí Trần Thị Nhung, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn, đã giám sát việc kê khai, chi trả tiền bồi thường thiệt hại do sự cố môi trường biển tại xã Kỳ Lợi và xã Kỳ Nam. Đây là cuộc giám sát thứ ba trong chương trình giám sát năm 2016 của Mặt trận tỉnh.
Đoàn giám sát làm việc tại xã Kỳ Lợi. Ảnh: Hồng Nhung
Cuộc giám sát được thực hiện theo Quyết định số 1880/QĐ-TTg ngày 29/9/2016 của Thủ tướng Chính phủ và Quyết định số 47/QĐ-MTTQ-BTT ngày 05/12/2016 của Ban Thường trực Ủy ban MTTQ tỉnh. Thành phần đoàn gồm các đồng chí: Phạm Văn Thìn, Võ Thị Hoa - Ủy viên Ban Thường trực Ủy ban MTTQ tỉnh, cùng đại diện Hội Nông dân, Hội Cựu chiến binh tỉnh.
Báo cáo của UBND hai xã cho biết, đợt này đã kê khai, thẩm định cho 4.321 hộ với 2.876 tàu thuyền, 512 lao động nghề muối. Đến ngày 19/12, đã chi trả hơn 512 tỷ đồng, đạt 96,3% số tiền được phê duyệt; còn 14 hộ chưa nhận do đang có tranh chấp trong gia đình hoặc đi làm ăn xa.
Trong quá trình kê khai, Ban Thường trực Ủy ban MTTQ xã đã nhận 62 kiến nghị của người dân về việc bỏ sót đối tượng, sai lệch công suất tàu; đã phối hợp xác minh và điều chỉnh 48 trường hợp. Ông Nguyễn Văn Sở, Trưởng Ban công tác Mặt trận thôn Hải Phong, cho biết nhờ công khai danh sách 3 lần tại nhà văn hóa thôn nên người dân đồng tình, không xảy ra tụ tập đông người.
Đồng chí Lê Đình Sơn, Chủ tịch UBND xã Kỳ Lợi, kiến nghị tỉnh sớm hướng dẫn việc hỗ trợ cho 37 hộ làm nghề lặn biển chưa có trong danh mục đối tượng.
Kết luận, đồng chí Trần Thị Nhung đề nghị hai xã tiếp tục công khai, minh bạch theo phương châm "đúng đối tượng, đúng định mức, không để lợi dụng"; tổ chức đối thoại với người dân có ý kiến; Ban Thường trực Ủy ban MTTQ các xã phát huy vai trò của 25 Ban giám sát đầu tư của cộng đồng trong việc theo dõi chi trả. Kết quả giám sát sẽ được tổng hợp, báo cáo Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh và kiến nghị UBND tỉnh chỉ đạo xử lý những tồn tại, vướng mắc.
Hồng Nhung
Tin cùng chuyên mục
- MTTQ tỉnh tiếp nhận 3,2 tỷ đồng ủng hộ ngư dân (15/12/2016)
- Hội nghị phản biện dự thảo bảng giá đất giai đoạn 2015 - 2019 (02/12/2016)
- Mặt trận các cấp đồng hành cùng ngư dân vươn khơi (21/11/2016)
- Kỳ Anh: ra mắt tổ tự quản an ninh trật tự ven biển (01/11/2016)
- Giám sát việc thực hiện chính sách hỗ trợ gạo cho người dân 4 tỉnh miền Trung (08/11/2016)
""", "2016-12-22", "Giám sát chi trả bồi thường thiệt hại do sự cố môi trường biển",
E("giam_sat", "2016", "2016-12-20"),
[P("Trần Thị Nhung", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phạm Văn Thìn", "Ủy viên Ban Thường trực Ủy ban MTTQ tỉnh"),
 P("Võ Thị Hoa", "Ủy viên Ban Thường trực Ủy ban MTTQ tỉnh"),
 P("Nguyễn Văn Sở", "Trưởng Ban công tác Mặt trận thôn Hải Phong"),
 P("Lê Đình Sơn", "Chủ tịch UBND xã Kỳ Lợi")],
[Q("4.321 hộ", 4321, "hộ"), Q("2.876 tàu thuyền", 2876, "tàu thuyền"),
 Q("512 lao động nghề muối", 512, "lao động nghề muối"),
 Q("hơn 512 tỷ đồng", 512000000000, "đồng", "over"), Q("96,3%", 96.3, "%"), Q("14 hộ", 14, "hộ"),
 Q("62 kiến nghị", 62, "kiến nghị"), Q("48 trường hợp", 48, "trường hợp"), Q("37 hộ", 37, "hộ"),
 Q("25 Ban giám sát đầu tư của cộng đồng", 25, "Ban giám sát đầu tư của cộng đồng")],
[D("Quyết định", "1880", "QĐ-TTg", "2016-09-29", "Thủ tướng Chính phủ", "Quyết định số 1880/QĐ-TTg ngày 29/9/2016 của Thủ tướng Chính phủ"),
 D("Quyết định", "47", "QĐ-MTTQ-BTT", "2016-12-05", "Ban Thường trực Ủy ban MTTQ tỉnh", "Quyết định số 47/QĐ-MTTQ-BTT ngày 05/12/2016")],
[prov("Hà Tĩnh"), com("Kỳ Lợi"), com("Kỳ Nam")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH HÀ TĨNH", "Trang chủ » Hoạt động Mặt trận » Giám sát, phản biện xã hội",
 "Đoàn giám sát làm việc tại xã Kỳ Lợi. Ảnh: Hồng Nhung", "đúng đối tượng, đúng định mức, không để lợi dụng",
 "Hội Nông dân", "Hội Cựu chiến binh tỉnh"],
["Thứ Năm, 22/12/2016", "cuộc giám sát thứ ba", "năm 2016", "Ngày 20/12", "ngày 19/12", "3 lần"]))

PAGES.append(page("b1928-daklak-bdv-hoinghi-uytin-2014", """
Báo Đắk Lắk điện tử
Thời sự > Chính trị > Dân tộc - Tôn giáo
17/10/2014 - 10:05
Gặp mặt 260 người có uy tín trong đồng bào dân tộc thiểu số
Ngày 16/10, Ban Dân vận Tỉnh ủy phối hợp với Ban Dân tộc tỉnh tổ chức hội nghị gặp mặt người có uy tín trong đồng bào dân tộc thiểu số năm 2014. Dự hội nghị có 260 người có uy tín là già làng, trưởng buôn, chức sắc tôn giáo đến từ 15 huyện, thị xã, thành phố.
Chủ trì hội nghị có các đồng chí: Y Bhim Niê, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; Trương Quang Định, Phó Chủ tịch UBND tỉnh; H'Lan Mlô, Trưởng Ban Dân tộc tỉnh.
Các đại biểu dự hội nghị.
Báo cáo tại hội nghị cho biết, thời gian qua người có uy tín đã góp phần hòa giải thành công 17 vụ tranh chấp đất đai giữa người dân với các công ty nông, lâm nghiệp, vận động đồng bào trả lại 1.840 ha đất lấn chiếm để trồng rừng. Tuy nhiên, tại một số buôn vẫn còn tình trạng người dân tụ tập đông người đòi đất; có 6 vụ khiếu kiện đông người liên quan đến đất của Công ty cà phê.
Việc thực hiện chế độ cho người có uy tín theo Quyết định số 18/2011/QĐ-TTg ngày 18/3/2011 của Thủ tướng Chính phủ được các cấp quan tâm; năm 2014, mỗi người có uy tín được cấp 2 tờ báo, hỗ trợ thăm hỏi khi ốm đau. Ban Dân vận Tỉnh ủy cũng triển khai Kế hoạch 72-KH/BDVTU về phát huy vai trò người có uy tín trong giữ gìn an ninh nông thôn.
Phát biểu tại hội nghị, ông Y Kuê Ayŭn, người có uy tín buôn Ea Nao, xã Cư Pơng, kể lại việc ông cùng cán bộ xã đến từng nhà vận động 23 hộ trả lại đất cho nông trường. Bà H'Bia Êban, người có uy tín buôn Tơng Jú, đề nghị Nhà nước sớm đo đạc, cấp giấy chứng nhận quyền sử dụng đất cho đồng bào. Ông Điểu Khuynh, già làng bon Jun Yuh, xã Ea Tiêu, mong các công ty trả đất dôi dư cho xã quản lý.
Đồng chí Y Bhim Niê ghi nhận những đóng góp của đội ngũ già làng, người có uy tín và đề nghị tiếp tục vận động đồng bào "không nghe, không tin, không làm theo" kẻ xấu; phản ánh kịp thời những bức xúc ở buôn làng để cấp ủy giải quyết ngay từ cơ sở.
Nhiều ý kiến cũng đề nghị tỉnh quan tâm hơn đến việc bồi dưỡng kiến thức pháp luật về đất đai cho người có uy tín, để họ tự tin giải thích cho bà con khi xảy ra tranh chấp, không để kẻ xấu lợi dụng kích động.
Dịp này, Ban tổ chức tặng mỗi đại biểu 1 phần quà trị giá 500.000 đồng; tặng giấy khen cho 35 người có uy tín tiêu biểu.
H.Gia
Xem thêm
- Krông Pắc: đối thoại giải quyết tranh chấp đất với công ty (09/10/2014)
- Tập huấn kỹ năng cho người có uy tín năm 2014 (25/09/2014)
- Ea H'leo: hòa giải thành công vụ tranh chấp đất rẫy (12/09/2014)
- Cấp 12.000 tờ báo cho người có uy tín (30/08/2014)
""", "2014-10-17", "Gặp mặt 260 người có uy tín trong đồng bào dân tộc thiểu số",
E("hoi_nghi", "2014", "2014-10-16"),
[P("Y Bhim Niê", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trương Quang Định", "Phó Chủ tịch UBND tỉnh"),
 P("H'Lan Mlô", "Trưởng Ban Dân tộc tỉnh"),
 P("Y Kuê Ayŭn", "người có uy tín buôn Ea Nao"),
 P("H'Bia Êban", "người có uy tín buôn Tơng Jú"),
 P("Điểu Khuynh", "già làng bon Jun Yuh")],
[Q("260 người có uy tín", 260, "người có uy tín"), Q("15 huyện, thị xã, thành phố", 15, "huyện, thị xã, thành phố"),
 Q("17 vụ tranh chấp đất đai", 17, "vụ tranh chấp đất đai"), Q("1.840 ha", 1840, "ha"),
 Q("6 vụ khiếu kiện đông người", 6, "vụ khiếu kiện đông người"), Q("2 tờ báo", 2, "tờ báo"), Q("23 hộ", 23, "hộ"),
 Q("500.000 đồng", 500000, "đồng"), Q("35 người có uy tín tiêu biểu", 35, "người có uy tín tiêu biểu")],
[D("Quyết định", "18", "2011/QĐ-TTg", "2011-03-18", "Thủ tướng Chính phủ", "Quyết định số 18/2011/QĐ-TTg ngày 18/3/2011 của Thủ tướng Chính phủ"),
 D("Kế hoạch", "72", "KH/BDVTU", None, None, "Kế hoạch 72-KH/BDVTU")],
[prov("Đắk Lắk"), com("Cư Pơng"), com("Ea Tiêu")],
["Báo Đắk Lắk điện tử", "Thời sự > Chính trị > Dân tộc - Tôn giáo", "Các đại biểu dự hội nghị.",
 "không nghe, không tin, không làm theo", "Công ty cà phê"],
["17/10/2014 - 10:05", "năm 2014", "Ngày 16/10", "1 phần quà"]))

PAGES.append(page("b1929-dongnai-bdv-soket-2015", """
BAN DÂN VẬN TỈNH ỦY ĐỒNG NAI
Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Hoạt động của Ban
Thứ Hai, 13/07/2015 - 14:30
Ảnh: Đồng chí Huỳnh Thị Ngọc Lan phát biểu chỉ đạo hội nghị.
Kịp thời nắm bắt, xử lý các vụ việc phức tạp từ cơ sở
Sáng 10/7, Ban Dân vận Tỉnh ủy tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2015. Đồng chí Huỳnh Thị Ngọc Lan, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.
Theo đánh giá, tình hình an ninh chính trị trên địa bàn tỉnh Đồng Nai cơ bản ổn định, song vẫn tiềm ẩn phức tạp ở các khu công nghiệp và vùng dự án. Báo cáo cho thấy, 6 tháng đầu năm trên địa bàn tỉnh xảy ra 12 cuộc ngừng việc tập thể với hơn 4.600 công nhân tham gia, tăng 3 cuộc so với cùng kỳ; đặc biệt có vụ khoảng 300 người dân tụ tập, chặn xe chở rác vào khu xử lý chất thải tại xã Bàu Cạn do mùi hôi kéo dài. Khối dân vận đã phối hợp với chính quyền tổ chức 7 buổi đối thoại, vận động người dân giải tán, đồng thời kiến nghị doanh nghiệp đầu tư hệ thống xử lý nước rỉ rác trị giá hơn 3,5 tỷ đồng.
Ban Dân vận Tỉnh ủy đã tham mưu Tỉnh ủy ban hành Chỉ thị 03, 04-CT/TU của Tỉnh ủy về tăng cường công tác dân vận trong doanh nghiệp và về giải quyết khiếu nại, tố cáo liên quan đến đất đai; hướng dẫn các huyện triển khai Nghị định 38/2015/NĐ-CP của Chính phủ về quản lý chất thải và phế liệu. Các cơ quan dân vận tiếp nhận 26 đơn thư, trong đó 19 đơn liên quan ô nhiễm môi trường.
Tại hội nghị, đồng chí Điểu Văn Sơn, HUV, Trưởng Ban Dân vận Huyện ủy Định Quán, chia sẻ việc phát huy vai trò của 42 người có uy tín trong đồng bào Chơ Ro, Mạ vận động nhân dân không lấn chiếm đất rừng. Đồng chí Trịnh Văn Tới, Chủ tịch Công đoàn Khu công nghiệp Nhơn Trạch, cho biết công đoàn đã tham gia giải quyết 5 cuộc ngừng việc, vận động doanh nghiệp trả 1,8 tỷ đồng tiền lương, tiền thưởng còn nợ cho người lao động.
Một số ý kiến cho rằng công tác nắm tình hình ở xã Long Thọ và phường Tam Phước còn chậm, để người dân kéo lên tỉnh rồi mới xử lý.
Phát biểu kết luận, đồng chí Huỳnh Thị Ngọc Lan yêu cầu 6 tháng cuối năm 2015 các cấp chủ động nắm tình hình, "không để bị động, bất ngờ"; phát huy mô hình "Dân vận khéo" trong doanh nghiệp; phối hợp với Sở Tài nguyên và Môi trường kiểm tra 9 cơ sở gây ô nhiễm bị người dân phản ánh.
Ngọc Hân
Các tin khác
- Long Thành vận động 1.200 hộ bàn giao mặt bằng sân bay (02/07/2015)
- Biên Hòa: đối thoại với hộ dân về ô nhiễm (25/06/2015)
- Tuyên dương 50 điển hình "Dân vận khéo" (12/06/2015)
- Hội thảo về công tác dân vận trong doanh nghiệp FDI (29/05/2015)
- Trảng Bom: hòa giải thành công vụ tranh chấp đất kéo dài (15/05/2015)
""", "2015-07-13", "Kịp thời nắm bắt, xử lý các vụ việc phức tạp từ cơ sở",
E("so_ket", "2015-H1", "2015-07-10"),
[P("Huỳnh Thị Ngọc Lan", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Điểu Văn Sơn", "HUV", "Trưởng Ban Dân vận Huyện ủy Định Quán"),
 P("Trịnh Văn Tới", "Chủ tịch Công đoàn Khu công nghiệp Nhơn Trạch")],
[Q("12 cuộc ngừng việc tập thể", 12, "cuộc ngừng việc tập thể"), Q("hơn 4.600 công nhân", 4600, "công nhân", "over"),
 Q("3 cuộc", 3, "cuộc"), Q("khoảng 300 người dân", 300, "người dân", "approx"),
 Q("7 buổi đối thoại", 7, "buổi đối thoại"), Q("hơn 3,5 tỷ đồng", 3500000000, "đồng", "over"),
 Q("26 đơn thư", 26, "đơn thư"), Q("19 đơn", 19, "đơn"), Q("42 người có uy tín", 42, "người có uy tín"),
 Q("5 cuộc ngừng việc", 5, "cuộc ngừng việc"), Q("1,8 tỷ đồng", 1800000000, "đồng"), Q("9 cơ sở", 9, "cơ sở")],
[D("Chỉ thị", "03", "CT/TU", None, "Tỉnh ủy", "Chỉ thị 03, 04-CT/TU của Tỉnh ủy"),
 D("Chỉ thị", "04", "CT/TU", None, "Tỉnh ủy", "Chỉ thị 03, 04-CT/TU của Tỉnh ủy"),
 D("Nghị định", "38", "2015/NĐ-CP", None, "Chính phủ", "Nghị định 38/2015/NĐ-CP của Chính phủ")],
[prov("Đồng Nai"), com("Bàu Cạn"), com("Long Thọ"), com("Tam Phước")],
["BAN DÂN VẬN TỈNH ỦY ĐỒNG NAI", "Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Hoạt động của Ban",
 "Ảnh: Đồng chí Huỳnh Thị Ngọc Lan phát biểu chỉ đạo hội nghị.", "không để bị động, bất ngờ", "Dân vận khéo",
 "Sở Tài nguyên và Môi trường"],
["Thứ Hai, 13/07/2015 - 14:30", "6 tháng đầu năm", "6 tháng cuối năm 2015", "Sáng 10/7"]))

PAGES.append(page("b1930-hungyen-xa-gpmb-2012", """
Cổng thông tin điện tử xã Nghĩa Trụ - huyện Văn Giang - tỉnh Hưng Yên
Trang chủ > Tin tức > Tin hoạt động
Ngày đăng 06/09/2012 | 16:20
Nghĩa Trụ: vận động 146 hộ bàn giao mặt bằng khu công nghiệp
Sau gần 4 tháng kiên trì vận động, đến cuối tháng 8/2012, 146 hộ dân xã Nghĩa Trụ có đất nông nghiệp bị thu hồi đã nhận tiền bồi thường và bàn giao 38,6 ha cho dự án khu công nghiệp dệt may. Đây là kết quả của cả hệ thống chính trị xã, trong đó khối dân vận giữ vai trò nòng cốt.
Cán bộ xã đến từng hộ dân tuyên truyền chính sách bồi thường.
Theo ông Đỗ Văn Khánh, Bí thư Đảng ủy, Chủ tịch HĐND xã, ngay sau khi có thông báo thu hồi đất, Đảng ủy xã ban hành Nghị quyết số 12-NQ/ĐU của Đảng ủy xã về lãnh đạo công tác giải phóng mặt bằng; phân công 15 đảng viên phụ trách từng nhóm hộ. Xã tổ chức 21 buổi họp dân tại 5 thôn, công khai phương án bồi thường theo Quyết định số 17/2010/QĐ-UBND ngày 20/8/2010 của UBND tỉnh.
Ban đầu có 43 hộ không đồng ý vì cho rằng giá bồi thường thấp và lo không có việc làm. Từ kiến nghị của nhân dân, chủ đầu tư đồng ý mỗi sào được hỗ trợ thêm 12 triệu đồng và cam kết tuyển dụng ưu tiên lao động của xã. Tổng số tiền đã chi trả hơn 97 tỷ đồng.
Ông Phạm Văn Huề, Bí thư Chi bộ kiêm Trưởng thôn Phi Liệt, kể: "Có nhà tôi đến 7 lần mới được nghe hết câu chuyện. Dân không đồng ý vì chưa hiểu, hiểu rồi thì họ ủng hộ". Bà Nguyễn Thị Thoa, Chủ tịch Hội Liên hiệp Phụ nữ xã, cùng các hội viên vận động được 18 hộ là hội viên nhận tiền trong tuần đầu tiên.
Đến nay còn 9 hộ chưa nhận tiền do có tranh chấp thừa kế; xã đã tổ chức hòa giải 4 vụ, phối hợp với Tòa án huyện hướng dẫn người dân làm thủ tục. Ông Đào Duy Thắng, Phó Chủ tịch UBND xã, cho biết xã đang lập danh sách 312 lao động có nhu cầu học nghề để giới thiệu cho doanh nghiệp. Xã cũng đề nghị chủ đầu tư sớm xây dựng đường gom, mương thoát nước để không ảnh hưởng sản xuất của các cánh đồng lân cận.
Bài học rút ra là phải thực hiện tốt Quy chế dân chủ ở cơ sở, "dân biết, dân bàn, dân làm, dân kiểm tra", cán bộ phải gương mẫu, công khai, minh bạch từ đầu. Đảng ủy xã sẽ tiếp tục chỉ đạo vận động các hộ còn lại, phấn đấu hoàn thành việc bàn giao mặt bằng trước ngày 30/9/2012.
Văn phòng Đảng ủy xã
Tin khác
- Hội nghị sơ kết 6 tháng đầu năm 2012 (12/07/2012)
- Ra mắt tổ hòa giải thôn Phi Liệt (21/06/2012)
- Xã Nghĩa Trụ đón bằng công nhận đạt chuẩn quốc gia về y tế (02/05/2012)
- Tổng vệ sinh môi trường hưởng ứng ngày Môi trường thế giới (05/06/2012)
- Đại hội Chi hội Nông dân thôn Phi Liệt (20/04/2012)
- Ra quân làm thủy lợi nội đồng vụ xuân (10/01/2012)
""", "2012-09-06", "Nghĩa Trụ: vận động 146 hộ bàn giao mặt bằng khu công nghiệp",
E("khac", None, None),
[P("Đỗ Văn Khánh", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Phạm Văn Huề", "Bí thư Chi bộ kiêm Trưởng thôn Phi Liệt"),
 P("Nguyễn Thị Thoa", "Chủ tịch Hội Liên hiệp Phụ nữ xã"),
 P("Đào Duy Thắng", "Phó Chủ tịch UBND xã")],
[Q("146 hộ dân", 146, "hộ dân"), Q("38,6 ha", 38.6, "ha"), Q("15 đảng viên", 15, "đảng viên"),
 Q("21 buổi họp dân", 21, "buổi họp dân"), Q("5 thôn", 5, "thôn"), Q("43 hộ", 43, "hộ"),
 Q("12 triệu đồng", 12000000, "đồng"), Q("hơn 97 tỷ đồng", 97000000000, "đồng", "over"),
 Q("18 hộ", 18, "hộ"), Q("9 hộ", 9, "hộ"), Q("4 vụ", 4, "vụ"), Q("312 lao động", 312, "lao động")],
[D("Nghị quyết", "12", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết số 12-NQ/ĐU của Đảng ủy xã"),
 D("Quyết định", "17", "2010/QĐ-UBND", "2010-08-20", "UBND tỉnh", "Quyết định số 17/2010/QĐ-UBND ngày 20/8/2010 của UBND tỉnh")],
[prov("Hưng Yên"), com("Nghĩa Trụ")],
["Cổng thông tin điện tử xã Nghĩa Trụ - huyện Văn Giang - tỉnh Hưng Yên", "Trang chủ > Tin tức > Tin hoạt động",
 "Cán bộ xã đến từng hộ dân tuyên truyền chính sách bồi thường.", "dân biết, dân bàn, dân làm, dân kiểm tra",
 "Quy chế dân chủ ở cơ sở", "Tòa án huyện"],
["Ngày đăng 06/09/2012 | 16:20", "gần 4 tháng", "tháng 8/2012", "7 lần", "tuần đầu tiên", "ngày 30/9/2012"]))
