from lib import *
PAGES = []

PAGES.append(page("b8765-laocai-mttq-traoqua-2011", """
ỦY BAN MTTQ VIỆT NAM TỈNH LÀO CAI
Trang chủ » Hoạt động Mặt trận » Vì người nghèo
Thứ Ba, 25/01/2011 - 16:20
Lào Cai: Trao 1.200 suất quà Tết vì người nghèo Xuân Tân Mão 2011
Ngày 24/01/2011, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lào Cai phối hợp với Hội Chữ thập đỏ tỉnh tổ chức chương trình "Tết vì người nghèo và nạn nhân chất độc da cam" tại xã Bản Lầu và xã Tả Van. Đồng chí Lương Thị Hạnh, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh dẫn đầu đoàn; cùng đi có đồng chí Hoàng Văn Luân, Phó Chủ tịch UBND tỉnh.
Đồng chí Lương Thị Hạnh trao quà cho hộ nghèo xã Bản Lầu. Ảnh: Minh Đức
Thực hiện Kế hoạch số 68/KH-MTTQ-BTT ngày 10/12/2010 của Ban Thường trực Ủy ban MTTQ tỉnh về vận động chăm lo Tết cho người nghèo và Chỉ thị số 32-CT/TU của Ban Thường vụ Tỉnh ủy về tổ chức Tết Nguyên đán Tân Mão, năm nay Quỹ "Vì người nghèo" các cấp trong tỉnh đã vận động được hơn 4,6 tỷ đồng. Từ nguồn quỹ và sự hỗ trợ của các doanh nghiệp, Mặt trận các cấp trao 1.200 suất quà cho hộ nghèo, mỗi suất gồm 20 kg gạo và 300.000 đồng tiền mặt, tổng kinh phí khoảng 480 triệu đồng. Riêng tại 2 xã Bản Lầu, Tả Van, đoàn trao 350 suất quà cho các hộ nghèo người Mông, Dao, Giáy.
Tham gia đoàn còn có các đồng chí Vàng A Dinh, Lục Thị Hoa - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, cùng đại diện Hội Chữ thập đỏ và Ngân hàng Chính sách xã hội tỉnh.
Báo cáo với đoàn, ông Sùng A Chớ, Bí thư Đảng ủy xã Bản Lầu cho biết, xã hiện còn 412 hộ nghèo, chiếm 38,5% số hộ; năm 2010, từ nguồn hỗ trợ theo Quyết định số 167/2008/QĐ-TTg của Thủ tướng Chính phủ, xã đã làm mới được 27 căn nhà cho hộ nghèo. Nhiều hộ người Mông ở các thôn vùng cao đã chuyển sang trồng chuối, nuôi lợn đen, có của ăn của để.
Tại xã Tả Van, bà Tẩn Thị Mẩy, người Dao ở thôn Séo Mý Tỷ, xúc động nói: "Có gạo, có tiền, nhà mình có Tết rồi. Cảm ơn Đảng, cảm ơn Mặt trận đã nhớ đến người nghèo vùng cao".
Phát biểu tại buổi trao quà, đồng chí Lương Thị Hạnh mong bà con đón Tết vui tươi, tiết kiệm, không mê tín dị đoan, không nghe kẻ xấu lôi kéo vượt biên hay theo đạo trái pháp luật. Đồng chí đề nghị cấp ủy, chính quyền xã rà soát kỹ, bảo đảm 100% hộ nghèo, gia đình chính sách đều có quà Tết, không để hộ nào thiếu đói trong dịp Tết.
Cùng ngày, đồng chí Hoàng Văn Luân thăm và tặng 20 suất quà cho các cháu mồ côi tại Trung tâm Bảo trợ xã hội tỉnh.
Thanh Hà
Lượt xem: 1.024
Tin liên quan
- Mường Khương: hơn 600 suất quà đến với hộ nghèo biên giới (20/01/2011)
- Sa Pa ra quân vận động Quỹ "Vì người nghèo" năm 2011 (14/01/2011)
- Bảo Thắng trao 45 nhà Đại đoàn kết (06/01/2011)
- Hội nghị tổng kết công tác Mặt trận năm 2010 (28/12/2010)
""", "2011-01-25", "Lào Cai: Trao 1.200 suất quà Tết vì người nghèo Xuân Tân Mão 2011",
E("trao_qua", None, "2011-01-24"),
[P("Lương Thị Hạnh", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hoàng Văn Luân", "Phó Chủ tịch UBND tỉnh"),
 P("Vàng A Dinh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lục Thị Hoa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Sùng A Chớ", "Bí thư Đảng ủy xã Bản Lầu"),
 P("Tẩn Thị Mẩy")],
[Q("hơn 4,6 tỷ đồng", 4600000000, "đồng", "over"), Q("1.200 suất quà", 1200, "suất quà"),
 Q("20 kg gạo", 20, "kg"), Q("300.000 đồng", 300000, "đồng"), Q("khoảng 480 triệu đồng", 480000000, "đồng", "approx"),
 Q("2 xã", 2, "xã"), Q("350 suất quà", 350, "suất quà"), Q("412 hộ nghèo", 412, "hộ nghèo"), Q("38,5%", 38.5, "%"),
 Q("27 căn nhà", 27, "căn nhà"), Q("100%", 100, "%"), Q("20 suất quà", 20, "suất quà")],
[D("Kế hoạch", "68", "KH-MTTQ-BTT", "2010-12-10", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 68/KH-MTTQ-BTT ngày 10/12/2010"),
 D("Chỉ thị", "32", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 32-CT/TU"),
 D("Quyết định", "167", "2008/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 167/2008/QĐ-TTg")],
[prov("Lào Cai"), com("Bản Lầu"), com("Tả Van")],
["ỦY BAN MTTQ VIỆT NAM TỈNH LÀO CAI", "Trang chủ » Hoạt động Mặt trận » Vì người nghèo",
 "Đồng chí Lương Thị Hạnh trao quà cho hộ nghèo xã Bản Lầu. Ảnh: Minh Đức",
 "Tết vì người nghèo và nạn nhân chất độc da cam", "Vì người nghèo", "Lượt xem: 1.024"],
["Thứ Ba, 25/01/2011 - 16:20", "Xuân Tân Mão 2011", "năm 2010", "Lượt xem: 1.024"]))

PAGES.append(page("b8766-namdinh-ldld-traoqua-2012", """
Báo Nam Định điện tử
Xã hội | Lao động - Việc làm
Cập nhật: 08:30, 12/01/2012 (GMT+7)
Hơn 3.000 công nhân lao động được hỗ trợ đón Tết Nhâm Thìn
(NĐ) - Ngày 11/1, Liên đoàn Lao động (LĐLĐ) tỉnh tổ chức chương trình "Tết vì công nhân lao động" năm 2012 tại Khu công nghiệp Hòa Xá, trao 500 suất quà cho đoàn viên, công nhân có hoàn cảnh khó khăn, mỗi suất 500.000 đồng. Dự có đồng chí Vũ Hồng Khanh, Phó Bí thư Thường trực Tỉnh ủy; đồng chí Nguyễn Thị Thu Hường, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Trịnh Quang Vinh, Chủ tịch LĐLĐ tỉnh.
Lãnh đạo tỉnh trao quà Tết cho công nhân Khu công nghiệp Hòa Xá. Ảnh: Văn Đông
Thực hiện Hướng dẫn số 1875/HD-TLĐ ngày 25/11/2011 của Tổng Liên đoàn Lao động Việt Nam về chăm lo Tết cho đoàn viên, người lao động và Chỉ thị số 12-CT/TU ngày 5/12/2011 của Ban Thường vụ Tỉnh ủy Nam Định, LĐLĐ tỉnh đã ban hành Kế hoạch số 86/KH-LĐLĐ, giao chỉ tiêu cho 10 LĐLĐ huyện, thành phố cùng các công đoàn ngành. Dịp Tết này, công đoàn các cấp dự kiến chăm lo cho 3.150 đoàn viên, công nhân lao động với tổng kinh phí trên 1,8 tỷ đồng; trong đó LĐLĐ tỉnh hỗ trợ 650 triệu đồng, còn lại do công đoàn cơ sở và người sử dụng lao động đóng góp.
Ngay tại khu công nghiệp, LĐLĐ tỉnh phối hợp với Sở Công Thương mở phiên chợ công nhân với 40 gian hàng bình ổn giá; 300 phiếu mua hàng trị giá 200.000 đồng được phát cho công nhân ở trọ. LĐLĐ tỉnh cũng tổ chức 2 chuyến xe đưa 90 công nhân quê ở các tỉnh miền núi phía Bắc về quê ăn Tết miễn phí.
Theo khảo sát, 96% doanh nghiệp có tổ chức công đoàn đã thông báo thưởng Tết; mức thưởng bình quân khoảng 1,5 triệu đồng/người, cao hơn năm trước. Tuy nhiên, vẫn còn 7 doanh nghiệp nợ lương, nợ bảo hiểm xã hội, chủ yếu trong ngành dệt may, da giày.
Tham dự chương trình còn có các đồng chí Phó Chủ tịch LĐLĐ tỉnh: Đặng Văn Toản, Lưu Thị Hằng. Chị Lê Thị Nhung, công nhân Công ty TNHH may Thiên Hương, quê xã Nam Thanh, chia sẻ: "Chồng em ốm cả năm, suất quà này giúp nhà em sắm được cái Tết cho hai đứa nhỏ".
Phát biểu tại buổi lễ, đồng chí Vũ Hồng Khanh đề nghị các cấp công đoàn phối hợp với chủ doanh nghiệp bảo đảm trả lương, thưởng đầy đủ, đúng hạn; quan tâm công nhân không về quê ăn Tết. Cùng ngày, đoàn đến thăm, tặng quà 15 gia đình công nhân có hoàn cảnh đặc biệt khó khăn ở phường Mỹ Xá và phường Lộc Hạ.
Minh Hằng
Các tin khác
- Nam Trực: trao 120 suất quà cho đoàn viên công đoàn (10/01/2012)
- Xuân Trường tổ chức Tết vì người nghèo (07/01/2012)
- Công đoàn Viên chức tỉnh thăm hỏi đoàn viên ốm đau (04/01/2012)
- Hội nghị tổng kết công tác công đoàn năm 2011 (27/12/2011)
""", "2012-01-12", "Hơn 3.000 công nhân lao động được hỗ trợ đón Tết Nhâm Thìn",
E("trao_qua", None, "2012-01-11"),
[P("Vũ Hồng Khanh", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Nguyễn Thị Thu Hường", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trịnh Quang Vinh", "Chủ tịch LĐLĐ tỉnh"),
 P("Đặng Văn Toản", "Phó Chủ tịch LĐLĐ tỉnh"),
 P("Lưu Thị Hằng", "Phó Chủ tịch LĐLĐ tỉnh"),
 P("Lê Thị Nhung", "công nhân Công ty TNHH may Thiên Hương")],
[Q("Hơn 3.000 công nhân lao động", 3000, "công nhân lao động", "over"), Q("500 suất quà", 500, "suất quà"),
 Q("500.000 đồng", 500000, "đồng"), Q("10 LĐLĐ huyện, thành phố", 10, "LĐLĐ huyện, thành phố"),
 Q("3.150 đoàn viên, công nhân lao động", 3150, "đoàn viên, công nhân lao động"),
 Q("trên 1,8 tỷ đồng", 1800000000, "đồng", "over"), Q("650 triệu đồng", 650000000, "đồng"),
 Q("40 gian hàng bình ổn giá", 40, "gian hàng bình ổn giá"), Q("300 phiếu mua hàng", 300, "phiếu mua hàng"),
 Q("200.000 đồng", 200000, "đồng"), Q("2 chuyến xe", 2, "chuyến xe"), Q("90 công nhân", 90, "công nhân"),
 Q("96%", 96, "%"), Q("khoảng 1,5 triệu đồng", 1500000, "đồng", "approx"), Q("7 doanh nghiệp", 7, "doanh nghiệp"),
 Q("15 gia đình công nhân", 15, "gia đình công nhân")],
[D("Hướng dẫn", "1875", "HD-TLĐ", "2011-11-25", "Tổng Liên đoàn Lao động Việt Nam", "Hướng dẫn số 1875/HD-TLĐ ngày 25/11/2011"),
 D("Chỉ thị", "12", "CT/TU", "2011-12-05", "Ban Thường vụ Tỉnh ủy Nam Định", "Chỉ thị số 12-CT/TU ngày 5/12/2011"),
 D("Kế hoạch", "86", "KH-LĐLĐ", None, "LĐLĐ tỉnh", "Kế hoạch số 86/KH-LĐLĐ")],
[prov("Nam Định"), com("Nam Thanh"), com("Mỹ Xá"), com("Lộc Hạ")],
["Báo Nam Định điện tử", "Xã hội | Lao động - Việc làm", "(NĐ)", "Tết vì công nhân lao động",
 "Lãnh đạo tỉnh trao quà Tết cho công nhân Khu công nghiệp Hòa Xá. Ảnh: Văn Đông", "Khu công nghiệp Hòa Xá"],
["Cập nhật: 08:30, 12/01/2012 (GMT+7)", "năm 2012", "Tết Nhâm Thìn"]))

PAGES.append(page("b8767-quangtri-mttq-hoinghi-2013", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HƯỚNG HÓA - TỈNH QUẢNG TRỊ
Bạn đang ở: Trang chủ > Tin tức - Sự kiện > Mặt trận - Đoàn thể
08/01/2013 | 09:30
Hướng Hóa: Phấn đấu không để hộ nào không có Tết
Sáng 7/1, Ban Thường trực Ủy ban MTTQ Việt Nam huyện Hướng Hóa tổ chức hội nghị triển khai công tác vận động, chăm lo Tết cho hộ nghèo năm 2013. Đồng chí Hồ Văn Năm, HUV, Chủ tịch Ủy ban MTTQ Việt Nam huyện chủ trì hội nghị; dự có đồng chí Trần Công Thuận, Phó Bí thư Thường trực Huyện ủy, cùng 22 xã, thị trấn.
Toàn cảnh hội nghị triển khai công tác chăm lo Tết.
Theo Kế hoạch số 02/KH-MT ngày 3/1/2013 của Ban Thường trực Ủy ban MTTQ huyện, Tết Quý Tỵ năm nay Mặt trận các cấp dự kiến trao 2.000 suất quà, mỗi suất trị giá 250.000 đồng, cho hộ nghèo, hộ cận nghèo đồng bào Vân Kiều, Pa Kô; tổng kinh phí dự kiến 620 triệu đồng, trong đó ngân sách huyện 200 triệu đồng, vận động xã hội hóa khoảng 420 triệu đồng. Huyện cũng đề nghị tỉnh hỗ trợ 95 tấn gạo cứu đói giáp hạt.
Toàn huyện hiện có 6.412 hộ nghèo, chiếm 41,5% số hộ, tập trung ở các xã vùng sâu biên giới như A Dơi, Ba Tầng, Hướng Lộc. Năm 2012, Quỹ "Vì người nghèo" huyện vận động được 1,12 tỷ đồng, hỗ trợ xây mới 46 nhà Đại đoàn kết và sửa chữa 18 nhà cho hộ nghèo.
Quán triệt Công văn số 15-CV/HU của Ban Thường vụ Huyện ủy về tổ chức Tết, đồng chí Trần Công Thuận yêu cầu Mặt trận và các đoàn thể phải rà soát danh sách từ thôn, bản, ưu tiên gia đình chính sách, người già neo đơn, trẻ mồ côi; công khai danh sách tại nhà văn hóa thôn; tuyệt đối không để xảy ra tình trạng trùng lặp, bỏ sót.
Các đồng chí Phó Chủ tịch Ủy ban MTTQ huyện: Lê Thị Hoa, Hồ Thị Chiên được phân công phụ trách các cụm xã Lìa và cụm xã Khe Sanh. Tại hội nghị, ông Pả Thiên, Trưởng thôn Xa Rường, xã Hướng Lộc, đề nghị quà Tết nên kèm theo giống lúa, giống ngô để bà con có cái gieo trồng sau Tết. Bà Kray Thị Lan, Chủ tịch Ủy ban MTTQ xã A Dơi, cho biết xã đã vận động được 37 triệu đồng từ các hộ kinh doanh trên địa bàn.
Đồng chí Hồ Văn Năm đề nghị Ủy ban MTTQ thị trấn Lao Bảo và thị trấn Khe Sanh vận động các doanh nghiệp, tiểu thương ủng hộ, hoàn thành việc trao quà trước ngày 5/2/2013.
Dịp này, Ủy ban MTTQ tỉnh Quảng Trị phân bổ cho huyện 300 suất quà từ nguồn vận động của các nhà hảo tâm, mỗi suất 400.000 đồng; Bộ đội Biên phòng tỉnh phối hợp tổ chức chương trình "Xuân biên giới ấm lòng dân bản" tại 4 xã giáp biên, dự kiến tặng 500 chăn ấm cho người già, trẻ em.
Hồng Nhung - MTTQ huyện
Tin khác
- Đoàn công tác Ủy ban MTTQ tỉnh thăm, tặng quà xã Thanh (04/01/2013)
- Hướng Hóa bàn giao 12 nhà Đại đoàn kết (28/12/2012)
- Tổng kết công tác Mặt trận năm 2012 (21/12/2012)
""", "2013-01-08", "Hướng Hóa: Phấn đấu không để hộ nào không có Tết",
E("hoi_nghi", "2013", "2013-01-07"),
[P("Hồ Văn Năm", "HUV", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Trần Công Thuận", "Phó Bí thư Thường trực Huyện ủy"),
 P("Lê Thị Hoa", "Phó Chủ tịch Ủy ban MTTQ huyện"),
 P("Hồ Thị Chiên", "Phó Chủ tịch Ủy ban MTTQ huyện"),
 P("Pả Thiên", "Trưởng thôn Xa Rường"),
 P("Kray Thị Lan", "Chủ tịch Ủy ban MTTQ xã A Dơi")],
[Q("22 xã, thị trấn", 22, "xã, thị trấn"), Q("2.000 suất quà", 2000, "suất quà"), Q("250.000 đồng", 250000, "đồng"),
 Q("620 triệu đồng", 620000000, "đồng"), Q("200 triệu đồng", 200000000, "đồng"),
 Q("khoảng 420 triệu đồng", 420000000, "đồng", "approx"), Q("95 tấn gạo", 95, "tấn"),
 Q("6.412 hộ nghèo", 6412, "hộ nghèo"), Q("41,5%", 41.5, "%"), Q("1,12 tỷ đồng", 1120000000, "đồng"),
 Q("46 nhà Đại đoàn kết", 46, "nhà Đại đoàn kết"), Q("18 nhà", 18, "nhà"), Q("37 triệu đồng", 37000000, "đồng"),
 Q("300 suất quà", 300, "suất quà"), Q("400.000 đồng", 400000, "đồng"), Q("4 xã giáp biên", 4, "xã giáp biên"),
 Q("500 chăn ấm", 500, "chăn ấm")],
[D("Kế hoạch", "02", "KH-MT", "2013-01-03", "Ban Thường trực Ủy ban MTTQ huyện", "Kế hoạch số 02/KH-MT ngày 3/1/2013"),
 D("Công văn", "15", "CV/HU", None, "Ban Thường vụ Huyện ủy", "Công văn số 15-CV/HU")],
[prov("Quảng Trị"), com("A Dơi"), com("Ba Tầng"), com("Hướng Lộc"), com("Lao Bảo"), com("Khe Sanh")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HƯỚNG HÓA - TỈNH QUẢNG TRỊ", "Bạn đang ở: Trang chủ > Tin tức - Sự kiện > Mặt trận - Đoàn thể",
 "Toàn cảnh hội nghị triển khai công tác chăm lo Tết.", "Vì người nghèo", "Xuân biên giới ấm lòng dân bản"],
["08/01/2013 | 09:30", "năm 2013", "Năm 2012", "Tết Quý Tỵ"]))

PAGES.append(page("b8768-soctrang-bdv-traoqua-2014", """
Báo Sóc Trăng Online
Trang chủ / Chính trị / Dân tộc - Tôn giáo
08:15 | 22/01/2014
Trao 800 phần quà Tết cho hộ nghèo đồng bào Khmer
(STO) - Ngày 21/1, đoàn công tác Ban Dân vận Tỉnh ủy Sóc Trăng do đồng chí Lâm Thị Sa Phol, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy làm trưởng đoàn đã đến thăm, chúc Tết và trao 800 phần quà cho hộ nghèo đồng bào Khmer tại xã Lâm Kiết, xã Lâm Tân và xã Vĩnh Hiệp. Mỗi phần quà trị giá 400.000 đồng, gồm 10 kg gạo, nhu yếu phẩm và tiền mặt.
Đồng chí Lâm Thị Sa Phol trao quà cho hộ nghèo xã Lâm Kiết.
Chương trình do Ban Dân vận Tỉnh ủy phối hợp với Ủy ban MTTQ Việt Nam tỉnh vận động các doanh nghiệp, nhà hảo tâm, tổng kinh phí hơn 380 triệu đồng. Đây là hoạt động thực hiện Kế hoạch số 112-KH/BDVTU của Ban Dân vận Tỉnh ủy về chăm lo Tết Nguyên đán Giáp Ngọ 2014 và Chương trình hành động số 23-CTr/TU của Tỉnh ủy thực hiện Chỉ thị 68-CT/TW của Ban Bí thư về công tác ở vùng đồng bào dân tộc Khmer.
Cùng đi với đoàn có các đồng chí Thạch Sô Phanh, Phó Trưởng Ban Dân vận Tỉnh ủy; Kim Thị Sa Vươn, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, và đại diện Ban Dân tộc tỉnh. Đoàn cũng thăm, chúc Tết 6 chùa Phật giáo Nam tông Khmer và tặng quà 52 người có uy tín trong đồng bào dân tộc theo Quyết định số 18/2011/QĐ-TTg ngày 18/3/2011 của Thủ tướng Chính phủ, mỗi người 500.000 đồng.
Tại chùa Kos Thum, Đại đức Lý Sóc Xa Rắc, trụ trì chùa Kos Thum, cảm ơn sự quan tâm của Tỉnh ủy và mong muốn các cấp tiếp tục hỗ trợ mở lớp dạy chữ Khmer hè cho con em đồng bào. Ông Sơn Ngọc Thạnh, người có uy tín ấp Tà Kết, xã Lâm Kiết, cho biết năm qua ấp có 34 hộ thoát nghèo nhờ vay vốn nuôi bò và trồng màu.
Theo Ban Dân vận Tỉnh ủy, toàn tỉnh có khoảng 397.000 người Khmer, chiếm 30,7% dân số; tỷ lệ hộ nghèo trong đồng bào Khmer vẫn cao hơn mức chung của tỉnh. Dịp Tết Giáp Ngọ, các cấp, các ngành trong tỉnh dự kiến trao trên 42.000 phần quà cho hộ nghèo, gia đình chính sách với tổng trị giá trên 19 tỷ đồng.
Phát biểu tại buổi trao quà, đồng chí Lâm Thị Sa Phol mong bà con đón Tết vui vẻ, an toàn, tiết kiệm; tiếp tục đoàn kết, giữ gìn an ninh trật tự phum, sóc; phát huy tinh thần tương thân tương ái theo phương châm "nghe dân nói, nói dân hiểu, làm dân tin".
Trong dịp này, bà Sơn Thị Nga, Chủ tịch Ủy ban MTTQ xã Lâm Tân, đã tiếp nhận 50 suất học bổng trị giá 1 triệu đồng/suất do một doanh nghiệp trao cho học sinh nghèo hiếu học. Đại diện Đảng ủy xã Vĩnh Hiệp cũng báo cáo kết quả xây dựng 15 căn nhà Đại đoàn kết trong năm 2013.
Thạch Đa Ra
Tin liên quan
- Trà Cú: 1.200 phần quà cho người nghèo đón Tết (20/01/2014)
- Thăm, chúc Tết các chức sắc tôn giáo (17/01/2014)
- Ngã Năm tổng kết công tác dân vận năm 2013 (10/01/2014)
- Hội nghị người có uy tín tỉnh Sóc Trăng năm 2013 (27/12/2013)
""", "2014-01-22", "Trao 800 phần quà Tết cho hộ nghèo đồng bào Khmer",
E("trao_qua", None, "2014-01-21"),
[P("Lâm Thị Sa Phol", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thạch Sô Phanh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Kim Thị Sa Vươn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lý Sóc Xa Rắc", "Đại đức", "trụ trì chùa Kos Thum"),
 P("Sơn Ngọc Thạnh", "người có uy tín ấp Tà Kết"),
 P("Sơn Thị Nga", "Chủ tịch Ủy ban MTTQ xã Lâm Tân")],
[Q("800 phần quà", 800, "phần quà"), Q("400.000 đồng", 400000, "đồng"), Q("10 kg gạo", 10, "kg"),
 Q("hơn 380 triệu đồng", 380000000, "đồng", "over"), Q("6 chùa Phật giáo Nam tông Khmer", 6, "chùa Phật giáo Nam tông Khmer"),
 Q("52 người có uy tín", 52, "người có uy tín"), Q("500.000 đồng", 500000, "đồng"), Q("34 hộ", 34, "hộ"),
 Q("khoảng 397.000 người Khmer", 397000, "người Khmer", "approx"), Q("30,7%", 30.7, "%"),
 Q("trên 42.000 phần quà", 42000, "phần quà", "over"), Q("trên 19 tỷ đồng", 19000000000, "đồng", "over"),
 Q("50 suất học bổng", 50, "suất học bổng"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("15 căn nhà Đại đoàn kết", 15, "căn nhà Đại đoàn kết")],
[D("Kế hoạch", "112", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 112-KH/BDVTU"),
 D("Chương trình hành động", "23", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 23-CTr/TU"),
 D("Chỉ thị", "68", "CT/TW", None, "Ban Bí thư", "Chỉ thị 68-CT/TW"),
 D("Quyết định", "18", "2011/QĐ-TTg", "2011-03-18", "Thủ tướng Chính phủ", "Quyết định số 18/2011/QĐ-TTg ngày 18/3/2011")],
[prov("Sóc Trăng"), com("Lâm Kiết"), com("Lâm Tân"), com("Vĩnh Hiệp")],
["Báo Sóc Trăng Online", "Trang chủ / Chính trị / Dân tộc - Tôn giáo", "(STO)",
 "Đồng chí Lâm Thị Sa Phol trao quà cho hộ nghèo xã Lâm Kiết.", "nghe dân nói, nói dân hiểu, làm dân tin", "chùa Kos Thum"],
["08:15 | 22/01/2014", "Tết Nguyên đán Giáp Ngọ 2014", "năm 2013"]))

PAGES.append(page("b8769-thanhhoa-mttq-giamsat-2015", """
BÁO THANH HÓA - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH THANH HÓA
Chính trị » Mặt trận - Đoàn thể
05-02-2015 09:40
Ảnh: Đoàn giám sát kiểm tra việc cấp gạo tại xã Trung Lý.
Giám sát việc hỗ trợ gạo và quà Tết cho hộ nghèo tại huyện Mường Lát
Ngày 4/2, đoàn giám sát của Ban Thường trực Ủy ban MTTQ tỉnh Thanh Hóa do đồng chí Lê Thị Tuyết Mai, Phó Chủ tịch Ủy ban MTTQ tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách hỗ trợ dịp Tết Nguyên đán Ất Mùi 2015 tại huyện Mường Lát. Tiếp và làm việc với đoàn có Chủ tịch UBND huyện Mường Lát Hà Văn Ca và đại diện các phòng, ban.
Cuộc giám sát thực hiện theo Quyết định số 217-QĐ/TW và 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị và Kế hoạch số 05/KH-MTTQ-BTT ngày 20/1/2015 của Ban Thường trực Ủy ban MTTQ tỉnh về giám sát việc hỗ trợ Tết cho người nghèo năm 2015.
Theo báo cáo của UBND huyện, thực hiện Quyết định số 98/QĐ-TTg ngày 15/1/2015 của Thủ tướng Chính phủ về xuất cấp gạo dự trữ quốc gia, huyện được cấp 186 tấn gạo để hỗ trợ 12.420 nhân khẩu thuộc 2.870 hộ thiếu đói dịp Tết và giáp hạt. Đến ngày 3/2, huyện đã cấp phát xong 100% số gạo về đến thôn, bản. Ngoài ra, huyện đã trao 3.210 suất quà của tỉnh, của huyện và các doanh nghiệp, mỗi suất 300.000 đồng; tổng kinh phí trên 1,2 tỷ đồng.
Qua kiểm tra thực tế tại 3 xã Trung Lý, Tam Chung và Pù Nhi, đoàn ghi nhận việc bình xét được công khai tại họp thôn, có biên bản, có chữ ký của trưởng bản và đại diện Ban công tác Mặt trận. Tuy nhiên, đoàn phát hiện 17 trường hợp chưa đúng đối tượng, chủ yếu là hộ đã tách khẩu nhưng vẫn kê khai chung; 2 bản ở xã Pù Nhi nhận gạo chậm 5 ngày do đường sạt lở.
Ông Thao Văn Sơ, Bí thư Chi bộ kiêm Trưởng bản Pù Quăn, xã Pù Nhi cho biết: "Bà con người Mông rất phấn khởi, có gạo là yên tâm ăn Tết, ra Tết lên nương". Bà Lò Thị Biên, Chủ tịch Ủy ban MTTQ xã Tam Chung, đề nghị tăng mức quà cho các hộ già cả neo đơn.
Kết luận buổi giám sát, đồng chí Lê Thị Tuyết Mai đề nghị UBND huyện chỉ đạo rà soát, điều chỉnh ngay 17 trường hợp nêu trên, bổ sung các hộ phát sinh thiếu đói; kiên quyết không để người dân nào thiếu đói trong dịp Tết. Mặt trận các xã phải phát huy vai trò của Ban Thanh tra nhân dân, tiếp nhận phản ánh của người dân qua hòm thư góp ý.
Cùng tham gia đoàn có các đồng chí: Vi Văn Hùng, Trưởng Ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh; Phạm Thị Lan Anh, Phó Trưởng Ban Tổ chức - Tuyên giáo Ủy ban MTTQ tỉnh.
Khánh Lộc
Tin cùng chuyên mục
- Ủy ban MTTQ tỉnh trao 100 nhà Đại đoàn kết (03/02/2015)
- Quan Sơn: đón Tết sớm cho đồng bào Thái (30/01/2015)
- Mặt trận Thanh Hóa tổng kết năm 2014 (26/12/2014)
""", "2015-02-05", "Giám sát việc hỗ trợ gạo và quà Tết cho hộ nghèo tại huyện Mường Lát",
E("giam_sat", None, "2015-02-04"),
[P("Lê Thị Tuyết Mai", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Hà Văn Ca", "Chủ tịch UBND huyện Mường Lát"),
 P("Thao Văn Sơ", "Bí thư Chi bộ kiêm Trưởng bản Pù Quăn"),
 P("Lò Thị Biên", "Chủ tịch Ủy ban MTTQ xã Tam Chung"),
 P("Vi Văn Hùng", "Trưởng Ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh"),
 P("Phạm Thị Lan Anh", "Phó Trưởng Ban Tổ chức - Tuyên giáo Ủy ban MTTQ tỉnh")],
[Q("186 tấn gạo", 186, "tấn"), Q("12.420 nhân khẩu", 12420, "nhân khẩu"), Q("2.870 hộ thiếu đói", 2870, "hộ thiếu đói"),
 Q("100%", 100, "%"), Q("3.210 suất quà", 3210, "suất quà"), Q("300.000 đồng", 300000, "đồng"),
 Q("trên 1,2 tỷ đồng", 1200000000, "đồng", "over"), Q("3 xã", 3, "xã"), Q("17 trường hợp", 17, "trường hợp"),
 Q("2 bản", 2, "bản")],
[D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW và 218-QĐ/TW ngày 12/12/2013"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "218-QĐ/TW ngày 12/12/2013"),
 D("Kế hoạch", "05", "KH-MTTQ-BTT", "2015-01-20", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 05/KH-MTTQ-BTT ngày 20/1/2015"),
 D("Quyết định", "98", "QĐ-TTg", "2015-01-15", "Thủ tướng Chính phủ", "Quyết định số 98/QĐ-TTg ngày 15/1/2015")],
[prov("Thanh Hóa"), com("Trung Lý"), com("Tam Chung"), com("Pù Nhi")],
["BÁO THANH HÓA - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH THANH HÓA", "Chính trị » Mặt trận - Đoàn thể",
 "Ảnh: Đoàn giám sát kiểm tra việc cấp gạo tại xã Trung Lý.", "Ban Thanh tra nhân dân"],
["05-02-2015 09:40", "Tết Nguyên đán Ất Mùi 2015", "năm 2015", "5 ngày"]))

PAGES.append(page("b8770-dongnai-ldld-tongket-2016", """
Báo Đồng Nai điện tử
Trang chủ › Xã hội › Công đoàn
Ngày đăng 06/01/2016 | 14:20
Toàn cảnh hội nghị. Ảnh: Huy Anh
LĐLĐ tỉnh dành hơn 25 tỷ đồng chăm lo Tết cho công nhân
Ngày 5/1, Liên đoàn Lao động tỉnh tổ chức hội nghị tổng kết hoạt động công đoàn năm 2015 và triển khai chương trình chăm lo Tết Bính Thân 2016 cho đoàn viên, người lao động. Dự hội nghị có đồng chí Mai Đức Thịnh, Ủy viên Đoàn Chủ tịch, Trưởng Ban Quan hệ lao động Tổng LĐLĐ Việt Nam; đồng chí Đinh Quốc Hưng, Phó Chủ tịch UBND tỉnh.
Năm 2015, công đoàn các cấp trong tỉnh phát triển mới 31.250 đoàn viên, thành lập 86 công đoàn cơ sở, đạt 102% kế hoạch. Công đoàn đã tham gia giải quyết 27 cuộc ngừng việc tập thể, bảo vệ quyền lợi cho hơn 14.000 người lao động. Chương trình "Mái ấm Công đoàn" hỗ trợ xây, sửa 58 căn nhà với kinh phí 2,9 tỷ đồng.
Theo Kế hoạch số 312/KH-LĐLĐ của LĐLĐ tỉnh, thực hiện Chỉ thị số 03/CT-TLĐ ngày 20/11/2015 của Đoàn Chủ tịch Tổng LĐLĐ Việt Nam, dịp Tết Bính Thân, công đoàn các cấp dự kiến chi hơn 25 tỷ đồng chăm lo cho khoảng 52.000 đoàn viên, công nhân lao động có hoàn cảnh khó khăn. Trong đó, LĐLĐ tỉnh trực tiếp trao 5.000 suất quà, mỗi suất 500.000 đồng; tổ chức 12 chuyến xe mùa xuân đưa 1.800 công nhân về quê ăn Tết tại các tỉnh miền Trung, Tây Nguyên.
Điểm mới năm nay là phiên "Chợ Tết công nhân" tại khu công nghiệp Amata và Nhơn Trạch với 10.000 phiếu mua hàng mỗi phiếu trị giá 100.000 đồng, do các doanh nghiệp và siêu thị tài trợ; công nhân được mua hàng giảm giá 10% so với giá niêm yết.
Báo cáo tại hội nghị cho biết, đến ngày 31/12/2015 có 92% doanh nghiệp đã công bố mức thưởng Tết; mức thưởng bình quân khoảng 4,5 triệu đồng/người, mức cao nhất 180 triệu đồng thuộc một doanh nghiệp có vốn đầu tư nước ngoài. Vẫn còn 11 doanh nghiệp nợ lương hơn 3,4 tỷ đồng của 1.260 lao động.
Chủ tịch LĐLĐ tỉnh Phan Thị Ngọc Trâm cho biết, LĐLĐ tỉnh đã phân công các đồng chí Phó Chủ tịch LĐLĐ tỉnh Trương Văn Đức, Hoàng Thị Kim Oanh trực tiếp theo dõi các doanh nghiệp có nguy cơ nợ lương, nợ thưởng, phối hợp với Sở Lao động - Thương binh và Xã hội xử lý. Bộ luật Lao động năm 2012 và các văn bản hướng dẫn được tuyên truyền tới 100% công đoàn cơ sở.
Phát biểu tại hội nghị, đồng chí Mai Đức Thịnh đánh giá Đồng Nai là một trong những địa phương dẫn đầu cả nước về chăm lo cho công nhân; đề nghị LĐLĐ tỉnh quan tâm nhà trọ, nhà trẻ cho con công nhân. Đồng chí Đinh Quốc Hưng giao các ngành phối hợp bảo đảm "không để người lao động nào không có Tết".
Anh Nguyễn Văn Hải, công nhân Công ty TNHH Pou Yuen ở phường An Bình, Biên Hòa, đại diện người lao động phát biểu cảm ơn. Hội nghị đã tặng bằng khen cho 35 tập thể và 62 cá nhân tiêu biểu.
Hải Quân
Tin khác
- Công đoàn KCN Biên Hòa trao 1.000 suất quà Tết (04/01/2016)
- Xã Thạnh Phú: công nhân được hỗ trợ vé xe về quê (29/12/2015)
- Hội thi "Nữ công nhân duyên dáng" (22/12/2015)
""", "2016-01-06", "LĐLĐ tỉnh dành hơn 25 tỷ đồng chăm lo Tết cho công nhân",
E("tong_ket", "2015", "2016-01-05"),
[P("Mai Đức Thịnh", "Ủy viên Đoàn Chủ tịch", "Trưởng Ban Quan hệ lao động Tổng LĐLĐ Việt Nam"),
 P("Đinh Quốc Hưng", "Phó Chủ tịch UBND tỉnh"),
 P("Phan Thị Ngọc Trâm", "Chủ tịch LĐLĐ tỉnh"),
 P("Trương Văn Đức", "Phó Chủ tịch LĐLĐ tỉnh"),
 P("Hoàng Thị Kim Oanh", "Phó Chủ tịch LĐLĐ tỉnh"),
 P("Nguyễn Văn Hải", "công nhân Công ty TNHH Pou Yuen")],
[Q("hơn 25 tỷ đồng", 25000000000, "đồng", "over"), Q("31.250 đoàn viên", 31250, "đoàn viên"),
 Q("86 công đoàn cơ sở", 86, "công đoàn cơ sở"), Q("102%", 102, "%"), Q("27 cuộc ngừng việc tập thể", 27, "cuộc ngừng việc tập thể"),
 Q("hơn 14.000 người lao động", 14000, "người lao động", "over"), Q("58 căn nhà", 58, "căn nhà"),
 Q("2,9 tỷ đồng", 2900000000, "đồng"), Q("khoảng 52.000 đoàn viên, công nhân lao động", 52000, "đoàn viên, công nhân lao động", "approx"),
 Q("5.000 suất quà", 5000, "suất quà"), Q("500.000 đồng", 500000, "đồng"), Q("12 chuyến xe mùa xuân", 12, "chuyến xe mùa xuân"),
 Q("1.800 công nhân", 1800, "công nhân"), Q("10.000 phiếu mua hàng", 10000, "phiếu mua hàng"), Q("100.000 đồng", 100000, "đồng"),
 Q("10%", 10, "%"), Q("92%", 92, "%"), Q("khoảng 4,5 triệu đồng", 4500000, "đồng", "approx"),
 Q("180 triệu đồng", 180000000, "đồng"), Q("11 doanh nghiệp", 11, "doanh nghiệp"), Q("hơn 3,4 tỷ đồng", 3400000000, "đồng", "over"),
 Q("1.260 lao động", 1260, "lao động"), Q("100% công đoàn cơ sở", 100, "%"), Q("35 tập thể", 35, "tập thể"),
 Q("62 cá nhân tiêu biểu", 62, "cá nhân tiêu biểu")],
[D("Kế hoạch", "312", "KH-LĐLĐ", None, "LĐLĐ tỉnh", "Kế hoạch số 312/KH-LĐLĐ"),
 D("Chỉ thị", "03", "CT-TLĐ", "2015-11-20", "Đoàn Chủ tịch Tổng LĐLĐ Việt Nam", "Chỉ thị số 03/CT-TLĐ ngày 20/11/2015")],
[prov("Đồng Nai"), com("An Bình")],
["Báo Đồng Nai điện tử", "Trang chủ › Xã hội › Công đoàn", "Toàn cảnh hội nghị. Ảnh: Huy Anh", "Mái ấm Công đoàn",
 "Chợ Tết công nhân", "Bộ luật Lao động năm 2012", "không để người lao động nào không có Tết"],
["Ngày đăng 06/01/2016 | 14:20", "năm 2015", "Tết Bính Thân 2016"]))
