from lib import *
PAGES = []

PAGES.append(page("b1691-thanhhoa-bdv-traoqua-muonglat-2017", """
BÁO THANH HÓA - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH THANH HÓA
Trang chủ › Xã hội › Từ thiện - Nhân đạo
Thứ Sáu, 20/01/2017 - 09:40
Ban Dân vận Tỉnh ủy trao 300 suất quà Tết cho hộ nghèo huyện Mường Lát
(Baothanhhoa.vn) - Ngày 19/1, đoàn công tác của Ban Dân vận Tỉnh ủy Thanh Hóa do đồng chí Trịnh Thị Ngân, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy dẫn đầu đã đến thăm, chúc Tết và trao 300 suất quà cho các hộ nghèo, gia đình chính sách tại 2 xã Trung Lý và Tam Chung, huyện Mường Lát.
Cùng đi có đồng chí Hà Văn Ca, vừa được bổ nhiệm làm Phó Trưởng Ban Dân vận Tỉnh ủy, và đại diện một số doanh nghiệp đồng hành với chương trình.
Đồng chí Trịnh Thị Ngân trao quà Tết cho hộ nghèo xã Trung Lý.
Mỗi suất quà trị giá 500.000 đồng, gồm tiền mặt, gạo, dầu ăn và bánh kẹo; tổng trị giá 150 triệu đồng, được trích từ nguồn vận động của Ban Dân vận Tỉnh ủy theo Kế hoạch số 98-KH/BDVTU ngày 26/12/2016 của Ban Dân vận Tỉnh ủy về thăm, tặng quà Tết Đinh Dậu. Dịp này, các nhà tài trợ còn trao 200 chăn ấm và 120 bộ quần áo ấm cho học sinh bán trú của Trường Phổ thông dân tộc bán trú THCS Trung Lý.
Báo cáo với đoàn, đồng chí Lò Văn Pành, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Mường Lát, cho biết toàn huyện hiện còn trên 2.500 hộ nghèo, tỷ lệ hộ nghèo 61,2%; đời sống đồng bào Mông, Thái ở các bản vùng cao còn nhiều khó khăn, nhất là vào dịp giáp hạt. Thực hiện Nghị quyết 30a/2008/NQ-CP của Chính phủ, huyện đang tập trung hỗ trợ bà con phát triển chăn nuôi, trồng rừng sản xuất.
Thay mặt đoàn, đồng chí Trưởng Ban Dân vận Tỉnh ủy ân cần thăm hỏi, chúc Tết bà con; mong các gia đình vượt khó, vươn lên thoát nghèo, đoàn kết giữ gìn an ninh trật tự, không nghe theo kẻ xấu truyền đạo trái pháp luật, di cư tự do. Đồng chí đề nghị cấp ủy, chính quyền huyện Mường Lát quan tâm chăm lo để mọi nhà, mọi người đều được đón Tết vui tươi, đầm ấm.
Trước đó, đoàn đã đến thăm, tặng quà ông Vi Văn Thiêng, người có uy tín bản Cặp Na, xã Tam Chung, người nhiều năm vận động bà con trong bản bỏ phong tục lạc hậu, giữ đất, giữ rừng; đồng thời tặng quà các đồn biên phòng đóng quân trên địa bàn.
Chương trình nằm trong chuỗi hoạt động "Tết vì người nghèo" năm 2017 do Ủy ban MTTQ và các đoàn thể tỉnh phát động. Theo kế hoạch, từ nay đến trước Tết Nguyên đán, các cơ quan trong khối dân vận sẽ tiếp tục đến thăm, tặng quà tại các huyện miền núi Quan Sơn, Quan Hóa, Bá Thước.
Xuân Hà
Lượt xem: 1.386
Tin liên quan
- Mặt trận tỉnh vận động được hơn 12 tỷ đồng ủng hộ người nghèo (16/01/2017)
- Gặp mặt người có uy tín tiêu biểu vùng đồng bào dân tộc thiểu số (10/01/2017)
- Khối dân vận tổng kết công tác năm 2016 (29/12/2016)
""", "2017-01-20", "Ban Dân vận Tỉnh ủy trao 300 suất quà Tết cho hộ nghèo huyện Mường Lát",
E("trao_qua", None, "2017-01-19"),
[P("Trịnh Thị Ngân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hà Văn Ca", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lò Văn Pành", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện Mường Lát"),
 P("Vi Văn Thiêng", "người có uy tín bản Cặp Na")],
[Q("300 suất quà", 300, "suất quà"), Q("2 xã", 2, "xã"), Q("500.000 đồng", 500000, "đồng"), Q("150 triệu đồng", 150000000, "đồng"),
 Q("200 chăn ấm", 200, "chăn ấm"), Q("120 bộ quần áo ấm", 120, "bộ quần áo ấm"), Q("trên 2.500 hộ nghèo", 2500, "hộ nghèo", "over"),
 Q("61,2%", 61.2, "%")],
[D("Kế hoạch", "98", "KH/BDVTU", "2016-12-26", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 98-KH/BDVTU ngày 26/12/2016 của Ban Dân vận Tỉnh ủy"),
 D("Nghị quyết", "30a", "2008/NQ-CP", None, "Chính phủ", "Nghị quyết 30a/2008/NQ-CP của Chính phủ")],
[prov("Thanh Hóa"), com("Trung Lý"), com("Tam Chung")],
["BÁO THANH HÓA - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH THANH HÓA", "Trang chủ › Xã hội › Từ thiện - Nhân đạo",
 "(Baothanhhoa.vn)", "Đồng chí Trịnh Thị Ngân trao quà Tết cho hộ nghèo xã Trung Lý.", "Tết vì người nghèo",
 "Trường Phổ thông dân tộc bán trú THCS Trung Lý", "Lượt xem: 1.386"],
["Thứ Sáu, 20/01/2017 - 09:40", "Tết Đinh Dậu", "năm 2017", "Lượt xem: 1.386"]))

PAGES.append(page("b1692-sonla-bieuduong-nguoicouytin-2018", """
Cổng thông tin điện tử Ban Dân vận Tỉnh ủy Sơn La
Bạn đang ở: Trang chủ / Công tác dân tộc / Người có uy tín
Cập nhật lúc 16:40 ngày 14/11/2018
Ảnh: Các đại biểu chụp ảnh lưu niệm.
Sơn La biểu dương 150 người có uy tín tiêu biểu
Sáng 13/11, Ban Dân vận Tỉnh ủy phối hợp với Ban Dân tộc tỉnh tổ chức hội nghị biểu dương người có uy tín tiêu biểu trong đồng bào dân tộc thiểu số năm 2018. Dự hội nghị có 150 người có uy tín tiêu biểu đến từ 12 huyện, thành phố.
Chủ trì hội nghị có đồng chí Lò Văn Mừng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Cầm Thị Phong, Lường Văn Khiêm; đồng chí Quàng Văn Bun, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh, và đồng chí Đinh Thị Kim Oanh, Phó Trưởng Ban Dân tộc tỉnh.
Theo báo cáo, toàn tỉnh hiện có 3.152 người có uy tín là già làng, trưởng bản, trưởng dòng họ, thầy mo, người sản xuất giỏi. Thực hiện Quyết định số 12/2018/QĐ-TTg ngày 6/3/2018 của Thủ tướng Chính phủ về tiêu chí lựa chọn, công nhận người có uy tín và chính sách đối với người có uy tín trong đồng bào dân tộc thiểu số, UBND tỉnh đã ban hành Kế hoạch số 163/KH-UBND ngày 10/8/2018 rà soát, bình xét lại đội ngũ này.
Trong năm, người có uy tín đã cung cấp cho cấp ủy, chính quyền 274 nguồn tin có giá trị; tham gia hòa giải thành 96 vụ việc mâu thuẫn ở bản, tiểu khu; vận động 1.180 hộ đăng ký thoát nghèo và hơn 400 hộ hiến đất làm đường. Nhiều người còn đứng ra vận động con cháu trong dòng họ không nghe theo kẻ xấu, không trồng cây thuốc phiện.
Chia sẻ tại hội nghị, ông Sùng A Tủa, người có uy tín bản Phiêng Cằm, xã Chiềng Khoong, kể lại việc cùng chi bộ bản đi từng nhà vận động bà con ký cam kết không tổ chức đám cưới tảo hôn. Bà Cầm Thị Nọi, Trưởng bản Nà Si, xã Mường Bú, cho biết bản đã xóa được 11 nhà tạm nhờ sự giúp đỡ của Mặt trận và các hộ khá giả trong bản.
Phát biểu chỉ đạo, đồng chí Lò Văn Mừng đánh giá cao vai trò cầu nối của người có uy tín giữa Đảng, chính quyền với nhân dân; đề nghị cấp ủy các cấp tiếp tục thực hiện Chỉ thị số 06-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường công tác vận động người có uy tín, thường xuyên gặp gỡ, lắng nghe tâm tư, kịp thời động viên, khen thưởng những người có đóng góp.
Dịp này, Ban Dân vận Tỉnh ủy tặng Giấy khen cho 150 người có uy tín tiêu biểu, mỗi người kèm theo 1 triệu đồng tiền thưởng.
Lò Hương
Lượt xem: 967
Tin liên quan
- Thuận Châu: Người có uy tín góp sức xây dựng nông thôn mới (06/11/2018)
- Ban Dân vận Tỉnh ủy làm việc tại huyện Sốp Cộp (26/10/2018)
- Mộc Châu: Vận động đồng bào Mông định canh định cư (11/10/2018)
""", "2018-11-14", "Sơn La biểu dương 150 người có uy tín tiêu biểu",
E("hoi_nghi", "2018", "2018-11-13"),
[P("Lò Văn Mừng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Cầm Thị Phong", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lường Văn Khiêm", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Quàng Văn Bun", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đinh Thị Kim Oanh", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Sùng A Tủa", "người có uy tín bản Phiêng Cằm"),
 P("Cầm Thị Nọi", "Trưởng bản Nà Si")],
[Q("150 người có uy tín tiêu biểu", 150, "người có uy tín tiêu biểu"), Q("12 huyện, thành phố", 12, "huyện, thành phố"),
 Q("3.152 người có uy tín", 3152, "người có uy tín"), Q("274 nguồn tin", 274, "nguồn tin"),
 Q("96 vụ việc mâu thuẫn", 96, "vụ việc mâu thuẫn"), Q("1.180 hộ", 1180, "hộ"), Q("hơn 400 hộ", 400, "hộ", "over"),
 Q("11 nhà tạm", 11, "nhà tạm"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Quyết định", "12", "2018/QĐ-TTg", "2018-03-06", "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg ngày 6/3/2018 của Thủ tướng Chính phủ"),
 D("Kế hoạch", "163", "KH-UBND", "2018-08-10", "UBND tỉnh", "Kế hoạch số 163/KH-UBND ngày 10/8/2018"),
 D("Chỉ thị", "06", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 06-CT/TU của Ban Thường vụ Tỉnh ủy")],
[prov("Sơn La"), com("Chiềng Khoong"), com("Mường Bú")],
["Cổng thông tin điện tử Ban Dân vận Tỉnh ủy Sơn La", "Bạn đang ở: Trang chủ / Công tác dân tộc / Người có uy tín",
 "Ảnh: Các đại biểu chụp ảnh lưu niệm.", "Ban Dân tộc tỉnh", "Lượt xem: 967"],
["Cập nhật lúc 16:40 ngày 14/11/2018", "năm 2018", "Lượt xem: 967"]))

PAGES.append(page("b1693-yenbai-chibo-bdv-daihoi-2020", """
BAN DÂN VẬN TỈNH ỦY YÊN BÁI
Trang chủ >> Tin tức >> Xây dựng Đảng
10/03/2020 | 15:20
Chi bộ Ban Dân vận Tỉnh ủy tổ chức thành công Đại hội lần thứ XIII, nhiệm kỳ 2020 - 2025
Ngày 9/3, Chi bộ Ban Dân vận Tỉnh ủy Yên Bái tổ chức Đại hội đại biểu lần thứ XIII, nhiệm kỳ 2020 - 2025. Đây là đại hội điểm cấp chi bộ của Đảng bộ Khối các cơ quan tỉnh. Dự và chỉ đạo đại hội có đồng chí Đỗ Đức Thanh, Phó Bí thư Đảng ủy Khối các cơ quan tỉnh; cùng 21 đảng viên trong chi bộ.
Đại hội biểu quyết thông qua Nghị quyết. Ảnh: Thu Hà
Báo cáo chính trị do đồng chí Triệu Thị Mây, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy, Bí thư Chi bộ trình bày cho thấy, nhiệm kỳ 2015 - 2020, chi bộ đã lãnh đạo cơ quan hoàn thành tốt nhiệm vụ tham mưu. Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành 38 văn bản về công tác dân vận, trong đó có Chỉ thị số 17-CT/TU về tăng cường công tác dân vận trong xây dựng nông thôn mới và Quy định số 09-QĐ/TU về trách nhiệm người đứng đầu trong tiếp xúc, đối thoại với nhân dân.
Phong trào thi đua "Dân vận khéo" được đẩy mạnh với 2.846 mô hình, điển hình được công nhận trong 5 năm; nhiều mô hình hay như "Phụ nữ Dao giữ rừng" ở xã Nậm Có, "Bản không có người nghiện" ở xã Túc Đán đã được nhân rộng. Qua nắm tình hình, Ban đã kịp thời phối hợp giải quyết 47 vụ việc phức tạp, không để hình thành điểm nóng.
Chi bộ có 100% đảng viên hoàn thành tốt nhiệm vụ trở lên; 3 năm liền đạt danh hiệu chi bộ trong sạch, vững mạnh tiêu biểu.
Đại hội đã thảo luận, thống nhất phương hướng, mục tiêu nhiệm kỳ 2020 - 2025, trong đó phấn đấu hằng năm tham mưu đề án chuyên sâu về công tác dân vận; bồi dưỡng kiến thức dân tộc, tôn giáo cho toàn bộ cán bộ trong cơ quan; mỗi năm xây dựng mô hình dân vận khéo cấp tỉnh. Đại hội cũng thực hiện việc góp ý dự thảo văn kiện đại hội đảng bộ cấp trên theo Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng.
Phát biểu chỉ đạo, đồng chí Đỗ Đức Thanh ghi nhận kết quả chi bộ đạt được; lưu ý cấp ủy khóa mới chú trọng giáo dục chính trị tư tưởng, nâng cao chất lượng sinh hoạt chi bộ.
Đại hội đã bầu Chi ủy khóa mới gồm 3 đồng chí. Đồng chí Triệu Thị Mây tái đắc cử Bí thư Chi bộ; đồng chí Nông Thị Thu, Phó Trưởng Ban Dân vận Tỉnh ủy, được tín nhiệm bầu giữ chức Phó Bí thư Chi bộ. Đại hội cũng bầu 2 đại biểu đi dự Đại hội Đảng bộ Khối các cơ quan tỉnh lần thứ XVI.
Thu Hà
Lượt xem: 612
Tin khác
- Ban Dân vận Tỉnh ủy triển khai nhiệm vụ năm 2020 (07/01/2020)
- Mù Cang Chải: Người có uy tín vận động đồng bào đón Tết an toàn (20/01/2020)
- Tổng kết công tác dân vận năm 2019 (27/12/2019)
""", "2020-03-10", "Chi bộ Ban Dân vận Tỉnh ủy tổ chức thành công Đại hội lần thứ XIII, nhiệm kỳ 2020 - 2025",
E("dai_hoi", None, "2020-03-09"),
[P("Đỗ Đức Thanh", "Phó Bí thư Đảng ủy Khối các cơ quan tỉnh"),
 P("Triệu Thị Mây", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy", "Bí thư Chi bộ"),
 P("Nông Thị Thu", "Phó Trưởng Ban Dân vận Tỉnh ủy", "Phó Bí thư Chi bộ")],
[Q("21 đảng viên", 21, "đảng viên"), Q("38 văn bản", 38, "văn bản"), Q("2.846 mô hình, điển hình", 2846, "mô hình, điển hình"),
 Q("47 vụ việc phức tạp", 47, "vụ việc phức tạp"), Q("100% đảng viên", 100, "%"),
 Q("3 đồng chí", 3, "đồng chí"), Q("2 đại biểu", 2, "đại biểu")],
[D("Chỉ thị", "17", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 17-CT/TU"),
 D("Quy định", "09", "QĐ/TU", None, "Ban Thường vụ Tỉnh ủy", "Quy định số 09-QĐ/TU"),
 D("Chỉ thị", "35", "CT/TW", "2019-05-30", "Bộ Chính trị", "Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị")],
[prov("Yên Bái"), com("Nậm Có"), com("Túc Đán")],
["BAN DÂN VẬN TỈNH ỦY YÊN BÁI", "Trang chủ >> Tin tức >> Xây dựng Đảng", "Đại hội biểu quyết thông qua Nghị quyết. Ảnh: Thu Hà",
 "Dân vận khéo", "Phụ nữ Dao giữ rừng", "Bản không có người nghiện", "Đảng bộ Khối các cơ quan tỉnh", "Lượt xem: 612"],
["10/03/2020 | 15:20", "lần thứ XIII", "nhiệm kỳ 2020 - 2025", "nhiệm kỳ 2015 - 2020", "5 năm", "3 năm",
 "3 đồng chí", "lần thứ XVI"]))

PAGES.append(page("b1694-longan-bdv-baocao-quy1-2019", """
Cổng thông tin điện tử Đảng bộ tỉnh Long An
Trang chủ | Dân vận | Văn bản - Báo cáo
Thứ Sáu, 12/04/2019 - 08:00
Long An: Kết quả công tác dân vận quý I năm 2019
Ngày 10/4/2019, Ban Dân vận Tỉnh ủy Long An có Báo cáo số 145-BC/BDVTU về kết quả công tác dân vận quý I và nhiệm vụ trọng tâm quý II năm 2019. Sau đây là một số nội dung chính.
Về công tác tham mưu, Ban đã giúp Ban Thường vụ Tỉnh ủy sơ kết 3 năm thực hiện Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao chất lượng, hiệu quả công tác dân vận của cơ quan nhà nước, chính quyền các cấp. Ban cũng ban hành Hướng dẫn số 03-HD/BDVTU ngày 15/1/2019 về xây dựng mô hình "Dân vận khéo" năm 2019; phối hợp Ủy ban MTTQ tỉnh triển khai Kế hoạch số 27-KH/MTTQ-BTT về vận động nhân dân tham gia xây dựng nông thôn mới.
Trong dịp Tết Nguyên đán Kỷ Hợi, các cơ quan dân vận, Mặt trận và đoàn thể các cấp đã vận động trao 18.640 phần quà cho hộ nghèo, hộ cận nghèo, gia đình chính sách với tổng trị giá hơn 9,3 tỷ đồng; bàn giao 126 căn nhà đại đoàn kết. Các cấp đã tiếp 214 lượt công dân, tiếp nhận 73 đơn thư khiếu nại, tố cáo, kiến nghị; đến nay đã giải quyết 58 đơn, đạt 79,5%.
Quý I, toàn tỉnh có thêm 64 mô hình "Dân vận khéo" được công nhận, nâng tổng số lên 1.972 mô hình. Tiêu biểu là mô hình vận động hiến đất làm đường ở xã Mỹ Yên, huyện Bến Lức với 32 hộ hiến trên 4.100 m2 đất; mô hình "Tổ tự quản giữ gìn an ninh trật tự" ở xã Tân Lập, huyện Thủ Thừa.
Công tác dân vận chính quyền có chuyển biến: 15/15 huyện, thị xã, thành phố đã tổ chức đối thoại giữa người đứng đầu với nhân dân; UBND tỉnh ban hành Quyết định số 912/QĐ-UBND ngày 20/3/2019 về Quy chế tiếp công dân.
Báo cáo cũng nêu hạn chế: tình hình khiếu kiện liên quan bồi thường, giải phóng mặt bằng ở các khu công nghiệp tuy giảm nhưng còn phức tạp; một số nơi ngại va chạm, chưa chủ động nắm tình hình dư luận.
Nhiệm vụ quý II, Ban Dân vận Tỉnh ủy tập trung tham mưu tổng kết 20 năm thực hiện Chỉ thị số 30-CT/TW của Bộ Chính trị; chuẩn bị hội nghị biểu dương điển hình "Dân vận khéo" giai đoạn 2016 - 2019; chủ động nắm tình hình tư tưởng của công nhân lao động tại các doanh nghiệp.
Theo đánh giá chung, công tác dân vận quý I đã góp phần quan trọng vào việc giữ vững ổn định chính trị, trật tự an toàn xã hội ở cơ sở, nhất là trong dịp Tết; vai trò của tổ dân vận ấp, khu phố ngày càng rõ nét, góp phần củng cố niềm tin của nhân dân đối với Đảng, chính quyền.
Báo cáo do đồng chí Huỳnh Văn Quang, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy ký.
BDV
Lượt xem: 438
Tin liên quan
- Ban Dân vận Tỉnh ủy giao ban khối dân vận quý I/2019 (05/04/2019)
- Đức Hòa: Vận động nhân dân hiến đất xây dựng nông thôn mới (28/03/2019)
- Hướng dẫn xây dựng mô hình "Dân vận khéo" năm 2019 (16/01/2019)
""", "2019-04-12", "Long An: Kết quả công tác dân vận quý I năm 2019",
E("bao_cao", "2019-Q1", "2019-04-10"),
[P("Huỳnh Văn Quang", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy")],
[Q("18.640 phần quà", 18640, "phần quà"), Q("hơn 9,3 tỷ đồng", 9300000000, "đồng", "over"), Q("126 căn nhà đại đoàn kết", 126, "căn nhà đại đoàn kết"),
 Q("214 lượt công dân", 214, "lượt công dân"), Q("73 đơn thư khiếu nại, tố cáo, kiến nghị", 73, "đơn thư khiếu nại, tố cáo, kiến nghị"),
 Q("58 đơn", 58, "đơn"), Q("79,5%", 79.5, "%"), Q("64 mô hình", 64, "mô hình"), Q("1.972 mô hình", 1972, "mô hình"),
 Q("32 hộ", 32, "hộ"), Q("trên 4.100 m2", 4100, "m2", "over"), Q("15/15 huyện, thị xã, thành phố", 15, "huyện, thị xã, thành phố")],
[D("Báo cáo", "145", "BC/BDVTU", "2019-04-10", "Ban Dân vận Tỉnh ủy", "Báo cáo số 145-BC/BDVTU"),
 D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư"),
 D("Hướng dẫn", "03", "HD/BDVTU", "2019-01-15", None, "Hướng dẫn số 03-HD/BDVTU ngày 15/1/2019"),
 D("Kế hoạch", "27", "KH/MTTQ-BTT", None, None, "Kế hoạch số 27-KH/MTTQ-BTT"),
 D("Quyết định", "912", "QĐ-UBND", "2019-03-20", "UBND tỉnh", "Quyết định số 912/QĐ-UBND ngày 20/3/2019"),
 D("Chỉ thị", "30", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 30-CT/TW của Bộ Chính trị")],
[prov("Long An"), com("Mỹ Yên"), com("Tân Lập")],
["Cổng thông tin điện tử Đảng bộ tỉnh Long An", "Trang chủ | Dân vận | Văn bản - Báo cáo", "Dân vận khéo",
 "Tổ tự quản giữ gìn an ninh trật tự", "BDV", "Lượt xem: 438"],
["Thứ Sáu, 12/04/2019 - 08:00", "quý I", "quý II năm 2019", "3 năm", "năm 2019", "Tết Nguyên đán Kỷ Hợi", "20 năm",
 "giai đoạn 2016 - 2019", "Lượt xem: 438"]))

PAGES.append(page("b1695-quangnam-taygiang-danvankheo-2020", """
BÁO QUẢNG NAM ONLINE
Trang chủ › Chính trị › Dân vận
Cập nhật: 14:25, 08/12/2020 (GMT+7)
Cán bộ xã A Xan trò chuyện với người dân thôn Ga Lêê. Ảnh: Alăng Ngước
Người "dân vận khéo" ở xã biên giới A Xan
Ở xã biên giới A Xan (huyện Tây Giang), nhắc đến anh Bríu Quân, Phó Bí thư Đảng ủy, Chủ tịch UBND xã, bà con Cơ Tu ai cũng quý. Gần 10 năm gắn bó với cơ sở, anh đã cùng cán bộ xã đi khắp các thôn, ngồi bên bếp lửa nhà sàn để "nghe dân nói", rồi từ đó tìm cách gỡ từng việc khó.
Năm 2017, khi xã triển khai Kế hoạch số 08-KH/HU ngày 3/3/2017 của Huyện ủy Tây Giang về sắp xếp dân cư vùng sạt lở, nhiều hộ không muốn rời nhà cũ. Anh Quân nhờ già làng Bhling Mia đứng ra nói chuyện với từng dòng họ. Sau gần 3 tháng, 42 hộ ở thôn Ga Lêê đồng ý chuyển đến khu tái định cư mới, không để xảy ra khiếu kiện. Bà con còn tự nguyện hiến 2.300 m2 đất để làm đường nội thôn và nhà gươl.
Theo đồng chí Alăng Thị Dung, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Dân vận Huyện ủy Tây Giang, cách làm của A Xan được huyện nhân rộng ra các xã khác. Đảng ủy xã A Xan cũng đã ban hành Nghị quyết chuyên đề số 05-NQ/ĐU về phát triển kinh tế vườn rừng gắn với giữ rừng, nhờ đó xã hiện có 12 ha ba kích tím và hơn 60 ha cây dược liệu dưới tán rừng, thu nhập bình quân của người dân tăng lên 22 triệu đồng/người/năm.
Không chỉ vận động phát triển kinh tế, anh Quân còn cùng Mặt trận xã xây dựng mô hình "Thôn không có người vi phạm pháp luật". Năm 2020, có 6/7 thôn của xã đạt tiêu chí, tỷ lệ hộ nghèo giảm còn 38,4%. Già làng Bhling Mia nói: "Cán bộ nói ít, làm nhiều, đến nhà nói chuyện như người trong nhà, nên dân nghe".
Mô hình của xã A Xan đã được Ban Thường vụ Tỉnh ủy biểu dương trong đợt sơ kết 5 năm thực hiện phong trào thi đua "Dân vận khéo". Theo đồng chí Hồ Văn Điều, Phó Trưởng Ban Dân vận Tỉnh ủy, những cán bộ "bám dân" như anh Quân là nhân tố quan trọng để Quảng Nam thực hiện thành công Chỉ thị số 10-CT/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận ở vùng đồng bào dân tộc thiểu số.
Ở xã Ch'ơm bên cạnh, cách làm này cũng đang được áp dụng: cán bộ xã chia nhau phụ trách từng nhóm hộ, mỗi tháng ít nhất một lần đến nhà nắm tình hình, giúp bà con giải quyết những khó khăn trong sản xuất, đời sống, nhất là sau mùa mưa lũ năm nay.
Nói về dự định sắp tới, anh Quân cho biết xã sẽ tiếp tục vận động bà con giữ gìn nghề dệt thổ cẩm, làm du lịch cộng đồng, để người dân có thêm thu nhập ngay trên mảnh đất biên giới của mình.
Alăng Ngước
Lượt xem: 1.209
Tin khác
- Nam Trà My: Người có uy tín vận động đồng bào trồng sâm (02/12/2020)
- Khối dân vận tỉnh hỗ trợ người dân vùng lũ Phước Sơn (20/11/2020)
- Đông Giang gặp mặt già làng, trưởng thôn tiêu biểu (05/11/2020)
""", "2020-12-08", 'Người "dân vận khéo" ở xã biên giới A Xan',
E("khac", None, None),
[P("Bríu Quân", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Bhling Mia", "già làng"),
 P("Alăng Thị Dung", "Ủy viên Ban Thường vụ Huyện ủy", "Trưởng Ban Dân vận Huyện ủy Tây Giang"),
 P("Hồ Văn Điều", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("42 hộ", 42, "hộ"), Q("2.300 m2", 2300, "m2"), Q("12 ha", 12, "ha"), Q("hơn 60 ha", 60, "ha", "over"),
 Q("22 triệu đồng", 22000000, "đồng"), Q("6/7 thôn", 6, "thôn"), Q("38,4%", 38.4, "%")],
[D("Kế hoạch", "08", "KH/HU", "2017-03-03", "Huyện ủy Tây Giang", "Kế hoạch số 08-KH/HU ngày 3/3/2017 của Huyện ủy Tây Giang"),
 D("Nghị quyết", "05", "NQ/ĐU", None, "Đảng ủy xã A Xan", "Nghị quyết chuyên đề số 05-NQ/ĐU"),
 D("Chỉ thị", "10", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 10-CT/TU của Ban Thường vụ Tỉnh ủy")],
[prov("Quảng Nam"), com("A Xan"), com("Ch'ơm")],
["BÁO QUẢNG NAM ONLINE", "Trang chủ › Chính trị › Dân vận", "Cán bộ xã A Xan trò chuyện với người dân thôn Ga Lêê. Ảnh: Alăng Ngước",
 "Thôn không có người vi phạm pháp luật", "nghe dân nói", "Dân vận khéo", "Lượt xem: 1.209"],
["Cập nhật: 14:25, 08/12/2020 (GMT+7)", "Gần 10 năm", "Năm 2017", "gần 3 tháng", "Năm 2020", "5 năm", "Lượt xem: 1.209"]))

PAGES.append(page("b1696-thainguyen-giaoban-thang5-2021", """
Hôm nay: Thứ Bảy, 05/06/2021
BÁO THÁI NGUYÊN ĐIỆN TỬ
Chính trị › Xây dựng Đảng
Thứ Sáu, 04/06/2021 16:10
Ảnh: Đồng chí Ma Thị Nguyệt chủ trì giao ban.
Khối dân vận chung tay phòng, chống dịch COVID-19
(Báo Thái Nguyên) - Chiều 3/6, Ban Dân vận Tỉnh ủy tổ chức giao ban công tác dân vận tháng 5 năm 2021, triển khai nhiệm vụ tháng 6. Đồng chí Ma Thị Nguyệt, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì. Dự giao ban có đồng chí Dương Thị Thúy, Phó Chủ tịch - Tổng Thư ký Ủy ban MTTQ Việt Nam tỉnh, cùng lãnh đạo các đoàn thể chính trị - xã hội tỉnh.
Trong tháng 5, khối dân vận đã tập trung tuyên truyền, vận động cử tri tham gia bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026; tỷ lệ cử tri đi bầu toàn tỉnh đạt 99,8%. Cùng với đó, các cơ quan dân vận đã hướng dẫn cơ sở thực hiện Kế hoạch số 127-KH/TU của Ban Thường vụ Tỉnh ủy về phòng, chống dịch COVID-19 trong tình hình mới và Hướng dẫn số 15-HD/BDVTU của Ban Dân vận Tỉnh ủy về phát huy vai trò tổ dân vận, tổ COVID cộng đồng.
Hưởng ứng lời kêu gọi của Ủy ban Trung ương MTTQ Việt Nam, đến ngày 2/6, Quỹ phòng, chống dịch COVID-19 của tỉnh đã tiếp nhận gần 18,7 tỷ đồng; Hội Liên hiệp Phụ nữ tỉnh vận động 2.400 suất quà gửi công nhân tại các khu nhà trọ gần Khu công nghiệp Yên Bình. Tại 2 khu cách ly tập trung, đoàn viên thanh niên đã tham gia 1.350 lượt tình nguyện.
Đồng chí Hoàng Văn Tuấn, Trưởng Ban Dân vận Thành ủy Thái Nguyên, cho biết tại phường Tân Thịnh, tổ dân vận các tổ dân phố đã nắm và cập nhật thông tin của 312 người từ vùng dịch trở về. Đồng chí Lành Văn Sơn, Bí thư Đảng ủy xã Tức Tranh, huyện Phú Lương, đề nghị hỗ trợ kinh phí cho lực lượng trực chốt ở thôn.
Đồng chí Ma Thị Nguyệt yêu cầu trong tháng 6 các cơ quan trong khối tiếp tục tuyên truyền để người dân không chủ quan, lơ là; nắm chắc tâm tư của người lao động bị ảnh hưởng bởi dịch, nhất là ở các doanh nghiệp may, điện tử; phối hợp chuẩn bị tổng kết 10 năm thực hiện Kết luận số 62-KL/TW của Bộ Chính trị.
Nhiều ý kiến tại giao ban cho rằng cần có cơ chế động viên kịp thời các thành viên tổ COVID cộng đồng, những người đang ngày đêm bám địa bàn mà chưa có phụ cấp. Các đoàn thể cũng đề xuất đẩy mạnh hình thức tuyên truyền trên mạng xã hội, các nhóm Zalo của tổ dân phố để thông tin đến từng hộ gia đình nhanh và chính xác.
Thu Hằng
Lượt xem: 823
Tin liên quan
- Đại Từ: Tổ COVID cộng đồng phát huy hiệu quả (01/06/2021)
- Ban Dân vận Tỉnh ủy kiểm tra công tác bầu cử tại Võ Nhai (20/05/2021)
- Phú Bình: Người dân hiến đất làm đường liên xóm (10/05/2021)
""", "2021-06-04", "Khối dân vận chung tay phòng, chống dịch COVID-19",
E("giao_ban", "2021-05", "2021-06-03"),
[P("Ma Thị Nguyệt", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Dương Thị Thúy", "Phó Chủ tịch - Tổng Thư ký Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hoàng Văn Tuấn", "Trưởng Ban Dân vận Thành ủy Thái Nguyên"),
 P("Lành Văn Sơn", "Bí thư Đảng ủy xã Tức Tranh")],
[Q("99,8%", 99.8, "%"), Q("gần 18,7 tỷ đồng", 18700000000, "đồng", "approx"), Q("2.400 suất quà", 2400, "suất quà"),
 Q("2 khu cách ly tập trung", 2, "khu cách ly tập trung"), Q("1.350 lượt tình nguyện", 1350, "lượt tình nguyện"),
 Q("312 người", 312, "người")],
[D("Kế hoạch", "127", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 127-KH/TU của Ban Thường vụ Tỉnh ủy"),
 D("Hướng dẫn", "15", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 15-HD/BDVTU của Ban Dân vận Tỉnh ủy"),
 D("Kết luận", "62", "KL/TW", None, "Bộ Chính trị", "Kết luận số 62-KL/TW của Bộ Chính trị")],
[prov("Thái Nguyên"), com("Tân Thịnh"), com("Tức Tranh")],
["Hôm nay: Thứ Bảy, 05/06/2021", "BÁO THÁI NGUYÊN ĐIỆN TỬ", "Chính trị › Xây dựng Đảng", "Ảnh: Đồng chí Ma Thị Nguyệt chủ trì giao ban.",
 "(Báo Thái Nguyên)", "Khu công nghiệp Yên Bình", "Lượt xem: 823"],
["Thứ Sáu, 04/06/2021 16:10", "tháng 5 năm 2021", "tháng 6", "khóa XV", "nhiệm kỳ 2021 - 2026", "10 năm", "Lượt xem: 823"]))
