from lib import *
PAGES = []

PAGES.append(page("b7259-thanhhoa-mttq-giamsat-2017", """
BÁO THANH HÓA - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thanh Hóa
Chính trị / Mặt trận - Đoàn thể
Thứ Năm, 12/10/2017 - 10:32
Giám sát việc giúp đỡ các xã đặc biệt khó khăn tại huyện Mường Lát
BTO - Ngày 11-10, đoàn giám sát của Ủy ban MTTQ tỉnh do đồng chí Phạm Thị Thanh Thủy, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh làm trưởng đoàn đã giám sát việc thực hiện Đề án 15 về phân công các sở, ngành, doanh nghiệp giúp đỡ các xã đặc biệt khó khăn tại huyện Mường Lát. Đây là đợt giám sát năm 2017 theo Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị về giám sát và phản biện xã hội của Mặt trận.
Đoàn giám sát tại xã Pù Nhi.
Báo cáo của UBND huyện cho biết, hiện có 16 cơ quan, doanh nghiệp được phân công giúp đỡ 8 xã của huyện theo Quyết định số 3212/QĐ-UBND ngày 28/8/2015 của Chủ tịch UBND tỉnh. Từ năm 2016 đến tháng 9/2017, các đơn vị đã hỗ trợ tổng cộng 7,35 tỷ đồng, xây dựng 3 cầu treo dân sinh, 5 nhà văn hóa bản, 22 nhà ở cho hộ nghèo; hỗ trợ 120 con bò, 4.500 con gà và hàng chục tấn giống lúa, ngô. Tỷ lệ hộ nghèo của huyện giảm từ 75,1% xuống 67,3%.
Tại xã Pù Nhi và xã Quang Chiểu, đoàn đã kiểm tra thực tế các công trình, trò chuyện với người dân. Ông Lò Văn Hặc, Chủ tịch UBND xã Pù Nhi, cho biết Công ty cổ phần Xi măng Bỉm Sơn đã giữ đúng cam kết hỗ trợ 600 triệu đồng xây trường mầm non; song một số đơn vị khác mới dừng ở thăm hỏi, tặng quà dịp lễ, Tết.
Qua giám sát, đoàn nhận thấy vẫn còn 3 đơn vị chưa xây dựng kế hoạch giúp đỡ hằng năm; việc hỗ trợ sinh kế chưa gắn với bao tiêu sản phẩm nên hiệu quả chưa cao; một số công trình bàn giao chưa có quy chế quản lý, sử dụng. Bà Hà Thị Nghiệp, Phó Chủ tịch UBND huyện Mường Lát, thừa nhận huyện chưa chủ động đề xuất nhu cầu cụ thể với các đơn vị giúp đỡ.
Kết luận buổi giám sát, đồng chí Phạm Thị Thanh Thủy đề nghị UBND huyện phối hợp các đơn vị rà soát lại các cam kết, tập trung hỗ trợ nước sạch, giống cây trồng và đào tạo nghề cho thanh niên; đề nghị các sở, ngành, doanh nghiệp thực hiện tốt Chỉ thị 07-CT/TU của Ban Thường vụ Tỉnh ủy về đẩy mạnh giảm nghèo nhanh, bền vững ở các huyện miền núi. Kết quả giám sát sẽ được tổng hợp, kiến nghị với Thường trực Tỉnh ủy, UBND tỉnh trong tháng 11.
Cùng tham gia đoàn giám sát có các đồng chí Phó Chủ tịch Ủy ban MTTQ tỉnh: Lê Văn Sáu, Trịnh Thị Lệ và đại diện Ban Dân vận Tỉnh ủy, Sở Lao động - Thương binh và Xã hội.
Ngọc Huấn
Tin liên quan
- Mặt trận tỉnh giám sát việc thực hiện Quyết định 2085 tại Quan Sơn (20/09/2017)
- Bá Thước: Trao 30 nhà Đại đoàn kết (05/09/2017)
- Hội nghị Ủy ban MTTQ tỉnh lần thứ 5 (18/07/2017)
""", "2017-10-12", "Giám sát việc giúp đỡ các xã đặc biệt khó khăn tại huyện Mường Lát",
E("giam_sat", "2017", "2017-10-11"),
[P("Phạm Thị Thanh Thủy", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lò Văn Hặc", "Chủ tịch UBND xã Pù Nhi"),
 P("Hà Thị Nghiệp", "Phó Chủ tịch UBND huyện Mường Lát"),
 P("Lê Văn Sáu", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Trịnh Thị Lệ", "Phó Chủ tịch Ủy ban MTTQ tỉnh")],
[Q("16 cơ quan, doanh nghiệp", 16, "cơ quan, doanh nghiệp"), Q("8 xã", 8, "xã"), Q("7,35 tỷ đồng", 7350000000, "đồng"),
 Q("3 cầu treo dân sinh", 3, "cầu treo dân sinh"), Q("5 nhà văn hóa bản", 5, "nhà văn hóa bản"), Q("22 nhà ở", 22, "nhà ở"),
 Q("120 con bò", 120, "con bò"), Q("4.500 con gà", 4500, "con gà"), Q("75,1%", 75.1, "%"), Q("67,3%", 67.3, "%"),
 Q("600 triệu đồng", 600000000, "đồng"), Q("3 đơn vị", 3, "đơn vị")],
[D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW ngày 12/12/2013"),
 D("Quyết định", "3212", "QĐ-UBND", "2015-08-28", "Chủ tịch UBND tỉnh", "Quyết định số 3212/QĐ-UBND ngày 28/8/2015"),
 D("Chỉ thị", "07", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 07-CT/TU")],
[prov("Thanh Hóa"), com("Pù Nhi"), com("Quang Chiểu")],
["BÁO THANH HÓA - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thanh Hóa", "Chính trị / Mặt trận - Đoàn thể", "BTO",
 "Đoàn giám sát tại xã Pù Nhi.", "Đề án 15", "Công ty cổ phần Xi măng Bỉm Sơn"],
["Thứ Năm, 12/10/2017 - 10:32", "năm 2017", "Từ năm 2016 đến tháng 9/2017", "hàng chục tấn", "tháng 11", "Đề án 15"]))

PAGES.append(page("b7260-kontum-giaoban-quy3-2018", """
BAN DÂN VẬN TỈNH ỦY KON TUM
Vị trí: Trang chủ >> Hoạt động dân vận >> Tin tỉnh
Thứ Tư, 03/10/2018
Kon Tum: giao ban công tác giúp đỡ các xã đặc biệt khó khăn
Đồng chí Y Ngọc phát biểu tại hội nghị.
Chiều ngày 02/10/2018, Ban Dân vận Tỉnh ủy tổ chức giao ban với các cơ quan, đơn vị, doanh nghiệp được phân công giúp đỡ xã đặc biệt khó khăn, đánh giá kết quả công tác quý III năm 2018 và bàn nhiệm vụ quý IV. Đồng chí Y Ngọc, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy chủ trì giao ban.
Trong quý III, 31 cơ quan, đơn vị, doanh nghiệp đã phối hợp với 24 xã tổ chức 46 đợt công tác về cơ sở; hỗ trợ khoảng 1,27 tỷ đồng, trong đó có 8 căn nhà "Đại đoàn kết", 2 giếng nước tập trung, 350 bộ sách giáo khoa cho học sinh đầu năm học mới. Đáng chú ý, Công ty cổ phần Đường Kon Tum hỗ trợ hom giống mì cao sản cho 85 hộ ở xã Đăk Ruồng; Bộ Chỉ huy Quân sự tỉnh cử tổ công tác cùng bà con làm 3,5 km đường nội đồng tại xã Ngọk Tem.
Tuy nhiên, theo đánh giá, công tác nắm tình hình ở một số xã còn chậm; một vài đơn vị chưa gửi báo cáo định kỳ. Tình trạng lợi dụng tôn giáo để tuyên truyền trái phép vẫn còn ở 2 làng thuộc xã Đăk Nên.
Tại giao ban, ông A Quang, Bí thư Đảng ủy xã Đăk Nên, kiến nghị các đơn vị giúp đỡ dạy nghề đan lát, dệt thổ cẩm cho phụ nữ Xơ Đăng; bà Y Hương, Phó Chủ tịch UBND xã Đăk Ruồng, đề xuất hỗ trợ tiêu thụ sâm dây, mật ong rừng. Ông Nguyễn Hữu Lộc, Trưởng phòng Hành chính - Tổng hợp Kho bạc Nhà nước tỉnh, cho biết đơn vị đã vận động cán bộ đóng góp 1 ngày lương mỗi quý để duy trì quỹ "Nghĩa tình xã kết nghĩa".
Kết luận giao ban, đồng chí Y Ngọc yêu cầu các đơn vị trong quý IV bám sát Hướng dẫn số 09-HD/BDVTU ngày 15/3/2018 của Ban Dân vận Tỉnh ủy, chuẩn bị chu đáo việc thăm, tặng quà Tết cho hộ nghèo; phối hợp với Mặt trận các xã tổ chức tốt "Ngày hội Đại đoàn kết toàn dân tộc"; mỗi đơn vị hoàn thành ít nhất 1 công trình dân sinh trước ngày 31/12. Đồng chí cũng đề nghị tiếp tục thực hiện Kết luận 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao hiệu quả công tác dân vận của cơ quan nhà nước.
Cũng tại buổi giao ban, đại diện Ủy ban MTTQ tỉnh thông tin về kết quả vận động Quỹ "Vì người nghèo" và đề nghị các đơn vị kết nghĩa phối hợp rà soát hộ nghèo, hộ cận nghèo cuối năm để việc hỗ trợ đúng đối tượng, công khai, minh bạch.
Hội nghị thống nhất từ năm 2019 sẽ giao ban theo cụm xã để các đơn vị học tập kinh nghiệm lẫn nhau.
Văn phòng Ban
Tin khác
- Làm việc với Ban Dân vận Huyện ủy Kon Plông (21/09/2018)
- Hội nghị giao ban dân vận chính quyền 6 tháng đầu năm 2018 (12/07/2018)
- Tập huấn nghiệp vụ dân vận cho cán bộ cơ sở (05/06/2018)
""", "2018-10-03", "Kon Tum: giao ban công tác giúp đỡ các xã đặc biệt khó khăn",
E("giao_ban", "2018-Q3", "2018-10-02"),
[P("Y Ngọc", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("A Quang", "Bí thư Đảng ủy xã Đăk Nên"),
 P("Y Hương", "Phó Chủ tịch UBND xã Đăk Ruồng"),
 P("Nguyễn Hữu Lộc", "Trưởng phòng Hành chính - Tổng hợp Kho bạc Nhà nước tỉnh")],
[Q("31 cơ quan, đơn vị, doanh nghiệp", 31, "cơ quan, đơn vị, doanh nghiệp"), Q("24 xã", 24, "xã"), Q("46 đợt công tác", 46, "đợt công tác"),
 Q("khoảng 1,27 tỷ đồng", 1270000000, "đồng", "approx"), Q("8 căn nhà", 8, "căn nhà"), Q("2 giếng nước tập trung", 2, "giếng nước tập trung"),
 Q("350 bộ sách giáo khoa", 350, "bộ sách giáo khoa"), Q("85 hộ", 85, "hộ"), Q("3,5 km", 3.5, "km"), Q("2 làng", 2, "làng")],
[D("Hướng dẫn", "09", "HD/BDVTU", "2018-03-15", "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 09-HD/BDVTU ngày 15/3/2018"),
 D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận 114-KL/TW ngày 14/7/2015")],
[prov("Kon Tum"), com("Đăk Ruồng"), com("Ngọk Tem"), com("Đăk Nên")],
["BAN DÂN VẬN TỈNH ỦY KON TUM", "Vị trí: Trang chủ >> Hoạt động dân vận >> Tin tỉnh", "Đồng chí Y Ngọc phát biểu tại hội nghị.",
 "Đại đoàn kết", "Nghĩa tình xã kết nghĩa", "Ngày hội Đại đoàn kết toàn dân tộc", "Vì người nghèo", "Văn phòng Ban"],
["Thứ Tư, 03/10/2018", "quý III năm 2018", "quý IV", "1 ngày lương mỗi quý", "1 công trình", "năm 2019"]))

PAGES.append(page("b7261-sonla-bangiaonha-traoqua-2018", """
SƠN LA ĐIỆN TỬ
Xã hội | Giảm nghèo
21/05/2018 - 14:25
Agribank Sơn La bàn giao 30 ngôi nhà cho hộ nghèo xã Chiềng Ơn
Lãnh đạo Agribank Sơn La và huyện Quỳnh Nhai trao quyết định hỗ trợ nhà cho các hộ.
Ngày 19/5, tại bản Hua Ty, xã Chiềng Ơn, huyện Quỳnh Nhai, Chi nhánh Ngân hàng Nông nghiệp và Phát triển nông thôn (Agribank) tỉnh Sơn La - đơn vị kết nghĩa, đỡ đầu xã Chiềng Ơn - đã tổ chức lễ bàn giao 30 ngôi nhà "Mái ấm nghĩa tình" và trao quà cho các hộ nghèo. Dự buổi lễ có bà Cầm Thị Phong, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Lường Văn Thiện, Phó Bí thư Thường trực Huyện ủy Quỳnh Nhai.
Mỗi ngôi nhà có diện tích từ 45 đến 60 m2, được hỗ trợ 40 triệu đồng; cùng với phần đóng góp của gia đình và công lao động do bà con trong bản giúp đỡ, tổng giá trị mỗi căn khoảng 90 triệu đồng. Tổng kinh phí Agribank dành cho đợt hỗ trợ này là 1,2 tỷ đồng, trích từ quỹ an sinh xã hội của ngành. Cùng với nhà, Chi nhánh tặng 30 ti vi, 30 bộ chăn màn và 60 bao gạo loại 25 kg cho các hộ vừa nhận nhà.
Gia đình chị Lò Thị Ẻn ở bản Hua Ty là một trong những hộ nhận nhà mới. Trước đây, 5 người trong gia đình chị chen chúc trong căn nhà sàn tạm dựng sau khi tái định cư thủy điện Sơn La. "Có nhà chắc chắn, mùa mưa năm nay gia đình không còn lo dột, lo gió", chị Ẻn nói.
Theo ông Quàng Văn Thanh, Chủ tịch UBND xã Chiềng Ơn, xã có 1.024 hộ thì hộ nghèo chiếm 41%; từ khi Agribank nhận đỡ đầu năm 2014, đơn vị đã hỗ trợ xã tổng cộng hơn 3,8 tỷ đồng để làm nhà, xây phòng học và cho vay vốn ưu đãi phát triển nuôi cá lồng trên lòng hồ.
Phát biểu tại buổi lễ, bà Cầm Thị Phong ghi nhận Agribank là một trong những đơn vị thực hiện tốt Kế hoạch số 85-KH/TU của Tỉnh ủy về việc các cơ quan, doanh nghiệp giúp đỡ xã đặc biệt khó khăn. Bà đề nghị các hộ được nhận nhà giữ gìn, sử dụng hiệu quả, nỗ lực lao động để sớm thoát nghèo; đề nghị cấp ủy, chính quyền xã tiếp tục rà soát để năm 2019 hỗ trợ thêm các hộ còn ở nhà tạm.
Ông Tòng Văn Hải, Phó Giám đốc Agribank Sơn La, cho biết từ nay đến cuối năm, đơn vị sẽ tiếp tục dành khoảng 500 triệu đồng hỗ trợ xã Chiềng Ơn xây 1 nhà lớp học cho điểm trường bản Hua Ty, đồng thời tặng 200 suất học bổng cho học sinh nghèo vượt khó của các xã vùng lòng hồ.
Trước đó, đoàn đã đến thăm Trường Tiểu học Chiềng Ơn, trao 150 bộ đồ dùng học tập cho các em học sinh.
Quỳnh Anh
Tin cùng chuyên mục
- Mai Sơn trao 45 con bò cho hộ nghèo (15/05/2018)
- Mộc Châu: Doanh nghiệp hỗ trợ làm 3 km đường bê tông (08/05/2018)
- Phong trào "Tết vì người nghèo" năm 2018 (10/02/2018)
""", "2018-05-21", "Agribank Sơn La bàn giao 30 ngôi nhà cho hộ nghèo xã Chiềng Ơn",
E("trao_qua", None, "2018-05-19"),
[P("Cầm Thị Phong", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lường Văn Thiện", "Phó Bí thư Thường trực Huyện ủy Quỳnh Nhai"),
 P("Quàng Văn Thanh", "Chủ tịch UBND xã Chiềng Ơn"),
 P("Tòng Văn Hải", "Phó Giám đốc Agribank Sơn La"),
 P("Lò Thị Ẻn")],
[Q("30 ngôi nhà", 30, "ngôi nhà"), Q("45 đến 60 m2", 45, "m2"), Q("60 m2", 60, "m2"), Q("40 triệu đồng", 40000000, "đồng"),
 Q("khoảng 90 triệu đồng", 90000000, "đồng", "approx"), Q("1,2 tỷ đồng", 1200000000, "đồng"), Q("30 ti vi", 30, "ti vi"),
 Q("30 bộ chăn màn", 30, "bộ chăn màn"), Q("60 bao gạo", 60, "bao gạo"), Q("25 kg", 25, "kg"), Q("5 người", 5, "người"),
 Q("1.024 hộ", 1024, "hộ"), Q("41%", 41, "%"), Q("hơn 3,8 tỷ đồng", 3800000000, "đồng", "over"),
 Q("khoảng 500 triệu đồng", 500000000, "đồng", "approx"), Q("200 suất học bổng", 200, "suất học bổng"),
 Q("150 bộ đồ dùng học tập", 150, "bộ đồ dùng học tập")],
[D("Kế hoạch", "85", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 85-KH/TU")],
[prov("Sơn La"), com("Chiềng Ơn")],
["SƠN LA ĐIỆN TỬ", "Xã hội | Giảm nghèo", "Lãnh đạo Agribank Sơn La và huyện Quỳnh Nhai trao quyết định hỗ trợ nhà cho các hộ.",
 "Mái ấm nghĩa tình", "Agribank"],
["21/05/2018 - 14:25", "năm 2014", "năm 2019", "1 nhà lớp học", "5 người"]))

PAGES.append(page("b7262-yenbai-doithoai-2019", """
Báo Yên Bái điện tử
Trang chủ | Chính trị | Kinh tế | Xã hội | Văn hóa
Cập nhật: 14:10, 14/08/2019 (GMT+7)
Doanh nghiệp đỡ đầu và dân bản cùng ngồi lại bàn cách thoát nghèo
YBĐT - Ngày 13/8, tại xã Nậm Có, huyện Mù Cang Chải, Thường trực Huyện ủy phối hợp với Ban Dân vận Tỉnh ủy tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2019, chủ đề "Doanh nghiệp đỡ đầu đồng hành cùng nông dân giảm nghèo". Đồng chí Giàng A Tông, Bí thư Huyện ủy Mù Cang Chải và đồng chí Hoàng Thị Vĩnh, Phó Trưởng Ban Dân vận Tỉnh ủy cùng chủ trì.
Quang cảnh buổi đối thoại tại xã Nậm Có.
Tham dự đối thoại có gần 200 người dân của 2 xã Nậm Có, Cao Phạ cùng đại diện 4 doanh nghiệp đang nhận đỡ đầu các xã, gồm Công ty TNHH Sâm Ngọc Linh Yên Bái, Công ty cổ phần Chè Văn Hưng, Bưu điện tỉnh và Viettel Yên Bái.
Mở đầu, ông Sùng A Lầu, Chủ tịch UBND xã Nậm Có, báo cáo: 3 năm qua doanh nghiệp đã hỗ trợ xã 2,15 tỷ đồng, trồng mới 85 ha quế, thảo quả; tỷ lệ hộ nghèo giảm còn 58,6%. Tuy vậy, nhiều hộ vẫn chưa mạnh dạn tham gia liên kết sản xuất.
Tại buổi đối thoại, 17 ý kiến đã được người dân nêu thẳng thắn. Ông Mùa A Chứ ở bản Háng Cuôn hỏi vì sao giá thu mua thảo quả năm nay thấp hơn năm trước khoảng 20%. Bà Lý Thị Dở, Chi hội trưởng Chi hội Nông dân bản Nậm Có Mông, đề nghị doanh nghiệp cho ứng trước cây giống để trả bằng sản phẩm. Một số ý kiến phản ánh 7 km đường từ trung tâm xã Cao Phạ vào bản Tà Chí Lừ sạt lở sau mưa lũ chưa được sửa chữa.
Trả lời người dân, ông Nguyễn Minh Khôi, Giám đốc Công ty TNHH Sâm Ngọc Linh Yên Bái, giải thích giá thảo quả phụ thuộc thị trường Trung Quốc; Công ty cam kết giữ giá sàn không dưới 25.000 đồng/kg quả tươi và cho ứng trước 5.000 cây giống sâm trong năm nay. Đại diện Viettel Yên Bái hứa lắp thêm 1 trạm phát sóng để 4 bản vùng lõm có sóng điện thoại trước tháng 12.
Nhiều hộ dân bày tỏ phấn khởi vì lần đầu được ngồi trực tiếp với lãnh đạo huyện và chủ doanh nghiệp để hỏi cho rõ những việc liên quan đến sinh kế của gia đình mình.
Kết luận, đồng chí Giàng A Tông tiếp thu các ý kiến, giao UBND huyện trong tháng 9 khắc phục đoạn đường sạt lở; đề nghị doanh nghiệp tiếp tục thực hiện Nghị định số 57/2018/NĐ-CP ngày 17/4/2018 của Chính phủ về khuyến khích doanh nghiệp đầu tư vào nông nghiệp, nông thôn và ký hợp đồng liên kết với nông dân theo Kế hoạch số 126-KH/HU của Huyện ủy. Đồng chí yêu cầu những việc đã hứa với dân phải làm đến nơi đến chốn.
Thanh Chi
Tin liên quan
- Trạm Tấu: 95% hộ dân tham gia phong trào "Toàn dân đoàn kết" (07/08/2019)
- Văn Chấn đối thoại với nông dân trồng chè (30/07/2019)
- Ban Dân vận Tỉnh ủy sơ kết 6 tháng đầu năm 2019 (10/07/2019)
""", "2019-08-14", "Doanh nghiệp đỡ đầu và dân bản cùng ngồi lại bàn cách thoát nghèo",
E("doi_thoai", "2019", "2019-08-13"),
[P("Giàng A Tông", "Bí thư Huyện ủy Mù Cang Chải"),
 P("Hoàng Thị Vĩnh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Sùng A Lầu", "Chủ tịch UBND xã Nậm Có"),
 P("Lý Thị Dở", "Chi hội trưởng Chi hội Nông dân bản Nậm Có Mông"),
 P("Nguyễn Minh Khôi", "Giám đốc Công ty TNHH Sâm Ngọc Linh Yên Bái"),
 P("Mùa A Chứ")],
[Q("gần 200 người dân", 200, "người dân", "approx"), Q("2 xã", 2, "xã"), Q("4 doanh nghiệp", 4, "doanh nghiệp"),
 Q("2,15 tỷ đồng", 2150000000, "đồng"), Q("85 ha", 85, "ha"), Q("58,6%", 58.6, "%"), Q("17 ý kiến", 17, "ý kiến"),
 Q("khoảng 20%", 20, "%", "approx"), Q("7 km", 7, "km"), Q("không dưới 25.000 đồng", 25000, "đồng", "over"),
 Q("5.000 cây giống sâm", 5000, "cây giống sâm"), Q("4 bản vùng lõm", 4, "bản vùng lõm")],
[D("Nghị định", "57", "2018/NĐ-CP", "2018-04-17", "Chính phủ", "Nghị định số 57/2018/NĐ-CP ngày 17/4/2018"),
 D("Kế hoạch", "126", "KH/HU", None, "Huyện ủy", "Kế hoạch số 126-KH/HU")],
[prov("Yên Bái"), com("Nậm Có"), com("Cao Phạ")],
["Báo Yên Bái điện tử", "Trang chủ | Chính trị | Kinh tế | Xã hội | Văn hóa", "YBĐT", "Quang cảnh buổi đối thoại tại xã Nậm Có.",
 "Doanh nghiệp đỡ đầu đồng hành cùng nông dân giảm nghèo"],
["Cập nhật: 14:10, 14/08/2019 (GMT+7)", "năm 2019", "3 năm qua", "1 trạm phát sóng", "tháng 12", "tháng 9"]))

PAGES.append(page("b7263-quangnam-doanhnghiep-tongket-2019", """
Báo Quảng Nam Online
You are here: Trang chủ / Chính trị / Mặt trận - Đoàn thể
Thứ Năm, 26/12/2019 - 08:40
Hôm nay: Thứ Hai, 30/12/2019
Đồng chí Lê Văn Thanh trao bằng khen cho các doanh nghiệp. Ảnh: N.Đ
Khối doanh nghiệp "đỡ đầu" 11 xã miền núi, hỗ trợ hơn 9 tỷ đồng
(QNO) - Chiều 25.12, Ủy ban MTTQ Việt Nam tỉnh phối hợp với Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết chương trình doanh nghiệp đỡ đầu xã miền núi đặc biệt khó khăn năm 2019. Chủ trì hội nghị có đồng chí Lê Văn Thanh - Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh và đồng chí Hồ Thị Lan - Phó Trưởng ban Dân vận Tỉnh ủy.
Năm 2019, 23 doanh nghiệp, ngân hàng trên địa bàn tỉnh tiếp tục thực hiện cam kết đỡ đầu 11 xã thuộc các huyện Nam Trà My, Tây Giang, Phước Sơn, Đông Giang. Tổng giá trị hỗ trợ đạt hơn 9 tỷ đồng, tăng 1,4 tỷ đồng so với năm trước. Từ nguồn này, các xã đã làm mới và sửa chữa 96 nhà ở cho hộ nghèo, xây 4 cầu dân sinh, hỗ trợ 310 con heo, bò giống và 18.000 cây giống sâm, ba kích. Các doanh nghiệp cũng tiếp nhận 42 lao động là người Cơ Tu, Xê Đăng vào làm việc.
Ông A Lăng Mười, Bí thư Đảng ủy xã A Tiêng, huyện Tây Giang chia sẻ, nhờ Công ty cổ phần Đầu tư Phú Ninh đỡ đầu, xã đã có 1 trường mẫu giáo khang trang, nhiều hộ biết trồng rau, nuôi heo đen bản địa để bán. Bà Hồ Thị Thu - Phó Chủ tịch UBND xã Trà Cang, huyện Nam Trà My đề nghị doanh nghiệp hỗ trợ xây dựng thương hiệu sâm Ngọc Linh, giúp bà con tiêu thụ sản phẩm.
Ông Phan Ngọc Hải - Tổng Giám đốc Công ty cổ phần Ô tô Đông Á, đơn vị đỡ đầu 2 xã huyện Phước Sơn cho rằng: doanh nghiệp muốn đồng hành lâu dài nhưng cần chính quyền xã lập danh sách nhu cầu rõ ràng để hỗ trợ đúng chỗ, tránh tình trạng "cho con cá" mà không "cho cần câu".
Theo đánh giá của Ủy ban MTTQ tỉnh, tỷ lệ hộ nghèo tại 11 xã được đỡ đầu giảm bình quân 7,2%/năm. Tuy nhiên, vẫn còn 2 doanh nghiệp chưa thực hiện đầy đủ cam kết.
Phát biểu kết luận, đồng chí Lê Văn Thanh đề nghị các doanh nghiệp tiếp tục thực hiện Chỉ thị 21-CT/TU và Chỉ thị 22-CT/TU của Ban Thường vụ Tỉnh ủy, gắn việc đỡ đầu với phong trào "Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau". Năm 2020, tỉnh phấn đấu vận động thêm ít nhất 5 doanh nghiệp tham gia chương trình.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen cho 14 doanh nghiệp có nhiều đóng góp.
Nguyễn Đoan
Tin cùng chuyên mục
- Mặt trận tỉnh trao 120 nhà Đại đoàn kết cho hộ nghèo miền núi (18/12/2019)
- Hội nghị Ủy ban MTTQ tỉnh lần thứ 12 (10/12/2019)
- Tây Giang: Đối thoại với người có uy tín (29/11/2019)
""", "2019-12-26", "Khối doanh nghiệp \"đỡ đầu\" 11 xã miền núi, hỗ trợ hơn 9 tỷ đồng",
E("tong_ket", "2019", "2019-12-25"),
[P("Lê Văn Thanh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hồ Thị Lan", "Phó Trưởng ban Dân vận Tỉnh ủy"),
 P("A Lăng Mười", "Bí thư Đảng ủy xã A Tiêng"),
 P("Hồ Thị Thu", "Phó Chủ tịch UBND xã Trà Cang"),
 P("Phan Ngọc Hải", "Tổng Giám đốc Công ty cổ phần Ô tô Đông Á")],
[Q("11 xã miền núi", 11, "xã miền núi"), Q("hơn 9 tỷ đồng", 9000000000, "đồng", "over"), Q("23 doanh nghiệp, ngân hàng", 23, "doanh nghiệp, ngân hàng"),
 Q("1,4 tỷ đồng", 1400000000, "đồng"), Q("96 nhà ở", 96, "nhà ở"), Q("4 cầu dân sinh", 4, "cầu dân sinh"),
 Q("310 con heo, bò giống", 310, "con heo, bò giống"), Q("18.000 cây giống sâm, ba kích", 18000, "cây giống sâm, ba kích"),
 Q("42 lao động", 42, "lao động"), Q("2 xã", 2, "xã"), Q("7,2%", 7.2, "%"), Q("2 doanh nghiệp", 2, "doanh nghiệp"),
 Q("ít nhất 5 doanh nghiệp", 5, "doanh nghiệp", "over"), Q("14 doanh nghiệp", 14, "doanh nghiệp")],
[D("Chỉ thị", "21", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 21-CT/TU"),
 D("Chỉ thị", "22", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 22-CT/TU")],
[prov("Quảng Nam"), com("A Tiêng"), com("Trà Cang")],
["Báo Quảng Nam Online", "You are here: Trang chủ / Chính trị / Mặt trận - Đoàn thể", "Hôm nay: Thứ Hai, 30/12/2019",
 "Đồng chí Lê Văn Thanh trao bằng khen cho các doanh nghiệp. Ảnh: N.Đ", "(QNO)",
 "Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau", "cho con cá", "cho cần câu"],
["Thứ Năm, 26/12/2019 - 08:40", "Hôm nay: Thứ Hai, 30/12/2019", "năm 2019", "Năm 2020", "1 trường mẫu giáo"]))

PAGES.append(page("b7264-laichau-dodau-soket-2020", """
BÁO LAI CHÂU - TIẾNG NÓI CỦA ĐẢNG BỘ, CHÍNH QUYỀN VÀ NHÂN DÂN CÁC DÂN TỘC TỈNH LAI CHÂU
Chính trị - Xây dựng Đảng › Dân vận
Thứ Năm, 09/07/2020, 16:05
Ảnh: Quang cảnh hội nghị trực tuyến.
Giữ vững hoạt động đỡ đầu bản, xã nghèo trong mùa dịch
Sáng 8/7, Ban Chỉ đạo "Cơ quan, doanh nghiệp đỡ đầu bản, xã đặc biệt khó khăn" tỉnh tổ chức hội nghị trực tuyến tới 8 điểm cầu huyện, thành phố để sơ kết công tác 6 tháng đầu năm 2020. Đồng chí Tẩn Thị Mẩy, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy, Trưởng Ban Chỉ đạo chủ trì.
6 tháng qua, dù chịu ảnh hưởng của dịch Covid-19, 62 cơ quan, doanh nghiệp vẫn duy trì hoạt động đỡ đầu với 38 xã, 115 bản đặc biệt khó khăn. Giá trị hỗ trợ ước khoảng 4,2 tỷ đồng, bằng 47% kế hoạch năm; trong đó hỗ trợ 12.500 khẩu trang, 1.800 chai nước rửa tay và 75 tấn gạo cho hộ nghèo, hộ bị ảnh hưởng bởi dịch bệnh. Các đơn vị đã hỗ trợ xóa 54 nhà tạm theo Quyết định số 1167/QĐ-UBND ngày 02/10/2019 của UBND tỉnh, cấp 9.000 cây giống mắc ca, 2 tấn giống lúa lai cho các bản.
Nổi bật có Công ty Thủy điện Lai Châu nhận đỡ đầu xã Nậm Hàng đã hỗ trợ 350 triệu đồng làm 2,1 km đường bê tông vào bản Nậm Nhùn; Kho bạc Nhà nước tỉnh phối hợp với xã Pa Ủ thành lập tổ hợp tác nuôi ong với 23 hộ tham gia.
Tại điểm cầu huyện Mường Tè, ông Pờ Gạ Dè, Phó Chủ tịch UBND xã Pa Ủ, cho biết bà con La Hủ giờ đã quen làm ruộng nước, các cháu đi học đều hơn. Ông Lò Văn Đôi, HUV, Bí thư Đảng ủy xã Nậm Hàng kiến nghị tăng cường dạy nghề, giới thiệu việc làm cho thanh niên sau dịch.
Theo Ban Chỉ đạo, điểm mới trong 6 tháng đầu năm là nhiều đơn vị chuyển từ hỗ trợ tiền mặt sang hỗ trợ giống, vật tư và kỹ thuật; một số doanh nghiệp đã đứng ra bao tiêu sản phẩm chè, thảo quả cho bà con, giúp người dân yên tâm sản xuất trong lúc thị trường bị gián đoạn vì dịch bệnh.
Hội nghị cũng nêu một số hạn chế: hoạt động trực tiếp tại bản giảm do giãn cách xã hội; 4 doanh nghiệp gặp khó khăn về sản xuất, kinh doanh chưa thực hiện cam kết; sự phối hợp giữa đơn vị đỡ đầu với cấp ủy cơ sở ở một số nơi còn lỏng.
Kết luận hội nghị, đồng chí Tẩn Thị Mẩy đề nghị 6 tháng cuối năm các đơn vị tập trung hỗ trợ sinh kế, xóa nhà tạm; thực hiện tốt Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ trong phòng, chống dịch khi về bản; bám sát Nghị quyết số 10-NQ/TU của Tỉnh ủy về giảm nghèo bền vững. Đồng chí giao các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Lò Thị Ngọc, Sần Văn Phiếu theo dõi, đôn đốc các cụm đơn vị.
Vân Khánh
Các tin khác
- Tam Đường: hơn 100 hộ hiến đất làm đường (01/07/2020)
- Sìn Hồ: Ra mắt 5 mô hình "Dân vận khéo" (24/06/2020)
- Phong Thổ: Vận động người dân không xuất cảnh trái phép (16/06/2020)
""", "2020-07-09", "Giữ vững hoạt động đỡ đầu bản, xã nghèo trong mùa dịch",
E("so_ket", "2020-H1", "2020-07-08"),
[P("Tẩn Thị Mẩy", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy", "Trưởng Ban Chỉ đạo"),
 P("Pờ Gạ Dè", "Phó Chủ tịch UBND xã Pa Ủ"),
 P("Lò Văn Đôi", "HUV", "Bí thư Đảng ủy xã Nậm Hàng"),
 P("Lò Thị Ngọc", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Sần Văn Phiếu", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("8 điểm cầu huyện, thành phố", 8, "điểm cầu huyện, thành phố"), Q("62 cơ quan, doanh nghiệp", 62, "cơ quan, doanh nghiệp"),
 Q("38 xã", 38, "xã"), Q("115 bản đặc biệt khó khăn", 115, "bản đặc biệt khó khăn"), Q("khoảng 4,2 tỷ đồng", 4200000000, "đồng", "approx"),
 Q("47%", 47, "%"), Q("12.500 khẩu trang", 12500, "khẩu trang"), Q("1.800 chai nước rửa tay", 1800, "chai nước rửa tay"),
 Q("75 tấn", 75, "tấn"), Q("54 nhà tạm", 54, "nhà tạm"), Q("9.000 cây giống mắc ca", 9000, "cây giống mắc ca"), Q("2 tấn", 2, "tấn"),
 Q("350 triệu đồng", 350000000, "đồng"), Q("2,1 km", 2.1, "km"), Q("23 hộ", 23, "hộ"), Q("4 doanh nghiệp", 4, "doanh nghiệp")],
[D("Quyết định", "1167", "QĐ-UBND", "2019-10-02", "UBND tỉnh", "Quyết định số 1167/QĐ-UBND ngày 02/10/2019"),
 D("Chỉ thị", "16", "CT-TTg", "2020-03-31", "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg ngày 31/3/2020"),
 D("Nghị quyết", "10", "NQ/TU", None, "Tỉnh ủy", "Nghị quyết số 10-NQ/TU")],
[prov("Lai Châu"), com("Nậm Hàng"), com("Pa Ủ")],
["BÁO LAI CHÂU - TIẾNG NÓI CỦA ĐẢNG BỘ, CHÍNH QUYỀN VÀ NHÂN DÂN CÁC DÂN TỘC TỈNH LAI CHÂU", "Chính trị - Xây dựng Đảng › Dân vận",
 "Ảnh: Quang cảnh hội nghị trực tuyến.", "Cơ quan, doanh nghiệp đỡ đầu bản, xã đặc biệt khó khăn", "Covid-19"],
["Thứ Năm, 09/07/2020, 16:05", "6 tháng đầu năm 2020", "6 tháng qua", "6 tháng cuối năm", "Covid-19"]))
