from lib import *
PAGES = []

PAGES.append(page("b2921-thanhhoa-muonglat-lamnha-2019", """
Báo Thanh Hóa - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thanh Hóa
Thời sự › Xã hội › Cứu trợ
Cập nhật: 09:42, 12/08/2019 (GMT+7)
Ảnh: Cán bộ, chiến sĩ giúp dân dựng lại nhà ở bản Sài Khao.
Mường Lát: Hỗ trợ 47 hộ mất nhà sau lũ quét dựng lại nhà ở
Sau hơn một tuần lũ quét, sạt lở đất tàn phá các bản vùng cao, đến nay 47 hộ dân huyện Mường Lát có nhà bị cuốn trôi, sập đổ hoàn toàn đã được Ủy ban MTTQ các cấp hỗ trợ dựng lại nhà. Ngày 10/8, đoàn công tác Ủy ban MTTQ tỉnh do bà Phạm Thị Thanh Thư, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh dẫn đầu đã trao số tiền 1,88 tỷ đồng cho các hộ, mỗi hộ 40 triệu đồng.
Trận lũ ngày 2 và 3/8/2019 làm 11 người chết, 6 người mất tích; 82 ngôi nhà bị hư hỏng; gần 300 ha lúa nương, ngô bị vùi lấp. Các xã Quang Chiểu, Mường Chanh, Tam Chung bị thiệt hại nặng nhất, nhiều bản người Thái, người Mông bị cô lập nhiều ngày.
Tại xã Quang Chiểu, ông Hà Văn Ban, Chủ tịch Ủy ban MTTQ xã cho biết, xã có 19 hộ ở bản Poọng, bản Sài Khao phải di dời khẩn cấp; hơn 400 lượt cán bộ, chiến sĩ Đồn Biên phòng Quang Chiểu, đoàn viên thanh niên đã giúp bà con san nền, dựng khung nhà. Anh Vàng A Mua, một trong những hộ nhận hỗ trợ, cho biết gia đình có 7 khẩu, giờ tạm ở nhà văn hóa bản, "có tiền của Mặt trận, anh em trong dòng họ góp thêm gỗ, cuối tháng này sẽ vào ở được".
Trước đó, Ban Thường trực Ủy ban MTTQ tỉnh đã ban hành Lời kêu gọi và Kế hoạch số 125/KH-MTTQ-BTT ngày 4/8/2019 về vận động ủng hộ đồng bào vùng lũ. Tính đến ngày 9/8, Quỹ cứu trợ tỉnh đã tiếp nhận khoảng 15,7 tỷ đồng của 218 tập thể, cá nhân; trong đó Ủy ban Trung ương MTTQ Việt Nam hỗ trợ 2 tỷ đồng. Ban Thường trực đã phân bổ 8,5 tỷ đồng cho huyện Mường Lát và 1,5 tỷ đồng cho huyện Quan Sơn theo Quyết định số 307/QĐ-MTTQ-BTT ngày 8/8/2019.
Bà Phạm Thị Thanh Thư đề nghị huyện Mường Lát sử dụng tiền hỗ trợ đúng mục đích, ưu tiên bố trí tái định cư ở vị trí an toàn, lâu dài. Đồng chí Lương Văn Hoài, Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh, được giao phối hợp với Sở Xây dựng khảo sát, thiết kế mẫu nhà phù hợp phong tục của đồng bào Thái, Mông với chi phí khoảng 80 triệu đồng/căn.
Ông Lò Văn Tiến, Bí thư Chi bộ bản Sài Khao, cho biết bà con trong bản đã đóng góp hơn 200 ngày công và 35 cây gỗ giúp các hộ mất nhà. Ngày 11/8, Hội LHPN tỉnh cũng trao 120 suất quà, mỗi suất 500.000 đồng cho phụ nữ, trẻ em các bản bị lũ.
Lê Hợi
Lượt xem: 3.216
Tin liên quan
- Thanh Hóa: Lũ quét làm 11 người chết, 6 người mất tích (04/08/2019)
- Bộ đội Biên phòng mở đường tiếp tế cho bản bị cô lập (06/08/2019)
- Kêu gọi ủng hộ đồng bào Mường Lát, Quan Sơn (05/08/2019)
""", "2019-08-12", "Mường Lát: Hỗ trợ 47 hộ mất nhà sau lũ quét dựng lại nhà ở",
E("trao_qua", None, "2019-08-10"),
[P("Phạm Thị Thanh Thư", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Hà Văn Ban", "Chủ tịch Ủy ban MTTQ xã"),
 P("Vàng A Mua"),
 P("Lương Văn Hoài", "Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh"),
 P("Lò Văn Tiến", "Bí thư Chi bộ bản Sài Khao")],
[Q("47 hộ", 47, "hộ"), Q("1,88 tỷ đồng", 1880000000, "đồng"), Q("40 triệu đồng", 40000000, "đồng"),
 Q("11 người", 11, "người"), Q("6 người", 6, "người"), Q("82 ngôi nhà", 82, "ngôi nhà"),
 Q("gần 300 ha", 300, "ha", "approx"), Q("19 hộ", 19, "hộ"),
 Q("hơn 400 lượt cán bộ, chiến sĩ", 400, "lượt cán bộ, chiến sĩ", "over"), Q("7 khẩu", 7, "khẩu"),
 Q("khoảng 15,7 tỷ đồng", 15700000000, "đồng", "approx"), Q("218 tập thể, cá nhân", 218, "tập thể, cá nhân"),
 Q("2 tỷ đồng", 2000000000, "đồng"), Q("8,5 tỷ đồng", 8500000000, "đồng"), Q("1,5 tỷ đồng", 1500000000, "đồng"),
 Q("khoảng 80 triệu đồng/căn", 80000000, "đồng", "approx"), Q("hơn 200 ngày công", 200, "ngày công", "over"),
 Q("35 cây gỗ", 35, "cây gỗ"), Q("120 suất quà", 120, "suất quà"), Q("500.000 đồng", 500000, "đồng")],
[D("Kế hoạch", "125", "KH-MTTQ-BTT", "2019-08-04", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 125/KH-MTTQ-BTT ngày 4/8/2019"),
 D("Quyết định", "307", "QĐ-MTTQ-BTT", "2019-08-08", "Ban Thường trực", "Quyết định số 307/QĐ-MTTQ-BTT ngày 8/8/2019")],
[prov("Thanh Hóa"), com("Quang Chiểu"), com("Mường Chanh"), com("Tam Chung")],
["Báo Thanh Hóa - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thanh Hóa", "Thời sự › Xã hội › Cứu trợ",
 "Ảnh: Cán bộ, chiến sĩ giúp dân dựng lại nhà ở bản Sài Khao.", "Quỹ cứu trợ tỉnh", "Đồn Biên phòng Quang Chiểu",
 "Lời kêu gọi", "Lượt xem: 3.216"],
["Cập nhật: 09:42, 12/08/2019 (GMT+7)", "hơn một tuần", "ngày 2 và 3/8/2019", "Lượt xem: 3.216"]))

PAGES.append(page("b2922-quangtri-mttq-giaoban-quy3-2020", """
ỦY BAN MTTQ VIỆT NAM TỈNH QUẢNG TRỊ
Trang chủ - Tin tức - Sự kiện - Hoạt động Mặt trận tỉnh
Thứ Sáu, 09/10/2020, 15:45
Toàn cảnh hội nghị giao ban.
Tập trung giúp nhân dân khắc phục hậu quả mưa lũ
Sáng 8/10, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị giao ban công tác Mặt trận quý III năm 2020 với Mặt trận các huyện, thị xã, thành phố. Do mưa lũ diễn biến phức tạp, hội nghị được tổ chức trực tuyến tại 10 điểm cầu. Ông Hoàng Đức Minh, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Báo cáo cho thấy, quý III, Mặt trận các cấp đã vận động xây dựng 126 nhà Đại đoàn kết, tổng trị giá hơn 5 tỷ đồng; trao 3.400 suất quà cho hộ nghèo, gia đình chính sách. Từ ngày 6/10, mưa lớn kéo dài làm ngập sâu nhiều khu dân cư ở các huyện Hải Lăng, Triệu Phong, Đakrông; 2 người chết, khoảng 11.000 hộ dân phải sơ tán. Ngay trong ngày 7/10, Ban Thường trực đã trích 500 triệu đồng từ Quỹ cứu trợ tỉnh hỗ trợ khẩn cấp các địa phương và ban hành Công văn số 488/MTTQ-BTT kêu gọi ủng hộ.
Ông Hồ Văn Năm (dân tộc Vân Kiều), Chủ tịch Ủy ban MTTQ huyện Đakrông, cho biết các xã Tà Long, Húc Nghì bị chia cắt, huyện đã huy động 260 đoàn viên, dân quân giúp dân chằng chống nhà cửa, vận chuyển 15 tấn gạo vào các thôn. Bà Kăn Thị Hoa (dân tộc Pa Kô), Phó Chủ tịch Ủy ban MTTQ huyện Hướng Hóa, báo cáo 42 hộ ở xã Hướng Phùng có nguy cơ sạt lở cao, cần bố trí đất tái định cư.
Các ý kiến cũng đề cập việc thực hiện Nghị quyết 03, 04/NQ-MTTQ của Ủy ban MTTQ tỉnh về xây dựng khu dân cư phòng, chống thiên tai; có 16/125 xã chưa thành lập tổ cứu trợ tại chỗ.
Kết luận hội nghị, ông Hoàng Đức Minh yêu cầu Mặt trận các cấp thực hiện nghiêm Quyết định số 2231/QĐ-UBND của UBND tỉnh về ứng phó mưa lũ; công khai mọi khoản tiếp nhận, không để người dân nào bị đói; phối hợp với các tổ chức tôn giáo, doanh nghiệp chuẩn bị các đợt cứu trợ sau lũ. Đồng chí giao bà Nguyễn Thị Lệ Thủy, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh theo dõi, tổng hợp tình hình thiệt hại hằng ngày báo cáo Ủy ban Trung ương MTTQ Việt Nam.
Quý IV, Mặt trận tỉnh phấn đấu hoàn thành 250 nhà Đại đoàn kết theo kế hoạch năm và chuẩn bị Đại hội đại biểu MTTQ Việt Nam tỉnh lần thứ XIII.
Theo Ban Chỉ huy Phòng chống thiên tai và tìm kiếm cứu nạn tỉnh Quảng Trị, mưa lớn còn kéo dài trong những ngày tới; Mặt trận các cấp được yêu cầu phân công cán bộ bám địa bàn, phối hợp với chính quyền vận động người dân ở vùng trũng thấp, ven sông, sườn đồi di chuyển đến nơi an toàn.
Văn phòng Ủy ban MTTQ tỉnh
Tin khác
- Trao 200 suất quà cho người dân vùng lũ Hải Lăng (07/10/2020)
- Hiệp thương giới thiệu người ứng cử Ủy viên Ủy ban MTTQ tỉnh khóa XIII (25/09/2020)
- Giám sát việc thực hiện chính sách hỗ trợ người dân gặp khó khăn do dịch Covid-19 (15/09/2020)
""", "2020-10-09", "Tập trung giúp nhân dân khắc phục hậu quả mưa lũ",
E("giao_ban", "2020-Q3", "2020-10-08"),
[P("Hoàng Đức Minh", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hồ Văn Năm", "Chủ tịch Ủy ban MTTQ huyện Đakrông"),
 P("Kăn Thị Hoa", "Phó Chủ tịch Ủy ban MTTQ huyện Hướng Hóa"),
 P("Nguyễn Thị Lệ Thủy", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("10 điểm cầu", 10, "điểm cầu"), Q("126 nhà Đại đoàn kết", 126, "nhà Đại đoàn kết"),
 Q("hơn 5 tỷ đồng", 5000000000, "đồng", "over"), Q("3.400 suất quà", 3400, "suất quà"), Q("2 người", 2, "người"),
 Q("khoảng 11.000 hộ dân", 11000, "hộ dân", "approx"), Q("500 triệu đồng", 500000000, "đồng"),
 Q("260 đoàn viên, dân quân", 260, "đoàn viên, dân quân"), Q("15 tấn", 15, "tấn"), Q("42 hộ", 42, "hộ"),
 Q("16/125 xã", 16, "xã"), Q("250 nhà Đại đoàn kết", 250, "nhà Đại đoàn kết")],
[D("Công văn", "488", "MTTQ-BTT", None, "Ban Thường trực", "Công văn số 488/MTTQ-BTT"),
 D("Nghị quyết", "03", "NQ-MTTQ", None, "Ủy ban MTTQ tỉnh", "Nghị quyết 03, 04/NQ-MTTQ"),
 D("Nghị quyết", "04", "NQ-MTTQ", None, "Ủy ban MTTQ tỉnh", "Nghị quyết 03, 04/NQ-MTTQ"),
 D("Quyết định", "2231", "QĐ-UBND", None, "UBND tỉnh", "Quyết định số 2231/QĐ-UBND")],
[prov("Quảng Trị"), com("Tà Long"), com("Húc Nghì"), com("Hướng Phùng")],
["ỦY BAN MTTQ VIỆT NAM TỈNH QUẢNG TRỊ", "Trang chủ - Tin tức - Sự kiện - Hoạt động Mặt trận tỉnh", "Toàn cảnh hội nghị giao ban.",
 "Quỹ cứu trợ tỉnh", "Văn phòng Ủy ban MTTQ tỉnh"],
["Thứ Sáu, 09/10/2020, 15:45", "quý III năm 2020", "Quý IV", "lần thứ XIII"]))

PAGES.append(page("b2923-quangnam-traleng-traoqua-2020", """
QUẢNG NAM ONLINE
Xã hội / Mặt trận - Đoàn thể
Ngày 20/11/2020 | 07:30
Hướng về Trà Leng
Mặt trận trao tiền hỗ trợ gia đình các nạn nhân vụ sạt lở núi ở Trà Leng
(QNO) - Ngày 19/11, Ủy ban MTTQ Việt Nam tỉnh Quảng Nam phối hợp với Ủy ban MTTQ huyện Nam Trà My trao tiền hỗ trợ cho 33 hộ dân có người chết, mất tích và nhà bị vùi lấp trong vụ sạt lở núi nghiêm trọng tại thôn 1, xã Trà Leng đêm 28/10. Tổng số tiền trao đợt này hơn 3,2 tỷ đồng từ nguồn ủng hộ của cán bộ, nhân dân cả nước.
Bà Hồ Thị Bông (dân tộc Ca Dong) nhận tiền hỗ trợ. Ảnh: H.Liên
Theo ông Hồ Văn Điền, Chủ tịch Ủy ban MTTQ xã Trà Leng, vụ sạt lở đã làm 22 người chết, mất tích; 12 căn nhà bị vùi lấp hoàn toàn. Những ngày qua, hơn 1.000 cán bộ, chiến sĩ, dân quân và nhân dân đã tham gia tìm kiếm, cứu nạn. Hiện 56 hộ của thôn 1 đang được bố trí ở tạm tại trường tiểu học và nhà dân ở thôn 2.
Đồng chí Võ Xuân Cảnh, Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Trưởng ban Vận động cứu trợ tỉnh cho biết, mỗi người chết, mất tích được hỗ trợ 30 triệu đồng; mỗi hộ có nhà bị sập, vùi lấp hoàn toàn được hỗ trợ 60 triệu đồng để làm lại nhà theo Quyết định số 16/QĐ-BVĐCT ngày 12/11/2020 của Ban Vận động cứu trợ tỉnh. Tính đến ngày 17/11, Ủy ban MTTQ tỉnh đã tiếp nhận khoảng 215 tỷ đồng ủng hộ nhân dân khắc phục hậu quả các cơn bão số 9, 13 và mưa lũ, đã phân bổ đợt 1 là 98 tỷ đồng cho 18 huyện, thị xã, thành phố.
Dịp này, đoàn trao 200 suất quà, mỗi suất 1 triệu đồng cho các hộ đang ở tạm; Công ty TNHH Một thành viên Thương mại Đông Giang tặng 300 chăn, 300 bộ quần áo ấm. Các đồng chí Hồ Thị Thảo Vi, Phạm Văn Tuyến - Phó Chủ tịch Ủy ban MTTQ huyện Nam Trà My cùng đi trao quà tại các điểm ở tạm.
Ông Hồ Văn Lập, 62 tuổi, người có uy tín thôn 1, nói: "Bà con mất nhà, mất người thân, nhưng nhờ Đảng, Nhà nước, Mặt trận và đồng bào cả nước, chúng tôi không bị bỏ lại. Mong sớm có đất ở mới an toàn".
Theo kế hoạch của UBND huyện Nam Trà My, khu tái định cư mới cho người dân thôn 1 dự kiến rộng khoảng 5 ha, bố trí được 70 lô đất ở. Ban Thường trực Ủy ban MTTQ tỉnh đề nghị huyện đẩy nhanh tiến độ san nền để kịp làm nhà cho bà con trước Tết Nguyên đán Tân Sửu 2021.
Nhận tiền hỗ trợ, bà Hồ Thị Bông, người mất chồng và con trai trong vụ sạt lở, không cầm được nước mắt. Cán bộ Hội Phụ nữ xã được phân công thường xuyên thăm hỏi, động viên bà cùng các gia đình có người thân bị nạn.
Trước đó, Ủy ban MTTQ huyện Phước Sơn cũng đã trao hỗ trợ cho gia đình 11 nạn nhân vụ sạt lở tại xã Phước Lộc.
Hoàng Liên
Lượt xem: 6.804
Tin liên quan
- Tìm thấy thêm thi thể nạn nhân vụ sạt lở Trà Leng (02/11/2020)
- Lời kêu gọi ủng hộ nhân dân Quảng Nam khắc phục hậu quả thiên tai (29/10/2020)
- Phước Sơn: Khẩn trương tìm kiếm nạn nhân mất tích (31/10/2020)
""", "2020-11-20", "Mặt trận trao tiền hỗ trợ gia đình các nạn nhân vụ sạt lở núi ở Trà Leng",
E("trao_qua", None, "2020-11-19"),
[P("Hồ Thị Bông"),
 P("Hồ Văn Điền", "Chủ tịch Ủy ban MTTQ xã Trà Leng"),
 P("Võ Xuân Cảnh", "Phó Bí thư Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Trưởng ban Vận động cứu trợ tỉnh"),
 P("Hồ Thị Thảo Vi", "Phó Chủ tịch Ủy ban MTTQ huyện Nam Trà My"),
 P("Phạm Văn Tuyến", "Phó Chủ tịch Ủy ban MTTQ huyện Nam Trà My"),
 P("Hồ Văn Lập", "người có uy tín thôn 1")],
[Q("33 hộ dân", 33, "hộ dân"), Q("hơn 3,2 tỷ đồng", 3200000000, "đồng", "over"), Q("22 người", 22, "người"),
 Q("12 căn nhà", 12, "căn nhà"), Q("hơn 1.000 cán bộ, chiến sĩ, dân quân và nhân dân", 1000, "cán bộ, chiến sĩ, dân quân và nhân dân", "over"),
 Q("56 hộ", 56, "hộ"), Q("30 triệu đồng", 30000000, "đồng"), Q("60 triệu đồng", 60000000, "đồng"),
 Q("khoảng 215 tỷ đồng", 215000000000, "đồng", "approx"), Q("98 tỷ đồng", 98000000000, "đồng"),
 Q("18 huyện, thị xã, thành phố", 18, "huyện, thị xã, thành phố"), Q("200 suất quà", 200, "suất quà"),
 Q("1 triệu đồng", 1000000, "đồng"), Q("300 chăn", 300, "chăn"), Q("300 bộ quần áo ấm", 300, "bộ quần áo ấm"),
 Q("khoảng 5 ha", 5, "ha", "approx"), Q("70 lô đất ở", 70, "lô đất ở"), Q("11 nạn nhân", 11, "nạn nhân")],
[D("Quyết định", "16", "QĐ-BVĐCT", "2020-11-12", "Ban Vận động cứu trợ tỉnh", "Quyết định số 16/QĐ-BVĐCT ngày 12/11/2020")],
[prov("Quảng Nam"), com("Trà Leng"), com("Phước Lộc")],
["QUẢNG NAM ONLINE", "Xã hội / Mặt trận - Đoàn thể", "Hướng về Trà Leng", "(QNO)",
 "Bà Hồ Thị Bông (dân tộc Ca Dong) nhận tiền hỗ trợ. Ảnh: H.Liên",
 "Công ty TNHH Một thành viên Thương mại Đông Giang", "Tết Nguyên đán Tân Sửu 2021", "Lượt xem: 6.804"],
["Ngày 20/11/2020 | 07:30", "thôn 1", "thôn 2", "đêm 28/10", "bão số 9, 13", "đợt 1", "62 tuổi", "Lượt xem: 6.804"]))

PAGES.append(page("b2924-binhdinh-mttq-taphuan-cuutro-2021", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH BÌNH ĐỊNH
Trang chủ / Tin hoạt động / Công tác an sinh xã hội
Thứ Sáu, 17/12/2021 - 10:15
Tập huấn nghiệp vụ vận động, tiếp nhận, phân phối nguồn cứu trợ
Trong 2 ngày 15 và 16/12/2021, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Bình Định tổ chức lớp tập huấn nghiệp vụ công tác vận động, tiếp nhận, phân phối và sử dụng các nguồn đóng góp tự nguyện hỗ trợ nhân dân khắc phục khó khăn do thiên tai, dịch bệnh năm 2021 cho 180 học viên là Chủ tịch, Phó Chủ tịch, cán bộ kế toán Ủy ban MTTQ 155 xã, phường, thị trấn.
Đồng chí Hồ Văn Hùng, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh phát biểu khai mạc lớp tập huấn.
Phát biểu khai mạc, đồng chí Hồ Văn Hùng, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh cho biết, năm 2021, dù dịch Covid-19 diễn biến phức tạp, Mặt trận các cấp trong tỉnh vẫn tiếp nhận hơn 47 tỷ đồng ủng hộ phòng, chống dịch và 12,6 tỷ đồng ủng hộ đồng bào bị thiệt hại do đợt mưa lũ tháng 11; trao 21.300 suất quà cho người dân gặp khó khăn. Tuy vậy, qua kiểm tra vẫn còn 14 đơn vị cấp xã chưa mở sổ theo dõi riêng, chứng từ chi chưa đầy đủ.
Tại lớp tập huấn, các học viên được ThS. Trần Thị Hằng, Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh, truyền đạt những nội dung cơ bản của Nghị định số 93/2021/NĐ-CP ngày 27/10/2021 của Chính phủ về vận động, tiếp nhận, phân phối và sử dụng các nguồn đóng góp tự nguyện, thay thế Nghị định 64/2008/NĐ-CP. Học viên cũng được trao đổi về kỹ năng vận động doanh nghiệp, nhà hảo tâm, cách phối hợp với các tổ chức tôn giáo trong cứu trợ và cách tiếp nhận qua tài khoản ngân hàng, ví điện tử. Bà Nguyễn Thị Kim Liên, Kế toán trưởng Văn phòng Ủy ban MTTQ tỉnh, hướng dẫn lập sổ sách, mẫu biểu công khai theo Hướng dẫn số 20/HD-MTTQ-BTT ngày 3/12/2021 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh.
Nhiều học viên chia sẻ kinh nghiệm thực tế. Ông Đinh Văn Thung (dân tộc Ba Na), Chủ tịch Ủy ban MTTQ xã Vĩnh Kim (huyện Vĩnh Thạnh), cho biết xã có 9 làng, sau lũ tháng 11 đã tổ chức bình xét công khai ở từng làng, 100% hộ nhận hỗ trợ đều ký nhận. Bà Đinh Thị Hà, Phó Chủ tịch Ủy ban MTTQ xã An Toàn (huyện An Lão), đề nghị được hướng dẫn cách tiếp nhận hàng hóa quy đổi thành tiền.
Bế mạc lớp tập huấn, đồng chí Hồ Văn Hùng đề nghị các học viên triển khai ngay tại cơ sở; đầu năm 2022 Ban Thường trực sẽ kiểm tra ngẫu nhiên 20 xã, phường về việc thực hiện.
Quang Huy
Số lượt xem: 712
Các tin khác
- Trao 100 nhà Đại đoàn kết cho hộ nghèo huyện Hoài Ân (10/12/2021)
- Hội nghị Ủy ban MTTQ tỉnh lần thứ 3, khóa XIII (03/12/2021)
- Tiếp nhận 2 tỷ đồng ủng hộ người dân vùng lũ (24/11/2021)
""", "2021-12-17", "Tập huấn nghiệp vụ vận động, tiếp nhận, phân phối nguồn cứu trợ",
E("tap_huan", "2021", "2021-12-15"),
[P("Hồ Văn Hùng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Thị Hằng", "ThS.", "Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thị Kim Liên", "Kế toán trưởng Văn phòng Ủy ban MTTQ tỉnh"),
 P("Đinh Văn Thung", "Chủ tịch Ủy ban MTTQ xã Vĩnh Kim"),
 P("Đinh Thị Hà", "Phó Chủ tịch Ủy ban MTTQ xã An Toàn")],
[Q("180 học viên", 180, "học viên"), Q("155 xã, phường, thị trấn", 155, "xã, phường, thị trấn"),
 Q("hơn 47 tỷ đồng", 47000000000, "đồng", "over"), Q("12,6 tỷ đồng", 12600000000, "đồng"),
 Q("21.300 suất quà", 21300, "suất quà"), Q("14 đơn vị cấp xã", 14, "đơn vị cấp xã"), Q("9 làng", 9, "làng"),
 Q("100%", 100, "%"), Q("20 xã, phường", 20, "xã, phường")],
[D("Nghị định", "93", "2021/NĐ-CP", "2021-10-27", "Chính phủ", "Nghị định số 93/2021/NĐ-CP ngày 27/10/2021"),
 D("Nghị định", "64", "2008/NĐ-CP", None, None, "Nghị định 64/2008/NĐ-CP"),
 D("Hướng dẫn", "20", "HD-MTTQ-BTT", "2021-12-03", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Hướng dẫn số 20/HD-MTTQ-BTT ngày 3/12/2021")],
[prov("Bình Định"), com("Vĩnh Kim"), com("An Toàn")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH BÌNH ĐỊNH", "Trang chủ / Tin hoạt động / Công tác an sinh xã hội",
 "Đồng chí Hồ Văn Hùng, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh phát biểu khai mạc lớp tập huấn.", "Số lượt xem: 712"],
["Thứ Sáu, 17/12/2021 - 10:15", "Trong 2 ngày 15 và 16/12/2021", "tháng 11", "năm 2022", "Covid-19", "Số lượt xem: 712"]))

PAGES.append(page("b2925-camau-hoichuthapdo-daihoi-2022", """
BÁO CÀ MAU
Chính trị | Kinh tế | Văn hóa - Xã hội | Mặt trận - Đoàn thể
2022-06-22 16:40
Đại hội đại biểu Hội Chữ thập đỏ tỉnh Cà Mau lần thứ IX, nhiệm kỳ 2022-2027
(CMO) Ngày 21/6, Hội Chữ thập đỏ tỉnh Cà Mau long trọng tổ chức Đại hội đại biểu lần thứ IX, nhiệm kỳ 2022-2027. Dự đại hội có 198 đại biểu chính thức, đại diện cho hơn 61.000 hội viên, tình nguyện viên trong toàn tỉnh.
Các đại biểu biểu quyết thông qua chương trình đại hội.
Nhiệm kỳ qua, Cà Mau liên tục chịu ảnh hưởng của sạt lở bờ biển, bờ sông, lốc xoáy và triều cường. Các cấp Hội đã vận động được hơn 286 tỷ đồng tiền và hàng hóa, giúp đỡ trên 410.000 lượt người; cứu trợ khẩn cấp 7.860 hộ bị thiệt hại do thiên tai, xây dựng và sửa chữa 312 căn nhà Chữ thập đỏ, mỗi căn trị giá từ 40 đến 60 triệu đồng. Mô hình "Ngôi nhà Chữ thập đỏ" và "Tết Nhân ái" được duy trì hằng năm, riêng Tết Nhân ái năm 2022 trao 26.500 phần quà.
Đại hội đánh giá việc thực hiện Chỉ thị số 43-CT/TW ngày 29/5/2020 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác của Hội Chữ thập đỏ Việt Nam trong tình hình mới, và Kế hoạch số 79-KH/TU ngày 15/9/2020 của Ban Thường vụ Tỉnh ủy thực hiện chỉ thị này. Theo đó, 100% xã, phường, thị trấn đã thành lập đội sơ cấp cứu và đội ứng phó thảm họa dựa vào cộng đồng.
Phát biểu chỉ đạo, đồng chí Lâm Văn Bửu, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh ghi nhận đóng góp của Hội trong phòng, chống thiên tai, đặc biệt là những ngày sạt lở bờ biển Tây ở huyện Trần Văn Thời, U Minh; đề nghị Hội tiếp tục phối hợp với Mặt trận các cấp thực hiện cuộc vận động "Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau".
Đại hội đã bầu Ban Chấp hành khóa IX gồm 31 ủy viên. Tại phiên họp thứ nhất, bà Danh Thị Mỹ (dân tộc Khmer) được tín nhiệm giữ chức Chủ tịch Hội Chữ thập đỏ tỉnh khóa IX; ông Huỳnh Văn Út và bà Thạch Thị Sa Rây được bầu giữ chức Phó Chủ tịch Hội Chữ thập đỏ tỉnh.
Đại hội cũng biểu dương 15 tập thể, 24 cá nhân tiêu biểu, trong đó có anh Lâm Quốc Việt, tình nguyện viên Hội Chữ thập đỏ xã Khánh Bình Tây, người đã tham gia hơn 40 đợt cứu trợ người dân vùng sạt lở. Bà Trương Thị Nhàn, Phó Chủ tịch Trung ương Hội Chữ thập đỏ Việt Nam, trao bằng khen của Trung ương Hội cho 3 tập thể và 5 cá nhân có thành tích xuất sắc.
Nhiệm kỳ 2022-2027, Hội đặt chỉ tiêu mỗi năm phát triển thêm ít nhất 3.000 hội viên mới, vận động 100 tỷ đồng cho các hoạt động nhân đạo.
Huỳnh Lâm
Tin liên quan
- Sạt lở bờ biển Tây: khẩn cấp di dời 48 hộ dân (10/05/2022)
- Hội Chữ thập đỏ huyện U Minh tổ chức đại hội (18/04/2022)
- Trao 50 căn nhà Chữ thập đỏ cho hộ nghèo (02/03/2022)
""", "2022-06-22", "Đại hội đại biểu Hội Chữ thập đỏ tỉnh Cà Mau lần thứ IX, nhiệm kỳ 2022-2027",
E("dai_hoi", None, "2022-06-21"),
[P("Lâm Văn Bửu", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Danh Thị Mỹ", "Chủ tịch Hội Chữ thập đỏ tỉnh khóa IX"),
 P("Huỳnh Văn Út", "Phó Chủ tịch Hội Chữ thập đỏ tỉnh"),
 P("Thạch Thị Sa Rây", "Phó Chủ tịch Hội Chữ thập đỏ tỉnh"),
 P("Lâm Quốc Việt", "tình nguyện viên Hội Chữ thập đỏ xã Khánh Bình Tây"),
 P("Trương Thị Nhàn", "Phó Chủ tịch Trung ương Hội Chữ thập đỏ Việt Nam")],
[Q("198 đại biểu chính thức", 198, "đại biểu chính thức"),
 Q("hơn 61.000 hội viên, tình nguyện viên", 61000, "hội viên, tình nguyện viên", "over"),
 Q("hơn 286 tỷ đồng", 286000000000, "đồng", "over"), Q("trên 410.000 lượt người", 410000, "lượt người", "over"),
 Q("7.860 hộ", 7860, "hộ"), Q("312 căn nhà Chữ thập đỏ", 312, "căn nhà Chữ thập đỏ"),
 Q("40 đến 60 triệu đồng", 40000000, "đồng"), Q("60 triệu đồng", 60000000, "đồng"),
 Q("26.500 phần quà", 26500, "phần quà"), Q("100%", 100, "%"), Q("31 ủy viên", 31, "ủy viên"),
 Q("15 tập thể", 15, "tập thể"), Q("24 cá nhân", 24, "cá nhân"), Q("hơn 40 đợt cứu trợ", 40, "đợt cứu trợ", "over"),
 Q("3 tập thể", 3, "tập thể"), Q("5 cá nhân", 5, "cá nhân"), Q("ít nhất 3.000 hội viên mới", 3000, "hội viên mới", "over"),
 Q("100 tỷ đồng", 100000000000, "đồng")],
[D("Chỉ thị", "43", "CT/TW", "2020-05-29", "Ban Bí thư", "Chỉ thị số 43-CT/TW ngày 29/5/2020"),
 D("Kế hoạch", "79", "KH/TU", "2020-09-15", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 79-KH/TU ngày 15/9/2020")],
[prov("Cà Mau"), com("Khánh Bình Tây")],
["BÁO CÀ MAU", "Chính trị | Kinh tế | Văn hóa - Xã hội | Mặt trận - Đoàn thể", "(CMO)",
 "Các đại biểu biểu quyết thông qua chương trình đại hội.", "Ngôi nhà Chữ thập đỏ", "Tết Nhân ái",
 "Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau"],
["2022-06-22 16:40", "lần thứ IX", "nhiệm kỳ 2022-2027", "khóa IX", "năm 2022", "phiên họp thứ nhất"]))

PAGES.append(page("b2926-lamdong-damrong-doithoai-satlo-2022", """
Cổng Thông tin điện tử huyện Đam Rông - tỉnh Lâm Đồng
Hôm nay: Thứ Sáu, 19/08/2022
Tin tức - Sự kiện > Hoạt động của chính quyền
Ngày đăng: 18/08/2022 - 17:10
Đối thoại với người dân vùng có nguy cơ sạt lở về di dời, tái định cư
Ngày 17/8/2022, Thường trực Huyện ủy, UBND huyện Đam Rông phối hợp với Ủy ban MTTQ huyện tổ chức hội nghị đối thoại năm 2022 giữa người đứng đầu cấp ủy, chính quyền với nhân dân các xã Đạ Tông, Đạ Long và Liêng Srônh về công tác di dời dân ra khỏi vùng có nguy cơ sạt lở đất, lũ quét.
Quang cảnh buổi đối thoại tại hội trường UBND xã Đạ Tông.
Chủ trì đối thoại có đồng chí Ka Sin, Bí thư Huyện ủy; đồng chí Phạm Triều, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện và bà Liêng Hót Ha Yông, Chủ tịch Ủy ban MTTQ Việt Nam huyện. Tham dự có 125 người dân là đại diện hộ gia đình, người có uy tín và già làng trong đồng bào K'Ho, Mạ, Mông.
Theo báo cáo, mưa lớn kéo dài trong tháng 7 và đầu tháng 8/2022 gây sạt lở ở 14 điểm; 67 hộ với 284 nhân khẩu đang sinh sống trong vùng có nguy cơ cao. Thực hiện Kế hoạch số 215/KH-UBND ngày 8/7/2022 của UBND huyện, huyện đã bố trí khu tái định cư Đạ Tông rộng 6,2 ha; mỗi hộ di dời được giao 1 lô đất ở 300 m2, hỗ trợ 50 triệu đồng làm nhà theo Quyết định số 1096/QĐ-UBND của UBND tỉnh Lâm Đồng, cộng thêm 20 triệu đồng từ Quỹ "Vì người nghèo" huyện.
Tại hội nghị, 19 lượt ý kiến được nêu. Bà Kră Jăn Ha Mai, ở thôn Đa Kao, xã Đạ Tông, hỏi khu tái định cư có đất sản xuất không, vì "bỏ rẫy cà phê lại thì lấy gì sống". Ông Cil Múp, già làng thôn Liêng Trang 2, đề nghị làm đường vào khu tái định cư trước mùa mưa năm sau. Anh Giàng A Dế, người Mông ở xã Liêng Srônh, phản ánh việc hỗ trợ khẩn cấp đợt đầu chưa đến được 6 hộ ở xa.
Trả lời ý kiến, đồng chí Phạm Triều cho biết các hộ vẫn giữ quyền sử dụng đất rẫy cũ; huyện đã đề xuất tỉnh 4,5 tỷ đồng làm đường và hệ thống nước sinh hoạt cho khu tái định cư, dự kiến khởi công trong quý IV. Về 6 hộ chưa nhận hỗ trợ, đồng chí giao Chủ tịch UBND xã Liêng Srônh Bon Niêng Ha Thìn giải quyết dứt điểm trong tuần.
Kết luận, đồng chí Ka Sin ghi nhận 16 ý kiến đã được trả lời trực tiếp, 3 ý kiến được giao các phòng chuyên môn trả lời bằng văn bản; yêu cầu Ủy ban MTTQ và các đoàn thể vận động bà con di dời trước ngày 30/9/2022. Dịp này, Ủy ban MTTQ huyện trao 67 phần quà, mỗi phần trị giá 500.000 đồng cho các hộ trong diện di dời.
Lâm Thảo (Trung tâm VH-TT-TT huyện)
Xem thêm
- Đam Rông: Sạt lở đất gây ách tắc quốc lộ 27 (02/08/2022)
- Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 9 (20/07/2022)
- Ra quân giúp dân di dời tài sản khỏi vùng nguy hiểm (14/07/2022)
""", "2022-08-18", "Đối thoại với người dân vùng có nguy cơ sạt lở về di dời, tái định cư",
E("doi_thoai", "2022", "2022-08-17"),
[P("Ka Sin", "Bí thư Huyện ủy"),
 P("Phạm Triều", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"),
 P("Liêng Hót Ha Yông", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Kră Jăn Ha Mai"),
 P("Cil Múp", "già làng thôn Liêng Trang 2"),
 P("Giàng A Dế"),
 P("Bon Niêng Ha Thìn", "Chủ tịch UBND xã Liêng Srônh")],
[Q("125 người dân", 125, "người dân"), Q("14 điểm", 14, "điểm"), Q("67 hộ", 67, "hộ"), Q("284 nhân khẩu", 284, "nhân khẩu"),
 Q("6,2 ha", 6.2, "ha"), Q("300 m2", 300, "m2"), Q("50 triệu đồng", 50000000, "đồng"), Q("20 triệu đồng", 20000000, "đồng"),
 Q("19 lượt ý kiến", 19, "lượt ý kiến"), Q("6 hộ", 6, "hộ"), Q("4,5 tỷ đồng", 4500000000, "đồng"),
 Q("16 ý kiến", 16, "ý kiến"), Q("3 ý kiến", 3, "ý kiến"), Q("67 phần quà", 67, "phần quà"), Q("500.000 đồng", 500000, "đồng")],
[D("Kế hoạch", "215", "KH-UBND", "2022-07-08", "UBND huyện", "Kế hoạch số 215/KH-UBND ngày 8/7/2022"),
 D("Quyết định", "1096", "QĐ-UBND", None, "UBND tỉnh Lâm Đồng", "Quyết định số 1096/QĐ-UBND")],
[prov("Lâm Đồng"), com("Đạ Tông"), com("Đạ Long"), com("Liêng Srônh")],
["Cổng Thông tin điện tử huyện Đam Rông - tỉnh Lâm Đồng", "Hôm nay: Thứ Sáu, 19/08/2022",
 "Tin tức - Sự kiện > Hoạt động của chính quyền", "Quang cảnh buổi đối thoại tại hội trường UBND xã Đạ Tông.",
 "Vì người nghèo", "Trung tâm VH-TT-TT huyện"],
["Hôm nay: Thứ Sáu, 19/08/2022", "1 lô đất ở", "tháng 7 và đầu tháng 8/2022", "quý IV", "trước ngày 30/9/2022", "thôn Liêng Trang 2"]))
