from lib import *
PAGES = []

PAGES.append(page("b7037-thanhhoa-hoanghoa-huyhieu-2011", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HOẰNG HÓA - TỈNH THANH HÓA
Trang chủ > Tin tức - Sự kiện > Xây dựng Đảng
Thứ Bảy, 29/01/2011 - 08:40
Hoằng Hóa: 214 đảng viên được trao Huy hiệu Đảng đợt 3/2
Chiều 28/1, Ban Thường vụ Huyện ủy Hoằng Hóa tổ chức lễ trao Huy hiệu Đảng đợt 3/2/2011 cho 214 đảng viên, nhân dịp kỷ niệm 81 năm Ngày thành lập Đảng Cộng sản Việt Nam và chào mừng Đại hội đại biểu toàn quốc lần thứ XI của Đảng.
Trong số đảng viên được trao Huy hiệu đợt này có 6 đồng chí nhận Huy hiệu 60 năm tuổi Đảng, 31 đồng chí nhận Huy hiệu 50 năm, 58 đồng chí nhận Huy hiệu 40 năm và 119 đồng chí nhận Huy hiệu 30 năm tuổi Đảng. Nhiều đồng chí đã ngoài 80 tuổi, từng tham gia kháng chiến chống Pháp, chống Mỹ và nay vẫn gương mẫu sinh hoạt ở chi bộ thôn, xóm.
Đồng chí Lê Đình Thuận, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy Thanh Hóa về dự và trao Huy hiệu 60 năm tuổi Đảng cho các đồng chí lão thành. Cùng dự có đồng chí Nguyễn Văn Hùng, Bí thư Huyện ủy, Chủ tịch HĐND huyện; đồng chí Trịnh Thị Lan, Phó Bí thư Thường trực Huyện ủy.
Phát biểu tại buổi lễ, đồng chí Lê Đình Thuận chúc mừng các đảng viên vinh dự nhận Huy hiệu Đảng; khẳng định đây là sự ghi nhận của Đảng đối với những cống hiến bền bỉ của mỗi đảng viên trong suốt quá trình hoạt động. Đồng chí đề nghị các đảng viên lão thành tiếp tục giữ gìn phẩm chất, tham gia góp ý xây dựng Đảng, giáo dục truyền thống cho thế hệ trẻ và vận động con cháu chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước.
Việc xét, đề nghị tặng Huy hiệu Đảng được Huyện ủy thực hiện theo Quy định số 112-QĐ/TW ngày 30/10/2007 của Bộ Chính trị về Huy hiệu Đảng và Hướng dẫn số 04-HD/VPTW của Văn phòng Trung ương Đảng. Năm 2010, toàn huyện đã trao Huy hiệu Đảng cho 486 đảng viên, đảm bảo kịp thời, đúng đối tượng; riêng các đảng viên già yếu, ốm đau được các chi bộ trao tận nhà.
Thay mặt các đảng viên được nhận Huy hiệu, cụ Hoàng Văn Bảo, 87 tuổi, Chi bộ thôn Nghĩa Trang, xã Hoằng Trinh, bày tỏ niềm tự hào và hứa sẽ luôn giữ vững niềm tin vào Đảng, tham gia tích cực các phong trào ở địa phương. Theo cụ, trong 60 năm qua, dù ở cương vị nào, điều cụ luôn nhắc mình là "việc gì có lợi cho dân thì phải hết sức làm".
Đồng chí Trịnh Thị Lan cho biết, hiện Đảng bộ huyện có 63 tổ chức cơ sở đảng với trên 14.000 đảng viên; trong đó hơn 2.100 đảng viên được miễn sinh hoạt, công tác do tuổi cao. Đảng bộ xã Hoằng Trinh và thị trấn Bút Sơn là hai đơn vị có nhiều đảng viên nhận Huy hiệu nhất đợt này.
Ngọc Huấn
Lượt xem: 1.032
Tin liên quan
- Hoằng Hóa kết nạp 312 đảng viên mới trong năm 2010 (12/01/2011)
- Huyện ủy Hoằng Hóa tổng kết công tác xây dựng Đảng năm 2010 (05/01/2011)
- Trao Huy hiệu 40 năm tuổi Đảng cho 45 đảng viên xã Hoằng Lộc (08/11/2010)
""", "2011-01-29", "Hoằng Hóa: 214 đảng viên được trao Huy hiệu Đảng đợt 3/2",
E("khac", None, "2011-01-28"),
[P("Lê Đình Thuận", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tổ chức Tỉnh ủy Thanh Hóa"),
 P("Nguyễn Văn Hùng", "Bí thư Huyện ủy", "Chủ tịch HĐND huyện"),
 P("Trịnh Thị Lan", "Phó Bí thư Thường trực Huyện ủy"),
 P("Hoàng Văn Bảo")],
[Q("214 đảng viên", 214, "đảng viên"), Q("6 đồng chí", 6, "đồng chí"), Q("31 đồng chí", 31, "đồng chí"),
 Q("58 đồng chí", 58, "đồng chí"), Q("119 đồng chí", 119, "đồng chí"), Q("486 đảng viên", 486, "đảng viên"),
 Q("63 tổ chức cơ sở đảng", 63, "tổ chức cơ sở đảng"), Q("trên 14.000 đảng viên", 14000, "đảng viên", "over"),
 Q("hơn 2.100 đảng viên", 2100, "đảng viên", "over")],
[D("Quy định", "112", "QĐ/TW", "2007-10-30", "Bộ Chính trị", "Quy định số 112-QĐ/TW ngày 30/10/2007"),
 D("Hướng dẫn", "04", "HD/VPTW", None, "Văn phòng Trung ương Đảng", "Hướng dẫn số 04-HD/VPTW")],
[prov("Thanh Hóa"), com("Hoằng Trinh"), com("Bút Sơn")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HOẰNG HÓA - TỈNH THANH HÓA", "Trang chủ > Tin tức - Sự kiện > Xây dựng Đảng", "Lượt xem: 1.032",
 "việc gì có lợi cho dân thì phải hết sức làm"],
["Thứ Bảy, 29/01/2011 - 08:40", "81 năm", "lần thứ XI", "60 năm tuổi Đảng", "50 năm", "40 năm", "30 năm tuổi Đảng",
 "80 tuổi", "87 tuổi", "60 năm qua", "6 đồng chí", "31 đồng chí", "58 đồng chí", "119 đồng chí", "đợt 3/2/2011", "Năm 2010", "Lượt xem: 1.032"]))

PAGES.append(page("b7038-namdinh-phuongvixuyen-soket-2012", """
Báo Nam Định điện tử
Xây dựng Đảng
Cập nhật: 15:20, 10/07/2012 (GMT+7)
Đảng ủy phường Vị Xuyên trao Huy hiệu Đảng và sơ kết công tác 6 tháng
Ngày 9/7/2012, Đảng ủy phường Vị Xuyên (thành phố Nam Định) tổ chức hội nghị sơ kết công tác xây dựng Đảng 6 tháng đầu năm 2012, triển khai nhiệm vụ 6 tháng cuối năm; kết hợp trao Huy hiệu Đảng đợt 19/5 cho các đảng viên lão thành.
Đồng chí Phạm Thị Thu Hà, Thành ủy viên, Bí thư Đảng ủy phường Vị Xuyên chủ trì hội nghị.
Quang cảnh hội nghị. Ảnh: Văn Đông
Báo cáo của Đảng ủy phường cho thấy, 6 tháng đầu năm, 14 chi bộ trực thuộc duy trì nền nếp sinh hoạt; Đảng ủy đã tổ chức học tập, quán triệt Nghị quyết Trung ương 4 (khóa XI) "Một số vấn đề cấp bách về xây dựng Đảng hiện nay" cho 100% cán bộ, đảng viên; kết nạp 5 đảng viên mới. Đảng ủy ban hành Kế hoạch số 18-KH/ĐU về kiểm điểm tự phê bình và phê bình theo tinh thần Nghị quyết Trung ương 4 và Chỉ thị số 03-CT/TW ngày 14/5/2011 của Bộ Chính trị về tiếp tục đẩy mạnh việc học tập và làm theo tấm gương đạo đức Hồ Chí Minh.
Công tác vận động nhân dân đóng góp xây dựng hạ tầng đô thị được quan tâm, nhân dân đã đóng góp gần 850 triệu đồng cải tạo 3 tuyến ngõ xóm; Quỹ "Vì người nghèo" của phường vận động được 62,5 triệu đồng.
Tại hội nghị, Đảng ủy phường đã trao Huy hiệu Đảng cho 9 đảng viên, gồm: Huy hiệu 60 năm tuổi Đảng cho đồng chí Trần Văn Khiêm; Huy hiệu 50 năm tuổi Đảng cho 2 đồng chí; Huy hiệu 40 năm tuổi Đảng cho 4 đồng chí và Huy hiệu 30 năm tuổi Đảng cho 2 đồng chí.
Đồng chí Trần Văn Khiêm, nguyên Phó Giám đốc Sở Công nghiệp tỉnh, đảng viên Chi bộ tổ dân phố số 6, xúc động nói: "Được nhận Huy hiệu 60 năm tuổi Đảng là niềm vinh dự lớn, tôi sẽ tiếp tục đóng góp ý kiến để chi bộ ngày càng vững mạnh".
Đồng chí Vũ Văn Tiến, Phó Bí thư Đảng ủy, Chủ tịch UBND phường, cho biết 6 tháng cuối năm phường tập trung hoàn thành chỉnh trang 2 tuyến phố, phấn đấu thu ngân sách đạt trên 95% dự toán; làm tốt công tác chuẩn bị xét tặng Huy hiệu Đảng đợt 2/9 và 7/11 cho 11 đảng viên.
Ý kiến thảo luận tại hội nghị đề nghị Đảng ủy quan tâm hơn việc thăm hỏi đảng viên cao tuổi khi ốm đau; rút ngắn thời gian từ khi có quyết định đến khi trao Huy hiệu; phát huy vai trò đảng viên lão thành trong hòa giải mâu thuẫn ở tổ dân phố và giám sát việc thực hiện quy chế dân chủ ở cơ sở.
Kết luận hội nghị, đồng chí Phạm Thị Thu Hà đề nghị các chi bộ tiếp tục thực hiện nghiêm túc Nghị quyết Trung ương 4, đổi mới nội dung sinh hoạt chi bộ; quan tâm nắm tâm tư, nguyện vọng của đảng viên cao tuổi, kịp thời đề nghị tặng Huy hiệu Đảng đúng quy định.
Thu Trang
Các tin khác
- Thành ủy Nam Định trao Huy hiệu Đảng cho 120 đảng viên (19/05/2012)
- Phường Trần Hưng Đạo kết nạp đảng viên mới (02/07/2012)
- Xuân Trường học tập Nghị quyết Trung ương 4 (15/06/2012)
""", "2012-07-10", "Đảng ủy phường Vị Xuyên trao Huy hiệu Đảng và sơ kết công tác 6 tháng",
E("so_ket", "2012-H1", "2012-07-09"),
[P("Phạm Thị Thu Hà", "Thành ủy viên", "Bí thư Đảng ủy phường Vị Xuyên"),
 P("Trần Văn Khiêm", "nguyên Phó Giám đốc Sở Công nghiệp tỉnh", "đảng viên Chi bộ tổ dân phố số 6"),
 P("Vũ Văn Tiến", "Phó Bí thư Đảng ủy", "Chủ tịch UBND phường")],
[Q("14 chi bộ", 14, "chi bộ"), Q("100%", 100, "%"), Q("5 đảng viên mới", 5, "đảng viên mới"),
 Q("gần 850 triệu đồng", 850000000, "đồng", "approx"), Q("3 tuyến ngõ xóm", 3, "tuyến ngõ xóm"),
 Q("62,5 triệu đồng", 62500000, "đồng"), Q("9 đảng viên", 9, "đảng viên"), Q("2 đồng chí", 2, "đồng chí"),
 Q("4 đồng chí", 4, "đồng chí"), Q("2 tuyến phố", 2, "tuyến phố"), Q("trên 95%", 95, "%", "over"),
 Q("11 đảng viên", 11, "đảng viên")],
[D("Kế hoạch", "18", "KH/ĐU", None, None, "Kế hoạch số 18-KH/ĐU"),
 D("Chỉ thị", "03", "CT/TW", "2011-05-14", "Bộ Chính trị", "Chỉ thị số 03-CT/TW ngày 14/5/2011")],
[prov("Nam Định"), com("Vị Xuyên")],
["Báo Nam Định điện tử", "Quang cảnh hội nghị. Ảnh: Văn Đông", "Vì người nghèo", "Nghị quyết Trung ương 4 (khóa XI)",
 "Một số vấn đề cấp bách về xây dựng Đảng hiện nay"],
["Cập nhật: 15:20, 10/07/2012 (GMT+7)", "6 tháng đầu năm 2012", "6 tháng cuối năm", "đợt 19/5", "60 năm tuổi Đảng",
 "50 năm tuổi Đảng", "40 năm tuổi Đảng", "30 năm tuổi Đảng", "2 đồng chí", "4 đồng chí", "Nghị quyết Trung ương 4", "khóa XI", "tổ dân phố số 6"]))

PAGES.append(page("b7039-nghean-namdan-huyhieu-2013", """
BÁO NGHỆ AN
Trang chủ | Chính trị | Xây dựng Đảng
Bạn đang ở: Trang chủ › Chính trị
08:15 | 20/05/2013
Nam Đàn trao Huy hiệu Đảng dịp kỷ niệm ngày sinh Bác
(Baonghean) - Sáng 18/5, tại Khu di tích Kim Liên, Ban Thường vụ Huyện ủy Nam Đàn long trọng tổ chức lễ trao Huy hiệu Đảng cho 97 đảng viên, nhân kỷ niệm 123 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2013).
Dự buổi lễ có đồng chí Nguyễn Xuân Sơn, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy; các đồng chí trong Ban Thường vụ Huyện ủy, lãnh đạo các xã, thị trấn và đông đảo thân nhân đảng viên.
Lãnh đạo tỉnh và huyện trao Huy hiệu 65 năm tuổi Đảng cho các đảng viên lão thành. Ảnh: Thanh Lê
Đợt này, Nam Đàn có 2 đảng viên nhận Huy hiệu 70 năm tuổi Đảng là đồng chí Vương Đình Cẩn, 91 tuổi, ở xã Kim Liên và đồng chí Lê Thị Huệ, 89 tuổi, ở xã Nam Giang; 3 đảng viên nhận Huy hiệu 65 năm; 12 đảng viên nhận Huy hiệu 60 năm; 26 đảng viên nhận Huy hiệu 50 năm; 54 đảng viên nhận Huy hiệu 40 và 30 năm tuổi Đảng.
Phát biểu chúc mừng, đồng chí Nguyễn Xuân Sơn nhấn mạnh: Nam Đàn là quê hương Chủ tịch Hồ Chí Minh, nơi có truyền thống cách mạng, nhiều đảng viên đã đi qua hai cuộc kháng chiến. Việc trao Huy hiệu Đảng đúng dịp kỷ niệm ngày sinh Bác càng có ý nghĩa, là dịp để mỗi đảng viên ôn lại truyền thống, tiếp tục học tập và làm theo tấm gương đạo đức Hồ Chí Minh theo Chỉ thị số 03-CT/TW của Bộ Chính trị.
Đồng chí Hoàng Văn Nhân, Bí thư Huyện ủy Nam Đàn, cho biết: Đảng bộ huyện hiện có 53 tổ chức cơ sở đảng, 10.870 đảng viên. Thực hiện Nghị quyết số 12-NQ/HU của Ban Chấp hành Đảng bộ huyện về nâng cao chất lượng sinh hoạt chi bộ, 100% chi bộ nông thôn đã sinh hoạt chuyên đề ít nhất mỗi quý một lần. Từ đầu năm đến nay, huyện đã trao Huy hiệu Đảng cho khoảng 240 đảng viên; các trường hợp đảng viên ốm đau được trao tại nhà trong vòng 15 ngày kể từ khi có quyết định.
Xúc động phát biểu, đồng chí Vương Đình Cẩn kể lại những năm tháng hoạt động bí mật ở quê nhà và nhắn nhủ lớp đảng viên trẻ: "Phải gần dân, hiểu dân và làm gương cho dân".
Cũng trong tháng 5, các huyện, thành, thị ủy trong tỉnh Nghệ An đồng loạt tổ chức trao Huy hiệu Đảng đợt 19/5. Ban Tổ chức Tỉnh ủy yêu cầu các đơn vị rà soát kỹ hồ sơ, bảo đảm trao đúng thời điểm, trang trọng, không phô trương; đảng viên ở xa, đau ốm thì chi bộ phối hợp với gia đình tổ chức trao tại nhà, có đại diện cấp ủy cấp trên cơ sở tham dự.
Sau lễ trao Huy hiệu, các đảng viên đã dâng hoa, dâng hương tưởng niệm Chủ tịch Hồ Chí Minh tại Nhà tưởng niệm ở Khu di tích Kim Liên.
Thanh Lê - Hồng Quang
Tin cùng chuyên mục
- Hưng Nguyên trao Huy hiệu 50 năm tuổi Đảng cho 18 đảng viên (17/05/2013)
- Thanh Chương: 1.200 đảng viên học tập chuyên đề năm 2013 (14/05/2013)
- Vinh: 300 đảng viên nhận Huy hiệu Đảng dịp 3/2 (04/02/2013)
""", "2013-05-20", "Nam Đàn trao Huy hiệu Đảng dịp kỷ niệm ngày sinh Bác",
E("khac", None, "2013-05-18"),
[P("Nguyễn Xuân Sơn", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy"),
 P("Vương Đình Cẩn"),
 P("Lê Thị Huệ"),
 P("Hoàng Văn Nhân", "Bí thư Huyện ủy Nam Đàn")],
[Q("97 đảng viên", 97, "đảng viên"), Q("2 đảng viên", 2, "đảng viên"), Q("3 đảng viên", 3, "đảng viên"),
 Q("12 đảng viên", 12, "đảng viên"), Q("26 đảng viên", 26, "đảng viên"), Q("54 đảng viên", 54, "đảng viên"),
 Q("53 tổ chức cơ sở đảng", 53, "tổ chức cơ sở đảng"), Q("10.870 đảng viên", 10870, "đảng viên"),
 Q("100%", 100, "%"), Q("khoảng 240 đảng viên", 240, "đảng viên", "approx")],
[D("Chỉ thị", "03", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 03-CT/TW"),
 D("Nghị quyết", "12", "NQ/HU", None, "Ban Chấp hành Đảng bộ huyện", "Nghị quyết số 12-NQ/HU")],
[prov("Nghệ An"), com("Kim Liên"), com("Nam Giang")],
["BÁO NGHỆ AN", "Trang chủ | Chính trị | Xây dựng Đảng", "Bạn đang ở: Trang chủ › Chính trị", "(Baonghean)",
 "Lãnh đạo tỉnh và huyện trao Huy hiệu 65 năm tuổi Đảng cho các đảng viên lão thành. Ảnh: Thanh Lê",
 "Khu di tích Kim Liên", "Phải gần dân, hiểu dân và làm gương cho dân"],
["08:15 | 20/05/2013", "123 năm", "19/5/1890 - 19/5/2013", "70 năm tuổi Đảng", "91 tuổi", "89 tuổi", "65 năm", "60 năm", "50 năm",
 "40 và 30 năm tuổi Đảng", "15 ngày", "mỗi quý một lần"]))

PAGES.append(page("b7040-quangnam-thamtet-huyhieu-2014", """
Báo Quảng Nam Online
Thời sự | Chính trị | Kinh tế | Xã hội | Văn hóa
27-01-2014 09:40
Thăm, chúc Tết và trao Huy hiệu Đảng cho đảng viên lão thành
QNO - Ngày 25.1, đồng chí Huỳnh Thị Mỹ Liên, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy cùng lãnh đạo huyện Duy Xuyên (tỉnh Quảng Nam) đã đến thăm, chúc Tết và trao Huy hiệu Đảng tại nhà cho các đảng viên cao tuổi, sức khỏe yếu không thể đến dự lễ tập trung.
Tại xã Duy Trinh, đoàn đã trao Huy hiệu 65 năm tuổi Đảng cho cụ Đoàn Văn Thạnh (92 tuổi), nguyên Chính trị viên huyện đội Duy Xuyên thời kỳ chống Pháp, và Huy hiệu 60 năm tuổi Đảng cho cụ bà Phan Thị Rớt (88 tuổi), người từng nuôi giấu cán bộ trong hầm bí mật suốt nhiều năm. Tại thị trấn Nam Phước, đoàn trao Huy hiệu 50 năm tuổi Đảng cho ông Lê Công Tịnh, nguyên Chủ tịch UBND xã Duy Phước.
Đồng chí Huỳnh Thị Mỹ Liên trao Huy hiệu 65 năm tuổi Đảng cho cụ Đoàn Văn Thạnh. Ảnh: HOÀNG LIÊN
Mỗi đảng viên được tặng một phần quà gồm tiền mặt 1 triệu đồng và bánh mứt, chè, trị giá tổng cộng 1,5 triệu đồng. Trong dịp này, đoàn cũng tặng 20 suất quà Tết cho các gia đình chính sách của xã Duy Trinh, mỗi suất 500.000 đồng.
Thăm hỏi sức khỏe các đảng viên, đồng chí Huỳnh Thị Mỹ Liên bày tỏ sự tri ân với những đóng góp của các cụ trong sự nghiệp giải phóng quê hương và xây dựng đất nước. Đồng chí mong các cụ giữ gìn sức khỏe, tiếp tục là chỗ dựa tinh thần, động viên con cháu và bà con trong thôn xóm chung sức xây dựng nông thôn mới.
Theo Ban Tổ chức Huyện ủy Duy Xuyên, dịp kỷ niệm 84 năm Ngày thành lập Đảng (3/2/1930 - 3/2/2014), huyện có 148 đảng viên được xét tặng Huy hiệu Đảng; trong đó 19 đảng viên không thể đến hội trường nên được trao tận nhà. Để việc trao Huy hiệu kịp thời, Ban Thường vụ Huyện ủy đã ban hành Công văn số 215-CV/HU yêu cầu các tổ chức cơ sở đảng rà soát, lập hồ sơ đề nghị trước từ 2 đến 3 tháng.
Ông Nguyễn Văn Thọ, Phó Bí thư Thường trực Huyện ủy Duy Xuyên, chia sẻ: Những năm gần đây, số đảng viên đủ tuổi Đảng nhận Huy hiệu tăng nhanh, riêng năm 2013 toàn huyện trao gần 400 Huy hiệu Đảng các loại. Huyện ủy giao các chi bộ thường xuyên thăm hỏi, nắm hoàn cảnh đảng viên cao tuổi để kịp thời động viên.
Cùng ngày, đoàn đến thăm Mẹ Việt Nam anh hùng Nguyễn Thị Chiếm ở xã Duy Trinh và dâng hương tại Đài tưởng niệm liệt sĩ của huyện.
Nhận Huy hiệu Đảng, cụ Đoàn Văn Thạnh xúc động: "Tôi vào Đảng năm 1949, được nhận Huy hiệu hôm nay là phần thưởng lớn nhất của đời mình".
HOÀNG LIÊN
Tin liên quan
- Núi Thành trao Huy hiệu Đảng cho 87 đảng viên (25-01-2014)
- Tam Kỳ: Hội nghị tổng kết công tác xây dựng Đảng (10-01-2014)
- Ban Dân vận Tỉnh ủy thăm, tặng quà người có uy tín (21-01-2014)
""", "2014-01-27", "Thăm, chúc Tết và trao Huy hiệu Đảng cho đảng viên lão thành",
E("trao_qua", None, "2014-01-25"),
[P("Huỳnh Thị Mỹ Liên", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đoàn Văn Thạnh", "nguyên Chính trị viên huyện đội Duy Xuyên"),
 P("Phan Thị Rớt"),
 P("Lê Công Tịnh", "nguyên Chủ tịch UBND xã Duy Phước"),
 P("Nguyễn Văn Thọ", "Phó Bí thư Thường trực Huyện ủy Duy Xuyên"),
 P("Nguyễn Thị Chiếm", "Mẹ Việt Nam anh hùng")],
[Q("1 triệu đồng", 1000000, "đồng"), Q("1,5 triệu đồng", 1500000, "đồng"), Q("20 suất quà", 20, "suất quà"),
 Q("500.000 đồng", 500000, "đồng"), Q("148 đảng viên", 148, "đảng viên"), Q("19 đảng viên", 19, "đảng viên"),
 Q("gần 400 Huy hiệu Đảng", 400, "Huy hiệu Đảng", "approx")],
[D("Công văn", "215", "CV/HU", None, "Ban Thường vụ Huyện ủy", "Công văn số 215-CV/HU")],
[prov("Quảng Nam"), com("Duy Trinh"), com("Nam Phước"), com("Duy Phước")],
["Báo Quảng Nam Online", "Thời sự | Chính trị | Kinh tế | Xã hội | Văn hóa", "QNO",
 "Đồng chí Huỳnh Thị Mỹ Liên trao Huy hiệu 65 năm tuổi Đảng cho cụ Đoàn Văn Thạnh. Ảnh: HOÀNG LIÊN"],
["27-01-2014 09:40", "Ngày 25.1", "65 năm tuổi Đảng", "92 tuổi", "60 năm tuổi Đảng", "88 tuổi", "50 năm tuổi Đảng",
 "một phần quà", "84 năm", "3/2/1930 - 3/2/2014", "từ 2 đến 3 tháng", "năm 2013", "năm 1949"]))

PAGES.append(page("b7041-cantho-ninhkieu-huyhieu-2015", """
CẦN THƠ ONLINE - BÁO CẦN THƠ
Chính trị > Xây dựng Đảng
Thứ Ba, 01/09/2015 - 06:15
Quận ủy Ninh Kiều trao Huy hiệu Đảng đợt 2-9 cho 126 đảng viên
Ảnh: Các đảng viên nhận Huy hiệu 50 năm tuổi Đảng chụp ảnh lưu niệm cùng lãnh đạo quận.
Quận ủy Ninh Kiều trao Huy hiệu Đảng đợt 2-9 cho 126 đảng viên
Chiều 31-8, Quận ủy Ninh Kiều tổ chức lễ trao Huy hiệu Đảng đợt 2-9-2015 cho 126 đảng viên thuộc các đảng bộ, chi bộ cơ sở trực thuộc, chào mừng kỷ niệm 70 năm Cách mạng tháng Tám và Quốc khánh 2-9.
Đến dự có đồng chí Phạm Văn Hiểu, Phó Bí thư Thường trực Thành ủy Cần Thơ. Về phía quận có các đồng chí: Nguyễn Thanh Tùng, Bí thư Quận ủy; Lê Văn Tâm, Phó Bí thư Quận ủy, Chủ tịch UBND quận; Trương Cảnh Tuyên, Trưởng Ban Tổ chức Quận ủy.
Trong dịp này, 4 đảng viên được trao Huy hiệu 65 năm tuổi Đảng; 7 đảng viên nhận Huy hiệu 60 năm; 23 đảng viên nhận Huy hiệu 50 năm; 34 đảng viên nhận Huy hiệu 40 năm và 58 đảng viên nhận Huy hiệu 30 năm tuổi Đảng. Đây là đợt trao Huy hiệu có số lượng đảng viên lớn nhất từ đầu năm của quận.
Đồng chí Phạm Văn Hiểu chúc mừng các đảng viên và cho rằng, dù tuổi cao, nhiều đồng chí vẫn tích cực tham gia công tác ở khu vực, tổ dân phố, là nòng cốt trong vận động nhân dân xây dựng phường văn minh đô thị. Đồng chí đề nghị các cấp ủy quan tâm chăm lo đời sống vật chất, tinh thần đối với đảng viên cao tuổi, phát huy kinh nghiệm của họ trong góp ý dự thảo văn kiện Đại hội Đảng các cấp, nhất là Đại hội đại biểu Đảng bộ thành phố lần thứ XIII.
Báo cáo tại buổi lễ cho biết, Đảng bộ quận Ninh Kiều hiện có 36 tổ chức cơ sở đảng với 8.632 đảng viên; 8 tháng năm 2015 kết nạp 247 đảng viên mới, đạt 103% chỉ tiêu. Việc xét tặng Huy hiệu Đảng được thực hiện theo Quy định số 112-QĐ/TW của Bộ Chính trị, Hướng dẫn số 01-HD/VPTW ngày 23/10/2012 của Văn phòng Trung ương Đảng và Kế hoạch số 92-KH/QU ngày 12/1/2015 của Quận ủy.
Đại diện các đảng viên, đồng chí Lâm Văn Sáu, 86 tuổi, đảng viên Chi bộ khu vực 3, phường An Cư, nói: "Tôi sẽ luôn giữ tư cách người đảng viên, nhắc nhở con cháu sống tốt, làm tốt nghĩa vụ với Tổ quốc". Các phường An Cư, Xuân Khánh và Hưng Lợi có nhiều đảng viên nhận Huy hiệu nhất đợt này.
Năm 2015, Quận ủy Ninh Kiều tổ chức trao Huy hiệu Đảng theo 4 đợt; trước mỗi đợt, Ban Tổ chức Quận ủy phối hợp với các đảng ủy phường rà soát danh sách, thông báo tới từng chi bộ để đảng viên và gia đình chủ động sắp xếp thời gian.
Dịp này, Quận ủy cũng tặng mỗi đảng viên nhận Huy hiệu 60 năm và 65 năm tuổi Đảng một phần quà trị giá 1 triệu đồng.
Tin, ảnh: PHƯƠNG NGUYỄN
Bài viết liên quan
- Cái Răng: Trao Huy hiệu Đảng cho 42 đảng viên (28-08-2015)
- Ô Môn tổng kết 10 năm thực hiện Chỉ thị 37 (25-08-2015)
- Bình Thủy chuẩn bị Đại hội Đảng bộ quận (20-08-2015)
""", "2015-09-01", "Quận ủy Ninh Kiều trao Huy hiệu Đảng đợt 2-9 cho 126 đảng viên",
E("khac", None, "2015-08-31"),
[P("Phạm Văn Hiểu", "Phó Bí thư Thường trực Thành ủy Cần Thơ"),
 P("Nguyễn Thanh Tùng", "Bí thư Quận ủy"),
 P("Lê Văn Tâm", "Phó Bí thư Quận ủy", "Chủ tịch UBND quận"),
 P("Trương Cảnh Tuyên", "Trưởng Ban Tổ chức Quận ủy"),
 P("Lâm Văn Sáu", "đảng viên Chi bộ khu vực 3")],
[Q("126 đảng viên", 126, "đảng viên"), Q("4 đảng viên", 4, "đảng viên"), Q("7 đảng viên", 7, "đảng viên"),
 Q("23 đảng viên", 23, "đảng viên"), Q("34 đảng viên", 34, "đảng viên"), Q("58 đảng viên", 58, "đảng viên"),
 Q("36 tổ chức cơ sở đảng", 36, "tổ chức cơ sở đảng"), Q("8.632 đảng viên", 8632, "đảng viên"),
 Q("247 đảng viên mới", 247, "đảng viên mới"), Q("103%", 103, "%"), Q("4 đợt", 4, "đợt"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Quy định", "112", "QĐ/TW", None, "Bộ Chính trị", "Quy định số 112-QĐ/TW"),
 D("Hướng dẫn", "01", "HD/VPTW", "2012-10-23", "Văn phòng Trung ương Đảng", "Hướng dẫn số 01-HD/VPTW ngày 23/10/2012"),
 D("Kế hoạch", "92", "KH/QU", "2015-01-12", "Quận ủy", "Kế hoạch số 92-KH/QU ngày 12/1/2015")],
[prov("Cần Thơ"), com("An Cư"), com("Xuân Khánh"), com("Hưng Lợi")],
["CẦN THƠ ONLINE - BÁO CẦN THƠ", "Chính trị > Xây dựng Đảng",
 "Ảnh: Các đảng viên nhận Huy hiệu 50 năm tuổi Đảng chụp ảnh lưu niệm cùng lãnh đạo quận.", "Tin, ảnh: PHƯƠNG NGUYỄN"],
["Thứ Ba, 01/09/2015 - 06:15", "đợt 2-9", "Chiều 31-8", "70 năm", "2-9", "65 năm tuổi Đảng", "60 năm", "50 năm", "40 năm",
 "30 năm tuổi Đảng", "lần thứ XIII", "8 tháng năm 2015", "86 tuổi", "khu vực 3", "một phần quà"]))

PAGES.append(page("b7042-laocai-batxat-huyhieu-2016", """
BÁO LÀO CAI ĐIỆN TỬ
Thời sự - Chính trị
Chủ Nhật, 06/11/2016 21:30 | Cập nhật 07/11/2016 07:05
Bát Xát: Trao Huy hiệu Đảng cho 35 đảng viên người dân tộc thiểu số
Ngày 6/11/2016, nhân dịp kỷ niệm 99 năm Cách mạng Tháng Mười Nga, Huyện ủy Bát Xát tổ chức trao Huy hiệu Đảng đợt 7/11 cho 35 đảng viên; trong đó 27 đảng viên là người dân tộc Dao, Hà Nhì, Giáy, Mông.
Huyện ủy Bát Xát trao Huy hiệu Đảng cho các đảng viên. Ảnh: Phạm Hưng
Có mặt tại buổi lễ, đồng chí Vàng Seo Cần, Tỉnh ủy viên, Bí thư Huyện ủy Bát Xát đã trao Huy hiệu 50 năm tuổi Đảng cho các đồng chí: Chảo Láo Lở, Lý Seo Chỉn, Hoàng Văn Khé. Các đồng chí Phó Bí thư Huyện ủy: Tẩn Thị Mẩy, Phàn Văn Lâm trao Huy hiệu 40 năm và 30 năm tuổi Đảng cho các đảng viên còn lại.
Đồng chí Chảo Láo Lở (xã Y Tý) năm nay 78 tuổi, vào Đảng năm 1966, từng là Chủ tịch xã trong những năm biên giới còn nhiều khó khăn. Ông kể: "Hồi đó đi họp ở huyện phải đi bộ 2 ngày đường. Bây giờ đường ô tô đã về tận bản, con cháu được học hành, tôi rất vui".
Theo Ban Tổ chức Huyện ủy, năm 2016, Đảng bộ huyện Bát Xát có 128 đảng viên thuộc diện được xét tặng Huy hiệu Đảng các loại, được trao thành 4 đợt vào các dịp 3/2, 19/5, 2/9 và 7/11. Đảng bộ huyện hiện có 38 tổ chức cơ sở đảng, 4.916 đảng viên, trong đó người dân tộc thiểu số chiếm hơn 52%. 100% thôn, bản đã có chi bộ; 23/23 xã, thị trấn có đảng viên là người có uy tín trong đồng bào.
Phát biểu tại buổi lễ, đồng chí Vàng Seo Cần ghi nhận các đảng viên lão thành là những người đi đầu trong vận động đồng bào xóa bỏ tập tục lạc hậu, phát triển kinh tế, giữ gìn an ninh biên giới. Đồng chí đề nghị các đảng viên tiếp tục phát huy vai trò trong thực hiện Nghị quyết số 10-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về giảm nghèo nhanh và bền vững giai đoạn 2016 - 2020 và Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.
Cùng ngày, Đảng ủy xã Mường Hum và Đảng ủy thị trấn Bát Xát cũng tổ chức trao Huy hiệu tại nhà cho 3 đảng viên tuổi cao sức yếu.
Theo đồng chí Lý Văn Thào, Trưởng Ban Tổ chức Huyện ủy Bát Xát, những năm trước việc lập hồ sơ đề nghị tặng Huy hiệu ở các xã vùng cao thường chậm do nhiều đảng viên thất lạc giấy tờ, ghi sai năm sinh, tên đệm. Năm nay, Ban Tổ chức Huyện ủy cử cán bộ xuống tận các chi bộ để rà soát, đối chiếu lý lịch, nhờ đó không còn trường hợp trao chậm so với quy định. Toàn tỉnh Lào Cai dịp 7/11 năm nay có gần 600 đảng viên được trao Huy hiệu Đảng.
Thu Hương
Lượt đọc: 2.417
Tin khác
- Sa Pa trao Huy hiệu Đảng cho 22 đảng viên (05/11/2016)
- Bảo Thắng: Học tập chuyên đề năm 2016 (01/11/2016)
- Mường Khương: Kết nạp 40 đảng viên người dân tộc thiểu số (25/10/2016)
""", "2016-11-06", "Bát Xát: Trao Huy hiệu Đảng cho 35 đảng viên người dân tộc thiểu số",
E("khac", None, "2016-11-06"),
[P("Vàng Seo Cần", "Tỉnh ủy viên", "Bí thư Huyện ủy Bát Xát"),
 P("Chảo Láo Lở"), P("Lý Seo Chỉn"), P("Hoàng Văn Khé"),
 P("Tẩn Thị Mẩy", "Phó Bí thư Huyện ủy"), P("Phàn Văn Lâm", "Phó Bí thư Huyện ủy"),
 P("Lý Văn Thào", "Trưởng Ban Tổ chức Huyện ủy Bát Xát")],
[Q("35 đảng viên người dân tộc thiểu số", 35, "đảng viên người dân tộc thiểu số"), Q("27 đảng viên", 27, "đảng viên"),
 Q("128 đảng viên", 128, "đảng viên"), Q("4 đợt", 4, "đợt"), Q("38 tổ chức cơ sở đảng", 38, "tổ chức cơ sở đảng"),
 Q("4.916 đảng viên", 4916, "đảng viên"), Q("hơn 52%", 52, "%", "over"), Q("100%", 100, "%"),
 Q("23/23 xã", 23, "xã"), Q("3 đảng viên", 3, "đảng viên"),
 Q("gần 600 đảng viên", 600, "đảng viên", "approx")],
[D("Nghị quyết", "10", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 10-NQ/TU"),
 D("Chỉ thị", "05", "CT/TW", "2016-05-15", "Bộ Chính trị", "Chỉ thị số 05-CT/TW ngày 15/5/2016")],
[prov("Lào Cai"), com("Y Tý"), com("Mường Hum"), com("Bát Xát")],
["BÁO LÀO CAI ĐIỆN TỬ", "Thời sự - Chính trị", "Huyện ủy Bát Xát trao Huy hiệu Đảng cho các đảng viên. Ảnh: Phạm Hưng",
 "Lượt đọc: 2.417", "Cách mạng Tháng Mười Nga"],
["Chủ Nhật, 06/11/2016 21:30", "Cập nhật 07/11/2016 07:05", "99 năm", "đợt 7/11", "50 năm tuổi Đảng", "40 năm và 30 năm tuổi Đảng",
 "78 tuổi", "năm 1966", "2 ngày đường", "giai đoạn 2016 - 2020", "Lượt đọc: 2.417"]))
