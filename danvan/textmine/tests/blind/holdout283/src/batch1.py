from lib import *
PAGES = []

PAGES.append(page("b6749-laocai-mttq-traoqua-2011", """
BÁO LÀO CAI ĐIỆN TỬ
Trang chủ > Xã hội > Vì người nghèo
Thứ Ba, 25/01/2011 - 08:30
Trao 1.200 suất quà Tết cho hộ nghèo Bắc Hà
Chiều 24/1, Ủy ban MTTQ tỉnh Lào Cai phối hợp với Hội Chữ thập đỏ tỉnh tổ chức trao 1.200 suất quà Tết cho hộ nghèo, hộ đồng bào dân tộc thiểu số có hoàn cảnh khó khăn tại các xã Bản Phố, Tả Van Chư và thị trấn Bắc Hà. Mỗi suất quà gồm 10 kg gạo, 1 chăn bông và 200.000 đồng tiền mặt, tổng trị giá gần 600 triệu đồng.
Bà Vàng Thị Mai trao quà cho người dân xã Bản Phố. Ảnh: Hải Yến
Thực hiện Kế hoạch số 03/KH-MTTQ-BTT ngày 4/1/2011 của Ban Thường trực Ủy ban MTTQ tỉnh về vận động chăm lo Tết Tân Mão cho người nghèo và Chỉ thị số 32-CT/TU của Ban Thường vụ Tỉnh ủy về tổ chức Tết, từ giữa tháng 12/2010, Quỹ "Vì người nghèo" các cấp đã vận động được hơn 4,3 tỷ đồng. Đến nay toàn tỉnh đã có trên 8.600 hộ nghèo được thăm hỏi, tặng quà, đạt khoảng 38% số hộ nghèo của tỉnh.
Phát biểu tại buổi trao quà, bà Vàng Thị Mai, Phó Chủ tịch Ủy ban MTTQ tỉnh, mong bà con đón Tết vui tươi, tiết kiệm, không để ai thiếu đói trong những ngày giáp hạt, đồng thời tích cực tham gia cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư".
Ông Thào Seo Sử, HUV, Chủ tịch Ủy ban MTTQ huyện Bắc Hà cho biết, năm 2010 huyện có 3 xã được hỗ trợ từ Quỹ "Vì người nghèo" xây 57 căn nhà đại đoàn kết, mỗi căn được hỗ trợ 15 triệu đồng. Tuy vậy, tỷ lệ hộ nghèo của huyện vẫn còn trên 40%, nhiều thôn vùng cao giáp biên còn thiếu nước sinh hoạt vào mùa khô.
Đón nhận món quà, bà Sần Thị Dung ở thôn Na Hối, xã Tả Van Chư xúc động: "Năm nay nhà tôi có thêm gạo, có chăn ấm, các cháu được đón Tết no đủ hơn". Ông Lù Văn Páo, Bí thư Đảng ủy xã Tả Van Chư, cho biết xã sẽ rà soát để những hộ chưa nhận quà đợt này được hỗ trợ trước ngày 28 tháng Chạp.
Cũng trong dịp này, đoàn đã tặng 25 suất quà cho các gia đình chính sách và thăm, chúc Tết Đồn Biên phòng Si Ma Cai. Theo kế hoạch, trước Tết Nguyên đán, Ủy ban MTTQ tỉnh sẽ tiếp tục phân bổ quà đến các huyện Mường Khương, Bát Xát và Sa Pa.
Theo Ban Thường trực Ủy ban MTTQ tỉnh, năm nay việc trao quà được thực hiện công khai, dân chủ; danh sách hộ nhận quà do các thôn, bản bình xét và niêm yết tại nhà văn hóa. Các tổ chức thành viên được giao nhận đỡ đầu những hộ nghèo neo đơn, người già không nơi nương tựa, bảo đảm không để người dân nào thiếu đói, không có Tết.
Hải Yến - Minh Đức
Tin liên quan
- Lào Cai: Hơn 5.000 người nghèo được khám bệnh miễn phí (18/01/2011)
- Bảo Thắng tổ chức "Chợ Tết nghĩa tình" (15/01/2011)
- Mặt trận tỉnh bàn giao 120 nhà đại đoàn kết (10/01/2011)
- Tặng quà Tết cho công nhân khu công nghiệp Tằng Loỏng (06/01/2011)
""", "2011-01-25", "Trao 1.200 suất quà Tết cho hộ nghèo Bắc Hà",
E("trao_qua", None, "2011-01-24"),
[P("Vàng Thị Mai", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Thào Seo Sử", "HUV", "Chủ tịch Ủy ban MTTQ huyện Bắc Hà"),
 P("Sần Thị Dung"),
 P("Lù Văn Páo", "Bí thư Đảng ủy xã Tả Van Chư")],
[Q("1.200 suất quà", 1200, "suất quà"), Q("10 kg", 10, "kg"), Q("200.000 đồng", 200000, "đồng"),
 Q("gần 600 triệu đồng", 600000000, "đồng", "approx"), Q("hơn 4,3 tỷ đồng", 4300000000, "đồng", "over"),
 Q("trên 8.600 hộ nghèo", 8600, "hộ nghèo", "over"), Q("khoảng 38%", 38, "%", "approx"),
 Q("3 xã", 3, "xã"), Q("57 căn nhà đại đoàn kết", 57, "căn nhà đại đoàn kết"), Q("15 triệu đồng", 15000000, "đồng"),
 Q("trên 40%", 40, "%", "over"), Q("25 suất quà", 25, "suất quà")],
[D("Kế hoạch", "03", "KH-MTTQ-BTT", "2011-01-04", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 03/KH-MTTQ-BTT ngày 4/1/2011"),
 D("Chỉ thị", "32", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 32-CT/TU")],
[prov("Lào Cai"), com("Bản Phố"), com("Tả Van Chư"), com("Bắc Hà")],
["BÁO LÀO CAI ĐIỆN TỬ", "Trang chủ > Xã hội > Vì người nghèo", "Bà Vàng Thị Mai trao quà cho người dân xã Bản Phố. Ảnh: Hải Yến",
 "Vì người nghèo", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Đồn Biên phòng Si Ma Cai", "Tết Tân Mão"],
["Thứ Ba, 25/01/2011 - 08:30", "1 chăn bông", "tháng 12/2010", "năm 2010", "28 tháng Chạp"]))

PAGES.append(page("b6750-nghean-bdv-traoqua-2012", """
Báo Nghệ An - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Nghệ An
Thời sự | Chính trị | Xã hội | Miền Tây xứ Nghệ
Cập nhật: 16/01/2012 09:15
Quế Phong: Hơn 2.000 phần quà Tết đến với đồng bào Thái, Mông
Ảnh: Các đại biểu trao quà cho bà con bản Mường Phú.
(Baonghean) - Ngày 14/1, đoàn công tác của Ban Dân vận Tỉnh ủy do các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Vi Văn Sơn, Nguyễn Thị Hạnh dẫn đầu đã về huyện Quế Phong thăm, chúc Tết và trao hơn 2.000 phần quà Tết cho hộ nghèo đồng bào Thái, Mông ở 14 xã của huyện. Mỗi phần quà trị giá 300.000 đồng, tổng giá trị khoảng 650 triệu đồng, do Ban Dân vận Tỉnh ủy vận động các doanh nghiệp trên địa bàn tài trợ.
Tại xã Tri Lễ, đoàn đã trao 320 phần quà và hai tấn gạo cho 1.520 nhân khẩu thuộc diện hộ nghèo. Đồng chí Lương Văn Thiết, Huyện ủy viên, Trưởng Ban Dân vận Huyện ủy Quế Phong báo cáo: cuối năm 2011 toàn huyện còn 7.846 hộ nghèo, chiếm 51,3% tổng số hộ; nhiều bản người Mông ở vùng cao vẫn thiếu ăn từ 2 đến 3 tháng mỗi năm.
Thay mặt đoàn, đồng chí Vi Văn Sơn ghi nhận sự cố gắng của cấp ủy, chính quyền huyện trong thực hiện Kế hoạch số 45, 46/KH-UBND của UBND tỉnh về hỗ trợ hộ nghèo đón Tết và về cấp gạo cứu đói giáp hạt. Đồng chí đề nghị các xã phát huy vai trò của già làng, trưởng bản, người có uy tín, bảo đảm quà đến tận tay người dân, công khai danh sách hộ được nhận.
Ông Và Bá Giày, Bí thư Chi bộ bản Mường Phú, xã Tri Lễ, cho biết cả bản có 86 hộ thì 71 hộ nghèo; nhờ được hỗ trợ giống, phân bón theo Nghị quyết số 30a/2008/NQ-CP của Chính phủ, bà con đã mở rộng diện tích lúa nước. Bà Lô Thị Kim Oanh, Chủ tịch Hội Liên hiệp Phụ nữ xã Châu Kim, đề nghị tiếp tục hỗ trợ 50 chiếc chăn ấm cho người già neo đơn vùng cao.
Cùng ngày, đồng chí Nguyễn Thị Hạnh và đoàn đến thăm, tặng quà cho Đồn Biên phòng Thông Thụ, thăm hỏi 12 gia đình chính sách có hoàn cảnh đặc biệt khó khăn tại xã Châu Kim.
Theo đồng chí Lương Văn Thiết, năm nay Ban Dân vận Huyện ủy đã phối hợp với Ủy ban MTTQ huyện vận động cán bộ, công chức, viên chức đóng góp một ngày lương, được hơn 120 triệu đồng để mua quà cho các hộ neo đơn. Các đoàn thể cũng cử đoàn viên, hội viên về bản giúp bà con dọn dẹp nhà cửa, gói bánh chưng, bảo đảm mọi người dân đều được vui Xuân, đón Tết an toàn, tiết kiệm.
Hữu Vi
Các tin khác
- Thanh Chương: Trao nhà "Đại đoàn kết" cho hộ nghèo (13/01/2012)
- Tặng 500 suất quà cho công nhân nghèo Khu công nghiệp Bắc Vinh (12/01/2012)
- Tương Dương tổ chức chợ Tết miễn phí (10/01/2012)
- Kỳ Sơn: Hơn 1.000 trẻ em được tặng áo ấm (07/01/2012)
""", "2012-01-16", "Quế Phong: Hơn 2.000 phần quà Tết đến với đồng bào Thái, Mông",
E("trao_qua", None, "2012-01-14"),
[P("Vi Văn Sơn", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Hạnh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lương Văn Thiết", "Huyện ủy viên", "Trưởng Ban Dân vận Huyện ủy Quế Phong"),
 P("Và Bá Giày", "Bí thư Chi bộ bản Mường Phú"),
 P("Lô Thị Kim Oanh", "Chủ tịch Hội Liên hiệp Phụ nữ xã Châu Kim")],
[Q("hơn 2.000 phần quà", 2000, "phần quà", "over"), Q("14 xã", 14, "xã"), Q("300.000 đồng", 300000, "đồng"),
 Q("khoảng 650 triệu đồng", 650000000, "đồng", "approx"), Q("320 phần quà", 320, "phần quà"), Q("hai tấn", 2, "tấn"),
 Q("1.520 nhân khẩu", 1520, "nhân khẩu"), Q("7.846 hộ nghèo", 7846, "hộ nghèo"), Q("51,3%", 51.3, "%"),
 Q("86 hộ", 86, "hộ"), Q("71 hộ nghèo", 71, "hộ nghèo"), Q("50 chiếc chăn ấm", 50, "chiếc chăn ấm"),
 Q("12 gia đình chính sách", 12, "gia đình chính sách"), Q("hơn 120 triệu đồng", 120000000, "đồng", "over")],
[D("Kế hoạch", "45", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 45, 46/KH-UBND"),
 D("Kế hoạch", "46", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 45, 46/KH-UBND"),
 D("Nghị quyết", "30a", "2008/NQ-CP", None, "Chính phủ", "Nghị quyết số 30a/2008/NQ-CP")],
[prov("Nghệ An"), com("Tri Lễ"), com("Châu Kim")],
["Báo Nghệ An - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Nghệ An", "Thời sự | Chính trị | Xã hội | Miền Tây xứ Nghệ",
 "Ảnh: Các đại biểu trao quà cho bà con bản Mường Phú.", "(Baonghean)", "Đồn Biên phòng Thông Thụ"],
["Cập nhật: 16/01/2012 09:15", "năm 2011", "từ 2 đến 3 tháng", "một ngày lương"]))

PAGES.append(page("b6751-thanhhoa-mttq-hoinghi-2013", """
BÁO THANH HÓA ĐIỆN TỬ
Trang chủ / Chính trị / Mặt trận - Đoàn thể
08/01/2013 - 16:40
Ảnh: Quang cảnh hội nghị phát động.
Phát động đợt cao điểm "Tết vì người nghèo" năm 2013
Sáng 7/1, Ủy ban MTTQ tỉnh Thanh Hóa tổ chức hội nghị phát động đợt cao điểm vận động ủng hộ "Tết vì người nghèo" năm 2013. Dự hội nghị có đồng chí Lê Văn Thanh, Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh; đại diện các sở, ban, ngành, doanh nghiệp và hơn 300 đại biểu đến từ 27 huyện, thị xã, thành phố.
Báo cáo tại hội nghị cho biết, theo chuẩn nghèo quy định tại Quyết định số 09/2011/QĐ-TTg của Thủ tướng Chính phủ, cuối năm 2012 toàn tỉnh còn 115.260 hộ nghèo, chiếm 14,9%, trong đó 11 huyện miền núi có tỷ lệ hộ nghèo trên 30%. Năm 2012, Quỹ "Vì người nghèo" các cấp đã tiếp nhận 38,7 tỷ đồng, hỗ trợ xây mới và sửa chữa 1.905 nhà đại đoàn kết, giúp hàng nghìn hộ có điều kiện vươn lên.
Theo Hướng dẫn số 08/HD-MTTQ-BTT ngày 20/12/2012 của Ban Thường trực Ủy ban MTTQ tỉnh, mỗi suất quà Tết năm nay có giá trị tối thiểu 300.000 đồng; phấn đấu 100% hộ nghèo, hộ chính sách đều có Tết. Các huyện Mường Lát, Quan Sơn, Quan Hóa được phân bổ trước 9.000 suất quà từ nguồn quỹ cấp tỉnh.
Ngay tại hội nghị, 46 cơ quan, doanh nghiệp, đơn vị đã đăng ký ủng hộ với tổng số tiền gần 5,6 tỷ đồng. Công ty cổ phần Xi măng Bỉm Sơn ủng hộ 500 triệu đồng; Ngân hàng Chính sách xã hội chi nhánh tỉnh ủng hộ 1.000 suất quà.
Phát biểu tại hội nghị, ông Hà Văn Khuyên, Chủ tịch UBND xã Trung Lý (Mường Lát), chia sẻ: xã có 78% hộ nghèo là đồng bào Mông, Thái; nhiều năm nay nhờ quà Tết của các nhà hảo tâm mà bà con vùng biên có cái Tết đầy đủ hơn. Bà Phạm Thị Liên, Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh, đề nghị các cấp Mặt trận công khai danh sách, tổ chức trao quà trước ngày 5/2/2013 để bà con chủ động sắm Tết.
Kết luận hội nghị, đồng chí Lê Văn Thanh yêu cầu thực hiện tốt Chỉ thị số 18-CT/TU ngày 28/12/2012 của Ban Thường vụ Tỉnh ủy về tổ chức Tết Quý Tỵ, "không để hộ nào không có Tết"; đồng thời gắn đợt cao điểm với cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".
Được biết, trong đợt cao điểm kéo dài đến ngày 31/1/2013, Mặt trận các cấp sẽ phối hợp với Hội Chữ thập đỏ, Đoàn Thanh niên tổ chức các phiên chợ Tết miễn phí tại các huyện miền núi, vận động các nhà hảo tâm tặng áo ấm cho học sinh vùng cao và kiểm tra việc cấp phát quà, tránh tình trạng trùng lặp, bỏ sót đối tượng.
Lê Hà
Tin cùng chuyên mục
- Hội Nông dân tỉnh trao 500 suất quà cho hội viên nghèo (05/01/2013)
- Nga Sơn: Ra mắt 12 mô hình "Dân vận khéo" (03/01/2013)
- Mặt trận tỉnh tổng kết công tác năm 2012 (28/12/2012)
""", "2013-01-08", "Phát động đợt cao điểm \"Tết vì người nghèo\" năm 2013",
E("hoi_nghi", "2013", "2013-01-07"),
[P("Lê Văn Thanh", "Phó Bí thư Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Hà Văn Khuyên", "Chủ tịch UBND xã Trung Lý"),
 P("Phạm Thị Liên", "Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh")],
[Q("hơn 300 đại biểu", 300, "đại biểu", "over"), Q("27 huyện, thị xã, thành phố", 27, "huyện, thị xã, thành phố"),
 Q("115.260 hộ nghèo", 115260, "hộ nghèo"), Q("14,9%", 14.9, "%"), Q("11 huyện miền núi", 11, "huyện miền núi"),
 Q("trên 30%", 30, "%", "over"), Q("38,7 tỷ đồng", 38700000000, "đồng"), Q("1.905 nhà đại đoàn kết", 1905, "nhà đại đoàn kết"),
 Q("tối thiểu 300.000 đồng", 300000, "đồng"), Q("100%", 100, "%"), Q("9.000 suất quà", 9000, "suất quà"),
 Q("46 cơ quan, doanh nghiệp, đơn vị", 46, "cơ quan, doanh nghiệp, đơn vị"), Q("gần 5,6 tỷ đồng", 5600000000, "đồng", "approx"),
 Q("500 triệu đồng", 500000000, "đồng"), Q("1.000 suất quà", 1000, "suất quà"), Q("78%", 78, "%")],
[D("Quyết định", "09", "2011/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 09/2011/QĐ-TTg"),
 D("Hướng dẫn", "08", "HD-MTTQ-BTT", "2012-12-20", "Ban Thường trực Ủy ban MTTQ tỉnh", "Hướng dẫn số 08/HD-MTTQ-BTT ngày 20/12/2012"),
 D("Chỉ thị", "18", "CT/TU", "2012-12-28", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 18-CT/TU ngày 28/12/2012")],
[prov("Thanh Hóa"), com("Trung Lý")],
["BÁO THANH HÓA ĐIỆN TỬ", "Trang chủ / Chính trị / Mặt trận - Đoàn thể", "Ảnh: Quang cảnh hội nghị phát động.",
 "Tết vì người nghèo", "Vì người nghèo", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
 "Công ty cổ phần Xi măng Bỉm Sơn", "không để hộ nào không có Tết"],
["08/01/2013 - 16:40", "năm 2012", "năm 2013", "Tết Quý Tỵ"]))

PAGES.append(page("b6752-hatinh-hoinongdan-traoqua-2014", """
Hà Tĩnh Online
Xã hội » An sinh
Thứ Tư, 22/01/2014 15:20
Chủ tịch Hội Nông dân tỉnh trao quà cho hội viên xã Phúc Trạch. Ảnh: Thu Hà
Ấm áp Tết nghĩa tình ở vùng lũ Hương Khê
Ngày 21/1, Hội Nông dân tỉnh Hà Tĩnh phối hợp với Báo Hà Tĩnh và Quỹ Bảo trợ trẻ em tỉnh trao ba trăm suất quà Tết cho hội viên nông dân nghèo bị thiệt hại do bão số 10 và lũ lụt cuối năm 2013 tại các xã Phúc Trạch, Hương Trạch, Hương Liên. Mỗi suất gồm 20 kg gạo và 300.000 đồng tiền mặt.
Tại buổi trao quà, ông Trần Văn Thịnh, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh chia sẻ những mất mát của bà con sau trận lũ, mong các hộ sớm khôi phục sản xuất vụ Xuân. Theo ông, thực hiện Công văn số 4520/UBND-VX ngày 18/12/2013 của UBND tỉnh về chăm lo Tết Giáp Ngọ, toàn Hội đã vận động được gần 2,1 tỷ đồng, hơn 12 tấn gạo để hỗ trợ hội viên khó khăn.
Bà Đinh Thị Xuân, 72 tuổi, ở thôn 4, xã Hương Liên, một trong 18 hộ người Chứt được nhận quà, rưng rưng cho biết: "Lũ cuốn mất con lợn, mấy sào lạc, Tết này có gạo, có tiền là mừng lắm rồi".
Theo ông Phan Đình Lộc, Bí thư Đảng ủy, Chủ tịch UBND xã Phúc Trạch, trận lũ tháng 10 vừa qua làm 612 ngôi nhà bị ngập sâu, 45 ha lúa và hoa màu bị vùi lấp. Xã có 23,6% hộ nghèo, phần lớn sống dọc sông Ngàn Sâu; nhiều hộ phải vay vốn từ Ngân hàng Chính sách xã hội để mua lại giống, con vật nuôi.
Cũng trong dịp này, các đơn vị phối hợp tặng 50 chiếc xe đạp và 120 bộ sách giáo khoa cho học sinh nghèo vượt khó trên địa bàn huyện. Mỗi chiếc xe đạp trị giá khoảng 1,5 triệu đồng, do bạn đọc Báo Hà Tĩnh ủng hộ.
Những năm qua, thực hiện Nghị quyết số 80/NQ-CP của Chính phủ về định hướng giảm nghèo bền vững, Hội Nông dân các cấp ở Hương Khê đã tín chấp cho hơn 3.000 lượt hội viên vay vốn, xây dựng nhiều tổ hợp tác chăn nuôi, trồng cam bù. Ông Trần Văn Thịnh đề nghị Hội Nông dân huyện tiếp tục hướng dẫn bà con chuyển đổi cây trồng phù hợp vùng thường xuyên ngập lụt, không để hội viên nào thiếu đói trong dịp Tết.
Ông Nguyễn Hữu Khang, Phó Chủ tịch UBND huyện Hương Khê, cảm ơn sự quan tâm của các đơn vị, cho biết huyện đã chủ động bố trí hơn 40 tấn gạo dự phòng để cấp cho những hộ có nguy cơ thiếu đói sau Tết.
Sau buổi trao quà, đoàn đến thăm gia đình một số hội viên có người thân bị thương trong đợt lũ, động viên bà con yên tâm đón Tết, sớm ổn định cuộc sống, tích cực tham gia sản xuất, chăn nuôi để vươn lên thoát nghèo.
Thu Hà - Đức Quang
Tin liên quan
- Can Lộc: Hơn 1.000 suất quà đến với hộ nghèo (20/01/2014)
- Trao 150 xe đạp cho học sinh vùng lũ Vũ Quang (17/01/2014)
- Phát động "Tết vì người nghèo" năm 2014 (02/01/2014)
""", "2014-01-22", "Ấm áp Tết nghĩa tình ở vùng lũ Hương Khê",
E("trao_qua", None, "2014-01-21"),
[P("Trần Văn Thịnh", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh"),
 P("Đinh Thị Xuân"),
 P("Phan Đình Lộc", "Bí thư Đảng ủy", "Chủ tịch UBND xã Phúc Trạch"),
 P("Nguyễn Hữu Khang", "Phó Chủ tịch UBND huyện Hương Khê")],
[Q("ba trăm suất quà", 300, "suất quà"), Q("20 kg", 20, "kg"), Q("300.000 đồng", 300000, "đồng"),
 Q("gần 2,1 tỷ đồng", 2100000000, "đồng", "approx"), Q("hơn 12 tấn", 12, "tấn", "over"),
 Q("18 hộ người Chứt", 18, "hộ người Chứt"), Q("612 ngôi nhà", 612, "ngôi nhà"), Q("45 ha", 45, "ha"),
 Q("23,6%", 23.6, "%"), Q("50 chiếc xe đạp", 50, "chiếc xe đạp"), Q("120 bộ sách giáo khoa", 120, "bộ sách giáo khoa"),
 Q("khoảng 1,5 triệu đồng", 1500000, "đồng", "approx"), Q("hơn 3.000 lượt hội viên", 3000, "lượt hội viên", "over"),
 Q("hơn 40 tấn", 40, "tấn", "over")],
[D("Công văn", "4520", "UBND-VX", "2013-12-18", "UBND tỉnh", "Công văn số 4520/UBND-VX ngày 18/12/2013"),
 D("Nghị quyết", "80", "NQ-CP", None, "Chính phủ", "Nghị quyết số 80/NQ-CP")],
[prov("Hà Tĩnh"), com("Phúc Trạch"), com("Hương Trạch"), com("Hương Liên")],
["Hà Tĩnh Online", "Xã hội » An sinh", "Chủ tịch Hội Nông dân tỉnh trao quà cho hội viên xã Phúc Trạch. Ảnh: Thu Hà",
 "Báo Hà Tĩnh", "Quỹ Bảo trợ trẻ em tỉnh", "Ngân hàng Chính sách xã hội"],
["Thứ Tư, 22/01/2014 15:20", "bão số 10", "năm 2013", "72 tuổi", "thôn 4", "tháng 10", "Tết Giáp Ngọ"]))

PAGES.append(page("b6753-sonla-bdvtw-traoqua-2015", """
SƠN LA ĐIỆN TỬ | Cổng thông tin của Đảng bộ tỉnh Sơn La
Tin tức > Hoạt động của lãnh đạo
07:45 | 10/02/2015
Ban Dân vận Trung ương tặng quà Tết đồng bào Mông ở Mộc Châu
Chiều 9/2, đoàn công tác Ban Dân vận Trung ương do đồng chí Hoàng Bình Quyết, Phó Trưởng Ban Dân vận Trung ương làm trưởng đoàn đã đến thăm, chúc Tết và tặng 400 suất quà cho hộ nghèo, gia đình chính sách tại các xã Chiềng Khoa, Lóng Sập (huyện Mộc Châu, tỉnh Sơn La). Mỗi suất quà trị giá 500.000 đồng.
Cùng đi với đoàn có đồng chí Cầm Thị Phong, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Mùa A Sông, HUV, Trưởng Ban Dân vận Huyện ủy Mộc Châu.
Đồng chí Hoàng Bình Quyết (thứ hai từ trái sang) trao quà cho người dân xã Lóng Sập.
Báo cáo với đoàn, đồng chí Lò Văn Pắn, Bí thư Đảng ủy xã Chiềng Khoa cho biết, xã có 1.386 hộ, trong đó hộ nghèo chiếm trên 42%, phần lớn là đồng bào Mông, Thái sống rải rác ở 11 bản vùng cao. Thực hiện Chương trình hành động số 25-CTr/TU của Tỉnh ủy về giảm nghèo nhanh, bền vững, năm 2014 xã đã giảm được 96 hộ nghèo; nhân dân hiến gần 3.000 m2 đất làm đường liên bản.
Tại Lóng Sập, xã biên giới giáp nước bạn Lào, già làng Giàng A Chua, người có uy tín bản Pha Luông, xúc động nói: đây là lần đầu bà con trong bản được đón đoàn cán bộ Trung ương về thăm trước Tết. Ông hứa sẽ cùng cấp ủy vận động con cháu không nghe kẻ xấu xúi giục, không di cư tự do, giữ gìn an ninh vùng biên.
Phát biểu tại buổi gặp mặt, đồng chí Hoàng Bình Quyết ghi nhận những kết quả tỉnh Sơn La đạt được trong triển khai Quyết định số 1956/QĐ-TTg của Thủ tướng Chính phủ và Chỉ thị số 06-CT/TW của Bộ Chính trị về cuộc vận động học tập và làm theo Bác; đề nghị các cấp ủy, chính quyền tiếp tục phát huy vai trò của người có uy tín, quan tâm hơn nữa đến đời sống của bà con nghèo, nhất là những hộ ở bản đặc biệt khó khăn.
Dịp này, đoàn trao tặng 80 chiếc chăn và 120 áo ấm cho học sinh Trường Phổ thông dân tộc bán trú Lóng Sập; Ban Dân vận Tỉnh ủy trao tặng 30 suất quà cho các gia đình người có công. Tổng giá trị quà tặng trong chuyến công tác là trên 260 triệu đồng.
Trước đó, trong hai ngày 7-8/2, đồng chí Cầm Thị Phong đã dẫn đoàn của Ban Dân vận Tỉnh ủy tặng 250 suất quà Tết cho đồng bào nghèo ở huyện Sốp Cộp. Các suất quà đều được trao tận tay người dân, có sự chứng kiến của cấp ủy, chính quyền và Mặt trận cơ sở.
Tiến Đạt
Tin khác
- Thường trực Tỉnh ủy thăm, chúc Tết lực lượng vũ trang (08/02/2015)
- Quỳnh Nhai: Trao 150 suất quà cho hộ tái định cư (06/02/2015)
- Hội nghị người có uy tín trong đồng bào dân tộc thiểu số năm 2014 (24/12/2014)
""", "2015-02-10", "Ban Dân vận Trung ương tặng quà Tết đồng bào Mông ở Mộc Châu",
E("trao_qua", None, "2015-02-09"),
[P("Hoàng Bình Quyết", "Phó Trưởng Ban Dân vận Trung ương"),
 P("Cầm Thị Phong", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Mùa A Sông", "HUV", "Trưởng Ban Dân vận Huyện ủy Mộc Châu"),
 P("Lò Văn Pắn", "Bí thư Đảng ủy xã Chiềng Khoa"),
 P("Giàng A Chua", "già làng", "người có uy tín bản Pha Luông")],
[Q("400 suất quà", 400, "suất quà"), Q("500.000 đồng", 500000, "đồng"), Q("1.386 hộ", 1386, "hộ"),
 Q("trên 42%", 42, "%", "over"), Q("11 bản vùng cao", 11, "bản vùng cao"), Q("96 hộ nghèo", 96, "hộ nghèo"),
 Q("gần 3.000 m2", 3000, "m2", "approx"), Q("80 chiếc chăn", 80, "chiếc chăn"), Q("120 áo ấm", 120, "áo ấm"),
 Q("30 suất quà", 30, "suất quà"), Q("trên 260 triệu đồng", 260000000, "đồng", "over"), Q("250 suất quà", 250, "suất quà")],
[D("Chương trình hành động", "25", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 25-CTr/TU"),
 D("Quyết định", "1956", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1956/QĐ-TTg"),
 D("Chỉ thị", "06", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 06-CT/TW")],
[prov("Sơn La"), com("Chiềng Khoa"), com("Lóng Sập")],
["SƠN LA ĐIỆN TỬ | Cổng thông tin của Đảng bộ tỉnh Sơn La", "Tin tức > Hoạt động của lãnh đạo",
 "Đồng chí Hoàng Bình Quyết (thứ hai từ trái sang) trao quà cho người dân xã Lóng Sập.",
 "Trường Phổ thông dân tộc bán trú Lóng Sập"],
["07:45 | 10/02/2015", "năm 2014", "hai ngày 7-8/2"]))

PAGES.append(page("b6754-quangtri-mttq-tongket-2016", """
Cổng thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh Quảng Trị
You are here: Trang chủ / Tin tức / Hoạt động Mặt trận
Ngày đăng 04/03/2016 | 10:10
Quảng Trị: Hơn 21 tỷ đồng chăm lo Tết cho người nghèo
Ngày 3/3, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Trị tổ chức hội nghị tổng kết chương trình vận động "Tết vì người nghèo" năm 2016. Đồng chí Nguyễn Thị Hồng Nhung, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.
Toàn cảnh hội nghị tổng kết.
Theo báo cáo, thực hiện Hướng dẫn số 36/HD-MTTQ-BTT ngày 25/11/2015 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam, dịp Tết Bính Thân, Mặt trận và các tổ chức thành viên từ tỉnh đến cơ sở đã vận động, tiếp nhận và trao hơn 21 tỷ đồng tiền mặt và hàng hóa, tăng khoảng 15% so với Tết năm trước. Đã có 48.600 suất quà được trao đến 15.420 hộ nghèo, 6.200 hộ cận nghèo và các gia đình chính sách, đạt 100% hộ nghèo trên địa bàn có quà Tết.
Riêng hai huyện miền núi Hướng Hóa, Đakrông, các cấp Mặt trận đã phối hợp với Bộ đội Biên phòng tổ chức 9 phiên chợ Tết "0 đồng", phục vụ hơn 4.500 lượt người đồng bào Vân Kiều, Pa Kô. Nhiều doanh nghiệp như Công ty cổ phần Cao su Quảng Trị đã chủ động về tận các bản để trao quà, mỗi suất từ 300.000 - 500.000 đồng.
Tham luận tại hội nghị, ông Hồ Văn Lai, Chủ tịch Ủy ban MTTQ xã Hướng Phùng, cho biết xã đã vận động 12 tấn gạo, 1.100 bộ quần áo cho 640 hộ nghèo đồng bào Vân Kiều. Bà Hồ Thị Chân, người có uy tín thôn A Chi, xã A Túc, chia sẻ cách vận động bà con dùng tiền quà Tết mua giống bò, gà thay vì chi tiêu hết vào dịp Tết.
Một số ý kiến cho rằng việc trao quà ở vài nơi còn trùng lặp đối tượng, chưa ưu tiên hộ có người già neo đơn, người khuyết tật; thời điểm trao quà có nơi quá sát Tết.
Kết luận hội nghị, đồng chí Nguyễn Thị Hồng Nhung đề nghị các cấp Mặt trận tiếp tục thực hiện Nghị quyết liên tịch số 01/2013/NQLT-CP-UBTWMTTQVN giữa Chính phủ và Ủy ban Trung ương MTTQ Việt Nam về phối hợp giảm nghèo; chuẩn bị tốt cho tháng cao điểm "Vì người nghèo" năm 2016, trong đó hướng sự hỗ trợ vào sinh kế, nhà ở, không chỉ dừng ở quà Tết.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen cho 14 tập thể và 21 cá nhân có thành tích xuất sắc trong chương trình "Tết vì người nghèo" năm 2016. Ông Lê Đức Thành, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, công bố quyết định khen thưởng.
Thanh Lê
Bài viết liên quan
- Hội nghị Ủy ban MTTQ tỉnh lần thứ 5, khóa XIII (20/01/2016)
- Trao 80 nhà đại đoàn kết cho hộ nghèo Vĩnh Linh (15/01/2016)
- Đakrông: Chợ Tết 0 đồng cho đồng bào Pa Kô (29/01/2016)
""", "2016-03-04", "Quảng Trị: Hơn 21 tỷ đồng chăm lo Tết cho người nghèo",
E("tong_ket", "2016", "2016-03-03"),
[P("Nguyễn Thị Hồng Nhung", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hồ Văn Lai", "Chủ tịch Ủy ban MTTQ xã Hướng Phùng"),
 P("Hồ Thị Chân", "người có uy tín thôn A Chi"),
 P("Lê Đức Thành", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("hơn 21 tỷ đồng", 21000000000, "đồng", "over"), Q("khoảng 15%", 15, "%", "approx"),
 Q("48.600 suất quà", 48600, "suất quà"), Q("15.420 hộ nghèo", 15420, "hộ nghèo"), Q("6.200 hộ cận nghèo", 6200, "hộ cận nghèo"),
 Q("100%", 100, "%"), Q("9 phiên chợ Tết", 9, "phiên chợ Tết"), Q("hơn 4.500 lượt người", 4500, "lượt người", "over"),
 Q("300.000", 300000, "đồng"), Q("500.000 đồng", 500000, "đồng"), Q("12 tấn", 12, "tấn"),
 Q("1.100 bộ quần áo", 1100, "bộ quần áo"), Q("640 hộ nghèo", 640, "hộ nghèo"),
 Q("14 tập thể", 14, "tập thể"), Q("21 cá nhân", 21, "cá nhân")],
[D("Hướng dẫn", "36", "HD-MTTQ-BTT", "2015-11-25", "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 36/HD-MTTQ-BTT ngày 25/11/2015"),
 D("Nghị quyết liên tịch", "01", "2013/NQLT-CP-UBTWMTTQVN", None, "Chính phủ và Ủy ban Trung ương MTTQ Việt Nam", "Nghị quyết liên tịch số 01/2013/NQLT-CP-UBTWMTTQVN")],
[prov("Quảng Trị"), com("Hướng Phùng"), com("A Túc")],
["Cổng thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh Quảng Trị", "You are here: Trang chủ / Tin tức / Hoạt động Mặt trận",
 "Toàn cảnh hội nghị tổng kết.", "Tết vì người nghèo", "Vì người nghèo", "Công ty cổ phần Cao su Quảng Trị", "Bộ đội Biên phòng"],
["Ngày đăng 04/03/2016 | 10:10", "năm 2016", "Tết Bính Thân", "0 đồng", "Tết năm trước"]))
