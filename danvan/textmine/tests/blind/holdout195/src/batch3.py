from lib import *
PAGES = []

PAGES.append(page("b4649-daklak-bdv-tongket-2019", """
Trang thông tin điện tử Ban Dân vận Tỉnh ủy Đắk Lắk
Hôm nay: Thứ Hai, 30/12/2019
Trang chủ » Tin tức » Hoạt động dân vận
Cập nhật: 14:05, 27/12/2019
Ảnh: Toàn cảnh hội nghị.
Khối dân vận tỉnh triển khai nhiệm vụ năm 2020
Ngày 26/12/2019, Ban Dân vận Tỉnh ủy Đắk Lắk tổ chức hội nghị tổng kết công tác dân vận năm 2019, triển khai nhiệm vụ năm 2020. Dự và chỉ đạo hội nghị có đồng chí Y Phôn Ktla, Ủy viên Trung ương Đảng, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh. Đồng chí H'Kim Hoa Byă, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.
Năm 2019, khối dân vận đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận 58, 59-KL/TU về tiếp tục thực hiện Nghị quyết 25-NQ/TW và về công tác vận động đồng bào Tin lành; Kế hoạch số 113-KH/TU ngày 12/4/2019 thực hiện Chỉ thị số 18-CT/TW ngày 10/10/2017 của Ban Bí thư về phát huy vai trò người có uy tín trong đồng bào dân tộc thiểu số.
Các cấp đã tổ chức 2.436 hội nghị tuyên truyền với trên 186.000 lượt người nghe; vận động 412 hộ với 1.835 khẩu từ bỏ "Tin lành Đê Ga", "Hà Mòn"; 43 đối tượng cầm đầu đã viết cam kết. Toàn tỉnh có 2.125 người có uy tín, trong đó 615 người là chức sắc, chức việc Tin lành. Đã hòa giải thành 78/96 vụ tranh chấp đất đai giữa người dân với các công ty nông, lâm nghiệp.
Phong trào "Dân vận khéo" có 1.284 mô hình, trong đó 205 mô hình tiêu biểu được khen thưởng; nhân dân hiến 86.400 m2 đất, đóng góp trên 41 tỷ đồng xây dựng nông thôn mới. Khoảng 96% thôn, buôn đạt tiêu chuẩn "An toàn về an ninh trật tự".
Tại hội nghị, các đồng chí Trưởng Ban Dân vận Huyện ủy: Y Khút Niê (Krông Búk), Y Ka Nin Ayun (Ea H'leo), Nguyễn Đình Sơn (Cư M'gar) trao đổi kinh nghiệm vận động tín đồ Tin lành; ông Y Khâm Mlô, người có uy tín buôn Ea Kmar, xã Ea Sol, chia sẻ cách vận động 11 hộ trong buôn trả lại 27 ha đất lấn chiếm của Công ty Cà phê Phước An.
Phát biểu chỉ đạo, đồng chí Y Phôn Ktla đề nghị năm 2020 khối dân vận tập trung vận động nhân dân tham gia đại hội đảng bộ các cấp, nhiệm kỳ 2020 - 2025; kiên quyết đấu tranh với âm mưu lập "Nhà nước Đêga"; giải quyết dứt điểm các vụ tranh chấp đất kéo dài.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 25 tập thể, 41 cá nhân; Chủ tịch UBND tỉnh tặng bằng khen cho 5 tập thể, 9 cá nhân. Đồng chí Đoàn Thị Hồng Thủy, Phó Trưởng Ban Dân vận Tỉnh ủy, công bố các quyết định.
Phương Anh
Lượt xem: 1.286
Tin liên quan
- Krông Ana: sơ kết mô hình "Buôn an toàn, không có tội phạm" (20/12/2019)
- Gặp mặt chức sắc Tin lành nhân dịp Giáng sinh 2019 (18/12/2019)
- M'Drắk: đối thoại với người dân về tranh chấp đất (11/12/2019)
""", "2019-12-27", "Khối dân vận tỉnh triển khai nhiệm vụ năm 2020",
E("tong_ket", "2019", "2019-12-26"),
[P("Y Phôn Ktla", "Ủy viên Trung ương Đảng", "Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("H'Kim Hoa Byă", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Y Khút Niê", "Trưởng Ban Dân vận Huyện ủy"),
 P("Y Ka Nin Ayun", "Trưởng Ban Dân vận Huyện ủy"),
 P("Nguyễn Đình Sơn", "Trưởng Ban Dân vận Huyện ủy"),
 P("Y Khâm Mlô", "người có uy tín buôn Ea Kmar"),
 P("Đoàn Thị Hồng Thủy", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("2.436 hội nghị tuyên truyền", 2436, "hội nghị tuyên truyền"), Q("trên 186.000 lượt người", 186000, "lượt người", "over"),
 Q("412 hộ", 412, "hộ"), Q("1.835 khẩu", 1835, "khẩu"), Q("43 đối tượng cầm đầu", 43, "đối tượng cầm đầu"),
 Q("2.125 người có uy tín", 2125, "người có uy tín"), Q("615 người", 615, "người"),
 Q("78/96 vụ tranh chấp đất đai", 78, "vụ tranh chấp đất đai"), Q("1.284 mô hình", 1284, "mô hình"),
 Q("205 mô hình tiêu biểu", 205, "mô hình tiêu biểu"), Q("86.400 m2", 86400, "m2"), Q("trên 41 tỷ đồng", 41000000000, "đồng", "over"),
 Q("Khoảng 96%", 96, "%", "approx"), Q("11 hộ", 11, "hộ"), Q("27 ha", 27, "ha"), Q("25 tập thể", 25, "tập thể"),
 Q("41 cá nhân", 41, "cá nhân"), Q("5 tập thể", 5, "tập thể"), Q("9 cá nhân", 9, "cá nhân")],
[D("Kết luận", "58", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 58, 59-KL/TU"),
 D("Nghị quyết", "25", "NQ/TW", None, None, "Nghị quyết 25-NQ/TW"),
 D("Kết luận", "59", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 58, 59-KL/TU"),
 D("Kế hoạch", "113", "KH/TU", "2019-04-12", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 113-KH/TU ngày 12/4/2019"),
 D("Chỉ thị", "18", "CT/TW", "2017-10-10", "Ban Bí thư", "Chỉ thị số 18-CT/TW ngày 10/10/2017")],
[prov("Đắk Lắk"), com("Ea Sol")],
["Trang thông tin điện tử Ban Dân vận Tỉnh ủy Đắk Lắk", "Hôm nay: Thứ Hai, 30/12/2019", "Trang chủ » Tin tức » Hoạt động dân vận",
 "Ảnh: Toàn cảnh hội nghị.", "Tin lành Đê Ga", "Hà Mòn", "Dân vận khéo", "An toàn về an ninh trật tự", "Nhà nước Đêga",
 "Công ty Cà phê Phước An", "Lượt xem: 1.286"],
["Hôm nay: Thứ Hai, 30/12/2019", "Cập nhật: 14:05, 27/12/2019", "năm 2019", "năm 2020", "nhiệm kỳ 2020 - 2025", "Lượt xem: 1.286"]))

PAGES.append(page("b4650-daknong-huyen-doithoai-2020", """
BÁO ĐẮK NÔNG - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH ĐẮK NÔNG
Chính trị | Dân vận
16/10/2020 - 17:20
Tuy Đức đối thoại với người dân về tranh chấp đất với doanh nghiệp
Chiều 15/10, Thường trực Huyện ủy, UBND huyện Tuy Đức, tỉnh Đắk Nông tổ chức hội nghị đối thoại trực tiếp giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2020, tập trung vào những vướng mắc về đất đai giữa người dân các xã Quảng Trực, Đắk Búk So, Quảng Tân với các doanh nghiệp thuê đất. Chủ trì đối thoại có đồng chí Nguyễn Văn Lượng, Bí thư Huyện ủy, Chủ tịch HĐND huyện và đồng chí Điểu Xuân, HUV, Phó Chủ tịch UBND huyện.
Đồng chí Nguyễn Văn Lượng trả lời ý kiến của người dân. Ảnh: Đình Thi
Hội nghị được tổ chức theo Quy định số 23-QĐi/TU ngày 15/4/2020 của Ban Thường vụ Tỉnh ủy về đối thoại trực tiếp giữa người đứng đầu cấp ủy, chính quyền với nhân dân và Kế hoạch số 145-KH/HU của Huyện ủy. Tham dự có 215 người dân, trong đó hơn 60% là đồng bào M'nông, Mông, Dao.
Theo báo cáo, hiện trên địa bàn huyện có 14 doanh nghiệp được giao, thuê trên 24.000 ha đất rừng, nhưng khoảng 6.300 ha đã bị người dân lấn chiếm; từ năm 2016 đến nay phát sinh 31 vụ tranh chấp, đã giải quyết 19 vụ. Số hộ di cư tự do còn 1.180 hộ chưa được bố trí đất ở ổn định.
Tại hội nghị, 18 ý kiến đã được nêu lên. Ông Điểu Bôn, người có uy tín bon Bu Prăng 2, xã Quảng Trực, đề nghị Công ty TNHH Long Sơn trả lại 54 ha đất rẫy cũ của 23 hộ M'nông. Ông Y Sao Byă, Trưởng bon Bu N'Đơr A, xã Quảng Tân, phản ánh có 2 trường hợp bảo vệ công ty đánh người dân đi nhặt điều. Bà Thị Mơn, Chi hội trưởng Chi hội Nông dân bon Mê Ra, kiến nghị cấp giấy chứng nhận quyền sử dụng đất cho 37 hộ đã ở ổn định trên 15 năm.
Trả lời các kiến nghị, đồng chí Điểu Xuân cho biết huyện đã đề nghị UBND tỉnh thu hồi 1.500 ha đất của 3 doanh nghiệp vi phạm, bàn giao cho các xã để bố trí cho khoảng 400 hộ thiếu đất; trường hợp bảo vệ đánh người đã được Công an huyện thụ lý, xử lý nghiêm theo pháp luật.
Kết luận hội nghị, đồng chí Nguyễn Văn Lượng yêu cầu các ngành công khai quy hoạch đất, cử 12 tổ công tác xuống từng bon nắm tình hình; đồng thời đề nghị bà con cảnh giác với số đối tượng lợi dụng tranh chấp đất, tuyên truyền "Tin lành Đê Ga" để lôi kéo người dân. Những kiến nghị chưa giải quyết được sẽ trả lời bằng văn bản trước ngày 30/11/2020.
Đình Thi
Lượt đọc: 905
Tin khác
- Đắk Song: 6 tháng giải quyết 14 vụ tranh chấp đất đai (09/10/2020)
- Ban Dân vận Tỉnh ủy giao ban quý III (30/09/2020)
- Krông Nô: gặp mặt 120 người có uy tín năm 2020 (22/09/2020)
""", "2020-10-16", "Tuy Đức đối thoại với người dân về tranh chấp đất với doanh nghiệp",
E("doi_thoai", "2020", "2020-10-15"),
[P("Nguyễn Văn Lượng", "Bí thư Huyện ủy", "Chủ tịch HĐND huyện"),
 P("Điểu Xuân", "HUV", "Phó Chủ tịch UBND huyện"),
 P("Điểu Bôn", "người có uy tín bon Bu Prăng 2"),
 P("Y Sao Byă", "Trưởng bon Bu N'Đơr A"),
 P("Thị Mơn", "Chi hội trưởng Chi hội Nông dân bon Mê Ra")],
[Q("215 người dân", 215, "người dân"), Q("hơn 60%", 60, "%", "over"), Q("14 doanh nghiệp", 14, "doanh nghiệp"),
 Q("trên 24.000 ha", 24000, "ha", "over"), Q("khoảng 6.300 ha", 6300, "ha", "approx"), Q("31 vụ tranh chấp", 31, "vụ tranh chấp"),
 Q("19 vụ", 19, "vụ"), Q("1.180 hộ", 1180, "hộ"), Q("18 ý kiến", 18, "ý kiến"), Q("54 ha", 54, "ha"), Q("23 hộ M'nông", 23, "hộ M'nông"),
 Q("2 trường hợp", 2, "trường hợp"), Q("37 hộ", 37, "hộ"), Q("1.500 ha", 1500, "ha"), Q("3 doanh nghiệp", 3, "doanh nghiệp"),
 Q("khoảng 400 hộ", 400, "hộ", "approx"), Q("12 tổ công tác", 12, "tổ công tác")],
[D("Quy định", "23", "QĐi/TU", "2020-04-15", "Ban Thường vụ Tỉnh ủy", "Quy định số 23-QĐi/TU ngày 15/4/2020"),
 D("Kế hoạch", "145", "KH/HU", None, "Huyện ủy", "Kế hoạch số 145-KH/HU")],
[prov("Đắk Nông"), com("Quảng Trực"), com("Đắk Búk So"), com("Quảng Tân")],
["BÁO ĐẮK NÔNG - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH ĐẮK NÔNG", "Chính trị | Dân vận",
 "Đồng chí Nguyễn Văn Lượng trả lời ý kiến của người dân. Ảnh: Đình Thi", "Công ty TNHH Long Sơn", "Tin lành Đê Ga", "Lượt đọc: 905"],
["16/10/2020 - 17:20", "năm 2020", "năm 2016", "trên 15 năm", "30/11/2020", "Lượt đọc: 905"]))

PAGES.append(page("b4651-lamdong-mttq-giamsat-2021", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LÂM ĐỒNG
You are here: Home > Tin tức > Giám sát - Phản biện xã hội
Ngày đăng 12/11/2021 | 16:20
Đoàn giám sát làm việc tại UBND huyện Đam Rông.
Giám sát chính sách đối với người có uy tín và hỗ trợ đất sản xuất cho đồng bào
Thực hiện Chương trình giám sát năm 2021, từ ngày 8 - 10/11/2021, Đoàn giám sát Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng do đồng chí Ka Hiền, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện Quyết định số 12/2018/QĐ-TTg ngày 06/3/2018 của Thủ tướng Chính phủ về tiêu chí lựa chọn, công nhận người có uy tín và chính sách đối với người có uy tín trong đồng bào dân tộc thiểu số, gắn với việc hỗ trợ đất sản xuất theo Quyết định 2085/QĐ-TTg tại huyện Đam Rông và các xã Đạ Tông, Đạ M'Rông, Liêng Srônh.
Thành viên đoàn gồm các đồng chí: Ya Đinh, Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh; Bon Yô Soan, Phó Trưởng Ban Dân tộc tỉnh; Nguyễn Thị Thanh Hà, Phó Chánh Văn phòng Ủy ban MTTQ Việt Nam tỉnh và đại diện Ban Dân vận Tỉnh ủy.
Qua giám sát, toàn huyện có 97 người có uy tín được công nhận giai đoạn 2018 - 2022, trong đó 21 người là chức việc Tin lành, 8 người là trùm họ đạo Công giáo. Năm 2021, mỗi người có uy tín được cấp 3 loại báo, thăm hỏi ốm đau 14 trường hợp, tổng kinh phí thực hiện chính sách khoảng 620 triệu đồng.
Về đất sản xuất, huyện đã hỗ trợ cho 286 hộ với khoảng 143 ha, đạt 42,5% nhu cầu; vẫn còn 389 hộ đồng bào Mông, K'Ho, Cơ Ho Chil thiếu đất sản xuất, trong đó nhiều hộ đang canh tác trên đất của Ban quản lý rừng phòng hộ Phước Bình và các doanh nghiệp thuê rừng. Năm 2021 phát sinh 9 vụ tranh chấp, lấn chiếm đất rừng, trong đó có một vụ tụ tập đông người tại xã Liêng Srônh.
Làm việc với đoàn, ông Cil K'Rồ, người có uy tín thôn Phi Jút, xã Đạ Tông, đề nghị nâng mức hỗ trợ người có uy tín; ông Kră Jăn K'Tiêng, Chủ tịch UBND xã Đạ M'Rông, kiến nghị sớm thu hồi khoảng 230 ha đất của 2 doanh nghiệp chậm triển khai dự án để giao cho dân. Ông Nguyễn Văn Tuấn, Phó Chủ tịch UBND huyện Đam Rông, tiếp thu, giải trình.
Kết luận giám sát, đồng chí Ka Hiền đề nghị UBND huyện rà soát, bổ sung danh sách người có uy tín đúng quy trình; phối hợp với Sở Tài nguyên và Môi trường tham mưu thu hồi đất của các dự án vi phạm; đồng thời đề nghị UBND tỉnh tăng mức hỗ trợ thăm hỏi người có uy tín lên 1,5 triệu đồng/lần. Ủy ban MTTQ tỉnh sẽ tổng hợp kết quả, báo cáo theo Kế hoạch số 72/KH-MTTQ-BTT ngày 20/8/2021 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh.
Ka Ninh
Lượt xem: 471
Tin liên quan
- Mặt trận tỉnh giám sát công tác phòng, chống dịch COVID-19 tại Bảo Lâm (28/10/2021)
- Hiệp thương giới thiệu người ứng cử đại biểu HĐND tỉnh (02/03/2021)
- Lạc Dương: trao 150 suất quà cho hộ nghèo đồng bào K'Ho (15/01/2021)
""", "2021-11-12", "Giám sát chính sách đối với người có uy tín và hỗ trợ đất sản xuất cho đồng bào",
E("giam_sat", "2021", "2021-11-08"),
[P("Ka Hiền", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ya Đinh", "Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh"),
 P("Bon Yô Soan", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Nguyễn Thị Thanh Hà", "Phó Chánh Văn phòng Ủy ban MTTQ Việt Nam tỉnh"),
 P("Cil K'Rồ", "người có uy tín thôn Phi Jút"),
 P("Kră Jăn K'Tiêng", "Chủ tịch UBND xã Đạ M'Rông"),
 P("Nguyễn Văn Tuấn", "Phó Chủ tịch UBND huyện Đam Rông")],
[Q("97 người có uy tín", 97, "người có uy tín"), Q("21 người", 21, "người"), Q("8 người", 8, "người"),
 Q("3 loại báo", 3, "loại báo"), Q("14 trường hợp", 14, "trường hợp"), Q("khoảng 620 triệu đồng", 620000000, "đồng", "approx"),
 Q("286 hộ", 286, "hộ"), Q("khoảng 143 ha", 143, "ha", "approx"), Q("42,5%", 42.5, "%"),
 Q("389 hộ đồng bào Mông, K'Ho, Cơ Ho Chil", 389, "hộ đồng bào Mông, K'Ho, Cơ Ho Chil"),
 Q("9 vụ tranh chấp, lấn chiếm đất rừng", 9, "vụ tranh chấp, lấn chiếm đất rừng"),
 Q("khoảng 230 ha", 230, "ha", "approx"), Q("2 doanh nghiệp", 2, "doanh nghiệp"), Q("1,5 triệu đồng", 1500000, "đồng")],
[D("Quyết định", "12", "2018/QĐ-TTg", "2018-03-06", "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg ngày 06/3/2018"),
 D("Quyết định", "2085", "QĐ-TTg", None, None, "Quyết định 2085/QĐ-TTg"),
 D("Kế hoạch", "72", "KH-MTTQ-BTT", "2021-08-20", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 72/KH-MTTQ-BTT ngày 20/8/2021")],
[prov("Lâm Đồng"), com("Đạ Tông"), com("Đạ M'Rông"), com("Liêng Srônh")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LÂM ĐỒNG", "You are here: Home > Tin tức > Giám sát - Phản biện xã hội",
 "Đoàn giám sát làm việc tại UBND huyện Đam Rông.", "Chương trình giám sát năm 2021", "Ban quản lý rừng phòng hộ Phước Bình", "Lượt xem: 471"],
["Ngày đăng 12/11/2021 | 16:20", "năm 2021", "Năm 2021", "giai đoạn 2018 - 2022", "Lượt xem: 471"]))

PAGES.append(page("b4652-gialai-bdv-soket-2021", """
BÁO GIA LAI - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH GIA LAI
Thời sự › Chính trị › Xây dựng Đảng
Thứ Sáu, 23/07/2021 08:30
Quang cảnh hội nghị tại điểm cầu tỉnh. Ảnh: Hà Duy
Không để số đối tượng FULRO lợi dụng dịch bệnh kích động đồng bào
(GLO) - Sáng 22/7, Ban Dân vận Tỉnh ủy Gia Lai tổ chức hội nghị trực tuyến sơ kết công tác dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2021 tới 17 điểm cầu huyện, thị xã, thành phố. Đồng chí Rơ Chăm Lăn, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy - Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Theo báo cáo, 6 tháng đầu năm 2021, khối dân vận các cấp đã vận động nhân dân tham gia bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026 với tỷ lệ cử tri đi bầu đạt 99,86%. Các lực lượng phối hợp vận động 158 hộ với 694 khẩu từ bỏ "Tin lành Đê Ga"; số đối tượng FULRO lưu vong tiếp tục lợi dụng dịch COVID-19 tung tin thất thiệt trên mạng xã hội, có 7 trường hợp chia sẻ bài viết xấu độc đã bị xử lý hành chính.
Thực hiện Kết luận 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao hiệu quả công tác dân vận của cơ quan nhà nước, chính quyền các cấp và Kế hoạch 07, 08-KH/TU của Ban Thường vụ Tỉnh ủy, toàn tỉnh đã tổ chức 214 cuộc đối thoại với khoảng 9.600 lượt người; giải quyết 46/58 vụ tranh chấp đất đai giữa người dân với các công ty cao su, lâm nghiệp. Nhân dân đóng góp trên 12,5 tỷ đồng, 4.200 ngày công xây dựng nông thôn mới; ủng hộ Quỹ vắc-xin phòng COVID-19 hơn 7 tỷ đồng.
Tại hội nghị, các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Siu Thu, Lê Thị Thu Hương báo cáo chuyên đề về người có uy tín và về tôn giáo. Đồng chí Rmah Thuấn, người vừa được bổ nhiệm làm Phó Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh, cho biết toàn tỉnh có 1.761 người có uy tín, trong đó khoảng 350 người là chấp sự, thư ký chi hội Tin lành. Đồng chí Kpă Thuyên, HUV, Trưởng Ban Dân vận Huyện ủy Ia Pa, phản ánh 3 vụ tụ tập đòi đất tại xã Ia Mrơn, Pờ Tó.
Kết luận hội nghị, đồng chí Rơ Chăm Lăn yêu cầu 6 tháng cuối năm bám sát 240 làng trọng điểm, làm tốt công tác dân vận trong phòng, chống dịch, kiên quyết không để hình thành "điểm nóng"; chuẩn bị triển khai Nghị quyết số 88/2019/QH14 của Quốc hội về Đề án tổng thể phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi.
Hà Duy
Lượt xem: 1.057
Tin cùng chuyên mục
- Chư Păh: vận động 25 hộ trả lại đất cho Công ty Cao su (19/07/2021)
- Đức Cơ: biểu dương 40 người có uy tín tiêu biểu (15/07/2021)
- Mặt trận tỉnh kêu gọi ủng hộ phòng, chống dịch COVID-19 (08/07/2021)
- Kbang: ra mắt 5 tổ dân vận ở làng biên giới (01/07/2021)
""", "2021-07-23", "Không để số đối tượng FULRO lợi dụng dịch bệnh kích động đồng bào",
E("so_ket", "2021-H1", "2021-07-22"),
[P("Rơ Chăm Lăn", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy - Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Siu Thu", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Thị Thu Hương", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Rmah Thuấn", "Phó Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh"),
 P("Kpă Thuyên", "HUV", "Trưởng Ban Dân vận Huyện ủy Ia Pa")],
[Q("17 điểm cầu huyện, thị xã, thành phố", 17, "điểm cầu huyện, thị xã, thành phố"), Q("99,86%", 99.86, "%"),
 Q("158 hộ", 158, "hộ"), Q("694 khẩu", 694, "khẩu"), Q("7 trường hợp", 7, "trường hợp"),
 Q("214 cuộc đối thoại", 214, "cuộc đối thoại"), Q("khoảng 9.600 lượt người", 9600, "lượt người", "approx"),
 Q("46/58 vụ tranh chấp đất đai", 46, "vụ tranh chấp đất đai"), Q("trên 12,5 tỷ đồng", 12500000000, "đồng", "over"),
 Q("4.200 ngày công", 4200, "ngày công"), Q("hơn 7 tỷ đồng", 7000000000, "đồng", "over"),
 Q("1.761 người có uy tín", 1761, "người có uy tín"), Q("khoảng 350 người", 350, "người", "approx"),
 Q("3 vụ tụ tập đòi đất", 3, "vụ tụ tập đòi đất"), Q("240 làng trọng điểm", 240, "làng trọng điểm")],
[D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận 114-KL/TW ngày 14/7/2015"),
 D("Kế hoạch", "07", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 07, 08-KH/TU"),
 D("Kế hoạch", "08", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 07, 08-KH/TU"),
 D("Nghị quyết", "88", "2019/QH14", None, "Quốc hội", "Nghị quyết số 88/2019/QH14")],
[prov("Gia Lai"), com("Ia Mrơn"), com("Pờ Tó")],
["BÁO GIA LAI - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH GIA LAI", "Thời sự › Chính trị › Xây dựng Đảng",
 "Quang cảnh hội nghị tại điểm cầu tỉnh. Ảnh: Hà Duy", "(GLO)", "FULRO", "Tin lành Đê Ga", "Quỹ vắc-xin phòng COVID-19", "Lượt xem: 1.057"],
["Thứ Sáu, 23/07/2021 08:30", "6 tháng đầu năm", "6 tháng cuối năm 2021", "6 tháng đầu năm 2021", "khóa XV", "nhiệm kỳ 2021 - 2026",
 "COVID-19", "Lượt xem: 1.057"]))

PAGES.append(page("b4653-kontum-mttq-traoqua-2022", """
Ủy ban MTTQ Việt Nam tỉnh Kon Tum - Trang thông tin điện tử
Trang chủ > Tin tức > Công tác tôn giáo
23 tháng 12, 2022 | 17:45
Thăm, chúc mừng Giáng sinh và tặng 320 suất quà cho giáo dân nghèo
Nhân dịp Lễ Giáng sinh năm 2022, ngày 21/12, đoàn công tác của tỉnh do đồng chí A Pết, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã đến thăm, chúc mừng Tòa Giám mục Giáo phận Kon Tum, các giáo xứ Tân Hương, Kon Hring, Đăk Mốt và trao 320 suất quà cho giáo dân có hoàn cảnh khó khăn.
Cùng đi có các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Y Hương, A Hiếu; đồng chí Nguyễn Đức Tuy, Phó Trưởng Ban Dân vận Tỉnh ủy và đại diện Ban Tôn giáo Sở Nội vụ.
Đồng chí A Pết tặng quà chúc mừng Giám mục Giáo phận Kon Tum. Ảnh: Văn Nam
Tại Tòa Giám mục, đồng chí A Pết gửi lời chúc mừng Giáng sinh tới Giám mục Phaolô Trần Văn Khiêm, Giám mục Giáo phận Kon Tum, cùng các linh mục, tu sĩ và khoảng 320.000 giáo dân trong giáo phận; ghi nhận giáo phận đã đóng góp hơn 2,1 tỷ đồng cho công tác phòng, chống dịch COVID-19 và an sinh xã hội trong năm; vận động 42 làng đồng bào Công giáo tham gia phong trào "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".
Tại giáo xứ Kon Hring, xã Ya Xiêr, huyện Sa Thầy, đoàn trao 120 suất quà, mỗi suất trị giá 500.000 đồng gồm tiền mặt và nhu yếu phẩm cho giáo dân nghèo người Rơ Mâm, Gia Rai. Linh mục Giuse Trần Văn Bảy, Chánh xứ giáo xứ Kon Hring, cho biết giáo xứ có 2.846 giáo dân, 100% là đồng bào dân tộc thiểu số; năm qua giáo xứ phối hợp chính quyền vận động 16 hộ trả lại khoảng 9 ha đất lấn chiếm của Công ty TNHH MTV Cao su Sa Thầy, không để xảy ra khiếu kiện đông người.
Tại xã Đăk Mốt, huyện Đăk Glei, đoàn trao 200 suất quà. Ông A Quyết, người có uy tín làng Kon Liêm, kiêm trùm họ đạo, cho biết làng có 3 hộ từng nghe theo "Tin lành Đê Ga", nay đã trở về sinh hoạt tôn giáo bình thường.
Tổng kinh phí các suất quà khoảng 160 triệu đồng, trích từ Quỹ "Vì người nghèo" tỉnh theo Kế hoạch số 286/KH-MTTQ-BTT ngày 01/12/2022 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh. Đồng chí A Pết mong các chức sắc tiếp tục động viên giáo dân thực hiện tốt Luật Tín ngưỡng, tôn giáo, sống "tốt đời, đẹp đạo", tích cực tham gia bảo vệ an ninh biên giới.
Văn Nam
Lượt xem: 688
Tin liên quan
- Gặp mặt chức sắc, chức việc Tin lành nhân dịp Giáng sinh (20/12/2022)
- Ngọc Hồi: ra mắt tổ tự quản an ninh làng Đăk Mế (12/12/2022)
- Tổng kết Tuần lễ cao điểm "Vì người nghèo" năm 2022 (05/12/2022)
- Kon Plông: hòa giải thành 8 vụ tranh chấp đất rẫy (28/11/2022)
""", "2022-12-23", "Thăm, chúc mừng Giáng sinh và tặng 320 suất quà cho giáo dân nghèo",
E("trao_qua", None, "2022-12-21"),
[P("A Pết", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Y Hương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("A Hiếu", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Đức Tuy", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phaolô Trần Văn Khiêm", "Giám mục", "Giám mục Giáo phận Kon Tum"),
 P("Giuse Trần Văn Bảy", "Linh mục", "Chánh xứ giáo xứ Kon Hring"),
 P("A Quyết", "người có uy tín làng Kon Liêm", "trùm họ đạo")],
[Q("320 suất quà", 320, "suất quà"), Q("khoảng 320.000 giáo dân", 320000, "giáo dân", "approx"),
 Q("hơn 2,1 tỷ đồng", 2100000000, "đồng", "over"), Q("42 làng đồng bào Công giáo", 42, "làng đồng bào Công giáo"),
 Q("120 suất quà", 120, "suất quà"), Q("500.000 đồng", 500000, "đồng"), Q("2.846 giáo dân", 2846, "giáo dân"), Q("100%", 100, "%"),
 Q("16 hộ", 16, "hộ"), Q("khoảng 9 ha", 9, "ha", "approx"), Q("200 suất quà", 200, "suất quà"), Q("3 hộ", 3, "hộ"),
 Q("khoảng 160 triệu đồng", 160000000, "đồng", "approx")],
[D("Kế hoạch", "286", "KH-MTTQ-BTT", "2022-12-01", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 286/KH-MTTQ-BTT ngày 01/12/2022")],
[prov("Kon Tum"), com("Ya Xiêr"), com("Đăk Mốt")],
["Ủy ban MTTQ Việt Nam tỉnh Kon Tum - Trang thông tin điện tử", "Trang chủ > Tin tức > Công tác tôn giáo",
 "Đồng chí A Pết tặng quà chúc mừng Giám mục Giáo phận Kon Tum. Ảnh: Văn Nam", "Tòa Giám mục Giáo phận Kon Tum",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Tin lành Đê Ga", "Vì người nghèo", "Luật Tín ngưỡng, tôn giáo",
 "tốt đời, đẹp đạo", "Công ty TNHH MTV Cao su Sa Thầy", "Lượt xem: 688"],
["23 tháng 12, 2022 | 17:45", "năm 2022", "COVID-19", "Lượt xem: 688"]))

PAGES.append(page("b4654-daklak-bdv-hoinghi-2023", """
BÁO ĐẮK LẮK
Thời sự | Chính trị | Dân tộc - Tôn giáo
2023-05-19 16:40
Toàn cảnh hội nghị.
Phát huy vai trò chức sắc, chức việc Tin lành trong giữ gìn an ninh vùng đồng bào
Sáng 18/5, Ban Dân vận Tỉnh ủy phối hợp với Ủy ban MTTQ Việt Nam tỉnh và Công an tỉnh tổ chức hội nghị gặp mặt, cung cấp thông tin cho chức sắc, chức việc đạo Tin lành năm 2023. Đồng chí Lê Thị Minh Hiền, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì. Dự hội nghị có 235 đại biểu là mục sư, mục sư nhiệm chức, truyền đạo, chấp sự các chi hội thuộc 8 tổ chức, hệ phái Tin lành.
Thông tin tại hội nghị, Đại tá Y Ngọc Niê, Phó Giám đốc Công an tỉnh, cho biết năm 2022 và 4 tháng đầu năm 2023, số đối tượng FULRO lưu vong đã lập hơn 40 tài khoản mạng xã hội để tuyên truyền "Tin lành Đê Ga", xuyên tạc chính sách đất đai; đặc biệt nguy hiểm là nhóm "Người Thượng vì công lý". Nhờ sự phối hợp của các chi hội, lực lượng chức năng đã vận động 57 hộ với 263 khẩu từ bỏ hoạt động Đê Ga; 19 đối tượng ra đầu thú.
Đồng chí Nguyễn Văn Quang, Phó Trưởng Ban Dân vận Tỉnh ủy, thông tin: toàn tỉnh có 236.000 tín đồ Tin lành, sinh hoạt tại 284 chi hội đã được công nhận và 176 điểm nhóm đăng ký sinh hoạt tập trung. Thực hiện Kết luận số 12-KL/TW, Ban Thường vụ Tỉnh ủy đã ban hành Chỉ thị 14, 15-CT/TU về công tác tôn giáo và về giải quyết tranh chấp đất đai có yếu tố tôn giáo; năm 2022 đã giải quyết 63 vụ việc, trong đó 11 vụ liên quan đất của các công ty cà phê.
Tại hội nghị, Mục sư Y Hiêng Êban, Đặc trách Hội Thánh Tin lành Việt Nam (miền Nam) tỉnh Đắk Lắk; Mục sư nhiệm chức H'Mai Ksơr, Quản nhiệm Chi hội Tin lành Buôn Ma Thuột; ông Y Duy Niê, Truyền đạo Chi hội Ea Tul, xã Ea Tul, đã phát biểu cam kết vận động tín đồ không nghe theo kẻ xấu. Ông Y Ruăn Ayun, Chấp sự Chi hội Cư Pui, xã Cư Pui, kiến nghị giải quyết dứt điểm 120 ha đất tranh chấp giữa buôn Khanh với Công ty TNHH MTV Lâm nghiệp Krông Bông.
Kết luận hội nghị, đồng chí Lê Thị Minh Hiền đề nghị các chức sắc tiếp tục thực hiện tốt Luật Tín ngưỡng, tôn giáo năm 2016 và Nghị định số 95/2023/NĐ-CP của Chính phủ; phối hợp xây dựng 100 khu dân cư "Sống tốt đời, đẹp đạo" trong năm 2023. Dịp này, Ban Dân vận Tỉnh ủy tặng 235 phần quà, mỗi phần trị giá 300.000 đồng.
Hoàng Gia
Lượt xem: 2.015
Tin khác
- Mặt trận tỉnh hiệp thương cử Phó Chủ tịch (12/05/2023)
- Krông Pắc: 26 mô hình "Dân vận khéo" được biểu dương (05/05/2023)
- Vận động đồng bào không nghe theo kẻ xấu trên mạng xã hội (27/04/2023)
- Ea Kar: ra mắt 3 tổ tự quản an ninh buôn (18/04/2023)
""", "2023-05-19", "Phát huy vai trò chức sắc, chức việc Tin lành trong giữ gìn an ninh vùng đồng bào",
E("hoi_nghi", "2023", "2023-05-18"),
[P("Lê Thị Minh Hiền", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Y Ngọc Niê", "Đại tá", "Phó Giám đốc Công an tỉnh"),
 P("Nguyễn Văn Quang", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Y Hiêng Êban", "Mục sư", "Đặc trách Hội Thánh Tin lành Việt Nam (miền Nam) tỉnh Đắk Lắk"),
 P("H'Mai Ksơr", "Mục sư nhiệm chức", "Quản nhiệm Chi hội Tin lành Buôn Ma Thuột"),
 P("Y Duy Niê", "Truyền đạo Chi hội Ea Tul"),
 P("Y Ruăn Ayun", "Chấp sự Chi hội Cư Pui")],
[Q("235 đại biểu", 235, "đại biểu"), Q("8 tổ chức, hệ phái Tin lành", 8, "tổ chức, hệ phái Tin lành"),
 Q("hơn 40 tài khoản mạng xã hội", 40, "tài khoản mạng xã hội", "over"), Q("57 hộ", 57, "hộ"), Q("263 khẩu", 263, "khẩu"),
 Q("19 đối tượng", 19, "đối tượng"), Q("236.000 tín đồ Tin lành", 236000, "tín đồ Tin lành"), Q("284 chi hội", 284, "chi hội"),
 Q("176 điểm nhóm", 176, "điểm nhóm"), Q("63 vụ việc", 63, "vụ việc"), Q("11 vụ", 11, "vụ"), Q("120 ha", 120, "ha"),
 Q("100 khu dân cư", 100, "khu dân cư"), Q("235 phần quà", 235, "phần quà"), Q("300.000 đồng", 300000, "đồng")],
[D("Kết luận", "12", "KL/TW", None, None, "Kết luận số 12-KL/TW"),
 D("Chỉ thị", "14", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 14, 15-CT/TU"),
 D("Chỉ thị", "15", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 14, 15-CT/TU"),
 D("Nghị định", "95", "2023/NĐ-CP", None, "Chính phủ", "Nghị định số 95/2023/NĐ-CP")],
[prov("Đắk Lắk"), com("Ea Tul"), com("Cư Pui")],
["BÁO ĐẮK LẮK", "Thời sự | Chính trị | Dân tộc - Tôn giáo", "Toàn cảnh hội nghị.", "FULRO", "Tin lành Đê Ga",
 "Người Thượng vì công lý", "Luật Tín ngưỡng, tôn giáo năm 2016", "Sống tốt đời, đẹp đạo", "Hội Thánh Tin lành Việt Nam (miền Nam)",
 "Công ty TNHH MTV Lâm nghiệp Krông Bông", "Lượt xem: 2.015"],
["2023-05-19 16:40", "năm 2023", "năm 2022", "4 tháng đầu năm 2023", "năm 2016", "Lượt xem: 2.015"]))
