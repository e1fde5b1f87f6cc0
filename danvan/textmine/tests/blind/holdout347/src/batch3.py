from lib import *
PAGES = []

PAGES.append(page("b8297-thanhhoa-hlhpn-tongket-ocop-2022", """
BÁO THANH HÓA ĐIỆN TỬ
Xã hội › Đoàn thể › Phụ nữ
28 tháng 12, 2022 | 14:20
Ảnh: Các đại biểu dự hội nghị.
Phụ nữ xứ Thanh có thêm 46 sản phẩm đạt chuẩn OCOP
(Baothanhhoa.vn) - Ngày 27/12, Hội LHPN tỉnh Thanh Hóa tổ chức hội nghị tổng kết công tác Hội và phong trào phụ nữ năm 2022, triển khai nhiệm vụ năm 2023. Đồng chí Lê Thị Thìn, Tỉnh ủy viên, Chủ tịch Hội LHPN tỉnh chủ trì hội nghị.
Năm 2022, các cấp Hội trong tỉnh đã hỗ trợ 1.275 phụ nữ khởi nghiệp, trong đó 312 ý tưởng khởi nghiệp được hỗ trợ vốn, kết nối tiêu thụ; thành lập mới 37 tổ hợp tác, 12 hợp tác xã do phụ nữ làm chủ. Đặc biệt, 46 sản phẩm do phụ nữ làm chủ được công nhận đạt chuẩn OCOP từ 3 sao trở lên, nâng tổng số sản phẩm OCOP của chị em lên 158 sản phẩm, chiếm gần 30% sản phẩm OCOP toàn tỉnh. Dư nợ ủy thác qua Hội đạt 3.412 tỷ đồng với 81.560 hộ vay.
Báo cáo do đồng chí Phạm Thị Hằng, Phó Chủ tịch - Trưởng ban Kinh tế Hội LHPN tỉnh trình bày cho biết, thực hiện Chương trình hành động số 17-CTr/TU ngày 10/3/2021 của Tỉnh ủy và Quy chế phối hợp số 05/QCPH-HPN-SCT giữa Hội LHPN tỉnh và Sở Công Thương, Hội đã tổ chức 9 hội chợ, phiên chợ sản phẩm OCOP với hơn 420 gian hàng; doanh thu ước đạt 6,8 tỷ đồng.
Tại hội nghị, các đại biểu chia sẻ nhiều cách làm hay. Bà Vi Thị Hương, Chủ tịch Hội LHPN huyện Thường Xuân, cho biết huyện có 7 sản phẩm OCOP của chị em người Thái như măng khô, chè dây, mật ong rừng. Bà Phạm Thị Lường, Giám đốc Hợp tác xã dệt thổ cẩm Lũng Niêm, xã Cổ Lũng, huyện Bá Thước, cho biết hợp tác xã đang tạo việc làm cho 65 lao động nữ với thu nhập từ 4 - 6 triệu đồng/người/tháng.
TS. Lê Thị Hoa, Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn đánh giá các sản phẩm của phụ nữ ngày càng đa dạng, chất lượng, song đa số quy mô nhỏ; đề nghị Hội tiếp tục phối hợp hỗ trợ chị em nâng hạng sản phẩm lên 4 sao.
Phát biểu chỉ đạo, đồng chí Lê Thị Thìn yêu cầu năm 2023 các cấp Hội tiếp tục thực hiện Nghị quyết số 09-NQ/HPN của Ban Chấp hành Hội LHPN tỉnh về hỗ trợ phụ nữ khởi nghiệp giai đoạn 2021 - 2026, phấn đấu có thêm ít nhất 40 sản phẩm OCOP do phụ nữ làm chủ.
Dịp này, Trung ương Hội LHPN Việt Nam tặng bằng khen cho 3 tập thể, 4 cá nhân; Hội LHPN tỉnh tặng cờ thi đua cho 5 đơn vị xuất sắc và giấy khen cho 42 tập thể, 67 cá nhân. Các đồng chí Phó Chủ tịch Hội LHPN tỉnh: Nguyễn Thị Phương, Lê Thị Mai Anh trao các phần thưởng.
Hoài Thu
Tin liên quan
- Hội LHPN tỉnh tổ chức phiên chợ OCOP cuối năm (20/12/2022)
- Bá Thước: phụ nữ Mường giữ nghề dệt thổ cẩm (12/12/2022)
- Tập huấn nâng cao năng lực cho chủ thể OCOP là phụ nữ (05/12/2022)
""", "2022-12-28", "Phụ nữ xứ Thanh có thêm 46 sản phẩm đạt chuẩn OCOP",
E("tong_ket", "2022", "2022-12-27"),
[P("Lê Thị Thìn", "Tỉnh ủy viên", "Chủ tịch Hội LHPN tỉnh"),
 P("Phạm Thị Hằng", "Phó Chủ tịch - Trưởng ban Kinh tế Hội LHPN tỉnh"),
 P("Vi Thị Hương", "Chủ tịch Hội LHPN huyện Thường Xuân"),
 P("Phạm Thị Lường", "Giám đốc Hợp tác xã dệt thổ cẩm Lũng Niêm"),
 P("Lê Thị Hoa", "TS.", "Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn"),
 P("Nguyễn Thị Phương", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Lê Thị Mai Anh", "Phó Chủ tịch Hội LHPN tỉnh")],
[Q("46 sản phẩm", 46, "sản phẩm"), Q("1.275 phụ nữ", 1275, "phụ nữ"), Q("312 ý tưởng khởi nghiệp", 312, "ý tưởng khởi nghiệp"),
 Q("37 tổ hợp tác", 37, "tổ hợp tác"), Q("12 hợp tác xã", 12, "hợp tác xã"), Q("158 sản phẩm", 158, "sản phẩm"),
 Q("gần 30%", 30, "%", "approx"), Q("3.412 tỷ đồng", 3412000000000, "đồng"), Q("81.560 hộ", 81560, "hộ"),
 Q("9 hội chợ, phiên chợ sản phẩm OCOP", 9, "hội chợ, phiên chợ sản phẩm OCOP"), Q("hơn 420 gian hàng", 420, "gian hàng", "over"),
 Q("6,8 tỷ đồng", 6800000000, "đồng", "approx"), Q("7 sản phẩm OCOP", 7, "sản phẩm OCOP"), Q("65 lao động nữ", 65, "lao động nữ"),
 Q("4 - 6 triệu đồng/người/tháng", 4000000, "đồng"), Q("4 - 6 triệu đồng/người/tháng", 6000000, "đồng"),
 Q("ít nhất 40 sản phẩm OCOP", 40, "sản phẩm OCOP", "over"), Q("3 tập thể", 3, "tập thể"), Q("4 cá nhân", 4, "cá nhân"),
 Q("5 đơn vị xuất sắc", 5, "đơn vị xuất sắc"), Q("42 tập thể", 42, "tập thể"), Q("67 cá nhân", 67, "cá nhân")],
[D("Chương trình hành động", "17", "CTr/TU", "2021-03-10", "Tỉnh ủy", "Chương trình hành động số 17-CTr/TU ngày 10/3/2021 của Tỉnh ủy"),
 D("Quy chế phối hợp", "05", "QCPH-HPN-SCT", None, None, "Quy chế phối hợp số 05/QCPH-HPN-SCT"),
 D("Nghị quyết", "09", "NQ/HPN", None, "Ban Chấp hành Hội LHPN tỉnh", "Nghị quyết số 09-NQ/HPN của Ban Chấp hành Hội LHPN tỉnh")],
[prov("Thanh Hóa"), com("Cổ Lũng")],
["BÁO THANH HÓA ĐIỆN TỬ", "Xã hội › Đoàn thể › Phụ nữ", "Ảnh: Các đại biểu dự hội nghị.", "(Baothanhhoa.vn)", "OCOP",
 "Hợp tác xã dệt thổ cẩm Lũng Niêm"],
["28 tháng 12, 2022 | 14:20", "năm 2022", "năm 2023", "3 sao", "4 sao", "2021 - 2026"]))

PAGES.append(page("b8298-lamdong-taphuan-banhang-online-kho-2022", """
Trang thông tin điện tử Hội LHPN tỉnh Lâm Đồng
Trang chủ / Hoạt động / Hỗ trợ phụ nữ khởi nghiệp
19/08/2022 16:40 GMT+7
Chị em K'Ho học bán cà phê, thổ cẩm qua mạng
Từ ngày 16 đến 18/8/2022, tại xã Lát, huyện Lạc Dương, Hội LHPN tỉnh Lâm Đồng tổ chức lớp tập huấn "Ứng dụng công nghệ số trong kinh doanh" năm 2022 cho 60 học viên là phụ nữ dân tộc K'Ho, Chu Ru, Mạ đang tham gia tổ hợp tác, hợp tác xã và câu lạc bộ phụ nữ khởi nghiệp trên địa bàn các huyện Lạc Dương, Đam Rông, Lâm Hà.
Học viên thực hành livestream bán hàng.
Lớp học do bà Kră Jăn K'Nguyệt, UVBCH Trung ương Hội LHPN Việt Nam, Phó Chủ tịch Thường trực Hội LHPN tỉnh khai mạc. Theo bà, đây là lớp thứ ba trong năm thuộc Dự án 8 "Thực hiện bình đẳng giới và giải quyết những vấn đề cấp thiết đối với phụ nữ và trẻ em" của Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi, theo Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ và Kế hoạch số 68/KH-HPN ngày 20/4/2022 của Ban Thường vụ Hội LHPN tỉnh.
Trong 3 ngày, học viên được hướng dẫn cách chụp ảnh sản phẩm bằng điện thoại, mở gian hàng trên sàn thương mại điện tử, phát trực tiếp (livestream) bán hàng, quản lý đơn hàng và thanh toán không dùng tiền mặt. Mỗi học viên được hỗ trợ 150.000 đồng tiền ăn/ngày và tiền đi lại.
Chị Liêng Hót Ka Thủy, Tổ trưởng tổ hợp tác dệt thổ cẩm B'Nơr C, cho biết tổ có 18 thành viên, mỗi tháng làm khoảng 120 tấm khăn, váy nhưng chủ yếu bán cho khách du lịch lên Đà Lạt. "Học xong, tụi em sẽ lập trang bán hàng chung, mỗi người chịu trách nhiệm một việc", chị nói. Còn chị Ka Sim ở thôn Đạ Blá, xã Đạ Sar đang trồng 2,5 ha cà phê Arabica, mong muốn tự rang xay, đóng gói để bán với giá cao hơn thay vì bán cà phê nhân cho thương lái.
Bà Bon Đơ Ka Hiếu, Chủ tịch Hội LHPN huyện Lạc Dương cho biết, huyện có 5 câu lạc bộ phụ nữ khởi nghiệp với 94 thành viên và 3 sản phẩm OCOP do phụ nữ người K'Ho làm chủ; dư nợ ủy thác qua Hội huyện đạt hơn 118 tỷ đồng với 2.146 hộ vay.
Giảng viên của lớp là cán bộ Trung tâm Hỗ trợ phụ nữ và chuyên gia một doanh nghiệp thương mại điện tử tại TP Hồ Chí Minh. Để chị em lớn tuổi không bỡ ngỡ, Ban tổ chức bố trí cán bộ Hội huyện biết tiếng K'Ho kèm cặp từng nhóm, thực hành ngay trên điện thoại của học viên.
Kết thúc lớp học, Ban tổ chức đã hướng dẫn 52 học viên mở được gian hàng trực tuyến; 100% học viên đạt yêu cầu bài thực hành cuối khóa. Hội LHPN tỉnh sẽ tiếp tục mở 2 lớp tại Di Linh và Bảo Lâm trong quý IV/2022.
Ka Trinh
Bài viết liên quan
- Đam Rông: ra mắt tổ hợp tác phụ nữ trồng dâu nuôi tằm (10/08/2022)
- Hội LHPN tỉnh trao vốn hỗ trợ 30 phụ nữ khởi nghiệp (29/07/2022)
- Di Linh: phụ nữ Cơ Ho làm giàu từ cây sầu riêng (15/07/2022)
""", "2022-08-19", "Chị em K'Ho học bán cà phê, thổ cẩm qua mạng",
E("tap_huan", "2022", "2022-08-16"),
[P("Kră Jăn K'Nguyệt", "UVBCH Trung ương Hội LHPN Việt Nam", "Phó Chủ tịch Thường trực Hội LHPN tỉnh"),
 P("Liêng Hót Ka Thủy", "Tổ trưởng tổ hợp tác dệt thổ cẩm B'Nơr C"),
 P("Ka Sim"),
 P("Bon Đơ Ka Hiếu", "Chủ tịch Hội LHPN huyện Lạc Dương")],
[Q("60 học viên", 60, "học viên"), Q("150.000 đồng", 150000, "đồng"), Q("18 thành viên", 18, "thành viên"),
 Q("khoảng 120 tấm khăn, váy", 120, "tấm khăn, váy", "approx"), Q("2,5 ha", 2.5, "ha"),
 Q("5 câu lạc bộ phụ nữ khởi nghiệp", 5, "câu lạc bộ phụ nữ khởi nghiệp"), Q("94 thành viên", 94, "thành viên"),
 Q("3 sản phẩm OCOP", 3, "sản phẩm OCOP"), Q("hơn 118 tỷ đồng", 118000000000, "đồng", "over"), Q("2.146 hộ", 2146, "hộ"),
 Q("52 học viên", 52, "học viên"), Q("100% học viên", 100, "%"), Q("2 lớp", 2, "lớp")],
[D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021"),
 D("Kế hoạch", "68", "KH-HPN", "2022-04-20", "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch số 68/KH-HPN ngày 20/4/2022")],
[prov("Lâm Đồng"), com("Lát"), com("Đạ Sar")],
["Trang thông tin điện tử Hội LHPN tỉnh Lâm Đồng", "Trang chủ / Hoạt động / Hỗ trợ phụ nữ khởi nghiệp",
 "Học viên thực hành livestream bán hàng.", "Ứng dụng công nghệ số trong kinh doanh", "Dự án 8",
 "Thực hiện bình đẳng giới và giải quyết những vấn đề cấp thiết đối với phụ nữ và trẻ em",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi"],
["19/08/2022 16:40 GMT+7", "năm 2022", "lớp thứ ba", "3 ngày", "Dự án 8", "quý IV/2022"]))

PAGES.append(page("b8299-angiang-hlhpn-giaoban-thang8-2023", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH AN GIANG
Trang chủ - Tin tức - Hoạt động Hội
31/08/2023 - 09:12
Bà Néang Sóc Mây chủ trì giao ban.
Giao ban tháng 8: đẩy nhanh giải ngân vốn hỗ trợ phụ nữ dân tộc thiểu số
Chiều 29/8, Thường trực Hội LHPN tỉnh An Giang tổ chức giao ban công tác Hội tháng 8/2023 với Hội LHPN các huyện, thị xã, thành phố theo hình thức trực tuyến tại 11 điểm cầu. Bà Néang Sóc Mây, Phó Chủ tịch Hội LHPN tỉnh chủ trì.
Theo báo cáo, trong tháng 8, các cấp Hội đã phối hợp giải ngân 38,6 tỷ đồng vốn ủy thác cho 812 hộ vay; vận động thành lập mới 6 tổ hợp tác, 1 hợp tác xã do phụ nữ làm chủ; tổ chức 24 buổi sinh hoạt chuyên đề về phòng chống "tín dụng đen" cho hơn 1.300 lượt hội viên.
Về Dự án 8 thuộc Chương trình mục tiêu quốc gia vùng đồng bào dân tộc thiểu số, đến cuối tháng 8 mới giải ngân được khoảng 41% kế hoạch vốn năm 2023. Hội LHPN các huyện Tri Tôn, Tịnh Biên, An Phú đã hỗ trợ 23 mô hình sinh kế cho phụ nữ Khmer, Chăm như đan đệm bàng, dệt thổ cẩm Văn Giáo, làm bánh bò thốt nốt, nuôi bò vỗ béo.
Bà Chau Thị Sóc Kha, Chủ tịch Hội LHPN huyện Tri Tôn cho biết, huyện đã thành lập 2 tổ "Phụ nữ Khmer khởi nghiệp" ở xã Lương Phi, xã Châu Lăng với 31 thành viên, mỗi thành viên được hỗ trợ từ 3 đến 5 triệu đồng tùy phương án. Bà Sa Ly Mah, người Chăm, Phó Chủ tịch Hội LHPN huyện An Phú, đề nghị tỉnh hội hướng dẫn thủ tục thanh quyết toán vì nhiều xã còn lúng túng.
Bà Nguyễn Thị Thúy Nga, Trưởng ban Gia đình - Xã hội Hội LHPN tỉnh thông tin, thực hiện Công văn số 412/CV-HPN ngày 14/8/2023 của Ban Thường vụ Hội LHPN tỉnh, các huyện phải hoàn thành rà soát danh sách thụ hưởng trước ngày 15/9. Tổng kinh phí Dự án 8 năm 2023 tỉnh phân bổ cho Hội là 2,94 tỷ đồng.
Kết luận giao ban, bà Néang Sóc Mây đề nghị trong tháng 9, các huyện tập trung giải ngân, phấn đấu đạt ít nhất 70% kế hoạch vốn; chuẩn bị tổ chức hội chợ sản phẩm OCOP, sản phẩm đặc trưng của phụ nữ dân tộc thiểu số vào dịp lễ Sene Dolta; theo dõi sát các trường hợp hội viên vay nặng lãi.
Tại giao ban, Hội LHPN các huyện cũng phản ánh một số khó khăn: nhiều chị em Khmer đi làm thuê ở Bình Dương theo mùa nên việc họp tổ, kiểm tra sử dụng vốn chưa thường xuyên; một số mô hình sinh kế mới hỗ trợ con giống, chưa gắn với đầu ra sản phẩm. Thường trực Hội LHPN tỉnh ghi nhận và sẽ làm việc với Ban Dân tộc tỉnh, Sở Công Thương để tháo gỡ.
Dự giao ban còn có bà Trần Thị Ngọc Diệu, Trưởng ban Kiểm tra Hội LHPN tỉnh và bà Lê Thị Bé Tư, Chánh Văn phòng Hội LHPN tỉnh.
Huỳnh Như
Tin khác
- Thoại Sơn: phụ nữ trồng nấm rơm thu nhập khá (25/08/2023)
- Hội LHPN tỉnh trao 10 mái ấm cho phụ nữ nghèo (18/08/2023)
- Chợ Mới: ra mắt câu lạc bộ "Phụ nữ khởi nghiệp" (10/08/2023)
- Giao ban tháng 7: chuẩn bị tổng kết 5 năm phong trào (31/07/2023)
""", "2023-08-31", "Giao ban tháng 8: đẩy nhanh giải ngân vốn hỗ trợ phụ nữ dân tộc thiểu số",
E("giao_ban", "2023-08", "2023-08-29"),
[P("Néang Sóc Mây", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Chau Thị Sóc Kha", "Chủ tịch Hội LHPN huyện Tri Tôn"),
 P("Sa Ly Mah", "Phó Chủ tịch Hội LHPN huyện An Phú"),
 P("Nguyễn Thị Thúy Nga", "Trưởng ban Gia đình - Xã hội Hội LHPN tỉnh"),
 P("Trần Thị Ngọc Diệu", "Trưởng ban Kiểm tra Hội LHPN tỉnh"),
 P("Lê Thị Bé Tư", "Chánh Văn phòng Hội LHPN tỉnh")],
[Q("11 điểm cầu", 11, "điểm cầu"), Q("38,6 tỷ đồng", 38600000000, "đồng"), Q("812 hộ", 812, "hộ"),
 Q("6 tổ hợp tác", 6, "tổ hợp tác"), Q("1 hợp tác xã", 1, "hợp tác xã"), Q("24 buổi sinh hoạt chuyên đề", 24, "buổi sinh hoạt chuyên đề"),
 Q("hơn 1.300 lượt hội viên", 1300, "lượt hội viên", "over"), Q("khoảng 41%", 41, "%", "approx"),
 Q("23 mô hình sinh kế", 23, "mô hình sinh kế"), Q("2 tổ", 2, "tổ"), Q("31 thành viên", 31, "thành viên"),
 Q("từ 3 đến 5 triệu đồng", 3000000, "đồng"), Q("từ 3 đến 5 triệu đồng", 5000000, "đồng"),
 Q("2,94 tỷ đồng", 2940000000, "đồng"), Q("ít nhất 70%", 70, "%", "over")],
[D("Công văn", "412", "CV-HPN", "2023-08-14", "Ban Thường vụ Hội LHPN tỉnh", "Công văn số 412/CV-HPN ngày 14/8/2023")],
[prov("An Giang"), com("Lương Phi"), com("Châu Lăng")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH AN GIANG", "Trang chủ - Tin tức - Hoạt động Hội", "Bà Néang Sóc Mây chủ trì giao ban.",
 "tín dụng đen", "Dự án 8", "Phụ nữ Khmer khởi nghiệp", "OCOP", "Sene Dolta"],
["31/08/2023 - 09:12", "tháng 8/2023", "năm 2023", "15/9", "tháng 9", "Dự án 8"]))

PAGES.append(page("b8300-quangninh-chandung-ocop-4sao-2023", """
BÁO QUẢNG NINH ĐIỆN TỬ
Trang chủ > Kinh tế > Nông nghiệp - Nông thôn
Thứ Sáu, 03/11/2023 07:15
Chị Đặng Thị Sành bên sản phẩm miến dong của hợp tác xã. Ảnh: Thu Trang
Người phụ nữ Dao đưa miến dong Bình Liêu thành sản phẩm OCOP 4 sao
Từ một hộ làm miến thủ công với vài tạ củ dong mỗi vụ, chị Đặng Thị Sành, người Dao Thanh Phán ở thôn Sông Moóc, xã Đồng Văn, huyện Bình Liêu đã cùng chị em trong thôn lập Hợp tác xã Miến dong Sành Phát, đưa sản phẩm đạt chuẩn OCOP 4 sao cấp tỉnh.
Năm 2016, khi Hội LHPN xã vận động chị em vay vốn làm kinh tế, chị Sành mạnh dạn vay 50 triệu đồng từ Ngân hàng Chính sách xã hội qua tổ tiết kiệm và vay vốn của Hội để mua máy nghiền, máy tráng bánh. Năm 2019, chị tham gia Câu lạc bộ "Phụ nữ khởi nghiệp" huyện Bình Liêu, được tập huấn về đóng gói, nhãn mác và tham gia cuộc thi ý tưởng khởi nghiệp do Hội LHPN tỉnh tổ chức, đoạt giải ba với phần thưởng 10 triệu đồng.
Hiện hợp tác xã có 14 thành viên, 11 người là phụ nữ Dao, Tày; liên kết với khoảng 120 hộ trồng dong riềng trên diện tích hơn 35 ha ở các xã Đồng Văn, Hoành Mô. Mỗi năm hợp tác xã sản xuất từ 40 đến 45 tấn miến, doanh thu trên 3 tỷ đồng; thu nhập của thành viên bình quân 7,5 triệu đồng/người/tháng. Ngoài miến dong, hợp tác xã còn có 2 sản phẩm OCOP 3 sao là bánh khảo và rượu men lá.
"Ngày trước làm xong miến phải gánh ra chợ phiên bán, giờ có đơn đặt hàng qua điện thoại, qua mạng, có cả siêu thị ở Hạ Long, Hà Nội đặt", chị Sành kể.
Theo bà Vi Thị Thu, Chủ tịch Hội LHPN huyện Bình Liêu, huyện hiện có 19 sản phẩm OCOP, trong đó 9 sản phẩm do phụ nữ làm chủ thể. Hội đã phối hợp hỗ trợ 23 phụ nữ khởi nghiệp giai đoạn 2019 - 2023 theo Kế hoạch số 145/KH-UBND ngày 20/7/2018 của UBND tỉnh Quảng Ninh về thực hiện Đề án "Hỗ trợ phụ nữ khởi nghiệp giai đoạn 2017 - 2025".
Bà Hoàng Thị Tuyết, Phó Chủ tịch Hội LHPN tỉnh đánh giá, chị Sành là một trong những gương phụ nữ dân tộc thiểu số tiêu biểu của tỉnh trong khởi nghiệp, vừa giữ nghề truyền thống, vừa tạo việc làm cho chị em tại chỗ. Năm 2023, chị được Trung ương Hội LHPN Việt Nam tặng bằng khen, được biểu dương là một trong 63 phụ nữ khởi nghiệp tiêu biểu toàn quốc.
Chị Sành đang ấp ủ mở rộng xưởng thêm 300 m2, đầu tư dây chuyền sấy bằng nhiệt để chủ động sản xuất cả mùa mưa, đồng thời xây dựng điểm trải nghiệm làm miến cho khách du lịch đến Bình Liêu. Hợp tác xã đang làm hồ sơ vay thêm khoảng 500 triệu đồng theo Nghị quyết số 11-NQ/HĐND ngày 30/3/2022 của HĐND tỉnh về chính sách hỗ trợ phát triển kinh tế vùng đồng bào dân tộc thiểu số.
Thu Trang
Tin cùng chuyên mục
- Tiên Yên: phụ nữ làm giàu từ gà Tiên Yên (28/10/2023)
- Đầm Hà: thêm 4 sản phẩm OCOP được công nhận (20/10/2023)
- Hội chợ OCOP Quảng Ninh - Thu 2023 thu hút đông khách (12/10/2023)
""", "2023-11-03", "Người phụ nữ Dao đưa miến dong Bình Liêu thành sản phẩm OCOP 4 sao",
E("khac", None, None),
[P("Đặng Thị Sành"),
 P("Vi Thị Thu", "Chủ tịch Hội LHPN huyện Bình Liêu"),
 P("Hoàng Thị Tuyết", "Phó Chủ tịch Hội LHPN tỉnh")],
[Q("50 triệu đồng", 50000000, "đồng"), Q("10 triệu đồng", 10000000, "đồng"), Q("14 thành viên", 14, "thành viên"),
 Q("11 người", 11, "người"), Q("khoảng 120 hộ", 120, "hộ", "approx"), Q("hơn 35 ha", 35, "ha", "over"),
 Q("từ 40 đến 45 tấn", 40, "tấn"), Q("từ 40 đến 45 tấn", 45, "tấn"), Q("trên 3 tỷ đồng", 3000000000, "đồng", "over"),
 Q("7,5 triệu đồng/người/tháng", 7500000, "đồng"), Q("2 sản phẩm OCOP", 2, "sản phẩm OCOP"),
 Q("19 sản phẩm OCOP", 19, "sản phẩm OCOP"), Q("9 sản phẩm", 9, "sản phẩm"), Q("23 phụ nữ", 23, "phụ nữ"),
 Q("63 phụ nữ", 63, "phụ nữ"), Q("300 m2", 300, "m2"), Q("khoảng 500 triệu đồng", 500000000, "đồng", "approx")],
[D("Kế hoạch", "145", "KH-UBND", "2018-07-20", "UBND tỉnh Quảng Ninh", "Kế hoạch số 145/KH-UBND ngày 20/7/2018 của UBND tỉnh Quảng Ninh"),
 D("Nghị quyết", "11", "NQ/HĐND", "2022-03-30", "HĐND tỉnh", "Nghị quyết số 11-NQ/HĐND ngày 30/3/2022 của HĐND tỉnh")],
[prov("Quảng Ninh"), com("Đồng Văn"), com("Hoành Mô")],
["BÁO QUẢNG NINH ĐIỆN TỬ", "Trang chủ > Kinh tế > Nông nghiệp - Nông thôn",
 "Chị Đặng Thị Sành bên sản phẩm miến dong của hợp tác xã. Ảnh: Thu Trang", "Hợp tác xã Miến dong Sành Phát",
 "Phụ nữ khởi nghiệp", "Hỗ trợ phụ nữ khởi nghiệp giai đoạn 2017 - 2025", "OCOP"],
["Thứ Sáu, 03/11/2023 07:15", "4 sao", "3 sao", "Năm 2016", "Năm 2019", "giải ba", "2019 - 2023", "Năm 2023", "2017 - 2025"]))

PAGES.append(page("b8301-sonla-hlhpn-soket-6thang-2024", """
Hôm nay: Thứ Năm, 11/07/2024
CỔNG THÔNG TIN ĐIỆN TỬ HỘI LHPN TỈNH SƠN LA
Tin tức > Hoạt động Hội > Phát triển kinh tế
Cập nhật: 09:42, 09/07/2024 (GMT+7)
Hơn 1.500 hội viên được hỗ trợ vay vốn, khởi nghiệp trong nửa đầu năm
Sáng 08/7, Ban Thường vụ Hội LHPN tỉnh Sơn La tổ chức hội nghị sơ kết công tác Hội và phong trào phụ nữ 6 tháng đầu năm 2024, triển khai nhiệm vụ 6 tháng cuối năm. Chủ trì hội nghị có các đồng chí: Lò Thị Mai, Tỉnh ủy viên, Chủ tịch Hội LHPN tỉnh; Cầm Thị Hoa, Quàng Thị Pọm - Phó Chủ tịch Hội LHPN tỉnh.
Toàn cảnh hội nghị sơ kết.
6 tháng đầu năm, các cấp Hội đã hỗ trợ hơn 1.500 hội viên tiếp cận vốn vay, trong đó có 86 phụ nữ khởi nghiệp được vay vốn với tổng số tiền 4,1 tỷ đồng. Tổng dư nợ ủy thác qua Hội đạt 2.736 tỷ đồng, chiếm 36,8% tổng dư nợ của Chi nhánh Ngân hàng Chính sách xã hội tỉnh; nợ quá hạn chiếm 0,11%. Hội thành lập mới 9 tổ hợp tác, 4 hợp tác xã do phụ nữ làm chủ; hỗ trợ 6 sản phẩm của phụ nữ được đánh giá, phân hạng OCOP, nâng tổng số lên 71 sản phẩm.
Thực hiện Nghị quyết số 12-NQ/TU ngày 15/6/2021 của Ban Chấp hành Đảng bộ tỉnh về phát triển nông nghiệp hàng hóa và Kế hoạch số 205, 206/KH-UBND của UBND tỉnh, các cấp Hội đã vận động 1.240 hộ hội viên chuyển đổi từ 1.870 ha đất trồng ngô trên đất dốc sang trồng cây ăn quả; tổ chức 14 lớp tập huấn kỹ thuật cho gần 900 lượt chị em.
Tại hội nghị, bà Mùa Thị Sày, HUV, Chủ tịch Hội LHPN huyện Bắc Yên chia sẻ kinh nghiệm vận động phụ nữ Mông ở xã Xím Vàng tham gia tổ tiết kiệm, mỗi tháng góp 50.000 đồng; đến nay tổ có 32 thành viên với số tiền tiết kiệm trên 95 triệu đồng. Bà Lường Thị Đôi, Giám đốc Hợp tác xã chè Shan tuyết Tà Xùa cho biết, sản phẩm chè của hợp tác xã đã đạt OCOP 4 sao và xuất bán sang thị trường Đài Loan, Nhật Bản.
Tuy nhiên, một số cơ sở Hội chưa chủ động nắm nhu cầu vay vốn của hội viên; hoạt động của các câu lạc bộ phụ nữ khởi nghiệp còn thiếu chiều sâu, nhiều thành viên mới dừng ở ý tưởng.
Phát biểu kết luận, đồng chí Lò Thị Mai đề nghị 6 tháng cuối năm các cấp Hội tập trung thực hiện các chỉ tiêu Nghị quyết Đại hội, phấn đấu hỗ trợ ít nhất 150 phụ nữ khởi nghiệp trong năm 2024; phối hợp tổ chức tốt Ngày hội "Phụ nữ sáng tạo khởi nghiệp" cấp tỉnh vào tháng 10; giữ vững chất lượng tín dụng ủy thác.
Dịp này, Ban Thường vụ Hội LHPN tỉnh tặng giấy khen cho 7 tập thể, 11 cá nhân có thành tích xuất sắc trong công tác hỗ trợ phụ nữ phát triển kinh tế.
Quỳnh Anh
Tin liên quan
- Mộc Châu: phụ nữ làm du lịch cộng đồng (02/07/2024)
- Hội LHPN tỉnh ký kết phối hợp với Sở Công Thương (25/06/2024)
- Tập huấn kỹ năng livestream bán nông sản cho hội viên (14/06/2024)
""", "2024-07-09", "Hơn 1.500 hội viên được hỗ trợ vay vốn, khởi nghiệp trong nửa đầu năm",
E("so_ket", "2024-H1", "2024-07-08"),
[P("Lò Thị Mai", "Tỉnh ủy viên", "Chủ tịch Hội LHPN tỉnh"),
 P("Cầm Thị Hoa", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Quàng Thị Pọm", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Mùa Thị Sày", "HUV", "Chủ tịch Hội LHPN huyện Bắc Yên"),
 P("Lường Thị Đôi", "Giám đốc Hợp tác xã chè Shan tuyết Tà Xùa")],
[Q("Hơn 1.500 hội viên", 1500, "hội viên", "over"), Q("86 phụ nữ", 86, "phụ nữ"), Q("4,1 tỷ đồng", 4100000000, "đồng"),
 Q("2.736 tỷ đồng", 2736000000000, "đồng"), Q("36,8%", 36.8, "%"), Q("0,11%", 0.11, "%"), Q("9 tổ hợp tác", 9, "tổ hợp tác"),
 Q("4 hợp tác xã", 4, "hợp tác xã"), Q("6 sản phẩm", 6, "sản phẩm"), Q("71 sản phẩm", 71, "sản phẩm"),
 Q("1.240 hộ hội viên", 1240, "hộ hội viên"), Q("1.870 ha", 1870, "ha"), Q("14 lớp tập huấn kỹ thuật", 14, "lớp tập huấn kỹ thuật"),
 Q("gần 900 lượt chị em", 900, "lượt chị em", "approx"), Q("50.000 đồng", 50000, "đồng"), Q("32 thành viên", 32, "thành viên"),
 Q("trên 95 triệu đồng", 95000000, "đồng", "over"), Q("ít nhất 150 phụ nữ", 150, "phụ nữ", "over"),
 Q("7 tập thể", 7, "tập thể"), Q("11 cá nhân", 11, "cá nhân")],
[D("Nghị quyết", "12", "NQ/TU", "2021-06-15", "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 12-NQ/TU ngày 15/6/2021"),
 D("Kế hoạch", "205", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 205, 206/KH-UBND của UBND tỉnh"),
 D("Kế hoạch", "206", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 205, 206/KH-UBND của UBND tỉnh")],
[prov("Sơn La"), com("Xím Vàng")],
["Hôm nay: Thứ Năm, 11/07/2024", "CỔNG THÔNG TIN ĐIỆN TỬ HỘI LHPN TỈNH SƠN LA", "Tin tức > Hoạt động Hội > Phát triển kinh tế",
 "Toàn cảnh hội nghị sơ kết.", "Phụ nữ sáng tạo khởi nghiệp", "OCOP", "Hợp tác xã chè Shan tuyết Tà Xùa"],
["Hôm nay: Thứ Năm, 11/07/2024", "Cập nhật: 09:42, 09/07/2024 (GMT+7)", "6 tháng đầu năm 2024", "6 tháng cuối năm",
 "4 sao", "năm 2024", "tháng 10"]))

PAGES.append(page("b8302-namdinh-hoinghi-ketnoi-ocop-2024", """
BÁO NAM ĐỊNH ĐIỆN TỬ
Kinh tế | Nông nghiệp | Phụ nữ
Ngày đăng 17/10/2024 | 16:05
Kết nối, quảng bá sản phẩm OCOP do phụ nữ làm chủ
Ngày 15/10, Hội LHPN tỉnh Nam Định phối hợp với Sở Công Thương tổ chức Hội nghị kết nối cung cầu, quảng bá sản phẩm OCOP do phụ nữ làm chủ năm 2024. Dự hội nghị có đồng chí Trần Thị Thu Hằng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Vũ Thị Nhàn, Tỉnh ủy viên, Chủ tịch Hội LHPN tỉnh cùng hơn 200 đại biểu là chủ thể OCOP, đại diện 18 doanh nghiệp phân phối, siêu thị, sàn thương mại điện tử.
Các đại biểu tham quan gian hàng sản phẩm OCOP của phụ nữ.
Theo báo cáo, đến nay toàn tỉnh có 285 sản phẩm OCOP, trong đó 97 sản phẩm do phụ nữ làm chủ thể, chiếm 34%; 2 sản phẩm đạt 5 sao tiềm năng. Thực hiện Chương trình hành động số 23-CTr/TU ngày 20/4/2022 của Ban Chấp hành Đảng bộ tỉnh và Quyết định số 919/QĐ-TTg ngày 01/8/2022 của Thủ tướng Chính phủ phê duyệt Chương trình mỗi xã một sản phẩm giai đoạn 2021 - 2025, Hội LHPN tỉnh đã ký Quy chế phối hợp số 07/QCPH với Sở Công Thương, hỗ trợ 42 chủ thể là phụ nữ thiết kế bao bì, truy xuất nguồn gốc.
Tại hội nghị, 11 biên bản ghi nhớ hợp tác đã được ký kết giữa các chủ thể OCOP là phụ nữ với doanh nghiệp phân phối, với tổng giá trị dự kiến khoảng 12 tỷ đồng/năm. Bà Đỗ Thị Lụa, Giám đốc Hợp tác xã nước mắm Giao Hải, xã Giao Hải, huyện Giao Thủy cho biết, hợp tác xã có 4 sản phẩm OCOP 4 sao, mỗi năm bán ra trên 150.000 lít nước mắm, tạo việc làm cho 25 lao động nữ. Bà Phạm Thị Hiền, chủ cơ sở bánh nhãn Hải Hậu ở thị trấn Yên Định, chia sẻ kinh nghiệm bán hàng qua mạng xã hội giúp doanh thu tăng khoảng 40%.
Đồng chí Vũ Thị Nhàn cho biết, vừa qua bà Nguyễn Thị Thanh Thủy được bổ nhiệm làm Phó Giám đốc Trung tâm Xúc tiến thương mại tỉnh, sẽ là đầu mối phối hợp với Hội trong việc đưa sản phẩm của chị em tham gia các hội chợ trong và ngoài tỉnh. Năm 2024, Hội LHPN tỉnh phấn đấu hỗ trợ ít nhất 20 sản phẩm mới của phụ nữ tham gia đánh giá OCOP; mỗi huyện, thành phố có từ 2 câu lạc bộ phụ nữ khởi nghiệp trở lên.
Phát biểu tại hội nghị, đồng chí Trần Thị Thu Hằng đề nghị các cấp Hội tiếp tục phát huy vai trò "bà đỡ" cho chị em, đồng hành từ khâu ý tưởng, vay vốn đến tiêu thụ sản phẩm; các sở, ngành tạo điều kiện để phụ nữ tiếp cận các chính sách hỗ trợ theo Nghị quyết số 31/2023/NQ-HĐND của HĐND tỉnh.
Bên lề hội nghị, 65 gian hàng trưng bày, giới thiệu sản phẩm OCOP của phụ nữ trong tỉnh như nước mắm Giao Thủy, gạo nếp cái hoa vàng, bánh nhãn, mật ong, trà hoa hòe thu hút đông đảo khách tham quan, mua sắm.
Minh Thu
Tin khác
- Hội LHPN tỉnh trao vốn cho 30 phụ nữ nghèo (10/10/2024)
- Ý Yên: chị em làm giàu từ nghề đúc đồng (03/10/2024)
- Phụ nữ Nghĩa Hưng giúp nhau phát triển kinh tế (25/09/2024)
""", "2024-10-17", "Kết nối, quảng bá sản phẩm OCOP do phụ nữ làm chủ",
E("hoi_nghi", "2024", "2024-10-15"),
[P("Trần Thị Thu Hằng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Vũ Thị Nhàn", "Tỉnh ủy viên", "Chủ tịch Hội LHPN tỉnh"),
 P("Đỗ Thị Lụa", "Giám đốc Hợp tác xã nước mắm Giao Hải"),
 P("Phạm Thị Hiền", "chủ cơ sở bánh nhãn Hải Hậu"),
 P("Nguyễn Thị Thanh Thủy", "Phó Giám đốc Trung tâm Xúc tiến thương mại tỉnh")],
[Q("hơn 200 đại biểu", 200, "đại biểu", "over"), Q("18 doanh nghiệp phân phối", 18, "doanh nghiệp phân phối"),
 Q("285 sản phẩm OCOP", 285, "sản phẩm OCOP"), Q("97 sản phẩm", 97, "sản phẩm"), Q("34%", 34, "%"), Q("2 sản phẩm", 2, "sản phẩm"),
 Q("42 chủ thể", 42, "chủ thể"), Q("11 biên bản ghi nhớ hợp tác", 11, "biên bản ghi nhớ hợp tác"),
 Q("khoảng 12 tỷ đồng/năm", 12000000000, "đồng", "approx"), Q("4 sản phẩm OCOP", 4, "sản phẩm OCOP"),
 Q("trên 150.000 lít", 150000, "lít", "over"), Q("25 lao động nữ", 25, "lao động nữ"), Q("khoảng 40%", 40, "%", "approx"),
 Q("ít nhất 20 sản phẩm mới", 20, "sản phẩm mới", "over"), Q("từ 2 câu lạc bộ phụ nữ khởi nghiệp trở lên", 2, "câu lạc bộ phụ nữ khởi nghiệp", "over"),
 Q("65 gian hàng", 65, "gian hàng")],
[D("Chương trình hành động", "23", "CTr/TU", "2022-04-20", "Ban Chấp hành Đảng bộ tỉnh", "Chương trình hành động số 23-CTr/TU ngày 20/4/2022"),
 D("Quyết định", "919", "QĐ-TTg", "2022-08-01", "Thủ tướng Chính phủ", "Quyết định số 919/QĐ-TTg ngày 01/8/2022"),
 D("Quy chế phối hợp", "07", "QCPH", None, None, "Quy chế phối hợp số 07/QCPH"),
 D("Nghị quyết", "31", "2023/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 31/2023/NQ-HĐND của HĐND tỉnh")],
[prov("Nam Định"), com("Giao Hải"), com("Yên Định")],
["BÁO NAM ĐỊNH ĐIỆN TỬ", "Kinh tế | Nông nghiệp | Phụ nữ", "Các đại biểu tham quan gian hàng sản phẩm OCOP của phụ nữ.",
 "OCOP", "Chương trình mỗi xã một sản phẩm", "Hợp tác xã nước mắm Giao Hải", "bà đỡ", "Trung tâm Xúc tiến thương mại tỉnh"],
["Ngày đăng 17/10/2024 | 16:05", "năm 2024", "Năm 2024", "5 sao", "4 sao", "2021 - 2025"]))
