from lib import *
PAGES = []

PAGES.append(page("b5243-quangtri-mttq-giamsat-2017", """
Báo Quảng Trị điện tử
Chính trị - Xã hội | Mặt trận
Thứ Sáu, 03/11/2017, 07:45
Ủy ban MTTQ tỉnh giám sát công tác quản lý người sau cai nghiện tại Hướng Hóa
Ảnh: Đoàn giám sát làm việc tại xã Tân Long.
Từ ngày 31/10 đến 2/11/2017, đoàn giám sát của Ủy ban MTTQ Việt Nam tỉnh do đồng chí Hồ Thị Thu Hằng, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách cai nghiện ma túy và quản lý sau cai tại huyện Hướng Hóa, theo chương trình giám sát năm 2017.
Tham gia đoàn có các đồng chí Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh: Hồ Văn Ngàn, Lê Thị Thanh Nga; đại diện Sở Lao động - Thương binh và Xã hội, Công an tỉnh, Hội Nông dân tỉnh. Đoàn làm việc với UBND huyện và trực tiếp giám sát tại 3 xã Tân Long, Lao Bảo (thị trấn) và A Dơi.
Theo báo cáo của UBND huyện Hướng Hóa, toàn huyện có 204 người nghiện có hồ sơ quản lý, trong đó 38 người là đồng bào Vân Kiều, Pa Kô. Thực hiện Nghị định số 221/2013/NĐ-CP của Chính phủ và Nghị định 136/2016/NĐ-CP sửa đổi, huyện đã lập hồ sơ đưa 61 người vào cơ sở cai nghiện bắt buộc, 27 người cai tại gia đình và cộng đồng; có 112 người đang điều trị bằng thuốc thay thế Methadone. Kinh phí hỗ trợ cai nghiện năm 2017 là 1,14 tỷ đồng.
Qua giám sát, đoàn ghi nhận huyện đã triển khai Kế hoạch số 1850/KH-UBND ngày 20/4/2017 của UBND tỉnh; các tổ chức đoàn thể nhận đỡ đầu 46 người sau cai. Tuy nhiên, việc lập hồ sơ quản lý sau cai ở xã còn chậm, có 19 trường hợp đi khỏi địa phương không báo cáo; chưa có doanh nghiệp nào nhận người sau cai vào làm việc; tỷ lệ tái nghiện vẫn trên 70%.
Ông Hồ Văn Chăn, Chủ tịch UBND xã A Dơi, cho biết xã có 9 người nghiện, đều là thanh niên người Vân Kiều đi làm thuê bên kia biên giới trở về. Bà Nguyễn Thị Kim Oanh, Chủ tịch Ủy ban MTTQ thị trấn Lao Bảo, đề xuất cho Ban công tác Mặt trận khu phố tham gia hội đồng xét đưa người vào cơ sở cai nghiện.
Kết luận đợt giám sát, đồng chí Hồ Thị Thu Hằng đề nghị UBND huyện chỉ đạo rà soát, cập nhật danh sách người nghiện đến từng thôn, bản; bố trí ít nhất 200 triệu đồng mỗi năm cho công tác sau cai; Mặt trận các cấp tiếp tục thực hiện Kế hoạch liên tịch số 07/KHLT-MTTQ-CA giữa Ủy ban MTTQ tỉnh và Công an tỉnh. Kết quả giám sát sẽ được tổng hợp, kiến nghị với UBND tỉnh trong tháng 12.
Đoàn giám sát cũng lắng nghe ý kiến của 14 người sau cai và thân nhân tại xã Tân Long. Nhiều gia đình mong muốn được vay vốn học nghề, được giới thiệu việc làm ổn định để con em không quay lại con đường cũ.
Thanh Trúc
Tin liên quan
- Hội nghị giao ban công tác Mặt trận quý III (12/10/2017)
- Đakrông: ra mắt 5 khu dân cư không có ma túy (28/9/2017)
- Giám sát thực hiện chính sách đối với người có uy tín (15/9/2017)
""", "2017-11-03", "Ủy ban MTTQ tỉnh giám sát công tác quản lý người sau cai nghiện tại Hướng Hóa",
E("giam_sat", "2017", "2017-10-31"),
[P("Hồ Thị Thu Hằng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hồ Văn Ngàn", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Thị Thanh Nga", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hồ Văn Chăn", "Chủ tịch UBND xã A Dơi"),
 P("Nguyễn Thị Kim Oanh", "Chủ tịch Ủy ban MTTQ thị trấn Lao Bảo")],
[Q("3 xã", 3, "xã"), Q("204 người nghiện", 204, "người nghiện"), Q("38 người", 38, "người"), Q("61 người", 61, "người"),
 Q("27 người", 27, "người"), Q("112 người", 112, "người"), Q("1,14 tỷ đồng", 1140000000, "đồng"),
 Q("46 người sau cai", 46, "người sau cai"), Q("19 trường hợp", 19, "trường hợp"), Q("trên 70%", 70, "%", "over"),
 Q("9 người nghiện", 9, "người nghiện"), Q("ít nhất 200 triệu đồng", 200000000, "đồng", "over"),
 Q("14 người sau cai", 14, "người sau cai")],
[D("Nghị định", "221", "2013/NĐ-CP", None, "Chính phủ", "Nghị định số 221/2013/NĐ-CP"),
 D("Nghị định", "136", "2016/NĐ-CP", None, None, "Nghị định 136/2016/NĐ-CP"),
 D("Kế hoạch", "1850", "KH-UBND", "2017-04-20", "UBND tỉnh", "Kế hoạch số 1850/KH-UBND ngày 20/4/2017"),
 D("Kế hoạch liên tịch", "07", "KHLT-MTTQ-CA", None, None, "Kế hoạch liên tịch số 07/KHLT-MTTQ-CA")],
[prov("Quảng Trị"), com("Tân Long"), com("Lao Bảo"), com("A Dơi")],
["Báo Quảng Trị điện tử", "Chính trị - Xã hội | Mặt trận", "Ảnh: Đoàn giám sát làm việc tại xã Tân Long.", "Methadone"],
["Thứ Sáu, 03/11/2017, 07:45", "năm 2017", "tháng 12", "mỗi năm"]))

PAGES.append(page("b5244-langson-mttq-xa-daihoi-2019", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CAO LỘC - TỈNH LẠNG SƠN
Vị trí: Trang chủ > Tin tức - Sự kiện > Mặt trận, đoàn thể
Cập nhật lúc 15:30 ngày 12/07/2019
Đồng chí Hoàng Văn Nghiệm phát biểu chỉ đạo đại hội.
Đại hội MTTQ xã Thụy Hùng: xây dựng khu dân cư không có ma túy là nhiệm vụ trọng tâm
Ngày 10/7/2019, Ủy ban MTTQ Việt Nam xã Thụy Hùng tổ chức Đại hội đại biểu MTTQ Việt Nam xã lần thứ XI, nhiệm kỳ 2019 - 2024. Dự đại hội có 98 đại biểu đại diện cho gần 4.200 nhân dân các dân tộc Tày, Nùng, Kinh trong xã, một địa bàn giáp biên của tỉnh Lạng Sơn.
Dự và chỉ đạo có đồng chí Hoàng Văn Nghiệm, HUV, Chủ tịch Ủy ban MTTQ Việt Nam huyện Cao Lộc; đồng chí Lộc Thị Hương, Bí thư Đảng ủy xã.
Nhiệm kỳ 2014 - 2019, Mặt trận xã đã phối hợp vận động nhân dân tham gia phòng, chống ma túy, tệ nạn xã hội theo Chỉ thị số 21-CT/TW của Bộ Chính trị và Nghị quyết số 09-NQ/ĐU ngày 05/3/2016 của Đảng ủy xã. Cả 12 thôn đều có tổ an ninh nhân dân; 8 thôn được công nhận "Thôn không có ma túy"; vận động 15 người nghiện đi cai, trong đó 11 người đã ổn định cuộc sống. Tỷ lệ hộ gia đình văn hóa đạt 89,6%; Quỹ "Vì người nghèo" vận động được 186 triệu đồng, làm mới 7 căn nhà Đại đoàn kết.
Đại hội đã hiệp thương cử 35 vị vào Ủy ban MTTQ Việt Nam xã khóa XI. Tại phiên họp thứ nhất, ông Vi Văn Thắng được tín nhiệm giữ chức Chủ tịch Ủy ban MTTQ Việt Nam xã Thụy Hùng khóa XI; các ông, bà Nông Thị Huế, Hoàng Văn Pẻn được hiệp thương làm Phó Chủ tịch Ủy ban MTTQ Việt Nam xã.
Phát biểu chỉ đạo, đồng chí Hoàng Văn Nghiệm đề nghị Mặt trận xã nhiệm kỳ mới lấy việc xây dựng khu dân cư "3 không" (không ma túy, không tội phạm, không tệ nạn xã hội) làm khâu đột phá; phấn đấu đến năm 2024 có 12/12 thôn không có ma túy và ít nhất 90% hộ đạt gia đình văn hóa.
Đại hội cũng thông qua Chương trình hành động số 01-CTr/MTTQ thực hiện Nghị quyết đại hội, với 5 chỉ tiêu chủ yếu, trong đó có chỉ tiêu vận động 100% người nghiện trên địa bàn tham gia cai nghiện.
Tham luận tại đại hội, ông Lăng Văn Sình, Trưởng Ban công tác Mặt trận thôn Nà Mè, chia sẻ kinh nghiệm đưa cam kết không sử dụng ma túy vào hương ước thôn, coi đó là tiêu chí bình xét gia đình văn hóa cuối năm. Bà Hoàng Thị Dịu, Chi hội trưởng Chi hội Phụ nữ thôn Phai Duốc, kể lại việc chi hội nhận đỡ đầu 3 thanh niên sau cai, giúp các em vay vốn nuôi lợn.
Tiến Đạt
TIN CÙNG CHUYÊN MỤC
- Đại hội MTTQ xã Gia Cát nhiệm kỳ 2019 - 2024 (05/7/2019)
- Hội Cựu chiến binh huyện ra quân phòng chống ma túy (26/6/2019)
- Xã Hải Yến đối thoại với nhân dân (18/6/2019)
- Cao Lộc: tập huấn nghiệp vụ công tác Mặt trận cho cán bộ cơ sở (10/6/2019)
""", "2019-07-12", "Đại hội MTTQ xã Thụy Hùng: xây dựng khu dân cư không có ma túy là nhiệm vụ trọng tâm",
E("dai_hoi", None, "2019-07-10"),
[P("Hoàng Văn Nghiệm", "HUV", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Cao Lộc"),
 P("Lộc Thị Hương", "Bí thư Đảng ủy xã"),
 P("Vi Văn Thắng", "Chủ tịch Ủy ban MTTQ Việt Nam xã Thụy Hùng khóa XI"),
 P("Nông Thị Huế", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Hoàng Văn Pẻn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Lăng Văn Sình", "Trưởng Ban công tác Mặt trận thôn Nà Mè"),
 P("Hoàng Thị Dịu", "Chi hội trưởng Chi hội Phụ nữ thôn Phai Duốc")],
[Q("98 đại biểu", 98, "đại biểu"), Q("gần 4.200 nhân dân", 4200, "nhân dân", "approx"), Q("12 thôn", 12, "thôn"),
 Q("8 thôn", 8, "thôn"), Q("15 người nghiện", 15, "người nghiện"), Q("11 người", 11, "người"), Q("89,6%", 89.6, "%"),
 Q("186 triệu đồng", 186000000, "đồng"), Q("7 căn nhà Đại đoàn kết", 7, "căn nhà Đại đoàn kết"), Q("35 vị", 35, "vị"),
 Q("12/12 thôn", 12, "thôn"), Q("ít nhất 90% hộ", 90, "%", "over"), Q("5 chỉ tiêu chủ yếu", 5, "chỉ tiêu chủ yếu"),
 Q("100% người nghiện", 100, "%"), Q("3 thanh niên sau cai", 3, "thanh niên sau cai")],
[D("Chỉ thị", "21", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 21-CT/TW của Bộ Chính trị"),
 D("Nghị quyết", "09", "NQ/ĐU", "2016-03-05", "Đảng ủy xã", "Nghị quyết số 09-NQ/ĐU ngày 05/3/2016"),
 D("Chương trình hành động", "01", "CTr/MTTQ", None, None, "Chương trình hành động số 01-CTr/MTTQ")],
[prov("Lạng Sơn"), com("Thụy Hùng")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CAO LỘC - TỈNH LẠNG SƠN", "Vị trí: Trang chủ > Tin tức - Sự kiện > Mặt trận, đoàn thể",
 "Đồng chí Hoàng Văn Nghiệm phát biểu chỉ đạo đại hội.", "Thôn không có ma túy", "Vì người nghèo", "3 không"],
["Cập nhật lúc 15:30 ngày 12/07/2019", "lần thứ XI", "nhiệm kỳ 2019 - 2024", "Nhiệm kỳ 2014 - 2019", "khóa XI", "3 không", "năm 2024"]))

PAGES.append(page("b5245-hanoi-phuong-tongket-2018", """
Cổng thông tin điện tử phường Phúc Xá - Quận Ba Đình - Thành phố Hà Nội
Trang chủ / Tin tức / Hoạt động Đảng bộ
21/12/2018 - 10:20
Toàn cảnh hội nghị. Ảnh: Phòng Văn hóa
Phường Phúc Xá tổng kết năm 2018 mô hình "Tổ dân phố không có tệ nạn ma túy, mại dâm"
Sáng 19/12, Đảng ủy phường Phúc Xá tổ chức hội nghị tổng kết công tác phòng, chống tệ nạn ma túy, mại dâm năm 2018 và triển khai nhiệm vụ năm 2019. Đồng chí Đỗ Thị Thanh Hà, Quận ủy viên, Bí thư Đảng ủy phường chủ trì. Dự có đồng chí Nguyễn Quang Vinh, Phó Trưởng Ban Dân vận Quận ủy Ba Đình.
Phúc Xá là phường ven sông Hồng, có khu vực bãi giữa nhiều lao động tự do, từng là "điểm nóng" về ma túy của Thủ đô. Thực hiện Chương trình số 08-CTr/TU của Thành ủy Hà Nội và Kế hoạch số 65-KH/QU ngày 10/01/2018 của Ban Thường vụ Quận ủy, năm 2018 phường đã xây dựng mô hình tại 24 tổ dân phố, trong đó 17 tổ được quận công nhận "Tổ dân phố không có tệ nạn ma túy, mại dâm".
Theo báo cáo của đồng chí Trần Minh Đức, Phó Bí thư Đảng ủy, Chủ tịch UBND phường, Công an phường đã phát hiện, xử lý 31 vụ với 47 đối tượng sử dụng trái phép chất ma túy; xóa 2 tụ điểm phức tạp ở bãi giữa; lập hồ sơ đưa 18 người vào cơ sở cai nghiện bắt buộc. Hiện có 73 người đang điều trị Methadone tại cơ sở của quận. Các đoàn thể đã giới thiệu việc làm cho 26 người sau cai, giúp 9 hộ có người nghiện vay tổng cộng 270 triệu đồng.
Bà Phạm Thị Liên, Tổ trưởng tổ dân phố số 8, chia sẻ: tổ có 112 hộ, 5 năm trước có tới 11 người nghiện, nay chỉ còn 2 người đang điều trị Methadone. Ông Lê Văn Sửu, Chủ nhiệm Câu lạc bộ Cựu chiến binh phường, cho biết các hội viên chia nhau "canh" các ngõ ven đê, phát hiện 6 trường hợp tiêm chích báo công an.
Đồng chí Đỗ Thị Thanh Hà yêu cầu năm 2019 phấn đấu có thêm 4 tổ dân phố đạt mô hình, giảm ít nhất 10% số người nghiện; mỗi chi bộ tổ dân phố đưa nội dung phòng chống ma túy vào sinh hoạt hằng tháng theo Hướng dẫn 11-HD/BDVQU của Ban Dân vận Quận ủy. Ủy ban MTTQ phường được giao chủ trì vận động các hộ kinh doanh nhà trọ ký cam kết.
Dịp này, UBND phường khen thưởng 6 tập thể và 14 cá nhân tiêu biểu; mỗi tập thể được thưởng 1 triệu đồng.
Các đại biểu cũng thống nhất, khó khăn lớn nhất hiện nay là số người nghiện ma túy tổng hợp tăng, nhiều người trẻ tuổi, khó phát hiện; người dân ở khu vực bãi giữa thường xuyên thay đổi chỗ ở nên việc quản lý nhân khẩu gặp nhiều khó khăn. Đảng ủy phường giao Ủy ban MTTQ và các đoàn thể tiếp tục bám sát địa bàn, phát huy vai trò của các tổ tự quản.
Bảo Ngọc
Tin liên quan
- Phúc Xá ra mắt mô hình "Ngõ phố văn minh" (05/12/2018)
- Hội nghị đối thoại giữa Chủ tịch UBND phường với nhân dân (20/11/2018)
- Tổng vệ sinh môi trường khu vực bãi giữa (02/11/2018)
""", "2018-12-21", "Phường Phúc Xá tổng kết năm 2018 mô hình \"Tổ dân phố không có tệ nạn ma túy, mại dâm\"",
E("tong_ket", "2018", "2018-12-19"),
[P("Đỗ Thị Thanh Hà", "Quận ủy viên", "Bí thư Đảng ủy phường"),
 P("Nguyễn Quang Vinh", "Phó Trưởng Ban Dân vận Quận ủy Ba Đình"),
 P("Trần Minh Đức", "Phó Bí thư Đảng ủy", "Chủ tịch UBND phường"),
 P("Phạm Thị Liên", "Tổ trưởng tổ dân phố số 8"),
 P("Lê Văn Sửu", "Chủ nhiệm Câu lạc bộ Cựu chiến binh phường")],
[Q("24 tổ dân phố", 24, "tổ dân phố"), Q("17 tổ", 17, "tổ"), Q("31 vụ", 31, "vụ"), Q("47 đối tượng", 47, "đối tượng"),
 Q("2 tụ điểm phức tạp", 2, "tụ điểm phức tạp"), Q("18 người", 18, "người"), Q("73 người", 73, "người"),
 Q("26 người sau cai", 26, "người sau cai"), Q("9 hộ", 9, "hộ"), Q("270 triệu đồng", 270000000, "đồng"),
 Q("112 hộ", 112, "hộ"), Q("11 người nghiện", 11, "người nghiện"), Q("2 người", 2, "người"),
 Q("6 trường hợp", 6, "trường hợp"), Q("4 tổ dân phố", 4, "tổ dân phố"), Q("ít nhất 10%", 10, "%", "over"),
 Q("6 tập thể", 6, "tập thể"), Q("14 cá nhân tiêu biểu", 14, "cá nhân tiêu biểu"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Chương trình", "08", "CTr/TU", None, "Thành ủy Hà Nội", "Chương trình số 08-CTr/TU"),
 D("Kế hoạch", "65", "KH/QU", "2018-01-10", "Ban Thường vụ Quận ủy", "Kế hoạch số 65-KH/QU ngày 10/01/2018"),
 D("Hướng dẫn", "11", "HD/BDVQU", None, "Ban Dân vận Quận ủy", "Hướng dẫn 11-HD/BDVQU")],
[prov("Hà Nội"), com("Phúc Xá")],
["Cổng thông tin điện tử phường Phúc Xá - Quận Ba Đình - Thành phố Hà Nội", "Trang chủ / Tin tức / Hoạt động Đảng bộ",
 "Toàn cảnh hội nghị. Ảnh: Phòng Văn hóa", "Tổ dân phố không có tệ nạn ma túy, mại dâm", "Ngõ phố văn minh", "Methadone"],
["21/12/2018 - 10:20", "năm 2018", "năm 2019", "5 năm", "tổ dân phố số 8"]))

PAGES.append(page("b5246-daklak-bdv-baocao-2019", """
BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK
Trang chủ | Nghiên cứu - Trao đổi | Báo cáo chuyên đề
29.11.2019 | 08:40
Kết quả công tác vận động đồng bào dân tộc thiểu số phòng, chống ma túy năm 2019
Ban Dân vận Tỉnh ủy Đắk Lắk vừa có Báo cáo số 214-BC/BDVTU ngày 25/11/2019 gửi Ban Thường vụ Tỉnh ủy về kết quả công tác vận động đồng bào dân tộc thiểu số tham gia phòng, chống ma túy, tệ nạn xã hội năm 2019. Báo cáo do đồng chí Y Khâm Buôn Yă, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy ký.
Buôn Ko Tam, xã Ea Tu, nơi có mô hình "Buôn không có ma túy". Ảnh: Tư liệu
Theo báo cáo, thực hiện Chỉ thị số 36-CT/TW ngày 16/8/2019 của Bộ Chính trị về tăng cường, nâng cao hiệu quả công tác phòng, chống và kiểm soát ma túy, Ban Dân vận Tỉnh ủy đã tham mưu ban hành Kế hoạch số 155-KH/TU ngày 10/10/2019 của Tỉnh ủy. Khối dân vận các cấp phối hợp tổ chức 1.835 buổi tuyên truyền bằng tiếng Êđê, M'nông, Jrai tại 612 buôn với hơn 93.000 lượt người nghe.
Toàn tỉnh hiện có 1.420 người nghiện có hồ sơ, trong đó khoảng 30% là người dân tộc thiểu số. 228 người có uy tín đã trực tiếp vận động 154 người nghiện đi cai và 311 hộ ký cam kết. Có 45 buôn được công nhận "Buôn không có ma túy", tăng 12 buôn so với năm 2018. Các tổ chức tôn giáo tham gia giúp đỡ 67 người sau cai; Hội Thánh Tin lành Việt Nam (miền Nam) tại 19 chi hội đưa nội dung phòng chống ma túy vào buổi nhóm.
Báo cáo dẫn trường hợp ông Y Knuê Byă, người có uy tín buôn Ko Tam, xã Ea Tu, thành phố Buôn Ma Thuột, đã vận động 8 thanh niên trong buôn bỏ ma túy; và bà H'Zin Ayŭn, Chủ tịch Hội LHPN xã Ea Kiết, xây dựng câu lạc bộ "Mẹ đỡ đầu" cho 15 thanh niên sau cai.
Hạn chế được chỉ ra là: công tác nắm tình hình ở một số buôn vùng sâu chưa kịp thời; kinh phí hỗ trợ người có uy tín còn thấp (1,2 triệu đồng/người/năm); chưa có chính sách riêng cho người sau cai là người dân tộc thiểu số.
Báo cáo kiến nghị Ban Thường vụ Tỉnh ủy năm 2020 chỉ đạo sơ kết Chỉ thị 13, 14-CT/TU về công tác dân vận vùng đồng bào dân tộc thiểu số; UBND tỉnh bố trí khoảng 2 tỷ đồng cho các mô hình; đồng thời đề nghị đồng chí Nguyễn Thị Mai Lan, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy, chủ trì xây dựng kế hoạch kiểm tra tại 5 huyện trọng điểm.
Ngoài ra, Ban Dân vận Tỉnh ủy đề xuất tổ chức hội nghị biểu dương người có uy tín tiêu biểu trong phòng chống ma túy vào quý I năm 2020 và xuất bản tài liệu song ngữ Việt - Êđê phát cho các buôn.
Hồng Nhung
Lượt xem: 2.311
Các tin khác
- Hội nghị giao ban khối dân vận quý III năm 2019 (18/10/2019)
- Krông Bông: Tặng quà người có uy tín (03/10/2019)
- Hội thi "Dân vận khéo" tỉnh lần thứ 2 (20/9/2019)
""", "2019-11-29", "Kết quả công tác vận động đồng bào dân tộc thiểu số phòng, chống ma túy năm 2019",
E("bao_cao", "2019", "2019-11-25"),
[P("Y Khâm Buôn Yă", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Y Knuê Byă", "người có uy tín buôn Ko Tam"),
 P("H'Zin Ayŭn", "Chủ tịch Hội LHPN xã Ea Kiết"),
 P("Nguyễn Thị Mai Lan", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy")],
[Q("1.835 buổi tuyên truyền", 1835, "buổi tuyên truyền"), Q("612 buôn", 612, "buôn"),
 Q("hơn 93.000 lượt người", 93000, "lượt người", "over"), Q("1.420 người nghiện", 1420, "người nghiện"),
 Q("khoảng 30%", 30, "%", "approx"), Q("228 người có uy tín", 228, "người có uy tín"), Q("154 người nghiện", 154, "người nghiện"),
 Q("311 hộ", 311, "hộ"), Q("45 buôn", 45, "buôn"), Q("12 buôn", 12, "buôn"), Q("67 người sau cai", 67, "người sau cai"),
 Q("19 chi hội", 19, "chi hội"), Q("8 thanh niên", 8, "thanh niên"), Q("15 thanh niên sau cai", 15, "thanh niên sau cai"),
 Q("1,2 triệu đồng", 1200000, "đồng"), Q("khoảng 2 tỷ đồng", 2000000000, "đồng", "approx"), Q("5 huyện trọng điểm", 5, "huyện trọng điểm")],
[D("Báo cáo", "214", "BC/BDVTU", "2019-11-25", "Ban Dân vận Tỉnh ủy", "Báo cáo số 214-BC/BDVTU ngày 25/11/2019"),
 D("Chỉ thị", "36", "CT/TW", "2019-08-16", "Bộ Chính trị", "Chỉ thị số 36-CT/TW ngày 16/8/2019"),
 D("Kế hoạch", "155", "KH/TU", "2019-10-10", "Tỉnh ủy", "Kế hoạch số 155-KH/TU ngày 10/10/2019"),
 D("Chỉ thị", "13", "CT/TU", None, None, "Chỉ thị 13, 14-CT/TU"),
 D("Chỉ thị", "14", "CT/TU", None, None, "Chỉ thị 13, 14-CT/TU")],
[prov("Đắk Lắk"), com("Ea Tu"), com("Ea Kiết")],
["BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK", "Trang chủ | Nghiên cứu - Trao đổi | Báo cáo chuyên đề",
 "Buôn Ko Tam, xã Ea Tu, nơi có mô hình \"Buôn không có ma túy\". Ảnh: Tư liệu", "Buôn không có ma túy", "Mẹ đỡ đầu",
 "Hội Thánh Tin lành Việt Nam (miền Nam)", "Lượt xem: 2.311"],
["29.11.2019 | 08:40", "năm 2019", "năm 2018", "năm 2020", "quý I năm 2020", "Lượt xem: 2.311"]))

PAGES.append(page("b5247-kiengiang-bdv-hoinghi-2019", """
Báo Kiên Giang Online
Chính trị > Dân vận
Thứ Sáu, 12/07/2019 - 17:10
Biểu dương 60 chức sắc, người có uy tín tiêu biểu trong phòng, chống ma túy
Ngày 11/7, Ban Dân vận Tỉnh ủy phối hợp với Ban Dân tộc tỉnh tổ chức hội nghị biểu dương chức sắc tôn giáo, người có uy tín tiêu biểu trong phòng, chống ma túy, tệ nạn xã hội năm 2019. Đồng chí Danh Út Mười, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy và đồng chí Thạch Thị Kim Sang, Trưởng Ban Dân tộc tỉnh đồng chủ trì.
Các đại biểu chụp ảnh lưu niệm. Ảnh: Phương Vy
Dự hội nghị có 210 đại biểu là chức sắc Phật giáo Nam tông Khmer, Công giáo, Cao Đài, Hòa Hảo, người có uy tín trong đồng bào Khmer và trưởng ấp của 15 huyện, thành phố. Hội nghị triển khai Quyết định số 12/2018/QĐ-TTg của Thủ tướng Chính phủ về tiêu chí lựa chọn, công nhận người có uy tín và Kế hoạch 108-KH/BDVTU của Ban Dân vận Tỉnh ủy.
Theo báo cáo, 3 năm qua các chức sắc, người có uy tín đã tham gia hòa giải 146 vụ việc mâu thuẫn, vận động 392 người nghiện đi cai và 1.150 thanh thiếu niên cam kết không sử dụng ma túy; 48 chùa Phật giáo Nam tông Khmer tổ chức lớp giáo dục kỹ năng sống vào dịp hè. Toàn tỉnh có 93 ấp, khu phố được công nhận "Ấp không có ma túy".
Tại hội nghị, Hòa thượng Danh Ngoan, trụ trì chùa Láng Cát, xã Bình An, cho biết nhà chùa đã tiếp nhận 12 thanh niên sau cai vào tu học ngắn hạn. Linh mục Giuse Trần Văn Khánh, Chánh xứ giáo xứ Rạch Giá, chia sẻ mô hình "Gia đình Công giáo nói không với ma túy" với 320 hộ tham gia. Ông Thạch Sơn, người có uy tín ấp Xẻo Đước, xã Vĩnh Hòa Hiệp, kể việc vận động 5 thanh niên trong ấp đi cai.
Dịp này, UBND tỉnh tặng bằng khen cho 60 chức sắc, người có uy tín tiêu biểu, mỗi người kèm 1.000.000 đồng; Ban Dân vận Tỉnh ủy tặng giấy khen cho 35 cá nhân. Tổng giá trị khen thưởng khoảng 95 triệu đồng.
Phát biểu kết luận, đồng chí Danh Út Mười đề nghị các cấp tiếp tục thực hiện Chỉ thị số 36-CT/TW của Bộ Chính trị, quan tâm hơn nữa đến chế độ cho người có uy tín; các chức sắc phát huy vai trò trong đồng bào, tín đồ, phấn đấu đến năm 2020 có thêm 20 ấp không có ma túy.
Đại diện Hội Đoàn kết sư sãi yêu nước tỉnh, Đại đức Danh Sóc Kha, Phó Chủ tịch Hội, cam kết sẽ vận động các chùa mở thêm lớp dạy chữ Khmer gắn với giáo dục phòng chống ma túy cho thanh thiếu niên. Hội nghị cũng nghe Thượng tá Lâm Văn Thọ, Trưởng phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh, thông tin tình hình ma túy trên địa bàn.
Phương Vy
Tin liên quan
- Kiên Lương: đối thoại với nông dân về chuyển đổi sản xuất (05/7/2019)
- Tập huấn công tác dân vận cho cán bộ ấp (28/6/2019)
- Sơ kết 5 năm thực hiện Quy chế phối hợp với Hội Đoàn kết sư sãi (14/6/2019)
""", "2019-07-12", "Biểu dương 60 chức sắc, người có uy tín tiêu biểu trong phòng, chống ma túy",
E("hoi_nghi", "2019", "2019-07-11"),
[P("Danh Út Mười", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thạch Thị Kim Sang", "Trưởng Ban Dân tộc tỉnh"),
 P("Danh Ngoan", "Hòa thượng", "trụ trì chùa Láng Cát"),
 P("Giuse Trần Văn Khánh", "Linh mục", "Chánh xứ giáo xứ Rạch Giá"),
 P("Thạch Sơn", "người có uy tín ấp Xẻo Đước"),
 P("Danh Sóc Kha", "Đại đức", "Phó Chủ tịch Hội"),
 P("Lâm Văn Thọ", "Thượng tá", "Trưởng phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh")],
[Q("60 chức sắc, người có uy tín tiêu biểu", 60, "chức sắc, người có uy tín tiêu biểu"), Q("210 đại biểu", 210, "đại biểu"),
 Q("15 huyện, thành phố", 15, "huyện, thành phố"), Q("146 vụ việc mâu thuẫn", 146, "vụ việc mâu thuẫn"),
 Q("392 người nghiện", 392, "người nghiện"), Q("1.150 thanh thiếu niên", 1150, "thanh thiếu niên"),
 Q("48 chùa Phật giáo Nam tông Khmer", 48, "chùa Phật giáo Nam tông Khmer"), Q("93 ấp, khu phố", 93, "ấp, khu phố"),
 Q("12 thanh niên sau cai", 12, "thanh niên sau cai"), Q("320 hộ", 320, "hộ"), Q("5 thanh niên", 5, "thanh niên"),
 Q("1.000.000 đồng", 1000000, "đồng"), Q("35 cá nhân", 35, "cá nhân"), Q("khoảng 95 triệu đồng", 95000000, "đồng", "approx"),
 Q("20 ấp", 20, "ấp")],
[D("Quyết định", "12", "2018/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg"),
 D("Kế hoạch", "108", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch 108-KH/BDVTU"),
 D("Chỉ thị", "36", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 36-CT/TW")],
[prov("Kiên Giang"), com("Bình An"), com("Vĩnh Hòa Hiệp")],
["Báo Kiên Giang Online", "Chính trị > Dân vận", "Các đại biểu chụp ảnh lưu niệm. Ảnh: Phương Vy", "Ấp không có ma túy",
 "Gia đình Công giáo nói không với ma túy", "Hội Đoàn kết sư sãi yêu nước tỉnh"],
["Thứ Sáu, 12/07/2019 - 17:10", "năm 2019", "3 năm", "năm 2020"]))

PAGES.append(page("b5248-haiphong-bdv-soket-2020", """
ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG - BAN DÂN VẬN THÀNH ỦY
You are here: Trang chủ » Tin hoạt động » Tin Ban Dân vận
Thứ Sáu, 10/07/2020
Khối dân vận sơ kết 6 tháng: vừa chống dịch, vừa giữ vững địa bàn không ma túy
Ảnh: Đồng chí Phạm Văn Lập kết luận hội nghị.
Ngày 8/7/2020, Ban Dân vận Thành ủy Hải Phòng tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2020. Đồng chí Phạm Văn Lập, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Dân vận Thành ủy chủ trì. Dự có 45 đồng chí là trưởng ban dân vận quận ủy, huyện ủy, đảng ủy trực thuộc.
Theo báo cáo do đồng chí Vũ Thị Ngọc Anh, Phó Trưởng Ban Dân vận Thành ủy trình bày, 6 tháng qua, dù chịu ảnh hưởng của dịch Covid-19, khối dân vận đã tham mưu Ban Thường vụ Thành ủy ban hành Kế hoạch số 201-KH/TU ngày 02/3/2020 thực hiện Chỉ thị 36-CT/TW của Bộ Chính trị; hướng dẫn xây dựng 150 mô hình "Dân vận khéo" về phòng chống ma túy, trong đó 41 mô hình cấp thành phố.
Thực hiện Chỉ thị số 16/CT-TTg của Thủ tướng Chính phủ về cách ly xã hội, các tổ Covid cộng đồng ở 3.206 tổ dân phố, thôn đồng thời rà soát người nghiện, phát hiện 84 người sử dụng ma túy mới. Mặt trận và các đoàn thể vận động được trên 12 tỷ đồng ủng hộ phòng chống dịch, trao 4.500 suất quà cho hộ khó khăn, trong đó có 320 hộ có người đang cai nghiện.
Tại hội nghị, đồng chí Đào Xuân Trường, QUV, Trưởng Ban Dân vận Quận ủy Lê Chân, cho biết quận đã phối hợp đưa 57 người vào cơ sở cai nghiện; đồng chí Bùi Thị Thu, Chủ tịch Ủy ban MTTQ xã Đông Hưng, huyện Tiên Lãng, chia sẻ mô hình "Gia đình tự quản về an ninh trật tự" với 1.260 hộ tham gia. Đồng chí Nguyễn Văn Hoan, Phó Bí thư Thường trực Đảng ủy Khối doanh nghiệp, nêu tình trạng công nhân ở khu công nghiệp sử dụng ma túy tổng hợp.
Kết luận hội nghị, đồng chí Phạm Văn Lập yêu cầu 6 tháng cuối năm tập trung tuyên truyền Luật Phòng, chống ma túy sửa đổi, phối hợp chuẩn bị đại hội đảng bộ các cấp; phấn đấu 95% phường, xã đạt tiêu chí không ma túy vào năm 2025 theo Nghị quyết 45-NQ/TU.
Hội nghị đã nghe đại diện Công an thành phố thông tin về phương thức, thủ đoạn mới của tội phạm ma túy, trong đó có việc lợi dụng mạng xã hội để rao bán ma túy tổng hợp cho thanh thiếu niên. Nhiều ý kiến đề nghị tăng cường phối hợp giữa Thành đoàn với các trường học để phát hiện sớm học sinh có biểu hiện nghi vấn, tránh để các em bị lôi kéo.
Thu Hà
Bài viết liên quan
- Hội nghị giao ban khối dân vận quý I/2020 (10/4/2020)
- Ban Dân vận Thành ủy trao quà hỗ trợ người dân khó khăn do dịch (15/4/2020)
- Thủy Nguyên ra mắt 12 mô hình dân vận khéo (05/6/2020)
""", "2020-07-10", "Khối dân vận sơ kết 6 tháng: vừa chống dịch, vừa giữ vững địa bàn không ma túy",
E("so_ket", "2020-H1", "2020-07-08"),
[P("Phạm Văn Lập", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Dân vận Thành ủy"),
 P("Vũ Thị Ngọc Anh", "Phó Trưởng Ban Dân vận Thành ủy"),
 P("Đào Xuân Trường", "QUV", "Trưởng Ban Dân vận Quận ủy Lê Chân"),
 P("Bùi Thị Thu", "Chủ tịch Ủy ban MTTQ xã Đông Hưng"),
 P("Nguyễn Văn Hoan", "Phó Bí thư Thường trực Đảng ủy Khối doanh nghiệp")],
[Q("45 đồng chí", 45, "đồng chí"), Q("150 mô hình", 150, "mô hình"), Q("41 mô hình cấp thành phố", 41, "mô hình cấp thành phố"),
 Q("3.206 tổ dân phố, thôn", 3206, "tổ dân phố, thôn"), Q("84 người sử dụng ma túy mới", 84, "người sử dụng ma túy mới"),
 Q("trên 12 tỷ đồng", 12000000000, "đồng", "over"), Q("4.500 suất quà", 4500, "suất quà"), Q("320 hộ", 320, "hộ"),
 Q("57 người", 57, "người"), Q("1.260 hộ", 1260, "hộ"), Q("95% phường, xã", 95, "%")],
[D("Kế hoạch", "201", "KH/TU", "2020-03-02", "Ban Thường vụ Thành ủy", "Kế hoạch số 201-KH/TU ngày 02/3/2020"),
 D("Chỉ thị", "36", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 36-CT/TW"),
 D("Chỉ thị", "16", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg"),
 D("Nghị quyết", "45", "NQ/TU", None, None, "Nghị quyết 45-NQ/TU")],
[prov("Hải Phòng"), com("Đông Hưng")],
["ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG - BAN DÂN VẬN THÀNH ỦY", "You are here: Trang chủ » Tin hoạt động » Tin Ban Dân vận",
 "Ảnh: Đồng chí Phạm Văn Lập kết luận hội nghị.", "Dân vận khéo", "Gia đình tự quản về an ninh trật tự",
 "Luật Phòng, chống ma túy", "Covid-19"],
["Thứ Sáu, 10/07/2020", "45 đồng chí", "6 tháng đầu năm", "6 tháng cuối năm 2020", "6 tháng qua", "năm 2025"]))
