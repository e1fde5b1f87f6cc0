from lib import *
PAGES = []

PAGES.append(page("b3197-nghean-mttq-gopy-luatkhieunai-2011", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH NGHỆ AN
Trang chủ » Hoạt động Mặt trận » Giám sát - Phản biện
Thứ Sáu, 15/04/2011 - 16:20
Ảnh: Quang cảnh hội nghị góp ý.
Góp ý dự thảo Luật Khiếu nại và dự thảo Luật Tố cáo
Chiều 14/4, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Nghệ An tổ chức hội nghị lấy ý kiến góp ý vào dự thảo Luật Khiếu nại và dự thảo Luật Tố cáo. Đồng chí Hồ Đức Phớc, Phó Chủ tịch Ủy ban MTTQ tỉnh chủ trì. Dự hội nghị có hơn 60 đại biểu là luật gia, cán bộ hưu trí, đại diện các tổ chức thành viên và Ban Thanh tra nhân dân một số xã.
Thực hiện Hướng dẫn số 36/HD-MTTW-BTT ngày 22/3/2011 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam, Mặt trận tỉnh đã gửi dự thảo đến 20 huyện, thành, thị và tổ chức 3 hội nghị chuyên đề. Các đại biểu cơ bản nhất trí với sự cần thiết ban hành hai luật thay thế Luật Khiếu nại, tố cáo hiện hành, đồng thời đề nghị làm rõ thời hạn giải quyết khiếu nại lần hai ở vùng sâu, vùng xa.
Luật sư Nguyễn Văn Thắng, Phó Chủ nhiệm Đoàn Luật sư tỉnh, cho rằng dự thảo cần quy định rõ trách nhiệm của người đứng đầu khi để đơn thư tồn đọng, kéo dài. Ông Lô Văn Pọm, Trưởng ban Thanh tra nhân dân xã Châu Kim, phản ánh trong năm 2010 xã nhận 14 đơn, có 9 đơn khiếu nại về đất đai, nhiều người dân tộc Thái chưa biết viết đơn đúng mẫu, đề nghị bổ sung quy định hướng dẫn khiếu nại bằng lời nói. Bà Vi Thị Hoa, Chủ tịch Hội LHPN huyện Quế Phong, đề nghị bảo vệ người tố cáo, nhất là phụ nữ.
Theo báo cáo của Ban Dân chủ - Pháp luật, qua các hội nghị ở cơ sở đã có 1.245 lượt người tham gia, thu được 318 ý kiến góp ý, trong đó khoảng 40% ý kiến tập trung vào trình tự giải quyết khiếu nại. Kinh phí tổ chức lấy ý kiến từ nguồn ngân sách tỉnh là 45 triệu đồng.
Kết luận hội nghị, đồng chí Hồ Đức Phớc đề nghị Ban Dân chủ - Pháp luật tiếp thu đầy đủ, tổng hợp gửi Ủy ban Trung ương MTTQ Việt Nam trước ngày 25/4; đồng thời tiếp tục thực hiện Nghị quyết liên tịch số 05/2005/NQLT-BNV-UBTWMTTQVN về hoạt động của Ban Thanh tra nhân dân ở xã, phường, thị trấn.
Nhiều đại biểu cho rằng việc lấy ý kiến nhân dân vào các dự án luật là dịp để người dân hiểu rõ hơn quyền và nghĩa vụ của mình, đồng thời giúp cơ quan soạn thảo nắm được những vướng mắc thực tế ở cơ sở. Tuy nhiên, thời gian gửi dự thảo về xã còn ngắn, tài liệu dày, cán bộ Mặt trận cơ sở chưa được tập huấn nên việc tổ chức góp ý ở một số nơi còn hình thức, chủ yếu đọc dự thảo rồi đề nghị nhất trí.
Trần Hằng
Lượt xem: 412
Tin liên quan
- Mặt trận huyện Nghi Lộc giám sát việc bồi thường giải phóng mặt bằng (08/04/2011)
- Hội nghị Ủy ban MTTQ tỉnh lần thứ 5, khóa VII (30/03/2011)
- 21 xã ra mắt Ban Thanh tra nhân dân nhiệm kỳ mới (18/03/2011)
- Góp ý dự thảo Luật Giám định tư pháp (02/03/2011)
""", "2011-04-15", "Góp ý dự thảo Luật Khiếu nại và dự thảo Luật Tố cáo",
E("hoi_nghi", None, "2011-04-14"),
[P("Hồ Đức Phớc", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Nguyễn Văn Thắng", "Luật sư", "Phó Chủ nhiệm Đoàn Luật sư tỉnh"),
 P("Lô Văn Pọm", "Trưởng ban Thanh tra nhân dân xã Châu Kim"),
 P("Vi Thị Hoa", "Chủ tịch Hội LHPN huyện Quế Phong")],
[Q("hơn 60 đại biểu", 60, "đại biểu", "over"), Q("20 huyện, thành, thị", 20, "huyện, thành, thị"),
 Q("3 hội nghị chuyên đề", 3, "hội nghị chuyên đề"), Q("14 đơn", 14, "đơn"), Q("9 đơn khiếu nại", 9, "đơn khiếu nại"),
 Q("1.245 lượt người", 1245, "lượt người"), Q("318 ý kiến", 318, "ý kiến"), Q("khoảng 40%", 40, "%", "approx"),
 Q("45 triệu đồng", 45000000, "đồng")],
[D("Hướng dẫn", "36", "HD-MTTW-BTT", "2011-03-22", "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 36/HD-MTTW-BTT ngày 22/3/2011"),
 D("Nghị quyết liên tịch", "05", "2005/NQLT-BNV-UBTWMTTQVN", None, None, "Nghị quyết liên tịch số 05/2005/NQLT-BNV-UBTWMTTQVN")],
[prov("Nghệ An"), com("Châu Kim")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH NGHỆ AN", "Trang chủ » Hoạt động Mặt trận » Giám sát - Phản biện",
 "Ảnh: Quang cảnh hội nghị góp ý.", "Luật Khiếu nại, tố cáo", "Lượt xem: 412", "Ban Dân chủ - Pháp luật"],
["Thứ Sáu, 15/04/2011 - 16:20", "năm 2010", "Lượt xem: 412", "lần hai"]))

PAGES.append(page("b3198-laocai-mttq-tongket-hienphap-2013", """
Cổng thông tin điện tử tỉnh Lào Cai
Tin tức > Chính trị > Mặt trận - Đoàn thể
Cập nhật: 09:42, 04/04/2013 (GMT+7)
Lào Cai: hơn 215 nghìn lượt ý kiến góp ý dự thảo sửa đổi Hiến pháp
Ngày 3/4/2013, Ủy ban MTTQ Việt Nam tỉnh Lào Cai tổ chức hội nghị tổng kết công tác lấy ý kiến nhân dân về dự thảo sửa đổi Hiến pháp năm 1992. Đồng chí Sùng Thị Chứ, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ tỉnh chủ trì hội nghị.
Đồng chí Sùng Thị Chứ phát biểu tại hội nghị. Ảnh: Hữu Thắng
Thực hiện Nghị quyết số 38/2012/QH13 ngày 23/11/2012 của Quốc hội và Kế hoạch số 05-KH/TU của Ban Thường vụ Tỉnh ủy, từ ngày 2/1 đến 31/3/2013 Mặt trận các cấp đã phối hợp tổ chức 2.318 hội nghị ở thôn, bản, tổ dân phố với hơn 215 nghìn lượt ý kiến góp ý; 164/164 xã, phường, thị trấn hoàn thành việc lấy ý kiến. Riêng Ủy ban MTTQ tỉnh tổ chức 4 hội nghị chuyên đề cho trí thức, chức sắc tôn giáo, người có uy tín và cựu chiến binh.
Theo báo cáo, 98,6% ý kiến đồng tình với việc tiếp tục khẳng định vai trò lãnh đạo của Đảng tại Điều 4; nhiều ý kiến đề nghị quy định rõ hơn quyền của đồng bào dân tộc thiểu số được dùng tiếng nói, chữ viết của dân tộc mình. Tổng kinh phí cho đợt lấy ý kiến khoảng 1,2 tỷ đồng.
Tại hội nghị, ông Lù Văn Páo, người có uy tín thôn Nậm Chày, xã Nậm Chày, cho biết bà con người Dao được cán bộ đọc dự thảo bằng tiếng Dao nên hiểu và góp ý sôi nổi. Bà Hoàng Thị Mỷ, Chủ tịch Ủy ban MTTQ huyện Bắc Hà, đề nghị sau mỗi đợt lấy ý kiến cần thông tin lại cho nhân dân những ý kiến đã được tiếp thu. Đồng chí Lương Văn Đức, Phó Chủ tịch Ủy ban MTTQ tỉnh báo cáo việc tổng hợp ý kiến gửi Ủy ban dự thảo sửa đổi Hiến pháp.
Dịp này, Ủy ban MTTQ tỉnh tặng bằng khen cho 15 tập thể và 27 cá nhân có thành tích trong đợt lấy ý kiến.
Đánh giá chung, đợt lấy ý kiến được tổ chức nghiêm túc, dân chủ, công khai, thu hút đông đảo các tầng lớp nhân dân tham gia, kể cả ở những thôn, bản vùng cao, biên giới. Nhiều nơi đã sáng tạo hình thức phát thanh dự thảo bằng tiếng dân tộc trên loa truyền thanh, in tài liệu tóm tắt phát đến tận hộ gia đình. Bên cạnh đó, một số ý kiến còn chung chung, chưa đi vào nội dung cụ thể của từng điều khoản; việc tổng hợp ở cấp xã có nơi chậm, chưa phân loại được ý kiến theo chủ đề. Hội nghị cũng chỉ ra một số bài học kinh nghiệm về phối hợp giữa Mặt trận với chính quyền và các tổ chức thành viên trong tổ chức lấy ý kiến ở vùng đồng bào dân tộc thiểu số.
Minh Anh
Các tin khác
- Bảo Yên: giám sát việc thực hiện chính sách đối với người có uy tín (28/03/2013)
- Mặt trận tỉnh triển khai nhiệm vụ năm 2013 (15/01/2013)
- Sa Pa: hơn 3.000 lượt người góp ý dự thảo Hiến pháp (11/03/2013)
""", "2013-04-04", "Lào Cai: hơn 215 nghìn lượt ý kiến góp ý dự thảo sửa đổi Hiến pháp",
E("tong_ket", None, "2013-04-03"),
[P("Sùng Thị Chứ", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lù Văn Páo", "người có uy tín thôn Nậm Chày"),
 P("Hoàng Thị Mỷ", "Chủ tịch Ủy ban MTTQ huyện Bắc Hà"),
 P("Lương Văn Đức", "Phó Chủ tịch Ủy ban MTTQ tỉnh")],
[Q("hơn 215 nghìn lượt ý kiến", 215000, "lượt ý kiến", "over"), Q("2.318 hội nghị", 2318, "hội nghị"),
 Q("164/164 xã, phường, thị trấn", 164, "xã, phường, thị trấn"), Q("4 hội nghị chuyên đề", 4, "hội nghị chuyên đề"),
 Q("98,6%", 98.6, "%"), Q("khoảng 1,2 tỷ đồng", 1200000000, "đồng", "approx"),
 Q("15 tập thể", 15, "tập thể"), Q("27 cá nhân", 27, "cá nhân")],
[D("Nghị quyết", "38", "2012/QH13", "2012-11-23", "Quốc hội", "Nghị quyết số 38/2012/QH13 ngày 23/11/2012"),
 D("Kế hoạch", "05", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 05-KH/TU")],
[prov("Lào Cai"), com("Nậm Chày")],
["Cổng thông tin điện tử tỉnh Lào Cai", "Tin tức > Chính trị > Mặt trận - Đoàn thể",
 "Đồng chí Sùng Thị Chứ phát biểu tại hội nghị. Ảnh: Hữu Thắng", "Hiến pháp năm 1992", "Ủy ban dự thảo sửa đổi Hiến pháp"],
["Cập nhật: 09:42, 04/04/2013 (GMT+7)", "Hiến pháp năm 1992", "Điều 4", "Ngày 3/4/2013"]))

PAGES.append(page("b3199-quangnam-mttq-phanbien-2014", """
BÁO QUẢNG NAM ONLINE
Bạn đang ở: Trang chủ / Thời sự / Mặt trận
21-11-2014 08:35
Phản biện dự thảo nghị quyết về hỗ trợ đồng bào miền núi: nhiều ý kiến thẳng thắn
(QNO) - Sáng 20.11, Ủy ban MTTQ Việt Nam tỉnh Quảng Nam tổ chức hội nghị phản biện xã hội đối với dự thảo Nghị quyết của HĐND tỉnh về chính sách hỗ trợ phát triển sản xuất cho đồng bào dân tộc thiểu số miền núi giai đoạn 2015 - 2020. Ông Trần Văn Cư, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì; bà Alăng Thị Bơ, Phó Trưởng ban Dân tộc HĐND tỉnh cùng đại diện Sở Kế hoạch và Đầu tư, cơ quan soạn thảo, tham dự.
Theo dự thảo, tổng nguồn vốn dự kiến khoảng 350 tỷ đồng, hỗ trợ cho 9 huyện miền núi; mỗi hộ nghèo được hỗ trợ tối đa 10 triệu đồng để mua giống, vật nuôi. Tham gia phản biện, ông Bhling Mia, già làng thôn Ka Dăng, xã Lăng, cho rằng mức hỗ trợ chia đều, nhỏ giọt sẽ khó tạo chuyển biến, đề nghị ưu tiên hỗ trợ theo nhóm hộ, theo chuỗi. Ông Hồ Văn Lãnh, Chủ tịch Ủy ban MTTQ huyện Nam Trà My, đề nghị bỏ quy định người dân phải đối ứng 20% vì phần lớn hộ không có tiền mặt.
TS. Lê Ngọc Bảo, thành viên Hội đồng tư vấn Dân tộc Ủy ban MTTQ tỉnh, phân tích dự thảo mới có 2 điều về giám sát, chưa nêu vai trò của Mặt trận và cộng đồng dân cư trong kiểm tra việc cấp phát giống. Ông Zơrâm Phi, Phó Chủ tịch UBND xã Ch'ơm, kiến nghị tăng thời gian hỗ trợ từ 2 năm lên 3 năm đối với cây keo, cây quế.
Sau hội nghị, Mặt trận tỉnh tổng hợp 26 ý kiến phản biện, gửi văn bản đến Thường trực HĐND tỉnh và UBND tỉnh trước kỳ họp thứ 12. Đây là lần đầu tiên Mặt trận tỉnh tổ chức phản biện xã hội một dự thảo nghị quyết của HĐND tỉnh kể từ khi có Quyết định 217, 218-QĐ/TW của Bộ Chính trị.
Phát biểu tiếp thu, đại diện cơ quan soạn thảo ghi nhận các ý kiến phản biện xác đáng, có cơ sở thực tiễn, cam kết nghiên cứu điều chỉnh dự thảo theo hướng hỗ trợ có điều kiện, gắn với cam kết thoát nghèo của hộ, tránh tâm lý trông chờ, ỷ lại. Cơ quan soạn thảo cũng đề nghị Mặt trận các cấp tiếp tục tham gia giám sát quá trình triển khai chính sách sau khi nghị quyết được thông qua, nhất là khâu bình xét đối tượng thụ hưởng ở thôn, bản. Kết luận hội nghị, ông Trần Văn Cư nhấn mạnh phản biện xã hội không phải để phủ nhận mà để góp phần hoàn thiện chính sách, bảo đảm chính sách đi vào cuộc sống.
Tr.Cường
Lượt đọc: 1.032
Tin cùng chuyên mục
- Mặt trận Tam Kỳ giám sát việc cấp giấy chứng nhận quyền sử dụng đất (18-11-2014)
- Ra mắt Hội đồng tư vấn Dân tộc Ủy ban MTTQ tỉnh (06-11-2014)
- Ngày hội Đại đoàn kết toàn dân tộc ở thôn Ka Dăng (30-10-2014)
""", "2014-11-21", "Phản biện dự thảo nghị quyết về hỗ trợ đồng bào miền núi: nhiều ý kiến thẳng thắn",
E("hoi_nghi", None, "2014-11-20"),
[P("Trần Văn Cư", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Alăng Thị Bơ", "Phó Trưởng ban Dân tộc HĐND tỉnh"),
 P("Bhling Mia", "già làng thôn Ka Dăng"),
 P("Hồ Văn Lãnh", "Chủ tịch Ủy ban MTTQ huyện Nam Trà My"),
 P("Lê Ngọc Bảo", "TS.", "thành viên Hội đồng tư vấn Dân tộc Ủy ban MTTQ tỉnh"),
 P("Zơrâm Phi", "Phó Chủ tịch UBND xã Ch'ơm")],
[Q("khoảng 350 tỷ đồng", 350000000000, "đồng", "approx"), Q("9 huyện miền núi", 9, "huyện miền núi"),
 Q("tối đa 10 triệu đồng", 10000000, "đồng"), Q("20%", 20, "%"), Q("2 điều", 2, "điều"),
 Q("26 ý kiến phản biện", 26, "ý kiến phản biện")],
[D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW")],
[prov("Quảng Nam"), com("Lăng"), com("Ch'ơm")],
["BÁO QUẢNG NAM ONLINE", "Bạn đang ở: Trang chủ / Thời sự / Mặt trận", "(QNO)", "Hội đồng tư vấn Dân tộc", "Lượt đọc: 1.032"],
["21-11-2014 08:35", "giai đoạn 2015 - 2020", "từ 2 năm lên 3 năm", "kỳ họp thứ 12", "Lượt đọc: 1.032", "lần đầu tiên"]))

PAGES.append(page("b3200-soctrang-mttq-gopy-luatmttq-2015", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH SÓC TRĂNG
Trang chủ | Tin tức | Hoạt động Mặt trận
Ngày đăng 13/03/2015 | 14:20
Ảnh: Các đại biểu dự hội nghị.
Hơn 100 ý kiến góp ý dự thảo Luật Mặt trận Tổ quốc Việt Nam (sửa đổi)
Ngày 12/3/2015, Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng tổ chức hội nghị góp ý dự thảo Luật Mặt trận Tổ quốc Việt Nam (sửa đổi). Chủ trì hội nghị có đồng chí Lâm Thị Sô Phia, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ tỉnh và đồng chí Trần Văn Tám, Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh.
Dự thảo Luật gồm 9 chương, 39 điều, được xây dựng thay thế Luật Mặt trận Tổ quốc Việt Nam năm 1999. Các đại biểu tập trung góp ý các chương về giám sát và phản biện xã hội, cụ thể hóa Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị. Hòa thượng Lý Hùng, Phó Chủ tịch Ủy ban MTTQ tỉnh, Phó Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, đề nghị luật quy định cơ quan nhận phản biện phải trả lời bằng văn bản trong thời hạn cụ thể. Ông Thạch Sô Phanh, Trưởng ban Công tác Mặt trận ấp Đay Sô, xã Tham Đôn, cho rằng nên bổ sung kinh phí hoạt động cho ban công tác Mặt trận ở ấp, vì hiện mỗi ban chỉ được hỗ trợ khoảng 300.000 đồng/tháng.
Luật gia Dương Kim Sang, Chủ tịch Hội Luật gia tỉnh, đề nghị làm rõ khái niệm "phản biện xã hội" và trách nhiệm tiếp thu của cơ quan soạn thảo. Bà Sơn Thị Ngọc Thanh, Chủ tịch Hội LHPN huyện Trần Đề, kiến nghị quy định hình thức lấy ý kiến trực tuyến cho đoàn viên, hội viên trẻ.
Qua tổng hợp, hội nghị cùng các cuộc tọa đàm ở 11 huyện, thị xã, thành phố đã thu được 106 ý kiến; trong đó 71 ý kiến góp ý vào các chương về giám sát, phản biện. Đồng chí Trần Văn Tám cho biết Ban Thường trực sẽ tiếp thu, hoàn chỉnh báo cáo gửi Ủy ban Trung ương MTTQ Việt Nam trước ngày 20/3/2015 theo Công văn số 4315/MTTW-BTT.
Nhiều ý kiến cho rằng sau hơn 15 năm thi hành, luật hiện hành đã bộc lộ những hạn chế, chưa thể chế hóa đầy đủ vị trí, vai trò của Mặt trận trong tình hình mới; việc sửa đổi luật lần này là cần thiết để tạo cơ sở pháp lý cho Mặt trận thực hiện tốt chức năng đại diện, bảo vệ quyền và lợi ích hợp pháp, chính đáng của nhân dân. Các đại biểu là chức sắc Phật giáo Nam tông Khmer cũng đề nghị luật quan tâm hơn đến vai trò của các tổ chức tôn giáo trong khối đại đoàn kết toàn dân tộc.
Thanh Nhàn
Lượt xem: 654
Tin liên quan
- Mỹ Xuyên: giám sát việc thực hiện Quy chế dân chủ ở cơ sở (05/03/2015)
- Mặt trận tỉnh thăm, chúc Tết cổ truyền Chôl Chnăm Thmây (27/02/2015)
- Phát huy vai trò chức sắc Phật giáo Nam tông Khmer trong vận động đồng bào (10/02/2015)
""", "2015-03-13", "Hơn 100 ý kiến góp ý dự thảo Luật Mặt trận Tổ quốc Việt Nam (sửa đổi)",
E("hoi_nghi", None, "2015-03-12"),
[P("Lâm Thị Sô Phia", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Trần Văn Tám", "Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh"),
 P("Lý Hùng", "Hòa thượng", "Phó Chủ tịch Ủy ban MTTQ tỉnh", "Phó Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
 P("Thạch Sô Phanh", "Trưởng ban Công tác Mặt trận ấp Đay Sô"),
 P("Dương Kim Sang", "Luật gia", "Chủ tịch Hội Luật gia tỉnh"),
 P("Sơn Thị Ngọc Thanh", "Chủ tịch Hội LHPN huyện Trần Đề")],
[Q("Hơn 100 ý kiến", 100, "ý kiến", "over"), Q("9 chương", 9, "chương"), Q("39 điều", 39, "điều"),
 Q("khoảng 300.000 đồng", 300000, "đồng", "approx"), Q("11 huyện, thị xã, thành phố", 11, "huyện, thị xã, thành phố"),
 Q("106 ý kiến", 106, "ý kiến"), Q("71 ý kiến", 71, "ý kiến")],
[D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW ngày 12/12/2013"),
 D("Công văn", "4315", "MTTW-BTT", None, None, "Công văn số 4315/MTTW-BTT")],
[prov("Sóc Trăng"), com("Tham Đôn")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH SÓC TRĂNG", "Trang chủ | Tin tức | Hoạt động Mặt trận", "Ảnh: Các đại biểu dự hội nghị.",
 "Luật Mặt trận Tổ quốc Việt Nam năm 1999", "Lượt xem: 654", "Phật giáo Nam tông Khmer", "phản biện xã hội"],
["Ngày đăng 13/03/2015 | 14:20", "năm 1999", "Lượt xem: 654", "hơn 15 năm"]))

PAGES.append(page("b3201-daklak-mttq-gopy-luattongiao-2016", """
MTTQ TỈNH ĐẮK LẮK - Đoàn kết, Dân chủ, Đồng thuận
Vị trí: Trang chủ › Giám sát, phản biện xã hội
08:15 | 08/04/2016
Đồng chí Y Kđăm Mlô phát biểu tại hội nghị.
Chức sắc, tín đồ các tôn giáo góp ý dự thảo Luật Tín ngưỡng, tôn giáo
Sáng 7/4, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk tổ chức hội nghị lấy ý kiến chức sắc, chức việc các tôn giáo góp ý dự thảo Luật Tín ngưỡng, tôn giáo. Chủ trì hội nghị có các đồng chí Phó Chủ tịch Ủy ban MTTQ tỉnh: Y Kđăm Mlô, Nguyễn Thị Hạnh. Tham dự có hơn 80 đại biểu là chức sắc Phật giáo, Công giáo, Tin lành, Cao Đài và đại diện Ban Tôn giáo Sở Nội vụ.
Dự thảo Luật gồm 9 chương, 68 điều, dự kiến trình Quốc hội thông qua thay thế Pháp lệnh Tín ngưỡng, tôn giáo số 21/2004/PL-UBTVQH11. Thực hiện Kế hoạch số 18/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh, trước hội nghị Mặt trận đã gửi dự thảo đến 15 huyện, thị xã, thành phố và các tổ chức tôn giáo trên địa bàn.
Mục sư Y Ruê Byă, Quản nhiệm chi hội Tin lành buôn Ky, xã Ea Tul, đề nghị đơn giản hóa thủ tục đăng ký sinh hoạt tôn giáo tập trung cho các điểm nhóm ở vùng sâu, thời hạn giải quyết không quá 30 ngày. Hiện trên địa bàn huyện Cư M'gar có khoảng 40 điểm nhóm Tin lành chưa được công nhận. Linh mục Giuse Phạm Văn Lộc, Chánh xứ giáo xứ Tân Lợi, phường Tân Lợi, góp ý cần quy định rõ quyền của tổ chức tôn giáo trong hoạt động giáo dục, y tế, từ thiện. Đại đức Thích Quảng Tâm, Phó Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, đề nghị bổ sung quy định về quản lý tài sản do tín đồ công đức.
Bà H'Bla Niê, người có uy tín buôn Tơng Jú, xã Ea Kao, phản ánh vẫn còn hiện tượng kẻ xấu lợi dụng tôn giáo để lôi kéo đồng bào, mong luật có chế tài nghiêm. Ông Vũ Đình Lâm, Phó Trưởng ban Tôn giáo Sở Nội vụ, giải đáp một số ý kiến liên quan đến thủ tục hành chính.
Kết thúc hội nghị, Mặt trận tỉnh tổng hợp được 52 ý kiến, trong đó 17 ý kiến đề nghị sửa đổi các điều về đăng ký hoạt động. Đồng chí Y Kđăm Mlô cho biết toàn bộ ý kiến sẽ được gửi Ủy ban Trung ương MTTQ Việt Nam để tổng hợp, báo cáo cơ quan soạn thảo. Theo đồng chí, việc lắng nghe ý kiến của chức sắc, chức việc và tín đồ góp phần để luật khi ban hành phù hợp với thực tiễn đời sống tôn giáo ở Tây Nguyên, nơi có đông đồng bào dân tộc thiểu số theo đạo.
Các đại biểu đánh giá cao việc Mặt trận tỉnh tổ chức lấy ý kiến trực tiếp, tạo điều kiện để các tổ chức tôn giáo thể hiện quan điểm, nguyện vọng chính đáng; mong rằng sau khi luật được thông qua sẽ có tài liệu hướng dẫn bằng tiếng Êđê, tiếng M'nông để tín đồ dễ hiểu, dễ làm.
Hồng Nhung
Số lượt truy cập: 23.415
Tin khác
- Cư M'gar: 6 buôn ký kết giao ước thi đua không có người vi phạm pháp luật (30/03/2016)
- Mặt trận tỉnh giám sát việc thực hiện chính sách đối với người có uy tín (18/03/2016)
- Tập huấn công tác tôn giáo cho cán bộ Mặt trận cơ sở (04/03/2016)
""", "2016-04-08", "Chức sắc, tín đồ các tôn giáo góp ý dự thảo Luật Tín ngưỡng, tôn giáo",
E("hoi_nghi", None, "2016-04-07"),
[P("Y Kđăm Mlô", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Nguyễn Thị Hạnh", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Y Ruê Byă", "Mục sư", "Quản nhiệm chi hội Tin lành buôn Ky"),
 P("Giuse Phạm Văn Lộc", "Linh mục", "Chánh xứ giáo xứ Tân Lợi"),
 P("Thích Quảng Tâm", "Đại đức", "Phó Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
 P("H'Bla Niê", "người có uy tín buôn Tơng Jú"),
 P("Vũ Đình Lâm", "Phó Trưởng ban Tôn giáo Sở Nội vụ")],
[Q("hơn 80 đại biểu", 80, "đại biểu", "over"), Q("9 chương", 9, "chương"), Q("68 điều", 68, "điều"),
 Q("15 huyện, thị xã, thành phố", 15, "huyện, thị xã, thành phố"),
 Q("khoảng 40 điểm nhóm Tin lành", 40, "điểm nhóm Tin lành", "approx"),
 Q("52 ý kiến", 52, "ý kiến"), Q("17 ý kiến", 17, "ý kiến")],
[D("Pháp lệnh", "21", "2004/PL-UBTVQH11", None, None, "Pháp lệnh Tín ngưỡng, tôn giáo số 21/2004/PL-UBTVQH11"),
 D("Kế hoạch", "18", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 18/KH-MTTQ-BTT")],
[prov("Đắk Lắk"), com("Ea Tul"), com("Tân Lợi"), com("Ea Kao")],
["MTTQ TỈNH ĐẮK LẮK - Đoàn kết, Dân chủ, Đồng thuận", "Vị trí: Trang chủ › Giám sát, phản biện xã hội",
 "Đồng chí Y Kđăm Mlô phát biểu tại hội nghị.", "Luật Tín ngưỡng, tôn giáo", "Số lượt truy cập: 23.415", "Tây Nguyên"],
["08:15 | 08/04/2016", "Số lượt truy cập: 23.415", "không quá 30 ngày"]))

PAGES.append(page("b3202-hatinh-mttq-soket-giamsat-2017", """
Báo Hà Tĩnh
Chính trị >> Mặt trận - Đoàn thể
14/07/2017 - 10:05
Mặt trận Hà Tĩnh phản biện 5 dự thảo nghị quyết của HĐND tỉnh
(Baohatinh.vn) - Ngày 13/7, Ủy ban MTTQ tỉnh Hà Tĩnh tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm 2017, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Trần Thị Nguyệt, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh chủ trì; cùng dự có các đồng chí Phan Văn Tư, Lê Thị Hòa - Phó Chủ tịch Ủy ban MTTQ tỉnh.
Toàn cảnh hội nghị. Ảnh: Đình Nhất
Báo cáo cho biết, 6 tháng qua Mặt trận các cấp chủ trì giám sát 46 cuộc, phối hợp giám sát 213 cuộc, tập trung vào việc bồi thường cho người dân bị ảnh hưởng sự cố môi trường biển, thu chi các khoản đóng góp trong trường học. Mặt trận tỉnh đã phản biện 5 dự thảo nghị quyết của HĐND tỉnh, tham gia góp ý 9 dự thảo văn bản của UBND tỉnh; tổng hợp hơn 1.300 ý kiến, kiến nghị của cử tri gửi đến kỳ họp Quốc hội và HĐND các cấp. Có khoảng 82% kiến nghị sau giám sát đã được cơ quan chức năng tiếp thu, giải quyết.
Ban Thường trực đã tham mưu Ban Thường vụ Tỉnh ủy sơ kết Chỉ thị 12, 13-CT/TU về giám sát, phản biện xã hội và về phát huy vai trò nhân dân trong xây dựng nông thôn mới. Các cấp Mặt trận cũng quán triệt Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN ngày 15/6/2017 quy định chi tiết các hình thức giám sát, phản biện xã hội của Mặt trận.
Thảo luận tại hội nghị, ông Nguyễn Văn Tịnh, Chủ tịch Ủy ban MTTQ xã Thạch Hưng, cho biết xã giám sát việc bình xét hộ nghèo, phát hiện 7 hộ không đủ điều kiện, đề nghị đưa ra khỏi danh sách. Bà Đặng Thị Loan, Chủ tịch Ủy ban MTTQ thị trấn Nghèn, đề xuất có cơ chế bồi dưỡng thành viên các đoàn giám sát, mỗi cuộc khoảng 200.000 đồng/người. Ông Hoàng Văn Hạnh, Phó Chủ tịch Ủy ban MTTQ huyện Kỳ Anh, nêu khó khăn khi phản biện vì dự thảo gửi chậm, thời gian nghiên cứu chỉ 5 ngày.
Kết luận hội nghị, đồng chí Trần Thị Nguyệt yêu cầu 6 tháng cuối năm tập trung giám sát việc thực hiện chính sách hỗ trợ ngư dân, chủ động phản biện từ khâu xây dựng dự thảo, không để phản biện hình thức, "cho có"; đồng thời theo dõi đến cùng việc trả lời kiến nghị sau giám sát.
Nhân dịp này, Ủy ban MTTQ tỉnh tặng giấy khen cho 8 tập thể có thành tích trong công tác giám sát, phản biện xã hội.
Thu Hằng
Lượt xem: 1.208
Bài viết liên quan
- Cẩm Xuyên: giám sát việc chi trả bồi thường sự cố môi trường biển (06/07/2017)
- Mặt trận tỉnh phản biện dự thảo Nghị quyết về phí, lệ phí (22/06/2017)
- Tiếp xúc cử tri trước kỳ họp thứ 4 HĐND tỉnh (15/06/2017)
""", "2017-07-14", "Mặt trận Hà Tĩnh phản biện 5 dự thảo nghị quyết của HĐND tỉnh",
E("so_ket", "2017-H1", "2017-07-13"),
[P("Trần Thị Nguyệt", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Phan Văn Tư", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lê Thị Hòa", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Nguyễn Văn Tịnh", "Chủ tịch Ủy ban MTTQ xã Thạch Hưng"),
 P("Đặng Thị Loan", "Chủ tịch Ủy ban MTTQ thị trấn Nghèn"),
 P("Hoàng Văn Hạnh", "Phó Chủ tịch Ủy ban MTTQ huyện Kỳ Anh")],
[Q("46 cuộc", 46, "cuộc"), Q("213 cuộc", 213, "cuộc"), Q("5 dự thảo nghị quyết", 5, "dự thảo nghị quyết"),
 Q("9 dự thảo văn bản", 9, "dự thảo văn bản"), Q("hơn 1.300 ý kiến, kiến nghị", 1300, "ý kiến, kiến nghị", "over"),
 Q("khoảng 82%", 82, "%", "approx"), Q("7 hộ", 7, "hộ"), Q("khoảng 200.000 đồng", 200000, "đồng", "approx"),
 Q("8 tập thể", 8, "tập thể")],
[D("Chỉ thị", "12", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 12, 13-CT/TU"),
 D("Chỉ thị", "13", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 12, 13-CT/TU"),
 D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", "2017-06-15", None,
   "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN ngày 15/6/2017")],
[prov("Hà Tĩnh"), com("Thạch Hưng"), com("Nghèn")],
["Báo Hà Tĩnh", "Chính trị >> Mặt trận - Đoàn thể", "(Baohatinh.vn)", "Toàn cảnh hội nghị. Ảnh: Đình Nhất", "Lượt xem: 1.208", "cho có"],
["14/07/2017 - 10:05", "6 tháng đầu năm 2017", "6 tháng cuối năm", "6 tháng qua", "5 ngày", "Lượt xem: 1.208"]))
