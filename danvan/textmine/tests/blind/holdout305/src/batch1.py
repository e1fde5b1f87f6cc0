from lib import *
PAGES = []

PAGES.append(page("b7277-laocai-bdv-tongket-2011", """
DÂN VẬN LÀO CAI - Trang thông tin của Ban Dân vận Tỉnh ủy Lào Cai
Trang chủ > Hoạt động > Tin trong tỉnh
Thứ Ba, 27/12/2011 - 09:30
Năm 2011: Khối dân vận Lào Cai hoàn thành 5 nhóm nhiệm vụ trọng tâm
Ngày 26/12, Ban Dân vận Tỉnh ủy Lào Cai tổ chức hội nghị tổng kết công tác dân vận năm 2011 và triển khai nhiệm vụ năm 2012. Chủ trì hội nghị có đồng chí Giàng Seo Phử, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; cùng dự có đồng chí Lò Văn Thắm, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Toàn cảnh hội nghị tổng kết. Ảnh: Văn Hưng
Báo cáo tổng kết nêu rõ những kết quả nổi bật trong năm như sau:
1. Công tác tham mưu: Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 21-CT/TU ngày 12/4/2011 về tăng cường công tác dân vận ở vùng đồng bào Mông và Kế hoạch số 63-KH/TU về thực hiện Quyết định 290-QĐ/TW của Bộ Chính trị. Kết quả cụ thể:
a) 9/9 huyện ủy, thành ủy xây dựng quy chế công tác dân vận;
b) 164 xã, phường, thị trấn kiện toàn khối dân vận;
c) tổ chức 38 lớp bồi dưỡng nghiệp vụ cho trên 2.100 lượt cán bộ cơ sở.
2. Nắm tình hình nhân dân: các cấp đã nắm và phản ánh kịp thời tư tưởng của đồng bào vùng có đạo; vận động 213 hộ trở lại sinh hoạt tín ngưỡng truyền thống; không để xảy ra di cư tự do tập trung.
3. Phong trào thi đua "Dân vận khéo": toàn tỉnh có 72 mô hình điển hình, trong đó:
a) 31 mô hình về phát triển kinh tế;
b) 26 mô hình về giữ gìn an ninh trật tự;
c) 15 mô hình về xây dựng nếp sống văn hóa.
4. Vận động nhân dân đóng góp xây dựng nông thôn: nhân dân hiến hơn 41.000 m2 đất, đóng góp khoảng 5,6 tỷ đồng và gần 18.000 ngày công làm đường giao thông, kênh mương.
5. Dân vận chính quyền: tiếp 1.246 lượt công dân, giải quyết 302 đơn thư, đạt 89,5%.
Phát biểu tại hội nghị, đồng chí Sùng Thị Dua, Trưởng Ban Dân vận Huyện ủy Bắc Hà, cho biết huyện đã phát huy vai trò của 96 người có uy tín trong vận động đồng bào. Ông Vàng A Chư, Bí thư Đảng ủy xã Bản Phố, kiến nghị tỉnh quan tâm phụ cấp cho tổ dân vận thôn bản.
Kết luận hội nghị, đồng chí Giàng Seo Phử yêu cầu năm 2012 tập trung ba việc: một là tiếp tục thực hiện Chỉ thị số 21-CT/TU; hai là nâng chất phong trào "Dân vận khéo"; ba là làm tốt công tác nắm tình hình, không để hình thành "điểm nóng".
Các đại biểu cũng thẳng thắn chỉ ra hạn chế: việc nắm tình hình ở một số thôn, bản vùng sâu còn chậm; sự phối hợp giữa chính quyền với Mặt trận và các đoàn thể có lúc chưa chặt chẽ; một bộ phận cán bộ cơ sở còn ngại đi xuống thôn bản, chưa thật sự gần dân, sát dân.
Văn Hưng
Tin liên quan
- Mường Khương: vận động bà con bỏ tục lệ lạc hậu trong đám cưới (20/12/2011)
- Bắc Hà sơ kết 2 năm mô hình "Dân vận khéo" (14/12/2011)
- Hội nghị người có uy tín vùng đồng bào Mông năm 2011 (05/12/2011)
- Sa Pa: Nhân dân hiến đất làm đường liên thôn (28/11/2011)
""", "2011-12-27", "Năm 2011: Khối dân vận Lào Cai hoàn thành 5 nhóm nhiệm vụ trọng tâm",
E("tong_ket", "2011", "2011-12-26"),
[P("Giàng Seo Phử", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lò Văn Thắm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Sùng Thị Dua", "Trưởng Ban Dân vận Huyện ủy Bắc Hà"),
 P("Vàng A Chư", "Bí thư Đảng ủy xã Bản Phố")],
[Q("5 nhóm nhiệm vụ", 5, "nhóm nhiệm vụ"), Q("9/9 huyện ủy, thành ủy", 9, "huyện ủy, thành ủy"),
 Q("164 xã, phường, thị trấn", 164, "xã, phường, thị trấn"), Q("38 lớp bồi dưỡng nghiệp vụ", 38, "lớp bồi dưỡng nghiệp vụ"),
 Q("trên 2.100 lượt cán bộ cơ sở", 2100, "lượt cán bộ cơ sở", "over"), Q("213 hộ", 213, "hộ"),
 Q("72 mô hình điển hình", 72, "mô hình điển hình"), Q("31 mô hình", 31, "mô hình"), Q("26 mô hình", 26, "mô hình"),
 Q("15 mô hình", 15, "mô hình"), Q("hơn 41.000 m2", 41000, "m2", "over"), Q("khoảng 5,6 tỷ đồng", 5600000000, "đồng", "approx"),
 Q("gần 18.000 ngày công", 18000, "ngày công", "approx"), Q("1.246 lượt công dân", 1246, "lượt công dân"),
 Q("302 đơn thư", 302, "đơn thư"), Q("89,5%", 89.5, "%"), Q("96 người có uy tín", 96, "người có uy tín"), Q("ba việc", 3, "việc")],
[D("Chỉ thị", "21", "CT/TU", "2011-04-12", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 21-CT/TU ngày 12/4/2011"),
 D("Kế hoạch", "63", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 63-KH/TU"),
 D("Quyết định", "290", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 290-QĐ/TW của Bộ Chính trị")],
[prov("Lào Cai"), com("Bản Phố")],
["DÂN VẬN LÀO CAI - Trang thông tin của Ban Dân vận Tỉnh ủy Lào Cai", "Trang chủ > Hoạt động > Tin trong tỉnh",
 "Toàn cảnh hội nghị tổng kết. Ảnh: Văn Hưng", "Dân vận khéo", "điểm nóng"],
["Thứ Ba, 27/12/2011 - 09:30", "năm 2011", "năm 2012", "1.", "a)"]))

PAGES.append(page("b7278-nghean-bdv-soket-2012", """
BÁO NGHỆ AN ĐIỆN TỬ
Thời sự | Chính trị | Xây dựng Đảng
18/07/2012 - 16:40
Ảnh: Đồng chí Hồ Đức Phớc phát biểu kết luận hội nghị.
Dân vận Nghệ An: 6 tháng, 4 kết quả nổi bật
(Baonghean) - Chiều 17/7, Ban Dân vận Tỉnh ủy tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2012. Dự và chỉ đạo hội nghị có đồng chí Hồ Đức Phớc, Phó Bí thư Tỉnh ủy.
Báo cáo do đồng chí Nguyễn Thị Thu Hường, Phó Trưởng ban Thường trực Ban Dân vận Tỉnh ủy trình bày, nêu bốn kết quả nổi bật:
Một là, công tác tham mưu được chú trọng. Ban đã tham mưu Ban Thường vụ Tỉnh ủy sơ kết 3 năm thực hiện Chỉ thị 15, 16-CT/TU về công tác dân vận ở vùng tái định cư thủy điện Bản Vẽ và vùng giáo dân; ban hành Hướng dẫn số 07-HD/BDVTU về xây dựng khối dân vận xã.
Hai là, việc nắm tình hình được duy trì thường xuyên. Qua 2 đợt khảo sát tại 27 xã vùng biên giới, Ban đã báo cáo Thường trực Tỉnh ủy 6 chuyên đề về tư tưởng nhân dân.
Ba là, phong trào "Dân vận khéo" có chiều sâu:
- 486 mô hình đăng ký mới;
- nhân dân hiến khoảng 12 ha đất làm đường;
- huy động 23,4 tỷ đồng xây dựng nông thôn mới.
Bốn là, công tác tôn giáo ổn định; các cấp đã gặp gỡ, đối thoại với 112 chức sắc, chức việc trong dịp lễ Phục sinh.
Ảnh: Quang cảnh hội nghị.
Tuy vậy, hội nghị cũng chỉ ra những hạn chế: một số cấp ủy chưa quan tâm đúng mức; việc giải quyết đơn thư ở một số nơi còn chậm, còn 14 vụ việc khiếu kiện đông người chưa dứt điểm.
Tại hội nghị, đồng chí Lô Thị Kim Ngân, HUV, Trưởng Ban Dân vận Huyện ủy Tương Dương, nêu kinh nghiệm vận động 1.520 hộ tái định cư ổn định cuộc sống. Linh mục Phaolô Nguyễn Văn Hòa, Chánh xứ giáo xứ Xã Đoài, phát biểu ghi nhận sự quan tâm của cấp ủy, chính quyền đối với bà con giáo dân. Đồng chí Vi Văn Sơn, Chủ tịch UBND xã Tam Đình, đề nghị sớm giải quyết đất sản xuất cho hộ dân.
Kết luận hội nghị, đồng chí Hồ Đức Phớc đề nghị 6 tháng cuối năm cần:
1. Triển khai Nghị quyết Trung ương 4 (khóa XI) gắn với công tác dân vận;
2. Tập trung giải quyết dứt điểm các vụ việc tồn đọng;
3. Chuẩn bị tốt hội nghị biểu dương "Dân vận khéo" lần thứ 2.
Hội nghị cũng thống nhất cần đổi mới cách tổ chức sinh hoạt của khối dân vận cơ sở theo hướng thiết thực, gắn với những việc cụ thể ở từng thôn, xóm, bản; cán bộ dân vận phải thường xuyên có mặt ở địa bàn, nắm chắc những bức xúc của nhân dân để tham mưu cấp ủy xử lý ngay từ khi mới phát sinh, không để kéo dài thành điểm nóng.
Thành Duy
Các tin đã đưa
- Tương Dương: Đối thoại với hộ dân tái định cư (10/07/2012)
- Quỳnh Lưu tổ chức lớp tập huấn công tác dân vận (03/07/2012)
- Ban Dân vận Tỉnh ủy làm việc tại Kỳ Sơn (25/06/2012)
- Hội thảo về công tác vận động đồng bào có đạo (18/06/2012)
""", "2012-07-18", "Dân vận Nghệ An: 6 tháng, 4 kết quả nổi bật",
E("so_ket", "2012-H1", "2012-07-17"),
[P("Hồ Đức Phớc", "Phó Bí thư Tỉnh ủy"),
 P("Nguyễn Thị Thu Hường", "Phó Trưởng ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Lô Thị Kim Ngân", "HUV", "Trưởng Ban Dân vận Huyện ủy Tương Dương"),
 P("Phaolô Nguyễn Văn Hòa", "Linh mục", "Chánh xứ giáo xứ Xã Đoài"),
 P("Vi Văn Sơn", "Chủ tịch UBND xã Tam Đình")],
[Q("4 kết quả nổi bật", 4, "kết quả nổi bật"), Q("27 xã vùng biên giới", 27, "xã vùng biên giới"), Q("6 chuyên đề", 6, "chuyên đề"), Q("2 đợt khảo sát", 2, "đợt khảo sát"),
 Q("486 mô hình", 486, "mô hình"), Q("khoảng 12 ha", 12, "ha", "approx"), Q("23,4 tỷ đồng", 23400000000, "đồng"),
 Q("112 chức sắc, chức việc", 112, "chức sắc, chức việc"), Q("14 vụ việc khiếu kiện đông người", 14, "vụ việc khiếu kiện đông người"),
 Q("1.520 hộ tái định cư", 1520, "hộ tái định cư")],
[D("Chỉ thị", "15", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 15, 16-CT/TU"),
 D("Chỉ thị", "16", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 15, 16-CT/TU"),
 D("Hướng dẫn", "07", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 07-HD/BDVTU")],
[prov("Nghệ An"), com("Tam Đình")],
["BÁO NGHỆ AN ĐIỆN TỬ", "Thời sự | Chính trị | Xây dựng Đảng", "Ảnh: Đồng chí Hồ Đức Phớc phát biểu kết luận hội nghị.",
 "(Baonghean)", "Ảnh: Quang cảnh hội nghị.", "Dân vận khéo", "Nghị quyết Trung ương 4 (khóa XI)"],
["18/07/2012 - 16:40", "6 tháng đầu năm", "6 tháng cuối năm 2012", "3 năm", "lần thứ 2", "Nghị quyết Trung ương 4", "khóa XI"]))

PAGES.append(page("b7279-camau-bdv-giaoban-2013", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH CÀ MAU
Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Chính trị
Ngày đăng 09/10/2013 | 14:25
Giao ban khối dân vận quý III/2013: Vận động 3.412 hộ nghèo vay vốn sản xuất
Sáng 08/10/2013, Ban Dân vận Tỉnh ủy Cà Mau tổ chức giao ban khối dân vận quý III, triển khai nhiệm vụ quý IV năm 2013. Đồng chí Trần Thị Bé Tư, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy, chủ trì.
Theo báo cáo, quý III/2013 khối dân vận tỉnh đạt các kết quả sau:
1. Về tuyên truyền, vận động:
a) Phối hợp tổ chức 246 cuộc tuyên truyền với khoảng 15.800 lượt người dự;
b) Vận động 3.412 hộ nghèo vay vốn sản xuất với tổng dư nợ 41,7 tỷ đồng;
c) Vận động 87 hộ dân tộc Khmer tham gia tổ hợp tác nuôi tôm.
2. Về dân vận chính quyền: các ngành tiếp 628 lượt công dân; hòa giải thành 154/171 vụ việc, đạt tỷ lệ 90%.
3. Về công tác dân tộc, tôn giáo: thăm hỏi 23 chùa Phật giáo Nam tông Khmer nhân lễ Sene Dolta; trao 500 phần quà cho hộ Khmer nghèo, mỗi phần trị giá 300.000 đồng.
4. Về kiểm tra: kiểm tra việc thực hiện Quy chế dân chủ ở cơ sở tại 6 xã và 2 cơ quan theo Kế hoạch số 29-KH/BDVTU ngày 15/7/2013 của Ban Dân vận Tỉnh ủy.
Trong quý IV, khối dân vận tập trung:
- Sơ kết 5 năm thực hiện Kết luận số 62-KL/TW của Bộ Chính trị về đổi mới nội dung, phương thức hoạt động của Mặt trận và các đoàn thể;
- Triển khai Quyết định số 1956/QĐ-TTg của Thủ tướng Chính phủ về đào tạo nghề cho lao động nông thôn;
- Tổ chức họp mặt người có uy tín cuối năm.
Phát biểu tại buổi giao ban, đồng chí Danh Út, Trưởng Ban Dân tộc tỉnh, đề nghị khối dân vận phối hợp chặt chẽ trong vận động đồng bào Khmer. Đồng chí Lý Thị Hồng Em, Chủ tịch Hội LHPN xã Khánh Bình Tây, cho biết hội đã giúp 45 hội viên nghèo có việc làm. Đồng chí Thạch Sà Ren, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, cũng phát biểu ý kiến.
Kết luận, đồng chí Trần Thị Bé Tư yêu cầu các thành viên khối bám sát cơ sở, nắm chắc tình hình khiếu kiện đất đai tại các công trình trọng điểm.
Nhiều ý kiến tại buổi giao ban cho rằng, mùa mưa bão đang đến gần, các thành viên khối dân vận cần phối hợp với chính quyền vận động bà con vùng ven biển gia cố nhà cửa, chủ động di dời khi có lệnh; đồng thời tiếp tục tuyên truyền để ngư dân không khai thác thủy sản trái phép ở vùng biển nước ngoài. Bên cạnh đó, việc theo dõi, giúp đỡ các hộ nghèo sau khi vay vốn cũng cần được quan tâm hơn, tránh tình trạng sử dụng vốn sai mục đích.
Minh Khải
Lượt đọc: 1.093
Tin khác
- Cà Mau: Ra mắt mô hình "Ấp dân vận khéo" (28/09/2013)
- Hội nghị biểu dương người có uy tín vùng đồng bào Khmer (19/09/2013)
- U Minh: tập huấn nghiệp vụ dân vận cho 120 cán bộ (09/09/2013)
""", "2013-10-09", "Giao ban khối dân vận quý III/2013: Vận động 3.412 hộ nghèo vay vốn sản xuất",
E("giao_ban", "2013-Q3", "2013-10-08"),
[P("Trần Thị Bé Tư", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Danh Út", "Trưởng Ban Dân tộc tỉnh"),
 P("Lý Thị Hồng Em", "Chủ tịch Hội LHPN xã Khánh Bình Tây"),
 P("Thạch Sà Ren", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh")],
[Q("246 cuộc tuyên truyền", 246, "cuộc tuyên truyền"), Q("khoảng 15.800 lượt người", 15800, "lượt người", "approx"),
 Q("3.412 hộ nghèo", 3412, "hộ nghèo"), Q("41,7 tỷ đồng", 41700000000, "đồng"),
 Q("87 hộ dân tộc Khmer", 87, "hộ dân tộc Khmer"), Q("628 lượt công dân", 628, "lượt công dân"),
 Q("154/171 vụ việc", 154, "vụ việc"), Q("90%", 90, "%"), Q("23 chùa Phật giáo Nam tông Khmer", 23, "chùa Phật giáo Nam tông Khmer"),
 Q("500 phần quà", 500, "phần quà"), Q("300.000 đồng", 300000, "đồng"), Q("6 xã", 6, "xã"), Q("2 cơ quan", 2, "cơ quan"),
 Q("45 hội viên nghèo", 45, "hội viên nghèo")],
[D("Kế hoạch", "29", "KH/BDVTU", "2013-07-15", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 29-KH/BDVTU ngày 15/7/2013"),
 D("Kết luận", "62", "KL/TW", None, "Bộ Chính trị", "Kết luận số 62-KL/TW"),
 D("Quyết định", "1956", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1956/QĐ-TTg")],
[prov("Cà Mau"), com("Khánh Bình Tây")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH CÀ MAU", "Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Chính trị", "Sene Dolta",
 "Hội Đoàn kết sư sãi yêu nước tỉnh", "Lượt đọc: 1.093"],
["Ngày đăng 09/10/2013 | 14:25", "quý III/2013", "quý IV năm 2013", "5 năm", "Lượt đọc: 1.093"]))

PAGES.append(page("b7280-hoabinh-giamsat-2014", """
Báo Hòa Bình Online
Trang chủ › Chính trị › Mặt trận - Đoàn thể
Cập nhật: 15:05, 20/11/2014 (GMT+7)
Ủy ban MTTQ tỉnh giám sát thực hiện Quy chế dân chủ tại huyện Lạc Sơn
(HBĐT) - Ngày 19/11, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ tỉnh do đồng chí Bùi Văn Cửu, Phó Chủ tịch Ủy ban MTTQ tỉnh làm trưởng đoàn, đã giám sát việc thực hiện Quy chế dân chủ ở cơ sở năm 2014 tại huyện Lạc Sơn.
Đoàn giám sát làm việc tại UBND xã Ân Nghĩa. Ảnh: Hải Yến
Đoàn thực hiện giám sát theo Kế hoạch số 112/KH-MTTQ-BTT ngày 02/10/2014 của Ban Thường trực Ủy ban MTTQ tỉnh, căn cứ Quyết định số 217-QĐ/TW, 218-QĐ/TW của Bộ Chính trị về giám sát, phản biện xã hội và góp ý xây dựng Đảng, chính quyền.
Báo cáo của huyện Lạc Sơn cho thấy:
1. Công tác chỉ đạo: Huyện ủy ban hành Chỉ thị số 09-CT/HU về tăng cường thực hiện dân chủ ở cơ sở; 29/29 xã, thị trấn thành lập Ban chỉ đạo.
2. Kết quả thực hiện:
a) Công khai 100% các khoản thu, chi ngân sách xã;
b) Tổ chức 58 hội nghị đối thoại giữa người đứng đầu với nhân dân;
c) Ban Thanh tra nhân dân các xã giám sát 96 công trình, phát hiện 7 sai phạm, kiến nghị thu hồi hơn 214 triệu đồng.
3. Tồn tại: Một số xã chưa công khai danh sách hộ nghèo; việc lấy ý kiến nhân dân về quy hoạch còn hình thức.
Tại buổi làm việc với UBND xã Ân Nghĩa, ông Bùi Văn Thớm, Chủ tịch UBND xã cho biết xã đã huy động nhân dân đóng góp khoảng 1,2 tỷ đồng, hiến 6.400 m2 đất làm đường. Bà Quách Thị Lựu, Trưởng Ban Thanh tra nhân dân xã, đề nghị tăng mức hỗ trợ cho ban.
Sau khi nghe ý kiến các đại biểu, đồng chí Bùi Văn Cửu ghi nhận kết quả và đề nghị huyện:
- Thực hiện nghiêm Pháp lệnh số 34/2007/PL-UBTVQH11 về thực hiện dân chủ ở xã, phường, thị trấn;
- Nâng cao chất lượng hoạt động của Ban Giám sát đầu tư cộng đồng;
- Công khai kết quả giải quyết kiến nghị cử tri.
Cùng dự có đồng chí Đinh Công Sứ, HUV, Chủ tịch Ủy ban MTTQ huyện Lạc Sơn.
Theo đánh giá của đoàn, việc thực hiện Quy chế dân chủ ở cơ sở tại huyện Lạc Sơn đã có chuyển biến tích cực; nhân dân được biết, được bàn và tham gia giám sát nhiều việc ở địa phương, nhất là các công trình xây dựng nông thôn mới. Tuy nhiên, ở một số thôn, xóm vùng cao, việc họp dân còn thưa, tỷ lệ người dân dự họp chưa cao; một số kiến nghị của nhân dân chưa được trả lời kịp thời. Đoàn đề nghị huyện chỉ đạo các xã khắc phục ngay trong thời gian tới và báo cáo kết quả về Ban Thường trực Ủy ban MTTQ tỉnh.
Hải Yến
Bài viết liên quan
- Đà Bắc: giám sát việc thực hiện chính sách hỗ trợ hộ nghèo (12/11/2014)
- Hội nghị phản biện xã hội dự thảo quy hoạch giao thông (30/10/2014)
- Kim Bôi ra mắt 4 khu dân cư kiểu mẫu (21/10/2014)
""", "2014-11-20", "Ủy ban MTTQ tỉnh giám sát thực hiện Quy chế dân chủ tại huyện Lạc Sơn",
E("giam_sat", "2014", "2014-11-19"),
[P("Bùi Văn Cửu", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Bùi Văn Thớm", "Chủ tịch UBND xã"),
 P("Quách Thị Lựu", "Trưởng Ban Thanh tra nhân dân xã"),
 P("Đinh Công Sứ", "HUV", "Chủ tịch Ủy ban MTTQ huyện Lạc Sơn")],
[Q("29/29 xã, thị trấn", 29, "xã, thị trấn"), Q("100%", 100, "%"),
 Q("58 hội nghị đối thoại", 58, "hội nghị đối thoại"), Q("96 công trình", 96, "công trình"), Q("7 sai phạm", 7, "sai phạm"),
 Q("hơn 214 triệu đồng", 214000000, "đồng", "over"), Q("khoảng 1,2 tỷ đồng", 1200000000, "đồng", "approx"),
 Q("6.400 m2", 6400, "m2")],
[D("Kế hoạch", "112", "KH-MTTQ-BTT", "2014-10-02", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 112/KH-MTTQ-BTT ngày 02/10/2014"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "218-QĐ/TW của Bộ Chính trị"),
 D("Chỉ thị", "09", "CT/HU", None, "Huyện ủy", "Chỉ thị số 09-CT/HU"),
 D("Pháp lệnh", "34", "2007/PL-UBTVQH11", None, None, "Pháp lệnh số 34/2007/PL-UBTVQH11")],
[prov("Hòa Bình"), com("Ân Nghĩa")],
["Báo Hòa Bình Online", "Trang chủ › Chính trị › Mặt trận - Đoàn thể", "(HBĐT)",
 "Đoàn giám sát làm việc tại UBND xã Ân Nghĩa. Ảnh: Hải Yến", "Quy chế dân chủ ở cơ sở"],
["Cập nhật: 15:05, 20/11/2014 (GMT+7)", "năm 2014", "1.", "2."]))

PAGES.append(page("b7281-binhduong-doithoai-2015", """
Báo Bình Dương Online
Chính trị - Xã hội >> Dân vận
24-09-2015 07:50
Thủ Dầu Một: Bí thư Đảng ủy phường Phú Hòa đối thoại với nhân dân
Phiên đối thoại diễn ra cởi mở, thẳng thắn.
Ngày 22/9, Đảng ủy phường Phú Hòa (TP.Thủ Dầu Một) tổ chức hội nghị đối thoại giữa Bí thư Đảng ủy, Chủ tịch UBND phường với nhân dân năm 2015. Chủ trì đối thoại có bà Nguyễn Thị Kim Loan, Thành ủy viên, Bí thư Đảng ủy phường và ông Huỳnh Văn Lợi, Chủ tịch UBND phường Phú Hòa.
Hội nghị được tổ chức theo Quyết định số 999-QĐ/TU ngày 15/5/2014 của Ban Thường vụ Tỉnh ủy về việc người đứng đầu cấp ủy, chính quyền đối thoại trực tiếp với nhân dân, và Kế hoạch số 41-KH/ĐU của Đảng ủy phường.
Trước khi đối thoại, phường đã tổng hợp 37 ý kiến, kiến nghị của cử tri, chia thành 3 nhóm:
a) Nhóm về đất đai, xây dựng: 16 ý kiến;
b) Nhóm về trật tự đô thị, vệ sinh môi trường: 12 ý kiến;
c) Nhóm về chính sách xã hội: 9 ý kiến.
Tại buổi đối thoại, 11 người dân trực tiếp phát biểu. Bà Trần Thị Mười, khu phố 4, phản ánh tình trạng ngập nước trên đường Lê Hồng Phong sau mỗi cơn mưa. Ông Phan Văn Đức, Tổ trưởng tổ dân phố 12, đề nghị phường xử lý các điểm tập kết rác tự phát.
Trả lời các ý kiến, lãnh đạo phường cho biết:
1. Tuyến cống thoát nước dài 820 m trên đường Lê Hồng Phong sẽ được nạo vét trong quý IV, kinh phí khoảng 650 triệu đồng;
2. Phường sẽ ra quân xóa 14 điểm tập kết rác tự phát trong tháng 10;
3. Hồ sơ của 23 hộ đề nghị cấp giấy chứng nhận quyền sử dụng đất đã được chuyển thành phố.
Bà Nguyễn Thị Kim Loan nhấn mạnh, năm 2015 phường đã giải quyết 92% đơn thư đúng hạn; thời gian tới sẽ tiếp tục lắng nghe dân theo phương châm "dân biết, dân bàn, dân làm, dân kiểm tra".
Dự buổi đối thoại có ông Lê Minh Tâm, Phó Trưởng Ban Dân vận Thành ủy Thủ Dầu Một.
Theo nhiều người dân dự buổi đối thoại, việc lãnh đạo phường trực tiếp nghe và trả lời ngay tại hội nghị giúp bà con yên tâm, tin tưởng hơn. Những ý kiến chưa được trả lời tại chỗ sẽ được phường giao các bộ phận chuyên môn nghiên cứu, trả lời bằng văn bản và niêm yết công khai tại trụ sở UBND phường, nhà văn hóa các khu phố để nhân dân cùng theo dõi, giám sát việc thực hiện. Đảng ủy phường cũng giao Khối dân vận phường theo dõi, đôn đốc việc thực hiện các nội dung đã hứa với dân.
Tin, ảnh: Ngọc Thanh
Tin cùng chuyên mục
- Phường Hiệp Thành: Ra mắt mô hình "Khu phố không rác" (18/09/2015)
- Thuận An tổ chức đối thoại với công nhân khu công nghiệp (11/09/2015)
- Dĩ An: Hội nghị Mặt trận lắng nghe ý kiến nhân dân (02/09/2015)
- Bến Cát: Nhân dân góp ý dự thảo văn kiện Đại hội Đảng bộ (27/08/2015)
""", "2015-09-24", "Thủ Dầu Một: Bí thư Đảng ủy phường Phú Hòa đối thoại với nhân dân",
E("doi_thoai", "2015", "2015-09-22"),
[P("Nguyễn Thị Kim Loan", "Thành ủy viên", "Bí thư Đảng ủy phường"),
 P("Huỳnh Văn Lợi", "Chủ tịch UBND phường Phú Hòa"),
 P("Phan Văn Đức", "Tổ trưởng tổ dân phố 12"),
 P("Trần Thị Mười"),
 P("Lê Minh Tâm", "Phó Trưởng Ban Dân vận Thành ủy Thủ Dầu Một")],
[Q("37 ý kiến, kiến nghị", 37, "ý kiến, kiến nghị"), Q("3 nhóm", 3, "nhóm"), Q("16 ý kiến", 16, "ý kiến"),
 Q("12 ý kiến", 12, "ý kiến"), Q("9 ý kiến", 9, "ý kiến"), Q("11 người dân", 11, "người dân"),
 Q("820 m", 820, "m"), Q("khoảng 650 triệu đồng", 650000000, "đồng", "approx"),
 Q("14 điểm tập kết rác tự phát", 14, "điểm tập kết rác tự phát"), Q("23 hộ", 23, "hộ"), Q("92%", 92, "%")],
[D("Quyết định", "999", "QĐ/TU", "2014-05-15", "Ban Thường vụ Tỉnh ủy", "Quyết định số 999-QĐ/TU ngày 15/5/2014"),
 D("Kế hoạch", "41", "KH/ĐU", None, "Đảng ủy phường", "Kế hoạch số 41-KH/ĐU")],
[prov("Bình Dương"), com("Phú Hòa")],
["Báo Bình Dương Online", "Chính trị - Xã hội >> Dân vận", "Phiên đối thoại diễn ra cởi mở, thẳng thắn.",
 "dân biết, dân bàn, dân làm, dân kiểm tra", "Lê Hồng Phong"],
["24-09-2015 07:50", "năm 2015", "quý IV", "tháng 10", "khu phố 4", "tổ dân phố 12"]))

PAGES.append(page("b7282-quangtri-taphuan-2016", """
QUẢNG TRỊ ONLINE - Báo Quảng Trị
Trang chủ » Chính trị » Dân vận
Thứ Sáu, 13/05/2016 - 10:15
Tập huấn nghiệp vụ công tác dân vận cho 150 cán bộ cơ sở
QTO - Trong 2 ngày 11 và 12/5, Ban Dân vận Tỉnh ủy Quảng Trị mở lớp tập huấn nghiệp vụ công tác dân vận năm 2016 cho 150 học viên là trưởng khối dân vận, cán bộ Mặt trận, đoàn thể các xã, phường, thị trấn. Đồng chí Lê Thị Lan Hương, Phó Trưởng Ban Dân vận Tỉnh ủy, khai mạc lớp học.
Lớp tập huấn được tổ chức theo Kế hoạch số 18-KH/BDVTU của Ban Dân vận Tỉnh ủy, nhằm triển khai Nghị quyết số 25-NQ/TW ngày 3/6/2013 của BCH Trung ương về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới.
Học viên được truyền đạt 4 chuyên đề:
1. Quan điểm của Đảng về công tác dân vận trong tình hình mới;
2. Quy chế công tác dân vận của hệ thống chính trị;
3. Kỹ năng vận động đồng bào dân tộc thiểu số và đồng bào có đạo;
4. Kỹ năng tiếp công dân, hòa giải ở cơ sở.
Chuyên đề thứ 3 do đồng chí Hồ Văn Lai, Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy, trình bày, giới thiệu kinh nghiệm vận động đồng bào Vân Kiều, Pa Kô ở 2 huyện Hướng Hóa, Đakrông. Chuyên đề thứ 4 do ThS. Nguyễn Đăng Khoa, giảng viên Trường Chính trị Lê Duẩn, phụ trách.
Trong khuôn khổ lớp học, học viên thảo luận theo 5 tổ và đi thực tế tại xã Triệu Phước. Ông Hồ Văn Bốn, người có uy tín bản Ka Tăng, xã A Bung, chia sẻ cách vận động bà con không nghe kẻ xấu kích động.
Kết quả khảo sát cuối khóa cho thấy:
- 142 học viên, chiếm 94,7%, đánh giá nội dung thiết thực;
- gần 80% đề nghị tăng thời lượng thực hành;
- 100% học viên được cấp giấy chứng nhận.
Bế mạc lớp học, đồng chí Lê Thị Lan Hương đề nghị các học viên vận dụng kiến thức vào thực tiễn, làm tốt vai trò tham mưu cho cấp ủy cơ sở.
Theo Ban Dân vận Tỉnh ủy, đây là lớp tập huấn đầu tiên được tổ chức theo hình thức kết hợp giữa lý thuyết trên lớp với thảo luận nhóm và đi thực tế cơ sở. Nhiều học viên cho biết, qua lớp học đã nắm được phương pháp, kỹ năng cần thiết trong công tác vận động quần chúng, nhất là cách tiếp cận, lắng nghe và giải thích cho người dân ở vùng đồng bào dân tộc thiểu số, vùng có đông đồng bào theo đạo. Sau lớp học, các huyện, thị xã sẽ tiếp tục mở lớp cho cán bộ thôn, bản, khu phố. Cũng trong dịp này, Ban Dân vận Tỉnh ủy đã cấp phát tài liệu cho các học viên, gồm sổ tay công tác dân vận và các văn bản hướng dẫn nghiệp vụ mới nhất.
Khánh Linh
Xem thêm
- Quảng Trị: 23 mô hình "Dân vận khéo" được biểu dương (28/04/2016)
- Vĩnh Linh đối thoại với ngư dân (20/04/2016)
- Gặp mặt người có uy tín trong đồng bào Vân Kiều, Pa Kô (05/04/2016)
""", "2016-05-13", "Tập huấn nghiệp vụ công tác dân vận cho 150 cán bộ cơ sở",
E("tap_huan", "2016", "2016-05-11"),
[P("Lê Thị Lan Hương", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hồ Văn Lai", "Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Đăng Khoa", "ThS.", "giảng viên Trường Chính trị Lê Duẩn"),
 P("Hồ Văn Bốn", "người có uy tín bản Ka Tăng")],
[Q("150 cán bộ cơ sở", 150, "cán bộ cơ sở"), Q("150 học viên", 150, "học viên"), Q("4 chuyên đề", 4, "chuyên đề"),
 Q("2 huyện", 2, "huyện"), Q("5 tổ", 5, "tổ"), Q("142 học viên", 142, "học viên"), Q("94,7%", 94.7, "%"),
 Q("gần 80%", 80, "%", "approx"), Q("100%", 100, "%")],
[D("Kế hoạch", "18", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 18-KH/BDVTU"),
 D("Nghị quyết", "25", "NQ/TW", "2013-06-03", "BCH Trung ương", "Nghị quyết số 25-NQ/TW ngày 3/6/2013")],
[prov("Quảng Trị"), com("Triệu Phước"), com("A Bung")],
["QUẢNG TRỊ ONLINE - Báo Quảng Trị", "Trang chủ » Chính trị » Dân vận", "QTO", "Trường Chính trị Lê Duẩn"],
["Thứ Sáu, 13/05/2016 - 10:15", "2 ngày", "Chuyên đề thứ 3", "Chuyên đề thứ 4", "năm 2016"]))
