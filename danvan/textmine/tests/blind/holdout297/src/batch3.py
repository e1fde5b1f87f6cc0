from lib import *
PAGES = []

PAGES.append(page("b7097-hoabinh-lacson-tongket-2022", """
Báo Hòa Bình điện tử
You are here: Trang chủ » Chính trị » Xây dựng Đảng
Ngày 21/12/2022 | 10:05
Toàn cảnh hội nghị.
Lạc Sơn: Đẩy lùi hủ tục trong tang lễ của đồng bào Mường
(HBĐT) - Ngày 20/12, Ban Dân vận Huyện ủy Lạc Sơn tổ chức hội nghị tổng kết công tác dân vận năm 2022, triển khai nhiệm vụ năm 2023. Đồng chí Bùi Văn Khánh, Phó Bí thư Thường trực Huyện ủy dự và chỉ đạo. Đồng chí Đinh Thị Thu Hằng, HUV, Trưởng Ban Dân vận Huyện ủy chủ trì hội nghị.
Năm 2022, điểm nhấn của khối dân vận huyện là vận động đồng bào Mường thực hiện nếp sống văn minh trong việc tang theo Kế hoạch 68, 69-KH/TU của Ban Thường vụ Tỉnh ủy về xây dựng văn hóa, con người Hòa Bình và về xóa bỏ hủ tục trong đồng bào dân tộc thiểu số. Huyện đã chỉ đạo 100% xóm ký cam kết tổ chức đám tang không quá 48 giờ, thầy mo chỉ làm các lễ chính, không "mo" thâu đêm nhiều ngày như trước.
Theo thống kê, trong năm toàn huyện có 1.126 đám tang, trong đó 1.098 đám thực hiện đúng cam kết, đạt 97,5%; số lợn, trâu mổ trong đám tang giảm trên 60% so với năm 2020. Việc cưới cũng có nhiều đổi mới: 612/640 đám cưới tổ chức gọn nhẹ trong 1 ngày; 18 trường hợp tảo hôn được phát hiện và ngăn chặn kịp thời.
Tại hội nghị, ông Quách Văn Thế, Bí thư Chi bộ xóm Mới, xã Ân Nghĩa, chia sẻ: xóm có 164 hộ, trước đây một đám tang tốn từ 60 đến 80 triệu đồng, nhiều nhà phải bán bò, vay ngân hàng. Từ khi có quy ước, mỗi đám chỉ còn khoảng 25 triệu đồng, bà con trong xóm góp gạo, góp công. Bà Bùi Thị Tươi, Chủ tịch Hội Liên hiệp Phụ nữ thị trấn Vụ Bản, cho biết Hội đã vận động 230 hội viên ký cam kết "3 không" trong đám cưới: không thách cưới, không ép rượu, không tảo hôn.
Tuy nhiên, theo ý kiến của các đại biểu, việc vận động ở một số xóm vùng cao như xã Yên Phú, Quý Hòa còn chậm, một số thầy mo cao tuổi còn ngại thay đổi; kinh phí hỗ trợ tổ tang lễ xóm còn thấp.
Phát biểu chỉ đạo, đồng chí Bùi Văn Khánh đề nghị Ban Dân vận Huyện ủy tiếp tục tham mưu thực hiện Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị 05-CT/TW; phát huy vai trò của 214 người có uy tín và các thầy mo trong cộng đồng; năm 2023 phấn đấu mỗi xã có ít nhất một mô hình "Dân vận khéo" về nếp sống văn minh.
Dịp này, Ban Thường vụ Huyện ủy tặng giấy khen cho 9 tập thể, 14 cá nhân có thành tích xuất sắc trong công tác dân vận năm 2022.
Hội nghị cũng thống nhất kiến nghị UBND huyện bố trí kinh phí hỗ trợ tổ tang lễ ở các xóm đặc biệt khó khăn, mua sắm rạp, loa đài dùng chung.
Bùi Minh
Tin liên quan
- Tân Lạc: 60 xóm xây dựng quy ước mới (05/12/2022)
- Mai Châu gìn giữ bản sắc, bỏ hủ tục (18/11/2022)
- Hội nghị dân vận khéo huyện Kim Bôi (02/11/2022)
""", "2022-12-21", "Lạc Sơn: Đẩy lùi hủ tục trong tang lễ của đồng bào Mường",
E("tong_ket", "2022", "2022-12-20"),
[P("Bùi Văn Khánh", "Phó Bí thư Thường trực Huyện ủy"),
 P("Đinh Thị Thu Hằng", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Quách Văn Thế", "Bí thư Chi bộ xóm Mới"),
 P("Bùi Thị Tươi", "Chủ tịch Hội Liên hiệp Phụ nữ thị trấn Vụ Bản")],
[Q("100% xóm", 100, "%"), Q("1.126 đám tang", 1126, "đám tang"), Q("1.098 đám", 1098, "đám"), Q("97,5%", 97.5, "%"),
 Q("trên 60%", 60, "%", "over"), Q("612/640 đám cưới", 612, "đám cưới"), Q("18 trường hợp", 18, "trường hợp"),
 Q("164 hộ", 164, "hộ"), Q("từ 60", 60000000, "đồng"), Q("đến 80 triệu đồng", 80000000, "đồng"),
 Q("khoảng 25 triệu đồng", 25000000, "đồng", "approx"), Q("230 hội viên", 230, "hội viên"),
 Q("214 người có uy tín", 214, "người có uy tín"), Q("9 tập thể", 9, "tập thể"), Q("14 cá nhân", 14, "cá nhân")],
[D("Kế hoạch", "68", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 68, 69-KH/TU"),
 D("Kế hoạch", "69", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 68, 69-KH/TU"),
 D("Kết luận", "01", "KL/TW", "2021-05-18", "Bộ Chính trị", "Kết luận số 01-KL/TW ngày 18/5/2021"),
 D("Chỉ thị", "05", "CT/TW", None, None, "Chỉ thị 05-CT/TW")],
[prov("Hòa Bình"), com("Ân Nghĩa"), com("Vụ Bản"), com("Yên Phú"), com("Quý Hòa")],
["Báo Hòa Bình điện tử", "You are here: Trang chủ » Chính trị » Xây dựng Đảng", "Toàn cảnh hội nghị.", "(HBĐT)",
 "Dân vận khéo", "3 không"],
["Ngày 21/12/2022 | 10:05", "năm 2022", "năm 2023", "48 giờ", "năm 2020", "1 ngày", "3 không"]))

PAGES.append(page("b7098-nghean-dientang-khongcocbo-2022", """
BÁO NGHỆ AN
Thời sự · Xã hội · Đời sống
10/08/2022 06:00
Làng quê xứ Nghệ nói không với cỗ bàn trong đám tang
Ở nhiều làng quê Diễn Châu, Yên Thành, chuyện "đám ma không ăn cỗ" từng bị coi là điều khó tưởng tượng. Vậy mà chỉ sau vài năm, tục làm cỗ mời cả làng trong đám tang đã gần như biến mất, nhường chỗ cho những đám tang gọn gàng, tiết kiệm.
Tổ tang lễ xóm 7, xã Diễn Kỷ hướng dẫn gia đình có tang. Ảnh: Thanh Lê
Xóm 7, xã Diễn Kỷ (huyện Diễn Châu) có 286 hộ. Ông Nguyễn Đình Thạch, Bí thư Chi bộ kiêm Trưởng xóm 7, nhớ lại: trước năm 2019, mỗi đám tang trong xóm thường làm 40 - 60 mâm cỗ, chi phí trung bình 70 triệu đồng; có gia đình nghèo phải vay mượn, mấy năm chưa trả hết nợ. "Người chết đã đau, người sống còn khổ vì nợ", ông nói.
Bước ngoặt đến khi Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 17-CT/TU ngày 11/2/2019 về tăng cường lãnh đạo thực hiện nếp sống văn minh trong việc cưới, việc tang và lễ hội, tiếp đó UBND tỉnh ban hành Quyết định số 06/2019/QĐ-UBND quy định cụ thể. Xóm 7 họp dân 3 lần, lấy ý kiến từng hộ rồi đưa vào hương ước: gia đình có tang chỉ mời cơm những người giúp việc tang và họ hàng ở xa, không quá 5 mâm; không thuê kèn tây, không rải vàng mã.
Cũng theo ông Thạch, từ năm 2020 đến nay, xóm có 23 đám tang, không đám nào làm cỗ mời làng. Số tiền tiết kiệm được, nhiều gia đình đã ủng hộ quỹ khuyến học của dòng họ hoặc làm đường bê tông ngõ xóm. Bà Hoàng Thị Nga, 67 tuổi, một người dân trong xóm, chia sẻ: "Lúc chồng tôi mất, con cháu lo gọn trong một ngày rưỡi. Bà con đến thắp hương, chia buồn là quý rồi".
Không riêng Diễn Kỷ, ở xã Công Thành (huyện Yên Thành) mô hình "Đám tang không cỗ bàn" cũng được 14/14 xóm thực hiện. Ông Phan Văn Tường, Chủ tịch UBND xã Công Thành, cho biết xã đã lập tổ tang lễ ở tất cả các xóm với 98 thành viên là người cao tuổi, cựu chiến binh, hỗ trợ gia đình từ khâu khâm liệm đến an táng.
Theo bà Trần Thị Thanh Hoa, Phó Trưởng phòng Nếp sống văn hóa Sở Văn hóa và Thể thao Nghệ An, đến nay toàn tỉnh có khoảng 80% đám tang đã không còn tổ chức ăn uống linh đình; riêng năm 2021, có 1.450 khu dân cư đưa nội dung này vào hương ước.
Dù vậy, ở một số nơi, tục làm cỗ vẫn còn "lén lút": gia đình không làm tại nhà nhưng lại đặt mâm ở nhà hàng, hoặc chuyển sang tổ chức cỗ vào ngày cúng 3 ngày, 49 ngày. Điều này đòi hỏi sự gương mẫu của cán bộ, đảng viên và sự kiên trì của tổ tang lễ ở mỗi xóm.
Thanh Lê - Hữu Nghĩa
Lượt đọc: 3.902
Tin cùng chuyên mục
- Hưng Nguyên: 100% làng có nhà tang lễ (28/07/2022)
- Vận động hỏa táng ở thành phố Vinh (15/07/2022)
- Đám cưới tiết kiệm ở Thanh Chương (01/07/2022)
""", "2022-08-10", "Làng quê xứ Nghệ nói không với cỗ bàn trong đám tang",
E("khac", None, None),
[P("Nguyễn Đình Thạch", "Bí thư Chi bộ kiêm Trưởng xóm 7"),
 P("Hoàng Thị Nga"),
 P("Phan Văn Tường", "Chủ tịch UBND xã Công Thành"),
 P("Trần Thị Thanh Hoa", "Phó Trưởng phòng Nếp sống văn hóa Sở Văn hóa và Thể thao Nghệ An")],
[Q("286 hộ", 286, "hộ"), Q("40 - 60 mâm cỗ", 40, "mâm cỗ"), Q("40 - 60 mâm cỗ", 60, "mâm cỗ"),
 Q("70 triệu đồng", 70000000, "đồng"), Q("5 mâm", 5, "mâm"), Q("23 đám tang", 23, "đám tang"),
 Q("14/14 xóm", 14, "xóm"), Q("98 thành viên", 98, "thành viên"), Q("khoảng 80%", 80, "%", "approx"),
 Q("1.450 khu dân cư", 1450, "khu dân cư")],
[D("Chỉ thị", "17", "CT/TU", "2019-02-11", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 17-CT/TU ngày 11/2/2019"),
 D("Quyết định", "06", "2019/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 06/2019/QĐ-UBND")],
[prov("Nghệ An"), com("Diễn Kỷ"), com("Công Thành")],
["BÁO NGHỆ AN", "Thời sự · Xã hội · Đời sống", "Tổ tang lễ xóm 7, xã Diễn Kỷ hướng dẫn gia đình có tang. Ảnh: Thanh Lê",
 "đám ma không ăn cỗ", "Người chết đã đau, người sống còn khổ vì nợ", "Đám tang không cỗ bàn", "Lượt đọc: 3.902"],
["10/08/2022 06:00", "Xóm 7", "năm 2019", "3 lần", "năm 2020", "67 tuổi", "năm 2021", "3 ngày, 49 ngày", "Lượt đọc: 3.902"]))

PAGES.append(page("b7099-bentre-bieuduong-hoinghi-2023", """
BÁO ĐỒNG KHỞI ONLINE
Tin tức > Chính trị > Mặt trận - Đoàn thể
2023-06-27 09:15
Biểu dương 105 gia đình tiêu biểu thực hiện việc cưới, việc tang văn minh
Sáng 26-6-2023, Ủy ban MTTQ Việt Nam tỉnh Bến Tre tổ chức hội nghị biểu dương gia đình tiêu biểu thực hiện nếp sống văn minh trong việc cưới, việc tang năm 2023. Dự hội nghị có các ông, bà: Trần Văn Lâm, Nguyễn Thị Bé Ba, Huỳnh Văn Sơn - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Lê Hoàng Minh, Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch.
Ông Trần Văn Lâm trao giấy khen cho các gia đình tiêu biểu.
Hội nghị biểu dương là hoạt động cụ thể trong thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh và Kế hoạch số 3712/KH-UBND ngày 7/7/2022 của UBND tỉnh về thực hiện nếp sống văn minh giai đoạn 2022 - 2025. Qua bình chọn từ cơ sở, 105 gia đình ở 9 huyện, thành phố được biểu dương, trong đó 61 gia đình tổ chức cưới tiết kiệm, 44 gia đình tổ chức tang lễ văn minh, hỏa táng hoặc an táng trong nghĩa trang tập trung.
Theo báo cáo, từ năm 2022 đến nay, toàn tỉnh có 7.680 đám cưới, 93% tổ chức đúng quy định, không thách cưới, không kéo dài; 8.215 đám tang, không còn tình trạng chôn cất trong vườn nhà ở các khu vực đã có nghĩa trang. Nhiều gia đình dành tiền tiết kiệm từ đám cưới, đám tang để ủng hộ quỹ "Vì người nghèo", xây cầu, làm lộ nông thôn với tổng số tiền khoảng 2,3 tỷ đồng.
Chia sẻ tại hội nghị, ông Võ Văn Hai, ngụ ấp Phú Hòa, xã Phú Túc (huyện Châu Thành), cho biết khi mẹ mất, gia đình đã hỏa táng và dành 50 triệu đồng tiền phúng điếu hỗ trợ xây 1 căn nhà đại đoàn kết cho hộ nghèo trong ấp. Chị Nguyễn Thị Kim Thoa, Chi hội trưởng Chi hội Phụ nữ ấp An Bình, xã An Thới (huyện Mỏ Cày Nam), kể đám cưới của con gái chị chỉ đãi 15 bàn, tiền tiết kiệm dùng mua 20 suất học bổng cho học sinh nghèo.
Bên cạnh kết quả, hội nghị cũng chỉ ra tình trạng rải giấy tiền vàng bạc, tổ chức đám tang kèm hát karaoke, "đờn ca" kéo dài quá khuya vẫn còn ở một số nơi; một số đám cưới còn mời khách quá đông, gây lãng phí.
Phát biểu bế mạc, ông Trần Văn Lâm đề nghị Ban Thường trực Ủy ban MTTQ các cấp tiếp tục gắn việc thực hiện nếp sống văn minh với Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"; thường xuyên biểu dương gia đình điển hình trên Báo Đồng Khởi và Đài Phát thanh - Truyền hình tỉnh. Ủy ban MTTQ tỉnh tặng giấy khen cho 105 gia đình tiêu biểu, mỗi gia đình kèm 1 triệu đồng tiền thưởng.
Thanh Đồng
Tin cùng chuyên mục
- Mỏ Cày Bắc: 40 gia đình cam kết hỏa táng (16/06/2023)
- Ra mắt tổ tang lễ ấp ở Ba Tri (05/06/2023)
- Thạnh Phú biểu dương 25 dòng họ tiêu biểu (24/05/2023)
""", "2023-06-27", "Biểu dương 105 gia đình tiêu biểu thực hiện việc cưới, việc tang văn minh",
E("hoi_nghi", "2023", "2023-06-26"),
[P("Trần Văn Lâm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thị Bé Ba", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Huỳnh Văn Sơn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Hoàng Minh", "Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch"),
 P("Võ Văn Hai"),
 P("Nguyễn Thị Kim Thoa", "Chi hội trưởng Chi hội Phụ nữ ấp An Bình")],
[Q("105 gia đình tiêu biểu", 105, "gia đình tiêu biểu"), Q("9 huyện, thành phố", 9, "huyện, thành phố"),
 Q("61 gia đình", 61, "gia đình"), Q("44 gia đình", 44, "gia đình"), Q("7.680 đám cưới", 7680, "đám cưới"),
 Q("93%", 93, "%"), Q("8.215 đám tang", 8215, "đám tang"), Q("khoảng 2,3 tỷ đồng", 2300000000, "đồng", "approx"),
 Q("50 triệu đồng", 50000000, "đồng"), Q("15 bàn", 15, "bàn"), Q("20 suất học bổng", 20, "suất học bổng"),
 Q("1 triệu đồng", 1000000, "đồng")],
[D("Chỉ thị", "05", "CT/TW", "2016-05-15", "Bộ Chính trị", "Chỉ thị số 05-CT/TW ngày 15/5/2016"),
 D("Kế hoạch", "3712", "KH-UBND", "2022-07-07", "UBND tỉnh", "Kế hoạch số 3712/KH-UBND ngày 7/7/2022")],
[prov("Bến Tre"), com("Phú Túc"), com("An Thới")],
["BÁO ĐỒNG KHỞI ONLINE", "Tin tức > Chính trị > Mặt trận - Đoàn thể", "Ông Trần Văn Lâm trao giấy khen cho các gia đình tiêu biểu.",
 "Vì người nghèo", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "đờn ca", "Báo Đồng Khởi"],
["2023-06-27 09:15", "26-6-2023", "năm 2023", "giai đoạn 2022 - 2025", "năm 2022", "1 căn nhà đại đoàn kết"]))

PAGES.append(page("b7100-gialai-iagrai-doithoai-2023", """
Báo Gia Lai điện tử
Chính trị › Dân vận - Dân tộc
Thứ Tư, 15/11/2023 - 17:20
Bí thư Huyện ủy Ia Grai đối thoại với người có uy tín về tổ chức lễ bỏ mả tiết kiệm
(GLO) - Chiều 14/11, tại xã Ia Pếch, Huyện ủy Ia Grai (tỉnh Gia Lai) tổ chức buổi đối thoại giữa người đứng đầu cấp ủy với người có uy tín và nhân dân năm 2023. Chủ đề năm nay là vận động đồng bào Jrai tổ chức lễ bỏ mả, lễ cưới tiết kiệm, xóa bỏ hủ tục lạc hậu.
Quang cảnh buổi đối thoại tại xã Ia Pếch. Ảnh: Phương Vi
Tham dự có đồng chí Đỗ Văn Thịnh, Tỉnh ủy viên, Bí thư Huyện ủy Ia Grai; đồng chí Siu Hyưk, HUV, Phó Chủ tịch UBND huyện; cùng 135 già làng, người có uy tín, trưởng thôn, làng của 13 xã, thị trấn.
Mở đầu, đồng chí Rơ Châm H'Lim, HUV, Trưởng Ban Dân vận Huyện ủy, thông tin: thực hiện Kết luận 65, 66-KL/TU của Ban Thường vụ Tỉnh ủy về công tác vận động đồng bào dân tộc thiểu số và về bảo tồn, phát huy giá trị văn hóa truyền thống, đến nay 72/76 làng đồng bào Jrai đã xây dựng quy ước mới. Trong 10 tháng năm 2023, huyện có 94 lễ bỏ mả, phần lớn đã giảm số ngày tổ chức từ 5 - 7 ngày xuống còn 2 ngày, số heo, bò mổ giảm gần một nửa.
Tại buổi đối thoại, ông Ksor Dũ, người có uy tín làng Mook Trê, xã Ia Pếch, bày tỏ: "Bỏ mả là nghi lễ thiêng của người Jrai, không bỏ được. Nhưng trước nhà nào cũng mổ 2 - 3 con bò, uống rượu cả tuần thì bây giờ làng mình chỉ mổ 1 con heo, làm trong 2 ngày". Ông đề nghị huyện hỗ trợ làng mua bộ chiêng dùng chung cho các lễ.
Bà Rah Lan Thơm, Chủ tịch Hội Liên hiệp Phụ nữ xã Ia Der, phản ánh vẫn còn tình trạng tảo hôn trong thanh niên ở một số làng; năm 2023 xã phát hiện 6 cặp tảo hôn. Ông Puih Chơn, Trưởng làng Dăng, xã Ia Der, kiến nghị có thêm kinh phí cho đội văn nghệ làng để giới thiệu nét đẹp trong lễ cưới truyền thống thay vì tổ chức ăn uống linh đình.
Trả lời các ý kiến, đồng chí Đỗ Văn Thịnh cho biết năm 2024, từ nguồn vốn thực hiện Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ, huyện sẽ dành khoảng 600 triệu đồng hỗ trợ mua chiêng, trang phục truyền thống cho 20 làng; đồng thời chỉ đạo Phòng Tư pháp phối hợp Hội LHPN mở 13 buổi tuyên truyền phòng, chống tảo hôn. Bí thư Huyện ủy cũng đề nghị mỗi già làng, người có uy tín "làm trước cho con cháu theo", nhất là trong việc bỏ tục chia của cho người chết, chôn theo tài sản có giá trị.
Kết thúc buổi đối thoại, 135 đại biểu đã cùng ký cam kết tổ chức lễ bỏ mả, lễ cưới tiết kiệm, giữ gìn bản sắc văn hóa tốt đẹp của dân tộc Jrai.
Phương Vi
Tin khác
- Chư Păh: Tọa đàm về hủ tục trong đám tang (06/11/2023)
- Đức Cơ trao quà cho 60 người có uy tín (27/10/2023)
- Người có uy tín giúp buôn làng đổi thay (16/10/2023)
""", "2023-11-15", "Bí thư Huyện ủy Ia Grai đối thoại với người có uy tín về tổ chức lễ bỏ mả tiết kiệm",
E("doi_thoai", "2023", "2023-11-14"),
[P("Đỗ Văn Thịnh", "Tỉnh ủy viên", "Bí thư Huyện ủy Ia Grai"),
 P("Siu Hyưk", "HUV", "Phó Chủ tịch UBND huyện"),
 P("Rơ Châm H'Lim", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Ksor Dũ", "người có uy tín làng Mook Trê"),
 P("Rah Lan Thơm", "Chủ tịch Hội Liên hiệp Phụ nữ xã Ia Der"),
 P("Puih Chơn", "Trưởng làng Dăng")],
[Q("135 già làng, người có uy tín, trưởng thôn, làng", 135, "già làng, người có uy tín, trưởng thôn, làng"),
 Q("13 xã, thị trấn", 13, "xã, thị trấn"), Q("72/76 làng đồng bào Jrai", 72, "làng đồng bào Jrai"),
 Q("94 lễ bỏ mả", 94, "lễ bỏ mả"), Q("2 - 3 con bò", 2, "con bò"), Q("2 - 3 con bò", 3, "con bò"),
 Q("6 cặp tảo hôn", 6, "cặp tảo hôn"), Q("khoảng 600 triệu đồng", 600000000, "đồng", "approx"),
 Q("20 làng", 20, "làng"), Q("13 buổi tuyên truyền", 13, "buổi tuyên truyền")],
[D("Kết luận", "65", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 65, 66-KL/TU"),
 D("Kết luận", "66", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 65, 66-KL/TU"),
 D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021")],
[prov("Gia Lai"), com("Ia Pếch"), com("Ia Der")],
["Báo Gia Lai điện tử", "Chính trị › Dân vận - Dân tộc", "(GLO)", "Quang cảnh buổi đối thoại tại xã Ia Pếch. Ảnh: Phương Vi",
 "làm trước cho con cháu theo"],
["Thứ Tư, 15/11/2023 - 17:20", "năm 2023", "10 tháng năm 2023", "5 - 7 ngày", "2 ngày", "1 con heo", "năm 2024", "135 đại biểu"]))

PAGES.append(page("b7101-hanoi-mttq-giamsat-2024", """
HÀNỘIMỚI
Thời sự | Chính trị | Hà Nội | Xã hội | Văn hóa
19/09/2024 - 11:40
Giám sát việc thực hiện nếp sống văn minh trong việc cưới, việc tang tại huyện Gia Lâm
Ngày 18-9, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam thành phố Hà Nội do bà Lưu Thị Minh Tâm, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố làm Trưởng đoàn đã giám sát việc thực hiện Chỉ thị số 24-CT/TU ngày 12/4/2023 của Ban Thường vụ Thành ủy về tiếp tục đẩy mạnh thực hiện nếp sống văn minh trong việc cưới, việc tang, lễ hội trên địa bàn thành phố năm 2024 tại huyện Gia Lâm.
Báo cáo với đoàn, ông Nguyễn Quang Hiếu, Phó Chủ tịch UBND huyện Gia Lâm, cho biết huyện có 22 xã, thị trấn với 157 thôn, tổ dân phố; 100% thôn, tổ dân phố đã rà soát, bổ sung hương ước, quy ước theo Quyết định số 22/2018/QĐ-TTg ngày 8/5/2018 của Thủ tướng Chính phủ về xây dựng, thực hiện hương ước, quy ước. Từ đầu năm 2024 đến nay, toàn huyện có 1.283 đám cưới, 1.067 đám tang; tỷ lệ hỏa táng đạt gần 89%. Nhiều xã như Đông Dư, Bát Tràng, Kim Sơn đã có nhà tang lễ riêng, không còn dựng rạp tang trên đường làng.
Kiểm tra thực tế tại xã Đông Dư, đoàn ghi nhận mô hình "Đám cưới không khói thuốc, không lãng phí" do Hội LHPN xã triển khai. Bà Đặng Thị Thu, Chủ tịch Ủy ban MTTQ xã Đông Dư, cho biết năm 2024 cả xã mới có 2 đám cưới dựng rạp trên đường làng, so với 17 đám của năm 2022; đám tang không còn tổ chức ăn uống sau lễ hỏa táng.
Tuy nhiên, đoàn cũng chỉ ra: ở một số thôn, việc đốt vàng mã, nhất là vàng mã cỡ lớn (nhà lầu, ô tô) trong tang lễ vẫn còn; tình trạng cho vay, mừng cưới "đòi nợ" bằng phong bì tạo áp lực cho người dân; một số cán bộ, đảng viên tổ chức đám cưới cho con còn mời khách vượt quá số lượng. Ông Trịnh Văn Đông, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam thành phố, đề nghị huyện công khai kết quả thực hiện hương ước ở từng thôn để nhân dân cùng giám sát.
Phát biểu kết luận, bà Lưu Thị Minh Tâm ghi nhận những chuyển biến tích cực của Gia Lâm, đồng thời đề nghị huyện tiếp tục thực hiện Kế hoạch số 189/KH-UBND ngày 4/7/2023 của UBND thành phố; tăng cường vai trò của Ban Công tác Mặt trận ở 157 thôn, tổ dân phố trong giám sát cán bộ, đảng viên; phấn đấu đến hết năm 2025, tỷ lệ hỏa táng ở huyện đạt trên 92%.
Được biết, năm 2024, Ủy ban MTTQ Việt Nam thành phố tổ chức 6 đoàn giám sát chuyên đề về nếp sống văn minh tại 12 quận, huyện, thị xã. Kết quả giám sát sẽ được tổng hợp, kiến nghị UBND thành phố trong quý IV.
Cũng trong chương trình, đoàn đã làm việc với Ban Công tác Mặt trận thôn Bát Tràng, xã Bát Tràng, nghe báo cáo việc thực hiện quy ước làng nghề về đám cưới, đám giỗ không tổ chức linh đình.
Ngọc Anh
Tin liên quan
- Đông Anh: 100% thôn có hương ước mới (10/09/2024)
- Hà Nội biểu dương 100 gia đình tiêu biểu (28/08/2024)
- Thanh Trì hỗ trợ chi phí hỏa táng (20/08/2024)
""", "2024-09-19", "Giám sát việc thực hiện nếp sống văn minh trong việc cưới, việc tang tại huyện Gia Lâm",
E("giam_sat", "2024", "2024-09-18"),
[P("Lưu Thị Minh Tâm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Nguyễn Quang Hiếu", "Phó Chủ tịch UBND huyện Gia Lâm"),
 P("Đặng Thị Thu", "Chủ tịch Ủy ban MTTQ xã Đông Dư"),
 P("Trịnh Văn Đông", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam thành phố")],
[Q("22 xã, thị trấn", 22, "xã, thị trấn"), Q("157 thôn, tổ dân phố", 157, "thôn, tổ dân phố"), Q("100% thôn", 100, "%"),
 Q("1.283 đám cưới", 1283, "đám cưới"), Q("1.067 đám tang", 1067, "đám tang"), Q("gần 89%", 89, "%", "approx"),
 Q("2 đám cưới", 2, "đám cưới"), Q("17 đám", 17, "đám"), Q("trên 92%", 92, "%", "over"),
 Q("6 đoàn giám sát chuyên đề", 6, "đoàn giám sát chuyên đề"), Q("12 quận, huyện, thị xã", 12, "quận, huyện, thị xã")],
[D("Chỉ thị", "24", "CT/TU", "2023-04-12", "Ban Thường vụ Thành ủy", "Chỉ thị số 24-CT/TU ngày 12/4/2023"),
 D("Quyết định", "22", "2018/QĐ-TTg", "2018-05-08", "Thủ tướng Chính phủ", "Quyết định số 22/2018/QĐ-TTg ngày 8/5/2018"),
 D("Kế hoạch", "189", "KH-UBND", "2023-07-04", "UBND thành phố", "Kế hoạch số 189/KH-UBND ngày 4/7/2023")],
[prov("Hà Nội"), com("Đông Dư"), com("Bát Tràng"), com("Kim Sơn")],
["HÀNỘIMỚI", "Thời sự | Chính trị | Hà Nội | Xã hội | Văn hóa", "Đám cưới không khói thuốc, không lãng phí", "đòi nợ"],
["19/09/2024 - 11:40", "năm 2024", "năm 2022", "năm 2025", "quý IV"]))

PAGES.append(page("b7102-tiengiang-bdv-giaoban-q1-2024", """
BAN DÂN VẬN TỈNH ỦY TIỀN GIANG
Hôm nay: Thứ Sáu, 05/04/2024
Trang chủ - Tin tức - Hoạt động Ban Dân vận
T4, 03/04/2024 - 15:00
Đồng chí Trần Thị Mỹ Hạnh chủ trì giao ban.
Giao ban khối dân vận: Chú trọng vận động tang lễ văn minh, hạn chế rải vàng mã
Chiều 2/4, Ban Dân vận Tỉnh ủy tổ chức giao ban khối dân vận quý I/2024. Đồng chí Trần Thị Mỹ Hạnh, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì; cùng dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Phan Văn Tài, Lê Thị Ngọc Bích và 31 đồng chí là trưởng ban dân vận các huyện, thành, thị ủy, đại diện lãnh đạo các đoàn thể tỉnh.
Quý I, khối dân vận đã tham mưu Ban Thường vụ Tỉnh ủy sơ kết Kết luận 15, 16-KL/TU về thực hiện nếp sống văn minh trong việc cưới, việc tang và về xây dựng nghĩa trang nhân dân tập trung; Ban Dân vận Tỉnh ủy ban hành kế hoạch số 112-KH/BDVTU về kiểm tra công tác vận động nhân dân ở 11 huyện, thành, thị. Trong dịp Tết Giáp Thìn và mùa lễ hội đầu năm, không xảy ra tình trạng đốt pháo, tổ chức cưới linh đình gây mất an ninh trật tự.
Theo báo cáo, trong quý, toàn tỉnh Tiền Giang có 2.904 đám tang; tỷ lệ hỏa táng đạt 46,2%, tăng hơn 5% so với cùng kỳ; khoảng 700 đám tang không còn rải giấy vàng mã dọc đường đưa tang. Đáng chú ý, tại xã Tân Thanh (huyện Cái Bè), tổ tang lễ ấp đã vận động 38/40 gia đình có tang không thuê ban nhạc kèn tây, đờn ca quá 22 giờ.
Đồng chí Nguyễn Văn Út Em, Trưởng Ban Dân vận Huyện ủy Chợ Gạo, nêu khó khăn: nhiều gia đình vẫn giữ tục để quàn 3 - 5 ngày chờ con cháu ở xa về; việc thu gom, xử lý rác thải vàng mã ở các tuyến đường liên xã chưa tốt. Bà Đoàn Thị Hương Lan, Phó Chủ tịch Hội LHPN tỉnh, cho biết Hội đã nhân rộng mô hình "Cưới văn minh, tang tiết kiệm" ra 63 chi hội, với 2.150 hội viên ký cam kết thực hiện.
Ông Huỳnh Minh Trí, Trưởng ấp Mỹ Lợi, xã Mỹ Phong (thành phố Mỹ Tho), chia sẻ: ấp thành lập nhóm Zalo "Tổ tang lễ ấp", có đám là báo ngay, các thành viên tới phụ dựng rạp, hướng dẫn thủ tục hỏa táng; mỗi hộ trong ấp tự nguyện góp 10.000 đồng/tháng làm quỹ hỗ trợ gia đình khó khăn có tang.
Kết luận giao ban, đồng chí Trần Thị Mỹ Hạnh đề nghị trong quý II, khối dân vận tiếp tục thực hiện Quyết định số 23-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương ban hành Quy chế công tác dân vận của hệ thống chính trị; đưa nội dung tang lễ văn minh vào sinh hoạt chi bộ, sinh hoạt đoàn thể; nhân rộng cách làm hay ở Mỹ Phong, Tân Thanh.
Thanh Tuyền
Các tin khác
- Gò Công Đông: vận động hỏa táng ở vùng biển (25/03/2024)
- Giao ban khối dân vận quý IV/2023 (04/01/2024)
- Ra mắt mô hình "Tổ tang lễ ấp" (20/12/2023)
""", "2024-04-03", "Giao ban khối dân vận: Chú trọng vận động tang lễ văn minh, hạn chế rải vàng mã",
E("giao_ban", "2024-Q1", "2024-04-02"),
[P("Trần Thị Mỹ Hạnh", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phan Văn Tài", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Thị Ngọc Bích", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Út Em", "Trưởng Ban Dân vận Huyện ủy Chợ Gạo"),
 P("Đoàn Thị Hương Lan", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Huỳnh Minh Trí", "Trưởng ấp Mỹ Lợi")],
[Q("31 đồng chí", 31, "đồng chí"), Q("11 huyện, thành, thị", 11, "huyện, thành, thị"), Q("2.904 đám tang", 2904, "đám tang"),
 Q("46,2%", 46.2, "%"), Q("hơn 5%", 5, "%", "over"), Q("khoảng 700 đám tang", 700, "đám tang", "approx"),
 Q("38/40 gia đình", 38, "gia đình"), Q("63 chi hội", 63, "chi hội"), Q("2.150 hội viên", 2150, "hội viên"),
 Q("10.000 đồng", 10000, "đồng")],
[D("Kết luận", "15", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 15, 16-KL/TU"),
 D("Kết luận", "16", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 15, 16-KL/TU"),
 D("Kế hoạch", "112", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "kế hoạch số 112-KH/BDVTU"),
 D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Ban Chấp hành Trung ương", "Quyết định số 23-QĐ/TW ngày 30/7/2021")],
[prov("Tiền Giang"), com("Tân Thanh"), com("Mỹ Phong")],
["BAN DÂN VẬN TỈNH ỦY TIỀN GIANG", "Hôm nay: Thứ Sáu, 05/04/2024", "Trang chủ - Tin tức - Hoạt động Ban Dân vận",
 "Đồng chí Trần Thị Mỹ Hạnh chủ trì giao ban.", "Cưới văn minh, tang tiết kiệm", "Tổ tang lễ ấp", "Quy chế công tác dân vận của hệ thống chính trị"],
["Hôm nay: Thứ Sáu, 05/04/2024", "T4, 03/04/2024 - 15:00", "quý I/2024", "31 đồng chí", "Tết Giáp Thìn", "22 giờ", "3 - 5 ngày", "quý II"]))
