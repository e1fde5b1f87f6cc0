from lib import *
PAGES = []

PAGES.append(page("b8123-gialai-kbang-doithoai-2016", """
BÁO GIA LAI ĐIỆN TỬ
Trang chủ >> Xã hội >> Giáo dục
Cập nhật: 09:42, 15/09/2016 (GMT+7)
Đối thoại với phụ huynh để học sinh không bỏ học
(GLO) - Ngày 13/9, UBND xã Sơn Lang (huyện Kbang, tỉnh Gia Lai) phối hợp với Ban Dân vận Huyện ủy tổ chức buổi đối thoại với phụ huynh học sinh về công tác vận động học sinh bỏ học trở lại lớp năm 2016. Hơn 150 phụ huynh, già làng, người có uy tín các làng đã tham dự.
Quang cảnh buổi đối thoại tại hội trường UBND xã Sơn Lang. Ảnh: Đinh Yến
Chủ trì đối thoại có đồng chí Đinh Thị Hnhưn, HUV, Trưởng Ban Dân vận Huyện ủy Kbang; ông Đinh Văn Bưu, Bí thư Đảng ủy, Chủ tịch HĐND xã Sơn Lang; bà Rơ Mah H'Thuân, Phó Chủ tịch UBND xã Sơn Lang.
Theo báo cáo của xã, năm học 2015 - 2016 toàn xã có 38 học sinh bỏ học, trong đó 29 em là người Bahnar. Đầu năm học mới, xã đã cùng 3 trường học trên địa bàn vận động được 31 em trở lại lớp; 7 em còn lại đã đi làm thuê ở Bình Dương và Đồng Nai.
Tại buổi đối thoại, nhiều phụ huynh thẳng thắn nêu lý do con nghỉ học. Ông Đinh Hlun ở làng Kon Lốc 2 nói: "Nhà mình 6 đứa con, ruộng ít, đứa lớn phải ở nhà phụ chăn bò. Mình muốn cho con học nhưng không có tiền mua áo, mua vở". Bà Đinh Thị Sai ở làng Điện Biên hỏi vì sao con bà học lớp 8 mà vẫn đọc chưa thông, viết chưa thạo.
Trả lời các ý kiến, thầy Trần Văn Tiến, Hiệu trưởng Trường THCS Sơn Lang, thừa nhận nhà trường chưa quan tâm đúng mức đến học sinh yếu; năm học này trường sẽ mở 4 lớp phụ đạo miễn phí và phân công giáo viên chủ nhiệm đến thăm nhà học sinh ít nhất 2 lần/học kỳ. Đại diện Phòng Lao động - Thương binh và Xã hội huyện cho biết, học sinh thuộc hộ nghèo được hỗ trợ chi phí học tập 100.000 đồng/tháng, tối đa 9 tháng/năm học theo Nghị định 86/2015/NĐ-CP của Chính phủ.
Già làng Đinh Blêch ở làng Lơ Ku phát biểu: "Già sẽ nói với con cháu trong làng, đứa nào bỏ học thì cả làng cùng đến nhà khuyên. Cái chữ là cái quý nhất". Nhiều phụ huynh cũng cam kết đưa con trở lại lớp ngay trong tháng 9.
Kết luận buổi đối thoại, đồng chí Đinh Thị Hnhưn ghi nhận các ý kiến và đề nghị xã đưa việc vận động học sinh đi học vào hương ước, quy ước của làng; Hội Liên hiệp Phụ nữ, Đoàn Thanh niên nhận đỡ đầu học sinh có nguy cơ bỏ học. Ban Dân vận Huyện ủy sẽ đưa mô hình "Làng không có học sinh bỏ học" vào kế hoạch thực hiện Chỉ thị 17-CT/HU của Ban Thường vụ Huyện ủy.
Dịp này, Hội Chữ thập đỏ huyện trao 50 bộ sách giáo khoa và 50 chiếc áo đồng phục cho học sinh khó khăn của xã, tổng trị giá khoảng 25 triệu đồng.
Đinh Yến
Tin khác
- Kbang: tặng 200 suất học bổng cho học sinh Bahnar (09/09/2016)
- Phú Thiện đối thoại về đất đai với người dân xã Ia Piar (30/08/2016)
- Chư Păh: vận động nhân dân hiến đất làm đường (22/08/2016)
- Hội nghị người có uy tín huyện Kông Chro (15/08/2016)
""", "2016-09-15", "Đối thoại với phụ huynh để học sinh không bỏ học",
E("doi_thoai", "2016", "2016-09-13"),
[P("Đinh Thị Hnhưn", "HUV", "Trưởng Ban Dân vận Huyện ủy Kbang"),
 P("Đinh Văn Bưu", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Sơn Lang"),
 P("Rơ Mah H'Thuân", "Phó Chủ tịch UBND xã Sơn Lang"),
 P("Đinh Hlun"), P("Đinh Thị Sai"),
 P("Trần Văn Tiến", "Hiệu trưởng Trường THCS Sơn Lang"),
 P("Đinh Blêch", "Già làng")],
[Q("Hơn 150 phụ huynh, già làng, người có uy tín", 150, "phụ huynh, già làng, người có uy tín", "over"),
 Q("38 học sinh", 38, "học sinh"), Q("29 em", 29, "em"), Q("3 trường học", 3, "trường học"), Q("31 em", 31, "em"),
 Q("7 em", 7, "em"), Q("6 đứa con", 6, "đứa con"), Q("4 lớp phụ đạo", 4, "lớp phụ đạo"),
 Q("100.000 đồng", 100000, "đồng"), Q("50 bộ sách giáo khoa", 50, "bộ sách giáo khoa"),
 Q("50 chiếc áo đồng phục", 50, "chiếc áo đồng phục"), Q("khoảng 25 triệu đồng", 25000000, "đồng", "approx")],
[D("Nghị định", "86", "2015/NĐ-CP", None, "Chính phủ", "Nghị định 86/2015/NĐ-CP"),
 D("Chỉ thị", "17", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 17-CT/HU")],
[prov("Gia Lai"), com("Sơn Lang"), prov("Bình Dương"), prov("Đồng Nai")],
["BÁO GIA LAI ĐIỆN TỬ", "Trang chủ >> Xã hội >> Giáo dục", "(GLO)",
 "Quang cảnh buổi đối thoại tại hội trường UBND xã Sơn Lang. Ảnh: Đinh Yến", "Làng không có học sinh bỏ học",
 "Hội Chữ thập đỏ huyện"],
["Cập nhật: 09:42, 15/09/2016 (GMT+7)", "năm 2016", "năm học 2015 - 2016", "lớp 8", "2 lần/học kỳ", "9 tháng/năm học", "tháng 9"]))

PAGES.append(page("b8124-quangtri-taphuan-2017", """
BAN DÂN VẬN TỈNH ỦY QUẢNG TRỊ
Tin tức - Sự kiện / Hoạt động dân vận
29-06-2017 09:40
Tập huấn kỹ năng vận động học sinh ra lớp cho cán bộ cơ sở vùng đồng bào Vân Kiều, Pa Kô
Trong 2 ngày 27 và 28/6/2017, tại thị trấn Khe Sanh, Ban Dân vận Tỉnh ủy Quảng Trị phối hợp với Sở Giáo dục và Đào tạo tổ chức lớp tập huấn kỹ năng dân vận trong vận động học sinh bỏ học trở lại lớp năm 2017 cho 135 học viên là cán bộ xã, trưởng bản, giáo viên và người có uy tín ở các huyện Hướng Hóa, Đakrông.
Học viên trao đổi nhóm tại lớp tập huấn.
Khai mạc lớp tập huấn, đồng chí Lê Thị Minh Hằng, Phó Trưởng Ban Dân vận Tỉnh ủy nhấn mạnh: năm học 2016 - 2017 hai huyện miền núi vẫn còn 294 học sinh bỏ học, chiếm gần 70% số học sinh bỏ học toàn tỉnh; nguyên nhân chủ yếu là đời sống khó khăn, tảo hôn và nhận thức của phụ huynh.
Các học viên được nghe ThS. Hồ Văn Lai, Phó Trưởng phòng Giáo dục dân tộc Sở Giáo dục và Đào tạo, giới thiệu Quyết định số 1008/QĐ-TTg và Quyết định số 2123/QĐ-TTg của Thủ tướng Chính phủ về đề án phát triển giáo dục cho đồng bào dân tộc thiểu số; Thông tư 17/2016/TT-BGDĐT về vận động học sinh ra lớp... Đồng chí Kăn Tiêng, Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy, hướng dẫn kỹ năng tiếp cận hộ gia đình, nói bằng tiếng Vân Kiều, Pa Kô, lồng ghép nội dung vận động vào các lễ hội truyền thống như lễ mừng lúa mới.
Phần thảo luận nhóm diễn ra sôi nổi. Ông Hồ Văn Pả, Trưởng bản A Xing, xã A Xing, kể: bản có 17 học sinh nghỉ học từ sau Tết, bản phải họp 3 lần, mời cả cán bộ đồn biên phòng về nói chuyện mới vận động được 14 em trở lại. Cô giáo Hồ Thị Pỏi ở Trường Tiểu học Tà Rụt, xã Tà Rụt, đề xuất mỗi giáo viên nhận "kết nghĩa" với 3 - 5 gia đình có con hay nghỉ học.
Các học viên cũng được hướng dẫn cách lập sổ theo dõi học sinh có nguy cơ bỏ học, cách phối hợp giữa nhà trường, chi bộ, ban công tác Mặt trận khu dân cư. Kinh phí tổ chức lớp học khoảng 68 triệu đồng, từ nguồn ngân sách của Ban Dân vận Tỉnh ủy và tài trợ của tổ chức Plan.
Bế mạc lớp tập huấn, đồng chí Lê Thị Minh Hằng đề nghị học viên về cơ sở xây dựng kế hoạch cụ thể, phấn đấu năm học 2017 - 2018 đưa ít nhất 85% số em bỏ học trở lại lớp; Ban Dân vận các huyện ủy chọn 2 xã làm điểm và báo cáo kết quả trước ngày 30/11. 100% học viên được cấp giấy chứng nhận hoàn thành lớp học.
Bài, ảnh: Hoàng Lan
Tin cùng chuyên mục
- Hướng Hóa: trao 80 suất quà cho học sinh nghèo vượt khó (20/06/2017)
- Hội nghị giao ban công tác dân vận 6 tháng đầu năm 2017 (15/06/2017)
- Đakrông: nhân rộng mô hình "Bản không có học sinh bỏ học" (02/06/2017)
- Tọa đàm về công tác dân tộc, tôn giáo (24/05/2017)
""", "2017-06-29", "Tập huấn kỹ năng vận động học sinh ra lớp cho cán bộ cơ sở vùng đồng bào Vân Kiều, Pa Kô",
E("tap_huan", "2017", "2017-06-27"),
[P("Lê Thị Minh Hằng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hồ Văn Lai", "ThS.", "Phó Trưởng phòng Giáo dục dân tộc Sở Giáo dục và Đào tạo"),
 P("Kăn Tiêng", "Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy"),
 P("Hồ Văn Pả", "Trưởng bản A Xing"),
 P("Hồ Thị Pỏi", "Cô giáo")],
[Q("135 học viên", 135, "học viên"), Q("294 học sinh", 294, "học sinh"), Q("gần 70%", 70, "%", "approx"),
 Q("17 học sinh", 17, "học sinh"), Q("14 em", 14, "em"), Q("3 - 5 gia đình", 3, "gia đình"), Q("3 - 5 gia đình", 5, "gia đình"),
 Q("khoảng 68 triệu đồng", 68000000, "đồng", "approx"), Q("ít nhất 85%", 85, "%", "over"), Q("2 xã", 2, "xã"),
 Q("100% học viên", 100, "%")],
[D("Quyết định", "1008", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1008/QĐ-TTg"),
 D("Quyết định", "2123", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 2123/QĐ-TTg"),
 D("Thông tư", "17", "2016/TT-BGDĐT", None, None, "Thông tư 17/2016/TT-BGDĐT")],
[prov("Quảng Trị"), com("Khe Sanh"), com("A Xing"), com("Tà Rụt")],
["BAN DÂN VẬN TỈNH ỦY QUẢNG TRỊ", "Tin tức - Sự kiện / Hoạt động dân vận", "Học viên trao đổi nhóm tại lớp tập huấn.",
 "tổ chức Plan", "lễ mừng lúa mới"],
["29-06-2017 09:40", "2 ngày", "năm 2017", "năm học 2016 - 2017", "3 lần", "năm học 2017 - 2018", "30/11"]))

PAGES.append(page("b8125-camau-tongket-2018", """
Cổng Thông tin điện tử Ban Dân vận Tỉnh ủy Cà Mau
Trang chủ - Tin hoạt động - Dân vận chính quyền
21.12.2018 | 16:05
Cà Mau: Tổng kết công tác phối hợp vận động học sinh bỏ học trở lại trường năm 2018
Sáng 20/12, Ban Dân vận Tỉnh ủy phối hợp với Ban cán sự đảng UBND tỉnh tổng kết công tác phối hợp vận động học sinh bỏ học trở lại trường năm 2018 và ký kết chương trình phối hợp giai đoạn 2019 - 2020.
Dự hội nghị có đồng chí Nguyễn Thị Ngọc Diễm, TUV, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Lâm Văn Bi, UVBCH Đảng bộ tỉnh, Phó Chủ tịch UBND tỉnh; các đồng chí Danh Hùng, Trần Văn Dũng, Huỳnh Thị Bé Ba - Phó Trưởng Ban Dân vận Tỉnh ủy.
Năm 2018, thực hiện Chương trình phối hợp số 03-CTr/BDVTU-BCSĐ, các cấp đã rà soát 3.842 học sinh bỏ học và có nguy cơ bỏ học; vận động được 2.156 em trở lại trường, trong đó cấp tiểu học 612 em, trung học cơ sở 1.208 em, trung học phổ thông 336 em. Tỷ lệ học sinh bỏ học toàn tỉnh giảm từ 3,6% xuống còn 2,1%.
Mặt trận và các đoàn thể đã vận động hơn 12,5 tỷ đồng để tặng 8.400 suất học bổng, 2.900 xe đạp, 46.000 quyển tập và hỗ trợ 1.150 học sinh mượn sách giáo khoa. Huyện Đầm Dơi, U Minh, Trần Văn Thời là những địa phương có nhiều cách làm hay; riêng xã Tân Thuận (huyện Đầm Dơi) vận động 97 em trở lại lớp, được UBND tỉnh tặng Bằng khen.
Thay mặt các hộ đồng bào Khmer, ông Thạch Sa Ron, người có uy tín ấp Cây Khô, xã Khánh Bình Tây, chia sẻ: "Trước đây tôi nghĩ con đi học chỉ cần biết chữ là đủ, giờ thì phải cho cháu học tới nơi". Đại đức Danh Thu, Phó trụ trì chùa Cao Dân, cho biết nhà chùa mở lớp dạy chữ Khmer và cho học sinh nghèo ở nhờ để đi học.
Tuy nhiên, hội nghị cũng chỉ ra: tình trạng học sinh bỏ học theo cha mẹ lên các tỉnh miền Đông làm công nhân vẫn còn, với khoảng 700 em chưa trở lại; việc theo dõi học sinh chuyển trường còn sơ hở.
Phát biểu chỉ đạo, đồng chí Nguyễn Thị Ngọc Diễm yêu cầu năm 2019 tiếp tục thực hiện Kết luận 05-KL/TU của Ban Thường vụ Tỉnh ủy và Kế hoạch số 112/KH-UBND ngày 12/9/2018 của UBND tỉnh; không để tình trạng "học sinh ngồi nhầm lớp"; phấn đấu giảm tỷ lệ bỏ học xuống dưới 1,5%. Đồng chí Lâm Văn Bi đề nghị Sở Giáo dục và Đào tạo đưa chỉ tiêu giữ sĩ số vào tiêu chí thi đua của các trường.
Dịp này, UBND tỉnh tặng Bằng khen cho 15 tập thể, 22 cá nhân; Ban Dân vận Tỉnh ủy tặng Giấy khen cho 31 cá nhân tiêu biểu. Mỗi cá nhân được thưởng 500.000 đồng.
Tin, ảnh: Minh Luân
Tin liên quan
- Năm Căn: 300 học sinh được nhận học bổng "Tiếp sức đến trường" (14/12/2018)
- Hội nghị giao ban khối dân vận quý IV năm 2018 (07/12/2018)
- Thới Bình ra mắt mô hình "Ấp không có học sinh bỏ học" (30/11/2018)
""", "2018-12-21", "Cà Mau: Tổng kết công tác phối hợp vận động học sinh bỏ học trở lại trường năm 2018",
E("tong_ket", "2018", "2018-12-20"),
[P("Nguyễn Thị Ngọc Diễm", "TUV", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lâm Văn Bi", "UVBCH Đảng bộ tỉnh", "Phó Chủ tịch UBND tỉnh"),
 P("Danh Hùng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Văn Dũng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Huỳnh Thị Bé Ba", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thạch Sa Ron", "người có uy tín ấp Cây Khô"),
 P("Danh Thu", "Đại đức", "Phó trụ trì chùa Cao Dân")],
[Q("3.842 học sinh", 3842, "học sinh"), Q("2.156 em", 2156, "em"), Q("612 em", 612, "em"), Q("1.208 em", 1208, "em"),
 Q("336 em", 336, "em"), Q("3,6%", 3.6, "%"), Q("2,1%", 2.1, "%"), Q("hơn 12,5 tỷ đồng", 12500000000, "đồng", "over"),
 Q("8.400 suất học bổng", 8400, "suất học bổng"), Q("2.900 xe đạp", 2900, "xe đạp"), Q("46.000 quyển tập", 46000, "quyển tập"),
 Q("1.150 học sinh", 1150, "học sinh"), Q("97 em", 97, "em"), Q("khoảng 700 em", 700, "em", "approx"),
 Q("dưới 1,5%", 1.5, "%"), Q("15 tập thể", 15, "tập thể"), Q("22 cá nhân", 22, "cá nhân"),
 Q("31 cá nhân tiêu biểu", 31, "cá nhân tiêu biểu"), Q("500.000 đồng", 500000, "đồng")],
[D("Chương trình phối hợp", "03", "CTr/BDVTU-BCSĐ", None, None, "Chương trình phối hợp số 03-CTr/BDVTU-BCSĐ"),
 D("Kết luận", "05", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 05-KL/TU"),
 D("Kế hoạch", "112", "KH-UBND", "2018-09-12", "UBND tỉnh", "Kế hoạch số 112/KH-UBND ngày 12/9/2018")],
[prov("Cà Mau"), com("Tân Thuận"), com("Khánh Bình Tây")],
["Cổng Thông tin điện tử Ban Dân vận Tỉnh ủy Cà Mau", "Trang chủ - Tin hoạt động - Dân vận chính quyền",
 "học sinh ngồi nhầm lớp"],
["21.12.2018 | 16:05", "năm 2018", "giai đoạn 2019 - 2020", "năm 2019"]))

PAGES.append(page("b8126-sonla-giaoban-thang9-2019", """
sonla.gov.vn | Cổng thông tin điện tử tỉnh Sơn La
Hôm nay: Thứ Hai, 07/10/2019
Tin tức › Văn hóa - Xã hội
Ngày 04/10/2019 | 09:15
Thuận Châu: Giao ban tháng 9 tập trung huy động học sinh ra lớp
Ngày 3/10, Thường trực Huyện ủy Thuận Châu tổ chức giao ban công tác dân vận, mặt trận, đoàn thể tháng 9/2019, trong đó dành phần lớn thời gian cho việc đánh giá công tác vận động học sinh bỏ học trở lại lớp đầu năm học 2019 - 2020.
Đồng chí Lò Văn Khứ, Phó Bí thư Thường trực Huyện ủy, chủ trì giao ban. Ảnh: Quàng Thủy
Đồng chí Lò Văn Khứ, Phó Bí thư Thường trực Huyện ủy chủ trì giao ban. Tham dự có các đồng chí: Cầm Thị Phượng, HUV, Trưởng Ban Dân vận Huyện ủy; Mùa A Sinh, HUV, Chủ tịch Ủy ban MTTQ Việt Nam huyện; lãnh đạo Phòng Giáo dục và Đào tạo và người đứng đầu các đoàn thể huyện.
Theo báo cáo, sau gần 1 tháng khai giảng, toàn huyện có 186 học sinh chưa đến lớp hoặc đã nghỉ học, tăng 41 em so với cùng kỳ năm 2018. Nhiều nhất là các xã Co Mạ, Long Hẹ, Phỏng Lái với từ 20 đến 35 em mỗi xã. Phần lớn là học sinh người Mông, Thái ở bậc THCS theo gia đình đi thu hoạch cà phê, hoặc ở nhà vì tảo hôn.
Thực hiện Kế hoạch số 95-KH/HU ngày 20/8/2019 của Huyện ủy, 29 xã, thị trấn đã thành lập tổ vận động do phó bí thư đảng ủy làm tổ trưởng. Trong tháng 9, các tổ đã đến 418 hộ gia đình, vận động được 132 em trở lại trường. Ông Lường Văn Doan, Bí thư Chi bộ bản Nà Lạn, xã Phỏng Lái, kể bản có 5 em nghỉ học, chi bộ đã họp và phân công mỗi đảng viên phụ trách 1 gia đình; sau 2 tuần tất cả đã đi học lại.
Đồng chí Cầm Thị Phượng cho biết, Ban Dân vận Huyện ủy đã tham mưu ban hành Hướng dẫn 07-HD/BDVHU về lồng ghép vận động học sinh ra lớp vào mô hình "Dân vận khéo"; hiện có 34 mô hình dân vận khéo trong lĩnh vực giáo dục. Hội Liên hiệp Phụ nữ huyện nhận đỡ đầu 58 học sinh có hoàn cảnh khó khăn, mỗi em được hỗ trợ 300.000 đồng/tháng.
Kết luận giao ban, đồng chí Lò Văn Khứ yêu cầu các xã có học sinh bỏ học nhiều phải báo cáo bằng văn bản với Thường trực Huyện ủy trước ngày 15/10; phấn đấu đến hết tháng 10 huy động 100% học sinh trong độ tuổi ra lớp; kiên quyết xử lý các trường hợp tảo hôn. Các đoàn thể huyện tiếp tục thực hiện Nghị quyết số 14-NQ/HU của Ban Chấp hành Đảng bộ huyện về phát triển giáo dục vùng cao.
Giao ban tháng 10 sẽ kiểm tra kết quả tại các xã Co Mạ và Long Hẹ.
Quàng Thủy - Trung tâm Văn hóa huyện
Xem thêm
- Sơn La: hơn 280 nghìn học sinh vào năm học mới (06/09/2019)
- Mường La tập huấn công tác dân vận cho cán bộ bản (27/08/2019)
- Giao ban công tác dân vận tháng 8 năm 2019 (05/09/2019)
""", "2019-10-04", "Thuận Châu: Giao ban tháng 9 tập trung huy động học sinh ra lớp",
E("giao_ban", "2019-09", "2019-10-03"),
[P("Lò Văn Khứ", "Phó Bí thư Thường trực Huyện ủy"),
 P("Cầm Thị Phượng", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Mùa A Sinh", "HUV", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Lường Văn Doan", "Bí thư Chi bộ bản Nà Lạn")],
[Q("186 học sinh", 186, "học sinh"), Q("41 em", 41, "em"), Q("từ 20 đến 35 em", 20, "em"), Q("từ 20 đến 35 em", 35, "em"),
 Q("29 xã, thị trấn", 29, "xã, thị trấn"), Q("418 hộ gia đình", 418, "hộ gia đình"), Q("132 em", 132, "em"), Q("5 em", 5, "em"),
 Q("34 mô hình dân vận khéo", 34, "mô hình dân vận khéo"), Q("58 học sinh", 58, "học sinh"),
 Q("300.000 đồng", 300000, "đồng"), Q("100% học sinh", 100, "%")],
[D("Kế hoạch", "95", "KH/HU", "2019-08-20", "Huyện ủy", "Kế hoạch số 95-KH/HU ngày 20/8/2019"),
 D("Hướng dẫn", "07", "HD/BDVHU", None, "Ban Dân vận Huyện ủy", "Hướng dẫn 07-HD/BDVHU"),
 D("Nghị quyết", "14", "NQ/HU", None, "Ban Chấp hành Đảng bộ huyện", "Nghị quyết số 14-NQ/HU")],
[prov("Sơn La"), com("Co Mạ"), com("Long Hẹ"), com("Phỏng Lái")],
["sonla.gov.vn | Cổng thông tin điện tử tỉnh Sơn La", "Tin tức › Văn hóa - Xã hội",
 "Đồng chí Lò Văn Khứ, Phó Bí thư Thường trực Huyện ủy, chủ trì giao ban. Ảnh: Quàng Thủy", "Dân vận khéo",
 "Trung tâm Văn hóa huyện"],
["Hôm nay: Thứ Hai, 07/10/2019", "tháng 9/2019", "năm học 2019 - 2020", "gần 1 tháng", "năm 2018", "1 gia đình", "2 tuần",
 "15/10", "tháng 10"]))

PAGES.append(page("b8127-daklak-soket-covid-2020", """
BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK
Trang chủ / Tin tức / Hoạt động của Ban
30 tháng 7, 2020 | 17:45
Ứng phó dịch COVID-19, không để học sinh nghỉ học kéo dài thành bỏ học
Chiều 28/7, Ban Dân vận Tỉnh ủy Đắk Lắk tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2020, trong đó nhấn mạnh kết quả phối hợp vận động học sinh trở lại trường sau thời gian nghỉ học phòng, chống dịch COVID-19. Đồng chí H'Yim Kđoh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.
Sau gần 3 tháng học sinh nghỉ học phòng dịch, khi các trường mở cửa trở lại vào tháng 5, toàn tỉnh có 2.486 học sinh không trở lại lớp, phần lớn ở các huyện Ea Súp, Krông Bông, Lắk, M'Drắk. Ban Dân vận Tỉnh ủy đã ban hành Công văn số 214-CV/BDVTU ngày 08/5/2020 đề nghị các huyện ủy, thành ủy chỉ đạo hệ thống dân vận phối hợp với nhà trường rà soát, vận động; nhờ đó 2.063 em đã đi học lại, đạt 83%.
Đại biểu thảo luận tại hội nghị.
Đồng chí Y Nguôn Byă, HUV, Trưởng Ban Dân vận Huyện ủy Lắk cho biết, huyện huy động 74 tổ dân vận buôn, 38 già làng, người có uy tín cùng tham gia; nhiều giáo viên mang phiếu bài tập đến tận nhà học sinh không có điện thoại, ti vi để học trực tuyến. Ông Y Ruăn Niê, Già làng buôn Tơ Lơ, xã Đắk Phơi, kể: "Có nhà khó, bố mẹ đi làm rẫy cả ngày, con ở nhà lâu quên luôn đường đến trường. Già phải đến nói nhiều lần".
6 tháng đầu năm, Ban Dân vận Tỉnh ủy cũng đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận 41, 42-KL/TU về công tác dân vận trong tình hình dịch bệnh và về vận động đồng bào dân tộc thiểu số tại chỗ; phối hợp trao 1.600 suất quà, trị giá hơn 800 triệu đồng cho học sinh nghèo bị ảnh hưởng bởi dịch.
Tuy vậy, hội nghị chỉ ra số học sinh chưa trở lại lớp vẫn còn 423 em; một số em đã đi làm thuê ở các trang trại, một số em người dân tộc thiểu số di cư tự do chưa có hộ khẩu nên khó theo dõi.
Phát biểu kết luận, đồng chí H'Yim Kđoh yêu cầu 6 tháng cuối năm hệ thống dân vận các cấp bám sát cơ sở, lập danh sách từng em chưa đi học; phối hợp với Sở Giáo dục và Đào tạo thực hiện Kế hoạch số 5467/KH-UBND của UBND tỉnh; phấn đấu trước ngày 5/9 ít nhất 95% số học sinh bỏ học do dịch trở lại trường. Đồng chí cũng đề nghị Ban Dân vận các huyện ủy chủ động báo cáo kịp thời những vướng mắc để Ban tham mưu Thường trực Tỉnh ủy chỉ đạo.
Hội nghị được tổ chức theo hình thức trực tiếp, kết hợp trực tuyến với 15 điểm cầu huyện, thị xã, thành phố.
Thanh Huyền
Các tin khác
- Tặng 200 máy tính bảng cho học sinh học trực tuyến (20/07/2020)
- Hội nghị người có uy tín trong đồng bào dân tộc thiểu số năm 2020 (10/07/2020)
- Krông Pắc sơ kết mô hình "Dân vận khéo" (02/07/2020)
""", "2020-07-30", "Ứng phó dịch COVID-19, không để học sinh nghỉ học kéo dài thành bỏ học",
E("so_ket", "2020-H1", "2020-07-28"),
[P("H'Yim Kđoh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Y Nguôn Byă", "HUV", "Trưởng Ban Dân vận Huyện ủy Lắk"),
 P("Y Ruăn Niê", "Già làng buôn Tơ Lơ")],
[Q("2.486 học sinh", 2486, "học sinh"), Q("2.063 em", 2063, "em"), Q("83%", 83, "%"),
 Q("74 tổ dân vận buôn", 74, "tổ dân vận buôn"), Q("38 già làng, người có uy tín", 38, "già làng, người có uy tín"),
 Q("1.600 suất quà", 1600, "suất quà"), Q("hơn 800 triệu đồng", 800000000, "đồng", "over"), Q("423 em", 423, "em"),
 Q("ít nhất 95%", 95, "%", "over"), Q("15 điểm cầu huyện, thị xã, thành phố", 15, "điểm cầu huyện, thị xã, thành phố")],
[D("Công văn", "214", "CV/BDVTU", "2020-05-08", "Ban Dân vận Tỉnh ủy", "Công văn số 214-CV/BDVTU ngày 08/5/2020"),
 D("Kết luận", "41", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 41, 42-KL/TU"),
 D("Kết luận", "42", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 41, 42-KL/TU"),
 D("Kế hoạch", "5467", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 5467/KH-UBND")],
[prov("Đắk Lắk"), com("Đắk Phơi")],
["BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK", "Trang chủ / Tin tức / Hoạt động của Ban", "Đại biểu thảo luận tại hội nghị."],
["30 tháng 7, 2020 | 17:45", "6 tháng đầu năm 2020", "gần 3 tháng", "tháng 5", "6 tháng cuối năm", "5/9", "COVID-19"]))

PAGES.append(page("b8128-thanhhoa-muonglat-daihoi-khuyenhoc-2020", """
Trang thông tin điện tử huyện Mường Lát - Thanh Hóa
Trang chủ » Tin tức » Hoạt động các đoàn thể
2020-08-12 16:40
Đại hội Hội Khuyến học huyện Mường Lát lần thứ IV: Quyết tâm không để học sinh bỏ học vì nghèo
Ngày 11/8/2020, Hội Khuyến học huyện Mường Lát long trọng tổ chức Đại hội đại biểu lần thứ IV, nhiệm kỳ 2020 - 2025. Về dự có đồng chí Phạm Thị Hằng, Phó Chủ tịch Hội Khuyến học tỉnh Thanh Hóa; đồng chí Hà Văn Ban, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Mường Lát cùng 120 đại biểu đại diện cho hơn 6.300 hội viên trong toàn huyện.
Các đại biểu biểu quyết thông qua nghị quyết đại hội.
Nhiệm kỳ 2015 - 2020, Hội đã phối hợp với ngành giáo dục, Ban Dân vận Huyện ủy, các đồn biên phòng vận động được 1.042 lượt học sinh bỏ học trở lại lớp; xây dựng 248 "Gia đình hiếu học", 36 "Dòng họ khuyến học" và 41 cộng đồng học tập cấp bản. Quỹ khuyến học các cấp huy động được trên 2,3 tỷ đồng, trao 3.760 suất học bổng. Tỷ lệ học sinh bỏ học trong huyện giảm từ 4,8% năm học 2015 - 2016 xuống 1,2% năm học 2019 - 2020.
Tham luận tại đại hội, bà Giàng Thị Pà, Chi hội trưởng Chi hội khuyến học bản Sài Khao, xã Mường Chanh, chia sẻ cách vận động đồng bào Mông: chi hội lập "hòm thư ước mơ" để các em viết điều mong muốn; mỗi khi có em nghỉ học, chi hội cùng trưởng bản, người có uy tín đến nhà ngay trong ngày. Nhờ vậy, 2 năm liền bản không có học sinh bỏ học. Ông Lò Văn Ỏn, Trưởng bản Na Khà, xã Tam Chung, kể chuyện bản trích 5% tiền dịch vụ môi trường rừng để thưởng cho học sinh đi học đều.
Phát biểu chỉ đạo, đồng chí Hà Văn Ban đề nghị Hội tiếp tục thực hiện Chỉ thị số 11-CT/TW của Bộ Chính trị về đẩy mạnh phong trào khuyến học, khuyến tài, xây dựng xã hội học tập và Kế hoạch số 136-KH/HU của Huyện ủy; coi việc giữ vững sĩ số, ngăn chặn học sinh bỏ học là nhiệm vụ trọng tâm nhiệm kỳ mới.
Đại hội đã bầu Ban Chấp hành khóa IV gồm 21 ủy viên. Tại phiên họp thứ nhất, bà Lương Thị Hoa được tín nhiệm giữ chức Chủ tịch Hội Khuyến học huyện khóa IV; ông Vi Văn Thanh và ông Hà Văn Đới được bầu làm Phó Chủ tịch Hội.
Thay mặt Ban Chấp hành khóa IV, bà Lương Thị Hoa cảm ơn sự tín nhiệm của đại biểu, hứa sẽ cùng tập thể Ban Chấp hành đoàn kết, bám sát cơ sở, phối hợp chặt chẽ với nhà trường và chính quyền các xã trong việc vận động học sinh bỏ học trở lại lớp, nhất là ở các bản vùng sâu giáp biên.
Đại hội thông qua nghị quyết với các chỉ tiêu: đến năm 2025 có trên 80% hộ gia đình đạt danh hiệu "Gia đình học tập", 100% bản có chi hội khuyến học, tỷ lệ học sinh bỏ học dưới 1%.
Lê Hợi (Trung tâm VH-TT&TT huyện)
Tin liên quan
- Mường Lát: 98% trẻ 5 tuổi ra lớp (05/08/2020)
- Đại hội Hội Cựu chiến binh xã Pù Nhi (28/07/2020)
- Trao 100 suất quà cho học sinh nghèo biên giới (15/07/2020)
""", "2020-08-12", "Đại hội Hội Khuyến học huyện Mường Lát lần thứ IV: Quyết tâm không để học sinh bỏ học vì nghèo",
E("dai_hoi", None, "2020-08-11"),
[P("Phạm Thị Hằng", "Phó Chủ tịch Hội Khuyến học tỉnh Thanh Hóa"),
 P("Hà Văn Ban", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện Mường Lát"),
 P("Giàng Thị Pà", "Chi hội trưởng Chi hội khuyến học bản Sài Khao"),
 P("Lò Văn Ỏn", "Trưởng bản Na Khà"),
 P("Lương Thị Hoa", "Chủ tịch Hội Khuyến học huyện khóa IV"),
 P("Vi Văn Thanh", "Phó Chủ tịch Hội"),
 P("Hà Văn Đới", "Phó Chủ tịch Hội")],
[Q("120 đại biểu", 120, "đại biểu"), Q("hơn 6.300 hội viên", 6300, "hội viên", "over"),
 Q("1.042 lượt học sinh", 1042, "lượt học sinh"), Q("248 \"Gia đình hiếu học\"", 248, "Gia đình hiếu học"),
 Q("36 \"Dòng họ khuyến học\"", 36, "Dòng họ khuyến học"), Q("41 cộng đồng học tập cấp bản", 41, "cộng đồng học tập cấp bản"),
 Q("trên 2,3 tỷ đồng", 2300000000, "đồng", "over"), Q("3.760 suất học bổng", 3760, "suất học bổng"),
 Q("4,8%", 4.8, "%"), Q("1,2%", 1.2, "%"), Q("5%", 5, "%"), Q("21 ủy viên", 21, "ủy viên"),
 Q("trên 80%", 80, "%", "over"), Q("100% bản", 100, "%"), Q("dưới 1%", 1, "%")],
[D("Chỉ thị", "11", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 11-CT/TW"),
 D("Kế hoạch", "136", "KH/HU", None, "Huyện ủy", "Kế hoạch số 136-KH/HU")],
[prov("Thanh Hóa"), com("Mường Chanh"), com("Tam Chung")],
["Trang thông tin điện tử huyện Mường Lát - Thanh Hóa", "Trang chủ » Tin tức » Hoạt động các đoàn thể",
 "Các đại biểu biểu quyết thông qua nghị quyết đại hội.", "Gia đình hiếu học", "Dòng họ khuyến học",
 "Gia đình học tập", "hòm thư ước mơ", "Trung tâm VH-TT&TT huyện"],
["2020-08-12 16:40", "lần thứ IV", "nhiệm kỳ 2020 - 2025", "Nhiệm kỳ 2015 - 2020", "năm học 2015 - 2016",
 "năm học 2019 - 2020", "2 năm liền", "khóa IV", "năm 2025"]))
