from lib import *
PAGES = []

PAGES.append(page("b7481-thainguyen-mttq-soket-6thang-2022", """
Báo Thái Nguyên điện tử
Chính trị » Mặt trận - Đoàn thể
15/07/2022 - 16:20
Đồng chí Nông Thị Thanh Huyền phát biểu kết luận hội nghị.
Ban Thường trực Ủy ban MTTQ tỉnh thông báo kết luận hội nghị sơ kết
Ngày 12/7, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2022. Ngày 14/7/2022, Ban Thường trực ban hành Thông báo số 68/TB-MTTQ-BTT kết luận của đồng chí Nông Thị Thanh Huyền, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh tại hội nghị.
Thông báo đánh giá: 6 tháng đầu năm, Mặt trận các cấp đã triển khai Chương trình hành động số 15-CTr/TU của Tỉnh ủy về phát huy sức mạnh khối đại đoàn kết toàn dân tộc, cùng Kế hoạch số 54, 55/KH-MTTQ-BTT về giám sát và phản biện xã hội năm 2022. Quỹ "Vì người nghèo" các cấp tiếp nhận hơn 6,2 tỷ đồng, hỗ trợ xây mới, sửa chữa 148 nhà đại đoàn kết; Mặt trận các cấp chủ trì 32 cuộc giám sát và 11 hội nghị phản biện xã hội, góp ý 26 dự thảo văn bản của chính quyền.
Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" tiếp tục lan tỏa: nhân dân hiến gần 48.000 m2 đất, đóng góp khoảng 37 tỷ đồng làm đường giao thông, kênh mương. Tuy nhiên, tỷ lệ giải ngân kinh phí hỗ trợ nhà ở cho hộ nghèo mới đạt 62%; việc phối hợp nắm tình hình tư tưởng nhân dân ở một số xã vùng cao còn chậm.
Tại hội nghị, các Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Ma Thị Nguyệt, Hoàng Văn Tiến đã làm rõ thêm một số nội dung về công tác giám sát. Ông Lý Văn Hồng, Chủ tịch Ủy ban MTTQ huyện Võ Nhai, chia sẻ cách làm của xã Phương Giao trong vận động đồng bào Dao, Mông bỏ hủ tục; bà Trần Thị Hải Yến, Chủ tịch Ủy ban MTTQ phường Túc Duyên, nêu kinh nghiệm xây dựng tổ dân phố "4 không".
Về nhiệm vụ 6 tháng cuối năm, đồng chí Chủ tịch yêu cầu tập trung chuẩn bị Đại hội Mặt trận các cấp nhiệm kỳ 2024 - 2029; tổ chức tốt Ngày hội Đại đoàn kết toàn dân tộc; hoàn thành việc hỗ trợ ít nhất 200 nhà đại đoàn kết trước ngày 30/11; giám sát chặt chẽ việc thực hiện chính sách an sinh xã hội, nhất là hỗ trợ người lao động bị ảnh hưởng bởi dịch COVID-19.
Các ban chuyên môn, Văn phòng Ủy ban MTTQ tỉnh căn cứ chức năng, nhiệm vụ cụ thể hóa các nội dung kết luận vào chương trình công tác; định kỳ hằng tháng báo cáo Ban Thường trực. Ủy ban MTTQ các huyện, thành phố gửi báo cáo sơ kết bằng văn bản về Văn phòng để tổng hợp.
Thông báo gửi Thường trực Tỉnh ủy, Ban Dân vận Tỉnh ủy, các tổ chức thành viên và Ủy ban MTTQ các huyện, thành phố.
TL. BAN THƯỜNG TRỰC
CHÁNH VĂN PHÒNG
Dương Thị Hoa
Thu Hằng
Lượt xem: 1.486
Tin liên quan
- Phú Lương: giám sát việc thực hiện chính sách với người có công (08/07/2022)
- Mặt trận tỉnh trao 50 nhà đại đoàn kết cho hộ nghèo (01/07/2022)
- Hội nghị phản biện dự thảo Nghị quyết về hỗ trợ nhà ở (24/06/2022)
""", "2022-07-15", "Ban Thường trực Ủy ban MTTQ tỉnh thông báo kết luận hội nghị sơ kết",
E("so_ket", "2022-H1", "2022-07-12"),
[P("Nông Thị Thanh Huyền", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ma Thị Nguyệt", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hoàng Văn Tiến", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lý Văn Hồng", "Chủ tịch Ủy ban MTTQ huyện Võ Nhai"),
 P("Trần Thị Hải Yến", "Chủ tịch Ủy ban MTTQ phường Túc Duyên"),
 P("Dương Thị Hoa", "CHÁNH VĂN PHÒNG")],
[Q("hơn 6,2 tỷ đồng", 6200000000, "đồng", "over"), Q("148 nhà đại đoàn kết", 148, "nhà đại đoàn kết"),
 Q("32 cuộc giám sát", 32, "cuộc giám sát"), Q("11 hội nghị phản biện xã hội", 11, "hội nghị phản biện xã hội"),
 Q("26 dự thảo văn bản", 26, "dự thảo văn bản"), Q("gần 48.000 m2", 48000, "m2", "approx"),
 Q("khoảng 37 tỷ đồng", 37000000000, "đồng", "approx"), Q("62%", 62, "%"),
 Q("ít nhất 200 nhà đại đoàn kết", 200, "nhà đại đoàn kết", "over")],
[D("Thông báo", "68", "TB-MTTQ-BTT", "2022-07-14", "Ban Thường trực", "Thông báo số 68/TB-MTTQ-BTT"),
 D("Chương trình hành động", "15", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 15-CTr/TU"),
 D("Kế hoạch", "54", "KH-MTTQ-BTT", None, None, "Kế hoạch số 54, 55/KH-MTTQ-BTT"),
 D("Kế hoạch", "55", "KH-MTTQ-BTT", None, None, "Kế hoạch số 54, 55/KH-MTTQ-BTT")],
[prov("Thái Nguyên"), com("Phương Giao"), com("Túc Duyên")],
["Báo Thái Nguyên điện tử", "Chính trị » Mặt trận - Đoàn thể", "Đồng chí Nông Thị Thanh Huyền phát biểu kết luận hội nghị.",
 "Vì người nghèo", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Ngày hội Đại đoàn kết toàn dân tộc",
 "TL. BAN THƯỜNG TRỰC", "Lượt xem: 1.486"],
["6 tháng đầu năm", "6 tháng cuối năm 2022", "4 không", "nhiệm kỳ 2024 - 2029", "COVID-19", "15/07/2022 - 16:20", "Lượt xem: 1.486"]))

PAGES.append(page("b7482-quangnam-mttq-tongket-2022", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG NAM
You are here: Trang chủ > Tin tức - Sự kiện > Hoạt động của Ủy ban MTTQ tỉnh
Ngày 28/12/2022 | 10:45
Quang cảnh hội nghị tổng kết.
Kết luận của Ban Thường trực tại hội nghị tổng kết công tác Mặt trận
Ngày 26/12/2022, Ủy ban MTTQ Việt Nam tỉnh Quảng Nam tổ chức hội nghị tổng kết công tác Mặt trận năm 2022, triển khai chương trình phối hợp và thống nhất hành động năm 2023. Bà Huỳnh Thị Kim Xuyến, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì. Dự hội nghị có 120 đại biểu là Ủy viên Ủy ban, đại diện các tổ chức thành viên và Mặt trận 18 huyện, thị xã, thành phố.
Ban Thường trực đã ban hành Thông báo số 102/TB-MTTQ-BTT ngày 27/12/2022 về kết luận hội nghị, cụ thể:
Năm 2022, Mặt trận các cấp đã tham mưu cấp ủy triển khai Chỉ thị 07, 08-CT/TU của Ban Thường vụ Tỉnh ủy về công tác vận động đồng bào dân tộc thiểu số miền núi; phối hợp thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi theo Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ. Quỹ "Vì người nghèo" các cấp vận động hơn 42 tỷ đồng, xây dựng và sửa chữa 1.200 nhà đại đoàn kết. Mặt trận các cấp chủ trì 18 cuộc giám sát, 23 hội nghị phản biện xã hội; tỷ lệ hộ gia đình đạt danh hiệu gia đình văn hóa đạt 91,5%.
Hạn chế được chỉ ra là việc nắm bắt tình hình dư luận xã hội ở một số nơi còn chậm; kiến nghị sau giám sát chưa được theo dõi đến cùng; hoạt động của Ban Thanh tra nhân dân ở một số xã miền núi còn lúng túng.
Tại hội nghị, ông Zơ Râm Bông, Chủ tịch Ủy ban MTTQ huyện Đông Giang, cho biết đồng bào Cơ Tu đã hiến đất, góp công làm 14 km đường vào khu sản xuất. Bà A Lăng Thị Hoa, người có uy tín thôn A Ur, xã Tà Lu, chia sẻ cách vận động bà con đưa con em đến trường. Ông Phan Văn Trung, Phó Chủ tịch Ủy ban MTTQ phường Tân Thạnh, đề nghị có cơ chế bồi dưỡng cho Trưởng ban công tác Mặt trận khối phố.
Nhiệm vụ năm 2023: tiếp tục đổi mới nội dung, phương thức hoạt động; triển khai có hiệu quả Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 của Quốc hội; phấn đấu hỗ trợ xây dựng ít nhất 1.000 nhà đại đoàn kết cho hộ nghèo, hộ khó khăn về nhà ở.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen cho 35 tập thể và 42 cá nhân có thành tích xuất sắc trong công tác Mặt trận năm 2022.
Thông báo do Chủ tịch ký:
TM. BAN THƯỜNG TRỰC
CHỦ TỊCH
Huỳnh Thị Kim Xuyến
Văn Phin
In bài viết | Gửi email
Các tin khác
- Tiên Phước tổng kết công tác Mặt trận năm 2022 (23/12/2022)
- Trao 30 nhà đại đoàn kết cho hộ nghèo Nam Trà My (19/12/2022)
- Mặt trận tỉnh giám sát việc thực hiện chính sách với người có công (10/12/2022)
""", "2022-12-28", "Kết luận của Ban Thường trực tại hội nghị tổng kết công tác Mặt trận",
E("tong_ket", "2022", "2022-12-26"),
[P("Huỳnh Thị Kim Xuyến", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "CHỦ TỊCH"),
 P("Zơ Râm Bông", "Chủ tịch Ủy ban MTTQ huyện Đông Giang"),
 P("A Lăng Thị Hoa", "người có uy tín thôn A Ur"),
 P("Phan Văn Trung", "Phó Chủ tịch Ủy ban MTTQ phường Tân Thạnh")],
[Q("120 đại biểu", 120, "đại biểu"), Q("18 huyện, thị xã, thành phố", 18, "huyện, thị xã, thành phố"),
 Q("hơn 42 tỷ đồng", 42000000000, "đồng", "over"), Q("1.200 nhà đại đoàn kết", 1200, "nhà đại đoàn kết"),
 Q("18 cuộc giám sát", 18, "cuộc giám sát"), Q("23 hội nghị phản biện xã hội", 23, "hội nghị phản biện xã hội"),
 Q("91,5%", 91.5, "%"), Q("14 km", 14, "km"), Q("ít nhất 1.000 nhà đại đoàn kết", 1000, "nhà đại đoàn kết", "over"),
 Q("35 tập thể", 35, "tập thể"), Q("42 cá nhân", 42, "cá nhân")],
[D("Thông báo", "102", "TB-MTTQ-BTT", "2022-12-27", "Ban Thường trực", "Thông báo số 102/TB-MTTQ-BTT ngày 27/12/2022"),
 D("Chỉ thị", "07", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 07, 08-CT/TU"),
 D("Chỉ thị", "08", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 07, 08-CT/TU"),
 D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021"),
 D("Luật", "10", "2022/QH15", None, "Quốc hội", "Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15")],
[prov("Quảng Nam"), com("Tà Lu"), com("Tân Thạnh")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG NAM", "You are here: Trang chủ > Tin tức - Sự kiện > Hoạt động của Ủy ban MTTQ tỉnh",
 "Quang cảnh hội nghị tổng kết.", "Vì người nghèo",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi",
 "TM. BAN THƯỜNG TRỰC", "In bài viết | Gửi email"],
["năm 2022", "năm 2023", "Ngày 28/12/2022 | 10:45"]))

PAGES.append(page("b7483-binhduong-mttq-giamsat-danchu-2023", """
Báo Bình Dương Online
Chính trị - Xã hội :: Mặt trận
Ngày đăng 19/05/2023 | 14:30
Ủy ban MTTQ tỉnh thông báo kết quả giám sát thực hiện dân chủ ở cơ sở tại Bến Cát
(BDO) Ngày 16/5, đoàn giám sát của Ủy ban MTTQ Việt Nam tỉnh do bà Nguyễn Thị Mỹ Hằng, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm Trưởng đoàn, đã giám sát việc thực hiện Luật Thực hiện dân chủ ở cơ sở tại UBND phường Tân Định và UBND xã An Điền, thị xã Bến Cát. Ngày 17/5/2023, Ban Thường trực ký Thông báo số 15/TB-MTTQ-BTT về kết quả giám sát.
Đợt giám sát nhằm đánh giá 6 tháng triển khai Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 và Nghị định số 59/2023/NĐ-CP của Chính phủ quy định chi tiết một số điều của luật, theo Kế hoạch số 08/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh.
Theo thông báo, hai địa phương đã công khai các nội dung theo quy định tại trụ sở và trên hệ thống loa truyền thanh; tổ chức lấy ý kiến nhân dân về quy hoạch sử dụng đất tại 4 khu phố, 3 ấp. Từ đầu năm, phường Tân Định tiếp nhận 46 đơn thư, kiến nghị, đã giải quyết 41 đơn, đạt 89,1%. Xã An Điền vận động nhân dân đóng góp 1,5 tỷ đồng nâng cấp 2,3 km đường nhựa, hoàn toàn tự nguyện và được công khai thu chi.
Đoàn cũng chỉ ra một số hạn chế: việc niêm yết công khai ở một số nơi chưa đủ thời gian theo luật; biên bản hội nghị ở khu phố chưa ghi đầy đủ ý kiến của người dân; Ban Thanh tra nhân dân chưa được cung cấp đầy đủ tài liệu để giám sát. Khoảng 20% hộ gia đình được khảo sát cho biết chưa nắm rõ quyền của mình theo luật mới.
Ông Lê Văn Thắng, Chủ tịch UBND phường Tân Định, tiếp thu các ý kiến và cho biết phường sẽ khắc phục trong quý III. Bà Nguyễn Thị Mỹ Hằng đề nghị UBND thị xã Bến Cát chỉ đạo các xã, phường tổ chức hội nghị nhân dân đúng quy trình, phát huy vai trò giám sát của Ban Thanh tra nhân dân và Ban giám sát đầu tư của cộng đồng.
Theo Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Bình Dương, đây là đợt giám sát chuyên đề đầu tiên về thực hiện dân chủ ở cơ sở kể từ khi luật có hiệu lực; kết quả sẽ được tổng hợp cùng các đoàn giám sát ở Thủ Dầu Một, Thuận An để kiến nghị Tỉnh ủy, UBND tỉnh.
Ban Thường trực yêu cầu các đơn vị được giám sát báo cáo kết quả khắc phục bằng văn bản trước ngày 30/6/2023; Ủy ban MTTQ thị xã Bến Cát có trách nhiệm theo dõi và giám sát việc thực hiện các kiến nghị sau giám sát của đoàn.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Thị Mỹ Hằng
Nơi nhận: Như trên; Thường trực Tỉnh ủy; UBND tỉnh; lưu VT, BDCPL.
Phương Lê
Tin cùng chuyên mục
- Mặt trận Dĩ An phản biện dự thảo đề án chỉnh trang đô thị (12/05/2023)
- Tân Uyên: giám sát việc hỗ trợ người lao động mất việc (05/05/2023)
- Hội nghị tập huấn Luật Thực hiện dân chủ ở cơ sở (21/04/2023)
""", "2023-05-19", "Ủy ban MTTQ tỉnh thông báo kết quả giám sát thực hiện dân chủ ở cơ sở tại Bến Cát",
E("giam_sat", None, "2023-05-16"),
[P("Nguyễn Thị Mỹ Hằng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Trưởng đoàn", "PHÓ CHỦ TỊCH"),
 P("Lê Văn Thắng", "Chủ tịch UBND phường Tân Định")],
[Q("4 khu phố", 4, "khu phố"), Q("3 ấp", 3, "ấp"), Q("46 đơn thư, kiến nghị", 46, "đơn thư, kiến nghị"), Q("41 đơn", 41, "đơn"),
 Q("89,1%", 89.1, "%"), Q("1,5 tỷ đồng", 1500000000, "đồng"), Q("2,3 km", 2.3, "km"), Q("Khoảng 20%", 20, "%", "approx")],
[D("Thông báo", "15", "TB-MTTQ-BTT", "2023-05-17", "Ban Thường trực", "Thông báo số 15/TB-MTTQ-BTT"),
 D("Luật", "10", "2022/QH15", None, None, "Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15"),
 D("Nghị định", "59", "2023/NĐ-CP", None, "Chính phủ", "Nghị định số 59/2023/NĐ-CP"),
 D("Kế hoạch", "08", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 08/KH-MTTQ-BTT")],
[prov("Bình Dương"), com("Tân Định"), com("An Điền")],
["Báo Bình Dương Online", "Chính trị - Xã hội :: Mặt trận", "(BDO)", "KT. CHỦ TỊCH"],
["6 tháng", "quý III", "Ngày đăng 19/05/2023 | 14:30"]))

PAGES.append(page("b7484-yenbai-mttq-tiepnhan-bao-yagi-2024", """
BÁO YÊN BÁI - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH YÊN BÁI
Xã hội | Mặt trận - Đoàn thể
Thứ Sáu, 13/09/2024 - 19:10
Mặt trận tỉnh thông báo tiếp nhận, phân bổ ủng hộ đồng bào bị thiệt hại do bão số 3
YBĐT - Ngày 12/9/2024, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Yên Bái ban hành Công văn số 1204/MTTQ-BTT về việc tiếp nhận, phân bổ tiền, hàng ủng hộ đồng bào bị thiệt hại do bão số 3 (bão Yagi) và mưa lũ sau bão. Công văn được gửi Ủy ban MTTQ các huyện, thị xã, thành phố và các tổ chức thành viên.
Theo công văn, đến 17 giờ ngày 12/9, Ban Vận động cứu trợ tỉnh đã tiếp nhận hơn 32 tỷ đồng của 1.250 tổ chức, cá nhân trong và ngoài tỉnh, cùng hàng chục tấn lương thực, nước uống. Hoàn lưu bão đã làm 48 người chết và mất tích, 2.876 ngôi nhà bị hư hỏng, nhiều tuyến đường ở các huyện vùng cao bị chia cắt.
Thực hiện Lời kêu gọi của Ủy ban Trung ương MTTQ Việt Nam và Công điện của Thủ tướng Chính phủ về khắc phục hậu quả bão, Ban Thường trực thống nhất mức hỗ trợ: hộ có nhà bị sập, trôi hoàn toàn 40 triệu đồng/hộ; hộ có người chết, mất tích 10 triệu đồng/người; hộ có nhà bị hư hỏng nặng từ 5 đến 10 triệu đồng/hộ. Việc hỗ trợ thực hiện theo Nghị định số 93/2021/NĐ-CP ngày 27/10/2021 của Chính phủ về vận động, tiếp nhận, phân phối và sử dụng các nguồn đóng góp tự nguyện.
Bà Giàng Thị Dung, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Trưởng ban Vận động cứu trợ tỉnh cho biết, đợt đầu Mặt trận tỉnh đã chuyển kinh phí về huyện Văn Yên, Lục Yên và thành phố Yên Bái để hỗ trợ kịp thời các hộ ở xã Đại Phác, phường Yên Ninh và các xã bị ảnh hưởng nặng. Bà Hà Thị Lan, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, lưu ý Ban công tác Mặt trận thôn, tổ dân phố phải rà soát, lập danh sách công khai, không để trùng lặp, bỏ sót.
Ông Hoàng Văn Thái, Chủ tịch UBND xã Đại Phác, cho biết xã có 136 hộ phải di dời khẩn cấp khỏi vùng sạt lở; nhân dân các thôn không bị ảnh hưởng đã nấu cơm, nhường chỗ ở cho bà con.
Ban Thường trực đề nghị các tổ chức, cá nhân ủng hộ qua tài khoản của Ủy ban MTTQ Việt Nam tỉnh, ghi rõ nội dung "ủng hộ đồng bào bị thiệt hại do bão số 3"; toàn bộ danh sách được công khai trên Báo Yên Bái và Cổng thông tin điện tử của tỉnh. Mặt trận các cấp không tiếp nhận hàng hóa đã hết hạn sử dụng, quần áo cũ không bảo đảm vệ sinh.
Công văn do bà Giàng Thị Dung ký:
TM. BAN THƯỜNG TRỰC
CHỦ TỊCH
Giàng Thị Dung
Thanh Tân
Tin liên quan
- Mù Cang Chải: thông tuyến đường bị sạt lở (11/09/2024)
- Hội Chữ thập đỏ tỉnh trao 400 suất quà cho người dân vùng lũ (10/09/2024)
- Trạm Tấu di dời 25 hộ khỏi vùng nguy hiểm (09/09/2024)
""", "2024-09-13", "Mặt trận tỉnh thông báo tiếp nhận, phân bổ ủng hộ đồng bào bị thiệt hại do bão số 3",
E("khac", None, None),
[P("Giàng Thị Dung", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Trưởng ban Vận động cứu trợ tỉnh", "CHỦ TỊCH"),
 P("Hà Thị Lan", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hoàng Văn Thái", "Chủ tịch UBND xã Đại Phác")],
[Q("hơn 32 tỷ đồng", 32000000000, "đồng", "over"), Q("1.250 tổ chức, cá nhân", 1250, "tổ chức, cá nhân"),
 Q("48 người", 48, "người"), Q("2.876 ngôi nhà", 2876, "ngôi nhà"), Q("40 triệu đồng/hộ", 40000000, "đồng"),
 Q("10 triệu đồng/người", 10000000, "đồng"), Q("từ 5", 5000000, "đồng"), Q("10 triệu đồng/hộ", 10000000, "đồng"),
 Q("136 hộ", 136, "hộ")],
[D("Công văn", "1204", "MTTQ-BTT", "2024-09-12", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Yên Bái", "Công văn số 1204/MTTQ-BTT"),
 D("Nghị định", "93", "2021/NĐ-CP", "2021-10-27", "Chính phủ", "Nghị định số 93/2021/NĐ-CP ngày 27/10/2021")],
[prov("Yên Bái"), com("Đại Phác"), com("Yên Ninh")],
["BÁO YÊN BÁI - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH YÊN BÁI", "Xã hội | Mặt trận - Đoàn thể", "YBĐT",
 "Lời kêu gọi của Ủy ban Trung ương MTTQ Việt Nam", "TM. BAN THƯỜNG TRỰC", "Báo Yên Bái"],
["bão số 3", "17 giờ", "hàng chục tấn", "Thứ Sáu, 13/09/2024 - 19:10"]))

PAGES.append(page("b7485-phutho-mttq-thongbao-ketqua-daihoi-2024", """
PHÚ THỌ ĐIỆN TỬ
Trang chủ - Chính trị - Mặt trận
27/06/2024 - 08:30
Thông báo kết quả Đại hội đại biểu MTTQ Việt Nam tỉnh Phú Thọ lần thứ XVI
Ngày 26/6/2024, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh khóa XVI ban hành Thông báo số 215/TB-MTTQ-BTT về kết quả Đại hội đại biểu MTTQ Việt Nam tỉnh Phú Thọ lần thứ XVI, nhiệm kỳ 2024 - 2029, diễn ra từ ngày 24 đến 25/6/2024 tại Trung tâm Hội nghị tỉnh, phường Tân Dân, thành phố Việt Trì.
Theo thông báo, đại hội có 298 đại biểu chính thức, đại diện cho các giai cấp, tầng lớp nhân dân, các dân tộc, tôn giáo trong tỉnh. Đại hội đã hiệp thương dân chủ cử 72 vị vào Ủy ban MTTQ Việt Nam tỉnh khóa XVI; Hội nghị lần thứ nhất Ủy ban MTTQ tỉnh hiệp thương cử Ban Thường trực gồm 5 vị.
Bà Đinh Thị Hòa, Ủy viên Ban Thường vụ Tỉnh ủy, tiếp tục được hiệp thương cử giữ chức Chủ tịch Ủy ban MTTQ Việt Nam tỉnh khóa XVI. Các ông, bà Hà Văn Nguyệt, Cao Văn Khải, Nguyễn Đình Thắng - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh khóa XVI. Ông Lê Quang Vinh được hiệp thương cử làm Ủy viên Thường trực, Trưởng ban Tổ chức - Tuyên giáo Ủy ban MTTQ tỉnh.
Đại hội được tổ chức theo Chỉ thị số 18-CT/TW ngày 26/10/2022 của Bộ Chính trị về lãnh đạo đại hội Mặt trận Tổ quốc Việt Nam các cấp và Kế hoạch số 162-KH/TU của Ban Thường vụ Tỉnh ủy. Trước đó, 100% Ủy ban MTTQ cấp xã và 13 huyện, thành, thị đã tổ chức xong đại hội; đại hội điểm cấp xã được tổ chức tại xã Xuân Sơn, huyện Tân Sơn, nơi đồng bào Mường, Dao sinh sống.
Nhiệm kỳ 2019 - 2024, Mặt trận các cấp trong tỉnh đã vận động xây dựng 3.650 nhà đại đoàn kết với tổng giá trị trên 180 tỷ đồng; tỷ lệ hộ nghèo giảm từ 5,35% xuống còn 2,08%. Đại hội đề ra 3 đột phá và 7 chỉ tiêu, trong đó phấn đấu hằng năm có từ 90% khu dân cư trở lên đạt danh hiệu khu dân cư văn hóa.
Phát biểu tại đại hội, ông Bùi Văn Quang, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh đề nghị Mặt trận tiếp tục làm tốt vai trò cầu nối giữa Đảng, chính quyền với nhân dân, chủ động giám sát, phản biện xã hội. Đại hội cũng bầu đoàn đại biểu gồm 13 đại biểu chính thức đi dự Đại hội đại biểu toàn quốc MTTQ Việt Nam lần thứ X.
Đại hội đã thông qua Nghị quyết đại hội và Chương trình hành động nhiệm kỳ mới, với khẩu hiệu hành động "Đoàn kết - Dân chủ - Đổi mới - Phát triển".
Thông báo gửi Ủy ban Trung ương MTTQ Việt Nam, Thường trực Tỉnh ủy, các tổ chức thành viên và Ủy ban MTTQ các huyện, thành, thị.
TM. BAN THƯỜNG TRỰC
CHỦ TỊCH
(Đã ký)
Đinh Thị Hòa
Bích Ngọc
Tin liên quan
- Bế mạc Đại hội đại biểu MTTQ Việt Nam tỉnh Phú Thọ lần thứ XVI (25/06/2024)
- Tham Sơn: trao 10 nhà đại đoàn kết cho hộ nghèo (18/06/2024)
- Lâm Thao tổ chức thành công đại hội Mặt trận điểm (12/05/2024)
""", "2024-06-27", "Thông báo kết quả Đại hội đại biểu MTTQ Việt Nam tỉnh Phú Thọ lần thứ XVI",
E("dai_hoi", None, "2024-06-24"),
[P("Đinh Thị Hòa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh khóa XVI", "CHỦ TỊCH"),
 P("Hà Văn Nguyệt", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh khóa XVI"),
 P("Cao Văn Khải", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh khóa XVI"),
 P("Nguyễn Đình Thắng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh khóa XVI"),
 P("Lê Quang Vinh", "Ủy viên Thường trực", "Trưởng ban Tổ chức - Tuyên giáo Ủy ban MTTQ tỉnh"),
 P("Bùi Văn Quang", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh")],
[Q("298 đại biểu chính thức", 298, "đại biểu chính thức"), Q("72 vị", 72, "vị"), Q("5 vị", 5, "vị"),
 Q("100% Ủy ban MTTQ cấp xã", 100, "%"), Q("13 huyện, thành, thị", 13, "huyện, thành, thị"),
 Q("3.650 nhà đại đoàn kết", 3650, "nhà đại đoàn kết"), Q("trên 180 tỷ đồng", 180000000000, "đồng", "over"),
 Q("5,35%", 5.35, "%"), Q("2,08%", 2.08, "%"), Q("3 đột phá", 3, "đột phá"), Q("7 chỉ tiêu", 7, "chỉ tiêu"),
 Q("từ 90% khu dân cư trở lên", 90, "%", "over"), Q("13 đại biểu chính thức", 13, "đại biểu chính thức")],
[D("Thông báo", "215", "TB-MTTQ-BTT", "2024-06-26", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh khóa XVI", "Thông báo số 215/TB-MTTQ-BTT"),
 D("Chỉ thị", "18", "CT/TW", "2022-10-26", "Bộ Chính trị", "Chỉ thị số 18-CT/TW ngày 26/10/2022"),
 D("Kế hoạch", "162", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 162-KH/TU")],
[prov("Phú Thọ"), com("Tân Dân"), com("Xuân Sơn")],
["PHÚ THỌ ĐIỆN TỬ", "Trang chủ - Chính trị - Mặt trận", "TM. BAN THƯỜNG TRỰC", "Đoàn kết - Dân chủ - Đổi mới - Phát triển"],
["lần thứ XVI", "nhiệm kỳ 2024 - 2029", "khóa XVI", "Hội nghị lần thứ nhất", "Nhiệm kỳ 2019 - 2024", "lần thứ X", "27/06/2024 - 08:30"]))

PAGES.append(page("b7486-ninhbinh-mttq-hoinghi-sapxep-2025", """
Cổng thông tin Ủy ban MTTQ Việt Nam tỉnh Ninh Bình
Trang chủ » Hoạt động » Tin Mặt trận tỉnh
Thứ Sáu, 29/08/2025, 15:05
Ninh Bình: Hội nghị Ủy ban MTTQ tỉnh lần thứ nhất sau hợp nhất
Ngày 27/8/2025, Ủy ban MTTQ Việt Nam tỉnh Ninh Bình tổ chức Hội nghị Ủy ban lần thứ nhất, nhiệm kỳ 2024 - 2029 sau khi hợp nhất Ủy ban MTTQ ba tỉnh Ninh Bình, Hà Nam, Nam Định. Sau hội nghị, Ban Thường trực ban hành Thông báo số 12/TB-MTTQ-BTT ngày 28/8/2025 về kết quả hội nghị.
Theo thông báo, Ủy ban MTTQ Việt Nam tỉnh Ninh Bình (mới) gồm 145 vị, Ban Thường trực gồm 9 vị. Bà Trần Thị Thanh Vân, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị. Các Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh gồm: Đinh Văn Phúc, Lại Thị Minh Hương, Trần Quốc Toản, Mai Văn Sơn.
Hội nghị triển khai Kết luận số 127-KL/TW của Bộ Chính trị, Ban Bí thư về triển khai nghiên cứu, đề xuất tiếp tục sắp xếp tổ chức bộ máy của hệ thống chính trị và Nghị quyết số 202/2025/QH15 của Quốc hội về việc sắp xếp đơn vị hành chính cấp tỉnh. Ủy ban cũng thông qua Quy chế hoạt động số 01/QC-MTTQ-BTT và Chương trình phối hợp và thống nhất hành động năm 2026.
Thông báo nêu rõ, sau sắp xếp, toàn tỉnh có 129 xã, phường; Mặt trận cấp xã đã hoàn thành việc hợp nhất tổ chức, kiện toàn Ban Thường trực. Ban công tác Mặt trận ở khu dân cư được giữ ổn định, bảo đảm không để gián đoạn hoạt động. Các tổ chức chính trị - xã hội do Đảng, Nhà nước giao nhiệm vụ đã trở thành tổ chức thành viên trực thuộc Mặt trận.
Tại hội nghị, ông Vũ Văn Chính, Chủ tịch Ủy ban MTTQ Việt Nam phường Hoa Lư, cho biết phường đã sắp xếp 52 cán bộ từ các đoàn thể, phân công theo lĩnh vực. Bà Phạm Thị Nga, Chủ tịch Ủy ban MTTQ Việt Nam xã Hải Hậu, kiến nghị tỉnh sớm ban hành hướng dẫn về chế độ phụ cấp cho Trưởng ban công tác Mặt trận.
Bà Trần Thị Thanh Vân yêu cầu Mặt trận các cấp khẩn trương ổn định tổ chức, tập trung chuẩn bị Đại hội đại biểu MTTQ Việt Nam tỉnh lần thứ nhất; tiếp tục vận động ủng hộ chương trình xóa nhà tạm, nhà dột nát, phấn đấu hoàn thành trước ngày 31/10/2025 với khoảng 1.300 căn nhà còn lại.
Các ban chuyên môn của Ủy ban MTTQ tỉnh được yêu cầu hoàn thành việc bàn giao hồ sơ, tài liệu, con dấu của ba tỉnh cũ trong tháng 9.
Thông báo gửi các cơ quan liên quan để biết, phối hợp thực hiện.
TM. BAN THƯỜNG TRỰC
CHỦ TỊCH
Trần Thị Thanh Vân
Minh Khuê
Tin liên quan
- Mặt trận tỉnh Ninh Bình công bố quyết định hợp nhất (01/07/2025)
- Xã Hải Hậu ra mắt Ban Thường trực Ủy ban MTTQ (03/07/2025)
- Phường Phủ Lý trao 20 suất học bổng cho học sinh nghèo (15/08/2025)
""", "2025-08-29", "Ninh Bình: Hội nghị Ủy ban MTTQ tỉnh lần thứ nhất sau hợp nhất",
E("hoi_nghi", None, "2025-08-27"),
[P("Trần Thị Thanh Vân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "CHỦ TỊCH"),
 P("Đinh Văn Phúc", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lại Thị Minh Hương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Quốc Toản", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Mai Văn Sơn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Vũ Văn Chính", "Chủ tịch Ủy ban MTTQ Việt Nam phường Hoa Lư"),
 P("Phạm Thị Nga", "Chủ tịch Ủy ban MTTQ Việt Nam xã Hải Hậu")],
[Q("145 vị", 145, "vị"), Q("9 vị", 9, "vị"), Q("129 xã, phường", 129, "xã, phường"), Q("52 cán bộ", 52, "cán bộ"),
 Q("khoảng 1.300 căn nhà", 1300, "căn nhà", "approx")],
[D("Thông báo", "12", "TB-MTTQ-BTT", "2025-08-28", "Ban Thường trực", "Thông báo số 12/TB-MTTQ-BTT ngày 28/8/2025"),
 D("Kết luận", "127", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận số 127-KL/TW"),
 D("Nghị quyết", "202", "2025/QH15", None, "Quốc hội", "Nghị quyết số 202/2025/QH15"),
 D("Quy chế hoạt động", "01", "QC-MTTQ-BTT", None, None, "Quy chế hoạt động số 01/QC-MTTQ-BTT")],
[prov("Ninh Bình"), prov("Hà Nam"), prov("Nam Định"), com("Hoa Lư"), com("Hải Hậu")],
["Cổng thông tin Ủy ban MTTQ Việt Nam tỉnh Ninh Bình", "Trang chủ » Hoạt động » Tin Mặt trận tỉnh", "TM. BAN THƯỜNG TRỰC",
 "Chương trình phối hợp và thống nhất hành động năm 2026"],
["lần thứ nhất", "nhiệm kỳ 2024 - 2029", "ba tỉnh", "Thứ Sáu, 29/08/2025, 15:05"]))
