from lib import *
PAGES = []

PAGES.append(page("b1829-laocai-dangbo-xa-tongket-2011", """
BÁO LÀO CAI ĐIỆN TỬ
Trang chủ › Xây dựng Đảng › Cơ sở
Thứ Ba, 27/12/2011 - 09:30
Ảnh: Các đảng viên mới nhận quyết định kết nạp.
Bản Phố: Năm 2011 kết nạp 14 đảng viên mới là người Mông
LCĐT - Ngày 24/12, Đảng ủy xã Bản Phố (huyện Bắc Hà, tỉnh Lào Cai) tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2011, triển khai nhiệm vụ năm 2012. Dự hội nghị có đồng chí Hoàng Văn Thàng, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Tổ chức Huyện ủy Bắc Hà.
Đảng bộ xã Bản Phố hiện có 9 chi bộ với 186 đảng viên, trong đó 61 đảng viên là người dân tộc Mông. Năm qua, Đảng ủy xã đã tổ chức quán triệt Nghị quyết Đại hội XI của Đảng đến 100% chi bộ; duy trì nền nếp sinh hoạt chi bộ theo Chỉ thị số 10-CT/TW của Ban Bí thư về nâng cao chất lượng sinh hoạt chi bộ.
Thực hiện Kế hoạch số 27-KH/HU ngày 10/3/2011 của Ban Thường vụ Huyện ủy Bắc Hà về phát triển đảng viên ở thôn, bản chưa có đảng viên và Nghị quyết chuyên đề số 05-NQ/ĐU của Đảng ủy xã, Đảng ủy đã giới thiệu 23 quần chúng ưu tú đi học lớp bồi dưỡng nhận thức về Đảng; kết nạp 14 đảng viên mới, đạt 140% chỉ tiêu, xóa được 2 thôn chưa có đảng viên. Kết quả kiểm điểm cuối năm, 165/186 đảng viên được đánh giá hoàn thành tốt nhiệm vụ trở lên; 8/9 chi bộ đạt trong sạch, vững mạnh.
Đồng chí Tráng A Dình, Bí thư Chi bộ thôn Sả Séng, cho biết: "Trước đây thôn chỉ có 3 đảng viên, sinh hoạt phải ghép với thôn bên. Năm nay chi bộ kết nạp thêm 4 quần chúng là thanh niên người Mông đã đi bộ đội về, chi bộ mạnh lên nhiều". Anh Giàng Seo Phử, một thanh niên ở thôn Làng Mới vừa được kết nạp vào Đảng tháng 9 vừa qua, hứa sẽ đi đầu vận động bà con bỏ tục lệ ma chay tốn kém, làm chuồng trại xa nhà.
Tuy vậy, hội nghị cũng chỉ ra một số hạn chế: nội dung sinh hoạt ở một số chi bộ còn đơn điệu, chưa gắn với việc giải quyết những vấn đề cụ thể của thôn; việc tạo nguồn kết nạp đảng viên trong nữ thanh niên còn khó khăn; vẫn còn 5 đảng viên xếp loại hoàn thành nhiệm vụ nhưng còn hạn chế.
Phát biểu chỉ đạo, đồng chí Hoàng Văn Thàng đề nghị Đảng ủy xã năm 2012 phấn đấu kết nạp ít nhất 12 đảng viên, chú trọng nguồn là đoàn viên thanh niên, phụ nữ, dân quân; mỗi đồng chí đảng ủy viên phụ trách chi bộ phải dự sinh hoạt chi bộ ít nhất 1 lần/tháng.
Hội nghị cũng nghe đồng chí Lù Thị Mỷ, Phó Bí thư Thường trực Đảng ủy xã, quán triệt các chỉ tiêu năm 2012. Dịp này, Đảng ủy xã khen thưởng 3 chi bộ và 11 đảng viên hoàn thành xuất sắc nhiệm vụ; tặng quà cho 14 đảng viên mới, mỗi suất trị giá 300.000 đồng.
Vàng Chư
Lượt đọc: 1.204
Tin liên quan
- Bắc Hà: 96 quần chúng được bồi dưỡng nhận thức về Đảng (15/12/2011)
- Si Ma Cai xóa 5 thôn chưa có đảng viên (02/12/2011)
- Mường Khương tổng kết 5 năm thực hiện Chỉ thị 10-CT/TW (21/11/2011)
- Kết nạp đảng viên trong đồng bào Dao ở Bát Xát (08/11/2011)
""", "2011-12-27", "Bản Phố: Năm 2011 kết nạp 14 đảng viên mới là người Mông",
E("tong_ket", "2011", "2011-12-24"),
[P("Hoàng Văn Thàng", "Ủy viên Ban Thường vụ Huyện ủy", "Trưởng Ban Tổ chức Huyện ủy Bắc Hà"),
 P("Tráng A Dình", "Bí thư Chi bộ thôn Sả Séng"),
 P("Giàng Seo Phử"),
 P("Lù Thị Mỷ", "Phó Bí thư Thường trực Đảng ủy xã")],
[Q("14 đảng viên mới", 14, "đảng viên mới"), Q("9 chi bộ", 9, "chi bộ"), Q("186 đảng viên", 186, "đảng viên"),
 Q("61 đảng viên", 61, "đảng viên"), Q("100% chi bộ", 100, "%"), Q("23 quần chúng ưu tú", 23, "quần chúng ưu tú"),
 Q("140%", 140, "%"), Q("2 thôn chưa có đảng viên", 2, "thôn"), Q("165/186 đảng viên", 165, "đảng viên"),
 Q("8/9 chi bộ", 8, "chi bộ"), Q("3 đảng viên", 3, "đảng viên"), Q("4 quần chúng", 4, "quần chúng"),
 Q("5 đảng viên", 5, "đảng viên"), Q("12 đảng viên", 12, "đảng viên", "over"),
 Q("3 chi bộ", 3, "chi bộ"), Q("11 đảng viên", 11, "đảng viên"), Q("300.000 đồng", 300000, "đồng")],
[D("Chỉ thị", "10", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 10-CT/TW"),
 D("Kế hoạch", "27", "KH/HU", "2011-03-10", "Ban Thường vụ Huyện ủy Bắc Hà", "Kế hoạch số 27-KH/HU ngày 10/3/2011"),
 D("Nghị quyết", "05", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết chuyên đề số 05-NQ/ĐU")],
[prov("Lào Cai"), com("Bản Phố")],
["BÁO LÀO CAI ĐIỆN TỬ", "Trang chủ › Xây dựng Đảng › Cơ sở", "Ảnh: Các đảng viên mới nhận quyết định kết nạp.",
 "LCĐT", "Nghị quyết Đại hội XI", "Lượt đọc: 1.204"],
["Thứ Ba, 27/12/2011 - 09:30", "năm 2011", "năm 2012", "1 lần/tháng", "tháng 9", "Lượt đọc: 1.204", "Đại hội XI"]))

PAGES.append(page("b1830-nghean-dangbo-xa-soket-2013", """
Cổng thông tin điện tử huyện Con Cuông - Tỉnh Nghệ An
Trang chủ / Tin tức - Sự kiện / Xây dựng Đảng
Cập nhật: 15:20, 16/07/2013 (GMT+7)
Đảng bộ xã Môn Sơn: 6 tháng kết nạp 7 đảng viên
Chiều 12/7, Đảng ủy xã Môn Sơn tổ chức hội nghị sơ kết công tác xây dựng Đảng 6 tháng đầu năm 2013, đề ra nhiệm vụ trọng tâm 6 tháng cuối năm. Đồng chí Lương Văn Khoa, HUV, Bí thư Đảng ủy xã chủ trì hội nghị; dự có đồng chí Vi Thị Hoa, Phó Trưởng Ban Tổ chức Huyện ủy.
Đồng chí Lương Văn Khoa phát biểu tại hội nghị. Ảnh: Quang Dũng
Báo cáo của Ban Chấp hành Đảng bộ xã cho thấy, 6 tháng qua Đảng ủy đã lãnh đạo các chi bộ tổ chức học tập, quán triệt Nghị quyết Trung ương 4 (khóa XI) "Một số vấn đề cấp bách về xây dựng Đảng hiện nay" gắn với tự phê bình và phê bình; 100% chi bộ đã tổ chức sinh hoạt chuyên đề. Đảng ủy ban hành Kế hoạch số 18-KH/ĐU ngày 05/3/2013 về phát triển đảng viên trong đồng bào Đan Lai và Quy chế làm việc của Ban Chấp hành Đảng bộ khóa XXIII.
Đến nay Đảng bộ có 14 chi bộ, 312 đảng viên; 6 tháng đầu năm kết nạp 7 đảng viên, trong đó có 2 đảng viên người Đan Lai ở bản Cò Phạt; đề nghị Huyện ủy trao Huy hiệu Đảng cho 4 đảng viên. Đảng ủy xã đã tổ chức 2 cuộc kiểm tra, 3 cuộc giám sát đối với chi bộ và đảng viên; qua kiểm tra đã thi hành kỷ luật khiển trách 1 đảng viên vi phạm chính sách dân số.
Về phát triển kinh tế, toàn xã trồng mới 126 ha rừng; thu nhập bình quân đạt 9,8 triệu đồng/người/năm; tỷ lệ hộ nghèo còn 38,6%. Nhân dân đóng góp hơn 420 triệu đồng làm 2,3 km đường bê tông nội bản.
Tại hội nghị, đồng chí Lô Văn Tiến, Bí thư Chi bộ bản Khe Choăng, kiến nghị hỗ trợ kinh phí sinh hoạt cho chi bộ bản vùng sâu; đồng chí Vi Văn Sơn, Phó Chủ tịch UBND xã, đề xuất các chi bộ phân công đảng viên phụ trách hộ để vận động giảm nghèo.
Kết luận hội nghị, đồng chí Lương Văn Khoa yêu cầu 6 tháng cuối năm các chi bộ thực hiện nghiêm Chỉ thị số 10-CT/TW ngày 30/3/2007 của Ban Bí thư, mỗi chi bộ phải có ít nhất 1 quần chúng được bồi dưỡng; phấn đấu cả năm kết nạp 15 đảng viên. Đồng chí Vi Thị Hoa đề nghị Đảng ủy quan tâm tạo nguồn trong đoàn viên, thanh niên là người Đan Lai, Thái.
Phong trào "Dân vận khéo" và cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư" tiếp tục được các chi bộ lồng ghép trong sinh hoạt.
Đình Tuấn - Văn phòng Đảng ủy
Số lượt truy cập: 56.327
Các tin đã đưa
- Con Cuông: Khai giảng lớp bồi dưỡng nhận thức về Đảng (09/07/2013)
- Chi bộ bản Pha: sinh hoạt chuyên đề về giảm nghèo (28/06/2013)
- Thị trấn Con Cuông sơ kết 6 tháng (25/06/2013)
- Hội nghị cán bộ chủ chốt huyện quý II (14/06/2013)
""", "2013-07-16", "Đảng bộ xã Môn Sơn: 6 tháng kết nạp 7 đảng viên",
E("so_ket", "2013-H1", "2013-07-12"),
[P("Lương Văn Khoa", "HUV", "Bí thư Đảng ủy xã"),
 P("Vi Thị Hoa", "Phó Trưởng Ban Tổ chức Huyện ủy"),
 P("Lô Văn Tiến", "Bí thư Chi bộ bản Khe Choăng"),
 P("Vi Văn Sơn", "Phó Chủ tịch UBND xã")],
[Q("7 đảng viên", 7, "đảng viên"), Q("100% chi bộ", 100, "%"), Q("14 chi bộ", 14, "chi bộ"),
 Q("312 đảng viên", 312, "đảng viên"), Q("2 đảng viên người Đan Lai", 2, "đảng viên"),
 Q("4 đảng viên", 4, "đảng viên"), Q("2 cuộc kiểm tra", 2, "cuộc kiểm tra"), Q("3 cuộc giám sát", 3, "cuộc giám sát"),
 Q("1 đảng viên", 1, "đảng viên"), Q("126 ha", 126, "ha"), Q("9,8 triệu đồng", 9800000, "đồng"),
 Q("38,6%", 38.6, "%"), Q("hơn 420 triệu đồng", 420000000, "đồng", "over"), Q("2,3 km", 2.3, "km"),
 Q("15 đảng viên", 15, "đảng viên")],
[D("Kế hoạch", "18", "KH/ĐU", "2013-03-05", "Đảng ủy", "Kế hoạch số 18-KH/ĐU ngày 05/3/2013"),
 D("Chỉ thị", "10", "CT/TW", "2007-03-30", "Ban Bí thư", "Chỉ thị số 10-CT/TW ngày 30/3/2007")],
[prov("Nghệ An"), com("Môn Sơn")],
["Cổng thông tin điện tử huyện Con Cuông - Tỉnh Nghệ An", "Trang chủ / Tin tức - Sự kiện / Xây dựng Đảng",
 "Đồng chí Lương Văn Khoa phát biểu tại hội nghị. Ảnh: Quang Dũng", "Nghị quyết Trung ương 4 (khóa XI)",
 "Một số vấn đề cấp bách về xây dựng Đảng hiện nay", "Quy chế làm việc", "Dân vận khéo",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Số lượt truy cập: 56.327"],
["Cập nhật: 15:20, 16/07/2013 (GMT+7)", "6 tháng đầu năm 2013", "6 tháng cuối năm", "khóa XI", "khóa XXIII",
 "1 quần chúng", "Số lượt truy cập: 56.327"]))

PAGES.append(page("b1831-thanhhoa-daihoi-dangbo-xa-2015", """
ĐẢNG BỘ TỈNH THANH HÓA - Trang thông tin điện tử
Trang chủ >> Tin tức >> Đại hội Đảng các cấp
12-06-2015 08:40
Đại hội đại biểu Đảng bộ xã Thành Lâm lần thứ XXII thành công tốt đẹp
Toàn cảnh đại hội.
Ngày 10 và 11/6/2015, Đảng bộ xã Thành Lâm (huyện Bá Thước) tổ chức Đại hội đại biểu lần thứ XXII, nhiệm kỳ 2015 - 2020. Đây là một trong 3 đại hội điểm cấp cơ sở của huyện. Dự đại hội có đồng chí Hà Văn Tuyên, Tỉnh ủy viên, Bí thư Huyện ủy Bá Thước; đồng chí Trương Thị Liên, Phó Trưởng ban Tổ chức Tỉnh ủy; cùng 120 đại biểu chính thức đại diện cho 428 đảng viên của 21 chi bộ trong Đảng bộ.
Nhiệm kỳ 2010 - 2015, Đảng bộ xã đã lãnh đạo thực hiện đạt và vượt 14/17 chỉ tiêu Nghị quyết đề ra; tốc độ tăng trưởng kinh tế bình quân đạt 11,2%/năm; thu nhập bình quân đầu người năm 2015 ước đạt 16,5 triệu đồng; tỷ lệ hộ nghèo giảm từ 42,3% xuống còn 17,8%. Xã đã đạt 12/19 tiêu chí nông thôn mới. Công tác xây dựng Đảng được chú trọng, 5 năm kết nạp 68 đảng viên mới; hằng năm có trên 80% tổ chức cơ sở đảng đạt trong sạch, vững mạnh.
Đồng chí Hà Văn Tuyên phát biểu chỉ đạo đại hội.
Phát biểu chỉ đạo, đồng chí Hà Văn Tuyên đề nghị Đảng bộ xã thực hiện tốt Chỉ thị số 36-CT/TW ngày 30/5/2014 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XII của Đảng và Kế hoạch 42-KH/HU của Ban Thường vụ Huyện ủy; tập trung xây dựng nông thôn mới, phấn đấu đến năm 2020 đạt chuẩn.
Đại hội đã bầu Ban Chấp hành Đảng bộ xã khóa XXII gồm 15 đồng chí; bầu 5 đại biểu chính thức và 1 đại biểu dự khuyết đi dự Đại hội Đảng bộ huyện Bá Thước lần thứ XXIII.
Tại phiên họp thứ nhất, Ban Chấp hành đã bầu Ban Thường vụ gồm 4 đồng chí. Đồng chí Phạm Bá Thông tái đắc cử Bí thư Đảng ủy xã nhiệm kỳ 2015 - 2020; các đồng chí Phó Bí thư Đảng ủy xã: Hà Thị Nhàn, Lò Văn Mạnh. Đồng chí Cầm Bá Xuân được bầu giữ chức Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã.
Trước đó, đại hội đã nghe đồng chí Hà Thị Nhàn, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã, trình bày báo cáo chính trị; các đại biểu đã thảo luận 7 ý kiến tham luận về phát triển rừng sản xuất, du lịch cộng đồng ở bản Kho Mường và xây dựng chi bộ bản vững mạnh.
Đại hội cũng đóng góp ý kiến vào dự thảo văn kiện Đại hội Đảng bộ tỉnh Thanh Hóa lần thứ XVIII.
Lê Phượng - Ban Tổ chức Huyện ủy
Tin khác
- Đảng bộ thị trấn Cành Nàng tổ chức đại hội điểm (05/06/2015)
- Bá Thước hoàn thành đại hội chi bộ trực thuộc (29/05/2015)
- Quan Sơn: 20/20 đảng bộ xã hoàn thành đại hội (25/05/2015)
- Lang Chánh chuẩn bị nhân sự cấp ủy nhiệm kỳ mới (18/05/2015)
- Hội nghị rút kinh nghiệm đại hội điểm cấp cơ sở toàn tỉnh (11/05/2015)
""", "2015-06-12", "Đại hội đại biểu Đảng bộ xã Thành Lâm lần thứ XXII thành công tốt đẹp",
E("dai_hoi", None, "2015-06-10"),
[P("Hà Văn Tuyên", "Tỉnh ủy viên", "Bí thư Huyện ủy Bá Thước"),
 P("Trương Thị Liên", "Phó Trưởng ban Tổ chức Tỉnh ủy"),
 P("Phạm Bá Thông", "Bí thư Đảng ủy xã"),
 P("Hà Thị Nhàn", "Phó Bí thư Đảng ủy xã", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã"),
 P("Lò Văn Mạnh", "Phó Bí thư Đảng ủy xã"),
 P("Cầm Bá Xuân", "Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã")],
[Q("3 đại hội điểm cấp cơ sở", 3, "đại hội điểm cấp cơ sở"), Q("120 đại biểu chính thức", 120, "đại biểu chính thức"),
 Q("428 đảng viên", 428, "đảng viên"), Q("21 chi bộ", 21, "chi bộ"), Q("14/17 chỉ tiêu", 14, "chỉ tiêu"),
 Q("11,2%", 11.2, "%"), Q("16,5 triệu đồng", 16500000, "đồng", "approx"), Q("42,3%", 42.3, "%"), Q("17,8%", 17.8, "%"),
 Q("12/19 tiêu chí", 12, "tiêu chí"), Q("68 đảng viên mới", 68, "đảng viên mới"), Q("trên 80%", 80, "%", "over"),
 Q("15 đồng chí", 15, "đồng chí"), Q("5 đại biểu chính thức", 5, "đại biểu chính thức"),
 Q("1 đại biểu dự khuyết", 1, "đại biểu dự khuyết"), Q("4 đồng chí", 4, "đồng chí"),
 Q("7 ý kiến tham luận", 7, "ý kiến tham luận")],
[D("Chỉ thị", "36", "CT/TW", "2014-05-30", "Bộ Chính trị", "Chỉ thị số 36-CT/TW ngày 30/5/2014"),
 D("Kế hoạch", "42", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch 42-KH/HU")],
[prov("Thanh Hóa"), com("Thành Lâm")],
["ĐẢNG BỘ TỈNH THANH HÓA - Trang thông tin điện tử", "Trang chủ >> Tin tức >> Đại hội Đảng các cấp",
 "Toàn cảnh đại hội.", "Đồng chí Hà Văn Tuyên phát biểu chỉ đạo đại hội."],
["12-06-2015 08:40", "lần thứ XXII", "nhiệm kỳ 2015 - 2020", "Nhiệm kỳ 2010 - 2015", "5 năm", "năm 2015", "năm 2020",
 "lần thứ XII", "khóa XXII", "lần thứ XXIII", "phiên họp thứ nhất", "lần thứ XVIII", "15 đồng chí", "4 đồng chí"]))

PAGES.append(page("b1832-daklak-daihoi-chibo-buon-2017", """
BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK
Bạn đang ở: Trang chủ | Hoạt động cơ sở
Thứ Ba, 18/04/2017 - 14:05
Chi bộ buôn Tơng Jú đại hội nhiệm kỳ 2017 - 2020
Đồng chí Y Khuê Niê (bên phải) trao hoa chúc mừng chi ủy khóa mới. Ảnh: H'Linh
Ngày 15/4, Chi bộ buôn Tơng Jú thuộc Đảng bộ xã Ea Kao (thành phố Buôn Ma Thuột, tỉnh Đắk Lắk) tổ chức Đại hội nhiệm kỳ 2017 - 2020. Đây là đại hội điểm chi bộ thôn, buôn của Đảng bộ xã. Dự đại hội có đồng chí Y Khuê Niê, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Dân vận Thành ủy; đồng chí Nguyễn Thị Thu Hà, Bí thư Đảng ủy xã Ea Kao cùng 31 đảng viên trong chi bộ.
Nhiệm kỳ qua, chi bộ đã lãnh đạo nhân dân trong buôn chuyển đổi 45 ha cà phê già cỗi sang trồng tái canh và xen canh sầu riêng, bơ; thu nhập bình quân đạt 28 triệu đồng/người/năm; số hộ nghèo giảm từ 37 hộ xuống còn 12 hộ. Buôn Tơng Jú giữ vững danh hiệu "Buôn văn hóa" 2 năm liền. Chi bộ kết nạp được 5 đảng viên mới, trong đó có 4 đảng viên là người Êđê; 2 năm liền đạt chi bộ trong sạch, vững mạnh.
Chi bộ đã cụ thể hóa Chỉ thị 05-CT/TW của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh bằng việc đăng ký 3 việc làm cụ thể của mỗi đảng viên; phối hợp với già làng, người có uy tín vận động đồng bào không nghe theo kẻ xấu, không tham gia "Tin lành Đê Ga".
Phát biểu tại đại hội, đồng chí Y Khuê Niê đề nghị chi bộ tiếp tục thực hiện tốt Quy định số 76-QĐ/TW của Bộ Chính trị về việc đảng viên đang công tác thường xuyên giữ mối liên hệ với chi ủy, tổ chức đảng và nhân dân nơi cư trú; quan tâm tạo nguồn phát triển đảng viên trong thanh niên Êđê, người có đạo.
Đại hội đã bầu chi ủy khóa mới gồm 3 đồng chí: Y Blô Êban, H'Rin Mlô, Y Thăk Kbuôr. Đồng chí Y Blô Êban, Trưởng buôn Tơng Jú, được tín nhiệm bầu giữ chức Bí thư Chi bộ; đồng chí H'Rin Mlô được bầu làm Phó Bí thư Chi bộ. Đại hội cũng biểu quyết thông qua nghị quyết với 5 chỉ tiêu chủ yếu, trong đó phấn đấu mỗi năm kết nạp ít nhất 1 đảng viên, đến năm 2020 không còn hộ nghèo.
Ông Y Ngông Byă, già làng buôn Tơng Jú, 84 tuổi, chia sẻ: "Buôn mình bây giờ có nhiều đảng viên trẻ, biết làm ăn, biết nói cho dân hiểu, dân nghe theo". Theo kế hoạch, đến ngày 30/4, 100% chi bộ trực thuộc Đảng ủy xã Ea Kao hoàn thành đại hội.
H'Linh Niê
Tin cùng chuyên mục
- Krông Pắc: 127 chi bộ thôn, buôn hoàn thành đại hội (14/04/2017)
- Cư M'gar tập huấn nghiệp vụ đại hội chi bộ (03/04/2017)
- Ea H'leo: Phát huy vai trò người có uy tín trong buôn (27/03/2017)
- Buôn Đôn kết nạp đảng viên là người M'nông, Lào (20/03/2017)
- Lắk: Chi bộ buôn sinh hoạt chuyên đề về giữ đất sản xuất (13/03/2017)
""", "2017-04-18", "Chi bộ buôn Tơng Jú đại hội nhiệm kỳ 2017 - 2020",
E("dai_hoi", None, "2017-04-15"),
[P("Y Khuê Niê", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Dân vận Thành ủy"),
 P("Nguyễn Thị Thu Hà", "Bí thư Đảng ủy xã Ea Kao"),
 P("Y Blô Êban", "Trưởng buôn Tơng Jú", "Bí thư Chi bộ"),
 P("H'Rin Mlô", "Phó Bí thư Chi bộ"),
 P("Y Thăk Kbuôr"),
 P("Y Ngông Byă", "già làng buôn Tơng Jú")],
[Q("31 đảng viên", 31, "đảng viên"), Q("45 ha", 45, "ha"), Q("28 triệu đồng", 28000000, "đồng"),
 Q("37 hộ", 37, "hộ"), Q("12 hộ", 12, "hộ"), Q("5 đảng viên mới", 5, "đảng viên mới"), Q("4 đảng viên", 4, "đảng viên"),
 Q("3 việc làm cụ thể", 3, "việc làm cụ thể"), Q("3 đồng chí", 3, "đồng chí"), Q("5 chỉ tiêu chủ yếu", 5, "chỉ tiêu chủ yếu"),
 Q("100% chi bộ", 100, "%")],
[D("Chỉ thị", "05", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 05-CT/TW"),
 D("Quy định", "76", "QĐ/TW", None, "Bộ Chính trị", "Quy định số 76-QĐ/TW")],
[prov("Đắk Lắk"), com("Ea Kao")],
["BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK", "Bạn đang ở: Trang chủ | Hoạt động cơ sở",
 "Đồng chí Y Khuê Niê (bên phải) trao hoa chúc mừng chi ủy khóa mới. Ảnh: H'Linh", "Buôn văn hóa", "Tin lành Đê Ga"],
["Thứ Ba, 18/04/2017 - 14:05", "nhiệm kỳ 2017 - 2020", "2 năm liền", "84 tuổi", "năm 2020", "3 đồng chí", "1 đảng viên"]))

PAGES.append(page("b1833-caobang-taphuan-nhanthuc-dang-2016", """
Cổng TTĐT huyện Hà Quảng - Cao Bằng
Trang chủ - Tin tức - Sự kiện - Xây dựng Đảng
Ngày đăng 21/10/2016 | 10:15
Ảnh: Học viên lớp bồi dưỡng tại Trung tâm Bồi dưỡng chính trị huyện.
64 quần chúng ưu tú học lớp nhận thức về Đảng
Từ ngày 17 đến 21/10/2016, Trung tâm Bồi dưỡng chính trị huyện Hà Quảng phối hợp với Ban Tổ chức Huyện ủy mở lớp bồi dưỡng nhận thức về Đảng đợt 2 năm 2016 cho 64 quần chúng ưu tú đến từ 19 xã, thị trấn. Học viên lớp học có 41 người là dân tộc Nùng, Tày và 15 người là dân tộc Mông, Dao; 27 học viên là nữ.
Phát biểu khai giảng, đồng chí Nông Thị Quyên, Phó Bí thư Thường trực Huyện ủy, yêu cầu các học viên nghiêm túc nghiên cứu 5 chuyên đề theo chương trình của Ban Tuyên giáo Trung ương, liên hệ với thực tiễn ở thôn, xóm, làm rõ động cơ phấn đấu vào Đảng. Các chuyên đề được truyền đạt bởi các giảng viên kiêm chức, trong đó đồng chí Đàm Văn Pắn, Trưởng Ban Tuyên giáo Huyện ủy, giới thiệu Điều lệ Đảng và các quy định về kết nạp đảng viên.
Trong năm 2016, thực hiện Nghị quyết số 12-NQ/HU ngày 12/8/2016 của Huyện ủy Hà Quảng về xóa xóm chưa có đảng viên, các đảng bộ xã đã giới thiệu 112 quần chúng tham gia lớp bồi dưỡng; đến nay toàn huyện đã kết nạp 96 đảng viên, đạt 87,3% kế hoạch. Hiện huyện còn 21 xóm chưa có đảng viên, tập trung ở các xã Sóc Hà, Lũng Nặm, Cải Viên.
Đồng chí Lục Văn Sửu, Bí thư Đảng ủy xã Sóc Hà, cho biết: Đảng ủy giao chỉ tiêu cho từng đảng ủy viên phụ trách xóm "cắm bản" để tìm, bồi dưỡng quần chúng. Nhờ vậy năm nay xã đã giới thiệu 9 quần chúng đi học, gấp đôi năm 2015.
Kết thúc khóa học, 100% học viên viết thu hoạch đạt yêu cầu, trong đó 18 học viên đạt loại giỏi. Dịp này, Ban Tổ chức Huyện ủy trao giấy chứng nhận cho 64 học viên và tặng giấy khen cho học viên Hoàng Thị Mai ở xóm Nà Giàng, một đoàn viên thanh niên người Nùng có bài thu hoạch xuất sắc.
Đồng chí Nông Thị Quyên đề nghị cấp ủy cơ sở tiếp tục theo dõi, giúp đỡ học viên sau lớp học, phân công đảng viên chính thức giúp đỡ để sớm đủ điều kiện xem xét kết nạp, thực hiện đúng Hướng dẫn số 01-HD/TW của Ban Bí thư về một số vấn đề cụ thể thi hành Điều lệ Đảng. Phấn đấu hết năm 2016 toàn huyện kết nạp trên 110 đảng viên.
Văn phòng Huyện ủy
Lượt xem: 342
Tin khác
- Kết nạp 3 đảng viên là người Mông tại xã Vần Dính (08/10/2016)
- Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 6 (30/09/2016)
- Trường Chính trị Hoàng Đình Giong khai giảng lớp trung cấp (22/09/2016)
- Thông Nông: Xóa 4 xóm chưa có đảng viên (15/09/2016)
- Trà Lĩnh sơ kết công tác xây dựng Đảng 9 tháng (07/09/2016)
""", "2016-10-21", "64 quần chúng ưu tú học lớp nhận thức về Đảng",
E("tap_huan", "2016", "2016-10-17"),
[P("Nông Thị Quyên", "Phó Bí thư Thường trực Huyện ủy"),
 P("Đàm Văn Pắn", "Trưởng Ban Tuyên giáo Huyện ủy"),
 P("Lục Văn Sửu", "Bí thư Đảng ủy xã Sóc Hà"),
 P("Hoàng Thị Mai")],
[Q("64 quần chúng ưu tú", 64, "quần chúng ưu tú"), Q("19 xã, thị trấn", 19, "xã, thị trấn"), Q("41 người", 41, "người"),
 Q("15 người", 15, "người"), Q("27 học viên", 27, "học viên"), Q("5 chuyên đề", 5, "chuyên đề"),
 Q("112 quần chúng", 112, "quần chúng"), Q("96 đảng viên", 96, "đảng viên"), Q("87,3%", 87.3, "%"),
 Q("21 xóm chưa có đảng viên", 21, "xóm"), Q("9 quần chúng", 9, "quần chúng"), Q("100% học viên", 100, "%"),
 Q("18 học viên", 18, "học viên"), Q("trên 110 đảng viên", 110, "đảng viên", "over")],
[D("Nghị quyết", "12", "NQ/HU", "2016-08-12", "Huyện ủy Hà Quảng", "Nghị quyết số 12-NQ/HU ngày 12/8/2016"),
 D("Hướng dẫn", "01", "HD/TW", None, "Ban Bí thư", "Hướng dẫn số 01-HD/TW")],
[prov("Cao Bằng"), com("Sóc Hà"), com("Lũng Nặm"), com("Cải Viên")],
["Cổng TTĐT huyện Hà Quảng - Cao Bằng", "Trang chủ - Tin tức - Sự kiện - Xây dựng Đảng",
 "Ảnh: Học viên lớp bồi dưỡng tại Trung tâm Bồi dưỡng chính trị huyện.", "Điều lệ Đảng", "Lượt xem: 342"],
["Ngày đăng 21/10/2016 | 10:15", "đợt 2 năm 2016", "năm 2015", "Lượt xem: 342", "Trong năm 2016"]))

PAGES.append(page("b1834-soctrang-giamsat-phattrien-dangvien-2018", """
Báo Sóc Trăng Online
Xây dựng Đảng :: Kiểm tra - Giám sát
Thứ Sáu, 14/09/2018 - 16:30
Giám sát công tác phát triển đảng viên tại Đảng bộ xã Lâm Kiết
Đoàn giám sát làm việc với Đảng ủy xã Lâm Kiết.
(STO) - Ngày 12/9, Đoàn giám sát của Ban Thường vụ Huyện ủy Thạnh Trị do đồng chí Lý Thị Sà Ri, Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra Huyện ủy làm trưởng đoàn đã giám sát chuyên đề việc thực hiện công tác phát triển đảng viên trong đồng bào Khmer tại Đảng bộ xã Lâm Kiết, theo Quyết định số 215-QĐ/HU ngày 20/8/2018 của Ban Thường vụ Huyện ủy.
Theo báo cáo của Đảng ủy xã, Đảng bộ hiện có 11 chi bộ với 247 đảng viên, trong đó đảng viên người Khmer là 89 đồng chí, chiếm 36%. Từ năm 2016 đến tháng 8/2018, Đảng ủy xã đã kết nạp 38 đảng viên, trong đó 17 đảng viên là người Khmer, 3 đảng viên là sư sãi hoàn tục; chuyển đảng chính thức cho 29 đảng viên dự bị đúng thời hạn. 100% ấp có chi bộ, 9/11 chi bộ có chi ủy.
Đảng ủy xã đã cụ thể hóa Chỉ thị số 28-CT/TW ngày 21/9/2013 của Ban Bí thư về nâng cao chất lượng kết nạp đảng viên và rà soát, sàng lọc, đưa những đảng viên không đủ tư cách ra khỏi Đảng bằng Kế hoạch 07-KH/ĐU. Qua rà soát đã đưa 2 đảng viên không đủ tư cách ra khỏi Đảng bằng hình thức xóa tên.
Đồng chí Thạch Sô Phal, Phó Bí thư Thường trực Đảng ủy xã, cho biết khó khăn lớn nhất là nguồn kết nạp: nhiều thanh niên Khmer đi làm ăn xa tại Bình Dương, TP Hồ Chí Minh; một số quần chúng chưa đủ trình độ học vấn theo quy định. Đồng chí Kim Sa Quân, Bí thư Chi bộ ấp Kiết Lợi, đề nghị Huyện ủy mở lớp bồi dưỡng nhận thức về Đảng bằng song ngữ Việt - Khmer.
Đoàn giám sát đánh giá Đảng ủy xã đã thực hiện đúng quy trình, thủ tục kết nạp; tuy nhiên 4 hồ sơ còn thiếu sót về thẩm tra lý lịch, 2 chi bộ chưa giao nhiệm vụ cho quần chúng phấn đấu. Đồng chí Lý Thị Sà Ri đề nghị Đảng ủy xã khắc phục ngay trong quý IV/2018, giao chỉ tiêu kết nạp cho từng chi bộ, phấn đấu mỗi năm kết nạp từ 15 đảng viên trở lên; phối hợp với Ban Quản trị các chùa Phật giáo Nam tông Khmer trên địa bàn để tạo nguồn trong số sư sãi hoàn tục.
Cùng dự buổi giám sát có đồng chí Danh Sóc, Phó Trưởng Ban Tổ chức Huyện ủy, và các đồng chí ủy viên Ủy ban Kiểm tra Huyện ủy.
Thạch Hoài
Tin cùng chuyên mục
- Ủy ban Kiểm tra Tỉnh ủy giám sát Huyện ủy Mỹ Xuyên (10/09/2018)
- Kết nạp 12 sư sãi hoàn tục vào Đảng (05/09/2018)
- Long Phú: Đối thoại với thanh niên về phát triển đảng viên (28/08/2018)
- Trần Đề: Chi bộ ấp sinh hoạt song ngữ Việt - Khmer (20/08/2018)
- Ngã Năm kiểm tra đảng viên chấp hành Điều lệ Đảng (13/08/2018)
""", "2018-09-14", "Giám sát công tác phát triển đảng viên tại Đảng bộ xã Lâm Kiết",
E("giam_sat", None, "2018-09-12"),
[P("Lý Thị Sà Ri", "Ủy viên Ban Thường vụ", "Chủ nhiệm Ủy ban Kiểm tra Huyện ủy"),
 P("Thạch Sô Phal", "Phó Bí thư Thường trực Đảng ủy xã"),
 P("Kim Sa Quân", "Bí thư Chi bộ ấp Kiết Lợi"),
 P("Danh Sóc", "Phó Trưởng Ban Tổ chức Huyện ủy")],
[Q("11 chi bộ", 11, "chi bộ"), Q("247 đảng viên", 247, "đảng viên"), Q("89 đồng chí", 89, "đồng chí"),
 Q("36%", 36, "%"), Q("38 đảng viên", 38, "đảng viên"), Q("17 đảng viên", 17, "đảng viên"), Q("3 đảng viên", 3, "đảng viên"),
 Q("29 đảng viên dự bị", 29, "đảng viên dự bị"), Q("100% ấp", 100, "%"), Q("9/11 chi bộ", 9, "chi bộ"),
 Q("2 đảng viên không đủ tư cách", 2, "đảng viên"), Q("4 hồ sơ", 4, "hồ sơ"), Q("2 chi bộ", 2, "chi bộ"),
 Q("15 đảng viên", 15, "đảng viên", "over")],
[D("Quyết định", "215", "QĐ/HU", "2018-08-20", "Ban Thường vụ Huyện ủy", "Quyết định số 215-QĐ/HU ngày 20/8/2018"),
 D("Chỉ thị", "28", "CT/TW", "2013-09-21", "Ban Bí thư", "Chỉ thị số 28-CT/TW ngày 21/9/2013"),
 D("Kế hoạch", "07", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch 07-KH/ĐU")],
[prov("Sóc Trăng"), com("Lâm Kiết"), prov("Bình Dương"), prov("Hồ Chí Minh")],
["Báo Sóc Trăng Online", "Xây dựng Đảng :: Kiểm tra - Giám sát", "Đoàn giám sát làm việc với Đảng ủy xã Lâm Kiết.",
 "(STO)"],
["Thứ Sáu, 14/09/2018 - 16:30", "89 đồng chí", "tháng 8/2018", "quý IV/2018", "Từ năm 2016"]))
