from lib import *
PAGES = []

PAGES.append(page("b6029-soctrang-bdv-tongket-2011", """
BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG
Trang chủ » Hoạt động » Công tác dân tộc, tôn giáo
Thứ Tư, 28/12/2011 - 09:30
Ảnh: Quang cảnh hội nghị tổng kết.
Sóc Trăng tổng kết công tác vận động sư sãi, achar chùa Phật giáo Nam tông Khmer năm 2011
Ngày 27/12/2011, Ban Dân vận Tỉnh ủy Sóc Trăng tổ chức hội nghị tổng kết công tác vận động đồng bào Khmer và sư sãi, achar năm 2011, triển khai nhiệm vụ năm 2012. Đồng chí Lâm Hoàng Nghiêm, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì. Dự hội nghị có 86 đại biểu, trong đó có 31 đồng chí là trưởng ban dân vận, chủ tịch Ủy ban MTTQ các huyện, thị xã, thành phố.
Theo báo cáo do đồng chí Thạch Sô Phanh, Phó Trưởng Ban Dân vận Tỉnh ủy trình bày, toàn tỉnh hiện có 92 chùa Phật giáo Nam tông Khmer với trên 2.300 sư sãi và 460 achar trong ban quản trị chùa. Năm 2011, Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 58-KH/TU ngày 14/4/2011 thực hiện Chỉ thị số 68-CT/TW của Ban Bí thư về công tác ở vùng đồng bào dân tộc Khmer, đồng thời phối hợp Ban Tôn giáo tỉnh hướng dẫn thực hiện Quy chế phối hợp số 03-QC/BDVTU-BTG giữa hai cơ quan.
Các chùa đã vận động sư sãi, Phật tử đóng góp trên 4,6 tỷ đồng xây dựng cầu, đường nông thôn, trao 1.250 phần quà Tết cho hộ nghèo; 37 chùa mở lớp dạy chữ Khmer hè cho 5.840 học sinh. Tỷ lệ hộ nghèo đồng bào Khmer giảm còn 24,5%. Ban quản trị các chùa tham gia hòa giải thành 64 vụ việc mâu thuẫn trong phum, sóc.
Tại hội nghị, Hòa thượng Lý Hoàng Phol, Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, trụ trì chùa Som Rông, cho rằng sư sãi, achar cần được thông tin kịp thời về chủ trương của Đảng để giải thích cho bà con. Ông Sơn Thanh Liêm, achar cả chùa Tum Núp, xã Hồ Đắc Kiện, kiến nghị hỗ trợ kinh phí tu bổ sala và trường dạy chữ. Bà Thạch Thị Sa Quênh, HUV, Trưởng Ban Dân vận Huyện ủy Trần Đề, nêu kinh nghiệm vận động achar tham gia tổ hòa giải ở xã Lịch Hội Thượng.
Các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Trần Quốc Khởi, Lâm Thị Phương Thảo đã giải đáp các ý kiến của đại biểu về chế độ bồi dưỡng achar theo Quyết định số 1168/QĐ-UBND của UBND tỉnh.
Phát biểu kết luận, đồng chí Lâm Hoàng Nghiêm đề nghị năm 2012 các cấp tiếp tục thực hiện Nghị quyết 25-NQ/TW của BCH Trung ương (khóa IX) về công tác tôn giáo, làm tốt công tác thăm hỏi các chùa dịp Tết Chôl Chnăm Thmây, lễ Sene Đôlta, Ok Om Bok; phát huy vai trò achar trong phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư".
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 15 tập thể chùa và 22 cá nhân là sư sãi, achar có thành tích tiêu biểu.
Kim Ngân
Lượt xem: 1.204
Tin liên quan
- Trần Đề: gặp mặt 120 achar nhân dịp cuối năm (20/12/2011)
- Hội nghị giao ban công tác dân vận quý III (30/09/2011)
- Thăm, chúc mừng các chùa nhân lễ Sene Đôlta (22/09/2011)
""", "2011-12-28", "Sóc Trăng tổng kết công tác vận động sư sãi, achar chùa Phật giáo Nam tông Khmer năm 2011",
E("tong_ket", "2011", "2011-12-27"),
[P("Lâm Hoàng Nghiêm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thạch Sô Phanh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lý Hoàng Phol", "Hòa thượng", "Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh", "trụ trì chùa Som Rông"),
 P("Sơn Thanh Liêm", "achar cả chùa Tum Núp"),
 P("Thạch Thị Sa Quênh", "HUV", "Trưởng Ban Dân vận Huyện ủy Trần Đề"),
 P("Trần Quốc Khởi", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lâm Thị Phương Thảo", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("86 đại biểu", 86, "đại biểu"), Q("31 đồng chí", 31, "đồng chí"),
 Q("92 chùa Phật giáo Nam tông Khmer", 92, "chùa Phật giáo Nam tông Khmer"),
 Q("trên 2.300 sư sãi", 2300, "sư sãi", "over"), Q("460 achar", 460, "achar"),
 Q("trên 4,6 tỷ đồng", 4600000000, "đồng", "over"), Q("1.250 phần quà", 1250, "phần quà"),
 Q("37 chùa", 37, "chùa"), Q("5.840 học sinh", 5840, "học sinh"), Q("24,5%", 24.5, "%"),
 Q("64 vụ việc mâu thuẫn", 64, "vụ việc mâu thuẫn"), Q("15 tập thể chùa", 15, "tập thể chùa"),
 Q("22 cá nhân", 22, "cá nhân")],
[D("Kế hoạch", "58", "KH/TU", "2011-04-14", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 58-KH/TU ngày 14/4/2011"),
 D("Chỉ thị", "68", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 68-CT/TW của Ban Bí thư"),
 D("Quy chế phối hợp", "03", "QC/BDVTU-BTG", None, None, "Quy chế phối hợp số 03-QC/BDVTU-BTG"),
 D("Quyết định", "1168", "QĐ-UBND", None, "UBND tỉnh", "Quyết định số 1168/QĐ-UBND của UBND tỉnh"),
 D("Nghị quyết", "25", "NQ/TW", None, "BCH Trung ương", "Nghị quyết 25-NQ/TW của BCH Trung ương")],
[prov("Sóc Trăng"), com("Hồ Đắc Kiện"), com("Lịch Hội Thượng")],
["BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG", "Trang chủ » Hoạt động » Công tác dân tộc, tôn giáo",
 "Ảnh: Quang cảnh hội nghị tổng kết.", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư",
 "Hội Đoàn kết sư sãi yêu nước tỉnh", "Tết Chôl Chnăm Thmây", "Sene Đôlta", "Ok Om Bok", "Lượt xem: 1.204"],
["Thứ Tư, 28/12/2011 - 09:30", "31 đồng chí", "năm 2011", "năm 2012", "khóa IX", "Lượt xem: 1.204"]))

PAGES.append(page("b6030-travinh-tracu-soket-2012", """
Cổng thông tin điện tử huyện Trà Cú - tỉnh Trà Vinh
Tin tức - Sự kiện > Dân vận
Cập nhật: 15:40, 10/07/2012 (GMT+7)
Trà Cú: sơ kết 6 tháng thực hiện quy chế phối hợp với Hội Đoàn kết sư sãi yêu nước
Sáng 9/7, Ban Dân vận Huyện ủy Trà Cú phối hợp Ủy ban MTTQ Việt Nam huyện tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2012 và kết quả thực hiện quy chế phối hợp với Chi hội Đoàn kết sư sãi yêu nước huyện, triển khai nhiệm vụ 6 tháng cuối năm. Chủ trì hội nghị có đồng chí Kim Sa Rát, HUV, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện và Đại đức Thạch Chanh Đa, Chi hội trưởng Chi hội Đoàn kết sư sãi yêu nước huyện.
Trà Cú có 68 chùa Phật giáo Nam tông Khmer, 1.450 sư sãi và khoảng 390 achar, chiếm gần 63% dân số là đồng bào Khmer. Thực hiện Quy chế phối hợp số 02-QCPH ngày 5/1/2012 giữa Ban Dân vận Huyện ủy và Chi hội, 6 tháng qua các chùa đã vận động 2.115 hộ đồng bào Khmer tham gia bảo hiểm y tế, hỗ trợ 27 căn nhà đại đoàn kết với tổng trị giá 810 triệu đồng, mỗi căn 30 triệu đồng.
Đặc biệt, sư sãi và achar 21 chùa đã vận động bà con hiến 14.600 m2 đất làm đường liên ấp ở các xã Ngãi Xuyên, Tập Sơn, Kim Sơn. Nhân Tết Chôl Chnăm Thmây, Ban Thường vụ Huyện ủy, UBND huyện tổ chức 9 đoàn đi thăm, chúc Tết 68 chùa.
Tại hội nghị, ông Thạch Sóc, achar chùa Ô Rung, xã Tập Sơn, phản ánh việc một số thanh niên bỏ học đi làm ăn xa; ông Sơn Ngọc Hiền, Bí thư Chi bộ ấp Chông Bát, đề nghị tăng cường dạy nghề cho thanh niên Khmer. Các đồng chí Phó Chủ tịch UBND huyện Trà Cú: Thạch Phi Rum, Huỳnh Văn Bé đã trả lời, tiếp thu ý kiến.
Theo đánh giá, hạn chế là việc nắm tình hình tư tưởng sư sãi trẻ có nơi chưa kịp thời; việc triển khai Chỉ thị 01, 02-CT/HU của Ban Thường vụ Huyện ủy ở một số xã còn chậm. 6 tháng cuối năm, huyện tập trung thực hiện Quyết định số 74/2010/QĐ-TTg của Thủ tướng Chính phủ về hỗ trợ phát triển kinh tế - xã hội các xã, ấp đặc biệt khó khăn vùng đồng bào Khmer, phấn đấu giảm 3% hộ nghèo.
Dịp này, Ủy ban MTTQ Việt Nam huyện khen thưởng 11 chùa và 18 achar có thành tích tiêu biểu trong phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", mỗi suất thưởng 500.000 đồng.
Phát biểu kết luận, đồng chí Kim Sa Rát đề nghị các chùa tiếp tục phát huy vai trò của sư sãi, achar trong tuyên truyền, vận động đồng bào; Ban Dân vận Huyện ủy sẽ phối hợp Phòng Dân tộc huyện mở lớp bồi dưỡng cho achar các chùa trong quý III, đồng thời tổ chức gặp mặt sư sãi nhân lễ Sene Đôlta. Các xã cần chủ động đối thoại, giải quyết kịp thời kiến nghị của nhân dân, không để phát sinh điểm nóng.
Trà Cú - Thạch Hiền
Các tin khác
- Lễ ra quân hè tình nguyện năm 2012 (03/07/2012)
- Trà Cú: bế giảng 42 lớp dạy chữ Khmer tại các chùa (28/06/2012)
- Đón nhận 15 căn nhà đại đoàn kết tại xã Đại An (15/06/2012)
- Tập huấn nghiệp vụ cho cán bộ dân vận xã, thị trấn (01/06/2012)
""", "2012-07-10", "Trà Cú: sơ kết 6 tháng thực hiện quy chế phối hợp với Hội Đoàn kết sư sãi yêu nước",
E("so_ket", "2012-H1", "2012-07-09"),
[P("Kim Sa Rát", "HUV", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Thạch Chanh Đa", "Đại đức", "Chi hội trưởng Chi hội Đoàn kết sư sãi yêu nước huyện"),
 P("Thạch Sóc", "achar chùa Ô Rung"),
 P("Sơn Ngọc Hiền", "Bí thư Chi bộ ấp Chông Bát"),
 P("Thạch Phi Rum", "Phó Chủ tịch UBND huyện Trà Cú"),
 P("Huỳnh Văn Bé", "Phó Chủ tịch UBND huyện Trà Cú")],
[Q("68 chùa Phật giáo Nam tông Khmer", 68, "chùa Phật giáo Nam tông Khmer"), Q("1.450 sư sãi", 1450, "sư sãi"),
 Q("khoảng 390 achar", 390, "achar", "approx"), Q("gần 63%", 63, "%", "approx"),
 Q("2.115 hộ đồng bào Khmer", 2115, "hộ đồng bào Khmer"), Q("27 căn nhà đại đoàn kết", 27, "căn nhà đại đoàn kết"),
 Q("810 triệu đồng", 810000000, "đồng"), Q("30 triệu đồng", 30000000, "đồng"),
 Q("21 chùa", 21, "chùa"), Q("14.600 m2", 14600, "m2"), Q("9 đoàn", 9, "đoàn"),
 Q("3%", 3, "%"), Q("11 chùa", 11, "chùa"), Q("18 achar", 18, "achar"), Q("500.000 đồng", 500000, "đồng")],
[D("Quy chế phối hợp", "02", "QCPH", "2012-01-05", None, "Quy chế phối hợp số 02-QCPH ngày 5/1/2012"),
 D("Chỉ thị", "01", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 01, 02-CT/HU của Ban Thường vụ Huyện ủy"),
 D("Chỉ thị", "02", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 01, 02-CT/HU của Ban Thường vụ Huyện ủy"),
 D("Quyết định", "74", "2010/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 74/2010/QĐ-TTg của Thủ tướng Chính phủ")],
[prov("Trà Vinh"), com("Tập Sơn"), com("Ngãi Xuyên"), com("Kim Sơn")],
["Cổng thông tin điện tử huyện Trà Cú - tỉnh Trà Vinh", "Tin tức - Sự kiện > Dân vận",
 "Chi hội Đoàn kết sư sãi yêu nước huyện", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Tết Chôl Chnăm Thmây"],
["Cập nhật: 15:40, 10/07/2012 (GMT+7)", "6 tháng đầu năm 2012", "6 tháng cuối năm", "6 tháng qua"]))

PAGES.append(page("b6031-kiengiang-trao-qua-2013", """
Báo Kiên Giang Online
Xã hội | Dân tộc - Tôn giáo
08:20 | 12/04/2013
Lãnh đạo tỉnh thăm, tặng quà các chùa Khmer nhân Tết Chôl Chnăm Thmây
Đồng chí Danh Út Sang trao quà cho chùa Láng Cát. Ảnh: Minh Trí
(BKG) - Ngày 11/4, đoàn công tác của Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam tỉnh Kiên Giang do đồng chí Danh Út Sang, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh làm trưởng đoàn đã đến thăm, chúc Tết và tặng quà các chùa Phật giáo Nam tông Khmer, achar và gia đình chính sách nhân dịp Tết cổ truyền Chôl Chnăm Thmây năm 2013.
Cùng đi có các đồng chí Trần Minh Phụng, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; Danh Hùng Em, Phó Trưởng ban Thường trực Ban Dân tộc tỉnh.
Tại chùa Láng Cát, xã Thạnh Lộc, đoàn đã trao 15 triệu đồng hỗ trợ tu sửa sala và 50 phần quà cho sư sãi. Thượng tọa Danh Sa Mây, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, trụ trì chùa Láng Cát, bày tỏ cảm ơn sự quan tâm của lãnh đạo tỉnh và cho biết nhà chùa sẽ tiếp tục vận động Phật tử thực hiện tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước.
Theo Ban Dân vận Tỉnh ủy, toàn tỉnh có 75 chùa Phật giáo Nam tông Khmer với hơn 1.800 sư sãi. Dịp Tết năm nay, các cấp trong tỉnh tổ chức thăm, tặng quà cho 75 chùa, 540 achar, người có uy tín và 3.200 hộ đồng bào Khmer nghèo với tổng kinh phí trên 1,9 tỷ đồng, trong đó mỗi chùa được tặng 5 triệu đồng, mỗi achar 300.000 đồng.
Việc thăm hỏi thực hiện theo Kế hoạch số 27-KH/BDVTU ngày 20/3/2013 của Ban Dân vận Tỉnh ủy và Công văn số 412/UBND-VX của UBND tỉnh, gắn với Quyết định số 18/2011/QĐ-TTg của Thủ tướng Chính phủ về chính sách đối với người có uy tín trong đồng bào dân tộc thiểu số.
Cùng ngày, đoàn đến thăm chùa Cà Lang, thị trấn Gò Quao và gia đình ông Danh Sô Phone, achar chùa Cà Lang, 82 tuổi, người có hơn 40 năm gắn bó với nhà chùa. Ông Danh Sô Phone cho biết năm qua ông cùng ban quản trị vận động 126 hộ đóng góp ngày công, làm 2,5 km đường bê tông vào phum.
Trước đó, các đoàn do đồng chí Nguyễn Thanh Nhàn, Phó Chủ tịch UBND tỉnh và đồng chí Lê Thị Minh Phụng, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh dẫn đầu đã thăm, tặng quà các chùa ở huyện Châu Thành, Hòn Đất và thành phố Rạch Giá.
Tại các nơi đến thăm, đồng chí Danh Út Sang ghi nhận những đóng góp của sư sãi, achar trong giữ gìn bản sắc văn hóa, xóa đói giảm nghèo và bảo đảm an ninh trật tự ở vùng đồng bào Khmer; đề nghị các chùa tiếp tục duy trì lớp dạy chữ Khmer, tổ chức lễ hội vui tươi, an toàn, tiết kiệm, không để các phần tử xấu lợi dụng.
Minh Trí
Tin cùng chuyên mục
- Kiên Giang chuẩn bị đón Tết Chôl Chnăm Thmây an toàn, tiết kiệm (05/04/2013)
- Hòn Đất: trao 200 suất quà cho hộ Khmer nghèo (03/04/2013)
- Bồi dưỡng kiến thức dân tộc cho cán bộ vùng đồng bào Khmer (28/03/2013)
""", "2013-04-12", "Lãnh đạo tỉnh thăm, tặng quà các chùa Khmer nhân Tết Chôl Chnăm Thmây",
E("trao_qua", None, "2013-04-11"),
[P("Danh Út Sang", "Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Trần Minh Phụng", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Danh Hùng Em", "Phó Trưởng ban Thường trực Ban Dân tộc tỉnh"),
 P("Danh Sa Mây", "Thượng tọa", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh", "trụ trì chùa Láng Cát"),
 P("Danh Sô Phone", "achar chùa Cà Lang"),
 P("Nguyễn Thanh Nhàn", "Phó Chủ tịch UBND tỉnh"),
 P("Lê Thị Minh Phụng", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("15 triệu đồng", 15000000, "đồng"), Q("50 phần quà", 50, "phần quà"),
 Q("75 chùa Phật giáo Nam tông Khmer", 75, "chùa Phật giáo Nam tông Khmer"), Q("hơn 1.800 sư sãi", 1800, "sư sãi", "over"),
 Q("540 achar", 540, "achar"), Q("3.200 hộ đồng bào Khmer nghèo", 3200, "hộ đồng bào Khmer nghèo"),
 Q("trên 1,9 tỷ đồng", 1900000000, "đồng", "over"), Q("5 triệu đồng", 5000000, "đồng"), Q("300.000 đồng", 300000, "đồng"),
 Q("126 hộ", 126, "hộ"), Q("2,5 km", 2.5, "km")],
[D("Kế hoạch", "27", "KH/BDVTU", "2013-03-20", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 27-KH/BDVTU ngày 20/3/2013"),
 D("Công văn", "412", "UBND-VX", None, "UBND tỉnh", "Công văn số 412/UBND-VX"),
 D("Quyết định", "18", "2011/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 18/2011/QĐ-TTg")],
[prov("Kiên Giang"), com("Thạnh Lộc"), com("Gò Quao")],
["Báo Kiên Giang Online", "Xã hội | Dân tộc - Tôn giáo", "Đồng chí Danh Út Sang trao quà cho chùa Láng Cát. Ảnh: Minh Trí",
 "(BKG)", "Hội Đoàn kết sư sãi yêu nước tỉnh", "Tết cổ truyền Chôl Chnăm Thmây", "Tin cùng chuyên mục"],
["08:20 | 12/04/2013", "82 tuổi", "40 năm", "năm 2013"]))

PAGES.append(page("b6032-hanoi-mttq-tiep-doan-2014", """
MẶT TRẬN TỔ QUỐC VIỆT NAM - Cổng thông tin điện tử
Hôm nay: Thứ Năm, 16/10/2014
Bạn đang ở: Trang chủ / Hoạt động Mặt trận / Dân tộc - Tôn giáo
15/10/2014 - 16:05
Đoàn sư sãi, achar tiêu biểu đồng bào Khmer thăm cơ quan Ủy ban Trung ương MTTQ Việt Nam
Toàn cảnh buổi tiếp đoàn tại trụ sở Ủy ban Trung ương MTTQ Việt Nam.
Chiều 14/10, tại Hà Nội, đồng chí Phùng Thị Ngọc Hân, Phó Chủ tịch - Tổng Thư ký Ủy ban Trung ương MTTQ Việt Nam đã tiếp đoàn 45 sư sãi, achar, người có uy tín tiêu biểu đồng bào Khmer các tỉnh Sóc Trăng, Trà Vinh, Bạc Liêu ra thăm Thủ đô. Đoàn do Hòa thượng Dương Kim Sa, Phó Chủ tịch Hội đồng Trị sự Giáo hội Phật giáo Việt Nam, Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh Sóc Trăng làm trưởng đoàn.
Cùng tiếp đoàn có các đồng chí Trưởng Ban Dân tộc - Tôn giáo Ủy ban Trung ương MTTQ Việt Nam Lò Văn Pua và Phó Trưởng ban Tuyên giáo Ủy ban Trung ương MTTQ Việt Nam Hoàng Thị Lệ Thu.
Báo cáo với lãnh đạo Ủy ban Trung ương MTTQ Việt Nam, Thượng tọa Thạch Sa Oai, Phó trưởng đoàn, cho biết 3 tỉnh hiện có 312 chùa Phật giáo Nam tông Khmer với gần 6.900 sư sãi. Thời gian qua, sư sãi, achar đã tích cực vận động Phật tử thực hiện cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", tham gia giữ gìn an ninh trật tự, góp phần ổn định vùng biên giới và ven biển. Riêng năm 2013, các chùa vận động đóng góp hơn 21 tỷ đồng xây dựng cầu, đường, nhà tình thương; 146 chùa duy trì lớp dạy chữ Khmer với trên 18.000 lượt học sinh theo học.
Ông Kim Sô Phết, achar cả chùa Sà Lôn, Bạc Liêu, phát biểu: "Bà con Khmer tin tưởng vào chủ trương của Đảng, chính sách của Nhà nước. Chúng tôi mong muốn được tiếp tục quan tâm đào tạo sư sãi trẻ và hỗ trợ tu bổ các chùa đã xuống cấp". Bà Thạch Thị Sa Rươne, người có uy tín ấp Bưng Lớn, xã Tân Sơn, đề nghị có chính sách hỗ trợ vốn cho thanh niên Khmer học nghề.
Phát biểu tại buổi tiếp, đồng chí Phùng Thị Ngọc Hân ghi nhận đóng góp của đồng bào Khmer; cho biết Ủy ban Trung ương MTTQ Việt Nam đang phối hợp xây dựng đề án về phát huy vai trò người có uy tín theo tinh thần Chỉ thị số 06/2008/CT-TTg của Thủ tướng Chính phủ và Quyết định số 56/2013/QĐ-TTg về chế độ, chính sách đối với người có uy tín; đồng thời tổ chức sơ kết Nghị quyết liên tịch số 01/2013/NQLT-CP-ĐCTUBTWMTTQVN giữa Chính phủ và Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam. Đồng chí mong muốn sư sãi, achar tiếp tục là cầu nối giữa Đảng, Nhà nước với đồng bào.
Trong thời gian ở Hà Nội (từ ngày 13 đến 17/10), đoàn sẽ vào Lăng viếng Chủ tịch Hồ Chí Minh, thăm Ban Tôn giáo Chính phủ, Học viện Phật giáo Việt Nam tại Hà Nội, chùa Quán Sứ và làm việc với Ban Dân tộc và Tôn giáo của cơ quan Mặt trận.
Đỗ Hương
Tin khác
- Gặp mặt đại biểu người có uy tín các tỉnh Tây Nguyên (10/10/2014)
- Hội nghị Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam lần thứ 6 (03/10/2014)
- Trao 500 suất học bổng cho học sinh dân tộc thiểu số (25/09/2014)
- Phát động tháng cao điểm "Vì người nghèo" năm 2014 (20/09/2014)
""", "2014-10-15", "Đoàn sư sãi, achar tiêu biểu đồng bào Khmer thăm cơ quan Ủy ban Trung ương MTTQ Việt Nam",
E("khac", None, "2014-10-14"),
[P("Phùng Thị Ngọc Hân", "Phó Chủ tịch - Tổng Thư ký Ủy ban Trung ương MTTQ Việt Nam"),
 P("Dương Kim Sa", "Hòa thượng", "Phó Chủ tịch Hội đồng Trị sự Giáo hội Phật giáo Việt Nam", "Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh Sóc Trăng", "trưởng đoàn"),
 P("Lò Văn Pua", "Trưởng Ban Dân tộc - Tôn giáo Ủy ban Trung ương MTTQ Việt Nam"),
 P("Hoàng Thị Lệ Thu", "Phó Trưởng ban Tuyên giáo Ủy ban Trung ương MTTQ Việt Nam"),
 P("Thạch Sa Oai", "Thượng tọa", "Phó trưởng đoàn"),
 P("Kim Sô Phết", "achar cả chùa Sà Lôn"),
 P("Thạch Thị Sa Rươne", "người có uy tín ấp Bưng Lớn")],
[Q("45 sư sãi, achar, người có uy tín", 45, "sư sãi, achar, người có uy tín"),
 Q("312 chùa Phật giáo Nam tông Khmer", 312, "chùa Phật giáo Nam tông Khmer"),
 Q("gần 6.900 sư sãi", 6900, "sư sãi", "approx"), Q("hơn 21 tỷ đồng", 21000000000, "đồng", "over"),
 Q("146 chùa", 146, "chùa"), Q("trên 18.000 lượt học sinh", 18000, "lượt học sinh", "over")],
[D("Chỉ thị", "06", "2008/CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị số 06/2008/CT-TTg của Thủ tướng Chính phủ"),
 D("Quyết định", "56", "2013/QĐ-TTg", None, None, "Quyết định số 56/2013/QĐ-TTg"),
 D("Nghị quyết liên tịch", "01", "2013/NQLT-CP-ĐCTUBTWMTTQVN", None, "Chính phủ và Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam", "Nghị quyết liên tịch số 01/2013/NQLT-CP-ĐCTUBTWMTTQVN")],
[prov("Hà Nội"), prov("Sóc Trăng"), prov("Trà Vinh"), prov("Bạc Liêu"), com("Tân Sơn")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM - Cổng thông tin điện tử", "Bạn đang ở: Trang chủ / Hoạt động Mặt trận / Dân tộc - Tôn giáo",
 "Toàn cảnh buổi tiếp đoàn tại trụ sở Ủy ban Trung ương MTTQ Việt Nam.", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
 "Hội Đoàn kết sư sãi yêu nước tỉnh Sóc Trăng", "Học viện Phật giáo Việt Nam tại Hà Nội", "chùa Quán Sứ", "Ban Tôn giáo Chính phủ"],
["Hôm nay: Thứ Năm, 16/10/2014", "15/10/2014 - 16:05", "năm 2013", "3 tỉnh", "từ ngày 13 đến 17/10"]))

PAGES.append(page("b6033-baclieu-taphuan-achar-2014", """
BAN DÂN VẬN TỈNH ỦY BẠC LIÊU
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ
Ngày đăng 22/08/2014 | 14:20
Tin hoạt động :: Công tác dân tộc - tôn giáo
Bồi dưỡng kiến thức cho 160 achar, ban quản trị chùa Khmer
Ảnh: Đồng chí Lý Thị Sa Thi phát biểu khai mạc lớp bồi dưỡng.
Từ ngày 20 đến 21/8, Ban Dân vận Tỉnh ủy Bạc Liêu phối hợp Ban Dân tộc tỉnh và Ban Tôn giáo tỉnh tổ chức lớp tập huấn, bồi dưỡng kiến thức về công tác dân tộc, tôn giáo năm 2014 cho 160 achar, thành viên ban quản trị các chùa Phật giáo Nam tông Khmer trong tỉnh. Đồng chí Lý Thị Sa Thi, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy dự và phát biểu khai mạc.
Các học viên được nghe đồng chí Huỳnh Văn Triều, Phó Trưởng Ban Dân vận Tỉnh ủy, quán triệt Chỉ thị số 68-CT/TW của Ban Bí thư, Kết luận số 65-KL/TW ngày 21/12/2013 của Ban Bí thư về tiếp tục thực hiện chỉ thị này, và Nghị định số 92/2012/NĐ-CP của Chính phủ quy định chi tiết Pháp lệnh tín ngưỡng, tôn giáo. Ông Trần Văn Hon, Trưởng Ban Tôn giáo tỉnh, hướng dẫn thủ tục đăng ký sinh hoạt tôn giáo, việc tu bổ chùa, tổ chức lễ hội. Ông Kim Hoàng Sơn, Phó Trưởng ban Ban Dân tộc tỉnh, thông tin về chính sách hỗ trợ theo Quyết định số 29/2013/QĐ-TTg về hỗ trợ đất ở, đất sản xuất, giải quyết việc làm cho đồng bào dân tộc thiểu số nghèo.
Theo Ban Dân vận Tỉnh ủy, Bạc Liêu có 41 chùa Phật giáo Nam tông Khmer, hơn 900 sư sãi và 248 achar. Từ năm 2011 đến nay, tỉnh đã mở 6 lớp với tổng số 812 lượt học viên là achar, sư sãi; năm nay mỗi học viên được hỗ trợ 150.000 đồng/ngày tiền ăn và tài liệu. Kinh phí tổ chức lớp gần 96 triệu đồng, lấy từ nguồn thực hiện Kế hoạch số 33-KH/BDVTU của Ban Dân vận Tỉnh ủy.
Thảo luận tại lớp, ông Thạch Thanh Tâm, achar chùa Xiêm Cán, phường Nhà Mát, đề nghị ban tổ chức in thêm tài liệu song ngữ Việt - Khmer. Ông Lâm Sa Rinh, Trưởng ban quản trị chùa Kos Thum, xã Hưng Hội, chia sẻ cách ban quản trị phối hợp chi bộ ấp vận động 54 hộ Khmer nghèo chuyển đổi nghề. Bà Huỳnh Thị Sa Ly, Phó Chủ tịch Hội LHPN huyện Vĩnh Lợi, kiến nghị mở thêm lớp dạy nghề cho phụ nữ Khmer.
Bế mạc lớp học, đồng chí Lý Thị Sa Thi đề nghị các achar về địa phương phổ biến lại kiến thức cho sư sãi, Phật tử; phát huy vai trò trong phong trào "Dân vận khéo", góp phần thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIV. Ban tổ chức đã cấp giấy chứng nhận cho 158 học viên, đạt 98,75%.
Hữu Thọ
Lượt truy cập: 1.056.321
Các tin đã đưa
- Giao ban khối dân vận quý II/2014 (15/07/2014)
- Hội nghị gặp mặt sư sãi nhân lễ Sene Đôlta (10/09/2013)
- Phước Long: thăm, tặng quà 12 chùa Khmer (11/04/2014)
""", "2014-08-22", "Bồi dưỡng kiến thức cho 160 achar, ban quản trị chùa Khmer",
E("tap_huan", "2014", "2014-08-20"),
[P("Lý Thị Sa Thi", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Huỳnh Văn Triều", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Văn Hon", "Trưởng Ban Tôn giáo tỉnh"),
 P("Kim Hoàng Sơn", "Phó Trưởng ban Ban Dân tộc tỉnh"),
 P("Thạch Thanh Tâm", "achar chùa Xiêm Cán"),
 P("Lâm Sa Rinh", "Trưởng ban quản trị chùa Kos Thum"),
 P("Huỳnh Thị Sa Ly", "Phó Chủ tịch Hội LHPN huyện Vĩnh Lợi")],
[Q("160 achar, thành viên ban quản trị", 160, "achar, thành viên ban quản trị"),
 Q("41 chùa Phật giáo Nam tông Khmer", 41, "chùa Phật giáo Nam tông Khmer"), Q("hơn 900 sư sãi", 900, "sư sãi", "over"),
 Q("248 achar", 248, "achar"), Q("6 lớp", 6, "lớp"), Q("812 lượt học viên", 812, "lượt học viên"),
 Q("150.000 đồng", 150000, "đồng"), Q("gần 96 triệu đồng", 96000000, "đồng", "approx"),
 Q("54 hộ Khmer nghèo", 54, "hộ Khmer nghèo"), Q("158 học viên", 158, "học viên"), Q("98,75%", 98.75, "%")],
[D("Chỉ thị", "68", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 68-CT/TW của Ban Bí thư"),
 D("Kết luận", "65", "KL/TW", "2013-12-21", "Ban Bí thư", "Kết luận số 65-KL/TW ngày 21/12/2013 của Ban Bí thư"),
 D("Nghị định", "92", "2012/NĐ-CP", None, "Chính phủ", "Nghị định số 92/2012/NĐ-CP của Chính phủ"),
 D("Quyết định", "29", "2013/QĐ-TTg", None, None, "Quyết định số 29/2013/QĐ-TTg"),
 D("Kế hoạch", "33", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 33-KH/BDVTU của Ban Dân vận Tỉnh ủy")],
[prov("Bạc Liêu"), com("Nhà Mát"), com("Hưng Hội")],
["BAN DÂN VẬN TỈNH ỦY BẠC LIÊU", "Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ", "Tin hoạt động :: Công tác dân tộc - tôn giáo",
 "Ảnh: Đồng chí Lý Thị Sa Thi phát biểu khai mạc lớp bồi dưỡng.", "Dân vận khéo", "Pháp lệnh tín ngưỡng, tôn giáo",
 "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIV", "Lượt truy cập: 1.056.321"],
["Ngày đăng 22/08/2014 | 14:20", "Từ ngày 20 đến 21/8", "năm 2014", "Từ năm 2011 đến nay", "lần thứ XIV", "Lượt truy cập: 1.056.321"]))

PAGES.append(page("b6034-angiang-olam-doithoai-2015", """
ĐẢNG ỦY - HĐND - UBND XÃ Ô LÂM
Huyện Tri Tôn - Tỉnh An Giang
20-11-2015 10:15
Trang chủ >> Tin tức - Sự kiện >> Hoạt động Đảng ủy
Xã Ô Lâm đối thoại với achar, ban quản trị chùa và người có uy tín năm 2015
Sáng ngày 19/11/2015, Đảng ủy xã Ô Lâm tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với achar, ban quản trị 7 chùa Phật giáo Nam tông Khmer và người có uy tín trên địa bàn xã năm 2015. Chủ trì đối thoại có đồng chí Chau Sóc Ty, Bí thư Đảng ủy, Chủ tịch HĐND xã và đồng chí Néang Sa Phol, Phó Bí thư Đảng ủy, Chủ tịch UBND xã. Dự có đồng chí Chau Phi Rết, HUV, Phó Trưởng Ban Dân vận Huyện ủy Tri Tôn.
Hội nghị được tổ chức theo Kế hoạch số 24-KH/ĐU ngày 2/10/2015 của Đảng ủy xã và Hướng dẫn số 09-HD/BDVHU của Ban Dân vận Huyện ủy về tổ chức đối thoại trực tiếp với nhân dân. Có 64 đại biểu dự, trong đó 21 achar và 14 người có uy tín.
Tại buổi đối thoại, 12 ý kiến đã được nêu lên. Ông Chau Kim Sơn, achar cả chùa Soài Chek, phản ánh đoạn đường 1,8 km vào chùa xuống cấp, mùa mưa bà con đi lễ khó khăn. Ông Chau Thanh, Trưởng ban quản trị chùa Tà Miệt, đề nghị xã sớm cấp giấy chứng nhận quyền sử dụng 4.200 m2 đất chùa. Bà Néang Thi, người có uy tín ấp Ô Tà Sóc, kiến nghị giải quyết việc 15 hộ chưa được vay vốn hộ nghèo.
Trả lời các ý kiến, đồng chí Néang Sa Phol cho biết xã đã đưa tuyến đường vào kế hoạch năm 2016 với tổng vốn dự kiến 2,1 tỷ đồng, trong đó nhân dân và nhà chùa vận động đóng góp khoảng 600 triệu đồng; hồ sơ đất chùa Tà Miệt đã chuyển Phòng Tài nguyên và Môi trường huyện. Đồng chí Trần Văn Nghĩa, Phó Chủ tịch UBND xã, cho biết Phòng Giao dịch Ngân hàng Chính sách xã hội huyện đã bố trí 450 triệu đồng cho 15 hộ vay, mỗi hộ tối đa 30 triệu đồng.
Năm 2015, các chùa trong xã đã phối hợp vận động 312 hộ Khmer tham gia bảo hiểm y tế, nâng tỷ lệ bao phủ lên 81%; ban quản trị chùa góp 45 ngày công sửa chữa 3 cây cầu nông thôn. Tỷ lệ hộ nghèo của xã giảm từ 18,6% xuống còn 14,2%.
Kết luận hội nghị, đồng chí Chau Sóc Ty ghi nhận vai trò của achar trong các phum, sóc; yêu cầu các ngành giải quyết dứt điểm 12 ý kiến trước ngày 31/12; đồng thời giao Khối dân vận xã đưa nội dung đối thoại vào Quy chế dân chủ ở cơ sở theo Pháp lệnh số 34/2007/PL-UBTVQH11.
Sau hội nghị, Ban Thường vụ Đảng ủy xã phân công các đồng chí trong Ban Chấp hành phụ trách từng ấp, thường xuyên đến chùa nắm tình hình, lắng nghe ý kiến của sư sãi, achar và Phật tử; UBND xã công khai kết quả giải quyết các kiến nghị trên hệ thống loa truyền thanh bằng tiếng Việt và tiếng Khmer.
Ban biên tập
Tin liên quan
- Ô Lâm ra mắt mô hình "Chùa Khmer văn minh" (10/10/2015)
- Đại hội Đảng bộ xã Ô Lâm nhiệm kỳ 2015-2020 (15/05/2015)
- Hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2015 (08/07/2015)
""", "2015-11-20", "Xã Ô Lâm đối thoại với achar, ban quản trị chùa và người có uy tín năm 2015",
E("doi_thoai", "2015", "2015-11-19"),
[P("Chau Sóc Ty", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Néang Sa Phol", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Chau Phi Rết", "HUV", "Phó Trưởng Ban Dân vận Huyện ủy Tri Tôn"),
 P("Chau Kim Sơn", "achar cả chùa Soài Chek"),
 P("Chau Thanh", "Trưởng ban quản trị chùa Tà Miệt"),
 P("Néang Thi", "người có uy tín ấp Ô Tà Sóc"),
 P("Trần Văn Nghĩa", "Phó Chủ tịch UBND xã")],
[Q("7 chùa Phật giáo Nam tông Khmer", 7, "chùa Phật giáo Nam tông Khmer"), Q("64 đại biểu", 64, "đại biểu"),
 Q("21 achar", 21, "achar"), Q("14 người có uy tín", 14, "người có uy tín"), Q("12 ý kiến", 12, "ý kiến"),
 Q("1,8 km", 1.8, "km"), Q("4.200 m2", 4200, "m2"), Q("15 hộ", 15, "hộ"),
 Q("2,1 tỷ đồng", 2100000000, "đồng"), Q("khoảng 600 triệu đồng", 600000000, "đồng", "approx"),
 Q("450 triệu đồng", 450000000, "đồng"), Q("tối đa 30 triệu đồng", 30000000, "đồng"),
 Q("312 hộ Khmer", 312, "hộ Khmer"), Q("81%", 81, "%"), Q("45 ngày công", 45, "ngày công"),
 Q("3 cây cầu nông thôn", 3, "cây cầu nông thôn"), Q("18,6%", 18.6, "%"), Q("14,2%", 14.2, "%")],
[D("Kế hoạch", "24", "KH/ĐU", "2015-10-02", "Đảng ủy xã", "Kế hoạch số 24-KH/ĐU ngày 2/10/2015 của Đảng ủy xã"),
 D("Hướng dẫn", "09", "HD/BDVHU", None, "Ban Dân vận Huyện ủy", "Hướng dẫn số 09-HD/BDVHU của Ban Dân vận Huyện ủy"),
 D("Pháp lệnh", "34", "2007/PL-UBTVQH11", None, None, "Pháp lệnh số 34/2007/PL-UBTVQH11")],
[prov("An Giang"), com("Ô Lâm")],
["ĐẢNG ỦY - HĐND - UBND XÃ Ô LÂM", "Huyện Tri Tôn - Tỉnh An Giang", "Trang chủ >> Tin tức - Sự kiện >> Hoạt động Đảng ủy", "Quy chế dân chủ ở cơ sở", "Khối dân vận xã"],
["20-11-2015 10:15", "năm 2015", "năm 2016", "trước ngày 31/12"]))
