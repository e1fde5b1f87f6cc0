"""holdout43 batch 3: b1001-b1006 (page text and labels side by side)."""
from lib import Q, D, P, page, E, prov, com

PAGES = []

# ---------------------------------------------------------------- b1001
PAGES.append(page(
"b1001-quangtri-bdv-traoqua-2021",
"""
BÁO QUẢNG TRỊ ĐIỆN TỬ
Trang chủ › Xã hội › Dân tộc - Tôn giáo
Thứ hai, 01/02/2021 10:20
Trao 350 suất quà Tết cho đồng bào Vân Kiều, Pa Kô ở Hướng Hóa
Đồng chí Nguyễn Thị Bích Ngọc trao quà cho người dân xã Hướng Phùng - Ảnh: Đ.T
QTO - Ngày 30/1, Ban Dân vận Tỉnh ủy Quảng Trị phối hợp với Bộ Chỉ huy Bộ đội Biên phòng tỉnh, Hội Chữ thập đỏ tỉnh và các nhà hảo tâm tổ chức thăm, trao 350 suất quà Tết cho hộ nghèo, gia đình chính sách và người có uy tín là đồng bào Vân Kiều, Pa Kô tại các xã Hướng Phùng, A Dơi và Ba Tầng, huyện Hướng Hóa. Tham gia đoàn có đồng chí Nguyễn Thị Bích Ngọc, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; Trung tá Lê Quang Huy, Phó Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh.
Mỗi suất quà trị giá 500.000 đồng gồm tiền mặt, gạo và nhu yếu phẩm, tổng trị giá 175 triệu đồng. Dịp này, đoàn còn trao tặng 120 chăn ấm cho học sinh Trường Phổ thông dân tộc bán trú Tiểu học và THCS Ba Tầng và 2 bồn chứa nước cho bản Xa Re.
Năm 2020, đồng bào các xã vùng cao Hướng Hóa, Đakrông chịu thiệt hại nặng nề do đợt mưa lũ lịch sử tháng 10. Thực hiện Kế hoạch số 75-KH/BDVTU của Ban Dân vận Tỉnh ủy về vận động, hỗ trợ đồng bào dân tộc thiểu số khắc phục hậu quả thiên tai và Nghị quyết số 22-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số, khối dân vận đã vận động hơn 4,2 tỷ đồng hỗ trợ xây mới, sửa chữa 64 căn nhà bị sập, hư hỏng; phối hợp các đồn biên phòng giúp dân khôi phục gần 90 ha ruộng lúa nước bị vùi lấp.
Già làng Hồ Văn Lòn, người có uy tín bản Xa Re, xã Hướng Phùng xúc động chia sẻ: "Lũ năm ngoái cuốn mất nhiều ruộng, nhiều nhà, nhưng có Đảng, có bộ đội biên phòng về giúp nên bà con được ăn Tết đầy đủ". Bà Kăn Thị Nươm, hộ nghèo ở xã A Dơi, có chồng bị bệnh nặng, cho biết số tiền và gạo được tặng sẽ giúp gia đình sắm Tết và mua giống lúa cho vụ mới. Ông Hồ Văn Nhất, Chủ tịch UBND xã Ba Tầng, cho biết toàn xã còn 312 hộ nghèo, chiếm 41,3% số hộ.
Phát biểu tại buổi trao quà, đồng chí Nguyễn Thị Bích Ngọc thăm hỏi, chúc Tết bà con; mong đồng bào tiếp tục đoàn kết, giữ gìn bản sắc văn hóa, không nghe kẻ xấu lôi kéo vượt biên trái phép, chủ động phối hợp với bộ đội biên phòng giữ gìn an ninh đường biên, mốc giới. Đồng chí đề nghị cấp ủy, chính quyền các xã thực hiện tốt Chỉ thị số 49-CT/TW của Ban Bí thư về công tác dân vận ở vùng đồng bào dân tộc thiểu số; quan tâm vận động thanh niên trong bản tham gia lao động, không uống rượu say, không sinh con quá sớm.
Trung tá Lê Quang Huy cho biết, Bộ đội Biên phòng tỉnh đang nhận đỡ đầu 46 học sinh nghèo theo chương trình "Nâng bước em tới trường" và 21 cháu theo mô hình "Con nuôi đồn Biên phòng"; các đồn biên phòng sẽ tiếp tục cử cán bộ về "3 bám, 4 cùng" với dân trong dịp Tết Nguyên đán Tân Sửu 2021.
Đức Tâm
Tin liên quan
- Đakrông: Hơn 1.000 suất quà đến với đồng bào vùng lũ
- Ủy ban MTTQ tỉnh phân bổ 12 tỷ đồng hỗ trợ người dân làm nhà
- Hướng Hóa: Gặp mặt người có uy tín năm 2020
- Bộ đội Biên phòng tổ chức "Xuân Biên phòng ấm lòng dân bản"
""",
"2021-02-01",
"Trao 350 suất quà Tết cho đồng bào Vân Kiều, Pa Kô ở Hướng Hóa",
E("trao_qua", None, "2021-01-30"),
[
    P("Nguyễn Thị Bích Ngọc", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
    P("Lê Quang Huy", "Trung tá", "Phó Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh"),
    P("Hồ Văn Lòn", "Già làng", "người có uy tín bản Xa Re"),
    P("Kăn Thị Nươm"),
    P("Hồ Văn Nhất", "Chủ tịch UBND xã Ba Tầng"),
],
[
    Q("350 suất quà", 350, "suất quà"),
    Q("500.000 đồng", 500000, "đồng"),
    Q("175 triệu đồng", 175000000, "đồng"),
    Q("120 chăn ấm", 120, "chăn ấm"),
    Q("2 bồn chứa nước", 2, "bồn chứa nước"),
    Q("hơn 4,2 tỷ đồng", 4200000000, "đồng", "over"),
    Q("64 căn nhà", 64, "căn nhà"),
    Q("gần 90 ha", 90, "ha", "approx"),
    Q("312 hộ nghèo", 312, "hộ nghèo"),
    Q("41,3%", 41.3, "%"),
    Q("46 học sinh nghèo", 46, "học sinh nghèo"),
    Q("21 cháu", 21, "cháu"),
],
[
    D("Kế hoạch", "75", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", surface="Kế hoạch số 75-KH/BDVTU"),
    D("Nghị quyết", "22", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", surface="Nghị quyết số 22-NQ/TU"),
    D("Chỉ thị", "49", "CT/TW", None, "Ban Bí thư", surface="Chỉ thị số 49-CT/TW"),
],
[prov("Quảng Trị"), com("Hướng Phùng"), com("A Dơi"), com("Ba Tầng")],
["BÁO QUẢNG TRỊ ĐIỆN TỬ", "Trang chủ › Xã hội › Dân tộc - Tôn giáo",
 "Đồng chí Nguyễn Thị Bích Ngọc trao quà cho người dân xã Hướng Phùng - Ảnh: Đ.T", "QTO", "bản Xa Re",
 "Trường Phổ thông dân tộc bán trú Tiểu học và THCS Ba Tầng", "Nâng bước em tới trường", "Con nuôi đồn Biên phòng",
 "Tết Nguyên đán Tân Sửu"],
["Thứ hai, 01/02/2021 10:20", "Năm 2020", "tháng 10", "3 bám, 4 cùng", "Tân Sửu 2021"],
))

# ---------------------------------------------------------------- b1002
PAGES.append(page(
"b1002-cantho-bdvthanhuy-soket-2021",
"""
BÁO CẦN THƠ
Chính trị › Xây dựng Đảng
16/07/2021 08:00:00 AM
Đồng chí Trần Thị Kim Xuyến phát biểu tại điểm cầu Thành ủy. Ảnh: THU SƯƠNG
Khối dân vận thành phố linh hoạt trong điều kiện phòng, chống dịch
(CT) - Ngày 15-7, Ban Dân vận Thành ủy Cần Thơ tổ chức hội nghị trực tuyến sơ kết công tác dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2021, kết nối 10 điểm cầu quận, huyện. Đồng chí Trần Thị Kim Xuyến, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Dân vận Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam thành phố chủ trì hội nghị; cùng chủ trì có các đồng chí Lý Thanh Tâm, Thạch Sô Phanh, Phó Trưởng Ban Dân vận Thành ủy.
Sáu tháng đầu năm, khối dân vận các cấp đã tập trung tuyên truyền, vận động cử tri tham gia cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026; tỷ lệ cử tri đi bầu toàn thành phố đạt 99,86%. Ban Dân vận Thành ủy tham mưu Ban Thường vụ Thành ủy ban hành Kế hoạch số 15-KH/TU thực hiện Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị; ban hành Công văn số 215-CV/BDVTU đề nghị chức sắc, chức việc các tôn giáo vận động tín đồ tạm dừng các hoạt động tập trung đông người.
Trước diễn biến phức tạp của dịch Covid-19, Mặt trận và các đoàn thể đã vận động hơn 32 tỷ đồng và 1.540 tấn gạo hỗ trợ người dân gặp khó khăn; phối hợp rà soát, lập danh sách người lao động tự do được hỗ trợ theo Nghị quyết số 68/NQ-CP ngày 01/7/2021 của Chính phủ và Quyết định số 23/2021/QĐ-TTg của Thủ tướng Chính phủ. Toàn thành phố duy trì 126 mô hình "Dân vận khéo", trong đó có 37 mô hình mới gắn với phòng, chống dịch như "Bếp ăn 0 đồng", "Chợ nghĩa tình".
Các cơ sở tôn giáo đồng hành cùng chính quyền: Hòa thượng Thích Huệ Phước, Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam thành phố, vận động các chùa đóng góp hơn 6.000 phần quà; Đại đức Danh Sươl, trụ trì chùa Pôthi Somrôn, phối hợp phường An Khánh nấu 1.200 suất cơm mỗi ngày cho khu cách ly; ông Lê Văn Quang, Trưởng Ban Trị sự Phật giáo Hòa Hảo thành phố, vận động tín đồ hỗ trợ 85 tấn rau, củ.
Phát biểu tại điểm cầu quận Ninh Kiều, đồng chí Lâm Văn Tấn, Quận ủy viên, Trưởng Ban Dân vận Quận ủy Ninh Kiều, cho biết quận đã thành lập 251 tổ Covid cộng đồng. Đồng chí Huỳnh Thị Diễm, Phó Bí thư Thường trực Đảng ủy phường An Khánh, kiến nghị bổ sung kinh phí cho tổ Covid cộng đồng; đồng chí Trương Văn Út, Trưởng khối dân vận xã Thới Hưng, huyện Cờ Đỏ, đề nghị hỗ trợ nông dân tiêu thụ lúa Hè Thu.
Kết luận hội nghị, đồng chí Trần Thị Kim Xuyến yêu cầu 6 tháng cuối năm, khối dân vận tiếp tục đồng hành cùng chính quyền trong phòng, chống dịch; nắm chắc tình hình tư tưởng nhân dân, nhất là người lao động mất việc; phối hợp giám sát việc chi hỗ trợ bảo đảm công khai, đúng đối tượng; triển khai Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng về công tác dân vận.
Thu Sương
Tin cùng chuyên mục
- Hội nghị trực tuyến giao ban khối dân vận quý I năm 2021
- Thốt Nốt: Ra mắt 5 mô hình "Dân vận khéo"
- Ủy ban MTTQ thành phố tiếp nhận ủng hộ phòng, chống dịch
- Phong Điền vận động hiến đất làm đường
""",
"2021-07-16",
"Khối dân vận thành phố linh hoạt trong điều kiện phòng, chống dịch",
E("so_ket", "2021-H1", "2021-07-15"),
[
    P("Trần Thị Kim Xuyến", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Dân vận Thành ủy", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
    P("Lý Thanh Tâm", "Phó Trưởng Ban Dân vận Thành ủy"),
    P("Thạch Sô Phanh", "Phó Trưởng Ban Dân vận Thành ủy"),
    P("Thích Huệ Phước", "Hòa thượng", "Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam thành phố"),
    P("Danh Sươl", "Đại đức", "trụ trì chùa Pôthi Somrôn"),
    P("Lê Văn Quang", "Trưởng Ban Trị sự Phật giáo Hòa Hảo thành phố"),
    P("Lâm Văn Tấn", "Quận ủy viên", "Trưởng Ban Dân vận Quận ủy Ninh Kiều"),
    P("Huỳnh Thị Diễm", "Phó Bí thư Thường trực Đảng ủy phường An Khánh"),
    P("Trương Văn Út", "Trưởng khối dân vận xã Thới Hưng"),
],
[
    Q("10 điểm cầu", 10, "điểm cầu"),
    Q("99,86%", 99.86, "%"),
    Q("hơn 32 tỷ đồng", 32000000000, "đồng", "over"),
    Q("1.540 tấn", 1540, "tấn"),
    Q("126 mô hình", 126, "mô hình"),
    Q("37 mô hình", 37, "mô hình"),
    Q("hơn 6.000 phần quà", 6000, "phần quà", "over"),
    Q("1.200 suất cơm", 1200, "suất cơm"),
    Q("85 tấn", 85, "tấn"),
    Q("251 tổ Covid cộng đồng", 251, "tổ Covid cộng đồng"),
],
[
    D("Kế hoạch", "15", "KH/TU", None, "Ban Thường vụ Thành ủy", surface="Kế hoạch số 15-KH/TU"),
    D("Kết luận", "01", "KL/TW", "2021-05-18", "Bộ Chính trị", surface="Kết luận số 01-KL/TW ngày 18/5/2021"),
    D("Chỉ thị", "05", "CT/TW", "2016-05-15", "Bộ Chính trị", surface="Chỉ thị số 05-CT/TW ngày 15/5/2016"),
    D("Công văn", "215", "CV/BDVTU", None, "Ban Dân vận Thành ủy", surface="Công văn số 215-CV/BDVTU"),
    D("Nghị quyết", "68", "NQ-CP", "2021-07-01", "Chính phủ", surface="Nghị quyết số 68/NQ-CP ngày 01/7/2021"),
    D("Quyết định", "23", "2021/QĐ-TTg", None, "Thủ tướng Chính phủ", surface="Quyết định số 23/2021/QĐ-TTg"),
],
[prov("Cần Thơ"), com("An Khánh"), com("Thới Hưng")],
["BÁO CẦN THƠ", "Chính trị › Xây dựng Đảng", "Đồng chí Trần Thị Kim Xuyến phát biểu tại điểm cầu Thành ủy. Ảnh: THU SƯƠNG",
 "(CT)", "Dân vận khéo", "Bếp ăn 0 đồng", "Chợ nghĩa tình", "chùa Pôthi Somrôn",
 "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng"],
["16/07/2021 08:00:00 AM", "Ngày 15-7", "6 tháng đầu năm", "6 tháng cuối năm 2021", "khóa XV", "nhiệm kỳ 2021 - 2026",
 "Covid-19", "0 đồng", "lần thứ XIII", "mỗi ngày"],
))

# ---------------------------------------------------------------- b1003
PAGES.append(page(
"b1003-bacgiang-bdv-bieuduong-2022",
"""
BÁO BẮC GIANG ĐIỆN TỬ
Chính trị | Xã hội | Kinh tế | Văn hóa | Bạn đọc
Thứ hai, 21/11/2022 | 10:40
Tôn vinh 126 điển hình "Dân vận khéo" năm 2022
BGĐT - Ngày 18/11, Ban Dân vận Tỉnh ủy Bắc Giang tổ chức Hội nghị biểu dương điển hình "Dân vận khéo" năm 2022. Dự hội nghị có đồng chí Trịnh Thị Vân Anh, Phó Bí thư Thường trực Tỉnh ủy; đồng chí Hoàng Văn Sơn, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; lãnh đạo các sở, ngành, Ủy ban MTTQ và các tổ chức chính trị - xã hội tỉnh cùng 126 điển hình được biểu dương.
Thực hiện Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị ban hành Quy chế công tác dân vận của hệ thống chính trị và Hướng dẫn số 04-HD/BDVTW của Ban Dân vận Trung ương, Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 210-KH/TU và Đề án số 02-ĐA/TU về nâng cao chất lượng phong trào thi đua "Dân vận khéo" giai đoạn 2021 - 2025. Tiêu chí lựa chọn điển hình được quy định tại Quyết định số 1316-QĐ/TU ngày 05/10/2022 của Ban Thường vụ Tỉnh ủy.
Năm 2022, toàn tỉnh có 2.418 mô hình, điển hình "Dân vận khéo" được công nhận, tăng 315 mô hình so với năm 2021. Từ các mô hình, nhân dân đã hiến trên 186.000 m2 đất, đóng góp hơn 95 tỷ đồng xây dựng nông thôn mới; giúp đỡ 1.025 hộ thoát nghèo. Nhiều mô hình ở vùng đồng bào dân tộc thiểu số huyện Sơn Động, Lục Ngạn đã góp phần giảm tỷ lệ hộ nghèo vùng dân tộc thiểu số xuống còn 9,7%.
Các đại biểu tham dự hội nghị. Ảnh: Hồng Nhung
Tại hội nghị, các điển hình đã chia sẻ cách làm hay. Ông Diệp Văn Sáng, dân tộc Sán Dìu, người có uy tín thôn Đồng Bụt, xã Tân Sơn, huyện Lục Ngạn, vận động 32 hộ hiến đất mở 2,5 km đường liên thôn. Đồng chí Ninh Văn Bảy, Bí thư Chi bộ kiêm Trưởng thôn Đồng Mụng, xã Xuân Lương, huyện Yên Thế, chia sẻ kinh nghiệm "3 không" trong thôn: không có đơn thư vượt cấp, không có tệ nạn xã hội, không có hộ nghèo. Thượng tá Hoàng Văn Khánh, Chỉ huy trưởng Ban Chỉ huy Quân sự huyện Sơn Động, giới thiệu mô hình "Dân vận khéo" của lực lượng vũ trang giúp dân xây 18 căn nhà Đại đoàn kết.
Phát biểu tại hội nghị, Phó Bí thư Thường trực Tỉnh ủy Trịnh Thị Vân Anh ghi nhận, biểu dương những tập thể, cá nhân tiêu biểu; đề nghị các cấp ủy tiếp tục quán triệt Nghị quyết số 43-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi, gắn phong trào "Dân vận khéo" với Chương trình mục tiêu quốc gia xây dựng nông thôn mới.
Dịp này, hội nghị công bố quyết định của Ban Thường vụ Tỉnh ủy điều động đồng chí Vi Thị Hằng, Huyện ủy viên, Trưởng Ban Dân vận Huyện ủy Lục Nam, được bổ nhiệm làm Phó Trưởng Ban Dân vận Tỉnh ủy.
Ban Dân vận Tỉnh ủy tặng Giấy khen cho 126 điển hình, gồm 48 tập thể và 78 cá nhân; mỗi điển hình được thưởng 1 triệu đồng.
Hà Phương
Tin liên quan
- Yên Dũng: Biểu dương 40 điển hình "Dân vận khéo"
- Ban Dân vận Tỉnh ủy giao ban công tác dân vận quý III năm 2022
- Sơn Động vận động đồng bào Dao xóa bỏ hủ tục
- Lục Ngạn: Người có uy tín góp sức xây dựng nông thôn mới
""",
"2022-11-21",
"Tôn vinh 126 điển hình \"Dân vận khéo\" năm 2022",
E("hoi_nghi", "2022", "2022-11-18"),
[
    P("Trịnh Thị Vân Anh", "Phó Bí thư Thường trực Tỉnh ủy"),
    P("Hoàng Văn Sơn", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
    P("Diệp Văn Sáng", "người có uy tín thôn Đồng Bụt"),
    P("Ninh Văn Bảy", "Bí thư Chi bộ kiêm Trưởng thôn Đồng Mụng"),
    P("Hoàng Văn Khánh", "Thượng tá", "Chỉ huy trưởng Ban Chỉ huy Quân sự huyện Sơn Động"),
    P("Vi Thị Hằng", "Huyện ủy viên", "Trưởng Ban Dân vận Huyện ủy Lục Nam", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
],
[
    Q("126 điển hình", 126, "điển hình"),
    Q("2.418 mô hình, điển hình", 2418, "mô hình, điển hình"),
    Q("315 mô hình", 315, "mô hình"),
    Q("trên 186.000 m2", 186000, "m2", "over"),
    Q("hơn 95 tỷ đồng", 95000000000, "đồng", "over"),
    Q("1.025 hộ", 1025, "hộ"),
    Q("9,7%", 9.7, "%"),
    Q("32 hộ", 32, "hộ"),
    Q("2,5 km", 2.5, "km"),
    Q("18 căn nhà Đại đoàn kết", 18, "căn nhà Đại đoàn kết"),
    Q("48 tập thể", 48, "tập thể"),
    Q("78 cá nhân", 78, "cá nhân"),
    Q("1 triệu đồng", 1000000, "đồng"),
],
[
    D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Bộ Chính trị", surface="Quyết định số 23-QĐ/TW ngày 30/7/2021"),
    D("Hướng dẫn", "04", "HD/BDVTW", None, "Ban Dân vận Trung ương", surface="Hướng dẫn số 04-HD/BDVTW"),
    D("Kế hoạch", "210", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", surface="Kế hoạch số 210-KH/TU"),
    D("Đề án", "02", "ĐA/TU", None, "Ban Thường vụ Tỉnh ủy", surface="Đề án số 02-ĐA/TU"),
    D("Quyết định", "1316", "QĐ/TU", "2022-10-05", "Ban Thường vụ Tỉnh ủy", surface="Quyết định số 1316-QĐ/TU ngày 05/10/2022"),
    D("Nghị quyết", "43", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", surface="Nghị quyết số 43-NQ/TU"),
],
[prov("Bắc Giang"), com("Tân Sơn"), com("Xuân Lương")],
["BÁO BẮC GIANG ĐIỆN TỬ", "Chính trị | Xã hội | Kinh tế | Văn hóa | Bạn đọc", "BGĐT",
 "Các đại biểu tham dự hội nghị. Ảnh: Hồng Nhung", "Dân vận khéo", "thôn Đồng Bụt", "Đồng Mụng",
 "Chương trình mục tiêu quốc gia xây dựng nông thôn mới"],
["Thứ hai, 21/11/2022 | 10:40", "giai đoạn 2021 - 2025", "năm 2021", "3 không"],
))

# ---------------------------------------------------------------- b1004
PAGES.append(page(
"b1004-khanhhoa-bdv-taphuan-2022",
"""
BÁO KHÁNH HÒA
Thứ Sáu, 20/05/2022
Chính trị - Dân vận
(GMT+7) 15:20 - ngày 20/05/2022
Bồi dưỡng kỹ năng dân vận cho cán bộ cơ sở vùng đồng bào Raglai
Ngày 19-5, tại huyện Khánh Sơn, Ban Dân vận Tỉnh ủy phối hợp với Ban Dân tộc tỉnh khai mạc lớp tập huấn kỹ năng công tác dân vận năm 2022 cho 120 học viên là cán bộ khối dân vận, người có uy tín ở 2 huyện miền núi Khánh Sơn, Khánh Vĩnh. Lớp tập huấn diễn ra trong 3 ngày.
Phát biểu khai mạc, đồng chí Mấu Thị Bích Hà, Tỉnh ủy viên, Phó Trưởng Ban Dân vận Tỉnh ủy, Phó Trưởng Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở tỉnh cho biết, Nghị quyết số 09-NQ/TW ngày 28/01/2022 của Bộ Chính trị về xây dựng, phát triển tỉnh Khánh Hòa đến năm 2030, tầm nhìn đến năm 2045 đặt ra yêu cầu phát triển nhanh, bền vững vùng đồng bào dân tộc thiểu số. Cùng với đó, Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021 - 2030 đang được triển khai, đòi hỏi cán bộ cơ sở phải biết vận động để người dân hiểu, tham gia và giám sát.
Trong 3 ngày, các học viên được Thạc sĩ Lê Minh Đức, giảng viên Khoa Dân vận Trường Chính trị tỉnh, truyền đạt các chuyên đề: kỹ năng nắm tình hình nhân dân; kỹ năng tuyên truyền, vận động đồng bào dân tộc thiểu số; kỹ năng hòa giải ở cơ sở. Đồng chí Cao Văn Trung, Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy, hướng dẫn thực hiện Chỉ thị số 10-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường công tác dân vận ở vùng đồng bào Raglai, Ê Đê, Cơ Ho và Hướng dẫn số 22-HD/BDVTU của Ban Dân vận Tỉnh ủy về xây dựng mô hình "Dân vận khéo" gắn với giảm nghèo bền vững.
Theo báo cáo của Ban Dân tộc tỉnh, năm 2021 hai huyện Khánh Sơn, Khánh Vĩnh được phân bổ hơn 96 tỷ đồng từ các chương trình, chính sách dân tộc; tỷ lệ hộ nghèo vùng đồng bào dân tộc thiểu số giảm còn 27,6%, cao gấp nhiều lần bình quân chung của tỉnh. Toàn tỉnh có 94 người có uy tín, mỗi người được hỗ trợ 700.000 đồng/quý.
Tại lớp học, bà Bo Bo Thị Yến, Bí thư Đảng ủy xã Sơn Hiệp, chia sẻ kinh nghiệm vận động 46 hộ đồng bào Raglai chuyển từ trồng mì sang trồng sầu riêng, bưởi da xanh. Ông Cao Văn Lài, già làng thôn Tà Giang 1, xã Thành Sơn, cho biết nhờ cán bộ "đi từng ngõ, gõ từng nhà" nên bà con không còn phát rừng làm rẫy. Đồng chí Mang Văn Tú, Chủ tịch Ủy ban MTTQ Việt Nam xã Khánh Thượng, huyện Khánh Vĩnh, đề nghị tăng thời lượng thực hành xử lý tình huống.
Kết thúc lớp học, các học viên sẽ làm bài thu hoạch; học viên đạt yêu cầu được cấp giấy chứng nhận của Trường Chính trị tỉnh. Năm 2022, Ban Dân vận Tỉnh ủy dự kiến tổ chức 4 lớp tập huấn tương tự, tổng kinh phí khoảng 380 triệu đồng.
Thanh Bình
Tin khác
- Khánh Vĩnh: Gặp mặt người có uy tín năm 2022
- Cam Ranh ra mắt mô hình "Dân vận khéo" tại phường Cam Linh
- Ban Dân vận Tỉnh ủy giao ban quý I
- Nha Trang: Đối thoại giữa Bí thư Thành ủy với nhân dân
""",
"2022-05-20",
"Bồi dưỡng kỹ năng dân vận cho cán bộ cơ sở vùng đồng bào Raglai",
E("tap_huan", "2022", "2022-05-19"),
[
    P("Mấu Thị Bích Hà", "Tỉnh ủy viên", "Phó Trưởng Ban Dân vận Tỉnh ủy", "Phó Trưởng Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở tỉnh"),
    P("Lê Minh Đức", "Thạc sĩ", "giảng viên Khoa Dân vận Trường Chính trị tỉnh"),
    P("Cao Văn Trung", "Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy"),
    P("Bo Bo Thị Yến", "Bí thư Đảng ủy xã Sơn Hiệp"),
    P("Cao Văn Lài", "già làng thôn Tà Giang 1"),
    P("Mang Văn Tú", "Chủ tịch Ủy ban MTTQ Việt Nam xã Khánh Thượng"),
],
[
    Q("120 học viên", 120, "học viên"),
    Q("2 huyện miền núi", 2, "huyện miền núi"),
    Q("hơn 96 tỷ đồng", 96000000000, "đồng", "over"),
    Q("27,6%", 27.6, "%"),
    Q("94 người có uy tín", 94, "người có uy tín"),
    Q("700.000 đồng/quý", 700000, "đồng"),
    Q("46 hộ đồng bào Raglai", 46, "hộ đồng bào Raglai"),
    Q("4 lớp tập huấn", 4, "lớp tập huấn"),
    Q("khoảng 380 triệu đồng", 380000000, "đồng", "approx"),
],
[
    D("Nghị quyết", "09", "NQ/TW", "2022-01-28", "Bộ Chính trị", surface="Nghị quyết số 09-NQ/TW ngày 28/01/2022"),
    D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", surface="Quyết định số 1719/QĐ-TTg ngày 14/10/2021"),
    D("Chỉ thị", "10", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", surface="Chỉ thị số 10-CT/TU"),
    D("Hướng dẫn", "22", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", surface="Hướng dẫn số 22-HD/BDVTU"),
],
[prov("Khánh Hòa"), com("Sơn Hiệp"), com("Thành Sơn"), com("Khánh Thượng")],
["BÁO KHÁNH HÒA", "Chính trị - Dân vận", "Dân vận khéo", "đi từng ngõ, gõ từng nhà", "thôn Tà Giang 1",
 "Trường Chính trị tỉnh", "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi"],
["Thứ Sáu, 20/05/2022", "(GMT+7) 15:20 - ngày 20/05/2022", "Ngày 19-5", "3 ngày", "năm 2030", "năm 2045",
 "giai đoạn 2021 - 2030", "năm 2021", "Tà Giang 1", "gấp nhiều lần"],
))

# ---------------------------------------------------------------- b1005
PAGES.append(page(
"b1005-hanoi-longbien-giaoban-thang3-2023",
"""
CỔNG GIAO TIẾP ĐIỆN TỬ QUẬN LONG BIÊN
Trang chủ > Tin tức - Sự kiện > Hoạt động của Quận ủy
Ban Dân vận Quận ủy giao ban công tác dân vận tháng 3
03/04/2023 14:09:31
Chiều 31/3/2023, Ban Dân vận Quận ủy Long Biên tổ chức hội nghị giao ban công tác dân vận tháng 3, triển khai nhiệm vụ tháng 4/2023. Đồng chí Đỗ Thị Minh Nguyệt, Quận ủy viên, Trưởng Ban Dân vận Quận ủy chủ trì hội nghị. Tham dự có đồng chí Phan Thanh Tùng, Phó Trưởng Ban Dân vận Quận ủy; các đồng chí Phó Bí thư Đảng ủy, Trưởng khối dân vận 14 phường.
Trong tháng 3, Ban Dân vận Quận ủy đã tham mưu Ban Thường vụ Quận ủy ban hành Kế hoạch số 145-KH/QU tuyên truyền, triển khai Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 của Quốc hội, có hiệu lực từ ngày 01/7/2023; phối hợp tổ chức 14 hội nghị đối thoại giữa Bí thư Đảng ủy, Chủ tịch UBND phường với nhân dân theo Chương trình số 06-CTr/TU ngày 17/3/2021 của Thành ủy Hà Nội. Ban ban hành hướng dẫn số 18-HD/BDVQU về đánh giá, công nhận mô hình "Dân vận khéo" năm 2023.
Khối dân vận các phường đã vận động 132 hộ dân bàn giao mặt bằng dự án mở rộng đường Nguyễn Văn Cừ và dự án đường gom Quốc lộ 5; tiếp nhận 27 đơn thư, đã giải quyết 25 đơn, còn 2 đơn đang xác minh. Phong trào "Dân vận khéo" có 58 mô hình đăng ký mới, tập trung vào lĩnh vực vệ sinh môi trường, trật tự đô thị và chuyển đổi số. Nhân kỷ niệm 113 năm Ngày Quốc tế Phụ nữ (8/3/1910 - 8/3/2023), Ban phối hợp Hội LHPN quận trao 60 suất quà, mỗi suất 1 triệu đồng, cho hội viên phụ nữ có hoàn cảnh khó khăn.
Tại hội nghị, đồng chí Trần Quang Hưng, Bí thư Đảng ủy phường Bồ Đề, chia sẻ kinh nghiệm vận động 46 hộ kinh doanh trên phố Ngọc Lâm ký cam kết không lấn chiếm vỉa hè. Đồng chí Lê Thị Hồng Vân, Phó Bí thư Đảng ủy, Trưởng khối dân vận phường Thạch Bàn, phản ánh tâm tư của nhân dân liên quan tiến độ tái định cư dự án đường Vành đai 3. Đồng chí Nguyễn Văn Hòa, Phó Bí thư Thường trực Đảng ủy phường Long Biên, đề nghị quận hướng dẫn cụ thể việc lấy ý kiến nhân dân khi Luật Thực hiện dân chủ ở cơ sở có hiệu lực.
Phát biểu kết luận, đồng chí Đỗ Thị Minh Nguyệt đề nghị trong tháng 4, khối dân vận tập trung vận động nhân dân hưởng ứng "Tháng hành động vì môi trường", phối hợp giải quyết dứt điểm đơn thư tồn đọng, không để phát sinh điểm nóng; chuẩn bị tổ chức hội nghị sơ kết 2 năm thực hiện Chỉ thị số 24-CT/TU, 25-CT/TU của Ban Thường vụ Thành ủy về công tác dân vận của chính quyền và phát huy vai trò nhân dân trong xây dựng đô thị văn minh.
Tin, ảnh: Thu Trang
Tin liên quan
- Long Biên: Ra mắt mô hình "Dân vận khéo" tại phường Ngọc Thụy (28/03/2023)
- Hội nghị giao ban công tác dân vận tháng 2 năm 2023 (03/03/2023)
- Phường Việt Hưng đối thoại với nhân dân (20/02/2023)
""",
"2023-04-03",
"Ban Dân vận Quận ủy giao ban công tác dân vận tháng 3",
E("giao_ban", "2023-03", "2023-03-31"),
[
    P("Đỗ Thị Minh Nguyệt", "Quận ủy viên", "Trưởng Ban Dân vận Quận ủy"),
    P("Phan Thanh Tùng", "Phó Trưởng Ban Dân vận Quận ủy"),
    P("Trần Quang Hưng", "Bí thư Đảng ủy phường Bồ Đề"),
    P("Lê Thị Hồng Vân", "Phó Bí thư Đảng ủy", "Trưởng khối dân vận phường Thạch Bàn"),
    P("Nguyễn Văn Hòa", "Phó Bí thư Thường trực Đảng ủy phường Long Biên"),
],
[
    Q("14 phường", 14, "phường"),
    Q("14 hội nghị đối thoại", 14, "hội nghị đối thoại"),
    Q("132 hộ dân", 132, "hộ dân"),
    Q("27 đơn thư", 27, "đơn thư"),
    Q("25 đơn", 25, "đơn"),
    Q("2 đơn", 2, "đơn"),
    Q("58 mô hình", 58, "mô hình"),
    Q("46 hộ kinh doanh", 46, "hộ kinh doanh"),
    Q("60 suất quà", 60, "suất quà"),
    Q("1 triệu đồng", 1000000, "đồng"),
],
[
    D("Kế hoạch", "145", "KH/QU", None, "Ban Thường vụ Quận ủy", surface="Kế hoạch số 145-KH/QU"),
    D("Luật", "10", "2022/QH15", None, "Quốc hội", surface="Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15"),
    D("Chương trình", "06", "CTr/TU", "2021-03-17", "Thành ủy Hà Nội", surface="Chương trình số 06-CTr/TU ngày 17/3/2021"),
    D("Hướng dẫn", "18", "HD/BDVQU", None, "Ban Dân vận Quận ủy", surface="hướng dẫn số 18-HD/BDVQU"),
    D("Chỉ thị", "24", "CT/TU", None, "Ban Thường vụ Thành ủy", surface="Chỉ thị số 24-CT/TU"),
    D("Chỉ thị", "25", "CT/TU", None, "Ban Thường vụ Thành ủy", surface="25-CT/TU"),
],
[prov("Hà Nội"), com("Bồ Đề"), com("Thạch Bàn"), com("Long Biên")],
["CỔNG GIAO TIẾP ĐIỆN TỬ QUẬN LONG BIÊN", "Trang chủ > Tin tức - Sự kiện > Hoạt động của Quận ủy", "Nguyễn Văn Cừ",
 "phố Ngọc Lâm", "Dân vận khéo", "Tháng hành động vì môi trường", "Tin, ảnh: Thu Trang"],
["03/04/2023 14:09:31", "113 năm", "8/3/1910 - 8/3/2023", "tháng 4/2023", "ngày 01/7/2023", "Quốc lộ 5", "Vành đai 3", "tháng 4", "2 năm"],
))

# ---------------------------------------------------------------- b1006
PAGES.append(page(
"b1006-tiengiang-caibe-doithoai-2023",
"""
BÁO ẤP BẮC - CƠ QUAN CỦA ĐẢNG BỘ TỈNH TIỀN GIANG
Chính trị - Xây dựng Đảng
Cập nhật ngày: 26/10/2023
Ảnh: Đồng chí Trần Văn Dũng phát biểu tại buổi đối thoại.
Bí thư Huyện ủy Cái Bè đối thoại với hội viên nông dân
Ngày 25/10, Ban Dân vận Huyện ủy Cái Bè phối hợp với Hội Nông dân huyện tổ chức hội nghị đối thoại giữa đồng chí Bí thư Huyện ủy với cán bộ, hội viên nông dân năm 2023. Tham dự có hơn 150 đại biểu là cán bộ, hội viên nông dân tiêu biểu của 25 xã, thị trấn.
Chủ trì buổi đối thoại có đồng chí Trần Văn Dũng, Tỉnh ủy viên, Bí thư Huyện ủy Cái Bè; đồng chí Huỳnh Thị Kim Loan, Phó Bí thư Thường trực Huyện ủy; đồng chí Võ Văn Trí, HUV, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện. Dự còn có đồng chí Lê Thị Mộng Tuyền, Phó Chủ tịch Hội Nông dân tỉnh Tiền Giang.
Buổi đối thoại được tổ chức theo Quy định số 11-QĐi/TW ngày 18/02/2019 của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân và xử lý những phản ánh, kiến nghị của dân, và Kế hoạch số 125-KH/HU của Ban Thường vụ Huyện ủy. Báo cáo tại buổi đối thoại cho thấy, thực hiện Nghị quyết số 19-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương Đảng khóa XIII về nông nghiệp, nông dân, nông thôn và Kết luận số 61-KL/TW ngày 03/12/2009 của Ban Bí thư, Hội Nông dân huyện đã phối hợp giải ngân dư nợ vay đạt 845,6 tỷ đồng; Quỹ Hỗ trợ nông dân huyện có 6,2 tỷ đồng, giúp 3.214 hộ phát triển sản xuất. Toàn huyện có 1.850 hộ đạt danh hiệu sản xuất, kinh doanh giỏi các cấp.
Tại buổi đối thoại, nông dân đã nêu 21 ý kiến. Ông Nguyễn Văn Tám, Tổ trưởng Tổ hợp tác sầu riêng ấp Hậu Phú 2, xã Hậu Thành, kiến nghị hỗ trợ cấp mã số vùng trồng để sầu riêng xuất khẩu chính ngạch. Bà Lê Thị Út, nông dân xã Hòa Hưng, phản ánh giá phân bón, thuốc bảo vệ thực vật tăng cao trong khi giá lúa không ổn định. Một số hội viên ở xã Mỹ Lợi A và thị trấn Cái Bè đề nghị đầu tư cống ngăn mặn, trữ ngọt trước mùa khô 2024.
Trả lời các ý kiến, đồng chí Trần Văn Dũng cho biết huyện đã được tỉnh bố trí 38 tỷ đồng xây dựng 12 cống ngăn mặn; hiện đã có 41 mã số vùng trồng sầu riêng được cấp với diện tích khoảng 1.260 ha. Về vốn vay, đồng chí đề nghị Ngân hàng Chính sách xã hội và Agribank chi nhánh huyện tiếp tục thực hiện Nghị định 55/2015/NĐ-CP và 116/2018/NĐ-CP của Chính phủ về chính sách tín dụng phục vụ phát triển nông nghiệp, nông thôn. Những nội dung chưa trả lời tại hội nghị sẽ được Ban Dân vận Huyện ủy tổng hợp, tham mưu Ban Thường vụ Huyện ủy ban hành Thông báo kết luận số 456-TB/HU để giao các ngành trả lời trước ngày 30/11.
Kết luận buổi đối thoại, Bí thư Huyện ủy Trần Văn Dũng đề nghị Hội Nông dân tiếp tục phát huy vai trò nòng cốt trong phong trào nông dân thi đua sản xuất, kinh doanh giỏi, đoàn kết giúp nhau làm giàu và giảm nghèo bền vững.
Hữu Thế
Các tin khác
- Châu Thành: Hội nghị đối thoại với đoàn viên, thanh niên năm 2023
- Cai Lậy vận động nông dân chuyển đổi cơ cấu cây trồng
- Ban Dân vận Tỉnh ủy giao ban khối dân vận quý III
""",
"2023-10-26",
"Bí thư Huyện ủy Cái Bè đối thoại với hội viên nông dân",
E("doi_thoai", "2023", "2023-10-25"),
[
    P("Trần Văn Dũng", "Tỉnh ủy viên", "Bí thư Huyện ủy Cái Bè", "Bí thư Huyện ủy"),
    P("Huỳnh Thị Kim Loan", "Phó Bí thư Thường trực Huyện ủy"),
    P("Võ Văn Trí", "HUV", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
    P("Lê Thị Mộng Tuyền", "Phó Chủ tịch Hội Nông dân tỉnh Tiền Giang"),
    P("Nguyễn Văn Tám", "Tổ trưởng Tổ hợp tác sầu riêng ấp Hậu Phú 2"),
    P("Lê Thị Út"),
],
[
    Q("hơn 150 đại biểu", 150, "đại biểu", "over"),
    Q("25 xã, thị trấn", 25, "xã, thị trấn"),
    Q("845,6 tỷ đồng", 845600000000, "đồng"),
    Q("6,2 tỷ đồng", 6200000000, "đồng"),
    Q("3.214 hộ", 3214, "hộ"),
    Q("1.850 hộ", 1850, "hộ"),
    Q("21 ý kiến", 21, "ý kiến"),
    Q("38 tỷ đồng", 38000000000, "đồng"),
    Q("12 cống ngăn mặn", 12, "cống ngăn mặn"),
    Q("41 mã số vùng trồng", 41, "mã số vùng trồng"),
    Q("khoảng 1.260 ha", 1260, "ha", "approx"),
],
[
    D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", surface="Quy định số 11-QĐi/TW ngày 18/02/2019"),
    D("Kế hoạch", "125", "KH/HU", None, "Ban Thường vụ Huyện ủy", surface="Kế hoạch số 125-KH/HU"),
    D("Nghị quyết", "19", "NQ/TW", "2022-06-16", "Ban Chấp hành Trung ương Đảng", surface="Nghị quyết số 19-NQ/TW ngày 16/6/2022"),
    D("Kết luận", "61", "KL/TW", "2009-12-03", "Ban Bí thư", surface="Kết luận số 61-KL/TW ngày 03/12/2009"),
    D("Nghị định", "55", "2015/NĐ-CP", None, "Chính phủ", surface="Nghị định 55/2015/NĐ-CP"),
    D("Nghị định", "116", "2018/NĐ-CP", None, "Chính phủ", surface="116/2018/NĐ-CP"),
    D("Thông báo", "456", "TB/HU", None, "Ban Thường vụ Huyện ủy", surface="Thông báo kết luận số 456-TB/HU"),
],
[prov("Tiền Giang"), com("Hậu Thành"), com("Hòa Hưng"), com("Mỹ Lợi A"), com("Cái Bè")],
["BÁO ẤP BẮC - CƠ QUAN CỦA ĐẢNG BỘ TỈNH TIỀN GIANG", "Chính trị - Xây dựng Đảng",
 "Ảnh: Đồng chí Trần Văn Dũng phát biểu tại buổi đối thoại.", "ấp Hậu Phú 2", "Ngân hàng Chính sách xã hội", "Agribank",
 "Quỹ Hỗ trợ nông dân"],
["Cập nhật ngày: 26/10/2023", "khóa XIII", "mùa khô 2024", "Hậu Phú 2", "trước ngày 30/11"],
))
