from lib import *
PAGES = []

PAGES.append(page("b8483-thuathienhue-bdv-taphuan-2017", """
Báo Thừa Thiên Huế Online
You are here: Home > Chính trị > Xây dựng Đảng
Thứ Năm, 20/04/2017
Tập huấn kỹ năng dân vận cho cán bộ cơ sở vùng dự án cao tốc La Sơn - Túy Loan
Trong 2 ngày 18 và 19/4, Ban Dân vận Tỉnh ủy phối hợp với Ủy ban MTTQ Việt Nam tỉnh tổ chức lớp tập huấn kỹ năng vận động nhân dân trong bồi thường, giải phóng mặt bằng năm 2017 cho 120 học viên là cán bộ dân vận, Mặt trận, đoàn thể của 8 xã, thị trấn thuộc huyện Phú Lộc và thị xã Hương Thủy.
Học viên thảo luận nhóm tại lớp tập huấn.
Phát biểu khai mạc, đồng chí Trần Viết Bình, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy nhấn mạnh: dự án đường cao tốc La Sơn - Túy Loan đoạn qua tỉnh dài gần 40 km, ảnh hưởng 1.315 hộ dân; đến nay đã chi trả 312 tỷ đồng, bàn giao 98,7% diện tích. Phần việc còn lại tuy ít nhưng khó nhất, gồm 17 hộ chưa đồng thuận và 46 ngôi mộ chưa di dời ở xã Lộc Sơn, xã Lộc Bổn.
Lớp học được nghe 4 chuyên đề. TS. Nguyễn Văn Hòa, giảng viên Trường Chính trị Nguyễn Chí Thanh, giới thiệu những điểm mới về thu hồi đất, bồi thường, hỗ trợ theo Luật Đất đai năm 2013 và Nghị định 01/2017/NĐ-CP ngày 6/1/2017 của Chính phủ. ThS. Lê Thị Minh Tâm, Phó Chánh Thanh tra tỉnh, hướng dẫn cách tiếp nhận, phân loại đơn thư. Trưởng phòng Bồi thường - Tái định cư Trung tâm Phát triển quỹ đất tỉnh Hồ Quang Sang giải thích cách áp giá theo Quyết định số 38/2016/QĐ-UBND của UBND tỉnh, trong đó đất ở ven quốc lộ được bồi thường từ 1,6 triệu đồng/m2.
Chuyên đề cuối do Ban Dân vận Tỉnh ủy trình bày về kỹ năng đối thoại, thuyết phục, theo Kế hoạch số 21-KH/BDVTU ngày 15/3/2017 của Ban Dân vận Tỉnh ủy. Học viên được chia thành 6 nhóm, xử lý 12 tình huống giả định như hộ dân đòi bồi thường cây keo chưa đến tuổi khai thác, tranh chấp đất giữa anh em trong gia đình, hộ không chịu di dời mộ vì chưa đến năm hợp tuổi.
Bà Pơ Loong Thị Nhi, Phó Chủ tịch Ủy ban MTTQ xã Xuân Lộc, chia sẻ: "Thôn tôi có hộ người Cơ Tu không chịu nhận tiền vì sợ mất rẫy rồi không biết làm gì. Sau lớp này tôi biết cách nói cho bà con hiểu về chính sách hỗ trợ chuyển đổi nghề". Ông Phan Văn Lợi, Chủ tịch UBND xã Lộc Hòa, mong có thêm lớp tập huấn cho trưởng thôn, tổ trưởng tổ dân vận.
Bế mạc lớp học, đồng chí Trần Viết Bình đề nghị học viên vận dụng kiến thức vào thực tiễn, phối hợp chặt với chủ đầu tư để hoàn thành bàn giao phần mặt bằng còn lại trước ngày 30/5; mỗi học viên được phát 1 cuốn sổ tay, Ban đã in 500 cuốn sổ tay dân vận để cấp cho các thôn, tổ dân phố.
Minh Văn
Bài viết liên quan
- Phú Lộc đối thoại với hộ dân vùng cao tốc (05/04/2017)
- Hương Thủy: vận động di dời hơn 100 ngôi mộ (22/03/2017)
- Hội nghị giao ban khối dân vận quý I (10/03/2017)
""", "2017-04-20", "Tập huấn kỹ năng dân vận cho cán bộ cơ sở vùng dự án cao tốc La Sơn - Túy Loan",
E("tap_huan", "2017", "2017-04-18"),
[P("Trần Viết Bình", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Hòa", "TS.", "giảng viên Trường Chính trị Nguyễn Chí Thanh"),
 P("Lê Thị Minh Tâm", "ThS.", "Phó Chánh Thanh tra tỉnh"),
 P("Hồ Quang Sang", "Trưởng phòng Bồi thường - Tái định cư Trung tâm Phát triển quỹ đất tỉnh"),
 P("Pơ Loong Thị Nhi", "Phó Chủ tịch Ủy ban MTTQ xã Xuân Lộc"),
 P("Phan Văn Lợi", "Chủ tịch UBND xã Lộc Hòa")],
[Q("120 học viên", 120, "học viên"), Q("8 xã, thị trấn", 8, "xã, thị trấn"), Q("gần 40 km", 40, "km", "approx"),
 Q("1.315 hộ dân", 1315, "hộ dân"), Q("312 tỷ đồng", 312000000000, "đồng"), Q("98,7%", 98.7, "%"),
 Q("17 hộ", 17, "hộ"), Q("46 ngôi mộ", 46, "ngôi mộ"), Q("4 chuyên đề", 4, "chuyên đề"),
 Q("1,6 triệu đồng/m2", 1600000, "đồng"), Q("6 nhóm", 6, "nhóm"), Q("12 tình huống giả định", 12, "tình huống giả định"),
 Q("500 cuốn sổ tay dân vận", 500, "cuốn sổ tay dân vận")],
[D("Nghị định", "01", "2017/NĐ-CP", "2017-01-06", "Chính phủ", "Nghị định 01/2017/NĐ-CP ngày 6/1/2017 của Chính phủ"),
 D("Quyết định", "38", "2016/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 38/2016/QĐ-UBND của UBND tỉnh"),
 D("Kế hoạch", "21", "KH/BDVTU", "2017-03-15", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 21-KH/BDVTU ngày 15/3/2017 của Ban Dân vận Tỉnh ủy")],
[prov("Thừa Thiên Huế"), com("Lộc Sơn"), com("Lộc Bổn"), com("Xuân Lộc"), com("Lộc Hòa")],
["Báo Thừa Thiên Huế Online", "You are here: Home > Chính trị > Xây dựng Đảng", "Học viên thảo luận nhóm tại lớp tập huấn.",
 "La Sơn - Túy Loan", "Luật Đất đai năm 2013", "Trường Chính trị Nguyễn Chí Thanh"],
["Thứ Năm, 20/04/2017", "2 ngày", "năm 2017", "1 cuốn sổ tay", "ngày 30/5"]))

PAGES.append(page("b8484-binhthuan-tin-gpmb-2018", """
BÁO BÌNH THUẬN ĐIỆN TỬ
Chính trị - Xã hội | Kinh tế | Văn hóa | Thể thao
Cập nhật lúc 14:10 ngày 14/08/2018
Hàm Thuận Nam: Người dân vùng dự án cao tốc đồng thuận bàn giao mặt bằng
(BTO) Đoạn tuyến cao tốc Phan Thiết - Dầu Giây qua tỉnh Bình Thuận đi qua huyện Hàm Thuận Nam dài khoảng 28 km, qua địa bàn các xã Hàm Minh, Tân Lập, Mương Mán, Hàm Cường. Đến giữa tháng 8/2018, huyện đã cơ bản hoàn thành kiểm đếm, nhiều hộ dân chủ động tháo dỡ vật kiến trúc để bàn giao mặt bằng sớm.
Đường công vụ dự án cao tốc đoạn qua xã Tân Lập. Ảnh: Đ.Hải
Theo Ban Quản lý dự án, tổng số hộ bị ảnh hưởng trên địa bàn huyện là 742 hộ, thu hồi khoảng 196 ha đất, phần lớn là đất trồng thanh long, cao su. Đến ngày 10/8, đã có 695 hộ ký biên bản kiểm đếm, đạt 93,7%; 520 hộ được phê duyệt phương án với số tiền hơn 214 tỷ đồng. Huyện dự kiến bố trí 2 khu tái định cư với 160 lô đất cho 64 hộ phải di dời chỗ ở.
Dự án được Quốc hội thông qua tại Nghị quyết số 52/2017/QH14 của Quốc hội về chủ trương đầu tư một số đoạn đường bộ cao tốc trên tuyến Bắc - Nam phía Đông. Ngày 12/7/2018, UBND tỉnh ban hành Quyết định số 1895/QĐ-UBND về bảng giá bồi thường cây trồng trên địa bàn dự án, theo đó mỗi trụ thanh long đang cho trái được bồi thường 320.000 đồng.
Ông Katơr Văn Bay, người có uy tín thôn Dân Cường, xã Hàm Cường, cho biết thôn có 23 hộ đồng bào Raglai có đất trong dự án. "Ban đầu bà con lo không còn đất để trồng trọt. Cán bộ Mặt trận xã về họp dân 3 buổi, giải thích sẽ có hỗ trợ đào tạo nghề, bà con mới yên tâm", ông nói.
Còn bà Trương Thị Kim Cúc, Chủ tịch Ủy ban MTTQ xã Mương Mán, cho biết Mặt trận xã thành lập 4 tổ vận động, mỗi tổ có cán bộ Mặt trận, Hội Nông dân, Hội Phụ nữ và trưởng thôn. Nhờ vậy, từ đầu năm đến nay xã không có đơn thư vượt cấp liên quan đến dự án.
Theo ông Lê Thanh Phong, Phó Chủ tịch UBND huyện Hàm Thuận Nam, khó khăn hiện nay là một số hộ có đất nằm xen kẹp, phần diện tích còn lại sau thu hồi quá nhỏ không thể canh tác. Huyện đã kiến nghị tỉnh cho thu hồi luôn phần đất này, đồng thời đề nghị chủ đầu tư xây dựng 5 đường ngang dân sinh để người dân đi lại, vận chuyển nông sản.
Huyện phấn đấu bàn giao toàn bộ mặt bằng trong quý IV/2018 để kịp khởi công dự án. Ban Thường vụ Huyện ủy đã giao các tổ chức đảng, Mặt trận và đoàn thể xã tiếp tục bám dân, kịp thời nắm bắt những băn khoăn, không để kẻ xấu lợi dụng kích động người dân khiếu kiện đông người. Trong khi đó, Thủ tướng Chính phủ cũng có Công điện yêu cầu các địa phương đẩy nhanh giải phóng mặt bằng các dự án giao thông trọng điểm.
Đình Hải
Tin khác
- Hàm Tân: kiểm đếm đất đai dự án cao tốc (08/08/2018)
- Mặt trận tỉnh làm việc với huyện Tánh Linh (01/08/2018)
- Phan Thiết công khai giá đất bồi thường (25/07/2018)
""", "2018-08-14", "Hàm Thuận Nam: Người dân vùng dự án cao tốc đồng thuận bàn giao mặt bằng",
E("khac", None, None),
[P("Katơr Văn Bay", "người có uy tín thôn Dân Cường"),
 P("Trương Thị Kim Cúc", "Chủ tịch Ủy ban MTTQ xã Mương Mán"),
 P("Lê Thanh Phong", "Phó Chủ tịch UBND huyện Hàm Thuận Nam")],
[Q("khoảng 28 km", 28, "km", "approx"), Q("742 hộ", 742, "hộ"), Q("khoảng 196 ha", 196, "ha", "approx"),
 Q("695 hộ", 695, "hộ"), Q("93,7%", 93.7, "%"), Q("520 hộ", 520, "hộ"), Q("hơn 214 tỷ đồng", 214000000000, "đồng", "over"),
 Q("2 khu tái định cư", 2, "khu tái định cư"), Q("160 lô đất", 160, "lô đất"), Q("64 hộ", 64, "hộ"),
 Q("320.000 đồng", 320000, "đồng"), Q("23 hộ đồng bào Raglai", 23, "hộ đồng bào Raglai"), Q("3 buổi", 3, "buổi"),
 Q("4 tổ vận động", 4, "tổ vận động"), Q("5 đường ngang dân sinh", 5, "đường ngang dân sinh")],
[D("Nghị quyết", "52", "2017/QH14", None, "Quốc hội", "Nghị quyết số 52/2017/QH14 của Quốc hội"),
 D("Quyết định", "1895", "QĐ-UBND", "2018-07-12", "UBND tỉnh", "Quyết định số 1895/QĐ-UBND")],
[prov("Bình Thuận"), com("Hàm Minh"), com("Tân Lập"), com("Mương Mán"), com("Hàm Cường")],
["BÁO BÌNH THUẬN ĐIỆN TỬ", "Chính trị - Xã hội | Kinh tế | Văn hóa | Thể thao", "(BTO)",
 "Đường công vụ dự án cao tốc đoạn qua xã Tân Lập. Ảnh: Đ.Hải", "Phan Thiết - Dầu Giây", "Bắc - Nam phía Đông", "Công điện"],
["Cập nhật lúc 14:10 ngày 14/08/2018", "tháng 8/2018", "ngày 10/8", "quý IV/2018"]))

PAGES.append(page("b8485-nghean-huyenuy-doithoai-2019", """
BÁO NGHỆ AN
Thời sự > Chính trị
21.06.2019 | 07:50
Diễn Châu: Đối thoại gỡ vướng giải phóng mặt bằng cao tốc Bắc - Nam
(Baonghean.vn) - Chiều 20/6, Huyện ủy, UBND huyện Diễn Châu (Nghệ An) tổ chức đối thoại năm 2019 giữa người đứng đầu cấp ủy, chính quyền với nhân dân các xã có dự án đường cao tốc Bắc - Nam đoạn Nghi Sơn - Diễn Châu và Diễn Châu - Bãi Vọt đi qua.
Quang cảnh buổi đối thoại tại hội trường Huyện ủy Diễn Châu.
Chủ trì buổi đối thoại có đồng chí Trần Đình Lương, Ủy viên Ban Chấp hành Đảng bộ tỉnh, Bí thư Huyện ủy và đồng chí Nguyễn Văn Định, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện. Tham dự có đồng chí Hoàng Thị Thu, Trưởng Ban Dân vận Huyện ủy - Chủ tịch Ủy ban MTTQ huyện cùng đại diện 12 xã và hơn 150 người dân.
Buổi đối thoại được tổ chức theo Quy định 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân và xử lý những phản ánh, kiến nghị của dân, cùng Kế hoạch số 115-KH/HU của Ban Thường vụ Huyện ủy.
Theo báo cáo, tuyến cao tốc qua huyện dài 26,8 km, ảnh hưởng 2.450 hộ, phải di dời 385 ngôi mộ. Đến nay huyện đã kiểm đếm 87% diện tích, chi trả hơn 215 tỷ đồng. Giá bồi thường đất trồng lúa được áp dụng 54.000 đồng/m2 theo Quyết định 19/2019/QĐ-UBND của UBND tỉnh.
Tại buổi đối thoại, 28 ý kiến được nêu. Ông Cao Văn Tình (xóm 5, xã Diễn Cát) cho rằng giá đất vườn thấp hơn giá thị trường; bà Hồ Thị Lan (xã Diễn Phúc) hỏi vì sao diện tích đất trong biên bản kiểm đếm khác với sổ đỏ. Một số hộ ở xã Diễn Đồng, xã Diễn Lâm đề nghị làm hầm chui dân sinh, cống thoát nước để không ngập úng khi có đường cao tốc.
Chủ tịch UBND huyện Nguyễn Văn Định trả lời thẳng thắn từng ý kiến: những trường hợp chênh lệch diện tích sẽ được đo đạc lại với sự giám sát của Mặt trận và đại diện xóm; kiến nghị về hầm chui đã được huyện tổng hợp gửi Ban Quản lý dự án. Mỗi ngôi mộ di dời được hỗ trợ 6 triệu đồng, hộ bàn giao mặt bằng đúng hạn được thưởng 5 triệu đồng.
Kết luận, Bí thư Huyện ủy Trần Đình Lương yêu cầu các xã công khai phương án bồi thường tại nhà văn hóa xóm; cán bộ, đảng viên phải gương mẫu bàn giao trước; giao Ủy ban MTTQ huyện giám sát việc chi trả. Đồng chí khẳng định tinh thần "Nhà nước không để người dân nơi có đất bị thu hồi thiệt thòi", nhưng cũng kiên quyết xử lý các trường hợp cố tình trục lợi, xây dựng trái phép để đòi bồi thường.
Thanh Lê
Tin liên quan
- Quỳnh Lưu: 95% hộ dân bàn giao mặt bằng cao tốc (14/06/2019)
- Nghi Lộc đối thoại với người dân xã Nghi Yên (06/06/2019)
- Yên Thành tổ chức cưỡng chế kiểm đếm 3 hộ (28/05/2019)
""", "2019-06-21", "Diễn Châu: Đối thoại gỡ vướng giải phóng mặt bằng cao tốc Bắc - Nam",
E("doi_thoai", "2019", "2019-06-20"),
[P("Trần Đình Lương", "Ủy viên Ban Chấp hành Đảng bộ tỉnh", "Bí thư Huyện ủy"),
 P("Nguyễn Văn Định", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"),
 P("Hoàng Thị Thu", "Trưởng Ban Dân vận Huyện ủy - Chủ tịch Ủy ban MTTQ huyện"),
 P("Cao Văn Tình"), P("Hồ Thị Lan")],
[Q("12 xã", 12, "xã"), Q("hơn 150 người dân", 150, "người dân", "over"), Q("26,8 km", 26.8, "km"), Q("2.450 hộ", 2450, "hộ"),
 Q("385 ngôi mộ", 385, "ngôi mộ"), Q("87% diện tích", 87, "%"), Q("hơn 215 tỷ đồng", 215000000000, "đồng", "over"),
 Q("54.000 đồng/m2", 54000, "đồng"), Q("28 ý kiến", 28, "ý kiến"), Q("6 triệu đồng", 6000000, "đồng"),
 Q("5 triệu đồng", 5000000, "đồng")],
[D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", "Quy định 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị"),
 D("Kế hoạch", "115", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 115-KH/HU của Ban Thường vụ Huyện ủy"),
 D("Quyết định", "19", "2019/QĐ-UBND", None, "UBND tỉnh", "Quyết định 19/2019/QĐ-UBND của UBND tỉnh")],
[prov("Nghệ An"), com("Diễn Cát"), com("Diễn Phúc"), com("Diễn Đồng"), com("Diễn Lâm")],
["BÁO NGHỆ AN", "Thời sự > Chính trị", "(Baonghean.vn)", "Quang cảnh buổi đối thoại tại hội trường Huyện ủy Diễn Châu.",
 "Nghi Sơn - Diễn Châu", "Diễn Châu - Bãi Vọt", "Nhà nước không để người dân nơi có đất bị thu hồi thiệt thòi"],
["21.06.2019 | 07:50", "năm 2019", "xóm 5"]))

PAGES.append(page("b8486-tiengiang-mttq-giamsat-2019", """
Hôm nay: Thứ Năm, 07/11/2019
BÁO ẤP BẮC - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Tiền Giang
Mặt trận - Đoàn thể
Ngày 05/11/2019 | 10:15
Giám sát chi trả bồi thường dự án cao tốc Trung Lương - Mỹ Thuận tại Cai Lậy
Ngày 4/11, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh do ông Lê Văn Nhanh, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc bồi thường, hỗ trợ, tái định cư dự án đường cao tốc Trung Lương - Mỹ Thuận tại huyện Cai Lậy và thị xã Cai Lậy, theo Chương trình phối hợp giám sát năm 2019.
Cùng đi có các Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Nguyễn Thị Kim Thoa, Đặng Văn Nam; đại diện Hội Nông dân, Hội LHPN tỉnh và Sở Tài nguyên và Môi trường.
Đoàn giám sát làm việc tại xã Mỹ Hạnh Trung.
Việc giám sát căn cứ Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN ngày 15/6/2017 của Ủy ban Thường vụ Quốc hội, Chính phủ và Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam và Thông tri số 09/TTr-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam.
Theo báo cáo, dự án có 1.460 hộ bị ảnh hưởng trên địa bàn tỉnh, trong đó hai địa phương Cai Lậy chiếm 812 hộ. Đến nay, tỉnh đã chi trả hơn 1.017 tỷ đồng, đạt 99,3% kinh phí được duyệt; còn 32 hộ chưa nhận tiền do tranh chấp thừa kế hoặc chưa đồng ý giá. Tỉnh đã xây dựng 4 khu tái định cư với 350 nền; đơn giá đất ở nông thôn ven quốc lộ được bồi thường 1,2 triệu đồng/m2, theo Quyết định số 1247/QĐ-UBND của UBND tỉnh.
Tại xã Long Trung, xã Hiệp Đức và xã Tam Bình, đoàn trực tiếp gặp 18 hộ dân. Ông Nguyễn Văn Bé Tư (ấp 3, xã Tam Bình) phản ánh: "Nền tái định cư cấp cho tôi thấp hơn mặt đường cả mét, mùa mưa ngập nước". Bà Trần Thị Út Mười kiến nghị được hỗ trợ thêm tiền thuê nhà vì đã tháo dỡ nhà từ tháng 3 nhưng chưa nhận nền.
Ông Võ Minh Triết, Phó Chủ tịch UBND huyện Cai Lậy, tiếp thu và cho biết theo Nghị định 01/2017/NĐ-CP, các hộ chờ bố trí tái định cư được hỗ trợ tiền thuê nhà 3 triệu đồng/tháng; huyện sẽ làm việc với chủ đầu tư để nâng nền khu tái định cư Long Trung.
Kết luận, ông Lê Văn Nhanh đề nghị UBND hai địa phương khẩn trương giải quyết 9 trường hợp tranh chấp, hoàn thành chi trả trong tháng 12/2019; công khai danh sách hộ được bố trí nền tại trụ sở ấp. Đoàn sẽ có văn bản kiến nghị UBND tỉnh và tiếp tục tái giám sát vào quý I/2020.
Thanh Bình
TIN CÙNG CHUYÊN MỤC
- Châu Thành: Mặt trận giám sát thực hiện Quy chế dân chủ (30/10/2019)
- Hội nghị phản biện dự thảo bảng giá đất 2020 - 2024 (24/10/2019)
- Cai Lậy: trao 60 căn nhà Đại đoàn kết (16/10/2019)
""", "2019-11-05", "Giám sát chi trả bồi thường dự án cao tốc Trung Lương - Mỹ Thuận tại Cai Lậy",
E("giam_sat", "2019", "2019-11-04"),
[P("Lê Văn Nhanh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thị Kim Thoa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đặng Văn Nam", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Bé Tư"), P("Trần Thị Út Mười"),
 P("Võ Minh Triết", "Phó Chủ tịch UBND huyện Cai Lậy")],
[Q("1.460 hộ", 1460, "hộ"), Q("812 hộ", 812, "hộ"), Q("hơn 1.017 tỷ đồng", 1017000000000, "đồng", "over"),
 Q("99,3%", 99.3, "%"), Q("32 hộ", 32, "hộ"), Q("4 khu tái định cư", 4, "khu tái định cư"), Q("350 nền", 350, "nền"),
 Q("1,2 triệu đồng/m2", 1200000, "đồng"), Q("18 hộ dân", 18, "hộ dân"),
 Q("3 triệu đồng/tháng", 3000000, "đồng"), Q("9 trường hợp", 9, "trường hợp")],
[D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", "2017-06-15",
   "Ủy ban Thường vụ Quốc hội, Chính phủ và Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam",
   "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN ngày 15/6/2017"),
 D("Thông tri", "09", "TTr-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Thông tri số 09/TTr-MTTW-BTT"),
 D("Quyết định", "1247", "QĐ-UBND", None, "UBND tỉnh", "Quyết định số 1247/QĐ-UBND của UBND tỉnh"),
 D("Nghị định", "01", "2017/NĐ-CP", None, None, "Nghị định 01/2017/NĐ-CP")],
[prov("Tiền Giang"), com("Mỹ Hạnh Trung"), com("Long Trung"), com("Hiệp Đức"), com("Tam Bình")],
["Hôm nay: Thứ Năm, 07/11/2019", "BÁO ẤP BẮC - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Tiền Giang", "Mặt trận - Đoàn thể",
 "Đoàn giám sát làm việc tại xã Mỹ Hạnh Trung.", "Trung Lương - Mỹ Thuận"],
["Hôm nay: Thứ Năm, 07/11/2019", "Ngày 05/11/2019 | 10:15", "năm 2019", "tháng 12/2019", "quý I/2020", "ấp 3", "từ tháng 3"]))

PAGES.append(page("b8487-dongnai-mttq-traoqua-2020", """
ĐỒNG NAI ĐIỆN TỬ
Trang chủ / Xã hội / Mặt trận
15 tháng 1, 2020 | 16:30
Tặng 500 phần quà Tết cho hộ dân tái định cư sân bay Long Thành
Ngày 14/1, Ủy ban MTTQ Việt Nam tỉnh Đồng Nai phối hợp với Ban Dân vận Tỉnh ủy và Hội Nông dân tỉnh trao 500 phần quà Tết cho các hộ dân có đất bị thu hồi thuộc dự án Cảng hàng không quốc tế Long Thành tại các xã Bình Sơn, Lộc An, Suối Trầu, Cẩm Đường (huyện Long Thành).
Đại diện Ủy ban MTTQ Việt Nam tỉnh trao quà cho người dân xã Bình Sơn. Ảnh: Thu Hằng
Mỗi phần quà trị giá 1 triệu đồng, gồm tiền mặt và nhu yếu phẩm, tổng trị giá 500 triệu đồng do các doanh nghiệp, nhà hảo tâm đóng góp qua Quỹ "Vì người nghèo" tỉnh. Tham dự có bà Phạm Thị Mỹ Hạnh, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; ông Hồ Văn Lực, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh và ông Nguyễn Thành Phúc, Chủ tịch UBND xã Bình Sơn.
Dự án Cảng hàng không quốc tế Long Thành được Quốc hội quyết định chủ trương đầu tư tại Nghị quyết số 94/2015/QH13; dự án thu hồi đất, bồi thường, hỗ trợ, tái định cư được thông qua tại Nghị quyết số 53/2017/QH14 của Quốc hội với tổng diện tích thu hồi hơn 5.000 ha, ảnh hưởng khoảng 4.700 hộ dân. Tổng vốn bồi thường, hỗ trợ, tái định cư gần 23.000 tỷ đồng.
Theo ông Hồ Văn Lực, đến nay đã có hơn 3.600 hộ nhận tiền bồi thường; khu tái định cư Lộc An - Bình Sơn rộng 282 ha đã hoàn thành hạ tầng giai đoạn 1, bắt đầu bốc thăm 2.100 lô đất. Mặt trận các cấp đã tổ chức 126 buổi tiếp xúc, đối thoại và tiếp nhận 214 ý kiến, kiến nghị của người dân, chuyển đến cơ quan chức năng giải quyết theo Quyết định số 3800/QĐ-UBND của UBND tỉnh về chính sách hỗ trợ đặc thù.
Nhận quà, ông Điểu Văn Ba, người Chơ Ro ở ấp 1, xã Bình Sơn xúc động: "Gia đình tôi có 3 sào điều nằm trong dự án, đã nhận tiền và bàn giao đất từ tháng 10. Tết này cả nhà về khu tái định cư, được Mặt trận tặng quà nên rất vui".
Phát biểu tại buổi trao quà, bà Phạm Thị Mỹ Hạnh ghi nhận sự đồng thuận, hy sinh của bà con vì dự án trọng điểm quốc gia. Bà đề nghị cấp ủy, chính quyền các xã quan tâm đào tạo nghề, giới thiệu việc làm cho khoảng 9.000 lao động mất đất, đồng thời phối hợp chủ đầu tư sớm xây dựng trường học, trạm y tế, chợ tại khu tái định cư.
Cùng ngày, Ban Dân vận Tỉnh ủy và Hội Nông dân tỉnh cũng trao 20 suất học bổng, mỗi suất 2 triệu đồng, cho học sinh là con em các hộ tái định cư.
Lê Anh
Tin liên quan
- Long Thành: bốc thăm đất tái định cư đợt 1 (20/12/2019)
- Mặt trận tỉnh giám sát bồi thường tại xã Suối Trầu (05/12/2019)
- Hội Nông dân hỗ trợ vốn cho hộ mất đất sản xuất (22/11/2019)
""", "2020-01-15", "Tặng 500 phần quà Tết cho hộ dân tái định cư sân bay Long Thành",
E("trao_qua", None, "2020-01-14"),
[P("Phạm Thị Mỹ Hạnh", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hồ Văn Lực", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thành Phúc", "Chủ tịch UBND xã Bình Sơn"),
 P("Điểu Văn Ba")],
[Q("500 phần quà Tết", 500, "phần quà"), Q("1 triệu đồng", 1000000, "đồng"), Q("500 triệu đồng", 500000000, "đồng"),
 Q("hơn 5.000 ha", 5000, "ha", "over"), Q("khoảng 4.700 hộ dân", 4700, "hộ dân", "approx"),
 Q("gần 23.000 tỷ đồng", 23000000000000, "đồng", "approx"), Q("hơn 3.600 hộ", 3600, "hộ", "over"), Q("282 ha", 282, "ha"),
 Q("2.100 lô đất", 2100, "lô đất"), Q("126 buổi tiếp xúc, đối thoại", 126, "buổi tiếp xúc, đối thoại"),
 Q("214 ý kiến, kiến nghị", 214, "ý kiến, kiến nghị"), Q("3 sào điều", 3, "sào"),
 Q("khoảng 9.000 lao động", 9000, "lao động", "approx"), Q("20 suất học bổng", 20, "suất học bổng"), Q("2 triệu đồng", 2000000, "đồng")],
[D("Nghị quyết", "94", "2015/QH13", None, "Quốc hội", "Nghị quyết số 94/2015/QH13"),
 D("Nghị quyết", "53", "2017/QH14", None, "Quốc hội", "Nghị quyết số 53/2017/QH14 của Quốc hội"),
 D("Quyết định", "3800", "QĐ-UBND", None, "UBND tỉnh", "Quyết định số 3800/QĐ-UBND của UBND tỉnh")],
[prov("Đồng Nai"), com("Bình Sơn"), com("Lộc An"), com("Suối Trầu"), com("Cẩm Đường")],
["ĐỒNG NAI ĐIỆN TỬ", "Trang chủ / Xã hội / Mặt trận", "Đại diện Ủy ban MTTQ Việt Nam tỉnh trao quà cho người dân xã Bình Sơn. Ảnh: Thu Hằng",
 "Vì người nghèo", "Cảng hàng không quốc tế Long Thành", "khu tái định cư Lộc An - Bình Sơn"],
["15 tháng 1, 2020 | 16:30", "giai đoạn 1", "ấp 1", "từ tháng 10"]))

PAGES.append(page("b8488-thanhhoa-bdv-soket-2020", """
BÁO THANH HÓA
Chính trị › Xây dựng Đảng › Dân vận
2020-07-10 09:05
Khối dân vận góp phần đưa Thanh Hóa về đích sớm mặt bằng cao tốc Bắc - Nam
Ngày 9/7, Ban Dân vận Tỉnh ủy tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2020. Đồng chí Lê Thị Minh Nguyệt, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì. Cùng dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Mai Xuân Bình, Lê Văn Tuấn, Trịnh Thị Hà.
Các đại biểu dự hội nghị. Ảnh: Minh Hiếu
6 tháng qua, dù chịu ảnh hưởng của dịch Covid-19, nhất là thời gian thực hiện giãn cách xã hội theo Chỉ thị số 16/CT-TTg của Thủ tướng Chính phủ, khối dân vận các cấp vẫn bám cơ sở, vận động nhân dân bàn giao mặt bằng dự án đường cao tốc Bắc - Nam phía Đông đoạn qua tỉnh dài khoảng 100 km, đi qua 9 huyện, thị xã. Toàn tỉnh có 6.735 hộ bị ảnh hưởng; đến ngày 30/6 đã bàn giao 100% mặt bằng cho 3 dự án thành phần Mai Sơn - Quốc lộ 45, Quốc lộ 45 - Nghi Sơn và Nghi Sơn - Diễn Châu, chi trả hơn 2.160 tỷ đồng, di dời 3.512 ngôi mộ.
Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận số 115-KL/TU về công tác dân vận phục vụ giải phóng mặt bằng các dự án trọng điểm; ban hành Kế hoạch 148, 149-KH/BDVTU về kiểm tra, giám sát và về nhân rộng mô hình "Dân vận khéo". Toàn tỉnh hiện có 1.254 mô hình "Dân vận khéo", trong đó 37 mô hình gắn với giải phóng mặt bằng.
Tại hội nghị, ông Quách Văn Thắng, Bí thư Đảng ủy xã Hà Long (huyện Hà Trung) cho biết xã có 315 hộ, chủ yếu là đồng bào Mường, bị ảnh hưởng; chỉ sau 45 ngày xã đã bàn giao mặt bằng. "Cán bộ xã chia nhau về từng xóm, họp dân buổi tối, giải đáp từng thắc mắc; đảng viên nào có đất thì bàn giao trước", ông nói. Bà Lò Thị Xiêm, Chủ tịch Hội LHPN xã Yên Thọ (huyện Như Thanh) kể chị em phụ nữ người Thái vận động gia đình nhận tiền, tháo dỡ chuồng trại.
Ông Lê Văn Tuấn, Phó Trưởng Ban Dân vận Tỉnh ủy cho rằng vẫn còn một số tồn tại: việc hỗ trợ ổn định đời sống ở một số nơi chậm; hạ tầng khu tái định cư tại xã Tượng Sơn, xã Hà Lĩnh chưa hoàn chỉnh; còn 14 đơn thư liên quan bồi thường chưa giải quyết xong.
Kết luận hội nghị, đồng chí Lê Thị Minh Nguyệt yêu cầu 6 tháng cuối năm tiếp tục phối hợp giải quyết dứt điểm kiến nghị của nhân dân, theo dõi đời sống các hộ tái định cư theo Quyết định số 1176/QĐ-UBND của UBND tỉnh; chuẩn bị tốt công tác dân vận phục vụ Đại hội Đảng bộ tỉnh lần thứ XIX.
Minh Hiếu
Tin liên quan
- Nông Cống: bàn giao mặt bằng cao tốc trước thời hạn (20/06/2020)
- Triệu Sơn: vận động di dời hơn 500 ngôi mộ (10/06/2020)
- Giao ban khối dân vận quý I năm 2020 (08/04/2020)
""", "2020-07-10", "Khối dân vận góp phần đưa Thanh Hóa về đích sớm mặt bằng cao tốc Bắc - Nam",
E("so_ket", "2020-H1", "2020-07-09"),
[P("Lê Thị Minh Nguyệt", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Mai Xuân Bình", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Văn Tuấn", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trịnh Thị Hà", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Quách Văn Thắng", "Bí thư Đảng ủy xã Hà Long"),
 P("Lò Thị Xiêm", "Chủ tịch Hội LHPN xã Yên Thọ")],
[Q("khoảng 100 km", 100, "km", "approx"), Q("9 huyện, thị xã", 9, "huyện, thị xã"), Q("6.735 hộ", 6735, "hộ"),
 Q("100% mặt bằng", 100, "%"), Q("3 dự án thành phần", 3, "dự án thành phần"),
 Q("hơn 2.160 tỷ đồng", 2160000000000, "đồng", "over"), Q("3.512 ngôi mộ", 3512, "ngôi mộ"),
 Q("1.254 mô hình", 1254, "mô hình"), Q("37 mô hình", 37, "mô hình"), Q("315 hộ", 315, "hộ"),
 Q("14 đơn thư", 14, "đơn thư")],
[D("Chỉ thị", "16", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg của Thủ tướng Chính phủ"),
 D("Kết luận", "115", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 115-KL/TU"),
 D("Kế hoạch", "148", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch 148, 149-KH/BDVTU"),
 D("Kế hoạch", "149", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch 148, 149-KH/BDVTU"),
 D("Quyết định", "1176", "QĐ-UBND", None, "UBND tỉnh", "Quyết định số 1176/QĐ-UBND của UBND tỉnh")],
[prov("Thanh Hóa"), com("Hà Long"), com("Yên Thọ"), com("Tượng Sơn"), com("Hà Lĩnh")],
["BÁO THANH HÓA", "Chính trị › Xây dựng Đảng › Dân vận", "Các đại biểu dự hội nghị. Ảnh: Minh Hiếu", "Dân vận khéo",
 "Bắc - Nam phía Đông", "Mai Sơn - Quốc lộ 45", "Quốc lộ 45 - Nghi Sơn", "Nghi Sơn - Diễn Châu"],
["2020-07-10 09:05", "6 tháng qua", "6 tháng cuối năm", "6 tháng đầu năm", "6 tháng cuối năm 2020", "45 ngày", "lần thứ XIX", "ngày 30/6", "Covid-19"]))
