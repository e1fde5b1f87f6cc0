from lib import *
PAGES = []

PAGES.append(page("b3755-phutho-nongdan-chandung-2017", """
BÁO PHÚ THỌ ĐIỆN TỬ
You are here: Trang chủ › Kinh tế › Nông nghiệp - Nông thôn
12/05/2017 - 10:05
Anh Triệu Văn Phú kiểm tra vườn quế của gia đình. Ảnh: Thu Hà
Người Dao ở Thu Cúc làm giàu từ cây quế
(BPT) - Từ hai bàn tay trắng, anh Triệu Văn Phú, người Dao ở xóm Chiềng, xã Thu Cúc, huyện Tân Sơn, tỉnh Phú Thọ đã trở thành hộ sản xuất, kinh doanh giỏi cấp tỉnh với mức thu nhập hơn 600 triệu đồng mỗi năm.
Năm 2009, được Hội Nông dân xã giới thiệu vay 30 triệu đồng từ Ngân hàng Chính sách xã hội, anh Phú mạnh dạn trồng 3 ha quế trên đất đồi bỏ hoang. Những năm đầu, cây chậm lớn, có lúc gia đình định bỏ cuộc. Được cán bộ khuyến nông hướng dẫn kỹ thuật, anh chăm bón, tỉa cành đúng cách nên vườn quế phát triển tốt.
Đến nay, gia đình anh có khoảng 15 ha quế, 2 ha chè và nuôi 40 con lợn đen bản địa. Năm 2016, chỉ riêng bán vỏ quế khô và lá quế cho cơ sở chưng cất tinh dầu, gia đình anh thu khoảng 450 triệu đồng. Anh còn mở xưởng sơ chế quế, tạo việc làm thường xuyên cho 12 lao động địa phương với mức lương 4,5 triệu đồng/người/tháng.
Không chỉ làm giàu cho bản thân, anh Phú còn hướng dẫn kỹ thuật, cho 8 hộ nghèo trong xóm vay giống quế không lấy lãi. Chị Bàn Thị Mai, một hộ được anh giúp đỡ, chia sẻ: "Nhờ anh Phú cho vay 2.000 cây giống, nay nhà tôi đã có 1,5 ha quế, đủ tiền cho con đi học".
Ông Hà Văn Lực, Chủ tịch Hội Nông dân xã Thu Cúc, cho biết toàn xã hiện có 217 hộ đạt danh hiệu sản xuất, kinh doanh giỏi các cấp, trong đó nhiều hộ người Mường, người Dao. Từ hiệu quả mô hình của anh Phú, xã đã quy hoạch vùng quế tập trung hơn 300 ha, được hỗ trợ theo Nghị định 55/2015/NĐ-CP của Chính phủ về chính sách tín dụng phục vụ phát triển nông nghiệp, nông thôn.
Theo bà Đinh Thị Thoa, Phó Chủ tịch UBND huyện Tân Sơn, huyện đang thực hiện Nghị quyết số 05-NQ/HU ngày 20/3/2016 của Ban Chấp hành Đảng bộ huyện về phát triển cây lâm nghiệp có giá trị kinh tế cao, phấn đấu đến năm 2020 có 5.000 ha quế. Huyện cũng vận động nông dân tham gia chương trình "Mỗi xã một sản phẩm".
Những ngày này, vườn quế nhà anh Phú thường xuyên đón các đoàn nông dân trong và ngoài huyện đến tham quan, học hỏi. Anh không giấu nghề, sẵn sàng chỉ cho bà con cách chọn giống, cách bóc vỏ đúng mùa để quế được giá, cách tận dụng cành, lá bán cho lò chưng cất.
Nói về dự định, anh Phú cho biết sẽ liên kết với các hộ trong xóm thành lập tổ hợp tác trồng quế hữu cơ, xây dựng thương hiệu quế Tân Sơn để bán ra thị trường miền xuôi và xuất khẩu, thay vì bán qua thương lái như hiện nay.
Thu Hà
Lượt xem: 2.113
Tin liên quan
- Nông dân Thanh Sơn thu hàng tỷ đồng từ cây bưởi (05/05/2017)
- Hội Nông dân tỉnh sơ kết Quỹ Hỗ trợ nông dân (25/04/2017)
- Yên Lập: hiệu quả mô hình nuôi gà lông màu (18/04/2017)
""", "2017-05-12", "Người Dao ở Thu Cúc làm giàu từ cây quế",
E("khac", None, None),
[P("Triệu Văn Phú"), P("Bàn Thị Mai"),
 P("Hà Văn Lực", "Chủ tịch Hội Nông dân xã Thu Cúc"),
 P("Đinh Thị Thoa", "Phó Chủ tịch UBND huyện Tân Sơn")],
[Q("hơn 600 triệu đồng", 600000000, "đồng", "over"), Q("30 triệu đồng", 30000000, "đồng"), Q("3 ha", 3, "ha"),
 Q("khoảng 15 ha", 15, "ha", "approx"), Q("2 ha", 2, "ha"), Q("40 con lợn đen bản địa", 40, "con lợn đen bản địa"),
 Q("khoảng 450 triệu đồng", 450000000, "đồng", "approx"), Q("12 lao động", 12, "lao động"),
 Q("4,5 triệu đồng/người/tháng", 4500000, "đồng"), Q("8 hộ nghèo", 8, "hộ nghèo"), Q("2.000 cây giống", 2000, "cây giống"),
 Q("1,5 ha", 1.5, "ha"), Q("217 hộ", 217, "hộ"), Q("hơn 300 ha", 300, "ha", "over"), Q("5.000 ha", 5000, "ha")],
[D("Nghị định", "55", "2015/NĐ-CP", None, "Chính phủ", "Nghị định 55/2015/NĐ-CP"),
 D("Nghị quyết", "05", "NQ/HU", "2016-03-20", "Ban Chấp hành Đảng bộ huyện", "Nghị quyết số 05-NQ/HU ngày 20/3/2016")],
[prov("Phú Thọ"), com("Thu Cúc")],
["BÁO PHÚ THỌ ĐIỆN TỬ", "You are here: Trang chủ › Kinh tế › Nông nghiệp - Nông thôn",
 "Anh Triệu Văn Phú kiểm tra vườn quế của gia đình. Ảnh: Thu Hà", "(BPT)", "Mỗi xã một sản phẩm", "Lượt xem: 2.113"],
["12/05/2017 - 10:05", "Năm 2009", "Năm 2016", "năm 2020", "Lượt xem: 2.113"]))

PAGES.append(page("b3756-vinhphuc-lhpn-taphuan-2018", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH VĨNH PHÚC
Trang chủ | Tin tức | Hỗ trợ phụ nữ phát triển kinh tế
Ngày 14/06/2018 | 09:20
Tập huấn kỹ năng quản lý tổ tiết kiệm cho cán bộ Hội cơ sở năm 2018
Trong 2 ngày 12 và 13/6, Hội LHPN tỉnh Vĩnh Phúc tổ chức lớp tập huấn kỹ năng quản lý tổ tiết kiệm và vay vốn, hỗ trợ phụ nữ khởi nghiệp năm 2018 cho 160 học viên là Chủ tịch, Phó Chủ tịch Hội LHPN các xã, phường, thị trấn và tổ trưởng tổ tiết kiệm.
Các học viên thực hành ghi sổ tổ tiết kiệm.
Dự khai mạc có bà Kim Thị Thu Hà, bà Dương Thị Hằng - Phó Chủ tịch Hội LHPN tỉnh. Giảng viên lớp học là TS. Nguyễn Thị Hải Yến, giảng viên Học viện Phụ nữ Việt Nam, và ông Lê Minh Đức, Phó Giám đốc Chi nhánh Ngân hàng Chính sách xã hội tỉnh.
Học viên được trang bị kiến thức về Nghị quyết số 11-NQ/TW ngày 27/4/2007 của Bộ Chính trị về công tác phụ nữ thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa; Đề án "Hỗ trợ phụ nữ khởi nghiệp giai đoạn 2017 - 2025" ban hành kèm theo Quyết định 939/QĐ-TTg ngày 30/6/2017 của Thủ tướng Chính phủ; cách thành lập, quản lý tổ tiết kiệm theo hướng dẫn số 16/HD-ĐCT của Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam.
Theo báo cáo, hiện toàn tỉnh có 1.247 tổ tiết kiệm và vay vốn với trên 38.000 thành viên, tổng số tiền tiết kiệm khoảng 42 tỷ đồng. Năm 2017, các cấp Hội đã hỗ trợ 300 phụ nữ khởi nghiệp, tư vấn 26 ý tưởng khởi nghiệp, trong đó 5 dự án được tỉnh hỗ trợ vốn ban đầu 50 triệu đồng mỗi dự án.
Tại lớp học, chị Trương Thị Dìu, người Sán Dìu, Tổ trưởng tổ tiết kiệm thôn Đồng Giếng, xã Đồng Tĩnh, chia sẻ kinh nghiệm duy trì tổ 45 thành viên suốt 10 năm, mỗi tháng góp từ 100.000 đồng, không để xảy ra nợ khó đòi. Bà Lý Thị Sen, Chủ tịch Hội LHPN xã Trung Mỹ, đề nghị tỉnh có cơ chế hỗ trợ lãi suất cho hội viên vay theo hạn mức tối đa 30 triệu đồng/hộ.
Nhiều học viên cho biết lần đầu được hướng dẫn cách lập sổ theo dõi góp và cho vay quay vòng, cách công khai số dư hằng quý trước các thành viên, cách xây dựng phương án vay vốn nhỏ để chăn nuôi, trồng rau, buôn bán. Các nhóm học viên cũng được thực hành xử lý tình huống khi thành viên chậm trả.
Kết thúc lớp học, 100% học viên làm bài thu hoạch đạt yêu cầu. Bà Kim Thị Thu Hà đề nghị học viên về cơ sở rà soát lại tổ tiết kiệm, phấn đấu mỗi chi hội có ít nhất 1 tổ hoạt động hiệu quả, gắn với thực hiện cuộc vận động "Xây dựng gia đình 5 không, 3 sạch".
Được biết, trong năm 2018, Hội LHPN tỉnh sẽ tổ chức thêm 2 lớp tập huấn cho cán bộ chi hội ở các huyện miền núi Tam Đảo, Sông Lô và Lập Thạch, nơi có đông đồng bào Sán Dìu, Cao Lan sinh sống.
Phương Thảo
Số lượt xem: 356
Tin khác
- Phụ nữ Phúc Yên ra mắt mô hình "Phụ nữ khởi nghiệp" (05/06/2018)
- Trao 20 mái ấm tình thương cho hội viên nghèo (25/05/2018)
- Hội nghị giao ban công tác Hội quý I (10/04/2018)
""", "2018-06-14", "Tập huấn kỹ năng quản lý tổ tiết kiệm cho cán bộ Hội cơ sở năm 2018",
E("tap_huan", "2018", "2018-06-12"),
[P("Kim Thị Thu Hà", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Dương Thị Hằng", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Nguyễn Thị Hải Yến", "TS.", "giảng viên Học viện Phụ nữ Việt Nam"),
 P("Lê Minh Đức", "Phó Giám đốc Chi nhánh Ngân hàng Chính sách xã hội tỉnh"),
 P("Trương Thị Dìu", "Tổ trưởng tổ tiết kiệm thôn Đồng Giếng"),
 P("Lý Thị Sen", "Chủ tịch Hội LHPN xã Trung Mỹ")],
[Q("160 học viên", 160, "học viên"), Q("1.247 tổ tiết kiệm và vay vốn", 1247, "tổ tiết kiệm và vay vốn"),
 Q("trên 38.000 thành viên", 38000, "thành viên", "over"), Q("khoảng 42 tỷ đồng", 42000000000, "đồng", "approx"),
 Q("300 phụ nữ", 300, "phụ nữ"), Q("26 ý tưởng khởi nghiệp", 26, "ý tưởng khởi nghiệp"), Q("5 dự án", 5, "dự án"),
 Q("50 triệu đồng", 50000000, "đồng"), Q("45 thành viên", 45, "thành viên"), Q("từ 100.000 đồng", 100000, "đồng", "over"),
 Q("tối đa 30 triệu đồng/hộ", 30000000, "đồng"), Q("100%", 100, "%"), Q("2 lớp tập huấn", 2, "lớp tập huấn")],
[D("Nghị quyết", "11", "NQ/TW", "2007-04-27", "Bộ Chính trị", "Nghị quyết số 11-NQ/TW ngày 27/4/2007"),
 D("Quyết định", "939", "QĐ-TTg", "2017-06-30", "Thủ tướng Chính phủ", "Quyết định 939/QĐ-TTg ngày 30/6/2017"),
 D("Hướng dẫn", "16", "HD-ĐCT", None, "Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam", "hướng dẫn số 16/HD-ĐCT")],
[prov("Vĩnh Phúc"), com("Đồng Tĩnh"), com("Trung Mỹ")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH VĨNH PHÚC", "Trang chủ | Tin tức | Hỗ trợ phụ nữ phát triển kinh tế",
 "Các học viên thực hành ghi sổ tổ tiết kiệm.", "Hỗ trợ phụ nữ khởi nghiệp giai đoạn 2017 - 2025",
 "Xây dựng gia đình 5 không, 3 sạch", "Số lượt xem: 356"],
["Ngày 14/06/2018 | 09:20", "2 ngày", "10 năm", "5 không, 3 sạch", "ít nhất 1 tổ", "Năm 2017", "năm 2018", "Số lượt xem: 356"]))

PAGES.append(page("b3757-phutho-dtts-daihoi-2019", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TÂN SƠN
Trang chủ - Tin tức - Chính trị
Thứ Tư, 10/04/2019, 07:45
Toàn cảnh Đại hội. Ảnh: Đức Mạnh
Đại hội đại biểu các dân tộc thiểu số huyện Tân Sơn lần thứ III
Ngày 9/4, huyện Tân Sơn, tỉnh Phú Thọ long trọng tổ chức Đại hội đại biểu các dân tộc thiểu số huyện lần thứ III, năm 2019. Dự Đại hội có đồng chí Đinh Quang Tiến, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh; đồng chí Hà Văn Khởi, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; các đồng chí lãnh đạo huyện Tân Sơn: Đinh Văn Hùng, Bí thư Huyện ủy; Hà Thị Dung, Chủ tịch UBND huyện.
Về dự Đại hội có 150 đại biểu chính thức thuộc các dân tộc Mường, Dao, Mông, Tày, Kinh, trong đó 42 đại biểu là người có uy tín, 47 đại biểu nữ.
Tân Sơn có 17 xã với khoảng 81.000 nhân khẩu, đồng bào dân tộc thiểu số chiếm 84%. 5 năm qua, thực hiện Chương trình 135 và Quyết định 755/QĐ-TTg của Thủ tướng Chính phủ, huyện đã đầu tư hơn 460 tỷ đồng xây dựng 214 công trình hạ tầng; tỷ lệ hộ nghèo giảm từ 41,7% xuống còn 19,3%. Đồng bào đã hiến trên 60.000 m2 đất, góp 18.500 ngày công làm đường.
Đại hội nghe 7 tham luận. Già làng Đinh Văn Mùi, người có uy tín xóm Bến Thân, xã Xuân Đài, kể việc vận động bà con bỏ tục làm ma dài ngày. Chị Bàn Thị Chiêm, người Dao, Chi hội trưởng phụ nữ xóm Lèn, xã Kim Thượng, giới thiệu tổ tiết kiệm "Góp gạo nuôi heo" giúp 23 hộ mua giống. Anh Sùng A Dua, người Mông ở xã Xuân Sơn, chia sẻ mô hình nuôi ong lấy mật.
Phát biểu chỉ đạo, đồng chí Đinh Quang Tiến đề nghị huyện tiếp tục thực hiện Chỉ thị số 12/CT-TTg ngày 5/4/2018 của Thủ tướng Chính phủ và Kế hoạch số 86-KH/TU của Ban Thường vụ Tỉnh ủy về công tác dân tộc; phát huy vai trò người có uy tín, gìn giữ bản sắc văn hóa Mường gắn với phát triển du lịch cộng đồng ở Vườn quốc gia Xuân Sơn.
Đại hội đã biểu dương 30 tập thể, 55 cá nhân tiêu biểu và bầu đoàn đại biểu gồm 25 đại biểu đi dự Đại hội đại biểu các dân tộc thiểu số tỉnh Phú Thọ lần thứ III. Đồng chí Hà Thị Dung trình bày phương hướng giai đoạn 2019 - 2024, phấn đấu mỗi năm giảm 4% hộ nghèo.
Các tham luận đều nhấn mạnh vai trò của cấp ủy, chính quyền cơ sở trong việc lắng nghe ý kiến đồng bào, đưa cán bộ trẻ người dân tộc thiểu số vào các vị trí chủ chốt của xã, xóm, đồng thời đề nghị tỉnh tiếp tục đầu tư đường giao thông liên xã, trường học bán trú và trạm y tế ở vùng đặc biệt khó khăn.
Đại hội đã thông qua Nghị quyết với 100% đại biểu tán thành và bế mạc trong không khí đoàn kết, phấn khởi.
Đức Mạnh - Trung tâm VH-TT huyện
Lượt truy cập: 109.726
Các tin khác
- Tân Sơn: hội nghị người có uy tín năm 2019 (28/03/2019)
- Khánh thành cầu treo xóm Dù (15/03/2019)
- Huyện ủy Tân Sơn sơ kết 3 năm thực hiện Chỉ thị 05 (02/03/2019)
""", "2019-04-10", "Đại hội đại biểu các dân tộc thiểu số huyện Tân Sơn lần thứ III",
E("dai_hoi", None, "2019-04-09"),
[P("Đinh Quang Tiến", "Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Hà Văn Khởi", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đinh Văn Hùng", "Bí thư Huyện ủy"),
 P("Hà Thị Dung", "Chủ tịch UBND huyện"),
 P("Đinh Văn Mùi", "Già làng", "người có uy tín xóm Bến Thân"),
 P("Bàn Thị Chiêm", "Chi hội trưởng phụ nữ xóm Lèn"),
 P("Sùng A Dua")],
[Q("150 đại biểu chính thức", 150, "đại biểu chính thức"), Q("42 đại biểu", 42, "đại biểu"), Q("47 đại biểu nữ", 47, "đại biểu nữ"),
 Q("17 xã", 17, "xã"), Q("khoảng 81.000 nhân khẩu", 81000, "nhân khẩu", "approx"), Q("84%", 84, "%"),
 Q("hơn 460 tỷ đồng", 460000000000, "đồng", "over"), Q("214 công trình hạ tầng", 214, "công trình hạ tầng"),
 Q("41,7%", 41.7, "%"), Q("19,3%", 19.3, "%"), Q("trên 60.000 m2", 60000, "m2", "over"),
 Q("18.500 ngày công", 18500, "ngày công"), Q("7 tham luận", 7, "tham luận"), Q("23 hộ", 23, "hộ"),
 Q("30 tập thể", 30, "tập thể"), Q("55 cá nhân", 55, "cá nhân"), Q("25 đại biểu", 25, "đại biểu"),
 Q("giảm 4%", 4, "%"), Q("100%", 100, "%")],
[D("Quyết định", "755", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 755/QĐ-TTg"),
 D("Chỉ thị", "12", "CT-TTg", "2018-04-05", "Thủ tướng Chính phủ", "Chỉ thị số 12/CT-TTg ngày 5/4/2018"),
 D("Kế hoạch", "86", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 86-KH/TU")],
[prov("Phú Thọ"), com("Xuân Đài"), com("Kim Thượng"), com("Xuân Sơn")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TÂN SƠN", "Trang chủ - Tin tức - Chính trị", "Toàn cảnh Đại hội. Ảnh: Đức Mạnh",
 "Góp gạo nuôi heo", "Chương trình 135", "Vườn quốc gia Xuân Sơn", "Lượt truy cập: 109.726"],
["Thứ Tư, 10/04/2019, 07:45", "lần thứ III", "năm 2019", "5 năm qua", "Chương trình 135", "giai đoạn 2019 - 2024", "Lượt truy cập: 109.726"]))

PAGES.append(page("b3758-vinhphuc-mttq-ngayhoi-2020", """
Hôm nay: Thứ Ba, 17/11/2020
BÁO VĨNH PHÚC ĐIỆN TỬ
Chính trị > Mặt trận - Đoàn thể
16/11/2020 - 15:45
Đồng chí Trần Duy Đông trao quà cho hộ nghèo thôn Bích Chu.
Phó Bí thư Thường trực Tỉnh ủy dự Ngày hội Đại đoàn kết tại thôn Bích Chu
(BVP) - Ngày 14/11, thôn Bích Chu, xã An Tường, huyện Vĩnh Tường tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2020. Dự Ngày hội có đồng chí Trần Duy Đông, Phó Bí thư Thường trực Tỉnh ủy; Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Nguyễn Thị Minh Hương; bà Vũ Thị Hồng Vân, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh.
Thôn Bích Chu có 712 hộ với 2.950 nhân khẩu; Chi bộ thôn có 86 đảng viên, trong đó 31 đồng chí là cán bộ hưu trí. Năm 2020, dù chịu ảnh hưởng của dịch Covid-19, nhân dân trong thôn vẫn thực hiện nghiêm Chỉ thị 19/CT-TTg của Thủ tướng Chính phủ, đồng thời đóng góp hơn 1,6 tỷ đồng, hiến 820 m2 đất mở rộng đường trục thôn, xây dựng nhà văn hóa.
Ông Nguyễn Văn Tuân, Trưởng Ban công tác Mặt trận thôn Bích Chu, cho biết thôn có 97,5% hộ đạt gia đình văn hóa, 3 năm liền không có tội phạm và tệ nạn xã hội. Chi hội Phụ nữ thôn duy trì 2 tổ tiết kiệm với 64 hội viên, giúp nhau vay không lãi hơn 300 triệu đồng. Nghề mộc truyền thống tạo việc làm cho khoảng 400 lao động.
Phát biểu tại Ngày hội, đồng chí Trần Duy Đông biểu dương kết quả thôn Bích Chu đạt được, đề nghị cấp ủy, chính quyền xã An Tường tiếp tục thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị, cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"; phát huy vai trò người cao tuổi, dòng họ trong xây dựng thôn kiểu mẫu.
Dịp này, đồng chí Trần Duy Đông trao tặng thôn 1 ti vi và trao 5 suất quà cho hộ nghèo, mỗi suất 1 triệu đồng. Ủy ban MTTQ tỉnh trao 1 nhà Đại đoàn kết trị giá 60 triệu đồng cho gia đình bà Đỗ Thị Mơ, hộ nghèo neo đơn trong thôn.
Theo kế hoạch số 142/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh, năm nay Ngày hội được tổ chức gọn nhẹ, an toàn tại 1.366 khu dân cư trong toàn tỉnh Vĩnh Phúc; các đồng chí lãnh đạo tỉnh chia nhau về dự ở các huyện, thành phố.
Sau phần lễ, bà con trong thôn tham gia các trò chơi dân gian như kéo co, đập niêu, thi gói bánh chưng; các tiết mục văn nghệ do chính các hội viên, đoàn viên biểu diễn tạo không khí vui tươi, gắn kết.
Hải Yến
Lượt đọc: 1.088
Tin liên quan
- Phúc Yên: Ngày hội Đại đoàn kết ở tổ dân phố Xuân Mai (15/11/2020)
- Mặt trận tỉnh kỷ niệm 90 năm Ngày truyền thống (13/11/2020)
- Trao 40 nhà Đại đoàn kết cho hộ nghèo (06/11/2020)
""", "2020-11-16", "Phó Bí thư Thường trực Tỉnh ủy dự Ngày hội Đại đoàn kết tại thôn Bích Chu",
E("khac", None, "2020-11-14"),
[P("Trần Duy Đông", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Nguyễn Thị Minh Hương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Vũ Thị Hồng Vân", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Tuân", "Trưởng Ban công tác Mặt trận thôn Bích Chu"),
 P("Đỗ Thị Mơ")],
[Q("712 hộ", 712, "hộ"), Q("2.950 nhân khẩu", 2950, "nhân khẩu"), Q("86 đảng viên", 86, "đảng viên"),
 Q("31 đồng chí", 31, "đồng chí"), Q("hơn 1,6 tỷ đồng", 1600000000, "đồng", "over"), Q("820 m2", 820, "m2"),
 Q("97,5%", 97.5, "%"), Q("2 tổ tiết kiệm", 2, "tổ tiết kiệm"), Q("64 hội viên", 64, "hội viên"),
 Q("hơn 300 triệu đồng", 300000000, "đồng", "over"), Q("khoảng 400 lao động", 400, "lao động", "approx"),
 Q("5 suất quà", 5, "suất quà"), Q("1 triệu đồng", 1000000, "đồng"), Q("60 triệu đồng", 60000000, "đồng"),
 Q("1.366 khu dân cư", 1366, "khu dân cư")],
[D("Chỉ thị", "19", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị 19/CT-TTg"),
 D("Chỉ thị", "05", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 05-CT/TW"),
 D("Kế hoạch", "142", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "kế hoạch số 142/KH-MTTQ-BTT")],
[prov("Vĩnh Phúc"), com("An Tường")],
["Hôm nay: Thứ Ba, 17/11/2020", "BÁO VĨNH PHÚC ĐIỆN TỬ", "Chính trị > Mặt trận - Đoàn thể",
 "Đồng chí Trần Duy Đông trao quà cho hộ nghèo thôn Bích Chu.", "(BVP)",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Lượt đọc: 1.088"],
["Hôm nay: Thứ Ba, 17/11/2020", "16/11/2020 - 15:45", "31 đồng chí", "Năm 2020", "năm 2020", "3 năm liền", "1 ti vi",
 "1 nhà Đại đoàn kết", "Covid-19", "Lượt đọc: 1.088"]))

PAGES.append(page("b3759-phutho-camkhe-doithoai-2021", """
Cổng Thông tin điện tử huyện Cẩm Khê
Trang chủ › Tin tức - Sự kiện › Hoạt động của lãnh đạo huyện
Cập nhật lúc 17:20 ngày 20/10/2021
Chủ tịch UBND huyện Cẩm Khê đối thoại với hội viên phụ nữ, nông dân năm 2021
Ngày 19/10, UBND huyện Cẩm Khê phối hợp với Hội LHPN và Hội Nông dân huyện tổ chức hội nghị đối thoại giữa Chủ tịch UBND huyện với hội viên phụ nữ, nông dân năm 2021. Đồng chí Nguyễn Quang Hưng, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện chủ trì; cùng dự có các đồng chí Phó Chủ tịch UBND huyện: Đinh Thị Thu Hà, Lê Văn Tùng.
Quang cảnh hội nghị đối thoại.
Tham dự có 215 hội viên đến từ 24 xã, thị trấn. Đây là hoạt động thực hiện Quy chế phối hợp số 02-QCPH/UBND-HPN-HND giữa UBND huyện với Hội LHPN, Hội Nông dân huyện và Quyết định số 2341/QĐ-UBND ngày 15/9/2021 của UBND tỉnh Phú Thọ về tổ chức đối thoại với nhân dân.
Tại hội nghị, 23 ý kiến góp ý, kiến nghị được nêu, tập trung vào vốn vay phát triển kinh tế, tiêu thụ nông sản, hỗ trợ người dân bị ảnh hưởng bởi dịch Covid-19. Chị Hà Thị Xuân, người Mường ở xã Văn Bán, hỏi về thủ tục vay vốn giải quyết việc làm; ông Phan Văn Sinh, xã Tiên Lương, kiến nghị hỗ trợ giống cho vùng chuyển đổi 45 ha ruộng trũng sang nuôi cá - lúa.
Trả lời các ý kiến, ông Nguyễn Văn Đông, Trưởng phòng Nông nghiệp và Phát triển nông thôn huyện, cho biết năm 2021 huyện đã hỗ trợ hơn 2,3 tỷ đồng cho 12 mô hình liên kết sản xuất theo Nghị quyết số 05/2021/NQ-HĐND của HĐND tỉnh. Bà Bùi Thị Lan, vừa được bầu giữ chức Chủ tịch Hội LHPN huyện, thông tin toàn huyện có 138 tổ phụ nữ tiết kiệm với 3.210 thành viên, số dư khoảng 7,4 tỷ đồng.
Ông Trần Minh Khoa, Giám đốc Phòng giao dịch Ngân hàng Chính sách xã hội huyện, cho biết dư nợ các chương trình tín dụng ủy thác qua 2 hội đạt 486 tỷ đồng với 11.250 hộ còn dư nợ; hội viên có thể vay tối đa 100 triệu đồng/hộ để tạo việc làm.
Kết luận hội nghị, đồng chí Nguyễn Quang Hưng giao các phòng chuyên môn trả lời bằng văn bản 6 kiến nghị chưa giải quyết ngay tại hội nghị, hoàn thành trước ngày 30/11/2021; đề nghị 2 hội tiếp tục nhân rộng mô hình tổ tiết kiệm, tổ hợp tác, phấn đấu năm 2022 có thêm ít nhất 10 mô hình kinh tế tập thể.
Đồng chí cũng yêu cầu chính quyền các xã, thị trấn định kỳ tổ chức đối thoại với nhân dân, không để kiến nghị tồn đọng, kéo dài; công khai kết quả giải quyết trên hệ thống loa truyền thanh cơ sở.
Minh Phương - TTVH huyện
Số lượt xem: 689
Tin khác
- Cẩm Khê ra quân tiêm vắc xin phòng Covid-19 (12/10/2021)
- Hội Nông dân huyện sơ kết 9 tháng năm 2021 (05/10/2021)
- Khánh thành nhà văn hóa khu 7, xã Phú Khê (28/09/2021)
""", "2021-10-20", "Chủ tịch UBND huyện Cẩm Khê đối thoại với hội viên phụ nữ, nông dân năm 2021",
E("doi_thoai", "2021", "2021-10-19"),
[P("Nguyễn Quang Hưng", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"),
 P("Đinh Thị Thu Hà", "Phó Chủ tịch UBND huyện"),
 P("Lê Văn Tùng", "Phó Chủ tịch UBND huyện"),
 P("Hà Thị Xuân"), P("Phan Văn Sinh"),
 P("Nguyễn Văn Đông", "Trưởng phòng Nông nghiệp và Phát triển nông thôn huyện"),
 P("Bùi Thị Lan", "Chủ tịch Hội LHPN huyện"),
 P("Trần Minh Khoa", "Giám đốc Phòng giao dịch Ngân hàng Chính sách xã hội huyện")],
[Q("215 hội viên", 215, "hội viên"), Q("24 xã, thị trấn", 24, "xã, thị trấn"), Q("23 ý kiến", 23, "ý kiến"),
 Q("45 ha", 45, "ha"), Q("hơn 2,3 tỷ đồng", 2300000000, "đồng", "over"), Q("12 mô hình liên kết sản xuất", 12, "mô hình liên kết sản xuất"),
 Q("138 tổ phụ nữ tiết kiệm", 138, "tổ phụ nữ tiết kiệm"), Q("3.210 thành viên", 3210, "thành viên"),
 Q("khoảng 7,4 tỷ đồng", 7400000000, "đồng", "approx"), Q("486 tỷ đồng", 486000000000, "đồng"),
 Q("11.250 hộ", 11250, "hộ"), Q("tối đa 100 triệu đồng/hộ", 100000000, "đồng"), Q("6 kiến nghị", 6, "kiến nghị"),
 Q("ít nhất 10 mô hình kinh tế tập thể", 10, "mô hình kinh tế tập thể", "over")],
[D("Quy chế phối hợp", "02", "QCPH/UBND-HPN-HND", None, None, "Quy chế phối hợp số 02-QCPH/UBND-HPN-HND"),
 D("Quyết định", "2341", "QĐ-UBND", "2021-09-15", "UBND tỉnh Phú Thọ", "Quyết định số 2341/QĐ-UBND ngày 15/9/2021"),
 D("Nghị quyết", "05", "2021/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 05/2021/NQ-HĐND")],
[prov("Phú Thọ"), com("Văn Bán"), com("Tiên Lương")],
["Cổng Thông tin điện tử huyện Cẩm Khê", "Trang chủ › Tin tức - Sự kiện › Hoạt động của lãnh đạo huyện",
 "Quang cảnh hội nghị đối thoại.", "Số lượt xem: 689"],
["Cập nhật lúc 17:20 ngày 20/10/2021", "năm 2021", "năm 2022", "2 hội", "Covid-19", "Số lượt xem: 689"]))

PAGES.append(page("b3760-vinhphuc-lhpn-traoqua-2022", """
Hội LHPN tỉnh Vĩnh Phúc - Vì sự tiến bộ của phụ nữ
Trang chủ / Tin tức / An sinh xã hội
Thứ Sáu, 21/1/2022 | 10:12
Bà Hoàng Thị Nga trao quà Tết cho phụ nữ nghèo xã Liễn Sơn.
Trao 500 suất quà Tết cho phụ nữ, trẻ em có hoàn cảnh khó khăn
Ngày 20/1, Hội LHPN tỉnh Vĩnh Phúc phối hợp với các nhà hảo tâm trao 500 suất quà Tết cho phụ nữ nghèo, trẻ em có hoàn cảnh đặc biệt khó khăn tại các huyện Lập Thạch, Sông Lô, Tam Đảo, trong Chương trình "Xuân yêu thương - Tết sẻ chia" năm 2022. Mỗi suất quà trị giá 500.000 đồng gồm tiền mặt, gạo, dầu ăn và bánh kẹo.
Tại xã Liễn Sơn, huyện Lập Thạch, bà Hoàng Thị Nga, Ủy viên Ban Chấp hành Trung ương Hội LHPN Việt Nam, Chủ tịch Hội LHPN tỉnh trao 120 suất quà và 10 suất học bổng, mỗi suất 2 triệu đồng cho học sinh nữ người Sán Dìu vượt khó học giỏi. Tại xã Quang Sơn, bà Trịnh Thị Thu, Phó Chủ tịch Hội LHPN tỉnh trao 150 suất quà.
Cùng ngày, Hội LHPN tỉnh bàn giao 3 Mái ấm tình thương cho hội viên nghèo ở xã Bàn Giản, xã Đồng Thịnh và phường Hội Hợp, mỗi mái ấm được hỗ trợ 50 triệu đồng; tổ tiết kiệm của các chi hội góp thêm 280 ngày công. Chị Lâm Thị Vân, người Sán Dìu ở thôn Hợp Lễ, xã Bàn Giản, xúc động khi nhận nhà mới sau nhiều năm sống trong căn nhà dột nát.
Theo bà Hoàng Thị Nga, thực hiện Kế hoạch số 03/KH-HPN ngày 5/1/2022 của Ban Thường vụ Hội LHPN tỉnh, dịp Tết Nhâm Dần các cấp Hội trong tỉnh dự kiến thăm, tặng khoảng 6.200 suất quà với tổng trị giá hơn 3 tỷ đồng; đồng thời vận động 1.050 tổ phụ nữ tiết kiệm cho hội viên khó khăn vay không lãi để sắm Tết.
Bà Nguyễn Thị Thanh Hương, Chủ tịch Hội LHPN xã Liễn Sơn, cho biết xã còn 68 hộ nghèo, trong đó 41 hộ do phụ nữ làm chủ. Hội xã đã giúp 15 hội viên tiếp cận vốn vay ưu đãi và hướng dẫn chăn nuôi gà đồi, trồng rau sạch.
Chương trình năm nay được tổ chức đảm bảo các biện pháp phòng, chống dịch Covid-19, chia nhỏ điểm trao quà theo từng thôn, không tập trung đông người. Đại diện các nhà hảo tâm cho biết sẽ tiếp tục đồng hành cùng Hội trong các chương trình an sinh xã hội của tỉnh.
Nhiều chị em nhận quà bày tỏ niềm vui, cảm ơn sự quan tâm của các cấp Hội và các nhà hảo tâm; có chị cho biết sẽ dành một phần tiền quà góp vào tổ tiết kiệm của chi hội để đầu xuân mua thêm con giống.
Bà Hoàng Thị Nga đề nghị cấp ủy, chính quyền các xã quan tâm hơn đến phụ nữ đơn thân, trẻ em mồ côi do dịch bệnh, để mọi nhà, mọi người đều có Tết.
Thu Trang
Lượt xem: 534
Tin cùng chuyên mục
- Hội LHPN tỉnh tổng kết công tác Hội năm 2021 (14/01/2022)
- Phụ nữ Yên Lạc trao 50 con bò cho hộ nghèo (07/01/2022)
- Ra mắt 12 tổ tiết kiệm mới ở Tam Dương (28/12/2021)
""", "2022-01-21", "Trao 500 suất quà Tết cho phụ nữ, trẻ em có hoàn cảnh khó khăn",
E("trao_qua", None, "2022-01-20"),
[P("Hoàng Thị Nga", "Ủy viên Ban Chấp hành Trung ương Hội LHPN Việt Nam", "Chủ tịch Hội LHPN tỉnh"),
 P("Trịnh Thị Thu", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Lâm Thị Vân"),
 P("Nguyễn Thị Thanh Hương", "Chủ tịch Hội LHPN xã Liễn Sơn")],
[Q("500 suất quà", 500, "suất quà"), Q("500.000 đồng", 500000, "đồng"), Q("120 suất quà", 120, "suất quà"),
 Q("10 suất học bổng", 10, "suất học bổng"), Q("2 triệu đồng", 2000000, "đồng"), Q("150 suất quà", 150, "suất quà"),
 Q("3 Mái ấm tình thương", 3, "Mái ấm tình thương"), Q("50 triệu đồng", 50000000, "đồng"), Q("280 ngày công", 280, "ngày công"),
 Q("khoảng 6.200 suất quà", 6200, "suất quà", "approx"), Q("hơn 3 tỷ đồng", 3000000000, "đồng", "over"),
 Q("1.050 tổ phụ nữ tiết kiệm", 1050, "tổ phụ nữ tiết kiệm"), Q("68 hộ nghèo", 68, "hộ nghèo"), Q("41 hộ", 41, "hộ"),
 Q("15 hội viên", 15, "hội viên")],
[D("Kế hoạch", "03", "KH-HPN", "2022-01-05", "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch số 03/KH-HPN ngày 5/1/2022")],
[prov("Vĩnh Phúc"), com("Liễn Sơn"), com("Quang Sơn"), com("Bàn Giản"), com("Đồng Thịnh"), com("Hội Hợp")],
["Hội LHPN tỉnh Vĩnh Phúc - Vì sự tiến bộ của phụ nữ", "Trang chủ / Tin tức / An sinh xã hội",
 "Bà Hoàng Thị Nga trao quà Tết cho phụ nữ nghèo xã Liễn Sơn.", "Xuân yêu thương - Tết sẻ chia", "Lượt xem: 534"],
["Thứ Sáu, 21/1/2022 | 10:12", "năm 2022", "Tết Nhâm Dần", "Covid-19", "Lượt xem: 534"]))
