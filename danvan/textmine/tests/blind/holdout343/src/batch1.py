from lib import *
PAGES = []

PAGES.append(page("b8189-laocai-dlcd-hoithao-2011", """
SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH LÀO CAI
Trang chủ » Tin tức » Du lịch cộng đồng
Thứ Năm, 15/09/2011 - 09:20
Ảnh: Toàn cảnh hội thảo tại thôn Tả Van Giáy.
Sa Pa: Bàn cách để người dân bản địa hưởng lợi từ du lịch cộng đồng
Ngày 13/9/2011, tại xã Tả Van, UBND huyện Sa Pa phối hợp với Sở Văn hóa, Thể thao và Du lịch tổ chức hội thảo "Phát triển du lịch cộng đồng bền vững vùng đồng bào Mông, Dao, Giáy" năm 2011. Tham dự có ông Lý Seo Chứ, Phó Chủ tịch UBND huyện Sa Pa; bà Vương Thị Hà, Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch; đại diện 23 doanh nghiệp lữ hành và gần 80 hộ làm dịch vụ lưu trú tại nhà dân.
Theo báo cáo của Phòng Văn hóa và Thông tin huyện, 8 tháng đầu năm 2011, ba xã Tả Van, Lao Chải, Bản Hồ đón trên 62.000 lượt khách, trong đó khoảng 70% là khách quốc tế; doanh thu từ dịch vụ lưu trú, ăn uống, dẫn đường ước đạt 14,5 tỷ đồng. Toàn vùng hiện có 47 hộ đón khách nghỉ qua đêm, mỗi hộ thu nhập từ 40 đến 60 triệu đồng/năm, cao gấp nhiều lần so với làm nương.
Tuy vậy, phần lớn lợi nhuận vẫn rơi vào tay các công ty lữ hành ở thị trấn; người dẫn đường là người Mông chỉ nhận khoảng 100.000 đồng/ngày. Nhiều thôn chưa có quy ước về vệ sinh môi trường, giá dịch vụ, dẫn đến cạnh tranh thiếu lành mạnh giữa các hộ.
Ông Hoàng Văn Thăng, Bí thư Chi bộ kiêm Trưởng thôn Tả Van Giáy, cho biết thôn đã thống nhất mỗi hộ đón khách trích 5% doanh thu vào quỹ phát triển thôn để sửa đường, làm nhà vệ sinh công cộng và hỗ trợ 15 hộ nghèo chưa có điều kiện làm du lịch. "Khách đến bản thì cả bản cùng được lợi, không chỉ nhà nào có nhà sàn đẹp", ông nói.
Bà Chảo Mẩy Sử ở thôn Bản Dền chia sẻ, từ khi gia đình sửa lại gian nhà gỗ để khách ngủ, mỗi tháng có thêm 6 - 7 đoàn khách, con gái bà được học tiếng Anh miễn phí với khách.
Ông Tẩn Láo Lở, Chủ tịch UBND xã Bản Hồ, kiến nghị huyện hỗ trợ vốn vay ưu đãi và mở lớp nấu ăn, đón tiếp khách cho đồng bào.
Phát biểu tại hội thảo, bà Vương Thị Hà khẳng định việc triển khai Quyết định số 1235/QĐ-UBND ngày 16/6/2011 của UBND tỉnh phê duyệt đề án phát triển du lịch cộng đồng phải lấy người dân làm trung tâm. Ông Lý Seo Chứ giao các phòng, ban chuyên môn cụ thể hóa Nghị quyết số 11-NQ/HU ngày 20/4/2011 của Huyện ủy Sa Pa về phát triển du lịch giai đoạn 2011 - 2015 và Kế hoạch 58, 59/KH-UBND của UBND huyện; năm 2012 phấn đấu mỗi xã có ít nhất 1 thôn du lịch cộng đồng có quy chế chia sẻ lợi ích rõ ràng.
Đây là lần đầu tiên tỉnh Lào Cai tổ chức hội thảo về du lịch cộng đồng ngay tại thôn bản. Cuối buổi, các đại biểu đã đi thăm 4 hộ homestay tiêu biểu ở thôn Tả Van Giáy và thôn Lao Chải.
Phương Linh
Lượt xem: 1.204
Tin liên quan
- Bắc Hà: ra mắt tổ hợp tác dệt thổ cẩm (30/08/2011)
- Sa Pa đón khách dịp Quốc khánh 2/9 (05/09/2011)
- Tập huấn nghiệp vụ hướng dẫn viên tại điểm cho đồng bào Dao đỏ (18/07/2011)
- Chợ tình Sa Pa: giữ nét đẹp văn hóa truyền thống (02/07/2011)
""", "2011-09-15", "Sa Pa: Bàn cách để người dân bản địa hưởng lợi từ du lịch cộng đồng",
E("hoi_nghi", "2011", "2011-09-13"),
[P("Lý Seo Chứ", "Phó Chủ tịch UBND huyện Sa Pa"),
 P("Vương Thị Hà", "Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch"),
 P("Hoàng Văn Thăng", "Bí thư Chi bộ kiêm Trưởng thôn Tả Van Giáy"),
 P("Chảo Mẩy Sử"),
 P("Tẩn Láo Lở", "Chủ tịch UBND xã Bản Hồ")],
[Q("23 doanh nghiệp lữ hành", 23, "doanh nghiệp lữ hành"), Q("gần 80 hộ", 80, "hộ", "approx"),
 Q("trên 62.000 lượt khách", 62000, "lượt khách", "over"), Q("khoảng 70%", 70, "%", "approx"),
 Q("14,5 tỷ đồng", 14500000000, "đồng", "approx"), Q("47 hộ", 47, "hộ"),
 Q("từ 40 đến 60 triệu đồng", 40000000, "đồng"), Q("60 triệu đồng", 60000000, "đồng"),
 Q("khoảng 100.000 đồng", 100000, "đồng", "approx"), Q("5%", 5, "%"), Q("15 hộ nghèo", 15, "hộ nghèo"),
 Q("6 - 7 đoàn khách", 6, "đoàn khách", "approx"), Q("ít nhất 1 thôn du lịch cộng đồng", 1, "thôn du lịch cộng đồng", "over"),
 Q("4 hộ homestay tiêu biểu", 4, "hộ homestay tiêu biểu")],
[D("Quyết định", "1235", "QĐ-UBND", "2011-06-16", "UBND tỉnh", "Quyết định số 1235/QĐ-UBND ngày 16/6/2011"),
 D("Nghị quyết", "11", "NQ/HU", "2011-04-20", "Huyện ủy Sa Pa", "Nghị quyết số 11-NQ/HU ngày 20/4/2011"),
 D("Kế hoạch", "58", "KH-UBND", None, "UBND huyện", "Kế hoạch 58, 59/KH-UBND"),
 D("Kế hoạch", "59", "KH-UBND", None, "UBND huyện", "Kế hoạch 58, 59/KH-UBND")],
[prov("Lào Cai"), com("Tả Van"), com("Lao Chải"), com("Bản Hồ")],
["SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH LÀO CAI", "Trang chủ » Tin tức » Du lịch cộng đồng",
 "Ảnh: Toàn cảnh hội thảo tại thôn Tả Van Giáy.", "Phát triển du lịch cộng đồng bền vững vùng đồng bào Mông, Dao, Giáy",
 "Phòng Văn hóa và Thông tin huyện", "Lượt xem: 1.204"],
["Thứ Năm, 15/09/2011 - 09:20", "8 tháng đầu năm 2011", "năm 2011", "giai đoạn 2011 - 2015", "năm 2012", "Lượt xem: 1.204"]))

PAGES.append(page("b8190-hagiang-homestay-taphuan-2012", """
Cổng thông tin điện tử tỉnh Hà Giang
Tin tức - Sự kiện > Văn hóa - Du lịch
08/06/2012 - 08:40
Đồng Văn: Tập huấn kỹ năng làm du lịch cộng đồng cho đồng bào Mông ở Lũng Cẩm
Từ ngày 05 đến ngày 07/6/2012, tại nhà văn hóa thôn Lũng Cẩm Trên, xã Sủng Là, Trung tâm Xúc tiến Du lịch tỉnh phối hợp với Hội Liên hiệp Phụ nữ huyện Đồng Văn mở lớp tập huấn kỹ năng phục vụ khách du lịch cộng đồng năm 2012 cho 45 học viên là chủ hộ, thanh niên và phụ nữ người Mông.
Học viên thực hành gấp chăn, trải đệm đón khách tại một hộ ở Lũng Cẩm Trên.
Trong 3 ngày, các giảng viên Trung tâm Xúc tiến Du lịch tỉnh: Nguyễn Thu Trang, Lò Văn Kiên đã hướng dẫn học viên cách bố trí chỗ ngủ sạch sẽ trong nhà trình tường, chế biến món ăn truyền thống như mèn mén, thắng cố, cách giới thiệu phong tục và tính giá dịch vụ. Học viên cũng được trao đổi kinh nghiệm với 2 hộ đã đón khách từ năm 2010.
Bà Sùng Thị Mai, Phó Chủ tịch Hội LHPN huyện Đồng Văn, cho biết Hội đã vận động 12 hộ Mông ở Lũng Cẩm Trên, Lũng Cẩm Dưới đăng ký làm homestay; mỗi hộ được hỗ trợ 8 bộ chăn, đệm và được vay tối đa 30 triệu đồng từ Ngân hàng Chính sách xã hội để cải tạo nhà vệ sinh. Tổng kinh phí của lớp học và phần hỗ trợ ban đầu là 150 triệu đồng, lấy từ nguồn thực hiện Quyết định số 2098/QĐ-UBND ngày 12/10/2011 của UBND tỉnh Hà Giang.
Ông Vàng Mí Lử, Chủ tịch UBND xã Sủng Là, thông tin: 5 tháng đầu năm 2012, xã đón khoảng 2.300 lượt khách đến thăm ngôi nhà cổ của dòng họ Vương và cánh đồng hoa tam giác mạch; tuy nhiên hơn 85% khách chỉ ghé qua rồi về nghỉ ở thị trấn Đồng Văn nên người dân chưa có thu nhập đáng kể. "Muốn giữ khách lại thì phải có chỗ ngủ sạch, có món ăn ngon và có người kể chuyện bản mình", ông Lử nói.
Thôn Lũng Cẩm Trên đã bàn và thống nhất quy ước: các hộ làm homestay đóng góp 10.000 đồng cho mỗi lượt khách nghỉ đêm vào quỹ chung của thôn để giữ vệ sinh đường làng, trả công cho đội văn nghệ và đội dẫn khách. Nhóm thanh niên cũng nhận trách nhiệm dọn rác dọc tuyến đường lên nhà cổ mỗi sáng Chủ nhật.
Theo Đề án 07-ĐA/TU của Ban Thường vụ Tỉnh ủy về phát triển du lịch Cao nguyên đá, đến năm 2015 toàn tỉnh phấn đấu có từ 30 đến 40 làng văn hóa du lịch cộng đồng. Kết thúc lớp học, 100% học viên được cấp giấy chứng nhận. Các học viên mong muốn năm sau được học thêm về nấu ăn và giới thiệu điểm đến bằng tiếng Anh.
Thào Mỷ - Trung tâm Xúc tiến Du lịch
Các tin khác
- Mèo Vạc chuẩn bị Chợ tình Khâu Vai (01/06/2012)
- Quản Bạ: làng văn hóa Nậm Đăm đón đoàn khách Pháp (24/05/2012)
- Hà Giang quảng bá du lịch tại Hà Nội (16/05/2012)
- Yên Minh: khai trương điểm dừng chân trên quốc lộ 4C (07/05/2012)
""", "2012-06-08", "Đồng Văn: Tập huấn kỹ năng làm du lịch cộng đồng cho đồng bào Mông ở Lũng Cẩm",
E("tap_huan", "2012", "2012-06-05"),
[P("Nguyễn Thu Trang", "giảng viên Trung tâm Xúc tiến Du lịch tỉnh"),
 P("Lò Văn Kiên", "giảng viên Trung tâm Xúc tiến Du lịch tỉnh"),
 P("Sùng Thị Mai", "Phó Chủ tịch Hội LHPN huyện Đồng Văn"),
 P("Vàng Mí Lử", "Chủ tịch UBND xã Sủng Là")],
[Q("45 học viên", 45, "học viên"), Q("2 hộ", 2, "hộ"), Q("12 hộ Mông", 12, "hộ Mông"), Q("8 bộ chăn, đệm", 8, "bộ chăn, đệm"),
 Q("tối đa 30 triệu đồng", 30000000, "đồng"), Q("150 triệu đồng", 150000000, "đồng"),
 Q("khoảng 2.300 lượt khách", 2300, "lượt khách", "approx"), Q("hơn 85%", 85, "%", "over"),
 Q("10.000 đồng", 10000, "đồng"), Q("từ 30 đến 40 làng văn hóa du lịch cộng đồng", 30, "làng văn hóa du lịch cộng đồng"),
 Q("40 làng văn hóa du lịch cộng đồng", 40, "làng văn hóa du lịch cộng đồng"), Q("100% học viên", 100, "%")],
[D("Quyết định", "2098", "QĐ-UBND", "2011-10-12", "UBND tỉnh Hà Giang", "Quyết định số 2098/QĐ-UBND ngày 12/10/2011"),
 D("Đề án", "07", "ĐA/TU", None, "Ban Thường vụ Tỉnh ủy", "Đề án 07-ĐA/TU")],
[prov("Hà Giang"), com("Sủng Là"), com("Đồng Văn")],
["Cổng thông tin điện tử tỉnh Hà Giang", "Tin tức - Sự kiện > Văn hóa - Du lịch",
 "Học viên thực hành gấp chăn, trải đệm đón khách tại một hộ ở Lũng Cẩm Trên.", "Trung tâm Xúc tiến Du lịch tỉnh",
 "Ngân hàng Chính sách xã hội"],
["08/06/2012 - 08:40", "3 ngày", "năm 2012", "5 tháng đầu năm 2012", "năm 2010", "năm 2015"]))

PAGES.append(page("b8191-hoabinh-dlcd-soket-2013", """
BÁO HÒA BÌNH ĐIỆN TỬ
Kinh tế | Du lịch | Xã hội | Văn hóa
Thứ Sáu, 19/07/2013 - 16:05
Toàn cảnh hội nghị sơ kết tại UBND huyện Mai Châu.
Mai Châu: Du lịch cộng đồng mở hướng thoát nghèo cho bản Thái
(HBĐT) - Ngày 17/7, Ban Chỉ đạo phát triển du lịch huyện Mai Châu tổ chức hội nghị sơ kết 6 tháng đầu năm 2013 về du lịch cộng đồng, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Hà Công Đạt, HUV, Phó Chủ tịch UBND huyện, Trưởng Ban Chỉ đạo phát triển du lịch huyện chủ trì hội nghị.
Sáu tháng qua, du lịch cộng đồng tiếp tục là điểm sáng của du lịch tỉnh Hòa Bình; toàn huyện đón 36.500 lượt khách, tăng 18% so với cùng kỳ; trong đó khách quốc tế chiếm 62%. Doanh thu du lịch đạt trên 21 tỷ đồng, riêng 2 bản Lác, Pom Coọng chiếm gần 70%. Hiện có 118 hộ đồng bào Thái làm dịch vụ nghỉ tại nhà sàn, với 1.900 chỗ nghỉ; 46 hộ mở quầy bán thổ cẩm, 9 đội văn nghệ phục vụ khách.
Điểm mới là cả 2 bản đã xây dựng quy chế chia sẻ lợi ích: mỗi hộ trích 3% doanh thu lưu trú nộp quỹ bản; quỹ được dùng để thu gom rác, duy trì đội văn nghệ và thăm hỏi hộ khó khăn. 6 tháng, quỹ bản Lác thu được hơn 120 triệu đồng, đã chi 35 triệu đồng lát đường bê tông nội bản và hỗ trợ 7 hộ nghèo sửa nhà.
Bà Lò Thị Lả, Trưởng bản Lác, xã Chiềng Châu, cho biết: "Trước kia chỉ mấy nhà mặt đường có khách, nay đội văn nghệ có 24 thành viên, ai biểu diễn cũng được chia tiền, mỗi đêm diễn từ 50.000 đến 80.000 đồng/người".
Ông Vì Văn Pản, Chủ tịch UBND xã Chiềng Châu, nêu khó khăn: một số hộ tự ý xây nhà bê tông cao tầng, phá vỡ cảnh quan; nước thải chưa được xử lý. Đại diện thị trấn Mai Châu đề nghị huyện sớm quy hoạch bãi đỗ xe cho khoảng 30 xe khách.
Hội nghị thống nhất trong 6 tháng cuối năm tập trung thực hiện Nghị quyết 05, 06-NQ/HU của Ban Thường vụ Huyện ủy về phát triển du lịch và bảo tồn bản sắc văn hóa dân tộc Thái; triển khai Kế hoạch số 37/KH-UBND ngày 02/4/2013 của UBND huyện về quản lý nhà sàn truyền thống. Huyện phấn đấu cả năm đón 75.000 lượt khách.
Kết luận hội nghị, đồng chí Hà Công Đạt đề nghị các xã không cấp phép xây dựng nhà quá 2 tầng trong bản du lịch, đồng thời nhân rộng mô hình "Bản văn hóa - du lịch xanh, sạch, đẹp". Đồng chí cũng lưu ý các bản phải công khai thu chi quỹ bản tại nhà văn hóa mỗi quý để người dân giám sát, tránh để xảy ra khiếu kiện. Dịp này, huyện khen thưởng 5 tập thể, 11 hộ gia đình có thành tích trong phát triển du lịch cộng đồng.
Bùi Minh
Tin cùng chuyên mục
- Lạc Sơn: khai thác du lịch văn hóa Mường (12/07/2013)
- Tập huấn nghiệp vụ lễ tân cho người dân xóm Ké (03/07/2013)
- Đà Bắc: hồ Hòa Bình hút khách dịp hè (28/06/2013)
""", "2013-07-19", "Mai Châu: Du lịch cộng đồng mở hướng thoát nghèo cho bản Thái",
E("so_ket", "2013-H1", "2013-07-17"),
[P("Hà Công Đạt", "HUV", "Phó Chủ tịch UBND huyện", "Trưởng Ban Chỉ đạo phát triển du lịch huyện"),
 P("Lò Thị Lả", "Trưởng bản Lác"),
 P("Vì Văn Pản", "Chủ tịch UBND xã Chiềng Châu")],
[Q("36.500 lượt khách", 36500, "lượt khách"), Q("18%", 18, "%"), Q("62%", 62, "%"),
 Q("trên 21 tỷ đồng", 21000000000, "đồng", "over"), Q("2 bản", 2, "bản"), Q("gần 70%", 70, "%", "approx"),
 Q("118 hộ đồng bào Thái", 118, "hộ đồng bào Thái"), Q("1.900 chỗ nghỉ", 1900, "chỗ nghỉ"), Q("46 hộ", 46, "hộ"),
 Q("9 đội văn nghệ", 9, "đội văn nghệ"), Q("3%", 3, "%"), Q("hơn 120 triệu đồng", 120000000, "đồng", "over"),
 Q("35 triệu đồng", 35000000, "đồng"), Q("7 hộ nghèo", 7, "hộ nghèo"), Q("24 thành viên", 24, "thành viên"),
 Q("từ 50.000 đến 80.000 đồng", 50000, "đồng"), Q("80.000 đồng", 80000, "đồng"),
 Q("khoảng 30 xe khách", 30, "xe khách", "approx"), Q("75.000 lượt khách", 75000, "lượt khách"),
 Q("5 tập thể", 5, "tập thể"), Q("11 hộ gia đình", 11, "hộ gia đình")],
[D("Nghị quyết", "05", "NQ/HU", None, "Ban Thường vụ Huyện ủy", "Nghị quyết 05, 06-NQ/HU"),
 D("Nghị quyết", "06", "NQ/HU", None, "Ban Thường vụ Huyện ủy", "Nghị quyết 05, 06-NQ/HU"),
 D("Kế hoạch", "37", "KH-UBND", "2013-04-02", "UBND huyện", "Kế hoạch số 37/KH-UBND ngày 02/4/2013")],
[prov("Hòa Bình"), com("Chiềng Châu"), com("Mai Châu")],
["BÁO HÒA BÌNH ĐIỆN TỬ", "Kinh tế | Du lịch | Xã hội | Văn hóa", "Toàn cảnh hội nghị sơ kết tại UBND huyện Mai Châu.",
 "(HBĐT)", "Bản văn hóa - du lịch xanh, sạch, đẹp"],
["Thứ Sáu, 19/07/2013 - 16:05", "6 tháng đầu năm 2013", "6 tháng cuối năm", "Sáu tháng qua", "2 tầng"]))

PAGES.append(page("b8192-sonla-homestay-doithoai-2014", """
BAN DÂN VẬN TỈNH ỦY SƠN LA
Bạn đang ở: Trang chủ / Dân vận chính quyền / Tin cơ sở
Đăng ngày: 22 tháng 5, 2014 | 10:12
Mộc Châu: Đối thoại với các hộ làm du lịch cộng đồng ở bản Áng
Chiều 20/5/2014, tại nhà văn hóa bản Áng 1, xã Đông Sang, UBND huyện Mộc Châu tổ chức đối thoại với người dân về phát triển du lịch cộng đồng năm 2014. Chủ trì buổi đối thoại có ông Đinh Văn Hoan, Ủy viên Ban Thường vụ Huyện ủy, Phó Chủ tịch Thường trực UBND huyện; ông Lường Văn Ngọc, HUV, Trưởng Ban Dân vận Huyện ủy. Tham dự có 67 hộ dân các bản Áng 1, Áng 2, Áng 3 và đại diện 6 công ty lữ hành.
Quang cảnh buổi đối thoại. Ảnh: Cầm Hoa
Bản Áng hiện có 21 hộ người Thái làm homestay, năm 2013 đón trên 9.000 lượt khách, tổng thu khoảng 3,2 tỷ đồng. Tuy nhiên, theo phản ánh của bà con, giá phòng do các công ty lữ hành đặt trước chỉ 60.000 - 70.000 đồng/khách/đêm, công ty giữ lại tới 40% giá tour; nhiều đoàn khách đưa đồ ăn từ ngoài vào, hộ dân chỉ được thu tiền chỗ ngủ.
Ông Mùi Văn Thiên, Trưởng bản Áng 2, đề nghị huyện đứng ra làm cầu nối để bản ký hợp đồng trực tiếp với doanh nghiệp, có quy định mức giá sàn. Bà Hà Thị Ỏn, chủ một nhà sàn đón khách ở Áng 1, kiến nghị hỗ trợ vay vốn để làm thêm khu vệ sinh khép kín, vì "khách Tây ở 2 đêm là hỏi nhà tắm nước nóng". Có 14 ý kiến liên quan đến giá dịch vụ, thu gom rác thải, cấp điện và việc một số hộ ngoài bản dựng nhà nghỉ bê tông sát rừng thông.
Trả lời các ý kiến, ông Đinh Văn Hoan cho biết huyện đang triển khai Quyết định số 647/QĐ-UBND ngày 18/3/2014 của UBND tỉnh Sơn La về phát triển khu du lịch Mộc Châu, trong đó bản Áng là điểm du lịch cộng đồng trọng điểm. Huyện sẽ giao Phòng Văn hóa và Thông tin phối hợp xã Đông Sang xây dựng quy chế hoạt động của Tổ du lịch cộng đồng bản Áng, quy định giá sàn và tỷ lệ trích quỹ bản; hỗ trợ 50% kinh phí làm nhà vệ sinh đạt chuẩn cho hộ đăng ký đón khách; vận động doanh nghiệp mua thực phẩm tại chỗ.
Ông Lường Văn Ngọc nhấn mạnh việc đối thoại là để cụ thể hóa Chỉ thị số 19-CT/TU ngày 05/12/2013 của Ban Thường vụ Tỉnh ủy về tăng cường đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân, và Quy chế dân chủ ở cơ sở. Những nội dung chưa trả lời được tại chỗ sẽ được huyện trả lời bằng văn bản trong 15 ngày.
Sau buổi đối thoại, đoàn công tác đi kiểm tra thực địa hồ Áng và khu rừng thông mà bản đang bảo vệ theo hương ước.
Cầm Hoa - Ban Dân vận Huyện ủy Mộc Châu
Tin khác
- Thuận Châu: vận động nhân dân hiến đất làm đường (14/05/2014)
- Hội nghị giao ban khối dân vận quý I (08/04/2014)
- Sông Mã: phát huy vai trò người có uy tín (27/03/2014)
""", "2014-05-22", "Mộc Châu: Đối thoại với các hộ làm du lịch cộng đồng ở bản Áng",
E("doi_thoai", "2014", "2014-05-20"),
[P("Đinh Văn Hoan", "Ủy viên Ban Thường vụ Huyện ủy", "Phó Chủ tịch Thường trực UBND huyện"),
 P("Lường Văn Ngọc", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Mùi Văn Thiên", "Trưởng bản Áng 2"),
 P("Hà Thị Ỏn", "chủ một nhà sàn đón khách ở Áng 1")],
[Q("67 hộ dân", 67, "hộ dân"), Q("6 công ty lữ hành", 6, "công ty lữ hành"), Q("21 hộ người Thái", 21, "hộ người Thái"),
 Q("trên 9.000 lượt khách", 9000, "lượt khách", "over"), Q("khoảng 3,2 tỷ đồng", 3200000000, "đồng", "approx"),
 Q("60.000 - 70.000 đồng", 60000, "đồng"), Q("70.000 đồng", 70000, "đồng"), Q("40%", 40, "%"),
 Q("14 ý kiến", 14, "ý kiến"), Q("50%", 50, "%")],
[D("Quyết định", "647", "QĐ-UBND", "2014-03-18", "UBND tỉnh Sơn La", "Quyết định số 647/QĐ-UBND ngày 18/3/2014"),
 D("Chỉ thị", "19", "CT/TU", "2013-12-05", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 19-CT/TU ngày 05/12/2013")],
[prov("Sơn La"), com("Đông Sang")],
["BAN DÂN VẬN TỈNH ỦY SƠN LA", "Bạn đang ở: Trang chủ / Dân vận chính quyền / Tin cơ sở",
 "Quang cảnh buổi đối thoại. Ảnh: Cầm Hoa", "Tổ du lịch cộng đồng bản Áng", "Quy chế dân chủ ở cơ sở"],
["Đăng ngày: 22 tháng 5, 2014 | 10:12", "năm 2014", "năm 2013", "2 đêm", "15 ngày"]))

PAGES.append(page("b8193-caobang-langda-tongket-2015", """
Báo Cao Bằng - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Cao Bằng
Trang chủ › Kinh tế › Du lịch
Thứ Hai, 28/12/2015
Khuổi Ky: làng đá cổ đón hơn 10 nghìn lượt khách
Ngày 26/12, Ban Quản lý điểm du lịch cộng đồng làng đá Khuổi Ky, xã Đàm Thủy (Trùng Khánh) tổ chức tổng kết hoạt động năm 2015. Năm qua, làng đón hơn 10 nghìn lượt khách, trong đó có 1.350 lượt khách nước ngoài; 17 hộ người Tày tham gia đón khách nghỉ tại nhà sàn đá.
Khách nước ngoài thưởng thức cơm lam, xôi trám tại một nhà sàn đá ở Khuổi Ky.
Ông Nông Văn Páo, Trưởng Ban Quản lý điểm du lịch, cho biết tổng doanh thu năm 2015 của làng đạt khoảng 1,85 tỷ đồng, gấp 2,5 lần năm 2014. Các hộ đón khách trích 10% doanh thu, thu được hơn 180 triệu đồng; số tiền này được chia làm ba phần: 40% để duy tu đường, cầu treo và hệ thống nước; 30% trả công cho tổ vệ sinh môi trường và 12 thành viên đội văn nghệ hát then, đàn tính; phần còn lại hỗ trợ các hộ không làm du lịch trong làng như tiền thưởng cho người trồng, bán rau sạch cho các nhà sàn.
Nhờ du lịch, thu nhập bình quân trong làng đạt 18 triệu đồng/người/năm, làng không còn hộ đói; số hộ nghèo giảm từ 21 hộ năm 2012 xuống còn 6 hộ. Khoảng 30 lao động trẻ trở về làng làm hướng dẫn viên, chèo bè, bán hàng thay vì đi làm thuê ở Trung Quốc.
Bà Đàm Thị Dính, thành viên tổ homestay, chia sẻ: "Nhà tôi có 4 gian sàn đá hơn trăm năm tuổi, năm nay đón khoảng 400 khách. Tiền thu được chia cả cho người hàng xóm nấu ăn giúp, nên ai cũng vui".
Dự tổng kết, ông Lục Văn Hùng, Phó Chủ tịch UBND huyện Trùng Khánh, ghi nhận Khuổi Ky là điển hình của mô hình người dân làm chủ du lịch. Ông yêu cầu Ban Quản lý tiếp tục thực hiện Quyết định số 1829/QĐ-UBND ngày 07/10/2014 của UBND tỉnh Cao Bằng về bảo tồn làng đá cổ; không cho phép xây nhà mái bằng, nhà bê tông trong làng; năm 2016 mở thêm 5 hộ homestay, nâng công suất lên 160 khách/đêm.
Ông Hoàng Văn Triệu, Bí thư Đảng ủy xã Đàm Thủy, cho biết xã đang xây dựng nghị quyết chuyên đề về du lịch cộng đồng để cụ thể hóa Nghị quyết số 14-NQ/HU ngày 15/5/2015 của Ban Chấp hành Đảng bộ huyện Trùng Khánh về phát triển du lịch gắn với thác Bản Giốc; phối hợp Đồn Biên phòng Đàm Thủy bảo đảm an ninh trật tự cho khách.
Năm 2015, xã đã hỗ trợ 3 hộ vay 50 triệu đồng mỗi hộ để cải tạo khu vệ sinh và đầu tư 1 nhà trưng bày nông cụ cổ của người Tày.
Tại buổi tổng kết, Ban Quản lý tặng giấy khen cho 8 hộ có thành tích đón khách và giữ gìn cảnh quan.
Bế Thùy
Tin liên quan
- Thác Bản Giốc đón khách dịp cuối năm (24/12/2015)
- Hà Quảng: làng nghề hương Phja Thắp (15/12/2015)
- Phát triển du lịch cộng đồng ở Nguyên Bình (02/12/2015)
""", "2015-12-28", "Khuổi Ky: làng đá cổ đón hơn 10 nghìn lượt khách",
E("tong_ket", "2015", "2015-12-26"),
[P("Nông Văn Páo", "Trưởng Ban Quản lý điểm du lịch"),
 P("Đàm Thị Dính", "thành viên tổ homestay"),
 P("Lục Văn Hùng", "Phó Chủ tịch UBND huyện Trùng Khánh"),
 P("Hoàng Văn Triệu", "Bí thư Đảng ủy xã Đàm Thủy")],
[Q("hơn 10 nghìn lượt khách", 10000, "lượt khách", "over"), Q("1.350 lượt khách nước ngoài", 1350, "lượt khách nước ngoài"),
 Q("17 hộ người Tày", 17, "hộ người Tày"), Q("khoảng 1,85 tỷ đồng", 1850000000, "đồng", "approx"),
 Q("10%", 10, "%"), Q("hơn 180 triệu đồng", 180000000, "đồng", "over"), Q("40%", 40, "%"), Q("30%", 30, "%"),
 Q("12 thành viên", 12, "thành viên"), Q("18 triệu đồng", 18000000, "đồng"), Q("21 hộ", 21, "hộ"), Q("6 hộ", 6, "hộ"),
 Q("Khoảng 30 lao động trẻ", 30, "lao động trẻ", "approx"), Q("4 gian sàn đá", 4, "gian sàn đá"),
 Q("khoảng 400 khách", 400, "khách", "approx"), Q("5 hộ homestay", 5, "hộ homestay"), Q("160 khách", 160, "khách"),
 Q("3 hộ", 3, "hộ"), Q("50 triệu đồng", 50000000, "đồng"), Q("8 hộ", 8, "hộ")],
[D("Quyết định", "1829", "QĐ-UBND", "2014-10-07", "UBND tỉnh Cao Bằng", "Quyết định số 1829/QĐ-UBND ngày 07/10/2014"),
 D("Nghị quyết", "14", "NQ/HU", "2015-05-15", "Ban Chấp hành Đảng bộ huyện Trùng Khánh", "Nghị quyết số 14-NQ/HU ngày 15/5/2015")],
[prov("Cao Bằng"), com("Đàm Thủy")],
["Báo Cao Bằng - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Cao Bằng", "Trang chủ › Kinh tế › Du lịch",
 "Khách nước ngoài thưởng thức cơm lam, xôi trám tại một nhà sàn đá ở Khuổi Ky.", "Đồn Biên phòng Đàm Thủy"],
["Thứ Hai, 28/12/2015", "năm 2015", "năm 2014", "2,5 lần", "năm 2012", "hơn trăm năm", "năm 2016", "1 nhà trưng bày"]))

PAGES.append(page("b8194-quangnam-cotu-giamsat-2016", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG NAM
Trang chủ >> Hoạt động Mặt trận >> Giám sát, phản biện xã hội
Ngày đăng 14/10/2016 | 15:30
Giám sát việc chia sẻ lợi ích từ du lịch cộng đồng ở làng Cơ Tu
Từ ngày 10 đến 12/10/2016, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh do bà Bh'riu Thị Hoa, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn, đã giám sát việc thực hiện quy chế quản lý và chia sẻ lợi ích tại điểm du lịch cộng đồng thôn Zờ Rượt, xã Tà Lu và thôn Bhờ Hôồng, xã Sông Kôn (huyện Đông Giang). Đây là một trong 4 cuộc giám sát chuyên đề năm 2016 của Mặt trận tỉnh theo Quyết định số 217-QĐ/MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam.
Cùng tham gia đoàn có các đồng chí Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh: Trần Văn Lộc, A Lăng Thị Nhung; đại diện Sở Văn hóa, Thể thao và Du lịch, Hội Nông dân tỉnh.
Đoàn giám sát làm việc với Ban quản lý điểm du lịch thôn Bhờ Hôồng.
Báo cáo với đoàn, ông Bnướch Dưn, Trưởng Ban quản lý điểm du lịch cộng đồng thôn Bhờ Hôồng, cho biết thôn có 73 hộ, 100% là người Cơ Tu; từ khi được một doanh nghiệp lữ hành hỗ trợ xây dựng năm 2013 đến nay, thôn đón trên 8.500 lượt khách, chủ yếu khách châu Âu. Theo thỏa thuận, doanh nghiệp trả cho thôn 150.000 đồng/khách, trong đó 60% trả trực tiếp cho các hộ đón khách, người biểu diễn, nấu ăn; 25% nộp quỹ phát triển cộng đồng; 15% chi cho Ban quản lý. Quỹ phát triển cộng đồng hiện có khoảng 260 triệu đồng, đã chi sửa gươl, làm 2 nhà vệ sinh công cộng và cho 11 hộ vay không lãi để nuôi heo, trồng rau.
Tại thôn Zờ Rượt, đoàn ghi nhận việc chia sẻ lợi ích chưa minh bạch: sổ thu chi chưa công khai tại nhà gươl, 9 hộ chưa nhận được tiền biểu diễn của quý II; một số hộ phản ánh Ban quản lý chưa họp dân đủ 2 lần/năm như quy chế.
Ông Alăng Văn Bhơ, Chủ tịch Ủy ban MTTQ xã Tà Lu, thừa nhận Ban Thanh tra nhân dân xã chưa vào cuộc kịp thời; đề nghị tỉnh mở lớp tập huấn quản lý tài chính cho 2 ban quản lý.
Kết luận đợt giám sát, bà Bh'riu Thị Hoa đề nghị UBND huyện Đông Giang chỉ đạo công khai thu chi quỹ cộng đồng hằng quý; thực hiện đúng Kế hoạch số 3408/KH-UBND ngày 20/7/2015 của UBND tỉnh Quảng Nam về phát triển du lịch cộng đồng vùng miền núi; bảo đảm người dân được bàn, quyết định việc sử dụng quỹ theo Pháp lệnh số 34/2007/PL-UBTVQH11. Đoàn sẽ có văn bản kiến nghị gửi UBND tỉnh trước ngày 31/10/2016.
Hồ Phượng
Bài viết liên quan
- Tây Giang: Mặt trận giám sát hỗ trợ nhà ở cho hộ nghèo (03/10/2016)
- Hội nghị phản biện dự thảo quy hoạch du lịch tỉnh (21/09/2016)
- Nam Giang ra mắt Ban Thanh tra nhân dân các xã (08/09/2016)
""", "2016-10-14", "Giám sát việc chia sẻ lợi ích từ du lịch cộng đồng ở làng Cơ Tu",
E("giam_sat", "2016", "2016-10-10"),
[P("Bh'riu Thị Hoa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "trưởng đoàn"),
 P("Trần Văn Lộc", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("A Lăng Thị Nhung", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Bnướch Dưn", "Trưởng Ban quản lý điểm du lịch cộng đồng thôn Bhờ Hôồng"),
 P("Alăng Văn Bhơ", "Chủ tịch Ủy ban MTTQ xã Tà Lu")],
[Q("4 cuộc giám sát chuyên đề", 4, "cuộc giám sát chuyên đề"), Q("73 hộ", 73, "hộ"), Q("100%", 100, "%"),
 Q("trên 8.500 lượt khách", 8500, "lượt khách", "over"), Q("150.000 đồng", 150000, "đồng"), Q("60%", 60, "%"),
 Q("25%", 25, "%"), Q("15%", 15, "%"), Q("khoảng 260 triệu đồng", 260000000, "đồng", "approx"),
 Q("2 nhà vệ sinh công cộng", 2, "nhà vệ sinh công cộng"), Q("11 hộ", 11, "hộ"), Q("9 hộ", 9, "hộ"),
 Q("2 ban quản lý", 2, "ban quản lý")],
[D("Quyết định", "217", "QĐ/MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Quyết định số 217-QĐ/MTTW-BTT"),
 D("Kế hoạch", "3408", "KH-UBND", "2015-07-20", "UBND tỉnh Quảng Nam", "Kế hoạch số 3408/KH-UBND ngày 20/7/2015"),
 D("Pháp lệnh", "34", "2007/PL-UBTVQH11", None, None, "Pháp lệnh số 34/2007/PL-UBTVQH11")],
[prov("Quảng Nam"), com("Tà Lu"), com("Sông Kôn")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG NAM", "Trang chủ >> Hoạt động Mặt trận >> Giám sát, phản biện xã hội",
 "Đoàn giám sát làm việc với Ban quản lý điểm du lịch thôn Bhờ Hôồng.", "Ban Thanh tra nhân dân xã"],
["Ngày đăng 14/10/2016 | 15:30", "năm 2016", "năm 2013", "quý II", "2 lần", "hằng quý"]))
