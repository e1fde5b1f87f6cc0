from lib import *
PAGES = []

PAGES.append(page("b2525-laocai-mttq-ngayhoi-2011", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LÀO CAI
Trang chủ > Hoạt động Mặt trận > Ngày hội Đại đoàn kết
Thứ Tư, 16/11/2011 - 09:20
Ảnh: Các đại biểu dự Ngày hội tại thôn Tả Chải.
Rộn ràng Ngày hội Đại đoàn kết toàn dân tộc ở thôn Tả Chải
Ngày 14/11/2011, tại thôn Tả Chải, xã Bản Lầu, huyện Mường Khương, Ban công tác Mặt trận thôn tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2011, chào mừng kỷ niệm 81 năm Ngày thành lập Mặt trận Dân tộc thống nhất Việt Nam (18/11/1930 - 18/11/2011). Đến dự có đồng chí Vàng Seo Thào, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Hoàng Văn Sinh, Phó Bí thư Thường trực Huyện ủy Mường Khương cùng đông đảo bà con trong thôn.
Thôn Tả Chải có 126 hộ với 612 nhân khẩu, gồm đồng bào các dân tộc Nùng, Mông, Dao và Kinh cùng sinh sống. Năm 2011, thôn có thêm 18 hộ thoát nghèo, tỷ lệ hộ nghèo giảm còn 21,4%; 97 hộ đạt danh hiệu "Gia đình văn hóa". Hưởng ứng cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", nhân dân tự nguyện hiến 1.200 m2 đất, đóng góp 350 ngày công và gần 46 triệu đồng để bê tông hóa 1,8 km đường liên thôn.
Ông Lù Văn Páo, Bí thư Chi bộ kiêm Trưởng thôn Tả Chải, cho biết cái khó nhất là thay đổi nếp nghĩ của bà con về việc cưới xin, ma chay. Nhờ các già làng, trưởng dòng họ đi trước làm gương, đến nay thôn không còn tình trạng tảo hôn, 100% hộ ký cam kết thực hiện phong trào "5 không, 3 sạch".
Phát biểu tại Ngày hội, đồng chí Vàng Seo Thào biểu dương những kết quả thôn Tả Chải đạt được, đề nghị Ban công tác Mặt trận thôn tiếp tục phát huy vai trò người có uy tín, vận động bà con không nghe kẻ xấu xúi giục, không di cư tự do, giữ gìn an ninh vùng biên giới.
Dịp này, Ủy ban MTTQ huyện Mường Khương trao 2 căn nhà Đại đoàn kết, mỗi căn trị giá 30 triệu đồng, cho hộ ông Thào A Dình và bà Lò Thị Mai; Ủy ban MTTQ tỉnh tặng 15 suất quà cho các hộ nghèo, mỗi suất 300.000 đồng. Ông Thào A Dình xúc động: "Cả đời tôi mới có cái nhà vững chãi thế này, cảm ơn Mặt trận, cảm ơn bà con".
Ngày hội diễn ra trong không khí vui tươi với các trò chơi dân gian như đẩy gậy, kéo co, ném pao và phần giao lưu của 6 đội văn nghệ đến từ các dòng họ trong thôn.
Theo Ủy ban MTTQ tỉnh Lào Cai, năm nay toàn tỉnh có 1.640 khu dân cư tổ chức Ngày hội, đạt 98,6%; qua Ngày hội đã bình xét 312 khu dân cư tiên tiến và vận động ủng hộ Quỹ Vì người nghèo trên 1,2 tỷ đồng.
Tiến Dũng
Lượt xem: 1.024
Tin liên quan
- Bảo Thắng: 100% khu dân cư tổ chức Ngày hội Đại đoàn kết (10/11/2011)
- Bát Xát trao 40 nhà Đại đoàn kết cho hộ nghèo (28/10/2011)
- Ủy ban MTTQ tỉnh gặp mặt người có uy tín vùng biên (12/10/2011)
- Hội nghị Ủy ban MTTQ tỉnh lần thứ 4, khóa XIII (20/9/2011)
""", "2011-11-16", "Rộn ràng Ngày hội Đại đoàn kết toàn dân tộc ở thôn Tả Chải",
E("khac", None, "2011-11-14"),
[P("Vàng Seo Thào", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hoàng Văn Sinh", "Phó Bí thư Thường trực Huyện ủy Mường Khương"),
 P("Lù Văn Páo", "Bí thư Chi bộ kiêm Trưởng thôn Tả Chải"),
 P("Thào A Dình"), P("Lò Thị Mai")],
[Q("126 hộ", 126, "hộ"), Q("612 nhân khẩu", 612, "nhân khẩu"), Q("18 hộ thoát nghèo", 18, "hộ"),
 Q("21,4%", 21.4, "%"), Q("97 hộ", 97, "hộ"), Q("1.200 m2", 1200, "m2"), Q("350 ngày công", 350, "ngày công"),
 Q("gần 46 triệu đồng", 46000000, "đồng", "approx"), Q("1,8 km", 1.8, "km"), Q("100%", 100, "%"),
 Q("2 căn nhà Đại đoàn kết", 2, "căn nhà Đại đoàn kết"), Q("30 triệu đồng", 30000000, "đồng"),
 Q("15 suất quà", 15, "suất quà"), Q("300.000 đồng", 300000, "đồng"), Q("6 đội văn nghệ", 6, "đội văn nghệ"),
 Q("1.640 khu dân cư", 1640, "khu dân cư"), Q("98,6%", 98.6, "%"), Q("312 khu dân cư tiên tiến", 312, "khu dân cư tiên tiến"),
 Q("trên 1,2 tỷ đồng", 1200000000, "đồng", "over")],
[],
[prov("Lào Cai"), com("Bản Lầu")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LÀO CAI", "Trang chủ > Hoạt động Mặt trận > Ngày hội Đại đoàn kết",
 "Ảnh: Các đại biểu dự Ngày hội tại thôn Tả Chải.", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư",
 "Gia đình văn hóa", "5 không, 3 sạch", "Lượt xem: 1.024", "Ngày hội Đại đoàn kết toàn dân tộc", "Quỹ Vì người nghèo"],
["Thứ Tư, 16/11/2011 - 09:20", "81 năm", "18/11/1930 - 18/11/2011", "5 không, 3 sạch", "Năm 2011", "Lượt xem: 1.024"]))

PAGES.append(page("b2526-nghean-mttq-tongket-quyvnn-2012", """
Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Nghệ An
Trang chủ » Tin tức » Vì người nghèo
Cập nhật: 15:30, 20/12/2012 (GMT+7)
Toàn cảnh hội nghị.
Năm 2012, Nghệ An hỗ trợ xây mới và sửa chữa 1.356 nhà Đại đoàn kết
Ngày 18/12, Ban Vận động Quỹ Vì người nghèo tỉnh tổ chức hội nghị tổng kết công tác vận động, quản lý và sử dụng Quỹ Vì người nghèo năm 2012. Đồng chí Lô Văn Bình, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh, Trưởng Ban Vận động Quỹ Vì người nghèo tỉnh chủ trì; dự có các đồng chí Phó Chủ tịch Ủy ban MTTQ tỉnh: Vi Thị Hương, Nguyễn Đình Lâm.
Năm 2012, Quỹ Vì người nghèo các cấp trong tỉnh tiếp nhận 41,6 tỷ đồng, đạt 112% kế hoạch. Thực hiện Chỉ thị 24-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường sự lãnh đạo của cấp ủy đối với cuộc vận động "Ngày vì người nghèo" và Kế hoạch số 112/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh, Mặt trận các cấp đã hỗ trợ xây mới và sửa chữa 1.356 nhà Đại đoàn kết, gồm 1.012 nhà xây mới và 344 nhà sửa chữa, tổng kinh phí trên 38 tỷ đồng. Mỗi nhà xây mới được hỗ trợ 25 triệu đồng, nhà sửa chữa 10 triệu đồng; phần còn lại do gia đình, dòng họ và cộng đồng góp công, góp vật liệu.
Cùng với nguồn Quỹ, Mặt trận các cấp phối hợp thực hiện chính sách hỗ trợ hộ nghèo về nhà ở theo Quyết định số 167/2008/QĐ-TTg ngày 12/12/2008 của Thủ tướng Chính phủ; 21 huyện, thành, thị đều thành lập tổ giám sát cộng đồng việc xây nhà. Dịp Tết Nhâm Thìn, Mặt trận tỉnh đã trao 24.500 suất quà cho hộ nghèo, tổng trị giá gần 9,8 tỷ đồng.
Tại hội nghị, ông Lang Văn Chiến, Chủ tịch Ủy ban MTTQ huyện Quế Phong, chia sẻ cách làm "nhà nước hỗ trợ, dòng họ giúp sức": năm qua huyện làm được 186 nhà cho đồng bào Thái, Khơ Mú, trong đó xã Tri Lễ có 41 nhà. Bà Vi Thị Hương nhận xét việc vận động ở một số đơn vị còn dàn trải, chưa công khai danh sách hộ được hỗ trợ tại khu dân cư. Công tác giám sát việc sử dụng Quỹ được chú trọng; Ban Thường trực Ủy ban MTTQ tỉnh đã tổ chức 8 đoàn kiểm tra tại 15 huyện, yêu cầu rút khỏi danh sách 27 hộ.
Kết luận hội nghị, đồng chí Lô Văn Bình đề nghị năm 2013 Mặt trận các cấp phấn đấu vận động Quỹ đạt 40 tỷ đồng trở lên, ưu tiên xóa nhà tạm cho hộ nghèo ở 6 huyện miền núi cao, hộ gia đình chính sách và hộ người cao tuổi cô đơn.
Dịp này, Ủy ban MTTQ tỉnh tặng Bằng khen cho 14 tập thể và 22 cá nhân có thành tích xuất sắc trong công tác vận động Quỹ Vì người nghèo năm 2012.
Minh Chiến
Các tin khác
- Quỳ Châu khánh thành 20 nhà Đại đoàn kết (05/12/2012)
- Nghĩa Đàn: Ngày hội Đại đoàn kết ở khối Tân Hợp (15/11/2012)
- Mặt trận Nghệ An phát động tháng cao điểm vì người nghèo (17/10/2012)
- Hội nghị Ủy ban MTTQ tỉnh lần thứ 5 (28/9/2012)
""", "2012-12-20", "Năm 2012, Nghệ An hỗ trợ xây mới và sửa chữa 1.356 nhà Đại đoàn kết",
E("tong_ket", "2012", "2012-12-18"),
[P("Lô Văn Bình", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh", "Trưởng Ban Vận động Quỹ Vì người nghèo tỉnh"),
 P("Vi Thị Hương", "Phó Chủ tịch Ủy ban MTTQ tỉnh"), P("Nguyễn Đình Lâm", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lang Văn Chiến", "Chủ tịch Ủy ban MTTQ huyện Quế Phong")],
[Q("1.356 nhà Đại đoàn kết", 1356, "nhà Đại đoàn kết"), Q("41,6 tỷ đồng", 41600000000, "đồng"), Q("112%", 112, "%"),
 Q("1.012 nhà", 1012, "nhà"), Q("344 nhà", 344, "nhà"), Q("trên 38 tỷ đồng", 38000000000, "đồng", "over"),
 Q("25 triệu đồng", 25000000, "đồng"), Q("10 triệu đồng", 10000000, "đồng"),
 Q("21 huyện, thành, thị", 21, "huyện, thành, thị"), Q("24.500 suất quà", 24500, "suất quà"),
 Q("gần 9,8 tỷ đồng", 9800000000, "đồng", "approx"), Q("186 nhà", 186, "nhà"), Q("41 nhà", 41, "nhà"),
 Q("40 tỷ đồng trở lên", 40000000000, "đồng", "over"), Q("6 huyện miền núi cao", 6, "huyện miền núi cao"),
 Q("14 tập thể", 14, "tập thể"), Q("22 cá nhân", 22, "cá nhân"),
 Q("8 đoàn kiểm tra", 8, "đoàn kiểm tra"), Q("15 huyện", 15, "huyện"), Q("27 hộ", 27, "hộ")],
[D("Chỉ thị", "24", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 24-CT/TU"),
 D("Kế hoạch", "112", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 112/KH-MTTQ-BTT"),
 D("Quyết định", "167", "2008/QĐ-TTg", "2008-12-12", "Thủ tướng Chính phủ", "Quyết định số 167/2008/QĐ-TTg ngày 12/12/2008")],
[prov("Nghệ An"), com("Tri Lễ")],
["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Nghệ An", "Trang chủ » Tin tức » Vì người nghèo", "Toàn cảnh hội nghị.",
 "Quỹ Vì người nghèo", "Ngày vì người nghèo", "nhà nước hỗ trợ, dòng họ giúp sức", "Ban Vận động Quỹ Vì người nghèo tỉnh"],
["Cập nhật: 15:30, 20/12/2012 (GMT+7)", "năm 2012", "năm 2013", "Tết Nhâm Thìn"]))

PAGES.append(page("b2527-kontum-bdv-bieuduong-nguoicouytin-2013", """
BAN DÂN VẬN TỈNH ỦY KON TUM
Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Công tác dân tộc
08:15 | 25/10/2013
Biểu dương 95 người có uy tín tiêu biểu trong đồng bào dân tộc thiểu số
Ngày 24/10/2013, Ban Dân vận Tỉnh ủy phối hợp với Ban Dân tộc tỉnh tổ chức hội nghị biểu dương 95 người có uy tín tiêu biểu trong đồng bào dân tộc thiểu số năm 2013. Đồng chí Y Nhiêm, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy và ông Nguyễn Văn Hòe, Trưởng Ban Dân tộc tỉnh đồng chủ trì hội nghị.
Đồng chí Y Nhiêm trao Bằng khen cho các già làng.
Toàn tỉnh hiện có 612 người có uy tín, phần lớn là già làng, trưởng thôn, trưởng họ tộc người Xơ Đăng, Ba Na, Gia Rai, Giẻ Triêng. Thực hiện Quyết định số 18/2011/QĐ-TTg ngày 18/3/2011 của Thủ tướng Chính phủ về chính sách đối với người có uy tín trong đồng bào dân tộc thiểu số, năm 2013 mỗi người có uy tín được cấp báo Dân tộc và Phát triển, được thăm hỏi khi ốm đau và tặng quà dịp Tết với mức 500.000 đồng.
Báo cáo tại hội nghị cho thấy, người có uy tín đã tham gia hòa giải thành 137 vụ việc tranh chấp đất đai, vận động hơn 1.450 hộ bỏ tập tục lạc hậu, 86 người lầm lỡ nghe theo FULRO trở về chính quyền và vận động nhân dân hiến trên 23 ha đất để làm đường, xây trường học. Ban Dân vận Tỉnh ủy cũng đã ban hành Kế hoạch 58-KH/BDVTU về phát huy vai trò người có uy tín giai đoạn 2013 - 2015, gắn với Kết luận số 62-KL/TW ngày 8/12/2009 của Bộ Chính trị về đổi mới nội dung, phương thức hoạt động của MTTQ và các đoàn thể chính trị - xã hội.
Chia sẻ tại hội nghị, già làng A Thoăn, người có uy tín làng Kon Jri, xã Đăk Rơ Wa kể: "Làng mình trước có 9 gia đình theo đạo lạ, không cho con đi học. Mình đến từng nhà nói chuyện, nói cả đêm, giờ con nó đi học hết rồi". Ông A Mưu, Bí thư Chi bộ làng Đăk Wơk, xã Đăk Pxi, mong muốn được tập huấn thêm về pháp luật đất đai để hòa giải cho đúng.
Phát biểu, đồng chí Y Nhiêm ghi nhận người có uy tín là "cánh tay nối dài" của cấp ủy, chính quyền ở cơ sở; đề nghị các huyện, thành phố tiếp tục rà soát, bình chọn người có uy tín, bồi dưỡng kỹ năng vận động quần chúng theo phương châm "nghe dân nói, nói dân hiểu, làm dân tin".
Dịp này, Ban Dân vận Tỉnh ủy tặng 95 suất quà, mỗi suất trị giá 1 triệu đồng, cho các đại biểu dự hội nghị.
Theo Ban Dân tộc tỉnh Kon Tum, năm 2013 kinh phí thực hiện chính sách đối với người có uy tín là gần 1,1 tỷ đồng; tỉnh đã tổ chức 2 đợt cho 40 người có uy tín tiêu biểu đi tham quan, học tập kinh nghiệm tại các tỉnh đồng bằng sông Cửu Long.
Y Blin
Lượt truy cập: 356.218
Tin khác
- Đăk Glei gặp mặt 42 già làng tiêu biểu (16/10/2013)
- Tập huấn nghiệp vụ cho cán bộ dân vận cơ sở (30/9/2013)
- Kon Plông: Vận động bà con không di cư tự do (12/9/2013)
""", "2013-10-25", "Biểu dương 95 người có uy tín tiêu biểu trong đồng bào dân tộc thiểu số",
E("hoi_nghi", "2013", "2013-10-24"),
[P("Y Nhiêm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Hòe", "Trưởng Ban Dân tộc tỉnh"),
 P("A Thoăn", "già làng", "người có uy tín làng Kon Jri"),
 P("A Mưu", "Bí thư Chi bộ làng Đăk Wơk")],
[Q("95 người có uy tín tiêu biểu", 95, "người có uy tín tiêu biểu"), Q("612 người có uy tín", 612, "người có uy tín"),
 Q("500.000 đồng", 500000, "đồng"), Q("137 vụ việc tranh chấp đất đai", 137, "vụ việc tranh chấp đất đai"),
 Q("hơn 1.450 hộ", 1450, "hộ", "over"), Q("86 người", 86, "người"), Q("trên 23 ha", 23, "ha", "over"),
 Q("9 gia đình", 9, "gia đình"), Q("95 suất quà", 95, "suất quà"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("gần 1,1 tỷ đồng", 1100000000, "đồng", "approx"), Q("2 đợt", 2, "đợt"), Q("40 người có uy tín tiêu biểu", 40, "người có uy tín tiêu biểu")],
[D("Quyết định", "18", "2011/QĐ-TTg", "2011-03-18", "Thủ tướng Chính phủ", "Quyết định số 18/2011/QĐ-TTg ngày 18/3/2011"),
 D("Kế hoạch", "58", "KH/BDVTU", None, None, "Kế hoạch 58-KH/BDVTU"),
 D("Kết luận", "62", "KL/TW", "2009-12-08", "Bộ Chính trị", "Kết luận số 62-KL/TW ngày 8/12/2009")],
[prov("Kon Tum"), com("Đăk Rơ Wa"), com("Đăk Pxi")],
["BAN DÂN VẬN TỈNH ỦY KON TUM", "Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Công tác dân tộc",
 "Đồng chí Y Nhiêm trao Bằng khen cho các già làng.", "nghe dân nói, nói dân hiểu, làm dân tin", "cánh tay nối dài",
 "Lượt truy cập: 356.218", "Dân tộc và Phát triển", "FULRO"],
["08:15 | 25/10/2013", "năm 2013", "giai đoạn 2013 - 2015", "Lượt truy cập: 356.218"]))

PAGES.append(page("b2528-soctrang-trande-mttq-bangiao-nha-2014", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TRẦN ĐỀ - TỈNH SÓC TRĂNG
Trang chủ | Tin tức - Sự kiện | Mặt trận - Đoàn thể
28-08-2014 10:15
Bàn giao 12 căn nhà Đại đoàn kết cho hộ nghèo đồng bào Khmer
Sáng 27/8, Ủy ban MTTQ Việt Nam huyện Trần Đề tổ chức lễ bàn giao 12 căn nhà Đại đoàn kết cho hộ nghèo đồng bào dân tộc Khmer tại các xã Lịch Hội Thượng, Trung Bình và Liêu Tú. Dự lễ có đồng chí Thạch Sô Phênh, Phó Bí thư Thường trực Huyện ủy; bà Lâm Thị Sa Văn, Chủ tịch Ủy ban MTTQ huyện; Đại đức Lý Sa Rên, trụ trì chùa Prêk Chou cùng đại diện các nhà tài trợ.
Đồng chí Thạch Sô Phênh trao quyết định bàn giao nhà cho hộ ông Kim Sóc Thươl.
Các căn nhà được xây dựng theo mẫu chung, mỗi căn có diện tích 40 m2, khung bê tông, mái tôn, nền gạch men, trị giá 35 triệu đồng. Tổng kinh phí xây dựng là 420 triệu đồng, trong đó Quỹ Vì người nghèo huyện hỗ trợ 300 triệu đồng, Công ty TNHH Thủy sản Minh Phú Hậu tài trợ 120 triệu đồng; các hộ được bà con trong phum, sóc góp ngày công phụ hồ, vận chuyển vật liệu.
Bà Lâm Thị Sa Văn cho biết, từ đầu năm 2014 đến nay, Mặt trận huyện đã vận động xây dựng, sửa chữa 48 căn nhà Đại đoàn kết, vượt 20% chỉ tiêu; kết hợp với nguồn hỗ trợ đất ở, nhà ở cho đồng bào dân tộc thiểu số nghèo theo Quyết định số 29/2013/QĐ-TTg của Thủ tướng Chính phủ, đã có 76 hộ được hỗ trợ. Toàn huyện hiện còn khoảng 1.150 hộ nghèo, chiếm 9,7% tổng số hộ, trong đó gần 60% là hộ đồng bào Khmer.
Xúc động nhận chìa khóa nhà mới, ông Kim Sóc Thươl, ngụ ấp Tắc Gồng, xã Lịch Hội Thượng, nói: "Gia đình tôi 7 người ở trong căn chòi lá hơn 10 năm nay, mùa mưa dột khắp nơi. Nay có nhà mới, tôi sẽ ráng làm ăn để thoát nghèo". Bà Thạch Thị Sà Rinh, ở xã Liêu Tú, được các vị sư chùa Prêk Chou giúp thêm 1 tấn xi măng để làm sân.
Phát biểu tại buổi lễ, đồng chí Thạch Sô Phênh mong các hộ sử dụng căn nhà đúng mục đích, tích cực lao động sản xuất; đề nghị Mặt trận huyện tiếp tục phát huy vai trò các vị sư sãi, Ban quản trị chùa và người có uy tín trong vận động Quỹ Vì người nghèo, hưởng ứng cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".
Dịp này, Ủy ban MTTQ huyện trao thêm 50 phần quà cho hộ nghèo, mỗi phần gồm 10 kg gạo và 200.000 đồng tiền mặt.
Theo Ủy ban MTTQ tỉnh Sóc Trăng, giai đoạn 2011 - 2014 Mặt trận các cấp trong tỉnh đã xây dựng, sửa chữa 3.480 căn nhà Đại đoàn kết với tổng kinh phí hơn 104 tỷ đồng.
Sóc Khánh
Tin cùng chuyên mục
- Lịch Hội Thượng ra quân xây dựng 5 căn nhà tình thương (15/8/2014)
- Hội nghị Ban Thường trực Ủy ban MTTQ huyện 6 tháng đầu năm 2014 (18/7/2014)
- Tặng 200 suất học bổng cho học sinh Khmer nghèo (25/6/2014)
""", "2014-08-28", "Bàn giao 12 căn nhà Đại đoàn kết cho hộ nghèo đồng bào Khmer",
E("trao_qua", None, "2014-08-27"),
[P("Thạch Sô Phênh", "Phó Bí thư Thường trực Huyện ủy"),
 P("Lâm Thị Sa Văn", "Chủ tịch Ủy ban MTTQ huyện"),
 P("Lý Sa Rên", "Đại đức", "trụ trì chùa Prêk Chou"),
 P("Kim Sóc Thươl"), P("Thạch Thị Sà Rinh")],
[Q("12 căn nhà Đại đoàn kết", 12, "căn nhà Đại đoàn kết"), Q("40 m2", 40, "m2"), Q("35 triệu đồng", 35000000, "đồng"),
 Q("420 triệu đồng", 420000000, "đồng"), Q("300 triệu đồng", 300000000, "đồng"), Q("120 triệu đồng", 120000000, "đồng"),
 Q("48 căn nhà Đại đoàn kết", 48, "căn nhà Đại đoàn kết"), Q("20%", 20, "%"), Q("76 hộ", 76, "hộ"),
 Q("khoảng 1.150 hộ nghèo", 1150, "hộ nghèo", "approx"), Q("9,7%", 9.7, "%"), Q("gần 60%", 60, "%", "approx"),
 Q("7 người", 7, "người"), Q("1 tấn", 1, "tấn"), Q("50 phần quà", 50, "phần quà"), Q("10 kg", 10, "kg"),
 Q("200.000 đồng", 200000, "đồng"),
 Q("3.480 căn nhà Đại đoàn kết", 3480, "căn nhà Đại đoàn kết"), Q("hơn 104 tỷ đồng", 104000000000, "đồng", "over")],
[D("Quyết định", "29", "2013/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 29/2013/QĐ-TTg")],
[prov("Sóc Trăng"), com("Lịch Hội Thượng"), com("Trung Bình"), com("Liêu Tú")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TRẦN ĐỀ - TỈNH SÓC TRĂNG", "Trang chủ | Tin tức - Sự kiện | Mặt trận - Đoàn thể",
 "Đồng chí Thạch Sô Phênh trao quyết định bàn giao nhà cho hộ ông Kim Sóc Thươl.", "Quỹ Vì người nghèo",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Công ty TNHH Thủy sản Minh Phú Hậu"],
["28-08-2014 10:15", "hơn 10 năm", "năm 2014", "giai đoạn 2011 - 2014"]))

PAGES.append(page("b2529-hagiang-lungcu-mttq-daihoi-2014", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ LŨNG CÚ - HUYỆN ĐỒNG VĂN
Trang chủ :: Tin tức :: Hoạt động của xã
Thứ Năm, 09/10/2014
Đại hội đại biểu MTTQ Việt Nam xã Lũng Cú lần thứ VI, nhiệm kỳ 2014 - 2019
Ngày 7/10/2014, Ủy ban MTTQ Việt Nam xã Lũng Cú tổ chức Đại hội đại biểu lần thứ VI, nhiệm kỳ 2014 - 2019 với phương châm "Đoàn kết - Dân chủ - Đổi mới - Phát triển". Dự đại hội có 98 đại biểu đại diện cho nhân dân các dân tộc Mông, Lô Lô, Dao trong xã; đồng chí Thào Minh Chứ, HUV, Chủ tịch Ủy ban MTTQ huyện Đồng Văn và đồng chí Sùng Mí Lử, Bí thư Đảng ủy xã.
Quang cảnh đại hội. Ảnh: Vũ Hà
Nhiệm kỳ 2009 - 2014, thực hiện Chỉ thị số 12-CT/TU của Ban Thường vụ Tỉnh ủy về lãnh đạo đại hội MTTQ các cấp và Nghị quyết số 05-NQ/ĐU của Đảng ủy xã về giảm nghèo bền vững, Mặt trận và các đoàn thể đã vận động xây dựng 64 căn nhà Đại đoàn kết, xóa toàn bộ nhà tạm cho hộ người có công; tỷ lệ hộ nghèo giảm từ 68,5% xuống còn 41,2%. Cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư" có 9/13 thôn đạt danh hiệu thôn văn hóa; nhân dân hiến hơn 4.000 m2 đất, đóng góp 2.600 ngày công làm đường, kéo điện vào 3 thôn vùng biên.
Đại hội cũng chỉ ra hạn chế: hoạt động của một số Ban công tác Mặt trận thôn còn hình thức; vẫn còn 12 hộ di cư tự do sang địa phương khác; tình trạng tảo hôn chưa chấm dứt.
Phát biểu chỉ đạo, đồng chí Thào Minh Chứ đề nghị Mặt trận xã trong nhiệm kỳ mới phát huy vai trò của 26 người có uy tín, trưởng dòng họ trong giữ gìn an ninh biên giới, cột mốc; phấn đấu mỗi năm giảm 5% hộ nghèo theo tinh thần Đại hội Đảng bộ xã.
Đại hội đã hiệp thương cử 35 vị vào Ủy ban MTTQ xã khóa VI. Tại phiên họp thứ nhất, ông Vàng Chúa Sử được hiệp thương giữ chức Chủ tịch Ủy ban MTTQ xã; bà Giàng Thị Dí và ông Lò Văn Pẩu - Phó Chủ tịch Ủy ban MTTQ xã. Đại hội bầu 4 đại biểu đi dự Đại hội MTTQ huyện lần thứ VIII.
Ông Vàng Chúa Sử hứa cùng tập thể Ủy ban tiếp tục bám bản, bám dân, làm tốt công tác "vì người nghèo" và chăm lo cho 128 hộ còn ở nhà tạm.
Xã Lũng Cú là xã cực Bắc của Tổ quốc, có 1.721 hộ với 8.415 nhân khẩu, trong đó đồng bào Mông chiếm 87%. Những năm qua, các tổ chức, cá nhân trong và ngoài tỉnh Hà Giang đã hỗ trợ xã hơn 3,5 tỷ đồng để xây nhà, tặng 120 con bò giống và học bổng cho học sinh nghèo; Ủy ban MTTQ xã đã tiếp nhận, phân bổ công khai tại các khu dân cư, được nhân dân đồng tình.
Ban biên tập
Các tin đã đưa
- Xã Lũng Cú tổ chức Lễ chào cờ đầu tháng tại Cột cờ (01/10/2014)
- Trao 5 nhà Đại đoàn kết cho hộ nghèo thôn Lô Lô Chải (20/9/2014)
- Hội nghị tiếp xúc cử tri trước kỳ họp HĐND xã (10/9/2014)
""", "2014-10-09", "Đại hội đại biểu MTTQ Việt Nam xã Lũng Cú lần thứ VI, nhiệm kỳ 2014 - 2019",
E("dai_hoi", None, "2014-10-07"),
[P("Thào Minh Chứ", "HUV", "Chủ tịch Ủy ban MTTQ huyện Đồng Văn"),
 P("Sùng Mí Lử", "Bí thư Đảng ủy xã"),
 P("Vàng Chúa Sử", "Chủ tịch Ủy ban MTTQ xã"),
 P("Giàng Thị Dí", "Phó Chủ tịch Ủy ban MTTQ xã"), P("Lò Văn Pẩu", "Phó Chủ tịch Ủy ban MTTQ xã")],
[Q("98 đại biểu", 98, "đại biểu"), Q("64 căn nhà Đại đoàn kết", 64, "căn nhà Đại đoàn kết"),
 Q("68,5%", 68.5, "%"), Q("41,2%", 41.2, "%"), Q("9/13 thôn", 9, "thôn"), Q("hơn 4.000 m2", 4000, "m2", "over"),
 Q("2.600 ngày công", 2600, "ngày công"), Q("3 thôn vùng biên", 3, "thôn vùng biên"), Q("12 hộ", 12, "hộ"),
 Q("26 người có uy tín", 26, "người có uy tín"), Q("5%", 5, "%"), Q("35 vị", 35, "vị"), Q("4 đại biểu", 4, "đại biểu"),
 Q("128 hộ", 128, "hộ"),
 Q("1.721 hộ", 1721, "hộ"), Q("8.415 nhân khẩu", 8415, "nhân khẩu"), Q("87%", 87, "%"), Q("hơn 3,5 tỷ đồng", 3500000000, "đồng", "over"),
 Q("120 con bò giống", 120, "con bò giống")],
[D("Chỉ thị", "12", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 12-CT/TU"),
 D("Nghị quyết", "05", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết số 05-NQ/ĐU")],
[prov("Hà Giang"), com("Lũng Cú")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ LŨNG CÚ - HUYỆN ĐỒNG VĂN", "Trang chủ :: Tin tức :: Hoạt động của xã",
 "Quang cảnh đại hội. Ảnh: Vũ Hà", "Đoàn kết - Dân chủ - Đổi mới - Phát triển",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "vì người nghèo"],
["Thứ Năm, 09/10/2014", "lần thứ VI", "nhiệm kỳ 2014 - 2019", "Nhiệm kỳ 2009 - 2014", "khóa VI", "phiên họp thứ nhất", "lần thứ VIII"]))

PAGES.append(page("b2530-quangnam-mttq-giamsat-nhao-taygiang-2015", """
ỦY BAN MTTQ VIỆT NAM TỈNH QUẢNG NAM
Hoạt động Mặt trận | Giám sát - Phản biện xã hội
24/09/2015 - 14:35
Giám sát việc hỗ trợ nhà ở cho hộ nghèo tại huyện Tây Giang
Từ ngày 21 đến 23/9/2015, Đoàn giám sát của Ủy ban MTTQ Việt Nam tỉnh Quảng Nam do bà Alăng Thị Bông, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách hỗ trợ hộ nghèo về nhà ở tại huyện Tây Giang. Đoàn đã kiểm tra thực tế tại 4 xã A Xan, Ch'ơm, Ga Ri và Tr'hy.
Đoàn giám sát kiểm tra nhà ở của hộ nghèo tại xã A Xan.
Theo báo cáo của UBND huyện, thực hiện các Quyết định số 167/2008/QĐ-TTg và 33/2015/QĐ-TTg của Thủ tướng Chính phủ, giai đoạn 2 (2013 - 2015) huyện có 412 hộ nghèo được hỗ trợ làm nhà; đến nay đã hoàn thành 389 căn, đạt 94,4%. Mỗi hộ được hỗ trợ 8 triệu đồng từ ngân sách và được vay ưu đãi 25 triệu đồng từ Ngân hàng Chính sách xã hội; Ủy ban MTTQ huyện vận động thêm từ Quỹ Vì người nghèo 2 triệu đồng mỗi hộ. Đồng bào Cơ Tu góp gỗ, góp công theo tập quán "làng giúp làng", trung bình mỗi căn nhà được giúp 35 ngày công.
Ông Bh'riu Liếc, Phó Chủ tịch UBND huyện Tây Giang, cho biết khó khăn lớn nhất là địa hình chia cắt, vận chuyển vật liệu lên các thôn vùng cao giá thành tăng gấp đôi; nhiều hộ không có đất ở phù hợp, phải vận động di dời khỏi vùng sạt lở.
Qua giám sát, đoàn ghi nhận chính sách được triển khai công khai, đúng đối tượng, người dân phấn khởi. Tuy nhiên, còn 23 hộ chưa khởi công do chưa bố trí được mặt bằng; 17 căn nhà chưa bảo đảm diện tích tối thiểu 24 m2; việc thanh quyết toán ở xã Ga Ri còn chậm. Có hộ như ông Zơ Râm Bốc ở xã Tr'hy phải vay thêm ngoài 12 triệu đồng để hoàn thiện nhà.
Ông Clâu Blao, Chủ tịch Ủy ban MTTQ huyện, kiến nghị tỉnh xem xét nâng mức hỗ trợ cho hộ ở vùng đặc biệt khó khăn, cho phép lồng ghép nguồn vốn Chương trình 135 để làm nhà vệ sinh, bể nước.
Kết luận buổi giám sát, bà Alăng Thị Bông đề nghị UBND huyện chỉ đạo hoàn thành dứt điểm số nhà còn lại trước ngày 31/12/2015; Mặt trận các xã phát huy vai trò Ban Giám sát đầu tư của cộng đồng, kịp thời phản ánh những trường hợp làm nhà chưa đúng thiết kế. Đoàn sẽ tổng hợp kiến nghị gửi Ban Thường vụ Tỉnh ủy và UBND tỉnh Quảng Nam.
Theo Ủy ban MTTQ tỉnh, năm 2015 Mặt trận các cấp tổ chức 126 cuộc giám sát chuyên đề, trong đó có 38 cuộc về chính sách giảm nghèo.
Hồ Quân
Tin liên quan
- Nam Trà My: 300 hộ nghèo được hỗ trợ nhà ở (10/9/2015)
- Phản biện dự thảo quy định hỗ trợ đồng bào miền núi (28/8/2015)
- Đông Giang trao 15 nhà Đại đoàn kết (14/8/2015)
- Ủy ban MTTQ tỉnh giám sát việc thực hiện chính sách bảo hiểm y tế cho người nghèo (02/8/2015)
""", "2015-09-24", "Giám sát việc hỗ trợ nhà ở cho hộ nghèo tại huyện Tây Giang",
E("giam_sat", None, "2015-09-21"),
[P("Alăng Thị Bông", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Bh'riu Liếc", "Phó Chủ tịch UBND huyện Tây Giang"),
 P("Zơ Râm Bốc"),
 P("Clâu Blao", "Chủ tịch Ủy ban MTTQ huyện")],
[Q("4 xã", 4, "xã"), Q("412 hộ nghèo", 412, "hộ nghèo"), Q("389 căn", 389, "căn"), Q("94,4%", 94.4, "%"),
 Q("8 triệu đồng", 8000000, "đồng"), Q("25 triệu đồng", 25000000, "đồng"), Q("2 triệu đồng", 2000000, "đồng"),
 Q("35 ngày công", 35, "ngày công"), Q("23 hộ", 23, "hộ"), Q("17 căn nhà", 17, "căn nhà"), Q("24 m2", 24, "m2"),
 Q("12 triệu đồng", 12000000, "đồng"), Q("126 cuộc giám sát chuyên đề", 126, "cuộc giám sát chuyên đề"),
 Q("38 cuộc", 38, "cuộc")],
[D("Quyết định", "167", "2008/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 167/2008/QĐ-TTg"),
 D("Quyết định", "33", "2015/QĐ-TTg", None, "Thủ tướng Chính phủ", "33/2015/QĐ-TTg")],
[prov("Quảng Nam"), com("A Xan"), com("Ch'ơm"), com("Ga Ri"), com("Tr'hy")],
["ỦY BAN MTTQ VIỆT NAM TỈNH QUẢNG NAM", "Hoạt động Mặt trận | Giám sát - Phản biện xã hội",
 "Đoàn giám sát kiểm tra nhà ở của hộ nghèo tại xã A Xan.", "làng giúp làng", "Chương trình 135", "Quỹ Vì người nghèo",
 "Ngân hàng Chính sách xã hội", "Ban Giám sát đầu tư của cộng đồng"],
["24/09/2015 - 14:35", "giai đoạn 2 (2013 - 2015)", "Chương trình 135", "gấp đôi", "năm 2015", "31/12/2015"]))
