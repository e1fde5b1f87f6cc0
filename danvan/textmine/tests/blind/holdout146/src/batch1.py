from lib import *
PAGES = []

PAGES.append(page("b3461-nghean-ctd-tongket-2011", """
HỘI CHỮ THẬP ĐỎ TỈNH NGHỆ AN - Cổng thông tin điện tử
Trang chủ » Tin hoạt động » Hoạt động Hội
Thứ Tư, 28/12/2011 - 09:12
Ảnh: Quang cảnh hội nghị tổng kết.
Hội Chữ thập đỏ Nghệ An vận động được hơn 21 tỷ đồng cho hoạt động nhân đạo
Ngày 27/12/2011, Hội Chữ thập đỏ tỉnh Nghệ An tổ chức hội nghị tổng kết công tác Hội và phong trào Chữ thập đỏ năm 2011, triển khai nhiệm vụ năm 2012. Đồng chí Lê Thị Hoài Thu, Tỉnh ủy viên, Chủ tịch Hội Chữ thập đỏ tỉnh chủ trì hội nghị; đồng chí Vi Văn Sơn, Phó Chủ tịch UBND tỉnh dự và phát biểu chỉ đạo.
Báo cáo do ông Nguyễn Đình Tứ, Phó Chủ tịch Thường trực Hội Chữ thập đỏ tỉnh trình bày cho biết, năm 2011 các cấp Hội đã vận động được hơn 21 tỷ đồng tiền mặt và hàng hóa, tăng 12% so với năm trước. Trong đó, phong trào "Tết vì người nghèo và nạn nhân chất độc da cam" trao 18.640 suất quà với tổng trị giá 5,6 tỷ đồng; chương trình "Mỗi tổ chức, mỗi cá nhân gắn với một địa chỉ nhân đạo" kết nối được 2.315 địa chỉ nhân đạo. Các cấp Hội đã sửa chữa, làm mới 64 ngôi nhà nhân đạo, mỗi nhà được hỗ trợ từ 15 đến 20 triệu đồng.
Công tác hiến máu tình nguyện có bước tiến, toàn tỉnh tiếp nhận 9.872 đơn vị máu, đạt 109% kế hoạch. Hội đã thực hiện Nghị định số 03/2011/NĐ-CP ngày 14/01/2011 của Chính phủ hướng dẫn Luật Hoạt động chữ thập đỏ, tham mưu UBND tỉnh ban hành Kế hoạch số 412/KH-UBND về triển khai Luật tại địa phương. Tổ chức Hội được củng cố, kết nạp mới 6.120 hội viên; toàn tỉnh hiện có khoảng 182.000 hội viên.
Tại hội nghị, bà Lô Thị Kim Ngân, Chủ tịch Hội Chữ thập đỏ huyện Quế Phong, chia sẻ kinh nghiệm vận động đồng bào Thái, Khơ Mú tham gia hiến máu. Ông Lương Văn Khánh, Chủ tịch Hội Chữ thập đỏ xã Châu Hạnh, đề nghị tỉnh quan tâm tập huấn sơ cấp cứu cho các tổ xung kích ở bản.
Phát biểu chỉ đạo, đồng chí Vi Văn Sơn ghi nhận kết quả các cấp Hội đạt được, yêu cầu năm 2012 tiếp tục thực hiện Chỉ thị 11-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường lãnh đạo công tác Hội, chú trọng vận động nguồn lực tại chỗ, công khai minh bạch việc tiếp nhận, phân phối hàng cứu trợ.
Dịp này, Trung ương Hội Chữ thập đỏ Việt Nam tặng bằng khen cho 7 tập thể, 11 cá nhân; UBND tỉnh tặng bằng khen cho 15 tập thể và 24 cá nhân có thành tích xuất sắc.
Hải Yến
Lượt xem: 1.204
Tin liên quan
- Trao 500 suất quà cho nạn nhân chất độc da cam huyện Anh Sơn (15/12/2011)
- Ra quân Tháng Nhân đạo năm 2011 tại Vinh (08/05/2011)
- Hội Chữ thập đỏ Diễn Châu tập huấn sơ cấp cứu (20/04/2011)
- Hội nghị Ban Chấp hành Hội Chữ thập đỏ tỉnh lần thứ 5 khóa VII (30/03/2011)
- Quỳnh Lưu: nhiều mô hình nhân đạo hiệu quả (12/03/2011)
- Lễ ra quân hiến máu tình nguyện đầu xuân tại Thành phố Vinh (15/02/2011)
- Tuổi trẻ Nghệ An với phong trào hiến máu cứu người (09/01/2011)
""", "2011-12-28", "Hội Chữ thập đỏ Nghệ An vận động được hơn 21 tỷ đồng cho hoạt động nhân đạo",
E("tong_ket", "2011", "2011-12-27"),
[P("Lê Thị Hoài Thu", "Tỉnh ủy viên", "Chủ tịch Hội Chữ thập đỏ tỉnh"),
 P("Vi Văn Sơn", "Phó Chủ tịch UBND tỉnh"),
 P("Nguyễn Đình Tứ", "Phó Chủ tịch Thường trực Hội Chữ thập đỏ tỉnh"),
 P("Lô Thị Kim Ngân", "Chủ tịch Hội Chữ thập đỏ huyện Quế Phong"),
 P("Lương Văn Khánh", "Chủ tịch Hội Chữ thập đỏ xã Châu Hạnh")],
[Q("hơn 21 tỷ đồng", 21000000000, "đồng", "over"), Q("12%", 12, "%"), Q("18.640 suất quà", 18640, "suất quà"),
 Q("5,6 tỷ đồng", 5600000000, "đồng"), Q("2.315 địa chỉ nhân đạo", 2315, "địa chỉ nhân đạo"),
 Q("64 ngôi nhà nhân đạo", 64, "ngôi nhà nhân đạo"), Q("15 đến 20 triệu đồng", 15000000, "đồng"),
 Q("20 triệu đồng", 20000000, "đồng"),
 Q("9.872 đơn vị máu", 9872, "đơn vị máu"), Q("109%", 109, "%"), Q("6.120 hội viên", 6120, "hội viên"),
 Q("khoảng 182.000 hội viên", 182000, "hội viên", "approx"),
 Q("7 tập thể", 7, "tập thể"), Q("11 cá nhân", 11, "cá nhân"), Q("15 tập thể", 15, "tập thể"), Q("24 cá nhân", 24, "cá nhân")],
[D("Nghị định", "03", "2011/NĐ-CP", "2011-01-14", "Chính phủ", "Nghị định số 03/2011/NĐ-CP ngày 14/01/2011"),
 D("Kế hoạch", "412", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 412/KH-UBND"),
 D("Chỉ thị", "11", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 11-CT/TU")],
[prov("Nghệ An"), com("Châu Hạnh")],
["HỘI CHỮ THẬP ĐỎ TỈNH NGHỆ AN - Cổng thông tin điện tử", "Trang chủ » Tin hoạt động » Hoạt động Hội",
 "Ảnh: Quang cảnh hội nghị tổng kết.", "Tết vì người nghèo và nạn nhân chất độc da cam",
 "Mỗi tổ chức, mỗi cá nhân gắn với một địa chỉ nhân đạo", "Luật Hoạt động chữ thập đỏ", "Lượt xem: 1.204"],
["Thứ Tư, 28/12/2011 - 09:12", "năm 2011", "năm 2012", "Lượt xem: 1.204"]))

PAGES.append(page("b3462-sonla-hienmau-2012", """
Sơn La điện tử
Trang chủ / Xã hội / Y tế
Cập nhật: 16:40, 14/06/2012 (GMT+7)
Thu 1.326 đơn vị máu trong Ngày hội hiến máu "Giọt hồng Tây Bắc"
(SLĐT) - Hưởng ứng Ngày Quốc tế những người hiến máu tình nguyện 14/6, sáng 13/6, Ban Chỉ đạo vận động hiến máu tình nguyện tỉnh Sơn La phối hợp với Viện Huyết học - Truyền máu Trung ương tổ chức Ngày hội hiến máu "Giọt hồng Tây Bắc" năm 2012 tại Nhà văn hóa tỉnh.
Đoàn viên thanh niên đăng ký hiến máu tại ngày hội. Ảnh: Quàng Hương
Tham dự có đồng chí Cầm Ngọc Minh, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo vận động hiến máu tình nguyện tỉnh; bà Lò Thị Mai, Chủ tịch Hội Chữ thập đỏ tỉnh; đại diện lãnh đạo Sở Y tế, Tỉnh đoàn và các đơn vị lực lượng vũ trang.
Ngay từ 6 giờ sáng, khoảng 1.600 người gồm cán bộ, chiến sĩ, học sinh, sinh viên và nhân dân đã có mặt đăng ký. Sau khám sàng lọc, ngày hội tiếp nhận 1.326 đơn vị máu, vượt 32% chỉ tiêu. Nhiều người đã hiến máu từ 10 lần trở lên như anh Lường Văn Thương, giáo viên Trường Phổ thông dân tộc nội trú tỉnh, với 14 lần hiến máu; chị Hà Thị Phương, xã Chiềng Mung, lần đầu đưa chồng cùng đi hiến.
Theo Ban Chỉ đạo, 5 tháng đầu năm 2012 toàn tỉnh tổ chức 19 đợt hiến máu, tiếp nhận 4.210 đơn vị máu, đạt 60% kế hoạch năm. Phong trào được triển khai theo Quyết định số 1258/QĐ-UBND ngày 20/6/2011 của UBND tỉnh về kiện toàn Ban Chỉ đạo và Kế hoạch số 36/KH-BCĐ của Ban Chỉ đạo về vận động hiến máu tình nguyện năm 2012.
Phát biểu tại ngày hội, đồng chí Cầm Ngọc Minh biểu dương tinh thần "Mỗi giọt máu cho đi - một cuộc đời ở lại" của người dân Sơn La, đề nghị các ngành, đoàn thể tiếp tục tuyên truyền để người dân hiểu hiến máu không ảnh hưởng đến sức khỏe, nhất là ở vùng đồng bào Mông, Thái.
Dịp này, Ban Chỉ đạo tặng giấy khen cho 8 tập thể và 26 cá nhân tiêu biểu; mỗi người hiến máu được nhận quà và tiền hỗ trợ đi lại 50.000 đồng theo quy định.
Ông Sồng A Lử, Phó Bí thư Đoàn xã Mường Bú, cho biết năm nay đoàn xã vận động được 45 đoàn viên tham gia, trong đó 12 bạn người Mông lần đầu hiến máu.
Quàng Hương
Tin khác
- Tỉnh đoàn ra quân Chiến dịch thanh niên tình nguyện hè 2012 (10/06/2012)
- Mộc Châu tiếp nhận 215 đơn vị máu (28/05/2012)
- Khám bệnh, cấp thuốc miễn phí cho người nghèo huyện Sốp Cộp (18/05/2012)
- Thuận Châu: nâng cao chất lượng chăm sóc sức khỏe ban đầu (12/05/2012)
- Tăng cường công tác phòng, chống dịch bệnh mùa hè (08/05/2012)
- Hội Chữ thập đỏ tỉnh trao quà cho trẻ em khuyết tật (30/04/2012)
- Phát động Tháng Nhân đạo năm 2012 (25/04/2012)
- Sông Mã: nâng cao chất lượng hoạt động của các chi hội (14/04/2012)
- Nhiều hoạt động thiết thực chào mừng Ngày Chữ thập đỏ Việt Nam (10/04/2012)
""", "2012-06-14", "Thu 1.326 đơn vị máu trong Ngày hội hiến máu \"Giọt hồng Tây Bắc\"",
E("khac", None, "2012-06-13"),
[P("Cầm Ngọc Minh", "Phó Chủ tịch UBND tỉnh", "Trưởng Ban Chỉ đạo vận động hiến máu tình nguyện tỉnh"),
 P("Lò Thị Mai", "Chủ tịch Hội Chữ thập đỏ tỉnh"),
 P("Lường Văn Thương", "giáo viên Trường Phổ thông dân tộc nội trú tỉnh"),
 P("Hà Thị Phương"),
 P("Sồng A Lử", "Phó Bí thư Đoàn xã Mường Bú")],
[Q("1.326 đơn vị máu", 1326, "đơn vị máu"), Q("khoảng 1.600 người", 1600, "người", "approx"), Q("32%", 32, "%"),
 Q("14 lần hiến máu", 14, "lần hiến máu"), Q("từ 10 lần trở lên", 10, "lần", "over"), Q("19 đợt hiến máu", 19, "đợt hiến máu"), Q("4.210 đơn vị máu", 4210, "đơn vị máu"),
 Q("60%", 60, "%"), Q("8 tập thể", 8, "tập thể"), Q("26 cá nhân", 26, "cá nhân"), Q("50.000 đồng", 50000, "đồng"),
 Q("45 đoàn viên", 45, "đoàn viên"), Q("12 bạn người Mông", 12, "bạn người Mông")],
[D("Quyết định", "1258", "QĐ-UBND", "2011-06-20", "UBND tỉnh", "Quyết định số 1258/QĐ-UBND ngày 20/6/2011"),
 D("Kế hoạch", "36", "KH-BCĐ", None, "Ban Chỉ đạo", "Kế hoạch số 36/KH-BCĐ")],
[prov("Sơn La"), com("Chiềng Mung"), com("Mường Bú")],
["Sơn La điện tử", "Trang chủ / Xã hội / Y tế", "(SLĐT)", "Giọt hồng Tây Bắc",
 "Đoàn viên thanh niên đăng ký hiến máu tại ngày hội. Ảnh: Quàng Hương", "Mỗi giọt máu cho đi - một cuộc đời ở lại",
 "Viện Huyết học - Truyền máu Trung ương"],
["Cập nhật: 16:40, 14/06/2012 (GMT+7)", "14/6", "6 giờ", "5 tháng đầu năm 2012", "năm 2012"]))

PAGES.append(page("b3463-quangtri-tetnhanai-2013", """
HỘI CHỮ THẬP ĐỎ TỈNH QUẢNG TRỊ
Bạn đang ở: Trang chủ > Tin tức - Sự kiện > Tết nhân ái
08:30 | 31/01/2013
Đồng chí Hồ Thị Kim Liên trao quà cho hộ nghèo xã Hướng Phùng.
Trao 2.400 suất quà "Tết nhân ái" Quý Tỵ 2013 cho người nghèo miền núi
Từ ngày 28 đến 30/1/2013, Hội Chữ thập đỏ tỉnh phối hợp với các nhà hảo tâm tổ chức trao 2.400 suất quà Tết cho hộ nghèo, gia đình chính sách, người khuyết tật ở các huyện Hướng Hóa, Đakrông và Gio Linh trong chương trình "Tết nhân ái" Quý Tỵ 2013. Mỗi suất quà gồm 10 kg gạo, dầu ăn, bánh kẹo và 200.000 đồng tiền mặt, tổng trị giá hơn 1,1 tỷ đồng.
Tại xã Hướng Phùng, bà Hồ Thị Kim Liên, Phó Chủ tịch Hội Chữ thập đỏ tỉnh đã trao 350 suất quà cho đồng bào Vân Kiều, Pa Kô. Già làng Hồ Văn Păng ở bản Cợp cảm ơn Hội và các nhà hảo tâm đã giúp bà con có Tết ấm hơn. Tại xã Tà Long, huyện Đakrông, ông Nguyễn Hữu Thành, Chủ tịch Hội Chữ thập đỏ tỉnh cùng đại diện Công ty cổ phần Cao su Quảng Trị trao 300 suất quà và 20 chăn ấm cho các hộ người Pa Kô.
Theo ông Nguyễn Hữu Thành, chương trình được triển khai theo Hướng dẫn số 02/HD-TWH ngày 15/11/2012 của Trung ương Hội Chữ thập đỏ Việt Nam và Kế hoạch 125/KH-CTĐ của Hội Chữ thập đỏ tỉnh. Dịp Tết năm nay, toàn tỉnh đặt chỉ tiêu vận động khoảng 3 tỷ đồng; đến nay đã được 2,35 tỷ đồng, đạt 78%.
Ngoài quà Tết, Hội còn tổ chức "Chợ Tết nhân ái" tại xã Gio An, nơi 500 hộ nghèo được phát phiếu để nhận miễn phí hàng hóa thiết yếu. Ông Kray Xông, Chủ tịch Hội Chữ thập đỏ xã A Dơi, cho biết nhiều năm nay hội viên trong xã góp gạo tiết kiệm để giúp nhau lúc giáp hạt.
Hội cũng phối hợp với Bệnh viện Đa khoa tỉnh khám bệnh, cấp thuốc miễn phí cho 620 lượt người cao tuổi tại xã Hướng Phùng.
Thanh Hà
Lượt truy cập: 45.812
Các tin khác
- Trao nhà nhân đạo cho hộ nghèo Triệu Phong (20/01/2013)
- Hội Chữ thập đỏ tỉnh tổng kết năm 2012 (10/01/2013)
- Cứu trợ người dân vùng lũ Hải Lăng (18/10/2012)
- Đakrông: khám bệnh miễn phí cho đồng bào Pa Kô (05/10/2012)
- Tập huấn phòng ngừa thảm họa cho tình nguyện viên (21/09/2012)
- Trao học bổng cho học sinh nghèo vượt khó (30/08/2012)
- Vĩnh Linh: hiến máu nhân đạo đợt 2 năm 2012 (15/08/2012)
- Hội Chữ thập đỏ tỉnh sơ kết 6 tháng đầu năm (20/07/2012)
- Những tấm lòng vàng giữa đại ngàn Trường Sơn (02/07/2012)
- Phát huy vai trò tình nguyện viên trong cứu trợ (18/06/2012)
- Cam Lộ tổ chức ngày hội hiến máu (14/06/2012)
- Xây dựng mô hình sơ cấp cứu dựa vào cộng đồng (28/05/2012)
- Gio Linh: trao xe đạp cho học sinh nghèo (15/05/2012)
- Hải Lăng: chăm lo cho nạn nhân chất độc da cam (02/05/2012)
""", "2013-01-31", "Trao 2.400 suất quà \"Tết nhân ái\" Quý Tỵ 2013 cho người nghèo miền núi",
E("trao_qua", None, "2013-01-28"),
[P("Hồ Thị Kim Liên", "Phó Chủ tịch Hội Chữ thập đỏ tỉnh"),
 P("Hồ Văn Păng", "Già làng"),
 P("Nguyễn Hữu Thành", "Chủ tịch Hội Chữ thập đỏ tỉnh"),
 P("Kray Xông", "Chủ tịch Hội Chữ thập đỏ xã A Dơi")],
[Q("2.400 suất quà", 2400, "suất quà"), Q("10 kg", 10, "kg"), Q("200.000 đồng", 200000, "đồng"),
 Q("hơn 1,1 tỷ đồng", 1100000000, "đồng", "over"), Q("350 suất quà", 350, "suất quà"),
 Q("300 suất quà", 300, "suất quà"), Q("20 chăn ấm", 20, "chăn ấm"), Q("khoảng 3 tỷ đồng", 3000000000, "đồng", "approx"),
 Q("2,35 tỷ đồng", 2350000000, "đồng"), Q("78%", 78, "%"), Q("500 hộ nghèo", 500, "hộ nghèo"),
 Q("620 lượt người cao tuổi", 620, "lượt người cao tuổi")],
[D("Hướng dẫn", "02", "HD-TWH", "2012-11-15", "Trung ương Hội Chữ thập đỏ Việt Nam", "Hướng dẫn số 02/HD-TWH ngày 15/11/2012"),
 D("Kế hoạch", "125", "KH-CTĐ", None, "Hội Chữ thập đỏ tỉnh", "Kế hoạch 125/KH-CTĐ")],
[prov("Quảng Trị"), com("Hướng Phùng"), com("Tà Long"), com("Gio An"), com("A Dơi")],
["HỘI CHỮ THẬP ĐỎ TỈNH QUẢNG TRỊ", "Bạn đang ở: Trang chủ > Tin tức - Sự kiện > Tết nhân ái",
 "Đồng chí Hồ Thị Kim Liên trao quà cho hộ nghèo xã Hướng Phùng.", "Tết nhân ái", "Chợ Tết nhân ái",
 "Công ty cổ phần Cao su Quảng Trị", "Lượt truy cập: 45.812"],
["08:30 | 31/01/2013", "Quý Tỵ 2013", "Lượt truy cập: 45.812"]))

PAGES.append(page("b3464-gialai-ctd-soket-2014", """
Báo Gia Lai điện tử
Xã hội › Nhân đạo - Từ thiện
18/07/2014 - 15:20
Hội Chữ thập đỏ tỉnh: Nhiều hoạt động thiết thực hướng về người nghèo
(GLO) - Ngày 17/7, Hội Chữ thập đỏ tỉnh Gia Lai tổ chức hội nghị sơ kết công tác Hội 6 tháng đầu năm 2014, triển khai nhiệm vụ 6 tháng cuối năm. Bà Rơ Châm H'Nguyên, Tỉnh ủy viên, Chủ tịch Hội Chữ thập đỏ tỉnh chủ trì hội nghị.
Toàn cảnh hội nghị. Ảnh: Minh Nguyên
Theo báo cáo, 6 tháng qua các cấp Hội đã vận động tiền và hàng hóa trị giá khoảng 8,4 tỷ đồng, đạt 56% kế hoạch năm. Trong dịp Tết Giáp Ngọ, các cấp Hội trao 11.250 suất quà cho hộ nghèo, nạn nhân chất độc da cam, trẻ em mồ côi; phối hợp khám bệnh, cấp thuốc miễn phí cho 3.800 lượt người ở 14 xã vùng sâu. Phong trào hiến máu tình nguyện tiếp nhận 3.165 đơn vị máu, trong đó huyện Chư Sê và thị xã An Khê vượt chỉ tiêu.
Thực hiện Chỉ thị 05-CT/TU và Kết luận 62, 63-KL/TU của Ban Thường vụ Tỉnh ủy về công tác Hội Chữ thập đỏ và vận động hiến máu, Hội đã xây dựng 21 mô hình "Địa chỉ nhân đạo" ở các làng đồng bào Jrai, Bahnar. Hội viên tăng thêm 2.045 người, nâng tổng số hội viên toàn tỉnh lên hơn 76.000 người.
Tại hội nghị, ông Ksor Blới, Chủ tịch Hội Chữ thập đỏ huyện Ia Grai, phản ánh cán bộ Hội cấp xã chủ yếu kiêm nhiệm, phụ cấp thấp. Bà Siu H'Mlim, Phó Chủ tịch Hội Chữ thập đỏ xã Ia Dêr, cho biết xã đã vận động 37 hộ khá giả giúp đỡ 52 hộ nghèo bằng cây giống, con giống.
Phát biểu kết luận, bà Rơ Châm H'Nguyên yêu cầu 6 tháng cuối năm các cấp Hội triển khai tốt Tháng Nhân đạo, chuẩn bị nguồn lực cứu trợ mùa mưa lũ, phấn đấu tiếp nhận thêm 3.000 đơn vị máu. Hội cũng thống nhất trình UBND tỉnh dự thảo Quyết định về quy chế phối hợp với Sở Y tế.
Dịp này, Hội Chữ thập đỏ tỉnh trao giấy khen cho 6 tập thể, 9 cá nhân.
Minh Nguyên
Tin liên quan
- Ia Pa: 200 suất quà cho đồng bào nghèo (10/07/2014)
- Trao 15 con bò giống cho hộ nghèo huyện Kông Chro (02/07/2014)
- Ngày hội Giọt hồng tri ân tại Pleiku (14/06/2014)
- Nâng cao hiệu quả hoạt động nhân đạo ở cơ sở (25/06/2014)
- Hội Chữ thập đỏ Đak Đoa khám bệnh miễn phí cho người nghèo (18/06/2014)
- Trao xe lăn cho người khuyết tật huyện Krông Pa (09/06/2014)
- Đak Pơ: phát động Tháng Nhân đạo (20/05/2014)
- Tập huấn công tác xã hội cho cán bộ Hội cơ sở (12/05/2014)
- Hiến máu tình nguyện đợt 1 năm 2014 vượt kế hoạch (25/04/2014)
- Chư Păh: giúp đồng bào khó khăn ổn định cuộc sống (10/04/2014)
- Nhiều tấm lòng hướng về người nghèo dịp Tết (25/01/2014)
- Mang Yang: trao áo ấm cho trẻ em làng xa (10/01/2014)
- Ayun Pa: tủ thuốc nhân đạo đến với buôn làng (03/01/2014)
""", "2014-07-18", "Hội Chữ thập đỏ tỉnh: Nhiều hoạt động thiết thực hướng về người nghèo",
E("so_ket", "2014-H1", "2014-07-17"),
[P("Rơ Châm H'Nguyên", "Tỉnh ủy viên", "Chủ tịch Hội Chữ thập đỏ tỉnh"),
 P("Ksor Blới", "Chủ tịch Hội Chữ thập đỏ huyện Ia Grai"),
 P("Siu H'Mlim", "Phó Chủ tịch Hội Chữ thập đỏ xã Ia Dêr")],
[Q("khoảng 8,4 tỷ đồng", 8400000000, "đồng", "approx"), Q("56%", 56, "%"), Q("11.250 suất quà", 11250, "suất quà"),
 Q("3.800 lượt người", 3800, "lượt người"), Q("14 xã vùng sâu", 14, "xã vùng sâu"), Q("3.165 đơn vị máu", 3165, "đơn vị máu"),
 Q("21 mô hình", 21, "mô hình"), Q("2.045 người", 2045, "người"), Q("hơn 76.000 người", 76000, "người", "over"),
 Q("37 hộ khá giả", 37, "hộ khá giả"), Q("52 hộ nghèo", 52, "hộ nghèo"), Q("3.000 đơn vị máu", 3000, "đơn vị máu"),
 Q("6 tập thể", 6, "tập thể"), Q("9 cá nhân", 9, "cá nhân")],
[D("Chỉ thị", "05", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 05-CT/TU"),
 D("Kết luận", "62", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 62, 63-KL/TU"),
 D("Kết luận", "63", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 62, 63-KL/TU")],
[prov("Gia Lai"), com("Ia Dêr")],
["Báo Gia Lai điện tử", "Xã hội › Nhân đạo - Từ thiện", "(GLO)", "Toàn cảnh hội nghị. Ảnh: Minh Nguyên",
 "Địa chỉ nhân đạo", "Tháng Nhân đạo"],
["18/07/2014 - 15:20", "6 tháng đầu năm 2014", "6 tháng cuối năm", "Tết Giáp Ngọ"]))

PAGES.append(page("b3465-angiang-ctd-taphuan-2015", """
Cổng thông tin điện tử tỉnh An Giang
Trang chủ >> Tin tức - Sự kiện >> Văn hóa - Xã hội
Ngày đăng 08/05/2015 | 10:15
Ảnh: Học viên thực hành băng bó vết thương.
Tập huấn sơ cấp cứu cho 120 tình nguyện viên Chữ thập đỏ vùng biên giới
Trong 2 ngày 06 và 07/5/2015, Hội Chữ thập đỏ tỉnh An Giang phối hợp với Trung tâm Huấn luyện sơ cấp cứu Trung ương Hội tổ chức lớp tập huấn kỹ năng sơ cấp cứu ban đầu năm 2015 cho 120 tình nguyện viên, hội viên Chữ thập đỏ của các xã biên giới thuộc huyện Tịnh Biên, Tri Tôn và An Phú.
Phát biểu khai mạc, ông Trần Văn Nhỏ, Phó Chủ tịch Thường trực Hội Chữ thập đỏ tỉnh cho biết, lớp học thực hiện theo Kế hoạch số 18/KH-HCTĐ ngày 12/3/2015 của Ban Thường vụ Hội Chữ thập đỏ tỉnh và nằm trong Dự án "Nâng cao năng lực ứng phó thảm họa dựa vào cộng đồng" do Hội Chữ thập đỏ Đức tài trợ với kinh phí khoảng 450 triệu đồng.
Trong chương trình, các học viên được giảng viên hướng dẫn cách cầm máu, băng bó, cố định gãy xương, hô hấp nhân tạo, vận chuyển người bị nạn và xử trí đuối nước – tai nạn thường gặp ở vùng sông nước mùa lũ. Mỗi học viên được cấp 1 túi sơ cấp cứu và giấy chứng nhận.
Anh Chau Sóc Thanh, Chủ tịch Hội Chữ thập đỏ xã An Cư, huyện Tịnh Biên, cho biết xã có 3 tổ sơ cấp cứu với 24 thành viên, phần lớn là thanh niên người Khmer. Chị Néang Sa Rết, tình nguyện viên ấp Phnôm Pi, xã Lê Trì, mong được học thêm về chăm sóc người già và trẻ nhỏ.
Theo bà Nguyễn Thị Lệ Hằng, Trưởng ban Công tác xã hội Hội Chữ thập đỏ tỉnh, năm 2014 các đội sơ cấp cứu của Hội đã tham gia cứu giúp 87 vụ tai nạn giao thông, tai nạn sông nước, sơ cứu cho hơn 300 người. Năm 2015, Hội phấn đấu mỗi xã biên giới có ít nhất 1 đội sơ cấp cứu; đến nay đã thành lập được 28 đội tại 25 xã, thị trấn.
Kết thúc lớp tập huấn, 100% học viên đạt yêu cầu. Hội cũng trao 40 áo phao và 2 xuồng cứu hộ cho các tổ xung kích xã Khánh An, huyện An Phú.
Ngọc Trâm
Xem thêm
- An Giang phát động Tháng Nhân đạo năm 2015 (05/05/2015)
- Trao 30 căn nhà Đại đoàn kết cho đồng bào Khmer Tri Tôn (20/04/2015)
- Hiến máu tình nguyện đợt 1 năm 2015 thu gần 1.500 đơn vị máu (10/03/2015)
- Châu Đốc ra mắt câu lạc bộ hiến máu dự bị (15/03/2015)
- Thoại Sơn: xây dựng cầu nông thôn từ nguồn vận động (03/03/2015)
- Tri Tôn: hỗ trợ nước sạch cho hộ nghèo vùng cao (25/02/2015)
- Tân Châu: chăm lo Tết cho người nghèo (10/02/2015)
- Chợ Mới: nhiều mô hình nhân đạo thiết thực (28/01/2015)
- Hội Chữ thập đỏ tỉnh tổng kết năm 2014 (15/01/2015)
- Phú Tân: hiến máu tình nguyện đầu xuân (06/01/2015)
- Long Xuyên: trao quà cho người khuyết tật (28/12/2014)
""", "2015-05-08", "Tập huấn sơ cấp cứu cho 120 tình nguyện viên Chữ thập đỏ vùng biên giới",
E("tap_huan", "2015", "2015-05-06"),
[P("Trần Văn Nhỏ", "Phó Chủ tịch Thường trực Hội Chữ thập đỏ tỉnh"),
 P("Chau Sóc Thanh", "Chủ tịch Hội Chữ thập đỏ xã An Cư"),
 P("Néang Sa Rết", "tình nguyện viên ấp Phnôm Pi"),
 P("Nguyễn Thị Lệ Hằng", "Trưởng ban Công tác xã hội Hội Chữ thập đỏ tỉnh")],
[Q("120 tình nguyện viên", 120, "tình nguyện viên"), Q("khoảng 450 triệu đồng", 450000000, "đồng", "approx"),
 Q("3 tổ sơ cấp cứu", 3, "tổ sơ cấp cứu"), Q("24 thành viên", 24, "thành viên"), Q("87 vụ tai nạn giao thông, tai nạn sông nước", 87, "vụ tai nạn giao thông, tai nạn sông nước"),
 Q("hơn 300 người", 300, "người", "over"), Q("ít nhất 1 đội sơ cấp cứu", 1, "đội sơ cấp cứu", "over"), Q("28 đội", 28, "đội"), Q("25 xã, thị trấn", 25, "xã, thị trấn"),
 Q("100%", 100, "%"), Q("40 áo phao", 40, "áo phao"), Q("2 xuồng cứu hộ", 2, "xuồng cứu hộ")],
[D("Kế hoạch", "18", "KH-HCTĐ", "2015-03-12", "Ban Thường vụ Hội Chữ thập đỏ tỉnh", "Kế hoạch số 18/KH-HCTĐ ngày 12/3/2015")],
[prov("An Giang"), com("An Cư"), com("Lê Trì"), com("Khánh An")],
["Cổng thông tin điện tử tỉnh An Giang", "Trang chủ >> Tin tức - Sự kiện >> Văn hóa - Xã hội",
 "Ảnh: Học viên thực hành băng bó vết thương.", "Nâng cao năng lực ứng phó thảm họa dựa vào cộng đồng",
 "Hội Chữ thập đỏ Đức", "Trung tâm Huấn luyện sơ cấp cứu Trung ương Hội"],
["Ngày đăng 08/05/2015 | 10:15", "2 ngày", "năm 2015", "năm 2014", "1 túi sơ cấp cứu"]))

PAGES.append(page("b3466-hagiang-cuutro-2016", """
BÁO HÀ GIANG ĐIỆN TỬ
Tin tức | Xã hội | Nhân đạo
Thứ Sáu, 12/08/2016, 14:05
Hội Chữ thập đỏ tỉnh hỗ trợ khẩn cấp người dân vùng lũ Hoàng Su Phì
Sáng 11/8, đoàn công tác của Hội Chữ thập đỏ tỉnh do bà Nguyễn Thị Thu Hà, Phó Chủ tịch Hội Chữ thập đỏ tỉnh làm trưởng đoàn đã đến thăm, trao quà hỗ trợ khẩn cấp cho các hộ dân bị thiệt hại do lũ quét tại xã Nậm Ty và xã Thông Nguyên, huyện Hoàng Su Phì.
Bà Nguyễn Thị Thu Hà trao tiền hỗ trợ cho gia đình có người bị nạn.
Trận lũ quét đêm 5/8 đã làm 4 người chết, 2 người mất tích, 17 ngôi nhà bị cuốn trôi hoàn toàn và hơn 60 ha lúa, ngô bị vùi lấp. Tại buổi trao quà, đoàn đã trao 5 triệu đồng cho mỗi gia đình có người bị chết, mất tích; 3 triệu đồng cho mỗi hộ có nhà bị cuốn trôi; đồng thời trao 150 bộ dụng cụ gia đình, 150 tấm bạt và 3 tấn gạo cho các hộ bị ảnh hưởng. Tổng giá trị hỗ trợ đợt này khoảng 420 triệu đồng, từ nguồn Quỹ cứu trợ của Trung ương Hội Chữ thập đỏ Việt Nam và các nhà hảo tâm.
Ông Hoàng Văn Sử, Chủ tịch UBND xã Nậm Ty cho biết, toàn xã có 213 hộ bị ảnh hưởng, chủ yếu là đồng bào Dao, La Chí. Anh Lù Seo Dính, người dân thôn Nậm Lương, xúc động khi nhận tiền hỗ trợ: gia đình anh mất toàn bộ nhà cửa, lúa giống. Già làng Vàng Sín Pà ở thôn Chiến Thắng, xã Thông Nguyên cảm ơn Hội đã đến kịp thời.
Ngay sau lũ, Hội Chữ thập đỏ tỉnh Hà Giang đã phát lời kêu gọi ủng hộ theo Công văn số 92/CV-CTĐ ngày 7/8/2016 và thực hiện theo Nghị định số 64/2008/NĐ-CP của Chính phủ về vận động, tiếp nhận, phân phối và sử dụng các nguồn đóng góp tự nguyện hỗ trợ nhân dân khắc phục khó khăn do thiên tai. Đến ngày 10/8, Hội đã tiếp nhận hơn 1,2 tỷ đồng tiền mặt và hàng hóa từ các cơ quan, doanh nghiệp, cá nhân trong và ngoài tỉnh.
Bà Nguyễn Thị Thu Hà đề nghị chính quyền xã rà soát, công khai danh sách hộ được hỗ trợ, không để sót, trùng. Đội xung kích Chữ thập đỏ huyện với 35 tình nguyện viên tiếp tục giúp dân dọn dẹp, dựng lại nhà tạm.
Hoàng Anh - Vương Hà
Tin cùng chuyên mục
- Xín Mần: Hội Chữ thập đỏ trao 50 suất học bổng (05/08/2016)
- Bắc Quang tiếp nhận 230 đơn vị máu (28/07/2016)
- Trao nhà nhân đạo cho hộ nghèo xã Lũng Cú (15/07/2016)
- Đồng Văn: tặng áo ấm cho học sinh vùng cao (01/07/2016)
- Quản Bạ: phát động hiến máu tình nguyện đợt 2 (22/06/2016)
- Hội Chữ thập đỏ tỉnh sơ kết công tác 6 tháng (15/06/2016)
- Vị Xuyên: mô hình tủ thuốc nhân đạo ở thôn (02/06/2016)
- Yên Minh: trao bò giống cho hộ nghèo (20/05/2016)
- Mèo Vạc: tập huấn sơ cấp cứu cho tình nguyện viên (10/05/2016)
- Bắc Mê: khám bệnh miễn phí cho người cao tuổi (28/04/2016)
""", "2016-08-12", "Hội Chữ thập đỏ tỉnh hỗ trợ khẩn cấp người dân vùng lũ Hoàng Su Phì",
E("trao_qua", None, "2016-08-11"),
[P("Nguyễn Thị Thu Hà", "Phó Chủ tịch Hội Chữ thập đỏ tỉnh"),
 P("Hoàng Văn Sử", "Chủ tịch UBND xã Nậm Ty"),
 P("Lù Seo Dính"),
 P("Vàng Sín Pà", "Già làng")],
[Q("4 người", 4, "người"), Q("2 người", 2, "người"), Q("17 ngôi nhà", 17, "ngôi nhà"), Q("hơn 60 ha", 60, "ha", "over"),
 Q("5 triệu đồng", 5000000, "đồng"), Q("3 triệu đồng", 3000000, "đồng"), Q("150 bộ dụng cụ gia đình", 150, "bộ dụng cụ gia đình"),
 Q("150 tấm bạt", 150, "tấm bạt"), Q("3 tấn", 3, "tấn"), Q("khoảng 420 triệu đồng", 420000000, "đồng", "approx"),
 Q("213 hộ", 213, "hộ"), Q("hơn 1,2 tỷ đồng", 1200000000, "đồng", "over"), Q("35 tình nguyện viên", 35, "tình nguyện viên")],
[D("Công văn", "92", "CV-CTĐ", "2016-08-07", "Hội Chữ thập đỏ tỉnh", "Công văn số 92/CV-CTĐ ngày 7/8/2016"),
 D("Nghị định", "64", "2008/NĐ-CP", None, "Chính phủ", "Nghị định số 64/2008/NĐ-CP")],
[prov("Hà Giang"), com("Nậm Ty"), com("Thông Nguyên")],
["BÁO HÀ GIANG ĐIỆN TỬ", "Tin tức | Xã hội | Nhân đạo", "Bà Nguyễn Thị Thu Hà trao tiền hỗ trợ cho gia đình có người bị nạn.",
 "Quỹ cứu trợ của Trung ương Hội Chữ thập đỏ Việt Nam"],
["Thứ Sáu, 12/08/2016, 14:05", "đêm 5/8", "ngày 10/8"]))
