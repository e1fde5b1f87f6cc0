from lib import *
PAGES = []

PAGES.append(page("b1457-dienbien-bdv-giaoban-thang10-2021", """
BAN DÂN VẬN TỈNH ỦY ĐIỆN BIÊN
Trang chủ › Hoạt động › Giao ban
Thứ Tư, 03/11/2021 - 08:10
Đồng chí Lò Thị Thanh Hoa chủ trì giao ban.
Giao ban khối dân vận tháng 10: tập trung vận động tiêm vắc xin và thu hoạch lúa mùa
Ngày 2/11, Ban Dân vận Tỉnh ủy Điện Biên tổ chức giao ban công tác dân vận tháng 10/2021 theo hình thức trực tuyến đến 10 điểm cầu huyện, thị xã, thành phố. Đồng chí Lò Thị Thanh Hoa, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì; dự có các đồng chí: Lường Văn Thành, Giàng A Sùng - Phó Trưởng Ban Dân vận Tỉnh ủy.
Theo báo cáo, trong tháng 10, khối dân vận các cấp tập trung tuyên truyền, vận động nhân dân tiêm vắc xin phòng COVID-19. Đến ngày 31/10/2021, toàn tỉnh đã tiêm được hơn 412.000 liều vắc xin; tỷ lệ người từ 18 tuổi trở lên được tiêm ít nhất 1 mũi đạt 87,3%. Ở những bản vùng cao, nhiều người dân còn e ngại, cán bộ dân vận, người có uy tín đã đến từng nhà vận động; có 146 người có uy tín trực tiếp tham gia cùng tổ công tác.
Thực hiện Kế hoạch số 64-KH/BDVTU ngày 8/9/2021 của Ban Dân vận Tỉnh ủy về hướng dẫn triển khai Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị 05-CT/TW, các đoàn thể đã tổ chức 213 buổi tuyên truyền ở cơ sở. Đoàn Thanh niên và Hội Nông dân huy động 2.340 lượt đoàn viên, hội viên giúp 186 hộ neo đơn gặt lúa mùa.
Tại giao ban, ông Mùa A Vàng, HUV, Trưởng Ban Dân vận Huyện ủy Nậm Pồ, phản ánh tình trạng một số hộ ở xã Nà Hỳ di cư tự do sang địa phương khác; đề nghị tỉnh hỗ trợ 2,4 tỷ đồng để sắp xếp ổn định dân cư cho 58 hộ. Bà Quàng Thị Dung, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, thông tin về kết quả vận động Quỹ phòng, chống dịch COVID-19 với tổng số tiền hơn 19,6 tỷ đồng.
Về công tác dân tộc, tôn giáo, trong tháng các lực lượng chức năng phát hiện một số điểm nhóm họp chưa đăng ký ở huyện Điện Biên Đông, phối hợp vận động 21 hộ trở lại sinh hoạt bình thường. Tình hình an ninh nông thôn cơ bản ổn định; không phát sinh điểm nóng, khiếu kiện đông người.
Kết luận giao ban, đồng chí Lò Thị Thanh Hoa yêu cầu trong tháng 11 các cơ quan dân vận tiếp tục phối hợp vận động người dân tiêm đủ 2 mũi; nắm chắc tình hình di cư tự do, truyền đạo trái pháp luật ở các huyện biên giới; chuẩn bị tổng kết công tác dân vận năm 2021 theo Hướng dẫn số 11-HD/BDVTU. Đồng chí Giàng A Sùng được giao chủ trì đoàn công tác làm việc với Huyện ủy Mường Nhé.
Hoàng Lan
Lượt xem: 407
Tin liên quan
- Giao ban khối dân vận tháng 9/2021 (05/10/2021)
- Vận động đồng bào Mông không di cư tự do (20/09/2021)
- Tủa Chùa sơ kết 3 năm mô hình "Dân vận khéo" (08/09/2021)
""", "2021-11-03", "Giao ban khối dân vận tháng 10: tập trung vận động tiêm vắc xin và thu hoạch lúa mùa",
E("giao_ban", "2021-10", "2021-11-02"),
[P("Lò Thị Thanh Hoa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lường Văn Thành", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Giàng A Sùng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Mùa A Vàng", "HUV", "Trưởng Ban Dân vận Huyện ủy Nậm Pồ"),
 P("Quàng Thị Dung", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("10 điểm cầu huyện, thị xã, thành phố", 10, "điểm cầu huyện, thị xã, thành phố"),
 Q("hơn 412.000 liều vắc xin", 412000, "liều vắc xin", "over"), Q("87,3%", 87.3, "%"),
 Q("146 người có uy tín", 146, "người có uy tín"), Q("213 buổi tuyên truyền", 213, "buổi tuyên truyền"),
 Q("2.340 lượt đoàn viên, hội viên", 2340, "lượt đoàn viên, hội viên"), Q("186 hộ neo đơn", 186, "hộ neo đơn"),
 Q("2,4 tỷ đồng", 2400000000, "đồng"), Q("58 hộ", 58, "hộ"), Q("21 hộ", 21, "hộ"), Q("hơn 19,6 tỷ đồng", 19600000000, "đồng", "over")],
[D("Kế hoạch", "64", "KH/BDVTU", "2021-09-08", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 64-KH/BDVTU ngày 8/9/2021"),
 D("Kết luận", "01", "KL/TW", "2021-05-18", "Bộ Chính trị", "Kết luận số 01-KL/TW ngày 18/5/2021"),
 D("Chỉ thị", "05", "CT/TW", None, None, "Chỉ thị 05-CT/TW"),
 D("Hướng dẫn", "11", "HD/BDVTU", None, None, "Hướng dẫn số 11-HD/BDVTU")],
[prov("Điện Biên"), com("Nà Hỳ")],
["BAN DÂN VẬN TỈNH ỦY ĐIỆN BIÊN", "Trang chủ › Hoạt động › Giao ban", "Đồng chí Lò Thị Thanh Hoa chủ trì giao ban.",
 "Quỹ phòng, chống dịch COVID-19", "Lượt xem: 407"],
["Thứ Tư, 03/11/2021 - 08:10", "tháng 10/2021", "tháng 10", "18 tuổi", "1 mũi", "2 mũi", "tháng 11", "năm 2021", "COVID-19", "Lượt xem: 407"]))

PAGES.append(page("b1458-hungyen-vangiang-soket-2022", """
Cổng thông tin điện tử huyện Văn Giang - Hưng Yên
Tin tức > Xây dựng Đảng > Dân vận
Ngày 08/07/2022 | 15:30
Văn Giang: 6 tháng, nhân dân hiến hơn 9.600 m2 đất mở rộng đường làng
Chiều 7/7, Ban Dân vận Huyện ủy Văn Giang tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm, phương hướng nhiệm vụ 6 tháng cuối năm 2022. Đồng chí Đỗ Văn Thuận, Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện chủ trì hội nghị.
Đồng chí Đỗ Văn Thuận phát biểu tại hội nghị. Ảnh: Thu Hà
Báo cáo nêu rõ, 6 tháng đầu năm 2022, Ban Dân vận Huyện ủy tham mưu Ban Thường vụ Huyện ủy ban hành Kế hoạch số 112-KH/HU về thực hiện Kết luận số 23-KL/TW ngày 20/1/2022 của Ban Bí thư về tiếp tục thực hiện Nghị quyết 25-NQ/TW; tham mưu sơ kết 3 năm thực hiện Chương trình hành động số 08-CTr/HU về công tác dân vận chính quyền. Khối dân vận đã phối hợp tổ chức 27 hội nghị đối thoại với 1.830 lượt người dân tham dự; tiếp nhận 46 đơn thư, đã giải quyết 41 đơn.
Thực hiện phong trào "Dân vận khéo" gắn với xây dựng nông thôn mới kiểu mẫu, nhân dân các xã đã hiến hơn 9.600 m2 đất, tháo dỡ 215 công trình, vật kiến trúc để mở rộng đường làng; đóng góp khoảng 14,3 tỷ đồng cùng nguồn ngân sách. Toàn huyện có 97 mô hình "Dân vận khéo" đăng ký mới, 4 xã được công nhận đạt chuẩn nông thôn mới nâng cao.
Tại hội nghị, đồng chí Nguyễn Thị Nhung, Bí thư Đảng ủy xã Xuân Quan, cho biết xã đã vận động 64 hộ dân bàn giao mặt bằng thi công tuyến đường vành đai 4 - Vùng Thủ đô mà không có đơn thư phức tạp. Đồng chí Phạm Văn Hòa, Chủ tịch Hội Nông dân huyện, đề nghị tăng cường đối thoại về bồi thường, hỗ trợ tái định cư tại xã Phụng Công.
Hội nghị cũng chỉ ra những hạn chế: một số tổ dân vận thôn chưa phát huy vai trò; việc nắm bắt tâm tư của người dân vùng dự án có lúc chưa kịp thời; công tác phối hợp giữa các đoàn thể ở một số xã chưa chặt chẽ.
Phát biểu kết luận, đồng chí Đỗ Văn Thuận yêu cầu 6 tháng cuối năm tập trung vận động nhân dân đồng thuận giải phóng mặt bằng các dự án trọng điểm; triển khai Quy chế phối hợp số 02-QCPH/BDV-UBND giữa Ban Dân vận Huyện ủy và UBND huyện; phấn đấu 100% xã, thị trấn tổ chức đối thoại định kỳ. Ban Dân vận Huyện ủy giao đồng chí Vũ Thị Hạnh, Phó Trưởng Ban Dân vận Huyện ủy theo dõi, đôn đốc. Dịp này, Ban Dân vận Huyện ủy tặng giấy khen cho 6 tập thể, 9 cá nhân có thành tích trong phong trào thi đua "Dân vận khéo".
Thu Hà
Số lượt xem: 311
Tin khác
- Văn Giang ra mắt mô hình "Dân vận khéo" ở xã Long Hưng (24/06/2022)
- Hội nghị báo cáo viên tháng 6/2022 (15/06/2022)
- Xã Xuân Quan bàn giao mặt bằng dự án đường vành đai 4 (30/05/2022)
""", "2022-07-08", "Văn Giang: 6 tháng, nhân dân hiến hơn 9.600 m2 đất mở rộng đường làng",
E("so_ket", "2022-H1", "2022-07-07"),
[P("Đỗ Văn Thuận", "Ủy viên Ban Thường vụ", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Nguyễn Thị Nhung", "Bí thư Đảng ủy xã Xuân Quan"),
 P("Phạm Văn Hòa", "Chủ tịch Hội Nông dân huyện"),
 P("Vũ Thị Hạnh", "Phó Trưởng Ban Dân vận Huyện ủy")],
[Q("27 hội nghị đối thoại", 27, "hội nghị đối thoại"), Q("1.830 lượt người dân", 1830, "lượt người dân"),
 Q("46 đơn thư", 46, "đơn thư"), Q("41 đơn", 41, "đơn"), Q("hơn 9.600 m2", 9600, "m2", "over"),
 Q("215 công trình, vật kiến trúc", 215, "công trình, vật kiến trúc"), Q("khoảng 14,3 tỷ đồng", 14300000000, "đồng", "approx"),
 Q("97 mô hình", 97, "mô hình"), Q("4 xã", 4, "xã"), Q("64 hộ dân", 64, "hộ dân"), Q("100%", 100, "%"), Q("6 tập thể", 6, "tập thể"), Q("9 cá nhân", 9, "cá nhân")],
[D("Kế hoạch", "112", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 112-KH/HU"),
 D("Kết luận", "23", "KL/TW", "2022-01-20", "Ban Bí thư", "Kết luận số 23-KL/TW ngày 20/1/2022"),
 D("Nghị quyết", "25", "NQ/TW", None, None, "Nghị quyết 25-NQ/TW"),
 D("Chương trình hành động", "08", "CTr/HU", None, None, "Chương trình hành động số 08-CTr/HU"),
 D("Quy chế phối hợp", "02", "QCPH/BDV-UBND", None, None, "Quy chế phối hợp số 02-QCPH/BDV-UBND")],
[prov("Hưng Yên"), com("Xuân Quan"), com("Phụng Công")],
["Cổng thông tin điện tử huyện Văn Giang - Hưng Yên", "Tin tức > Xây dựng Đảng > Dân vận",
 "Đồng chí Đỗ Văn Thuận phát biểu tại hội nghị. Ảnh: Thu Hà", "Dân vận khéo", "đường vành đai 4 - Vùng Thủ đô", "Số lượt xem: 311"],
["Ngày 08/07/2022 | 15:30", "6 tháng", "6 tháng đầu năm", "6 tháng cuối năm 2022", "6 tháng đầu năm 2022", "3 năm", "vành đai 4", "Số lượt xem: 311"]))

PAGES.append(page("b1459-phutho-bdv-giamsat-2022", """
BÁO PHÚ THỌ ĐIỆN TỬ
Chính trị | Xây dựng Đảng
20/10/2022 - 09:05
Giám sát việc thực hiện Quy chế dân chủ tại Thanh Sơn
Ngày 19/10, đoàn giám sát của Ban Dân vận Tỉnh ủy Phú Thọ do đồng chí Hà Thị Thu Hằng, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy, Trưởng ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở tỉnh làm trưởng đoàn đã giám sát việc thực hiện Quy chế dân chủ ở cơ sở gắn với xây dựng nông thôn mới tại huyện Thanh Sơn. Cuộc giám sát thực hiện theo Quyết định số 105-QĐ/BDVTU ngày 12/9/2022 của Ban Dân vận Tỉnh ủy và chương trình giám sát năm 2022.
Đoàn giám sát làm việc tại xã Thục Luyện.
Báo cáo của Huyện ủy Thanh Sơn cho biết, huyện có 23 xã, thị trấn với 37% dân số là đồng bào Mường, Dao. Từ năm 2021 đến nay, các xã đã tổ chức 164 hội nghị lấy ý kiến nhân dân về các nội dung dân bàn, dân quyết định; công khai 100% các khoản thu, chi ngân sách xã và các khoản huy động đóng góp. Nhân dân đóng góp hơn 26,7 tỷ đồng, hiến 48.500 m2 đất xây dựng đường giao thông, nhà văn hóa khu dân cư; hiện có 11 xã đạt chuẩn nông thôn mới.
Tham gia đoàn giám sát có các đồng chí: Đinh Công Sứ, Phó Trưởng Ban Dân vận Tỉnh ủy; Nguyễn Thu Trang, Trưởng phòng Dân vận chính quyền và Dân chủ cơ sở Ban Dân vận Tỉnh ủy. Qua giám sát trực tiếp tại xã Thục Luyện và xã Võ Miếu, đoàn nhận thấy việc niêm yết công khai ở một số khu chưa đầy đủ; Ban Thanh tra nhân dân còn lúng túng khi giám sát các công trình có vốn đối ứng; 7 đơn thư liên quan đất đai chưa được giải quyết dứt điểm.
Đồng chí Hà Quang Trung, Phó Bí thư Thường trực Huyện ủy Thanh Sơn, tiếp thu ý kiến của đoàn và cho biết huyện đang triển khai Chỉ thị số 17-CT/HU về tăng cường đối thoại của người đứng đầu cấp ủy, chính quyền với nhân dân.
Kết luận buổi giám sát, đồng chí Hà Thị Thu Hằng đề nghị Huyện ủy Thanh Sơn tiếp tục quán triệt Luật Thực hiện dân chủ ở cơ sở vừa được Quốc hội thông qua; thực hiện nghiêm Kết luận số 114-KL/TW của Ban Bí thư; chỉ đạo các xã rà soát, bổ sung quy chế, hương ước; sớm giải quyết dứt điểm các đơn thư tồn đọng. Kết quả giám sát sẽ được báo cáo Ban Thường vụ Tỉnh ủy trong tháng 12.
Cũng trong đợt này, đoàn đã giám sát tại huyện Tân Sơn và thị xã Phú Thọ. Trong năm 2022, Ban Dân vận Tỉnh ủy chủ trì 4 cuộc giám sát chuyên đề, tập trung vào việc thực hiện quy chế dân chủ ở những địa bàn có nhiều dự án và vùng đồng bào dân tộc thiểu số.
Hồng Nhung
Lượt xem: 578
Tin liên quan
- Phú Thọ: tập huấn Luật Thực hiện dân chủ ở cơ sở (14/10/2022)
- Giao ban khối dân vận quý III/2022 (04/10/2022)
- Yên Lập ra mắt 12 mô hình "Dân vận khéo" (23/09/2022)
""", "2022-10-20", "Giám sát việc thực hiện Quy chế dân chủ tại Thanh Sơn",
E("giam_sat", "2022", "2022-10-19"),
[P("Hà Thị Thu Hằng", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy", "Trưởng ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở tỉnh"),
 P("Đinh Công Sứ", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Thu Trang", "Trưởng phòng Dân vận chính quyền và Dân chủ cơ sở Ban Dân vận Tỉnh ủy"),
 P("Hà Quang Trung", "Phó Bí thư Thường trực Huyện ủy Thanh Sơn")],
[Q("23 xã, thị trấn", 23, "xã, thị trấn"), Q("37%", 37, "%"), Q("164 hội nghị", 164, "hội nghị"), Q("100%", 100, "%"),
 Q("hơn 26,7 tỷ đồng", 26700000000, "đồng", "over"), Q("48.500 m2", 48500, "m2"), Q("11 xã", 11, "xã"),
 Q("7 đơn thư", 7, "đơn thư"), Q("4 cuộc giám sát chuyên đề", 4, "cuộc giám sát chuyên đề")],
[D("Quyết định", "105", "QĐ/BDVTU", "2022-09-12", "Ban Dân vận Tỉnh ủy", "Quyết định số 105-QĐ/BDVTU ngày 12/9/2022"),
 D("Chỉ thị", "17", "CT/HU", None, None, "Chỉ thị số 17-CT/HU"),
 D("Kết luận", "114", "KL/TW", None, "Ban Bí thư", "Kết luận số 114-KL/TW")],
[prov("Phú Thọ"), com("Thục Luyện"), com("Võ Miếu")],
["BÁO PHÚ THỌ ĐIỆN TỬ", "Chính trị | Xây dựng Đảng", "Đoàn giám sát làm việc tại xã Thục Luyện.",
 "Luật Thực hiện dân chủ ở cơ sở", "thị xã Phú Thọ", "Lượt xem: 578"],
["20/10/2022 - 09:05", "năm 2022", "Từ năm 2021", "tháng 12", "Lượt xem: 578"]))

PAGES.append(page("b1460-kiengiang-bdv-hoinghi-khmer-2023", """
Báo Kiên Giang Online
Trang chủ / Chính trị / Dân vận - Mặt trận
Cập nhật: 16:20, 14/07/2023 (GMT+7)
Nâng cao hiệu quả công tác dân vận vùng đồng bào Khmer
Ngày 13/7, tại thành phố Rạch Giá, Ban Dân vận Tỉnh ủy Kiên Giang tổ chức hội nghị chuyên đề về công tác dân vận vùng đồng bào dân tộc Khmer năm 2023. Đồng chí Danh Út, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị; tham dự có 168 đại biểu là lãnh đạo ban dân vận, ban dân tộc các huyện, thành phố, chức sắc Phật giáo Nam tông Khmer và người có uy tín.
Hòa thượng Danh Nhuộm, Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh phát biểu tại hội nghị.
Theo báo cáo của Ban Dân vận Tỉnh ủy, toàn tỉnh có 75 chùa Phật giáo Nam tông Khmer với hơn 1.600 sư sãi; đồng bào Khmer chiếm khoảng 12,3% dân số. Thực hiện Chỉ thị số 19-CT/TW của Ban Bí thư và Chương trình hành động số 36-CTr/TU ngày 5/6/2018 của Tỉnh ủy, từ năm 2018 đến nay các cấp đã huy động hơn 154 tỷ đồng hỗ trợ đồng bào Khmer phát triển sản xuất; xây dựng, sửa chữa 1.472 căn nhà cho hộ nghèo; tỷ lệ hộ nghèo trong đồng bào Khmer giảm từ 9,8% xuống còn 3,16%.
Các chùa Khmer đã mở 214 lớp dạy chữ Khmer hè cho gần 5.900 học sinh; 58 điểm chùa tham gia mô hình "Chùa Khmer xanh - sạch - đẹp". Đội ngũ 327 người có uy tín đã tham gia hòa giải thành 93 vụ việc mâu thuẫn ở phum, sóc.
Tại hội nghị, Hòa thượng Danh Nhuộm, Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh đề nghị quan tâm hơn việc đào tạo giáo viên dạy chữ Khmer trong nhà chùa. Ông Thạch Hùng, HUV, Trưởng Ban Dân vận Huyện ủy Gò Quao, chia sẻ kinh nghiệm vận động đồng bào chuyển đổi mô hình tôm - lúa ở xã Vĩnh Hòa Hưng Bắc. Bà Lâm Thị Sô Phia, Phó Chủ tịch UBND xã Thạnh Lộc, phản ánh việc cấp đất sản xuất cho hộ Khmer thiếu đất còn chậm.
Phát biểu kết luận, đồng chí Danh Út đề nghị các cấp ủy tiếp tục thực hiện Kết luận số 65-KL/TW ngày 30/10/2019 của Bộ Chính trị về công tác dân tộc; thực hiện tốt Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi; kịp thời nắm tình hình tư tưởng đồng bào, không để các đối tượng lợi dụng vấn đề dân tộc, tôn giáo gây mất ổn định.
Nhân dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 14 tập thể, 20 cá nhân có thành tích trong công tác vận động đồng bào Khmer giai đoạn 2018 - 2023.
Minh Thuận
Lượt xem: 1.329
Tin liên quan
- Thăm, chúc mừng Lễ Sene Dolta năm 2022 (22/09/2022)
- Hòn Đất trao 30 căn nhà Đại đoàn kết cho hộ Khmer (10/06/2023)
- Tập huấn công tác tôn giáo cho cán bộ cơ sở (25/05/2023)
""", "2023-07-14", "Nâng cao hiệu quả công tác dân vận vùng đồng bào Khmer",
E("hoi_nghi", "2023", "2023-07-13"),
[P("Danh Út", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Danh Nhuộm", "Hòa thượng", "Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
 P("Thạch Hùng", "HUV", "Trưởng Ban Dân vận Huyện ủy Gò Quao"),
 P("Lâm Thị Sô Phia", "Phó Chủ tịch UBND xã Thạnh Lộc")],
[Q("168 đại biểu", 168, "đại biểu"), Q("75 chùa Phật giáo Nam tông Khmer", 75, "chùa Phật giáo Nam tông Khmer"),
 Q("hơn 1.600 sư sãi", 1600, "sư sãi", "over"), Q("khoảng 12,3%", 12.3, "%", "approx"),
 Q("hơn 154 tỷ đồng", 154000000000, "đồng", "over"), Q("1.472 căn nhà", 1472, "căn nhà"),
 Q("9,8%", 9.8, "%"), Q("3,16%", 3.16, "%"), Q("214 lớp dạy chữ Khmer hè", 214, "lớp dạy chữ Khmer hè"),
 Q("gần 5.900 học sinh", 5900, "học sinh", "approx"), Q("58 điểm chùa", 58, "điểm chùa"),
 Q("327 người có uy tín", 327, "người có uy tín"), Q("93 vụ việc mâu thuẫn", 93, "vụ việc mâu thuẫn"),
 Q("14 tập thể", 14, "tập thể"), Q("20 cá nhân", 20, "cá nhân")],
[D("Chỉ thị", "19", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 19-CT/TW"),
 D("Chương trình hành động", "36", "CTr/TU", "2018-06-05", "Tỉnh ủy", "Chương trình hành động số 36-CTr/TU ngày 5/6/2018"),
 D("Kết luận", "65", "KL/TW", "2019-10-30", "Bộ Chính trị", "Kết luận số 65-KL/TW ngày 30/10/2019"),
 D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021")],
[prov("Kiên Giang"), com("Vĩnh Hòa Hưng Bắc"), com("Thạnh Lộc")],
["Báo Kiên Giang Online", "Trang chủ / Chính trị / Dân vận - Mặt trận",
 "Hòa thượng Danh Nhuộm, Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh phát biểu tại hội nghị.",
 "Chùa Khmer xanh - sạch - đẹp", "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi",
 "thành phố Rạch Giá", "Lượt xem: 1.329"],
["Cập nhật: 16:20, 14/07/2023 (GMT+7)", "năm 2023", "từ năm 2018", "giai đoạn 2018 - 2023", "Lượt xem: 1.329"]))

PAGES.append(page("b1461-binhthuan-lagi-doithoai-2023", """
THỊ XÃ LA GI - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ - Tin tức sự kiện - Tin hoạt động
2023-11-09 10:30
Chủ tịch UBND thị xã La Gi đối thoại với ngư dân
Sáng 8/11, Ban Dân vận Thị ủy phối hợp với UBND thị xã La Gi, tỉnh Bình Thuận tổ chức hội nghị đối thoại giữa Chủ tịch UBND thị xã với ngư dân năm 2023. Chủ trì đối thoại có đồng chí Lê Văn Quang, Phó Bí thư Thị ủy, Chủ tịch UBND thị xã; đồng chí Phạm Thị Ngọc Diễm, Thị ủy viên, Trưởng Ban Dân vận Thị ủy, Chủ tịch Ủy ban MTTQ Việt Nam thị xã. Tham dự có 142 ngư dân, chủ tàu cá đến từ các phường Phước Lộc, Bình Tân và xã Tân Phước.
Quang cảnh buổi đối thoại.
Mở đầu hội nghị, đồng chí Phạm Thị Ngọc Diễm thông tin, thực hiện Kế hoạch số 86-KH/TU của Ban Thường vụ Tỉnh ủy về chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định (IUU), thị xã hiện có 1.046 tàu cá, trong đó 312 tàu có chiều dài từ 15 m trở lên đã lắp thiết bị giám sát hành trình, đạt 100%. Từ đầu năm đến nay, khối dân vận đã phối hợp tổ chức 38 buổi tuyên truyền cho hơn 4.100 lượt ngư dân, vận động 17 chủ tàu cam kết không vi phạm vùng biển nước ngoài.
Tại buổi đối thoại, 19 ý kiến đã được nêu ra. Ông Nguyễn Văn Sáu ở khu phố 4, phường Phước Lộc, đề nghị hỗ trợ chi phí thuê bao thiết bị giám sát hành trình, hiện khoảng 3,5 triệu đồng/năm. Ông Trần Minh Nhựt, Chi hội trưởng Chi hội nghề cá Bình Tân, phản ánh tình trạng luồng vào cảng Lagi bị bồi lắng, tàu lớn ra vào khó khăn. Bà Võ Thị Hồng, vợ một ngư dân, kiến nghị cho vay vốn ưu đãi để chuyển đổi nghề.
Trả lời ý kiến, đồng chí Lê Văn Quang cho biết thị xã đã đề nghị tỉnh bố trí 28 tỷ đồng nạo vét luồng cảng trong năm 2024; đồng thời chỉ đạo Phòng Kinh tế phối hợp Ngân hàng Chính sách xã hội thị xã xem xét cho vay đối với 46 hộ ngư dân có nhu cầu chuyển đổi nghề. Các ý kiến về thủ tục đăng kiểm tàu cá được giao Ban Quản lý cảng cá trả lời trực tiếp. Đối với những kiến nghị vượt thẩm quyền, UBND thị xã sẽ tổng hợp, báo cáo UBND tỉnh và các sở, ngành liên quan xem xét, giải quyết; kết quả được thông báo công khai tại trụ sở các phường, xã ven biển.
Kết thúc đối thoại, đồng chí Lê Văn Quang đề nghị bà con tiếp tục thực hiện nghiêm Chỉ thị số 32-CT/TW ngày 10/4/2019 của Ban Bí thư về chống khai thác IUU và Luật Thủy sản; không để tàu cá vi phạm vùng biển nước ngoài, góp phần cùng cả nước sớm gỡ "thẻ vàng" của Ủy ban châu Âu.
Ngọc Lan
Lượt truy cập: 286
Tin khác
- Ra mắt tổ đoàn kết trên biển ở phường Phước Hội (25/10/2023)
- Thị ủy La Gi giao ban khối dân vận quý III/2023 (06/10/2023)
- Hội thi "Dân vận khéo" năm 2023 (21/09/2023)
""", "2023-11-09", "Chủ tịch UBND thị xã La Gi đối thoại với ngư dân",
E("doi_thoai", "2023", "2023-11-08"),
[P("Lê Văn Quang", "Phó Bí thư Thị ủy", "Chủ tịch UBND thị xã"),
 P("Phạm Thị Ngọc Diễm", "Thị ủy viên", "Trưởng Ban Dân vận Thị ủy", "Chủ tịch Ủy ban MTTQ Việt Nam thị xã"),
 P("Nguyễn Văn Sáu"),
 P("Trần Minh Nhựt", "Chi hội trưởng Chi hội nghề cá Bình Tân"),
 P("Võ Thị Hồng")],
[Q("142 ngư dân, chủ tàu cá", 142, "ngư dân, chủ tàu cá"), Q("1.046 tàu cá", 1046, "tàu cá"), Q("312 tàu", 312, "tàu"),
 Q("100%", 100, "%"), Q("38 buổi tuyên truyền", 38, "buổi tuyên truyền"),
 Q("hơn 4.100 lượt ngư dân", 4100, "lượt ngư dân", "over"), Q("17 chủ tàu", 17, "chủ tàu"), Q("19 ý kiến", 19, "ý kiến"),
 Q("khoảng 3,5 triệu đồng", 3500000, "đồng", "approx"), Q("28 tỷ đồng", 28000000000, "đồng"),
 Q("46 hộ ngư dân", 46, "hộ ngư dân")],
[D("Kế hoạch", "86", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 86-KH/TU"),
 D("Chỉ thị", "32", "CT/TW", "2019-04-10", "Ban Bí thư", "Chỉ thị số 32-CT/TW ngày 10/4/2019")],
[prov("Bình Thuận"), com("Phước Lộc"), com("Bình Tân"), com("Tân Phước")],
["THỊ XÃ LA GI - CỔNG THÔNG TIN ĐIỆN TỬ", "Trang chủ - Tin tức sự kiện - Tin hoạt động", "Quang cảnh buổi đối thoại.",
 "Luật Thủy sản", "thẻ vàng", "Ủy ban châu Âu", "cảng Lagi", "Lượt truy cập: 286"],
["2023-11-09 10:30", "từ 15 m trở lên", "năm 2023", "năm 2024", "khu phố 4", "Lượt truy cập: 286"]))

PAGES.append(page("b1462-yenbai-bdv-tongket-2024", """
BAN DÂN VẬN TỈNH ỦY YÊN BÁI
Trang chủ » Tin tức » Hoạt động của Ban
Thứ Sáu, 20/12/2024
Ban Dân vận Tỉnh ủy Yên Bái tổng kết công tác năm 2024
Ngày 19/12, Ban Dân vận Tỉnh ủy Yên Bái tổ chức hội nghị tổng kết công tác dân vận năm 2024, triển khai nhiệm vụ năm 2025. Dự hội nghị có đồng chí Tạ Văn Long, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh. Đồng chí Vũ Thị Hiền Hạnh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.
Ảnh: Các đại biểu dự hội nghị.
Năm 2024, công tác dân vận của tỉnh diễn ra trong bối cảnh hoàn lưu bão số 3 (Yagi) gây thiệt hại nặng nề. Ngay sau bão, khối dân vận đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 248-KH/TU ngày 12/9/2024 về vận động nhân dân khắc phục hậu quả thiên tai; tiếp nhận, phân bổ hơn 162 tỷ đồng tiền ủng hộ và 1.250 tấn hàng hóa; huy động 48.600 ngày công giúp dân dọn dẹp, dựng lại 1.358 căn nhà bị sập, hư hỏng.
Thực hiện Chỉ thị số 34-CT/TW ngày 24/5/2024 của Ban Bí thư và phong trào "Cả nước chung tay xóa nhà tạm, nhà dột nát", toàn tỉnh đã hỗ trợ xây mới, sửa chữa 2.114 căn nhà cho hộ nghèo, hộ cận nghèo, mỗi căn xây mới được hỗ trợ 60 triệu đồng. Phong trào "Dân vận khéo" có 1.965 mô hình được công nhận các cấp. Các cấp đã tổ chức 1.417 cuộc đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân; tiếp nhận 386 đơn thư, giải quyết 359 đơn, đạt 93%.
Ban cũng tham mưu tổng kết 10 năm thực hiện Quyết định số 217-QĐ/TW, 218-QĐ/TW của Bộ Chính trị và sơ kết Quy chế phối hợp số 07-QCPH/BDVTU-UBND giữa Ban Dân vận Tỉnh ủy với Ban cán sự đảng UBND tỉnh.
Tại hội nghị, đồng chí Hà Thị Sinh, HUV, Trưởng Ban Dân vận Huyện ủy Lục Yên, chia sẻ cách vận động người dân thôn Khe Mạ, xã Tân Lĩnh đồng thuận di dời đến khu tái định cư mới; đồng chí Giàng A Chu, Bí thư Đảng ủy xã Pá Lau, huyện Trạm Tấu, nêu kinh nghiệm vận động đồng bào Mông thực hiện nếp sống văn minh.
Phát biểu chỉ đạo, đồng chí Tạ Văn Long đề nghị năm 2025, khối dân vận tập trung tuyên truyền, tạo đồng thuận trong sắp xếp tổ chức bộ máy theo Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương; vận động nhân dân tham gia góp ý văn kiện đại hội đảng bộ các cấp. Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 18 tập thể, 27 cá nhân.
Hội nghị cũng thẳng thắn chỉ ra hạn chế: việc nắm tình hình nhân dân ở một số nơi chưa kịp thời; một số mô hình dân vận khéo còn dàn trải, thiếu tính lan tỏa; chất lượng đối thoại ở cơ sở chưa đồng đều.
Thu Trang
Lượt xem: 822
Tin liên quan
- Yên Bái: bàn giao 100 căn nhà cho hộ nghèo (29/11/2024)
- Giao ban khối dân vận quý III/2024 (08/10/2024)
- Vận động nhân dân khắc phục hậu quả bão số 3 (16/09/2024)
""", "2024-12-20", "Ban Dân vận Tỉnh ủy Yên Bái tổng kết công tác năm 2024",
E("tong_ket", "2024", "2024-12-19"),
[P("Tạ Văn Long", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Vũ Thị Hiền Hạnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hà Thị Sinh", "HUV", "Trưởng Ban Dân vận Huyện ủy Lục Yên"),
 P("Giàng A Chu", "Bí thư Đảng ủy xã Pá Lau")],
[Q("hơn 162 tỷ đồng", 162000000000, "đồng", "over"), Q("1.250 tấn", 1250, "tấn"), Q("48.600 ngày công", 48600, "ngày công"),
 Q("1.358 căn nhà", 1358, "căn nhà"), Q("2.114 căn nhà", 2114, "căn nhà"), Q("60 triệu đồng", 60000000, "đồng"),
 Q("1.965 mô hình", 1965, "mô hình"), Q("1.417 cuộc đối thoại", 1417, "cuộc đối thoại"), Q("386 đơn thư", 386, "đơn thư"),
 Q("359 đơn", 359, "đơn"), Q("93%", 93, "%"), Q("18 tập thể", 18, "tập thể"), Q("27 cá nhân", 27, "cá nhân")],
[D("Kế hoạch", "248", "KH/TU", "2024-09-12", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 248-KH/TU ngày 12/9/2024"),
 D("Chỉ thị", "34", "CT/TW", "2024-05-24", "Ban Bí thư", "Chỉ thị số 34-CT/TW ngày 24/5/2024"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "218-QĐ/TW của Bộ Chính trị"),
 D("Quy chế phối hợp", "07", "QCPH/BDVTU-UBND", None, None, "Quy chế phối hợp số 07-QCPH/BDVTU-UBND"),
 D("Nghị quyết", "18", "NQ/TW", None, "Ban Chấp hành Trung ương", "Nghị quyết số 18-NQ/TW")],
[prov("Yên Bái"), com("Tân Lĩnh"), com("Pá Lau")],
["BAN DÂN VẬN TỈNH ỦY YÊN BÁI", "Trang chủ » Tin tức » Hoạt động của Ban", "Ảnh: Các đại biểu dự hội nghị.",
 "Cả nước chung tay xóa nhà tạm, nhà dột nát", "Dân vận khéo", "Yagi", "thôn Khe Mạ", "Lượt xem: 822"],
["Thứ Sáu, 20/12/2024", "năm 2024", "năm 2025", "bão số 3", "10 năm", "Lượt xem: 822"]))
