from lib import *
PAGES = []

PAGES.append(page("b6053-namdinh-bdv-tongket-conggiao-2011", """
BAN DÂN VẬN TỈNH ỦY NAM ĐỊNH
Trang chủ > Tin tức > Công tác tôn giáo
Cập nhật: 09:42, 28/12/2011 (GMT+7)
Toàn cảnh hội nghị tổng kết.
Nam Định tổng kết công tác vận động đồng bào Công giáo năm 2011
Ngày 27/12/2011, Ban Dân vận Tỉnh ủy phối hợp với Ban Tôn giáo tỉnh tổ chức hội nghị tổng kết công tác vận động đồng bào Công giáo năm 2011, triển khai nhiệm vụ năm 2012. Đồng chí Trần Thị Huệ, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì. Dự hội nghị có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Vũ Văn Thành, Phạm Thị Lụa và 86 đồng chí là lãnh đạo ban dân vận, Mặt trận các huyện, thành phố.
Theo báo cáo, toàn tỉnh hiện có hơn 420.000 giáo dân, chiếm khoảng 22% dân số, sinh hoạt tại 176 giáo xứ thuộc hai giáo phận Bùi Chu và Phát Diệm. Năm 2011, Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy sơ kết Chỉ thị 18, 19-CT/TU về công tác vận động đồng bào Công giáo và về quản lý đất đai liên quan đến tôn giáo; hướng dẫn các huyện thực hiện Nghị quyết số 25-NQ/TW ngày 12/3/2003 của BCH Trung ương về công tác tôn giáo và Chỉ thị số 1940/CT-TTg ngày 31/12/2008 của Thủ tướng Chính phủ về nhà, đất liên quan đến tôn giáo. Ban cũng ban hành kế hoạch số 37-KH/BDVTU về tiếp xúc, đối thoại với linh mục quản xứ ở cơ sở.
Phong trào "Xứ, họ đạo bình yên" tiếp tục lan rộng với 214 mô hình; giáo dân đã đóng góp trên 35 tỷ đồng và hiến 12.400 m2 đất để làm đường, nhà văn hóa. Các cấp đã tiếp nhận 31 vụ việc tranh chấp đất đai có yếu tố tôn giáo, đã giải quyết dứt điểm 27 vụ, đạt 87,1%.
Tại hội nghị, Linh mục Phêrô Đoàn Văn Khiêm, Quản xứ giáo xứ Quần Phương, Phó Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh, đề nghị chính quyền các xã ven biển thường xuyên gặp gỡ linh mục trước các dịp lễ lớn để trao đổi thông tin. Ông Đỗ Văn Lực, HUV, Trưởng Ban Dân vận Huyện ủy Hải Hậu, chia sẻ cách làm của xã Hải Nhân khi vận động 64 hộ giáo dân tái định cư di dời khỏi bãi bồi. Bà Phạm Thị Nhung, Chủ tịch UBND xã Xuân Ngọc, cho biết xã duy trì giao ban hằng tháng với hội đồng mục vụ 3 giáo họ.
Phát biểu kết luận, đồng chí Trần Thị Huệ yêu cầu năm 2012 các cấp ủy chủ động nắm tình hình, giải quyết từ cơ sở các kiến nghị chính đáng của giáo dân, không để phát sinh điểm nóng; phát huy vai trò chức sắc, chức việc trong vận động bà con "sống tốt đời, đẹp đạo".
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 15 tập thể và 23 cá nhân có thành tích trong công tác vận động đồng bào Công giáo. Đồng chí Trịnh Xuân Hòa, Chánh Văn phòng Ban Dân vận Tỉnh ủy, công bố quyết định khen thưởng.
Hải Yến
Lượt xem: 1.204
Tin liên quan
- Hải Hậu: gặp mặt chức sắc tôn giáo nhân dịp Giáng sinh (20/12/2011)
- Ủy ban Đoàn kết Công giáo tỉnh tổng kết năm 2011 (15/12/2011)
- Nghĩa Hưng: 12 giáo xứ đạt "Xứ, họ đạo bình yên" (01/12/2011)
""", "2011-12-28", "Nam Định tổng kết công tác vận động đồng bào Công giáo năm 2011",
E("tong_ket", "2011", "2011-12-27"),
[P("Trần Thị Huệ", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vũ Văn Thành", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phạm Thị Lụa", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phêrô Đoàn Văn Khiêm", "Linh mục", "Quản xứ giáo xứ Quần Phương", "Phó Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh"),
 P("Đỗ Văn Lực", "HUV", "Trưởng Ban Dân vận Huyện ủy Hải Hậu"),
 P("Phạm Thị Nhung", "Chủ tịch UBND xã Xuân Ngọc"),
 P("Trịnh Xuân Hòa", "Chánh Văn phòng Ban Dân vận Tỉnh ủy")],
[Q("86 đồng chí", 86, "đồng chí"), Q("hơn 420.000 giáo dân", 420000, "giáo dân", "over"),
 Q("khoảng 22%", 22, "%", "approx"), Q("176 giáo xứ", 176, "giáo xứ"), Q("214 mô hình", 214, "mô hình"),
 Q("trên 35 tỷ đồng", 35000000000, "đồng", "over"), Q("12.400 m2", 12400, "m2"),
 Q("31 vụ việc tranh chấp đất đai", 31, "vụ việc tranh chấp đất đai"), Q("27 vụ", 27, "vụ"), Q("87,1%", 87.1, "%"),
 Q("64 hộ giáo dân tái định cư", 64, "hộ giáo dân tái định cư"), Q("3 giáo họ", 3, "giáo họ"),
 Q("15 tập thể", 15, "tập thể"), Q("23 cá nhân", 23, "cá nhân")],
[D("Chỉ thị", "18", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 18, 19-CT/TU"),
 D("Chỉ thị", "19", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 18, 19-CT/TU"),
 D("Nghị quyết", "25", "NQ/TW", "2003-03-12", "BCH Trung ương", "Nghị quyết số 25-NQ/TW ngày 12/3/2003"),
 D("Chỉ thị", "1940", "CT-TTg", "2008-12-31", "Thủ tướng Chính phủ", "Chỉ thị số 1940/CT-TTg ngày 31/12/2008"),
 D("Kế hoạch", "37", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "kế hoạch số 37-KH/BDVTU")],
[prov("Nam Định"), com("Hải Nhân"), com("Xuân Ngọc")],
["BAN DÂN VẬN TỈNH ỦY NAM ĐỊNH", "Trang chủ > Tin tức > Công tác tôn giáo", "Toàn cảnh hội nghị tổng kết.",
 "Xứ, họ đạo bình yên", "sống tốt đời, đẹp đạo", "Lượt xem: 1.204", "Bùi Chu", "Phát Diệm"],
["Cập nhật: 09:42, 28/12/2011 (GMT+7)", "86 đồng chí", "năm 2011", "năm 2012", "Lượt xem: 1.204"]))

PAGES.append(page("b6054-nghean-quynhluu-doithoai-linhmuc-2012", """
Cổng thông tin điện tử huyện Quỳnh Lưu - tỉnh Nghệ An
Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Dân vận
08:15 | 03/10/2012
Quang cảnh buổi đối thoại. Ảnh: Hồng Lam
Quỳnh Lưu: Lãnh đạo huyện đối thoại với các linh mục quản xứ
Ngày 2/10, UBND huyện Quỳnh Lưu tổ chức buổi đối thoại năm 2012 giữa lãnh đạo huyện với linh mục quản xứ và đại diện hội đồng mục vụ 18 giáo xứ trên địa bàn. Đồng chí Hồ Văn Tuấn, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện chủ trì; cùng dự có các đồng chí Phó Chủ tịch UBND huyện: Nguyễn Xuân Lâm, Hồ Sỹ Nguyên.
Huyện hiện có trên 31.000 giáo dân, chiếm 11,4% dân số, thuộc 2 giáo hạt của Giáo phận Vinh. Báo cáo của ông Lê Đình Phúc, HUV, Trưởng Ban Dân vận Huyện ủy, cho biết thời gian qua huyện đã triển khai Pháp lệnh Tín ngưỡng, tôn giáo số 21/2004/PL-UBTVQH11 của Ủy ban Thường vụ Quốc hội, Nghị định số 22/2005/NĐ-CP của Chính phủ và kế hoạch số 112/KH-UBND ngày 15/3/2012 của UBND huyện về giải quyết nhà, đất liên quan đến tôn giáo. Năm 2012, huyện đã cấp 9 giấy chứng nhận quyền sử dụng đất cho cơ sở tôn giáo, hỗ trợ 120 triệu đồng làm cầu dân sinh ở xã Quỳnh Ngọc và nâng cấp 1,2 km đường vào giáo xứ.
Tại buổi đối thoại, các linh mục nêu 14 ý kiến, chủ yếu về đất đai, cấp phép sửa chữa nhà thờ và việc học của con em giáo dân. Linh mục Phaolô Hồ Văn Thái, Quản xứ giáo xứ Song Ngọc, đề nghị huyện sớm giải quyết đơn của giáo xứ về phần đất giáp trường học; Linh mục Giuse Trần Đình Lục, Quản xứ giáo xứ Phú Yên, kiến nghị tu sửa tuyến đê bao cho 430 hộ giáo dân ven sông. Ông Phan Văn Cường, Chủ tịch Hội đồng mục vụ giáo xứ Tam Đa, mong chính quyền xã Sơn Hải thông tin sớm hơn về quy hoạch khu dân cư.
Trả lời các ý kiến, ông Hoàng Văn Đức, Trưởng phòng Tài nguyên và Môi trường huyện, cho biết 3 hồ sơ đất đai đã đủ điều kiện và sẽ trình cấp giấy trước ngày 30/11/2012. Đồng chí Hồ Sỹ Nguyên giao Phòng Giáo dục và Đào tạo rà soát, hỗ trợ học phí cho 76 học sinh có hoàn cảnh khó khăn là con em giáo dân.
Kết luận buổi đối thoại, đồng chí Hồ Văn Tuấn đánh giá các ý kiến thẳng thắn, mang tính xây dựng; đề nghị các linh mục tiếp tục vận động giáo dân chấp hành chủ trương của Đảng, chính sách, pháp luật của Nhà nước, tham gia phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư". Huyện sẽ duy trì đối thoại định kỳ mỗi năm 2 lần và phân công 5 phòng, ban chuyên môn theo dõi từng kiến nghị.
Hồng Lam
Các tin khác
- Quỳnh Lưu: 25 khu dân cư giáo dân đạt chuẩn văn hóa (20/09/2012)
- Hội nghị triển khai Nghị định 22 tại các xã vùng giáo (05/09/2012)
- Gặp mặt chức sắc tôn giáo nhân dịp Quốc khánh (30/08/2012)
""", "2012-10-03", "Quỳnh Lưu: Lãnh đạo huyện đối thoại với các linh mục quản xứ",
E("doi_thoai", "2012", "2012-10-02"),
[P("Hồ Văn Tuấn", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"),
 P("Nguyễn Xuân Lâm", "Phó Chủ tịch UBND huyện"),
 P("Hồ Sỹ Nguyên", "Phó Chủ tịch UBND huyện"),
 P("Lê Đình Phúc", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Phaolô Hồ Văn Thái", "Linh mục", "Quản xứ giáo xứ Song Ngọc"),
 P("Giuse Trần Đình Lục", "Linh mục", "Quản xứ giáo xứ Phú Yên"),
 P("Phan Văn Cường", "Chủ tịch Hội đồng mục vụ giáo xứ Tam Đa"),
 P("Hoàng Văn Đức", "Trưởng phòng Tài nguyên và Môi trường huyện")],
[Q("18 giáo xứ", 18, "giáo xứ"), Q("trên 31.000 giáo dân", 31000, "giáo dân", "over"), Q("11,4%", 11.4, "%"),
 Q("2 giáo hạt", 2, "giáo hạt"), Q("9 giấy chứng nhận quyền sử dụng đất", 9, "giấy chứng nhận quyền sử dụng đất"),
 Q("120 triệu đồng", 120000000, "đồng"), Q("1,2 km", 1.2, "km"), Q("14 ý kiến", 14, "ý kiến"),
 Q("430 hộ giáo dân", 430, "hộ giáo dân"), Q("3 hồ sơ đất đai", 3, "hồ sơ đất đai"),
 Q("76 học sinh", 76, "học sinh"), Q("5 phòng, ban chuyên môn", 5, "phòng, ban chuyên môn")],
[D("Pháp lệnh", "21", "2004/PL-UBTVQH11", None, "Ủy ban Thường vụ Quốc hội", "Pháp lệnh Tín ngưỡng, tôn giáo số 21/2004/PL-UBTVQH11"),
 D("Nghị định", "22", "2005/NĐ-CP", None, "Chính phủ", "Nghị định số 22/2005/NĐ-CP"),
 D("Kế hoạch", "112", "KH-UBND", "2012-03-15", "UBND huyện", "kế hoạch số 112/KH-UBND ngày 15/3/2012")],
[prov("Nghệ An"), com("Quỳnh Ngọc"), com("Sơn Hải")],
["Cổng thông tin điện tử huyện Quỳnh Lưu - tỉnh Nghệ An", "Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Dân vận",
 "Quang cảnh buổi đối thoại. Ảnh: Hồng Lam", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Giáo phận Vinh"],
["08:15 | 03/10/2012", "mỗi năm 2 lần", "30/11/2012", "Năm 2012"]))

PAGES.append(page("b6055-dongnai-ubnd-gapmat-linhmuc-2013", """
ĐỒNG NAI ĐIỆN TỬ
Thời sự › Chính trị › Dân vận - Tôn giáo
Thứ Năm, 19/12/2013 - 16:20
Lãnh đạo tỉnh gặp mặt hơn 240 linh mục chánh xứ
Ngày 18/12, UBND tỉnh phối hợp Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị gặp mặt linh mục chánh xứ năm 2013 nhân dịp Lễ Giáng sinh. Dự có đồng chí Phan Văn Sơn, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; các đồng chí Lương Minh Trí, Đặng Thị Hà - Phó Chủ tịch UBND tỉnh; Linh mục Đaminh Nguyễn Văn Hòa, Tổng Đại diện Giáo phận Xuân Lộc cùng hơn 240 linh mục chánh xứ trong tỉnh.
Đồng chí Phan Văn Sơn phát biểu tại hội nghị.
Đồng Nai là địa phương có đông đồng bào Công giáo nhất cả nước, với hơn 1 triệu giáo dân, chiếm gần 33% dân số, sinh hoạt tại 262 giáo xứ. Bà Nguyễn Thị Ngọc Lan, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, thông tin: năm 2013 các giáo xứ đã đóng góp 415 tỷ đồng xây dựng nông thôn mới, cùng Mặt trận xây 1.350 căn nhà đại đoàn kết và trao 8.600 suất học bổng.
Tỉnh đã tập trung thực hiện Nghị định số 92/2012/NĐ-CP ngày 8/11/2012 của Chính phủ; Kết luận 30, 31-KL/TU của Tỉnh ủy về công tác tôn giáo và về giải quyết đất đai liên quan cơ sở tôn giáo; Quyết định số 2215/QĐ-UBND ngày 21/8/2013 của UBND tỉnh về quy chế phối hợp tiếp nhận kiến nghị của các tổ chức tôn giáo. Trong năm, tỉnh chấp thuận cho 47 công trình tôn giáo được sửa chữa, xây mới; giải quyết 19/23 hồ sơ đất đai tồn đọng.
Tại hội nghị, Linh mục Giuse Phạm Minh Quang, Quản hạt Hố Nai, đề nghị đẩy nhanh tiến độ đường vào khu dân cư giáo xứ Bùi Chu, phường Tân Hòa; Linh mục Phêrô Vũ Đình Khôi, Chánh xứ giáo xứ Thái Hiệp, xã Gia Tân 1, kiến nghị hỗ trợ 126 hộ giáo dân bị ảnh hưởng dự án hồ chứa nước. Ông Tạ Văn Đông, Giám đốc Sở Tài nguyên và Môi trường, và ông Hồ Ngọc Bảo, Trưởng Ban Tôn giáo tỉnh, đã trực tiếp trả lời.
Ông Trương Quang Vinh, Phó Trưởng Ban Dân vận Tỉnh ủy, cho biết trong năm các cấp đã tổ chức 156 buổi tiếp xúc, đối thoại với chức sắc Công giáo; tiếp nhận 64 kiến nghị, đã trả lời 58 kiến nghị. Ủy ban Đoàn kết Công giáo tỉnh phối hợp vận động giáo dân tham gia hiến máu tình nguyện với 3.200 đơn vị máu.
Kết luận, đồng chí Phan Văn Sơn cảm ơn các linh mục đã đồng hành cùng chính quyền trong phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa", đồng thời chúc các linh mục và bà con giáo dân một mùa Giáng sinh an lành. Tỉnh cam kết trả lời bằng văn bản tất cả kiến nghị trong vòng 30 ngày.
Nhân dịp này, lãnh đạo tỉnh đã đến thăm, chúc mừng Tòa Giám mục Xuân Lộc.
Bảo Ngọc
Bài viết liên quan
- Biên Hòa: 96 giáo xứ ký cam kết giữ gìn an ninh trật tự (10/12/2013)
- Ủy ban Đoàn kết Công giáo tỉnh họp mặt cuối năm (04/12/2013)
- Thống Nhất vận động giáo dân hiến đất làm đường (26/11/2013)
""", "2013-12-19", "Lãnh đạo tỉnh gặp mặt hơn 240 linh mục chánh xứ",
E("hoi_nghi", "2013", "2013-12-18"),
[P("Phan Văn Sơn", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Lương Minh Trí", "Phó Chủ tịch UBND tỉnh"),
 P("Đặng Thị Hà", "Phó Chủ tịch UBND tỉnh"),
 P("Đaminh Nguyễn Văn Hòa", "Linh mục", "Tổng Đại diện Giáo phận Xuân Lộc"),
 P("Nguyễn Thị Ngọc Lan", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Giuse Phạm Minh Quang", "Linh mục", "Quản hạt Hố Nai"),
 P("Phêrô Vũ Đình Khôi", "Linh mục", "Chánh xứ giáo xứ Thái Hiệp"),
 P("Tạ Văn Đông", "Giám đốc Sở Tài nguyên và Môi trường"),
 P("Hồ Ngọc Bảo", "Trưởng Ban Tôn giáo tỉnh"),
 P("Trương Quang Vinh", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("hơn 240 linh mục chánh xứ", 240, "linh mục chánh xứ", "over"),
 Q("hơn 1 triệu giáo dân", 1000000, "giáo dân", "over"), Q("gần 33%", 33, "%", "approx"), Q("262 giáo xứ", 262, "giáo xứ"),
 Q("415 tỷ đồng", 415000000000, "đồng"), Q("1.350 căn nhà đại đoàn kết", 1350, "căn nhà đại đoàn kết"),
 Q("8.600 suất học bổng", 8600, "suất học bổng"), Q("47 công trình tôn giáo", 47, "công trình tôn giáo"),
 Q("19/23 hồ sơ đất đai", 19, "hồ sơ đất đai"), Q("126 hộ giáo dân", 126, "hộ giáo dân"),
 Q("156 buổi tiếp xúc, đối thoại", 156, "buổi tiếp xúc, đối thoại"), Q("64 kiến nghị", 64, "kiến nghị"),
 Q("58 kiến nghị", 58, "kiến nghị"), Q("3.200 đơn vị máu", 3200, "đơn vị máu")],
[D("Nghị định", "92", "2012/NĐ-CP", "2012-11-08", "Chính phủ", "Nghị định số 92/2012/NĐ-CP ngày 8/11/2012"),
 D("Kết luận", "30", "KL/TU", None, "Tỉnh ủy", "Kết luận 30, 31-KL/TU"),
 D("Kết luận", "31", "KL/TU", None, "Tỉnh ủy", "Kết luận 30, 31-KL/TU"),
 D("Quyết định", "2215", "QĐ-UBND", "2013-08-21", "UBND tỉnh", "Quyết định số 2215/QĐ-UBND ngày 21/8/2013")],
[prov("Đồng Nai"), com("Tân Hòa"), com("Gia Tân 1")],
["ĐỒNG NAI ĐIỆN TỬ", "Thời sự › Chính trị › Dân vận - Tôn giáo", "Đồng chí Phan Văn Sơn phát biểu tại hội nghị.",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa", "Tòa Giám mục Xuân Lộc"],
["Thứ Năm, 19/12/2013 - 16:20", "năm 2013", "30 ngày"]))

PAGES.append(page("b6056-kontum-bdv-soket-vunggiao-2014", """
BÁO KON TUM ĐIỆN TỬ
Trang chủ >> Chính trị >> Xây dựng Đảng
17/07/2014 - 10:05
Ảnh: Đồng chí A Phan phát biểu tại hội nghị.
Kon Tum: Vận động đồng bào Công giáo dân tộc thiểu số có nhiều chuyển biến
Ngày 16/7/2014, Ban Dân vận Tỉnh ủy tổ chức hội nghị sơ kết công tác dân vận vùng đồng bào Công giáo 6 tháng đầu năm 2014, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Y Thị Loan, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì. Tham dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: A Phan, Trần Văn Bình, Lê Thị Hạnh.
Theo báo cáo, Giáo phận Kon Tum hiện có hơn 200.000 giáo dân trên địa bàn tỉnh, trong đó trên 80% là đồng bào dân tộc thiểu số Ba Na, Xơ Đăng, Giẻ Triêng, sinh hoạt tại 62 giáo xứ và hơn 500 giáo họ, làng đạo. Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 05, 06-CT/TU về tăng cường vận động đồng bào Công giáo và về phòng ngừa hoạt động lợi dụng tôn giáo; ban hành kế hoạch số 79-KH/BDVTU ngày 10/2/2014 về đối thoại với linh mục quản xứ vùng sâu. Các cấp đã phối hợp triển khai Quyết định số 755/QĐ-TTg ngày 20/5/2013 của Thủ tướng Chính phủ, hỗ trợ đất sản xuất cho 1.245 hộ đồng bào dân tộc thiểu số nghèo, trong đó phần lớn là giáo dân.
6 tháng qua, khối dân vận các cấp mở 47 lớp bồi dưỡng kiến thức pháp luật với 2.180 lượt người tham dự; tổ chức 36 buổi tiếp xúc với linh mục, chức việc; tiếp nhận 18 đơn thư, đã giải quyết 15 đơn. Tỷ lệ hộ giáo dân đạt gia đình văn hóa đạt 78,5%. Đồng chí A Phan cho biết toàn tỉnh hiện có 212 linh mục và 1.030 tu sĩ, nữ tu; các cấp đã hỗ trợ 2,4 tỷ đồng làm 48 căn nhà cho hộ giáo dân nghèo và cấp 3.500 thẻ bảo hiểm y tế cho người có uy tín, chức việc.
Tại hội nghị, ông A Dũng, HUV, Trưởng Ban Dân vận Huyện ủy Kon Rẫy, chia sẻ kinh nghiệm phối hợp với Linh mục Giuse A Ruôn, Quản xứ giáo xứ Đăk Mơ, vận động 27 hộ bỏ tập tục chôn chung; bà Y Hên, Bí thư Đảng ủy xã Đăk Ruồng, cho biết xã đã đưa 4 thôn giáo dân ra khỏi danh sách thôn đặc biệt khó khăn. Ông Nguyễn Hữu Thắng, Phó Trưởng Ban Tôn giáo Sở Nội vụ, đề nghị các huyện cập nhật danh sách chức việc mới bổ nhiệm.
Phát biểu kết luận, đồng chí Y Thị Loan yêu cầu 6 tháng cuối năm các cấp chủ động nắm tình hình, ngăn chặn hoạt động "Nhà nước Đề Ga", không để kẻ xấu lợi dụng; duy trì gặp gỡ định kỳ với Tòa Giám mục và các linh mục quản xứ; nhân rộng mô hình "Làng đạo bình yên" ở 9 xã vùng sâu.
Ngọc Tân
Lượt xem: 642
TIN CÙNG CHUYÊN MỤC
- Sa Thầy: tập huấn công tác dân vận cho 60 cán bộ thôn (08/07/2014)
- Tu Mơ Rông đối thoại với người có uy tín (30/06/2014)
- Đăk Hà sơ kết mô hình "Dân vận khéo" (20/06/2014)
""", "2014-07-17", "Kon Tum: Vận động đồng bào Công giáo dân tộc thiểu số có nhiều chuyển biến",
E("so_ket", "2014-H1", "2014-07-16"),
[P("Y Thị Loan", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("A Phan", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Văn Bình", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Thị Hạnh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("A Dũng", "HUV", "Trưởng Ban Dân vận Huyện ủy Kon Rẫy"),
 P("Giuse A Ruôn", "Linh mục", "Quản xứ giáo xứ Đăk Mơ"),
 P("Y Hên", "Bí thư Đảng ủy xã Đăk Ruồng"),
 P("Nguyễn Hữu Thắng", "Phó Trưởng Ban Tôn giáo Sở Nội vụ")],
[Q("hơn 200.000 giáo dân", 200000, "giáo dân", "over"), Q("trên 80%", 80, "%", "over"), Q("62 giáo xứ", 62, "giáo xứ"),
 Q("hơn 500 giáo họ, làng đạo", 500, "giáo họ, làng đạo", "over"),
 Q("1.245 hộ đồng bào dân tộc thiểu số nghèo", 1245, "hộ đồng bào dân tộc thiểu số nghèo"),
 Q("47 lớp bồi dưỡng kiến thức pháp luật", 47, "lớp bồi dưỡng kiến thức pháp luật"), Q("2.180 lượt người", 2180, "lượt người"),
 Q("36 buổi tiếp xúc", 36, "buổi tiếp xúc"), Q("18 đơn thư", 18, "đơn thư"), Q("15 đơn", 15, "đơn"), Q("78,5%", 78.5, "%"),
 Q("212 linh mục", 212, "linh mục"), Q("1.030 tu sĩ, nữ tu", 1030, "tu sĩ, nữ tu"), Q("2,4 tỷ đồng", 2400000000, "đồng"),
 Q("48 căn nhà", 48, "căn nhà"), Q("3.500 thẻ bảo hiểm y tế", 3500, "thẻ bảo hiểm y tế"),
 Q("27 hộ", 27, "hộ"), Q("4 thôn giáo dân", 4, "thôn giáo dân"), Q("9 xã vùng sâu", 9, "xã vùng sâu")],
[D("Chỉ thị", "05", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 05, 06-CT/TU"),
 D("Chỉ thị", "06", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 05, 06-CT/TU"),
 D("Kế hoạch", "79", "KH/BDVTU", "2014-02-10", "Ban Dân vận Tỉnh ủy", "kế hoạch số 79-KH/BDVTU ngày 10/2/2014"),
 D("Quyết định", "755", "QĐ-TTg", "2013-05-20", "Thủ tướng Chính phủ", "Quyết định số 755/QĐ-TTg ngày 20/5/2013")],
[prov("Kon Tum"), com("Đăk Ruồng")],
["BÁO KON TUM ĐIỆN TỬ", "Trang chủ >> Chính trị >> Xây dựng Đảng", "Ảnh: Đồng chí A Phan phát biểu tại hội nghị.",
 "Nhà nước Đề Ga", "Làng đạo bình yên", "Lượt xem: 642", "Giáo phận Kon Tum"],
["17/07/2014 - 10:05", "6 tháng đầu năm 2014", "6 tháng cuối năm", "6 tháng qua", "Lượt xem: 642"]))

PAGES.append(page("b6057-hatinh-giaoban-quy3-vunggiao-2015", """
Báo Hà Tĩnh - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Hà Tĩnh
Vị trí: Trang chủ | Chính trị | Dân vận
Ngày đăng 06/10/2015 | 16:20
Vùng giáo Kỳ Anh: Chính quyền và linh mục cùng bàn việc dân
Đồng chí Nguyễn Thị Thu Hằng chủ trì giao ban.
Sáng 5/10, tại cuộc họp giao ban khối dân vận quý III/2015, Ban Dân vận Tỉnh ủy đã dành phần lớn thời gian bàn về tình hình vùng giáo các xã ven biển Kỳ Anh. Đồng chí Nguyễn Thị Thu Hằng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh chủ trì; dự có ông Trần Đình Khang, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy và lãnh đạo 13 huyện, thị, thành ủy.
Theo báo cáo, Hà Tĩnh có trên 140.000 giáo dân sinh hoạt tại 92 giáo xứ; riêng thị xã Kỳ Anh có hơn 18.000 giáo dân, nhiều hộ nằm trong diện di dời của khu kinh tế. Thực hiện Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao chất lượng công tác dân vận của cơ quan nhà nước, chính quyền các cấp đã tổ chức 28 cuộc đối thoại với linh mục và giáo dân; ký Quy chế phối hợp số 07/QCPH-BDV-MTTQ giữa Ban Dân vận Tỉnh ủy và Ủy ban MTTQ tỉnh về tiếp nhận kiến nghị của giáo dân. Chỉ thị số 22-CT/TU ngày 15/4/2014 của Ban Thường vụ Tỉnh ủy về công tác vận động đồng bào Công giáo tiếp tục được quán triệt đến 100% chi bộ vùng giáo.
Trong quý III, các cơ quan chức năng đã vận động 312 hộ giáo dân bàn giao mặt bằng; chi trả hơn 46,5 tỷ đồng tiền bồi thường; bố trí 5 khu tái định cư. Tuy vậy vẫn còn 41 hộ chưa đồng thuận về giá đất. Tháng 9, Ban Dân vận Thị ủy Kỳ Anh phối hợp Ủy ban MTTQ thị xã tổ chức 6 buổi gặp mặt các linh mục quản xứ về 2 dự án nhiệt điện; kết quả có 97% hộ giáo dân trong vùng dự án đồng thuận với phương án bồi thường. Ông Phan Đình Long, Phó Chủ tịch UBND thị xã Kỳ Anh, cho biết thị xã đã chi 3,2 tỷ đồng hỗ trợ chuyển đổi nghề cho 180 lao động.
Ông Lê Văn Thiện, Thị ủy viên, Trưởng Ban Dân vận Thị ủy Kỳ Anh, cho biết nhờ Linh mục Antôn Nguyễn Văn Lộc, Quản xứ giáo xứ Hải Phong, trực tiếp cùng cán bộ xuống từng gia đình nên xã Kỳ Lợi đã hoàn thành việc bàn giao đất. Bà Võ Thị Hương, Chủ tịch Ủy ban MTTQ xã Kỳ Nam, đề nghị tỉnh hỗ trợ thêm việc làm cho 260 lao động giáo dân mất đất sản xuất.
Kết luận giao ban, đồng chí Nguyễn Thị Thu Hằng yêu cầu quý IV phải giải quyết dứt điểm kiến nghị của 41 hộ, tăng cường đối thoại, tuyệt đối không cưỡng chế khi chưa làm tốt công tác vận động; giao ông Trần Đình Khang xây dựng kế hoạch gặp mặt chức sắc Giáo phận Vinh trước Lễ Giáng sinh.
Văn Đức
Tin khác
- Hương Sơn: Đối thoại với nhân dân về bồi thường dự án thủy lợi (28/09/2015)
- 96% khu dân cư vùng giáo đạt chuẩn văn hóa (18/09/2015)
- Can Lộc tập huấn công tác tôn giáo cho cán bộ cơ sở (10/09/2015)
""", "2015-10-06", "Vùng giáo Kỳ Anh: Chính quyền và linh mục cùng bàn việc dân",
E("giao_ban", "2015-Q3", "2015-10-05"),
[P("Nguyễn Thị Thu Hằng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Trần Đình Khang", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Lê Văn Thiện", "Thị ủy viên", "Trưởng Ban Dân vận Thị ủy Kỳ Anh"),
 P("Antôn Nguyễn Văn Lộc", "Linh mục", "Quản xứ giáo xứ Hải Phong"),
 P("Võ Thị Hương", "Chủ tịch Ủy ban MTTQ xã Kỳ Nam"),
 P("Phan Đình Long", "Phó Chủ tịch UBND thị xã Kỳ Anh")],
[Q("13 huyện, thị, thành ủy", 13, "huyện, thị, thành ủy"), Q("trên 140.000 giáo dân", 140000, "giáo dân", "over"),
 Q("92 giáo xứ", 92, "giáo xứ"), Q("hơn 18.000 giáo dân", 18000, "giáo dân", "over"),
 Q("28 cuộc đối thoại", 28, "cuộc đối thoại"), Q("100% chi bộ vùng giáo", 100, "%"),
 Q("312 hộ giáo dân", 312, "hộ giáo dân"), Q("hơn 46,5 tỷ đồng", 46500000000, "đồng", "over"),
 Q("5 khu tái định cư", 5, "khu tái định cư"), Q("41 hộ", 41, "hộ"), Q("6 buổi gặp mặt", 6, "buổi gặp mặt"), Q("2 dự án nhiệt điện", 2, "dự án nhiệt điện"),
 Q("97%", 97, "%"), Q("3,2 tỷ đồng", 3200000000, "đồng"), Q("180 lao động", 180, "lao động"), Q("260 lao động giáo dân", 260, "lao động giáo dân")],
[D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 14/7/2015"),
 D("Quy chế phối hợp", "07", "QCPH-BDV-MTTQ", None, None, "Quy chế phối hợp số 07/QCPH-BDV-MTTQ"),
 D("Chỉ thị", "22", "CT/TU", "2014-04-15", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 22-CT/TU ngày 15/4/2014")],
[prov("Hà Tĩnh"), com("Kỳ Lợi"), com("Kỳ Nam")],
["Báo Hà Tĩnh - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Hà Tĩnh", "Vị trí: Trang chủ | Chính trị | Dân vận",
 "Đồng chí Nguyễn Thị Thu Hằng chủ trì giao ban.", "Giáo phận Vinh"],
["Ngày đăng 06/10/2015 | 16:20", "quý III/2015", "quý III", "quý IV"]))

PAGES.append(page("b6058-thaibinh-xanamhong-traoqua-giangsinh-2016", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ NAM HỒNG - HUYỆN TIỀN HẢI - TỈNH THÁI BÌNH
Trang chủ - Tin tức - Hoạt động của Đảng ủy, chính quyền
23-12-2016 09:40
Lãnh đạo xã thăm, tặng quà các giáo họ nhân dịp Lễ Giáng sinh 2016
Đồng chí Bùi Văn Hiển trao quà cho giáo họ Hồng Thái.
Ngày 22/12/2016, đoàn công tác của Đảng ủy, HĐND, UBND, Ủy ban MTTQ xã Nam Hồng do đồng chí Bùi Văn Hiển, Bí thư Đảng ủy, Chủ tịch HĐND xã làm trưởng đoàn đã đến thăm, chúc mừng và tặng quà Linh mục Vinh Sơn Phạm Quang Đạo, Quản xứ giáo xứ Hồng Lý, cùng ban hành giáo 4 giáo họ trên địa bàn xã nhân dịp Lễ Giáng sinh 2016. Cùng đi có các ông Nguyễn Văn Toản, Đặng Văn Khuê - Phó Chủ tịch UBND xã và bà Phạm Thị Mến, Chủ tịch Ủy ban MTTQ Việt Nam xã.
Xã Nam Hồng hiện có 1.860 giáo dân, chiếm gần 19% dân số, sinh hoạt tại 4 giáo họ thuộc Giáo phận Thái Bình. Thực hiện kế hoạch số 58/KH-UBND ngày 10/12/2016 của UBND xã, dịp này xã trao 35 suất quà cho các gia đình giáo dân có hoàn cảnh khó khăn, mỗi suất trị giá 500.000 đồng, tổng trị giá 17,5 triệu đồng; riêng Ủy ban MTTQ xã trao 12 chăn ấm cho người cao tuổi neo đơn.
Theo ông Nguyễn Văn Toản, năm 2016 xã đã giải quyết 7/8 đơn thư của giáo dân, vận động 96% hộ giáo dân tham gia bảo hiểm y tế; 2 giáo họ Hồng Thái và Hồng Tiến được huyện công nhận khu dân cư văn hóa. Ban Dân vận Huyện ủy Tiền Hải cũng hỗ trợ 6 triệu đồng để giáo họ Hồng Tiến mua tủ sách pháp luật.
Tại buổi thăm, đồng chí Bùi Văn Hiển thông báo kết quả năm 2016: xã đạt chuẩn nông thôn mới, thu nhập bình quân 36 triệu đồng/người/năm, tỷ lệ hộ nghèo còn 2,8%. Đồng bào Công giáo đã hiến 2.300 m2 đất, góp 640 triệu đồng làm 3,5 km đường giao thông nội đồng. Theo Nghị quyết số 09-NQ/ĐU ngày 5/1/2016 của Đảng ủy xã về xây dựng nông thôn mới, năm 2017 xã sẽ tiếp tục cứng hóa 2 km kênh mương tại các xóm vùng giáo.
Thay mặt giáo xứ, Linh mục Vinh Sơn Phạm Quang Đạo cảm ơn sự quan tâm của cấp ủy, chính quyền; cho biết giáo xứ luôn khuyến khích giáo dân thực hiện tốt cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh". Ông Đinh Văn Chiến, Trùm trưởng giáo họ Hồng Thái, mong xã sớm sửa lại cầu qua sông Long Hầu.
Cùng ngày, đoàn đã đến thăm, tặng quà 8 gia đình chức việc và 2 nữ tu thuộc Dòng Mến Thánh Giá đang phục vụ tại xã.
Ban biên tập
Lượt truy cập: 25.318
Các tin đã đưa
- Xã Nam Hồng tổ chức Hội nghị tiếp xúc cử tri cuối năm 2016 (12/12/2016)
- Ra quân làm đường giao thông nông thôn (25/11/2016)
- Đại hội Hội Nông dân xã nhiệm kỳ 2016 - 2021 (05/10/2016)
- Giáo xứ Hồng Lý ra mắt mô hình "Giáo họ tự quản về an ninh trật tự" (16/09/2016)
""", "2016-12-23", "Lãnh đạo xã thăm, tặng quà các giáo họ nhân dịp Lễ Giáng sinh 2016",
E("trao_qua", None, "2016-12-22"),
[P("Bùi Văn Hiển", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Vinh Sơn Phạm Quang Đạo", "Linh mục", "Quản xứ giáo xứ Hồng Lý"),
 P("Nguyễn Văn Toản", "Phó Chủ tịch UBND xã"),
 P("Đặng Văn Khuê", "Phó Chủ tịch UBND xã"),
 P("Phạm Thị Mến", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Đinh Văn Chiến", "Trùm trưởng giáo họ Hồng Thái")],
[Q("4 giáo họ", 4, "giáo họ"), Q("1.860 giáo dân", 1860, "giáo dân"), Q("gần 19%", 19, "%", "approx"),
 Q("35 suất quà", 35, "suất quà"), Q("500.000 đồng", 500000, "đồng"), Q("17,5 triệu đồng", 17500000, "đồng"),
 Q("12 chăn ấm", 12, "chăn ấm"), Q("7/8 đơn thư", 7, "đơn thư"), Q("96%", 96, "%"),
 Q("2 giáo họ", 2, "giáo họ"), Q("6 triệu đồng", 6000000, "đồng"), Q("36 triệu đồng/người/năm", 36000000, "đồng"), Q("2,8%", 2.8, "%"),
 Q("2.300 m2", 2300, "m2"), Q("640 triệu đồng", 640000000, "đồng"), Q("3,5 km", 3.5, "km"), Q("2 km", 2, "km"),
 Q("8 gia đình chức việc", 8, "gia đình chức việc"), Q("2 nữ tu", 2, "nữ tu")],
[D("Kế hoạch", "58", "KH-UBND", "2016-12-10", "UBND xã", "kế hoạch số 58/KH-UBND ngày 10/12/2016"),
 D("Nghị quyết", "09", "NQ/ĐU", "2016-01-05", "Đảng ủy xã", "Nghị quyết số 09-NQ/ĐU ngày 5/1/2016")],
[prov("Thái Bình"), com("Nam Hồng")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ NAM HỒNG - HUYỆN TIỀN HẢI - TỈNH THÁI BÌNH", "Trang chủ - Tin tức - Hoạt động của Đảng ủy, chính quyền",
 "Đồng chí Bùi Văn Hiển trao quà cho giáo họ Hồng Thái.", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
 "Lượt truy cập: 25.318", "Dòng Mến Thánh Giá", "Giáo phận Thái Bình"],
["23-12-2016 09:40", "Lễ Giáng sinh 2016", "năm 2016", "năm 2017", "Lượt truy cập: 25.318"]))
