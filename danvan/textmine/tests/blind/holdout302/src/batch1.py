from lib import *
PAGES = []

PAGES.append(page("b7205-laocai-mttq-tongket-attp-2011", """
CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH LÀO CAI
Trang chủ > Hoạt động Mặt trận > Các cuộc vận động
Thứ Tư, 28/12/2011 - 16:45
Mặt trận Lào Cai tổng kết công tác vận động bảo đảm an toàn thực phẩm năm 2011
Ngày 27/12, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lào Cai tổ chức hội nghị tổng kết cuộc vận động "Toàn dân tham gia bảo đảm vệ sinh an toàn thực phẩm" năm 2011, triển khai nhiệm vụ năm 2012. Bà Giàng Thị Dung, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị; dự có ông Lù Văn Páo, Phó Giám đốc Sở Y tế, Phó Trưởng Ban chỉ đạo liên ngành vệ sinh an toàn thực phẩm tỉnh.
Năm 2011, Mặt trận các cấp đã phối hợp với ngành y tế triển khai Chương trình phối hợp số 12/CTPH-MTTQ-SYT về vận động nhân dân thực hiện vệ sinh an toàn thực phẩm tới 164 xã, phường, thị trấn và 1.126 khu dân cư. Toàn tỉnh tổ chức được 412 buổi tuyên truyền tại chợ, trường học, nhà văn hóa thôn, thu hút gần 25.000 lượt người tham dự; in và phát 18.500 tờ rơi, trong đó có tờ rơi in tiếng Mông.
Ban chỉ đạo liên ngành các cấp đã kiểm tra 1.845 cơ sở sản xuất, chế biến, kinh doanh thực phẩm, trong đó 213 cơ sở chưa bảo đảm điều kiện; xử phạt hành chính với tổng số tiền 87,4 triệu đồng, tiêu hủy hơn 1,2 tấn thực phẩm không rõ nguồn gốc. Trong năm vẫn xảy ra 4 vụ ngộ độc thực phẩm với 76 người mắc, chủ yếu do ăn nấm rừng và uống rượu ngâm lá.
Tại hội nghị, nhiều ý kiến cho rằng người dân vùng cao còn thói quen dùng thực phẩm tự chế biến, chợ phiên chưa có khu vực riêng cho hàng tươi sống. Ông Vàng Seo Chư, Chủ tịch Ủy ban MTTQ xã Tả Van, chia sẻ cách vận động bà con người Mông qua già làng, trưởng bản; bà Lò Thị Hoa, Trưởng Ban quản lý chợ Cốc Lếu, kiến nghị hỗ trợ kinh phí làm quầy inox cho 96 tiểu thương bán thịt.
Năm 2012, Mặt trận tỉnh đề ra chỉ tiêu mỗi huyện, thành phố xây dựng ít nhất 2 chợ điểm bảo đảm vệ sinh an toàn thực phẩm; tiếp tục quán triệt Chỉ thị số 08-CT/TW ngày 21/10/2011 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác bảo đảm vệ sinh an toàn thực phẩm trong tình hình mới, thực hiện Kế hoạch 245/KH-UBND của UBND tỉnh về Tháng hành động vì chất lượng vệ sinh an toàn thực phẩm.
Phát biểu kết luận, bà Giàng Thị Dung đề nghị Ủy ban MTTQ các huyện đưa nội dung an toàn thực phẩm vào tiêu chí bình xét "Gia đình văn hóa", gắn với cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư".
Dịp này, Ủy ban MTTQ tỉnh tặng giấy khen cho 9 tập thể và 15 cá nhân có thành tích trong cuộc vận động.
Minh Thuận
Lượt đọc: 1.204
Tin liên quan
- Bát Xát: tập huấn kiến thức an toàn thực phẩm cho người kinh doanh (12/12/2011)
- Kiểm tra liên ngành dịp Tết Nguyên đán Nhâm Thìn (05/12/2011)
- Sa Pa ra mắt chợ điểm an toàn thực phẩm (18/11/2011)
""", "2011-12-28", "Mặt trận Lào Cai tổng kết công tác vận động bảo đảm an toàn thực phẩm năm 2011",
E("tong_ket", "2011", "2011-12-27"),
[P("Giàng Thị Dung", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lù Văn Páo", "Phó Giám đốc Sở Y tế", "Phó Trưởng Ban chỉ đạo liên ngành vệ sinh an toàn thực phẩm tỉnh"),
 P("Vàng Seo Chư", "Chủ tịch Ủy ban MTTQ xã Tả Van"),
 P("Lò Thị Hoa", "Trưởng Ban quản lý chợ Cốc Lếu")],
[Q("164 xã, phường, thị trấn", 164, "xã, phường, thị trấn"), Q("1.126 khu dân cư", 1126, "khu dân cư"),
 Q("412 buổi tuyên truyền", 412, "buổi tuyên truyền"), Q("gần 25.000 lượt người", 25000, "lượt người", "approx"),
 Q("18.500 tờ rơi", 18500, "tờ rơi"),
 Q("1.845 cơ sở sản xuất, chế biến, kinh doanh thực phẩm", 1845, "cơ sở sản xuất, chế biến, kinh doanh thực phẩm"),
 Q("213 cơ sở", 213, "cơ sở"), Q("87,4 triệu đồng", 87400000, "đồng"), Q("hơn 1,2 tấn", 1.2, "tấn", "over"),
 Q("4 vụ ngộ độc thực phẩm", 4, "vụ ngộ độc thực phẩm"), Q("76 người", 76, "người"),
 Q("96 tiểu thương", 96, "tiểu thương"), Q("ít nhất 2 chợ điểm", 2, "chợ điểm", "over"),
 Q("9 tập thể", 9, "tập thể"), Q("15 cá nhân", 15, "cá nhân")],
[D("Chương trình phối hợp", "12", "CTPH-MTTQ-SYT", None, None, "Chương trình phối hợp số 12/CTPH-MTTQ-SYT"),
 D("Chỉ thị", "08", "CT/TW", "2011-10-21", "Ban Bí thư", "Chỉ thị số 08-CT/TW ngày 21/10/2011 của Ban Bí thư"),
 D("Kế hoạch", "245", "KH-UBND", None, "UBND tỉnh", "Kế hoạch 245/KH-UBND của UBND tỉnh")],
[prov("Lào Cai"), com("Tả Van")],
["CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH LÀO CAI", "Trang chủ > Hoạt động Mặt trận > Các cuộc vận động",
 "Toàn dân tham gia bảo đảm vệ sinh an toàn thực phẩm", "Tháng hành động vì chất lượng vệ sinh an toàn thực phẩm",
 "Gia đình văn hóa", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Lượt đọc: 1.204", "chợ Cốc Lếu"],
["Thứ Tư, 28/12/2011 - 16:45", "năm 2011", "năm 2012", "Lượt đọc: 1.204"]))

PAGES.append(page("b7206-namdinh-mttq-giamsat-cho-2012", """
BÁO NAM ĐỊNH ĐIỆN TỬ
Xã hội » Y tế - Sức khỏe
Cập nhật: 08:30, 16/05/2012 (GMT+7)
Ảnh: Đoàn giám sát kiểm tra quầy thịt tại chợ Cồn.
Mặt trận huyện Hải Hậu giám sát vệ sinh an toàn thực phẩm tại các chợ nông thôn
Từ ngày 8 đến 15/5, Ban Thường trực Ủy ban MTTQ huyện Hải Hậu phối hợp với Phòng Y tế, Trung tâm Y tế huyện tổ chức giám sát việc chấp hành quy định về vệ sinh an toàn thực phẩm tại 7 chợ và 42 hộ kinh doanh trên địa bàn các xã Hải Phong, Hải Đông và thị trấn Yên Định. Đoàn do ông Trần Văn Bình, Phó Chủ tịch Ủy ban MTTQ huyện làm trưởng đoàn.
Theo Kế hoạch số 36/KH-MTTQ ngày 2/5/2012 của Ban Thường trực Ủy ban MTTQ huyện, nội dung giám sát tập trung vào điều kiện vệ sinh nơi bày bán, nguồn gốc hàng hóa, việc ghi nhãn và dùng phụ gia trong thực phẩm chế biến sẵn như giò, chả, bún, bánh đa. Đây cũng là đợt giám sát đầu tiên sau khi Nghị định số 38/2012/NĐ-CP ngày 25/4/2012 của Chính phủ quy định chi tiết thi hành một số điều của Luật An toàn thực phẩm được ban hành.
Qua giám sát, phần lớn hộ kinh doanh đã có tủ kính, bàn bày hàng cao hơn mặt đất; các chợ đều có người thu gom rác hằng ngày. Tuy nhiên vẫn còn 14 hộ chưa có giấy khám sức khỏe định kỳ, nhiều hộ bán thịt chưa có giấy chứng nhận kiểm dịch. Trung tâm Y tế huyện lấy 76 mẫu thực phẩm để test nhanh, phát hiện 9 mẫu dương tính với hàn the, chiếm 11,8%, chủ yếu là giò lụa và bánh cuốn.
Bà Vũ Thị Lan, Trưởng trạm Y tế xã Hải Đông cho biết, chợ xã họp cả ngày nhưng mới có một vòi nước sạch; mùa hè nhiều hàng thịt phải bày ngoài trời. Ông Đỗ Quang Hưng - Chủ tịch UBND thị trấn Yên Định thừa nhận việc quản lý hàng rong quanh chợ còn buông lỏng, đề nghị huyện hỗ trợ xây khu bán thịt riêng.
Kết thúc đợt giám sát, đoàn kiến nghị UBND huyện bố trí kinh phí cải tạo các chợ; năm nay huyện đã dành 120 triệu đồng để lát nền, làm rãnh thoát nước cho chợ Hải Phong. Đoàn cũng đề nghị Mặt trận các xã đưa nội dung "3 sạch" trong kinh doanh thực phẩm vào hương ước, quy ước của thôn, xóm, vận động tiểu thương không sử dụng hàn the, phẩm màu ngoài danh mục cho phép.
Theo Phòng Y tế, huyện Hải Hậu hiện có 35 chợ, phần lớn họp theo phiên; cả tỉnh Nam Định còn hơn 200 chợ nông thôn cần được nâng cấp khu bán thực phẩm tươi sống, nhất là nơi giết mổ và bày bán thịt gia súc, gia cầm.
Ông Trần Văn Bình nhấn mạnh, giám sát không phải để bắt lỗi mà để người bán và người mua cùng hiểu, cùng làm; sau 3 tháng đoàn sẽ phúc tra những điểm còn tồn tại.
Hải Yến
Tin khác
- Trực Ninh: phát hiện cơ sở làm giò chả dùng hàn the (10/05/2012)
- Hội Nông dân tỉnh tập huấn sản xuất rau an toàn (03/05/2012)
- Ra quân Tháng hành động vì chất lượng vệ sinh an toàn thực phẩm năm 2012 (16/04/2012)
- Ý Yên: 100% chợ xã có tổ quản lý (09/04/2012)
""", "2012-05-16", "Mặt trận huyện Hải Hậu giám sát vệ sinh an toàn thực phẩm tại các chợ nông thôn",
E("giam_sat", None, "2012-05-08"),
[P("Trần Văn Bình", "Phó Chủ tịch Ủy ban MTTQ huyện"),
 P("Vũ Thị Lan", "Trưởng trạm Y tế xã Hải Đông"),
 P("Đỗ Quang Hưng", "Chủ tịch UBND thị trấn Yên Định")],
[Q("7 chợ", 7, "chợ"), Q("35 chợ", 35, "chợ"), Q("hơn 200 chợ nông thôn", 200, "chợ nông thôn", "over"), Q("42 hộ kinh doanh", 42, "hộ kinh doanh"), Q("14 hộ", 14, "hộ"),
 Q("76 mẫu thực phẩm", 76, "mẫu thực phẩm"), Q("9 mẫu", 9, "mẫu"), Q("11,8%", 11.8, "%"),
 Q("120 triệu đồng", 120000000, "đồng")],
[D("Kế hoạch", "36", "KH-MTTQ", "2012-05-02", "Ban Thường trực Ủy ban MTTQ huyện", "Kế hoạch số 36/KH-MTTQ ngày 2/5/2012"),
 D("Nghị định", "38", "2012/NĐ-CP", "2012-04-25", "Chính phủ", "Nghị định số 38/2012/NĐ-CP ngày 25/4/2012 của Chính phủ")],
[prov("Nam Định"), com("Hải Phong"), com("Hải Đông"), com("Yên Định")],
["BÁO NAM ĐỊNH ĐIỆN TỬ", "Xã hội » Y tế - Sức khỏe", "Ảnh: Đoàn giám sát kiểm tra quầy thịt tại chợ Cồn.",
 "Luật An toàn thực phẩm", "3 sạch"],
["Cập nhật: 08:30, 16/05/2012 (GMT+7)", "3 sạch", "sau 3 tháng"]))

PAGES.append(page("b7207-quangnam-hlpn-taphuan-tieuthuong-2013", """
Báo Quảng Nam Online
Xã hội | Sức khỏe
08:15 | 22/08/2013
Tập huấn an toàn thực phẩm cho tiểu thương chợ Hội An
(QNO) - Ngày 21.8, Hội Liên hiệp Phụ nữ thành phố Hội An phối hợp với Chi cục An toàn vệ sinh thực phẩm tỉnh Quảng Nam mở lớp tập huấn kiến thức an toàn thực phẩm năm 2013 cho gần 150 tiểu thương kinh doanh hàng ăn uống tại chợ Hội An và các phường Minh An, Sơn Phong.
Học viên tại lớp tập huấn. Ảnh: THANH HẢI
Tại lớp học, ThS. Lê Văn Tư, Phó Chi cục trưởng Chi cục An toàn vệ sinh thực phẩm tỉnh, giới thiệu những quy định mới trong Thông tư số 15/2012/TT-BYT ngày 12/9/2012 của Bộ Y tế về điều kiện chung bảo đảm an toàn thực phẩm đối với cơ sở sản xuất, kinh doanh; hướng dẫn chị em cách chọn nguyên liệu tươi, bảo quản thức ăn chín, rửa tay đúng cách và nhận biết thực phẩm có chất bảo quản.
Theo Chi cục, năm 2013 thành phố Hội An có 1.320 cơ sở kinh doanh dịch vụ ăn uống, nhưng mới có 812 cơ sở được cấp giấy chứng nhận đủ điều kiện, đạt 61,5%. Khu vực chợ, nhất là các quầy cao lầu, mì Quảng, bánh bao bánh vạc phục vụ khách du lịch, là nơi có nguy cơ cao vì lượng khách đông, thời gian bày bán dài.
Trong 7 tháng đầu năm, Đội kiểm tra liên ngành thành phố đã kiểm tra 246 cơ sở, nhắc nhở 38 cơ sở, xử phạt 12 cơ sở với số tiền 16,5 triệu đồng. Lỗi phổ biến là người chế biến không đeo găng tay, để thực phẩm sống lẫn thực phẩm chín, không có sổ ghi chép nguồn gốc nguyên liệu.
Bà Nguyễn Thị Thu Hà, Chủ tịch Hội LHPN thành phố cho biết, lớp tập huấn nằm trong dự án "Phụ nữ Hội An với văn hóa ẩm thực an toàn" do một tổ chức phi chính phủ tài trợ 35 triệu đồng. Sau lớp học, Hội trao cho học viên 200 bộ kẹp gắp thực phẩm và 300 tạp dề, mũ trùm tóc để dùng khi bán hàng. Các chi hội ở phường Minh An sẽ thành lập tổ phụ nữ kinh doanh ăn uống an toàn, mỗi tháng sinh hoạt một lần.
Bà Trương Thị Mỹ, chủ quầy cao lầu, chia sẻ: "Bán mấy chục năm nay nhưng nhiều điều hôm nay mới biết, như chuyện không được dùng khăn lau bát để lau tay. Về tôi sẽ nói lại với con dâu cùng làm".
Cũng theo ThS. Lê Văn Tư, tỉnh đang triển khai các dự án thuộc Chương trình mục tiêu quốc gia vệ sinh an toàn thực phẩm theo Quyết định số 1228/QĐ-TTg ngày 07/9/2012 của Thủ tướng Chính phủ; Hội An được chọn xây dựng thí điểm mô hình "Chợ an toàn thực phẩm" tại chợ trung tâm. Dự kiến cuối năm, đoàn liên ngành sẽ kiểm tra lại các quầy có học viên tham gia lớp tập huấn.
MINH THƯ
Tin liên quan
- Điện Bàn: Kiểm tra an toàn thực phẩm dịp lễ 2/9 (20/08/2013)
- Tam Kỳ ra mắt tổ tự quản chợ (14/08/2013)
- Phát hiện lô mỡ bẩn tại Thăng Bình (05/08/2013)
""", "2013-08-22", "Tập huấn an toàn thực phẩm cho tiểu thương chợ Hội An",
E("tap_huan", "2013", "2013-08-21"),
[P("Lê Văn Tư", "ThS.", "Phó Chi cục trưởng Chi cục An toàn vệ sinh thực phẩm tỉnh"),
 P("Nguyễn Thị Thu Hà", "Chủ tịch Hội LHPN thành phố"),
 P("Trương Thị Mỹ", "chủ quầy cao lầu")],
[Q("gần 150 tiểu thương", 150, "tiểu thương", "approx"),
 Q("1.320 cơ sở kinh doanh dịch vụ ăn uống", 1320, "cơ sở kinh doanh dịch vụ ăn uống"),
 Q("812 cơ sở", 812, "cơ sở"), Q("246 cơ sở", 246, "cơ sở"), Q("38 cơ sở", 38, "cơ sở"), Q("12 cơ sở", 12, "cơ sở"), Q("16,5 triệu đồng", 16500000, "đồng"), Q("61,5%", 61.5, "%"), Q("35 triệu đồng", 35000000, "đồng"),
 Q("200 bộ kẹp gắp thực phẩm", 200, "bộ kẹp gắp thực phẩm"), Q("300 tạp dề", 300, "tạp dề")],
[D("Thông tư", "15", "2012/TT-BYT", "2012-09-12", "Bộ Y tế", "Thông tư số 15/2012/TT-BYT ngày 12/9/2012 của Bộ Y tế"),
 D("Quyết định", "1228", "QĐ-TTg", "2012-09-07", "Thủ tướng Chính phủ", "Quyết định số 1228/QĐ-TTg ngày 07/9/2012 của Thủ tướng Chính phủ")],
[prov("Quảng Nam"), com("Minh An"), com("Sơn Phong")],
["Báo Quảng Nam Online", "Xã hội | Sức khỏe", "(QNO)", "Học viên tại lớp tập huấn. Ảnh: THANH HẢI",
 "Phụ nữ Hội An với văn hóa ẩm thực an toàn", "Chương trình mục tiêu quốc gia vệ sinh an toàn thực phẩm", "Chợ an toàn thực phẩm"],
["08:15 | 22/08/2013", "năm 2013", "7 tháng đầu năm", "mấy chục năm", "mỗi tháng sinh hoạt một lần"]))

PAGES.append(page("b7208-cantho-bcd-soket-attp-2014", """
BÁO CẦN THƠ ONLINE
Trang chủ / Xã hội / Sức khỏe
Thứ Sáu, 11/07/2014 - 09:20
Nhiều chuyển biến trong quản lý thực phẩm tại chợ
Chiều 10-7, Ban Chỉ đạo liên ngành vệ sinh an toàn thực phẩm TP Cần Thơ tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2014, triển khai nhiệm vụ 6 tháng cuối năm. Ông Nguyễn Thanh Dũng, Phó Chủ tịch UBND thành phố, Trưởng Ban Chỉ đạo, chủ trì hội nghị.
Quang cảnh hội nghị.
Báo cáo của ban chỉ đạo cho thấy, 6 tháng qua các đoàn kiểm tra liên ngành đã kiểm tra 2.964 cơ sở, phát hiện 317 cơ sở vi phạm, phạt tiền hơn 412 triệu đồng. Các trung tâm y tế quận, huyện lấy 1.055 mẫu thực phẩm để xét nghiệm nhanh, 92,3% mẫu đạt yêu cầu; các mẫu không đạt chủ yếu là bún tươi, chả lụa và nước đá. Trên địa bàn không xảy ra ngộ độc thực phẩm đông người.
Thực hiện Thông tư liên tịch số 13/2014/TTLT-BYT-BNNPTNT-BCT ngày 9/4/2014 về phân công, phối hợp trong quản lý nhà nước về an toàn thực phẩm, thành phố đã rà soát lại việc quản lý 98 chợ; riêng 6 chợ đầu mối do ngành nông nghiệp phụ trách. Theo Kế hoạch số 52/KH-UBND ngày 14/3/2014 của UBND thành phố, mỗi quận xây dựng 1 chợ thí điểm kiểm soát nguồn gốc thịt gia súc, gia cầm.
Ở vai trò giám sát và vận động, Mặt trận các cấp đã vận động 1.430 tiểu thương ký cam kết không kinh doanh thực phẩm không rõ nguồn gốc, xây dựng 11 mô hình "Chợ an toàn thực phẩm". Các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố: Trần Thị Kim Loan, Lê Văn Thắng cho rằng việc ký cam kết phải đi liền với phúc tra, công khai tên hộ vi phạm tại bảng tin chợ để người tiêu dùng biết.
Đáng chú ý, qua đường dây nóng, Ban Chỉ đạo tiếp nhận 27 tin báo của người dân về điểm giết mổ lậu, thực phẩm không nhãn mác; đã xác minh, xử lý 21 trường hợp. Hội Nông dân thành phố vận động được khoảng 600 hộ trồng rau đăng ký sản xuất theo quy trình VietGAP ở Ô Môn, Thốt Nốt, cung cấp rau cho các chợ nội ô.
Bà Huỳnh Ngọc Mai, Chủ tịch UBND phường An Hòa, nêu khó khăn khi chợ tự phát lấn chiếm lòng đường; ông Phan Văn Tới, Trưởng phòng Y tế quận Ninh Kiều, kiến nghị tăng kinh phí mua test nhanh cho các phường Xuân Khánh, An Cư.
Kết luận hội nghị, ông Nguyễn Thanh Dũng yêu cầu 6 tháng cuối năm tập trung kiểm soát giết mổ, kinh doanh thịt; tăng cường hậu kiểm với thức ăn đường phố trước, trong và sau Tết Trung thu; công khai kết quả kiểm tra trên Báo, Đài thành phố.
Bài, ảnh: ĐĂNG HUỲNH
Các tin khác
- Bình Thủy: 40 hộ kinh doanh thức ăn đường phố được tập huấn (04/07/2014)
- Phát hiện gần 1 tấn mỡ heo không rõ nguồn gốc (27/06/2014)
- Cái Răng: chợ nổi có tổ tự quản an toàn thực phẩm (19/06/2014)
""", "2014-07-11", "Nhiều chuyển biến trong quản lý thực phẩm tại chợ",
E("so_ket", "2014-H1", "2014-07-10"),
[P("Nguyễn Thanh Dũng", "Phó Chủ tịch UBND thành phố", "Trưởng Ban Chỉ đạo"),
 P("Trần Thị Kim Loan", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Lê Văn Thắng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Huỳnh Ngọc Mai", "Chủ tịch UBND phường An Hòa"),
 P("Phan Văn Tới", "Trưởng phòng Y tế quận Ninh Kiều")],
[Q("2.964 cơ sở", 2964, "cơ sở"), Q("317 cơ sở", 317, "cơ sở"), Q("hơn 412 triệu đồng", 412000000, "đồng", "over"),
 Q("1.055 mẫu thực phẩm", 1055, "mẫu thực phẩm"), Q("92,3%", 92.3, "%"), Q("98 chợ", 98, "chợ"),
 Q("6 chợ đầu mối", 6, "chợ đầu mối"), Q("1 chợ thí điểm", 1, "chợ thí điểm"),
 Q("1.430 tiểu thương", 1430, "tiểu thương"), Q("27 tin báo", 27, "tin báo"), Q("21 trường hợp", 21, "trường hợp"), Q("khoảng 600 hộ", 600, "hộ", "approx"), Q("11 mô hình", 11, "mô hình")],
[D("Thông tư liên tịch", "13", "2014/TTLT-BYT-BNNPTNT-BCT", "2014-04-09", None, "Thông tư liên tịch số 13/2014/TTLT-BYT-BNNPTNT-BCT ngày 9/4/2014"),
 D("Kế hoạch", "52", "KH-UBND", "2014-03-14", "UBND thành phố", "Kế hoạch số 52/KH-UBND ngày 14/3/2014 của UBND thành phố")],
[prov("Cần Thơ"), com("An Hòa"), com("Xuân Khánh"), com("An Cư")],
["BÁO CẦN THƠ ONLINE", "Trang chủ / Xã hội / Sức khỏe", "Quang cảnh hội nghị.", "Chợ an toàn thực phẩm"],
["Thứ Sáu, 11/07/2014 - 09:20", "6 tháng đầu năm 2014", "6 tháng cuối năm", "6 tháng qua"]))

PAGES.append(page("b7209-thainguyen-mttq-kyket-truonghoc-2015", """
BÁO THÁI NGUYÊN ĐIỆN TỬ
Thời sự > Xã hội
09/04/2015 - 14:35
Ký kết phối hợp bảo đảm an toàn thực phẩm trong trường học
Sáng 8-4, Ủy ban MTTQ tỉnh, Sở Y tế và Sở Giáo dục và Đào tạo tổ chức hội nghị ký kết Chương trình phối hợp số 03/CTPH-MTTQ-SYT-SGDĐT về vận động, giám sát bảo đảm an toàn thực phẩm trong trường học giai đoạn 2015 - 2020. Dự hội nghị có đồng chí Đoàn Văn Tuấn, Phó Chủ tịch UBND tỉnh; các đồng chí lãnh đạo: Hà Thị Bích - Chủ tịch Ủy ban MTTQ tỉnh, Ma Văn Lợi - Giám đốc Sở Y tế, Nông Thị Thu - Phó Giám đốc Sở Giáo dục và Đào tạo.
Đại diện các bên ký kết chương trình phối hợp. Ảnh: Thu Huyền
Toàn tỉnh hiện có 694 trường học, trong đó 412 trường có bếp ăn bán trú với gần 98.000 học sinh ăn tại trường. Năm học 2014 - 2015 đã xảy ra 2 vụ ngộ độc thực phẩm tại bếp ăn trường học, 37 trẻ phải theo dõi tại cơ sở y tế. Nguyên nhân chủ yếu là nhà trường hợp đồng mua thực phẩm với các hộ kinh doanh nhỏ lẻ ở chợ, không có hóa đơn, không kiểm soát được nguồn gốc.
Theo chương trình, Mặt trận các cấp vận động cha mẹ học sinh tham gia giám sát bếp ăn, cử đại diện kiểm tra việc giao nhận thực phẩm hằng ngày; ngành y tế hướng dẫn lưu mẫu thức ăn 24 giờ, tập huấn cho người nấu ăn; ngành giáo dục đưa nội dung an toàn thực phẩm vào giờ sinh hoạt ngoại khóa. Mục tiêu đến năm 2020, 100% bếp ăn trường học được kiểm tra định kỳ và 90% trở lên người nấu ăn được cấp giấy xác nhận kiến thức.
Bà Dương Thị Hạnh, Hiệu trưởng Trường Mầm non Hoàng Văn Thụ (TP Thái Nguyên), chia sẻ: trường đã ký hợp đồng với một hợp tác xã rau an toàn ở xã Tân Cương, mỗi sáng có phụ huynh trực cùng nhà bếp để cân, kiểm tra thực phẩm. Mô hình này được các đại biểu đề nghị nhân rộng.
Phát biểu tại hội nghị, bà Hà Thị Bích cho biết năm 2014 Mặt trận các cấp tỉnh Thái Nguyên đã tổ chức 126 cuộc giám sát về an toàn thực phẩm, trong đó 38 cuộc tại trường học; qua giám sát đã kiến nghị khắc phục 57 bếp ăn chưa bảo đảm nguyên tắc một chiều, thiếu tủ lưu mẫu.
Dịp này, Sở Y tế hỗ trợ 250 triệu đồng mua 50 bộ test nhanh cấp cho các trường vùng cao Võ Nhai, Định Hóa.
Phát biểu tại hội nghị, đồng chí Đoàn Văn Tuấn đề nghị các bên cụ thể hóa chương trình bằng kế hoạch hằng năm, gắn với Kế hoạch số 17-KH/TU của Ban Thường vụ Tỉnh ủy thực hiện Chỉ thị 08-CT/TW của Ban Bí thư về công tác bảo đảm an toàn thực phẩm; định kỳ 6 tháng giao ban, báo cáo kết quả về UBND tỉnh.
Hương Giang
Bài viết liên quan
- Đồng Hỷ: giám sát bếp ăn bán trú trường tiểu học (30/03/2015)
- Tăng cường kiểm tra thực phẩm dịp lễ hội đầu xuân (02/03/2015)
- Phú Lương: 100% chợ có tổ tự quản (12/02/2015)
""", "2015-04-09", "Ký kết phối hợp bảo đảm an toàn thực phẩm trong trường học",
E("hoi_nghi", None, "2015-04-08"),
[P("Đoàn Văn Tuấn", "Phó Chủ tịch UBND tỉnh"),
 P("Hà Thị Bích", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Ma Văn Lợi", "Giám đốc Sở Y tế"),
 P("Nông Thị Thu", "Phó Giám đốc Sở Giáo dục và Đào tạo"),
 P("Dương Thị Hạnh", "Hiệu trưởng Trường Mầm non Hoàng Văn Thụ")],
[Q("694 trường học", 694, "trường học"), Q("412 trường", 412, "trường"), Q("gần 98.000 học sinh", 98000, "học sinh", "approx"),
 Q("2 vụ ngộ độc thực phẩm", 2, "vụ ngộ độc thực phẩm"), Q("37 trẻ", 37, "trẻ"), Q("100%", 100, "%"),
 Q("90% trở lên", 90, "%", "over"), Q("126 cuộc giám sát", 126, "cuộc giám sát"), Q("38 cuộc", 38, "cuộc"), Q("57 bếp ăn", 57, "bếp ăn"), Q("250 triệu đồng", 250000000, "đồng"), Q("50 bộ test nhanh", 50, "bộ test nhanh")],
[D("Chương trình phối hợp", "03", "CTPH-MTTQ-SYT-SGDĐT", None, None, "Chương trình phối hợp số 03/CTPH-MTTQ-SYT-SGDĐT"),
 D("Kế hoạch", "17", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 17-KH/TU của Ban Thường vụ Tỉnh ủy"),
 D("Chỉ thị", "08", "CT/TW", None, "Ban Bí thư", "Chỉ thị 08-CT/TW của Ban Bí thư")],
[prov("Thái Nguyên"), com("Tân Cương")],
["BÁO THÁI NGUYÊN ĐIỆN TỬ", "Thời sự > Xã hội", "Đại diện các bên ký kết chương trình phối hợp. Ảnh: Thu Huyền",
 "Trường Mầm non Hoàng Văn Thụ"],
["09/04/2015 - 14:35", "năm 2014", "giai đoạn 2015 - 2020", "Năm học 2014 - 2015", "24 giờ", "đến năm 2020", "định kỳ 6 tháng"]))

PAGES.append(page("b7210-khanhhoa-phuong-doithoai-chodam-2016", """
Báo Khánh Hòa điện tử
Chuyên mục: Xã hội - Đời sống
Cập nhật lúc 17:05 ngày 20/10/2016
Tiểu thương chợ Đầm đối thoại với chính quyền về an toàn thực phẩm
Chiều 19-10, UBND phường Vạn Thạnh (TP. Nha Trang) phối hợp với Ủy ban MTTQ Việt Nam phường tổ chức hội nghị đối thoại năm 2016 giữa chính quyền với tiểu thương chợ Đầm về công tác bảo đảm an toàn thực phẩm và phòng cháy, chữa cháy. Ông Lê Hữu Phước, Chủ tịch UBND phường Vạn Thạnh chủ trì đối thoại.
Chợ Đầm hiện có hơn 1.100 hộ kinh doanh, trong đó khoảng 380 hộ kinh doanh thực phẩm, chủ yếu là hải sản khô, bánh kẹo, đặc sản làm quà cho khách du lịch. Trong quý III, đoàn kiểm tra liên ngành của thành phố lấy 45 mẫu hải sản khô để kiểm nghiệm, 3 mẫu có dư lượng hàn the vượt mức cho phép.
Trước buổi đối thoại, Mặt trận phường đã phát 500 phiếu khảo sát cho các hộ, thu về 412 phiếu; 62% số hộ quan tâm nhất đến thủ tục cấp giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với hộ kinh doanh nhỏ ở chợ truyền thống của tỉnh Khánh Hòa.
Tại buổi đối thoại, tiểu thương nêu 26 ý kiến. Bà Huỳnh Thị Bảy, tiểu thương ngành hàng hải sản khô, hỏi vì sao hàng có hóa đơn mua từ cơ sở sản xuất nhưng khi kiểm tra vẫn bị lập biên bản. Nhiều hộ phản ánh mỗi ki-ốt phải đóng 150.000 đồng/tháng tiền vệ sinh nhưng rác ở khu hàng ăn vẫn tồn đọng sau 21 giờ; khu vực nhà lồng chưa có chỗ rửa tay cho người bán thực phẩm chín.
Trả lời các ý kiến, ông Nguyễn Văn Chín, Giám đốc Ban Quản lý chợ Đầm cho biết, theo Nghị định số 178/2013/NĐ-CP ngày 14/11/2013 của Chính phủ quy định xử phạt vi phạm hành chính về an toàn thực phẩm, người bán vẫn chịu trách nhiệm với hàng hóa mình bày bán; tiểu thương nên chọn nơi nhập hàng có giấy chứng nhận đủ điều kiện và giữ lại hóa đơn, nhãn mác. Ban Quản lý sẽ bổ sung 4 bồn rửa tay, tăng tần suất thu gom rác trong mùa du lịch.
Bà Phạm Thị Ngọc Diệu, Chủ tịch Ủy ban MTTQ Việt Nam phường cho biết, Mặt trận sẽ phối hợp Hội Phụ nữ, Hội Cựu chiến binh vận động các hộ ký cam kết, lập tổ tự quản an toàn thực phẩm theo từng dãy hàng. Mục tiêu cuối năm có ít nhất 85% tiểu thương ngành thực phẩm tham gia ký cam kết theo Quyết định số 2451/QĐ-UBND của UBND tỉnh về quản lý chợ.
Kết luận buổi đối thoại, ông Lê Hữu Phước ghi nhận các kiến nghị, giao bộ phận chuyên môn trả lời bằng văn bản trong 15 ngày những ý kiến vượt thẩm quyền.
Văn Kỳ
Tin cùng chuyên mục
- Ninh Hòa: kiểm tra bếp ăn tập thể khu công nghiệp (18/10/2016)
- Cam Ranh: phát hiện 200kg mực khô không rõ nguồn gốc (12/10/2016)
- Nha Trang ra mắt tuyến phố ẩm thực an toàn (05/10/2016)
""", "2016-10-20", "Tiểu thương chợ Đầm đối thoại với chính quyền về an toàn thực phẩm",
E("doi_thoai", "2016", "2016-10-19"),
[P("Lê Hữu Phước", "Chủ tịch UBND phường Vạn Thạnh"),
 P("Huỳnh Thị Bảy", "tiểu thương ngành hàng hải sản khô"),
 P("Nguyễn Văn Chín", "Giám đốc Ban Quản lý chợ Đầm"),
 P("Phạm Thị Ngọc Diệu", "Chủ tịch Ủy ban MTTQ Việt Nam phường")],
[Q("hơn 1.100 hộ kinh doanh", 1100, "hộ kinh doanh", "over"), Q("khoảng 380 hộ kinh doanh thực phẩm", 380, "hộ kinh doanh thực phẩm", "approx"),
 Q("45 mẫu hải sản khô", 45, "mẫu hải sản khô"), Q("3 mẫu", 3, "mẫu"), Q("500 phiếu khảo sát", 500, "phiếu khảo sát"), Q("412 phiếu", 412, "phiếu"), Q("62%", 62, "%"), Q("26 ý kiến", 26, "ý kiến"),
 Q("150.000 đồng", 150000, "đồng"), Q("4 bồn rửa tay", 4, "bồn rửa tay"), Q("ít nhất 85%", 85, "%", "over")],
[D("Nghị định", "178", "2013/NĐ-CP", "2013-11-14", "Chính phủ", "Nghị định số 178/2013/NĐ-CP ngày 14/11/2013 của Chính phủ"),
 D("Quyết định", "2451", "QĐ-UBND", None, "UBND tỉnh", "Quyết định số 2451/QĐ-UBND của UBND tỉnh")],
[prov("Khánh Hòa"), com("Vạn Thạnh")],
["Báo Khánh Hòa điện tử", "Chuyên mục: Xã hội - Đời sống"],
["Cập nhật lúc 17:05 ngày 20/10/2016", "năm 2016", "quý III", "sau 21 giờ", "trong 15 ngày"]))
