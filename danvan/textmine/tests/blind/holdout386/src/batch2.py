from lib import *
PAGES = []

PAGES.append(page("b9227-quangnam-mttq-xa-doithoai-2017", """
BÁO QUẢNG NAM ONLINE
Trang chủ >> Chính trị >> Mặt trận - Đoàn thể
Cập nhật lúc 17:20 ngày 03/11/2017
Ảnh: Người dân thôn Thạnh Mỹ nêu ý kiến tại buổi đối thoại. Ảnh: V.LỰC
Tam Xuân 1: Chủ tịch xã đối thoại với dân về bồi thường mặt bằng
(QNO) - Sáng 1/11, Ủy ban MTTQ xã Tam Xuân 1 (Núi Thành, Quảng Nam) phối hợp với UBND xã tổ chức hội nghị đối thoại giữa Chủ tịch UBND xã với nhân dân năm 2017. Hơn 120 cử tri các thôn Thạnh Mỹ, Xuân Trung, Xuân Quý tham dự.
Buổi đối thoại được tổ chức sau đợt giám sát của MTTQ xã về công tác bồi thường, hỗ trợ tái định cư dự án mở rộng tuyến đường ven biển, đi qua 4,5 ha đất sản xuất của 36 hộ. Theo Quy chế phối hợp số 02/QCPH-MTTQ-UBND giữa Ủy ban MTTQ xã và UBND xã, toàn bộ kiến nghị sau giám sát được đưa ra đối thoại công khai.
Bà Trương Thị Mỹ Lệ, Chủ tịch Ủy ban MTTQ xã Tam Xuân 1 cho biết, đoàn giám sát đã tiếp nhận 17 ý kiến, chủ yếu về đơn giá cây trồng, việc xác định nguồn gốc đất và thời hạn chi trả. Tổng kinh phí bồi thường đợt 1 là 1,9 tỷ đồng, đã chi trả cho 29 hộ; còn 7 hộ chưa nhận tiền do chưa thống nhất diện tích.
Ông Lê Văn Bảy, thôn Thạnh Mỹ, hỏi vì sao cây keo 3 năm tuổi của gia đình ông chỉ được tính 18.000 đồng/cây trong khi xã bên được tính cao hơn. Bà Đoàn Thị Hường, thôn Xuân Quý, đề nghị xã công bố bản đồ đo đạc để người dân tự đối chiếu.
Trả lời cử tri, ông Huỳnh Văn Tấn, Chủ tịch UBND xã Tam Xuân 1 giải thích, đơn giá được áp dụng theo Quyết định số 43/2014/QĐ-UBND ngày 22/12/2014 của UBND tỉnh, căn cứ Nghị định 47/2014/NĐ-CP của Chính phủ; phần chênh lệch với xã bên là do cây được phân loại theo đường kính gốc, không theo năm tuổi. Xã sẽ mời đoàn giám sát của MTTQ cùng kiểm đếm lại cây trồng của 7 hộ. Các đồng chí công chức Địa chính - Xây dựng xã: Phạm Văn An, Võ Ngọc Trung được giao niêm yết bản đồ tại nhà văn hóa 3 thôn trong tuần tới.
Trong 2 giờ đối thoại, 12 ý kiến được trả lời trực tiếp, 5 ý kiến vượt thẩm quyền được ghi nhận để báo cáo UBND huyện. Ông Nguyễn Thành Sơn, Phó Chủ tịch Ủy ban MTTQ huyện Núi Thành dự và đánh giá buổi đối thoại diễn ra thẳng thắn, đúng tinh thần Luật Đất đai và Luật Mặt trận Tổ quốc Việt Nam.
Kết thúc hội nghị, bà Trương Thị Mỹ Lệ đề nghị Ban Thanh tra nhân dân xã giám sát việc thực hiện các cam kết của Chủ tịch UBND xã và thông báo kết quả tại kỳ sinh hoạt khu dân cư gần nhất.
VĂN LỰC
Tin cùng chuyên mục
- Phú Ninh: MTTQ huyện giám sát việc thu quỹ ở 11 xã (28/10/2017)
- Đại Lộc tổ chức hội nghị phản biện quy hoạch bãi rác (20/10/2017)
- Hội An: đối thoại với tiểu thương chợ về việc sắp xếp lại quầy sạp (13/10/2017)
""", "2017-11-03", "Tam Xuân 1: Chủ tịch xã đối thoại với dân về bồi thường mặt bằng",
E("doi_thoai", "2017", "2017-11-01"),
[P("Trương Thị Mỹ Lệ", "Chủ tịch Ủy ban MTTQ xã Tam Xuân 1"),
 P("Lê Văn Bảy"), P("Đoàn Thị Hường"),
 P("Huỳnh Văn Tấn", "Chủ tịch UBND xã Tam Xuân 1"),
 P("Phạm Văn An", "công chức Địa chính - Xây dựng xã"),
 P("Võ Ngọc Trung", "công chức Địa chính - Xây dựng xã"),
 P("Nguyễn Thành Sơn", "Phó Chủ tịch Ủy ban MTTQ huyện Núi Thành")],
[Q("Hơn 120 cử tri", 120, "cử tri", "over"), Q("4,5 ha", 4.5, "ha"), Q("36 hộ", 36, "hộ"), Q("17 ý kiến", 17, "ý kiến"),
 Q("1,9 tỷ đồng", 1900000000, "đồng"), Q("29 hộ", 29, "hộ"), Q("7 hộ", 7, "hộ"), Q("18.000 đồng", 18000, "đồng"),
 Q("3 thôn", 3, "thôn"), Q("12 ý kiến", 12, "ý kiến"), Q("5 ý kiến", 5, "ý kiến")],
[D("Quy chế phối hợp", "02", "QCPH-MTTQ-UBND", None, None, "Quy chế phối hợp số 02/QCPH-MTTQ-UBND"),
 D("Quyết định", "43", "2014/QĐ-UBND", "2014-12-22", "UBND tỉnh", "Quyết định số 43/2014/QĐ-UBND ngày 22/12/2014"),
 D("Nghị định", "47", "2014/NĐ-CP", None, "Chính phủ", "Nghị định 47/2014/NĐ-CP")],
[prov("Quảng Nam"), com("Tam Xuân 1")],
["BÁO QUẢNG NAM ONLINE", "Trang chủ >> Chính trị >> Mặt trận - Đoàn thể",
 "Ảnh: Người dân thôn Thạnh Mỹ nêu ý kiến tại buổi đối thoại. Ảnh: V.LỰC", "(QNO)", "Luật Đất đai",
 "Luật Mặt trận Tổ quốc Việt Nam"],
["Cập nhật lúc 17:20 ngày 03/11/2017", "năm 2017", "3 năm tuổi", "đợt 1", "2 giờ"]))

PAGES.append(page("b9228-hanoi-mttq-phuong-giamsat-2018", """
CỔNG THÔNG TIN ĐIỆN TỬ QUẬN LONG BIÊN - THÀNH PHỐ HÀ NỘI
Tin tức - Sự kiện / Mặt trận - Đoàn thể
14.06.2018 | 09:05
Phúc Đồng: MTTQ phường giám sát công tác thu gom rác thải tại khu dân cư
Nhằm bảo đảm vệ sinh môi trường trước mùa mưa bão, thực hiện chương trình giám sát năm 2018, ngày 12/6, Ban Thường trực Ủy ban MTTQ phường Phúc Đồng (quận Long Biên, Hà Nội) tổ chức giám sát việc thu gom, vận chuyển rác thải sinh hoạt trên địa bàn. Tham gia đoàn có đại diện Ban Thanh tra nhân dân phường, các chi hội và trưởng ban công tác Mặt trận 28 tổ dân phố.
Thành viên đoàn giám sát kiểm tra điểm tập kết rác tại tổ dân phố 9.
Phường Phúc Đồng có 5.730 hộ, mỗi ngày phát sinh khoảng 18 tấn rác thải sinh hoạt. Qua kiểm tra thực tế tại 3 điểm tập kết rác và làm việc với đơn vị thu gom, đoàn ghi nhận việc thu gom cơ bản đúng giờ, nhưng 2 điểm tập kết sát khu dân cư chưa được che chắn, rác tồn đọng quá 24 giờ vào ngày cuối tuần; mức thu phí vệ sinh 6.000 đồng/người/tháng được công khai nhưng có tổ chỉ đạt 62% số hộ nộp phí.
Ông Đào Xuân Hiếu, Chủ tịch Ủy ban MTTQ phường Phúc Đồng cho biết, đây là cuộc giám sát thứ hai trong năm, được triển khai theo Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN ngày 15/6/2017 quy định chi tiết các hình thức giám sát, phản biện xã hội của MTTQ Việt Nam và Chương trình số 08-CTr/TU của Thành ủy Hà Nội về đẩy mạnh cải cách hành chính. "Trước khi đi giám sát, chúng tôi lấy phiếu ý kiến của 300 hộ dân, nên biết rõ dân bức xúc ở đâu", ông Hiếu nói.
Bà Ngô Thị Thanh Xuân, Trưởng ban Thanh tra nhân dân phường, kiến nghị bố trí thêm xe đẩy rác cho tổ dân phố 9 và tổ dân phố 14; đề nghị xử phạt nghiêm các trường hợp đổ trộm phế thải xây dựng ra bãi sông. Ông Tạ Quang Vĩnh, Bí thư Chi bộ, Tổ trưởng tổ dân phố 14, phản ánh tình trạng rác từ các phường lân cận bị mang sang đổ vào ban đêm.
Tiếp thu ý kiến, ông Lưu Văn Tuấn, Phó Chủ tịch UBND phường Phúc Đồng cho biết phường sẽ lắp thêm 4 camera giám sát tại các điểm nóng, yêu cầu đơn vị thu gom bổ sung 1 ca thu vào tối thứ Bảy và Chủ nhật.
Theo đánh giá của đoàn, nguyên nhân chính là ý thức của một bộ phận người dân chưa cao, một số hộ kinh doanh dọc đường Ngọc Lâm còn để rác ra vỉa hè ngoài giờ thu gom; việc tuyên truyền phân loại rác tại nguồn mới dừng ở khẩu hiệu, chưa có mô hình cụ thể.
Đoàn giám sát đã thống nhất 8 kiến nghị, gửi UBND phường và Công ty môi trường đô thị; sau 30 ngày, MTTQ phường sẽ tái giám sát việc thực hiện.
Phương Thảo
Lượt xem: 1.318
Tin liên quan
- Phường Gia Thụy hội nghị phản biện dự thảo quy hoạch bãi đỗ xe (08/06/2018)
- Long Biên: 14 phường tổng kết công tác Ban Thanh tra nhân dân (30/05/2018)
- Tổ chức hội nghị đại biểu nhân dân phường Ngọc Thụy (21/05/2018)
""", "2018-06-14", "Phúc Đồng: MTTQ phường giám sát công tác thu gom rác thải tại khu dân cư",
E("giam_sat", "2018", "2018-06-12"),
[P("Đào Xuân Hiếu", "Chủ tịch Ủy ban MTTQ phường Phúc Đồng"),
 P("Ngô Thị Thanh Xuân", "Trưởng ban Thanh tra nhân dân phường"),
 P("Tạ Quang Vĩnh", "Bí thư Chi bộ", "Tổ trưởng tổ dân phố 14"),
 P("Lưu Văn Tuấn", "Phó Chủ tịch UBND phường Phúc Đồng")],
[Q("28 tổ dân phố", 28, "tổ dân phố"), Q("5.730 hộ", 5730, "hộ"), Q("khoảng 18 tấn", 18, "tấn", "approx"),
 Q("3 điểm tập kết rác", 3, "điểm tập kết rác"), Q("2 điểm tập kết", 2, "điểm tập kết"),
 Q("6.000 đồng", 6000, "đồng"), Q("62%", 62, "%"), Q("300 hộ dân", 300, "hộ dân"), Q("4 camera", 4, "camera"),
 Q("1 ca", 1, "ca"), Q("8 kiến nghị", 8, "kiến nghị")],
[D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", "2017-06-15", None,
   "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN ngày 15/6/2017"),
 D("Chương trình", "08", "CTr/TU", None, "Thành ủy Hà Nội", "Chương trình số 08-CTr/TU")],
[prov("Hà Nội"), com("Phúc Đồng")],
["CỔNG THÔNG TIN ĐIỆN TỬ QUẬN LONG BIÊN - THÀNH PHỐ HÀ NỘI", "Tin tức - Sự kiện / Mặt trận - Đoàn thể",
 "Thành viên đoàn giám sát kiểm tra điểm tập kết rác tại tổ dân phố 9.", "Công ty môi trường đô thị", "Lượt xem: 1.318"],
["14.06.2018 | 09:05", "năm 2018", "24 giờ", "cuộc giám sát thứ hai", "tổ dân phố 9", "30 ngày", "Lượt xem: 1.318"]))

PAGES.append(page("b9229-gialai-mttq-xa-giamsat-2018", """
Báo Gia Lai điện tử
Xã hội | Dân tộc - Tôn giáo
Cập nhật: 15:40, 05/10/2018 (GMT+7)
Đoàn giám sát kiểm tra bò giống cấp cho hộ nghèo ở làng Bui. Ảnh: Hà Duy
Ia Băng: Giám sát để bò giống đến đúng người, đúng việc
(GLO)- Từ ngày 1 đến 3/10, Ban Thường trực Ủy ban MTTQ xã Ia Băng (huyện Đak Đoa) tổ chức đoàn giám sát việc thực hiện chính sách hỗ trợ sinh kế cho hộ nghèo đồng bào dân tộc thiểu số theo Quyết định số 2085/QĐ-TTg ngày 31/10/2016 của Thủ tướng Chính phủ tại 6 làng.
Năm 2018, xã được phân bổ 690 triệu đồng để hỗ trợ 46 con bò giống cho 46 hộ nghèo, mỗi con trị giá 15 triệu đồng. Trưởng đoàn giám sát, ông Rơ Châm Thuyên, Chủ tịch Ủy ban MTTQ xã cho biết: đoàn đến tận nhà từng hộ để đếm bò, hỏi chuyện bà con; phát hiện 8 con bò giống gầy yếu, trọng lượng thấp hơn quy định trong hợp đồng; 2 hộ đã bán bò để trả nợ.
Các ông, bà Siu Nhao, Kpă Blao, Nay H'Mơ - Phó Chủ tịch Ủy ban MTTQ xã, được phân công giám sát mỗi người 2 làng. Bà Nay H'Mơ kể: ở làng Bui, nhiều hộ không dám nói bò gầy vì sợ lần sau không được nhận; phải họp riêng từng nhóm phụ nữ mới nắm được tình hình.
Ông Ksor Blơk, người có uy tín làng Bui, cho rằng cán bộ cần hướng dẫn bà con trồng cỏ, làm chuồng trước khi cấp bò. Ông Đinh Văn Hyưk, Trưởng thôn làng Groi, đề nghị cho người dân được cùng đơn vị cung ứng chọn bò tại chỗ.
Làm việc với đoàn, bà Rahlan H'Nhi, Phó Chủ tịch UBND xã Ia Băng, thừa nhận khâu nghiệm thu bò giống còn sơ sài; cam kết yêu cầu đơn vị cung ứng đổi 8 con bò không đạt chuẩn trước ngày 20/10, đồng thời vận động 2 hộ đã bán bò hoàn trả một phần để hỗ trợ hộ khác.
Ông Rơ Châm Thuyên cho biết, sau đợt giám sát, MTTQ xã sẽ gửi 5 kiến nghị tới UBND xã và Phòng Dân tộc huyện. Việc giám sát được thực hiện theo kế hoạch số 07/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ xã và Hướng dẫn 23/HD-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam.
Theo ông Trần Văn Lực, Phó Chủ tịch Ủy ban MTTQ huyện Đak Đoa, năm 2018 Mặt trận 17 xã, thị trấn trong huyện đã chủ trì 39 cuộc giám sát, trong đó 21 cuộc liên quan đến chính sách cho đồng bào dân tộc thiểu số. Ia Băng là một trong những xã làm bài bản, có sự tham gia của người có uy tín và già làng. Ông đề nghị Mặt trận các xã trong tỉnh Gia Lai học cách làm này: đến tận hộ, hỏi tận người, ghi chép cụ thể và theo dõi việc khắc phục sau giám sát.
Hà Duy
Tin liên quan
- Chư Păh: MTTQ xã phản biện dự thảo phương án giao đất rừng (28/09/2018)
- Kbang tập huấn kỹ năng giám sát cho 120 cán bộ Mặt trận (21/09/2018)
- Ia Grai: đối thoại với người dân về chính sách hỗ trợ nhà ở (14/09/2018)
""", "2018-10-05", "Ia Băng: Giám sát để bò giống đến đúng người, đúng việc",
E("giam_sat", None, "2018-10-01"),
[P("Rơ Châm Thuyên", "Chủ tịch Ủy ban MTTQ xã"),
 P("Siu Nhao", "Phó Chủ tịch Ủy ban MTTQ xã"), P("Kpă Blao", "Phó Chủ tịch Ủy ban MTTQ xã"),
 P("Nay H'Mơ", "Phó Chủ tịch Ủy ban MTTQ xã"),
 P("Ksor Blơk", "người có uy tín làng Bui"), P("Đinh Văn Hyưk", "Trưởng thôn làng Groi"),
 P("Rahlan H'Nhi", "Phó Chủ tịch UBND xã Ia Băng"),
 P("Trần Văn Lực", "Phó Chủ tịch Ủy ban MTTQ huyện Đak Đoa")],
[Q("6 làng", 6, "làng"), Q("690 triệu đồng", 690000000, "đồng"), Q("46 con bò giống", 46, "con bò giống"),
 Q("46 hộ nghèo", 46, "hộ nghèo"), Q("15 triệu đồng", 15000000, "đồng"), Q("8 con bò giống", 8, "con bò giống"),
 Q("2 hộ", 2, "hộ"), Q("5 kiến nghị", 5, "kiến nghị"), Q("17 xã, thị trấn", 17, "xã, thị trấn"),
 Q("39 cuộc giám sát", 39, "cuộc giám sát"), Q("21 cuộc", 21, "cuộc")],
[D("Quyết định", "2085", "QĐ-TTg", "2016-10-31", "Thủ tướng Chính phủ", "Quyết định số 2085/QĐ-TTg ngày 31/10/2016"),
 D("Kế hoạch", "07", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ xã", "kế hoạch số 07/KH-MTTQ-BTT"),
 D("Hướng dẫn", "23", "HD-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn 23/HD-MTTW-BTT")],
[prov("Gia Lai"), com("Ia Băng")],
["Báo Gia Lai điện tử", "Xã hội | Dân tộc - Tôn giáo", "Đoàn giám sát kiểm tra bò giống cấp cho hộ nghèo ở làng Bui. Ảnh: Hà Duy",
 "(GLO)", "Phòng Dân tộc huyện"],
["Cập nhật: 15:40, 05/10/2018 (GMT+7)", "Năm 2018", "năm 2018", "mỗi người 2 làng", "ngày 20/10"]))

PAGES.append(page("b9230-thanhhoa-mttq-xa-daihoi-2019", """
ỦY BAN MTTQ VIỆT NAM HUYỆN CẨM THỦY
Vị trí: Trang chủ > Tin tức > Đại hội Mặt trận cơ sở
Ngày 21/05/2019 | 10:15
Đại biểu biểu quyết thông qua nghị quyết đại hội.
Đại hội đại biểu MTTQ Việt Nam xã Cẩm Tú lần thứ XII, nhiệm kỳ 2019 - 2024
Ngày 19/5/2019, Ủy ban MTTQ Việt Nam xã Cẩm Tú (huyện Cẩm Thủy, tỉnh Thanh Hóa) long trọng tổ chức Đại hội đại biểu lần thứ XII, nhiệm kỳ 2019 - 2024. Về dự có 112 đại biểu chính thức, đại diện cho hơn 7.200 nhân khẩu của 12 khu dân cư, trong đó đồng bào Mường chiếm 68%.
Báo cáo tại đại hội khẳng định, nhiệm kỳ 2014 - 2019, MTTQ xã đã triển khai nghiêm Quyết định 217-QĐ/TW và 218-QĐ/TW của Bộ Chính trị; chủ trì 42 cuộc giám sát, tổ chức 9 hội nghị phản biện xã hội, tham gia góp ý 136 ý kiến với cấp ủy, chính quyền, phần lớn đã được tiếp thu. Nhân dân đóng góp gần 11,5 tỷ đồng và 26.000 ngày công xây dựng nông thôn mới; xã về đích nông thôn mới năm 2017. Ban Thanh tra nhân dân xã tiếp nhận 58 đơn thư, giải quyết 55 đơn, đạt 94,8%.
Tham luận tại đại hội, ông Bùi Văn Mường, Trưởng ban công tác Mặt trận khu dân cư Tú Sơn, kể lại chuyện giám sát việc làm đường bê tông liên thôn: phát hiện đơn vị thi công đổ thiếu 3 cm bê tông, MTTQ kiến nghị và được làm lại ngay. Bà Quách Thị Nguyệt, Chi hội trưởng Chi hội Phụ nữ khu dân cư Chiềng, nêu cách vận động chị em tham gia giám sát bữa ăn bán trú ở trường mầm non. Nhiều ý kiến khác đề nghị nhiệm kỳ tới quan tâm hơn đến phản biện các dự thảo quy hoạch, kế hoạch của xã ngay từ khi còn là dự thảo, thay vì chỉ góp ý khi đã ban hành.
Phát biểu chỉ đạo, ông Trương Công Định, Phó Chủ tịch Thường trực Ủy ban MTTQ huyện Cẩm Thủy, đề nghị nhiệm kỳ tới MTTQ xã tập trung giám sát việc sử dụng đất đai, thu chi ngân sách và thực hiện các chính sách an sinh; thực hiện tốt Chỉ thị số 17-CT/TW của Ban Bí thư về lãnh đạo đại hội MTTQ các cấp và kế hoạch số 86-KH/ĐU của Đảng ủy xã Cẩm Tú.
Đại hội đã hiệp thương cử 37 vị vào Ủy ban MTTQ Việt Nam xã khóa XII. Tại hội nghị lần thứ nhất, bà Quách Thị Hằng được hiệp thương cử giữ chức Chủ tịch Ủy ban MTTQ Việt Nam xã Cẩm Tú khóa XII; các ông Phạm Bá Toàn, Bùi Văn Thanh được hiệp thương giữ chức Phó Chủ tịch Ủy ban MTTQ xã. Ông Phạm Bá Toàn đồng thời là Trưởng ban Thanh tra nhân dân xã.
Đại hội đã thông qua nghị quyết với 5 chỉ tiêu chủ yếu, trong đó phấn đấu 100% khu dân cư đạt danh hiệu "Khu dân cư văn hóa" và mỗi năm MTTQ xã chủ trì ít nhất 8 cuộc giám sát.
Lê Hoa
Tin khác
- Đại hội MTTQ thị trấn Phong Sơn nhiệm kỳ 2019 - 2024 (17/05/2019)
- Cẩm Lương tổ chức đại hội điểm Mặt trận cấp xã (10/05/2019)
- Hướng dẫn tổ chức đại hội MTTQ cấp xã (22/04/2019)
""", "2019-05-21", "Đại hội đại biểu MTTQ Việt Nam xã Cẩm Tú lần thứ XII, nhiệm kỳ 2019 - 2024",
E("dai_hoi", None, "2019-05-19"),
[P("Bùi Văn Mường", "Trưởng ban công tác Mặt trận khu dân cư Tú Sơn"),
 P("Quách Thị Nguyệt", "Chi hội trưởng Chi hội Phụ nữ khu dân cư Chiềng"),
 P("Trương Công Định", "Phó Chủ tịch Thường trực Ủy ban MTTQ huyện Cẩm Thủy"),
 P("Quách Thị Hằng", "Chủ tịch Ủy ban MTTQ Việt Nam xã Cẩm Tú khóa XII"),
 P("Phạm Bá Toàn", "Phó Chủ tịch Ủy ban MTTQ xã", "Trưởng ban Thanh tra nhân dân xã"),
 P("Bùi Văn Thanh", "Phó Chủ tịch Ủy ban MTTQ xã")],
[Q("112 đại biểu chính thức", 112, "đại biểu chính thức"), Q("hơn 7.200 nhân khẩu", 7200, "nhân khẩu", "over"),
 Q("12 khu dân cư", 12, "khu dân cư"), Q("68%", 68, "%"), Q("42 cuộc giám sát", 42, "cuộc giám sát"),
 Q("9 hội nghị phản biện xã hội", 9, "hội nghị phản biện xã hội"), Q("136 ý kiến", 136, "ý kiến"),
 Q("gần 11,5 tỷ đồng", 11500000000, "đồng", "approx"), Q("26.000 ngày công", 26000, "ngày công"),
 Q("58 đơn thư", 58, "đơn thư"), Q("55 đơn", 55, "đơn"), Q("94,8%", 94.8, "%"), Q("3 cm", 3, "cm"),
 Q("37 vị", 37, "vị"), Q("5 chỉ tiêu chủ yếu", 5, "chỉ tiêu chủ yếu"), Q("100%", 100, "%"),
 Q("ít nhất 8 cuộc giám sát", 8, "cuộc giám sát", "over")],
[D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "218-QĐ/TW của Bộ Chính trị"),
 D("Chỉ thị", "17", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 17-CT/TW của Ban Bí thư"),
 D("Kế hoạch", "86", "KH/ĐU", None, "Đảng ủy xã Cẩm Tú", "kế hoạch số 86-KH/ĐU của Đảng ủy xã Cẩm Tú")],
[prov("Thanh Hóa"), com("Cẩm Tú")],
["ỦY BAN MTTQ VIỆT NAM HUYỆN CẨM THỦY", "Vị trí: Trang chủ > Tin tức > Đại hội Mặt trận cơ sở",
 "Đại biểu biểu quyết thông qua nghị quyết đại hội.", "Khu dân cư văn hóa"],
["Ngày 21/05/2019 | 10:15", "lần thứ XII", "nhiệm kỳ 2019 - 2024", "nhiệm kỳ 2014 - 2019", "năm 2017", "khóa XII",
 "hội nghị lần thứ nhất"]))

PAGES.append(page("b9231-vinhlong-mttq-giaoban-2019", """
MTTQ VIỆT NAM TỈNH VĨNH LONG - Cổng thông tin điện tử
Trang chủ › Hoạt động Mặt trận › Giám sát - Phản biện
Thứ Ba, 08/10/2019 - 07:45
Trà Ôn: Mặt trận xã giám sát "đến nơi, đến chốn"
Ngày 4/10, Ban Thường trực Ủy ban MTTQ huyện Trà Ôn tổ chức giao ban công tác Mặt trận quý III/2019 với Chủ tịch Ủy ban MTTQ 14 xã, thị trấn, tập trung đánh giá hoạt động giám sát và phản biện xã hội ở cơ sở.
Ông Lê Minh Khải, Chủ tịch Ủy ban MTTQ huyện chủ trì giao ban. Ảnh: Ngọc Hân
Báo cáo tại buổi giao ban cho thấy, trong quý, MTTQ các xã đã chủ trì 19 cuộc giám sát, tập trung vào việc bình xét hộ nghèo, hộ cận nghèo cuối năm, việc cấp phát thẻ bảo hiểm y tế và chất lượng công trình giao thông nông thôn; tổ chức 4 hội nghị phản biện. Qua giám sát, MTTQ đã kiến nghị 27 nội dung, chính quyền đã giải quyết 21 nội dung.
Các xã thực hiện tốt là Thiện Mỹ, Hựu Thành và Xuân Hiệp. Ông Thạch Sóc Khanh, Chủ tịch Ủy ban MTTQ xã Xuân Hiệp, cho biết khi giám sát việc xây cầu bê tông ấp Mỹ Thạnh Trung, đoàn mời 2 người dân có chuyên môn xây dựng tham gia, phát hiện cốt thép nhỏ hơn thiết kế; nhà thầu đã phải tháo dỡ, làm lại 1 nhịp cầu. Bà Nguyễn Thị Bé Tư, Chủ tịch Ủy ban MTTQ xã Thiện Mỹ, chia sẻ MTTQ xã gửi phiếu lấy ý kiến đến 350 hộ trước khi phản biện dự thảo kế hoạch chuyển đổi đất lúa sang trồng cây ăn trái.
Bên cạnh đó, một số xã vẫn còn giám sát theo kiểu "đi cho có", kiến nghị chung chung; chưa theo dõi việc thực hiện kiến nghị. Các xã Trà Côn, Tân Mỹ trong quý chưa tổ chức được cuộc giám sát nào. Nguyên nhân được chỉ ra là cán bộ Mặt trận kiêm nhiệm nhiều việc, một số nơi còn e ngại va chạm với chính quyền, chưa biết dựa vào Ban Thanh tra nhân dân và người có uy tín ở ấp.
Phát biểu kết luận, ông Lê Minh Khải, HUV, Chủ tịch Ủy ban MTTQ huyện Trà Ôn đề nghị quý IV các xã triển khai Kế hoạch 41, 42-KH/MTTQ-BTT của Ban Thường trực Ủy ban MTTQ huyện về giám sát việc bình xét hộ nghèo và giám sát việc thực hiện Quy định số 124-QĐ/TW của Ban Bí thư đối với cán bộ, đảng viên ở khu dân cư; mỗi cuộc giám sát phải có kết luận, kiến nghị bằng văn bản và thời hạn trả lời.
Ông Trần Văn Phúc, Phó Chủ tịch Ủy ban MTTQ huyện, lưu ý các xã chuẩn bị chu đáo Ngày hội Đại đoàn kết toàn dân tộc ở 94 ấp, khóm; đồng thời báo cáo kết quả giám sát trước ngày 25/12/2019 để tổng hợp, báo cáo Ủy ban MTTQ tỉnh Vĩnh Long.
Ngọc Hân
Lượt xem: 457
Tin liên quan
- Long Hồ: hội nghị phản biện dự thảo quy hoạch sử dụng đất (30/09/2019)
- Vũng Liêm tập huấn nghiệp vụ cho 210 cán bộ Mặt trận ấp (23/09/2019)
- Tam Bình: giao ban công tác Mặt trận quý III (19/09/2019)
""", "2019-10-08", "Trà Ôn: Mặt trận xã giám sát \"đến nơi, đến chốn\"",
E("giao_ban", "2019-Q3", "2019-10-04"),
[P("Lê Minh Khải", "Chủ tịch Ủy ban MTTQ huyện", "HUV", "Chủ tịch Ủy ban MTTQ huyện Trà Ôn"),
 P("Thạch Sóc Khanh", "Chủ tịch Ủy ban MTTQ xã Xuân Hiệp"),
 P("Nguyễn Thị Bé Tư", "Chủ tịch Ủy ban MTTQ xã Thiện Mỹ"),
 P("Trần Văn Phúc", "Phó Chủ tịch Ủy ban MTTQ huyện")],
[Q("14 xã, thị trấn", 14, "xã, thị trấn"), Q("19 cuộc giám sát", 19, "cuộc giám sát"),
 Q("4 hội nghị phản biện", 4, "hội nghị phản biện"), Q("27 nội dung", 27, "nội dung"), Q("21 nội dung", 21, "nội dung"),
 Q("2 người dân", 2, "người dân"), Q("1 nhịp cầu", 1, "nhịp cầu"), Q("350 hộ", 350, "hộ"), Q("94 ấp, khóm", 94, "ấp, khóm")],
[D("Kế hoạch", "41", "KH/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ huyện", "Kế hoạch 41, 42-KH/MTTQ-BTT"),
 D("Kế hoạch", "42", "KH/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ huyện", "Kế hoạch 41, 42-KH/MTTQ-BTT"),
 D("Quy định", "124", "QĐ/TW", None, "Ban Bí thư", "Quy định số 124-QĐ/TW của Ban Bí thư")],
[prov("Vĩnh Long"), com("Thiện Mỹ"), com("Hựu Thành"), com("Xuân Hiệp"), com("Trà Côn"), com("Tân Mỹ")],
["MTTQ VIỆT NAM TỈNH VĨNH LONG - Cổng thông tin điện tử", "Trang chủ › Hoạt động Mặt trận › Giám sát - Phản biện",
 "Ông Lê Minh Khải, Chủ tịch Ủy ban MTTQ huyện chủ trì giao ban. Ảnh: Ngọc Hân", "đi cho có",
 "Ngày hội Đại đoàn kết toàn dân tộc", "Lượt xem: 457"],
["Thứ Ba, 08/10/2019 - 07:45", "quý III/2019", "quý IV", "Lượt xem: 457"]))

PAGES.append(page("b9232-binhduong-mttq-phuong-giamsat-2020", """
Báo Bình Dương Online
Trang chủ - Chính trị - Mặt trận, đoàn thể
Thứ Tư, 06/05/2020, 15:30
Phường Tân Định: Giám sát chặt việc chi hỗ trợ người dân gặp khó khăn do dịch Covid-19
(BDO) Chiều 5/5, Ban Thường trực Ủy ban MTTQ phường Tân Định (thị xã Bến Cát) chủ trì giám sát việc lập danh sách, chi trả tiền hỗ trợ cho người dân gặp khó khăn do đại dịch Covid-19 theo Nghị quyết 42/NQ-CP ngày 9/4/2020 của Chính phủ và Quyết định số 15/2020/QĐ-TTg ngày 24/4/2020 của Thủ tướng Chính phủ.
Đoàn giám sát kiểm tra danh sách tại khu phố 3. Ảnh: MINH HẢI
Theo báo cáo của UBND phường, đợt đầu phường đã lập danh sách đề nghị hỗ trợ cho 1.026 người, gồm người có công, hộ nghèo, hộ cận nghèo, người lao động tự do mất việc làm, với tổng kinh phí dự kiến hơn 1,1 tỷ đồng. Đến ngày 4/5, đã chi trả cho 48 hộ nghèo và 37 hộ cận nghèo, mỗi khẩu 250.000 đồng/tháng; người lao động tự do được hỗ trợ 1 triệu đồng/người/tháng.
Bà Lâm Thị Ngọc Hạnh, Phó Chủ tịch Ủy ban MTTQ phường Tân Định, Trưởng đoàn giám sát cho biết, đoàn đã đối chiếu danh sách tại 6 khu phố, trực tiếp hỏi 40 người được hỗ trợ. Qua đó, phát hiện 3 trường hợp trùng tên trong 2 danh sách, 5 lao động tự do là người ngoài tỉnh đang tạm trú nhưng chưa được đưa vào danh sách dù đủ điều kiện.
Theo bà Hạnh, MTTQ phường đã thực hiện đúng Hướng dẫn số 14/HD-MTTQ-BTT ngày 20/4/2020 của Ban Thường trực Ủy ban MTTQ tỉnh về việc tham gia và giám sát thực hiện các chính sách hỗ trợ; các danh sách đều được niêm yết công khai tại 6 văn phòng khu phố trong 3 ngày trước khi chi trả.
Tại buổi giám sát, ông Dương Văn Sáu, Trưởng ban công tác Mặt trận khu phố 3, phản ánh nhiều lao động thuê trọ ngại đến khai báo vì sợ mất việc; đề nghị chủ nhà trọ được giao hỗ trợ lập danh sách. Ông Huỳnh Tấn Phát, Trưởng khu phố 5, đề nghị chi trả vào buổi tối để người lao động không phải nghỉ làm.
Tiếp thu, ông Ngô Thanh Liêm, Phó Chủ tịch UBND phường, cho biết phường sẽ rà soát, loại bỏ 3 trường hợp trùng tên, bổ sung 5 trường hợp đủ điều kiện và mở thêm điểm chi trả buổi tối tại nhà văn hóa khu phố 5.
Cùng ngày, MTTQ phường tiếp nhận 120 phần quà từ các doanh nghiệp, mỗi phần trị giá 300.000 đồng, để trao cho người lao động chưa được hỗ trợ theo quy định. Các khoản đóng góp đều được ghi sổ, công khai trên bảng tin của phường. Từ đầu mùa dịch, Quỹ "Vì người nghèo" phường đã vận động được 285 triệu đồng.
Minh Hải
Tin cùng chuyên mục
- Thuận An: MTTQ giám sát việc chi hỗ trợ ở 10 phường (04/05/2020)
- Dĩ An trao 2.000 phần quà cho công nhân khó khăn (29/04/2020)
- Tân Uyên: "ATM gạo" hỗ trợ người lao động (22/04/2020)
""", "2020-05-06", "Phường Tân Định: Giám sát chặt việc chi hỗ trợ người dân gặp khó khăn do dịch Covid-19",
E("giam_sat", None, "2020-05-05"),
[P("Lâm Thị Ngọc Hạnh", "Phó Chủ tịch Ủy ban MTTQ phường Tân Định", "Trưởng đoàn giám sát"),
 P("Dương Văn Sáu", "Trưởng ban công tác Mặt trận khu phố 3"),
 P("Huỳnh Tấn Phát", "Trưởng khu phố 5"),
 P("Ngô Thanh Liêm", "Phó Chủ tịch UBND phường")],
[Q("1.026 người", 1026, "người"), Q("hơn 1,1 tỷ đồng", 1100000000, "đồng", "over"), Q("48 hộ nghèo", 48, "hộ nghèo"),
 Q("37 hộ cận nghèo", 37, "hộ cận nghèo"), Q("250.000 đồng", 250000, "đồng"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("6 khu phố", 6, "khu phố"), Q("40 người", 40, "người"), Q("3 trường hợp", 3, "trường hợp"), Q("2 danh sách", 2, "danh sách"),
 Q("5 lao động tự do", 5, "lao động tự do"), Q("6 văn phòng khu phố", 6, "văn phòng khu phố"),
 Q("120 phần quà", 120, "phần quà"), Q("300.000 đồng", 300000, "đồng"), Q("285 triệu đồng", 285000000, "đồng")],
[D("Nghị quyết", "42", "NQ-CP", "2020-04-09", "Chính phủ", "Nghị quyết 42/NQ-CP ngày 9/4/2020"),
 D("Quyết định", "15", "2020/QĐ-TTg", "2020-04-24", "Thủ tướng Chính phủ", "Quyết định số 15/2020/QĐ-TTg ngày 24/4/2020"),
 D("Hướng dẫn", "14", "HD-MTTQ-BTT", "2020-04-20", "Ban Thường trực Ủy ban MTTQ tỉnh", "Hướng dẫn số 14/HD-MTTQ-BTT ngày 20/4/2020")],
[prov("Bình Dương"), com("Tân Định")],
["Báo Bình Dương Online", "Trang chủ - Chính trị - Mặt trận, đoàn thể", "Đoàn giám sát kiểm tra danh sách tại khu phố 3. Ảnh: MINH HẢI",
 "(BDO)", "Vì người nghèo", "Covid-19"],
["Thứ Tư, 06/05/2020, 15:30", "đợt đầu", "3 ngày", "khu phố 3", "khu phố 5"]))
