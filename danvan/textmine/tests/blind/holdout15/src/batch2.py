from lib import *
PAGES = []

PAGES.append(page("b323-thainguyen-bdv-hoinghi-2017", """
BAN DÂN VẬN TỈNH ỦY THÁI NGUYÊN
Trang chủ » Tin tức - Sự kiện » Dân vận khéo
Thứ Tư, 15/11/2017 | 09:05
Nhân rộng 318 mô hình "Dân vận khéo" ở cơ sở
Ngày 13/11, Ban Dân vận Tỉnh ủy tổ chức hội nghị biểu dương điển hình "Dân vận khéo" năm 2017, với 2 điểm cầu tại thành phố Thái Nguyên và huyện Định Hóa.
Quang cảnh hội nghị tại điểm cầu chính.
Dự hội nghị có đồng chí Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh Ma Thị Nguyệt; đồng chí Hoàng Văn Lù, Phó Trưởng Ban Nội chính Tỉnh ủy; các đồng chí Triệu Thị Lan, Dương Văn Quang - Phó Trưởng Ban Dân vận Tỉnh ủy.
Toàn tỉnh Thái Nguyên có 318 mô hình "Dân vận khéo", trong đó 94 mô hình ở lĩnh vực kinh tế. Nhờ các mô hình này, nhân dân đã hiến 12,6 ha đất, góp 9 tỷ 475 triệu đồng xây dựng nông thôn mới; thu nhập bình quân ở nhiều xã đạt 32 triệu đồng/người/năm. Ban Thường vụ Tỉnh ủy đã ban hành Chỉ thị 21-CT/TU và Quy định 07-QĐ/TU về trách nhiệm người đứng đầu trong tiếp xúc, đối thoại với nhân dân.
Bà Hà Thị Chuyên, Bí thư chi bộ thôn Khuôn Tát, xã Phú Đình, kể thôn đã vận động 63 hộ chuyển sang trồng chè an toàn, giá bán 180.000đ/kg chè búp khô. Mô hình "Mỗi tháng một câu chuyện dân vận" ở xã Tân Cương cũng được biểu dương.
Dịp này, 18 tập thể, 31 cá nhân được Ban Dân vận Tỉnh ủy tặng Giấy khen; trong đó có 6 đồng chí là bí thư chi bộ thôn, xóm.
Đồng chí Ma Thị Nguyệt đề nghị các cấp ủy gắn phong trào với thực hiện quy chế dân chủ ở cơ sở, để 318 mô hình tiếp tục lan tỏa.
Thanh Nga
Lượt xem: 1.118
Tin liên quan
- Giao ban khối dân vận quý III năm 2017
- Định Hóa: đối thoại với nhân dân về giải phóng mặt bằng
- Tập huấn công tác dân vận chính quyền
- Võ Nhai có 14 điển hình dân vận khéo
- Khối dân vận tỉnh sơ kết 6 tháng
""", "2017-11-15", "Nhân rộng 318 mô hình \"Dân vận khéo\" ở cơ sở",
E("hoi_nghi", "2017", "2017-11-13"),
[P("Ma Thị Nguyệt", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Hoàng Văn Lù", "Phó Trưởng Ban Nội chính Tỉnh ủy"),
 P("Triệu Thị Lan", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Dương Văn Quang", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hà Thị Chuyên", "Bí thư chi bộ thôn Khuôn Tát")],
[Q("2 điểm cầu", 2, "điểm cầu"),
 Q("318 mô hình", 318, "mô hình"),
 Q("94 mô hình", 94, "mô hình"),
 Q("12,6 ha", 12.6, "ha"),
 Q("9 tỷ 475 triệu đồng", 9475000000, "đồng"),
 Q("32 triệu đồng/người/năm", 32000000, "đồng"),
 Q("63 hộ", 63, "hộ"),
 Q("180.000đ/kg", 180000, "đồng"),
 Q("18 tập thể", 18, "tập thể"),
 Q("31 cá nhân", 31, "cá nhân"),
 Q("6 đồng chí", 6, "đồng chí")],
[D("Chỉ thị", "21", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 21-CT/TU"),
 D("Quy định", "07", "QĐ/TU", None, "Ban Thường vụ Tỉnh ủy", "Quy định 07-QĐ/TU")],
[prov("Thái Nguyên"), com("Phú Đình"), com("Tân Cương")],
["BAN DÂN VẬN TỈNH ỦY THÁI NGUYÊN", "Trang chủ » Tin tức - Sự kiện » Dân vận khéo", "Quang cảnh hội nghị tại điểm cầu chính.", "Dân vận khéo", "Mỗi tháng một câu chuyện dân vận", "huyện Định Hóa", "thôn Khuôn Tát", "Lượt xem: 1.118"],
["Ngày 13/11", "năm 2017", "6 đồng chí", "Lượt xem: 1.118"]))

PAGES.append(page("b324-quangnam-mttq-doithoai-2018", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG NAM
Cổng thông tin điện tử Mặt trận tỉnh
Trang chủ > Hoạt động Mặt trận > Giám sát, phản biện
22/08/2018 - 11:40
Đồng bào Cơ Tu đối thoại về đất sản xuất
(MTQN) - Sáng 20/8, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh phối hợp UBND huyện Tây Giang tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2018.
Già làng Bríu Pố (bìa phải) phát biểu tại buổi đối thoại.
Dự có đồng chí Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Alăng Thị Mai; đồng chí Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh Bhling Văn Tươi; đồng chí A Viết Sơn, vừa được Ban Thường vụ Tỉnh ủy điều động giữ chức Bí thư Huyện ủy Tây Giang.
Hơn 220 người có uy tín và người dân của 10 xã tham dự, nêu 34 kiến nghị về đất sản xuất, chi trả dịch vụ môi trường rừng và nước sinh hoạt. Già làng Bríu Pố, người có uy tín thôn Agrí, xã Ch'ơm, đề nghị giao thêm đất cho 87 hộ thiếu đất sản xuất.
Trả lời, đồng chí A Viết Sơn cho biết huyện đang thực hiện Quyết định 2147/QĐ-TTg của Thủ tướng Chính phủ; mức chi trả dịch vụ môi trường rừng năm nay khoảng 400.000 đồng/ha, tổng tiền chi trả hơn 21,3 tỷ đồng. Nghị quyết 128/2018/NQ-HĐND của HĐND tỉnh hỗ trợ 15 triệu đồng/hộ làm nhà vệ sinh.
Bà Alăng Thị Mai đề nghị 34 kiến nghị phải được trả lời bằng văn bản trong 30 ngày; Mặt trận sẽ giám sát theo cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".
Ông Zơ Râm Bơ, người dân thôn Arớc, xã Lăng, cảm ơn tỉnh Quảng Nam đã làm đường vào khu sản xuất.
Pơloong Hiền
Lượt xem: 2.006
Tin khác
- Mặt trận huyện Nam Giang giám sát hỗ trợ nhà ở
- Hội nghị phản biện dự thảo quy hoạch
- Trao 50 suất học bổng cho học sinh dân tộc thiểu số
""", "2018-08-22", "Đồng bào Cơ Tu đối thoại về đất sản xuất",
E("doi_thoai", "2018", "2018-08-20"),
[P("Bríu Pố", "Già làng", "người có uy tín thôn Agrí"),
 P("Alăng Thị Mai", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Bhling Văn Tươi", "Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh"),
 P("A Viết Sơn", "Bí thư Huyện ủy Tây Giang"),
 P("Zơ Râm Bơ", "người dân thôn Arớc")],
[Q("Hơn 220 người có uy tín và người dân", 220, "người có uy tín và người dân", "over"),
 Q("10 xã", 10, "xã"),
 Q("34 kiến nghị", 34, "kiến nghị"),
 Q("87 hộ", 87, "hộ"),
 Q("khoảng 400.000 đồng/ha", 400000, "đồng", "approx"),
 Q("hơn 21,3 tỷ đồng", 21300000000, "đồng", "over"),
 Q("15 triệu đồng/hộ", 15000000, "đồng")],
[D("Quyết định", "2147", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 2147/QĐ-TTg"),
 D("Nghị quyết", "128", "2018/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết 128/2018/NQ-HĐND")],
[prov("Quảng Nam"), com("Ch'ơm"), com("Lăng")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG NAM", "Cổng thông tin điện tử Mặt trận tỉnh", "Trang chủ > Hoạt động Mặt trận > Giám sát, phản biện", "Già làng Bríu Pố (bìa phải) phát biểu tại buổi đối thoại.", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "huyện Tây Giang", "thôn Agrí", "Lượt xem: 2.006"],
["Sáng 20/8", "năm 2018", "trong 30 ngày", "Lượt xem: 2.006"]))

PAGES.append(page("b325-bacgiang-xa-giaoban-2019", """
ĐẢNG ỦY - HĐND - UBND XÃ TÂN SƠN
Huyện Lục Ngạn - Tỉnh Bắc Giang
Trang chủ / Tin tức / Hoạt động của xã
Ngày đăng 04/04/2019 | 07:30
Giao ban khối dân vận xã tháng 3
Ngày 2/4, Ban Dân vận Đảng ủy xã Tân Sơn tổ chức giao ban khối dân vận tháng 3 năm 2019, đánh giá việc vận động nhân dân tiêu thụ vải thiều và làm đường trục thôn.
Đồng chí Giáp Văn Thắm (bìa trái) chủ trì giao ban.
Chủ trì có đồng chí ĐUV, Trưởng Ban Dân vận Đảng ủy xã, Chủ tịch Ủy ban MTTQ xã Giáp Văn Thắm. Dự có đồng chí Hoàng Thị Thơm, Phó Chủ tịch UBND xã và trưởng các đoàn thể: Nông Văn Lầu, Chủ tịch Hội Nông dân xã; Lý Thị Nhung, Chủ tịch Hội LHPN xã.
Trong tháng, khối dân vận vận động 41 hộ hiến 2.350 m2 đất, góp 685 triệu đồng làm 3,4 km đường trục thôn. Hội Nông dân xã phối hợp đưa 1.250 tấn vải thiều sớm ra thị trường, giá bình quân 25.000 đồng/kg. Thực hiện Chỉ thị 08, 09-CT/ĐU của Đảng ủy xã về xây dựng nông thôn mới nâng cao, 5 thôn đã đăng ký đạt chuẩn khu dân cư kiểu mẫu.
Ông Hà Văn Thềnh, trưởng thôn Khuôn Bò, cho biết thôn có 2 vụ mâu thuẫn về ranh giới đất, đã hòa giải thành 1 vụ. Phong trào "5 không, 3 sạch" được các chi hội phụ nữ duy trì.
Đồng chí Giáp Văn Thắm đề nghị tháng 4 tập trung tuyên truyền Nghị quyết 15-NQ/HU của Ban Chấp hành Đảng bộ huyện về phát triển vải thiều theo chuẩn VietGAP.
Văn phòng Đảng ủy xã
Lượt truy cập: 412
Tin cùng chuyên mục
- Xã Tân Sơn ra quân làm đường giao thông
- Hội nghị giao ban khối dân vận tháng 2
- Tập huấn kỹ thuật chăm sóc vải thiều
- Đại hội Chi hội Nông dân thôn Đồng Cốc
""", "2019-04-04", "Giao ban khối dân vận xã tháng 3",
E("giao_ban", "2019-03", "2019-04-02"),
[P("Giáp Văn Thắm", "ĐUV", "Trưởng Ban Dân vận Đảng ủy xã", "Chủ tịch Ủy ban MTTQ xã"),
 P("Hoàng Thị Thơm", "Phó Chủ tịch UBND xã"),
 P("Nông Văn Lầu", "Chủ tịch Hội Nông dân xã"),
 P("Lý Thị Nhung", "Chủ tịch Hội LHPN xã"),
 P("Hà Văn Thềnh", "trưởng thôn Khuôn Bò")],
[Q("41 hộ", 41, "hộ"),
 Q("2.350 m2", 2350, "m2"),
 Q("685 triệu đồng", 685000000, "đồng"),
 Q("3,4 km", 3.4, "km"),
 Q("1.250 tấn", 1250, "tấn"),
 Q("25.000 đồng/kg", 25000, "đồng"),
 Q("5 thôn", 5, "thôn"),
 Q("2 vụ mâu thuẫn", 2, "vụ mâu thuẫn"),
 Q("1 vụ", 1, "vụ")],
[D("Chỉ thị", "08", "CT/ĐU", None, "Đảng ủy xã", "Chỉ thị 08, 09-CT/ĐU"),
 D("Chỉ thị", "09", "CT/ĐU", None, "Đảng ủy xã", "09-CT/ĐU"),
 D("Nghị quyết", "15", "NQ/HU", None, "Ban Chấp hành Đảng bộ huyện", "Nghị quyết 15-NQ/HU")],
[prov("Bắc Giang"), com("Tân Sơn")],
["ĐẢNG ỦY - HĐND - UBND XÃ TÂN SƠN", "Huyện Lục Ngạn - Tỉnh Bắc Giang", "Trang chủ / Tin tức / Hoạt động của xã", "Đồng chí Giáp Văn Thắm (bìa trái) chủ trì giao ban.", "5 không, 3 sạch", "Văn phòng Đảng ủy xã", "thôn Khuôn Bò", "Lượt truy cập: 412"],
["tháng 3 năm 2019", "Ngày 2/4", "Trong tháng", "5 không, 3 sạch", "tháng 4", "Lượt truy cập: 412"]))

PAGES.append(page("b326-lamdong-bao-chandung-2020", """
BÁO LÂM ĐỒNG
Thứ Năm, 11/06/2020
Trang chủ › Xã hội › Gương sáng
06:55 | 09/06/2020
Người giữ 45 ha rừng ở buôn K'Long
(LĐ) - Hơn 20 năm làm trưởng thôn, ông K'Brơi đã vận động 112 hộ đồng bào Cơ Ho ở buôn K'Long, xã Đạ Long, nhận khoán bảo vệ 45 ha rừng.
Ông K'Brơi (giữa) cùng tổ bảo vệ rừng tuần tra.
Năm 2019, ông K'Brơi, trưởng thôn K'Long, được bà con tín nhiệm bầu làm Tổ trưởng tổ bảo vệ rừng cộng đồng. Mỗi năm, tổ nhận khoảng 480 triệu đồng tiền chi trả dịch vụ môi trường rừng, bình quân 4,2 triệu đồng/hộ. Ông còn góp 40 triệu cùng bà con làm 1,5 km đường đất vào rẫy.
Bà Liêng Hót Ka Thu, Phó Chủ tịch UBND xã Đạ Long, cho biết nhờ ông mà 3 năm nay xã không có vụ phá rừng nào; tỷ lệ hộ nghèo ở buôn giảm từ 38% xuống 11%.
Theo Quyết định số 1627/QĐ-UBND ngày 18/7/2019 của Chủ tịch UBND tỉnh Lâm Đồng, ông được tặng Bằng khen vì thành tích trong phong trào "Toàn dân bảo vệ rừng". Ông Ya Tuấn, Bí thư chi bộ buôn K'Long, nói: "Già nói thì dân nghe, vì già làm trước".
Ông K'Brơi tâm sự điều ông mong nhất là 45 ha rừng còn xanh cho con cháu, để 112 hộ trong buôn sống được bằng cà phê, rau dưới tán rừng.
Năm nay, xã Đạ Long đề nghị tỉnh Lâm Đồng xem xét tôn vinh ông là người có uy tín tiêu biểu. Với ông, phần thưởng lớn nhất là thấy con cháu trong buôn được học hành, không ai phải vào rừng chặt cây bán lấy tiền.
Hoàng Yến
Lượt đọc: 3.094
Tin liên quan
- Đạ Long: người có uy tín góp sức giữ rừng
- Lạc Dương chi trả 62 tỷ đồng dịch vụ môi trường rừng
- Tôn vinh 40 già làng tiêu biểu
- Khánh thành nhà văn hóa buôn Đạ Nhim
- Cà phê dưới tán rừng ở Lâm Hà
- Mặt trận huyện Đam Rông trao nhà Đại đoàn kết
- Người Cơ Ho giữ nghề dệt thổ cẩm
""", "2020-06-09", "Người giữ 45 ha rừng ở buôn K'Long",
E(None, None, None),
[P("K'Brơi", "trưởng thôn K'Long", "Tổ trưởng tổ bảo vệ rừng cộng đồng"),
 P("Liêng Hót Ka Thu", "Phó Chủ tịch UBND xã Đạ Long"),
 P("Ya Tuấn", "Bí thư chi bộ buôn K'Long")],
[Q("45 ha", 45, "ha"),
 Q("112 hộ", 112, "hộ"),
 Q("khoảng 480 triệu đồng", 480000000, "đồng", "approx"),
 Q("4,2 triệu đồng/hộ", 4200000, "đồng"),
 Q("40 triệu", 40000000, "đồng"),
 Q("1,5 km", 1.5, "km"),
 Q("38%", 38, "%"),
 Q("11%", 11, "%")],
[D("Quyết định", "1627", "QĐ-UBND", "2019-07-18", "Chủ tịch UBND tỉnh Lâm Đồng", "Quyết định số 1627/QĐ-UBND")],
[prov("Lâm Đồng"), com("Đạ Long")],
["BÁO LÂM ĐỒNG", "Trang chủ › Xã hội › Gương sáng", "Ông K'Brơi (giữa) cùng tổ bảo vệ rừng tuần tra.", "Toàn dân bảo vệ rừng", "buôn K'Long", "Lượt đọc: 3.094"],
["Thứ Năm, 11/06/2020", "Hơn 20 năm", "Năm 2019", "3 năm nay", "Lượt đọc: 3.094"]))

PAGES.append(page("b327-camau-hnd-tongket-2021", """
HỘI NÔNG DÂN TỈNH CÀ MAU
Trang thông tin điện tử
Trang chủ » Tin tức » Hoạt động Hội
17:20, 22/12/2021
Nông dân Cà Mau vượt khó, 2.460 hộ đạt sản xuất kinh doanh giỏi
Ngày 21/12, Ban Thường vụ Hội Nông dân tỉnh tổ chức hội nghị tổng kết công tác Hội và phong trào nông dân năm 2021 theo hình thức trực tuyến với 9 điểm cầu.
Toàn cảnh hội nghị tại điểm cầu tỉnh.
Dự có đồng chí Tỉnh ủy viên, Bí thư Đảng đoàn, Chủ tịch Hội Nông dân tỉnh Danh Út Em; các Phó Chủ tịch Hội Nông dân tỉnh: Trần Ngọc Sang, Thạch Thị Sa Ri; đồng chí Lâm Thành Được, Phó Trưởng Ban Dân vận Tỉnh ủy.
Dù chịu ảnh hưởng dịch Covid-19, năm 2021 có 2.460 hộ đạt danh hiệu sản xuất kinh doanh giỏi các cấp. Quỹ Hỗ trợ nông dân các cấp đạt 38,75 tỷ đồng, cho 1.372 lượt hộ vay. Các cấp Hội vận động hội viên góp 2 tỷ 940 triệu đồng, 8.600 kg gạo và 12 tấn cá khô hỗ trợ người dân vùng dịch. Mô hình tôm - lúa cho lãi khoảng 90 - 110 triệu đồng/ha.
Thực hiện Kết luận 87-KL/TW của Ban Bí thư và Đề án 1825 của Hội Nông dân Việt Nam, Hội đã ủy thác cho vay qua Ngân hàng Chính sách xã hội 143 tỷ đồng.
Ông Huỳnh Văn Chiến, hội viên ấp Rạch Cui, xã Tân Hưng Đông, chia sẻ gia đình nuôi 2 ha tôm càng xanh, lãi 310tr/năm.
Hội nghị khen thưởng 25 tập thể và 40 cá nhân.
Phát biểu kết luận, đồng chí Danh Út Em đề nghị năm 2022 các cấp Hội tỉnh Cà Mau tập trung phát triển hội viên, nâng cao chất lượng sinh hoạt chi hội, hỗ trợ nông dân chuyển đổi số trong tiêu thụ nông sản.
Minh Luân
Lượt xem: 870
Tin liên quan
- Nông dân Trần Văn Thời chuyển đổi sang trồng dừa
- Giao ban công tác Hội quý III năm 2021
- Trao 100 suất quà cho hội viên khó khăn
- Hội Nông dân huyện U Minh đối thoại với nông dân
""", "2021-12-22", "Nông dân Cà Mau vượt khó, 2.460 hộ đạt sản xuất kinh doanh giỏi",
E("tong_ket", "2021", "2021-12-21"),
[P("Danh Út Em", "Tỉnh ủy viên", "Bí thư Đảng đoàn", "Chủ tịch Hội Nông dân tỉnh"),
 P("Trần Ngọc Sang", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Thạch Thị Sa Ri", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Lâm Thành Được", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Huỳnh Văn Chiến", "hội viên ấp Rạch Cui")],
[Q("9 điểm cầu", 9, "điểm cầu"),
 Q("2.460 hộ", 2460, "hộ"),
 Q("38,75 tỷ đồng", 38750000000, "đồng"),
 Q("1.372 lượt hộ", 1372, "lượt hộ"),
 Q("2 tỷ 940 triệu đồng", 2940000000, "đồng"),
 Q("8.600 kg", 8600, "kg"),
 Q("12 tấn", 12, "tấn"),
 Q("khoảng 90", 90000000, "đồng", "approx"),
 Q("110 triệu đồng/ha", 110000000, "đồng", "approx"),
 Q("143 tỷ đồng", 143000000000, "đồng"),
 Q("2 ha", 2, "ha"),
 Q("310tr/năm", 310000000, "đồng"),
 Q("25 tập thể", 25, "tập thể"),
 Q("40 cá nhân", 40, "cá nhân")],
[D("Kết luận", "87", "KL/TW", None, "Ban Bí thư", "Kết luận 87-KL/TW"),
 D("Đề án", "1825", None, None, "Hội Nông dân Việt Nam", "Đề án 1825")],
[prov("Cà Mau"), com("Tân Hưng Đông")],
["HỘI NÔNG DÂN TỈNH CÀ MAU", "Trang thông tin điện tử", "Trang chủ » Tin tức » Hoạt động Hội", "Toàn cảnh hội nghị tại điểm cầu tỉnh.", "Quỹ Hỗ trợ nông dân", "Ngân hàng Chính sách xã hội", "ấp Rạch Cui", "Lượt xem: 870"],
["Ngày 21/12", "năm 2021", "Covid-19", "Lượt xem: 870"]))

PAGES.append(page("b328-tuyenquang-doan-taphuan-2022", """
TỈNH ĐOÀN TUYÊN QUANG
Cổng thông tin Đoàn TNCS Hồ Chí Minh tỉnh
You are here: Trang chủ > Tin hoạt động > Tập huấn
Thứ Sáu, 22/04/2022 - 08:50
Bồi dưỡng kỹ năng chuyển đổi số cho cán bộ Đoàn
Trong 2 ngày 20 và 21/4, Ban Thường vụ Tỉnh đoàn mở lớp tập huấn nghiệp vụ công tác Đoàn năm 2022 cho 176 bí thư đoàn cơ sở và bí thư chi đoàn thôn, bản.
Đồng chí Bàn Thị Nguyệt giới thiệu chuyên đề tại lớp tập huấn.
Khai mạc lớp có đồng chí Bàn Thị Nguyệt, UVBCH Trung ương Đoàn, Bí thư Tỉnh đoàn, Chủ tịch Hội LHTN Việt Nam tỉnh; đồng chí Ma Văn Khởi, vừa được Ban Chấp hành Tỉnh đoàn bầu bổ sung giữ chức Phó Bí thư Tỉnh đoàn; chị Hoàng Thị Thu Hà, Trưởng Ban Tổ chức - Kiểm tra Tỉnh đoàn.
Học viên được hướng dẫn Kế hoạch 96-KH/TĐTN-TNNT của Ban Thường vụ Tỉnh đoàn về chuyển đổi số, Hướng dẫn 14-HD/TĐTN-TCKT về quản lý đoàn viên trên phần mềm. Năm 2021, các cơ sở Đoàn đã cập nhật 98,6% đoàn viên lên hệ thống, mở 212 gian hàng trực tuyến giúp bà con bán 46 tấn cam sành, giá 12.000 - 15.000 đ/kg.
Anh Triệu Tiến Mạnh, Bí thư Đoàn xã Thượng Lâm, cho biết chi đoàn đã lắp 7 điểm wifi miễn phí, mỗi điểm khoảng 3,5tr. Mô hình "Thanh niên số, bản làng số" được nhân rộng ở 35 xã.
Kết thúc lớp, 171/176 học viên đạt yêu cầu.
Đồng chí Bàn Thị Nguyệt đề nghị mỗi học viên trở về địa phương phải trở thành hạt nhân hướng dẫn đoàn viên, thanh niên và người dân tỉnh Tuyên Quang sử dụng dịch vụ công trực tuyến, thanh toán không dùng tiền mặt.
Tuổi trẻ Tuyên Quang
Lượt xem: 1.005
Xem thêm
- Ra quân Tháng Thanh niên năm 2022
- Đoàn xã Lăng Can trồng 2.000 cây xanh
- Tuyên dương 25 thanh niên tiêu biểu
- Tỉnh đoàn giao ban quý I
""", "2022-04-22", "Bồi dưỡng kỹ năng chuyển đổi số cho cán bộ Đoàn",
E("tap_huan", "2022", "2022-04-20"),
[P("Bàn Thị Nguyệt", "UVBCH Trung ương Đoàn", "Bí thư Tỉnh đoàn", "Chủ tịch Hội LHTN Việt Nam tỉnh"),
 P("Ma Văn Khởi", "Phó Bí thư Tỉnh đoàn"),
 P("Hoàng Thị Thu Hà", "Trưởng Ban Tổ chức - Kiểm tra Tỉnh đoàn"),
 P("Triệu Tiến Mạnh", "Bí thư Đoàn xã Thượng Lâm")],
[Q("176 bí thư đoàn cơ sở và bí thư chi đoàn thôn, bản", 176, "bí thư đoàn cơ sở và bí thư chi đoàn thôn, bản"),
 Q("98,6%", 98.6, "%"),
 Q("212 gian hàng trực tuyến", 212, "gian hàng trực tuyến"),
 Q("46 tấn", 46, "tấn"),
 Q("12.000", 12000, "đồng"),
 Q("15.000 đ/kg", 15000, "đồng"),
 Q("7 điểm wifi", 7, "điểm wifi"),
 Q("khoảng 3,5tr", 3500000, "đồng", "approx"),
 Q("35 xã", 35, "xã"),
 Q("171/176 học viên", 171, "học viên")],
[D("Kế hoạch", "96", "KH/TĐTN-TNNT", None, "Ban Thường vụ Tỉnh đoàn", "Kế hoạch 96-KH/TĐTN-TNNT"),
 D("Hướng dẫn", "14", "HD/TĐTN-TCKT", None, "Ban Thường vụ Tỉnh đoàn", "Hướng dẫn 14-HD/TĐTN-TCKT")],
[prov("Tuyên Quang"), com("Thượng Lâm")],
["TỈNH ĐOÀN TUYÊN QUANG", "Cổng thông tin Đoàn TNCS Hồ Chí Minh tỉnh", "You are here: Trang chủ > Tin hoạt động > Tập huấn", "Đồng chí Bàn Thị Nguyệt giới thiệu chuyên đề tại lớp tập huấn.", "Thanh niên số, bản làng số", "Tuổi trẻ Tuyên Quang", "Lượt xem: 1.005"],
["Trong 2 ngày 20 và 21/4", "năm 2022", "Năm 2021", "Lượt xem: 1.005"]))
