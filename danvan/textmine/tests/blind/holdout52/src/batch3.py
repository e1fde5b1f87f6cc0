from lib import *
PAGES = []

PAGES.append(page("b1217-binhthuan-mttq-phanbien-2020", """
BÁO BÌNH THUẬN ONLINE
Trang chủ / Chính trị / Mặt trận - Đoàn thể
25/09/2020 | 10:15
Phản biện dự thảo chính sách hỗ trợ ngư dân chuyển đổi nghề
Sáng 24/9, Ủy ban MTTQ Việt Nam tỉnh Bình Thuận tổ chức hội nghị phản biện xã hội đối với dự thảo Nghị quyết của HĐND tỉnh quy định chính sách hỗ trợ ngư dân chuyển đổi từ nghề khai thác ven bờ sang các nghề khác. Ông Nguyễn Văn Hiền, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.
Các đại biểu tham dự hội nghị phản biện. Ảnh: Ngọc Lân
Theo tờ trình của Sở Nông nghiệp và Phát triển nông thôn, toàn tỉnh hiện có 9.120 tàu cá, trong đó 5.764 tàu cá khai thác ven bờ; nhiều nghề như giã cào, lưới kéo gây cạn kiệt nguồn lợi thủy sản ở vùng lộng. Dự thảo đề xuất hỗ trợ mỗi lao động chuyển đổi nghề 30 triệu đồng, hỗ trợ chủ tàu phá dỡ tàu cá 20 triệu đồng mỗi chiếc; tổng kinh phí dự kiến trong giai đoạn 2021 - 2025 khoảng 48 tỷ đồng. Việc xây dựng chính sách căn cứ Luật Thủy sản năm 2017, Nghị định số 26/2019/NĐ-CP của Chính phủ và Quyết định số 1012/QĐ-UBND ngày 20/4/2020 của UBND tỉnh.
Tại hội nghị, 15 ý kiến phản biện tập trung vào tính khả thi của dự thảo. Ông Trương Văn Hùng, Chủ nhiệm Đoàn Luật sư tỉnh, cho rằng dự thảo chưa quy định rõ thế nào là "lao động chuyển đổi nghề thành công", dễ dẫn đến trục lợi chính sách. Ông Lê Minh Trí, Phó Hiệu trưởng Trường Chính trị tỉnh, đề nghị bổ sung hỗ trợ đào tạo nghề, giới thiệu việc làm cho con em ngư dân thay vì chỉ hỗ trợ bằng tiền.
Ông Võ Văn Bảy, Chủ tịch Nghiệp đoàn nghề cá xã Tam Thanh, huyện Phú Quý, phản ánh nhiều ngư dân lớn tuổi không biết làm nghề gì khác ngoài đi biển; mức hỗ trợ 30 triệu đồng không đủ để bắt đầu một sinh kế mới. "Cần có mô hình nuôi trồng thủy sản, du lịch cộng đồng cụ thể để bà con làm theo", ông nói. Bà Thông Thị Nguyệt, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, đề nghị đưa vào dự thảo quy định về việc lấy ý kiến cộng đồng ngư dân tại các làng biển trước khi phê duyệt danh sách hỗ trợ.
Tiếp thu ý kiến, ông Nguyễn Văn Thành, Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn, cho biết sẽ nghiên cứu bổ sung tiêu chí xác định đối tượng, lồng ghép với chương trình đào tạo nghề cho lao động nông thôn và chính sách tín dụng của Ngân hàng Chính sách xã hội.
Kết luận hội nghị, ông Nguyễn Văn Hiền đánh giá đây là lần đầu tiên Mặt trận tỉnh tổ chức phản biện một dự thảo nghị quyết chuyên đề về nghề cá theo Hướng dẫn số 19/HD-MTTQ-BTT ngày 12/8/2020 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh. Các ý kiến tại hội nghị sẽ được tổng hợp thành văn bản phản biện gửi UBND tỉnh và Thường trực HĐND tỉnh trước kỳ họp cuối năm. Ông cũng đề nghị các đại biểu tiếp tục theo dõi, giám sát việc thực hiện chính sách sau khi được ban hành.
Ngọc Lân
Lượt xem: 639
Tin liên quan
- Tuy Phong: Ngư dân được hỗ trợ chuyển đổi nghề khai thác (17/09/2020)
- Mặt trận tỉnh giám sát việc hỗ trợ người dân gặp khó khăn do dịch Covid-19 (09/09/2020)
- Phú Quý: Hội nghị đối thoại giữa Chủ tịch UBND huyện với ngư dân (28/08/2020)
""", "2020-09-25", "Phản biện dự thảo chính sách hỗ trợ ngư dân chuyển đổi nghề",
E("hoi_nghi", None, "2020-09-24"),
[P("Nguyễn Văn Hiền", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trương Văn Hùng", "Chủ nhiệm Đoàn Luật sư tỉnh"),
 P("Lê Minh Trí", "Phó Hiệu trưởng Trường Chính trị tỉnh"),
 P("Võ Văn Bảy", "Chủ tịch Nghiệp đoàn nghề cá xã Tam Thanh"),
 P("Thông Thị Nguyệt", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Thành", "Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn")],
[Q("9.120 tàu cá", 9120, "tàu cá"), Q("5.764 tàu cá", 5764, "tàu cá"), Q("30 triệu đồng", 30000000, "đồng"),
 Q("20 triệu đồng", 20000000, "đồng"), Q("khoảng 48 tỷ đồng", 48000000000, "đồng", "approx"),
 Q("15 ý kiến phản biện", 15, "ý kiến phản biện")],
[D("Nghị định", "26", "2019/NĐ-CP", None, "Chính phủ", "Nghị định số 26/2019/NĐ-CP"),
 D("Quyết định", "1012", "QĐ-UBND", "2020-04-20", "UBND tỉnh", "Quyết định số 1012/QĐ-UBND ngày 20/4/2020"),
 D("Hướng dẫn", "19", "HD-MTTQ-BTT", "2020-08-12", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh",
   "Hướng dẫn số 19/HD-MTTQ-BTT ngày 12/8/2020")],
[prov("Bình Thuận"), com("Tam Thanh")],
["BÁO BÌNH THUẬN ONLINE", "Trang chủ / Chính trị / Mặt trận - Đoàn thể", "Các đại biểu tham dự hội nghị phản biện. Ảnh: Ngọc Lân",
 "Luật Thủy sản năm 2017", "Ngân hàng Chính sách xã hội", "Lượt xem: 639"],
["25/09/2020 | 10:15", "giai đoạn 2021 - 2025", "năm 2017", "một sinh kế mới", "lần đầu tiên", "Lượt xem: 639"]))

PAGES.append(page("b1218-quangbinh-mttq-traoqua-lulut-2020", """
Báo Quảng Bình điện tử
Thời sự - Chính trị » Xã hội
Thứ Sáu, 30/10/2020 - 19:30
Đồng chí Lê Quang Vinh trao quà cho người dân xã Mỹ Thủy.
Trao 1.200 suất quà cho người dân vùng lũ Lệ Thủy
(QBĐT) - Chiều 29/10, đoàn công tác của Ủy ban MTTQ Việt Nam tỉnh Quảng Bình và Ban Dân vận Tỉnh ủy do đồng chí Đinh Thị Thanh Tâm, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh dẫn đầu đã về huyện Lệ Thủy thăm hỏi, trao 1.200 suất quà cho các hộ dân bị thiệt hại nặng trong đợt lũ lịch sử vừa qua.
Mỗi suất quà gồm 500.000 đồng tiền mặt, 20 kg gạo và một thùng mì tôm, tổng trị giá hơn 700 triệu đồng, từ nguồn ủng hộ của các tổ chức, cá nhân trong và ngoài tỉnh thông qua Ban Vận động cứu trợ tỉnh. Quà được trao tận tay người dân tại các xã Mỹ Thủy, Cam Thủy, Kim Thủy và thị trấn Kiến Giang.
Đợt mưa lũ từ giữa tháng 10 đã làm 8 người ở huyện Lệ Thủy thiệt mạng, hơn 33.000 ngôi nhà bị ngập sâu, nhiều nơi nước lên tới nóc nhà; hàng nghìn ha hoa màu, hàng vạn con gia súc, gia cầm bị cuốn trôi. Đây là trận lũ lớn nhất trong nhiều thập kỷ qua ở địa phương.
Tại xã Kim Thủy, nơi có đông đồng bào Bru - Vân Kiều sinh sống, bà Hồ Thị Xoan, Chủ tịch Ủy ban MTTQ xã cho biết, nhiều bản bị cô lập hơn một tuần; lực lượng dân quân, đoàn viên thanh niên đã dùng thuyền tiếp tế lương thực, nước uống cho bà con. Ông Hồ Văn Bốc, người dân bản Khe Khế, xúc động khi nhận quà: "Nhà tôi bị sập một góc bếp, lúa giống bị trôi hết, giờ có gạo, có tiền là yên tâm phần nào".
Thay mặt đoàn công tác, đồng chí Đinh Thị Thanh Tâm chia sẻ những mất mát của nhân dân, đồng thời đề nghị cấp ủy, chính quyền và Mặt trận cơ sở rà soát kỹ các hộ bị thiệt hại, phân bổ hàng cứu trợ công khai, đúng đối tượng, không để xảy ra thắc mắc, khiếu nại trong nhân dân. Ban công tác Mặt trận các thôn cần niêm yết danh sách nhận hỗ trợ tại nhà văn hóa.
Đồng chí Lê Quang Vinh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, cho biết đến ngày 29/10, Ủy ban MTTQ Việt Nam tỉnh đã tiếp nhận hơn 52 tỷ đồng và nhiều hàng hóa ủng hộ đồng bào vùng lũ; đã phân bổ về các huyện, thị xã, thành phố 35 tỷ đồng theo Quyết định số 3465/QĐ-UBND của UBND tỉnh về phân bổ kinh phí hỗ trợ khắc phục hậu quả mưa lũ. Việc tiếp nhận, phân phối thực hiện theo Nghị định số 93/2019/NĐ-CP của Chính phủ và có sự giám sát của Ban Thường trực Ủy ban MTTQ các cấp.
Cùng ngày, đoàn đã thăm hỏi, tặng quà 2 gia đình có người thân thiệt mạng trong lũ, mỗi gia đình 10 triệu đồng.
Hoàng Nhung
Lượt xem: 3.204
Tin liên quan
- Quảng Ninh: Trao 800 suất quà cho người dân vùng rốn lũ (28/10/2020)
- Thư kêu gọi ủng hộ đồng bào bị thiệt hại do mưa lũ (20/10/2020)
- Minh Hóa: Hỗ trợ đồng bào Chứt ổn định cuộc sống sau lũ (25/10/2020)
""", "2020-10-30", "Trao 1.200 suất quà cho người dân vùng lũ Lệ Thủy",
E("trao_qua", None, "2020-10-29"),
[P("Lê Quang Vinh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đinh Thị Thanh Tâm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hồ Thị Xoan", "Chủ tịch Ủy ban MTTQ xã"),
 P("Hồ Văn Bốc")],
[Q("1.200 suất quà", 1200, "suất quà"), Q("500.000 đồng", 500000, "đồng"), Q("20 kg", 20, "kg"),
 Q("hơn 700 triệu đồng", 700000000, "đồng", "over"), Q("8 người", 8, "người"), Q("hơn 33.000 ngôi nhà", 33000, "ngôi nhà", "over"),
 Q("hơn 52 tỷ đồng", 52000000000, "đồng", "over"), Q("35 tỷ đồng", 35000000000, "đồng"), Q("2 gia đình", 2, "gia đình"),
 Q("10 triệu đồng", 10000000, "đồng")],
[D("Quyết định", "3465", "QĐ-UBND", None, "UBND tỉnh", "Quyết định số 3465/QĐ-UBND"),
 D("Nghị định", "93", "2019/NĐ-CP", None, "Chính phủ", "Nghị định số 93/2019/NĐ-CP")],
[prov("Quảng Bình"), com("Mỹ Thủy"), com("Cam Thủy"), com("Kim Thủy"), com("Kiến Giang")],
["Báo Quảng Bình điện tử", "Thời sự - Chính trị » Xã hội", "Đồng chí Lê Quang Vinh trao quà cho người dân xã Mỹ Thủy.",
 "(QBĐT)", "Ban Vận động cứu trợ tỉnh", "Lượt xem: 3.204"],
["Thứ Sáu, 30/10/2020 - 19:30", "một thùng mì tôm", "hơn một tuần", "tháng 10", "hàng nghìn ha", "hàng vạn con",
 "một góc bếp", "Lượt xem: 3.204"]))

PAGES.append(page("b1219-thuathienhue-doithoai-nongdan-2021", """
THỪA THIÊN HUẾ ONLINE - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thừa Thiên Huế
Chính trị › Thời sự
Cập nhật: 19/11/2021 10:42
Nông dân mong tháo gỡ khó khăn về giá vật tư và đầu ra sản phẩm
Chiều 18/11, Hội Nông dân tỉnh phối hợp UBND tỉnh Thừa Thiên Huế tổ chức hội nghị đối thoại giữa Chủ tịch UBND tỉnh với nông dân năm 2021. Đồng chí Đoàn Ngọc Lâm, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh và bà Hồ Thị Phương Nhi, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh đồng chủ trì. Hội nghị được tổ chức theo hình thức trực tiếp kết hợp trực tuyến đến 9 điểm cầu huyện, thị xã, thành phố với hơn 350 hội viên nông dân tham dự.
Chủ tịch UBND tỉnh Đoàn Ngọc Lâm trả lời ý kiến của nông dân.
Mở đầu hội nghị, bà Hồ Thị Phương Nhi cho biết, trước hội nghị, Hội Nông dân các cấp đã tổng hợp được 64 ý kiến, kiến nghị của hội viên, tập trung vào giá phân bón, thức ăn chăn nuôi tăng cao, tiêu thụ nông sản khó khăn do dịch Covid-19, việc hỗ trợ sau đợt lũ năm 2020 và thủ tục vay vốn. Năm 2021, Quỹ Hỗ trợ nông dân các cấp đã cho 1.240 hộ hội viên vay với tổng dư nợ 38,6 tỷ đồng.
Tại hội nghị, 23 ý kiến được nêu trực tiếp. Ông Lê Văn Lộc, Giám đốc Hợp tác xã nông nghiệp Thủy Thanh 1, thị xã Hương Thủy, cho biết giá phân bón vụ Đông Xuân tăng hơn 40% so với cùng kỳ, trong khi giá lúa không tăng, người trồng lúa gần như không có lãi. Ông Hồ Văn Thoi, nông dân xã Hồng Kim, huyện A Lưới, đề nghị tỉnh có chính sách hỗ trợ giống keo chất lượng cao và làm đường lâm nghiệp cho bà con vận chuyển gỗ. Bà Kăn Thị Dũng, Chi hội trưởng Chi hội Nông dân thôn Ka Vin, xã Hồng Thượng, kiến nghị tăng mức cho vay đối với hộ đồng bào Tà Ôi phát triển chăn nuôi bò.
Trả lời các ý kiến, ông Hồ Đăng Lộc, Giám đốc Sở Nông nghiệp và Phát triển nông thôn, cho biết Sở đang tham mưu chính sách hỗ trợ liên kết sản xuất, tiêu thụ nông sản; đã phối hợp các doanh nghiệp tiêu thụ hơn 2.000 tấn nông sản cho nông dân trong thời gian giãn cách xã hội. Về vốn vay, ông Phan Văn Thanh, Phó Giám đốc Ngân hàng Chính sách xã hội chi nhánh tỉnh, cho biết tổng dư nợ của chi nhánh đạt 3.946 tỷ đồng với hơn 82.000 hộ đang vay; trong đó dư nợ ủy thác qua Hội Nông dân chiếm 31,5%. Hộ đồng bào dân tộc thiểu số ở A Lưới, Nam Đông được vay tối đa 100 triệu đồng để phát triển chăn nuôi, trồng rừng.
Phát biểu kết luận, Chủ tịch UBND tỉnh Đoàn Ngọc Lâm ghi nhận những đóng góp của nông dân trong bối cảnh dịch bệnh và thiên tai. Đồng chí yêu cầu các sở, ngành tiếp tục thực hiện tốt Kết luận số 61-KL/TW ngày 3/12/2009 của Ban Bí thư và Quyết định số 673/QĐ-TTg ngày 10/5/2011 của Thủ tướng Chính phủ về việc Hội Nông dân Việt Nam trực tiếp thực hiện và phối hợp thực hiện một số chương trình, đề án phát triển kinh tế, văn hóa, xã hội nông thôn; giao Sở Tài chính tham mưu bổ sung 5 tỷ đồng cho Quỹ Hỗ trợ nông dân tỉnh. Các kiến nghị chưa được trả lời tại hội nghị phải có văn bản trả lời trong vòng 30 ngày.
Bài, ảnh: Bảo Anh
Lượt xem: 1.567
Tin liên quan
- A Lưới: Nông dân đối thoại với lãnh đạo huyện (10/11/2021)
- Hội Nông dân tỉnh giám sát việc hỗ trợ giống lúa sau lũ (27/10/2021)
- Phong Điền: Mô hình tổ hợp tác trồng rau an toàn (14/10/2021)
""", "2021-11-19", "Nông dân mong tháo gỡ khó khăn về giá vật tư và đầu ra sản phẩm",
E("doi_thoai", "2021", "2021-11-18"),
[P("Đoàn Ngọc Lâm", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Hồ Thị Phương Nhi", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh"),
 P("Lê Văn Lộc", "Giám đốc Hợp tác xã nông nghiệp Thủy Thanh 1"),
 P("Hồ Văn Thoi"),
 P("Kăn Thị Dũng", "Chi hội trưởng Chi hội Nông dân thôn Ka Vin"),
 P("Hồ Đăng Lộc", "Giám đốc Sở Nông nghiệp và Phát triển nông thôn"),
 P("Phan Văn Thanh", "Phó Giám đốc Ngân hàng Chính sách xã hội chi nhánh tỉnh")],
[Q("9 điểm cầu", 9, "điểm cầu"), Q("hơn 350 hội viên nông dân", 350, "hội viên nông dân", "over"),
 Q("64 ý kiến, kiến nghị", 64, "ý kiến, kiến nghị"), Q("1.240 hộ hội viên", 1240, "hộ hội viên"),
 Q("38,6 tỷ đồng", 38600000000, "đồng"), Q("23 ý kiến", 23, "ý kiến"), Q("hơn 40%", 40, "%", "over"),
 Q("hơn 2.000 tấn", 2000, "tấn", "over"), Q("3.946 tỷ đồng", 3946000000000, "đồng"), Q("hơn 82.000 hộ", 82000, "hộ", "over"),
 Q("31,5%", 31.5, "%"), Q("100 triệu đồng", 100000000, "đồng"), Q("5 tỷ đồng", 5000000000, "đồng")],
[D("Kết luận", "61", "KL/TW", "2009-12-03", "Ban Bí thư", "Kết luận số 61-KL/TW ngày 3/12/2009"),
 D("Quyết định", "673", "QĐ-TTg", "2011-05-10", "Thủ tướng Chính phủ", "Quyết định số 673/QĐ-TTg ngày 10/5/2011")],
[prov("Thừa Thiên Huế"), com("Hồng Kim"), com("Hồng Thượng")],
["THỪA THIÊN HUẾ ONLINE - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thừa Thiên Huế", "Chính trị › Thời sự",
 "Chủ tịch UBND tỉnh Đoàn Ngọc Lâm trả lời ý kiến của nông dân.", "Quỹ Hỗ trợ nông dân", "Lượt xem: 1.567"],
["Cập nhật: 19/11/2021 10:42", "năm 2021", "năm 2020", "Năm 2021", "30 ngày", "Lượt xem: 1.567"]))

PAGES.append(page("b1220-danang-mttq-giamsat-ldcovid-2022", """
Cổng thông tin điện tử Ủy ban MTTQ Việt Nam thành phố Đà Nẵng
Trang chủ - Tin hoạt động - Giám sát, phản biện xã hội
11/08/2022 - 16:20
Giám sát việc hỗ trợ người lao động gặp khó khăn do đại dịch Covid-19 tại quận Sơn Trà
Thực hiện chương trình giám sát năm 2022, ngày 10/8, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam thành phố Đà Nẵng do bà Trần Thị Diệu Hiền, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố làm trưởng đoàn đã giám sát việc thực hiện chính sách hỗ trợ người lao động và người sử dụng lao động gặp khó khăn do đại dịch Covid-19 tại UBND quận Sơn Trà.
Đoàn giám sát làm việc tại UBND quận Sơn Trà. Ảnh: MTTQ
Nội dung giám sát là việc triển khai Nghị quyết số 68/NQ-CP ngày 1/7/2021 của Chính phủ, Quyết định số 23/2021/QĐ-TTg ngày 7/7/2021 và Quyết định số 08/2022/QĐ-TTg ngày 28/3/2022 của Thủ tướng Chính phủ về hỗ trợ tiền thuê nhà cho người lao động.
Theo báo cáo của UBND quận, đến ngày 31/7/2022, quận đã phê duyệt 1.286 hồ sơ với 45.370 lượt lao động được hỗ trợ, tổng kinh phí hơn 98,6 tỷ đồng. Riêng chính sách hỗ trợ tiền thuê nhà, quận đã chi trả cho 8.412 người lao động đang làm việc trong doanh nghiệp với mức 500.000 đồng/người/tháng và 1.126 người lao động quay trở lại thị trường lao động với mức 1.000.000 đồng/người/tháng. Trên địa bàn quận còn 17 doanh nghiệp chưa hoàn thiện hồ sơ, chủ yếu là doanh nghiệp chế biến thủy sản ở phường Thọ Quang.
Bà Nguyễn Thị Lệ Thu, Trưởng phòng Lao động - Thương binh và Xã hội quận, cho biết khó khăn lớn nhất là nhiều lao động tự do, lao động thời vụ không có hợp đồng, không có xác nhận nơi cư trú nên không đủ điều kiện hưởng hỗ trợ. Ông Đỗ Hữu Phước, Phó Chủ tịch UBND quận Sơn Trà, đề nghị thành phố cho phép mở rộng đối tượng đối với lao động làm dịch vụ du lịch ở bán đảo Sơn Trà, vốn bị ảnh hưởng nặng nề nhất.
Qua giám sát trực tiếp tại phường Thọ Quang và phường An Hải Bắc, đoàn nhận thấy việc niêm yết công khai danh sách được thực hiện đầy đủ tại tổ dân phố. Tuy nhiên, còn 3,2% hồ sơ chi trả chậm so với thời gian quy định. Ông Trần Minh Tâm, Chủ tịch Công đoàn cơ sở Công ty cổ phần Thủy sản Thọ Quang, phản ánh một số công nhân không nhận được hỗ trợ do doanh nghiệp chậm nộp danh sách.
Kết luận buổi giám sát, bà Trần Thị Diệu Hiền ghi nhận sự vào cuộc của quận trong thực hiện chính sách; đề nghị UBND quận rà soát, không để sót đối tượng; đẩy nhanh chi trả các hồ sơ còn tồn; phối hợp Liên đoàn Lao động thành phố đôn đốc doanh nghiệp hoàn thiện hồ sơ trước ngày 15/9. Kết quả giám sát sẽ được tổng hợp, báo cáo Ban Thường trực theo Kế hoạch số 35/KH-MTTQ-BTT ngày 14/6/2022 và kiến nghị UBND thành phố xem xét.
Văn Quang
Lượt xem: 287
Tin khác
- Liên Chiểu: Đối thoại giữa Chủ tịch UBND quận với công nhân (05/08/2022)
- Mặt trận thành phố góp ý dự thảo quy định về tiếp công dân (27/07/2022)
- Giám sát việc thực hiện chính sách bảo hiểm y tế học sinh (20/07/2022)
""", "2022-08-11", "Giám sát việc hỗ trợ người lao động gặp khó khăn do đại dịch Covid-19 tại quận Sơn Trà",
E("giam_sat", "2022", "2022-08-10"),
[P("Trần Thị Diệu Hiền", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Nguyễn Thị Lệ Thu", "Trưởng phòng Lao động - Thương binh và Xã hội quận"),
 P("Đỗ Hữu Phước", "Phó Chủ tịch UBND quận Sơn Trà"),
 P("Trần Minh Tâm", "Chủ tịch Công đoàn cơ sở Công ty cổ phần Thủy sản Thọ Quang")],
[Q("1.286 hồ sơ", 1286, "hồ sơ"), Q("45.370 lượt lao động", 45370, "lượt lao động"),
 Q("hơn 98,6 tỷ đồng", 98600000000, "đồng", "over"), Q("8.412 người lao động", 8412, "người lao động"),
 Q("500.000 đồng", 500000, "đồng"), Q("1.126 người lao động", 1126, "người lao động"),
 Q("1.000.000 đồng", 1000000, "đồng"), Q("17 doanh nghiệp", 17, "doanh nghiệp"), Q("3,2%", 3.2, "%")],
[D("Nghị quyết", "68", "NQ-CP", "2021-07-01", "Chính phủ", "Nghị quyết số 68/NQ-CP ngày 1/7/2021"),
 D("Quyết định", "23", "2021/QĐ-TTg", "2021-07-07", "Thủ tướng Chính phủ", "Quyết định số 23/2021/QĐ-TTg ngày 7/7/2021"),
 D("Quyết định", "08", "2022/QĐ-TTg", "2022-03-28", "Thủ tướng Chính phủ", "Quyết định số 08/2022/QĐ-TTg ngày 28/3/2022"),
 D("Kế hoạch", "35", "KH-MTTQ-BTT", "2022-06-14", None, "Kế hoạch số 35/KH-MTTQ-BTT ngày 14/6/2022")],
[prov("Đà Nẵng"), com("Thọ Quang"), com("An Hải Bắc")],
["Cổng thông tin điện tử Ủy ban MTTQ Việt Nam thành phố Đà Nẵng", "Trang chủ - Tin hoạt động - Giám sát, phản biện xã hội",
 "Đoàn giám sát làm việc tại UBND quận Sơn Trà. Ảnh: MTTQ", "bán đảo Sơn Trà", "Liên đoàn Lao động thành phố"],
["11/08/2022 - 16:20", "năm 2022", "31/7/2022", "15/9"]))

PAGES.append(page("b1221-hatinh-bdv-soket-2022", """
BAN DÂN VẬN TỈNH ỦY HÀ TĨNH
Trang chủ > Tin tức > Hoạt động dân vận
Ngày 15/07/2022 | 09:05
Nắm chắc tình hình nhân dân, góp phần giữ vững ổn định từ cơ sở
Ngày 14/7, Ban Dân vận Tỉnh ủy Hà Tĩnh tổ chức hội nghị trực tuyến sơ kết công tác dân vận 6 tháng đầu năm 2022, triển khai nhiệm vụ 6 tháng cuối năm đến 13 điểm cầu huyện, thị xã, thành phố. Đồng chí Trần Thị Vân Anh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.
Quang cảnh hội nghị tại điểm cầu tỉnh.
Báo cáo do đồng chí Nguyễn Văn Khoa, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy trình bày cho thấy, 6 tháng đầu năm, Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chương trình hành động số 14-CTr/TU thực hiện Quy chế dân vận của hệ thống chính trị; phối hợp Ban cán sự đảng UBND tỉnh ký kết Quy chế phối hợp số 06-QC/BDVTU-BCSĐUBND về công tác dân vận chính quyền giai đoạn 2022 - 2025. Các cấp đã triển khai Quyết định số 23-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương Đảng và Hướng dẫn số 21-HD/BDVTW ngày 12/9/2021 của Ban Dân vận Trung ương.
Người đứng đầu cấp ủy, chính quyền các cấp đã tổ chức 312 cuộc đối thoại trực tiếp với nhân dân; toàn tỉnh tiếp nhận 1.482 kiến nghị, đã giải quyết 1.353 kiến nghị, đạt 91,3%. 3.870 tổ dân vận thôn, tổ dân phố hoạt động thường xuyên, kịp thời nắm bắt và phản ánh tâm tư, nguyện vọng của nhân dân. Phong trào thi đua "Dân vận khéo" có 2.146 mô hình được công nhận; nhân dân hiến hơn 56.000 m2 đất, đóng góp gần 34,5 tỷ đồng xây dựng nông thôn mới, đô thị văn minh.
Tuy vậy, tình hình nhân dân ở một số địa bàn vẫn tiềm ẩn yếu tố phức tạp: người lao động trở về từ các tỉnh phía Nam sau dịch chưa có việc làm ổn định; một số hộ dân vùng dự án khu công nghiệp Vũng Áng tiếp tục kiến nghị về tái định cư; giá vật tư nông nghiệp tăng cao ảnh hưởng sản xuất.
Tham luận tại hội nghị, đồng chí Phan Thị Hương, Phó Bí thư Thường trực Đảng ủy kiêm Trưởng khối dân vận xã Thạch Lạc, chia sẻ cách vận động 146 hộ dân hiến đất mở rộng đường liên thôn. Đồng chí Võ Trọng Hải, Trưởng phòng Dân vận chính quyền - Địa bàn Ban Dân vận Tỉnh ủy, đề nghị các huyện chú trọng đối thoại ở cấp xã, nơi phát sinh nhiều vụ việc nhất. Đồng chí Lê Thị Hồng Nhung, Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh, thông tin kết quả giám sát việc thực hiện chính sách hỗ trợ người lao động gặp khó khăn do đại dịch.
Kết luận hội nghị, Trưởng Ban Dân vận Tỉnh ủy Trần Thị Vân Anh đề nghị 6 tháng cuối năm, khối dân vận tập trung nắm tình hình nhân dân, nhất là ở các địa bàn có dự án, vùng giáo dân; tham mưu cấp ủy giải quyết dứt điểm 129 kiến nghị còn tồn đọng; đẩy mạnh công tác dân vận chính quyền, dân vận trong lực lượng vũ trang; chuẩn bị tốt hội nghị tổng kết 10 năm thực hiện Nghị quyết số 25-NQ/TW.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 12 tập thể và 18 cá nhân có thành tích xuất sắc trong phong trào thi đua "Dân vận khéo".
Phương Thảo
Lượt xem: 812
Tin liên quan
- Cẩm Xuyên: Sơ kết công tác dân vận 6 tháng đầu năm (12/07/2022)
- Hương Sơn: Đối thoại với nhân dân về bồi thường giải phóng mặt bằng (06/07/2022)
- Giao ban khối dân vận quý II năm 2022 (29/06/2022)
""", "2022-07-15", "Nắm chắc tình hình nhân dân, góp phần giữ vững ổn định từ cơ sở",
E("so_ket", "2022-H1", "2022-07-14"),
[P("Trần Thị Vân Anh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Khoa", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Phan Thị Hương", "Phó Bí thư Thường trực Đảng ủy kiêm Trưởng khối dân vận xã Thạch Lạc"),
 P("Võ Trọng Hải", "Trưởng phòng Dân vận chính quyền - Địa bàn Ban Dân vận Tỉnh ủy"),
 P("Lê Thị Hồng Nhung", "Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh")],
[Q("13 điểm cầu", 13, "điểm cầu"), Q("312 cuộc đối thoại", 312, "cuộc đối thoại"), Q("1.482 kiến nghị", 1482, "kiến nghị"),
 Q("1.353 kiến nghị", 1353, "kiến nghị"), Q("91,3%", 91.3, "%"), Q("3.870 tổ dân vận", 3870, "tổ dân vận"),
 Q("2.146 mô hình", 2146, "mô hình"), Q("hơn 56.000 m2", 56000, "m2", "over"), Q("gần 34,5 tỷ đồng", 34500000000, "đồng", "approx"),
 Q("146 hộ dân", 146, "hộ dân"), Q("129 kiến nghị", 129, "kiến nghị"), Q("12 tập thể", 12, "tập thể"), Q("18 cá nhân", 18, "cá nhân")],
[D("Chương trình hành động", "14", "CTr/TU", None, "Ban Thường vụ Tỉnh ủy", "Chương trình hành động số 14-CTr/TU"),
 D("Quy chế phối hợp", "06", "QC/BDVTU-BCSĐUBND", None, None, "Quy chế phối hợp số 06-QC/BDVTU-BCSĐUBND"),
 D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Ban Chấp hành Trung ương Đảng", "Quyết định số 23-QĐ/TW ngày 30/7/2021"),
 D("Hướng dẫn", "21", "HD/BDVTW", "2021-09-12", "Ban Dân vận Trung ương", "Hướng dẫn số 21-HD/BDVTW ngày 12/9/2021"),
 D("Nghị quyết", "25", "NQ/TW", None, None, "Nghị quyết số 25-NQ/TW")],
[prov("Hà Tĩnh"), com("Thạch Lạc")],
["BAN DÂN VẬN TỈNH ỦY HÀ TĨNH", "Trang chủ > Tin tức > Hoạt động dân vận", "Quang cảnh hội nghị tại điểm cầu tỉnh.",
 "Dân vận khéo", "Quy chế dân vận của hệ thống chính trị", "khu công nghiệp Vũng Áng", "Lượt xem: 812"],
["Ngày 15/07/2022 | 09:05", "6 tháng đầu năm 2022", "6 tháng cuối năm", "giai đoạn 2022 - 2025", "10 năm", "Lượt xem: 812"]))

PAGES.append(page("b1222-quangngai-mttq-tongket-217-218-2023", """
Báo Quảng Ngãi điện tử
Chính trị | Mặt trận - Đoàn thể
08:30 | 15/12/2023
Ảnh: Các đại biểu dự hội nghị tổng kết.
Tổng kết 10 năm thực hiện Quyết định 217, 218 của Bộ Chính trị
(Báo Quảng Ngãi) - Ngày 14/12, Ban Thường vụ Tỉnh ủy Quảng Ngãi tổ chức hội nghị tổng kết 10 năm thực hiện Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị. Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh Lương Kim Sơn dự, chỉ đạo hội nghị.
Chủ trì hội nghị có bà Phạm Thị Xuân Hà, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Đinh Văn Lễ, Nguyễn Thị Thu Sương, Trần Văn Cường.
Sau 10 năm, hoạt động giám sát, phản biện xã hội của Mặt trận và các đoàn thể chính trị - xã hội có nhiều chuyển biến. MTTQ và các đoàn thể các cấp đã tổ chức 7.826 cuộc giám sát, 1.042 cuộc phản biện xã hội; tham gia góp ý 4.312 dự thảo văn bản của cấp ủy, chính quyền; tổng hợp, chuyển đến cơ quan có thẩm quyền 12.540 ý kiến, kiến nghị của cử tri và nhân dân. Qua giám sát đã kiến nghị xử lý 326 cán bộ, đảng viên; Ban thanh tra nhân dân kiến nghị thu hồi hơn 2,46 tỷ đồng chi sai. Nhân dân đã góp ý 5.213 lượt đối với cán bộ, đảng viên nơi cư trú.
Tuy nhiên, hội nghị cũng chỉ ra nhiều hạn chế: chất lượng giám sát ở cơ sở chưa cao, nhiều cuộc giám sát còn hình thức; một số cấp ủy, chính quyền chưa kịp thời tiếp thu, phản hồi kiến nghị sau giám sát; việc phản biện các dự án, chính sách lớn liên quan trực tiếp đến đời sống nhân dân còn ít.
Tham luận tại hội nghị, ông Đinh Văn Quyết, HUV, Chủ tịch Ủy ban MTTQ Việt Nam huyện Trà Bồng, nêu kinh nghiệm giám sát việc thực hiện các chương trình mục tiêu quốc gia ở vùng đồng bào Cor, giúp phát hiện 14 công trình chậm tiến độ. Bà Huỳnh Thị Kim Yến, Chủ tịch Ủy ban MTTQ Việt Nam phường Trương Quang Trọng, cho biết Mặt trận phường đã phản biện thành công phương án bồi thường dự án đường ven sông, được 286 hộ dân đồng thuận. Ông Hồ Văn Nhiều, Trưởng ban Thanh tra nhân dân xã Sơn Kỳ, huyện Sơn Hà, đề nghị bồi dưỡng kỹ năng cho thành viên ban.
Phát biểu chỉ đạo, đồng chí Lương Kim Sơn yêu cầu các cấp ủy tiếp tục quán triệt, thực hiện nghiêm Quy định số 124-QĐ/TW ngày 4/10/2023 của Ban Bí thư về giám sát của MTTQ Việt Nam, các tổ chức chính trị - xã hội và nhân dân đối với hoạt động của tổ chức đảng, đảng viên, cùng Kết luận 36, 37-KL/TU của Ban Thường vụ Tỉnh ủy; người đứng đầu phải chịu trách nhiệm khi không trả lời kiến nghị sau giám sát.
Dịp này, 24 tập thể, 36 cá nhân được Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen vì có thành tích xuất sắc trong thực hiện Quyết định 217, 218.
Trước hội nghị, theo Hướng dẫn số 19-HD/BDVTU ngày 20/8/2023 của Ban Dân vận Tỉnh ủy, 14 huyện, thị xã, thành phố và 173 xã, phường, thị trấn đã hoàn thành tổng kết ở cấp mình. Nhiều địa phương đề xuất Trung ương sớm ban hành hướng dẫn thống nhất về kinh phí cho hoạt động giám sát của Mặt trận cấp xã, vì hiện mỗi cuộc giám sát ở cơ sở chỉ được hỗ trợ khoảng 1,5 triệu đồng. Ông Trần Văn Phúc, Chủ tịch Hội Cựu chiến binh tỉnh, đề nghị phát huy hơn nữa vai trò của cựu chiến binh trong Ban thanh tra nhân dân, nhất là ở các địa bàn có dự án lớn như Khu kinh tế Dung Quất.
Thanh Thủy
Lượt xem: 926
Tin khác
- Mặt trận tỉnh phản biện dự thảo nghị quyết về bảng giá đất (08/12/2023)
- Sơn Tây: Giám sát việc hỗ trợ nhà ở cho đồng bào Ca Dong (30/11/2023)
- Đại hội đại biểu MTTQ Việt Nam huyện Bình Sơn (24/11/2023)
""", "2023-12-15", "Tổng kết 10 năm thực hiện Quyết định 217, 218 của Bộ Chính trị",
E("tong_ket", None, "2023-12-14"),
[P("Lương Kim Sơn", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Phạm Thị Xuân Hà", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đinh Văn Lễ", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thị Thu Sương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Văn Cường", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đinh Văn Quyết", "HUV", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Trà Bồng"),
 P("Huỳnh Thị Kim Yến", "Chủ tịch Ủy ban MTTQ Việt Nam phường Trương Quang Trọng"),
 P("Hồ Văn Nhiều", "Trưởng ban Thanh tra nhân dân xã Sơn Kỳ"),
 P("Trần Văn Phúc", "Chủ tịch Hội Cựu chiến binh tỉnh")],
[Q("7.826 cuộc giám sát", 7826, "cuộc giám sát"), Q("1.042 cuộc phản biện xã hội", 1042, "cuộc phản biện xã hội"),
 Q("4.312 dự thảo văn bản", 4312, "dự thảo văn bản"), Q("12.540 ý kiến, kiến nghị", 12540, "ý kiến, kiến nghị"),
 Q("326 cán bộ, đảng viên", 326, "cán bộ, đảng viên"), Q("hơn 2,46 tỷ đồng", 2460000000, "đồng", "over"),
 Q("5.213 lượt", 5213, "lượt"), Q("14 công trình", 14, "công trình"), Q("286 hộ dân", 286, "hộ dân"),
 Q("24 tập thể", 24, "tập thể"), Q("36 cá nhân", 36, "cá nhân"),
 Q("14 huyện, thị xã, thành phố", 14, "huyện, thị xã, thành phố"), Q("173 xã, phường, thị trấn", 173, "xã, phường, thị trấn"),
 Q("khoảng 1,5 triệu đồng", 1500000, "đồng", "approx")],
[D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 218-QĐ/TW ngày 12/12/2013"),
 D("Quy định", "124", "QĐ/TW", "2023-10-04", "Ban Bí thư", "Quy định số 124-QĐ/TW ngày 4/10/2023"),
 D("Kết luận", "36", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 36, 37-KL/TU"),
 D("Kết luận", "37", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 36, 37-KL/TU"),
 D("Hướng dẫn", "19", "HD/BDVTU", "2023-08-20", "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 19-HD/BDVTU ngày 20/8/2023")],
[prov("Quảng Ngãi"), com("Trương Quang Trọng"), com("Sơn Kỳ")],
["Báo Quảng Ngãi điện tử", "Chính trị | Mặt trận - Đoàn thể", "Ảnh: Các đại biểu dự hội nghị tổng kết.", "(Báo Quảng Ngãi)",
 "Ban thanh tra nhân dân", "Khu kinh tế Dung Quất", "Lượt xem: 926"],
["08:30 | 15/12/2023", "10 năm", "Sau 10 năm", "Lượt xem: 926"]))
