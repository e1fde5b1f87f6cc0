from lib import *
PAGES = []

PAGES.append(page("b8219-hatinh-hdnd-giamsat-2017", """
HĐND TỈNH HÀ TĨNH - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Hoạt động giám sát > Ban Văn hóa - Xã hội
Thứ Sáu, 18/08/2017 - 10:45
Toàn cảnh buổi giám sát tại xã Hương Trà.
Giám sát việc thực hiện chính sách đối với người cao tuổi tại Hương Khê
Theo chương trình giám sát chuyên đề năm 2017, ngày 17/8/2017, Đoàn giám sát Ban Văn hóa - Xã hội HĐND tỉnh Hà Tĩnh do đồng chí Trần Thị Hoài, Trưởng Ban Văn hóa - Xã hội HĐND tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách đối với người cao tuổi tại huyện Hương Khê. Tham gia đoàn có các đồng chí Nguyễn Văn Hòa, Phan Thị Ngân - Ủy viên Ban Văn hóa - Xã hội HĐND tỉnh.
Cuộc giám sát nhằm đánh giá việc triển khai Nghị quyết số 45/NQ-HĐND ngày 15/12/2016 của HĐND tỉnh về chương trình giám sát năm 2017 và Quyết định số 2215/QĐ-UBND ngày 8/8/2016 của UBND tỉnh về mức quà mừng thọ, chúc thọ người cao tuổi. Trước khi làm việc với huyện, đoàn đã khảo sát thực tế tại xã Hương Trà và xã Phúc Đồng.
Theo báo cáo của UBND huyện, toàn huyện có 14.200 người cao tuổi, chiếm 13,4% dân số; 2.486 người hưởng trợ cấp xã hội hằng tháng với mức 270.000 đồng/người/tháng; từ đầu năm đã chi trả 7,9 tỷ đồng. 100% người cao tuổi thuộc diện chính sách được cấp thẻ bảo hiểm y tế; các trạm y tế khám sức khỏe định kỳ cho 6.350 lượt người cao tuổi, đạt 44,7%. Dịp Tết Nguyên đán, huyện tổ chức mừng thọ cho 1.935 cụ ở các độ tuổi 70, 75, 80, 85, 90 và từ 100 tuổi trở lên.
Phó Chủ tịch UBND huyện Hương Khê Đặng Quốc Việt thừa nhận việc rà soát đối tượng còn chậm: qua kiểm tra có 18 trường hợp đủ điều kiện nhưng chưa được lập hồ sơ hưởng trợ cấp, 6 trường hợp hưởng sai chế độ đã bị thu hồi hơn 21 triệu đồng. Ông Lê Văn Lựu, Chủ tịch Hội Người cao tuổi xã Hương Trà, kiến nghị tăng kinh phí hoạt động cho các câu lạc bộ dưỡng sinh vì hiện mỗi câu lạc bộ chỉ được hỗ trợ 2 triệu đồng/năm.
Kết luận buổi giám sát, đồng chí Trần Thị Hoài đề nghị huyện khẩn trương giải quyết dứt điểm 18 hồ sơ tồn đọng trước ngày 30/9; chỉ đạo các trạm y tế lập sổ theo dõi sức khỏe cho người cao tuổi, phấn đấu đến cuối năm có ít nhất 60% người cao tuổi được khám định kỳ; quan tâm xây dựng câu lạc bộ liên thế hệ tự giúp nhau ở các xã vùng lũ. Kết quả giám sát sẽ được tổng hợp báo cáo tại kỳ họp thứ 5 HĐND tỉnh khóa XVII.
Cùng ngày, đoàn đã tặng 10 suất quà cho người cao tuổi cô đơn ở xã Phúc Đồng, mỗi suất 500.000 đồng.
Trần Thảo
Tin khác
- Giám sát công tác chăm sóc người cao tuổi tại thị xã Hồng Lĩnh (10/08/2017)
- Ban Văn hóa - Xã hội HĐND tỉnh thẩm tra tờ trình về chính sách bảo trợ xã hội (25/07/2017)
- Kỳ họp thứ 4 HĐND tỉnh khóa XVII bế mạc (20/07/2017)
- Khảo sát việc thực hiện chính sách bảo hiểm y tế học sinh (14/06/2017)
""", "2017-08-18", "Giám sát việc thực hiện chính sách đối với người cao tuổi tại Hương Khê",
E("giam_sat", "2017", "2017-08-17"),
[P("Trần Thị Hoài", "Trưởng Ban Văn hóa - Xã hội HĐND tỉnh"),
 P("Nguyễn Văn Hòa", "Ủy viên Ban Văn hóa - Xã hội HĐND tỉnh"),
 P("Phan Thị Ngân", "Ủy viên Ban Văn hóa - Xã hội HĐND tỉnh"),
 P("Đặng Quốc Việt", "Phó Chủ tịch UBND huyện Hương Khê"),
 P("Lê Văn Lựu", "Chủ tịch Hội Người cao tuổi xã Hương Trà")],
[Q("14.200 người cao tuổi", 14200, "người cao tuổi"), Q("13,4%", 13.4, "%"), Q("2.486 người", 2486, "người"),
 Q("270.000 đồng/người/tháng", 270000, "đồng"), Q("7,9 tỷ đồng", 7900000000, "đồng"), Q("100% người cao tuổi", 100, "%"),
 Q("6.350 lượt người cao tuổi", 6350, "lượt người cao tuổi"), Q("44,7%", 44.7, "%"), Q("1.935 cụ", 1935, "cụ"),
 Q("18 trường hợp", 18, "trường hợp"), Q("6 trường hợp", 6, "trường hợp"), Q("hơn 21 triệu đồng", 21000000, "đồng", "over"),
 Q("2 triệu đồng/năm", 2000000, "đồng"), Q("18 hồ sơ tồn đọng", 18, "hồ sơ tồn đọng"), Q("ít nhất 60%", 60, "%", "over"),
 Q("10 suất quà", 10, "suất quà"), Q("500.000 đồng", 500000, "đồng")],
[D("Nghị quyết", "45", "NQ-HĐND", "2016-12-15", "HĐND tỉnh", "Nghị quyết số 45/NQ-HĐND ngày 15/12/2016"),
 D("Quyết định", "2215", "QĐ-UBND", "2016-08-08", "UBND tỉnh", "Quyết định số 2215/QĐ-UBND ngày 8/8/2016")],
[prov("Hà Tĩnh"), com("Hương Trà"), com("Phúc Đồng")],
["HĐND TỈNH HÀ TĨNH - CỔNG THÔNG TIN ĐIỆN TỬ", "Trang chủ > Hoạt động giám sát > Ban Văn hóa - Xã hội",
 "Toàn cảnh buổi giám sát tại xã Hương Trà."],
["Thứ Sáu, 18/08/2017 - 10:45", "năm 2017", "70, 75, 80, 85, 90 và từ 100 tuổi trở lên", "kỳ họp thứ 5", "khóa XVII"]))

PAGES.append(page("b8220-gialai-bdv-chuctho-2018", """
BAN DÂN VẬN TỈNH ỦY GIA LAI
Bạn đang ở: Trang chủ / Tin tức / Dân vận với đồng bào dân tộc
Cập nhật lúc 08:30 ngày 05/10/2018
Thăm, chúc thọ và tặng quà 40 cụ cao tuổi tiêu biểu người Jrai
Nhân kỷ niệm Ngày Quốc tế Người cao tuổi, ngày 4/10/2018, Ban Dân vận Tỉnh ủy phối hợp với Hội Người cao tuổi tỉnh tổ chức đoàn thăm, chúc thọ và tặng quà 40 cụ cao tuổi tiêu biểu là đồng bào Jrai ở xã Ia Phang và xã Ia Dreng, huyện Chư Pưh, tỉnh Gia Lai. Đoàn do đồng chí Ksor Yul, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy làm trưởng đoàn.
Đồng chí Ksor Yul chúc thọ cụ Siu Blêh ở làng Bòng Phun.
Mỗi cụ được tặng một suất quà gồm chăn ấm, sữa và 500.000 đồng tiền mặt; tổng trị giá 40 suất quà là 32 triệu đồng, do Ban Dân vận Tỉnh ủy vận động các doanh nghiệp trên địa bàn tài trợ. Các cụ được chọn là người cao tuổi có nhiều đóng góp trong giữ gìn an ninh trật tự, vận động con cháu không nghe theo kẻ xấu, không tham gia "Tin lành Đê Ga".
Cụ Siu Blêh, năm nay 95 tuổi, là cụ cao tuổi nhất làng Bòng Phun. Dù mắt đã mờ, cụ vẫn nhắc con cháu giữ đất, giữ rừng, làm ăn chăm chỉ. Già làng Rơ Lan Hlim, người có uy tín làng Ia Ring, cho biết: "Cán bộ về tận làng thăm người già, bà con vui lắm. Mình sẽ nói con cháu nghe theo Đảng, làm theo pháp luật".
Theo bà Rơ Châm H'Nhí, Chủ tịch Hội Người cao tuổi xã Ia Phang, xã có 386 người cao tuổi, trong đó hơn 70% là người Jrai; 2 câu lạc bộ dưỡng sinh của xã duy trì sinh hoạt vào chiều thứ bảy hằng tuần. Năm qua, Trạm Y tế xã đã khám sức khỏe cho 214 lượt người cao tuổi, phát hiện 37 cụ tăng huyết áp và đưa vào quản lý.
Ông Nguyễn Đình Luận, Phó Chủ tịch Hội Người cao tuổi tỉnh, thông tin: toàn tỉnh có hơn 98.000 người cao tuổi, khoảng 43% là đồng bào dân tộc thiểu số. Thực hiện Chỉ thị 15, 16-CT/TU của Ban Thường vụ Tỉnh ủy về phát huy vai trò người cao tuổi và người có uy tín trong vùng đồng bào dân tộc thiểu số, các cấp hội đã phối hợp với Ban Dân vận các huyện xây dựng 124 mô hình "Người cao tuổi gương mẫu" ở làng, tổ dân phố.
Dịp này, đoàn còn trao 5 chiếc xe lăn cho người cao tuổi khuyết tật và 20 bộ dụng cụ đo huyết áp cho các chi hội người cao tuổi. Đồng chí Ksor Yul đề nghị cấp ủy, chính quyền xã thực hiện tốt Hướng dẫn số 12-HD/BDVTU của Ban Dân vận Tỉnh ủy về công tác dân vận đối với người cao tuổi.
Đinh Yến
Các tin khác
- Ban Dân vận Tỉnh ủy làm việc với Huyện ủy Ia Grai (26/09/2018)
- Tập huấn nghiệp vụ cho cán bộ dân vận cơ sở (12/09/2018)
- Đak Đoa: gặp mặt người có uy tín năm 2018 (28/08/2018)
- Ra mắt 3 mô hình "Dân vận khéo" ở Chư Sê (15/08/2018)
""", "2018-10-05", "Thăm, chúc thọ và tặng quà 40 cụ cao tuổi tiêu biểu người Jrai",
E("trao_qua", None, "2018-10-04"),
[P("Ksor Yul", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Siu Blêh"),
 P("Rơ Lan Hlim", "Già làng", "người có uy tín làng Ia Ring"),
 P("Rơ Châm H'Nhí", "Chủ tịch Hội Người cao tuổi xã Ia Phang"),
 P("Nguyễn Đình Luận", "Phó Chủ tịch Hội Người cao tuổi tỉnh")],
[Q("40 cụ", 40, "cụ"), Q("500.000 đồng", 500000, "đồng"), Q("40 suất quà", 40, "suất quà"),
 Q("32 triệu đồng", 32000000, "đồng"), Q("386 người cao tuổi", 386, "người cao tuổi"), Q("hơn 70%", 70, "%", "over"),
 Q("2 câu lạc bộ dưỡng sinh", 2, "câu lạc bộ dưỡng sinh"), Q("214 lượt người cao tuổi", 214, "lượt người cao tuổi"),
 Q("37 cụ", 37, "cụ"), Q("hơn 98.000 người cao tuổi", 98000, "người cao tuổi", "over"), Q("khoảng 43%", 43, "%", "approx"),
 Q("124 mô hình", 124, "mô hình"), Q("5 chiếc xe lăn", 5, "chiếc xe lăn"),
 Q("20 bộ dụng cụ đo huyết áp", 20, "bộ dụng cụ đo huyết áp")],
[D("Chỉ thị", "15", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 15, 16-CT/TU"),
 D("Chỉ thị", "16", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 15, 16-CT/TU"),
 D("Hướng dẫn", "12", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 12-HD/BDVTU")],
[prov("Gia Lai"), com("Ia Phang"), com("Ia Dreng")],
["BAN DÂN VẬN TỈNH ỦY GIA LAI", "Bạn đang ở: Trang chủ / Tin tức / Dân vận với đồng bào dân tộc",
 "Đồng chí Ksor Yul chúc thọ cụ Siu Blêh ở làng Bòng Phun.", "Tin lành Đê Ga", "Người cao tuổi gương mẫu",
 "Ngày Quốc tế Người cao tuổi"],
["Cập nhật lúc 08:30 ngày 05/10/2018", "95 tuổi", "một suất quà", "Năm qua"]))

PAGES.append(page("b8221-bentre-nct-giaoban-2019", """
Báo Đồng Khởi Online
Xã hội - Đoàn thể :: Người cao tuổi
11/10/2019 - 14:05
Hội Người cao tuổi tỉnh: tập trung chăm lo Tết cho hội viên khó khăn
Chiều 10/10/2019, Thường trực Hội Người cao tuổi tỉnh Bến Tre tổ chức giao ban công tác Hội quý III năm 2019 với lãnh đạo hội người cao tuổi 9 huyện, thành phố. Ông Võ Văn Tám, Chủ tịch Hội Người cao tuổi tỉnh chủ trì.
Quang cảnh buổi giao ban.
Quý III, các cấp hội tập trung tổ chức các hoạt động hưởng ứng Tháng hành động vì người cao tuổi Việt Nam. Toàn tỉnh mừng thọ cho 3.214 cụ, trong đó 97 cụ tròn 100 tuổi; tổ chức khám, cấp thuốc miễn phí cho 4.560 lượt người cao tuổi với tổng trị giá khoảng 456 triệu đồng. Phối hợp với Bảo hiểm xã hội tỉnh vận động 1.120 người cao tuổi tham gia bảo hiểm y tế hộ gia đình.
Thực hiện Quyết định số 1633/QĐ-TTg ngày 2/8/2016 của Thủ tướng Chính phủ phê duyệt Đề án nhân rộng mô hình câu lạc bộ liên thế hệ tự giúp nhau, đến nay toàn tỉnh có 58 câu lạc bộ với 3.480 thành viên; quỹ hoạt động của các câu lạc bộ đạt 2,35 tỷ đồng. Riêng quý III đã thành lập mới 6 câu lạc bộ tại các huyện Mỏ Cày Nam, Chợ Lách, Giồng Trôm.
Bà Huỳnh Thị Năm, Phó Chủ tịch Thường trực Hội Người cao tuổi tỉnh, cho biết theo Công văn số 112/HNCT-VP của Thường trực Hội, các huyện phải hoàn thành rà soát danh sách người cao tuổi cô đơn, có hoàn cảnh khó khăn trước ngày 15/11 để chuẩn bị quà Tết Canh Tý. Dự kiến Hội vận động khoảng 2.500 phần quà, mỗi phần trị giá từ 300.000 đồng trở lên.
Tại buổi giao ban, ông Nguyễn Văn Út, Chủ tịch Hội Người cao tuổi huyện Mỏ Cày Nam, đề xuất kéo dài thời gian sinh hoạt của câu lạc bộ dưỡng sinh xã An Định vào buổi chiều vì nhiều cụ còn đi làm vườn buổi sáng. Bà Lê Thị Mười, Chủ nhiệm Câu lạc bộ liên thế hệ tự giúp nhau xã Tân Thành Bình, chia sẻ câu lạc bộ đã hỗ trợ 14 thành viên vay vốn nuôi dê, mỗi người 5 triệu đồng, không lấy lãi.
Kết luận buổi giao ban, ông Võ Văn Tám yêu cầu quý IV các cấp hội hoàn thành 100% chỉ tiêu năm; chuẩn bị tổng kết 10 năm thực hiện Luật Người cao tuổi và sơ kết 3 năm thực hiện Đề án nhân rộng câu lạc bộ liên thế hệ; đăng ký thi đua "Tuổi cao - gương sáng" năm 2020.
Thanh Đồng
Tin cùng chuyên mục
- Ba Tri: mừng thọ người cao tuổi năm 2019 (02/10/2019)
- Ra mắt câu lạc bộ liên thế hệ tự giúp nhau xã Phú Lễ (20/09/2019)
- Khám mắt miễn phí cho 300 người cao tuổi Thạnh Phú (05/09/2019)
- Hội Người cao tuổi tỉnh giao ban quý II năm 2019 (11/07/2019)
- Châu Thành: tặng 200 thẻ bảo hiểm y tế cho người cao tuổi nghèo (26/06/2019)
- Giồng Trôm ra mắt câu lạc bộ dưỡng sinh ấp Phước Thới (14/06/2019)
""", "2019-10-11", "Hội Người cao tuổi tỉnh: tập trung chăm lo Tết cho hội viên khó khăn",
E("giao_ban", "2019-Q3", "2019-10-10"),
[P("Võ Văn Tám", "Chủ tịch Hội Người cao tuổi tỉnh"),
 P("Huỳnh Thị Năm", "Phó Chủ tịch Thường trực Hội Người cao tuổi tỉnh"),
 P("Nguyễn Văn Út", "Chủ tịch Hội Người cao tuổi huyện Mỏ Cày Nam"),
 P("Lê Thị Mười", "Chủ nhiệm Câu lạc bộ liên thế hệ tự giúp nhau xã Tân Thành Bình")],
[Q("9 huyện, thành phố", 9, "huyện, thành phố"), Q("3.214 cụ", 3214, "cụ"), Q("97 cụ", 97, "cụ"),
 Q("4.560 lượt người cao tuổi", 4560, "lượt người cao tuổi"), Q("khoảng 456 triệu đồng", 456000000, "đồng", "approx"),
 Q("1.120 người cao tuổi", 1120, "người cao tuổi"), Q("58 câu lạc bộ", 58, "câu lạc bộ"), Q("3.480 thành viên", 3480, "thành viên"),
 Q("2,35 tỷ đồng", 2350000000, "đồng"), Q("6 câu lạc bộ", 6, "câu lạc bộ"),
 Q("khoảng 2.500 phần quà", 2500, "phần quà", "approx"), Q("từ 300.000 đồng trở lên", 300000, "đồng", "over"),
 Q("14 thành viên", 14, "thành viên"), Q("5 triệu đồng", 5000000, "đồng"), Q("100% chỉ tiêu năm", 100, "%")],
[D("Quyết định", "1633", "QĐ-TTg", "2016-08-02", "Thủ tướng Chính phủ", "Quyết định số 1633/QĐ-TTg ngày 2/8/2016"),
 D("Công văn", "112", "HNCT-VP", None, "Thường trực Hội", "Công văn số 112/HNCT-VP")],
[prov("Bến Tre"), com("An Định"), com("Tân Thành Bình")],
["Báo Đồng Khởi Online", "Xã hội - Đoàn thể :: Người cao tuổi", "Quang cảnh buổi giao ban.",
 "Tháng hành động vì người cao tuổi Việt Nam", "Tuổi cao - gương sáng", "Luật Người cao tuổi"],
["11/10/2019 - 14:05", "quý III năm 2019", "100 tuổi", "quý IV", "10 năm", "3 năm", "năm 2020"]))

PAGES.append(page("b8222-hanoi-nct-bieuduong-2020", """
HỘI NGƯỜI CAO TUỔI THÀNH PHỐ HÀ NỘI
Trang chủ › Tin hoạt động › Phong trào "Tuổi cao - gương sáng"
Thứ Sáu, 16/10/2020 - 10:05
Ảnh: Đại biểu tặng hoa các cụ được biểu dương.
Biểu dương 250 người cao tuổi làm kinh tế giỏi
Sáng 15/10, Hội Người cao tuổi thành phố Hà Nội tổ chức Hội nghị biểu dương người cao tuổi làm kinh tế giỏi năm 2020. Hội nghị được tổ chức trực tiếp tại Hội trường Ủy ban MTTQ Việt Nam thành phố, kết nối trực tuyến tới 30 điểm cầu quận, huyện, thị xã để bảo đảm phòng, chống dịch Covid-19.
Dự hội nghị có bà Nguyễn Thị Thúy, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố; ông Nguyễn Văn Lợi - Chủ tịch Hội Người cao tuổi thành phố; đại diện Sở Lao động - Thương binh và Xã hội, Sở Y tế.
Theo báo cáo, thực hiện Kế hoạch số 198/KH-UBND ngày 4/9/2020 của UBND thành phố về phát huy vai trò người cao tuổi, toàn thành phố hiện có trên 1,1 triệu người cao tuổi, trong đó hơn 47.000 cụ còn trực tiếp sản xuất, kinh doanh. Có 12 doanh nghiệp do người cao tuổi làm chủ, tạo việc làm cho khoảng 3.600 lao động; nhiều cụ có thu nhập từ 500 triệu đồng đến hơn 2 tỷ đồng/năm. Năm 2020, các cấp hội vận động người cao tuổi đóng góp trên 8,5 tỷ đồng cho quỹ phòng, chống dịch và hỗ trợ người nghèo.
Trong số 250 cụ được biểu dương, cụ Phùng Văn Sự, 86 tuổi, ở xã Tích Giang, huyện Phúc Thọ là người cao tuổi nhất. Cụ xây dựng trang trại nuôi cá, trồng bưởi trên diện tích 4,5 ha, mỗi năm thu lãi khoảng 700 triệu đồng. Bà Trịnh Thị Gấm, 72 tuổi, Chi hội trưởng Chi hội Người cao tuổi thôn Đông Dư Thượng, xã Đông Dư, giữ nghề trồng hoa, hỗ trợ 15 hộ cao tuổi cây giống và kỹ thuật chăm sóc.
Phát biểu tại hội nghị, ông Nguyễn Văn Lợi cho biết sức khỏe vẫn là mối quan tâm hàng đầu. Năm 2020, dù dịch bệnh, các cấp hội vẫn phối hợp ngành y tế khám sức khỏe định kỳ cho hơn 612.000 lượt người cao tuổi, đạt khoảng 56%; duy trì 2.740 câu lạc bộ dưỡng sinh, thể dục thể thao. Ông đề nghị các cụ làm kinh tế giỏi tiếp tục giúp đỡ người cao tuổi có hoàn cảnh khó khăn, tham gia câu lạc bộ liên thế hệ tự giúp nhau.
Bà Nguyễn Thị Thúy đánh giá cao tinh thần "tuổi cao, chí càng cao" của người cao tuổi Thủ đô và đề nghị Hội gắn phong trào với Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".
Mỗi cụ được biểu dương nhận giấy khen của Hội Người cao tuổi thành phố và 1 triệu đồng tiền thưởng.
Minh Phương
Tin liên quan
- Hà Đông: mừng thọ 1.100 cụ cao tuổi (01/10/2020)
- Tạm dừng sinh hoạt câu lạc bộ dưỡng sinh để phòng dịch (28/07/2020)
- Hội Người cao tuổi thành phố sơ kết 6 tháng đầu năm 2020 (10/07/2020)
""", "2020-10-16", "Biểu dương 250 người cao tuổi làm kinh tế giỏi",
E("hoi_nghi", "2020", "2020-10-15"),
[P("Nguyễn Thị Thúy", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Nguyễn Văn Lợi", "Chủ tịch Hội Người cao tuổi thành phố"),
 P("Phùng Văn Sự"),
 P("Trịnh Thị Gấm", "Chi hội trưởng Chi hội Người cao tuổi thôn Đông Dư Thượng")],
[Q("250 người cao tuổi", 250, "người cao tuổi"), Q("30 điểm cầu quận, huyện, thị xã", 30, "điểm cầu quận, huyện, thị xã"),
 Q("trên 1,1 triệu người cao tuổi", 1100000, "người cao tuổi", "over"), Q("hơn 47.000 cụ", 47000, "cụ", "over"),
 Q("12 doanh nghiệp", 12, "doanh nghiệp"), Q("khoảng 3.600 lao động", 3600, "lao động", "approx"),
 Q("từ 500 triệu đồng", 500000000, "đồng"), Q("hơn 2 tỷ đồng/năm", 2000000000, "đồng", "over"),
 Q("trên 8,5 tỷ đồng", 8500000000, "đồng", "over"), Q("4,5 ha", 4.5, "ha"),
 Q("khoảng 700 triệu đồng", 700000000, "đồng", "approx"), Q("15 hộ cao tuổi", 15, "hộ cao tuổi"),
 Q("hơn 612.000 lượt người cao tuổi", 612000, "lượt người cao tuổi", "over"), Q("khoảng 56%", 56, "%", "approx"),
 Q("2.740 câu lạc bộ dưỡng sinh, thể dục thể thao", 2740, "câu lạc bộ dưỡng sinh, thể dục thể thao"),
 Q("1 triệu đồng", 1000000, "đồng")],
[D("Kế hoạch", "198", "KH-UBND", "2020-09-04", "UBND thành phố", "Kế hoạch số 198/KH-UBND ngày 4/9/2020")],
[prov("Hà Nội"), com("Tích Giang"), com("Đông Dư")],
["HỘI NGƯỜI CAO TUỔI THÀNH PHỐ HÀ NỘI", "Trang chủ › Tin hoạt động › Phong trào \"Tuổi cao - gương sáng\"",
 "Ảnh: Đại biểu tặng hoa các cụ được biểu dương.", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
 "Hội trường Ủy ban MTTQ Việt Nam thành phố", "tuổi cao, chí càng cao"],
["Thứ Sáu, 16/10/2020 - 10:05", "năm 2020", "86 tuổi", "72 tuổi", "Covid-19"]))

PAGES.append(page("b8223-caobang-syt-baocao-2020", """
CAO BẰNG ĐIỆN TỬ
Xã hội | Y tế - Sức khỏe
21/12/2020 07:45
Năm 2020, 78% người cao tuổi được khám sức khỏe định kỳ
Ngày 18/12/2020, Sở Y tế ban hành Báo cáo số 412/BC-SYT gửi UBND tỉnh về kết quả thực hiện Chương trình chăm sóc sức khỏe người cao tuổi năm 2020. Theo báo cáo, dù chịu ảnh hưởng của dịch Covid-19, 78% người cao tuổi toàn tỉnh đã được khám sức khỏe định kỳ ít nhất 1 lần trong năm, vượt 8% so với kế hoạch.
Nhân viên y tế xã Quang Trung đo huyết áp cho người cao tuổi. Ảnh: Nông Hằng
Toàn tỉnh Cao Bằng hiện có 61.540 người từ 60 tuổi trở lên, chiếm khoảng 11,5% dân số, phần lớn là đồng bào Tày, Nùng, Mông, Dao. Năm 2020, ngành y tế đã lập hồ sơ theo dõi sức khỏe cho 52.300 người cao tuổi; 199 trạm y tế xã, phường, thị trấn tổ chức khám định kỳ; 12 cơ sở y tế tuyến huyện thành lập phòng khám lão khoa hoặc bố trí giường bệnh lão khoa. 100% người cao tuổi thuộc hộ nghèo, cận nghèo được cấp thẻ bảo hiểm y tế.
Báo cáo cũng nêu kết quả phối hợp với Hội Người cao tuổi tỉnh theo Quy chế phối hợp số 03/QCPH-SYT-HNCT: tổ chức 26 đợt khám, cấp thuốc miễn phí ở các xã biên giới cho khoảng 5.800 lượt người, mổ mắt miễn phí cho 243 cụ. Kinh phí thực hiện chương trình năm 2020 là 3,16 tỷ đồng, trong đó ngân sách tỉnh 2,4 tỷ đồng, còn lại huy động xã hội hóa.
Theo bà Nông Thị Hoa, Phó Giám đốc Sở Y tế, khó khăn lớn nhất là địa bàn rộng, đường sá xa, nhiều cụ người Mông ở vùng cao không xuống được trạm y tế. Một số trạm chỉ có 3 đến 4 cán bộ, chưa có bác sĩ chuyên khoa lão. Ông Lục Văn Kiềm, Chủ tịch Hội Người cao tuổi tỉnh, đề nghị bố trí ít nhất 1 nhân viên y tế thôn bản theo dõi người cao tuổi neo đơn.
Tại xã Quang Trung, bà Đàm Thị Mây, Trưởng Trạm Y tế xã, cho biết trạm quản lý 486 người cao tuổi, trong đó 91 cụ mắc bệnh tăng huyết áp được cấp thuốc hằng tháng. Câu lạc bộ dưỡng sinh xóm Nà Bản do ông Hoàng Văn Thạch, nguyên Bí thư Đảng ủy xã, làm chủ nhiệm đã duy trì sinh hoạt với 35 hội viên.
Năm 2021, Sở Y tế đề ra mục tiêu 80% người cao tuổi được khám sức khỏe định kỳ, 95% được lập hồ sơ theo dõi sức khỏe, thực hiện theo Kế hoạch số 2786/KH-UBND ngày 9/11/2020 của UBND tỉnh về chăm sóc sức khỏe người cao tuổi giai đoạn 2021 - 2025.
Nông Hằng
Tin liên quan
- Hà Quảng: mừng thọ người cao tuổi năm 2020 (05/10/2020)
- Khám mắt miễn phí cho người cao tuổi huyện Bảo Lạc (18/09/2020)
- Hội Người cao tuổi tỉnh sơ kết 6 tháng đầu năm 2020 (14/07/2020)
- Tiêm vắc xin cúm cho người cao tuổi tại Trùng Khánh (02/06/2020)
- Nguyên Bình: ra mắt câu lạc bộ liên thế hệ tự giúp nhau xóm Nà Mần (20/05/2020)
""", "2020-12-21", "Năm 2020, 78% người cao tuổi được khám sức khỏe định kỳ",
E("bao_cao", "2020", "2020-12-18"),
[P("Nông Thị Hoa", "Phó Giám đốc Sở Y tế"),
 P("Lục Văn Kiềm", "Chủ tịch Hội Người cao tuổi tỉnh"),
 P("Đàm Thị Mây", "Trưởng Trạm Y tế xã"),
 P("Hoàng Văn Thạch", "nguyên Bí thư Đảng ủy xã")],
[Q("78%", 78, "%"), Q("8%", 8, "%"), Q("61.540 người", 61540, "người"), Q("khoảng 11,5%", 11.5, "%", "approx"),
 Q("52.300 người cao tuổi", 52300, "người cao tuổi"), Q("199 trạm y tế xã, phường, thị trấn", 199, "trạm y tế xã, phường, thị trấn"),
 Q("12 cơ sở y tế tuyến huyện", 12, "cơ sở y tế tuyến huyện"), Q("100% người cao tuổi", 100, "%"),
 Q("26 đợt khám", 26, "đợt khám"), Q("khoảng 5.800 lượt người", 5800, "lượt người", "approx"), Q("243 cụ", 243, "cụ"),
 Q("3,16 tỷ đồng", 3160000000, "đồng"), Q("2,4 tỷ đồng", 2400000000, "đồng"),
 Q("3 đến 4 cán bộ", 3, "cán bộ"), Q("3 đến 4 cán bộ", 4, "cán bộ"),
 Q("486 người cao tuổi", 486, "người cao tuổi"), Q("91 cụ", 91, "cụ"), Q("35 hội viên", 35, "hội viên"),
 Q("80%", 80, "%"), Q("95%", 95, "%")],
[D("Báo cáo", "412", "BC-SYT", "2020-12-18", "Sở Y tế", "Báo cáo số 412/BC-SYT"),
 D("Quy chế phối hợp", "03", "QCPH-SYT-HNCT", None, None, "Quy chế phối hợp số 03/QCPH-SYT-HNCT"),
 D("Kế hoạch", "2786", "KH-UBND", "2020-11-09", "UBND tỉnh", "Kế hoạch số 2786/KH-UBND ngày 9/11/2020")],
[prov("Cao Bằng"), com("Quang Trung")],
["CAO BẰNG ĐIỆN TỬ", "Xã hội | Y tế - Sức khỏe", "Nhân viên y tế xã Quang Trung đo huyết áp cho người cao tuổi. Ảnh: Nông Hằng",
 "Chương trình chăm sóc sức khỏe người cao tuổi"],
["21/12/2020 07:45", "ít nhất 1 lần", "60 tuổi trở lên", "ít nhất 1 nhân viên y tế thôn bản", "Năm 2021", "2021 - 2025", "Covid-19"]))

PAGES.append(page("b8224-cantho-phuong-doithoai-2021", """
CỔNG THÔNG TIN ĐIỆN TỬ QUẬN NINH KIỀU
Tin tức - Sự kiện / Tin phường
14/05/2021 | 09:15
Phường An Khánh đối thoại với người cao tuổi
Ngày 13/5/2021, Đảng ủy, UBND phường An Khánh (quận Ninh Kiều, thành phố Cần Thơ) phối hợp với Ủy ban MTTQ Việt Nam và Hội Người cao tuổi phường tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với người cao tuổi năm 2021. Chủ trì hội nghị có đồng chí Trần Văn Nghĩa, Bí thư Đảng ủy, Chủ tịch HĐND phường và đồng chí Lê Thị Kim Loan, Phó Bí thư Đảng ủy, Chủ tịch UBND phường.
Quang cảnh hội nghị đối thoại.
Hội nghị được tổ chức theo Kế hoạch 31, 32-KH/ĐU của Đảng ủy phường về đối thoại với nhân dân và về chăm sóc, phát huy vai trò người cao tuổi trên địa bàn. Tham dự có 65 người cao tuổi đại diện cho 1.820 người cao tuổi ở 7 khu vực. Để bảo đảm phòng dịch, hội trường được bố trí giãn cách, đại biểu đeo khẩu trang, sát khuẩn tay trước khi vào.
Tại hội nghị, các cụ đã nêu 14 ý kiến, tập trung vào việc khám sức khỏe định kỳ, cấp thẻ bảo hiểm y tế, chi trả trợ cấp xã hội và sân tập dưỡng sinh. Ông Huỳnh Văn Bé, 74 tuổi, ở khu vực 3, phản ánh việc khám sức khỏe định kỳ hằng năm cho người cao tuổi tại Trạm Y tế phường còn chậm, mỗi buổi chỉ khám được khoảng 40 người. Bà Ngô Thị Lành, Tổ trưởng Tổ dân phố 12, đề nghị phường bố trí khu đất trống ven bờ kè làm sân tập dưỡng sinh cho khoảng 80 cụ.
Trả lời các ý kiến, đồng chí Lê Thị Kim Loan cho biết năm 2021 phường sẽ phối hợp Trung tâm Y tế quận tổ chức 2 đợt khám sức khỏe tập trung cho toàn bộ người cao tuổi trên 70 tuổi; hiện 96,5% người cao tuổi của phường đã có thẻ bảo hiểm y tế. Phường đã chi trả trợ cấp xã hội hằng tháng cho 214 người từ đủ 80 tuổi trở lên, với tổng kinh phí hơn 930 triệu đồng mỗi năm. Đối với sân tập, UBND phường sẽ khảo sát, lắp đặt 6 bộ dụng cụ thể dục ngoài trời trong quý III.
Ông Trương Minh Tâm, Chủ tịch Hội Người cao tuổi phường, thông tin Hội đang duy trì 3 câu lạc bộ dưỡng sinh, 1 câu lạc bộ đờn ca tài tử và vừa ra mắt Câu lạc bộ liên thế hệ tự giúp nhau khu vực 5 với 50 thành viên.
Kết luận hội nghị, đồng chí Trần Văn Nghĩa đánh giá 9 ý kiến đã được trả lời trực tiếp, 5 ý kiến còn lại sẽ được UBND phường trả lời bằng văn bản trước ngày 30/6. Đồng chí yêu cầu các ngành, đoàn thể phường nghiêm túc tiếp thu, giải quyết dứt điểm các kiến nghị của người cao tuổi.
Hữu Lộc
Tin khác
- Phường An Khánh ra mắt mô hình "Khu vực tự quản về an ninh trật tự" (28/04/2021)
- Tặng quà người cao tuổi neo đơn dịp Tết Tân Sửu (05/02/2021)
- Hội Người cao tuổi phường tổng kết năm 2020 (22/12/2020)
""", "2021-05-14", "Phường An Khánh đối thoại với người cao tuổi",
E("doi_thoai", "2021", "2021-05-13"),
[P("Trần Văn Nghĩa", "Bí thư Đảng ủy", "Chủ tịch HĐND phường"),
 P("Lê Thị Kim Loan", "Phó Bí thư Đảng ủy", "Chủ tịch UBND phường"),
 P("Huỳnh Văn Bé"),
 P("Ngô Thị Lành", "Tổ trưởng Tổ dân phố 12"),
 P("Trương Minh Tâm", "Chủ tịch Hội Người cao tuổi phường")],
[Q("65 người cao tuổi", 65, "người cao tuổi"), Q("1.820 người cao tuổi", 1820, "người cao tuổi"), Q("7 khu vực", 7, "khu vực"),
 Q("14 ý kiến", 14, "ý kiến"), Q("khoảng 40 người", 40, "người", "approx"), Q("khoảng 80 cụ", 80, "cụ", "approx"),
 Q("2 đợt khám sức khỏe tập trung", 2, "đợt khám sức khỏe tập trung"), Q("96,5%", 96.5, "%"), Q("214 người", 214, "người"),
 Q("hơn 930 triệu đồng", 930000000, "đồng", "over"), Q("6 bộ dụng cụ thể dục ngoài trời", 6, "bộ dụng cụ thể dục ngoài trời"),
 Q("3 câu lạc bộ dưỡng sinh", 3, "câu lạc bộ dưỡng sinh"), Q("50 thành viên", 50, "thành viên"),
 Q("9 ý kiến", 9, "ý kiến"), Q("5 ý kiến", 5, "ý kiến")],
[D("Kế hoạch", "31", "KH/ĐU", None, "Đảng ủy phường", "Kế hoạch 31, 32-KH/ĐU"),
 D("Kế hoạch", "32", "KH/ĐU", None, "Đảng ủy phường", "Kế hoạch 31, 32-KH/ĐU")],
[prov("Cần Thơ"), com("An Khánh")],
["CỔNG THÔNG TIN ĐIỆN TỬ QUẬN NINH KIỀU", "Tin tức - Sự kiện / Tin phường", "Quang cảnh hội nghị đối thoại.",
 "Câu lạc bộ liên thế hệ tự giúp nhau khu vực 5"],
["14/05/2021 | 09:15", "năm 2021", "74 tuổi", "70 tuổi", "đủ 80 tuổi trở lên", "1 câu lạc bộ đờn ca tài tử", "quý III", "khu vực 3"]))
