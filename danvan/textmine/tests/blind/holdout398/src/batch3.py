from lib import *
PAGES = []

PAGES.append(page("b9521-quangninh-ccb-daihoi-2022", """
BÁO QUẢNG NINH ĐIỆN TỬ
Trang chủ >> Chính trị >> Xây dựng Đảng - Đoàn thể
2022-07-20 15:30
Ảnh: Các đại biểu dự đại hội.
Đại hội Hội Cựu chiến binh tỉnh lần thứ VII: Phát huy bản chất "Bộ đội Cụ Hồ" trong thời kỳ mới
Ngày 19/7, Hội Cựu chiến binh tỉnh Quảng Ninh long trọng tổ chức Đại hội đại biểu lần thứ VII, nhiệm kỳ 2022 - 2027. Dự đại hội có đồng chí Vũ Thành Long, Phó Bí thư Thường trực Tỉnh ủy; Trung tướng Hà Mạnh Tuân, Phó Chủ tịch Trung ương Hội CCB Việt Nam; cùng 250 đại biểu đại diện cho gần 42.000 hội viên CCB toàn tỉnh.
Nhiệm kỳ 2017 - 2022, thực hiện Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị 05-CT/TW, các cấp Hội đã tổ chức nhiều hoạt động thiết thực. Toàn tỉnh kết nạp 6.850 hội viên mới; xây dựng, sửa chữa 512 nhà tình nghĩa cho hội viên khó khăn với tổng kinh phí trên 21 tỷ đồng. Dư nợ các chương trình vay vốn ủy thác qua Hội đạt 1.046 tỷ đồng; tỷ lệ hộ nghèo trong hội viên giảm còn 0,2%. 98,6% cơ sở Hội được đánh giá hoàn thành tốt nhiệm vụ trở lên.
Các cấp Hội đã tham gia tích cực vào công tác bảo vệ chủ quyền an ninh biên giới. Ông Lỷ Văn Thắng, Chủ tịch Hội CCB xã Húc Động (Bình Liêu), cho biết hội viên người Dao, người Sán Chỉ trong xã đã phối hợp với Đồn Biên phòng Hoành Mô tham gia 46 đợt tuần tra, bảo vệ cột mốc. Bà Chìu Thị Lan, Chủ tịch Hội CCB xã Quảng Sơn (Hải Hà), trình bày tham luận về mô hình "Chi hội CCB tự quản đường biên, cột mốc".
Phát biểu chỉ đạo, đồng chí Vũ Thành Long đề nghị các cấp Hội tiếp tục quán triệt, thực hiện Chỉ thị số 06-CT/TU ngày 15/2/2022 của Ban Thường vụ Tỉnh ủy về lãnh đạo đại hội Hội CCB các cấp nhiệm kỳ 2022 - 2027; chú trọng bồi dưỡng lớp cán bộ Hội trẻ, là các CCB thời kỳ xây dựng và bảo vệ Tổ quốc; tích cực tham gia đấu tranh phản bác các quan điểm sai trái, thù địch trên không gian mạng.
Đại hội đã bầu Ban Chấp hành Hội CCB tỉnh khóa VII gồm 31 đồng chí; Ban Thường vụ gồm 9 đồng chí. Đại tá Phạm Văn Hạnh được tín nhiệm bầu giữ chức Chủ tịch Hội CCB tỉnh khóa VII. Các đồng chí Phó Chủ tịch Hội CCB tỉnh khóa VII: Lục Văn Sáng, Tằng Văn Chìu. Đại hội cũng bầu 8 đại biểu dự Đại hội đại biểu toàn quốc Hội CCB Việt Nam lần thứ VII.
Đại hội biểu quyết thông qua Nghị quyết với 6 chỉ tiêu chủ yếu, trong đó: hằng năm có 85% trở lên cơ sở Hội đạt trong sạch, vững mạnh; 100% hội viên đủ điều kiện được tiếp cận nguồn vốn vay; phấn đấu đến năm 2027 không còn hộ hội viên nghèo theo chuẩn mới.
Dịp này, Trung ương Hội CCB Việt Nam tặng Bằng khen cho 4 tập thể và 7 cá nhân có thành tích xuất sắc trong nhiệm kỳ 2017 - 2022. Ông Voòng Văn Sinh, nguyên Chủ tịch Hội CCB huyện Bình Liêu, phát biểu cảm ơn thay mặt các cá nhân được khen thưởng.
Hoàng Quỳnh
Lượt xem: 1.538
Tin liên quan
- Đại hội Hội CCB thành phố Hạ Long nhiệm kỳ 2022 - 2027 (30/06/2022)
- 100% cơ sở Hội CCB hoàn thành đại hội (20/06/2022)
- Cô Tô: CCB tham gia bảo vệ chủ quyền biển đảo (10/06/2022)
- Hội CCB tỉnh tặng 30 nhà tình nghĩa (25/05/2022)
""", "2022-07-20", "Đại hội Hội Cựu chiến binh tỉnh lần thứ VII: Phát huy bản chất \"Bộ đội Cụ Hồ\" trong thời kỳ mới",
E("dai_hoi", None, "2022-07-19"),
[P("Vũ Thành Long", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Hà Mạnh Tuân", "Trung tướng", "Phó Chủ tịch Trung ương Hội CCB Việt Nam"),
 P("Lỷ Văn Thắng", "Chủ tịch Hội CCB xã Húc Động"),
 P("Chìu Thị Lan", "Chủ tịch Hội CCB xã Quảng Sơn"),
 P("Phạm Văn Hạnh", "Đại tá", "Chủ tịch Hội CCB tỉnh khóa VII"),
 P("Lục Văn Sáng", "Phó Chủ tịch Hội CCB tỉnh khóa VII"),
 P("Tằng Văn Chìu", "Phó Chủ tịch Hội CCB tỉnh khóa VII"),
 P("Voòng Văn Sinh", "nguyên Chủ tịch Hội CCB huyện Bình Liêu")],
[Q("250 đại biểu", 250, "đại biểu"), Q("gần 42.000 hội viên CCB", 42000, "hội viên CCB", "approx"),
 Q("6.850 hội viên mới", 6850, "hội viên mới"), Q("512 nhà tình nghĩa", 512, "nhà tình nghĩa"),
 Q("trên 21 tỷ đồng", 21000000000, "đồng", "over"), Q("1.046 tỷ đồng", 1046000000000, "đồng"), Q("0,2%", 0.2, "%"),
 Q("98,6%", 98.6, "%"), Q("46 đợt", 46, "đợt"), Q("31 đồng chí", 31, "đồng chí"), Q("9 đồng chí", 9, "đồng chí"),
 Q("8 đại biểu", 8, "đại biểu"), Q("6 chỉ tiêu chủ yếu", 6, "chỉ tiêu chủ yếu"), Q("85% trở lên", 85, "%", "over"),
 Q("100%", 100, "%"), Q("4 tập thể", 4, "tập thể"), Q("7 cá nhân", 7, "cá nhân")],
[D("Kết luận", "01", "KL/TW", "2021-05-18", "Bộ Chính trị", "Kết luận số 01-KL/TW ngày 18/5/2021"),
 D("Chỉ thị", "05", "CT/TW", None, None, "Chỉ thị 05-CT/TW"),
 D("Chỉ thị", "06", "CT/TU", "2022-02-15", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 06-CT/TU ngày 15/2/2022")],
[prov("Quảng Ninh"), com("Húc Động"), com("Quảng Sơn")],
["BÁO QUẢNG NINH ĐIỆN TỬ", "Trang chủ >> Chính trị >> Xây dựng Đảng - Đoàn thể", "Ảnh: Các đại biểu dự đại hội.",
 "Bộ đội Cụ Hồ", "Chi hội CCB tự quản đường biên, cột mốc", "Đồn Biên phòng Hoành Mô", "Lượt xem: 1.538"],
["2022-07-20 15:30", "lần thứ VII", "nhiệm kỳ 2022 - 2027", "Nhiệm kỳ 2017 - 2022", "khóa VII", "31 đồng chí", "9 đồng chí",
 "năm 2027", "Lượt xem: 1.538"]))

PAGES.append(page("b9522-kontum-ccb-soket-2023", """
Báo Kon Tum điện tử
Trang chủ - Chính trị - Mặt trận, đoàn thể
Ngày đăng 14/07/2023 | 09:12
Cựu chiến binh phát huy vai trò nòng cốt ở các làng đồng bào dân tộc thiểu số
Ngày 13/7, Hội Cựu chiến binh tỉnh Kon Tum tổ chức hội nghị sơ kết công tác Hội 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2023. Dự hội nghị có đồng chí Y Thảo, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh. Ông Lê Văn Bình, Chủ tịch Hội CCB tỉnh chủ trì hội nghị.
Đồng chí Y Thảo phát biểu tại hội nghị.
6 tháng qua, các cấp Hội CCB trong tỉnh đã bám sát Chỉ thị 27, 28-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường công tác dân vận ở vùng đồng bào dân tộc thiểu số và về phòng, chống hoạt động tôn giáo trái pháp luật, tổ chức 214 buổi tuyên truyền tại thôn, làng cho hơn 9.600 lượt người nghe. Toàn tỉnh kết nạp 236 hội viên mới, nâng tổng số hội viên lên 7.928 người; 93,4% chi hội duy trì sinh hoạt đều đặn.
Thực hiện Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi, các cơ sở Hội đã tham gia giám sát 38 công trình ở cơ sở, phát hiện và kiến nghị khắc phục 5 công trình chậm tiến độ. Hội viên đóng góp 1.150 ngày công và hiến 6.200 m2 đất làm đường vào khu sản xuất. Các cấp Hội hiện quản lý 7 mô hình "CCB giúp nhau giảm nghèo" với 186 hộ tham gia.
Tại hội nghị, ông A Sang, Chủ tịch Hội CCB huyện Tu Mơ Rông, cho biết hội viên người Xơ Đăng đã mạnh dạn trồng 24 ha sâm dây dưới tán rừng, bước đầu có thu nhập ổn định. Bà Y Khiếu, Phó Chủ tịch Hội CCB xã Đăk Tơ Kan, kể lại việc chi hội vận động 12 hộ trong làng bỏ tục cúng bái khi ốm đau, đưa người bệnh đến trạm y tế. Ông A Phương, Chủ tịch Hội CCB xã Ngọk Réo (Đăk Hà), đề nghị tỉnh hỗ trợ kinh phí cho các tổ CCB tham gia tuần tra, bảo vệ rừng.
Hội nghị cũng chỉ ra những hạn chế: công tác nắm tình hình ở một số làng vùng sâu chưa kịp thời, để xảy ra 3 vụ việc người dân tụ tập khiếu kiện đông người về đất đai; nguồn vốn hỗ trợ hội viên phát triển kinh tế còn ít.
Phát biểu chỉ đạo, đồng chí Y Thảo đề nghị Hội CCB tỉnh tiếp tục làm tốt vai trò nòng cốt trong công tác dân vận ở các làng; thực hiện có hiệu quả Kế hoạch số 25-KH/CCB của Ban Thường vụ Hội CCB tỉnh về tham gia bảo vệ nền tảng tư tưởng của Đảng; phối hợp với Ủy ban MTTQ các cấp giám sát thực hiện Chương trình mục tiêu quốc gia, bảo đảm đúng đối tượng, công khai, minh bạch.
Kết luận hội nghị, ông Lê Văn Bình giao Văn phòng Hội CCB tỉnh theo dõi đôn đốc các huyện hoàn thành chỉ tiêu kết nạp 400 hội viên mới trong năm 2023.
Ngọc Diễm
Lượt xem: 204
Bài viết liên quan
- Hội CCB tỉnh giao ban quý I/2023 (05/04/2023)
- Đăk Glei: CCB giúp nhau trồng sâm Ngọc Linh (18/03/2023)
- Sa Thầy: ra mắt tổ CCB tuần tra bảo vệ rừng (02/03/2023)
""", "2023-07-14", "Cựu chiến binh phát huy vai trò nòng cốt ở các làng đồng bào dân tộc thiểu số",
E("so_ket", "2023-H1", "2023-07-13"),
[P("Y Thảo", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Văn Bình", "Chủ tịch Hội CCB tỉnh"),
 P("A Sang", "Chủ tịch Hội CCB huyện Tu Mơ Rông"),
 P("Y Khiếu", "Phó Chủ tịch Hội CCB xã Đăk Tơ Kan"),
 P("A Phương", "Chủ tịch Hội CCB xã Ngọk Réo")],
[Q("214 buổi tuyên truyền", 214, "buổi tuyên truyền"), Q("hơn 9.600 lượt người nghe", 9600, "lượt người nghe", "over"),
 Q("236 hội viên mới", 236, "hội viên mới"), Q("7.928 người", 7928, "người"), Q("93,4%", 93.4, "%"),
 Q("38 công trình", 38, "công trình"), Q("5 công trình", 5, "công trình"), Q("1.150 ngày công", 1150, "ngày công"),
 Q("6.200 m2", 6200, "m2"), Q("7 mô hình", 7, "mô hình"), Q("186 hộ", 186, "hộ"), Q("24 ha", 24, "ha"),
 Q("12 hộ", 12, "hộ"), Q("3 vụ việc", 3, "vụ việc"), Q("400 hội viên mới", 400, "hội viên mới")],
[D("Chỉ thị", "27", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 27, 28-CT/TU"),
 D("Chỉ thị", "28", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 27, 28-CT/TU"),
 D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021"),
 D("Kế hoạch", "25", "KH/CCB", None, "Ban Thường vụ Hội CCB tỉnh", "Kế hoạch số 25-KH/CCB")],
[prov("Kon Tum"), com("Đăk Tơ Kan"), com("Ngọk Réo")],
["Báo Kon Tum điện tử", "Trang chủ - Chính trị - Mặt trận, đoàn thể", "Đồng chí Y Thảo phát biểu tại hội nghị.",
 "CCB giúp nhau giảm nghèo", "Chương trình mục tiêu quốc gia", "Lượt xem: 204"],
["Ngày đăng 14/07/2023 | 09:12", "6 tháng đầu năm", "6 tháng qua", "6 tháng cuối năm 2023", "năm 2023", "Lượt xem: 204"]))

PAGES.append(page("b9523-bentre-ccb-chandung-2023", """
BÁO ĐỒNG KHỞI ONLINE
Xã hội | Gương sáng quanh ta
Thứ Sáu, 24/11/2023 - 05:50
Ảnh: Ông Huỳnh Văn Tám bên vườn bưởi của gia đình.
Người cựu chiến binh "giữ lửa" nghĩa tình ở xã cù lao
Ở tuổi 74, ông Huỳnh Văn Tám, Chủ tịch Hội Cựu chiến binh xã Vĩnh Bình (huyện Chợ Lách, tỉnh Bến Tre), vẫn ngày ngày đạp xe đến từng nhà hội viên. Với bà con trong xã, ông không chỉ là người lính năm xưa từng tham gia Chiến dịch Hồ Chí Minh mà còn là "người giữ quỹ" đáng tin cậy của cả chi hội.
Trở về địa phương năm 1979, ông Tám cùng vợ là bà Nguyễn Thị Út Lành khai hoang, cải tạo vườn tạp thành vườn bưởi da xanh. Hiện gia đình ông có 1,2 ha vườn, mỗi năm thu lãi khoảng 350 triệu đồng. Ông còn ươm và tặng 2.000 cây giống bưởi da xanh cho hội viên khó khăn, hướng dẫn kỹ thuật ghép, chăm sóc cây.
Năm 2015, ông đứng ra thành lập tổ "CCB giúp nhau làm kinh tế" với số vốn ban đầu 60 triệu đồng do các thành viên góp. Đến nay, nguồn vốn quay vòng của tổ đã lên 150 triệu đồng, giúp 27 lượt hội viên vay không lãi để mua cây giống, phân bón. Nhờ đó, 9 hộ hội viên đã thoát nghèo, nhiều hộ vươn lên khá giả.
Không chỉ lo kinh tế, ông Tám còn vận động gia đình hiến 420 m2 đất để mở rộng con đường dẫn vào ấp Vĩnh Hưng, đồng thời cùng hội viên góp 1.800 ngày công làm đường, bắc 3 cây cầu bê tông. Ông Lê Văn Hiếu, Bí thư Đảng ủy xã Vĩnh Bình, nhận xét: "Ở đâu có việc khó là có anh em cựu chiến binh, mà người đi đầu luôn là anh Tám".
Phó Chủ tịch Hội CCB tỉnh Bến Tre Trần Văn Đức cho biết ông Huỳnh Văn Tám là một trong những gương điển hình tiêu biểu của phong trào "Cựu chiến binh gương mẫu" giai đoạn 2019 - 2024. Ông đã được UBND tỉnh tặng Bằng khen theo Quyết định số 1283/QĐ-UBND ngày 7/6/2022 và được Trung ương Hội CCB Việt Nam tặng Kỷ niệm chương "Vì sự nghiệp Cựu chiến binh Việt Nam".
Những năm gần đây, khi hạn mặn ảnh hưởng nặng đến vườn cây ăn trái ở Chợ Lách, ông là người đầu tiên trong ấp đào ao trữ nước ngọt, lắp đặt hệ thống tưới nhỏ giọt. Thấy hiệu quả, nhiều hộ hội viên đến học hỏi, ông sẵn sàng chỉ dẫn, có khi còn cho mượn máy bơm. Trong các buổi sinh hoạt chi hội, ông thường kể chuyện chiến đấu cho lớp trẻ nghe, nhắc con cháu giữ gìn truyền thống quê hương.
Hỏi về dự định sắp tới, ông Tám cười hiền: "Còn sức thì còn làm. Tôi chỉ mong anh em hội viên ai cũng có cái nhà vững, con cháu được học hành đàng hoàng".
Câu chuyện của ông như một minh chứng cho phẩm chất "Bộ đội Cụ Hồ" trên mặt trận mới - mặt trận xây dựng quê hương giàu đẹp. Những ngày cuối năm, ông lại cùng chi hội chuẩn bị danh sách hội viên neo đơn để thăm hỏi, động viên dịp Tết sắp tới.
Thanh Đồng
Lượt xem: 412
Tin khác
- Mỏ Cày Nam: tuyên dương 45 gương CCB tiêu biểu (20/11/2023)
- Hội CCB tỉnh trao 10 nhà "Nghĩa tình đồng đội" (10/11/2023)
- Giồng Trôm: CCB hiến đất làm đường (02/11/2023)
""", "2023-11-24", "Người cựu chiến binh \"giữ lửa\" nghĩa tình ở xã cù lao",
E("khac", None, None),
[P("Huỳnh Văn Tám", "Chủ tịch Hội Cựu chiến binh xã Vĩnh Bình"),
 P("Nguyễn Thị Út Lành"),
 P("Lê Văn Hiếu", "Bí thư Đảng ủy xã Vĩnh Bình"),
 P("Trần Văn Đức", "Phó Chủ tịch Hội CCB tỉnh Bến Tre")],
[Q("1,2 ha", 1.2, "ha"), Q("khoảng 350 triệu đồng", 350000000, "đồng", "approx"),
 Q("2.000 cây giống bưởi da xanh", 2000, "cây giống bưởi da xanh"), Q("60 triệu đồng", 60000000, "đồng"),
 Q("150 triệu đồng", 150000000, "đồng"), Q("27 lượt hội viên", 27, "lượt hội viên"), Q("9 hộ hội viên", 9, "hộ hội viên"),
 Q("420 m2", 420, "m2"), Q("1.800 ngày công", 1800, "ngày công"), Q("3 cây cầu bê tông", 3, "cây cầu bê tông")],
[D("Quyết định", "1283", "QĐ-UBND", "2022-06-07", "UBND tỉnh", "Quyết định số 1283/QĐ-UBND ngày 7/6/2022")],
[prov("Bến Tre"), com("Vĩnh Bình")],
["BÁO ĐỒNG KHỞI ONLINE", "Xã hội | Gương sáng quanh ta", "Ảnh: Ông Huỳnh Văn Tám bên vườn bưởi của gia đình.",
 "Chiến dịch Hồ Chí Minh", "CCB giúp nhau làm kinh tế", "Cựu chiến binh gương mẫu",
 "Vì sự nghiệp Cựu chiến binh Việt Nam", "Bộ đội Cụ Hồ", "Lượt xem: 412"],
["Thứ Sáu, 24/11/2023 - 05:50", "tuổi 74", "năm 1979", "Năm 2015", "giai đoạn 2019 - 2024", "Lượt xem: 412"]))

PAGES.append(page("b9524-thanhhoa-nct-giamsat-2024", """
BÁO THANH HÓA
Thời sự » Mặt trận - Đoàn thể
Thứ Ba, 08/10/2024 - 14:22
Giám sát thực hiện chính sách trợ giúp xã hội đối với người cao tuổi tại huyện Quan Hóa
Ngày 7/10, đoàn giám sát của Ban Thường trực Ủy ban MTTQ tỉnh phối hợp với Hội Người cao tuổi tỉnh Thanh Hóa do ông Lê Văn Hoàn, Phó Chủ tịch Ủy ban MTTQ tỉnh làm trưởng đoàn, đã giám sát việc thực hiện chính sách trợ giúp xã hội đối với người cao tuổi tại huyện Quan Hóa.
Đoàn giám sát làm việc tại thị trấn Hồi Xuân.
Cuộc giám sát được tiến hành theo Kế hoạch số 215/KH-MTTQ-BTT ngày 2/2/2024 của Ban Thường trực Ủy ban MTTQ tỉnh về chương trình giám sát năm 2024. Báo cáo của UBND huyện cho thấy, toàn huyện có 3.684 người cao tuổi, phần lớn là đồng bào Thái, Mường; trong đó 1.127 cụ đang hưởng trợ cấp xã hội hằng tháng. Từ ngày 1/7/2024, huyện đã điều chỉnh mức chuẩn trợ giúp xã hội lên 500.000 đồng/tháng theo Nghị định số 76/2024/NĐ-CP ngày 1/7/2024 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 20/2021/NĐ-CP. Tổng kinh phí chi trả 9 tháng năm 2024 là trên 6,7 tỷ đồng, 100% được chi trả qua bưu điện hoặc tài khoản.
Ông Hà Văn Ún, Phó Chủ tịch UBND huyện Quan Hóa, cho biết huyện đã triển khai Quyết định số 1579/QĐ-TTg ngày 21/9/2021 của Thủ tướng Chính phủ phê duyệt Chương trình hành động quốc gia về người cao tuổi giai đoạn 2021 - 2030; 98% người cao tuổi được cấp thẻ bảo hiểm y tế, 2.310 cụ được khám sức khỏe định kỳ.
Làm việc tại xã Phú Nghiêm và xã Nam Xuân, đoàn giám sát đã trực tiếp gặp gỡ 42 người cao tuổi. Bà Lò Thị Xoan, Chủ tịch Hội NCT xã Nam Xuân, phản ánh một số cụ ở bản xa phải đi hàng chục cây số đến điểm nhận trợ cấp; có 18 trường hợp chi trả chậm trong tháng 7 do điều chỉnh mức mới. Ông Phạm Bá Tuấn, Trưởng phòng Lao động - Thương binh và Xã hội huyện, giải trình nguyên nhân và cho biết đến nay đã chi trả đầy đủ.
Kết luận buổi giám sát, ông Lê Văn Hoàn đánh giá huyện Quan Hóa đã thực hiện cơ bản đúng, đủ chính sách trợ giúp xã hội đối với người cao tuổi. Đoàn đề nghị huyện tổ chức chi trả lưu động tại bản đối với các cụ từ 80 tuổi trở lên và người khuyết tật; rà soát, bổ sung kịp thời các trường hợp mới đủ điều kiện. Ông Trịnh Văn Quang, Phó Chủ tịch Hội NCT tỉnh, đề nghị UBND huyện hỗ trợ kinh phí hoạt động cho 15 hội cơ sở.
Kết quả giám sát sẽ được tổng hợp, báo cáo Ban Thường trực Ủy ban MTTQ tỉnh và kiến nghị UBND tỉnh xem xét trong quý IV/2024.
Minh Hằng
Lượt xem: 367
Tin liên quan
- Hội NCT tỉnh phát động Tháng hành động vì người cao tuổi năm 2024 (01/10/2024)
- Mường Lát: trao 200 suất quà cho người cao tuổi khó khăn (20/09/2024)
- MTTQ tỉnh giám sát thực hiện chính sách bảo hiểm y tế tại Bá Thước (12/09/2024)
""", "2024-10-08", "Giám sát thực hiện chính sách trợ giúp xã hội đối với người cao tuổi tại huyện Quan Hóa",
E("giam_sat", "2024", "2024-10-07"),
[P("Lê Văn Hoàn", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Hà Văn Ún", "Phó Chủ tịch UBND huyện Quan Hóa"),
 P("Lò Thị Xoan", "Chủ tịch Hội NCT xã Nam Xuân"),
 P("Phạm Bá Tuấn", "Trưởng phòng Lao động - Thương binh và Xã hội huyện"),
 P("Trịnh Văn Quang", "Phó Chủ tịch Hội NCT tỉnh")],
[Q("3.684 người cao tuổi", 3684, "người cao tuổi"), Q("1.127 cụ", 1127, "cụ"), Q("500.000 đồng", 500000, "đồng"),
 Q("trên 6,7 tỷ đồng", 6700000000, "đồng", "over"), Q("100%", 100, "%"), Q("98%", 98, "%"), Q("2.310 cụ", 2310, "cụ"),
 Q("42 người cao tuổi", 42, "người cao tuổi"), Q("18 trường hợp", 18, "trường hợp"), Q("15 hội cơ sở", 15, "hội cơ sở")],
[D("Kế hoạch", "215", "KH-MTTQ-BTT", "2024-02-02", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 215/KH-MTTQ-BTT ngày 2/2/2024"),
 D("Nghị định", "76", "2024/NĐ-CP", "2024-07-01", "Chính phủ", "Nghị định số 76/2024/NĐ-CP ngày 1/7/2024"),
 D("Nghị định", "20", "2021/NĐ-CP", None, None, "Nghị định số 20/2021/NĐ-CP"),
 D("Quyết định", "1579", "QĐ-TTg", "2021-09-21", "Thủ tướng Chính phủ", "Quyết định số 1579/QĐ-TTg ngày 21/9/2021")],
[prov("Thanh Hóa"), com("Phú Nghiêm"), com("Nam Xuân")],
["BÁO THANH HÓA", "Thời sự » Mặt trận - Đoàn thể", "Đoàn giám sát làm việc tại thị trấn Hồi Xuân.",
 "Chương trình hành động quốc gia về người cao tuổi giai đoạn 2021 - 2030", "Lượt xem: 367"],
["Thứ Ba, 08/10/2024 - 14:22", "năm 2024", "9 tháng năm 2024", "hàng chục cây số", "tháng 7", "từ 80 tuổi trở lên",
 "quý IV/2024", "giai đoạn 2021 - 2030", "Lượt xem: 367"]))

PAGES.append(page("b9525-binhphuoc-nct-traoqua-2024", """
Báo Bình Phước điện tử
Trang chủ / Xã hội / An sinh
05/02/2024 | 17:10
Hội Người cao tuổi tỉnh thăm, chúc Tết người cao tuổi đồng bào S'tiêng
BPO - Ngày 3/2, đoàn công tác Hội Người cao tuổi tỉnh Bình Phước do ông Nguyễn Văn Lợi, Chủ tịch Hội NCT tỉnh làm trưởng đoàn đã đến thăm, chúc Tết và trao 600 phần quà Tết cho người cao tuổi có hoàn cảnh khó khăn tại huyện Bù Gia Mập.
Ông Nguyễn Văn Lợi trao quà cho người cao tuổi xã Đắk Ơ.
Mỗi phần quà trị giá 500.000 đồng gồm tiền mặt và nhu yếu phẩm, tổng trị giá 300 triệu đồng, do Hội NCT tỉnh phối hợp với Công ty TNHH MTV Cao su Phú Riềng và các nhà hảo tâm vận động. Chương trình nằm trong Kế hoạch số 03/KH-HNCT ngày 8/1/2024 của Hội NCT tỉnh về chăm lo Tết Giáp Thìn cho người cao tuổi, với tổng số 2.400 phần quà trên toàn tỉnh.
Tại xã Đắk Ơ, đoàn đã trao 320 phần quà và thăm hỏi, chúc thọ 25 cụ từ 90 tuổi trở lên. Cụ bà Thị Mơ, 96 tuổi, người S'tiêng ở sóc Bù Lư, xúc động nói: "Năm nào Hội cũng lên thăm, già vui lắm". Ông Điểu Lới, Chủ tịch Hội NCT xã Đắk Ơ, cho biết toàn xã có 812 người cao tuổi, trong đó hơn 60% là đồng bào dân tộc thiểu số; chi hội ở các sóc duy trì sinh hoạt hằng tháng, vận động con cháu không nghe theo lời kẻ xấu, không bán đất, không tảo hôn.
Tại xã Bù Gia Mập, đoàn trao 280 phần quà. Bà Điểu Thị Nhiên, Phó Chủ tịch Hội NCT xã, thông tin: năm 2023, các cụ trong xã đã tham gia hòa giải thành 7 vụ việc, vận động 16 hộ hiến đất làm đường; Quỹ chăm sóc người cao tuổi của xã đạt 86 triệu đồng. Bà đề nghị Hội NCT tỉnh tiếp tục hỗ trợ xây dựng câu lạc bộ liên thế hệ tại sóc Bu Dốt.
Ông Lâm Văn Thành, Phó Chủ tịch UBND huyện Bù Gia Mập, cảm ơn sự quan tâm của Hội NCT tỉnh; cho biết huyện đã chi trả trợ cấp xã hội cho 1.460 người cao tuổi và dự kiến dành 1,2 tỷ đồng chăm lo Tết cho các đối tượng chính sách, hộ nghèo.
Phát biểu tại các buổi thăm, ông Nguyễn Văn Lợi chúc các cụ đón Tết vui vẻ, mạnh khỏe, tiếp tục là chỗ dựa tinh thần cho con cháu; đề nghị chính quyền địa phương quan tâm hơn nữa đến đời sống người cao tuổi vùng đồng bào, nhất là các cụ cô đơn, không nơi nương tựa.
Cùng ngày, đoàn đã đến thăm, tặng quà Hội NCT huyện Bù Gia Mập và động viên cán bộ Hội cơ sở. Không khí các buổi trao quà đầm ấm; nhiều cụ mặc trang phục truyền thống, mang theo rượu cần đón đoàn. Theo kế hoạch, từ nay đến ngày 8/2, các đoàn của Hội NCT tỉnh tiếp tục đến thăm, chúc Tết người cao tuổi ở các huyện Bù Đốp, Lộc Ninh và Hớn Quản, ưu tiên các cụ đồng bào dân tộc thiểu số sống ở vùng sâu, vùng biên giới.
Xuân Thủy
Lượt xem: 256
Tin liên quan
- Bù Đăng: trao 150 phần quà cho người cao tuổi (02/02/2024)
- Hội NCT tỉnh tổng kết công tác năm 2023 (15/01/2024)
- Người cao tuổi Lộc Ninh làm kinh tế giỏi (05/01/2024)
""", "2024-02-05", "Hội Người cao tuổi tỉnh thăm, chúc Tết người cao tuổi đồng bào S'tiêng",
E("trao_qua", None, "2024-02-03"),
[P("Nguyễn Văn Lợi", "Chủ tịch Hội NCT tỉnh"),
 P("Thị Mơ"),
 P("Điểu Lới", "Chủ tịch Hội NCT xã Đắk Ơ"),
 P("Điểu Thị Nhiên", "Phó Chủ tịch Hội NCT xã"),
 P("Lâm Văn Thành", "Phó Chủ tịch UBND huyện Bù Gia Mập")],
[Q("600 phần quà", 600, "phần quà"), Q("500.000 đồng", 500000, "đồng"), Q("300 triệu đồng", 300000000, "đồng"),
 Q("2.400 phần quà", 2400, "phần quà"), Q("320 phần quà", 320, "phần quà"), Q("25 cụ", 25, "cụ"),
 Q("812 người cao tuổi", 812, "người cao tuổi"), Q("hơn 60%", 60, "%", "over"), Q("280 phần quà", 280, "phần quà"),
 Q("7 vụ việc", 7, "vụ việc"), Q("16 hộ", 16, "hộ"), Q("86 triệu đồng", 86000000, "đồng"),
 Q("1.460 người cao tuổi", 1460, "người cao tuổi"), Q("1,2 tỷ đồng", 1200000000, "đồng")],
[D("Kế hoạch", "03", "KH-HNCT", "2024-01-08", "Hội NCT tỉnh", "Kế hoạch số 03/KH-HNCT ngày 8/1/2024")],
[prov("Bình Phước"), com("Đắk Ơ"), com("Bù Gia Mập")],
["Báo Bình Phước điện tử", "Trang chủ / Xã hội / An sinh", "BPO", "Ông Nguyễn Văn Lợi trao quà cho người cao tuổi xã Đắk Ơ.",
 "Công ty TNHH MTV Cao su Phú Riềng", "Lượt xem: 256"],
["05/02/2024 | 17:10", "Tết Giáp Thìn", "từ 90 tuổi trở lên", "96 tuổi", "năm 2023", "Lượt xem: 256"]))

PAGES.append(page("b9526-baclieu-ccb-tongket-2024", """
BÁO BẠC LIÊU
Chính trị › Mặt trận - Đoàn thể
08.01.2025 | 16:40
Hôm nay: Thứ Năm, 09/01/2025
Hội Cựu chiến binh tỉnh: nhiều dấu ấn trong phong trào thi đua
Ngày 7/1, Hội Cựu chiến binh tỉnh Bạc Liêu tổ chức hội nghị tổng kết công tác Hội và phong trào cựu chiến binh năm 2024, triển khai phương hướng, nhiệm vụ năm 2025. Dự hội nghị có đồng chí Lâm Thị Sa Rinh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy. Đại tá Trần Văn Kịp, Chủ tịch Hội CCB tỉnh chủ trì.
Đồng chí Lâm Thị Sa Rinh trao Bằng khen cho các tập thể.
Năm 2024, các cấp Hội đã thực hiện có hiệu quả Chương trình hành động số 32-CTr/TU của Tỉnh ủy về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; phối hợp thực hiện Quy chế phối hợp số 05-QCPH/CCB-CA giữa Hội CCB tỉnh và Công an tỉnh trong bảo đảm an ninh trật tự ở cơ sở. Toàn tỉnh kết nạp 1.024 hội viên mới, nâng tổng số lên 14.862 hội viên; 100% cơ sở Hội hoàn thành nhiệm vụ, trong đó 87,5% hoàn thành tốt và xuất sắc.
Phong trào "Cựu chiến binh gương mẫu" tiếp tục lan tỏa. Các cấp Hội vận động xây dựng, sửa chữa 86 căn nhà cho hội viên khó khăn với tổng kinh phí trên 4,3 tỷ đồng; quản lý 172 tổ tiết kiệm và vay vốn với dư nợ 412 tỷ đồng. Toàn tỉnh có 2.865 hộ hội viên sản xuất, kinh doanh giỏi; 18 doanh nghiệp, 26 hợp tác xã do CCB làm chủ, tạo việc làm cho 3.900 lao động. Tỷ lệ hộ nghèo trong hội viên còn 0,38%.
Tại hội nghị, ông Danh Sóc, Chủ tịch Hội CCB xã Vĩnh Hậu A (Hòa Bình), người Khmer, chia sẻ mô hình nuôi tôm kết hợp trồng lúa của 34 hội viên, mang lại lợi nhuận bình quân 180 triệu đồng/ha/năm. Bà Lý Chanh Đa, Phó Chủ tịch Hội CCB phường Nhà Mát, cho biết chi hội đã vận động hội viên tham gia 21 tổ tự quản về an ninh trật tự ở khóm.
Phát biểu chỉ đạo, đồng chí Lâm Thị Sa Rinh ghi nhận kết quả của Hội CCB tỉnh; đề nghị năm 2025, các cấp Hội tích cực tham gia công tác sắp xếp tổ chức bộ máy theo Nghị quyết số 18-NQ/TW của BCH Trung ương, giữ vững ổn định tư tưởng hội viên; thực hiện tốt Kế hoạch số 124-KH/CCB ngày 3/3/2024 của Ban Thường vụ Hội CCB tỉnh về chuẩn bị đại hội Hội CCB các cấp nhiệm kỳ 2027 - 2032.
Dịp này, Trung ương Hội CCB Việt Nam tặng Bằng khen cho 3 tập thể, 5 cá nhân; UBND tỉnh tặng Bằng khen cho 6 tập thể, 10 cá nhân; Hội CCB tỉnh tặng Giấy khen cho 40 tập thể, 72 cá nhân có thành tích xuất sắc trong công tác Hội năm 2024. Thượng tá Trịnh Hoàng Phong, Phó Chủ tịch Hội CCB tỉnh, công bố các quyết định khen thưởng.
Hữu Thọ
Lượt xem: 321
Các tin đã đưa
- Hội CCB tỉnh trao 20 nhà "Mái ấm đồng đội" (25/12/2024)
- Giá Rai: CCB tham gia giữ gìn an ninh nông thôn (18/12/2024)
- Kỷ niệm 35 năm Ngày thành lập Hội CCB Việt Nam (06/12/2024)
""", "2025-01-08", "Hội Cựu chiến binh tỉnh: nhiều dấu ấn trong phong trào thi đua",
E("tong_ket", "2024", "2025-01-07"),
[P("Lâm Thị Sa Rinh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Văn Kịp", "Đại tá", "Chủ tịch Hội CCB tỉnh"),
 P("Danh Sóc", "Chủ tịch Hội CCB xã Vĩnh Hậu A"),
 P("Lý Chanh Đa", "Phó Chủ tịch Hội CCB phường Nhà Mát"),
 P("Trịnh Hoàng Phong", "Thượng tá", "Phó Chủ tịch Hội CCB tỉnh")],
[Q("1.024 hội viên mới", 1024, "hội viên mới"), Q("14.862 hội viên", 14862, "hội viên"), Q("100%", 100, "%"),
 Q("87,5%", 87.5, "%"), Q("86 căn nhà", 86, "căn nhà"), Q("trên 4,3 tỷ đồng", 4300000000, "đồng", "over"),
 Q("172 tổ tiết kiệm và vay vốn", 172, "tổ tiết kiệm và vay vốn"), Q("412 tỷ đồng", 412000000000, "đồng"),
 Q("2.865 hộ hội viên sản xuất, kinh doanh giỏi", 2865, "hộ hội viên sản xuất, kinh doanh giỏi"),
 Q("18 doanh nghiệp", 18, "doanh nghiệp"), Q("26 hợp tác xã", 26, "hợp tác xã"), Q("3.900 lao động", 3900, "lao động"),
 Q("0,38%", 0.38, "%"), Q("34 hội viên", 34, "hội viên"), Q("180 triệu đồng", 180000000, "đồng"),
 Q("21 tổ tự quản về an ninh trật tự", 21, "tổ tự quản về an ninh trật tự"),
 Q("3 tập thể", 3, "tập thể"), Q("5 cá nhân", 5, "cá nhân"), Q("6 tập thể", 6, "tập thể"), Q("10 cá nhân", 10, "cá nhân"),
 Q("40 tập thể", 40, "tập thể"), Q("72 cá nhân", 72, "cá nhân")],
[D("Chương trình hành động", "32", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 32-CTr/TU"),
 D("Quy chế phối hợp", "05", "QCPH/CCB-CA", None, None, "Quy chế phối hợp số 05-QCPH/CCB-CA"),
 D("Nghị quyết", "18", "NQ/TW", None, "BCH Trung ương", "Nghị quyết số 18-NQ/TW của BCH Trung ương"),
 D("Kế hoạch", "124", "KH/CCB", "2024-03-03", "Ban Thường vụ Hội CCB tỉnh", "Kế hoạch số 124-KH/CCB ngày 3/3/2024")],
[prov("Bạc Liêu"), com("Vĩnh Hậu A"), com("Nhà Mát")],
["BÁO BẠC LIÊU", "Chính trị › Mặt trận - Đoàn thể", "Hôm nay: Thứ Năm, 09/01/2025",
 "Đồng chí Lâm Thị Sa Rinh trao Bằng khen cho các tập thể.", "Cựu chiến binh gương mẫu", "Lượt xem: 321"],
["08.01.2025 | 16:40", "Hôm nay: Thứ Năm, 09/01/2025", "năm 2024", "năm 2025", "nhiệm kỳ 2027 - 2032", "Lượt xem: 321"]))
