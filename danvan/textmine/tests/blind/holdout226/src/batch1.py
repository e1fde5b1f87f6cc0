from lib import *
PAGES = []

PAGES.append(page("b5381-laocai-bdv-tongket-2011", """
CỔNG THÔNG TIN ĐIỆN TỬ BAN DÂN VẬN TỈNH ỦY LÀO CAI
Trang chủ > Hoạt động dân vận > Thi đua - Khen thưởng
Thứ Tư, 28/12/2011 - 09:30
Ảnh: Quang cảnh hội nghị tổng kết.
Lào Cai: Khen thưởng 27 tập thể, 41 cá nhân trong phong trào thi đua "Dân vận khéo"
Ngày 27/12/2011, Ban Dân vận Tỉnh ủy Lào Cai tổ chức hội nghị tổng kết công tác dân vận và phong trào thi đua "Dân vận khéo" năm 2011, triển khai nhiệm vụ năm 2012. Đồng chí Lù Văn Thắng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Hội đồng Thi đua - Khen thưởng khối dân vận chủ trì hội nghị. Dự hội nghị có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Sùng A Páo, Hoàng Thị Thanh Nhàn cùng 86 đại biểu là trưởng ban dân vận các huyện ủy, thành ủy và người đứng đầu MTTQ, các đoàn thể tỉnh.
Báo cáo tổng kết cho biết, năm 2011 toàn tỉnh có 412 mô hình "Dân vận khéo" được đăng ký, trong đó có 57 mô hình cấp tỉnh. Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Hướng dẫn 15, 16-HD/TU về tiêu chí bình xét thi đua trong khối dân vận và về khen thưởng mô hình "Dân vận khéo"; hướng dẫn các huyện thực hiện Chỉ thị số 03-CT/TW ngày 14/5/2011 của Bộ Chính trị gắn với phong trào thi đua ở cơ sở.
Qua phong trào, nhân dân đã hiến hơn 36.000 m2 đất, đóng góp trên 4,2 tỷ đồng và 18.500 ngày công làm đường giao thông nông thôn; 1.260 hộ người Mông đăng ký xây dựng "Gia đình văn hóa". Tỷ lệ thôn, bản đạt danh hiệu văn hóa tăng lên 64,5%.
Tại hội nghị, ông Vàng A Chứ, HUV, Trưởng Ban Dân vận Huyện ủy Bắc Hà, cho biết huyện đã vận động bà con bỏ dần tục lệ lạc hậu trong cưới xin, ma chay. Bà Lò Thị Hoa, Chủ tịch Hội Liên hiệp Phụ nữ xã Bản Lầu, chia sẻ cách làm "tổ phụ nữ tiết kiệm" giúp 38 hội viên nghèo có vốn chăn nuôi. Cán bộ xã Bản Phố đề nghị tăng mức thưởng cho mô hình ở vùng đặc biệt khó khăn.
Thừa ủy quyền của Chủ tịch UBND tỉnh, đồng chí Lù Văn Thắng trao Bằng khen cho 27 tập thể và 41 cá nhân có thành tích xuất sắc trong phong trào thi đua "Dân vận khéo" năm 2011; mỗi tập thể được thưởng 1,5 triệu đồng, mỗi cá nhân 800.000 đồng. Ban Dân vận Tỉnh ủy cũng tặng Giấy khen cho 35 tập thể và 62 cá nhân.
Phát biểu kết luận, đồng chí Lù Văn Thắng đề nghị năm 2012 các cấp tiếp tục thực hiện Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị về Quy chế công tác dân vận; triển khai Kế hoạch số 52-KH/BDVTU ngày 10/12/2011 của Ban Dân vận Tỉnh ủy về phát động thi đua năm 2012, bảo đảm việc bình xét công khai, đúng người, đúng việc.
Minh Đức
Lượt xem: 1.204
Tin liên quan
- Bắc Hà ra mắt 12 mô hình "Dân vận khéo" (15/12/2011)
- Hội nghị giao ban khối dân vận quý IV năm 2011 (02/12/2011)
- Mường Khương: 200 hộ hiến đất làm đường (18/11/2011)
- Tập huấn nghiệp vụ thi đua khen thưởng cho cán bộ dân vận (04/11/2011)
""", "2011-12-28", "Lào Cai: Khen thưởng 27 tập thể, 41 cá nhân trong phong trào thi đua \"Dân vận khéo\"",
E("tong_ket", "2011", "2011-12-27"),
[P("Lù Văn Thắng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Hội đồng Thi đua - Khen thưởng khối dân vận"),
 P("Sùng A Páo", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hoàng Thị Thanh Nhàn", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vàng A Chứ", "HUV", "Trưởng Ban Dân vận Huyện ủy Bắc Hà"),
 P("Lò Thị Hoa", "Chủ tịch Hội Liên hiệp Phụ nữ xã Bản Lầu")],
[Q("27 tập thể", 27, "tập thể"), Q("41 cá nhân", 41, "cá nhân"), Q("86 đại biểu", 86, "đại biểu"),
 Q("412 mô hình", 412, "mô hình"), Q("57 mô hình cấp tỉnh", 57, "mô hình cấp tỉnh"),
 Q("hơn 36.000 m2", 36000, "m2", "over"), Q("trên 4,2 tỷ đồng", 4200000000, "đồng", "over"),
 Q("18.500 ngày công", 18500, "ngày công"), Q("1.260 hộ người Mông", 1260, "hộ người Mông"), Q("64,5%", 64.5, "%"),
 Q("38 hội viên nghèo", 38, "hội viên nghèo"), Q("1,5 triệu đồng", 1500000, "đồng"), Q("800.000 đồng", 800000, "đồng"),
 Q("35 tập thể", 35, "tập thể"), Q("62 cá nhân", 62, "cá nhân")],
[D("Hướng dẫn", "15", "HD/TU", None, "Ban Thường vụ Tỉnh ủy", "Hướng dẫn 15, 16-HD/TU"),
 D("Hướng dẫn", "16", "HD/TU", None, "Ban Thường vụ Tỉnh ủy", "Hướng dẫn 15, 16-HD/TU"),
 D("Chỉ thị", "03", "CT/TW", "2011-05-14", "Bộ Chính trị", "Chỉ thị số 03-CT/TW ngày 14/5/2011"),
 D("Quyết định", "290", "QĐ/TW", "2010-02-25", "Bộ Chính trị", "Quyết định số 290-QĐ/TW ngày 25/2/2010"),
 D("Kế hoạch", "52", "KH/BDVTU", "2011-12-10", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 52-KH/BDVTU ngày 10/12/2011")],
[prov("Lào Cai"), com("Bản Lầu"), com("Bản Phố")],
["CỔNG THÔNG TIN ĐIỆN TỬ BAN DÂN VẬN TỈNH ỦY LÀO CAI", "Trang chủ > Hoạt động dân vận > Thi đua - Khen thưởng",
 "Ảnh: Quang cảnh hội nghị tổng kết.", "Dân vận khéo", "Gia đình văn hóa", "tổ phụ nữ tiết kiệm", "Lượt xem: 1.204"],
["Thứ Tư, 28/12/2011 - 09:30", "năm 2011", "năm 2012", "Lượt xem: 1.204"]))

PAGES.append(page("b5382-nghean-mttq-soket-2012", """
Báo Nghệ An điện tử
Thời sự | Chính trị | Mặt trận - Đoàn thể
Cập nhật: 14:20, 18/07/2012 (GMT+7)
Nhiều tập thể, cá nhân được biểu dương trong phong trào thi đua của Mặt trận
(Baonghean) - Sáng 17/7, Ủy ban MTTQ Việt Nam tỉnh Nghệ An tổ chức hội nghị sơ kết công tác Mặt trận và phong trào thi đua 6 tháng đầu năm 2012, bàn nhiệm vụ 6 tháng cuối năm. Đồng chí Trần Văn Hiếu, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì. Cùng dự có các đồng chí Phó Chủ tịch Ủy ban MTTQ tỉnh: Nguyễn Đình Lộc, Vi Thị Hằng, Lô Văn Thái.
Đồng chí Trần Văn Hiếu phát biểu tại hội nghị. Ảnh: Hải Yến
Theo báo cáo do đồng chí Lê Thị Minh Phương, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh trình bày, 6 tháng qua Mặt trận các cấp đã triển khai Hướng dẫn số 29/HD-MTTW-BTT ngày 12/1/2012 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam về công tác thi đua, khen thưởng; tham mưu Ban Thường vụ Tỉnh ủy sơ kết Chỉ thị 17, 18-CT/TU về cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư" và về xây dựng nông thôn mới.
Toàn tỉnh có 3.780/4.415 khu dân cư đăng ký thi đua xây dựng "Khu dân cư tiên tiến"; Quỹ "Vì người nghèo" các cấp vận động được 12,6 tỷ đồng, xây mới và sửa chữa 415 căn nhà Đại đoàn kết cho hộ nghèo; khoảng 92% hộ gia đình đăng ký danh hiệu gia đình văn hóa. 8 cụm thi đua đã ký giao ước thi đua ngay từ đầu năm.
Tại hội nghị, ông Lương Văn Khăm, Chủ tịch Ủy ban MTTQ xã Châu Kim, cho biết xã vận động 146 hộ đồng bào Thái góp đất, góp công làm đường bê tông; ông Moong Văn Sơn, Bí thư Chi bộ kiêm Trưởng bản Xốp Pột, xã Mường Lống, kể việc bản đã 3 năm liền không có người vi phạm pháp luật. Đại diện Ủy ban MTTQ phường Hưng Bình đề nghị khen thưởng kịp thời các gương "người tốt, việc tốt".
Dịp này, Ủy ban MTTQ tỉnh tặng Bằng khen cho 18 tập thể và 25 cá nhân có thành tích tiêu biểu; các mức thưởng thực hiện theo Nghị định số 42/2010/NĐ-CP của Chính phủ quy định chi tiết thi hành Luật Thi đua, khen thưởng.
Kết luận hội nghị, đồng chí Trần Văn Hiếu yêu cầu 6 tháng cuối năm tập trung tổng kết cuộc vận động, chuẩn bị Đại hội MTTQ các cấp; đổi mới cách bình xét để khen thưởng đúng người lao động trực tiếp, người dân tộc thiểu số ở vùng sâu. Các huyện miền Tây cần chú ý phát hiện nhân tố mới trong đồng bào Thái, Khơ Mú, Mông để đề nghị khen thưởng cuối năm.
Hải Yến
Các tin khác
- Tân Kỳ: biểu dương 50 gương người tốt việc tốt (12/07/2012)
- Ủy ban MTTQ tỉnh giám sát việc thực hiện chính sách người có công (05/07/2012)
- Trao 30 nhà Đại đoàn kết cho hộ nghèo miền Tây (28/06/2012)
- Hội nghị Ủy ban MTTQ tỉnh lần thứ 8 khóa XIII (20/06/2012)
""", "2012-07-18", "Nhiều tập thể, cá nhân được biểu dương trong phong trào thi đua của Mặt trận",
E("so_ket", "2012-H1", "2012-07-17"),
[P("Trần Văn Hiếu", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Đình Lộc", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Vi Thị Hằng", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lô Văn Thái", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lê Thị Minh Phương", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lương Văn Khăm", "Chủ tịch Ủy ban MTTQ xã Châu Kim"),
 P("Moong Văn Sơn", "Bí thư Chi bộ kiêm Trưởng bản Xốp Pột")],
[Q("3.780/4.415 khu dân cư", 3780, "khu dân cư"), Q("12,6 tỷ đồng", 12600000000, "đồng"),
 Q("415 căn nhà Đại đoàn kết", 415, "căn nhà Đại đoàn kết"), Q("khoảng 92%", 92, "%", "approx"),
 Q("8 cụm thi đua", 8, "cụm thi đua"), Q("146 hộ đồng bào Thái", 146, "hộ đồng bào Thái"),
 Q("18 tập thể", 18, "tập thể"), Q("25 cá nhân có thành tích tiêu biểu", 25, "cá nhân")],
[D("Hướng dẫn", "29", "HD-MTTW-BTT", "2012-01-12", "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 29/HD-MTTW-BTT ngày 12/1/2012"),
 D("Chỉ thị", "17", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 17, 18-CT/TU"),
 D("Chỉ thị", "18", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 17, 18-CT/TU"),
 D("Nghị định", "42", "2010/NĐ-CP", None, "Chính phủ", "Nghị định số 42/2010/NĐ-CP")],
[prov("Nghệ An"), com("Châu Kim"), com("Mường Lống"), com("Hưng Bình")],
["Báo Nghệ An điện tử", "Thời sự | Chính trị | Mặt trận - Đoàn thể", "(Baonghean)",
 "Đồng chí Trần Văn Hiếu phát biểu tại hội nghị. Ảnh: Hải Yến",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Khu dân cư tiên tiến", "Vì người nghèo",
 "Luật Thi đua, khen thưởng", "người tốt, việc tốt"],
["Cập nhật: 14:20, 18/07/2012 (GMT+7)", "6 tháng đầu năm 2012", "6 tháng cuối năm", "3 năm"]))

PAGES.append(page("b5383-cantho-bdv-hoinghi-2013", """
BAN DÂN VẬN THÀNH ỦY CẦN THƠ
Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Điển hình dân vận
08:15 | 22/11/2013
Đồng chí Huỳnh Thanh Sang trao Giấy khen cho các điển hình.
Cần Thơ biểu dương 96 điển hình "Dân vận khéo"
Chiều 21/11, Ban Dân vận Thành ủy Cần Thơ tổ chức Hội nghị biểu dương điển hình "Dân vận khéo" năm 2013. Đồng chí Huỳnh Thanh Sang, Thành ủy viên, Trưởng Ban Dân vận Thành ủy, Trưởng Khối thi đua dân vận thành phố chủ trì. Dự hội nghị có ông Trịnh Quốc Bảo, Phó Trưởng Ban Thường trực Ban Dân vận Thành ủy; bà Kim Thị Mỹ Dung, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố, Trưởng Ban Dân tộc và Tôn giáo Ủy ban MTTQ thành phố, cùng trên 300 đại biểu.
Năm 2013, các cấp ủy đảng đã tổ chức thực hiện Kế hoạch số 108-KH/TU ngày 14/3/2013 của Thành ủy về đẩy mạnh phong trào thi đua "Dân vận khéo" và Hướng dẫn số 21-HD/BDVTW của Ban Dân vận Trung ương về tiêu chí mô hình. Toàn thành phố có 1.145 mô hình, điển hình được đăng ký, trong đó 96 điển hình tiêu biểu được chọn biểu dương; 24 mô hình ở vùng đồng bào Khmer, Hoa.
Nhiều mô hình mang lại hiệu quả thiết thực như "Tổ hòa giải 5 nhà", "Mái ấm tình thương", "Cây cầu nông thôn". Riêng ở quận Ô Môn, nhân dân đóng góp gần 3,8 tỷ đồng xây 27 cây cầu bê tông; phường Châu Văn Liêm vận động 450 hộ kinh doanh cam kết không lấn chiếm vỉa hè. Xã Thới Hưng có 100% ấp đạt danh hiệu ấp văn hóa.
Chia sẻ tại hội nghị, ông Thạch Sô Phal, người có uy tín ấp Trường Thọ, xã Trường Xuân, cho biết ông cùng Ban Quản trị chùa vận động 82 hộ Khmer cho con đi học đúng độ tuổi. Bà Lâm Ngọc Hà, Chủ tịch Hội Liên hiệp Phụ nữ phường An Hòa, giới thiệu mô hình giúp 31 chị em vay vốn làm ăn.
Thay mặt Ban Thường vụ Thành ủy, đồng chí Huỳnh Thanh Sang trao Giấy khen cho 96 điển hình, mỗi điển hình được thưởng 500.000 đồng. Đồng chí yêu cầu tiếp tục thực hiện Quyết định số 290-QĐ/TW và Kết luận số 62-KL/TW ngày 8/12/2009 của Bộ Chính trị về đổi mới nội dung, phương thức hoạt động của MTTQ và các đoàn thể; chú trọng nhân rộng các mô hình trong đồng bào dân tộc, tôn giáo.
Theo kế hoạch, từ nay đến cuối năm, Ban Dân vận Thành ủy sẽ phối hợp Báo Cần Thơ, Đài Phát thanh và Truyền hình thành phố mở chuyên mục giới thiệu các điển hình; mỗi quận, huyện chọn ít nhất một mô hình để xây dựng thành điểm tham quan, học tập kinh nghiệm. Các đoàn thể được yêu cầu gắn việc bình xét thi đua với kết quả đánh giá chất lượng tổ chức cơ sở đảng cuối năm.
Hoàng Lan
Lượt xem: 642 | In bài
Tin cùng chuyên mục
- Ô Môn: 15 năm thực hiện Quy chế dân chủ ở cơ sở (10/11/2013)
- Ra mắt mô hình "Dân vận khéo" tại phường Bình Thủy (28/10/2013)
- Thốt Nốt trao 20 căn nhà tình thương (15/10/2013)
""", "2013-11-22", "Cần Thơ biểu dương 96 điển hình \"Dân vận khéo\"",
E("hoi_nghi", "2013", "2013-11-21"),
[P("Huỳnh Thanh Sang", "Thành ủy viên", "Trưởng Ban Dân vận Thành ủy", "Trưởng Khối thi đua dân vận thành phố"),
 P("Trịnh Quốc Bảo", "Phó Trưởng Ban Thường trực Ban Dân vận Thành ủy"),
 P("Kim Thị Mỹ Dung", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố", "Trưởng Ban Dân tộc và Tôn giáo Ủy ban MTTQ thành phố"),
 P("Thạch Sô Phal", "người có uy tín ấp Trường Thọ"),
 P("Lâm Ngọc Hà", "Chủ tịch Hội Liên hiệp Phụ nữ phường An Hòa")],
[Q("96 điển hình", 96, "điển hình"), Q("trên 300 đại biểu", 300, "đại biểu", "over"),
 Q("1.145 mô hình, điển hình", 1145, "mô hình, điển hình"), Q("24 mô hình", 24, "mô hình"),
 Q("gần 3,8 tỷ đồng", 3800000000, "đồng", "approx"), Q("27 cây cầu bê tông", 27, "cây cầu bê tông"),
 Q("450 hộ kinh doanh", 450, "hộ kinh doanh"), Q("100%", 100, "%"), Q("82 hộ Khmer", 82, "hộ Khmer"),
 Q("31 chị em", 31, "chị em"), Q("500.000 đồng", 500000, "đồng")],
[D("Kế hoạch", "108", "KH/TU", "2013-03-14", "Thành ủy", "Kế hoạch số 108-KH/TU ngày 14/3/2013"),
 D("Hướng dẫn", "21", "HD/BDVTW", None, "Ban Dân vận Trung ương", "Hướng dẫn số 21-HD/BDVTW"),
 D("Quyết định", "290", "QĐ/TW", None, None, "Quyết định số 290-QĐ/TW"),
 D("Kết luận", "62", "KL/TW", "2009-12-08", "Bộ Chính trị", "Kết luận số 62-KL/TW ngày 8/12/2009")],
[prov("Cần Thơ"), com("Châu Văn Liêm"), com("Thới Hưng"), com("Trường Xuân"), com("An Hòa")],
["BAN DÂN VẬN THÀNH ỦY CẦN THƠ", "Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Điển hình dân vận",
 "Đồng chí Huỳnh Thanh Sang trao Giấy khen cho các điển hình.", "Dân vận khéo", "Tổ hòa giải 5 nhà",
 "Mái ấm tình thương", "Cây cầu nông thôn", "Lượt xem: 642 | In bài"],
["08:15 | 22/11/2013", "năm 2013", "Lượt xem: 642", "Tổ hòa giải 5 nhà"]))

PAGES.append(page("b5384-thanhhoa-thoxuan-giaoban-2014", """
HUYỆN ỦY THỌ XUÂN - TRANG THÔNG TIN ĐIỆN TỬ
Trang chủ >> Dân vận >> Tin hoạt động
17/10/2014 - 10:05
Giao ban Khối thi đua dân vận huyện: đẩy mạnh bình xét khen thưởng cuối năm
Ngày 16/10/2014, Ban Dân vận Huyện ủy Thọ Xuân (Thanh Hóa) tổ chức giao ban Khối thi đua dân vận quý III năm 2014. Đồng chí Lê Đình Khải, HUV, Trưởng Ban Dân vận Huyện ủy, Trưởng Khối thi đua chủ trì; dự có đồng chí Phạm Thị Thu, Phó Bí thư Thường trực Huyện ủy.
Toàn cảnh buổi giao ban.
Trong quý III, các thành viên khối đã hướng dẫn 41 xã, thị trấn chấm điểm thi đua theo Kế hoạch số 33-KH/HU ngày 5/3/2014 của Ban Thường vụ Huyện ủy; Ủy ban MTTQ huyện phối hợp khảo sát 17 mô hình "Dân vận khéo" đề nghị khen thưởng. Hội Nông dân huyện giải ngân 2,35 tỷ đồng vốn Quỹ hỗ trợ nông dân cho 118 hộ; Hội Cựu chiến binh vận động 1.420 hội viên đóng góp ngày công làm đường. Đoàn Thanh niên tổ chức 9 đợt tình nguyện hè với khoảng 2.600 lượt đoàn viên tham gia.
Bên cạnh kết quả, việc bình xét ở một số xã còn nặng về thành tích, khen thưởng chưa kịp thời cho người trực tiếp lao động; 3 xã nộp hồ sơ thi đua chậm.
Tại buổi giao ban, các đồng chí Phó Trưởng Ban Dân vận Huyện ủy: Trịnh Văn Hùng, Lê Thị Xuân đề nghị thống nhất biểu mẫu chấm điểm theo Quyết định số 12-QĐ/BDVHU của Ban Dân vận Huyện ủy. Ông Hoàng Văn Chiến, Chủ tịch Hội Cựu chiến binh xã Xuân Lập, kiến nghị tăng mức thưởng cho hội viên hiến đất. Bà Lê Thị Hạnh, Bí thư Đoàn xã Thọ Lập, báo cáo xã đã thành lập 4 đội thanh niên xung kích.
Kết luận, đồng chí Lê Đình Khải yêu cầu quý IV các đơn vị hoàn thành chấm điểm trước ngày 30/11, bảo đảm tỷ lệ khen thưởng cho người lao động trực tiếp không dưới 30%; rà soát việc thực hiện Chỉ thị 05, 06-CT/HU của Ban Thường vụ Huyện ủy; chuẩn bị hội nghị tổng kết Khối thi đua năm 2014 theo Luật Thi đua, khen thưởng và Nghị định số 65/2014/NĐ-CP của Chính phủ.
Đồng chí Phạm Thị Thu đánh giá cao sự phối hợp của các thành viên khối; đề nghị Ban Dân vận Huyện ủy tham mưu Ban Thường vụ Huyện ủy lựa chọn những tập thể, cá nhân thật sự tiêu biểu để đề nghị tỉnh khen thưởng, tránh chia đều theo cơ cấu. Các xã cần công khai danh sách đề nghị khen thưởng tại nhà văn hóa thôn để nhân dân góp ý trước khi trình cấp trên. Khối thi đua cũng thống nhất tổ chức kiểm tra chéo giữa các thành viên trong tháng 11, tập trung vào hồ sơ, minh chứng của các mô hình đăng ký, việc sử dụng quỹ thi đua và các kiến nghị của cơ sở về chế độ cho cán bộ chi hội.
Văn Chung
Số lần đọc: 315
Bài viết liên quan
- Xuân Lập: ra mắt mô hình "Dân vận khéo" (03/10/2014)
- Huyện ủy sơ kết 3 năm thực hiện Chỉ thị 03 (22/09/2014)
- Hội Nông dân huyện tập huấn cho 200 hội viên (10/09/2014)
""", "2014-10-17", "Giao ban Khối thi đua dân vận huyện: đẩy mạnh bình xét khen thưởng cuối năm",
E("giao_ban", "2014-Q3", "2014-10-16"),
[P("Lê Đình Khải", "HUV", "Trưởng Ban Dân vận Huyện ủy", "Trưởng Khối thi đua"),
 P("Phạm Thị Thu", "Phó Bí thư Thường trực Huyện ủy"),
 P("Trịnh Văn Hùng", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Lê Thị Xuân", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Hoàng Văn Chiến", "Chủ tịch Hội Cựu chiến binh xã Xuân Lập"),
 P("Lê Thị Hạnh", "Bí thư Đoàn xã Thọ Lập")],
[Q("41 xã, thị trấn", 41, "xã, thị trấn"), Q("17 mô hình", 17, "mô hình"), Q("2,35 tỷ đồng", 2350000000, "đồng"),
 Q("118 hộ", 118, "hộ"), Q("1.420 hội viên", 1420, "hội viên"), Q("9 đợt tình nguyện hè", 9, "đợt tình nguyện hè"),
 Q("khoảng 2.600 lượt đoàn viên", 2600, "lượt đoàn viên", "approx"), Q("3 xã", 3, "xã"),
 Q("4 đội thanh niên xung kích", 4, "đội thanh niên xung kích"), Q("không dưới 30%", 30, "%", "over")],
[D("Kế hoạch", "33", "KH/HU", "2014-03-05", "Ban Thường vụ Huyện ủy", "Kế hoạch số 33-KH/HU ngày 5/3/2014"),
 D("Quyết định", "12", "QĐ/BDVHU", None, "Ban Dân vận Huyện ủy", "Quyết định số 12-QĐ/BDVHU"),
 D("Chỉ thị", "05", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 05, 06-CT/HU"),
 D("Chỉ thị", "06", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 05, 06-CT/HU"),
 D("Nghị định", "65", "2014/NĐ-CP", None, "Chính phủ", "Nghị định số 65/2014/NĐ-CP")],
[prov("Thanh Hóa"), com("Xuân Lập"), com("Thọ Lập")],
["HUYỆN ỦY THỌ XUÂN - TRANG THÔNG TIN ĐIỆN TỬ", "Trang chủ >> Dân vận >> Tin hoạt động", "Toàn cảnh buổi giao ban.",
 "Dân vận khéo", "Luật Thi đua, khen thưởng", "Quỹ hỗ trợ nông dân", "Số lần đọc: 315"],
["17/10/2014 - 10:05", "quý III năm 2014", "quý IV", "ngày 30/11", "Số lần đọc: 315"]))

PAGES.append(page("b5385-gialai-hnd-daihoi-2015", """
Báo Gia Lai điện tử
Chính trị - Xã hội › Mặt trận - Đoàn thể
Ngày đăng 14/08/2015 | 16:20
Quang cảnh Đại hội. Ảnh: Đức Thụy
Hội Nông dân tỉnh: Tôn vinh 150 nông dân điển hình tiên tiến
(GLO)- Ngày 13/8, Hội Nông dân tỉnh Gia Lai long trọng tổ chức Đại hội thi đua yêu nước Hội Nông dân tỉnh lần thứ III, giai đoạn 2010-2015. Tham dự có đồng chí Ksor Y Blơk, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Nguyễn Thị Hoài An, Phó Chủ tịch Trung ương Hội Nông dân Việt Nam; đồng chí Rơ Châm H'Nhung, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh cùng 150 đại biểu là nông dân điển hình tiên tiến đến từ 17 huyện, thị xã, thành phố.
Theo báo cáo, 5 năm qua, phong trào thi đua "Nông dân sản xuất, kinh doanh giỏi, đoàn kết giúp nhau làm giàu và giảm nghèo bền vững" được triển khai sâu rộng theo Nghị quyết số 26-NQ/TW của BCH Trung ương về nông nghiệp, nông dân, nông thôn và Chỉ thị 24, 25-CT/TU của Ban Thường vụ Tỉnh ủy. Bình quân mỗi năm có trên 68.000 hộ đăng ký thi đua, trong đó hơn 39.000 hộ đạt danh hiệu sản xuất, kinh doanh giỏi các cấp; đã giúp 6.150 hộ thoát nghèo. Quỹ hỗ trợ nông dân các cấp đạt 21,4 tỷ đồng, cho 1.870 hộ vay.
Nhiều điển hình là người đồng bào dân tộc thiểu số. Ông Siu Đin, nông dân làng Kte, xã Ia Ka, trồng 4 ha cà phê, mỗi năm thu lãi khoảng 600 triệu đồng và giúp 12 hộ nghèo giống, vốn. Bà Đinh Thị Hmek, Chi hội trưởng Chi hội nông dân làng Đê Kôn, xã Kông Lơng Khơng, vận động 35 hộ Ba Na hiến đất mở đường nội đồng.
Đại hội đã nghe 9 tham luận. Ông Nay Y Dơng, Chủ tịch Hội Nông dân xã Ia Piar, chia sẻ kinh nghiệm thành lập 5 tổ hợp tác trồng hồ tiêu.
Phát biểu chỉ đạo, đồng chí Ksor Y Blơk biểu dương những thành tích nông dân toàn tỉnh đạt được và đề nghị các cấp Hội tiếp tục thực hiện Kết luận số 61-KL/TW của Ban Bí thư về Đề án "Nâng cao vai trò, trách nhiệm của Hội Nông dân Việt Nam"; đổi mới hình thức khen thưởng, kịp thời phát hiện, nhân rộng điển hình ở vùng sâu, vùng xa.
Dịp này, Hội Nông dân tỉnh trao Bằng khen cho 36 tập thể và 72 cá nhân; UBND tỉnh tặng Bằng khen cho 10 tập thể, 15 cá nhân có thành tích xuất sắc trong phong trào thi đua yêu nước giai đoạn 2010-2015. Đại hội cũng bầu 14 đại biểu dự Đại hội thi đua yêu nước toàn tỉnh lần thứ IV, dự kiến tổ chức vào tháng 9/2015.
Đại hội là dịp để Hội Nông dân các cấp nhìn lại kết quả 5 năm, rút ra bài học trong việc xây dựng, nhân rộng điển hình tiên tiến, đồng thời phát động phong trào thi đua giai đoạn 2015-2020 với nhiều chỉ tiêu cao hơn, gắn với chương trình xây dựng nông thôn mới.
Hà Phương
Tin liên quan:
- Ia Grai: Đại hội thi đua yêu nước Hội Nông dân huyện (30/07/2015)
- Gia Lai: 500 nông dân được tập huấn kỹ thuật trồng cà phê (20/07/2015)
- Trao 20 con bò giống cho hộ nghèo Krông Pa (08/07/2015)
""", "2015-08-14", "Hội Nông dân tỉnh: Tôn vinh 150 nông dân điển hình tiên tiến",
E("dai_hoi", None, "2015-08-13"),
[P("Ksor Y Blơk", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Hoài An", "Phó Chủ tịch Trung ương Hội Nông dân Việt Nam"),
 P("Rơ Châm H'Nhung", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh"),
 P("Siu Đin", "nông dân làng Kte"),
 P("Đinh Thị Hmek", "Chi hội trưởng Chi hội nông dân làng Đê Kôn"),
 P("Nay Y Dơng", "Chủ tịch Hội Nông dân xã Ia Piar")],
[Q("150 nông dân điển hình tiên tiến", 150, "nông dân điển hình tiên tiến"),
 Q("17 huyện, thị xã, thành phố", 17, "huyện, thị xã, thành phố"),
 Q("trên 68.000 hộ", 68000, "hộ", "over"), Q("hơn 39.000 hộ", 39000, "hộ", "over"), Q("6.150 hộ", 6150, "hộ"),
 Q("21,4 tỷ đồng", 21400000000, "đồng"), Q("1.870 hộ", 1870, "hộ"), Q("4 ha", 4, "ha"),
 Q("khoảng 600 triệu đồng", 600000000, "đồng", "approx"), Q("12 hộ nghèo", 12, "hộ nghèo"),
 Q("35 hộ Ba Na", 35, "hộ Ba Na"), Q("9 tham luận", 9, "tham luận"), Q("5 tổ hợp tác", 5, "tổ hợp tác"),
 Q("36 tập thể", 36, "tập thể"), Q("72 cá nhân", 72, "cá nhân"), Q("10 tập thể", 10, "tập thể"),
 Q("15 cá nhân", 15, "cá nhân"), Q("14 đại biểu", 14, "đại biểu")],
[D("Nghị quyết", "26", "NQ/TW", None, "BCH Trung ương", "Nghị quyết số 26-NQ/TW"),
 D("Chỉ thị", "24", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 24, 25-CT/TU"),
 D("Chỉ thị", "25", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 24, 25-CT/TU"),
 D("Kết luận", "61", "KL/TW", None, "Ban Bí thư", "Kết luận số 61-KL/TW")],
[prov("Gia Lai"), com("Ia Ka"), com("Kông Lơng Khơng"), com("Ia Piar")],
["Báo Gia Lai điện tử", "Chính trị - Xã hội › Mặt trận - Đoàn thể", "Quang cảnh Đại hội. Ảnh: Đức Thụy", "(GLO)",
 "Nông dân sản xuất, kinh doanh giỏi, đoàn kết giúp nhau làm giàu và giảm nghèo bền vững",
 "Nâng cao vai trò, trách nhiệm của Hội Nông dân Việt Nam", "Quỹ hỗ trợ nông dân"],
["Ngày đăng 14/08/2015 | 16:20", "lần thứ III", "giai đoạn 2010-2015", "5 năm", "lần thứ IV", "tháng 9/2015", "giai đoạn 2015-2020"]))

PAGES.append(page("b5386-daklak-bdv-traoqua-2016", """
BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK
Trang chủ | Tin tức | Công tác dân tộc
Thứ Sáu, 29/01/2016 - 07:45
Đắk Lắk: Thăm, chúc Tết và khen thưởng người có uy tín tiêu biểu
Ngày 28/1/2016, đoàn công tác của Ban Dân vận Tỉnh ủy do đồng chí Y Khuê Byă, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy làm trưởng đoàn đã đến thăm, chúc Tết, tặng quà và trao Giấy khen cho người có uy tín tiêu biểu tại huyện Krông Bông và huyện Lắk nhân dịp Tết Nguyên đán Bính Thân 2016.
Đồng chí Y Khuê Byă trao quà cho già làng buôn Ea Rớt.
Cùng đi có đồng chí H'Luyến Niê, Phó Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Hội đồng Thi đua - Khen thưởng Ban; ông Trần Minh Quý, Phó Trưởng ban Ban Dân tộc tỉnh và các đồng chí Ủy viên Ban Thường vụ Huyện ủy Krông Bông: Y Nguyên Mlô, Phạm Văn Lực.
Tại xã Cư Pui, đoàn đã thăm, tặng quà các già làng, người có uy tín: ông Y Thông Êban, già làng buôn Ea Rớt; ông Y Bhiu Niê, người có uy tín buôn Khanh; ông Ama Hoan, Trưởng buôn Cư Drăm. Tại xã Yang Tao, đoàn thăm ông Y Hòa Liêng Hót, Bí thư Chi bộ buôn Biêr, người 10 năm liền được bình chọn là người có uy tín tiêu biểu.
Báo cáo với đoàn, ông Nguyễn Đức Thành, Chủ tịch UBND xã Cư Pui, cho biết năm 2015 xã có 27 người có uy tín tham gia vận động nhân dân giữ gìn an ninh, hòa giải thành 14 vụ việc mâu thuẫn trong cộng đồng; vận động 230 hộ đồng bào Êđê, Mnông đưa con em đến trường. Toàn xã có 76% thôn, buôn đạt danh hiệu văn hóa.
Thực hiện Quyết định số 18/2011/QĐ-TTg của Thủ tướng Chính phủ về chế độ, chính sách đối với người có uy tín và Kế hoạch 64, 65-KH/BDVTU của Ban Dân vận Tỉnh ủy, dịp này đoàn trao 120 suất quà, mỗi suất trị giá 700.000 đồng, và Giấy khen của Ban Dân vận Tỉnh ủy cho 18 người có uy tín tiêu biểu, kèm tiền thưởng 1 triệu đồng/người. Tổng giá trị quà và thưởng trên 102 triệu đồng.
Phát biểu tại buổi thăm, đồng chí Y Khuê Byă ghi nhận vai trò của già làng, trưởng buôn trong thực hiện Chỉ thị số 06-CT/TW của Ban Bí thư về củng cố, nâng cao chất lượng hoạt động của các tổ chức cơ sở và đề nghị các vị tiếp tục vận động bà con đón Tết vui tươi, lành mạnh, không nghe theo kẻ xấu xúi giục, giữ vững khối đại đoàn kết các dân tộc.
Các già làng bày tỏ vui mừng trước sự quan tâm của Tỉnh ủy, hứa tiếp tục là cầu nối giữa Đảng, chính quyền với buôn làng.
Trong dịp Tết, các huyện ủy cũng tổ chức 15 đoàn đi thăm, tặng quà người có uy tín ở các xã vùng sâu. Theo Ban Dân vận Tỉnh ủy, toàn tỉnh hiện có gần 2.100 người có uy tín.
H.Gia
Tin khác
- Ea H'leo: biểu dương 40 người có uy tín (20/01/2016)
- Hội nghị tổng kết công tác dân vận năm 2015 (12/01/2016)
- Lắk: 300 phần quà Tết cho hộ nghèo (08/01/2016)
""", "2016-01-29", "Đắk Lắk: Thăm, chúc Tết và khen thưởng người có uy tín tiêu biểu",
E("trao_qua", None, "2016-01-28"),
[P("Y Khuê Byă", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("H'Luyến Niê", "Phó Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Hội đồng Thi đua - Khen thưởng Ban"),
 P("Trần Minh Quý", "Phó Trưởng ban Ban Dân tộc tỉnh"),
 P("Y Nguyên Mlô", "Ủy viên Ban Thường vụ Huyện ủy Krông Bông"),
 P("Phạm Văn Lực", "Ủy viên Ban Thường vụ Huyện ủy Krông Bông"),
 P("Y Thông Êban", "già làng buôn Ea Rớt"),
 P("Y Bhiu Niê", "người có uy tín buôn Khanh"),
 P("Ama Hoan", "Trưởng buôn Cư Drăm"),
 P("Y Hòa Liêng Hót", "Bí thư Chi bộ buôn Biêr"),
 P("Nguyễn Đức Thành", "Chủ tịch UBND xã Cư Pui")],
[Q("27 người có uy tín", 27, "người có uy tín"), Q("14 vụ việc mâu thuẫn", 14, "vụ việc mâu thuẫn"),
 Q("230 hộ đồng bào Êđê, Mnông", 230, "hộ đồng bào Êđê, Mnông"), Q("76%", 76, "%"),
 Q("120 suất quà", 120, "suất quà"), Q("700.000 đồng", 700000, "đồng"),
 Q("18 người có uy tín tiêu biểu", 18, "người có uy tín tiêu biểu"), Q("1 triệu đồng/người", 1000000, "đồng"),
 Q("trên 102 triệu đồng", 102000000, "đồng", "over"), Q("15 đoàn", 15, "đoàn"),
 Q("gần 2.100 người có uy tín", 2100, "người có uy tín", "approx")],
[D("Quyết định", "18", "2011/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 18/2011/QĐ-TTg"),
 D("Kế hoạch", "64", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch 64, 65-KH/BDVTU"),
 D("Kế hoạch", "65", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch 64, 65-KH/BDVTU"),
 D("Chỉ thị", "06", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 06-CT/TW")],
[prov("Đắk Lắk"), com("Cư Pui"), com("Yang Tao")],
["BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK", "Trang chủ | Tin tức | Công tác dân tộc",
 "Đồng chí Y Khuê Byă trao quà cho già làng buôn Ea Rớt.", "Tết Nguyên đán Bính Thân 2016"],
["Thứ Sáu, 29/01/2016 - 07:45", "10 năm", "năm 2015", "Bính Thân 2016"]))
