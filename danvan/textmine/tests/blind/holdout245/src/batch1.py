from lib import *
PAGES = []

PAGES.append(page("b5837-laocai-bdv-tongket-2011", """
CỔNG THÔNG TIN ĐIỆN TỬ BAN DÂN VẬN TỈNH ỦY LÀO CAI
Trang chủ › Hoạt động › Phát biểu của lãnh đạo
Thứ Tư, 28/12/2011 - 16:20
Đồng chí Giàng Seo Vần phát biểu chỉ đạo tại hội nghị. Ảnh: Minh Khôi
Phát biểu chỉ đạo của đồng chí Phó Bí thư Tỉnh ủy tại hội nghị tổng kết công tác dân vận năm 2011
Ngày 27/12/2011, Ban Dân vận Tỉnh ủy Lào Cai tổ chức hội nghị tổng kết công tác dân vận năm 2011, triển khai nhiệm vụ năm 2012. Đồng chí Vàng Văn Dìn, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh dự và phát biểu chỉ đạo. Trang thông tin trân trọng giới thiệu toàn văn bài phát biểu.
"Kính thưa các đồng chí đại biểu!
Thay mặt Thường trực Tỉnh ủy, tôi ghi nhận những kết quả mà khối dân vận các cấp đạt được trong năm 2011. Các đồng chí đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 19-CT/TU ngày 12/4/2011 về tăng cường công tác dân vận vùng đồng bào Mông, Dao và Kế hoạch 27, 28-KH/TU về vận động nhân dân xây dựng nông thôn mới. Cả tỉnh đã vận động 4.216 hộ đồng bào Mông ra ở riêng đúng quy định, hiến gần 31.000 m2 đất làm đường, đóng góp trên 5,2 tỷ đồng xây dựng nhà văn hóa thôn. Qua đó, tỷ lệ hộ nghèo giảm còn 32,8%.
Tôi đánh giá cao các mô hình dân vận ở cơ sở, như cách làm của đồng chí Sùng A Lử, Bí thư Đảng ủy xã Bản Phố, và đồng chí Lù Thị Mai, HUV, Trưởng Ban Dân vận Huyện ủy Bắc Hà. Các xã Bản Phố, Tả Van đã không còn hiện tượng di cư tự do.
Tuy vậy, các đồng chí cần thẳng thắn nhìn nhận: vẫn còn 17 vụ việc tụ tập đông người, 9 hộ di cư tự do sang địa bàn khác; 11 đồng chí cán bộ dân vận xã chưa qua đào tạo. Việc thực hiện Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị ban hành Quy chế công tác dân vận ở một số nơi còn hình thức.
Năm 2012, tôi đề nghị khối dân vận tập trung mấy việc sau. Một là, tiếp tục thực hiện phong trào "Dân vận khéo" gắn với cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư". Hai là, phối hợp với Ủy ban MTTQ tỉnh vận động ít nhất 2.000 hộ đăng ký gia đình văn hóa. Ba là, theo dõi sát tình hình tôn giáo, phấn đấu 100% thôn có tổ hòa giải hoạt động hiệu quả.
Xin chúc các đồng chí sức khỏe, hạnh phúc, thành công!"
Tại hội nghị, đồng chí Giàng Seo Vần, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy, tiếp thu ý kiến chỉ đạo và giao các huyện xây dựng kế hoạch năm 2012 trước ngày 15/1. Đồng chí Hoàng Thị Quyên, Phó Trưởng Ban Dân vận Tỉnh ủy, báo cáo kết quả thi đua; 14 tập thể và 26 cá nhân được tặng giấy khen.
Hà Linh
Lượt xem: 1.204
Tin liên quan
- Bắc Hà: tổng kết 5 năm phong trào "Dân vận khéo" (20/12/2011)
- Sa Pa vận động 300 hộ chỉnh trang nhà ở (05/12/2011)
- Ban Dân vận Tỉnh ủy làm việc với Đảng ủy xã Tả Van (18/11/2011)
""", "2011-12-28", "Phát biểu chỉ đạo của đồng chí Phó Bí thư Tỉnh ủy tại hội nghị tổng kết công tác dân vận năm 2011",
E("tong_ket", "2011", "2011-12-27"),
[P("Vàng Văn Dìn", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh", "Phó Bí thư Tỉnh ủy"),
 P("Sùng A Lử", "Bí thư Đảng ủy xã Bản Phố"),
 P("Lù Thị Mai", "HUV", "Trưởng Ban Dân vận Huyện ủy Bắc Hà"),
 P("Giàng Seo Vần", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hoàng Thị Quyên", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("4.216 hộ đồng bào Mông", 4216, "hộ đồng bào Mông"), Q("gần 31.000 m2", 31000, "m2", "approx"),
 Q("trên 5,2 tỷ đồng", 5200000000, "đồng", "over"), Q("32,8%", 32.8, "%"),
 Q("17 vụ việc tụ tập đông người", 17, "vụ việc tụ tập đông người"), Q("9 hộ di cư tự do", 9, "hộ di cư tự do"),
 Q("11 đồng chí", 11, "đồng chí"), Q("ít nhất 2.000 hộ", 2000, "hộ", "over"), Q("100% thôn", 100, "%"),
 Q("14 tập thể", 14, "tập thể"), Q("26 cá nhân", 26, "cá nhân")],
[D("Chỉ thị", "19", "CT/TU", "2011-04-12", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 19-CT/TU ngày 12/4/2011"),
 D("Kế hoạch", "27", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 27, 28-KH/TU"),
 D("Kế hoạch", "28", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 27, 28-KH/TU"),
 D("Quyết định", "290", "QĐ/TW", "2010-02-25", "Bộ Chính trị", "Quyết định số 290-QĐ/TW ngày 25/2/2010")],
[prov("Lào Cai"), com("Bản Phố"), com("Tả Van")],
["CỔNG THÔNG TIN ĐIỆN TỬ BAN DÂN VẬN TỈNH ỦY LÀO CAI", "Trang chủ › Hoạt động › Phát biểu của lãnh đạo",
 "Đồng chí Giàng Seo Vần phát biểu chỉ đạo tại hội nghị. Ảnh: Minh Khôi", "Dân vận khéo",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Lượt xem: 1.204", "Kính thưa các đồng chí đại biểu!"],
["Thứ Tư, 28/12/2011 - 16:20", "11 đồng chí", "năm 2011", "năm 2012", "Lượt xem: 1.204", "15/1"]))

PAGES.append(page("b5838-thuathienhue-mttq-soket-2013", """
Báo Thừa Thiên Huế Online
Trang chủ > Chính trị > Mặt trận - Đoàn thể
Cập nhật: 08:45, 19/07/2013 (GMT+7)
Phát huy sức mạnh khối đại đoàn kết ở vùng giáo, vùng biển
(TTH) - Chiều 18/7, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm 2013. Đồng chí Trần Đăng Khoa, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, dự và phát biểu chỉ đạo. Báo Thừa Thiên Huế lược ghi bài phát biểu.
Quang cảnh hội nghị sơ kết công tác Mặt trận. Ảnh: Đức Quang
"Thưa các đồng chí, 6 tháng qua, Mặt trận các cấp đã phối hợp tốt với chính quyền triển khai Kết luận 62-KL/TW ngày 8/12/2009 của Bộ Chính trị về đổi mới nội dung, phương thức hoạt động của Mặt trận và các đoàn thể. Quỹ "Vì người nghèo" các cấp vận động được hơn 7,4 tỷ đồng, hỗ trợ xây mới 186 căn nhà đại đoàn kết, mỗi căn 30 triệu đồng. Ở vùng biển, các đồng chí đã vận động 412 tàu thuyền tham gia tổ đoàn kết trên biển.
Tôi đề nghị Mặt trận tỉnh chủ trì, phối hợp với Ban Dân vận Tỉnh ủy xây dựng kế hoạch giám sát thực hiện Nghị quyết số 43-NQ/TU và 44-NQ/TU ngày 12/3/2013 của Tỉnh ủy về phát triển kinh tế vùng biển, đầm phá và về xây dựng đô thị Huế; trước mắt, tiếp tục thực hiện Chương trình phối hợp số 09/CTr-MTTQ-BDV về vận động đồng bào có đạo. Tôi ghi nhận ý kiến của Linh mục Phaolô Lê Văn Hòa, Quản xứ giáo xứ Phủ Cam, về việc cùng giáo dân tham gia xây dựng tổ dân phố văn hóa.
Với vùng biển, cần quan tâm 35 hộ ngư dân bị thiệt hại do bão số 5 năm trước, vận động các doanh nghiệp hỗ trợ khoảng 1.500 ngày công sửa chữa tàu.
Các đồng chí cần chú ý: 6 tháng cuối năm, cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" phải có ít nhất 20 khu dân cư điển hình. Ban Thường trực Ủy ban MTTQ tỉnh cần sớm tổng hợp ý kiến, kiến nghị của cử tri gửi tới kỳ họp HĐND tỉnh cuối năm; trong 6 tháng qua, Mặt trận các cấp đã tiếp nhận 243 ý kiến góp ý của cử tri, nhiều ý kiến chưa được trả lời. Tôi cũng đề nghị quan tâm hơn tới đội ngũ trưởng ban công tác Mặt trận ở 1.629 khu dân cư, nhất là chế độ phụ cấp 350.000 đồng/tháng còn thấp so với khối lượng công việc. Các tổ chức thành viên như Hội Nông dân, Hội Cựu chiến binh, Đoàn Thanh niên cần chủ động hơn, không trông chờ Mặt trận.
Cuối cùng, tôi tin rằng với tinh thần đoàn kết, Mặt trận các cấp sẽ hoàn thành tốt nhiệm vụ năm 2013."
Trước đó, đồng chí Nguyễn Thị Lệ Thu, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh, báo cáo sơ kết. Các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Hồ Văn Ngọc, Lê Thị Bích Trâm trình bày kế hoạch 6 tháng cuối năm. Ông Hồ Văn Ngọc cho biết 98,6% khu dân cư đã tổ chức Ngày hội Đại đoàn kết năm trước; phường Phú Hội, xã Hải Dương là hai điểm sáng.
Đức Quang
Tin cùng chuyên mục
- Mặt trận huyện Phong Điền hỗ trợ 40 căn nhà (10/07/2013)
- Giao ban công tác Mặt trận quý II (02/07/2013)
- Hội nghị người có uy tín vùng A Lưới (20/06/2013)
""", "2013-07-19", "Phát huy sức mạnh khối đại đoàn kết ở vùng giáo, vùng biển",
E("so_ket", "2013-H1", "2013-07-18"),
[P("Trần Đăng Khoa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phaolô Lê Văn Hòa", "Linh mục", "Quản xứ giáo xứ Phủ Cam"),
 P("Nguyễn Thị Lệ Thu", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hồ Văn Ngọc", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Thị Bích Trâm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("hơn 7,4 tỷ đồng", 7400000000, "đồng", "over"), Q("186 căn nhà đại đoàn kết", 186, "căn nhà đại đoàn kết"),
 Q("30 triệu đồng", 30000000, "đồng"), Q("412 tàu thuyền", 412, "tàu thuyền"), Q("35 hộ ngư dân", 35, "hộ ngư dân"),
 Q("khoảng 1.500 ngày công", 1500, "ngày công", "approx"), Q("ít nhất 20 khu dân cư điển hình", 20, "khu dân cư điển hình", "over"),
 Q("98,6%", 98.6, "%"), Q("243 ý kiến góp ý", 243, "ý kiến"),
 Q("1.629 khu dân cư", 1629, "khu dân cư"), Q("350.000 đồng/tháng", 350000, "đồng")],
[D("Kết luận", "62", "KL/TW", "2009-12-08", "Bộ Chính trị", "Kết luận 62-KL/TW ngày 8/12/2009"),
 D("Nghị quyết", "43", "NQ/TU", "2013-03-12", "Tỉnh ủy", "Nghị quyết số 43-NQ/TU"),
 D("Nghị quyết", "44", "NQ/TU", "2013-03-12", "Tỉnh ủy", "44-NQ/TU ngày 12/3/2013 của Tỉnh ủy"),
 D("Chương trình phối hợp", "09", "CTr-MTTQ-BDV", None, None, "Chương trình phối hợp số 09/CTr-MTTQ-BDV")],
[prov("Thừa Thiên Huế"), com("Phú Hội"), com("Hải Dương")],
["Báo Thừa Thiên Huế Online", "Trang chủ > Chính trị > Mặt trận - Đoàn thể", "(TTH)",
 "Quang cảnh hội nghị sơ kết công tác Mặt trận. Ảnh: Đức Quang", "Vì người nghèo",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Ngày hội Đại đoàn kết"],
["Cập nhật: 08:45, 19/07/2013 (GMT+7)", "6 tháng đầu năm 2013", "6 tháng cuối năm", "bão số 5"]))

PAGES.append(page("b5839-gialai-bdv-giaoban-2014", """
BAN DÂN VẬN TỈNH ỦY GIA LAI - dvgialai.org.vn
Bạn đang ở: Trang chủ / Tin tức - Sự kiện
08:30 | 08/10/2014
Đồng chí Rơ Châm Hyin phát biểu kết luận giao ban.
Ý kiến chỉ đạo của Trưởng Ban Dân vận Tỉnh ủy tại giao ban khối dân vận
Sáng 7/10, Ban Dân vận Tỉnh ủy Gia Lai tổ chức giao ban công tác dân vận quý III năm 2014 với Ban Dân vận các huyện, thị xã, thành phố. Đồng chí Rơ Châm Hyin, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy, chủ trì và có bài phát biểu kết luận. Chúng tôi trích đăng các nội dung chính.
"Thưa các đồng chí, quý III vừa qua, tình hình vùng đồng bào dân tộc thiểu số cơ bản ổn định. Các huyện đã vận động, cảm hóa 126 người theo "Tin lành Đê Ga" từ bỏ hoạt động, trong đó có 14 đối tượng cốt cán. Tổ công tác của Ban đã làm việc tại 22 làng đặc biệt khó khăn. Tôi biểu dương Ban Dân vận Huyện ủy Chư Păh và Ia Grai đã chủ động nắm tình hình.
Về nhiệm vụ quý IV, các đồng chí tập trung triển khai Chỉ thị 49-CT/TU của Ban Thường vụ Tỉnh ủy về công tác vận động quần chúng vùng tôn giáo, Hướng dẫn số 12-HD/BDVTU ngày 3/9/2014 của Ban Dân vận Tỉnh ủy về xây dựng làng điểm. Mỗi huyện chọn ít nhất 2 làng làm điểm; kinh phí hỗ trợ tối đa 50 triệu đồng mỗi làng.
Đề nghị đồng chí Ksor H'Bơ Khăp, HUV, Trưởng Ban Dân vận Huyện ủy Ia Grai, và đồng chí Siu Blết, Bí thư Đảng ủy xã Ia Khươl, rút kinh nghiệm vụ việc tại làng Dơk Lăh để không tái diễn. Già làng Rah Lan Hieo, người có uy tín làng Dơk Lăh, đã giúp chính quyền vận động 38 hộ trở về làm ăn ổn định; cần khen thưởng kịp thời.
Tôi cũng lưu ý: đến nay mới có 71,5% số xã xây dựng quy chế dân chủ theo Pháp lệnh 34/2007/PL-UBTVQH11 của Ủy ban Thường vụ Quốc hội; quý IV phải đạt 100%."
Dự giao ban có đồng chí Nguyễn Văn Tiến, Phó Trưởng Ban Dân vận Tỉnh ủy; đồng chí Đinh Thị Hlinh, Chánh Văn phòng Ban Dân vận Tỉnh ủy. Quý III, các cơ quan dân vận tiếp nhận 61 đơn thư, đã giải quyết 55 đơn.
Hội nghị cũng nghe đồng chí Puih H'Mai, Phó Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy, thông tin tình hình tôn giáo quý III: toàn tỉnh có thêm 3 điểm nhóm Tin lành được đăng ký sinh hoạt, 2 trường hợp tuyên truyền đạo trái phép đã được vận động chấm dứt. Đồng chí Rơ Châm Hyin yêu cầu Ban Dân vận các huyện phía Tây báo cáo định kỳ trước ngày 20 hằng tháng, không để chậm trễ như quý vừa qua; phối hợp với Công an tỉnh và Bộ Chỉ huy Bộ đội Biên phòng tỉnh trong vận động nhân dân khu vực biên giới, nơi còn 5 xã chưa có tổ dân vận thôn hoạt động thường xuyên.
Phương Thảo
Lượt đọc: 562
Các tin khác
- Chư Sê: tập huấn công tác dân vận cho 80 cán bộ thôn, làng (30/09/2014)
- Ia Pa xây dựng 12 mô hình "Dân vận khéo" (18/09/2014)
- Gặp mặt người có uy tín năm 2014 (05/09/2014)
""", "2014-10-08", "Ý kiến chỉ đạo của Trưởng Ban Dân vận Tỉnh ủy tại giao ban khối dân vận",
E("giao_ban", "2014-Q3", "2014-10-07"),
[P("Rơ Châm Hyin", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Ksor H'Bơ Khăp", "HUV", "Trưởng Ban Dân vận Huyện ủy Ia Grai"),
 P("Siu Blết", "Bí thư Đảng ủy xã Ia Khươl"),
 P("Rah Lan Hieo", "Già làng", "người có uy tín làng Dơk Lăh"),
 P("Nguyễn Văn Tiến", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đinh Thị Hlinh", "Chánh Văn phòng Ban Dân vận Tỉnh ủy"),
 P("Puih H'Mai", "Phó Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy")],
[Q("126 người", 126, "người"), Q("14 đối tượng cốt cán", 14, "đối tượng cốt cán"),
 Q("22 làng đặc biệt khó khăn", 22, "làng đặc biệt khó khăn"), Q("ít nhất 2 làng", 2, "làng", "over"),
 Q("tối đa 50 triệu đồng", 50000000, "đồng"), Q("38 hộ", 38, "hộ"), Q("71,5%", 71.5, "%"), Q("100%", 100, "%"),
 Q("61 đơn thư", 61, "đơn thư"), Q("55 đơn", 55, "đơn"),
 Q("3 điểm nhóm Tin lành", 3, "điểm nhóm Tin lành"), Q("2 trường hợp", 2, "trường hợp"), Q("5 xã", 5, "xã")],
[D("Chỉ thị", "49", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 49-CT/TU"),
 D("Hướng dẫn", "12", "HD/BDVTU", "2014-09-03", "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 12-HD/BDVTU ngày 3/9/2014"),
 D("Pháp lệnh", "34", "2007/PL-UBTVQH11", None, "Ủy ban Thường vụ Quốc hội", "Pháp lệnh 34/2007/PL-UBTVQH11")],
[prov("Gia Lai"), com("Ia Khươl")],
["BAN DÂN VẬN TỈNH ỦY GIA LAI - dvgialai.org.vn", "Bạn đang ở: Trang chủ / Tin tức - Sự kiện",
 "Đồng chí Rơ Châm Hyin phát biểu kết luận giao ban.", "Tin lành Đê Ga", "Lượt đọc: 562"],
["08:30 | 08/10/2014", "quý III năm 2014", "quý IV", "Lượt đọc: 562"]))

PAGES.append(page("b5840-soctrang-mttq-daihoi-2014", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH SÓC TRĂNG
Trang chủ >> Hoạt động Mặt trận >> Đại hội Mặt trận các cấp
Thứ Tư, 12/11/2014 - 09:15
Phát biểu của đồng chí Phó Bí thư Tỉnh ủy tại Đại hội đại biểu MTTQ Việt Nam huyện Trần Đề lần thứ III
Ngày 11/11/2014, Ủy ban MTTQ Việt Nam huyện Trần Đề, tỉnh Sóc Trăng long trọng tổ chức Đại hội đại biểu MTTQ Việt Nam huyện lần thứ III, nhiệm kỳ 2014 - 2019. Về dự có đồng chí Lâm Văn Sáng, Phó Bí thư Thường trực Tỉnh ủy; đồng chí Trần Thị Hồng Nga, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh. Dưới đây là phát biểu chỉ đạo của đồng chí Lâm Văn Sáng.
Đồng chí Lâm Văn Sáng phát biểu chỉ đạo Đại hội. Ảnh: Kim Ngân
"Kính thưa Đoàn Chủ tịch, kính thưa các vị đại biểu!
Nhiệm kỳ qua, Mặt trận huyện đã phối hợp vận động nhân dân đóng góp trên 12,5 tỷ đồng xây dựng 64 cây cầu nông thôn, 118 km đường giao thông; Quỹ "Vì người nghèo" hỗ trợ xây dựng 1.035 căn nhà đại đoàn kết. Tỷ lệ hộ nghèo giảm từ 38,2% xuống còn 21,7%. Đồng bào Khmer, chiếm khoảng 64% dân số huyện, đã tích cực tham gia phong trào. Tôi đặc biệt ghi nhận vai trò của Hòa thượng Lý Hùng, Trưởng ban Trị sự chùa Tân Hòa, và các vị sư sãi ở 27 chùa Phật giáo Nam tông Khmer trên địa bàn.
Nhiệm kỳ 2014 - 2019, tôi đề nghị Mặt trận huyện quán triệt và thực hiện tốt Nghị quyết số 16-NQ/TU ngày 30/9/2014 của Tỉnh ủy về công tác vận động đồng bào Khmer, Kế hoạch số 88-KH/HU của Huyện ủy Trần Đề về xây dựng nông thôn mới; phấn đấu đến năm 2019 có ít nhất 5 xã đạt chuẩn nông thôn mới, trong đó có các xã Đại Ân 2, Lịch Hội Thượng. Mặt trận cần đổi mới phương thức theo Kết luận 62-KL/TW của Bộ Chính trị, giám sát việc thực hiện chính sách ở 1.240 hộ nghèo, hộ cận nghèo.
Một lần nữa, thay mặt Ban Thường vụ Tỉnh ủy, tôi chúc Đại hội thành công tốt đẹp!"
Đại hội đã hiệp thương cử 55 vị vào Ủy ban MTTQ Việt Nam huyện khóa III. Ông Thạch Sô Phên được hiệp thương giữ chức Chủ tịch Ủy ban MTTQ Việt Nam huyện Trần Đề khóa III; các ông, bà Lâm Thị Sà Ly, Trương Văn Út - Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện. Đại hội cử 9 đại biểu dự Đại hội đại biểu MTTQ Việt Nam tỉnh lần thứ IX.
Ông Kim Sô Phol, người có uy tín ấp Tổng Cáng, xã Đại Ân 2, phát biểu tham luận về vận động bà con hiến đất mở đường. Đại hội cũng tặng 60 phần quà cho hộ nghèo, mỗi phần trị giá 300.000 đồng. Đại hội thông qua Chương trình hành động nhiệm kỳ 2014 - 2019 với 3 khâu đột phá và 12 chỉ tiêu chủ yếu, trong đó phấn đấu 90% khu dân cư đạt danh hiệu khu dân cư văn hóa.
Kim Ngân - Trung Hiếu
Lượt truy cập: 3.458
Tin khác
- Đại hội MTTQ thị xã Vĩnh Châu nhiệm kỳ 2014 - 2019 (06/11/2014)
- Mỹ Xuyên: 100% xã hoàn thành đại hội Mặt trận (30/10/2014)
- Sư sãi Khmer tham gia xây dựng khối đại đoàn kết (15/10/2014)
""", "2014-11-12", "Phát biểu của đồng chí Phó Bí thư Tỉnh ủy tại Đại hội đại biểu MTTQ Việt Nam huyện Trần Đề lần thứ III",
E("dai_hoi", None, "2014-11-11"),
[P("Lâm Văn Sáng", "Phó Bí thư Thường trực Tỉnh ủy", "Phó Bí thư Tỉnh ủy"),
 P("Trần Thị Hồng Nga", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lý Hùng", "Hòa thượng", "Trưởng ban Trị sự chùa Tân Hòa"),
 P("Thạch Sô Phên", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Trần Đề khóa III"),
 P("Lâm Thị Sà Ly", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Trương Văn Út", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Kim Sô Phol", "người có uy tín ấp Tổng Cáng")],
[Q("trên 12,5 tỷ đồng", 12500000000, "đồng", "over"), Q("64 cây cầu nông thôn", 64, "cây cầu nông thôn"),
 Q("118 km", 118, "km"), Q("1.035 căn nhà đại đoàn kết", 1035, "căn nhà đại đoàn kết"), Q("38,2%", 38.2, "%"),
 Q("21,7%", 21.7, "%"), Q("khoảng 64%", 64, "%", "approx"), Q("27 chùa Phật giáo Nam tông Khmer", 27, "chùa Phật giáo Nam tông Khmer"),
 Q("ít nhất 5 xã", 5, "xã", "over"), Q("1.240 hộ nghèo, hộ cận nghèo", 1240, "hộ nghèo, hộ cận nghèo"),
 Q("55 vị", 55, "vị"), Q("9 đại biểu", 9, "đại biểu"), Q("60 phần quà", 60, "phần quà"), Q("3 khâu đột phá", 3, "khâu đột phá"), Q("12 chỉ tiêu chủ yếu", 12, "chỉ tiêu chủ yếu"), Q("90% khu dân cư", 90, "%"), Q("300.000 đồng", 300000, "đồng")],
[D("Nghị quyết", "16", "NQ/TU", "2014-09-30", "Tỉnh ủy", "Nghị quyết số 16-NQ/TU ngày 30/9/2014"),
 D("Kế hoạch", "88", "KH/HU", None, "Huyện ủy Trần Đề", "Kế hoạch số 88-KH/HU"),
 D("Kết luận", "62", "KL/TW", None, "Bộ Chính trị", "Kết luận 62-KL/TW")],
[prov("Sóc Trăng"), com("Đại Ân 2"), com("Lịch Hội Thượng")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH SÓC TRĂNG", "Trang chủ >> Hoạt động Mặt trận >> Đại hội Mặt trận các cấp",
 "Đồng chí Lâm Văn Sáng phát biểu chỉ đạo Đại hội. Ảnh: Kim Ngân", "Vì người nghèo", "Lượt truy cập: 3.458", "Đoàn Chủ tịch"],
["Thứ Tư, 12/11/2014 - 09:15", "lần thứ III", "nhiệm kỳ 2014 - 2019", "khóa III", "lần thứ IX", "Lượt truy cập: 3.458"]))

PAGES.append(page("b5841-hatinh-xa-doithoai-2016", """
Cổng thông tin điện tử xã Thạch Kim - huyện Lộc Hà - tỉnh Hà Tĩnh
Trang chủ | Tin tức | Hoạt động của Đảng ủy
Ngày đăng 23/09/2016 | 15:40
Bí thư Đảng ủy xã đối thoại với ngư dân năm 2016
Sáng 22/9, Đảng ủy, UBND xã Thạch Kim tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2016 theo Quyết định 218-QĐ/TW của Bộ Chính trị. Hơn 150 ngư dân, đại diện 7 thôn dự; 21 ý kiến được nêu trực tiếp. Chúng tôi ghi lại phần phát biểu tiếp thu, giải trình của đồng chí Bí thư Đảng ủy xã.
Toàn cảnh buổi đối thoại tại hội trường UBND xã.
"Thưa bà con, thưa các đồng chí! Tôi cảm ơn 21 ý kiến thẳng thắn của bà con. Về việc hỗ trợ sau sự cố môi trường biển, đến nay xã đã chi trả cho 1.186 hộ với tổng số tiền hơn 43,6 tỷ đồng theo Quyết định số 772/QĐ-TTg của Thủ tướng Chính phủ; còn 37 hộ chưa nhận do hồ sơ thiếu, Đảng ủy giao đồng chí Phó Chủ tịch UBND xã trực tiếp rà soát trong tháng 10.
Về ý kiến của ông Phan Văn Thạo, thôn Kim Tiến, đề nghị nạo vét cửa lạch: UBND xã đã có Tờ trình số 46/TTr-UBND gửi UBND huyện, dự kiến kinh phí khoảng 2,8 tỷ đồng. Về 12 tàu cá công suất nhỏ chưa đăng ký, đề nghị các chủ tàu hoàn thiện thủ tục trước ngày 30/10. Chi bộ các thôn thực hiện nghiêm Nghị quyết số 05-NQ/ĐU của Đảng ủy xã về phát triển kinh tế biển gắn với bảo vệ môi trường, tiếp tục vận động 100% hộ cam kết không khai thác hải sản bằng chất nổ.
Những việc vượt thẩm quyền, Đảng ủy sẽ tổng hợp báo cáo Huyện ủy. Tôi đề nghị bà con tiếp tục tin tưởng, cùng cấp ủy, chính quyền vượt qua khó khăn."
Đồng chí Nguyễn Đình Thuận, Bí thư Đảng ủy, Chủ tịch HĐND xã Thạch Kim, chủ trì đối thoại. Cùng dự có đồng chí Trần Thị Hà, HUV, Trưởng Ban Dân vận Huyện ủy Lộc Hà; đồng chí Lê Văn Khánh, Phó Bí thư Đảng ủy, Chủ tịch UBND xã; đồng chí Võ Thị Lan, Chủ tịch Ủy ban MTTQ xã.
Các ông Hồ Sỹ Bảo, Đặng Văn Lực - Trưởng thôn, đề nghị xã tiếp tục phát huy tổ đoàn kết trên biển; hiện xã có 9 tổ với 86 tàu thuyền. Bà Nguyễn Thị Hường, Chi hội trưởng Chi hội Phụ nữ thôn Kim Hải, kiến nghị hỗ trợ 25 hộ chuyển đổi nghề.
Sau đối thoại, Đảng ủy giao Văn phòng Đảng ủy ban hành thông báo kết luận trong 5 ngày làm việc; đồng chí Trần Thị Hà đề nghị xã tiếp tục đối thoại định kỳ theo Quy định số 11-QĐi/TW của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong tiếp dân, đối thoại trực tiếp với dân; kết quả giải quyết sẽ được niêm yết công khai tại nhà văn hóa 7 thôn và đọc trên loa truyền thanh xã.
Ban Biên tập
Tin liên quan
- Thạch Kim ra quân làm sạch bãi biển (15/09/2016)
- Hội Nông dân xã tập huấn nuôi trồng thủy sản (02/09/2016)
- Đảng ủy xã sơ kết 6 tháng đầu năm 2016 (20/07/2016)
""", "2016-09-23", "Bí thư Đảng ủy xã đối thoại với ngư dân năm 2016",
E("doi_thoai", "2016", "2016-09-22"),
[P("Nguyễn Đình Thuận", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Thạch Kim", "Bí thư Đảng ủy xã"),
 P("Phan Văn Thạo"),
 P("Trần Thị Hà", "HUV", "Trưởng Ban Dân vận Huyện ủy Lộc Hà"),
 P("Lê Văn Khánh", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Võ Thị Lan", "Chủ tịch Ủy ban MTTQ xã"),
 P("Hồ Sỹ Bảo", "Trưởng thôn"), P("Đặng Văn Lực", "Trưởng thôn"),
 P("Nguyễn Thị Hường", "Chi hội trưởng Chi hội Phụ nữ thôn Kim Hải")],
[Q("Hơn 150 ngư dân", 150, "ngư dân", "over"), Q("7 thôn", 7, "thôn"), Q("21 ý kiến", 21, "ý kiến"),
 Q("1.186 hộ", 1186, "hộ"), Q("hơn 43,6 tỷ đồng", 43600000000, "đồng", "over"), Q("37 hộ", 37, "hộ"),
 Q("khoảng 2,8 tỷ đồng", 2800000000, "đồng", "approx"), Q("12 tàu cá công suất nhỏ", 12, "tàu cá công suất nhỏ"),
 Q("100% hộ", 100, "%"), Q("9 tổ", 9, "tổ"), Q("86 tàu thuyền", 86, "tàu thuyền"), Q("25 hộ", 25, "hộ")],
[D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 218-QĐ/TW"),
 D("Quyết định", "772", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 772/QĐ-TTg"),
 D("Tờ trình", "46", "TTr-UBND", None, None, "Tờ trình số 46/TTr-UBND"),
 D("Nghị quyết", "05", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết số 05-NQ/ĐU"),
 D("Quy định", "11", "QĐi/TW", None, "Bộ Chính trị", "Quy định số 11-QĐi/TW")],
[prov("Hà Tĩnh"), com("Thạch Kim")],
["Cổng thông tin điện tử xã Thạch Kim - huyện Lộc Hà - tỉnh Hà Tĩnh", "Trang chủ | Tin tức | Hoạt động của Đảng ủy",
 "Toàn cảnh buổi đối thoại tại hội trường UBND xã."],
["Ngày đăng 23/09/2016 | 15:40", "năm 2016", "tháng 10", "30/10", "5 ngày làm việc"]))

PAGES.append(page("b5842-binhduong-bdv-taphuan-2017", """
Báo Bình Dương điện tử
Thời sự > Xây dựng Đảng
16/05/2017 - 10:05
Nâng cao kỹ năng dân vận cho cán bộ cơ sở
(BDO) Ngày 15/5, Ban Dân vận Tỉnh ủy Bình Dương khai mạc lớp tập huấn nghiệp vụ công tác dân vận năm 2017 cho 180 học viên là cán bộ dân vận các xã, phường, thị trấn và các khối vận. Lớp học kéo dài 3 ngày. Đồng chí Trần Văn Bảy, Phó Bí thư Tỉnh ủy, dự và phát biểu chỉ đạo. Báo Bình Dương giới thiệu nội dung bài phát biểu.
Các học viên tham dự lớp tập huấn. Ảnh: Q.Chiến
"Thưa các đồng chí, Bình Dương có trên 1 triệu lao động nhập cư, tập trung tại 28 khu công nghiệp; đây là đặc thù đòi hỏi công tác dân vận phải đổi mới. Các đồng chí cần nắm vững Nghị quyết số 25-NQ/TW ngày 3/6/2013 của Ban Chấp hành Trung ương về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận, Chỉ thị số 16-CT/TU của Tỉnh ủy về công tác vận động công nhân, người lao động tại các khu nhà trọ.
Năm 2016, các cấp đã xử lý, hòa giải thành 79 vụ tranh chấp lao động, nhưng vẫn còn 14 cuộc ngừng việc tập thể với khoảng 6.300 công nhân tham gia. Tôi đề nghị mỗi học viên sau lớp này về cơ sở phải xây dựng ít nhất 2 mô hình dân vận khéo ở khu nhà trọ; Công đoàn các khu công nghiệp phối hợp thành lập thêm 40 tổ tự quản nhà trọ.
Cán bộ dân vận phải biết lắng nghe: "nghe dân nói, nói dân hiểu, làm dân tin". Học xong phải làm được, tránh học cho có."
Lớp tập huấn có 4 chuyên đề do các đồng chí lãnh đạo Ban trình bày: đồng chí Nguyễn Thị Kim Hà, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, giới thiệu Quyết định số 290-QĐ/TW của Bộ Chính trị; các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Lê Văn Trọng, Huỳnh Thị Kim Cúc, Trần Minh Sang thông tin về Kế hoạch số 32-KH/BDVTU ngày 10/3/2017 của Ban Dân vận Tỉnh ủy và kỹ năng đối thoại với người lao động. TS. Phạm Quang Vinh, Phó Giám đốc Trường Chính trị tỉnh, trình bày chuyên đề về tâm lý quần chúng.
Dự khai mạc còn có đồng chí Đặng Thị Mai, Chủ tịch Liên đoàn Lao động tỉnh. Đồng chí cho biết năm 2017 Công đoàn tỉnh dành 2,4 tỷ đồng hỗ trợ 1.600 đoàn viên khó khăn; mỗi suất hỗ trợ từ 1 triệu đến 2 triệu đồng.
Kết thúc lớp học, 100% học viên làm bài thu hoạch; Ban Dân vận Tỉnh ủy chọn 15 bài tốt để phổ biến. Phường An Phú, phường Bình Hòa là hai đơn vị có học viên đạt kết quả cao nhất. Kinh phí mở lớp khoảng 145 triệu đồng do ngân sách tỉnh cấp; Ban Dân vận Tỉnh ủy sẽ mở thêm 2 lớp cho cán bộ khối doanh nghiệp trong quý III.
Quang Chiến
Tin cùng chuyên mục
- Dĩ An: ra mắt 12 tổ tự quản nhà trọ (10/05/2017)
- Tọa đàm "Dân vận khéo" trong doanh nghiệp (28/04/2017)
- Tập huấn kỹ năng cho 300 cán bộ Công đoàn cơ sở (20/04/2017)
""", "2017-05-16", "Nâng cao kỹ năng dân vận cho cán bộ cơ sở",
E("tap_huan", "2017", "2017-05-15"),
[P("Trần Văn Bảy", "Phó Bí thư Tỉnh ủy"),
 P("Nguyễn Thị Kim Hà", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Văn Trọng", "Phó Trưởng Ban Dân vận Tỉnh ủy"), P("Huỳnh Thị Kim Cúc", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Minh Sang", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phạm Quang Vinh", "TS.", "Phó Giám đốc Trường Chính trị tỉnh"),
 P("Đặng Thị Mai", "Chủ tịch Liên đoàn Lao động tỉnh")],
[Q("180 học viên", 180, "học viên"), Q("trên 1 triệu lao động nhập cư", 1000000, "lao động nhập cư", "over"),
 Q("28 khu công nghiệp", 28, "khu công nghiệp"), Q("79 vụ tranh chấp lao động", 79, "vụ tranh chấp lao động"),
 Q("14 cuộc ngừng việc tập thể", 14, "cuộc ngừng việc tập thể"), Q("khoảng 6.300 công nhân", 6300, "công nhân", "approx"),
 Q("ít nhất 2 mô hình", 2, "mô hình", "over"), Q("40 tổ tự quản nhà trọ", 40, "tổ tự quản nhà trọ"), Q("4 chuyên đề", 4, "chuyên đề"),
 Q("2,4 tỷ đồng", 2400000000, "đồng"), Q("1.600 đoàn viên khó khăn", 1600, "đoàn viên khó khăn"),
 Q("1 triệu", 1000000, "đồng"), Q("2 triệu đồng", 2000000, "đồng"), Q("100% học viên", 100, "%"), Q("15 bài", 15, "bài"), Q("khoảng 145 triệu đồng", 145000000, "đồng", "approx"), Q("2 lớp", 2, "lớp")],
[D("Nghị quyết", "25", "NQ/TW", "2013-06-03", "Ban Chấp hành Trung ương", "Nghị quyết số 25-NQ/TW ngày 3/6/2013"),
 D("Chỉ thị", "16", "CT/TU", None, "Tỉnh ủy", "Chỉ thị số 16-CT/TU"),
 D("Quyết định", "290", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 290-QĐ/TW"),
 D("Kế hoạch", "32", "KH/BDVTU", "2017-03-10", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 32-KH/BDVTU ngày 10/3/2017")],
[prov("Bình Dương"), com("An Phú"), com("Bình Hòa")],
["Báo Bình Dương điện tử", "Thời sự > Xây dựng Đảng", "(BDO)", "Các học viên tham dự lớp tập huấn. Ảnh: Q.Chiến",
 "nghe dân nói, nói dân hiểu, làm dân tin"],
["16/05/2017 - 10:05", "3 ngày", "năm 2017", "Năm 2016", "quý III"]))
