from lib import *
PAGES = []

PAGES.append(page("b2411-quangtri-mttq-giamsat-conganxa-2017", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG TRỊ
Trang chủ >> Hoạt động giám sát, phản biện
15.09.2017 | 14:05
Giám sát hoạt động của công an xã ở huyện Hướng Hóa
Từ ngày 13 đến 14/9/2017, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh do đồng chí Lê Thị Hương Giang, Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn, đã giám sát việc thực hiện Pháp lệnh Công an xã và chính sách đối với công an viên tại 4 xã biên giới của huyện Hướng Hóa là A Dơi, Xy, Thanh, Lìa.
Đoàn giám sát làm việc tại xã A Dơi.
Theo báo cáo của các xã, lực lượng công an xã có 46 người, trong đó 29 công an viên là người Vân Kiều, Pa Kô; 11 người chưa qua đào tạo nghiệp vụ. Từ năm 2015 đến nay, công an 4 xã đã tiếp nhận 138 tin báo, giải quyết 119 vụ việc; phối hợp Đồn Biên phòng Thanh bắt giữ 6 vụ, 9 đối tượng vận chuyển ma túy từ nước bạn Lào; hòa giải thành 54 vụ mâu thuẫn trong cộng đồng dân cư. Các thôn đã duy trì 38 tổ tự quản về an ninh trật tự và 4 mô hình "Cụm dân cư an toàn" dọc đường biên.
Qua giám sát, đoàn ghi nhận lực lượng công an xã bám địa bàn, được nhân dân tin tưởng. Tuy nhiên, chế độ phụ cấp của công an viên còn thấp, chỉ khoảng 800.000 đồng/tháng; trụ sở công an xã Lìa đã xuống cấp; 3 xã chưa có phương tiện đi lại chuyên dùng. Một số công an viên kiêm nhiệm nhiều việc nên việc nắm tình hình ở thôn xa còn hạn chế.
Tại buổi làm việc, ông Hồ Văn Chương, Chủ tịch UBND xã A Dơi, đề nghị tỉnh có chính sách hỗ trợ thêm cho công an viên thôn bản; ông Kăn Tiêng, Trưởng Công an xã Xy, kiến nghị tăng cường tập huấn về nhận diện ma túy tổng hợp. Bà Hồ Thị Bướp, người có uy tín thôn Ra Ly, xã Thanh, cho biết bà con đã tự làm hương ước không chứa chấp người lạ qua biên giới.
Đồng chí Lê Thị Hương Giang đề nghị UBND huyện chỉ đạo các xã thực hiện tốt Nghị định số 73/2009/NĐ-CP của Chính phủ quy định chi tiết thi hành Pháp lệnh Công an xã và Nghị quyết số 16/2016/NQ-HĐND của HĐND tỉnh về mức phụ cấp cho công an viên; Ban Thường trực Ủy ban MTTQ huyện tiếp tục giám sát việc khắc phục các kiến nghị sau giám sát.
Kết quả giám sát sẽ được tổng hợp, báo cáo Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Trị trước ngày 30/10 để kiến nghị với HĐND, UBND tỉnh. Đây là một trong 5 cuộc giám sát chuyên đề của Ủy ban MTTQ tỉnh năm 2017, theo Kế hoạch số 21/KH-MTTQ-BTT ngày 15/3/2017.
Cùng ngày, đoàn đến thăm, tặng 20 suất quà cho các hộ công an viên có hoàn cảnh khó khăn ở bản Pa Tầng. Đoàn cũng đề nghị Ủy ban MTTQ các xã phát huy vai trò của Ban Thanh tra nhân dân và Ban Công tác Mặt trận ở khu dân cư trong việc phát hiện, phản ánh những biểu hiện tiêu cực, sách nhiễu nhân dân của cán bộ, công an viên.
Pả Loan
Số lượt xem: 421
Tin liên quan
- Hội nghị phản biện dự thảo nghị quyết về phụ cấp công an viên (05/09/2017)
- Đakrông: ra mắt 6 tổ tự quản ở thôn biên giới (28/08/2017)
- Ngày hội Toàn dân bảo vệ an ninh Tổ quốc ở xã Hướng Phùng (19/08/2017)
""", "2017-09-15", "Giám sát hoạt động của công an xã ở huyện Hướng Hóa",
E("giam_sat", "2017", "2017-09-13"),
[P("Lê Thị Hương Giang", "Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh", "trưởng đoàn"),
 P("Hồ Văn Chương", "Chủ tịch UBND xã A Dơi"),
 P("Kăn Tiêng", "Trưởng Công an xã Xy"),
 P("Hồ Thị Bướp", "người có uy tín thôn Ra Ly")],
[Q("4 xã biên giới", 4, "xã biên giới"), Q("46 người", 46, "người"), Q("29 công an viên", 29, "công an viên"),
 Q("11 người", 11, "người"), Q("138 tin báo", 138, "tin báo"), Q("119 vụ việc", 119, "vụ việc"), Q("6 vụ", 6, "vụ"),
 Q("9 đối tượng", 9, "đối tượng"), Q("54 vụ mâu thuẫn trong cộng đồng dân cư", 54, "vụ mâu thuẫn trong cộng đồng dân cư"),
 Q("38 tổ tự quản về an ninh trật tự", 38, "tổ tự quản về an ninh trật tự"), Q("4 mô hình", 4, "mô hình"),
 Q("khoảng 800.000 đồng/tháng", 800000, "đồng", "approx"), Q("3 xã", 3, "xã"), Q("5 cuộc giám sát chuyên đề", 5, "cuộc giám sát chuyên đề"),
 Q("20 suất quà", 20, "suất quà")],
[D("Nghị định", "73", "2009/NĐ-CP", None, "Chính phủ", "Nghị định số 73/2009/NĐ-CP của Chính phủ"),
 D("Nghị quyết", "16", "2016/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 16/2016/NQ-HĐND của HĐND tỉnh"),
 D("Kế hoạch", "21", "KH-MTTQ-BTT", "2017-03-15", None, "Kế hoạch số 21/KH-MTTQ-BTT ngày 15/3/2017")],
[prov("Quảng Trị"), com("A Dơi"), com("Xy"), com("Thanh"), com("Lìa")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG TRỊ", "Trang chủ >> Hoạt động giám sát, phản biện",
 "Đoàn giám sát làm việc tại xã A Dơi.", "Cụm dân cư an toàn", "Pháp lệnh Công an xã", "Số lượt xem: 421"],
["15.09.2017 | 14:05", "Từ năm 2015 đến nay", "năm 2017", "Số lượt xem: 421"]))

PAGES.append(page("b2412-gialai-bdv-giaoban-thang10-2018", """
Báo Gia Lai điện tử
Chính trị - Xã hội / Dân vận
Cập nhật lúc 16:40 ngày 02/11/2018
Toàn cảnh buổi giao ban. Ảnh: Đức Thụy
Không để "Tin lành Đê Ga" len lỏi vào làng
(GLO)- Sáng 1/11, Ban Dân vận Tỉnh ủy chủ trì giao ban công tác dân vận và an ninh vùng dân tộc thiểu số tháng 10/2018 với Công an tỉnh, Ban Dân tộc, Ủy ban MTTQ tỉnh. Đồng chí Rơ Lan Pết, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Tháng 10, các lực lượng nắm được 7 trường hợp có biểu hiện hoạt động "Tin lành Đê Ga" ở các huyện Chư Pưh, Ia Grai, Đức Cơ; vận động 5 trường hợp từ bỏ, ký cam kết không tham gia. Công an tỉnh đã đấu tranh, bóc gỡ 2 nhóm với 11 đối tượng FULRO lưu vong móc nối vào trong nước. Trong tháng, toàn tỉnh xảy ra 36 vụ phạm pháp hình sự, giảm 4 vụ so với tháng 9; bắt 3 vụ, 6 đối tượng tàng trữ trái phép chất ma túy.
Ở cơ sở, 214 làng đã thành lập "Tổ tự quản đoàn kết, bảo vệ an ninh làng" với 1.928 thành viên; 46 làng có quy ước không theo, không nghe kẻ xấu. Ủy ban MTTQ tỉnh đã phối hợp tổ chức 18 buổi đối thoại với người dân tại các xã biên giới, tiếp nhận 73 ý kiến, kiến nghị.
Tại giao ban, các đồng chí Phó Giám đốc Công an tỉnh: Ksor Nhí, Nguyễn Thanh Hòa đề nghị các huyện phát huy người có uy tín trong việc nắm tình hình từ gia đình, dòng tộc. Đồng chí Rmah H'Dun, Phó Trưởng Ban Dân tộc tỉnh, cho biết tháng 11 sẽ tổ chức gặp mặt 180 người có uy tín của 3 huyện biên giới. Ông Siu Thim, Bí thư Đảng ủy xã Ia Dom, phản ánh trên địa bàn vẫn còn số đối tượng qua lại biên giới trái phép.
Kết luận giao ban, đồng chí Rơ Lan Pết yêu cầu các cơ quan thành viên tiếp tục thực hiện Kết luận số 18-KL/TU, Kết luận số 19-KL/TU của Ban Thường vụ Tỉnh ủy về công tác vận động quần chúng vùng đồng bào dân tộc thiểu số và về đấu tranh với "Tin lành Đê Ga"; triển khai kế hoạch số 96-KH/BDVTU về tổng kết 10 năm thực hiện phong trào "Tổ tự quản đoàn kết, bảo vệ an ninh làng". Đồng chí yêu cầu mỗi cán bộ dân vận phụ trách địa bàn phải xuống làng ít nhất 8 ngày mỗi tháng.
Cũng tại giao ban, đồng chí Kpă Thuyên, Chánh Văn phòng Ban Dân vận Tỉnh ủy, thông báo lịch kiểm tra tháng 11 tại 4 huyện phía Nam của tỉnh. Kết quả các đợt kiểm tra sẽ được tổng hợp vào báo cáo tổng kết năm 2018 của khối dân vận.
Các ý kiến cũng cho rằng việc một số đối tượng lợi dụng mạng xã hội để tuyên truyền, lôi kéo đồng bào là vấn đề mới, cần được các ngành quan tâm; đề nghị đài truyền thanh các xã tăng thời lượng phát thanh bằng tiếng Jrai, Bahnar về cảnh giác trước âm mưu của các thế lực thù địch.
Hồng Thi
Tin khác
- Chư Prông: Hội nghị người có uy tín năm 2018 (25/10/2018)
- Đức Cơ: 20 hộ từ bỏ "Tin lành Đê Ga" (12/10/2018)
- Giao ban công tác dân vận tháng 9/2018 (03/10/2018)
""", "2018-11-02", "Không để \"Tin lành Đê Ga\" len lỏi vào làng",
E("giao_ban", "2018-10", "2018-11-01"),
[P("Rơ Lan Pết", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Ksor Nhí", "Phó Giám đốc Công an tỉnh"),
 P("Nguyễn Thanh Hòa", "Phó Giám đốc Công an tỉnh"),
 P("Rmah H'Dun", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Siu Thim", "Bí thư Đảng ủy xã Ia Dom"),
 P("Kpă Thuyên", "Chánh Văn phòng Ban Dân vận Tỉnh ủy")],
[Q("7 trường hợp", 7, "trường hợp"), Q("5 trường hợp", 5, "trường hợp"), Q("2 nhóm", 2, "nhóm"),
 Q("11 đối tượng FULRO lưu vong", 11, "đối tượng FULRO lưu vong"), Q("36 vụ phạm pháp hình sự", 36, "vụ phạm pháp hình sự"),
 Q("4 vụ", 4, "vụ"), Q("3 vụ", 3, "vụ"), Q("6 đối tượng", 6, "đối tượng"), Q("214 làng", 214, "làng"),
 Q("1.928 thành viên", 1928, "thành viên"), Q("46 làng", 46, "làng"), Q("18 buổi đối thoại", 18, "buổi đối thoại"),
 Q("73 ý kiến, kiến nghị", 73, "ý kiến, kiến nghị"), Q("180 người có uy tín", 180, "người có uy tín"),
 Q("3 huyện biên giới", 3, "huyện biên giới"), Q("4 huyện phía Nam", 4, "huyện")],
[D("Kết luận", "18", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 18-KL/TU"),
 D("Kết luận", "19", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 19-KL/TU"),
 D("Kế hoạch", "96", "KH/BDVTU", None, None, "kế hoạch số 96-KH/BDVTU")],
[prov("Gia Lai"), com("Ia Dom")],
["Báo Gia Lai điện tử", "Chính trị - Xã hội / Dân vận", "Toàn cảnh buổi giao ban. Ảnh: Đức Thụy", "(GLO)",
 "Tin lành Đê Ga", "Tổ tự quản đoàn kết, bảo vệ an ninh làng"],
["Cập nhật lúc 16:40 ngày 02/11/2018", "tháng 10/2018", "Tháng 10", "tháng 9", "tháng 11", "10 năm", "năm 2018", "8 ngày"]))

PAGES.append(page("b2413-dongnai-mttq-traoqua-baovedanpho-2019", """
Hôm nay: Thứ Năm, 31/01/2019
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM THÀNH PHỐ BIÊN HÒA
Trang chủ - Tin hoạt động - An sinh xã hội
29-01-2019 08:30
Ấm áp quà Tết cho những người giữ bình yên khu phố
Ngày 28/1/2019, Ủy ban MTTQ Việt Nam thành phố Biên Hòa (tỉnh Đồng Nai) phối hợp Công an thành phố trao 320 phần quà Tết cho lực lượng bảo vệ dân phố, thành viên tổ tự quản và công an viên có hoàn cảnh khó khăn tại 30 phường, xã. Mỗi phần quà trị giá 700.000 đồng gồm tiền mặt và nhu yếu phẩm; tổng kinh phí 224 triệu đồng do các doanh nghiệp, nhà hảo tâm đóng góp.
Đồng chí Lý Kiến Quốc trao quà cho lực lượng bảo vệ dân phố phường Thanh Bình.
Đến dự và trao quà có đồng chí Lý Kiến Quốc, Thành ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam thành phố; đồng chí Trương Mỹ Linh, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố; Thượng tá Đặng Văn Lộc, Phó Trưởng Công an thành phố.
Phát biểu tại buổi trao quà, đồng chí Lý Kiến Quốc ghi nhận năm 2018, lực lượng bảo vệ dân phố và 1.460 tổ nhân dân tự quản trên địa bàn đã phối hợp công an phường phát hiện 215 vụ việc, bắt quả tang 37 vụ trộm cắp, cướp giật tài sản; vận động 12 người nghiện tự nguyện đi cai. Ở khu dân cư người Hoa, 45 camera an ninh do bà con tự góp tiền lắp đặt đã giúp giảm 60% số vụ trộm so với năm trước.
Ông Hứa Chấn Hưng, Trưởng khu phố 3, phường Thanh Bình, xúc động cho biết khu phố có 2 bảo vệ dân phố đã bị thương khi truy bắt đối tượng cướp giật; tổ tự quản khu phố tuần tra mỗi đêm từ 22 giờ đến 2 giờ sáng. Bà Diệp Thị Kim Phụng, Tổ trưởng tổ nhân dân tự quản số 14, phường Quyết Thắng, nói món quà là nguồn động viên lớn để chị em tiếp tục giữ bình yên cho phố phường.
Theo Ủy ban MTTQ thành phố, đây là năm thứ 5 liên tiếp Mặt trận tổ chức trao quà cho lực lượng này, thực hiện Chương trình phối hợp số 03/CTPH-MTTQ-CA ngày 10/1/2017 giữa Ủy ban MTTQ Việt Nam thành phố và Công an thành phố về vận động nhân dân tham gia phòng, chống tội phạm. Dịp Tết Kỷ Hợi năm nay, các phường, xã còn trao thêm 540 suất quà cho hộ nghèo từ Quỹ "Vì người nghèo".
Cũng trong dịp này, Công an thành phố tặng giấy khen cho 18 bảo vệ dân phố có thành tích xuất sắc trong đợt cao điểm tấn công, trấn áp tội phạm trước, trong và sau Tết; Ủy ban MTTQ thành phố phát động nhân dân treo 1.000 lá cờ Tổ quốc ở các tuyến đường chính và nhắc nhở bà con cảnh giác với thủ đoạn lừa đảo qua điện thoại trong dịp Tết.
Bảo Ngọc
Lượt truy cập: 1.356.220
Các tin đã đưa
- Phường Tân Phong ra mắt mô hình "Camera an ninh" (22/01/2019)
- Hội nghị tổng kết công tác Mặt trận năm 2018 (15/01/2019)
- Trao 100 phần quà cho người có công (10/01/2019)
""", "2019-01-29", "Ấm áp quà Tết cho những người giữ bình yên khu phố",
E("trao_qua", None, "2019-01-28"),
[P("Lý Kiến Quốc", "Thành ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Trương Mỹ Linh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Đặng Văn Lộc", "Thượng tá", "Phó Trưởng Công an thành phố"),
 P("Hứa Chấn Hưng", "Trưởng khu phố 3"),
 P("Diệp Thị Kim Phụng", "Tổ trưởng tổ nhân dân tự quản số 14")],
[Q("320 phần quà", 320, "phần quà"), Q("30 phường, xã", 30, "phường, xã"), Q("700.000 đồng", 700000, "đồng"),
 Q("224 triệu đồng", 224000000, "đồng"), Q("1.460 tổ nhân dân tự quản", 1460, "tổ nhân dân tự quản"),
 Q("215 vụ việc", 215, "vụ việc"), Q("37 vụ trộm cắp, cướp giật tài sản", 37, "vụ trộm cắp, cướp giật tài sản"),
 Q("12 người nghiện", 12, "người nghiện"), Q("45 camera an ninh", 45, "camera an ninh"), Q("60%", 60, "%"),
 Q("2 bảo vệ dân phố", 2, "bảo vệ dân phố"), Q("540 suất quà", 540, "suất quà"),
 Q("18 bảo vệ dân phố", 18, "bảo vệ dân phố"), Q("1.000 lá cờ Tổ quốc", 1000, "lá cờ Tổ quốc")],
[D("Chương trình phối hợp", "03", "CTPH-MTTQ-CA", "2017-01-10", None, "Chương trình phối hợp số 03/CTPH-MTTQ-CA ngày 10/1/2017")],
[prov("Đồng Nai"), com("Thanh Bình"), com("Quyết Thắng")],
["Hôm nay: Thứ Năm, 31/01/2019", "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM THÀNH PHỐ BIÊN HÒA", "Trang chủ - Tin hoạt động - An sinh xã hội",
 "Đồng chí Lý Kiến Quốc trao quà cho lực lượng bảo vệ dân phố phường Thanh Bình.", "Vì người nghèo", "Lượt truy cập: 1.356.220"],
["Hôm nay: Thứ Năm, 31/01/2019", "29-01-2019 08:30", "năm 2018", "22 giờ đến 2 giờ sáng", "năm thứ 5", "khu phố 3", "số 14", "Lượt truy cập: 1.356.220"]))

PAGES.append(page("b2414-thanhhoa-ca-mttq-tongket-2020", """
Cổng thông tin điện tử Công an tỉnh Thanh Hóa
Trang chủ / Tin tức / Phong trào Toàn dân bảo vệ ANTQ
2020-12-24 10:12
Camera an ninh giúp bản làng bình yên
Ngày 23/12, Công an tỉnh và Ban Thường trực Ủy ban MTTQ tỉnh tổ chức hội nghị tổng kết Chương trình phối hợp vận động toàn dân tham gia phòng, chống tội phạm, bảo vệ an ninh Tổ quốc năm 2020. Dự hội nghị có đồng chí Phạm Thị Minh Thoa, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh; Đại tá Lê Văn Minh, Phó Giám đốc Công an tỉnh.
Ảnh: Các đại biểu dự hội nghị.
Năm 2020, toàn tỉnh có 4.386 tổ an ninh nhân dân, 2.912 tổ tự quản về an ninh trật tự; nhân dân đã đóng góp hơn 18,6 tỷ đồng lắp đặt 5.240 camera giám sát tại các khu dân cư, trong đó có 1.320 camera ở các huyện miền núi. Từ nguồn tin của quần chúng, lực lượng công an đã khám phá 387 vụ án, bắt 512 đối tượng; triệt xóa 46 tụ điểm ma túy, 19 ổ nhóm tội phạm hoạt động theo kiểu "xã hội đen". Tội phạm về trật tự xã hội giảm 12,7%; 91,3% khu dân cư đạt tiêu chuẩn "An toàn về an ninh, trật tự".
Hai ngành đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 152-KH/TU thực hiện Kết luận số 44-KL/TW ngày 22/01/2019 của Ban Bí thư về tiếp tục thực hiện Chỉ thị 09-CT/TW; UBND tỉnh ban hành Quyết định số 2471/QĐ-UBND ngày 3/7/2020 công nhận 86 mô hình tự quản tiêu biểu.
Tại hội nghị, ông Hà Văn Khiêm, Chủ tịch Ủy ban MTTQ xã Thành Sơn, huyện Bá Thước, cho biết bà con dân tộc Mường, Thái trong xã đã góp 240 triệu đồng lắp 36 camera trên các đường liên bản, từ đó các vụ trộm trâu, bò giảm hẳn. Bà Bùi Thị Ngấn, Trưởng ban công tác Mặt trận bản Đôn, chia sẻ bản đã hòa giải thành 9 vụ tranh chấp đất rừng mà không để xảy ra khiếu kiện. Thiếu tá Lò Văn Tuấn, Trưởng Công an xã Trung Lý, huyện Mường Lát, đề nghị tăng cường vận động đồng bào Mông ở khu vực biên giới không nghe theo kẻ xấu.
Phát biểu chỉ đạo, đồng chí Phạm Thị Minh Thoa đề nghị năm 2021 tiếp tục nhân rộng mô hình "Camera an ninh", "Dòng họ tự quản về an ninh trật tự"; gắn với thực hiện phong trào thi đua "Vì an ninh Tổ quốc" và cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh". Mặt trận các cấp cần chủ động giám sát hoạt động của lực lượng công an xã chính quy, lắng nghe phản ánh của nhân dân.
Dịp này, Giám đốc Công an tỉnh tặng giấy khen cho 45 tập thể, 68 cá nhân; Ủy ban MTTQ tỉnh tặng bằng khen cho 12 tập thể. Đây là lần thứ 8 hai ngành tổ chức tổng kết chương trình phối hợp.
Trung Hiếu
Chia sẻ: Facebook | Zalo
Tin liên quan
- Công an tỉnh bố trí 411 công an chính quy về xã (18/12/2020)
- Quan Hóa: ra mắt 12 tổ tự quản ở bản vùng cao (02/12/2020)
- Ngày hội Toàn dân bảo vệ ANTQ tại thành phố Sầm Sơn (19/08/2020)
""", "2020-12-24", "Camera an ninh giúp bản làng bình yên",
E("tong_ket", "2020", "2020-12-23"),
[P("Phạm Thị Minh Thoa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lê Văn Minh", "Đại tá", "Phó Giám đốc Công an tỉnh"),
 P("Hà Văn Khiêm", "Chủ tịch Ủy ban MTTQ xã Thành Sơn"),
 P("Bùi Thị Ngấn", "Trưởng ban công tác Mặt trận bản Đôn"),
 P("Lò Văn Tuấn", "Thiếu tá", "Trưởng Công an xã Trung Lý")],
[Q("4.386 tổ an ninh nhân dân", 4386, "tổ an ninh nhân dân"), Q("2.912 tổ tự quản về an ninh trật tự", 2912, "tổ tự quản về an ninh trật tự"),
 Q("hơn 18,6 tỷ đồng", 18600000000, "đồng", "over"), Q("5.240 camera giám sát", 5240, "camera giám sát"),
 Q("1.320 camera", 1320, "camera"), Q("387 vụ án", 387, "vụ án"), Q("512 đối tượng", 512, "đối tượng"),
 Q("46 tụ điểm ma túy", 46, "tụ điểm ma túy"), Q("19 ổ nhóm tội phạm", 19, "ổ nhóm tội phạm"), Q("12,7%", 12.7, "%"),
 Q("91,3% khu dân cư", 91.3, "%"), Q("86 mô hình tự quản tiêu biểu", 86, "mô hình tự quản tiêu biểu"),
 Q("240 triệu đồng", 240000000, "đồng"), Q("36 camera", 36, "camera"), Q("9 vụ tranh chấp đất rừng", 9, "vụ tranh chấp đất rừng"),
 Q("45 tập thể", 45, "tập thể"), Q("68 cá nhân", 68, "cá nhân"), Q("12 tập thể", 12, "tập thể")],
[D("Kế hoạch", "152", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 152-KH/TU"),
 D("Kết luận", "44", "KL/TW", "2019-01-22", "Ban Bí thư", "Kết luận số 44-KL/TW ngày 22/01/2019"),
 D("Chỉ thị", "09", "CT/TW", None, None, "Chỉ thị 09-CT/TW"),
 D("Quyết định", "2471", "QĐ-UBND", "2020-07-03", "UBND tỉnh", "Quyết định số 2471/QĐ-UBND ngày 3/7/2020")],
[prov("Thanh Hóa"), com("Thành Sơn"), com("Trung Lý")],
["Cổng thông tin điện tử Công an tỉnh Thanh Hóa", "Trang chủ / Tin tức / Phong trào Toàn dân bảo vệ ANTQ",
 "Ảnh: Các đại biểu dự hội nghị.", "xã hội đen", "An toàn về an ninh, trật tự", "Camera an ninh",
 "Dòng họ tự quản về an ninh trật tự", "Vì an ninh Tổ quốc", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
 "Chia sẻ: Facebook | Zalo"],
["2020-12-24 10:12", "năm 2020", "năm 2021", "lần thứ 8"]))

PAGES.append(page("b2415-lamdong-hoinghi-nguoicouytin-2021", """
Báo Lâm Đồng điện tử
Chính trị » Dân tộc - Tôn giáo
19 tháng 11, 2021 | 15:30
Ảnh: Đại biểu người có uy tín dự hội nghị.
Người có uy tín - "cánh tay nối dài" giữ bình yên buôn làng
Ngày 18/11, Ban Dân vận Tỉnh ủy, Công an tỉnh và Ban Dân tộc tỉnh Lâm Đồng tổ chức hội nghị biểu dương người có uy tín tiêu biểu trong phong trào Toàn dân bảo vệ an ninh Tổ quốc năm 2021. Hội nghị được tổ chức trực tiếp và trực tuyến tới 12 điểm cầu huyện, thành phố với 350 đại biểu.
Chủ trì hội nghị có các đồng chí: Ka Sô Bình, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; Đại tá Trần Văn Dũng, Phó Giám đốc Công an tỉnh; Touneh Đức, Trưởng Ban Dân tộc tỉnh.
Theo báo cáo, toàn tỉnh hiện có 527 người có uy tín ở 153 xã, phường, thị trấn vùng đồng bào dân tộc thiểu số. Năm 2021, người có uy tín đã cung cấp 268 tin có giá trị, tham gia hòa giải thành 145 vụ việc mâu thuẫn, tranh chấp; vận động 37 hộ từ bỏ "Tin lành Đấng Christ" trái pháp luật và 22 người ra đầu thú. Mức hỗ trợ người có uy tín hiện là 500.000 đồng/quý theo Quyết định số 12/2018/QĐ-TTg của Thủ tướng Chính phủ.
Tại hội nghị, già làng K'Brọi, người có uy tín thôn B'Nơ C, thị trấn Lạc Dương, kể ông đã cùng công an thị trấn vận động 4 thanh niên trong thôn bỏ nghiện. Ông Ya Tuấn, người có uy tín thôn Ma Đanh, xã Tu Tra, được bổ nhiệm làm Tổ trưởng tổ tự quản an ninh thôn từ năm 2019, đã giúp thôn 2 năm liền không có người vi phạm pháp luật. Bà Bon Niêng Ha Ly, người có uy tín thôn Đạ Nghịt, xã Lát, đề nghị có thêm lớp dạy nghề cho thanh niên để tránh xa tệ nạn.
Phát biểu kết luận, đồng chí Ka Sô Bình đề nghị các huyện tiếp tục thực hiện Chỉ thị số 18-CT/TU ngày 5/3/2021 của Ban Thường vụ Tỉnh ủy về phát huy vai trò người có uy tín trong vùng đồng bào dân tộc thiểu số; kịp thời cung cấp thông tin, nắm bắt tâm tư để người có uy tín làm tốt vai trò cầu nối giữa Đảng, chính quyền với nhân dân. Đồng chí cũng lưu ý phòng, chống dịch Covid-19 trong sinh hoạt cộng đồng.
Dịp này, Giám đốc Công an tỉnh tặng giấy khen cho 30 người có uy tín tiêu biểu; Ban Dân tộc tỉnh trao 350 phần quà, mỗi phần trị giá 300.000 đồng. Đại biểu cũng được nghe phổ biến Luật Phòng, chống ma túy năm 2021 và các thủ đoạn lừa đảo qua mạng.
Ban tổ chức cho biết, trong năm 2022 sẽ tổ chức tham quan, học tập kinh nghiệm ở các tỉnh bạn cho 40 người có uy tín tiêu biểu.
K'Linh
Lượt xem: 1.589
Bài viết liên quan
- Đam Rông: 30 hộ từ bỏ đạo lạ (10/11/2021)
- Di Linh: ra mắt mô hình "Thôn không có tội phạm" (29/10/2021)
- Đối thoại với người dân xã Đạ Chais (15/10/2021)
- Gặp mặt chức sắc các tôn giáo (08/10/2021)
""", "2021-11-19", "Người có uy tín - \"cánh tay nối dài\" giữ bình yên buôn làng",
E("hoi_nghi", "2021", "2021-11-18"),
[P("Ka Sô Bình", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Văn Dũng", "Đại tá", "Phó Giám đốc Công an tỉnh"),
 P("Touneh Đức", "Trưởng Ban Dân tộc tỉnh"),
 P("K'Brọi", "già làng", "người có uy tín thôn B'Nơ C"),
 P("Ya Tuấn", "người có uy tín thôn Ma Đanh", "Tổ trưởng tổ tự quản an ninh thôn"),
 P("Bon Niêng Ha Ly", "người có uy tín thôn Đạ Nghịt")],
[Q("12 điểm cầu huyện, thành phố", 12, "điểm cầu huyện, thành phố"), Q("350 đại biểu", 350, "đại biểu"),
 Q("527 người có uy tín", 527, "người có uy tín"), Q("153 xã, phường, thị trấn", 153, "xã, phường, thị trấn"),
 Q("268 tin", 268, "tin"), Q("145 vụ việc mâu thuẫn, tranh chấp", 145, "vụ việc mâu thuẫn, tranh chấp"),
 Q("37 hộ", 37, "hộ"), Q("22 người", 22, "người"), Q("500.000 đồng/quý", 500000, "đồng"),
 Q("4 thanh niên", 4, "thanh niên"), Q("30 người có uy tín tiêu biểu", 30, "người có uy tín tiêu biểu"),
 Q("350 phần quà", 350, "phần quà"), Q("300.000 đồng", 300000, "đồng"),
 Q("40 người có uy tín tiêu biểu", 40, "người có uy tín tiêu biểu")],
[D("Quyết định", "12", "2018/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg của Thủ tướng Chính phủ"),
 D("Chỉ thị", "18", "CT/TU", "2021-03-05", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 18-CT/TU ngày 5/3/2021")],
[prov("Lâm Đồng"), com("Lạc Dương"), com("Tu Tra"), com("Lát")],
["Báo Lâm Đồng điện tử", "Chính trị » Dân tộc - Tôn giáo", "Ảnh: Đại biểu người có uy tín dự hội nghị.",
 "Tin lành Đấng Christ", "Luật Phòng, chống ma túy", "Lượt xem: 1.589"],
["19 tháng 11, 2021 | 15:30", "năm 2021", "từ năm 2019", "2 năm liền", "năm 2022", "Lượt xem: 1.589"]))

PAGES.append(page("b2416-hoabinh-daihoi-thidua-vianninh-2021", """
BÁO HÒA BÌNH ĐIỆN TỬ
Trang chủ > Chính trị > An ninh - Quốc phòng
Thứ Sáu, 30/07/2021 - 17:00
Đại hội thi đua "Vì an ninh Tổ quốc" lần thứ VI
Ngày 29/7, Công an tỉnh Hòa Bình long trọng tổ chức Đại hội thi đua "Vì an ninh Tổ quốc" lần thứ VI, giai đoạn 2016 - 2021. Do ảnh hưởng của dịch Covid-19, đại hội được tổ chức với quy mô 150 đại biểu chính thức, đại diện cho hơn 3.000 cán bộ, chiến sĩ và các điển hình tiên tiến trong phong trào Toàn dân bảo vệ an ninh Tổ quốc.
Các đại biểu biểu quyết thông qua chương trình đại hội.
Dự đại hội có các đồng chí: Bùi Đức Thịnh, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh; Quách Thị Tuyết, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy. Đại tá Đinh Công Thạo, Giám đốc Công an tỉnh, chủ trì đại hội.
Báo cáo tại đại hội cho biết, giai đoạn 2016 - 2021, Công an tỉnh đã tham mưu Tỉnh ủy ban hành Chỉ thị số 27-CT/TU ngày 14/6/2017 về tăng cường sự lãnh đạo của cấp ủy đối với công tác phòng, chống tội phạm ma túy; phối hợp với Ủy ban MTTQ tỉnh thực hiện Nghị quyết liên tịch số 01/2017/NQLT-BCA-UBTWMTTQVN ở cơ sở. Toàn tỉnh đã xây dựng 1.652 mô hình tự phòng, tự quản, tự bảo vệ; khám phá 1.804 vụ án hình sự, đạt tỷ lệ 86,5%; triệt phá 612 vụ mua bán ma túy với 795 đối tượng, thu gần 410 bánh heroin. Hòa Bình đã bố trí 428 công an chính quy về 151 xã, thị trấn, sớm hơn lộ trình của Bộ Công an.
Đại hội đã nghe 8 tham luận. Ông Bùi Văn Dương, Trưởng xóm Khang, xã Tân Thành, huyện Lương Sơn, người Mường, kể việc xóm tự góp 65 triệu đồng xây nhà trực của tổ an ninh; bà Xa Thị Hiền, Chủ tịch Hội LHPN xã Mai Hạ, huyện Mai Châu, chia sẻ mô hình "Phụ nữ không để người thân vi phạm pháp luật" với 320 hội viên tham gia. Trung tá Hà Văn Quyết, Trưởng Công an xã Đồng Ruộng, nói về kinh nghiệm gần dân, hiểu dân của công an xã chính quy.
Phát biểu chỉ đạo, đồng chí Bùi Đức Thịnh đề nghị lực lượng công an tiếp tục đẩy mạnh phong trào, phát huy sức mạnh của khối đại đoàn kết toàn dân tộc; quan tâm xây dựng thế trận an ninh nhân dân vững chắc ở vùng đồng bào Mường, Dao, Thái. Đồng chí nhấn mạnh khẩu hiệu "Công an nhân dân chỉ biết còn Đảng thì còn mình".
Đại hội đã khen thưởng 35 tập thể, 72 cá nhân điển hình tiên tiến giai đoạn 2016 - 2021 và phát động thi đua giai đoạn 2021 - 2025 với 6 chỉ tiêu chủ yếu, trong đó phấn đấu 100% xã, phường, thị trấn có mô hình tự quản về an ninh trật tự hoạt động hiệu quả.
Bùi Minh
Lượt xem: 962
Tin liên quan
- Tân Lạc: đại hội thi đua điển hình tiên tiến (20/07/2021)
- Công an tỉnh ra quân đợt cao điểm trấn áp tội phạm ma túy (12/07/2021)
- Kỷ niệm 75 năm Ngày truyền thống Công an nhân dân (19/08/2020)
""", "2021-07-30", "Đại hội thi đua \"Vì an ninh Tổ quốc\" lần thứ VI",
E("dai_hoi", None, "2021-07-29"),
[P("Bùi Đức Thịnh", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Quách Thị Tuyết", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đinh Công Thạo", "Đại tá", "Giám đốc Công an tỉnh"),
 P("Bùi Văn Dương", "Trưởng xóm Khang"),
 P("Xa Thị Hiền", "Chủ tịch Hội LHPN xã Mai Hạ"),
 P("Hà Văn Quyết", "Trung tá", "Trưởng Công an xã Đồng Ruộng")],
[Q("150 đại biểu chính thức", 150, "đại biểu chính thức"), Q("hơn 3.000 cán bộ, chiến sĩ", 3000, "cán bộ, chiến sĩ", "over"),
 Q("1.652 mô hình tự phòng, tự quản, tự bảo vệ", 1652, "mô hình tự phòng, tự quản, tự bảo vệ"),
 Q("1.804 vụ án hình sự", 1804, "vụ án hình sự"), Q("86,5%", 86.5, "%"),
 Q("612 vụ mua bán ma túy", 612, "vụ mua bán ma túy"), Q("795 đối tượng", 795, "đối tượng"),
 Q("gần 410 bánh heroin", 410, "bánh heroin", "approx"), Q("428 công an chính quy", 428, "công an chính quy"),
 Q("151 xã, thị trấn", 151, "xã, thị trấn"), Q("8 tham luận", 8, "tham luận"), Q("65 triệu đồng", 65000000, "đồng"),
 Q("320 hội viên", 320, "hội viên"), Q("35 tập thể", 35, "tập thể"), Q("72 cá nhân", 72, "cá nhân"),
 Q("6 chỉ tiêu chủ yếu", 6, "chỉ tiêu chủ yếu"), Q("100% xã, phường, thị trấn", 100, "%")],
[D("Chỉ thị", "27", "CT/TU", "2017-06-14", "Tỉnh ủy", "Chỉ thị số 27-CT/TU ngày 14/6/2017"),
 D("Nghị quyết liên tịch", "01", "2017/NQLT-BCA-UBTWMTTQVN", None, None, "Nghị quyết liên tịch số 01/2017/NQLT-BCA-UBTWMTTQVN")],
[prov("Hòa Bình"), com("Tân Thành"), com("Mai Hạ"), com("Đồng Ruộng")],
["BÁO HÒA BÌNH ĐIỆN TỬ", "Trang chủ > Chính trị > An ninh - Quốc phòng", "Các đại biểu biểu quyết thông qua chương trình đại hội.",
 "Vì an ninh Tổ quốc", "Phụ nữ không để người thân vi phạm pháp luật", "Công an nhân dân chỉ biết còn Đảng thì còn mình", "Lượt xem: 962"],
["Thứ Sáu, 30/07/2021 - 17:00", "lần thứ VI", "giai đoạn 2016 - 2021", "giai đoạn 2021 - 2025"]))
