from lib import *
PAGES = []

PAGES.append(page("b9515-hatinh-ccb-giamsat-2017", """
Báo Hà Tĩnh - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Hà Tĩnh
Chính trị > Mặt trận - Đoàn thể
15/08/2017 - 09:40
Giám sát việc thực hiện chính sách đối với cựu chiến binh tại Hương Khê
(Baohatinh.vn) - Ngày 14/8, đoàn giám sát của Hội Cựu chiến binh tỉnh Hà Tĩnh do ông Trần Văn Thanh, Phó Chủ tịch Hội CCB tỉnh làm trưởng đoàn đã giám sát việc thực hiện chế độ, chính sách đối với cựu chiến binh tại huyện Hương Khê theo chương trình giám sát năm 2017.
Đoàn giám sát làm việc tại UBND huyện Hương Khê.
Theo báo cáo của UBND huyện, toàn huyện có 3.862 hội viên CCB sinh hoạt ở 22 cơ sở Hội. Thời gian qua, huyện đã giải quyết chế độ cho 418 đối tượng theo Quyết định số 62/2011/QĐ-TTg ngày 9/11/2011 của Thủ tướng Chính phủ về chế độ, chính sách đối với đối tượng tham gia chiến tranh bảo vệ Tổ quốc, làm nhiệm vụ quốc tế ở Campuchia, giúp bạn Lào; cấp 1.245 thẻ bảo hiểm y tế cho CCB theo Nghị định 150/2006/NĐ-CP. Việc triển khai Nghị định số 157/2016/NĐ-CP ngày 24/11/2016 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định 150 được thực hiện kịp thời, đúng đối tượng.
Tuy vậy, hiện còn 27 hồ sơ chưa được giải quyết do thất lạc giấy tờ gốc; 6 trường hợp đã hưởng chế độ nhưng phát hiện không đúng đối tượng, đang thu hồi gần 86 triệu đồng. Bà Lê Thị Bích, Trưởng phòng Lao động - Thương binh và Xã hội huyện, cho biết nguyên nhân chủ yếu là hồ sơ của các cụ qua nhiều đợt kê khai, người làm chứng nay đã mất hoặc chuyển đi nơi khác.
Làm việc tại xã Phương Điền và xã Hương Trạch, đoàn ghi nhận các cơ sở Hội đã chủ động rà soát, lập danh sách hội viên thuộc diện hưởng chính sách, niêm yết công khai tại nhà văn hóa thôn. Ông Hồ Sỹ Quang, Chủ tịch Hội CCB xã Hương Trạch, kiến nghị cần có hướng dẫn cụ thể về việc xác nhận thời gian phục vụ của những CCB từng tham gia dân công hỏa tuyến theo Quyết định 49/2015/QĐ-TTg.
Phát biểu tại buổi làm việc, ông Nguyễn Hải Nam, Phó Chủ tịch UBND huyện Hương Khê, tiếp thu ý kiến của đoàn và cam kết chỉ đạo các ngành rà soát, giải quyết dứt điểm 27 hồ sơ tồn đọng trong quý IV/2017.
Kết luận đợt giám sát, ông Trần Văn Thanh đánh giá huyện Hương Khê đã thực hiện cơ bản đầy đủ các chế độ, chính sách đối với CCB; đề nghị UBND huyện tăng cường phối hợp với Hội CCB trong thẩm định hồ sơ, tránh để xảy ra sai sót; đồng thời đề nghị Sở Lao động - Thương binh và Xã hội tỉnh sớm có văn bản trả lời các kiến nghị của cơ sở. Đoàn sẽ tổng hợp kết quả, báo cáo Thường trực Hội CCB tỉnh theo Kế hoạch số 19/KH-CCB ngày 10/3/2017 của Ban Thường vụ Hội CCB tỉnh.
Cùng tham gia đoàn có bà Phan Thị Hiền, Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh và đại diện Ban Dân vận Tỉnh ủy.
Thu Hà
Tin liên quan
- Hội CCB tỉnh giám sát việc thực hiện Quy chế dân chủ ở Kỳ Anh (02/08/2017)
- 70 năm Ngày Thương binh - Liệt sỹ: CCB Hà Tĩnh tri ân đồng đội (27/07/2017)
- Can Lộc: 150 CCB được khám bệnh miễn phí (12/07/2017)
- Hội CCB Hương Sơn sơ kết 6 tháng đầu năm (05/07/2017)
""", "2017-08-15", "Giám sát việc thực hiện chính sách đối với cựu chiến binh tại Hương Khê",
E("giam_sat", "2017", "2017-08-14"),
[P("Trần Văn Thanh", "Phó Chủ tịch Hội CCB tỉnh"),
 P("Lê Thị Bích", "Trưởng phòng Lao động - Thương binh và Xã hội huyện"),
 P("Hồ Sỹ Quang", "Chủ tịch Hội CCB xã Hương Trạch"),
 P("Nguyễn Hải Nam", "Phó Chủ tịch UBND huyện Hương Khê"),
 P("Phan Thị Hiền", "Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh")],
[Q("3.862 hội viên CCB", 3862, "hội viên CCB"), Q("22 cơ sở Hội", 22, "cơ sở Hội"), Q("418 đối tượng", 418, "đối tượng"),
 Q("1.245 thẻ bảo hiểm y tế", 1245, "thẻ bảo hiểm y tế"), Q("27 hồ sơ", 27, "hồ sơ"), Q("6 trường hợp", 6, "trường hợp"),
 Q("gần 86 triệu đồng", 86000000, "đồng", "approx")],
[D("Quyết định", "62", "2011/QĐ-TTg", "2011-11-09", "Thủ tướng Chính phủ", "Quyết định số 62/2011/QĐ-TTg ngày 9/11/2011"),
 D("Nghị định", "150", "2006/NĐ-CP", None, None, "Nghị định 150/2006/NĐ-CP"),
 D("Nghị định", "157", "2016/NĐ-CP", "2016-11-24", "Chính phủ", "Nghị định số 157/2016/NĐ-CP ngày 24/11/2016"),
 D("Quyết định", "49", "2015/QĐ-TTg", None, None, "Quyết định 49/2015/QĐ-TTg"),
 D("Kế hoạch", "19", "KH-CCB", "2017-03-10", "Ban Thường vụ Hội CCB tỉnh", "Kế hoạch số 19/KH-CCB ngày 10/3/2017")],
[prov("Hà Tĩnh"), com("Phương Điền"), com("Hương Trạch")],
["Báo Hà Tĩnh - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Hà Tĩnh", "Chính trị > Mặt trận - Đoàn thể", "(Baohatinh.vn)",
 "Đoàn giám sát làm việc tại UBND huyện Hương Khê."],
["15/08/2017 - 09:40", "năm 2017", "Nghị định 150", "quý IV/2017", "70 năm"]))

PAGES.append(page("b9516-binhdinh-ccb-doithoai-2018", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BÌNH ĐỊNH
Vị trí: Trang chủ / Tin tức - Sự kiện / Hoạt động của lãnh đạo tỉnh
Ngày 06/12/2018
Chủ tịch UBND tỉnh đối thoại với hội viên cựu chiến binh năm 2018
Sáng 5/12, tại Hội trường Tỉnh ủy, đồng chí Phan Văn Đạt, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Bình Định chủ trì buổi đối thoại với hội viên cựu chiến binh năm 2018. Cùng dự có đồng chí Nguyễn Thị Lệ Hằng, Trưởng Ban Dân vận Tỉnh ủy; Đại tá Trương Đình Khánh, Chủ tịch Hội CCB tỉnh; lãnh đạo các sở, ngành và gần 300 hội viên CCB đại diện cho 11 huyện, thị xã, thành phố.
Quang cảnh buổi đối thoại. Ảnh: Đ.Hưng
Trước buổi đối thoại, Hội CCB tỉnh đã tổng hợp 23 ý kiến, kiến nghị của hội viên, tập trung vào chế độ chính sách, đất đai, nhà ở, vốn vay và môi trường. Tại buổi đối thoại, 9 hội viên đã trực tiếp nêu ý kiến.
Ông Nguyễn Văn Ba, hội viên Hội CCB xã Ân Hảo Tây (Hoài Ân), phản ánh việc cấp giấy chứng nhận quyền sử dụng đất cho một số hộ còn chậm. Ông Đinh Văn Bép, Chủ tịch Hội CCB xã Vĩnh Sơn (Vĩnh Thạnh), người Bana, đề nghị tỉnh quan tâm đầu tư đường giao thông đến các làng vùng cao và hỗ trợ 53 hộ hội viên đang ở nhà tạm. Bà Võ Thị Thu, hội viên Chi hội CCB thôn Kim Sơn, xã Canh Liên, kiến nghị tăng mức vốn vay ủy thác cho hội viên người Chăm Hroi làm kinh tế rừng.
Trả lời các ý kiến, đồng chí Phan Văn Đạt cho biết tỉnh đã ban hành Quyết định số 45/2017/QĐ-UBND ngày 18/9/2017 về chính sách hỗ trợ làm nhà ở cho người có công và hộ nghèo, trong đó ưu tiên CCB; năm 2019, tỉnh sẽ dành 5 tỷ đồng từ ngân sách và vận động thêm nguồn xã hội hóa để hỗ trợ làm mới, sửa chữa nhà ở cho hội viên khó khăn, mỗi căn hỗ trợ 40 triệu đồng. Về cấp giấy chứng nhận quyền sử dụng đất, Chủ tịch UBND tỉnh giao Sở Tài nguyên và Môi trường phối hợp UBND huyện Hoài Ân giải quyết trước ngày 31/3/2019.
Đồng chí Trần Đình Thu, Giám đốc Sở Lao động - Thương binh và Xã hội, giải đáp thêm về việc thực hiện Nghị định số 157/2016/NĐ-CP của Chính phủ đối với CCB tham gia kháng chiến; Chi nhánh Ngân hàng Chính sách xã hội tỉnh cho biết dư nợ ủy thác qua Hội CCB hiện đạt 487 tỷ đồng với 11.340 hộ vay.
Kết luận buổi đối thoại, đồng chí Phan Văn Đạt ghi nhận những đóng góp của CCB trong phong trào xây dựng nông thôn mới, giữ gìn an ninh trật tự; yêu cầu các sở, ngành thực hiện nghiêm Chỉ thị số 19-CT/TU ngày 4/5/2017 của Ban Thường vụ Tỉnh ủy về tăng cường tiếp dân, đối thoại với nhân dân; những ý kiến chưa trả lời trực tiếp sẽ được trả lời bằng văn bản trong 30 ngày.
Hoài Thu
Lượt xem: 1.026
Các tin khác
- UBND tỉnh làm việc với Hội Nông dân tỉnh (30/11/2018)
- Hội nghị tiếp xúc cử tri trước kỳ họp thứ 7 HĐND tỉnh (22/11/2018)
- Chủ tịch UBND tỉnh đối thoại với thanh niên (10/10/2018)
""", "2018-12-06", "Chủ tịch UBND tỉnh đối thoại với hội viên cựu chiến binh năm 2018",
E("doi_thoai", "2018", "2018-12-05"),
[P("Phan Văn Đạt", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh Bình Định", "Chủ tịch UBND tỉnh"),
 P("Nguyễn Thị Lệ Hằng", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trương Đình Khánh", "Đại tá", "Chủ tịch Hội CCB tỉnh"),
 P("Nguyễn Văn Ba", "hội viên Hội CCB xã Ân Hảo Tây"),
 P("Đinh Văn Bép", "Chủ tịch Hội CCB xã Vĩnh Sơn"),
 P("Võ Thị Thu", "hội viên Chi hội CCB thôn Kim Sơn"),
 P("Trần Đình Thu", "Giám đốc Sở Lao động - Thương binh và Xã hội")],
[Q("gần 300 hội viên CCB", 300, "hội viên CCB", "approx"), Q("11 huyện, thị xã, thành phố", 11, "huyện, thị xã, thành phố"),
 Q("23 ý kiến, kiến nghị", 23, "ý kiến, kiến nghị"), Q("9 hội viên", 9, "hội viên"), Q("53 hộ hội viên", 53, "hộ hội viên"),
 Q("5 tỷ đồng", 5000000000, "đồng"), Q("40 triệu đồng", 40000000, "đồng"), Q("487 tỷ đồng", 487000000000, "đồng"),
 Q("11.340 hộ vay", 11340, "hộ")],
[D("Quyết định", "45", "2017/QĐ-UBND", "2017-09-18", None, "Quyết định số 45/2017/QĐ-UBND ngày 18/9/2017"),
 D("Nghị định", "157", "2016/NĐ-CP", None, "Chính phủ", "Nghị định số 157/2016/NĐ-CP của Chính phủ"),
 D("Chỉ thị", "19", "CT/TU", "2017-05-04", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 19-CT/TU ngày 4/5/2017")],
[prov("Bình Định"), com("Ân Hảo Tây"), com("Vĩnh Sơn"), com("Canh Liên")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BÌNH ĐỊNH", "Vị trí: Trang chủ / Tin tức - Sự kiện / Hoạt động của lãnh đạo tỉnh",
 "Quang cảnh buổi đối thoại. Ảnh: Đ.Hưng", "Hội trường Tỉnh ủy", "Lượt xem: 1.026"],
["Ngày 06/12/2018", "năm 2018", "năm 2019", "31/3/2019", "30 ngày", "Lượt xem: 1.026"]))

PAGES.append(page("b9517-hanam-nct-tongket-2019", """
Hôm nay: Thứ Ba, 31/12/2019
BÁO HÀ NAM ĐIỆN TỬ
Trang chủ » Xã hội » Gia đình - Người cao tuổi
Thứ Hai, 30/12/2019 - 06:45
Ảnh: Đồng chí Trương Quốc Huy trao Bằng khen của UBND tỉnh cho các tập thể.
Hội Người cao tuổi tỉnh triển khai nhiệm vụ năm 2020
Ngày 27/12, Hội Người cao tuổi tỉnh Hà Nam tổ chức hội nghị tổng kết công tác Hội năm 2019, triển khai nhiệm vụ năm 2020. Đồng chí Trương Quốc Huy, Phó Chủ tịch UBND tỉnh dự và chỉ đạo hội nghị. Ông Lại Văn Thiệp, Chủ tịch Hội NCT tỉnh chủ trì.
Năm 2019, toàn tỉnh có 138.600 người cao tuổi, trong đó 121.450 hội viên sinh hoạt tại 116 hội cơ sở và 1.180 chi hội. Các cấp Hội đã triển khai thực hiện Kế hoạch số 1869/KH-UBND ngày 12/8/2019 của UBND tỉnh về thực hiện Chương trình hành động quốc gia về người cao tuổi, phối hợp tổ chức mừng thọ, chúc thọ cho 19.870 cụ; 96,8% người cao tuổi được cấp thẻ bảo hiểm y tế. Quỹ chăm sóc và phát huy vai trò người cao tuổi đạt 27,4 tỷ đồng, bình quân 235 triệu đồng/hội cơ sở.
Toàn tỉnh có 8.920 người cao tuổi tham gia làm kinh tế, trong đó 1.340 cụ được bình chọn là người cao tuổi sản xuất, kinh doanh giỏi. Mô hình câu lạc bộ liên thế hệ tự giúp nhau được nhân rộng lên 62 câu lạc bộ với 3.410 thành viên. Người cao tuổi tích cực tham gia xây dựng nông thôn mới, đóng góp trên 6,3 tỷ đồng và hiến 12.800 m2 đất làm đường giao thông.
Tại hội nghị, bà Đinh Thị Hảo, Phó Chủ tịch Hội NCT xã Liêm Cần (Thanh Liêm), chia sẻ kinh nghiệm duy trì câu lạc bộ liên thế hệ với 70 thành viên, trong đó 45 thành viên là người cao tuổi. Ông Trần Xuân Hòa, Chủ tịch Hội NCT phường Lam Hạ (thành phố Phủ Lý), nêu cách vận động con cháu hội viên ủng hộ Quỹ chăm sóc người cao tuổi.
Hội nghị cũng chỉ ra những hạn chế: việc phát triển hội viên ở khu vực đô thị còn chậm; hoạt động của một số chi hội còn đơn điệu, chủ yếu là thăm hỏi, mừng thọ; nguồn quỹ ở các xã thuần nông còn thấp, chưa đáp ứng nhu cầu chăm sóc các cụ cô đơn, không nơi nương tựa. Một số nơi chưa quan tâm bố trí nơi sinh hoạt cho chi hội.
Phát biểu chỉ đạo, đồng chí Trương Quốc Huy đề nghị năm 2020, Hội NCT tỉnh tiếp tục thực hiện có hiệu quả Chỉ thị số 59-CT/TW của Bộ Chính trị và Kết luận số 22, 23-KL/TU của Ban Thường vụ Tỉnh ủy về công tác người cao tuổi và phong trào "Tuổi cao - gương sáng"; chuẩn bị tốt các điều kiện tiến tới đại hội Hội NCT các cấp.
Dịp này, UBND tỉnh tặng Bằng khen cho 5 tập thể và 8 cá nhân; Hội NCT tỉnh tặng Giấy khen cho 32 tập thể, 56 cá nhân có thành tích xuất sắc trong công tác Hội năm 2019.
Lan Anh
Lượt xem: 534
Tin khác
- Kim Bảng: mừng thọ 1.500 cụ tuổi 70 (20/12/2019)
- Lý Nhân ra mắt câu lạc bộ liên thế hệ thứ 10 (12/12/2019)
- Hội NCT tỉnh giao ban quý III (04/10/2019)
- Tuyên dương 120 người cao tuổi tiêu biểu (01/10/2019)
""", "2019-12-30", "Hội Người cao tuổi tỉnh triển khai nhiệm vụ năm 2020",
E("tong_ket", "2019", "2019-12-27"),
[P("Trương Quốc Huy", "Phó Chủ tịch UBND tỉnh"),
 P("Lại Văn Thiệp", "Chủ tịch Hội NCT tỉnh"),
 P("Đinh Thị Hảo", "Phó Chủ tịch Hội NCT xã Liêm Cần"),
 P("Trần Xuân Hòa", "Chủ tịch Hội NCT phường Lam Hạ")],
[Q("138.600 người cao tuổi", 138600, "người cao tuổi"), Q("121.450 hội viên", 121450, "hội viên"),
 Q("116 hội cơ sở", 116, "hội cơ sở"), Q("1.180 chi hội", 1180, "chi hội"), Q("19.870 cụ", 19870, "cụ"),
 Q("96,8%", 96.8, "%"), Q("27,4 tỷ đồng", 27400000000, "đồng"), Q("235 triệu đồng", 235000000, "đồng"),
 Q("8.920 người cao tuổi", 8920, "người cao tuổi"), Q("1.340 cụ", 1340, "cụ"),
 Q("62 câu lạc bộ", 62, "câu lạc bộ"), Q("3.410 thành viên", 3410, "thành viên"),
 Q("trên 6,3 tỷ đồng", 6300000000, "đồng", "over"), Q("12.800 m2", 12800, "m2"),
 Q("70 thành viên", 70, "thành viên"), Q("45 thành viên", 45, "thành viên"),
 Q("5 tập thể", 5, "tập thể"), Q("8 cá nhân", 8, "cá nhân"), Q("32 tập thể", 32, "tập thể"), Q("56 cá nhân", 56, "cá nhân")],
[D("Kế hoạch", "1869", "KH-UBND", "2019-08-12", "UBND tỉnh", "Kế hoạch số 1869/KH-UBND ngày 12/8/2019"),
 D("Chỉ thị", "59", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 59-CT/TW của Bộ Chính trị"),
 D("Kết luận", "22", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 22, 23-KL/TU"),
 D("Kết luận", "23", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 22, 23-KL/TU")],
[prov("Hà Nam"), com("Liêm Cần"), com("Lam Hạ")],
["Hôm nay: Thứ Ba, 31/12/2019", "BÁO HÀ NAM ĐIỆN TỬ", "Trang chủ » Xã hội » Gia đình - Người cao tuổi",
 "Ảnh: Đồng chí Trương Quốc Huy trao Bằng khen của UBND tỉnh cho các tập thể.",
 "Chương trình hành động quốc gia về người cao tuổi", "Tuổi cao - gương sáng", "Lượt xem: 534"],
["Hôm nay: Thứ Ba, 31/12/2019", "Thứ Hai, 30/12/2019 - 06:45", "năm 2019", "năm 2020", "Lượt xem: 534"]))

PAGES.append(page("b9518-gialai-ccb-giaoban-2020", """
Báo Gia Lai điện tử
Chính trị > Đoàn thể
Thứ Ba, 01/09/2020 - 10:15
Hội Cựu chiến binh tỉnh giao ban công tác tháng 8
(GLO) - Ngày 31/8, Hội Cựu chiến binh tỉnh Gia Lai tổ chức giao ban công tác tháng 8/2020 theo hình thức trực tuyến với Hội CCB 17 huyện, thị xã, thành phố để bảo đảm phòng-chống dịch Covid-19. Ông Rah Lan Lâm, Chủ tịch Hội CCB tỉnh chủ trì.
Ông Rah Lan Lâm (giữa) chủ trì buổi giao ban tại điểm cầu tỉnh. Ảnh: Minh Nguyễn
Trong tháng, các cấp Hội tiếp tục tuyên truyền, vận động hội viên thực hiện nghiêm các biện pháp phòng-chống dịch theo Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ và hướng dẫn của ngành y tế; tổ chức cho hội viên góp ý dự thảo văn kiện trình Đại hội Đảng bộ tỉnh lần thứ XVI. Các cơ sở Hội đã trao 1.250 suất quà cho hội viên khó khăn do ảnh hưởng dịch bệnh, trị giá gần 380 triệu đồng, trong đó riêng Hội CCB huyện Chư Prông vận động được 182 triệu đồng.
Về thực hiện Kế hoạch số 112-KH/CCB của Ban Thường vụ Hội CCB tỉnh về xây dựng nhà "Nghĩa tình đồng đội", tháng 8 toàn tỉnh đã khởi công 6 căn nhà và bàn giao 4 căn nhà, mỗi căn được hỗ trợ 50 triệu đồng. Hội CCB huyện Ia Grai phối hợp với Đồn Biên phòng Ia Púch tuần tra, giữ gìn an ninh đường biên được 14 đợt.
Tại buổi giao ban, ông Ksor Phước, Chủ tịch Hội CCB huyện Krông Pa, cho biết hội viên người Jrai ở xã Ia Rmok đã tự nguyện góp 320 ngày công sửa chữa 2,5 km đường nội đồng. Bà Siu H'Blin, Phó Chủ tịch Hội CCB xã Ia Băng (Đak Đoa), đề nghị sớm giải ngân nguồn vốn vay giải quyết việc làm cho 18 hội viên đã được phê duyệt. Ông Đinh Kiên, Chủ tịch Hội CCB xã Kon Gang, người Bahnar, báo cáo việc vận động 3 hộ trong làng bỏ tập tục sử dụng bùa ngải chữa bệnh.
Buổi giao ban cũng thẳng thắn chỉ ra một số tồn tại: việc nắm tình hình tư tưởng hội viên ở một số chi hội vùng sâu chưa kịp thời; chế độ thông tin, báo cáo của vài cơ sở còn chậm; việc ứng dụng công nghệ thông tin trong sinh hoạt Hội mùa dịch còn lúng túng vì nhiều hội viên cao tuổi chưa quen dùng điện thoại thông minh.
Phát biểu kết luận, ông Rah Lan Lâm đề nghị trong tháng 9, các cấp Hội tập trung chuẩn bị kỷ niệm 90 năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam; tham gia giám sát việc chi trả hỗ trợ người dân gặp khó khăn do đại dịch theo Nghị quyết số 42/NQ-CP ngày 9/4/2020 của Chính phủ; không để hội viên bị lôi kéo tham gia hoạt động "Nhà nước Đê Ga". Ông Nguyễn Văn Lực, Phó Chủ tịch Hội CCB tỉnh, triển khai kế hoạch kiểm tra công tác tài chính tại 4 huyện trong tháng 9.
Minh Nguyễn
Lượt đọc: 298
Tin liên quan
- Hội CCB tỉnh giao ban công tác tháng 7 (31/07/2020)
- Chư Sê: CCB chung tay phòng-chống Covid-19 (20/07/2020)
- Trao 30 suất quà cho CCB nghèo ở Kbang (15/07/2020)
- Đak Pơ: 5 hội viên CCB được hỗ trợ bò giống (03/07/2020)
""", "2020-09-01", "Hội Cựu chiến binh tỉnh giao ban công tác tháng 8",
E("giao_ban", "2020-08", "2020-08-31"),
[P("Rah Lan Lâm", "Chủ tịch Hội CCB tỉnh"),
 P("Ksor Phước", "Chủ tịch Hội CCB huyện Krông Pa"),
 P("Siu H'Blin", "Phó Chủ tịch Hội CCB xã Ia Băng"),
 P("Đinh Kiên", "Chủ tịch Hội CCB xã Kon Gang"),
 P("Nguyễn Văn Lực", "Phó Chủ tịch Hội CCB tỉnh")],
[Q("17 huyện, thị xã, thành phố", 17, "huyện, thị xã, thành phố"), Q("1.250 suất quà", 1250, "suất quà"),
 Q("gần 380 triệu đồng", 380000000, "đồng", "approx"), Q("182 triệu đồng", 182000000, "đồng"),
 Q("6 căn nhà", 6, "căn nhà"), Q("4 căn nhà", 4, "căn nhà"), Q("50 triệu đồng", 50000000, "đồng"),
 Q("14 đợt", 14, "đợt"), Q("320 ngày công", 320, "ngày công"), Q("2,5 km", 2.5, "km"),
 Q("18 hội viên", 18, "hội viên"), Q("3 hộ", 3, "hộ"), Q("4 huyện", 4, "huyện")],
[D("Chỉ thị", "16", "CT-TTg", "2020-03-31", "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg ngày 31/3/2020"),
 D("Kế hoạch", "112", "KH/CCB", None, "Ban Thường vụ Hội CCB tỉnh", "Kế hoạch số 112-KH/CCB"),
 D("Nghị quyết", "42", "NQ-CP", "2020-04-09", "Chính phủ", "Nghị quyết số 42/NQ-CP ngày 9/4/2020")],
[prov("Gia Lai"), com("Ia Rmok"), com("Ia Băng"), com("Kon Gang")],
["Báo Gia Lai điện tử", "Chính trị > Đoàn thể", "(GLO)",
 "Ông Rah Lan Lâm (giữa) chủ trì buổi giao ban tại điểm cầu tỉnh. Ảnh: Minh Nguyễn", "Nghĩa tình đồng đội",
 "Nhà nước Đê Ga", "Đồn Biên phòng Ia Púch", "Lượt đọc: 298"],
["Thứ Ba, 01/09/2020 - 10:15", "tháng 8/2020", "Covid-19", "tháng 8 toàn tỉnh", "lần thứ XVI", "tháng 9", "90 năm", "Lượt đọc: 298"]))

PAGES.append(page("b9519-soctrang-nct-baocao-2021", """
HỘI NGƯỜI CAO TUỔI TỈNH SÓC TRĂNG
Trang chủ | Giới thiệu | Tin hoạt động | Văn bản | Liên hệ
Thứ Hai, 05/07/2021
Kết quả hoạt động của Hội Người cao tuổi 6 tháng đầu năm 2021
Bất chấp những khó khăn do dịch Covid-19, 6 tháng đầu năm 2021, các cấp Hội Người cao tuổi tỉnh Sóc Trăng đã hoàn thành nhiều chỉ tiêu đề ra, theo báo cáo của Thường trực Hội NCT tỉnh gửi Ban Dân vận Tỉnh ủy và Ủy ban MTTQ Việt Nam tỉnh.
Người cao tuổi xã Lai Hòa tập dưỡng sinh (ảnh chụp trước thời điểm giãn cách).
Theo báo cáo, toàn tỉnh hiện có 146.280 người cao tuổi, trong đó 38.915 cụ là đồng bào Khmer; số hội viên là 129.400 người, đạt 88,5%. Trong 6 tháng, các cấp Hội đã kết nạp 2.860 hội viên mới; tổ chức chúc thọ, mừng thọ cho 12.430 cụ. Hội phối hợp ngành Lao động - Thương binh và Xã hội rà soát, đề nghị hưởng trợ cấp xã hội cho 1.215 người cao tuổi theo Nghị định số 20/2021/NĐ-CP ngày 15/3/2021 của Chính phủ quy định chính sách trợ giúp xã hội đối với đối tượng bảo trợ xã hội, nâng mức chuẩn trợ giúp xã hội lên 360.000 đồng/tháng.
Quỹ chăm sóc và phát huy vai trò người cao tuổi toàn tỉnh đạt 9,75 tỷ đồng. Có 3.250 người cao tuổi tham gia các tổ hòa giải ở ấp, khóm, góp phần hòa giải thành 214 vụ việc. Ở các chùa Khmer, 76 vị sư cả, Achar cao tuổi đã tham gia tuyên truyền phòng, chống dịch bằng tiếng Khmer qua hệ thống loa của chùa.
Nhiều gương người cao tuổi tiêu biểu được biểu dương, như ông Thạch Sên, Chủ tịch Hội NCT xã Lai Hòa (thị xã Vĩnh Châu), đã vận động con cháu và bà con trong phum sóc góp 46 triệu đồng mua 2 tấn gạo tặng hộ khó khăn trong đợt giãn cách; bà Lý Thị Sa Phươl, Phó Chủ tịch Hội NCT xã Phú Tâm, đứng ra duy trì lớp dạy chữ Khmer cho 35 em thiếu nhi ở ấp Phú Thành.
Ông Kim Sóc Kha, Phó Chủ tịch Hội NCT tỉnh, cho biết Hội đang triển khai Kế hoạch số 45/KH-HNCT ngày 10/1/2021 của Ban Thường vụ Hội NCT tỉnh về công tác Hội năm 2021; đồng thời phối hợp các ngành thực hiện Nghị quyết số 68/NQ-CP ngày 1/7/2021 của Chính phủ về một số chính sách hỗ trợ người lao động và người sử dụng lao động gặp khó khăn do đại dịch, bảo đảm người cao tuổi thuộc diện hỗ trợ được tiếp cận đầy đủ. 6 tháng cuối năm, Hội phấn đấu phát triển thêm 2.000 hội viên, nâng tỷ lệ hội viên lên trên 90%.
Hạn chế được báo cáo nêu rõ: hoạt động của câu lạc bộ liên thế hệ tự giúp nhau bị gián đoạn; nguồn kinh phí của nhiều chi hội ở vùng đồng bào Khmer còn rất hạn hẹp.
Ngọc Thạnh
Lượt xem: 142
Xem thêm
- Hội NCT tỉnh thăm, tặng quà các vị sư cả nhân lễ Sene Đôlta (18/06/2021)
- Người cao tuổi Mỹ Xuyên chung tay phòng dịch (02/06/2021)
- Mừng thọ người cao tuổi Khmer dịp Chôl Chnăm Thmây (15/04/2021)
""", "2021-07-05", "Kết quả hoạt động của Hội Người cao tuổi 6 tháng đầu năm 2021",
E("bao_cao", "2021-H1", None),
[P("Thạch Sên", "Chủ tịch Hội NCT xã Lai Hòa"),
 P("Lý Thị Sa Phươl", "Phó Chủ tịch Hội NCT xã Phú Tâm"),
 P("Kim Sóc Kha", "Phó Chủ tịch Hội NCT tỉnh")],
[Q("146.280 người cao tuổi", 146280, "người cao tuổi"), Q("38.915 cụ", 38915, "cụ"), Q("129.400 người", 129400, "người"),
 Q("88,5%", 88.5, "%"), Q("2.860 hội viên mới", 2860, "hội viên mới"), Q("12.430 cụ", 12430, "cụ"),
 Q("1.215 người cao tuổi", 1215, "người cao tuổi"), Q("360.000 đồng", 360000, "đồng"), Q("9,75 tỷ đồng", 9750000000, "đồng"),
 Q("3.250 người cao tuổi", 3250, "người cao tuổi"), Q("214 vụ việc", 214, "vụ việc"), Q("76 vị sư cả, Achar cao tuổi", 76, "vị sư cả, Achar cao tuổi"),
 Q("46 triệu đồng", 46000000, "đồng"), Q("2 tấn", 2, "tấn"), Q("35 em thiếu nhi", 35, "em thiếu nhi"),
 Q("2.000 hội viên", 2000, "hội viên"), Q("trên 90%", 90, "%", "over")],
[D("Nghị định", "20", "2021/NĐ-CP", "2021-03-15", "Chính phủ", "Nghị định số 20/2021/NĐ-CP ngày 15/3/2021"),
 D("Kế hoạch", "45", "KH-HNCT", "2021-01-10", "Ban Thường vụ Hội NCT tỉnh", "Kế hoạch số 45/KH-HNCT ngày 10/1/2021"),
 D("Nghị quyết", "68", "NQ-CP", "2021-07-01", "Chính phủ", "Nghị quyết số 68/NQ-CP ngày 1/7/2021")],
[prov("Sóc Trăng"), com("Lai Hòa"), com("Phú Tâm")],
["HỘI NGƯỜI CAO TUỔI TỈNH SÓC TRĂNG", "Trang chủ | Giới thiệu | Tin hoạt động | Văn bản | Liên hệ",
 "Người cao tuổi xã Lai Hòa tập dưỡng sinh (ảnh chụp trước thời điểm giãn cách).",
 "Quỹ chăm sóc và phát huy vai trò người cao tuổi", "Lượt xem: 142"],
["Thứ Hai, 05/07/2021", "6 tháng đầu năm 2021", "6 tháng cuối năm", "Covid-19", "Trong 6 tháng", "Lượt xem: 142"]))

PAGES.append(page("b9520-hungyen-nct-daihoi-2021", """
BÁO HƯNG YÊN
Chính trị - Xã hội - Kinh tế - Văn hóa - Thể thao
24/06/2021 - 16:20
Bạn đang xem: Trang chủ > Xã hội > Người cao tuổi
Đại hội đại biểu Hội Người cao tuổi tỉnh lần thứ V, nhiệm kỳ 2021 - 2026
Ngày 23/6, Hội Người cao tuổi tỉnh Hưng Yên tổ chức Đại hội đại biểu lần thứ V, nhiệm kỳ 2021 - 2026. Dự đại hội có đồng chí Đỗ Tiến Sỹ, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh; ông Phạm Văn Chấn, Phó Chủ tịch Trung ương Hội Người cao tuổi Việt Nam cùng 150 đại biểu đại diện cho hơn 190.000 hội viên trong tỉnh.
Các đại biểu biểu quyết thông qua nghị quyết đại hội.
Nhiệm kỳ 2016 - 2021, các cấp Hội đã thực hiện tốt Chỉ thị số 59-CT/TW ngày 27/9/1995 của Bộ Chính trị và Kết luận số 04-KL/TU ngày 12/4/2018 của Ban Thường vụ Tỉnh ủy về tăng cường sự lãnh đạo của Đảng đối với công tác người cao tuổi. Số hội viên tăng thêm 21.600 người; 100% xã, phường, thị trấn có Quỹ chăm sóc và phát huy vai trò người cao tuổi, tổng số dư đạt trên 42 tỷ đồng. Toàn tỉnh thành lập được 96 câu lạc bộ liên thế hệ tự giúp nhau với 5.280 thành viên; 24.500 người cao tuổi được công nhận sản xuất, kinh doanh giỏi các cấp; 11.900 lượt người cao tuổi tham gia hòa giải, an ninh trật tự ở thôn, tổ dân phố.
Phát biểu chỉ đạo, đồng chí Đỗ Tiến Sỹ ghi nhận những đóng góp của người cao tuổi, đề nghị Hội tiếp tục phát huy trí tuệ, kinh nghiệm của các cụ trong xây dựng Đảng, chính quyền, nhất là việc thực hiện Nghị quyết Đại hội XIII của Đảng và Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XIX.
Đại hội đã bầu Ban Chấp hành khóa V gồm 27 ủy viên; Ban Thường vụ gồm 7 ủy viên. Bà Phạm Thị Dung được bầu giữ chức Chủ tịch Hội NCT tỉnh khóa V. Các ông Lưu Văn Thạch, Đào Xuân Hường được bầu làm Phó Chủ tịch Hội NCT tỉnh khóa V. Đại hội bầu 3 đại biểu đi dự Đại hội đại biểu toàn quốc Hội Người cao tuổi Việt Nam lần thứ VI.
Đại hội đề ra 5 chỉ tiêu chủ yếu cho nhiệm kỳ mới, trong đó phấn đấu 90% trở lên người cao tuổi tham gia sinh hoạt Hội; mỗi năm kết nạp từ 3.500 hội viên trở lên; 100% xã, phường, thị trấn có câu lạc bộ liên thế hệ tự giúp nhau.
Tại đại hội, bà Nguyễn Thị Mận, hội viên Chi hội NCT thôn Đông Tảo, xã Đông Tảo (Khoái Châu), được Trung ương Hội tặng Bằng khen vì có nhiều đóng góp trong phát triển giống gà đặc sản; cụ Vũ Đức Chín, 92 tuổi, ở phường Hiến Nam, phát biểu thay mặt các đại biểu cao tuổi nhất.
Thanh Hương
Tin liên quan
- Đại hội Hội NCT thành phố Hưng Yên nhiệm kỳ 2021 - 2026 (28/05/2021)
- Văn Lâm: 100% cơ sở Hội hoàn thành đại hội (14/05/2021)
- Người cao tuổi Ân Thi làm kinh tế giỏi (05/05/2021)
""", "2021-06-24", "Đại hội đại biểu Hội Người cao tuổi tỉnh lần thứ V, nhiệm kỳ 2021 - 2026",
E("dai_hoi", None, "2021-06-23"),
[P("Đỗ Tiến Sỹ", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Phạm Văn Chấn", "Phó Chủ tịch Trung ương Hội Người cao tuổi Việt Nam"),
 P("Phạm Thị Dung", "Chủ tịch Hội NCT tỉnh khóa V"),
 P("Lưu Văn Thạch", "Phó Chủ tịch Hội NCT tỉnh khóa V"),
 P("Đào Xuân Hường", "Phó Chủ tịch Hội NCT tỉnh khóa V"),
 P("Nguyễn Thị Mận", "hội viên Chi hội NCT thôn Đông Tảo"),
 P("Vũ Đức Chín")],
[Q("150 đại biểu", 150, "đại biểu"), Q("hơn 190.000 hội viên", 190000, "hội viên", "over"),
 Q("21.600 người", 21600, "người"), Q("100%", 100, "%"), Q("trên 42 tỷ đồng", 42000000000, "đồng", "over"),
 Q("96 câu lạc bộ liên thế hệ tự giúp nhau", 96, "câu lạc bộ liên thế hệ tự giúp nhau"), Q("5.280 thành viên", 5280, "thành viên"),
 Q("24.500 người cao tuổi", 24500, "người cao tuổi"), Q("11.900 lượt người cao tuổi", 11900, "lượt người cao tuổi"),
 Q("27 ủy viên", 27, "ủy viên"), Q("7 ủy viên", 7, "ủy viên"), Q("3 đại biểu", 3, "đại biểu"),
 Q("5 chỉ tiêu chủ yếu", 5, "chỉ tiêu chủ yếu"), Q("90% trở lên", 90, "%", "over"),
 Q("từ 3.500 hội viên trở lên", 3500, "hội viên", "over")],
[D("Chỉ thị", "59", "CT/TW", "1995-09-27", "Bộ Chính trị", "Chỉ thị số 59-CT/TW ngày 27/9/1995"),
 D("Kết luận", "04", "KL/TU", "2018-04-12", "Ban Thường vụ Tỉnh ủy", "Kết luận số 04-KL/TU ngày 12/4/2018")],
[prov("Hưng Yên"), com("Đông Tảo"), com("Hiến Nam")],
["BÁO HƯNG YÊN", "Chính trị - Xã hội - Kinh tế - Văn hóa - Thể thao", "Bạn đang xem: Trang chủ > Xã hội > Người cao tuổi",
 "Các đại biểu biểu quyết thông qua nghị quyết đại hội.", "Nghị quyết Đại hội XIII",
 "Quỹ chăm sóc và phát huy vai trò người cao tuổi"],
["24/06/2021 - 16:20", "lần thứ V", "nhiệm kỳ 2021 - 2026", "Nhiệm kỳ 2016 - 2021", "lần thứ XIX", "khóa V", "lần thứ VI",
 "92 tuổi"]))
