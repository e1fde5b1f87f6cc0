from lib import *
PAGES = []

PAGES.append(page("b2393-binhdinh-doithoai-2022", """
Báo Bình Định điện tử
Chính trị - Xã hội › Nông nghiệp - Nông thôn
Cập nhật: 09:42, 17/05/2022 (GMT+7)
Chủ tịch UBND tỉnh đối thoại với nông dân
Chiều 16/5, UBND tỉnh Bình Định phối hợp với Hội Nông dân tỉnh tổ chức hội nghị đối thoại giữa Chủ tịch UBND tỉnh với nông dân năm 2022, chủ đề "Nông dân với liên kết sản xuất và tiêu thụ nông sản". Hội nghị được kết nối trực tuyến đến 11 điểm cầu huyện, thị xã, thành phố với 650 đại biểu là hội viên nông dân, chủ nhiệm hợp tác xã, chủ trang trại.
Đồng chí Võ Minh Khôi trả lời kiến nghị của nông dân.
Chủ trì hội nghị có đồng chí Võ Minh Khôi, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; đồng chí Đặng Thị Kim Yến, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh. Cùng dự có đồng chí Trần Thị Ngọc Hạnh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; lãnh đạo các sở Nông nghiệp và Phát triển nông thôn, Tài nguyên và Môi trường, Công Thương.
Trước hội nghị, Hội Nông dân tỉnh đã tổng hợp 47 ý kiến góp ý, kiến nghị của nông dân; tại hội nghị có 12 nông dân trực tiếp phát biểu. Ông Đinh Văn Thiển, người Ba Na ở xã An Toàn, đề nghị hỗ trợ giống keo mô và mở rộng đường vào vùng trồng rừng dài 4,5 km. Bà Trương Thị Lệ, Giám đốc Hợp tác xã nông nghiệp Cát Hanh, phản ánh hợp tác xã liên kết sản xuất 350 ha lúa giống nhưng chưa được hưởng chính sách theo Nghị định 98/2018/NĐ-CP của Chính phủ. Ông Hồ Văn Nhay, người Chăm H'roi ở xã Canh Liên, hỏi về chính sách hỗ trợ nhà ở cho hộ nghèo.
Trả lời, đồng chí Võ Minh Khôi cho biết tỉnh đã ban hành Nghị quyết số 07/2021/NQ-HĐND của HĐND tỉnh và Quyết định số 33/2021/QĐ-UBND của UBND tỉnh về hỗ trợ liên kết; năm 2022 dành 25 tỷ đồng hỗ trợ các dự án liên kết. Tỉnh đã chỉ đạo làm 4,5 km đường lâm sinh ở An Toàn trong năm 2022. Về nhà ở, tỉnh hỗ trợ 40 triệu đồng/căn cho 350 hộ nghèo, cận nghèo.
Theo Hội Nông dân tỉnh, năm 2021 toàn tỉnh có 42.600 hộ đạt danh hiệu sản xuất, kinh doanh giỏi các cấp; hội viên tham gia thành lập 23 tổ hợp tác, 5 hợp tác xã; Quỹ Hỗ trợ nông dân các cấp đạt 38,6 tỷ đồng. Tỉnh có 118 sản phẩm OCOP, trong đó 21 sản phẩm đạt 4 sao.
Kết luận hội nghị, đồng chí Võ Minh Khôi yêu cầu các sở, ngành trả lời bằng văn bản các kiến nghị trong 30 ngày, thực hiện Quyết định 150/QĐ-TTg ngày 28/1/2022 của Thủ tướng Chính phủ về Chiến lược phát triển nông nghiệp và nông thôn bền vững; đề nghị Hội Nông dân tiếp tục là cầu nối giữa doanh nghiệp với nông dân.
Ngọc Nhuận
Bài viết liên quan
- Hội Nông dân tỉnh tập huấn chuyển đổi số cho 200 hội viên (10/05/2022)
- Tây Sơn: 30 hộ vay vốn trồng bưởi da xanh (28/04/2022)
- Phù Cát liên kết sản xuất lúa giống (15/04/2022)
""", "2022-05-17", "Chủ tịch UBND tỉnh đối thoại với nông dân",
E("doi_thoai", "2022", "2022-05-16"),
[P("Võ Minh Khôi", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Đặng Thị Kim Yến", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh"),
 P("Trần Thị Ngọc Hạnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đinh Văn Thiển"),
 P("Trương Thị Lệ", "Giám đốc Hợp tác xã nông nghiệp Cát Hanh"),
 P("Hồ Văn Nhay")],
[Q("11 điểm cầu huyện, thị xã, thành phố", 11, "điểm cầu huyện, thị xã, thành phố"), Q("650 đại biểu", 650, "đại biểu"),
 Q("47 ý kiến góp ý", 47, "ý kiến"), Q("12 nông dân", 12, "nông dân"), Q("4,5 km", 4.5, "km"), Q("350 ha", 350, "ha"),
 Q("25 tỷ đồng", 25000000000, "đồng"), Q("40 triệu đồng/căn", 40000000, "đồng"), Q("350 hộ nghèo, cận nghèo", 350, "hộ nghèo, cận nghèo"),
 Q("42.600 hộ", 42600, "hộ"), Q("23 tổ hợp tác", 23, "tổ hợp tác"), Q("5 hợp tác xã", 5, "hợp tác xã"), Q("38,6 tỷ đồng", 38600000000, "đồng"),
 Q("118 sản phẩm OCOP", 118, "sản phẩm OCOP"), Q("21 sản phẩm", 21, "sản phẩm")],
[D("Nghị định", "98", "2018/NĐ-CP", None, "Chính phủ", "Nghị định 98/2018/NĐ-CP"),
 D("Nghị quyết", "07", "2021/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 07/2021/NQ-HĐND"),
 D("Quyết định", "33", "2021/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 33/2021/QĐ-UBND"),
 D("Quyết định", "150", "QĐ-TTg", "2022-01-28", "Thủ tướng Chính phủ", "Quyết định 150/QĐ-TTg ngày 28/1/2022")],
[prov("Bình Định"), com("An Toàn"), com("Canh Liên")],
["Báo Bình Định điện tử", "Chính trị - Xã hội › Nông nghiệp - Nông thôn", "Đồng chí Võ Minh Khôi trả lời kiến nghị của nông dân.",
 "Nông dân với liên kết sản xuất và tiêu thụ nông sản", "Hợp tác xã nông nghiệp Cát Hanh"],
["Cập nhật: 09:42, 17/05/2022 (GMT+7)", "năm 2022", "năm 2021", "4 sao", "30 ngày"]))

PAGES.append(page("b2394-sonla-mttq-giamsat-2022", """
ỦY BAN MTTQ VIỆT NAM TỈNH SƠN LA
Trang chủ » Giám sát, phản biện xã hội
Thứ Sáu, 11/11/2022 - 14:30
Giám sát hỗ trợ nhà ở, đất sản xuất cho đồng bào tại Sốp Cộp
Trong 2 ngày 9 và 10/11/2022, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Sơn La do bà Cầm Thị Phong, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn, đã giám sát việc thực hiện Dự án 1 về giải quyết tình trạng thiếu đất ở, nhà ở, đất sản xuất, nước sinh hoạt thuộc Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi tại huyện Sốp Cộp. Đây là cuộc giám sát theo Kế hoạch số 156/KH-MTTQ-BTT về chương trình giám sát năm 2022.
Đoàn giám sát kiểm tra nhà ở của hộ nghèo tại bản Nà Khi.
Theo báo cáo của UBND huyện, thực hiện Quyết định 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ và Nghị quyết 120/2020/QH14 của Quốc hội, năm 2022 huyện được giao 126 tỷ đồng, đến nay giải ngân đạt 38,4%. Toàn huyện có 1.086 hộ thiếu đất ở, nhà ở; năm 2022 hỗ trợ 652 căn nhà, mỗi căn 40 triệu đồng, đã khởi công 418 căn, hoàn thành 236 căn. Huyện đã hỗ trợ 210 ha đất sản xuất cho 305 hộ và nước sinh hoạt phân tán cho 540 hộ.
Làm việc tại xã Mường Lạn, đoàn ghi nhận ông Mùa A Páo, Chủ tịch UBND xã, vận động 46 hộ người Mông góp công, góp gỗ làm nhà; Ủy ban MTTQ xã vận động các dòng họ Thào, Mùa, Giàng hỗ trợ 1.200 ngày công. Tại xã Púng Bánh, bà Vì Thị Ún, Chủ tịch Ủy ban MTTQ xã, cho biết còn 37 hộ Xinh Mun, Kháng chưa có đất làm nhà ở vị trí an toàn. Ông Lò Văn Piến, người Xinh Mun ở bản Huổi Hẹ, kiến nghị hỗ trợ thêm vật liệu vì giá xi măng, sắt thép tăng.
Đoàn cũng chỉ ra một số hạn chế: việc hướng dẫn của cấp trên theo Thông tư 15/2022/TT-BTC của Bộ Tài chính chậm; nhiều hộ không đủ vốn đối ứng; có 12 căn nhà xây dựng chưa bảo đảm thiết kế mẫu. Ông Thào A Dế, HUV, Chủ tịch Ủy ban MTTQ Việt Nam huyện Sốp Cộp, đề nghị tỉnh cho phép điều chỉnh danh sách hộ được hỗ trợ.
Kết luận giám sát, bà Cầm Thị Phong đề nghị huyện phát huy vai trò giám sát của Ban Giám sát đầu tư của cộng đồng, công khai danh sách hộ được hỗ trợ tại nhà văn hóa bản; hoàn thành 652 căn nhà trước ngày 31/12/2022. Các đồng chí Ủy viên Ban Thường trực Ủy ban MTTQ tỉnh: Lường Văn Hặc, Lò Thị Giáp sẽ tổng hợp kiến nghị gửi UBND tỉnh.
Ủy ban MTTQ các cấp trong tỉnh đã vận động được 14,6 tỷ đồng từ Quỹ "Vì người nghèo" để hỗ trợ thêm cho các hộ làm nhà.
Hoàng Giang
Tin liên quan
- Mai Sơn: giám sát thực hiện chính sách đối với người có uy tín (04/11/2022)
- Thuận Châu trao 30 nhà Đại đoàn kết (20/10/2022)
- Sông Mã giám sát Chương trình mục tiêu quốc gia giảm nghèo (12/10/2022)
""", "2022-11-11", "Giám sát hỗ trợ nhà ở, đất sản xuất cho đồng bào tại Sốp Cộp",
E("giam_sat", "2022", "2022-11-09"),
[P("Cầm Thị Phong", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Mùa A Páo", "Chủ tịch UBND xã"),
 P("Vì Thị Ún", "Chủ tịch Ủy ban MTTQ xã"),
 P("Lò Văn Piến"),
 P("Thào A Dế", "HUV", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Sốp Cộp"),
 P("Lường Văn Hặc", "Ủy viên Ban Thường trực Ủy ban MTTQ tỉnh"),
 P("Lò Thị Giáp", "Ủy viên Ban Thường trực Ủy ban MTTQ tỉnh")],
[Q("126 tỷ đồng", 126000000000, "đồng"), Q("38,4%", 38.4, "%"), Q("1.086 hộ", 1086, "hộ"), Q("652 căn nhà", 652, "căn nhà"),
 Q("40 triệu đồng", 40000000, "đồng"), Q("418 căn", 418, "căn"), Q("236 căn", 236, "căn"), Q("210 ha", 210, "ha"),
 Q("305 hộ", 305, "hộ"), Q("540 hộ", 540, "hộ"), Q("46 hộ người Mông", 46, "hộ người Mông"), Q("1.200 ngày công", 1200, "ngày công"),
 Q("37 hộ Xinh Mun, Kháng", 37, "hộ Xinh Mun, Kháng"), Q("12 căn nhà", 12, "căn nhà"), Q("14,6 tỷ đồng", 14600000000, "đồng")],
[D("Kế hoạch", "156", "KH-MTTQ-BTT", None, None, "Kế hoạch số 156/KH-MTTQ-BTT"),
 D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định 1719/QĐ-TTg ngày 14/10/2021"),
 D("Nghị quyết", "120", "2020/QH14", None, "Quốc hội", "Nghị quyết 120/2020/QH14"),
 D("Thông tư", "15", "2022/TT-BTC", None, "Bộ Tài chính", "Thông tư 15/2022/TT-BTC")],
[prov("Sơn La"), com("Mường Lạn"), com("Púng Bánh")],
["ỦY BAN MTTQ VIỆT NAM TỈNH SƠN LA", "Trang chủ » Giám sát, phản biện xã hội", "Đoàn giám sát kiểm tra nhà ở của hộ nghèo tại bản Nà Khi.",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi", "Vì người nghèo"],
["Thứ Sáu, 11/11/2022 - 14:30", "2 ngày", "Dự án 1", "năm 2022", "31/12/2022"]))

PAGES.append(page("b2395-dongthap-chandung-htx-2023", """
Báo Đồng Tháp Online
Trang chủ / Kinh tế / Nông nghiệp
2023-03-10 16:40
Ông Trần Văn Bảy (bìa phải) kiểm tra lúa trên cánh đồng liên kết. Ảnh: Thanh Tâm
Người "giữ đồng" ở Tháp Mười
Từ một nông dân chỉ có 3 ha ruộng, ông Trần Văn Bảy, Giám đốc Hợp tác xã nông nghiệp Tân Tiến, xã Mỹ An, huyện Tháp Mười, đã cùng 126 thành viên đưa hợp tác xã trở thành địa chỉ liên kết tin cậy của doanh nghiệp lúa gạo. Năm 2022, ông được Trung ương Hội Nông dân Việt Nam tôn vinh "Nông dân Việt Nam xuất sắc".
Ông Bảy năm nay 56 tuổi, có 30 năm gắn bó với đồng ruộng. Năm 2015, khi xã vận động thành lập hợp tác xã kiểu mới theo Luật Hợp tác xã, ông được bà con tín nhiệm bầu làm giám đốc. "Lúc đầu chỉ có 35 hộ góp vốn, mỗi hộ 2 triệu đồng, nhiều người còn nghi ngại", ông nhớ lại.
Hiện hợp tác xã canh tác 580 ha lúa theo quy trình giảm giống, giảm phân, giảm thuốc; năng suất bình quân 7,2 tấn/ha, sản lượng mỗi năm khoảng 7.000 tấn lúa. Nhờ liên kết theo Nghị định 98/2018/NĐ-CP của Chính phủ, lúa của thành viên được doanh nghiệp bao tiêu với giá cao hơn thị trường 200 đồng/kg, lợi nhuận tăng thêm khoảng 4 triệu đồng/ha/vụ. Năm 2022, doanh thu dịch vụ của hợp tác xã đạt 18 tỷ đồng, tạo việc làm cho 40 lao động.
Hợp tác xã có 2 sản phẩm gạo được công nhận OCOP 3 sao, đầu tư 1 lò sấy công suất 60 tấn/ngày và 3 máy gặt đập liên hợp. Theo bà Nguyễn Thị Mỹ Linh, Chủ tịch Hội Nông dân huyện Tháp Mười, mô hình của ông Bảy được Hội nhân rộng ra 9 hợp tác xã trong huyện, giúp hơn 1.100 hộ nông dân sản xuất theo hợp đồng.
Không chỉ làm kinh tế giỏi, ông Bảy còn tích cực làm công tác xã hội. Mỗi năm, hợp tác xã trích 50 triệu đồng giúp 12 hộ nghèo sửa nhà, góp 200 triệu đồng cùng người dân làm 2 cây cầu bê tông ở ấp 4. Ông Lê Văn Mười, Chủ tịch Hội Nông dân xã Mỹ An, nói: "Ông Bảy vận động bà con hiến 1,5 km bờ kênh để mở đường nội đồng, ai cũng nể".
Những năm gần đây, thời tiết thất thường, giá vật tư nông nghiệp tăng cao khiến nhiều nông dân lo lắng. Hợp tác xã đã chủ động mua phân bón trực tiếp từ nhà máy, cung ứng trả chậm cho thành viên, giúp bà con yên tâm xuống giống đúng lịch thời vụ. Chia sẻ dự định, ông Bảy mong muốn mở rộng vùng nguyên liệu sang xã Thanh Mỹ, đưa diện tích lúa chất lượng cao lên 1.000 ha, áp dụng nhật ký điện tử để truy xuất nguồn gốc. Theo ông, nông dân muốn làm giàu thì phải "bỏ tư duy sản xuất, chuyển sang tư duy kinh tế nông nghiệp".
Thanh Tâm
Lượt xem: 3.218
Tin khác
- Đồng Tháp có 15 nông dân được tôn vinh năm 2022 (05/03/2023)
- Tháp Mười: 40 hộ vay vốn Quỹ Hỗ trợ nông dân (22/02/2023)
- Hợp tác xã kiểu mới nâng giá trị hạt lúa (10/02/2023)
""", "2023-03-10", 'Người "giữ đồng" ở Tháp Mười',
E("khac", None, None),
[P("Trần Văn Bảy", "Giám đốc Hợp tác xã nông nghiệp Tân Tiến"),
 P("Nguyễn Thị Mỹ Linh", "Chủ tịch Hội Nông dân huyện Tháp Mười"),
 P("Lê Văn Mười", "Chủ tịch Hội Nông dân xã Mỹ An")],
[Q("3 ha", 3, "ha"), Q("126 thành viên", 126, "thành viên"), Q("35 hộ", 35, "hộ"), Q("2 triệu đồng", 2000000, "đồng"),
 Q("580 ha", 580, "ha"), Q("7,2 tấn/ha", 7.2, "tấn"), Q("khoảng 7.000 tấn", 7000, "tấn", "approx"), Q("200 đồng/kg", 200, "đồng"),
 Q("khoảng 4 triệu đồng/ha/vụ", 4000000, "đồng", "approx"), Q("18 tỷ đồng", 18000000000, "đồng"), Q("40 lao động", 40, "lao động"),
 Q("2 sản phẩm gạo", 2, "sản phẩm gạo"), Q("60 tấn/ngày", 60, "tấn"), Q("3 máy gặt đập liên hợp", 3, "máy gặt đập liên hợp"),
 Q("9 hợp tác xã", 9, "hợp tác xã"), Q("hơn 1.100 hộ nông dân", 1100, "hộ nông dân", "over"), Q("50 triệu đồng", 50000000, "đồng"),
 Q("12 hộ nghèo", 12, "hộ nghèo"), Q("200 triệu đồng", 200000000, "đồng"), Q("2 cây cầu bê tông", 2, "cây cầu bê tông"),
 Q("1,5 km", 1.5, "km"), Q("1.000 ha", 1000, "ha")],
[D("Nghị định", "98", "2018/NĐ-CP", None, "Chính phủ", "Nghị định 98/2018/NĐ-CP")],
[prov("Đồng Tháp"), com("Mỹ An"), com("Thanh Mỹ")],
["Báo Đồng Tháp Online", "Trang chủ / Kinh tế / Nông nghiệp", "Ông Trần Văn Bảy (bìa phải) kiểm tra lúa trên cánh đồng liên kết. Ảnh: Thanh Tâm",
 "Nông dân Việt Nam xuất sắc", "Luật Hợp tác xã", "Lượt xem: 3.218"],
["2023-03-10 16:40", "56 tuổi", "30 năm", "Năm 2015", "Năm 2022", "3 sao", "1 lò sấy", "ấp 4", "Lượt xem: 3.218"]))

PAGES.append(page("b2396-thanhhoa-hnd-daihoi-2023", """
HỘI NÔNG DÂN TỈNH THANH HÓA
Trang chủ › Tin tức › Đại hội Hội Nông dân các cấp nhiệm kỳ 2023 - 2028
14.04.2023 | 16:05
Quang cảnh đại hội.
Thường Xuân: Đại hội đại biểu Hội Nông dân huyện lần thứ XI
Ngày 13/4/2023, Hội Nông dân huyện Thường Xuân, tỉnh Thanh Hóa tổ chức Đại hội đại biểu lần thứ XI, nhiệm kỳ 2023 - 2028. Dự đại hội có đồng chí Cầm Bá Lực, Phó Chủ tịch Hội Nông dân tỉnh; đồng chí Hà Văn Ban, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ huyện; cùng 200 đại biểu đại diện cho 18.500 hội viên sinh hoạt tại 16 cơ sở Hội.
Nhiệm kỳ 2018 - 2023, các cấp Hội trong huyện kết nạp 2.100 hội viên mới; Quỹ Hỗ trợ nông dân đạt 3,2 tỷ đồng, giúp 186 hộ vay phát triển sản xuất. Hội vận động nông dân trồng mới 2.800 ha luồng, 3.400 ha quế, duy trì 1.500 ha mía nguyên liệu; thành lập 14 tổ hợp tác, 6 hợp tác xã do hội viên làm chủ. Tỷ lệ hộ nghèo toàn huyện giảm từ 27,6% xuống còn 9,8%; có thêm 5 xã đạt chuẩn nông thôn mới.
Đại biểu biểu quyết thông qua nghị quyết đại hội.
Các tham luận nêu nhiều cách làm hay. Bà Lang Thị Thúy, người Thái, Chủ tịch Hội Nông dân xã Vạn Xuân, chia sẻ mô hình liên kết trồng quế với 85 hộ tham gia, mỗi năm bán khoảng 200 tấn vỏ quế khô. Ông Vi Văn Sơn, Giám đốc Hợp tác xã nông lâm nghiệp Bát Mọt, cho biết hợp tác xã chế biến măng luồng, tiêu thụ 350 tấn măng mỗi năm, sản phẩm đạt OCOP 3 sao.
Đại hội đã quán triệt Nghị quyết 19-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương khóa XIII về nông nghiệp, nông dân, nông thôn và Chương trình hành động số 29-CTr/TU của Tỉnh ủy; thảo luận dự thảo sửa đổi Điều lệ Hội Nông dân Việt Nam. Đại hội thực hiện theo Hướng dẫn số 08-HD/HNDT của Ban Thường vụ Hội Nông dân tỉnh.
Đại hội đã bầu 31 đồng chí vào Ban Chấp hành Hội Nông dân huyện khóa XI; Ban Thường vụ gồm 7 đồng chí. Đồng chí Lang Văn Hợi, HUV, tái đắc cử Chủ tịch Hội Nông dân huyện; các đồng chí Lê Thị Huyền, Lò Văn Thắm được bầu giữ chức Phó Chủ tịch Hội Nông dân huyện. Đại hội bầu 9 đại biểu chính thức dự Đại hội đại biểu Hội Nông dân tỉnh Thanh Hóa lần thứ XI.
Phát biểu chỉ đạo, đồng chí Cầm Bá Lực đề nghị nhiệm kỳ tới Hội Nông dân huyện phấn đấu mỗi năm có 55% hộ hội viên đạt danh hiệu sản xuất, kinh doanh giỏi các cấp; Quỹ Hỗ trợ nông dân tăng bình quân 10% mỗi năm; hỗ trợ nông dân làm 20 sản phẩm OCOP.
Lê Hợi
Tin liên quan
- Như Xuân: đại hội Hội Nông dân huyện lần thứ X (10/04/2023)
- Lang Chánh hoàn thành đại hội Hội Nông dân cơ sở (30/03/2023)
- Ngọc Lặc: 2.000 hộ tham gia trồng mía liên kết (20/03/2023)
""", "2023-04-14", "Thường Xuân: Đại hội đại biểu Hội Nông dân huyện lần thứ XI",
E("dai_hoi", None, "2023-04-13"),
[P("Cầm Bá Lực", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Hà Văn Ban", "Ủy viên Ban Thường vụ Huyện ủy", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ huyện"),
 P("Lang Thị Thúy", "Chủ tịch Hội Nông dân xã Vạn Xuân"),
 P("Vi Văn Sơn", "Giám đốc Hợp tác xã nông lâm nghiệp Bát Mọt"),
 P("Lang Văn Hợi", "HUV", "Chủ tịch Hội Nông dân huyện"),
 P("Lê Thị Huyền", "Phó Chủ tịch Hội Nông dân huyện"),
 P("Lò Văn Thắm", "Phó Chủ tịch Hội Nông dân huyện")],
[Q("200 đại biểu", 200, "đại biểu"), Q("18.500 hội viên", 18500, "hội viên"), Q("16 cơ sở Hội", 16, "cơ sở Hội"),
 Q("2.100 hội viên mới", 2100, "hội viên mới"), Q("3,2 tỷ đồng", 3200000000, "đồng"), Q("186 hộ", 186, "hộ"),
 Q("2.800 ha", 2800, "ha"), Q("3.400 ha", 3400, "ha"), Q("1.500 ha", 1500, "ha"), Q("14 tổ hợp tác", 14, "tổ hợp tác"),
 Q("6 hợp tác xã", 6, "hợp tác xã"), Q("27,6%", 27.6, "%"), Q("9,8%", 9.8, "%"), Q("5 xã", 5, "xã"), Q("85 hộ", 85, "hộ"),
 Q("khoảng 200 tấn", 200, "tấn", "approx"), Q("350 tấn", 350, "tấn"), Q("31 đồng chí", 31, "đồng chí"), Q("7 đồng chí", 7, "đồng chí"),
 Q("9 đại biểu chính thức", 9, "đại biểu chính thức"), Q("55%", 55, "%"), Q("10%", 10, "%"), Q("20 sản phẩm OCOP", 20, "sản phẩm OCOP")],
[D("Nghị quyết", "19", "NQ/TW", "2022-06-16", "Ban Chấp hành Trung ương", "Nghị quyết 19-NQ/TW ngày 16/6/2022"),
 D("Chương trình hành động", "29", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 29-CTr/TU"),
 D("Hướng dẫn", "08", "HD/HNDT", None, "Ban Thường vụ Hội Nông dân tỉnh", "Hướng dẫn số 08-HD/HNDT")],
[prov("Thanh Hóa"), com("Vạn Xuân")],
["HỘI NÔNG DÂN TỈNH THANH HÓA", "Trang chủ › Tin tức › Đại hội Hội Nông dân các cấp nhiệm kỳ 2023 - 2028", "Quang cảnh đại hội.",
 "Đại biểu biểu quyết thông qua nghị quyết đại hội.", "Điều lệ Hội Nông dân Việt Nam"],
["14.04.2023 | 16:05", "lần thứ XI", "nhiệm kỳ 2023 - 2028", "Nhiệm kỳ 2018 - 2023", "khóa XI", "khóa XIII", "31 đồng chí", "7 đồng chí", "3 sao", "mỗi năm"]))

PAGES.append(page("b2397-kontum-hnd-traoqua-2024", """
Hội Nông dân tỉnh Kon Tum
Trang chủ | Hoạt động Hội | Hỗ trợ nông dân
Thứ Hai, 11/11/2024
Trao 40 con bò giống cho hội viên nghèo huyện Kon Plông
Ngày 8/11/2024, tại xã Hiếu, huyện Kon Plông, Hội Nông dân tỉnh Kon Tum phối hợp với Quỹ Hỗ trợ nông dân Trung ương tổ chức trao 40 con bò giống cho 40 hộ hội viên nghèo, cận nghèo người Xơ Đăng, Ba Na. Mỗi con bò trị giá 15 triệu đồng; tổng kinh phí 600 triệu đồng từ vốn Quỹ Hỗ trợ nông dân, các hộ hoàn trả vốn sau 36 tháng.
Dự buổi trao có đồng chí A Giang, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh; đồng chí Y Nhung, Phó Trưởng Ban Dân vận Tỉnh ủy; đồng chí A Dũng, Phó Chủ tịch UBND huyện Kon Plông.
Đồng chí A Giang trao bò giống cho hội viên.
Phát biểu tại buổi trao, đồng chí A Giang cho biết, thực hiện Quyết định 1719/QĐ-TTg của Thủ tướng Chính phủ và Kế hoạch số 215-KH/HNDT của Ban Thường vụ Hội Nông dân tỉnh, năm 2024 Quỹ Hỗ trợ nông dân các cấp trong tỉnh đã giải ngân 7,5 tỷ đồng cho 390 hộ vay, xây dựng 19 mô hình chăn nuôi tổ hợp tác. Tổng nguồn vốn Quỹ toàn tỉnh đạt hơn 42 tỷ đồng.
Đồng chí Y Nhung lưu ý các hộ nhận bò phải làm chuồng trại hợp vệ sinh, trồng cỏ chăn nuôi, không thả rông, không bán bò khi chưa hoàn trả vốn; Ban quản lý Quỹ sẽ định kỳ kiểm tra. Hội Nông dân huyện đã tập huấn kỹ thuật chăn nuôi bò sinh sản cho 40 hộ, hướng dẫn trồng 8 ha cỏ voi.
Ông A Xíu, người Xơ Đăng ở thôn Kon Chênh, là một trong những hộ nhận bò, cho biết: "Nhà tôi có 1 ha đất trồng sắn, không có vốn làm chuồng. Được Hội hỗ trợ, tôi sẽ chăm bò thật tốt để có bê trả lại cho hộ khác". Theo bà Y Bích, Chủ tịch Hội Nông dân xã Hiếu, từ mô hình này mỗi năm xã sẽ luân chuyển bê cho khoảng 25 hộ.
Dịp này, Hội Nông dân tỉnh phối hợp Công ty phân bón trao 100 bao phân bón, mỗi bao 50 kg, và 200 phần quà cho hộ nghèo; mỗi phần quà gồm 10 kg gạo và 300.000 đồng tiền mặt. Hội cũng trao học bổng cho 15 học sinh nghèo vượt khó với tổng trị giá 22,5 triệu đồng. Các em đều là con hội viên nông dân nghèo ở các thôn đặc biệt khó khăn, có thành tích học tập khá, giỏi trong năm học vừa qua.
Trong năm 2024, các cấp Hội trong tỉnh đã vận động hội viên hỗ trợ làm mới, sửa chữa 126 căn nhà cho hộ nghèo theo phong trào thi đua "Cả nước chung tay xóa nhà tạm, nhà dột nát", đóng góp 4.200 ngày công. Tại huyện Kon Plông có 2.150 hộ nông dân đạt danh hiệu sản xuất, kinh doanh giỏi các cấp, chiếm 38% số hộ.
Y Loan
Lượt xem: 1.067
Các tin khác
- Đăk Hà tập huấn trồng sâm dây cho 60 hội viên (01/11/2024)
- Hội Nông dân tỉnh kiểm tra vốn vay ở Tu Mơ Rông (25/10/2024)
- Ngọc Hồi: 3 sản phẩm OCOP mới (15/10/2024)
""", "2024-11-11", "Trao 40 con bò giống cho hội viên nghèo huyện Kon Plông",
E("trao_qua", None, "2024-11-08"),
[P("A Giang", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh"),
 P("Y Nhung", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("A Dũng", "Phó Chủ tịch UBND huyện Kon Plông"),
 P("A Xíu"),
 P("Y Bích", "Chủ tịch Hội Nông dân xã Hiếu")],
[Q("40 con bò giống", 40, "con bò giống"), Q("40 hộ hội viên nghèo, cận nghèo", 40, "hộ hội viên nghèo, cận nghèo"),
 Q("15 triệu đồng", 15000000, "đồng"), Q("600 triệu đồng", 600000000, "đồng"), Q("7,5 tỷ đồng", 7500000000, "đồng"),
 Q("390 hộ", 390, "hộ"), Q("19 mô hình chăn nuôi tổ hợp tác", 19, "mô hình chăn nuôi tổ hợp tác"), Q("hơn 42 tỷ đồng", 42000000000, "đồng", "over"),
 Q("8 ha", 8, "ha"), Q("1 ha", 1, "ha"), Q("khoảng 25 hộ", 25, "hộ", "approx"), Q("100 bao phân bón", 100, "bao phân bón"),
 Q("50 kg", 50, "kg"), Q("200 phần quà", 200, "phần quà"), Q("10 kg", 10, "kg"), Q("300.000 đồng", 300000, "đồng"),
 Q("15 học sinh nghèo vượt khó", 15, "học sinh nghèo vượt khó"), Q("22,5 triệu đồng", 22500000, "đồng"), Q("126 căn nhà", 126, "căn nhà"),
 Q("4.200 ngày công", 4200, "ngày công"), Q("2.150 hộ nông dân", 2150, "hộ nông dân"), Q("38%", 38, "%")],
[D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 1719/QĐ-TTg"),
 D("Kế hoạch", "215", "KH/HNDT", None, "Ban Thường vụ Hội Nông dân tỉnh", "Kế hoạch số 215-KH/HNDT")],
[prov("Kon Tum"), com("Hiếu")],
["Hội Nông dân tỉnh Kon Tum", "Trang chủ | Hoạt động Hội | Hỗ trợ nông dân", "Đồng chí A Giang trao bò giống cho hội viên.",
 "Cả nước chung tay xóa nhà tạm, nhà dột nát", "Quỹ Hỗ trợ nông dân Trung ương", "Lượt xem: 1.067"],
["Thứ Hai, 11/11/2024", "36 tháng", "năm 2024", "Lượt xem: 1.067"]))

PAGES.append(page("b2398-angiang-hnd-soket-2024", """
HỘI NÔNG DÂN TỈNH AN GIANG
Trang chủ > Tin tức > Hoạt động Hội > Tin trong tỉnh
12/07/2024 06:00
Nông dân An Giang liên kết sản xuất trên 42.000 ha lúa chất lượng cao
Ngày 10/7, Ban Chấp hành Hội Nông dân tỉnh An Giang tổ chức hội nghị sơ kết công tác Hội và phong trào nông dân 6 tháng đầu năm 2024, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Chau Thành Sơn, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh chủ trì hội nghị.
Toàn cảnh hội nghị sơ kết. Ảnh: Hữu Huyến
Theo báo cáo, 6 tháng qua các cấp Hội kết nạp 1.830 hội viên mới, thành lập 26 chi hội nông dân nghề nghiệp và 11 tổ hội nông dân nghề nghiệp. Thực hiện Quyết định 1490/QĐ-TTg ngày 27/11/2023 của Thủ tướng Chính phủ phê duyệt Đề án phát triển bền vững một triệu héc-ta chuyên canh lúa chất lượng cao, phát thải thấp vùng Đồng bằng sông Cửu Long, Hội đã vận động nông dân tham gia liên kết sản xuất trên 42.000 ha lúa chất lượng cao; áp dụng cơ giới hóa, giảm lượng giống gieo sạ xuống còn 80 kg/ha.
Quỹ Hỗ trợ nông dân các cấp giải ngân 12,6 tỷ đồng cho 520 hộ vay; Hội phối hợp Ngân hàng Chính sách xã hội quản lý dư nợ 2.140 tỷ đồng. Các cấp Hội đã tổ chức 312 cuộc hội thảo, tập huấn cho 14.600 lượt nông dân; hỗ trợ tiêu thụ 3.500 tấn xoài, 1.200 tấn nếp qua các kênh thương mại điện tử.
Thực hiện Chỉ thị 24-CT/TU ngày 5/1/2024 của Ban Thường vụ Tỉnh ủy và Kế hoạch 72, 73-KH/HNDT của Ban Thường vụ Hội Nông dân tỉnh, hội viên đã hỗ trợ xây mới 85 căn nhà cho hộ nghèo, hiến 6.400 m2 đất làm 9,6 km đường nông thôn.
Tại hội nghị, bà Néang Sa Ly, Chủ tịch Hội Nông dân xã Ô Lâm, chia sẻ việc vận động 64 hộ đồng bào Khmer chuyển 120 ha đất lúa kém hiệu quả sang trồng thốt nốt, đậu phộng. Ông Ha Ri Phănh, người Chăm ở xã Vĩnh Trường, Chi hội trưởng Chi hội nông dân ấp Phũm Soài, nêu kinh nghiệm nuôi cá bè liên kết với doanh nghiệp, mỗi năm xuất bán khoảng 250 tấn cá. Ông Trần Văn Hùng, Giám đốc Hợp tác xã nông nghiệp Tân Phước, kiến nghị hỗ trợ vốn mua máy sấy lúa.
Các đồng chí Lê Văn Tài, Chau Sóc Đa Ri - Phó Chủ tịch Hội Nông dân tỉnh giải đáp các kiến nghị liên quan thủ tục vay vốn và chứng nhận sản phẩm OCOP; đồng chí Lê Văn Tài vừa được bổ nhiệm làm Phó Giám đốc Quỹ Hỗ trợ nông dân tỉnh kiêm nhiệm.
Kết luận hội nghị, đồng chí Chau Thành Sơn yêu cầu 6 tháng cuối năm các cấp Hội tập trung vận động nông dân tham gia Đề án lúa chất lượng cao, phấn đấu cả năm kết nạp 3.500 hội viên mới, thành lập thêm 10 tổ hợp tác; tổ chức tốt Hội nghị đối thoại giữa Chủ tịch UBND tỉnh với nông dân năm 2024.
Hữu Huyến
Tin liên quan
- Tri Tôn: 300 hội viên được tập huấn trồng lúa hữu cơ (05/07/2024)
- Hội Nông dân tỉnh trao 10 căn nhà Mái ấm nông dân (26/06/2024)
- Châu Phú liên kết tiêu thụ nếp (14/06/2024)
""", "2024-07-12", "Nông dân An Giang liên kết sản xuất trên 42.000 ha lúa chất lượng cao",
E("so_ket", "2024-H1", "2024-07-10"),
[P("Chau Thành Sơn", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh"),
 P("Néang Sa Ly", "Chủ tịch Hội Nông dân xã Ô Lâm"),
 P("Ha Ri Phănh", "Chi hội trưởng Chi hội nông dân ấp Phũm Soài"),
 P("Trần Văn Hùng", "Giám đốc Hợp tác xã nông nghiệp Tân Phước"),
 P("Lê Văn Tài", "Phó Chủ tịch Hội Nông dân tỉnh", "Phó Giám đốc Quỹ Hỗ trợ nông dân tỉnh"),
 P("Chau Sóc Đa Ri", "Phó Chủ tịch Hội Nông dân tỉnh")],
[Q("trên 42.000 ha", 42000, "ha", "over"), Q("1.830 hội viên mới", 1830, "hội viên mới"),
 Q("26 chi hội nông dân nghề nghiệp", 26, "chi hội nông dân nghề nghiệp"), Q("11 tổ hội nông dân nghề nghiệp", 11, "tổ hội nông dân nghề nghiệp"),
 Q("80 kg/ha", 80, "kg"), Q("12,6 tỷ đồng", 12600000000, "đồng"), Q("520 hộ", 520, "hộ"), Q("2.140 tỷ đồng", 2140000000000, "đồng"),
 Q("312 cuộc hội thảo, tập huấn", 312, "cuộc hội thảo, tập huấn"), Q("14.600 lượt nông dân", 14600, "lượt nông dân"),
 Q("3.500 tấn", 3500, "tấn"), Q("1.200 tấn", 1200, "tấn"), Q("85 căn nhà", 85, "căn nhà"), Q("6.400 m2", 6400, "m2"), Q("9,6 km", 9.6, "km"),
 Q("64 hộ đồng bào Khmer", 64, "hộ đồng bào Khmer"), Q("120 ha", 120, "ha"), Q("khoảng 250 tấn", 250, "tấn", "approx"),
 Q("3.500 hội viên mới", 3500, "hội viên mới"), Q("10 tổ hợp tác", 10, "tổ hợp tác")],
[D("Quyết định", "1490", "QĐ-TTg", "2023-11-27", "Thủ tướng Chính phủ", "Quyết định 1490/QĐ-TTg ngày 27/11/2023"),
 D("Chỉ thị", "24", "CT/TU", "2024-01-05", "Ban Thường vụ Tỉnh ủy", "Chỉ thị 24-CT/TU ngày 5/1/2024"),
 D("Kế hoạch", "72", "KH/HNDT", None, "Ban Thường vụ Hội Nông dân tỉnh", "Kế hoạch 72, 73-KH/HNDT"),
 D("Kế hoạch", "73", "KH/HNDT", None, "Ban Thường vụ Hội Nông dân tỉnh", "Kế hoạch 72, 73-KH/HNDT")],
[prov("An Giang"), com("Ô Lâm"), com("Vĩnh Trường")],
["HỘI NÔNG DÂN TỈNH AN GIANG", "Trang chủ > Tin tức > Hoạt động Hội > Tin trong tỉnh", "Toàn cảnh hội nghị sơ kết. Ảnh: Hữu Huyến",
 "Đề án phát triển bền vững một triệu héc-ta chuyên canh lúa chất lượng cao, phát thải thấp vùng Đồng bằng sông Cửu Long",
 "Đề án lúa chất lượng cao", "Ngân hàng Chính sách xã hội"],
["12/07/2024 06:00", "6 tháng đầu năm 2024", "6 tháng cuối năm", "6 tháng qua", "năm 2024", "một triệu héc-ta"]))
