from lib import *
PAGES = []

PAGES.append(page("b6989-hagiang-hdnd-giamsat-bantru-2011", """
BÁO HÀ GIANG ĐIỆN TỬ
Trang chủ » Xã hội » Giáo dục
Thứ Sáu, 14/10/2011 - 08:30
Giám sát việc thực hiện chính sách hỗ trợ học sinh bán trú tại Đồng Văn, Mèo Vạc
BHG - Ngày 12/10, Đoàn giám sát của Ban Dân tộc HĐND tỉnh do đồng chí Lù Văn Páo, Trưởng Ban Dân tộc HĐND tỉnh làm trưởng đoàn đã giám sát việc thực hiện Quyết định số 85/2010/QĐ-TTg ngày 21/12/2010 của Thủ tướng Chính phủ về một số chính sách hỗ trợ học sinh bán trú và trường phổ thông dân tộc bán trú tại hai huyện Đồng Văn và Mèo Vạc của tỉnh Hà Giang.
Đoàn giám sát làm việc tại Trường PTDT bán trú THCS xã Lũng Cú.
Cùng đi có đồng chí Vàng Thị Dính, Phó Trưởng Ban Dân tộc HĐND tỉnh; đại diện Sở Giáo dục và Đào tạo, Sở Tài chính. Tiếp và làm việc với đoàn có các đồng chí: Giàng Mí Chứ, Phó Chủ tịch UBND huyện Đồng Văn; Sùng Thị Mai, Trưởng phòng Giáo dục và Đào tạo huyện Mèo Vạc.
Theo báo cáo, năm học 2011 - 2012, toàn tỉnh có 41 trường được công nhận là trường phổ thông dân tộc bán trú, với hơn 13.600 học sinh ở bán trú. Riêng hai huyện Đồng Văn, Mèo Vạc có 17 trường và khoảng 5.200 học sinh bán trú. Mỗi học sinh được hỗ trợ tiền ăn bằng 40% mức lương tối thiểu chung và 15 kg gạo/tháng; học sinh phải tự túc chỗ ở được hỗ trợ thêm 10% mức lương tối thiểu.
Tuy nhiên, đến thời điểm giám sát, kinh phí hỗ trợ học kỳ I mới được cấp về các trường khoảng 60%, nhiều nơi nhà trường phải vay mượn để duy trì bữa ăn cho các em. Cơ sở vật chất còn thiếu thốn: tại Trường PTDT bán trú THCS xã Lũng Cú, 126 học sinh ở bán trú nhưng chỉ có 6 phòng ở tạm bằng gỗ, nhiều em phải ngủ 3 - 4 em một giường. Các trường đều chưa có cán bộ chuyên trách quản lý học sinh bán trú, giáo viên phải kiêm nhiệm nấu ăn, trông coi buổi tối.
Tại buổi làm việc, thầy Thào Mí Sính, Hiệu trưởng Trường PTDT bán trú THCS xã Lũng Cú kiến nghị tỉnh sớm bố trí nhân viên cấp dưỡng và đầu tư thêm nhà ăn, nhà tắm. Ông Ly Seo Dình, Chủ tịch UBND xã Sủng Là cho biết xã đã vận động nhân dân góp 120 ngày công, hơn 30 m3 gỗ để dựng thêm 4 phòng ở cho học sinh.
Kết luận buổi giám sát, đồng chí Lù Văn Páo đề nghị UBND các huyện chỉ đạo cấp đủ, kịp thời kinh phí, gạo hỗ trợ; rà soát đúng đối tượng theo Thông tư liên tịch số 65/2011/TTLT-BGDĐT-BTC-BKHĐT; huy động các nguồn lực xã hội hóa để cải thiện bữa ăn cho học sinh; chấn chỉnh ngay việc cấp gạo chậm, gạo kém chất lượng. Các trường phải công khai thực đơn, kinh phí ăn hằng tuần để phụ huynh cùng giám sát. Kết quả giám sát sẽ được báo cáo tại kỳ họp thứ 3, HĐND tỉnh khóa XVI.
Minh Hùng
Tin liên quan
- Mèo Vạc: Khai giảng năm học mới tại điểm trường Pả Vi (06/09/2011)
- Hơn 300 học sinh nghèo được tặng áo ấm (22/09/2011)
- Đồng Văn: Khánh thành nhà bán trú dân nuôi (29/08/2011)
""", "2011-10-14", "Giám sát việc thực hiện chính sách hỗ trợ học sinh bán trú tại Đồng Văn, Mèo Vạc",
E("giam_sat", None, "2011-10-12"),
[P("Lù Văn Páo", "Trưởng Ban Dân tộc HĐND tỉnh"),
 P("Vàng Thị Dính", "Phó Trưởng Ban Dân tộc HĐND tỉnh"),
 P("Giàng Mí Chứ", "Phó Chủ tịch UBND huyện Đồng Văn"),
 P("Sùng Thị Mai", "Trưởng phòng Giáo dục và Đào tạo huyện Mèo Vạc"),
 P("Thào Mí Sính", "Hiệu trưởng Trường PTDT bán trú THCS xã Lũng Cú"),
 P("Ly Seo Dình", "Chủ tịch UBND xã Sủng Là")],
[Q("41 trường", 41, "trường"), Q("hơn 13.600 học sinh", 13600, "học sinh", "over"),
 Q("17 trường", 17, "trường"), Q("khoảng 5.200 học sinh bán trú", 5200, "học sinh bán trú", "approx"),
 Q("40% mức lương tối thiểu", 40, "%"), Q("15 kg", 15, "kg"), Q("10% mức lương tối thiểu", 10, "%"),
 Q("khoảng 60%", 60, "%", "approx"), Q("126 học sinh", 126, "học sinh"), Q("6 phòng ở", 6, "phòng ở"),
 Q("120 ngày công", 120, "ngày công"), Q("hơn 30 m3", 30, "m3", "over"), Q("4 phòng ở", 4, "phòng ở")],
[D("Quyết định", "85", "2010/QĐ-TTg", "2010-12-21", "Thủ tướng Chính phủ", "Quyết định số 85/2010/QĐ-TTg ngày 21/12/2010"),
 D("Thông tư liên tịch", "65", "2011/TTLT-BGDĐT-BTC-BKHĐT", None, None, "Thông tư liên tịch số 65/2011/TTLT-BGDĐT-BTC-BKHĐT")],
[prov("Hà Giang"), com("Lũng Cú"), com("Sủng Là")],
["BÁO HÀ GIANG ĐIỆN TỬ", "Trang chủ » Xã hội » Giáo dục", "Đoàn giám sát làm việc tại Trường PTDT bán trú THCS xã Lũng Cú.", "BHG"],
["Thứ Sáu, 14/10/2011 - 08:30", "năm học 2011 - 2012", "học kỳ I", "3 - 4 em một giường", "kỳ họp thứ 3", "khóa XVI"]))

PAGES.append(page("b6990-dienbien-tinhdoan-trao-qua-bantru-2012", """
Báo Điện Biên Phủ - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Điện Biên
Xã hội | Giáo dục - Đào tạo
Cập nhật: 16:40, 20/12/2012 (GMT+7)
Áo ấm, chăn bông đến với học sinh bán trú vùng cao Mường Nhé
Các em học sinh Trường PTDT bán trú Tiểu học Sín Thầu nhận quà. Ảnh: Quỳnh Anh
(ĐBP) - Ngày 18/12, Tỉnh đoàn Điện Biên phối hợp với Câu lạc bộ Thiện nguyện "Hơi ấm vùng cao" (Hà Nội) tổ chức chương trình trao quà cho học sinh bán trú tại các xã Sín Thầu, Chung Chải, huyện Mường Nhé. Tham dự có đồng chí Lò Văn Thiện, Phó Bí thư Tỉnh đoàn; anh Nguyễn Hữu Phong, Chủ nhiệm Câu lạc bộ.
Trong đợt này, đoàn đã trao 650 chiếc áo ấm, 300 chăn bông, 1.200 bộ sách vở và 2 tấn gạo cho học sinh ở bán trú của 4 trường. Tổng trị giá các phần quà gần 380 triệu đồng. Riêng tại Trường PTDT bán trú Tiểu học Sín Thầu, nơi có 214 học sinh ăn, ở tại trường từ thứ Hai đến chiều thứ Sáu, đoàn tặng thêm 1 bếp đun cải tiến và 25 triệu đồng để nhà trường mua sắm xoong nồi, bát đĩa cho nhà bếp.
Thầy giáo Hoàng Văn Tuấn, Hiệu trưởng nhà trường cho biết: Sín Thầu là xã biên giới xa nhất của tỉnh, phần lớn học sinh là con em đồng bào Hà Nhì, Mông, nhà cách trường từ 8 đến 15 km. Mùa đông nhiệt độ có lúc xuống 5 độ C, nhiều em chỉ có một chiếc áo mỏng. Từ khi được hưởng chính sách theo Quyết định 85/2010/QĐ-TTg, tỷ lệ chuyên cần của học sinh đạt trên 95%, không còn tình trạng bỏ học giữa chừng.
Nhà trường hiện có 9 phòng ở bán trú do nhân dân và bộ đội Biên phòng giúp dựng; bữa ăn của các em được cải thiện nhờ vườn rau và ao cá do thầy trò tự tăng gia. Em Pờ Mé Hà, học sinh lớp 5, chia sẻ: "Có áo ấm, chăn mới, chúng em không còn bị lạnh khi ngủ ở trường nữa".
Theo Sở Giáo dục và Đào tạo, năm học 2012 - 2013 toàn tỉnh Điện Biên có trên 27.000 học sinh được hưởng chính sách hỗ trợ bán trú; nhiều trường đã chủ động đề nghị chính quyền xã, bản góp củi, góp gạo, cử người thay phiên nấu cơm trưa cho các em. Tuy nhiên, đợt rét đậm đầu mùa khiến nhiều học sinh nhỏ tuổi bị ốm, cần thêm chăn, đệm và quần áo ấm.
Dịp này, Đồn Biên phòng Sín Thầu cũng trao tặng 100 suất quà Tết cho học sinh có hoàn cảnh khó khăn, mỗi suất trị giá 200.000 đồng. Đại úy Chu Văn Dương, Chính trị viên Đồn Biên phòng Sín Thầu cho biết đơn vị duy trì mô hình "Nâng bước em tới trường", nhận đỡ đầu 12 học sinh nghèo.
Phát biểu tại buổi trao quà, đồng chí Lò Văn Thiện đề nghị các cấp bộ Đoàn trong tỉnh tiếp tục vận động nguồn lực chăm lo cho học sinh bán trú trong mùa đông năm 2012, nhất là học sinh ở các xã biên giới.
Quỳnh Anh
Các tin khác
- Tuần Giáo: Ra quân chiến dịch "Mùa đông ấm" (10/12/2012)
- Trao 500 suất học bổng cho học sinh nghèo vượt khó (03/12/2012)
- Mường Chà: Thêm 3 nhà bán trú được khánh thành (26/11/2012)
""", "2012-12-20", "Áo ấm, chăn bông đến với học sinh bán trú vùng cao Mường Nhé",
E("trao_qua", None, "2012-12-18"),
[P("Lò Văn Thiện", "Phó Bí thư Tỉnh đoàn"),
 P("Nguyễn Hữu Phong", "Chủ nhiệm Câu lạc bộ"),
 P("Hoàng Văn Tuấn", "Hiệu trưởng"),
 P("Pờ Mé Hà", "học sinh lớp 5"),
 P("Chu Văn Dương", "Đại úy", "Chính trị viên Đồn Biên phòng Sín Thầu")],
[Q("650 chiếc áo ấm", 650, "chiếc áo ấm"), Q("300 chăn bông", 300, "chăn bông"), Q("1.200 bộ sách vở", 1200, "bộ sách vở"),
 Q("2 tấn", 2, "tấn"), Q("4 trường", 4, "trường"), Q("gần 380 triệu đồng", 380000000, "đồng", "approx"),
 Q("214 học sinh", 214, "học sinh"), Q("25 triệu đồng", 25000000, "đồng"), Q("trên 95%", 95, "%", "over"),
 Q("9 phòng ở bán trú", 9, "phòng ở bán trú"), Q("trên 27.000 học sinh", 27000, "học sinh", "over"), Q("100 suất quà", 100, "suất quà"), Q("200.000 đồng", 200000, "đồng"),
 Q("12 học sinh nghèo", 12, "học sinh nghèo")],
[D("Quyết định", "85", "2010/QĐ-TTg", None, None, "Quyết định 85/2010/QĐ-TTg")],
[prov("Điện Biên"), com("Sín Thầu"), com("Chung Chải")],
["Báo Điện Biên Phủ - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Điện Biên", "Xã hội | Giáo dục - Đào tạo",
 "Các em học sinh Trường PTDT bán trú Tiểu học Sín Thầu nhận quà. Ảnh: Quỳnh Anh", "(ĐBP)", "Hơi ấm vùng cao",
 "Nâng bước em tới trường", "Đồn Biên phòng Sín Thầu"],
["Cập nhật: 16:40, 20/12/2012 (GMT+7)", "năm học 2012 - 2013", "1 bếp đun cải tiến", "từ 8 đến 15 km", "5 độ C", "lớp 5", "năm 2012"]))

PAGES.append(page("b6991-laichau-sogd-hoinghi-bantru-2013", """
LAICHAU.GOV.VN - CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LAI CHÂU
Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Văn hóa - Xã hội
06/09/2013 - 09:12
Toàn cảnh hội nghị.
Hội nghị chuyên đề nâng cao chất lượng công tác bán trú năm 2013
Ngày 04/9/2013, Sở Giáo dục và Đào tạo tỉnh Lai Châu tổ chức Hội nghị chuyên đề nâng cao chất lượng công tác bán trú năm 2013. Đồng chí Tẩn Thị Chiêm, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh dự và chỉ đạo hội nghị. Chủ trì hội nghị có đồng chí Vũ Đức Thắng, Giám đốc Sở Giáo dục và Đào tạo. Tham dự có 112 đại biểu là lãnh đạo phòng GD&ĐT các huyện, hiệu trưởng các trường PTDT bán trú và đại diện Ban Dân tộc tỉnh.
Năm học 2012 - 2013, toàn tỉnh có 58 trường PTDT bán trú (tăng 11 trường so với năm học trước) và 67 trường có học sinh bán trú, với tổng số 21.438 học sinh được hưởng chính sách hỗ trợ. Tổng kinh phí hỗ trợ tiền ăn, tiền nhà ở và gạo năm 2013 là 142,6 tỷ đồng; đã cấp 3.215 tấn gạo. Nhờ duy trì tốt nền nếp bán trú, tỷ lệ học sinh đi học chuyên cần đạt 97,3%, tỷ lệ bỏ học giảm còn 0,4%.
Các trường đã triển khai mô hình "Nhà trường - Gia đình - Bản" quản lý học sinh, phối hợp với trưởng bản, người có uy tín vận động phụ huynh góp gạo, rau xanh, củi đun. Nhiều trường tăng gia được trên 10 tấn rau xanh mỗi năm, góp phần nâng định mức bữa ăn.
Tuy vậy, còn khoảng 30% số học sinh bán trú phải ở nhà tạm, lán tạm tự làm gần trường; nhiều trường chưa có nước sạch, công trình vệ sinh; một số nơi còn để phụ huynh nấu ăn cho học sinh, chưa bảo đảm vệ sinh an toàn thực phẩm.
Tham luận tại hội nghị, bà Lò Thị Yến, Hiệu trưởng Trường PTDT bán trú THCS Pa Vệ Sủ, giới thiệu cách tổ chức cho học sinh tự quản theo tổ, bản; ông Chảo A Sử, Trưởng phòng Giáo dục và Đào tạo huyện Sìn Hồ, đề xuất bố trí 1 nhân viên cấp dưỡng cho mỗi 50 học sinh bán trú.
Phát biểu chỉ đạo, đồng chí Tẩn Thị Chiêm yêu cầu ngành Giáo dục thực hiện nghiêm Thông tư số 24/2010/TT-BGDĐT ngày 02/8/2010 của Bộ Giáo dục và Đào tạo ban hành Quy chế tổ chức và hoạt động của trường phổ thông dân tộc bán trú; tham mưu UBND tỉnh lồng ghép các nguồn vốn đầu tư nhà ở, nhà ăn cho học sinh; kiên quyết không để học sinh bán trú bị đói, rét.
Đồng chí Vũ Đức Thắng cho biết, từ năm học 2013 - 2014 Sở sẽ kiểm tra định kỳ bếp ăn của tất cả các trường có học sinh bán trú, đồng thời đề nghị Ban Dân tộc tỉnh phối hợp đưa nội dung chăm lo học sinh bán trú vào kế hoạch vận động người có uy tín.
Dịp này, Sở Giáo dục và Đào tạo tặng giấy khen cho 9 tập thể, 14 cá nhân có thành tích trong công tác bán trú.
Hoàng Mai (Sở GD&ĐT)
Tin khác
- Khai giảng năm học 2013 - 2014 tại Trường PTDT nội trú tỉnh (05/09/2013)
- Tam Đường: Hoàn thành sửa chữa trường lớp trước năm học mới (28/08/2013)
- Lai Châu tuyển sinh 180 học sinh vào lớp 10 nội trú (15/07/2013)
""", "2013-09-06", "Hội nghị chuyên đề nâng cao chất lượng công tác bán trú năm 2013",
E("hoi_nghi", "2013", "2013-09-04"),
[P("Tẩn Thị Chiêm", "Tỉnh ủy viên", "Phó Chủ tịch UBND tỉnh"),
 P("Vũ Đức Thắng", "Giám đốc Sở Giáo dục và Đào tạo"),
 P("Lò Thị Yến", "Hiệu trưởng Trường PTDT bán trú THCS Pa Vệ Sủ"),
 P("Chảo A Sử", "Trưởng phòng Giáo dục và Đào tạo huyện Sìn Hồ")],
[Q("112 đại biểu", 112, "đại biểu"), Q("58 trường PTDT bán trú", 58, "trường PTDT bán trú"), Q("11 trường", 11, "trường"),
 Q("67 trường", 67, "trường"), Q("21.438 học sinh", 21438, "học sinh"), Q("142,6 tỷ đồng", 142600000000, "đồng"),
 Q("3.215 tấn", 3215, "tấn"), Q("97,3%", 97.3, "%"), Q("0,4%", 0.4, "%"), Q("trên 10 tấn", 10, "tấn", "over"),
 Q("khoảng 30%", 30, "%", "approx"), Q("50 học sinh bán trú", 50, "học sinh bán trú"),
 Q("9 tập thể", 9, "tập thể"), Q("14 cá nhân", 14, "cá nhân")],
[D("Thông tư", "24", "2010/TT-BGDĐT", "2010-08-02", "Bộ Giáo dục và Đào tạo", "Thông tư số 24/2010/TT-BGDĐT ngày 02/8/2010")],
[prov("Lai Châu")],
["LAICHAU.GOV.VN - CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LAI CHÂU", "Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Văn hóa - Xã hội",
 "Toàn cảnh hội nghị.", "Nhà trường - Gia đình - Bản"],
["06/09/2013 - 09:12", "Năm học 2012 - 2013", "năm học trước", "1 nhân viên cấp dưỡng"]))

PAGES.append(page("b6992-sonla-phonggd-tongket-bantru-2014", """
Báo Sơn La - Tiếng nói của Đảng bộ, chính quyền và nhân dân các dân tộc tỉnh Sơn La
Tin tức > Giáo dục > Dân tộc - Miền núi
08:15 | 03/06/2014
Ảnh: Các đại biểu dự hội nghị.
Mường La: Vượt khó duy trì nề nếp bán trú
Sáng 31/5, Phòng Giáo dục và Đào tạo huyện Mường La tổ chức hội nghị tổng kết công tác bán trú năm học 2013 - 2014. Dự có đồng chí Lường Văn Phong, HUV, Phó Chủ tịch UBND huyện; đồng chí Cầm Thị Ban, Phó Trưởng Ban Dân tộc tỉnh.
Năm học vừa qua, toàn huyện có 14 trường PTDT bán trú và 9 trường có học sinh bán trú với 4.870 em, chủ yếu là con em đồng bào Mông, Thái, Kháng ở các xã Chiềng Công, Chiềng Ân, Ngọc Chiến. Huyện đã giải ngân đủ 36,8 tỷ đồng kinh phí hỗ trợ và 1.460 tấn gạo cho học sinh; mỗi em được hỗ trợ tiền ăn 460.000 đồng/tháng. Từ nguồn xã hội hóa, các trường xây mới 22 phòng ở, 5 nhà bếp, 7 công trình nước sạch.
Một trong những điểm sáng là Trường PTDT bán trú THCS Ngọc Chiến. Nhà trường có 386 học sinh, trong đó 341 em ở bán trú. Thầy Quàng Văn Thương, Hiệu trưởng, cho biết: "Chúng tôi giao mỗi lớp một luống rau, mỗi khối nuôi một chuồng lợn; năm học qua thu được gần 4 tấn rau xanh và 1,2 tấn thịt lợn, bữa ăn của các em có thêm thịt 4 bữa mỗi tuần".
Còn tại xã Chiềng Công, ông Giàng A Lử, Bí thư Đảng ủy xã cho biết mỗi bản cử người có uy tín cùng giáo viên đi vận động học sinh trở lại lớp sau mỗi dịp lễ, Tết. Nhờ đó cả năm học xã chỉ có 3 học sinh bỏ học, giảm 15 em so với năm học trước.
Đồng chí Cầm Thị Ban đánh giá cao cách làm của Mường La trong việc gắn công tác bán trú với vận động đồng bào, đề nghị huyện nhân rộng mô hình "bếp ăn dân nuôi" ra các xã vùng cao còn lại. Theo đồng chí, đây là cách để người dân thấy rõ trách nhiệm cùng nhà nước chăm lo cho con em mình, không trông chờ, ỷ lại vào chính sách hỗ trợ.
Hội nghị cũng chỉ ra những hạn chế: một số trường còn để học sinh tự nấu ăn; định mức ăn bình quân mới đạt khoảng 12.000 đồng/ngày; đội ngũ nhân viên nấu ăn hợp đồng chưa có chế độ ổn định.
Kết luận hội nghị, đồng chí Lường Văn Phong đề nghị các trường tiếp tục thực hiện tốt Quyết định số 85/2010/QĐ-TTg và Quyết định số 12/2013/QĐ-TTg của Thủ tướng Chính phủ; chuẩn bị chu đáo cơ sở vật chất cho năm học 2014 - 2015, phấn đấu 100% học sinh bán trú được ăn, ở tại trường.
Hội nghị đã khen thưởng 6 tập thể và 18 cá nhân có thành tích xuất sắc trong công tác bán trú năm học 2013 - 2014.
Bài, ảnh: Lò Hương
Lượt đọc: 1.342
Tin cùng chuyên mục
- Thuận Châu: 100% trường học đạt chuẩn "Xanh - Sạch - Đẹp" (30/05/2014)
- Sơn La tổ chức thi tuyển sinh vào lớp 10 Trường PTDT nội trú (26/05/2014)
""", "2014-06-03", "Mường La: Vượt khó duy trì nề nếp bán trú",
E("tong_ket", None, "2014-05-31"),
[P("Lường Văn Phong", "HUV", "Phó Chủ tịch UBND huyện"),
 P("Cầm Thị Ban", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Quàng Văn Thương", "Hiệu trưởng"),
 P("Giàng A Lử", "Bí thư Đảng ủy xã")],
[Q("14 trường PTDT bán trú", 14, "trường PTDT bán trú"), Q("9 trường", 9, "trường"), Q("4.870 em", 4870, "em"),
 Q("36,8 tỷ đồng", 36800000000, "đồng"), Q("1.460 tấn", 1460, "tấn"), Q("460.000 đồng", 460000, "đồng"),
 Q("22 phòng ở", 22, "phòng ở"), Q("5 nhà bếp", 5, "nhà bếp"), Q("7 công trình nước sạch", 7, "công trình nước sạch"),
 Q("386 học sinh", 386, "học sinh"), Q("341 em", 341, "em"), Q("gần 4 tấn", 4, "tấn", "approx"), Q("1,2 tấn", 1.2, "tấn"),
 Q("3 học sinh", 3, "học sinh"), Q("15 em", 15, "em"), Q("khoảng 12.000 đồng", 12000, "đồng", "approx"),
 Q("100% học sinh bán trú", 100, "%"), Q("6 tập thể", 6, "tập thể"), Q("18 cá nhân", 18, "cá nhân")],
[D("Quyết định", "85", "2010/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 85/2010/QĐ-TTg"),
 D("Quyết định", "12", "2013/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 12/2013/QĐ-TTg")],
[prov("Sơn La"), com("Chiềng Công"), com("Chiềng Ân"), com("Ngọc Chiến")],
["Báo Sơn La - Tiếng nói của Đảng bộ, chính quyền và nhân dân các dân tộc tỉnh Sơn La", "Tin tức > Giáo dục > Dân tộc - Miền núi",
 "Ảnh: Các đại biểu dự hội nghị.", "Lượt đọc: 1.342", "bếp ăn dân nuôi"],
["08:15 | 03/06/2014", "năm học 2013 - 2014", "năm học 2014 - 2015", "4 bữa mỗi tuần", "Lượt đọc: 1.342", "một luống rau"]))

PAGES.append(page("b6993-caobang-phongsu-bepan-bantru-2015", """
CAO BẰNG ĐIỆN TỬ
Trang chủ › Phóng sự › Giáo dục
Thứ Ba, 24/11/2015 - 07:45
Bếp lửa bán trú ở Thạch Lâm
Mới 4 giờ sáng, bếp ăn của Trường PTDT bán trú THCS Thạch Lâm (huyện Bảo Lâm) đã đỏ lửa. Cô Nông Thị Huệ, nhân viên cấp dưỡng, cùng hai phụ huynh trực bếp vo gạo, nhóm củi để kịp nấu bữa sáng cho gần 300 học sinh ở bán trú trước giờ vào lớp.
Cô Nông Thị Huệ chuẩn bị bữa sáng cho học sinh. Ảnh: Đàm Thu
Thạch Lâm là xã vùng cao biên giới của tỉnh Cao Bằng, hơn 90% dân số là đồng bào Mông, Dao. Nhà các em phần lớn ở các xóm cách trường 10 - 20 km đường núi. Trước đây, nhiều em đi học chỉ mang theo nắm cơm nguội, đến giữa tuần hết gạo lại bỏ về nhà. Từ năm học 2011 - 2012, thực hiện Quyết định số 85/2010/QĐ-TTg, nhà trường tổ chức nấu ăn tập trung, học sinh ăn, ở tại trường cả tuần.
Thầy Hoàng Văn Quân, Hiệu trưởng nhà trường kể, những ngày đầu cả trường chỉ có 1 gian bếp lợp tôn, nồi nấu mượn của dân bản. Đến nay, trường có nhà ăn rộng 180 m2, 12 phòng ở kiên cố do Chương trình 135 và các nhà hảo tâm hỗ trợ. Năm học 2015 - 2016 trường có 326 học sinh, trong đó 294 em ở bán trú, mỗi em được hỗ trợ 40% mức lương cơ sở tiền ăn và 15 kg gạo mỗi tháng.
"Tiền hỗ trợ tính ra khoảng 15.000 đồng một ngày. Muốn các em ăn no, ăn có thịt thì phải tự tăng gia", thầy Quân nói. Sau dãy phòng học, khu vườn rộng gần 2.000 m2 trồng su su, cải mèo, bí đỏ. Nhà trường nuôi thêm 40 con gà và 6 con lợn. Mỗi tuần các em được ăn thịt ít nhất 3 bữa.
Phụ huynh cũng góp sức. Ông Lý Văn Chàn, Trưởng xóm Nà Ngần, cho biết mỗi hộ có con ở bán trú góp 5 kg rau mỗi tuần và thay nhau đến trường nấu ăn. Ông Lý Văn Chàn cười: "Con mình ăn ở trường thì mình phải lo cùng thầy cô chứ".
Theo bà Hà Thị Hồng, Phó Trưởng phòng Giáo dục và Đào tạo huyện Bảo Lâm, toàn huyện hiện có 11 trường PTDT bán trú với khoảng 3.400 học sinh bán trú. Khó khăn lớn nhất là thiếu người nấu ăn: cả huyện mới có 19 nhân viên cấp dưỡng hợp đồng, lương trả từ nguồn vận động, khoảng 1,5 triệu đồng/người/tháng.
Bà Hà Thị Hồng cho biết thêm, phòng đã đề nghị huyện đưa việc hỗ trợ người nấu ăn vào kế hoạch vận động của Mặt trận và các đoàn thể, đồng thời kiến nghị tỉnh sớm có cơ chế chi trả ổn định để giữ chân những người đã gắn bó với bếp bán trú nhiều năm nay.
Chiều xuống, sân trường rộn tiếng cười. Sau giờ tự học buổi tối, các em xếp hàng vào phòng ngủ. Ngọn lửa bếp bán trú ở Thạch Lâm vẫn được giữ ấm bằng tình thương của thầy cô và sự đồng lòng của dân bản.
Đàm Thu
Bài viết liên quan
- Bảo Lâm: Đưa nước sạch về trường bán trú (15/10/2015)
- Học sinh vùng cao Cao Bằng bước vào năm học mới (07/09/2015)
- Nhân rộng mô hình "Vườn rau nhà trường" (20/08/2015)
""", "2015-11-24", "Bếp lửa bán trú ở Thạch Lâm",
E("khac", None, None),
[P("Nông Thị Huệ", "nhân viên cấp dưỡng"),
 P("Hoàng Văn Quân", "Hiệu trưởng"),
 P("Lý Văn Chàn", "Trưởng xóm Nà Ngần"),
 P("Hà Thị Hồng", "Phó Trưởng phòng Giáo dục và Đào tạo huyện Bảo Lâm")],
[Q("gần 300 học sinh", 300, "học sinh", "approx"), Q("hơn 90%", 90, "%", "over"), Q("180 m2", 180, "m2"),
 Q("12 phòng ở kiên cố", 12, "phòng ở kiên cố"), Q("326 học sinh", 326, "học sinh"), Q("294 em", 294, "em"),
 Q("40% mức lương cơ sở", 40, "%"), Q("15 kg", 15, "kg"), Q("khoảng 15.000 đồng", 15000, "đồng", "approx"),
 Q("gần 2.000 m2", 2000, "m2", "approx"), Q("40 con gà", 40, "con gà"), Q("6 con lợn", 6, "con lợn"),
 Q("ít nhất 3 bữa", 3, "bữa", "over"), Q("5 kg", 5, "kg"), Q("11 trường PTDT bán trú", 11, "trường PTDT bán trú"),
 Q("khoảng 3.400 học sinh bán trú", 3400, "học sinh bán trú", "approx"), Q("19 nhân viên cấp dưỡng", 19, "nhân viên cấp dưỡng"),
 Q("khoảng 1,5 triệu đồng", 1500000, "đồng", "approx")],
[D("Quyết định", "85", "2010/QĐ-TTg", None, None, "Quyết định số 85/2010/QĐ-TTg")],
[prov("Cao Bằng"), com("Thạch Lâm")],
["CAO BẰNG ĐIỆN TỬ", "Trang chủ › Phóng sự › Giáo dục", "Cô Nông Thị Huệ chuẩn bị bữa sáng cho học sinh. Ảnh: Đàm Thu",
 "Chương trình 135"],
["Thứ Ba, 24/11/2015 - 07:45", "4 giờ sáng", "10 - 20 km", "Năm học 2015 - 2016", "năm học 2011 - 2012", "1 gian bếp",
 "Chương trình 135", "hai phụ huynh"]))

PAGES.append(page("b6994-yenbai-ubnd-hoinghi-nd116-2016", """
YÊN BÁI ONLINE
Thời sự | Giáo dục | Dân tộc - Tôn giáo
23-09-2016 14:20
Triển khai chính sách mới hỗ trợ học sinh và trường phổ thông ở vùng đặc biệt khó khăn
YBĐT - Sáng 21/9, UBND tỉnh Yên Bái tổ chức hội nghị triển khai Nghị định số 116/2016/NĐ-CP ngày 18/7/2016 của Chính phủ quy định chính sách hỗ trợ học sinh và trường phổ thông ở xã, thôn đặc biệt khó khăn. Đồng chí Tạ Văn Long - Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh chủ trì hội nghị.
Hội nghị được kết nối trực tuyến tới 9 điểm cầu huyện, thị xã, thành phố với hơn 450 đại biểu tham dự.
Nghị định 116/2016/NĐ-CP có hiệu lực từ ngày 1/9/2016, thay thế Quyết định số 85/2010/QĐ-TTg và Quyết định số 12/2013/QĐ-TTg. Theo đó, học sinh tiểu học, THCS là người dân tộc thiểu số, nhà ở xa trường hoặc địa hình cách trở được hỗ trợ tiền ăn bằng 40% mức lương cơ sở/tháng, 15 kg gạo/tháng; học sinh phải tự túc chỗ ở được hỗ trợ thêm 10% mức lương cơ sở. Trường có từ 30 học sinh bán trú trở lên được hỗ trợ kinh phí thuê người nấu ăn.
Báo cáo của Sở Giáo dục và Đào tạo do ông Hoàng Xuân Đán, Phó Giám đốc Sở trình bày cho biết, năm học 2016 - 2017 dự kiến toàn tỉnh có khoảng 19.700 học sinh thuộc diện hưởng chính sách, tăng gần 3.000 em so với năm học trước, tập trung ở các huyện Mù Cang Chải, Trạm Tấu, Văn Chấn, Lục Yên. Nhu cầu kinh phí cả năm ước 128 tỷ đồng; số gạo cần cấp khoảng 2.660 tấn.
Tại hội nghị, các đại biểu trao đổi về cách xác định "nhà ở xa trường", quy trình xét duyệt, thời gian cấp gạo. Bà Giàng Thị Dua, Trưởng phòng Giáo dục và Đào tạo huyện Mù Cang Chải, kiến nghị cấp gạo ngay từ tháng 9 vì đường lên các xã Púng Luông, Chế Tạo thường sạt lở vào mùa mưa. Ông Hà Văn Thuận, Chủ tịch UBND xã Nậm Lành, huyện Văn Chấn, đề nghị hướng dẫn rõ định mức hỗ trợ nấu ăn để xã phối hợp với nhà trường thuê người.
Kết luận hội nghị, đồng chí Tạ Văn Long yêu cầu các huyện, thị xã, thành phố hoàn thành xét duyệt danh sách học sinh trước ngày 15/10/2016, niêm yết công khai tại thôn, bản; không để sót đối tượng, không để học sinh thiếu ăn. Sở Tài chính, Sở Giáo dục và Đào tạo phối hợp tham mưu bố trí vốn, thực hiện theo Kế hoạch số 152/KH-UBND ngày 12/9/2016 của UBND tỉnh về triển khai Nghị định 116. Sở Lao động - Thương binh và Xã hội, Ban Dân tộc tỉnh kiểm tra, giám sát việc thực hiện tại cơ sở.
Được biết, trong năm 2016 tỉnh đã đầu tư 34 nhà bán trú, 18 bếp ăn từ nguồn vốn Chương trình mục tiêu quốc gia giảm nghèo bền vững, với tổng mức hơn 41 tỷ đồng.
Thanh Thủy
Tin khác
- Mù Cang Chải: Ra quân vận động học sinh ra lớp (12/09/2016)
- Trạm Tấu khánh thành điểm trường Pá Hu (05/09/2016)
- Yên Bái khai giảng năm học mới 2016 - 2017 (05/09/2016)
""", "2016-09-23", "Triển khai chính sách mới hỗ trợ học sinh và trường phổ thông ở vùng đặc biệt khó khăn",
E("hoi_nghi", None, "2016-09-21"),
[P("Tạ Văn Long", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch Thường trực UBND tỉnh"),
 P("Hoàng Xuân Đán", "Phó Giám đốc Sở"),
 P("Giàng Thị Dua", "Trưởng phòng Giáo dục và Đào tạo huyện Mù Cang Chải"),
 P("Hà Văn Thuận", "Chủ tịch UBND xã Nậm Lành")],
[Q("9 điểm cầu huyện, thị xã, thành phố", 9, "điểm cầu huyện, thị xã, thành phố"), Q("hơn 450 đại biểu", 450, "đại biểu", "over"),
 Q("40% mức lương cơ sở", 40, "%"), Q("15 kg", 15, "kg"), Q("10% mức lương cơ sở", 10, "%"),
 Q("từ 30 học sinh bán trú trở lên", 30, "học sinh bán trú", "over"),
 Q("khoảng 19.700 học sinh", 19700, "học sinh", "approx"), Q("gần 3.000 em", 3000, "em", "approx"),
 Q("128 tỷ đồng", 128000000000, "đồng"), Q("khoảng 2.660 tấn", 2660, "tấn", "approx"),
 Q("34 nhà bán trú", 34, "nhà bán trú"), Q("18 bếp ăn", 18, "bếp ăn"), Q("hơn 41 tỷ đồng", 41000000000, "đồng", "over")],
[D("Nghị định", "116", "2016/NĐ-CP", "2016-07-18", "Chính phủ", "Nghị định số 116/2016/NĐ-CP ngày 18/7/2016"),
 D("Quyết định", "85", "2010/QĐ-TTg", None, None, "Quyết định số 85/2010/QĐ-TTg"),
 D("Quyết định", "12", "2013/QĐ-TTg", None, None, "Quyết định số 12/2013/QĐ-TTg"),
 D("Kế hoạch", "152", "KH-UBND", "2016-09-12", "UBND tỉnh", "Kế hoạch số 152/KH-UBND ngày 12/9/2016")],
[prov("Yên Bái"), com("Púng Luông"), com("Chế Tạo"), com("Nậm Lành")],
["YÊN BÁI ONLINE", "Thời sự | Giáo dục | Dân tộc - Tôn giáo", "YBĐT",
 "Hội nghị được kết nối trực tuyến tới 9 điểm cầu huyện, thị xã, thành phố với hơn 450 đại biểu tham dự.",
 "Chương trình mục tiêu quốc gia giảm nghèo bền vững"],
["23-09-2016 14:20", "năm học 2016 - 2017", "năm học trước", "tháng 9", "ngày 1/9/2016", "năm 2016"]))
