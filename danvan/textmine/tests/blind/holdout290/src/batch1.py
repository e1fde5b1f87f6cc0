from lib import *
PAGES = []

PAGES.append(page("b6917-thainguyen-nd80-hoinghi-2011", """
BÁO THÁI NGUYÊN ĐIỆN TỬ
Trang chủ > Pháp luật > An ninh trật tự
Thứ Sáu, 14/10/2011 - 08:30
Triển khai các biện pháp bảo đảm tái hòa nhập cộng đồng cho người mãn hạn tù
Ngày 13/10, UBND tỉnh Thái Nguyên tổ chức hội nghị triển khai Nghị định số 80/2011/NĐ-CP ngày 16/9/2011 của Chính phủ quy định các biện pháp bảo đảm tái hòa nhập cộng đồng đối với người chấp hành xong án phạt tù. Đồng chí Hoàng Văn Khởi, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo phòng, chống tội phạm tỉnh chủ trì hội nghị. Dự hội nghị có gần 200 đại biểu là lãnh đạo các sở, ngành, đoàn thể của tỉnh, lãnh đạo các huyện, thành phố, thị xã và cán bộ tư pháp, công an của 180 xã, phường, thị trấn.
Ảnh: Quang cảnh hội nghị.
Theo báo cáo của Công an tỉnh, từ năm 2006 đến nay toàn tỉnh có 3.412 người chấp hành xong án phạt tù trở về địa phương, trong đó 1.126 người được đặc xá. Qua rà soát, khoảng 38% số người trở về chưa có việc làm ổn định, hơn 400 người chưa có chỗ ở ổn định; tỷ lệ tái phạm tội chiếm 6,5%. Nhiều người mặc cảm, ngại tiếp xúc, một bộ phận bị gia đình và cộng đồng xa lánh.
Bà Nguyễn Thị Thu Hà, Phó Giám đốc Sở Tư pháp, quán triệt những nội dung cơ bản của Nghị định 80. Theo đó, trại giam có trách nhiệm giáo dục, dạy nghề cho phạm nhân trước khi ra trại; UBND cấp xã tiếp nhận, phân công tổ chức, cá nhân giúp đỡ; gia đình, Ủy ban MTTQ và các đoàn thể phối hợp tạo điều kiện để người chấp hành xong án phạt tù được học nghề, vay vốn, tìm việc làm.
Thượng tá Lê Quang Hưng, Phó Trưởng phòng Cảnh sát quản lý hành chính về trật tự xã hội Công an tỉnh, cho biết: "Riêng năm 2011, lực lượng công an đã phối hợp tiếp nhận 284 người ra trại, lập hồ sơ quản lý và phân công giúp đỡ 100% số người trở về. Khó nhất vẫn là việc làm, bởi phần lớn họ không có tay nghề".
Chia sẻ kinh nghiệm ở cơ sở, ông Dương Văn Lộc, Chủ tịch UBND xã Phúc Xuân, cho biết xã hiện có 27 người chấp hành xong án phạt tù. Xã giao cho từng đoàn thể nhận đỡ đầu, vận động các cơ sở chế biến chè nhận 9 người vào làm việc, giúp 4 hộ vay tổng số 120 triệu đồng để chăn nuôi, trồng chè. Đến nay chưa có trường hợp nào tái phạm.
Kết luận hội nghị, đồng chí Hoàng Văn Khởi đề nghị các địa phương tiếp tục thực hiện Chỉ thị số 48-CT/TW ngày 22/10/2010 của Bộ Chính trị về tăng cường sự lãnh đạo của Đảng đối với công tác phòng, chống tội phạm trong tình hình mới; xây dựng kế hoạch triển khai Nghị định trước ngày 30/11/2011; UBND cấp xã phải tiếp nhận và phân công người giúp đỡ ngay khi người chấp hành xong án phạt tù về cư trú. Ủy ban MTTQ và các đoàn thể đưa nội dung giúp đỡ người lầm lỗi vào cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư"; Sở Lao động - Thương binh và Xã hội chủ trì hướng dẫn dạy nghề, giới thiệu việc làm cho số người trở về.
Phương Linh
Tin liên quan
- Đồng Hỷ: 12 người lầm lỗi được nhận vào làm việc tại mỏ than (06/10/2011)
- Phổ Yên ra mắt câu lạc bộ giúp đỡ người sau cai nghiện (28/09/2011)
- Công an tỉnh sơ kết 9 tháng phong trào toàn dân bảo vệ an ninh Tổ quốc (21/09/2011)
- Phú Lương: Trao 50 suất học bổng cho con em người nghiện ma túy (12/09/2011)
""", "2011-10-14", "Triển khai các biện pháp bảo đảm tái hòa nhập cộng đồng cho người mãn hạn tù",
E("hoi_nghi", None, "2011-10-13"),
[P("Hoàng Văn Khởi", "Phó Chủ tịch UBND tỉnh", "Trưởng Ban Chỉ đạo phòng, chống tội phạm tỉnh"),
 P("Nguyễn Thị Thu Hà", "Phó Giám đốc Sở Tư pháp"),
 P("Lê Quang Hưng", "Thượng tá", "Phó Trưởng phòng Cảnh sát quản lý hành chính về trật tự xã hội Công an tỉnh"),
 P("Dương Văn Lộc", "Chủ tịch UBND xã Phúc Xuân")],
[Q("gần 200 đại biểu", 200, "đại biểu", "approx"), Q("180 xã, phường, thị trấn", 180, "xã, phường, thị trấn"),
 Q("3.412 người chấp hành xong án phạt tù", 3412, "người chấp hành xong án phạt tù"),
 Q("1.126 người được đặc xá", 1126, "người được đặc xá"), Q("khoảng 38%", 38, "%", "approx"),
 Q("hơn 400 người", 400, "người", "over"), Q("6,5%", 6.5, "%"), Q("284 người", 284, "người"), Q("100%", 100, "%"),
 Q("27 người chấp hành xong án phạt tù", 27, "người chấp hành xong án phạt tù"), Q("9 người", 9, "người"),
 Q("4 hộ", 4, "hộ"), Q("120 triệu đồng", 120000000, "đồng")],
[D("Nghị định", "80", "2011/NĐ-CP", "2011-09-16", "Chính phủ", "Nghị định số 80/2011/NĐ-CP ngày 16/9/2011 của Chính phủ"),
 D("Chỉ thị", "48", "CT/TW", "2010-10-22", "Bộ Chính trị", "Chỉ thị số 48-CT/TW ngày 22/10/2010 của Bộ Chính trị")],
[prov("Thái Nguyên"), com("Phúc Xuân")],
["BÁO THÁI NGUYÊN ĐIỆN TỬ", "Trang chủ > Pháp luật > An ninh trật tự", "Ảnh: Quang cảnh hội nghị.",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Ban Chỉ đạo phòng, chống tội phạm tỉnh"],
["Thứ Sáu, 14/10/2011 - 08:30", "từ năm 2006", "Riêng năm 2011", "30/11/2011"]))

PAGES.append(page("b6918-nghean-tonghop-tongket-2012", """
BÁO NGHỆ AN
Thời sự | Pháp luật | Đời sống
28/12/2012 16:45
Nghệ An: Hơn 1.500 người lầm lỗi được giúp đỡ tái hòa nhập cộng đồng
(Baonghean) - Chiều 27/12, Ban Chỉ đạo công tác tái hòa nhập cộng đồng tỉnh tổ chức hội nghị tổng kết công tác giáo dục, giúp đỡ người lầm lỗi tái hòa nhập cộng đồng năm 2012. Đại tá Trần Hữu Nghĩa, Phó Giám đốc Công an tỉnh, Phó Trưởng Ban Chỉ đạo chủ trì hội nghị.
Đại tá Trần Hữu Nghĩa phát biểu tại hội nghị. Ảnh: Đức Anh
Năm 2012, toàn tỉnh tiếp nhận 1.932 người chấp hành xong án phạt tù trở về, trong đó 214 người được đặc xá nhân dịp Quốc khánh 2/9. Các địa phương đã giúp hơn 1.500 người lầm lỗi có việc làm, ổn định cuộc sống; 312 người được học nghề miễn phí tại các trung tâm dạy nghề; Ngân hàng Chính sách xã hội cho 168 lượt hộ gia đình có người chấp hành xong án phạt tù vay vốn với tổng dư nợ 4,2 tỷ đồng. Tỷ lệ tái phạm giảm còn 4,8%, thấp hơn năm trước 1,3%.
Toàn tỉnh đã xây dựng 86 mô hình, câu lạc bộ giúp đỡ người lầm lỗi, tiêu biểu như mô hình "Đồng hành cùng người lầm lỗi" của Hội Phụ nữ huyện Quỳnh Lưu, "Câu lạc bộ Hướng thiện" ở phường Hưng Bình, thành phố Vinh. Tại xã Nghi Phong, huyện Nghi Lộc, tất cả những người trở về đều được chính quyền và đoàn thể nhận đỡ đầu, không có trường hợp tái phạm.
Bên cạnh kết quả đạt được, hội nghị chỉ ra một số hạn chế: một số địa phương chưa bố trí kinh phí cho công tác này; nhiều doanh nghiệp còn e ngại khi tiếp nhận người có tiền án; vẫn còn khoảng 270 người chưa có việc làm ổn định, chủ yếu ở các huyện miền núi.
Phát biểu tại hội nghị, ông Phan Đình Khuê, Chủ tịch Ủy ban MTTQ xã Diễn Kim, đề nghị tỉnh có cơ chế hỗ trợ kinh phí cho tổ hòa giải và các tổ tự quản trực tiếp giúp đỡ người lầm lỗi. Bà Hồ Thị Lan, Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh, cho biết năm 2013 Hội sẽ nhân rộng mô hình "Mẹ đỡ đầu người lầm lỗi" ra 20 huyện, thành, thị.
Kết luận hội nghị, Đại tá Trần Hữu Nghĩa đề nghị các thành viên Ban Chỉ đạo tiếp tục thực hiện Nghị định 80/2011/NĐ-CP của Chính phủ và Kế hoạch số 115/KH-UBND ngày 22/3/2012 của UBND tỉnh; gắn công tác tái hòa nhập cộng đồng với phong trào "Toàn dân bảo vệ an ninh Tổ quốc"; quan tâm hơn đến người trở về là đồng bào dân tộc thiểu số ở các huyện vùng cao.
Dịp này, Giám đốc Công an tỉnh tặng giấy khen cho 18 tập thể, 25 cá nhân có thành tích trong công tác giúp đỡ người lầm lỗi tái hòa nhập cộng đồng năm 2012.
Hoài Thu
Tin liên quan
- Quỳnh Lưu: Mẹ đỡ đầu giúp người lầm lỗi hoàn lương (14/12/2012)
- Tặng 300 suất quà cho người nghiện ma túy đang cai nghiện (05/12/2012)
- Hơn 200 phạm nhân Trại giam số 6 được đặc xá (31/08/2012)
""", "2012-12-28", "Nghệ An: Hơn 1.500 người lầm lỗi được giúp đỡ tái hòa nhập cộng đồng",
E("tong_ket", "2012", "2012-12-27"),
[P("Trần Hữu Nghĩa", "Đại tá", "Phó Giám đốc Công an tỉnh", "Phó Trưởng Ban Chỉ đạo"),
 P("Phan Đình Khuê", "Chủ tịch Ủy ban MTTQ xã Diễn Kim"),
 P("Hồ Thị Lan", "Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh")],
[Q("1.932 người chấp hành xong án phạt tù", 1932, "người chấp hành xong án phạt tù"),
 Q("214 người được đặc xá", 214, "người được đặc xá"), Q("hơn 1.500 người lầm lỗi", 1500, "người lầm lỗi", "over"),
 Q("312 người", 312, "người"), Q("168 lượt hộ gia đình", 168, "lượt hộ gia đình"), Q("4,2 tỷ đồng", 4200000000, "đồng"),
 Q("4,8%", 4.8, "%"), Q("1,3%", 1.3, "%"), Q("86 mô hình, câu lạc bộ", 86, "mô hình, câu lạc bộ"),
 Q("khoảng 270 người", 270, "người", "approx"), Q("20 huyện, thành, thị", 20, "huyện, thành, thị"),
 Q("18 tập thể", 18, "tập thể"), Q("25 cá nhân", 25, "cá nhân")],
[D("Nghị định", "80", "2011/NĐ-CP", None, "Chính phủ", "Nghị định 80/2011/NĐ-CP của Chính phủ"),
 D("Kế hoạch", "115", "KH-UBND", "2012-03-22", "UBND tỉnh", "Kế hoạch số 115/KH-UBND ngày 22/3/2012 của UBND tỉnh")],
[prov("Nghệ An"), com("Hưng Bình"), com("Nghi Phong"), com("Diễn Kim")],
["BÁO NGHỆ AN", "Thời sự | Pháp luật | Đời sống", "(Baonghean)", "Đại tá Trần Hữu Nghĩa phát biểu tại hội nghị. Ảnh: Đức Anh",
 "Đồng hành cùng người lầm lỗi", "Câu lạc bộ Hướng thiện", "Mẹ đỡ đầu người lầm lỗi", "Toàn dân bảo vệ an ninh Tổ quốc"],
["28/12/2012 16:45", "Quốc khánh 2/9", "năm 2012", "năm 2013"]))

PAGES.append(page("b6919-haiphong-quatet-nguoisaucainghien-2013", """
Báo Hải Phòng - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam thành phố Hải Phòng
Trang chủ / Xã hội / Nhịp sống cơ sở
Thứ Ba, 05/02/2013, 09:20
Thủy Nguyên: Ấm áp Tết cho người sau cai nghiện và người mãn hạn tù
Ngày 4/2, Ủy ban MTTQ Việt Nam huyện Thủy Nguyên phối hợp với Công an huyện tổ chức thăm, tặng 150 suất quà Tết cho người sau cai nghiện ma túy và người chấp hành xong án phạt tù có hoàn cảnh khó khăn. Mỗi suất quà trị giá 500.000 đồng gồm tiền mặt, bánh chưng, gạo và dầu ăn.
Bà Nguyễn Thị Ngọc Lan, Chủ tịch Ủy ban MTTQ Việt Nam huyện trao quà cho các gia đình tại xã Lưu Kiếm.
Theo Công an huyện, toàn huyện hiện có 412 người nghiện ma túy có hồ sơ quản lý và 236 người chấp hành xong án phạt tù đang cư trú tại 37 xã, thị trấn. Năm 2012, các xã, thị trấn đã lập hồ sơ giúp đỡ cho 58 người mới trở về, phối hợp giới thiệu việc làm cho 41 người.
Đến thăm gia đình anh Bùi Văn Tùng ở thôn 5, xã Lưu Kiếm, ông Vũ Đức Thịnh, Phó Bí thư Thường trực Huyện ủy Thủy Nguyên ân cần hỏi han cuộc sống. Anh Tùng từng 2 lần đi cai nghiện bắt buộc, nay đã bỏ hẳn ma túy được gần 3 năm, cùng vợ mở xưởng mộc nhỏ. Anh bày tỏ: "Được chính quyền tin tưởng, tôi không thể làm mọi người thất vọng".
Ở thị trấn Núi Đèo, chị Đỗ Thị Hạnh, Tổ trưởng tổ dân phố số 3, cho biết tổ có 4 người sau cai nghiện, mỗi người được một hội viên Cựu chiến binh kèm cặp. "Tết này các anh ấy đều ở nhà, đi làm đều, gia đình cũng bớt lo", chị Hạnh nói.
Dịp này, Công ty TNHH Giày da Hải Hà trao tặng Quỹ "Vì người nghèo" của huyện 20 triệu đồng và nhận 35 người sau cai nghiện vào làm việc sau Tết với mức lương từ 3 đến 3,5 triệu đồng/tháng. Trung tá Phạm Văn Dũng, Phó Trưởng Công an huyện, đề nghị các gia đình phối hợp chặt chẽ với công an xã, không để người thân tái nghiện trong dịp Tết Quý Tỵ.
Trong đợt này, các xã Lập Lễ, Kênh Giang, Hoa Động cũng trao 64 suất quà do các nhà hảo tâm ủng hộ, tổng trị giá hơn 30 triệu đồng.
Theo ông Vũ Đức Thịnh, thời gian qua Huyện ủy đã chỉ đạo các cấp ủy cơ sở coi việc giúp đỡ người lầm lỗi là nhiệm vụ thường xuyên của cả hệ thống chính trị, không phải việc riêng của ngành công an. Mỗi khu dân cư đều có tổ tự quản, người có uy tín nắm tình hình, kịp thời động viên khi người trở về gặp khó khăn về việc làm, chỗ ở hay bị kỳ thị. Năm 2013, huyện phấn đấu giảm ít nhất 10% số người nghiện ma túy ngoài xã hội, không để phát sinh điểm bán lẻ ma túy mới.
Thanh Hằng
Tin khác
- Hải Phòng: Đón 96 phạm nhân được đặc xá trở về địa phương (02/09/2012)
- Kiến An ra mắt mô hình "Cảm hóa người lầm lỡ" (21/01/2013)
- Thăm, chúc Tết các gia đình chính sách tại Cát Hải (30/01/2013)
""", "2013-02-05", "Thủy Nguyên: Ấm áp Tết cho người sau cai nghiện và người mãn hạn tù",
E("trao_qua", None, "2013-02-04"),
[P("Nguyễn Thị Ngọc Lan", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Bùi Văn Tùng"),
 P("Vũ Đức Thịnh", "Phó Bí thư Thường trực Huyện ủy Thủy Nguyên"),
 P("Đỗ Thị Hạnh", "Tổ trưởng tổ dân phố số 3"),
 P("Phạm Văn Dũng", "Trung tá", "Phó Trưởng Công an huyện")],
[Q("150 suất quà", 150, "suất quà"), Q("500.000 đồng", 500000, "đồng"),
 Q("412 người nghiện ma túy", 412, "người nghiện ma túy"),
 Q("236 người chấp hành xong án phạt tù", 236, "người chấp hành xong án phạt tù"),
 Q("37 xã, thị trấn", 37, "xã, thị trấn"), Q("58 người", 58, "người"), Q("41 người", 41, "người"),
 Q("4 người sau cai nghiện", 4, "người sau cai nghiện"), Q("20 triệu đồng", 20000000, "đồng"),
 Q("35 người sau cai nghiện", 35, "người sau cai nghiện"), Q("từ 3", 3000000, "đồng"), Q("3,5 triệu đồng", 3500000, "đồng"),
 Q("64 suất quà", 64, "suất quà"), Q("hơn 30 triệu đồng", 30000000, "đồng", "over"), Q("ít nhất 10%", 10, "%", "over")],
[],
[prov("Hải Phòng"), com("Lưu Kiếm"), com("Núi Đèo"), com("Lập Lễ"), com("Kênh Giang"), com("Hoa Động")],
["Báo Hải Phòng - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam thành phố Hải Phòng", "Trang chủ / Xã hội / Nhịp sống cơ sở",
 "Bà Nguyễn Thị Ngọc Lan, Chủ tịch Ủy ban MTTQ Việt Nam huyện trao quà cho các gia đình tại xã Lưu Kiếm.", "Vì người nghèo",
 "Tết Quý Tỵ"],
["Thứ Ba, 05/02/2013, 09:20", "2 lần", "gần 3 năm", "Năm 2012", "tổ dân phố số 3", "thôn 5", "Năm 2013"]))

PAGES.append(page("b6920-binhduong-sautcainghien-soket-2014", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BÌNH DƯƠNG
Tin tức - Sự kiện :: Văn hóa - Xã hội
09-07-2014 14:30
Ảnh: Toàn cảnh buổi sơ kết
Tạo việc làm cho người sau cai nghiện: cần sự chung tay của doanh nghiệp
Sáng 8/7, Sở Lao động - Thương binh và Xã hội tỉnh Bình Dương tổ chức sơ kết công tác quản lý sau cai nghiện và hỗ trợ người sau cai nghiện tái hòa nhập cộng đồng 6 tháng đầu năm 2014, triển khai nhiệm vụ 6 tháng cuối năm. Ông Lâm Quang Vinh, Giám đốc Sở Lao động - Thương binh và Xã hội chủ trì.
6 tháng đầu năm, toàn tỉnh có 1.086 người nghiện ma túy có hồ sơ quản lý; 412 người sau cai nghiện trở về địa phương, tăng 57 người so với cùng kỳ. Các ngành chức năng đã giới thiệu việc làm cho 268 người, đạt 65% số người có nhu cầu; 8 doanh nghiệp ký cam kết tiếp nhận lao động là người sau cai nghiện. Ngân hàng Chính sách xã hội tỉnh giải ngân 1,45 tỷ đồng cho 49 hộ có người sau cai nghiện vay vốn sản xuất, kinh doanh.
Bà Trương Thị Bích Ngọc, Giám đốc Trung tâm Giáo dục - Lao động xã hội tỉnh, cho biết Trung tâm đang quản lý 734 học viên; trong 6 tháng đã tổ chức 12 lớp dạy nghề may công nghiệp, cơ khí, điện dân dụng cho 356 học viên. Sau khi hết thời hạn, học viên được Trung tâm liên hệ với địa phương, doanh nghiệp để bố trí việc làm, tránh tình trạng "ra khỏi trung tâm là thất nghiệp".
Ông Huỳnh Văn Thạch, Chủ tịch UBND phường Tân Định, chia sẻ phường thành lập tổ công tác gồm công an, đoàn thanh niên và tổ trưởng khu phố để theo dõi, giúp đỡ 23 người sau cai nghiện. Đại diện Công ty TNHH Gỗ Minh Phát, ông Nguyễn Hữu Phước, Trưởng phòng Nhân sự, cho biết công ty đang sử dụng 17 lao động là người sau cai nghiện với thu nhập bình quân 4,2 triệu đồng/tháng, "phần lớn các em làm việc chăm chỉ, chỉ cần được tin tưởng".
Theo Sở, khó khăn hiện nay là việc quản lý sau cai nghiện tại nơi cư trú theo Nghị định số 94/2009/NĐ-CP ngày 26/10/2009 của Chính phủ còn lúng túng; tỷ lệ tái nghiện vẫn ở mức cao, khoảng 70%. Nhiều người là lao động nhập cư nên khó theo dõi.
6 tháng cuối năm, ngành tiếp tục triển khai Quyết định số 2596/QĐ-TTg ngày 27/12/2013 của Thủ tướng Chính phủ phê duyệt Đề án đổi mới công tác cai nghiện ma túy ở Việt Nam đến năm 2020 và Kế hoạch số 1247/KH-UBND ngày 21/4/2014 của UBND tỉnh; phấn đấu giới thiệu việc làm cho ít nhất 300 người sau cai nghiện, mở thêm 2 điểm tư vấn, điều trị nghiện tự nguyện tại cộng đồng ở phường Chánh Nghĩa và thị xã Bến Cát.
Ngọc Thảo
Các tin khác
- Bình Dương: 150 học viên cai nghiện hoàn thành chương trình học nghề (26/06/2014)
- Ra mắt câu lạc bộ "Hướng về cộng đồng" tại Thuận An (12/06/2014)
- Hội nghị triển khai Luật Xử lý vi phạm hành chính (30/05/2014)
""", "2014-07-09", "Tạo việc làm cho người sau cai nghiện: cần sự chung tay của doanh nghiệp",
E("so_ket", "2014-H1", "2014-07-08"),
[P("Lâm Quang Vinh", "Giám đốc Sở Lao động - Thương binh và Xã hội"),
 P("Trương Thị Bích Ngọc", "Giám đốc Trung tâm Giáo dục - Lao động xã hội tỉnh"),
 P("Huỳnh Văn Thạch", "Chủ tịch UBND phường Tân Định"),
 P("Nguyễn Hữu Phước", "Trưởng phòng Nhân sự")],
[Q("1.086 người nghiện ma túy", 1086, "người nghiện ma túy"), Q("412 người sau cai nghiện", 412, "người sau cai nghiện"),
 Q("57 người", 57, "người"), Q("268 người", 268, "người"), Q("65%", 65, "%"), Q("8 doanh nghiệp", 8, "doanh nghiệp"),
 Q("1,45 tỷ đồng", 1450000000, "đồng"), Q("49 hộ", 49, "hộ"), Q("734 học viên", 734, "học viên"),
 Q("12 lớp dạy nghề", 12, "lớp dạy nghề"), Q("356 học viên", 356, "học viên"),
 Q("23 người sau cai nghiện", 23, "người sau cai nghiện"), Q("17 lao động", 17, "lao động"),
 Q("4,2 triệu đồng", 4200000, "đồng"), Q("khoảng 70%", 70, "%", "approx"),
 Q("ít nhất 300 người sau cai nghiện", 300, "người sau cai nghiện", "over"),
 Q("2 điểm tư vấn, điều trị nghiện tự nguyện", 2, "điểm tư vấn, điều trị nghiện tự nguyện")],
[D("Nghị định", "94", "2009/NĐ-CP", "2009-10-26", "Chính phủ", "Nghị định số 94/2009/NĐ-CP ngày 26/10/2009 của Chính phủ"),
 D("Quyết định", "2596", "QĐ-TTg", "2013-12-27", "Thủ tướng Chính phủ", "Quyết định số 2596/QĐ-TTg ngày 27/12/2013 của Thủ tướng Chính phủ"),
 D("Kế hoạch", "1247", "KH-UBND", "2014-04-21", "UBND tỉnh", "Kế hoạch số 1247/KH-UBND ngày 21/4/2014 của UBND tỉnh")],
[prov("Bình Dương"), com("Tân Định"), com("Chánh Nghĩa")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BÌNH DƯƠNG", "Tin tức - Sự kiện :: Văn hóa - Xã hội", "Ảnh: Toàn cảnh buổi sơ kết",
 "Công ty TNHH Gỗ Minh Phát", "ra khỏi trung tâm là thất nghiệp"],
["09-07-2014 14:30", "6 tháng đầu năm 2014", "6 tháng cuối năm", "6 tháng đầu năm", "đến năm 2020"]))

PAGES.append(page("b6921-quangnam-doithoai-nguoimanhantu-2015", """
Báo Quảng Nam Online
Thời sự > Chính trị - Xã hội
Thứ Sáu, 18/9/2015 10:12
Đối thoại với người chấp hành xong án phạt tù: Nhiều kiến nghị về vốn vay, giấy tờ tùy thân
(QNO) - Ngày 17/9, tại hội trường UBND xã Điện Phước (Điện Bàn), Ủy ban MTTQ Việt Nam tỉnh phối hợp với Công an tỉnh tổ chức buổi đối thoại năm 2015 giữa lãnh đạo các ngành, chính quyền với người chấp hành xong án phạt tù và gia đình họ. Gần 120 người dự buổi đối thoại.
Chủ trì đối thoại có bà Trần Thị Kim Hoa, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh và Thượng tá Võ Văn Bảy, Phó Trưởng phòng Cảnh sát quản lý hành chính về trật tự xã hội Công an tỉnh.
Các đại biểu tại buổi đối thoại. Ảnh: VĂN SỰ
Theo báo cáo, từ đầu năm đến nay toàn tỉnh tiếp nhận 846 người chấp hành xong án phạt tù về cư trú; 72 người được vay vốn theo Quyết định số 15/2013/QĐ-TTg của Thủ tướng Chính phủ với tổng số tiền hơn 1,8 tỷ đồng. Tuy nhiên, số người còn khó khăn về việc làm khá lớn, riêng thị xã Điện Bàn có 61 người chưa có việc làm.
Tại buổi đối thoại, 32 ý kiến được nêu ra, tập trung vào thủ tục vay vốn, cấp lại chứng minh nhân dân, xóa án tích và học nghề. Anh Lê Văn Hùng (xã Điện Thắng Trung) cho biết ra trại đã 8 tháng nhưng vẫn chưa làm được chứng minh nhân dân, nên không xin được việc ở khu công nghiệp. Một người mẹ ở xã Điện Phước đề nghị có lớp học nghề ngắn hạn gần nhà cho con.
Trả lời các ý kiến, ông Nguyễn Minh Sang, Phó Giám đốc Chi nhánh Ngân hàng Chính sách xã hội tỉnh giải thích: mức cho vay tối đa 20 triệu đồng mỗi người đối với người chấp hành xong án phạt tù tự sản xuất, kinh doanh, thời hạn vay tối đa 36 tháng; hồ sơ nộp qua Tổ tiết kiệm và vay vốn ở thôn. Ông Huỳnh Tấn Lực, Chủ tịch UBND xã Điện Phước, hứa trong tháng 10 sẽ phối hợp công an thị xã làm thủ tục giấy tờ cho 6 trường hợp còn vướng.
Bà Trần Thị Kim Hoa ghi nhận 14 ý kiến cần các sở, ngành trả lời bằng văn bản và đề nghị Ủy ban MTTQ các cấp tiếp tục thực hiện Kế hoạch số 2468/KH-UBND ngày 3/7/2015 của UBND tỉnh về tổ chức đối thoại, nắm tâm tư người lầm lỗi; vận động các gia đình không để con em quay lại con đường cũ. Theo Ban tổ chức, các ý kiến còn lại đã được giải đáp ngay tại buổi đối thoại; kết quả sẽ được thông báo đến từng xã, thị trấn.
Dịp này, Ban tổ chức tặng 20 suất quà, mỗi suất 300.000 đồng cho những người có hoàn cảnh khó khăn.
VĂN SỰ
Tin liên quan
- Quảng Nam: 135 phạm nhân được đặc xá năm 2015 (01/09/2015)
- Hội An ra mắt mô hình "Bàn tay nhân ái" giúp người lầm lỗi (20/08/2015)
- Điện Bàn: Cho vay vốn người chấp hành xong án phạt tù (02/08/2015)
""", "2015-09-18", "Đối thoại với người chấp hành xong án phạt tù: Nhiều kiến nghị về vốn vay, giấy tờ tùy thân",
E("doi_thoai", "2015", "2015-09-17"),
[P("Trần Thị Kim Hoa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Võ Văn Bảy", "Thượng tá", "Phó Trưởng phòng Cảnh sát quản lý hành chính về trật tự xã hội Công an tỉnh"),
 P("Lê Văn Hùng"),
 P("Nguyễn Minh Sang", "Phó Giám đốc Chi nhánh Ngân hàng Chính sách xã hội tỉnh"),
 P("Huỳnh Tấn Lực", "Chủ tịch UBND xã Điện Phước")],
[Q("Gần 120 người", 120, "người", "approx"), Q("846 người chấp hành xong án phạt tù", 846, "người chấp hành xong án phạt tù"),
 Q("72 người", 72, "người"), Q("hơn 1,8 tỷ đồng", 1800000000, "đồng", "over"), Q("61 người", 61, "người"),
 Q("32 ý kiến", 32, "ý kiến"), Q("tối đa 20 triệu đồng", 20000000, "đồng"), Q("6 trường hợp", 6, "trường hợp"),
 Q("14 ý kiến", 14, "ý kiến"), Q("20 suất quà", 20, "suất quà"), Q("300.000 đồng", 300000, "đồng")],
[D("Quyết định", "15", "2013/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 15/2013/QĐ-TTg của Thủ tướng Chính phủ"),
 D("Kế hoạch", "2468", "KH-UBND", "2015-07-03", "UBND tỉnh", "Kế hoạch số 2468/KH-UBND ngày 3/7/2015 của UBND tỉnh")],
[prov("Quảng Nam"), com("Điện Phước"), com("Điện Thắng Trung")],
["Báo Quảng Nam Online", "Thời sự > Chính trị - Xã hội", "(QNO)", "Các đại biểu tại buổi đối thoại. Ảnh: VĂN SỰ",
 "Tổ tiết kiệm và vay vốn"],
["Thứ Sáu, 18/9/2015 10:12", "năm 2015", "8 tháng", "36 tháng", "tháng 10"]))

PAGES.append(page("b6922-cantho-baocao-tainhap-2016", """
CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ CẦN THƠ
Trang chủ › Tin tức › Chỉ đạo - Điều hành
Ngày đăng: 20/12/2016 | Lượt xem: 1.204
Cần Thơ: 94% người chấp hành xong án phạt tù có việc làm
UBND thành phố vừa có Báo cáo số 218/BC-UBND ngày 15/12/2016 về kết quả công tác tái hòa nhập cộng đồng đối với người chấp hành xong án phạt tù năm 2016 gửi Bộ Công an. Theo báo cáo, 94% số người chấp hành xong án phạt tù trở về trong năm đã có việc làm, cao hơn năm 2015 gần 5%.
Trong năm, thành phố tiếp nhận 628 người chấp hành xong án phạt tù, trong đó 47 người được đặc xá theo Quyết định số 1515/QĐ-CTN của Chủ tịch nước. Các quận, huyện đã lập hồ sơ, phân công 2.136 cá nhân, tổ chức giúp đỡ; 181 người được hỗ trợ học nghề với kinh phí 545 triệu đồng; Ngân hàng Chính sách xã hội thành phố cho 95 người vay vốn, tổng số tiền 1,9 tỷ đồng. Số người tái phạm là 19 người, chiếm 3,02%.
Báo cáo đánh giá việc triển khai Nghị định 80/2011/NĐ-CP và Kế hoạch số 76/KH-UBND ngày 12/5/2016 của UBND thành phố được các cấp, các ngành quan tâm. Ủy ban MTTQ Việt Nam thành phố chỉ đạo Ban công tác Mặt trận ở 583 khu vực, ấp nhận đỡ đầu người lầm lỗi. Hội Cựu chiến binh, Hội Liên hiệp Phụ nữ và Thành đoàn duy trì 42 câu lạc bộ, tổ nhóm giúp đỡ người lầm lỗi.
Một số địa phương có cách làm hiệu quả, được báo cáo đề nghị nhân rộng trong năm tới. Phường An Khánh (quận Ninh Kiều) phối hợp 5 doanh nghiệp tiếp nhận người trở về; xã Thới Hưng (huyện Cờ Đỏ) hỗ trợ mỗi hộ 2 con bò giống để chăn nuôi. Ông Nguyễn Văn Tám, người trở về năm 2015, nay làm thợ hồ ở phường An Khánh và đang kèm cặp 3 thanh niên cùng hoàn cảnh. "Có việc làm, có người tin mình thì không ai muốn quay lại chỗ cũ", ông nói.
Phó Chủ tịch UBND thành phố Trương Quang Hiển, Trưởng Ban Chỉ đạo phòng, chống tội phạm thành phố, đánh giá: những hạn chế còn tồn tại là kinh phí bố trí cho công tác này còn thấp, khoảng 10.000 đồng/người/năm ở cấp xã; cơ sở dữ liệu chưa đồng bộ; một số người trở về không khai báo cư trú, đi làm ăn xa nên chính quyền cơ sở khó theo dõi, giúp đỡ.
Báo cáo đề xuất Bộ Công an sớm trình sửa đổi Nghị định 80, nâng mức hỗ trợ; đề nghị Ngân hàng Chính sách xã hội Trung ương tăng nguồn vốn để cho vay khoảng 150 người trong năm 2017. Năm 2017, thành phố phấn đấu trên 95% người chấp hành xong án phạt tù trở về có việc làm, tỷ lệ tái phạm dưới 3%.
Phòng Nội chính
Bài viết liên quan
- Hội nghị tổng kết công tác đặc xá năm 2016 (28/11/2016)
- Cờ Đỏ: Trao bò giống cho người lầm lỗi (18/10/2016)
- Ninh Kiều: 5 doanh nghiệp ký kết tiếp nhận lao động (09/09/2016)
""", "2016-12-20", "Cần Thơ: 94% người chấp hành xong án phạt tù có việc làm",
E("bao_cao", "2016", "2016-12-15"),
[P("Nguyễn Văn Tám"),
 P("Trương Quang Hiển", "Phó Chủ tịch UBND thành phố", "Trưởng Ban Chỉ đạo phòng, chống tội phạm thành phố")],
[Q("94%", 94, "%"), Q("gần 5%", 5, "%", "approx"), Q("628 người chấp hành xong án phạt tù", 628, "người chấp hành xong án phạt tù"),
 Q("47 người được đặc xá", 47, "người được đặc xá"), Q("2.136 cá nhân, tổ chức", 2136, "cá nhân, tổ chức"),
 Q("181 người", 181, "người"), Q("545 triệu đồng", 545000000, "đồng"), Q("95 người", 95, "người"),
 Q("1,9 tỷ đồng", 1900000000, "đồng"), Q("19 người", 19, "người"), Q("3,02%", 3.02, "%"),
 Q("583 khu vực, ấp", 583, "khu vực, ấp"), Q("42 câu lạc bộ, tổ nhóm", 42, "câu lạc bộ, tổ nhóm"),
 Q("5 doanh nghiệp", 5, "doanh nghiệp"), Q("2 con bò giống", 2, "con bò giống"), Q("3 thanh niên", 3, "thanh niên"),
 Q("10.000 đồng", 10000, "đồng", "approx"), Q("khoảng 150 người", 150, "người", "approx"),
 Q("trên 95%", 95, "%", "over"), Q("dưới 3%", 3, "%")],
[D("Báo cáo", "218", "BC-UBND", "2016-12-15", "UBND thành phố", "Báo cáo số 218/BC-UBND ngày 15/12/2016"),
 D("Quyết định", "1515", "QĐ-CTN", None, "Chủ tịch nước", "Quyết định số 1515/QĐ-CTN của Chủ tịch nước"),
 D("Nghị định", "80", "2011/NĐ-CP", None, None, "Nghị định 80/2011/NĐ-CP"),
 D("Kế hoạch", "76", "KH-UBND", "2016-05-12", "UBND thành phố", "Kế hoạch số 76/KH-UBND ngày 12/5/2016 của UBND thành phố")],
[prov("Cần Thơ"), com("An Khánh"), com("Thới Hưng")],
["CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ CẦN THƠ", "Trang chủ › Tin tức › Chỉ đạo - Điều hành", "Lượt xem: 1.204", "Phòng Nội chính"],
["Ngày đăng: 20/12/2016 | Lượt xem: 1.204", "năm 2016", "năm 2015", "năm 2017", "Năm 2017"]))
