from lib import *
PAGES = []

PAGES.append(page("b2747-hagiang-doan-traoqua-2017", """
BÁO HÀ GIANG ĐIỆN TỬ
Trang chủ > Xã hội > Thanh niên
21/07/2017 - 09:30
Tuổi trẻ Hà Giang mang "Hè yêu thương" đến với học sinh vùng cao
BHG - Trong 2 ngày 19 và 20/7, Ban Thường vụ Tỉnh đoàn phối hợp với Thành đoàn Hà Nội và Công ty cổ phần Sữa Hà Nội tổ chức chương trình "Hè yêu thương" tại xã Sủng Là (Đồng Văn) và xã Lũng Pù (Mèo Vạc). Tham gia đoàn có đồng chí Vương Văn Thăng, Phó Bí thư Thành đoàn Hà Nội; đồng chí Sùng Thị Chu, Phó Bí thư Tỉnh đoàn Hà Giang.
Các tình nguyện viên trao quà cho học sinh Trường Phổ thông dân tộc bán trú Tiểu học Sủng Là.
Tại xã Sủng Là, đoàn đã trao 350 suất quà gồm sách vở, áo ấm, đồ dùng học tập, mỗi suất trị giá 300.000 đồng cho học sinh người Mông, Lô Lô; tặng Trường Phổ thông dân tộc bán trú Tiểu học Sủng Là 1 bể chứa nước sạch dung tích 20 m3 và 40 bộ bàn ghế. Tại xã Lũng Pù, đoàn khánh thành công trình "Ngôi nhà khăn quàng đỏ" trị giá 120 triệu đồng và trao 12 con bò giống cho 12 hộ thanh niên nghèo. Tổng giá trị các phần quà và công trình trong chương trình là hơn 415 triệu đồng.
Cô giáo Ly Thị Dí, Hiệu trưởng nhà trường, cho biết trường có 286 học sinh, hầu hết là con em đồng bào Mông ở các thôn xa, nước sinh hoạt mùa khô rất khó khăn. "Có bể nước, các em không phải đi bộ gần 2 km xuống khe lấy nước nữa", cô Dí nói. Em Vàng Mí Dính, học sinh lớp 5, được nhận phần quà và chiếc áo ấm mới, cười rạng rỡ.
Anh Giàng Mí Sùng, Bí thư Đoàn xã Lũng Pù, cho biết các hộ nhận bò sẽ cam kết chăm sóc, sau 3 năm trả lại 1 con bê cho chi đoàn để tiếp tục giúp hộ khác. Đây là cách làm theo mô hình "Ngân hàng bò" mà Tỉnh đoàn đang nhân rộng; đến nay toàn tỉnh đã có 146 con bò được luân chuyển qua mô hình.
Đồng chí Sùng Thị Chu cho biết, hè 2017 Tỉnh đoàn thực hiện Kế hoạch số 165-KH/TĐTN-PTTN về Chiến dịch thanh niên tình nguyện hè, trong đó có 6 đợt tình nguyện vì biên giới, vùng cao. Hoạt động cũng là dịp tuổi trẻ thực hiện Chỉ thị số 42-CT/TW ngày 24/3/2015 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác giáo dục lý tưởng cách mạng, đạo đức, lối sống văn hóa cho thế hệ trẻ giai đoạn 2015 - 2030.
Buổi tối, các bạn tình nguyện viên giao lưu văn nghệ, đốt lửa trại với đoàn viên thanh niên hai xã và các chiến sĩ Đồn Biên phòng Lũng Cú. Đoàn cũng tổ chức khám bệnh, cấp thuốc miễn phí cho 230 người dân và làm sạch 3 km đường liên thôn.
Mai Phương
Tin cùng chuyên mục
- Quản Bạ: ra quân Chiến dịch thanh niên tình nguyện hè 2017 (02/07/2017)
- Bắc Mê: tặng 50 xe đạp cho học sinh nghèo (25/06/2017)
- Tuổi trẻ Yên Minh ra quân làm đường (10/06/2017)
""", "2017-07-21", "Tuổi trẻ Hà Giang mang \"Hè yêu thương\" đến với học sinh vùng cao",
E("trao_qua", None, "2017-07-19"),
[P("Vương Văn Thăng", "Phó Bí thư Thành đoàn Hà Nội"),
 P("Sùng Thị Chu", "Phó Bí thư Tỉnh đoàn Hà Giang"),
 P("Ly Thị Dí", "Hiệu trưởng nhà trường"),
 P("Vàng Mí Dính", "học sinh lớp 5"),
 P("Giàng Mí Sùng", "Bí thư Đoàn xã Lũng Pù")],
[Q("350 suất quà", 350, "suất quà"), Q("300.000 đồng", 300000, "đồng"), Q("20 m3", 20, "m3"),
 Q("40 bộ bàn ghế", 40, "bộ bàn ghế"), Q("120 triệu đồng", 120000000, "đồng"), Q("12 con bò giống", 12, "con bò giống"),
 Q("12 hộ thanh niên nghèo", 12, "hộ thanh niên nghèo"), Q("hơn 415 triệu đồng", 415000000, "đồng", "over"),
 Q("286 học sinh", 286, "học sinh"), Q("gần 2 km", 2, "km", "approx"), Q("146 con bò", 146, "con bò"),
 Q("6 đợt tình nguyện", 6, "đợt tình nguyện"), Q("230 người dân", 230, "người dân"), Q("3 km", 3, "km")],
[D("Kế hoạch", "165", "KH/TĐTN-PTTN", None, None, "Kế hoạch số 165-KH/TĐTN-PTTN"),
 D("Chỉ thị", "42", "CT/TW", "2015-03-24", "Ban Bí thư", "Chỉ thị số 42-CT/TW ngày 24/3/2015")],
[prov("Hà Giang"), com("Sủng Là"), com("Lũng Pù")],
["BÁO HÀ GIANG ĐIỆN TỬ", "Trang chủ > Xã hội > Thanh niên", "BHG", "Hè yêu thương", "Ngôi nhà khăn quàng đỏ", "Ngân hàng bò",
 "Các tình nguyện viên trao quà cho học sinh Trường Phổ thông dân tộc bán trú Tiểu học Sủng Là.", "Đồn Biên phòng Lũng Cú"],
["21/07/2017 - 09:30", "2 ngày", "3 năm", "1 con bê", "1 bể chứa nước sạch", "lớp 5", "giai đoạn 2015 - 2030"]))

PAGES.append(page("b2748-binhdinh-tiepsucmuathi-tongket-2018", """
Cổng thông tin điện tử Tỉnh đoàn Bình Định
Trang chủ / Phong trào / Tình nguyện
30.08.2018 | 16:05
Bình Định: Tổng kết chương trình Tiếp sức mùa thi năm 2018
Ngày 29/8/2018, Ban Chỉ đạo chương trình "Tiếp sức mùa thi" tỉnh Bình Định tổ chức hội nghị tổng kết chương trình năm 2018. Dự hội nghị có đồng chí Huỳnh Thị Mỹ Dung, Ủy viên Ban Chấp hành Trung ương Đoàn, Bí thư Tỉnh đoàn, Trưởng Ban Chỉ đạo; đồng chí Nguyễn Tấn Phát, Phó Giám đốc Sở Giáo dục và Đào tạo.
Năm 2018, kỳ thi THPT quốc gia trên địa bàn tỉnh có 2 cụm thi với 21.540 thí sinh dự thi tại 37 điểm thi. Chương trình đã huy động 1.862 tình nguyện viên là đoàn viên, sinh viên, học sinh, trong đó có 420 đoàn viên công an, quân đội. Các đội hình đã hướng dẫn, hỗ trợ khoảng 18.000 lượt thí sinh và phụ huynh; giới thiệu 640 chỗ trọ miễn phí và 1.100 chỗ trọ giá rẻ; trao 9.300 suất cơm, 21.000 chai nước suối, 4.500 cây bút; bố trí 82 xe máy, 6 xe khách đưa đón miễn phí. Tổng giá trị vận động xã hội hóa đạt trên 1,15 tỷ đồng.
Điểm mới năm nay là "Tiếp sức mùa thi" được triển khai đến các điểm thi ở huyện miền núi An Lão, Vĩnh Thạnh, Vân Canh, hỗ trợ 430 thí sinh người Ba Na, Hrê, Chăm. Đội hình của xã An Toàn chuẩn bị nơi ăn nghỉ cho 38 thí sinh ở các làng xa.
Tại hội nghị, anh Đinh Văn Thuận, Bí thư Huyện đoàn An Lão, chia sẻ cách huy động nhà dân làm nơi trọ cho thí sinh. Chị Trương Thị Ngọc Bích, Phó Bí thư Đoàn Trường Đại học Quy Nhơn, cho biết trường có 512 sinh viên tham gia, nhiều bạn trực liên tục 4 ngày. Đồng chí Nguyễn Tấn Phát đánh giá các đội hình đã góp phần để kỳ thi diễn ra an toàn, nghiêm túc; không có thí sinh nào bị lỡ thi do đi lạc hoặc trễ giờ.
Thực hiện Hướng dẫn số 62-HD/TWĐTN-ĐTH của Ban Bí thư Trung ương Đoàn và Kế hoạch số 97-KH/TĐTN-ĐTH ngày 15/5/2018 của Ban Thường vụ Tỉnh đoàn, chương trình đã được triển khai đồng bộ từ tỉnh đến cơ sở. Tuy vậy, việc kết nối thông tin nhà trọ trên mạng xã hội còn chậm, một số điểm thi chưa có lều trại che nắng. Một số đơn vị chưa chủ động phối hợp với công an để phòng ngừa tình trạng môi giới nhà trọ thu tiền sai quy định.
Phát biểu kết luận, đồng chí Huỳnh Thị Mỹ Dung đề nghị năm 2019 các cơ sở Đoàn xây dựng bản đồ số các điểm thi, nhà trọ; mở rộng đội hình hỗ trợ tư vấn tuyển sinh. Dịp này, Ban Thường vụ Tỉnh đoàn tặng bằng khen cho 18 tập thể, 36 cá nhân; tặng giấy chứng nhận cho 150 tình nguyện viên tiêu biểu.
Trọng Lợi
Xem thêm
- Tuổi trẻ Bình Định ra quân hè tình nguyện 2018 (08/06/2018)
- Phù Cát: trao 100 suất học bổng cho học sinh nghèo (28/07/2018)
- Hoài Nhơn: 200 đoàn viên làm sạch bãi biển (14/07/2018)
""", "2018-08-30", "Bình Định: Tổng kết chương trình Tiếp sức mùa thi năm 2018",
E("tong_ket", "2018", "2018-08-29"),
[P("Huỳnh Thị Mỹ Dung", "Ủy viên Ban Chấp hành Trung ương Đoàn", "Bí thư Tỉnh đoàn", "Trưởng Ban Chỉ đạo"),
 P("Nguyễn Tấn Phát", "Phó Giám đốc Sở Giáo dục và Đào tạo"),
 P("Đinh Văn Thuận", "Bí thư Huyện đoàn An Lão"),
 P("Trương Thị Ngọc Bích", "Phó Bí thư Đoàn Trường Đại học Quy Nhơn")],
[Q("2 cụm thi", 2, "cụm thi"), Q("21.540 thí sinh", 21540, "thí sinh"), Q("37 điểm thi", 37, "điểm thi"),
 Q("1.862 tình nguyện viên", 1862, "tình nguyện viên"), Q("420 đoàn viên công an, quân đội", 420, "đoàn viên công an, quân đội"),
 Q("khoảng 18.000 lượt thí sinh và phụ huynh", 18000, "lượt thí sinh và phụ huynh", "approx"),
 Q("640 chỗ trọ miễn phí", 640, "chỗ trọ miễn phí"), Q("1.100 chỗ trọ giá rẻ", 1100, "chỗ trọ giá rẻ"),
 Q("9.300 suất cơm", 9300, "suất cơm"), Q("21.000 chai nước suối", 21000, "chai nước suối"), Q("4.500 cây bút", 4500, "cây bút"),
 Q("82 xe máy", 82, "xe máy"), Q("6 xe khách", 6, "xe khách"), Q("trên 1,15 tỷ đồng", 1150000000, "đồng", "over"),
 Q("430 thí sinh người Ba Na, Hrê, Chăm", 430, "thí sinh người Ba Na, Hrê, Chăm"), Q("38 thí sinh", 38, "thí sinh"),
 Q("512 sinh viên", 512, "sinh viên"), Q("18 tập thể", 18, "tập thể"), Q("36 cá nhân", 36, "cá nhân"),
 Q("150 tình nguyện viên tiêu biểu", 150, "tình nguyện viên tiêu biểu")],
[D("Hướng dẫn", "62", "HD/TWĐTN-ĐTH", None, "Ban Bí thư Trung ương Đoàn", "Hướng dẫn số 62-HD/TWĐTN-ĐTH"),
 D("Kế hoạch", "97", "KH/TĐTN-ĐTH", "2018-05-15", "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 97-KH/TĐTN-ĐTH ngày 15/5/2018")],
[prov("Bình Định"), com("An Toàn")],
["Cổng thông tin điện tử Tỉnh đoàn Bình Định", "Trang chủ / Phong trào / Tình nguyện", "Tiếp sức mùa thi", "kỳ thi THPT quốc gia"],
["30.08.2018 | 16:05", "năm 2018", "năm 2019", "4 ngày"]))

PAGES.append(page("b2749-camau-xa-daihoi-hoilhtn-2019", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ TÂN HƯNG ĐÔNG - HUYỆN CÁI NƯỚC - TỈNH CÀ MAU
Trang chủ >> Tin tức - Sự kiện >> Hoạt động đoàn thể
Cập nhật lúc 17:20 ngày 18/03/2019
Ảnh: Ban Thư ký ra mắt Đại hội.
Đại hội Hội Liên hiệp Thanh niên Việt Nam xã Tân Hưng Đông lần thứ V, nhiệm kỳ 2019 - 2024
Sáng ngày 16/3/2019, Ủy ban Hội Liên hiệp Thanh niên Việt Nam xã Tân Hưng Đông tổ chức Đại hội đại biểu lần thứ V, nhiệm kỳ 2019 - 2024. Về dự có đồng chí Lý Thanh Dũng, Phó Chủ tịch Hội LHTN Việt Nam huyện Cái Nước; đồng chí Danh Thị Kim Loan, Phó Bí thư Thường trực Đảng ủy xã; đồng chí Trương Văn Út, Chủ tịch UBND xã cùng 95 đại biểu đại diện cho 1.420 hội viên của 14 chi hội ấp và các câu lạc bộ, đội nhóm.
Nhiệm kỳ 2014 - 2019, Hội LHTN xã đã tập hợp được 1.420 hội viên, đạt 78,3% tổng số thanh niên trong độ tuổi. Hội đã phối hợp Đoàn xã thực hiện 23 công trình thanh niên như cất 9 cây cầu bê tông nông thôn, lắp 4,8 km đường điện thắp sáng đường quê, trồng 3.500 cây xanh; tổng giá trị công trình ước tính gần 1,6 tỷ đồng, trong đó vận động nhân dân đóng góp hơn 700 triệu đồng. Thông qua Ngân hàng Chính sách xã hội, Hội đã hỗ trợ 64 hội viên vay vốn nuôi tôm quảng canh cải tiến, nuôi cua với tổng dư nợ 2,9 tỷ đồng; có 18 hội viên đạt danh hiệu "Thanh niên làm kinh tế giỏi" cấp huyện.
Phát biểu tại đại hội, đồng chí Danh Thị Kim Loan ghi nhận những đóng góp của tuổi trẻ trong xây dựng nông thôn mới; xã đã về đích nông thôn mới năm 2018, là một trong những xã đầu tiên của tỉnh Cà Mau đạt chuẩn. Đồng chí đề nghị nhiệm kỳ tới Hội tiếp tục thực hiện Nghị quyết số 03-NQ/ĐU ngày 10/1/2016 của Đảng ủy xã về phát triển kinh tế tập thể, chú trọng đưa thanh niên vào các tổ hợp tác nuôi tôm.
Đại hội đã hiệp thương cử Ủy ban Hội khóa V gồm 19 vị; anh Huỳnh Minh Khởi, Bí thư Đoàn xã, được hiệp thương giữ chức Chủ tịch Hội LHTN Việt Nam xã; các Phó Chủ tịch: Thạch Thị Huyền Trân, Lâm Văn Bé Tư. Đại hội cũng cử 7 đại biểu dự Đại hội Hội LHTN Việt Nam huyện Cái Nước lần thứ VI.
Đại hội đề ra 6 chỉ tiêu, trong đó phấn đấu mỗi năm phát triển 120 hội viên mới, tập hợp 85% thanh niên vào tổ chức Đoàn, Hội; mỗi chi hội thực hiện ít nhất 1 phần việc thanh niên mỗi năm. Đồng chí Lý Thanh Dũng đề nghị Ủy ban Hội khóa mới bám sát Chương trình hành động số 05-CTr/HU của Huyện ủy Cái Nước về công tác thanh niên.
Ban Biên tập
Lượt truy cập: 48.215
Tin liên quan
- Đoàn xã ra quân Ngày Chủ nhật xanh (03/03/2019)
- Chi hội ấp Tân Phong ra mắt tổ hợp tác nuôi tôm (20/02/2019)
- Xã Tân Hưng Đông tổ chức Tết cho thanh niên xa quê (08/02/2019)
""", "2019-03-18", "Đại hội Hội Liên hiệp Thanh niên Việt Nam xã Tân Hưng Đông lần thứ V, nhiệm kỳ 2019 - 2024",
E("dai_hoi", None, "2019-03-16"),
[P("Lý Thanh Dũng", "Phó Chủ tịch Hội LHTN Việt Nam huyện Cái Nước"),
 P("Danh Thị Kim Loan", "Phó Bí thư Thường trực Đảng ủy xã"),
 P("Trương Văn Út", "Chủ tịch UBND xã"),
 P("Huỳnh Minh Khởi", "Bí thư Đoàn xã", "Chủ tịch Hội LHTN Việt Nam xã"),
 P("Thạch Thị Huyền Trân", "Phó Chủ tịch"),
 P("Lâm Văn Bé Tư", "Phó Chủ tịch")],
[Q("95 đại biểu", 95, "đại biểu"), Q("1.420 hội viên", 1420, "hội viên"), Q("14 chi hội ấp", 14, "chi hội ấp"),
 Q("78,3%", 78.3, "%"), Q("23 công trình thanh niên", 23, "công trình thanh niên"), Q("9 cây cầu bê tông nông thôn", 9, "cây cầu bê tông nông thôn"),
 Q("4,8 km", 4.8, "km"), Q("3.500 cây xanh", 3500, "cây xanh"), Q("gần 1,6 tỷ đồng", 1600000000, "đồng", "approx"),
 Q("hơn 700 triệu đồng", 700000000, "đồng", "over"), Q("64 hội viên", 64, "hội viên"), Q("2,9 tỷ đồng", 2900000000, "đồng"),
 Q("18 hội viên", 18, "hội viên"), Q("19 vị", 19, "vị"), Q("7 đại biểu", 7, "đại biểu"), Q("6 chỉ tiêu", 6, "chỉ tiêu"),
 Q("120 hội viên mới", 120, "hội viên mới"), Q("85%", 85, "%")],
[D("Nghị quyết", "03", "NQ/ĐU", "2016-01-10", "Đảng ủy xã", "Nghị quyết số 03-NQ/ĐU ngày 10/1/2016"),
 D("Chương trình hành động", "05", "CTr/HU", None, "Huyện ủy Cái Nước", "Chương trình hành động số 05-CTr/HU")],
[prov("Cà Mau"), com("Tân Hưng Đông")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ TÂN HƯNG ĐÔNG - HUYỆN CÁI NƯỚC - TỈNH CÀ MAU", "Trang chủ >> Tin tức - Sự kiện >> Hoạt động đoàn thể",
 "Ảnh: Ban Thư ký ra mắt Đại hội.", "Thanh niên làm kinh tế giỏi", "Lượt truy cập: 48.215", "Ban Biên tập"],
["Cập nhật lúc 17:20 ngày 18/03/2019", "lần thứ V", "nhiệm kỳ 2019 - 2024", "Nhiệm kỳ 2014 - 2019", "năm 2018", "khóa V", "lần thứ VI",
 "1 phần việc thanh niên", "Lượt truy cập: 48.215"]))

PAGES.append(page("b2750-gialai-taphuan-tinhnguyen-2019", """
BÁO GIA LAI ĐIỆN TỬ
Thời sự | Chính trị | Đoàn thể
Thứ Sáu, 24/05/2019
Tập huấn kỹ năng cho 180 thủ lĩnh đội hình thanh niên tình nguyện
(GLO)- Trong 2 ngày 22 và 23/5, Tỉnh đoàn Gia Lai tổ chức lớp tập huấn kỹ năng công tác tình nguyện năm 2019 cho 180 học viên là bí thư, phó bí thư Đoàn cơ sở, đội trưởng các đội hình thanh niên tình nguyện hè trên địa bàn tỉnh. Đồng chí Rơ Mah Tuấn, Phó Bí thư Tỉnh đoàn, dự và phát biểu khai mạc.
Học viên thực hành kỹ năng sơ cấp cứu tại lớp tập huấn.
Tại lớp tập huấn, học viên được báo cáo viên Trung tâm Hoạt động thanh thiếu nhi tỉnh hướng dẫn kỹ năng tổ chức hoạt động cộng đồng, kỹ năng sơ cấp cứu, phòng chống đuối nước cho trẻ em, kỹ năng vận động đồng bào dân tộc thiểu số bằng tiếng Jrai, Bahnar. Bác sĩ Kpă Thị Nhi, Phó Giám đốc Trung tâm Y tế huyện Ia Grai, hướng dẫn cách sơ cứu rắn cắn, ong đốt; Thượng úy Nay Blớ, cán bộ Đồn Biên phòng Ia Nan, phổ biến quy định khu vực biên giới.
Theo kế hoạch, hè 2019 Tỉnh đoàn ra quân 4 đội hình chủ lực: "Tiếp sức mùa thi", "Mùa hè xanh", "Hành quân xanh" và "Kỳ nghỉ hồng", dự kiến huy động hơn 12.000 lượt đoàn viên, thanh niên. Các chỉ tiêu cụ thể gồm làm mới 25 km đường giao thông nông thôn, xây dựng 10 "Nhà nhân ái", mở 40 lớp dạy tiếng Việt và tin học cho trẻ em, trồng 15.000 cây xanh ở các làng; tổng giá trị các công trình, phần việc dự kiến khoảng 5 tỷ đồng. Tỉnh đoàn phối hợp Hội Sinh viên Việt Nam Thành phố Hồ Chí Minh đón 300 sinh viên về tình nguyện tại 6 xã biên giới huyện Đức Cơ, Ia Grai, Chư Prông.
Chị Siu H'Nương, Bí thư Đoàn xã Ia Dom, cho biết: "Năm ngoái đội hình của xã làm được 2 km đường nhưng thiếu kỹ năng vận động người dân hiến đất. Lớp tập huấn lần này giúp mình tự tin hơn khi nói chuyện với già làng, trưởng làng". Anh Đinh Văn Blưh, đội trưởng đội hình "Mùa hè xanh" Trường Cao đẳng Sư phạm Gia Lai, mong được tập huấn thêm về an toàn giao thông.
Bế mạc lớp tập huấn, đồng chí Rơ Mah Tuấn đề nghị học viên triển khai đúng Kế hoạch số 38-KH/TĐTN-TNNT ngày 6/5/2019 của Ban Thường vụ Tỉnh đoàn; bảo đảm an toàn tuyệt đối cho tình nguyện viên; phối hợp chặt chẽ với cấp ủy, chính quyền địa phương và các đồn biên phòng. Lớp tập huấn nằm trong chuỗi hoạt động thực hiện Chương trình phối hợp số 09-CTr/TĐTN-BĐBP giữa Tỉnh đoàn và Bộ Chỉ huy Bộ đội Biên phòng tỉnh.
Kết thúc lớp, 176 học viên được cấp giấy chứng nhận.
Ksor H'Nhi
Các tin khác
- Đoàn viên Chư Sê hiến máu tình nguyện (18/05/2019)
- Ra mắt Câu lạc bộ thanh niên làng Plei Ring (10/05/2019)
- Tuổi trẻ Pleiku dọn vệ sinh hồ Biển Hồ (28/04/2019)
""", "2019-05-24", "Tập huấn kỹ năng cho 180 thủ lĩnh đội hình thanh niên tình nguyện",
E("tap_huan", "2019", "2019-05-22"),
[P("Rơ Mah Tuấn", "Phó Bí thư Tỉnh đoàn"),
 P("Kpă Thị Nhi", "Bác sĩ", "Phó Giám đốc Trung tâm Y tế huyện Ia Grai"),
 P("Nay Blớ", "Thượng úy", "cán bộ Đồn Biên phòng Ia Nan"),
 P("Siu H'Nương", "Bí thư Đoàn xã Ia Dom"),
 P("Đinh Văn Blưh", "đội trưởng đội hình \"Mùa hè xanh\" Trường Cao đẳng Sư phạm Gia Lai")],
[Q("180 thủ lĩnh đội hình thanh niên tình nguyện", 180, "thủ lĩnh đội hình thanh niên tình nguyện"),
 Q("4 đội hình chủ lực", 4, "đội hình chủ lực"), Q("hơn 12.000 lượt đoàn viên, thanh niên", 12000, "lượt đoàn viên, thanh niên", "over"),
 Q("25 km", 25, "km"), Q("10 \"Nhà nhân ái\"", 10, "Nhà nhân ái"), Q("40 lớp dạy tiếng Việt và tin học", 40, "lớp dạy tiếng Việt và tin học"),
 Q("15.000 cây xanh", 15000, "cây xanh"), Q("khoảng 5 tỷ đồng", 5000000000, "đồng", "approx"), Q("300 sinh viên", 300, "sinh viên"),
 Q("6 xã biên giới", 6, "xã biên giới"), Q("2 km", 2, "km"), Q("176 học viên", 176, "học viên")],
[D("Kế hoạch", "38", "KH/TĐTN-TNNT", "2019-05-06", "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 38-KH/TĐTN-TNNT ngày 6/5/2019"),
 D("Chương trình phối hợp", "09", "CTr/TĐTN-BĐBP", None, None, "Chương trình phối hợp số 09-CTr/TĐTN-BĐBP")],
[prov("Gia Lai"), com("Ia Dom")],
["BÁO GIA LAI ĐIỆN TỬ", "Thời sự | Chính trị | Đoàn thể", "(GLO)", "Học viên thực hành kỹ năng sơ cấp cứu tại lớp tập huấn.",
 "Tiếp sức mùa thi", "Mùa hè xanh", "Hành quân xanh", "Kỳ nghỉ hồng", "Nhà nhân ái", "Trung tâm Hoạt động thanh thiếu nhi tỉnh"],
["Thứ Sáu, 24/05/2019", "2 ngày", "năm 2019"]))

PAGES.append(page("b2751-hanoi-thanhdoan-giaoban-q2-2020", """
Thành đoàn Hà Nội - Cổng thông tin điện tử
Trang chủ › Tin hoạt động › Thành đoàn
2020-07-08 15:30
Bạn đang xem: Tin hoạt động
Thành đoàn Hà Nội: đẩy mạnh hè tình nguyện trong điều kiện bình thường mới
Chiều 7/7, Ban Thường vụ Thành đoàn Hà Nội tổ chức hội nghị giao ban công tác Đoàn và phong trào thanh thiếu nhi quý II năm 2020, triển khai nhiệm vụ quý III. Đồng chí Phạm Hồng Quân, Thành ủy viên, Bí thư Thành đoàn chủ trì hội nghị. Tham dự có các đồng chí Phó Bí thư Thành đoàn: Nguyễn Thị Lan Phương, Đỗ Tiến Thành; bí thư 30 quận, huyện, thị đoàn và đoàn trực thuộc.
Quý II/2020, dù chịu tác động của dịch Covid-19, các cơ sở Đoàn đã tổ chức 1.560 hoạt động hỗ trợ người dân; vận hành 42 "ATM gạo" và 18 "Siêu thị 0 đồng", trao tặng khoảng 215 tấn gạo, 96.000 khẩu trang cho người lao động mất việc. Thành đoàn đã ra mắt 11 công trình thanh niên cấp thành phố chào mừng Đại hội Đảng bộ thành phố lần thứ XVII, tổng giá trị hơn 9,3 tỷ đồng, như tuyến phố văn minh, 3 sân chơi cho thiếu nhi ở quận Hoàng Mai, Hà Đông, 2,4 km đường "Thắp sáng đường quê" tại xã Minh Quang, huyện Ba Vì.
Chiến dịch "Tiếp sức mùa thi" năm 2020 dự kiến bố trí 110 điểm hỗ trợ tại các điểm thi tốt nghiệp THPT với 5.500 tình nguyện viên. Thành đoàn đã ban hành Kế hoạch số 215-KH/ĐTN ngày 12/6/2020 về Chiến dịch thanh niên tình nguyện hè 2020 và Hướng dẫn số 47-HD/ĐTN về bảo đảm phòng, chống dịch trong hoạt động tình nguyện.
Tại hội nghị, anh Vũ Đức Hòa, Bí thư Quận đoàn Đống Đa, báo cáo mô hình "Tuyến phố văn minh" do đoàn viên tự quản. Chị Lê Thị Thu Trang, Bí thư Huyện đoàn Sóc Sơn, kiến nghị bổ sung kinh phí cho 2 đội hình tình nguyện ở xã miền núi Bắc Sơn. Anh Nguyễn Mạnh Cường, Bí thư Đoàn phường Phúc Xá, nêu khó khăn khi tập hợp thanh niên công nhân ngoại tỉnh ở khu trọ.
Kết luận hội nghị, đồng chí Phạm Hồng Quân đề nghị các đơn vị tiếp tục thực hiện Chỉ thị số 16/CT-TTg của Thủ tướng Chính phủ và hướng dẫn phòng dịch của thành phố; trong quý III tập trung cho 4 nhiệm vụ: tình nguyện hè, tuyên truyền Đại hội Đảng các cấp, hỗ trợ thanh niên tìm việc làm và chuẩn bị Đại hội Hội Liên hiệp Thanh niên các cấp. Mỗi cơ sở Đoàn phấn đấu giới thiệu việc làm cho ít nhất 20 thanh niên, toàn thành phố khoảng 10.000 thanh niên.
Dịp này, Ban Thường vụ Thành đoàn trao Bằng khen cho 15 tập thể, 27 cá nhân có thành tích trong công tác phòng, chống dịch Covid-19.
Đức Anh
Tin cùng chuyên mục
- Tuổi trẻ Thủ đô hiến máu "Giọt hồng tri ân" (02/07/2020)
- Ra quân Chiến dịch thanh niên tình nguyện hè 2020 (26/06/2020)
- Thành đoàn trao 500 suất quà cho thanh niên công nhân khó khăn (15/05/2020)
""", "2020-07-08", "Thành đoàn Hà Nội: đẩy mạnh hè tình nguyện trong điều kiện bình thường mới",
E("giao_ban", "2020-Q2", "2020-07-07"),
[P("Phạm Hồng Quân", "Thành ủy viên", "Bí thư Thành đoàn"),
 P("Nguyễn Thị Lan Phương", "Phó Bí thư Thành đoàn"),
 P("Đỗ Tiến Thành", "Phó Bí thư Thành đoàn"),
 P("Vũ Đức Hòa", "Bí thư Quận đoàn Đống Đa"),
 P("Lê Thị Thu Trang", "Bí thư Huyện đoàn Sóc Sơn"),
 P("Nguyễn Mạnh Cường", "Bí thư Đoàn phường Phúc Xá")],
[Q("30 quận, huyện, thị đoàn", 30, "quận, huyện, thị đoàn"), Q("1.560 hoạt động", 1560, "hoạt động"),
 Q("42 \"ATM gạo\"", 42, "ATM gạo"), Q("18 \"Siêu thị 0 đồng\"", 18, "Siêu thị 0 đồng"),
 Q("khoảng 215 tấn", 215, "tấn", "approx"), Q("96.000 khẩu trang", 96000, "khẩu trang"),
 Q("11 công trình thanh niên cấp thành phố", 11, "công trình thanh niên cấp thành phố"),
 Q("hơn 9,3 tỷ đồng", 9300000000, "đồng", "over"), Q("3 sân chơi", 3, "sân chơi"), Q("2,4 km", 2.4, "km"),
 Q("110 điểm hỗ trợ", 110, "điểm hỗ trợ"), Q("5.500 tình nguyện viên", 5500, "tình nguyện viên"),
 Q("2 đội hình tình nguyện", 2, "đội hình tình nguyện"), Q("4 nhiệm vụ", 4, "nhiệm vụ"),
 Q("20 thanh niên", 20, "thanh niên"), Q("khoảng 10.000 thanh niên", 10000, "thanh niên", "approx"),
 Q("15 tập thể", 15, "tập thể"), Q("27 cá nhân", 27, "cá nhân")],
[D("Kế hoạch", "215", "KH/ĐTN", "2020-06-12", "Thành đoàn", "Kế hoạch số 215-KH/ĐTN ngày 12/6/2020"),
 D("Hướng dẫn", "47", "HD/ĐTN", None, "Thành đoàn", "Hướng dẫn số 47-HD/ĐTN"),
 D("Chỉ thị", "16", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg")],
[prov("Hà Nội"), com("Minh Quang"), com("Phúc Xá")],
["Thành đoàn Hà Nội - Cổng thông tin điện tử", "Trang chủ › Tin hoạt động › Thành đoàn", "Bạn đang xem: Tin hoạt động",
 "ATM gạo", "Siêu thị 0 đồng", "Thắp sáng đường quê", "Tiếp sức mùa thi", "Tuyến phố văn minh", "Bắc Sơn"],
["2020-07-08 15:30", "quý II năm 2020", "quý III", "Quý II/2020", "Covid-19", "lần thứ XVII", "Siêu thị 0 đồng", "năm 2020"]))

PAGES.append(page("b2752-kiengiang-tinhdoan-baocao-2020", """
TỈNH ĐOÀN KIÊN GIANG
Trang chủ - Tin tức - Phong trào Đoàn
Ngày 15/09/2020 | 09:15
Kiên Giang: Chiến dịch thanh niên tình nguyện hè 2020 làm lợi hơn 31 tỷ đồng
Theo Báo cáo số 286-BC/TĐTN ngày 10/9/2020 của Ban Thường vụ Tỉnh đoàn Kiên Giang về kết quả Chiến dịch thanh niên tình nguyện hè năm 2020, sau gần 3 tháng triển khai, các cấp bộ Đoàn đã huy động hơn 52.000 lượt đoàn viên, thanh niên tham gia với 1.346 công trình, phần việc; tổng giá trị làm lợi hơn 31 tỷ đồng.
Đoàn viên xã Hòn Tre làm đường bê tông. Ảnh: Tỉnh đoàn cung cấp
Theo báo cáo, các đội hình đã làm mới, sửa chữa 87 km đường giao thông nông thôn; xây 34 cây cầu; lắp 612 bóng đèn thắp sáng đường quê; trồng hơn 48.000 cây xanh; xây dựng và bàn giao 19 nhà nhân ái, mỗi căn trị giá từ 50 đến 70 triệu đồng. Đội hình "Tiếp sức mùa thi" gồm 2.160 tình nguyện viên hỗ trợ 16.400 thí sinh tại 48 điểm thi, kỳ thi tốt nghiệp THPT đợt 1 diễn ra an toàn trong điều kiện phòng, chống dịch Covid-19.
Các chiến dịch "Mùa hè xanh" của sinh viên Trường Đại học Kiên Giang và Trường Cao đẳng Kiên Giang đã về 9 xã đặc biệt khó khăn, mở 36 lớp dạy chữ Khmer hè cho 820 em thiếu nhi, phối hợp các chùa Phật giáo Nam tông Khmer tổ chức sinh hoạt hè. Đoàn Thanh niên các đồn biên phòng tham gia tuần tra, vận động 1.250 ngư dân không vi phạm vùng biển nước ngoài.
Báo cáo nêu gương một số cá nhân tiêu biểu: anh Danh Sol, Bí thư Chi đoàn ấp Sóc Ven, xã Thạnh Lộc, vận động 40 hộ hiến 3.200 m2 đất làm đường; chị Thị Sóc Nê, Phó Bí thư Đoàn xã Hòa Điền, trực tiếp mở lớp dạy chữ Khmer cho 45 em; anh Trần Minh Luân, đoàn viên Trường Đại học Kiên Giang, tham gia hiến máu 12 lần.
Báo cáo cũng chỉ ra hạn chế: một số huyện đoàn chưa quan tâm công tác truyền thông, việc thống kê giá trị công trình còn chưa thống nhất; nguồn lực xã hội hóa tập trung chủ yếu ở thành phố Rạch Giá và thành phố Phú Quốc. Tỉnh đoàn đề ra nhiệm vụ thời gian tới thực hiện Kế hoạch số 73-KH/TU của Tỉnh ủy về thực hiện Kết luận số 80-KL/TW của Ban Bí thư, tiếp tục đưa công trình thanh niên gắn với xây dựng nông thôn mới.
Đồng chí Huỳnh Thanh Nhã, Phó Bí thư Thường trực Tỉnh đoàn, cho biết, Tỉnh đoàn sẽ tổ chức tuyên dương 50 gương thanh niên tình nguyện tiêu biểu vào dịp kỷ niệm Ngày Hội Liên hiệp Thanh niên Việt Nam 15/10; đồng thời đề xuất UBND tỉnh khen thưởng 8 tập thể có thành tích xuất sắc.
Bảo Trân
Tin khác
- Đại hội Hội LHTN Việt Nam tỉnh Kiên Giang lần thứ VI (05/09/2020)
- Tuổi trẻ Phú Quốc chung tay bảo vệ môi trường biển (28/08/2020)
- Hòn Đất trao học bổng cho học sinh Khmer (20/08/2020)
""", "2020-09-15", "Kiên Giang: Chiến dịch thanh niên tình nguyện hè 2020 làm lợi hơn 31 tỷ đồng",
E("bao_cao", "2020", "2020-09-10"),
[P("Danh Sol", "Bí thư Chi đoàn ấp Sóc Ven"),
 P("Thị Sóc Nê", "Phó Bí thư Đoàn xã Hòa Điền"),
 P("Trần Minh Luân", "đoàn viên Trường Đại học Kiên Giang"),
 P("Huỳnh Thanh Nhã", "Phó Bí thư Thường trực Tỉnh đoàn")],
[Q("hơn 31 tỷ đồng", 31000000000, "đồng", "over"), Q("hơn 52.000 lượt đoàn viên, thanh niên", 52000, "lượt đoàn viên, thanh niên", "over"),
 Q("1.346 công trình, phần việc", 1346, "công trình, phần việc"), Q("87 km", 87, "km"), Q("34 cây cầu", 34, "cây cầu"),
 Q("612 bóng đèn", 612, "bóng đèn"), Q("hơn 48.000 cây xanh", 48000, "cây xanh", "over"), Q("19 nhà nhân ái", 19, "nhà nhân ái"),
 Q("50 đến 70 triệu đồng", 50000000, "đồng"), Q("70 triệu đồng", 70000000, "đồng"),
 Q("2.160 tình nguyện viên", 2160, "tình nguyện viên"), Q("16.400 thí sinh", 16400, "thí sinh"), Q("48 điểm thi", 48, "điểm thi"),
 Q("9 xã đặc biệt khó khăn", 9, "xã đặc biệt khó khăn"), Q("36 lớp dạy chữ Khmer hè", 36, "lớp dạy chữ Khmer hè"),
 Q("820 em thiếu nhi", 820, "em thiếu nhi"), Q("1.250 ngư dân", 1250, "ngư dân"), Q("40 hộ", 40, "hộ"), Q("3.200 m2", 3200, "m2"),
 Q("45 em", 45, "em"), Q("50 gương thanh niên tình nguyện tiêu biểu", 50, "gương thanh niên tình nguyện tiêu biểu"),
 Q("8 tập thể", 8, "tập thể")],
[D("Báo cáo", "286", "BC/TĐTN", "2020-09-10", "Ban Thường vụ Tỉnh đoàn Kiên Giang", "Báo cáo số 286-BC/TĐTN ngày 10/9/2020"),
 D("Kế hoạch", "73", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 73-KH/TU"),
 D("Kết luận", "80", "KL/TW", None, "Ban Bí thư", "Kết luận số 80-KL/TW")],
[prov("Kiên Giang"), com("Hòn Tre"), com("Thạnh Lộc"), com("Hòa Điền")],
["TỈNH ĐOÀN KIÊN GIANG", "Trang chủ - Tin tức - Phong trào Đoàn", "Đoàn viên xã Hòn Tre làm đường bê tông. Ảnh: Tỉnh đoàn cung cấp",
 "Tiếp sức mùa thi", "Mùa hè xanh", "thành phố Rạch Giá", "thành phố Phú Quốc"],
["Ngày 15/09/2020 | 09:15", "gần 3 tháng", "năm 2020", "đợt 1", "12 lần", "15/10", "Covid-19"]))
