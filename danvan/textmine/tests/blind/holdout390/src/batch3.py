from lib import *
PAGES = []

PAGES.append(page("b9329-kiengiang-bdv-traoqua-khmer-2022", """
BAN DÂN VẬN TỈNH ỦY KIÊN GIANG
You are here: Trang chủ / Tin tức / Công tác dân tộc - tôn giáo
Thứ Hai, 24/1/2022 - 10:30
Đồng chí Danh Út tặng quà cho hộ nghèo xã Định An.
Chăm lo Tết Nhâm Dần cho đồng bào Khmer khó khăn ở Gò Quao
Ngày 22/1/2022, đoàn công tác Ban Dân vận Tỉnh ủy Kiên Giang do đồng chí Danh Út, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy làm trưởng đoàn đã đến thăm, tặng 350 phần quà Tết cho hộ nghèo, hộ cận nghèo đồng bào Khmer tại xã Định An và xã Vĩnh Phước A, huyện Gò Quao.
Mỗi phần quà gồm 10 kg gạo, nước mắm, đường, bột ngọt và 200.000 đồng tiền mặt, tổng trị giá 175 triệu đồng, từ nguồn vận động của Ban Dân vận Tỉnh ủy và Quỹ "Vì người nghèo" huyện. Do diễn biến dịch bệnh Covid-19, việc trao quà được tổ chức theo từng nhóm nhỏ tại trụ sở ấp, bảo đảm 5K.
Cũng trong chuyến công tác, đoàn đã đến thăm, chúc Tết 4 chùa Phật giáo Nam tông Khmer, tặng mỗi chùa 2 triệu đồng và 100 kg gạo để hỗ trợ sư sãi; bàn giao 2 căn nhà Đại đoàn kết cho hộ nghèo ở ấp Hòa An, xã Định An, mỗi căn trị giá 60 triệu đồng, do Quỹ "Vì người nghèo" tỉnh hỗ trợ 50 triệu đồng.
Báo cáo với đoàn, ông Danh Sơn, Bí thư Đảng ủy xã Định An cho biết: xã có 2.410 hộ, trong đó hộ Khmer chiếm 64%; năm 2021 tỷ lệ hộ nghèo giảm còn 3,8%. Thực hiện Chỉ thị số 19-CT/TW ngày 10/1/2018 của Ban Bí thư về tăng cường công tác ở vùng đồng bào dân tộc Khmer trong tình hình mới, xã đã phát huy vai trò của các vị sư cả, người có uy tín trong vận động bà con chấp hành tốt các biện pháp phòng, chống dịch, không để xảy ra điểm nóng.
Hòa thượng Danh Thân, trụ trì chùa Cà Nhe, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước huyện Gò Quao, bày tỏ cảm ơn sự quan tâm của Ban Dân vận Tỉnh ủy; cho biết trong năm 2021 các chùa trong huyện đã nấu hơn 12.000 suất cơm miễn phí hỗ trợ khu cách ly.
Đồng chí Danh Út đề nghị các cấp ủy, chính quyền tiếp tục thực hiện Kế hoạch số 122-KH/BDVTU ngày 28/12/2021 của Ban Dân vận Tỉnh ủy về thăm, tặng quà đồng bào dân tộc, tôn giáo nhân dịp Tết Nguyên đán Nhâm Dần 2022, chăm lo để mọi người dân đều được đón Tết an toàn, ấm áp. Đồng chí cũng lưu ý các địa phương chuẩn bị chu đáo các điều kiện để đồng bào Khmer đón Tết cổ truyền Chôl Chnăm Thmây sắp tới.
Bà Thị Sa Ren ở ấp Hòa An, một trong hai hộ nhận nhà mới, xúc động nói: "Trước đây nhà lá, mùa mưa dột khắp nơi, giờ có nhà vững chắc, các con tôi có chỗ học bài".
Lâm Hải
Số lượt truy cập: 27.536
Tin liên quan
- Ban Dân vận Tỉnh ủy thăm, chúc Tết các chức sắc tôn giáo (19/01/2022)
- U Minh Thượng trao 40 căn nhà Đại đoàn kết (11/01/2022)
- Hội nghị tổng kết công tác dân vận năm 2021 (29/12/2021)
""", "2022-01-24", "Chăm lo Tết Nhâm Dần cho đồng bào Khmer khó khăn ở Gò Quao",
E("trao_qua", None, "2022-01-22"),
[P("Danh Út", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Danh Sơn", "Bí thư Đảng ủy xã Định An"),
 P("Danh Thân", "Hòa thượng", "trụ trì chùa Cà Nhe", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước huyện Gò Quao"),
 P("Thị Sa Ren")],
[Q("350 phần quà", 350, "phần quà"), Q("10 kg", 10, "kg"), Q("200.000 đồng", 200000, "đồng"),
 Q("175 triệu đồng", 175000000, "đồng"), Q("4 chùa Phật giáo Nam tông Khmer", 4, "chùa Phật giáo Nam tông Khmer"),
 Q("2 triệu đồng", 2000000, "đồng"), Q("100 kg", 100, "kg"), Q("2 căn nhà Đại đoàn kết", 2, "căn nhà Đại đoàn kết"),
 Q("60 triệu đồng", 60000000, "đồng"), Q("50 triệu đồng", 50000000, "đồng"), Q("2.410 hộ", 2410, "hộ"),
 Q("64%", 64, "%"), Q("3,8%", 3.8, "%"), Q("hơn 12.000 suất cơm", 12000, "suất cơm", "over")],
[D("Chỉ thị", "19", "CT/TW", "2018-01-10", "Ban Bí thư", "Chỉ thị số 19-CT/TW ngày 10/1/2018"),
 D("Kế hoạch", "122", "KH/BDVTU", "2021-12-28", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 122-KH/BDVTU ngày 28/12/2021")],
[prov("Kiên Giang"), com("Định An"), com("Vĩnh Phước A")],
["BAN DÂN VẬN TỈNH ỦY KIÊN GIANG", "You are here: Trang chủ / Tin tức / Công tác dân tộc - tôn giáo",
 "Đồng chí Danh Út tặng quà cho hộ nghèo xã Định An.", "Vì người nghèo", "Hội Đoàn kết sư sãi yêu nước huyện Gò Quao",
 "Chôl Chnăm Thmây", "Hòa An", "Số lượt truy cập: 27.536"],
["Thứ Hai, 24/1/2022 - 10:30", "5K", "năm 2021", "Tết Nguyên đán Nhâm Dần 2022", "hai hộ", "Số lượt truy cập: 27.536"]))

PAGES.append(page("b9330-quangnam-mttq-tongket-thangcaodiem-2022", """
Báo Quảng Nam Online
Thời sự > Chính trị
22/11/2022 17:45
Ảnh: Toàn cảnh hội nghị tổng kết.
Hơn 21 tỷ đồng ủng hộ người nghèo trong Tháng cao điểm
(QNO) - Chiều 21/11, Ủy ban MTTQ Việt Nam tỉnh Quảng Nam tổ chức hội nghị tổng kết Tháng cao điểm "Vì người nghèo" năm 2022 và trao kinh phí hỗ trợ xây nhà Đại đoàn kết cho các huyện miền núi. Đồng chí Đinh Văn Lộc, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Trong Tháng cao điểm (từ ngày 17/10 đến 18/11/2022), Quỹ "Vì người nghèo" các cấp trong tỉnh đã tiếp nhận hơn 21 tỷ đồng, tăng 18% so với cùng kỳ năm 2021, trong đó cấp tỉnh tiếp nhận 8,2 tỷ đồng từ 126 cơ quan, đơn vị, doanh nghiệp. Cộng dồn từ đầu năm, toàn tỉnh đã hỗ trợ xây mới 684 nhà Đại đoàn kết, sửa chữa 147 nhà; hỗ trợ sinh kế cho 520 hộ nghèo với 1.300 con bò, heo, dê giống.
Ông Trần Văn Đông, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, cho biết việc hỗ trợ xây nhà được lồng ghép với Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi. Mức hỗ trợ của Quỹ tỉnh là 50 triệu đồng/căn đối với hộ nghèo ở 6 huyện miền núi cao và 40 triệu đồng/căn đối với các địa phương còn lại.
Tại hội nghị, Mặt trận các huyện Tây Giang, Nam Trà My, Đông Giang chia sẻ cách làm hay. Bà Clâu Thị Nhiên, Chủ tịch Ủy ban MTTQ huyện Tây Giang, cho biết với sự giúp sức của đồng bào Cơ Tu, mỗi căn nhà được bà con góp từ 30 đến 40 ngày công, nhờ đó huyện đã hoàn thành 96 căn nhà trước mùa mưa bão. Ông Pơloong Blứt, già làng thôn Aur, xã A Tiêng, chia sẻ: "Mặt trận làm nhà cho người nghèo, già làng phải đứng ra vận động con cháu góp sức, góp gỗ".
Bà Hồ Thị Mai, Chủ tịch Ủy ban MTTQ xã Trà Cang, huyện Nam Trà My, đề nghị tỉnh quan tâm hỗ trợ thêm cho các hộ Xê Đăng ở vùng sạt lở phải di dời, vì chi phí vận chuyển vật liệu lên các nóc rất cao.
Phát biểu kết luận, đồng chí Đinh Văn Lộc đề nghị Mặt trận các cấp tiếp tục thực hiện Chỉ thị 25, 26-CT/TU của Ban Thường vụ Tỉnh ủy về công tác giảm nghèo và xây dựng nông thôn mới miền núi; công khai kết quả tiếp nhận, phân bổ Quỹ trên phương tiện thông tin đại chúng; phấn đấu đến hết năm 2023 xóa xong nhà tạm cho hộ nghèo, hộ chính sách.
Tại hội nghị, Ủy ban MTTQ Việt Nam tỉnh đã trao 4,5 tỷ đồng cho 8 huyện miền núi để xây 90 căn nhà Đại đoàn kết; tặng bằng khen cho 15 tập thể và 20 cá nhân có nhiều đóng góp cho Quỹ "Vì người nghèo" năm 2022.
Anh Sơn
Tin khác
- Đông Giang khánh thành 12 nhà Đại đoàn kết (15/11/2022)
- Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư Tân Thạnh (12/11/2022)
- Phát động Tháng cao điểm "Vì người nghèo" năm 2022 (17/10/2022)
""", "2022-11-22", "Hơn 21 tỷ đồng ủng hộ người nghèo trong Tháng cao điểm",
E("tong_ket", "2022", "2022-11-21"),
[P("Đinh Văn Lộc", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Văn Đông", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Clâu Thị Nhiên", "Chủ tịch Ủy ban MTTQ huyện Tây Giang"),
 P("Pơloong Blứt", "già làng thôn Aur"),
 P("Hồ Thị Mai", "Chủ tịch Ủy ban MTTQ xã Trà Cang")],
[Q("Hơn 21 tỷ đồng", 21000000000, "đồng", "over"), Q("18%", 18, "%"), Q("8,2 tỷ đồng", 8200000000, "đồng"),
 Q("126 cơ quan, đơn vị, doanh nghiệp", 126, "cơ quan, đơn vị, doanh nghiệp"),
 Q("684 nhà Đại đoàn kết", 684, "nhà Đại đoàn kết"), Q("147 nhà", 147, "nhà"), Q("520 hộ nghèo", 520, "hộ nghèo"),
 Q("1.300 con bò, heo, dê giống", 1300, "con bò, heo, dê giống"), Q("50 triệu đồng/căn", 50000000, "đồng"),
 Q("6 huyện miền núi cao", 6, "huyện miền núi cao"), Q("40 triệu đồng/căn", 40000000, "đồng"),
 Q("từ 30 đến 40 ngày công", 30, "ngày công"), Q("40 ngày công", 40, "ngày công"), Q("96 căn nhà", 96, "căn nhà"),
 Q("4,5 tỷ đồng", 4500000000, "đồng"), Q("8 huyện miền núi", 8, "huyện miền núi"),
 Q("90 căn nhà Đại đoàn kết", 90, "căn nhà Đại đoàn kết"), Q("15 tập thể", 15, "tập thể"), Q("20 cá nhân", 20, "cá nhân")],
[D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021"),
 D("Chỉ thị", "25", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 25, 26-CT/TU"),
 D("Chỉ thị", "26", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 25, 26-CT/TU")],
[prov("Quảng Nam"), com("A Tiêng"), com("Trà Cang")],
["Báo Quảng Nam Online", "Thời sự > Chính trị", "Ảnh: Toàn cảnh hội nghị tổng kết.", "(QNO)", "Tháng cao điểm \"Vì người nghèo\"",
 "Vì người nghèo", "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi"],
["22/11/2022 17:45", "năm 2022", "năm 2021", "năm 2023", "Tháng cao điểm"]))

PAGES.append(page("b9331-kontum-mttq-giamsat-quy-2023", """
BÁO KON TUM ĐIỆN TỬ
Chính trị - Xã hội » Mặt trận
16/08/2023 lúc 14:20
Giám sát việc quản lý, sử dụng Quỹ "Vì người nghèo" tại Kon Plông
Từ ngày 14 đến 15/8, Đoàn giám sát Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh do ông Y Nhã, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc vận động, quản lý, sử dụng Quỹ "Vì người nghèo" và hỗ trợ xây nhà Đại đoàn kết giai đoạn 2021 - 2023 tại huyện Kon Plông, tỉnh Kon Tum. Đây là một trong 3 cuộc giám sát chuyên đề năm 2023 của Ủy ban MTTQ Việt Nam tỉnh.
Đoàn giám sát kiểm tra nhà Đại đoàn kết tại thôn Kon Chênh.
Cuộc giám sát được thực hiện theo Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị ban hành Quy chế giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội, và Kế hoạch số 27/KH-MTTQ-BTT ngày 20/3/2023 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh.
Theo báo cáo của Ủy ban MTTQ huyện, từ năm 2021 đến tháng 7/2023, Quỹ "Vì người nghèo" huyện Kon Plông tiếp nhận 3,74 tỷ đồng; đã hỗ trợ xây mới 118 nhà Đại đoàn kết, sửa chữa 27 nhà cho hộ nghèo người Xơ Đăng, Mơ Nâm, Hrê; mỗi căn nhà xây mới được hỗ trợ 40 triệu đồng từ Quỹ, lồng ghép với nguồn Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ. Số dư Quỹ đến thời điểm giám sát là 412 triệu đồng.
Qua kiểm tra thực tế tại các xã Đắk Long, Măng Cành và Pờ Ê, đoàn ghi nhận hồ sơ thu, chi cơ bản đầy đủ; 100% hộ được hỗ trợ đều được bình xét công khai tại thôn. Tuy nhiên, còn 11 căn nhà chậm hoàn thành do thiếu nhân công vận chuyển; ở xã Pờ Ê có 2 trường hợp sổ theo dõi chưa ghi kịp thời các khoản chi hỗ trợ đột xuất.
Ông A Chiến, Phó Chủ tịch UBND huyện Kon Plông, tiếp thu ý kiến của đoàn và cho biết huyện sẽ chỉ đạo hoàn thành 11 căn nhà trước ngày 30/9/2023. Bà Y Thảo, Chủ tịch Ủy ban MTTQ xã Măng Cành, đề nghị tăng mức hỗ trợ lên 50 triệu đồng/căn do giá vật liệu ở vùng cao cao hơn đồng bằng khoảng 25%.
Già làng A Pó, người có uy tín thôn Kon Chênh, xã Măng Cành, cho biết: "Nhà Đại đoàn kết làm đến đâu, bà con biết đến đó vì Mặt trận đọc danh sách ngay ở nhà rông".
Kết luận giám sát, ông Y Nhã đề nghị Ủy ban MTTQ huyện chỉ đạo Mặt trận các xã cập nhật sổ sách đầy đủ, phối hợp với Ban Thanh tra nhân dân giám sát chất lượng nhà; đồng thời đề nghị UBND huyện ưu tiên nguồn vốn Chương trình mục tiêu quốc gia cho các hộ chưa có nhà ở ổn định. Đoàn sẽ có văn bản thông báo kết quả giám sát trong tháng 9.
Y Hương
Tin cùng chuyên mục
- Mặt trận tỉnh giám sát thực hiện chính sách đối với người có uy tín (10/08/2023)
- Trao 20 nhà Đại đoàn kết cho hộ nghèo huyện Tu Mơ Rông (28/07/2023)
- Đắk Hà: đối thoại với nhân dân về giải phóng mặt bằng (20/07/2023)
""", "2023-08-16", "Giám sát việc quản lý, sử dụng Quỹ \"Vì người nghèo\" tại Kon Plông",
E("giam_sat", "2023", "2023-08-14"),
[P("Y Nhã", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("A Chiến", "Phó Chủ tịch UBND huyện Kon Plông"),
 P("Y Thảo", "Chủ tịch Ủy ban MTTQ xã Măng Cành"),
 P("A Pó", "Già làng", "người có uy tín thôn Kon Chênh")],
[Q("3 cuộc giám sát chuyên đề", 3, "cuộc giám sát chuyên đề"), Q("3,74 tỷ đồng", 3740000000, "đồng"),
 Q("118 nhà Đại đoàn kết", 118, "nhà Đại đoàn kết"), Q("27 nhà", 27, "nhà"), Q("40 triệu đồng", 40000000, "đồng"),
 Q("412 triệu đồng", 412000000, "đồng"), Q("100%", 100, "%"), Q("11 căn nhà", 11, "căn nhà"),
 Q("2 trường hợp", 2, "trường hợp"), Q("50 triệu đồng/căn", 50000000, "đồng"), Q("khoảng 25%", 25, "%", "approx")],
[D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW ngày 12/12/2013"),
 D("Kế hoạch", "27", "KH-MTTQ-BTT", "2023-03-20", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 27/KH-MTTQ-BTT ngày 20/3/2023"),
 D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg")],
[prov("Kon Tum"), com("Đắk Long"), com("Măng Cành"), com("Pờ Ê")],
["BÁO KON TUM ĐIỆN TỬ", "Chính trị - Xã hội » Mặt trận", "Đoàn giám sát kiểm tra nhà Đại đoàn kết tại thôn Kon Chênh.",
 "Vì người nghèo", "Ban Thanh tra nhân dân", "Chương trình mục tiêu quốc gia", "Kon Chênh"],
["16/08/2023 lúc 14:20", "giai đoạn 2021 - 2023", "năm 2023", "tháng 7/2023", "tháng 9"]))

PAGES.append(page("b9332-bacgiang-chandung-mttq-xa-2023", """
BÁO BẮC GIANG
Đời sống › Người tốt - Việc tốt
11/5/2023 | 07:30
"Người gom gạch" cho nhà Đại đoàn kết ở Tân Sơn
BBG - Hơn 5 năm làm Chủ tịch Ủy ban MTTQ xã Tân Sơn, huyện Lục Ngạn, bà Hoàng Thị Tư đã vận động được 27 căn nhà Đại đoàn kết cho hộ nghèo, hộ khó khăn người Nùng, Tày, Sán Chay. Người dân trong xã quen gọi bà là "người gom gạch".
Bà Hoàng Thị Tư (thứ hai từ phải sang) cùng người dân thôn Khuôn Vố dựng nhà cho hộ nghèo.
Tân Sơn là xã vùng cao của huyện Lục Ngạn, có 12 thôn với hơn 2.800 hộ, đồng bào dân tộc thiểu số chiếm trên 80% dân số. Năm 2018, khi bà Tư nhận nhiệm vụ, xã còn 96 hộ ở nhà tạm, dột nát. "Ngân sách không có, Quỹ "Vì người nghèo" xã khi ấy chỉ hơn chục triệu đồng, muốn làm nhà cho dân thì phải đi vận động từng viên gạch, từng bao xi măng", bà kể.
Bà cùng cán bộ Mặt trận đến từng nhà chủ vườn vải thiều, từng cơ sở kinh doanh vật liệu, gặp con em quê hương làm ăn ở Hà Nội, Bắc Ninh để vận động. Có năm, bà đi xe máy hơn 300 km trong một tháng. Kết quả, từ năm 2018 đến nay, Mặt trận xã vận động được gần 1,3 tỷ đồng tiền mặt, 65.000 viên gạch, 420 bao xi măng và hơn 1.900 ngày công; cùng với nguồn hỗ trợ của huyện, mỗi căn nhà có giá trị từ 80 đến 120 triệu đồng.
Ông Lương Văn Thắm, 71 tuổi, ở thôn Khuôn Vố, người được nhận nhà năm 2021, chia sẻ: "Vợ chồng tôi già yếu, nhà tranh vách đất sập một nửa, nếu không có bà Tư và Mặt trận thì không biết đến bao giờ mới có nhà".
Theo ông Đặng Văn Hải, Bí thư Đảng ủy xã Tân Sơn, cách làm của bà Tư là minh chứng cho phương châm "dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng". Năm 2022, xã được công nhận đạt chuẩn nông thôn mới, tỷ lệ hộ nghèo giảm còn 4,1%.
Bà Hoàng Thị Tư là một trong 45 cá nhân tiêu biểu được Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen năm 2022. Bà Ngô Thị Hằng, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Bắc Giang nhận xét: "Cách làm của bà Tư đúng tinh thần Quyết định số 90/QĐ-TTg ngày 18/1/2022 của Thủ tướng Chính phủ về Chương trình mục tiêu quốc gia giảm nghèo bền vững: lấy sức dân, lòng dân làm gốc".
Năm 2023, bà Tư đặt mục tiêu vận động thêm 6 căn nhà cho các hộ còn lại, để Tân Sơn không còn hộ nghèo ở nhà tạm. Thực hiện Nghị quyết số 21-NQ/ĐU ngày 5/1/2023 của Đảng ủy xã về công tác an sinh xã hội, mỗi thôn đã lập tổ vận động do trưởng Ban công tác Mặt trận thôn làm tổ trưởng.
Thu Hương
Lượt đọc: 1.847
Bài viết liên quan
- Lục Ngạn: trao 15 nhà Đại đoàn kết cho hộ nghèo (20/04/2023)
- Sơn Động: người có uy tín tiên phong giảm nghèo (11/04/2023)
- Hiệp Hòa ra mắt mô hình "Khu dân cư không có nhà tạm" (28/03/2023)
""", "2023-05-11", "\"Người gom gạch\" cho nhà Đại đoàn kết ở Tân Sơn",
E("khac", None, None),
[P("Hoàng Thị Tư", "Chủ tịch Ủy ban MTTQ xã Tân Sơn"),
 P("Lương Văn Thắm"),
 P("Đặng Văn Hải", "Bí thư Đảng ủy xã Tân Sơn"),
 P("Ngô Thị Hằng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Bắc Giang")],
[Q("27 căn nhà Đại đoàn kết", 27, "căn nhà Đại đoàn kết"), Q("12 thôn", 12, "thôn"),
 Q("hơn 2.800 hộ", 2800, "hộ", "over"), Q("trên 80%", 80, "%", "over"), Q("96 hộ", 96, "hộ"),
 Q("hơn 300 km", 300, "km", "over"), Q("gần 1,3 tỷ đồng", 1300000000, "đồng", "approx"),
 Q("65.000 viên gạch", 65000, "viên gạch"), Q("420 bao xi măng", 420, "bao xi măng"),
 Q("hơn 1.900 ngày công", 1900, "ngày công", "over"), Q("từ 80 đến 120 triệu đồng", 80000000, "đồng"), Q("120 triệu đồng", 120000000, "đồng"), Q("hơn chục triệu đồng", 10000000, "đồng", "over"),
 Q("4,1%", 4.1, "%"), Q("45 cá nhân tiêu biểu", 45, "cá nhân tiêu biểu"), Q("6 căn nhà", 6, "căn nhà")],
[D("Quyết định", "90", "QĐ-TTg", "2022-01-18", "Thủ tướng Chính phủ", "Quyết định số 90/QĐ-TTg ngày 18/1/2022"),
 D("Nghị quyết", "21", "NQ/ĐU", "2023-01-05", "Đảng ủy xã", "Nghị quyết số 21-NQ/ĐU ngày 5/1/2023")],
[prov("Bắc Giang"), com("Tân Sơn")],
["BÁO BẮC GIANG", "Đời sống › Người tốt - Việc tốt", "BBG",
 "Bà Hoàng Thị Tư (thứ hai từ phải sang) cùng người dân thôn Khuôn Vố dựng nhà cho hộ nghèo.", "người gom gạch",
 "Vì người nghèo", "dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng", "Khuôn Vố", "Lượt đọc: 1.847"],
["11/5/2023 | 07:30", "Hơn 5 năm", "71 tuổi", "một tháng", "Năm 2022", "Năm 2023",
 "thứ hai từ phải sang", "một nửa", "Lượt đọc: 1.847"]))

PAGES.append(page("b9333-binhphuoc-mttq-trienkhai-xoanhatam-2024", """
Báo Bình Phước điện tử
Chính trị > Mặt trận - Đoàn thể
13/11/2024 - 09:50
Bình Phước quyết tâm xóa 1.135 nhà tạm, nhà dột nát trước tháng 9/2025
Ngày 12/11/2024, Ban Chỉ đạo xóa nhà tạm, nhà dột nát tỉnh Bình Phước tổ chức hội nghị triển khai phong trào thi đua "Cả nước chung tay xóa nhà tạm, nhà dột nát trong năm 2025" trên địa bàn tỉnh. Đồng chí Trịnh Thị Loan, Phó Bí thư Tỉnh ủy, Trưởng Ban Chỉ đạo chủ trì hội nghị.
Quang cảnh hội nghị tại điểm cầu chính của tỉnh.
Hội nghị được tổ chức trực tuyến tới 11 điểm cầu huyện, thị xã, thành phố và 111 điểm cầu xã, phường, thị trấn. Theo kết quả rà soát, toàn tỉnh có 1.135 hộ cần hỗ trợ xóa nhà tạm, nhà dột nát, trong đó 854 hộ xây mới và 281 hộ sửa chữa; hộ đồng bào dân tộc thiểu số chiếm 46%, tập trung ở các huyện Bù Gia Mập, Bù Đăng, Lộc Ninh.
Ông Điểu Ban, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, quán triệt Kế hoạch số 356-KH/TU ngày 25/10/2024 của Ban Thường vụ Tỉnh ủy và Hướng dẫn 07, 08/HD-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về vận động, tiếp nhận, phân bổ nguồn lực. Mức hỗ trợ xây mới là 60 triệu đồng/căn, sửa chữa 30 triệu đồng/căn; Quỹ "Vì người nghèo" tỉnh hiện có 18,6 tỷ đồng sẵn sàng phân bổ.
Việc triển khai phong trào nhằm cụ thể hóa Nghị quyết số 42-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương về tiếp tục đổi mới, nâng cao chất lượng chính sách xã hội. Theo phân công, các sở, ngành, doanh nghiệp nhận đỡ đầu từng xã; mỗi cán bộ, công chức, viên chức ủng hộ tối thiểu 1 ngày lương.
Tham luận tại hội nghị, bà Thị Sanh, Chủ tịch Ủy ban MTTQ xã Đắk Ơ, cho biết xã có 137 hộ S'tiêng cần hỗ trợ nhà, nhiều hộ không có giấy chứng nhận quyền sử dụng đất nên cần tỉnh sớm có hướng dẫn tháo gỡ. Ông Lâm Văn Phol, Bí thư Đảng ủy xã Lộc Thành, đề xuất phát huy vai trò người có uy tín, các vị sư cả chùa Khmer trong vận động bà con góp công xây nhà.
Ngay tại hội nghị, 23 doanh nghiệp, đơn vị đã đăng ký ủng hộ hơn 26 tỷ đồng; Công ty TNHH MTV Cao su Bình Phước nhận hỗ trợ xây 100 căn nhà cho hộ nghèo ở huyện Bù Gia Mập.
Phát biểu chỉ đạo, đồng chí Trịnh Thị Loan yêu cầu các cấp ủy, chính quyền coi đây là nhiệm vụ chính trị trọng tâm; hoàn thành xóa nhà tạm trước ngày 2/9/2025, không để xảy ra thất thoát, lãng phí; Mặt trận các cấp công khai danh sách hộ được hỗ trợ tại khu dân cư. Đồng chí giao Ủy ban MTTQ Việt Nam tỉnh tổng hợp kết quả vận động mỗi tuần một lần, báo cáo Ban Chỉ đạo.
Phương Mai
Lượt xem: 2.360
Tin liên quan
- Trao 20 căn nhà Đại đoàn kết cho hộ nghèo huyện Bù Đăng (08/11/2024)
- Ngày hội Đại đoàn kết ở sóc Bom Bo (03/11/2024)
- Phát động Tháng cao điểm "Vì người nghèo" năm 2024 (17/10/2024)
""", "2024-11-13", "Bình Phước quyết tâm xóa 1.135 nhà tạm, nhà dột nát trước tháng 9/2025",
E("hoi_nghi", "2024", "2024-11-12"),
[P("Trịnh Thị Loan", "Phó Bí thư Tỉnh ủy", "Trưởng Ban Chỉ đạo"),
 P("Điểu Ban", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thị Sanh", "Chủ tịch Ủy ban MTTQ xã Đắk Ơ"),
 P("Lâm Văn Phol", "Bí thư Đảng ủy xã Lộc Thành")],
[Q("1.135 nhà tạm, nhà dột nát", 1135, "nhà tạm, nhà dột nát"),
 Q("11 điểm cầu huyện, thị xã, thành phố", 11, "điểm cầu huyện, thị xã, thành phố"),
 Q("111 điểm cầu xã, phường, thị trấn", 111, "điểm cầu xã, phường, thị trấn"),
 Q("854 hộ", 854, "hộ"), Q("281 hộ", 281, "hộ"), Q("46%", 46, "%"),
 Q("60 triệu đồng/căn", 60000000, "đồng"), Q("30 triệu đồng/căn", 30000000, "đồng"), Q("18,6 tỷ đồng", 18600000000, "đồng"),
 Q("tối thiểu 1 ngày lương", 1, "ngày lương"), Q("137 hộ S'tiêng", 137, "hộ S'tiêng"),
 Q("23 doanh nghiệp, đơn vị", 23, "doanh nghiệp, đơn vị"), Q("hơn 26 tỷ đồng", 26000000000, "đồng", "over"),
 Q("100 căn nhà", 100, "căn nhà")],
[D("Kế hoạch", "356", "KH/TU", "2024-10-25", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 356-KH/TU ngày 25/10/2024"),
 D("Hướng dẫn", "07", "HD-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Hướng dẫn 07, 08/HD-MTTQ-BTT"),
 D("Hướng dẫn", "08", "HD-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Hướng dẫn 07, 08/HD-MTTQ-BTT"),
 D("Nghị quyết", "42", "NQ/TW", "2023-11-24", "Ban Chấp hành Trung ương", "Nghị quyết số 42-NQ/TW ngày 24/11/2023")],
[prov("Bình Phước"), com("Đắk Ơ"), com("Lộc Thành")],
["Báo Bình Phước điện tử", "Chính trị > Mặt trận - Đoàn thể", "Quang cảnh hội nghị tại điểm cầu chính của tỉnh.",
 "Cả nước chung tay xóa nhà tạm, nhà dột nát trong năm 2025", "Vì người nghèo", "Công ty TNHH MTV Cao su Bình Phước",
 "Ban Chỉ đạo xóa nhà tạm, nhà dột nát tỉnh Bình Phước", "Lượt xem: 2.360"],
["13/11/2024 - 09:50", "tháng 9/2025", "năm 2025", "mỗi tuần một lần", "Lượt xem: 2.360"]))

PAGES.append(page("b9334-haiduong-btgdv-giaoban-q1-2025", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY HẢI DƯƠNG
Trang chủ » Hoạt động » Dân vận
Cập nhật lúc 10:12 ngày 10/04/2025
Toàn cảnh hội nghị giao ban.
Hơn 61.000 suất quà Tết đến với người nghèo, gia đình chính sách
Ngày 9/4/2025, Ban Tuyên giáo và Dân vận Tỉnh ủy Hải Dương tổ chức hội nghị giao ban công tác dân vận khối các cơ quan tỉnh và các huyện, thị, thành ủy quý I năm 2025. Đồng chí Bùi Thị Thanh Hoa, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì. Dự hội nghị có 52 đồng chí là lãnh đạo các ban tuyên giáo và dân vận huyện, thị, thành ủy và cán bộ khối dân vận.
Quý I năm nay diễn ra trong bối cảnh cả hệ thống chính trị tập trung sắp xếp, tinh gọn tổ chức bộ máy. Ngày 1/3/2025, Ban Tuyên giáo và Dân vận Tỉnh ủy chính thức đi vào hoạt động trên cơ sở hợp nhất hai ban theo Quyết định số 1215-QĐ/TU ngày 26/2/2025 của Ban Thường vụ Tỉnh ủy.
Báo cáo tại hội nghị cho biết, dịp Tết Nguyên đán Ất Tỵ, khối dân vận phối hợp với Mặt trận, đoàn thể các cấp trao hơn 61.000 suất quà cho hộ nghèo, hộ cận nghèo, gia đình chính sách, tổng trị giá gần 42 tỷ đồng, mỗi suất từ 500.000 đồng đến 1 triệu đồng. Phong trào xóa nhà tạm, nhà dột nát được đẩy nhanh: toàn tỉnh đã khởi công 212 căn và hoàn thành 158 căn trên tổng số 246 căn cần hỗ trợ, đạt 64,2%. Quỹ "Vì người nghèo" các cấp tiếp nhận thêm 9,8 tỷ đồng trong quý.
Tại hội nghị, các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Phạm Văn Thịnh, Lê Thị Thu Hà lần lượt thông tin về tình hình tư tưởng của cán bộ, đảng viên, nhân dân trước việc sắp xếp đơn vị hành chính và hướng dẫn triển khai Kế hoạch 15, 16-KH/BTGDVTU về tuyên truyền, vận động nhân dân đồng thuận với chủ trương sáp nhập tỉnh, xã.
Ông Vũ Đức Toản, Trưởng Ban Dân vận Thị ủy Kinh Môn, cho biết thị xã đã hoàn thành 36 căn nhà cho hộ nghèo, trong đó phường An Lưu vận động 5 dòng họ góp được 420 triệu đồng. Bà Đỗ Thị Nhàn, Chủ tịch Ủy ban MTTQ xã Thanh Hải, huyện Thanh Hà, đề nghị sớm bố trí kinh phí cho các hộ neo đơn không có khả năng đối ứng.
Phát biểu kết luận, đồng chí Bùi Thị Thanh Hoa yêu cầu trong quý II, khối dân vận bám sát cơ sở, nắm chắc dư luận xã hội trong quá trình sắp xếp; hoàn thành xóa nhà tạm trước ngày 30/6/2025; thực hiện nghiêm Hướng dẫn số 03-HD/BTGDVTU ngày 12/3/2025 về công tác dân vận trong thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương. Đồng chí lưu ý không để tình trạng đơn thư kéo dài, vượt cấp phát sinh khi bố trí trụ sở mới.
Hội nghị cũng đã thống nhất lịch kiểm tra công tác dân vận chính quyền tại 6 huyện trong tháng 5.
Minh Nguyệt
Lượt truy cập: 39.204
Tin khác
- Trao 12 căn nhà cho hộ nghèo ở Ninh Giang (04/04/2025)
- Tập huấn nghiệp vụ công tác tuyên giáo và dân vận năm 2025 (27/03/2025)
- Tổng kết công tác dân vận năm 2024 (27/12/2024)
""", "2025-04-10", "Hơn 61.000 suất quà Tết đến với người nghèo, gia đình chính sách",
E("giao_ban", "2025-Q1", "2025-04-09"),
[P("Bùi Thị Thanh Hoa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Phạm Văn Thịnh", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lê Thị Thu Hà", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Vũ Đức Toản", "Trưởng Ban Dân vận Thị ủy Kinh Môn"),
 P("Đỗ Thị Nhàn", "Chủ tịch Ủy ban MTTQ xã Thanh Hải")],
[Q("52 đồng chí", 52, "đồng chí"), Q("hơn 61.000 suất quà", 61000, "suất quà", "over"), Q("gần 42 tỷ đồng", 42000000000, "đồng", "approx"),
 Q("500.000 đồng", 500000, "đồng"), Q("1 triệu đồng", 1000000, "đồng"), Q("212 căn", 212, "căn"), Q("158 căn", 158, "căn"),
 Q("246 căn", 246, "căn"), Q("64,2%", 64.2, "%"), Q("9,8 tỷ đồng", 9800000000, "đồng"), Q("36 căn nhà", 36, "căn nhà"),
 Q("5 dòng họ", 5, "dòng họ"), Q("420 triệu đồng", 420000000, "đồng"), Q("6 huyện", 6, "huyện")],
[D("Quyết định", "1215", "QĐ/TU", "2025-02-26", "Ban Thường vụ Tỉnh ủy", "Quyết định số 1215-QĐ/TU ngày 26/2/2025"),
 D("Kế hoạch", "15", "KH/BTGDVTU", None, None, "Kế hoạch 15, 16-KH/BTGDVTU"),
 D("Kế hoạch", "16", "KH/BTGDVTU", None, None, "Kế hoạch 15, 16-KH/BTGDVTU"),
 D("Hướng dẫn", "03", "HD/BTGDVTU", "2025-03-12", None, "Hướng dẫn số 03-HD/BTGDVTU ngày 12/3/2025"),
 D("Nghị quyết", "18", "NQ/TW", "2017-10-25", "Ban Chấp hành Trung ương", "Nghị quyết số 18-NQ/TW ngày 25/10/2017")],
[prov("Hải Dương"), com("An Lưu"), com("Thanh Hải")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY HẢI DƯƠNG", "Trang chủ » Hoạt động » Dân vận", "Toàn cảnh hội nghị giao ban.",
 "Vì người nghèo", "Lượt truy cập: 39.204"],
["Cập nhật lúc 10:12 ngày 10/04/2025", "52 đồng chí", "quý I năm 2025", "Quý I", "hai ban", "Tết Nguyên đán Ất Tỵ", "quý II", "tháng 5",
 "Lượt truy cập: 39.204"]))
