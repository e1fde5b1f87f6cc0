from lib import *
PAGES = []

PAGES.append(page("b4265-dongnai-hoa-giaoban-2022", """
BAN DÂN VẬN TỈNH ỦY ĐỒNG NAI
Trang chủ > Tin tức > Hoạt động khối dân vận
Thứ Tư, 30/03/2022 - 14:10
Vận động đồng bào Hoa chung tay phục hồi kinh tế sau dịch
Chiều 29/3, Ban Dân vận Tỉnh ủy Đồng Nai tổ chức hội nghị giao ban khối dân vận quý I năm 2022, kết nối trực tuyến đến 11 điểm cầu huyện, thành phố. Đồng chí Nguyễn Thị Hoàng Yến, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.
Quang cảnh giao ban tại điểm cầu tỉnh.
Theo báo cáo, trong quý I, khối dân vận tập trung vận động các tầng lớp nhân dân, trong đó có khoảng 92.000 người Hoa (chiếm 3% dân số tỉnh), thực hiện Nghị quyết 11/NQ-CP của Chính phủ về Chương trình phục hồi và phát triển kinh tế - xã hội. Các cấp đã tổ chức 27 cuộc tiếp xúc với Ban quản trị 12 hội quán, chùa, miếu người Hoa; trao 4.500 suất quà Tết cho hộ người Hoa khó khăn; vận động các doanh nghiệp người Hoa ủng hộ 6,3 tỷ đồng, hỗ trợ gần 1.200 lao động trở lại làm việc.
Ban Dân vận Tỉnh ủy đã tham mưu Tỉnh ủy ban hành Kế hoạch số 301-KH/TU, 302-KH/TU về thực hiện Chỉ thị 62-CT/TW của Ban Bí thư (khóa VII) và về công tác dân vận năm 2022; ký quy chế phối hợp số 03-QC/BDVTU-MTTQ với Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh.
Tại hội nghị, đồng chí Mạc Thị Huệ, Tỉnh ủy viên, Phó Chủ tịch - Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh, cho biết dịp Tết Nguyên tiêu, Thất Phủ cổ miếu ở phường Thanh Bình đã đón hơn 15.000 lượt người đến lễ bái mà vẫn bảo đảm an toàn phòng dịch. Ông Dư Quang Vinh, Trưởng Ban quản trị Thất Phủ cổ miếu, được mời dự, chia sẻ cách vận động bà con rước đèn, múa lân theo quy mô nhỏ.
Bà Diệp Mỹ Linh, Phó Chủ tịch Ủy ban MTTQ Việt Nam phường Thanh Bình, và ông Voòng Sám Mằn, người có uy tín ấp 3, xã Túc Trưng, nêu một số kiến nghị về thủ tục cấp giấy chứng nhận quyền sử dụng đất cho bà con Hoa ở vùng nông thôn.
Kết luận hội nghị, đồng chí Nguyễn Thị Hoàng Yến yêu cầu quý II các cơ quan dân vận bám sát cơ sở, nắm tình hình tư tưởng của công nhân, đồng bào dân tộc, tôn giáo; nhân rộng ít nhất 20 mô hình "Dân vận khéo" trong phục hồi kinh tế; phối hợp tổ chức chu đáo lễ Vu Lan và các lễ hội truyền thống của người Hoa.
Hội nghị cũng thống nhất giao Ban Dân vận các huyện ủy, thành ủy rà soát, báo cáo tình hình đời sống, việc làm của đồng bào Hoa ở các khu công nghiệp, gửi về Ban Dân vận Tỉnh ủy trước kỳ giao ban quý II.
Dự hội nghị có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Lê Văn Thọ, Tăng Mỹ Hằng.
Thu Hà
Lượt truy cập: 562
Tin khác
- Ban Dân vận Tỉnh ủy thăm, chúc Tết các hội quán người Hoa (28/01/2022)
- Tổng kết công tác dân vận năm 2021 (24/12/2021)
- Xuân Lộc ra mắt 3 mô hình "Dân vận khéo" (10/12/2021)
""", "2022-03-30", "Vận động đồng bào Hoa chung tay phục hồi kinh tế sau dịch",
E("giao_ban", "2022-Q1", "2022-03-29"),
[P("Nguyễn Thị Hoàng Yến", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Mạc Thị Huệ", "Tỉnh ủy viên", "Phó Chủ tịch - Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh"),
 P("Dư Quang Vinh", "Trưởng Ban quản trị Thất Phủ cổ miếu"),
 P("Diệp Mỹ Linh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường Thanh Bình"),
 P("Voòng Sám Mằn", "người có uy tín ấp 3"),
 P("Lê Văn Thọ", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Tăng Mỹ Hằng", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("11 điểm cầu huyện, thành phố", 11, "điểm cầu huyện, thành phố"), Q("khoảng 92.000 người Hoa", 92000, "người Hoa", "approx"),
 Q("3%", 3, "%"), Q("27 cuộc tiếp xúc", 27, "cuộc tiếp xúc"), Q("12 hội quán, chùa, miếu người Hoa", 12, "hội quán, chùa, miếu người Hoa"),
 Q("4.500 suất quà", 4500, "suất quà"), Q("6,3 tỷ đồng", 6300000000, "đồng"), Q("gần 1.200 lao động", 1200, "lao động", "approx"),
 Q("hơn 15.000 lượt người", 15000, "lượt người", "over"), Q("ít nhất 20 mô hình", 20, "mô hình", "over")],
[D("Nghị quyết", "11", "NQ-CP", None, "Chính phủ", "Nghị quyết 11/NQ-CP"),
 D("Kế hoạch", "301", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 301-KH/TU"),
 D("Kế hoạch", "302", "KH/TU", None, "Tỉnh ủy", "302-KH/TU"),
 D("Chỉ thị", "62", "CT/TW", None, "Ban Bí thư", "Chỉ thị 62-CT/TW"),
 D("Quy chế phối hợp", "03", "QC/BDVTU-MTTQ", None, None, "quy chế phối hợp số 03-QC/BDVTU-MTTQ")],
[prov("Đồng Nai"), com("Thanh Bình"), com("Túc Trưng")],
["BAN DÂN VẬN TỈNH ỦY ĐỒNG NAI", "Trang chủ > Tin tức > Hoạt động khối dân vận", "Quang cảnh giao ban tại điểm cầu tỉnh.",
 "Thất Phủ cổ miếu", "Dân vận khéo", "Lượt truy cập: 562", "Chương trình phục hồi và phát triển kinh tế - xã hội"],
["Thứ Tư, 30/03/2022 - 14:10", "quý I năm 2022", "quý I", "quý II", "khóa VII", "năm 2022", "Lượt truy cập: 562"]))

PAGES.append(page("b4266-haugiang-cholchnamthmay-2023", """
Báo Hậu Giang Online
Trang chủ | Chính trị | Mặt trận - Đoàn thể
Ngày đăng 12/04/2023 | 16:20
Ảnh: Bà Trần Thị Ngọc Giàu trao quà cho chùa Khmer.
Mặt trận tỉnh thăm, chúc Tết Chôl Chnăm Thmây 2023
(HG) - Ngày 11/4, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Hậu Giang tổ chức đoàn đến thăm, chúc Tết cổ truyền Chôl Chnăm Thmây năm 2023 và tặng quà các chùa Phật giáo Nam tông Khmer, gia đình người có uy tín và hộ Khmer khó khăn tại thành phố Ngã Bảy, huyện Châu Thành, Long Mỹ.
Đoàn do bà Trần Thị Ngọc Giàu, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn; cùng đi có ông Lý Hoàng Sơn, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, và đại diện Ban Dân tộc tỉnh. Đoàn đã tặng quà 9 chùa Khmer, mỗi chùa 5 triệu đồng; trao 300 phần quà cho hộ Khmer nghèo, cận nghèo, mỗi phần trị giá 500.000 đồng gồm tiền mặt và nhu yếu phẩm.
Tại chùa Prếk Ôm Pil, xã Phú Tân, Thượng tọa Lý Minh Sang, trụ trì chùa, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, thay mặt chư tăng cảm ơn tỉnh đã quan tâm hỗ trợ xây dựng sala và lớp học chữ Khmer. Thượng tọa cho biết năm qua chùa đã vận động Phật tử hiến 3.600 m2 đất, đóng góp hơn 420 triệu đồng làm 2 cây cầu bê tông.
Tại phường Hiệp Thành, bà Trần Thị Ngọc Giàu đến thăm gia đình ông Danh Sa Ren, người có uy tín khu vực 4, và bà Thạch Thị Mỹ Lan, hộ cận nghèo đang nuôi 2 cháu nhỏ.
Hậu Giang hiện có khoảng 21.700 người Khmer, chiếm 2,9% dân số; có 58 người có uy tín trong đồng bào dân tộc thiểu số được hưởng chính sách theo Quyết định 12/2018/QĐ-TTg của Thủ tướng Chính phủ. Thực hiện Chỉ thị 19-CT/TW của Ban Bí thư, Kế hoạch số 18/KH-MTTQ-BTT ngày 20/3/2023 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh và công văn số 422-CV/TU của Tỉnh ủy, Ủy ban MTTQ các cấp đã vận động xây dựng 36 căn nhà Đại đoàn kết cho hộ Khmer, chuẩn bị 1.100 suất quà cho đồng bào dịp Tết.
Phát biểu tại các nơi đến thăm, bà Trần Thị Ngọc Giàu chúc chư tăng, bà con Khmer đón Tết vui tươi, an toàn, tiết kiệm; đề nghị các chùa tiếp tục là nơi giữ gìn văn hóa, chữ viết Khmer, vận động Phật tử thực hiện tốt cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".
Cùng ngày, đoàn của Ủy ban MTTQ Việt Nam thành phố Ngã Bảy do ông Danh Hải, Ủy viên Ban Thường vụ Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam thành phố dẫn đầu cũng thăm, tặng 60 phần quà cho hộ Khmer khó khăn tại xã Đại Thành.
Hồng Phúc
Tin liên quan
- Long Mỹ: vận động 20 căn nhà Đại đoàn kết cho hộ Khmer (05/04/2023)
- Hội nghị người có uy tín tỉnh Hậu Giang năm 2023 (28/03/2023)
- Châu Thành tổ chức lễ hội đua ghe Ngo mừng Ok Om Bok (10/11/2022)
""", "2023-04-12", "Mặt trận tỉnh thăm, chúc Tết Chôl Chnăm Thmây 2023",
E("trao_qua", None, "2023-04-11"),
[P("Trần Thị Ngọc Giàu", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lý Hoàng Sơn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lý Minh Sang", "Thượng tọa", "trụ trì chùa", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
 P("Danh Sa Ren", "người có uy tín khu vực 4"),
 P("Thạch Thị Mỹ Lan"),
 P("Danh Hải", "Ủy viên Ban Thường vụ Thành ủy", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố")],
[Q("9 chùa Khmer", 9, "chùa Khmer"), Q("5 triệu đồng", 5000000, "đồng"), Q("300 phần quà", 300, "phần quà"),
 Q("500.000 đồng", 500000, "đồng"), Q("3.600 m2", 3600, "m2"), Q("hơn 420 triệu đồng", 420000000, "đồng", "over"),
 Q("2 cây cầu bê tông", 2, "cây cầu bê tông"), Q("2 cháu nhỏ", 2, "cháu nhỏ"),
 Q("khoảng 21.700 người Khmer", 21700, "người Khmer", "approx"), Q("2,9%", 2.9, "%"), Q("58 người có uy tín", 58, "người có uy tín"),
 Q("36 căn nhà Đại đoàn kết", 36, "căn nhà Đại đoàn kết"), Q("1.100 suất quà", 1100, "suất quà"), Q("60 phần quà", 60, "phần quà")],
[D("Quyết định", "12", "2018/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 12/2018/QĐ-TTg"),
 D("Chỉ thị", "19", "CT/TW", None, "Ban Bí thư", "Chỉ thị 19-CT/TW"),
 D("Kế hoạch", "18", "KH-MTTQ-BTT", "2023-03-20", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 18/KH-MTTQ-BTT ngày 20/3/2023"),
 D("Công văn", "422", "CV/TU", None, "Tỉnh ủy", "công văn số 422-CV/TU")],
[prov("Hậu Giang"), com("Phú Tân"), com("Hiệp Thành"), com("Đại Thành")],
["Báo Hậu Giang Online", "Trang chủ | Chính trị | Mặt trận - Đoàn thể", "Ảnh: Bà Trần Thị Ngọc Giàu trao quà cho chùa Khmer.", "(HG)",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Hội Đoàn kết sư sãi yêu nước tỉnh", "Prếk Ôm Pil"],
["Ngày đăng 12/04/2023 | 16:20", "năm 2023", "năm qua"]))

PAGES.append(page("b4267-angiang-cham-baocao-2023", """
BAN DÂN VẬN TỈNH ỦY AN GIANG
Tin hoạt động / Làm việc với Trung ương
2023-10-06 16:40
Toàn cảnh buổi làm việc.
Ban Dân vận Tỉnh ủy báo cáo kết quả công tác vận động đồng bào Chăm với đoàn công tác Trung ương
Ngày 05/10/2023, đoàn công tác Ban Dân vận Trung ương do đồng chí Hoàng Văn Khải, Phó Trưởng Ban Dân vận Trung ương làm trưởng đoàn đã làm việc với Ban Thường vụ Tỉnh ủy An Giang. Đồng chí Phan Thị Mỹ Hạnh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy báo cáo kết quả công tác vận động đồng bào Chăm theo đạo Hồi trên địa bàn tỉnh.
Theo báo cáo, An Giang có khoảng 15.000 người Chăm với 3.100 hộ, sống tập trung ở 9 xã, phường của thị xã Tân Châu, huyện An Phú, Châu Phú; có 29 thánh đường, tiểu thánh đường. Thực hiện Kết luận 57, 58-KL/TU của Ban Thường vụ Tỉnh ủy về công tác vận động đồng bào Chăm và về phát huy vai trò chức sắc Hồi giáo, các cấp đã giải ngân 46 tỷ đồng vốn vay ưu đãi; tỷ lệ hộ nghèo Chăm giảm từ 16,2% năm 2018 xuống 5,4% hiện nay; 137 con em người Chăm tốt nghiệp đại học, cao đẳng; 23 quần chúng người Chăm được kết nạp vào Đảng.
Năm 2023, tỉnh triển khai Quyết định 1719/QĐ-TTg của Thủ tướng Chính phủ tại 7 xã có đông đồng bào Chăm, xây dựng 18 công trình giao thông nông thôn, 2 trạm cấp nước với tổng vốn khoảng 31,5 tỷ đồng. Ban Dân vận Tỉnh ủy đã phối hợp tổ chức 12 cuộc đối thoại với chức sắc Hồi giáo, tiếp nhận 41 ý kiến, giải quyết dứt điểm 38 ý kiến.
Báo cáo cũng nêu khó khăn: một bộ phận người Chăm đi làm ăn ở Malaysia, Indonesia chưa khai báo tạm vắng; việc học kinh Qur'an ở một số tiểu thánh đường chưa đăng ký theo Nghị định 162/2017/NĐ-CP của Chính phủ.
Tại buổi làm việc, ông Ka Sim, Trưởng Ban Đại diện Cộng đồng Hồi giáo tỉnh, đề nghị tăng học bổng cho học sinh Chăm; bà Mari Yam, Chủ tịch Hội Liên hiệp Phụ nữ xã Nhơn Hội, và ông Ysa Rô Man, Bí thư Chi bộ ấp Đa Phước, xã Đa Phước, kiến nghị hỗ trợ vốn cho nghề dệt thổ cẩm, chế biến mắm cá.
Phát biểu kết luận, đồng chí Hoàng Văn Khải đánh giá cao kết quả An Giang đạt được; đề nghị tỉnh tiếp tục thực hiện Chỉ thị 49-CT/TW, nắm chắc tình hình lao động người Chăm ở nước ngoài, chú trọng phát triển đảng viên là người Chăm, bảo đảm mỗi ấp Chăm có ít nhất 1 tổ dân vận hoạt động hiệu quả.
Cùng dự có đồng chí Lê Minh Trí, Vụ trưởng Vụ Dân tộc Ban Dân vận Trung ương, và các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Võ Thị Ngọc Diễm, Chau Sóc Thươl.
Kim Ngân
Lượt xem: 842
Bài viết liên quan
- Thăm, tặng quà đồng bào Chăm nhân tháng Ramadan 2023 (24/03/2023)
- Tân Châu: 5 năm thực hiện Kết luận về công tác vận động đồng bào Chăm (20/09/2023)
- Hội nghị người có uy tín trong đồng bào dân tộc thiểu số năm 2023 (15/08/2023)
""", "2023-10-06", "Ban Dân vận Tỉnh ủy báo cáo kết quả công tác vận động đồng bào Chăm với đoàn công tác Trung ương",
E("bao_cao", None, "2023-10-05"),
[P("Hoàng Văn Khải", "Phó Trưởng Ban Dân vận Trung ương"),
 P("Phan Thị Mỹ Hạnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Ka Sim", "Trưởng Ban Đại diện Cộng đồng Hồi giáo tỉnh"),
 P("Mari Yam", "Chủ tịch Hội Liên hiệp Phụ nữ xã Nhơn Hội"),
 P("Ysa Rô Man", "Bí thư Chi bộ ấp Đa Phước"),
 P("Lê Minh Trí", "Vụ trưởng Vụ Dân tộc Ban Dân vận Trung ương"),
 P("Võ Thị Ngọc Diễm", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Chau Sóc Thươl", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("khoảng 15.000 người Chăm", 15000, "người Chăm", "approx"), Q("3.100 hộ", 3100, "hộ"), Q("9 xã, phường", 9, "xã, phường"),
 Q("29 thánh đường, tiểu thánh đường", 29, "thánh đường, tiểu thánh đường"), Q("46 tỷ đồng", 46000000000, "đồng"),
 Q("16,2%", 16.2, "%"), Q("5,4%", 5.4, "%"), Q("137 con em người Chăm", 137, "con em người Chăm"),
 Q("23 quần chúng người Chăm", 23, "quần chúng người Chăm"), Q("7 xã", 7, "xã"),
 Q("18 công trình giao thông nông thôn", 18, "công trình giao thông nông thôn"), Q("2 trạm cấp nước", 2, "trạm cấp nước"),
 Q("khoảng 31,5 tỷ đồng", 31500000000, "đồng", "approx"), Q("12 cuộc đối thoại", 12, "cuộc đối thoại"),
 Q("41 ý kiến", 41, "ý kiến"), Q("38 ý kiến", 38, "ý kiến")],
[D("Kết luận", "57", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 57, 58-KL/TU"),
 D("Kết luận", "58", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 57, 58-KL/TU"),
 D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 1719/QĐ-TTg"),
 D("Nghị định", "162", "2017/NĐ-CP", None, "Chính phủ", "Nghị định 162/2017/NĐ-CP"),
 D("Chỉ thị", "49", "CT/TW", None, None, "Chỉ thị 49-CT/TW")],
[prov("An Giang"), com("Nhơn Hội"), com("Đa Phước")],
["BAN DÂN VẬN TỈNH ỦY AN GIANG", "Tin hoạt động / Làm việc với Trung ương", "Toàn cảnh buổi làm việc.", "Lượt xem: 842", "Qur'an",
 "Ban Đại diện Cộng đồng Hồi giáo tỉnh"],
["2023-10-06 16:40", "năm 2018", "Năm 2023", "1 tổ dân vận", "Lượt xem: 842"]))

PAGES.append(page("b4268-camau-khmer-okombok-2024", """
BÁO CÀ MAU ĐIỆN TỬ
Thời sự » Chính trị » Dân tộc - Tôn giáo
08:15 | 14/11/2024
Chia vui cùng đồng bào Khmer mừng lễ Ok Om Bok
(CMO) Nhân dịp lễ Ok Om Bok năm 2024 của đồng bào Khmer, ngày 13/11, đoàn công tác của Ban Dân vận Tỉnh ủy Cà Mau do đồng chí Huỳnh Văn Mãi, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy làm trưởng đoàn đã đến thăm, chúc mừng và tặng quà các chùa Phật giáo Nam tông Khmer, người có uy tín tại thành phố Cà Mau và các huyện Thới Bình, Trần Văn Thời.
Đồng chí Huỳnh Văn Mãi trao quà tại chùa Monivongsa Bopharam. Ảnh: Trúc Linh
Tại chùa Monivongsa Bopharam, phường 8, Thượng tọa Danh Ni, Phó Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, trụ trì chùa Monivongsa Bopharam, cho biết năm nay lễ Ok Om Bok có 3 đội ghe Ngo tham gia tập luyện, dự kiến thu hút hơn 2.000 lượt người đến dự lễ cúng trăng và thả đèn nước.
Đoàn đã tặng quà 9 chùa Khmer, mỗi chùa 5 triệu đồng; trao 400 phần quà cho hộ Khmer nghèo, mỗi phần trị giá 600.000 đồng; tổng trị giá hơn 285 triệu đồng, do Ban Dân vận Tỉnh ủy vận động từ các nhà hảo tâm.
Tại xã Trí Phải, ông Danh Út, Achar chùa Cao Dân, và bà Thị Hồng Nhung, người có uy tín ấp 7, bày tỏ vui mừng vì năm 2024 có 27 hộ Khmer trong xã được hỗ trợ nhà ở theo chương trình xóa nhà tạm, nhà dột nát. Đồng chí Trần Văn Đức, HUV, Bí thư Đảng ủy xã Trí Phải, cho biết xã có 635 hộ Khmer, tỷ lệ hộ nghèo Khmer giảm còn 3,12%.
Theo Ban Dân vận Tỉnh ủy, Cà Mau có khoảng 29.800 người Khmer, chiếm 2,5% dân số. Thực hiện Chỉ thị 19-CT/TW của Ban Bí thư và Kế hoạch số 125-KH/BDVTU ngày 21/10/2024 của Ban Dân vận Tỉnh ủy, các cấp đã trao tặng 1.560 phần quà và 48 căn nhà Đại đoàn kết cho đồng bào Khmer; 100% người có uy tín được thăm hỏi theo Quyết định 28/2023/QĐ-TTg ngày 23/11/2023 của Thủ tướng Chính phủ, với mức chi không quá 1 triệu đồng/người/lần.
Phát biểu tại các nơi đến thăm, đồng chí Huỳnh Văn Mãi mong các vị sư sãi, Achar, người có uy tín tiếp tục vận động đồng bào Khmer phát huy tinh thần đoàn kết, tổ chức lễ hội an toàn, tiết kiệm, đúng phong tục; tích cực tham gia phong trào "Dân vận khéo" và xây dựng nông thôn mới.
Cùng đi có đồng chí Lê Thị Thu Hằng, Phó Trưởng Ban Dân vận Tỉnh ủy, Phó Chủ tịch Hội đồng Thi đua - Khen thưởng Khối Dân vận tỉnh, cùng đại diện Ban Dân tộc tỉnh.
Trúc Linh
Lượt xem: 1.417
Tin liên quan
- Thới Bình: họp mặt người có uy tín nhân lễ Sene Dolta (30/09/2024)
- Trần Văn Thời ra mắt mô hình "Ấp Khmer không có người nghiện ma túy" (18/10/2024)
- Trao 20 căn nhà Đại đoàn kết cho hộ Khmer khó khăn (05/11/2024)
""", "2024-11-14", "Chia vui cùng đồng bào Khmer mừng lễ Ok Om Bok",
E("trao_qua", None, "2024-11-13"),
[P("Huỳnh Văn Mãi", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Danh Ni", "Thượng tọa", "Phó Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh", "trụ trì chùa Monivongsa Bopharam"),
 P("Danh Út", "Achar chùa Cao Dân"),
 P("Thị Hồng Nhung", "người có uy tín ấp 7"),
 P("Trần Văn Đức", "HUV", "Bí thư Đảng ủy xã Trí Phải"),
 P("Lê Thị Thu Hằng", "Phó Trưởng Ban Dân vận Tỉnh ủy", "Phó Chủ tịch Hội đồng Thi đua - Khen thưởng Khối Dân vận tỉnh")],
[Q("3 đội ghe Ngo", 3, "đội ghe Ngo"), Q("hơn 2.000 lượt người", 2000, "lượt người", "over"), Q("9 chùa Khmer", 9, "chùa Khmer"),
 Q("5 triệu đồng", 5000000, "đồng"), Q("400 phần quà", 400, "phần quà"), Q("600.000 đồng", 600000, "đồng"),
 Q("hơn 285 triệu đồng", 285000000, "đồng", "over"), Q("27 hộ Khmer", 27, "hộ Khmer"), Q("635 hộ Khmer", 635, "hộ Khmer"),
 Q("3,12%", 3.12, "%"), Q("khoảng 29.800 người Khmer", 29800, "người Khmer", "approx"), Q("2,5%", 2.5, "%"),
 Q("1.560 phần quà", 1560, "phần quà"), Q("48 căn nhà Đại đoàn kết", 48, "căn nhà Đại đoàn kết"), Q("100%", 100, "%"),
 Q("1 triệu đồng/người/lần", 1000000, "đồng")],
[D("Chỉ thị", "19", "CT/TW", None, "Ban Bí thư", "Chỉ thị 19-CT/TW"),
 D("Kế hoạch", "125", "KH/BDVTU", "2024-10-21", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 125-KH/BDVTU ngày 21/10/2024"),
 D("Quyết định", "28", "2023/QĐ-TTg", "2023-11-23", "Thủ tướng Chính phủ", "Quyết định 28/2023/QĐ-TTg ngày 23/11/2023")],
[prov("Cà Mau"), com("Trí Phải")],
["BÁO CÀ MAU ĐIỆN TỬ", "Thời sự » Chính trị » Dân tộc - Tôn giáo", "(CMO)",
 "Đồng chí Huỳnh Văn Mãi trao quà tại chùa Monivongsa Bopharam. Ảnh: Trúc Linh", "Dân vận khéo", "Lượt xem: 1.417",
 "Ok Om Bok", "xóa nhà tạm, nhà dột nát"],
["08:15 | 14/11/2024", "năm 2024", "năm nay", "Lượt xem: 1.417"]))

PAGES.append(page("b4269-vinhlong-traon-tongket-2024", """
BÁO VĨNH LONG ONLINE
Trang chủ / Chính trị / Mặt trận - Đoàn thể
27/12/2024 06:00
Trà Ôn triển khai nhiệm vụ công tác Mặt trận năm 2025
Ngày 26/12, Ủy ban MTTQ Việt Nam huyện Trà Ôn (tỉnh Vĩnh Long) tổ chức hội nghị tổng kết công tác Mặt trận năm 2024, triển khai chương trình phối hợp và thống nhất hành động năm 2025. Dự có đồng chí Nguyễn Văn Lên, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện.
Các đại biểu tại hội nghị. Ảnh: Phước Vinh
Trà Ôn có 3 xã đông đồng bào Khmer là Trà Côn, Tân Mỹ, Hựu Thành với 2.460 hộ, khoảng 10.300 người và 6 chùa Phật giáo Nam tông Khmer. Năm 2024, Ủy ban MTTQ các cấp vận động Quỹ "Vì người nghèo" được 3,2 tỷ đồng, xây dựng và sửa chữa 46 căn nhà Đại đoàn kết, trong đó 19 căn cho hộ Khmer; 100% khu dân cư tổ chức Ngày hội Đại đoàn kết toàn dân tộc. Tỷ lệ hộ nghèo toàn huyện còn 1,85%, hộ nghèo Khmer còn 4,6%.
Thực hiện Quyết định 217, 218-QĐ/TW của Bộ Chính trị và Hướng dẫn số 24/HD-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, Mặt trận các cấp đã chủ trì 27 cuộc giám sát, tổ chức 9 hội nghị phản biện xã hội, tiếp nhận 64 ý kiến góp ý xây dựng Đảng, chính quyền. Huyện duy trì 15 mô hình tự quản ở khu dân cư, trong đó 5 mô hình "Ấp Khmer văn minh, đoàn kết".
Tại hội nghị, Đại đức Thạch Rọt, trụ trì chùa Kỳ Son, xã Trà Côn, đề nghị hỗ trợ thêm kinh phí tổ chức lớp dạy chữ Khmer hè; ông Sơn Hoàng Thía, Trưởng Ban công tác Mặt trận ấp Mỹ Trung, xã Tân Mỹ, chia sẻ kinh nghiệm vận động 38 hộ hiến đất mở rộng đường. Bà Lâm Thị Sà Quanh, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Hựu Thành, nêu cách làm "Chi hội Phụ nữ Khmer giúp nhau thoát nghèo".
Phát biểu chỉ đạo, đồng chí Trần Thanh Phong, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, ghi nhận kết quả Trà Ôn đạt được; đề nghị năm 2025 tiếp tục thực hiện Luật Thực hiện dân chủ ở cơ sở, tham gia xóa nhà tạm, nhà dột nát với chỉ tiêu tối thiểu 30 căn, chăm lo chu đáo Tết Chôl Chnăm Thmây cho đồng bào Khmer.
Các ý kiến tại hội nghị cũng chỉ ra hạn chế: hoạt động của một số Ban công tác Mặt trận ấp còn lúng túng, việc nắm tình hình tư tưởng của đồng bào Khmer đi làm ăn xa chưa kịp thời; công tác giám sát ở cơ sở còn hình thức, chậm kiến nghị xử lý sau giám sát.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen cho 3 tập thể và 4 cá nhân; Ủy ban MTTQ Việt Nam huyện tặng giấy khen cho 12 tập thể, 21 cá nhân tiêu biểu năm 2024.
Phước Vinh
Lượt xem: 455
Tin khác
- Trà Ôn: bàn giao 10 căn nhà Đại đoàn kết cho hộ Khmer (15/12/2024)
- Mặt trận tỉnh giám sát thực hiện Quy chế dân chủ ở cơ sở (05/12/2024)
- Họp mặt sư sãi nhân lễ Ok Om Bok 2024 (13/11/2024)
""", "2024-12-27", "Trà Ôn triển khai nhiệm vụ công tác Mặt trận năm 2025",
E("tong_ket", "2024", "2024-12-26"),
[P("Nguyễn Văn Lên", "Ủy viên Ban Thường vụ Huyện ủy", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Thạch Rọt", "Đại đức", "trụ trì chùa Kỳ Son"),
 P("Sơn Hoàng Thía", "Trưởng Ban công tác Mặt trận ấp Mỹ Trung"),
 P("Lâm Thị Sà Quanh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Hựu Thành"),
 P("Trần Thanh Phong", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("3 xã", 3, "xã"), Q("2.460 hộ", 2460, "hộ"), Q("khoảng 10.300 người", 10300, "người", "approx"),
 Q("6 chùa Phật giáo Nam tông Khmer", 6, "chùa Phật giáo Nam tông Khmer"), Q("3,2 tỷ đồng", 3200000000, "đồng"),
 Q("46 căn nhà Đại đoàn kết", 46, "căn nhà Đại đoàn kết"), Q("19 căn", 19, "căn"), Q("100%", 100, "%"),
 Q("1,85%", 1.85, "%"), Q("4,6%", 4.6, "%"), Q("27 cuộc giám sát", 27, "cuộc giám sát"),
 Q("9 hội nghị phản biện xã hội", 9, "hội nghị phản biện xã hội"), Q("64 ý kiến", 64, "ý kiến"),
 Q("15 mô hình tự quản", 15, "mô hình tự quản"), Q("5 mô hình", 5, "mô hình"), Q("38 hộ", 38, "hộ"),
 Q("tối thiểu 30 căn", 30, "căn"), Q("3 tập thể", 3, "tập thể"), Q("4 cá nhân", 4, "cá nhân"),
 Q("12 tập thể", 12, "tập thể"), Q("21 cá nhân tiêu biểu", 21, "cá nhân tiêu biểu")],
[D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW"),
 D("Hướng dẫn", "24", "HD-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Hướng dẫn số 24/HD-MTTQ-BTT")],
[prov("Vĩnh Long"), com("Trà Côn"), com("Tân Mỹ"), com("Hựu Thành")],
["BÁO VĨNH LONG ONLINE", "Trang chủ / Chính trị / Mặt trận - Đoàn thể", "Các đại biểu tại hội nghị. Ảnh: Phước Vinh", "Vì người nghèo",
 "Ấp Khmer văn minh, đoàn kết", "Chi hội Phụ nữ Khmer giúp nhau thoát nghèo", "Luật Thực hiện dân chủ ở cơ sở", "Lượt xem: 455",
 "Ngày hội Đại đoàn kết toàn dân tộc"],
["27/12/2024 06:00", "năm 2025", "năm 2024", "Năm 2024", "Lượt xem: 455"]))

PAGES.append(page("b4270-soctrang-cholchnamthmay-2025", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY SÓC TRĂNG
Trang chủ :: Tin tức - Sự kiện :: Dân tộc - Tôn giáo
Thứ Sáu, 11/04/2025, 08:05
Đồng chí Trần Thị Diễm Trang chúc Tết tại chùa Mahatup.
Lãnh đạo tỉnh thăm, chúc Tết Chôl Chnăm Thmây các chùa Khmer
Từ ngày 07 đến 10/4/2025, nhân dịp Tết cổ truyền Chôl Chnăm Thmây của đồng bào Khmer, các đoàn công tác của Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng đã đến thăm, chúc Tết và tặng quà 92 chùa Phật giáo Nam tông Khmer, Hội Đoàn kết sư sãi yêu nước tỉnh, người có uy tín và gia đình chính sách người Khmer trên địa bàn.
Đoàn của Ban Tuyên giáo và Dân vận Tỉnh ủy do đồng chí Trần Thị Diễm Trang, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy dẫn đầu, cùng các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Lý Thị Sa Kha, Nguyễn Hoàng Duy, đến thăm Hội Đoàn kết sư sãi yêu nước tỉnh và các chùa Mahatup, Kh'Leang, Pôthi Wông. Hòa thượng Lý Hên Kim, Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, trụ trì chùa Kh'Leang, tiếp đoàn.
Mỗi chùa được tặng 3 triệu đồng; các đoàn trao 1.500 phần quà cho hộ Khmer nghèo, cận nghèo, mỗi phần 500.000 đồng; tổng kinh phí hơn 1 tỷ đồng, từ nguồn ngân sách tỉnh và Quỹ "Vì người nghèo".
Đồng chí Trần Thị Diễm Trang thông tin: năm 2024, tỉnh đã giảm 2.318 hộ nghèo Khmer, tỷ lệ hộ nghèo Khmer còn 3,9%; xây dựng 1.046 căn nhà cho hộ nghèo theo phong trào xóa nhà tạm, nhà dột nát. Thực hiện Kết luận 127, 128-KL/TW của Bộ Chính trị, Ban Bí thư và Nghị quyết 18-NQ/TW về sắp xếp tổ chức bộ máy, Ban Tuyên giáo và Dân vận Tỉnh ủy được thành lập theo Quyết định số 1258-QĐ/TU ngày 26/02/2025 của Ban Chấp hành Đảng bộ tỉnh, tiếp tục tham mưu tốt công tác vận động đồng bào Khmer. Ban đã ban hành Kế hoạch 05-KH/BTGDVTU ngày 18/3/2025 về tổ chức thăm, chúc Tết, bảo đảm 100% chùa Khmer được thăm hỏi.
Tại chùa Pôthi Wông, phường 2, Đại đức Thạch Sa Khon, Phó trụ trì chùa, cho biết chùa đang chuẩn bị các nghi lễ tắm Phật, đắp núi cát; đồng thời cam kết vận động bà con đón Tết vui tươi, không tổ chức đua xe, uống rượu bia gây mất trật tự.
Tại xã Viên An, đồng chí Lâm Thanh Bình, Phó Chủ tịch UBND xã Viên An, cho biết xã có 1.870 hộ Khmer, trong đó 112 hộ nghèo; 9 người có uy tín được hưởng chính sách theo Quyết định 28/2023/QĐ-TTg của Thủ tướng Chính phủ.
Phát biểu tại các nơi đến thăm, đồng chí Trần Thị Diễm Trang mong chư tăng, Achar, người có uy tín tiếp tục vận động đồng bào Khmer đồng thuận với chủ trương sắp xếp đơn vị hành chính, xây dựng chính quyền địa phương 2 cấp.
Minh Đăng
Lượt xem: 2.031
Tin liên quan
- Hội nghị người có uy tín tỉnh Sóc Trăng năm 2025 (03/04/2025)
- Ban Tuyên giáo và Dân vận Tỉnh ủy ra mắt (01/03/2025)
- Họp mặt sư sãi nhân lễ Ok Om Bok 2024 (12/11/2024)
""", "2025-04-11", "Lãnh đạo tỉnh thăm, chúc Tết Chôl Chnăm Thmây các chùa Khmer",
E("trao_qua", None, "2025-04-07"),
[P("Trần Thị Diễm Trang", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lý Thị Sa Kha", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Hoàng Duy", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lý Hên Kim", "Hòa thượng", "Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh", "trụ trì chùa Kh'Leang"),
 P("Thạch Sa Khon", "Đại đức", "Phó trụ trì chùa"),
 P("Lâm Thanh Bình", "Phó Chủ tịch UBND xã Viên An")],
[Q("92 chùa Phật giáo Nam tông Khmer", 92, "chùa Phật giáo Nam tông Khmer"), Q("3 triệu đồng", 3000000, "đồng"),
 Q("1.500 phần quà", 1500, "phần quà"), Q("500.000 đồng", 500000, "đồng"), Q("hơn 1 tỷ đồng", 1000000000, "đồng", "over"),
 Q("2.318 hộ nghèo Khmer", 2318, "hộ nghèo Khmer"), Q("3,9%", 3.9, "%"), Q("1.046 căn nhà", 1046, "căn nhà"),
 Q("100%", 100, "%"), Q("1.870 hộ Khmer", 1870, "hộ Khmer"), Q("112 hộ nghèo", 112, "hộ nghèo"),
 Q("9 người có uy tín", 9, "người có uy tín")],
[D("Kết luận", "127", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 127, 128-KL/TW"),
 D("Kết luận", "128", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 127, 128-KL/TW"),
 D("Nghị quyết", "18", "NQ/TW", None, None, "Nghị quyết 18-NQ/TW"),
 D("Quyết định", "1258", "QĐ/TU", "2025-02-26", "Ban Chấp hành Đảng bộ tỉnh", "Quyết định số 1258-QĐ/TU ngày 26/02/2025"),
 D("Kế hoạch", "05", "KH/BTGDVTU", "2025-03-18", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch 05-KH/BTGDVTU ngày 18/3/2025"),
 D("Quyết định", "28", "2023/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 28/2023/QĐ-TTg")],
[prov("Sóc Trăng"), com("Viên An")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY SÓC TRĂNG", "Trang chủ :: Tin tức - Sự kiện :: Dân tộc - Tôn giáo",
 "Đồng chí Trần Thị Diễm Trang chúc Tết tại chùa Mahatup.", "Vì người nghèo", "Hội Đoàn kết sư sãi yêu nước tỉnh",
 "xóa nhà tạm, nhà dột nát", "Lượt xem: 2.031"],
["Thứ Sáu, 11/04/2025, 08:05", "năm 2024", "2 cấp", "Lượt xem: 2.031"]))
