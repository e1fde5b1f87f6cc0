from lib import *
PAGES = []

PAGES.append(page("b4307-thanhhoa-he-2017", """
TỈNH ĐOÀN THANH HÓA - Cổng thông tin điện tử
Trang chủ >> Tin tức >> Công tác thiếu nhi
08:15 | 24/08/2017
Mùa hè bổ ích, an toàn cho hơn 600 nghìn thiếu nhi xứ Thanh
Chiều 23/8, Ban Thường vụ Tỉnh đoàn Thanh Hóa tổ chức hội nghị tổng kết công tác tổ chức hoạt động hè và chiến dịch thanh niên tình nguyện hè năm 2017. Đồng chí Lê Hồng Quang, Ủy viên Ban Chấp hành Trung ương Đoàn, Bí thư Tỉnh đoàn, Chủ tịch Hội đồng Đội tỉnh chủ trì; dự có đồng chí Phạm Thị Thanh Thủy, Trưởng Ban Dân vận Tỉnh ủy.
Toàn cảnh hội nghị.
Hè năm 2017, toàn tỉnh có 612.430 thiếu nhi tham gia sinh hoạt hè tại 4.816 điểm sinh hoạt ở thôn, bản, khu phố. Thực hiện Kế hoạch số 79-KH/TĐTN-TTNTH, kế hoạch 80-KH/TĐTN-TTNTH của Ban Thường vụ Tỉnh đoàn và Chỉ thị số 17/CT-UBND ngày 12/5/2017 của Chủ tịch UBND tỉnh về phòng, chống đuối nước trẻ em, các cơ sở đoàn đã tổ chức 418 lớp dạy bơi cho 13.260 em; xây dựng 27 bể bơi di động và cố định. Dù vậy, trong 3 tháng hè vẫn xảy ra 11 vụ đuối nước làm 14 trẻ em tử vong, giảm 6 em so với cùng kỳ.
Các đội hình tình nguyện đã tặng 9.500 suất quà, 2.300 suất học bổng với tổng trị giá trên 2,6 tỷ đồng cho thiếu nhi có hoàn cảnh khó khăn; nhận đỡ đầu 146 trẻ em mồ côi, trong đó 58 em được Hội LHPN các cấp nhận làm con nuôi theo mô hình "Mẹ đỡ đầu". Huyện đoàn Quan Hóa, Mường Lát duy trì 12 "Bếp ăn tình thương" bán trú, mỗi ngày nấu khoảng 900 suất cơm cho học sinh người Thái, người Mông.
Tại hội nghị, đồng chí Hà Văn Nhật, Bí thư Huyện đoàn Mường Lát, cho biết tại xã Trung Lý, 36 đoàn viên đã luân phiên trông giữ trẻ nhỏ cho các gia đình lên nương. Đồng chí Lò Thị Sinh, Phó Bí thư Đoàn xã Pù Nhi, kiến nghị tiếp tục bố trí kinh phí dạy bơi vì cả xã chưa có bể bơi nào.
Phát biểu chỉ đạo, đồng chí Phạm Thị Thanh Thủy biểu dương 92,4% cơ sở đoàn tổ chức tốt sinh hoạt hè, đề nghị Tỉnh đoàn phối hợp Hội LHPN tỉnh thực hiện Nghị quyết 09-NQ/TU về công tác thanh niên, tăng cường giáo dục kỹ năng phòng, chống xâm hại cho các em.
Dịp này, Ban Thường vụ Tỉnh đoàn tặng bằng khen cho 35 tập thể, 64 cá nhân; các đồng chí Phó Bí thư Tỉnh đoàn: Lê Văn Thành, Trịnh Thị Hằng trao cờ thi đua cho 3 huyện đoàn dẫn đầu.
Năm nay, Tỉnh đoàn cũng thí điểm đường dây nóng tiếp nhận thông tin về trẻ em bị bạo lực, xâm hại tại 5 huyện, thị xã; đã tiếp nhận 47 cuộc gọi, phối hợp Hội LHPN can thiệp kịp thời 4 trường hợp trẻ em bị bạo hành trong gia đình.
Minh Hiếu
Lượt xem: 3.118
Bài viết liên quan
- Khai mạc trại hè "Chúng em kể chuyện Bác Hồ" (20/07/2017)
- Ra quân chiến dịch tình nguyện "Hoa phượng đỏ" (02/07/2017)
- Đội Thanh niên tình nguyện dạy bơi tại Nga Sơn (25/06/2017)
""", "2017-08-24", "Mùa hè bổ ích, an toàn cho hơn 600 nghìn thiếu nhi xứ Thanh",
E("tong_ket", "2017", "2017-08-23"),
[P("Lê Hồng Quang", "Ủy viên Ban Chấp hành Trung ương Đoàn", "Bí thư Tỉnh đoàn", "Chủ tịch Hội đồng Đội tỉnh"),
 P("Phạm Thị Thanh Thủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hà Văn Nhật", "Bí thư Huyện đoàn Mường Lát"),
 P("Lò Thị Sinh", "Phó Bí thư Đoàn xã Pù Nhi"),
 P("Lê Văn Thành", "Phó Bí thư Tỉnh đoàn"),
 P("Trịnh Thị Hằng", "Phó Bí thư Tỉnh đoàn")],
[Q("612.430 thiếu nhi", 612430, "thiếu nhi"), Q("4.816 điểm sinh hoạt", 4816, "điểm sinh hoạt"),
 Q("418 lớp dạy bơi", 418, "lớp dạy bơi"), Q("13.260 em", 13260, "em"), Q("27 bể bơi di động và cố định", 27, "bể bơi di động và cố định"),
 Q("11 vụ đuối nước", 11, "vụ đuối nước"), Q("14 trẻ em", 14, "trẻ em"), Q("6 em", 6, "em"),
 Q("9.500 suất quà", 9500, "suất quà"), Q("2.300 suất học bổng", 2300, "suất học bổng"),
 Q("trên 2,6 tỷ đồng", 2600000000, "đồng", "over"), Q("146 trẻ em mồ côi", 146, "trẻ em mồ côi"), Q("58 em", 58, "em"),
 Q('12 "Bếp ăn tình thương"', 12, "Bếp ăn tình thương"), Q("khoảng 900 suất cơm", 900, "suất cơm", "approx"),
 Q("36 đoàn viên", 36, "đoàn viên"), Q("92,4%", 92.4, "%"), Q("35 tập thể", 35, "tập thể"), Q("64 cá nhân", 64, "cá nhân"),
 Q("3 huyện đoàn", 3, "huyện đoàn"), Q("5 huyện, thị xã", 5, "huyện, thị xã"), Q("47 cuộc gọi", 47, "cuộc gọi"), Q("4 trường hợp", 4, "trường hợp"), Q("hơn 600 nghìn thiếu nhi", 600000, "thiếu nhi", "over")],
[D("Kế hoạch", "79", "KH/TĐTN-TTNTH", None, "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 79-KH/TĐTN-TTNTH"),
 D("Kế hoạch", "80", "KH/TĐTN-TTNTH", None, "Ban Thường vụ Tỉnh đoàn", "kế hoạch 80-KH/TĐTN-TTNTH"),
 D("Chỉ thị", "17", "CT-UBND", "2017-05-12", "Chủ tịch UBND tỉnh", "Chỉ thị số 17/CT-UBND ngày 12/5/2017"),
 D("Nghị quyết", "09", "NQ/TU", None, None, "Nghị quyết 09-NQ/TU")],
[prov("Thanh Hóa"), com("Trung Lý"), com("Pù Nhi")],
["TỈNH ĐOÀN THANH HÓA - Cổng thông tin điện tử", "Trang chủ >> Tin tức >> Công tác thiếu nhi", "Toàn cảnh hội nghị.",
 "Mẹ đỡ đầu", "Bếp ăn tình thương", "Lượt xem: 3.118", "Quan Hóa"],
["08:15 | 24/08/2017", "Hè năm 2017", "3 tháng hè", "hè năm 2017", "Lượt xem: 3.118"]))

PAGES.append(page("b4308-quangnam-giaoban-2018", """
Báo Quảng Nam Online
Xã hội › Gia đình
Thứ Sáu, 12/10/2018 - 16:00
Phụ nữ miền núi nhận đỡ đầu gần 700 trẻ em
(QNO) - Ngày 11/10, Hội LHPN tỉnh tổ chức giao ban công tác Hội quý III năm 2018 với chủ tịch hội phụ nữ 18 huyện, thị xã, thành phố. Bà Nguyễn Thị Thu Lan, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy dự; bà Trần Thị Kim Hoa, Chủ tịch Hội LHPN tỉnh chủ trì.
Bà Trần Thị Kim Hoa phát biểu tại buổi giao ban. Ảnh: H.T
Trong quý III, trọng tâm công tác Hội là chăm lo trẻ em có hoàn cảnh đặc biệt ở 9 huyện miền núi. Các cấp hội đã vận động 612 cán bộ, hội viên và 45 tập thể nhận đỡ đầu 694 trẻ em, trong đó 213 em là người Cơ Tu, Xê Đăng, Giẻ Triêng; nâng tổng số trẻ được đỡ đầu từ năm 2015 đến nay lên 2.108 em. Mỗi em được hỗ trợ 300.000 - 500.000 đồng/tháng cho đến năm 18 tuổi.
Hội LHPN huyện Nam Trà My phối hợp Biên phòng thực hiện chương trình "Nâng bước em tới trường", hỗ trợ 76 học sinh; Hội LHPN xã Trà Leng, xã Trà Dơn có 4 tổ "Phụ nữ nấu cơm bán trú" phục vụ 420 học sinh. Toàn tỉnh đã mở 57 lớp dạy bơi cho 1.940 trẻ em trong mùa hè, vượt 14% kế hoạch.
Về phòng, chống bạo lực gia đình và xâm hại trẻ em, trong quý, các cấp hội phát hiện 12 vụ bạo lực gia đình, 3 vụ xâm hại trẻ em; phối hợp cơ quan chức năng can thiệp, hỗ trợ tất cả các nạn nhân. Hội LHPN tỉnh đã ban hành Hướng dẫn số 14/HD-HPN ngày 02/8/2018 về xây dựng "Địa chỉ tin cậy" ở cộng đồng, đến nay có 38 địa chỉ.
Tại buổi giao ban, bà Alăng Thị Ngọc, Chủ tịch Hội LHPN huyện Tây Giang, đề xuất có cơ chế để các "mẹ đỡ đầu" nghèo ở miền núi được nhận con nuôi là học sinh ở ngay trong thôn. Bà Hồ Thị Xuân, Phó Chủ tịch Hội LHPN huyện Bắc Trà My, kiến nghị ngành giáo dục bổ sung 2 nhân viên nấu ăn cho mỗi trường bán trú.
Bà Nguyễn Thị Thu Lan ghi nhận kết quả, đề nghị Hội triển khai Chỉ thị 19, 20-CT/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận và chăm lo đồng bào miền núi, gắn với thực hiện Luật Trẻ em năm 2016; quý IV tập trung chuẩn bị Đại hội Phụ nữ các cấp nhiệm kỳ 2021 - 2026.
Cũng tại buổi giao ban, bà Trần Thị Kim Hoa giao chỉ tiêu mỗi cơ sở hội vận động ít nhất 5 suất học bổng cho học sinh nghèo trước ngày 20/11.
Theo đánh giá, khó khăn lớn nhất hiện nay là nguồn lực: nhiều hội viên miền núi muốn nhận con nuôi nhưng thu nhập bấp bênh. Vì vậy, Hội LHPN tỉnh đã kết nối 11 doanh nghiệp, 2 tổ chức phi chính phủ đỡ đầu theo nhóm, mỗi nhóm từ 5 - 10 em.
Hạnh Tâm
Tin khác
- Tiên Phước: trao 20 suất học bổng "Vì em hiếu học" (05/10/2018)
- Phụ nữ Hội An với mô hình "Gia đình 5 không, 3 sạch" (28/09/2018)
- Hội LHPN tỉnh phát động ủng hộ đồng bào bị thiệt hại do lũ (20/09/2018)
""", "2018-10-12", "Phụ nữ miền núi nhận đỡ đầu gần 700 trẻ em",
E("giao_ban", "2018-Q3", "2018-10-11"),
[P("Nguyễn Thị Thu Lan", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Thị Kim Hoa", "Chủ tịch Hội LHPN tỉnh"),
 P("Alăng Thị Ngọc", "Chủ tịch Hội LHPN huyện Tây Giang"),
 P("Hồ Thị Xuân", "Phó Chủ tịch Hội LHPN huyện Bắc Trà My")],
[Q("gần 700 trẻ em", 700, "trẻ em", "approx"), Q("694 trẻ em", 694, "trẻ em"), Q("18 huyện, thị xã, thành phố", 18, "huyện, thị xã, thành phố"),
 Q("9 huyện miền núi", 9, "huyện miền núi"), Q("612 cán bộ, hội viên", 612, "cán bộ, hội viên"), Q("45 tập thể", 45, "tập thể"),
 Q("213 em", 213, "em"), Q("2.108 em", 2108, "em"), Q("300.000", 300000, "đồng"), Q("500.000 đồng", 500000, "đồng"),
 Q("76 học sinh", 76, "học sinh"), Q("4 tổ", 4, "tổ"), Q("420 học sinh", 420, "học sinh"), Q("57 lớp dạy bơi", 57, "lớp dạy bơi"),
 Q("1.940 trẻ em", 1940, "trẻ em"), Q("14%", 14, "%"), Q("12 vụ bạo lực gia đình", 12, "vụ bạo lực gia đình"),
 Q("3 vụ xâm hại trẻ em", 3, "vụ xâm hại trẻ em"), Q("38 địa chỉ", 38, "địa chỉ"), Q("2 nhân viên nấu ăn", 2, "nhân viên nấu ăn"),
 Q("ít nhất 5 suất học bổng", 5, "suất học bổng", "over"), Q("11 doanh nghiệp", 11, "doanh nghiệp"), Q("2 tổ chức phi chính phủ", 2, "tổ chức phi chính phủ"), Q("5 - 10 em", 5, "em"), Q("10 em", 10, "em")],
[D("Hướng dẫn", "14", "HD-HPN", "2018-08-02", "Hội LHPN tỉnh", "Hướng dẫn số 14/HD-HPN ngày 02/8/2018"),
 D("Chỉ thị", "19", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 19, 20-CT/TU"),
 D("Chỉ thị", "20", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 19, 20-CT/TU")],
[prov("Quảng Nam"), com("Trà Leng"), com("Trà Dơn")],
["Báo Quảng Nam Online", "Xã hội › Gia đình", "(QNO)", "Bà Trần Thị Kim Hoa phát biểu tại buổi giao ban. Ảnh: H.T",
 "Nâng bước em tới trường", "Phụ nữ nấu cơm bán trú", "Địa chỉ tin cậy", "Luật Trẻ em năm 2016", "Nam Trà My"],
["Thứ Sáu, 12/10/2018 - 16:00", "quý III năm 2018", "18 tuổi", "năm 2015", "nhiệm kỳ 2021 - 2026", "ngày 20/11"]))

PAGES.append(page("b4309-binhdinh-soket-2019", """
BAN DÂN VẬN TỈNH ỦY BÌNH ĐỊNH
Trang chủ / Tin tức / Dân vận các cấp
Thứ Sáu, 19/07/2019
Ảnh: Các đại biểu dự hội nghị sơ kết.
Chăm lo trẻ em có hoàn cảnh đặc biệt: phụ nữ, thanh niên "vào cuộc" mạnh mẽ
Ngày 18/7/2019, Hội LHPN tỉnh và Tỉnh đoàn Bình Định tổ chức hội nghị liên tịch sơ kết công tác gia đình, trẻ em 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2019. Đồng chí Hồ Thị Kim Cúc, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy dự và chỉ đạo; các đồng chí Nguyễn Thị Phương Thủy - Chủ tịch Hội LHPN tỉnh, Lê Đức Thắng - Bí thư Tỉnh đoàn đồng chủ trì.
6 tháng qua, thực hiện Chương trình phối hợp số 05-CTrPH/HPN-TĐTN giữa Hội LHPN tỉnh và Tỉnh đoàn giai đoạn 2017 - 2022, hai bên đã vận động 1.126 cán bộ, hội viên, đoàn viên nhận đỡ đầu 1.204 trẻ em mồ côi, trẻ em khuyết tật, với tổng số tiền hỗ trợ hơn 3,4 tỷ đồng. Riêng Tháng hành động vì trẻ em năm 2019, các cấp đã trao 5.200 phần quà, 870 suất học bổng, 140 xe đạp và 36 "Ngôi nhà mơ ước" cho trẻ em nghèo ở 3 huyện miền núi An Lão, Vĩnh Thạnh, Vân Canh.
Hội LHPN các cấp đã thành lập mới 15 câu lạc bộ "Phòng, chống bạo lực gia đình", nâng tổng số lên 142 câu lạc bộ với 4.300 thành viên; phát hiện 31 vụ bạo lực gia đình, 7 vụ xâm hại trẻ em, trong đó chuyển cơ quan công an xử lý 6 vụ. Tỉnh đoàn tổ chức 96 lớp bơi an toàn cho 3.110 em; 81% học sinh tiểu học ven biển Phù Mỹ, Hoài Nhơn được trang bị kỹ năng phòng, tránh đuối nước.
Tại hội nghị, chị Đinh Thị Blơ, Chủ tịch Hội LHPN xã An Toàn, huyện An Lão, nói về mô hình bếp ăn bán trú do 12 hội viên người Bana thay nhau nấu; anh Trần Văn Minh, Bí thư Đoàn phường Nhơn Bình, thành phố Quy Nhơn, giới thiệu mô hình "Điểm vui chơi an toàn" tại khu phố. Chị Lê Thị Thanh Nga, Phó Chủ tịch Hội LHPN xã Mỹ Thọ, chia sẻ việc kết nối 4 mạnh thường quân đỡ đầu 9 em mồ côi sau vụ chìm tàu cá.
Phát biểu chỉ đạo, đồng chí Hồ Thị Kim Cúc đề nghị hai tổ chức bám sát Chỉ thị số 20-CT/TW của Bộ Chính trị và Kế hoạch 52-KH/TU của Tỉnh ủy về tăng cường sự lãnh đạo của Đảng đối với công tác trẻ em; 6 tháng cuối năm phấn đấu 100% trẻ mồ côi cả cha lẫn mẹ có người đỡ đầu, không để trẻ em bỏ học vì hoàn cảnh khó khăn.
Dịp này, Hội LHPN tỉnh và Tỉnh đoàn khen thưởng 18 tập thể, 27 cá nhân; trao 50 suất học bổng "Tiếp sức đến trường", mỗi suất 1,5 triệu đồng.
Ngọc Diệp
Lượt xem: 915
Tin liên quan
- Tuy Phước: đối thoại với hội viên phụ nữ về an sinh xã hội (10/07/2019)
- Phù Cát ra mắt 3 mô hình "Dân vận khéo" (28/06/2019)
- Hoài Ân sơ kết 3 năm thực hiện Chỉ thị 05-CT/TW (15/06/2019)
""", "2019-07-19", 'Chăm lo trẻ em có hoàn cảnh đặc biệt: phụ nữ, thanh niên "vào cuộc" mạnh mẽ',
E("so_ket", "2019-H1", "2019-07-18"),
[P("Hồ Thị Kim Cúc", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Phương Thủy", "Chủ tịch Hội LHPN tỉnh"),
 P("Lê Đức Thắng", "Bí thư Tỉnh đoàn"),
 P("Đinh Thị Blơ", "Chủ tịch Hội LHPN xã An Toàn"),
 P("Trần Văn Minh", "Bí thư Đoàn phường Nhơn Bình"),
 P("Lê Thị Thanh Nga", "Phó Chủ tịch Hội LHPN xã Mỹ Thọ")],
[Q("1.126 cán bộ, hội viên, đoàn viên", 1126, "cán bộ, hội viên, đoàn viên"),
 Q("1.204 trẻ em mồ côi, trẻ em khuyết tật", 1204, "trẻ em mồ côi, trẻ em khuyết tật"),
 Q("hơn 3,4 tỷ đồng", 3400000000, "đồng", "over"), Q("5.200 phần quà", 5200, "phần quà"), Q("870 suất học bổng", 870, "suất học bổng"),
 Q("140 xe đạp", 140, "xe đạp"), Q('36 "Ngôi nhà mơ ước"', 36, "Ngôi nhà mơ ước"), Q("3 huyện miền núi", 3, "huyện miền núi"),
 Q("15 câu lạc bộ", 15, "câu lạc bộ"), Q("142 câu lạc bộ", 142, "câu lạc bộ"), Q("4.300 thành viên", 4300, "thành viên"),
 Q("31 vụ bạo lực gia đình", 31, "vụ bạo lực gia đình"), Q("7 vụ xâm hại trẻ em", 7, "vụ xâm hại trẻ em"), Q("6 vụ", 6, "vụ"),
 Q("96 lớp bơi an toàn", 96, "lớp bơi an toàn"), Q("3.110 em", 3110, "em"), Q("81%", 81, "%"),
 Q("12 hội viên người Bana", 12, "hội viên người Bana"), Q("4 mạnh thường quân", 4, "mạnh thường quân"), Q("9 em mồ côi", 9, "em mồ côi"),
 Q("100%", 100, "%"), Q("18 tập thể", 18, "tập thể"), Q("27 cá nhân", 27, "cá nhân"), Q("50 suất học bổng", 50, "suất học bổng"),
 Q("1,5 triệu đồng", 1500000, "đồng")],
[D("Chương trình phối hợp", "05", "CTrPH/HPN-TĐTN", None, None, "Chương trình phối hợp số 05-CTrPH/HPN-TĐTN"),
 D("Chỉ thị", "20", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 20-CT/TW"),
 D("Kế hoạch", "52", "KH/TU", None, "Tỉnh ủy", "Kế hoạch 52-KH/TU")],
[prov("Bình Định"), com("An Toàn"), com("Nhơn Bình"), com("Mỹ Thọ")],
["BAN DÂN VẬN TỈNH ỦY BÌNH ĐỊNH", "Trang chủ / Tin tức / Dân vận các cấp", "Ảnh: Các đại biểu dự hội nghị sơ kết.",
 "Ngôi nhà mơ ước", "Phòng, chống bạo lực gia đình", "Điểm vui chơi an toàn", "Tiếp sức đến trường", "Lượt xem: 915", "Quy Nhơn"],
["Thứ Sáu, 19/07/2019", "6 tháng đầu năm", "6 tháng cuối năm 2019", "giai đoạn 2017 - 2022", "Tháng hành động vì trẻ em năm 2019"]))

PAGES.append(page("b4310-gialai-hocbong-2020", """
BÁO GIA LAI ĐIỆN TỬ
Xã hội > Giáo dục
Thứ Hai, 28/09/2020
Trao 300 suất học bổng "Thắp sáng ước mơ" cho học sinh dân tộc thiểu số
(GLO)- Sáng 27-9, tại xã Ia Khươl, huyện Chư Păh, Hội LHPN tỉnh phối hợp Tỉnh đoàn và Hội Khuyến học tỉnh tổ chức trao 300 suất học bổng "Thắp sáng ước mơ" năm học 2020 - 2021 cho học sinh dân tộc thiểu số vượt khó học giỏi. Tổng trị giá học bổng là 450 triệu đồng.
Dự có bà Rơ Chăm H'Phiu, Tỉnh ủy viên, Chủ tịch Hội LHPN tỉnh; ông Ksor Kim, Phó Bí thư Tỉnh đoàn; bà Nguyễn Thị Ái Vân, Phó Chủ tịch Hội Khuyến học tỉnh.
Bà Rơ Chăm H'Phiu trao học bổng cho các em học sinh. Ảnh: Hà Duy
300 suất học bổng, mỗi suất 1,5 triệu đồng, được trao cho học sinh người Jrai, Bahnar có hoàn cảnh đặc biệt của 12 huyện, thị xã; trong đó 85 em là con nuôi trong chương trình "Mẹ đỡ đầu" của các cấp hội phụ nữ. Ngoài học bổng, các em được tặng 300 bộ sách giáo khoa, 300 áo mưa; Tỉnh đoàn trao thêm 20 chiếc xe đạp cho học sinh nhà xa trường trên 5 km.
Theo bà Rơ Chăm H'Phiu, thực hiện Kế hoạch số 128/KH-HPN ngày 12/6/2020 của Ban Thường vụ Hội LHPN tỉnh về hỗ trợ trẻ em gái dân tộc thiểu số trong đại dịch Covid-19, từ đầu năm đến nay toàn tỉnh đã có 1.053 cán bộ, hội viên nhận đỡ đầu 1.178 trẻ em; các cấp hội vận động trên 2.000 suất quà và khoảng 1,8 tỷ đồng để duy trì bữa ăn bán trú cho học sinh vùng sâu. Đặc biệt, 43 chi hội phụ nữ ở các làng Jrai duy trì "Bữa sáng cho em" mỗi tuần 2 buổi.
Đại diện học sinh, em Siu H'Nhung, lớp 9, Trường PTDTBT THCS Ia Khươl, xúc động: "Mẹ mất sớm, bố đi làm thuê ở Đắk Lắk, con ở với bà ngoại. Có học bổng, con sẽ cố gắng học để sau này làm cô giáo".
Ông Ksor Kim cho biết, cùng với học bổng, Tỉnh đoàn đã tổ chức 34 lớp dạy bơi ở các làng ven sông Ia Drăng, Ia Grai; thành lập 9 "Đội hình tình nguyện hỗ trợ trẻ em" trong mùa mưa lũ. Ông Rah Lan Kim, Chủ tịch UBND xã Ia Khươl, cảm ơn các đơn vị và cam kết không để học sinh nào của xã bỏ học.
Được biết, chương trình "Thắp sáng ước mơ" được Hội LHPN tỉnh phát động từ năm 2016, đến nay đã trao 1.640 suất học bổng với tổng trị giá gần 2,3 tỷ đồng. Năm nay, chương trình nhận tài trợ của 14 doanh nghiệp, trong đó Công ty Cổ phần Đức Long Gia Lai góp 100 triệu đồng.
Trước buổi trao học bổng, đoàn công tác đã đến thăm, tặng quà 6 trẻ em mồ côi tại làng Ia Kênh và giao cho Chi hội phụ nữ làng tiếp tục nhận đỡ đầu các em.
Phương Vi
Lượt xem: 1.532
Tin khác
- Chư Sê: khánh thành điểm trường do phụ nữ góp công (20-9-2020)
- Tặng 150 phần quà Trung thu cho trẻ em làng Ia Kênh (25-9-2020)
- Gia Lai: 90% trẻ em được tiêm vắc xin sởi (18-9-2020)
""", "2020-09-28", 'Trao 300 suất học bổng "Thắp sáng ước mơ" cho học sinh dân tộc thiểu số',
E("trao_qua", None, "2020-09-27"),
[P("Rơ Chăm H'Phiu", "Tỉnh ủy viên", "Chủ tịch Hội LHPN tỉnh"),
 P("Ksor Kim", "Phó Bí thư Tỉnh đoàn"),
 P("Nguyễn Thị Ái Vân", "Phó Chủ tịch Hội Khuyến học tỉnh"),
 P("Siu H'Nhung"),
 P("Rah Lan Kim", "Chủ tịch UBND xã Ia Khươl")],
[Q("300 suất học bổng", 300, "suất học bổng"), Q("450 triệu đồng", 450000000, "đồng"), Q("1,5 triệu đồng", 1500000, "đồng"),
 Q("12 huyện, thị xã", 12, "huyện, thị xã"), Q("85 em", 85, "em"), Q("300 bộ sách giáo khoa", 300, "bộ sách giáo khoa"),
 Q("300 áo mưa", 300, "áo mưa"), Q("20 chiếc xe đạp", 20, "chiếc xe đạp"), Q("trên 5 km", 5, "km", "over"),
 Q("1.053 cán bộ, hội viên", 1053, "cán bộ, hội viên"), Q("1.178 trẻ em", 1178, "trẻ em"), Q("trên 2.000 suất quà", 2000, "suất quà", "over"),
 Q("khoảng 1,8 tỷ đồng", 1800000000, "đồng", "approx"), Q("43 chi hội phụ nữ", 43, "chi hội phụ nữ"),
 Q("34 lớp dạy bơi", 34, "lớp dạy bơi"), Q('9 "Đội hình tình nguyện hỗ trợ trẻ em"', 9, "Đội hình tình nguyện hỗ trợ trẻ em"),
 Q("1.640 suất học bổng", 1640, "suất học bổng"), Q("gần 2,3 tỷ đồng", 2300000000, "đồng", "approx"),
 Q("14 doanh nghiệp", 14, "doanh nghiệp"), Q("100 triệu đồng", 100000000, "đồng"), Q("6 trẻ em mồ côi", 6, "trẻ em mồ côi")],
[D("Kế hoạch", "128", "KH-HPN", "2020-06-12", "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch số 128/KH-HPN ngày 12/6/2020")],
[prov("Gia Lai"), com("Ia Khươl")],
["BÁO GIA LAI ĐIỆN TỬ", "Xã hội > Giáo dục", "(GLO)", "Bà Rơ Chăm H'Phiu trao học bổng cho các em học sinh. Ảnh: Hà Duy",
 "Thắp sáng ước mơ", "Mẹ đỡ đầu", "Bữa sáng cho em", "Công ty Cổ phần Đức Long Gia Lai", "Lượt xem: 1.532", "Chư Păh"],
["Thứ Hai, 28/09/2020", "năm học 2020 - 2021", "lớp 9", "mỗi tuần 2 buổi", "năm 2016", "Covid-19"]))

PAGES.append(page("b4311-camau-baocao-2021", """
Cổng Thông tin điện tử tỉnh Cà Mau
Tin tức - Sự kiện | Văn hóa - Xã hội
26/03/2021 - 10:20
Hội LHPN tỉnh báo cáo kết quả chăm lo trẻ em năm 2020 với Trung ương Hội
Ngày 25/3/2021, Đoàn công tác Trung ương Hội LHPN Việt Nam do bà Tôn Nữ Ngọc Hà, Ủy viên Ban Chấp hành Trung ương Đảng, Phó Chủ tịch Hội LHPN Việt Nam làm trưởng đoàn đã làm việc, nghe Hội LHPN tỉnh Cà Mau báo cáo kết quả công tác bảo vệ, chăm sóc trẻ em và xây dựng gia đình năm 2020. Tiếp và làm việc với đoàn có bà Lữ Ngọc Hằng, Tỉnh ủy viên, Chủ tịch Hội LHPN tỉnh.
Quang cảnh buổi làm việc. Ảnh: Lam Khánh
Theo báo cáo, năm 2020 các cấp hội trong tỉnh đã vận động 1.347 cán bộ, hội viên nhận đỡ đầu 1.462 trẻ em có hoàn cảnh đặc biệt, vượt 46% chỉ tiêu Trung ương Hội giao; tổng số tiền hỗ trợ trực tiếp cho trẻ gần 4,5 tỷ đồng. Thực hiện Hướng dẫn số 16/HD-ĐCT ngày 03/4/2019 của Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam về nhận đỡ đầu trẻ em mồ côi, các huyện ven biển Ngọc Hiển, Đầm Dơi, Năm Căn đã có 100% trẻ mồ côi cả cha lẫn mẹ được nhận đỡ đầu.
Về phòng, chống đuối nước, Hội phối hợp Tỉnh đoàn mở 152 lớp dạy bơi cho 4.680 trẻ em; 68 "Điểm trông giữ trẻ cộng đồng" hoạt động ổn định mùa nước nổi, chăm sóc khoảng 1.500 cháu. Năm 2020, số trẻ em tử vong do đuối nước trên địa bàn tỉnh là 19 em, giảm 8 em so với năm 2019.
Các cấp hội cũng phối hợp phát hiện, can thiệp 37 vụ bạo lực gia đình, 9 vụ xâm hại tình dục trẻ em; trợ giúp pháp lý miễn phí cho 26 trường hợp; duy trì 214 câu lạc bộ "Gia đình phát triển bền vững" với 6.200 thành viên. Xã Khánh Bình Tây và xã Tân Ân được Trung ương Hội chọn thí điểm mô hình "Ngôi nhà bình yên" cấp xã.
Tại buổi làm việc, bà Nguyễn Thị Thu Hà, Phó Chủ tịch Hội LHPN huyện Ngọc Hiển, và bà Danh Thị Hồng, Chủ tịch Hội LHPN xã Khánh Bình Tây, báo cáo bổ sung về việc trẻ em theo cha mẹ đi làm ăn xa, bỏ học; kiến nghị hỗ trợ 2 nhân viên công tác xã hội cho mỗi xã ven biển.
Phát biểu kết luận, bà Tôn Nữ Ngọc Hà đánh giá cao kết quả Cà Mau đạt được, đề nghị tỉnh Hội tiếp tục thực hiện Đề án 938 và Quyết định số 1437/QĐ-TTg ngày 16/10/2020 của Thủ tướng Chính phủ về Chương trình phòng, chống tai nạn thương tích trẻ em giai đoạn 2021 - 2030, chuẩn bị tốt Đại hội đại biểu Phụ nữ tỉnh lần thứ XI, nhiệm kỳ 2021 - 2026. Dịp này, Trung ương Hội trao 50 suất quà, mỗi suất 1 triệu đồng cho trẻ em mồ côi.
Kim Thoa
Lượt truy cập: 12.408
Tin liên quan
- Cà Mau: 200 phần quà cho trẻ em nghèo dịp Tết Tân Sửu (05/02/2021)
- Hội LHPN tỉnh tổng kết công tác năm 2020 (28/12/2020)
- Ra mắt mô hình "Địa chỉ tin cậy" tại phường 9 (10/12/2020)
""", "2021-03-26", "Hội LHPN tỉnh báo cáo kết quả chăm lo trẻ em năm 2020 với Trung ương Hội",
E("bao_cao", "2020", "2021-03-25"),
[P("Tôn Nữ Ngọc Hà", "Ủy viên Ban Chấp hành Trung ương Đảng", "Phó Chủ tịch Hội LHPN Việt Nam"),
 P("Lữ Ngọc Hằng", "Tỉnh ủy viên", "Chủ tịch Hội LHPN tỉnh"),
 P("Nguyễn Thị Thu Hà", "Phó Chủ tịch Hội LHPN huyện Ngọc Hiển"),
 P("Danh Thị Hồng", "Chủ tịch Hội LHPN xã Khánh Bình Tây")],
[Q("1.347 cán bộ, hội viên", 1347, "cán bộ, hội viên"), Q("1.462 trẻ em có hoàn cảnh đặc biệt", 1462, "trẻ em"),
 Q("46%", 46, "%"), Q("gần 4,5 tỷ đồng", 4500000000, "đồng", "approx"), Q("100%", 100, "%"),
 Q("152 lớp dạy bơi", 152, "lớp dạy bơi"), Q("4.680 trẻ em", 4680, "trẻ em"), Q('68 "Điểm trông giữ trẻ cộng đồng"', 68, "Điểm trông giữ trẻ cộng đồng"),
 Q("khoảng 1.500 cháu", 1500, "cháu", "approx"), Q("19 em", 19, "em"), Q("8 em", 8, "em"),
 Q("37 vụ bạo lực gia đình", 37, "vụ bạo lực gia đình"), Q("9 vụ xâm hại tình dục trẻ em", 9, "vụ xâm hại tình dục trẻ em"),
 Q("26 trường hợp", 26, "trường hợp"), Q("214 câu lạc bộ", 214, "câu lạc bộ"), Q("6.200 thành viên", 6200, "thành viên"),
 Q("2 nhân viên công tác xã hội", 2, "nhân viên công tác xã hội"), Q("50 suất quà", 50, "suất quà"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Hướng dẫn", "16", "HD-ĐCT", "2019-04-03", "Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam", "Hướng dẫn số 16/HD-ĐCT ngày 03/4/2019"),
 D("Đề án", "938", None, None, None, "Đề án 938"),
 D("Quyết định", "1437", "QĐ-TTg", "2020-10-16", "Thủ tướng Chính phủ", "Quyết định số 1437/QĐ-TTg ngày 16/10/2020")],
[prov("Cà Mau"), com("Khánh Bình Tây"), com("Tân Ân")],
["Cổng Thông tin điện tử tỉnh Cà Mau", "Tin tức - Sự kiện | Văn hóa - Xã hội", "Quang cảnh buổi làm việc. Ảnh: Lam Khánh",
 "Điểm trông giữ trẻ cộng đồng", "Gia đình phát triển bền vững", "Ngôi nhà bình yên", "Lượt truy cập: 12.408", "Đầm Dơi"],
["26/03/2021 - 10:20", "năm 2020", "năm 2019", "giai đoạn 2021 - 2030", "lần thứ XI", "nhiệm kỳ 2021 - 2026", "Lượt truy cập: 12.408"]))

PAGES.append(page("b4312-dienbien-daihoi-2021", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH ĐIỆN BIÊN
Vị trí: Trang chủ › Tin hoạt động › Đại hội phụ nữ các cấp
Ngày 16/04/2021 | 09:30
Ảnh: Đoàn chủ tịch điều hành đại hội.
Đại hội đại biểu Phụ nữ xã Mường Phăng lần thứ XII, nhiệm kỳ 2021 - 2026
Ngày 15/4/2021, Hội LHPN xã Mường Phăng, huyện Điện Biên tổ chức Đại hội đại biểu Phụ nữ xã lần thứ XII, nhiệm kỳ 2021 - 2026. Dự đại hội có bà Lò Thị Thu Hằng, Phó Chủ tịch Hội LHPN tỉnh; bà Quàng Thị Xuân, HUV, Chủ tịch Hội LHPN huyện Điện Biên; ông Lò Văn Bun, Bí thư Đảng ủy, Chủ tịch HĐND xã cùng 120 đại biểu đại diện cho hơn 1.800 hội viên của 21 chi hội.
Nhiệm kỳ 2016 - 2021, Hội LHPN xã đã vận động 97 hội viên nhận đỡ đầu 104 trẻ em mồ côi, trẻ em nghèo người Thái, người Mông; duy trì 3 bếp ăn bán trú tại các điểm trường bản Che Căn, Nà Nhạn với khoảng 260 học sinh; hỗ trợ 5 căn "Mái ấm tình thương" trị giá 250 triệu đồng. Các chi hội thành lập 8 tổ hòa giải, phát hiện và hòa giải thành 14 vụ bạo lực gia đình; không còn trường hợp tảo hôn trong 2 năm gần đây. Tỷ lệ hộ nghèo do phụ nữ làm chủ giảm từ 42,6% xuống còn 28,1%.
Thực hiện Nghị quyết Đại hội XI Hội LHPN tỉnh và Chỉ thị số 21-CT/HU ngày 10/3/2020 của Ban Thường vụ Huyện ủy Điện Biên về công tác trẻ em, nhiệm kỳ tới Hội đặt chỉ tiêu: mỗi năm vận động ít nhất 20 trẻ em có hoàn cảnh đặc biệt được nhận đỡ đầu; 100% chi hội có nhóm "Phụ nữ bảo vệ trẻ em"; phối hợp Đoàn xã mở 4 lớp dạy bơi mỗi mùa hè; trên 95% trẻ em trong độ tuổi được đến trường.
Phát biểu chỉ đạo, bà Lò Thị Thu Hằng biểu dương chị Mùa Thị Dợ, Chi hội trưởng Chi hội phụ nữ bản Khá, người 6 năm liền nhận nuôi 3 cháu mồ côi, và đề nghị Hội xã quan tâm trẻ em có cha mẹ nghiện ma túy, đi lao động xa.
Đại hội đã bầu Ban Chấp hành khóa XII gồm 13 đồng chí; bầu bà Lò Thị Ánh, Bí thư Chi bộ bản Tâu Pung, giữ chức Chủ tịch Hội LHPN xã nhiệm kỳ 2021 - 2026; các bà Cà Thị Nguyệt, Giàng Thị Pà được bầu giữ chức Phó Chủ tịch Hội LHPN xã; bầu 3 đại biểu chính thức, 1 đại biểu dự khuyết đi dự Đại hội Phụ nữ huyện.
Dịp này, Hội LHPN tỉnh trao 10 suất quà, mỗi suất 500.000 đồng cho các cháu mồ côi được đỡ đầu; Hội LHPN huyện tặng giấy khen 6 tập thể và 15 cá nhân.
Mường Phăng là xã thứ 9 của huyện tổ chức thành công đại hội phụ nữ cấp cơ sở. Theo kế hoạch của Hội LHPN tỉnh Điện Biên, 100% cơ sở hội sẽ hoàn thành đại hội trước ngày 30/4/2021, rút kinh nghiệm để tổ chức Đại hội đại biểu Phụ nữ huyện vào tháng 6.
Lò Hương
Lượt xem: 784
Tin khác
- Đại hội Phụ nữ xã Thanh Nưa thành công tốt đẹp (14/04/2021)
- Tuần Giáo: 52/52 chi hội tổ chức đại hội điểm (09/04/2021)
- Trao 30 suất học bổng cho nữ sinh người Mông (02/04/2021)
""", "2021-04-16", "Đại hội đại biểu Phụ nữ xã Mường Phăng lần thứ XII, nhiệm kỳ 2021 - 2026",
E("dai_hoi", None, "2021-04-15"),
[P("Lò Thị Thu Hằng", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Quàng Thị Xuân", "HUV", "Chủ tịch Hội LHPN huyện Điện Biên"),
 P("Lò Văn Bun", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Mùa Thị Dợ", "Chi hội trưởng Chi hội phụ nữ bản Khá"),
 P("Lò Thị Ánh", "Bí thư Chi bộ bản Tâu Pung", "Chủ tịch Hội LHPN xã nhiệm kỳ 2021 - 2026"),
 P("Cà Thị Nguyệt", "Phó Chủ tịch Hội LHPN xã"),
 P("Giàng Thị Pà", "Phó Chủ tịch Hội LHPN xã")],
[Q("120 đại biểu", 120, "đại biểu"), Q("hơn 1.800 hội viên", 1800, "hội viên", "over"), Q("21 chi hội", 21, "chi hội"),
 Q("97 hội viên", 97, "hội viên"), Q("104 trẻ em mồ côi, trẻ em nghèo", 104, "trẻ em mồ côi, trẻ em nghèo"),
 Q("3 bếp ăn bán trú", 3, "bếp ăn bán trú"), Q("khoảng 260 học sinh", 260, "học sinh", "approx"),
 Q('5 căn "Mái ấm tình thương"', 5, "Mái ấm tình thương"), Q("250 triệu đồng", 250000000, "đồng"),
 Q("8 tổ hòa giải", 8, "tổ hòa giải"), Q("14 vụ bạo lực gia đình", 14, "vụ bạo lực gia đình"),
 Q("42,6%", 42.6, "%"), Q("28,1%", 28.1, "%"), Q("ít nhất 20 trẻ em có hoàn cảnh đặc biệt", 20, "trẻ em", "over"),
 Q("100%", 100, "%"), Q("4 lớp dạy bơi", 4, "lớp dạy bơi"), Q("100% cơ sở hội", 100, "%"), Q("trên 95%", 95, "%", "over"), Q("3 cháu mồ côi", 3, "cháu mồ côi"),
 Q("13 đồng chí", 13, "đồng chí"), Q("3 đại biểu chính thức", 3, "đại biểu chính thức"), Q("1 đại biểu dự khuyết", 1, "đại biểu dự khuyết"),
 Q("10 suất quà", 10, "suất quà"), Q("500.000 đồng", 500000, "đồng"), Q("6 tập thể", 6, "tập thể"), Q("15 cá nhân", 15, "cá nhân")],
[D("Chỉ thị", "21", "CT/HU", "2020-03-10", "Ban Thường vụ Huyện ủy Điện Biên", "Chỉ thị số 21-CT/HU ngày 10/3/2020")],
[prov("Điện Biên"), com("Mường Phăng")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH ĐIỆN BIÊN", "Vị trí: Trang chủ › Tin hoạt động › Đại hội phụ nữ các cấp", "Ảnh: Đoàn chủ tịch điều hành đại hội.",
 "Mái ấm tình thương", "Phụ nữ bảo vệ trẻ em", "Nghị quyết Đại hội XI Hội LHPN tỉnh", "Lượt xem: 784"],
["Ngày 16/04/2021 | 09:30", "lần thứ XII", "nhiệm kỳ 2021 - 2026", "Nhiệm kỳ 2016 - 2021", "2 năm", "6 năm", "khóa XII", "13 đồng chí", "xã thứ 9", "ngày 30/4/2021", "tháng 6"]))
