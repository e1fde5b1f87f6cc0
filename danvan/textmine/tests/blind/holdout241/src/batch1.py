from lib import *
PAGES = []

PAGES.append(page("b5741-laocai-xaluan-tongket-2011", """
BÁO LÀO CAI - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH LÀO CAI
Trang chủ » Xã luận » Xây dựng Đảng
Thứ Tư, 28/12/2011 - 07:30
Lượt đọc: 1.204
XÃ LUẬN
Dân vận vùng cao: bền bỉ "mưa dầm thấm lâu"
Hội nghị tổng kết công tác dân vận năm 2011 do Ban Dân vận Tỉnh ủy tổ chức ngày 26/12 vừa qua khép lại một năm nhiều dấu ấn của khối dân vận toàn tỉnh. Đồng chí Giàng Seo Vần, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì; dự hội nghị có 58 đồng chí là lãnh đạo ban dân vận các huyện ủy, thành ủy và các đoàn thể.
Toàn cảnh hội nghị tổng kết. Ảnh: Minh Khang
Con số không biết nói dối. Năm 2011, các cấp đã vận động đồng bào Mông, Dao hiến hơn 32.000 m2 đất làm đường liên thôn; đóng góp trên 4,6 tỷ đồng và 21.500 ngày công xây dựng nông thôn mới. Toàn tỉnh có 1.286 hộ được hỗ trợ làm nhà theo Quyết định số 167/2008/QĐ-TTg của Thủ tướng Chính phủ. Tỷ lệ hộ nghèo giảm còn khoảng 32,5%.
Nhưng đằng sau những con số ấy là những người cán bộ bám bản. Ông Thào A Sùng, Bí thư Đảng ủy xã Tả Van Chư, kể lại những đêm ngồi bên bếp lửa thuyết phục từng hộ bỏ tục lệ ma chay tốn kém. Bà Lù Thị Mây, HUV, Trưởng Ban Dân vận Huyện ủy Mường Khương, cho biết 3 năm qua cả huyện không để xảy ra điểm nóng nhờ bám sát 47 người có uy tín trong đồng bào.
Thực hiện Kết luận 32, 33-KL/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận vùng đồng bào dân tộc thiểu số, Ban Dân vận Tỉnh ủy đã tham mưu mở 16 lớp bồi dưỡng cho 1.120 lượt cán bộ thôn, bản. Quy chế công tác dân vận ban hành kèm theo Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị được cụ thể hóa bằng Hướng dẫn số 07-HD/BDVTU ngày 12/4/2011.
Không phải mọi việc đều thuận. Còn 9 vụ việc truyền đạo trái pháp luật ở các xã biên giới; có nơi cán bộ còn "làm thay dân", chưa để dân bàn, dân làm. Phát biểu kết luận, đồng chí Giàng Seo Vần yêu cầu năm 2012 mỗi cán bộ dân vận phải "3 bám, 4 cùng" với dân, mỗi huyện xây dựng ít nhất 2 mô hình "Dân vận khéo".
Dịp này, 14 tập thể và 27 cá nhân được Ban Dân vận Tỉnh ủy tặng giấy khen; các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Vàng A Páo, Nguyễn Thị Thu Hà trao khen thưởng.
Trước đó, đoàn công tác của Ban Dân vận Tỉnh ủy Lào Cai đã khảo sát tại 6 xã biên giới, trong đó có xã Y Tý, để nắm tình hình thực hiện Quy chế dân chủ ở cơ sở. Kết quả khảo sát được đưa vào báo cáo tổng kết.
Công tác dân vận là việc của cả hệ thống chính trị, không của riêng ai. Năm 2012 sẽ là năm thử thách: mưa dầm thấm lâu, nhưng phải thấm đến từng nóc nhà.
BÁO LÀO CAI
Tin liên quan
- Bát Xát: 5 mô hình "Dân vận khéo" được nhân rộng (15/12/2011)
- Sa Pa tổng kết 3 năm thực hiện Quy chế dân chủ ở cơ sở (02/12/2011)
- Gặp mặt 120 người có uy tín tiêu biểu năm 2011 (18/11/2011)
""", "2011-12-28", "Dân vận vùng cao: bền bỉ \"mưa dầm thấm lâu\"",
E("tong_ket", "2011", "2011-12-26"),
[P("Giàng Seo Vần", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thào A Sùng", "Bí thư Đảng ủy xã Tả Van Chư"),
 P("Lù Thị Mây", "HUV", "Trưởng Ban Dân vận Huyện ủy Mường Khương"),
 P("Vàng A Páo", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Thu Hà", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("58 đồng chí", 58, "đồng chí"), Q("hơn 32.000 m2", 32000, "m2", "over"), Q("trên 4,6 tỷ đồng", 4600000000, "đồng", "over"),
 Q("21.500 ngày công", 21500, "ngày công"), Q("1.286 hộ", 1286, "hộ"), Q("khoảng 32,5%", 32.5, "%", "approx"),
 Q("47 người có uy tín", 47, "người có uy tín"), Q("16 lớp bồi dưỡng", 16, "lớp bồi dưỡng"),
 Q("1.120 lượt cán bộ thôn, bản", 1120, "lượt cán bộ thôn, bản"), Q("9 vụ việc truyền đạo trái pháp luật", 9, "vụ việc truyền đạo trái pháp luật"),
 Q("ít nhất 2 mô hình", 2, "mô hình", "over"), Q("14 tập thể", 14, "tập thể"), Q("27 cá nhân", 27, "cá nhân"), Q("6 xã biên giới", 6, "xã biên giới")],
[D("Quyết định", "167", "2008/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 167/2008/QĐ-TTg"),
 D("Kết luận", "32", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 32, 33-KL/TU"),
 D("Kết luận", "33", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 32, 33-KL/TU"),
 D("Quyết định", "290", "QĐ/TW", "2010-02-25", "Bộ Chính trị", "Quyết định số 290-QĐ/TW ngày 25/2/2010"),
 D("Hướng dẫn", "07", "HD/BDVTU", "2011-04-12", None, "Hướng dẫn số 07-HD/BDVTU ngày 12/4/2011")],
[prov("Lào Cai"), com("Tả Van Chư"), com("Y Tý")],
["BÁO LÀO CAI - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH LÀO CAI", "Trang chủ » Xã luận » Xây dựng Đảng",
 "Lượt đọc: 1.204", "XÃ LUẬN", "Toàn cảnh hội nghị tổng kết. Ảnh: Minh Khang", "Dân vận khéo", "BÁO LÀO CAI",
 "Quy chế công tác dân vận", "3 bám, 4 cùng"],
["Thứ Tư, 28/12/2011 - 07:30", "Lượt đọc: 1.204", "58 đồng chí", "năm 2011", "năm 2012", "3 năm", "3 bám, 4 cùng"]))

PAGES.append(page("b5742-nghean-binhluan-soket-2012", """
Báo Nghệ An điện tử
Bạn đang ở: Trang chủ > Chính trị > Bình luận
Cập nhật: 16:05, 14/07/2012 (GMT+7)
Đừng để "dân vận" chỉ nằm trên giấy
(Baonghean) - Sáng 13/7, tại hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2012, không ít ý kiến thẳng thắn chỉ ra rằng ở một số cơ sở, dân vận vẫn là "việc của Ban Dân vận", chưa thành việc của cả hệ thống chính trị. Hội nghị do đồng chí Lê Thị Hồng Vân, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Đồng chí Lê Thị Hồng Vân phát biểu tại hội nghị.
Báo cáo sơ kết cho thấy, 6 tháng qua Ban Thường vụ Tỉnh ủy đã ban hành Chỉ thị số 11-CT/TU ngày 20/2/2012 về tăng cường công tác dân vận chính quyền; Ban Dân vận Tỉnh ủy ban hành kế hoạch số 52-KH/BDVTU và Hướng dẫn số 09-HD/BDVTU về xây dựng mô hình "Dân vận khéo". Toàn tỉnh đã có 346 mô hình được đăng ký, trong đó 41 mô hình cấp tỉnh.
Tại 21 huyện, thành, thị, các cấp đã tổ chức 215 cuộc đối thoại với nhân dân, tiếp nhận 1.037 ý kiến góp ý; giải quyết xong 864 kiến nghị, đạt 83,3%. Nhân dân đóng góp gần 96 tỷ đồng, hiến trên 18 ha đất xây dựng nông thôn mới.
Điều đáng bàn là những con số ấy chưa đều. Đồng chí Vi Văn Cường, HUV, Trưởng Ban Dân vận Huyện ủy Tương Dương, thừa nhận có xã "họp nhiều, làm ít". Ông Lô Văn Thanh, Chủ tịch UBND xã Yên Na, cho rằng cán bộ xã phải "ăn cùng, ở cùng, làm cùng" thì dân mới tin. Đại diện Hội Nông dân tỉnh đề nghị giải quyết dứt điểm 17 vụ tranh chấp đất đai kéo dài ở vùng dự án thủy điện.
Phát biểu kết luận, đồng chí Lê Thị Hồng Vân nhấn mạnh: cùng với Nghị quyết Trung ương 4 (khóa XI), phải làm tốt Kết luận số 62-KL/TW của Bộ Chính trị về đổi mới hoạt động của Mặt trận và các đoàn thể; 6 tháng cuối năm, mỗi cấp ủy phải chọn ít nhất 1 việc khó để "dân vận" đến nơi đến chốn.
Dân vận không thể chỉ nằm trên báo cáo. Dân vận là khi người dân xã Yên Na tự nguyện dỡ hàng rào mở đường, là khi 2.300 hộ ở vùng tái định cư Bản Vẽ được bàn bạc công khai từng khoản hỗ trợ. Cái khó là bắt đầu; cái quý là bền bỉ.
Cũng tại hội nghị, bà Nguyễn Thị Minh Nguyệt, Phó Chủ tịch Ủy ban MTTQ tỉnh, thông tin Mặt trận các cấp đã vận động Quỹ "Vì người nghèo" được 12,4 tỷ đồng, hỗ trợ xây mới 412 căn nhà Đại đoàn kết. Ông Quang Văn Tiến, Phó Trưởng Ban Dân vận Tỉnh ủy, quán triệt Quy chế phối hợp số 03-QC/BDVTU-MTTQ giữa Ban Dân vận Tỉnh ủy và Ủy ban MTTQ tỉnh, đề nghị các huyện ủy sơ kết việc thực hiện trước ngày 30/9/2012.
Hồ Lài
Tin khác
- Tương Dương: 100% xã có tổ dân vận (10/07/2012)
- Hội nghị giao ban khối dân vận quý II (02/07/2012)
- Tập huấn nghiệp vụ cho cán bộ dân vận cơ sở (25/06/2012)
""", "2012-07-14", "Đừng để \"dân vận\" chỉ nằm trên giấy",
E("so_ket", "2012-H1", "2012-07-13"),
[P("Lê Thị Hồng Vân", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vi Văn Cường", "HUV", "Trưởng Ban Dân vận Huyện ủy Tương Dương"),
 P("Lô Văn Thanh", "Chủ tịch UBND xã Yên Na"),
 P("Nguyễn Thị Minh Nguyệt", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Quang Văn Tiến", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("346 mô hình", 346, "mô hình"), Q("41 mô hình cấp tỉnh", 41, "mô hình cấp tỉnh"), Q("21 huyện, thành, thị", 21, "huyện, thành, thị"),
 Q("215 cuộc đối thoại", 215, "cuộc đối thoại"), Q("1.037 ý kiến góp ý", 1037, "ý kiến"), Q("864 kiến nghị", 864, "kiến nghị"),
 Q("83,3%", 83.3, "%"), Q("gần 96 tỷ đồng", 96000000000, "đồng", "approx"), Q("trên 18 ha", 18, "ha", "over"),
 Q("17 vụ tranh chấp đất đai kéo dài", 17, "vụ tranh chấp đất đai kéo dài"), Q("ít nhất 1 việc khó", 1, "việc khó", "over"),
 Q("2.300 hộ", 2300, "hộ"), Q("12,4 tỷ đồng", 12400000000, "đồng"),
 Q("412 căn nhà Đại đoàn kết", 412, "căn nhà Đại đoàn kết")],
[D("Chỉ thị", "11", "CT/TU", "2012-02-20", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 11-CT/TU ngày 20/2/2012"),
 D("Kế hoạch", "52", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "kế hoạch số 52-KH/BDVTU"),
 D("Hướng dẫn", "09", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 09-HD/BDVTU"),
 D("Kết luận", "62", "KL/TW", None, "Bộ Chính trị", "Kết luận số 62-KL/TW của Bộ Chính trị"),
 D("Quy chế phối hợp", "03", "QC/BDVTU-MTTQ", None, None, "Quy chế phối hợp số 03-QC/BDVTU-MTTQ")],
[prov("Nghệ An"), com("Yên Na")],
["Báo Nghệ An điện tử", "Bạn đang ở: Trang chủ > Chính trị > Bình luận", "(Baonghean)", "Đồng chí Lê Thị Hồng Vân phát biểu tại hội nghị.",
 "Dân vận khéo", "Hội Nông dân tỉnh", "ăn cùng, ở cùng, làm cùng", "Nghị quyết Trung ương 4 (khóa XI)", "Vì người nghèo"],
["Cập nhật: 16:05, 14/07/2012 (GMT+7)", "6 tháng đầu năm 2012", "6 tháng cuối năm", "Nghị quyết Trung ương 4", "khóa XI"]))

PAGES.append(page("b5743-gialai-gocnhin-doithoai-2013", """
BÁO GIA LAI ĐIỆN TỬ
Chính trị › Góc nhìn
08:15 | 20/09/2013
Đối thoại để hiểu dân, không phải để "chữa cháy"
Chiều 18/9, tại hội trường UBND xã Ia Dơk, đồng chí Rơ Châm Long, Tỉnh ủy viên, Bí thư Huyện ủy Đức Cơ đã có buổi đối thoại trực tiếp với nhân dân năm 2013. Hơn 230 người dân các làng Ia Dơk, Ia Krêl và cán bộ cơ sở đã dự.
Quang cảnh buổi đối thoại. Ảnh: Hồng Thi
Đây là lần thứ 3 Huyện ủy Đức Cơ tổ chức đối thoại theo Quy định số 11-QĐ/HU ngày 5/3/2012 của Ban Thường vụ Huyện ủy về việc người đứng đầu cấp ủy tiếp dân, đối thoại với dân. Buổi đối thoại đã ghi nhận 36 ý kiến, kiến nghị, tập trung vào giá cà phê, hồ tiêu, việc cấp giấy chứng nhận quyền sử dụng đất và đường vào khu sản xuất.
Bà Siu H'Phin, người có uy tín làng Ia Krêl, phản ánh 14 hộ đồng bào Jrai chưa được cấp đất sản xuất theo Quyết định số 755/QĐ-TTg ngày 20/5/2013 của Thủ tướng Chính phủ. Ông Ksor Dớt, Trưởng thôn làng Ia Dơk, đề nghị sửa cây cầu tràn bị lũ cuốn trôi. Trả lời, ông Nguyễn Hữu Lộc, Phó Chủ tịch UBND huyện Đức Cơ, cho biết huyện đã bố trí 1,8 tỷ đồng để làm lại cầu, dự kiến xong trước mùa mưa năm sau.
Các đồng chí Phó Chủ tịch UBND huyện Đức Cơ: Nguyễn Hữu Lộc, Rah Lan Hiếu lần lượt trả lời từng nhóm ý kiến. Đồng chí Rơ Châm Long cũng giao Ban Dân vận Huyện ủy theo dõi, đôn đốc việc giải quyết, báo cáo kết quả trước ngày 30/11.
Theo ông Đinh Văn Blơng, HUV, Trưởng Ban Dân vận Huyện ủy Đức Cơ, qua 3 lần đối thoại, huyện đã giải quyết xong 91/104 kiến nghị của dân, đạt 87,5%. Việc triển khai Chỉ thị số 07-CT/TU ngày 15/1/2013 của Ban Thường vụ Tỉnh ủy về "Tăng cường công tác vận động quần chúng vùng đồng bào dân tộc thiểu số" gắn với đối thoại đã giúp khoảng 85% thôn, làng không còn đơn thư vượt cấp.
Góc nhìn
Đối thoại không phải là "chữa cháy" khi sự việc đã nóng. Đối thoại cũng không phải buổi để lãnh đạo đọc báo cáo dài. Ở Đức Cơ, huyện biên giới phía tây tỉnh Gia Lai, cái được lớn nhất là người dân dám nói, và người đứng đầu dám nhận trách nhiệm. Khi 1 cây cầu tràn được hứa làm lại có hạn định, khi 14 hộ có tên trong danh sách cấp đất, niềm tin được bồi đắp bằng việc làm cụ thể.
Tuy vậy, nếu chỉ đối thoại mỗi năm một lần, những bức xúc nhỏ sẽ tích tụ. Cần để tổ dân vận thôn, già làng, người có uy tín trở thành "cầu nối" thường xuyên, để mỗi buổi đối thoại là dịp tổng kết chứ không phải dịp "xả" bức xúc.
Trong năm 2013, Mặt trận và các đoàn thể huyện cũng đã vận động 2.150 hộ tham gia phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư" và xây 26 căn nhà Đại đoàn kết, tổng trị giá gần 1,3 tỷ đồng.
Phạm Ly
Tin liên quan
- Chư Prông: đối thoại với nông dân về giá hồ tiêu (10/09/2013)
- Gặp mặt người có uy tín tiêu biểu năm 2013 (28/08/2013)
- Ia Grai: 20 mô hình "Dân vận khéo" (15/08/2013)
""", "2013-09-20", "Đối thoại để hiểu dân, không phải để \"chữa cháy\"",
E("doi_thoai", "2013", "2013-09-18"),
[P("Rơ Châm Long", "Tỉnh ủy viên", "Bí thư Huyện ủy Đức Cơ"),
 P("Siu H'Phin", "người có uy tín làng Ia Krêl"),
 P("Ksor Dớt", "Trưởng thôn làng Ia Dơk"),
 P("Nguyễn Hữu Lộc", "Phó Chủ tịch UBND huyện Đức Cơ"),
 P("Rah Lan Hiếu", "Phó Chủ tịch UBND huyện Đức Cơ"),
 P("Đinh Văn Blơng", "HUV", "Trưởng Ban Dân vận Huyện ủy Đức Cơ")],
[Q("Hơn 230 người dân", 230, "người dân", "over"), Q("36 ý kiến, kiến nghị", 36, "ý kiến, kiến nghị"),
 Q("14 hộ đồng bào Jrai", 14, "hộ đồng bào Jrai"), Q("1,8 tỷ đồng", 1800000000, "đồng"), Q("91/104 kiến nghị", 91, "kiến nghị"),
 Q("87,5%", 87.5, "%"), Q("khoảng 85%", 85, "%", "approx"), Q("2.150 hộ", 2150, "hộ"),
 Q("26 căn nhà Đại đoàn kết", 26, "căn nhà Đại đoàn kết"), Q("gần 1,3 tỷ đồng", 1300000000, "đồng", "approx")],
[D("Quy định", "11", "QĐ/HU", "2012-03-05", "Ban Thường vụ Huyện ủy", "Quy định số 11-QĐ/HU ngày 5/3/2012"),
 D("Quyết định", "755", "QĐ-TTg", "2013-05-20", "Thủ tướng Chính phủ", "Quyết định số 755/QĐ-TTg ngày 20/5/2013"),
 D("Chỉ thị", "07", "CT/TU", "2013-01-15", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 07-CT/TU ngày 15/1/2013")],
[prov("Gia Lai"), com("Ia Dơk")],
["BÁO GIA LAI ĐIỆN TỬ", "Chính trị › Góc nhìn", "Quang cảnh buổi đối thoại. Ảnh: Hồng Thi", "Góc nhìn",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư"],
["08:15 | 20/09/2013", "năm 2013", "lần thứ 3", "3 lần", "1 cây cầu tràn", "mỗi năm một lần"]))

PAGES.append(page("b5744-cantho-binhluan-giaoban-2014", """
Báo Cần Thơ Online
Trang chủ >> Chính trị >> Dân vận
17/10/2014 - 10:05
Ảnh: Quang cảnh hội nghị giao ban.
Giao ban khối dân vận: nói ít, làm nhiều
Ngày 16/10, Ban Dân vận Thành ủy Cần Thơ tổ chức giao ban khối dân vận quý III năm 2014, đánh giá kết quả 9 tháng và bàn giải pháp cho quý IV. Đồng chí Trần Thị Ngọc Hạnh, Thành ủy viên, Trưởng Ban Dân vận Thành ủy chủ trì; cùng dự có các đồng chí Phó Trưởng Ban Dân vận Thành ủy: Lý Thị Sa Ry, Phạm Văn Tươi.
Báo cáo tại giao ban cho thấy, quý III, khối dân vận thành phố đã tham mưu Ban Thường vụ Thành ủy ban hành Kế hoạch 78, 79-KH/TU về thực hiện Nghị quyết số 25-NQ/TW ngày 3/6/2013 của BCH Trung ương về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới. Các quận, huyện đã tổ chức 86 hội nghị quán triệt cho trên 12.000 lượt cán bộ, đảng viên.
Trong quý, Mặt trận và các đoàn thể đã vận động xây dựng 64 căn nhà Đại đoàn kết, sửa chữa 18 căn; trao 1.250 suất học bổng cho học sinh nghèo, tổng trị giá khoảng 1,9 tỷ đồng. Hội Liên hiệp Phụ nữ thành phố giải ngân 23,6 tỷ đồng vốn vay ủy thác cho 1.480 hộ.
Phát biểu tại giao ban, ông Danh Sơn, Trưởng Ban Dân vận Quận ủy Ô Môn, nêu thực tế: vẫn còn 5 vụ khiếu nại đông người liên quan bồi thường dự án khu công nghiệp. Bà Thạch Thị Kim Phượng, Chủ tịch Hội Liên hiệp Phụ nữ phường Thới An, đề xuất có thêm kinh phí cho tổ hòa giải.
Bình luận
"Nói ít, làm nhiều" - câu nói của đồng chí Trần Thị Ngọc Hạnh khi kết luận giao ban - đáng để suy ngẫm. Giao ban khối dân vận dễ thành nơi đọc báo cáo, liệt kê số liệu. Điều người dân cần không phải 86 hội nghị, mà là 5 vụ khiếu nại kia được giải quyết thấu tình đạt lý, là mỗi tổ hòa giải có kinh phí hoạt động.
Thực hiện Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị về giám sát, phản biện xã hội và góp ý xây dựng Đảng, Ủy ban MTTQ thành phố đã chủ trì 7 cuộc giám sát trong quý. Cần Thơ cũng đặt chỉ tiêu đến cuối năm 2014 có 100% xã, phường, thị trấn xây dựng được mô hình "Dân vận khéo", ít nhất 90% đơn thư được giải quyết ngay tại cơ sở.
Dân vận khéo trước hết là "dân vận" trong chính đội ngũ cán bộ: họp ngắn hơn, xuống cơ sở nhiều hơn. Khi người cán bộ dân vận biết mặt từng tổ trưởng tổ hòa giải, biết tên từng hộ khó khăn, thì những con số trong báo cáo mới có hồn.
Thanh Huyền
Lượt xem: 2.318
Các tin khác
- Thốt Nốt: đối thoại với nông dân về chuyển đổi cây trồng (09/10/2014)
- Phong Điền tổng kết 10 năm Quy chế dân chủ (30/09/2014)
- Ninh Kiều: 12 mô hình dân vận khéo được biểu dương (15/09/2014)
""", "2014-10-17", "Giao ban khối dân vận: nói ít, làm nhiều",
E("giao_ban", "2014-Q3", "2014-10-16"),
[P("Trần Thị Ngọc Hạnh", "Thành ủy viên", "Trưởng Ban Dân vận Thành ủy"),
 P("Lý Thị Sa Ry", "Phó Trưởng Ban Dân vận Thành ủy"),
 P("Phạm Văn Tươi", "Phó Trưởng Ban Dân vận Thành ủy"),
 P("Danh Sơn", "Trưởng Ban Dân vận Quận ủy Ô Môn"),
 P("Thạch Thị Kim Phượng", "Chủ tịch Hội Liên hiệp Phụ nữ phường Thới An")],
[Q("86 hội nghị", 86, "hội nghị"), Q("trên 12.000 lượt cán bộ, đảng viên", 12000, "lượt cán bộ, đảng viên", "over"),
 Q("64 căn nhà Đại đoàn kết", 64, "căn nhà Đại đoàn kết"), Q("18 căn", 18, "căn"), Q("1.250 suất học bổng", 1250, "suất học bổng"),
 Q("khoảng 1,9 tỷ đồng", 1900000000, "đồng", "approx"), Q("23,6 tỷ đồng", 23600000000, "đồng"), Q("1.480 hộ", 1480, "hộ"),
 Q("5 vụ khiếu nại đông người", 5, "vụ khiếu nại đông người"), Q("100% xã, phường, thị trấn", 100, "%"),
 Q("ít nhất 90%", 90, "%", "over"), Q("7 cuộc giám sát", 7, "cuộc giám sát")],
[D("Kế hoạch", "78", "KH/TU", None, "Ban Thường vụ Thành ủy", "Kế hoạch 78, 79-KH/TU"),
 D("Kế hoạch", "79", "KH/TU", None, "Ban Thường vụ Thành ủy", "Kế hoạch 78, 79-KH/TU"),
 D("Nghị quyết", "25", "NQ/TW", "2013-06-03", "BCH Trung ương", "Nghị quyết số 25-NQ/TW ngày 3/6/2013"),
 D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 218-QĐ/TW ngày 12/12/2013")],
[prov("Cần Thơ"), com("Thới An")],
["Báo Cần Thơ Online", "Trang chủ >> Chính trị >> Dân vận", "Ảnh: Quang cảnh hội nghị giao ban.", "Bình luận", "Dân vận khéo",
 "Lượt xem: 2.318", "Nói ít, làm nhiều"],
["17/10/2014 - 10:05", "quý III năm 2014", "9 tháng", "quý IV", "Lượt xem: 2.318", "năm 2014"]))

PAGES.append(page("b5745-thainguyen-xaluan-daihoi-2014", """
THÁI NGUYÊN ĐIỆN TỬ | Cơ quan của Đảng bộ, Chính quyền, Nhân dân tỉnh Thái Nguyên
Tin tức / Chính trị / Xã luận
Ngày đăng 09/10/2014 | 06:20
Đại đoàn kết - cội nguồn sức mạnh
Hôm nay, ngày 9/10/2014, Đại hội đại biểu Mặt trận Tổ quốc Việt Nam tỉnh Thái Nguyên lần thứ XIII, nhiệm kỳ 2014 - 2019 khai mạc trọng thể tại thành phố Thái Nguyên. Về dự có 300 đại biểu chính thức, đại diện cho hơn 1,2 triệu người dân các dân tộc trong tỉnh.
Lễ đón đoàn đại biểu về dự Đại hội.
Nhìn lại nhiệm kỳ 2009 - 2014, Mặt trận các cấp đã cụ thể hóa Chương trình hành động số 09-CTr/TU của Tỉnh ủy thực hiện Nghị quyết Trung ương 7 (khóa X) về tăng cường khối đại đoàn kết toàn dân tộc. Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" đã huy động nhân dân đóng góp trên 450 tỷ đồng, hiến hơn 85 ha đất; Quỹ "Vì người nghèo" các cấp tiếp nhận 87,3 tỷ đồng, giúp xây mới và sửa chữa 3.760 căn nhà Đại đoàn kết. Tỷ lệ hộ nghèo giảm từ 17,8% xuống còn khoảng 8,7%.
Theo báo cáo của Ủy ban MTTQ tỉnh khóa XII, Mặt trận các cấp đã chủ trì 426 cuộc giám sát, tổ chức 1.154 hội nghị góp ý xây dựng Đảng, xây dựng chính quyền theo Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW của Bộ Chính trị. Trên 98% khu dân cư đã có Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng.
Đồng chí Hoàng Văn Thắm, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh khóa XII trình bày báo cáo chính trị. Các đồng chí Ma Thị Nguyệt, La Văn Đức - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh điều hành phần thảo luận. Tham luận của ông Dương Văn Khoát, Trưởng ban công tác Mặt trận xóm Làng Vũ, xã Phú Đình, kể chuyện cả xóm 72 hộ tự góp tiền, góp công làm 1,5 km đường bê tông.
Xã luận
Đại hội Mặt trận các cấp là "ngày hội đoàn kết". Nhưng đoàn kết không tự nhiên mà có. Đó là kết quả của những cuộc vận động bền bỉ, của những cán bộ Mặt trận ở 2.300 khu dân cư ngày ngày gõ cửa từng nhà. Nhiệm kỳ mới, như tinh thần Kết luận số 62-KL/TW ngày 8/12/2009 của Bộ Chính trị, Mặt trận phải thực sự là "cầu nối" giữa Đảng với dân, phản biện thẳng thắn những chủ trương liên quan trực tiếp đến quyền lợi người dân.
Đại hội đã hiệp thương cử 85 vị vào Ủy ban MTTQ Việt Nam tỉnh khóa XIII. Tại phiên họp thứ nhất, đồng chí Hoàng Văn Thắm được hiệp thương cử giữ chức Chủ tịch Ủy ban MTTQ Việt Nam tỉnh khóa XIII.
Cùng với niềm tin của hơn 1,2 triệu người dân, Đại hội sẽ thành công tốt đẹp. Báo Thái Nguyên xin chúc mừng Đại hội!
BÁO THÁI NGUYÊN
Tin liên quan
- Đồng Hỷ: Đại hội MTTQ huyện lần thứ XX (15/09/2014)
- Hướng tới Đại hội MTTQ tỉnh: 5 năm xây nhà Đại đoàn kết (01/10/2014)
- Phú Lương tổng kết phong trào "Toàn dân đoàn kết" (20/09/2014)
""", "2014-10-09", "Đại đoàn kết - cội nguồn sức mạnh",
E("dai_hoi", None, "2014-10-09"),
[P("Hoàng Văn Thắm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh khóa XII",
   "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh khóa XIII"),
 P("Ma Thị Nguyệt", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("La Văn Đức", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Dương Văn Khoát", "Trưởng ban công tác Mặt trận xóm Làng Vũ")],
[Q("300 đại biểu chính thức", 300, "đại biểu chính thức"), Q("hơn 1,2 triệu người dân", 1200000, "người dân", "over"),
 Q("trên 450 tỷ đồng", 450000000000, "đồng", "over"), Q("hơn 85 ha", 85, "ha", "over"), Q("87,3 tỷ đồng", 87300000000, "đồng"),
 Q("3.760 căn nhà Đại đoàn kết", 3760, "căn nhà Đại đoàn kết"), Q("17,8%", 17.8, "%"), Q("khoảng 8,7%", 8.7, "%", "approx"),
 Q("426 cuộc giám sát", 426, "cuộc giám sát"), Q("1.154 hội nghị góp ý", 1154, "hội nghị góp ý"), Q("Trên 98%", 98, "%", "over"),
 Q("72 hộ", 72, "hộ"), Q("1,5 km", 1.5, "km"), Q("2.300 khu dân cư", 2300, "khu dân cư"), Q("85 vị", 85, "vị")],
[D("Chương trình hành động", "09", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 09-CTr/TU của Tỉnh ủy"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 218-QĐ/TW của Bộ Chính trị"),
 D("Kết luận", "62", "KL/TW", "2009-12-08", "Bộ Chính trị", "Kết luận số 62-KL/TW ngày 8/12/2009 của Bộ Chính trị")],
[prov("Thái Nguyên"), com("Phú Đình")],
["THÁI NGUYÊN ĐIỆN TỬ | Cơ quan của Đảng bộ, Chính quyền, Nhân dân tỉnh Thái Nguyên", "Tin tức / Chính trị / Xã luận",
 "Lễ đón đoàn đại biểu về dự Đại hội.", "Xã luận", "BÁO THÁI NGUYÊN", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
 "Vì người nghèo", "Nghị quyết Trung ương 7 (khóa X)", "Báo Thái Nguyên"],
["Ngày đăng 09/10/2014 | 06:20", "lần thứ XIII", "nhiệm kỳ 2014 - 2019", "nhiệm kỳ 2009 - 2014", "khóa XII", "khóa XIII",
 "Nghị quyết Trung ương 7", "phiên họp thứ nhất"]))

PAGES.append(page("b5746-quangtri-binhluan-giamsat-2016", """
Báo Quảng Trị - baoquangtri.vn
Thời sự :: Chính trị :: Bình luận
Thứ Năm, 24/11/2016 - 08:40
Giám sát phải "đến nơi đến chốn"
Từ ngày 14 đến 18/11, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh do ông Lê Đức Vượng, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách hỗ trợ nhà ở cho hộ nghèo tại huyện Hướng Hóa và Đakrông theo Kế hoạch giám sát năm 2016.
Đoàn giám sát làm việc tại xã Hướng Phùng. Ảnh: Hoàng Lan
Theo báo cáo của UBND huyện Hướng Hóa, thực hiện Quyết định số 33/2015/QĐ-TTg ngày 10/8/2015 của Thủ tướng Chính phủ về chính sách hỗ trợ nhà ở đối với hộ nghèo, huyện có 412 hộ nghèo thuộc diện hỗ trợ, trong đó 238 hộ đồng bào Vân Kiều, Pa Kô. Đến nay mới có 176 hộ hoàn thành nhà, đạt 42,7%; mỗi hộ được vay tối đa 25 triệu đồng với lãi suất 3%/năm.
Tại xã Hướng Phùng, ông Hồ Văn Pai, Chủ tịch Ủy ban MTTQ xã, cho biết nhiều hộ không dám vay vì sợ không trả được nợ. Bà Hồ Thị Nhiên, người có uy tín thôn Cheng, xã Hướng Phùng, kiến nghị cho người dân được góp công thay một phần vốn đối ứng. Ở Đakrông, ông Hồ Văn Lâm, Bí thư Chi bộ thôn A Vương, xã Tà Long, phản ánh vật liệu phải vận chuyển xa, chi phí tăng khoảng 30%.
Đoàn giám sát ghi nhận 19 kiến nghị, đề nghị UBND tỉnh chỉ đạo rà soát lại danh sách, lồng ghép nguồn vốn Chương trình 135 và Quỹ "Vì người nghèo". Các thành viên đoàn gồm các đồng chí Nguyễn Thị Hoa, Trần Văn Minh - Ủy viên Thường trực Ủy ban MTTQ Việt Nam tỉnh và đại diện Ban Dân vận Tỉnh ủy.
Bình luận
Giám sát theo Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị đã thành việc thường xuyên của Mặt trận. Nhưng giám sát mà không theo đến cùng thì kiến nghị dễ "rơi vào im lặng". Năm 2015, Mặt trận tỉnh gửi 27 kiến nghị sau giám sát, mới có 15 kiến nghị được trả lời bằng văn bản.
Giám sát "đến nơi đến chốn" nghĩa là quay lại kiểm tra: 412 hộ nghèo ấy đã có nhà chưa, 19 kiến nghị ấy đã được giải quyết chưa. Hướng dẫn số 12-HD/MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam đã nêu rõ việc theo dõi, đôn đốc sau giám sát. Làm được như vậy, giám sát mới thực sự là công cụ của dân.
Đồng chí Lê Đức Vượng cho biết, kết quả giám sát sẽ được báo cáo Thường trực Tỉnh ủy trước ngày 15/12/2016, đồng thời Ủy ban MTTQ tỉnh sẽ tái giám sát vào quý II năm 2017.
Hoàng Anh
Lượt xem: 659
Tin khác
- Cam Lộ: giám sát việc thực hiện Quy chế dân chủ ở cơ sở (10/11/2016)
- Gio Linh trao 30 nhà Đại đoàn kết (02/11/2016)
- Vĩnh Linh: đối thoại với người dân vùng biển (25/10/2016)
""", "2016-11-24", "Giám sát phải \"đến nơi đến chốn\"",
E("giam_sat", "2016", "2016-11-14"),
[P("Lê Đức Vượng", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hồ Văn Pai", "Chủ tịch Ủy ban MTTQ xã"),
 P("Hồ Thị Nhiên", "người có uy tín thôn Cheng"),
 P("Hồ Văn Lâm", "Bí thư Chi bộ thôn A Vương"),
 P("Nguyễn Thị Hoa", "Ủy viên Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Văn Minh", "Ủy viên Thường trực Ủy ban MTTQ Việt Nam tỉnh")],
[Q("412 hộ nghèo", 412, "hộ nghèo"), Q("238 hộ đồng bào Vân Kiều, Pa Kô", 238, "hộ đồng bào Vân Kiều, Pa Kô"), Q("176 hộ", 176, "hộ"),
 Q("42,7%", 42.7, "%"), Q("tối đa 25 triệu đồng", 25000000, "đồng"), Q("3%/năm", 3, "%"), Q("khoảng 30%", 30, "%", "approx"),
 Q("19 kiến nghị", 19, "kiến nghị"), Q("27 kiến nghị", 27, "kiến nghị"), Q("15 kiến nghị", 15, "kiến nghị")],
[D("Quyết định", "33", "2015/QĐ-TTg", "2015-08-10", "Thủ tướng Chính phủ", "Quyết định số 33/2015/QĐ-TTg ngày 10/8/2015"),
 D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW ngày 12/12/2013"),
 D("Hướng dẫn", "12", "HD/MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 12-HD/MTTW-BTT")],
[prov("Quảng Trị"), com("Hướng Phùng"), com("Tà Long")],
["Báo Quảng Trị - baoquangtri.vn", "Thời sự :: Chính trị :: Bình luận", "Đoàn giám sát làm việc tại xã Hướng Phùng. Ảnh: Hoàng Lan",
 "Bình luận", "Vì người nghèo", "Chương trình 135", "Lượt xem: 659", "đến nơi đến chốn"],
["Thứ Năm, 24/11/2016 - 08:40", "năm 2016", "Chương trình 135", "Năm 2015", "quý II năm 2017", "Lượt xem: 659"]))
