from lib import *
PAGES = []

PAGES.append(page("b6371-nghean-bdv-giaoban-2019", """
BAN DÂN VẬN TỈNH ỦY NGHỆ AN
Vị trí: Trang chủ :: Tin tức :: Hoạt động Ban Dân vận
Thứ Tư, 10/04/2019 - 16:10
Chú trọng vận động bảo đảm an toàn cho người lao động tại các mỏ đá
Sáng 9/4, Ban Dân vận Tỉnh ủy Nghệ An tổ chức hội nghị giao ban công tác dân vận quý I năm 2019 với ban dân vận các huyện, thành, thị ủy và khối dân vận tỉnh. Đồng chí Lô Thị Kim Ngân, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì. Hội nghị dành thời gian thảo luận chuyên đề về công tác vận động bảo đảm an toàn lao động tại các mỏ đá, công trình thủy điện ở miền Tây Nghệ An.
Đồng chí Lô Thị Kim Ngân phát biểu tại hội nghị.
Báo cáo của Ban cho biết, quý I toàn tỉnh xảy ra 8 vụ tai nạn lao động làm chết 5 người, trong đó 3 vụ sạt lở tại các mỏ đá trắng. Thực hiện Chỉ thị 18, 19-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường lãnh đạo công tác an toàn lao động trong khai thác khoáng sản và về vận động nhân dân không khai thác trái phép, khối dân vận đã phối hợp tổ chức 57 buổi tuyên truyền cho trên 3.400 lượt người lao động, vận động 21 chủ mỏ ký cam kết bảo đảm an toàn. Ban Dân vận Tỉnh ủy đã ban hành Hướng dẫn số 15-HD/BDVTU về xây dựng mô hình "Dân vận khéo" trong lĩnh vực an toàn lao động, đến nay có 14 mô hình được đăng ký.
Tại hội nghị, ông Lương Văn Hoan, HUV, Trưởng Ban Dân vận Huyện ủy Quỳ Hợp, cho biết trên địa bàn huyện có 64 mỏ đá đang hoạt động với khoảng 2.100 lao động, phần lớn là đồng bào Thái. Huyện đã giao cho Mặt trận và các đoàn thể xã Châu Quang phụ trách theo dõi từng mỏ. Ông Vi Văn Sơn, Bí thư Đảng ủy xã Châu Quang, kiến nghị tỉnh sớm có cơ chế buộc chủ mỏ mua bảo hiểm tai nạn cho lao động thời vụ. Đồng chí Và Bá Giồng, Phó Trưởng Ban Dân vận Huyện ủy Kỳ Sơn, nêu khó khăn khi vận động thanh niên người Mông đi làm thuê ở các công trình thủy điện nhưng không ký hợp đồng lao động.
Đại diện Liên đoàn Lao động tỉnh, ông Nguyễn Đình Lương, Phó Chủ tịch LĐLĐ tỉnh, thông tin thêm: thực hiện Kế hoạch số 35/KH-LĐLĐ của Ban Thường vụ LĐLĐ tỉnh, công đoàn đã hỗ trợ 8 gia đình nạn nhân tổng số tiền 64 triệu đồng, mỗi gia đình 8 triệu đồng.
Kết luận hội nghị, đồng chí Lô Thị Kim Ngân đề nghị quý II tập trung triển khai Tháng hành động về an toàn, vệ sinh lao động năm 2019; các huyện miền Tây đưa nội dung an toàn lao động vào hương ước, quy ước thôn, bản; kịp thời báo cáo những vụ việc phức tạp, không để phát sinh khiếu kiện đông người.
Hội nghị cũng thông qua chương trình giao ban quý II, dự kiến tổ chức tại huyện Tương Dương.
Hồng Nhung
Lượt xem: 642
Tin liên quan
- Quỳ Hợp: Sạt lở mỏ đá, 2 người thương vong (28/03/2019)
- Ban Dân vận Tỉnh ủy làm việc với Công ty Thủy điện Hủa Na (15/03/2019)
- Tổng kết công tác dân vận năm 2018 (26/12/2018)
""", "2019-04-10", "Chú trọng vận động bảo đảm an toàn cho người lao động tại các mỏ đá",
E("giao_ban", "2019-Q1", "2019-04-09"),
[P("Lô Thị Kim Ngân", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lương Văn Hoan", "HUV", "Trưởng Ban Dân vận Huyện ủy Quỳ Hợp"),
 P("Vi Văn Sơn", "Bí thư Đảng ủy xã Châu Quang"),
 P("Và Bá Giồng", "Phó Trưởng Ban Dân vận Huyện ủy Kỳ Sơn"),
 P("Nguyễn Đình Lương", "Phó Chủ tịch LĐLĐ tỉnh")],
[Q("8 vụ tai nạn lao động", 8, "vụ tai nạn lao động"), Q("chết 5 người", 5, "người"), Q("3 vụ sạt lở", 3, "vụ sạt lở"),
 Q("57 buổi tuyên truyền", 57, "buổi tuyên truyền"), Q("trên 3.400 lượt người lao động", 3400, "lượt người lao động", "over"),
 Q("21 chủ mỏ", 21, "chủ mỏ"), Q("14 mô hình", 14, "mô hình"), Q("64 mỏ đá", 64, "mỏ đá"),
 Q("khoảng 2.100 lao động", 2100, "lao động", "approx"), Q("8 gia đình", 8, "gia đình"),
 Q("64 triệu đồng", 64000000, "đồng"), Q("8 triệu đồng", 8000000, "đồng")],
[D("Chỉ thị", "18", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 18, 19-CT/TU"),
 D("Chỉ thị", "19", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 18, 19-CT/TU"),
 D("Hướng dẫn", "15", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 15-HD/BDVTU"),
 D("Kế hoạch", "35", "KH-LĐLĐ", None, "Ban Thường vụ LĐLĐ tỉnh", "Kế hoạch số 35/KH-LĐLĐ")],
[prov("Nghệ An"), com("Châu Quang")],
["BAN DÂN VẬN TỈNH ỦY NGHỆ AN", "Vị trí: Trang chủ :: Tin tức :: Hoạt động Ban Dân vận", "Đồng chí Lô Thị Kim Ngân phát biểu tại hội nghị.",
 "Dân vận khéo", "Tháng hành động về an toàn, vệ sinh lao động", "Lượt xem: 642"],
["Thứ Tư, 10/04/2019 - 16:10", "quý I năm 2019", "quý II", "năm 2019", "Lượt xem: 642"]))

PAGES.append(page("b6372-laocai-hoinghi-thanghanhdong-2020", """
Báo Lào Cai điện tử
Trang chủ | Xã hội | Lao động - Việc làm
06/05/2020 08:30
Ảnh: Các đại biểu dự hội nghị tại điểm cầu tỉnh.
Lào Cai phát động Tháng hành động về an toàn, vệ sinh lao động năm 2020
Chiều 5/5, UBND tỉnh Lào Cai tổ chức hội nghị trực tuyến triển khai Tháng hành động về an toàn, vệ sinh lao động năm 2020 với chủ đề "Tăng cường đối thoại về an toàn, vệ sinh lao động và phòng chống dịch bệnh tại nơi làm việc". Hội nghị được kết nối tới 10 điểm cầu huyện, thị xã, thành phố với gần 600 đại biểu tham dự. Đồng chí Giàng Seo Vần, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo Tháng hành động tỉnh chủ trì.
Năm 2019, toàn tỉnh xảy ra 22 vụ tai nạn lao động làm 13 người chết, 16 người bị thương; thiệt hại về vật chất ước khoảng 2,6 tỷ đồng. Các vụ tai nạn chủ yếu xảy ra trong khai thác, chế biến quặng apatit, thi công đường giao thông và trong sản xuất nông nghiệp ở vùng cao. Toàn tỉnh có 186 doanh nghiệp thành lập hội đồng an toàn, vệ sinh lao động, đạt 71%.
Theo Quyết định số 1345/QĐ-UBND ngày 24/4/2020 của UBND tỉnh, Tháng hành động năm nay được tổ chức trong điều kiện phòng, chống dịch Covid-19, không tổ chức mít tinh tập trung đông người mà đẩy mạnh tuyên truyền trên loa truyền thanh thôn, bản bằng tiếng Mông, tiếng Dao. Thực hiện Kế hoạch 203, 204-KH/TU của Tỉnh ủy, các sở, ngành sẽ kiểm tra ít nhất 50 cơ sở sản xuất, kinh doanh có nguy cơ cao.
Phát biểu tại điểm cầu huyện Bát Xát, đồng chí Sùng A Chư, HUV, Chủ tịch Hội Nông dân huyện Bát Xát, cho biết huyện sẽ lồng ghép tuyên truyền an toàn khi sử dụng máy tuốt lúa, máy cày vào sinh hoạt chi hội. Bà Lù Thị Dua, Chủ tịch UBND xã Mường Hum, đề nghị hỗ trợ kinh phí mua áo phao cho 120 hộ làm nghề vận chuyển trên sông. Ông Tẩn Láo Lở, người có uy tín thôn Tả Suối Câu, xã Trịnh Tường, cam kết vận động thanh niên trong thôn không đi làm thuê ở các mỏ khai thác trái phép.
Tại điểm cầu tỉnh, các đồng chí Phó Chủ tịch LĐLĐ tỉnh: Hoàng Thị Thúy, Vàng Văn Lìn phát động phong trào "Xanh - sạch - đẹp, bảo đảm an toàn, vệ sinh lao động" trong công nhân, viên chức. Đồng chí Đỗ Quang Huy, Phó Giám đốc Sở Lao động - Thương binh và Xã hội, quán triệt Công văn số 1289/SLĐTBXH-ATLĐ về hướng dẫn các doanh nghiệp báo cáo tai nạn lao động.
Kết luận hội nghị, đồng chí Giàng Seo Vần yêu cầu các địa phương phấn đấu giảm ít nhất 5% số vụ tai nạn lao động chết người so với năm 2019, bảo đảm 100% vụ tai nạn lao động được điều tra, xử lý theo quy định.
Quang Ngọc
Tin khác
- Sa Pa: Hỗ trợ 200 lao động mất việc do dịch Covid-19 (02/05/2020)
- LĐLĐ tỉnh trao 150 suất quà cho công nhân khó khăn (28/04/2020)
- Bảo Thắng: Tập huấn an toàn lao động cho 90 học viên (20/04/2020)
""", "2020-05-06", "Lào Cai phát động Tháng hành động về an toàn, vệ sinh lao động năm 2020",
E("hoi_nghi", "2020", "2020-05-05"),
[P("Giàng Seo Vần", "Tỉnh ủy viên", "Phó Chủ tịch UBND tỉnh", "Trưởng Ban Chỉ đạo Tháng hành động tỉnh"),
 P("Sùng A Chư", "HUV", "Chủ tịch Hội Nông dân huyện Bát Xát"),
 P("Lù Thị Dua", "Chủ tịch UBND xã Mường Hum"),
 P("Tẩn Láo Lở", "người có uy tín thôn Tả Suối Câu"),
 P("Hoàng Thị Thúy", "Phó Chủ tịch LĐLĐ tỉnh"),
 P("Vàng Văn Lìn", "Phó Chủ tịch LĐLĐ tỉnh"),
 P("Đỗ Quang Huy", "Phó Giám đốc Sở Lao động - Thương binh và Xã hội")],
[Q("10 điểm cầu huyện, thị xã, thành phố", 10, "điểm cầu huyện, thị xã, thành phố"), Q("gần 600 đại biểu", 600, "đại biểu", "approx"),
 Q("22 vụ tai nạn lao động", 22, "vụ tai nạn lao động"), Q("13 người", 13, "người"), Q("16 người", 16, "người"),
 Q("khoảng 2,6 tỷ đồng", 2600000000, "đồng", "approx"), Q("186 doanh nghiệp", 186, "doanh nghiệp"), Q("71%", 71, "%"),
 Q("ít nhất 50 cơ sở sản xuất, kinh doanh", 50, "cơ sở sản xuất, kinh doanh", "over"), Q("120 hộ", 120, "hộ"),
 Q("ít nhất 5%", 5, "%", "over"), Q("100%", 100, "%")],
[D("Quyết định", "1345", "QĐ-UBND", "2020-04-24", "UBND tỉnh", "Quyết định số 1345/QĐ-UBND ngày 24/4/2020"),
 D("Kế hoạch", "203", "KH/TU", None, "Tỉnh ủy", "Kế hoạch 203, 204-KH/TU"),
 D("Kế hoạch", "204", "KH/TU", None, "Tỉnh ủy", "Kế hoạch 203, 204-KH/TU"),
 D("Công văn", "1289", "SLĐTBXH-ATLĐ", None, None, "Công văn số 1289/SLĐTBXH-ATLĐ")],
[prov("Lào Cai"), com("Mường Hum"), com("Trịnh Tường")],
["Báo Lào Cai điện tử", "Trang chủ | Xã hội | Lao động - Việc làm", "Ảnh: Các đại biểu dự hội nghị tại điểm cầu tỉnh.",
 "Tăng cường đối thoại về an toàn, vệ sinh lao động và phòng chống dịch bệnh tại nơi làm việc",
 "Xanh - sạch - đẹp, bảo đảm an toàn, vệ sinh lao động"],
["06/05/2020 08:30", "năm 2020", "Năm 2019", "Covid-19"]))

PAGES.append(page("b6373-longan-baocao-tnld-2020", """
BÁO LONG AN ONLINE
Trang chủ » Xã hội » Lao động
Thứ Tư, 20/01/2021 - 07:20
Năm 2020, Long An có 41 vụ tai nạn lao động, 19 người chết
Theo Báo cáo số 18/BC-SLĐTBXH ngày 15/1/2021 của Sở Lao động - Thương binh và Xã hội về tình hình tai nạn lao động năm 2020 trên địa bàn tỉnh Long An, toàn tỉnh xảy ra 41 vụ tai nạn lao động, tăng 4 vụ so với năm 2019, làm 19 người chết và 26 người bị thương nặng.
Ảnh minh họa: Công nhân thi công tại một công trình ở huyện Đức Hòa.
Báo cáo cho biết, các vụ tai nạn tập trung tại các khu công nghiệp thuộc huyện Đức Hòa, Bến Lức và Cần Giuộc, chủ yếu do ngã từ trên cao (chiếm 32%), điện giật (24%) và máy, thiết bị cuốn, kẹp. Có 9 vụ xảy ra ở nơi người lao động không có hợp đồng lao động, khiến việc giải quyết chế độ gặp nhiều khó khăn. Tổng chi phí cho tai nạn lao động gồm tiền thuốc, mai táng, bồi thường khoảng 7,4 tỷ đồng; thiệt hại về tài sản hơn 1,1 tỷ đồng.
Trong năm, ngành chức năng đã thanh tra, kiểm tra 213 doanh nghiệp, phát hiện 1.150 vi phạm, xử phạt vi phạm hành chính 27 doanh nghiệp với số tiền 865 triệu đồng. Toàn tỉnh đã huấn luyện an toàn cho 38.600 người lao động, trong đó có 4.200 người làm công việc có yêu cầu nghiêm ngặt.
Báo cáo nêu rõ việc thực hiện Chỉ thị số 13-CT/TU ngày 3/6/2019 của Ban Thường vụ Tỉnh ủy về tăng cường sự lãnh đạo của Đảng đối với công tác an toàn, vệ sinh lao động và Kế hoạch 2654/KH-UBND của UBND tỉnh về triển khai Quyết định số 899/QĐ-TTg của Thủ tướng Chính phủ phê duyệt Chương trình quốc gia về an toàn, vệ sinh lao động giai đoạn 2016 - 2020. Theo Sở, một số chỉ tiêu của Chương trình chưa đạt, nhất là tỷ lệ doanh nghiệp nhỏ có cán bộ an toàn mới đạt 46%.
Ông Võ Minh Trung, Phó Giám đốc Sở Lao động - Thương binh và Xã hội, cho biết năm 2021 Sở tham mưu UBND tỉnh ban hành kế hoạch giai đoạn 2021 - 2025, tập trung vào khu vực không có hợp đồng lao động, nhất là lao động xây dựng nhà ở dân dụng. Bà Phan Thị Thùy Dương, Phó Chủ tịch Thường trực LĐLĐ tỉnh, đề nghị các cấp công đoàn tăng cường giám sát, không để người lao động bị ép làm thêm giờ trái quy định.
Cũng theo báo cáo, tại xã Mỹ Yên và thị trấn Bến Lức, MTTQ và các đoàn thể đã vận động được 85 chủ nhà trọ tham gia tuyên truyền an toàn lao động cho khoảng 5.000 công nhân thuê trọ.
Báo cáo đề xuất năm 2021 tập trung kiểm tra các công trình xây dựng và cơ sở có sử dụng nồi hơi, thiết bị nâng; phấn đấu giảm ít nhất 10% số vụ tai nạn lao động chết người; nhân rộng mô hình "Nhà trọ an toàn" đã triển khai thí điểm tại 6 khu nhà trọ ở xã Mỹ Yên. Sở cũng kiến nghị UBND tỉnh bố trí 1,5 tỷ đồng cho hoạt động huấn luyện an toàn cho lao động tự do, lao động làm việc không theo hợp đồng.
Ngọc Mến
Các tin đã đưa
- Đức Hòa: Công nhân tử vong do bị điện giật (08/01/2021)
- LĐLĐ tỉnh tổng kết phong trào thi đua năm 2020 (30/12/2020)
- Hỗ trợ 320 công nhân bị ảnh hưởng dịch bệnh (18/12/2020)
""", "2021-01-20", "Năm 2020, Long An có 41 vụ tai nạn lao động, 19 người chết",
E("bao_cao", "2020", "2021-01-15"),
[P("Võ Minh Trung", "Phó Giám đốc Sở Lao động - Thương binh và Xã hội"),
 P("Phan Thị Thùy Dương", "Phó Chủ tịch Thường trực LĐLĐ tỉnh")],
[Q("41 vụ tai nạn lao động", 41, "vụ tai nạn lao động"), Q("19 người", 19, "người"), Q("4 vụ", 4, "vụ"),
 Q("26 người", 26, "người"), Q("32%", 32, "%"), Q("24%", 24, "%"), Q("9 vụ", 9, "vụ"),
 Q("khoảng 7,4 tỷ đồng", 7400000000, "đồng", "approx"), Q("hơn 1,1 tỷ đồng", 1100000000, "đồng", "over"),
 Q("213 doanh nghiệp", 213, "doanh nghiệp"), Q("1.150 vi phạm", 1150, "vi phạm"),
 Q("27 doanh nghiệp", 27, "doanh nghiệp"), Q("865 triệu đồng", 865000000, "đồng"), Q("38.600 người lao động", 38600, "người lao động"),
 Q("4.200 người", 4200, "người"), Q("46%", 46, "%"), Q("85 chủ nhà trọ", 85, "chủ nhà trọ"),
 Q("khoảng 5.000 công nhân", 5000, "công nhân", "approx"), Q("ít nhất 10%", 10, "%", "over"),
 Q("6 khu nhà trọ", 6, "khu nhà trọ"), Q("1,5 tỷ đồng", 1500000000, "đồng")],
[D("Báo cáo", "18", "BC-SLĐTBXH", "2021-01-15", "Sở Lao động - Thương binh và Xã hội", "Báo cáo số 18/BC-SLĐTBXH ngày 15/1/2021"),
 D("Chỉ thị", "13", "CT/TU", "2019-06-03", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 13-CT/TU ngày 3/6/2019"),
 D("Kế hoạch", "2654", "KH-UBND", None, "UBND tỉnh", "Kế hoạch 2654/KH-UBND"),
 D("Quyết định", "899", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 899/QĐ-TTg")],
[prov("Long An"), com("Mỹ Yên"), com("Bến Lức")],
["BÁO LONG AN ONLINE", "Trang chủ » Xã hội » Lao động", "Ảnh minh họa: Công nhân thi công tại một công trình ở huyện Đức Hòa.",
 "Chương trình quốc gia về an toàn, vệ sinh lao động giai đoạn 2016 - 2020", "Nhà trọ an toàn"],
["Thứ Tư, 20/01/2021 - 07:20", "năm 2020", "năm 2019", "năm 2021", "giai đoạn 2016 - 2020", "giai đoạn 2021 - 2025"]))

PAGES.append(page("b6374-quangninh-congdoan-daihoi-2023", """
CÔNG ĐOÀN THAN - KHOÁNG SẢN VIỆT NAM
Tin tức > Hoạt động công đoàn > Đại hội công đoàn các cấp
Thứ Năm, 15/06/2023 | 09:15
Quang cảnh Đại hội. Ảnh: Minh Thu
Công đoàn Công ty Than Đồng Sơn đặt mục tiêu không để xảy ra tai nạn lao động nghiêm trọng
Ngày 14/6, Công đoàn Công ty Than Đồng Sơn - TKV tổ chức Đại hội đại biểu lần thứ VIII, nhiệm kỳ 2023 - 2028. Về dự có đồng chí Lê Văn Thành, Phó Chủ tịch Công đoàn Than - Khoáng sản Việt Nam; đồng chí Trịnh Thị Hằng, Phó Chủ tịch LĐLĐ tỉnh Quảng Ninh; cùng 150 đại biểu thay mặt cho hơn 3.900 đoàn viên công đoàn của công ty.
Nhiệm kỳ 2018 - 2023, Công đoàn công ty đã phối hợp với chuyên môn tổ chức huấn luyện an toàn cho 100% công nhân lò, duy trì hoạt động của 286 an toàn vệ sinh viên ở 42 công trường, phân xưởng. Phong trào "Người thợ mỏ với an toàn lao động" thu hút 1.250 sáng kiến, làm lợi khoảng 32 tỷ đồng. Tuy vậy, nhiệm kỳ qua công ty vẫn xảy ra 5 vụ tai nạn lao động nặng, trong đó 2 vụ chết người do bục nước và sập lò.
Đại hội thống nhất các chỉ tiêu nhiệm kỳ 2023 - 2028: không để xảy ra tai nạn lao động nghiêm trọng; trên 95% đoàn viên được tham gia ký kết thỏa ước lao động tập thể; thu nhập bình quân đạt từ 16 triệu đồng/người/tháng trở lên; mỗi năm phát triển ít nhất 150 đoàn viên mới. Đại hội quán triệt Nghị quyết số 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị về đổi mới tổ chức và hoạt động của Công đoàn Việt Nam trong tình hình mới và Kế hoạch số 68/KH-CĐTKV của Công đoàn Than - Khoáng sản Việt Nam về tổ chức đại hội công đoàn các cấp.
Phát biểu chỉ đạo, đồng chí Lê Văn Thành đề nghị Công đoàn công ty tiếp tục thực hiện Quy chế phối hợp số 15/QCPH-TKV-CĐTKV giữa Tập đoàn với Công đoàn Than - Khoáng sản Việt Nam về công tác an toàn, vệ sinh lao động; phát huy vai trò giám sát của mạng lưới an toàn vệ sinh viên; chăm lo nhà ở cho công nhân ở phường Cao Thắng và các khu tập thể.
Đại hội đã bầu Ban Chấp hành khóa mới gồm 17 đồng chí. Tại phiên họp thứ nhất, đồng chí Vũ Minh Đức được tín nhiệm bầu giữ chức Chủ tịch Công đoàn Công ty Than Đồng Sơn - TKV khóa VIII; các đồng chí Phạm Thị Lan, Đặng Quang Khải được bầu làm Phó Chủ tịch Công đoàn công ty. Đại hội cũng bầu 9 đại biểu đi dự Đại hội Công đoàn Than - Khoáng sản Việt Nam.
Thay mặt Ban Chấp hành khóa mới, đồng chí Vũ Minh Đức hứa cùng tập thể lãnh đạo đưa Nghị quyết Đại hội vào cuộc sống, trước hết là chương trình "Ca làm việc an toàn" tại các công trường khai thác hầm lò.
Minh Thu
Tin cùng chuyên mục
- Công đoàn Công ty Than Mông Dương tổ chức Đại hội (10/06/2023)
- Tập huấn an toàn vệ sinh viên ngành than năm 2023 (02/06/2023)
- Tháng công nhân: trao 1.000 suất quà cho thợ lò (20/05/2023)
""", "2023-06-15", "Công đoàn Công ty Than Đồng Sơn đặt mục tiêu không để xảy ra tai nạn lao động nghiêm trọng",
E("dai_hoi", None, "2023-06-14"),
[P("Lê Văn Thành", "Phó Chủ tịch Công đoàn Than - Khoáng sản Việt Nam"),
 P("Trịnh Thị Hằng", "Phó Chủ tịch LĐLĐ tỉnh Quảng Ninh"),
 P("Vũ Minh Đức", "Chủ tịch Công đoàn Công ty Than Đồng Sơn - TKV khóa VIII"),
 P("Phạm Thị Lan", "Phó Chủ tịch Công đoàn công ty"),
 P("Đặng Quang Khải", "Phó Chủ tịch Công đoàn công ty")],
[Q("150 đại biểu", 150, "đại biểu"), Q("hơn 3.900 đoàn viên công đoàn", 3900, "đoàn viên công đoàn", "over"), Q("100%", 100, "%"),
 Q("286 an toàn vệ sinh viên", 286, "an toàn vệ sinh viên"), Q("42 công trường, phân xưởng", 42, "công trường, phân xưởng"),
 Q("1.250 sáng kiến", 1250, "sáng kiến"), Q("khoảng 32 tỷ đồng", 32000000000, "đồng", "approx"),
 Q("5 vụ tai nạn lao động nặng", 5, "vụ tai nạn lao động nặng"), Q("2 vụ chết người", 2, "vụ chết người"),
 Q("trên 95%", 95, "%", "over"), Q("từ 16 triệu đồng", 16000000, "đồng", "over"),
 Q("ít nhất 150 đoàn viên mới", 150, "đoàn viên mới", "over"), Q("17 đồng chí", 17, "đồng chí"), Q("9 đại biểu", 9, "đại biểu")],
[D("Nghị quyết", "02", "NQ/TW", "2021-06-12", "Bộ Chính trị", "Nghị quyết số 02-NQ/TW ngày 12/6/2021"),
 D("Kế hoạch", "68", "KH-CĐTKV", None, "Công đoàn Than - Khoáng sản Việt Nam", "Kế hoạch số 68/KH-CĐTKV"),
 D("Quy chế phối hợp", "15", "QCPH-TKV-CĐTKV", None, None, "Quy chế phối hợp số 15/QCPH-TKV-CĐTKV")],
[prov("Quảng Ninh"), com("Cao Thắng")],
["CÔNG ĐOÀN THAN - KHOÁNG SẢN VIỆT NAM", "Tin tức > Hoạt động công đoàn > Đại hội công đoàn các cấp", "Quang cảnh Đại hội. Ảnh: Minh Thu",
 "Người thợ mỏ với an toàn lao động", "Ca làm việc an toàn"],
["Thứ Năm, 15/06/2023 | 09:15", "lần thứ VIII", "nhiệm kỳ 2023 - 2028", "Nhiệm kỳ 2018 - 2023", "17 đồng chí", "khóa VIII", "phiên họp thứ nhất", "mỗi năm"]))

PAGES.append(page("b6375-gialai-chuprong-chandung-2021", """
GIA LAI ĐIỆN TỬ
Thứ Sáu, 24/09/2021
Bạn đang ở: Trang chủ > Xã hội > Gương sáng
Nữ an toàn vệ sinh viên người Jrai giữ bình yên cho vườn cao su
Chị Ksor H'Bươi (bên phải) hướng dẫn công nhân đeo găng tay trước giờ cạo mủ. Ảnh: Hoàng Ngọc
(GLO) - Chị Ksor H'Bươi, an toàn vệ sinh viên Nông trường Cao su Ia Púch, đã có hơn 10 năm làm công nhân cạo mủ cho Công ty TNHH MTV Cao su Chư Prông ở huyện Chư Prông, tỉnh Gia Lai. Người phụ nữ sinh năm 1988 ở làng Ia Băng, xã Ia Púch được anh chị em công nhân gọi vui là "người nhắc việc" của đội.
Đội sản xuất số 4 nơi chị làm việc có 56 công nhân, trong đó 41 người là đồng bào Jrai. Mỗi sáng, trước giờ vào lô, chị H'Bươi đi kiểm tra từng người: đèn đội đầu, găng tay, ủng, dao cạo. Gặp người quên đồ bảo hộ, chị kiên trì giải thích bằng tiếng Jrai. Nhờ vậy, đã 5 năm liền đội không để xảy ra tai nạn lao động, không có trường hợp bị rắn cắn hay ngộ độc phân bón.
Ông Rơ Châm Thuỗi, Chủ tịch Công đoàn Nông trường Cao su Ia Púch, cho biết toàn nông trường có 23 an toàn vệ sinh viên, chị H'Bươi là người đầu tiên đề xuất lập "góc an toàn" ở mỗi lán nghỉ với tủ thuốc sơ cứu và bảng hướng dẫn bằng hình vẽ. Sáng kiến này đã được nhân rộng ra 14 đội sản xuất, chi phí khoảng 3 triệu đồng mỗi góc.
Năm 2020, chị được LĐLĐ tỉnh tặng bằng khen trong phong trào "Xanh - sạch - đẹp, bảo đảm an toàn, vệ sinh lao động", được Công ty thưởng 5 triệu đồng. Chị cũng là một trong 12 an toàn vệ sinh viên tiêu biểu của ngành cao su Tây Nguyên được biểu dương theo Quyết định số 245/QĐ-CĐCSVN của Công đoàn Cao su Việt Nam.
Bà Siu H'Nhi, Phó Chủ tịch UBND xã Ia Púch, chia sẻ: "Ngoài giờ làm, H'Bươi còn đi từng nhà vận động chị em không mang con nhỏ vào lô cao su, không tự ý phun thuốc diệt cỏ". Theo bà, xã đã đưa nội dung này vào Kế hoạch số 27/KH-UBND của UBND xã về xây dựng làng an toàn năm 2021.
Thực hiện Chỉ thị số 11-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường công tác an toàn lao động trong các nông, lâm trường, Công đoàn Công ty đang hướng dẫn mỗi nông trường xây dựng ít nhất 2 mô hình an toàn vệ sinh viên giỏi. Ông Kpă Nhím, Phó Giám đốc Công ty TNHH MTV Cao su Chư Prông, cho biết công ty dự kiến dành khoảng 450 triệu đồng trong năm tới để trang bị đồ bảo hộ cho hơn 2.800 công nhân.
Nói về công việc của mình, chị H'Bươi cười hiền: "Mình chỉ mong ai đi làm cũng về nhà an toàn".
Hoàng Ngọc
Tin liên quan
- Chư Prông: 300 công nhân cao su được tiêm vắc xin (15/09/2021)
- Gương sáng công nhân người dân tộc thiểu số (02/09/2021)
- Ia Púch: trao 40 suất quà cho công nhân khó khăn (20/08/2021)
""", "2021-09-24", "Nữ an toàn vệ sinh viên người Jrai giữ bình yên cho vườn cao su",
E("khac", None, None),
[P("Ksor H'Bươi", "an toàn vệ sinh viên Nông trường Cao su Ia Púch"),
 P("Rơ Châm Thuỗi", "Chủ tịch Công đoàn Nông trường Cao su Ia Púch"),
 P("Siu H'Nhi", "Phó Chủ tịch UBND xã Ia Púch"),
 P("Kpă Nhím", "Phó Giám đốc Công ty TNHH MTV Cao su Chư Prông")],
[Q("56 công nhân", 56, "công nhân"), Q("41 người", 41, "người"), Q("23 an toàn vệ sinh viên", 23, "an toàn vệ sinh viên"),
 Q("14 đội sản xuất", 14, "đội sản xuất"), Q("khoảng 3 triệu đồng", 3000000, "đồng", "approx"), Q("5 triệu đồng", 5000000, "đồng"),
 Q("12 an toàn vệ sinh viên tiêu biểu", 12, "an toàn vệ sinh viên tiêu biểu"),
 Q("ít nhất 2 mô hình", 2, "mô hình", "over"), Q("khoảng 450 triệu đồng", 450000000, "đồng", "approx"),
 Q("hơn 2.800 công nhân", 2800, "công nhân", "over")],
[D("Quyết định", "245", "QĐ-CĐCSVN", None, "Công đoàn Cao su Việt Nam", "Quyết định số 245/QĐ-CĐCSVN"),
 D("Kế hoạch", "27", "KH-UBND", None, "UBND xã", "Kế hoạch số 27/KH-UBND"),
 D("Chỉ thị", "11", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 11-CT/TU")],
[prov("Gia Lai"), com("Ia Púch")],
["GIA LAI ĐIỆN TỬ", "Bạn đang ở: Trang chủ > Xã hội > Gương sáng",
 "Chị Ksor H'Bươi (bên phải) hướng dẫn công nhân đeo găng tay trước giờ cạo mủ. Ảnh: Hoàng Ngọc", "(GLO)", "người nhắc việc", "góc an toàn",
 "Xanh - sạch - đẹp, bảo đảm an toàn, vệ sinh lao động"],
["Thứ Sáu, 24/09/2021", "hơn 10 năm", "năm 1988", "Đội sản xuất số 4", "5 năm liền", "Năm 2020", "năm 2021"]))

PAGES.append(page("b6376-hcm-tantaoa-giaoban-2022", """
ĐẢNG BỘ PHƯỜNG TÂN TẠO A - QUẬN BÌNH TÂN
Trang chủ / Xây dựng Đảng / Dân vận
06/09/2022 07:55
Khối dân vận phường Tân Tạo A giao ban tháng 8: tập trung vận động an toàn lao động tại các công trình nhà ở
Ngày 5/9/2022, Đảng ủy phường Tân Tạo A (quận Bình Tân, TP Hồ Chí Minh) tổ chức giao ban khối dân vận tháng 8/2022. Đồng chí Huỳnh Thị Ngọc Trâm, Phó Bí thư Thường trực Đảng ủy, Trưởng khối dân vận phường chủ trì. Dự có các đồng chí Chủ tịch Ủy ban MTTQ Việt Nam phường Lê Văn Hùng; Chủ tịch Hội Liên hiệp Phụ nữ phường Trần Thị Ngọc Bích; Bí thư Đoàn phường Nguyễn Hoàng Phúc.
Đồng chí Huỳnh Thị Ngọc Trâm chủ trì giao ban.
Báo cáo tháng 8 cho biết trên địa bàn phường có 218 công trình xây dựng nhà ở riêng lẻ đang thi công, trong đó 36 công trình chưa có lưới che chắn, 12 công trình dùng giàn giáo tự chế. Trong tháng xảy ra 1 vụ tai nạn lao động do ngã cao tại khu phố 5, làm một công nhân bị thương nặng. Các tổ dân vận khu phố đã đến 187 hộ chủ nhà vận động ký cam kết bảo đảm an toàn, đạt 86%; tuyên truyền qua loa phát thanh 24 buổi.
Thực hiện Kế hoạch số 96-KH/ĐU của Đảng ủy phường về thực hiện Chỉ thị số 31-CT/QU của Ban Thường vụ Quận ủy về tăng cường an toàn lao động trong xây dựng nhà ở, Ủy ban MTTQ phường đã phối hợp với UBND phường kiểm tra 45 công trình, lập biên bản nhắc nhở 19 chủ thầu. Hội Liên hiệp Phụ nữ phường vận động 64 hội viên là chủ nhà trọ treo bảng nội quy an toàn tại các dãy trọ có đông công nhân xây dựng.
Ông Lê Văn Hùng đề nghị các khu phố tiếp tục rà soát những người làm nghề tự do như thợ hồ, thợ điện, phụ hồ để vận động tham gia bảo hiểm xã hội tự nguyện; hiện phường mới có khoảng 30% lao động tự do tham gia. Bà Trần Thị Ngọc Bích cho biết Hội đang phối hợp với một doanh nghiệp tặng 100 mũ bảo hộ và 100 dây đai an toàn cho các tổ thợ, trị giá 42 triệu đồng.
Kết luận giao ban, đồng chí Huỳnh Thị Ngọc Trâm yêu cầu trong tháng 9 mỗi tổ dân vận phải nắm được danh sách chủ thầu trên địa bàn; phối hợp với Đội Thanh tra xây dựng quận xử lý nghiêm các công trình vi phạm; đưa tiêu chí "3 an" (an toàn, an ninh, an tâm) vào bình xét khu phố văn hóa năm 2022.
Cũng tại giao ban, Đoàn phường báo cáo kết quả ra quân của 3 đội hình thanh niên tình nguyện hỗ trợ kiểm tra điện trong các dãy trọ; đồng chí Nguyễn Hoàng Phúc cho biết Đoàn sẽ phối hợp Công đoàn cơ sở phường mở 2 lớp hướng dẫn sơ cứu tai nạn lao động cho khoảng 80 thợ xây trẻ vào cuối tháng 9. Khối dân vận thống nhất giao Ủy ban MTTQ phường tổng hợp kết quả vận động an toàn lao động, báo cáo Đảng ủy trong giao ban tháng 9.
BBT
Tin khác
- Phường Tân Tạo A tổng kết 3 năm thực hiện Quy chế dân chủ (29/08/2022)
- Ra mắt mô hình "Dãy trọ an toàn" (16/08/2022)
- Giao ban khối dân vận tháng 7/2022 (04/08/2022)
""", "2022-09-06", "Khối dân vận phường Tân Tạo A giao ban tháng 8: tập trung vận động an toàn lao động tại các công trình nhà ở",
E("giao_ban", "2022-08", "2022-09-05"),
[P("Huỳnh Thị Ngọc Trâm", "Phó Bí thư Thường trực Đảng ủy", "Trưởng khối dân vận phường"),
 P("Lê Văn Hùng", "Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Trần Thị Ngọc Bích", "Chủ tịch Hội Liên hiệp Phụ nữ phường"),
 P("Nguyễn Hoàng Phúc", "Bí thư Đoàn phường")],
[Q("218 công trình xây dựng nhà ở riêng lẻ", 218, "công trình xây dựng nhà ở riêng lẻ"), Q("36 công trình", 36, "công trình"),
 Q("12 công trình", 12, "công trình"), Q("1 vụ tai nạn lao động", 1, "vụ tai nạn lao động"), Q("187 hộ chủ nhà", 187, "hộ chủ nhà"),
 Q("86%", 86, "%"), Q("24 buổi", 24, "buổi"), Q("45 công trình", 45, "công trình"), Q("19 chủ thầu", 19, "chủ thầu"),
 Q("64 hội viên", 64, "hội viên"), Q("khoảng 30%", 30, "%", "approx"), Q("100 mũ bảo hộ", 100, "mũ bảo hộ"),
 Q("100 dây đai an toàn", 100, "dây đai an toàn"), Q("42 triệu đồng", 42000000, "đồng"),
 Q("3 đội hình thanh niên tình nguyện", 3, "đội hình thanh niên tình nguyện"), Q("2 lớp", 2, "lớp"), Q("khoảng 80 thợ xây trẻ", 80, "thợ xây trẻ", "approx")],
[D("Kế hoạch", "96", "KH/ĐU", None, "Đảng ủy phường", "Kế hoạch số 96-KH/ĐU"),
 D("Chỉ thị", "31", "CT/QU", None, "Ban Thường vụ Quận ủy", "Chỉ thị số 31-CT/QU")],
[prov("TP Hồ Chí Minh"), com("Tân Tạo A")],
["ĐẢNG BỘ PHƯỜNG TÂN TẠO A - QUẬN BÌNH TÂN", "Trang chủ / Xây dựng Đảng / Dân vận", "Đồng chí Huỳnh Thị Ngọc Trâm chủ trì giao ban.",
 "3 an"],
["06/09/2022 07:55", "tháng 8/2022", "khu phố 5", "tháng 9", "3 an", "năm 2022", "giao ban tháng 9"]))
