from lib import *
PAGES = []

PAGES.append(page("b3893-thaibinh-bdv-giaoban-2011", """
BAN DÂN VẬN TỈNH ỦY THÁI BÌNH
Trang chủ > Hoạt động > Dân vận chính quyền
14/10/2011 - 09:20
Toàn cảnh buổi giao ban. Ảnh: Hoàng Long
Giao ban khối dân vận quý III: còn 7 điểm nóng khiếu kiện đông người chưa giải quyết dứt điểm
Ngày 12/10, Ban Dân vận Tỉnh ủy Thái Bình tổ chức giao ban công tác dân vận quý III năm 2011 với Ban Dân vận các huyện ủy, Thành ủy và các đoàn thể chính trị - xã hội tỉnh. Đồng chí Phạm Văn Thuần, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì; dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Nguyễn Thị Hằng, Đỗ Văn Khiêm.
Theo báo cáo, trong quý, tình hình nhân dân cơ bản ổn định, song tình trạng khiếu kiện đông người liên quan đến thu hồi đất, bồi thường, giải phóng mặt bằng vẫn diễn biến phức tạp. Toàn tỉnh xảy ra 23 vụ khiếu kiện đông người với khoảng 640 lượt người tham gia, trong đó 9 đoàn đông người lên Trụ sở tiếp công dân của tỉnh và 3 đoàn vượt cấp ra Trung ương. Các cấp đã tổ chức 41 buổi đối thoại trực tiếp với công dân, giải quyết dứt điểm 16 vụ; còn 7 điểm nóng chưa giải quyết dứt điểm, tập trung ở các dự án khu công nghiệp và khu dân cư mới.
Thực hiện Chỉ thị số 25-CT/TU ngày 18/7/2011 của Ban Thường vụ Tỉnh ủy về tăng cường lãnh đạo công tác tiếp công dân, giải quyết khiếu nại, tố cáo và Kế hoạch 62, 63-KH/BDVTU của Ban Dân vận Tỉnh ủy, khối dân vận đã cử 18 tổ công tác xuống cơ sở, vận động 312 hộ dân bàn giao mặt bằng cho các dự án. Việc triển khai Luật Khiếu nại số 02/2011/QH13 được tuyên truyền tới 100% chi bộ thôn, tổ dân phố.
Tại giao ban, đồng chí Trần Quang Hưng, HUV, Trưởng Ban Dân vận Huyện ủy Kiến Xương, cho biết vụ việc ở xã Vũ Hòa kéo dài hơn 2 năm, có thời điểm trên 150 người dân tụ tập tại trụ sở UBND xã; sau 6 cuộc đối thoại, 47 hộ đã nhận tiền bồi thường với tổng số gần 3,8 tỷ đồng. Bà Bùi Thị Mến, Chủ tịch UBND xã Đông Hoàng, phản ánh một số đối tượng kích động, lôi kéo người dân không nhận tiền hỗ trợ, gây mất an ninh trật tự.
Ông Lại Văn Tuấn, Phó Chánh Thanh tra tỉnh, đề nghị các huyện rà soát lại hồ sơ bồi thường ở 11 dự án có đơn thư kéo dài, công khai phương án với dân trước khi cưỡng chế.
Kết luận giao ban, đồng chí Phạm Văn Thuần yêu cầu quý IV khối dân vận tập trung nắm chắc tình hình, không để phát sinh điểm nóng mới; thực hiện nghiêm Quy chế công tác dân vận của hệ thống chính trị ban hành kèm theo Quyết định số 290-QĐ/TW của Bộ Chính trị; người đứng đầu cấp ủy, chính quyền phải trực tiếp đối thoại với dân, "nói đi đôi với làm".
Thu Hà
Số lượt xem: 1.204
Tin liên quan
- Kiến Xương: đối thoại với 47 hộ dân xã Vũ Hòa (03/10/2011)
- Hội nghị công tác dân vận chính quyền 9 tháng (22/09/2011)
- Quỳnh Phụ ra mắt mô hình "Dân vận khéo" (15/09/2011)
- Ban Dân vận Trung ương làm việc tại Thái Bình (30/08/2011)
""", "2011-10-14", "Giao ban khối dân vận quý III: còn 7 điểm nóng khiếu kiện đông người chưa giải quyết dứt điểm",
E("giao_ban", "2011-Q3", "2011-10-12"),
[P("Phạm Văn Thuần", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Hằng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đỗ Văn Khiêm", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Quang Hưng", "HUV", "Trưởng Ban Dân vận Huyện ủy Kiến Xương"),
 P("Bùi Thị Mến", "Chủ tịch UBND xã Đông Hoàng"),
 P("Lại Văn Tuấn", "Phó Chánh Thanh tra tỉnh")],
[Q("7 điểm nóng", 7, "điểm nóng"), Q("23 vụ khiếu kiện đông người", 23, "vụ khiếu kiện đông người"),
 Q("khoảng 640 lượt người", 640, "lượt người", "approx"), Q("9 đoàn đông người", 9, "đoàn đông người"),
 Q("3 đoàn", 3, "đoàn"), Q("41 buổi đối thoại", 41, "buổi đối thoại"), Q("16 vụ", 16, "vụ"),
 Q("18 tổ công tác", 18, "tổ công tác"), Q("312 hộ dân", 312, "hộ dân"), Q("100% chi bộ", 100, "%"),
 Q("trên 150 người dân", 150, "người dân", "over"), Q("6 cuộc đối thoại", 6, "cuộc đối thoại"), Q("47 hộ", 47, "hộ"),
 Q("gần 3,8 tỷ đồng", 3800000000, "đồng", "approx"), Q("11 dự án", 11, "dự án")],
[D("Chỉ thị", "25", "CT/TU", "2011-07-18", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 25-CT/TU ngày 18/7/2011"),
 D("Kế hoạch", "62", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch 62, 63-KH/BDVTU"),
 D("Kế hoạch", "63", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch 62, 63-KH/BDVTU"),
 D("Luật", "02", "2011/QH13", None, None, "Luật Khiếu nại số 02/2011/QH13"),
 D("Quyết định", "290", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 290-QĐ/TW")],
[prov("Thái Bình"), com("Vũ Hòa"), com("Đông Hoàng")],
["BAN DÂN VẬN TỈNH ỦY THÁI BÌNH", "Trang chủ > Hoạt động > Dân vận chính quyền", "Toàn cảnh buổi giao ban. Ảnh: Hoàng Long",
 "Số lượt xem: 1.204", "nói đi đôi với làm", "Quy chế công tác dân vận của hệ thống chính trị"],
["14/10/2011 - 09:20", "quý III năm 2011", "hơn 2 năm", "quý IV", "Số lượt xem: 1.204"]))

PAGES.append(page("b3894-hungyen-mttq-soket-2012", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH HƯNG YÊN
Bạn đang ở: Trang chủ / Tin hoạt động / Dân chủ - Pháp luật
Cập nhật: 16:40, 10/07/2012 (GMT+7)
Mặt trận tham gia giải quyết tranh chấp, khiếu kiện về đất đai
Ngày 9/7, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Hưng Yên tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm 2012. Đồng chí Nguyễn Văn Mạnh, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì. Dự hội nghị có các đồng chí Vũ Đức Thịnh, Đào Thị Loan, Hoàng Văn Cường - Ủy viên Thường trực Ủy ban MTTQ Việt Nam tỉnh.
Hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm. Ảnh: MT
Báo cáo do bà Lê Thị Thu Hà, Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh trình bày nêu rõ: 6 tháng qua, Mặt trận các cấp tiếp nhận 47 đơn thư, kiến nghị của công dân, phần lớn liên quan đến đất đai, bồi thường khi Nhà nước thu hồi đất để thực hiện các dự án khu đô thị, khu công nghiệp. Riêng tại khu vực dự án khu đô thị mới phía Nam thành phố có 312 hộ dân bị thu hồi đất, nhiều hộ không đồng tình với đơn giá bồi thường, có thời điểm hàng chục người tập trung tại trụ sở UBND phường An Tảo.
Thực hiện Kế hoạch số 38/KH-MTTQ-BTT ngày 12/3/2012 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, Mặt trận các cấp đã tổ chức 27 cuộc giám sát việc thực hiện Nghị định số 69/2009/NĐ-CP của Chính phủ về bồi thường, hỗ trợ, tái định cư. Qua giám sát, Mặt trận kiến nghị chi trả bổ sung gần 4,2 tỷ đồng cho các hộ bị thu hồi đất nông nghiệp.
Toàn tỉnh có 1.126 tổ hòa giải ở cơ sở; trong 6 tháng, các tổ đã tiếp nhận 19 vụ tranh chấp đất đai giữa các hộ gia đình, hòa giải thành 14 vụ việc, đạt 73,7%. Các vụ còn lại được hướng dẫn chuyển đến cơ quan có thẩm quyền.
Tại hội nghị, ông Phan Văn Khải, Chủ tịch Ủy ban MTTQ xã Tân Hưng, chia sẻ cách làm của xã: Mặt trận chủ động mời đại diện các hộ có đơn, người có uy tín trong dòng họ cùng ngồi lại với chính quyền; nhờ đó 5 vụ khiếu kiện kéo dài đã được giải quyết. Bà Nguyễn Thị Duyên, Trưởng ban Công tác Mặt trận thôn Đa Hòa, xã Phụng Công, đề nghị cấp trên sớm trả lời đơn của công dân, tránh để người dân đi lại nhiều lần.
Kết luận hội nghị, đồng chí Nguyễn Văn Mạnh đề nghị Mặt trận các cấp tiếp tục thực hiện tốt Chỉ thị số 14-CT/TU của Tỉnh ủy về công tác tiếp dân, giải quyết khiếu nại, tố cáo; phối hợp tổ chức các buổi đối thoại giữa chính quyền với người dân, không để phát sinh "điểm nóng" trong 6 tháng cuối năm.
Minh Tuấn
Lượt đọc: 512
Các tin khác
- Hội nghị hiệp thương giới thiệu người ứng cử (20/06/2012)
- Trao 120 nhà "Đại đoàn kết" cho hộ nghèo (05/06/2012)
- Phù Cừ: tổ chức đối thoại với nhân dân (28/05/2012)
""", "2012-07-10", "Mặt trận tham gia giải quyết tranh chấp, khiếu kiện về đất đai",
E("so_ket", "2012-H1", "2012-07-09"),
[P("Nguyễn Văn Mạnh", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Vũ Đức Thịnh", "Ủy viên Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đào Thị Loan", "Ủy viên Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hoàng Văn Cường", "Ủy viên Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Thị Thu Hà", "Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phan Văn Khải", "Chủ tịch Ủy ban MTTQ xã Tân Hưng"),
 P("Nguyễn Thị Duyên", "Trưởng ban Công tác Mặt trận thôn Đa Hòa")],
[Q("47 đơn thư, kiến nghị", 47, "đơn thư, kiến nghị"), Q("312 hộ dân", 312, "hộ dân"),
 Q("27 cuộc giám sát", 27, "cuộc giám sát"), Q("gần 4,2 tỷ đồng", 4200000000, "đồng", "approx"),
 Q("1.126 tổ hòa giải", 1126, "tổ hòa giải"), Q("19 vụ tranh chấp đất đai", 19, "vụ tranh chấp đất đai"),
 Q("14 vụ việc", 14, "vụ việc"), Q("73,7%", 73.7, "%"), Q("5 vụ khiếu kiện kéo dài", 5, "vụ khiếu kiện kéo dài")],
[D("Kế hoạch", "38", "KH-MTTQ-BTT", "2012-03-12", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 38/KH-MTTQ-BTT ngày 12/3/2012"),
 D("Nghị định", "69", "2009/NĐ-CP", None, "Chính phủ", "Nghị định số 69/2009/NĐ-CP"),
 D("Chỉ thị", "14", "CT/TU", None, "Tỉnh ủy", "Chỉ thị số 14-CT/TU")],
[prov("Hưng Yên"), com("An Tảo"), com("Tân Hưng"), com("Phụng Công")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH HƯNG YÊN", "Bạn đang ở: Trang chủ / Tin hoạt động / Dân chủ - Pháp luật",
 "Hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm. Ảnh: MT", "Lượt đọc: 512", "điểm nóng"],
["Cập nhật: 16:40, 10/07/2012 (GMT+7)", "6 tháng đầu năm 2012", "6 tháng cuối năm", "Lượt đọc: 512"]))

PAGES.append(page("b3895-hatinh-xa-doithoai-2013", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ KỲ LỢI - HUYỆN KỲ ANH - TỈNH HÀ TĨNH
Trang chủ :: Tin tức - Sự kiện :: Hoạt động của chính quyền
08:15 | 22/05/2013
Đối thoại với người dân về ô nhiễm bụi than tại bãi tập kết
Chiều 21/5, UBND xã Kỳ Lợi phối hợp với Ủy ban MTTQ xã tổ chức hội nghị đối thoại với nhân dân 4 thôn ven bãi tập kết than của Công ty cổ phần Vật liệu Hoành Sơn, sau vụ hơn 300 người dân kéo đến chặn xe chở than hôm 15/5.
Quang cảnh buổi đối thoại tại Hội trường UBND xã. Ảnh: Văn Đức
Chủ trì đối thoại có đồng chí Trần Đình Lực, Bí thư Đảng ủy, Chủ tịch HĐND xã; đồng chí Nguyễn Văn Hải, Phó Bí thư Đảng ủy, Chủ tịch UBND xã và bà Hồ Thị Thảo, Chủ tịch Ủy ban MTTQ xã. Dự có đồng chí Lê Quang Vinh, HUV, Trưởng Ban Dân vận Huyện ủy Kỳ Anh và ông Phạm Ngọc Sơn, Giám đốc Công ty cổ phần Vật liệu Hoành Sơn.
Theo phản ánh của người dân, từ cuối năm 2012 đến nay bụi than từ bãi tập kết rộng gần 3 ha bay vào khu dân cư, ảnh hưởng đến sinh hoạt của 215 hộ dân; tuyến đường liên thôn dài 600 m bị xe tải trọng lớn làm hư hỏng, 9 hộ có nhà bị nứt tường. Người dân đã 3 lần gửi đơn lên xã, huyện nhưng chưa được giải quyết dứt điểm, dẫn đến việc tụ tập, chặn xe.
Tại buổi đối thoại có 37 ý kiến phát biểu, tập trung vào việc di dời bãi than, hỗ trợ thiệt hại và trách nhiệm của doanh nghiệp. Ông Phan Văn Hóa ở thôn Đông Yên cho rằng: "Trời hanh thì bụi, trời mưa thì bùn, con cháu chúng tôi ho suốt cả mùa". Bà con đề nghị công ty phải che chắn, phun nước thường xuyên và công khai kết quả quan trắc môi trường.
Trả lời các ý kiến, ông Phạm Ngọc Sơn thừa nhận thiếu sót, cam kết trong 30 ngày sẽ xây tường bao cao 4 m, lắp đặt 2 hệ thống phun sương dập bụi, sửa chữa đường liên thôn và hỗ trợ mỗi hộ bị nứt nhà 5 triệu đồng; tổng kinh phí dự kiến khoảng 1,5 tỷ đồng.
Đồng chí Nguyễn Văn Hải cho biết, UBND xã đã có Công văn số 45/UBND ngày 16/5/2013 báo cáo UBND huyện; thực hiện Công văn số 512/UBND-TNMT ngày 10/5/2013 của UBND huyện Kỳ Anh, xã sẽ thành lập tổ giám sát gồm 7 thành viên, trong đó có đại diện Mặt trận, Hội Nông dân và trưởng các thôn. Đồng chí Lê Quang Vinh đề nghị cán bộ, đảng viên ở thôn kiên trì vận động bà con không tụ tập, cản trở giao thông mà phản ánh qua tổ giám sát và Mặt trận. Kết quả buổi đối thoại đã được báo cáo Ban Dân vận Tỉnh ủy Hà Tĩnh và Sở Tài nguyên và Môi trường để theo dõi, đôn đốc doanh nghiệp thực hiện cam kết.
Ngọc Hà - Văn phòng HĐND - UBND xã
Lượt truy cập: 23.517
Tin khác
- Kỳ Lợi tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở thôn Đông Yên (18/11/2012)
- Tiếp xúc cử tri trước kỳ họp thứ 6 HĐND huyện (06/05/2013)
- Ra quân làm đường giao thông nông thôn (12/04/2013)
""", "2013-05-22", "Đối thoại với người dân về ô nhiễm bụi than tại bãi tập kết",
E("doi_thoai", None, "2013-05-21"),
[P("Trần Đình Lực", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Nguyễn Văn Hải", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Hồ Thị Thảo", "Chủ tịch Ủy ban MTTQ xã"),
 P("Lê Quang Vinh", "HUV", "Trưởng Ban Dân vận Huyện ủy Kỳ Anh"),
 P("Phạm Ngọc Sơn", "Giám đốc Công ty cổ phần Vật liệu Hoành Sơn"),
 P("Phan Văn Hóa")],
[Q("4 thôn", 4, "thôn"), Q("hơn 300 người dân", 300, "người dân", "over"), Q("gần 3 ha", 3, "ha", "approx"),
 Q("215 hộ dân", 215, "hộ dân"), Q("600 m", 600, "m"), Q("9 hộ", 9, "hộ"), Q("37 ý kiến", 37, "ý kiến"),
 Q("4 m", 4, "m"), Q("2 hệ thống phun sương dập bụi", 2, "hệ thống phun sương dập bụi"),
 Q("5 triệu đồng", 5000000, "đồng"), Q("khoảng 1,5 tỷ đồng", 1500000000, "đồng", "approx"), Q("7 thành viên", 7, "thành viên")],
[D("Công văn", "45", "UBND", "2013-05-16", "UBND xã", "Công văn số 45/UBND ngày 16/5/2013"),
 D("Công văn", "512", "UBND-TNMT", "2013-05-10", "UBND huyện Kỳ Anh", "Công văn số 512/UBND-TNMT ngày 10/5/2013")],
[prov("Hà Tĩnh"), com("Kỳ Lợi")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ KỲ LỢI - HUYỆN KỲ ANH - TỈNH HÀ TĨNH", "Trang chủ :: Tin tức - Sự kiện :: Hoạt động của chính quyền",
 "Quang cảnh buổi đối thoại tại Hội trường UBND xã. Ảnh: Văn Đức", "Lượt truy cập: 23.517", "Công ty cổ phần Vật liệu Hoành Sơn"],
["08:15 | 22/05/2013", "3 lần", "30 ngày", "cuối năm 2012", "Lượt truy cập: 23.517"]))

PAGES.append(page("b3896-nghean-bdv-tongket-2014", """
Báo Nghệ An điện tử
Thời sự > Chính trị > Dân vận
Thứ Sáu, 26/12/2014 - 16:30
Nghệ An: Giải quyết dứt điểm 10/12 vụ việc phức tạp liên quan đến tôn giáo
(Baonghean) - Ngày 23/12, Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết công tác dân vận và công tác tôn giáo năm 2014. Đồng chí Nguyễn Thị Thu Hường, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.
Đồng chí Nguyễn Thị Thu Hường phát biểu kết luận hội nghị. Ảnh: Thành Duy
Năm 2014, tình hình tôn giáo trên địa bàn cơ bản ổn định, song vẫn tiềm ẩn yếu tố phức tạp. Toàn tỉnh phát sinh 12 vụ việc phức tạp liên quan đến tôn giáo, chủ yếu là tranh chấp đất đai, xây dựng, sửa chữa cơ sở thờ tự không phép; đến nay đã giải quyết dứt điểm 10 vụ. Có 5 vụ tranh chấp đất đai giữa giáo xứ với chính quyền và doanh nghiệp, trong đó vụ việc ở xã Nghi Phương có lúc gần 400 giáo dân tụ tập, căng băng rôn tại khu đất tranh chấp.
Ở vùng đồng bào Mông, tình trạng truyền đạo trái pháp luật, di cư tự do vẫn diễn ra; 46 hộ đồng bào Mông ở các huyện miền núi đã bỏ theo đạo lạ, trở lại sinh hoạt tín ngưỡng truyền thống sau khi được vận động. Cấp ủy, chính quyền các cấp tổ chức 230 cuộc tiếp xúc, đối thoại với 1.450 lượt chức sắc, chức việc, người có uy tín.
Thực hiện Nghị quyết số 25-NQ/TW ngày 12/3/2003 của BCH Trung ương (khóa IX) về công tác tôn giáo, Chỉ thị số 01/2005/CT-TTg của Thủ tướng Chính phủ và Kết luận 57, 58-KL/TU của Ban Thường vụ Tỉnh ủy, Ban Dân vận Tỉnh ủy đã chủ trì xây dựng 14 mô hình "Khu dân cư lương - giáo đoàn kết", phối hợp Ủy ban MTTQ tỉnh thăm, tặng 520 suất quà cho đồng bào có đạo dịp lễ Giáng sinh với tổng trị giá 260 triệu đồng.
Tại hội nghị, bà Lô Thị Hương, HUV, Trưởng Ban Dân vận Huyện ủy Quỳ Châu, đề nghị tăng cường cán bộ biết tiếng dân tộc cho các bản vùng cao. Đồng chí Vi Văn Sơn, Bí thư Đảng ủy xã Châu Bình, chia sẻ kinh nghiệm phát huy vai trò già làng, trưởng bản. Ông Lầu Bá Chò, người có uy tín bản Huồi Khe, xã Mường Lống, kể lại việc cùng cán bộ xã vận động 8 hộ trong bản bỏ đạo lạ.
Linh mục Giuse Trần Văn Lộc, Quản xứ giáo xứ Thuận Nghĩa và Đại đức Thích Quảng Tâm, trụ trì chùa Diệc, cũng dự và phát biểu, mong chính quyền sớm giải quyết các kiến nghị về đất cơ sở tôn giáo.
Kết luận hội nghị, đồng chí Nguyễn Thị Thu Hường yêu cầu năm 2015, các cấp tập trung giải quyết 2 vụ việc còn tồn đọng, tránh để phát sinh "điểm nóng"; phát huy vai trò của 2.146 người có uy tín trong đồng bào dân tộc thiểu số và tôn giáo.
Thanh Lê
Lượt xem: 2.031
Tin liên quan
- Quỳ Châu: vận động 12 hộ trở về quê cũ (10/12/2014)
- Gặp mặt chức sắc, chức việc các tôn giáo dịp Giáng sinh (19/12/2014)
- Nghi Lộc: đối thoại với giáo dân (02/12/2014)
""", "2014-12-26", "Nghệ An: Giải quyết dứt điểm 10/12 vụ việc phức tạp liên quan đến tôn giáo",
E("tong_ket", "2014", "2014-12-23"),
[P("Nguyễn Thị Thu Hường", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lô Thị Hương", "HUV", "Trưởng Ban Dân vận Huyện ủy Quỳ Châu"),
 P("Vi Văn Sơn", "Bí thư Đảng ủy xã Châu Bình"),
 P("Lầu Bá Chò", "người có uy tín bản Huồi Khe"),
 P("Giuse Trần Văn Lộc", "Linh mục", "Quản xứ giáo xứ Thuận Nghĩa"),
 P("Thích Quảng Tâm", "Đại đức", "trụ trì chùa Diệc")],
[Q("12 vụ việc phức tạp", 12, "vụ việc phức tạp"), Q("10 vụ", 10, "vụ"),
 Q("5 vụ tranh chấp đất đai", 5, "vụ tranh chấp đất đai"), Q("gần 400 giáo dân", 400, "giáo dân", "approx"),
 Q("46 hộ đồng bào Mông", 46, "hộ đồng bào Mông"), Q("230 cuộc tiếp xúc, đối thoại", 230, "cuộc tiếp xúc, đối thoại"),
 Q("1.450 lượt chức sắc, chức việc, người có uy tín", 1450, "lượt chức sắc, chức việc, người có uy tín"),
 Q("14 mô hình", 14, "mô hình"), Q("520 suất quà", 520, "suất quà"), Q("260 triệu đồng", 260000000, "đồng"),
 Q("8 hộ", 8, "hộ"), Q("2 vụ việc", 2, "vụ việc"), Q("2.146 người có uy tín", 2146, "người có uy tín")],
[D("Nghị quyết", "25", "NQ/TW", "2003-03-12", "BCH Trung ương", "Nghị quyết số 25-NQ/TW ngày 12/3/2003"),
 D("Chỉ thị", "01", "2005/CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị số 01/2005/CT-TTg"),
 D("Kết luận", "57", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 57, 58-KL/TU"),
 D("Kết luận", "58", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 57, 58-KL/TU")],
[prov("Nghệ An"), com("Nghi Phương"), com("Châu Bình"), com("Mường Lống")],
["Báo Nghệ An điện tử", "Thời sự > Chính trị > Dân vận", "Đồng chí Nguyễn Thị Thu Hường phát biểu kết luận hội nghị. Ảnh: Thành Duy",
 "(Baonghean)", "Khu dân cư lương - giáo đoàn kết", "Lượt xem: 2.031", "điểm nóng"],
["Thứ Sáu, 26/12/2014 - 16:30", "năm 2014", "năm 2015", "khóa IX", "Lượt xem: 2.031"]))

PAGES.append(page("b3897-daklak-bdv-baocao-2015", """
BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK
Vị trí: Trang chủ › Tin tức › Nắm tình hình nhân dân
Ngày đăng 08/07/2015 | 14:20
Còn 11 điểm nóng về tranh chấp đất đai giữa người dân với các công ty nông, lâm nghiệp
Ngày 6/7, Ban Dân vận Tỉnh ủy Đắk Lắk báo cáo Thường trực Tỉnh ủy tình hình nhân dân 6 tháng đầu năm 2015, trong đó nổi lên các vụ tranh chấp đất đai kéo dài và hoạt động tôn giáo trái pháp luật ở vùng đồng bào dân tộc thiểu số. Đồng chí Y Blim Niê, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy trình bày báo cáo.
Ảnh: Buổi làm việc của đoàn công tác với người dân buôn Ea Kmăt
Theo báo cáo, 6 tháng đầu năm toàn tỉnh phát sinh 31 vụ tranh chấp đất đai giữa người dân với các công ty nông, lâm nghiệp, liên quan đến khoảng 2.300 ha đất; xảy ra 14 vụ tụ tập đông người với khoảng 900 lượt người tham gia, có vụ người dân kéo đến chặt phá cà phê, dựng chòi trên đất của công ty. Các cấp đã tổ chức 42 buổi đối thoại, giải quyết được 20 vụ; còn 11 điểm nóng chưa được xử lý dứt điểm, tập trung ở xã Cư Né và xã Ea Tiêu.
Về tôn giáo, lực lượng chức năng phát hiện 6 trường hợp tuyên truyền đạo trái phép, lôi kéo người dân theo "Tin lành Đê Ga" và "Hà Mòn"; đã vận động 27 hộ với 134 khẩu từ bỏ, cam kết không tham gia. Tỷ lệ đơn thư được giải quyết đạt 78,6%, thấp hơn cùng kỳ năm trước.
Thực hiện Chỉ thị số 04-CT/TU ngày 9/4/2015 của Ban Thường vụ Tỉnh ủy về tăng cường công tác dân vận trong giải quyết tranh chấp đất đai và Quyết định số 1120/QĐ-UBND ngày 14/5/2015 của UBND tỉnh về rà soát, đo đạc đất của các công ty, khối dân vận đã phối hợp thành lập 9 tổ công tác liên ngành, phân công các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: H'Bia Ayŭn, Lê Đình Quang trực tiếp theo dõi từng địa bàn.
Ông Y Dhiêng Mlô, già làng buôn Ea Kmăt, cho biết bà con muốn được giao lại một phần đất công ty không sử dụng để sản xuất, "có đất thì dân yên". Làm việc với đoàn, Phó Chủ tịch UBND tỉnh Phạm Ngọc Tiến chỉ đạo các sở, ngành sớm hoàn thành phương án sử dụng đất, trả về địa phương ít nhất 1.500 ha để giao cho các hộ thiếu đất sản xuất.
Thường trực Tỉnh ủy thống nhất với đề xuất của Ban Dân vận Tỉnh ủy, giao xây dựng kết luận số 60-KL/TU về giải quyết các điểm nóng trong quý III; yêu cầu cấp ủy các huyện không để hình thành "điểm nóng" mới, đặc biệt trong dịp kỷ niệm 70 năm Cách mạng tháng Tám. Các đoàn thể được giao phân công hội viên bám buôn, bám hộ, kịp thời nắm tâm tư của bà con.
Khánh Linh
Lượt xem: 689
Xem thêm
- Krông Pắc: đối thoại với người dân buôn Cư Kty (25/06/2015)
- Tập huấn công tác dân vận cho cán bộ buôn (10/06/2015)
- Tôn vinh 30 già làng, người có uy tín tiêu biểu (28/05/2015)
""", "2015-07-08", "Còn 11 điểm nóng về tranh chấp đất đai giữa người dân với các công ty nông, lâm nghiệp",
E("bao_cao", "2015-H1", "2015-07-06"),
[P("Y Blim Niê", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("H'Bia Ayŭn", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Đình Quang", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Y Dhiêng Mlô", "già làng buôn Ea Kmăt"),
 P("Phạm Ngọc Tiến", "Phó Chủ tịch UBND tỉnh")],
[Q("11 điểm nóng", 11, "điểm nóng"), Q("31 vụ tranh chấp đất đai", 31, "vụ tranh chấp đất đai"),
 Q("khoảng 2.300 ha", 2300, "ha", "approx"), Q("14 vụ tụ tập đông người", 14, "vụ tụ tập đông người"),
 Q("khoảng 900 lượt người", 900, "lượt người", "approx"), Q("42 buổi đối thoại", 42, "buổi đối thoại"),
 Q("20 vụ", 20, "vụ"), Q("6 trường hợp", 6, "trường hợp"), Q("27 hộ", 27, "hộ"), Q("134 khẩu", 134, "khẩu"),
 Q("78,6%", 78.6, "%"), Q("9 tổ công tác liên ngành", 9, "tổ công tác liên ngành"),
 Q("ít nhất 1.500 ha", 1500, "ha", "over")],
[D("Chỉ thị", "04", "CT/TU", "2015-04-09", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 04-CT/TU ngày 9/4/2015"),
 D("Quyết định", "1120", "QĐ-UBND", "2015-05-14", "UBND tỉnh", "Quyết định số 1120/QĐ-UBND ngày 14/5/2015"),
 D("Kết luận", "60", "KL/TU", None, None, "kết luận số 60-KL/TU")],
[prov("Đắk Lắk"), com("Cư Né"), com("Ea Tiêu")],
["BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK", "Vị trí: Trang chủ › Tin tức › Nắm tình hình nhân dân",
 "Ảnh: Buổi làm việc của đoàn công tác với người dân buôn Ea Kmăt", "Tin lành Đê Ga", "Hà Mòn", "Lượt xem: 689",
 "có đất thì dân yên"],
["Ngày đăng 08/07/2015 | 14:20", "6 tháng đầu năm 2015", "70 năm Cách mạng tháng Tám", "quý III", "Lượt xem: 689"]))

PAGES.append(page("b3898-binhduong-mttq-giamsat-2016", """
Báo Bình Dương Online
Chính trị - Xã hội | Mặt trận - Đoàn thể
15/09/2016 - 10:05
Mặt trận tỉnh giám sát việc giải quyết đơn thư khiếu nại, tố cáo tại thị xã Bến Cát
(BDO) Ngày 14/9, đoàn giám sát của Ủy ban MTTQ Việt Nam tỉnh do ông Lê Văn Toàn, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh, Trưởng đoàn giám sát làm trưởng đoàn đã giám sát việc tiếp công dân, giải quyết khiếu nại, tố cáo tại UBND thị xã Bến Cát, theo chương trình giám sát năm 2016.
Đoàn giám sát làm việc với UBND thị xã Bến Cát. Ảnh: Quang Tám
Tham gia đoàn có các đồng chí Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh: Phạm Thanh Sơn, Huỳnh Thị Bé Ba; đại diện Thanh tra tỉnh, Sở Tài nguyên và Môi trường. Tiếp đoàn có ông Trần Hữu Phúc, Phó Chủ tịch UBND thị xã Bến Cát và bà Võ Thị Kim Thoa, Chánh Thanh tra thị xã.
Báo cáo của thị xã cho thấy, từ đầu năm 2015 đến tháng 8/2016, thị xã tiếp nhận 386 đơn, trong đó 94 đơn khiếu nại, 27 đơn tố cáo, còn lại là đơn kiến nghị, phản ánh; đã giải quyết 352 đơn, đạt 91,2%. Nội dung chủ yếu liên quan bồi thường, hỗ trợ tái định cư tại các dự án khu công nghiệp, khu đô thị với 1.700 hộ bị ảnh hưởng và tổng kinh phí bồi thường hơn 380 tỷ đồng. Trong thời gian này xảy ra 5 vụ khiếu kiện đông người, trong đó có 2 vụ người dân căng băng rôn trước cổng khu công nghiệp ở phường Mỹ Phước và xã An Điền.
Thị xã đã tổ chức 4 cuộc đối thoại với các hộ dân; cùng với Mặt trận thực hiện 12 cuộc giám sát ở cơ sở. Tuy vậy, việc giải quyết một số vụ việc còn chậm, có đơn quá hạn trên 6 tháng; việc niêm yết, công khai phương án bồi thường ở một số dự án chưa đúng quy định.
Phát biểu kết luận, ông Lê Văn Toàn đề nghị thị xã thực hiện nghiêm Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị về Quy chế giám sát và phản biện xã hội của MTTQ Việt Nam và các đoàn thể chính trị - xã hội, tạo điều kiện để Mặt trận tham gia giải quyết đơn thư ngay từ cơ sở. Đoàn sẽ tổng hợp kết quả giám sát theo Kế hoạch số 29/KH-MTTQ-BTT ngày 3/6/2016 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, kiến nghị UBND tỉnh Bình Dương xem xét các vụ việc kéo dài, trong đó có 3 vụ khiếu nại về giá bồi thường đã qua nhiều cấp giải quyết.
Ông Trần Hữu Phúc tiếp thu, cho biết thị xã sẽ giải quyết dứt điểm 34 đơn tồn đọng trước ngày 31/12/2016, đồng thời phối hợp với Mặt trận thị xã tổ chức thêm các buổi đối thoại tại khu phố, ấp có đơn thư kéo dài.
Thanh Hương
Lượt xem: 1.317
Tin cùng chuyên mục
- Hội nghị phản biện dự thảo quy định giá đất (08/09/2016)
- MTTQ phường Phú Lợi ra mắt tổ tự quản (30/08/2016)
- Thuận An: giám sát việc thực hiện Quy chế dân chủ (18/08/2016)
""", "2016-09-15", "Mặt trận tỉnh giám sát việc giải quyết đơn thư khiếu nại, tố cáo tại thị xã Bến Cát",
E("giam_sat", "2016", "2016-09-14"),
[P("Lê Văn Toàn", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Trưởng đoàn giám sát"),
 P("Phạm Thanh Sơn", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Huỳnh Thị Bé Ba", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Hữu Phúc", "Phó Chủ tịch UBND thị xã Bến Cát"),
 P("Võ Thị Kim Thoa", "Chánh Thanh tra thị xã")],
[Q("386 đơn", 386, "đơn"), Q("94 đơn khiếu nại", 94, "đơn khiếu nại"), Q("27 đơn tố cáo", 27, "đơn tố cáo"),
 Q("352 đơn", 352, "đơn"), Q("91,2%", 91.2, "%"), Q("1.700 hộ", 1700, "hộ"),
 Q("hơn 380 tỷ đồng", 380000000000, "đồng", "over"), Q("5 vụ khiếu kiện đông người", 5, "vụ khiếu kiện đông người"),
 Q("2 vụ", 2, "vụ"), Q("4 cuộc đối thoại", 4, "cuộc đối thoại"), Q("12 cuộc giám sát", 12, "cuộc giám sát"),
 Q("3 vụ khiếu nại", 3, "vụ khiếu nại"), Q("34 đơn tồn đọng", 34, "đơn tồn đọng")],
[D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW ngày 12/12/2013"),
 D("Kế hoạch", "29", "KH-MTTQ-BTT", "2016-06-03", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 29/KH-MTTQ-BTT ngày 3/6/2016")],
[prov("Bình Dương"), com("Mỹ Phước"), com("An Điền")],
["Báo Bình Dương Online", "Chính trị - Xã hội | Mặt trận - Đoàn thể", "Đoàn giám sát làm việc với UBND thị xã Bến Cát. Ảnh: Quang Tám",
 "(BDO)", "Lượt xem: 1.317", "Quy chế giám sát và phản biện xã hội của MTTQ Việt Nam và các đoàn thể chính trị - xã hội"],
["15/09/2016 - 10:05", "năm 2016", "tháng 8/2016", "trên 6 tháng", "Lượt xem: 1.317"]))
