from lib import *
PAGES = []

PAGES.append(page("b8147-binhthuan-ubnd-hoinghi-2017", """
BÁO BÌNH THUẬN ĐIỆN TỬ
Trang chủ > Kinh tế > Nông nghiệp - Thủy sản
Thứ Sáu, 03/11/2017, 07:45
Khẩn trương khắc phục cảnh báo "thẻ vàng" của EC
Chiều 1/11, UBND tỉnh tổ chức hội nghị triển khai các giải pháp khắc phục cảnh báo của Ủy ban châu Âu (EC) đối với khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định (IUU). Hội nghị được kết nối trực tuyến đến 10 điểm cầu huyện, thị xã, thành phố với gần 600 đại biểu.
Toàn cảnh hội nghị tại điểm cầu tỉnh. Ảnh: N.Lân
Đồng chí Nguyễn Đức Hòa, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh chủ trì hội nghị. Theo Sở Nông nghiệp và Phát triển nông thôn, ngày 23/10/2017, EC đã chính thức rút "thẻ vàng" đối với thủy sản Việt Nam và đưa ra 9 nhóm khuyến nghị, trong đó có việc chấm dứt tình trạng tàu cá vi phạm vùng biển nước ngoài. Bình Thuận hiện có 8.937 tàu cá, trong đó 2.265 tàu có chiều dài từ 15 mét trở lên. Riêng 10 tháng năm 2017, tỉnh có 11 tàu cá với 96 ngư dân bị nước ngoài bắt giữ, chủ yếu ở vùng biển Malaysia và Indonesia.
Đồng chí Nguyễn Đức Hòa đề nghị các địa phương quán triệt Quyết định số 2760/QĐ-BNN-TCTS ngày 27/10/2017 của Bộ Nông nghiệp và Phát triển nông thôn và Công văn số 3791/UBND-KT của UBND tỉnh về triển khai các biện pháp cấp bách chống khai thác IUU. Trong tháng 11 phải hoàn thành rà soát, cập nhật dữ liệu tàu cá; 100% tàu cá xuất bến phải được kiểm tra giấy tờ, thuyền viên; tàu không đủ điều kiện kiên quyết không cho ra khơi.
Thảo luận tại hội nghị, ông Thông Văn Hiếu, Chủ tịch UBND xã Phước Thể, cho biết xã có đông đồng bào Chăm làm nghề biển, cán bộ xã đã phối hợp với chức sắc Chăm Bà-ni tuyên truyền bằng tiếng Chăm để bà con dễ hiểu. Ông Lê Văn Hùng, Giám đốc Ban quản lý cảng cá Phan Thiết, kiến nghị đầu tư hệ thống camera, trạm kiểm soát tại cửa cảng. Bà Nguyễn Thị Kim Xuyến, Chủ tịch Hội Liên hiệp Phụ nữ thị trấn Liên Hương, cho biết hội đã vận động 350 chị em có chồng, con đi biển ký cam kết nhắc nhở người thân không vượt ranh giới.
Đại tá Trần Quang Vinh, Phó Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh cho biết, trong năm lực lượng biên phòng đã kiểm tra 12.460 lượt tàu cá xuất, nhập bến, phát hiện và xử lý 37 trường hợp vi phạm với tổng số tiền phạt 412 triệu đồng.
Kết luận hội nghị, đồng chí Nguyễn Đức Hòa yêu cầu các địa phương ven biển, nhất là phường Đức Thắng và xã Tam Thanh trên đảo Phú Quý, thành lập tổ công tác liên ngành; xử lý nghiêm chủ tàu để tàu vi phạm, không để xảy ra tình trạng tàu cá của tỉnh bị bắt giữ trong đợt EC kiểm tra lần thứ hai.
Ngọc Lân
Tin liên quan
- Phú Quý: ngư dân ký cam kết không vi phạm vùng biển nước ngoài (27/10/2017)
- Tuy Phong: 5 tàu cá được trả về (16/10/2017)
- Tăng cường quản lý tàu cá tại cảng Phan Thiết (02/10/2017)
""", "2017-11-03", "Khẩn trương khắc phục cảnh báo \"thẻ vàng\" của EC",
E("hoi_nghi", None, "2017-11-01"),
[P("Nguyễn Đức Hòa", "Tỉnh ủy viên", "Phó Chủ tịch UBND tỉnh"),
 P("Thông Văn Hiếu", "Chủ tịch UBND xã Phước Thể"),
 P("Lê Văn Hùng", "Giám đốc Ban quản lý cảng cá Phan Thiết"),
 P("Nguyễn Thị Kim Xuyến", "Chủ tịch Hội Liên hiệp Phụ nữ thị trấn Liên Hương"),
 P("Trần Quang Vinh", "Đại tá", "Phó Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh")],
[Q("10 điểm cầu huyện, thị xã, thành phố", 10, "điểm cầu huyện, thị xã, thành phố"), Q("gần 600 đại biểu", 600, "đại biểu", "approx"),
 Q("9 nhóm khuyến nghị", 9, "nhóm khuyến nghị"), Q("8.937 tàu cá", 8937, "tàu cá"), Q("2.265 tàu", 2265, "tàu"),
 Q("15 mét", 15, "mét", "over"), Q("11 tàu cá", 11, "tàu cá"), Q("96 ngư dân", 96, "ngư dân"), Q("100%", 100, "%"),
 Q("350 chị em", 350, "chị em"), Q("12.460 lượt tàu cá", 12460, "lượt tàu cá"), Q("37 trường hợp", 37, "trường hợp"),
 Q("412 triệu đồng", 412000000, "đồng")],
[D("Quyết định", "2760", "QĐ-BNN-TCTS", "2017-10-27", "Bộ Nông nghiệp và Phát triển nông thôn", "Quyết định số 2760/QĐ-BNN-TCTS ngày 27/10/2017"),
 D("Công văn", "3791", "UBND-KT", None, "UBND tỉnh", "Công văn số 3791/UBND-KT")],
[prov("Bình Thuận"), com("Phước Thể"), com("Liên Hương"), com("Đức Thắng"), com("Tam Thanh")],
["BÁO BÌNH THUẬN ĐIỆN TỬ", "Trang chủ > Kinh tế > Nông nghiệp - Thủy sản", "Toàn cảnh hội nghị tại điểm cầu tỉnh. Ảnh: N.Lân",
 "Ủy ban châu Âu (EC)", "thẻ vàng", "Malaysia", "Indonesia", "Chăm Bà-ni"],
["Thứ Sáu, 03/11/2017, 07:45", "23/10/2017", "10 tháng năm 2017", "tháng 11", "lần thứ hai"]))

PAGES.append(page("b8148-khanhhoa-hdnd-giamsat-2018", """
BÁO KHÁNH HÒA ĐIỆN TỬ
Thời sự › Chính trị
Thứ Sáu, 24/8/2018 | 16:22
Ảnh: Đoàn giám sát làm việc tại cảng cá Cam Linh.
Giám sát việc thực hiện các quy định chống khai thác IUU tại Cam Ranh
Ngày 23/8, Đoàn giám sát của HĐND tỉnh do bà Lê Thị Ngọc Hân, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch HĐND tỉnh làm trưởng đoàn đã làm việc với UBND thành phố Cam Ranh về việc thực hiện các quy định chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định (IUU). Đây là nội dung trong chương trình giám sát của HĐND tỉnh Khánh Hòa chuyên đề năm 2018 theo Nghị quyết số 52/NQ-HĐND của HĐND tỉnh.
Theo báo cáo của UBND thành phố, Cam Ranh có 1.248 tàu cá, trong đó 312 tàu có chiều dài từ 15 mét trở lên; đến nay đã có 198 tàu lắp đặt thiết bị giám sát hành trình, đạt 63,5%. Thực hiện Kế hoạch số 9415/KH-UBND ngày 8/12/2017 của UBND tỉnh, thành phố đã tổ chức 21 lớp tuyên truyền Luật Thủy sản năm 2017 cho khoảng 2.100 ngư dân; cấp phát 3.500 cuốn sổ tay pháp luật về biển. Từ đầu năm đến nay, lực lượng chức năng đã xử phạt 14 trường hợp vi phạm quy định về khai thác thủy sản với số tiền 186 triệu đồng; không có tàu cá nào của thành phố bị nước ngoài bắt giữ.
Tuy nhiên, tỷ lệ ghi, nộp nhật ký khai thác mới đạt khoảng 40%; việc truy xuất nguồn gốc thủy sản tại cảng cá còn lúng túng; 26 tàu cá chưa đăng ký, chưa đánh dấu theo quy định.
Làm việc với đoàn, ông Phạm Văn Tài, ĐUV, Phó Chủ tịch UBND phường Cam Linh, cho biết phường phối hợp với Đồn Biên phòng Cam Linh lập hồ sơ theo dõi từng tàu, mỗi tàu gắn với một cán bộ phụ trách. Ông Lê Hữu Lộc, Chủ tịch UBND xã Cam Bình, đề nghị tỉnh hỗ trợ kinh phí lắp thiết bị cho tàu của ngư dân nghèo, vì mỗi thiết bị có giá từ 25 đến 30 triệu đồng, vượt quá khả năng của nhiều hộ.
Thành viên đoàn giám sát, ông Huỳnh Văn Thông, Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh, đề nghị thành phố làm rõ trách nhiệm của người đứng đầu khi để tàu cá hoạt động không có giấy phép.
Kết luận buổi giám sát, bà Lê Thị Ngọc Hân ghi nhận những kết quả thành phố đạt được, đồng thời đề nghị Cam Ranh tập trung hoàn thành việc lắp thiết bị giám sát hành trình trước ngày 31/12/2018; phấn đấu 100% tàu cá cập cảng được kiểm soát sản lượng; phối hợp với Mặt trận và đoàn thể vận động ngư dân không khai thác trái phép ở vùng biển nước ngoài. Kết quả giám sát sẽ được báo cáo tại kỳ họp cuối năm 2018 của HĐND tỉnh.
Phong Lan
Tin cùng chuyên mục
- HĐND tỉnh giám sát công tác giảm nghèo tại Khánh Sơn (17/8/2018)
- Vạn Ninh: tuyên truyền chống khai thác IUU cho 500 ngư dân (09/8/2018)
- Nha Trang: tổ chức ra quân kiểm tra tàu cá (30/7/2018)
""", "2018-08-24", "Giám sát việc thực hiện các quy định chống khai thác IUU tại Cam Ranh",
E("giam_sat", "2018", "2018-08-23"),
[P("Lê Thị Ngọc Hân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch HĐND tỉnh"),
 P("Phạm Văn Tài", "ĐUV", "Phó Chủ tịch UBND phường Cam Linh"),
 P("Lê Hữu Lộc", "Chủ tịch UBND xã Cam Bình"),
 P("Huỳnh Văn Thông", "Thành viên đoàn giám sát", "Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh")],
[Q("1.248 tàu cá", 1248, "tàu cá"), Q("312 tàu", 312, "tàu"), Q("15 mét", 15, "mét", "over"), Q("198 tàu", 198, "tàu"),
 Q("63,5%", 63.5, "%"), Q("21 lớp tuyên truyền", 21, "lớp tuyên truyền"), Q("khoảng 2.100 ngư dân", 2100, "ngư dân", "approx"),
 Q("3.500 cuốn sổ tay pháp luật về biển", 3500, "cuốn sổ tay pháp luật về biển"), Q("14 trường hợp", 14, "trường hợp"),
 Q("186 triệu đồng", 186000000, "đồng"), Q("khoảng 40%", 40, "%", "approx"), Q("26 tàu cá", 26, "tàu cá"),
 Q("từ 25 đến 30 triệu đồng", 25000000, "đồng", "approx"), Q("100%", 100, "%")],
[D("Nghị quyết", "52", "NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 52/NQ-HĐND"),
 D("Kế hoạch", "9415", "KH-UBND", "2017-12-08", "UBND tỉnh", "Kế hoạch số 9415/KH-UBND ngày 8/12/2017")],
[prov("Khánh Hòa"), com("Cam Linh"), com("Cam Bình")],
["BÁO KHÁNH HÒA ĐIỆN TỬ", "Thời sự › Chính trị", "Ảnh: Đoàn giám sát làm việc tại cảng cá Cam Linh.", "Luật Thủy sản năm 2017"],
["Thứ Sáu, 24/8/2018 | 16:22", "năm 2018", "31/12/2018", "cuối năm 2018"]))

PAGES.append(page("b8149-tiengiang-hnd-taphuan-2019", """
HỘI NÔNG DÂN TỈNH TIỀN GIANG
Trang chủ / Hoạt động hội / Tin cơ sở
2019-06-14 10:20
Trang bị kiến thức pháp luật thủy sản cho hội viên nông dân làm nghề biển
Trong 2 ngày 12 - 13/6/2019, tại huyện Gò Công Đông, Hội Nông dân tỉnh phối hợp với Chi cục Thủy sản tổ chức 2 lớp tập huấn năm 2019 về Luật Thủy sản và các quy định chống khai thác bất hợp pháp, không báo cáo và không theo quy định (IUU) cho 160 hội viên nông dân là chủ tàu, thuyền trưởng, thuyền viên.
Quang cảnh lớp tập huấn tại thị trấn Vàm Láng. Ảnh: Kim Ngân
Đến dự khai mạc có đồng chí Võ Văn Phước, Ủy viên Ban Thường vụ, Trưởng ban Kinh tế - Xã hội Hội Nông dân tỉnh và đồng chí Trần Thị Mỹ Dung, UVBCH Hội Nông dân tỉnh, Chủ tịch Hội Nông dân huyện Gò Công Đông.
Tại lớp tập huấn, các học viên được cán bộ Chi cục Thủy sản phổ biến Nghị định số 39, 40/2019/NĐ-CP của Chính phủ quy định chi tiết một số điều của Luật Thủy sản và quy định xử phạt vi phạm hành chính trong lĩnh vực thủy sản, trong đó mức phạt cao nhất đối với cá nhân lên tới 1 tỷ đồng, tổ chức lên tới 2 tỷ đồng; tàu cá khai thác trái phép ở vùng biển nước ngoài có thể bị tước giấy phép, tịch thu tàu. Học viên cũng được hướng dẫn cách ghi nhật ký khai thác, khai báo khi tàu cập cảng và Quyết định số 86/QĐ-TTg ngày 16/1/2018 của Thủ tướng Chính phủ phê duyệt Kế hoạch hành động chống khai thác IUU.
Tiền Giang hiện có 1.327 tàu cá, trong đó 482 tàu khai thác xa bờ; khoảng 8.000 lao động làm nghề biển. Năm 2018, tỉnh không có tàu cá vi phạm vùng biển nước ngoài bị bắt giữ, nhưng vẫn còn 17 tàu chưa lắp thiết bị giám sát hành trình.
Ông Nguyễn Văn Bé Năm, chủ tàu TG 91234 TS, ấp Cầu Muống, xã Tân Thành, chia sẻ: "Lâu nay tôi chỉ biết đi biển theo kinh nghiệm, nay mới hiểu vi phạm ở vùng biển nước ngoài không chỉ bị phạt, mà còn làm ảnh hưởng đến con cá xuất khẩu của cả nước". Cùng lớp, ông Huỳnh Văn Lượm, Chi hội trưởng Chi hội Nông dân nghề cá ấp Pho Lũy, xã Vàm Láng, đề nghị được tập huấn thêm về cứu hộ, sơ cấp cứu trên biển.
Đồng chí Võ Văn Phước cho biết, thực hiện Kế hoạch số 95-KH/HND ngày 4/3/2019 của Ban Thường vụ Hội Nông dân tỉnh, năm 2019 các cấp hội sẽ tổ chức thêm 6 lớp cho khoảng 500 hội viên ở các huyện Gò Công Đông, Tân Phú Đông; vận động mỗi chi hội nghề cá đăng ký ít nhất 1 tổ hợp tác khai thác hải sản, đồng thời hỗ trợ vốn từ Quỹ Hỗ trợ nông dân cho 20 hộ mua sắm ngư lưới cụ, tổng số tiền 600 triệu đồng.
Kim Ngân
Tin khác
- Tân Phú Đông: ra mắt tổ hợp tác khai thác thủy sản xã Phú Tân (05/6/2019)
- Hội Nông dân tỉnh sơ kết 5 năm thực hiện Nghị quyết 26 (28/5/2019)
- Trao 50 áo phao cho hội viên nông dân nghề biển (15/5/2019)
""", "2019-06-14", "Trang bị kiến thức pháp luật thủy sản cho hội viên nông dân làm nghề biển",
E("tap_huan", "2019", "2019-06-12"),
[P("Võ Văn Phước", "Ủy viên Ban Thường vụ", "Trưởng ban Kinh tế - Xã hội Hội Nông dân tỉnh"),
 P("Trần Thị Mỹ Dung", "UVBCH Hội Nông dân tỉnh", "Chủ tịch Hội Nông dân huyện Gò Công Đông"),
 P("Nguyễn Văn Bé Năm", "chủ tàu TG 91234 TS"),
 P("Huỳnh Văn Lượm", "Chi hội trưởng Chi hội Nông dân nghề cá ấp Pho Lũy")],
[Q("2 lớp tập huấn", 2, "lớp tập huấn"), Q("160 hội viên nông dân", 160, "hội viên nông dân"), Q("1 tỷ đồng", 1000000000, "đồng"),
 Q("2 tỷ đồng", 2000000000, "đồng"), Q("1.327 tàu cá", 1327, "tàu cá"), Q("482 tàu", 482, "tàu"),
 Q("khoảng 8.000 lao động", 8000, "lao động", "approx"), Q("17 tàu", 17, "tàu"), Q("6 lớp", 6, "lớp"),
 Q("khoảng 500 hội viên", 500, "hội viên", "approx"), Q("20 hộ", 20, "hộ"), Q("600 triệu đồng", 600000000, "đồng")],
[D("Nghị định", "39", "2019/NĐ-CP", None, "Chính phủ", "Nghị định số 39, 40/2019/NĐ-CP"),
 D("Nghị định", "40", "2019/NĐ-CP", None, "Chính phủ", "Nghị định số 39, 40/2019/NĐ-CP"),
 D("Quyết định", "86", "QĐ-TTg", "2018-01-16", "Thủ tướng Chính phủ", "Quyết định số 86/QĐ-TTg ngày 16/1/2018"),
 D("Kế hoạch", "95", "KH/HND", "2019-03-04", "Ban Thường vụ Hội Nông dân tỉnh", "Kế hoạch số 95-KH/HND ngày 4/3/2019")],
[prov("Tiền Giang"), com("Vàm Láng"), com("Tân Thành")],
["HỘI NÔNG DÂN TỈNH TIỀN GIANG", "Trang chủ / Hoạt động hội / Tin cơ sở", "Quang cảnh lớp tập huấn tại thị trấn Vàm Láng. Ảnh: Kim Ngân",
 "Luật Thủy sản", "Quỹ Hỗ trợ nông dân"],
["2019-06-14 10:20", "2 ngày", "năm 2019", "Năm 2018", "TG 91234 TS", "1 tổ hợp tác"]))

PAGES.append(page("b8150-bentre-bcd-giaoban-2019", """
Cổng thông tin điện tử tỉnh Bến Tre
You are here: Home > Tin tức - Sự kiện > Kinh tế
Ngày 06/09/2019 | 07:30
Giao ban Ban Chỉ đạo chống khai thác IUU tháng 8: còn 31 tàu cá mất kết nối
Sáng 5/9, Ban Chỉ đạo chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định (IUU) tỉnh Bến Tre họp giao ban đánh giá kết quả thực hiện tháng 8/2019. Ông Nguyễn Văn Đức, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo chủ trì cuộc họp.
Báo cáo cho thấy, toàn tỉnh hiện có 3.586 tàu cá, trong đó 1.140 tàu có chiều dài từ 15 mét trở lên thuộc diện phải lắp thiết bị giám sát hành trình; đến cuối tháng 8 đã lắp được 1.052 tàu, đạt 92,3%. Trong tháng, hệ thống giám sát ghi nhận 31 tàu cá mất kết nối quá thời gian quy định, 4 tàu vượt ranh giới cho phép khai thác trên biển. Lực lượng chức năng đã xác minh, xử phạt 3 chủ tàu tổng số tiền 750 triệu đồng; chuyển 1 hồ sơ sang cơ quan điều tra.
Các ông Phan Văn Mến, Lê Văn Bé Tư - Phó Chủ tịch UBND huyện Bình Đại và Ba Tri cho biết hai huyện đã ký cam kết với 100% chủ tàu khai thác xa bờ; tổ chức 54 cuộc tuyên truyền lưu động tại các bến cá. Ông Trần Văn Chín, Chủ tịch UBND xã Thạnh Phong, cho biết xã đã lập "Tổ nhân dân tự quản bến cá" gồm 15 thành viên, thường xuyên nắm tình hình tàu xuất, nhập bến.
Đại diện Bộ đội Biên phòng tỉnh cho biết từ đầu năm đến nay tỉnh có 2 tàu cá với 19 ngư dân bị bắt giữ tại vùng biển Indonesia, đều thuộc địa bàn xã Bình Thắng và thị trấn Bình Đại. Các tàu này đều đã được cấp phép khai thác xa bờ, có thiết bị giám sát hành trình nhưng bị tắt nguồn khi ra khỏi vùng biển Việt Nam. Qua điều tra, có dấu hiệu môi giới đưa tàu đi khai thác trái phép ở vùng biển nước ngoài, thu lợi khoảng 300 triệu đồng mỗi chuyến.
Phát biểu chỉ đạo, ông Nguyễn Văn Đức yêu cầu các địa phương thực hiện nghiêm Chỉ thị số 09-CT/TU ngày 12/3/2019 của Tỉnh ủy và Kế hoạch số 4219/KH-UBND của UBND tỉnh; mỗi tàu mất kết nối phải được liên lạc, xác minh trong 6 giờ; đưa vào danh sách theo dõi đặc biệt các tàu có nguy cơ cao; xử lý nghiêm đường dây môi giới. Trong tháng 9 phải hoàn thành lắp thiết bị cho 88 tàu còn lại. Ông cũng đề nghị Ủy ban MTTQ Việt Nam tỉnh, Hội Nông dân tỉnh và Hội Liên hiệp Phụ nữ tỉnh phát động phong trào "Gia đình ngư dân không vi phạm IUU" tại các xã ven biển, trước hết ở xã An Thủy.
Quốc Hùng
Lượt xem: 2.118
Tin liên quan
- Ba Tri: tuyên truyền chống khai thác IUU cho 300 ngư dân (29/08/2019)
- Bến Tre đón đoàn kiểm tra của Bộ Nông nghiệp và Phát triển nông thôn (15/08/2019)
- Giao ban Ban Chỉ đạo chống khai thác IUU tháng 7 (07/08/2019)
- Ngư dân Bình Đại được hỗ trợ lắp thiết bị giám sát hành trình (25/07/2019)
""", "2019-09-06", "Giao ban Ban Chỉ đạo chống khai thác IUU tháng 8: còn 31 tàu cá mất kết nối",
E("giao_ban", "2019-08", "2019-09-05"),
[P("Nguyễn Văn Đức", "Phó Chủ tịch UBND tỉnh", "Trưởng Ban Chỉ đạo"),
 P("Phan Văn Mến", "Phó Chủ tịch UBND huyện Bình Đại và Ba Tri"),
 P("Lê Văn Bé Tư", "Phó Chủ tịch UBND huyện Bình Đại và Ba Tri"),
 P("Trần Văn Chín", "Chủ tịch UBND xã Thạnh Phong")],
[Q("31 tàu cá", 31, "tàu cá"), Q("3.586 tàu cá", 3586, "tàu cá"), Q("1.140 tàu", 1140, "tàu"), Q("15 mét", 15, "mét", "over"),
 Q("1.052 tàu", 1052, "tàu"), Q("92,3%", 92.3, "%"), Q("4 tàu", 4, "tàu"), Q("3 chủ tàu", 3, "chủ tàu"),
 Q("750 triệu đồng", 750000000, "đồng"), Q("100%", 100, "%"), Q("54 cuộc tuyên truyền lưu động", 54, "cuộc tuyên truyền lưu động"),
 Q("15 thành viên", 15, "thành viên"), Q("2 tàu cá", 2, "tàu cá"), Q("19 ngư dân", 19, "ngư dân"),
 Q("khoảng 300 triệu đồng", 300000000, "đồng", "approx"), Q("88 tàu", 88, "tàu"), Q("1 hồ sơ", 1, "hồ sơ")],
[D("Chỉ thị", "09", "CT/TU", "2019-03-12", "Tỉnh ủy", "Chỉ thị số 09-CT/TU ngày 12/3/2019"),
 D("Kế hoạch", "4219", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 4219/KH-UBND")],
[prov("Bến Tre"), com("Thạnh Phong"), com("Bình Thắng"), com("Bình Đại"), com("An Thủy")],
["Cổng thông tin điện tử tỉnh Bến Tre", "You are here: Home > Tin tức - Sự kiện > Kinh tế", "Tổ nhân dân tự quản bến cá",
 "Indonesia", "Gia đình ngư dân không vi phạm IUU", "Lượt xem: 2.118"],
["Ngày 06/09/2019 | 07:30", "tháng 8/2019", "tháng 8", "6 giờ", "tháng 9", "Lượt xem: 2.118"]))

PAGES.append(page("b8151-soctrang-bdv-soket-2020", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH SÓC TRĂNG
Tin tức › Hoạt động địa phương
17/07/2020 | 14:55
Vĩnh Châu: sơ kết công tác vận động ngư dân chống khai thác IUU
Ngày 15/7/2020, Ban Dân vận Thị ủy Vĩnh Châu phối hợp với Ủy ban MTTQ Việt Nam thị xã tổ chức hội nghị sơ kết công tác tuyên truyền, vận động ngư dân chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định 6 tháng đầu năm 2020, triển khai nhiệm vụ 6 tháng cuối năm.
Dự hội nghị có đồng chí Sơn Thị Ngọc Hiền, Thị ủy viên, Trưởng Ban Dân vận Thị ủy, Chủ tịch Ủy ban MTTQ Việt Nam thị xã Vĩnh Châu; đồng chí Lý Sà Quanh, Phó Chủ tịch UBND thị xã cùng đại diện các phòng, ban và 10 xã, phường.
Ảnh: Đồng chí Sơn Thị Ngọc Hiền phát biểu tại hội nghị.
Theo báo cáo, thị xã hiện có 412 tàu cá, đa số là tàu nhỏ khai thác ven bờ; 38 tàu khai thác xa bờ đã lắp đặt thiết bị giám sát hành trình, đạt 100%. Trong 6 tháng, khối dân vận và Mặt trận các cấp đã tổ chức 36 cuộc tuyên truyền bằng tiếng Việt và tiếng Khmer với 2.460 lượt người tham dự, trong đó có 1.120 lượt đồng bào Khmer; phát 3.000 tờ rơi song ngữ Việt - Khmer; treo 24 băng rôn, khẩu hiệu tại bến cá. Nhờ vậy, 6 tháng đầu năm không có tàu cá nào của thị xã vi phạm vùng biển nước ngoài. Đây là kết quả đáng ghi nhận, bởi Vĩnh Châu là địa phương có đông đồng bào Khmer nhất tỉnh Sóc Trăng, nhiều lao động làm thuê trên tàu cá của các tỉnh bạn.
Thực hiện Kế hoạch 98, 99/KH-UBND của UBND tỉnh về tuyên truyền chống khai thác IUU, Ban Dân vận Thị ủy đã phối hợp với Đồn Biên phòng Vĩnh Hải vận động 21 hộ ngư dân có tàu nhỏ chuyển sang nuôi tôm công nghiệp, được Ngân hàng Chính sách xã hội cho vay tổng số tiền 1,26 tỷ đồng.
Tại hội nghị, ông Thạch Mết, người có uy tín ấp Prey Chóp, phường Vĩnh Phước, cho biết ông thường xuyên đến nhà các chủ tàu trong ấp nói chuyện về hậu quả của việc vi phạm. Bà Trương Thị Lan, Chủ tịch Hội Liên hiệp Phụ nữ xã Lai Hòa, đề nghị có thêm tài liệu bằng tiếng Khmer cho hội viên lớn tuổi. Ông Lâm Văn Hiếu, Bí thư Chi bộ kiêm Trưởng ấp Mỹ Thanh 2, xã Vĩnh Hải, nêu khó khăn về bến đậu khi tàu về tránh gió.
Phát biểu kết luận, đồng chí Sơn Thị Ngọc Hiền đề nghị 6 tháng cuối năm tiếp tục phát huy vai trò các sư sãi, người có uy tín trong đồng bào Khmer; duy trì ít nhất 1 buổi tuyên truyền mỗi tháng tại các bến cá; phấn đấu trên 95% hộ ngư dân ký cam kết. Dịp này, Ban Dân vận Thị ủy trao giấy khen cho 5 tập thể và 9 cá nhân.
Thạch Sô Phanh
Tin cùng chuyên mục
- Trần Đề: trao 200 áo phao cho ngư dân (10/07/2020)
- Hội nghị giao ban khối dân vận quý II/2020 (03/07/2020)
- Cù Lao Dung ra quân tuyên truyền chống khai thác IUU (24/06/2020)
""", "2020-07-17", "Vĩnh Châu: sơ kết công tác vận động ngư dân chống khai thác IUU",
E("so_ket", "2020-H1", "2020-07-15"),
[P("Sơn Thị Ngọc Hiền", "Thị ủy viên", "Trưởng Ban Dân vận Thị ủy", "Chủ tịch Ủy ban MTTQ Việt Nam thị xã Vĩnh Châu"),
 P("Lý Sà Quanh", "Phó Chủ tịch UBND thị xã"),
 P("Thạch Mết", "người có uy tín ấp Prey Chóp"),
 P("Trương Thị Lan", "Chủ tịch Hội Liên hiệp Phụ nữ xã Lai Hòa"),
 P("Lâm Văn Hiếu", "Bí thư Chi bộ kiêm Trưởng ấp Mỹ Thanh 2")],
[Q("10 xã, phường", 10, "xã, phường"), Q("412 tàu cá", 412, "tàu cá"), Q("38 tàu", 38, "tàu"),
 Q("100%", 100, "%"), Q("36 cuộc tuyên truyền", 36, "cuộc tuyên truyền"), Q("2.460 lượt người", 2460, "lượt người"),
 Q("1.120 lượt đồng bào Khmer", 1120, "lượt đồng bào Khmer"), Q("3.000 tờ rơi song ngữ Việt - Khmer", 3000, "tờ rơi song ngữ Việt - Khmer"),
 Q("24 băng rôn, khẩu hiệu", 24, "băng rôn, khẩu hiệu"), Q("21 hộ ngư dân", 21, "hộ ngư dân"), Q("1,26 tỷ đồng", 1260000000, "đồng"),
 Q("trên 95%", 95, "%", "over"), Q("5 tập thể", 5, "tập thể"), Q("9 cá nhân", 9, "cá nhân")],
[D("Kế hoạch", "98", "KH-UBND", None, "UBND tỉnh", "Kế hoạch 98, 99/KH-UBND"),
 D("Kế hoạch", "99", "KH-UBND", None, "UBND tỉnh", "Kế hoạch 98, 99/KH-UBND")],
[prov("Sóc Trăng"), com("Vĩnh Phước"), com("Lai Hòa"), com("Vĩnh Hải")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH SÓC TRĂNG", "Tin tức › Hoạt động địa phương", "Ảnh: Đồng chí Sơn Thị Ngọc Hiền phát biểu tại hội nghị.",
 "Đồn Biên phòng Vĩnh Hải"],
["17/07/2020 | 14:55", "6 tháng đầu năm 2020", "6 tháng cuối năm", "Trong 6 tháng", "ít nhất 1 buổi", "Mỹ Thanh 2"]))

PAGES.append(page("b8152-thanhhoa-ubnd-doithoai-2020", """
BÁO THANH HÓA - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thanh Hóa
Chính trị | Thời sự | Kinh tế | Xã hội
Cập nhật lúc 17:20 ngày 11/12/2020
Toàn cảnh buổi đối thoại.
Chủ tịch UBND tỉnh đối thoại với ngư dân về phát triển thủy sản và chống khai thác IUU
Ngày 10/12, tại thị xã Nghi Sơn, đồng chí Đỗ Minh Tuấn, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì buổi đối thoại với ngư dân năm 2020. Tham dự có gần 300 ngư dân, chủ tàu, đại diện nghiệp đoàn nghề cá của 6 huyện, thị xã, thành phố ven biển.
Cùng dự có các đồng chí: Lê Văn Quý, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Nội chính Tỉnh ủy; Nguyễn Thị Mai Hương, Phó Trưởng Ban Dân vận Tỉnh ủy; Hoàng Văn Nghiêm, Giám đốc Sở Nông nghiệp và Phát triển nông thôn.
Thanh Hóa hiện có 6.924 tàu cá, trong đó 1.166 tàu có chiều dài từ 15 m trở lên. Thực hiện Kết luận 11, 12-KL/TU của Ban Thường vụ Tỉnh ủy về phát triển kinh tế biển và chống khai thác IUU, năm 2020 toàn tỉnh đã tổ chức 215 hội nghị tuyên truyền với hơn 14.000 lượt ngư dân tham dự; 98,7% tàu thuộc diện bắt buộc đã lắp thiết bị giám sát hành trình; không có tàu cá nào vi phạm vùng biển nước ngoài.
Tại buổi đối thoại, ngư dân nêu 19 ý kiến. Ông Lê Văn Thắng, Chủ tịch Nghiệp đoàn nghề cá xã Hải Bình, phản ánh phí thuê bao thiết bị giám sát hành trình mỗi tháng khoảng 300.000 - 400.000 đồng là gánh nặng với tàu khai thác ít ngày. Ông Mai Văn Đức, chủ tàu TH 90368 TS, phường Quảng Tiến, đề nghị đơn giản hóa thủ tục cấp văn bản chấp thuận đóng mới tàu cá. Bà Phạm Thị Vân, xã Ngư Lộc, có chồng và hai con trai cùng làm nghề biển, đề nghị hỗ trợ học nghề cho lao động nữ khi chồng bám biển dài ngày.
Trả lời các kiến nghị, đồng chí Đỗ Minh Tuấn cho biết tỉnh đang xây dựng Nghị quyết của HĐND tỉnh hỗ trợ 50% phí thuê bao thiết bị giám sát hành trình trong 3 năm, tối đa 3 triệu đồng/tàu/năm. Về thủ tục, đồng chí giao Sở Nông nghiệp và Phát triển nông thôn rút ngắn thời gian giải quyết xuống còn 5 ngày làm việc. Đồng chí đề nghị bà con tiếp tục bám biển, tuyệt đối không đưa tàu sang vùng biển nước ngoài, không để tàu mất kết nối, đồng thời ghi đầy đủ nhật ký khai thác.
Nhiều ngư dân cho rằng sau hơn ba năm thực hiện các quy định chống khai thác IUU, ý thức chấp hành pháp luật của bà con đã chuyển biến rõ, nhiều tàu chủ động báo vị trí khi gặp thời tiết xấu. Sau đối thoại, Ban Dân vận Tỉnh ủy ghi nhận 4 nhóm vấn đề để theo dõi, đôn đốc theo Quy chế số 07-QC/BDVTU về giám sát việc giải quyết kiến nghị của nhân dân.
Minh Hiếu
Tin liên quan
- Hậu Lộc: ra mắt tổ đoàn kết khai thác hải sản (04/12/2020)
- Sầm Sơn: 100% tàu cá ký cam kết không vi phạm IUU (26/11/2020)
- Đoàn công tác của EC kiểm tra cảng cá Lạch Bạng (12/11/2020)
""", "2020-12-11", "Chủ tịch UBND tỉnh đối thoại với ngư dân về phát triển thủy sản và chống khai thác IUU",
E("doi_thoai", "2020", "2020-12-10"),
[P("Đỗ Minh Tuấn", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Lê Văn Quý", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Nội chính Tỉnh ủy"),
 P("Nguyễn Thị Mai Hương", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hoàng Văn Nghiêm", "Giám đốc Sở Nông nghiệp và Phát triển nông thôn"),
 P("Lê Văn Thắng", "Chủ tịch Nghiệp đoàn nghề cá xã Hải Bình"),
 P("Mai Văn Đức", "chủ tàu TH 90368 TS"),
 P("Phạm Thị Vân")],
[Q("gần 300 ngư dân, chủ tàu", 300, "ngư dân, chủ tàu", "approx"), Q("6 huyện, thị xã, thành phố ven biển", 6, "huyện, thị xã, thành phố ven biển"),
 Q("6.924 tàu cá", 6924, "tàu cá"), Q("1.166 tàu", 1166, "tàu"), Q("15 m", 15, "m", "over"),
 Q("215 hội nghị tuyên truyền", 215, "hội nghị tuyên truyền"), Q("hơn 14.000 lượt ngư dân", 14000, "lượt ngư dân", "over"),
 Q("98,7%", 98.7, "%"), Q("19 ý kiến", 19, "ý kiến"), Q("khoảng 300.000 - 400.000 đồng", 300000, "đồng", "approx"),
 Q("50%", 50, "%"), Q("tối đa 3 triệu đồng", 3000000, "đồng"), Q("4 nhóm vấn đề", 4, "nhóm vấn đề")],
[D("Kết luận", "11", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 11, 12-KL/TU"),
 D("Kết luận", "12", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 11, 12-KL/TU"),
 D("Quy chế", "07", "QC/BDVTU", None, None, "Quy chế số 07-QC/BDVTU")],
[prov("Thanh Hóa"), com("Hải Bình"), com("Quảng Tiến"), com("Ngư Lộc")],
["BÁO THANH HÓA - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thanh Hóa", "Chính trị | Thời sự | Kinh tế | Xã hội",
 "Toàn cảnh buổi đối thoại."],
["Cập nhật lúc 17:20 ngày 11/12/2020", "năm 2020", "3 năm", "5 ngày làm việc", "TH 90368 TS"]))
