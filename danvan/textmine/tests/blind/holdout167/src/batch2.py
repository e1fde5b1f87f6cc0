from lib import *
PAGES = []

PAGES.append(page("b3971-hanam-ldld-doithoai-bhxh-2017", """
LIÊN ĐOÀN LAO ĐỘNG TỈNH HÀ NAM
Trang chủ | Tin tức | Chính sách - Pháp luật
Thứ Sáu, 11/08/2017 - 08:40
Đối thoại về BHXH tự nguyện với người lao động khu vực phi chính thức
Sáng 9/8, tại Trung tâm văn hóa xã Thanh Hải, Liên đoàn Lao động tỉnh phối hợp với Bảo hiểm xã hội tỉnh và Ủy ban MTTQ tỉnh tổ chức hội nghị đối thoại chính sách BHXH tự nguyện, BHYT hộ gia đình năm 2017 với hơn 250 người lao động tự do, tiểu thương, thợ thủ công làng nghề trên địa bàn các xã Thanh Hải, Thanh Nghị, Liêm Thuận.
Chủ trì đối thoại có bà Trần Thị Thu Hường, Ủy viên Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam, Chủ tịch Liên đoàn Lao động tỉnh; ông Vũ Đức Khang, Phó Giám đốc Bảo hiểm xã hội tỉnh Hà Nam và ông Đinh Văn Thiện, Phó Chủ tịch Ủy ban MTTQ tỉnh.
Quang cảnh buổi đối thoại. Ảnh: Minh Thu
Theo Bảo hiểm xã hội tỉnh, hết tháng 7/2017 toàn tỉnh có 4.127 người tham gia BHXH tự nguyện, đạt 1,05% lực lượng lao động; tỷ lệ bao phủ BHYT đạt 82,6%. Thực hiện Kế hoạch số 1520/KH-UBND ngày 5/6/2017 của UBND tỉnh, năm 2017 tỉnh phấn đấu có thêm 1.200 người tham gia BHXH tự nguyện.
Tại buổi đối thoại, người dân đã nêu 27 câu hỏi, ý kiến. Ông Nguyễn Văn Quỳnh, thợ đá làng nghề Kiện Khê hỏi: "Tôi năm nay 52 tuổi, nếu đóng BHXH tự nguyện thì có được hưởng lương hưu không?". Đại diện BHXH tỉnh giải thích, người tham gia có thể đóng một lần cho những năm còn thiếu khi đủ tuổi nghỉ hưu mà thời gian đóng còn thiếu không quá 10 năm. Bà Lê Thị Nhàn, tiểu thương chợ Phủ Lý, đề nghị cho phép đóng theo quý vì thu nhập không đều; bà được giải đáp phương thức đóng 3 tháng, 6 tháng hoặc đóng một lần cho nhiều năm về sau đều đã có.
Nhiều ý kiến phản ánh mức đóng BHYT hộ gia đình còn cao với những hộ đông người, thủ tục gia hạn thẻ còn phải đi lại nhiều lần. Ông Vũ Đức Khang tiếp thu, cho biết từ quý IV, người dân có thể gia hạn thẻ tại 98 điểm bưu điện văn hóa xã và 116 đại lý thu của UBND xã, Hội Nông dân, Hội Liên hiệp Phụ nữ.
Phát biểu kết thúc đối thoại, bà Trần Thị Thu Hường đề nghị công đoàn cơ sở, các tổ chức đoàn thể tiếp tục thực hiện Nghị quyết số 20-NQ/ĐCT ngày 15/01/2017 của Đoàn Chủ tịch Tổng Liên đoàn về vận động người lao động phi chính thức tham gia BHXH; giới thiệu cho người lao động các gói vay vốn, hỗ trợ học nghề.
Dịp này, Liên đoàn Lao động tỉnh trao 30 sổ BHXH tự nguyện và 45 thẻ BHYT cho người lao động có hoàn cảnh khó khăn, tổng trị giá gần 87 triệu đồng do Công ty TNHH Dệt may Phủ Lý tài trợ.
Mai Hương
Lượt xem: 725
Tin cùng chuyên mục
- Công đoàn KCN Đồng Văn đối thoại với công nhân (28/07/2017)
- Tập huấn Bộ luật Lao động cho cán bộ công đoàn cơ sở (19/07/2017)
- Liên đoàn Lao động tỉnh khảo sát đời sống công nhân (05/07/2017)
""", "2017-08-11", "Đối thoại về BHXH tự nguyện với người lao động khu vực phi chính thức",
E("doi_thoai", "2017", "2017-08-09"),
[P("Trần Thị Thu Hường", "Ủy viên Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam", "Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Vũ Đức Khang", "Phó Giám đốc Bảo hiểm xã hội tỉnh Hà Nam"),
 P("Đinh Văn Thiện", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Nguyễn Văn Quỳnh", "thợ đá làng nghề Kiện Khê"),
 P("Lê Thị Nhàn", "tiểu thương chợ Phủ Lý")],
[Q("hơn 250 người lao động tự do", 250, "người lao động tự do", "over"), Q("4.127 người", 4127, "người"), Q("1,05%", 1.05, "%"),
 Q("82,6%", 82.6, "%"), Q("1.200 người", 1200, "người"), Q("27 câu hỏi, ý kiến", 27, "câu hỏi, ý kiến"),
 Q("98 điểm bưu điện văn hóa xã", 98, "điểm bưu điện văn hóa xã"), Q("116 đại lý thu", 116, "đại lý thu"),
 Q("30 sổ BHXH tự nguyện", 30, "sổ BHXH tự nguyện"), Q("45 thẻ BHYT", 45, "thẻ BHYT"), Q("gần 87 triệu đồng", 87000000, "đồng", "approx")],
[D("Kế hoạch", "1520", "KH-UBND", "2017-06-05", "UBND tỉnh", "Kế hoạch số 1520/KH-UBND ngày 5/6/2017"),
 D("Nghị quyết", "20", "NQ/ĐCT", "2017-01-15", "Đoàn Chủ tịch Tổng Liên đoàn", "Nghị quyết số 20-NQ/ĐCT ngày 15/01/2017")],
[prov("Hà Nam"), com("Thanh Hải"), com("Thanh Nghị"), com("Liêm Thuận")],
["LIÊN ĐOÀN LAO ĐỘNG TỈNH HÀ NAM", "Trang chủ | Tin tức | Chính sách - Pháp luật", "Quang cảnh buổi đối thoại. Ảnh: Minh Thu", "Lượt xem: 725"],
["Thứ Sáu, 11/08/2017 - 08:40", "tháng 7/2017", "năm 2017", "52 tuổi", "10 năm", "3 tháng, 6 tháng", "quý IV", "Lượt xem: 725"]))

PAGES.append(page("b3972-angiang-bdv-traothe-2018", """
BAN DÂN VẬN TỈNH ỦY AN GIANG
Vị trí: Trang chủ › Hoạt động dân vận › An sinh xã hội
Thứ Sáu, 21/12/2018 - 17:05
Đồng chí Chau Văn Khanh trao thẻ BHYT cho người dân xã An Cư.
Vận động 2,1 tỷ đồng mua thẻ bảo hiểm y tế tặng hộ cận nghèo, người cao tuổi
Ngày 19/12/2018, Ban Dân vận Tỉnh ủy phối hợp Ủy ban MTTQ Việt Nam tỉnh An Giang và Bảo hiểm xã hội tỉnh tổ chức lễ trao 3.240 thẻ bảo hiểm y tế cho người thuộc hộ cận nghèo, người cao tuổi, học sinh dân tộc thiểu số ở các xã An Cư, Văn Giáo, Châu Phong và Khánh Hòa. Tổng trị giá số thẻ là 2,1 tỷ đồng, do 14 doanh nghiệp, 3 ngân hàng thương mại và các nhà hảo tâm đóng góp.
Dự lễ trao thẻ có đồng chí Phan Thị Thu Hòa, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Chau Văn Khanh, Phó Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh; ông Nguyễn Hữu Phước, Giám đốc Bảo hiểm xã hội tỉnh.
Thực hiện Nghị quyết số 28-NQ/TW ngày 23/5/2018 của Ban Chấp hành Trung ương khóa XII về cải cách chính sách bảo hiểm xã hội và Chỉ thị số 14-CT/TU của Ban Thường vụ Tỉnh ủy, năm 2018 khối dân vận các cấp đã phối hợp tổ chức 1.026 cuộc tuyên truyền trực tiếp, thăm hỏi 8.500 hộ gia đình chưa tham gia BHYT. Đến ngày 30/11/2018, tỷ lệ bao phủ BHYT toàn tỉnh đạt 84,7%, số người tham gia BHXH tự nguyện là 9.816 người, tăng 2,3 lần so với năm 2017.
Ảnh: Lãnh đạo Ban Dân vận Tỉnh ủy và các nhà tài trợ tại buổi lễ.
Trong số thẻ trao lần này, 1.120 thẻ dành cho người cận nghèo, 860 thẻ cho người cao tuổi, 1.260 thẻ cho học sinh Khmer, Chăm. Mỗi thẻ có giá trị từ 563.220 đồng đến 703.000 đồng. Riêng Công ty cổ phần Xuất nhập khẩu Thủy sản An Giang ủng hộ 500 triệu đồng.
Phát biểu tại lễ trao thẻ, đồng chí Phan Thị Thu Hòa biểu dương các nhà tài trợ và đề nghị cấp ủy, chính quyền các xã phân công cán bộ, đảng viên nắm từng hộ, từng người chưa có thẻ; phấn đấu năm 2019 tỷ lệ bao phủ BHYT đạt 88% trở lên theo Quyết định số 1167/QĐ-TTg ngày 28/6/2016 của Thủ tướng Chính phủ.
Ông Haji Ka Sim, Trưởng Ban Đại diện Cộng đồng Hồi giáo (Islam) tỉnh, và bà Néang Sa Phia, người có uy tín phum Tà Miệt, xã Văn Giáo, đại diện người dân cảm ơn các nhà hảo tâm, hứa tiếp tục vận động bà con trong tiểu thánh đường, trong sóc tham gia BHYT.
Kim Loan
Lượt xem: 1.306
Tin liên quan
- Hội nghị Ban Dân vận Tỉnh ủy tổng kết công tác năm 2018 (18/12/2018)
- Tịnh Biên: trao 200 căn nhà Đại đoàn kết (10/12/2018)
- Tri Tôn nhân rộng mô hình "Dân vận khéo" (30/11/2018)
- Châu Phú: vận động hộ gia đình tham gia BHYT theo hộ (16/11/2018)
- Gặp mặt chức sắc, chức việc các tôn giáo nhân dịp Lễ Giáng sinh (07/11/2018)
""", "2018-12-21", "Vận động 2,1 tỷ đồng mua thẻ bảo hiểm y tế tặng hộ cận nghèo, người cao tuổi",
E("trao_qua", None, "2018-12-19"),
[P("Chau Văn Khanh", "Phó Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
 P("Phan Thị Thu Hòa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Hữu Phước", "Giám đốc Bảo hiểm xã hội tỉnh"),
 P("Haji Ka Sim", "Trưởng Ban Đại diện Cộng đồng Hồi giáo (Islam) tỉnh"),
 P("Néang Sa Phia", "người có uy tín phum Tà Miệt")],
[Q("2,1 tỷ đồng", 2100000000, "đồng"), Q("3.240 thẻ bảo hiểm y tế", 3240, "thẻ bảo hiểm y tế"), Q("14 doanh nghiệp", 14, "doanh nghiệp"),
 Q("3 ngân hàng thương mại", 3, "ngân hàng thương mại"), Q("1.026 cuộc tuyên truyền trực tiếp", 1026, "cuộc tuyên truyền trực tiếp"),
 Q("8.500 hộ gia đình", 8500, "hộ gia đình"), Q("84,7%", 84.7, "%"), Q("9.816 người", 9816, "người"),
 Q("1.120 thẻ", 1120, "thẻ"), Q("860 thẻ", 860, "thẻ"), Q("1.260 thẻ", 1260, "thẻ"), Q("563.220 đồng", 563220, "đồng"),
 Q("703.000 đồng", 703000, "đồng"), Q("500 triệu đồng", 500000000, "đồng"), Q("88% trở lên", 88, "%", "over")],
[D("Nghị quyết", "28", "NQ/TW", "2018-05-23", "Ban Chấp hành Trung ương khóa XII", "Nghị quyết số 28-NQ/TW ngày 23/5/2018"),
 D("Chỉ thị", "14", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 14-CT/TU"),
 D("Quyết định", "1167", "QĐ-TTg", "2016-06-28", "Thủ tướng Chính phủ", "Quyết định số 1167/QĐ-TTg ngày 28/6/2016")],
[prov("An Giang"), com("An Cư"), com("Văn Giáo"), com("Châu Phong"), com("Khánh Hòa")],
["BAN DÂN VẬN TỈNH ỦY AN GIANG", "Vị trí: Trang chủ › Hoạt động dân vận › An sinh xã hội",
 "Đồng chí Chau Văn Khanh trao thẻ BHYT cho người dân xã An Cư.", "Ảnh: Lãnh đạo Ban Dân vận Tỉnh ủy và các nhà tài trợ tại buổi lễ.",
 "Công ty cổ phần Xuất nhập khẩu Thủy sản An Giang", "Lượt xem: 1.306"],
["Thứ Sáu, 21/12/2018 - 17:05", "30/11/2018", "2,3 lần", "năm 2017", "năm 2019", "Lượt xem: 1.306"]))

PAGES.append(page("b3973-quangtri-bdv-giaoban-2019", """
Báo Quảng Trị điện tử
Chính trị >> Xây dựng Đảng
Thứ Sáu, 18/10/2019 - 10:20
Toàn cảnh hội nghị giao ban.
Giao ban khối dân vận: Phấn đấu 100% người dân tộc thiểu số có thẻ BHYT
(QTO) - Chiều 16/10, Ban Dân vận Tỉnh ủy tổ chức hội nghị giao ban công tác dân vận quý III/2019 với các cơ quan khối dân vận và Bảo hiểm xã hội tỉnh, tập trung vào việc vận động người dân tham gia BHYT, BHXH tự nguyện. Đồng chí Hồ Thị Thu Hằng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Theo báo cáo, trong quý III, khối dân vận các cấp đã phối hợp tổ chức 214 buổi tuyên truyền, đối thoại tại khu dân cư, thu hút 11.600 lượt người tham dự. Toàn tỉnh có 561.243 người tham gia BHYT, đạt 89,1% dân số; 3.970 người tham gia BHXH tự nguyện, tăng 1.426 người so với cuối năm 2018. Ở hai huyện miền núi Hướng Hóa, Đakrông, tỷ lệ người dân tộc Vân Kiều, Pa Kô có thẻ BHYT đạt 98,6%.
Bà Hồ Thị Bưn, Phó Chủ tịch Hội Liên hiệp Phụ nữ huyện Đakrông cho biết, các chi hội đã xây dựng 17 mô hình "Tiết kiệm mua thẻ BHYT", mỗi hội viên góp 20.000 đồng mỗi tháng; đến nay đã mua 312 thẻ cho hội viên nghèo. Ông Hồ Văn Chăm, Bí thư Đảng ủy xã A Bung, kiến nghị sớm cấp lại thẻ cho khoảng 150 người bị mất, hỏng thẻ sau mưa lũ.
Đại diện Bảo hiểm xã hội tỉnh cho biết, thực hiện Nghị định số 146/2018/NĐ-CP ngày 17/10/2018 của Chính phủ, từ năm 2020 một số nhóm người dân tộc thiểu số ở các xã ra khỏi diện đặc biệt khó khăn sẽ không còn được ngân sách đóng BHYT, dự kiến khoảng 21.000 người phải tự đóng. Đây là thách thức lớn trong công tác vận động.
Phát biểu kết luận, đồng chí Hồ Thị Thu Hằng yêu cầu quý IV các cơ quan khối dân vận bám sát Kế hoạch số 102-KH/BDVTU và Hướng dẫn 04, 05-HD/BDVTU của Ban Dân vận Tỉnh ủy; phân công các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy Lê Văn Cường, Nguyễn Thị Hà trực tiếp phụ trách địa bàn Hướng Hóa, Đakrông; phối hợp Bưu điện tỉnh đưa nhân viên đại lý thu về tận thôn, bản.
Các đại biểu cũng thảo luận về việc hỗ trợ thêm phần mức đóng cho người tham gia BHXH tự nguyện. Theo đề xuất của Ủy ban MTTQ tỉnh, ngoài mức hỗ trợ 30% của Nhà nước cho người thuộc hộ nghèo, ngân sách tỉnh hỗ trợ thêm 10%, phần còn lại vận động Quỹ "Vì người nghèo" các cấp hỗ trợ.
Tại hội nghị, đồng chí Trần Minh Tuấn, Phó Giám đốc Bảo hiểm xã hội tỉnh, Trưởng Ban chỉ đạo phát triển người tham gia BHXH, BHYT của ngành, ký kết Quy chế phối hợp số 09-QC/BDVTU-BHXH với Ban Dân vận Tỉnh ủy giai đoạn 2019 - 2024.
Đăng Khoa
Lượt đọc: 817
Tin khác
- Ban Dân vận Tỉnh ủy làm việc với Huyện ủy Gio Linh (11/10/2019)
- Hội nghị tập huấn công tác dân vận chính quyền năm 2019 (04/10/2019)
- Vĩnh Linh: ra mắt 6 mô hình "Dân vận khéo" (27/09/2019)
""", "2019-10-18", "Giao ban khối dân vận: Phấn đấu 100% người dân tộc thiểu số có thẻ BHYT",
E("giao_ban", "2019-Q3", "2019-10-16"),
[P("Hồ Thị Thu Hằng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hồ Thị Bưn", "Phó Chủ tịch Hội Liên hiệp Phụ nữ huyện Đakrông"),
 P("Hồ Văn Chăm", "Bí thư Đảng ủy xã A Bung"),
 P("Lê Văn Cường", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Hà", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Minh Tuấn", "Phó Giám đốc Bảo hiểm xã hội tỉnh", "Trưởng Ban chỉ đạo phát triển người tham gia BHXH, BHYT của ngành")],
[Q("100%", 100, "%"), Q("214 buổi tuyên truyền, đối thoại", 214, "buổi tuyên truyền, đối thoại"), Q("11.600 lượt người", 11600, "lượt người"),
 Q("561.243 người", 561243, "người"), Q("89,1%", 89.1, "%"), Q("3.970 người", 3970, "người"), Q("1.426 người", 1426, "người"),
 Q("98,6%", 98.6, "%"), Q("17 mô hình", 17, "mô hình"), Q("20.000 đồng", 20000, "đồng"), Q("312 thẻ", 312, "thẻ"),
 Q("khoảng 150 người", 150, "người", "approx"), Q("khoảng 21.000 người", 21000, "người", "approx"),
 Q("30%", 30, "%"), Q("10%", 10, "%")],
[D("Nghị định", "146", "2018/NĐ-CP", "2018-10-17", "Chính phủ", "Nghị định số 146/2018/NĐ-CP ngày 17/10/2018"),
 D("Kế hoạch", "102", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 102-KH/BDVTU"),
 D("Hướng dẫn", "04", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn 04, 05-HD/BDVTU"),
 D("Hướng dẫn", "05", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn 04, 05-HD/BDVTU"),
 D("Quy chế phối hợp", "09", "QC/BDVTU-BHXH", None, None, "Quy chế phối hợp số 09-QC/BDVTU-BHXH")],
[prov("Quảng Trị"), com("A Bung")],
["Báo Quảng Trị điện tử", "Chính trị >> Xây dựng Đảng", "Toàn cảnh hội nghị giao ban.", "(QTO)", "Tiết kiệm mua thẻ BHYT", "Lượt đọc: 817", "Vì người nghèo"],
["Thứ Sáu, 18/10/2019 - 10:20", "quý III/2019", "năm 2018", "năm 2020", "quý IV", "2019 - 2024", "Lượt đọc: 817"]))

PAGES.append(page("b3974-bentre-hlhpn-guongsang-bhxh-2019", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH BẾN TRE
Trang chủ / Gương điển hình / Phụ nữ Bến Tre
03/05/2019 - 07:45
Chị Ba "bảo hiểm" của xứ dừa
Hơn 6 năm làm nhân viên thu BHXH tự nguyện, BHYT hộ gia đình, chị Nguyễn Thị Mộng Tuyền, Chi hội trưởng Phụ nữ ấp Phú Thạnh, xã Phú Túc, huyện Châu Thành, đã vận động được 437 người tham gia BHXH tự nguyện và gần 2.000 người mua thẻ BHYT. Bà con trong ấp quen gọi chị là "chị Ba bảo hiểm".
Chị Mộng Tuyền (bên phải) hướng dẫn người dân kê khai tham gia BHXH tự nguyện. Ảnh: Thu Thảo
Năm 2013, khi Hội Liên hiệp Phụ nữ xã Phú Túc được Bảo hiểm xã hội huyện ký hợp đồng làm đại lý thu, chị Tuyền xung phong nhận việc. Những ngày đầu, đi cả chục nhà mới có một người chịu nghe. "Nhiều chị em nói lo ăn còn chưa xong, lấy đâu tiền đóng bảo hiểm cho 20 năm sau. Tôi phải tính cho từng nhà: bớt mỗi ngày một ly cà phê, mỗi tháng dư ra 300.000 đồng là đủ đóng", chị kể.
Chị Tuyền chọn cách đi vào buổi tối, khi bà con đi làm vườn, đi bẻ dừa về. Chị mang theo sổ tay ghi từng hộ, từng người, ngày thẻ hết hạn để nhắc gia hạn trước 15 ngày. Nhờ vậy, ấp Phú Thạnh có 96,5% người dân có thẻ BHYT, cao nhất xã. Năm 2018, chị vận động được 112 người tham gia BHXH tự nguyện, trong đó có 38 phụ nữ làm nghề bóc vỏ dừa, se chỉ xơ dừa.
Không chỉ vận động, chị Tuyền còn kết nối với các mạnh thường quân, năm 2018 xin được 46 thẻ BHYT tặng hộ cận nghèo và 15 sổ BHXH tự nguyện cho phụ nữ đơn thân, trị giá khoảng 52 triệu đồng.
Có lần, một cụ bà ở ấp Phú Hòa đóng BHXH tự nguyện được 3 năm thì định rút một lần vì cần tiền sửa nhà. Chị Tuyền đến nhà ba lần, tính cho cụ thấy nếu đóng tiếp đủ 20 năm thì mỗi tháng sẽ có lương hưu, lại được cấp thẻ BHYT miễn phí. Cuối cùng cụ giữ lại sổ, còn vận động thêm 2 người con dâu cùng tham gia.
Bà Trần Thị Thanh Lam, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh Bến Tre cho biết, thực hiện Chương trình phối hợp số 12/CTr-BHXH-HLHPN giữa Bảo hiểm xã hội tỉnh và Hội Liên hiệp Phụ nữ tỉnh, toàn tỉnh có 164 cơ sở hội làm đại lý thu, vận động được 7.120 người tham gia BHXH tự nguyện. "Những cán bộ hội như chị Tuyền là cầu nối tin cậy giữa chính sách và người dân", bà Lam nói.
Bà Lê Thị Thu, Chủ tịch Hội Liên hiệp Phụ nữ xã Phú Túc cho biết, chị Tuyền được Trung ương Hội Liên hiệp Phụ nữ Việt Nam tặng bằng khen năm 2018 và là một trong 10 gương "Phụ nữ Bến Tre tiêu biểu" được tuyên dương dịp 8/3 năm nay.
Thu Thảo
Lượt xem: 1.893
Tin liên quan
- Mỏ Cày Nam: Hội Phụ nữ vận động 500 hội viên tham gia BHXH tự nguyện (18/04/2019)
- Gương phụ nữ khởi nghiệp từ cây dừa (09/04/2019)
- Hội thi "Phụ nữ với pháp luật" huyện Ba Tri (28/03/2019)
""", "2019-05-03", "Chị Ba \"bảo hiểm\" của xứ dừa",
E("khac", None, None),
[P("Nguyễn Thị Mộng Tuyền", "Chi hội trưởng Phụ nữ ấp Phú Thạnh"),
 P("Trần Thị Thanh Lam", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh Bến Tre"),
 P("Lê Thị Thu", "Chủ tịch Hội Liên hiệp Phụ nữ xã Phú Túc")],
[Q("437 người", 437, "người"), Q("2 người con dâu", 2, "người con dâu"), Q("gần 2.000 người", 2000, "người", "approx"), Q("300.000 đồng", 300000, "đồng"),
 Q("96,5%", 96.5, "%"), Q("112 người", 112, "người"), Q("38 phụ nữ", 38, "phụ nữ"), Q("46 thẻ BHYT", 46, "thẻ BHYT"),
 Q("15 sổ BHXH tự nguyện", 15, "sổ BHXH tự nguyện"), Q("khoảng 52 triệu đồng", 52000000, "đồng", "approx"),
 Q("164 cơ sở hội", 164, "cơ sở hội"), Q("7.120 người", 7120, "người"), Q("10 gương", 10, "gương")],
[D("Chương trình phối hợp", "12", "CTr-BHXH-HLHPN", None, None, "Chương trình phối hợp số 12/CTr-BHXH-HLHPN")],
[prov("Bến Tre"), com("Phú Túc")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH BẾN TRE", "Trang chủ / Gương điển hình / Phụ nữ Bến Tre", "chị Ba bảo hiểm",
 "Chị Mộng Tuyền (bên phải) hướng dẫn người dân kê khai tham gia BHXH tự nguyện. Ảnh: Thu Thảo", "Phụ nữ Bến Tre tiêu biểu", "Lượt xem: 1.893"],
["03/05/2019 - 07:45", "Hơn 6 năm", "Năm 2013", "20 năm", "3 năm", "ba lần", "đủ 20 năm", "15 ngày", "Năm 2018", "8/3", "Lượt xem: 1.893"]))

PAGES.append(page("b3975-hagiang-hoiphunu-daihoi-2020", """
Báo Hà Giang điện tử
Tin tức > Chính trị > Đại hội các cấp
Thứ Sáu, 25/09/2020 - 15:30
Đại hội Phụ nữ xã Quản Bạ: 100% hội viên có thẻ BHYT là chỉ tiêu hàng đầu
(BHG) - Ngày 23/9/2020, Hội Liên hiệp Phụ nữ xã Quản Bạ, huyện Quản Bạ long trọng tổ chức Đại hội đại biểu Phụ nữ xã lần thứ VII, nhiệm kỳ 2021 - 2026. Đây là đại hội điểm cấp cơ sở của huyện. Về dự có đồng chí Vàng Thị Dính, Tỉnh ủy viên, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh; đồng chí Lò Thị Chúa, HUV, Trưởng Ban Dân vận Huyện ủy Quản Bạ cùng 120 đại biểu đại diện cho 1.146 hội viên phụ nữ các dân tộc Mông, Tày, Dao, Giáy trong xã.
Toàn cảnh Đại hội. Ảnh: Hồng Thắm
Nhiệm kỳ 2016 - 2021, Hội LHPN xã đã phối hợp với Bưu điện huyện và trạm y tế xã tổ chức 68 buổi truyền thông về BHYT, BHXH tự nguyện tại 11 thôn; vận động 214 hội viên tham gia BHYT hộ gia đình, 37 hội viên tham gia BHXH tự nguyện. Đến nay, tỷ lệ hội viên có thẻ BHYT đạt 98,2%; còn 21 hội viên ở thôn Lùng Khố, Cán Tỷ chưa có thẻ do không thuộc diện được ngân sách đóng. Hội đã vận động các nhà hảo tâm tặng 85 thẻ BHYT cho phụ nữ đơn thân, phụ nữ cao tuổi không có lương hưu, trị giá trên 60 triệu đồng; duy trì 9 tổ "Tiết kiệm vì sức khỏe" với 135 thành viên.
Đại hội thông qua Nghị quyết với 10 chỉ tiêu, trong đó: 100% hội viên có thẻ BHYT; mỗi năm vận động ít nhất 15 hội viên tham gia BHXH tự nguyện; 90% chi hội có mô hình tiết kiệm; phấn đấu xóa 30 hộ nghèo do phụ nữ làm chủ hộ. Thực hiện Chỉ thị số 05-CT/HU của Ban Thường vụ Huyện ủy Quản Bạ, nội dung vận động BHYT được đưa vào sinh hoạt chi hội hằng tháng.
Phát biểu chỉ đạo, đồng chí Vàng Thị Dính ghi nhận sự cố gắng của Hội LHPN xã, đề nghị nhiệm kỳ tới tiếp tục thực hiện Nghị quyết số 01-NQ/ĐH của Đại hội đại biểu Phụ nữ tỉnh lần thứ XIV và Kế hoạch 175/KH-UBND của UBND tỉnh về thực hiện BHYT toàn dân; chú trọng tuyên truyền bằng tiếng Mông, lồng ghép với phòng chống tảo hôn.
Đại hội đã bầu Ban Chấp hành khóa mới gồm 15 đồng chí. Chị Sùng Thị Mỷ được tín nhiệm bầu giữ chức Chủ tịch Hội Liên hiệp Phụ nữ xã Quản Bạ nhiệm kỳ 2021 - 2026; các chị Hoàng Thị Lan, Lý Thị Say được bầu làm Phó Chủ tịch Hội Liên hiệp Phụ nữ xã. Đại hội cũng bầu 7 đại biểu đi dự Đại hội Phụ nữ huyện.
Ông Thào Mí Chứ, Chủ tịch UBND xã Quản Bạ, tặng hoa chúc mừng và cam kết dành ngân sách xã mua 20 thẻ BHYT cho hội viên nghèo ngay trong năm 2020.
Hồng Thắm
Lượt xem: 604
Tin cùng chuyên mục
- Đại hội Phụ nữ xã Tùng Vài nhiệm kỳ 2021 - 2026 (21/09/2020)
- Quản Bạ: tập huấn nghiệp vụ công tác Hội cho chi hội trưởng (14/09/2020)
- Hội LHPN tỉnh trao 50 con bò giống cho phụ nữ nghèo (04/09/2020)
""", "2020-09-25", "Đại hội Phụ nữ xã Quản Bạ: 100% hội viên có thẻ BHYT là chỉ tiêu hàng đầu",
E("dai_hoi", None, "2020-09-23"),
[P("Vàng Thị Dính", "Tỉnh ủy viên", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
 P("Lò Thị Chúa", "HUV", "Trưởng Ban Dân vận Huyện ủy Quản Bạ"),
 P("Sùng Thị Mỷ", "Chủ tịch Hội Liên hiệp Phụ nữ xã Quản Bạ nhiệm kỳ 2021 - 2026"),
 P("Hoàng Thị Lan", "Phó Chủ tịch Hội Liên hiệp Phụ nữ xã"),
 P("Lý Thị Say", "Phó Chủ tịch Hội Liên hiệp Phụ nữ xã"),
 P("Thào Mí Chứ", "Chủ tịch UBND xã Quản Bạ")],
[Q("100%", 100, "%"), Q("120 đại biểu", 120, "đại biểu"), Q("1.146 hội viên phụ nữ", 1146, "hội viên phụ nữ"),
 Q("68 buổi truyền thông", 68, "buổi truyền thông"), Q("11 thôn", 11, "thôn"), Q("214 hội viên", 214, "hội viên"),
 Q("37 hội viên", 37, "hội viên"), Q("98,2%", 98.2, "%"), Q("21 hội viên", 21, "hội viên"), Q("85 thẻ BHYT", 85, "thẻ BHYT"),
 Q("trên 60 triệu đồng", 60000000, "đồng", "over"), Q("9 tổ", 9, "tổ"), Q("135 thành viên", 135, "thành viên"),
 Q("10 chỉ tiêu", 10, "chỉ tiêu"), Q("ít nhất 15 hội viên", 15, "hội viên", "over"), Q("90%", 90, "%"), Q("30 hộ nghèo", 30, "hộ nghèo"),
 Q("15 đồng chí", 15, "đồng chí"), Q("7 đại biểu", 7, "đại biểu"), Q("20 thẻ BHYT", 20, "thẻ BHYT")],
[D("Chỉ thị", "05", "CT/HU", None, "Ban Thường vụ Huyện ủy Quản Bạ", "Chỉ thị số 05-CT/HU"),
 D("Nghị quyết", "01", "NQ/ĐH", None, "Đại hội đại biểu Phụ nữ tỉnh lần thứ XIV", "Nghị quyết số 01-NQ/ĐH"),
 D("Kế hoạch", "175", "KH-UBND", None, "UBND tỉnh", "Kế hoạch 175/KH-UBND")],
[prov("Hà Giang"), com("Quản Bạ")],
["Báo Hà Giang điện tử", "Tin tức > Chính trị > Đại hội các cấp", "(BHG)", "Toàn cảnh Đại hội. Ảnh: Hồng Thắm", "Tiết kiệm vì sức khỏe", "Lượt xem: 604"],
["Thứ Sáu, 25/09/2020 - 15:30", "lần thứ VII", "2021 - 2026", "2016 - 2021", "mỗi năm", "15 đồng chí", "năm 2020", "Lượt xem: 604"]))

PAGES.append(page("b3976-kontum-bdv-tongket-bhyt-2021", """
BAN DÂN VẬN TỈNH ỦY KON TUM
You are here: Trang chủ » Tin hoạt động » Phối hợp liên ngành
Hôm nay: Thứ Sáu, 22/01/2021
Ảnh: Quang cảnh hội nghị tổng kết.
Nâng cao hiệu quả phối hợp vận động nhân dân tham gia BHXH, BHYT
Ngày đăng: 20/01/2021 | 16:45
Sáng 19/01/2021, Ban Dân vận Tỉnh ủy và Bảo hiểm xã hội tỉnh Kon Tum tổ chức hội nghị tổng kết công tác phối hợp tuyên truyền, vận động nhân dân thực hiện chính sách BHXH, BHYT năm 2020, triển khai nhiệm vụ năm 2021. Đồng chí Y Ngọc, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh và ông Trương Văn Nam, Giám đốc Bảo hiểm xã hội tỉnh đồng chủ trì.
Năm 2020, dù chịu ảnh hưởng của dịch Covid-19, hai cơ quan đã phối hợp tổ chức 74 hội nghị tuyên truyền tại các xã vùng sâu, 18 buổi đối thoại trực tiếp với 1.350 người dân tộc Xơ Đăng, Ba Na, Gia Rai, Giẻ Triêng; in 20.000 tờ gấp bằng 3 thứ tiếng. Đến ngày 31/12/2020, toàn tỉnh có 487.312 người tham gia BHYT, đạt 87,9% dân số; 2.861 người tham gia BHXH tự nguyện, tăng 84,6% so với năm 2019, vượt 15% chỉ tiêu Nghị quyết số 125/NQ-CP ngày 08/10/2018 của Chính phủ giao cho tỉnh.
Đồng chí A Pớt, HUV, Trưởng Ban Dân vận Huyện ủy Tu Mơ Rông, cho biết huyện đã thành lập 63 tổ vận động ở thôn, làng do già làng, người có uy tín làm tổ trưởng. Già làng A Hoan, người có uy tín làng Đăk Chum, xã Tu Mơ Rông, kể làng có 146 hộ thì 140 hộ đã có thẻ BHYT.
Các đồng chí Phó Giám đốc Bảo hiểm xã hội tỉnh: Lê Văn Hùng, Y Thị Hằng trình bày kết quả thực hiện Kế hoạch liên tịch số 01/KHLT-BDVTU-BHXH ngày 15/01/2020 và đề xuất dành khoảng 1,5 tỷ đồng từ nguồn kinh phí tuyên truyền để hỗ trợ người dân tộc thiểu số thoát nghèo tiếp tục mua thẻ BHYT.
Hội nghị chỉ ra hạn chế: vẫn còn 12 xã có tỷ lệ bao phủ BHYT dưới 80%; số người tham gia BHXH tự nguyện chủ yếu ở thành phố Kon Tum; nhiều người tham gia rồi bỏ giữa chừng, năm 2020 có 318 người dừng đóng.
Phát biểu kết luận, đồng chí Y Ngọc đề nghị năm 2021 thực hiện tốt Nghị quyết 28-NQ/TW của Ban Chấp hành Trung ương và Chương trình hành động số 45-CTr/TU ngày 12/9/2018 của Tỉnh ủy; phấn đấu tỷ lệ bao phủ BHYT đạt 92% và có thêm 1.000 người tham gia BHXH tự nguyện. Ông Trương Văn Nam cam kết ngành sẽ tặng 200 sổ BHXH tự nguyện cho người lao động khó khăn ở 10 xã biên giới.
Dịp này, Ban Dân vận Tỉnh ủy và Bảo hiểm xã hội tỉnh tặng giấy khen cho 9 tập thể, 14 cá nhân xuất sắc.
Minh Hòa
Lượt truy cập: 1.107
Tin khác
- Ban Dân vận Tỉnh ủy tổng kết công tác năm 2020 (15/01/2021)
- Đăk Glei: vận động đồng bào không di cư tự do (08/01/2021)
- Trao 150 suất quà Tết cho hộ nghèo xã Ngọk Réo (30/12/2020)
""", "2021-01-20", "Nâng cao hiệu quả phối hợp vận động nhân dân tham gia BHXH, BHYT",
E("tong_ket", "2020", "2021-01-19"),
[P("Y Ngọc", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trương Văn Nam", "Giám đốc Bảo hiểm xã hội tỉnh"),
 P("A Pớt", "HUV", "Trưởng Ban Dân vận Huyện ủy Tu Mơ Rông"),
 P("A Hoan", "Già làng", "người có uy tín làng Đăk Chum"),
 P("Lê Văn Hùng", "Phó Giám đốc Bảo hiểm xã hội tỉnh"),
 P("Y Thị Hằng", "Phó Giám đốc Bảo hiểm xã hội tỉnh")],
[Q("74 hội nghị tuyên truyền", 74, "hội nghị tuyên truyền"), Q("18 buổi đối thoại trực tiếp", 18, "buổi đối thoại trực tiếp"),
 Q("1.350 người dân tộc Xơ Đăng, Ba Na, Gia Rai, Giẻ Triêng", 1350, "người dân tộc Xơ Đăng, Ba Na, Gia Rai, Giẻ Triêng"),
 Q("20.000 tờ gấp", 20000, "tờ gấp"), Q("487.312 người", 487312, "người"), Q("87,9%", 87.9, "%"), Q("2.861 người", 2861, "người"),
 Q("84,6%", 84.6, "%"), Q("15%", 15, "%"), Q("63 tổ vận động", 63, "tổ vận động"), Q("146 hộ", 146, "hộ"), Q("140 hộ", 140, "hộ"),
 Q("khoảng 1,5 tỷ đồng", 1500000000, "đồng", "approx"), Q("12 xã", 12, "xã"), Q("dưới 80%", 80, "%", "approx"), Q("318 người", 318, "người"),
 Q("92%", 92, "%"), Q("1.000 người", 1000, "người"), Q("200 sổ BHXH tự nguyện", 200, "sổ BHXH tự nguyện"), Q("10 xã biên giới", 10, "xã biên giới"),
 Q("9 tập thể", 9, "tập thể"), Q("14 cá nhân xuất sắc", 14, "cá nhân xuất sắc")],
[D("Nghị quyết", "125", "NQ-CP", "2018-10-08", "Chính phủ", "Nghị quyết số 125/NQ-CP ngày 08/10/2018"),
 D("Kế hoạch liên tịch", "01", "KHLT-BDVTU-BHXH", "2020-01-15", None, "Kế hoạch liên tịch số 01/KHLT-BDVTU-BHXH ngày 15/01/2020"),
 D("Nghị quyết", "28", "NQ/TW", None, "Ban Chấp hành Trung ương", "Nghị quyết 28-NQ/TW"),
 D("Chương trình hành động", "45", "CTr/TU", "2018-09-12", "Tỉnh ủy", "Chương trình hành động số 45-CTr/TU ngày 12/9/2018")],
[prov("Kon Tum"), com("Tu Mơ Rông")],
["BAN DÂN VẬN TỈNH ỦY KON TUM", "You are here: Trang chủ » Tin hoạt động » Phối hợp liên ngành", "Hôm nay: Thứ Sáu, 22/01/2021",
 "Ảnh: Quang cảnh hội nghị tổng kết.", "Covid-19", "Lượt truy cập: 1.107"],
["Hôm nay: Thứ Sáu, 22/01/2021", "năm 2020", "năm 2021", "31/12/2020", "năm 2019", "3 thứ tiếng", "Lượt truy cập: 1.107"]))
