from lib import *
PAGES = []

# b69 Điện Biên 2021 MTTQ tổng kết
t = """BÁO ĐIỆN BIÊN PHỦ ĐIỆN TỬ
Trang chủ > Chính trị > Mặt trận - Đoàn thể
Thứ Ba, 28/12/2021 | 15:40

Ủy ban MTTQ Việt Nam tỉnh tổng kết công tác Mặt trận năm 2021

Ngày 27/12, Ủy ban MTTQ Việt Nam tỉnh Điện Biên tổ chức hội nghị lần thứ 4, khóa XV, nhiệm kỳ 2019 - 2024 để tổng kết công tác Mặt trận năm 2021 và triển khai chương trình phối hợp, thống nhất hành động năm 2022. Dự hội nghị có ông Mùa A Sơn, Ủy viên Ban Chấp hành Trung ương Đảng, Phó Bí thư Tỉnh ủy, Trưởng Đoàn ĐBQH tỉnh; ông Lò Văn Phương, Phó Chủ tịch UBND tỉnh.

Năm 2021, Mặt trận các cấp đã phối hợp tổ chức thành công cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026 với tỷ lệ cử tri đi bầu đạt 99,68%. Thực hiện Chỉ thị số 07-CT/TU ngày 19/4/2021 của Ban Thường vụ Tỉnh ủy về công tác phòng, chống dịch, MTTQ các cấp tiếp nhận ủng hộ Quỹ phòng, chống dịch COVID-19 với tổng trị giá 23,7 tỷ đồng; vận động Quỹ vắc-xin phòng COVID-19 được 1,26 tỷ đồng.

Bà Lò Thị Luyến, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh cho biết, năm 2021 Quỹ "Vì người nghèo" các cấp tiếp nhận 5,4 tỷ đồng, hỗ trợ xây dựng và sửa chữa 297 nhà Đại đoàn kết cho hộ nghèo. Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" có 1.582 khu dân cư đăng ký; có 87,3% số hộ đạt danh hiệu "Gia đình văn hóa". Mặt trận các cấp đã tổ chức 142 cuộc giám sát, 38 hội nghị phản biện xã hội.

Tham luận tại hội nghị, ông Quàng Văn Thanh, Trưởng ban Công tác Mặt trận bản Co Mị, xã Mường Phăng chia sẻ kinh nghiệm vận động bà con xóa bỏ hủ tục trong đám tang; ông Vàng A Dình, người có uy tín bản Huổi Lóng kể lại việc vận động 12 hộ trở về sau khi bị kẻ xấu lôi kéo đi theo "tà đạo".

Phát biểu chỉ đạo, ông Mùa A Sơn ghi nhận Mặt trận tỉnh đã phát huy vai trò trong khối đại đoàn kết toàn dân tộc, đề nghị năm 2022 Mặt trận các cấp tập trung triển khai Kết luận số 19-KL/TW ngày 14/10/2021 của Bộ Chính trị về định hướng chương trình xây dựng pháp luật nhiệm kỳ Quốc hội khóa XV, chú trọng công tác giám sát việc thực hiện các chương trình mục tiêu quốc gia.

Hội nghị đã hiệp thương cử bổ sung 2 ủy viên Ủy ban MTTQ Việt Nam tỉnh khóa XV.

Ảnh: Ông Mùa A Sơn phát biểu tại hội nghị.
Ảnh: Bà Lò Thị Luyến trao Bằng khen cho các tập thể. (Ảnh: Quang Long)

Phạm Quang
Lượt xem: 1.029

Tin liên quan
- Điện Biên: Trao 100 nhà Đại đoàn kết cho hộ nghèo huyện Nậm Pồ (15/12/2021)
- MTTQ tỉnh giám sát Chương trình 135 tại huyện Mường Chà (01/12/2021)
"""
lab = L("2021-12-28", "Ủy ban MTTQ Việt Nam tỉnh tổng kết công tác Mặt trận năm 2021", "tong_ket", "2021", "2021-12-27",
 [P("Mùa A Sơn", "Ủy viên Ban Chấp hành Trung ương Đảng", "Phó Bí thư Tỉnh ủy", "Trưởng Đoàn ĐBQH tỉnh"),
  P("Lò Văn Phương", "Phó Chủ tịch UBND tỉnh"),
  P("Lò Thị Luyến", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
  P("Quàng Văn Thanh", "Trưởng ban Công tác Mặt trận bản Co Mị"),
  P("Vàng A Dình", "người có uy tín bản Huổi Lóng")],
 [Q(99.68, "%"), Q(23700000000, "đồng"), Q(1260000000, "đồng"), Q(5400000000, "đồng"), Q(297, "nhà Đại đoàn kết"),
  Q(1582, "khu dân cư"), Q(87.3, "%"), Q(142, "cuộc giám sát"), Q(38, "hội nghị phản biện xã hội"), Q(12, "hộ"), Q(2, "ủy viên")],
 [D("Chỉ thị", "07", "CT/TU", "2021-04-19", "Ban Thường vụ Tỉnh ủy"),
  D("Kết luận", "19", "KL/TW", "2021-10-14", "Bộ Chính trị")],
 [PL("Điện Biên"), PL("Mường Phăng", "commune")],
 ["BÁO ĐIỆN BIÊN PHỦ ĐIỆN TỬ", "Lượt xem", "Vì người nghèo", "Gia đình văn hóa", "Ông Mùa A Sơn phát biểu tại hội nghị",
  "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"],
 ["lần thứ 4", "khóa XV", "2019 - 2024", "2021 - 2026", "COVID-19"])
PAGES.append(("b69-dienbien-mttq-tongket-2021", t, lab))

# b70 Lạng Sơn 2022 Q1 giao ban khối dân vận
t = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LẠNG SƠN
Trang chủ / Tin tức - Sự kiện / Chính trị
Ngày đăng: 08/04/2022 - 10:20 | Lượt xem: 533

Giao ban công tác dân vận quý I năm 2022

Ngày 7/4, Ban Dân vận Tỉnh ủy Lạng Sơn tổ chức hội nghị giao ban công tác dân vận quý I, triển khai nhiệm vụ quý II năm 2022. Đồng chí Hoàng Thị Mai, Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị. Tham dự có đồng chí Vy Thị Hằng, Phó Trưởng Ban Dân vận Tỉnh ủy; đồng chí Lương Trọng Quỳnh, Phó Chủ tịch UBND tỉnh.

Quý I/2022, khối dân vận các cấp tập trung vận động nhân dân đón Tết Nguyên đán Nhâm Dần an toàn; phối hợp vận động 4.318 hộ dân biên giới không vận chuyển hàng hóa trái phép qua các đường mòn, lối mở. Thực hiện Quyết định số 23-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương về ban hành Quy chế công tác dân vận của hệ thống chính trị, 100% cấp ủy huyện đã ban hành quy chế dân vận cấp mình.

Theo báo cáo, trong quý, nhân dân trong tỉnh đã hiến 52.600 m2 đất, góp hơn 3,4 tỷ đồng làm đường giao thông nông thôn; 96 mô hình "Dân vận khéo" được đăng ký mới. Tình trạng ùn tắc xe hàng nông sản tại cửa khẩu Tân Thanh làm ảnh hưởng đến khoảng 2.600 lượt lái xe, Mặt trận và các đoàn thể đã tổ chức 18 điểm phát suất ăn miễn phí.

Tham luận tại hội nghị, bà Chu Thị Lài, Trưởng Ban Dân vận Huyện ủy Cao Lộc chia sẻ cách làm hỗ trợ lái xe mắc kẹt; ông Hoàng Văn Páo, Bí thư Đảng ủy xã Tân Thanh đề xuất cơ chế hỗ trợ người dân thu gom rác thải tại khu vực cửa khẩu.

Đồng chí Lương Trọng Quỳnh cho biết tỉnh đang triển khai Nghị quyết số 11/NQ-CP ngày 30/1/2022 của Chính phủ về chương trình phục hồi và phát triển kinh tế - xã hội, trong đó ưu tiên các hộ kinh doanh bị ảnh hưởng bởi dịch.

Kết luận hội nghị, đồng chí Hoàng Thị Mai yêu cầu khối dân vận các cấp làm tốt công tác nắm tình hình tư tưởng nhân dân, chủ động tham mưu cấp ủy giải quyết các vấn đề phát sinh; tiếp tục thực hiện phong trào thi đua "Dân vận khéo" theo Kết luận số 43-KL/TU ngày 06/12/2021 của Ban Thường vụ Tỉnh ủy. Trưởng Ban Dân vận Tỉnh ủy lưu ý thực hiện tốt phương châm "4 tại chỗ" trong phòng chống thiên tai mùa mưa lũ sắp tới.

Ảnh: Đồng chí Hoàng Thị Mai kết luận hội nghị.

Tin, ảnh: Mai Hoa

Tin khác
- Cao Lộc: Giao ban khối dân vận quý I (04/4/2022)
- Văn Quan: Biểu dương 25 tập thể dân vận khéo (30/3/2022)
"""
lab = L("2022-04-08", "Giao ban công tác dân vận quý I năm 2022", "giao_ban", "2022-Q1", "2022-04-07",
 [P("Hoàng Thị Mai", "Ủy viên Ban Thường vụ", "Trưởng Ban Dân vận Tỉnh ủy"),
  P("Vy Thị Hằng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
  P("Lương Trọng Quỳnh", "Phó Chủ tịch UBND tỉnh"),
  P("Chu Thị Lài", "Trưởng Ban Dân vận Huyện ủy Cao Lộc"),
  P("Hoàng Văn Páo", "Bí thư Đảng ủy xã Tân Thanh")],
 [Q(4318, "hộ dân"), Q(100, "%"), Q(52600, "m2"), Q(3400000000, "đồng", "over"), Q(96, "mô hình"), Q(2600, "lượt lái xe", "approx"),
  Q(18, "điểm phát suất ăn")],
 [D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Ban Chấp hành Trung ương"),
  D("Nghị quyết", "11", "NQ-CP", "2022-01-30", "Chính phủ"),
  D("Kết luận", "43", "KL/TU", "2021-12-06", "Ban Thường vụ Tỉnh ủy")],
 [PL("Lạng Sơn"), PL("Tân Thanh", "commune")],
 ["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LẠNG SƠN", "Lượt xem", "Dân vận khéo", "Nhâm Dần", "Đồng chí Hoàng Thị Mai kết luận hội nghị", "Cao Lộc"],
 ["quý II", "4 tại chỗ"])
PAGES.append(("b70-langson-dv-giaoban-2022q1", t, lab))

# b71 Bình Định 2023 đối thoại ngư dân
t = """BÁO BÌNH ĐỊNH ONLINE
Trang chủ > Thời sự > Chính trị
Thứ Bảy, 19/08/2023 - 07:00

Chủ tịch UBND tỉnh đối thoại với ngư dân về chống khai thác IUU

Ngày 18/8, tại thị xã Hoài Nhơn, ông Phạm Anh Tuấn, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Bình Định chủ trì buổi đối thoại với ngư dân năm 2023 về công tác chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định (IUU). Cùng dự có ông Hồ Quốc Dũng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy; bà Nguyễn Thị Thanh Ngọc, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy.

Buổi đối thoại nằm trong kế hoạch thực hiện Chỉ thị số 45/CT-TTg ngày 13/12/2017 của Thủ tướng Chính phủ về một số nhiệm vụ, giải pháp cấp bách để khắc phục cảnh báo của Ủy ban châu Âu, với sự tham gia của 215 chủ tàu, thuyền trưởng đến từ các địa phương ven biển.

Theo báo cáo của Sở Nông nghiệp và PTNT, toàn tỉnh hiện có 5.840 tàu cá, trong đó 3.120 tàu thuộc diện bắt buộc đã lắp thiết bị giám sát hành trình, đạt 99,8%. Từ đầu năm đến nay, tỉnh đã hỗ trợ ngư dân 12,6 tỷ đồng tiền cước phí thiết bị giám sát hành trình và xử phạt vi phạm hành chính 47 trường hợp với tổng số tiền trên 1,3 tỷ đồng.

Ông Nguyễn Văn Thành, chủ tàu BĐ 96479 TS ở phường Tam Quan Bắc, phản ánh thiết bị giám sát thường xuyên mất tín hiệu khi tàu hoạt động ở vùng biển xa, dẫn đến bị xử phạt oan. Ông Lê Văn Hải, thuyền trưởng ở xã Hoài Hương, kiến nghị tỉnh có cơ chế cho vay để chuyển đổi nghề cho các tàu nhỏ khai thác ven bờ.

Trả lời các kiến nghị, Chủ tịch UBND tỉnh Phạm Anh Tuấn cho biết, tỉnh sẽ làm việc với nhà cung cấp thiết bị để khắc phục tình trạng mất tín hiệu; đồng thời giao Sở Nông nghiệp và PTNT nghiên cứu chính sách hỗ trợ chuyển đổi nghề theo Nghị định số 37/2022/NĐ-CP ngày 06/6/2022 của Chính phủ.

Bí thư Tỉnh ủy Hồ Quốc Dũng nhấn mạnh, gỡ "thẻ vàng" IUU là trách nhiệm của cả hệ thống chính trị và của mỗi ngư dân; kiên quyết "3 không": không cấp phép, không cho xuất bến, không cho cập cảng đối với tàu vi phạm. Ông đề nghị Hội Nghề cá, MTTQ và các đoàn thể tăng cường vận động ngư dân chấp hành nghiêm quy định.

Ảnh: Quang cảnh buổi đối thoại tại thị xã Hoài Nhơn.

Hoài Thu
Lượt xem: 4.210

Tin liên quan
- Bình Định: Hỗ trợ 200 ngư dân chuyển đổi nghề (10/8/2023)
- Hoài Nhơn ra quân chống khai thác IUU (01/8/2023)
"""
lab = L("2023-08-19", "Chủ tịch UBND tỉnh đối thoại với ngư dân về chống khai thác IUU", "doi_thoai", "2023", "2023-08-18",
 [P("Phạm Anh Tuấn", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh Bình Định", "Chủ tịch UBND tỉnh"),
  P("Hồ Quốc Dũng", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy"),
  P("Nguyễn Thị Thanh Ngọc", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
  P("Nguyễn Văn Thành", "chủ tàu BĐ 96479 TS"),
  P("Lê Văn Hải", "thuyền trưởng")],
 [Q(215, "chủ tàu, thuyền trưởng"), Q(5840, "tàu cá"), Q(3120, "tàu"), Q(99.8, "%"), Q(12600000000, "đồng"),
  Q(47, "trường hợp"), Q(1300000000, "đồng", "over")],
 [D("Chỉ thị", "45", "CT-TTg", "2017-12-13", "Thủ tướng Chính phủ"),
  D("Nghị định", "37", "2022/NĐ-CP", "2022-06-06", "Chính phủ")],
 [PL("Bình Định"), PL("Tam Quan Bắc", "commune"), PL("Hoài Hương", "commune")],
 ["BÁO BÌNH ĐỊNH ONLINE", "Lượt xem", "Quang cảnh buổi đối thoại tại thị xã Hoài Nhơn", "Ủy ban châu Âu", "Hoài Nhơn", "Sở Nông nghiệp và PTNT"],
 ["3 không", "96479"])
PAGES.append(("b71-binhdinh-ubnd-doithoai-2023", t, lab))
