from lib import *
PAGES = []

PAGES.append(page("b4355-nghean-sotxuathuyet-2017", """
Báo Nghệ An điện tử
Thời sự > Y tế - Sức khỏe
12/05/2017 - 10:05
Ảnh: Ra quân diệt bọ gậy tại khối Hồng Lam, phường Hưng Bình.
Mặt trận Nghệ An phát động "Toàn dân diệt bọ gậy" năm 2017
(Baonghean) - Sáng 11/5, Ban Thường trực Ủy ban MTTQ tỉnh phối hợp Sở Y tế tổ chức hội nghị triển khai công tác phối hợp phòng, chống sốt xuất huyết, Zika năm 2017 và phát động chiến dịch "Toàn dân diệt bọ gậy" tại 480 xã, phường, thị trấn. Dự có các đồng chí: Nguyễn Văn Huy, Phó Chủ tịch UBND tỉnh; Võ Thị Minh Sinh, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh; Hồ Văn Thái, Giám đốc Sở Y tế.
Theo báo cáo, năm 2016 Nghệ An ghi nhận 1.087 ca sốt xuất huyết, tập trung ở thành phố Vinh; 4 tháng đầu năm 2017 đã có 96 ca, gấp gần 3 lần cùng kỳ. Nguy cơ dịch lớn vì chỉ số Breteau tại nhiều khối, xóm vượt ngưỡng cho phép.
Thực hiện Chương trình phối hợp số 05/CTrPH-MTTQ-SYT ngày 14/02/2017 giữa Ủy ban MTTQ tỉnh và Sở Y tế, Mặt trận và các đoàn thể sẽ phân công mỗi đoàn viên, hội viên phụ trách 10 - 15 hộ; mỗi khu dân cư thành lập ít nhất 1 tổ "Diệt bọ gậy" gồm chi hội trưởng phụ nữ, bí thư chi đoàn và nhân viên y tế thôn. Năm 2016, mô hình này đã được 346 khu dân cư áp dụng, huy động khoảng 28.000 lượt người tham gia tổng vệ sinh, thu gom 412 tấn rác, vật dụng phế thải.
Phát biểu tại hội nghị, bà Võ Thị Minh Sinh nhấn mạnh: phòng, chống sốt xuất huyết phải là việc của từng gia đình, không thể trông chờ vào phun hóa chất. Bà đề nghị Ủy ban MTTQ các cấp đưa tiêu chí "không có ổ bọ gậy" vào bình xét danh hiệu gia đình văn hóa; giao Ban Phong trào hướng dẫn các Ban công tác Mặt trận khu dân cư thực hiện.
Đồng chí Hồ Văn Thái cho biết ngành y tế đã cấp 1.500 lít hóa chất, 70 máy phun đeo vai cho các huyện trọng điểm; đồng thời cam kết 100% ca bệnh được giám sát, xử lý ổ dịch trong vòng 48 giờ.
Tại hội nghị, ông Nguyễn Đình Lợi, Chủ tịch Ủy ban MTTQ phường Hưng Bình, chia sẻ kinh nghiệm của phường: 19 khối đã ký cam kết không để dụng cụ chứa nước có bọ gậy; tổ kiểm tra liên ngành đi từng nhà vào chiều thứ Sáu hàng tuần, hộ vi phạm bị nhắc tên trên loa truyền thanh. Bà Lô Thị Hoa, Chủ tịch Hội LHPN xã Châu Bình, đề nghị hỗ trợ thêm tài liệu tiếng Thái cho bà con bản vùng cao.
Kết thúc hội nghị, các đại biểu ra quân tổng vệ sinh tại khối Hồng Lam, phường Hưng Bình với sự tham gia của gần 600 đoàn viên, hội viên và nhân dân. Dịp này, Ủy ban MTTQ tỉnh trao 30 triệu đồng hỗ trợ mua thả cá diệt bọ gậy cho 6 xã vùng dịch của thị xã Hoàng Mai, trong đó có xã Quỳnh Lộc.
Thanh Lê
Lượt xem: 2.316
Tin liên quan
- Vinh: 14 ổ dịch sốt xuất huyết đã được khống chế (05/05/2017)
- Khuyến cáo phòng bệnh Zika (28/04/2017)
- Hội Phụ nữ Quỳnh Lưu ra quân vệ sinh môi trường (20/04/2017)
""", "2017-05-12", 'Mặt trận Nghệ An phát động "Toàn dân diệt bọ gậy" năm 2017',
E("hoi_nghi", "2017", "2017-05-11"),
[P("Nguyễn Văn Huy", "Phó Chủ tịch UBND tỉnh"),
 P("Võ Thị Minh Sinh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Hồ Văn Thái", "Giám đốc Sở Y tế"),
 P("Nguyễn Đình Lợi", "Chủ tịch Ủy ban MTTQ phường Hưng Bình"),
 P("Lô Thị Hoa", "Chủ tịch Hội LHPN xã Châu Bình")],
[Q("480 xã, phường, thị trấn", 480, "xã, phường, thị trấn"), Q("1.087 ca sốt xuất huyết", 1087, "ca sốt xuất huyết"),
 Q("96 ca", 96, "ca"), Q("10 - 15 hộ", 10, "hộ", "approx"), Q("ít nhất 1 tổ", 1, "tổ", "over"), Q("346 khu dân cư", 346, "khu dân cư"),
 Q("khoảng 28.000 lượt người", 28000, "lượt người", "approx"), Q("412 tấn", 412, "tấn"),
 Q("1.500 lít", 1500, "lít"), Q("70 máy phun đeo vai", 70, "máy phun đeo vai"), Q("100%", 100, "%"), Q("19 khối", 19, "khối"),
 Q("gần 600 đoàn viên, hội viên và nhân dân", 600, "đoàn viên, hội viên và nhân dân", "approx"),
 Q("30 triệu đồng", 30000000, "đồng"), Q("6 xã vùng dịch", 6, "xã vùng dịch")],
[D("Chương trình phối hợp", "05", "CTrPH-MTTQ-SYT", "2017-02-14", "Ủy ban MTTQ tỉnh và Sở Y tế", "Chương trình phối hợp số 05/CTrPH-MTTQ-SYT ngày 14/02/2017")],
[prov("Nghệ An"), com("Hưng Bình"), com("Châu Bình"), com("Quỳnh Lộc")],
["Báo Nghệ An điện tử", "Thời sự > Y tế - Sức khỏe", "Ảnh: Ra quân diệt bọ gậy tại khối Hồng Lam, phường Hưng Bình.", "(Baonghean)",
 "Toàn dân diệt bọ gậy", "Diệt bọ gậy", "không có ổ bọ gậy", "Lượt xem: 2.316"],
["12/05/2017 - 10:05", "năm 2017", "năm 2016", "4 tháng đầu năm 2017", "gần 3 lần", "48 giờ", "Lượt xem: 2.316"]))

PAGES.append(page("b4356-kontum-tiemchung-2018", """
BAN DÂN VẬN TỈNH ỦY KON TUM
Bạn đang ở: Trang chủ » Tin tức » Dân vận các cấp
Cập nhật lúc 17:20 ngày 09/11/2018
Đối thoại với người có uy tín về tiêm chủng cho trẻ em vùng đồng bào dân tộc thiểu số
Ngày 7/11/2018, tại xã Đăk Pék, Ban Dân vận Tỉnh ủy phối hợp Sở Y tế, Ban Dân tộc tỉnh tổ chức buổi đối thoại năm 2018 giữa lãnh đạo ngành y tế với 126 già làng, người có uy tín, chức sắc tôn giáo của 8 xã phía bắc tỉnh về công tác tiêm chủng mở rộng và phòng, chống bạch hầu.
Ảnh: Già làng A Nhong phát biểu tại buổi đối thoại.
Chủ trì buổi đối thoại có đồng chí Y Thị Xuân, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Trần Thị Thanh Tâm, Phó Giám đốc Sở Y tế; đồng chí A Vinh, Phó Trưởng Ban Dân tộc tỉnh.
Năm 2017 - 2018, Kon Tum ghi nhận 19 ca mắc bạch hầu tại các huyện Đăk Glei, Tu Mơ Rông, trong đó 1 ca tử vong. Nguyên nhân chính là tỷ lệ tiêm chủng đầy đủ ở một số thôn chỉ đạt 55 - 60%, nhiều gia đình đồng bào Giẻ Triêng, Xơ Đăng chưa tin vắc xin.
Tại buổi đối thoại, đã có 21 ý kiến được nêu. Già làng A Nhong, thôn Đăk Ung, xã Đăk Pék, hỏi vì sao trẻ tiêm xong bị sốt, có nguy hiểm không; ông A Brêu, Trưởng thôn Pêng Sel Kơ Ne, xã Đăk Kroong, phản ánh điểm tiêm cách thôn gần 12 km, đường mùa mưa trơn trượt. Bà Y Hiền, Bí thư Chi bộ thôn Đăk Năng, đề nghị cho cán bộ y tế thôn được đi cùng để phiên dịch. Linh mục Giuse Nguyễn Văn Hùng, Quản xứ giáo xứ Đăk Mơ, đề nghị tổ chức tiêm tại nhà nguyện vào ngày Chủ nhật.
Các ý kiến đã được đồng chí Trần Thị Thanh Tâm và bác sĩ A Phúc, Giám đốc Trung tâm Y tế huyện Đăk Glei, trả lời thẳng thắn. Ngành y tế cam kết bố trí tiêm lưu động tại 34 thôn khó khăn; tăng phụ cấp hằng tháng cho 152 nhân viên y tế thôn lên 400.000 đồng/người theo Nghị quyết số 24/2018/NQ-HĐND ngày 13/7/2018 của HĐND tỉnh.
Thực hiện Công văn số 1326-CV/BDVTU của Ban Dân vận Tỉnh ủy, từ tháng 8 đến nay các đoàn thể đã vận động đưa 2.847 trẻ em đi tiêm bù vắc xin có thành phần bạch hầu, đạt 96,5%. Phát biểu kết luận, đồng chí Y Thị Xuân đề nghị mỗi người có uy tín là một tuyên truyền viên, "nói cho con cháu, cho dân làng nghe"; đồng thời yêu cầu cấp ủy các xã đưa chỉ tiêu tiêm chủng vào nghị quyết năm 2019 theo tinh thần Chỉ thị số 49-CT/TU, 50-CT/TU của Ban Thường vụ Tỉnh ủy.
Dịp này, Ban Dân vận Tỉnh ủy tặng 126 phần quà, mỗi phần trị giá 300.000 đồng, cho các đại biểu dự đối thoại.
Minh Thắng
Lượt xem: 812
Các tin khác
- Ngọc Hồi tổng kết 5 năm thực hiện Quy chế dân vận (02/11/2018)
- Gặp mặt người có uy tín tiêu biểu năm 2018 (25/10/2018)
- Sa Thầy: vận động đồng bào bỏ tập quán lạc hậu (18/10/2018)
""", "2018-11-09", "Đối thoại với người có uy tín về tiêm chủng cho trẻ em vùng đồng bào dân tộc thiểu số",
E("doi_thoai", "2018", "2018-11-07"),
[P("A Nhong", "Già làng"),
 P("Y Thị Xuân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Thị Thanh Tâm", "Phó Giám đốc Sở Y tế"),
 P("A Vinh", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("A Brêu", "Trưởng thôn Pêng Sel Kơ Ne"),
 P("Y Hiền", "Bí thư Chi bộ thôn Đăk Năng"),
 P("Giuse Nguyễn Văn Hùng", "Linh mục", "Quản xứ giáo xứ Đăk Mơ"),
 P("A Phúc", "bác sĩ", "Giám đốc Trung tâm Y tế huyện Đăk Glei")],
[Q("126 già làng, người có uy tín, chức sắc tôn giáo", 126, "già làng, người có uy tín, chức sắc tôn giáo"), Q("8 xã", 8, "xã"),
 Q("19 ca mắc bạch hầu", 19, "ca mắc bạch hầu"), Q("1 ca tử vong", 1, "ca tử vong"), Q("55 - 60%", 55, "%", "approx"),
 Q("21 ý kiến", 21, "ý kiến"), Q("gần 12 km", 12, "km", "approx"), Q("34 thôn khó khăn", 34, "thôn khó khăn"),
 Q("152 nhân viên y tế thôn", 152, "nhân viên y tế thôn"), Q("400.000 đồng/người", 400000, "đồng"),
 Q("2.847 trẻ em", 2847, "trẻ em"), Q("96,5%", 96.5, "%"), Q("126 phần quà", 126, "phần quà"), Q("300.000 đồng", 300000, "đồng")],
[D("Nghị quyết", "24", "2018/NQ-HĐND", "2018-07-13", "HĐND tỉnh", "Nghị quyết số 24/2018/NQ-HĐND ngày 13/7/2018"),
 D("Công văn", "1326", "CV/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Công văn số 1326-CV/BDVTU"),
 D("Chỉ thị", "49", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 49-CT/TU"),
 D("Chỉ thị", "50", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "50-CT/TU")],
[prov("Kon Tum"), com("Đăk Pék"), com("Đăk Kroong")],
["BAN DÂN VẬN TỈNH ỦY KON TUM", "Bạn đang ở: Trang chủ » Tin tức » Dân vận các cấp", "Ảnh: Già làng A Nhong phát biểu tại buổi đối thoại.",
 "nói cho con cháu, cho dân làng nghe", "Lượt xem: 812"],
["Cập nhật lúc 17:20 ngày 09/11/2018", "Năm 2017 - 2018", "năm 2018", "năm 2019", "tháng 8", "Lượt xem: 812"]))

PAGES.append(page("b4357-bentre-nuocsach-2019", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH BẾN TRE
Trang chủ / Tin hoạt động / Mặt trận cơ sở
04.10.2019 | 16:05
Giao ban Mặt trận tháng 9: vận động hộ dân trữ nước ngọt, dùng nước sạch mùa hạn mặn
Ngày 2/10/2019, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Bến Tre tổ chức họp giao ban công tác Mặt trận tháng 9/2019 với các huyện, thành phố. Bà Nguyễn Thị Bé Mười, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Quang cảnh buổi giao ban. Ảnh: Thanh Đồng
Theo báo cáo, trong tháng Mặt trận các cấp tập trung vận động nhân dân chuẩn bị ứng phó hạn, mặn mùa khô 2019 - 2020 theo Kế hoạch số 4835/KH-UBND ngày 16/9/2019 của UBND tỉnh. Toàn tỉnh đã vận động được 8.460 hộ trang bị thêm lu, bồn, túi trữ nước; Ban vận động "Ngày vì người nghèo" các cấp hỗ trợ 1.215 bồn chứa nước loại 1.000 lít cho hộ nghèo, hộ cận nghèo với tổng trị giá gần 3,04 tỷ đồng.
Cùng với đó, Ủy ban MTTQ tỉnh phối hợp Trung tâm Nước sạch và Vệ sinh môi trường nông thôn khảo sát 27 trạm cấp nước tập trung; vận động 3.126 hộ ven các tuyến ống đấu nối sử dụng nước máy, nâng tỷ lệ hộ dân nông thôn sử dụng nước sạch theo quy chuẩn lên 61,8%. Tại huyện Thạnh Phú, Ban công tác Mặt trận ấp An Hòa, xã An Thuận vận động 45 hộ góp 180 triệu đồng kéo đường ống dài 3,2 km.
Ông Huỳnh Văn Be, Chủ tịch Ủy ban MTTQ huyện Ba Tri, cho biết huyện đang gặp khó vì còn khoảng 4.000 hộ vùng ven biển chưa có nước máy; các xã Bảo Thạnh, Tân Xuân vào mùa khô phải mua nước chở bằng ghe với giá 80.000 - 100.000 đồng/m3. Ông Lê Văn Tám, Phó Chủ tịch Ủy ban MTTQ xã Tân Xuân, đề nghị tỉnh sớm đầu tư tuyến ống nhánh về các ấp.
Các ông, bà Trần Văn Lâm, Phan Thị Lệ Thủy - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh thông tin về chương trình giám sát trong quý IV và việc chuẩn bị Đại hội đại biểu MTTQ tỉnh lần thứ XI; đồng thời đề nghị Mặt trận cơ sở đưa nội dung "sử dụng nước sạch, tiết kiệm nước" vào cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".
Kết luận giao ban, bà Nguyễn Thị Bé Mười yêu cầu trong tháng 10, Mặt trận các cấp phối hợp ngành nông nghiệp rà soát hộ nghèo chưa có dụng cụ trữ nước, phấn đấu trước Tết Nguyên đán có thêm ít nhất 500 bồn được trao; thực hiện tốt Quyết định số 217-QĐ/TW, 218-QĐ/TW của Bộ Chính trị về giám sát, phản biện xã hội và góp ý xây dựng Đảng, xây dựng chính quyền.
Thanh Đồng
Số lượt truy cập: 1.045
Tin liên quan
- Mỏ Cày Nam trao 150 bồn chứa nước cho hộ nghèo (27/09/2019)
- Giám sát việc thực hiện chính sách bảo hiểm y tế (19/09/2019)
- Giao ban Mặt trận tháng 8/2019 (04/09/2019)
""", "2019-10-04", "Giao ban Mặt trận tháng 9: vận động hộ dân trữ nước ngọt, dùng nước sạch mùa hạn mặn",
E("giao_ban", "2019-09", "2019-10-02"),
[P("Nguyễn Thị Bé Mười", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Huỳnh Văn Be", "Chủ tịch Ủy ban MTTQ huyện Ba Tri"),
 P("Lê Văn Tám", "Phó Chủ tịch Ủy ban MTTQ xã Tân Xuân"),
 P("Trần Văn Lâm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phan Thị Lệ Thủy", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("8.460 hộ", 8460, "hộ"), Q("1.215 bồn chứa nước", 1215, "bồn chứa nước"), Q("gần 3,04 tỷ đồng", 3040000000, "đồng", "approx"),
 Q("27 trạm cấp nước tập trung", 27, "trạm cấp nước tập trung"), Q("3.126 hộ", 3126, "hộ"), Q("61,8%", 61.8, "%"),
 Q("45 hộ", 45, "hộ"), Q("180 triệu đồng", 180000000, "đồng"), Q("3,2 km", 3.2, "km"),
 Q("khoảng 4.000 hộ", 4000, "hộ", "approx"), Q("80.000 - 100.000 đồng/m3", 80000, "đồng", "approx"),
 Q("ít nhất 500 bồn", 500, "bồn", "over")],
[D("Kế hoạch", "4835", "KH-UBND", "2019-09-16", "UBND tỉnh", "Kế hoạch số 4835/KH-UBND ngày 16/9/2019"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "218-QĐ/TW")],
[prov("Bến Tre"), com("An Thuận"), com("Bảo Thạnh"), com("Tân Xuân")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH BẾN TRE", "Trang chủ / Tin hoạt động / Mặt trận cơ sở", "Quang cảnh buổi giao ban. Ảnh: Thanh Đồng",
 "Ngày vì người nghèo", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Số lượt truy cập: 1.045"],
["04.10.2019 | 16:05", "tháng 9/2019", "mùa khô 2019 - 2020", "loại 1.000 lít", "lần thứ XI", "quý IV", "tháng 10", "Số lượt truy cập: 1.045"]))

PAGES.append(page("b4358-laocai-dinhduong-2020", """
Cổng Thông tin điện tử Tỉnh đoàn Lào Cai
Trang chủ › Tin tức › Công tác thiếu nhi
Thứ Hai, 01/06/2020
Ảnh: Các em nhỏ xã Bản Phố nhận sữa và vi chất dinh dưỡng.
Trao 1.200 suất quà dinh dưỡng cho trẻ em vùng cao nhân Ngày Quốc tế Thiếu nhi
Nhân dịp Ngày Quốc tế Thiếu nhi 1/6 và Tháng hành động vì trẻ em năm 2020, ngày 30/5, Tỉnh đoàn, Hội đồng Đội tỉnh phối hợp Hội LHPN tỉnh, Trung tâm Kiểm soát bệnh tật tỉnh tổ chức chương trình "Dinh dưỡng cho em" tại xã Bản Phố, huyện Bắc Hà và xã Thanh Bình, thị xã Sa Pa, trao 1.200 suất quà gồm sữa, viên đa vi chất và đồ dùng học tập cho trẻ em có nguy cơ suy dinh dưỡng.
Tham dự chương trình có đồng chí Giàng Seo Vần, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Nguyễn Ngọc Hà, Bí thư Tỉnh đoàn, Chủ tịch Hội đồng Đội tỉnh; đồng chí Thào Thị Chư, Phó Chủ tịch Hội LHPN tỉnh.
Theo số liệu của ngành y tế, tỷ lệ trẻ dưới 5 tuổi suy dinh dưỡng thể thấp còi của Lào Cai năm 2019 là 29,6%, cao hơn bình quân cả nước; riêng xã Bản Phố có 183 trẻ suy dinh dưỡng, chiếm 32% số trẻ được cân đo. Nhiều gia đình người Mông, Dao, Xa Phó chưa quen cho trẻ ăn bổ sung đúng cách, trẻ thường chỉ ăn cháo trắng với muối.
Mỗi suất quà trị giá 350.000 đồng, tổng trị giá 420 triệu đồng do Công ty Sữa Vinamilk và các nhà hảo tâm tài trợ. Cùng với trao quà, bác sĩ của Trung tâm Kiểm soát bệnh tật tỉnh đã khám, cân đo và tư vấn dinh dưỡng cho 416 trẻ và 230 bà mẹ; các tình nguyện viên tổ chức 2 buổi hướng dẫn nấu cháo dinh dưỡng từ bí đỏ, trứng, rau ngót.
Bà Lù Thị Mỷ, Chủ tịch Hội LHPN xã Thanh Bình, cho biết: "Chi hội phụ nữ các thôn đã lập danh sách 67 trẻ suy dinh dưỡng nặng để theo dõi hằng tháng. Nhà nào có trẻ suy dinh dưỡng, chị em đến tận nơi chỉ cách nấu ăn và tặng thêm 5 con gà giống để bồi dưỡng cho cháu".
Phát biểu tại chương trình, đồng chí Giàng Seo Vần ghi nhận Đoàn Thanh niên và Hội LHPN đã cụ thể hóa Chỉ thị số 11-CT/TU ngày 20/3/2019 của Ban Thường vụ Tỉnh ủy về tăng cường công tác chăm sóc sức khỏe bà mẹ, trẻ em vùng đồng bào dân tộc thiểu số và Quyết định 1340/QĐ-TTg của Thủ tướng Chính phủ về bữa ăn học đường. Đồng chí đề nghị các đoàn thể tiếp tục vận động gia đình cho con đi học mẫu giáo, được ăn bán trú; phấn đấu đến năm 2025 giảm tỷ lệ thấp còi xuống dưới 25%.
Dịp này, Tỉnh đoàn cũng trao 2 công trình nước sạch "Giếng nước nghĩa tình" trị giá 90 triệu đồng cho điểm trường Na Pá, xã Bản Phố.
Hoàng Hương
Lượt xem: 356
Bài viết liên quan
- Khởi động Tháng hành động vì trẻ em năm 2020 (25/05/2020)
- Tuổi trẻ Bảo Thắng ra quân Chiến dịch Thanh niên tình nguyện hè (18/05/2020)
- Trao học bổng cho 50 học sinh nghèo vượt khó (10/05/2020)
""", "2020-06-01", "Trao 1.200 suất quà dinh dưỡng cho trẻ em vùng cao nhân Ngày Quốc tế Thiếu nhi",
E("trao_qua", None, "2020-05-30"),
[P("Giàng Seo Vần", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Ngọc Hà", "Bí thư Tỉnh đoàn", "Chủ tịch Hội đồng Đội tỉnh"),
 P("Thào Thị Chư", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Lù Thị Mỷ", "Chủ tịch Hội LHPN xã Thanh Bình")],
[Q("1.200 suất quà", 1200, "suất quà"), Q("29,6%", 29.6, "%"), Q("183 trẻ suy dinh dưỡng", 183, "trẻ suy dinh dưỡng"), Q("32%", 32, "%"),
 Q("350.000 đồng", 350000, "đồng"), Q("420 triệu đồng", 420000000, "đồng"), Q("416 trẻ", 416, "trẻ"), Q("230 bà mẹ", 230, "bà mẹ"),
 Q("2 buổi", 2, "buổi"), Q("67 trẻ suy dinh dưỡng nặng", 67, "trẻ suy dinh dưỡng nặng"), Q("5 con gà giống", 5, "con gà giống"),
 Q("dưới 25%", 25, "%"), Q("2 công trình nước sạch", 2, "công trình nước sạch"), Q("90 triệu đồng", 90000000, "đồng")],
[D("Chỉ thị", "11", "CT/TU", "2019-03-20", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 11-CT/TU ngày 20/3/2019"),
 D("Quyết định", "1340", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 1340/QĐ-TTg")],
[prov("Lào Cai"), com("Bản Phố"), com("Thanh Bình")],
["Cổng Thông tin điện tử Tỉnh đoàn Lào Cai", "Trang chủ › Tin tức › Công tác thiếu nhi", "Ảnh: Các em nhỏ xã Bản Phố nhận sữa và vi chất dinh dưỡng.",
 "Dinh dưỡng cho em", "Tháng hành động vì trẻ em", "Giếng nước nghĩa tình", "Công ty Sữa Vinamilk", "Lượt xem: 356"],
["Thứ Hai, 01/06/2020", "Ngày Quốc tế Thiếu nhi 1/6", "năm 2020", "năm 2019", "dưới 5 tuổi", "năm 2025", "Lượt xem: 356"]))

PAGES.append(page("b4359-binhdinh-tiemchung-2021", """
BÁO BÌNH ĐỊNH
Xã hội » Y tế
2021-08-27 16:40
Tuổi trẻ Bình Định "tiếp sức" chiến dịch tiêm vắc xin phòng Covid-19
Hơn 1 tháng qua, hàng nghìn đoàn viên, thanh niên trong tỉnh đã có mặt tại các điểm tiêm, hỗ trợ ngành y tế tiêm vắc xin phòng Covid-19 cho người dân, góp phần đưa chiến dịch tiêm chủng về đích sớm.
Đoàn viên thanh niên phường Ghềnh Ráng hỗ trợ người cao tuổi khai báo y tế trước khi tiêm. Ảnh: T.Long
Theo anh Hồ Anh Luân, Ủy viên BCH Trung ương Đoàn, Bí thư Tỉnh đoàn, thực hiện Kế hoạch số 69-KH/TĐTN-PT ngày 12/7/2021 của Ban Thường vụ Tỉnh đoàn, toàn tỉnh đã thành lập 159 đội hình "Thanh niên tình nguyện hỗ trợ tiêm chủng" với 2.386 đoàn viên tham gia. Các đội hình nhập liệu trên nền tảng quản lý tiêm chủng cho trên 214.000 người, hướng dẫn khai báo y tế, đo thân nhiệt, đưa đón người già, người khuyết tật đến điểm tiêm.
Tại TP Quy Nhơn, 21 phường, xã đều có đội hình thanh niên túc trực từ 6 giờ sáng. Chị Nguyễn Thị Thu Hà, Bí thư Đoàn phường Ghềnh Ráng, kể: "Mỗi ngày điểm tiêm phường tiếp nhận khoảng 700 người. Đội 18 bạn chia 3 ca, có hôm làm đến 10 giờ đêm mới xong dữ liệu".
Hội LHPN tỉnh cũng huy động 1.540 hội viên nấu 26.000 suất cơm miễn phí cho lực lượng tuyến đầu; Ủy ban MTTQ các cấp vận động được trên 18,7 tỷ đồng ủng hộ Quỹ vắc xin phòng Covid-19 theo Nghị quyết số 21/NQ-CP ngày 26/02/2021 của Chính phủ. Bà Nguyễn Thị Phương Thảo, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, cho biết Mặt trận đã chuyển 12 tỷ đồng về Quỹ vắc xin Trung ương, số còn lại mua sinh phẩm, trang thiết bị cho các khu cách ly.
Ở vùng miền núi, đoàn viên các xã An Toàn, Vĩnh Kim phối hợp già làng vận động đồng bào Ba Na, Chăm H'roi đến điểm tiêm. Anh Đinh Văn Ngá, Bí thư Đoàn xã An Toàn, cho hay: đoàn viên phải dùng tiếng Ba Na giải thích, đi cùng trưởng làng đến từng nóc nhà; nhờ vậy 96% người từ 18 tuổi trở lên của xã đã được tiêm mũi 1.
Đến ngày 25/8/2021, Bình Định đã tiêm được trên 286.000 liều vắc xin; tỷ lệ người từ 18 tuổi trở lên được tiêm ít nhất 1 mũi đạt khoảng 29%. Ông Lâm Hải Giang, Phó Chủ tịch UBND tỉnh, đánh giá lực lượng thanh niên đã giúp rút ngắn thời gian chờ tại điểm tiêm xuống còn dưới 30 phút; đề nghị Tỉnh đoàn duy trì đội hình khi tỉnh nhận thêm vắc xin theo Quyết định số 1434/QĐ-BYT, 1468/QĐ-BYT của Bộ Y tế về phân bổ vắc xin.
Tỉnh đoàn đã tặng giấy khen cho 35 tập thể, 72 cá nhân tiêu biểu trong đợt cao điểm. Các đội hình sẽ tiếp tục hoạt động theo "Chiến dịch tiêm chủng lớn nhất lịch sử" đến hết năm 2021.
Lượt xem: 3.905
Tin khác
- Quy Nhơn giãn cách xã hội theo Chỉ thị 16 (23/08/2021)
- Mặt trận tiếp nhận hàng hóa hỗ trợ người dân khó khăn (20/08/2021)
- Chuyến xe 0 đồng đưa người dân về quê (16/08/2021)
""", "2021-08-27", 'Tuổi trẻ Bình Định "tiếp sức" chiến dịch tiêm vắc xin phòng Covid-19',
E("khac", None, None),
[P("Hồ Anh Luân", "Ủy viên BCH Trung ương Đoàn", "Bí thư Tỉnh đoàn"),
 P("Nguyễn Thị Thu Hà", "Bí thư Đoàn phường Ghềnh Ráng"),
 P("Nguyễn Thị Phương Thảo", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đinh Văn Ngá", "Bí thư Đoàn xã An Toàn"),
 P("Lâm Hải Giang", "Phó Chủ tịch UBND tỉnh")],
[Q("159 đội hình", 159, "đội hình"), Q("2.386 đoàn viên", 2386, "đoàn viên"), Q("trên 214.000 người", 214000, "người", "over"),
 Q("21 phường, xã", 21, "phường, xã"), Q("khoảng 700 người", 700, "người", "approx"), Q("18 bạn", 18, "bạn"), Q("3 ca", 3, "ca"),
 Q("1.540 hội viên", 1540, "hội viên"), Q("26.000 suất cơm", 26000, "suất cơm"), Q("trên 18,7 tỷ đồng", 18700000000, "đồng", "over"),
 Q("12 tỷ đồng", 12000000000, "đồng"), Q("96%", 96, "%"), Q("trên 286.000 liều vắc xin", 286000, "liều vắc xin", "over"),
 Q("khoảng 29%", 29, "%", "approx"), Q("35 tập thể", 35, "tập thể"), Q("72 cá nhân tiêu biểu", 72, "cá nhân tiêu biểu")],
[D("Kế hoạch", "69", "KH/TĐTN-PT", "2021-07-12", "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 69-KH/TĐTN-PT ngày 12/7/2021"),
 D("Nghị quyết", "21", "NQ-CP", "2021-02-26", "Chính phủ", "Nghị quyết số 21/NQ-CP ngày 26/02/2021"),
 D("Quyết định", "1434", "QĐ-BYT", None, "Bộ Y tế", "Quyết định số 1434/QĐ-BYT"),
 D("Quyết định", "1468", "QĐ-BYT", None, "Bộ Y tế", "1468/QĐ-BYT")],
[prov("Bình Định"), com("Ghềnh Ráng"), com("An Toàn"), com("Vĩnh Kim")],
["BÁO BÌNH ĐỊNH", "Xã hội » Y tế", "Đoàn viên thanh niên phường Ghềnh Ráng hỗ trợ người cao tuổi khai báo y tế trước khi tiêm. Ảnh: T.Long",
 "Thanh niên tình nguyện hỗ trợ tiêm chủng", "Quỹ vắc xin phòng Covid-19", "Chiến dịch tiêm chủng lớn nhất lịch sử", "Lượt xem: 3.905"],
["2021-08-27 16:40", "Hơn 1 tháng qua", "6 giờ sáng", "10 giờ đêm", "18 tuổi", "mũi 1", "1 mũi", "dưới 30 phút", "năm 2021", "Lượt xem: 3.905"]))

PAGES.append(page("b4360-hanoi-chuthapdo-2022", """
HỘI CHỮ THẬP ĐỎ THÀNH PHỐ HÀ NỘI
Tin tức - Sự kiện :: Chữ thập đỏ cơ sở
15 tháng 7, 2022 | 17:45
Đại hội Hội Chữ thập đỏ xã Tiến Thịnh: đưa phòng, chống sốt xuất huyết vào chương trình hành động nhiệm kỳ mới
Ngày 13/7/2022, Hội Chữ thập đỏ xã Tiến Thịnh, huyện Mê Linh tổ chức Đại hội đại biểu lần thứ VI, nhiệm kỳ 2022 - 2027. Về dự có các đồng chí: Đào Thị Hồng Nhung, Phó Chủ tịch Hội Chữ thập đỏ thành phố Hà Nội; Nguyễn Văn Khiêm, HUV, Chủ tịch Hội Chữ thập đỏ huyện Mê Linh; Lê Đức Toàn, Bí thư Đảng ủy, Chủ tịch HĐND xã Tiến Thịnh cùng 98 đại biểu đại diện cho 1.426 hội viên của 12 chi hội.
Toàn cảnh Đại hội.
Nhiệm kỳ 2017 - 2022, Hội đã phát triển thêm 312 hội viên mới, thành lập 7 đội sơ cấp cứu và 12 tổ "Chữ thập đỏ phòng, chống dịch bệnh"; vận động 1.860 lượt người hiến máu tình nguyện; trao 2.450 suất quà cho người nghèo, nạn nhân chất độc da cam với tổng trị giá hơn 1,12 tỷ đồng. Trong đợt dịch sốt xuất huyết năm 2019 và Covid-19, các tổ xung kích đã phối hợp Trạm Y tế xã phun hóa chất, vệ sinh 4.200 hộ gia đình.
Báo cáo tại Đại hội nêu rõ, từ đầu năm 2022 đến nay, xã Tiến Thịnh ghi nhận 37 ca mắc sốt xuất huyết, trong đó thôn Bồng Mạc có 2 ổ dịch. Thực hiện Kế hoạch số 131/KH-UBND ngày 25/5/2022 của UBND thành phố về phòng, chống sốt xuất huyết, Hội đã ra quân 9 đợt diệt bọ gậy, thu gom khoảng 15 tấn vật dụng phế thải.
Thảo luận tại Đại hội, chị Kiều Thị Lan, Chi hội trưởng Chữ thập đỏ thôn Bồng Mạc, chia sẻ cách làm "gõ cửa từng nhà" kiểm tra bể nước, chum vại mỗi chiều thứ Sáu; bà Hoàng Thị Tuyết, Trưởng Trạm Y tế xã Tiến Thịnh, đề nghị Hội phối hợp giám sát 3 công trình đang xây dựng, nơi thường có nước đọng. Kinh nghiệm của xã Tráng Việt trong huy động tình nguyện viên cũng được giới thiệu tại Đại hội.
Phát biểu chỉ đạo, bà Đào Thị Hồng Nhung đề nghị Hội Chữ thập đỏ xã quán triệt Chỉ thị số 43-CT/TW ngày 28/5/2020 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác của Hội Chữ thập đỏ Việt Nam, chú trọng phát triển hội viên trẻ; duy trì mô hình "Mỗi hội viên gắn với 10 hộ" trong phòng, chống sốt xuất huyết.
Đại hội đã bầu Ban Chấp hành khóa VI gồm 15 đồng chí. Bà Nguyễn Thị Thoa được bầu giữ chức Chủ tịch Hội Chữ thập đỏ xã Tiến Thịnh nhiệm kỳ 2022 - 2027; các ông, bà Trần Văn Hợp, Phùng Thị Nga được bầu làm Phó Chủ tịch Hội. Đại hội cũng bầu 5 đại biểu đi dự Đại hội Hội Chữ thập đỏ huyện Mê Linh lần thứ VI.
Nhiệm kỳ 2022 - 2027, Hội phấn đấu mỗi năm kết nạp ít nhất 50 hội viên mới; 100% thôn có tổ xung kích phòng, chống dịch; vận động không dưới 300 đơn vị máu mỗi năm. Dịp này, Hội Chữ thập đỏ huyện tặng 20 suất quà, mỗi suất 500.000 đồng, cho hội viên có hoàn cảnh khó khăn.
Minh Hạnh
Lượt xem: 289
Tin liên quan
- Hội Chữ thập đỏ xã Mê Linh đại hội nhiệm kỳ 2022 - 2027 (08/07/2022)
- Ra quân diệt bọ gậy tại quận Hoàng Mai (01/07/2022)
- Hiến máu "Giọt hồng tri ân" (24/06/2022)
""", "2022-07-15", "Đại hội Hội Chữ thập đỏ xã Tiến Thịnh: đưa phòng, chống sốt xuất huyết vào chương trình hành động nhiệm kỳ mới",
E("dai_hoi", None, "2022-07-13"),
[P("Đào Thị Hồng Nhung", "Phó Chủ tịch Hội Chữ thập đỏ thành phố Hà Nội"),
 P("Nguyễn Văn Khiêm", "HUV", "Chủ tịch Hội Chữ thập đỏ huyện Mê Linh"),
 P("Lê Đức Toàn", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Tiến Thịnh"),
 P("Kiều Thị Lan", "Chi hội trưởng Chữ thập đỏ thôn Bồng Mạc"),
 P("Hoàng Thị Tuyết", "Trưởng Trạm Y tế xã Tiến Thịnh"),
 P("Nguyễn Thị Thoa", "Chủ tịch Hội Chữ thập đỏ xã Tiến Thịnh nhiệm kỳ 2022 - 2027"),
 P("Trần Văn Hợp", "Phó Chủ tịch Hội"),
 P("Phùng Thị Nga", "Phó Chủ tịch Hội")],
[Q("98 đại biểu", 98, "đại biểu"), Q("1.426 hội viên", 1426, "hội viên"), Q("12 chi hội", 12, "chi hội"),
 Q("312 hội viên mới", 312, "hội viên mới"), Q("7 đội sơ cấp cứu", 7, "đội sơ cấp cứu"), Q("12 tổ", 12, "tổ"),
 Q("1.860 lượt người", 1860, "lượt người"), Q("2.450 suất quà", 2450, "suất quà"), Q("hơn 1,12 tỷ đồng", 1120000000, "đồng", "over"),
 Q("4.200 hộ gia đình", 4200, "hộ gia đình"), Q("37 ca mắc sốt xuất huyết", 37, "ca mắc sốt xuất huyết"), Q("2 ổ dịch", 2, "ổ dịch"),
 Q("3 công trình", 3, "công trình"), Q("9 đợt", 9, "đợt"), Q("khoảng 15 tấn", 15, "tấn", "approx"), Q("15 đồng chí", 15, "đồng chí"), Q("5 đại biểu", 5, "đại biểu"),
 Q("ít nhất 50 hội viên mới", 50, "hội viên mới", "over"), Q("100%", 100, "%"), Q("không dưới 300 đơn vị máu", 300, "đơn vị máu", "over"),
 Q("20 suất quà", 20, "suất quà"), Q("500.000 đồng", 500000, "đồng")],
[D("Kế hoạch", "131", "KH-UBND", "2022-05-25", "UBND thành phố", "Kế hoạch số 131/KH-UBND ngày 25/5/2022"),
 D("Chỉ thị", "43", "CT/TW", "2020-05-28", "Ban Bí thư", "Chỉ thị số 43-CT/TW ngày 28/5/2020")],
[prov("Hà Nội"), com("Tiến Thịnh"), com("Tráng Việt")],
["HỘI CHỮ THẬP ĐỎ THÀNH PHỐ HÀ NỘI", "Tin tức - Sự kiện :: Chữ thập đỏ cơ sở", "Toàn cảnh Đại hội.", "gõ cửa từng nhà",
 "Chữ thập đỏ phòng, chống dịch bệnh", "Mỗi hội viên gắn với 10 hộ", "Lượt xem: 289"],
["15 tháng 7, 2022 | 17:45", "lần thứ VI", "nhiệm kỳ 2022 - 2027", "Nhiệm kỳ 2017 - 2022", "năm 2019", "15 đồng chí", "10 hộ", "Lượt xem: 289"]))
