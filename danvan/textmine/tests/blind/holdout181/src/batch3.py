from lib import *
PAGES = []

PAGES.append(page("b4313-bacgiang-tongket-2022", """
Báo Bắc Giang điện tử
Chính trị - Xã hội | Đoàn thể
Cập nhật lúc 17:20 ngày 20/12/2022
Thứ Ba, 20/12/2022
Toàn cảnh hội nghị. Ảnh: Thu Hà
Hơn 2.600 trẻ em mồ côi do Covid-19 có "mẹ đỡ đầu"
BGĐT - Ngày 19/12, Hội LHPN tỉnh Bắc Giang tổ chức hội nghị tổng kết công tác Hội và phong trào phụ nữ năm 2022, triển khai nhiệm vụ năm 2023. Đồng chí Lê Thị Thu Hương, Phó Bí thư Thường trực Tỉnh ủy, Trưởng Đoàn Đại biểu Quốc hội tỉnh dự và phát biểu chỉ đạo; đồng chí Nguyễn Thị Thu Thủy, Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh cùng dự.
Năm 2022, thực hiện Chương trình "Đỡ đầu trẻ em mồ côi do dịch Covid-19" theo Kế hoạch số 294/KH-ĐCT ngày 25/11/2021 của Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam và Kế hoạch 61-KH/HPN của Ban Thường vụ Hội LHPN tỉnh, các cấp hội đã kết nối 2.634 "mẹ đỡ đầu" nhận đỡ đầu 2.617 trẻ em mồ côi, trong đó 118 em mồ côi do Covid-19; tổng kinh phí hỗ trợ ước đạt 7,9 tỷ đồng. Mỗi trẻ được hỗ trợ tối thiểu 500.000 đồng/tháng.
Các cấp hội phối hợp tổ chức 286 lớp dạy bơi, dạy kỹ năng an toàn trong môi trường nước cho 9.140 trẻ em; thành lập 37 câu lạc bộ "Phòng, chống xâm hại trẻ em"; phát hiện, báo cáo 11 vụ xâm hại trẻ em và 49 vụ bạo lực gia đình, 100% các vụ việc được can thiệp kịp thời. Tỷ lệ cơ sở hội đạt vững mạnh đạt 86,7%; kết nạp 6.328 hội viên mới.
Tại hội nghị, bà Hoàng Thị Dung, Chủ tịch Hội LHPN huyện Sơn Động, chia sẻ kinh nghiệm vận động 42 doanh nghiệp đỡ đầu học sinh dân tộc Tày, Nùng, Sán Chí ở các xã vùng cao An Lạc, Vân Sơn. Bà Trần Thị Loan, Chủ tịch Hội LHPN phường Trần Phú, thành phố Bắc Giang, giới thiệu mô hình "Tủ sách yêu thương" và "Ngân hàng bò" giúp 15 gia đình nuôi con mồ côi.
Phát biểu chỉ đạo, đồng chí Lê Thị Thu Hương đề nghị Hội tiếp tục quán triệt Nghị quyết Đại hội XIII của Đảng và Chỉ thị 21-CT/TW của Ban Bí thư về tiếp tục đổi mới, nâng cao chất lượng công tác phụ nữ; năm 2023 phấn đấu 100% trẻ em mồ côi cả cha lẫn mẹ có người đỡ đầu đến năm 18 tuổi.
Hội nghị đã nghe bà Ngô Thị Quỳnh, Chủ tịch Hội LHPN tỉnh, phát động thi đua năm 2023; trao cờ thi đua cho 4 đơn vị dẫn đầu và bằng khen của Trung ương Hội cho 5 tập thể, 8 cá nhân. Các đồng chí Phó Chủ tịch Hội LHPN tỉnh: Nguyễn Thị Hương Giang, Dương Thị Thu Trang trao giấy khen cho 26 mẹ đỡ đầu tiêu biểu.
Quỳnh Anh
Lượt xem: 2.081
Tin cùng chuyên mục
- Lục Nam: trao 80 suất quà cho trẻ em mồ côi (12/12/2022)
- Hội nghị tập huấn kỹ năng phòng, chống bạo lực gia đình (05/12/2022)
- Tỉnh đoàn tuyên dương 100 "Cháu ngoan Bác Hồ" (28/11/2022)
""", "2022-12-20", 'Hơn 2.600 trẻ em mồ côi do Covid-19 có "mẹ đỡ đầu"',
E("tong_ket", "2022", "2022-12-19"),
[P("Lê Thị Thu Hương", "Phó Bí thư Thường trực Tỉnh ủy", "Trưởng Đoàn Đại biểu Quốc hội tỉnh"),
 P("Nguyễn Thị Thu Thủy", "Ủy viên Ban Thường vụ", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Hoàng Thị Dung", "Chủ tịch Hội LHPN huyện Sơn Động"),
 P("Trần Thị Loan", "Chủ tịch Hội LHPN phường Trần Phú"),
 P("Ngô Thị Quỳnh", "Chủ tịch Hội LHPN tỉnh"),
 P("Nguyễn Thị Hương Giang", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Dương Thị Thu Trang", "Phó Chủ tịch Hội LHPN tỉnh")],
[Q("Hơn 2.600 trẻ em mồ côi", 2600, "trẻ em mồ côi", "over"), Q('2.634 "mẹ đỡ đầu"', 2634, "mẹ đỡ đầu"),
 Q("2.617 trẻ em mồ côi", 2617, "trẻ em mồ côi"), Q("118 em", 118, "em"), Q("7,9 tỷ đồng", 7900000000, "đồng", "approx"),
 Q("tối thiểu 500.000 đồng", 500000, "đồng"), Q("286 lớp dạy bơi", 286, "lớp dạy bơi"), Q("9.140 trẻ em", 9140, "trẻ em"),
 Q("37 câu lạc bộ", 37, "câu lạc bộ"), Q("11 vụ xâm hại trẻ em", 11, "vụ xâm hại trẻ em"), Q("49 vụ bạo lực gia đình", 49, "vụ bạo lực gia đình"),
 Q("100% các vụ việc", 100, "%"), Q("86,7%", 86.7, "%"), Q("6.328 hội viên mới", 6328, "hội viên mới"),
 Q("42 doanh nghiệp", 42, "doanh nghiệp"), Q("15 gia đình", 15, "gia đình"), Q("100% trẻ em", 100, "%"),
 Q("4 đơn vị", 4, "đơn vị"), Q("5 tập thể", 5, "tập thể"), Q("8 cá nhân", 8, "cá nhân"), Q("26 mẹ đỡ đầu tiêu biểu", 26, "mẹ đỡ đầu tiêu biểu")],
[D("Kế hoạch", "294", "KH-ĐCT", "2021-11-25", "Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam", "Kế hoạch số 294/KH-ĐCT ngày 25/11/2021"),
 D("Kế hoạch", "61", "KH/HPN", None, "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch 61-KH/HPN"),
 D("Chỉ thị", "21", "CT/TW", None, "Ban Bí thư", "Chỉ thị 21-CT/TW")],
[prov("Bắc Giang"), com("An Lạc"), com("Vân Sơn"), com("Trần Phú")],
["Báo Bắc Giang điện tử", "Chính trị - Xã hội | Đoàn thể", "Toàn cảnh hội nghị. Ảnh: Thu Hà", "BGĐT",
 "Đỡ đầu trẻ em mồ côi do dịch Covid-19", "Phòng, chống xâm hại trẻ em", "Tủ sách yêu thương", "Ngân hàng bò",
 "Nghị quyết Đại hội XIII của Đảng", "Lượt xem: 2.081", "Sơn Động"],
["Cập nhật lúc 17:20 ngày 20/12/2022", "Thứ Ba, 20/12/2022", "năm 2022", "năm 2023", "18 tuổi", "Covid-19"]))

PAGES.append(page("b4314-quangtri-taphuan-2022", """
TỈNH ĐOÀN QUẢNG TRỊ
Trang chủ › Tin tức › Hoạt động Đoàn - Hội - Đội
30 tháng 5, 2022 | 15:10
Tập huấn kỹ năng dạy bơi an toàn cho 85 giáo viên, đoàn viên
Từ ngày 27 đến 29/5/2022, Tỉnh đoàn Quảng Trị phối hợp Sở Văn hóa, Thể thao và Du lịch, Hội LHPN tỉnh tổ chức lớp tập huấn hướng dẫn viên dạy bơi an toàn và kỹ năng phòng, chống đuối nước, xâm hại trẻ em năm 2022 tại xã Triệu Độ, huyện Triệu Phong. Đồng chí Hồ Thị Thu Hằng, Ủy viên Ban Thường vụ Tỉnh đoàn, Phó Chủ tịch Hội đồng Đội tỉnh khai mạc lớp tập huấn.
Học viên thực hành kỹ năng cứu đuối tại bể bơi di động. Ảnh: Lê Trường
Lớp tập huấn có 85 học viên là giáo viên thể dục, tổng phụ trách Đội, đoàn viên và hội viên phụ nữ đến từ 10 huyện, thị xã, thành phố. Trong 3 ngày, các học viên được các huấn luyện viên của Trung tâm Huấn luyện và Thi đấu thể dục thể thao tỉnh hướng dẫn phương pháp dạy bơi an toàn theo Quyết định số 1042/QĐ-BVHTTDL và Thông tư số 26/2020/TT-BGDĐT; được cán bộ Hội LHPN tỉnh trang bị kiến thức nhận diện dấu hiệu trẻ bị bạo lực, xâm hại và kỹ năng tư vấn cho cha mẹ.
Theo đồng chí Hồ Thị Thu Hằng, thực hiện Kế hoạch số 45-KH/TĐTN-TTN ngày 20/4/2022 của Ban Thường vụ Tỉnh đoàn, hè năm 2022 Tỉnh đoàn phấn đấu mở ít nhất 150 lớp dạy bơi, giúp 4.500 trẻ em biết bơi; huy động 40 bể bơi di động. Năm 2021, toàn tỉnh có 17 trẻ em tử vong do đuối nước, chủ yếu ở các xã ven sông Thạch Hãn, Bến Hải và vùng đồng bào Vân Kiều, Pa Kô.
Đồng chí Hồ Văn Lai, Bí thư Đoàn xã Hướng Phùng, huyện Hướng Hóa, cho biết: xã có 2.300 trẻ em dưới 16 tuổi, nhưng chỉ khoảng 20% biết bơi. Sau tập huấn, đoàn xã sẽ phối hợp Chi hội phụ nữ các bản mở 6 lớp dạy bơi tại đập Khe Sanh, có 12 phụ nữ người Vân Kiều đăng ký làm người trông giữ trẻ.
Bà Phan Thị Minh Tâm, Phó Chủ tịch Hội LHPN tỉnh, thông tin: từ năm 2021 đến nay, các cấp hội đã phối hợp can thiệp 23 vụ xâm hại trẻ em; 356 trẻ em mồ côi, trẻ em khuyết tật đang được 314 hội viên nhận đỡ đầu; 19 "Địa chỉ tin cậy" tiếp nhận 64 lượt phụ nữ, trẻ em đến tạm lánh. Hội đề nghị mỗi lớp bơi có ít nhất 1 hướng dẫn viên là hội viên phụ nữ để theo dõi các em gái.
Bế mạc lớp tập huấn, Tỉnh đoàn đã cấp giấy chứng nhận cho 82 học viên đạt yêu cầu, chiếm 96,5%; trao tặng 200 áo phao, 30 phao cứu sinh cho các cơ sở đoàn ven sông. Đồng chí Lê Quang Đạo, Phó Bí thư Tỉnh đoàn, đề nghị các học viên về địa phương mở lớp ngay trong tháng 6.
Thanh Trúc
Lượt truy cập: 46.215
Tin liên quan
- Ra quân chiến dịch Thanh niên tình nguyện hè năm 2022 (25/05/2022)
- Trao 60 suất học bổng "Thắp sáng ước mơ" (18/05/2022)
- Diễn đàn trẻ em tỉnh năm 2022 (10/05/2022)
""", "2022-05-30", "Tập huấn kỹ năng dạy bơi an toàn cho 85 giáo viên, đoàn viên",
E("tap_huan", "2022", "2022-05-27"),
[P("Hồ Thị Thu Hằng", "Ủy viên Ban Thường vụ Tỉnh đoàn", "Phó Chủ tịch Hội đồng Đội tỉnh"),
 P("Hồ Văn Lai", "Bí thư Đoàn xã Hướng Phùng"),
 P("Phan Thị Minh Tâm", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Lê Quang Đạo", "Phó Bí thư Tỉnh đoàn")],
[Q("85 giáo viên, đoàn viên", 85, "giáo viên, đoàn viên"), Q("10 huyện, thị xã, thành phố", 10, "huyện, thị xã, thành phố"),
 Q("ít nhất 150 lớp dạy bơi", 150, "lớp dạy bơi", "over"), Q("4.500 trẻ em", 4500, "trẻ em"), Q("40 bể bơi di động", 40, "bể bơi di động"),
 Q("17 trẻ em", 17, "trẻ em"), Q("2.300 trẻ em", 2300, "trẻ em"), Q("khoảng 20%", 20, "%", "approx"), Q("6 lớp dạy bơi", 6, "lớp dạy bơi"),
 Q("12 phụ nữ người Vân Kiều", 12, "phụ nữ người Vân Kiều"), Q("23 vụ xâm hại trẻ em", 23, "vụ xâm hại trẻ em"),
 Q("356 trẻ em mồ côi, trẻ em khuyết tật", 356, "trẻ em mồ côi, trẻ em khuyết tật"), Q("314 hội viên", 314, "hội viên"),
 Q('19 "Địa chỉ tin cậy"', 19, "Địa chỉ tin cậy"), Q("64 lượt phụ nữ, trẻ em", 64, "lượt phụ nữ, trẻ em"),
 Q("ít nhất 1 hướng dẫn viên", 1, "hướng dẫn viên", "over"), Q("82 học viên", 82, "học viên"), Q("96,5%", 96.5, "%"),
 Q("200 áo phao", 200, "áo phao"), Q("30 phao cứu sinh", 30, "phao cứu sinh")],
[D("Quyết định", "1042", "QĐ-BVHTTDL", None, None, "Quyết định số 1042/QĐ-BVHTTDL"),
 D("Thông tư", "26", "2020/TT-BGDĐT", None, None, "Thông tư số 26/2020/TT-BGDĐT"),
 D("Kế hoạch", "45", "KH/TĐTN-TTN", "2022-04-20", "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 45-KH/TĐTN-TTN ngày 20/4/2022")],
[prov("Quảng Trị"), com("Triệu Độ"), com("Hướng Phùng")],
["TỈNH ĐOÀN QUẢNG TRỊ", "Trang chủ › Tin tức › Hoạt động Đoàn - Hội - Đội",
 "Học viên thực hành kỹ năng cứu đuối tại bể bơi di động. Ảnh: Lê Trường", "Địa chỉ tin cậy", "Lượt truy cập: 46.215", "Hướng Hóa"],
["30 tháng 5, 2022 | 15:10", "3 ngày", "hè năm 2022", "Năm 2021", "dưới 16 tuổi", "tháng 6", "năm 2021"]))

PAGES.append(page("b4315-kontum-buaan-2023", """
Báo Kon Tum điện tử - Cơ quan của Đảng bộ tỉnh Kon Tum
Xã hội » Giáo dục
2023-06-02 08:45
Trao tặng 1,2 tỷ đồng nâng chất lượng bữa ăn bán trú cho học sinh Tu Mơ Rông
Ngày 1/6, nhân Ngày Quốc tế thiếu nhi, Hội LHPN tỉnh, Tỉnh đoàn phối hợp Quỹ Bảo trợ trẻ em Việt Nam trao tặng kinh phí 1,2 tỷ đồng cùng 1.450 suất quà cho học sinh bán trú ở 6 trường tại xã Đăk Hà, xã Tu Mơ Rông và xã Ngọk Yêu, huyện Tu Mơ Rông.
Lãnh đạo các đơn vị trao quà cho học sinh bán trú Trường PTDTBT Tiểu học xã Đăk Hà.
Tham dự có bà Y Thanh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; bà Y Thị Huyền, Chủ tịch Hội LHPN tỉnh; ông A Dũng, Phó Bí thư Tỉnh đoàn; lãnh đạo huyện Tu Mơ Rông.
Khoản kinh phí 1,2 tỷ đồng được dùng để bổ sung thịt, cá, trứng, sữa vào bữa ăn cho 1.450 học sinh người Xơ Đăng trong năm học 2023 - 2024, nâng mức ăn từ 15.000 đồng lên 22.000 đồng mỗi suất; mỗi suất quà gồm 1 bộ quần áo, 1 đôi dép, 5 quyển vở trị giá 250.000 đồng. Ngoài ra, các đơn vị trao 8 bộ tủ lạnh, bếp ga, 2 hệ thống lọc nước cho bếp ăn tập thể và 100 chiếc chăn ấm.
Theo bà Y Thị Huyền, thực hiện Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ và Kế hoạch số 09-KH/HLHPN ngày 14/2/2023 của Ban Thường vụ Hội LHPN tỉnh, năm học 2022 - 2023 các cấp hội đã duy trì 34 "Bếp ăn bán trú phụ nữ" tại các điểm trường, mỗi ngày phục vụ gần 3.900 học sinh; 412 hội viên luân phiên nấu ăn, trồng rau. Toàn tỉnh hiện có 1.286 trẻ em có hoàn cảnh đặc biệt được 978 "mẹ đỡ đầu" hỗ trợ.
Thầy A Kiên, Hiệu trưởng Trường PTDTBT Tiểu học xã Đăk Hà, cho biết: trường có 386 học sinh, 100% là con em đồng bào Xơ Đăng; từ khi bữa ăn được cải thiện, tỷ lệ chuyên cần tăng lên 97%, không còn học sinh suy dinh dưỡng thể thấp còi nặng.
Bà Y Thanh ghi nhận sự đồng hành của các tổ chức, đề nghị Hội LHPN, Tỉnh đoàn tiếp tục vận động nguồn lực chăm lo cho trẻ em vùng sâu theo tinh thần Kết luận 53, 54-KL/TU của Ban Thường vụ Tỉnh ủy về giáo dục vùng đồng bào dân tộc thiểu số; mỗi cơ sở hội nhận hỗ trợ ít nhất 1 bếp ăn bán trú.
Trong tháng 6, các cấp hội còn tổ chức 48 lớp bơi cho 1.100 trẻ em và ra mắt 7 câu lạc bộ "Thủ lĩnh của sự thay đổi". Ông A Pang, Chủ tịch UBND xã Đăk Hà, và bà Y Xuân, Chủ tịch Hội LHPN xã Tu Mơ Rông, thay mặt các xã cảm ơn các nhà tài trợ.
Được biết, từ năm 2019 đến nay, Quỹ Bảo trợ trẻ em Việt Nam đã hỗ trợ tỉnh Kon Tum trên 6 tỷ đồng cho các chương trình dinh dưỡng học đường và đỡ đầu trẻ em.
Lê Thanh
Lượt xem: 1.062
Tin liên quan
- Kon Tum: tổ chức Diễn đàn trẻ em năm 2023 (29/05/2023)
- Đăk Glei khai mạc lớp dạy bơi miễn phí (25/05/2023)
- Trao 200 xe đạp cho học sinh vùng khó (15/05/2023)
""", "2023-06-02", "Trao tặng 1,2 tỷ đồng nâng chất lượng bữa ăn bán trú cho học sinh Tu Mơ Rông",
E("trao_qua", None, "2023-06-01"),
[P("Y Thanh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Y Thị Huyền", "Chủ tịch Hội LHPN tỉnh"),
 P("A Dũng", "Phó Bí thư Tỉnh đoàn"),
 P("A Kiên", "Hiệu trưởng Trường PTDTBT Tiểu học xã Đăk Hà"),
 P("A Pang", "Chủ tịch UBND xã Đăk Hà"),
 P("Y Xuân", "Chủ tịch Hội LHPN xã Tu Mơ Rông")],
[Q("1,2 tỷ đồng", 1200000000, "đồng"), Q("1.450 suất quà", 1450, "suất quà"), Q("6 trường", 6, "trường"),
 Q("1.450 học sinh người Xơ Đăng", 1450, "học sinh người Xơ Đăng"), Q("15.000 đồng", 15000, "đồng"), Q("22.000 đồng", 22000, "đồng"),
 Q("250.000 đồng", 250000, "đồng"), Q("8 bộ tủ lạnh, bếp ga", 8, "bộ tủ lạnh, bếp ga"), Q("2 hệ thống lọc nước", 2, "hệ thống lọc nước"),
 Q("100 chiếc chăn ấm", 100, "chiếc chăn ấm"), Q('34 "Bếp ăn bán trú phụ nữ"', 34, "Bếp ăn bán trú phụ nữ"),
 Q("gần 3.900 học sinh", 3900, "học sinh", "approx"), Q("412 hội viên", 412, "hội viên"),
 Q("1.286 trẻ em có hoàn cảnh đặc biệt", 1286, "trẻ em"), Q('978 "mẹ đỡ đầu"', 978, "mẹ đỡ đầu"),
 Q("386 học sinh", 386, "học sinh"), Q("100%", 100, "%"), Q("97%", 97, "%"), Q("ít nhất 1 bếp ăn bán trú", 1, "bếp ăn bán trú", "over"),
 Q("48 lớp bơi", 48, "lớp bơi"), Q("1.100 trẻ em", 1100, "trẻ em"), Q("7 câu lạc bộ", 7, "câu lạc bộ"), Q("trên 6 tỷ đồng", 6000000000, "đồng", "over")],
[D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg"),
 D("Kế hoạch", "09", "KH/HLHPN", "2023-02-14", "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch số 09-KH/HLHPN ngày 14/2/2023"),
 D("Kết luận", "53", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 53, 54-KL/TU"),
 D("Kết luận", "54", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 53, 54-KL/TU")],
[prov("Kon Tum"), com("Đăk Hà"), com("Tu Mơ Rông"), com("Ngọk Yêu")],
["Báo Kon Tum điện tử - Cơ quan của Đảng bộ tỉnh Kon Tum", "Xã hội » Giáo dục",
 "Lãnh đạo các đơn vị trao quà cho học sinh bán trú Trường PTDTBT Tiểu học xã Đăk Hà.", "Bếp ăn bán trú phụ nữ",
 "Thủ lĩnh của sự thay đổi", "Ngày Quốc tế thiếu nhi", "Lượt xem: 1.062"],
["2023-06-02 08:45", "năm học 2023 - 2024", "năm học 2022 - 2023", "1 bộ quần áo", "1 đôi dép", "5 quyển vở", "Trong tháng 6"]))

PAGES.append(page("b4316-haiphong-giamsat-2023", """
ỦY BAN MTTQ VIỆT NAM THÀNH PHỐ HẢI PHÒNG
Trang chủ > Hoạt động giám sát
Ngày đăng 14/09/2023 | 16:20
Giám sát thực hiện Luật Trẻ em tại quận Lê Chân: còn 37 trẻ em chưa được hưởng trợ giúp
Ngày 13/9/2023, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam thành phố Hải Phòng do ông Nguyễn Văn Hải, Ủy viên Ban Thường trực, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam thành phố làm trưởng đoàn đã giám sát việc thực hiện Luật Trẻ em và chính sách đối với trẻ em có hoàn cảnh đặc biệt năm 2023 tại UBND quận Lê Chân và phường Dư Hàng Kênh, phường Vĩnh Niệm.
Ông Nguyễn Văn Hải phát biểu kết luận buổi giám sát. Ảnh: Hồng Nhung
Tham gia đoàn có bà Phạm Thị Thanh Huyền, Phó Chủ tịch Hội LHPN thành phố; ông Đỗ Minh Tuấn, Phó Bí thư Thành đoàn, Chủ tịch Hội đồng Đội thành phố; đại diện Sở Lao động - Thương binh và Xã hội, Công an thành phố.
Căn cứ Kế hoạch số 112/KH-MTTQ-BTT ngày 04/8/2023 và Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-ĐCTUBTWMTTQVN, đoàn đã xem xét báo cáo và kiểm tra hồ sơ. Theo báo cáo của quận, toàn quận có 48.216 trẻ em, trong đó 412 trẻ em có hoàn cảnh đặc biệt; 375 em đang hưởng trợ cấp theo Nghị định số 20/2021/NĐ-CP của Chính phủ, còn 37 trẻ em chưa được hưởng do vướng thủ tục. Từ đầu năm 2023 đến nay, Công an quận đã thụ lý 6 vụ xâm hại tình dục trẻ em, 4 vụ bạo lực trẻ em trong gia đình, khởi tố 5 vụ.
Hội LHPN quận đã vận động 158 cán bộ, hội viên và 12 doanh nghiệp nhận đỡ đầu 173 trẻ em, mỗi tháng từ 300.000 đến 1 triệu đồng/em; duy trì 15 câu lạc bộ "Kỹ năng sống cho trẻ em" và 4 "Địa chỉ tin cậy". Quận đoàn mở 22 lớp dạy bơi miễn phí cho 760 em tại bể bơi trường học.
Tại phường Dư Hàng Kênh, bà Vũ Thị Lan Anh, Chủ tịch Ủy ban MTTQ phường, và bà Trần Thị Hà, Chủ tịch Hội LHPN phường, giải trình: phường chưa có cán bộ chuyên trách bảo vệ trẻ em, công chức văn hóa - xã hội kiêm nhiệm; 9 trẻ em lang thang theo cha mẹ từ tỉnh khác đến chưa có hồ sơ.
Kết luận buổi giám sát, ông Nguyễn Văn Hải đề nghị UBND quận giải quyết dứt điểm hồ sơ của 37 trẻ em trước ngày 31/10/2023; bố trí ít nhất 1 cộng tác viên bảo vệ trẻ em ở mỗi tổ dân phố; thực hiện nghiêm Chỉ thị số 28/CT-TTg ngày 25/12/2021 của Thủ tướng Chính phủ về công tác bảo vệ, chăm sóc trẻ em. Đoàn ghi nhận 11 kiến nghị của cơ sở, sẽ tổng hợp gửi UBND thành phố.
Được biết, năm 2023 Ủy ban MTTQ Việt Nam thành phố chủ trì 5 cuộc giám sát chuyên đề, phối hợp các tổ chức chính trị - xã hội thực hiện 14 cuộc giám sát khác.
Hồng Nhung
Lượt xem: 903
Tin khác
- Hội nghị phản biện dự thảo nghị quyết về chính sách trẻ em (05/09/2023)
- Kiến Thụy: trao 45 nhà Đại đoàn kết (28/08/2023)
- MTTQ phường Cát Bi tổ chức Ngày hội Đại đoàn kết (20/08/2023)
""", "2023-09-14", "Giám sát thực hiện Luật Trẻ em tại quận Lê Chân: còn 37 trẻ em chưa được hưởng trợ giúp",
E("giam_sat", "2023", "2023-09-13"),
[P("Nguyễn Văn Hải", "Ủy viên Ban Thường trực", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam thành phố"),
 P("Phạm Thị Thanh Huyền", "Phó Chủ tịch Hội LHPN thành phố"),
 P("Đỗ Minh Tuấn", "Phó Bí thư Thành đoàn", "Chủ tịch Hội đồng Đội thành phố"),
 P("Vũ Thị Lan Anh", "Chủ tịch Ủy ban MTTQ phường"),
 P("Trần Thị Hà", "Chủ tịch Hội LHPN phường")],
[Q("37 trẻ em", 37, "trẻ em"), Q("48.216 trẻ em", 48216, "trẻ em"), Q("412 trẻ em có hoàn cảnh đặc biệt", 412, "trẻ em"),
 Q("375 em", 375, "em"), Q("6 vụ xâm hại tình dục trẻ em", 6, "vụ xâm hại tình dục trẻ em"),
 Q("4 vụ bạo lực trẻ em", 4, "vụ bạo lực trẻ em"), Q("5 vụ", 5, "vụ"), Q("158 cán bộ, hội viên", 158, "cán bộ, hội viên"),
 Q("12 doanh nghiệp", 12, "doanh nghiệp"), Q("173 trẻ em", 173, "trẻ em"), Q("300.000", 300000, "đồng"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("15 câu lạc bộ", 15, "câu lạc bộ"), Q('4 "Địa chỉ tin cậy"', 4, "Địa chỉ tin cậy"), Q("22 lớp dạy bơi", 22, "lớp dạy bơi"),
 Q("760 em", 760, "em"), Q("9 trẻ em lang thang", 9, "trẻ em lang thang"),
 Q("ít nhất 1 cộng tác viên bảo vệ trẻ em", 1, "cộng tác viên bảo vệ trẻ em", "over"), Q("11 kiến nghị", 11, "kiến nghị"),
 Q("5 cuộc giám sát chuyên đề", 5, "cuộc giám sát chuyên đề"), Q("14 cuộc giám sát", 14, "cuộc giám sát")],
[D("Kế hoạch", "112", "KH-MTTQ-BTT", "2023-08-04", None, "Kế hoạch số 112/KH-MTTQ-BTT ngày 04/8/2023"),
 D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-ĐCTUBTWMTTQVN", None, None, "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-ĐCTUBTWMTTQVN"),
 D("Nghị định", "20", "2021/NĐ-CP", None, "Chính phủ", "Nghị định số 20/2021/NĐ-CP"),
 D("Chỉ thị", "28", "CT-TTg", "2021-12-25", "Thủ tướng Chính phủ", "Chỉ thị số 28/CT-TTg ngày 25/12/2021")],
[prov("Hải Phòng"), com("Dư Hàng Kênh"), com("Vĩnh Niệm")],
["ỦY BAN MTTQ VIỆT NAM THÀNH PHỐ HẢI PHÒNG", "Trang chủ > Hoạt động giám sát",
 "Ông Nguyễn Văn Hải phát biểu kết luận buổi giám sát. Ảnh: Hồng Nhung", "Luật Trẻ em", "Kỹ năng sống cho trẻ em",
 "Địa chỉ tin cậy", "Lê Chân", "Lượt xem: 903"],
["Ngày đăng 14/09/2023 | 16:20", "năm 2023", "ngày 31/10/2023"]))

PAGES.append(page("b4317-angiang-giaoban-2024", """
BÁO AN GIANG ONLINE
Chính trị :: Mặt trận - Đoàn thể
Thứ Sáu, 12/04/2024 - 07:30
Phụ nữ An Giang: quý I can thiệp 28 vụ bạo lực gia đình, xâm hại trẻ em
Chiều 11/4, Hội LHPN tỉnh An Giang tổ chức giao ban công tác Hội quý I năm 2024 theo hình thức trực tiếp kết hợp trực tuyến với 11 điểm cầu huyện, thị xã, thành phố. Bà Trần Thị Tâm, Chủ tịch Hội LHPN tỉnh chủ trì; dự có bà Chau Thị Sa Rin, Phó Trưởng Ban Dân vận Tỉnh ủy.
Ảnh: Quang cảnh điểm cầu Hội LHPN tỉnh.
Báo cáo do bà Néang Sa Phia, Phó Chủ tịch Hội LHPN tỉnh, trình bày cho biết: quý I, các cấp hội đã phát hiện, phối hợp can thiệp 21 vụ bạo lực gia đình và 7 vụ xâm hại trẻ em; hỗ trợ 9 trẻ em bị xâm hại được tư vấn tâm lý, trợ giúp pháp lý; 2 vụ đã được đưa ra xét xử. Thực hiện Kế hoạch số 15/KH-BTV ngày 22/1/2024 của Ban Thường vụ Hội LHPN tỉnh, Hội đã ra mắt thêm 5 "Địa chỉ tin cậy", nâng tổng số lên 164 địa chỉ; 322 tổ hòa giải có hội viên phụ nữ tham gia.
Về chăm lo trẻ em, dịp Tết Nguyên đán Giáp Thìn, các cấp hội đã trao 3.850 phần quà Tết cho trẻ em nghèo, trị giá trên 1,5 tỷ đồng; kết nối 236 "mẹ đỡ đầu" mới, nâng tổng số trẻ em được đỡ đầu trong chương trình lên 2.917 em. Hội LHPN huyện Tri Tôn và Tịnh Biên đã hỗ trợ 48 trẻ em Khmer tiếp tục đến trường sau khi cha mẹ đi làm ăn xa; duy trì 17 lớp học tình thương ở vùng biên giới.
Tại buổi giao ban, bà Nguyễn Thị Kim Chi, Chủ tịch Hội LHPN xã Vĩnh Trường, huyện An Phú, cho biết mùa nước nổi năm 2023 xã đã phối hợp Đoàn xã dạy bơi cho 215 em, không có trường hợp đuối nước nào. Bà Chau Thị Mỹ Linh, Chủ tịch Hội LHPN thị trấn Tri Tôn, kiến nghị sớm có chính sách hỗ trợ trẻ em "bị bỏ lại" có cha mẹ lao động xa quê.
Phát biểu, bà Chau Thị Sa Rin đề nghị Hội phối hợp Tỉnh đoàn tổ chức Tháng hành động vì trẻ em năm 2024 thiết thực; thực hiện Chỉ thị 21, 22-CT/TU của Ban Thường vụ Tỉnh ủy về phòng, chống bạo lực gia đình và bảo vệ trẻ em trên không gian mạng. Bà Trần Thị Tâm giao chỉ tiêu quý II: mỗi huyện, thị xã, thành phố mở ít nhất 10 lớp dạy bơi và vận động thêm từ 20 trẻ em trở lên được nhận đỡ đầu.
Quý I, Hội cũng kết nạp 1.237 hội viên mới, giải ngân hơn 12 tỷ đồng vốn vay ủy thác cho 268 hộ do phụ nữ làm chủ; 87,4% chi hội xếp loại khá, tốt.
Cũng trong quý, Hội LHPN tỉnh phối hợp Bộ đội Biên phòng tỉnh nhận đỡ đầu thêm 14 học sinh theo chương trình "Nâng bước em tới trường", mỗi em 500.000 đồng/tháng đến khi học hết lớp 9.
Thúy Hằng
Lượt xem: 1.877
Tin liên quan
- Châu Đốc: ra mắt câu lạc bộ "Gia đình hạnh phúc" (05/04/2024)
- Trao 100 suất học bổng cho học sinh Khmer (28/03/2024)
- Hội LHPN tỉnh tổng kết công tác năm 2023 (26/12/2023)
""", "2024-04-12", "Phụ nữ An Giang: quý I can thiệp 28 vụ bạo lực gia đình, xâm hại trẻ em",
E("giao_ban", "2024-Q1", "2024-04-11"),
[P("Trần Thị Tâm", "Chủ tịch Hội LHPN tỉnh"),
 P("Chau Thị Sa Rin", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Néang Sa Phia", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Nguyễn Thị Kim Chi", "Chủ tịch Hội LHPN xã Vĩnh Trường"),
 P("Chau Thị Mỹ Linh", "Chủ tịch Hội LHPN thị trấn Tri Tôn")],
[Q("28 vụ bạo lực gia đình, xâm hại trẻ em", 28, "vụ bạo lực gia đình, xâm hại trẻ em"), Q("11 điểm cầu", 11, "điểm cầu"),
 Q("21 vụ bạo lực gia đình", 21, "vụ bạo lực gia đình"), Q("7 vụ xâm hại trẻ em", 7, "vụ xâm hại trẻ em"),
 Q("9 trẻ em", 9, "trẻ em"), Q("2 vụ", 2, "vụ"), Q('5 "Địa chỉ tin cậy"', 5, "Địa chỉ tin cậy"), Q("164 địa chỉ", 164, "địa chỉ"),
 Q("322 tổ hòa giải", 322, "tổ hòa giải"), Q("3.850 phần quà", 3850, "phần quà"), Q("trên 1,5 tỷ đồng", 1500000000, "đồng", "over"),
 Q('236 "mẹ đỡ đầu"', 236, "mẹ đỡ đầu"), Q("2.917 em", 2917, "em"), Q("48 trẻ em Khmer", 48, "trẻ em Khmer"),
 Q("17 lớp học tình thương", 17, "lớp học tình thương"), Q("215 em", 215, "em"),
 Q("ít nhất 10 lớp dạy bơi", 10, "lớp dạy bơi", "over"), Q("từ 20 trẻ em trở lên", 20, "trẻ em", "over"),
 Q("1.237 hội viên mới", 1237, "hội viên mới"), Q("hơn 12 tỷ đồng", 12000000000, "đồng", "over"), Q("268 hộ", 268, "hộ"), Q("87,4%", 87.4, "%"), Q("14 học sinh", 14, "học sinh"), Q("500.000 đồng", 500000, "đồng")],
[D("Kế hoạch", "15", "KH-BTV", "2024-01-22", "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch số 15/KH-BTV ngày 22/1/2024"),
 D("Chỉ thị", "21", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 21, 22-CT/TU"),
 D("Chỉ thị", "22", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 21, 22-CT/TU")],
[prov("An Giang"), com("Vĩnh Trường"), com("Tri Tôn")],
["BÁO AN GIANG ONLINE", "Chính trị :: Mặt trận - Đoàn thể", "Ảnh: Quang cảnh điểm cầu Hội LHPN tỉnh.", "Địa chỉ tin cậy",
 "Tháng hành động vì trẻ em", "Lượt xem: 1.877", "An Phú", "Nâng bước em tới trường"],
["Thứ Sáu, 12/04/2024 - 07:30", "quý I năm 2024", "quý II", "năm 2023", "năm 2024", "Giáp Thìn", "lớp 9"]))

PAGES.append(page("b4318-langson-chandung-2024", """
Báo Lạng Sơn
Trang chủ - Xã hội - Gương sáng
19-10-2024 08:30
Bà Hoàng Thị Lìu nói chuyện với các con nuôi tại nhà. Ảnh: Minh Châu
"Mẹ đỡ đầu" của 12 đứa trẻ mồ côi vùng biên
Ở xã Thanh Lòa, huyện Cao Lộc, ai cũng biết bà Hoàng Thị Lìu, 58 tuổi, người Nùng, nguyên Chủ tịch Hội LHPN xã, hiện là Chi hội trưởng Chi hội phụ nữ thôn Bản Vàng. Gần 10 năm qua, bà là "mẹ đỡ đầu" của 12 trẻ em mồ côi, trong đó 4 cháu đã vào đại học, cao đẳng.
Chuyện bắt đầu từ năm 2015, khi Hội LHPN tỉnh Lạng Sơn triển khai Kế hoạch số 27/KH-HPN về nhận đỡ đầu trẻ em có hoàn cảnh đặc biệt. Khi ấy, chị em Lộc Văn Hải, Lộc Thị Hoa mất cả bố lẫn mẹ vì tai nạn, ở với bà nội đã ngoài 80 tuổi. Bà Lìu nhận đỡ đầu hai cháu, mỗi tháng góp 300.000 đồng, lại đón các cháu về ăn cơm mỗi tối cuối tuần. Từ hai đứa trẻ ban đầu, đến nay số con nuôi của bà đã lên 12, phần lớn là người Nùng, người Dao ở 3 thôn Bản Vàng, Nà Mò, Khòn Khuyên.
Không giàu có, gia đình bà sống nhờ 2 ha rừng hồi và 5 sào ruộng. Để có tiền nuôi các cháu, bà vận động thêm 9 chị em trong chi hội cùng góp "hũ gạo tình thương", mỗi năm được khoảng 1,2 tấn gạo và gần 18 triệu đồng. Bà còn kết nối 3 doanh nghiệp ở thành phố Lạng Sơn tài trợ 24 suất học bổng, mỗi suất 2 triệu đồng.
Cháu Lộc Thị Hoa, nay là sinh viên năm thứ ba Trường Đại học Sư phạm - Đại học Thái Nguyên, tâm sự: "Không có bà Lìu thì hai chị em cháu đã bỏ học từ lâu".
Bà Vi Thị Nguyệt, Phó Chủ tịch Hội LHPN huyện Cao Lộc, cho biết: từ tấm gương của bà Lìu, Hội LHPN huyện đã nhân rộng mô hình "Mẹ đỡ đầu" ra 22 xã, thị trấn, với 318 mẹ đỡ đầu hỗ trợ 341 trẻ em; 100% trẻ được đỡ đầu không bỏ học. Toàn tỉnh Lạng Sơn hiện có 2.046 trẻ em có hoàn cảnh khó khăn được hội viên phụ nữ nhận đỡ đầu, theo Hướng dẫn số 05/HD-HPN ngày 18/3/2022 của Ban Thường vụ Hội LHPN tỉnh.
Năm 2023, bà Hoàng Thị Lìu được Trung ương Hội LHPN Việt Nam tặng bằng khen, là 1 trong 10 gương "Phụ nữ tiêu biểu vì cộng đồng" của tỉnh. Ông Hoàng Văn Pấu, Bí thư Đảng ủy xã Thanh Lòa, nhận xét: "Bà Lìu nói ít, làm nhiều; bà con trong xã gọi bà là "mẹ của các cháu mồ côi".
Điều bà Lìu trăn trở nhất là các cháu thiếu hơi ấm gia đình. Vì thế, mỗi dịp hè bà lại đưa các con nuôi đi tắm suối, dạy các cháu gái lớn nấu ăn, khâu vá; năm 2024 bà còn xin cho 5 cháu học bơi ở lớp do Đoàn xã mở.
Những ngày này, căn nhà sàn của bà vẫn rộn tiếng trẻ. Bà bảo, còn sức thì còn làm mẹ.
Minh Châu
Lượt xem: 4.512
Tin khác
- Lạng Sơn: 1.200 suất quà Trung thu cho trẻ em biên giới (16/09/2024)
- Lộc Bình: ra mắt 5 câu lạc bộ "Thủ lĩnh của sự thay đổi" (30/08/2024)
- Trao 150 suất học bổng cho học sinh dân tộc thiểu số (20/08/2024)
""", "2024-10-19", '"Mẹ đỡ đầu" của 12 đứa trẻ mồ côi vùng biên',
E("khac", None, None),
[P("Hoàng Thị Lìu", "nguyên Chủ tịch Hội LHPN xã", "Chi hội trưởng Chi hội phụ nữ thôn Bản Vàng"),
 P("Lộc Văn Hải"), P("Lộc Thị Hoa"),
 P("Vi Thị Nguyệt", "Phó Chủ tịch Hội LHPN huyện Cao Lộc"),
 P("Hoàng Văn Pấu", "Bí thư Đảng ủy xã Thanh Lòa")],
[Q("12 đứa trẻ mồ côi", 12, "đứa trẻ mồ côi"), Q("4 cháu", 4, "cháu"), Q("300.000 đồng", 300000, "đồng"),
 Q("3 thôn", 3, "thôn"), Q("2 ha", 2, "ha"), Q("5 sào", 5, "sào"), Q("9 chị em", 9, "chị em"),
 Q("khoảng 1,2 tấn", 1.2, "tấn", "approx"), Q("gần 18 triệu đồng", 18000000, "đồng", "approx"), Q("3 doanh nghiệp", 3, "doanh nghiệp"),
 Q("24 suất học bổng", 24, "suất học bổng"), Q("2 triệu đồng", 2000000, "đồng"), Q("22 xã, thị trấn", 22, "xã, thị trấn"),
 Q("318 mẹ đỡ đầu", 318, "mẹ đỡ đầu"), Q("341 trẻ em", 341, "trẻ em"), Q("100%", 100, "%"),
 Q("2.046 trẻ em có hoàn cảnh khó khăn", 2046, "trẻ em"), Q("10 gương", 10, "gương"), Q("5 cháu", 5, "cháu")],
[D("Kế hoạch", "27", "KH-HPN", None, "Hội LHPN tỉnh Lạng Sơn", "Kế hoạch số 27/KH-HPN"),
 D("Hướng dẫn", "05", "HD-HPN", "2022-03-18", "Ban Thường vụ Hội LHPN tỉnh", "Hướng dẫn số 05/HD-HPN ngày 18/3/2022")],
[prov("Lạng Sơn"), com("Thanh Lòa")],
["Báo Lạng Sơn", "Trang chủ - Xã hội - Gương sáng", "Bà Hoàng Thị Lìu nói chuyện với các con nuôi tại nhà. Ảnh: Minh Châu",
 "Mẹ đỡ đầu", "hũ gạo tình thương", "Phụ nữ tiêu biểu vì cộng đồng", "Cao Lộc", "Lượt xem: 4.512"],
["19-10-2024 08:30", "58 tuổi", "Gần 10 năm", "năm 2015", "80 tuổi", "năm thứ ba", "Năm 2023", "1 trong 10", "hai cháu", "hai đứa trẻ", "năm 2024"]))
