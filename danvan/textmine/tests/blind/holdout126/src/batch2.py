from lib import *
PAGES = []

PAGES.append(page("b2987-kiengiang-mttq-giamsat-2016", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH KIÊN GIANG
Trang chủ | Hoạt động Mặt trận | Giám sát, phản biện
Thứ Sáu, 22/04/2016 - 14:05
Đoàn giám sát kiểm tra công tác niêm yết danh sách cử tri tại xã Vĩnh Hòa Hưng Bắc.
MTTQ tỉnh giám sát công tác chuẩn bị bầu cử tại Gò Quao và Phú Quốc
Từ ngày 19 đến 21/4, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Kiên Giang do ông Danh Sô Phal, Phó Chủ tịch Ủy ban MTTQ tỉnh làm trưởng đoàn, đã giám sát công tác chuẩn bị bầu cử đại biểu Quốc hội khóa XIV và đại biểu HĐND các cấp nhiệm kỳ 2016 - 2021 tại huyện Gò Quao và huyện Phú Quốc.
Cuộc giám sát được thực hiện theo Kế hoạch số 62/KH-MTTQ-BTT ngày 4/4/2016 của Ban Thường trực Ủy ban MTTQ tỉnh, tập trung vào việc lập, niêm yết danh sách cử tri, danh sách người ứng cử; việc giải quyết khiếu nại, tố cáo liên quan đến bầu cử và công tác tuyên truyền.
Theo báo cáo của Ủy ban bầu cử huyện Gò Quao, toàn huyện có 102.530 cử tri, chia thành 139 khu vực bỏ phiếu; 11 xã, thị trấn đã niêm yết danh sách cử tri đúng thời hạn. Huyện Phú Quốc có 71.208 cử tri ở 82 khu vực bỏ phiếu, trong đó có 6 khu vực bỏ phiếu trên các đảo nhỏ như Hòn Thơm, Gành Dầu. Đến thời điểm giám sát, hai huyện chưa nhận đơn thư khiếu nại nào liên quan đến người ứng cử.
Tại xã Vĩnh Hòa Hưng Bắc, đoàn đã kiểm tra việc niêm yết tại 9 khu vực bỏ phiếu. Ông Danh Sà Rết, Chủ tịch Ủy ban MTTQ xã, cho biết xã có khoảng 1.100 cử tri là đồng bào Khmer; Mặt trận xã đã phối hợp với 2 chùa Khmer tuyên truyền về bầu cử bằng song ngữ. Tại xã Dương Tơ, đoàn ghi nhận một số cử tri là lao động tạm trú chưa được đưa vào danh sách bổ sung.
Kết luận buổi giám sát, ông Danh Sô Phal đánh giá công tác chuẩn bị bầu cử ở hai huyện cơ bản đúng tiến độ theo Luật Bầu cử; đề nghị Ủy ban bầu cử huyện Phú Quốc rà soát lại số cử tri tạm trú, cử tri là ngư dân thường xuyên đi biển dài ngày; bố trí hòm phiếu phụ cho người già, người khuyết tật. Ông Trần Quốc Tuấn, Phó Chủ tịch UBND huyện Phú Quốc, Chủ tịch Ủy ban bầu cử huyện, tiếp thu và cam kết khắc phục trước ngày 5/5.
Cùng đi với đoàn có bà Thị Sa Mươl, Ủy viên Thường trực Ủy ban MTTQ tỉnh và đại diện Ban Dân vận Tỉnh ủy. Kết quả giám sát sẽ được tổng hợp, báo cáo Ủy ban bầu cử tỉnh và Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam.
Ngọc Hân
Tin cùng chuyên mục
- Hội nghị hiệp thương lần thứ ba (17/03/2016)
- Giám sát việc lấy ý kiến cử tri nơi cư trú tại Kiên Lương (10/03/2016)
- MTTQ tỉnh triển khai nhiệm vụ giám sát bầu cử (02/03/2016)
- An Biên: tập huấn công tác bầu cử cho cán bộ Mặt trận (25/02/2016)
- Rạch Giá góp ý chương trình hành động của người ứng cử (20/02/2016)
""", "2016-04-22", "MTTQ tỉnh giám sát công tác chuẩn bị bầu cử tại Gò Quao và Phú Quốc",
E("giam_sat", None, "2016-04-19"),
[P("Danh Sô Phal", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Danh Sà Rết", "Chủ tịch Ủy ban MTTQ xã"),
 P("Trần Quốc Tuấn", "Phó Chủ tịch UBND huyện Phú Quốc", "Chủ tịch Ủy ban bầu cử huyện"),
 P("Thị Sa Mươl", "Ủy viên Thường trực Ủy ban MTTQ tỉnh")],
[Q("102.530 cử tri", 102530, "cử tri"), Q("139 khu vực bỏ phiếu", 139, "khu vực bỏ phiếu"), Q("11 xã, thị trấn", 11, "xã, thị trấn"),
 Q("71.208 cử tri", 71208, "cử tri"), Q("82 khu vực bỏ phiếu", 82, "khu vực bỏ phiếu"), Q("6 khu vực bỏ phiếu", 6, "khu vực bỏ phiếu"),
 Q("9 khu vực bỏ phiếu", 9, "khu vực bỏ phiếu"), Q("khoảng 1.100 cử tri", 1100, "cử tri", "approx"), Q("2 chùa Khmer", 2, "chùa Khmer")],
[D("Kế hoạch", "62", "KH-MTTQ-BTT", "2016-04-04", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 62/KH-MTTQ-BTT ngày 4/4/2016")],
[prov("Kiên Giang"), com("Vĩnh Hòa Hưng Bắc"), com("Dương Tơ")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH KIÊN GIANG", "Trang chủ | Hoạt động Mặt trận | Giám sát, phản biện",
 "Đoàn giám sát kiểm tra công tác niêm yết danh sách cử tri tại xã Vĩnh Hòa Hưng Bắc.", "Luật Bầu cử", "Hòn Thơm", "Gành Dầu"],
["Thứ Sáu, 22/04/2016 - 14:05", "khóa XIV", "nhiệm kỳ 2016 - 2021", "Từ ngày 19 đến 21/4", "hai huyện"]))

PAGES.append(page("b2988-thainguyen-hdnd-tiepxuc-2017", """
BÁO THÁI NGUYÊN
Chính trị - Xã hội » Hoạt động dân cử
28/11/2017 - 16:40
Cử tri Định Hóa kiến nghị về đường giao thông và giá chè
Ảnh: Các đại biểu HĐND tỉnh tiếp xúc cử tri xã Phú Đình.
Sáng 27-11, tổ đại biểu HĐND tỉnh ứng cử tại huyện Định Hóa gồm các ông, bà: Ma Thị Thoa, Phó Bí thư Tỉnh ủy; Hoàng Văn Lìu, HUV, Chủ tịch UBND huyện Định Hóa; Nông Thị Hương, Trưởng phòng Dân tộc huyện; đã tiếp xúc cử tri các xã Phú Đình, Điềm Mặc và Bảo Linh trước kỳ họp thứ 5, HĐND tỉnh khóa XIII, nhiệm kỳ 2016-2021.
Tại buổi tiếp xúc, thay mặt tổ đại biểu, bà Nông Thị Hương thông báo dự kiến nội dung kỳ họp cuối năm, trong đó HĐND tỉnh sẽ xem xét 21 tờ trình và dự thảo nghị quyết, có Nghị quyết về kế hoạch đầu tư công năm 2018 với tổng vốn khoảng 3.415 tỷ đồng.
Đã có 17 ý kiến, kiến nghị của cử tri gửi tới các đại biểu. Cử tri Ma Văn Thuần (xóm Đồng Tâm, xã Phú Đình) phản ánh tuyến đường ĐT 264 đoạn qua xã dài hơn 8 km đã xuống cấp, đề nghị sớm đầu tư sửa chữa. Bà Lương Thị Thúy, Chi hội trưởng Chi hội Nông dân xóm Tỉn Keo, cho biết giá chè búp tươi thấp, người dân thu nhập bấp bênh; đề nghị tỉnh hỗ trợ xây dựng thương hiệu chè Định Hóa và nhân rộng mô hình sản xuất chè theo tiêu chuẩn VietGAP. Cử tri xã Bảo Linh kiến nghị hỗ trợ 15 hộ có nhà bị hư hỏng do lũ quét tháng 10 vừa qua.
Nhiều cử tri cũng quan tâm tiến độ thực hiện Nghị quyết số 11/2016/NQ-HĐND của HĐND tỉnh về hỗ trợ phát triển chè và Quyết định số 2085/QĐ-TTg ngày 31/10/2016 của Thủ tướng Chính phủ về chính sách đặc thù hỗ trợ phát triển kinh tế - xã hội vùng dân tộc thiểu số.
Ông Hoàng Văn Lìu đã trả lời trực tiếp các ý kiến thuộc thẩm quyền của huyện: năm 2017 huyện đã bố trí 4,2 tỷ đồng sửa chữa đường giao thông nông thôn, hỗ trợ mỗi hộ bị thiệt hại nặng do lũ 10 triệu đồng. Các ý kiến khác được tổ đại biểu tiếp thu, tổng hợp, gửi đến kỳ họp và các cơ quan có thẩm quyền.
Cử tri xã Điềm Mặc đề nghị các cơ quan chức năng của tỉnh Thái Nguyên tăng cường kiểm tra chất lượng phân bón, thuốc bảo vệ thực vật bán trên địa bàn; quan tâm bảo tồn các di tích lịch sử trong khu ATK, phát triển du lịch cộng đồng gắn với văn hóa Tày, Nùng, Dao để người dân có thêm thu nhập.
Phát biểu tại buổi tiếp xúc, bà Ma Thị Thoa ghi nhận những đóng góp của cử tri ATK Định Hóa, khẳng định tổ đại biểu sẽ theo dõi, đôn đốc việc giải quyết đến cùng.
Hồng Nhung
Tin khác
- Đại biểu HĐND tỉnh tiếp xúc cử tri huyện Võ Nhai (26/11/2017)
- Cử tri Phú Lương quan tâm chính sách cho người có công (25/11/2017)
- Thường trực HĐND tỉnh giám sát tại Sở Tài nguyên và Môi trường (20/11/2017)
- Chuẩn bị kỳ họp thứ 5, HĐND tỉnh khóa XIII (15/11/2017)
""", "2017-11-28", "Cử tri Định Hóa kiến nghị về đường giao thông và giá chè",
E("doi_thoai", None, "2017-11-27"),
[P("Ma Thị Thoa", "Phó Bí thư Tỉnh ủy"),
 P("Hoàng Văn Lìu", "HUV", "Chủ tịch UBND huyện Định Hóa"),
 P("Nông Thị Hương", "Trưởng phòng Dân tộc huyện"),
 P("Ma Văn Thuần"), P("Lương Thị Thúy", "Chi hội trưởng Chi hội Nông dân xóm Tỉn Keo")],
[Q("21 tờ trình và dự thảo nghị quyết", 21, "tờ trình và dự thảo nghị quyết"), Q("khoảng 3.415 tỷ đồng", 3415000000000, "đồng", "approx"),
 Q("17 ý kiến, kiến nghị", 17, "ý kiến, kiến nghị"), Q("hơn 8 km", 8, "km", "over"), Q("15 hộ", 15, "hộ"),
 Q("4,2 tỷ đồng", 4200000000, "đồng"), Q("10 triệu đồng", 10000000, "đồng")],
[D("Nghị quyết", "11", "2016/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 11/2016/NQ-HĐND"),
 D("Quyết định", "2085", "QĐ-TTg", "2016-10-31", "Thủ tướng Chính phủ", "Quyết định số 2085/QĐ-TTg ngày 31/10/2016")],
[prov("Thái Nguyên"), com("Phú Đình"), com("Điềm Mặc"), com("Bảo Linh")],
["BÁO THÁI NGUYÊN", "Chính trị - Xã hội » Hoạt động dân cử", "Ảnh: Các đại biểu HĐND tỉnh tiếp xúc cử tri xã Phú Đình.",
 "ATK Định Hóa", "VietGAP", "xóm Đồng Tâm"],
["28/11/2017 - 16:40", "27-11", "kỳ họp thứ 5", "khóa XIII", "nhiệm kỳ 2016-2021", "ĐT 264", "tháng 10", "năm 2018", "năm 2017"]))

PAGES.append(page("b2989-quangnam-baocao-kiennghi-2018", """
Cổng thông tin điện tử HĐND tỉnh Quảng Nam
You are here: Trang chủ - Hoạt động HĐND - Kiến nghị cử tri
Cập nhật lúc 10:15 ngày 05/07/2018
Quảng Nam: 312 kiến nghị cử tri đã được trả lời trước kỳ họp giữa năm
Toàn cảnh phiên họp Thường trực HĐND tỉnh nghe báo cáo.
Ngày 4/7/2018, UBND tỉnh Quảng Nam đã có Báo cáo số 96/BC-UBND gửi Thường trực HĐND tỉnh về kết quả giải quyết, trả lời ý kiến, kiến nghị của cử tri gửi đến kỳ họp thứ 6 và thứ 7, HĐND tỉnh khóa IX. Báo cáo sẽ được trình bày tại kỳ họp thứ 7 khai mạc vào giữa tháng 7.
Theo báo cáo, sau các đợt tiếp xúc cử tri năm 2018, Thường trực HĐND tỉnh đã tổng hợp 347 ý kiến, kiến nghị, chuyển đến UBND tỉnh và các sở, ngành. Đến nay đã có 312 kiến nghị được trả lời, đạt gần 90%; còn 35 kiến nghị đang được xem xét, chủ yếu về đất đai, bồi thường giải phóng mặt bằng và đầu tư hạ tầng miền núi.
Các kiến nghị của cử tri 9 huyện miền núi tập trung vào việc thực hiện Nghị quyết 30a/2008/NQ-CP của Chính phủ và Chương trình 135; làm đường đến trung tâm các xã Tr'Hy, Ch'ơm; bố trí đất sản xuất cho khoảng 1.200 hộ đồng bào Cơ Tu, Xơ Đăng. Theo UBND tỉnh, năm 2018 tỉnh đã bố trí hơn 215 tỷ đồng cho các công trình giao thông miền núi, trong đó tuyến đến xã Tr'Hy dài 11,5 km đã khởi công.
Đối với kiến nghị của cử tri xã Tam Tiến, huyện Núi Thành về việc chậm chi trả tiền bồi thường cho 64 hộ dân vùng dự án, UBND tỉnh đã chỉ đạo chi trả xong trong tháng 6 với tổng số tiền 18,7 tỷ đồng. Cử tri phường Cẩm Phô, thành phố Hội An kiến nghị chống ngập khu phố cổ; UBND tỉnh giao Sở Xây dựng nghiên cứu, báo cáo trước ngày 30/9/2018.
Bà Alăng Thị Xoan, Trưởng Ban Dân tộc HĐND tỉnh, đánh giá chất lượng trả lời đã được nâng lên, nhiều văn bản trả lời cụ thể, có địa chỉ; tuy nhiên vẫn còn 8 kiến nghị trả lời chung chung, chưa đúng trọng tâm, phải yêu cầu trả lời lại. Thay mặt Thường trực HĐND tỉnh, ông Nguyễn Ngọc Quý, Phó Chủ tịch HĐND tỉnh, đề nghị UBND tỉnh công khai kết quả giải quyết trên Cổng thông tin điện tử để cử tri theo dõi, giám sát.
Cử tri nhiều địa phương cũng phản ánh tình trạng một số dự án treo kéo dài, người dân không được xây dựng, sửa chữa nhà cửa; đề nghị tỉnh rà soát, thu hồi các dự án chậm triển khai và trả lời cụ thể thời gian thực hiện để người dân yên tâm ổn định cuộc sống.
Việc giải quyết kiến nghị cử tri được thực hiện theo Quy chế phối hợp số 02/QCPH-TTHĐND-UBND ngày 12/1/2017 giữa Thường trực HĐND và UBND tỉnh.
Văn Thành
Xem thêm
- Thường trực HĐND tỉnh giám sát việc giải quyết kiến nghị cử tri tại Phước Sơn (28/06/2018)
- Chuẩn bị kỳ họp thứ 7, HĐND tỉnh khóa IX (25/06/2018)
- Cử tri Nam Giang kiến nghị làm đường đến trung tâm xã (15/06/2018)
- Đại biểu HĐND tỉnh tiếp xúc cử tri Tây Giang (12/06/2018)
""", "2018-07-05", "Quảng Nam: 312 kiến nghị cử tri đã được trả lời trước kỳ họp giữa năm",
E("bao_cao", None, "2018-07-04"),
[P("Alăng Thị Xoan", "Trưởng Ban Dân tộc HĐND tỉnh"),
 P("Nguyễn Ngọc Quý", "Phó Chủ tịch HĐND tỉnh")],
[Q("347 ý kiến, kiến nghị", 347, "ý kiến, kiến nghị"), Q("312 kiến nghị", 312, "kiến nghị"), Q("gần 90%", 90, "%", "approx"),
 Q("35 kiến nghị", 35, "kiến nghị"), Q("9 huyện miền núi", 9, "huyện miền núi"), Q("khoảng 1.200 hộ đồng bào Cơ Tu, Xơ Đăng", 1200, "hộ đồng bào Cơ Tu, Xơ Đăng", "approx"),
 Q("hơn 215 tỷ đồng", 215000000000, "đồng", "over"), Q("11,5 km", 11.5, "km"), Q("64 hộ dân", 64, "hộ dân"),
 Q("18,7 tỷ đồng", 18700000000, "đồng"), Q("8 kiến nghị", 8, "kiến nghị")],
[D("Báo cáo", "96", "BC-UBND", None, "UBND tỉnh Quảng Nam", "Báo cáo số 96/BC-UBND"),
 D("Nghị quyết", "30a", "2008/NQ-CP", None, "Chính phủ", "Nghị quyết 30a/2008/NQ-CP"),
 D("Quy chế phối hợp", "02", "QCPH-TTHĐND-UBND", "2017-01-12", None, "Quy chế phối hợp số 02/QCPH-TTHĐND-UBND ngày 12/1/2017")],
[prov("Quảng Nam"), com("Tr'Hy"), com("Ch'ơm"), com("Tam Tiến"), com("Cẩm Phô")],
["Cổng thông tin điện tử HĐND tỉnh Quảng Nam", "You are here: Trang chủ - Hoạt động HĐND - Kiến nghị cử tri",
 "Toàn cảnh phiên họp Thường trực HĐND tỉnh nghe báo cáo.", "Chương trình 135", "Sở Xây dựng"],
["Cập nhật lúc 10:15 ngày 05/07/2018", "kỳ họp thứ 6", "thứ 7", "khóa IX", "Chương trình 135", "tháng 6", "30/9/2018", "năm 2018"]))

PAGES.append(page("b2990-hagiang-dbqh-tiepxuc-2019", """
BÁO HÀ GIANG ĐIỆN TỬ
Trang chủ >> Thời sự >> Quốc hội với cử tri
Thứ Ba, 14/05/2019 - 08:30
Đoàn ĐBQH tỉnh tiếp xúc cử tri vùng cao Đồng Văn
Cử tri xã Sủng Là phát biểu ý kiến tại buổi tiếp xúc.
HGĐT- Ngày 13/5, Đoàn đại biểu Quốc hội tỉnh do đồng chí Sùng A Hồng, Phó Trưởng đoàn chuyên trách Đoàn ĐBQH tỉnh làm trưởng đoàn đã tiếp xúc cử tri xã Sủng Là và thị trấn Phó Bảng, huyện Đồng Văn trước kỳ họp thứ 7, Quốc hội khóa XIV. Cùng dự có đồng chí Vàng Thị Dín, Ủy viên Ủy ban Tư pháp của Quốc hội, đại biểu Quốc hội tỉnh Hà Giang.
Tại 2 điểm tiếp xúc có gần 300 cử tri là đồng bào Mông, Lô Lô, Dao. Đồng chí Sùng A Hồng thông báo dự kiến chương trình kỳ họp: Quốc hội sẽ xem xét, thông qua 8 dự án luật, cho ý kiến 6 dự án luật khác, trong đó có dự thảo Luật Giáo dục (sửa đổi) và dự án Luật Quản lý thuế (sửa đổi).
Phát biểu tại buổi tiếp xúc, cử tri Giàng Mí Chứ, Trưởng thôn Lao Xa, phản ánh thôn có 96 hộ nhưng chưa có điện lưới quốc gia; đề nghị sớm đầu tư dự án cấp điện nông thôn. Cử tri Lò Thị Mai (thôn Sủng Là) đề nghị hỗ trợ xây bể chứa nước, vì mùa khô bà con phải đi lấy nước xa khoảng 4 km. Ông Thào Mí Sính, người có uy tín thôn Lũng Cẩm Trên, kiến nghị nâng mức hỗ trợ cho người có uy tín và hỗ trợ đồng bào làm du lịch cộng đồng.
Cử tri thị trấn Phó Bảng kiến nghị sửa chữa tuyến đường nội thị dài khoảng 2 km; quan tâm giải quyết việc làm cho khoảng 150 thanh niên sau khi hoàn thành nghĩa vụ quân sự. Một số ý kiến đề nghị Chính phủ sớm có hướng dẫn thực hiện Nghị quyết số 88/2019/QH14 của Quốc hội phê duyệt Đề án tổng thể phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi.
Đại diện lãnh đạo huyện, ông Sùng Mí Vư, Phó Chủ tịch UBND huyện Đồng Văn, cho biết năm 2019 huyện đã phân bổ 5,6 tỷ đồng xây dựng 120 bể chứa nước cho các hộ nghèo theo Quyết định số 2085/QĐ-TTg; dự án cấp điện cho thôn Lao Xa dự kiến khởi công trong quý III.
Thay mặt Đoàn ĐBQH tỉnh, bà Vàng Thị Dín tiếp thu ý kiến của cử tri, giải trình thêm về các chính sách an sinh xã hội vùng biên giới và khẳng định Đoàn sẽ tổng hợp đầy đủ, gửi tới kỳ họp.
Nhiều cử tri còn bày tỏ mong muốn các cấp quan tâm hơn đến việc dạy chữ cho phụ nữ người Mông, chống tảo hôn, hôn nhân cận huyết thống và tình trạng bỏ học ở bậc trung học cơ sở; đề nghị có chính sách giữ chân giáo viên, y tế thôn bản ở các xã biên giới.
Trước đó, ngày 12/5, Đoàn cũng tiếp xúc cử tri xã Lũng Cú với khoảng 170 cử tri tham dự.
Mai Hồng
TIN CÙNG CHUYÊN MỤC
- Cử tri Mèo Vạc quan tâm đến chương trình nông thôn mới (11/05/2019)
- Đoàn ĐBQH tỉnh tiếp xúc cử tri huyện Bắc Mê (09/05/2019)
- Hà Giang tổng hợp kiến nghị của cử tri gửi kỳ họp thứ 7 (06/05/2019)
- Giám sát việc thực hiện chính sách đối với người có uy tín (25/04/2019)
""", "2019-05-14", "Đoàn ĐBQH tỉnh tiếp xúc cử tri vùng cao Đồng Văn",
E("doi_thoai", None, "2019-05-13"),
[P("Sùng A Hồng", "Phó Trưởng đoàn chuyên trách Đoàn ĐBQH tỉnh"),
 P("Vàng Thị Dín", "Ủy viên Ủy ban Tư pháp của Quốc hội", "đại biểu Quốc hội tỉnh Hà Giang"),
 P("Giàng Mí Chứ", "Trưởng thôn Lao Xa"), P("Lò Thị Mai"),
 P("Thào Mí Sính", "người có uy tín thôn Lũng Cẩm Trên"),
 P("Sùng Mí Vư", "Phó Chủ tịch UBND huyện Đồng Văn")],
[Q("2 điểm tiếp xúc", 2, "điểm tiếp xúc"), Q("gần 300 cử tri", 300, "cử tri", "approx"), Q("8 dự án luật", 8, "dự án luật"),
 Q("6 dự án luật", 6, "dự án luật"), Q("96 hộ", 96, "hộ"), Q("khoảng 4 km", 4, "km", "approx"), Q("khoảng 2 km", 2, "km", "approx"),
 Q("khoảng 150 thanh niên", 150, "thanh niên", "approx"), Q("5,6 tỷ đồng", 5600000000, "đồng"), Q("120 bể chứa nước", 120, "bể chứa nước"),
 Q("khoảng 170 cử tri", 170, "cử tri", "approx")],
[D("Nghị quyết", "88", "2019/QH14", None, "Quốc hội", "Nghị quyết số 88/2019/QH14"),
 D("Quyết định", "2085", "QĐ-TTg", None, None, "Quyết định số 2085/QĐ-TTg")],
[prov("Hà Giang"), com("Sủng Là"), com("Phó Bảng"), com("Lũng Cú")],
["BÁO HÀ GIANG ĐIỆN TỬ", "Trang chủ >> Thời sự >> Quốc hội với cử tri", "Cử tri xã Sủng Là phát biểu ý kiến tại buổi tiếp xúc.", "HGĐT",
 "Luật Giáo dục", "Luật Quản lý thuế"],
["Thứ Ba, 14/05/2019 - 08:30", "kỳ họp thứ 7", "khóa XIV", "quý III", "năm 2019"]))

PAGES.append(page("b2991-camau-tiepxuc-tructuyen-2020", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH CÀ MAU
Trang chủ / Tin tức / Hoạt động của Đoàn ĐBQH và HĐND
30.09.2020 | 15:50
Tiếp xúc cử tri trực tuyến tại 9 điểm cầu trước kỳ họp thứ 10, Quốc hội khóa XIV
Sáng 29/9, Đoàn đại biểu Quốc hội tỉnh Cà Mau tổ chức tiếp xúc cử tri trước kỳ họp thứ 10, Quốc hội khóa XIV theo hình thức trực tuyến, kết nối từ điểm cầu chính tại Hội trường Tỉnh ủy đến 9 điểm cầu huyện, thành phố. Đây là lần đầu tiên Đoàn tổ chức tiếp xúc cử tri trực tuyến để bảo đảm công tác phòng, chống dịch Covid-19.
Đồng chí Lê Thị Ngọc Trinh phát biểu tại điểm cầu chính.
Chủ trì tiếp xúc có các đồng chí: Trần Quốc Hiểu, Phó Trưởng đoàn chuyên trách Đoàn ĐBQH tỉnh; Lê Thị Ngọc Trinh, Phó Chủ tịch Hội LHPN tỉnh. Tổng cộng có 486 cử tri tham dự tại các điểm cầu.
Theo thông báo, kỳ họp thứ 10 dự kiến khai mạc ngày 20/10/2020, là kỳ họp cuối của nhiệm kỳ; Quốc hội sẽ xem xét thông qua 10 dự án luật, trong đó có Luật Cư trú (sửa đổi) và Luật Bảo vệ môi trường (sửa đổi).
Có 23 lượt cử tri phát biểu. Cử tri Danh Thị Sa Quênh (xã Khánh Bình Tây, huyện Trần Văn Thời) phản ánh sạt lở bờ biển Tây nghiêm trọng, đe dọa khoảng 400 hộ dân ven biển; đề nghị Trung ương hỗ trợ khoảng 1.200 tỷ đồng xây dựng kè chống sạt lở. Ông Lâm Văn Hoàng, Chủ tịch Hội Nông dân xã Tân Hưng Đông, kiến nghị giải quyết tình trạng con tôm bị bệnh, giá tôm giảm hơn 20% so với cùng kỳ năm 2019 do ảnh hưởng dịch.
Nhiều cử tri đề nghị sớm chi hỗ trợ cho người lao động mất việc làm theo Nghị quyết số 42/NQ-CP ngày 9/4/2020 của Chính phủ và Quyết định số 15/2020/QĐ-TTg của Thủ tướng Chính phủ; theo cử tri, ở một số xã vẫn còn người lao động tự do chưa nhận được tiền hỗ trợ 1 triệu đồng/tháng.
Đại diện UBND tỉnh, ông Lê Văn Sáng, Phó Chủ tịch UBND tỉnh, cho biết đến nay toàn tỉnh đã chi hỗ trợ hơn 168 tỷ đồng cho trên 132.000 người bị ảnh hưởng bởi dịch Covid-19; tỉnh đã đầu tư 4 dự án kè khẩn cấp với tổng chiều dài 7,8 km bờ biển Tây.
Tại các điểm cầu huyện Ngọc Hiển, Năm Căn, cử tri cũng phản ánh tình trạng khai thác thủy sản bằng xung điện, giã cào bay ven bờ làm cạn kiệt nguồn lợi; đề nghị tăng cường tuần tra, xử lý nghiêm. Cử tri ngư dân mong các ngành chức năng hướng dẫn kịp thời việc lắp thiết bị giám sát hành trình trên tàu cá để đáp ứng yêu cầu chống khai thác bất hợp pháp.
Kết thúc buổi tiếp xúc, đồng chí Trần Quốc Hiểu cảm ơn cử tri và cho biết Đoàn đã tiếp thu đầy đủ các ý kiến để tổng hợp gửi đến kỳ họp.
Thúy Hằng
Các tin đã đưa
- Cử tri U Minh kiến nghị về phòng cháy rừng (25/09/2020)
- HĐND tỉnh giám sát công tác phòng chống dịch Covid-19 (18/09/2020)
- Tổng hợp kiến nghị cử tri trước kỳ họp thứ 10 (10/09/2020)
- Đoàn ĐBQH tỉnh làm việc với Sở Lao động - Thương binh và Xã hội (03/09/2020)
""", "2020-09-30", "Tiếp xúc cử tri trực tuyến tại 9 điểm cầu trước kỳ họp thứ 10, Quốc hội khóa XIV",
E("doi_thoai", None, "2020-09-29"),
[P("Lê Thị Ngọc Trinh", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Trần Quốc Hiểu", "Phó Trưởng đoàn chuyên trách Đoàn ĐBQH tỉnh"),
 P("Danh Thị Sa Quênh"), P("Lâm Văn Hoàng", "Chủ tịch Hội Nông dân xã Tân Hưng Đông"),
 P("Lê Văn Sáng", "Phó Chủ tịch UBND tỉnh")],
[Q("9 điểm cầu", 9, "điểm cầu"), Q("486 cử tri", 486, "cử tri"), Q("10 dự án luật", 10, "dự án luật"), Q("23 lượt cử tri", 23, "lượt cử tri"),
 Q("khoảng 400 hộ dân", 400, "hộ dân", "approx"), Q("khoảng 1.200 tỷ đồng", 1200000000000, "đồng", "approx"), Q("hơn 20%", 20, "%", "over"),
 Q("1 triệu đồng", 1000000, "đồng"), Q("hơn 168 tỷ đồng", 168000000000, "đồng", "over"), Q("trên 132.000 người", 132000, "người", "over"),
 Q("4 dự án kè khẩn cấp", 4, "dự án kè khẩn cấp"), Q("7,8 km", 7.8, "km")],
[D("Nghị quyết", "42", "NQ-CP", "2020-04-09", "Chính phủ", "Nghị quyết số 42/NQ-CP ngày 9/4/2020"),
 D("Quyết định", "15", "2020/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 15/2020/QĐ-TTg")],
[prov("Cà Mau"), com("Khánh Bình Tây"), com("Tân Hưng Đông")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH CÀ MAU", "Trang chủ / Tin tức / Hoạt động của Đoàn ĐBQH và HĐND",
 "Đồng chí Lê Thị Ngọc Trinh phát biểu tại điểm cầu chính.", "Hội trường Tỉnh ủy", "Luật Cư trú", "Luật Bảo vệ môi trường", "Covid-19"],
["30.09.2020 | 15:50", "kỳ họp thứ 10", "khóa XIV", "lần đầu tiên", "Covid-19", "20/10/2020", "năm 2019"]))

PAGES.append(page("b2992-quangtri-taphuan-baucu-2021", """
Báo Quảng Trị
Chính trị » Bầu cử ĐBQH khóa XV và HĐND các cấp
Thứ Sáu, 16/04/2021 - 17:10
Ảnh: Quang cảnh lớp tập huấn tại huyện Hướng Hóa.
Tập huấn nghiệp vụ công tác bầu cử cho hơn 1.300 thành viên tổ bầu cử
(QTO) - Trong hai ngày 14 và 15/4, Ủy ban bầu cử tỉnh phối hợp với Sở Nội vụ tổ chức tập huấn nghiệp vụ công tác bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026 cho thành viên các tổ bầu cử năm 2021 tại huyện Hướng Hóa và huyện Đakrông.
Tham gia lớp tập huấn có hơn 1.300 học viên là thành viên 178 tổ bầu cử của 2 huyện miền núi. Ông Hồ Văn Lai, Trưởng Ban Dân tộc HĐND tỉnh, Phó Chủ tịch Ủy ban bầu cử tỉnh, dự và phát biểu khai mạc.
Các học viên được ông Nguyễn Đăng Khoa, Phó Giám đốc Sở Nội vụ, Chánh Văn phòng Ủy ban bầu cử tỉnh, truyền đạt những nội dung cơ bản của Luật Bầu cử đại biểu Quốc hội và đại biểu HĐND số 85/2015/QH13, được sửa đổi, bổ sung bởi Luật số 83/2019/QH14; Chỉ thị số 45-CT/TW ngày 20/6/2020 của Bộ Chính trị về lãnh đạo cuộc bầu cử; Nghị quyết số 41/NQ-HĐBCQG của Hội đồng bầu cử quốc gia hướng dẫn quy trình bầu cử. Học viên cũng thực hành tình huống khai mạc, bỏ phiếu, kiểm phiếu và lập biên bản.
Theo Ủy ban bầu cử tỉnh, toàn tỉnh có khoảng 457.000 cử tri, chia thành 789 khu vực bỏ phiếu; bầu 6 đại biểu Quốc hội ở 2 đơn vị bầu cử, 52 đại biểu HĐND tỉnh. Riêng 2 huyện Hướng Hóa, Đakrông có 178 khu vực bỏ phiếu, trong đó 37 khu vực ở các bản vùng sâu, giáp biên giới với Lào, cử tri chủ yếu là đồng bào Vân Kiều, Pa Kô.
Ông Hồ Văn Lai lưu ý các tổ bầu cử phải tuyên truyền bằng tiếng dân tộc, bảo đảm mỗi cử tri nắm rõ nguyên tắc phổ thông, bình đẳng, trực tiếp, bỏ phiếu kín; chuẩn bị phương án phòng, chống dịch Covid-19 tại khu vực bỏ phiếu và có hòm phiếu phụ cho cử tri cách ly. Đồng chí Hồ Thị Kim Thoa, Bí thư Đảng ủy xã A Dơi, cho biết xã đã huy động đoàn viên thanh niên đến từng nhà hướng dẫn bà con cách bỏ phiếu.
Ông Kăn Sáu, Trưởng bản A Xing, xã Hướng Lộc, nói: "Lớp học dễ hiểu, về bản tôi sẽ nói lại cho bà con bằng tiếng Vân Kiều để ai cũng đi bầu đúng giờ".
Kết thúc đợt tập huấn, các học viên làm bài kiểm tra trắc nghiệm; 100% đạt yêu cầu. Trước đó, Ủy ban bầu cử tỉnh đã tập huấn cho các huyện đồng bằng vào ngày 9/4.
Hồ Nguyên Kha
Tin liên quan
- Quảng Trị công bố danh sách 10 người ứng cử đại biểu Quốc hội (14/04/2021)
- Hướng Hóa: niêm yết danh sách cử tri tại 106 khu vực bỏ phiếu (10/04/2021)
- Hội nghị hiệp thương lần thứ ba (07/04/2021)
- Kiểm tra công tác bầu cử tại huyện đảo Cồn Cỏ (02/04/2021)
- Tuyên truyền bầu cử bằng tiếng Vân Kiều, Pa Kô (30/03/2021)
""", "2021-04-16", "Tập huấn nghiệp vụ công tác bầu cử cho hơn 1.300 thành viên tổ bầu cử",
E("tap_huan", "2021", "2021-04-14"),
[P("Hồ Văn Lai", "Trưởng Ban Dân tộc HĐND tỉnh", "Phó Chủ tịch Ủy ban bầu cử tỉnh"),
 P("Nguyễn Đăng Khoa", "Phó Giám đốc Sở Nội vụ", "Chánh Văn phòng Ủy ban bầu cử tỉnh"),
 P("Hồ Thị Kim Thoa", "Bí thư Đảng ủy xã A Dơi"),
 P("Kăn Sáu", "Trưởng bản A Xing")],
[Q("hơn 1.300 thành viên tổ bầu cử", 1300, "thành viên tổ bầu cử", "over"), Q("178 tổ bầu cử", 178, "tổ bầu cử"), Q("2 huyện miền núi", 2, "huyện miền núi"),
 Q("khoảng 457.000 cử tri", 457000, "cử tri", "approx"), Q("789 khu vực bỏ phiếu", 789, "khu vực bỏ phiếu"), Q("6 đại biểu Quốc hội", 6, "đại biểu Quốc hội"),
 Q("2 đơn vị bầu cử", 2, "đơn vị bầu cử"), Q("52 đại biểu HĐND tỉnh", 52, "đại biểu HĐND tỉnh"), Q("178 khu vực bỏ phiếu", 178, "khu vực bỏ phiếu"),
 Q("37 khu vực", 37, "khu vực"), Q("100%", 100, "%")],
[D("Luật", "85", "2015/QH13", None, None, "số 85/2015/QH13"),
 D("Luật", "83", "2019/QH14", None, None, "Luật số 83/2019/QH14"),
 D("Chỉ thị", "45", "CT/TW", "2020-06-20", "Bộ Chính trị", "Chỉ thị số 45-CT/TW ngày 20/6/2020"),
 D("Nghị quyết", "41", "NQ-HĐBCQG", None, "Hội đồng bầu cử quốc gia", "Nghị quyết số 41/NQ-HĐBCQG")],
[prov("Quảng Trị"), com("A Dơi"), com("Hướng Lộc")],
["Báo Quảng Trị", "Chính trị » Bầu cử ĐBQH khóa XV và HĐND các cấp", "Ảnh: Quang cảnh lớp tập huấn tại huyện Hướng Hóa.", "(QTO)", "Sở Nội vụ"],
["Thứ Sáu, 16/04/2021 - 17:10", "hai ngày", "khóa XV", "nhiệm kỳ 2021 - 2026", "năm 2021", "Covid-19", "9/4"]))
