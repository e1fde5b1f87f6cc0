from lib import *
PAGES = []

PAGES.append(page("b8075-langson-svhttdl-taphuan-nhavanhoa-2017", """
SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH LẠNG SƠN
Vị trí: Trang chủ › Tin hoạt động › Văn hóa cơ sở
Thứ Ba, 14/03/2017, 15:00
Các học viên thực hành dựng tiết mục văn nghệ tại lớp tập huấn.
Tập huấn nghiệp vụ quản lý nhà văn hóa thôn cho 160 học viên
Trong 2 ngày 13 và 14/3/2017, tại Trung tâm Bồi dưỡng chính trị huyện Văn Quan, Sở Văn hóa, Thể thao và Du lịch phối hợp với Ban Dân vận Tỉnh ủy tổ chức lớp tập huấn nghiệp vụ quản lý, tổ chức hoạt động nhà văn hóa thôn năm 2017 cho 160 học viên là trưởng thôn, chủ nhiệm nhà văn hóa và cán bộ văn hóa - xã hội của 24 xã, thị trấn.
Dự khai mạc có bà Hoàng Thị Nhung, Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch; ông Lộc Văn Thắm, Phó Trưởng Ban Dân vận Tỉnh ủy; ông Nông Đức Hậu, HUV, Phó Chủ tịch UBND huyện Văn Quan.
Theo Sở Văn hóa, Thể thao và Du lịch, toàn tỉnh Lạng Sơn hiện có 1.918/2.286 thôn, khối phố có nhà văn hóa, đạt 83,9%; trong đó khoảng 1.100 nhà được xây dựng bằng nguồn xã hội hóa, nhân dân đóng góp trên 70% kinh phí. Tuy nhiên, chỉ khoảng 55% nhà văn hóa thôn có đủ trang thiết bị tối thiểu; nhiều chủ nhiệm nhà văn hóa là người kiêm nhiệm, chưa qua đào tạo.
Tại lớp học, các học viên được báo cáo viên truyền đạt các chuyên đề: quy định về tổ chức và hoạt động của nhà văn hóa - khu thể thao thôn theo Thông tư số 12/2010/TT-BVHTTDL; Quyết định số 425/QĐ-UBND ngày 21/3/2016 và Quyết định số 617/QĐ-UBND ngày 12/4/2016 của UBND tỉnh về đề án nâng cao hiệu quả thiết chế văn hóa cơ sở; kỹ năng xây dựng quy ước, hương ước thôn; cách huy động, quản lý và công khai nguồn đóng góp của nhân dân; phương pháp dàn dựng tiết mục văn nghệ quần chúng, hát then, hát sli, lượn.
Nhiều học viên chia sẻ kinh nghiệm thực tế. Bà Hoàng Thị Pảo, Chủ nhiệm nhà văn hóa thôn Nà Mò, xã Tân Đoàn cho biết thôn duy trì 3 câu lạc bộ: hát then - đàn tính, bóng chuyền và dưỡng sinh với tổng số 74 thành viên; quỹ nhà văn hóa thu 10.000 đồng/hộ/tháng, đến nay có hơn 13 triệu đồng. Ông Vi Văn Sình, Trưởng thôn Bản Cằm, xã Tràng Các, cho biết thôn vận động 45 hộ đóng góp 230 ngày công lát sân và dựng hàng rào.
Các học viên được đi thực tế tại nhà văn hóa thôn Khòn Pát, xã Văn An – một trong những nhà văn hóa hoạt động hiệu quả nhất huyện, có thư viện nhỏ với gần 600 đầu sách, báo.
Bế mạc lớp tập huấn, bà Hoàng Thị Nhung đề nghị các học viên về địa phương tham mưu cấp ủy, chính quyền xã kiện toàn ban quản lý nhà văn hóa thôn, gắn với thực hiện Kết luận 79, 80-KL/TU của Ban Thường vụ Tỉnh ủy về thực hiện nếp sống văn minh trong việc cưới, việc tang và lễ hội. Dịp này, Ban tổ chức cấp giấy chứng nhận cho 158 học viên hoàn thành khóa học.
Thu Hà
Tin khác
- Bình Gia: khánh thành nhà văn hóa thôn Khuổi Tục (08/03/2017)
- Lễ hội Lồng tồng xã Hoàng Văn Thụ năm 2017 (02/03/2017)
- Tràng Định kiện toàn 120 đội văn nghệ thôn, bản (20/02/2017)
- Hội nghị tổng kết phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa" năm 2016 (10/01/2017)
""", "2017-03-14", "Tập huấn nghiệp vụ quản lý nhà văn hóa thôn cho 160 học viên",
E("tap_huan", "2017", "2017-03-13"),
[P("Hoàng Thị Nhung", "Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch"),
 P("Lộc Văn Thắm", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nông Đức Hậu", "HUV", "Phó Chủ tịch UBND huyện Văn Quan"),
 P("Hoàng Thị Pảo", "Chủ nhiệm nhà văn hóa thôn Nà Mò"),
 P("Vi Văn Sình", "Trưởng thôn Bản Cằm")],
[Q("160 học viên", 160, "học viên"), Q("24 xã, thị trấn", 24, "xã, thị trấn"),
 Q("1.918/2.286 thôn, khối phố", 1918, "thôn, khối phố"), Q("83,9%", 83.9, "%"),
 Q("khoảng 1.100 nhà", 1100, "nhà", "approx"), Q("trên 70%", 70, "%", "over"), Q("khoảng 55%", 55, "%", "approx"),
 Q("3 câu lạc bộ", 3, "câu lạc bộ"), Q("74 thành viên", 74, "thành viên"), Q("10.000 đồng", 10000, "đồng"),
 Q("hơn 13 triệu đồng", 13000000, "đồng", "over"), Q("45 hộ", 45, "hộ"), Q("230 ngày công", 230, "ngày công"),
 Q("gần 600 đầu sách, báo", 600, "đầu sách, báo", "approx"), Q("158 học viên", 158, "học viên")],
[D("Thông tư", "12", "2010/TT-BVHTTDL", None, None, "Thông tư số 12/2010/TT-BVHTTDL"),
 D("Quyết định", "425", "QĐ-UBND", "2016-03-21", "UBND tỉnh", "Quyết định số 425/QĐ-UBND ngày 21/3/2016"),
 D("Quyết định", "617", "QĐ-UBND", "2016-04-12", "UBND tỉnh", "Quyết định số 617/QĐ-UBND ngày 12/4/2016"),
 D("Kết luận", "79", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 79, 80-KL/TU"),
 D("Kết luận", "80", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 79, 80-KL/TU")],
[prov("Lạng Sơn"), com("Tân Đoàn"), com("Tràng Các"), com("Văn An")],
["SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH LẠNG SƠN", "Vị trí: Trang chủ › Tin hoạt động › Văn hóa cơ sở",
 "Các học viên thực hành dựng tiết mục văn nghệ tại lớp tập huấn.", "Trung tâm Bồi dưỡng chính trị huyện Văn Quan"],
["Thứ Ba, 14/03/2017, 15:00", "2 ngày", "năm 2017"]))

PAGES.append(page("b8076-quangnam-duyxuyen-bdvhu-giaoban-2018-q3", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN DUY XUYÊN - TỈNH QUẢNG NAM
Trang chủ » Tin tức - Sự kiện » Hoạt động Mặt trận, đoàn thể
03/10/2018 - 09:12
Đồng chí Trần Văn Hải phát biểu tại hội nghị giao ban.
Duy Xuyên: Người dân hiến hơn 2.000 m2 đất mở rộng nhà văn hóa thôn
Sáng 2/10, Ban Dân vận Huyện ủy Duy Xuyên (Quảng Nam) tổ chức hội nghị giao ban công tác dân vận quý III năm 2018 với khối Mặt trận, đoàn thể và Ban Dân vận các xã, thị trấn. Đồng chí Trần Văn Hải, HUV, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện chủ trì.
Báo cáo tại hội nghị cho biết, trong quý III, các xã tập trung vận động nhân dân tham gia chỉnh trang, nâng cấp nhà văn hóa thôn, khu sinh hoạt cộng đồng theo tiêu chí nông thôn mới. Đã có 38 hộ tự nguyện hiến hơn 2.000 m2 đất, tháo dỡ 460 m tường rào để mở rộng khuôn viên nhà văn hóa ở 7 thôn; nhân dân đóng góp 1,46 tỷ đồng và khoảng 3.500 ngày công. Toàn huyện hiện có 82/84 thôn, khối phố có nhà văn hóa, trong đó 61 nhà đạt chuẩn theo quy định.
Điển hình là thôn Trà Kiệu Tây, xã Duy Sơn: gia đình ông Nguyễn Văn Tường hiến 320 m2 đất vườn; con em xa quê ủng hộ 200 triệu đồng để làm sân khấu ngoài trời. Ở thôn Thi Lai, xã Duy Châu, Ban công tác Mặt trận vận động 100% hộ dân tham gia, mỗi hộ góp 3 ngày công.
Tại hội nghị, các đại biểu thảo luận về công tác nắm tình hình nhân dân mùa mưa bão và việc vận động người dân di dời khỏi vùng sạt lở. Đồng chí Lê Thị Hồng Vân, Phó Trưởng Ban Dân vận Huyện ủy, thông tin kết quả thực hiện Kế hoạch số 52-KH/HU và Kế hoạch số 53-KH/HU của Ban Thường vụ Huyện ủy về thực hiện Quy chế dân chủ ở cơ sở; đồng chí Phan Công Định, Chủ tịch Hội Nông dân huyện, và đồng chí Võ Thị Kim Oanh, Chủ tịch Hội LHPN huyện, báo cáo kết quả các mô hình "Dân vận khéo" của hội. Quý III, các cơ quan dân vận đã tiếp nhận 17 đơn thư, giải quyết 15 đơn, đạt 88,2%.
Kết luận hội nghị, đồng chí Trần Văn Hải đề nghị quý IV các xã hoàn thành hồ sơ hiến đất, không để phát sinh tranh chấp; phát huy nhà văn hóa thôn làm nơi tổ chức "Ngày hội Đại đoàn kết toàn dân tộc" vào dịp 18/11; tiếp tục thực hiện Chỉ thị số 17-CT/HU ngày 06/6/2017 của Ban Thường vụ Huyện ủy về phát huy vai trò người có uy tín trong cộng đồng dân cư; sơ kết 3 năm thực hiện Kết luận 09, 10-KL/HU của Huyện ủy.
Văn Phú
Tin liên quan
- Duy Xuyên ra mắt 5 mô hình "Dân vận khéo" (25/09/2018)
- Hội nghị đối thoại giữa Bí thư Huyện ủy với nhân dân (12/09/2018)
- Duy Trung: nhà văn hóa thôn Mỹ Hòa được nâng cấp (30/08/2018)
- Giao ban công tác dân vận quý II năm 2018 (04/07/2018)
- Duy Phước vận động nhân dân làm đường giao thông nông thôn (20/06/2018)
""", "2018-10-03", "Duy Xuyên: Người dân hiến hơn 2.000 m2 đất mở rộng nhà văn hóa thôn",
E("giao_ban", "2018-Q3", "2018-10-02"),
[P("Trần Văn Hải", "HUV", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Nguyễn Văn Tường"),
 P("Lê Thị Hồng Vân", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Phan Công Định", "Chủ tịch Hội Nông dân huyện"),
 P("Võ Thị Kim Oanh", "Chủ tịch Hội LHPN huyện")],
[Q("38 hộ", 38, "hộ"), Q("hơn 2.000 m2", 2000, "m2", "over"), Q("460 m", 460, "m"), Q("7 thôn", 7, "thôn"),
 Q("1,46 tỷ đồng", 1460000000, "đồng"), Q("khoảng 3.500 ngày công", 3500, "ngày công", "approx"),
 Q("82/84 thôn, khối phố", 82, "thôn, khối phố"), Q("61 nhà", 61, "nhà"), Q("320 m2", 320, "m2"),
 Q("200 triệu đồng", 200000000, "đồng"), Q("100%", 100, "%"), Q("3 ngày công", 3, "ngày công"),
 Q("17 đơn thư", 17, "đơn thư"), Q("15 đơn", 15, "đơn"), Q("88,2%", 88.2, "%")],
[D("Kế hoạch", "52", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 52-KH/HU"),
 D("Kế hoạch", "53", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 53-KH/HU"),
 D("Chỉ thị", "17", "CT/HU", "2017-06-06", "Ban Thường vụ Huyện ủy", "Chỉ thị số 17-CT/HU ngày 06/6/2017"),
 D("Kết luận", "09", "KL/HU", None, "Huyện ủy", "Kết luận 09, 10-KL/HU"),
 D("Kết luận", "10", "KL/HU", None, "Huyện ủy", "Kết luận 09, 10-KL/HU")],
[prov("Quảng Nam"), com("Duy Sơn"), com("Duy Châu")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN DUY XUYÊN - TỈNH QUẢNG NAM", "Trang chủ » Tin tức - Sự kiện » Hoạt động Mặt trận, đoàn thể",
 "Đồng chí Trần Văn Hải phát biểu tại hội nghị giao ban.", "Dân vận khéo", "Ngày hội Đại đoàn kết toàn dân tộc",
 "Quy chế dân chủ ở cơ sở"],
["03/10/2018 - 09:12", "quý III năm 2018", "quý IV", "18/11", "3 năm"]))

PAGES.append(page("b8077-hatinh-bdv-baocao-nhavanhoa-2019", """
BAN DÂN VẬN TỈNH ỦY HÀ TĨNH
Trang chủ | Tin tức | Dân vận chính quyền | Văn bản
Thứ Hai, 23/12/2019 | 10:35
Hà Tĩnh: 97,6% thôn, tổ dân phố có nhà văn hóa
Ban Dân vận Tỉnh ủy vừa có Báo cáo số 286-BC/BDVTU ngày 20/12/2019 đánh giá kết quả công tác vận động nhân dân xây dựng, quản lý và phát huy hiệu quả nhà văn hóa thôn, tổ dân phố năm 2019.
Theo báo cáo, sau sáp nhập thôn, tổ dân phố theo Nghị quyết số 96/NQ-HĐND và Nghị quyết số 97/NQ-HĐND của HĐND tỉnh, toàn tỉnh còn 1.642 thôn, tổ dân phố (giảm 904 thôn, tổ dân phố so với trước). Đến cuối năm 2019 đã có 1.603 thôn, tổ dân phố có nhà văn hóa, đạt 97,6%; trong năm xây mới 74 nhà, cải tạo, mở rộng 218 nhà để phù hợp quy mô thôn mới sau sáp nhập. Tổng kinh phí trên 156 tỷ đồng, trong đó nhân dân đóng góp khoảng 62%, ngân sách các cấp hỗ trợ theo cơ chế tại Quyết định số 24/2017/QĐ-UBND với mức 100 - 150 triệu đồng/nhà.
Bên cạnh đó, sau sáp nhập có 561 nhà văn hóa không còn sử dụng. Các địa phương đã lấy ý kiến nhân dân để chuyển đổi công năng: 214 nhà làm nơi sinh hoạt của chi hội, câu lạc bộ; 97 nhà chuyển làm điểm trường mầm non, thư viện; 46 nhà bán đấu giá, số tiền thu về được dùng để nâng cấp nhà văn hóa thôn mới. Việc xử lý tài sản được thực hiện công khai, theo đúng hướng dẫn tại Công văn số 1820/UBND-VX ngày 05/6/2019 của UBND tỉnh.
Báo cáo đánh giá, các nhà văn hóa được sử dụng khá hiệu quả: bình quân mỗi nhà văn hóa có hơn 2 câu lạc bộ sinh hoạt; toàn tỉnh có 4.312 câu lạc bộ văn nghệ, thể thao, dưỡng sinh và 268 câu lạc bộ dân ca ví, giặm. Nhiều mô hình hay được nhân rộng như "Nhà văn hóa sáng, xanh, sạch, đẹp" ở huyện Can Lộc, "Tủ sách cộng đồng" ở thị xã Hồng Lĩnh. Tại thôn Trung Lương, xã Thạch Trung, ông Trần Đình Lục, Bí thư Chi bộ, Trưởng thôn, đã vận động 312 hộ góp 1,8 tỷ đồng xây nhà văn hóa 2 tầng có sức chứa 300 người.
Báo cáo cũng chỉ ra hạn chế: 39 thôn, tổ dân phố chưa có nhà văn hóa, chủ yếu ở các huyện miền núi Hương Khê, Vũ Quang; một số nơi huy động đóng góp bình quân trên 3 triệu đồng/hộ, vượt khả năng của người dân; trang thiết bị ở khoảng 30% nhà văn hóa còn thiếu.
Năm 2020, Ban Dân vận Tỉnh ủy đề nghị các cấp ủy tiếp tục thực hiện Chỉ thị 25, 26-CT/TU của Ban Thường vụ Tỉnh ủy; phấn đấu 100% thôn, tổ dân phố có nhà văn hóa; Ủy ban MTTQ các cấp tăng cường giám sát việc huy động đóng góp, bảo đảm "dân biết, dân bàn, dân làm, dân kiểm tra, dân hưởng thụ". Đồng chí Nguyễn Thị Hà, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh giao Phòng Dân vận chính quyền và đồng chí Phan Văn Khánh, Chánh Văn phòng Ban, theo dõi, đôn đốc.
P.V
Bài viết liên quan
- Hội nghị tổng kết công tác dân vận năm 2019 (18/12/2019)
- Can Lộc: 100% nhà văn hóa thôn đạt chuẩn (02/12/2019)
- Hương Khê vận động xây nhà văn hóa cho 6 thôn vùng khó (15/11/2019)
""", "2019-12-23", "Hà Tĩnh: 97,6% thôn, tổ dân phố có nhà văn hóa",
E("bao_cao", "2019", "2019-12-20"),
[P("Trần Đình Lục", "Bí thư Chi bộ", "Trưởng thôn"),
 P("Nguyễn Thị Hà", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Phan Văn Khánh", "Chánh Văn phòng Ban")],
[Q("97,6%", 97.6, "%"), Q("1.642 thôn, tổ dân phố", 1642, "thôn, tổ dân phố"),
 Q("904 thôn, tổ dân phố", 904, "thôn, tổ dân phố"), Q("1.603 thôn, tổ dân phố", 1603, "thôn, tổ dân phố"),
 Q("74 nhà", 74, "nhà"), Q("218 nhà", 218, "nhà"), Q("trên 156 tỷ đồng", 156000000000, "đồng", "over"),
 Q("khoảng 62%", 62, "%", "approx"), Q("100 - 150 triệu đồng", 100000000, "đồng"),
 Q("100 - 150 triệu đồng", 150000000, "đồng"), Q("561 nhà văn hóa", 561, "nhà văn hóa"), Q("214 nhà", 214, "nhà"),
 Q("97 nhà", 97, "nhà"), Q("46 nhà", 46, "nhà"), Q("hơn 2 câu lạc bộ", 2, "câu lạc bộ", "over"),
 Q("4.312 câu lạc bộ văn nghệ, thể thao, dưỡng sinh", 4312, "câu lạc bộ văn nghệ, thể thao, dưỡng sinh"),
 Q("268 câu lạc bộ dân ca ví, giặm", 268, "câu lạc bộ dân ca ví, giặm"), Q("312 hộ", 312, "hộ"),
 Q("1,8 tỷ đồng", 1800000000, "đồng"), Q("300 người", 300, "người"), Q("39 thôn, tổ dân phố", 39, "thôn, tổ dân phố"),
 Q("trên 3 triệu đồng", 3000000, "đồng", "over"), Q("khoảng 30%", 30, "%", "approx"), Q("100%", 100, "%")],
[D("Báo cáo", "286", "BC/BDVTU", "2019-12-20", "Ban Dân vận Tỉnh ủy", "Báo cáo số 286-BC/BDVTU ngày 20/12/2019"),
 D("Nghị quyết", "96", "NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 96/NQ-HĐND"),
 D("Nghị quyết", "97", "NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 97/NQ-HĐND"),
 D("Quyết định", "24", "2017/QĐ-UBND", None, None, "Quyết định số 24/2017/QĐ-UBND"),
 D("Công văn", "1820", "UBND-VX", "2019-06-05", "UBND tỉnh", "Công văn số 1820/UBND-VX ngày 05/6/2019"),
 D("Chỉ thị", "25", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 25, 26-CT/TU"),
 D("Chỉ thị", "26", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 25, 26-CT/TU")],
[prov("Hà Tĩnh"), com("Thạch Trung")],
["BAN DÂN VẬN TỈNH ỦY HÀ TĨNH", "Trang chủ | Tin tức | Dân vận chính quyền | Văn bản",
 "Nhà văn hóa sáng, xanh, sạch, đẹp", "Tủ sách cộng đồng", "dân biết, dân bàn, dân làm, dân kiểm tra, dân hưởng thụ"],
["Thứ Hai, 23/12/2019 | 10:35", "năm 2019", "Năm 2020", "2 tầng"]))

PAGES.append(page("b8078-gialai-bdv-traoqua-nharong-2020", """
BÁO GIA LAI ĐIỆN TỬ
Xã hội / Dân tộc - Tôn giáo
17-01-2020 14:25
Trao 250 suất quà Tết và bàn giao nhà rông cho làng Đê Kjiêng
(GLO)- Ngày 16/1, Ban Dân vận Tỉnh ủy Gia Lai phối hợp với Công ty cổ phần Điện Tây Nguyên tổ chức bàn giao nhà rông văn hóa và trao quà Tết Canh Tý 2020 cho đồng bào Bahnar làng Đê Kjiêng, xã Ia Pết, huyện Đak Đoa.
Tham dự có đồng chí Rah Lan Lâm, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Đinh Văn Thới, Phó Trưởng Ban Dân vận Tỉnh ủy; ông Lê Minh Quang, Giám đốc Công ty cổ phần Điện Tây Nguyên; cùng các đồng chí Nguyễn Văn Bình - Phó Bí thư Thường trực Huyện ủy Đak Đoa, Ksor H'Thoa - Phó Chủ tịch UBND huyện.
Nhà rông văn hóa làng Đê Kjiêng được xây dựng trên nền nhà rông cũ đã xuống cấp, cao 18 m, diện tích sàn 120 m2, mái lợp tranh theo kiến trúc truyền thống. Tổng kinh phí 680 triệu đồng, trong đó Công ty cổ phần Điện Tây Nguyên tài trợ 500 triệu đồng, ngân sách huyện hỗ trợ 100 triệu đồng; 156 hộ trong làng góp hơn 900 ngày công, 2.000 tấm tranh và 300 cây lồ ô.
Già làng A Đinh, 74 tuổi, cho biết: "Nhà rông là nơi dân làng họp bàn việc chung, tổ chức lễ mừng lúa mới, xử phạt theo luật tục. Nhà rông cũ dột nát, dân làng buồn lắm. Nay có nhà rông mới, bà con hứa giữ gìn, sinh hoạt thường xuyên". Anh Đinh Hyin, Bí thư Chi đoàn làng, cho biết đội cồng chiêng thanh niên gồm 16 người sẽ tập luyện tại nhà rông mỗi tối thứ Bảy.
Dịp này, đoàn đã trao 250 suất quà Tết cho các hộ nghèo, hộ cận nghèo của làng và xã Ia Pết; mỗi suất gồm gạo, dầu ăn, bánh kẹo và 300.000 đồng tiền mặt, tổng trị giá 175 triệu đồng. Ban Dân vận Tỉnh ủy cũng tặng làng 1 bộ chiêng, 20 bộ trang phục truyền thống và tủ sách pháp luật với 150 cuốn sách.
Phát biểu tại buổi lễ, đồng chí Rah Lan Lâm đề nghị cấp ủy, chính quyền xã Ia Pết phát huy vai trò của già làng, người có uy tín trong quản lý nhà rông; gắn với thực hiện Kết luận số 65, 66-KL/TU của Ban Thường vụ Tỉnh ủy và Kế hoạch số 1143/KH-UBND ngày 28/5/2019 của UBND tỉnh về bảo tồn, phát huy không gian văn hóa cồng chiêng. Đồng chí mong muốn dân làng giữ nhà rông sạch đẹp, không để trâu bò, củi gỗ dưới gầm sàn, sử dụng nhà rông đúng mục đích.
Minh Nguyệt
Tin cùng chuyên mục
- Krông Pa: trao 300 suất quà cho đồng bào dân tộc thiểu số (15/01/2020)
- Chư Păh: khánh thành nhà rông làng Kon Sơ Lăl (10/01/2020)
- Ia Grai tổ chức hội nghị người có uy tín năm 2019 (27/12/2019)
- Mang Yang: phục dựng lễ mừng lúa mới tại làng Đê Kôn (20/12/2019)
- Kbang: người dân góp công dựng lại nhà rông làng Kon Lơng Khương (12/12/2019)
- Phú Thiện ra mắt 8 đội cồng chiêng thanh thiếu niên (03/12/2019)
""", "2020-01-17", "Trao 250 suất quà Tết và bàn giao nhà rông cho làng Đê Kjiêng",
E("trao_qua", None, "2020-01-16"),
[P("Rah Lan Lâm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đinh Văn Thới", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Minh Quang", "Giám đốc Công ty cổ phần Điện Tây Nguyên"),
 P("Nguyễn Văn Bình", "Phó Bí thư Thường trực Huyện ủy Đak Đoa"),
 P("Ksor H'Thoa", "Phó Chủ tịch UBND huyện"),
 P("A Đinh", "Già làng"),
 P("Đinh Hyin", "Bí thư Chi đoàn làng")],
[Q("250 suất quà Tết", 250, "suất quà"), Q("18 m", 18, "m"), Q("120 m2", 120, "m2"),
 Q("680 triệu đồng", 680000000, "đồng"), Q("500 triệu đồng", 500000000, "đồng"), Q("100 triệu đồng", 100000000, "đồng"),
 Q("156 hộ", 156, "hộ"), Q("hơn 900 ngày công", 900, "ngày công", "over"), Q("2.000 tấm tranh", 2000, "tấm tranh"),
 Q("300 cây lồ ô", 300, "cây lồ ô"), Q("16 người", 16, "người"), Q("300.000 đồng", 300000, "đồng"),
 Q("175 triệu đồng", 175000000, "đồng"), Q("20 bộ trang phục truyền thống", 20, "bộ trang phục truyền thống"),
 Q("150 cuốn sách", 150, "cuốn sách")],
[D("Kết luận", "65", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 65, 66-KL/TU"),
 D("Kết luận", "66", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 65, 66-KL/TU"),
 D("Kế hoạch", "1143", "KH-UBND", "2019-05-28", "UBND tỉnh", "Kế hoạch số 1143/KH-UBND ngày 28/5/2019")],
[prov("Gia Lai"), com("Ia Pết")],
["BÁO GIA LAI ĐIỆN TỬ", "Xã hội / Dân tộc - Tôn giáo", "(GLO)", "Tết Canh Tý 2020", "Công ty cổ phần Điện Tây Nguyên"],
["17-01-2020 14:25", "74 tuổi", "1 bộ chiêng", "Tết Canh Tý 2020"]))

PAGES.append(page("b8079-binhduong-tanbinh-daihoi-tdtt-2021", """
BÁO BÌNH DƯƠNG ONLINE
Xã hội >> Văn hóa - Thể thao cơ sở
2021-03-22 16:10
Phường Tân Bình đại hội thể dục thể thao lần thứ IV
Sáng 21/3, UBND phường Tân Bình, thành phố Dĩ An, tỉnh Bình Dương tổ chức Đại hội Thể dục thể thao phường lần thứ IV năm 2021. Tham dự có ông Huỳnh Văn Tám, Phó Giám đốc Trung tâm Văn hóa - Thể thao thành phố Dĩ An; ông Lê Thanh Bình, Bí thư Đảng ủy phường; bà Nguyễn Thị Mỹ Linh, Phó Chủ tịch UBND phường, Trưởng ban tổ chức Đại hội cùng 320 vận động viên, hội viên các câu lạc bộ.
Báo cáo tại Đại hội cho biết, giai đoạn 2016 - 2021, phong trào thể dục thể thao quần chúng ở phường Tân Bình phát triển mạnh nhờ hệ thống nhà văn hóa, điểm sinh hoạt cộng đồng do chính người dân góp sức xây dựng. Toàn phường có 9/9 khu phố có nhà văn hóa hoặc điểm sinh hoạt cộng đồng; người dân, doanh nghiệp đóng góp trên 4,5 tỷ đồng để làm 14 sân bóng đá mini, 22 sân cầu lông, 6 sân bóng chuyền và lắp đặt 38 bộ dụng cụ tập thể dục ngoài trời. Khu phố Tân Phú đã vận động 64 hộ góp 820 triệu đồng, mở rộng nhà văn hóa khu phố thêm 150 m2.
Hiện phường có 41 câu lạc bộ thể dục thể thao với hơn 1.600 hội viên; tỷ lệ người dân tập luyện thể thao thường xuyên đạt 34,5%, số gia đình thể thao đạt 2.140 hộ. Trong 5 năm, phường tổ chức được 58 giải thi đấu cấp phường, khu phố.
Ông Đinh Công Hậu, Trưởng khu phố Tân Phú, Trưởng ban quản lý nhà văn hóa khu phố chia sẻ: "Nhà văn hóa mở cửa từ 5 giờ sáng đến 21 giờ, ai cũng được vào tập. Tiền điện, nước do các câu lạc bộ góp, mỗi tháng khoảng 1,5 triệu đồng, công khai trên bảng tin". Bà Trần Thị Kim Hoa, Chủ nhiệm Câu lạc bộ dưỡng sinh khu phố Bình Đường 2 cho biết câu lạc bộ có 65 hội viên, phần lớn là người cao tuổi, sinh hoạt đều đặn tại nhà văn hóa từ năm 2017.
Đại hội đã thông qua phương hướng giai đoạn 2021 - 2025 với các chỉ tiêu: tỷ lệ người tập luyện thường xuyên đạt 38% trở lên; mỗi khu phố có ít nhất 3 câu lạc bộ; thực hiện Kế hoạch số 45/KH-UBND ngày 10/02/2021 của UBND thành phố Dĩ An và Nghị quyết số 09-NQ/ĐU của Đảng ủy phường về phát triển thiết chế văn hóa, thể thao cơ sở.
Dịp này, UBND phường khen thưởng 12 tập thể và 25 cá nhân có thành tích trong phong trào; Đại hội chọn đoàn vận động viên gồm 45 người tham dự Đại hội Thể dục thể thao thành phố Dĩ An.
Quốc Chiến
Tin liên quan
- Dĩ An: 7 phường tổ chức đại hội thể dục thể thao (15/03/2021)
- Phường Đông Hòa khánh thành sân chơi cho thiếu nhi (08/03/2021)
- Thuận An phát động Ngày chạy Olympic vì sức khỏe toàn dân (01/03/2021)
- Bình An: nhà văn hóa khu phố thành điểm sinh hoạt của người cao tuổi (22/02/2021)
""", "2021-03-22", "Phường Tân Bình đại hội thể dục thể thao lần thứ IV",
E("dai_hoi", None, "2021-03-21"),
[P("Huỳnh Văn Tám", "Phó Giám đốc Trung tâm Văn hóa - Thể thao thành phố Dĩ An"),
 P("Lê Thanh Bình", "Bí thư Đảng ủy phường"),
 P("Nguyễn Thị Mỹ Linh", "Phó Chủ tịch UBND phường", "Trưởng ban tổ chức Đại hội"),
 P("Đinh Công Hậu", "Trưởng khu phố Tân Phú", "Trưởng ban quản lý nhà văn hóa khu phố"),
 P("Trần Thị Kim Hoa", "Chủ nhiệm Câu lạc bộ dưỡng sinh khu phố Bình Đường 2")],
[Q("320 vận động viên, hội viên", 320, "vận động viên, hội viên"), Q("9/9 khu phố", 9, "khu phố"),
 Q("trên 4,5 tỷ đồng", 4500000000, "đồng", "over"), Q("14 sân bóng đá mini", 14, "sân bóng đá mini"),
 Q("22 sân cầu lông", 22, "sân cầu lông"), Q("6 sân bóng chuyền", 6, "sân bóng chuyền"),
 Q("38 bộ dụng cụ tập thể dục ngoài trời", 38, "bộ dụng cụ tập thể dục ngoài trời"), Q("64 hộ", 64, "hộ"),
 Q("820 triệu đồng", 820000000, "đồng"), Q("150 m2", 150, "m2"),
 Q("41 câu lạc bộ thể dục thể thao", 41, "câu lạc bộ thể dục thể thao"), Q("hơn 1.600 hội viên", 1600, "hội viên", "over"),
 Q("34,5%", 34.5, "%"), Q("2.140 hộ", 2140, "hộ"),
 Q("58 giải thi đấu cấp phường, khu phố", 58, "giải thi đấu cấp phường, khu phố"),
 Q("khoảng 1,5 triệu đồng", 1500000, "đồng", "approx"), Q("65 hội viên", 65, "hội viên"),
 Q("38% trở lên", 38, "%", "over"), Q("ít nhất 3 câu lạc bộ", 3, "câu lạc bộ", "over"),
 Q("12 tập thể", 12, "tập thể"), Q("25 cá nhân", 25, "cá nhân"), Q("45 người", 45, "người")],
[D("Kế hoạch", "45", "KH-UBND", "2021-02-10", "UBND thành phố Dĩ An", "Kế hoạch số 45/KH-UBND ngày 10/02/2021"),
 D("Nghị quyết", "09", "NQ/ĐU", None, "Đảng ủy phường", "Nghị quyết số 09-NQ/ĐU")],
[prov("Bình Dương"), com("Tân Bình")],
["BÁO BÌNH DƯƠNG ONLINE", "Xã hội >> Văn hóa - Thể thao cơ sở", "Đại hội Thể dục thể thao thành phố Dĩ An"],
["2021-03-22 16:10", "lần thứ IV", "giai đoạn 2016 - 2021", "giai đoạn 2021 - 2025", "5 năm", "5 giờ sáng", "21 giờ",
 "năm 2021", "năm 2017"]))

PAGES.append(page("b8080-dienbien-muongphang-giaoban-2022-05", """
Hôm nay: Thứ Bảy, 04/06/2022
TRANG THÔNG TIN ĐIỆN TỬ HUYỆN ĐIỆN BIÊN - TỈNH ĐIỆN BIÊN
Tin tức - Sự kiện › Tin xã, thị trấn
Cập nhật: 08:30, 03/06/2022
Mường Phăng: 100% bản có nhà văn hóa
Ngày 1/6, Đảng ủy xã Mường Phăng, huyện Điện Biên, tỉnh Điện Biên tổ chức hội nghị giao ban tháng 5/2022, đánh giá kết quả thực hiện nhiệm vụ tháng 5 và kết quả vận động nhân dân hoàn thiện nhà văn hóa bản. Đồng chí Lò Văn Piếng, Bí thư Đảng ủy xã chủ trì; dự có đồng chí Quàng Thị Ín, HUV, Trưởng Ban Dân vận Huyện ủy Điện Biên.
Theo báo cáo, trong tháng 5, xã đã hoàn thành và đưa vào sử dụng 3 nhà văn hóa bản cuối cùng tại bản Co Mận, bản Pá Khôm và bản Hua Pe, nâng tổng số nhà văn hóa trên địa bàn lên 18/18 bản, đạt 100%. Ba công trình có tổng kinh phí 1,26 tỷ đồng, trong đó vốn Chương trình mục tiêu quốc gia xây dựng nông thôn mới 900 triệu đồng, nhân dân đóng góp 360 triệu đồng và hơn 1.100 ngày công. Riêng bản Hua Pe toàn bộ là hộ đồng bào Mông, 52 hộ đã thống nhất mỗi hộ góp 2 triệu đồng, một số hộ khá ủng hộ thêm gỗ, đá, cát.
Các bản đã kiện toàn ban quản lý nhà văn hóa với 5 thành viên/bản, do trưởng bản làm trưởng ban; xây dựng nội quy, lịch sinh hoạt. Ông Sùng A Dê, Trưởng bản Hua Pe, cho biết: "Có nhà văn hóa, bà con không phải họp dưới gốc cây nữa; tối thứ Bảy thanh niên tập khèn, tập ném pao; chị em học chữ". Bà Lò Thị Hoan, Chủ tịch Hội LHPN xã, thông tin Hội đã phối hợp mở 2 lớp xóa mù chữ tại nhà văn hóa bản cho 46 chị em.
Hội nghị cũng đánh giá các nhiệm vụ khác: tháng 5 xã thu ngân sách đạt 42% dự toán năm; tiêm vắc xin phòng Covid-19 mũi 3 cho 1.234 người; giải quyết 4/5 vụ việc tranh chấp đất đai tại cơ sở. Đồng chí Quàng Văn Thoan, Phó Bí thư Thường trực Đảng ủy, báo cáo kết quả các hoạt động kỷ niệm 68 năm Chiến thắng Điện Biên Phủ tại các bản; các đồng chí Phó Chủ tịch UBND xã Vừ A Lềnh và Lường Văn Thắng báo cáo tiến độ thực hiện Quyết định 1268/QĐ-TTg của Thủ tướng Chính phủ và Kế hoạch 162, 163/KH-UBND của UBND huyện.
Kết luận hội nghị, đồng chí Lò Văn Piếng yêu cầu trong tháng 6 các bản phát huy nhà văn hóa làm nơi tuyên truyền phòng, chống ma túy, mua bán người; phấn đấu mỗi bản duy trì ít nhất 2 buổi sinh hoạt văn nghệ, thể thao/tháng; Ủy ban MTTQ xã giám sát việc sử dụng nguồn đóng góp của nhân dân, thực hiện theo Chỉ thị 05-CT/HU của Ban Thường vụ Huyện ủy.
Lò Hương
Các tin khác
- Thanh Nưa: ra quân làm đường bê tông nội đồng (28/05/2022)
- Hội nghị giao ban công tác dân vận tháng 4/2022 (05/05/2022)
- Núa Ngam: trao 40 suất quà cho học sinh nghèo (24/04/2022)
- Na Tông hoàn thành 2 nhà văn hóa bản (18/04/2022)
""", "2022-06-03", "Mường Phăng: 100% bản có nhà văn hóa",
E("giao_ban", "2022-05", "2022-06-01"),
[P("Lò Văn Piếng", "Bí thư Đảng ủy xã"),
 P("Quàng Thị Ín", "HUV", "Trưởng Ban Dân vận Huyện ủy Điện Biên"),
 P("Sùng A Dê", "Trưởng bản Hua Pe"),
 P("Lò Thị Hoan", "Chủ tịch Hội LHPN xã"),
 P("Quàng Văn Thoan", "Phó Bí thư Thường trực Đảng ủy"),
 P("Vừ A Lềnh", "Phó Chủ tịch UBND xã"),
 P("Lường Văn Thắng", "Phó Chủ tịch UBND xã")],
[Q("100%", 100, "%"), Q("3 nhà văn hóa bản", 3, "nhà văn hóa bản"), Q("18/18 bản", 18, "bản"),
 Q("1,26 tỷ đồng", 1260000000, "đồng"), Q("900 triệu đồng", 900000000, "đồng"), Q("360 triệu đồng", 360000000, "đồng"),
 Q("hơn 1.100 ngày công", 1100, "ngày công", "over"), Q("52 hộ", 52, "hộ"), Q("2 triệu đồng", 2000000, "đồng"),
 Q("5 thành viên", 5, "thành viên"), Q("2 lớp xóa mù chữ", 2, "lớp xóa mù chữ"), Q("46 chị em", 46, "chị em"),
 Q("42%", 42, "%"), Q("1.234 người", 1234, "người"),
 Q("4/5 vụ việc tranh chấp đất đai", 4, "vụ việc tranh chấp đất đai"),
 Q("ít nhất 2 buổi sinh hoạt văn nghệ, thể thao", 2, "buổi sinh hoạt văn nghệ, thể thao", "over")],
[D("Quyết định", "1268", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 1268/QĐ-TTg"),
 D("Kế hoạch", "162", "KH-UBND", None, "UBND huyện", "Kế hoạch 162, 163/KH-UBND"),
 D("Kế hoạch", "163", "KH-UBND", None, "UBND huyện", "Kế hoạch 162, 163/KH-UBND"),
 D("Chỉ thị", "05", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 05-CT/HU")],
[prov("Điện Biên"), com("Mường Phăng")],
["Hôm nay: Thứ Bảy, 04/06/2022", "TRANG THÔNG TIN ĐIỆN TỬ HUYỆN ĐIỆN BIÊN - TỈNH ĐIỆN BIÊN",
 "Tin tức - Sự kiện › Tin xã, thị trấn", "Chương trình mục tiêu quốc gia xây dựng nông thôn mới", "Chiến thắng Điện Biên Phủ"],
["Hôm nay: Thứ Bảy, 04/06/2022", "Cập nhật: 08:30, 03/06/2022", "tháng 5/2022", "68 năm", "mũi 3", "tháng 6"]))
