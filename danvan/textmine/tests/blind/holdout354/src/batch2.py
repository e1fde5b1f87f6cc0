from lib import *
PAGES = []

PAGES.append(page("b8459-binhduong-ldld-hoinghi-2017", """
CÔNG ĐOÀN BÌNH DƯƠNG - Cổng thông tin điện tử Liên đoàn Lao động tỉnh
Trang chủ >> Hoạt động công đoàn >> Tuyên truyền
Cập nhật lúc 17:20 ngày 12/09/2017
Hơn 600 công nhân được tuyên truyền phòng chống lừa đảo qua mạng
Tối 9/9, LĐLĐ tỉnh Bình Dương phối hợp với Phòng Cảnh sát hình sự Công an tỉnh tổ chức hội nghị tuyên truyền phòng chống lừa đảo qua mạng, vay tiền qua ứng dụng trên điện thoại tại khu nhà trọ phường An Phú, thị xã Thuận An cho hơn 600 công nhân đang thuê trọ trên địa bàn.
Công nhân tham gia trả lời câu hỏi tìm hiểu tại hội nghị. Ảnh: Kim Oanh
Dự hội nghị có các đồng chí: Nguyễn Văn Lộc, Phó Chủ tịch LĐLĐ tỉnh; Trần Thị Kim Nhung, Chủ tịch Công đoàn các Khu công nghiệp tỉnh; Lê Hoàng Phúc, Phó Bí thư Đoàn phường An Phú; Võ Văn Tám, Chủ tịch UBND phường An Phú.
Phát biểu khai mạc, ông Nguyễn Văn Lộc cho biết Bình Dương hiện có hơn 1 triệu công nhân lao động, phần đông là người từ các tỉnh đến làm việc, ở trọ, ít có điều kiện tiếp cận thông tin pháp luật. Trong khi đó, các đối tượng lừa đảo lợi dụng nhu cầu tìm việc, vay tiền gấp của công nhân để chiếm đoạt tài sản.
Thiếu tá Hồ Minh Trí - Phó Đội trưởng Đội Phòng chống tội phạm công nghệ cao Phòng Cảnh sát hình sự Công an tỉnh cho biết, 8 tháng đầu năm 2017, trên địa bàn tỉnh xảy ra 47 vụ lừa đảo qua mạng, trong đó 19 vụ bị hại là công nhân, thiệt hại khoảng 2,6 tỷ đồng. Các thủ đoạn phổ biến: đăng tin tuyển dụng "việc nhẹ lương cao" rồi thu phí hồ sơ; cho vay qua ứng dụng với lãi suất cắt cổ, vay 5 triệu đồng nhưng thực nhận 3,5 triệu đồng, chậm trả thì bị nhắn tin bôi nhọ đến toàn bộ danh bạ điện thoại; giả danh nhân viên ngân hàng đề nghị cung cấp mã OTP để "nâng hạn mức thẻ".
Chị Lò Thị Xuân, công nhân Công ty TNHH Giày da Phú Thịnh kể lại chuyện bị một tài khoản Facebook tự giới thiệu là "cán bộ tuyển dụng" thu 1,2 triệu đồng phí đồng phục rồi chặn liên lạc. "Hôm nay nghe các anh công an nói mới biết mình không phải người duy nhất, nhiều chị em cùng xưởng cũng bị như vậy mà không dám kể", chị Xuân nói.
Thực hiện Chỉ thị số 48-CT/TW ngày 22/10/2010 của Bộ Chính trị về tăng cường sự lãnh đạo của Đảng đối với công tác phòng, chống tội phạm trong tình hình mới, Chương trình hành động số 21-CTr/TU của Tỉnh ủy và Kế hoạch số 118/KH-LĐLĐ ngày 15/8/2017 của LĐLĐ tỉnh, từ nay đến cuối năm, các cấp công đoàn sẽ tổ chức tuyên truyền tại 40 khu nhà trọ có đông công nhân; in 1.500 tờ rơi và phát trên hệ thống loa nội bộ của 120 doanh nghiệp.
Tại hội nghị, Ban tổ chức đã tổ chức phần thi hỏi - đáp; 30 công nhân trả lời đúng được tặng áo mưa và sổ tay pháp luật.
Kim Oanh
Tin khác
- Công đoàn KCN Mỹ Phước đối thoại với người lao động (05/09/2017)
- Trao 500 suất học bổng cho con công nhân (28/08/2017)
- Ra mắt "Mái ấm Công đoàn" tại Bến Cát (20/08/2017)
- LĐLĐ tỉnh tổ chức phiên chợ công nhân (12/08/2017)
""", "2017-09-12", "Hơn 600 công nhân được tuyên truyền phòng chống lừa đảo qua mạng",
E("hoi_nghi", None, "2017-09-09"),
[P("Nguyễn Văn Lộc", "Phó Chủ tịch LĐLĐ tỉnh"),
 P("Trần Thị Kim Nhung", "Chủ tịch Công đoàn các Khu công nghiệp tỉnh"),
 P("Lê Hoàng Phúc", "Phó Bí thư Đoàn phường An Phú"),
 P("Võ Văn Tám", "Chủ tịch UBND phường An Phú"),
 P("Hồ Minh Trí", "Thiếu tá", "Phó Đội trưởng Đội Phòng chống tội phạm công nghệ cao Phòng Cảnh sát hình sự Công an tỉnh"),
 P("Lò Thị Xuân", "công nhân Công ty TNHH Giày da Phú Thịnh")],
[Q("hơn 600 công nhân", 600, "công nhân", "over"), Q("hơn 1 triệu công nhân lao động", 1000000, "công nhân lao động", "over"),
 Q("47 vụ lừa đảo qua mạng", 47, "vụ lừa đảo qua mạng"), Q("19 vụ", 19, "vụ"),
 Q("khoảng 2,6 tỷ đồng", 2600000000, "đồng", "approx"), Q("5 triệu đồng", 5000000, "đồng"),
 Q("3,5 triệu đồng", 3500000, "đồng"), Q("1,2 triệu đồng", 1200000, "đồng"),
 Q("40 khu nhà trọ", 40, "khu nhà trọ"), Q("1.500 tờ rơi", 1500, "tờ rơi"), Q("120 doanh nghiệp", 120, "doanh nghiệp"),
 Q("30 công nhân", 30, "công nhân")],
[D("Chỉ thị", "48", "CT/TW", "2010-10-22", "Bộ Chính trị", "Chỉ thị số 48-CT/TW ngày 22/10/2010"),
 D("Chương trình hành động", "21", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 21-CTr/TU"),
 D("Kế hoạch", "118", "KH-LĐLĐ", "2017-08-15", "LĐLĐ tỉnh", "Kế hoạch số 118/KH-LĐLĐ ngày 15/8/2017")],
[prov("Bình Dương"), com("An Phú")],
["CÔNG ĐOÀN BÌNH DƯƠNG - Cổng thông tin điện tử Liên đoàn Lao động tỉnh", "Trang chủ >> Hoạt động công đoàn >> Tuyên truyền",
 "Công nhân tham gia trả lời câu hỏi tìm hiểu tại hội nghị. Ảnh: Kim Oanh", "việc nhẹ lương cao", "cán bộ tuyển dụng", "nâng hạn mức thẻ"],
["Cập nhật lúc 17:20 ngày 12/09/2017", "8 tháng đầu năm 2017", "mã OTP"]))

PAGES.append(page("b8460-sonla-bdvhu-doithoai-2018", """
Báo Sơn La - Cơ quan của Đảng bộ tỉnh Sơn La
Xây dựng Đảng / Dân vận
22/06/2018 - 08:30
Mộc Châu: Người đứng đầu đối thoại với nhân dân về phòng, chống lừa đảo qua mạng
Ngày 19/6, Ban Dân vận Huyện ủy phối hợp với UBND huyện Mộc Châu tổ chức hội nghị đối thoại năm 2018 giữa người đứng đầu cấp ủy, chính quyền với nhân dân thị trấn Nông trường Mộc Châu và xã Đông Sang về công tác phòng, chống lừa đảo qua mạng, qua điện thoại. Hơn 200 người dân là hộ kinh doanh, hộ trồng chè, trồng mận và người cao tuổi tham dự.
Chủ trì hội nghị có đồng chí Quàng Văn Hặc, HUV, Phó Chủ tịch UBND huyện; đồng chí Cầm Thị Phượng, HUV, Trưởng Ban Dân vận Huyện ủy; Trung tá Lường Văn Khiêm, Phó Trưởng Công an huyện.
Quang cảnh buổi đối thoại. Ảnh: Thu Trang
Mở đầu hội nghị, Trung tá Lường Văn Khiêm thông tin: từ đầu năm 2018 đến nay, huyện xảy ra 5 vụ lừa đảo qua mạng, thiệt hại 132 triệu đồng; đáng chú ý là các vụ giả làm khách mua nông sản, đặt cọc qua chuyển khoản giả, hoặc giả danh nhân viên điện lực, viễn thông gọi điện yêu cầu nộp tiền.
Tại hội nghị, 7 ý kiến của người dân được nêu trực tiếp. Ông Mùa A Sình, bản Nà Tân, xã Đông Sang phản ánh: mùa mận vừa qua, ông nhận đơn đặt hàng 2 tấn mận qua Facebook, người mua gửi ảnh "đã chuyển khoản 8 triệu đồng tiền cọc" nhưng thực tế không có tiền, sau đó yêu cầu ông chuyển lại "tiền thừa". Bà Đinh Thị Thu, tiểu khu 4, thị trấn Nông trường Mộc Châu hỏi: bị lừa chuyển tiền rồi thì báo ở đâu, có lấy lại được không?
Trả lời các ý kiến, đồng chí Quàng Văn Hặc cho biết, UBND huyện đã chỉ đạo Công an huyện công khai số điện thoại trực ban, giao công an xã, thị trấn tiếp nhận tin báo 24/24 giờ; người bị hại cần giữ lại tin nhắn, số tài khoản, ảnh chụp màn hình và trình báo ngay. Ông cũng đề nghị các hợp tác xã chè, mận hướng dẫn xã viên giao dịch qua tài khoản của hợp tác xã.
Theo đồng chí Cầm Thị Phượng, thực hiện Kế hoạch số 68-KH/HU ngày 10/3/2018 của Ban Thường vụ Huyện ủy và Hướng dẫn số 05-HD/BDVHU ngày 2/4/2018 của Ban Dân vận Huyện ủy, năm 2018 huyện tổ chức 6 hội nghị đối thoại ở các xã, thị trấn; những kiến nghị thuộc thẩm quyền đều được trả lời tại chỗ, các nội dung khác được tổng hợp báo cáo Thường trực Huyện ủy.
Ông Thào A Dê, Bí thư Chi bộ bản Pa Khen, xã Đông Sang đề nghị Ban Dân vận Huyện ủy in tài liệu bằng tiếng Mông, tiếng Thái để bà con dễ đọc. Đề nghị này được ghi nhận và giao cho Trung tâm Văn hóa - Thông tin huyện thực hiện trong quý III.
Kết thúc đối thoại, đồng chí Quàng Văn Hặc tặng 50 cuốn sổ tay "Cảnh giác với thủ đoạn lừa đảo" cho các bản, tiểu khu.
Thu Trang
Tin liên quan
- Yên Châu: 12 tập thể được khen về công tác dân vận chính quyền (15/06/2018)
- Mai Sơn: vận động nhân dân hiến đất mở đường nội đồng (06/06/2018)
- Mộc Châu tập huấn nghiệp vụ cho tổ dân vận bản (28/05/2018)
""", "2018-06-22", "Mộc Châu: Người đứng đầu đối thoại với nhân dân về phòng, chống lừa đảo qua mạng",
E("doi_thoai", "2018", "2018-06-19"),
[P("Quàng Văn Hặc", "HUV", "Phó Chủ tịch UBND huyện"),
 P("Cầm Thị Phượng", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Lường Văn Khiêm", "Trung tá", "Phó Trưởng Công an huyện"),
 P("Mùa A Sình"), P("Đinh Thị Thu"),
 P("Thào A Dê", "Bí thư Chi bộ bản Pa Khen")],
[Q("Hơn 200 người dân", 200, "người dân", "over"), Q("5 vụ lừa đảo qua mạng", 5, "vụ lừa đảo qua mạng"),
 Q("132 triệu đồng", 132000000, "đồng"), Q("7 ý kiến", 7, "ý kiến"), Q("2 tấn mận", 2, "tấn"),
 Q("8 triệu đồng", 8000000, "đồng"), Q("6 hội nghị đối thoại", 6, "hội nghị đối thoại"), Q("50 cuốn sổ tay", 50, "cuốn sổ tay")],
[D("Kế hoạch", "68", "KH/HU", "2018-03-10", "Ban Thường vụ Huyện ủy", "Kế hoạch số 68-KH/HU ngày 10/3/2018"),
 D("Hướng dẫn", "05", "HD/BDVHU", "2018-04-02", "Ban Dân vận Huyện ủy", "Hướng dẫn số 05-HD/BDVHU ngày 2/4/2018")],
[prov("Sơn La"), com("Nông trường Mộc Châu"), com("Đông Sang")],
["Báo Sơn La - Cơ quan của Đảng bộ tỉnh Sơn La", "Xây dựng Đảng / Dân vận", "Quang cảnh buổi đối thoại. Ảnh: Thu Trang",
 "Cảnh giác với thủ đoạn lừa đảo", "tiền thừa"],
["22/06/2018 - 08:30", "tiểu khu 4", "24/24 giờ", "quý III", "năm 2018"]))

PAGES.append(page("b8461-quangninh-mttq-giamsat-2019", """
Báo Quảng Ninh điện tử
Thời sự › Mặt trận - Đoàn thể
Thứ Năm, 16/05/2019 - 10:45
Giám sát công tác tuyên truyền phòng, chống lừa đảo trên không gian mạng tại TP Hạ Long
Ngày 14/5, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ tỉnh do ông Nguyễn Đức Thắng, Phó Chủ tịch Ủy ban MTTQ tỉnh làm trưởng đoàn đã giám sát việc thực hiện công tác tuyên truyền, vận động nhân dân phòng, chống lừa đảo trên không gian mạng tại UBND TP Hạ Long, phường Hồng Hải và phường Bãi Cháy. Đây là một trong các cuộc giám sát chuyên đề nằm trong chương trình giám sát năm 2019 của Ủy ban MTTQ tỉnh.
Đoàn giám sát làm việc tại phường Bãi Cháy.
Theo báo cáo của UBND thành phố do bà Vũ Thị Thu Thủy, Phó Chủ tịch UBND TP Hạ Long trình bày, từ đầu năm 2019 đến nay, trên địa bàn xảy ra 9 vụ lừa đảo qua mạng, thiệt hại gần 1,7 tỷ đồng; cơ quan công an đã khởi tố 3 vụ, thu hồi 420 triệu đồng trả cho người bị hại. Thủ đoạn chủ yếu là giả danh cơ quan công an, viện kiểm sát gọi điện thông báo người dân liên quan vụ án, yêu cầu chuyển tiền vào "tài khoản tạm giữ"; lừa bán tour du lịch, đặt phòng khách sạn giá rẻ qua mạng.
Thượng tá Bùi Quang Huy, Phó Trưởng Công an thành phố cho biết, thực hiện Luật An ninh mạng, Công an thành phố phối hợp với 20 phường tổ chức 156 buổi tuyên truyền cho gần 12.000 lượt người, treo 300 băng rôn; tỷ lệ hộ gia đình được tuyên truyền đạt 87,5%.
Tại phường Hồng Hải, ông Lê Văn Cường, Chủ tịch Ủy ban MTTQ phường cho biết, Ban công tác Mặt trận các khu phố đã lồng ghép nội dung cảnh giác lừa đảo vào các buổi họp khu, nhất là với người cao tuổi và các hộ kinh doanh nhà nghỉ. Ông Hoàng Minh Tuấn, Tổ trưởng tổ dân phố 3, khu 5, phường Bãi Cháy phản ánh: nhiều hộ làm du lịch nhận được cuộc gọi giả danh công ty lữ hành đặt phòng, yêu cầu chủ nhà chuyển tiền "hoàn cọc" trước.
Đoàn giám sát ghi nhận kết quả, đồng thời chỉ ra hạn chế: việc tuyên truyền ở một số khu phố còn hình thức, chủ yếu qua loa truyền thanh; chưa có số liệu theo dõi người cao tuổi được hướng dẫn sử dụng điện thoại thông minh an toàn. Đoàn đã kiến nghị 5 nội dung với UBND thành phố.
Căn cứ Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị ban hành Quy chế giám sát và phản biện xã hội của MTTQ Việt Nam và các đoàn thể chính trị - xã hội, và Kế hoạch số 23/KH-MTTQ-BTT ngày 28/1/2019 của Ban Thường trực Ủy ban MTTQ tỉnh, kết quả giám sát sẽ được tổng hợp, báo cáo Thường trực Tỉnh ủy trong quý III.
Phát biểu kết thúc, ông Nguyễn Đức Thắng đề nghị thành phố xây dựng mô hình "Khu phố không có người bị lừa đảo qua mạng", phát huy vai trò của Ban công tác Mặt trận, tổ dân phố trong việc kịp thời cảnh báo.
Hoàng Quý
TIN CÙNG CHUYÊN MỤC
- Ủy ban MTTQ tỉnh hiệp thương giới thiệu người ứng cử (10/05/2019)
- Vân Đồn: ra mắt 8 mô hình tự quản về an ninh trật tự (06/05/2019)
- Hội nghị phản biện dự thảo quy định về hỗ trợ hộ nghèo (25/04/2019)
""", "2019-05-16", "Giám sát công tác tuyên truyền phòng, chống lừa đảo trên không gian mạng tại TP Hạ Long",
E("giam_sat", "2019", "2019-05-14"),
[P("Nguyễn Đức Thắng", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Vũ Thị Thu Thủy", "Phó Chủ tịch UBND TP Hạ Long"),
 P("Bùi Quang Huy", "Thượng tá", "Phó Trưởng Công an thành phố"),
 P("Lê Văn Cường", "Chủ tịch Ủy ban MTTQ phường"),
 P("Hoàng Minh Tuấn", "Tổ trưởng tổ dân phố 3")],
[Q("9 vụ lừa đảo qua mạng", 9, "vụ lừa đảo qua mạng"), Q("gần 1,7 tỷ đồng", 1700000000, "đồng", "approx"),
 Q("3 vụ", 3, "vụ"), Q("420 triệu đồng", 420000000, "đồng"), Q("20 phường", 20, "phường"),
 Q("156 buổi tuyên truyền", 156, "buổi tuyên truyền"), Q("gần 12.000 lượt người", 12000, "lượt người", "approx"),
 Q("300 băng rôn", 300, "băng rôn"), Q("87,5%", 87.5, "%"), Q("5 nội dung", 5, "nội dung")],
[D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW ngày 12/12/2013"),
 D("Kế hoạch", "23", "KH-MTTQ-BTT", "2019-01-28", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 23/KH-MTTQ-BTT ngày 28/1/2019")],
[prov("Quảng Ninh"), com("Hồng Hải"), com("Bãi Cháy")],
["Báo Quảng Ninh điện tử", "Thời sự › Mặt trận - Đoàn thể", "Đoàn giám sát làm việc tại phường Bãi Cháy.", "Luật An ninh mạng",
 "Khu phố không có người bị lừa đảo qua mạng", "tài khoản tạm giữ", "hoàn cọc"],
["Thứ Năm, 16/05/2019 - 10:45", "năm 2019", "tổ dân phố 3", "khu 5", "quý III"]))

PAGES.append(page("b8462-travinh-bdvtu-khac-2019", """
BAN DÂN VẬN TỈNH ỦY TRÀ VINH
Trang chủ › Gương điển hình › Dân vận khéo
27.11.2019 | 07:30
Chị Sóc Khê và chiếc loa nhắc các cụ "đừng nghe máy lạ"
Chị Kim Thị Sóc Khê (thứ hai từ trái) hướng dẫn người cao tuổi trong ấp nhận biết cuộc gọi lừa đảo.
Gần hai năm nay, người dân ấp Sóc Tro Giữa, xã Hàm Giang, huyện Trà Cú, tỉnh Trà Vinh đã quen với hình ảnh chị Kim Thị Sóc Khê, Chi hội trưởng Chi hội Phụ nữ ấp Sóc Tro Giữa, đạp xe mang theo chiếc loa cầm tay đi khắp các xóm, vừa nói tiếng Khmer vừa nói tiếng Việt: "Ai gọi điện xưng công an, xưng ngân hàng đòi chuyển tiền, xin đừng làm theo, hỏi con cháu, hỏi ấp trước đã".
Ấp Sóc Tro Giữa có 412 hộ, trên 90% là đồng bào Khmer, nhiều người lớn tuổi sống một mình vì con cháu đi làm công nhân ở các khu công nghiệp miền Đông. Đầu năm 2018, bà Thạch Thị Nhanh trong ấp nhận được cuộc gọi báo "con trai bị tai nạn giao thông đang cấp cứu", bà chạy vay hàng xóm 15 triệu đồng chuyển vào tài khoản lạ. Câu chuyện ấy khiến chị Sóc Khê trăn trở, bàn với Chi ủy, Ban nhân dân ấp tìm cách nhắc nhở bà con.
Được sự hỗ trợ của Ban Dân vận Huyện ủy và Công an xã, chị đã đến từng nhà trong 127 hộ có người cao tuổi, dán số điện thoại của công an viên, trưởng ấp lên vách nhà. Chi hội cũng tổ chức 24 buổi sinh hoạt chuyên đề; nhờ Đại đức Thạch Sa Rươn, trụ trì chùa Sóc Tro Dưới, nhắc nhở phật tử trong các ngày lễ. Từ đó đến nay, chi hội và tổ an ninh ấp đã kịp thời ngăn chặn 4 trường hợp suýt chuyển tiền cho kẻ gian, với số tiền gần 70 triệu đồng.
Ông Sơn Văn Hên, Bí thư Chi bộ ấp Sóc Tro Giữa nhận xét: "Chị Sóc Khê nói chuyện dễ nghe, đi tới đâu các cụ cũng hỏi han. Nhờ vậy mà chi bộ triển khai việc gì cũng thuận".
Bà Lâm Thị Hồng Đào, Phó Trưởng Ban Dân vận Huyện ủy Trà Cú cho biết: cách làm của chi hội ấp Sóc Tro Giữa đã được nhân rộng ra 15 ấp trong huyện, gắn với phong trào thi đua "Dân vận khéo" và cuộc vận động xây dựng gia đình "5 không, 3 sạch". Với những đóng góp đó, chị Kim Thị Sóc Khê được Chủ tịch UBND tỉnh tặng Bằng khen theo Quyết định số 1832/QĐ-UBND ngày 2/10/2019 vì có thành tích tiêu biểu trong phong trào thi đua "Dân vận khéo" giai đoạn 2017 - 2019.
Không chỉ nhắc nhở, chị còn cùng các đoàn viên thanh niên trong ấp hướng dẫn các cụ cách từ chối cuộc gọi lạ, cách nhờ con cháu kiểm tra tin nhắn báo chuyển tiền. Mỗi tối thứ Bảy, nhà văn hóa ấp lại sáng đèn, các cụ ngồi nghe chị kể các vụ lừa đảo mới xảy ra trong tỉnh, ai có thắc mắc thì hỏi trực tiếp công an viên.
Chị Sóc Khê tâm sự: "Mình chỉ mong các cụ giữ được đồng tiền dành dụm. Con cháu đi làm xa gửi về, mất đi thì tội lắm".
Hữu Nghĩa
Tin liên quan
- Trà Cú: 30 hộ Khmer được hỗ trợ nhà ở (20/11/2019)
- Cầu Kè tuyên dương 45 gương "Dân vận khéo" (12/11/2019)
- Sư sãi chùa Khmer tham gia tuyên truyền pháp luật (01/11/2019)
- Tiểu Cần: hội nghị người có uy tín năm 2019 (25/10/2019)
""", "2019-11-27", "Chị Sóc Khê và chiếc loa nhắc các cụ \"đừng nghe máy lạ\"",
E("khac", None, None),
[P("Kim Thị Sóc Khê", "Chi hội trưởng Chi hội Phụ nữ ấp Sóc Tro Giữa"),
 P("Thạch Thị Nhanh"),
 P("Thạch Sa Rươn", "Đại đức", "trụ trì chùa Sóc Tro Dưới"),
 P("Sơn Văn Hên", "Bí thư Chi bộ ấp Sóc Tro Giữa"),
 P("Lâm Thị Hồng Đào", "Phó Trưởng Ban Dân vận Huyện ủy Trà Cú")],
[Q("412 hộ", 412, "hộ"), Q("trên 90%", 90, "%", "over"), Q("15 triệu đồng", 15000000, "đồng"),
 Q("127 hộ", 127, "hộ"), Q("24 buổi sinh hoạt chuyên đề", 24, "buổi sinh hoạt chuyên đề"),
 Q("4 trường hợp", 4, "trường hợp"), Q("gần 70 triệu đồng", 70000000, "đồng", "approx"), Q("15 ấp", 15, "ấp")],
[D("Quyết định", "1832", "QĐ-UBND", "2019-10-02", "Chủ tịch UBND tỉnh", "Quyết định số 1832/QĐ-UBND ngày 2/10/2019")],
[prov("Trà Vinh"), com("Hàm Giang")],
["BAN DÂN VẬN TỈNH ỦY TRÀ VINH", "Trang chủ › Gương điển hình › Dân vận khéo",
 "Chị Kim Thị Sóc Khê (thứ hai từ trái) hướng dẫn người cao tuổi trong ấp nhận biết cuộc gọi lừa đảo.", "Dân vận khéo",
 "con trai bị tai nạn giao thông đang cấp cứu"],
["27.11.2019 | 07:30", "Gần hai năm", "5 không, 3 sạch", "giai đoạn 2017 - 2019", "thứ hai từ trái"]))

PAGES.append(page("b8463-hue-lhpn-taphuan-2020", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH THỪA THIÊN HUẾ
Trang chủ | Tin tức | Hoạt động Hội
Cập nhật: 09:42, 08/09/2020 (GMT+7)
Trang bị kỹ năng an toàn trên không gian mạng cho cán bộ Hội cơ sở
Trong 2 ngày 3 - 4/9, Hội LHPN tỉnh Thừa Thiên Huế tổ chức lớp tập huấn năm 2020 "Phụ nữ với an toàn trên không gian mạng, phòng chống lừa đảo trực tuyến" cho 120 học viên là chủ tịch hội phụ nữ cấp xã và chi hội trưởng của 9 huyện, thị xã, thành phố.
Bà Hoàng Thị Minh Thư, Phó Chủ tịch Hội LHPN tỉnh phát biểu khai mạc lớp tập huấn.
Bà Hoàng Thị Minh Thư, Phó Chủ tịch Hội LHPN tỉnh cho biết, dịch Covid-19 khiến việc mua bán, giao dịch qua mạng của chị em tăng nhanh; lợi dụng tình hình, nhiều đối tượng mạo danh cơ quan chức năng để lừa đảo. Theo số liệu của Công an tỉnh, 8 tháng đầu năm 2020, toàn tỉnh xảy ra 23 vụ lừa đảo chiếm đoạt tài sản qua mạng, thiệt hại hơn 4,5 tỷ đồng; khoảng 65% người bị hại là phụ nữ.
Tại lớp học, Thượng úy Trần Nhật Quang, cán bộ Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao Công an tỉnh, giới thiệu các thủ đoạn mới: bán khẩu trang, thiết bị y tế qua mạng rồi chiếm đoạt tiền cọc; giả danh cán bộ phường, xã gọi điện "hướng dẫn nhận tiền hỗ trợ" theo Nghị quyết số 42/NQ-CP ngày 9/4/2020 của Chính phủ, yêu cầu cung cấp số tài khoản, mật khẩu. "Gói hỗ trợ 62.000 tỷ đồng được chi trả qua UBND cấp xã, không có cán bộ nào gọi điện bắt người dân nộp phí", Thượng úy Quang nhấn mạnh.
Học viên cũng được hướng dẫn cài đặt bảo mật hai lớp cho tài khoản Facebook, Zalo; cách nhận diện đường link giả mạo ngân hàng; cách báo cáo tài khoản lừa đảo.
Chia sẻ kinh nghiệm, bà Hồ Thị Blốc, Chủ tịch Hội LHPN xã A Roàng, huyện A Lưới kể: chị em người Tà Ôi, Cơ Tu ở xã mới dùng điện thoại thông minh, có chị bị kẻ gian nhắn tin "trúng thưởng" rồi yêu cầu nạp 2 triệu đồng thẻ cào. Chị Căn Thị Sao, Chi hội trưởng phụ nữ thôn A Ka, xã Hồng Thủy thì lập nhóm Zalo của chi hội để chia sẻ ngay các cảnh báo của công an. Ở thành phố Huế, Hội LHPN phường Thuận Hòa duy trì tổ "Phụ nữ cảnh giác" gồm 12 thành viên.
Thực hiện Chỉ thị số 21/CT-TTg ngày 25/5/2020 của Thủ tướng Chính phủ về tăng cường phòng ngừa, đấu tranh với tội phạm sử dụng công nghệ cao và Kế hoạch số 76/KH-HPN ngày 12/6/2020 của Ban Thường vụ Hội LHPN tỉnh, đến nay các cấp Hội đã lập 152 nhóm Zalo chi hội, kết nối với trên 8.000 hội viên.
Bế mạc lớp tập huấn, Ban tổ chức đề nghị mỗi học viên về tổ chức ít nhất 2 buổi truyền thông tại chi hội trước ngày 20/10.
Bảo Ngọc
Tin cùng chuyên mục
- Hội LHPN tỉnh trao 200 suất quà cho phụ nữ nghèo (30/08/2020)
- Phong Điền ra mắt 3 tổ hợp tác phụ nữ (21/08/2020)
- Phụ nữ A Lưới chung tay phòng chống dịch Covid-19 (10/08/2020)
""", "2020-09-08", "Trang bị kỹ năng an toàn trên không gian mạng cho cán bộ Hội cơ sở",
E("tap_huan", "2020", "2020-09-03"),
[P("Hoàng Thị Minh Thư", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Trần Nhật Quang", "Thượng úy", "cán bộ Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao Công an tỉnh"),
 P("Hồ Thị Blốc", "Chủ tịch Hội LHPN xã A Roàng"),
 P("Căn Thị Sao", "Chi hội trưởng phụ nữ thôn A Ka")],
[Q("120 học viên", 120, "học viên"), Q("9 huyện, thị xã, thành phố", 9, "huyện, thị xã, thành phố"),
 Q("23 vụ lừa đảo chiếm đoạt tài sản qua mạng", 23, "vụ lừa đảo chiếm đoạt tài sản qua mạng"),
 Q("hơn 4,5 tỷ đồng", 4500000000, "đồng", "over"), Q("khoảng 65%", 65, "%", "approx"),
 Q("62.000 tỷ đồng", 62000000000000, "đồng"), Q("2 triệu đồng", 2000000, "đồng"), Q("12 thành viên", 12, "thành viên"),
 Q("152 nhóm Zalo chi hội", 152, "nhóm Zalo chi hội"), Q("trên 8.000 hội viên", 8000, "hội viên", "over"),
 Q("ít nhất 2 buổi truyền thông", 2, "buổi truyền thông", "over")],
[D("Nghị quyết", "42", "NQ-CP", "2020-04-09", "Chính phủ", "Nghị quyết số 42/NQ-CP ngày 9/4/2020"),
 D("Chỉ thị", "21", "CT-TTg", "2020-05-25", "Thủ tướng Chính phủ", "Chỉ thị số 21/CT-TTg ngày 25/5/2020"),
 D("Kế hoạch", "76", "KH-HPN", "2020-06-12", "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch số 76/KH-HPN ngày 12/6/2020")],
[prov("Thừa Thiên Huế"), com("A Roàng"), com("Hồng Thủy"), com("Thuận Hòa")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH THỪA THIÊN HUẾ", "Trang chủ | Tin tức | Hoạt động Hội",
 "Bà Hoàng Thị Minh Thư, Phó Chủ tịch Hội LHPN tỉnh phát biểu khai mạc lớp tập huấn.",
 "Phụ nữ với an toàn trên không gian mạng, phòng chống lừa đảo trực tuyến", "Phụ nữ cảnh giác", "hướng dẫn nhận tiền hỗ trợ"],
["Cập nhật: 09:42, 08/09/2020 (GMT+7)", "2 ngày", "Covid-19", "8 tháng đầu năm 2020", "ngày 20/10", "hai lớp"]))

PAGES.append(page("b8464-gialai-bdvtu-tongket-2020", """
Hôm nay: Thứ Tư, 30/12/2020
BÁO GIA LAI ĐIỆN TỬ
Chính trị - Xã hội / Dân vận
Thứ Ba, 29/12/2020
Ảnh: Toàn cảnh hội nghị.
Công tác dân vận góp phần giữ vững ổn định ở cơ sở
Ngày 28/12, Ban Dân vận Tỉnh ủy Gia Lai tổ chức hội nghị tổng kết công tác dân vận năm 2020, triển khai nhiệm vụ năm 2021. Đồng chí Siu H'Nhim, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì; cùng dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Nguyễn Thị Thu Hằng, Kpă Thị Hồng.
Báo cáo tổng kết nêu rõ, năm 2020 khối dân vận các cấp đã tham mưu cấp ủy thực hiện tốt Quy chế công tác dân vận ban hành kèm theo Quyết định số 23-QĐ/TW ngày 30/7/2016 của BCH Trung ương; triển khai Kết luận 05, 06-KL/TU của Ban Thường vụ Tỉnh ủy về công tác vận động đồng bào dân tộc thiểu số và về phát huy vai trò người có uy tín. Toàn tỉnh xây dựng được 248 mô hình "Dân vận khéo"; nhân dân hiến 12,5 ha đất làm đường giao thông nông thôn.
Một điểm mới của năm 2020 là khối dân vận phối hợp với lực lượng công an đẩy mạnh tuyên truyền phòng, chống lừa đảo qua mạng trong vùng đồng bào dân tộc thiểu số, theo Chỉ thị số 21/CT-TTg ngày 25/5/2020 của Thủ tướng Chính phủ. Các cấp đã tổ chức 1.250 buổi tuyên truyền với trên 86.000 lượt người nghe; phát huy vai trò của 1.420 người có uy tín trong việc nhắc nhở bà con không nghe theo các cuộc gọi, tin nhắn lạ, không tham gia "hội nhóm kiếm tiền trên mạng". Nhờ đó, đã phát hiện, ngăn chặn 36 trường hợp chuẩn bị chuyển tiền cho đối tượng lừa đảo.
Tại hội nghị, ông Rơ Châm Phiên, người có uy tín làng Plei Bông, xã Ia Băng chia sẻ: "Làng mình có mấy thanh niên được người lạ rủ vào nhóm trên Facebook, nói nạp tiền sẽ được nhân đôi. Già làng cùng cán bộ mặt trận đến từng nhà nói rõ, giờ không còn ai tin nữa".
Đại úy Ksor Tuyên, Phó Trưởng Công an xã Ia Hrú, cho biết sau khi công an chính quy về xã, lực lượng đã phối hợp với Ban công tác Mặt trận các làng tổ chức tuyên truyền bằng tiếng Jrai vào buổi tối, khi bà con đi rẫy về.
Phát biểu kết luận, đồng chí Siu H'Nhim đề nghị năm 2021 các cấp tiếp tục đổi mới phương thức vận động, chú trọng tuyên truyền trên mạng xã hội và bằng tiếng dân tộc; phấn đấu gần 95% hộ gia đình vùng đồng bào dân tộc thiểu số được phổ biến các thủ đoạn lừa đảo phổ biến.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 25 tập thể và 40 cá nhân có thành tích xuất sắc trong công tác dân vận năm 2020.
Anh Vũ
Tin liên quan
- Ia Grai: sơ kết mô hình "Làng không có người vi phạm pháp luật" (22/12/2020)
- Đối thoại với người có uy tín huyện Chư Prông (15/12/2020)
- Trao 120 suất quà cho già làng, người có uy tín (08/12/2020)
""", "2020-12-29", "Công tác dân vận góp phần giữ vững ổn định ở cơ sở",
E("tong_ket", "2020", "2020-12-28"),
[P("Siu H'Nhim", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thị Thu Hằng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Kpă Thị Hồng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Rơ Châm Phiên", "người có uy tín làng Plei Bông"),
 P("Ksor Tuyên", "Đại úy", "Phó Trưởng Công an xã Ia Hrú")],
[Q("248 mô hình", 248, "mô hình"), Q("12,5 ha", 12.5, "ha"), Q("1.250 buổi tuyên truyền", 1250, "buổi tuyên truyền"),
 Q("trên 86.000 lượt người", 86000, "lượt người", "over"), Q("1.420 người có uy tín", 1420, "người có uy tín"),
 Q("36 trường hợp", 36, "trường hợp"), Q("gần 95%", 95, "%", "approx"), Q("25 tập thể", 25, "tập thể"),
 Q("40 cá nhân", 40, "cá nhân")],
[D("Quyết định", "23", "QĐ/TW", "2016-07-30", "BCH Trung ương", "Quyết định số 23-QĐ/TW ngày 30/7/2016"),
 D("Kết luận", "05", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 05, 06-KL/TU"),
 D("Kết luận", "06", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 05, 06-KL/TU"),
 D("Chỉ thị", "21", "CT-TTg", "2020-05-25", "Thủ tướng Chính phủ", "Chỉ thị số 21/CT-TTg ngày 25/5/2020")],
[prov("Gia Lai"), com("Ia Băng"), com("Ia Hrú")],
["Hôm nay: Thứ Tư, 30/12/2020", "BÁO GIA LAI ĐIỆN TỬ", "Chính trị - Xã hội / Dân vận", "Ảnh: Toàn cảnh hội nghị.",
 "Dân vận khéo", "hội nhóm kiếm tiền trên mạng", "Quy chế công tác dân vận"],
["Hôm nay: Thứ Tư, 30/12/2020", "Thứ Ba, 29/12/2020", "năm 2020", "năm 2021"]))
