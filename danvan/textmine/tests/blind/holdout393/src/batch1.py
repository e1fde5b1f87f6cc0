from lib import *
PAGES = []

PAGES.append(page("b9389-laocai-ubnd-nguoicouytin-2011", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LÀO CAI
Trang chủ > Tin tức - Sự kiện > Dân tộc - Tôn giáo
Thứ Sáu, 18/11/2011 - 09:30
Các đại biểu người có uy tín dự hội nghị. Ảnh: Minh Đức
Lào Cai: Phát huy vai trò người có uy tín trong đồng bào dân tộc thiểu số
Ngày 17/11/2011, UBND tỉnh Lào Cai tổ chức hội nghị biểu dương người có uy tín tiêu biểu trong đồng bào dân tộc thiểu số năm 2011. Về dự có 215 người có uy tín là già làng, trưởng bản, trưởng dòng họ các dân tộc Mông, Dao, Tày, Giáy, Hà Nhì, Phù Lá đến từ 9 huyện, thành phố.
Đồng chí Vàng Seo Chử, Phó Chủ tịch UBND tỉnh chủ trì hội nghị. Cùng dự có đồng chí Hoàng Thị Thanh Mai, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy và đại diện lãnh đạo Ủy ban MTTQ tỉnh, các sở, ngành.
Báo cáo của Ban Dân tộc tỉnh do ông Lù Văn Páo, Trưởng Ban Dân tộc tỉnh trình bày nêu rõ: thực hiện Quyết định số 18/2011/QĐ-TTg ngày 18/3/2011 của Thủ tướng Chính phủ về chính sách đối với người có uy tín trong đồng bào dân tộc thiểu số, toàn tỉnh đã bình chọn, công nhận 1.126 người có uy tín, đạt 98,5% số thôn, bản vùng đồng bào. Ban Dân tộc tỉnh đã ban hành Hướng dẫn 07, 08-HD/BDT về bình chọn người có uy tín và về cấp phát báo, tạp chí; tổng kinh phí thực hiện chính sách năm 2011 là hơn 1,9 tỷ đồng.
Người có uy tín đã tích cực tham gia giữ gìn an ninh trật tự, vận động bà con xóa bỏ hủ tục trong việc cưới, việc tang; tham gia hòa giải thành công 47 vụ việc mâu thuẫn trong cộng đồng; vận động 28 hộ theo "đạo Vàng Chứ" trở lại sinh hoạt theo phong tục truyền thống và 36 học sinh bỏ học trở lại lớp.
Tại hội nghị, ông Sùng A Lềnh, người có uy tín thôn Sín Chải, xã Tả Van Chư chia sẻ cách vận động các dòng họ Mông trong thôn cùng ký cam kết không nghe kẻ xấu xúi giục. Các ông Hầu A Dế, Ly Seo Chứ - người có uy tín huyện Si Ma Cai cho biết nhờ có chế độ hỗ trợ, người có uy tín yên tâm bám bản. Bà Sần Thị Mỷ, Trưởng bản Na Lo, xã Bản Lầu đề nghị tăng cường tập huấn về pháp luật cho người có uy tín là phụ nữ.
Phát biểu chỉ đạo, đồng chí Vàng Seo Chử đề nghị các cấp, các ngành tiếp tục thực hiện tốt Kế hoạch số 56-KH/TU của Ban Thường vụ Tỉnh ủy về công tác vận động đồng bào dân tộc thiểu số vùng cao, biên giới; kịp thời nắm tâm tư, nguyện vọng của người có uy tín; thăm hỏi, tặng quà vào các dịp lễ, Tết.
Dịp này, UBND tỉnh tặng bằng khen cho 45 người có uy tín tiêu biểu; mỗi người được tặng một suất quà trị giá 500.000 đồng. Ông Tẩn Láo Lở, Phó Trưởng Ban Dân tộc tỉnh, công bố quyết định khen thưởng.
Minh Đức - Hải Yến
Số lượt xem: 1.204
Tin liên quan
- Bắc Hà: gặp mặt người có uy tín nhân dịp Tết Nhâm Thìn (10/11/2011)
- Tập huấn cho 300 người có uy tín huyện Mường Khương (28/10/2011)
- Sa Pa giải quyết dứt điểm 12 vụ tranh chấp đất (05/10/2011)
""", "2011-11-18", "Lào Cai: Phát huy vai trò người có uy tín trong đồng bào dân tộc thiểu số",
E("hoi_nghi", "2011", "2011-11-17"),
[P("Vàng Seo Chử", "Phó Chủ tịch UBND tỉnh"),
 P("Hoàng Thị Thanh Mai", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lù Văn Páo", "Trưởng Ban Dân tộc tỉnh"),
 P("Sùng A Lềnh", "người có uy tín thôn Sín Chải"),
 P("Hầu A Dế", "người có uy tín huyện Si Ma Cai"),
 P("Ly Seo Chứ", "người có uy tín huyện Si Ma Cai"),
 P("Sần Thị Mỷ", "Trưởng bản Na Lo"),
 P("Tẩn Láo Lở", "Phó Trưởng Ban Dân tộc tỉnh")],
[Q("215 người có uy tín", 215, "người có uy tín"), Q("9 huyện, thành phố", 9, "huyện, thành phố"),
 Q("1.126 người có uy tín", 1126, "người có uy tín"), Q("98,5%", 98.5, "%"),
 Q("hơn 1,9 tỷ đồng", 1900000000, "đồng", "over"), Q("47 vụ việc mâu thuẫn", 47, "vụ việc mâu thuẫn"),
 Q("28 hộ", 28, "hộ"), Q("36 học sinh", 36, "học sinh"),
 Q("45 người có uy tín tiêu biểu", 45, "người có uy tín tiêu biểu"), Q("500.000 đồng", 500000, "đồng")],
[D("Quyết định", "18", "2011/QĐ-TTg", "2011-03-18", "Thủ tướng Chính phủ", "Quyết định số 18/2011/QĐ-TTg ngày 18/3/2011"),
 D("Hướng dẫn", "07", "HD/BDT", None, "Ban Dân tộc tỉnh", "Hướng dẫn 07, 08-HD/BDT"),
 D("Hướng dẫn", "08", "HD/BDT", None, "Ban Dân tộc tỉnh", "Hướng dẫn 07, 08-HD/BDT"),
 D("Kế hoạch", "56", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 56-KH/TU")],
[prov("Lào Cai"), com("Tả Van Chư"), com("Bản Lầu")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LÀO CAI", "Trang chủ > Tin tức - Sự kiện > Dân tộc - Tôn giáo",
 "Các đại biểu người có uy tín dự hội nghị. Ảnh: Minh Đức", "đạo Vàng Chứ", "Số lượt xem: 1.204", "Sín Chải", "Na Lo"],
["Thứ Sáu, 18/11/2011 - 09:30", "năm 2011", "Số lượt xem: 1.204"]))

PAGES.append(page("b9390-soctrang-tinhuy-chuoi-chnam-thmay-2012", """
BÁO SÓC TRĂNG ĐIỆN TỬ
Xã hội :: Dân tộc - Tôn giáo
Cập nhật lúc 16:40 ngày 12/04/2012
Đồng chí Thạch Sô Kha trao quà cho sư sãi chùa Som Rông.
Tặng quà 92 chùa Khmer nhân dịp Tết Chôl Chnăm Thmây
Ngày 11/4, đoàn công tác của Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng do đồng chí Thạch Sô Kha, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh làm trưởng đoàn đã đến thăm, chúc Tết Chôl Chnăm Thmây năm 2012 và trao quà cho 92 chùa Phật giáo Nam tông Khmer trên địa bàn tỉnh.
Tại chùa Som Rông, thay mặt lãnh đạo tỉnh, đồng chí Thạch Sô Kha gửi lời chúc mừng năm mới đến các vị sư sãi, achar và đồng bào Khmer; đánh giá cao vai trò của các chùa trong việc giữ gìn bản sắc văn hóa, dạy chữ Khmer, vận động bà con chấp hành chủ trương của Đảng, chính sách, pháp luật của Nhà nước. Mỗi chùa được tặng 5 triệu đồng và một phần quà.
Cùng ngày, các đồng chí Phó Chủ tịch UBND tỉnh: Trần Minh Lộc, Lý Rum dẫn đầu các đoàn đến thăm, tặng quà các chùa và gia đình chính sách ở thị xã Vĩnh Châu, huyện Trần Đề. Tại xã Lai Hòa, đoàn trao 350 phần quà cho hộ nghèo đồng bào Khmer, mỗi phần trị giá 300.000 đồng.
Đón tiếp đoàn, Hòa thượng Sơn Nhuơl, Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh cảm ơn sự quan tâm của lãnh đạo tỉnh. Đại đức Thạch Sô Mal, trụ trì chùa Som Rông cho biết năm qua nhà chùa đã mở 6 lớp dạy chữ Khmer hè cho hơn 240 em học sinh.
Theo đồng chí Kim Thị Sa Phiêng, Trưởng Ban Dân tộc tỉnh, thực hiện Chỉ thị số 05-CT/TU ngày 20/3/2012 của Ban Thường vụ Tỉnh ủy về tổ chức vui Tết Chôl Chnăm Thmây, các địa phương đã trao tổng cộng 1.250 phần quà Tết cho hộ nghèo, hộ chính sách đồng bào Khmer, tổng trị giá hơn 835 triệu đồng. Tỉnh cũng tiếp tục thực hiện Nghị quyết 25-NQ/TW của BCH Trung ương (khóa IX) về công tác tôn giáo, hướng dẫn các chùa tổ chức lễ hội an toàn, tiết kiệm.
Trên địa bàn tỉnh hiện có hơn 1.600 sư sãi đang tu học tại các chùa Khmer. Ông Lâm Sươl, achar chùa Prếk Chíp ở xã Vĩnh Hải, cho biết bà con trong phum, sóc phấn khởi đón Tết, không còn cảnh lo thiếu ăn như trước.
Những năm qua, tỉnh đã hỗ trợ sửa chữa, xây mới 21 sala, phòng học chữ Khmer cho các chùa; vận động sư sãi tham gia Mặt trận và các hội, đoàn thể ở cơ sở. Nhiều vị sư cả là thành viên Ủy ban MTTQ xã, tích cực tuyên truyền để bà con không nghe theo các đối tượng xấu lợi dụng vấn đề dân tộc, tôn giáo để kích động, chia rẽ khối đại đoàn kết.
Trương Thị Mỹ
TIN CÙNG CHUYÊN MỤC
- Hội thi văn nghệ dân gian Khmer lần thứ VI (08/04/2012)
- Trao 500 suất học bổng cho học sinh Khmer nghèo (02/04/2012)
- Mỹ Xuyên: 15 chùa được hỗ trợ sửa chữa (25/03/2012)
""", "2012-04-12", "Tặng quà 92 chùa Khmer nhân dịp Tết Chôl Chnăm Thmây",
E("trao_qua", None, "2012-04-11"),
[P("Thạch Sô Kha", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Trần Minh Lộc", "Phó Chủ tịch UBND tỉnh"),
 P("Lý Rum", "Phó Chủ tịch UBND tỉnh"),
 P("Sơn Nhuơl", "Hòa thượng", "Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh",
   "Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
 P("Thạch Sô Mal", "Đại đức", "trụ trì chùa Som Rông"),
 P("Kim Thị Sa Phiêng", "Trưởng Ban Dân tộc tỉnh"),
 P("Lâm Sươl", "achar chùa Prếk Chíp")],
[Q("92 chùa Phật giáo Nam tông Khmer", 92, "chùa Phật giáo Nam tông Khmer"), Q("21 sala", 21, "sala"), Q("5 triệu đồng", 5000000, "đồng"),
 Q("350 phần quà", 350, "phần quà"), Q("300.000 đồng", 300000, "đồng"),
 Q("6 lớp dạy chữ Khmer hè", 6, "lớp dạy chữ Khmer hè"), Q("hơn 240 em học sinh", 240, "em học sinh", "over"),
 Q("1.250 phần quà", 1250, "phần quà"), Q("hơn 835 triệu đồng", 835000000, "đồng", "over"),
 Q("hơn 1.600 sư sãi", 1600, "sư sãi", "over")],
[D("Chỉ thị", "05", "CT/TU", "2012-03-20", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 05-CT/TU ngày 20/3/2012"),
 D("Nghị quyết", "25", "NQ/TW", None, "BCH Trung ương", "Nghị quyết 25-NQ/TW")],
[prov("Sóc Trăng"), com("Lai Hòa"), com("Vĩnh Hải")],
["BÁO SÓC TRĂNG ĐIỆN TỬ", "Xã hội :: Dân tộc - Tôn giáo", "Đồng chí Thạch Sô Kha trao quà cho sư sãi chùa Som Rông.",
 "Hội Đoàn kết sư sãi yêu nước tỉnh", "chùa Som Rông", "Chôl Chnăm Thmây"],
["Cập nhật lúc 16:40 ngày 12/04/2012", "năm 2012", "khóa IX", "một phần quà"]))

PAGES.append(page("b9391-gialai-bcd-tongiao-soket-2013", """
Báo Gia Lai điện tử
Trang chủ / Thời sự / Dân tộc - Tôn giáo
19/07/2013 - 14:25
Gia Lai: Giữ vững ổn định vùng đồng bào có đạo
(GLO)- Ngày 18/7, Ban Chỉ đạo công tác tôn giáo tỉnh Gia Lai tổ chức hội nghị sơ kết công tác tôn giáo 6 tháng đầu năm 2013 và triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Rơ Lan Dơng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Trưởng Ban Chỉ đạo chủ trì hội nghị.
Đồng chí Rơ Lan Dơng phát biểu kết luận hội nghị. Ảnh: Hà Duy
Theo báo cáo của Ban Tôn giáo tỉnh, hiện toàn tỉnh có khoảng 126.500 tín đồ các tôn giáo, trong đó đồng bào Jrai, Bahnar theo đạo Tin lành chiếm phần lớn. 6 tháng qua, tỉnh đã công nhận thêm 12 chi hội Tin lành và cho đăng ký sinh hoạt 87 điểm nhóm Tin lành theo Nghị định 92/2012/NĐ-CP của Chính phủ và Chỉ thị 01/2005/CT-TTg của Thủ tướng Chính phủ về một số công tác đối với đạo Tin lành.
Tình hình an ninh vùng đồng bào có đạo cơ bản ổn định; tuy vậy vẫn xảy ra 3 vụ tụ tập đông người tại các huyện Chư Sê, Ia Grai và 9 vụ việc lợi dụng tôn giáo để lôi kéo đồng bào theo "Tin lành Đê Ga". Các lực lượng đã vận động 35 hộ với 164 khẩu từ bỏ tà đạo, trở về sinh hoạt tôn giáo bình thường.
Tại hội nghị, bà Puih H'Bir, Phó Trưởng ban Tôn giáo tỉnh, cho biết Ban đã phối hợp triển khai Kết luận 22, 23-KL/TU của Ban Thường vụ Tỉnh ủy về công tác đối với đạo Tin lành và công tác vận động người có uy tín; đồng thời ban hành hướng dẫn số 14-HD/BDVTU về xây dựng làng không có người theo tà đạo. Ông Ksor Hyơ, HUV, Trưởng Ban Dân vận Huyện ủy Chư Sê đề nghị tỉnh sớm giải quyết nhu cầu đất xây dựng nơi sinh hoạt tôn giáo ở 7 xã.
Ông Đinh Văn Blơng, Mục sư quản nhiệm chi hội Tin lành Plei Ring, xã Ia Kreng, bày tỏ: "Chúng tôi luôn dạy tín đồ kính Chúa, yêu nước, chấp hành pháp luật, không nghe theo kẻ xấu". Bà Kpă H'Nhâm, người có uy tín làng Đê Ktu, xã Ia Blang kể lại việc cùng cán bộ xã đến từng nhà vận động 6 hộ bỏ theo Đê Ga.
Kết luận hội nghị, đồng chí Rơ Lan Dơng yêu cầu các thành viên Ban Chỉ đạo tập trung nắm chắc tình hình, giải quyết kịp thời các nhu cầu chính đáng của tín đồ, kiên quyết đấu tranh với các hoạt động lợi dụng tôn giáo; phát huy vai trò 1.480 người có uy tín trong các buôn làng.
Hội nghị cũng thẳng thắn chỉ ra một số hạn chế: việc nắm tình hình ở một số làng vùng sâu còn chậm; công tác quản lý các điểm nhóm chưa đăng ký còn lúng túng; một số cán bộ cơ sở còn ngại va chạm, chưa chủ động gặp gỡ chức sắc, tín đồ. Ban Chỉ đạo ở một số huyện chưa duy trì đều chế độ giao ban, thông tin báo cáo còn chậm so với yêu cầu.
Hà Duy - Phương Vi
Lượt đọc: 632
Tin khác
- Chư Păh: ra mắt mô hình "Làng không có người theo Đê Ga" (12/07/2013)
- 200 người có uy tín được tập huấn kiến thức pháp luật (02/07/2013)
- Đức Cơ: hòa giải thành 14 vụ tranh chấp (25/06/2013)
""", "2013-07-19", "Gia Lai: Giữ vững ổn định vùng đồng bào có đạo",
E("so_ket", "2013-H1", "2013-07-18"),
[P("Rơ Lan Dơng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Trưởng Ban Chỉ đạo"),
 P("Puih H'Bir", "Phó Trưởng ban Tôn giáo tỉnh"),
 P("Ksor Hyơ", "HUV", "Trưởng Ban Dân vận Huyện ủy Chư Sê"),
 P("Đinh Văn Blơng", "Mục sư quản nhiệm chi hội Tin lành Plei Ring"),
 P("Kpă H'Nhâm", "người có uy tín làng Đê Ktu")],
[Q("khoảng 126.500 tín đồ", 126500, "tín đồ", "approx"), Q("12 chi hội Tin lành", 12, "chi hội Tin lành"),
 Q("87 điểm nhóm Tin lành", 87, "điểm nhóm Tin lành"), Q("3 vụ tụ tập đông người", 3, "vụ tụ tập đông người"),
 Q("9 vụ việc lợi dụng tôn giáo để lôi kéo đồng bào", 9, "vụ việc lợi dụng tôn giáo để lôi kéo đồng bào"),
 Q("35 hộ", 35, "hộ"), Q("164 khẩu", 164, "khẩu"), Q("7 xã", 7, "xã"), Q("6 hộ", 6, "hộ"),
 Q("1.480 người có uy tín", 1480, "người có uy tín")],
[D("Nghị định", "92", "2012/NĐ-CP", None, "Chính phủ", "Nghị định 92/2012/NĐ-CP"),
 D("Chỉ thị", "01", "2005/CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị 01/2005/CT-TTg"),
 D("Kết luận", "22", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 22, 23-KL/TU"),
 D("Kết luận", "23", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 22, 23-KL/TU"),
 D("Hướng dẫn", "14", "HD/BDVTU", None, None, "hướng dẫn số 14-HD/BDVTU")],
[prov("Gia Lai"), com("Ia Kreng"), com("Ia Blang")],
["Báo Gia Lai điện tử", "Trang chủ / Thời sự / Dân tộc - Tôn giáo", "(GLO)",
 "Đồng chí Rơ Lan Dơng phát biểu kết luận hội nghị. Ảnh: Hà Duy", "Tin lành Đê Ga", "Lượt đọc: 632"],
["19/07/2013 - 14:25", "6 tháng đầu năm 2013", "6 tháng cuối năm", "Lượt đọc: 632"]))

PAGES.append(page("b9392-dienbien-bandantoc-taphuan-2014", """
BAN DÂN TỘC TỈNH ĐIỆN BIÊN
Bạn đang ở: Trang chủ › Hoạt động › Tin trong tỉnh
Ngày đăng 26/09/2014 | 15:05
Quang cảnh lớp tập huấn. Ảnh: Quàng Hương
Bồi dưỡng kiến thức cho người có uy tín vùng biên giới
Trong 2 ngày 24 - 25/9, Ban Dân tộc tỉnh Điện Biên phối hợp với UBND huyện Mường Nhé mở lớp tập huấn, bồi dưỡng kiến thức năm 2014 cho 120 người có uy tín là trưởng dòng họ, trưởng bản, già làng người Mông, Thái, Khơ Mú, Hà Nhì, Cống ở 6 xã biên giới. Đây là lớp thứ ba trong số 5 lớp tỉnh tổ chức trong năm.
Khai mạc lớp học, ông Quàng Văn Hặc, Phó Trưởng Ban Dân tộc tỉnh nhấn mạnh: toàn tỉnh hiện có 1.572 người có uy tín; đây là lực lượng nòng cốt ở thôn, bản, nhất là sau vụ việc tụ tập đông người ở Mường Nhé năm 2011. Việc bồi dưỡng được thực hiện theo Quyết định số 56/2013/QĐ-TTg của Thủ tướng Chính phủ và Kế hoạch số 1234/KH-UBND ngày 18/4/2014 của UBND tỉnh.
Các học viên được nghe TS. Lường Văn Sơn, giảng viên Trường Chính trị tỉnh giới thiệu 4 chuyên đề: chủ trương của Đảng, chính sách của Nhà nước về công tác dân tộc; Luật Tín ngưỡng, tôn giáo và các quy định về đăng ký sinh hoạt tôn giáo tập trung; kỹ năng hòa giải ở cơ sở; nhận diện, đấu tranh với âm mưu lập "Nhà nước Mông". Thiếu tá Giàng A Tủa, Phó Chính trị viên Đồn Biên phòng Chung Chải thông tin về tình hình xuất nhập cảnh trái phép và mua bán người qua biên giới.
Nhiều người có uy tín đã trao đổi sôi nổi. Ông Vừ A Dình, trưởng dòng họ Vừ, bản Huổi Lụ, xã Sín Thầu kể đã vận động 17 hộ trong dòng họ không bỏ đi theo lời rủ rê của kẻ xấu. Bà Lò Thị Ỏn, người có uy tín bản Nậm Pố, xã Chung Chải đề nghị có thêm tài liệu song ngữ Thái - Việt.
Lớp học được tổ chức theo hình thức trao đổi, thảo luận nhóm, có cán bộ phiên dịch tiếng Mông, tiếng Thái để người cao tuổi dễ tiếp thu. Nhiều học viên lần đầu được nghe giải thích cụ thể về thủ tục đăng ký sinh hoạt tôn giáo, về quyền và nghĩa vụ của công dân khi có người lạ vào bản tuyên truyền, rủ rê. Các học viên cũng được phát tờ gấp về phòng, chống mua bán người bằng hai thứ tiếng.
Theo ông Cà Văn Pánh, Trưởng phòng Chính sách dân tộc Ban Dân tộc tỉnh, mỗi học viên được hỗ trợ tiền ăn 100.000 đồng/người/ngày, tiền đi lại và một bộ tài liệu. Năm 2014 tỉnh bố trí hơn 2,3 tỷ đồng thực hiện chính sách đối với người có uy tín, trong đó 1.572 người được cấp báo miễn phí và 245 người được thăm hỏi khi ốm đau.
Bế mạc lớp học, ông Quàng Văn Hặc đề nghị các học viên về tuyên truyền lại cho bà con, phối hợp với chính quyền, bộ đội biên phòng giữ vững an ninh vùng biên giới, thực hiện tốt Chỉ thị số 06/2008/CT-TTg về phát huy vai trò người có uy tín.
Quàng Hương
Lượt xem: 418
Các tin khác
- Đoàn công tác Ủy ban Dân tộc làm việc tại Điện Biên (19/09/2014)
- Tủa Chùa: gặp mặt 86 người có uy tín (11/09/2014)
- Nghiệm thu 3 công trình thuộc Chương trình 135 (03/09/2014)
""", "2014-09-26", "Bồi dưỡng kiến thức cho người có uy tín vùng biên giới",
E("tap_huan", "2014", "2014-09-24"),
[P("Quàng Văn Hặc", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Lường Văn Sơn", "TS.", "giảng viên Trường Chính trị tỉnh"),
 P("Giàng A Tủa", "Thiếu tá", "Phó Chính trị viên Đồn Biên phòng Chung Chải"),
 P("Vừ A Dình", "trưởng dòng họ Vừ"),
 P("Lò Thị Ỏn", "người có uy tín bản Nậm Pố"),
 P("Cà Văn Pánh", "Trưởng phòng Chính sách dân tộc Ban Dân tộc tỉnh")],
[Q("120 người có uy tín", 120, "người có uy tín"), Q("6 xã biên giới", 6, "xã biên giới"), Q("5 lớp", 5, "lớp"),
 Q("1.572 người có uy tín", 1572, "người có uy tín"), Q("4 chuyên đề", 4, "chuyên đề"), Q("17 hộ", 17, "hộ"),
 Q("100.000 đồng/người/ngày", 100000, "đồng"), Q("hơn 2,3 tỷ đồng", 2300000000, "đồng", "over"),
 Q("245 người", 245, "người")],
[D("Quyết định", "56", "2013/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 56/2013/QĐ-TTg"),
 D("Kế hoạch", "1234", "KH-UBND", "2014-04-18", "UBND tỉnh", "Kế hoạch số 1234/KH-UBND ngày 18/4/2014"),
 D("Chỉ thị", "06", "2008/CT-TTg", None, None, "Chỉ thị số 06/2008/CT-TTg")],
[prov("Điện Biên"), com("Sín Thầu"), com("Chung Chải")],
["BAN DÂN TỘC TỈNH ĐIỆN BIÊN", "Bạn đang ở: Trang chủ › Hoạt động › Tin trong tỉnh", "Quang cảnh lớp tập huấn. Ảnh: Quàng Hương",
 "Nhà nước Mông", "Luật Tín ngưỡng, tôn giáo", "Huổi Lụ", "Lượt xem: 418"],
["Ngày đăng 26/09/2014 | 15:05", "2 ngày", "lớp thứ ba", "năm 2011", "năm 2014", "một bộ tài liệu", "Lượt xem: 418"]))

PAGES.append(page("b9393-kontum-mttq-giamsat-nguoicouytin-2015", """
ỦY BAN MTTQ VIỆT NAM TỈNH KON TUM
Vị trí: Trang chủ >> Hoạt động Mặt trận >> Giám sát, phản biện
14.08.2015 | 10:20
Giám sát việc thực hiện chính sách đối với người có uy tín tại Kon Plông
Ngày 12/8, đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Kon Tum do bà Y Thị Blăng, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách đối với người có uy tín trong đồng bào dân tộc thiểu số tại huyện Kon Plông.
Tham gia đoàn có các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: A Lốc, Nguyễn Thị Hằng; đại diện Ban Dân tộc tỉnh, Sở Tài chính. Cuộc giám sát được thực hiện theo Kế hoạch số 09/KH-MTTQ-BTT ngày 15/7/2015 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh và Quyết định 217, 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị.
Đoàn giám sát làm việc với UBND huyện và trực tiếp gặp gỡ người có uy tín tại xã Hiếu, xã Măng Cành. Theo báo cáo, huyện hiện có 153 người có uy tín người Xơ Đăng, Ba Na, Mơ Nâm ở 9 xã; năm 2014 và 6 tháng đầu năm 2015 đã thực hiện đầy đủ chế độ theo Quyết định 56/2013/QĐ-TTg của Thủ tướng Chính phủ với tổng kinh phí 412 triệu đồng: cấp báo, tặng quà Tết, thăm hỏi 18 lượt người có uy tín ốm đau với mức 500.000 đồng/người, hỗ trợ 3 gia đình có người có uy tín qua đời.
Ông A Pher, già làng, người có uy tín làng Kon Plinh, xã Hiếu phản ánh có thời điểm báo Dân tộc và Phát triển đến làng chậm cả tháng; quà Tết còn chưa phù hợp với phong tục của đồng bào. Bà Y Xuân, người có uy tín làng Vi Glong, xã Măng Cành đề nghị tổ chức cho người có uy tín đi tham quan học tập mô hình trồng sâm dây, nuôi cá tầm ở các địa phương khác.
Ông A Đoàn, Phó Chủ tịch UBND huyện Kon Plông giải trình thêm: việc chậm cấp phát báo do đường sá đi lại khó khăn vào mùa mưa; huyện sẽ rà soát, bình chọn lại người có uy tín vào cuối năm 2015 và đưa 4 người không còn đủ tiêu chuẩn ra khỏi danh sách.
Kết luận buổi giám sát, bà Y Thị Blăng ghi nhận huyện đã triển khai chính sách kịp thời, đúng đối tượng; đề nghị tăng cường bồi dưỡng kỹ năng tuyên truyền, hòa giải cho người có uy tín; phát huy vai trò của họ trong cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư"; thực hiện công khai, minh bạch kinh phí hỗ trợ. Kết quả giám sát sẽ được tổng hợp, kiến nghị với UBND tỉnh.
Văn phòng Ủy ban MTTQ tỉnh
Lượt truy cập: 25.917
Tin liên quan
- Đắk Glei: giám sát thực hiện Chương trình 135 (06/08/2015)
- Hội nghị phản biện dự thảo quy định về người có uy tín (28/07/2015)
- Ra mắt 12 khu dân cư "Ba không" (20/07/2015)
""", "2015-08-14", "Giám sát việc thực hiện chính sách đối với người có uy tín tại Kon Plông",
E("giam_sat", None, "2015-08-12"),
[P("Y Thị Blăng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("A Lốc", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thị Hằng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("A Pher", "già làng", "người có uy tín làng Kon Plinh"),
 P("Y Xuân", "người có uy tín làng Vi Glong"),
 P("A Đoàn", "Phó Chủ tịch UBND huyện Kon Plông")],
[Q("153 người có uy tín", 153, "người có uy tín"), Q("9 xã", 9, "xã"), Q("412 triệu đồng", 412000000, "đồng"),
 Q("18 lượt người có uy tín", 18, "lượt người có uy tín"), Q("500.000 đồng/người", 500000, "đồng"),
 Q("3 gia đình", 3, "gia đình"), Q("4 người", 4, "người")],
[D("Kế hoạch", "09", "KH-MTTQ-BTT", "2015-07-15", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 09/KH-MTTQ-BTT ngày 15/7/2015"),
 D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW ngày 12/12/2013"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW ngày 12/12/2013"),
 D("Quyết định", "56", "2013/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 56/2013/QĐ-TTg")],
[prov("Kon Tum"), com("Hiếu"), com("Măng Cành")],
["ỦY BAN MTTQ VIỆT NAM TỈNH KON TUM", "Vị trí: Trang chủ >> Hoạt động Mặt trận >> Giám sát, phản biện",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Dân tộc và Phát triển", "Lượt truy cập: 25.917"],
["14.08.2015 | 10:20", "6 tháng đầu năm 2015", "năm 2014", "năm 2015", "cả tháng", "Lượt truy cập: 25.917"]))

PAGES.append(page("b9394-ninhthuan-bdv-dongbaocham-tongket-2016", """
Hôm nay: Thứ Hai, 26/12/2016
BAN DÂN VẬN TỈNH ỦY NINH THUẬN - Trang thông tin điện tử
Tin tức | Công tác dân tộc, tôn giáo
23-12-2016 08:50
Ninh Thuận: Tổng kết công tác vận động đồng bào Chăm năm 2016
Chiều 22/12, Ban Dân vận Tỉnh ủy phối hợp với Ban Dân tộc tỉnh tổng kết công tác vận động đồng bào Chăm, Raglai năm 2016 và triển khai nhiệm vụ năm 2017. Đồng chí Đàng Văn Kiên, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy và bà Thuận Thị Lương, Trưởng Ban Dân tộc tỉnh đồng chủ trì.
Đồng chí Đàng Văn Kiên phát biểu tại hội nghị.
Năm qua, thực hiện Kết luận số 114-KL/TW của Ban Bí thư về nâng cao hiệu quả công tác dân vận của cơ quan nhà nước và Quy chế phối hợp số 03-QC/BDVTU-BDT giữa hai cơ quan, khối dân vận đã tập trung vận động đồng bào Chăm ở 22 thôn, khu phố tổ chức các lễ hội Katê, Ramưwan an toàn, tiết kiệm. Tỉnh chi hơn 1,2 tỷ đồng hỗ trợ tổ chức lễ hội theo Quyết định số 1229/QĐ-UBND ngày 20/6/2016 của UBND tỉnh, trong đó mỗi đền, tháp được hỗ trợ 40 triệu đồng.
Công tác vận động chức sắc có nhiều chuyển biến: Hội đồng chức sắc Bà-la-môn và Hội đồng Sư cả Hồi giáo Bà-ni tỉnh đã tổ chức thành công đại hội nhiệm kỳ mới; 146 chức sắc, chức việc được tập huấn pháp luật. Vùng đồng bào Raglai đã có 1.350 hộ được hỗ trợ giống, phân bón; tỷ lệ hộ nghèo giảm còn 21,4%.
Tham luận tại hội nghị, ông Thập Văn Sắc, Phó Chủ tịch Hội đồng Sư cả Hồi giáo Bà-ni tỉnh nêu việc các Po Acar vận động bà con giảm bớt nghi lễ tốn kém trong đám tang. Ông Pinăng Văn Rép, người có uy tín thôn Ma Trai, xã Phước Thắng kể về việc vận động 14 hộ Raglai không phát rừng làm rẫy. Bà Phú Thị Mỹ Hạnh, Chủ tịch Hội LHPN xã Phước Hậu đề nghị nhân rộng mô hình "Phụ nữ Chăm giữ nghề dệt thổ cẩm".
Phát biểu kết luận, đồng chí Đàng Văn Kiên đề nghị năm 2017 các cấp tiếp tục thực hiện Nghị quyết 24-NQ/TW và Nghị quyết 25-NQ/TW của Ban Chấp hành Trung ương (khóa IX); quan tâm chăm lo đời sống của 65 chức sắc Bà-la-môn, Bà-ni đã cao tuổi; phát huy vai trò người có uy tín trong giữ gìn an ninh, trật tự ở các thôn đồng bào dân tộc thiểu số.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 8 tập thể, 15 cá nhân; trong đó có Cả sư Hán Đa, trụ trì đền Po Klong Garai.
Hội nghị cũng chỉ ra một số hạn chế: việc nắm tình hình tư tưởng trong chức sắc, tín đồ có lúc chưa kịp thời; một số vụ tranh chấp đất đai giữa các hộ đồng bào Chăm chưa được giải quyết dứt điểm; công tác tuyên truyền bằng tiếng Chăm, tiếng Raglai còn ít; một số cán bộ dân vận cơ sở chưa hiểu phong tục, tập quán của đồng bào nên việc vận động còn lúng túng.
Đ.N
Bản in | Lượt xem: 507
Tin cùng chuyên mục
- Thăm, chúc mừng Lễ Ramưwan năm 2016 (06/06/2016)
- Tập huấn cho 80 người có uy tín vùng Raglai (18/05/2016)
- Gặp mặt chức sắc Bà-la-môn đầu năm (24/02/2016)
""", "2016-12-23", "Ninh Thuận: Tổng kết công tác vận động đồng bào Chăm năm 2016",
E("tong_ket", "2016", "2016-12-22"),
[P("Đàng Văn Kiên", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thuận Thị Lương", "Trưởng Ban Dân tộc tỉnh"),
 P("Thập Văn Sắc", "Phó Chủ tịch Hội đồng Sư cả Hồi giáo Bà-ni tỉnh"),
 P("Pinăng Văn Rép", "người có uy tín thôn Ma Trai"),
 P("Phú Thị Mỹ Hạnh", "Chủ tịch Hội LHPN xã Phước Hậu"),
 P("Hán Đa", "Cả sư", "trụ trì đền Po Klong Garai")],
[Q("22 thôn, khu phố", 22, "thôn, khu phố"), Q("hơn 1,2 tỷ đồng", 1200000000, "đồng", "over"),
 Q("40 triệu đồng", 40000000, "đồng"), Q("146 chức sắc, chức việc", 146, "chức sắc, chức việc"),
 Q("1.350 hộ", 1350, "hộ"), Q("21,4%", 21.4, "%"), Q("14 hộ Raglai", 14, "hộ Raglai"),
 Q("65 chức sắc Bà-la-môn, Bà-ni", 65, "chức sắc Bà-la-môn, Bà-ni"),
 Q("8 tập thể", 8, "tập thể"), Q("15 cá nhân", 15, "cá nhân")],
[D("Kết luận", "114", "KL/TW", None, "Ban Bí thư", "Kết luận số 114-KL/TW"),
 D("Quy chế phối hợp", "03", "QC/BDVTU-BDT", None, None, "Quy chế phối hợp số 03-QC/BDVTU-BDT"),
 D("Quyết định", "1229", "QĐ-UBND", "2016-06-20", "UBND tỉnh", "Quyết định số 1229/QĐ-UBND ngày 20/6/2016"),
 D("Nghị quyết", "24", "NQ/TW", None, "Ban Chấp hành Trung ương", "Nghị quyết 24-NQ/TW"),
 D("Nghị quyết", "25", "NQ/TW", None, "Ban Chấp hành Trung ương", "Nghị quyết 25-NQ/TW")],
[prov("Ninh Thuận"), com("Phước Thắng"), com("Phước Hậu")],
["Hôm nay: Thứ Hai, 26/12/2016", "BAN DÂN VẬN TỈNH ỦY NINH THUẬN - Trang thông tin điện tử", "Tin tức | Công tác dân tộc, tôn giáo",
 "Đồng chí Đàng Văn Kiên phát biểu tại hội nghị.", "Phụ nữ Chăm giữ nghề dệt thổ cẩm", "Hội đồng chức sắc Bà-la-môn",
 "Bản in | Lượt xem: 507"],
["Hôm nay: Thứ Hai, 26/12/2016", "23-12-2016 08:50", "năm 2016", "năm 2017", "khóa IX", "Lượt xem: 507"]))
