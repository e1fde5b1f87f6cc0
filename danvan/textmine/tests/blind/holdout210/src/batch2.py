from lib import *
PAGES = []

PAGES.append(page("b5003-daklak-mttq-giamsat-2016", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH ĐẮK LẮK
Bạn đang ở: Trang chủ / Hoạt động giám sát và phản biện xã hội
Thứ Tư, 16/11/2016
Giám sát việc vận động, tiếp nhận và phân phối nguồn cứu trợ tại Hội Chữ thập đỏ tỉnh
Ngày 15/11/2016, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh do đồng chí Y Kô Niê, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc vận động, tiếp nhận, phân phối nguồn cứu trợ năm 2016 tại Hội Chữ thập đỏ tỉnh Đắk Lắk.
Đoàn giám sát làm việc tại trụ sở Hội Chữ thập đỏ tỉnh.
Tham gia đoàn có các đồng chí Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh: H'Điệp Mlô, Nguyễn Hữu Tình, Lê Thị Xuân; đại diện Sở Tài chính, Sở Lao động - Thương binh và Xã hội. Đoàn giám sát được thực hiện theo Kế hoạch số 76/KH-MTTQ-BTT ngày 20/9/2016 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, căn cứ Quyết định số 217-QĐ/TW của Bộ Chính trị về giám sát và phản biện xã hội và Thông tư số 72/2015/TT-BTC của Bộ Tài chính về quản lý nguồn đóng góp tự nguyện hỗ trợ khắc phục khó khăn do thiên tai.
Theo báo cáo của bà Phạm Thị Thu Hà, Phó Chủ tịch Thường trực Hội Chữ thập đỏ tỉnh, từ đầu năm đến nay, Hội đã tiếp nhận gần 7,3 tỷ đồng và hàng hóa hỗ trợ đồng bào bị hạn hán; đã phân bổ về 15 huyện, thị xã, thành phố, hỗ trợ 4.820 hộ bị thiệt hại, trong đó có 2.960 hộ đồng bào Êđê, Mnông, Jrai. Mỗi hộ được nhận từ 500.000 đồng đến 1 triệu đồng hoặc 20 kg gạo. Hội cũng khoan 38 giếng nước và cấp 260 bồn chứa nước cho các buôn thiếu nước sinh hoạt.
Qua kiểm tra sổ sách, chứng từ, đoàn đánh giá việc tiếp nhận, phân phối cơ bản công khai, đúng đối tượng; tuy nhiên vẫn còn khoảng 410 triệu đồng chưa phân bổ hết, một số danh sách hộ nhận hỗ trợ ở buôn Ea Bar chưa được niêm yết tại nhà văn hóa. Ông Y Bhiăn Êban, người có uy tín buôn Ea Bar, xã Cư Pơng, phản ánh có hộ khá vẫn nhận quà.
Phát biểu kết luận, đồng chí Y Kô Niê đề nghị Hội Chữ thập đỏ tỉnh phân bổ hết số tiền còn lại trước ngày 31/12/2016, công khai danh sách tại 100% thôn, buôn nhận hỗ trợ; phối hợp với Ban Thanh tra nhân dân xã Cư Pơng và xã Ea Tul rà soát lại đối tượng. Đồng chí cũng lưu ý thực hiện đúng Nghị định số 64/2008/NĐ-CP của Chính phủ về vận động, tiếp nhận, phân phối và sử dụng các nguồn đóng góp tự nguyện.
Dịp này, đoàn kiến nghị UBND tỉnh sớm ban hành quy chế phối hợp giữa Ủy ban MTTQ, Hội Chữ thập đỏ và các sở, ngành trong cứu trợ; nâng mức chi hỗ trợ hộ có người chết do thiên tai lên 5 triệu đồng/người.
Minh Thuận
Tin liên quan
- Ủy ban MTTQ tỉnh giám sát thực hiện chính sách bảo hiểm y tế (02/11/2016)
- Trao 300 suất quà cho đồng bào bị hạn hán ở Ea Súp (20/10/2016)
- Hội nghị phản biện dự thảo Nghị quyết về giảm nghèo (05/10/2016)
""", "2016-11-16", "Giám sát việc vận động, tiếp nhận và phân phối nguồn cứu trợ tại Hội Chữ thập đỏ tỉnh",
E("giam_sat", "2016", "2016-11-15"),
[P("Y Kô Niê", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("H'Điệp Mlô", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Hữu Tình", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Thị Xuân", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phạm Thị Thu Hà", "Phó Chủ tịch Thường trực Hội Chữ thập đỏ tỉnh"),
 P("Y Bhiăn Êban", "người có uy tín buôn Ea Bar")],
[Q("gần 7,3 tỷ đồng", 7300000000, "đồng", "approx"), Q("15 huyện, thị xã, thành phố", 15, "huyện, thị xã, thành phố"),
 Q("4.820 hộ", 4820, "hộ"), Q("2.960 hộ đồng bào Êđê, Mnông, Jrai", 2960, "hộ đồng bào Êđê, Mnông, Jrai"),
 Q("500.000 đồng", 500000, "đồng"), Q("1 triệu đồng", 1000000, "đồng"), Q("20 kg", 20, "kg"),
 Q("38 giếng nước", 38, "giếng nước"), Q("260 bồn chứa nước", 260, "bồn chứa nước"),
 Q("khoảng 410 triệu đồng", 410000000, "đồng", "approx"), Q("100%", 100, "%"), Q("5 triệu đồng", 5000000, "đồng")],
[D("Kế hoạch", "76", "KH-MTTQ-BTT", "2016-09-20", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 76/KH-MTTQ-BTT ngày 20/9/2016"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Thông tư", "72", "2015/TT-BTC", None, "Bộ Tài chính", "Thông tư số 72/2015/TT-BTC"),
 D("Nghị định", "64", "2008/NĐ-CP", None, "Chính phủ", "Nghị định số 64/2008/NĐ-CP")],
[prov("Đắk Lắk"), com("Cư Pơng"), com("Ea Tul")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH ĐẮK LẮK", "Bạn đang ở: Trang chủ / Hoạt động giám sát và phản biện xã hội",
 "Đoàn giám sát làm việc tại trụ sở Hội Chữ thập đỏ tỉnh.", "Ban Thanh tra nhân dân"],
["Thứ Tư, 16/11/2016", "năm 2016", "ngày 31/12/2016"]))

PAGES.append(page("b5004-hatinh-hienmau-xuanhong-2017", """
Hôm nay: Thứ Hai, 13/02/2017
BÁO HÀ TĨNH - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH HÀ TĨNH
Xã hội >> Y tế
Cập nhật lúc 17:20 ngày 12/02/2017
Lễ hội Xuân hồng: hơn 1.200 người đăng ký hiến máu trong một ngày
Sáng 12/2, tại Quảng trường Trần Phú (TP Hà Tĩnh), Ban chỉ đạo vận động hiến máu tình nguyện tỉnh phối hợp với Viện Huyết học - Truyền máu Trung ương tổ chức Lễ hội Xuân hồng lần thứ 5 năm 2017. Hơn 1.200 người đã đăng ký hiến máu, trong đó 1.086 người đủ điều kiện, tiếp nhận 1.086 đơn vị máu.
Các tình nguyện viên đăng ký hiến máu tại Lễ hội. Ảnh: Thu Phương
Tham dự có đồng chí Trần Thị Lan Hương, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh, Trưởng Ban chỉ đạo vận động hiến máu tình nguyện tỉnh; PGS.TS. Bạch Quốc Hưng, Phó Viện trưởng Viện Huyết học - Truyền máu Trung ương; đồng chí Đặng Văn Thái, Chủ tịch Hội Chữ thập đỏ tỉnh.
Lễ hội năm nay được tổ chức theo Kế hoạch số 09/KH-BCĐ ngày 10/1/2017 của Ban chỉ đạo và Công văn số 152/UBND-VX của UBND tỉnh, hưởng ứng chương trình "Chủ nhật đỏ" và Tuần lễ hồng lần thứ III. Người hiến máu được tặng 1 chứng nhận, 1 áo phông và phần quà trị giá 150.000 đồng, cùng tiền hỗ trợ đi lại 50.000 đồng.
Những người hiến máu đông nhất đến từ các trường Đại học Hà Tĩnh, Cao đẳng Y tế và lực lượng vũ trang với khoảng 640 đoàn viên, chiến sĩ. Chị Phan Thị Hoa, giáo viên Trường Tiểu học xã Thạch Hạ, lần thứ 28 hiến máu, chia sẻ: "Mỗi giọt máu cho đi là một cuộc đời ở lại". Anh Võ Văn Thành, nông dân xã Cẩm Bình, đã 17 lần hiến máu và vận động thêm 6 người thân cùng tham gia.
Theo ông Đặng Văn Thái, năm 2016 toàn tỉnh tiếp nhận 14.350 đơn vị máu, đạt 112% kế hoạch; tỷ lệ người hiến máu nhắc lại trên 40%. Năm 2017 tỉnh phấn đấu tiếp nhận tối thiểu 15.000 đơn vị, bảo đảm đủ máu cho các bệnh viện trong tỉnh, đặc biệt dịp sau Tết khi lượng máu dự trữ thường giảm mạnh. Hiện mới khoảng 1,2% dân số tỉnh tham gia hiến máu, thấp hơn mức 2% mà Tổ chức Y tế Thế giới khuyến cáo.
Dịp này, Ban chỉ đạo tặng giấy khen cho 25 tập thể, 48 cá nhân tiêu biểu trong phong trào hiến máu năm 2016; 12 gia đình có nhiều thành viên cùng hiến máu được vinh danh. Bà Trần Thị Lan Hương đề nghị các sở, ngành, đoàn thể đưa chỉ tiêu hiến máu vào kế hoạch năm, mỗi cơ quan, đơn vị tổ chức ít nhất một đợt hiến máu; Hội Chữ thập đỏ các huyện xây dựng nhóm tình nguyện viên sẵn sàng hiến máu khẩn cấp cho bệnh viện tuyến huyện.
Thu Phương
Tin khác
- Hương Sơn: trao 500 suất quà Tết cho hộ nghèo (20/01/2017)
- Hội CTĐ tỉnh tổng kết công tác năm 2016 (28/12/2016)
- Hơn 300 đơn vị máu từ ngày hội "Giọt hồng Nghi Xuân" (10/12/2016)
""", "2017-02-12", "Lễ hội Xuân hồng: hơn 1.200 người đăng ký hiến máu trong một ngày",
E("khac", None, "2017-02-12"),
[P("Trần Thị Lan Hương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch UBND tỉnh", "Trưởng Ban chỉ đạo vận động hiến máu tình nguyện tỉnh"),
 P("Bạch Quốc Hưng", "PGS.TS.", "Phó Viện trưởng Viện Huyết học - Truyền máu Trung ương"),
 P("Đặng Văn Thái", "Chủ tịch Hội Chữ thập đỏ tỉnh"),
 P("Phan Thị Hoa", "giáo viên Trường Tiểu học xã Thạch Hạ"),
 P("Võ Văn Thành", "nông dân xã Cẩm Bình")],
[Q("hơn 1.200 người", 1200, "người", "over"), Q("1.086 người", 1086, "người"), Q("1.086 đơn vị máu", 1086, "đơn vị máu"),
 Q("150.000 đồng", 150000, "đồng"), Q("50.000 đồng", 50000, "đồng"), Q("khoảng 640 đoàn viên, chiến sĩ", 640, "đoàn viên, chiến sĩ", "approx"),
 Q("6 người thân", 6, "người thân"), Q("14.350 đơn vị máu", 14350, "đơn vị máu"), Q("112%", 112, "%"),
 Q("trên 40%", 40, "%", "over"), Q("tối thiểu 15.000 đơn vị", 15000, "đơn vị"), Q("khoảng 1,2%", 1.2, "%", "approx"),
 Q("2%", 2, "%"), Q("25 tập thể", 25, "tập thể"), Q("48 cá nhân tiêu biểu", 48, "cá nhân tiêu biểu"), Q("12 gia đình", 12, "gia đình")],
[D("Kế hoạch", "09", "KH-BCĐ", "2017-01-10", "Ban chỉ đạo", "Kế hoạch số 09/KH-BCĐ ngày 10/1/2017"),
 D("Công văn", "152", "UBND-VX", None, "UBND tỉnh", "Công văn số 152/UBND-VX")],
[prov("Hà Tĩnh"), com("Thạch Hạ"), com("Cẩm Bình")],
["Hôm nay: Thứ Hai, 13/02/2017", "BÁO HÀ TĨNH - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH HÀ TĨNH", "Xã hội >> Y tế",
 "Các tình nguyện viên đăng ký hiến máu tại Lễ hội. Ảnh: Thu Phương", "Lễ hội Xuân hồng", "Chủ nhật đỏ", "Tuần lễ hồng",
 "Quảng trường Trần Phú", "Mỗi giọt máu cho đi là một cuộc đời ở lại"],
["Hôm nay: Thứ Hai, 13/02/2017", "Cập nhật lúc 17:20 ngày 12/02/2017", "lần thứ 5", "lần thứ III", "1 chứng nhận", "1 áo phông",
 "lần thứ 28", "17 lần", "năm 2016", "Năm 2017", "một đợt hiến máu"]))

PAGES.append(page("b5005-quangtri-cuutro-baocao-2020", """
BÁO QUẢNG TRỊ ONLINE
Trang chủ | Xã hội | Nhân ái
2020-11-20 16:40
Toàn cảnh buổi làm việc. Ảnh: N.B
Đã phân bổ hơn 112 tỷ đồng hỗ trợ người dân vùng lũ
(QT) - Ngày 19/11, Ban Vận động cứu trợ tỉnh Quảng Trị ban hành Báo cáo số 112/BC-BVĐCT về kết quả tiếp nhận, phân bổ nguồn hỗ trợ đồng bào bị thiệt hại do mưa lũ từ ngày 6/10 đến ngày 18/11/2020. Đồng chí Hoàng Thị Mỹ Hạnh, Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Trưởng Ban Vận động cứu trợ tỉnh ký báo cáo.
Theo báo cáo, Ủy ban MTTQ Việt Nam tỉnh và Hội Chữ thập đỏ tỉnh đã tiếp nhận hơn 148 tỷ đồng tiền mặt và hàng hóa trị giá khoảng 23 tỷ đồng từ 1.260 tập thể, cá nhân trong và ngoài nước. Ban Vận động đã phân bổ hơn 112 tỷ đồng về 10 huyện, thị xã, thành phố; hỗ trợ mỗi hộ có người chết, mất tích 10 triệu đồng, mỗi hộ có nhà bị sập hoàn toàn 30 triệu đồng, hộ có nhà bị hư hỏng nặng từ 5 đến 8 triệu đồng.
Riêng Hội Chữ thập đỏ tỉnh tiếp nhận 41,5 tỷ đồng, trao 28.600 suất quà gồm gạo, mì tôm, nước uống, chăn màn cho các hộ vùng ngập sâu ở các xã Hải Chánh, Triệu Độ và vùng đồng bào Vân Kiều, Pa Kô ở huyện Hướng Hóa, Đakrông. Có 318 căn nhà được hỗ trợ sửa chữa; 74 hộ được hỗ trợ xây mới.
Việc phân bổ được thực hiện theo Quyết định số 2734/QĐ-UBND ngày 12/10/2020 của UBND tỉnh và Hướng dẫn số 32/HD-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam về tiếp nhận, phân bổ nguồn cứu trợ; bảo đảm đúng Nghị định số 93/2019/NĐ-CP của Chính phủ về tổ chức, hoạt động của quỹ xã hội, quỹ từ thiện.
Tại xã Hướng Phùng, ông Hồ Văn Kheo, Chủ tịch Ủy ban MTTQ xã, cho biết xã nhận 2,1 tỷ đồng, đã chi hỗ trợ cho 1.042 hộ, trong đó 96% là hộ đồng bào Vân Kiều. Ông Hồ Văn Chiêng, Bí thư Chi bộ thôn Cợp, phản ánh 13 hộ có nhà bị vùi lấp chưa có đất tái định cư. Bà Lê Thị Thu, Phó Chủ tịch Thường trực Hội Chữ thập đỏ tỉnh, cho biết còn khoảng 7,8 tỷ đồng sẽ dành cho khôi phục sinh kế sau lũ, ưu tiên hộ nghèo và hộ có người khuyết tật.
Báo cáo cũng nêu số tiền còn lại là gần 36 tỷ đồng, sẽ phân bổ theo đề xuất của các địa phương sau khi rà soát thiệt hại, công khai trên Báo Quảng Trị và Cổng thông tin điện tử tỉnh. Ủy ban MTTQ các cấp được yêu cầu niêm yết danh sách hộ nhận hỗ trợ tại nhà văn hóa thôn, khu phố trong ít nhất 7 ngày.
Ông Nguyễn Quang Vinh, Trưởng Ban Phong trào Ủy ban MTTQ Việt Nam tỉnh, nói: "Mọi đồng tiền của nhân dân cả nước gửi về đều được công khai đến từng hộ".
Nguyễn Bình
Tin liên quan
- Hội Chữ thập đỏ trao 500 bộ dụng cụ học tập cho học sinh vùng lũ (16/11/2020)
- Hướng Hóa: tìm kiếm nạn nhân vụ sạt lở Húc Nghì (20/10/2020)
- Ủy ban MTTQ tỉnh tiếp nhận 5 tỷ đồng ủng hộ đồng bào (15/10/2020)
""", "2020-11-20", "Đã phân bổ hơn 112 tỷ đồng hỗ trợ người dân vùng lũ",
E("bao_cao", None, "2020-11-19"),
[P("Hoàng Thị Mỹ Hạnh", "Phó Bí thư Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Trưởng Ban Vận động cứu trợ tỉnh"),
 P("Hồ Văn Kheo", "Chủ tịch Ủy ban MTTQ xã"),
 P("Hồ Văn Chiêng", "Bí thư Chi bộ thôn Cợp"),
 P("Lê Thị Thu", "Phó Chủ tịch Thường trực Hội Chữ thập đỏ tỉnh"),
 P("Nguyễn Quang Vinh", "Trưởng Ban Phong trào Ủy ban MTTQ Việt Nam tỉnh")],
[Q("hơn 112 tỷ đồng", 112000000000, "đồng", "over"), Q("hơn 148 tỷ đồng", 148000000000, "đồng", "over"),
 Q("khoảng 23 tỷ đồng", 23000000000, "đồng", "approx"), Q("1.260 tập thể, cá nhân", 1260, "tập thể, cá nhân"),
 Q("10 huyện, thị xã, thành phố", 10, "huyện, thị xã, thành phố"), Q("10 triệu đồng", 10000000, "đồng"),
 Q("30 triệu đồng", 30000000, "đồng"), Q("từ 5", 5000000, "đồng"), Q("8 triệu đồng", 8000000, "đồng"), Q("41,5 tỷ đồng", 41500000000, "đồng"),
 Q("28.600 suất quà", 28600, "suất quà"), Q("318 căn nhà", 318, "căn nhà"), Q("74 hộ", 74, "hộ"),
 Q("2,1 tỷ đồng", 2100000000, "đồng"), Q("1.042 hộ", 1042, "hộ"), Q("96%", 96, "%"), Q("13 hộ", 13, "hộ"),
 Q("khoảng 7,8 tỷ đồng", 7800000000, "đồng", "approx"), Q("gần 36 tỷ đồng", 36000000000, "đồng", "approx")],
[D("Báo cáo", "112", "BC-BVĐCT", None, "Ban Vận động cứu trợ tỉnh", "Báo cáo số 112/BC-BVĐCT"),
 D("Quyết định", "2734", "QĐ-UBND", "2020-10-12", "UBND tỉnh", "Quyết định số 2734/QĐ-UBND ngày 12/10/2020"),
 D("Hướng dẫn", "32", "HD-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 32/HD-MTTW-BTT"),
 D("Nghị định", "93", "2019/NĐ-CP", None, "Chính phủ", "Nghị định số 93/2019/NĐ-CP")],
[prov("Quảng Trị"), com("Hải Chánh"), com("Triệu Độ"), com("Hướng Phùng")],
["BÁO QUẢNG TRỊ ONLINE", "Trang chủ | Xã hội | Nhân ái", "Toàn cảnh buổi làm việc. Ảnh: N.B", "(QT)", "Báo Quảng Trị",
 "Mọi đồng tiền của nhân dân cả nước gửi về đều được công khai đến từng hộ"],
["2020-11-20 16:40", "ngày 6/10", "ngày 18/11/2020", "ít nhất 7 ngày"]))

PAGES.append(page("b5006-tandinh-hienmau-tongket-2018", """
CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG TÂN ĐỊNH - QUẬN 1 - TP. HỒ CHÍ MINH
Trang chủ › Tin tức sự kiện › Hoạt động đoàn thể
21.12.2018 | 16:05
Phường Tân Định: 1.150 đơn vị máu trong năm 2018
Ngày 20/12/2018, Ban chỉ đạo vận động hiến máu tình nguyện phường Tân Định tổ chức hội nghị tổng kết công tác vận động hiến máu tình nguyện năm 2018 và triển khai kế hoạch năm 2019. Đồng chí Trương Minh Quân, Phó Bí thư Đảng ủy, Chủ tịch UBND phường, Trưởng Ban chỉ đạo chủ trì hội nghị.
Đồng chí Trương Minh Quân trao giấy khen cho các tập thể tiêu biểu.
Năm 2018, phường tổ chức 4 đợt hiến máu, có 1.312 lượt người đăng ký, tiếp nhận 1.150 đơn vị máu, đạt 115% chỉ tiêu quận giao. Đáng chú ý, 9/9 khu phố đều hoàn thành chỉ tiêu; 35 cơ quan, doanh nghiệp đóng trên địa bàn tham gia. Có 14 người hiến máu từ 20 lần trở lên; số người hiến máu lần đầu chiếm khoảng 42%.
Phường thực hiện Kế hoạch số 58/KH-BCĐ ngày 15/2/2018 của Ban chỉ đạo vận động hiến máu tình nguyện quận 1 và Kế hoạch số 12/KH-UBND của UBND phường; hưởng ứng Quyết định số 1012/QĐ-TTg của Thủ tướng Chính phủ về Ngày toàn dân hiến máu tình nguyện 7/4.
Tổng kinh phí tổ chức các đợt hiến máu là 186 triệu đồng, trong đó xã hội hóa 142 triệu đồng. Mỗi người hiến máu được nhận quà trị giá 100.000 đồng và giấy chứng nhận; người hiến máu tiêu biểu được tặng thêm 300.000 đồng.
Tại hội nghị, bà Lê Thị Ngọc Trâm, Chủ tịch Hội Chữ thập đỏ phường, Phó Trưởng Ban Thường trực Ban chỉ đạo, cho biết Hội đã duy trì "Ngân hàng máu sống" với 120 thành viên, kịp thời hiến máu cho 8 ca bệnh khẩn cấp tại Bệnh viện Nhi đồng 2. Anh Huỳnh Đức Tài, Bí thư Đoàn phường, đề nghị tổ chức thêm đợt hiến máu vào dịp hè khi sinh viên về quê. Ông Lâm Kim Phát, Trưởng khu phố 4, chia sẻ cách vận động tiểu thương chợ Tân Định tham gia. Đại diện Hội Chữ thập đỏ quận 1 ghi nhận Tân Định là một trong những phường dẫn đầu phong trào hiến máu của TP Hồ Chí Minh, đề nghị phường phối hợp với Trung tâm Truyền máu Chợ Rẫy bố trí điểm hiến máu cố định vào ngày chủ nhật cuối tháng để người lao động thuận tiện tham gia.
Năm 2019, phường phấn đấu tiếp nhận không dưới 1.200 đơn vị máu, trong đó tỷ lệ hiến máu nhắc lại đạt trên 50%. Dịp này, UBND phường tặng giấy khen cho 6 tập thể và 22 cá nhân có thành tích xuất sắc; các ông, bà Nguyễn Văn Bé, Tô Thị Kim Liên, Đặng Quốc Khánh - người hiến máu tiêu biểu được vinh danh.
Ban Biên tập
Lượt truy cập: 98.340
Tin cùng chuyên mục
- Phường Tân Định hội nghị tiếp xúc cử tri (15/12/2018)
- Trao 150 phần quà cho hộ khó khăn (10/12/2018)
- Ra mắt tổ tự quản khu phố 2 (28/11/2018)
""", "2018-12-21", "Phường Tân Định: 1.150 đơn vị máu trong năm 2018",
E("tong_ket", "2018", "2018-12-20"),
[P("Trương Minh Quân", "Phó Bí thư Đảng ủy", "Chủ tịch UBND phường", "Trưởng Ban chỉ đạo"),
 P("Lê Thị Ngọc Trâm", "Chủ tịch Hội Chữ thập đỏ phường", "Phó Trưởng Ban Thường trực Ban chỉ đạo"),
 P("Huỳnh Đức Tài", "Bí thư Đoàn phường"),
 P("Lâm Kim Phát", "Trưởng khu phố 4"),
 P("Nguyễn Văn Bé", "người hiến máu tiêu biểu"),
 P("Tô Thị Kim Liên", "người hiến máu tiêu biểu"),
 P("Đặng Quốc Khánh", "người hiến máu tiêu biểu")],
[Q("1.150 đơn vị máu", 1150, "đơn vị máu"), Q("4 đợt hiến máu", 4, "đợt hiến máu"), Q("1.312 lượt người", 1312, "lượt người"),
 Q("115%", 115, "%"), Q("9/9 khu phố", 9, "khu phố"), Q("35 cơ quan, doanh nghiệp", 35, "cơ quan, doanh nghiệp"),
 Q("14 người", 14, "người"), Q("khoảng 42%", 42, "%", "approx"), Q("186 triệu đồng", 186000000, "đồng"),
 Q("142 triệu đồng", 142000000, "đồng"), Q("100.000 đồng", 100000, "đồng"), Q("300.000 đồng", 300000, "đồng"),
 Q("120 thành viên", 120, "thành viên"), Q("8 ca bệnh khẩn cấp", 8, "ca bệnh khẩn cấp"),
 Q("không dưới 1.200 đơn vị máu", 1200, "đơn vị máu", "over"), Q("trên 50%", 50, "%", "over"),
 Q("6 tập thể", 6, "tập thể"), Q("22 cá nhân", 22, "cá nhân")],
[D("Kế hoạch", "58", "KH-BCĐ", "2018-02-15", "Ban chỉ đạo vận động hiến máu tình nguyện quận 1", "Kế hoạch số 58/KH-BCĐ ngày 15/2/2018"),
 D("Kế hoạch", "12", "KH-UBND", None, "UBND phường", "Kế hoạch số 12/KH-UBND"),
 D("Quyết định", "1012", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1012/QĐ-TTg")],
[prov("Hồ Chí Minh"), com("Tân Định")],
["CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG TÂN ĐỊNH - QUẬN 1 - TP. HỒ CHÍ MINH", "Trang chủ › Tin tức sự kiện › Hoạt động đoàn thể",
 "Đồng chí Trương Minh Quân trao giấy khen cho các tập thể tiêu biểu.", "Ngân hàng máu sống", "Lượt truy cập: 98.340",
 "Ngày toàn dân hiến máu tình nguyện", "Bệnh viện Nhi đồng 2", "Trung tâm Truyền máu Chợ Rẫy"],
["21.12.2018 | 16:05", "khu phố 4", "quận 1", "năm 2018", "năm 2019", "từ 20 lần trở lên", "7/4", "Lượt truy cập: 98.340"]))

PAGES.append(page("b5007-laocai-ctd-doithoai-2019", """
BÁO LÀO CAI
Chính trị - Xã hội - Mặt trận - Đoàn thể
30 tháng 10, 2019 | 17:45
Bắc Hà: Chủ tịch UBND huyện đối thoại với hội viên, tình nguyện viên Chữ thập đỏ
LCO - Ngày 29/10, UBND huyện Bắc Hà (Lào Cai) phối hợp với Ủy ban MTTQ và Hội Chữ thập đỏ huyện tổ chức hội nghị đối thoại giữa người đứng đầu chính quyền với hội viên, tình nguyện viên Chữ thập đỏ năm 2019. Đồng chí Sùng A Chư, HUV, Chủ tịch UBND huyện chủ trì đối thoại.
Toàn cảnh hội nghị đối thoại. Ảnh: Mai Anh
Dự hội nghị có 142 đại biểu là chi hội trưởng, tình nguyện viên Chữ thập đỏ, người có uy tín đến từ 21 xã, thị trấn. Trước hội nghị, Hội Chữ thập đỏ huyện đã tổng hợp được 37 ý kiến, kiến nghị của hội viên, tập trung vào chế độ cho tình nguyện viên, kinh phí hoạt động của chi hội, hỗ trợ nhà ở cho hộ nghèo và chăm sóc người cao tuổi cô đơn.
Hội nghị được tổ chức theo Quyết định số 1489/QĐ-UBND ngày 5/8/2019 của UBND tỉnh về tổ chức đối thoại với nhân dân, và Kế hoạch số 210/KH-UBND của UBND huyện; thực hiện Quy định số 124-QĐ/TW của Ban Bí thư về giám sát của Mặt trận Tổ quốc, đoàn thể đối với người đứng đầu.
Bà Giàng Thị Dợ, Chi hội trưởng Chi hội Chữ thập đỏ thôn Sín Chải, xã Tả Van Chư, đề nghị hỗ trợ kinh phí cho chi hội vì mỗi năm chỉ được cấp khoảng 1,5 triệu đồng. Ông Lù Văn Sáng, tình nguyện viên xã Bản Phố, phản ánh 18 hộ nghèo người Mông ở thôn Na Kim vẫn ở nhà tạm. Ông Vàng Seo Lử, người có uy tín thôn Lùng Xa, xã Lùng Cải, đề nghị mở lớp sơ cứu cho thanh niên vì đường đèo nhiều tai nạn.
Trả lời các ý kiến, đồng chí Sùng A Chư cho biết năm 2019 huyện đã bố trí 450 triệu đồng hỗ trợ xây 15 căn nhà cho hộ nghèo; năm 2020 sẽ hỗ trợ mỗi chi hội Chữ thập đỏ 3 triệu đồng/năm, giao Phòng Lao động - Thương binh và Xã hội rà soát 18 hộ ở thôn Na Kim để đưa vào danh sách hỗ trợ. Các đồng chí Phó Chủ tịch UBND huyện: Hoàng Văn Thái, Lục Thị Hoa trả lời các ý kiến về y tế và giáo dục.
Bà Tráng Thị Mai, Chủ tịch Hội Chữ thập đỏ huyện, cho biết năm 2019 Hội đã vận động được 1,87 tỷ đồng, trao 2.300 suất quà, tổ chức 3 đợt hiến máu với 612 đơn vị máu. Toàn huyện có 3.450 hội viên, trong đó 62% là người dân tộc thiểu số.
Kết thúc hội nghị, 32/37 ý kiến được trả lời trực tiếp; 5 ý kiến còn lại được giao cơ quan chuyên môn trả lời bằng văn bản trước ngày 30/11/2019.
Mai Anh
Tin khác
- Si Ma Cai: trao 200 chăn ấm cho học sinh bán trú (25/10/2019)
- Hội Chữ thập đỏ tỉnh tập huấn sơ cấp cứu (18/10/2019)
- Bảo Thắng: 300 đơn vị máu trong ngày hội "Giọt máu hồng" (10/10/2019)
- Mường Khương: 5 nhà nhân đạo cho hộ nghèo (02/10/2019)
""", "2019-10-30", "Bắc Hà: Chủ tịch UBND huyện đối thoại với hội viên, tình nguyện viên Chữ thập đỏ",
E("doi_thoai", "2019", "2019-10-29"),
[P("Sùng A Chư", "HUV", "Chủ tịch UBND huyện"),
 P("Giàng Thị Dợ", "Chi hội trưởng Chi hội Chữ thập đỏ thôn Sín Chải"),
 P("Lù Văn Sáng", "tình nguyện viên xã Bản Phố"),
 P("Vàng Seo Lử", "người có uy tín thôn Lùng Xa"),
 P("Hoàng Văn Thái", "Phó Chủ tịch UBND huyện"),
 P("Lục Thị Hoa", "Phó Chủ tịch UBND huyện"),
 P("Tráng Thị Mai", "Chủ tịch Hội Chữ thập đỏ huyện")],
[Q("142 đại biểu", 142, "đại biểu"), Q("21 xã, thị trấn", 21, "xã, thị trấn"), Q("37 ý kiến, kiến nghị", 37, "ý kiến, kiến nghị"),
 Q("khoảng 1,5 triệu đồng", 1500000, "đồng", "approx"), Q("18 hộ nghèo người Mông", 18, "hộ nghèo người Mông"),
 Q("450 triệu đồng", 450000000, "đồng"), Q("15 căn nhà", 15, "căn nhà"), Q("3 triệu đồng", 3000000, "đồng"),
 Q("1,87 tỷ đồng", 1870000000, "đồng"), Q("2.300 suất quà", 2300, "suất quà"), Q("3 đợt hiến máu", 3, "đợt hiến máu"),
 Q("612 đơn vị máu", 612, "đơn vị máu"), Q("3.450 hội viên", 3450, "hội viên"), Q("62%", 62, "%"),
 Q("32/37 ý kiến", 32, "ý kiến"), Q("5 ý kiến", 5, "ý kiến")],
[D("Quyết định", "1489", "QĐ-UBND", "2019-08-05", "UBND tỉnh", "Quyết định số 1489/QĐ-UBND ngày 5/8/2019"),
 D("Kế hoạch", "210", "KH-UBND", None, "UBND huyện", "Kế hoạch số 210/KH-UBND"),
 D("Quy định", "124", "QĐ/TW", None, "Ban Bí thư", "Quy định số 124-QĐ/TW")],
[prov("Lào Cai"), com("Tả Van Chư"), com("Bản Phố"), com("Lùng Cải")],
["BÁO LÀO CAI", "Chính trị - Xã hội - Mặt trận - Đoàn thể", "LCO", "Toàn cảnh hội nghị đối thoại. Ảnh: Mai Anh"],
["30 tháng 10, 2019 | 17:45", "năm 2019", "năm 2020", "ngày 30/11/2019"]))

PAGES.append(page("b5008-camau-hienmau-hoinghi-2020", """
Cà Mau Online - Báo Cà Mau
Trang chủ > Xã hội > Y tế - Sức khỏe
Ngày 15/06/2020 | 09:15
Vinh danh 120 người hiến máu tình nguyện tiêu biểu
Ban chỉ đạo vận động hiến máu tình nguyện tỉnh phát biểu tại buổi lễ.
(CMO) Chiều 14/6, nhân Ngày Quốc tế người hiến máu, Ban chỉ đạo vận động hiến máu tình nguyện tỉnh Cà Mau tổ chức hội nghị biểu dương người hiến máu tình nguyện tiêu biểu năm 2020, vinh danh 120 người hiến máu tiêu biểu và 18 tập thể có nhiều đóng góp cho phong trào.
Đến dự có các đồng chí: Lâm Văn Bi, Phó Chủ tịch UBND tỉnh, Trưởng Ban chỉ đạo vận động hiến máu tình nguyện tỉnh; Huỳnh Thị Kim Thoa, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; Danh Út, Chủ tịch Hội Chữ thập đỏ tỉnh, Phó Trưởng Ban chỉ đạo.
Do ảnh hưởng của dịch COVID-19, hội nghị được tổ chức gọn nhẹ với 150 đại biểu, bảo đảm giãn cách theo Chỉ thị số 16/CT-TTg của Thủ tướng Chính phủ. Theo báo cáo, 5 tháng đầu năm 2020 toàn tỉnh tiếp nhận 5.870 đơn vị máu, đạt 53% kế hoạch; riêng đợt hiến máu "Giọt hồng chống dịch" tháng 4 tiếp nhận hơn 1.400 đơn vị, góp phần giải quyết tình trạng thiếu máu ở Bệnh viện Đa khoa tỉnh.
Trong số 120 người được vinh danh có 11 người hiến máu trên 30 lần. Ông Danh Sến, người dân tộc Khmer ở xã Khánh Bình Tây, huyện Trần Văn Thời, đã 42 lần hiến máu; chị Lý Thị Sa Kha, tiểu thương chợ phường 7, có 25 lần hiến máu. Ông Danh Sến chia sẻ, anh em trong dòng họ có 7 người cùng tham gia hiến máu nhiều năm nay.
Phong trào được triển khai theo Kế hoạch số 64/KH-UBND ngày 20/2/2020 của UBND tỉnh về vận động hiến máu tình nguyện năm 2020 và Hướng dẫn số 05-HD/BDVTU của Ban Dân vận Tỉnh ủy về phát huy vai trò của hệ thống chính trị trong vận động hiến máu.
Phát biểu tại hội nghị, đồng chí Lâm Văn Bi đề nghị các địa phương khắc phục khó khăn do dịch, phấn đấu cả năm tiếp nhận ít nhất 11.000 đơn vị máu; các cơ quan, doanh nghiệp dành khoảng 5% quỹ phúc lợi hỗ trợ phong trào. Mỗi người hiến máu tiêu biểu được tặng giấy khen và phần thưởng 500.000 đồng, tổng kinh phí khen thưởng 78 triệu đồng.
Đồng chí Huỳnh Thị Kim Thoa cho biết Ban Dân vận các cấp sẽ đưa phong trào hiến máu vào tiêu chí thi đua "Dân vận khéo" năm 2020, nhân rộng mô hình "Gia đình hiến máu" ở 101 xã, phường, thị trấn. Ban Dân vận Tỉnh ủy sẽ phối hợp với Hội Chữ thập đỏ tỉnh khảo sát, biểu dương các gia đình có nhiều thế hệ cùng hiến máu vào dịp cuối năm.
Thanh Tâm
Xem thêm
- Cà Mau: hơn 300 đơn vị máu trong ngày "Chủ nhật đỏ" (10/05/2020)
- Hội Chữ thập đỏ tỉnh trao 2.000 phần quà cho hộ khó khăn do dịch (20/04/2020)
- Năm Căn: hiến máu hưởng ứng phòng, chống COVID-19 (05/04/2020)
""", "2020-06-15", "Vinh danh 120 người hiến máu tình nguyện tiêu biểu",
E("hoi_nghi", "2020", "2020-06-14"),
[P("Lâm Văn Bi", "Phó Chủ tịch UBND tỉnh", "Trưởng Ban chỉ đạo vận động hiến máu tình nguyện tỉnh"),
 P("Huỳnh Thị Kim Thoa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Danh Út", "Chủ tịch Hội Chữ thập đỏ tỉnh", "Phó Trưởng Ban chỉ đạo"),
 P("Danh Sến"),
 P("Lý Thị Sa Kha", "tiểu thương chợ phường 7")],
[Q("120 người hiến máu tiêu biểu", 120, "người hiến máu tiêu biểu"), Q("18 tập thể", 18, "tập thể"),
 Q("150 đại biểu", 150, "đại biểu"), Q("5.870 đơn vị máu", 5870, "đơn vị máu"), Q("53%", 53, "%"),
 Q("hơn 1.400 đơn vị", 1400, "đơn vị", "over"), Q("11 người", 11, "người"), Q("7 người", 7, "người"),
 Q("ít nhất 11.000 đơn vị máu", 11000, "đơn vị máu", "over"), Q("khoảng 5%", 5, "%", "approx"),
 Q("500.000 đồng", 500000, "đồng"), Q("78 triệu đồng", 78000000, "đồng"), Q("101 xã, phường, thị trấn", 101, "xã, phường, thị trấn")],
[D("Chỉ thị", "16", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg"),
 D("Kế hoạch", "64", "KH-UBND", "2020-02-20", "UBND tỉnh", "Kế hoạch số 64/KH-UBND ngày 20/2/2020"),
 D("Hướng dẫn", "05", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 05-HD/BDVTU")],
[prov("Cà Mau"), com("Khánh Bình Tây"), com("phường 7")],
["Cà Mau Online - Báo Cà Mau", "Trang chủ > Xã hội > Y tế - Sức khỏe",
 "Ban chỉ đạo vận động hiến máu tình nguyện tỉnh phát biểu tại buổi lễ.", "(CMO)", "Giọt hồng chống dịch", "Dân vận khéo",
 "Gia đình hiến máu", "Ngày Quốc tế người hiến máu"],
["Ngày 15/06/2020 | 09:15", "COVID-19", "năm 2020", "5 tháng đầu năm 2020", "tháng 4", "trên 30 lần", "42 lần", "25 lần"]))
