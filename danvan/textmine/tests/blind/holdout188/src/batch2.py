from lib import *
PAGES = []

PAGES.append(page("b4475-namdinh-lehoi-giaoban-2017", """
SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH NAM ĐỊNH
Vị trí: Trang chủ >> Tin hoạt động >> Gia đình - Cơ sở
17:20 - 07/04/2017
Ảnh: Đồng chí Trần Lê Đoàn phát biểu tại buổi giao ban.
Giao ban quý I: mùa lễ hội 2017 cơ bản an toàn, tiết kiệm
Chiều 5/4, Ban Chỉ đạo phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa" tỉnh Nam Định tổ chức giao ban công tác quý I năm 2017, tập trung đánh giá việc tổ chức lễ hội đầu xuân và thực hiện hương ước, quy ước ở làng, thôn, tổ dân phố. Đồng chí Trần Lê Đoàn, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo chủ trì; cùng dự có đồng chí Phạm Đình Nghĩa, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo Tỉnh ủy.
Báo cáo của Thường trực Ban Chỉ đạo cho biết quý I, toàn tỉnh có 412 lễ hội truyền thống được tổ chức, trong đó Lễ khai ấn đền Trần thu hút khoảng 200.000 lượt khách. Nhờ thực hiện Chỉ thị số 41-CT/TW của Ban Bí thư và các quy định hiện hành về quản lý lễ hội, việc phát ấn đã chuyển sang phát tại nhiều điểm, không còn tình trạng chen lấn, cướp ấn như những năm trước; 100% di tích bố trí hòm công đức đúng quy định, thu công đức hơn 6,3 tỷ đồng, được công khai.
Trong 3 tháng, 1.890 đám cưới được tổ chức theo nếp sống văn minh; 2.104 đám tang không sử dụng kèn tây, không rải vàng mã; 38 xã, thị trấn đã có nhà tang lễ hoặc nhà đại thể. Thành phố Nam Định có 27/30 tổ dân phố ở phường Lộc Hạ sửa đổi quy ước, bổ sung quy định "không đốt vàng mã nơi công cộng".
Tại giao ban, đồng chí Vũ Thị Hồng Vân, Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh, đề nghị các xã thực hiện Kế hoạch số 08/KH-BCĐ, 09/KH-BCĐ của Ban Chỉ đạo tỉnh về kiểm tra quy ước và xây dựng khu dân cư kiểu mẫu. Ông Đoàn Văn Khải, Trưởng phòng Văn hóa và Thông tin huyện Ý Yên, cho biết trong quý còn 6 lễ hội làng để xảy ra tình trạng bói toán, xóc thẻ, 11 điểm kinh doanh vàng mã lấn chiếm lòng đường.
Đồng chí Ngô Thị Thanh Hương, Chủ tịch Ủy ban MTTQ xã Yên Cường, kể xã đã vận động 100% gia đình có người mất thực hiện "tang lễ không quá 48 giờ", các dòng họ cam kết bỏ tục mời cỗ linh đình sau tang lễ; tiết kiệm cho nhân dân ước khoảng 1,2 tỷ đồng mỗi năm.
Kết luận giao ban, đồng chí Trần Lê Đoàn yêu cầu quý II tập trung xây dựng thêm ít nhất 15 khu dân cư kiểu mẫu, hoàn thành rà soát hương ước của 229 xã, phường, thị trấn theo Quyết định số 2108/QĐ-UBND của UBND tỉnh; kịp thời chấn chỉnh tình trạng "thương mại hóa" lễ hội.
Minh Khuê
Lượt xem: 1.183
Tin khác
- Ý Yên tổ chức Ngày hội văn hóa các làng nghề (01/04/2017)
- Lễ khai ấn đền Trần năm 2017 diễn ra trang trọng (11/02/2017)
- Hải Hậu: 97% hộ gia đình đạt danh hiệu văn hóa (20/01/2017)
""", "2017-04-07", "Giao ban quý I: mùa lễ hội 2017 cơ bản an toàn, tiết kiệm",
E("giao_ban", "2017-Q1", "2017-04-05"),
[P("Trần Lê Đoàn", "Phó Chủ tịch UBND tỉnh", "Trưởng Ban Chỉ đạo"),
 P("Phạm Đình Nghĩa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("Vũ Thị Hồng Vân", "Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh"),
 P("Đoàn Văn Khải", "Trưởng phòng Văn hóa và Thông tin huyện Ý Yên"),
 P("Ngô Thị Thanh Hương", "Chủ tịch Ủy ban MTTQ xã Yên Cường")],
[Q("412 lễ hội truyền thống", 412, "lễ hội truyền thống"), Q("khoảng 200.000 lượt khách", 200000, "lượt khách", "approx"),
 Q("100% di tích", 100, "%"), Q("100% gia đình", 100, "%"), Q("hơn 6,3 tỷ đồng", 6300000000, "đồng", "over"),
 Q("1.890 đám cưới", 1890, "đám cưới"), Q("2.104 đám tang", 2104, "đám tang"), Q("38 xã, thị trấn", 38, "xã, thị trấn"),
 Q("27/30 tổ dân phố", 27, "tổ dân phố"), Q("6 lễ hội làng", 6, "lễ hội làng"), Q("11 điểm kinh doanh vàng mã", 11, "điểm kinh doanh vàng mã"),
 Q("ước khoảng 1,2 tỷ đồng", 1200000000, "đồng", "approx"), Q("ít nhất 15 khu dân cư kiểu mẫu", 15, "khu dân cư kiểu mẫu", "over"),
 Q("229 xã, phường, thị trấn", 229, "xã, phường, thị trấn")],
[D("Chỉ thị", "41", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 41-CT/TW của Ban Bí thư"),
 D("Kế hoạch", "08", "KH-BCĐ", None, "Ban Chỉ đạo tỉnh", "Kế hoạch số 08/KH-BCĐ, 09/KH-BCĐ"),
 D("Kế hoạch", "09", "KH-BCĐ", None, "Ban Chỉ đạo tỉnh", "09/KH-BCĐ của Ban Chỉ đạo tỉnh"),
 D("Quyết định", "2108", "QĐ-UBND", None, "UBND tỉnh", "Quyết định số 2108/QĐ-UBND của UBND tỉnh")],
[prov("Nam Định"), com("Lộc Hạ"), com("Yên Cường")],
["SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH NAM ĐỊNH", "Vị trí: Trang chủ >> Tin hoạt động >> Gia đình - Cơ sở",
 "Ảnh: Đồng chí Trần Lê Đoàn phát biểu tại buổi giao ban.", "Toàn dân đoàn kết xây dựng đời sống văn hóa",
 "Lễ khai ấn đền Trần", "không đốt vàng mã nơi công cộng", "tang lễ không quá 48 giờ", "Lượt xem: 1.183"],
["17:20 - 07/04/2017", "quý I năm 2017", "3 tháng", "48 giờ", "quý II", "Lượt xem: 1.183"]))

PAGES.append(page("b4476-yenbai-tangma-doithoai-2018", """
Báo Yên Bái điện tử
Xã hội | Dân tộc - Miền núi
15/06/2018 - 10:05
Mù Cang Chải: Đối thoại với đồng bào Mông về đổi mới việc tang, việc cưới
Ngày 13/6/2018, tại xã Chế Cu Nha, Ban Dân vận Huyện ủy và Ủy ban MTTQ huyện Mù Cang Chải tổ chức hội nghị đối thoại năm 2018 giữa người đứng đầu cấp ủy, chính quyền với nhân dân về thực hiện nếp sống văn minh trong việc cưới, việc tang. Tham gia đối thoại có gần 250 đại biểu là trưởng bản, người có uy tín, đại diện các dòng họ Giàng, Sùng, Mùa, Hờ, Lý của 5 xã vùng cao.
Đồng chí Hờ A Chu, HUV, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ huyện trả lời ý kiến nhân dân. Ảnh: Thanh Chi
Chủ trì hội nghị có đồng chí Nông Văn Thái, Phó Bí thư Thường trực Huyện ủy; đồng chí Hờ A Chu, HUV, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ huyện và đồng chí Mùa A Vảng, Phó Chủ tịch UBND huyện.
Theo báo cáo, sau 2 năm triển khai Nghị quyết số 83-NQ/HU của Ban Chấp hành Đảng bộ huyện về đổi mới tập quán tang ma, toàn huyện đã có 1.017 đám tang thực hiện theo nếp sống mới, chiếm 94,6%; thời gian tổ chức tang lễ giảm từ 5-7 ngày xuống không quá 48 giờ; 100% đám tang đã khâm liệm, cho người chết vào quan tài trước khi làm lễ. Số gia súc giết mổ trong đám tang giảm khoảng 60%, ước tính tiết kiệm cho nhân dân trên 4 tỷ đồng. 86/87 bản có quy ước được phê duyệt.
Ông Giàng A Tủa, người có uy tín bản Tà Chí Lừ, xã Chế Cu Nha, hỏi: nhà nước có hỗ trợ quan tài cho hộ nghèo hay không? Đồng chí Mùa A Vảng cho biết theo Quyết định số 1326/QĐ-UBND ngày 22/8/2016 của UBND tỉnh, mỗi hộ nghèo có người mất được hỗ trợ 2,5 triệu đồng, năm 2017 huyện đã hỗ trợ 143 hộ.
Bà Sùng Thị Mỷ, Chi hội trưởng phụ nữ bản Nả Háng Tủa, xã Dế Xu Phình, phản ánh vẫn còn tình trạng "bắt vợ", tảo hôn; trong 5 tháng đầu năm xã còn 9 cặp tảo hôn. Đồng chí Hờ A Chu cho biết huyện đã giao Hội LHPN, Đoàn Thanh niên thành lập 16 câu lạc bộ "Không tảo hôn, không kết hôn cận huyết thống".
Ông Lý A Dê, trưởng bản Khau Phạ, xã Cao Phạ, đề nghị được mở thêm lớp tập huấn cho thầy cúng về nghi lễ tang ma mới. Đồng chí Nông Văn Thái tiếp thu, giao Phòng Văn hóa - Thông tin huyện phối hợp mở 3 lớp cho khoảng 120 thầy cúng trong quý III.
Kết thúc hội nghị, 5 dòng họ ký cam kết thực hiện hương ước, quy ước; Ban Tổ chức trao tặng 50 bộ loa phát thanh cho các bản. Đồng chí Nông Văn Thái nhấn mạnh: mỗi đảng viên phải gương mẫu, vận động gia đình, dòng họ thực hiện tốt Chỉ thị số 24-CT/TU của Ban Thường vụ Tỉnh ủy Yên Bái.
Thanh Chi
Lượt đọc: 2.088
Tin liên quan
- Trạm Tấu: 100% bản có quy ước (06/06/2018)
- Văn Chấn tổng kết phong trào gia đình văn hóa (28/05/2018)
- Lục Yên: vận động đồng bào Dao bỏ tục thách cưới (15/05/2018)
""", "2018-06-15", "Mù Cang Chải: Đối thoại với đồng bào Mông về đổi mới việc tang, việc cưới",
E("doi_thoai", "2018", "2018-06-13"),
[P("Hờ A Chu", "HUV", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ huyện"),
 P("Nông Văn Thái", "Phó Bí thư Thường trực Huyện ủy"),
 P("Mùa A Vảng", "Phó Chủ tịch UBND huyện"),
 P("Giàng A Tủa", "người có uy tín bản Tà Chí Lừ"),
 P("Sùng Thị Mỷ", "Chi hội trưởng phụ nữ bản Nả Háng Tủa"),
 P("Lý A Dê", "trưởng bản Khau Phạ")],
[Q("gần 250 đại biểu", 250, "đại biểu", "approx"), Q("5 xã vùng cao", 5, "xã vùng cao"),
 Q("1.017 đám tang", 1017, "đám tang"), Q("94,6%", 94.6, "%"), Q("100% đám tang", 100, "%"),
 Q("khoảng 60%", 60, "%", "approx"), Q("trên 4 tỷ đồng", 4000000000, "đồng", "over"), Q("86/87 bản", 86, "bản"),
 Q("2,5 triệu đồng", 2500000, "đồng"), Q("143 hộ", 143, "hộ"), Q("9 cặp", 9, "cặp"),
 Q("16 câu lạc bộ", 16, "câu lạc bộ"), Q("3 lớp", 3, "lớp"), Q("khoảng 120 thầy cúng", 120, "thầy cúng", "approx"),
 Q("5 dòng họ", 5, "dòng họ"), Q("50 bộ loa phát thanh", 50, "bộ loa phát thanh")],
[D("Nghị quyết", "83", "NQ/HU", None, "Ban Chấp hành Đảng bộ huyện", "Nghị quyết số 83-NQ/HU"),
 D("Quyết định", "1326", "QĐ-UBND", "2016-08-22", "UBND tỉnh", "Quyết định số 1326/QĐ-UBND ngày 22/8/2016"),
 D("Chỉ thị", "24", "CT/TU", None, "Ban Thường vụ Tỉnh ủy Yên Bái", "Chỉ thị số 24-CT/TU")],
[prov("Yên Bái"), com("Chế Cu Nha"), com("Dế Xu Phình"), com("Cao Phạ")],
["Báo Yên Bái điện tử", "Xã hội | Dân tộc - Miền núi", "Đồng chí Hờ A Chu, HUV, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ huyện trả lời ý kiến nhân dân. Ảnh: Thanh Chi",
 "bắt vợ", "Không tảo hôn, không kết hôn cận huyết thống", "Lượt đọc: 2.088"],
["15/06/2018 - 10:05", "2 năm", "5-7 ngày", "48 giờ", "năm 2017", "5 tháng đầu năm", "quý III", "Lượt đọc: 2.088"]))

PAGES.append(page("b4477-binhdinh-langvanhoa-khac-2018", """
BÁO BÌNH ĐỊNH - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Bình Định
Hôm nay: Thứ Ba, 20/11/2018
Xã hội › Đời sống
Thứ Hai, 19/11/2018, 07:45
Làng Hà Ri: từ làng "ma chay linh đình" thành làng văn hóa tiêu biểu
Ảnh: Một buổi sinh hoạt của câu lạc bộ gia đình hạnh phúc ở làng Hà Ri.
Gần 10 năm trước, ở làng Hà Ri, xã Vĩnh Hiệp (huyện Vĩnh Thạnh), mỗi khi có người mất, gia chủ phải mổ heo, bò đãi cả làng ba bốn ngày liền, nhiều hộ sau đám tang rơi vào cảnh nợ nần. Nay ngôi làng của 184 hộ đồng bào Bana này đã 6 năm liền giữ danh hiệu làng văn hóa và vừa được UBND tỉnh tặng bằng khen.
Già làng Đinh Văn Hùm, người có uy tín làng Hà Ri, kể lại: năm 2012, Ban công tác Mặt trận làng đưa ra bàn bạc bản quy ước mới gồm 5 chương, 22 điều. Điều khó nhất là tục "giọt nước mắt", bỏ của cho người chết, và tục cưới chạy tang. "Tôi là già làng, nhà tôi phải làm trước. Khi vợ tôi mất, tôi chỉ tổ chức trong 2 ngày, không mổ bò", ông Hùm nói.
Chị Đinh Thị Hơn, Trưởng ban công tác Mặt trận làng Hà Ri, cho biết hiện 171/184 hộ đạt "Gia đình văn hóa", tỷ lệ hộ nghèo giảm từ 62% năm 2012 xuống còn 19,5%; làng không còn trẻ em bỏ học, không có trường hợp tảo hôn trong 4 năm qua. Làng đã góp 65 triệu đồng và hơn 400 ngày công sửa nhà rông làm nơi sinh hoạt văn hóa chung, thành lập đội cồng chiêng 18 thành viên.
Theo ông Đinh Văn Mai, Chủ tịch Ủy ban MTTQ xã Vĩnh Hiệp, từ mô hình Hà Ri, xã đã nhân rộng ra 7/7 làng; năm 2018 toàn xã có 1.032 hộ đạt gia đình văn hóa, đạt 88%. Theo bà Nguyễn Thị Thanh Bình, Phó Trưởng Ban Dân vận Tỉnh ủy, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Bình Định, cách làm của Hà Ri là minh chứng cho hiệu quả của việc phát huy vai trò già làng, người có uy tín theo tinh thần Quyết định số 12/2018/QĐ-TTg của Thủ tướng Chính phủ.
Không chỉ tang ma, việc cưới ở Hà Ri cũng đổi khác. Trước đây nhà trai phải nộp cho nhà gái cả chục con heo, nhiều ché rượu; nay quy ước ghi rõ lễ vật do hai gia đình thỏa thuận, không thách cưới, đám cưới tổ chức gọn trong một ngày. Đoàn Thanh niên làng lập tổ xung kích giúp các gia đình dựng rạp, dọn dẹp sau đám.
Những ngày cuối năm, làng Hà Ri rộn ràng chuẩn bị Ngày hội Đại đoàn kết toàn dân tộc. Ông Hùm tự hào: "Giờ ai trong làng cũng thuộc quy ước, con cháu cưới hỏi đều đăng ký kết hôn đúng tuổi".
Ngọc Thuận
Lượt xem: 3.516
Tin khác
- Vân Canh: 90% hộ đồng bào Chăm H'roi đạt gia đình văn hóa (15/11/2018)
- An Lão tổ chức Ngày hội Văn hóa - Thể thao các dân tộc thiểu số (08/11/2018)
- Hoài Nhơn ra mắt 5 khu dân cư kiểu mẫu (30/10/2018)
- Phù Cát: xử lý 12 trường hợp tổ chức đám cưới gây mất trật tự (22/10/2018)
- Vĩnh Thạnh trao 120 suất học bổng cho học sinh dân tộc thiểu số (15/10/2018)
""", "2018-11-19", 'Làng Hà Ri: từ làng "ma chay linh đình" thành làng văn hóa tiêu biểu',
E("khac", None, None),
[P("Đinh Văn Hùm", "Già làng", "người có uy tín làng Hà Ri"),
 P("Đinh Thị Hơn", "Trưởng ban công tác Mặt trận làng Hà Ri"),
 P("Đinh Văn Mai", "Chủ tịch Ủy ban MTTQ xã Vĩnh Hiệp"),
 P("Nguyễn Thị Thanh Bình", "Phó Trưởng Ban Dân vận Tỉnh ủy", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Bình Định")],
[Q("184 hộ đồng bào Bana", 184, "hộ đồng bào Bana"), Q("5 chương", 5, "chương"), Q("22 điều", 22, "điều"),
 Q("171/184 hộ", 171, "hộ"), Q("62%", 62, "%"), Q("19,5%", 19.5, "%"), Q("65 triệu đồng", 65000000, "đồng"),
 Q("hơn 400 ngày công", 400, "ngày công", "over"), Q("18 thành viên", 18, "thành viên"), Q("7/7 làng", 7, "làng"),
 Q("1.032 hộ", 1032, "hộ"), Q("88%", 88, "%")],
[D("Quyết định", "12", "2018/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg của Thủ tướng Chính phủ")],
[prov("Bình Định"), com("Vĩnh Hiệp")],
["BÁO BÌNH ĐỊNH - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Bình Định", "Xã hội › Đời sống",
 "Ảnh: Một buổi sinh hoạt của câu lạc bộ gia đình hạnh phúc ở làng Hà Ri.", "giọt nước mắt", "Gia đình văn hóa",
 "Ngày hội Đại đoàn kết toàn dân tộc", "Lượt xem: 3.516"],
["Hôm nay: Thứ Ba, 20/11/2018", "Thứ Hai, 19/11/2018, 07:45", "Gần 10 năm", "ba bốn ngày", "6 năm", "năm 2012", "2 ngày", "4 năm", "năm 2018", "Lượt xem: 3.516"]))

PAGES.append(page("b4478-kontum-langvanhoa-baocao-2019", """
ỦY BAN MTTQ VIỆT NAM TỈNH KON TUM
Trang chủ :: Thông tin Mặt trận :: Văn bản - Báo cáo
Ngày 20/12/2019 | 09:15
Báo cáo kết quả cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" năm 2019
Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Kon Tum vừa có Báo cáo số 215/BC-MTTQ-BTT ngày 18/12/2019 về kết quả thực hiện cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" gắn với phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa" năm 2019. Báo cáo do bà Y Thị Hằng, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh ký.
Ảnh minh họa: Người dân làng Kon Klor tham gia ngày hội văn hóa.
Theo báo cáo, năm 2019, toàn tỉnh có 107.435/127.612 hộ đạt danh hiệu "Gia đình văn hóa", đạt 84,2%; 612/862 thôn, làng, tổ dân phố đạt danh hiệu văn hóa, tăng 23 thôn, làng so với năm 2018; 21 xã đạt chuẩn nông thôn mới. Có 810 thôn, làng xây dựng và thực hiện quy ước, hương ước, trong đó 97 bản quy ước được sửa đổi, bổ sung trong năm theo hướng dẫn tại Kế hoạch số 1204/KH-UBND ngày 10/5/2019 của UBND tỉnh.
Trong đồng bào Xơ Đăng, Ba Na, Gia Rai, Giẻ Triêng, các tập tục như chôn con theo mẹ, cúng bái khi ốm đau, kết hôn cận huyết thống cơ bản được đẩy lùi; 4.250 hộ đồng bào dân tộc thiểu số đăng ký thực hiện quy ước làng. Mặt trận các cấp phối hợp tổ chức 326 buổi tuyên truyền với hơn 21.000 lượt người tham dự, vận động nhân dân đóng góp trên 18,4 tỷ đồng, hiến 54.600 m2 đất làm đường giao thông, xây dựng 48 nhà rông văn hóa.
Báo cáo ghi nhận một số cá nhân điển hình như ông A Thút, già làng làng Kon Klor, phường Thắng Lợi; ông A Pớt, Bí thư Chi bộ, trưởng thôn Đăk Lấp, xã Đăk Tờ Kan; bà Y Dịu, Chi hội trưởng Chi hội Phụ nữ làng Đăk Wơt, xã Đăk Pxi.
Nhiều cách làm hay được báo cáo nêu: làng Kon Klor đưa quy định giữ gìn nhà rông, cồng chiêng vào quy ước; thôn Đăk Lấp giao mỗi đảng viên phụ trách 10 hộ, hằng tháng họp nhóm hộ nhắc nhở thực hiện nếp sống văn minh; nhiều xã tổ chức lễ cưới tập thể cho các cặp đôi trẻ đồng bào dân tộc thiểu số.
Bên cạnh kết quả, báo cáo chỉ rõ: còn 46 thôn, làng bị thu hồi hoặc không công nhận lại danh hiệu; tình trạng tảo hôn vẫn xảy ra với 187 trường hợp; một số quy ước còn sao chép, chưa phù hợp đặc điểm từng làng.
Năm 2020, Ban Thường trực đề ra chỉ tiêu: có từ 85% hộ gia đình đạt danh hiệu văn hóa trở lên, không dưới 72% thôn, làng, tổ dân phố văn hóa; tiếp tục thực hiện Chỉ thị 04, 05-CT/TU của Ban Thường vụ Tỉnh ủy và Kết luận số 78-KL/TU của Tỉnh ủy về công tác dân vận vùng đồng bào dân tộc thiểu số.
P.V
Lượt xem: 418
Bài viết liên quan
- Kon Tum: tổ chức Ngày hội Đại đoàn kết ở 862 khu dân cư (20/11/2019)
- Đăk Hà ra mắt mô hình "Làng văn hóa không có người vi phạm pháp luật" (08/11/2019)
- Sa Thầy: 500 phần quà cho hộ nghèo (02/11/2019)
""", "2019-12-20", 'Báo cáo kết quả cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" năm 2019',
E("bao_cao", "2019", "2019-12-18"),
[P("Y Thị Hằng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("A Thút", "già làng làng Kon Klor"),
 P("A Pớt", "Bí thư Chi bộ", "trưởng thôn Đăk Lấp"),
 P("Y Dịu", "Chi hội trưởng Chi hội Phụ nữ làng Đăk Wơt")],
[Q("107.435/127.612 hộ", 107435, "hộ"), Q("84,2%", 84.2, "%"), Q("612/862 thôn, làng, tổ dân phố", 612, "thôn, làng, tổ dân phố"),
 Q("23 thôn, làng", 23, "thôn, làng"), Q("21 xã", 21, "xã"), Q("810 thôn, làng", 810, "thôn, làng"), Q("97 bản quy ước", 97, "bản quy ước"),
 Q("4.250 hộ đồng bào dân tộc thiểu số", 4250, "hộ đồng bào dân tộc thiểu số"), Q("326 buổi tuyên truyền", 326, "buổi tuyên truyền"),
 Q("hơn 21.000 lượt người", 21000, "lượt người", "over"), Q("trên 18,4 tỷ đồng", 18400000000, "đồng", "over"),
 Q("54.600 m2", 54600, "m2"), Q("10 hộ", 10, "hộ"), Q("48 nhà rông văn hóa", 48, "nhà rông văn hóa"), Q("46 thôn, làng", 46, "thôn, làng"),
 Q("187 trường hợp", 187, "trường hợp"), Q("từ 85%", 85, "%", "over"), Q("không dưới 72%", 72, "%", "over")],
[D("Báo cáo", "215", "BC-MTTQ-BTT", "2019-12-18", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Kon Tum", "Báo cáo số 215/BC-MTTQ-BTT ngày 18/12/2019"),
 D("Kế hoạch", "1204", "KH-UBND", "2019-05-10", "UBND tỉnh", "Kế hoạch số 1204/KH-UBND ngày 10/5/2019"),
 D("Chỉ thị", "04", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 04, 05-CT/TU"),
 D("Chỉ thị", "05", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "05-CT/TU của Ban Thường vụ Tỉnh ủy"),
 D("Kết luận", "78", "KL/TU", None, "Tỉnh ủy", "Kết luận số 78-KL/TU của Tỉnh ủy")],
[prov("Kon Tum"), com("Thắng Lợi"), com("Đăk Tờ Kan"), com("Đăk Pxi")],
["ỦY BAN MTTQ VIỆT NAM TỈNH KON TUM", "Trang chủ :: Thông tin Mặt trận :: Văn bản - Báo cáo", "Ảnh minh họa: Người dân làng Kon Klor tham gia ngày hội văn hóa.",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Toàn dân đoàn kết xây dựng đời sống văn hóa", "Gia đình văn hóa", "Lượt xem: 418"],
["Ngày 20/12/2019 | 09:15", "năm 2019", "năm 2018", "Năm 2020", "Lượt xem: 418"]))

PAGES.append(page("b4479-tiengiang-apvanhoa-traoqua-2020", """
Báo Ấp Bắc điện tử
Trang chủ > Xã hội > Đoàn thể
Cập nhật lúc 16:40 ngày 17/01/2020
Toàn cảnh buổi trao quà tại ấp Tân Hòa. Ảnh: T.Nguyên
Chợ Gạo: Trao 620 phần quà Tết cho hộ nghèo ở các ấp văn hóa
Sáng 16/1/2020, Ủy ban MTTQ Việt Nam huyện Chợ Gạo phối hợp Ban Dân vận Huyện ủy tổ chức thăm, tặng 620 phần quà Tết cho hộ nghèo, hộ cận nghèo, gia đình chính sách tiêu biểu trong phong trào xây dựng ấp văn hóa tại các xã Tân Thuận Bình, Bình Phan và thị trấn Chợ Gạo. Mỗi phần quà gồm gạo, nhu yếu phẩm và 300.000 đồng tiền mặt, trị giá 600.000 đồng; tổng trị giá hơn 372 triệu đồng.
Tham dự có các đồng chí: Nguyễn Văn Mười, Nguyễn Thị Thu Hà - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Tiền Giang; đồng chí Trần Hoàng Hải, Huyện ủy viên, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện Chợ Gạo.
Nguồn quà do các doanh nghiệp, nhà hảo tâm đóng góp vào Quỹ "Vì người nghèo" huyện. Theo Ủy ban MTTQ huyện, năm 2019 toàn huyện có 42.816/45.190 hộ đạt gia đình văn hóa, đạt 94,7%; 118/120 ấp, khu phố văn hóa; 3 xã được công nhận xã văn hóa nông thôn mới. 100% ấp đã rà soát, bổ sung quy ước theo Quyết định số 22/2018/QĐ-TTg ngày 08/5/2018 của Thủ tướng Chính phủ về xây dựng, thực hiện hương ước, quy ước.
Phát biểu tại buổi trao quà, đồng chí Nguyễn Văn Mười ghi nhận ấp Tân Hòa, xã Tân Thuận Bình 10 năm liền giữ danh hiệu ấp văn hóa, 100% đám cưới, đám tang thực hiện không quá 1 ngày, không sử dụng loa máy công suất lớn sau 22 giờ; hội viên các đoàn thể góp hơn 1.500 ngày công, trồng 2,3 km hàng rào xanh.
Theo đánh giá của Ban Dân vận Huyện ủy, điểm mới trong năm qua là nhiều ấp đã đưa vào quy ước các nội dung về giữ gìn vệ sinh môi trường, không xả rác xuống kênh rạch, không tổ chức đá gà, đánh bài ăn tiền trong đám tiệc; ấp nào để xảy ra tệ nạn thì không được xét công nhận lại danh hiệu ấp văn hóa.
Ông Lê Văn Tư, trưởng ấp Tân Hòa, cho biết: "Ấp có tổ hòa giải và tổ tự quản tiếng ồn. Nhà ai có đám tiệc đều phải đăng ký với tổ, cam kết thực hiện đúng quy ước". Bà Huỳnh Thị Bé, hộ nghèo ấp Tân Hòa, xúc động khi nhận quà: đây là năm thứ hai gia đình bà được ấp quan tâm trước Tết.
Dịp này, đồng chí Trần Hoàng Hải trao 4 căn nhà Đại đoàn kết, mỗi căn trị giá 50 triệu đồng, cho hộ nghèo xã Bình Phan và tặng 30 suất học bổng cho học sinh nghèo học giỏi. Đồng chí đề nghị các ấp tiếp tục thực hiện Kế hoạch 45-KH/HU của Huyện ủy Chợ Gạo về xây dựng ấp văn hóa - ấp nông thôn mới kiểu mẫu năm 2020, để không hộ nào không có Tết.
Thanh Nguyên
Lượt xem: 965
Tin cùng chuyên mục
- Gò Công Đông: trao 1.000 phần quà Tết cho ngư dân (15/01/2020)
- Cai Lậy ra mắt khu dân cư kiểu mẫu (10/01/2020)
- Mỹ Tho: 98% hộ đạt chuẩn gia đình văn hóa (03/01/2020)
""", "2020-01-17", "Chợ Gạo: Trao 620 phần quà Tết cho hộ nghèo ở các ấp văn hóa",
E("trao_qua", None, "2020-01-16"),
[P("Nguyễn Văn Mười", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Tiền Giang"),
 P("Nguyễn Thị Thu Hà", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Tiền Giang"),
 P("Trần Hoàng Hải", "Huyện ủy viên", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Chợ Gạo"),
 P("Lê Văn Tư", "trưởng ấp Tân Hòa"),
 P("Huỳnh Thị Bé")],
[Q("620 phần quà", 620, "phần quà"), Q("300.000 đồng", 300000, "đồng"), Q("600.000 đồng", 600000, "đồng"),
 Q("hơn 372 triệu đồng", 372000000, "đồng", "over"), Q("42.816/45.190 hộ", 42816, "hộ"), Q("94,7%", 94.7, "%"),
 Q("118/120 ấp, khu phố", 118, "ấp, khu phố"), Q("3 xã", 3, "xã"), Q("100% ấp", 100, "%"), Q("100% đám cưới", 100, "%"),
 Q("hơn 1.500 ngày công", 1500, "ngày công", "over"), Q("2,3 km", 2.3, "km"), Q("4 căn nhà Đại đoàn kết", 4, "căn nhà Đại đoàn kết"),
 Q("50 triệu đồng", 50000000, "đồng"), Q("30 suất học bổng", 30, "suất học bổng")],
[D("Quyết định", "22", "2018/QĐ-TTg", "2018-05-08", "Thủ tướng Chính phủ", "Quyết định số 22/2018/QĐ-TTg ngày 08/5/2018"),
 D("Kế hoạch", "45", "KH/HU", None, "Huyện ủy Chợ Gạo", "Kế hoạch 45-KH/HU của Huyện ủy Chợ Gạo")],
[prov("Tiền Giang"), com("Tân Thuận Bình"), com("Bình Phan"), com("Chợ Gạo")],
["Báo Ấp Bắc điện tử", "Trang chủ > Xã hội > Đoàn thể", "Toàn cảnh buổi trao quà tại ấp Tân Hòa. Ảnh: T.Nguyên", "Vì người nghèo", "Lượt xem: 965"],
["Cập nhật lúc 16:40 ngày 17/01/2020", "năm 2019", "10 năm", "1 ngày", "22 giờ", "năm thứ hai", "năm 2020", "Lượt xem: 965"]))

PAGES.append(page("b4480-ninhbinh-giadinhvanhoa-daihoi-2020", """
ĐẢNG BỘ XÃ GIA THỦY - HUYỆN NHO QUAN - TỈNH NINH BÌNH
Tin tức » Hoạt động đoàn thể
Thứ Sáu, 09/10/2020
Đại hội đại biểu Hội LHPN xã Gia Thủy nhiệm kỳ 2021 - 2026
Ngày 7/10/2020, Hội Liên hiệp Phụ nữ xã Gia Thủy long trọng tổ chức Đại hội đại biểu lần thứ XI, nhiệm kỳ 2021 - 2026. Về dự có đồng chí Đinh Thị Thu Trang, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo - Chính sách luật pháp Hội LHPN huyện Nho Quan; đồng chí Bùi Văn Thắng, Bí thư Đảng ủy, Chủ tịch HĐND xã; cùng 112 đại biểu đại diện cho hơn 1.850 hội viên phụ nữ trong xã.
Đồng chí Bùi Văn Thắng phát biểu chỉ đạo đại hội.
Báo cáo chính trị do bà Quách Thị Hạnh, Chủ tịch Hội LHPN xã trình bày cho thấy, nhiệm kỳ qua Hội đã vận động 1.724 hội viên đăng ký và 96,5% gia đình hội viên đạt danh hiệu "Gia đình văn hóa"; thực hiện cuộc vận động "Xây dựng gia đình 5 không, 3 sạch", 100% chi hội phụ nữ ở 14 thôn tham gia sửa đổi quy ước thôn, đưa vào quy định không thách cưới, không tổ chức cỗ bàn linh đình trong đám hiếu. Hội duy trì 14 câu lạc bộ "Gia đình phát triển bền vững", 6 tổ phụ nữ tự quản vệ sinh môi trường; vận động hội viên đóng góp trên 120 triệu đồng xây dựng 2 nhà văn hóa thôn, giúp 26 hộ hội viên thoát nghèo, đưa tỷ lệ hộ nghèo giảm còn 2,8%.
Đại biểu thảo luận thẳng thắn về những hạn chế: một số chi hội sinh hoạt chưa đều, nội dung còn đơn điệu; việc vận động hội viên trẻ tham gia câu lạc bộ còn khó do nhiều chị em đi làm công nhân ở các khu công nghiệp; vẫn còn gia đình tổ chức đám cưới kéo dài, mở nhạc to quá giờ quy định.
Hội tích cực tuyên truyền Nghị quyết số 26-NQ/TU của Ban Chấp hành Đảng bộ tỉnh Ninh Bình về xây dựng nông thôn mới kiểu mẫu và Chỉ thị 07, 08-CT/HU của Ban Thường vụ Huyện ủy Nho Quan; xây dựng được 3 thôn văn hóa kiểu mẫu tại thôn Đồng Bài, thôn Cống Thủy và thôn Phú Thượng.
Phát biểu chỉ đạo, đồng chí Bùi Văn Thắng đề nghị nhiệm kỳ tới Hội tiếp tục phát huy vai trò nòng cốt trong phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", phấn đấu có từ 97% gia đình hội viên đạt gia đình văn hóa trở lên, 100% thôn đạt danh hiệu văn hóa.
Đại hội đã bầu Ban Chấp hành khóa XI gồm 15 đồng chí. Tại phiên họp thứ nhất, bà Quách Thị Hạnh được tín nhiệm bầu giữ chức Chủ tịch Hội LHPN xã khóa XI; các bà Đinh Thị Hoa, Bùi Thị Lan được bầu giữ chức Phó Chủ tịch Hội LHPN xã. Đại hội cũng bầu 6 đại biểu đi dự Đại hội Phụ nữ huyện Nho Quan lần thứ XX.
Văn Tuấn - Đài Truyền thanh xã
Số lượt truy cập: 5.612
Tin liên quan
- Ra mắt mô hình "Thôn văn hóa kiểu mẫu" tại thôn Đồng Bài (20/09/2020)
- Hội Cựu chiến binh xã Gia Thủy tổng kết phong trào thi đua (05/09/2020)
""", "2020-10-09", "Đại hội đại biểu Hội LHPN xã Gia Thủy nhiệm kỳ 2021 - 2026",
E("dai_hoi", None, "2020-10-07"),
[P("Đinh Thị Thu Trang", "Ủy viên Ban Thường vụ", "Trưởng ban Tuyên giáo - Chính sách luật pháp Hội LHPN huyện Nho Quan"),
 P("Bùi Văn Thắng", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Quách Thị Hạnh", "Chủ tịch Hội LHPN xã", "Chủ tịch Hội LHPN xã khóa XI"),
 P("Đinh Thị Hoa", "Phó Chủ tịch Hội LHPN xã"),
 P("Bùi Thị Lan", "Phó Chủ tịch Hội LHPN xã")],
[Q("112 đại biểu", 112, "đại biểu"), Q("hơn 1.850 hội viên phụ nữ", 1850, "hội viên phụ nữ", "over"), Q("1.724 hội viên", 1724, "hội viên"),
 Q("96,5%", 96.5, "%"), Q("100% chi hội phụ nữ", 100, "%"), Q("14 thôn", 14, "thôn"), Q("14 câu lạc bộ", 14, "câu lạc bộ"),
 Q("6 tổ phụ nữ tự quản vệ sinh môi trường", 6, "tổ phụ nữ tự quản vệ sinh môi trường"), Q("trên 120 triệu đồng", 120000000, "đồng", "over"),
 Q("2 nhà văn hóa thôn", 2, "nhà văn hóa thôn"), Q("26 hộ hội viên", 26, "hộ hội viên"), Q("2,8%", 2.8, "%"),
 Q("3 thôn văn hóa kiểu mẫu", 3, "thôn văn hóa kiểu mẫu"), Q("từ 97%", 97, "%", "over"), Q("100% thôn", 100, "%"),
 Q("15 đồng chí", 15, "đồng chí"), Q("6 đại biểu", 6, "đại biểu")],
[D("Nghị quyết", "26", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh Ninh Bình", "Nghị quyết số 26-NQ/TU"),
 D("Chỉ thị", "07", "CT/HU", None, "Ban Thường vụ Huyện ủy Nho Quan", "Chỉ thị 07, 08-CT/HU"),
 D("Chỉ thị", "08", "CT/HU", None, "Ban Thường vụ Huyện ủy Nho Quan", "08-CT/HU của Ban Thường vụ Huyện ủy Nho Quan")],
[prov("Ninh Bình"), com("Gia Thủy")],
["ĐẢNG BỘ XÃ GIA THỦY - HUYỆN NHO QUAN - TỈNH NINH BÌNH", "Tin tức » Hoạt động đoàn thể", "Đồng chí Bùi Văn Thắng phát biểu chỉ đạo đại hội.",
 "Gia đình văn hóa", "Xây dựng gia đình 5 không, 3 sạch", "Gia đình phát triển bền vững", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư",
 "Thôn văn hóa kiểu mẫu", "Số lượt truy cập: 5.612", "Văn Tuấn - Đài Truyền thanh xã"],
["Thứ Sáu, 09/10/2020", "lần thứ XI", "2021 - 2026", "khóa XI", "lần thứ XX", "5 không, 3 sạch", "15 đồng chí", "Số lượt truy cập: 5.612"]))
