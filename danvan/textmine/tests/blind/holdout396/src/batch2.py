from lib import *
PAGES = []

PAGES.append(page("b9467-daklak-bdv-dvk-tongket-2017", """
BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK
Hôm nay: Thứ Sáu, 29/12/2017
Trang chủ >> Tin tức - Sự kiện >> Hoạt động dân vận
Ban Dân vận Tỉnh ủy tổng kết công tác dân vận và phong trào "Dân vận khéo" năm 2017
Thứ Tư, 27/12/2017 - 16:45
Sáng 26/12/2017, Ban Dân vận Tỉnh ủy Đắk Lắk tổ chức hội nghị tổng kết công tác dân vận và phong trào thi đua "Dân vận khéo" năm 2017, triển khai nhiệm vụ năm 2018. Đồng chí H'Blăk Niê Kdăm, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị. Tham dự có 31 đồng chí trưởng ban dân vận các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc cùng đại diện các sở, ngành.
Toàn cảnh hội nghị tổng kết.
Năm 2017, Ban Dân vận Tỉnh ủy đã tham mưu Tỉnh ủy ban hành Chương trình hành động số 21-CTr/TU thực hiện Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao chất lượng, hiệu quả công tác dân vận của cơ quan nhà nước, chính quyền các cấp; phối hợp kiểm tra việc thực hiện Nghị quyết chuyên đề số 04-NQ/TU của Tỉnh ủy về công tác vận động đồng bào dân tộc thiểu số tại chỗ.
Phong trào thi đua "Dân vận khéo" có bước phát triển cả về số lượng và chất lượng. Toàn tỉnh có 2.156 mô hình được công nhận, đạt 104% kế hoạch năm; 63 buôn đồng bào dân tộc tại chỗ xây dựng được mô hình tự quản về an ninh trật tự. Nhân dân đã đóng góp trên 18,5 tỷ đồng, hiến 27.300 m2 đất để xây dựng nông thôn mới; 1.845 hộ đồng bào Êđê, Mnông được hướng dẫn chuyển đổi cây trồng, áp dụng tưới tiết kiệm cho cà phê.
Hội nghị nghe các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Nguyễn Thị Thu Hà, Y Jut Byă báo cáo chuyên đề về dân vận chính quyền và công tác nắm tình hình vùng có đạo. Ông Y Sơn Bon, Già làng buôn Ja, xã Krông Na, kể chuyện vận động thanh niên trong buôn không nghe theo lời xúi giục của các đối tượng xấu; bà Nguyễn Thị Lan, Tỉnh ủy viên, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh nêu kinh nghiệm lồng ghép phong trào với cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".
Phát biểu chỉ đạo, đồng chí Phạm Minh Tấn, Phó Bí thư Thường trực Tỉnh ủy biểu dương những kết quả của khối dân vận. Đồng chí yêu cầu năm 2018 tập trung giải quyết dứt điểm các vụ việc tranh chấp đất đai giữa người dân với các công ty nông, lâm nghiệp; mỗi cán bộ, đảng viên phải là một "tuyên truyền viên" gắn với địa bàn dân cư; không để xảy ra điểm nóng ở vùng đồng bào dân tộc thiểu số.
Dịp này, UBND tỉnh tặng bằng khen cho 20 tập thể, 25 cá nhân; Ban Dân vận Tỉnh ủy tặng giấy khen cho 34 tập thể, 51 cá nhân có thành tích tiêu biểu trong phong trào thi đua "Dân vận khéo" năm 2017.
H.Trang
Số lần đọc: 1.337
TIN CÙNG CHUYÊN MỤC
- Krông Bông: ra mắt 6 mô hình "Dân vận khéo" (20/12/2017)
- Buôn Đôn vận động người dân trả lại đất lấn chiếm (11/12/2017)
- Tập huấn công tác dân vận cho cán bộ xã (30/11/2017)
- Ea Súp: 120 hộ được hỗ trợ bò giống (18/11/2017)
""", "2017-12-27", "Ban Dân vận Tỉnh ủy tổng kết công tác dân vận và phong trào \"Dân vận khéo\" năm 2017",
E("tong_ket", "2017", "2017-12-26"),
[P("H'Blăk Niê Kdăm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Thu Hà", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Y Jut Byă", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Y Sơn Bon", "Già làng buôn Ja"),
 P("Nguyễn Thị Lan", "Tỉnh ủy viên", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phạm Minh Tấn", "Phó Bí thư Thường trực Tỉnh ủy")],
[Q("31 đồng chí", 31, "đồng chí"), Q("2.156 mô hình", 2156, "mô hình"), Q("104%", 104, "%"),
 Q("63 buôn đồng bào dân tộc tại chỗ", 63, "buôn đồng bào dân tộc tại chỗ"),
 Q("trên 18,5 tỷ đồng", 18500000000, "đồng", "over"), Q("27.300 m2", 27300, "m2"),
 Q("1.845 hộ đồng bào Êđê, Mnông", 1845, "hộ đồng bào Êđê, Mnông"),
 Q("20 tập thể", 20, "tập thể"), Q("25 cá nhân", 25, "cá nhân"), Q("34 tập thể", 34, "tập thể"),
 Q("51 cá nhân", 51, "cá nhân")],
[D("Chương trình hành động", "21", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 21-CTr/TU"),
 D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 14/7/2015"),
 D("Nghị quyết", "04", "NQ/TU", None, "Tỉnh ủy", "Nghị quyết chuyên đề số 04-NQ/TU")],
[prov("Đắk Lắk"), com("Krông Na")],
["BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK", "Trang chủ >> Tin tức - Sự kiện >> Hoạt động dân vận", "Toàn cảnh hội nghị tổng kết.",
 "Dân vận khéo", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "tuyên truyền viên", "Số lần đọc: 1.337"],
["Hôm nay: Thứ Sáu, 29/12/2017", "Thứ Tư, 27/12/2017 - 16:45", "31 đồng chí", "năm 2017", "năm 2018", "Số lần đọc: 1.337"]))

PAGES.append(page("b9468-hagiang-khoidv-giaoban-q3-2018", """
Báo Hà Giang điện tử
Tin tức > Chính trị - Xây dựng Đảng
05-10-2018 15:20
Nhân rộng mô hình "Dân vận khéo" gắn với xây dựng nông thôn mới
BHG - Ngày 3/10, Ban Dân vận Tỉnh ủy tổ chức hội nghị giao ban khối dân vận quý III/2018. Dự hội nghị có đồng chí Ly Mí Sính, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; lãnh đạo Ủy ban MTTQ và các tổ chức chính trị - xã hội tỉnh.
Đồng chí Ly Mí Sính kết luận hội nghị giao ban.
Trong quý III, khối dân vận các cấp tập trung vận động nhân dân khắc phục hậu quả mưa lũ, giúp các hộ bị thiệt hại ở huyện Xín Mần, Hoàng Su Phì dựng lại nhà cửa. Các đoàn thể đã huy động 3.270 ngày công, hỗ trợ 1.240 tấn xi măng theo cơ chế Nhà nước và nhân dân cùng làm; nhân dân hiến 15.400 m2 đất, làm mới 86 km đường bê tông nông thôn.
Phong trào thi đua "Dân vận khéo" tiếp tục được cụ thể hóa bằng Kế hoạch số 125-KH/BDVTU ngày 3/7/2018 của Ban Dân vận Tỉnh ủy. Trong quý, toàn tỉnh công nhận thêm 118 mô hình, nâng tổng số lên 1.463 mô hình, trong đó 312 mô hình thuộc lĩnh vực phát triển kinh tế, giảm nghèo. Điển hình là mô hình "Dòng họ không có người di cư tự do" ở xã Sủng Là, huyện Đồng Văn: các trưởng họ Giàng, Thào, Vàng cùng ký cam kết, nhờ đó 9 tháng qua không có hộ nào bỏ đi nơi khác.
Hội nghị đã nghe ý kiến của các đồng chí Trưởng Ban Dân vận Huyện ủy: Thào Seo Páo (Mèo Vạc), Lò Thị Dào (Bắc Quang), Giàng Mí Chá (Yên Minh) về cách vận động đồng bào Mông bỏ tục cúng ma gây tốn kém, cách vận động người dân đưa trâu, bò ra khỏi gầm nhà sàn. Đồng chí Vàng Thị Mỷ, Chủ tịch Hội LHPN xã Lũng Cú, chia sẻ việc thành lập 6 tổ phụ nữ "Nói không với tảo hôn" ở các thôn giáp biên.
Kết luận hội nghị, đồng chí Ly Mí Sính đề nghị quý IV tiếp tục thực hiện Kết luận 08, 09-KL/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận ở vùng đồng bào Mông và về vận động nhân dân tham gia giữ gìn an ninh biên giới; chuẩn bị chu đáo hội nghị tổng kết phong trào "Dân vận khéo" năm 2018; phối hợp với Sở Nội vụ đề xuất khen thưởng các mô hình có hiệu quả rõ rệt, tránh bệnh thành tích.
Đồng chí cũng lưu ý các huyện biên giới theo dõi chặt tình hình tư tưởng, kịp thời phát hiện, ngăn chặn việc truyền đạo trái pháp luật, không để kẻ xấu lợi dụng lôi kéo người dân. Các đoàn thể cần chủ động chuẩn bị hàng hóa, lương thực dự phòng cho những thôn có nguy cơ bị chia cắt khi mưa lũ, sạt lở đất trong những tháng cuối năm.
Hoàng Anh
Lượt xem: 742
Tin liên quan
- Mèo Vạc: 21 mô hình "Dân vận khéo" được công nhận (26/09/2018)
- Đồng Văn vận động đồng bào làm chuồng trại xa nhà (14/09/2018)
- Giao ban khối dân vận quý II/2018 (06/07/2018)
- Phụ nữ vùng cao nói không với tảo hôn (28/06/2018)
""", "2018-10-05", "Nhân rộng mô hình \"Dân vận khéo\" gắn với xây dựng nông thôn mới",
E("giao_ban", "2018-Q3", "2018-10-03"),
[P("Ly Mí Sính", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thào Seo Páo", "Trưởng Ban Dân vận Huyện ủy"),
 P("Lò Thị Dào", "Trưởng Ban Dân vận Huyện ủy"),
 P("Giàng Mí Chá", "Trưởng Ban Dân vận Huyện ủy"),
 P("Vàng Thị Mỷ", "Chủ tịch Hội LHPN xã Lũng Cú")],
[Q("3.270 ngày công", 3270, "ngày công"), Q("1.240 tấn", 1240, "tấn"), Q("15.400 m2", 15400, "m2"),
 Q("86 km", 86, "km"), Q("118 mô hình", 118, "mô hình"), Q("1.463 mô hình", 1463, "mô hình"),
 Q("312 mô hình", 312, "mô hình"), Q("6 tổ phụ nữ", 6, "tổ phụ nữ")],
[D("Kế hoạch", "125", "KH/BDVTU", "2018-07-03", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 125-KH/BDVTU ngày 3/7/2018"),
 D("Kết luận", "08", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 08, 09-KL/TU"),
 D("Kết luận", "09", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 08, 09-KL/TU")],
[prov("Hà Giang"), com("Sủng Là"), com("Lũng Cú")],
["Báo Hà Giang điện tử", "Tin tức > Chính trị - Xây dựng Đảng", "BHG", "Đồng chí Ly Mí Sính kết luận hội nghị giao ban.",
 "Dân vận khéo", "Dòng họ không có người di cư tự do", "Nói không với tảo hôn", "Lượt xem: 742"],
["05-10-2018 15:20", "quý III/2018", "quý III", "9 tháng qua", "quý IV", "năm 2018", "Lượt xem: 742"]))

PAGES.append(page("b9469-bentre-dvk-tongket-10nam-2019", """
Báo Đồng Khởi Online
Trang chủ - Chính trị - Xây dựng Đảng
15/11/2019 - 10:05
Ảnh: Lãnh đạo tỉnh trao bằng khen cho các tập thể.
Tổng kết 10 năm phong trào thi đua "Dân vận khéo"
(ĐK) - Ngày 14/11/2019, Tỉnh ủy Bến Tre tổ chức hội nghị tổng kết 10 năm phong trào thi đua "Dân vận khéo" (2009 - 2019). Đồng chí Lê Văn Kiệm, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh dự và chỉ đạo hội nghị. Đồng chí Huỳnh Thị Mỹ Duyên, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Sau 10 năm, toàn tỉnh đã xây dựng và nhân rộng 12.458 mô hình "Dân vận khéo", trong đó có 2.310 mô hình cấp tỉnh. Từ các mô hình, nhân dân đã đóng góp trên 1.235 tỷ đồng, hiến hơn 1,2 triệu m2 đất, tháo dỡ 4.870 công trình, vật kiến trúc để mở rộng đường giao thông nông thôn; xây dựng 8.640 căn nhà tình nghĩa, nhà đại đoàn kết. Đến nay, tỉnh có 69/147 xã đạt chuẩn nông thôn mới, trong đó phong trào "Dân vận khéo" có đóng góp quan trọng.
Báo cáo nêu rõ, phong trào được triển khai đồng bộ theo Quyết định số 217-QĐ/TW và 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị, gắn với thực hiện Nghị định số 91/2017/NĐ-CP của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng. Ban Dân vận Tỉnh ủy đã tham mưu ban hành Hướng dẫn số 09-HD/BDVTU ngày 20/4/2010 và Hướng dẫn số 31-HD/BDVTU ngày 16/5/2016 về tiêu chí công nhận mô hình.
Tại hội nghị, các đại biểu trình bày 6 tham luận. Ông Trần Văn Bé Tư, Bí thư Chi bộ ấp Phú Hòa, xã Phú Nhuận, kể về mô hình "Ấp không có đơn thư vượt cấp" duy trì liên tục 7 năm; bà Đoàn Thị Kim Loan, Chủ tịch Hội Nông dân xã Hưng Khánh Trung A, nêu cách vận động hội viên chuyển 120 ha đất trồng mía kém hiệu quả sang trồng bưởi da xanh, dừa xiêm.
Phát biểu chỉ đạo, đồng chí Lê Văn Kiệm đánh giá phong trào đã trở thành nét đẹp trong phong cách công tác của cán bộ, đảng viên. Đồng chí đề nghị thời gian tới cần gắn phong trào với việc thực hiện Quy chế dân chủ ở cơ sở, với giải quyết các vụ việc khiếu nại đông người; tôn vinh kịp thời người tốt, việc tốt; khắc phục tình trạng "trăm mô hình như một". Mỗi mô hình phải xuất phát từ nhu cầu thực tế của người dân, có người chịu trách nhiệm theo dõi và có sơ kết, rút kinh nghiệm định kỳ; cấp ủy cơ sở phải coi đây là nhiệm vụ thường xuyên chứ không phải phong trào theo đợt.
Dịp này, Ban Dân vận Trung ương tặng bằng khen cho 5 tập thể, 7 cá nhân; UBND tỉnh tặng bằng khen cho 40 tập thể, 56 cá nhân có thành tích tiêu biểu trong 10 năm thực hiện phong trào.
Hữu Hiệp
Bài viết liên quan
- Chợ Lách tổng kết 10 năm phong trào "Dân vận khéo" (08/11/2019)
- Ban Dân vận Tỉnh ủy giao ban quý III (10/10/2019)
- Mỏ Cày Nam: dân hiến đất làm đường liên ấp (27/09/2019)
- 15 năm thực hiện Quy chế dân chủ ở cơ sở (12/09/2019)
""", "2019-11-15", "Tổng kết 10 năm phong trào thi đua \"Dân vận khéo\"",
E("tong_ket", None, "2019-11-14"),
[P("Lê Văn Kiệm", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Huỳnh Thị Mỹ Duyên", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Văn Bé Tư", "Bí thư Chi bộ ấp Phú Hòa"),
 P("Đoàn Thị Kim Loan", "Chủ tịch Hội Nông dân xã Hưng Khánh Trung A")],
[Q("12.458 mô hình", 12458, "mô hình"), Q("2.310 mô hình cấp tỉnh", 2310, "mô hình cấp tỉnh"),
 Q("trên 1.235 tỷ đồng", 1235000000000, "đồng", "over"), Q("hơn 1,2 triệu m2", 1200000, "m2", "over"),
 Q("4.870 công trình, vật kiến trúc", 4870, "công trình, vật kiến trúc"),
 Q("8.640 căn nhà tình nghĩa, nhà đại đoàn kết", 8640, "căn nhà tình nghĩa, nhà đại đoàn kết"),
 Q("69/147 xã", 69, "xã"), Q("6 tham luận", 6, "tham luận"), Q("120 ha", 120, "ha"),
 Q("5 tập thể", 5, "tập thể"), Q("7 cá nhân", 7, "cá nhân"), Q("40 tập thể", 40, "tập thể"),
 Q("56 cá nhân", 56, "cá nhân")],
[D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "218-QĐ/TW ngày 12/12/2013"),
 D("Nghị định", "91", "2017/NĐ-CP", None, "Chính phủ", "Nghị định số 91/2017/NĐ-CP"),
 D("Hướng dẫn", "09", "HD/BDVTU", "2010-04-20", "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 09-HD/BDVTU ngày 20/4/2010"),
 D("Hướng dẫn", "31", "HD/BDVTU", "2016-05-16", "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 31-HD/BDVTU ngày 16/5/2016")],
[prov("Bến Tre"), com("Phú Nhuận"), com("Hưng Khánh Trung A")],
["Báo Đồng Khởi Online", "Trang chủ - Chính trị - Xây dựng Đảng", "Ảnh: Lãnh đạo tỉnh trao bằng khen cho các tập thể.",
 "(ĐK)", "Dân vận khéo", "Ấp không có đơn thư vượt cấp", "Luật Thi đua, khen thưởng", "trăm mô hình như một"],
["15/11/2019 - 10:05", "10 năm", "2009 - 2019", "7 năm"]))

PAGES.append(page("b9470-hue-bdv-dvk-giamsat-aluoi-2020", """
BAN DÂN VẬN TỈNH ỦY THỪA THIÊN HUẾ
Trang chủ :: Tin tức :: Kiểm tra, giám sát
Cập nhật lúc 16:30 ngày 21/08/2020
Giám sát việc thực hiện phong trào thi đua "Dân vận khéo" tại A Lưới
Ngày 19/8, Đoàn giám sát của Ban Thường vụ Tỉnh ủy Thừa Thiên Huế do đồng chí Nguyễn Thị Ái Vân, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy làm trưởng đoàn đã giám sát việc thực hiện phong trào thi đua "Dân vận khéo" năm 2020 tại Huyện ủy A Lưới. Tiếp và làm việc với đoàn có đồng chí Hồ Văn Tưi, Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện.
Theo báo cáo của Huyện ủy, thực hiện Kế hoạch giám sát số 64-KH/TU ngày 2/3/2020 của Ban Thường vụ Tỉnh ủy, từ đầu năm đến nay huyện đã công nhận 37 mô hình cấp huyện và 95 mô hình cấp xã trong phong trào "Dân vận khéo", tập trung vào vận động đồng bào Tà Ôi, Pa Kô, Cơ Tu phát triển kinh tế đồi rừng, giữ gìn vệ sinh môi trường và phòng, chống dịch Covid-19. Ở xã Hồng Thượng, mô hình "Mỗi tuần một ngày cùng dân làm sạch thôn bản" thu hút 460 hộ tham gia; xã Hương Phong vận động 83 hộ trồng 54 ha cây keo, quế dưới tán rừng.
Trong đợt phòng, chống dịch, các mô hình đã vận động được 1.350 khẩu trang vải, 280 triệu đồng cùng nhiều nhu yếu phẩm hỗ trợ các chốt kiểm soát dịch và người dân bị ảnh hưởng; 100% thôn thành lập tổ Covid cộng đồng.
Qua giám sát, đoàn đánh giá Huyện ủy A Lưới đã lãnh đạo chặt chẽ, có nhiều cách làm phù hợp với phong tục của đồng bào. Tuy vậy, một số mô hình chưa có tiêu chí đánh giá hiệu quả cụ thể; hồ sơ công nhận ở vài xã còn sơ sài, thiếu số liệu so sánh trước và sau khi thực hiện; việc nhân rộng mô hình ở các thôn tái định cư chưa đều; vai trò của người có uy tín, già làng trong một số mô hình chưa được phát huy. Bà Rơ Ôm Thị Hoa, Phó Trưởng Ban Dân vận Huyện ủy, tiếp thu và cho biết huyện sẽ rà soát toàn bộ 132 mô hình trong quý IV.
Kết luận buổi giám sát, đồng chí Nguyễn Thị Ái Vân đề nghị Huyện ủy tiếp tục thực hiện Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương Đảng khóa XI, Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị; gắn phong trào với công tác chuẩn bị đại hội đảng bộ các cấp nhiệm kỳ 2020 - 2025; đưa kết quả thực hiện mô hình vào tiêu chí đánh giá, xếp loại tổ chức đảng, đảng viên cuối năm.
Cùng tham gia đoàn có các đồng chí: Lê Văn Ngoan, Phó Trưởng Ban Dân vận Tỉnh ủy và Trần Thị Như Ý, Trưởng phòng Dân vận chính quyền Ban Dân vận Tỉnh ủy.
Như Ý
Lượt xem: 458
Các tin đã đưa
- Phú Vang: nhân dân hiến đất mở rộng đường liên thôn (14/08/2020)
- Giao ban khối dân vận 6 tháng đầu năm 2020 (24/07/2020)
- Khối dân vận chung tay phòng, chống Covid-19 (10/04/2020)
- Nam Đông ra mắt mô hình "Dân vận khéo" trong đồng bào Cơ Tu (25/03/2020)
""", "2020-08-21", "Giám sát việc thực hiện phong trào thi đua \"Dân vận khéo\" tại A Lưới",
E("giam_sat", "2020", "2020-08-19"),
[P("Nguyễn Thị Ái Vân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hồ Văn Tưi", "Phó Bí thư Thường trực Huyện ủy", "Chủ tịch HĐND huyện"),
 P("Rơ Ôm Thị Hoa", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Lê Văn Ngoan", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Thị Như Ý", "Trưởng phòng Dân vận chính quyền Ban Dân vận Tỉnh ủy")],
[Q("37 mô hình cấp huyện", 37, "mô hình cấp huyện"), Q("95 mô hình cấp xã", 95, "mô hình cấp xã"), Q("460 hộ", 460, "hộ"),
 Q("83 hộ", 83, "hộ"), Q("54 ha", 54, "ha"), Q("1.350 khẩu trang vải", 1350, "khẩu trang vải"),
 Q("280 triệu đồng", 280000000, "đồng"), Q("100%", 100, "%"), Q("132 mô hình", 132, "mô hình")],
[D("Kế hoạch", "64", "KH/TU", "2020-03-02", "Ban Thường vụ Tỉnh ủy", "Kế hoạch giám sát số 64-KH/TU ngày 2/3/2020"),
 D("Nghị quyết", "25", "NQ/TW", None, "Ban Chấp hành Trung ương Đảng", "Nghị quyết số 25-NQ/TW"),
 D("Quyết định", "290", "QĐ/TW", "2010-02-25", "Bộ Chính trị", "Quyết định số 290-QĐ/TW ngày 25/2/2010")],
[prov("Thừa Thiên Huế"), com("Hồng Thượng"), com("Hương Phong")],
["BAN DÂN VẬN TỈNH ỦY THỪA THIÊN HUẾ", "Trang chủ :: Tin tức :: Kiểm tra, giám sát", "Dân vận khéo",
 "Mỗi tuần một ngày cùng dân làm sạch thôn bản", "Lượt xem: 458"],
["Cập nhật lúc 16:30 ngày 21/08/2020", "năm 2020", "quý IV", "2020 - 2025", "khóa XI", "Covid-19", "Lượt xem: 458"]))

PAGES.append(page("b9471-camau-bdv-dvk-soket-2021", """
CÀ MAU ONLINE - CỔNG THÔNG TIN CỦA BAN DÂN VẬN TỈNH ỦY
Thời sự | Dân vận | Phong trào thi đua
Thứ Sáu, 09/07/2021
Trên 600 mô hình "Dân vận khéo" góp sức phòng, chống dịch
Chiều 8/7, Ban Dân vận Tỉnh ủy Cà Mau tổ chức hội nghị trực tuyến sơ kết công tác dân vận và phong trào thi đua "Dân vận khéo" 6 tháng đầu năm 2021, kết nối đến 9 điểm cầu huyện, thành phố. Đồng chí Châu Thị Hồng Nga, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì tại điểm cầu tỉnh.
Các đại biểu dự hội nghị tại điểm cầu tỉnh thực hiện nghiêm quy định 5K.
Báo cáo cho biết, 6 tháng đầu năm, các cấp đã công nhận thêm 214 mô hình, nâng tổng số mô hình "Dân vận khéo" còn hoạt động hiệu quả trên toàn tỉnh lên 1.927. Trong bối cảnh dịch Covid-19 diễn biến phức tạp, trên 600 mô hình đã chuyển hướng phục vụ phòng, chống dịch như "Tổ Covid cộng đồng", "Bếp ăn nghĩa tình", "Phiên chợ 0 đồng". Các mô hình đã vận động được gần 14,2 tỷ đồng, 386 tấn gạo, 95.000 phần quà hỗ trợ người dân gặp khó khăn do dịch; đưa đón 2.140 lượt người dân từ các tỉnh, thành phía Nam trở về quê an toàn.
Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 112-KH/TU ngày 15/3/2021 thực hiện Quyết định số 290-QĐ/TW của Bộ Chính trị về Quy chế công tác dân vận của hệ thống chính trị; phối hợp triển khai Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ trong các đợt giãn cách xã hội.
Tại các điểm cầu, nhiều ý kiến tham luận có chất lượng. Ông Danh Sơn, Bí thư Đảng ủy xã Khánh Bình Tây Bắc, cho biết xã duy trì mô hình "Mỗi chi bộ gắn với một hộ nghèo", 6 tháng qua giúp 42 hộ có sinh kế ổn định. Bà Lý Thị Kim Quyên, Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Trần Văn Thời, nêu cách kết nối hộ sản xuất với các bếp ăn để tiêu thụ 18 tấn rau, củ trong mùa dịch.
Phát biểu kết luận, đồng chí Châu Thị Hồng Nga yêu cầu 6 tháng cuối năm các cơ quan dân vận tiếp tục thực hiện Nghị quyết số 01-NQ/TU của Tỉnh ủy về phát triển kinh tế - xã hội gắn với phòng, chống dịch; phát huy vai trò của các mô hình trong việc vận động người dân tiêm vắc-xin, khai báo y tế trung thực. Đồng chí đề nghị quan tâm nắm tình hình lao động mất việc, không để hình thành điểm nóng trong dịp giãn cách.
Theo kế hoạch, cuối năm 2021 tỉnh sẽ tuyên dương những tập thể, cá nhân có thành tích tiêu biểu trong phòng, chống dịch qua phong trào thi đua "Dân vận khéo".
Hồng Nhung
Lượt xem: 905
Tin cùng chuyên mục
- U Minh: mô hình "Tủ bánh mì 0 đồng" giúp người khó khăn (02/07/2021)
- Năm Căn trao 300 phần quà cho lao động tự do (25/06/2021)
- Ban Dân vận Tỉnh ủy làm việc với Đảng ủy Khối Doanh nghiệp (11/06/2021)
- Thới Bình: ra mắt Tổ Covid cộng đồng tại ấp 7 (28/05/2021)
""", "2021-07-09", "Trên 600 mô hình \"Dân vận khéo\" góp sức phòng, chống dịch",
E("so_ket", "2021-H1", "2021-07-08"),
[P("Châu Thị Hồng Nga", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Danh Sơn", "Bí thư Đảng ủy xã Khánh Bình Tây Bắc"),
 P("Lý Thị Kim Quyên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Trần Văn Thời")],
[Q("9 điểm cầu huyện, thành phố", 9, "điểm cầu huyện, thành phố"), Q("214 mô hình", 214, "mô hình"),
 Q("1.927", 1927, "mô hình"), Q("trên 600 mô hình", 600, "mô hình", "over"),
 Q("gần 14,2 tỷ đồng", 14200000000, "đồng", "approx"), Q("386 tấn", 386, "tấn"), Q("95.000 phần quà", 95000, "phần quà"),
 Q("2.140 lượt người dân", 2140, "lượt người dân"), Q("42 hộ", 42, "hộ"), Q("18 tấn", 18, "tấn")],
[D("Kế hoạch", "112", "KH/TU", "2021-03-15", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 112-KH/TU ngày 15/3/2021"),
 D("Quyết định", "290", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 290-QĐ/TW"),
 D("Chỉ thị", "16", "CT-TTg", "2020-03-31", "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg ngày 31/3/2020"),
 D("Nghị quyết", "01", "NQ/TU", None, "Tỉnh ủy", "Nghị quyết số 01-NQ/TU")],
[prov("Cà Mau"), com("Khánh Bình Tây Bắc")],
["CÀ MAU ONLINE - CỔNG THÔNG TIN CỦA BAN DÂN VẬN TỈNH ỦY", "Thời sự | Dân vận | Phong trào thi đua",
 "Các đại biểu dự hội nghị tại điểm cầu tỉnh thực hiện nghiêm quy định 5K.", "Dân vận khéo", "Tổ Covid cộng đồng",
 "Bếp ăn nghĩa tình", "Phiên chợ 0 đồng", "Mỗi chi bộ gắn với một hộ nghèo", "Lượt xem: 905"],
["Thứ Sáu, 09/07/2021", "6 tháng đầu năm 2021", "5K", "Covid-19", "0 đồng", "6 tháng qua", "6 tháng cuối năm",
 "cuối năm 2021", "Lượt xem: 905"]))

PAGES.append(page("b9472-lamdong-bdv-dvk-tongket-2021", """
BÁO LÂM ĐỒNG ĐIỆN TỬ
Chính trị › Xây dựng Đảng
30.12.2021 | 16:05
Ảnh: Trao giấy khen cho các điển hình tiêu biểu.
Tôn vinh 45 mô hình, điển hình tiêu biểu trong phong trào "Dân vận khéo"
(LĐ online) - Sáng 29/12, Ban Dân vận Tỉnh ủy Lâm Đồng tổ chức hội nghị tổng kết công tác dân vận năm 2021 và tuyên dương 45 mô hình, điển hình tiêu biểu trong phong trào thi đua "Dân vận khéo". Đồng chí Ka Điệp, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.
Năm 2021, dù chịu tác động nặng nề của dịch Covid-19, khối dân vận các cấp vẫn bám sát cơ sở, vận động nhân dân thực hiện "mục tiêu kép". Toàn tỉnh có 1.684 mô hình "Dân vận khéo" được công nhận, trong đó 523 mô hình thuộc lĩnh vực dân vận chính quyền. Nhân dân đã hiến 41.200 m2 đất, đóng góp trên 96 tỷ đồng xây dựng nông thôn mới; 3.760 hộ đồng bào dân tộc thiểu số được hỗ trợ giống cà phê, sầu riêng.
Đáng chú ý, phong trào đã góp phần giải quyết 28 vụ việc tranh chấp đất đai kéo dài ở các huyện Lạc Dương, Đam Rông. Ông K'Broh, người có uy tín thôn Đạ Nhinh 1, xã Đạ Tông, là một trong những người đã đi từng nhà vận động bà con trả lại 17 ha đất rừng lấn chiếm.
Tại hội nghị, đồng chí Ka Điệp cùng các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Trần Văn Hiệp, Rơ Ông Ha Thuyết đã trao giấy khen cho 20 tập thể và 25 cá nhân. Các điển hình được tuyên dương gồm cán bộ dân vận cơ sở, già làng, chức sắc tôn giáo, doanh nghiệp và cả những hội viên nông dân người K'Ho, Mạ, Chu Ru.
Chia sẻ tại hội nghị, bà Bon Đơng K'Ries, Chủ tịch Hội LHPN xã Đạ Chais, cho biết hội đã vận động 150 chị em người K'Ho trồng cà phê theo hướng hữu cơ, thu nhập bình quân tăng thêm 12 triệu đồng/hộ/năm. Linh mục Phêrô Nguyễn Văn Hòa, Quản xứ giáo xứ Kon Rum, nêu cách giáo xứ phối hợp chính quyền vận động giáo dân tiêm vắc-xin, tổ chức thánh lễ trực tuyến trong thời gian giãn cách và quyên góp gạo, rau cho bà con vùng phong tỏa.
Phát biểu kết luận, đồng chí Ka Điệp đề nghị năm 2022 các cấp quán triệt Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị 05-CT/TW; triển khai Kế hoạch số 17-KH/TU, 18-KH/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận nhiệm kỳ 2020 - 2025; tiếp tục lựa chọn 45 mô hình, điển hình tiêu biểu để giới thiệu trên báo, đài.
Khánh Phúc
Lượt xem: 1.512
Tin liên quan
- Đức Trọng: 12 mô hình "Dân vận khéo" được tuyên dương (22/12/2021)
- Trao 500 phần quà cho đồng bào khó khăn ở Lạc Dương (14/12/2021)
- Di Linh: người có uy tín góp sức giữ bình yên buôn làng (02/12/2021)
- Hội nghị công tác dân vận chính quyền năm 2021 (25/11/2021)
""", "2021-12-30", "Tôn vinh 45 mô hình, điển hình tiêu biểu trong phong trào \"Dân vận khéo\"",
E("tong_ket", "2021", "2021-12-29"),
[P("Ka Điệp", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("K'Broh", "người có uy tín thôn Đạ Nhinh 1"),
 P("Trần Văn Hiệp", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Rơ Ông Ha Thuyết", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Bon Đơng K'Ries", "Chủ tịch Hội LHPN xã Đạ Chais"),
 P("Phêrô Nguyễn Văn Hòa", "Linh mục", "Quản xứ giáo xứ Kon Rum")],
[Q("45 mô hình, điển hình tiêu biểu", 45, "mô hình, điển hình tiêu biểu"), Q("1.684 mô hình", 1684, "mô hình"),
 Q("523 mô hình", 523, "mô hình"), Q("41.200 m2", 41200, "m2"), Q("trên 96 tỷ đồng", 96000000000, "đồng", "over"),
 Q("3.760 hộ đồng bào dân tộc thiểu số", 3760, "hộ đồng bào dân tộc thiểu số"),
 Q("28 vụ việc tranh chấp đất đai kéo dài", 28, "vụ việc tranh chấp đất đai kéo dài"), Q("17 ha", 17, "ha"),
 Q("20 tập thể", 20, "tập thể"), Q("25 cá nhân", 25, "cá nhân"), Q("150 chị em", 150, "chị em"),
 Q("12 triệu đồng", 12000000, "đồng")],
[D("Kết luận", "01", "KL/TW", "2021-05-18", "Bộ Chính trị", "Kết luận số 01-KL/TW ngày 18/5/2021"),
 D("Chỉ thị", "05", "CT/TW", None, None, "Chỉ thị 05-CT/TW"),
 D("Kế hoạch", "17", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 17-KH/TU"),
 D("Kế hoạch", "18", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "18-KH/TU")],
[prov("Lâm Đồng"), com("Đạ Tông"), com("Đạ Chais")],
["BÁO LÂM ĐỒNG ĐIỆN TỬ", "Chính trị › Xây dựng Đảng", "Ảnh: Trao giấy khen cho các điển hình tiêu biểu.",
 "(LĐ online)", "Dân vận khéo", "mục tiêu kép"],
["30.12.2021 | 16:05", "năm 2021", "Năm 2021", "Covid-19", "năm 2022", "2020 - 2025"]))
