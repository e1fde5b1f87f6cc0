from lib import *
PAGES = []

PAGES.append(page("b1205-thanhhoa-bdv-tongket-2011", """
BAN DÂN VẬN TỈNH ỦY THANH HÓA
Trang chủ > Hoạt động dân vận > Tin trong tỉnh
Thứ Năm, 29/12/2011 - 08:40
Nâng cao chất lượng nắm tình hình nhân dân, giải quyết kịp thời đơn thư từ cơ sở
Ngày 27/12, Ban Dân vận Tỉnh ủy Thanh Hóa tổ chức hội nghị tổng kết công tác dân vận năm 2011, triển khai phương hướng, nhiệm vụ năm 2012. Đồng chí Mai Xuân Bình, Phó Bí thư Thường trực Tỉnh ủy dự và chỉ đạo hội nghị. Đồng chí Lê Thị Bích Hạnh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Đồng chí Mai Xuân Bình phát biểu chỉ đạo hội nghị. Ảnh: Hồng Nhung
Năm 2011, trong bối cảnh toàn tỉnh tập trung triển khai nghị quyết đại hội đảng bộ các cấp và bầu cử đại biểu Quốc hội, HĐND các cấp, khối dân vận đã chú trọng nắm tình hình nhân dân, kịp thời phản ánh với cấp ủy những vấn đề bức xúc nảy sinh. Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 17-CT/TU ngày 5/4/2011 về tăng cường lãnh đạo công tác tiếp dân, giải quyết khiếu nại, tố cáo ở cơ sở; đồng thời ban hành Kế hoạch 21, 22-KH/BDVTU về khảo sát tình hình nhân dân vùng tái định cư và vùng giáo dân ven biển.
Toàn tỉnh hiện có 4.780 tổ dân vận ở thôn, bản, khu phố. Qua hoạt động của các tổ, trong năm đã nắm bắt, phản ánh 1.246 đơn thư, kiến nghị của nhân dân; các cấp đã xem xét, giải quyết 1.108 đơn, đạt 88,9%. Các tổ hòa giải ở cơ sở hòa giải thành 215 vụ việc mâu thuẫn trong nội bộ nhân dân. Phong trào thi đua "Dân vận khéo" được nhân rộng với 327 mô hình; nhân dân đóng góp gần 12,5 tỷ đồng và hiến hơn 41.000 m2 đất làm đường giao thông nông thôn.
Tuy vậy, tình hình khiếu kiện liên quan đến bồi thường, giải phóng mặt bằng tại Khu kinh tế Nghi Sơn vẫn diễn biến phức tạp; trong năm có 9 đoàn đông người lên tỉnh, việc đối thoại của người đứng đầu một số địa phương chưa kịp thời, có nơi còn né tránh.
Tại hội nghị, đồng chí Hà Văn Thượng, HUV, Trưởng Ban Dân vận Huyện ủy Bá Thước, chia sẻ cách làm của huyện trong vận động đồng bào Thái, Mường chuyển đổi cây trồng. Bà Lò Thị Pằn, Bí thư Đảng ủy xã Trung Lý, huyện Mường Lát, nêu những khó khăn khi vận động người dân không di cư tự do. Đại diện Ban Dân vận Huyện ủy Tĩnh Gia đề nghị tỉnh sớm có cơ chế phối hợp giữa các ngành trong tiếp dân ở vùng dự án.
Phát biểu chỉ đạo, Phó Bí thư Thường trực Tỉnh ủy Mai Xuân Bình ghi nhận những kết quả khối dân vận đạt được, đồng thời yêu cầu năm 2012 tập trung thực hiện chủ đề "Năm dân vận chính quyền"; người đứng đầu cấp ủy, chính quyền phải trực tiếp đối thoại với nhân dân, không để xảy ra điểm nóng; thực hiện nghiêm Quy chế dân chủ ở cơ sở, nhất là ở các xã có dự án lớn.
Trước đó, các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Lê Văn Khương, Trịnh Thị Liên đã trình bày báo cáo tổng kết và dự thảo chương trình công tác năm 2012 trước 36 đồng chí là trưởng ban dân vận các huyện, thị, thành ủy. Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 14 tập thể và 23 cá nhân có thành tích xuất sắc.
Hồng Nhung
Lượt xem: 1.032
Tin liên quan
- Quan Hóa tổng kết 5 năm thực hiện Quy chế dân vận (20/12/2011)
- Hội nghị giao ban khối dân vận quý IV năm 2011 (08/12/2011)
- Vận động đồng bào giáo dân xã Hải Lộc xây dựng nông thôn mới (25/11/2011)
- Tập huấn nghiệp vụ công tác dân vận cho cán bộ cơ sở (10/11/2011)
""", "2011-12-29", "Nâng cao chất lượng nắm tình hình nhân dân, giải quyết kịp thời đơn thư từ cơ sở",
E("tong_ket", "2011", "2011-12-27"),
[P("Mai Xuân Bình", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Lê Thị Bích Hạnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hà Văn Thượng", "HUV", "Trưởng Ban Dân vận Huyện ủy Bá Thước"),
 P("Lò Thị Pằn", "Bí thư Đảng ủy xã Trung Lý"),
 P("Lê Văn Khương", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trịnh Thị Liên", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("4.780 tổ dân vận", 4780, "tổ dân vận"), Q("1.246 đơn thư, kiến nghị", 1246, "đơn thư, kiến nghị"),
 Q("1.108 đơn", 1108, "đơn"), Q("88,9%", 88.9, "%"), Q("215 vụ việc mâu thuẫn", 215, "vụ việc mâu thuẫn"),
 Q("327 mô hình", 327, "mô hình"), Q("gần 12,5 tỷ đồng", 12500000000, "đồng", "approx"),
 Q("hơn 41.000 m2", 41000, "m2", "over"), Q("9 đoàn đông người", 9, "đoàn đông người"),
 Q("36 đồng chí", 36, "đồng chí"), Q("14 tập thể", 14, "tập thể"), Q("23 cá nhân", 23, "cá nhân")],
[D("Chỉ thị", "17", "CT/TU", "2011-04-05", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 17-CT/TU ngày 5/4/2011"),
 D("Kế hoạch", "21", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch 21, 22-KH/BDVTU"),
 D("Kế hoạch", "22", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch 21, 22-KH/BDVTU")],
[prov("Thanh Hóa"), com("Trung Lý")],
["BAN DÂN VẬN TỈNH ỦY THANH HÓA", "Trang chủ > Hoạt động dân vận > Tin trong tỉnh",
 "Đồng chí Mai Xuân Bình phát biểu chỉ đạo hội nghị. Ảnh: Hồng Nhung", "Dân vận khéo", "Năm dân vận chính quyền",
 "Quy chế dân chủ ở cơ sở", "Khu kinh tế Nghi Sơn", "Lượt xem: 1.032"],
["Thứ Năm, 29/12/2011 - 08:40", "năm 2011", "năm 2012", "36 đồng chí", "Lượt xem: 1.032"]))

PAGES.append(page("b1206-hatinh-doithoai-vungang-2012", """
BÁO HÀ TĨNH ĐIỆN TỬ
Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Hà Tĩnh
Thời sự | Chính trị | Kinh tế | Xã hội | Nông nghiệp - Nông thôn | Văn hóa
Thứ Sáu, 18/05/2012 - 15:32
Chủ tịch UBND tỉnh đối thoại với người dân vùng dự án Vũng Áng
(Baohatinh.vn) - Chiều 17/5, tại hội trường UBND huyện Kỳ Anh, đồng chí Trần Quốc Thắng, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh đã chủ trì buổi đối thoại với đại diện các hộ dân thuộc diện di dời, giải phóng mặt bằng Khu kinh tế Vũng Áng. Cùng dự có đồng chí Đặng Thị Lan, Phó Chủ tịch Ủy ban MTTQ tỉnh; lãnh đạo các sở, ngành và huyện Kỳ Anh.
Quang cảnh buổi đối thoại
Theo báo cáo của Ban Quản lý Khu kinh tế tỉnh, đến nay đã có 1.850 hộ dân ở 4 xã Kỳ Lợi, Kỳ Phương, Kỳ Long, Kỳ Liên bàn giao mặt bằng; tỉnh đã bố trí hơn 2.400 lô đất tái định cư và chi trả trên 1.120 tỷ đồng tiền bồi thường, hỗ trợ. Tuy vậy, vẫn còn 312 hộ chưa đồng thuận, chủ yếu do chưa thống nhất về đơn giá đất ở, tài sản trên đất và vị trí khu tái định cư.
Tại buổi đối thoại, 26 ý kiến của người dân được nêu trực tiếp. Ông Nguyễn Văn Thìn, thôn Hải Phong, xã Kỳ Lợi, phản ánh khu tái định cư Kỳ Trinh chưa có trường học, chợ, người dân di dời đến nơi ở mới gặp khó khăn về sinh kế. Bà Trần Thị Hợi, xã Kỳ Phương, đề nghị xem xét lại việc áp giá bồi thường cho diện tích đất vườn liền kề theo Quyết định số 23/2011/QĐ-UBND của UBND tỉnh, vì giá thấp hơn giá chuyển nhượng thực tế. Nhiều hộ ngư dân kiến nghị được hỗ trợ chuyển đổi nghề khi không còn bến bãi neo đậu tàu thuyền.
Trả lời các ý kiến, ông Nguyễn Hữu Phúc, Trưởng Ban Quản lý Khu kinh tế tỉnh, cho biết việc áp giá được thực hiện theo Nghị định số 69/2009/NĐ-CP của Chính phủ; những trường hợp có vướng mắc về nguồn gốc đất sẽ được tổ công tác liên ngành kiểm tra lại trong tháng 6. Ông Phan Văn Cường, Chủ tịch UBND huyện Kỳ Anh, nhận trách nhiệm về việc chậm xây dựng hạ tầng thiết yếu ở khu tái định cư.
Kết luận buổi đối thoại, Chủ tịch UBND tỉnh Trần Quốc Thắng ghi nhận sự hy sinh của người dân vùng dự án, đồng thời khẳng định tỉnh sẽ không cưỡng chế khi chưa đối thoại, vận động đến nơi đến chốn. Đồng chí yêu cầu các ngành trong tháng 6 phải hoàn thành xây dựng trường mầm non, điểm chợ tại khu tái định cư; hỗ trợ mỗi hộ ngư dân chuyển đổi nghề 30 triệu đồng; giao Ủy ban MTTQ tỉnh chủ trì giám sát việc chi trả, công khai danh sách hỗ trợ tại nhà văn hóa thôn. Những kiến nghị vượt thẩm quyền, tỉnh sẽ báo cáo các bộ, ngành Trung ương.
Ghi nhận của phóng viên, nhiều người dân bày tỏ phấn khởi vì lần đầu được trực tiếp trao đổi với người đứng đầu chính quyền tỉnh. "Dân chúng tôi không phản đối dự án, chỉ mong nơi ở mới tốt hơn nơi ở cũ", ông Thìn nói.
Thu Hà
Lượt đọc: 2.517
Tin khác
- Kỳ Anh: Hoàn thành chi trả tiền đền bù đợt 3 cho các hộ dân Kỳ Long (10/05/2012)
- Mặt trận các cấp tham gia giám sát công tác giải phóng mặt bằng (03/05/2012)
- Hà Tĩnh tăng cường tiếp công dân định kỳ (24/04/2012)
- Người dân vùng dự án hăng hái bàn giao mặt bằng (12/04/2012)
""", "2012-05-18", "Chủ tịch UBND tỉnh đối thoại với người dân vùng dự án Vũng Áng",
E("doi_thoai", None, "2012-05-17"),
[P("Trần Quốc Thắng", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Đặng Thị Lan", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Nguyễn Văn Thìn"),
 P("Trần Thị Hợi"),
 P("Nguyễn Hữu Phúc", "Trưởng Ban Quản lý Khu kinh tế tỉnh"),
 P("Phan Văn Cường", "Chủ tịch UBND huyện Kỳ Anh")],
[Q("1.850 hộ dân", 1850, "hộ dân"), Q("4 xã", 4, "xã"), Q("hơn 2.400 lô đất tái định cư", 2400, "lô đất tái định cư", "over"),
 Q("trên 1.120 tỷ đồng", 1120000000000, "đồng", "over"), Q("312 hộ", 312, "hộ"), Q("26 ý kiến", 26, "ý kiến"),
 Q("30 triệu đồng", 30000000, "đồng")],
[D("Quyết định", "23", "2011/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 23/2011/QĐ-UBND"),
 D("Nghị định", "69", "2009/NĐ-CP", None, "Chính phủ", "Nghị định số 69/2009/NĐ-CP")],
[prov("Hà Tĩnh"), com("Kỳ Lợi"), com("Kỳ Phương"), com("Kỳ Long"), com("Kỳ Liên")],
["BÁO HÀ TĨNH ĐIỆN TỬ", "Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Hà Tĩnh",
 "Thời sự | Chính trị | Kinh tế | Xã hội | Nông nghiệp - Nông thôn | Văn hóa", "(Baohatinh.vn)",
 "Quang cảnh buổi đối thoại", "Khu kinh tế Vũng Áng", "Ban Quản lý Khu kinh tế tỉnh", "Lượt đọc: 2.517"],
["Thứ Sáu, 18/05/2012 - 15:32", "tháng 6", "Lượt đọc: 2.517"]))

PAGES.append(page("b1207-quangtri-mttq-giamsat-nhaohongheo-2013", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG TRỊ
Trang chủ / Hoạt động Mặt trận / Giám sát - Phản biện
24-09-2013 08:15
Ảnh: Đoàn giám sát kiểm tra thực tế nhà ở của hộ nghèo tại xã Hướng Lập.
Giám sát việc hỗ trợ nhà ở cho hộ nghèo tại huyện Hướng Hóa
Thực hiện chương trình giám sát năm 2013, từ ngày 16 đến 20/9, Đoàn giám sát của Ủy ban MTTQ Việt Nam tỉnh Quảng Trị do bà Hồ Thị Kim Thoa, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện Quyết định số 167/2008/QĐ-TTg ngày 12/12/2008 của Thủ tướng Chính phủ về chính sách hỗ trợ hộ nghèo về nhà ở tại huyện Hướng Hóa.
Tham gia đoàn có ông Nguyễn Đăng Quang, Ủy viên Ban Thường trực, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh, đại diện Sở Xây dựng, Ngân hàng Chính sách xã hội tỉnh. Đoàn đã làm việc với UBND huyện và giám sát trực tiếp tại các xã Hướng Lập, A Dơi, Hướng Phùng và thị trấn Khe Sanh.
Theo báo cáo của UBND huyện, giai đoạn 2009 - 2012, toàn huyện có 1.247 hộ nghèo thuộc diện được hỗ trợ, trong đó đồng bào Vân Kiều, Pa Kô chiếm trên 80%. Đến nay đã có 1.102 căn nhà hoàn thành đưa vào sử dụng, với tổng kinh phí hơn 31,6 tỷ đồng, trong đó vốn vay ưu đãi 8,2 tỷ đồng; mỗi hộ được hỗ trợ 7,2 triệu đồng từ ngân sách và vay 8 triệu đồng. Nhiều hộ được các đoàn thể, dòng họ góp công, góp vật liệu, giảm được chi phí làm nhà.
Qua giám sát, đoàn nhận thấy việc bình xét đối tượng được công khai tại thôn, bản, có sự tham gia của Ban công tác Mặt trận. Tuy nhiên, có 89 căn nhà xây dựng chưa đảm bảo diện tích tối thiểu, một số nhà đã xuống cấp; việc thu hồi vốn vay gặp khó khăn do nhiều hộ chưa thoát nghèo. Bà Hồ Thị Plin, Chủ tịch Ủy ban MTTQ xã A Dơi, cho biết ở xã có 17 hộ làm nhà dở dang vì giá vật liệu tăng, đường vận chuyển vào bản xa, xấu.
Ông Lê Quang Chiến, Phó Chủ tịch UBND huyện Hướng Hóa, tiếp thu ý kiến của đoàn và cho biết huyện sẽ rà soát, hoàn thành những căn nhà còn dở dang trước mùa mưa bão.
Kết luận đợt giám sát, bà Hồ Thị Kim Thoa đề nghị UBND huyện chỉ đạo các xã rà soát lại danh sách, không để sót đối tượng; phối hợp Ngân hàng Chính sách xã hội có giải pháp gia hạn nợ phù hợp. Mặt trận các cấp tiếp tục vận động nguồn lực từ Quỹ "Vì người nghèo" để hỗ trợ các hộ đặc biệt khó khăn. Kết quả giám sát sẽ được báo cáo Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh theo Kế hoạch số 36/KH-MTTQ-BTT ngày 15/8/2013, làm cơ sở kiến nghị với UBND tỉnh. Dự kiến trong quý IV, đoàn sẽ tiếp tục giám sát tại huyện Đakrông và Gio Linh.
P.V
Số lượt xem: 418
Tin cùng chuyên mục
- Mặt trận huyện Triệu Phong giám sát thực hiện Quy chế dân chủ (17/09/2013)
- Hội nghị hiệp thương giới thiệu người ứng cử trưởng thôn (05/09/2013)
- Tổng kết 10 năm Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư (26/08/2013)
""", "2013-09-24", "Giám sát việc hỗ trợ nhà ở cho hộ nghèo tại huyện Hướng Hóa",
E("giam_sat", "2013", "2013-09-16"),
[P("Hồ Thị Kim Thoa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Đăng Quang", "Ủy viên Ban Thường trực", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hồ Thị Plin", "Chủ tịch Ủy ban MTTQ xã A Dơi"),
 P("Lê Quang Chiến", "Phó Chủ tịch UBND huyện Hướng Hóa")],
[Q("1.247 hộ nghèo", 1247, "hộ nghèo"), Q("trên 80%", 80, "%", "over"), Q("1.102 căn nhà", 1102, "căn nhà"),
 Q("hơn 31,6 tỷ đồng", 31600000000, "đồng", "over"), Q("8,2 tỷ đồng", 8200000000, "đồng"),
 Q("7,2 triệu đồng", 7200000, "đồng"), Q("8 triệu đồng", 8000000, "đồng"), Q("89 căn nhà", 89, "căn nhà"),
 Q("17 hộ", 17, "hộ")],
[D("Quyết định", "167", "2008/QĐ-TTg", "2008-12-12", "Thủ tướng Chính phủ", "Quyết định số 167/2008/QĐ-TTg ngày 12/12/2008"),
 D("Kế hoạch", "36", "KH-MTTQ-BTT", "2013-08-15", None, "Kế hoạch số 36/KH-MTTQ-BTT ngày 15/8/2013")],
[prov("Quảng Trị"), com("Hướng Lập"), com("A Dơi"), com("Hướng Phùng"), com("Khe Sanh")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG TRỊ", "Trang chủ / Hoạt động Mặt trận / Giám sát - Phản biện",
 "Ảnh: Đoàn giám sát kiểm tra thực tế nhà ở của hộ nghèo tại xã Hướng Lập.", "Vì người nghèo",
 "Ngân hàng Chính sách xã hội", "Số lượt xem: 418"],
["24-09-2013 08:15", "năm 2013", "2009 - 2012", "quý IV", "Số lượt xem: 418"]))

PAGES.append(page("b1208-thuathienhue-tu-quantriet-217-218-2014", """
Báo Thừa Thiên Huế Online
Chính trị - Xã hội › Xây dựng Đảng
21/03/2014 - 16:05
Toàn cảnh hội nghị tại điểm cầu Tỉnh ủy.
Phát huy vai trò giám sát, phản biện xã hội của Mặt trận và các đoàn thể
Sáng 20/3, Tỉnh ủy Thừa Thiên Huế tổ chức hội nghị trực tuyến quán triệt, triển khai Quyết định 217, 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị về quy chế giám sát, phản biện xã hội của MTTQ Việt Nam và các đoàn thể chính trị - xã hội, quy định về việc MTTQ, các đoàn thể và nhân dân tham gia góp ý xây dựng Đảng, xây dựng chính quyền. Hội nghị được kết nối đến 9 điểm cầu trực tuyến với hơn 1.300 đại biểu tham dự.
Đồng chí Trần Đình Khôi, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh chủ trì hội nghị. Đồng chí Lê Thị Thu Hà, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh trực tiếp quán triệt nội dung hai văn bản.
Theo đồng chí Lê Thị Thu Hà, cùng với Nghị quyết số 25-NQ/TW ngày 3/6/2013 của Ban Chấp hành Trung ương Đảng (khóa XI) về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới, hai quyết định lần đầu tiên quy định rõ đối tượng, nội dung, hình thức giám sát và phản biện xã hội, cũng như trách nhiệm của cấp ủy, chính quyền trong việc tiếp thu, trả lời ý kiến của nhân dân. Năm 2013, MTTQ và các đoàn thể trong tỉnh đã tổ chức 1.324 cuộc giám sát, tham gia góp ý 86 dự thảo văn bản, nhưng hoạt động phản biện xã hội hầu như chưa được thực hiện.
Tại hội nghị, bà Kăn Thị Xuân, HUV, Chủ tịch Ủy ban MTTQ Việt Nam huyện A Lưới, cho rằng cán bộ Mặt trận cơ sở còn e ngại khi giám sát cán bộ, đảng viên ở địa phương, nhất là khi người bị giám sát là cấp trên của mình. Ông Trương Công Lộc, Trưởng ban công tác Mặt trận tổ dân phố 7, phường Phú Hội, đề nghị có hướng dẫn cụ thể để khu dân cư tham gia giám sát công trình xây dựng cơ bản trên địa bàn.
Kết luận hội nghị, đồng chí Trần Đình Khôi yêu cầu các cấp ủy đảng xây dựng kế hoạch cụ thể triển khai hai quyết định, hoàn thành trong quý II; người đứng đầu cấp ủy, chính quyền phải gương mẫu chấp hành việc chịu sự giám sát của nhân dân. Ban Dân vận Tỉnh ủy phối hợp Ủy ban MTTQ Việt Nam tỉnh tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 86-KH/TU, chọn phường Phú Hội và xã Hồng Thủy làm điểm về hoạt động giám sát của Ban thanh tra nhân dân và Ban giám sát đầu tư của cộng đồng.
Trước đó, ông Nguyễn Văn Hải, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh, thông tin trong năm 2014, Mặt trận tỉnh sẽ phối hợp Thường trực HĐND tỉnh giám sát việc giải quyết khiếu nại, tố cáo tại 3 huyện Phú Lộc, Phong Điền, A Lưới; thí điểm phản biện xã hội đối với dự thảo đề án di dời, tái định cư các hộ dân trong khu vực di tích Kinh thành Huế, liên quan đến hơn 4.200 hộ dân. Đại đức Thích Quảng Hạnh, Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, cho rằng cần mời đại diện các tôn giáo tham gia các đoàn giám sát ở những địa bàn có đông đồng bào có đạo.
Bài, ảnh: Minh Hiền
Lượt xem: 764
Tin liên quan
- A Lưới: Nâng cao hiệu quả hoạt động Ban thanh tra nhân dân (14/03/2014)
- Ủy ban MTTQ tỉnh tổng kết công tác năm 2013 (27/12/2013)
- Mặt trận tham gia xây dựng Đảng, chính quyền vững mạnh (05/12/2013)
""", "2014-03-21", "Phát huy vai trò giám sát, phản biện xã hội của Mặt trận và các đoàn thể",
E("hoi_nghi", None, "2014-03-20"),
[P("Trần Đình Khôi", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Lê Thị Thu Hà", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Kăn Thị Xuân", "HUV", "Chủ tịch Ủy ban MTTQ Việt Nam huyện A Lưới"),
 P("Trương Công Lộc", "Trưởng ban công tác Mặt trận tổ dân phố 7"),
 P("Nguyễn Văn Hải", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thích Quảng Hạnh", "Đại đức", "Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh")],
[Q("9 điểm cầu trực tuyến", 9, "điểm cầu trực tuyến"), Q("hơn 1.300 đại biểu", 1300, "đại biểu", "over"),
 Q("1.324 cuộc giám sát", 1324, "cuộc giám sát"), Q("86 dự thảo văn bản", 86, "dự thảo văn bản"),
 Q("3 huyện", 3, "huyện"), Q("hơn 4.200 hộ dân", 4200, "hộ dân", "over")],
[D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW ngày 12/12/2013"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW ngày 12/12/2013"),
 D("Nghị quyết", "25", "NQ/TW", "2013-06-03", "Ban Chấp hành Trung ương Đảng", "Nghị quyết số 25-NQ/TW ngày 3/6/2013"),
 D("Kế hoạch", "86", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 86-KH/TU")],
[prov("Thừa Thiên Huế"), com("Phú Hội"), com("Hồng Thủy")],
["Báo Thừa Thiên Huế Online", "Chính trị - Xã hội › Xây dựng Đảng", "Toàn cảnh hội nghị tại điểm cầu Tỉnh ủy.",
 "Ban thanh tra nhân dân", "Ban giám sát đầu tư của cộng đồng", "Kinh thành Huế", "Giáo hội Phật giáo Việt Nam", "Lượt xem: 764"],
["21/03/2014 - 16:05", "Năm 2013", "quý II", "khóa XI", "tổ dân phố 7", "năm 2014", "Lượt xem: 764"]))

PAGES.append(page("b1209-quangnam-bdv-soket-2015", """
BÁO QUẢNG NAM ONLINE
Trang chủ :: Chính trị :: Dân vận
Ngày đăng 10/07/2015 | 09:20
Quan tâm giải quyết những vấn đề dân sinh bức xúc
(QNO) - Ngày 9/7, Ban Dân vận Tỉnh ủy Quảng Nam tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2015 và triển khai nhiệm vụ 6 tháng cuối năm. Bà Phan Thị Tuyết Mai, TUV, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.
Bà Phan Thị Tuyết Mai phát biểu kết luận hội nghị. Ảnh: N.Đ
Báo cáo của Ban Dân vận Tỉnh ủy cho thấy, 6 tháng qua tình hình nhân dân trong tỉnh cơ bản ổn định; tuy nhiên dư luận còn bức xúc về tình trạng khai thác cát trái phép trên sông Thu Bồn, sạt lở bờ sông ở Duy Xuyên, Điện Bàn và việc chậm bàn giao đất tái định cư ở một số dự án ven biển Thăng Bình, Núi Thành. Các cơ quan trong khối đã tiếp 1.264 lượt công dân, tiếp nhận 386 đơn thư khiếu nại, tố cáo, kiến nghị, phản ánh; đã giải quyết 301 đơn.
Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy sơ kết Kết luận 36, 37-KL/TU về công tác vận động đồng bào các dân tộc thiểu số miền núi và về thực hiện dân chủ trong công tác bồi thường, giải phóng mặt bằng; ban hành Hướng dẫn số 12-HD/BDVTU về hoạt động của tổ dân vận thôn. Công tác dân vận chính quyền có chuyển biến, 18/18 huyện, thị xã, thành phố đã tổ chức hội nghị đối thoại giữa người đứng đầu với nhân dân.
Tại hội nghị, bà Alăng Thị Mươi, HUV, Trưởng Ban Dân vận Huyện ủy Đông Giang, cho biết huyện đã vận động đồng bào Cơ Tu 28 thôn xóa bỏ tập tục mai táng lạc hậu, tự nguyện hiến 12 ha đất rừng sản xuất để làm khu tái định cư cho các hộ vùng sạt lở. Ông Clâu Nhị, Bí thư Đảng ủy xã Ba, đề nghị tỉnh hỗ trợ kinh phí cho già làng, người có uy tín. Bà Zơ Râm Thị Đẻo, Chủ tịch Hội LHPN xã A Ting, kiến nghị mở thêm lớp dạy nghề dệt thổ cẩm cho phụ nữ.
Đại diện Ban Dân vận Thị ủy Điện Bàn phản ánh tình trạng một số hộ dân vùng dự án khu đô thị nhận tiền bồi thường nhưng không bàn giao mặt bằng, cá biệt có trường hợp bị kích động, lôi kéo khiếu kiện vượt cấp.
Phát biểu kết luận, Trưởng Ban Dân vận Tỉnh ủy Phan Thị Tuyết Mai yêu cầu 6 tháng cuối năm, khối dân vận các cấp tập trung làm tốt công tác dân vận phục vụ đại hội đảng bộ các cấp tiến tới Đại hội đại biểu Đảng bộ tỉnh lần thứ XXI; nắm chắc tình hình nhân dân ở các địa bàn có dự án, có khai thác khoáng sản; tham mưu cấp ủy chỉ đạo giải quyết dứt điểm 85 đơn còn tồn đọng. Đồng thời, tiếp tục nhân rộng phong trào thi đua "Dân vận khéo", phấn đấu mỗi cơ quan, đơn vị có ít nhất một mô hình.
N.Đoan
Lượt xem: 1.208
Tin khác
- Phú Ninh: 5 năm thực hiện Quy chế dân chủ ở cơ sở (02/07/2015)
- Hội nghị giao ban công tác dân vận chính quyền quý II (25/06/2015)
- Tây Giang: Tuyên dương 46 già làng, người có uy tín (17/06/2015)
""", "2015-07-10", "Quan tâm giải quyết những vấn đề dân sinh bức xúc",
E("so_ket", "2015-H1", "2015-07-09"),
[P("Phan Thị Tuyết Mai", "TUV", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Alăng Thị Mươi", "HUV", "Trưởng Ban Dân vận Huyện ủy Đông Giang"),
 P("Clâu Nhị", "Bí thư Đảng ủy xã Ba"),
 P("Zơ Râm Thị Đẻo", "Chủ tịch Hội LHPN xã A Ting")],
[Q("1.264 lượt công dân", 1264, "lượt công dân"),
 Q("386 đơn thư khiếu nại, tố cáo, kiến nghị, phản ánh", 386, "đơn thư khiếu nại, tố cáo, kiến nghị, phản ánh"),
 Q("301 đơn", 301, "đơn"), Q("18/18 huyện, thị xã, thành phố", 18, "huyện, thị xã, thành phố"),
 Q("28 thôn", 28, "thôn"), Q("12 ha", 12, "ha"), Q("85 đơn", 85, "đơn")],
[D("Kết luận", "36", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 36, 37-KL/TU"),
 D("Kết luận", "37", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 36, 37-KL/TU"),
 D("Hướng dẫn", "12", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 12-HD/BDVTU")],
[prov("Quảng Nam"), com("Ba"), com("A Ting")],
["BÁO QUẢNG NAM ONLINE", "Trang chủ :: Chính trị :: Dân vận", "(QNO)",
 "Bà Phan Thị Tuyết Mai phát biểu kết luận hội nghị. Ảnh: N.Đ", "Dân vận khéo", "Lượt xem: 1.208"],
["Ngày đăng 10/07/2015 | 09:20", "6 tháng đầu năm 2015", "6 tháng cuối năm", "lần thứ XXI", "một mô hình",
 "Lượt xem: 1.208"]))

PAGES.append(page("b1210-danang-langnghedan-2015", """
BÁO ĐÀ NẴNG - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam thành phố Đà Nẵng
Bạn đang ở: Trang chủ » Chính trị - Xã hội
Thứ Hai, 16/11/2015
Lắng nghe dân từ tổ dân phố đến đường dây nóng
Ở Đà Nẵng, người dân có thể phản ánh một con đường ngập nước, một công trình xây dựng trái phép hay thái độ của cán bộ tiếp dân bằng nhiều cách: gọi đường dây nóng, nhắn tin, gửi thư điện tử, nói trực tiếp với tổ trưởng tổ dân phố. Cách làm ấy giúp chính quyền nắm được tâm tư của dân ngay từ khi vấn đề còn nhỏ.
Tổ dân phố là "cánh tay nối dài"
Chiều muộn, căn nhà của bà Đặng Thị Út, tổ trưởng tổ dân phố 18, phường Hòa Khánh Bắc, vẫn có người ghé. Người hỏi thủ tục cấp giấy chứng nhận quyền sử dụng đất, người phản ánh tiếng ồn từ một xưởng cơ khí. Bà Út ghi chép cẩn thận vào sổ rồi chuyển đến phường. "Việc gì tổ giải quyết được thì làm ngay, việc vượt thẩm quyền thì báo cáo lên, tuần sau phải có câu trả lời cho bà con", bà nói.
Theo ông Huỳnh Văn Hòa, Phó Trưởng Ban Dân vận Thành ủy, toàn thành phố có 2.564 tổ dân phố, thôn; hầu hết tổ trưởng đồng thời là thành viên tổ dân vận. Thực hiện Chỉ thị số 25-CT/TU của Ban Thường vụ Thành ủy về tăng cường đối thoại giữa chính quyền với nhân dân, mỗi quý, chủ tịch UBND các phường, xã đều tổ chức ít nhất một buổi đối thoại tại khu dân cư.
Từ đầu năm đến nay, đường dây nóng của thành phố đã tiếp nhận hơn 12.600 lượt phản ánh, kiến nghị; trong đó 94,5% đã được các sở, ngành, quận, huyện xử lý và trả lời. Theo Quyết định số 41/2014/QĐ-UBND của UBND thành phố, mỗi phản ánh phải được phúc đáp trong thời hạn không quá 7 ngày làm việc.
Không để "trên nóng, dưới lạnh"
Không phải nơi nào cũng làm tốt. Ông Phan Văn Thọ, Chủ tịch Ủy ban MTTQ Việt Nam phường Hòa Minh, thừa nhận vẫn có cán bộ ngại tiếp xúc với dân, trả lời qua loa hoặc hứa rồi để đó. "Có những kiến nghị về nước sạch, đèn chiếu sáng trong kiệt, hẻm mà người dân phải phản ánh đến 3 lần mới được xử lý", ông nói.
Ở vùng cao xã Hòa Bắc, nơi có 1.020 đồng bào Cơ Tu sinh sống, già làng Alăng Ngước cho biết bà con nay đã quen đến nhà văn hóa thôn để nói chuyện với cán bộ xã mỗi tháng một lần. Nhờ vậy, các vướng mắc về đất rừng sản xuất, về chính sách hỗ trợ hộ nghèo được giải đáp kịp thời, không còn cảnh người dân kéo nhau xuống thành phố.
Đánh giá về hiệu quả công tác này, bà Nguyễn Thị Kim Ngân, Trưởng Ban Dân vận Quận ủy Liên Chiểu, cho rằng điều quan trọng là người đứng đầu phải xem ý kiến của dân là "mệnh lệnh" để hành động, chứ không chỉ là thủ tục.
Bài và ảnh: Hoàng Thư
Tin liên quan
- Sơn Trà đối thoại với người dân về công tác giải tỏa, đền bù (05/11/2015)
- Hoàn thành giải quyết 98% đơn thư trong 9 tháng (20/10/2015)
- Thành phố công bố đường dây nóng tiếp nhận phản ánh về môi trường (08/10/2015)
""", "2015-11-16", "Lắng nghe dân từ tổ dân phố đến đường dây nóng",
E("khac", None, None),
[P("Đặng Thị Út", "tổ trưởng tổ dân phố 18"),
 P("Huỳnh Văn Hòa", "Phó Trưởng Ban Dân vận Thành ủy"),
 P("Phan Văn Thọ", "Chủ tịch Ủy ban MTTQ Việt Nam phường Hòa Minh"),
 P("Alăng Ngước", "già làng"),
 P("Nguyễn Thị Kim Ngân", "Trưởng Ban Dân vận Quận ủy Liên Chiểu")],
[Q("2.564 tổ dân phố, thôn", 2564, "tổ dân phố, thôn"), Q("hơn 12.600 lượt phản ánh, kiến nghị", 12600, "lượt phản ánh, kiến nghị", "over"),
 Q("94,5%", 94.5, "%"), Q("1.020 đồng bào Cơ Tu", 1020, "đồng bào Cơ Tu")],
[D("Chỉ thị", "25", "CT/TU", None, "Ban Thường vụ Thành ủy", "Chỉ thị số 25-CT/TU"),
 D("Quyết định", "41", "2014/QĐ-UBND", None, "UBND thành phố", "Quyết định số 41/2014/QĐ-UBND")],
[prov("Đà Nẵng"), com("Hòa Khánh Bắc"), com("Hòa Minh"), com("Hòa Bắc")],
["BÁO ĐÀ NẴNG - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam thành phố Đà Nẵng", "Bạn đang ở: Trang chủ » Chính trị - Xã hội",
 'Tổ dân phố là "cánh tay nối dài"', 'Không để "trên nóng, dưới lạnh"', "trên nóng, dưới lạnh"],
["Thứ Hai, 16/11/2015", "7 ngày làm việc", "3 lần", "mỗi tháng một lần", "một buổi đối thoại"]))
