"""holdout34 batch 1: b773-b778 (pages and labels side by side)."""
from lib import Q, D, P, page, E, prov, com

PAGES = []

# ---------------------------------------------------------------- b773
PAGES.append(page("b773-laocai-phunu-daihoi-2011", """
BÁO LÀO CAI ĐIỆN TỬ - Cơ quan của Đảng bộ, Chính quyền và Nhân dân tỉnh Lào Cai
Trang chủ » Chính trị » Mặt trận - Đoàn thể
Thứ Năm, 12/05/2011 - 07:45
Đại biểu biểu quyết thông qua chương trình làm việc của Đại hội. Ảnh: Thu Hà
Đại hội đại biểu Phụ nữ tỉnh Lào Cai lần thứ XIV thành công tốt đẹp
(BLC) - Trong hai ngày 10 và 11/5, Hội Liên hiệp Phụ nữ tỉnh Lào Cai tổ chức Đại hội đại biểu Phụ nữ tỉnh lần thứ XIV, nhiệm kỳ 2011 - 2016. Về dự có 250 đại biểu chính thức, thay mặt cho hơn 121.000 hội viên phụ nữ các dân tộc của 9 huyện, thành phố trong tỉnh.
Tới dự và chỉ đạo đại hội có đồng chí Trần Thị Kim Thoa, Phó Chủ tịch Hội LHPN Việt Nam; đồng chí Lý Văn Quang, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh; đồng chí Phạm Xuân Thiều, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy.
Báo cáo chính trị do đồng chí Giàng Thị Dung, Chủ tịch Hội LHPN tỉnh khóa XIII trình bày nêu rõ: nhiệm kỳ 2006 - 2011, các cấp Hội đã triển khai Nghị quyết số 11-NQ/TW ngày 27/4/2007 của Bộ Chính trị về công tác phụ nữ thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước và Chỉ thị số 21-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường sự lãnh đạo của Đảng đối với công tác phụ nữ vùng cao. Phong trào "Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc" và cuộc vận động "Xây dựng gia đình 5 không, 3 sạch" được đông đảo hội viên hưởng ứng.
Trong 5 năm, hội viên đã giúp nhau trên 14 tỷ đồng vốn, hơn 86.000 ngày công và nhiều cây, con giống; Hội phối hợp với Ngân hàng Chính sách xã hội tín chấp cho 17.400 lượt hội viên vay vốn với tổng dư nợ trên 380 tỷ đồng. Đã có 3.250 hộ nghèo do phụ nữ làm chủ hộ thoát nghèo; phát triển mới 11.200 hội viên, nâng tỷ lệ tập hợp phụ nữ vào Hội đạt 78,5%. Các cơ sở Hội mở 126 lớp xóa mù chữ cho gần 3.000 phụ nữ người Mông, Dao, Hà Nhì ở các xã vùng cao.
Tham luận tại đại hội, chị Tẩn Thị Sử, Chi hội trưởng phụ nữ thôn Séo Mý Tỷ (xã Tả Van, huyện Sa Pa), chia sẻ cách vận động chị em người Dao không tảo hôn, đưa con đến trường; chị Lù Thị Pà, Chủ tịch Hội LHPN xã Y Tý (huyện Bát Xát), giới thiệu mô hình tổ phụ nữ tiết kiệm ở các thôn người Hà Nhì.
Phát biểu chỉ đạo, đồng chí Lý Văn Quang ghi nhận những đóng góp của phụ nữ các dân tộc trong tỉnh, đề nghị các cấp Hội tập trung vận động phụ nữ vùng cao chuyển đổi cơ cấu cây trồng, vật nuôi, phòng chống mua bán người và xây dựng gia đình no ấm, tiến bộ, hạnh phúc.
Đại hội đã bầu Ban Chấp hành Hội LHPN tỉnh khóa XIV gồm 35 đồng chí. Tại phiên họp thứ nhất, Ban Chấp hành đã bầu Ban Thường vụ gồm 9 đồng chí; đồng chí Giàng Thị Dung tái đắc cử Chủ tịch Hội LHPN tỉnh khóa XIV; các đồng chí Vàng Thị Mỷ, Hoàng Thị Thu Hà được bầu làm Phó Chủ tịch Hội LHPN tỉnh. Đại hội cũng bầu đoàn đại biểu gồm 12 đồng chí đi dự Đại hội đại biểu Phụ nữ toàn quốc lần thứ XI và thông qua 8 chỉ tiêu chủ yếu của nhiệm kỳ mới.
Thu Hà
Tin liên quan
- Hội LHPN huyện Mường Khương tổ chức đại hội nhiệm kỳ 2011 - 2016 (05/05/2011)
- Phụ nữ Bắc Hà giúp nhau phát triển kinh tế (28/04/2011)
- Sa Pa: 100% cơ sở Hội hoàn thành đại hội (20/04/2011)
- Tập huấn kỹ năng tuyên truyền phòng chống mua bán người (12/04/2011)
""", "2011-05-12",
"Đại hội đại biểu Phụ nữ tỉnh Lào Cai lần thứ XIV thành công tốt đẹp",
E("hoi_nghi", None, "2011-05-10"),
[P("Trần Thị Kim Thoa", "Phó Chủ tịch Hội LHPN Việt Nam"),
 P("Lý Văn Quang", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Phạm Xuân Thiều", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Giàng Thị Dung", "Chủ tịch Hội LHPN tỉnh khóa XIII", "Chủ tịch Hội LHPN tỉnh khóa XIV"),
 P("Tẩn Thị Sử", "Chi hội trưởng phụ nữ thôn Séo Mý Tỷ"),
 P("Lù Thị Pà", "Chủ tịch Hội LHPN xã Y Tý"),
 P("Vàng Thị Mỷ", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Hoàng Thị Thu Hà", "Phó Chủ tịch Hội LHPN tỉnh")],
[Q("250 đại biểu", 250, "đại biểu"),
 Q("hơn 121.000 hội viên", 121000, "hội viên", "over"),
 Q("9 huyện, thành phố", 9, "huyện, thành phố"),
 Q("trên 14 tỷ đồng", 14000000000, "đồng", "over"),
 Q("hơn 86.000 ngày công", 86000, "ngày công", "over"),
 Q("17.400 lượt hội viên", 17400, "lượt hội viên"),
 Q("trên 380 tỷ đồng", 380000000000, "đồng", "over"),
 Q("3.250 hộ nghèo", 3250, "hộ nghèo"),
 Q("11.200 hội viên", 11200, "hội viên"),
 Q("78,5%", 78.5, "%"),
 Q("126 lớp xóa mù chữ", 126, "lớp xóa mù chữ"),
 Q("gần 3.000 phụ nữ", 3000, "phụ nữ", "approx"),
 Q("35 đồng chí", 35, "đồng chí"),
 Q("9 đồng chí", 9, "đồng chí"),
 Q("12 đồng chí", 12, "đồng chí"),
 Q("8 chỉ tiêu", 8, "chỉ tiêu")],
[D("Nghị quyết", "11", "NQ/TW", "2007-04-27", "Bộ Chính trị", surface="Nghị quyết số 11-NQ/TW ngày 27/4/2007 của Bộ Chính trị"),
 D("Chỉ thị", "21", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", surface="Chỉ thị số 21-CT/TU của Ban Thường vụ Tỉnh ủy")],
[prov("Lào Cai"), com("Tả Van"), com("Y Tý")],
["BÁO LÀO CAI ĐIỆN TỬ - Cơ quan của Đảng bộ, Chính quyền và Nhân dân tỉnh Lào Cai", "Trang chủ » Chính trị » Mặt trận - Đoàn thể",
 "Đại biểu biểu quyết thông qua chương trình làm việc của Đại hội. Ảnh: Thu Hà", "(BLC)",
 "Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc", "Xây dựng gia đình 5 không, 3 sạch",
 "Ngân hàng Chính sách xã hội"],
["Thứ Năm, 12/05/2011 - 07:45", "lần thứ XIV", "nhiệm kỳ 2011 - 2016", "nhiệm kỳ 2006 - 2011", "5 không, 3 sạch", "Trong 5 năm",
 "35 đồng chí", "9 đồng chí", "12 đồng chí", "phiên họp thứ nhất", "lần thứ XI"]))

# ---------------------------------------------------------------- b774
PAGES.append(page("b774-nghean-chuthapdo-quatet-2012", """
Báo Nghệ An điện tử
Xã hội > Từ thiện - Nhân đạo
13/01/2012 16:32 GMT+7
Hội Chữ thập đỏ tỉnh trao 1.200 suất quà Tết cho người nghèo miền Tây
(Baonghean) - Ngày 12/1, Hội Chữ thập đỏ tỉnh Nghệ An phối hợp với Ủy ban MTTQ các huyện Kỳ Sơn, Tương Dương tổ chức trao quà Tết Nhâm Thìn 2012 cho hộ nghèo, gia đình chính sách và trẻ em có hoàn cảnh đặc biệt khó khăn tại các xã Mường Lống, Keng Đu và Lượng Minh.
Đoàn công tác do bà Hồ Thị Lan, Chủ tịch Hội Chữ thập đỏ tỉnh dẫn đầu; cùng đi có ông Nguyễn Đình Bảy, Phó Chủ tịch Ủy ban MTTQ tỉnh và đại diện các nhà tài trợ.
Tổng cộng 1.200 suất quà đã được trao tận tay người dân, mỗi suất gồm 10 kg gạo, 1 chăn ấm, 1 thùng mì tôm và 200.000 đồng tiền mặt, tổng trị giá gần 540 triệu đồng. Trong đó, Hội Chữ thập đỏ tỉnh trích từ nguồn cuộc vận động "Tết vì người nghèo và nạn nhân chất độc da cam" 320 triệu đồng, số còn lại do Công ty cổ phần Xi măng Hoàng Mai và một số doanh nghiệp trên địa bàn tài trợ.
Tại xã Mường Lống, nơi 100% dân số là đồng bào Mông, đoàn đã trao 450 suất quà. Ông Xồng Bá Dênh, Bí thư Đảng ủy xã Mường Lống cho biết: Năm 2011 xã còn 62,4% hộ nghèo; mùa đông năm nay rét đậm, rét hại kéo dài, nhiều gia đình thiếu đói giáp hạt nên những phần quà này rất kịp thời. Cũng tại đây, đoàn tặng 300 chiếc áo ấm cho học sinh Trường Phổ thông dân tộc bán trú THCS Mường Lống.
Tại xã Keng Đu (huyện Kỳ Sơn), 400 suất quà được trao cho bà con người Khơ Mú và Mông. Trưởng bản Huồi Cam Kha Văn Nhọt xúc động nói, cả bản có 78 hộ thì 61 hộ nghèo, năm nào cũng được Hội Chữ thập đỏ về thăm, tặng quà, nhờ vậy bà con yên tâm đón Tết.
Tại xã Lượng Minh, đoàn trao 350 suất quà cho các hộ đồng bào Thái, Ơ Đu tái định cư vùng lòng hồ thủy điện Bản Vẽ. Ông Lô Văn Thái, Phó Chủ tịch UBND huyện Tương Dương, cảm ơn sự quan tâm của Hội và các nhà hảo tâm, đề nghị tiếp tục hỗ trợ các hộ tái định cư ổn định cuộc sống.
Theo bà Hồ Thị Lan, thực hiện Chỉ thị số 06/CT-UBND ngày 28/12/2011 của UBND tỉnh về tổ chức Tết Nguyên đán và Kế hoạch số 05/KH-CTĐ ngày 03/01/2012 của Ban Thường vụ Hội Chữ thập đỏ tỉnh, đến nay các cấp Hội trong tỉnh đã vận động được trên 25.000 suất quà với tổng trị giá khoảng 8 tỷ đồng. Các suất quà được trao đúng đối tượng, bảo đảm công khai, minh bạch, không để hộ nghèo nào không có Tết.
Thanh Loan
Tin liên quan
- Trao 500 suất quà cho nạn nhân chất độc da cam huyện Quỳnh Lưu (10/01/2012)
- Hiến máu tình nguyện dịp Tết: tiếp nhận hơn 1.000 đơn vị máu (06/01/2012)
- Tặng áo ấm cho học sinh vùng cao Quế Phong (03/01/2012)
- Hội Chữ thập đỏ tỉnh tổng kết năm 2011 (29/12/2011)
""", "2012-01-13",
"Hội Chữ thập đỏ tỉnh trao 1.200 suất quà Tết cho người nghèo miền Tây",
E("trao_qua", None, "2012-01-12"),
[P("Hồ Thị Lan", "Chủ tịch Hội Chữ thập đỏ tỉnh"),
 P("Nguyễn Đình Bảy", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Xồng Bá Dênh", "Bí thư Đảng ủy xã Mường Lống"),
 P("Kha Văn Nhọt", "Trưởng bản Huồi Cam"),
 P("Lô Văn Thái", "Phó Chủ tịch UBND huyện Tương Dương")],
[Q("1.200 suất quà", 1200, "suất quà"),
 Q("10 kg gạo", 10, "kg"),
 Q("200.000 đồng", 200000, "đồng"),
 Q("gần 540 triệu đồng", 540000000, "đồng", "approx"),
 Q("320 triệu đồng", 320000000, "đồng"),
 Q("100% dân số", 100, "%"),
 Q("450 suất quà", 450, "suất quà"),
 Q("62,4% hộ nghèo", 62.4, "%"),
 Q("300 chiếc áo ấm", 300, "chiếc áo ấm"),
 Q("400 suất quà", 400, "suất quà"),
 Q("78 hộ", 78, "hộ"),
 Q("61 hộ nghèo", 61, "hộ nghèo"),
 Q("350 suất quà", 350, "suất quà"),
 Q("trên 25.000 suất quà", 25000, "suất quà", "over"),
 Q("khoảng 8 tỷ đồng", 8000000000, "đồng", "approx")],
[D("Chỉ thị", "06", "CT-UBND", "2011-12-28", "UBND tỉnh", surface="Chỉ thị số 06/CT-UBND ngày 28/12/2011 của UBND tỉnh"),
 D("Kế hoạch", "05", "KH-CTĐ", "2012-01-03", "Ban Thường vụ Hội Chữ thập đỏ tỉnh", surface="Kế hoạch số 05/KH-CTĐ ngày 03/01/2012 của Ban Thường vụ Hội Chữ thập đỏ tỉnh")],
[prov("Nghệ An"), com("Mường Lống"), com("Keng Đu"), com("Lượng Minh")],
["Báo Nghệ An điện tử", "Xã hội > Từ thiện - Nhân đạo", "(Baonghean)", "Tết vì người nghèo và nạn nhân chất độc da cam",
 "Công ty cổ phần Xi măng Hoàng Mai", "Trường Phổ thông dân tộc bán trú THCS Mường Lống"],
["13/01/2012 16:32 GMT+7", "Tết Nhâm Thìn 2012", "1 chăn ấm", "1 thùng mì tôm", "Năm 2011"]))

# ---------------------------------------------------------------- b775
PAGES.append(page("b775-sonla-mttq-tongket-2013", """
BÁO SƠN LA - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Sơn La
Trang chủ / Chính trị / Mặt trận
Thứ Năm, 26/12/2013 | 10:15
Mặt trận các cấp giúp hơn 3.100 hộ thoát nghèo
Ngày 25/12, Ủy ban MTTQ Việt Nam tỉnh Sơn La tổ chức hội nghị tổng kết công tác Mặt trận năm 2013, triển khai nhiệm vụ năm 2014. Đồng chí Cầm Văn Doãn, Phó Bí thư Tỉnh ủy dự và chỉ đạo hội nghị.
Dự hội nghị có các đồng chí: Lò Thị Mai Hương, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; Hà Văn Sơn, Lò Thị Minh - Phó Chủ tịch Ủy ban MTTQ tỉnh; lãnh đạo các tổ chức chính trị - xã hội tỉnh và Chủ tịch Ủy ban MTTQ 11 huyện, thành phố.
Năm 2013, Mặt trận các cấp tiếp tục đẩy mạnh Cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư" gắn với Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới". Toàn tỉnh có 2.185 bản, tiểu khu, tổ dân phố đạt danh hiệu văn hóa, chiếm 67,3%; nhân dân hiến trên 41 ha đất, đóng góp 236.000 ngày công để làm đường giao thông nông thôn. Quỹ "Vì người nghèo" các cấp vận động được 9,7 tỷ đồng, hỗ trợ xây dựng 412 nhà Đại đoàn kết, sửa chữa 95 nhà; giúp hơn 3.100 hộ thoát nghèo, tỷ lệ hộ nghèo toàn tỉnh giảm còn 27,1%.
Thực hiện chức năng giám sát, Mặt trận các cấp đã tổ chức 186 cuộc giám sát việc thực hiện chính sách hỗ trợ đồng bào dân tộc thiểu số, bồi thường, tái định cư Thủy điện Sơn La; Ban Thanh tra nhân dân ở 204 xã, phường, thị trấn đã phát hiện, kiến nghị giải quyết 37 vụ việc. Mặt trận phối hợp với Thường trực HĐND tổ chức các đợt tiếp xúc cử tri, tổng hợp 1.146 ý kiến, kiến nghị gửi cơ quan có thẩm quyền.
Tại hội nghị, ông Mùa A Páo, người có uy tín ở bản Huổi Pha (xã Chiềng Khoong, huyện Sông Mã), đề nghị tăng cường tuyên truyền để bà con người Mông không nghe theo kẻ xấu di cư tự do, truyền đạo trái pháp luật. Bà Quàng Thị Ơn, Chủ tịch Ủy ban MTTQ xã Chiềng Sinh (thành phố Sơn La), chia sẻ kinh nghiệm vận động nhân dân hiến đất mở đường nội bản mà không cần đền bù.
Phát biểu chỉ đạo, đồng chí Cầm Văn Doãn đánh giá cao vai trò của Mặt trận trong củng cố khối đại đoàn kết các dân tộc. Năm 2014, Mặt trận các cấp cần tập trung triển khai Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị ban hành Quy chế giám sát và phản biện xã hội của Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội, Quy định về việc Mặt trận, các đoàn thể và nhân dân tham gia góp ý xây dựng Đảng, xây dựng chính quyền; tiếp tục thực hiện Nghị quyết số 06-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về giảm nghèo nhanh và bền vững giai đoạn 2011 - 2015.
Dịp này, Ủy ban MTTQ tỉnh tặng Bằng khen cho 18 tập thể và 25 cá nhân có thành tích xuất sắc trong công tác Mặt trận năm 2013.
Hải Yến
Lượt xem: 836
Tin cùng chuyên mục
- Mặt trận huyện Mộc Châu hiệp thương giới thiệu người ứng cử (20/12/2013)
- Trao 60 nhà Đại đoàn kết cho hộ nghèo huyện Sốp Cộp (16/12/2013)
- Hội nghị người có uy tín tiêu biểu năm 2013 (09/12/2013)
""", "2013-12-26",
"Mặt trận các cấp giúp hơn 3.100 hộ thoát nghèo",
E("tong_ket", "2013", "2013-12-25"),
[P("Cầm Văn Doãn", "Phó Bí thư Tỉnh ủy"),
 P("Lò Thị Mai Hương", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hà Văn Sơn", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lò Thị Minh", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Mùa A Páo", "người có uy tín ở bản Huổi Pha"),
 P("Quàng Thị Ơn", "Chủ tịch Ủy ban MTTQ xã Chiềng Sinh")],
[Q("11 huyện, thành phố", 11, "huyện, thành phố"),
 Q("2.185 bản, tiểu khu, tổ dân phố", 2185, "bản, tiểu khu, tổ dân phố"),
 Q("67,3%", 67.3, "%"),
 Q("trên 41 ha", 41, "ha", "over"),
 Q("236.000 ngày công", 236000, "ngày công"),
 Q("9,7 tỷ đồng", 9700000000, "đồng"),
 Q("412 nhà Đại đoàn kết", 412, "nhà Đại đoàn kết"),
 Q("95 nhà", 95, "nhà"),
 Q("hơn 3.100 hộ", 3100, "hộ", "over"),
 Q("27,1%", 27.1, "%"),
 Q("186 cuộc giám sát", 186, "cuộc giám sát"),
 Q("204 xã, phường, thị trấn", 204, "xã, phường, thị trấn"),
 Q("37 vụ việc", 37, "vụ việc"),
 Q("1.146 ý kiến, kiến nghị", 1146, "ý kiến, kiến nghị"),
 Q("18 tập thể", 18, "tập thể"),
 Q("25 cá nhân", 25, "cá nhân")],
[D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", surface="Quyết định số 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", surface="Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị"),
 D("Nghị quyết", "06", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", surface="Nghị quyết số 06-NQ/TU của Ban Chấp hành Đảng bộ tỉnh")],
[prov("Sơn La"), com("Chiềng Khoong"), com("Chiềng Sinh")],
["BÁO SƠN LA - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Sơn La", "Trang chủ / Chính trị / Mặt trận",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Toàn dân đoàn kết xây dựng nông thôn mới", "Vì người nghèo",
 "Thủy điện Sơn La", "Lượt xem: 836"],
["Thứ Năm, 26/12/2013 | 10:15", "năm 2013", "năm 2014", "giai đoạn 2011 - 2015", "Lượt xem: 836"]))

# ---------------------------------------------------------------- b776
PAGES.append(page("b776-binhdinh-mttq-bangiaonha-2014", """
BÁO BÌNH ĐỊNH ĐIỆN TỬ
Thời sự › Chính trị › Mặt trận - Đoàn thể
18 tháng 9, 2014 | 15:20
Bàn giao 45 nhà Đại đoàn kết cho hộ nghèo huyện miền núi An Lão
(BĐ) - Sáng 17/9, tại xã An Toàn, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Bình Định phối hợp với Bộ Chỉ huy Quân sự tỉnh và UBND huyện An Lão tổ chức lễ bàn giao 45 nhà Đại đoàn kết cho hộ nghèo đồng bào dân tộc thiểu số trên địa bàn huyện.
Dự lễ có bà Lê Thị Hồng Vân, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; Đại tá Võ Hữu Phước, Chính ủy Bộ Chỉ huy Quân sự tỉnh; ông Đinh Văn Quý, Phó Chủ tịch UBND huyện An Lão, cùng đông đảo bà con các làng.
Các căn nhà được xây dựng theo thiết kế mẫu, diện tích mỗi căn 40 m2, khung bê tông, tường xây, mái lợp tôn chống bão. Mỗi căn có tổng kinh phí khoảng 45 triệu đồng, trong đó Quỹ "Vì người nghèo" tỉnh hỗ trợ 30 triệu đồng, số còn lại do gia đình đối ứng và bà con dòng họ, làng xóm giúp đỡ. Tổng kinh phí xây dựng 45 căn nhà là hơn 2 tỷ đồng. Cán bộ, chiến sĩ Bộ Chỉ huy Quân sự tỉnh đã hỗ trợ hơn 600 ngày công vận chuyển vật liệu, san lấp mặt bằng tại các làng vùng cao của các xã An Toàn, An Hưng, An Vinh.
Ông Đinh Văn Gió (dân tộc Ba Na) ở làng 2, xã An Toàn, không giấu được niềm vui: "Nhà cũ của tôi dựng bằng tre nứa, mùa mưa bão năm nào cũng dột, cũng sợ. Nay có nhà mới vững chắc, cả nhà yên tâm làm ăn, cho con đi học".
Già làng Đinh Văn Ngơi ở làng 3, xã An Hưng, cho biết cả làng có 14 hộ được nhận nhà đợt này. Ông hứa sẽ vận động con cháu giữ gìn nhà cửa, chăm lo sản xuất để sớm thoát nghèo, không phụ lòng Đảng, Nhà nước và Mặt trận.
Phát biểu tại buổi lễ, bà Lê Thị Hồng Vân cho biết, thực hiện Quyết định số 167/2008/QĐ-TTg của Thủ tướng Chính phủ về chính sách hỗ trợ hộ nghèo về nhà ở và Kế hoạch số 08/KH-MTTQ-BTT ngày 10/3/2014 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, từ đầu năm đến nay Quỹ "Vì người nghèo" các cấp trong tỉnh đã hỗ trợ xây mới 486 căn, sửa chữa 121 căn nhà cho hộ nghèo với tổng số tiền gần 14 tỷ đồng. Bà đề nghị chính quyền địa phương tiếp tục hỗ trợ các hộ vừa nhận nhà về giống, vốn, kỹ thuật sản xuất; Mặt trận các xã phân công cán bộ theo dõi, giúp đỡ từng hộ để bảo đảm thoát nghèo bền vững.
Dịp này, Ban Thường trực Ủy ban MTTQ tỉnh tặng mỗi hộ nhận nhà một phần quà trị giá 500.000 đồng; Đoàn Thanh niên huyện An Lão tặng 120 bộ sách vở cho học sinh nghèo.
Ngọc Nhuận
Tin khác
- Tuy Phước: Vận động trên 1 tỷ đồng ủng hộ Quỹ "Vì người nghèo" (12/9/2014)
- Hoài Ân bàn giao 20 nhà cho hộ nghèo (05/9/2014)
- Mặt trận tỉnh giám sát thực hiện chính sách hỗ trợ người có công (28/8/2014)
""", "2014-09-18",
"Bàn giao 45 nhà Đại đoàn kết cho hộ nghèo huyện miền núi An Lão",
E("trao_qua", None, "2014-09-17"),
[P("Lê Thị Hồng Vân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Võ Hữu Phước", "Đại tá", "Chính ủy Bộ Chỉ huy Quân sự tỉnh"),
 P("Đinh Văn Quý", "Phó Chủ tịch UBND huyện An Lão"),
 P("Đinh Văn Gió"),
 P("Đinh Văn Ngơi", "Già làng")],
[Q("45 nhà Đại đoàn kết", 45, "nhà Đại đoàn kết"),
 Q("40 m2", 40, "m2"),
 Q("khoảng 45 triệu đồng", 45000000, "đồng", "approx"),
 Q("30 triệu đồng", 30000000, "đồng"),
 Q("hơn 2 tỷ đồng", 2000000000, "đồng", "over"),
 Q("hơn 600 ngày công", 600, "ngày công", "over"),
 Q("14 hộ", 14, "hộ"),
 Q("486 căn", 486, "căn"),
 Q("121 căn nhà", 121, "căn nhà"),
 Q("gần 14 tỷ đồng", 14000000000, "đồng", "approx"),
 Q("500.000 đồng", 500000, "đồng"),
 Q("120 bộ sách vở", 120, "bộ sách vở")],
[D("Quyết định", "167", "2008/QĐ-TTg", None, "Thủ tướng Chính phủ", surface="Quyết định số 167/2008/QĐ-TTg của Thủ tướng Chính phủ"),
 D("Kế hoạch", "08", "KH-MTTQ-BTT", "2014-03-10", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", surface="Kế hoạch số 08/KH-MTTQ-BTT ngày 10/3/2014 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh")],
[prov("Bình Định"), com("An Toàn"), com("An Hưng"), com("An Vinh")],
["BÁO BÌNH ĐỊNH ĐIỆN TỬ", "Thời sự › Chính trị › Mặt trận - Đoàn thể", "(BĐ)", "Vì người nghèo", "Bộ Chỉ huy Quân sự tỉnh"],
["18 tháng 9, 2014 | 15:20", "một phần quà", "làng 2", "làng 3"]))

# ---------------------------------------------------------------- b777
PAGES.append(page("b777-camau-ccb-soket-2015", """
BÁO CÀ MAU
Chính trị - Xây dựng Đảng | Đoàn thể
14-07-2015 08:20
Cựu chiến binh giúp nhau thoát nghèo, làm giàu
Ngày 13/7, Hội Cựu chiến binh (CCB) tỉnh Cà Mau tổ chức hội nghị sơ kết công tác Hội và phong trào CCB 6 tháng đầu năm 2015, triển khai phương hướng, nhiệm vụ 6 tháng cuối năm. Ông Trần Văn Năm, Chủ tịch Hội CCB tỉnh chủ trì hội nghị; cùng dự có các Phó Chủ tịch Hội CCB tỉnh: Huỳnh Văn Út, Phạm Hoàng Phúc.
6 tháng qua, các cấp Hội đã tổ chức cho 21.450 hội viên học tập, quán triệt Chỉ thị số 03-CT/TW của Bộ Chính trị về tiếp tục đẩy mạnh việc học tập và làm theo tấm gương đạo đức Hồ Chí Minh và Nghị quyết số 06-NQ/HCCB ngày 20/1/2015 của Ban Thường vụ Hội CCB tỉnh về nâng cao chất lượng sinh hoạt chi hội. Hội phối hợp tổ chức 18 lớp tập huấn kỹ thuật nuôi tôm, trồng lúa cho 1.420 lượt hội viên; hội viên giúp nhau hơn 1,2 tỷ đồng và 3.600 ngày công; vận động xây mới 15 căn nhà nghĩa tình đồng đội, mỗi căn trị giá từ 40 đến 50 triệu đồng.
Đến nay, toàn tỉnh có 1.830 hội viên đạt danh hiệu sản xuất, kinh doanh giỏi; 126 doanh nghiệp, hợp tác xã và trang trại do CCB làm chủ, giải quyết việc làm cho hơn 2.700 lao động. Tỷ lệ hộ nghèo trong hội viên còn 2,8%. Các cấp Hội tham gia giám sát ở cơ sở, phát hiện, kiến nghị xử lý 12 vụ việc; phối hợp với Công an vận động hội viên tham gia 214 tổ CCB tự quản về an ninh trật tự. Trong 6 tháng, Hội CCB tỉnh tiếp nhận 9 đơn thư của hội viên, đã phối hợp với các ngành chức năng giải quyết dứt điểm 7 đơn; không để phát sinh khiếu kiện đông người, vượt cấp.
Tại hội nghị, ông Danh Sến, Chủ tịch Hội CCB xã Khánh Bình Tây Bắc (huyện Trần Văn Thời), chia sẻ cách vận động hội viên người Khmer chuyển đổi sang mô hình lúa - tôm; ông Lâm Quốc Hưng ở khóm 5, phường Tân Xuyên, thành phố Cà Mau, kể việc cùng các đồng đội góp vốn mở cơ sở sửa chữa ngư cụ, tạo việc làm cho 11 lao động.
Phát biểu tại hội nghị, ông Châu Văn Thừa, Phó Trưởng Ban Dân vận Tỉnh ủy, ghi nhận các cấp Hội đã làm tốt vai trò nòng cốt trong xây dựng nông thôn mới, giữ gìn an ninh trật tự ở khóm, ấp, nhất là tham gia vận động người dân chấp hành chủ trương chuyển đổi cơ cấu sản xuất, đồng thời lưu ý một số chi hội sinh hoạt chưa đều, nội dung sinh hoạt còn đơn điệu.
6 tháng cuối năm, Hội CCB tỉnh tập trung chỉ đạo tổ chức thành công đại hội chi hội, Hội CCB cơ sở; phấn đấu không còn hộ hội viên CCB ở nhà tạm; tiếp tục phong trào "CCB gương mẫu" gắn với phong trào thi đua "Cà Mau chung sức xây dựng nông thôn mới".
Thúy Hằng
Lượt xem: 1.245
Các tin đã đưa
- Hội CCB huyện Cái Nước trao 5 căn nhà đồng đội (07/07/2015)
- CCB Ngọc Hiển tham gia bảo vệ rừng phòng hộ (30/06/2015)
- Kỷ niệm 25 năm Ngày truyền thống Hội CCB Việt Nam (04/12/2014)
""", "2015-07-14",
"Cựu chiến binh giúp nhau thoát nghèo, làm giàu",
E("so_ket", "2015-H1", "2015-07-13"),
[P("Trần Văn Năm", "Chủ tịch Hội CCB tỉnh"),
 P("Huỳnh Văn Út", "Phó Chủ tịch Hội CCB tỉnh"),
 P("Phạm Hoàng Phúc", "Phó Chủ tịch Hội CCB tỉnh"),
 P("Danh Sến", "Chủ tịch Hội CCB xã Khánh Bình Tây Bắc"),
 P("Lâm Quốc Hưng"),
 P("Châu Văn Thừa", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("21.450 hội viên", 21450, "hội viên"),
 Q("18 lớp tập huấn", 18, "lớp tập huấn"),
 Q("1.420 lượt hội viên", 1420, "lượt hội viên"),
 Q("hơn 1,2 tỷ đồng", 1200000000, "đồng", "over"),
 Q("3.600 ngày công", 3600, "ngày công"),
 Q("15 căn nhà nghĩa tình đồng đội", 15, "căn nhà nghĩa tình đồng đội"),
 Q("từ 40 đến 50 triệu đồng", 40000000, "đồng"),
 Q("từ 40 đến 50 triệu đồng", 50000000, "đồng"),
 Q("1.830 hội viên", 1830, "hội viên"),
 Q("126 doanh nghiệp, hợp tác xã và trang trại", 126, "doanh nghiệp, hợp tác xã và trang trại"),
 Q("hơn 2.700 lao động", 2700, "lao động", "over"),
 Q("2,8%", 2.8, "%"),
 Q("12 vụ việc", 12, "vụ việc"),
 Q("214 tổ CCB tự quản", 214, "tổ CCB tự quản"),
 Q("11 lao động", 11, "lao động"),
 Q("9 đơn thư", 9, "đơn thư"),
 Q("7 đơn", 7, "đơn")],
[D("Chỉ thị", "03", "CT/TW", None, "Bộ Chính trị", surface="Chỉ thị số 03-CT/TW của Bộ Chính trị"),
 D("Nghị quyết", "06", "NQ/HCCB", "2015-01-20", "Ban Thường vụ Hội CCB tỉnh", surface="Nghị quyết số 06-NQ/HCCB ngày 20/1/2015 của Ban Thường vụ Hội CCB tỉnh")],
[prov("Cà Mau"), com("Khánh Bình Tây Bắc"), com("Tân Xuyên")],
["BÁO CÀ MAU", "Chính trị - Xây dựng Đảng | Đoàn thể", "CCB gương mẫu", "Cà Mau chung sức xây dựng nông thôn mới",
 "học tập và làm theo tấm gương đạo đức Hồ Chí Minh", "Lượt xem: 1.245"],
["14-07-2015 08:20", "6 tháng đầu năm 2015", "6 tháng cuối năm", "Lượt xem: 1.245", "khóm 5", "6 tháng qua", "Trong 6 tháng"]))

# ---------------------------------------------------------------- b778
PAGES.append(page("b778-thainguyen-nguoicaotuoi-daihoi-2016", """
HỘI NGƯỜI CAO TUỔI TỈNH THÁI NGUYÊN
Vị trí hiện tại: Trang chủ > Tin hoạt động > Đại hội
Ngày đăng: 23/06/2016 | Lượt xem: 512
Đại hội đại biểu Hội Người cao tuổi tỉnh lần thứ V, nhiệm kỳ 2016 - 2021
Ngày 22/6, Hội Người cao tuổi (NCT) tỉnh Thái Nguyên long trọng tổ chức Đại hội đại biểu lần thứ V, nhiệm kỳ 2016 - 2021. Về dự có 180 đại biểu đại diện cho hơn 165.000 hội viên NCT trong toàn tỉnh.
Dự và chỉ đạo Đại hội có ông Hoàng Văn Hiền, Phó Chủ tịch Trung ương Hội NCT Việt Nam; bà Đoàn Thị Hảo, Phó Chủ tịch UBND tỉnh; ông Ma Văn Bốn, Trưởng Ban Dân vận Tỉnh ủy; đại diện lãnh đạo Ủy ban MTTQ tỉnh và các sở, ngành.
Báo cáo do ông Lường Văn Tính, Chủ tịch Hội NCT tỉnh khóa IV trình bày cho biết: nhiệm kỳ 2011 - 2016, các cấp Hội đã tích cực tuyên truyền, triển khai Luật Người cao tuổi số 39/2009/QH12, Chỉ thị số 59-CT/TW ngày 27/9/1995 của Bộ Chính trị về chăm sóc người cao tuổi và Quyết định số 1781/QĐ-TTg ngày 22/11/2012 của Thủ tướng Chính phủ phê duyệt Chương trình hành động quốc gia về người cao tuổi giai đoạn 2012 - 2020.
Hội đã phối hợp tổ chức chúc thọ, mừng thọ cho 42.600 lượt người cao tuổi; Quỹ chăm sóc và phát huy vai trò người cao tuổi ở cơ sở đạt 12,5 tỷ đồng; 100% xã, phường, thị trấn có câu lạc bộ người cao tuổi. Toàn tỉnh thành lập 68 câu lạc bộ liên thế hệ tự giúp nhau với gần 3.400 thành viên. Có 92% người cao tuổi tham gia sinh hoạt Hội; hơn 8.700 người cao tuổi vẫn tham gia làm kinh tế, trong đó 1.250 người có thu nhập từ 100 triệu đồng/năm trở lên. Phong trào thi đua "Tuổi cao - Gương sáng" được duy trì sâu rộng.
Tham luận tại Đại hội, ông Lăng Văn Sinh, Chủ tịch Hội NCT xã Nam Hòa (huyện Đồng Hỷ), chia sẻ kinh nghiệm vận động đồng bào Sán Dìu giữ gìn bản sắc văn hóa, xây dựng gia đình văn hóa; bà Ma Thị Lịch, Chi hội trưởng Chi hội NCT xóm Nà Mẩy (xã Phú Đình, huyện Định Hóa), nói về việc NCT tham gia hòa giải, góp phần giữ bình yên xóm bản.
Phát biểu chỉ đạo, ông Hoàng Văn Hiền đề nghị Hội NCT tỉnh tiếp tục đổi mới nội dung, phương thức hoạt động, phát huy vai trò NCT trong xây dựng nông thôn mới, giáo dục thế hệ trẻ; bà Đoàn Thị Hảo khẳng định UBND tỉnh sẽ tạo điều kiện để Hội hoạt động hiệu quả.
Đại hội đã bầu Ban Chấp hành Hội NCT tỉnh khóa V gồm 31 ủy viên. Ông Lường Văn Tính tái đắc cử Chủ tịch Hội NCT tỉnh khóa V; ông Phạm Ngọc Dư và bà Nguyễn Thị Quế được bầu làm Phó Chủ tịch Hội NCT tỉnh. Đại hội cũng bầu 5 đại biểu đi dự Đại hội đại biểu toàn quốc Hội NCT Việt Nam lần thứ V.
Ban Biên tập
Tin khác
- Hội NCT huyện Phú Lương tổ chức Đại hội lần thứ V (10/06/2016)
- Mừng thọ NCT tuổi 70, 80, 90 tại thành phố Thái Nguyên (02/06/2016)
- Ra mắt câu lạc bộ liên thế hệ tự giúp nhau xã Phú Đình (25/05/2016)
""", "2016-06-23",
"Đại hội đại biểu Hội Người cao tuổi tỉnh lần thứ V, nhiệm kỳ 2016 - 2021",
E("hoi_nghi", None, "2016-06-22"),
[P("Hoàng Văn Hiền", "Phó Chủ tịch Trung ương Hội NCT Việt Nam"),
 P("Đoàn Thị Hảo", "Phó Chủ tịch UBND tỉnh"),
 P("Ma Văn Bốn", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lường Văn Tính", "Chủ tịch Hội NCT tỉnh khóa IV", "Chủ tịch Hội NCT tỉnh khóa V"),
 P("Lăng Văn Sinh", "Chủ tịch Hội NCT xã Nam Hòa"),
 P("Ma Thị Lịch", "Chi hội trưởng Chi hội NCT xóm Nà Mẩy"),
 P("Phạm Ngọc Dư", "Phó Chủ tịch Hội NCT tỉnh"),
 P("Nguyễn Thị Quế", "Phó Chủ tịch Hội NCT tỉnh")],
[Q("180 đại biểu", 180, "đại biểu"),
 Q("hơn 165.000 hội viên", 165000, "hội viên", "over"),
 Q("42.600 lượt người cao tuổi", 42600, "lượt người cao tuổi"),
 Q("12,5 tỷ đồng", 12500000000, "đồng"),
 Q("100% xã, phường, thị trấn", 100, "%"),
 Q("68 câu lạc bộ liên thế hệ tự giúp nhau", 68, "câu lạc bộ liên thế hệ tự giúp nhau"),
 Q("gần 3.400 thành viên", 3400, "thành viên", "approx"),
 Q("92%", 92, "%"),
 Q("hơn 8.700 người cao tuổi", 8700, "người cao tuổi", "over"),
 Q("1.250 người", 1250, "người"),
 Q("từ 100 triệu đồng/năm trở lên", 100000000, "đồng", "over"),
 Q("31 ủy viên", 31, "ủy viên"),
 Q("5 đại biểu", 5, "đại biểu")],
[D("Luật", "39", "2009/QH12", None, None, surface="Luật Người cao tuổi số 39/2009/QH12"),
 D("Chỉ thị", "59", "CT/TW", "1995-09-27", "Bộ Chính trị", surface="Chỉ thị số 59-CT/TW ngày 27/9/1995 của Bộ Chính trị"),
 D("Quyết định", "1781", "QĐ-TTg", "2012-11-22", "Thủ tướng Chính phủ", surface="Quyết định số 1781/QĐ-TTg ngày 22/11/2012 của Thủ tướng Chính phủ")],
[prov("Thái Nguyên"), com("Nam Hòa"), com("Phú Đình")],
["HỘI NGƯỜI CAO TUỔI TỈNH THÁI NGUYÊN", "Vị trí hiện tại: Trang chủ > Tin hoạt động > Đại hội", "Tuổi cao - Gương sáng",
 "Quỹ chăm sóc và phát huy vai trò người cao tuổi", "Lượt xem: 512"],
["Ngày đăng: 23/06/2016 | Lượt xem: 512", "lần thứ V", "nhiệm kỳ 2016 - 2021", "nhiệm kỳ 2011 - 2016", "giai đoạn 2012 - 2020"]))
