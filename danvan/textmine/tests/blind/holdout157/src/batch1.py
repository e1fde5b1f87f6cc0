from lib import *
PAGES = []

PAGES.append(page("b3725-hagiang-xa-sungla-baocao-2011-09", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ SỦNG LÀ - HUYỆN ĐỒNG VĂN - TỈNH HÀ GIANG
Trang chủ > Hoạt động của Đảng ủy > Khối dân vận
Thứ Tư, 28/09/2011 - 16:40
Báo cáo kết quả công tác dân vận tháng 9 và phương hướng nhiệm vụ tháng 10 năm 2011
Ngày 26/9/2011, Khối dân vận Đảng ủy xã Sủng Là (huyện Đồng Văn, tỉnh Hà Giang) ban hành Báo cáo số 17-BC/KDV đánh giá kết quả công tác dân vận tháng 9 năm 2011. Trang thông tin điện tử xã đăng toàn văn như sau:
I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 9
1. Công tác tuyên truyền, nắm tình hình nhân dân
- Khối dân vận phối hợp với các đoàn thể tổ chức 14 buổi tuyên truyền tại các thôn với hơn 850 lượt người nghe, chủ yếu về Nghị quyết Đại hội Đảng bộ xã nhiệm kỳ 2010 - 2015 và Chỉ thị số 03-CT/TW ngày 14/5/2011 của Bộ Chính trị về tiếp tục đẩy mạnh việc học tập và làm theo tấm gương đạo đức Hồ Chí Minh.
- Tình hình tư tưởng nhân dân cơ bản ổn định; tuy nhiên ở thôn Lủng Thầu vẫn còn 3 hộ nghe theo đối tượng xấu tuyên truyền đạo trái pháp luật. Khối đã giao đồng chí Vàng Mí Lử, Chủ tịch Ủy ban MTTQ xã, cùng Trưởng thôn Lủng Thầu Sùng Mí Dế trực tiếp đến từng hộ vận động.
2. Công tác dân vận chính quyền
- Ủy ban nhân dân xã tiếp 22 lượt công dân, nhận 5 đơn thư kiến nghị; đã giải quyết xong 4 đơn, đơn còn lại đang xác minh.
- Cán bộ, công chức xã thực hiện nghiêm quy tắc ứng xử, không có trường hợp gây phiền hà cho dân.
3. Công tác vận động các phong trào thi đua yêu nước
- Vận động nhân dân hiến 1.200 m2 đất, đóng góp 320 ngày công và khoảng 46 triệu đồng làm 2,5 km đường bê tông liên thôn.
- Hội Phụ nữ kết nạp 18 hội viên mới; Đoàn Thanh niên xã ra quân giúp 7 hộ nghèo sửa nhà trước mùa mưa rét.
- Thực hiện Quyết định số 167/2008/QĐ-TTg của Thủ tướng Chính phủ về hỗ trợ hộ nghèo về nhà ở, xã đã hoàn thành 11 căn nhà, mỗi căn được hỗ trợ 7,2 triệu đồng.
4. Đánh giá chung
Công tác dân vận trong tháng có nhiều cố gắng; tuy vậy việc nắm tình hình ở các thôn xa như Sủng Chớ, Lủng Thầu còn chậm, một số tổ dân vận thôn chưa sinh hoạt đều.
II. PHƯƠNG HƯỚNG NHIỆM VỤ THÁNG 10
1. Tiếp tục triển khai Kế hoạch số 09-KH/ĐU ngày 12/7/2011 của Ban Thường vụ Đảng ủy xã về thực hiện Quy chế dân chủ ở cơ sở.
2. Vận động nhân dân thu hoạch ngô, chuẩn bị giống vụ đông; phấn đấu trồng mới 35 ha cỏ voi để phát triển chăn nuôi bò.
3. Phối hợp với Đồn Biên phòng Lũng Cú tổ chức gặp mặt người có uy tín trong đồng bào Mông nhân dịp kỷ niệm ngày truyền thống Mặt trận.
4. Duy trì sinh hoạt tổ dân vận thôn; tổng hợp kiến nghị của cử tri trước kỳ họp HĐND xã.
Nơi nhận:
- Ban Dân vận Huyện ủy;
- Thường trực Đảng ủy xã;
- Lưu KDV.
T/M KHỐI DÂN VẬN
Phó Bí thư Đảng ủy, Trưởng khối dân vận xã
Giàng Thị Sua
Lượt xem: 312
Tin liên quan
- Sủng Là: ra mắt tổ hòa giải thôn Đoàn Kết (15/09/2011)
- Khối dân vận xã giao ban tháng 8 (29/08/2011)
- Hội Nông dân xã tập huấn kỹ thuật nuôi bò vàng (12/08/2011)
""", "2011-09-28", "Báo cáo kết quả công tác dân vận tháng 9 và phương hướng nhiệm vụ tháng 10 năm 2011",
E("bao_cao", "2011-09", "2011-09-26"),
[P("Vàng Mí Lử", "Chủ tịch Ủy ban MTTQ xã"),
 P("Sùng Mí Dế", "Trưởng thôn Lủng Thầu"),
 P("Giàng Thị Sua", "Phó Bí thư Đảng ủy", "Trưởng khối dân vận xã")],
[Q("14 buổi tuyên truyền", 14, "buổi tuyên truyền"), Q("hơn 850 lượt người nghe", 850, "lượt người nghe", "over"),
 Q("3 hộ", 3, "hộ"), Q("22 lượt công dân", 22, "lượt công dân"), Q("5 đơn thư kiến nghị", 5, "đơn thư kiến nghị"),
 Q("4 đơn", 4, "đơn"), Q("1.200 m2", 1200, "m2"), Q("320 ngày công", 320, "ngày công"),
 Q("khoảng 46 triệu đồng", 46000000, "đồng", "approx"), Q("2,5 km", 2.5, "km"), Q("18 hội viên mới", 18, "hội viên mới"),
 Q("7 hộ nghèo", 7, "hộ nghèo"), Q("11 căn nhà", 11, "căn nhà"), Q("7,2 triệu đồng", 7200000, "đồng"), Q("35 ha", 35, "ha")],
[D("Báo cáo", "17", "BC/KDV", "2011-09-26", "Khối dân vận Đảng ủy xã Sủng Là", "Báo cáo số 17-BC/KDV"),
 D("Chỉ thị", "03", "CT/TW", "2011-05-14", "Bộ Chính trị", "Chỉ thị số 03-CT/TW ngày 14/5/2011"),
 D("Quyết định", "167", "2008/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 167/2008/QĐ-TTg"),
 D("Kế hoạch", "09", "KH/ĐU", "2011-07-12", "Ban Thường vụ Đảng ủy xã", "Kế hoạch số 09-KH/ĐU ngày 12/7/2011")],
[prov("Hà Giang"), com("Sủng Là")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ SỦNG LÀ - HUYỆN ĐỒNG VĂN - TỈNH HÀ GIANG", "Trang chủ > Hoạt động của Đảng ủy > Khối dân vận",
 "Lượt xem: 312", "Quy chế dân chủ ở cơ sở", "Đồn Biên phòng Lũng Cú", "T/M KHỐI DÂN VẬN", "Nơi nhận:"],
["Thứ Tư, 28/09/2011 - 16:40", "tháng 9 năm 2011", "nhiệm kỳ 2010 - 2015", "Lượt xem: 312", "I. KẾT QUẢ", "II. PHƯƠNG HƯỚNG"]))

PAGES.append(page("b3726-thanhhoa-xa-hoangphu-giaoban-2012-05", """
Trang thông tin điện tử xã Hoằng Phụ - Huyện Hoằng Hóa - Tỉnh Thanh Hóa
Tin tức » Đảng ủy - Đoàn thể » Công tác dân vận
02/06/2012 08:20
Ảnh: Quang cảnh buổi giao ban.
Hoằng Phụ: Khối dân vận giao ban, đánh giá kết quả tháng 5
Chiều 31/5, Khối dân vận Đảng ủy xã Hoằng Phụ tổ chức giao ban đánh giá kết quả công tác dân vận tháng 5/2012 và triển khai nhiệm vụ tháng 6. Đồng chí Lê Đình Thuận, Phó Bí thư Thường trực Đảng ủy - Trưởng khối dân vận xã chủ trì; dự có 19 đồng chí là trưởng các đoàn thể, bí thư chi bộ và trưởng thôn.
Theo báo cáo, trong tháng khối dân vận đạt các kết quả chính sau:
1. Các đoàn thể tổ chức 27 buổi sinh hoạt, tuyên truyền Nghị quyết Trung ương 4 (khóa XI) và Luật Biển Việt Nam đến ngư dân, thu hút khoảng 1.650 lượt người tham dự.
2. Vận động 96% hộ gia đình ký cam kết không khai thác hải sản bằng chất nổ, xung điện.
3. Ủy ban MTTQ xã tiếp nhận Quỹ "Vì người nghèo" được 28.500.000 đồng, Quỹ Đền ơn đáp nghĩa 12,3 triệu đồng; trao 40 suất quà cho gia đình chính sách và ngư dân gặp nạn.
4. Hội Nông dân phối hợp Ngân hàng Chính sách xã hội giải ngân cho 23 hộ vay vốn phát triển nghề cá với tổng số tiền gần 690 triệu đồng.
5. Khối hoàn thành việc kiểm tra thực hiện Kế hoạch 21, 22-KH/ĐU của Đảng ủy xã về xây dựng tổ tự quản trên biển và về vận động nhân dân giữ gìn vệ sinh môi trường ven biển.
Đồng chí Nguyễn Thị Lan, Chủ tịch Hội LHPN xã, cho biết hội đã thành lập thêm 2 tổ phụ nữ tự quản ven biển; đồng chí Hoàng Văn Sơn, Chủ tịch Hội Nông dân xã, đề nghị Ủy ban nhân dân xã sớm trả lời kiến nghị của 12 hộ về việc cấp giấy chứng nhận quyền sử dụng đất. Bí thư Đoàn xã Lê Thị Hằng báo cáo chương trình tình nguyện hè 2012.
Nhiệm vụ tháng 6/2012, khối dân vận xác định:
1. Thực hiện Hướng dẫn số 14-HD/BDVHU ngày 10/5/2012 của Ban Dân vận Huyện ủy về đăng ký mô hình "Dân vận khéo" năm 2012; mỗi đoàn thể đăng ký ít nhất 2 mô hình.
2. Vận động ngư dân tham gia 6 tổ đoàn kết trên biển, bảo đảm an toàn mùa mưa bão.
3. Tiếp tục thực hiện cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư".
4. Nắm tình hình, giải quyết kịp thời các vụ việc mâu thuẫn tại thôn Hợp Tiến, không để phát sinh đơn thư vượt cấp.
Kết luận buổi giao ban, đồng chí Lê Đình Thuận đề nghị các đoàn thể bám sát thôn xóm, báo cáo khối trước ngày 25 hằng tháng để tổng hợp gửi Ban Dân vận Huyện ủy.
Phạm Hòa (Đài truyền thanh xã)
Số lần đọc: 205
Các tin khác
- Hoằng Phụ tổ chức Lễ ra quân tháng thanh niên (26/03/2012)
- Khối dân vận giao ban tháng 4 năm 2012 (30/04/2012)
- Trao 15 suất học bổng cho học sinh nghèo vượt khó (15/04/2012)
""", "2012-06-02", "Hoằng Phụ: Khối dân vận giao ban, đánh giá kết quả tháng 5",
E("giao_ban", "2012-05", "2012-05-31"),
[P("Lê Đình Thuận", "Phó Bí thư Thường trực Đảng ủy - Trưởng khối dân vận xã"),
 P("Nguyễn Thị Lan", "Chủ tịch Hội LHPN xã"),
 P("Hoàng Văn Sơn", "Chủ tịch Hội Nông dân xã"),
 P("Lê Thị Hằng", "Bí thư Đoàn xã")],
[Q("19 đồng chí", 19, "đồng chí"), Q("27 buổi sinh hoạt, tuyên truyền", 27, "buổi sinh hoạt, tuyên truyền"),
 Q("khoảng 1.650 lượt người", 1650, "lượt người", "approx"), Q("96%", 96, "%"),
 Q("28.500.000 đồng", 28500000, "đồng"), Q("12,3 triệu đồng", 12300000, "đồng"), Q("40 suất quà", 40, "suất quà"),
 Q("23 hộ", 23, "hộ"), Q("gần 690 triệu đồng", 690000000, "đồng", "approx"),
 Q("2 tổ phụ nữ tự quản ven biển", 2, "tổ phụ nữ tự quản ven biển"), Q("12 hộ", 12, "hộ"),
 Q("ít nhất 2 mô hình", 2, "mô hình", "over"), Q("6 tổ đoàn kết trên biển", 6, "tổ đoàn kết trên biển")],
[D("Kế hoạch", "21", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch 21, 22-KH/ĐU của Đảng ủy xã"),
 D("Kế hoạch", "22", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch 21, 22-KH/ĐU của Đảng ủy xã"),
 D("Hướng dẫn", "14", "HD/BDVHU", "2012-05-10", "Ban Dân vận Huyện ủy", "Hướng dẫn số 14-HD/BDVHU ngày 10/5/2012")],
[prov("Thanh Hóa"), com("Hoằng Phụ")],
["Trang thông tin điện tử xã Hoằng Phụ - Huyện Hoằng Hóa - Tỉnh Thanh Hóa", "Tin tức » Đảng ủy - Đoàn thể » Công tác dân vận",
 "Ảnh: Quang cảnh buổi giao ban.", "Vì người nghèo", "Đền ơn đáp nghĩa", "Dân vận khéo",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Luật Biển Việt Nam", "Nghị quyết Trung ương 4 (khóa XI)",
 "Số lần đọc: 205"],
["02/06/2012 08:20", "tháng 5/2012", "tháng 6/2012", "Nghị quyết Trung ương 4", "khóa XI",
 "trước ngày 25 hằng tháng", "Số lần đọc: 205", "tình nguyện hè 2012"]))

PAGES.append(page("b3727-nghean-xa-chautien-baocao-2013-10", """
ĐẢNG BỘ XÃ CHÂU TIẾN - HUYỆN QUỲ CHÂU
Trang chủ / Xây dựng Đảng / Dân vận
30.10.2013 | 15:20
Khối dân vận xã Châu Tiến báo cáo công tác tháng 10/2013
Thực hiện chế độ báo cáo định kỳ theo Hướng dẫn số 07-HD/BDVHU của Ban Dân vận Huyện ủy Quỳ Châu, ngày 28 tháng 10 năm 2013 Khối dân vận xã Châu Tiến, tỉnh Nghệ An đã có báo cáo kết quả công tác dân vận tháng 10 và nhiệm vụ trọng tâm tháng 11 năm 2013 với những nội dung chủ yếu:
A. Kết quả đạt được
1) Tổ chức hội nghị học tập, quán triệt Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương (khóa XI) về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới cho 31 đồng chí là cán bộ chủ chốt xã, bí thư chi bộ và trưởng bản.
2) Các đoàn thể tổ chức 9 buổi tuyên truyền bằng tiếng Thái tại 9 bản, hơn 200 lượt hội viên tham dự; vận động 64 hộ đăng ký "gia đình văn hóa".
3) Hội Nông dân phối hợp với Trạm Khuyến nông huyện nhận và cấp phát 15 con bò giống cho hộ nghèo theo chương trình 30a, khoảng 1,5 tấn phân bón cho vụ đông; Hội Cựu chiến binh giúp 4 hộ làm lại chuồng trại.
4) Vận động nhân dân đóng góp 180 triệu đồng xây dựng nhà văn hóa bản Piềng Cu; bản Na Lạn hoàn thành 1,2 km đường giao thông nông thôn.
5) Tiếp 15 lượt công dân, nhận 3 đơn kiến nghị về ranh giới đất rừng; đã hòa giải thành 3/3 vụ việc tại cơ sở.
Bí thư Đảng ủy xã Lô Văn Pọm đánh giá khối dân vận đã "đi từng ngõ, gõ từng nhà", nhất là tại bản Piềng Cu, nơi Trưởng bản Lương Văn Thắm cùng già làng Sầm Văn Hợi vận động bà con bỏ tục lệ ma chay kéo dài.
B. Tồn tại
- Một số chi bộ chưa đưa công tác dân vận vào nghị quyết hằng tháng; 2 bản còn để xảy ra tình trạng phá rừng làm rẫy.
- Việc nắm bắt tâm tư của lao động đi làm ăn xa chưa kịp thời; sinh hoạt của tổ dân vận ở các bản vùng sâu còn mang tính hình thức, nội dung chưa gắn với việc cụ thể của từng hộ, từng dòng họ.
C. Nhiệm vụ tháng 11/2013
1) Triển khai Kế hoạch số 34-KH/HU ngày 15/10/2013 của Huyện ủy Quỳ Châu thực hiện Nghị quyết 25-NQ/TW.
2) Tổ chức Ngày hội Đại đoàn kết toàn dân tộc tại 100% khu dân cư; phấn đấu mỗi bản có ít nhất 3 hộ thoát nghèo.
3) Vận động nhân dân thu hoạch lúa, trồng 22 ha ngô đông.
4) Chuẩn bị tổng kết công tác dân vận năm 2013.
(Báo cáo do đồng chí Vi Thị Hương, Phó Bí thư Đảng ủy, Trưởng khối dân vận xã ký).
Lô Thị Mai - Văn phòng Đảng ủy
Đã xem: 147 lượt
Bài viết liên quan
- Châu Tiến: đối thoại với nhân dân bản Na Lạn (12/10/2013)
- Hội LHPN xã ra mắt câu lạc bộ "Phụ nữ với pháp luật" (25/09/2013)
- Khối dân vận báo cáo công tác tháng 9/2013 (30/09/2013)
""", "2013-10-30", "Khối dân vận xã Châu Tiến báo cáo công tác tháng 10/2013",
E("bao_cao", "2013-10", "2013-10-28"),
[P("Lô Văn Pọm", "Bí thư Đảng ủy xã"),
 P("Lương Văn Thắm", "Trưởng bản"),
 P("Sầm Văn Hợi", "già làng"),
 P("Vi Thị Hương", "Phó Bí thư Đảng ủy", "Trưởng khối dân vận xã")],
[Q("31 đồng chí", 31, "đồng chí"), Q("9 buổi tuyên truyền", 9, "buổi tuyên truyền"), Q("9 bản", 9, "bản"),
 Q("hơn 200 lượt hội viên", 200, "lượt hội viên", "over"), Q("64 hộ", 64, "hộ"), Q("15 con bò giống", 15, "con bò giống"),
 Q("khoảng 1,5 tấn", 1.5, "tấn", "approx"), Q("4 hộ", 4, "hộ"), Q("180 triệu đồng", 180000000, "đồng"),
 Q("1,2 km", 1.2, "km"), Q("15 lượt công dân", 15, "lượt công dân"), Q("3 đơn kiến nghị", 3, "đơn kiến nghị"),
 Q("3/3 vụ việc", 3, "vụ việc"), Q("2 bản", 2, "bản"), Q("100%", 100, "%"), Q("ít nhất 3 hộ", 3, "hộ", "over"),
 Q("22 ha", 22, "ha")],
[D("Hướng dẫn", "07", "HD/BDVHU", None, "Ban Dân vận Huyện ủy Quỳ Châu", "Hướng dẫn số 07-HD/BDVHU"),
 D("Nghị quyết", "25", "NQ/TW", "2013-06-03", "Ban Chấp hành Trung ương", "Nghị quyết số 25-NQ/TW ngày 03/6/2013"),
 D("Kế hoạch", "34", "KH/HU", "2013-10-15", "Huyện ủy Quỳ Châu", "Kế hoạch số 34-KH/HU ngày 15/10/2013")],
[prov("Nghệ An"), com("Châu Tiến")],
["ĐẢNG BỘ XÃ CHÂU TIẾN - HUYỆN QUỲ CHÂU", "Trang chủ / Xây dựng Đảng / Dân vận", "đi từng ngõ, gõ từng nhà",
 "gia đình văn hóa", "Ngày hội Đại đoàn kết toàn dân tộc", "Trạm Khuyến nông huyện", "Đã xem: 147 lượt"],
["30.10.2013 | 15:20", "ngày 28 tháng 10 năm 2013", "tháng 11/2013", "chương trình 30a", "khóa XI", "Đã xem: 147 lượt",
 "năm 2013"]))

PAGES.append(page("b3728-daklak-xa-eatul-baocao-2014-03", """
ỦY BAN NHÂN DÂN XÃ EA TUL - CƯ M'GAR - ĐẮK LẮK
Cổng thông tin điện tử tỉnh Đắk Lắk - Trang thành phần
Bạn đang ở: Trang chủ | Tin tức - Sự kiện | Mặt trận - Đoàn thể
Ngày đăng 31/03/2014 | 09:30
Kết quả công tác dân vận tháng 3 năm 2014
Khối dân vận xã Ea Tul vừa hoàn thành báo cáo tháng 3/2014 (Báo cáo số 05-BC/KDV ngày 27/3/2014) gửi Ban Dân vận Huyện ủy Cư M'gar. Ea Tul là xã có đông đồng bào Êđê nhất của huyện, với 16 buôn trên tổng số 20 thôn, buôn; công tác dân vận vì vậy luôn được Đảng ủy xác định là nhiệm vụ trọng tâm của cả hệ thống chính trị. Trang tin xã tóm lược các kết quả và nhiệm vụ như sau.
* Kết quả tháng 3
1. Tổ chức quán triệt Quyết định 217-QĐ/TW và Quyết định 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị về giám sát, phản biện xã hội và góp ý xây dựng Đảng, xây dựng chính quyền cho 56 cán bộ Mặt trận, đoàn thể và chi hội trưởng các buôn.
2. Các đoàn thể tuyên truyền 12 buổi bằng tiếng Êđê về phòng chống cháy rừng, mùa khô và Chỉ thị số 01-CT/HU ngày 06/01/2014 của Ban Thường vụ Huyện ủy về tăng cường công tác dân vận ở vùng đồng bào dân tộc thiểu số; khoảng 1.300 lượt người nghe.
3. Vận động 47 hộ đồng bào Êđê tưới cà phê đúng lịch, bảo đảm nước sinh hoạt; hỗ trợ 8 hộ thiếu nước 2 máy bơm và 300 m ống dẫn.
4. Theo chị H'Mai Ayun, Chủ tịch Hội LHPN xã, hội đã vận động 35 chị em tham gia tổ vay vốn, dư nợ hơn 820 triệu đồng; 3 hộ thoát nghèo trong quý.
5. Nắm tình hình tôn giáo: trên địa bàn có 4 điểm nhóm Tin lành sinh hoạt ổn định, không phát sinh hoạt động "Tin lành Đê Ga".
6. Tổ hòa giải buôn Hra Ea Hning hòa giải thành 5 vụ tranh chấp đất rẫy giữa các hộ.
Tại buổi làm việc với khối, già làng Y Krông Ktla và Bí thư Chi bộ buôn Hra Ea Hning Y Suôn Mlô kiến nghị xã sớm sửa chữa tuyến đường nội buôn dài 1,8 km.
Nhìn chung, tình hình an ninh chính trị trên địa bàn ổn định; tuy nhiên giá cà phê giảm, nắng hạn kéo dài khiến đời sống một bộ phận hộ đồng bào gặp khó khăn, cần được các đoàn thể quan tâm, nắm bắt kịp thời.
* Nhiệm vụ tháng 4
1. Tiếp tục triển khai thực hiện Quyết định 217-QĐ/TW, 218-QĐ/TW; mỗi đoàn thể xây dựng kế hoạch giám sát ít nhất 1 chuyên đề.
2. Tổ chức gặp mặt người có uy tín nhân dịp Tết Bunpimay của bà con dân tộc Lào trên địa bàn.
3. Vận động nhân dân đóng góp làm 1,8 km đường buôn theo phương châm "Nhà nước và nhân dân cùng làm".
4. Phấn đấu 95% hộ đồng bào DTTS đăng ký thực hiện quy ước buôn văn hóa.
Đồng chí Y Blu Niê, Phó Bí thư Đảng ủy - Trưởng khối dân vận xã, yêu cầu các chi hội trưởng gửi báo cáo nhanh trước ngày 20/4.
H'Linh
Số lượt xem: 98
Tin liên quan
- Ea Tul: hội nghị điển hình tiên tiến "Dân vận khéo" (14/03/2014)
- Kết quả công tác dân vận tháng 2 năm 2014 (28/02/2014)
""", "2014-03-31", "Kết quả công tác dân vận tháng 3 năm 2014",
E("bao_cao", "2014-03", "2014-03-27"),
[P("H'Mai Ayun", "Chủ tịch Hội LHPN xã"),
 P("Y Krông Ktla", "già làng"),
 P("Y Suôn Mlô", "Bí thư Chi bộ buôn Hra Ea Hning"),
 P("Y Blu Niê", "Phó Bí thư Đảng ủy - Trưởng khối dân vận xã")],
[Q("56 cán bộ Mặt trận, đoàn thể và chi hội trưởng", 56, "cán bộ Mặt trận, đoàn thể và chi hội trưởng"),
 Q("12 buổi", 12, "buổi"), Q("khoảng 1.300 lượt người nghe", 1300, "lượt người nghe", "approx"),
 Q("47 hộ đồng bào Êđê", 47, "hộ đồng bào Êđê"), Q("8 hộ thiếu nước", 8, "hộ thiếu nước"), Q("2 máy bơm", 2, "máy bơm"),
 Q("300 m", 300, "m"), Q("35 chị em", 35, "chị em"), Q("hơn 820 triệu đồng", 820000000, "đồng", "over"),
 Q("3 hộ", 3, "hộ"), Q("4 điểm nhóm Tin lành", 4, "điểm nhóm Tin lành"), Q("5 vụ tranh chấp đất rẫy", 5, "vụ tranh chấp đất rẫy"),
 Q("16 buôn", 16, "buôn"), Q("20 thôn, buôn", 20, "thôn, buôn"), Q("1,8 km", 1.8, "km"), Q("95%", 95, "%")],
[D("Báo cáo", "05", "BC/KDV", "2014-03-27", "Khối dân vận xã Ea Tul", "Báo cáo số 05-BC/KDV ngày 27/3/2014"),
 D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định 218-QĐ/TW ngày 12/12/2013"),
 D("Chỉ thị", "01", "CT/HU", "2014-01-06", "Ban Thường vụ Huyện ủy", "Chỉ thị số 01-CT/HU ngày 06/01/2014")],
[prov("Đắk Lắk"), com("Ea Tul")],
["ỦY BAN NHÂN DÂN XÃ EA TUL - CƯ M'GAR - ĐẮK LẮK", "Cổng thông tin điện tử tỉnh Đắk Lắk - Trang thành phần", "Bạn đang ở: Trang chủ | Tin tức - Sự kiện | Mặt trận - Đoàn thể",
 "Tin lành Đê Ga", "Nhà nước và nhân dân cùng làm", "Tết Bunpimay", "Số lượt xem: 98", "Dân vận khéo"],
["Ngày đăng 31/03/2014 | 09:30", "tháng 3/2014", "ít nhất 1 chuyên đề", "trước ngày 20/4", "Số lượt xem: 98"]))

PAGES.append(page("b3729-soctrang-xa-vienan-baocao-2015-07", """
Trang thông tin điện tử xã Viên An - huyện Trần Đề, tỉnh Sóc Trăng
Trang chủ >> Hoạt động Đảng - Đoàn thể >> Khối dân vận
29-07-2015 14:05
Ảnh: Đồng chí Thạch Sô Phanh thăm hỏi hộ nghèo ấp Cái Giá.
BÁO CÁO KẾT QUẢ CÔNG TÁC DÂN VẬN THÁNG 7/2015
Khối dân vận Đảng ủy xã Viên An báo cáo kết quả thực hiện nhiệm vụ công tác dân vận tháng 7 năm 2015 (từ ngày 16/6 đến ngày 15/7/2015) và phương hướng tháng 8/2015 như sau:
I. Kết quả thực hiện
1. Công tác tuyên truyền: Phối hợp Ban Tuyên giáo Đảng ủy và Đài truyền thanh xã phát 24 tin, bài song ngữ Việt - Khmer; tổ chức 6 cuộc họp dân tại 6 ấp với khoảng 540 lượt người dự, giới thiệu Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao chất lượng, hiệu quả công tác dân vận của cơ quan nhà nước, chính quyền các cấp.
2. Công tác dân tộc, tôn giáo: Khối dân vận cùng Ủy ban MTTQ xã thăm, tặng quà 4 chùa Phật giáo Nam tông Khmer nhân lễ Nhập hạ (Chol Vassa), mỗi chùa 2 triệu đồng; tiếp tục thực hiện Chỉ thị 68-CT/TW ngày 18/4/1991 của Ban Bí thư về công tác ở vùng đồng bào dân tộc Khmer. Đại đức Lý Sô Phal, trụ trì chùa Prêk Chrôu, đã vận động 120 sư sãi và phật tử tham gia trồng cây xanh quanh chùa.
3. Công tác dân vận chính quyền: Ủy ban nhân dân xã tiếp 18 lượt công dân; nhận 9 đơn, giải quyết 7 đơn, đạt 77,8%; phần còn lại đang chờ đo đạc lại đất.
4. Phong trào thi đua: Vận động nhân dân và mạnh thường quân đóng góp hơn 2,8 tỷ đồng xây dựng 25 căn nhà đại đoàn kết và 3 cây cầu giao thông nông thôn; 58 hộ Khmer được hỗ trợ vốn chuyển đổi từ lúa sang nuôi tôm.
5. Bà Lâm Thị Sa Quên, Chủ tịch Hội Liên hiệp Phụ nữ xã, cho biết hội đã vận động 210 hội viên tiết kiệm được 63.500.000đ giúp nhau phát triển kinh tế.
* Hạn chế: Một số ấp chưa phát huy vai trò tổ dân vận; tình trạng lao động Khmer đi làm ăn xa chưa được quản lý chặt.
II. Phương hướng tháng 8/2015
1. Tiếp tục quán triệt Kết luận 114-KL/TW đến cán bộ, công chức; gắn với thực hiện Quy chế dân chủ ở cơ sở.
2. Phối hợp với Ban quản trị các chùa chuẩn bị lễ Sene Dolta năm 2015, bảo đảm an ninh, an toàn.
3. Triển khai Kế hoạch số 18-KH/ĐU ngày 10/7/2015 của Đảng ủy xã về vận động nhân dân tham gia xây dựng nông thôn mới; phấn đấu xã đạt thêm 2 tiêu chí.
4. Theo dõi, giải quyết dứt điểm 2 đơn còn tồn.
Đồng chí Thạch Sô Phanh, Phó Bí thư Thường trực Đảng ủy, Trưởng Khối dân vận xã, đề nghị các thành viên khối, đồng chí Danh Thị Ngọc Hân, Bí thư Đoàn xã, và đồng chí Kim Văn Rết, Chủ tịch Hội Nông dân xã, phân công cán bộ bám ấp trong mùa mưa.
Ngọc Hân
Lượt truy cập: 18.204
Tin cùng chuyên mục
- Viên An: ra mắt mô hình "Ấp an toàn về an ninh trật tự" (10/07/2015)
- Khối dân vận báo cáo tháng 6 năm 2015 (29/06/2015)
- Trao 10 căn nhà đại đoàn kết cho hộ Khmer nghèo (12/06/2015)
""", "2015-07-29", "BÁO CÁO KẾT QUẢ CÔNG TÁC DÂN VẬN THÁNG 7/2015",
E("bao_cao", "2015-07", None),
[P("Thạch Sô Phanh", "Phó Bí thư Thường trực Đảng ủy", "Trưởng Khối dân vận xã"),
 P("Lý Sô Phal", "Đại đức", "trụ trì chùa Prêk Chrôu"),
 P("Lâm Thị Sa Quên", "Chủ tịch Hội Liên hiệp Phụ nữ xã"),
 P("Danh Thị Ngọc Hân", "Bí thư Đoàn xã"),
 P("Kim Văn Rết", "Chủ tịch Hội Nông dân xã")],
[Q("24 tin, bài", 24, "tin, bài"), Q("6 cuộc họp dân", 6, "cuộc họp dân"), Q("6 ấp", 6, "ấp"),
 Q("khoảng 540 lượt người", 540, "lượt người", "approx"), Q("4 chùa Phật giáo Nam tông Khmer", 4, "chùa Phật giáo Nam tông Khmer"),
 Q("2 triệu đồng", 2000000, "đồng"), Q("120 sư sãi và phật tử", 120, "sư sãi và phật tử"),
 Q("18 lượt công dân", 18, "lượt công dân"), Q("9 đơn", 9, "đơn"), Q("7 đơn", 7, "đơn"), Q("77,8%", 77.8, "%"),
 Q("hơn 2,8 tỷ đồng", 2800000000, "đồng", "over"), Q("25 căn nhà đại đoàn kết", 25, "căn nhà đại đoàn kết"),
 Q("3 cây cầu giao thông nông thôn", 3, "cây cầu giao thông nông thôn"), Q("58 hộ Khmer", 58, "hộ Khmer"),
 Q("210 hội viên", 210, "hội viên"), Q("63.500.000đ", 63500000, "đồng"), Q("2 tiêu chí", 2, "tiêu chí"), Q("2 đơn", 2, "đơn")],
[D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 14/7/2015"),
 D("Chỉ thị", "68", "CT/TW", "1991-04-18", "Ban Bí thư", "Chỉ thị 68-CT/TW ngày 18/4/1991"),
 D("Kế hoạch", "18", "KH/ĐU", "2015-07-10", "Đảng ủy xã", "Kế hoạch số 18-KH/ĐU ngày 10/7/2015")],
[prov("Sóc Trăng"), com("Viên An")],
["Trang thông tin điện tử xã Viên An - huyện Trần Đề, tỉnh Sóc Trăng", "Trang chủ >> Hoạt động Đảng - Đoàn thể >> Khối dân vận",
 "Ảnh: Đồng chí Thạch Sô Phanh thăm hỏi hộ nghèo ấp Cái Giá.", "Chol Vassa", "Sene Dolta", "Quy chế dân chủ ở cơ sở",
 "Lượt truy cập: 18.204"],
["29-07-2015 14:05", "tháng 7 năm 2015", "từ ngày 16/6 đến ngày 15/7/2015", "tháng 8/2015", "Lượt truy cập: 18.204",
 "năm 2015"]))

PAGES.append(page("b3730-hanoi-xa-tienphong-giaoban-2016-11", """
XÃ TIỀN PHONG - HUYỆN MÊ LINH - THÀNH PHỐ HÀ NỘI
Hôm nay: Thứ Bảy, 26/11/2016
Vị trí: Trang chủ › Tin tức › Dân vận
Thứ Sáu, 25/11/2016
Đồng chí Nguyễn Văn Hùng, Bí thư Đảng ủy xã phát biểu tại buổi giao ban.
Khối dân vận xã Tiền Phong: tập trung vận động giải phóng mặt bằng
Ngày 23/11/2016, Khối dân vận Đảng ủy xã Tiền Phong (huyện Mê Linh, Hà Nội) tổ chức giao ban định kỳ, đánh giá công tác dân vận tháng 11 năm 2016, bàn nhiệm vụ tháng 12. Dự và chỉ đạo có đồng chí Nguyễn Văn Hùng, Bí thư Đảng ủy xã; đồng chí Đỗ Thị Thu Hà, Ủy viên Ban Thường vụ Đảng ủy, Trưởng khối dân vận xã chủ trì.
Báo cáo tại giao ban nêu các kết quả chính:
1. Khối và các đoàn thể tổ chức 11 hội nghị quán triệt Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh tới trên 1.900 đảng viên, hội viên.
2. Vận động 139 hộ dân thôn Yên Bài, Đại Bái nhận tiền bồi thường, bàn giao 8,6 ha đất cho dự án đường trục phát triển kinh tế; tỷ lệ hộ đồng thuận đạt trên 98%.
3. Tổ dân vận các thôn hòa giải thành 6 vụ việc mâu thuẫn trong nhân dân; Ủy ban nhân dân xã tổ chức 2 buổi đối thoại với hộ dân có đất thu hồi.
4. Ủy ban MTTQ xã phát động "Tháng cao điểm vì người nghèo", đến nay nhận được 76,4 triệu đồng; Hội Cựu chiến binh xã vận động hội viên ủng hộ 5 tấn gạo.
5. Triển khai Kế hoạch số 116-KH/HU ngày 02/11/2016 của Huyện ủy Mê Linh về tổ chức Ngày hội Đại đoàn kết toàn dân tộc; 100% thôn đã tổ chức ngày hội.
Ý kiến tại giao ban, đồng chí Phùng Văn Quý, Chủ tịch Hội Nông dân xã, phản ánh một số hộ còn băn khoăn về giá bồi thường cây trồng; bà Trần Thị Bích, Chủ tịch Hội Liên hiệp Phụ nữ xã, đề nghị hỗ trợ đào tạo nghề cho khoảng 60 lao động nữ mất đất sản xuất.
Đánh giá chung, giao ban nhận định công tác dân vận trong tháng đã bám sát nhiệm vụ chính trị của địa phương; cán bộ khối đến từng hộ để nghe, giải thích chính sách, nhờ vậy tiến độ giải phóng mặt bằng được bảo đảm. Tuy vậy, việc phối hợp giữa tổ dân vận thôn với tổ công tác bồi thường có lúc chưa chặt chẽ; một số đoàn thể báo cáo chậm.
Nhiệm vụ tháng 12/2016:
- Tiếp tục vận động các hộ còn lại bàn giao mặt bằng trước ngày 20/12;
- Chuẩn bị tổng kết công tác dân vận năm 2016 theo Hướng dẫn số 21-HD/BDVHU của Ban Dân vận Huyện ủy;
- Tổ chức thăm, tặng quà các gia đình chính sách nhân dịp Tết Đinh Dậu;
- Đăng ký mô hình "Dân vận khéo" năm 2017, mỗi đoàn thể tối thiểu 2 mô hình.
Kết luận, đồng chí Nguyễn Văn Hùng đề nghị khối dân vận phát huy vai trò "cầu nối" giữa Đảng và nhân dân, công khai, minh bạch trong bồi thường, không để phát sinh điểm nóng.
Thu Hà
Tin khác
- Tiền Phong: hội nghị đối thoại giữa Chủ tịch UBND xã với nhân dân (10/11/2016)
- Giao ban khối dân vận tháng 10 (27/10/2016)
- Ra mắt 3 tổ hòa giải điểm (15/10/2016)
""", "2016-11-25", "Khối dân vận xã Tiền Phong: tập trung vận động giải phóng mặt bằng",
E("giao_ban", "2016-11", "2016-11-23"),
[P("Nguyễn Văn Hùng", "Bí thư Đảng ủy xã"),
 P("Đỗ Thị Thu Hà", "Ủy viên Ban Thường vụ Đảng ủy", "Trưởng khối dân vận xã"),
 P("Phùng Văn Quý", "Chủ tịch Hội Nông dân xã"),
 P("Trần Thị Bích", "Chủ tịch Hội Liên hiệp Phụ nữ xã")],
[Q("11 hội nghị", 11, "hội nghị"), Q("trên 1.900 đảng viên, hội viên", 1900, "đảng viên, hội viên", "over"),
 Q("139 hộ dân", 139, "hộ dân"), Q("8,6 ha", 8.6, "ha"), Q("trên 98%", 98, "%", "over"),
 Q("6 vụ việc mâu thuẫn", 6, "vụ việc mâu thuẫn"), Q("2 buổi đối thoại", 2, "buổi đối thoại"),
 Q("76,4 triệu đồng", 76400000, "đồng"), Q("5 tấn", 5, "tấn"), Q("100%", 100, "%"),
 Q("khoảng 60 lao động nữ", 60, "lao động nữ", "approx"), Q("tối thiểu 2 mô hình", 2, "mô hình")],
[D("Chỉ thị", "05", "CT/TW", "2016-05-15", "Bộ Chính trị", "Chỉ thị số 05-CT/TW ngày 15/5/2016"),
 D("Kế hoạch", "116", "KH/HU", "2016-11-02", "Huyện ủy Mê Linh", "Kế hoạch số 116-KH/HU ngày 02/11/2016"),
 D("Hướng dẫn", "21", "HD/BDVHU", None, "Ban Dân vận Huyện ủy", "Hướng dẫn số 21-HD/BDVHU")],
[prov("Hà Nội"), com("Tiền Phong")],
["XÃ TIỀN PHONG - HUYỆN MÊ LINH - THÀNH PHỐ HÀ NỘI", "Vị trí: Trang chủ › Tin tức › Dân vận",
 "Đồng chí Nguyễn Văn Hùng, Bí thư Đảng ủy xã phát biểu tại buổi giao ban.", "Tháng cao điểm vì người nghèo",
 "Ngày hội Đại đoàn kết toàn dân tộc", "Dân vận khéo", "Tết Đinh Dậu"],
["Hôm nay: Thứ Bảy, 26/11/2016", "Thứ Sáu, 25/11/2016", "tháng 11 năm 2016", "tháng 12/2016", "trước ngày 20/12", "năm 2017"]))
