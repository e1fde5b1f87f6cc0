from lib import *
PAGES = []

PAGES.append(page("b8843-thanhhoa-hlhpn-hoinghi-2017", """
Cổng thông tin điện tử Hội LHPN tỉnh Thanh Hóa
Trang chủ :: Tin tức :: Hoạt động Hội
Thứ Sáu, 15/09/2017 - 14:25
Toàn cảnh hội nghị tại điểm cầu tỉnh.
Triển khai Đề án 938 đến 27 điểm cầu huyện, thị xã, thành phố
Sáng 13/9, Hội LHPN tỉnh Thanh Hóa tổ chức hội nghị trực tuyến năm 2017 triển khai Quyết định số 938/QĐ-TTg ngày 30/6/2017 của Thủ tướng Chính phủ phê duyệt Đề án "Tuyên truyền, vận động, hỗ trợ phụ nữ tham gia giải quyết một số vấn đề xã hội liên quan đến phụ nữ giai đoạn 2017 - 2027". Hội nghị được kết nối tới 27 điểm cầu huyện, thị xã, thành phố với hơn 1.300 đại biểu.
Dự tại điểm cầu tỉnh có Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy Nguyễn Văn Mạnh; ông Hoàng Văn Đức, Phó Giám đốc Sở Tư pháp; bà Lê Thị Thúy, Chủ tịch Hội LHPN tỉnh chủ trì.
Theo báo cáo, thực hiện Kế hoạch số 09/KH-ĐCT ngày 20/7/2017 của Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam, Hội tỉnh đã tham mưu UBND tỉnh ban hành Kế hoạch số 156/KH-UBND triển khai Đề án trên địa bàn. Năm 2016, toàn tỉnh xảy ra 412 vụ bạo lực gia đình, trong đó bạo lực đối với phụ nữ chiếm trên 80%; nhiều vụ có nguyên nhân từ rượu, bia, cờ bạc. Hiện các cấp Hội duy trì 1.536 tổ, nhóm phòng, chống bạo lực gia đình và 436 "địa chỉ tin cậy" tại cộng đồng, nhân rộng mô hình "Gia đình 5 không, 3 sạch" ở 574 chi hội.
Các đồng chí Phó Chủ tịch Hội LHPN tỉnh: Trịnh Thị Nga, Phạm Thị Hạnh quán triệt nội dung Đề án, trong đó tập trung 5 nhóm vấn đề: bạo lực gia đình, mua bán người, tảo hôn, an toàn thực phẩm và ma túy, tệ nạn xã hội. Theo lộ trình, đến năm 2020 phấn đấu 100% cơ sở Hội được phổ biến Đề án, mỗi xã, phường, thị trấn có ít nhất 1 mô hình hỗ trợ phụ nữ.
Tại điểm cầu huyện Hoằng Hóa, bà Lê Thị Mến, Chủ tịch Hội LHPN xã Hoằng Quang, cho biết xã có "địa chỉ tin cậy" từ năm 2013; năm qua đã tiếp nhận 7 trường hợp chị em tạm lánh, phối hợp hòa giải 11 vụ mâu thuẫn vợ chồng. Bà Đỗ Thị Lan, Chủ tịch Hội LHPN huyện Quan Hóa, đề nghị quan tâm kinh phí biên dịch tài liệu sang tiếng Thái, tiếng Mường.
Phát biểu chỉ đạo, đồng chí Nguyễn Văn Mạnh đề nghị các cấp Hội chủ động tham mưu cấp ủy đưa nội dung Đề án vào nghị quyết, chương trình công tác; phối hợp với Mặt trận, các đoàn thể và chính quyền thực hiện, coi đây là nhiệm vụ lâu dài. Đồng chí cũng yêu cầu chú trọng vai trò của nam giới trong phòng, chống bạo lực gia đình.
Kinh phí thực hiện Đề án năm 2017 của Hội tỉnh là 350 triệu đồng; Hội sẽ tổ chức 2 lớp tập huấn cho 140 cán bộ Hội cơ sở vào tháng 10.
Thu Hằng
Lượt truy cập: 2.541.087
Tin liên quan
- Nga Sơn: ra mắt "địa chỉ tin cậy" tại xã Nga Thủy (06/09/2017)
- Hội LHPN tỉnh sơ kết 6 tháng đầu năm 2017 (14/07/2017)
- Hội thi "Nam giới với phòng, chống bạo lực gia đình" (23/06/2017)
""", "2017-09-15", "Triển khai Đề án 938 đến 27 điểm cầu huyện, thị xã, thành phố",
E("hoi_nghi", "2017", "2017-09-13"),
[P("Nguyễn Văn Mạnh", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Hoàng Văn Đức", "Phó Giám đốc Sở Tư pháp"),
 P("Lê Thị Thúy", "Chủ tịch Hội LHPN tỉnh"),
 P("Trịnh Thị Nga", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Phạm Thị Hạnh", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Lê Thị Mến", "Chủ tịch Hội LHPN xã Hoằng Quang"),
 P("Đỗ Thị Lan", "Chủ tịch Hội LHPN huyện Quan Hóa")],
[Q("27 điểm cầu huyện, thị xã, thành phố", 27, "điểm cầu huyện, thị xã, thành phố"), Q("hơn 1.300 đại biểu", 1300, "đại biểu", "over"),
 Q("412 vụ bạo lực gia đình", 412, "vụ bạo lực gia đình"), Q("trên 80%", 80, "%", "over"),
 Q("1.536 tổ, nhóm phòng, chống bạo lực gia đình", 1536, "tổ, nhóm phòng, chống bạo lực gia đình"),
 Q('436 "địa chỉ tin cậy"', 436, "địa chỉ tin cậy"), Q("574 chi hội", 574, "chi hội"), Q("5 nhóm vấn đề", 5, "nhóm vấn đề"),
 Q("100% cơ sở Hội", 100, "%"), Q("ít nhất 1 mô hình", 1, "mô hình", "over"), Q("7 trường hợp", 7, "trường hợp"),
 Q("11 vụ mâu thuẫn vợ chồng", 11, "vụ mâu thuẫn vợ chồng"), Q("350 triệu đồng", 350000000, "đồng"),
 Q("2 lớp tập huấn", 2, "lớp tập huấn"), Q("140 cán bộ Hội cơ sở", 140, "cán bộ Hội cơ sở")],
[D("Quyết định", "938", "QĐ-TTg", "2017-06-30", "Thủ tướng Chính phủ", "Quyết định số 938/QĐ-TTg ngày 30/6/2017"),
 D("Kế hoạch", "09", "KH-ĐCT", "2017-07-20", "Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam", "Kế hoạch số 09/KH-ĐCT ngày 20/7/2017"),
 D("Kế hoạch", "156", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 156/KH-UBND")],
[prov("Thanh Hóa"), com("Hoằng Quang")],
["Cổng thông tin điện tử Hội LHPN tỉnh Thanh Hóa", "Trang chủ :: Tin tức :: Hoạt động Hội", "Toàn cảnh hội nghị tại điểm cầu tỉnh.",
 "Đề án 938", "Gia đình 5 không, 3 sạch", "Lượt truy cập: 2.541.087"],
["Thứ Sáu, 15/09/2017 - 14:25", "năm 2017", "giai đoạn 2017 - 2027", "Năm 2016", "5 không, 3 sạch", "năm 2020", "năm 2013", "tháng 10", "Lượt truy cập: 2.541.087"]))

PAGES.append(page("b8844-binhduong-bdvtu-giaoban-2018", """
BAN DÂN VẬN TỈNH ỦY BÌNH DƯƠNG
Vị trí: Trang chủ > Hoạt động khối dân vận
05.10.2018 | 08:10
Ảnh: Quang cảnh giao ban.
Khối dân vận tỉnh giao ban quý III: chú trọng phòng, chống bạo lực gia đình trong nữ công nhân
Ngày 4/10/2018, Ban Dân vận Tỉnh ủy Bình Dương tổ chức giao ban công tác dân vận quý III/2018 với Ủy ban MTTQ Việt Nam tỉnh, các đoàn thể chính trị - xã hội tỉnh. Đồng chí Lê Thị Thu Vân, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Theo báo cáo, quý III các cơ quan trong khối đã bám sát Chỉ thị số 21-CT/TW ngày 20/01/2018 của Ban Bí thư về tiếp tục đẩy mạnh công tác phụ nữ trong tình hình mới và Kế hoạch 77-KH/TU, 78-KH/TU của Tỉnh ủy thực hiện Chỉ thị này. Tỉnh hiện có hơn 620.000 công nhân lao động, trong đó nữ chiếm khoảng 56%, phần lớn sống tại các khu nhà trọ ở Thuận An, Dĩ An, Bến Cát.
Bà Huỳnh Thị Ngọc Trâm, Chủ tịch Hội LHPN tỉnh, cho biết Hội đã phối hợp với LĐLĐ tỉnh thành lập 34 câu lạc bộ nữ công nhân nhà trọ, 18 "địa chỉ tin cậy" đặt tại nhà chủ nhà trọ; 9 tháng qua tư vấn pháp luật, tâm lý cho 2.300 lượt nữ công nhân, hỗ trợ tạm lánh cho 14 chị em bị chồng bạo hành. Hội cũng vận động 350 triệu đồng trao học bổng cho con công nhân. Theo bà Trâm, thực hiện "đề án 938", Hội tỉnh chọn phường Bình Hòa, phường An Phú làm điểm xây dựng mô hình "Nhà trọ an toàn, không bạo lực".
Được mời dự giao ban, chị Nguyễn Thị Hồng Thắm, Chủ nhiệm câu lạc bộ nữ công nhân nhà trọ khu phố Bình Đức 1, phường Bình Hòa, kể nhiều chị em ngại báo chính quyền vì sợ mất việc, chỉ dám tìm đến câu lạc bộ vào buổi tối sau giờ tan ca.
Ông Phan Văn Lộc, Phó Chủ tịch LĐLĐ tỉnh, nêu 27 vụ tranh chấp lao động tập thể trong quý; nhiều vụ có yếu tố nữ công nhân mang thai bị chấm dứt hợp đồng. Ông Nguyễn Minh Tâm, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, đề nghị khối dân vận phối hợp giám sát việc thực hiện chính sách đối với lao động nữ.
Đồng chí Đặng Minh Khoa, Phó Trưởng Ban Dân vận Tỉnh ủy, thông tin kết quả thực hiện phong trào thi đua "Dân vận khéo": quý III có thêm 46 mô hình được công nhận, nâng tổng số lên 712 mô hình.
Kết luận giao ban, đồng chí Lê Thị Thu Vân đề nghị quý IV các cơ quan tập trung tuyên truyền Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới năm 2018; Hội LHPN tỉnh chủ trì tổng hợp, tham mưu sơ kết mô hình "địa chỉ tin cậy" tại khu công nghiệp; LĐLĐ tỉnh quan tâm đời sống nữ công nhân dịp cuối năm. Hội nghị giao ban quý IV dự kiến tổ chức tại phường Tân Định.
Quế Chi
Xem thêm
- Ra mắt câu lạc bộ nữ công nhân nhà trọ tại Dĩ An (26/09/2018)
- Bàu Bàng đối thoại với hội viên phụ nữ (18/09/2018)
- Tập huấn công tác dân vận chính quyền năm 2018 (30/08/2018)
""", "2018-10-05", "Khối dân vận tỉnh giao ban quý III: chú trọng phòng, chống bạo lực gia đình trong nữ công nhân",
E("giao_ban", "2018-Q3", "2018-10-04"),
[P("Lê Thị Thu Vân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Huỳnh Thị Ngọc Trâm", "Chủ tịch Hội LHPN tỉnh"),
 P("Nguyễn Thị Hồng Thắm", "Chủ nhiệm câu lạc bộ nữ công nhân nhà trọ khu phố Bình Đức 1"),
 P("Phan Văn Lộc", "Phó Chủ tịch LĐLĐ tỉnh"),
 P("Nguyễn Minh Tâm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đặng Minh Khoa", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("hơn 620.000 công nhân lao động", 620000, "công nhân lao động", "over"), Q("khoảng 56%", 56, "%", "approx"),
 Q("34 câu lạc bộ nữ công nhân nhà trọ", 34, "câu lạc bộ nữ công nhân nhà trọ"), Q('18 "địa chỉ tin cậy"', 18, "địa chỉ tin cậy"),
 Q("2.300 lượt nữ công nhân", 2300, "lượt nữ công nhân"), Q("14 chị em", 14, "chị em"), Q("350 triệu đồng", 350000000, "đồng"),
 Q("27 vụ tranh chấp lao động tập thể", 27, "vụ tranh chấp lao động tập thể"), Q("46 mô hình", 46, "mô hình"), Q("712 mô hình", 712, "mô hình")],
[D("Chỉ thị", "21", "CT/TW", "2018-01-20", "Ban Bí thư", "Chỉ thị số 21-CT/TW ngày 20/01/2018"),
 D("Kế hoạch", "77", "KH/TU", None, "Tỉnh ủy", "Kế hoạch 77-KH/TU"),
 D("Kế hoạch", "78", "KH/TU", None, "Tỉnh ủy", "78-KH/TU")],
[prov("Bình Dương"), com("Bình Hòa"), com("An Phú"), com("Tân Định")],
["BAN DÂN VẬN TỈNH ỦY BÌNH DƯƠNG", "Vị trí: Trang chủ > Hoạt động khối dân vận", "Ảnh: Quang cảnh giao ban.", "đề án 938",
 "Nhà trọ an toàn, không bạo lực", "Dân vận khéo", "Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới"],
["05.10.2018 | 08:10", "quý III/2018", "9 tháng qua", "quý IV", "năm 2018"]))

PAGES.append(page("b8845-tiengiang-hlhpn-ramat-2019", """
BÁO ẤP BẮC
Trang chủ | Xã hội | Phụ nữ - Gia đình
Cập nhật lúc 10:15 ngày 28/06/2019
Chợ Gạo: Ra mắt "địa chỉ tin cậy" và câu lạc bộ "Gia đình hạnh phúc" ở xã Bình Phan
Nhân kỷ niệm Ngày Gia đình Việt Nam 28/6, ngày 26/6, Hội LHPN huyện Chợ Gạo (Tiền Giang) phối hợp với Đảng ủy, UBND xã Bình Phan ra mắt mô hình "địa chỉ tin cậy" ở cộng đồng và câu lạc bộ "Gia đình hạnh phúc" của xã với 35 thành viên đến từ 3 ấp Bình Thành, Bình Khương, Bình Hòa Long.
Ban chủ nhiệm câu lạc bộ ra mắt. Ảnh: Thảo Nguyên
Mô hình được xây dựng theo Quyết định số 1464/QĐ-TTg ngày 22/7/2016 của Thủ tướng Chính phủ phê duyệt Chương trình phòng ngừa và ứng phó với bạo lực trên cơ sở giới giai đoạn 2016 - 2020 và Quyết định số 35/QĐ-HPN ngày 10/6/2019 của Ban Thường vụ Hội LHPN huyện. Theo đó, "địa chỉ tin cậy" đặt tại nhà bà Phan Thị Ánh, chi hội trưởng phụ nữ ấp Bình Thành, là nơi tạm lánh cho phụ nữ, trẻ em khi bị bạo lực, tối đa 3 ngày; khi cần sẽ báo ngay công an viên, trưởng ấp.
Tại buổi lễ, bà Đặng Thị Hồng Nhung, Phó Chủ tịch Hội LHPN xã, được tín nhiệm giữ chức Chủ nhiệm câu lạc bộ; các bà Trần Thị Út, Võ Thị Kim Loan, Huỳnh Thị Sáu - thành viên Ban chủ nhiệm câu lạc bộ. Câu lạc bộ sinh hoạt định kỳ mỗi tháng một lần vào ngày 15 với các chủ đề: kỹ năng ứng xử trong gia đình, nuôi dạy con, phòng chống xâm hại trẻ em, pháp luật về hôn nhân và gia đình.
Theo ông Lê Văn Mười, Phó Bí thư Thường trực Đảng ủy xã Bình Phan, năm 2018 xã còn 12 hộ có mâu thuẫn vợ chồng kéo dài, 2 vụ bạo lực gia đình phải xử phạt hành chính; phần nhiều do chồng say xỉn, thiếu việc làm. "Câu lạc bộ không chỉ là chỗ sinh hoạt của chị em, mà còn kéo các anh cùng tham gia, vì muốn hết bạo lực thì nam giới phải thay đổi trước", ông Mười nói.
Bà Nguyễn Thị Kim Thoa, Phó Chủ tịch Hội LHPN tỉnh, đánh giá Chợ Gạo là huyện đầu tiên trong tỉnh có câu lạc bộ "Gia đình hạnh phúc" ở 100% xã, thị trấn. Toàn tỉnh hiện có 172 "địa chỉ tin cậy", 305 câu lạc bộ liên quan đến gia đình với hơn 7.500 thành viên. Dịp này, Hội LHPN tỉnh hỗ trợ câu lạc bộ 5 triệu đồng kinh phí hoạt động ban đầu, tặng 20 bộ tài liệu về Luật Phòng, chống bạo lực gia đình.
Dịp này, Hội LHPN huyện cũng trao 10 suất học bổng, mỗi suất 1 triệu đồng, cho con hội viên nghèo có thành tích học tập tốt trong năm học vừa qua. Buổi ra mắt khép lại bằng tiểu phẩm "Chuyện nhà chị Tư" do các thành viên câu lạc bộ tự dàn dựng, kể về một gia đình vượt qua bạo lực nhờ sự giúp đỡ của tổ phụ nữ và bà con trong ấp.
Thảo Nguyên
Tin liên quan
- Gò Công Tây tập huấn kỹ năng hòa giải cho chi hội trưởng (20/06/2019)
- Hội LHPN tỉnh sơ kết công tác 6 tháng đầu năm 2019 (14/06/2019)
- Cái Bè: phụ nữ tham gia xây dựng nông thôn mới (05/06/2019)
""", "2019-06-28", 'Chợ Gạo: Ra mắt "địa chỉ tin cậy" và câu lạc bộ "Gia đình hạnh phúc" ở xã Bình Phan',
E("khac", None, None),
[P("Phan Thị Ánh", "chi hội trưởng phụ nữ ấp Bình Thành"),
 P("Đặng Thị Hồng Nhung", "Phó Chủ tịch Hội LHPN xã", "Chủ nhiệm câu lạc bộ"),
 P("Trần Thị Út", "thành viên Ban chủ nhiệm câu lạc bộ"),
 P("Võ Thị Kim Loan", "thành viên Ban chủ nhiệm câu lạc bộ"),
 P("Huỳnh Thị Sáu", "thành viên Ban chủ nhiệm câu lạc bộ"),
 P("Lê Văn Mười", "Phó Bí thư Thường trực Đảng ủy xã Bình Phan"),
 P("Nguyễn Thị Kim Thoa", "Phó Chủ tịch Hội LHPN tỉnh")],
[Q("35 thành viên", 35, "thành viên"), Q("3 ấp", 3, "ấp"),
 Q("12 hộ", 12, "hộ"), Q("2 vụ bạo lực gia đình", 2, "vụ bạo lực gia đình"), Q("100% xã, thị trấn", 100, "%"),
 Q('172 "địa chỉ tin cậy"', 172, "địa chỉ tin cậy"), Q("305 câu lạc bộ", 305, "câu lạc bộ"),
 Q("hơn 7.500 thành viên", 7500, "thành viên", "over"), Q("5 triệu đồng", 5000000, "đồng"),
 Q("20 bộ tài liệu", 20, "bộ tài liệu"), Q("10 suất học bổng", 10, "suất học bổng"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Quyết định", "1464", "QĐ-TTg", "2016-07-22", "Thủ tướng Chính phủ", "Quyết định số 1464/QĐ-TTg ngày 22/7/2016"),
 D("Quyết định", "35", "QĐ-HPN", "2019-06-10", "Ban Thường vụ Hội LHPN huyện", "Quyết định số 35/QĐ-HPN ngày 10/6/2019")],
[prov("Tiền Giang"), com("Bình Phan")],
["BÁO ẤP BẮC", "Trang chủ | Xã hội | Phụ nữ - Gia đình", "Ban chủ nhiệm câu lạc bộ ra mắt. Ảnh: Thảo Nguyên",
 "Gia đình hạnh phúc", "Ngày Gia đình Việt Nam", "Luật Phòng, chống bạo lực gia đình", "Chuyện nhà chị Tư"],
["Cập nhật lúc 10:15 ngày 28/06/2019", "tối đa 3 ngày", "giai đoạn 2016 - 2020", "mỗi tháng một lần", "ngày 15", "năm 2018", "28/6"]))

PAGES.append(page("b8846-sonla-bdvtu-giaoban-2019", """
Báo Sơn La
Chính trị > Dân vận
2019-11-01 07:45
Giao ban khối dân vận tháng 10: Tập trung phòng, chống bạo lực gia đình vùng đồng bào Mông, Thái
Chiều 31/10, Ban Dân vận Tỉnh ủy Sơn La tổ chức giao ban công tác dân vận tháng 10/2019 với Ủy ban MTTQ Việt Nam tỉnh và các đoàn thể chính trị - xã hội. Đồng chí Cầm Văn Chính, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Trong tháng, các cơ quan khối dân vận tập trung triển khai Kết luận 28, 29-KL/TU của Ban Thường vụ Tỉnh ủy về công tác vận động quần chúng vùng đồng bào dân tộc thiểu số và Kế hoạch số 123-KH/BDVTU ngày 02/10/2019 của Ban Dân vận Tỉnh ủy về tuyên truyền phòng, chống bạo lực gia đình, tảo hôn.
Bà Hoàng Thị Duyên, Chủ tịch Hội LHPN tỉnh báo cáo: từ đầu năm đến nay, toàn tỉnh xảy ra 247 vụ bạo lực gia đình, tập trung ở 4 huyện Thuận Châu, Mường La, Sông Mã, Bắc Yên; 80% nạn nhân là phụ nữ. Hội đã tổ chức 2.178 buổi tuyên truyền bằng tiếng Thái, tiếng Mông với gần 96.000 lượt người nghe; duy trì 95 câu lạc bộ "Phòng, chống bạo lực gia đình" và 61 "địa chỉ tin cậy". Trong tháng 10, Hội phối hợp hỗ trợ 6 phụ nữ bị bạo lực tạm lánh. Bà Duyên thẳng thắn nêu hạn chế: nhiều vụ bạo lực chưa được phát hiện vì chị em ngại nói, một số trưởng bản còn coi đó là chuyện riêng của mỗi nhà, việc xử lý người gây bạo lực chưa nghiêm.
Quang cảnh giao ban. Ảnh: Lò Hương
Tham luận tại giao ban, đồng chí Tỉnh ủy viên, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh Lò Thị Ngoan cho biết Mặt trận các cấp đã lồng ghép nội dung phòng, chống bạo lực gia đình vào cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", bình xét 11/12 huyện, thành phố có tỷ lệ gia đình văn hóa trên 80%. Ông Quàng Văn Bình, Phó Bí thư Tỉnh đoàn, đề nghị đưa nội dung phòng, chống tảo hôn vào sinh hoạt chi đoàn bản.
Tại xã Phỏng Lái, bà Lò Thị Ún, Chủ tịch Hội LHPN xã, được giao chủ trì mô hình "Bản không có bạo lực gia đình" ở 7 bản; sau 6 tháng, số vụ mâu thuẫn vợ chồng giảm từ 15 vụ xuống còn 4 vụ. Mô hình tương tự đang được xã Chiềng Pha học tập.
Kết luận giao ban, đồng chí Cầm Văn Chính đề nghị tháng 11 các cơ quan khối dân vận tập trung hưởng ứng Tháng hành động vì bình đẳng giới; Hội LHPN tỉnh phối hợp Ban Dân vận Tỉnh ủy khảo sát, đánh giá hiệu quả các "địa chỉ tin cậy" ở 4 huyện nêu trên, báo cáo Thường trực Tỉnh ủy trước ngày 20/12/2019. Đồng chí Nguyễn Thị Thanh Hương, Phó Trưởng Ban Dân vận Tỉnh ủy, được giao theo dõi, đôn đốc.
Lò Hương
Các tin khác
- Mộc Châu: đối thoại với người có uy tín (25/10/2019)
- Hội LHPN tỉnh tập huấn kỹ năng tư vấn (18/10/2019)
- Giao ban khối dân vận tháng 9/2019 (01/10/2019)
""", "2019-11-01", "Giao ban khối dân vận tháng 10: Tập trung phòng, chống bạo lực gia đình vùng đồng bào Mông, Thái",
E("giao_ban", "2019-10", "2019-10-31"),
[P("Cầm Văn Chính", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hoàng Thị Duyên", "Chủ tịch Hội LHPN tỉnh"),
 P("Lò Thị Ngoan", "Tỉnh ủy viên", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh"),
 P("Quàng Văn Bình", "Phó Bí thư Tỉnh đoàn"),
 P("Lò Thị Ún", "Chủ tịch Hội LHPN xã"),
 P("Nguyễn Thị Thanh Hương", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("247 vụ bạo lực gia đình", 247, "vụ bạo lực gia đình"), Q("4 huyện", 4, "huyện"), Q("80%", 80, "%"),
 Q("2.178 buổi tuyên truyền", 2178, "buổi tuyên truyền"), Q("gần 96.000 lượt người", 96000, "lượt người", "approx"),
 Q('95 câu lạc bộ "Phòng, chống bạo lực gia đình"', 95, "câu lạc bộ"), Q('61 "địa chỉ tin cậy"', 61, "địa chỉ tin cậy"),
 Q("6 phụ nữ", 6, "phụ nữ"), Q("11/12 huyện, thành phố", 11, "huyện, thành phố"), Q("trên 80%", 80, "%", "over"),
 Q("7 bản", 7, "bản"), Q("15 vụ", 15, "vụ"), Q("4 vụ", 4, "vụ")],
[D("Kết luận", "28", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 28, 29-KL/TU"),
 D("Kết luận", "29", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 28, 29-KL/TU"),
 D("Kế hoạch", "123", "KH/BDVTU", "2019-10-02", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 123-KH/BDVTU ngày 02/10/2019")],
[prov("Sơn La"), com("Phỏng Lái"), com("Chiềng Pha")],
["Báo Sơn La", "Chính trị > Dân vận", "Quang cảnh giao ban. Ảnh: Lò Hương", "Phòng, chống bạo lực gia đình",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Bản không có bạo lực gia đình", "Tháng hành động vì bình đẳng giới"],
["2019-11-01 07:45", "tháng 10/2019", "Trong tháng 10", "sau 6 tháng", "tháng 11", "20/12/2019"]))

PAGES.append(page("b8847-hatinh-hlhpn-taphuan-2020", """
Báo Hà Tĩnh điện tử
Xã hội / Gia đình - Bình đẳng giới
24 tháng 7, 2020 | 15:30
Hương Khê: 120 học viên được tập huấn kỹ năng hỗ trợ phụ nữ bị bạo lực
Trong hai ngày 22 - 23/7, Hội LHPN tỉnh Hà Tĩnh phối hợp với Sở Lao động - Thương binh và Xã hội tổ chức lớp tập huấn nâng cao năng lực cho thành viên tổ truyền thông cộng đồng và "địa chỉ tin cậy" năm 2020 tại huyện Hương Khê. Tham gia lớp học có 120 học viên là cán bộ Hội, công an viên, trưởng thôn của 13 huyện, thành phố, thị xã.
Lớp tập huấn thực hiện nghiêm các biện pháp phòng dịch Covid-19. Ảnh: Thu Hà
Phát biểu khai mạc, bà Trần Thị Hoài, Phó Chủ tịch Hội LHPN tỉnh cho biết, lớp học nằm trong Kế hoạch 40/KH-HPN của Hội LHPN tỉnh và Quyết định số 2242/QĐ-UBND ngày 10/7/2020 của UBND tỉnh về thực hiện công tác bình đẳng giới năm 2020. Năm 2019, toàn tỉnh ghi nhận 37 vụ bạo lực gia đình; trong thời gian giãn cách xã hội do dịch Covid-19, các "địa chỉ tin cậy" nhận được nhiều cuộc gọi cầu cứu hơn so với ngày thường.
Các học viên được TS. Nguyễn Văn Lâm, giảng viên Trường Đại học Hà Tĩnh, hướng dẫn kỹ năng nhận diện các hình thức bạo lực tinh thần, kinh tế; ông Phan Văn Cường, Phó Chánh Văn phòng Sở Lao động - Thương binh và Xã hội, giới thiệu quy trình tiếp nhận, chuyển gửi trường hợp trẻ em bị xâm hại và cách sử dụng Tổng đài điện thoại quốc gia bảo vệ trẻ em 111. Đại úy Lê Thanh Tùng, cán bộ Phòng Cảnh sát hình sự Công an tỉnh, phân tích một số vụ án bạo lực gây hậu quả nghiêm trọng trên địa bàn.
Hiện toàn tỉnh có 246 "địa chỉ tin cậy", 209 tổ truyền thông cộng đồng; 6 tháng đầu năm đã tư vấn cho khoảng 2.000 lượt người, tiếp nhận 19 trường hợp phụ nữ, trẻ em tạm lánh. Chủ tịch Hội LHPN xã Hương Trạch Nguyễn Thị Liên chia sẻ: "Có hôm nửa đêm chị em gõ cửa, mình vừa nấu cháo cho các cháu, vừa gọi công an xã. Làm địa chỉ tin cậy cần nhất là giữ kín chuyện cho chị em".
Bà Võ Thị Thu, chi hội trưởng phụ nữ thôn Kim Lũy, xã Hương Trạch, đề nghị có thêm kinh phí cho tổ truyền thông vì hiện mỗi tổ chỉ được hỗ trợ 500.000 đồng/năm. Nhiều học viên cũng mong muốn được cấp sổ tay hướng dẫn bỏ túi để tra cứu khi xử lý tình huống ở cơ sở.
Tổng kinh phí lớp tập huấn là 68 triệu đồng từ nguồn ngân sách tỉnh. Kết thúc lớp học, Ban tổ chức trao giấy chứng nhận cho 118 học viên hoàn thành khóa học; 2 học viên vắng vì lý do sức khỏe sẽ được học bù vào đợt sau tại thành phố Hà Tĩnh.
Thu Hà
Tin liên quan
- Can Lộc: tuyên truyền phòng, chống bạo lực gia đình qua loa truyền thanh (15/07/2020)
- Hội LHPN tỉnh hỗ trợ phụ nữ khó khăn do dịch Covid-19 (28/04/2020)
- Ra mắt mô hình "Gia đình an toàn, không bạo lực" (10/01/2020)
""", "2020-07-24", "Hương Khê: 120 học viên được tập huấn kỹ năng hỗ trợ phụ nữ bị bạo lực",
E("tap_huan", "2020", "2020-07-22"),
[P("Trần Thị Hoài", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Nguyễn Văn Lâm", "TS.", "giảng viên Trường Đại học Hà Tĩnh"),
 P("Phan Văn Cường", "Phó Chánh Văn phòng Sở Lao động - Thương binh và Xã hội"),
 P("Lê Thanh Tùng", "Đại úy", "cán bộ Phòng Cảnh sát hình sự Công an tỉnh"),
 P("Nguyễn Thị Liên", "Chủ tịch Hội LHPN xã Hương Trạch"),
 P("Võ Thị Thu", "chi hội trưởng phụ nữ thôn Kim Lũy")],
[Q("120 học viên", 120, "học viên"), Q("13 huyện, thành phố, thị xã", 13, "huyện, thành phố, thị xã"),
 Q("37 vụ bạo lực gia đình", 37, "vụ bạo lực gia đình"), Q('246 "địa chỉ tin cậy"', 246, "địa chỉ tin cậy"),
 Q("209 tổ truyền thông cộng đồng", 209, "tổ truyền thông cộng đồng"), Q("khoảng 2.000 lượt người", 2000, "lượt người", "approx"),
 Q("19 trường hợp", 19, "trường hợp"), Q("500.000 đồng", 500000, "đồng"), Q("68 triệu đồng", 68000000, "đồng"),
 Q("118 học viên", 118, "học viên"), Q("2 học viên", 2, "học viên")],
[D("Kế hoạch", "40", "KH-HPN", None, "Hội LHPN tỉnh", "Kế hoạch 40/KH-HPN"),
 D("Quyết định", "2242", "QĐ-UBND", "2020-07-10", "UBND tỉnh", "Quyết định số 2242/QĐ-UBND ngày 10/7/2020")],
[prov("Hà Tĩnh"), com("Hương Trạch")],
["Báo Hà Tĩnh điện tử", "Xã hội / Gia đình - Bình đẳng giới", "Lớp tập huấn thực hiện nghiêm các biện pháp phòng dịch Covid-19. Ảnh: Thu Hà",
 "Tổng đài điện thoại quốc gia bảo vệ trẻ em 111"],
["24 tháng 7, 2020 | 15:30", "hai ngày 22 - 23/7", "năm 2020", "Năm 2019", "Covid-19", "111", "6 tháng đầu năm"]))

PAGES.append(page("b8848-camau-hlhpn-tongket-2020", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH CÀ MAU
Trang chủ › Tin tức › Hoạt động các cấp Hội
Thứ Tư, 30/12/2020, 14:10
Ảnh: Bà Lâm Thị Mộng Trinh phát biểu tại hội nghị.
Phụ nữ Cà Mau chung tay xây dựng gia đình "5 không, 3 sạch", không bạo lực
Ngày 29/12, Hội LHPN tỉnh Cà Mau tổ chức hội nghị tổng kết công tác Hội và phong trào phụ nữ năm 2020, triển khai phương hướng, nhiệm vụ năm 2021. Dự hội nghị có đồng chí Tô Văn Hiền, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; bà Lâm Thị Mộng Trinh, Chủ tịch Hội LHPN tỉnh chủ trì.
Năm 2020, dù chịu ảnh hưởng của dịch Covid-19 và hạn mặn, các cấp Hội vẫn hoàn thành và vượt 14/15 chỉ tiêu. Thực hiện Chỉ thị 21-CT/TW của Ban Bí thư và Kế hoạch 85-KH/TU của Tỉnh ủy, Hội phát triển 1.250 hội viên mới, nâng tỷ lệ tập hợp phụ nữ lên 86,7%. Các cấp Hội vận động 12,4 tỷ đồng hỗ trợ hội viên khó khăn, xây dựng và sửa chữa 58 căn nhà "Mái ấm tình thương"; giúp 617 hộ thoát nghèo.
Riêng công tác phòng, chống bạo lực gia đình, toàn tỉnh có 203 câu lạc bộ phòng, chống bạo lực gia đình, 101 "địa chỉ tin cậy" và 1 nhà tạm lánh đặt tại Trung tâm Công tác xã hội tỉnh. Trong năm, các tổ hòa giải có cán bộ Hội tham gia đã hòa giải thành 324/371 vụ mâu thuẫn gia đình, đạt 87,3%; số vụ bạo lực gia đình giảm 21 vụ so với năm 2019.
Tham luận tại hội nghị, bà Trương Thị Ngọc, Chủ tịch Hội LHPN huyện Trần Văn Thời, giới thiệu mô hình "Tổ phụ nữ không có bạo lực gia đình" ở xã Khánh Bình Tây với 42 tổ tham gia. Bà Danh Thị Mỹ, Tỉnh ủy viên, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh, đánh giá cao sự phối hợp của Hội trong cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh". Bà Phạm Thị Hường, chủ nhiệm câu lạc bộ phòng, chống bạo lực gia đình ấp Tân Hòa, xã Tân Hưng Đông, kể chuyện vận động một người chồng nghiện rượu từ bỏ thói vũ phu.
Phát biểu chỉ đạo, đồng chí Tô Văn Hiền biểu dương kết quả các cấp Hội đạt được; đề nghị năm 2021 Hội tập trung tuyên truyền, vận động hội viên tham gia bầu cử đại biểu Quốc hội khóa XV và HĐND các cấp nhiệm kỳ 2021 - 2026, chuẩn bị tốt đại hội phụ nữ các cấp; nâng chất các câu lạc bộ, "địa chỉ tin cậy", phấn đấu không để xảy ra bạo lực gia đình gây hậu quả nghiêm trọng.
Dịp này, Trung ương Hội LHPN Việt Nam tặng Cờ thi đua cho Hội LHPN huyện Đầm Dơi; UBND tỉnh tặng Bằng khen cho 9 tập thể, 14 cá nhân; Hội LHPN tỉnh tặng Giấy khen cho 36 tập thể và 52 cá nhân.
Ngọc Hân
Lượt xem: 1.987
Tin cùng chuyên mục
- Ngọc Hiển: trao 20 căn nhà "Mái ấm tình thương" (22/12/2020)
- Hội LHPN tỉnh hưởng ứng Tháng hành động vì bình đẳng giới (25/11/2020)
- Phụ nữ U Minh chung tay phòng, chống hạn mặn (10/11/2020)
""", "2020-12-30", 'Phụ nữ Cà Mau chung tay xây dựng gia đình "5 không, 3 sạch", không bạo lực',
E("tong_ket", "2020", "2020-12-29"),
[P("Tô Văn Hiền", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lâm Thị Mộng Trinh", "Chủ tịch Hội LHPN tỉnh"),
 P("Trương Thị Ngọc", "Chủ tịch Hội LHPN huyện Trần Văn Thời"),
 P("Danh Thị Mỹ", "Tỉnh ủy viên", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phạm Thị Hường", "chủ nhiệm câu lạc bộ phòng, chống bạo lực gia đình ấp Tân Hòa")],
[Q("14/15 chỉ tiêu", 14, "chỉ tiêu"), Q("1.250 hội viên mới", 1250, "hội viên mới"), Q("86,7%", 86.7, "%"),
 Q("12,4 tỷ đồng", 12400000000, "đồng"), Q('58 căn nhà "Mái ấm tình thương"', 58, "căn nhà"),
 Q("617 hộ", 617, "hộ"),
 Q("203 câu lạc bộ phòng, chống bạo lực gia đình", 203, "câu lạc bộ phòng, chống bạo lực gia đình"),
 Q('101 "địa chỉ tin cậy"', 101, "địa chỉ tin cậy"), Q("1 nhà tạm lánh", 1, "nhà tạm lánh"),
 Q("324/371 vụ mâu thuẫn gia đình", 324, "vụ mâu thuẫn gia đình"), Q("87,3%", 87.3, "%"), Q("21 vụ", 21, "vụ"),
 Q("42 tổ", 42, "tổ"), Q("9 tập thể", 9, "tập thể"), Q("14 cá nhân", 14, "cá nhân"),
 Q("36 tập thể", 36, "tập thể"), Q("52 cá nhân", 52, "cá nhân")],
[D("Chỉ thị", "21", "CT/TW", None, "Ban Bí thư", "Chỉ thị 21-CT/TW"),
 D("Kế hoạch", "85", "KH/TU", None, "Tỉnh ủy", "Kế hoạch 85-KH/TU")],
[prov("Cà Mau"), com("Khánh Bình Tây"), com("Tân Hưng Đông")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH CÀ MAU", "Trang chủ › Tin tức › Hoạt động các cấp Hội", "Ảnh: Bà Lâm Thị Mộng Trinh phát biểu tại hội nghị.",
 "Mái ấm tình thương", "Tổ phụ nữ không có bạo lực gia đình", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
 "Trung tâm Công tác xã hội tỉnh", "Lượt xem: 1.987"],
["Thứ Tư, 30/12/2020, 14:10", "5 không, 3 sạch", "năm 2020", "năm 2021", "năm 2019", "khóa XV", "nhiệm kỳ 2021 - 2026", "Lượt xem: 1.987"]))
