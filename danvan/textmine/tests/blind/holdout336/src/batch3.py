from lib import *
PAGES = []

PAGES.append(page("b8033-nghean-hoinghi-luatbvmt-2022", """
BÁO NGHỆ AN ĐIỆN TỬ
Thời sự › Môi trường
Thứ Sáu, 23/09/2022, 16:40
Nghệ An: Lộ trình đến cuối năm 2024 phải phân loại rác tại nguồn
Sáng 22/9, UBND tỉnh Nghệ An tổ chức hội nghị năm 2022 triển khai các quy định về phân loại chất thải rắn sinh hoạt tại nguồn và tính giá dịch vụ thu gom theo khối lượng của Luật Bảo vệ môi trường số 72/2020/QH14. Hội nghị được kết nối trực tuyến đến 21 điểm cầu huyện, thành phố, thị xã với hơn 1.300 đại biểu.
Toàn cảnh hội nghị tại điểm cầu tỉnh.
Chủ trì hội nghị có đồng chí Hoàng Văn Tùng, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh; đồng chí Võ Thị Minh Sinh, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh.
Đồng chí Hồ Xuân Lâm, Phó Giám đốc Sở Tài nguyên và Môi trường, quán triệt Nghị định số 08/2022/NĐ-CP ngày 10/1/2022 của Chính phủ và Thông tư số 02/2022/TT-BTNMT của Bộ Tài nguyên và Môi trường. Theo đó, chất thải rắn sinh hoạt từ hộ gia đình, cá nhân phải được phân thành 3 nhóm: chất thải có khả năng tái sử dụng, tái chế; chất thải thực phẩm; chất thải rắn sinh hoạt khác. Chậm nhất ngày 31/12/2024, các địa phương phải hoàn thành việc tính giá dịch vụ theo khối lượng hoặc thể tích rác đã phân loại.
Toàn tỉnh hiện phát sinh khoảng 1.900 tấn rác sinh hoạt mỗi ngày, tỷ lệ thu gom ở đô thị đạt 95%, ở nông thôn khoảng 70%. Mới có 48 xã, phường làm thí điểm phân loại; 16 lò đốt rác cỡ nhỏ ở miền núi đang hoạt động quá công suất. Mức giá dịch vụ hiện hành theo Quyết định số 29/2021/QĐ-UBND của UBND tỉnh từ 8.000 đến 30.000 đồng/hộ/tháng.
Thảo luận, ông Lô Văn Thái, Chủ tịch UBND xã Châu Bình (huyện Quỳ Châu), người Thái, cho biết xã đã hướng dẫn 1.540 hộ đào hố rác tại vườn, nhưng rác nhựa theo suối chảy về vẫn rất nhiều. Bà Vi Thị Hường, Chủ tịch Hội Liên hiệp Phụ nữ huyện Con Cuông, đề nghị có túi đựng rác đồng màu trên toàn tỉnh để người dân dễ nhận biết. Ông Trần Đình Hiếu, Phó Chủ tịch UBND thành phố Vinh, cho biết thành phố dự kiến chi 12 tỷ đồng mua thùng, xe chuyên dụng trong năm 2023.
Kết luận hội nghị, đồng chí Hoàng Văn Tùng yêu cầu các địa phương bám sát Chỉ thị 21, 22-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường lãnh đạo công tác bảo vệ môi trường và xử lý rác thải nông thôn; trước ngày 31/12/2022 hoàn thành kế hoạch phân loại rác của từng huyện. Đồng chí Võ Thị Minh Sinh đề nghị Mặt trận các cấp gắn nội dung này với cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", mỗi khu dân cư có ít nhất 1 mô hình tự quản về môi trường.
Các đại biểu cũng đề nghị tỉnh sớm quy hoạch khu xử lý rác tập trung cấp vùng, tránh tình trạng mỗi huyện một bãi chôn lấp tạm, gây ô nhiễm nguồn nước ngầm và bức xúc trong nhân dân. Nhiều ý kiến đề nghị đẩy mạnh xã hội hóa, khuyến khích doanh nghiệp đầu tư nhà máy điện rác.
Hội nghị thống nhất giao Sở Tài nguyên và Môi trường chủ trì xây dựng hướng dẫn kỹ thuật phân loại rác, trình UBND tỉnh trong quý IV/2022.
Phan Quỳnh
Tin liên quan
- Quỳnh Lưu xử lý dứt điểm bãi rác tự phát ven biển (15/09/2022)
- Nghệ An: 62 xã đạt tiêu chí môi trường nông thôn mới (08/09/2022)
- Thanh niên Vinh ra quân "Chủ nhật xanh" (28/08/2022)
""", "2022-09-23", "Nghệ An: Lộ trình đến cuối năm 2024 phải phân loại rác tại nguồn",
E("hoi_nghi", "2022", "2022-09-22"),
[P("Hoàng Văn Tùng", "Tỉnh ủy viên", "Phó Chủ tịch UBND tỉnh"),
 P("Võ Thị Minh Sinh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Hồ Xuân Lâm", "Phó Giám đốc Sở Tài nguyên và Môi trường"),
 P("Lô Văn Thái", "Chủ tịch UBND xã Châu Bình"),
 P("Vi Thị Hường", "Chủ tịch Hội Liên hiệp Phụ nữ huyện Con Cuông"),
 P("Trần Đình Hiếu", "Phó Chủ tịch UBND thành phố Vinh")],
[Q("21 điểm cầu huyện, thành phố, thị xã", 21, "điểm cầu huyện, thành phố, thị xã"), Q("hơn 1.300 đại biểu", 1300, "đại biểu", "over"),
 Q("3 nhóm", 3, "nhóm"), Q("khoảng 1.900 tấn", 1900, "tấn", "approx"), Q("95%", 95, "%"), Q("khoảng 70%", 70, "%", "approx"),
 Q("48 xã, phường", 48, "xã, phường"), Q("16 lò đốt rác cỡ nhỏ", 16, "lò đốt rác cỡ nhỏ"),
 Q("từ 8.000 đến 30.000 đồng", 8000, "đồng"), Q("1.540 hộ", 1540, "hộ"), Q("12 tỷ đồng", 12000000000, "đồng"),
 Q("ít nhất 1 mô hình tự quản về môi trường", 1, "mô hình tự quản về môi trường", "over")],
[D("Luật", "72", "2020/QH14", None, None, "Luật Bảo vệ môi trường số 72/2020/QH14"),
 D("Nghị định", "08", "2022/NĐ-CP", "2022-01-10", "Chính phủ", "Nghị định số 08/2022/NĐ-CP ngày 10/1/2022"),
 D("Thông tư", "02", "2022/TT-BTNMT", None, "Bộ Tài nguyên và Môi trường", "Thông tư số 02/2022/TT-BTNMT"),
 D("Quyết định", "29", "2021/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 29/2021/QĐ-UBND"),
 D("Chỉ thị", "21", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 21, 22-CT/TU"),
 D("Chỉ thị", "22", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 21, 22-CT/TU")],
[prov("Nghệ An"), com("Châu Bình")],
["BÁO NGHỆ AN ĐIỆN TỬ", "Thời sự › Môi trường", "Toàn cảnh hội nghị tại điểm cầu tỉnh.",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"],
["Thứ Sáu, 23/09/2022, 16:40", "cuối năm 2024", "năm 2022", "31/12/2024", "năm 2023", "31/12/2022", "quý IV/2022"]))

PAGES.append(page("b8034-binhduong-mttq-giamsat-2023", """
ỦY BAN MTTQ VIỆT NAM TỈNH BÌNH DƯƠNG
Trang chủ > Giám sát và phản biện xã hội
15/06/2023 - 14:10
Giám sát việc thu giá dịch vụ thu gom rác tại thành phố Thuận An
Ảnh: Đoàn giám sát kiểm tra điểm tập kết rác tại khu phố Bình Đức 1.
Ngày 13 và 14/6, Đoàn giám sát của Ủy ban MTTQ Việt Nam tỉnh Bình Dương do bà Đặng Thị Kim Chi, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện thu giá dịch vụ thu gom, vận chuyển rác thải sinh hoạt và phân loại rác tại nguồn tại thành phố Thuận An, theo Kế hoạch số 27/KH-MTTQ-BTT ngày 5/5/2023 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh.
Cùng đi có các thành viên đoàn: ông Nguyễn Văn Lộc, bà Trịnh Thị Thu Hà, ông Lâm Quốc Bảo - Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh; đại diện Sở Tài nguyên và Môi trường, Sở Tài chính.
Theo báo cáo của UBND thành phố Thuận An, mỗi ngày địa bàn phát sinh trên 600 tấn rác sinh hoạt; 100% rác được thu gom, vận chuyển về Khu liên hợp xử lý chất thải Nam Bình Dương. Giá dịch vụ thực hiện theo Quyết định số 12/2022/QĐ-UBND của UBND tỉnh: hộ gia đình 40.000 đồng/tháng, phòng trọ 10.000 đồng/phòng/tháng, cơ sở kinh doanh từ 120.000 đồng/tháng trở lên tùy khối lượng. 5 tháng đầu năm 2023 thu được 27,4 tỷ đồng.
Qua giám sát tại phường Bình Hòa và phường An Phú, đoàn ghi nhận còn 2.860 phòng trọ chưa ký hợp đồng thu gom; nhiều chủ nhà trọ thu tiền rác của công nhân nhưng không nộp đủ. Phân loại rác tại nguồn mới triển khai ở 12 khu phố với khoảng 9.400 hộ, tỷ lệ phân loại đúng chỉ khoảng 30 - 35%.
Ông Nguyễn Thanh Tâm, Phó Chủ tịch UBND thành phố Thuận An, thừa nhận việc thu giá dịch vụ giao cho đơn vị thu gom dân lập còn lỏng lẻo. Bà Huỳnh Thị Ánh Tuyết, Chủ tịch Ủy ban MTTQ phường Bình Hòa, kiến nghị được cung cấp danh sách hộ đã nộp tiền để Ban Thanh tra nhân dân giám sát. Ông Phan Văn Đực, Trưởng khu phố Bình Đức 1, đề nghị bố trí thêm 3 điểm tập kết có mái che.
Kết luận buổi giám sát, bà Đặng Thị Kim Chi đề nghị UBND thành phố Thuận An công khai giá dịch vụ tại từng khu phố, từng nhà trọ; xử lý nghiêm chủ nhà trọ thu sai; tăng cường tuyên truyền theo Hướng dẫn số 05-HD/MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về vận động nhân dân phân loại rác. Báo cáo kết quả giám sát sẽ được gửi UBND tỉnh và HĐND tỉnh trước ngày 30/6.
Các thành viên đoàn cũng lưu ý tình trạng rác thải sinh hoạt bị đổ trộm dọc các tuyến đường giáp ranh với Thành phố Hồ Chí Minh, đề nghị lắp camera và tăng cường tuần tra vào ban đêm. Mặt trận các phường cần phát huy vai trò của tổ tự quản, tổ nhân dân tự quản trong việc giám sát các đơn vị thu gom dân lập.
Bảo Ngọc
Tin cùng chuyên mục
- Mặt trận tỉnh giám sát việc thực hiện chính sách bảo hiểm y tế (02/06/2023)
- Hội nghị phản biện dự thảo Nghị quyết về giá dịch vụ thu gom rác (20/04/2023)
- Dĩ An: nhân rộng mô hình "Khu phố xanh" (10/04/2023)
""", "2023-06-15", "Giám sát việc thu giá dịch vụ thu gom rác tại thành phố Thuận An",
E("giam_sat", None, "2023-06-13"),
[P("Đặng Thị Kim Chi", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "trưởng đoàn"),
 P("Nguyễn Văn Lộc", "thành viên đoàn", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trịnh Thị Thu Hà", "thành viên đoàn", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lâm Quốc Bảo", "thành viên đoàn", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thanh Tâm", "Phó Chủ tịch UBND thành phố Thuận An"),
 P("Huỳnh Thị Ánh Tuyết", "Chủ tịch Ủy ban MTTQ phường Bình Hòa"),
 P("Phan Văn Đực", "Trưởng khu phố Bình Đức 1")],
[Q("trên 600 tấn", 600, "tấn", "over"), Q("100% rác", 100, "%"), Q("40.000 đồng", 40000, "đồng"), Q("10.000 đồng", 10000, "đồng"),
 Q("từ 120.000 đồng/tháng trở lên", 120000, "đồng", "over"), Q("27,4 tỷ đồng", 27400000000, "đồng"),
 Q("2.860 phòng trọ", 2860, "phòng trọ"), Q("12 khu phố", 12, "khu phố"), Q("khoảng 9.400 hộ", 9400, "hộ", "approx"),
 Q("khoảng 30 - 35%", 30, "%", "approx"), Q("3 điểm tập kết", 3, "điểm tập kết")],
[D("Kế hoạch", "27", "KH-MTTQ-BTT", "2023-05-05", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 27/KH-MTTQ-BTT ngày 5/5/2023"),
 D("Quyết định", "12", "2022/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 12/2022/QĐ-UBND"),
 D("Hướng dẫn", "05", "HD/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Hướng dẫn số 05-HD/MTTQ-BTT")],
[prov("Bình Dương"), com("Bình Hòa"), com("An Phú")],
["ỦY BAN MTTQ VIỆT NAM TỈNH BÌNH DƯƠNG", "Trang chủ > Giám sát và phản biện xã hội",
 "Ảnh: Đoàn giám sát kiểm tra điểm tập kết rác tại khu phố Bình Đức 1.", "Khu liên hợp xử lý chất thải Nam Bình Dương"],
["15/06/2023 - 14:10", "5 tháng đầu năm 2023", "Bình Đức 1", "30/6"]))

PAGES.append(page("b8035-hagiang-dongvan-taphuan-2023", """
BÁO HÀ GIANG ĐIỆN TỬ
Trang chủ / Xã hội / Dân tộc - Miền núi
03/11/2023 | 09:15
Tập huấn phân loại, xử lý rác thải cho người dân vùng cao Đồng Văn
Trong 3 ngày, từ ngày 31/10 đến 2/11/2023, Hội Liên hiệp Phụ nữ tỉnh Hà Giang phối hợp với UBND huyện Đồng Văn tổ chức lớp tập huấn năm 2023 về phân loại, thu gom và xử lý rác thải sinh hoạt tại hộ gia đình cho 85 học viên là trưởng thôn, chi hội trưởng phụ nữ, người có uy tín của các xã Lũng Cú, Ma Lé và Lũng Táo.
Học viên thực hành ủ phân hữu cơ từ rác nhà bếp.
Lớp tập huấn thuộc Dự án 8 "Thực hiện bình đẳng giới và giải quyết những vấn đề cấp thiết đối với phụ nữ và trẻ em" của Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi, thực hiện theo Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ và Kế hoạch số 214/KH-UBND của UBND tỉnh.
Bà Sùng Thị Chư, Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh, cho biết ở các thôn vùng cao, rác thải chủ yếu là túi ni lông, vỏ chai, bao bì phân bón; xe thu gom của huyện mới đến được trung tâm xã và các điểm du lịch như Cột cờ Lũng Cú. Mỗi tháng huyện Đồng Văn thu gom khoảng 380 tấn rác, phí vệ sinh ở thị trấn 15.000 đồng/hộ/tháng, còn ở các thôn người dân tự xử lý.
Các học viên được hướng dẫn cách chia rác thành rác hữu cơ dùng ủ phân, rác tái chế bán cho người thu mua và rác còn lại đem đốt trong lò đốt mini ở đầu thôn. Giảng viên Lò Thị Thu, cán bộ Ban Tuyên giáo Hội Liên hiệp Phụ nữ tỉnh, hướng dẫn cách làm hố rác đúng kỹ thuật, cách xa nguồn nước ít nhất 20 mét.
Ông Vàng Mí Sính, Bí thư Chi bộ kiêm Trưởng thôn Lô Lô Chải, xã Lũng Cú, người Lô Lô, chia sẻ: "Thôn có 114 hộ, làm homestay đón khách nhiều nên rác nhiều. Thôn đã đưa vào hương ước: hộ nào vứt rác ra đường phải quét đường cả thôn một buổi". Chị Giàng Thị Mai, Chi hội trưởng phụ nữ thôn Sủng Pờ A, người Mông, cho biết chi hội đã xây 3 lò đốt rác bằng đá và góp 4,5 triệu đồng mua thùng rác đặt ở chợ phiên.
Ông Thào Mí Lử, Phó Chủ tịch UBND huyện Đồng Văn, cho biết năm 2023 huyện hỗ trợ 27 lò đốt rác mini cho các thôn, kinh phí hơn 540 triệu đồng từ vốn Chương trình mục tiêu quốc gia xây dựng nông thôn mới; phấn đấu đến năm 2025 có 70% số thôn có tổ thu gom rác tự quản.
Kết thúc lớp học, các học viên cam kết về thôn tuyên truyền bằng tiếng Mông, tiếng Lô Lô qua loa phát thanh và các buổi họp thôn, vận động mỗi hộ có một hố rác, một góc ủ phân.
Theo Hội Liên hiệp Phụ nữ tỉnh Hà Giang, đây là năm thứ hai Hội tổ chức tập huấn theo Dự án 8 về chủ đề môi trường. Sau mỗi lớp, cán bộ Hội sẽ trở lại từng thôn kiểm tra, đánh giá việc thực hiện; những chi hội làm tốt được đề nghị khen thưởng, nhân rộng ra các huyện vùng cao núi đá khác của tỉnh.
Mai Hương
Tin liên quan
- Mèo Vạc: ra mắt tổ phụ nữ thu gom rác thải nhựa (20/10/2023)
- Hà Giang đón hơn 2 triệu lượt khách du lịch (12/10/2023)
- Yên Minh xây dựng 50 lò đốt rác mini (02/10/2023)
""", "2023-11-03", "Tập huấn phân loại, xử lý rác thải cho người dân vùng cao Đồng Văn",
E("tap_huan", "2023", "2023-10-31"),
[P("Sùng Thị Chư", "Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
 P("Lò Thị Thu", "Giảng viên", "cán bộ Ban Tuyên giáo Hội Liên hiệp Phụ nữ tỉnh"),
 P("Vàng Mí Sính", "Bí thư Chi bộ kiêm Trưởng thôn Lô Lô Chải"),
 P("Giàng Thị Mai", "Chi hội trưởng phụ nữ thôn Sủng Pờ A"),
 P("Thào Mí Lử", "Phó Chủ tịch UBND huyện Đồng Văn")],
[Q("85 học viên", 85, "học viên"), Q("khoảng 380 tấn", 380, "tấn", "approx"), Q("15.000 đồng", 15000, "đồng"),
 Q("ít nhất 20 mét", 20, "mét", "over"), Q("114 hộ", 114, "hộ"), Q("3 lò đốt rác", 3, "lò đốt rác"),
 Q("4,5 triệu đồng", 4500000, "đồng"), Q("27 lò đốt rác mini", 27, "lò đốt rác mini"),
 Q("hơn 540 triệu đồng", 540000000, "đồng", "over"), Q("70%", 70, "%")],
[D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021"),
 D("Kế hoạch", "214", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 214/KH-UBND")],
[prov("Hà Giang"), com("Lũng Cú"), com("Ma Lé"), com("Lũng Táo")],
["BÁO HÀ GIANG ĐIỆN TỬ", "Trang chủ / Xã hội / Dân tộc - Miền núi", "Học viên thực hành ủ phân hữu cơ từ rác nhà bếp.",
 "Thực hiện bình đẳng giới và giải quyết những vấn đề cấp thiết đối với phụ nữ và trẻ em", "Cột cờ Lũng Cú",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi",
 "Chương trình mục tiêu quốc gia xây dựng nông thôn mới"],
["03/11/2023 | 09:15", "3 ngày", "năm 2023", "Dự án 8", "năm 2025", "năm thứ hai"]))

PAGES.append(page("b8036-soctrang-vinhchau-doithoai-2024", """
BÁO SÓC TRĂNG
Chính trị - Xã hội | Dân vận
Ngày 26/07/2024 | 08:00
Hôm nay: Thứ Bảy, 27/07/2024
Vĩnh Châu: Lắng nghe người dân về giá dịch vụ thu gom rác
Ảnh: Quang cảnh buổi đối thoại.
Ngày 24/7, Thường trực Thị ủy, UBND thị xã Vĩnh Châu tổ chức hội nghị đối thoại năm 2024 giữa người đứng đầu cấp ủy, chính quyền với nhân dân về công tác thu gom, xử lý rác thải sinh hoạt và giá dịch vụ thu gom. Đồng chí Lâm Hoàng Nghiệp, Phó Bí thư Thị ủy, Chủ tịch UBND thị xã chủ trì; tham dự có 156 người dân, trong đó gần một nửa là đồng bào Khmer của các phường 1, Khánh Hòa, Vĩnh Phước và xã Lai Hòa.
Theo báo cáo, năm 2023 thị xã thu gom được 11.600 tấn rác, tỷ lệ hộ đăng ký dịch vụ ở các phường đạt 88%, ở các xã 46%. Giá dịch vụ thực hiện theo Quyết định số 07/2023/QĐ-UBND ngày 20/3/2023 của UBND tỉnh Sóc Trăng, từ 18.000 đến 25.000 đồng/hộ/tháng; 6 tháng đầu năm 2024 thu được gần 1,9 tỷ đồng. Việc phân loại rác tại nguồn đã triển khai ở 4 khóm, ấp với 1.275 hộ.
Tại buổi đối thoại, người dân nêu 19 ý kiến. Ông Thạch Sà Rươl, ấp Prey Chóp, xã Lai Hòa, phản ánh xe rác chỉ chạy trên đường chính, các hộ trong xóm phải mang rác ra xa hơn 500 m. Bà Lý Thị Sa Phone, hộ kinh doanh tại chợ Vĩnh Châu, đề nghị giảm giá cho tiểu thương bán hàng rong. Ông Sơn Ngọc Thạch, Trưởng ban Nhân dân khóm Cà Săng, phường 2, đề nghị hỗ trợ thùng chứa phân loại cho khóm.
Đại đức Lâm Sóc Phon, Trụ trì chùa Prêk Chrui, cho biết nhà chùa đã vận động bà con trong phum sóc không đốt rác nhựa, dùng lá chuối gói đồ cúng trong các lễ Chôl Chnăm Thmây, Sen Dolta.
Trả lời các ý kiến, bà Trần Thị Ngọc Lan, Phó Chủ tịch UBND thị xã, cho biết từ tháng 9/2024 thị xã sẽ mở thêm 3 tuyến thu gom vào các xóm trong của xã Lai Hòa; ông Kim Ngọc Chân, Giám đốc Ban Quản lý công trình công cộng thị xã, hứa trang bị thêm 2 xe ba gác máy. Đối với hộ nghèo, hộ cận nghèo dân tộc thiểu số, thị xã tiếp tục miễn, giảm tiền dịch vụ theo Nghị quyết số 15/2022/NQ-HĐND của HĐND tỉnh.
Kết luận, đồng chí Lâm Hoàng Nghiệp ghi nhận những đóng góp thẳng thắn của người dân, giao các ngành liên quan giải quyết dứt điểm các kiến nghị trong quý III/2024 và trả lời bằng văn bản cho người dân trước ngày 30/9/2024.
Đồng chí cũng đề nghị Ủy ban MTTQ, các đoàn thể và chức sắc các chùa Khmer tiếp tục vận động bà con phân loại rác, giữ gìn vệ sinh phum sóc, nhất là vào dịp lễ hội. Việc đối thoại sẽ được tổ chức định kỳ để kịp thời nắm bắt tâm tư, nguyện vọng của nhân dân.
Thạch Phương
Tin khác
- Vĩnh Châu: ra mắt mô hình "Khóm không rác thải nhựa" (18/07/2024)
- Sóc Trăng tổ chức lễ Sen Dolta cấp tỉnh (10/07/2024)
- Trao 120 thùng rác cho các chùa Khmer (02/07/2024)
""", "2024-07-26", "Vĩnh Châu: Lắng nghe người dân về giá dịch vụ thu gom rác",
E("doi_thoai", "2024", "2024-07-24"),
[P("Lâm Hoàng Nghiệp", "Phó Bí thư Thị ủy", "Chủ tịch UBND thị xã"),
 P("Thạch Sà Rươl"),
 P("Lý Thị Sa Phone"),
 P("Sơn Ngọc Thạch", "Trưởng ban Nhân dân khóm Cà Săng"),
 P("Lâm Sóc Phon", "Đại đức", "Trụ trì chùa Prêk Chrui"),
 P("Trần Thị Ngọc Lan", "Phó Chủ tịch UBND thị xã"),
 P("Kim Ngọc Chân", "Giám đốc Ban Quản lý công trình công cộng thị xã")],
[Q("156 người dân", 156, "người dân"), Q("11.600 tấn", 11600, "tấn"), Q("88%", 88, "%"), Q("46%", 46, "%"),
 Q("từ 18.000 đến 25.000 đồng", 18000, "đồng"), Q("gần 1,9 tỷ đồng", 1900000000, "đồng", "approx"),
 Q("4 khóm, ấp", 4, "khóm, ấp"), Q("1.275 hộ", 1275, "hộ"), Q("19 ý kiến", 19, "ý kiến"), Q("hơn 500 m", 500, "m", "over"),
 Q("3 tuyến thu gom", 3, "tuyến thu gom"), Q("2 xe ba gác máy", 2, "xe ba gác máy")],
[D("Quyết định", "07", "2023/QĐ-UBND", "2023-03-20", "UBND tỉnh Sóc Trăng", "Quyết định số 07/2023/QĐ-UBND ngày 20/3/2023"),
 D("Nghị quyết", "15", "2022/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 15/2022/NQ-HĐND")],
[prov("Sóc Trăng"), com("phường 1"), com("Khánh Hòa"), com("Vĩnh Phước"), com("Lai Hòa"), com("phường 2")],
["BÁO SÓC TRĂNG", "Chính trị - Xã hội | Dân vận", "Hôm nay: Thứ Bảy, 27/07/2024", "Ảnh: Quang cảnh buổi đối thoại.",
 "Chôl Chnăm Thmây", "Sen Dolta", "Prey Chóp", "Cà Săng"],
["Ngày 26/07/2024 | 08:00", "Thứ Bảy, 27/07/2024", "năm 2023", "6 tháng đầu năm 2024", "tháng 9/2024", "quý III/2024", "30/9/2024"]))

PAGES.append(page("b8037-thainguyen-tongket-2024", """
BÁO THÁI NGUYÊN ĐIỆN TỬ
Trang chủ » Xã hội » Tài nguyên - Môi trường
20 tháng 12, 2024 | 15:30
Ảnh: Toàn cảnh hội nghị.
Phổ Yên: Năm 2024 có 62% hộ dân phân loại rác tại nguồn
Chiều 19/12, Ban Chỉ đạo phân loại rác thải sinh hoạt tại nguồn thành phố Phổ Yên tổ chức hội nghị tổng kết năm 2024 và triển khai nhiệm vụ năm 2025. Dự hội nghị có các đồng chí: Dương Văn Lượng, Ủy viên Ban Thường vụ Thành ủy, Phó Chủ tịch Thường trực UBND thành phố; Ma Thị Nguyệt, Chủ tịch Ủy ban MTTQ Việt Nam thành phố; lãnh đạo 18 xã, phường.
Báo cáo tại hội nghị cho thấy, năm 2024 toàn thành phố có 30.480 hộ thực hiện phân loại rác tại nguồn, đạt 62%, vượt 12% chỉ tiêu Nghị quyết; khối lượng rác phải chôn lấp giảm khoảng 45 tấn/ngày. Thành phố đã cấp 8.600 thùng ủ rác hữu cơ, xây dựng 126 điểm tập kết rác theo tiêu chuẩn, xử lý 212 trường hợp vứt rác không đúng nơi quy định với tổng số tiền phạt hơn 96 triệu đồng.
Năm 2024, Phổ Yên thu giá dịch vụ thu gom, vận chuyển rác thải được 9,73 tỷ đồng, tăng 14,5% so với năm 2023, theo mức giá quy định tại Quyết định số 41/2023/QĐ-UBND ngày 19/12/2023 của UBND tỉnh Thái Nguyên: 20.000 đồng/hộ/tháng ở phường, 12.000 đồng/hộ/tháng ở xã. Các hộ nghèo, hộ cận nghèo được miễn theo Nghị quyết 08, 09/2023/NQ-HĐND của HĐND tỉnh.
Phát biểu tại hội nghị, bà Nông Thị Thương, Chủ tịch Hội Phụ nữ xã Thành Công, người Tày, cho biết hội viên xã đã đóng góp 2.300 ngày công, mỗi chi hội duy trì một "ngôi nhà tái chế" để thu gom phế liệu. Ông Lý Văn Đoàn, Bí thư Chi bộ, Trưởng xóm Đồng Muốn, người Sán Dìu, cho biết xóm là một trong 5 xóm được UBND thành phố công nhận "Xóm không rác".
Thay mặt Ban Chỉ đạo, đồng chí Dương Văn Lượng đề nghị năm 2025 các xã, phường thực hiện tốt Kết luận 35, 36-KL/TU của Ban Thường vụ Tỉnh ủy về bảo vệ môi trường và Kế hoạch 173/KH-UBND của UBND thành phố; phấn đấu 75% số hộ phân loại rác, 100% khu dân cư có tổ tự quản về môi trường.
Dịp này, UBND thành phố tặng giấy khen cho 14 tập thể, 22 cá nhân có thành tích xuất sắc trong phân loại rác tại nguồn năm 2024, mỗi giải thưởng trị giá từ 500.000 đồng đến 1,5 triệu đồng.
Hội nghị đã dành thời gian thảo luận về những vướng mắc khi nhân rộng mô hình. Nhiều ý kiến cho rằng một số khu dân cư mới, khu nhà trọ công nhân gần các khu công nghiệp có tỷ lệ phân loại thấp do người thuê trọ thay đổi thường xuyên. Các đại biểu đề xuất đưa nội dung phân loại rác vào nội quy khu nhà trọ, giao chủ nhà trọ chịu trách nhiệm hướng dẫn người thuê; đồng thời đề nghị tỉnh hỗ trợ thêm xe chuyên dụng thu gom rác đã phân loại.
Phương Thảo
Tin liên quan
- Đồng Hỷ xây dựng 20 mô hình "Xóm xanh, sạch, đẹp" (12/12/2024)
- Thái Nguyên: ra quân thu gom rác thải nhựa (01/12/2024)
- Phổ Yên đạt chuẩn đô thị loại III (20/11/2024)
""", "2024-12-20", "Phổ Yên: Năm 2024 có 62% hộ dân phân loại rác tại nguồn",
E("tong_ket", "2024", "2024-12-19"),
[P("Dương Văn Lượng", "Ủy viên Ban Thường vụ Thành ủy", "Phó Chủ tịch Thường trực UBND thành phố"),
 P("Ma Thị Nguyệt", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Nông Thị Thương", "Chủ tịch Hội Phụ nữ xã Thành Công"),
 P("Lý Văn Đoàn", "Bí thư Chi bộ", "Trưởng xóm Đồng Muốn")],
[Q("62%", 62, "%"), Q("18 xã, phường", 18, "xã, phường"), Q("30.480 hộ", 30480, "hộ"), Q("12%", 12, "%"),
 Q("khoảng 45 tấn", 45, "tấn", "approx"), Q("8.600 thùng ủ rác hữu cơ", 8600, "thùng ủ rác hữu cơ"),
 Q("126 điểm tập kết rác", 126, "điểm tập kết rác"), Q("212 trường hợp", 212, "trường hợp"),
 Q("hơn 96 triệu đồng", 96000000, "đồng", "over"), Q("9,73 tỷ đồng", 9730000000, "đồng"), Q("14,5%", 14.5, "%"),
 Q("20.000 đồng", 20000, "đồng"), Q("12.000 đồng", 12000, "đồng"), Q("2.300 ngày công", 2300, "ngày công"),
 Q("5 xóm", 5, "xóm"), Q("75%", 75, "%"), Q("100% khu dân cư", 100, "%"), Q("14 tập thể", 14, "tập thể"),
 Q("22 cá nhân", 22, "cá nhân"), Q("từ 500.000 đồng đến 1,5 triệu đồng", 500000, "đồng")],
[D("Quyết định", "41", "2023/QĐ-UBND", "2023-12-19", "UBND tỉnh Thái Nguyên", "Quyết định số 41/2023/QĐ-UBND ngày 19/12/2023"),
 D("Nghị quyết", "08", "2023/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết 08, 09/2023/NQ-HĐND"),
 D("Nghị quyết", "09", "2023/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết 08, 09/2023/NQ-HĐND"),
 D("Kết luận", "35", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 35, 36-KL/TU"),
 D("Kết luận", "36", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 35, 36-KL/TU"),
 D("Kế hoạch", "173", "KH-UBND", None, "UBND thành phố", "Kế hoạch 173/KH-UBND")],
[prov("Thái Nguyên"), com("Thành Công")],
["BÁO THÁI NGUYÊN ĐIỆN TỬ", "Trang chủ » Xã hội » Tài nguyên - Môi trường", "Ảnh: Toàn cảnh hội nghị.",
 "ngôi nhà tái chế", "Xóm không rác"],
["20 tháng 12, 2024 | 15:30", "năm 2024", "năm 2025", "năm 2023"]))

PAGES.append(page("b8038-khanhhoa-nhatrang-giaoban-quy1-2025", """
Cổng thông tin điện tử thành phố Nha Trang
You are here: Trang chủ - Tin tức - Đô thị
Thứ Sáu, 11/04/2025 - 07:45
Toàn cảnh buổi giao ban.
Nha Trang giao ban quý I: thu gom rác đã phân loại ở 8 phường
Chiều 10/4, UBND thành phố Nha Trang tổ chức giao ban công tác quản lý chất thải rắn sinh hoạt quý I/2025. Chủ trì giao ban có ông Hồ Văn Mừng, Thành ủy viên, Phó Chủ tịch UBND thành phố; ông Bùi Thanh Tú, Giám đốc Công ty Cổ phần Môi trường đô thị Nha Trang.
Theo báo cáo, quý I/2025 thành phố thu gom, xử lý khoảng 41.500 tấn rác sinh hoạt, tăng gần 7% so với cùng kỳ do lượng khách du lịch tăng mạnh dịp Tết. Thực hiện Kế hoạch số 9310/KH-UBND ngày 30/10/2024 của UBND thành phố về phân loại chất thải rắn sinh hoạt tại nguồn, từ ngày 1/1/2025 việc thu gom riêng rác thực phẩm đã triển khai ở 8 phường ven biển và trung tâm, gồm Lộc Thọ, Tân Lập, Vĩnh Nguyên, Phước Hải, Xương Huân, Vạn Thắng, Vĩnh Hải và Phương Sài, với 21.750 hộ gia đình và 1.480 nhà hàng, khách sạn.
Giá dịch vụ thu gom được áp dụng theo Quyết định số 05/2025/QĐ-UBND của UBND tỉnh Khánh Hòa: hộ gia đình ở phường 35.000 đồng/tháng; cơ sở lưu trú du lịch tính theo khối lượng, từ 350.000 đồng/m3. Tổng số tiền thu trong quý đạt 18,6 tỷ đồng, bằng 26% dự toán năm.
Ông Nguyễn Đình Quý, Chủ tịch UBND phường Lộc Thọ, cho biết có khoảng 15% nhà hàng vẫn để lẫn rác thực phẩm với vỏ chai, bao bì; phường đã lập biên bản 9 cơ sở. Bà Cao Thị Ngọc Hà, Chủ tịch Hiệp hội Du lịch thành phố, đề nghị kéo dài thời gian chuyển đổi cho các khách sạn nhỏ. Ông Mang Văn Thới, Phó Chủ tịch UBND xã Phước Đồng, người Raglai, kiến nghị mở rộng tuyến thu gom lên các thôn đồi.
Kết luận giao ban, ông Hồ Văn Mừng yêu cầu trong quý II/2025 các phường kiên quyết xử phạt theo Nghị định số 45/2022/NĐ-CP của Chính phủ đối với cơ sở không phân loại; công ty môi trường bố trí đủ 36 xe thu gom theo màu, không để xảy ra tình trạng đổ chung. Thành phố sẽ phối hợp Ủy ban MTTQ Việt Nam thành phố đưa kết quả phân loại rác vào tiêu chí bình xét "Tổ dân phố văn minh" năm 2025.
Các đại biểu cũng thảo luận về việc sắp xếp, sáp nhập đơn vị hành chính cấp xã sắp tới. Ông Hồ Văn Mừng lưu ý các phường trong quá trình sắp xếp phải bàn giao đầy đủ hồ sơ hợp đồng thu gom, danh sách hộ đăng ký và số tiền đã thu, không để gián đoạn dịch vụ thu gom rác cho người dân.
Thanh Liêm
Tin khác
- Nha Trang ra quân làm sạch bãi biển sau Tết (15/02/2025)
- Khánh Hòa thông qua đề án sắp xếp đơn vị hành chính cấp xã (05/04/2025)
- Tuyên truyền phân loại rác cho du khách (20/03/2025)
""", "2025-04-11", "Nha Trang giao ban quý I: thu gom rác đã phân loại ở 8 phường",
E("giao_ban", "2025-Q1", "2025-04-10"),
[P("Hồ Văn Mừng", "Thành ủy viên", "Phó Chủ tịch UBND thành phố"),
 P("Bùi Thanh Tú", "Giám đốc Công ty Cổ phần Môi trường đô thị Nha Trang"),
 P("Nguyễn Đình Quý", "Chủ tịch UBND phường Lộc Thọ"),
 P("Cao Thị Ngọc Hà", "Chủ tịch Hiệp hội Du lịch thành phố"),
 P("Mang Văn Thới", "Phó Chủ tịch UBND xã Phước Đồng")],
[Q("8 phường", 8, "phường"), Q("khoảng 41.500 tấn", 41500, "tấn", "approx"), Q("gần 7%", 7, "%", "approx"),
 Q("21.750 hộ gia đình", 21750, "hộ gia đình"), Q("1.480 nhà hàng, khách sạn", 1480, "nhà hàng, khách sạn"),
 Q("35.000 đồng", 35000, "đồng"), Q("350.000 đồng", 350000, "đồng"), Q("18,6 tỷ đồng", 18600000000, "đồng"),
 Q("26%", 26, "%"), Q("khoảng 15%", 15, "%", "approx"), Q("9 cơ sở", 9, "cơ sở"), Q("36 xe thu gom", 36, "xe thu gom")],
[D("Kế hoạch", "9310", "KH-UBND", "2024-10-30", "UBND thành phố", "Kế hoạch số 9310/KH-UBND ngày 30/10/2024"),
 D("Quyết định", "05", "2025/QĐ-UBND", None, "UBND tỉnh Khánh Hòa", "Quyết định số 05/2025/QĐ-UBND"),
 D("Nghị định", "45", "2022/NĐ-CP", None, "Chính phủ", "Nghị định số 45/2022/NĐ-CP")],
[prov("Khánh Hòa"), com("Lộc Thọ"), com("Tân Lập"), com("Vĩnh Nguyên"), com("Phước Hải"), com("Xương Huân"),
 com("Vạn Thắng"), com("Vĩnh Hải"), com("Phương Sài"), com("Phước Đồng")],
["Cổng thông tin điện tử thành phố Nha Trang", "You are here: Trang chủ - Tin tức - Đô thị", "Toàn cảnh buổi giao ban.",
 "Tổ dân phố văn minh"],
["Thứ Sáu, 11/04/2025 - 07:45", "quý I/2025", "quý II/2025", "năm 2025", "giao ban quý I"]))
