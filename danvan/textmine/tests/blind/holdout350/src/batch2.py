from lib import *
PAGES = []

PAGES.append(page("b8363-hatinh-kyanh-doithoai-2017", """
BÁO HÀ TĨNH ĐIỆN TỬ
Xã hội > Đời sống
Thứ Sáu, 27/10/2017, 15:30
Chủ tịch UBND thị xã Kỳ Anh đối thoại với người dân vùng sạt lở sau bão số 10
Chiều 26/10, tại nhà văn hóa thôn Hải Hà, xã Kỳ Nam, ông Nguyễn Hữu Thiện, Phó Bí thư Thị ủy, Chủ tịch UBND thị xã Kỳ Anh chủ trì buổi đối thoại với người dân về phương án di dời, tái định cư cho các hộ ở vùng sạt lở ven biển sau bão số 10. Đây là cuộc đối thoại thứ ba trong năm 2017 mà lãnh đạo thị xã tổ chức trực tiếp với người dân vùng bị ảnh hưởng thiên tai.
Quang cảnh buổi đối thoại tại thôn Hải Hà.
Bão số 10 đổ bộ đêm 15/9 đã làm 1.142 ngôi nhà trên địa bàn thị xã bị tốc mái, hư hỏng; riêng xã Kỳ Nam có 37 nhà bị sóng đánh sập hoặc nằm sát mép kè biển bị sạt lở, phải di dời khẩn cấp. Đến nay, các hộ này đang ở nhờ nhà người thân hoặc tạm trú tại trường mầm non của xã.
Theo bà Hoàng Thị Thùy - Trưởng phòng Tài nguyên và Môi trường thị xã, thực hiện Quyết định số 2911/QĐ-UBND ngày 12/10/2017 của UBND tỉnh, thị xã đã quy hoạch khu tái định cư rộng 3,2 ha tại vùng đồi phía tây xã với 60 lô đất, mỗi lô khoảng 250 m2. Các hộ di dời được giao đất không thu tiền sử dụng đất và được hỗ trợ 40 triệu đồng/hộ để làm nhà, theo Kế hoạch số 128, 129/KH-UBND của UBND thị xã về di dời dân và hỗ trợ ổn định đời sống.
Tại buổi đối thoại, 14 ý kiến của người dân tập trung vào tiến độ san nền, thời gian giao đất và sinh kế sau khi di dời. Ông Lê Văn Tám ở thôn Hải Hà băn khoăn khu tái định cư cách biển gần 2 km nên khó đi biển. Bà Trần Thị Huệ, Chi hội trưởng Chi hội Phụ nữ thôn Hải Phong, đề nghị sớm làm đường điện, nước sinh hoạt trước khi bà con chuyển đến.
Trả lời các ý kiến, ông Nguyễn Hữu Thiện khẳng định thị xã sẽ hoàn thành san nền và bàn giao đất trước ngày 30/12/2017; xây dựng nhà neo đậu thuyền và bãi tập kết ngư cụ ngay tại cửa lạch để ngư dân vẫn bám biển. Ông đề nghị các hộ phối hợp tháo dỡ nhà cũ, không tái lấn chiếm hành lang kè biển. Các đồng chí Phó Chủ tịch UBND thị xã: Trần Văn Tiến, Võ Thị Hạnh được giao trực tiếp theo dõi, chỉ đạo.
Theo Ban Chỉ huy Phòng chống thiên tai và TKCN tỉnh Hà Tĩnh, toàn tỉnh hiện còn khoảng 1.300 hộ dân sống ở vùng có nguy cơ sạt lở ven sông, ven biển cần được di dời trong giai đoạn 2018 - 2020; nguồn lực chủ yếu dựa vào ngân sách địa phương và vận động xã hội hóa.
Cuối buổi đối thoại, 33/37 hộ đã ký cam kết di dời trong tháng 12; Ủy ban MTTQ thị xã trao 37 suất quà, mỗi suất 2 triệu đồng, cho các hộ phải di dời.
Thiên Vỹ
Tin liên quan
- Kỳ Anh: Sơ tán hơn 3.000 hộ dân trước bão số 10 (14/09/2017)
- Hà Tĩnh hỗ trợ 5 tỷ đồng khắc phục hậu quả bão (20/09/2017)
- Ngư dân Kỳ Ninh ra khơi sau bão (05/10/2017)
""", "2017-10-27", "Chủ tịch UBND thị xã Kỳ Anh đối thoại với người dân vùng sạt lở sau bão số 10",
E("doi_thoai", "2017", "2017-10-26"),
[P("Nguyễn Hữu Thiện", "Phó Bí thư Thị ủy", "Chủ tịch UBND thị xã Kỳ Anh"),
 P("Hoàng Thị Thùy", "Trưởng phòng Tài nguyên và Môi trường thị xã"),
 P("Lê Văn Tám"),
 P("Trần Thị Huệ", "Chi hội trưởng Chi hội Phụ nữ thôn Hải Phong"),
 P("Trần Văn Tiến", "Phó Chủ tịch UBND thị xã"), P("Võ Thị Hạnh", "Phó Chủ tịch UBND thị xã")],
[Q("1.142 ngôi nhà", 1142, "ngôi nhà"), Q("37 nhà", 37, "nhà"), Q("3,2 ha", 3.2, "ha"), Q("60 lô đất", 60, "lô đất"),
 Q("khoảng 250 m2", 250, "m2", "approx"), Q("40 triệu đồng/hộ", 40000000, "đồng"), Q("14 ý kiến", 14, "ý kiến"),
 Q("gần 2 km", 2, "km", "approx"), Q("khoảng 1.300 hộ dân", 1300, "hộ dân", "approx"), Q("33/37 hộ", 33, "hộ"), Q("37 suất quà", 37, "suất quà"), Q("2 triệu đồng", 2000000, "đồng")],
[D("Quyết định", "2911", "QĐ-UBND", "2017-10-12", "UBND tỉnh", "Quyết định số 2911/QĐ-UBND ngày 12/10/2017"),
 D("Kế hoạch", "128", "KH-UBND", None, "UBND thị xã", "Kế hoạch số 128, 129/KH-UBND"),
 D("Kế hoạch", "129", "KH-UBND", None, "UBND thị xã", "Kế hoạch số 128, 129/KH-UBND")],
[prov("Hà Tĩnh"), com("Kỳ Nam")],
["BÁO HÀ TĨNH ĐIỆN TỬ", "Xã hội > Đời sống", "Quang cảnh buổi đối thoại tại thôn Hải Hà.", "Hải Hà", "Hải Phong"],
["Thứ Sáu, 27/10/2017, 15:30", "bão số 10", "cuộc đối thoại thứ ba", "năm 2017", "giai đoạn 2018 - 2020", "đêm 15/9", "tháng 12"]))

PAGES.append(page("b8364-quangbinh-hlhpn-taphuan-2018", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH QUẢNG BÌNH
You are here: Trang chủ › Tin hoạt động › Phụ nữ với phòng chống thiên tai
Cập nhật: 09:42, 22/06/2018 (GMT+7)
Trang bị kỹ năng ứng phó thiên tai cho phụ nữ vùng lũ Minh Hóa
Trong 2 ngày 20 và 21/6/2018, Hội LHPN tỉnh Quảng Bình phối hợp với Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn tỉnh tổ chức lớp tập huấn kỹ năng phòng, chống thiên tai và sơ tán an toàn năm 2018 cho 120 cán bộ, hội viên phụ nữ các xã vùng lũ huyện Minh Hóa.
Học viên thực hành sơ cứu người bị nạn trong lũ.
Lớp tập huấn nằm trong kế hoạch số 27 của Hội LHPN tỉnh, triển khai Đề án "Phụ nữ tham gia quản lý rủi ro thiên tai dựa vào cộng đồng". Phát biểu khai mạc, bà Đinh Thị Thu Hà, Phó Chủ tịch Thường trực Hội LHPN tỉnh nhấn mạnh: phụ nữ và trẻ em là những người dễ bị tổn thương nhất khi lũ về, vì vậy chị em phải biết cách chuẩn bị túi đồ dùng thiết yếu, bảo quản lương thực, giấy tờ và chủ động đưa người già, trẻ nhỏ đi sơ tán sớm.
Các học viên được giảng viên của Ban Chỉ huy Phòng chống thiên tai và TKCN tỉnh hướng dẫn đọc bản tin dự báo, nhận biết dấu hiệu lũ quét, sạt lở đất; thực hành sơ cứu người đuối nước, sử dụng áo phao và phao tròn cứu sinh. Ông Trương Công Nam, Phó Chánh Văn phòng thường trực Ban Chỉ huy Phòng chống thiên tai và TKCN tỉnh, giới thiệu những điểm mới về Quỹ phòng, chống thiên tai theo Nghị định số 94/2014/NĐ-CP của Chính phủ và Kế hoạch số 15/KH-BCH ngày 5/5/2018 của Ban Chỉ huy Phòng chống thiên tai và TKCN tỉnh về ứng phó mùa mưa bão.
Minh Hóa là huyện vùng cao, nơi sinh sống của đồng bào Chứt với các nhóm Sách, Mày, Rục, Arem, Mã Liềng. Mùa lũ năm 2017, huyện có 2.860 nhà bị ngập, nhiều bản bị cô lập trên 10 ngày. Bà Cao Thị Xuân, Chủ tịch Hội LHPN xã Thượng Hóa, người dân tộc Chứt, chia sẻ: "Năm ngoái nước lên nhanh quá, nhiều chị em không kịp mang theo lúa giống. Năm nay hội đã vận động 100% hội viên chuẩn bị gác xép và túi chống nước".
Kết thúc lớp tập huấn, Hội LHPN tỉnh trao tặng 120 áo phao, 40 đèn pin và 60 túi sơ cứu cho các chi hội; hỗ trợ 5 hộ phụ nữ nghèo bị mất nhà do lũ năm 2017 mỗi hộ 10 triệu đồng từ nguồn "Mái ấm tình thương". Dự kiến đến hết năm 2018, Hội sẽ tổ chức thêm 6 lớp tương tự cho khoảng 400 hội viên tại các huyện Tuyên Hóa, Quảng Ninh, Lệ Thủy.
Bà Hồ Thị Kiều, Chủ tịch Hội LHPN huyện Minh Hóa cho biết: sau tập huấn, các học viên sẽ là nòng cốt hướng dẫn lại cho chị em ở các chi hội.
Phan Phương
Tin liên quan
- Hội LHPN tỉnh trao 30 mái ấm tình thương cho phụ nữ nghèo (05/06/2018)
- Tuyên Hóa: Ra mắt 12 tổ phụ nữ xung kích phòng chống thiên tai (18/05/2018)
- Hội thi "Phụ nữ với an toàn thiên tai" (10/04/2018)
""", "2018-06-22", "Trang bị kỹ năng ứng phó thiên tai cho phụ nữ vùng lũ Minh Hóa",
E("tap_huan", "2018", "2018-06-20"),
[P("Đinh Thị Thu Hà", "Phó Chủ tịch Thường trực Hội LHPN tỉnh"),
 P("Trương Công Nam", "Phó Chánh Văn phòng thường trực Ban Chỉ huy Phòng chống thiên tai và TKCN tỉnh"),
 P("Cao Thị Xuân", "Chủ tịch Hội LHPN xã Thượng Hóa"),
 P("Hồ Thị Kiều", "Chủ tịch Hội LHPN huyện Minh Hóa")],
[Q("120 cán bộ, hội viên phụ nữ", 120, "cán bộ, hội viên phụ nữ"), Q("2.860 nhà", 2860, "nhà"), Q("100%", 100, "%"),
 Q("120 áo phao", 120, "áo phao"), Q("40 đèn pin", 40, "đèn pin"), Q("60 túi sơ cứu", 60, "túi sơ cứu"),
 Q("5 hộ phụ nữ nghèo", 5, "hộ phụ nữ nghèo"), Q("10 triệu đồng", 10000000, "đồng"), Q("6 lớp", 6, "lớp"),
 Q("khoảng 400 hội viên", 400, "hội viên", "approx")],
[D("Kế hoạch", "27", None, None, "Hội LHPN tỉnh", "kế hoạch số 27"),
 D("Nghị định", "94", "2014/NĐ-CP", None, "Chính phủ", "Nghị định số 94/2014/NĐ-CP"),
 D("Kế hoạch", "15", "KH-BCH", "2018-05-05", "Ban Chỉ huy Phòng chống thiên tai và TKCN tỉnh", "Kế hoạch số 15/KH-BCH ngày 5/5/2018")],
[prov("Quảng Bình"), com("Thượng Hóa")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH QUẢNG BÌNH", "You are here: Trang chủ › Tin hoạt động › Phụ nữ với phòng chống thiên tai",
 "Học viên thực hành sơ cứu người bị nạn trong lũ.", "Phụ nữ tham gia quản lý rủi ro thiên tai dựa vào cộng đồng",
 "Mái ấm tình thương", "Quỹ phòng, chống thiên tai"],
["Cập nhật: 09:42, 22/06/2018 (GMT+7)", "2 ngày", "năm 2018", "năm 2017", "trên 10 ngày", "Năm ngoái"]))

PAGES.append(page("b8365-nghean-bdv-giaoban-2019", """
Ban Dân vận Tỉnh ủy Nghệ An
Trang chủ :: Tin tức :: Hoạt động dân vận
04/10/2019 08:30
Ảnh: Quang cảnh hội nghị giao ban.
Giao ban công tác dân vận quý III: tập trung giúp dân vùng lũ ổn định cuộc sống
Ngày 3/10/2019, Ban Dân vận Tỉnh ủy Nghệ An tổ chức hội nghị giao ban công tác dân vận quý III năm 2019 với khối dân vận các huyện, thành, thị ủy và các đảng ủy trực thuộc. Đồng chí Nguyễn Thị Thu Hương, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.
Trong quý, trận lũ lịch sử cuối tháng 8 trên sông Cả và sông Nậm Nơn đã gây thiệt hại nặng tại các huyện miền núi, nhất là Tương Dương, Con Cuông, Kỳ Sơn. Khối dân vận các cấp đã phối hợp với chính quyền vận động 2.436 hộ ở vùng ngập sâu, vùng nguy cơ sạt lở sơ tán đến nơi an toàn; huy động trên 5.000 lượt đoàn viên, hội viên giúp dân dọn bùn đất, sửa chữa 312 căn nhà bị hư hỏng. Nhân dân các địa phương trong tỉnh đã ủng hộ đồng bào vùng lũ khoảng 7,5 tỷ đồng cùng nhiều lương thực, thực phẩm.
Đồng chí Vi Văn Sơn, HUV, Trưởng Ban Dân vận Huyện ủy Tương Dương, người dân tộc Thái, cho biết lũ đã làm 19 hộ ở bản Xốp Cháo, xã Tam Hợp mất toàn bộ nhà cửa. Huyện đã vận động đồng bào góp 1.200 ngày công, dựng lại nhà tạm cho các hộ trong 10 ngày. Đồng chí Lữ Văn Khăm, Bí thư Đảng ủy xã Bình Chuẩn (Con Cuông), đề nghị tỉnh sớm hỗ trợ kinh phí làm lại 2 cầu treo bị lũ cuốn trôi.
Đồng chí Hồ Lê Ngọc, Tỉnh ủy viên, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh thông tin về việc phân bổ nguồn ủng hộ: đến nay Ủy ban MTTQ tỉnh đã chuyển 4,2 tỷ đồng về 3 huyện bị thiệt hại nặng, ưu tiên hỗ trợ 87 hộ có nhà bị sập hoàn toàn, mỗi hộ 30 triệu đồng.
Hội nghị cũng thảo luận về việc triển khai Chỉ thị 21, 22-CT/TU của Ban Thường vụ Tỉnh ủy về công tác bố trí, ổn định dân cư vùng thiên tai và về tăng cường vai trò của người có uy tín trong đồng bào dân tộc thiểu số. Ban Dân vận Tỉnh ủy đã ban hành Hướng dẫn số 19-HD/BDVTU ngày 28/8/2019 hướng dẫn khối dân vận tham gia khắc phục hậu quả thiên tai.
Kết luận hội nghị, đồng chí Nguyễn Thị Thu Hương yêu cầu trong quý IV, các địa phương theo dõi sát tình hình tư tưởng nhân dân vùng lũ, giải quyết kịp thời đơn thư liên quan đến hỗ trợ thiên tai, bảo đảm công khai, minh bạch; chuẩn bị phương án vận động nhân dân sơ tán khi có bão, lũ trong những tháng cuối năm. Các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Nguyễn Văn Hải, Lang Thị Dung được phân công theo dõi trực tiếp các huyện miền Tây Nghệ An.
Mai Hoa
Tin liên quan
- Tương Dương: Hơn 800 hộ dân bị ảnh hưởng do lũ (31/08/2019)
- Phụ nữ Con Cuông giúp dân vùng lũ (10/09/2019)
- Giao ban công tác dân vận quý II năm 2019 (05/07/2019)
""", "2019-10-04", "Giao ban công tác dân vận quý III: tập trung giúp dân vùng lũ ổn định cuộc sống",
E("giao_ban", "2019-Q3", "2019-10-03"),
[P("Nguyễn Thị Thu Hương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vi Văn Sơn", "HUV", "Trưởng Ban Dân vận Huyện ủy Tương Dương"),
 P("Lữ Văn Khăm", "Bí thư Đảng ủy xã Bình Chuẩn"),
 P("Hồ Lê Ngọc", "Tỉnh ủy viên", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Hải", "Phó Trưởng Ban Dân vận Tỉnh ủy"), P("Lang Thị Dung", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("2.436 hộ", 2436, "hộ"), Q("trên 5.000 lượt đoàn viên, hội viên", 5000, "lượt đoàn viên, hội viên", "over"),
 Q("312 căn nhà", 312, "căn nhà"), Q("khoảng 7,5 tỷ đồng", 7500000000, "đồng", "approx"), Q("19 hộ", 19, "hộ"),
 Q("1.200 ngày công", 1200, "ngày công"), Q("2 cầu treo", 2, "cầu treo"), Q("4,2 tỷ đồng", 4200000000, "đồng"),
 Q("3 huyện", 3, "huyện"), Q("87 hộ", 87, "hộ"), Q("30 triệu đồng", 30000000, "đồng")],
[D("Chỉ thị", "21", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 21, 22-CT/TU"),
 D("Chỉ thị", "22", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 21, 22-CT/TU"),
 D("Hướng dẫn", "19", "HD/BDVTU", "2019-08-28", "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 19-HD/BDVTU ngày 28/8/2019")],
[prov("Nghệ An"), com("Tam Hợp"), com("Bình Chuẩn")],
["Ban Dân vận Tỉnh ủy Nghệ An", "Trang chủ :: Tin tức :: Hoạt động dân vận", "Ảnh: Quang cảnh hội nghị giao ban.", "Xốp Cháo"],
["04/10/2019 08:30", "quý III năm 2019", "tháng 8", "10 ngày", "quý IV"]))

PAGES.append(page("b8366-hue-phatgiao-traoqua-2020", """
THỪA THIÊN HUẾ ONLINE
Thứ Năm, 05/11/2020
Xã hội / Từ thiện - Nhân đạo
05/11/2020 - 09:12
Trao 800 phần quà cho đồng bào vùng lũ A Lưới, Phong Điền
Ngày 4/11, Ủy ban MTTQ Việt Nam tỉnh phối hợp với Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Thừa Thiên Huế trao 800 phần quà cho đồng bào bị thiệt hại do đợt mưa lũ lịch sử vừa qua tại huyện A Lưới và huyện Phong Điền.
Thượng tọa Thích Minh Tuệ trao quà cho bà con xã Hồng Hạ.
Tham gia đoàn có Thượng tọa Thích Minh Tuệ, Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, Trưởng ban Từ thiện xã hội; ông Phan Xuân Toàn, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh. Mỗi phần quà gồm 25 kg gạo, dầu ăn, nước mắm, chăn ấm và 500.000 đồng tiền mặt; tổng trị giá các phần quà khoảng 1,2 tỷ đồng.
Đợt mưa lũ kéo dài từ ngày 6 đến 20/10 đã làm 27 người chết và mất tích trên địa bàn tỉnh, hàng chục nghìn ngôi nhà bị ngập sâu; riêng A Lưới có 16 điểm sạt lở lớn, 4 xã bị cô lập nhiều ngày. Tại xã Hồng Hạ, lũ quét cuốn trôi 11 nhà và làm hư hỏng hoàn toàn 2 tuyến đường vào thôn Pa Ring.
Ông Hồ Văn Ngoan - Chủ tịch UBND xã Hồng Hạ, người dân tộc Cơ Tu, cho biết xã đã sơ tán 132 hộ với 498 khẩu lên các điểm cao từ trước khi lũ về nên không có thiệt hại về người. Sau lũ, Đoàn Thanh niên, Hội Cựu chiến binh xã cùng bộ đội đã giúp dân dựng lại 9 nhà tạm. Bà Kăn Thị Tư, người có uy tín thôn Pa Ring, xúc động: "Nhà cửa, lúa gạo trôi hết, nhờ có Đảng, chính quyền và các nhà chùa giúp đỡ mà bà con đã có cái ăn, cái mặc".
Tại huyện Phong Điền, đoàn trao 350 phần quà cho các hộ ở xã Điền Hương, xã Điền Môn là vùng trũng bị ngập sâu từ 1,5 đến 2 mét nhiều ngày. Ông Lê Văn Quý, Chủ tịch Ủy ban MTTQ Việt Nam xã Điền Hương, cho biết nhiều hộ mất trắng vụ rau màu, gia cầm.
Theo ông Phan Xuân Toàn, đến ngày 3/11, Ban Vận động cứu trợ tỉnh đã tiếp nhận hơn 68 tỷ đồng tiền mặt và hàng hóa từ các tổ chức, cá nhân trong và ngoài nước; đã phân bổ 45 tỷ đồng cho 9 huyện, thị xã, thành phố theo Kế hoạch số 86/KH-MTTQ-BTT ngày 22/10/2020 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, bảo đảm đúng đối tượng, kịp thời.
Cùng ngày, đoàn thiện nguyện của chùa Từ Hiếu cũng trao 100 thùng mì tôm, 200 chiếc chăn ấm và 40 bộ sách vở cho bà con, học sinh thôn Pa Ring. Theo kế hoạch, trong tháng 11, Ủy ban MTTQ tỉnh sẽ tiếp tục phối hợp với các tôn giáo hỗ trợ xây dựng lại nhà ở cho các hộ có nhà bị lũ cuốn trôi.
Nguyễn Hoàng
Tin liên quan
- Phật giáo Thừa Thiên Huế chung tay cùng đồng bào vùng lũ (30/10/2020)
- Sạt lở ở A Lưới: 5 xã bị cô lập (18/10/2020)
- Trao 2.000 suất quà cho người dân vùng rốn lũ Quảng Điền (25/10/2020)
""", "2020-11-05", "Trao 800 phần quà cho đồng bào vùng lũ A Lưới, Phong Điền",
E("trao_qua", None, "2020-11-04"),
[P("Thích Minh Tuệ", "Thượng tọa", "Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh", "Trưởng ban Từ thiện xã hội"),
 P("Phan Xuân Toàn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hồ Văn Ngoan", "Chủ tịch UBND xã Hồng Hạ"),
 P("Kăn Thị Tư", "người có uy tín thôn Pa Ring"),
 P("Lê Văn Quý", "Chủ tịch Ủy ban MTTQ Việt Nam xã Điền Hương")],
[Q("800 phần quà", 800, "phần quà"), Q("25 kg", 25, "kg"), Q("500.000 đồng", 500000, "đồng"),
 Q("khoảng 1,2 tỷ đồng", 1200000000, "đồng", "approx"), Q("27 người", 27, "người"), Q("16 điểm sạt lở lớn", 16, "điểm sạt lở lớn"),
 Q("4 xã", 4, "xã"), Q("11 nhà", 11, "nhà"), Q("2 tuyến đường", 2, "tuyến đường"), Q("132 hộ", 132, "hộ"), Q("498 khẩu", 498, "khẩu"),
 Q("9 nhà tạm", 9, "nhà tạm"), Q("350 phần quà", 350, "phần quà"), Q("từ 1,5", 1.5, "mét"), Q("2 mét", 2, "mét"),
 Q("hơn 68 tỷ đồng", 68000000000, "đồng", "over"), Q("45 tỷ đồng", 45000000000, "đồng"),
 Q("9 huyện, thị xã, thành phố", 9, "huyện, thị xã, thành phố"),
 Q("100 thùng mì tôm", 100, "thùng mì tôm"), Q("200 chiếc chăn ấm", 200, "chiếc chăn ấm"), Q("40 bộ sách vở", 40, "bộ sách vở")],
[D("Kế hoạch", "86", "KH-MTTQ-BTT", "2020-10-22", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 86/KH-MTTQ-BTT ngày 22/10/2020")],
[prov("Thừa Thiên Huế"), com("Hồng Hạ"), com("Điền Hương"), com("Điền Môn")],
["THỪA THIÊN HUẾ ONLINE", "Xã hội / Từ thiện - Nhân đạo", "Thượng tọa Thích Minh Tuệ trao quà cho bà con xã Hồng Hạ.", "Pa Ring",
 "Ban Vận động cứu trợ tỉnh", "chùa Từ Hiếu"],
["Thứ Năm, 05/11/2020", "05/11/2020 - 09:12", "từ ngày 6 đến 20/10", "nhiều ngày", "hàng chục nghìn ngôi nhà", "tháng 11"]))

PAGES.append(page("b8367-quangtri-baocao-khacphuc-2020", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG TRỊ
Trang chủ >> Tin tức - Sự kiện >> Phòng chống thiên tai
20.11.2020 | 16:05
Quảng Trị báo cáo Đoàn công tác Trung ương kết quả khắc phục hậu quả mưa lũ
Chiều 19/11/2020, UBND tỉnh Quảng Trị đã báo cáo với Đoàn công tác của Ban Chỉ đạo Trung ương về phòng, chống thiên tai về tình hình thiệt hại và kết quả khắc phục hậu quả các đợt mưa lũ từ đầu tháng 10 đến nay. Dự buổi làm việc có ông Võ Văn Hòa, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; ông Hoàng Bình Nam, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ huy Phòng, chống thiên tai và TKCN tỉnh.
Ông Hoàng Bình Nam báo cáo tại buổi làm việc.
Theo báo cáo, các đợt mưa lũ và sạt lở đất đã làm 36 người chết, trong đó có 22 cán bộ, chiến sĩ Đoàn Kinh tế - Quốc phòng 337 hy sinh tại huyện Hướng Hóa; 9 người bị thương. Toàn tỉnh có 67.120 ngôi nhà bị ngập, 28 nhà bị sập, cuốn trôi; gần 11.000 ha cây trồng bị thiệt hại; khoảng 170 km đường giao thông bị hư hỏng. Tổng thiệt hại ước tính trên 3.000 tỷ đồng.
Trong thời gian xảy ra lũ, tỉnh đã sơ tán 41.326 hộ với 140.618 nhân khẩu ra khỏi vùng nguy hiểm. Sau lũ, UBND tỉnh đã xuất 1.085 tấn gạo từ nguồn hỗ trợ của Trung ương theo Quyết định số 1708/QĐ-TTg ngày 2/11/2020 của Thủ tướng Chính phủ để cứu đói cho 23.600 hộ; đã chi 62 tỷ đồng từ ngân sách tỉnh và 57 tỷ đồng từ nguồn vận động để hỗ trợ người chết, bị thương, nhà bị sập, hư hỏng. Việc hỗ trợ giống cây trồng, vật nuôi được thực hiện theo Nghị định số 02/2017/NĐ-CP của Chính phủ, đến nay đã cấp 120 tấn lúa giống cho 8 huyện.
Tại xã Hướng Phùng (huyện Hướng Hóa), đồng bào Vân Kiều có 47 hộ phải di dời khẩn cấp do nguy cơ sạt lở. Ông Hồ Văn Hiệp, Chủ tịch UBND xã cho biết, xã đã bố trí cho các hộ ở tạm tại 3 điểm trường và nhà văn hóa; mong muốn tỉnh sớm bố trí quỹ đất để xây dựng khu tái định cư mới.
Theo ông Võ Văn Hòa, tỉnh kiến nghị Trung ương hỗ trợ 1.200 tỷ đồng để khôi phục các công trình hạ tầng thiết yếu, và hỗ trợ di dời khoảng 2.500 hộ dân đang sống ở các vùng có nguy cơ sạt lở cao tại các huyện miền núi. UBND tỉnh cũng đã ban hành Kế hoạch số 5126/KH-UBND ngày 10/11/2020 về khắc phục hậu quả mưa lũ, khôi phục sản xuất, phấn đấu đến cuối tháng 12/2020 hoàn thành sửa chữa 100% trường học, trạm y tế bị hư hỏng.
Trưởng đoàn công tác ghi nhận sự chủ động của tỉnh và cho biết sẽ tổng hợp các kiến nghị báo cáo Thủ tướng Chính phủ.
Thanh Hải
Tin liên quan
- Quảng Trị: hỗ trợ 100 triệu đồng cho mỗi gia đình có người hy sinh (28/10/2020)
- Hướng Hóa: Khắc phục sạt lở trên tuyến đường Hồ Chí Minh (25/10/2020)
- Hải Lăng: Nước rút, người dân dọn dẹp nhà cửa (21/10/2020)
""", "2020-11-20", "Quảng Trị báo cáo Đoàn công tác Trung ương kết quả khắc phục hậu quả mưa lũ",
E("bao_cao", None, "2020-11-19"),
[P("Võ Văn Hòa", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Hoàng Bình Nam", "Phó Chủ tịch UBND tỉnh", "Trưởng Ban Chỉ huy Phòng, chống thiên tai và TKCN tỉnh"),
 P("Hồ Văn Hiệp", "Chủ tịch UBND xã")],
[Q("36 người", 36, "người"), Q("22 cán bộ, chiến sĩ", 22, "cán bộ, chiến sĩ"), Q("9 người", 9, "người"),
 Q("67.120 ngôi nhà", 67120, "ngôi nhà"), Q("28 nhà", 28, "nhà"), Q("gần 11.000 ha", 11000, "ha", "approx"),
 Q("khoảng 170 km", 170, "km", "approx"), Q("trên 3.000 tỷ đồng", 3000000000000, "đồng", "over"),
 Q("41.326 hộ", 41326, "hộ"), Q("140.618 nhân khẩu", 140618, "nhân khẩu"), Q("1.085 tấn", 1085, "tấn"),
 Q("23.600 hộ", 23600, "hộ"), Q("62 tỷ đồng", 62000000000, "đồng"), Q("57 tỷ đồng", 57000000000, "đồng"),
 Q("120 tấn", 120, "tấn"), Q("8 huyện", 8, "huyện"), Q("47 hộ", 47, "hộ"), Q("3 điểm trường", 3, "điểm trường"),
 Q("1.200 tỷ đồng", 1200000000000, "đồng"), Q("khoảng 2.500 hộ dân", 2500, "hộ dân", "approx"), Q("100%", 100, "%")],
[D("Quyết định", "1708", "QĐ-TTg", "2020-11-02", "Thủ tướng Chính phủ", "Quyết định số 1708/QĐ-TTg ngày 2/11/2020"),
 D("Nghị định", "02", "2017/NĐ-CP", None, "Chính phủ", "Nghị định số 02/2017/NĐ-CP"),
 D("Kế hoạch", "5126", "KH-UBND", "2020-11-10", "UBND tỉnh", "Kế hoạch số 5126/KH-UBND ngày 10/11/2020")],
[prov("Quảng Trị"), com("Hướng Phùng")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG TRỊ", "Trang chủ >> Tin tức - Sự kiện >> Phòng chống thiên tai",
 "Ông Hoàng Bình Nam báo cáo tại buổi làm việc.", "Đoàn Kinh tế - Quốc phòng 337"],
["20.11.2020 | 16:05", "Đoàn Kinh tế - Quốc phòng 337", "tháng 12/2020", "tháng 10"]))

PAGES.append(page("b8368-hatinh-huongkhe-chuthapdo-daihoi-2021", """
HỘI CHỮ THẬP ĐỎ TỈNH HÀ TĨNH
Tin tức - Sự kiện | Hoạt động hội cơ sở
Ngày 17/12/2021 | 09:15
Đại hội Hội Chữ thập đỏ huyện Hương Khê lần thứ VI
Ngày 16/12/2021, Hội Chữ thập đỏ huyện Hương Khê tổ chức Đại hội đại biểu lần thứ VI, nhiệm kỳ 2021 - 2026. Về dự có bà Nguyễn Thị Hồng Vân, Chủ tịch Hội Chữ thập đỏ tỉnh Hà Tĩnh; ông Phan Đình Hòa, HUV, Phó Chủ tịch UBND huyện cùng 120 đại biểu đại diện cho hơn 9.600 hội viên chữ thập đỏ toàn huyện.
Các đại biểu biểu quyết thông qua nghị quyết đại hội.
Báo cáo tổng kết nhiệm kỳ 2016 - 2021 do ông Võ Trọng Đào, Chủ tịch Hội Chữ thập đỏ huyện khóa V trình bày cho biết, Hương Khê là vùng rốn lũ của tỉnh, nhiệm kỳ qua phải hứng chịu nhiều đợt lũ lớn, đặc biệt là đợt lũ tháng 10/2020 làm hơn 12.000 ngôi nhà bị ngập. Hội đã phát huy tốt vai trò nòng cốt trong công tác nhân đạo, kịp thời có mặt cùng chính quyền sơ tán người dân, cứu trợ khẩn cấp.
Trong 5 năm, các cấp hội đã vận động được hơn 18,7 tỷ đồng tiền mặt và hàng hóa; trao 14.250 suất quà cho người dân vùng lũ; hỗ trợ xây mới, sửa chữa 46 ngôi nhà chống lũ, mỗi ngôi nhà được hỗ trợ từ 40 đến 60 triệu đồng. Hội đã thành lập 22 đội xung kích chữ thập đỏ với 430 tình nguyện viên, tập huấn sơ cấp cứu cho 1.860 lượt người. Sau lũ năm 2020, Hội phối hợp với Hiệp hội Chữ thập đỏ Nhật Bản triển khai dự án hỗ trợ sinh kế cho 315 hộ khó khăn ở 6 xã vùng trũng.
Tại đại hội, ông Lê Văn Thành, Chủ tịch Hội Chữ thập đỏ xã Hương Trà, chia sẻ cách tổ chức "bếp ăn nghĩa tình" nấu cơm phát cho người dân khi nước lũ cô lập cả thôn; bà Nguyễn Thị Lài, Phó Chủ tịch Hội Chữ thập đỏ xã Phúc Đồng, kể về mô hình "ngân hàng áo phao" do hội viên góp tiền mua, đặt sẵn ở các nhà cao tầng trong thôn.
Đại hội đã bầu Ban Chấp hành khóa VI gồm 25 ủy viên. Ông Võ Trọng Đào được tín nhiệm bầu giữ chức Chủ tịch Hội Chữ thập đỏ huyện khóa VI; bà Trần Thị Minh Nguyệt và ông Đinh Văn Lực được bầu làm Phó Chủ tịch Hội Chữ thập đỏ huyện. Đại hội cũng bầu 7 đại biểu đi dự Đại hội Hội Chữ thập đỏ tỉnh lần thứ IX.
Phát biểu chỉ đạo, bà Nguyễn Thị Hồng Vân đề nghị Hội huyện tiếp tục thực hiện Chỉ thị số 43-CT/TW ngày 3/5/2010 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với hoạt động của Hội Chữ thập đỏ Việt Nam; xây dựng mạng lưới ứng phó thảm họa đến tận thôn, xóm; phấn đấu mỗi năm vận động trên 3 tỷ đồng cho công tác nhân đạo.
Thu Phương
Tin liên quan
- Hội Chữ thập đỏ Hà Tĩnh trao 50 nhà chống lũ (05/11/2021)
- Đại hội Hội Chữ thập đỏ huyện Vũ Quang (10/12/2021)
- Tập huấn ứng phó thảm họa cho tình nguyện viên (20/09/2021)
""", "2021-12-17", "Đại hội Hội Chữ thập đỏ huyện Hương Khê lần thứ VI",
E("dai_hoi", None, "2021-12-16"),
[P("Nguyễn Thị Hồng Vân", "Chủ tịch Hội Chữ thập đỏ tỉnh Hà Tĩnh"),
 P("Phan Đình Hòa", "HUV", "Phó Chủ tịch UBND huyện"),
 P("Võ Trọng Đào", "Chủ tịch Hội Chữ thập đỏ huyện khóa V", "Chủ tịch Hội Chữ thập đỏ huyện khóa VI"),
 P("Lê Văn Thành", "Chủ tịch Hội Chữ thập đỏ xã Hương Trà"),
 P("Nguyễn Thị Lài", "Phó Chủ tịch Hội Chữ thập đỏ xã Phúc Đồng"),
 P("Trần Thị Minh Nguyệt", "Phó Chủ tịch Hội Chữ thập đỏ huyện"), P("Đinh Văn Lực", "Phó Chủ tịch Hội Chữ thập đỏ huyện")],
[Q("120 đại biểu", 120, "đại biểu"), Q("hơn 9.600 hội viên chữ thập đỏ", 9600, "hội viên chữ thập đỏ", "over"),
 Q("hơn 12.000 ngôi nhà", 12000, "ngôi nhà", "over"), Q("hơn 18,7 tỷ đồng", 18700000000, "đồng", "over"),
 Q("14.250 suất quà", 14250, "suất quà"), Q("46 ngôi nhà chống lũ", 46, "ngôi nhà chống lũ"),
 Q("từ 40", 40000000, "đồng"), Q("60 triệu đồng", 60000000, "đồng"), Q("22 đội xung kích chữ thập đỏ", 22, "đội xung kích chữ thập đỏ"),
 Q("430 tình nguyện viên", 430, "tình nguyện viên"), Q("1.860 lượt người", 1860, "lượt người"), Q("315 hộ khó khăn", 315, "hộ khó khăn"),
 Q("6 xã vùng trũng", 6, "xã vùng trũng"), Q("25 ủy viên", 25, "ủy viên"), Q("7 đại biểu", 7, "đại biểu"),
 Q("trên 3 tỷ đồng", 3000000000, "đồng", "over")],
[D("Chỉ thị", "43", "CT/TW", "2010-05-03", "Ban Bí thư", "Chỉ thị số 43-CT/TW ngày 3/5/2010")],
[prov("Hà Tĩnh"), com("Hương Trà"), com("Phúc Đồng")],
["HỘI CHỮ THẬP ĐỎ TỈNH HÀ TĨNH", "Tin tức - Sự kiện | Hoạt động hội cơ sở", "Các đại biểu biểu quyết thông qua nghị quyết đại hội.",
 "bếp ăn nghĩa tình", "ngân hàng áo phao", "Hiệp hội Chữ thập đỏ Nhật Bản"],
["Ngày 17/12/2021 | 09:15", "lần thứ VI", "nhiệm kỳ 2021 - 2026", "nhiệm kỳ 2016 - 2021", "khóa V", "khóa VI", "5 năm",
 "tháng 10/2020", "năm 2020", "lần thứ IX"]))
