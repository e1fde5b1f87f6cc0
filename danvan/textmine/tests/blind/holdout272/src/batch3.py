from lib import *
PAGES = []

PAGES.append(page("b6497-quangnam-ngayhoi-saulu-2020", """
BÁO QUẢNG NAM ONLINE
Thời sự - Chính trị / Mặt trận
Thứ Tư, 18/11/2020 - 09:12
Ngày hội đại đoàn kết sau lũ ở Đại Lộc
(QNO) - Dù vừa trải qua những ngày mưa lũ lịch sử, sáng 17/11, nhân dân thôn Hà Nha, xã Đại Đồng (huyện Đại Lộc) vẫn tổ chức Ngày hội Đại đoàn kết toàn dân tộc theo cách giản dị, thiết thực: không trang trí cầu kỳ, dành kinh phí giúp bà con sửa nhà, khôi phục sản xuất sau bão số 9 và lũ lụt.
Dự ngày hội có đồng chí Võ Xuân Hòa, Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Quảng Nam; đồng chí Nguyễn Công Thanh, Phó Chủ tịch Thường trực - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh.
Thôn Hà Nha có 398 hộ, trong đợt lũ vừa qua có 112 hộ bị ngập sâu, 9 nhà bị tốc mái, hơn 40 ha hoa màu bị mất trắng. Ông Huỳnh Tấn Nhân, Bí thư Chi bộ, Trưởng thôn Hà Nha cho biết ngay khi nước rút, Ban công tác Mặt trận thôn đã huy động 150 lượt thanh niên, hội viên phụ nữ, cựu chiến binh dọn bùn non, vệ sinh trường học, nhà văn hóa. Con em xa quê gửi về hơn 180 triệu đồng, cùng 6 tấn gạo và mì tôm.
Tại ngày hội, đồng chí Võ Xuân Hòa chia sẻ những mất mát mà người dân phải gánh chịu; đề nghị cấp ủy, chính quyền và Mặt trận các cấp rà soát, hỗ trợ kịp thời các hộ bị sập nhà, không để người dân nào thiếu ăn, thiếu mặc; thực hiện nghiêm Quyết định số 21/2020/QĐ-UBND ngày 3/11/2020 của UBND tỉnh về chính sách hỗ trợ khôi phục sản xuất sau thiên tai. Đồng chí cũng lưu ý việc phân phối hàng cứu trợ phải công khai, đúng đối tượng, theo Quy chế phối hợp số 02/QCPH-MTTQ-UBND giữa Ủy ban MTTQ Việt Nam tỉnh và UBND tỉnh.
Nhân dịp này, Ủy ban MTTQ Việt Nam tỉnh trao 100 suất quà, mỗi suất 1,5 triệu đồng và hỗ trợ 9 hộ có nhà bị tốc mái mỗi hộ 10 triệu đồng để sửa chữa. Đồng chí Nguyễn Công Thanh trao tặng 50 thùng sách vở cho học sinh Trường Tiểu học Đại Đồng.
Bà Đinh Thị Hoa, một hộ nghèo ở thôn Hà Nha, rưng rưng: "Lũ cuốn hết lúa giống, heo gà. Nay được Mặt trận, bà con giúp, chừ tui có vốn làm lại".
Theo Ủy ban MTTQ Việt Nam tỉnh, năm nay do ảnh hưởng của dịch Covid-19 và mưa lũ, ngày hội ở khoảng 1.200 khu dân cư được tổ chức gọn nhẹ, lồng ghép phần lễ với các hoạt động cứu trợ. Tính đến ngày 16/11, Mặt trận các cấp trong tỉnh đã tiếp nhận hơn 96 tỷ đồng tiền và hàng hóa ủng hộ đồng bào vùng lũ.
Tại xã Đại Hồng, ngày hội cũng được tổ chức ngay tại nhà văn hóa vừa được sửa chữa sau lũ, đồng bào Cơ Tu cùng đánh chiêng, múa tân tung da dá mừng ngày hội.
VĨNH LỘC
Tin liên quan
- Nông Sơn: ngày hội ở khu tái định cư Trung Ninh (15/11/2020)
- Mặt trận tỉnh phân bổ 20 tỷ đồng hỗ trợ vùng lũ (10/11/2020)
""", "2020-11-18", "Ngày hội đại đoàn kết sau lũ ở Đại Lộc",
E("khac", None, "2020-11-17"),
[P("Võ Xuân Hòa", "Phó Bí thư Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Quảng Nam"),
 P("Nguyễn Công Thanh", "Phó Chủ tịch Thường trực - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh"),
 P("Huỳnh Tấn Nhân", "Bí thư Chi bộ", "Trưởng thôn Hà Nha"),
 P("Đinh Thị Hoa")],
[Q("398 hộ", 398, "hộ"), Q("112 hộ", 112, "hộ"), Q("9 nhà", 9, "nhà"), Q("hơn 40 ha", 40, "ha", "over"),
 Q("150 lượt thanh niên, hội viên phụ nữ, cựu chiến binh", 150, "lượt thanh niên, hội viên phụ nữ, cựu chiến binh"),
 Q("hơn 180 triệu đồng", 180000000, "đồng", "over"), Q("6 tấn", 6, "tấn"), Q("100 suất quà", 100, "suất quà"),
 Q("1,5 triệu đồng", 1500000, "đồng"), Q("9 hộ", 9, "hộ"), Q("10 triệu đồng", 10000000, "đồng"),
 Q("50 thùng sách vở", 50, "thùng sách vở"), Q("khoảng 1.200 khu dân cư", 1200, "khu dân cư", "approx"),
 Q("hơn 96 tỷ đồng", 96000000000, "đồng", "over")],
[D("Quyết định", "21", "2020/QĐ-UBND", "2020-11-03", "UBND tỉnh", "Quyết định số 21/2020/QĐ-UBND ngày 3/11/2020"),
 D("Quy chế phối hợp", "02", "QCPH-MTTQ-UBND", None, "Ủy ban MTTQ Việt Nam tỉnh và UBND tỉnh", "Quy chế phối hợp số 02/QCPH-MTTQ-UBND")],
[prov("Quảng Nam"), com("Đại Đồng"), com("Đại Hồng")],
["BÁO QUẢNG NAM ONLINE", "Thời sự - Chính trị / Mặt trận", "(QNO)", "Trường Tiểu học Đại Đồng"],
["Thứ Tư, 18/11/2020 - 09:12", "bão số 9", "Covid-19", "năm nay"]))

PAGES.append(page("b6498-thainguyen-doithoai-ngayhoi-2020", """
BÁO THÁI NGUYÊN ĐIỆN TỬ
21/11/2020 | 17:45
Bí thư Tỉnh ủy đối thoại với nhân dân tại ngày hội
Thời sự › Chính trị
Đồng chí Bí thư Tỉnh ủy trả lời kiến nghị của người dân. Ảnh: Quang Minh
Nhân dịp dự Ngày hội Đại đoàn kết toàn dân tộc ở tổ dân phố Thác Lở, phường Túc Duyên (TP. Thái Nguyên), chiều 20/11, đồng chí Dương Ngọc Lâm, Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng đoàn ĐBQH tỉnh đã đối thoại trực tiếp với nhân dân năm 2020 theo Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân.
Cùng dự có các đồng chí: Hà Thị Hoa, Phó Chủ tịch Ủy ban MTTQ tỉnh; Lục Văn Thuận, Thành ủy viên, Chủ tịch Ủy ban MTTQ thành phố Thái Nguyên.
Tổ dân phố Thác Lở có 286 hộ, 1.020 nhân khẩu. Tại buổi đối thoại, 11 ý kiến của người dân đã được nêu, tập trung vào ô nhiễm tiếng ồn từ các quán karaoke, tình trạng ngập úng khi mưa lớn trên đường Thác Lở, việc chậm cấp giấy chứng nhận quyền sử dụng đất cho 17 hộ đã sử dụng đất ổn định trước năm 1993.
Ông Đỗ Văn Khải, 71 tuổi, Chi hội trưởng Chi hội Cựu chiến binh tổ dân phố, phản ánh đoạn cống thoát nước dài khoảng 300 m đã xuống cấp, mỗi lần mưa to nước tràn vào nhà dân. Đồng chí Nông Quốc Tuấn, Phó Chủ tịch UBND thành phố Thái Nguyên, cho biết thành phố đã bố trí 2,8 tỷ đồng để cải tạo tuyến cống, dự kiến thi công trong quý I năm 2021.
Trả lời về việc cấp giấy chứng nhận, bà Vi Thị Hạnh, Chủ tịch UBND phường Túc Duyên, cho biết phường đã hoàn thiện hồ sơ 12 hộ, còn 5 hộ vướng tranh chấp ranh giới sẽ được hòa giải trong tháng 12.
Kết luận buổi đối thoại, đồng chí Dương Ngọc Lâm ghi nhận các ý kiến thẳng thắn, tâm huyết của bà con; yêu cầu các cơ quan chức năng giải quyết dứt điểm các kiến nghị thuộc thẩm quyền trước ngày 31/12/2020, trả lời công khai bằng văn bản. Đồng chí đề nghị Mặt trận các cấp thực hiện tốt Kết luận số 43-KL/TW của Ban Bí thư về tiếp tục thực hiện Nghị quyết Trung ương 7 khóa IX về đại đoàn kết toàn dân tộc.
Trước đó, tại phần lễ, tổ dân phố đã ôn lại truyền thống 90 năm Mặt trận Tổ quốc Việt Nam, báo cáo kết quả cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh". Năm 2020, bà con đã đóng góp 215 triệu đồng làm đường ngõ xóm, 98% hộ đạt danh hiệu gia đình văn hóa. Đồng chí Bí thư Tỉnh ủy tặng tổ dân phố 20 triệu đồng để mua sắm trang thiết bị cho nhà văn hóa.
Quang Minh
Tin cùng chuyên mục
- Phú Lương: đối thoại giữa người đứng đầu cấp ủy với nhân dân (15/11/2020)
- Mặt trận tỉnh kỷ niệm 90 năm Ngày truyền thống (14/11/2020)
""", "2020-11-21", "Bí thư Tỉnh ủy đối thoại với nhân dân tại ngày hội",
E("doi_thoai", "2020", "2020-11-20"),
[P("Dương Ngọc Lâm", "Ủy viên Ban Chấp hành Trung ương Đảng", "Bí thư Tỉnh ủy", "Trưởng đoàn ĐBQH tỉnh"),
 P("Hà Thị Hoa", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lục Văn Thuận", "Thành ủy viên", "Chủ tịch Ủy ban MTTQ thành phố Thái Nguyên"),
 P("Đỗ Văn Khải", "Chi hội trưởng Chi hội Cựu chiến binh tổ dân phố"),
 P("Nông Quốc Tuấn", "Phó Chủ tịch UBND thành phố Thái Nguyên"),
 P("Vi Thị Hạnh", "Chủ tịch UBND phường Túc Duyên")],
[Q("286 hộ", 286, "hộ"), Q("1.020 nhân khẩu", 1020, "nhân khẩu"), Q("11 ý kiến", 11, "ý kiến"), Q("17 hộ", 17, "hộ"),
 Q("khoảng 300 m", 300, "m", "approx"), Q("2,8 tỷ đồng", 2800000000, "đồng"), Q("12 hộ", 12, "hộ"), Q("5 hộ", 5, "hộ"),
 Q("215 triệu đồng", 215000000, "đồng"), Q("98%", 98, "%"), Q("20 triệu đồng", 20000000, "đồng")],
[D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", "Quy định số 11-QĐi/TW ngày 18/2/2019"),
 D("Kết luận", "43", "KL/TW", None, "Ban Bí thư", "Kết luận số 43-KL/TW")],
[prov("Thái Nguyên"), com("Túc Duyên")],
["BÁO THÁI NGUYÊN ĐIỆN TỬ", "Thời sự › Chính trị", "Đồng chí Bí thư Tỉnh ủy trả lời kiến nghị của người dân. Ảnh: Quang Minh",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Nghị quyết Trung ương 7 khóa IX"],
["21/11/2020 | 17:45", "năm 2020", "năm 1993", "71 tuổi", "quý I năm 2021", "90 năm", "tháng 12"]))

PAGES.append(page("b6499-quangninh-mttq-giaoban-quy3-2021", """
BÁO QUẢNG NINH
Trang chủ - Chính trị - Mặt trận
Thứ Ba, 05/10/2021, 16:20
Giao ban công tác Mặt trận quý III: chuẩn bị chu đáo Ngày hội Đại đoàn kết trong điều kiện dịch bệnh
Ngày 4/10, Ban Thường trực Ủy ban MTTQ tỉnh Quảng Ninh tổ chức hội nghị giao ban công tác Mặt trận quý III năm 2021 theo hình thức trực tuyến tới 13 điểm cầu huyện, thị xã, thành phố. Đồng chí Vũ Thị Thu Hường, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ tỉnh chủ trì.
Trong quý III, Mặt trận các cấp đã vận động ủng hộ Quỹ phòng, chống dịch Covid-19 được hơn 26,5 tỷ đồng; trao 14.600 suất quà cho người lao động mất việc, hộ khó khăn do dịch. Các Ban công tác Mặt trận ở 1.497 khu dân cư duy trì tổ "Covid cộng đồng", phối hợp giám sát người cách ly tại nhà.
Về tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2021, hội nghị thống nhất thực hiện theo Hướng dẫn số 88/HD-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam và Kế hoạch số 205-KH/TU của Ban Thường vụ Tỉnh ủy: ngày hội tổ chức từ ngày 1 đến 18/11, mỗi khu dân cư không quá 50 người dự phần lễ, ưu tiên các hoạt động an sinh. Ngân sách tỉnh hỗ trợ mỗi khu dân cư 5 triệu đồng, các khu dân cư thuộc 11 xã đặc biệt khó khăn được hỗ trợ thêm 2 triệu đồng.
Phát biểu tại điểm cầu huyện Bình Liêu, đồng chí Hoàng Văn Sìu, HUV, Chủ tịch Ủy ban MTTQ huyện, đề nghị cho phép các bản người Dao, người Tày tổ chức ngày hội kết hợp với lễ hội truyền thống ở quy mô nhỏ. Đồng chí Bùi Thị Mai, Chủ tịch Ủy ban MTTQ phường Hồng Hải (TP Hạ Long), nêu kinh nghiệm dùng nhóm Zalo để lấy ý kiến nhân dân về nội dung ngày hội.
Kết luận hội nghị, đồng chí Vũ Thị Thu Hường đề nghị quý IV tập trung giám sát việc thực hiện chính sách hỗ trợ người dân gặp khó khăn do dịch theo Nghị quyết số 68/NQ-CP của Chính phủ; phấn đấu 100% khu dân cư tổ chức ngày hội an toàn; chuẩn bị tổng kết 5 năm thực hiện Quy định 124-QĐ/TW của Ban Bí thư về giám sát của Mặt trận đối với việc tu dưỡng, rèn luyện đạo đức, lối sống của người đứng đầu, cán bộ chủ chốt và cán bộ, đảng viên.
Quý III, Mặt trận tỉnh cũng tiếp nhận 37 ý kiến, kiến nghị của cử tri và nhân dân, chuyển các cơ quan chức năng xem xét; phối hợp với Ban Dân vận Tỉnh ủy kiểm tra thực hiện Quy chế dân chủ ở cơ sở tại 6 xã, phường.
Nhiều ý kiến tại các điểm cầu cho rằng, ngày hội năm nay cần được tổ chức linh hoạt theo cấp độ dịch của từng địa phương; nơi nào dịch được kiểm soát tốt thì tổ chức đầy đủ phần lễ, phần hội, nơi có nguy cơ cao thì chỉ tổ chức phần lễ gọn nhẹ, kết hợp thăm hỏi, tặng quà tận nhà cho các hộ khó khăn.
Thu Nguyệt
Tin khác
- Đầm Hà: trao 500 suất quà cho công nhân mất việc (28/09/2021)
- Mặt trận tỉnh tiếp nhận ủng hộ Quỹ vắc-xin (20/09/2021)
- Vân Đồn: ra mắt 12 tổ Covid cộng đồng ở các thôn đảo (14/09/2021)
- Hội nghị giao ban công tác Mặt trận quý II năm 2021 (06/07/2021)
""", "2021-10-05", "Giao ban công tác Mặt trận quý III: chuẩn bị chu đáo Ngày hội Đại đoàn kết trong điều kiện dịch bệnh",
E("giao_ban", "2021-Q3", "2021-10-04"),
[P("Vũ Thị Thu Hường", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Hoàng Văn Sìu", "HUV", "Chủ tịch Ủy ban MTTQ huyện"),
 P("Bùi Thị Mai", "Chủ tịch Ủy ban MTTQ phường Hồng Hải")],
[Q("13 điểm cầu huyện, thị xã, thành phố", 13, "điểm cầu huyện, thị xã, thành phố"),
 Q("hơn 26,5 tỷ đồng", 26500000000, "đồng", "over"), Q("14.600 suất quà", 14600, "suất quà"), Q("1.497 khu dân cư", 1497, "khu dân cư"),
 Q("không quá 50 người", 50, "người"), Q("5 triệu đồng", 5000000, "đồng"), Q("11 xã đặc biệt khó khăn", 11, "xã đặc biệt khó khăn"),
 Q("2 triệu đồng", 2000000, "đồng"), Q("100%", 100, "%"), Q("37 ý kiến, kiến nghị", 37, "ý kiến, kiến nghị"), Q("6 xã, phường", 6, "xã, phường")],
[D("Hướng dẫn", "88", "HD-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 88/HD-MTTW-BTT"),
 D("Kế hoạch", "205", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 205-KH/TU"),
 D("Nghị quyết", "68", "NQ-CP", None, "Chính phủ", "Nghị quyết số 68/NQ-CP"),
 D("Quy định", "124", "QĐ/TW", None, "Ban Bí thư", "Quy định 124-QĐ/TW")],
[prov("Quảng Ninh"), com("Hồng Hải")],
["BÁO QUẢNG NINH", "Trang chủ - Chính trị - Mặt trận", "Covid cộng đồng", "Quỹ phòng, chống dịch Covid-19"],
["Thứ Ba, 05/10/2021, 16:20", "quý III năm 2021", "quý IV", "5 năm", "ngày 1 đến 18/11"]))

PAGES.append(page("b6500-cantho-ngayhoi-khuvuc-2022", """
Báo Cần Thơ Online
Chính trị - Mặt trận
Cập nhật: 09:05, 16/11/2022 (GMT+7)
Ấm tình làng nghĩa xóm ở khu vực Thới Hòa
Bí thư Thành ủy Cần Thơ thăm gian hàng nông sản của người dân tại ngày hội.
Sáng 15-11, khu vực Thới Hòa, phường Thới An Đông (quận Bình Thủy) tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2022. Đồng chí Lê Minh Tiến, Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Thành ủy Cần Thơ; đồng chí Trần Thị Ngọc Mai, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Dân vận Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam thành phố về dự.
Khu vực Thới Hòa có 614 hộ với 2.380 nhân khẩu, trong đó có 35 hộ đồng bào Khmer và 48 hộ theo đạo Hòa Hảo. Năm 2022, bà con đóng góp gần 700 triệu đồng, hiến 1.050 m2 đất để mở rộng 2 tuyến lộ, lắp đặt 120 trụ đèn năng lượng mặt trời theo mô hình "Thắp sáng đường quê". Khu vực không còn hộ nghèo; còn 7 hộ cận nghèo.
Ông Phan Văn Út, Trưởng ban Công tác Mặt trận khu vực Thới Hòa, cho biết năm nay ban công tác Mặt trận đã cùng chi hội phụ nữ, chi hội nông dân vận động 32 hộ chuyển sang trồng rau thủy canh, nuôi ếch, thu nhập bình quân tăng khoảng 15%. Ông Huỳnh Văn Bảy, Phó Trưởng ban Trị sự Phật giáo Hòa Hảo phường Thới An Đông, cho hay tín đồ trong khu vực luôn tích cực tham gia bếp ăn từ thiện, nấu cơm miễn phí phục vụ bệnh nhân nghèo.
Phát biểu tại ngày hội, đồng chí Lê Minh Tiến biểu dương tinh thần đoàn kết của bà con khu vực Thới Hòa; đề nghị cấp ủy, chính quyền phường tiếp tục thực hiện Nghị quyết số 11-NQ/TU, 12-NQ/TU của Thành ủy về phát triển đô thị và nông nghiệp đô thị; chú trọng giải quyết việc làm cho thanh niên sau dịch Covid-19.
Dịp này, các đại biểu trao 100 phần quà, mỗi phần 500.000 đồng cho hộ cận nghèo, gia đình chính sách; trao 10 suất học bổng "Tiếp sức đến trường" cho học sinh nghèo hiếu học. Đồng chí Trần Thị Ngọc Mai trao bằng khen của Ủy ban MTTQ Việt Nam thành phố cho 5 hộ gia đình tiêu biểu trong cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".
Theo Ủy ban MTTQ Việt Nam thành phố, đến ngày 14-11, đã có 548/621 khu vực, ấp trên địa bàn thành phố tổ chức ngày hội, số còn lại hoàn thành trước ngày 18-11.
Phần hội diễn ra sôi nổi với hội thi gói bánh tét, đờn ca tài tử và các trò chơi dân gian như kéo co, đập nồi, bịt mắt bắt vịt. Các gian hàng nông sản của bà con được bày bán ngay trong khuôn viên nhà văn hóa, góp phần quảng bá sản phẩm địa phương.
Bài, ảnh: BÍCH NGÂN
Tin liên quan
- Phong Điền: ngày hội ở ấp Nhơn Lộc 2 (12/11/2022)
- Bàn giao 15 căn nhà Đại đoàn kết ở quận Thốt Nốt (08/11/2022)
- Ô Môn: đối thoại giữa người đứng đầu cấp ủy với nhân dân (03/11/2022)
- Mặt trận thành phố gặp mặt chức sắc các tôn giáo (28/10/2022)
""", "2022-11-16", "Ấm tình làng nghĩa xóm ở khu vực Thới Hòa",
E("khac", None, "2022-11-15"),
[P("Lê Minh Tiến", "Ủy viên Ban Chấp hành Trung ương Đảng", "Bí thư Thành ủy Cần Thơ"),
 P("Trần Thị Ngọc Mai", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Dân vận Thành ủy", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Phan Văn Út", "Trưởng ban Công tác Mặt trận khu vực Thới Hòa"),
 P("Huỳnh Văn Bảy", "Phó Trưởng ban Trị sự Phật giáo Hòa Hảo phường Thới An Đông")],
[Q("614 hộ", 614, "hộ"), Q("2.380 nhân khẩu", 2380, "nhân khẩu"), Q("35 hộ đồng bào Khmer", 35, "hộ đồng bào Khmer"),
 Q("48 hộ", 48, "hộ"), Q("gần 700 triệu đồng", 700000000, "đồng", "approx"), Q("1.050 m2", 1050, "m2"),
 Q("2 tuyến lộ", 2, "tuyến lộ"), Q("120 trụ đèn năng lượng mặt trời", 120, "trụ đèn năng lượng mặt trời"),
 Q("7 hộ cận nghèo", 7, "hộ cận nghèo"), Q("32 hộ", 32, "hộ"), Q("khoảng 15%", 15, "%", "approx"),
 Q("100 phần quà", 100, "phần quà"), Q("500.000 đồng", 500000, "đồng"), Q("10 suất học bổng", 10, "suất học bổng"),
 Q("5 hộ gia đình tiêu biểu", 5, "hộ gia đình tiêu biểu"), Q("548/621 khu vực, ấp", 548, "khu vực, ấp")],
[D("Nghị quyết", "11", "NQ/TU", None, "Thành ủy", "Nghị quyết số 11-NQ/TU, 12-NQ/TU"),
 D("Nghị quyết", "12", "NQ/TU", None, "Thành ủy", "Nghị quyết số 11-NQ/TU, 12-NQ/TU")],
[prov("Cần Thơ"), com("Thới An Đông")],
["Báo Cần Thơ Online", "Chính trị - Mặt trận", "Bí thư Thành ủy Cần Thơ thăm gian hàng nông sản của người dân tại ngày hội.",
 "Thắp sáng đường quê", "Tiếp sức đến trường", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"],
["Cập nhật: 09:05, 16/11/2022 (GMT+7)", "năm 2022", "Covid-19"]))

PAGES.append(page("b6501-bacgiang-ngayhoi-nq43-2023", """
BÁO BẮC GIANG ĐIỆN TỬ
Trang chủ / Chính trị / Mặt trận - Đoàn thể
27/11/2023 - 10:40
Lan tỏa tinh thần Nghị quyết 43 từ ngày hội ở thôn Hả
Bắc Giang - Ngày 26/11, thôn Hả, xã Hồng Giang (huyện Lục Ngạn) tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2023. Đây là một trong những khu dân cư tổ chức ngày hội muộn nhất của tỉnh, ngay sau khi Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XIII ban hành Nghị quyết số 43-NQ/TW ngày 24/11/2023 về tiếp tục phát huy truyền thống, sức mạnh đại đoàn kết toàn dân tộc.
Về dự có đồng chí Hà Thị Minh Nguyệt, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Trần Văn Dũng, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ tỉnh; các đồng chí lãnh đạo huyện Lục Ngạn: Hoàng Văn Đức, Nông Thị Hiền - Phó Bí thư Huyện ủy.
Thôn Hả có 276 hộ, 1.104 nhân khẩu, gồm 4 dân tộc Kinh, Nùng, Tày, Sán Chí. Cả thôn có 186 ha vải thiều, trong đó 62 ha được cấp mã số vùng trồng xuất khẩu. Năm 2023, thu nhập bình quân đạt 72 triệu đồng/người/năm; thôn có 41 hộ có thu nhập từ 1 tỷ đồng trở lên. Bà con góp hơn 1,6 tỷ đồng cùng với ngân sách xây dựng nhà văn hóa mới, cứng hóa 2,3 km đường trục thôn.
Ông Lương Văn Quý, người Nùng, Trưởng ban Công tác Mặt trận thôn Hả, cho biết thôn đã thành lập tổ hợp tác sản xuất vải VietGAP với 58 thành viên, giúp 9 hộ nghèo có việc làm ổn định; hiện thôn chỉ còn 1 hộ nghèo do già cả, neo đơn.
Phát biểu tại ngày hội, đồng chí Hà Thị Minh Nguyệt đề nghị cấp ủy, chính quyền xã Hồng Giang tổ chức học tập, quán triệt sâu rộng Nghị quyết 43 đến từng đảng viên, từng hộ dân; tiếp tục thực hiện Chỉ thị 22, 23-CT/TU của Ban Thường vụ Tỉnh ủy về phát triển cây ăn quả và thực hiện Quy chế dân chủ ở cơ sở; quan tâm hơn đến đồng bào Sán Chí ở các xóm xa.
Nhân dịp này, Ủy ban MTTQ tỉnh trao 30 suất quà cho hộ cận nghèo, mỗi suất 1 triệu đồng; Công ty Cổ phần Nông sản Lục Ngạn trao tặng 1 bộ thiết bị âm thanh trị giá 45 triệu đồng cho nhà văn hóa thôn. Đồng chí Trần Văn Dũng thông tin, năm 2023 có 2.215 khu dân cư trong tỉnh tổ chức ngày hội, huy động nguồn lực khoảng 21 tỷ đồng.
Phần hội có thi hát sli, hát then, thi gói bánh chưng gù và các trò chơi đánh quay, đẩy gậy, thu hút hàng trăm người tham gia.
Bà Nông Thị Hiền cho biết, toàn huyện Lục Ngạn năm nay có 402 thôn, tổ dân phố tổ chức ngày hội; Ban Thường vụ Huyện ủy đã chỉ đạo lồng ghép việc tuyên truyền Nghị quyết 43 vào phần lễ ở tất cả các khu dân cư tổ chức sau ngày 24/11.
Hà Linh
Lượt xem: 2.046
Tin liên quan
- Lạng Giang: trao 20 nhà Đại đoàn kết (20/11/2023)
- Yên Thế: ngày hội ở bản Khe Cả (17/11/2023)
- Tỉnh ủy học tập Nghị quyết Trung ương 8 khóa XIII (15/11/2023)
""", "2023-11-27", "Lan tỏa tinh thần Nghị quyết 43 từ ngày hội ở thôn Hả",
E("khac", None, "2023-11-26"),
[P("Hà Thị Minh Nguyệt", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Văn Dũng", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Hoàng Văn Đức", "Phó Bí thư Huyện ủy"),
 P("Nông Thị Hiền", "Phó Bí thư Huyện ủy"),
 P("Lương Văn Quý", "Trưởng ban Công tác Mặt trận thôn Hả")],
[Q("276 hộ", 276, "hộ"), Q("1.104 nhân khẩu", 1104, "nhân khẩu"), Q("4 dân tộc", 4, "dân tộc"), Q("186 ha", 186, "ha"),
 Q("62 ha", 62, "ha"), Q("72 triệu đồng/người/năm", 72000000, "đồng"), Q("41 hộ", 41, "hộ"),
 Q("từ 1 tỷ đồng trở lên", 1000000000, "đồng", "over"), Q("hơn 1,6 tỷ đồng", 1600000000, "đồng", "over"), Q("2,3 km", 2.3, "km"),
 Q("58 thành viên", 58, "thành viên"), Q("9 hộ nghèo", 9, "hộ nghèo"), Q("1 hộ nghèo", 1, "hộ nghèo"), Q("30 suất quà", 30, "suất quà"),
 Q("1 triệu đồng", 1000000, "đồng"), Q("45 triệu đồng", 45000000, "đồng"), Q("2.215 khu dân cư", 2215, "khu dân cư"),
 Q("khoảng 21 tỷ đồng", 21000000000, "đồng", "approx"),
 Q("402 thôn, tổ dân phố", 402, "thôn, tổ dân phố")],
[D("Nghị quyết", "43", "NQ/TW", "2023-11-24", "Ban Chấp hành Trung ương Đảng khóa XIII", "Nghị quyết số 43-NQ/TW ngày 24/11/2023"),
 D("Chỉ thị", "22", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 22, 23-CT/TU"),
 D("Chỉ thị", "23", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 22, 23-CT/TU")],
[prov("Bắc Giang"), com("Hồng Giang")],
["BÁO BẮC GIANG ĐIỆN TỬ", "Trang chủ / Chính trị / Mặt trận - Đoàn thể", "Lượt xem: 2.046", "VietGAP", "Công ty Cổ phần Nông sản Lục Ngạn"],
["27/11/2023 - 10:40", "lần thứ tám", "khóa XIII", "năm 2023", "1 bộ thiết bị âm thanh", "Lượt xem: 2.046"]))

PAGES.append(page("b6502-ninhbinh-mttq-baocao-ngayhoi-2023", """
Cổng thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh Ninh Bình
Tin hoạt động > Hoạt động Mặt trận tỉnh
Ngày 20/12/2023 | 14:55
Báo cáo Thường trực Tỉnh ủy kết quả tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2023
Chiều 19/12, tại trụ sở Tỉnh ủy, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh báo cáo Thường trực Tỉnh ủy kết quả tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư năm 2023 và kết quả 10 năm thực hiện Quyết định 217-QĐ/TW, 218-QĐ/TW của Bộ Chính trị. Dự buổi làm việc có đồng chí Lưu Văn Thắng, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh.
Trình bày báo cáo, đồng chí Đinh Thị Hương, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh cho biết: thực hiện Kế hoạch số 96/KH-MTTQ-BTT ngày 22/9/2023, toàn tỉnh có 1.594/1.594 khu dân cư tổ chức ngày hội, đạt 100%. Tổng số tiền và hiện vật huy động được trên 38 tỷ đồng, trong đó ngân sách hỗ trợ 7 triệu đồng/khu dân cư theo Nghị quyết số 42/2022/NQ-HĐND ngày 14/7/2022 của HĐND tỉnh. Ngày hội năm nay tặng 9.870 suất quà cho hộ nghèo, hộ cận nghèo; khởi công, bàn giao 326 nhà Đại đoàn kết; tuyên dương 1.210 hộ gia đình tiêu biểu.
Theo báo cáo, qua 10 năm, Mặt trận các cấp đã chủ trì tổ chức 4.650 cuộc giám sát, 176 hội nghị phản biện xã hội; tổ chức 2.300 hội nghị để nhân dân góp ý cho cán bộ, đảng viên và tổ chức đảng ở khu dân cư. Tỷ lệ hài lòng của người dân đối với hoạt động của Ban công tác Mặt trận khu dân cư đạt 92,4%.
Tuy nhiên, báo cáo cũng chỉ ra hạn chế: một số khu dân cư sau sáp nhập có quy mô lớn, trên 700 hộ, việc tổ chức ngày hội còn khó khăn; một số nơi vẫn phân bổ mức đóng góp cho hộ gia đình, gây bức xúc. Đồng chí Vũ Văn Hậu, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, đề xuất Thường trực Tỉnh ủy chỉ đạo xây dựng bộ tiêu chí đánh giá chất lượng ngày hội.
Phát biểu chỉ đạo, đồng chí Lưu Văn Thắng ghi nhận, đánh giá cao những kết quả mà Mặt trận các cấp đạt được; đề nghị Ủy ban MTTQ tỉnh tham mưu Ban Thường vụ Tỉnh ủy xây dựng chương trình hành động thực hiện Nghị quyết số 43-NQ/TW của Ban Chấp hành Trung ương về đại đoàn kết toàn dân tộc; năm 2024 nghiên cứu tổ chức ngày hội điểm cấp tỉnh ở vùng đồng bào Mường huyện Nho Quan, vùng giáo thị trấn Phát Diệm (huyện Kim Sơn).
Báo cáo cũng đề xuất tăng mức hỗ trợ cho các khu dân cư thuộc xã miền núi, vùng đồng bào dân tộc thiểu số; bố trí kinh phí cho hoạt động của Ban công tác Mặt trận ở những khu dân cư mới thành lập sau sáp nhập, nơi nhiều hoạt động chung vẫn phải dựa vào đóng góp tự nguyện của nhân dân.
Cùng dự có đồng chí Phạm Thị Thu Hằng, Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy.
Phòng Tuyên truyền
Lượt truy cập: 1.482.330
Các tin khác
- Hội nghị Ủy ban MTTQ tỉnh lần thứ 12, khóa XIV (15/12/2023)
- Gặp mặt chức sắc, chức việc các tôn giáo dịp Giáng sinh (12/12/2023)
""", "2023-12-20", "Báo cáo Thường trực Tỉnh ủy kết quả tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2023",
E("bao_cao", "2023", "2023-12-19"),
[P("Lưu Văn Thắng", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Đinh Thị Hương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Vũ Văn Hậu", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phạm Thị Thu Hằng", "Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy")],
[Q("1.594/1.594 khu dân cư", 1594, "khu dân cư"), Q("100%", 100, "%"), Q("trên 38 tỷ đồng", 38000000000, "đồng", "over"),
 Q("7 triệu đồng/khu dân cư", 7000000, "đồng"), Q("9.870 suất quà", 9870, "suất quà"), Q("326 nhà Đại đoàn kết", 326, "nhà Đại đoàn kết"),
 Q("1.210 hộ gia đình tiêu biểu", 1210, "hộ gia đình tiêu biểu"), Q("4.650 cuộc giám sát", 4650, "cuộc giám sát"),
 Q("176 hội nghị phản biện xã hội", 176, "hội nghị phản biện xã hội"), Q("2.300 hội nghị", 2300, "hội nghị"), Q("92,4%", 92.4, "%"),
 Q("trên 700 hộ", 700, "hộ", "over")],
[D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217-QĐ/TW, 218-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217-QĐ/TW, 218-QĐ/TW"),
 D("Kế hoạch", "96", "KH-MTTQ-BTT", "2023-09-22", None, "Kế hoạch số 96/KH-MTTQ-BTT ngày 22/9/2023"),
 D("Nghị quyết", "42", "2022/NQ-HĐND", "2022-07-14", "HĐND tỉnh", "Nghị quyết số 42/2022/NQ-HĐND ngày 14/7/2022"),
 D("Nghị quyết", "43", "NQ/TW", None, "Ban Chấp hành Trung ương", "Nghị quyết số 43-NQ/TW")],
[prov("Ninh Bình"), com("Phát Diệm")],
["Cổng thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh Ninh Bình", "Tin hoạt động > Hoạt động Mặt trận tỉnh", "Lượt truy cập: 1.482.330"],
["Ngày 20/12/2023 | 14:55", "10 năm", "năm 2023", "năm 2024", "Lượt truy cập: 1.482.330"]))
