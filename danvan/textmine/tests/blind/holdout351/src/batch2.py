from lib import *
PAGES = []

PAGES.append(page("b8387-hatinh-bdv-giaoban-q2-2017", """
BÁO HÀ TĨNH
Chính trị › Xây dựng Đảng › Dân vận
Thứ Sáu, 14/07/2017 - 16:50
Hà Tĩnh: Khối dân vận giao ban quý II, bổ nhiệm Phó Trưởng Ban Dân vận Tỉnh ủy
(Baohatinh.vn) - Chiều 13/7, Ban Dân vận Tỉnh ủy Hà Tĩnh tổ chức giao ban khối dân vận quý II/2017. Đồng chí Trần Thị Thu Hà, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Đồng chí Trần Thị Thu Hà trao quyết định bổ nhiệm cán bộ.
Báo cáo cho thấy, quý II, khối dân vận các cấp đã tập trung vận động nhân dân các xã ven biển ổn định tư tưởng sau sự cố môi trường biển. Ban Dân vận Tỉnh ủy phối hợp tổ chức 72 hội nghị đối thoại, tiếp xúc với gần 6.800 lượt người dân ở 4 huyện, thị xã ven biển; nắm tình hình 124 vụ việc, trong đó 18 vụ tụ tập đông người được vận động giải tán. Đến cuối tháng 6, đã có 98,6% hộ dân bị ảnh hưởng nhận đủ tiền bồi thường với tổng số tiền hơn 1.460 tỷ đồng.
Phong trào xây dựng nông thôn mới tiếp tục được nhân dân hưởng ứng: trong quý, nhân dân hiến 86.400 m2 đất, tháo dỡ 2.340 m tường rào, đóng góp 41,2 tỷ đồng và 135.000 ngày công. Toàn tỉnh có thêm 11 xã đạt chuẩn nông thôn mới, nâng tổng số lên 108 xã. Mặt trận các cấp vận động xây dựng 76 nhà Đại đoàn kết, tu sửa 43 nhà cho hộ nghèo, trị giá khoảng 3,9 tỷ đồng.
Công tác dân vận chính quyền có chuyển biến: 100% xã, phường, thị trấn duy trì tiếp dân định kỳ; trong quý tiếp 2.412 lượt công dân, tiếp nhận 612 đơn thư, đã giải quyết 534 đơn, đạt 87,3%. Ban Dân vận Tỉnh ủy tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 96-KH/TU ngày 15/5/2017 thực hiện Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao hiệu quả công tác dân vận của cơ quan nhà nước, chính quyền các cấp.
Ý kiến tại hội nghị, đồng chí Phan Văn Quang, HUV, Trưởng Ban Dân vận Huyện ủy Kỳ Anh, đề nghị tiếp tục tuyên truyền để ngư dân ra khơi bám biển; hiện mới có khoảng 70% tàu cá trở lại hoạt động. Đồng chí Lê Thị Hường, Bí thư Đảng ủy xã Kỳ Lợi, cho biết xã đã vận động 216 hộ di dời, giải phóng mặt bằng cho dự án.
Tại hội nghị, đồng chí Trần Thị Thu Hà đã trao quyết định của Ban Thường vụ Tỉnh ủy bổ nhiệm đồng chí Nguyễn Đình Lâm, Trưởng phòng Dân vận chính quyền, giữ chức Phó Trưởng Ban Dân vận Tỉnh ủy. Đồng chí Võ Văn Thắng, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy, quán triệt kế hoạch quý III.
Kết luận giao ban, đồng chí Trần Thị Thu Hà yêu cầu quý III tập trung vận động nhân dân chuẩn bị phòng chống bão lụt; tổ chức sơ kết 3 năm phong trào "Dân vận khéo" ở 262 xã, phường, thị trấn.
Thu Hà - Quốc Việt
Tin liên quan
- Cẩm Xuyên: giao ban khối dân vận quý II (10/07/2017)
- Vận động ngư dân 4 huyện ven biển ra khơi bám biển (03/07/2017)
- Nghi Xuân tặng 100 suất quà cho gia đình chính sách (26/06/2017)
- Hương Khê ra mắt mô hình "Dân vận khéo" trong giảm nghèo (20/06/2017)
""", "2017-07-14", "Hà Tĩnh: Khối dân vận giao ban quý II, bổ nhiệm Phó Trưởng Ban Dân vận Tỉnh ủy",
E("giao_ban", "2017-Q2", "2017-07-13"),
[P("Trần Thị Thu Hà", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phan Văn Quang", "HUV", "Trưởng Ban Dân vận Huyện ủy Kỳ Anh"),
 P("Lê Thị Hường", "Bí thư Đảng ủy xã Kỳ Lợi"),
 P("Nguyễn Đình Lâm", "Trưởng phòng Dân vận chính quyền", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Võ Văn Thắng", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy")],
[Q("72 hội nghị đối thoại, tiếp xúc", 72, "hội nghị đối thoại, tiếp xúc"),
 Q("gần 6.800 lượt người dân", 6800, "lượt người dân", "approx"), Q("4 huyện, thị xã ven biển", 4, "huyện, thị xã ven biển"),
 Q("124 vụ việc", 124, "vụ việc"), Q("18 vụ tụ tập đông người", 18, "vụ tụ tập đông người"), Q("98,6%", 98.6, "%"),
 Q("hơn 1.460 tỷ đồng", 1460000000000, "đồng", "over"), Q("86.400 m2", 86400, "m2"), Q("2.340 m", 2340, "m"),
 Q("41,2 tỷ đồng", 41200000000, "đồng"), Q("135.000 ngày công", 135000, "ngày công"), Q("11 xã", 11, "xã"),
 Q("108 xã", 108, "xã"), Q("76 nhà Đại đoàn kết", 76, "nhà Đại đoàn kết"), Q("43 nhà", 43, "nhà"),
 Q("khoảng 3,9 tỷ đồng", 3900000000, "đồng", "approx"), Q("100% xã, phường, thị trấn", 100, "%"),
 Q("2.412 lượt công dân", 2412, "lượt công dân"), Q("612 đơn thư", 612, "đơn thư"), Q("534 đơn", 534, "đơn"),
 Q("87,3%", 87.3, "%"), Q("khoảng 70%", 70, "%", "approx"), Q("216 hộ", 216, "hộ"),
 Q("262 xã, phường, thị trấn", 262, "xã, phường, thị trấn")],
[D("Kế hoạch", "96", "KH/TU", "2017-05-15", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 96-KH/TU ngày 15/5/2017"),
 D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư")],
[prov("Hà Tĩnh"), com("Kỳ Lợi")],
["BÁO HÀ TĨNH", "Chính trị › Xây dựng Đảng › Dân vận", "(Baohatinh.vn)", "Đồng chí Trần Thị Thu Hà trao quyết định bổ nhiệm cán bộ.",
 "Dân vận khéo"],
["Thứ Sáu, 14/07/2017 - 16:50", "quý II/2017", "cuối tháng 6", "3 năm", "quý III"]))

PAGES.append(page("b8388-daklak-bdv-baocao-q1-2018", """
BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK
Trang chủ > Tin hoạt động > Thông tin - Báo cáo
12/04/2018 - 14:35
Đắk Lắk: Kết quả công tác dân vận quý I năm 2018
Ban Dân vận Tỉnh ủy vừa có Báo cáo số 152-BC/BDVTU ngày 09/4/2018 đánh giá kết quả công tác dân vận quý I và phương hướng nhiệm vụ quý II năm 2018. Theo đó, tình hình tư tưởng của cán bộ, đảng viên và các tầng lớp nhân dân cơ bản ổn định; đồng bào các dân tộc phấn khởi đón Tết Mậu Tuất và mùa lễ hội đâm trâu, cúng bến nước.
Già làng, người có uy tín buôn Kô Siêr trao đổi với cán bộ dân vận.
Trong quý, các cơ quan dân vận đã tổ chức 236 buổi tuyên truyền ở buôn đồng bào dân tộc thiểu số, thu hút trên 19.500 lượt người; tặng 3.420 suất quà Tết cho người có uy tín, hộ nghèo, với tổng trị giá 1,71 tỷ đồng. Khối dân vận phối hợp lực lượng công an vận động 27 đối tượng FULRO lưu vong ở nước ngoài liên hệ về nước, 112 người theo "Tin lành Đêga" từ bỏ hoạt động. Các xã vùng sâu đã tổ chức 38 hội nghị "Già làng nói, dân làng nghe".
Phối hợp thực hiện các chương trình giảm nghèo: toàn tỉnh có 1.864 hộ đồng bào dân tộc thiểu số được hỗ trợ vay vốn, bình quân 30 triệu đồng/hộ; cấp 2.500 thẻ bảo hiểm y tế cho người cận nghèo; hỗ trợ 46 hộ nghèo làm nhà ở theo Quyết định số 33/2015/QĐ-TTg của Thủ tướng Chính phủ. Tỷ lệ hộ nghèo đồng bào dân tộc thiểu số còn 28,4%, giảm 1,2% so với cuối năm 2017.
Về công tác tham mưu, Ban đã giúp Ban Thường vụ Tỉnh ủy ban hành Kết luận 215, 216-KL/TU về công tác vận động người có uy tín và về xây dựng buôn văn hóa; chủ trì kiểm tra việc thực hiện Quy chế dân chủ tại 15 xã, thị trấn. Ban Dân vận các huyện ủy đã tiếp nhận 58 đơn thư; 49 đơn đã được giải quyết hoặc hướng dẫn, 9 đơn đang xem xét.
Đồng chí Y Biêr Niê, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, đánh giá những kết quả trên là nhờ phát huy vai trò của hơn 2.100 người có uy tín trong toàn tỉnh. Các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: H'Yim Kđoh, Nguyễn Văn Khánh được phân công chỉ đạo các cụm buôn trọng điểm.
Trong quý, Ban tổ chức đoàn công tác do đồng chí Y Ngông Byă, Phó Trưởng phòng Dân tộc - Tôn giáo, làm trưởng đoàn đến thăm, làm việc với Già làng Ama Thuông, người có uy tín buôn Kô Siêr, phường Tân Lợi, và bà H'Ben Êban, Chi hội trưởng Chi hội Phụ nữ buôn Ea Bông, xã Dray Sáp.
Nhiệm vụ quý II, Ban Dân vận Tỉnh ủy tập trung vận động nhân dân chăm sóc cà phê mùa khô, tiết kiệm nước tưới; chuẩn bị hội nghị biểu dương 150 người có uy tín tiêu biểu.
Minh Thuận
Tin liên quan
- Krông Pắc: ra mắt 2 buôn văn hóa kiểu mẫu (04/04/2018)
- Cư M'gar giao ban công tác dân vận quý I (02/04/2018)
- Ban Dân vận Tỉnh ủy thăm người có uy tín dịp Tết (12/02/2018)
""", "2018-04-12", "Đắk Lắk: Kết quả công tác dân vận quý I năm 2018",
E("bao_cao", "2018-Q1", "2018-04-09"),
[P("Y Biêr Niê", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("H'Yim Kđoh", "Phó Trưởng Ban Dân vận Tỉnh ủy"), P("Nguyễn Văn Khánh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Y Ngông Byă", "Phó Trưởng phòng Dân tộc - Tôn giáo"),
 P("Ama Thuông", "Già làng", "người có uy tín buôn Kô Siêr"),
 P("H'Ben Êban", "Chi hội trưởng Chi hội Phụ nữ buôn Ea Bông")],
[Q("236 buổi tuyên truyền", 236, "buổi tuyên truyền"), Q("trên 19.500 lượt người", 19500, "lượt người", "over"),
 Q("3.420 suất quà", 3420, "suất quà"), Q("1,71 tỷ đồng", 1710000000, "đồng"),
 Q("27 đối tượng FULRO lưu vong", 27, "đối tượng FULRO lưu vong"), Q("112 người", 112, "người"),
 Q("38 hội nghị", 38, "hội nghị"), Q("1.864 hộ đồng bào dân tộc thiểu số", 1864, "hộ đồng bào dân tộc thiểu số"),
 Q("30 triệu đồng/hộ", 30000000, "đồng"), Q("2.500 thẻ bảo hiểm y tế", 2500, "thẻ bảo hiểm y tế"),
 Q("46 hộ nghèo", 46, "hộ nghèo"), Q("28,4%", 28.4, "%"), Q("1,2%", 1.2, "%"), Q("15 xã, thị trấn", 15, "xã, thị trấn"),
 Q("58 đơn thư", 58, "đơn thư"), Q("49 đơn", 49, "đơn"), Q("9 đơn", 9, "đơn"),
 Q("hơn 2.100 người có uy tín", 2100, "người có uy tín", "over"),
 Q("150 người có uy tín tiêu biểu", 150, "người có uy tín tiêu biểu")],
[D("Báo cáo", "152", "BC/BDVTU", "2018-04-09", "Ban Dân vận Tỉnh ủy", "Báo cáo số 152-BC/BDVTU ngày 09/4/2018"),
 D("Quyết định", "33", "2015/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 33/2015/QĐ-TTg của Thủ tướng Chính phủ"),
 D("Kết luận", "215", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 215, 216-KL/TU"),
 D("Kết luận", "216", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 215, 216-KL/TU")],
[prov("Đắk Lắk"), com("Tân Lợi"), com("Dray Sáp")],
["BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK", "Trang chủ > Tin hoạt động > Thông tin - Báo cáo",
 "Già làng, người có uy tín buôn Kô Siêr trao đổi với cán bộ dân vận.", "Tin lành Đêga", "FULRO",
 "Già làng nói, dân làng nghe", "Quy chế dân chủ", "Tết Mậu Tuất"],
["12/04/2018 - 14:35", "quý II năm 2018", "cuối năm 2017"]))

PAGES.append(page("b8389-bacgiang-bdv-giaoban-q3-2018", """
Cổng thông tin điện tử Ban Dân vận Tỉnh ủy Bắc Giang
Trang chủ >> Tin tức >> Hoạt động của Ban
09/10/2018 07:45
Ảnh: Đồng chí Hoàng Văn Cừ phát biểu tại hội nghị.
Phát huy vai trò Mặt trận, đoàn thể trong vận động nhân dân
Ngày 08/10/2018, Ban Dân vận Tỉnh ủy Bắc Giang chủ trì hội nghị giao ban công tác dân vận, Mặt trận và các đoàn thể chính trị - xã hội quý III năm 2018. Đồng chí Hoàng Văn Cừ, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.
Theo báo cáo, quý III, Mặt trận và các đoàn thể tỉnh đã kết nạp mới 4.126 đoàn viên, hội viên; tổ chức 318 hội nghị tuyên truyền cho hơn 27.000 lượt người. Ủy ban MTTQ các cấp vận động Quỹ "Vì người nghèo" được 11,6 tỷ đồng, hỗ trợ làm mới 152 nhà Đại đoàn kết, mỗi nhà 40 triệu đồng. Hội Nông dân tỉnh phối hợp tiêu thụ trên 1.200 tấn vải thiều cho nông dân Lục Ngạn, Lục Nam.
Công tác dân vận chính quyền: UBND các cấp tiếp 3.285 lượt công dân, tiếp nhận 1.146 đơn thư, giải quyết 1.017 đơn, đạt 88,7%; tổ chức 64 cuộc đối thoại trực tiếp với nhân dân. Trong quý không phát sinh điểm nóng; còn 7 vụ khiếu kiện đông người kéo dài liên quan thu hồi đất ở các khu công nghiệp.
Phong trào thi đua "Dân vận khéo" có 1.035 mô hình đăng ký, trong đó 216 mô hình cấp tỉnh, 819 mô hình cấp huyện, cấp xã. Đồng chí Diệp Văn Sáng, HUV, Trưởng Ban Dân vận Huyện ủy Sơn Động, cho biết huyện đã vận động 85 hộ đồng bào Sán Dìu, Nùng hiến 12.400 m2 đất làm đường.
Các đồng chí Lục Thị Nguyệt, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh; Ngô Văn Bình, Chủ tịch Hội Cựu chiến binh tỉnh; Thân Thị Hiền, Bí thư Tỉnh đoàn và đồng chí Đàm Văn Quý, Phó Chủ tịch Liên đoàn Lao động tỉnh đã trao đổi về kết quả triển khai Kết luận 62, 63-KL/TU của Ban Thường vụ Tỉnh ủy. Theo Liên đoàn Lao động tỉnh, quý III có 12 cuộc ngừng việc tập thể với khoảng 3.500 công nhân tham gia, đều đã được giải quyết.
Đồng chí Hoàng Văn Cừ đề nghị quý IV tập trung triển khai Quyết định số 99-QĐ/TW ngày 03/10/2017 của Ban Bí thư về khung hướng dẫn để Mặt trận và các đoàn thể nhân dân giám sát, phản biện xã hội; tổ chức Ngày hội Đại đoàn kết ở 100% thôn, tổ dân phố; phấn đấu kết nạp thêm ít nhất 3.000 hội viên. Đồng chí cũng giao phòng Dân vận chính quyền theo dõi 2 xã Tân Sơn, Phong Vân làm điểm dân vận khéo.
Chu Hương
Các tin đã đưa
- Lục Ngạn: giao ban công tác dân vận quý III (05/10/2018)
- Ban Dân vận Tỉnh ủy làm việc với Đảng ủy Khối doanh nghiệp (26/09/2018)
- Hiệp Hòa ra mắt 15 mô hình "Dân vận khéo" (17/09/2018)
- Yên Dũng: đối thoại với nông dân về dồn điền đổi thửa (06/09/2018)
""", "2018-10-09", "Phát huy vai trò Mặt trận, đoàn thể trong vận động nhân dân",
E("giao_ban", "2018-Q3", "2018-10-08"),
[P("Hoàng Văn Cừ", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Diệp Văn Sáng", "HUV", "Trưởng Ban Dân vận Huyện ủy Sơn Động"),
 P("Lục Thị Nguyệt", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"), P("Ngô Văn Bình", "Chủ tịch Hội Cựu chiến binh tỉnh"),
 P("Thân Thị Hiền", "Bí thư Tỉnh đoàn"), P("Đàm Văn Quý", "Phó Chủ tịch Liên đoàn Lao động tỉnh")],
[Q("4.126 đoàn viên, hội viên", 4126, "đoàn viên, hội viên"), Q("318 hội nghị tuyên truyền", 318, "hội nghị tuyên truyền"),
 Q("hơn 27.000 lượt người", 27000, "lượt người", "over"), Q("11,6 tỷ đồng", 11600000000, "đồng"),
 Q("152 nhà Đại đoàn kết", 152, "nhà Đại đoàn kết"), Q("40 triệu đồng", 40000000, "đồng"),
 Q("trên 1.200 tấn", 1200, "tấn", "over"), Q("3.285 lượt công dân", 3285, "lượt công dân"),
 Q("1.146 đơn thư", 1146, "đơn thư"), Q("1.017 đơn", 1017, "đơn"), Q("88,7%", 88.7, "%"),
 Q("64 cuộc đối thoại", 64, "cuộc đối thoại"), Q("7 vụ khiếu kiện đông người kéo dài", 7, "vụ khiếu kiện đông người kéo dài"),
 Q("1.035 mô hình", 1035, "mô hình"), Q("216 mô hình cấp tỉnh", 216, "mô hình cấp tỉnh"),
 Q("819 mô hình cấp huyện, cấp xã", 819, "mô hình cấp huyện, cấp xã"), Q("85 hộ đồng bào Sán Dìu, Nùng", 85, "hộ đồng bào Sán Dìu, Nùng"),
 Q("12.400 m2", 12400, "m2"), Q("12 cuộc ngừng việc tập thể", 12, "cuộc ngừng việc tập thể"),
 Q("khoảng 3.500 công nhân", 3500, "công nhân", "approx"), Q("100% thôn, tổ dân phố", 100, "%"),
 Q("ít nhất 3.000 hội viên", 3000, "hội viên", "over"), Q("2 xã", 2, "xã")],
[D("Kết luận", "62", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 62, 63-KL/TU của Ban Thường vụ Tỉnh ủy"),
 D("Kết luận", "63", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 62, 63-KL/TU của Ban Thường vụ Tỉnh ủy"),
 D("Quyết định", "99", "QĐ/TW", "2017-10-03", "Ban Bí thư", "Quyết định số 99-QĐ/TW ngày 03/10/2017 của Ban Bí thư")],
[prov("Bắc Giang"), com("Tân Sơn"), com("Phong Vân")],
["Cổng thông tin điện tử Ban Dân vận Tỉnh ủy Bắc Giang", "Trang chủ >> Tin tức >> Hoạt động của Ban",
 "Ảnh: Đồng chí Hoàng Văn Cừ phát biểu tại hội nghị.", "Vì người nghèo", "Dân vận khéo", "Ngày hội Đại đoàn kết"],
["09/10/2018 07:45", "quý III năm 2018", "quý IV"]))

PAGES.append(page("b8390-quangnam-bdv-giaoban-q1-2019", """
QUẢNG NAM ONLINE - BÁO QUẢNG NAM
Thời sự | Chính trị
Cập nhật lúc 16:10 ngày 10/04/2019
Toàn cảnh buổi giao ban. Ảnh: N.Đ
Quý I/2019: Vận động nhân dân miền núi hiến hơn 58.000m2 đất
(QNO) - Sáng nay 10.4, Ban Dân vận Tỉnh ủy Quảng Nam tổ chức giao ban công tác dân vận quý I/2019, triển khai nhiệm vụ quý II. Đồng chí Nguyễn Thị Kim Liên, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì; dự có đại diện 18 ban dân vận huyện, thị, thành ủy.
Báo cáo cho biết, quý I, khối dân vận các cấp đã vận động nhân dân 9 huyện miền núi hiến hơn 58.000m2 đất, đóng góp 3,6 tỷ đồng và 26.000 ngày công để làm đường, xây 17 nhà sinh hoạt cộng đồng. Mặt trận các cấp đã trao 7.150 suất quà Tết, trị giá 3,58 tỷ đồng, cho hộ nghèo, gia đình chính sách và 640 người có uy tín.
Khối dân vận phối hợp vận động 132 hộ đồng bào Cơ Tu, Xê Đăng, Gié Triêng sống ở vùng sạt lở di dời đến nơi an toàn; 23 hộ dân tái định cư thủy điện Sông Tranh 2 bàn giao mặt bằng. Trong quý, các cấp tiếp 1.908 lượt công dân, tiếp nhận 526 đơn thư, đã giải quyết 441 đơn (83,8%); tổ chức 37 cuộc đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân theo Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị.
Tại buổi giao ban, đồng chí Bhling Mia, HUV, Trưởng Ban Dân vận Huyện ủy Tây Giang, nêu kinh nghiệm vận động đồng bào Cơ Tu giữ rừng: cả huyện có 34 thôn nhận khoán bảo vệ hơn 41.000 ha rừng, mỗi năm được chi trả khoảng 12 tỷ đồng. Đồng chí Alăng Thị Bíp, Bí thư Đảng ủy xã A Tiêng, và ông Zơ Râm Lý, người có uy tín thôn Agrồng, xã Tr'Hy, cùng nêu kiến nghị về đất sản xuất cho 76 hộ thiếu đất.
Các đồng chí Ating Tấn, Trần Văn Sơn - Phó Trưởng Ban Dân vận Tỉnh ủy thông tin, Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch 188, 189-KH/TU; Ban cũng ban hành Hướng dẫn số 21-HD/BDVTU ngày 06/3/2019 về phong trào thi đua "Dân vận khéo" giai đoạn 2019–2021. Toàn tỉnh có 2.315 mô hình "Dân vận khéo", trong đó 145 mô hình tiêu biểu.
Cũng trong quý, Hội Liên hiệp Phụ nữ tỉnh giúp 214 hội viên nghèo vay vốn không lãi với tổng số tiền 1,28 tỷ đồng; Tỉnh đoàn tổ chức 28 đợt tình nguyện, sửa 6,5 km đường giao thông nông thôn. Tỷ lệ hộ nghèo ở các huyện miền núi còn 21,6%.
Phát biểu kết luận, đồng chí Nguyễn Thị Kim Liên yêu cầu quý II triển khai Kế hoạch tổ chức Đại hội Mặt trận các cấp; chuẩn bị gặp mặt 250 già làng, người có uy tín tiêu biểu nhân dịp 30/4.
Nguyễn Điều
Tin liên quan
- Nam Trà My: 40 hộ đồng bào Xê Đăng hiến đất làm đường (03/04/2019)
- Phú Ninh giao ban công tác dân vận quý I (29/03/2019)
- Tây Giang ra mắt mô hình "Thôn không có người nghiện ma túy" (18/03/2019)
""", "2019-04-10", "Quý I/2019: Vận động nhân dân miền núi hiến hơn 58.000m2 đất",
E("giao_ban", "2019-Q1", "2019-04-10"),
[P("Nguyễn Thị Kim Liên", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Bhling Mia", "HUV", "Trưởng Ban Dân vận Huyện ủy Tây Giang"),
 P("Alăng Thị Bíp", "Bí thư Đảng ủy xã A Tiêng"), P("Zơ Râm Lý", "người có uy tín thôn Agrồng"),
 P("Ating Tấn", "Phó Trưởng Ban Dân vận Tỉnh ủy"), P("Trần Văn Sơn", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("18 ban dân vận huyện, thị, thành ủy", 18, "ban dân vận huyện, thị, thành ủy"), Q("9 huyện miền núi", 9, "huyện miền núi"),
 Q("hơn 58.000m2", 58000, "m2", "over"), Q("3,6 tỷ đồng", 3600000000, "đồng"), Q("26.000 ngày công", 26000, "ngày công"),
 Q("17 nhà sinh hoạt cộng đồng", 17, "nhà sinh hoạt cộng đồng"), Q("7.150 suất quà", 7150, "suất quà"),
 Q("3,58 tỷ đồng", 3580000000, "đồng"), Q("640 người có uy tín", 640, "người có uy tín"),
 Q("132 hộ đồng bào Cơ Tu, Xê Đăng, Gié Triêng", 132, "hộ đồng bào Cơ Tu, Xê Đăng, Gié Triêng"),
 Q("23 hộ dân tái định cư thủy điện Sông Tranh 2", 23, "hộ dân tái định cư thủy điện Sông Tranh 2"),
 Q("1.908 lượt công dân", 1908, "lượt công dân"), Q("526 đơn thư", 526, "đơn thư"), Q("441 đơn", 441, "đơn"),
 Q("83,8%", 83.8, "%"), Q("37 cuộc đối thoại", 37, "cuộc đối thoại"), Q("34 thôn", 34, "thôn"),
 Q("hơn 41.000 ha", 41000, "ha", "over"), Q("khoảng 12 tỷ đồng", 12000000000, "đồng", "approx"), Q("76 hộ thiếu đất", 76, "hộ thiếu đất"),
 Q("2.315 mô hình", 2315, "mô hình"), Q("145 mô hình tiêu biểu", 145, "mô hình tiêu biểu"),
 Q("250 già làng, người có uy tín tiêu biểu", 250, "già làng, người có uy tín tiêu biểu"),
 Q("214 hội viên nghèo", 214, "hội viên nghèo"), Q("1,28 tỷ đồng", 1280000000, "đồng"), Q("28 đợt tình nguyện", 28, "đợt tình nguyện"),
 Q("6,5 km", 6.5, "km"), Q("21,6%", 21.6, "%")],
[D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", "Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị"),
 D("Kế hoạch", "188", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 188, 189-KH/TU"),
 D("Kế hoạch", "189", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 188, 189-KH/TU"),
 D("Hướng dẫn", "21", "HD/BDVTU", "2019-03-06", "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 21-HD/BDVTU ngày 06/3/2019")],
[prov("Quảng Nam"), com("A Tiêng"), com("Tr'Hy")],
["QUẢNG NAM ONLINE - BÁO QUẢNG NAM", "Thời sự | Chính trị", "Toàn cảnh buổi giao ban. Ảnh: N.Đ", "(QNO)", "Dân vận khéo"],
["Cập nhật lúc 16:10 ngày 10/04/2019", "10.4", "quý II", "giai đoạn 2019–2021", "30/4"]))

PAGES.append(page("b8391-haugiang-bdv-giaoban-q1-2020", """
BAN DÂN VẬN TỈNH ỦY HẬU GIANG
Trang chủ / Tin hoạt động / Hội nghị - Giao ban
15.04.2020 | 09:05
Giao ban trực tuyến công tác dân vận quý I năm 2020 với 8 điểm cầu
Chiều 14/4, Ban Dân vận Tỉnh ủy Hậu Giang tổ chức hội nghị giao ban trực tuyến công tác dân vận quý I năm 2020 với 8 điểm cầu huyện, thị xã, thành phố nhằm thực hiện giãn cách xã hội phòng, chống dịch Covid-19. Đồng chí Nguyễn Thị Hồng Thắm, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì tại điểm cầu tỉnh.
Điểm cầu Ban Dân vận Tỉnh ủy.
Theo báo cáo, quý I, khối dân vận đã tập trung tuyên truyền phòng, chống dịch Covid-19 bằng 176 xe loa lưu động, phát 48.000 tờ rơi; vận động 1.530 người từ vùng dịch về địa phương tự khai báo y tế. Mặt trận các cấp tiếp nhận ủng hộ phòng, chống dịch hơn 9,2 tỷ đồng và nhiều hiện vật; các đoàn thể trao 12.640 phần quà cho người lao động mất việc, hộ nghèo, mỗi phần từ 200.000 đến 500.000 đồng.
Trong quý, Hội Nông dân tỉnh phối hợp tiêu thụ khoảng 2.600 tấn trái cây cho nông dân bị ảnh hưởng bởi dịch; Hội Cựu chiến binh vận động hội viên ủng hộ 1.450 bao gạo, mỗi bao 10 kg, cho hộ khó khăn.
Đối với hạn mặn đầu năm, khối dân vận phối hợp vận động nhân dân đắp 146 đập tạm ngăn mặn, cung cấp nước ngọt miễn phí cho khoảng 4.800 hộ. Tổ chức Hội Chữ thập đỏ tặng 320 bồn chứa nước cho hộ khó khăn ở huyện Long Mỹ, Vị Thủy.
Công tác dân vận chính quyền: UBND các cấp đã tiếp 648 lượt công dân, nhận 214 đơn, giải quyết 186 đơn, đạt 86,9%. Ban Dân vận Tỉnh ủy tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 175-KH/TU ngày 24/2/2020 thực hiện Chỉ thị 15/CT-TTg, 16/CT-TTg của Thủ tướng Chính phủ về phòng, chống dịch.
Báo cáo tại điểm cầu huyện, đồng chí Danh Thị Kim Hương, HUV, Trưởng Ban Dân vận Huyện ủy Châu Thành A, cho biết huyện có 36 mô hình "Dân vận khéo" trong phòng, chống dịch. Đồng chí Lâm Văn Tấn, Phó Bí thư Thường trực Đảng ủy, Trưởng khối dân vận xã Vị Thắng, kiến nghị hỗ trợ thêm cho 94 hộ Khmer nghèo.
Đồng chí Trương Hoàng Khải, Phó Trưởng Ban Dân vận Tỉnh ủy, cho biết quý I có 2.146 hội viên mới gia nhập các đoàn thể, nâng tỷ lệ tập hợp đoàn viên, hội viên lên 72%. Các đơn vị đang chuẩn bị đại hội Mặt trận cấp xã, dự kiến hoàn thành ở 75 xã, phường, thị trấn.
Kết luận hội nghị, đồng chí Nguyễn Thị Hồng Thắm đề nghị quý II tiếp tục vận động nhân dân thực hiện "5K"; chuẩn bị chu đáo Đại hội Đảng bộ tỉnh lần thứ XIV.
Thúy Liễu
Tin liên quan
- Vị Thanh: tặng 500 phần quà cho lao động mất việc (10/04/2020)
- Phụng Hiệp giao ban dân vận quý I (08/04/2020)
- Tặng 100 bồn chứa nước cho hộ nghèo vùng hạn mặn (28/03/2020)
""", "2020-04-15", "Giao ban trực tuyến công tác dân vận quý I năm 2020 với 8 điểm cầu",
E("giao_ban", "2020-Q1", "2020-04-14"),
[P("Nguyễn Thị Hồng Thắm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Danh Thị Kim Hương", "HUV", "Trưởng Ban Dân vận Huyện ủy Châu Thành A"),
 P("Lâm Văn Tấn", "Phó Bí thư Thường trực Đảng ủy", "Trưởng khối dân vận xã Vị Thắng"),
 P("Trương Hoàng Khải", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("8 điểm cầu huyện, thị xã, thành phố", 8, "điểm cầu huyện, thị xã, thành phố"), Q("176 xe loa lưu động", 176, "xe loa lưu động"),
 Q("48.000 tờ rơi", 48000, "tờ rơi"), Q("1.530 người", 1530, "người"), Q("hơn 9,2 tỷ đồng", 9200000000, "đồng", "over"),
 Q("12.640 phần quà", 12640, "phần quà"), Q("từ 200.000 đến 500.000 đồng", 200000, "đồng"),
 Q("từ 200.000 đến 500.000 đồng", 500000, "đồng"), Q("146 đập tạm ngăn mặn", 146, "đập tạm ngăn mặn"),
 Q("khoảng 4.800 hộ", 4800, "hộ", "approx"), Q("320 bồn chứa nước", 320, "bồn chứa nước"),
 Q("648 lượt công dân", 648, "lượt công dân"), Q("214 đơn", 214, "đơn"), Q("186 đơn", 186, "đơn"), Q("86,9%", 86.9, "%"),
 Q("36 mô hình", 36, "mô hình"), Q("94 hộ Khmer nghèo", 94, "hộ Khmer nghèo"), Q("2.146 hội viên mới", 2146, "hội viên mới"),
 Q("72%", 72, "%"), Q("75 xã, phường, thị trấn", 75, "xã, phường, thị trấn"),
 Q("khoảng 2.600 tấn", 2600, "tấn", "approx"), Q("1.450 bao gạo", 1450, "bao gạo"), Q("10 kg", 10, "kg")],
[D("Kế hoạch", "175", "KH/TU", "2020-02-24", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 175-KH/TU ngày 24/2/2020"),
 D("Chỉ thị", "15", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị 15/CT-TTg, 16/CT-TTg của Thủ tướng Chính phủ"),
 D("Chỉ thị", "16", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị 15/CT-TTg, 16/CT-TTg của Thủ tướng Chính phủ")],
[prov("Hậu Giang"), com("Vị Thắng")],
["BAN DÂN VẬN TỈNH ỦY HẬU GIANG", "Trang chủ / Tin hoạt động / Hội nghị - Giao ban", "Điểm cầu Ban Dân vận Tỉnh ủy.",
 "Dân vận khéo", "5K", "Covid-19"],
["15.04.2020 | 09:05", "quý I năm 2020", "lần thứ XIV", "quý II"]))

PAGES.append(page("b8392-yenbai-bdv-baocao-q3-2021", """
BÁO YÊN BÁI ĐIỆN TỬ
Chính trị - Xây dựng Đảng
Thứ Tư, 13/10/2021 | 08:30
Yên Bái: Nhiều kết quả nổi bật trong công tác dân vận quý III/2021
YBĐT - Theo báo cáo của Ban Dân vận Tỉnh ủy, quý III/2021, dù chịu ảnh hưởng của dịch Covid-19, khối dân vận các cấp đã chủ động đổi mới phương thức, đạt nhiều kết quả trong vận động nhân dân phòng, chống dịch và phát triển kinh tế.
Đoàn viên thanh niên huyện Mù Cang Chải giúp dân thu hoạch lúa. (Ảnh: Thanh Tùng)
Khối dân vận các cấp đã vận động nhân dân ủng hộ Quỹ phòng, chống dịch Covid-19 và Quỹ vắc-xin được hơn 18,5 tỷ đồng; hỗ trợ 3.216 người lao động trở về từ các tỉnh phía Nam với tổng số tiền khoảng 1,6 tỷ đồng. Hội Liên hiệp Phụ nữ các cấp tổ chức 54 chuyến xe "0 đồng" chở 126 tấn nông sản ủng hộ các tỉnh phía Nam.
Trong quý, các cấp đã tổ chức 215 hội nghị tuyên truyền, phổ biến Nghị quyết Đại hội XIII của Đảng và Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX cho trên 21.000 lượt cán bộ, đảng viên, nhân dân. Đã vận động 1.048 hộ ở các xã vùng cao trồng mới 2.860 ha quế, sơn tra; 412 hộ đồng bào Mông, Dao ở 3 huyện vùng cao đăng ký thoát nghèo năm 2021.
Thực hiện Đề án 01-ĐA/TU của Ban Chấp hành Đảng bộ tỉnh về xây dựng nông thôn mới, nhân dân đã hiến 24.600 m2 đất, tháo dỡ hơn 3.100 m tường rào, đóng góp 6,75 tỷ đồng làm đường. Mặt trận các cấp hỗ trợ xây mới, sửa chữa 163 nhà Đại đoàn kết với tổng trị giá 7,2 tỷ đồng, trong đó Quỹ "Vì người nghèo" hỗ trợ 50 triệu đồng/nhà.
Về công tác tôn giáo, khối dân vận nắm tình hình 47 điểm nhóm Tin lành, vận động 8 hộ theo "Hội thánh Đức Chúa Trời Mẹ" từ bỏ sinh hoạt. Các cơ quan chức năng tiếp 806 lượt công dân, tiếp nhận 273 đơn thư, đã giải quyết 251 đơn, đạt 91,9%.
Đồng chí Giàng A Tông, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh nhận định: kết quả quý III khẳng định vai trò của hơn 830 người có uy tín và 1.512 tổ dân vận thôn, bản. Các đồng chí Lù Thị Dợ, Phó Trưởng Ban Dân vận Tỉnh ủy, và Triệu Tiến Thịnh, HUV, Trưởng Ban Dân vận Huyện ủy Văn Yên, đã được giao theo dõi việc thực hiện Kết luận số 20-KL/TU ngày 30/7/2021 của Ban Thường vụ Tỉnh ủy về "Năm dân vận chính quyền 2021". Ông Hờ A Sềnh, người có uy tín bản Lìm Mông, xã Cao Phạ, được biểu dương trong vận động bà con tiêm vắc-xin.
Quý IV, khối dân vận sẽ vận động 100% người dân từ 18 tuổi trở lên tiêm vắc-xin; tiếp tục thực hiện Chỉ thị 05, 06-CT/TU.
Thanh Chi
Bài viết liên quan
- Trạm Tấu: vận động 150 hộ trồng sơn tra (05/10/2021)
- Lục Yên giao ban công tác dân vận quý III (30/09/2021)
- Văn Chấn trao 300 suất quà cho lao động về quê (22/09/2021)
""", "2021-10-13", "Yên Bái: Nhiều kết quả nổi bật trong công tác dân vận quý III/2021",
E("bao_cao", "2021-Q3", None),
[P("Giàng A Tông", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lù Thị Dợ", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Triệu Tiến Thịnh", "HUV", "Trưởng Ban Dân vận Huyện ủy Văn Yên"),
 P("Hờ A Sềnh", "người có uy tín bản Lìm Mông")],
[Q("hơn 18,5 tỷ đồng", 18500000000, "đồng", "over"), Q("3.216 người lao động", 3216, "người lao động"),
 Q("khoảng 1,6 tỷ đồng", 1600000000, "đồng", "approx"), Q("126 tấn nông sản", 126, "tấn"), Q("54 chuyến xe", 54, "chuyến xe"),
 Q("215 hội nghị tuyên truyền, phổ biến", 215, "hội nghị tuyên truyền, phổ biến"),
 Q("trên 21.000 lượt cán bộ, đảng viên, nhân dân", 21000, "lượt cán bộ, đảng viên, nhân dân", "over"),
 Q("1.048 hộ", 1048, "hộ"), Q("2.860 ha", 2860, "ha"), Q("412 hộ đồng bào Mông, Dao", 412, "hộ đồng bào Mông, Dao"),
 Q("3 huyện vùng cao", 3, "huyện vùng cao"), Q("24.600 m2", 24600, "m2"), Q("hơn 3.100 m", 3100, "m", "over"),
 Q("6,75 tỷ đồng", 6750000000, "đồng"), Q("163 nhà Đại đoàn kết", 163, "nhà Đại đoàn kết"),
 Q("7,2 tỷ đồng", 7200000000, "đồng"), Q("50 triệu đồng/nhà", 50000000, "đồng"),
 Q("47 điểm nhóm Tin lành", 47, "điểm nhóm Tin lành"), Q("8 hộ", 8, "hộ"), Q("806 lượt công dân", 806, "lượt công dân"),
 Q("273 đơn thư", 273, "đơn thư"), Q("251 đơn", 251, "đơn"), Q("91,9%", 91.9, "%"),
 Q("hơn 830 người có uy tín", 830, "người có uy tín", "over"), Q("1.512 tổ dân vận thôn, bản", 1512, "tổ dân vận thôn, bản"),
 Q("100% người dân", 100, "%")],
[D("Đề án", "01", "ĐA/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Đề án 01-ĐA/TU của Ban Chấp hành Đảng bộ tỉnh"),
 D("Kết luận", "20", "KL/TU", "2021-07-30", "Ban Thường vụ Tỉnh ủy", "Kết luận số 20-KL/TU ngày 30/7/2021 của Ban Thường vụ Tỉnh ủy"),
 D("Chỉ thị", "05", "CT/TU", None, None, "Chỉ thị 05, 06-CT/TU"),
 D("Chỉ thị", "06", "CT/TU", None, None, "Chỉ thị 05, 06-CT/TU")],
[prov("Yên Bái"), com("Cao Phạ")],
["BÁO YÊN BÁI ĐIỆN TỬ", "Chính trị - Xây dựng Đảng", "YBĐT", "Đoàn viên thanh niên huyện Mù Cang Chải giúp dân thu hoạch lúa.",
 "Vì người nghèo", "Hội thánh Đức Chúa Trời Mẹ", "Năm dân vận chính quyền 2021",
 "Nghị quyết Đại hội XIII của Đảng"],
["Thứ Tư, 13/10/2021 | 08:30", "quý III/2021", "\"0 đồng\"", "lần thứ XIX", "18 tuổi", "năm 2021", "Quý IV"]))
