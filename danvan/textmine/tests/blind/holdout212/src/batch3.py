from lib import *
PAGES = []

PAGES.append(page("b5057-kontum-xa-doithoai-2021", """
BÁO KON TUM ĐIỆN TỬ
Bạn đang ở: Trang chủ / Chính trị / Dân vận
Đăng lúc: 15:30 12/11/2021
Bí thư Đảng ủy xã Đắk Long đối thoại với cán bộ Mặt trận, đoàn thể
Ngày 11/11, Đảng ủy xã Đắk Long (huyện Đắk Glei, tỉnh Kon Tum) tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với cán bộ Mặt trận, đoàn thể và chi hội trưởng các thôn năm 2021. Đồng chí A Dũng, HUV, Bí thư Đảng ủy xã Đắk Long chủ trì đối thoại. Tham dự có 120 đại biểu là cán bộ, hội viên, đoàn viên của 9 thôn.
Đồng chí A Dũng trả lời ý kiến của cán bộ chi hội.
Hội nghị được tổ chức theo Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân và Kế hoạch số 37-KH/ĐU ngày 5/10/2021 của Đảng ủy xã. Tại hội nghị, các đại biểu đã nêu 27 ý kiến, tập trung vào chế độ phụ cấp cho cán bộ không chuyên trách, việc kiện toàn cán bộ đoàn thể sau sáp nhập thôn và hỗ trợ sản xuất cho đồng bào Xơ Đăng.
Chị Y Bơ, Chi hội trưởng Chi hội Phụ nữ thôn Đắk Xây, phản ánh từ khi thực hiện Nghị định số 34/2019/NĐ-CP ngày 24/4/2019 của Chính phủ, chi hội trưởng ở thôn không còn được hưởng phụ cấp riêng, nhiều chị em muốn thôi làm. Ông A Ring, Trưởng thôn Kon Gộp kiêm Chi hội trưởng Nông dân, đề nghị xã xem xét hỗ trợ giống cây sâm dây cho 64 hộ trong thôn.
Trả lời các ý kiến, các đồng chí Phó Chủ tịch UBND xã: A Pôl, Nguyễn Văn Tài cho biết theo Nghị quyết số 09/2020/NQ-HĐND ngày 15/7/2020 của HĐND tỉnh, mức hỗ trợ cho người hoạt động không chuyên trách ở thôn là 1,5 triệu đồng/tháng; xã sẽ bố trí thêm khoảng 40 triệu đồng từ nguồn kinh phí sự nghiệp để hỗ trợ hoạt động của các chi hội. Bà Y Thịnh, Chủ tịch Ủy ban MTTQ xã, thông tin việc rà soát, bầu bổ sung 6 chi hội trưởng còn khuyết trước ngày 31/12.
Anh A Khiêm, Bí thư Đoàn xã, cho biết trong năm Đoàn xã kết nạp 35 đoàn viên mới, giới thiệu 8 đoàn viên ưu tú cho Đảng; đề nghị xã tạo điều kiện cho thanh niên vay vốn trồng sâm. Ông A Ring cũng cho biết thôn Kon Gộp đã có 12 hộ thoát nghèo nhờ trồng sâm dây và nuôi heo địa phương.
Kết luận hội nghị, đồng chí A Dũng ghi nhận và giao UBND xã giải quyết dứt điểm 19 ý kiến thuộc thẩm quyền, tổng hợp 8 ý kiến báo cáo huyện. Đồng chí đề nghị cán bộ Mặt trận, đoàn thể phối hợp vận động nhân dân xã Đắk Long và xã Đắk Môn giữ gìn an ninh trật tự vùng giáp ranh, không để xảy ra tình trạng phá rừng làm rẫy.
Theo Đảng ủy xã, đây là lần thứ ba xã tổ chức đối thoại chuyên đề với lực lượng cán bộ cơ sở; các ý kiến sau đối thoại sẽ được thông báo công khai tại nhà rông các thôn.
Y Thúy
Tin khác
- Đắk Glei: 100% xã tổ chức đối thoại với nhân dân (05/11/2021)
- Phát huy vai trò người có uy tín ở Tu Mơ Rông (28/10/2021)
- Kon Tum tập huấn công tác dân vận cho cán bộ cơ sở (20/10/2021)
""", "2021-11-12", "Bí thư Đảng ủy xã Đắk Long đối thoại với cán bộ Mặt trận, đoàn thể",
E("doi_thoai", "2021", "2021-11-11"),
[P("A Dũng", "HUV", "Bí thư Đảng ủy xã Đắk Long"),
 P("Y Bơ", "Chi hội trưởng Chi hội Phụ nữ thôn Đắk Xây"),
 P("A Ring", "Trưởng thôn Kon Gộp kiêm Chi hội trưởng Nông dân"),
 P("A Pôl", "Phó Chủ tịch UBND xã"), P("Nguyễn Văn Tài", "Phó Chủ tịch UBND xã"),
 P("Y Thịnh", "Chủ tịch Ủy ban MTTQ xã"),
 P("A Khiêm", "Bí thư Đoàn xã")],
[Q("120 đại biểu", 120, "đại biểu"), Q("9 thôn", 9, "thôn"), Q("27 ý kiến", 27, "ý kiến"), Q("64 hộ", 64, "hộ"),
 Q("1,5 triệu đồng", 1500000, "đồng"), Q("khoảng 40 triệu đồng", 40000000, "đồng", "approx"), Q("6 chi hội trưởng", 6, "chi hội trưởng"),
 Q("35 đoàn viên mới", 35, "đoàn viên mới"), Q("8 đoàn viên ưu tú", 8, "đoàn viên ưu tú"), Q("12 hộ", 12, "hộ"),
 Q("19 ý kiến", 19, "ý kiến"), Q("8 ý kiến", 8, "ý kiến")],
[D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", "Quy định số 11-QĐi/TW ngày 18/2/2019"),
 D("Kế hoạch", "37", "KH/ĐU", "2021-10-05", "Đảng ủy xã", "Kế hoạch số 37-KH/ĐU ngày 5/10/2021"),
 D("Nghị định", "34", "2019/NĐ-CP", "2019-04-24", "Chính phủ", "Nghị định số 34/2019/NĐ-CP ngày 24/4/2019"),
 D("Nghị quyết", "09", "2020/NQ-HĐND", "2020-07-15", "HĐND tỉnh", "Nghị quyết số 09/2020/NQ-HĐND ngày 15/7/2020")],
[prov("Kon Tum"), com("Đắk Long"), com("Đắk Môn")],
["BÁO KON TUM ĐIỆN TỬ", "Bạn đang ở: Trang chủ / Chính trị / Dân vận", "Đồng chí A Dũng trả lời ý kiến của cán bộ chi hội."],
["Đăng lúc: 15:30 12/11/2021", "năm 2021", "ngày 31/12", "lần thứ ba"]))

PAGES.append(page("b5058-bentre-ccb-daihoi-2022", """
Báo Đồng Khởi Online - Cơ quan của Đảng bộ tỉnh Bến Tre
Chính trị » Mặt trận - Đoàn thể
22/07/2022 10:15 GMT+7
Đại tá Huỳnh Văn Khải tái đắc cử Chủ tịch Hội Cựu chiến binh tỉnh Bến Tre
Ngày 21/7/2022, Hội Cựu chiến binh (CCB) tỉnh Bến Tre tổ chức Đại hội đại biểu lần thứ VII, nhiệm kỳ 2022 - 2027. Dự đại hội có Thiếu tướng Lê Hữu Nghĩa, Phó Chủ tịch Trung ương Hội CCB Việt Nam; ông Võ Thành Long, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh cùng 250 đại biểu đại diện cho hơn 40.500 hội viên sinh hoạt ở 164 cơ sở Hội.
Thiếu tướng Lê Hữu Nghĩa tặng hoa chúc mừng đại hội. Ảnh: Hữu Hiệp
Nhiệm kỳ 2017 - 2022, các cấp Hội triển khai Chỉ thị 07, 08-CT/TU của Ban Thường vụ Tỉnh ủy về nâng cao chất lượng tổ chức Hội và về phát huy vai trò CCB trong xây dựng nông thôn mới; thực hiện Nghị định số 157/2016/NĐ-CP ngày 24/11/2016 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định hướng dẫn Pháp lệnh Cựu chiến binh. Hội đã phối hợp với các ngân hàng hỗ trợ 1.230 hội viên vay vốn, tổng dư nợ 312,5 tỷ đồng; xây dựng 86 căn nhà nghĩa tình đồng đội; Hội Doanh nhân CCB tỉnh có 27 doanh nghiệp, giải quyết việc làm cho hơn 1.800 lao động. Hộ nghèo trong hội viên giảm còn 0,82%.
Các cấp Hội tích cực tham gia hòa giải ở cơ sở, phối hợp giải quyết 142 vụ việc mâu thuẫn, tranh chấp; tham gia 58 đoàn giám sát của Mặt trận. Ông Nguyễn Văn Út, Chủ tịch Hội CCB xã An Hiệp, chia sẻ kinh nghiệm vận động hội viên hiến gần 2.500 m2 đất làm đường; ông Lê Thành Phát, Phó Chủ tịch Hội CCB phường Phú Tân, giới thiệu mô hình "Camera an ninh" do CCB quản lý.
Phát biểu chỉ đạo, Thiếu tướng Lê Hữu Nghĩa đề nghị Hội CCB tỉnh tiếp tục thực hiện Kết luận số 65-KL/TW ngày 28/2/2020 của Bộ Chính trị về tổ chức, hoạt động của Hội CCB Việt Nam trong tình hình mới, đấu tranh phản bác quan điểm sai trái trên không gian mạng.
Đại hội đã bầu Ban Chấp hành Hội CCB tỉnh khóa VII gồm 31 đồng chí; Ban Thường vụ gồm 9 đồng chí. Đại tá Huỳnh Văn Khải, Tỉnh ủy viên, Chủ tịch Hội CCB tỉnh khóa VI, tái đắc cử Chủ tịch Hội CCB tỉnh khóa VII; các ông Trần Văn Hoa, Lê Minh Trung - Phó Chủ tịch Hội CCB tỉnh. Ủy ban Kiểm tra gồm 5 đồng chí, Thượng tá Phan Văn Bảy giữ chức Chủ nhiệm Ủy ban Kiểm tra Hội CCB tỉnh. Đại hội bầu 8 đại biểu dự Đại hội đại biểu toàn quốc Hội CCB Việt Nam lần thứ VII.
Dịp này, Trung ương Hội CCB Việt Nam tặng Bằng khen cho 4 tập thể và 6 cá nhân có thành tích xuất sắc trong phong trào thi đua "Cựu chiến binh gương mẫu".
Đại hội diễn ra trong không khí phấn khởi, đoàn kết; các đại biểu thống nhất cao với báo cáo chính trị và chương trình hành động nhiệm kỳ mới.
Hữu Hiệp
TIN CÙNG CHUYÊN MỤC
- Hội CCB huyện Ba Tri đại hội nhiệm kỳ 2022 - 2027 (30/06/2022)
- 164/164 cơ sở Hội CCB hoàn thành đại hội (15/05/2022)
- Trao 10 căn nhà nghĩa tình đồng đội (28/04/2022)
""", "2022-07-22", "Đại tá Huỳnh Văn Khải tái đắc cử Chủ tịch Hội Cựu chiến binh tỉnh Bến Tre",
E("dai_hoi", None, "2022-07-21"),
[P("Lê Hữu Nghĩa", "Thiếu tướng", "Phó Chủ tịch Trung ương Hội CCB Việt Nam"),
 P("Võ Thành Long", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Út", "Chủ tịch Hội CCB xã An Hiệp"),
 P("Lê Thành Phát", "Phó Chủ tịch Hội CCB phường Phú Tân"),
 P("Huỳnh Văn Khải", "Đại tá", "Tỉnh ủy viên", "Chủ tịch Hội CCB tỉnh khóa VI", "Chủ tịch Hội CCB tỉnh khóa VII",
   "Chủ tịch Hội Cựu chiến binh tỉnh Bến Tre"),
 P("Trần Văn Hoa", "Phó Chủ tịch Hội CCB tỉnh"), P("Lê Minh Trung", "Phó Chủ tịch Hội CCB tỉnh"),
 P("Phan Văn Bảy", "Thượng tá", "Chủ nhiệm Ủy ban Kiểm tra Hội CCB tỉnh")],
[Q("250 đại biểu", 250, "đại biểu"), Q("hơn 40.500 hội viên", 40500, "hội viên", "over"), Q("164 cơ sở Hội", 164, "cơ sở Hội"),
 Q("1.230 hội viên", 1230, "hội viên"), Q("312,5 tỷ đồng", 312500000000, "đồng"),
 Q("86 căn nhà nghĩa tình đồng đội", 86, "căn nhà nghĩa tình đồng đội"), Q("27 doanh nghiệp", 27, "doanh nghiệp"),
 Q("hơn 1.800 lao động", 1800, "lao động", "over"), Q("0,82%", 0.82, "%"),
 Q("142 vụ việc mâu thuẫn, tranh chấp", 142, "vụ việc mâu thuẫn, tranh chấp"), Q("58 đoàn giám sát", 58, "đoàn giám sát"),
 Q("gần 2.500 m2", 2500, "m2", "approx"), Q("31 đồng chí", 31, "đồng chí"), Q("9 đồng chí", 9, "đồng chí"),
 Q("5 đồng chí", 5, "đồng chí"), Q("8 đại biểu", 8, "đại biểu"), Q("4 tập thể", 4, "tập thể"), Q("6 cá nhân", 6, "cá nhân")],
[D("Chỉ thị", "07", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 07, 08-CT/TU"),
 D("Chỉ thị", "08", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 07, 08-CT/TU"),
 D("Nghị định", "157", "2016/NĐ-CP", "2016-11-24", "Chính phủ", "Nghị định số 157/2016/NĐ-CP ngày 24/11/2016"),
 D("Kết luận", "65", "KL/TW", "2020-02-28", "Bộ Chính trị", "Kết luận số 65-KL/TW ngày 28/2/2020")],
[prov("Bến Tre"), com("An Hiệp"), com("Phú Tân")],
["Báo Đồng Khởi Online - Cơ quan của Đảng bộ tỉnh Bến Tre", "Chính trị » Mặt trận - Đoàn thể",
 "Thiếu tướng Lê Hữu Nghĩa tặng hoa chúc mừng đại hội. Ảnh: Hữu Hiệp", "Camera an ninh", "Cựu chiến binh gương mẫu",
 "Pháp lệnh Cựu chiến binh"],
["22/07/2022 10:15 GMT+7", "lần thứ VII", "nhiệm kỳ 2022 - 2027", "Nhiệm kỳ 2017 - 2022", "31 đồng chí", "9 đồng chí", "5 đồng chí"]))

PAGES.append(page("b5059-thainguyen-bdv-baocao-2022", """
THÁI NGUYÊN ĐIỆN TỬ
Trang chủ :: Thời sự :: Xây dựng Đảng
16/12/2022 08:20
Kiện toàn đội ngũ cán bộ khối Mặt trận, đoàn thể cơ sở
Ngày 15/12, Ban Thường vụ Tỉnh ủy Thái Nguyên nghe Ban Dân vận Tỉnh ủy báo cáo kết quả công tác cán bộ khối Mặt trận, đoàn thể năm 2022 và việc thực hiện thí điểm hợp nhất một số cơ quan khối dân vận. Đồng chí Vũ Đức Thịnh, Phó Bí thư Thường trực Tỉnh ủy chủ trì.
Quang cảnh buổi làm việc.
Báo cáo do đồng chí Lưu Thị Lan, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy trình bày cho biết, năm 2022 toàn khối có 1.128 cán bộ chuyên trách Mặt trận, đoàn thể từ tỉnh đến cơ sở; trong năm đã bầu bổ sung, kiện toàn 46 chức danh chủ chốt ở 178 xã, phường, thị trấn. Cán bộ là người dân tộc thiểu số chiếm 23,4%, nữ chiếm 41%; 86,5% có trình độ đại học trở lên. Việc thực hiện Kết luận số 34-KL/TW ngày 7/8/2018 của Bộ Chính trị và Đề án số 06-ĐA/TU của Tỉnh ủy đã giảm 12 đầu mối, 37 biên chế.
Theo đồng chí Lưu Thị Lan, Ban đã phối hợp với Ban Tổ chức Tỉnh ủy hướng dẫn thực hiện Quy định 08, 09-QĐ/TU của Ban Thường vụ Tỉnh ủy về phân cấp quản lý cán bộ và về tiêu chuẩn chức danh cán bộ khối Mặt trận, đoàn thể; triển khai Hướng dẫn số 25-HD/BTCTW của Ban Tổ chức Trung ương. Một số nơi như xã Phú Thượng, phường Đồng Quang đã luân chuyển cán bộ đoàn thể giữ chức vụ chính quyền.
Tại buổi làm việc, đồng chí Ma Văn Khiêm, Phó Trưởng Ban Tổ chức Tỉnh ủy, đề nghị rà soát 14 trường hợp cán bộ chủ chốt đoàn thể sắp đến tuổi nghỉ hưu để chuẩn bị nhân sự đại hội nhiệm kỳ mới. Bà Nông Thị Phương, Chủ tịch Hội LHPN tỉnh, và ông Lăng Văn Tài, Chủ tịch Hội Nông dân tỉnh, đề nghị quan tâm đào tạo cán bộ cơ sở người Sán Dìu, Dao. Đồng chí Trần Thị Sán, Phó Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh, lưu ý kinh phí hoạt động khoảng 9,6 tỷ đồng mỗi năm cho các tổ chức chính trị - xã hội cơ sở cần được bảo đảm.
Kết luận, đồng chí Vũ Đức Thịnh đề nghị Ban Dân vận Tỉnh ủy tiếp tục tham mưu quy hoạch cán bộ khối dân vận nhiệm kỳ 2025 - 2030, phấn đấu mỗi huyện có ít nhất 1 cán bộ nữ trẻ người dân tộc thiểu số được quy hoạch chức danh chủ chốt đoàn thể; rà soát toàn bộ 2.340 chi hội, chi đoàn ở thôn, xóm, tổ dân phố.
Các cơ quan Mặt trận, đoàn thể được yêu cầu hoàn thành báo cáo đánh giá, xếp loại cán bộ năm 2022 trước ngày 25/12.
Bích Ngọc
Lượt truy cập: 45.210
Tin liên quan
- Đại Từ: Công bố quyết định bổ nhiệm Trưởng Ban Dân vận Huyện ủy (10/12/2022)
- Hội nghị giao ban khối dân vận quý IV (05/12/2022)
- Tập huấn cho 300 cán bộ Mặt trận cơ sở (25/11/2022)
""", "2022-12-16", "Kiện toàn đội ngũ cán bộ khối Mặt trận, đoàn thể cơ sở",
E("bao_cao", "2022", "2022-12-15"),
[P("Vũ Đức Thịnh", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Lưu Thị Lan", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Ma Văn Khiêm", "Phó Trưởng Ban Tổ chức Tỉnh ủy"),
 P("Nông Thị Phương", "Chủ tịch Hội LHPN tỉnh"), P("Lăng Văn Tài", "Chủ tịch Hội Nông dân tỉnh"),
 P("Trần Thị Sán", "Phó Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh")],
[Q("1.128 cán bộ chuyên trách", 1128, "cán bộ chuyên trách"), Q("46 chức danh chủ chốt", 46, "chức danh chủ chốt"),
 Q("178 xã, phường, thị trấn", 178, "xã, phường, thị trấn"), Q("23,4%", 23.4, "%"), Q("41%", 41, "%"),
 Q("86,5%", 86.5, "%"), Q("12 đầu mối", 12, "đầu mối"), Q("37 biên chế", 37, "biên chế"), Q("14 trường hợp", 14, "trường hợp"),
 Q("khoảng 9,6 tỷ đồng", 9600000000, "đồng", "approx"), Q("ít nhất 1 cán bộ nữ trẻ người dân tộc thiểu số", 1, "cán bộ nữ trẻ người dân tộc thiểu số", "over"),
 Q("2.340 chi hội, chi đoàn", 2340, "chi hội, chi đoàn")],
[D("Kết luận", "34", "KL/TW", "2018-08-07", "Bộ Chính trị", "Kết luận số 34-KL/TW ngày 7/8/2018"),
 D("Đề án", "06", "ĐA/TU", None, "Tỉnh ủy", "Đề án số 06-ĐA/TU"),
 D("Quy định", "08", "QĐ/TU", None, "Ban Thường vụ Tỉnh ủy", "Quy định 08, 09-QĐ/TU"),
 D("Quy định", "09", "QĐ/TU", None, "Ban Thường vụ Tỉnh ủy", "Quy định 08, 09-QĐ/TU"),
 D("Hướng dẫn", "25", "HD/BTCTW", None, "Ban Tổ chức Trung ương", "Hướng dẫn số 25-HD/BTCTW")],
[prov("Thái Nguyên"), com("Phú Thượng"), com("Đồng Quang")],
["THÁI NGUYÊN ĐIỆN TỬ", "Trang chủ :: Thời sự :: Xây dựng Đảng", "Quang cảnh buổi làm việc.", "Lượt truy cập: 45.210"],
["16/12/2022 08:20", "năm 2022", "nhiệm kỳ 2025 - 2030", "ngày 25/12", "Lượt truy cập: 45.210"]))

PAGES.append(page("b5060-lamdong-hnd-daihoi-2023", """
BÁO LÂM ĐỒNG ĐIỆN TỬ
Chính trị › Mặt trận - Đoàn thể
Thứ Sáu, 04/08/2023 11:20
Đại biểu bỏ phiếu bầu Ban Chấp hành khóa X.
Ông Ya Tiêng tái cử Chủ tịch Hội Nông dân tỉnh Lâm Đồng khóa X
(LĐ online) - Trong 2 ngày 3 và 4/8/2023, Hội Nông dân tỉnh Lâm Đồng tổ chức Đại hội đại biểu lần thứ X, nhiệm kỳ 2023 - 2028. Dự đại hội có ông Bùi Thanh Hà, Phó Chủ tịch Trung ương Hội Nông dân Việt Nam; bà K'Mák, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, cùng 268 đại biểu chính thức thay mặt cho gần 134.000 hội viên nông dân trong tỉnh.
Nhiệm kỳ 2018 - 2023, các cấp Hội đã thực hiện Kết luận số 61-KL/TW của Ban Bí thư, Nghị quyết số 19-NQ/TW ngày 16/6/2022 của Hội nghị Trung ương 5 khóa XIII về nông nghiệp, nông dân, nông thôn và Chỉ thị 12, 13-CT/TU của Ban Thường vụ Tỉnh ủy. Phong trào nông dân sản xuất, kinh doanh giỏi có trên 58.000 hộ đạt danh hiệu các cấp; Quỹ Hỗ trợ nông dân các cấp đạt 96,4 tỷ đồng, hỗ trợ 3.210 hộ vay; thành lập mới 41 hợp tác xã nông nghiệp và 126 tổ hợp tác. Toàn tỉnh có 412 chi hội nghề nghiệp với 11.500 hội viên.
Tại đại hội, bà Ka Sim, Chủ tịch Hội Nông dân xã Đạ Chais, chia sẻ cách vận động đồng bào K'Ho trồng cà phê xen sầu riêng, thu nhập bình quân đạt 180 triệu đồng/ha; ông Liêng Jrang K'Hiệp, HUV, Chủ tịch Hội Nông dân huyện Lạc Dương, đề nghị hỗ trợ nông dân dân tộc thiểu số tiếp cận 7 sản phẩm OCOP của địa phương. Ông Touneh Hàm Lới, hội viên xã Tà Năng, cho biết gia đình ông được vay 50 triệu đồng từ Quỹ để trồng dâu nuôi tằm.
Phát biểu chỉ đạo, ông Bùi Thanh Hà đề nghị Hội tập trung đào tạo nghề cho ít nhất 5.000 lao động nông thôn trong nhiệm kỳ và đồng hành cùng nông dân xây dựng thương hiệu nông sản. Bà K'Mák đề nghị thực hiện tốt Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ về chương trình phát triển vùng đồng bào dân tộc thiểu số và miền núi.
Đại hội đã bầu Ban Chấp hành Hội Nông dân tỉnh khóa X gồm 35 đồng chí. Ông Ya Tiêng, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh khóa IX, tái cử Chủ tịch Hội Nông dân tỉnh khóa X. Các Phó Chủ tịch Hội Nông dân tỉnh khóa X: Cil Múp, Nguyễn Thị Ngọc Hân. Đại hội cũng bầu 12 đại biểu dự Đại hội đại biểu toàn quốc Hội Nông dân Việt Nam lần thứ VIII.
Dịp này, Trung ương Hội Nông dân Việt Nam tặng Bằng khen cho 3 tập thể, 7 cá nhân; UBND tỉnh tặng Bằng khen cho 10 tập thể và 15 cá nhân có thành tích trong công tác Hội và phong trào nông dân.
Các đại biểu cũng tham quan gian trưng bày 65 sản phẩm nông nghiệp tiêu biểu của nông dân trong tỉnh bên lề đại hội.
Khánh Phúc
Tin liên quan
- Di Linh: Đại hội Hội Nông dân huyện lần thứ XI (12/07/2023)
- Hội Nông dân tỉnh tuyên dương 120 nông dân xuất sắc (25/06/2023)
- Lâm Hà hoàn thành đại hội Hội Nông dân cơ sở (08/06/2023)
""", "2023-08-04", "Ông Ya Tiêng tái cử Chủ tịch Hội Nông dân tỉnh Lâm Đồng khóa X",
E("dai_hoi", None, "2023-08-03"),
[P("Bùi Thanh Hà", "Phó Chủ tịch Trung ương Hội Nông dân Việt Nam"),
 P("K'Mák", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Ka Sim", "Chủ tịch Hội Nông dân xã Đạ Chais"),
 P("Liêng Jrang K'Hiệp", "HUV", "Chủ tịch Hội Nông dân huyện Lạc Dương"),
 P("Touneh Hàm Lới"),
 P("Ya Tiêng", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh khóa IX", "Chủ tịch Hội Nông dân tỉnh khóa X",
   "Chủ tịch Hội Nông dân tỉnh Lâm Đồng khóa X"),
 P("Cil Múp", "Phó Chủ tịch Hội Nông dân tỉnh khóa X"), P("Nguyễn Thị Ngọc Hân", "Phó Chủ tịch Hội Nông dân tỉnh khóa X")],
[Q("268 đại biểu chính thức", 268, "đại biểu chính thức"), Q("gần 134.000 hội viên nông dân", 134000, "hội viên nông dân", "approx"),
 Q("trên 58.000 hộ", 58000, "hộ", "over"), Q("96,4 tỷ đồng", 96400000000, "đồng"), Q("3.210 hộ", 3210, "hộ"),
 Q("41 hợp tác xã nông nghiệp", 41, "hợp tác xã nông nghiệp"), Q("126 tổ hợp tác", 126, "tổ hợp tác"),
 Q("412 chi hội nghề nghiệp", 412, "chi hội nghề nghiệp"), Q("11.500 hội viên", 11500, "hội viên"),
 Q("180 triệu đồng", 180000000, "đồng"), Q("7 sản phẩm OCOP", 7, "sản phẩm OCOP"), Q("50 triệu đồng", 50000000, "đồng"),
 Q("ít nhất 5.000 lao động nông thôn", 5000, "lao động nông thôn", "over"), Q("35 đồng chí", 35, "đồng chí"),
 Q("12 đại biểu", 12, "đại biểu"), Q("3 tập thể", 3, "tập thể"), Q("7 cá nhân", 7, "cá nhân"), Q("10 tập thể", 10, "tập thể"),
 Q("15 cá nhân", 15, "cá nhân"), Q("65 sản phẩm nông nghiệp tiêu biểu", 65, "sản phẩm nông nghiệp tiêu biểu")],
[D("Kết luận", "61", "KL/TW", None, "Ban Bí thư", "Kết luận số 61-KL/TW"),
 D("Nghị quyết", "19", "NQ/TW", "2022-06-16", "Hội nghị Trung ương 5 khóa XIII", "Nghị quyết số 19-NQ/TW ngày 16/6/2022"),
 D("Chỉ thị", "12", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 12, 13-CT/TU"),
 D("Chỉ thị", "13", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 12, 13-CT/TU"),
 D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021")],
[prov("Lâm Đồng"), com("Đạ Chais"), com("Tà Năng")],
["BÁO LÂM ĐỒNG ĐIỆN TỬ", "Chính trị › Mặt trận - Đoàn thể", "Đại biểu bỏ phiếu bầu Ban Chấp hành khóa X.", "(LĐ online)",
 "Quỹ Hỗ trợ nông dân"],
["Thứ Sáu, 04/08/2023 11:20", "2 ngày", "lần thứ X", "nhiệm kỳ 2023 - 2028", "Nhiệm kỳ 2018 - 2023", "Hội nghị Trung ương 5",
 "khóa XIII", "35 đồng chí", "lần thứ VIII"]))

PAGES.append(page("b5061-longan-hlhpn-traoqua-2023", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH LONG AN
Trang chủ » Hoạt động » Công tác xã hội
Thứ Sáu, ngày 24 tháng 11 năm 2023
Tân Chủ tịch Hội LHPN tỉnh trao 150 suất quà cho phụ nữ nghèo vùng biên giới
Ngày 23/11, bà Trần Thị Kim Loan, Tỉnh ủy viên, Chủ tịch Hội LHPN tỉnh Long An cùng đoàn công tác đã đến thăm, trao 150 suất quà cho phụ nữ nghèo, phụ nữ có hoàn cảnh khó khăn tại các xã biên giới Bình Hiệp và Tuyên Thạnh. Đây là hoạt động đầu tiên của bà Kim Loan sau khi được Ban Chấp hành Hội LHPN tỉnh khóa XI bầu giữ chức Chủ tịch tại hội nghị lần thứ 9 ngày 15/11/2023.
Bà Trần Thị Kim Loan trao quà cho hội viên phụ nữ xã Bình Hiệp.
Trước khi được bầu, bà Trần Thị Kim Loan là Phó Chủ tịch Thường trực Hội LHPN tỉnh; được Ban Thường vụ Tỉnh ủy giới thiệu theo Quyết định số 2178-QĐ/TU ngày 8/11/2023 và được Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam chuẩn y tại Quyết định số 805/QĐ-ĐCT ngày 20/11/2023. Bà thay bà Nguyễn Thị Hồng Thắm, Chủ tịch Hội LHPN tỉnh, được điều động làm Phó Trưởng Ban Dân vận Tỉnh ủy.
Mỗi suất quà gồm tiền mặt và nhu yếu phẩm trị giá 500.000 đồng; tổng trị giá 75 triệu đồng do các nhà hảo tâm đồng hành cùng chương trình "Mẹ đỡ đầu" và Quỹ "Vì phụ nữ nghèo" tài trợ. Dịp này, đoàn cũng trao 2 căn Mái ấm tình thương, mỗi căn trị giá 60 triệu đồng, cho hội viên Lê Thị Nga, ấp Cả Trốt, xã Tuyên Thạnh và hội viên Phan Thị Diệu, xã Bình Hiệp; trao 12 suất học bổng cho trẻ em được Hội nhận đỡ đầu.
Theo bà Võ Thị Mỹ Dung, Chủ tịch Hội LHPN thị xã Kiến Tường, hiện thị xã có 268 hộ phụ nữ nghèo, 74 hộ do phụ nữ làm chủ hộ thuộc diện cận nghèo; các cấp Hội đã nhận đỡ đầu 46 trẻ em mồ côi theo chương trình "Mẹ đỡ đầu". Bà Huỳnh Thị Ngọc, Chủ tịch Hội LHPN xã Tuyên Thạnh, cho biết xã thực hiện Kế hoạch số 35/KH-HPN ngày 2/3/2023 của Hội LHPN thị xã, đã giải ngân khoảng 1,3 tỷ đồng cho 86 hội viên vay vốn.
Phát biểu tại buổi trao quà, bà Trần Thị Kim Loan mong muốn các cấp Hội tiếp tục thực hiện Chỉ thị 21-CT/TW của Ban Bí thư về công tác phụ nữ, quan tâm hơn đến phụ nữ vùng biên, phụ nữ người Khmer. Bà cho biết trong tháng 12, Hội sẽ tổ chức thêm 3 đợt thăm, tặng quà ở các huyện Đức Huệ, Tân Hưng, Vĩnh Hưng.
Nhiều chị em xúc động khi lần đầu được lãnh đạo Hội tỉnh đến tận nhà thăm hỏi. Chị Lê Thị Nga chia sẻ, căn nhà mới giúp gia đình yên tâm trước mùa mưa bão, các con có chỗ học tập tốt hơn. Đoàn cũng ghé thăm, động viên cán bộ chi hội phụ nữ ở các ấp giáp biên.
Thanh Thủy
Các tin khác
- Hội LHPN tỉnh bầu bổ sung Chủ tịch khóa XI (16/11/2023)
- Ra mắt 5 tổ phụ nữ tiết kiệm ở Thạnh Hóa (02/11/2023)
- Trao 100 suất quà cho phụ nữ nghèo Cần Giuộc (20/10/2023)
""", "2023-11-24", "Tân Chủ tịch Hội LHPN tỉnh trao 150 suất quà cho phụ nữ nghèo vùng biên giới",
E("trao_qua", None, "2023-11-23"),
[P("Trần Thị Kim Loan", "Tỉnh ủy viên", "Chủ tịch Hội LHPN tỉnh Long An", "Phó Chủ tịch Thường trực Hội LHPN tỉnh",
   "Chủ tịch Hội LHPN tỉnh"),
 P("Nguyễn Thị Hồng Thắm", "Chủ tịch Hội LHPN tỉnh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Thị Nga"), P("Phan Thị Diệu"),
 P("Võ Thị Mỹ Dung", "Chủ tịch Hội LHPN thị xã Kiến Tường"),
 P("Huỳnh Thị Ngọc", "Chủ tịch Hội LHPN xã Tuyên Thạnh")],
[Q("150 suất quà", 150, "suất quà"), Q("500.000 đồng", 500000, "đồng"), Q("75 triệu đồng", 75000000, "đồng"),
 Q("2 căn Mái ấm tình thương", 2, "căn Mái ấm tình thương"), Q("60 triệu đồng", 60000000, "đồng"),
 Q("12 suất học bổng", 12, "suất học bổng"), Q("268 hộ phụ nữ nghèo", 268, "hộ phụ nữ nghèo"), Q("74 hộ", 74, "hộ"),
 Q("46 trẻ em mồ côi", 46, "trẻ em mồ côi"), Q("khoảng 1,3 tỷ đồng", 1300000000, "đồng", "approx"), Q("86 hội viên", 86, "hội viên"),
 Q("3 đợt", 3, "đợt")],
[D("Quyết định", "2178", "QĐ/TU", "2023-11-08", "Ban Thường vụ Tỉnh ủy", "Quyết định số 2178-QĐ/TU ngày 8/11/2023"),
 D("Quyết định", "805", "QĐ-ĐCT", "2023-11-20", "Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam", "Quyết định số 805/QĐ-ĐCT ngày 20/11/2023"),
 D("Kế hoạch", "35", "KH-HPN", "2023-03-02", "Hội LHPN thị xã", "Kế hoạch số 35/KH-HPN ngày 2/3/2023"),
 D("Chỉ thị", "21", "CT/TW", None, "Ban Bí thư", "Chỉ thị 21-CT/TW")],
[prov("Long An"), com("Bình Hiệp"), com("Tuyên Thạnh")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH LONG AN", "Trang chủ » Hoạt động » Công tác xã hội",
 "Bà Trần Thị Kim Loan trao quà cho hội viên phụ nữ xã Bình Hiệp.", "Mẹ đỡ đầu", "Vì phụ nữ nghèo"],
["Thứ Sáu, ngày 24 tháng 11 năm 2023", "khóa XI", "lần thứ 9", "tháng 12"]))

PAGES.append(page("b5062-hanoi-mttq-phuong-daihoi-2024", """
Cổng thông tin điện tử quận Hoàn Kiếm
Tin tức - Sự kiện / Hoạt động các phường
28/6/2024 | 09:05
Đại hội đại biểu MTTQ Việt Nam phường Phúc Tân lần thứ XIV, nhiệm kỳ 2024 - 2029
Sáng 27/6/2024, Ủy ban MTTQ Việt Nam phường Phúc Tân tổ chức Đại hội đại biểu MTTQ Việt Nam phường lần thứ XIV, nhiệm kỳ 2024 - 2029. Đây là đại hội điểm cấp cơ sở của quận Hoàn Kiếm, thành phố Hà Nội. Dự đại hội có đồng chí Đỗ Thị Thu Hằng, Ủy viên Ban Thường vụ Quận ủy, Trưởng Ban Dân vận Quận ủy, Chủ tịch Ủy ban MTTQ Việt Nam quận; đồng chí Nguyễn Mạnh Cường, Bí thư Đảng ủy phường Phúc Tân cùng 98 đại biểu chính thức.
Các đại biểu thực hiện nghi lễ chào cờ khai mạc đại hội.
Báo cáo tại đại hội cho biết, nhiệm kỳ 2019 - 2024, Mặt trận phường đã triển khai Kết luận 18, 19-KL/QU của Ban Thường vụ Quận ủy về xây dựng tổ dân phố văn minh và về công tác vận động đồng bào có đạo; vận động Quỹ "Vì người nghèo" được 1,36 tỷ đồng, hỗ trợ 27 hộ nghèo, hộ cận nghèo sửa nhà; 96,8% hộ gia đình đạt danh hiệu gia đình văn hóa; 12/14 tổ dân phố đạt danh hiệu tổ dân phố văn hóa. Ban Thanh tra nhân dân và Ban Giám sát đầu tư của cộng đồng thực hiện 16 cuộc giám sát, phát hiện và kiến nghị xử lý 4 vụ việc lấn chiếm vỉa hè.
Tại đại hội, Linh mục Giuse Trần Văn Khoa, Chánh xứ giáo xứ Hàm Long, cam kết vận động giáo dân tham gia giữ gìn trật tự đô thị; bà Lê Thị Bích, Trưởng Ban Công tác Mặt trận tổ dân phố số 6, phường Phúc Tân, kiến nghị hỗ trợ kinh phí cho các hoạt động tự quản ở khu dân cư ven sông Hồng.
Phát biểu chỉ đạo, đồng chí Đỗ Thị Thu Hằng đề nghị Mặt trận phường thực hiện tốt Chỉ thị số 30-CT/TW ngày 4/3/2024 của Ban Bí thư về lãnh đạo đại hội MTTQ Việt Nam các cấp, Kế hoạch số 198-KH/QU của Ban Thường vụ Quận ủy và Hướng dẫn số 12/HD-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam thành phố; phát huy vai trò giám sát theo Luật Thực hiện dân chủ ở cơ sở.
Đại hội đã hiệp thương dân chủ cử 45 vị tham gia Ủy ban MTTQ Việt Nam phường khóa XIV. Tại hội nghị lần thứ nhất, bà Trần Thu Hà, Chủ tịch Ủy ban MTTQ Việt Nam phường khóa XIII, được hiệp thương tái cử giữ chức Chủ tịch Ủy ban MTTQ Việt Nam phường khóa XIV; ông Phạm Quốc Tuấn được cử giữ chức Phó Chủ tịch Ủy ban MTTQ Việt Nam phường. Ban Thường trực gồm 3 vị. Đại hội cũng cử 6 đại biểu đi dự Đại hội đại biểu MTTQ Việt Nam quận lần thứ XX.
Đại hội thông qua Chương trình hành động nhiệm kỳ 2024 - 2029 với 5 chỉ tiêu cơ bản, trong đó phấn đấu có trên 95% hộ gia đình đạt danh hiệu gia đình văn hóa.
Thu Trang
Tin liên quan
- Phường Chương Dương tổ chức đại hội Mặt trận (20/6/2024)
- Quận Hoàn Kiếm: 18/18 phường hoàn thành hiệp thương nhân sự (10/6/2024)
- Gặp mặt 200 người có uy tín tiêu biểu (28/5/2024)
""", "2024-06-28", "Đại hội đại biểu MTTQ Việt Nam phường Phúc Tân lần thứ XIV, nhiệm kỳ 2024 - 2029",
E("dai_hoi", None, "2024-06-27"),
[P("Đỗ Thị Thu Hằng", "Ủy viên Ban Thường vụ Quận ủy", "Trưởng Ban Dân vận Quận ủy", "Chủ tịch Ủy ban MTTQ Việt Nam quận"),
 P("Nguyễn Mạnh Cường", "Bí thư Đảng ủy phường Phúc Tân"),
 P("Giuse Trần Văn Khoa", "Linh mục", "Chánh xứ giáo xứ Hàm Long"),
 P("Lê Thị Bích", "Trưởng Ban Công tác Mặt trận tổ dân phố số 6"),
 P("Trần Thu Hà", "Chủ tịch Ủy ban MTTQ Việt Nam phường khóa XIII", "Chủ tịch Ủy ban MTTQ Việt Nam phường khóa XIV"),
 P("Phạm Quốc Tuấn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường")],
[Q("98 đại biểu chính thức", 98, "đại biểu chính thức"), Q("1,36 tỷ đồng", 1360000000, "đồng"),
 Q("27 hộ nghèo, hộ cận nghèo", 27, "hộ nghèo, hộ cận nghèo"), Q("96,8%", 96.8, "%"), Q("12/14 tổ dân phố", 12, "tổ dân phố"),
 Q("16 cuộc giám sát", 16, "cuộc giám sát"), Q("4 vụ việc lấn chiếm vỉa hè", 4, "vụ việc lấn chiếm vỉa hè"), Q("45 vị", 45, "vị"),
 Q("3 vị", 3, "vị"), Q("6 đại biểu", 6, "đại biểu"), Q("5 chỉ tiêu cơ bản", 5, "chỉ tiêu cơ bản"), Q("trên 95%", 95, "%", "over")],
[D("Kết luận", "18", "KL/QU", None, "Ban Thường vụ Quận ủy", "Kết luận 18, 19-KL/QU"),
 D("Kết luận", "19", "KL/QU", None, "Ban Thường vụ Quận ủy", "Kết luận 18, 19-KL/QU"),
 D("Chỉ thị", "30", "CT/TW", "2024-03-04", "Ban Bí thư", "Chỉ thị số 30-CT/TW ngày 4/3/2024"),
 D("Kế hoạch", "198", "KH/QU", None, "Ban Thường vụ Quận ủy", "Kế hoạch số 198-KH/QU"),
 D("Hướng dẫn", "12", "HD-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam thành phố", "Hướng dẫn số 12/HD-MTTQ-BTT")],
[prov("Hà Nội"), com("Phúc Tân")],
["Cổng thông tin điện tử quận Hoàn Kiếm", "Tin tức - Sự kiện / Hoạt động các phường",
 "Các đại biểu thực hiện nghi lễ chào cờ khai mạc đại hội.", "Vì người nghèo", "Luật Thực hiện dân chủ ở cơ sở"],
["28/6/2024 | 09:05", "lần thứ XIV", "nhiệm kỳ 2024 - 2029", "nhiệm kỳ 2019 - 2024", "khóa XIV", "khóa XIII", "lần thứ XX",
 "tổ dân phố số 6"]))
