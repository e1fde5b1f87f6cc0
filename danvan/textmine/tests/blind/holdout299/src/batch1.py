from lib import *
PAGES = []

PAGES.append(page("b7133-thanhhoa-capgao-muonglat-2011", """
BÁO THANH HÓA - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH THANH HÓA
Trang chủ › Xã hội › Chính sách
Thứ Sáu, 18/03/2011 - 08:40
Mường Lát: Cấp 312 tấn gạo cứu đói giáp hạt cho đồng bào vùng biên
(Baothanhhoa.vn) - Ngày 16/3, huyện Mường Lát tổ chức cấp phát gạo cứu đói giáp hạt đợt 2 cho 4.126 hộ với 20.815 nhân khẩu thiếu đói tại các xã vùng biên. Ông Hà Văn Thiết, Phó Chủ tịch UBND huyện Mường Lát, trực tiếp kiểm tra việc cấp phát tại xã Tam Chung.
Người dân bản Pù Quăn nhận gạo cứu đói. Ảnh: Lê Hợi
Thực hiện Quyết định số 318/QĐ-TTg ngày 2/3/2011 của Thủ tướng Chính phủ về việc xuất cấp gạo dự trữ quốc gia hỗ trợ nhân dân dịp giáp hạt, Thanh Hóa được cấp 2.450 tấn gạo. UBND tỉnh ban hành Quyết định số 685/QĐ-UBND ngày 7/3/2011 phân bổ số gạo trên cho 11 huyện miền núi và 3 huyện ven biển; Mường Lát là địa phương được nhận nhiều nhất với 312 tấn gạo.
Theo ông Hà Văn Thiết, sau đợt rét đậm, rét hại kéo dài hơn 40 ngày hồi đầu năm, nhiều diện tích lúa chiêm, ngô đông của đồng bào Mông, Thái bị chết, có bản mất trắng. Toàn huyện có khoảng 2.100 gia súc bị chết rét, ước thiệt hại trên 9 tỷ đồng. Mức hỗ trợ là 15 kg gạo/khẩu/tháng, trong 3 tháng giáp hạt.
Tại điểm cấp phát xã Tam Chung, gạo được chở bằng xe tải từ kho dự trữ về tận trụ sở xã, sau đó các trưởng bản nhận và chia cho từng hộ theo danh sách đã niêm yết công khai. Ông Lò Văn Pằn, Chủ tịch UBND xã Tam Chung, cho biết xã có 612 hộ được nhận gạo đợt này, trong đó 188 hộ nghèo, chủ yếu là đồng bào Mông ở các bản Pù Quăn, Suối Tút; danh sách được thông qua tại các cuộc họp bản, có đại diện Mặt trận và các đoàn thể tham gia giám sát.
Bà Giàng Thị Dua, ở bản Pù Quăn, vui mừng nói: "Nhà có 7 khẩu, ngô hết từ tháng Giêng. Có gạo Nhà nước cho, các con không phải nhịn đói nữa".
Đồng chí Lê Văn Thân, Huyện ủy viên, Trưởng Ban Dân vận Huyện ủy Mường Lát, cho biết, để gạo đến đúng người, đúng đối tượng, Ban Dân vận đã chỉ đạo khối dân vận các xã phối hợp với Ủy ban MTTQ xã rà soát từng hộ; kiên quyết không cấp cho hộ có đủ lương thực, không để tình trạng cào bằng, chia đều. Qua kiểm tra, huyện đã đưa ra khỏi danh sách 37 hộ không đủ điều kiện.
Cùng với gạo của Trung ương, Ủy ban MTTQ huyện đã vận động các doanh nghiệp, nhà hảo tâm ủng hộ 18,5 tấn gạo và 120 triệu đồng tiền mặt; Hội Chữ thập đỏ huyện trao 250 suất quà, mỗi suất gồm 10 kg gạo, mì tôm và muối i-ốt cho các hộ neo đơn.
Được biết, đợt 1 huyện đã cấp 146 tấn gạo cho các hộ thiếu đói dịp Tết Nguyên đán Tân Mão. Dự kiến đến cuối tháng 3, việc cấp phát sẽ hoàn thành.
Lê Hợi
Lượt đọc: 1.204
Tin liên quan
- Quan Sơn: gần 9.000 nhân khẩu thiếu đói giáp hạt (10/03/2011)
- Thường Xuân nhận gạo cứu đói (08/03/2011)
- Thanh Hóa đề nghị Trung ương hỗ trợ 2.450 tấn gạo (22/02/2011)
- Bá Thước: hỗ trợ giống ngô cho hộ bị thiệt hại do rét (01/03/2011)
""", "2011-03-18", "Mường Lát: Cấp 312 tấn gạo cứu đói giáp hạt cho đồng bào vùng biên",
E("trao_qua", None, "2011-03-16"),
[P("Hà Văn Thiết", "Phó Chủ tịch UBND huyện Mường Lát"),
 P("Lò Văn Pằn", "Chủ tịch UBND xã Tam Chung"),
 P("Giàng Thị Dua"),
 P("Lê Văn Thân", "Huyện ủy viên", "Trưởng Ban Dân vận Huyện ủy Mường Lát")],
[Q("312 tấn", 312, "tấn"), Q("4.126 hộ", 4126, "hộ"), Q("20.815 nhân khẩu thiếu đói", 20815, "nhân khẩu thiếu đói"),
 Q("2.450 tấn", 2450, "tấn"), Q("11 huyện miền núi", 11, "huyện miền núi"), Q("3 huyện ven biển", 3, "huyện ven biển"),
 Q("khoảng 2.100 gia súc", 2100, "gia súc", "approx"), Q("trên 9 tỷ đồng", 9000000000, "đồng", "over"),
 Q("15 kg", 15, "kg"), Q("612 hộ", 612, "hộ"), Q("188 hộ nghèo", 188, "hộ nghèo"), Q("7 khẩu", 7, "khẩu"),
 Q("37 hộ", 37, "hộ"), Q("18,5 tấn", 18.5, "tấn"), Q("120 triệu đồng", 120000000, "đồng"),
 Q("250 suất quà", 250, "suất quà"), Q("10 kg", 10, "kg"), Q("146 tấn", 146, "tấn")],
[D("Quyết định", "318", "QĐ-TTg", "2011-03-02", "Thủ tướng Chính phủ", "Quyết định số 318/QĐ-TTg ngày 2/3/2011"),
 D("Quyết định", "685", "QĐ-UBND", "2011-03-07", "UBND tỉnh", "Quyết định số 685/QĐ-UBND ngày 7/3/2011")],
[prov("Thanh Hóa"), com("Tam Chung")],
["BÁO THANH HÓA - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH THANH HÓA", "Trang chủ › Xã hội › Chính sách",
 "(Baothanhhoa.vn)", "Người dân bản Pù Quăn nhận gạo cứu đói. Ảnh: Lê Hợi", "Tết Nguyên đán Tân Mão", "Lượt đọc: 1.204"],
["Thứ Sáu, 18/03/2011 - 08:40", "đợt 2", "hơn 40 ngày", "3 tháng", "đợt 1", "Lượt đọc: 1.204"]))

PAGES.append(page("b7134-nghean-mttq-giamsat-capgao-2012", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH NGHỆ AN
Trang chủ >> Hoạt động Mặt trận >> Giám sát, phản biện
Ngày đăng: 06/04/2012 | 15:22
Toàn cảnh buổi làm việc của đoàn giám sát với UBND huyện Kỳ Sơn.
Ủy ban MTTQ tỉnh giám sát việc cấp gạo cứu đói tại Kỳ Sơn
Từ ngày 3 đến 5/4/2012, đoàn giám sát của Ủy ban MTTQ tỉnh Nghệ An do bà Nguyễn Thị Thu Hường, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, làm trưởng đoàn đã giám sát việc tiếp nhận, cấp phát gạo cứu đói giáp hạt năm 2012 tại huyện Kỳ Sơn và các xã Mường Lống, Na Ngoi, Bắc Lý.
Tham gia đoàn có đại diện Ban Dân vận Tỉnh ủy, Sở Lao động - Thương binh và Xã hội, Hội Nông dân, Hội Liên hiệp Phụ nữ tỉnh. Đây là hoạt động giám sát theo Chương trình phối hợp số 05/CTPH-MTTQ-UBND ngày 12/1/2012 giữa Ủy ban MTTQ tỉnh và UBND tỉnh về giám sát thực hiện chính sách an sinh xã hội.
Theo báo cáo của UBND huyện Kỳ Sơn, thực hiện Quyết định số 254/QĐ-TTg ngày 24/2/2012 của Thủ tướng Chính phủ, huyện được phân bổ 1.035 tấn gạo để cứu đói cho 5.870 hộ với 31.224 khẩu. Đến ngày 2/4, huyện đã cấp xong 690 tấn, đạt 66,7%; số còn lại sẽ cấp hết trước ngày 30/4. Ông Lô Thanh Bình, Phó Chủ tịch UBND huyện, cho biết địa bàn rộng, đường sá xa xôi, nhiều bản chưa có đường ô tô nên việc chuyển gạo gặp rất nhiều khó khăn.
Qua giám sát trực tiếp tại xã Mường Lống, đoàn ghi nhận việc bình xét được thực hiện công khai tại 11 bản, có biên bản họp dân; gạo được cấp đúng định mức 15 kg/người/tháng. Ông Và Bá Giống, Bí thư Đảng ủy xã Mường Lống, cho biết toàn xã có 642 hộ thiếu đói, hầu hết là đồng bào Mông; xã đã giao cho Chi hội Phụ nữ và Chi đoàn thanh niên các bản giúp các hộ neo đơn mang gạo về nhà.
Tuy vậy, đoàn cũng chỉ ra một số hạn chế: ở xã Na Ngoi vẫn còn 2 bản chia bình quân gạo cho tất cả các hộ; việc vận chuyển gạo từ trung tâm xã về các bản xa phải thuê người gùi, mỗi chuyến mất gần 1 ngày đường, chi phí do dân tự chịu khoảng 20.000 đồng/bao. Một số trưởng bản chưa lập sổ theo dõi cấp phát, chữ ký nhận gạo còn ký thay.
Ông Xồng Bá Chò, Trưởng bản Phà Khống, xã Na Ngoi, phản ánh: bản có 96 hộ nhưng chỉ 71 hộ thuộc diện được cấp, "dân hỏi thì cán bộ bản giải thích chưa thông, nên mới chia đều cho êm".
Kết luận buổi giám sát, bà Nguyễn Thị Thu Hường đề nghị UBND huyện chỉ đạo các xã rà soát lại danh sách, thu hồi phần gạo cấp sai đối tượng để chia cho hộ thực sự thiếu đói; thực hiện đúng Nghị định 67/2007/NĐ-CP và 13/2010/NĐ-CP của Chính phủ về chính sách trợ giúp các đối tượng bảo trợ xã hội. Bà cũng đề nghị Cục Dự trữ Nhà nước khu vực Nghệ Tĩnh hỗ trợ chuyển gạo về tận các cụm bản; Ủy ban MTTQ các xã phát huy vai trò giám sát, kịp thời phản ánh những trường hợp bị bỏ sót.
Đại diện Ban Dân vận Tỉnh ủy, ông Cụt Văn Thành, Phó Trưởng ban Dân vận Tỉnh ủy, đề nghị cấp ủy các xã gắn việc cấp gạo với vận động đồng bào khai hoang, trồng sắn, ngô vụ hè, không trông chờ, ỷ lại.
Hoài Thu
Các tin khác
- Hội nghị Ủy ban MTTQ tỉnh lần thứ 5 khóa XIII (28/03/2012)
- Quế Phong: trao 300 suất quà cho hộ thiếu đói (20/03/2012)
- Giám sát thực hiện Quy chế dân chủ ở cơ sở tại Tương Dương (12/03/2012)
""", "2012-04-06", "Ủy ban MTTQ tỉnh giám sát việc cấp gạo cứu đói tại Kỳ Sơn",
E("giam_sat", "2012", "2012-04-03"),
[P("Nguyễn Thị Thu Hường", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lô Thanh Bình", "Phó Chủ tịch UBND huyện"),
 P("Và Bá Giống", "Bí thư Đảng ủy xã Mường Lống"),
 P("Xồng Bá Chò", "Trưởng bản Phà Khống"),
 P("Cụt Văn Thành", "Phó Trưởng ban Dân vận Tỉnh ủy")],
[Q("1.035 tấn", 1035, "tấn"), Q("5.870 hộ", 5870, "hộ"), Q("31.224 khẩu", 31224, "khẩu"), Q("690 tấn", 690, "tấn"),
 Q("66,7%", 66.7, "%"), Q("11 bản", 11, "bản"), Q("15 kg", 15, "kg"), Q("642 hộ thiếu đói", 642, "hộ thiếu đói"),
 Q("2 bản", 2, "bản"), Q("khoảng 20.000 đồng", 20000, "đồng", "approx"), Q("96 hộ", 96, "hộ"), Q("71 hộ", 71, "hộ")],
[D("Chương trình phối hợp", "05", "CTPH-MTTQ-UBND", "2012-01-12", None, "Chương trình phối hợp số 05/CTPH-MTTQ-UBND ngày 12/1/2012"),
 D("Quyết định", "254", "QĐ-TTg", "2012-02-24", "Thủ tướng Chính phủ", "Quyết định số 254/QĐ-TTg ngày 24/2/2012"),
 D("Nghị định", "67", "2007/NĐ-CP", None, "Chính phủ", "Nghị định 67/2007/NĐ-CP"),
 D("Nghị định", "13", "2010/NĐ-CP", None, "Chính phủ", "13/2010/NĐ-CP của Chính phủ")],
[prov("Nghệ An"), com("Mường Lống"), com("Na Ngoi"), com("Bắc Lý")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH NGHỆ AN", "Trang chủ >> Hoạt động Mặt trận >> Giám sát, phản biện",
 "Toàn cảnh buổi làm việc của đoàn giám sát với UBND huyện Kỳ Sơn.", "Cục Dự trữ Nhà nước khu vực Nghệ Tĩnh"],
["Ngày đăng: 06/04/2012 | 15:22", "năm 2012", "gần 1 ngày đường"]))

PAGES.append(page("b7135-hatinh-ldtbxh-baocao-thieudoi-2013", """
Báo Hà Tĩnh
Thời sự | Chính trị | Kinh tế | Xã hội | Văn hóa | Thể thao
Xã hội › An sinh
27/02/2013 - 16:05
Gần 14.700 nhân khẩu thiếu đói giáp hạt, Hà Tĩnh đề nghị hỗ trợ 660 tấn gạo
Chiều 26/2, Sở Lao động - Thương binh và Xã hội có báo cáo gửi UBND tỉnh về tình hình thiếu đói trong dân dịp giáp hạt đầu năm 2013. Theo báo cáo, toàn tỉnh hiện có 3.508 hộ với gần 14.700 nhân khẩu có nguy cơ thiếu đói, tập trung ở các huyện Hương Khê, Vũ Quang, Kỳ Anh và Hương Sơn.
Một góc bản Rào Tre, xã Hương Liên - nơi nhiều hộ người Chứt đang thiếu lương thực. Ảnh: Thu Hà
Nguyên nhân chủ yếu là do ảnh hưởng của cơn bão số 8 và đợt lũ cuối năm 2012 làm mất trắng hơn 1.200 ha lúa hè thu, hoa màu; giá cả vật tư, lương thực tăng cao trong khi nhiều lao động ở nông thôn không có việc làm ổn định. Trong số hộ thiếu đói, có 1.126 hộ nghèo, 214 hộ chính sách và 96 hộ là đồng bào dân tộc thiểu số.
Để người dân không bị đói, Sở đề nghị UBND tỉnh báo cáo Chính phủ, Bộ Lao động - Thương binh và Xã hội xem xét, hỗ trợ 660 tấn gạo từ nguồn dự trữ quốc gia, tương đương khoảng 8,6 tỷ đồng, cấp trong 3 tháng với mức 15 kg/người/tháng. Trong lúc chờ Trung ương, các địa phương chủ động trích ngân sách, quỹ "Vì người nghèo" để cứu đói kịp thời, không để người dân nào phải nhịn đói.
Bà Đặng Thị Quỳnh Diệp, Phó Giám đốc Sở Lao động - Thương binh và Xã hội, cho biết việc rà soát được thực hiện theo Công văn số 2140/LĐTBXH-BTXH ngày 20/12/2012 của Bộ Lao động - Thương binh và Xã hội, có sự tham gia của trưởng thôn, chi hội trưởng các đoàn thể. "Hộ nào thực sự thiếu đói mới đưa vào danh sách, tránh tâm lý trông chờ", bà Diệp nói.
Tại huyện Hương Khê, ông Phan Đình Nhung, Trưởng phòng Lao động - Thương binh và Xã hội huyện, cho biết huyện có 912 hộ thiếu đói; riêng bản Rào Tre, xã Hương Liên có 38 hộ người Chứt đã hết gạo từ sau Tết. Huyện đã xuất 5 tấn gạo từ nguồn dự phòng để cứu đói trước cho các hộ này.
Ngoài gạo, các cấp Hội Chữ thập đỏ, Mặt trận và đoàn thể đã vận động được hơn 450 triệu đồng cùng 12 tấn gạo, mì tôm để hỗ trợ các hộ khó khăn ở xã Sơn Kim 1, Sơn Kim 2 (Hương Sơn) và Kỳ Thượng (Kỳ Anh). Ông Hồ Sỹ Tuấn, Bí thư Đảng ủy xã Kỳ Thượng, cho biết xã sẽ huy động cán bộ, đoàn viên thanh niên giúp dân trồng rau màu ngắn ngày để vượt qua giáp hạt.
Trước đó, tại Chỉ thị số 03/CT-UBND ngày 14/1/2013, UBND tỉnh đã yêu cầu các huyện, thị xã, thành phố không để hộ dân nào thiếu đói trong dịp Tết Quý Tỵ và giáp hạt; người đứng đầu chính quyền cơ sở phải chịu trách nhiệm nếu để xảy ra tình trạng dân bị đói.
Thu Hà - Hồng Nhung
Bình luận (0)
Tin liên quan
- Cẩm Xuyên: hỗ trợ 2 tấn gạo cho hộ nghèo vùng lũ (15/02/2013)
- Trao 500 suất quà Tết cho hộ nghèo vùng biên giới (04/02/2013)
- Vũ Quang tập trung giúp dân khôi phục sản xuất sau lũ (18/01/2013)
""", "2013-02-27", "Gần 14.700 nhân khẩu thiếu đói giáp hạt, Hà Tĩnh đề nghị hỗ trợ 660 tấn gạo",
E("bao_cao", None, "2013-02-26"),
[P("Đặng Thị Quỳnh Diệp", "Phó Giám đốc Sở Lao động - Thương binh và Xã hội"),
 P("Phan Đình Nhung", "Trưởng phòng Lao động - Thương binh và Xã hội huyện"),
 P("Hồ Sỹ Tuấn", "Bí thư Đảng ủy xã Kỳ Thượng")],
[Q("gần 14.700 nhân khẩu", 14700, "nhân khẩu", "approx"), Q("660 tấn", 660, "tấn"), Q("3.508 hộ", 3508, "hộ"),
 Q("hơn 1.200 ha", 1200, "ha", "over"), Q("1.126 hộ nghèo", 1126, "hộ nghèo"), Q("214 hộ chính sách", 214, "hộ chính sách"),
 Q("96 hộ", 96, "hộ"), Q("khoảng 8,6 tỷ đồng", 8600000000, "đồng", "approx"), Q("15 kg", 15, "kg"),
 Q("912 hộ thiếu đói", 912, "hộ thiếu đói"), Q("38 hộ", 38, "hộ"), Q("5 tấn", 5, "tấn"),
 Q("hơn 450 triệu đồng", 450000000, "đồng", "over"), Q("12 tấn", 12, "tấn")],
[D("Công văn", "2140", "LĐTBXH-BTXH", "2012-12-20", "Bộ Lao động - Thương binh và Xã hội", "Công văn số 2140/LĐTBXH-BTXH ngày 20/12/2012"),
 D("Chỉ thị", "03", "CT-UBND", "2013-01-14", "UBND tỉnh", "Chỉ thị số 03/CT-UBND ngày 14/1/2013")],
[prov("Hà Tĩnh"), com("Hương Liên"), com("Sơn Kim 1"), com("Sơn Kim 2"), com("Kỳ Thượng")],
["Báo Hà Tĩnh", "Thời sự | Chính trị | Kinh tế | Xã hội | Văn hóa | Thể thao", "Xã hội › An sinh",
 "Một góc bản Rào Tre, xã Hương Liên - nơi nhiều hộ người Chứt đang thiếu lương thực. Ảnh: Thu Hà", "Vì người nghèo",
 "Tết Quý Tỵ", "Bình luận (0)"],
["27/02/2013 - 16:05", "năm 2013", "bão số 8", "cuối năm 2012", "3 tháng", "Sơn Kim 1", "Sơn Kim 2", "Bình luận (0)"]))

PAGES.append(page("b7136-quangbinh-hoinghi-cuudoi-2014", """
QUẢNG BÌNH ONLINE - BÁO QUẢNG BÌNH
Bạn đang ở: Trang chủ / Xã hội / Chính sách xã hội
Cập nhật lúc 17:10 ngày 14/03/2014
Triển khai công tác cứu đói giáp hạt năm 2014: Không để người dân nào bị đói
(QBĐT) - Sáng 13/3, UBND tỉnh Quảng Bình tổ chức hội nghị triển khai công tác cứu đói giáp hạt năm 2014 và hỗ trợ sản xuất cho đồng bào vùng khó khăn. Đồng chí Trần Tiến Dũng, Phó Chủ tịch UBND tỉnh chủ trì hội nghị. Dự hội nghị có đại diện lãnh đạo Ban Dân vận Tỉnh ủy, Ủy ban MTTQ Việt Nam tỉnh, các sở, ngành và UBND 8 huyện, thị xã, thành phố.
Đồng chí Trần Tiến Dũng phát biểu chỉ đạo hội nghị.
Báo cáo của Sở Lao động - Thương binh và Xã hội cho thấy, qua rà soát đến đầu tháng 3, toàn tỉnh có 4.962 hộ với 18.430 khẩu thiếu đói giáp hạt, tăng khoảng 12% so với cùng kỳ năm trước, trong đó huyện Minh Hóa và Tuyên Hóa chiếm hơn một nửa. Thực hiện Quyết định số 342/QĐ-TTg ngày 4/3/2014 của Thủ tướng Chính phủ, tỉnh được hỗ trợ 830 tấn gạo; ngân sách tỉnh bổ sung 2,5 tỷ đồng để mua thêm gạo cấp cho các hộ chưa được hưởng.
Theo đồng chí Đinh Văn Thơm, Giám đốc Sở Lao động - Thương binh và Xã hội, gạo sẽ được giao đến trung tâm các xã trước ngày 25/3 và phải đến tay người dân chậm nhất sau 10 ngày. Đối tượng ưu tiên là hộ nghèo không có lao động, người già cô đơn, hộ đồng bào Chứt, Bru - Vân Kiều ở các bản vùng cao.
Tại hội nghị, nhiều ý kiến phản ánh những khó khăn trong rà soát, bình xét. Bà Hồ Thị Nhàn, Chủ tịch UBND xã Trọng Hóa (Minh Hóa), cho biết xã có 1.104 khẩu thiếu đói, nhiều bản cách trung tâm xã hơn 20 km đường rừng, "gạo về đến xã rồi nhưng đưa lên bản phải nhờ bộ đội biên phòng gùi giúp". Ông Cao Xuân Lương, Bí thư Đảng ủy xã Lâm Thủy (Lệ Thủy), đề nghị tỉnh cho phép cấp gạo một lần cho cả 3 tháng để giảm chi phí vận chuyển.
Thay mặt Ban Dân vận Tỉnh ủy, đồng chí Nguyễn Thị Bích Liên, Phó Trưởng Ban Dân vận Tỉnh ủy, đề nghị các cấp ủy chỉ đạo khối dân vận, Mặt trận và các đoàn thể tham gia giám sát từ khâu bình xét đến khâu cấp phát; tuyên truyền để đồng bào hiểu gạo cứu đói là sự quan tâm của Đảng, Nhà nước, không phải chia đều.
Kết luận hội nghị, đồng chí Trần Tiến Dũng yêu cầu các địa phương thực hiện nghiêm Chỉ thị số 04/CT-UBND ngày 20/1/2014 của UBND tỉnh về tăng cường công tác bảo đảm đời sống nhân dân; công khai danh sách hộ được cấp gạo tại nhà văn hóa thôn, bản; kiên quyết xử lý cán bộ lợi dụng chính sách để trục lợi. Cùng với cứu đói, các huyện cần tập trung hỗ trợ giống lúa, ngô, lạc cho vụ đông xuân, hè thu; tỉnh dành 1,2 tỷ đồng hỗ trợ giống cho 2 huyện miền núi.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh đã trao 200 suất quà, trị giá 300.000 đồng/suất từ Quỹ "Vì người nghèo" tỉnh cho các hộ nghèo xã Trọng Hóa và Dân Hóa.
Ngọc Mai
Bản in | Gửi bài viết
Bài viết liên quan
- Minh Hóa: hơn 6.000 khẩu thiếu đói giáp hạt (05/03/2014)
- Tuyên Hóa chủ động hỗ trợ gạo cho đồng bào Chứt (28/02/2014)
- Hội nghị triển khai nhiệm vụ giảm nghèo năm 2014 (21/02/2014)
""", "2014-03-14", "Triển khai công tác cứu đói giáp hạt năm 2014: Không để người dân nào bị đói",
E("hoi_nghi", "2014", "2014-03-13"),
[P("Trần Tiến Dũng", "Phó Chủ tịch UBND tỉnh"),
 P("Đinh Văn Thơm", "Giám đốc Sở Lao động - Thương binh và Xã hội"),
 P("Hồ Thị Nhàn", "Chủ tịch UBND xã Trọng Hóa"),
 P("Cao Xuân Lương", "Bí thư Đảng ủy xã Lâm Thủy"),
 P("Nguyễn Thị Bích Liên", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("8 huyện, thị xã, thành phố", 8, "huyện, thị xã, thành phố"), Q("4.962 hộ", 4962, "hộ"),
 Q("18.430 khẩu", 18430, "khẩu"), Q("khoảng 12%", 12, "%", "approx"), Q("830 tấn", 830, "tấn"),
 Q("2,5 tỷ đồng", 2500000000, "đồng"), Q("1.104 khẩu thiếu đói", 1104, "khẩu thiếu đói"),
 Q("hơn 20 km", 20, "km", "over"), Q("1,2 tỷ đồng", 1200000000, "đồng"), Q("2 huyện miền núi", 2, "huyện miền núi"),
 Q("200 suất quà", 200, "suất quà"), Q("300.000 đồng", 300000, "đồng")],
[D("Quyết định", "342", "QĐ-TTg", "2014-03-04", "Thủ tướng Chính phủ", "Quyết định số 342/QĐ-TTg ngày 4/3/2014"),
 D("Chỉ thị", "04", "CT-UBND", "2014-01-20", "UBND tỉnh", "Chỉ thị số 04/CT-UBND ngày 20/1/2014")],
[prov("Quảng Bình"), com("Trọng Hóa"), com("Lâm Thủy"), com("Dân Hóa")],
["QUẢNG BÌNH ONLINE - BÁO QUẢNG BÌNH", "Bạn đang ở: Trang chủ / Xã hội / Chính sách xã hội", "(QBĐT)",
 "Đồng chí Trần Tiến Dũng phát biểu chỉ đạo hội nghị.", "Vì người nghèo", "Bản in | Gửi bài viết"],
["Cập nhật lúc 17:10 ngày 14/03/2014", "năm 2014", "10 ngày", "3 tháng"]))

PAGES.append(page("b7137-sonla-bdv-traogao-chiengon-2015", """
BAN DÂN VẬN TỈNH ỦY SƠN LA
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Dân vận các cấp | Văn bản | Liên hệ
Tin tức - Sự kiện
24/03/2015 09:30
Trao 25 tấn gạo hỗ trợ đồng bào xã Chiềng Ơn vượt qua giáp hạt
Ngày 21/3/2015, Ban Dân vận Tỉnh ủy phối hợp với Hội Chữ thập đỏ tỉnh và Công ty cổ phần Mía đường Sơn La tổ chức trao 25 tấn gạo cho các hộ thiếu đói giáp hạt tại xã Chiềng Ơn, huyện Quỳnh Nhai.
Đồng chí Lò Thị Mai, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy, cùng các đại biểu trao gạo cho người dân bản Co Muông.
Chiềng Ơn là xã tái định cư thủy điện Sơn La, có 9 bản với 842 hộ, 3.960 nhân khẩu, 100% là đồng bào Thái, Kháng, La Ha. Do đất sản xuất ít, bạc màu, lại bị hạn hán kéo dài từ cuối năm 2014 nên vụ ngô năm nay mất mùa, toàn xã có 415 hộ với 1.836 khẩu thiếu đói trong những tháng giáp hạt.
Số gạo lần này do Công ty cổ phần Mía đường Sơn La ủng hộ 15 tấn, Hội Chữ thập đỏ tỉnh vận động 10 tấn, được chia cho 415 hộ; mỗi hộ nhận từ 50 đến 70 kg tùy số nhân khẩu. Bà con cũng được tặng thêm 415 thùng mì tôm và 830 chai nước mắm.
Phát biểu tại buổi trao gạo, đồng chí Lò Thị Mai ghi nhận sự cố gắng của cấp ủy, chính quyền xã trong việc ổn định đời sống nhân dân sau tái định cư. Đồng chí đề nghị xã tiếp tục phát huy vai trò của người có uy tín, vận động bà con tăng gia, chăn nuôi, không bỏ ruộng, không đi làm thuê sang Lào. Ban Dân vận Tỉnh ủy sẽ phối hợp với các sở, ngành đề xuất tỉnh hỗ trợ thêm giống cây trồng cho xã theo Đề án số 12-ĐA/TU ngày 18/8/2014 của Ban Thường vụ Tỉnh ủy về ổn định đời sống nhân dân vùng tái định cư.
Ông Quàng Văn Hặc, Bí thư Đảng ủy xã Chiềng Ơn, cho biết, ngoài 25 tấn gạo nhận hôm nay, từ đầu năm xã đã nhận 42,6 tấn gạo dự trữ quốc gia theo Quyết định số 239/QĐ-TTg ngày 11/2/2015 của Thủ tướng Chính phủ; các tổ chức, cá nhân cũng hỗ trợ gần 80 triệu đồng. Nhờ vậy, đến nay chưa có hộ nào phải bỏ bữa.
Già làng Lò Văn Ón, người có uy tín bản Co Muông, xúc động: "Cả đời tôi chưa thấy Đảng, Nhà nước lo cho dân nhiều như bây giờ. Bà con hứa sẽ chăm làm, không để con cháu phải đói".
Cùng ngày, đoàn đã đến thăm, tặng 20 suất quà, mỗi suất trị giá 500.000 đồng cho các hộ gia đình chính sách, hộ nghèo đặc biệt khó khăn ở các bản Co Muông, Pá Xa.
Theo thống kê của Ban Dân vận Tỉnh ủy, từ đầu năm đến nay, khối dân vận, Mặt trận và các đoàn thể trong tỉnh đã vận động được 168 tấn gạo và hơn 1,4 tỷ đồng hỗ trợ đồng bào vùng tái định cư, vùng hạn hán.
Lò Vân
Số lượt xem: 532
Tin khác
- Mường La: trao 10 tấn gạo cho hộ nghèo (16/03/2015)
- Hội nghị giao ban công tác dân vận quý I năm 2015 (10/03/2015)
- Tập huấn nghiệp vụ công tác dân vận năm 2015 (02/03/2015)
""", "2015-03-24", "Trao 25 tấn gạo hỗ trợ đồng bào xã Chiềng Ơn vượt qua giáp hạt",
E("trao_qua", None, "2015-03-21"),
[P("Lò Thị Mai", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Quàng Văn Hặc", "Bí thư Đảng ủy xã Chiềng Ơn"),
 P("Lò Văn Ón", "Già làng", "người có uy tín bản Co Muông")],
[Q("25 tấn", 25, "tấn"), Q("9 bản", 9, "bản"), Q("842 hộ", 842, "hộ"), Q("3.960 nhân khẩu", 3960, "nhân khẩu"),
 Q("100%", 100, "%"), Q("415 hộ", 415, "hộ"), Q("1.836 khẩu thiếu đói", 1836, "khẩu thiếu đói"), Q("15 tấn", 15, "tấn"),
 Q("10 tấn", 10, "tấn"), Q("từ 50 đến 70 kg", 50, "kg", "approx"), Q("415 thùng mì tôm", 415, "thùng mì tôm"),
 Q("830 chai nước mắm", 830, "chai nước mắm"), Q("42,6 tấn", 42.6, "tấn"), Q("gần 80 triệu đồng", 80000000, "đồng", "approx"),
 Q("20 suất quà", 20, "suất quà"), Q("500.000 đồng", 500000, "đồng"), Q("168 tấn", 168, "tấn"),
 Q("hơn 1,4 tỷ đồng", 1400000000, "đồng", "over")],
[D("Đề án", "12", "ĐA/TU", "2014-08-18", "Ban Thường vụ Tỉnh ủy", "Đề án số 12-ĐA/TU ngày 18/8/2014"),
 D("Quyết định", "239", "QĐ-TTg", "2015-02-11", "Thủ tướng Chính phủ", "Quyết định số 239/QĐ-TTg ngày 11/2/2015")],
[prov("Sơn La"), com("Chiềng Ơn")],
["BAN DÂN VẬN TỈNH ỦY SƠN LA", "Trang chủ | Giới thiệu | Tin tức - Sự kiện | Dân vận các cấp | Văn bản | Liên hệ",
 "Đồng chí Lò Thị Mai, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy, cùng các đại biểu trao gạo cho người dân bản Co Muông.",
 "Công ty cổ phần Mía đường Sơn La", "Số lượt xem: 532"],
["24/03/2015 09:30", "cuối năm 2014", "Số lượt xem: 532"]))

PAGES.append(page("b7138-laichau-bdv-giaoban-q1-2016", """
Báo Lai Châu điện tử
Trang chủ - Chính trị - Xây dựng Đảng
Thứ Ba, 12/4/2016 | 10:12 GMT+7
Khối dân vận giao ban: tập trung giúp dân vượt qua giáp hạt
(BLC) - Ngày 11/4, Ban Dân vận Tỉnh ủy tổ chức giao ban khối dân vận quý I năm 2016, triển khai nhiệm vụ quý II. Đồng chí Vàng A Tủa, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Quang cảnh hội nghị giao ban.
Quý I, dù thời tiết diễn biến phức tạp, rét đậm, rét hại và mưa tuyết cuối tháng 1 gây thiệt hại lớn, song khối dân vận các cấp đã bám cơ sở, nắm chắc tình hình đời sống nhân dân. Toàn tỉnh có 2.380 con trâu, bò bị chết rét; hơn 700 ha lúa, ngô bị hư hại; có 6.915 hộ với 33.046 khẩu thiếu đói giáp hạt, tập trung ở các huyện Mường Tè, Sìn Hồ, Phong Thổ.
Thực hiện Quyết định số 525/QĐ-TTg ngày 31/3/2016 của Thủ tướng Chính phủ về việc xuất cấp gạo dự trữ quốc gia hỗ trợ nhân dân dịp giáp hạt năm 2016, tỉnh được hỗ trợ 1.487 tấn gạo. Ban Dân vận Tỉnh ủy đã ban hành Hướng dẫn số 09-HD/BDVTU ngày 5/4/2016 về việc khối dân vận tham gia giám sát cấp phát gạo; chỉ đạo Ủy ban MTTQ và các đoàn thể tuyên truyền để đồng bào nhận gạo đúng đối tượng, không bán gạo cứu đói lấy tiền tiêu xài.
Trong quý, Mặt trận, đoàn thể các cấp đã vận động được 1,87 tỷ đồng, 36 tấn gạo, 4.200 chăn ấm, áo ấm ủng hộ người dân bị thiệt hại do rét; Hội Liên hiệp Phụ nữ tỉnh trao 150 suất quà cho phụ nữ nghèo; Tỉnh đoàn tổ chức 12 chuyến xe "Áo ấm mùa đông" lên các bản vùng cao.
Tại giao ban, các đồng chí Trưởng Ban Dân vận Huyện ủy: Lò Văn Hương (Sìn Hồ), Chu Văn Lìn (Mường Tè) phản ánh một số bản ở xa, đường bị sạt lở, gạo phải tập kết ở trung tâm xã, đồng bào đi bộ cả ngày để nhận. Đồng chí Lý Thị Kiều, Chủ tịch Hội Nông dân tỉnh, đề nghị gắn cấp gạo với hỗ trợ giống ngô, lúa nương để đồng bào kịp gieo trỉa vụ mùa.
Đồng chí Giàng A Dê, Phó Trưởng Ban Dân vận Tỉnh ủy, thông báo kết quả thực hiện Chỉ thị 08, 09-CT/TU của Ban Thường vụ Tỉnh ủy về vận động đồng bào xóa bỏ hủ tục và về phòng, chống di cư tự do: trong quý, 14 hộ di cư tự do đã được vận động trở về quê, ổn định cuộc sống.
Kết luận giao ban, đồng chí Vàng A Tủa yêu cầu quý II, khối dân vận tập trung giám sát việc cấp gạo cứu đói, bảo đảm đến tay người dân trước ngày 30/4; tiếp tục thực hiện Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới; chuẩn bị tốt công tác bầu cử đại biểu Quốc hội khóa XIV và đại biểu HĐND các cấp.
Thu Thủy
Tin liên quan
- Sìn Hồ: cấp phát gạo cứu đói cho hơn 1.700 hộ (08/4/2016)
- Trao 500 chăn ấm cho hộ nghèo xã Pa Vệ Sử (02/3/2016)
- Ban Dân vận Tỉnh ủy tổng kết công tác năm 2015 (29/12/2015)
""", "2016-04-12", "Khối dân vận giao ban: tập trung giúp dân vượt qua giáp hạt",
E("giao_ban", "2016-Q1", "2016-04-11"),
[P("Vàng A Tủa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lò Văn Hương", "Trưởng Ban Dân vận Huyện ủy"),
 P("Chu Văn Lìn", "Trưởng Ban Dân vận Huyện ủy"),
 P("Lý Thị Kiều", "Chủ tịch Hội Nông dân tỉnh"),
 P("Giàng A Dê", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("2.380 con trâu, bò", 2380, "con trâu, bò"), Q("hơn 700 ha", 700, "ha", "over"), Q("6.915 hộ", 6915, "hộ"),
 Q("33.046 khẩu thiếu đói", 33046, "khẩu thiếu đói"), Q("1.487 tấn", 1487, "tấn"), Q("1,87 tỷ đồng", 1870000000, "đồng"),
 Q("36 tấn", 36, "tấn"), Q("4.200 chăn ấm, áo ấm", 4200, "chăn ấm, áo ấm"), Q("150 suất quà", 150, "suất quà"),
 Q("12 chuyến xe", 12, "chuyến xe"), Q("14 hộ di cư tự do", 14, "hộ di cư tự do")],
[D("Quyết định", "525", "QĐ-TTg", "2016-03-31", "Thủ tướng Chính phủ", "Quyết định số 525/QĐ-TTg ngày 31/3/2016"),
 D("Hướng dẫn", "09", "HD/BDVTU", "2016-04-05", "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 09-HD/BDVTU ngày 5/4/2016"),
 D("Chỉ thị", "08", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 08, 09-CT/TU"),
 D("Chỉ thị", "09", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 08, 09-CT/TU"),
 D("Nghị quyết", "25", "NQ/TW", None, "Ban Chấp hành Trung ương", "Nghị quyết số 25-NQ/TW")],
[prov("Lai Châu")],
["Báo Lai Châu điện tử", "Trang chủ - Chính trị - Xây dựng Đảng", "(BLC)", "Quang cảnh hội nghị giao ban.",
 "Áo ấm mùa đông"],
["Thứ Ba, 12/4/2016 | 10:12 GMT+7", "quý I năm 2016", "quý II", "khóa XIV"]))
