from lib import *
PAGES = []

PAGES.append(page("b2501-laocai-bdv-giaoban-quy1-2012", """
BAN DÂN VẬN TỈNH ỦY LÀO CAI
Trang chủ > Tin tức > Hoạt động khối dân vận
Cập nhật: 09:42, 12/04/2012 (GMT+7)
Quang cảnh hội nghị giao ban.
Giao ban khối dân vận quý I/2012: tập trung nắm tình hình vùng đồng bào Mông
Chiều 10/4, Ban Dân vận Tỉnh ủy Lào Cai tổ chức hội nghị giao ban công tác dân vận quý I năm 2012, triển khai nhiệm vụ quý II. Đồng chí Lồ Thị Dung, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị. Dự hội nghị có 38 đồng chí là lãnh đạo khối dân vận, Ủy ban MTTQ và các đoàn thể tỉnh, trưởng ban dân vận 9 huyện, thành phố.
Báo cáo của Ban Dân vận Tỉnh ủy cho biết, trong quý I khối dân vận các cấp đã tổ chức 214 cuộc tiếp xúc, đối thoại với nhân dân; nắm được 46 vụ việc ở cơ sở, trong đó có 11 vụ tranh chấp đất đai giữa các hộ và 7 vụ việc truyền đạo trái pháp luật. Các cấp đã hòa giải thành 39 vụ việc, đạt 84,8%. Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 52-KH/TU ngày 16/02/2012 về tổ chức thực hiện Quy chế dân vận của hệ thống chính trị; hướng dẫn các huyện sơ kết 3 năm thực hiện Chỉ thị 03, 04-CT/TU của Tỉnh ủy về vận động đồng bào Mông định canh, định cư và xóa bỏ hủ tục trong cưới xin, ma chay.
Phong trào thi đua "Dân vận khéo" tiếp tục lan tỏa; trong quý có thêm 27 mô hình cấp xã, nâng tổng số lên 318 mô hình. Hội Liên hiệp Phụ nữ tỉnh kết nạp 1.450 hội viên mới và đẩy mạnh cuộc vận động "5 không, 3 sạch"; Hội Nông dân tỉnh phối hợp giải ngân 12,6 tỷ đồng vốn vay ưu đãi cho 630 hộ nghèo. Đoàn Thanh niên ra quân làm mới 16 km đường giao thông nông thôn.
Đồng chí Lồ Thị Dung phát biểu kết luận hội nghị.
Tại hội nghị, đồng chí Vàng Seo Páo, HUV, Trưởng Ban Dân vận Huyện ủy Si Ma Cai, cho biết huyện đã vận động 84 hộ dân di chuyển khỏi vùng có nguy cơ sạt lở. Bà Tẩn Thị Xuân, Chủ tịch Hội LHPN xã Tả Van, chia sẻ cách vận động chị em người Dao tham gia tổ tiết kiệm. Ông Nguyễn Hữu Thắng, Phó Trưởng Ban Dân vận Tỉnh ủy, giới thiệu Hướng dẫn số 12-HD/BDVTU ngày 02/3/2012 của Ban Dân vận Tỉnh ủy về đánh giá chất lượng hoạt động của tổ dân vận thôn, bản.
Phát biểu kết luận, đồng chí Lồ Thị Dung đề nghị quý II các cấp tiếp tục quán triệt Kết luận số 62-KL/TW ngày 08/12/2009 của Bộ Chính trị về đổi mới nội dung, phương thức hoạt động của Mặt trận Tổ quốc và các đoàn thể; chủ động nắm tình hình ở các xã biên giới, nhất là xã Bản Lầu và xã Pha Long; kịp thời giải quyết đơn thư ngay từ cơ sở, không để phát sinh điểm nóng. Ban Dân vận Tỉnh ủy sẽ tổ chức 2 đoàn kiểm tra công tác dân vận chính quyền tại 4 huyện trong tháng 5.
Cũng tại hội nghị, Ban Dân vận Tỉnh ủy trao giấy khen cho 6 tập thể có thành tích trong phong trào thi đua "Dân vận khéo" năm 2011.
Minh Khánh
Lượt xem: 1.032
Tin liên quan
- Bát Xát: ra mắt 12 mô hình dân vận khéo (30/03/2012)
- Ban Dân vận Tỉnh ủy làm việc với Huyện ủy Mường Khương (22/03/2012)
- Hội nghị tập huấn nghiệp vụ công tác dân vận năm 2012 (05/03/2012)
- Sa Pa: vận động nhân dân hiến đất mở đường (21/02/2012)
""", "2012-04-12", "Giao ban khối dân vận quý I/2012: tập trung nắm tình hình vùng đồng bào Mông",
E("giao_ban", "2012-Q1", "2012-04-10"),
[P("Lồ Thị Dung", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vàng Seo Páo", "HUV", "Trưởng Ban Dân vận Huyện ủy Si Ma Cai"),
 P("Tẩn Thị Xuân", "Chủ tịch Hội LHPN xã Tả Van"),
 P("Nguyễn Hữu Thắng", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("38 đồng chí", 38, "đồng chí"), Q("9 huyện, thành phố", 9, "huyện, thành phố"),
 Q("214 cuộc tiếp xúc, đối thoại", 214, "cuộc tiếp xúc, đối thoại"), Q("46 vụ việc", 46, "vụ việc"),
 Q("11 vụ tranh chấp đất đai", 11, "vụ tranh chấp đất đai"),
 Q("7 vụ việc truyền đạo trái pháp luật", 7, "vụ việc truyền đạo trái pháp luật"),
 Q("39 vụ việc", 39, "vụ việc"), Q("84,8%", 84.8, "%"), Q("27 mô hình cấp xã", 27, "mô hình cấp xã"),
 Q("318 mô hình", 318, "mô hình"), Q("1.450 hội viên mới", 1450, "hội viên mới"),
 Q("12,6 tỷ đồng", 12600000000, "đồng"), Q("630 hộ nghèo", 630, "hộ nghèo"), Q("16 km", 16, "km"),
 Q("84 hộ dân", 84, "hộ dân"), Q("2 đoàn kiểm tra", 2, "đoàn kiểm tra"), Q("4 huyện", 4, "huyện"),
 Q("6 tập thể", 6, "tập thể")],
[D("Kế hoạch", "52", "KH/TU", "2012-02-16", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 52-KH/TU ngày 16/02/2012"),
 D("Chỉ thị", "03", "CT/TU", None, "Tỉnh ủy", "Chỉ thị 03, 04-CT/TU của Tỉnh ủy"),
 D("Chỉ thị", "04", "CT/TU", None, "Tỉnh ủy", "Chỉ thị 03, 04-CT/TU của Tỉnh ủy"),
 D("Hướng dẫn", "12", "HD/BDVTU", "2012-03-02", "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 12-HD/BDVTU ngày 02/3/2012"),
 D("Kết luận", "62", "KL/TW", "2009-12-08", "Bộ Chính trị", "Kết luận số 62-KL/TW ngày 08/12/2009")],
[prov("Lào Cai"), com("Tả Van"), com("Bản Lầu"), com("Pha Long")],
["BAN DÂN VẬN TỈNH ỦY LÀO CAI", "Trang chủ > Tin tức > Hoạt động khối dân vận", "Quang cảnh hội nghị giao ban.",
 "Đồng chí Lồ Thị Dung phát biểu kết luận hội nghị.", "Dân vận khéo", "5 không, 3 sạch", "Lượt xem: 1.032",
 "Quy chế dân vận"],
["Cập nhật: 09:42, 12/04/2012 (GMT+7)", "38 đồng chí", "quý I năm 2012", "3 năm", "5 không, 3 sạch", "năm 2011",
 "tháng 5", "Lượt xem: 1.032"]))

PAGES.append(page("b2502-ninhthuan-bdv-soket-6thang-2013", """
Cổng thông tin điện tử Ban Dân vận Tỉnh ủy Ninh Thuận
Trang chủ / Hoạt động / Tin trong tỉnh
08:15 | 19/07/2013
Đại biểu dự hội nghị sơ kết. Ảnh: Văn Tín
Khối dân vận tỉnh sơ kết công tác 6 tháng đầu năm 2013
Ngày 17/7, Ban Dân vận Tỉnh ủy tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm và triển khai nhiệm vụ 6 tháng cuối năm 2013. Chủ trì hội nghị có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Lộ Văn Thuận, Trượng Thị Hồng Nhung.
Sáu tháng qua, Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chương trình hành động số 21-CTr/TU ngày 12/3/2013 thực hiện Nghị quyết số 25-NQ/TW của BCH Trung ương về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới; phối hợp Ban Tuyên giáo Tỉnh ủy tổ chức 3 hội nghị quán triệt với 1.260 lượt cán bộ, đảng viên tham dự.
Khối dân vận các cấp đã nắm và phản ánh 19 vụ việc liên quan đến đất đai, 4 vụ khiếu kiện đông người về bồi thường dự án năng lượng; phối hợp giải quyết ổn định 15 vụ việc. Ủy ban MTTQ và các đoàn thể đã vận động quỹ "Vì người nghèo" được 3,85 tỷ đồng, xây mới 48 căn nhà Đại đoàn kết, mỗi căn trị giá 30 triệu đồng. Toàn tỉnh hiện có 142 mô hình "Dân vận khéo", trong đó 35 mô hình trong đồng bào Chăm và Raglai.
Công tác vận động chức sắc, chức việc tôn giáo được quan tâm. Các cấp đã thăm hỏi 96 chức sắc, chức việc đạo Bà-la-môn, Bà-ni và Hồi giáo nhân dịp lễ Ramưwan; duy trì hoạt động của 22 tổ hòa giải ở các thôn đồng bào Chăm.
Tại hội nghị, ông Pinăng Văn Lợi, HUV, Trưởng Ban Dân vận Huyện ủy Bác Ái, cho biết huyện đã vận động 312 hộ đồng bào Raglai chuyển đổi sang trồng cây ăn quả; ông Thông Minh Hải, Chủ tịch Ủy ban MTTQ xã Phước Nam, nêu kinh nghiệm hòa giải mâu thuẫn giữa các dòng họ. Các ông Chamaléa Tư, Katơr Ba, Đạo Văn Sính - người có uy tín trong đồng bào dân tộc thiểu số - được mời phát biểu tham luận.
Kết luận hội nghị, đồng chí Lộ Văn Thuận yêu cầu 6 tháng cuối năm tiếp tục thực hiện Quyết định số 18/2011/QĐ-TTg của Thủ tướng Chính phủ về chế độ, chính sách đối với người có uy tín; chỉ đạo ban dân vận các huyện, thành phố sơ kết 2 năm thực hiện phong trào "Dân vận khéo", tổ chức tốt cuộc thi tìm hiểu Quy chế dân chủ ở cơ sở. Đồng chí cũng lưu ý không để hình thành điểm nóng khi triển khai các dự án điện gió, điện mặt trời ở xã Phước Nam và xã Phước Dinh.
Hồng Lam
Tin khác
- Bác Ái vận động đồng bào Raglai định canh (10/07/2013)
- Tọa đàm "Dân vận khéo" trong vùng đồng bào Chăm (28/06/2013)
- Ban Dân vận Tỉnh ủy làm việc với Ninh Hải (14/06/2013)
""", "2013-07-19", "Khối dân vận tỉnh sơ kết công tác 6 tháng đầu năm 2013",
E("so_ket", "2013-H1", "2013-07-17"),
[P("Lộ Văn Thuận", "Phó Trưởng Ban Dân vận Tỉnh ủy"), P("Trượng Thị Hồng Nhung", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Pinăng Văn Lợi", "HUV", "Trưởng Ban Dân vận Huyện ủy Bác Ái"),
 P("Thông Minh Hải", "Chủ tịch Ủy ban MTTQ xã Phước Nam"),
 P("Chamaléa Tư", "người có uy tín trong đồng bào dân tộc thiểu số"),
 P("Katơr Ba", "người có uy tín trong đồng bào dân tộc thiểu số"),
 P("Đạo Văn Sính", "người có uy tín trong đồng bào dân tộc thiểu số")],
[Q("3 hội nghị", 3, "hội nghị"), Q("1.260 lượt cán bộ, đảng viên", 1260, "lượt cán bộ, đảng viên"),
 Q("19 vụ việc", 19, "vụ việc"), Q("4 vụ khiếu kiện đông người", 4, "vụ khiếu kiện đông người"),
 Q("15 vụ việc", 15, "vụ việc"), Q("3,85 tỷ đồng", 3850000000, "đồng"),
 Q("48 căn nhà Đại đoàn kết", 48, "căn nhà Đại đoàn kết"), Q("30 triệu đồng", 30000000, "đồng"),
 Q("142 mô hình", 142, "mô hình"), Q("35 mô hình", 35, "mô hình"),
 Q("96 chức sắc, chức việc", 96, "chức sắc, chức việc"), Q("22 tổ hòa giải", 22, "tổ hòa giải"),
 Q("312 hộ đồng bào Raglai", 312, "hộ đồng bào Raglai")],
[D("Chương trình hành động", "21", "CTr/TU", "2013-03-12", "Ban Thường vụ Tỉnh ủy", "Chương trình hành động số 21-CTr/TU ngày 12/3/2013"),
 D("Nghị quyết", "25", "NQ/TW", None, "BCH Trung ương", "Nghị quyết số 25-NQ/TW của BCH Trung ương"),
 D("Quyết định", "18", "2011/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 18/2011/QĐ-TTg của Thủ tướng Chính phủ")],
[prov("Ninh Thuận"), com("Phước Nam"), com("Phước Dinh")],
["Cổng thông tin điện tử Ban Dân vận Tỉnh ủy Ninh Thuận", "Trang chủ / Hoạt động / Tin trong tỉnh",
 "Đại biểu dự hội nghị sơ kết.", "Vì người nghèo", "Dân vận khéo", "Ramưwan"],
["08:15 | 19/07/2013", "6 tháng đầu năm", "6 tháng cuối năm 2013", "2 năm"]))

PAGES.append(page("b2503-vinhlong-bdv-baocao-quy3-2014", """
BAN DÂN VẬN TỈNH ỦY VĨNH LONG
Bạn đang ở: Trang chủ » Tin tức - Sự kiện » Công tác dân vận
17/10/2014 - 10:05
Khối dân vận tỉnh: kết quả nổi bật quý III
Theo Báo cáo số 118-BC/BDVTU ngày 10/10/2014 của Ban Dân vận Tỉnh ủy về kết quả công tác dân vận quý III năm 2014, trong quý khối dân vận các cấp đã tập trung tuyên truyền, vận động nhân dân thực hiện tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước, góp phần giữ vững ổn định chính trị ở cơ sở trên địa bàn tỉnh Vĩnh Long.
Cán bộ Ban Dân vận Huyện ủy Trà Ôn thăm hộ đồng bào Khmer. Ảnh: BDV
Trong quý, Ban Dân vận Tỉnh ủy đã tham mưu Thường trực Tỉnh ủy làm việc với 3 huyện về công tác dân vận chính quyền; ban hành kế hoạch số 36-KH/BDVTU về khảo sát tình hình đồng bào Khmer và hướng dẫn số 09-HD/BDVTU về xây dựng mô hình "Dân vận khéo" năm 2015. Các cấp đã tổ chức 1.126 cuộc họp dân với 48.300 lượt người dự, tiếp nhận 264 ý kiến góp ý của nhân dân về xây dựng Đảng, chính quyền.
Công tác nắm tình hình được duy trì. Quý III phát sinh 23 vụ việc tranh chấp, khiếu nại, trong đó 2 vụ tụ tập đông người ở khu vực dự án khu công nghiệp Hòa Phú; đã vận động, hòa giải thành 18 vụ, số còn lại đã chuyển cơ quan chức năng. Ban Dân vận các cấp tiếp 342 lượt công dân, nhận 57 đơn thư, kiến nghị.
Ủy ban MTTQ và các đoàn thể tiếp tục thực hiện Chỉ thị số 11-CT/TU của Ban Thường vụ Tỉnh ủy về "Vì người nghèo" giai đoạn 2011 - 2015; quý III vận động được 2,4 tỷ đồng, hỗ trợ xây, sửa 57 căn nhà cho hộ nghèo, tặng 1.800 phần quà cho học sinh nghèo. Hội Nông dân tỉnh vận động 126 hộ hiến trên 18.000 m2 đất mở rộng đường giao thông nông thôn tại xã Tân Quới và xã Trà Côn.
Ở vùng đồng bào Khmer, các cấp đã thăm hỏi 14 chùa Phật giáo Nam tông Khmer nhân lễ Sene Dolta; Đại đức Thạch Sô Phanh, trụ trì chùa Kôkpa, được mời dự giao lưu với Ban Dân vận Huyện ủy Trà Ôn. Ông Sơn Minh Thắng, Phó Trưởng Ban Dân vận Huyện ủy Trà Ôn, cho biết có 92% hộ đồng bào Khmer của huyện đã đăng ký gia đình văn hóa.
Theo báo cáo, quý IV Ban Dân vận Tỉnh ủy tập trung phục vụ tổng kết năm 2014, sơ kết 3 năm thực hiện Chỉ thị số 49-CT/TW của Ban Bí thư về xây dựng gia đình thời kỳ công nghiệp hóa, hiện đại hóa đất nước; chỉ đạo các huyện xây dựng ít nhất 1 mô hình "Dân vận khéo" trong lĩnh vực xây dựng nông thôn mới.
Bà Phạm Thị Kim Thoa, Trưởng Ban Dân vận Tỉnh ủy, đề nghị các đoàn thể nắm chắc dư luận xã hội trước các kỳ họp HĐND cuối năm.
Lâm Hoàng
Số lượt xem: 645
Tin cùng chuyên mục
- Trà Ôn: tọa đàm "Dân vận khéo" trong đồng bào Khmer (03/10/2014)
- Ban Dân vận Tỉnh ủy giao ban quý II (15/07/2014)
- Tam Bình: 24 hộ hiến đất làm đường (02/07/2014)
""", "2014-10-17", "Khối dân vận tỉnh: kết quả nổi bật quý III",
E("bao_cao", "2014-Q3", "2014-10-10"),
[P("Thạch Sô Phanh", "Đại đức", "trụ trì chùa Kôkpa"),
 P("Sơn Minh Thắng", "Phó Trưởng Ban Dân vận Huyện ủy Trà Ôn"),
 P("Phạm Thị Kim Thoa", "Trưởng Ban Dân vận Tỉnh ủy")],
[Q("3 huyện", 3, "huyện"), Q("1.126 cuộc họp dân", 1126, "cuộc họp dân"), Q("48.300 lượt người", 48300, "lượt người"),
 Q("264 ý kiến", 264, "ý kiến"), Q("23 vụ việc tranh chấp, khiếu nại", 23, "vụ việc tranh chấp, khiếu nại"),
 Q("2 vụ tụ tập đông người", 2, "vụ tụ tập đông người"), Q("18 vụ", 18, "vụ"),
 Q("342 lượt công dân", 342, "lượt công dân"), Q("57 đơn thư, kiến nghị", 57, "đơn thư, kiến nghị"),
 Q("2,4 tỷ đồng", 2400000000, "đồng"), Q("57 căn nhà", 57, "căn nhà"), Q("1.800 phần quà", 1800, "phần quà"),
 Q("126 hộ", 126, "hộ"), Q("trên 18.000 m2", 18000, "m2", "over"),
 Q("14 chùa Phật giáo Nam tông Khmer", 14, "chùa Phật giáo Nam tông Khmer"), Q("92%", 92, "%")],
[D("Báo cáo", "118", "BC/BDVTU", "2014-10-10", "Ban Dân vận Tỉnh ủy", "Báo cáo số 118-BC/BDVTU ngày 10/10/2014"),
 D("Kế hoạch", "36", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "kế hoạch số 36-KH/BDVTU"),
 D("Hướng dẫn", "09", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "hướng dẫn số 09-HD/BDVTU"),
 D("Chỉ thị", "11", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 11-CT/TU của Ban Thường vụ Tỉnh ủy"),
 D("Chỉ thị", "49", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 49-CT/TW của Ban Bí thư")],
[prov("Vĩnh Long"), com("Tân Quới"), com("Trà Côn")],
["BAN DÂN VẬN TỈNH ỦY VĨNH LONG", "Bạn đang ở: Trang chủ » Tin tức - Sự kiện » Công tác dân vận",
 "Cán bộ Ban Dân vận Huyện ủy Trà Ôn thăm hộ đồng bào Khmer.", "Dân vận khéo", "Vì người nghèo", "Sene Dolta",
 "Số lượt xem: 645"],
["17/10/2014 - 10:05", "quý III năm 2014", "giai đoạn 2011 - 2015", "3 năm", "1 mô hình", "năm 2014", "năm 2015",
 "Số lượt xem: 645"]))

PAGES.append(page("b2504-daklak-bdv-giaoban-quy2-2015", """
Ban Dân vận Tỉnh ủy Đắk Lắk
Trang chủ | Tin tức | Hoạt động của Ban
Ngày đăng 09/07/2015 | 16:20
Toàn cảnh hội nghị.
Nắm chắc tình hình vùng đồng bào dân tộc thiểu số, không để bị động, bất ngờ
Sáng 8/7, tại thành phố Buôn Ma Thuột, Ban Dân vận Tỉnh ủy tổ chức giao ban khối dân vận quý II năm 2015. Đồng chí Y Suôn Byă, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị. Cùng dự có đồng chí H'Lim Mlô, Phó Chủ tịch - Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh.
Báo cáo tại hội nghị cho biết, trong quý II khối dân vận các cấp đã phối hợp nắm tình hình tại 184 buôn đồng bào dân tộc thiểu số; phát hiện 9 trường hợp tuyên truyền đạo trái phép và 3 vụ tranh chấp đất rẫy giữa đồng bào với công ty lâm nghiệp. Các địa phương đã vận động 27 hộ với 112 khẩu trở về sinh hoạt tôn giáo hợp pháp, hòa giải thành 2 vụ tranh chấp.
Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Quy chế phối hợp số 07-QC/TU ngày 20/4/2015 giữa khối dân vận với lực lượng công an trong nắm tình hình vùng đồng bào dân tộc thiểu số; hướng dẫn sơ kết 5 năm thực hiện Kết luận 114, 115-KL/TU của Ban Thường vụ Tỉnh ủy. Hội Cựu chiến binh tỉnh kết nạp 310 hội viên mới; Tỉnh đoàn tổ chức 42 lớp dạy tiếng Êđê cho cán bộ, đoàn viên với 1.350 học viên.
Phong trào thi đua "Dân vận khéo" có 211 mô hình đăng ký, trong đó 64 mô hình cấp huyện. Nhân dân đóng góp gần 5,2 tỷ đồng và hơn 21.000 ngày công làm đường, kênh mương. Tỷ lệ hộ nghèo đồng bào dân tộc thiểu số giảm còn 24,6%.
Ông Y Wang Knul, người có uy tín buôn Ea Kmar, xã Ea Tul, phát biểu tại hội nghị.
Tại hội nghị, ông Y Wang Knul, người có uy tín buôn Ea Kmar, xã Ea Tul, nêu kinh nghiệm vận động thanh niên trong buôn không nghe theo kẻ xấu. Đồng chí Nay H'Kiêm, HUV, Trưởng Ban Dân vận Huyện ủy Krông Búk, kiến nghị tăng chế độ hỗ trợ cho người có uy tín theo Quyết định số 56/2013/QĐ-TTg.
Kết luận hội nghị, đồng chí Y Suôn Byă yêu cầu quý III khối dân vận thực hiện tốt phương châm "4 bám, 3 cùng"; tăng cường phối hợp nắm tình hình ở 23 xã trọng điểm; tổ chức chu đáo hội nghị biểu dương người có uy tín năm 2015. Đồng chí cũng đề nghị Văn phòng Ban hoàn thành báo cáo 6 tháng gửi Ban Dân vận Trung ương trước ngày 15/7.
H.Nguyên
Tin liên quan
- Krông Búk ra mắt mô hình "Buôn không có người vi phạm pháp luật" (30/06/2015)
- Ea H'leo: đối thoại với người có uy tín (18/06/2015)
- Sơ kết Quy chế phối hợp giữa Ban Dân vận và Công an tỉnh (05/06/2015)
- Buôn Đôn: hiệu quả từ mô hình "Dân vận khéo" trong chăn nuôi bò (22/05/2015)
- Hội nghị biểu dương người có uy tín tiêu biểu năm 2014 (20/11/2014)
""", "2015-07-09", "Nắm chắc tình hình vùng đồng bào dân tộc thiểu số, không để bị động, bất ngờ",
E("giao_ban", "2015-Q2", "2015-07-08"),
[P("Y Suôn Byă", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("H'Lim Mlô", "Phó Chủ tịch - Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh"),
 P("Y Wang Knul", "người có uy tín buôn Ea Kmar"),
 P("Nay H'Kiêm", "HUV", "Trưởng Ban Dân vận Huyện ủy Krông Búk")],
[Q("184 buôn đồng bào dân tộc thiểu số", 184, "buôn đồng bào dân tộc thiểu số"),
 Q("9 trường hợp", 9, "trường hợp"), Q("3 vụ tranh chấp đất rẫy", 3, "vụ tranh chấp đất rẫy"),
 Q("27 hộ", 27, "hộ"), Q("112 khẩu", 112, "khẩu"), Q("2 vụ tranh chấp", 2, "vụ tranh chấp"),
 Q("310 hội viên mới", 310, "hội viên mới"), Q("42 lớp dạy tiếng Êđê", 42, "lớp dạy tiếng Êđê"),
 Q("1.350 học viên", 1350, "học viên"), Q("211 mô hình", 211, "mô hình"),
 Q("64 mô hình cấp huyện", 64, "mô hình cấp huyện"), Q("gần 5,2 tỷ đồng", 5200000000, "đồng", "approx"),
 Q("hơn 21.000 ngày công", 21000, "ngày công", "over"), Q("24,6%", 24.6, "%"), Q("23 xã trọng điểm", 23, "xã trọng điểm")],
[D("Quy chế phối hợp", "07", "QC/TU", "2015-04-20", "Ban Thường vụ Tỉnh ủy", "Quy chế phối hợp số 07-QC/TU ngày 20/4/2015"),
 D("Kết luận", "114", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 114, 115-KL/TU của Ban Thường vụ Tỉnh ủy"),
 D("Kết luận", "115", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 114, 115-KL/TU của Ban Thường vụ Tỉnh ủy"),
 D("Quyết định", "56", "2013/QĐ-TTg", None, None, "Quyết định số 56/2013/QĐ-TTg")],
[prov("Đắk Lắk"), com("Ea Tul")],
["Ban Dân vận Tỉnh ủy Đắk Lắk", "Trang chủ | Tin tức | Hoạt động của Ban", "Toàn cảnh hội nghị.",
 "Ông Y Wang Knul, người có uy tín buôn Ea Kmar, xã Ea Tul, phát biểu tại hội nghị.", "Dân vận khéo", "4 bám, 3 cùng"],
["Ngày đăng 09/07/2015 | 16:20", "quý II năm 2015", "5 năm", "4 bám, 3 cùng", "năm 2015", "6 tháng", "ngày 15/7"]))

PAGES.append(page("b2505-thanhhoa-bdv-soket-6thang-2016", """
BAN DÂN VẬN TỈNH ỦY THANH HÓA - Tiếp tục đổi mới nội dung, phương thức công tác dân vận
Trang chủ :: Tin hoạt động :: Dân vận các cấp
Thứ Sáu, 15/07/2016
Đồng chí Lò Văn Khiêm phát biểu chỉ đạo hội nghị.
Ban Dân vận Tỉnh ủy sơ kết công tác dân vận 6 tháng đầu năm 2016
Chiều 14/7, Ban Dân vận Tỉnh ủy Thanh Hóa tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2016. Dự và chỉ đạo có đồng chí Lò Văn Khiêm, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; các đồng chí Lang Thị Hạnh, Quách Văn Lường - Phó Trưởng Ban Dân vận Tỉnh ủy.
6 tháng đầu năm, khối dân vận các cấp đã tập trung tuyên truyền, vận động nhân dân tham gia bầu cử đại biểu Quốc hội khóa XIV và đại biểu HĐND các cấp nhiệm kỳ 2016 - 2021 với tỷ lệ cử tri đi bầu đạt 99,6%. Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 05-CT/TU ngày 22/3/2016 về tăng cường công tác dân vận trong thực hiện các dự án trọng điểm; phối hợp tổ chức 27 hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân.
Các cấp đã tiếp nhận 412 lượt đơn thư, kiến nghị, giải quyết 356 đơn, đạt 86,4%; nắm 31 vụ việc phức tạp, trong đó 5 vụ khiếu kiện đông người liên quan dự án khu kinh tế Nghi Sơn. Ban Dân vận các huyện miền núi đã vận động 1.204 hộ đồng bào Thái, Mường, Mông xóa bỏ tục lệ lạc hậu trong việc cưới, việc tang.
Ủy ban MTTQ tỉnh và các đoàn thể đã vận động quỹ "Vì người nghèo" được 14,7 tỷ đồng, hỗ trợ xây mới 430 nhà Đại đoàn kết. Hội Liên hiệp Phụ nữ tỉnh thành lập mới 58 tổ hợp tác, câu lạc bộ phụ nữ phát triển kinh tế. Phong trào "Dân vận khéo" có thêm 119 mô hình, nâng tổng số lên 1.412 mô hình, trong đó 96 mô hình cấp tỉnh.
Tại hội nghị, đồng chí Vi Văn Phiêng, HUV, Trưởng Ban Dân vận Huyện ủy Quan Sơn, cho biết huyện đã vận động 73 hộ dân ở vùng lòng hồ thủy điện di dời đến nơi ở mới. Đồng chí Cầm Thị Lan, Phó Chủ tịch Ủy ban MTTQ huyện Bá Thước, đề nghị bổ sung kinh phí cho ban công tác Mặt trận ở khu dân cư.
Kết luận hội nghị, đồng chí Lò Văn Khiêm yêu cầu 6 tháng cuối năm quán triệt, triển khai Nghị quyết Đại hội XII của Đảng và Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVIII; thực hiện hiệu quả Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị; hướng dẫn xây dựng mô hình "Dân vận khéo" tại 100% xã, thị trấn.
Lê Hà
Lượt truy cập: 2.104.556
Các tin khác
- Quan Sơn: vận động 73 hộ di dời vùng lòng hồ (05/07/2016)
- Hội nghị giao ban khối dân vận quý I/2016 (12/04/2016)
- Tổng kết công tác dân vận năm 2015 (25/12/2015)
""", "2016-07-15", "Ban Dân vận Tỉnh ủy sơ kết công tác dân vận 6 tháng đầu năm 2016",
E("so_ket", "2016-H1", "2016-07-14"),
[P("Lò Văn Khiêm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lang Thị Hạnh", "Phó Trưởng Ban Dân vận Tỉnh ủy"), P("Quách Văn Lường", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vi Văn Phiêng", "HUV", "Trưởng Ban Dân vận Huyện ủy Quan Sơn"),
 P("Cầm Thị Lan", "Phó Chủ tịch Ủy ban MTTQ huyện Bá Thước")],
[Q("99,6%", 99.6, "%"), Q("27 hội nghị đối thoại", 27, "hội nghị đối thoại"),
 Q("412 lượt đơn thư, kiến nghị", 412, "lượt đơn thư, kiến nghị"), Q("356 đơn", 356, "đơn"), Q("86,4%", 86.4, "%"),
 Q("31 vụ việc phức tạp", 31, "vụ việc phức tạp"), Q("5 vụ khiếu kiện đông người", 5, "vụ khiếu kiện đông người"),
 Q("1.204 hộ đồng bào Thái, Mường, Mông", 1204, "hộ đồng bào Thái, Mường, Mông"),
 Q("14,7 tỷ đồng", 14700000000, "đồng"), Q("430 nhà Đại đoàn kết", 430, "nhà Đại đoàn kết"),
 Q("58 tổ hợp tác, câu lạc bộ phụ nữ", 58, "tổ hợp tác, câu lạc bộ phụ nữ"),
 Q("119 mô hình", 119, "mô hình"), Q("1.412 mô hình", 1412, "mô hình"), Q("96 mô hình cấp tỉnh", 96, "mô hình cấp tỉnh"),
 Q("73 hộ dân", 73, "hộ dân"), Q("100%", 100, "%")],
[D("Chỉ thị", "05", "CT/TU", "2016-03-22", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 05-CT/TU ngày 22/3/2016"),
 D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 218-QĐ/TW ngày 12/12/2013")],
[prov("Thanh Hóa")],
["BAN DÂN VẬN TỈNH ỦY THANH HÓA - Tiếp tục đổi mới nội dung, phương thức công tác dân vận",
 "Trang chủ :: Tin hoạt động :: Dân vận các cấp", "Đồng chí Lò Văn Khiêm phát biểu chỉ đạo hội nghị.",
 "Vì người nghèo", "Dân vận khéo", "Nghị quyết Đại hội XII", "Lượt truy cập: 2.104.556"],
["Thứ Sáu, 15/07/2016", "6 tháng đầu năm", "6 tháng cuối năm 2016", "khóa XIV", "nhiệm kỳ 2016 - 2021",
 "lần thứ XVIII", "Lượt truy cập: 2.104.556"]))

PAGES.append(page("b2506-kontum-bdv-giaoban-quy3-2016", """
BAN DÂN VẬN TỈNH ỦY KON TUM
Vị trí: Trang chủ > Tin tức > Tin hoạt động
28-10-2016 14:30
Khối dân vận giao ban quý III: 168 mô hình dân vận khéo được nhân rộng
Ngày 26/10/2016, Ban Dân vận Tỉnh ủy Kon Tum tổ chức hội nghị giao ban công tác dân vận quý III/2016. Đồng chí A Pớt, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì. Tham dự có đại diện Ủy ban MTTQ Việt Nam tỉnh, các đoàn thể chính trị - xã hội và ban dân vận 10 huyện, thành phố.
Quang cảnh hội nghị giao ban. Ảnh: PV
Trong quý III, khối dân vận các cấp đã tham mưu cấp ủy tổ chức 86 cuộc đối thoại với nhân dân; tiếp nhận và chuyển 47 đơn thư đến cơ quan có thẩm quyền; nắm 12 vụ việc mâu thuẫn trong nội bộ nhân dân, đã hòa giải thành 10 vụ. Toàn tỉnh hiện có 168 mô hình dân vận khéo được nhân rộng, thu hút hơn 9.000 hộ tham gia.
Ban Dân vận Tỉnh ủy đã hướng dẫn triển khai Kế hoạch số 15-KH/TU ngày 04/8/2016 của Tỉnh ủy thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; phối hợp với Sở Nội vụ khảo sát tình hình hoạt động tôn giáo tại 21 xã. Hội Nông dân tỉnh phối hợp tổ chức 35 lớp tập huấn chuyển giao kỹ thuật trồng sâm Ngọc Linh cho 1.120 lượt hội viên.
Tại hội nghị, đồng chí Y Hiền, Phó Trưởng Ban Dân vận Tỉnh ủy, thông tin tình hình vùng đồng bào Xơ Đăng, Ba Na. Ông A Dũng, Bí thư Đảng ủy xã Đăk Na, cho biết xã đã vận động 46 hộ đồng bào Xơ Đăng hiến 3,2 ha đất xây dựng trường học và nhà rông văn hóa. Bà Y Thu, Chủ tịch Hội LHPN xã Măng Cành, đề nghị tiếp tục hỗ trợ chị em vay vốn theo chương trình giảm nghèo.
Đồng chí A Pớt ghi nhận: 9 tháng năm 2016, tình hình an ninh chính trị vùng đồng bào dân tộc thiểu số cơ bản ổn định; tỷ lệ hộ nghèo giảm 4,8%. Tuy nhiên, ở một số nơi vẫn còn tình trạng người dân phá rừng làm rẫy, một số đối tượng lôi kéo đồng bào theo "Hà Mòn". Quý IV, các cấp cần thực hiện tốt phương châm "3 cùng" ở cơ sở, chuẩn bị tổng kết công tác dân vận năm 2016 và tổ chức gặp mặt người có uy tín dịp Tết.
Cũng tại hội nghị, các đại biểu góp ý vào dự thảo Hướng dẫn số 21-HD/BDVTU của Ban Dân vận Tỉnh ủy về chấm điểm thi đua khối dân vận năm 2016.
Phương Thảo
Lượt xem: 312
Tin liên quan
- Đăk Glei: ra mắt mô hình "Thôn 3 không" (20/10/2016)
- Kon Rẫy: tọa đàm công tác dân vận chính quyền (07/10/2016)
- Sa Thầy: hội nghị người có uy tín năm 2016 (22/09/2016)
- Ban Dân vận Tỉnh ủy kiểm tra công tác dân vận tại huyện Tu Mơ Rông (14/09/2016)
- Ngọc Hồi: vận động đồng bào Gia Triêng hiến đất làm đường (30/08/2016)
- Hội thi cán bộ dân vận giỏi lần thứ nhất (12/08/2016)
""", "2016-10-28", "Khối dân vận giao ban quý III: 168 mô hình dân vận khéo được nhân rộng",
E("giao_ban", "2016-Q3", "2016-10-26"),
[P("A Pớt", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"), P("Y Hiền", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("A Dũng", "Bí thư Đảng ủy xã Đăk Na"), P("Y Thu", "Chủ tịch Hội LHPN xã Măng Cành")],
[Q("10 huyện, thành phố", 10, "huyện, thành phố"), Q("86 cuộc đối thoại", 86, "cuộc đối thoại"),
 Q("47 đơn thư", 47, "đơn thư"), Q("12 vụ việc mâu thuẫn trong nội bộ nhân dân", 12, "vụ việc mâu thuẫn trong nội bộ nhân dân"),
 Q("10 vụ", 10, "vụ"), Q("168 mô hình dân vận khéo", 168, "mô hình dân vận khéo"),
 Q("hơn 9.000 hộ", 9000, "hộ", "over"), Q("21 xã", 21, "xã"),
 Q("35 lớp tập huấn", 35, "lớp tập huấn"), Q("1.120 lượt hội viên", 1120, "lượt hội viên"),
 Q("46 hộ đồng bào Xơ Đăng", 46, "hộ đồng bào Xơ Đăng"), Q("3,2 ha", 3.2, "ha"), Q("4,8%", 4.8, "%")],
[D("Kế hoạch", "15", "KH/TU", "2016-08-04", "Tỉnh ủy", "Kế hoạch số 15-KH/TU ngày 04/8/2016"),
 D("Chỉ thị", "05", "CT/TW", "2016-05-15", "Bộ Chính trị", "Chỉ thị số 05-CT/TW ngày 15/5/2016"),
 D("Hướng dẫn", "21", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 21-HD/BDVTU")],
[prov("Kon Tum"), com("Đăk Na"), com("Măng Cành")],
["BAN DÂN VẬN TỈNH ỦY KON TUM", "Vị trí: Trang chủ > Tin tức > Tin hoạt động", "Quang cảnh hội nghị giao ban.",
 "Hà Mòn", "3 cùng", "Lượt xem: 312"],
["28-10-2016 14:30", "quý III/2016", "9 tháng năm 2016", "3 cùng", "năm 2016", "Lượt xem: 312"]))
