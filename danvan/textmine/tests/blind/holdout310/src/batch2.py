from lib import *
PAGES = []

PAGES.append(page("b7403-hatinh-nganttruoi-tiepxuc-2016", """
BÁO HÀ TĨNH
Thời sự › Chính trị › Tiếp xúc cử tri
29-06-2016 09:40
Cử tri vùng tái định cư hồ Ngàn Trươi kiến nghị nhiều vấn đề bức xúc
Sáng 28/6, tại xã Hương Quang (huyện Vũ Quang), Tổ đại biểu HĐND tỉnh đơn vị bầu cử số 7 gồm ông Trần Tú Anh, Phó Chủ tịch UBND tỉnh và bà Nguyễn Thị Nhuận, Phó Trưởng ban Văn hóa - Xã hội HĐND tỉnh đã tiếp xúc cử tri trước kỳ họp thứ 2 HĐND tỉnh khóa XVII. Gần 200 cử tri là người dân tái định cư Dự án hồ chứa nước Ngàn Trươi - Cẩm Trang dự hội nghị.
Hơn 2 năm kể từ khi hồ Ngàn Trươi tích nước, toàn bộ 1.014 hộ dân của xã Hương Quang đã rời quê cũ đến các khu tái định cư ở xã Hương Điền, Đức Lĩnh và thị trấn Vũ Quang. Tại hội nghị, cử tri thẳng thắn nêu những tồn tại kéo dài.
Cử tri Nguyễn Văn Thục, thôn Khe Giao 1, phản ánh nhiều hộ vẫn chưa được cấp giấy chứng nhận quyền sử dụng đất ở khu tái định cư; mương thoát nước khu dân cư bị bồi lấp, mưa xuống là ngập. Cử tri Phan Thị Lài, thôn Bình Quang, cho biết 36 hộ trong thôn chưa được giao đất sản xuất, "người dân phải đi làm thuê, cuộc sống bấp bênh lắm".
Ông Đặng Văn Thành, Bí thư Đảng ủy xã Hương Quang, kiến nghị tỉnh sớm có cơ chế hỗ trợ chuyển đổi nghề: "Trước đây bà con sống nhờ rừng và ruộng dọc sông Ngàn Trươi, nay đất ít, cần hỗ trợ vốn vay ưu đãi khoảng 30 triệu đồng/hộ để chăn nuôi". Đại diện Ủy ban MTTQ xã cũng đề nghị giải quyết dứt điểm 17 đơn thư về bồi thường còn tồn đọng.
Thay mặt tổ đại biểu, Phó Chủ tịch UBND tỉnh Trần Tú Anh tiếp thu, giải trình các ý kiến. Ông cho biết tỉnh đã phân bổ hơn 60 tỷ đồng để hoàn thiện hạ tầng các khu tái định cư trong năm nay, trong đó có hệ thống thoát nước và 4 tuyến đường nội vùng. Việc cấp giấy chứng nhận quyền sử dụng đất sẽ thực hiện theo Chỉ thị số 08, 09/CT-UBND của UBND tỉnh về đẩy nhanh cấp giấy chứng nhận và rà soát đất sản xuất cho hộ tái định cư, phấn đấu trong quý IV hoàn thành cho khoảng 85% số hộ.
Về đất sản xuất, ông Nguyễn Huy Hoàng, Giám đốc Ban Quản lý dự án Ngàn Trươi - Cẩm Trang, thông tin đã khảo sát quỹ đất tại xã Hương Điền, dự kiến giao thêm 48 ha cho các hộ còn thiếu. Những kiến nghị thuộc thẩm quyền trung ương sẽ được tổng hợp gửi Đoàn ĐBQH tỉnh.
Bà Nguyễn Thị Nhuận đề nghị chính quyền xã công khai, minh bạch các khoản hỗ trợ theo Quy chế dân chủ ở cơ sở, để người dân cùng giám sát.
Cử tri cảm ơn sự quan tâm của lãnh đạo tỉnh Hà Tĩnh, mong các cam kết sớm được thực hiện để bà con an cư, lạc nghiệp.
Thu Phương
Tin liên quan
- Vũ Quang: gỡ vướng mặt bằng khu tái định cư Đức Lĩnh (20/06/2016)
- Hồ chứa nước Ngàn Trươi chính thức tích nước (15/04/2014)
- Hỗ trợ 120 hộ tái định cư phát triển chăn nuôi (06/06/2016)
""", "2016-06-29", "Cử tri vùng tái định cư hồ Ngàn Trươi kiến nghị nhiều vấn đề bức xúc",
E("hoi_nghi", None, "2016-06-28"),
[P("Trần Tú Anh", "Phó Chủ tịch UBND tỉnh"),
 P("Nguyễn Thị Nhuận", "Phó Trưởng ban Văn hóa - Xã hội HĐND tỉnh"),
 P("Nguyễn Văn Thục"), P("Phan Thị Lài"),
 P("Đặng Văn Thành", "Bí thư Đảng ủy xã Hương Quang"),
 P("Nguyễn Huy Hoàng", "Giám đốc Ban Quản lý dự án Ngàn Trươi - Cẩm Trang")],
[Q("Gần 200 cử tri", 200, "cử tri", "approx"), Q("1.014 hộ dân", 1014, "hộ dân"), Q("36 hộ", 36, "hộ"),
 Q("khoảng 30 triệu đồng", 30000000, "đồng", "approx"), Q("17 đơn thư", 17, "đơn thư"),
 Q("hơn 60 tỷ đồng", 60000000000, "đồng", "over"), Q("4 tuyến đường nội vùng", 4, "tuyến đường nội vùng"),
 Q("khoảng 85%", 85, "%", "approx"), Q("48 ha", 48, "ha")],
[D("Chỉ thị", "08", "CT-UBND", None, "UBND tỉnh", "Chỉ thị số 08, 09/CT-UBND"),
 D("Chỉ thị", "09", "CT-UBND", None, "UBND tỉnh", "Chỉ thị số 08, 09/CT-UBND")],
[prov("Hà Tĩnh"), com("Hương Quang"), com("Hương Điền"), com("Đức Lĩnh"), com("Vũ Quang")],
["BÁO HÀ TĨNH", "Thời sự › Chính trị › Tiếp xúc cử tri", "Quy chế dân chủ ở cơ sở"],
["29-06-2016 09:40", "đơn vị bầu cử số 7", "kỳ họp thứ 2", "khóa XVII", "Hơn 2 năm", "quý IV", "Khe Giao 1"]))

PAGES.append(page("b7404-kontum-thuongkontum-taphuan-2017", """
BAN DÂN VẬN TỈNH ỦY KON TUM
Trang chủ | Hoạt động | Tập huấn - Bồi dưỡng
Thứ Năm, 14/09/2017 - 08:30
Đồng chí Y Nhàn phát biểu khai mạc lớp tập huấn.
Tập huấn kỹ năng vận động đồng bào vùng tái định cư thủy điện Thượng Kon Tum
Trong hai ngày 12 và 13/9, tại huyện Kon Plông, Ban Dân vận Tỉnh ủy phối hợp với Ban Quản lý dự án thủy điện Thượng Kon Tum tổ chức lớp tập huấn nghiệp vụ công tác dân vận năm 2017 cho cán bộ làm công tác vận động nhân dân ở các xã có hộ tái định cư. Đồng chí Y Nhàn, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy dự và phát biểu khai mạc.
Tham gia lớp tập huấn có 85 học viên là bí thư chi bộ, trưởng thôn, người có uy tín, cán bộ Mặt trận và các đoàn thể của các xã Hiếu, Măng Cành, Đăk Tăng và Pờ Ê. Đây là những địa bàn có 426 hộ đồng bào Xơ Đăng, Ba Na phải di dời để xây dựng hồ chứa và nhà máy thủy điện Thượng Kon Tum.
Các học viên được nghe các báo cáo viên quán triệt Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị ban hành Quy chế công tác dân vận của hệ thống chính trị; Nghị định số 47/2014/NĐ-CP ngày 15/5/2014 của Chính phủ quy định về bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất và Kế hoạch số 24-KH/BDVTU ngày 3/3/2017 của Ban Dân vận Tỉnh ủy về công tác dân vận trong các dự án thủy điện trên địa bàn tỉnh.
Ông Nguyễn Văn Hòa, Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy, hướng dẫn kỹ năng nắm tình hình, đối thoại với người dân và xử lý các vụ việc phức tạp ngay từ thôn, làng. Các học viên cũng được giới thiệu cách làm hay ở làng tái định cư Kon Plinh, nơi 100% số hộ đã tự nguyện bàn giao mặt bằng đúng hạn.
Chia sẻ tại lớp học, già làng A Thuyết ở làng Vi Choong, xã Hiếu, cho rằng muốn bà con nghe thì cán bộ phải nói bằng tiếng Xơ Đăng, phải đến tận nhà, uống rượu cần với dân. Bà Y Hlen, Chủ tịch Hội Liên hiệp Phụ nữ xã Măng Cành, cho biết Hội đã vận động 63 hộ tái định cư trồng sâm dây, rau hoa xứ lạnh, nhiều chị có thu nhập khoảng 40 - 50 triệu đồng/năm.
Ông A Díu, HUV, Chủ tịch UBND huyện Kon Plông, đề nghị các học viên về địa phương tuyên truyền để bà con hiểu rõ chính sách, không nghe theo lời xúi giục của kẻ xấu, tránh việc kéo đi khiếu kiện đông người.
Bế mạc lớp tập huấn, Ban Dân vận Tỉnh ủy cấp giấy chứng nhận cho các học viên và tặng 20 bộ tài liệu hỏi - đáp về chính sách tái định cư cho các thôn, làng.
K'Hoa
Các tin khác
- Kon Plông ra mắt mô hình "Dân vận khéo" ở làng tái định cư (05/09/2017)
- Ban Dân vận Tỉnh ủy làm việc với Huyện ủy Tu Mơ Rông (28/08/2017)
- Sa Thầy: đối thoại với người dân vùng dự án (18/08/2017)
""", "2017-09-14", "Tập huấn kỹ năng vận động đồng bào vùng tái định cư thủy điện Thượng Kon Tum",
E("tap_huan", "2017", "2017-09-12"),
[P("Y Nhàn", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Hòa", "Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy"),
 P("A Thuyết", "già làng"),
 P("Y Hlen", "Chủ tịch Hội Liên hiệp Phụ nữ xã Măng Cành"),
 P("A Díu", "HUV", "Chủ tịch UBND huyện Kon Plông")],
[Q("85 học viên", 85, "học viên"), Q("426 hộ đồng bào Xơ Đăng, Ba Na", 426, "hộ đồng bào Xơ Đăng, Ba Na"),
 Q("100%", 100, "%"), Q("63 hộ tái định cư", 63, "hộ tái định cư"),
 Q("khoảng 40 - 50 triệu đồng", 40000000, "đồng", "approx"), Q("20 bộ tài liệu", 20, "bộ tài liệu")],
[D("Quyết định", "290", "QĐ/TW", "2010-02-25", "Bộ Chính trị", "Quyết định số 290-QĐ/TW ngày 25/2/2010"),
 D("Nghị định", "47", "2014/NĐ-CP", "2014-05-15", "Chính phủ", "Nghị định số 47/2014/NĐ-CP ngày 15/5/2014"),
 D("Kế hoạch", "24", "KH/BDVTU", "2017-03-03", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 24-KH/BDVTU ngày 3/3/2017")],
[prov("Kon Tum"), com("Hiếu"), com("Măng Cành"), com("Đăk Tăng"), com("Pờ Ê")],
["BAN DÂN VẬN TỈNH ỦY KON TUM", "Trang chủ | Hoạt động | Tập huấn - Bồi dưỡng", "Đồng chí Y Nhàn phát biểu khai mạc lớp tập huấn."],
["Thứ Năm, 14/09/2017 - 08:30", "hai ngày", "năm 2017"]))

PAGES.append(page("b7405-thuathienhue-tdc-baocao-2018", """
Hôm nay: Thứ Sáu, 21/12/2018
CỔNG THÔNG TIN ĐIỆN TỬ BAN DÂN VẬN TỈNH ỦY THỪA THIÊN HUẾ
Trang chủ >> Văn bản - Báo cáo
Cập nhật lúc 14:20 ngày 20/12/2018
Kết quả công tác vận động nhân dân vùng tái định cư các công trình thủy điện, hồ chứa năm 2018
Ngày 18/12/2018, Ban Dân vận Tỉnh ủy ban hành Báo cáo số 215-BC/BDVTU về kết quả công tác vận động nhân dân vùng tái định cư các công trình thủy điện, hồ chứa trên địa bàn tỉnh năm 2018. Trang thông tin trích giới thiệu nội dung chính của báo cáo.
1. Tình hình chung
Toàn tỉnh Thừa Thiên Huế hiện có 2.312 hộ với khoảng 9.600 nhân khẩu tái định cư của các dự án thủy điện A Lưới, Bình Điền, Hương Điền và hồ chứa nước Tả Trạch, sinh sống tại 21 khu tái định cư thuộc các huyện A Lưới, Nam Đông, Phong Điền và thị xã Hương Thủy. Trong năm, tình hình an ninh trật tự ở các khu tái định cư cơ bản ổn định; số hộ nghèo giảm 147 hộ, tỷ lệ hộ nghèo còn 18,4%.
2. Kết quả thực hiện
Thực hiện Chỉ thị số 23-CT/TU ngày 10/5/2016 của Ban Thường vụ Tỉnh ủy về tăng cường sự lãnh đạo của Đảng đối với công tác bồi thường, hỗ trợ, tái định cư, khối dân vận các cấp đã tổ chức 64 buổi tuyên truyền, đối thoại với hơn 3.500 lượt người tham dự. Ủy ban MTTQ và các đoàn thể vận động xây mới, sửa chữa 112 căn nhà cho hộ tái định cư khó khăn với tổng kinh phí 4,7 tỷ đồng.
Tại xã Hồng Hạ (huyện A Lưới), mô hình nuôi bò sinh sản do Hội Nông dân hướng dẫn giúp 38 hộ tái định cư người Tà Ôi, Cơ Tu có thu nhập ổn định. Ở xã Dương Hòa (thị xã Hương Thủy), Đảng ủy xã chỉ đạo các chi bộ thôn phân công đảng viên phụ trách từng hộ, đã hòa giải thành 9 vụ tranh chấp đất đai.
3. Tồn tại, hạn chế
Một số khu tái định cư chưa có đất sản xuất phù hợp, nước sinh hoạt thiếu vào mùa nắng; còn 26 đơn thư kiến nghị về bồi thường, hỗ trợ kéo dài từ những năm trước chưa được giải quyết dứt điểm.
4. Nhiệm vụ năm 2019
Ban Dân vận Tỉnh ủy đề nghị các địa phương tiếp tục thực hiện Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao hiệu quả công tác dân vận của Đảng và chính quyền; phối hợp thực hiện Kế hoạch số 98/KH-UBND ngày 2/4/2018 của UBND tỉnh về ổn định đời sống, sản xuất cho người dân tái định cư giai đoạn 2018 - 2020.
Báo cáo cũng nêu gương một số cá nhân tiêu biểu như ông Hồ Văn Khoa, Bí thư Chi bộ thôn Kê 2, xã Hồng Hạ; bà Căn Thị Lữ, Chi hội trưởng Chi hội Phụ nữ thôn Cân Tôm; ông Kăn Sơn, người có uy tín thôn Tà Rê.
Văn phòng Ban Dân vận Tỉnh ủy
Tin liên quan
- Hội nghị giao ban công tác dân vận quý IV năm 2018 (14/12/2018)
- A Lưới: đối thoại với người dân tái định cư thủy điện (30/11/2018)
- Nam Đông tổng kết mô hình "Dân vận khéo" (22/11/2018)
""", "2018-12-20", "Kết quả công tác vận động nhân dân vùng tái định cư các công trình thủy điện, hồ chứa năm 2018",
E("bao_cao", "2018", "2018-12-18"),
[P("Hồ Văn Khoa", "Bí thư Chi bộ thôn Kê 2"),
 P("Căn Thị Lữ", "Chi hội trưởng Chi hội Phụ nữ thôn Cân Tôm"),
 P("Kăn Sơn", "người có uy tín thôn Tà Rê")],
[Q("2.312 hộ", 2312, "hộ"), Q("khoảng 9.600 nhân khẩu", 9600, "nhân khẩu", "approx"), Q("21 khu tái định cư", 21, "khu tái định cư"),
 Q("147 hộ", 147, "hộ"), Q("18,4%", 18.4, "%"), Q("64 buổi", 64, "buổi"), Q("hơn 3.500 lượt người", 3500, "lượt người", "over"),
 Q("112 căn nhà", 112, "căn nhà"), Q("4,7 tỷ đồng", 4700000000, "đồng"), Q("38 hộ tái định cư người Tà Ôi, Cơ Tu", 38, "hộ tái định cư người Tà Ôi, Cơ Tu"),
 Q("9 vụ tranh chấp đất đai", 9, "vụ tranh chấp đất đai"), Q("26 đơn thư kiến nghị", 26, "đơn thư kiến nghị")],
[D("Báo cáo", "215", "BC/BDVTU", "2018-12-18", "Ban Dân vận Tỉnh ủy", "Báo cáo số 215-BC/BDVTU"),
 D("Chỉ thị", "23", "CT/TU", "2016-05-10", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 23-CT/TU ngày 10/5/2016"),
 D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 14/7/2015"),
 D("Kế hoạch", "98", "KH-UBND", "2018-04-02", "UBND tỉnh", "Kế hoạch số 98/KH-UBND ngày 2/4/2018")],
[prov("Thừa Thiên Huế"), com("Hồng Hạ"), com("Dương Hòa")],
["Hôm nay: Thứ Sáu, 21/12/2018", "CỔNG THÔNG TIN ĐIỆN TỬ BAN DÂN VẬN TỈNH ỦY THỪA THIÊN HUẾ", "Trang chủ >> Văn bản - Báo cáo",
 "Văn phòng Ban Dân vận Tỉnh ủy"],
["Hôm nay: Thứ Sáu, 21/12/2018", "Cập nhật lúc 14:20 ngày 20/12/2018", "năm 2018", "năm 2019", "1. Tình hình chung", "Kê 2", "giai đoạn 2018 - 2020"]))

PAGES.append(page("b7406-gialai-iamor-daihoi-2019", """
Báo Gia Lai điện tử
Chính trị » Mặt trận - Đoàn thể
24.04.2019 | 16:05
Đại hội MTTQ xã vùng tái định cư hồ chứa nước Ia Mơr
(GLO) - Ngày 23/4, Ủy ban MTTQ Việt Nam xã Ia Mơr (huyện Chư Prông) tổ chức Đại hội đại biểu lần thứ XII, nhiệm kỳ 2019 - 2024. Đây là xã điểm của huyện, nơi có 214 hộ đồng bào Jrai phải di dời để xây dựng Dự án hồ chứa nước Ia Mơr.
Dự đại hội có ông Rơ Chăm H'Lúi, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; bà Ksor H'Bơ Khăp, HUV, Chủ tịch Ủy ban MTTQ Việt Nam huyện Chư Prông cùng 120 đại biểu đại diện cho hơn 5.600 người dân trong xã.
Các đại biểu biểu quyết thông qua báo cáo tại đại hội.
Nhiệm kỳ 2014 - 2019, Mặt trận xã đã phối hợp với chính quyền vận động 100% hộ dân trong vùng dự án bàn giao mặt bằng, di chuyển đến 3 khu tái định cư Plei Ia Bang, Plei Kần và Plei Đôn. Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" được hưởng ứng rộng rãi: nhân dân hiến gần 12.000 m2 đất, đóng góp trên 1,3 tỷ đồng và hàng nghìn ngày công để làm đường bê tông nông thôn. Quỹ "Vì người nghèo" vận động được 186 triệu đồng, hỗ trợ xây mới 14 căn nhà đại đoàn kết.
Ông Siu Pháp, trưởng làng tái định cư Plei Kần, chia sẻ: "Lúc đầu nhiều người không muốn rời làng cũ vì có nhà mồ của ông bà, Mặt trận và già làng phải đến từng nhà nói chuyện; giờ làng mới có điện, có nước, có trường học, bà con yên tâm rồi".
Đại hội đề ra mục tiêu nhiệm kỳ 2019 - 2024: mỗi năm giảm từ 3 - 4% hộ nghèo; 90% trở lên khu dân cư đạt chuẩn văn hóa; vận động các hộ tái định cư chuyển đổi 150 ha cây trồng kém hiệu quả sang cây ăn quả, cà phê tái canh.
Phát biểu chỉ đạo, ông Rơ Chăm H'Lúi đề nghị Mặt trận xã bám sát Nghị quyết số 01/NQ-MTTQ của Ủy ban MTTQ Việt Nam huyện về nhiệm vụ giám sát việc thực hiện chính sách hỗ trợ tái định cư; kịp thời phản ánh kiến nghị của người dân về đất sản xuất, nước tưới và tiền hỗ trợ ổn định đời sống.
Đại hội đã hiệp thương cử 37 vị vào Ủy ban MTTQ Việt Nam xã khóa XII. Bà Rah Lan H'Nhung được tín nhiệm giữ chức Chủ tịch Ủy ban MTTQ Việt Nam xã Ia Mơr; các ông Ksor Nhiên, Nguyễn Văn Tứ - Phó Chủ tịch Ủy ban MTTQ Việt Nam xã. Đại hội cũng bầu 6 đại biểu đi dự Đại hội MTTQ Việt Nam huyện.
Nhiều đại biểu cho rằng, sau tái định cư, vai trò của Mặt trận càng quan trọng trong việc giữ gìn khối đại đoàn kết, giúp bà con giữ được bản sắc văn hóa như lễ hội đâm trâu, cồng chiêng, nghề dệt thổ cẩm ở làng mới. Đại hội kêu gọi các hộ tái định cư đoàn kết, giúp nhau phát triển sản xuất, giữ gìn an ninh trật tự ở thôn, làng.
Đinh Yến
Tin cùng chuyên mục
- Chư Prông: 100% xã hoàn thành đại hội Mặt trận cấp cơ sở (20/04/2019)
- Ia Grai tổ chức đại hội điểm MTTQ cấp xã (16/04/2019)
- Gia Lai: hiệp thương lần thứ nhất Đại hội MTTQ tỉnh (10/04/2019)
""", "2019-04-24", "Đại hội MTTQ xã vùng tái định cư hồ chứa nước Ia Mơr",
E("dai_hoi", None, "2019-04-23"),
[P("Rơ Chăm H'Lúi", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ksor H'Bơ Khăp", "HUV", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Chư Prông"),
 P("Siu Pháp", "trưởng làng tái định cư Plei Kần"),
 P("Rah Lan H'Nhung", "Chủ tịch Ủy ban MTTQ Việt Nam xã Ia Mơr"),
 P("Ksor Nhiên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Nguyễn Văn Tứ", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã")],
[Q("214 hộ đồng bào Jrai", 214, "hộ đồng bào Jrai"), Q("120 đại biểu", 120, "đại biểu"), Q("hơn 5.600 người dân", 5600, "người dân", "over"),
 Q("100%", 100, "%"), Q("3 khu tái định cư", 3, "khu tái định cư"), Q("gần 12.000 m2", 12000, "m2", "approx"),
 Q("trên 1,3 tỷ đồng", 1300000000, "đồng", "over"), Q("186 triệu đồng", 186000000, "đồng"),
 Q("14 căn nhà đại đoàn kết", 14, "căn nhà đại đoàn kết"), Q("3 - 4%", 3, "%"), Q("90% trở lên", 90, "%", "over"),
 Q("150 ha", 150, "ha"), Q("37 vị", 37, "vị"), Q("6 đại biểu", 6, "đại biểu")],
[D("Nghị quyết", "01", "NQ-MTTQ", None, "Ủy ban MTTQ Việt Nam huyện", "Nghị quyết số 01/NQ-MTTQ")],
[prov("Gia Lai"), com("Ia Mơr")],
["Báo Gia Lai điện tử", "Chính trị » Mặt trận - Đoàn thể", "(GLO)", "Các đại biểu biểu quyết thông qua báo cáo tại đại hội.",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Vì người nghèo"],
["24.04.2019 | 16:05", "lần thứ XII", "nhiệm kỳ 2019 - 2024", "Nhiệm kỳ 2014 - 2019", "khóa XII", "mỗi năm"]))

PAGES.append(page("b7407-langson-banlai-phongsu-2019", """
Báo Lạng Sơn điện tử
Phóng sự - Ghi chép
2019-11-05 16:40
Lượt đọc: 1.254
Ảnh: Một góc khu tái định cư Khòn Phạc.
Đổi thay ở khu tái định cư hồ Bản Lải
Hơn 3 năm sau ngày rời quê cũ nhường đất cho Dự án hồ chứa nước Bản Lải, những nếp nhà sàn mới của đồng bào Nùng, Tày ở khu tái định cư Khòn Phạc, xã Tú Mịch, huyện Lộc Bình đã rộn rã tiếng cười.
Buổi sáng cuối thu, chúng tôi theo chân ông Hoàng Văn Páo, Bí thư Chi bộ thôn Khòn Phạc, đi một vòng quanh khu tái định cư. Con đường bê tông rộng 5 m chạy giữa hai dãy nhà khang trang; nhà văn hóa, trường mầm non, trạm biến áp đều đã đưa vào sử dụng. "Ngày mới về đây, cả thôn 74 hộ chỉ quen làm ruộng dưới thung lũng, giờ lên đồi phải học lại từ đầu", ông Páo kể.
Nhớ lại thời điểm vận động di dời, bà Lộc Thị Hoa, Chủ tịch Ủy ban MTTQ xã Tú Mịch, cho biết có những gia đình đã ở làng cũ qua năm, sáu đời, không muốn đi. Cán bộ xã, thôn chia nhau đến từng nhà, có nhà phải đến hơn chục lần. Mặt trận và các đoàn thể còn tổ chức cho đại diện các hộ đi tham quan khu tái định cư trước khi chuyển đến, để bà con tận mắt thấy nơi ở mới.
Sau khi ổn định chỗ ở, chính quyền xã chỉ đạo các đoàn thể hướng dẫn bà con trồng hồi, quế, keo trên đất đồi và chăn nuôi lợn, gà theo hướng hàng hóa. Gia đình anh Vy Văn Sình là một ví dụ: từ 2 con lợn giống được hỗ trợ, nay anh đã có đàn lợn 30 con, trồng thêm 2 ha keo, thu nhập mỗi năm khoảng 80 triệu đồng.
Theo ông Lăng Văn Thắng, Phó Chủ tịch UBND xã Tú Mịch, toàn xã có 192 hộ tái định cư của dự án, được bố trí tại 2 khu tập trung. Tỷ lệ hộ nghèo ở các khu này đã giảm từ 46% năm 2016 xuống còn 21%. Xã đang đề nghị huyện hỗ trợ kinh phí làm thêm một tuyến kênh tưới để bà con có thể cấy hai vụ lúa.
Chị Hoàng Thị Mai, thôn Khòn Phạc, vừa được vay 50 triệu đồng từ Ngân hàng Chính sách xã hội để mở quán tạp hóa, phấn khởi: "Nhà mới gần đường, có điện, có nước sạch, con đi học gần. Chỉ mong có thêm ruộng nước để bớt lo cái ăn".
Rời Khòn Phạc khi chiều muộn, mặt hồ Bản Lải lấp lánh phía xa. Với những người dân nơi đây, ký ức về làng cũ vẫn còn, nhưng niềm tin vào cuộc sống mới đang lớn dần lên từng ngày.
Trao đổi với chúng tôi, lãnh đạo huyện Lộc Bình cho biết thời gian tới huyện sẽ ưu tiên nguồn vốn các chương trình mục tiêu quốc gia cho các khu tái định cư, tập trung vào thủy lợi nhỏ, đường nội đồng và đào tạo nghề cho thanh niên. Đây là những việc làm thiết thực để người dân vùng hồ thật sự an cư, lạc nghiệp trên quê hương mới.
Bài, ảnh: Hoàng Nam
Các tin khác
- Đình Lập: hiệu quả mô hình "Dân vận khéo" ở thôn vùng cao (01/11/2019)
- Lộc Bình hỗ trợ giống cho 150 hộ tái định cư (25/10/2019)
- Nghiệm thu tuyến đường vào khu tái định cư Nà Lạn (18/10/2019)
""", "2019-11-05", "Đổi thay ở khu tái định cư hồ Bản Lải",
E("khac", None, None),
[P("Hoàng Văn Páo", "Bí thư Chi bộ thôn Khòn Phạc"),
 P("Lộc Thị Hoa", "Chủ tịch Ủy ban MTTQ xã Tú Mịch"),
 P("Vy Văn Sình"),
 P("Lăng Văn Thắng", "Phó Chủ tịch UBND xã Tú Mịch"),
 P("Hoàng Thị Mai")],
[Q("5 m", 5, "m"), Q("74 hộ", 74, "hộ"), Q("2 con lợn giống", 2, "con lợn giống"), Q("30 con", 30, "con"),
 Q("2 ha", 2, "ha"), Q("khoảng 80 triệu đồng", 80000000, "đồng", "approx"), Q("192 hộ tái định cư", 192, "hộ tái định cư"),
 Q("2 khu tập trung", 2, "khu tập trung"), Q("46%", 46, "%"), Q("21%", 21, "%"), Q("50 triệu đồng", 50000000, "đồng")],
[],
[prov("Lạng Sơn"), com("Tú Mịch")],
["Báo Lạng Sơn điện tử", "Phóng sự - Ghi chép", "Lượt đọc: 1.254", "Ảnh: Một góc khu tái định cư Khòn Phạc.", "Ngân hàng Chính sách xã hội"],
["2019-11-05 16:40", "Lượt đọc: 1.254", "Hơn 3 năm", "năm, sáu đời", "hơn chục lần", "hai vụ", "năm 2016"]))

PAGES.append(page("b7408-quangngai-nuoctrong-tongket-2020", """
Báo Quảng Ngãi
Kinh tế | Nông nghiệp - Nông thôn
Thứ Tư, 30/12/2020, 08:05
Quang cảnh hội nghị. Ảnh: Đ.Phương
Vùng tái định cư Nước Trong từng bước ổn định
(Báo Quảng Ngãi) - Chiều 29/12, Ban Chỉ đạo bồi thường, hỗ trợ, tái định cư Dự án hồ chứa nước Nước Trong tổ chức hội nghị tổng kết công tác năm 2020, triển khai kế hoạch năm 2021. Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo Võ Phiên chủ trì hội nghị.
Năm 2020, dù chịu ảnh hưởng của dịch Covid-19 và các cơn bão số 9, số 13, các địa phương vẫn hoàn thành bố trí tái định cư cho 87 hộ cuối cùng, nâng tổng số hộ được bố trí nơi ở mới lên 638 hộ với 2.714 nhân khẩu tại 9 khu tái định cư thuộc các xã Sơn Dung, Sơn Long, Sơn Liên (huyện Sơn Tây) và xã Sơn Bao (huyện Sơn Hà). Kinh phí bồi thường, hỗ trợ chi trả trong năm khoảng 42,5 tỷ đồng.
Báo cáo nêu rõ, công tác tuyên truyền, vận động đồng bào Ca Dong, Hrê được làm tốt. Cấp ủy các xã đã phân công 58 đảng viên theo dõi, giúp đỡ các hộ khó khăn, kịp thời giải quyết 12 kiến nghị của người dân ngay tại cơ sở.
Ông Đinh Văn Sát, Bí thư Đảng ủy xã Sơn Dung, cho biết các hộ tái định cư đã trồng mới 210 ha keo, quế và 35 ha lúa nước; tuy vậy vẫn còn 41 hộ thiếu đất sản xuất. Bà Đinh Thị Kim Dơn, Trưởng Ban Dân vận Huyện ủy Sơn Tây, đề nghị tiếp tục thực hiện mô hình "Cán bộ, đảng viên giúp hộ tái định cư" vì hiệu quả thiết thực.
Tại hội nghị, các đại biểu thảo luận về việc thực hiện Quyết định số 17/2019/QĐ-UBND ngày 28/5/2019 của UBND tỉnh quy định đơn giá bồi thường cây trồng, vật nuôi và Nghị quyết số 06-NQ/HU ngày 15/4/2020 của Ban Thường vụ Huyện ủy Sơn Tây về phát triển sinh kế bền vững cho đồng bào tái định cư. Nhiều ý kiến cho rằng cần sớm hoàn thành cấp giấy chứng nhận quyền sử dụng đất, vì hiện mới có 72% số hộ được cấp.
Kết luận hội nghị, ông Võ Phiên yêu cầu năm 2021 phải hoàn thành dứt điểm việc giao đất sản xuất, khắc phục hư hỏng hạ tầng sau bão, đồng thời xây dựng phương án hỗ trợ khoảng 5 triệu đồng/hộ cho các hộ có nhà bị tốc mái. Các địa phương phối hợp với Ủy ban MTTQ và các đoàn thể tăng cường nắm tình hình, không để phát sinh điểm nóng.
Dịp này, UBND tỉnh tặng bằng khen cho 6 tập thể, 11 cá nhân; trong đó có ông Đinh Văn Lanh, trưởng thôn Ra Manh, xã Sơn Long, người đã vận động toàn bộ 23 hộ trong thôn di dời đúng tiến độ.
Hội nghị cũng ghi nhận sự phối hợp tích cực của chủ đầu tư trong việc hỗ trợ vật liệu, nhân công để người dân sửa chữa nhà cửa sau bão.
Đức Phương
Tin liên quan
- Sơn Tây: khắc phục hư hỏng hạ tầng khu tái định cư sau bão số 9 (12/11/2020)
- Trao 200 suất quà cho hộ tái định cư vùng dự án (05/10/2020)
- Hồ chứa nước Nước Trong tích nước an toàn (20/09/2020)
""", "2020-12-30", "Vùng tái định cư Nước Trong từng bước ổn định",
E("tong_ket", "2020", "2020-12-29"),
[P("Võ Phiên", "Phó Chủ tịch UBND tỉnh", "Trưởng Ban Chỉ đạo"),
 P("Đinh Văn Sát", "Bí thư Đảng ủy xã Sơn Dung"),
 P("Đinh Thị Kim Dơn", "Trưởng Ban Dân vận Huyện ủy Sơn Tây"),
 P("Đinh Văn Lanh", "trưởng thôn Ra Manh")],
[Q("87 hộ", 87, "hộ"), Q("638 hộ", 638, "hộ"), Q("2.714 nhân khẩu", 2714, "nhân khẩu"), Q("9 khu tái định cư", 9, "khu tái định cư"),
 Q("khoảng 42,5 tỷ đồng", 42500000000, "đồng", "approx"), Q("58 đảng viên", 58, "đảng viên"), Q("12 kiến nghị", 12, "kiến nghị"),
 Q("210 ha", 210, "ha"), Q("35 ha", 35, "ha"), Q("41 hộ", 41, "hộ"), Q("72%", 72, "%"),
 Q("khoảng 5 triệu đồng", 5000000, "đồng", "approx"), Q("6 tập thể", 6, "tập thể"), Q("11 cá nhân", 11, "cá nhân"), Q("23 hộ", 23, "hộ")],
[D("Quyết định", "17", "2019/QĐ-UBND", "2019-05-28", "UBND tỉnh", "Quyết định số 17/2019/QĐ-UBND ngày 28/5/2019"),
 D("Nghị quyết", "06", "NQ/HU", "2020-04-15", "Ban Thường vụ Huyện ủy Sơn Tây", "Nghị quyết số 06-NQ/HU ngày 15/4/2020")],
[prov("Quảng Ngãi"), com("Sơn Dung"), com("Sơn Long"), com("Sơn Liên"), com("Sơn Bao")],
["Báo Quảng Ngãi", "Kinh tế | Nông nghiệp - Nông thôn", "Quang cảnh hội nghị. Ảnh: Đ.Phương", "(Báo Quảng Ngãi)",
 "Cán bộ, đảng viên giúp hộ tái định cư"],
["Thứ Tư, 30/12/2020, 08:05", "năm 2020", "năm 2021", "bão số 9", "số 13", "Covid-19"]))
