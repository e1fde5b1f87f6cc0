from lib import *
PAGES = []

PAGES.append(page("b1745-bentre-mttq-tongket-2022", """
Hôm nay: Thứ Bảy, 24/12/2022
ỦY BAN MTTQ VIỆT NAM TỈNH BẾN TRE
Trang chủ › Hoạt động › Giám sát - Phản biện xã hội
Thứ Sáu, 23/12/2022, 08:05
Tổng kết công tác giám sát, phản biện xã hội năm 2022: 1.348 kiến nghị được gửi đến cơ quan chức năng
Ngày 21/12/2022, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Bến Tre tổ chức hội nghị tổng kết công tác giám sát, phản biện xã hội và tham gia xây dựng Đảng, xây dựng chính quyền năm 2022. Đồng chí Nguyễn Thị Bé Mười, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.
Đồng chí Nguyễn Thị Bé Mười phát biểu kết luận hội nghị.
Báo cáo do đồng chí Võ Văn Thọ, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh trình bày cho biết, năm 2022 Mặt trận 3 cấp đã chủ trì 1.127 cuộc giám sát, trong đó cấp tỉnh 6 cuộc, cấp huyện 94 cuộc; phối hợp tham gia 412 cuộc giám sát với HĐND cùng cấp. Qua giám sát, Mặt trận đã gửi 1.348 kiến nghị, đến nay đã có 1.105 kiến nghị được tiếp thu, giải quyết, đạt 82%. Mặt trận các cấp tổ chức 37 hội nghị phản biện xã hội, góp ý 215 dự thảo văn bản; Ban Thanh tra nhân dân 157 xã, phường, thị trấn tiếp nhận 286 đơn thư, kiến nghị.
Ban Thường trực đã phối hợp với Ban Dân vận Tỉnh ủy tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 96-KH/TU thực hiện Chỉ thị 18-CT/TW ngày 10/10/2022 của Ban Bí thư về phát huy vai trò, nâng cao chất lượng, hiệu quả công tác giám sát, phản biện xã hội của Mặt trận và các tổ chức chính trị - xã hội; đồng thời ký Quy chế phối hợp số 08/QCPH-HĐND-UBND-MTTQ với Thường trực HĐND, UBND tỉnh về tiếp thu, giải quyết kiến nghị sau giám sát.
Tại hội nghị, bà Trần Thị Kim Loan, Chủ tịch Ủy ban MTTQ xã An Thạnh, chia sẻ kinh nghiệm giám sát việc xét chọn hộ nghèo; ông Thạch Sơn, Phó Chủ tịch Ủy ban MTTQ huyện Mỏ Cày Nam, nêu khó khăn khi giám sát việc cấp nước sinh hoạt mùa hạn mặn. Ông Huỳnh Văn Lũy, Trưởng ban công tác Mặt trận ấp Phú Thuận, xã Phú Khánh, đề nghị tỉnh có chế độ hỗ trợ cho thành viên Ban Giám sát đầu tư của cộng đồng.
Phát biểu kết luận, đồng chí Nguyễn Thị Bé Mười yêu cầu năm 2023 Mặt trận các cấp tập trung thực hiện Chỉ thị 18; mỗi cấp chọn từ 1 đến 2 nội dung giám sát chuyên đề, lựa chọn nội dung phản biện xã hội đối với các dự thảo nghị quyết liên quan trực tiếp đến đời sống nhân dân, nhất là về đất đai, giá dịch vụ, chính sách an sinh.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen cho 18 tập thể và 24 cá nhân có thành tích tiêu biểu trong công tác giám sát, phản biện xã hội năm 2022.
Minh Thư
Lượt xem: 1.062
Tin liên quan
- Mặt trận tỉnh phản biện dự thảo nghị quyết về giá đất (30/11/2022)
- Giồng Trôm: giám sát việc chi trả trợ cấp xã hội (16/11/2022)
- Hội nghị tập huấn nghiệp vụ giám sát cho cán bộ Mặt trận xã (26/10/2022)
""", "2022-12-23", "Tổng kết công tác giám sát, phản biện xã hội năm 2022: 1.348 kiến nghị được gửi đến cơ quan chức năng",
E("tong_ket", "2022", "2022-12-21"),
[P("Nguyễn Thị Bé Mười", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Võ Văn Thọ", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Thị Kim Loan", "Chủ tịch Ủy ban MTTQ xã An Thạnh"),
 P("Thạch Sơn", "Phó Chủ tịch Ủy ban MTTQ huyện Mỏ Cày Nam"),
 P("Huỳnh Văn Lũy", "Trưởng ban công tác Mặt trận ấp Phú Thuận")],
[Q("1.348 kiến nghị", 1348, "kiến nghị"), Q("1.127 cuộc giám sát", 1127, "cuộc giám sát"), Q("6 cuộc", 6, "cuộc"),
 Q("94 cuộc", 94, "cuộc"), Q("412 cuộc giám sát", 412, "cuộc giám sát"), Q("1.105 kiến nghị", 1105, "kiến nghị"),
 Q("82%", 82, "%"), Q("37 hội nghị phản biện xã hội", 37, "hội nghị phản biện xã hội"),
 Q("215 dự thảo văn bản", 215, "dự thảo văn bản"), Q("157 xã, phường, thị trấn", 157, "xã, phường, thị trấn"),
 Q("286 đơn thư, kiến nghị", 286, "đơn thư, kiến nghị"), Q("18 tập thể", 18, "tập thể"), Q("24 cá nhân", 24, "cá nhân")],
[D("Kế hoạch", "96", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 96-KH/TU"),
 D("Chỉ thị", "18", "CT/TW", "2022-10-10", "Ban Bí thư", "Chỉ thị 18-CT/TW ngày 10/10/2022"),
 D("Quy chế phối hợp", "08", "QCPH-HĐND-UBND-MTTQ", None, None, "Quy chế phối hợp số 08/QCPH-HĐND-UBND-MTTQ")],
[prov("Bến Tre"), com("An Thạnh"), com("Phú Khánh")],
["Hôm nay: Thứ Bảy, 24/12/2022", "ỦY BAN MTTQ VIỆT NAM TỈNH BẾN TRE", "Trang chủ › Hoạt động › Giám sát - Phản biện xã hội",
 "Đồng chí Nguyễn Thị Bé Mười phát biểu kết luận hội nghị.", "Lượt xem: 1.062"],
["Thứ Sáu, 23/12/2022, 08:05", "Hôm nay: Thứ Bảy, 24/12/2022", "Mặt trận 3 cấp", "năm 2022", "năm 2023", "từ 1 đến 2 nội dung", "Lượt xem: 1.062"]))

PAGES.append(page("b1746-langson-mttq-giaoban-2022", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LẠNG SƠN
You are here: Trang chủ / Tin tức - Sự kiện / Hoạt động Mặt trận
Cập nhật: 14:05, 08/07/2022 (GMT+7)
Ảnh: Các đại biểu dự hội nghị giao ban.
Giao ban công tác Mặt trận quý II: giám sát sát với bức xúc của nhân dân
Ngày 5/7/2022, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn tổ chức hội nghị giao ban công tác Mặt trận quý II năm 2022 với Mặt trận 11 huyện, thành phố. Chủ trì hội nghị có các đồng chí: Lộc Văn Khoa, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; Nông Thị Lìu, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Theo báo cáo, trong quý II Mặt trận các cấp đã tổ chức 86 cuộc giám sát, tập trung vào việc thực hiện chính sách hỗ trợ phát triển sản xuất cho đồng bào dân tộc thiểu số, việc cấp phát thẻ bảo hiểm y tế và công tác quản lý, bảo vệ rừng. Qua giám sát, Mặt trận đưa ra 54 kiến nghị; Mặt trận tỉnh tham gia góp ý 9 dự thảo nghị quyết của HĐND tỉnh, tổ chức 1 hội nghị phản biện xã hội đối với dự thảo nghị quyết quy định mức hỗ trợ đầu tư trồng rừng. Các cấp tiếp nhận 47 lượt công dân đến phản ánh, kiến nghị.
Mặt trận các cấp đã triển khai Kế hoạch số 112/KH-MTTQ-BTT ngày 14/4/2022 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về giám sát việc thực hiện Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi. Quỹ "Vì người nghèo" các cấp vận động được hơn 3,6 tỷ đồng, hỗ trợ xây mới, sửa chữa 74 nhà Đại đoàn kết.
Tại hội nghị, ông Hoàng Văn Pác, Chủ tịch Ủy ban MTTQ huyện Bình Gia, cho biết qua giám sát tại xã Hồng Phong, Mặt trận phát hiện 12 hộ nhận cây giống không đảm bảo chất lượng; bà Chu Thị Kiều, Chủ tịch Ủy ban MTTQ huyện Cao Lộc, đề nghị tỉnh hướng dẫn cách giám sát các dự án sử dụng vốn của chương trình mục tiêu quốc gia ở cấp xã. Ông Lăng Văn Chiến, Chủ tịch Ủy ban MTTQ xã Tân Thành, phản ánh nhiều kiến nghị của cử tri về đường giao thông liên thôn chưa được trả lời.
Phát biểu kết luận, đồng chí Lộc Văn Khoa đề nghị quý III Mặt trận các huyện tập trung giám sát việc giải quyết các kiến nghị còn tồn đọng, chuẩn bị tốt hội nghị tiếp xúc cử tri trước kỳ họp HĐND tỉnh và tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở 1.613 khu dân cư; đồng thời triển khai cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam" gắn với tiêu thụ nông sản cho nhân dân.
Đồng chí Nông Thị Lìu cũng thông báo kết quả khảo sát 240 người dân về sự hài lòng đối với dịch vụ công ở cấp xã, trong đó 71,3% người được hỏi hài lòng.
Hoàng Linh
Tin cùng chuyên mục
- Mặt trận tỉnh giám sát việc thực hiện chính sách người có uy tín (27/06/2022)
- Văn Lãng: trao 20 suất quà cho trẻ em vùng biên (15/06/2022)
- Hội nghị phản biện dự thảo nghị quyết về trồng rừng (02/06/2022)
""", "2022-07-08", "Giao ban công tác Mặt trận quý II: giám sát sát với bức xúc của nhân dân",
E("giao_ban", "2022-Q2", "2022-07-05"),
[P("Lộc Văn Khoa", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nông Thị Lìu", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hoàng Văn Pác", "Chủ tịch Ủy ban MTTQ huyện Bình Gia"),
 P("Chu Thị Kiều", "Chủ tịch Ủy ban MTTQ huyện Cao Lộc"),
 P("Lăng Văn Chiến", "Chủ tịch Ủy ban MTTQ xã Tân Thành")],
[Q("11 huyện, thành phố", 11, "huyện, thành phố"), Q("86 cuộc giám sát", 86, "cuộc giám sát"), Q("54 kiến nghị", 54, "kiến nghị"),
 Q("9 dự thảo nghị quyết", 9, "dự thảo nghị quyết"), Q("47 lượt công dân", 47, "lượt công dân"),
 Q("hơn 3,6 tỷ đồng", 3600000000, "đồng", "over"), Q("74 nhà Đại đoàn kết", 74, "nhà Đại đoàn kết"),
 Q("12 hộ", 12, "hộ"), Q("1.613 khu dân cư", 1613, "khu dân cư"), Q("240 người dân", 240, "người dân"), Q("71,3%", 71.3, "%")],
[D("Kế hoạch", "112", "KH-MTTQ-BTT", "2022-04-14", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 112/KH-MTTQ-BTT ngày 14/4/2022"),
 D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021")],
[prov("Lạng Sơn"), com("Hồng Phong"), com("Tân Thành")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LẠNG SƠN", "You are here: Trang chủ / Tin tức - Sự kiện / Hoạt động Mặt trận",
 "Ảnh: Các đại biểu dự hội nghị giao ban.", "Vì người nghèo", "Ngày hội Đại đoàn kết toàn dân tộc",
 "Người Việt Nam ưu tiên dùng hàng Việt Nam", "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi"],
["Cập nhật: 14:05, 08/07/2022 (GMT+7)", "quý II năm 2022", "quý III", "1 hội nghị phản biện xã hội"]))

PAGES.append(page("b1747-ninhthuan-mttq-giamsat-2023", """
Báo Ninh Thuận điện tử
Thời sự | Chính trị | Mặt trận
08:40 | 26/09/2023
Giám sát việc thực hiện chính sách bảo hiểm y tế cho đồng bào dân tộc thiểu số
Thực hiện chương trình giám sát năm 2023, từ ngày 20 đến 22/9, đoàn giám sát của Ủy ban MTTQ Việt Nam tỉnh do ông Bá Văn Lãm, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách bảo hiểm y tế cho người dân tộc thiểu số, người sinh sống tại vùng có điều kiện kinh tế - xã hội đặc biệt khó khăn tại huyện Bác Ái và huyện Ninh Phước.
Đoàn giám sát làm việc tại Trạm Y tế xã Phước Bình. Ảnh: Văn Nỡ
Cuộc giám sát được thực hiện theo Kế hoạch số 2561/KH-MTTQ-BTT ngày 5/9/2023 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, căn cứ Nghị định số 146/2018/NĐ-CP ngày 17/10/2018 của Chính phủ quy định chi tiết và hướng dẫn biện pháp thi hành một số điều của Luật Bảo hiểm y tế. Đoàn đã làm việc với Bảo hiểm xã hội tỉnh, UBND 2 huyện và giám sát trực tiếp tại các xã Phước Bình, Phước Thành, Phước Hậu.
Theo báo cáo, toàn tỉnh có hơn 98.600 người dân tộc thiểu số được cấp thẻ bảo hiểm y tế, tỷ lệ bao phủ đạt 96,8%. Riêng huyện Bác Ái, người Raglai chiếm 83% dân số, việc cấp thẻ được thực hiện kịp thời. Tuy vậy, đoàn phát hiện 327 thẻ bị sai thông tin, 1.240 người thôi hưởng do thay đổi danh mục vùng đặc biệt khó khăn nhưng chưa được tuyên truyền kịp thời, nhiều người chỉ biết khi đi khám bệnh.
Tại buổi làm việc ở xã Phước Bình, bà Katơr Thị Hoa, Chủ tịch Ủy ban MTTQ xã Phước Bình, đề nghị bố trí thêm bác sĩ cho trạm y tế vì hiện chỉ có 1 y sĩ phụ trách 5 thôn. Ông Pinăng Văn Sỹ, người có uy tín thôn Ma Ty, phản ánh bà con phải đi xa hơn 40 km để khám chuyên khoa. Ở huyện Ninh Phước, ông Đổng Thanh Tú, Chủ tịch Ủy ban MTTQ xã Phước Hậu, cho biết nhiều hộ đồng bào Chăm thôn Hiếu Thiện mất thẻ do chuyển sang diện tự đóng, nay không đủ khả năng mua bảo hiểm y tế hộ gia đình.
Kết thúc giám sát, ông Bá Văn Lãm đánh giá cao sự phối hợp của các cơ quan và đưa ra 8 kiến nghị, trong đó đề nghị UBND tỉnh xem xét hỗ trợ 30% mức đóng cho các hộ vừa thoát khỏi vùng đặc biệt khó khăn; đề nghị Bảo hiểm xã hội tỉnh điều chỉnh dứt điểm các thẻ sai thông tin trước ngày 31/10/2023.
Bà Lưu Thị Kim Anh, Phó Giám đốc Bảo hiểm xã hội tỉnh tiếp thu các kiến nghị, cho biết ngành sẽ phối hợp với Mặt trận và các hội, đoàn thể tuyên truyền tận thôn, hộ về quyền lợi khi tham gia bảo hiểm y tế.
Văn Nỡ
Tin liên quan
- Mặt trận tỉnh phản biện dự thảo nghị quyết về giá dịch vụ khám bệnh (12/09/2023)
- Ninh Hải: giám sát việc thực hiện Quy chế dân chủ ở cơ sở (30/08/2023)
- Trao 100 suất học bổng cho học sinh Chăm, Raglai (18/08/2023)
Bản quyền thuộc Báo Ninh Thuận.
""", "2023-09-26", "Giám sát việc thực hiện chính sách bảo hiểm y tế cho đồng bào dân tộc thiểu số",
E("giam_sat", "2023", "2023-09-20"),
[P("Bá Văn Lãm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Katơr Thị Hoa", "Chủ tịch Ủy ban MTTQ xã Phước Bình"),
 P("Pinăng Văn Sỹ", "người có uy tín thôn Ma Ty"),
 P("Đổng Thanh Tú", "Chủ tịch Ủy ban MTTQ xã Phước Hậu"),
 P("Lưu Thị Kim Anh", "Phó Giám đốc Bảo hiểm xã hội tỉnh")],
[Q("2 huyện", 2, "huyện"), Q("hơn 98.600 người dân tộc thiểu số", 98600, "người dân tộc thiểu số", "over"),
 Q("96,8%", 96.8, "%"), Q("83%", 83, "%"), Q("327 thẻ", 327, "thẻ"), Q("1.240 người", 1240, "người"),
 Q("5 thôn", 5, "thôn"), Q("hơn 40 km", 40, "km", "over"), Q("8 kiến nghị", 8, "kiến nghị"), Q("30%", 30, "%")],
[D("Kế hoạch", "2561", "KH-MTTQ-BTT", "2023-09-05", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 2561/KH-MTTQ-BTT ngày 5/9/2023"),
 D("Nghị định", "146", "2018/NĐ-CP", "2018-10-17", "Chính phủ", "Nghị định số 146/2018/NĐ-CP ngày 17/10/2018")],
[prov("Ninh Thuận"), com("Phước Bình"), com("Phước Thành"), com("Phước Hậu")],
["Báo Ninh Thuận điện tử", "Thời sự | Chính trị | Mặt trận", "Đoàn giám sát làm việc tại Trạm Y tế xã Phước Bình. Ảnh: Văn Nỡ",
 "Luật Bảo hiểm y tế", "Bản quyền thuộc Báo Ninh Thuận."],
["08:40 | 26/09/2023", "năm 2023", "1 y sĩ", "ngày 31/10/2023"]))

PAGES.append(page("b1748-tayninh-mttq-phanbien-2023", """
ỦY BAN MTTQ VIỆT NAM TỈNH TÂY NINH
Trang chủ | Tin tức | Giám sát - Phản biện xã hội | Thư viện ảnh | Liên hệ
Ngày đăng 12/12/2023 | 15:10
Hội nghị phản biện xã hội dự thảo nghị quyết hỗ trợ người lao động đi làm việc ở nước ngoài
Sáng 8/12, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Tây Ninh tổ chức hội nghị phản biện xã hội đối với dự thảo Nghị quyết của HĐND tỉnh quy định chính sách hỗ trợ người lao động đi làm việc ở nước ngoài theo hợp đồng giai đoạn 2024 - 2030. Đây là nội dung phản biện thứ tư trong chương trình phản biện xã hội năm 2023 của Mặt trận tỉnh.
Quang cảnh hội nghị phản biện xã hội.
Chủ trì hội nghị có đồng chí Nguyễn Thành Tâm, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh và đồng chí Trương Thị Hồng Nhung, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội đồng tư vấn về kinh tế. Tham dự có 45 đại biểu đại diện các tổ chức thành viên, các hội đồng tư vấn, chuyên gia và người lao động đã từng đi làm việc ở nước ngoài.
Theo dự thảo, đối tượng được hỗ trợ gồm người lao động thuộc hộ nghèo, hộ cận nghèo, người dân tộc thiểu số, thân nhân người có công với cách mạng; mức hỗ trợ tối đa 15 triệu đồng/người cho chi phí học ngoại ngữ, bồi dưỡng kiến thức cần thiết; dự kiến mỗi năm hỗ trợ khoảng 300 lao động, tổng kinh phí khoảng 31,5 tỷ đồng cho cả giai đoạn. Dự thảo được xây dựng căn cứ Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng số 69/2020/QH14 và các văn bản hướng dẫn thi hành.
Phản biện tại hội nghị, Luật sư Hà Thị Thùy Dương, Phó Chủ nhiệm Đoàn Luật sư tỉnh, đề nghị bổ sung đối tượng là người lao động bị thu hồi đất nông nghiệp. Bà Thị Chanh Thu, Chủ tịch Hội Liên hiệp Phụ nữ xã Tân Đông, cho biết xã có 26 lao động người Khmer muốn đi làm việc tại Hàn Quốc nhưng khó khăn về ngoại ngữ và chi phí ban đầu. Ông Lê Văn Chín, Trưởng ban công tác Mặt trận ấp Tân Trung, xã Tân Hòa, kiến nghị có cơ chế giám sát các doanh nghiệp dịch vụ để tránh tình trạng lừa đảo người lao động.
Kết luận hội nghị, đồng chí Nguyễn Thành Tâm cho biết Ban Thường trực đã ghi nhận 16 ý kiến phản biện, sẽ tổng hợp thành văn bản phản biện gửi UBND tỉnh và Thường trực HĐND tỉnh trước kỳ họp cuối năm. Theo Quyết định 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị và Nghị quyết liên tịch 403, cơ quan soạn thảo có trách nhiệm tiếp thu, giải trình bằng văn bản đối với các ý kiến phản biện của Mặt trận.
Năm 2023, Mặt trận tỉnh đã chủ trì phản biện 4 dự thảo và tham gia góp ý 26 dự thảo văn bản của tỉnh.
Thanh Tùng
Các tin khác
- Hội nghị giám sát việc thực hiện Luật Thực hiện dân chủ ở cơ sở (28/11/2023)
- Mặt trận tỉnh trao 50 căn nhà Đại đoàn kết (15/11/2023)
- Hòa Thành: đối thoại với người dân về bồi thường dự án đường vành đai (02/11/2023)
""", "2023-12-12", "Hội nghị phản biện xã hội dự thảo nghị quyết hỗ trợ người lao động đi làm việc ở nước ngoài",
E("hoi_nghi", "2023", "2023-12-08"),
[P("Nguyễn Thành Tâm", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trương Thị Hồng Nhung", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội đồng tư vấn về kinh tế"),
 P("Hà Thị Thùy Dương", "Luật sư", "Phó Chủ nhiệm Đoàn Luật sư tỉnh"),
 P("Thị Chanh Thu", "Chủ tịch Hội Liên hiệp Phụ nữ xã Tân Đông"),
 P("Lê Văn Chín", "Trưởng ban công tác Mặt trận ấp Tân Trung")],
[Q("45 đại biểu", 45, "đại biểu"), Q("15 triệu đồng", 15000000, "đồng"), Q("khoảng 300 lao động", 300, "lao động", "approx"),
 Q("khoảng 31,5 tỷ đồng", 31500000000, "đồng", "approx"), Q("26 lao động", 26, "lao động"),
 Q("16 ý kiến phản biện", 16, "ý kiến phản biện"), Q("4 dự thảo", 4, "dự thảo"), Q("26 dự thảo văn bản", 26, "dự thảo văn bản")],
[D("Luật", "69", "2020/QH14", None, None, "Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng số 69/2020/QH14"),
 D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định 217-QĐ/TW ngày 12/12/2013"),
 D("Nghị quyết liên tịch", "403", None, None, None, "Nghị quyết liên tịch 403")],
[prov("Tây Ninh"), com("Tân Đông"), com("Tân Hòa")],
["ỦY BAN MTTQ VIỆT NAM TỈNH TÂY NINH", "Trang chủ | Tin tức | Giám sát - Phản biện xã hội | Thư viện ảnh | Liên hệ",
 "Quang cảnh hội nghị phản biện xã hội."],
["Ngày đăng 12/12/2023 | 15:10", "giai đoạn 2024 - 2030", "nội dung phản biện thứ tư", "năm 2023", "mỗi năm"]))

PAGES.append(page("b1749-sonla-mttq-daihoi-2024", """
BÁO SƠN LA ĐIỆN TỬ
Thời sự » Chính trị » Mặt trận
29 tháng 8, 2024 | 10:20
Ảnh: Đoàn Chủ tịch điều hành phiên làm việc thứ nhất.
Đại hội đại biểu MTTQ Việt Nam tỉnh Sơn La lần thứ XVI thành công tốt đẹp
Trong 2 ngày 27 và 28/8/2024, Ủy ban MTTQ Việt Nam tỉnh Sơn La tổ chức Đại hội đại biểu MTTQ Việt Nam tỉnh lần thứ XVI, nhiệm kỳ 2024 - 2029. Dự đại hội có 299 đại biểu chính thức, đại diện cho hơn 1,3 triệu người thuộc 12 dân tộc trong tỉnh, trong đó đại biểu là người dân tộc thiểu số chiếm 68,2%.
Báo cáo chính trị do đồng chí Lò Thị Mai, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh khóa XV trình bày cho biết, nhiệm kỳ qua Mặt trận các cấp đã chủ trì 2.846 cuộc giám sát, đưa ra 4.120 kiến nghị, đến nay có 3.514 kiến nghị được tiếp thu, giải quyết. Mặt trận tỉnh tổ chức 19 hội nghị phản biện xã hội đối với các dự thảo nghị quyết của HĐND tỉnh; tham gia góp ý hơn 600 dự thảo văn bản. Quỹ "Vì người nghèo" các cấp tiếp nhận trên 286 tỷ đồng, hỗ trợ xây mới, sửa chữa 6.451 nhà Đại đoàn kết.
Đại biểu biểu quyết thông qua Nghị quyết Đại hội.
Tham luận tại đại hội, ông Quàng Văn Hặc, người có uy tín bản Nà Sài, xã Chiềng Khoong, chia sẻ cách vận động bà con người Thái hiến đất làm đường; bà Vàng Thị Chư, Chủ tịch Ủy ban MTTQ xã Tà Xùa, nêu kinh nghiệm giám sát việc chi trả tiền dịch vụ môi trường rừng cho 312 hộ người Mông. Ông Cầm Văn Chính, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh, trình bày tham luận về nâng cao hiệu quả phản biện xã hội theo Chỉ thị 18-CT/TW ngày 10/10/2022 của Ban Bí thư.
Phát biểu chỉ đạo, đồng chí Hoàng Quốc Khánh, Phó Bí thư Thường trực Tỉnh ủy, đề nghị Mặt trận nhiệm kỳ mới tập trung thực hiện Nghị quyết 43-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương về tiếp tục phát huy truyền thống, sức mạnh khối đại đoàn kết toàn dân tộc; đổi mới nội dung giám sát, lấy sự hài lòng của nhân dân làm thước đo.
Đại hội đã hiệp thương cử 85 vị vào Ủy ban MTTQ Việt Nam tỉnh khóa XVI. Tại hội nghị lần thứ nhất, đồng chí Lò Thị Mai tiếp tục được hiệp thương giữ chức Chủ tịch Ủy ban MTTQ Việt Nam tỉnh khóa XVI; các đồng chí Lường Văn Thiêm, Sồng A Lử, Đinh Thị Hạnh giữ chức Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh. Đại hội cũng bầu 11 đại biểu dự Đại hội đại biểu toàn quốc MTTQ Việt Nam lần thứ X.
Đại hội thông qua 3 chương trình hành động và 1 khâu đột phá về giám sát ở cơ sở.
Ngọc Lan - Thu Trang
Tin liên quan
- Đại hội MTTQ huyện Bắc Yên nhiệm kỳ 2024 - 2029 (20/07/2024)
- Mai Sơn: hiệp thương cử chủ tịch Mặt trận xã (11/07/2024)
- Sơn La hoàn thành đại hội Mặt trận cấp xã (28/06/2024)
""", "2024-08-29", "Đại hội đại biểu MTTQ Việt Nam tỉnh Sơn La lần thứ XVI thành công tốt đẹp",
E("dai_hoi", None, "2024-08-27"),
[P("Lò Thị Mai", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh khóa XV", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh khóa XVI"),
 P("Quàng Văn Hặc", "người có uy tín bản Nà Sài"),
 P("Vàng Thị Chư", "Chủ tịch Ủy ban MTTQ xã Tà Xùa"),
 P("Cầm Văn Chính", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hoàng Quốc Khánh", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Lường Văn Thiêm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Sồng A Lử", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đinh Thị Hạnh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("299 đại biểu chính thức", 299, "đại biểu chính thức"), Q("hơn 1,3 triệu người", 1300000, "người", "over"),
 Q("12 dân tộc", 12, "dân tộc"), Q("68,2%", 68.2, "%"), Q("2.846 cuộc giám sát", 2846, "cuộc giám sát"),
 Q("4.120 kiến nghị", 4120, "kiến nghị"), Q("3.514 kiến nghị", 3514, "kiến nghị"),
 Q("19 hội nghị phản biện xã hội", 19, "hội nghị phản biện xã hội"), Q("hơn 600 dự thảo văn bản", 600, "dự thảo văn bản", "over"),
 Q("trên 286 tỷ đồng", 286000000000, "đồng", "over"), Q("6.451 nhà Đại đoàn kết", 6451, "nhà Đại đoàn kết"),
 Q("312 hộ", 312, "hộ"), Q("85 vị", 85, "vị"), Q("11 đại biểu", 11, "đại biểu"),
 Q("3 chương trình hành động", 3, "chương trình hành động")],
[D("Chỉ thị", "18", "CT/TW", "2022-10-10", "Ban Bí thư", "Chỉ thị 18-CT/TW ngày 10/10/2022"),
 D("Nghị quyết", "43", "NQ/TW", "2023-11-24", "Ban Chấp hành Trung ương", "Nghị quyết 43-NQ/TW ngày 24/11/2023")],
[prov("Sơn La"), com("Chiềng Khoong"), com("Tà Xùa")],
["BÁO SƠN LA ĐIỆN TỬ", "Thời sự » Chính trị » Mặt trận", "Ảnh: Đoàn Chủ tịch điều hành phiên làm việc thứ nhất.",
 "Đại biểu biểu quyết thông qua Nghị quyết Đại hội.", "Vì người nghèo"],
["29 tháng 8, 2024 | 10:20", "2 ngày", "lần thứ XVI", "nhiệm kỳ 2024 - 2029", "khóa XV", "khóa XVI", "hội nghị lần thứ nhất",
 "lần thứ X", "1 khâu đột phá"]))

PAGES.append(page("b1750-baclieu-mttq-baocao-2024", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH BẠC LIÊU
Trang chủ >> Tin tức >> Tham gia xây dựng chính quyền
17/12/2024 - 14:35
Mặt trận báo cáo kết quả tham gia xây dựng chính quyền và tổng hợp ý kiến cử tri năm 2024
Ngày 10/12/2024, tại kỳ họp thứ 21 HĐND tỉnh Bạc Liêu khóa X, bà Lâm Thị Sa Mây, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh đã trình bày báo cáo của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh thông báo công tác Mặt trận tham gia xây dựng chính quyền năm 2024 và tổng hợp ý kiến, kiến nghị của cử tri, nhân dân gửi đến kỳ họp.
Bà Lâm Thị Sa Mây trình bày báo cáo tại kỳ họp. Ảnh: Trúc Linh
Theo báo cáo, năm 2024 Mặt trận các cấp trong tỉnh đã chủ trì 412 cuộc giám sát, trong đó cấp tỉnh 5 cuộc theo chuyên đề, tập trung vào việc thực hiện chính sách hỗ trợ nhà ở cho hộ nghèo, công tác bồi thường, hỗ trợ tái định cư các dự án điện gió ven biển và việc cấp nước sạch nông thôn. Qua giám sát, Mặt trận đưa ra 286 kiến nghị, đã có 241 kiến nghị được tiếp thu, giải quyết. Mặt trận tỉnh chủ trì phản biện 3 dự thảo nghị quyết của HĐND tỉnh, trong đó dự thảo quy định mức hỗ trợ xây dựng nhà ở cho hộ nghèo đã được cơ quan soạn thảo tiếp thu nâng mức hỗ trợ từ 40 lên 60 triệu đồng/căn.
Ban Thanh tra nhân dân 64 xã, phường, thị trấn đã thực hiện 318 cuộc giám sát, phát hiện 27 vụ việc, kiến nghị xử lý 19 vụ việc. Thực hiện Quyết định 218-QĐ/TW của Bộ Chính trị, Mặt trận các cấp tổ chức 96 hội nghị để nhân dân góp ý cho cán bộ, đảng viên ở khu dân cư. Mặt trận tiếp tục triển khai Kế hoạch số 215/KH-MTTQ-BTT ngày 12/3/2024 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về giám sát việc thực hiện Luật Thực hiện dân chủ ở cơ sở.
Trước kỳ họp, Mặt trận phối hợp tổ chức 42 điểm tiếp xúc cử tri với 3.850 lượt cử tri tham dự, tổng hợp được 128 ý kiến, kiến nghị. Cử tri phản ánh nhiều nhất về sạt lở bờ biển, tình trạng xâm nhập mặn, giá lúa, tôm không ổn định, chất lượng khám chữa bệnh bảo hiểm y tế ở tuyến xã. Cử tri Trần Văn Út, ấp Kinh Tư, xã Vĩnh Hậu A, kiến nghị sớm gia cố đoạn đê biển bị sạt lở dài 1,2 km. Cử tri Thạch Thị Sà Phương, xã Hưng Thành, đề nghị hỗ trợ người nuôi tôm bị thiệt hại do dịch bệnh.
Báo cáo đề nghị UBND tỉnh chỉ đạo trả lời dứt điểm 23 kiến nghị tồn đọng từ các kỳ họp trước. Kết thúc phần trình bày, đồng chí Huỳnh Thanh Tâm, Phó Chủ tịch HĐND tỉnh điều hành kỳ họp, đề nghị các sở, ngành nghiêm túc tiếp thu báo cáo của Mặt trận.
Trúc Linh
Lượt xem: 375
Tin liên quan
- Hội nghị phản biện dự thảo nghị quyết hỗ trợ nhà ở cho hộ nghèo (14/11/2024)
- Mặt trận tỉnh giám sát công tác bồi thường dự án điện gió (28/10/2024)
- Tiếp xúc cử tri trước kỳ họp cuối năm (25/11/2024)
""", "2024-12-17", "Mặt trận báo cáo kết quả tham gia xây dựng chính quyền và tổng hợp ý kiến cử tri năm 2024",
E("bao_cao", "2024", "2024-12-10"),
[P("Lâm Thị Sa Mây", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Văn Út"),
 P("Thạch Thị Sà Phương"),
 P("Huỳnh Thanh Tâm", "Phó Chủ tịch HĐND tỉnh")],
[Q("412 cuộc giám sát", 412, "cuộc giám sát"), Q("5 cuộc", 5, "cuộc"), Q("286 kiến nghị", 286, "kiến nghị"),
 Q("241 kiến nghị", 241, "kiến nghị"), Q("3 dự thảo nghị quyết", 3, "dự thảo nghị quyết"),
 Q("từ 40 lên 60 triệu đồng", 40000000, "đồng"), Q("60 triệu đồng", 60000000, "đồng"),
 Q("64 xã, phường, thị trấn", 64, "xã, phường, thị trấn"), Q("318 cuộc giám sát", 318, "cuộc giám sát"),
 Q("27 vụ việc", 27, "vụ việc"), Q("19 vụ việc", 19, "vụ việc"), Q("96 hội nghị", 96, "hội nghị"),
 Q("42 điểm tiếp xúc cử tri", 42, "điểm tiếp xúc cử tri"), Q("3.850 lượt cử tri", 3850, "lượt cử tri"),
 Q("128 ý kiến, kiến nghị", 128, "ý kiến, kiến nghị"), Q("1,2 km", 1.2, "km"), Q("23 kiến nghị tồn đọng", 23, "kiến nghị tồn đọng")],
[D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 218-QĐ/TW"),
 D("Kế hoạch", "215", "KH-MTTQ-BTT", "2024-03-12", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 215/KH-MTTQ-BTT ngày 12/3/2024")],
[prov("Bạc Liêu"), com("Vĩnh Hậu A"), com("Hưng Thành")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH BẠC LIÊU", "Trang chủ >> Tin tức >> Tham gia xây dựng chính quyền",
 "Bà Lâm Thị Sa Mây trình bày báo cáo tại kỳ họp. Ảnh: Trúc Linh", "Luật Thực hiện dân chủ ở cơ sở", "Lượt xem: 375"],
["17/12/2024 - 14:35", "kỳ họp thứ 21", "khóa X", "năm 2024", "Lượt xem: 375"]))
