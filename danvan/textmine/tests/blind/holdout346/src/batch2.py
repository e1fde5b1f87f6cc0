from lib import *
PAGES = []

PAGES.append(page("b8267-nghean-tobv-traoqua-2015", """
BÁO NGHỆ AN ĐIỆN TỬ
Trang chủ › Thời sự › An ninh trật tự
Thứ Ba, 10/2/2015 | 10:05
Ấm áp quà Tết cho lực lượng bảo vệ an ninh cơ sở miền Tây Nghệ An
(Baonghean) - Ngày 9/2, đoàn công tác của Công an tỉnh Nghệ An do Đại tá Trần Hữu Lộc, Phó Giám đốc Công an tỉnh dẫn đầu đã đến thăm, tặng quà Tết cho lực lượng công an xã, tổ bảo vệ an ninh trật tự và gia đình người có công tại xã Tam Hợp, huyện Tương Dương.
Đại tá Trần Hữu Lộc trao quà cho thành viên tổ bảo vệ an ninh bản Xốp Pu. Ảnh: Lữ Phú
Tam Hợp là xã biên giới có đường mòn, lối mở sang Lào, nhiều năm là "điểm nóng" về vận chuyển ma túy. Hiện xã có 8 bản với 1.160 hộ, chủ yếu là đồng bào Thái, Khơ Mú, Mông; mỗi bản đều có tổ bảo vệ an ninh từ 5 đến 7 người. Năm 2014, các tổ đã phối hợp với công an xã, đồn biên phòng phát hiện 12 vụ vận chuyển trái phép chất ma túy, bắt 15 đối tượng, thu giữ 2,3 kg thuốc phiện và 3.600 viên hồng phiến; tình trạng trộm cắp trâu, bò thả rông trên nương giảm hẳn.
Tại buổi thăm, đoàn đã trao 60 suất quà Tết, mỗi suất trị giá 500.000 đồng gồm tiền mặt, gạo, bánh kẹo cho các tổ viên, công an viên; tặng 8 bộ loa cầm tay và 20 đèn pin sạc cho 8 tổ bảo vệ bản; trao 10 suất quà cho các hộ nghèo, mỗi suất 1 triệu đồng. Tổng giá trị quà tặng hơn 52 triệu đồng, do Công an tỉnh và Công ty TNHH Minh Phát tài trợ.
Thay mặt các tổ viên, ông Lô Văn Chiến, Trưởng bản kiêm tổ trưởng tổ bảo vệ an ninh bản Xốp Pu, bày tỏ: "Có quà Tết, anh em phấn khởi lắm. Tết này bản sẽ chia ca trực đủ 3 ca mỗi ngày, không để kẻ xấu lợi dụng vào bản". Anh Vi Văn Thắm, công an viên bản Pủng, cho biết anh vừa cùng tổ viên thuyết phục 2 thanh niên nghiện ma túy tự nguyện đi cai.
Phát biểu tại buổi thăm, Đại tá Trần Hữu Lộc ghi nhận những đóng góp của lực lượng cơ sở, đề nghị xã tiếp tục thực hiện Chỉ thị số 12-CT/TU ngày 18/8/2014 của Ban Thường vụ Tỉnh ủy về tăng cường phòng, chống ma túy ở các huyện miền Tây và Kế hoạch 05/KH-CAT-PV11 của Công an tỉnh về bảo đảm an ninh trật tự dịp Tết Ất Mùi 2015. Đồng chí Lương Thị Hòa, Bí thư Đảng ủy xã Tam Hợp, hứa sẽ chỉ đạo các bản giữ vững cam kết "3 không": không trồng cây thuốc phiện, không buôn bán, không sử dụng ma túy.
Cùng ngày, đoàn đến thăm, tặng quà gia đình bà Và Y Chò ở bản Huồi Cọ, người có chồng là công an viên hy sinh khi truy bắt đối tượng buôn ma túy năm 2011.
Lữ Phú
Tin liên quan
- Kỳ Sơn: phát hiện 2 vụ vận chuyển heroin qua biên giới (05/02/2015)
- Quế Phong: bắt đối tượng trộm cắp trâu bán sang Lào (29/01/2015)
- Tương Dương tổng kết phong trào toàn dân bảo vệ ANTQ năm 2014 (22/01/2015)
- Công an tỉnh trao 300 suất quà cho công an viên vùng khó khăn (16/01/2015)
""", "2015-02-10", "Ấm áp quà Tết cho lực lượng bảo vệ an ninh cơ sở miền Tây Nghệ An",
E("trao_qua", None, "2015-02-09"),
[P("Trần Hữu Lộc", "Đại tá", "Phó Giám đốc Công an tỉnh"),
 P("Lô Văn Chiến", "Trưởng bản kiêm tổ trưởng tổ bảo vệ an ninh bản Xốp Pu"),
 P("Vi Văn Thắm", "công an viên bản Pủng"),
 P("Lương Thị Hòa", "Bí thư Đảng ủy xã Tam Hợp"),
 P("Và Y Chò")],
[Q("8 bản", 8, "bản"), Q("1.160 hộ", 1160, "hộ"), Q("từ 5 đến 7 người", 5, "người"), Q("7 người", 7, "người"),
 Q("12 vụ vận chuyển trái phép chất ma túy", 12, "vụ vận chuyển trái phép chất ma túy"), Q("15 đối tượng", 15, "đối tượng"),
 Q("2,3 kg thuốc phiện", 2.3, "kg"), Q("3.600 viên hồng phiến", 3600, "viên hồng phiến"), Q("60 suất quà Tết", 60, "suất quà"),
 Q("500.000 đồng", 500000, "đồng"), Q("8 bộ loa cầm tay", 8, "bộ loa cầm tay"), Q("20 đèn pin sạc", 20, "đèn pin sạc"),
 Q("8 tổ bảo vệ bản", 8, "tổ bảo vệ bản"), Q("10 suất quà", 10, "suất quà"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("hơn 52 triệu đồng", 52000000, "đồng", "over"), Q("3 ca", 3, "ca"), Q("2 thanh niên nghiện ma túy", 2, "thanh niên")],
[D("Chỉ thị", "12", "CT/TU", "2014-08-18", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 12-CT/TU ngày 18/8/2014"),
 D("Kế hoạch", "05", "KH-CAT-PV11", None, "Công an tỉnh", "Kế hoạch 05/KH-CAT-PV11 của Công an tỉnh")],
[prov("Nghệ An"), com("Tam Hợp")],
["BÁO NGHỆ AN ĐIỆN TỬ", "Trang chủ › Thời sự › An ninh trật tự", "(Baonghean)",
 "Đại tá Trần Hữu Lộc trao quà cho thành viên tổ bảo vệ an ninh bản Xốp Pu.", "Công ty TNHH Minh Phát", "3 không"],
["Thứ Ba, 10/2/2015 | 10:05", "3 không", "Năm 2014", "Tết Ất Mùi 2015", "năm 2011"]))

PAGES.append(page("b8268-soctrang-hdnd-giamsat-2016", """
HỘI ĐỒNG NHÂN DÂN TỈNH SÓC TRĂNG
Trang chủ | Hoạt động giám sát | Tin tức
25.08.2016 | 16:05
Ảnh: Đoàn giám sát làm việc tại UBND xã Lâm Tân.
Giám sát việc thực hiện chính sách đối với lực lượng bảo vệ an ninh trật tự ở cơ sở
Ngày 24/8/2016, Đoàn giám sát của Ban Pháp chế HĐND tỉnh Sóc Trăng do ông Thạch Sô Phết, Ủy viên Thường trực HĐND tỉnh, Trưởng Ban Pháp chế HĐND tỉnh làm trưởng đoàn đã giám sát việc thực hiện Nghị quyết số 15/2014/NQ-HĐND của HĐND tỉnh về chế độ hỗ trợ đối với công an viên, thành viên tổ dân phòng, tổ nhân dân tự quản năm 2016 tại huyện Thạnh Trị và xã Lâm Tân.
Đây là một trong 4 cuộc giám sát chuyên đề của Ban theo Kế hoạch số 22/KH-HĐND ngày 15/7/2016. Cùng dự có bà Lâm Thị Sa Rết, Phó Trưởng Ban Pháp chế HĐND tỉnh; ông Danh Hùng, HUV, Phó Chủ tịch UBND huyện Thạnh Trị.
Báo cáo với đoàn, ông Kim Hoàng Sơn, Chủ tịch UBND xã Lâm Tân, cho biết xã có 9 ấp với 112 tổ nhân dân tự quản, 27 công an viên. Mỗi công an viên thường trực được hỗ trợ 1.150.000 đồng/tháng, tổ trưởng tổ dân phòng 400.000 đồng/tháng. Từ đầu năm, lực lượng cơ sở đã tuần tra 640 lượt, phát hiện 3 vụ trộm cắp bò, 2 điểm tụ tập sử dụng ma túy; vận động 5 người nghiện đi cai nghiện tự nguyện. Xã hiện còn 7 người nghiện trong đồng bào Khmer, chủ yếu là lao động đi làm thuê ở các tỉnh về.
Bà Sơn Thị Sa Quênh, Tổ trưởng tổ nhân dân tự quản ấp Tà Điếp C1 kiến nghị: phụ cấp tổ trưởng thấp, thủ tục chi trả còn chậm tới 3 tháng; đề nghị cấp thêm áo mưa, đèn pin. Ông Thạch Thươl, Phó Trưởng Công an xã, cho biết 40% công an viên chưa qua đào tạo, bồi dưỡng nghiệp vụ.
Ông Danh Hùng thông tin thêm, toàn huyện có 1.046 tổ nhân dân tự quản với 11.620 hộ tham gia; trong 6 tháng đầu năm kinh phí hỗ trợ lực lượng cơ sở trên 2,1 tỷ đồng, đạt 48% dự toán.
Kết luận buổi giám sát, ông Thạch Sô Phết đánh giá xã Lâm Tân đã chi trả đủ, đúng đối tượng; đề nghị UBND huyện sớm tham mưu UBND tỉnh điều chỉnh mức hỗ trợ theo Nghị định 73/2009/NĐ-CP, phối hợp mở lớp tập huấn nghiệp vụ cho công an viên trước cuối năm, nghiên cứu hỗ trợ mua bảo hiểm y tế cho thành viên tổ dân phòng. Các kiến nghị của cơ sở sẽ được Ban tổng hợp báo cáo Thường trực HĐND tỉnh tại phiên họp tháng 9.
Trước đó, đoàn đã đến kiểm tra thực tế tại chốt trực của tổ nhân dân tự quản ấp Tà Điếp C1, xem sổ theo dõi tuần tra và trò chuyện với các tổ viên người Khmer về những khó khăn khi tuần tra trong mùa mưa.
Ngọc Hân
Các tin khác
- Ban Kinh tế - Ngân sách giám sát tại thị xã Vĩnh Châu (18/08/2016)
- Tiếp xúc cử tri trước kỳ họp thứ 2 HĐND tỉnh khóa IX (05/08/2016)
- HĐND tỉnh thông qua 21 nghị quyết tại kỳ họp thứ nhất (20/07/2016)
""", "2016-08-25", "Giám sát việc thực hiện chính sách đối với lực lượng bảo vệ an ninh trật tự ở cơ sở",
E("giam_sat", "2016", "2016-08-24"),
[P("Thạch Sô Phết", "Ủy viên Thường trực HĐND tỉnh", "Trưởng Ban Pháp chế HĐND tỉnh"),
 P("Lâm Thị Sa Rết", "Phó Trưởng Ban Pháp chế HĐND tỉnh"),
 P("Danh Hùng", "HUV", "Phó Chủ tịch UBND huyện Thạnh Trị"),
 P("Kim Hoàng Sơn", "Chủ tịch UBND xã Lâm Tân"),
 P("Sơn Thị Sa Quênh", "Tổ trưởng tổ nhân dân tự quản ấp Tà Điếp C1"),
 P("Thạch Thươl", "Phó Trưởng Công an xã")],
[Q("4 cuộc giám sát chuyên đề", 4, "cuộc giám sát chuyên đề"), Q("9 ấp", 9, "ấp"), Q("112 tổ nhân dân tự quản", 112, "tổ nhân dân tự quản"),
 Q("27 công an viên", 27, "công an viên"), Q("1.150.000 đồng/tháng", 1150000, "đồng"), Q("400.000 đồng/tháng", 400000, "đồng"),
 Q("640 lượt", 640, "lượt"), Q("3 vụ trộm cắp bò", 3, "vụ trộm cắp bò"), Q("2 điểm tụ tập sử dụng ma túy", 2, "điểm tụ tập sử dụng ma túy"),
 Q("5 người nghiện", 5, "người nghiện"), Q("7 người nghiện", 7, "người nghiện"), Q("40% công an viên", 40, "%"),
 Q("1.046 tổ nhân dân tự quản", 1046, "tổ nhân dân tự quản"), Q("11.620 hộ", 11620, "hộ"),
 Q("trên 2,1 tỷ đồng", 2100000000, "đồng", "over"), Q("48%", 48, "%")],
[D("Nghị quyết", "15", "2014/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 15/2014/NQ-HĐND của HĐND tỉnh"),
 D("Kế hoạch", "22", "KH-HĐND", "2016-07-15", None, "Kế hoạch số 22/KH-HĐND ngày 15/7/2016"),
 D("Nghị định", "73", "2009/NĐ-CP", None, None, "Nghị định 73/2009/NĐ-CP")],
[prov("Sóc Trăng"), com("Lâm Tân")],
["HỘI ĐỒNG NHÂN DÂN TỈNH SÓC TRĂNG", "Trang chủ | Hoạt động giám sát | Tin tức", "Ảnh: Đoàn giám sát làm việc tại UBND xã Lâm Tân."],
["25.08.2016 | 16:05", "năm 2016", "3 tháng", "6 tháng đầu năm", "tháng 9"]))

PAGES.append(page("b8269-quangninh-tudan-hoinghi-2017", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG NINH
Tin tức - Sự kiện :: Địa phương
Cập nhật lúc 17:20 ngày 15/03/2017
Móng Cái: Hội nghị ký kết phối hợp bảo đảm an ninh trật tự khu vực chợ, cửa khẩu năm 2017
Sáng 14/3, tại phường Ka Long, Công an thành phố Móng Cái phối hợp với Ủy ban MTTQ thành phố, Ban quản lý các chợ và UBND 5 phường, xã khu vực biên giới tổ chức hội nghị ký kết chương trình phối hợp bảo đảm an ninh trật tự, phòng chống trộm cắp, ma túy khu vực chợ, cửa khẩu năm 2017.
Các đơn vị ký kết chương trình phối hợp.
Dự hội nghị có các đồng chí: Hoàng Bá Nam, Phó Chủ tịch UBND thành phố; Đại tá Phạm Văn Khởi, Trưởng Công an thành phố; Trần Thị Dung, Chủ tịch Ủy ban MTTQ thành phố cùng hơn 200 đại biểu là tiểu thương, chủ hàng, thành viên tổ bảo vệ chợ và đại diện 24 khu phố.
Theo đánh giá, năm 2016 tại khu vực chợ Trung tâm Móng Cái, chợ Ka Long và khu cửa khẩu Bắc Luân xảy ra 31 vụ trộm cắp, cướp giật tài sản, chủ yếu nhằm vào khách du lịch và hàng hóa của tiểu thương; đã bắt giữ 26 đối tượng. Lực lượng chức năng phát hiện 8 vụ vận chuyển ma túy qua khu vực cửa khẩu, thu giữ 0,7 kg ma túy đá. Tổ bảo vệ chợ 12 người và 18 tổ tự quản của tiểu thương đã góp phần quan trọng trong việc phát hiện, báo tin.
Theo nội dung ký kết, các bên thống nhất thực hiện Quy chế phối hợp số 03/QC-CA-MTTQ giữa Công an và Ủy ban MTTQ thành phố; triển khai Kế hoạch 47/KH-UBND của UBND tỉnh Quảng Ninh về xây dựng "Chợ an toàn về an ninh trật tự"; lắp đặt thêm 46 camera giám sát tại các cổng chợ, bến bãi; mỗi hộ kinh doanh đóng góp 30.000 - 50.000 đồng/tháng cho quỹ an ninh chợ.
Phát biểu tại hội nghị, bà Ninh Thị Sáu, Tổ trưởng tổ tự quản chợ Ka Long, người dân tộc Sán Dìu đã gắn bó với chợ hơn 20 năm, cho biết tổ của bà có 35 hộ tham gia, thay nhau "canh chợ" vào ban đêm và báo ngay cho tổ bảo vệ khi thấy người lạ khả nghi. Ông Lỷ A Sáng, Trưởng khu phố 6, phường Hải Yên, đề nghị công an phường tăng cường tuần tra tại các lối mòn ven sông Ka Long.
Một số tiểu thương phản ánh tình trạng kẻ gian giả làm người mua hàng để trộm điện thoại, ví tiền vào giờ cao điểm, nhất là dịp cuối tuần khi lượng khách du lịch đông. Nhiều hộ chưa lắp camera vì lo ngại chi phí.
Kết luận hội nghị, đồng chí Hoàng Bá Nam yêu cầu các đơn vị cụ thể hóa nội dung phối hợp thành kế hoạch từng quý, đến cuối năm 2017 giảm ít nhất 20% số vụ trộm cắp tại các chợ so với năm 2016.
Hải Hà
TIN CÙNG CHUYÊN MỤC
- Móng Cái: phát hiện 2 đối tượng vận chuyển ma túy qua cửa khẩu (08/03/2017)
- Đầm Hà triển khai mô hình "Camera an ninh" (01/03/2017)
- Hạ Long: ra mắt 15 tổ tự quản về an ninh trật tự (22/02/2017)
""", "2017-03-15", "Móng Cái: Hội nghị ký kết phối hợp bảo đảm an ninh trật tự khu vực chợ, cửa khẩu năm 2017",
E("hoi_nghi", "2017", "2017-03-14"),
[P("Hoàng Bá Nam", "Phó Chủ tịch UBND thành phố"),
 P("Phạm Văn Khởi", "Đại tá", "Trưởng Công an thành phố"),
 P("Trần Thị Dung", "Chủ tịch Ủy ban MTTQ thành phố"),
 P("Ninh Thị Sáu", "Tổ trưởng tổ tự quản chợ Ka Long"),
 P("Lỷ A Sáng", "Trưởng khu phố 6")],
[Q("5 phường, xã", 5, "phường, xã"), Q("hơn 200 đại biểu", 200, "đại biểu", "over"), Q("24 khu phố", 24, "khu phố"),
 Q("31 vụ trộm cắp, cướp giật tài sản", 31, "vụ trộm cắp, cướp giật tài sản"), Q("26 đối tượng", 26, "đối tượng"),
 Q("8 vụ vận chuyển ma túy", 8, "vụ vận chuyển ma túy"), Q("0,7 kg ma túy đá", 0.7, "kg"), Q("12 người", 12, "người"),
 Q("18 tổ tự quản", 18, "tổ tự quản"), Q("46 camera giám sát", 46, "camera giám sát"), Q("30.000", 30000, "đồng"),
 Q("50.000 đồng/tháng", 50000, "đồng"), Q("35 hộ", 35, "hộ"), Q("ít nhất 20%", 20, "%", "over")],
[D("Quy chế phối hợp", "03", "QC-CA-MTTQ", None, None, "Quy chế phối hợp số 03/QC-CA-MTTQ"),
 D("Kế hoạch", "47", "KH-UBND", None, "UBND tỉnh Quảng Ninh", "Kế hoạch 47/KH-UBND của UBND tỉnh Quảng Ninh")],
[prov("Quảng Ninh"), com("Ka Long"), com("Hải Yên")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG NINH", "Tin tức - Sự kiện :: Địa phương", "Các đơn vị ký kết chương trình phối hợp.",
 "Chợ an toàn về an ninh trật tự", "chợ Trung tâm Móng Cái"],
["Cập nhật lúc 17:20 ngày 15/03/2017", "năm 2017", "năm 2016", "hơn 20 năm", "khu phố 6"]))

PAGES.append(page("b8270-gialai-vianninh-daihoi-2018", """
BÁO GIA LAI ĐIỆN TỬ
Chính trị » An ninh - Quốc phòng
20 tháng 6, 2018 | 08:45
Ia Grai: Đại hội thi đua "Vì an ninh Tổ quốc" lần thứ III
(GLO)- Ngày 19/6, huyện Ia Grai long trọng tổ chức Đại hội thi đua "Vì an ninh Tổ quốc" lần thứ III, giai đoạn 2013-2018. Đến dự có Đại tá Rơ Mah Tuân, Phó Giám đốc Công an tỉnh Gia Lai; đồng chí Siu Hồng, Tỉnh ủy viên, Bí thư Huyện ủy Ia Grai cùng 180 đại biểu tiêu biểu cho các tầng lớp nhân dân trong huyện.
Quang cảnh Đại hội. Ảnh: Minh Nguyễn
Trong 5 năm qua, phong trào toàn dân bảo vệ an ninh Tổ quốc trên địa bàn huyện có bước phát triển mới. Toàn huyện xây dựng được 126 tổ tự quản về an ninh trật tự ở thôn, làng với 1.254 thành viên; 13/13 xã, thị trấn có mô hình "Làng không có tội phạm và tệ nạn xã hội". Nhân dân đã cung cấp 1.870 nguồn tin, giúp lực lượng công an điều tra, khám phá 214 vụ phạm pháp hình sự, trong đó 138 vụ trộm cắp tài sản (chủ yếu trộm cà phê, hồ tiêu, bò), đạt tỷ lệ 85%. Trên 96% hộ gia đình đạt danh hiệu "Gia đình an toàn về an ninh trật tự".
Công tác phòng, chống ma túy được quan tâm: số người nghiện giảm từ 34 người năm 2013 xuống còn 9 người; không để hình thành điểm bán lẻ ma túy trong các làng đồng bào Jrai.
Tham luận tại Đại hội, ông Rơ Châm Bơn, Trưởng làng kiêm tổ trưởng tổ tự quản làng Dơ Lâng, xã Ia Dêr cho biết làng đã tự đặt ra quy ước: ai trộm cắp phải trả gấp đôi tài sản và xin lỗi trước làng. Bà Ksor H'Nhuin, Chi hội trưởng Chi hội Phụ nữ làng Kép, chia sẻ cách "giữ chồng, giữ con" khỏi rượu chè, ma túy. Thiếu tá Nguyễn Văn Khang, Trưởng Công an xã Ia Sao, nêu kinh nghiệm phối hợp với già làng, người có uy tín hòa giải 42 vụ mâu thuẫn ngay từ cơ sở.
Phát biểu chỉ đạo, Đại tá Rơ Mah Tuân đề nghị huyện tiếp tục quán triệt Chỉ thị 09-CT/TW của Ban Bí thư và Kết luận 44-KL/TW của Ban Bí thư về đẩy mạnh phong trào toàn dân bảo vệ an ninh Tổ quốc trong tình hình mới, Quyết định 521/QĐ-TTg của Thủ tướng Chính phủ về Ngày hội toàn dân bảo vệ an ninh Tổ quốc; chú ý vận động đồng bào không nghe theo "Tin lành Đê Ga".
Dịp này, Bộ trưởng Bộ Công an tặng bằng khen cho 2 tập thể; UBND tỉnh tặng bằng khen cho 3 tập thể, 5 cá nhân; UBND huyện tặng giấy khen cho 25 tập thể, 40 cá nhân. Đại hội đã bầu 12 đại biểu đi dự Đại hội thi đua "Vì an ninh Tổ quốc" tỉnh Gia Lai lần thứ III.
Minh Nguyễn
Tin liên quan
- Chư Păh: Đại hội thi đua "Vì an ninh Tổ quốc" (14/06/2018)
- Ia Grai: bắt 3 đối tượng trộm cắp hồ tiêu (30/05/2018)
- Làng Dơ Lâng giữ bình yên nhờ quy ước chống trộm (11/05/2018)
- Đức Cơ ra mắt mô hình "Camera an ninh" (03/05/2018)
""", "2018-06-20", "Ia Grai: Đại hội thi đua \"Vì an ninh Tổ quốc\" lần thứ III",
E("dai_hoi", None, "2018-06-19"),
[P("Rơ Mah Tuân", "Đại tá", "Phó Giám đốc Công an tỉnh Gia Lai"),
 P("Siu Hồng", "Tỉnh ủy viên", "Bí thư Huyện ủy Ia Grai"),
 P("Rơ Châm Bơn", "Trưởng làng kiêm tổ trưởng tổ tự quản làng Dơ Lâng"),
 P("Ksor H'Nhuin", "Chi hội trưởng Chi hội Phụ nữ làng Kép"),
 P("Nguyễn Văn Khang", "Thiếu tá", "Trưởng Công an xã Ia Sao")],
[Q("180 đại biểu tiêu biểu", 180, "đại biểu tiêu biểu"), Q("126 tổ tự quản", 126, "tổ tự quản"),
 Q("1.254 thành viên", 1254, "thành viên"), Q("13/13 xã, thị trấn", 13, "xã, thị trấn"),
 Q("1.870 nguồn tin", 1870, "nguồn tin"), Q("214 vụ phạm pháp hình sự", 214, "vụ phạm pháp hình sự"),
 Q("138 vụ trộm cắp tài sản", 138, "vụ trộm cắp tài sản"), Q("85%", 85, "%"), Q("Trên 96%", 96, "%", "over"),
 Q("34 người", 34, "người"), Q("9 người", 9, "người"), Q("42 vụ mâu thuẫn", 42, "vụ mâu thuẫn"),
 Q("2 tập thể", 2, "tập thể"), Q("3 tập thể", 3, "tập thể"), Q("5 cá nhân", 5, "cá nhân"), Q("25 tập thể", 25, "tập thể"),
 Q("40 cá nhân", 40, "cá nhân"), Q("12 đại biểu", 12, "đại biểu")],
[D("Chỉ thị", "09", "CT/TW", None, "Ban Bí thư", "Chỉ thị 09-CT/TW của Ban Bí thư"),
 D("Kết luận", "44", "KL/TW", None, "Ban Bí thư", "Kết luận 44-KL/TW của Ban Bí thư"),
 D("Quyết định", "521", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 521/QĐ-TTg của Thủ tướng Chính phủ")],
[prov("Gia Lai"), com("Ia Dêr"), com("Ia Sao")],
["BÁO GIA LAI ĐIỆN TỬ", "Chính trị » An ninh - Quốc phòng", "(GLO)", "Quang cảnh Đại hội.", "Vì an ninh Tổ quốc",
 "Làng không có tội phạm và tệ nạn xã hội", "Gia đình an toàn về an ninh trật tự", "Tin lành Đê Ga", "giữ chồng, giữ con"],
["20 tháng 6, 2018 | 08:45", "lần thứ III", "giai đoạn 2013-2018", "5 năm qua", "năm 2013"]))

PAGES.append(page("b8271-thanhhoa-caxa-giaoban-2019", """
Báo Thanh Hóa - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thanh Hóa
Pháp luật › An ninh trật tự
2019-06-05 15:30
Giao ban tháng 5: Công an các xã miền núi Quan Hóa chặn nhiều đường dây ma túy
Ngày 4/6/2019, Công an huyện Quan Hóa tổ chức giao ban công tác tháng 5/2019 với lực lượng công an 18 xã, thị trấn, tập trung đánh giá công tác phòng, chống ma túy và trộm cắp tài sản ở khu vực giáp ranh với tỉnh Hòa Bình và nước bạn Lào.
Thượng tá Hà Văn Lự phát biểu tại buổi giao ban.
Theo báo cáo, trong tháng 5, công an các xã đã phối hợp phát hiện, bắt giữ 5 vụ, 7 đối tượng mua bán, tàng trữ trái phép chất ma túy, thu giữ 1 bánh heroin, 620 viên hồng phiến; phát hiện 3 vụ trộm cắp (2 vụ trộm dê, 1 vụ trộm máy cưa), giảm 2 vụ so với tháng 4. Lực lượng tổ an ninh thôn, bản đã tổ chức 210 lượt tuần tra, vận động 4 người nghiện đi cai nghiện tập trung.
Đáng chú ý, xã Trung Sơn và xã Phú Lệ đã triệt xóa điểm tiêm chích ma túy tồn tại nhiều năm ở bản Co Me nhờ sự phối hợp giữa công an xã với trưởng bản và người có uy tín. Ông Phạm Bá Thượng, người có uy tín bản Co Me, đã trực tiếp đến từng gia đình vận động thanh niên đi cai nghiện.
Tại giao ban, các đồng chí: Trung úy Lò Văn Thanh, Trưởng Công an xã Trung Sơn; Đại úy Cầm Bá Xuân, Trưởng Công an xã Phú Lệ, Trung úy Ngân Văn Tuấn, Trưởng Công an xã Nam Tiến đã trao đổi về những khó khăn khi mới tiếp nhận công tác tại địa bàn, nhất là địa bàn rộng, bản cách xa nhau đến 15 km. Trong tháng, huyện đã bố trí 12 công an chính quy về đảm nhiệm chức danh công an xã theo Đề án số 106/ĐA-BCA của Bộ Công an.
Kết luận buổi giao ban, Thượng tá Hà Văn Lự, Phó Trưởng Công an huyện Quan Hóa yêu cầu: công an các xã tiếp tục thực hiện Kế hoạch 35/KH-UBND ngày 20/02/2019 của UBND huyện về phòng chống ma túy giai đoạn 2019 - 2020; Nghị quyết số 12-NQ/HU của Ban Chấp hành Đảng bộ huyện về bảo đảm an ninh trật tự vùng biên; phối hợp các tổ an ninh thôn, bản quản lý chặt 100% người nghiện tại cộng đồng; phấn đấu đến hết tháng 6 có thêm 6 bản đạt tiêu chí "Bản không có ma túy".
Một số trưởng bản cũng đề nghị huyện sớm bố trí kinh phí sửa chữa nhà văn hóa bản để làm nơi trực của tổ an ninh, đồng thời tăng thời lượng tuyên truyền bằng tiếng Thái trên loa truyền thanh xã về tác hại của ma túy.
Được biết, hiện toàn huyện Quan Hóa (tỉnh Thanh Hóa) có 108 tổ an ninh thôn, bản với trên 760 thành viên, phần lớn là người dân tộc Thái, Mường.
Lê Hợi
Tin liên quan
- Mường Lát: bắt đối tượng vận chuyển 6 bánh heroin (30/05/2019)
- Quan Sơn đưa công an chính quy về xã (22/05/2019)
- Bá Thước: ra mắt mô hình "Bản an toàn về ANTT" (14/05/2019)
""", "2019-06-05", "Giao ban tháng 5: Công an các xã miền núi Quan Hóa chặn nhiều đường dây ma túy",
E("giao_ban", "2019-05", "2019-06-04"),
[P("Hà Văn Lự", "Thượng tá", "Phó Trưởng Công an huyện Quan Hóa"),
 P("Phạm Bá Thượng", "người có uy tín bản Co Me"),
 P("Lò Văn Thanh", "Trung úy", "Trưởng Công an xã Trung Sơn"),
 P("Cầm Bá Xuân", "Đại úy", "Trưởng Công an xã Phú Lệ"),
 P("Ngân Văn Tuấn", "Trung úy", "Trưởng Công an xã Nam Tiến")],
[Q("18 xã, thị trấn", 18, "xã, thị trấn"), Q("5 vụ", 5, "vụ"), Q("7 đối tượng", 7, "đối tượng"), Q("1 bánh heroin", 1, "bánh heroin"),
 Q("620 viên hồng phiến", 620, "viên hồng phiến"), Q("3 vụ trộm cắp", 3, "vụ trộm cắp"), Q("2 vụ trộm dê", 2, "vụ trộm dê"),
 Q("1 vụ trộm máy cưa", 1, "vụ trộm máy cưa"), Q("2 vụ", 2, "vụ"), Q("210 lượt tuần tra", 210, "lượt tuần tra"),
 Q("4 người nghiện", 4, "người nghiện"), Q("15 km", 15, "km"), Q("12 công an chính quy", 12, "công an chính quy"),
 Q("100% người nghiện", 100, "%"), Q("6 bản", 6, "bản"), Q("108 tổ an ninh thôn, bản", 108, "tổ an ninh thôn, bản"),
 Q("trên 760 thành viên", 760, "thành viên", "over")],
[D("Đề án", "106", "ĐA-BCA", None, "Bộ Công an", "Đề án số 106/ĐA-BCA của Bộ Công an"),
 D("Kế hoạch", "35", "KH-UBND", "2019-02-20", "UBND huyện", "Kế hoạch 35/KH-UBND ngày 20/02/2019 của UBND huyện"),
 D("Nghị quyết", "12", "NQ/HU", None, "Ban Chấp hành Đảng bộ huyện", "Nghị quyết số 12-NQ/HU của Ban Chấp hành Đảng bộ huyện")],
[prov("Hòa Bình"), prov("Thanh Hóa"), com("Trung Sơn"), com("Phú Lệ"), com("Nam Tiến")],
["Báo Thanh Hóa - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thanh Hóa", "Pháp luật › An ninh trật tự",
 "Thượng tá Hà Văn Lự phát biểu tại buổi giao ban.", "Bản không có ma túy"],
["2019-06-05 15:30", "tháng 5/2019", "tháng 4", "tháng 6", "giai đoạn 2019 - 2020"]))

PAGES.append(page("b8272-cantho-camera-tongket-2019", """
CỔNG THÔNG TIN ĐIỆN TỬ QUẬN NINH KIỀU - TP. CẦN THƠ
Trang chủ - Tin tức - An ninh trật tự
Thứ Sáu, 20/12/2019, 07:50
Phường An Khánh tổng kết công tác bảo đảm an ninh trật tự và mô hình "Camera an ninh" năm 2019
Chiều 19/12, Đảng ủy, UBND phường An Khánh (quận Ninh Kiều, thành phố Cần Thơ) tổ chức hội nghị tổng kết công tác bảo đảm an ninh trật tự năm 2019 và 2 năm thực hiện mô hình "Camera an ninh" trên địa bàn phường.
Toàn cảnh hội nghị.
Tham dự có bà Nguyễn Thị Bích Vân, Phó Chủ tịch UBND quận Ninh Kiều; ông Trương Minh Trí, Bí thư Đảng ủy phường; Thiếu tá Lê Quốc Khải, Trưởng Công an phường cùng 95 tổ trưởng tổ dân phố, tổ trưởng tổ bảo vệ dân phố.
Theo báo cáo, năm 2019 phường An Khánh xảy ra 19 vụ phạm pháp hình sự, giảm 8 vụ so với năm 2018, trong đó trộm cắp tài sản 14 vụ, chủ yếu trộm xe máy, điện thoại tại các dãy nhà trọ sinh viên; đã điều tra làm rõ 12 vụ, bắt 15 đối tượng. Công an phường phát hiện 4 vụ, 9 đối tượng sử dụng trái phép chất ma túy, chủ yếu là "nước vui", "ma túy đá" tại quán karaoke.
Sau 2 năm triển khai, mô hình "Camera an ninh" đã lắp đặt được 214 mắt camera tại 72 tuyến hẻm, trong đó 158 camera do người dân tự bỏ kinh phí, tổng vốn xã hội hóa khoảng 640 triệu đồng. Hình ảnh từ camera đã giúp làm rõ 9 vụ trộm cắp, trích xuất phục vụ điều tra 37 lần. Phường có 16 tổ bảo vệ dân phố với 112 thành viên; 100% khu vực đạt danh hiệu "An toàn về an ninh trật tự".
Tại hội nghị, ông Huỳnh Văn Út, Tổ trưởng tổ bảo vệ dân phố khu vực 3, kể lại việc cùng tổ viên truy đuổi 2 đối tượng trộm xe máy lúc rạng sáng, thu hồi tài sản trả cho sinh viên. Bà Đoàn Thị Thu Ba, Tổ trưởng tổ dân phố 18 khu vực 5, đề nghị lắp thêm đèn chiếu sáng ở các hẻm cụt.
Phát biểu chỉ đạo, bà Nguyễn Thị Bích Vân đề nghị phường tiếp tục thực hiện Kế hoạch số 179/KH-UBND ngày 12/9/2017 của UBND thành phố về mô hình "Camera an ninh", Nghị quyết 05-NQ/ĐU của Đảng ủy phường về xây dựng phường văn minh đô thị; phấn đấu năm 2020 mỗi tuyến hẻm có ít nhất 1 camera, giảm trên 10% số vụ trộm cắp.
Nhiều ý kiến cũng cho rằng vẫn còn một số chủ nhà trọ chưa khai báo tạm trú đầy đủ cho người thuê, camera của một số hộ đặt sai góc, hình ảnh ban đêm chưa rõ nét; việc chia sẻ dữ liệu camera cho công an phường còn chậm.
Dịp này, UBND quận tặng giấy khen cho 4 tập thể, 7 cá nhân; UBND phường khen thưởng 10 hộ gia đình tiêu biểu trong lắp đặt camera, mỗi hộ 500.000 đồng.
Phương Nam
Tin khác
- Phường Xuân Khánh ra mắt tổ tự quản phòng cháy và ANTT (10/12/2019)
- Ninh Kiều: 100% phường có mô hình "Camera an ninh" (02/12/2019)
- Bắt nhóm trộm cắp xe máy tại khu nhà trọ sinh viên (25/11/2019)
""", "2019-12-20", "Phường An Khánh tổng kết công tác bảo đảm an ninh trật tự và mô hình \"Camera an ninh\" năm 2019",
E("tong_ket", "2019", "2019-12-19"),
[P("Nguyễn Thị Bích Vân", "Phó Chủ tịch UBND quận Ninh Kiều"),
 P("Trương Minh Trí", "Bí thư Đảng ủy phường"),
 P("Lê Quốc Khải", "Thiếu tá", "Trưởng Công an phường"),
 P("Huỳnh Văn Út", "Tổ trưởng tổ bảo vệ dân phố khu vực 3"),
 P("Đoàn Thị Thu Ba", "Tổ trưởng tổ dân phố 18 khu vực 5")],
[Q("95 tổ trưởng tổ dân phố, tổ trưởng tổ bảo vệ dân phố", 95, "tổ trưởng tổ dân phố, tổ trưởng tổ bảo vệ dân phố"),
 Q("19 vụ phạm pháp hình sự", 19, "vụ phạm pháp hình sự"), Q("8 vụ", 8, "vụ"), Q("14 vụ", 14, "vụ"), Q("12 vụ", 12, "vụ"),
 Q("15 đối tượng", 15, "đối tượng"), Q("4 vụ", 4, "vụ"), Q("9 đối tượng", 9, "đối tượng"),
 Q("214 mắt camera", 214, "mắt camera"), Q("72 tuyến hẻm", 72, "tuyến hẻm"), Q("158 camera", 158, "camera"),
 Q("khoảng 640 triệu đồng", 640000000, "đồng", "approx"), Q("9 vụ trộm cắp", 9, "vụ trộm cắp"), Q("37 lần", 37, "lần"),
 Q("16 tổ bảo vệ dân phố", 16, "tổ bảo vệ dân phố"), Q("112 thành viên", 112, "thành viên"), Q("100% khu vực", 100, "%"),
 Q("2 đối tượng trộm xe máy", 2, "đối tượng"), 
 Q("trên 10%", 10, "%", "over"), Q("4 tập thể", 4, "tập thể"), Q("7 cá nhân", 7, "cá nhân"),
 Q("10 hộ gia đình tiêu biểu", 10, "hộ gia đình tiêu biểu"), Q("500.000 đồng", 500000, "đồng")],
[D("Kế hoạch", "179", "KH-UBND", "2017-09-12", "UBND thành phố", "Kế hoạch số 179/KH-UBND ngày 12/9/2017 của UBND thành phố"),
 D("Nghị quyết", "05", "NQ/ĐU", None, "Đảng ủy phường", "Nghị quyết 05-NQ/ĐU của Đảng ủy phường")],
[prov("Cần Thơ"), com("An Khánh")],
["CỔNG THÔNG TIN ĐIỆN TỬ QUẬN NINH KIỀU - TP. CẦN THƠ", "Trang chủ - Tin tức - An ninh trật tự", "Toàn cảnh hội nghị.",
 "Camera an ninh", "An toàn về an ninh trật tự", "nước vui"],
["Thứ Sáu, 20/12/2019, 07:50", "năm 2019", "2 năm", "năm 2018", "năm 2020", "khu vực 3", "tổ dân phố 18", "ít nhất 1 camera"]))
