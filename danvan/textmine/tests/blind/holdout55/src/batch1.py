from lib import *
PAGES = []

PAGES.append(page("b1277-laocai-bdv-tongket-2011", """
BÁO LÀO CAI ĐIỆN TỬ - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lào Cai
Trang chủ › Chính trị › Dân vận
Thứ Năm, 29/12/2011 - 09:30
Toàn cảnh hội nghị tổng kết. Ảnh: Minh Đức
Khối dân vận Lào Cai vận động nhân dân hiến hơn 46.000 m2 đất làm đường
(BLC) - Ngày 28/12, Ban Dân vận Tỉnh ủy Lào Cai tổ chức hội nghị tổng kết công tác dân vận năm 2011, triển khai nhiệm vụ năm 2012. Dự hội nghị có đồng chí Giàng A Pao, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh; đồng chí Vũ Thị Thanh Hương, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, cùng 64 đồng chí là lãnh đạo ban dân vận các huyện ủy, thành ủy, đảng ủy trực thuộc và Ủy ban MTTQ, các đoàn thể chính trị - xã hội tỉnh.
Năm 2011, Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chương trình hành động số 22-CTr/TU thực hiện Quyết định 290-QĐ/TW của Bộ Chính trị về Quy chế công tác dân vận của hệ thống chính trị; phối hợp sơ kết 3 năm thực hiện Chỉ thị 07-CT/TU ngày 14/4/2008 của Ban Thường vụ Tỉnh ủy về công tác vận động đồng bào Mông phát triển kinh tế, giữ gìn an ninh vùng biên giới.
Các cấp ủy, chính quyền và khối dân vận đã vận động nhân dân hiến hơn 46.000 m2 đất, đóng góp trên 12.500 ngày công và khoảng 3,4 tỷ đồng để làm 87 km đường giao thông nông thôn. Có 1.250 hộ đồng bào dân tộc thiểu số được hỗ trợ giống ngô, lúa lai, chuyển đổi cơ cấu cây trồng trên đất dốc. Trong năm, các cấp đã tiếp nhận 96 đơn thư, giải quyết 81 đơn, đạt 84,4%. Phong trào thi đua "Dân vận khéo" tiếp tục lan tỏa với 214 mô hình, điển hình được các cấp biểu dương.
Đồng chí Vũ Thị Thanh Hương phát biểu tại hội nghị.
Tại hội nghị, đồng chí Lù Văn Tỏa, HUV, Trưởng Ban Dân vận Huyện ủy Mường Khương, chia sẻ kinh nghiệm vận động đồng bào bỏ tục lệ lạc hậu trong việc cưới, việc tang. Ông Thào A Sểnh, Bí thư Đảng ủy xã Bản Lầu, đề nghị tỉnh quan tâm hỗ trợ các xã biên giới xây dựng tổ tự quản về an ninh trật tự, đồng thời có chế độ phụ cấp cho trưởng thôn, bản.
Phát biểu chỉ đạo, Phó Bí thư Tỉnh ủy Giàng A Pao ghi nhận những kết quả khối dân vận đạt được; đề nghị năm 2012 tiếp tục quán triệt Kết luận số 62-KL/TW ngày 8/12/2009 của Bộ Chính trị về tiếp tục đổi mới nội dung, phương thức hoạt động của Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội; chủ động nắm tình hình ở vùng đồng bào Mông, không để kẻ xấu lợi dụng vấn đề dân tộc, tôn giáo gây mất ổn định; gắn công tác dân vận với thực hiện các chương trình giảm nghèo nhanh và bền vững.
Trưởng Ban Dân vận Tỉnh ủy Vũ Thị Thanh Hương tiếp thu ý kiến chỉ đạo và yêu cầu các huyện ủy, thành ủy rà soát đội ngũ cán bộ làm công tác dân vận ở xã, nhất là ở 26 xã biên giới.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 15 tập thể và 27 cá nhân có thành tích xuất sắc. Đồng chí Hoàng Văn Thịnh, Phó Trưởng Ban Dân vận Tỉnh ủy, công bố quyết định khen thưởng.
Thu Hiền
Lượt xem: 1.204
Tin liên quan
- Bắc Hà: vận động đồng bào hiến đất mở đường liên thôn (20/12/2011)
- Sa Pa tổ chức hội nghị người có uy tín năm 2011 (14/12/2011)
- Mường Khương nhân rộng mô hình "Bản không có tội phạm" (02/12/2011)
- Tập huấn nghiệp vụ công tác dân vận cho cán bộ cơ sở (25/11/2011)
""", "2011-12-29", "Khối dân vận Lào Cai vận động nhân dân hiến hơn 46.000 m2 đất làm đường",
E("tong_ket", "2011", "2011-12-28"),
[P("Giàng A Pao", "Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Vũ Thị Thanh Hương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lù Văn Tỏa", "HUV", "Trưởng Ban Dân vận Huyện ủy Mường Khương"),
 P("Thào A Sểnh", "Bí thư Đảng ủy xã Bản Lầu"),
 P("Hoàng Văn Thịnh", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("64 đồng chí", 64, "đồng chí"), Q("hơn 46.000 m2", 46000, "m2", "over"),
 Q("trên 12.500 ngày công", 12500, "ngày công", "over"), Q("khoảng 3,4 tỷ đồng", 3400000000, "đồng", "approx"),
 Q("87 km", 87, "km"), Q("1.250 hộ đồng bào dân tộc thiểu số", 1250, "hộ đồng bào dân tộc thiểu số"),
 Q("96 đơn thư", 96, "đơn thư"), Q("81 đơn", 81, "đơn"), Q("84,4%", 84.4, "%"),
 Q("214 mô hình, điển hình", 214, "mô hình, điển hình"), Q("26 xã biên giới", 26, "xã biên giới"),
 Q("15 tập thể", 15, "tập thể"), Q("27 cá nhân", 27, "cá nhân")],
[D("Chương trình hành động", "22", "CTr/TU", None, "Ban Thường vụ Tỉnh ủy", "Chương trình hành động số 22-CTr/TU"),
 D("Quyết định", "290", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 290-QĐ/TW của Bộ Chính trị"),
 D("Chỉ thị", "07", "CT/TU", "2008-04-14", "Ban Thường vụ Tỉnh ủy", "Chỉ thị 07-CT/TU ngày 14/4/2008"),
 D("Kết luận", "62", "KL/TW", "2009-12-08", "Bộ Chính trị", "Kết luận số 62-KL/TW ngày 8/12/2009")],
[prov("Lào Cai"), com("Bản Lầu")],
["BÁO LÀO CAI ĐIỆN TỬ - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lào Cai", "Trang chủ › Chính trị › Dân vận",
 "Toàn cảnh hội nghị tổng kết. Ảnh: Minh Đức", "(BLC)", "Đồng chí Vũ Thị Thanh Hương phát biểu tại hội nghị.",
 "Dân vận khéo", "Lượt xem: 1.204"],
["Thứ Năm, 29/12/2011 - 09:30", "64 đồng chí", "năm 2011", "năm 2012", "3 năm", "Lượt xem: 1.204"]))

PAGES.append(page("b1278-nghean-mttq-giamsat-2012", """
CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH NGHỆ AN
Trang chủ >> Hoạt động Mặt trận >> Giám sát, phản biện xã hội
Cập nhật: 15:20, 18/09/2012 (GMT+7)
Đoàn giám sát làm việc tại xã Châu Hạnh. Ảnh: Hồng Nhung
Giám sát chính sách hỗ trợ nhà ở cho hộ nghèo tại huyện Quỳ Châu
Từ ngày 12 đến 14/9/2012, Đoàn giám sát của Ủy ban MTTQ tỉnh do bà Lê Thị Thu Hà, Phó Chủ tịch Ủy ban MTTQ tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách hỗ trợ hộ nghèo về nhà ở theo Quyết định số 167/2008/QĐ-TTg ngày 12/12/2008 của Thủ tướng Chính phủ tại huyện Quỳ Châu. Đây là một trong 3 nội dung giám sát năm 2012 theo Kế hoạch số 27/KH-MTTQ-BTT ngày 20/8/2012 của Ban Thường trực Ủy ban MTTQ tỉnh.
Theo báo cáo của UBND huyện, giai đoạn 2009 - 2012 toàn huyện có 1.846 hộ nghèo được hỗ trợ làm nhà ở với tổng kinh phí trên 26,5 tỷ đồng, trong đó vốn vay ưu đãi từ Ngân hàng Chính sách xã hội là 14,7 tỷ đồng. Đến nay đã có 1.792 căn nhà hoàn thành, đạt 97%; còn 54 hộ chưa làm xong nhà do thiếu vốn đối ứng hoặc chưa có đất ở ổn định.
Đoàn đã kiểm tra thực tế tại 4 xã Châu Hạnh, Châu Tiến, Châu Bính, Châu Thuận và làm việc với Ban Thường trực Ủy ban MTTQ huyện. Qua giám sát cho thấy, việc bình xét hộ được hỗ trợ cơ bản công khai, dân chủ, có sự tham gia của Ban Công tác Mặt trận ở các bản; đa số hộ dân sử dụng vốn đúng mục đích. Tuy nhiên, một số nhà được làm chưa bảo đảm chất lượng, việc thanh quyết toán ở một vài xã còn chậm.
Trao đổi với đoàn, ông Lang Văn Chiến, Phó Chủ tịch UBND huyện Quỳ Châu, cho biết là huyện nghèo theo Nghị quyết 30a/2008/NQ-CP của Chính phủ, nguồn lực của Quỳ Châu rất hạn chế, nhiều hộ đồng bào Thái ở vùng sâu phải vận chuyển vật liệu bằng sức người. Bà Lô Thị Kim Ngân, Chủ tịch Ủy ban MTTQ huyện, đề nghị tỉnh sớm bổ sung kinh phí cho các hộ chưa hoàn thành.
Tại xã Châu Bính, ông Vi Văn Sơn, Chủ tịch UBND xã, cho biết toàn xã có 212 hộ được hỗ trợ, Mặt trận và các đoàn thể đã huy động 1.100 ngày công giúp các hộ neo đơn dựng nhà.
Kết luận buổi giám sát, bà Lê Thị Thu Hà đề nghị UBND huyện chỉ đạo các xã rà soát, có phương án giúp các hộ còn khó khăn hoàn thành nhà ở trước mùa mưa lũ; công khai danh sách hộ được hỗ trợ tại nhà văn hóa các bản; phát huy vai trò giám sát của Ban Thanh tra nhân dân và Ban Công tác Mặt trận. Đoàn sẽ tổng hợp kiến nghị gửi UBND tỉnh Nghệ An và các sở, ngành liên quan.
Hồng Nhung
Số lượt xem: 532
Tin khác
- Mặt trận huyện Con Cuông phản biện dự thảo quy hoạch sử dụng đất (10/09/2012)
- Ra mắt 15 khu dân cư điển hình xây dựng nông thôn mới (05/09/2012)
- Tập huấn nghiệp vụ giám sát cho Ban Thanh tra nhân dân (28/08/2012)
- Quỹ "Vì người nghèo" tỉnh tiếp nhận 3,2 tỷ đồng ủng hộ (20/08/2012)
""", "2012-09-18", "Giám sát chính sách hỗ trợ nhà ở cho hộ nghèo tại huyện Quỳ Châu",
E("giam_sat", "2012", "2012-09-12"),
[P("Lê Thị Thu Hà", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lang Văn Chiến", "Phó Chủ tịch UBND huyện Quỳ Châu"),
 P("Lô Thị Kim Ngân", "Chủ tịch Ủy ban MTTQ huyện"),
 P("Vi Văn Sơn", "Chủ tịch UBND xã")],
[Q("3 nội dung giám sát", 3, "nội dung giám sát"), Q("1.846 hộ nghèo", 1846, "hộ nghèo"),
 Q("trên 26,5 tỷ đồng", 26500000000, "đồng", "over"), Q("14,7 tỷ đồng", 14700000000, "đồng"),
 Q("1.792 căn nhà", 1792, "căn nhà"), Q("97%", 97, "%"), Q("54 hộ", 54, "hộ"), Q("4 xã", 4, "xã"),
 Q("212 hộ", 212, "hộ"), Q("1.100 ngày công", 1100, "ngày công")],
[D("Quyết định", "167", "2008/QĐ-TTg", "2008-12-12", "Thủ tướng Chính phủ", "Quyết định số 167/2008/QĐ-TTg ngày 12/12/2008"),
 D("Kế hoạch", "27", "KH-MTTQ-BTT", "2012-08-20", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 27/KH-MTTQ-BTT ngày 20/8/2012"),
 D("Nghị quyết", "30a", "2008/NQ-CP", None, "Chính phủ", "Nghị quyết 30a/2008/NQ-CP của Chính phủ")],
[prov("Nghệ An"), com("Châu Hạnh"), com("Châu Tiến"), com("Châu Bính"), com("Châu Thuận")],
["CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH NGHỆ AN", "Trang chủ >> Hoạt động Mặt trận >> Giám sát, phản biện xã hội",
 "Đoàn giám sát làm việc tại xã Châu Hạnh. Ảnh: Hồng Nhung", "Ngân hàng Chính sách xã hội", "Ban Thanh tra nhân dân",
 "Số lượt xem: 532"],
["Cập nhật: 15:20, 18/09/2012 (GMT+7)", "giai đoạn 2009 - 2012", "năm 2012", "Số lượt xem: 532"]))

PAGES.append(page("b1279-camau-bdv-traoqua-khmer-2013", """
BÁO CÀ MAU ĐIỆN TỬ
Trang chủ / Xã hội / Chính sách xã hội
08:15 | 31/01/2013
Trao 500 phần quà Tết cho hộ nghèo đồng bào Khmer huyện Trần Văn Thời
Đồng chí Tô Thị Mỹ Xuyên trao quà cho hộ nghèo xã Khánh Bình Tây Bắc. Ảnh: Huỳnh Lâm
(CMO) Ngày 30/1, Ban Dân vận Tỉnh ủy phối hợp Ủy ban MTTQ Việt Nam tỉnh và Công ty Cổ phần Thủy sản Phú Tân trao 500 phần quà cho hộ nghèo đồng bào Khmer tại xã Khánh Bình Tây Bắc và xã Trần Hợi, huyện Trần Văn Thời, nhân dịp Tết Nguyên đán Quý Tỵ 2013.
Mỗi phần quà trị giá 400.000 đồng, gồm gạo, nước mắm, bánh kẹo và 200.000 đồng tiền mặt. Tổng trị giá quà tặng 200 triệu đồng, do doanh nghiệp tài trợ.
Tham dự buổi trao quà có đồng chí Tô Thị Mỹ Xuyên, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; ông Trương Hoàng Lâm, Phó Tổng Giám đốc Công ty Cổ phần Thủy sản Phú Tân; Đại đức Danh Minh Tâm, trụ trì chùa Cao Dân, cùng lãnh đạo Huyện ủy, UBND huyện Trần Văn Thời.
Theo báo cáo của Ban Dân vận Huyện ủy, toàn huyện hiện có 4.120 hộ đồng bào Khmer, trong đó 1.245 hộ nghèo và 386 hộ cận nghèo. Thời gian qua, thực hiện Quyết định số 74/2008/QĐ-TTg của Thủ tướng Chính phủ về hỗ trợ giải quyết đất ở, đất sản xuất và giải quyết việc làm cho đồng bào dân tộc thiểu số nghèo vùng đồng bằng sông Cửu Long, huyện đã hỗ trợ 312 hộ chuyển đổi nghề; nhiều hộ vươn lên nhờ nuôi tôm quảng canh, trồng lúa trên đất nuôi tôm.
Phát biểu tại buổi trao quà, đồng chí Tô Thị Mỹ Xuyên chúc bà con đón Tết vui tươi, đầm ấm; mong các sư sãi, người có uy tín tiếp tục vận động đồng bào đoàn kết, cho con em đến trường, giữ gìn bản sắc văn hóa dân tộc. Trưởng Ban Dân vận Tỉnh ủy cũng đề nghị chính quyền địa phương quan tâm chăm lo để không hộ nào thiếu Tết.
Ông Danh Sên, ấp Cây Dừa, xã Trần Hợi, xúc động: "Năm nay nhà tôi được quà sớm, có thêm tiền mua áo mới cho mấy đứa nhỏ".
Dịp này, Ban Dân vận Tỉnh ủy tặng 10 suất học bổng, mỗi suất 1 triệu đồng cho học sinh Khmer nghèo vượt khó; Công ty Cổ phần Thủy sản Phú Tân trao 2 căn nhà Đại đoàn kết cho 2 hộ đặc biệt khó khăn ở xã Khánh Bình Tây Bắc.
Theo Ban Dân vận Tỉnh ủy, dịp Tết Nguyên đán năm nay, các cấp, các ngành và các nhà hảo tâm trong tỉnh Cà Mau dự kiến trao khoảng 12.000 phần quà cho hộ nghèo, gia đình chính sách, trong đó có hơn 3.500 phần quà dành cho đồng bào Khmer ở các huyện Trần Văn Thời, Thới Bình, U Minh. Ban Dân vận Tỉnh ủy cũng phân công lãnh đạo Ban đi thăm, chúc Tết các chùa Khmer và người có uy tín trong đồng bào.
Huỳnh Lâm
Lượt đọc: 689
Tin liên quan
- U Minh: trao 300 phần quà Tết cho hộ chính sách (29/01/2013)
- Lãnh đạo tỉnh thăm, chúc Tết chùa Khmer (25/01/2013)
- Hội nghị người có uy tín đồng bào Khmer năm 2012 (18/12/2012)
""", "2013-01-31", "Trao 500 phần quà Tết cho hộ nghèo đồng bào Khmer huyện Trần Văn Thời",
E("trao_qua", None, "2013-01-30"),
[P("Tô Thị Mỹ Xuyên", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trương Hoàng Lâm", "Phó Tổng Giám đốc Công ty Cổ phần Thủy sản Phú Tân"),
 P("Danh Minh Tâm", "Đại đức", "trụ trì chùa Cao Dân"),
 P("Danh Sên")],
[Q("500 phần quà", 500, "phần quà"), Q("400.000 đồng", 400000, "đồng"), Q("200.000 đồng", 200000, "đồng"),
 Q("200 triệu đồng", 200000000, "đồng"), Q("4.120 hộ đồng bào Khmer", 4120, "hộ đồng bào Khmer"),
 Q("1.245 hộ nghèo", 1245, "hộ nghèo"), Q("386 hộ cận nghèo", 386, "hộ cận nghèo"), Q("312 hộ", 312, "hộ"),
 Q("10 suất học bổng", 10, "suất học bổng"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("khoảng 12.000 phần quà", 12000, "phần quà", "approx"), Q("hơn 3.500 phần quà", 3500, "phần quà", "over"),
 Q("2 căn nhà Đại đoàn kết", 2, "căn nhà Đại đoàn kết"), Q("2 hộ đặc biệt khó khăn", 2, "hộ đặc biệt khó khăn")],
[D("Quyết định", "74", "2008/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 74/2008/QĐ-TTg của Thủ tướng Chính phủ")],
[prov("Cà Mau"), com("Khánh Bình Tây Bắc"), com("Trần Hợi")],
["BÁO CÀ MAU ĐIỆN TỬ", "Trang chủ / Xã hội / Chính sách xã hội",
 "Đồng chí Tô Thị Mỹ Xuyên trao quà cho hộ nghèo xã Khánh Bình Tây Bắc. Ảnh: Huỳnh Lâm", "(CMO)",
 "Công ty Cổ phần Thủy sản Phú Tân", "chùa Cao Dân", "ấp Cây Dừa", "Lượt đọc: 689"],
["08:15 | 31/01/2013", "Tết Nguyên đán Quý Tỵ 2013", "Lượt đọc: 689"]))

PAGES.append(page("b1280-quangnam-mttq-daihoi-nuithanh-2014", """
BÁO QUẢNG NAM ONLINE
Thời sự - Chính trị » Mặt trận - Đoàn thể
Thứ Bảy, 16/08/2014 | 10:45
Đại hội đại biểu MTTQ Việt Nam huyện Núi Thành lần thứ X
Quang cảnh đại hội. Ảnh: Văn Sự
(QNO) - Ngày 15/8, Ủy ban MTTQ Việt Nam huyện Núi Thành tổ chức Đại hội đại biểu MTTQ Việt Nam huyện lần thứ X, nhiệm kỳ 2014 - 2019. Về dự có các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Trần Văn Mai, Phan Thị Hồng Loan; đồng chí Lê Văn Thạnh, Tỉnh ủy viên, Bí thư Huyện ủy Núi Thành, cùng 245 đại biểu đại diện cho hơn 38.000 hộ gia đình trong toàn huyện.
Nhiệm kỳ 2009 - 2014, Mặt trận các cấp trong huyện đã vận động Quỹ "Vì người nghèo" được trên 9,6 tỷ đồng, xây dựng và sửa chữa 412 nhà Đại đoàn kết, giúp 2.315 hộ thoát nghèo; tỷ lệ hộ nghèo giảm từ 21,3% xuống còn 9,8%. Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" được triển khai sâu rộng, có 92% khu dân cư đạt danh hiệu khu dân cư văn hóa. Nhân dân đóng góp gần 18 tỷ đồng và hiến 27.600 m2 đất để làm đường, kênh mương nội đồng.
Hoạt động giám sát, phản biện xã hội bước đầu đi vào nề nếp. Ngay sau khi Bộ Chính trị ban hành Quyết định 217, 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị về giám sát, phản biện xã hội và góp ý xây dựng Đảng, xây dựng chính quyền, Ban Thường trực Ủy ban MTTQ huyện đã tham mưu Ban Thường vụ Huyện ủy ban hành Kế hoạch số 46-KH/HU ngày 5/3/2014 triển khai thực hiện; tổ chức 14 cuộc giám sát về bồi thường, giải phóng mặt bằng trong Khu kinh tế mở Chu Lai.
Ông Huỳnh Văn Bảy, Trưởng Ban Công tác Mặt trận thôn 4, xã Tam Xuân 1, chia sẻ: thôn đã vận động 36 hộ tự nguyện di dời, bàn giao mặt bằng cho dự án mà không có đơn thư khiếu kiện.
Phát biểu chỉ đạo, đồng chí Trần Văn Mai ghi nhận Núi Thành là một trong những địa phương dẫn đầu phong trào thi đua của Mặt trận tỉnh Quảng Nam; đề nghị Mặt trận huyện tiếp tục quán triệt Nghị quyết số 25-NQ/TW ngày 3/6/2013 của Ban Chấp hành Trung ương (khóa XI) về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới; nâng cao chất lượng giám sát, nhất là việc thực hiện Quy chế dân chủ ở cơ sở; quan tâm chăm lo cho người dân vùng tái định cư.
Đại hội đã hiệp thương cử 47 vị vào Ủy ban MTTQ Việt Nam huyện khóa X. Tại hội nghị lần thứ nhất, ông Nguyễn Tấn Phúc được hiệp thương tiếp tục giữ chức Chủ tịch Ủy ban MTTQ Việt Nam huyện. Đại hội cũng hiệp thương cử 12 đại biểu đi dự Đại hội đại biểu MTTQ Việt Nam tỉnh lần thứ X.
Văn Sự
Lượt xem: 418
Các tin khác
- Đại hội MTTQ Việt Nam huyện Phú Ninh nhiệm kỳ 2014 - 2019 (14/08/2014)
- Tam Kỳ: hiệp thương cử 51 vị vào Ủy ban MTTQ thành phố (12/08/2014)
- Đại hội điểm MTTQ cấp xã tại Điện Bàn (25/06/2014)
- Mặt trận tỉnh giám sát việc thu hồi đất tại Chu Lai (10/06/2014)
""", "2014-08-16", "Đại hội đại biểu MTTQ Việt Nam huyện Núi Thành lần thứ X",
E("dai_hoi", None, "2014-08-15"),
[P("Trần Văn Mai", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phan Thị Hồng Loan", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Văn Thạnh", "Tỉnh ủy viên", "Bí thư Huyện ủy Núi Thành"),
 P("Huỳnh Văn Bảy", "Trưởng Ban Công tác Mặt trận thôn 4"),
 P("Nguyễn Tấn Phúc", "Chủ tịch Ủy ban MTTQ Việt Nam huyện")],
[Q("245 đại biểu", 245, "đại biểu"), Q("hơn 38.000 hộ gia đình", 38000, "hộ gia đình", "over"),
 Q("trên 9,6 tỷ đồng", 9600000000, "đồng", "over"), Q("412 nhà Đại đoàn kết", 412, "nhà Đại đoàn kết"),
 Q("2.315 hộ", 2315, "hộ"), Q("21,3%", 21.3, "%"), Q("9,8%", 9.8, "%"), Q("92%", 92, "%"),
 Q("gần 18 tỷ đồng", 18000000000, "đồng", "approx"), Q("27.600 m2", 27600, "m2"),
 Q("14 cuộc giám sát", 14, "cuộc giám sát"), Q("36 hộ", 36, "hộ"), Q("47 vị", 47, "vị"), Q("12 đại biểu", 12, "đại biểu")],
[D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW ngày 12/12/2013"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW ngày 12/12/2013"),
 D("Kế hoạch", "46", "KH/HU", "2014-03-05", "Ban Thường vụ Huyện ủy", "Kế hoạch số 46-KH/HU ngày 5/3/2014"),
 D("Nghị quyết", "25", "NQ/TW", "2013-06-03", "Ban Chấp hành Trung ương", "Nghị quyết số 25-NQ/TW ngày 3/6/2013")],
[prov("Quảng Nam"), com("Tam Xuân 1")],
["BÁO QUẢNG NAM ONLINE", "Thời sự - Chính trị » Mặt trận - Đoàn thể", "Quang cảnh đại hội. Ảnh: Văn Sự", "(QNO)",
 "Vì người nghèo", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Khu kinh tế mở Chu Lai",
 "Quy chế dân chủ ở cơ sở", "Lượt xem: 418"],
["Thứ Bảy, 16/08/2014 | 10:45", "lần thứ X", "nhiệm kỳ 2014 - 2019", "Nhiệm kỳ 2009 - 2014", "khóa XI", "khóa X",
 "lần thứ nhất", "Lượt xem: 418"]))

PAGES.append(page("b1281-hanoi-bdv-giaoban-q3-2015", """
hanoimoi.com.vn | Báo Hànộimới - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam thành phố Hà Nội
Bạn đang ở: Trang chủ > Chính trị > Dân vận
08/10/2015 - 16:40
Nâng cao hiệu quả công tác dân vận trong giải phóng mặt bằng
Đồng chí Phùng Thị Minh Nguyệt chủ trì giao ban.
(HNM) - Chiều 7/10, Ban Dân vận Thành ủy Hà Nội tổ chức giao ban khối dân vận quý III/2015, triển khai nhiệm vụ quý IV. Đồng chí Phùng Thị Minh Nguyệt, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Dân vận Thành ủy chủ trì. Cùng dự có các đồng chí Phó Trưởng Ban Dân vận Thành ủy: Lưu Minh Hải, Đặng Thị Thu Trang; đồng chí Nguyễn Văn Đức, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố.
Báo cáo tại hội nghị cho biết, trong quý III, khối dân vận các cấp đã tập trung tuyên truyền, vận động nhân dân tham gia đại hội đảng bộ các cấp nhiệm kỳ 2015 - 2020 và thực hiện Chỉ thị số 04-CT/TU ngày 2/7/2015 của Thành ủy về tăng cường công tác dân vận trong giải phóng mặt bằng các dự án trọng điểm. Các quận, huyện, thị xã đã vận động 1.326 hộ dân bàn giao mặt bằng cho 58 dự án; người đứng đầu cấp ủy, chính quyền đã tiếp 418 lượt công dân, tổ chức 35 hội nghị đối thoại trực tiếp với nhân dân.
Ban Dân vận Thành ủy đã ban hành Kế hoạch 72, 73-KH/BDVTU về kiểm tra việc thực hiện Quy chế dân chủ ở cơ sở tại 12 quận, huyện và hướng dẫn xây dựng mô hình "Dân vận khéo" năm 2015; phối hợp Ban cán sự đảng UBND thành phố sơ kết 2 năm thực hiện Quy chế phối hợp số 08-QCPH/BDVTU-BCSĐ về công tác dân vận chính quyền. Toàn thành phố hiện có 1.520 mô hình "Dân vận khéo", tăng 184 mô hình so với đầu năm.
Tại giao ban, đồng chí Đỗ Hồng Quân, Quận ủy viên, Trưởng Ban Dân vận Quận ủy Long Biên, cho biết tại phường Phúc Đồng và phường Cự Khối, quận đã thành lập tổ công tác gồm cán bộ dân vận, Mặt trận và trưởng tổ dân phố, "đến từng nhà" vận động các hộ nhận tiền bồi thường; đến nay 96% số hộ đã bàn giao mặt bằng. Đồng chí Khuất Văn Lâm, Phó Bí thư Thường trực Huyện ủy, Trưởng Ban Dân vận Huyện ủy Thạch Thất, đề nghị thành phố sớm có cơ chế hỗ trợ các hộ tái định cư chuyển đổi nghề.
Kết luận hội nghị, Trưởng Ban Dân vận Thành ủy Phùng Thị Minh Nguyệt yêu cầu quý IV các cơ quan tham mưu thành phố tổng kết 5 năm thực hiện Chương trình hành động số 12-CTr/TU của Thành ủy về công tác dân vận; nắm chắc tình hình, giải quyết dứt điểm các vụ việc phức tạp, không để phát sinh điểm nóng trước Đại hội Đảng bộ thành phố lần thứ XVI.
Minh Phương
Lượt xem: 2.317
Tin liên quan
- Hoàng Mai: biểu dương 45 mô hình "Dân vận khéo" (30/09/2015)
- Đối thoại với nhân dân về giải phóng mặt bằng tuyến đường vành đai 3 (22/09/2015)
- Giao ban khối dân vận quý II/2015 (08/07/2015)
- Tập huấn công tác dân vận chính quyền cho cán bộ phường (26/06/2015)
""", "2015-10-08", "Nâng cao hiệu quả công tác dân vận trong giải phóng mặt bằng",
E("giao_ban", "2015-Q3", "2015-10-07"),
[P("Phùng Thị Minh Nguyệt", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Dân vận Thành ủy"),
 P("Lưu Minh Hải", "Phó Trưởng Ban Dân vận Thành ủy"),
 P("Đặng Thị Thu Trang", "Phó Trưởng Ban Dân vận Thành ủy"),
 P("Nguyễn Văn Đức", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Đỗ Hồng Quân", "Quận ủy viên", "Trưởng Ban Dân vận Quận ủy Long Biên"),
 P("Khuất Văn Lâm", "Phó Bí thư Thường trực Huyện ủy", "Trưởng Ban Dân vận Huyện ủy Thạch Thất")],
[Q("1.326 hộ dân", 1326, "hộ dân"), Q("58 dự án", 58, "dự án"), Q("418 lượt công dân", 418, "lượt công dân"),
 Q("35 hội nghị đối thoại trực tiếp", 35, "hội nghị đối thoại trực tiếp"), Q("12 quận, huyện", 12, "quận, huyện"),
 Q("1.520 mô hình", 1520, "mô hình"), Q("184 mô hình", 184, "mô hình"), Q("96%", 96, "%")],
[D("Chỉ thị", "04", "CT/TU", "2015-07-02", "Thành ủy", "Chỉ thị số 04-CT/TU ngày 2/7/2015 của Thành ủy"),
 D("Kế hoạch", "72", "KH/BDVTU", None, "Ban Dân vận Thành ủy", "Kế hoạch 72, 73-KH/BDVTU"),
 D("Kế hoạch", "73", "KH/BDVTU", None, "Ban Dân vận Thành ủy", "Kế hoạch 72, 73-KH/BDVTU"),
 D("Quy chế phối hợp", "08", "QCPH/BDVTU-BCSĐ", None, None, "Quy chế phối hợp số 08-QCPH/BDVTU-BCSĐ"),
 D("Chương trình hành động", "12", "CTr/TU", None, "Thành ủy", "Chương trình hành động số 12-CTr/TU của Thành ủy")],
[prov("Hà Nội"), com("Phúc Đồng"), com("Cự Khối")],
["hanoimoi.com.vn | Báo Hànộimới - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam thành phố Hà Nội",
 "Bạn đang ở: Trang chủ > Chính trị > Dân vận", "Đồng chí Phùng Thị Minh Nguyệt chủ trì giao ban.", "(HNM)",
 "Dân vận khéo", "Quy chế dân chủ ở cơ sở", "đến từng nhà", "Lượt xem: 2.317"],
["08/10/2015 - 16:40", "quý III/2015", "quý IV", "nhiệm kỳ 2015 - 2020", "2 năm", "5 năm", "lần thứ XVI",
 "năm 2015", "Lượt xem: 2.317"]))

PAGES.append(page("b1282-daklak-huyenuy-doithoai-nongdan-2016", """
BÁO ĐẮK LẮK ĐIỆN TỬ
Chính trị › Xây dựng Đảng
Ngày đăng 27/10/2016 | 15:05
Bí thư Huyện ủy Krông Pắc đối thoại với nông dân
Nông dân nêu ý kiến tại hội nghị đối thoại. Ảnh: H.Gia
Ngày 25/10, Ban Thường vụ Huyện ủy Krông Pắc phối hợp với Hội Nông dân huyện tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy với hội viên, nông dân năm 2016. Đồng chí Nguyễn Văn Lịch, Tỉnh ủy viên, Bí thư Huyện ủy chủ trì hội nghị. Tham dự có đồng chí H'Yâm Mlô, HUV, Trưởng Ban Dân vận Huyện ủy; ông Y Thoang Ayun, Chủ tịch Hội Nông dân huyện và 210 hội viên nông dân tiêu biểu đến từ 16 xã, thị trấn.
Hội nghị được tổ chức theo Chỉ thị số 06-CT/TU ngày 15/1/2016 của Ban Thường vụ Tỉnh ủy về việc người đứng đầu cấp ủy, chính quyền tiếp dân, đối thoại trực tiếp với nhân dân, và triển khai Kết luận số 61-KL/TW ngày 3/12/2009 của Ban Bí thư về nâng cao vai trò, trách nhiệm của Hội Nông dân Việt Nam trong phát triển nông nghiệp, xây dựng nông thôn mới.
Tại hội nghị, 23 ý kiến của nông dân tập trung vào giá cà phê xuống thấp, tái canh cà phê, vốn vay, giá vật tư phân bón và tình trạng thiếu nước tưới mùa khô. Ông Y Kuăn Niê, ở buôn Ea Kmar, xã Ea Kly, phản ánh nhiều hộ đồng bào muốn tái canh nhưng thiếu vốn, đề nghị nâng mức cho vay tín chấp qua Hội Nông dân lên 100 triệu đồng. Bà H'Bliên Ênuôl, người có uy tín buôn Kô Kiêm, xã Ea Knuếc, kiến nghị sửa chữa đập thủy lợi của buôn đã xuống cấp. Ông Trần Văn Hùng (xã Ea Yông) hỏi về việc cấp giấy chứng nhận quyền sử dụng đất cho các hộ ở khu quy hoạch cũ.
Trả lời các ý kiến, đồng chí Nguyễn Văn Lịch cho biết toàn huyện có trên 24.000 ha cà phê, là một trong những vùng cà phê lớn của Đắk Lắk; trong đó khoảng 3.200 ha già cỗi cần tái canh. Năm 2016, các ngân hàng trên địa bàn đã giải ngân 12,5 tỷ đồng cho 640 hộ vay vốn tái canh. Huyện sẽ đề nghị tỉnh bố trí vốn sửa chữa 5 công trình thủy lợi nhỏ trong năm 2017, trong đó có đập buôn Kô Kiêm; đồng thời chỉ đạo phòng Tài nguyên và Môi trường rà soát, cấp giấy chứng nhận cho các hộ đủ điều kiện trước ngày 31/12.
Bí thư Huyện ủy Nguyễn Văn Lịch đề nghị Hội Nông dân các cấp tiếp tục vận động hội viên liên kết sản xuất cà phê bền vững, không chạy theo phong trào chặt cà phê trồng cây khác; Ban Dân vận Huyện ủy theo dõi, đôn đốc việc giải quyết các kiến nghị sau đối thoại và báo cáo Ban Thường vụ Huyện ủy.
Hoàng Gia
Lượt xem: 745
Tin liên quan
- Buôn Đôn: đối thoại với người có uy tín trong đồng bào dân tộc thiểu số (20/10/2016)
- Ea H'leo ra mắt mô hình "Buôn làng tự quản" (12/10/2016)
- Ban Dân vận Tỉnh ủy giao ban khối dân vận 9 tháng (05/10/2016)
""", "2016-10-27", "Bí thư Huyện ủy Krông Pắc đối thoại với nông dân",
E("doi_thoai", "2016", "2016-10-25"),
[P("Nguyễn Văn Lịch", "Tỉnh ủy viên", "Bí thư Huyện ủy"),
 P("H'Yâm Mlô", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Y Thoang Ayun", "Chủ tịch Hội Nông dân huyện"),
 P("Y Kuăn Niê"),
 P("H'Bliên Ênuôl", "người có uy tín buôn Kô Kiêm"),
 P("Trần Văn Hùng")],
[Q("210 hội viên nông dân tiêu biểu", 210, "hội viên nông dân tiêu biểu"), Q("16 xã, thị trấn", 16, "xã, thị trấn"),
 Q("23 ý kiến", 23, "ý kiến"), Q("100 triệu đồng", 100000000, "đồng"), Q("trên 24.000 ha", 24000, "ha", "over"),
 Q("khoảng 3.200 ha", 3200, "ha", "approx"), Q("12,5 tỷ đồng", 12500000000, "đồng"), Q("640 hộ", 640, "hộ"),
 Q("5 công trình thủy lợi nhỏ", 5, "công trình thủy lợi nhỏ")],
[D("Chỉ thị", "06", "CT/TU", "2016-01-15", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 06-CT/TU ngày 15/1/2016"),
 D("Kết luận", "61", "KL/TW", "2009-12-03", "Ban Bí thư", "Kết luận số 61-KL/TW ngày 3/12/2009")],
[prov("Đắk Lắk"), com("Ea Kly"), com("Ea Knuếc"), com("Ea Yông")],
["BÁO ĐẮK LẮK ĐIỆN TỬ", "Chính trị › Xây dựng Đảng", "Nông dân nêu ý kiến tại hội nghị đối thoại. Ảnh: H.Gia",
 "buôn Ea Kmar", "Lượt xem: 745"],
["Ngày đăng 27/10/2016 | 15:05", "năm 2016", "năm 2017", "Lượt xem: 745"]))
