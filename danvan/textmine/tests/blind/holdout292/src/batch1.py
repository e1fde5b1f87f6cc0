from lib import *
PAGES = []

PAGES.append(page("b6965-thaibinh-ttvh-tongket-2011", """
BÁO THÁI BÌNH ĐIỆN TỬ
Trang chủ > Văn hóa - Xã hội > Đời sống
23/12/2011 | 09:30
Năm 2011, toàn tỉnh có 86,4% hộ đạt danh hiệu gia đình văn hóa
Ngày 21/12, Ban Chỉ đạo phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa" tỉnh Thái Bình tổ chức hội nghị tổng kết phong trào năm 2011, triển khai nhiệm vụ năm 2012. Đồng chí Phạm Văn Thụ, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo chủ trì hội nghị.
Theo báo cáo do bà Nguyễn Thị Huyền, Giám đốc Sở VHTT&DL trình bày, năm 2011 toàn tỉnh có 412.560 hộ được công nhận gia đình văn hóa, đạt 86,4%, tăng 1,7% so với năm trước; 1.486/1.921 làng, khu phố giữ vững danh hiệu làng văn hóa, khu dân cư văn hóa, trong đó 37 làng được công nhận lần đầu. Các địa phương đã xây mới và nâng cấp 64 nhà văn hóa thôn với tổng kinh phí hơn 18,5 tỷ đồng, chủ yếu do nhân dân đóng góp.
Thực hiện Quyết định số 1610/QĐ-TTg ngày 16/9/2011 của Thủ tướng Chính phủ phê duyệt Chương trình thực hiện phong trào giai đoạn 2011 - 2015, Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 52-KH/TU; UBND tỉnh ban hành Hướng dẫn 08/HD-UBND về trình tự bình xét gia đình văn hóa ở khu dân cư. Sở cũng tổ chức hướng dẫn các huyện, thành phố triển khai Thông tư số 12/2011/TT-BVHTTDL ngày 10/10/2011 của Bộ Văn hóa, Thể thao và Du lịch, có hiệu lực từ đầu năm 2012.
Ủy ban MTTQ các cấp đẩy mạnh cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư"; việc cưới, việc tang cơ bản thực hiện theo nếp sống văn minh, gần 95% đám tang không còn rải vàng mã trên đường.
Tuy vậy, hội nghị cũng chỉ ra việc bình xét ở không ít khu dân cư còn nể nang, "cào bằng"; một số làng đã được công nhận nhưng chưa duy trì được hương ước, quy ước. Ông Bùi Đức Lượng, Chủ tịch UBND xã Vũ Hội, cho rằng cần gắn bình xét với việc thực hiện nghĩa vụ công dân. Bà Trần Thị Mến, Trưởng ban công tác Mặt trận thôn Đông Thành, xã Minh Khai, kể lại cách thôn lấy phiếu tín nhiệm của bà con trước khi suy tôn từng hộ.
Phát biểu kết luận, Phó Chủ tịch UBND tỉnh Phạm Văn Thụ đề nghị năm 2012 các cấp chống bệnh thành tích, xây dựng thêm ít nhất 50 làng văn hóa, phấn đấu 88% hộ đạt gia đình văn hóa.
Dịp này, UBND tỉnh tặng bằng khen cho 25 tập thể và 40 cá nhân có thành tích xuất sắc trong phong trào.
Nhiều đại biểu cũng đề nghị tỉnh sớm ban hành quy định về mức thưởng cho làng văn hóa tiêu biểu, đồng thời có cơ chế hỗ trợ các thôn nghèo xây dựng nhà văn hóa, sân thể thao để người dân có nơi sinh hoạt cộng đồng.
Thu Hiền
Lượt xem: 1.204
Tin liên quan
- Kiến Xương: 12 làng đón bằng công nhận làng văn hóa (10/12/2011)
- Hội thảo về hương ước, quy ước làng văn hóa (28/11/2011)
- Vũ Thư tổng kết 10 năm xây dựng làng văn hóa (15/11/2011)
- Ngày hội Đại đoàn kết ở thôn Đông Thành (18/11/2011)
""", "2011-12-23", "Năm 2011, toàn tỉnh có 86,4% hộ đạt danh hiệu gia đình văn hóa",
E("tong_ket", "2011", "2011-12-21"),
[P("Phạm Văn Thụ", "Phó Chủ tịch UBND tỉnh", "Trưởng Ban Chỉ đạo"),
 P("Nguyễn Thị Huyền", "Giám đốc Sở VHTT&DL"),
 P("Bùi Đức Lượng", "Chủ tịch UBND xã Vũ Hội"),
 P("Trần Thị Mến", "Trưởng ban công tác Mặt trận thôn Đông Thành")],
[Q("86,4%", 86.4, "%"), Q("412.560 hộ", 412560, "hộ"), Q("1,7%", 1.7, "%"),
 Q("1.486/1.921 làng, khu phố", 1486, "làng, khu phố"), Q("37 làng", 37, "làng"),
 Q("64 nhà văn hóa thôn", 64, "nhà văn hóa thôn"), Q("hơn 18,5 tỷ đồng", 18500000000, "đồng", "over"),
 Q("gần 95%", 95, "%", "approx"), Q("ít nhất 50 làng văn hóa", 50, "làng văn hóa", "over"), Q("88%", 88, "%"),
 Q("25 tập thể", 25, "tập thể"), Q("40 cá nhân", 40, "cá nhân")],
[D("Quyết định", "1610", "QĐ-TTg", "2011-09-16", "Thủ tướng Chính phủ", "Quyết định số 1610/QĐ-TTg ngày 16/9/2011"),
 D("Kế hoạch", "52", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 52-KH/TU"),
 D("Hướng dẫn", "08", "HD-UBND", None, "UBND tỉnh", "Hướng dẫn 08/HD-UBND"),
 D("Thông tư", "12", "2011/TT-BVHTTDL", "2011-10-10", "Bộ Văn hóa, Thể thao và Du lịch", "Thông tư số 12/2011/TT-BVHTTDL ngày 10/10/2011")],
[prov("Thái Bình"), com("Vũ Hội"), com("Minh Khai")],
["BÁO THÁI BÌNH ĐIỆN TỬ", "Trang chủ > Văn hóa - Xã hội > Đời sống", "Toàn dân đoàn kết xây dựng đời sống văn hóa",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Lượt xem: 1.204"],
["23/12/2011 | 09:30", "năm 2011", "năm 2012", "giai đoạn 2011 - 2015", "Lượt xem: 1.204"]))

PAGES.append(page("b6966-thanhhoa-bcd-soket-2012", """
Báo Thanh Hóa - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thanh Hóa
Thời sự » Văn hóa
Thứ Sáu, 20/07/2012 16:40
Thanh Hóa: Nâng cao chất lượng bình xét gia đình văn hóa, làng văn hóa
Sáng 18/7, tại TP Thanh Hóa, Ban Chỉ đạo phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa" tỉnh tổ chức hội nghị sơ kết 6 tháng đầu năm 2012, bàn giải pháp thực hiện Thông tư 12/2011/TT-BVHTTDL. Đồng chí Lê Thị Kim Hoa, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo chủ trì.
Quang cảnh hội nghị sơ kết.
Sáu tháng qua, các huyện, thị xã, thành phố đã rà soát lại toàn bộ tiêu chí bình xét theo Kế hoạch số 1245/KH-UBND ngày 5/3/2012 của UBND tỉnh. Toàn tỉnh có hơn 710 nghìn hộ đăng ký xây dựng gia đình văn hóa, chiếm 81,2% tổng số hộ; 2.104 làng, bản, tổ dân phố đăng ký giữ vững danh hiệu văn hóa. Ở ba huyện miền núi Bá Thước, Quan Sơn, Mường Lát, việc bình xét gắn với vận động đồng bào bỏ tục lệ lạc hậu trong ma chay.
Ủy ban MTTQ các cấp đã vận động 1.860 khu dân cư ký cam kết thực hiện nếp sống văn minh theo Chỉ thị 27-CT/TW của Bộ Chính trị về việc cưới, việc tang và lễ hội. Tuy nhiên, đến nay còn khoảng 300 làng chưa có nhà văn hóa hoặc nhà văn hóa xuống cấp; kinh phí hỗ trợ phong trào ở cấp xã chỉ từ 3 - 5 triệu đồng/năm, không đủ cho hoạt động.
Tại hội nghị, các đồng chí Phó Giám đốc Sở VHTT&DL: Lê Xuân Tùng, Trịnh Thị Hạnh đã giải đáp nhiều ý kiến về cách chấm điểm. Ông Hà Văn Pắng, Chủ tịch UBND xã Thành Lâm, nêu thực tế có bản cả 100% hộ được suy tôn nhưng vẫn còn con em bỏ học. Bà Phạm Thị Vân, Phó Chủ tịch Ủy ban MTTQ tỉnh, đề nghị giao cho Ban công tác Mặt trận khu dân cư chủ trì bình xét, bảo đảm công khai.
Kết luận hội nghị, đồng chí Lê Thị Kim Hoa yêu cầu 6 tháng cuối năm kiên quyết không công nhận những làng có tệ nạn ma túy, cờ bạc kéo dài; mỗi huyện chọn ít nhất 2 làng để xây dựng điểm; rà soát để thu hồi danh hiệu đối với các làng vi phạm.
Theo đánh giá của Ban Chỉ đạo, chất lượng các danh hiệu ở khu vực đô thị đã có chuyển biến; nhiều tổ dân phố xây dựng được quy ước về giữ gìn vệ sinh, trật tự nơi công cộng. Ở vùng ven biển, các làng đã đưa nội dung phòng, chống bạo lực gia đình và xây dựng gia đình no ấm, tiến bộ, hạnh phúc vào tiêu chí bình xét hằng năm. Một số địa phương còn giao chỉ tiêu số hộ đạt danh hiệu xuống từng thôn, dẫn đến tình trạng bình xét cho đủ số lượng.
Hội nghị cũng thống nhất đề nghị UBND tỉnh bổ sung kinh phí cho Ban công tác Mặt trận ở khu dân cư và tổ chức biểu dương các gia đình văn hóa tiêu biểu vào dịp cuối năm.
Đức Thanh
Các tin khác
- Nga Sơn: 46 làng văn hóa được công nhận lại (12/07/2012)
- Tập huấn nghiệp vụ văn hóa cơ sở cho cán bộ miền núi (03/07/2012)
- Thọ Xuân xây dựng nếp sống văn minh trong việc tang (26/06/2012)
""", "2012-07-20", "Thanh Hóa: Nâng cao chất lượng bình xét gia đình văn hóa, làng văn hóa",
E("so_ket", "2012-H1", "2012-07-18"),
[P("Lê Thị Kim Hoa", "Phó Chủ tịch UBND tỉnh", "Trưởng Ban Chỉ đạo"),
 P("Lê Xuân Tùng", "Phó Giám đốc Sở VHTT&DL"),
 P("Trịnh Thị Hạnh", "Phó Giám đốc Sở VHTT&DL"),
 P("Hà Văn Pắng", "Chủ tịch UBND xã Thành Lâm"),
 P("Phạm Thị Vân", "Phó Chủ tịch Ủy ban MTTQ tỉnh")],
[Q("hơn 710 nghìn hộ", 710000, "hộ", "over"), Q("81,2%", 81.2, "%"),
 Q("2.104 làng, bản, tổ dân phố", 2104, "làng, bản, tổ dân phố"), Q("ba huyện miền núi", 3, "huyện miền núi"),
 Q("1.860 khu dân cư", 1860, "khu dân cư"), Q("khoảng 300 làng", 300, "làng", "approx"),
 Q("3 - 5 triệu đồng", 3000000, "đồng"), Q("5 triệu đồng", 5000000, "đồng"), Q("100%", 100, "%"),
 Q("ít nhất 2 làng", 2, "làng", "over")],
[D("Thông tư", "12", "2011/TT-BVHTTDL", None, None, "Thông tư 12/2011/TT-BVHTTDL"),
 D("Kế hoạch", "1245", "KH-UBND", "2012-03-05", "UBND tỉnh", "Kế hoạch số 1245/KH-UBND ngày 5/3/2012"),
 D("Chỉ thị", "27", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 27-CT/TW")],
[prov("Thanh Hóa"), com("Thành Lâm")],
["Báo Thanh Hóa - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thanh Hóa", "Thời sự » Văn hóa",
 "Quang cảnh hội nghị sơ kết.", "Toàn dân đoàn kết xây dựng đời sống văn hóa"],
["Thứ Sáu, 20/07/2012 16:40", "6 tháng đầu năm 2012", "Sáu tháng qua", "6 tháng cuối năm", "3 - 5 triệu đồng/năm"]))

PAGES.append(page("b6967-langson-ngayhoi-nasla-2013", """
BÁO LẠNG SƠN
Bạn đang xem: Xã hội / Đời sống
Thứ Sáu, 15/11/2013 | 07:45
Ấm áp ngày hội ở khu dân cư văn hóa Nà Sla
Ngày 14/11, thôn Nà Sla, xã Hoàng Đồng (TP Lạng Sơn) tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2013. Đến dự có đồng chí Lương Văn Bích, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh.
Từ sáng sớm, nhà văn hóa thôn đã rộn ràng tiếng then, tiếng đàn tính. Bà con người Tày, Nùng mặc trang phục truyền thống, mang theo khẩu sli, bánh trưng, xôi ngũ sắc để cùng dự hội.
Ông Hoàng Văn Páo, Bí thư Chi bộ, Trưởng thôn Nà Sla, cho biết thôn có 126 hộ với 548 nhân khẩu; năm nay 118 hộ được bình xét gia đình văn hóa, chiếm 93,7%. Đây là năm thứ 9 liên tiếp Nà Sla giữ được danh hiệu khu dân cư văn hóa. Để có con đường bê tông dài 1,6 km vào thôn, bà con tự nguyện hiến hơn 1.200 m2 đất, góp 85 triệu đồng và 320 ngày công; không có hộ nào phải vận động đến lần thứ hai.
Hương ước của thôn được sửa đổi năm 2012 theo Quyết định số 22/2012/QĐ-UBND của UBND tỉnh, quy định rõ đám cưới không quá 30 mâm, đám tang không để quá 48 giờ. Nhờ vậy, nhiều năm nay thôn không có người mắc tệ nạn xã hội, không có đơn thư vượt cấp.
Bà Lộc Thị Mai, Trưởng ban công tác Mặt trận thôn, chia sẻ: "Cái khó nhất là giữ được danh hiệu chứ không phải đạt được. Mỗi quý, ban công tác Mặt trận họp với các tổ tự quản để rà lại từng hộ".
Phát biểu tại ngày hội, đồng chí Lương Văn Bích đánh giá cao cách làm của thôn trong thực hiện cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", đề nghị Ủy ban MTTQ xã Hoàng Đồng nhân rộng mô hình "Tổ tự quản đường làng sạch đẹp".
Dịp này, Ủy ban MTTQ xã tặng giấy khen cho 15 gia đình văn hóa tiêu biểu; ông Vi Văn Sinh, Chủ tịch UBND xã Hoàng Đồng, trao danh hiệu khu dân cư văn hóa cho thôn.
Phần văn nghệ do các đội văn nghệ quần chúng của thôn biểu diễn với những làn điệu then, sli, lượn ca ngợi quê hương, Đảng, Bác Hồ đã để lại nhiều ấn tượng. Sau phần lễ, bà con cùng tham gia các trò chơi dân gian như kéo co, đẩy gậy, ném còn và cùng nhau thưởng thức mâm cỗ do các gia đình tự góp. Không khí ngày hội đầm ấm, thể hiện tình làng nghĩa xóm gắn bó của cộng đồng các dân tộc ở vùng ven thành phố.
Bài, ảnh: Nông Thu Thoa
Tin liên quan
- Cao Lộc: 42 khu dân cư tổ chức Ngày hội Đại đoàn kết (12/11/2013)
- Chi Lăng nâng chất lượng làng văn hóa (05/11/2013)
- Lạng Sơn tôn vinh 200 gia đình văn hóa tiêu biểu (25/10/2013)
- Văn Quan: Hiệu quả từ mô hình tổ tự quản ở khu dân cư (18/10/2013)
- Bắc Sơn vận động đồng bào bỏ hủ tục trong việc cưới, việc tang (09/10/2013)
- Hội thi tuyên truyền về xây dựng gia đình văn hóa năm 2013 (27/09/2013)
""", "2013-11-15", "Ấm áp ngày hội ở khu dân cư văn hóa Nà Sla",
E("khac", None, "2013-11-14"),
[P("Lương Văn Bích", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Hoàng Văn Páo", "Bí thư Chi bộ", "Trưởng thôn Nà Sla"),
 P("Lộc Thị Mai", "Trưởng ban công tác Mặt trận thôn"),
 P("Vi Văn Sinh", "Chủ tịch UBND xã Hoàng Đồng")],
[Q("126 hộ", 126, "hộ"), Q("548 nhân khẩu", 548, "nhân khẩu"), Q("118 hộ", 118, "hộ"), Q("93,7%", 93.7, "%"),
 Q("1,6 km", 1.6, "km"), Q("hơn 1.200 m2", 1200, "m2", "over"), Q("85 triệu đồng", 85000000, "đồng"),
 Q("320 ngày công", 320, "ngày công"), Q("không quá 30 mâm", 30, "mâm"), Q("15 gia đình văn hóa tiêu biểu", 15, "gia đình văn hóa tiêu biểu")],
[D("Quyết định", "22", "2012/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 22/2012/QĐ-UBND")],
[prov("Lạng Sơn"), com("Hoàng Đồng")],
["BÁO LẠNG SƠN", "Bạn đang xem: Xã hội / Đời sống", "Ngày hội Đại đoàn kết toàn dân tộc",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Tổ tự quản đường làng sạch đẹp"],
["Thứ Sáu, 15/11/2013 | 07:45", "năm thứ 9", "lần thứ hai", "48 giờ", "năm 2013"]))

PAGES.append(page("b6968-quangbinh-mttq-giamsat-2014", """
Cổng thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh Quảng Bình
Trang chủ | Hoạt động Mặt trận | Giám sát, phản biện
Ngày đăng: 09-10-2014
Giám sát việc bình xét danh hiệu gia đình văn hóa tại Ba Đồn, Lệ Thủy
Trong hai ngày 7 và 8/10/2014, đoàn giám sát của Ủy ban MTTQ Việt Nam tỉnh do bà Nguyễn Thị Thanh Hà, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, làm trưởng đoàn đã giám sát việc bình xét, công nhận danh hiệu gia đình văn hóa năm 2014 tại xã Quảng Thuận (thị xã Ba Đồn) và xã Sơn Thủy (huyện Lệ Thủy).
Cuộc giám sát thực hiện theo Kế hoạch số 47/KH-MTTQ-BTT ngày 12/8/2014 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, căn cứ Thông tư 12/2011/TT-BVHTTDL và Quyết định số 217-QĐ/TW của Bộ Chính trị ban hành Quy chế giám sát và phản biện xã hội của MTTQ Việt Nam và các đoàn thể chính trị - xã hội.
Tại xã Quảng Thuận, năm 2014 có 1.734 hộ đăng ký, 1.652 hộ được đề nghị công nhận gia đình văn hóa (95,3%). Xã Sơn Thủy có 2.081 hộ đăng ký; tỷ lệ đề nghị công nhận ở 7 thôn đều trên 90%. Đoàn đã kiểm tra ngẫu nhiên biên bản họp của 6 khu dân cư, làm việc trực tiếp với 24 hộ dân.
Qua giám sát cho thấy, cả hai xã đã tổ chức bình xét công khai tại hội nghị khu dân cư. Tuy vậy, còn thôn chưa lập sổ theo dõi, có hộ vi phạm quy định về vệ sinh môi trường, có con tảo hôn vẫn được suy tôn; một số thôn thu các khoản đóng góp từ 20.000 - 50.000 đồng/hộ làm điều kiện xét danh hiệu, không đúng quy định.
Ông Đinh Văn Luyến, Chủ tịch UBND xã Sơn Thủy, tiếp thu và cho biết xã sẽ yêu cầu các thôn trả lại các khoản thu không đúng. Ông Trần Quang Vinh, Chủ tịch Ủy ban MTTQ xã Quảng Thuận, đề nghị tỉnh sớm có tài liệu tập huấn nghiệp vụ cho các trưởng ban công tác Mặt trận.
Kết luận các buổi giám sát, bà Nguyễn Thị Thanh Hà đề nghị chính quyền hai xã chấn chỉnh ngay tình trạng "cả làng cùng đạt", bình xét phải thực chất; Ban công tác Mặt trận ở khu dân cư phải là nòng cốt trong cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư". Kết quả giám sát sẽ được tổng hợp, kiến nghị UBND tỉnh trong tháng 11.
Tham gia đoàn có ông Hoàng Minh Đức, Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh, và đại diện Sở VHTTDL.
Được biết, đây là lần đầu tiên Ủy ban MTTQ tỉnh tổ chức giám sát chuyên đề về việc bình xét gia đình văn hóa ở cơ sở. Qua các cuộc giám sát, nhiều khu dân cư đã tự rà soát lại quy trình, niêm yết công khai danh sách hộ được đề nghị công nhận tại nhà văn hóa để nhân dân theo dõi, góp ý.
Minh Phương (Ban Phong trào)
Tin khác
- Ba Đồn: 12 khu dân cư đạt chuẩn văn hóa năm 2014 (02/10/2014)
- Hội nghị phản biện dự thảo quy định về hương ước (25/09/2014)
- Tuyên Hóa tập huấn nghiệp vụ Ban công tác Mặt trận (16/09/2014)
""", "2014-10-09", "Giám sát việc bình xét danh hiệu gia đình văn hóa tại Ba Đồn, Lệ Thủy",
E("giam_sat", "2014", "2014-10-07"),
[P("Nguyễn Thị Thanh Hà", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đinh Văn Luyến", "Chủ tịch UBND xã Sơn Thủy"),
 P("Trần Quang Vinh", "Chủ tịch Ủy ban MTTQ xã Quảng Thuận"),
 P("Hoàng Minh Đức", "Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh")],
[Q("1.734 hộ", 1734, "hộ"), Q("1.652 hộ", 1652, "hộ"), Q("95,3%", 95.3, "%"), Q("2.081 hộ", 2081, "hộ"),
 Q("7 thôn", 7, "thôn"), Q("trên 90%", 90, "%", "over"), Q("6 khu dân cư", 6, "khu dân cư"), Q("24 hộ dân", 24, "hộ dân"),
 Q("20.000 - 50.000 đồng", 20000, "đồng"), Q("50.000 đồng", 50000, "đồng")],
[D("Kế hoạch", "47", "KH-MTTQ-BTT", "2014-08-12", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 47/KH-MTTQ-BTT ngày 12/8/2014"),
 D("Thông tư", "12", "2011/TT-BVHTTDL", None, None, "Thông tư 12/2011/TT-BVHTTDL"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW")],
[prov("Quảng Bình"), com("Quảng Thuận"), com("Sơn Thủy")],
["Cổng thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh Quảng Bình", "Trang chủ | Hoạt động Mặt trận | Giám sát, phản biện",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "cả làng cùng đạt"],
["Ngày đăng: 09-10-2014", "hai ngày", "năm 2014", "tháng 11", "hai xã"]))

PAGES.append(page("b6969-longan-taphuan-apvanhoa-2015", """
BÁO LONG AN ONLINE
Văn hóa - Văn nghệ :: Đời sống văn hóa
Thứ Sáu, 14 tháng 8, 2015 - 16:22
Ảnh: Học viên trao đổi tại lớp tập huấn.
Long An tập huấn nghiệp vụ xây dựng ấp, khu phố văn hóa
Trong 2 ngày 13 và 14/8, Sở Văn hóa, Thể thao và Du lịch phối hợp Ủy ban MTTQ Việt Nam tỉnh mở lớp tập huấn nghiệp vụ công tác xây dựng gia đình văn hóa, ấp, khu phố văn hóa năm 2015 cho gần 150 học viên là cán bộ văn hóa - xã hội, trưởng ấp, trưởng ban công tác Mặt trận của 15 huyện, thị xã, thành phố.
Phát biểu khai mạc, ông Nguyễn Văn Được, Phó Giám đốc Sở VHTTDL cho biết, đến nay toàn tỉnh có 399.200 hộ đạt danh hiệu gia đình văn hóa, chiếm 92,3% số hộ; 924 ấp, khu phố được công nhận ấp, khu phố văn hóa; 112 xã đạt chuẩn văn hóa nông thôn mới. Tuy nhiên, chất lượng danh hiệu chưa đồng đều, có nơi bình xét chạy theo chỉ tiêu.
Tại lớp học, các học viên được ThS. Trần Minh Khoa, giảng viên Trường Chính trị Long An, truyền đạt chuyên đề về vai trò của Ban công tác Mặt trận trong cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh". Bà Lê Thị Ngọc Sương, Trưởng phòng Nếp sống văn hóa và Gia đình, hướng dẫn chi tiết Thông tư số 12/2011/TT-BVHTTDL và Quyết định số 45/2012/QĐ-UBND ngày 20/9/2012 của UBND tỉnh về tiêu chuẩn công nhận ấp văn hóa, khu phố văn hóa.
Nhiều học viên nêu băn khoăn về cách chấm điểm đối với hộ có người vi phạm pháp luật nhưng đã chấp hành xong án. Ông Huỳnh Văn Tám, Trưởng ấp Bình Tây, xã Bình Hòa Nam, kể: ấp có 327 hộ, năm 2014 có 11 hộ không được công nhận vì vi phạm trật tự, an toàn giao thông; sau khi giải thích rõ tiêu chí, không hộ nào khiếu nại.
Lớp tập huấn cũng dành thời gian hướng dẫn thực hiện Chỉ thị số 27-CT/TW ngày 12/1/1998 của Bộ Chính trị về thực hiện nếp sống văn minh trong việc cưới, việc tang, lễ hội, trong đó khuyến khích hỏa táng, tổ chức tang lễ không quá 3 ngày.
Cuối khóa, các học viên làm bài thu hoạch; Sở cấp giấy chứng nhận cho 146 học viên hoàn thành khóa học. Kinh phí tổ chức lớp khoảng 65 triệu đồng từ nguồn sự nghiệp văn hóa.
Theo đánh giá của Ban tổ chức, lớp tập huấn đã giúp cán bộ cơ sở nắm vững trình tự, thủ tục bình xét, hạn chế tình trạng làm theo cảm tính. Nhiều học viên mong muốn những lớp học như thế này được tổ chức thường xuyên hơn, có thêm thời gian đi thực tế tại các ấp văn hóa tiêu biểu ở vùng Đồng Tháp Mười và khu vực giáp ranh TP Hồ Chí Minh, nơi có đông người lao động nhập cư, để học tập cách làm hay.
Thanh Trúc
TIN CÙNG CHUYÊN MỤC
- Đức Hòa: 95% hộ đạt gia đình văn hóa (10/08/2015)
- Cần Giuộc ra mắt 3 khu phố văn hóa (04/08/2015)
- Tân An: Tuyên dương 60 gia đình văn hóa tiêu biểu (28/07/2015)
""", "2015-08-14", "Long An tập huấn nghiệp vụ xây dựng ấp, khu phố văn hóa",
E("tap_huan", "2015", "2015-08-13"),
[P("Nguyễn Văn Được", "Phó Giám đốc Sở VHTTDL"),
 P("Trần Minh Khoa", "ThS.", "giảng viên Trường Chính trị Long An"),
 P("Lê Thị Ngọc Sương", "Trưởng phòng Nếp sống văn hóa và Gia đình"),
 P("Huỳnh Văn Tám", "Trưởng ấp Bình Tây")],
[Q("gần 150 học viên", 150, "học viên", "approx"), Q("15 huyện, thị xã, thành phố", 15, "huyện, thị xã, thành phố"),
 Q("399.200 hộ", 399200, "hộ"), Q("92,3%", 92.3, "%"), Q("924 ấp, khu phố", 924, "ấp, khu phố"),
 Q("112 xã", 112, "xã"), Q("327 hộ", 327, "hộ"), Q("11 hộ", 11, "hộ"), Q("146 học viên", 146, "học viên"),
 Q("khoảng 65 triệu đồng", 65000000, "đồng", "approx")],
[D("Thông tư", "12", "2011/TT-BVHTTDL", None, None, "Thông tư số 12/2011/TT-BVHTTDL"),
 D("Quyết định", "45", "2012/QĐ-UBND", "2012-09-20", "UBND tỉnh", "Quyết định số 45/2012/QĐ-UBND ngày 20/9/2012"),
 D("Chỉ thị", "27", "CT/TW", "1998-01-12", "Bộ Chính trị", "Chỉ thị số 27-CT/TW ngày 12/1/1998")],
[prov("Long An"), com("Bình Hòa Nam")],
["BÁO LONG AN ONLINE", "Văn hóa - Văn nghệ :: Đời sống văn hóa", "Ảnh: Học viên trao đổi tại lớp tập huấn.",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"],
["Thứ Sáu, 14 tháng 8, 2015 - 16:22", "2 ngày", "năm 2015", "năm 2014", "không quá 3 ngày"]))

PAGES.append(page("b6970-gialai-bieuduong-gdvh-2016", """
Gia Lai điện tử
Trang chủ › Xã hội › Gia đình
02/12/2016 09:15 GMT+7
Biểu dương 90 gia đình văn hóa tiêu biểu
Gia Lai - Ngày 1/12, Ủy ban MTTQ Việt Nam tỉnh phối hợp Sở Văn hóa, Thể thao và Du lịch tổ chức Hội nghị biểu dương gia đình văn hóa tiêu biểu năm 2016. Dự hội nghị có bà Siu Thị Hlim, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Lê Đình Trọng, Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch.
90 gia đình được biểu dương đến từ 17 huyện, thị xã, thành phố, trong đó 54 gia đình là đồng bào dân tộc thiểu số Jrai, Bahnar. Đây là những gia đình nhiều năm liền đạt danh hiệu gia đình văn hóa, gương mẫu chấp hành chủ trương của Đảng, chính sách, pháp luật của Nhà nước, tích cực tham gia cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".
Theo báo cáo tại hội nghị, năm 2016 toàn tỉnh có 281.340 hộ đạt gia đình văn hóa, chiếm 83,6%; 1.529 làng, thôn, tổ dân phố đạt danh hiệu văn hóa. Riêng vùng đồng bào dân tộc thiểu số có 702 làng văn hóa. Thực hiện Kế hoạch số 2980/KH-UBND ngày 25/6/2016 của UBND tỉnh, các địa phương đã hỗ trợ 38 làng mua sắm cồng chiêng, trang phục truyền thống với kinh phí gần 1,9 tỷ đồng.
Chia sẻ tại hội nghị, già làng Rơ Mah Blưk, làng Plei Bông, xã Ia Băng, kể: "Trước đây bà con làng mình còn cúng bái tốn kém, có nhà giết cả trâu khi có người ốm. Nay mình vận động từng nhà, đến nay cả làng 146 hộ có 139 hộ là gia đình văn hóa". Bà Kpă H'Nhiơ, Chi hội trưởng Chi hội Phụ nữ làng Bông Pim, xã Ia Mơ Nông, chia sẻ kinh nghiệm vận động chị em không sinh con thứ ba, cho con đi học đúng độ tuổi.
Ông Đinh Khưih, Trưởng thôn Kon Sơ Lăl, xã Kon Chiêng, nhận xét nhiều gia đình trẻ đã làm ăn giỏi, có hộ thu nhập trên 200 triệu đồng mỗi năm từ cà phê, hồ tiêu.
Phát biểu tại hội nghị, bà Siu Thị Hlim đề nghị Ban công tác Mặt trận các khu dân cư tiếp tục thực hiện Nghị quyết liên tịch số 05/2013/NQLT-BVHTTDL-BTTUBTWMTTQVN về phối hợp xây dựng đời sống văn hóa ở khu dân cư, không để bình xét hình thức.
Dịp này, Ủy ban MTTQ tỉnh trao giấy khen, mỗi gia đình kèm phần thưởng trị giá 500.000 đồng.
Hội nghị là dịp để các gia đình giao lưu, chia sẻ kinh nghiệm nuôi dạy con cái, giữ gìn bản sắc văn hóa truyền thống, xây dựng gia đình no ấm, tiến bộ, hạnh phúc. Nhiều đại biểu mong muốn được tham quan, học hỏi các mô hình phát triển kinh tế hộ gia đình ở các địa phương bạn để về áp dụng tại buôn làng mình.
Hồng Thi
Tin liên quan
- Chư Prông: 30 làng ký cam kết không tảo hôn (24/11/2016)
- Ia Grai tổ chức Ngày hội Đại đoàn kết tại 12 làng (18/11/2016)
- Mang Yang giữ gìn cồng chiêng trong làng văn hóa (08/11/2016)
""", "2016-12-02", "Biểu dương 90 gia đình văn hóa tiêu biểu",
E("hoi_nghi", "2016", "2016-12-01"),
[P("Siu Thị Hlim", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Đình Trọng", "Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch"),
 P("Rơ Mah Blưk", "già làng"),
 P("Kpă H'Nhiơ", "Chi hội trưởng Chi hội Phụ nữ làng Bông Pim"),
 P("Đinh Khưih", "Trưởng thôn Kon Sơ Lăl")],
[Q("90 gia đình văn hóa tiêu biểu", 90, "gia đình văn hóa tiêu biểu"), Q("17 huyện, thị xã, thành phố", 17, "huyện, thị xã, thành phố"),
 Q("54 gia đình", 54, "gia đình"), Q("281.340 hộ", 281340, "hộ"), Q("83,6%", 83.6, "%"),
 Q("1.529 làng, thôn, tổ dân phố", 1529, "làng, thôn, tổ dân phố"), Q("702 làng văn hóa", 702, "làng văn hóa"),
 Q("38 làng", 38, "làng"), Q("gần 1,9 tỷ đồng", 1900000000, "đồng", "approx"), Q("146 hộ", 146, "hộ"), Q("139 hộ", 139, "hộ"),
 Q("trên 200 triệu đồng", 200000000, "đồng", "over"), Q("500.000 đồng", 500000, "đồng")],
[D("Kế hoạch", "2980", "KH-UBND", "2016-06-25", "UBND tỉnh", "Kế hoạch số 2980/KH-UBND ngày 25/6/2016"),
 D("Nghị quyết liên tịch", "05", "2013/NQLT-BVHTTDL-BTTUBTWMTTQVN", None, None, "Nghị quyết liên tịch số 05/2013/NQLT-BVHTTDL-BTTUBTWMTTQVN")],
[prov("Gia Lai"), com("Ia Băng"), com("Ia Mơ Nông"), com("Kon Chiêng")],
["Gia Lai điện tử", "Trang chủ › Xã hội › Gia đình", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"],
["02/12/2016 09:15 GMT+7", "năm 2016", "con thứ ba", "mỗi năm", "nhiều năm liền"]))
