from lib import *
PAGES = []

PAGES.append(page("b7457-quangnam-ca-tongket-2021", """
BÁO QUẢNG NAM ONLINE
Trang chủ / Chính trị / Quốc phòng - An ninh
24/12/2021 06:00
Ảnh: Quang cảnh hội nghị tại điểm cầu Công an tỉnh.
Công an xã chính quy - "điểm tựa" của người dân vùng cao
Chiều 22/12, Công an tỉnh tổ chức hội nghị trực tuyến tổng kết công tác dân vận và phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2021 với 241 điểm cầu Công an xã, phường, thị trấn. Đại tá Lê Văn Thành, Phó Giám đốc Công an tỉnh Quảng Nam chủ trì.
Theo báo cáo, năm 2021 lực lượng Công an toàn tỉnh đã có gần 1.700 lượt cán bộ, chiến sĩ về "3 bám, 4 cùng" với đồng bào các xã miền núi; hỗ trợ nhân dân 12.600 ngày công thu hoạch mùa vụ, sửa nhà, khơi thông kênh mương; vận động xây dựng 36 căn nhà "Mái ấm Công an" với tổng kinh phí khoảng 2,5 tỷ đồng. Trong đợt dịch Covid-19, Công an xã đã phối hợp lập 1.825 tổ Covid cộng đồng, tham gia 318 chốt kiểm soát dịch.
Công tác bố trí Công an chính quy tiếp tục được kiện toàn theo Nghị định số 42/2021/NĐ-CP ngày 31/3/2021 của Chính phủ quy định việc xây dựng Công an xã, thị trấn chính quy. Đến nay, 100% xã, thị trấn đã có Công an chính quy với 1.146 cán bộ; 62 trụ sở Công an xã được xây mới.
Tại điểm cầu huyện Tây Giang, Thiếu tá Bh'riu Liếc, Trưởng Công an xã A Tiêng, chia sẻ: cán bộ Công an xã đều học tiếng Cơ Tu, ăn ở cùng dân trong những ngày giãn cách. Già làng Alăng Ngước, thôn Agrồng, xã A Tiêng, cho biết bà con tin Công an "như người trong làng". Bà Zơrâm Thị Tuyết, Chủ tịch Hội LHPN xã Lăng (Tây Giang), đề nghị Công an tiếp tục phối hợp tuyên truyền phòng, chống mua bán người, tảo hôn.
Nhiều ý kiến tại hội nghị cho rằng, công tác dân vận của lực lượng Công an ở cơ sở có lúc còn nặng về phong trào, việc nhân rộng các cách làm hay chưa kịp thời; một số cán bộ trẻ mới về xã chưa hiểu phong tục, tập quán của đồng bào.
Ở vùng đồng bằng, Công an phường Điện Nam Trung (thị xã Điện Bàn) xây dựng mô hình "Khu phố không có tội phạm"; năm 2021 phường giảm 27% số vụ phạm pháp hình sự so với năm trước.
Phát biểu kết luận, Đại tá Lê Văn Thành đề nghị các đơn vị tiếp tục quán triệt Kết luận số 34-KL/TW của Bộ Chính trị và Kế hoạch số 57-KH/TU ngày 12/5/2021 của Ban Thường vụ Tỉnh ủy về công tác dân vận; năm 2022 mỗi Công an xã xây dựng ít nhất 1 mô hình "Dân vận khéo", phấn đấu trên 80% thôn, khối phố đạt tiêu chuẩn an toàn về an ninh, trật tự.
Dịp này, Công an tỉnh tặng giấy khen cho 45 tập thể, 87 cá nhân tiêu biểu; trao 20 phần quà cho 20 người có uy tín tiêu biểu vùng đồng bào dân tộc thiểu số.
Vinh Anh
Tin liên quan
- Nam Trà My: Công an xã giúp dân thu hoạch sâm (10/12/2021)
- Ra mắt 16 mô hình "Dân vận khéo" trong lực lượng Công an (02/12/2021)
- Phước Sơn: vận động giao nộp 24 khẩu súng tự chế (25/11/2021)
""", "2021-12-24", "Công an xã chính quy - \"điểm tựa\" của người dân vùng cao",
E("tong_ket", "2021", "2021-12-22"),
[P("Lê Văn Thành", "Đại tá", "Phó Giám đốc Công an tỉnh Quảng Nam"),
 P("Bh'riu Liếc", "Thiếu tá", "Trưởng Công an xã A Tiêng"),
 P("Alăng Ngước", "Già làng"),
 P("Zơrâm Thị Tuyết", "Chủ tịch Hội LHPN xã Lăng")],
[Q("241 điểm cầu", 241, "điểm cầu"), Q("gần 1.700 lượt cán bộ, chiến sĩ", 1700, "lượt cán bộ, chiến sĩ", "approx"),
 Q("12.600 ngày công", 12600, "ngày công"), Q("36 căn nhà", 36, "căn nhà"), Q("khoảng 2,5 tỷ đồng", 2500000000, "đồng", "approx"),
 Q("1.825 tổ Covid cộng đồng", 1825, "tổ Covid cộng đồng"), Q("318 chốt kiểm soát dịch", 318, "chốt kiểm soát dịch"),
 Q("100% xã, thị trấn", 100, "%"), Q("1.146 cán bộ", 1146, "cán bộ"), Q("62 trụ sở Công an xã", 62, "trụ sở Công an xã"),
 Q("27%", 27, "%"), Q("ít nhất 1 mô hình", 1, "mô hình", "over"), Q("trên 80%", 80, "%", "over"),
 Q("45 tập thể", 45, "tập thể"), Q("87 cá nhân tiêu biểu", 87, "cá nhân tiêu biểu"), Q("20 phần quà", 20, "phần quà"),
 Q("20 người có uy tín tiêu biểu", 20, "người có uy tín tiêu biểu")],
[D("Nghị định", "42", "2021/NĐ-CP", "2021-03-31", "Chính phủ", "Nghị định số 42/2021/NĐ-CP ngày 31/3/2021 của Chính phủ"),
 D("Kết luận", "34", "KL/TW", None, "Bộ Chính trị", "Kết luận số 34-KL/TW của Bộ Chính trị"),
 D("Kế hoạch", "57", "KH/TU", "2021-05-12", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 57-KH/TU ngày 12/5/2021 của Ban Thường vụ Tỉnh ủy")],
[prov("Quảng Nam"), com("A Tiêng"), com("Lăng"), com("Điện Nam Trung")],
["BÁO QUẢNG NAM ONLINE", "Trang chủ / Chính trị / Quốc phòng - An ninh", "Ảnh: Quang cảnh hội nghị tại điểm cầu Công an tỉnh.",
 "3 bám, 4 cùng", "Mái ấm Công an", "Khu phố không có tội phạm", "Dân vận khéo", "như người trong làng"],
["24/12/2021 06:00", "3 bám, 4 cùng", "năm 2021", "năm 2022", "Covid-19"]))

PAGES.append(page("b7458-yenbai-ca-giaoban-2022", """
Báo Yên Bái điện tử
Trang chủ :: An ninh - Quốc phòng
Thứ Ba, 06/09/2022 | 10:20
Công an tỉnh giao ban trực tuyến với Công an 173 xã, phường, thị trấn
YBĐT - Sáng 5/9, Công an tỉnh tổ chức hội nghị giao ban công tác tháng 8/2022 theo hình thức trực tuyến đến Công an các huyện, thị xã, thành phố và 173 xã, phường, thị trấn. Đại tá Đỗ Anh Tuấn, Giám đốc Công an tỉnh chủ trì; cùng dự có các đồng chí Phó Giám đốc Công an tỉnh: Hà Văn Nhân, Lê Ngọc Quang.
Trong tháng, Công an các xã đã tiếp nhận 312 tin báo, tố giác tội phạm và kiến nghị khởi tố; trực tiếp giải quyết 196 vụ việc về an ninh, trật tự ngay tại cơ sở. Phối hợp với các lực lượng, Công an xã phát hiện, bắt giữ 21 vụ, 29 đối tượng mua bán, tàng trữ trái phép chất ma túy; vận động 3 đối tượng truy nã ra đầu thú.
Thực hiện Đề án 06 của Chính phủ theo Quyết định số 06/QĐ-TTg ngày 6/1/2022 của Thủ tướng Chính phủ, Công an xã đã thu nhận hơn 18.500 hồ sơ cấp căn cước công dân gắn chip, kích hoạt khoảng 9.200 tài khoản định danh điện tử. Nhiều đơn vị tổ chức làm căn cước lưu động ở các bản vùng cao, phục vụ hơn 1.400 người già, người khuyết tật tại nhà.
Tại điểm cầu xã Tà Xi Láng (huyện Trạm Tấu), Đại úy Hờ A Chống, Phó Trưởng Công an xã cho biết, xã có 100% dân số là đồng bào Mông; Công an xã đã phối hợp với Ban Chỉ huy Quân sự xã, Đồn Biên phòng tuần tra bảo vệ 2 điểm du lịch mùa lúa chín, đồng thời vận động bà con không đốt nương làm rẫy trái phép.
Trung tá Nông Văn Thủy, Trưởng Công an xã Đông Cuông (huyện Văn Yên), đề nghị Công an tỉnh hỗ trợ thêm 2 máy tính để phục vụ cấp căn cước. Về việc này, Thượng tá Phạm Minh Đức, Trưởng phòng Cảnh sát quản lý hành chính về trật tự xã hội, cho biết tháng 9 sẽ cấp bổ sung 40 máy tính cho các xã còn thiếu.
Kết luận giao ban, Đại tá Đỗ Anh Tuấn yêu cầu Công an xã tăng cường công tác dân vận theo Kế hoạch số 145/KH-CAT-PV01 của Công an tỉnh, chủ động nắm tình hình ở những địa bàn có dự án, vùng có đồng bào theo đạo Tin lành, không để kẻ xấu lợi dụng gây mất an ninh, trật tự. Công an các xã phải công khai số điện thoại đường dây nóng, bảo đảm tiếp nhận 100% tin báo của nhân dân trong 24 giờ.
Trong tháng 9, Công an tỉnh sẽ tổ chức đợt cao điểm bảo đảm an ninh, trật tự dịp Quốc khánh và mùa du lịch, đồng thời kiểm tra việc thực hiện chế độ tiếp công dân tại trụ sở Công an các xã trên địa bàn tỉnh Yên Bái.
Thanh Chi
TIN CÙNG CHUYÊN MỤC
- Mù Cang Chải: Công an xã giúp dân khắc phục hậu quả mưa lũ (30/08/2022)
- Lục Yên ra mắt mô hình "Tổ liên gia an toàn" (22/08/2022)
- Văn Chấn: trao 50 suất quà cho học sinh nghèo (15/08/2022)
""", "2022-09-06", "Công an tỉnh giao ban trực tuyến với Công an 173 xã, phường, thị trấn",
E("giao_ban", "2022-08", "2022-09-05"),
[P("Đỗ Anh Tuấn", "Đại tá", "Giám đốc Công an tỉnh"),
 P("Hà Văn Nhân", "Phó Giám đốc Công an tỉnh"),
 P("Lê Ngọc Quang", "Phó Giám đốc Công an tỉnh"),
 P("Hờ A Chống", "Đại úy", "Phó Trưởng Công an xã"),
 P("Nông Văn Thủy", "Trung tá", "Trưởng Công an xã Đông Cuông"),
 P("Phạm Minh Đức", "Thượng tá", "Trưởng phòng Cảnh sát quản lý hành chính về trật tự xã hội")],
[Q("173 xã, phường, thị trấn", 173, "xã, phường, thị trấn"), Q("312 tin báo, tố giác tội phạm và kiến nghị khởi tố", 312, "tin báo, tố giác tội phạm và kiến nghị khởi tố"),
 Q("196 vụ việc", 196, "vụ việc"), Q("21 vụ", 21, "vụ"), Q("29 đối tượng", 29, "đối tượng"), Q("3 đối tượng truy nã", 3, "đối tượng truy nã"),
 Q("hơn 18.500 hồ sơ", 18500, "hồ sơ", "over"), Q("khoảng 9.200 tài khoản định danh điện tử", 9200, "tài khoản định danh điện tử", "approx"),
 Q("hơn 1.400 người già, người khuyết tật", 1400, "người già, người khuyết tật", "over"), Q("100% dân số", 100, "%"),
 Q("2 điểm du lịch", 2, "điểm du lịch"), Q("2 máy tính", 2, "máy tính"), Q("40 máy tính", 40, "máy tính"), Q("100% tin báo", 100, "%")],
[D("Quyết định", "06", "QĐ-TTg", "2022-01-06", "Thủ tướng Chính phủ", "Quyết định số 06/QĐ-TTg ngày 6/1/2022 của Thủ tướng Chính phủ"),
 D("Kế hoạch", "145", "KH-CAT-PV01", None, "Công an tỉnh", "Kế hoạch số 145/KH-CAT-PV01 của Công an tỉnh")],
[prov("Yên Bái"), com("Tà Xi Láng"), com("Đông Cuông")],
["Báo Yên Bái điện tử", "Trang chủ :: An ninh - Quốc phòng", "YBĐT", "Đề án 06"],
["Thứ Ba, 06/09/2022 | 10:20", "tháng 8/2022", "Đề án 06", "24 giờ", "tháng 9"]))

PAGES.append(page("b7459-baclieu-bdv-baocao-2022", """
BAN DÂN VẬN TỈNH ỦY BẠC LIÊU
Bạn đang ở: Trang chủ » Tin tức - Sự kiện » Hoạt động của Ban
Ngày 21/07/2022 | 15:40
Ban Dân vận Tỉnh ủy nghe Công an tỉnh báo cáo kết quả công tác dân vận 6 tháng đầu năm
Chiều 20/7, đồng chí Lâm Thị Sang, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì buổi làm việc nghe Đảng ủy Công an tỉnh báo cáo kết quả công tác dân vận 6 tháng đầu năm 2022. Về phía Công an tỉnh có Đại tá Trần Văn Hận, Phó Giám đốc Công an tỉnh và lãnh đạo các phòng nghiệp vụ.
Báo cáo cho thấy, Đảng ủy Công an tỉnh đã ban hành Nghị quyết chuyên đề số 08-NQ/ĐU về nâng cao hiệu quả công tác dân vận của Công an xã, thị trấn chính quy; triển khai Quy chế phối hợp số 03-QC/BDVTU-ĐUCA giữa Ban Dân vận Tỉnh ủy và Đảng ủy Công an tỉnh. Trong 6 tháng, Công an 64 xã, phường, thị trấn đã tổ chức 538 cuộc tuyên truyền, thu hút khoảng 21.000 lượt người dự; tham gia hòa giải thành 214/236 vụ việc, đạt 90,7%.
Lực lượng Công an cơ sở đã phối hợp xây dựng 27 mô hình "Dân vận khéo", trong đó mô hình "Sóc, ấp đồng bào Khmer an toàn về an ninh, trật tự" ở xã Vĩnh Hậu A (huyện Hòa Bình) được đánh giá cao. Trong đợt bàn giao nhà đại đoàn kết, Công an tỉnh hỗ trợ 15 căn, mỗi căn 50 triệu đồng, cho hộ nghèo là đồng bào Khmer.
Thượng tá Danh Sa Ran, Trưởng phòng Công tác Đảng và công tác chính trị Công an tỉnh, cho biết một số trưởng Công an xã chưa tham gia đầy đủ sinh hoạt khối dân vận xã; có 2 trường hợp cán bộ có lời nói thiếu chuẩn mực khi tiếp dân, đã bị kiểm điểm.
Trao đổi tại buổi làm việc, đồng chí Lý Thị Mỹ, Phó Trưởng Ban Dân vận Tỉnh ủy, đề nghị Công an tỉnh phối hợp đánh giá 3 năm thực hiện Chỉ thị số 17-CT/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận của lực lượng vũ trang. Bà Thạch Thị Huôl, Phó Trưởng Công an thị trấn Châu Hưng, chia sẻ kinh nghiệm vận động chùa Khmer tham gia giữ gìn an ninh, trật tự trong dịp lễ Sene Dolta.
Phát biểu kết luận, đồng chí Lâm Thị Sang đánh giá cao kết quả công tác dân vận của Công an tỉnh Bạc Liêu, đề nghị 6 tháng cuối năm thực hiện tốt phong trào thi đua "Dân vận khéo", "Công an chính quy - vì nhân dân phục vụ"; mỗi cán bộ Công an xã giúp đỡ ít nhất 1 hộ nghèo vươn lên; phối hợp thực hiện Luật Thực hiện dân chủ ở cơ sở khi có hiệu lực.
Ban Dân vận Tỉnh ủy sẽ tổng hợp kết quả buổi làm việc vào báo cáo chung của khối dân vận tỉnh, làm cơ sở đề xuất khen thưởng các tập thể, cá nhân Công an có thành tích tiêu biểu trong công tác dân vận cuối năm.
Hoàng Yến
Bài viết liên quan
- Giao ban khối dân vận quý II/2022 (08/07/2022)
- Ban Dân vận Tỉnh ủy làm việc với Bộ Chỉ huy Quân sự tỉnh (30/06/2022)
- Phước Long ra mắt 5 mô hình "Dân vận khéo" (15/06/2022)
""", "2022-07-21", "Ban Dân vận Tỉnh ủy nghe Công an tỉnh báo cáo kết quả công tác dân vận 6 tháng đầu năm",
E("bao_cao", "2022-H1", "2022-07-20"),
[P("Lâm Thị Sang", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Văn Hận", "Đại tá", "Phó Giám đốc Công an tỉnh"),
 P("Danh Sa Ran", "Thượng tá", "Trưởng phòng Công tác Đảng và công tác chính trị Công an tỉnh"),
 P("Lý Thị Mỹ", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thạch Thị Huôl", "Phó Trưởng Công an thị trấn Châu Hưng")],
[Q("64 xã, phường, thị trấn", 64, "xã, phường, thị trấn"), Q("538 cuộc tuyên truyền", 538, "cuộc tuyên truyền"),
 Q("khoảng 21.000 lượt người", 21000, "lượt người", "approx"), Q("214/236 vụ việc", 214, "vụ việc"), Q("90,7%", 90.7, "%"),
 Q("27 mô hình", 27, "mô hình"), Q("15 căn", 15, "căn"), Q("50 triệu đồng", 50000000, "đồng"),
 Q("2 trường hợp", 2, "trường hợp"), Q("ít nhất 1 hộ nghèo", 1, "hộ nghèo", "over")],
[D("Nghị quyết", "08", "NQ/ĐU", None, "Đảng ủy Công an tỉnh", "Nghị quyết chuyên đề số 08-NQ/ĐU"),
 D("Quy chế phối hợp", "03", "QC/BDVTU-ĐUCA", None, None, "Quy chế phối hợp số 03-QC/BDVTU-ĐUCA"),
 D("Chỉ thị", "17", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 17-CT/TU của Ban Thường vụ Tỉnh ủy")],
[prov("Bạc Liêu"), com("Vĩnh Hậu A"), com("Châu Hưng")],
["BAN DÂN VẬN TỈNH ỦY BẠC LIÊU", "Bạn đang ở: Trang chủ » Tin tức - Sự kiện » Hoạt động của Ban", "Dân vận khéo",
 "Sóc, ấp đồng bào Khmer an toàn về an ninh, trật tự", "Công an chính quy - vì nhân dân phục vụ", "Luật Thực hiện dân chủ ở cơ sở",
 "Sene Dolta"],
["Ngày 21/07/2022 | 15:40", "6 tháng đầu năm 2022", "6 tháng", "3 năm", "6 tháng cuối năm"]))

PAGES.append(page("b7460-ninhbinh-ca-taphuan-2023", """
Báo Ninh Bình điện tử
Tin tức > Pháp luật > An ninh trật tự
Cập nhật: 14:05, 14/04/2023 (GMT+7)
Bồi dưỡng kỹ năng công tác dân vận cho Công an xã chính quy
(BNB) - Trong 3 ngày, từ 12 đến 14/4, Công an tỉnh phối hợp với Trường Chính trị tỉnh tổ chức lớp tập huấn công tác dân vận năm 2023 cho 256 cán bộ, chiến sĩ là Trưởng, Phó Trưởng Công an các xã, phường, thị trấn trên địa bàn tỉnh.
Đại tá Đinh Văn Tuấn phát biểu khai mạc lớp tập huấn.
Khai mạc lớp học, Đại tá Đinh Văn Tuấn, Phó Giám đốc Công an tỉnh Ninh Bình, nhấn mạnh: sau hơn 4 năm bố trí Công an chính quy về xã, lực lượng này đã trở thành "cánh tay nối dài" của cấp ủy, chính quyền cơ sở. Tuy nhiên, nhiều cán bộ còn trẻ, kinh nghiệm vận động quần chúng chưa nhiều, nhất là ở vùng đồng bào Công giáo và vùng có đồng bào Mường.
Các học viên được nghe ThS. Phạm Thị Thu Hằng, Phó Trưởng khoa Xây dựng Đảng Trường Chính trị tỉnh, giới thiệu chuyên đề về Quy chế công tác dân vận của hệ thống chính trị ban hành kèm theo Quyết định số 23-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương; đồng chí Nguyễn Văn Khương, Phó Trưởng Ban Dân vận Tỉnh ủy, trao đổi về kỹ năng vận động đồng bào có đạo, phối hợp với các chức sắc trong giải quyết vụ việc. Linh mục Giuse Trần Văn Bình, Quản xứ giáo xứ Kim Chính, được mời chia sẻ về vai trò của giáo xứ trong giữ gìn an ninh, trật tự.
Học viên còn được hướng dẫn triển khai Kế hoạch số 98/KH-CAT-X05 ngày 2/3/2023 của Công an tỉnh về tổ chức thực hiện phong trào thi đua "Công an xã chính quy gắn với Dân vận khéo" và Hướng dẫn số 05-HD/BDVTU của Ban Dân vận Tỉnh ủy.
Tại buổi thảo luận, Thiếu tá Bùi Văn Kiên, Trưởng Công an xã Cúc Phương (huyện Nho Quan), cho biết xã có 11 thôn với khoảng 65% dân số là đồng bào Mường. Công an xã đã phối hợp với già làng, trưởng bản vận động 14 hộ trả lại đất rừng lấn chiếm. Đại úy Vũ Thị Nga, Phó Trưởng Công an phường Ninh Phong (thành phố Ninh Bình), kể kinh nghiệm xây dựng tổ "Tiếng kẻng an ninh" ở 6 phố.
Theo đánh giá của Ban tổ chức, các học viên tham gia học tập nghiêm túc, sôi nổi trao đổi nhiều tình huống thực tế nảy sinh ở cơ sở như giải quyết khiếu nại về đất đai, tranh chấp trong giáo xứ, vận động người dân chấp hành quy định khi có dự án.
Kết thúc lớp học, 100% học viên được cấp giấy chứng nhận, 38 học viên có bài thu hoạch xuất sắc. Lớp tập huấn có tổng kinh phí khoảng 120 triệu đồng. Theo kế hoạch, tháng 6 tới Công an tỉnh sẽ mở tiếp 1 lớp cho các công an viên bán chuyên trách còn lại.
Minh Hải
Các tin khác
- Kim Sơn: ra mắt mô hình "Giáo xứ bình yên" (05/04/2023)
- Công an tỉnh gặp mặt người có uy tín (28/03/2023)
- Yên Khánh tổng kết Ngày hội toàn dân bảo vệ an ninh Tổ quốc (20/03/2023)
""", "2023-04-14", "Bồi dưỡng kỹ năng công tác dân vận cho Công an xã chính quy",
E("tap_huan", "2023", "2023-04-12"),
[P("Đinh Văn Tuấn", "Đại tá", "Phó Giám đốc Công an tỉnh Ninh Bình"),
 P("Phạm Thị Thu Hằng", "ThS.", "Phó Trưởng khoa Xây dựng Đảng Trường Chính trị tỉnh"),
 P("Nguyễn Văn Khương", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Giuse Trần Văn Bình", "Linh mục", "Quản xứ giáo xứ Kim Chính"),
 P("Bùi Văn Kiên", "Thiếu tá", "Trưởng Công an xã Cúc Phương"),
 P("Vũ Thị Nga", "Đại úy", "Phó Trưởng Công an phường Ninh Phong")],
[Q("256 cán bộ, chiến sĩ", 256, "cán bộ, chiến sĩ"), Q("11 thôn", 11, "thôn"), Q("khoảng 65%", 65, "%", "approx"),
 Q("14 hộ", 14, "hộ"), Q("6 phố", 6, "phố"), Q("100% học viên", 100, "%"), Q("38 học viên", 38, "học viên"),
 Q("khoảng 120 triệu đồng", 120000000, "đồng", "approx"), Q("1 lớp", 1, "lớp")],
[D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Ban Chấp hành Trung ương", "Quyết định số 23-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương"),
 D("Kế hoạch", "98", "KH-CAT-X05", "2023-03-02", "Công an tỉnh", "Kế hoạch số 98/KH-CAT-X05 ngày 2/3/2023 của Công an tỉnh"),
 D("Hướng dẫn", "05", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 05-HD/BDVTU của Ban Dân vận Tỉnh ủy")],
[prov("Ninh Bình"), com("Cúc Phương"), com("Ninh Phong")],
["Báo Ninh Bình điện tử", "Tin tức > Pháp luật > An ninh trật tự", "(BNB)", "Đại tá Đinh Văn Tuấn phát biểu khai mạc lớp tập huấn.",
 "cánh tay nối dài", "Công an xã chính quy gắn với Dân vận khéo", "Tiếng kẻng an ninh"],
["Cập nhật: 14:05, 14/04/2023 (GMT+7)", "3 ngày", "năm 2023", "hơn 4 năm", "tháng 6"]))

PAGES.append(page("b7461-gialai-ca-hoinghi-2023", """
GIA LAI ĐIỆN TỬ
Chính trị › An ninh - Quốc phòng
06/10/2023 - 09:45
Công an tỉnh gặp mặt 215 người có uy tín
(GLO)- Ngày 5-10, Công an tỉnh Gia Lai tổ chức hội nghị gặp mặt, đối thoại với người có uy tín trong đồng bào dân tộc thiểu số năm 2023. Tham dự có 215 già làng, trưởng làng, người có uy tín đến từ các xã, thị trấn của 17 huyện, thị xã, thành phố.
Chủ trì hội nghị có Đại tá Rah Lan Lâm, Phó Giám đốc Công an tỉnh; đồng chí Siu Hương, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy.
Già làng Ksor Tuk, làng Plei Ơi, xã Ia Púch, phát biểu tại hội nghị. Ảnh: Hoàng Ngọc
Thông tin tại hội nghị cho biết, 9 tháng năm 2023, lực lượng Công an đã phối hợp với người có uy tín vận động 47 đối tượng liên quan đến tổ chức phản động "Nhà nước Đề Ga" từ bỏ hoạt động, ra trình diện; vận động 312 hộ ở các làng không nghe, không theo các luận điệu xuyên tạc. Công an xã chính quy đã cùng người có uy tín hòa giải thành 186 vụ mâu thuẫn, tranh chấp đất đai; tuyên truyền cho khoảng 36.000 lượt người về phòng, chống ma túy, tảo hôn, hôn nhân cận huyết thống.
Tại hội nghị, các già làng, người có uy tín đã trao đổi thẳng thắn nhiều vấn đề. Già làng Ksor Tuk, làng Plei Ơi, xã Ia Púch (huyện Chư Prông), đề nghị Công an tăng cường tuần tra khu vực rẫy vào mùa thu hoạch cà phê để chống trộm cắp. Ông Rơ Mah Blék, Trưởng làng Bông Phun, xã Ia Kriêng (huyện Đức Cơ), phản ánh tình trạng thanh niên vay tiền qua ứng dụng trên mạng. Bà Siu H'Nhi, Chi hội trưởng Phụ nữ làng Ia Nueng, mong Công an xã mở thêm lớp dạy tiếng Việt cho chị em.
Trả lời các ý kiến, Đại tá Rah Lan Lâm cho biết, Công an tỉnh sẽ triển khai Kế hoạch số 421/KH-CAT về công tác dân vận trong vùng đồng bào dân tộc thiểu số giai đoạn 2023 - 2025, thực hiện Quyết định số 12/2018/QĐ-TTg của Thủ tướng Chính phủ về tiêu chí lựa chọn, công nhận người có uy tín; mỗi Công an xã phân công cán bộ phụ trách, giữ liên lạc thường xuyên với từng người có uy tín.
Đồng chí Siu Hương đề nghị các già làng tiếp tục là cầu nối giữa Đảng, chính quyền với nhân dân, tuyên truyền cho bà con thực hiện tốt Chỉ thị số 12-CT/TU của Ban Thường vụ Tỉnh ủy về đấu tranh với hoạt động "Tin lành Đề Ga".
Nhiều già làng cho biết, từ khi có Công an chính quy về xã, mỗi khi trong làng có chuyện xích mích, bà con đều báo ngay để cùng cán bộ giải quyết theo cách của làng, hợp lý hợp tình.
Dịp này, Công an tỉnh tặng giấy khen cho 30 người có uy tín tiêu biểu và trao 215 phần quà, mỗi phần trị giá 1 triệu đồng.
Hoàng Ngọc - Như Nguyện
Xem thêm
- Ia Grai: Công an xã giúp dân làm nhà (28/09/2023)
- Chư Sê ra mắt mô hình "Làng không có tội phạm" (20/09/2023)
- Tặng 100 xe đạp cho học sinh nghèo (12/09/2023)
""", "2023-10-06", "Công an tỉnh gặp mặt 215 người có uy tín",
E("hoi_nghi", "2023", "2023-10-05"),
[P("Rah Lan Lâm", "Đại tá", "Phó Giám đốc Công an tỉnh"),
 P("Siu Hương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Ksor Tuk", "Già làng"),
 P("Rơ Mah Blék", "Trưởng làng Bông Phun"),
 P("Siu H'Nhi", "Chi hội trưởng Phụ nữ làng Ia Nueng")],
[Q("215 người có uy tín", 215, "người có uy tín"), Q("17 huyện, thị xã, thành phố", 17, "huyện, thị xã, thành phố"),
 Q("47 đối tượng", 47, "đối tượng"), Q("312 hộ", 312, "hộ"), Q("186 vụ mâu thuẫn, tranh chấp đất đai", 186, "vụ mâu thuẫn, tranh chấp đất đai"),
 Q("khoảng 36.000 lượt người", 36000, "lượt người", "approx"), Q("30 người có uy tín tiêu biểu", 30, "người có uy tín tiêu biểu"),
 Q("215 phần quà", 215, "phần quà"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Kế hoạch", "421", "KH-CAT", None, None, "Kế hoạch số 421/KH-CAT"),
 D("Quyết định", "12", "2018/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg của Thủ tướng Chính phủ"),
 D("Chỉ thị", "12", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 12-CT/TU của Ban Thường vụ Tỉnh ủy")],
[prov("Gia Lai"), com("Ia Púch"), com("Ia Kriêng")],
["GIA LAI ĐIỆN TỬ", "Chính trị › An ninh - Quốc phòng", "(GLO)",
 "Già làng Ksor Tuk, làng Plei Ơi, xã Ia Púch, phát biểu tại hội nghị. Ảnh: Hoàng Ngọc", "Nhà nước Đề Ga", "Tin lành Đề Ga"],
["06/10/2023 - 09:45", "năm 2023", "9 tháng năm 2023", "giai đoạn 2023 - 2025"]))

PAGES.append(page("b7462-hungyen-ca-chandung-2024", """
BÁO HƯNG YÊN
Xã hội > Gương sáng
Thứ Hai, 19/08/2024 - 07:50
Nữ Trưởng Công an xã "dân vận khéo"
Hơn 5 năm về công tác tại xã Tân Châu (huyện Khoái Châu), Thiếu tá Đào Thị Hương, Trưởng Công an xã, được người dân quen gọi bằng cái tên thân mật "chị Hương công an". Ở xã bãi ven sông Hồng có 12 thôn với gần 11.000 nhân khẩu này, hầu như nhà nào cũng biết số điện thoại của chị.
Thiếu tá Đào Thị Hương (bìa phải) hướng dẫn người dân cài đặt ứng dụng VNeID.
Tháng 3/2019, khi Công an tỉnh thực hiện Đề án bố trí Công an chính quy về xã, chị là một trong 3 cán bộ nữ đầu tiên của tỉnh được giao làm Trưởng Công an xã. "Ngày đầu về xã, tôi đi từng ngõ, gõ từng nhà, ghi chép từng chuyện nhỏ của bà con. Dân có tin thì mới nói thật với mình", chị kể.
Với cách làm bền bỉ ấy, Công an xã Tân Châu đã hòa giải thành 94 vụ việc mâu thuẫn trong 5 năm, không để phát sinh đơn thư vượt cấp. Chị cùng cán bộ Hội Phụ nữ xã xây dựng mô hình "Tổ phụ nữ tự quản về an ninh, trật tự" với 36 hội viên, thường xuyên nắm bắt những gia đình có bạo lực, có con em nghiện game, bỏ học. Nhờ đó, xã đã giúp 7 thanh niên cai nghiện thành công, tìm việc làm.
Thực hiện Đề án 06, chị và đồng đội đã thu nhận hồ sơ, kích hoạt tài khoản định danh điện tử mức 2 cho 8.650 người, đạt 97% số công dân đủ điều kiện; làm căn cước tại nhà cho 46 người già yếu.
Ông Lê Văn Tám, Bí thư Đảng ủy xã Tân Châu, nhận xét: "Cô ấy làm công an nhưng cách làm là cách của người làm dân vận: lắng nghe trước, xử lý sau". Bà Nguyễn Thị Lụa, Trưởng thôn Đông Kết, kể lần thôn xảy ra tranh chấp ranh giới đất giữa hai dòng họ, chị Hương đã đến hòa giải tới 6 lần mới xong.
Năm 2023, Thiếu tá Đào Thị Hương được Bộ trưởng Bộ Công an tặng Bằng khen, mô hình của chị được Ban Dân vận Tỉnh ủy công nhận là mô hình "Dân vận khéo" cấp tỉnh theo Hướng dẫn số 12-HD/BDVTU. Chị vẫn giản dị: "Phần thưởng lớn nhất là bà con gọi mình là người nhà".
Nói về nữ đồng nghiệp, lãnh đạo Công an huyện Khoái Châu cho biết, trong lực lượng Công an tỉnh Hưng Yên, những cán bộ như chị không nhiều; việc một cán bộ nữ đảm nhiệm vị trí người đứng đầu Công an xã ở địa bàn phức tạp, lại làm được lòng dân, là điều rất đáng ghi nhận.
Ở xã Tân Châu giờ đây, câu chuyện về "chị Hương công an" đã trở thành niềm tự hào chung, và cách làm của chị được Công an huyện Khoái Châu phổ biến đến Công an các xã bạn như một kinh nghiệm gần dân, sát dân, hiểu dân.
Bài và ảnh: Phạm Hòa
Tin liên quan
- Văn Giang: ra mắt mô hình "Camera an ninh" (12/08/2024)
- Công an tỉnh tập huấn cho công an viên (05/08/2024)
- Ân Thi: 100% thôn có tổ an ninh trật tự cơ sở (29/07/2024)
""", "2024-08-19", "Nữ Trưởng Công an xã \"dân vận khéo\"",
E("khac", None, None),
[P("Đào Thị Hương", "Thiếu tá", "Trưởng Công an xã"),
 P("Lê Văn Tám", "Bí thư Đảng ủy xã Tân Châu"),
 P("Nguyễn Thị Lụa", "Trưởng thôn Đông Kết")],
[Q("12 thôn", 12, "thôn"), Q("gần 11.000 nhân khẩu", 11000, "nhân khẩu", "approx"), Q("3 cán bộ nữ", 3, "cán bộ nữ"),
 Q("94 vụ việc mâu thuẫn", 94, "vụ việc mâu thuẫn"), Q("36 hội viên", 36, "hội viên"), Q("7 thanh niên", 7, "thanh niên"),
 Q("8.650 người", 8650, "người"), Q("97%", 97, "%"), Q("46 người già yếu", 46, "người già yếu")],
[D("Hướng dẫn", "12", "HD/BDVTU", None, None, "Hướng dẫn số 12-HD/BDVTU")],
[prov("Hưng Yên"), com("Tân Châu")],
["BÁO HƯNG YÊN", "Xã hội > Gương sáng", "Thiếu tá Đào Thị Hương (bìa phải) hướng dẫn người dân cài đặt ứng dụng VNeID.",
 "chị Hương công an", "Tổ phụ nữ tự quản về an ninh, trật tự", "Đề án 06", "Dân vận khéo"],
["Thứ Hai, 19/08/2024 - 07:50", "Hơn 5 năm", "Tháng 3/2019", "5 năm", "mức 2", "6 lần", "Năm 2023"]))
