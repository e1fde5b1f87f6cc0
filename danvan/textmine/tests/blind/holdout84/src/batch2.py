from lib import *
PAGES = []

PAGES.append(page("b1979-nghean-xa-doithoai-2017", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KỲ SƠN - TỈNH NGHỆ AN
Trang chủ » Tin tức sự kiện » Chính trị - Xã hội
Thứ Ba, 19/09/2017
Na Loi: Người dân bản biên giới thẳng thắn nêu kiến nghị
Ngày 16/9/2017, Đảng ủy, UBND xã Na Loi phối hợp với Đồn Biên phòng Na Loi tổ chức hội nghị đối thoại trực tiếp giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2017. Ông Vừ Bá Tồng, Bí thư Đảng ủy xã và ông Lầu Bá Chứ, Chủ tịch UBND xã Na Loi chủ trì. Tham dự có 186 người dân đại diện cho các bản của xã.
Quang cảnh buổi đối thoại tại hội trường UBND xã.
Tại buổi đối thoại, bà con đã nêu 27 ý kiến, tập trung vào việc hỗ trợ giống, vốn sản xuất theo Quyết định số 2085/QĐ-TTg ngày 31/10/2016 của Thủ tướng Chính phủ, việc cấp giấy chứng nhận quyền sử dụng đất, làm đường lên bản và tình trạng thanh niên sang nước bạn làm thuê không có giấy tờ.
Ông Moong Văn Pó, bản Huồi Khe, hỏi vì sao bản chưa được kéo điện lưới; ông Xồng Bá Dê, bản Pha Lay, đề nghị xã sớm làm cầu treo qua suối để học sinh đi học mùa mưa. Bà Lữ Thị Hoa, Chủ tịch Hội LHPN xã, phản ánh nhiều chị em người Khơ Mú muốn vay vốn nuôi lợn, nuôi gà nhưng thiếu tài sản thế chấp.
Lãnh đạo xã đã trả lời trực tiếp 21 ý kiến; 6 ý kiến vượt thẩm quyền được tổng hợp báo cáo Huyện ủy, UBND huyện Kỳ Sơn. Thiếu tá Lô Văn Hùng, Phó Chính trị viên Đồn Biên phòng Na Loi, giải đáp các thắc mắc về thủ tục xuất nhập cảnh, đồng thời khuyến cáo bà con không nghe theo người lạ rủ đi làm thuê bên kia biên giới.
Ông Lầu Bá Chứ cho biết, thực hiện Kế hoạch số 19/KH-UBND ngày 3/8/2017 của UBND xã, năm nay xã đã hỗ trợ 52 hộ nghèo con giống, với tổng kinh phí 1,5 tỷ đồng từ Chương trình 135 và nguồn vận động. Đồn Biên phòng Na Loi nhận đỡ đầu 9 em học sinh theo mô hình "Nâng bước em tới trường", mỗi em 500.000 đồng mỗi tháng.
Kết thúc buổi đối thoại, ông Vừ Bá Tồng yêu cầu các ban, ngành của xã khẩn trương giải quyết những việc thuộc thẩm quyền trước ngày 30/10, thông báo kết quả đến các bản; đề nghị bà con tiếp tục đoàn kết, cùng bộ đội biên phòng giữ gìn an ninh trật tự khu vực biên giới.
Theo đánh giá của Ban Dân vận Huyện ủy, đây là lần đầu xã tổ chức đối thoại có sự tham gia của đồn biên phòng, không khí cởi mở, người dân mạnh dạn bày tỏ ý kiến.
Ban Dân vận Huyện ủy cho biết thời gian tới sẽ nhân rộng cách làm này ra các xã biên giới khác của Nghệ An.
Nhiều ý kiến cho rằng cách làm này cần được duy trì thường xuyên, giúp cấp ủy, chính quyền nắm bắt kịp thời tâm tư, nguyện vọng của nhân dân, củng cố lòng tin của đồng bào đối với Đảng, Nhà nước và bộ đội biên phòng.
Vi Thảo
Các tin khác
- Kỳ Sơn: Ra quân giúp dân thu hoạch lúa nương (12/09/2017)
- Mường Típ: Bàn giao nhà Đại đoàn kết cho hộ nghèo (06/09/2017)
- Hội nghị báo cáo viên huyện tháng 8 (25/08/2017)
- Tà Cạ: Tuyên truyền phòng chống mua bán người (18/08/2017)
""", "2017-09-19", "Na Loi: Người dân bản biên giới thẳng thắn nêu kiến nghị",
E("doi_thoai", "2017", "2017-09-16"),
[P("Vừ Bá Tồng", "Bí thư Đảng ủy xã"),
 P("Lầu Bá Chứ", "Chủ tịch UBND xã Na Loi"),
 P("Moong Văn Pó"), P("Xồng Bá Dê"),
 P("Lữ Thị Hoa", "Chủ tịch Hội LHPN xã"),
 P("Lô Văn Hùng", "Thiếu tá", "Phó Chính trị viên Đồn Biên phòng Na Loi")],
[Q("186 người dân", 186, "người dân"), Q("27 ý kiến", 27, "ý kiến"), Q("21 ý kiến", 21, "ý kiến"), Q("6 ý kiến", 6, "ý kiến"),
 Q("52 hộ nghèo", 52, "hộ nghèo"), Q("1,5 tỷ đồng", 1500000000, "đồng"), Q("9 em học sinh", 9, "em học sinh"),
 Q("500.000 đồng", 500000, "đồng")],
[D("Quyết định", "2085", "QĐ-TTg", "2016-10-31", "Thủ tướng Chính phủ", "Quyết định số 2085/QĐ-TTg ngày 31/10/2016"),
 D("Kế hoạch", "19", "KH-UBND", "2017-08-03", "UBND xã", "Kế hoạch số 19/KH-UBND ngày 3/8/2017")],
[prov("Nghệ An"), com("Na Loi")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KỲ SƠN - TỈNH NGHỆ AN", "Trang chủ » Tin tức sự kiện » Chính trị - Xã hội",
 "Quang cảnh buổi đối thoại tại hội trường UBND xã.", "Nâng bước em tới trường", "Chương trình 135", "Huồi Khe", "Pha Lay"],
["Thứ Ba, 19/09/2017", "năm 2017", "Chương trình 135", "mỗi tháng", "ngày 30/10"]))

PAGES.append(page("b1980-kontum-mttq-giamsat-2018", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH KON TUM
Trang chủ - Hoạt động giám sát, phản biện xã hội
29-06-2018 14:10
Mặt trận tỉnh giám sát hỗ trợ nhà ở cho hộ nghèo ở các xã biên giới
Từ ngày 25 đến 28/6/2018, Đoàn giám sát của Ủy ban MTTQ Việt Nam tỉnh do đồng chí Y Hòa, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách hỗ trợ nhà ở cho hộ nghèo năm 2018 tại các xã biên giới của huyện Ngọc Hồi và Đắk Glei.
Đoàn giám sát kiểm tra thực tế tại thôn Đắk Ang.
Cuộc giám sát được tiến hành theo Quyết định 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị về Quy chế giám sát và phản biện xã hội của Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội, và Kế hoạch số 08/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh. Nội dung tập trung vào việc bình xét đối tượng, cấp phát vốn, chất lượng nhà ở theo Quyết định số 33/2015/QĐ-TTg ngày 10/8/2015 của Thủ tướng Chính phủ.
Theo báo cáo, 2 huyện có 312 hộ nghèo thuộc diện hỗ trợ, mỗi hộ được vay tối đa 25 triệu đồng với lãi suất ưu đãi. Đến nay đã có 287 căn nhà hoàn thành, đạt 92%; 25 căn đang thi công. Tổng vốn giải ngân gần 7,8 tỷ đồng. Các đồn biên phòng đóng trên địa bàn đã huy động 1.460 ngày công của cán bộ, chiến sĩ giúp dân vận chuyển vật liệu, dựng nhà.
Làm việc với đoàn, ông A Khiêm, Chủ tịch UBND xã Đắk Nhoong, cho biết nhiều hộ người Giẻ Triêng còn ngại vay vốn vì sợ không trả được nợ. Thượng tá Nguyễn Hữu Phước, Chính trị viên Đồn Biên phòng Đắk Nhoong, kiến nghị bổ sung nguồn hỗ trợ không hoàn lại cho hộ đặc biệt khó khăn. Tại xã Bờ Y, ông A Thút, Trưởng thôn Đắk Răng, đề nghị kéo dài thời hạn vay.
Qua giám sát, đoàn ghi nhận các địa phương triển khai đúng quy trình, công khai danh sách hộ được hỗ trợ; tuy nhiên một số căn nhà diện tích chưa đảm bảo 24 m2 theo quy định, 3 hộ sử dụng vốn chưa đúng mục đích. Đoàn đề nghị UBND các xã rà soát, khắc phục trước ngày 30/9/2018.
Phát biểu kết luận, đồng chí Y Hòa đánh giá cao sự vào cuộc của Bộ đội Biên phòng, đề nghị Mặt trận các cấp tiếp tục vận động nguồn lực từ Quỹ "Vì người nghèo" để hỗ trợ thêm cho các hộ khó khăn, bảo đảm mục tiêu "an cư, lạc nghiệp" ở vùng biên.
Theo Ủy ban MTTQ Việt Nam tỉnh Kon Tum, kết quả giám sát sẽ được tổng hợp, kiến nghị với UBND tỉnh và các sở, ngành liên quan để tháo gỡ vướng mắc, bảo đảm chính sách đến đúng đối tượng, người dân thật sự được thụ hưởng.
Ngọc Hà
Lượt truy cập: 18.245
Tin liên quan
- Hội nghị phản biện dự thảo Nghị quyết về hỗ trợ hộ nghèo (20/06/2018)
- Sa Thầy: Giám sát việc thực hiện Quy chế dân chủ ở cơ sở (12/06/2018)
- Ban Thường trực Ủy ban MTTQ tỉnh giao ban quý II năm 2018 (05/06/2018)
""", "2018-06-29", "Mặt trận tỉnh giám sát hỗ trợ nhà ở cho hộ nghèo ở các xã biên giới",
E("giam_sat", "2018", "2018-06-25"),
[P("Y Hòa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("A Khiêm", "Chủ tịch UBND xã Đắk Nhoong"),
 P("Nguyễn Hữu Phước", "Thượng tá", "Chính trị viên Đồn Biên phòng Đắk Nhoong"),
 P("A Thút", "Trưởng thôn Đắk Răng")],
[Q("312 hộ nghèo", 312, "hộ nghèo"), Q("25 triệu đồng", 25000000, "đồng"), Q("287 căn nhà", 287, "căn nhà"),
 Q("92%", 92, "%"), Q("25 căn", 25, "căn"), Q("gần 7,8 tỷ đồng", 7800000000, "đồng", "approx"),
 Q("1.460 ngày công", 1460, "ngày công"), Q("24 m2", 24, "m2"), Q("3 hộ", 3, "hộ")],
[D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định 217-QĐ/TW ngày 12/12/2013"),
 D("Kế hoạch", "08", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 08/KH-MTTQ-BTT"),
 D("Quyết định", "33", "2015/QĐ-TTg", "2015-08-10", "Thủ tướng Chính phủ", "Quyết định số 33/2015/QĐ-TTg ngày 10/8/2015")],
[prov("Kon Tum"), com("Đắk Nhoong"), com("Bờ Y")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH KON TUM", "Trang chủ - Hoạt động giám sát, phản biện xã hội",
 "Đoàn giám sát kiểm tra thực tế tại thôn Đắk Ang.", "Vì người nghèo", "an cư, lạc nghiệp", "Lượt truy cập: 18.245"],
["29-06-2018 14:10", "năm 2018", "Lượt truy cập: 18.245", "ngày 30/9/2018"]))

PAGES.append(page("b1981-angiang-bdbp-hocbong-2019", """
BÁO AN GIANG ONLINE
Quốc phòng - An ninh > Biên phòng
Cập nhật lúc 15:30 ngày 05/09/2019
Ảnh: Trung tá Chau Ty trao học bổng cho học sinh xã Vĩnh Gia.
Tiếp sức học sinh nghèo vùng biên vào năm học mới
Ngày 4/9, Bộ Chỉ huy Bộ đội Biên phòng tỉnh An Giang tổ chức trao học bổng "Nâng bước em tới trường" và quà năm học mới cho học sinh có hoàn cảnh khó khăn ở các xã biên giới. Đại tá Lê Thanh Tùng, Chính ủy Bộ đội Biên phòng tỉnh dự và trao học bổng.
Năm học 2019 - 2020, các đồn biên phòng trong tỉnh nhận đỡ đầu 86 học sinh, mỗi em được hỗ trợ 500.000 đồng/tháng đến khi học hết lớp 12. Cùng với đó, đơn vị trao 350 phần quà gồm cặp sách, tập vở, xe đạp cho học sinh người Kinh, Khmer, Chăm, tổng trị giá hơn 420 triệu đồng, do cán bộ, chiến sĩ đóng góp và vận động các nhà hảo tâm ủng hộ.
Trung tá Chau Ty, Đồn trưởng Đồn Biên phòng Vĩnh Gia cho biết: từ khi triển khai chương trình theo Kế hoạch số 1280/KH-BTL ngày 14/5/2016 của Bộ Tư lệnh Bộ đội Biên phòng, đơn vị đã đỡ đầu 14 em ở xã Vĩnh Gia và xã Lạc Quới; đến nay có 3 em đỗ vào các trường đại học, cao đẳng. Bên cạnh học bổng, cán bộ đồn còn đến từng nhà vận động phụ huynh không cho con nghỉ học đi làm thuê.
Em Néang Sa Vi, học sinh lớp 9 ở ấp Vĩnh Thuận, xúc động: "Nhờ có các chú bộ đội, em được tiếp tục đến trường, em sẽ cố gắng học thật tốt". Ông Chau Sóc Kha, Phó Chủ tịch UBND xã Vĩnh Gia, đánh giá chương trình giúp giảm rõ tỷ lệ học sinh bỏ học ở vùng biên, nhất là trong đồng bào Khmer.
Phát biểu tại buổi lễ, Đại tá Lê Thanh Tùng đề nghị các đồn tiếp tục thực hiện tốt mô hình "Con nuôi đồn Biên phòng", phối hợp với nhà trường theo dõi kết quả học tập của các em. Thượng tá Huỳnh Văn Nhã, Phó Chỉ huy trưởng Bộ Chỉ huy BĐBP tỉnh, thông tin thêm: 5 năm qua, Bộ đội Biên phòng An Giang đã trao hơn 2.100 suất học bổng với tổng số tiền gần 3 tỷ đồng.
Dịp này, Hội Khuyến học xã Lạc Quới trao thêm 40 suất học bổng, mỗi suất 300.000 đồng cho học sinh giỏi vượt khó.
Buổi lễ trao học bổng diễn ra trong không khí ấm áp, thân tình. Nhiều phụ huynh bày tỏ xúc động trước sự quan tâm của cán bộ, chiến sĩ biên phòng, hứa sẽ tạo điều kiện tốt nhất cho con em đến trường đầy đủ, không để các em bỏ học giữa chừng vì hoàn cảnh khó khăn. Sau buổi lễ, các chiến sĩ còn đến thăm lớp học tình thương do đồn mở tại khu vực giáp biên, tặng thêm sách vở, đồ dùng học tập cho các em.
Thanh Hùng
Xem thêm
- Tịnh Biên: Bộ đội biên phòng giúp dân thu hoạch lúa (28/08/2019)
- An Phú: Ra mắt tổ tự quản đường biên, mốc quốc giới (20/08/2019)
- Phú Tân: Gặp mặt người có uy tín đồng bào Chăm (06/08/2019)
- Tri Tôn: Trao 20 căn nhà "Mái ấm biên cương" (13/08/2019)
""", "2019-09-05", "Tiếp sức học sinh nghèo vùng biên vào năm học mới",
E("trao_qua", None, "2019-09-04"),
[P("Chau Ty", "Trung tá", "Đồn trưởng Đồn Biên phòng Vĩnh Gia"),
 P("Lê Thanh Tùng", "Đại tá", "Chính ủy Bộ đội Biên phòng tỉnh"),
 P("Néang Sa Vi", "học sinh lớp 9"),
 P("Chau Sóc Kha", "Phó Chủ tịch UBND xã Vĩnh Gia"),
 P("Huỳnh Văn Nhã", "Thượng tá", "Phó Chỉ huy trưởng Bộ Chỉ huy BĐBP tỉnh")],
[Q("86 học sinh", 86, "học sinh"), Q("500.000 đồng/tháng", 500000, "đồng"), Q("350 phần quà", 350, "phần quà"),
 Q("hơn 420 triệu đồng", 420000000, "đồng", "over"), Q("14 em", 14, "em"), Q("3 em", 3, "em"),
 Q("hơn 2.100 suất học bổng", 2100, "suất học bổng", "over"), Q("gần 3 tỷ đồng", 3000000000, "đồng", "approx"),
 Q("40 suất học bổng", 40, "suất học bổng"), Q("300.000 đồng", 300000, "đồng")],
[D("Kế hoạch", "1280", "KH-BTL", "2016-05-14", "Bộ Tư lệnh Bộ đội Biên phòng", "Kế hoạch số 1280/KH-BTL ngày 14/5/2016")],
[prov("An Giang"), com("Vĩnh Gia"), com("Lạc Quới")],
["BÁO AN GIANG ONLINE", "Quốc phòng - An ninh > Biên phòng", "Ảnh: Trung tá Chau Ty trao học bổng cho học sinh xã Vĩnh Gia.",
 "Nâng bước em tới trường", "Con nuôi đồn Biên phòng", "Vĩnh Thuận", "Hội Khuyến học xã Lạc Quới"],
["Cập nhật lúc 15:30 ngày 05/09/2019", "Năm học 2019 - 2020", "lớp 12", "lớp 9", "5 năm qua"]))

PAGES.append(page("b1982-tayninh-bdbp-daihoi-2020", """
BÁO TÂY NINH ONLINE
Chính trị > Xây dựng Đảng
Thứ Tư, 15/07/2020 - 08:45
Đại hội Đảng bộ Bộ đội Biên phòng tỉnh lần thứ XII, nhiệm kỳ 2020 - 2025
Trong 2 ngày 13 và 14/7, Đảng bộ Bộ đội Biên phòng tỉnh Tây Ninh tổ chức Đại hội đại biểu lần thứ XII, nhiệm kỳ 2020 - 2025. Dự đại hội có đồng chí Võ Thị Ngọc Hà, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh; Thiếu tướng Lê Đức Hạnh, Phó Chính ủy Bộ đội Biên phòng cùng 150 đại biểu đại diện cho hơn 1.200 đảng viên trong Đảng bộ.
Đoàn Chủ tịch điều hành phiên khai mạc đại hội.
Đại hội được tổ chức theo tinh thần Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng. Báo cáo chính trị do Đại tá Nguyễn Thành Lợi, Bí thư Đảng ủy, Chính ủy Bộ đội Biên phòng tỉnh trình bày nêu rõ: nhiệm kỳ qua, Đảng bộ đã lãnh đạo đơn vị quản lý chặt chẽ 240 km đường biên giới với Campuchia, phối hợp đấu tranh với nhiều loại tội phạm; công tác dân vận có nhiều đổi mới.
Các đồn biên phòng đã xây dựng 62 căn "Nhà đồng đội", "Nhà tình thương" trao cho hộ nghèo, gia đình chính sách; nhận đỡ đầu 118 học sinh; vận động 4.560 hộ dân tham gia tổ tự quản đường biên, mốc quốc giới; khám bệnh, cấp thuốc miễn phí cho hơn 21.000 lượt người. Tổng giá trị các hoạt động an sinh xã hội ước đạt 14,5 tỷ đồng.
Tham luận tại đại hội, Thiếu tá Thạch Sô Phia, Chính trị viên Đồn Biên phòng Tân Hà, chia sẻ kinh nghiệm vận động đồng bào Khmer ở xã Tân Hà. Trung tá Đỗ Minh Quang, Đồn trưởng Đồn Biên phòng Cửa khẩu quốc tế Mộc Bài, trình bày về phối hợp với chính quyền phường Gia Lộc giữ gìn an ninh cửa khẩu.
Phát biểu chỉ đạo, đồng chí Võ Thị Ngọc Hà đề nghị Đảng bộ tiếp tục quán triệt Nghị quyết số 33-NQ/TW ngày 28/9/2018 của Bộ Chính trị về Chiến lược bảo vệ biên giới quốc gia, thực hiện tốt phong trào "Toàn dân tham gia bảo vệ chủ quyền lãnh thổ, an ninh biên giới quốc gia trong tình hình mới".
Đại hội đã bầu Ban Chấp hành Đảng bộ khóa XII gồm 15 đồng chí và bầu 9 đại biểu đi dự Đại hội Đảng bộ Bộ đội Biên phòng lần thứ XIII. Đại tá Nguyễn Thành Lợi tiếp tục được tín nhiệm bầu giữ chức Bí thư Đảng ủy nhiệm kỳ 2020 - 2025.
Đại hội đã thảo luận, thống nhất thông qua Nghị quyết đại hội với các chỉ tiêu chủ yếu, trong đó xác định công tác vận động quần chúng là nhiệm vụ chính trị trung tâm, thường xuyên của mỗi đồn biên phòng, gắn với xây dựng khu vực biên giới vững mạnh toàn diện.
Minh Tâm
Tin cùng chuyên mục
- Trảng Bàng: Đại hội Đảng bộ thị xã lần thứ XII (10/07/2020)
- Tân Biên: Hoàn thành đại hội đảng bộ cơ sở (03/07/2020)
- Châu Thành: Bộ đội biên phòng tặng quà gia đình chính sách (30/06/2020)
- Tỉnh ủy cho ý kiến dự thảo văn kiện đại hội (26/06/2020)
""", "2020-07-15", "Đại hội Đảng bộ Bộ đội Biên phòng tỉnh lần thứ XII, nhiệm kỳ 2020 - 2025",
E("dai_hoi", None, "2020-07-13"),
[P("Võ Thị Ngọc Hà", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Lê Đức Hạnh", "Thiếu tướng", "Phó Chính ủy Bộ đội Biên phòng"),
 P("Nguyễn Thành Lợi", "Đại tá", "Bí thư Đảng ủy", "Chính ủy Bộ đội Biên phòng tỉnh"),
 P("Thạch Sô Phia", "Thiếu tá", "Chính trị viên Đồn Biên phòng Tân Hà"),
 P("Đỗ Minh Quang", "Trung tá", "Đồn trưởng Đồn Biên phòng Cửa khẩu quốc tế Mộc Bài")],
[Q("150 đại biểu", 150, "đại biểu"), Q("hơn 1.200 đảng viên", 1200, "đảng viên", "over"), Q("240 km", 240, "km"),
 Q("62 căn", 62, "căn"), Q("118 học sinh", 118, "học sinh"), Q("4.560 hộ dân", 4560, "hộ dân"),
 Q("hơn 21.000 lượt người", 21000, "lượt người", "over"), Q("14,5 tỷ đồng", 14500000000, "đồng", "approx"),
 Q("15 đồng chí", 15, "đồng chí"), Q("9 đại biểu", 9, "đại biểu")],
[D("Chỉ thị", "35", "CT/TW", "2019-05-30", "Bộ Chính trị", "Chỉ thị số 35-CT/TW ngày 30/5/2019"),
 D("Nghị quyết", "33", "NQ/TW", "2018-09-28", "Bộ Chính trị", "Nghị quyết số 33-NQ/TW ngày 28/9/2018")],
[prov("Tây Ninh"), com("Tân Hà"), com("Gia Lộc")],
["BÁO TÂY NINH ONLINE", "Chính trị > Xây dựng Đảng", "Đoàn Chủ tịch điều hành phiên khai mạc đại hội.", "Nhà đồng đội", "Nhà tình thương",
 "Toàn dân tham gia bảo vệ chủ quyền lãnh thổ, an ninh biên giới quốc gia trong tình hình mới", "Campuchia",
 "Chiến lược bảo vệ biên giới quốc gia"],
["Thứ Tư, 15/07/2020 - 08:45", "lần thứ XII", "nhiệm kỳ 2020 - 2025", "2 ngày", "lần thứ XIII", "15 đồng chí", "khóa XII"]))

PAGES.append(page("b1983-gialai-bchqs-tongket-2021", """
BAN DÂN VẬN TỈNH ỦY GIA LAI
Bạn đang ở: Trang chủ / Dân vận lực lượng vũ trang
24/12/2021 - 14:20
Tình quân dân bền chặt trên tuyến biên giới Gia Lai
Ngày 22/12, Đảng ủy, Bộ Chỉ huy Quân sự tỉnh phối hợp với Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết công tác dân vận năm 2021 và triển khai nhiệm vụ năm 2022 theo hình thức trực tiếp kết hợp trực tuyến tại 17 điểm cầu. Đại tá Rơ Mah Tuân, Tỉnh ủy viên, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh và đồng chí Ksor Phước, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy đồng chủ trì.
Đại biểu dự hội nghị tại điểm cầu Bộ Chỉ huy Quân sự tỉnh.
Năm 2021, dù dịch COVID-19 diễn biến phức tạp, lực lượng vũ trang tỉnh đã huy động hơn 14.200 ngày công giúp nhân dân làm đường, thu hoạch nông sản; phối hợp xây dựng 35 căn nhà tình nghĩa, nhà đồng đội với tổng trị giá 2,1 tỷ đồng; thành lập 12 tổ công tác giúp đồng bào Jrai, Bahnar ở các xã biên giới phòng chống dịch. Đơn vị đã thực hiện tốt Kết luận 11, 12-KL/ĐU của Đảng ủy Quân sự tỉnh về công tác dân vận và về xây dựng "Cụm dân cư an toàn" khu vực biên giới, cùng Quy chế phối hợp số 05/QCPH-BDVTU-BCHQS ngày 15/3/2021 giữa Ban Dân vận Tỉnh ủy và Đảng ủy Quân sự tỉnh.
Hội nghị đã nghe Thượng tá Siu Thị Hlênh, Phó Chủ nhiệm Chính trị Bộ Chỉ huy Quân sự tỉnh, trình bày báo cáo. Các đại biểu: Trung tá Nguyễn Văn Bình, Chỉ huy trưởng Ban Chỉ huy Quân sự huyện Ia Grai; ông Rah Lan Blin, Chủ tịch UBND xã Ia Chía; bà H'Lim Kpă, Bí thư Đoàn xã Ia O tham luận về các mô hình "Dân vận khéo" như "Vườn cây chiến sĩ", "Bò giống cho hộ nghèo".
Theo báo cáo, toàn lực lượng đã trao 210 con bò giống, mỗi con trị giá khoảng 12 triệu đồng, cho hộ nghèo; 96% cán bộ, chiến sĩ tham gia ủng hộ Quỹ vắc xin phòng COVID-19 với số tiền 820 triệu đồng.
Phát biểu kết luận, đồng chí Ksor Phước đề nghị năm 2022 lực lượng vũ trang tỉnh tiếp tục phát huy bản chất "Bộ đội Cụ Hồ", gắn công tác dân vận với xây dựng nông thôn mới ở các xã biên giới. Dịp này, 8 tập thể và 14 cá nhân được tặng Giấy khen.
Hội nghị cũng chỉ ra một số hạn chế như: việc nắm tình hình nhân dân ở một số địa bàn chưa sâu; phối hợp giữa đơn vị với cấp ủy, chính quyền cơ sở có lúc chưa chặt chẽ; việc tuyên truyền bằng tiếng Jrai, Bahnar còn ít. Các đại biểu đề nghị tăng cường bồi dưỡng kỹ năng dân vận cho cán bộ trẻ mới ra trường.
H. Ngân
Tin liên quan
- Đức Cơ: Bộ đội giúp dân thu hoạch cà phê (15/12/2021)
- Chư Prông: Bàn giao nhà đồng đội cho quân nhân khó khăn (08/12/2021)
- Ia Pa: Bộ đội giúp dân phòng chống dịch (22/11/2021)
- Hội nghị trực tuyến công tác dân vận chính quyền năm 2021 (30/11/2021)
""", "2021-12-24", "Tình quân dân bền chặt trên tuyến biên giới Gia Lai",
E("tong_ket", "2021", "2021-12-22"),
[P("Rơ Mah Tuân", "Đại tá", "Tỉnh ủy viên", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"),
 P("Ksor Phước", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Siu Thị Hlênh", "Thượng tá", "Phó Chủ nhiệm Chính trị Bộ Chỉ huy Quân sự tỉnh"),
 P("Nguyễn Văn Bình", "Trung tá", "Chỉ huy trưởng Ban Chỉ huy Quân sự huyện Ia Grai"),
 P("Rah Lan Blin", "Chủ tịch UBND xã Ia Chía"),
 P("H'Lim Kpă", "Bí thư Đoàn xã Ia O")],
[Q("17 điểm cầu", 17, "điểm cầu"), Q("hơn 14.200 ngày công", 14200, "ngày công", "over"),
 Q("35 căn nhà tình nghĩa, nhà đồng đội", 35, "căn nhà tình nghĩa, nhà đồng đội"), Q("2,1 tỷ đồng", 2100000000, "đồng"),
 Q("12 tổ công tác", 12, "tổ công tác"), Q("210 con bò giống", 210, "con bò giống"),
 Q("khoảng 12 triệu đồng", 12000000, "đồng", "approx"), Q("96%", 96, "%"), Q("820 triệu đồng", 820000000, "đồng"),
 Q("8 tập thể", 8, "tập thể"), Q("14 cá nhân", 14, "cá nhân")],
[D("Kết luận", "11", "KL/ĐU", None, "Đảng ủy Quân sự tỉnh", "Kết luận 11, 12-KL/ĐU của Đảng ủy Quân sự tỉnh"),
 D("Kết luận", "12", "KL/ĐU", None, "Đảng ủy Quân sự tỉnh", "Kết luận 11, 12-KL/ĐU của Đảng ủy Quân sự tỉnh"),
 D("Quy chế phối hợp", "05", "QCPH-BDVTU-BCHQS", "2021-03-15", None, "Quy chế phối hợp số 05/QCPH-BDVTU-BCHQS ngày 15/3/2021")],
[prov("Gia Lai"), com("Ia Chía"), com("Ia O")],
["BAN DÂN VẬN TỈNH ỦY GIA LAI", "Bạn đang ở: Trang chủ / Dân vận lực lượng vũ trang",
 "Đại biểu dự hội nghị tại điểm cầu Bộ Chỉ huy Quân sự tỉnh.", "Cụm dân cư an toàn", "Dân vận khéo", "Vườn cây chiến sĩ",
 "Bò giống cho hộ nghèo", "Bộ đội Cụ Hồ", "Quỹ vắc xin phòng COVID-19"],
["24/12/2021 - 14:20", "năm 2021", "năm 2022", "COVID-19"]))

PAGES.append(page("b1984-quangninh-bdbp-traonha-2022", """
Quảng Ninh điện tử - Cổng thông tin của Tỉnh ủy, HĐND, UBND tỉnh Quảng Ninh
Tin tức >> Quốc phòng - An ninh >> Biên giới, biển đảo
30 tháng 3, 2022 | 17:45
Bàn giao 5 căn "Mái ấm biên cương" cho hộ nghèo Móng Cái
Ngày 29/3, Bộ Chỉ huy Bộ đội Biên phòng tỉnh phối hợp với UBND thành phố Móng Cái tổ chức lễ bàn giao 5 căn nhà "Mái ấm biên cương" cho hộ nghèo, hộ có hoàn cảnh khó khăn người Dao Thanh Phán ở xã Hải Sơn và xã Bắc Sơn. Dự buổi lễ có Đại tá Phạm Hồng Sơn, Chỉ huy trưởng Bộ Chỉ huy BĐBP tỉnh; đồng chí Chíu Thị Mai, Thành ủy viên, Trưởng Ban Dân vận Thành ủy Móng Cái.
Thiếu tá Bàn Văn Tài trao quyết định bàn giao nhà cho gia đình bà Lỷ Thị Múi.
Mỗi căn nhà có diện tích 60 m2, được xây dựng kiên cố theo Kế hoạch số 1260/KH-BTL ngày 9/4/2021 của Bộ Tư lệnh Bộ đội Biên phòng, với kinh phí 80 triệu đồng/căn, trong đó 60 triệu đồng do Ngân hàng TMCP Quân đội tài trợ, phần còn lại do cán bộ, chiến sĩ Đồn Biên phòng Pò Hèn đóng góp và gia đình đối ứng. Trong quá trình xây dựng, đơn vị huy động 320 ngày công của cán bộ, chiến sĩ và đoàn viên thanh niên.
Thiếu tá Bàn Văn Tài, Phó Chính trị viên Đồn Biên phòng Pò Hèn, cho biết: những năm qua, đơn vị đã phối hợp xây dựng 27 căn nhà cho đồng bào ở hai xã biên giới. Đơn vị cũng đang đỡ đầu 11 học sinh theo chương trình "Nâng bước em tới trường" và 4 cháu theo mô hình "Con nuôi đồn Biên phòng".
Xúc động nhận ngôi nhà mới, bà Lỷ Thị Múi ở thôn Pò Hèn, xã Hải Sơn, chia sẻ: "Cả đời tôi chưa dám nghĩ có nhà xây. Cảm ơn các chú bộ đội biên phòng đã giúp gia đình có chỗ ở ổn định". Ông Chìu A Sáng, Chủ tịch UBND xã Bắc Sơn, khẳng định xã sẽ vận động các hộ được nhận nhà tiếp tục phát triển kinh tế, thoát nghèo bền vững.
Phát biểu tại buổi lễ, Đại tá Phạm Hồng Sơn nhấn mạnh: đây là hoạt động thiết thực hưởng ứng phong trào thi đua "Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau", đồng thời chào mừng 63 năm Ngày truyền thống Bộ đội Biên phòng (3/3/1959 - 3/3/2022). Năm 2022, BĐBP tỉnh phấn đấu hoàn thành thêm 15 căn "Mái ấm biên cương" cho các hộ khó khăn ở khu vực biên giới, hải đảo.
Cùng ngày, đoàn công tác đã trao 50 suất quà, mỗi suất 500.000 đồng cho các gia đình chính sách trên địa bàn hai xã.
Ngôi nhà mới không chỉ là nơi an cư mà còn là động lực để các gia đình yên tâm lao động sản xuất, gắn bó với bản làng, cùng bộ đội biên phòng giữ vững chủ quyền nơi phên dậu Tổ quốc.
Đỗ Phương
Bài viết liên quan
- Bình Liêu: Ra mắt mô hình "Dân vận khéo" về giữ gìn đường biên (22/03/2022)
- Hải Hà: Đồn Biên phòng Pò Hèn giúp dân trồng rừng (15/03/2022)
- Tổng kết công tác dân vận năm 2021 của Bộ đội Biên phòng tỉnh (07/01/2022)
""", "2022-03-30", "Bàn giao 5 căn \"Mái ấm biên cương\" cho hộ nghèo Móng Cái",
E("trao_qua", None, "2022-03-29"),
[P("Phạm Hồng Sơn", "Đại tá", "Chỉ huy trưởng Bộ Chỉ huy BĐBP tỉnh"),
 P("Chíu Thị Mai", "Thành ủy viên", "Trưởng Ban Dân vận Thành ủy Móng Cái"),
 P("Bàn Văn Tài", "Thiếu tá", "Phó Chính trị viên Đồn Biên phòng Pò Hèn"),
 P("Lỷ Thị Múi"),
 P("Chìu A Sáng", "Chủ tịch UBND xã Bắc Sơn")],
[Q("5 căn", 5, "căn"), Q("60 m2", 60, "m2"), Q("80 triệu đồng/căn", 80000000, "đồng"), Q("60 triệu đồng", 60000000, "đồng"),
 Q("320 ngày công", 320, "ngày công"), Q("27 căn nhà", 27, "căn nhà"), Q("11 học sinh", 11, "học sinh"), Q("4 cháu", 4, "cháu"),
 Q("15 căn", 15, "căn"), Q("50 suất quà", 50, "suất quà"), Q("500.000 đồng", 500000, "đồng")],
[D("Kế hoạch", "1260", "KH-BTL", "2021-04-09", "Bộ Tư lệnh Bộ đội Biên phòng", "Kế hoạch số 1260/KH-BTL ngày 9/4/2021")],
[prov("Quảng Ninh"), com("Hải Sơn"), com("Bắc Sơn")],
["Quảng Ninh điện tử - Cổng thông tin của Tỉnh ủy, HĐND, UBND tỉnh Quảng Ninh", "Tin tức >> Quốc phòng - An ninh >> Biên giới, biển đảo",
 "Thiếu tá Bàn Văn Tài trao quyết định bàn giao nhà cho gia đình bà Lỷ Thị Múi.", "Mái ấm biên cương", "Nâng bước em tới trường",
 "Con nuôi đồn Biên phòng", "Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau", "Ngân hàng TMCP Quân đội", "Pò Hèn"],
["30 tháng 3, 2022 | 17:45", "63 năm", "3/3/1959 - 3/3/2022", "Năm 2022"]))
