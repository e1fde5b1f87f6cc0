from lib import *
PAGES = []

PAGES.append(page("b7337-caobang-hnct-taphuan-2021", """
BÁO CAO BẰNG ĐIỆN TỬ
Xã hội | Y tế | Giáo dục
Cập nhật: 09:20, 18/11/2021 (GMT+7)
Tập huấn chăm sóc sức khỏe người cao tuổi cho câu lạc bộ liên thế hệ
Từ ngày 16 - 17/11, Hội Người cao tuổi tỉnh Cao Bằng tổ chức lớp tập huấn năm 2021 về kỹ năng chăm sóc sức khỏe tại nhà và phòng, chống dịch COVID-19 cho 62 học viên là chủ nhiệm, phó chủ nhiệm và tình nguyện viên của các câu lạc bộ liên thế hệ tự giúp nhau trên địa bàn tỉnh.
Học viên thực hành đo huyết áp. Ảnh: Bế Hà
Phát biểu khai mạc, bà Nông Thị Bích, Phó Chủ tịch Hội Người cao tuổi tỉnh, cho biết: thực hiện Quyết định số 1336/QĐ-TTg ngày 22/9/2020 của Thủ tướng Chính phủ phê duyệt Đề án nhân rộng mô hình câu lạc bộ liên thế hệ tự giúp nhau giai đoạn 2021 - 2025, UBND tỉnh đã ban hành Kế hoạch số 2105/KH-UBND ngày 12/5/2021, đặt mục tiêu đến năm 2025 toàn tỉnh có 140 câu lạc bộ. Đến nay, tỉnh đã thành lập được 47 câu lạc bộ với 2.470 thành viên, trong đó 78% là đồng bào Tày, Nùng, Dao, Mông.
Trong 2 ngày, các học viên được bác sĩ Trung tâm Kiểm soát bệnh tật tỉnh hướng dẫn cách đo huyết áp, đo đường huyết, nhận biết dấu hiệu tai biến mạch máu não; cách chăm sóc người cao tuổi nằm liệt giường, người sau điều trị COVID-19 tại nhà; cách ghi chép phiếu theo dõi sức khỏe hằng tháng. Mỗi câu lạc bộ được cấp 1 bộ dụng cụ gồm máy đo huyết áp, cân sức khỏe và tủ thuốc, trị giá khoảng 3,5 triệu đồng.
Ông Hoàng Văn Páo, Chủ nhiệm câu lạc bộ liên thế hệ tự giúp nhau xóm Nà Mạ, xã Đề Thám, chia sẻ: câu lạc bộ thành lập tháng 3/2021 với 52 thành viên, đã có 9 thành viên trẻ tình nguyện đến nhà chăm sóc 14 cụ già yếu. "Trước đây các cháu chỉ biết hỏi thăm, giờ được học đo huyết áp, biết khi nào phải gọi y tế xã thì yên tâm hơn nhiều".
Bà Lục Thị Mai, tình nguyện viên câu lạc bộ xã Hưng Đạo, đề nghị Hội tổ chức thêm lớp tập huấn bằng tiếng Tày, tiếng Nùng để các cụ dễ hiểu. Ông Lý Văn Tắc, Chủ tịch Hội Người cao tuổi huyện Bảo Lạc, kiến nghị hỗ trợ thêm vốn ban đầu cho các câu lạc bộ vùng cao, nơi thành viên rất khó góp quỹ.
Kết thúc lớp học, Hội Người cao tuổi tỉnh giao chỉ tiêu năm 2022 thành lập thêm 25 câu lạc bộ, tập trung ở các huyện Bảo Lạc, Hà Quảng, Trùng Khánh. Theo bà Nông Thị Bích, toàn tỉnh có khoảng 66.000 người cao tuổi, trong đó hơn 30% thuộc hộ nghèo, cận nghèo, nên nhu cầu chăm sóc tại cộng đồng là rất lớn.
Bế Hà
Tin liên quan
- Ra mắt câu lạc bộ liên thế hệ tự giúp nhau xã Quang Trung (05/11/2021)
- Hội Người cao tuổi tỉnh hưởng ứng Tháng hành động vì người cao tuổi (01/10/2021)
- Hòa An: 300 cụ được tiêm vắc xin tại nhà (21/09/2021)
""", "2021-11-18", "Tập huấn chăm sóc sức khỏe người cao tuổi cho câu lạc bộ liên thế hệ",
E("tap_huan", "2021", "2021-11-16"),
[P("Nông Thị Bích", "Phó Chủ tịch Hội Người cao tuổi tỉnh"),
 P("Hoàng Văn Páo", "Chủ nhiệm câu lạc bộ liên thế hệ tự giúp nhau xóm Nà Mạ"),
 P("Lục Thị Mai", "tình nguyện viên câu lạc bộ xã Hưng Đạo"),
 P("Lý Văn Tắc", "Chủ tịch Hội Người cao tuổi huyện Bảo Lạc")],
[Q("62 học viên", 62, "học viên"), Q("140 câu lạc bộ", 140, "câu lạc bộ"), Q("47 câu lạc bộ", 47, "câu lạc bộ"),
 Q("2.470 thành viên", 2470, "thành viên"), Q("78%", 78, "%"), Q("khoảng 3,5 triệu đồng", 3500000, "đồng", "approx"),
 Q("52 thành viên", 52, "thành viên"), Q("9 thành viên trẻ", 9, "thành viên trẻ"), Q("14 cụ", 14, "cụ"),
 Q("25 câu lạc bộ", 25, "câu lạc bộ"), Q("khoảng 66.000 người cao tuổi", 66000, "người cao tuổi", "approx"),
 Q("hơn 30%", 30, "%", "over")],
[D("Quyết định", "1336", "QĐ-TTg", "2020-09-22", "Thủ tướng Chính phủ", "Quyết định số 1336/QĐ-TTg ngày 22/9/2020"),
 D("Kế hoạch", "2105", "KH-UBND", "2021-05-12", "UBND tỉnh", "Kế hoạch số 2105/KH-UBND ngày 12/5/2021")],
[prov("Cao Bằng"), com("Đề Thám"), com("Hưng Đạo")],
["BÁO CAO BẰNG ĐIỆN TỬ", "Xã hội | Y tế | Giáo dục", "Học viên thực hành đo huyết áp. Ảnh: Bế Hà",
 "Trung tâm Kiểm soát bệnh tật tỉnh"],
["Cập nhật: 09:20, 18/11/2021 (GMT+7)", "năm 2021", "COVID-19", "giai đoạn 2021 - 2025", "năm 2025", "2 ngày",
 "1 bộ dụng cụ", "tháng 3/2021", "năm 2022"]))

PAGES.append(page("b7338-kiengiang-hnct-giaoban-2022", """
Báo Kiên Giang
Trang chủ >> Xã hội >> Người cao tuổi
Ngày 08/07/2022 | 14:05
Quang cảnh buổi giao ban.
Hội Người cao tuổi tỉnh giao ban tháng 6
Sáng 7/7, Thường trực Hội Người cao tuổi tỉnh Kiên Giang tổ chức giao ban công tác tháng 6/2022 với các ban chuyên môn và chủ tịch hội 15 huyện, thành phố. Ông Danh Út, Chủ tịch Hội Người cao tuổi tỉnh chủ trì buổi giao ban.
Trong tháng 6, các cấp hội đã thành lập mới 5 câu lạc bộ liên thế hệ tự giúp nhau tại các xã Vĩnh Hòa Hưng Nam, Mong Thọ A, Bình An và thị trấn Tân Hiệp, nâng tổng số câu lạc bộ toàn tỉnh lên 83 câu lạc bộ với 4.312 thành viên. Quỹ của các câu lạc bộ đạt 5,86 tỷ đồng, tăng 320 triệu đồng so với tháng trước. Hội đã phối hợp Trung tâm Y tế các huyện khám sức khỏe miễn phí cho 1.046 lượt người cao tuổi.
Đáng chú ý, câu lạc bộ liên thế hệ tự giúp nhau ấp Kiên Bình, xã Mong Thọ A ra mắt với 60 thành viên, trong đó 23 thành viên là người dân tộc Khmer. Bà Thị Sa Rươn, Chủ nhiệm câu lạc bộ cho biết, ngay tháng đầu thành lập, thành viên đã đóng góp được 12 triệu đồng; Hội Người cao tuổi huyện Châu Thành hỗ trợ thêm 30 triệu đồng vốn ban đầu.
Ông Trịnh Văn Kiệt, Phó Chủ tịch Hội Người cao tuổi tỉnh, báo cáo việc thực hiện Kế hoạch số 147/KH-UBND ngày 27/8/2021 của UBND tỉnh triển khai Đề án nhân rộng mô hình câu lạc bộ liên thế hệ tự giúp nhau giai đoạn 2021 - 2025: sau 10 tháng, toàn tỉnh đạt 41,5% chỉ tiêu. Ông đề nghị các huyện An Biên, U Minh Thượng, Giang Thành sớm khảo sát địa bàn để thành lập câu lạc bộ trong quý III.
Góp ý tại giao ban, ông Danh Sơn, Trưởng ban Phong trào Hội Người cao tuổi tỉnh, cho rằng một số câu lạc bộ mới chỉ chú trọng cho vay vốn, chưa quan tâm nội dung chăm sóc tại nhà và học tập suốt đời. Bà Lâm Thị Thu Trang, Chánh Văn phòng Hội, lưu ý việc quyết toán kinh phí hỗ trợ theo Thông tư số 96/2018/TT-BTC ngày 18/10/2018 của Bộ Tài chính cần làm đúng hạn.
Theo phản ánh của một số huyện, nhu cầu vay vốn của thành viên ngày càng lớn trong khi quỹ câu lạc bộ còn nhỏ; nhiều câu lạc bộ vùng ven biển phải xếp hàng chờ vay theo thứ tự. Một số nơi chưa có tình nguyện viên trẻ vì thanh niên đi làm ở các khu công nghiệp ngoài tỉnh.
Kết luận buổi giao ban, ông Danh Út yêu cầu trong tháng 7 các cấp hội tập trung tổ chức các hoạt động tri ân nhân Ngày Thương binh - Liệt sĩ 27/7; phối hợp với ngành y tế tiêm vắc xin phòng COVID-19 mũi nhắc lại cho người cao tuổi; phấn đấu đến cuối năm 2022 có ít nhất 100 câu lạc bộ.
Kim Hà
Xem thêm
- Hội Người cao tuổi tỉnh giao ban tháng 5/2022 (06/06/2022)
- Phú Quốc: 2 câu lạc bộ liên thế hệ ra mắt (28/05/2022)
- Người cao tuổi Hòn Đất làm kinh tế giỏi (15/05/2022)
""", "2022-07-08", "Hội Người cao tuổi tỉnh giao ban tháng 6",
E("giao_ban", "2022-06", "2022-07-07"),
[P("Danh Út", "Chủ tịch Hội Người cao tuổi tỉnh"),
 P("Thị Sa Rươn", "Chủ nhiệm câu lạc bộ"),
 P("Trịnh Văn Kiệt", "Phó Chủ tịch Hội Người cao tuổi tỉnh"),
 P("Danh Sơn", "Trưởng ban Phong trào Hội Người cao tuổi tỉnh"),
 P("Lâm Thị Thu Trang", "Chánh Văn phòng Hội")],
[Q("15 huyện, thành phố", 15, "huyện, thành phố"), Q("5 câu lạc bộ liên thế hệ tự giúp nhau", 5, "câu lạc bộ liên thế hệ tự giúp nhau"),
 Q("83 câu lạc bộ", 83, "câu lạc bộ"), Q("4.312 thành viên", 4312, "thành viên"), Q("5,86 tỷ đồng", 5860000000, "đồng"),
 Q("320 triệu đồng", 320000000, "đồng"), Q("1.046 lượt người cao tuổi", 1046, "lượt người cao tuổi"),
 Q("60 thành viên", 60, "thành viên"), Q("23 thành viên", 23, "thành viên"), Q("12 triệu đồng", 12000000, "đồng"),
 Q("30 triệu đồng", 30000000, "đồng"), Q("41,5% chỉ tiêu", 41.5, "%"), Q("ít nhất 100 câu lạc bộ", 100, "câu lạc bộ", "over")],
[D("Kế hoạch", "147", "KH-UBND", "2021-08-27", "UBND tỉnh", "Kế hoạch số 147/KH-UBND ngày 27/8/2021"),
 D("Thông tư", "96", "2018/TT-BTC", "2018-10-18", "Bộ Tài chính", "Thông tư số 96/2018/TT-BTC ngày 18/10/2018")],
[prov("Kiên Giang"), com("Vĩnh Hòa Hưng Nam"), com("Mong Thọ A"), com("Bình An"), com("Tân Hiệp")],
["Báo Kiên Giang", "Trang chủ >> Xã hội >> Người cao tuổi", "Quang cảnh buổi giao ban.", "Trung tâm Y tế",
 "Ngày Thương binh - Liệt sĩ"],
["Ngày 08/07/2022 | 14:05", "tháng 6/2022", "tháng 6", "giai đoạn 2021 - 2025", "10 tháng", "quý III", "tháng 7", "27/7",
 "cuối năm 2022"]))

PAGES.append(page("b7339-phutho-hnct-tongket-2022", """
Báo Phú Thọ điện tử
Trang chủ / Chính trị - Xã hội / Mặt trận - Đoàn thể
Thứ Sáu, 23/12/2022 - 10:15
Phó Chủ tịch UBND tỉnh Hồ Đại Dũng trao bằng khen cho các tập thể.
Lan tỏa mô hình câu lạc bộ liên thế hệ tự giúp nhau
Sáng 22/12, Hội Người cao tuổi tỉnh tổ chức hội nghị tổng kết công tác hội năm 2022, triển khai nhiệm vụ năm 2023. Dự hội nghị có đồng chí Hồ Đại Dũng, Phó Chủ tịch UBND tỉnh; đồng chí Đinh Công Sứ, Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh.
Năm 2022, các cấp hội người cao tuổi trong tỉnh đã thực hiện hiệu quả Chương trình hành động số 21-CTr/TU ngày 14/4/2022 của Tỉnh ủy và Kế hoạch số 1868/KH-UBND của UBND tỉnh về thực hiện Chương trình quốc gia về người cao tuổi giai đoạn 2021 - 2030. Toàn tỉnh hiện có 230.812 hội viên, chiếm 98,2% tổng số người cao tuổi.
Dấu ấn nổi bật là mô hình câu lạc bộ liên thế hệ tự giúp nhau tiếp tục được nhân rộng: thành lập mới 68 câu lạc bộ, nâng tổng số lên 512 câu lạc bộ với 26.400 thành viên, nhiều nhất khu vực trung du miền núi phía Bắc. Tổng nguồn vốn các câu lạc bộ đạt hơn 30 tỷ đồng, cho gần 9.000 lượt hộ vay phát triển sản xuất. Tình nguyện viên của các câu lạc bộ đã thăm, chăm sóc tại nhà cho 3.815 người cao tuổi khó khăn.
Cùng với đó, các cấp hội đã chúc thọ, mừng thọ cho 42.600 cụ; phối hợp tổ chức khám sức khỏe cho hơn 85.000 lượt người cao tuổi; vận động Quỹ chăm sóc và phát huy vai trò người cao tuổi được 28,7 tỷ đồng.
Tại hội nghị, bà Hà Thị Thúy, Chủ nhiệm câu lạc bộ liên thế hệ tự giúp nhau khu 6, xã Xuân Sơn, huyện Tân Sơn, chia sẻ kinh nghiệm huy động người dân tộc Mường, Dao tham gia câu lạc bộ. Ông Nguyễn Văn Thái, Chủ tịch Hội Người cao tuổi thị xã Phú Thọ, đề nghị tỉnh có cơ chế hỗ trợ câu lạc bộ hoạt động lâu năm duy trì nguồn vốn.
Phát biểu chỉ đạo, đồng chí Hồ Đại Dũng đề nghị năm 2023 các cấp hội bám sát Quyết định số 1336/QĐ-TTg của Thủ tướng Chính phủ, phấn đấu mỗi xã, phường, thị trấn có ít nhất 2 câu lạc bộ; đổi mới nội dung sinh hoạt, chú trọng chuyển đổi số, giúp người cao tuổi sử dụng điện thoại thông minh, tiếp cận dịch vụ công trực tuyến.
Dịp này, Trung ương Hội Người cao tuổi Việt Nam tặng bằng khen cho 4 tập thể; UBND tỉnh tặng bằng khen cho 10 tập thể, 15 cá nhân. Ông Đỗ Văn Lâm, Chủ tịch Hội Người cao tuổi tỉnh, tiếp thu các ý kiến và cho biết Hội sẽ sớm ban hành hướng dẫn về chuyển đổi số trong câu lạc bộ.
Thu Hương
Tin cùng chuyên mục
- Việt Trì sơ kết 5 năm mô hình câu lạc bộ liên thế hệ (15/12/2022)
- Thanh Sơn: 35 câu lạc bộ được hỗ trợ vốn (02/12/2022)
- Hội Người cao tuổi tỉnh kiểm tra hoạt động cơ sở (24/11/2022)
""", "2022-12-23", "Lan tỏa mô hình câu lạc bộ liên thế hệ tự giúp nhau",
E("tong_ket", "2022", "2022-12-22"),
[P("Hồ Đại Dũng", "Phó Chủ tịch UBND tỉnh"),
 P("Đinh Công Sứ", "Ủy viên Ban Thường vụ", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Hà Thị Thúy", "Chủ nhiệm câu lạc bộ liên thế hệ tự giúp nhau khu 6"),
 P("Nguyễn Văn Thái", "Chủ tịch Hội Người cao tuổi thị xã Phú Thọ"),
 P("Đỗ Văn Lâm", "Chủ tịch Hội Người cao tuổi tỉnh")],
[Q("230.812 hội viên", 230812, "hội viên"), Q("98,2%", 98.2, "%"), Q("68 câu lạc bộ", 68, "câu lạc bộ"),
 Q("512 câu lạc bộ", 512, "câu lạc bộ"), Q("26.400 thành viên", 26400, "thành viên"),
 Q("hơn 30 tỷ đồng", 30000000000, "đồng", "over"), Q("gần 9.000 lượt hộ", 9000, "lượt hộ", "approx"),
 Q("3.815 người cao tuổi khó khăn", 3815, "người cao tuổi khó khăn"), Q("42.600 cụ", 42600, "cụ"),
 Q("hơn 85.000 lượt người cao tuổi", 85000, "lượt người cao tuổi", "over"), Q("28,7 tỷ đồng", 28700000000, "đồng"),
 Q("ít nhất 2 câu lạc bộ", 2, "câu lạc bộ", "over"), Q("4 tập thể", 4, "tập thể"), Q("10 tập thể", 10, "tập thể"),
 Q("15 cá nhân", 15, "cá nhân")],
[D("Chương trình hành động", "21", "CTr/TU", "2022-04-14", "Tỉnh ủy", "Chương trình hành động số 21-CTr/TU ngày 14/4/2022"),
 D("Kế hoạch", "1868", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 1868/KH-UBND"),
 D("Quyết định", "1336", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1336/QĐ-TTg")],
[prov("Phú Thọ"), com("Xuân Sơn")],
["Báo Phú Thọ điện tử", "Trang chủ / Chính trị - Xã hội / Mặt trận - Đoàn thể",
 "Phó Chủ tịch UBND tỉnh Hồ Đại Dũng trao bằng khen cho các tập thể.",
 "Chương trình quốc gia về người cao tuổi giai đoạn 2021 - 2030", "Quỹ chăm sóc và phát huy vai trò người cao tuổi"],
["Thứ Sáu, 23/12/2022 - 10:15", "năm 2022", "năm 2023", "giai đoạn 2021 - 2030", "khu 6"]))

PAGES.append(page("b7340-daklak-mttq-giamsat-2023", """
BÁO ĐẮK LẮK ĐIỆN TỬ
Chính trị > Mặt trận - Đoàn thể
2023-08-17 16:40
Ủy ban MTTQ tỉnh giám sát hoạt động câu lạc bộ liên thế hệ tự giúp nhau
Ngày 16/8, Đoàn giám sát của Ủy ban MTTQ Việt Nam tỉnh do bà H'Yim Kđoh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện Đề án nhân rộng mô hình câu lạc bộ liên thế hệ tự giúp nhau năm 2023 tại huyện Krông Ana và huyện Cư M'gar.
Theo báo cáo của Hội Người cao tuổi tỉnh Đắk Lắk, sau hơn 2 năm triển khai Kế hoạch số 9876/KH-UBND ngày 20/10/2021 của UBND tỉnh, toàn tỉnh đã thành lập 94 câu lạc bộ với 5.170 thành viên, trong đó khoảng 35% là đồng bào dân tộc thiểu số tại chỗ. Tổng nguồn quỹ các câu lạc bộ đạt gần 6,2 tỷ đồng; 1.380 lượt hộ được vay vốn trồng cà phê, hồ tiêu, nuôi bò.
Tại xã Ea Bông, huyện Krông Ana, đoàn đã làm việc với câu lạc bộ liên thế hệ tự giúp nhau buôn Kmrơng Prông. Ông Y Thiêm Byă, Chủ nhiệm câu lạc bộ, người có uy tín buôn Kmrơng Prông cho biết, câu lạc bộ có 58 thành viên, trong đó 41 người là người Êđê; đã cho 36 hộ vay vốn, mỗi hộ từ 3 - 7 triệu đồng, chưa có hộ nào nợ quá hạn. Bà H'Bliê Niê, thành viên câu lạc bộ, kể nhờ vay 5 triệu đồng mua bê giống, nay gia đình đã có 3 con bò.
Tại xã Ea Kpam, huyện Cư M'gar, ông Y Khuê Ktla, Phó Chủ tịch UBND xã, cho biết 2 câu lạc bộ của xã hoạt động đều, nhưng khó khăn do thiếu nơi sinh hoạt; thành viên trẻ phần lớn đi làm ăn xa nên việc chăm sóc tại nhà chủ yếu dựa vào các cụ khỏe hơn giúp các cụ yếu hơn.
Qua giám sát, đoàn đánh giá mô hình phù hợp với điều kiện các buôn đồng bào Êđê, M'nông, góp phần giảm nghèo bền vững và giữ gìn luật tục tốt đẹp. Tuy vậy, việc bố trí kinh phí hỗ trợ thành lập ở cấp huyện còn chậm; công tác kiểm tra sổ sách tài chính chưa thường xuyên; một số câu lạc bộ có hơn 20% thành viên chưa tham gia sinh hoạt đều.
Bà H'Yim Kđoh đề nghị UBND các huyện bố trí ngân sách theo đúng Thông tư số 96/2018/TT-BTC; Hội Người cao tuổi tỉnh tăng cường tập huấn cho ban chủ nhiệm, phấn đấu đến năm 2025 đạt 150 câu lạc bộ theo kế hoạch. Ông Nguyễn Văn Minh, Chủ tịch Hội Người cao tuổi tỉnh tiếp thu và cam kết chỉ đạo khắc phục các hạn chế trong quý IV/2023.
Tham gia đoàn giám sát còn có ông Lê Đình Hưng, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh và đại diện Sở Lao động - Thương binh và Xã hội.
Hoàng Tuấn
Tin liên quan
- Buôn Đôn ra mắt câu lạc bộ liên thế hệ tự giúp nhau thứ 6 (09/08/2023)
- Hội Người cao tuổi tỉnh sơ kết 6 tháng đầu năm 2023 (20/07/2023)
- Tặng 200 thẻ bảo hiểm y tế cho người cao tuổi đồng bào Êđê (04/07/2023)
""", "2023-08-17", "Ủy ban MTTQ tỉnh giám sát hoạt động câu lạc bộ liên thế hệ tự giúp nhau",
E("giam_sat", "2023", "2023-08-16"),
[P("H'Yim Kđoh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "trưởng đoàn"),
 P("Y Thiêm Byă", "Chủ nhiệm câu lạc bộ", "người có uy tín buôn Kmrơng Prông"),
 P("H'Bliê Niê", "thành viên câu lạc bộ"),
 P("Y Khuê Ktla", "Phó Chủ tịch UBND xã"),
 P("Nguyễn Văn Minh", "Chủ tịch Hội Người cao tuổi tỉnh"),
 P("Lê Đình Hưng", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh")],
[Q("94 câu lạc bộ", 94, "câu lạc bộ"), Q("5.170 thành viên", 5170, "thành viên"), Q("khoảng 35%", 35, "%", "approx"),
 Q("gần 6,2 tỷ đồng", 6200000000, "đồng", "approx"), Q("1.380 lượt hộ", 1380, "lượt hộ"),
 Q("58 thành viên", 58, "thành viên"), Q("41 người", 41, "người"), Q("36 hộ", 36, "hộ"),
 Q("từ 3 - 7 triệu đồng", 3000000, "đồng"), Q("5 triệu đồng", 5000000, "đồng"), Q("3 con bò", 3, "con bò"),
 Q("2 câu lạc bộ", 2, "câu lạc bộ"), Q("hơn 20% thành viên", 20, "%", "over"), Q("150 câu lạc bộ", 150, "câu lạc bộ")],
[D("Kế hoạch", "9876", "KH-UBND", "2021-10-20", "UBND tỉnh", "Kế hoạch số 9876/KH-UBND ngày 20/10/2021"),
 D("Thông tư", "96", "2018/TT-BTC", None, None, "Thông tư số 96/2018/TT-BTC")],
[prov("Đắk Lắk"), com("Ea Bông"), com("Ea Kpam")],
["BÁO ĐẮK LẮK ĐIỆN TỬ", "Chính trị > Mặt trận - Đoàn thể", "Sở Lao động - Thương binh và Xã hội"],
["2023-08-17 16:40", "năm 2023", "hơn 2 năm", "năm 2025", "quý IV/2023"]))

PAGES.append(page("b7341-bacgiang-hnct-soket-2023", """
Báo Bắc Giang
Trang chủ › Xã hội › Người cao tuổi
17/07/2023 - 15:30
Bắc Giang: 6 tháng thành lập mới 41 câu lạc bộ liên thế hệ tự giúp nhau
BGĐT - Ngày 14/7, Hội Người cao tuổi tỉnh tổ chức hội nghị sơ kết công tác 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2023.
Theo báo cáo, 6 tháng đầu năm 2023, các cấp hội đã thành lập mới 41 câu lạc bộ liên thế hệ tự giúp nhau, đạt 82% kế hoạch năm, nâng tổng số câu lạc bộ toàn tỉnh lên 386 câu lạc bộ với 19.760 thành viên. Tổng quỹ các câu lạc bộ đạt trên 21 tỷ đồng; các câu lạc bộ đã cho 3.120 lượt thành viên vay vốn, trong đó có 640 hộ nghèo, hộ cận nghèo.
Các đại biểu dự hội nghị. Ảnh: Thu Phương
Các cấp hội đã phối hợp tổ chức mừng thọ, chúc thọ cho gần 17.000 cụ; thăm hỏi, tặng 2.450 suất quà cho người cao tuổi có hoàn cảnh khó khăn với tổng trị giá hơn 1,2 tỷ đồng. Các câu lạc bộ đã tổ chức 1.920 buổi sinh hoạt chuyên đề về phòng, chống bệnh không lây nhiễm, phòng chống lừa đảo qua mạng, với khoảng 58.000 lượt người tham gia.
Tại hội nghị, các đại biểu tập trung thảo luận về cách huy động nguồn lực cho các câu lạc bộ mới. Ông Thân Văn Khoa, Chủ tịch Hội Người cao tuổi huyện Lục Ngạn cho biết, huyện vận động các chủ vườn vải thiều ủng hộ gần 200 triệu đồng cho 8 câu lạc bộ. Bà Nguyễn Thị Nga, Chủ nhiệm câu lạc bộ liên thế hệ tự giúp nhau thôn Đồng Quán, xã Tân Dĩnh, huyện Lạng Giang, chia sẻ kinh nghiệm lồng ghép nội dung "học tập suốt đời", giúp các cụ dùng Zalo, thanh toán không dùng tiền mặt.
Các đồng chí Phó Chủ tịch Hội Người cao tuổi tỉnh: Ngô Văn Tuấn, Lưu Thị Hòa đã thông tin về việc triển khai Nghị quyết số 171-NQ/TU ngày 08/2/2023 của Ban Thường vụ Tỉnh ủy về phát huy vai trò người cao tuổi và Hướng dẫn số 05/HD-HNCT ngày 20/3/2023 của Hội Người cao tuổi tỉnh về hoạt động của câu lạc bộ.
Phát biểu chỉ đạo, đồng chí Nguyễn Thị Hương, Phó Chủ tịch UBND tỉnh, đánh giá cao kết quả các cấp hội đạt được. Đồng chí đề nghị 6 tháng cuối năm tập trung hoàn thành chỉ tiêu thành lập 50 câu lạc bộ trong năm 2023; phối hợp với Sở Y tế lập hồ sơ quản lý sức khỏe điện tử cho 100% người cao tuổi; chuẩn bị các hoạt động hưởng ứng Tháng hành động vì người cao tuổi Việt Nam.
Ông Vi Văn Trí, Chủ tịch Hội Người cao tuổi tỉnh, tiếp thu ý kiến và đề nghị các huyện, thành phố khẩn trương rà soát, thành lập câu lạc bộ ở những xã chưa có.
Phương Linh
Tin khác
- Tân Yên: mừng thọ 1.200 cụ (10/07/2023)
- Hội Người cao tuổi tỉnh tổ chức giải cầu lông người cao tuổi (28/06/2023)
- Yên Thế ra mắt 4 câu lạc bộ liên thế hệ (15/06/2023)
""", "2023-07-17", "Bắc Giang: 6 tháng thành lập mới 41 câu lạc bộ liên thế hệ tự giúp nhau",
E("so_ket", "2023-H1", "2023-07-14"),
[P("Thân Văn Khoa", "Chủ tịch Hội Người cao tuổi huyện Lục Ngạn"),
 P("Nguyễn Thị Nga", "Chủ nhiệm câu lạc bộ liên thế hệ tự giúp nhau thôn Đồng Quán"),
 P("Ngô Văn Tuấn", "Phó Chủ tịch Hội Người cao tuổi tỉnh"),
 P("Lưu Thị Hòa", "Phó Chủ tịch Hội Người cao tuổi tỉnh"),
 P("Nguyễn Thị Hương", "Phó Chủ tịch UBND tỉnh"),
 P("Vi Văn Trí", "Chủ tịch Hội Người cao tuổi tỉnh")],
[Q("41 câu lạc bộ liên thế hệ tự giúp nhau", 41, "câu lạc bộ liên thế hệ tự giúp nhau"), Q("82% kế hoạch", 82, "%"),
 Q("386 câu lạc bộ", 386, "câu lạc bộ"), Q("19.760 thành viên", 19760, "thành viên"),
 Q("trên 21 tỷ đồng", 21000000000, "đồng", "over"), Q("3.120 lượt thành viên", 3120, "lượt thành viên"),
 Q("640 hộ nghèo, hộ cận nghèo", 640, "hộ nghèo, hộ cận nghèo"), Q("gần 17.000 cụ", 17000, "cụ", "approx"),
 Q("2.450 suất quà", 2450, "suất quà"), Q("hơn 1,2 tỷ đồng", 1200000000, "đồng", "over"),
 Q("1.920 buổi sinh hoạt chuyên đề", 1920, "buổi sinh hoạt chuyên đề"),
 Q("khoảng 58.000 lượt người", 58000, "lượt người", "approx"), Q("gần 200 triệu đồng", 200000000, "đồng", "approx"),
 Q("8 câu lạc bộ", 8, "câu lạc bộ"), Q("50 câu lạc bộ", 50, "câu lạc bộ"), Q("100% người cao tuổi", 100, "%")],
[D("Nghị quyết", "171", "NQ/TU", "2023-02-08", "Ban Thường vụ Tỉnh ủy", "Nghị quyết số 171-NQ/TU ngày 08/2/2023"),
 D("Hướng dẫn", "05", "HD-HNCT", "2023-03-20", "Hội Người cao tuổi tỉnh", "Hướng dẫn số 05/HD-HNCT ngày 20/3/2023")],
[prov("Bắc Giang"), com("Tân Dĩnh")],
["Báo Bắc Giang", "Trang chủ › Xã hội › Người cao tuổi", "BGĐT", "Các đại biểu dự hội nghị. Ảnh: Thu Phương",
 "học tập suốt đời", "Zalo", "Tháng hành động vì người cao tuổi Việt Nam"],
["17/07/2023 - 15:30", "6 tháng đầu năm 2023", "6 tháng cuối năm 2023", "năm 2023"]))

PAGES.append(page("b7342-haiphong-chandung-2024", """
BÁO HẢI PHÒNG
Xã hội > Gương sáng
Thứ Hai, 06/05/2024 | 08:00
Cụ Lục thổi lửa cho câu lạc bộ liên thế hệ ở Tiên Lãng
Bà Phạm Thị Lục (giữa) cùng thành viên câu lạc bộ kiểm tra sổ quỹ.
Ở tuổi 76, bà Phạm Thị Lục, Chủ nhiệm câu lạc bộ liên thế hệ tự giúp nhau thôn Cấp Tiến, xã Tiên Cường, huyện Tiên Lãng vẫn đạp xe khắp thôn mỗi sáng để thăm các thành viên. Người trong thôn quen gọi bà là "cụ Lục câu lạc bộ".
Câu lạc bộ của bà thành lập năm 2017 theo Kế hoạch số 205/KH-UBND ngày 15/9/2017 của UBND thành phố Hải Phòng, ban đầu có 50 thành viên với số vốn ít ỏi 35 triệu đồng. Đến nay, sau gần 7 năm, câu lạc bộ đã có 68 thành viên, quỹ quay vòng đạt khoảng 420 triệu đồng, đã cho 176 lượt hộ vay vốn nuôi gà, trồng dưa, làm nghề chiếu cói. Bà Lục tự tay ghi chép sổ sách, "đồng vào, đồng ra rõ ràng", nên suốt nhiều năm không có khoản vay nào thất thoát.
Không chỉ lo vốn, bà còn thành lập nhóm tình nguyện gồm 12 thanh niên và phụ nữ trong thôn, thay nhau chăm sóc 9 cụ già neo đơn. Mỗi tuần, nhóm đến dọn nhà, tắm gội, đo huyết áp cho các cụ. Cụ Vũ Văn Chiêm, 91 tuổi, người được nhóm chăm sóc suốt 4 năm nay, xúc động: "Con cháu đi làm xa cả, may có mấy đứa ở câu lạc bộ mà tôi còn sống vui".
Ông Bùi Văn Mạnh, Chủ tịch Hội Người cao tuổi xã Tiên Cường, cho biết năm 2023, câu lạc bộ thôn Cấp Tiến được Hội Người cao tuổi thành phố công nhận là 1 trong 15 câu lạc bộ tiêu biểu; bà Lục được UBND thành phố tặng bằng khen. Theo ông Mạnh, từ kinh nghiệm của câu lạc bộ thôn Cấp Tiến, xã đã thành lập thêm 2 câu lạc bộ ở thôn Tiên Đôi, thôn Lũng.
Bà Trần Thị Hồng Hạnh, Phó Chủ tịch Hội Người cao tuổi thành phố, đánh giá: toàn thành phố hiện có 214 câu lạc bộ liên thế hệ tự giúp nhau, trong đó hơn 40% hoạt động xếp loại tốt. "Những người như cụ Lục là linh hồn của câu lạc bộ. Nơi nào có ban chủ nhiệm tâm huyết, minh bạch, nơi đó câu lạc bộ sống được lâu", bà Hạnh nói.
Ngoài giờ sinh hoạt, câu lạc bộ còn có đội văn nghệ hát chèo, đội dưỡng sinh và một lớp dạy các cụ dùng điện thoại thông minh do chính các cháu học sinh trong thôn phụ trách. Mỗi dịp rằm tháng Giêng, câu lạc bộ tổ chức mừng thọ chung cho các cụ trong thôn, con cháu ở xa cũng về dự.
Trò chuyện với chúng tôi, bà Lục chỉ mong có thêm người trẻ kế nhiệm: "Tôi già rồi, làm được ngày nào hay ngày đó. Chỉ mong các cháu giữ được câu lạc bộ, để người già trong thôn không ai phải sống một mình".
Thu Trang
Tin cùng chuyên mục
- Người cao tuổi Vĩnh Bảo làm kinh tế giỏi (30/04/2024)
- Thủy Nguyên: 20 câu lạc bộ liên thế hệ nhận hỗ trợ vốn (19/04/2024)
- Ông giáo già mở lớp dạy chữ miễn phí (10/04/2024)
""", "2024-05-06", "Cụ Lục thổi lửa cho câu lạc bộ liên thế hệ ở Tiên Lãng",
E("khac", None, None),
[P("Phạm Thị Lục", "Chủ nhiệm câu lạc bộ liên thế hệ tự giúp nhau thôn Cấp Tiến"),
 P("Vũ Văn Chiêm"),
 P("Bùi Văn Mạnh", "Chủ tịch Hội Người cao tuổi xã Tiên Cường"),
 P("Trần Thị Hồng Hạnh", "Phó Chủ tịch Hội Người cao tuổi thành phố")],
[Q("50 thành viên", 50, "thành viên"), Q("35 triệu đồng", 35000000, "đồng"), Q("68 thành viên", 68, "thành viên"),
 Q("khoảng 420 triệu đồng", 420000000, "đồng", "approx"), Q("176 lượt hộ", 176, "lượt hộ"),
 Q("12 thanh niên và phụ nữ", 12, "thanh niên và phụ nữ"), Q("9 cụ già neo đơn", 9, "cụ già neo đơn"),
 Q("15 câu lạc bộ tiêu biểu", 15, "câu lạc bộ tiêu biểu"), Q("2 câu lạc bộ", 2, "câu lạc bộ"),
 Q("214 câu lạc bộ liên thế hệ tự giúp nhau", 214, "câu lạc bộ liên thế hệ tự giúp nhau"), Q("hơn 40%", 40, "%", "over")],
[D("Kế hoạch", "205", "KH-UBND", "2017-09-15", "UBND thành phố Hải Phòng", "Kế hoạch số 205/KH-UBND ngày 15/9/2017")],
[prov("Hải Phòng"), com("Tiên Cường")],
["BÁO HẢI PHÒNG", "Xã hội > Gương sáng", "Bà Phạm Thị Lục (giữa) cùng thành viên câu lạc bộ kiểm tra sổ quỹ.",
 "cụ Lục câu lạc bộ", "đồng vào, đồng ra rõ ràng"],
["Thứ Hai, 06/05/2024 | 08:00", "tuổi 76", "năm 2017", "gần 7 năm", "91 tuổi", "4 năm", "năm 2023", "1 trong 15", "rằm tháng Giêng"]))
