from lib import *
PAGES = []

PAGES.append(page("b5867-daklak-bdv-taphuan-2018", """
Báo Đắk Lắk điện tử
Chính trị - Xã hội » Dân vận
Thứ Năm, 22/11/2018 - 16:40
Học viên dự lớp tập huấn. Ảnh: H'Xíu
Bế giảng lớp bồi dưỡng nghiệp vụ dân vận, khen thưởng 9 học viên xuất sắc
Ngày 21/11, Ban Dân vận Tỉnh ủy Đắk Lắk tổ chức bế giảng lớp tập huấn nghiệp vụ công tác dân vận năm 2018 cho 126 học viên là cán bộ khối dân vận cấp huyện, cấp xã. Dự có đồng chí Y Biêr Niê, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí H'Ngọc Mlô, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy; đồng chí Lê Văn Hòa, Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy.
Trong 3 ngày, các học viên được quán triệt Quy chế công tác dân vận ban hành kèm theo Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị, Kết luận số 114-KL/TW của Ban Bí thư và Kế hoạch số 56-KH/BDVTU của Ban Dân vận Tỉnh ủy về tập huấn cán bộ cơ sở; được trao đổi kỹ năng nắm tình hình, vận động đồng bào Êđê, M'nông, Gia Rai ở 45 buôn trọng điểm. Đoàn học viên đã đi thực tế tại xã Ea Tul, xã Cư Pơng, nơi có 3 mô hình "Buôn không có đạo trái pháp luật".
Kết quả, 100% học viên hoàn thành bài thu hoạch; 38 học viên đạt loại giỏi, chiếm 30,2%. Ban Dân vận Tỉnh ủy tặng Giấy khen cho 9 học viên xuất sắc, mỗi học viên kèm 1 triệu đồng tiền thưởng. Các học viên được khen gồm: Y Kông Ayŭn, Bí thư Chi bộ buôn Sah A, xã Ea Tul; H'Linh Niê Kdăm, Chủ tịch Hội Phụ nữ xã Cư Pơng; Y Thuyên Byă, Trưởng buôn Trí; các đồng chí cán bộ chuyên trách dân vận xã: Ama Hiao, H'Dơn Mlô, Nguyễn Thị Bích Liên; các đồng chí Ksor Y Phang, Đinh Văn Tâm, Hoàng Thị Lụa - Phó Trưởng Ban Dân vận Huyện ủy.
Phát biểu bế giảng, đồng chí Y Biêr Niê cho biết năm 2018 toàn tỉnh đã mở 14 lớp tập huấn cho hơn 1.500 lượt cán bộ, kinh phí khoảng 420 triệu đồng. Đồng chí đề nghị học viên vận dụng kiến thức vào thực tiễn, nhất là vận động đồng bào không nghe theo kẻ xấu tuyên truyền "Tin lành Đê Ga", không di cư tự do; phấn đấu năm 2019 giảm ít nhất 30 hộ di cư tự do. Đồng chí H'Ngọc Mlô đề nghị các ban dân vận huyện ủy tổ chức tập huấn lại cho cán bộ thôn, buôn trước ngày 31/3/2019.
Nhiều học viên mong muốn được tập huấn thêm về kỹ năng sử dụng mạng xã hội để tuyên truyền, đấu tranh với thông tin xấu, độc; đề nghị biên soạn tài liệu song ngữ Việt - Êđê để cán bộ buôn dễ sử dụng khi đi vận động bà con.
H'Xíu - Hoàng Gia
Tin liên quan
- Krông Pắc ra mắt 4 mô hình "Dân vận khéo" (15/11/2018)
- Gặp mặt người có uy tín tiêu biểu năm 2018 (02/11/2018)
- Ban Dân vận Tỉnh ủy làm việc với Huyện ủy Ea Kar (20/10/2018)
- Buôn Đôn: vận động đồng bào không di cư tự do (12/10/2018)
""", "2018-11-22", "Bế giảng lớp bồi dưỡng nghiệp vụ dân vận, khen thưởng 9 học viên xuất sắc",
E("tap_huan", "2018", "2018-11-21"),
[P("Y Biêr Niê", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("H'Ngọc Mlô", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Lê Văn Hòa", "Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy"),
 P("Y Kông Ayŭn", "Bí thư Chi bộ buôn Sah A"),
 P("H'Linh Niê Kdăm", "Chủ tịch Hội Phụ nữ xã Cư Pơng"),
 P("Y Thuyên Byă", "Trưởng buôn Trí"),
 P("Ama Hiao", "cán bộ chuyên trách dân vận xã"), P("H'Dơn Mlô", "cán bộ chuyên trách dân vận xã"),
 P("Nguyễn Thị Bích Liên", "cán bộ chuyên trách dân vận xã"),
 P("Ksor Y Phang", "Phó Trưởng Ban Dân vận Huyện ủy"), P("Đinh Văn Tâm", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Hoàng Thị Lụa", "Phó Trưởng Ban Dân vận Huyện ủy")],
[Q("9 học viên xuất sắc", 9, "học viên xuất sắc"), Q("126 học viên", 126, "học viên"), Q("45 buôn trọng điểm", 45, "buôn trọng điểm"),
 Q("3 mô hình", 3, "mô hình"), Q("100% học viên", 100, "%"), Q("38 học viên", 38, "học viên"), Q("30,2%", 30.2, "%"),
 Q("1 triệu đồng", 1000000, "đồng"), Q("14 lớp tập huấn", 14, "lớp tập huấn"),
 Q("hơn 1.500 lượt cán bộ", 1500, "lượt cán bộ", "over"), Q("khoảng 420 triệu đồng", 420000000, "đồng", "approx"),
 Q("ít nhất 30 hộ di cư tự do", 30, "hộ di cư tự do", "over")],
[D("Quyết định", "290", "QĐ/TW", "2010-02-25", "Bộ Chính trị", "Quyết định số 290-QĐ/TW ngày 25/2/2010"),
 D("Kết luận", "114", "KL/TW", None, "Ban Bí thư", "Kết luận số 114-KL/TW"),
 D("Kế hoạch", "56", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 56-KH/BDVTU")],
[prov("Đắk Lắk"), com("Ea Tul"), com("Cư Pơng")],
["Báo Đắk Lắk điện tử", "Chính trị - Xã hội » Dân vận", "Học viên dự lớp tập huấn. Ảnh: H'Xíu",
 "Buôn không có đạo trái pháp luật", "Tin lành Đê Ga", "Quy chế công tác dân vận"],
["Thứ Năm, 22/11/2018 - 16:40", "năm 2018", "Trong 3 ngày", "năm 2019", "31/3/2019"]))

PAGES.append(page("b5868-bentre-ubnd-khenthuong-2019", """
Cổng thông tin điện tử tỉnh Bến Tre
Tin tức - Sự kiện | Thi đua - Khen thưởng
Thứ Sáu, 06/12/2019
Bến Tre: khen thưởng 32 tập thể, 57 cá nhân điển hình trong thực hiện Quy chế dân chủ ở cơ sở
Chủ tịch UBND tỉnh Bến Tre vừa ký Quyết định số 2875/QĐ-UBND ngày 3/12/2019 tặng Bằng khen cho 32 tập thể và 57 cá nhân có thành tích tiêu biểu trong thực hiện Quy chế dân chủ ở cơ sở giai đoạn 2015 - 2019. Mỗi tập thể được thưởng 1.490.000 đồng, mỗi cá nhân 745.000 đồng; tổng kinh phí khen thưởng trên 90 triệu đồng trích từ Quỹ thi đua, khen thưởng của tỉnh.
Việc khen thưởng thực hiện theo Nghị định số 91/2017/NĐ-CP ngày 31/7/2017 của Chính phủ và Kế hoạch số 4120/KH-UBND của UBND tỉnh, trên cơ sở đề nghị của Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở tỉnh, do đồng chí Phan Văn Mến, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Trưởng ban Chỉ đạo làm trưởng ban.
Các tập thể được khen có Ủy ban nhân dân xã An Thạnh, xã Thạnh Phong, xã Tân Xuân và Đảng ủy thị trấn Chợ Lách. Theo đánh giá, 100% xã, phường, thị trấn đã công khai các khoản đóng góp của dân; trong 5 năm nhân dân đóng góp khoảng 612 tỷ đồng, hiến trên 1,3 triệu m2 đất xây dựng nông thôn mới; 87 vụ việc tranh chấp đất đai được hòa giải thành tại cơ sở.
Trong 57 cá nhân được khen có 21 cán bộ cơ sở. Nhiều gương điển hình như: ông Nguyễn Văn Sáu, Trưởng ấp Thạnh Hải, xã Thạnh Phong, đã vận động 46 hộ hiến đất làm đường; bà Huỳnh Thị Kim Loan, Chủ tịch Hội Nông dân xã An Thạnh; ông Lê Thành Phước, Bí thư Chi bộ ấp Tân Phú, xã Tân Xuân. Các ông Trần Văn Hải, Võ Minh Nhựt, Đặng Văn Tâm - Trưởng ban Công tác Mặt trận ấp được khen vì tổ chức tốt hội nghị nhân dân bàn và quyết định các công trình phúc lợi. Bà Thạch Thị Sa Rết, người dân tộc Khmer ở xã An Thạnh, là cá nhân duy nhất không giữ chức vụ được khen lần này, với 12 năm làm tổ trưởng tổ hòa giải.
Trước đó, ngày 29/11/2019, Thường trực Tỉnh ủy đã có Thông báo số 655-TB/TU kết luận về 5 năm thực hiện Kết luận số 120-KL/TW của Bộ Chính trị về tiếp tục đẩy mạnh thực hiện Quy chế dân chủ ở cơ sở. Theo đồng chí Lê Thị Thu Cúc, Phó Trưởng Ban Dân vận Tỉnh ủy, Phó Trưởng ban Thường trực Ban Chỉ đạo, đợt khen thưởng nhằm động viên phong trào trước Hội nghị tổng kết 20 năm thực hiện Chỉ thị số 30-CT/TW của Bộ Chính trị dự kiến tổ chức trong quý I/2020.
Ngọc Hân
Tin khác
- Giồng Trôm: 15 ấp đạt chuẩn ấp văn hóa (01/12/2019)
- Hội nghị công tác dân vận chính quyền năm 2019 (27/11/2019)
- Thạnh Phú ra mắt tổ hòa giải kiểu mẫu (15/11/2019)
- Mỏ Cày Nam: đối thoại với nông dân về chuyển đổi cây trồng (08/11/2019)
""", "2019-12-06", "Bến Tre: khen thưởng 32 tập thể, 57 cá nhân điển hình trong thực hiện Quy chế dân chủ ở cơ sở",
E("khac", None, None),
[P("Phan Văn Mến", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Trưởng ban Chỉ đạo"),
 P("Nguyễn Văn Sáu", "Trưởng ấp Thạnh Hải"),
 P("Huỳnh Thị Kim Loan", "Chủ tịch Hội Nông dân xã An Thạnh"),
 P("Lê Thành Phước", "Bí thư Chi bộ ấp Tân Phú"),
 P("Trần Văn Hải", "Trưởng ban Công tác Mặt trận ấp"), P("Võ Minh Nhựt", "Trưởng ban Công tác Mặt trận ấp"),
 P("Đặng Văn Tâm", "Trưởng ban Công tác Mặt trận ấp"),
 P("Thạch Thị Sa Rết"),
 P("Lê Thị Thu Cúc", "Phó Trưởng Ban Dân vận Tỉnh ủy", "Phó Trưởng ban Thường trực Ban Chỉ đạo")],
[Q("32 tập thể", 32, "tập thể"), Q("57 cá nhân", 57, "cá nhân"), Q("1.490.000 đồng", 1490000, "đồng"),
 Q("745.000 đồng", 745000, "đồng"), Q("trên 90 triệu đồng", 90000000, "đồng", "over"), Q("100% xã, phường, thị trấn", 100, "%"),
 Q("khoảng 612 tỷ đồng", 612000000000, "đồng", "approx"), Q("trên 1,3 triệu m2", 1300000, "m2", "over"),
 Q("87 vụ việc tranh chấp đất đai", 87, "vụ việc tranh chấp đất đai"), Q("21 cán bộ cơ sở", 21, "cán bộ cơ sở"),
 Q("46 hộ", 46, "hộ")],
[D("Quyết định", "2875", "QĐ-UBND", "2019-12-03", "Chủ tịch UBND tỉnh", "Quyết định số 2875/QĐ-UBND ngày 3/12/2019"),
 D("Nghị định", "91", "2017/NĐ-CP", "2017-07-31", "Chính phủ", "Nghị định số 91/2017/NĐ-CP ngày 31/7/2017"),
 D("Kế hoạch", "4120", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 4120/KH-UBND"),
 D("Thông báo", "655", "TB/TU", "2019-11-29", "Thường trực Tỉnh ủy", "Thông báo số 655-TB/TU"),
 D("Kết luận", "120", "KL/TW", None, "Bộ Chính trị", "Kết luận số 120-KL/TW"),
 D("Chỉ thị", "30", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 30-CT/TW")],
[prov("Bến Tre"), com("An Thạnh"), com("Thạnh Phong"), com("Tân Xuân"), com("Chợ Lách")],
["Cổng thông tin điện tử tỉnh Bến Tre", "Tin tức - Sự kiện | Thi đua - Khen thưởng", "Quỹ thi đua, khen thưởng",
 "Quy chế dân chủ ở cơ sở"],
["Thứ Sáu, 06/12/2019", "giai đoạn 2015 - 2019", "trong 5 năm", "12 năm", "5 năm", "20 năm", "quý I/2020", "ngày 29/11/2019"]))

PAGES.append(page("b5869-hatinh-mttq-giamsat-2019", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH HÀ TĨNH
Vị trí: Trang chủ >> Giám sát, phản biện xã hội
Cập nhật: 15:10, 18/12/2019 (GMT+7)
Tổng kết giám sát năm 2019: biểu dương 12 tập thể, 20 cá nhân
Ngày 17/12/2019, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh tổ chức hội nghị đánh giá kết quả giám sát việc thực hiện chính sách hỗ trợ xây dựng nông thôn mới năm 2019. Đồng chí Võ Thị Minh Hằng, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì; dự có các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Trần Đình Lộc, Phan Thị Thu Hiền và đại diện 13 huyện, thị xã, thành phố.
Năm 2019, thực hiện Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị cùng Kế hoạch số 12/KH-MTTQ-BTT ngày 20/1/2019 của Ban Thường trực, Mặt trận các cấp đã chủ trì 486 cuộc giám sát, trong đó 14 cuộc cấp tỉnh; phát hiện 37 công trình chậm tiến độ, kiến nghị thu hồi gần 2,4 tỷ đồng hỗ trợ sai đối tượng. Ban Thanh tra nhân dân 262 xã, phường, thị trấn đã giám sát 1.150 công trình, hạng mục, phát hiện 94 sai phạm, 86% kiến nghị đã được xử lý.
Toàn cảnh hội nghị giám sát. Ảnh: Ngọc Loan
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng Bằng khen cho 12 tập thể, 20 cá nhân. Trong đó có các ông, bà: Nguyễn Văn Thanh, Trưởng ban Thanh tra nhân dân xã Thạch Kim; Lê Thị Xuân, Trưởng ban Giám sát đầu tư của cộng đồng xã Kỳ Tân; Phan Đình Ngân, Chủ tịch Ủy ban MTTQ xã Sơn Kim 1. Các đồng chí Phạm Văn Quế, Hoàng Thị Ngân, Đặng Quốc Hùng, Bùi Thị Lệ - Trưởng ban Thanh tra nhân dân xã được khen vì phát hiện, kiến nghị kịp thời các sai phạm trong xây dựng đường giao thông và kênh mương. Đồng chí Nguyễn Hữu Tiến, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh công bố Quyết định khen thưởng số 315/QĐ-MTTQ-BTT.
Tại hội nghị, bà Lê Thị Xuân chia sẻ, ban giám sát xã Kỳ Tân gồm 9 thành viên đã phát hiện một tuyến kênh dài 1,2 km thi công thiếu độ dày bê tông, buộc nhà thầu phá dỡ, làm lại.
Phát biểu kết luận, đồng chí Võ Thị Minh Hằng đề nghị năm 2020 Mặt trận các cấp chọn đúng nội dung giám sát, phối hợp chặt với Hội đồng nhân dân; mỗi huyện giám sát không dưới 2 chuyên đề; theo dõi đến cùng việc tiếp thu, giải quyết kiến nghị sau giám sát. Đồng chí cũng đề nghị Ban Thường trực Ủy ban MTTQ các huyện tham mưu cấp ủy ban hành quy chế phối hợp giám sát theo Kết luận số 62-KL/TW của Bộ Chính trị.
Thu Hà
Tin liên quan
- Cẩm Xuyên: giám sát việc chi trả tiền hỗ trợ nông dân (05/12/2019)
- Đối thoại với nông dân về dồn điền đổi thửa (22/11/2019)
- Ban Thanh tra nhân dân xã Thạch Kim phát huy vai trò giám sát (10/11/2019)
""", "2019-12-18", "Tổng kết giám sát năm 2019: biểu dương 12 tập thể, 20 cá nhân",
E("giam_sat", "2019", "2019-12-17"),
[P("Võ Thị Minh Hằng", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Đình Lộc", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"), P("Phan Thị Thu Hiền", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Thanh", "Trưởng ban Thanh tra nhân dân xã Thạch Kim"),
 P("Lê Thị Xuân", "Trưởng ban Giám sát đầu tư của cộng đồng xã Kỳ Tân"),
 P("Phan Đình Ngân", "Chủ tịch Ủy ban MTTQ xã Sơn Kim 1"),
 P("Phạm Văn Quế", "Trưởng ban Thanh tra nhân dân xã"), P("Hoàng Thị Ngân", "Trưởng ban Thanh tra nhân dân xã"),
 P("Đặng Quốc Hùng", "Trưởng ban Thanh tra nhân dân xã"), P("Bùi Thị Lệ", "Trưởng ban Thanh tra nhân dân xã"),
 P("Nguyễn Hữu Tiến", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh")],
[Q("12 tập thể", 12, "tập thể"), Q("20 cá nhân", 20, "cá nhân"), Q("13 huyện, thị xã, thành phố", 13, "huyện, thị xã, thành phố"),
 Q("486 cuộc giám sát", 486, "cuộc giám sát"), Q("14 cuộc cấp tỉnh", 14, "cuộc cấp tỉnh"), Q("37 công trình", 37, "công trình"),
 Q("gần 2,4 tỷ đồng", 2400000000, "đồng", "approx"), Q("262 xã, phường, thị trấn", 262, "xã, phường, thị trấn"),
 Q("1.150 công trình, hạng mục", 1150, "công trình, hạng mục"), Q("94 sai phạm", 94, "sai phạm"), Q("86%", 86, "%"),
 Q("9 thành viên", 9, "thành viên"), Q("1,2 km", 1.2, "km"), Q("không dưới 2 chuyên đề", 2, "chuyên đề", "over")],
[D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 218-QĐ/TW ngày 12/12/2013"),
 D("Kế hoạch", "12", "KH-MTTQ-BTT", "2019-01-20", "Ban Thường trực", "Kế hoạch số 12/KH-MTTQ-BTT ngày 20/1/2019"),
 D("Quyết định", "315", "QĐ-MTTQ-BTT", None, None, "Quyết định khen thưởng số 315/QĐ-MTTQ-BTT"),
 D("Kết luận", "62", "KL/TW", None, "Bộ Chính trị", "Kết luận số 62-KL/TW")],
[prov("Hà Tĩnh"), com("Thạch Kim"), com("Kỳ Tân"), com("Sơn Kim 1")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH HÀ TĨNH", "Vị trí: Trang chủ >> Giám sát, phản biện xã hội",
 "Toàn cảnh hội nghị giám sát. Ảnh: Ngọc Loan"],
["Cập nhật: 15:10, 18/12/2019 (GMT+7)", "năm 2019", "năm 2020", "Sơn Kim 1"]))

PAGES.append(page("b5870-kontum-bdv-doithoai-2020", """
BÁO ĐIỆN TỬ KON TUM
Thời sự › Chính trị
24/09/2020 - 09:45
Đối thoại với người có uy tín, tặng Bằng khen 25 cá nhân tiêu biểu
Ngày 23/9, Ban Dân vận Tỉnh ủy phối hợp với Ủy ban MTTQ Việt Nam tỉnh Kon Tum tổ chức hội nghị đối thoại giữa lãnh đạo tỉnh với người có uy tín trong đồng bào dân tộc thiểu số năm 2020. Đồng chí A Vương, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh chủ trì; dự có đồng chí Y Ngọc, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí A Thuyên, Phó Chủ tịch UBND tỉnh cùng 215 người có uy tín của 102 xã, phường, thị trấn.
Đồng chí A Vương trả lời ý kiến của già làng. Ảnh: Văn Quang
Tại buổi đối thoại, có 18 ý kiến được nêu, tập trung vào đất sản xuất, nước sinh hoạt và chế độ cho người có uy tín. Già làng A Blun, làng Đắk Mế, xã Đắk Hring, đề nghị hỗ trợ 60 hộ thiếu đất sản xuất; ông Y Hlên, Trưởng thôn Kon Năng, xã Măng Cành, phản ánh 4 km đường vào thôn xuống cấp. Đồng chí A Thuyên cho biết tỉnh đã bố trí khoảng 35 tỷ đồng thực hiện Quyết định số 2085/QĐ-TTg ngày 31/10/2016 của Thủ tướng Chính phủ, giao UBND các huyện rà soát trước ngày 30/11/2020.
Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 25 cá nhân tiêu biểu theo Quyết định số 985/QĐ-UBND ngày 18/9/2020. Trong đó có các Già làng: A Blun, Y Đô, A Hlúi; các ông, bà: Y Thị Hơn, Trưởng thôn Kon Rin, xã Tê Xăng; A Kơ Mạnh, Bí thư Chi bộ thôn Đăk Wơk, xã Đắk Pét; Linh mục Phêrô Nguyễn Văn Lộc, Quản nhiệm giáo xứ Kon Hring. Mỗi người được thưởng 1.490.000 đồng kèm một phần quà trị giá 500.000 đồng.
Theo báo cáo, toàn tỉnh có 1.086 người có uy tín; năm 2020 người có uy tín đã vận động 426 hộ thoát nghèo, 39 người bỏ đạo lạ "Hà Mòn" trở về sinh hoạt bình thường, hòa giải thành 53 vụ việc. Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 21, 22-CT/TU về công tác vận động đồng bào và về phát huy vai trò người có uy tín.
Nhiều người có uy tín cho biết, những năm gần đây đời sống bà con ở các làng đã khá hơn, đường bê tông về tận làng, trẻ em được đến trường đầy đủ; tuy vậy giá nông sản bấp bênh, một số hộ còn thiếu vốn để chăm sóc cà phê, sâm dây nên chưa yên tâm sản xuất.
Phát biểu kết luận, đồng chí A Vương ghi nhận đóng góp của người có uy tín trong phòng, chống dịch Covid-19; yêu cầu các sở, ngành trả lời bằng văn bản các ý kiến chưa giải quyết tại chỗ trong 15 ngày. Đồng chí Y Ngọc đề nghị các cấp tổ chức đối thoại định kỳ, không để khiếu kiện đông người.
Quang Huy
Tin khác
- Đắk Hà: biểu dương 40 gương điển hình "Dân vận khéo" (18/09/2020)
- Ngọc Hồi tổ chức đối thoại với nông dân (10/09/2020)
- Kon Plông giao ban công tác dân vận quý III (02/09/2020)
""", "2020-09-24", "Đối thoại với người có uy tín, tặng Bằng khen 25 cá nhân tiêu biểu",
E("doi_thoai", "2020", "2020-09-23"),
[P("A Vương", "Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Y Ngọc", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("A Thuyên", "Phó Chủ tịch UBND tỉnh"),
 P("A Blun", "Già làng"), P("Y Hlên", "Trưởng thôn Kon Năng"), P("Y Đô", "Già làng"), P("A Hlúi", "Già làng"),
 P("Y Thị Hơn", "Trưởng thôn Kon Rin"), P("A Kơ Mạnh", "Bí thư Chi bộ thôn Đăk Wơk"),
 P("Phêrô Nguyễn Văn Lộc", "Linh mục", "Quản nhiệm giáo xứ Kon Hring")],
[Q("25 cá nhân tiêu biểu", 25, "cá nhân tiêu biểu"), Q("215 người có uy tín", 215, "người có uy tín"),
 Q("102 xã, phường, thị trấn", 102, "xã, phường, thị trấn"), Q("18 ý kiến", 18, "ý kiến"), Q("60 hộ", 60, "hộ"),
 Q("4 km", 4, "km"), Q("khoảng 35 tỷ đồng", 35000000000, "đồng", "approx"), Q("1.490.000 đồng", 1490000, "đồng"),
 Q("500.000 đồng", 500000, "đồng"), Q("1.086 người có uy tín", 1086, "người có uy tín"), Q("426 hộ", 426, "hộ"),
 Q("39 người", 39, "người"), Q("53 vụ việc", 53, "vụ việc")],
[D("Quyết định", "2085", "QĐ-TTg", "2016-10-31", "Thủ tướng Chính phủ", "Quyết định số 2085/QĐ-TTg ngày 31/10/2016"),
 D("Quyết định", "985", "QĐ-UBND", "2020-09-18", "Chủ tịch UBND tỉnh", "Quyết định số 985/QĐ-UBND ngày 18/9/2020"),
 D("Chỉ thị", "21", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 21, 22-CT/TU"),
 D("Chỉ thị", "22", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 21, 22-CT/TU")],
[prov("Kon Tum"), com("Đắk Hring"), com("Măng Cành"), com("Tê Xăng"), com("Đắk Pét")],
["BÁO ĐIỆN TỬ KON TUM", "Thời sự › Chính trị", "Đồng chí A Vương trả lời ý kiến của già làng. Ảnh: Văn Quang",
 "Hà Mòn", "Covid-19"],
["24/09/2020 - 09:45", "năm 2020", "trong 15 ngày", "một phần quà", "30/11/2020", "Covid-19"]))

PAGES.append(page("b5871-cantho-phuonganbinh-traoqua-2021", """
CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG AN BÌNH - QUẬN NINH KIỀU - TP CẦN THƠ
Trang chủ > Tin tức > Mặt trận - Đoàn thể
Thứ Sáu, 08/10/2021 - 10:15
Trao 350 phần quà, tuyên dương 15 tập thể, 28 cá nhân tham gia phòng, chống dịch
Sáng 7/10/2021, Ủy ban MTTQ Việt Nam phường An Bình tổ chức trao quà cho hộ nghèo, hộ khó khăn bị ảnh hưởng bởi dịch Covid-19 và tuyên dương các tập thể, cá nhân có thành tích trong công tác phòng, chống dịch. Dự có đồng chí Trần Thị Mỹ Duyên, Bí thư Đảng ủy phường; đồng chí Nguyễn Hoàng Phúc, Chủ tịch UBND phường; đồng chí Lâm Thị Ngọc Hân, Chủ tịch Ủy ban MTTQ Việt Nam phường.
Đồng chí Trần Thị Mỹ Duyên trao quà cho người dân. Ảnh: Bảo Trân
Dịp này, phường trao 350 phần quà cho 350 hộ, mỗi phần trị giá 400.000 đồng gồm gạo, nhu yếu phẩm và tiền mặt; trong đó 120 hộ nghèo, 85 hộ cận nghèo và 145 hộ khó khăn. Tổng trị giá quà tặng khoảng 140 triệu đồng, do các nhà hảo tâm, doanh nghiệp đóng góp thông qua Ủy ban MTTQ Việt Nam phường theo Kế hoạch số 45/KH-MTTQ-BTT.
Từ tháng 7/2021, Mặt trận và các đoàn thể phường đã vận động hơn 1,2 tỷ đồng, 18 tấn gạo; duy trì 4 "Điểm cung cấp thực phẩm 0 đồng"; 320 lượt đoàn viên thanh niên tham gia các tổ Covid cộng đồng. Thực hiện Chỉ thị số 16/CT-TTg của Thủ tướng Chính phủ và Công văn số 2150/UBND-KGVX của UBND thành phố, 100% khu vực trên địa bàn đã thành lập tổ Covid cộng đồng.
Đồng chí Nguyễn Hoàng Phúc công bố Quyết định số 215/QĐ-UBND của UBND phường tặng Giấy khen cho 15 tập thể và 28 cá nhân. Các cá nhân được khen gồm: ông Phạm Văn Út, Trưởng khu vực 3; bà Lê Thị Kim Thoa, Tổ trưởng tổ Covid cộng đồng khu vực 5; các đồng chí Võ Thanh Tâm, Huỳnh Ngọc Giàu, Trịnh Thị Bé Ba - Trưởng ban Công tác Mặt trận khu vực; anh Lý Minh Trí, Bí thư Đoàn phường; Thượng tọa Thích Minh Thông, trụ trì chùa Phước Thạnh; ông Danh Sơn, người dân tộc Khmer, chủ một cơ sở xay xát đã tặng 5 tấn gạo.
Theo Ủy ban MTTQ Việt Nam quận Ninh Kiều, An Bình là một trong những phường của thành phố Cần Thơ huy động nguồn lực xã hội tốt nhất trong đợt dịch thứ tư; nhiều hộ kinh doanh nhỏ, tiểu thương chợ An Bình cũng chia sẻ rau, cá, trứng cho bà con trong khu phong tỏa.
Phát biểu tại buổi lễ, đồng chí Lâm Thị Ngọc Hân cảm ơn các nhà hảo tâm, đề nghị các ban công tác Mặt trận tiếp tục rà soát, không để hộ dân nào thiếu ăn. Ủy ban MTTQ phường cũng kêu gọi người dân tham gia tiêm vắc-xin đủ 2 mũi, đạt trên 95% người từ 18 tuổi trở lên trước ngày 31/10.
Ngọc Trâm
Tin liên quan
- An Bình tiếp nhận 3 tấn rau củ từ Sóc Trăng (28/09/2021)
- Phường An Bình ra mắt tổ Covid cộng đồng (15/09/2021)
- Trao 100 suất quà cho người lao động tự do (01/09/2021)
""", "2021-10-08", "Trao 350 phần quà, tuyên dương 15 tập thể, 28 cá nhân tham gia phòng, chống dịch",
E("trao_qua", None, "2021-10-07"),
[P("Trần Thị Mỹ Duyên", "Bí thư Đảng ủy phường"), P("Nguyễn Hoàng Phúc", "Chủ tịch UBND phường"),
 P("Lâm Thị Ngọc Hân", "Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Phạm Văn Út", "Trưởng khu vực 3"), P("Lê Thị Kim Thoa", "Tổ trưởng tổ Covid cộng đồng khu vực 5"),
 P("Võ Thanh Tâm", "Trưởng ban Công tác Mặt trận khu vực"), P("Huỳnh Ngọc Giàu", "Trưởng ban Công tác Mặt trận khu vực"),
 P("Trịnh Thị Bé Ba", "Trưởng ban Công tác Mặt trận khu vực"), P("Lý Minh Trí", "Bí thư Đoàn phường"),
 P("Thích Minh Thông", "Thượng tọa", "trụ trì chùa Phước Thạnh"), P("Danh Sơn")],
[Q("350 phần quà", 350, "phần quà"), Q("15 tập thể", 15, "tập thể"), Q("28 cá nhân", 28, "cá nhân"),
 Q("350 hộ", 350, "hộ"), Q("400.000 đồng", 400000, "đồng"), Q("120 hộ nghèo", 120, "hộ nghèo"),
 Q("85 hộ cận nghèo", 85, "hộ cận nghèo"), Q("145 hộ khó khăn", 145, "hộ khó khăn"),
 Q("khoảng 140 triệu đồng", 140000000, "đồng", "approx"), Q("hơn 1,2 tỷ đồng", 1200000000, "đồng", "over"),
 Q("18 tấn", 18, "tấn"), Q("320 lượt đoàn viên thanh niên", 320, "lượt đoàn viên thanh niên"), Q("100% khu vực", 100, "%"),
 Q("5 tấn", 5, "tấn"), Q("trên 95%", 95, "%", "over")],
[D("Kế hoạch", "45", "KH-MTTQ-BTT", None, None, "Kế hoạch số 45/KH-MTTQ-BTT"),
 D("Chỉ thị", "16", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg"),
 D("Công văn", "2150", "UBND-KGVX", None, "UBND thành phố", "Công văn số 2150/UBND-KGVX"),
 D("Quyết định", "215", "QĐ-UBND", None, "UBND phường", "Quyết định số 215/QĐ-UBND")],
[prov("Cần Thơ"), com("An Bình")],
["CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG AN BÌNH - QUẬN NINH KIỀU - TP CẦN THƠ", "Trang chủ > Tin tức > Mặt trận - Đoàn thể",
 "Đồng chí Trần Thị Mỹ Duyên trao quà cho người dân. Ảnh: Bảo Trân", "Điểm cung cấp thực phẩm 0 đồng", "Covid-19"],
["Thứ Sáu, 08/10/2021 - 10:15", "0 đồng", "tháng 7/2021", "khu vực 3", "khu vực 5", "2 mũi", "18 tuổi", "Covid-19"]))

PAGES.append(page("b5872-quangnam-bdv-baocao-2021", """
Báo Quảng Nam
Chính trị | Xây dựng Đảng | Dân vận
14/01/2022 - 15:30
Báo cáo công tác dân vận năm 2021: 64 tập thể, 112 cá nhân được đề nghị khen thưởng
(QNO) - Ban Dân vận Tỉnh ủy Quảng Nam vừa ban hành Báo cáo số 215-BC/BDVTU ngày 12/1/2022 về kết quả công tác dân vận năm 2021 và đề nghị khen thưởng các tập thể, cá nhân có thành tích trong phong trào thi đua "Dân vận khéo". Theo báo cáo do đồng chí Phan Thị Thanh Hà, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy ký, năm 2021 toàn tỉnh có 1.850 mô hình "Dân vận khéo", trong đó 92 mô hình cấp tỉnh, 410 mô hình cấp huyện.
Năm qua, Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận 48, 49-KL/TU về công tác dân vận ở vùng đồng bào Cơ Tu, Xê Đăng và về vận động nhân dân giải phóng mặt bằng các dự án trọng điểm; hướng dẫn thực hiện Quyết định số 23-QĐ/TW ngày 30/7/2021 của BCH Trung ương. Các cấp đã vận động 2.140 hộ bàn giao mặt bằng, tiếp 3.512 lượt công dân; Quỹ "Vì người nghèo" tiếp nhận trên 46 tỷ đồng, xây 1.215 căn nhà Đại đoàn kết. Tỷ lệ hộ nghèo vùng miền núi giảm 4,2%.
Báo cáo đề nghị UBND tỉnh tặng Bằng khen cho 24 tập thể, 42 cá nhân; Ban Thường vụ Tỉnh ủy tặng Giấy khen cho 40 tập thể, 70 cá nhân. Trong danh sách đề nghị có: đồng chí Bh'riu Liếc, HUV, Trưởng Ban Dân vận Huyện ủy Tây Giang; đồng chí A Lăng Thị Mai, Chủ tịch Hội LHPN xã A Tiêng; ông Zơ Râm Ớt, già làng thôn Aur, xã A Xan; ông Hồ Văn Khánh, Bí thư Chi bộ thôn 2, xã Trà Cang; các đồng chí Đinh Văn Dũng, Nguyễn Thị Lài, Alăng Văn Phiếu - Trưởng khối dân vận xã; đồng chí Trần Văn Tân, Phó Trưởng Ban Thường trực Ban Dân vận Thị ủy Điện Bàn; đồng chí Lê Văn Hùng, Trưởng Ban Dân vận Thành ủy Tam Kỳ.
Báo cáo cũng chỉ ra hạn chế: công tác dân vận chính quyền ở một số địa phương chưa đều, vẫn còn 17 vụ khiếu kiện đông người; việc thực hiện Nghị quyết số 25-NQ/TW của BCH Trung ương khóa XI ở một số nơi còn hình thức.
Năm 2022, Ban Dân vận Tỉnh ủy đặt mục tiêu mỗi xã có ít nhất 3 mô hình "Dân vận khéo", trên 90% khu dân cư đạt chuẩn văn hóa; tham mưu tổng kết 10 năm Nghị quyết 25-NQ/TW.
Theo báo cáo, nhiều mô hình hay như "Tổ dân vận giữ rừng" ở Tây Giang, "Phụ nữ Cơ Tu giữ nghề dệt thổ cẩm", "Dòng họ không có người vi phạm pháp luật" đã được các địa phương nhân rộng, góp phần giữ vững an ninh trật tự vùng biên giới và củng cố khối đại đoàn kết toàn dân tộc.
Văn phòng Ban Dân vận Tỉnh ủy cho biết, lễ trao khen thưởng sẽ được tổ chức kết hợp với hội nghị triển khai nhiệm vụ năm 2022 vào cuối tháng 1.
Minh Tuấn
Tin khác
- Nam Giang: đối thoại với người dân vùng dự án thủy điện (10/01/2022)
- Tây Giang ra mắt mô hình "Dân vận khéo" giữ rừng (05/01/2022)
- Phước Sơn: trao 200 suất quà Tết cho hộ nghèo (30/12/2021)
""", "2022-01-14", "Báo cáo công tác dân vận năm 2021: 64 tập thể, 112 cá nhân được đề nghị khen thưởng",
E("bao_cao", "2021", "2022-01-12"),
[P("Phan Thị Thanh Hà", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Bh'riu Liếc", "HUV", "Trưởng Ban Dân vận Huyện ủy Tây Giang"),
 P("A Lăng Thị Mai", "Chủ tịch Hội LHPN xã A Tiêng"), P("Zơ Râm Ớt", "già làng thôn Aur"),
 P("Hồ Văn Khánh", "Bí thư Chi bộ thôn 2"),
 P("Đinh Văn Dũng", "Trưởng khối dân vận xã"), P("Nguyễn Thị Lài", "Trưởng khối dân vận xã"),
 P("Alăng Văn Phiếu", "Trưởng khối dân vận xã"),
 P("Trần Văn Tân", "Phó Trưởng Ban Thường trực Ban Dân vận Thị ủy Điện Bàn"),
 P("Lê Văn Hùng", "Trưởng Ban Dân vận Thành ủy Tam Kỳ")],
[Q("64 tập thể", 64, "tập thể"), Q("112 cá nhân", 112, "cá nhân"), Q("1.850 mô hình", 1850, "mô hình"),
 Q("92 mô hình cấp tỉnh", 92, "mô hình cấp tỉnh"), Q("410 mô hình cấp huyện", 410, "mô hình cấp huyện"),
 Q("2.140 hộ", 2140, "hộ"), Q("3.512 lượt công dân", 3512, "lượt công dân"), Q("trên 46 tỷ đồng", 46000000000, "đồng", "over"),
 Q("1.215 căn nhà Đại đoàn kết", 1215, "căn nhà Đại đoàn kết"), Q("4,2%", 4.2, "%"),
 Q("24 tập thể", 24, "tập thể"), Q("42 cá nhân", 42, "cá nhân"), Q("40 tập thể", 40, "tập thể"), Q("70 cá nhân", 70, "cá nhân"),
 Q("17 vụ khiếu kiện đông người", 17, "vụ khiếu kiện đông người"), Q("ít nhất 3 mô hình", 3, "mô hình", "over"),
 Q("trên 90%", 90, "%", "over")],
[D("Báo cáo", "215", "BC/BDVTU", "2022-01-12", "Ban Dân vận Tỉnh ủy", "Báo cáo số 215-BC/BDVTU ngày 12/1/2022"),
 D("Kết luận", "48", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 48, 49-KL/TU"),
 D("Kết luận", "49", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 48, 49-KL/TU"),
 D("Quyết định", "23", "QĐ/TW", "2021-07-30", "BCH Trung ương", "Quyết định số 23-QĐ/TW ngày 30/7/2021"),
 D("Nghị quyết", "25", "NQ/TW", None, "BCH Trung ương", "Nghị quyết số 25-NQ/TW")],
[prov("Quảng Nam"), com("A Tiêng"), com("A Xan"), com("Trà Cang")],
["Báo Quảng Nam", "Chính trị | Xây dựng Đảng | Dân vận", "(QNO)", "Dân vận khéo", "Vì người nghèo", "Tổ dân vận giữ rừng",
 "Phụ nữ Cơ Tu giữ nghề dệt thổ cẩm", "Dòng họ không có người vi phạm pháp luật"],
["14/01/2022 - 15:30", "năm 2021", "năm 2022", "khóa XI", "10 năm", "thôn 2", "tháng 1"]))
