from lib import *
PAGES = []

PAGES.append(page("b1421-laocai-bdv-tongket-2011", """
BAN DÂN VẬN TỈNH ỦY LÀO CAI
Trang chủ > Tin tức - Sự kiện > Hoạt động của Ban
Thứ Năm, 29/12/2011 - 09:30
Toàn cảnh hội nghị tổng kết. Ảnh: Hoàng Hà
Lào Cai: Khối dân vận tổng kết công tác năm 2011
Ngày 27/12, Ban Dân vận Tỉnh ủy Lào Cai tổ chức hội nghị tổng kết công tác dân vận năm 2011, triển khai nhiệm vụ năm 2012. Dự và chỉ đạo hội nghị có đồng chí Sần Seo Lìn, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh. Đồng chí Vàng Thị Mai, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì. Cùng dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Lý Seo Dìn, Phạm Thị Hằng; lãnh đạo Ủy ban MTTQ và các đoàn thể chính trị - xã hội tỉnh, trưởng ban dân vận 9 huyện ủy, thành ủy.
Năm 2011, Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 21-CT/TU ngày 12/4/2011 về tăng cường công tác dân vận ở vùng đồng bào Mông; phối hợp với Ban Tổ chức Tỉnh ủy hướng dẫn các huyện tổng kết 3 năm thực hiện Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị về Quy chế công tác dân vận của hệ thống chính trị. Ban cũng ban hành kế hoạch số 17-KH/BDVTU về kiểm tra việc thực hiện quy chế dân chủ ở cơ sở tại 12 xã vùng cao.
Các cấp đã vận động nhân dân hiến trên 42.000 m2 đất, đóng góp 3.600 ngày công làm 126 km đường liên thôn, bản; huy động 4,2 tỷ đồng xây dựng 105 nhà Đại đoàn kết cho hộ nghèo. Toàn tỉnh có 217 mô hình dân vận khéo, trong đó 64 mô hình ở vùng đồng bào Mông. Khối dân vận các cấp tiếp nhận 92 đơn thư của công dân, đã phối hợp giải quyết dứt điểm 85 đơn.
Tham luận tại hội nghị, đồng chí Thào A Sùng, HUV, Trưởng Ban Dân vận Huyện ủy Bắc Hà, chia sẻ cách vận động đồng bào bỏ tục lệ lạc hậu trong việc cưới, việc tang. Bà Lò Thị Vân, Bí thư Chi bộ kiêm Trưởng bản Nà Lốc, xã Bảo Nhai, kể lại việc bản vận động 37 hộ chuyển sang trồng chè. Đại diện xã Tả Van nêu khó khăn trong quản lý du lịch cộng đồng.
Phát biểu chỉ đạo, Phó Bí thư Thường trực Tỉnh ủy Sần Seo Lìn đề nghị khối dân vận tiếp tục thực hiện Nghị quyết Trung ương 7 (khóa X) về công tác dân tộc, nắm chắc tình hình tôn giáo ở các xã biên giới, không để kẻ xấu lợi dụng kích động.
Hội nghị cũng chỉ ra những hạn chế: công tác nắm tình hình ở một số xã còn chậm, có nơi chưa dự báo được diễn biến tư tưởng của nhân dân; việc phối hợp giữa Mặt trận, đoàn thể với chính quyền trong giải quyết đơn thư chưa chặt chẽ; đội ngũ cán bộ dân vận cơ sở thường xuyên thay đổi, kỹ năng vận động quần chúng còn hạn chế.
Dịp này, Ban Dân vận Tỉnh ủy tặng Giấy khen cho 14 tập thể và 21 cá nhân có thành tích xuất sắc.
Hồng Nhung
Lượt xem: 1.204
Tin liên quan
- Bắc Hà: ra mắt mô hình "Bản không có người sinh con thứ ba" (15/12/2011)
- Sa Pa: đối thoại với người dân về giải phóng mặt bằng (02/12/2011)
- Hội nghị công tác dân vận chính quyền năm 2011 (24/11/2011)
- Mường Khương: 25 hộ hiến đất xây trường (10/11/2011)
""", "2011-12-29", "Lào Cai: Khối dân vận tổng kết công tác năm 2011",
E("tong_ket", "2011", "2011-12-27"),
[P("Sần Seo Lìn", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Vàng Thị Mai", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lý Seo Dìn", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phạm Thị Hằng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thào A Sùng", "HUV", "Trưởng Ban Dân vận Huyện ủy Bắc Hà"),
 P("Lò Thị Vân", "Bí thư Chi bộ kiêm Trưởng bản Nà Lốc")],
[Q("9 huyện ủy, thành ủy", 9, "huyện ủy, thành ủy"), Q("12 xã vùng cao", 12, "xã vùng cao"),
 Q("trên 42.000 m2", 42000, "m2", "over"), Q("3.600 ngày công", 3600, "ngày công"), Q("126 km", 126, "km"),
 Q("4,2 tỷ đồng", 4200000000, "đồng"), Q("105 nhà Đại đoàn kết", 105, "nhà Đại đoàn kết"),
 Q("217 mô hình dân vận khéo", 217, "mô hình dân vận khéo"), Q("64 mô hình", 64, "mô hình"),
 Q("92 đơn thư", 92, "đơn thư"), Q("85 đơn", 85, "đơn"), Q("37 hộ", 37, "hộ"),
 Q("14 tập thể", 14, "tập thể"), Q("21 cá nhân", 21, "cá nhân")],
[D("Chỉ thị", "21", "CT/TU", "2011-04-12", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 21-CT/TU ngày 12/4/2011"),
 D("Quyết định", "290", "QĐ/TW", "2010-02-25", "Bộ Chính trị", "Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị"),
 D("Kế hoạch", "17", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "kế hoạch số 17-KH/BDVTU")],
[prov("Lào Cai"), com("Bảo Nhai"), com("Tả Van")],
["BAN DÂN VẬN TỈNH ỦY LÀO CAI", "Trang chủ > Tin tức - Sự kiện > Hoạt động của Ban", "Toàn cảnh hội nghị tổng kết. Ảnh: Hoàng Hà",
 "Nghị quyết Trung ương 7 (khóa X)", "Lượt xem: 1.204", "Quy chế công tác dân vận"],
["Thứ Năm, 29/12/2011 - 09:30", "năm 2011", "năm 2012", "3 năm", "Nghị quyết Trung ương 7", "Lượt xem: 1.204"]))

PAGES.append(page("b1422-nghean-mttq-giamsat-2013", """
Cổng thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh Nghệ An
Trang chủ » Hoạt động Mặt trận » Giám sát và phản biện xã hội
Cập nhật: 16:40, 17/10/2013
Nghệ An: Giám sát việc thực hiện chính sách hỗ trợ hộ nghèo về nhà ở tại huyện Kỳ Sơn
Từ ngày 14 đến 16/10/2013, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ tỉnh do ông Hồ Văn Thái, Phó Chủ tịch Ủy ban MTTQ tỉnh làm trưởng đoàn đã giám sát việc thực hiện Quyết định số 167/2008/QĐ-TTg của Thủ tướng Chính phủ về hỗ trợ hộ nghèo về nhà ở năm 2013 tại huyện Kỳ Sơn.
Thành viên đoàn gồm các ông, bà: Lương Thị Thu - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh; Vi Văn Sơn - Phó Chánh Văn phòng Ủy ban MTTQ tỉnh; Nguyễn Đình Quế, Phó Giám đốc Sở Xây dựng; đại diện Hội Nông dân, Hội Cựu chiến binh tỉnh.
Đoàn giám sát trực tiếp tại các xã Mường Lống, Na Loi và Tà Cạ. Theo báo cáo của UBND huyện Kỳ Sơn, năm 2013 huyện được phân bổ 9,6 tỷ đồng để hỗ trợ 384 hộ nghèo làm nhà, mỗi hộ được vay 25 triệu đồng với lãi suất 3%/năm. Đến ngày giám sát, đã có 291 căn nhà hoàn thành, đạt 75,8% kế hoạch; 93 hộ chưa khởi công do khó khăn về vận chuyển vật liệu và đất ở.
Ông Vừ Bá Dê, Bí thư Đảng ủy, Chủ tịch HĐND xã Mường Lống, cho biết các bản vùng cao cách trung tâm xã hơn 20 km, chi phí vận chuyển xi măng gấp đôi so với dưới xuôi. Ông Lô Văn Thắng, Chủ tịch Ủy ban MTTQ xã Na Loi, kiến nghị cho phép dùng vật liệu tại chỗ để giảm chi phí. Bà Xeo Thị Hoa, người dân bản Cà Na, bày tỏ mong muốn được hỗ trợ thêm ngày công xây dựng.
Kết luận buổi giám sát, ông Hồ Văn Thái đề nghị UBND huyện rà soát danh sách, công khai tại bản để nhân dân giám sát; huy động Đoàn Thanh niên, Hội Cựu chiến binh hỗ trợ ngày công cho các hộ neo đơn. Đoàn cũng đề nghị thực hiện nghiêm Quy chế giám sát và phản biện xã hội ban hành kèm theo Quyết định số 217-QĐ/TW của Bộ Chính trị.
Qua giám sát, đoàn đánh giá cấp ủy, chính quyền huyện Kỳ Sơn đã quan tâm chỉ đạo, việc bình xét đối tượng được thực hiện công khai, dân chủ từ bản. Tuy vậy, tiến độ giải ngân còn chậm, một số hộ làm nhà chưa bảo đảm diện tích tối thiểu, việc phối hợp giữa các ngành trong hướng dẫn kỹ thuật chưa thường xuyên, nhiều hộ còn trông chờ vào sự hỗ trợ của Nhà nước.
Kết quả giám sát sẽ được tổng hợp, báo cáo Ban Thường vụ Tỉnh ủy và kiến nghị UBND tỉnh trước ngày 30/11/2013.
Tin, ảnh: Quang Minh
Các tin khác
- Tiếp xúc cử tri trước kỳ họp thứ 8 HĐND tỉnh (10/10/2013)
- Quế Phong: trao 50 nhà Đại đoàn kết (02/10/2013)
- Hội nghị Ủy ban MTTQ tỉnh lần thứ 7 (24/09/2013)
- Tổng kết cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư" (12/09/2013)
""", "2013-10-17", "Nghệ An: Giám sát việc thực hiện chính sách hỗ trợ hộ nghèo về nhà ở tại huyện Kỳ Sơn",
E("giam_sat", "2013", "2013-10-14"),
[P("Hồ Văn Thái", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lương Thị Thu", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh"),
 P("Vi Văn Sơn", "Phó Chánh Văn phòng Ủy ban MTTQ tỉnh"),
 P("Nguyễn Đình Quế", "Phó Giám đốc Sở Xây dựng"),
 P("Vừ Bá Dê", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Mường Lống"),
 P("Lô Văn Thắng", "Chủ tịch Ủy ban MTTQ xã Na Loi"),
 P("Xeo Thị Hoa")],
[Q("9,6 tỷ đồng", 9600000000, "đồng"), Q("384 hộ nghèo", 384, "hộ nghèo"), Q("25 triệu đồng", 25000000, "đồng"),
 Q("3%", 3, "%"), Q("291 căn nhà", 291, "căn nhà"), Q("75,8%", 75.8, "%"), Q("93 hộ", 93, "hộ"),
 Q("hơn 20 km", 20, "km", "over")],
[D("Quyết định", "167", "2008/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 167/2008/QĐ-TTg của Thủ tướng Chính phủ"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW của Bộ Chính trị")],
[prov("Nghệ An"), com("Mường Lống"), com("Na Loi"), com("Tà Cạ")],
["Cổng thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh Nghệ An", "Trang chủ » Hoạt động Mặt trận » Giám sát và phản biện xã hội",
 "Quy chế giám sát và phản biện xã hội"],
["Cập nhật: 16:40, 17/10/2013", "năm 2013"]))

PAGES.append(page("b1423-camau-bdv-traoqua-tet-2014", """
BÁO CÀ MAU ĐIỆN TỬ
Chính trị > Dân vận - Mặt trận
Thứ Sáu, 24/01/2014 - 14:05
Mang Tết ấm đến với đồng bào Khmer nghèo Cà Mau
Bà Thạch Thị Ngọc Hân trao quà cho hộ nghèo xã Khánh Bình Tây Bắc.
(CMO) Trong 2 ngày 22 và 23/1, đoàn công tác của Ban Dân vận Tỉnh ủy do bà Thạch Thị Ngọc Hân, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy dẫn đầu đã đến thăm, chúc Tết và trao quà cho hộ đồng bào Khmer nghèo, gia đình chính sách tại các huyện Trần Văn Thời, Thới Bình và U Minh.
Cùng đi với đoàn có ông Lâm Văn Bi, Phó Trưởng ban Thường trực Ban Dân vận Tỉnh ủy; ông Trần Quốc Dũng, Phó Trưởng ban Dân tộc tỉnh; Đại đức Danh Sa Phol, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, trụ trì chùa Cao Dân.
Tại xã Khánh Bình Tây Bắc, đoàn trao 150 phần quà cho hộ nghèo, mỗi phần gồm 10 kg gạo, dầu ăn, nước mắm và 300.000 đồng tiền mặt. Tại xã Trí Phải, đoàn thăm, tặng quà 8 chùa Phật giáo Nam tông Khmer và 45 vị sư sãi. Ở huyện U Minh, đoàn trao 120 phần quà cho hộ đồng bào Khmer và hộ cận nghèo; đồng thời bàn giao 2 căn nhà Đại đoàn kết, mỗi căn trị giá 40 triệu đồng, cho hộ bà Thị Sa Ly và ông Danh Út ở ấp Vồ Dơi.
Thăm hỏi bà con, bà Thạch Thị Ngọc Hân mong các gia đình vượt qua khó khăn, đón Tết Giáp Ngọ đầm ấm; đề nghị cấp ủy, chính quyền địa phương tiếp tục quan tâm thực hiện Chỉ thị 68-CT/TW của Ban Bí thư về công tác ở vùng đồng bào dân tộc Khmer và Quyết định số 29/2013/QĐ-TTg của Thủ tướng Chính phủ về hỗ trợ đất ở, đất sản xuất, giải quyết việc làm cho đồng bào dân tộc thiểu số.
Ông Huỳnh Văn Thêm, Bí thư Đảng ủy xã Trí Phải, cho biết toàn xã còn 312 hộ nghèo, trong đó 126 hộ đồng bào Khmer. Dịp Tết này, xã đã vận động các nhà hảo tâm đóng góp hơn 180 triệu đồng để tặng quà cho hộ khó khăn.
Tại các điểm đến, không khí đón đoàn rất ấm áp. Nhiều gia đình cho biết những năm gần đây nhờ được vay vốn, hỗ trợ con giống, chuyển đổi cây trồng mà đời sống đã khá hơn, con em được đến trường đầy đủ. Các vị sư sãi bày tỏ sự phấn khởi trước sự quan tâm của cấp ủy, chính quyền, hứa tiếp tục vận động phật tử chấp hành tốt chủ trương, chính sách của Đảng và pháp luật của Nhà nước.
Tổng trị giá quà trong chuyến công tác gần 230 triệu đồng, do Ban Dân vận Tỉnh ủy phối hợp với các doanh nghiệp trên địa bàn vận động.
Bài, ảnh: Trúc Linh
Tin liên quan
- Ủy ban MTTQ tỉnh thăm, chúc Tết các chùa Khmer (20/01/2014)
- Thới Bình: 30 căn nhà Đại đoàn kết đến với hộ nghèo (15/01/2014)
- Năm Căn: giao ban khối dân vận quý IV năm 2013 (08/01/2014)
- Đầm Dơi: vận động hộ nghèo chuyển đổi mô hình nuôi tôm - lúa (04/01/2014)
- Hội nghị người có uy tín trong đồng bào Khmer năm 2013 (27/12/2013)
""", "2014-01-24", "Mang Tết ấm đến với đồng bào Khmer nghèo Cà Mau",
E("trao_qua", None, "2014-01-22"),
[P("Thạch Thị Ngọc Hân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lâm Văn Bi", "Phó Trưởng ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Trần Quốc Dũng", "Phó Trưởng ban Dân tộc tỉnh"),
 P("Danh Sa Phol", "Đại đức", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh", "trụ trì chùa Cao Dân"),
 P("Thị Sa Ly"), P("Danh Út"),
 P("Huỳnh Văn Thêm", "Bí thư Đảng ủy xã Trí Phải")],
[Q("150 phần quà", 150, "phần quà"), Q("10 kg", 10, "kg"), Q("300.000 đồng", 300000, "đồng"),
 Q("8 chùa Phật giáo Nam tông Khmer", 8, "chùa Phật giáo Nam tông Khmer"), Q("45 vị sư sãi", 45, "vị sư sãi"),
 Q("120 phần quà", 120, "phần quà"), Q("2 căn nhà Đại đoàn kết", 2, "căn nhà Đại đoàn kết"), Q("40 triệu đồng", 40000000, "đồng"),
 Q("312 hộ nghèo", 312, "hộ nghèo"), Q("126 hộ đồng bào Khmer", 126, "hộ đồng bào Khmer"),
 Q("hơn 180 triệu đồng", 180000000, "đồng", "over"), Q("gần 230 triệu đồng", 230000000, "đồng", "approx")],
[D("Chỉ thị", "68", "CT/TW", None, "Ban Bí thư", "Chỉ thị 68-CT/TW của Ban Bí thư"),
 D("Quyết định", "29", "2013/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 29/2013/QĐ-TTg của Thủ tướng Chính phủ")],
[prov("Cà Mau"), com("Khánh Bình Tây Bắc"), com("Trí Phải")],
["BÁO CÀ MAU ĐIỆN TỬ", "Chính trị > Dân vận - Mặt trận", "Bà Thạch Thị Ngọc Hân trao quà cho hộ nghèo xã Khánh Bình Tây Bắc.",
 "(CMO)", "Hội Đoàn kết sư sãi yêu nước tỉnh", "Tết Giáp Ngọ"],
["Thứ Sáu, 24/01/2014 - 14:05", "2 ngày"]))

PAGES.append(page("b1424-hanoi-phuong-daihoi-phunu-2016", """
CỔNG THÔNG TIN ĐIỆN TỬ QUẬN LONG BIÊN
Bạn đang ở: Trang chủ / Tin tức / Mặt trận - Đoàn thể
Ngày đăng 14/03/2016 | 15:20
Ảnh: Các đại biểu biểu quyết thông qua Nghị quyết đại hội.
Đại hội đại biểu Phụ nữ phường Ngọc Thụy lần thứ XV, nhiệm kỳ 2016 - 2021
Ngày 12/3/2016, Hội Liên hiệp Phụ nữ phường Ngọc Thụy (quận Long Biên, TP Hà Nội) long trọng tổ chức Đại hội đại biểu Phụ nữ phường lần thứ XV, nhiệm kỳ 2016 - 2021. Về dự đại hội có bà Đỗ Thị Thanh Hương, Quận ủy viên, Chủ tịch Hội LHPN quận; ông Phan Văn Quyết, Bí thư Đảng ủy, Chủ tịch HĐND phường; ông Lê Đức Mạnh, Phó Bí thư Đảng ủy, Chủ tịch UBND phường cùng 120 đại biểu đại diện cho hơn 6.800 hội viên phụ nữ trong phường.
Nhiệm kỳ 2011 - 2016, Hội đã phát triển thêm 743 hội viên mới, nâng tỷ lệ tập hợp phụ nữ lên 92,5%. Hội vận động hội viên tiết kiệm, lập 18 tổ tiết kiệm với tổng số vốn hơn 1,3 tỷ đồng, giúp 52 hội viên nghèo có vốn làm ăn; phối hợp giúp 27 hộ thoát nghèo. Các chi hội đã xây dựng 9 mô hình "Dân vận khéo", tiêu biểu là mô hình "Phụ nữ tự quản đoạn đường xanh, sạch, đẹp" ở tổ dân phố số 14. Hội thực hiện tốt cuộc vận động "Xây dựng gia đình 5 không, 3 sạch".
Phát biểu chỉ đạo, bà Đỗ Thị Thanh Hương đề nghị Hội phường tiếp tục triển khai Chỉ thị 21-CT/TW ngày 20/1/2003 của Ban Bí thư về tiếp tục đẩy mạnh công tác phụ nữ trong tình hình mới và Nghị quyết số 11-NQ/TW của Bộ Chính trị về công tác phụ nữ thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước; quan tâm thu hút phụ nữ trẻ, nữ công nhân ở các khu nhà trọ.
Đại hội đã bầu Ban Chấp hành Hội LHPN phường khóa XV gồm 17 đồng chí. Tại phiên họp thứ nhất, Ban Chấp hành đã bầu đồng chí Nguyễn Thị Bích Liên tái cử giữ chức Chủ tịch Hội LHPN phường; các đồng chí Trần Thị Hạnh, Vũ Thị Nga được bầu giữ chức Phó Chủ tịch Hội LHPN phường. Đại hội cũng bầu 8 đại biểu đi dự Đại hội đại biểu Phụ nữ quận Long Biên lần thứ V.
Thảo luận tại đại hội, nhiều đại biểu đề xuất đổi mới nội dung sinh hoạt chi hội theo hướng thiết thực, gắn với nhu cầu của hội viên; tăng cường phối hợp với Đoàn Thanh niên trong giáo dục kỹ năng sống cho trẻ em; quan tâm hơn đến phụ nữ là người lao động tự do, phụ nữ cao tuổi sống một mình. Đại hội cũng thẳng thắn chỉ ra việc thu hội phí ở một số chi hội chưa đều.
Đại hội đã biểu quyết thông qua Nghị quyết với 6 chỉ tiêu chủ yếu, trong đó phấn đấu mỗi năm kết nạp thêm 150 hội viên.
Phương Thảo
Số lượt xem: 512
Tin khác
- Phường Giang Biên ra mắt mô hình "Chi hội phụ nữ 3 không" (07/03/2016)
- Hội nghị điểm Ủy ban MTTQ phường Việt Hưng (25/02/2016)
- Long Biên trao 200 suất quà Tết cho hộ nghèo (01/02/2016)
""", "2016-03-14", "Đại hội đại biểu Phụ nữ phường Ngọc Thụy lần thứ XV, nhiệm kỳ 2016 - 2021",
E("dai_hoi", None, "2016-03-12"),
[P("Đỗ Thị Thanh Hương", "Quận ủy viên", "Chủ tịch Hội LHPN quận"),
 P("Phan Văn Quyết", "Bí thư Đảng ủy", "Chủ tịch HĐND phường"),
 P("Lê Đức Mạnh", "Phó Bí thư Đảng ủy", "Chủ tịch UBND phường"),
 P("Nguyễn Thị Bích Liên", "Chủ tịch Hội LHPN phường"),
 P("Trần Thị Hạnh", "Phó Chủ tịch Hội LHPN phường"),
 P("Vũ Thị Nga", "Phó Chủ tịch Hội LHPN phường")],
[Q("120 đại biểu", 120, "đại biểu"), Q("hơn 6.800 hội viên phụ nữ", 6800, "hội viên phụ nữ", "over"),
 Q("743 hội viên mới", 743, "hội viên mới"), Q("92,5%", 92.5, "%"), Q("18 tổ tiết kiệm", 18, "tổ tiết kiệm"),
 Q("hơn 1,3 tỷ đồng", 1300000000, "đồng", "over"), Q("52 hội viên nghèo", 52, "hội viên nghèo"), Q("27 hộ", 27, "hộ"),
 Q("9 mô hình", 9, "mô hình"), Q("17 đồng chí", 17, "đồng chí"), Q("8 đại biểu", 8, "đại biểu"),
 Q("6 chỉ tiêu chủ yếu", 6, "chỉ tiêu chủ yếu"), Q("150 hội viên", 150, "hội viên")],
[D("Chỉ thị", "21", "CT/TW", "2003-01-20", "Ban Bí thư", "Chỉ thị 21-CT/TW ngày 20/1/2003 của Ban Bí thư"),
 D("Nghị quyết", "11", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 11-NQ/TW của Bộ Chính trị")],
[prov("Hà Nội"), com("Ngọc Thụy")],
["CỔNG THÔNG TIN ĐIỆN TỬ QUẬN LONG BIÊN", "Bạn đang ở: Trang chủ / Tin tức / Mặt trận - Đoàn thể",
 "Ảnh: Các đại biểu biểu quyết thông qua Nghị quyết đại hội.", "Dân vận khéo", "Phụ nữ tự quản đoạn đường xanh, sạch, đẹp",
 "Xây dựng gia đình 5 không, 3 sạch", "Số lượt xem: 512"],
["Ngày đăng 14/03/2016 | 15:20", "lần thứ XV", "nhiệm kỳ 2016 - 2021", "2011 - 2016", "17 đồng chí", "tổ dân phố số 14",
 "lần thứ V", "5 không, 3 sạch", "Số lượt xem: 512"]))

PAGES.append(page("b1425-daklak-bdv-taphuan-2015", """
Ban Dân vận Tỉnh ủy Đắk Lắk
Trang chủ :: Hoạt động dân vận :: Tin trong tỉnh
08:15 | 20/08/2015
Tập huấn nghiệp vụ công tác dân vận cho cán bộ cơ sở năm 2015
Các học viên tham gia lớp tập huấn.
Trong 2 ngày 18 - 19/8/2015, tại Trường Chính trị tỉnh, Ban Dân vận Tỉnh ủy Đắk Lắk tổ chức lớp tập huấn nghiệp vụ công tác dân vận năm 2015 cho 215 học viên là trưởng khối dân vận, cán bộ Mặt trận, đoàn thể cấp xã và người có uy tín trong đồng bào dân tộc thiểu số.
Đồng chí Y Khun Byă, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, phát biểu khai mạc lớp tập huấn. Các báo cáo viên gồm các đồng chí: Trần Văn Hòa, Phó Trưởng Ban Dân vận Tỉnh ủy; H'Liên Niê, Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy; Ksor Y Phum, Phó Trưởng ban Dân tộc tỉnh; Đại tá Nguyễn Hữu Lộc, Phó Chính ủy Bộ Chỉ huy Quân sự tỉnh.
Học viên được quán triệt Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị ban hành Quy chế công tác dân vận của hệ thống chính trị; Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao chất lượng, hiệu quả công tác dân vận của cơ quan nhà nước, chính quyền các cấp; Chương trình hành động số 12-CTr/TU của Tỉnh ủy thực hiện Nghị quyết 25-NQ/TW của Hội nghị Trung ương 7 (khóa XI); kỹ năng nắm tình hình, xử lý các vụ việc phức tạp liên quan đến tôn giáo, đất đai ở vùng đồng bào Êđê, M'nông, Jrai.
Theo báo cáo tại lớp học, 6 tháng đầu năm 2015, lực lượng dân vận các cấp đã phối hợp hòa giải thành 143 vụ việc mâu thuẫn trong nhân dân, vận động 58 hộ đồng bào dân tộc thiểu số từ bỏ đạo trái pháp luật, trở về sinh hoạt tôn giáo hợp pháp. Toàn tỉnh hiện có 1.016 người có uy tín, mỗi người được hỗ trợ 500.000 đồng/quý theo quy định.
Thảo luận tại lớp, ông Y Bhiết Êban, người có uy tín buôn Ea Bar, xã Ea Tul, cho biết buôn đã vận động 12 hộ trả lại đất rừng lấn chiếm. Bà H'Nga Mlô, Chủ tịch Hội LHPN xã Cư Suê, nêu kinh nghiệm vận động chị em không nghe theo kẻ xấu xuất cảnh trái phép.
Nhiều học viên cho rằng nội dung tập huấn sát với thực tế, nhất là phần kỹ năng tiếp xúc, đối thoại với người dân, cách tuyên truyền bằng tiếng dân tộc và phương pháp nắm tình hình qua người có uy tín. Một số ý kiến đề nghị tăng thời lượng thảo luận theo nhóm, biên soạn tài liệu song ngữ và tổ chức các lớp tập huấn ngay tại cụm xã để cán bộ thôn, buôn thuận tiện tham gia.
Bế mạc lớp tập huấn, đồng chí Trần Văn Hòa đề nghị các học viên vận dụng kiến thức vào thực tiễn, kịp thời báo cáo những vấn đề nảy sinh ở cơ sở.
H'Xíu
Lượt đọc: 2.310
Tin liên quan
- Krông Pắc: đối thoại với nhân dân về quản lý đất đai (12/08/2015)
- Ban Dân vận Tỉnh ủy làm việc với Huyện ủy Lắk (30/07/2015)
- Sơ kết 6 tháng công tác dân vận năm 2015 (15/07/2015)
""", "2015-08-20", "Tập huấn nghiệp vụ công tác dân vận cho cán bộ cơ sở năm 2015",
E("tap_huan", "2015", "2015-08-18"),
[P("Y Khun Byă", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Văn Hòa", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("H'Liên Niê", "Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy"),
 P("Ksor Y Phum", "Phó Trưởng ban Dân tộc tỉnh"),
 P("Nguyễn Hữu Lộc", "Đại tá", "Phó Chính ủy Bộ Chỉ huy Quân sự tỉnh"),
 P("Y Bhiết Êban", "người có uy tín buôn Ea Bar"),
 P("H'Nga Mlô", "Chủ tịch Hội LHPN xã Cư Suê")],
[Q("215 học viên", 215, "học viên"), Q("143 vụ việc mâu thuẫn", 143, "vụ việc mâu thuẫn"),
 Q("58 hộ đồng bào dân tộc thiểu số", 58, "hộ đồng bào dân tộc thiểu số"), Q("1.016 người có uy tín", 1016, "người có uy tín"),
 Q("500.000 đồng", 500000, "đồng"), Q("12 hộ", 12, "hộ")],
[D("Quyết định", "290", "QĐ/TW", "2010-02-25", "Bộ Chính trị", "Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị"),
 D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư"),
 D("Chương trình hành động", "12", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 12-CTr/TU của Tỉnh ủy"),
 D("Nghị quyết", "25", "NQ/TW", None, "Hội nghị Trung ương 7 (khóa XI)", "Nghị quyết 25-NQ/TW của Hội nghị Trung ương 7 (khóa XI)")],
[prov("Đắk Lắk"), com("Ea Tul"), com("Cư Suê")],
["Ban Dân vận Tỉnh ủy Đắk Lắk", "Trang chủ :: Hoạt động dân vận :: Tin trong tỉnh", "Các học viên tham gia lớp tập huấn.",
 "Trường Chính trị tỉnh", "Quy chế công tác dân vận của hệ thống chính trị", "Lượt đọc: 2.310"],
["08:15 | 20/08/2015", "2 ngày", "6 tháng đầu năm 2015", "Hội nghị Trung ương 7", "khóa XI", "Lượt đọc: 2.310"]))

PAGES.append(page("b1426-quangtri-khoidanvan-giaoban-q3-2017", """
Báo Quảng Trị Online
Xã hội - Dân vận › Tin tức
06-10-2017 10:12
Giao ban khối dân vận: nhiều vụ việc tồn đọng được giải quyết
Quang cảnh buổi giao ban - Ảnh: Đ.T
QTO - Sáng 5/10, Ban Dân vận Tỉnh ủy Quảng Trị tổ chức giao ban khối dân vận quý III, triển khai nhiệm vụ quý IV năm 2017. Đồng chí Lê Thị Thanh Nhàn, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì. Dự giao ban có lãnh đạo Ủy ban MTTQ, các đoàn thể chính trị - xã hội tỉnh và trưởng ban dân vận 10 huyện, thị, thành ủy.
Trong quý, khối dân vận đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 78-KH/TU ngày 8/8/2017 về thực hiện Kết luận 120-KL/TW ngày 7/1/2016 của Bộ Chính trị về tiếp tục đẩy mạnh, nâng cao chất lượng, hiệu quả việc xây dựng và thực hiện quy chế dân chủ ở cơ sở. Phối hợp với Văn phòng UBND tỉnh tổ chức 2 cuộc đối thoại giữa Chủ tịch UBND tỉnh với nhân dân về bồi thường, giải phóng mặt bằng dự án đường ven biển.
Các cấp đã giải quyết 34 vụ việc tồn đọng kéo dài, trong đó có 6 vụ việc phức tạp liên quan đất rừng ở Hướng Hóa, Đakrông. Các hội, đoàn thể vận động hội viên đóng góp 3,4 tỷ đồng làm mới, sửa chữa 86 nhà ở cho hộ nghèo và gia đình chính sách; Hội Cựu chiến binh tỉnh hỗ trợ 215 triệu đồng cho 43 hội viên vay vốn phát triển sản xuất.
Tham luận tại giao ban, đồng chí Hồ Văn Pi, Phó Bí thư Huyện ủy, Trưởng Ban Dân vận Huyện ủy Hướng Hóa cho biết thời gian qua huyện đã vận động 128 hộ đồng bào Vân Kiều, Pa Kô ở xã Hướng Lập di dời khỏi vùng sạt lở. Đồng chí Trần Ngọc Lân, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh đề nghị các địa phương phối hợp chặt chẽ trong công tác giám sát việc xây dựng nông thôn mới.
Các ý kiến tại giao ban cũng chỉ ra một số tồn tại: việc nắm bắt dư luận xã hội có lúc chưa kịp thời; công tác dân vận chính quyền ở một vài địa phương còn hình thức, cán bộ tiếp dân chưa lắng nghe đầy đủ ý kiến của người dân; việc nhân rộng các mô hình hay, cách làm sáng tạo chưa thật sự được quan tâm đúng mức.
Kết luận giao ban, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Lê Thị Thanh Nhàn đề nghị quý IV tập trung tham mưu tổng kết công tác dân vận năm 2017, chuẩn bị tốt hội nghị gặp mặt người có uy tín; phối hợp vận động nhân dân khắc phục hậu quả mưa lũ, không để người dân thiếu đói.
Đình Tuấn
Các tin đã đưa
- Triệu Phong: 37 mô hình dân vận khéo được biểu dương (28/09/2017)
- Ban Dân vận Tỉnh ủy làm việc tại Gio Linh (19/09/2017)
- Giao ban khối dân vận quý II năm 2017 (07/07/2017)
- Cam Lộ: nhân rộng mô hình "Khu dân cư tự quản về an ninh trật tự" (30/06/2017)
- Vĩnh Linh: đối thoại với ngư dân về khai thác hải sản (21/06/2017)
""", "2017-10-06", "Giao ban khối dân vận: nhiều vụ việc tồn đọng được giải quyết",
E("giao_ban", "2017-Q3", "2017-10-05"),
[P("Lê Thị Thanh Nhàn", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hồ Văn Pi", "Phó Bí thư Huyện ủy", "Trưởng Ban Dân vận Huyện ủy Hướng Hóa"),
 P("Trần Ngọc Lân", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("10 huyện, thị, thành ủy", 10, "huyện, thị, thành ủy"), Q("2 cuộc đối thoại", 2, "cuộc đối thoại"),
 Q("34 vụ việc tồn đọng", 34, "vụ việc tồn đọng"), Q("6 vụ việc phức tạp", 6, "vụ việc phức tạp"),
 Q("3,4 tỷ đồng", 3400000000, "đồng"), Q("86 nhà ở", 86, "nhà ở"), Q("215 triệu đồng", 215000000, "đồng"),
 Q("43 hội viên", 43, "hội viên"), Q("128 hộ đồng bào Vân Kiều, Pa Kô", 128, "hộ đồng bào Vân Kiều, Pa Kô")],
[D("Kế hoạch", "78", "KH/TU", "2017-08-08", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 78-KH/TU ngày 8/8/2017"),
 D("Kết luận", "120", "KL/TW", "2016-01-07", "Bộ Chính trị", "Kết luận 120-KL/TW ngày 7/1/2016 của Bộ Chính trị")],
[prov("Quảng Trị"), com("Hướng Lập")],
["Báo Quảng Trị Online", "Xã hội - Dân vận › Tin tức", "Quang cảnh buổi giao ban - Ảnh: Đ.T", "QTO"],
["06-10-2017 10:12", "quý III", "quý IV năm 2017", "năm 2017"]))
