"""holdout34 batch 3: b785-b790 (pages and labels side by side)."""
from lib import Q, D, P, page, E, prov, com

PAGES = []

# ---------------------------------------------------------------- b785
PAGES.append(page("b785-daklak-mttq-soket-2021", """
BÁO ĐẮK LẮK ĐIỆN TỬ
Chính trị - Mặt trận
Thứ Sáu, 16/07/2021, 14:22
Mặt trận các cấp tổ chức 52 cuộc giám sát trong 6 tháng
Ngày 15/7, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk tổ chức hội nghị trực tuyến sơ kết công tác Mặt trận 6 tháng đầu năm 2021, triển khai nhiệm vụ 6 tháng cuối năm, kết nối tới 15 điểm cầu huyện, thị xã, thành phố.
Bà H'Nga Byă, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị. Tham dự tại điểm cầu tỉnh có ông Y Ngọc Mlô, Phó Chủ tịch Ủy ban MTTQ tỉnh; Thượng tá Y Wim Niê, Phó Giám đốc Công an tỉnh; Mục sư Y Kim Êban, Ủy viên Ủy ban MTTQ tỉnh.
6 tháng qua, Mặt trận các cấp đã phối hợp tổ chức thành công cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026 với tỷ lệ cử tri đi bầu đạt 99,7%. Mặt trận các cấp tổ chức 52 cuộc giám sát, trong đó cấp tỉnh 4 cuộc, tập trung vào việc thực hiện chính sách hỗ trợ người dân gặp khó khăn do đại dịch Covid-19, chính sách đất đai cho đồng bào dân tộc thiểu số; tổ chức 6 hội nghị phản biện xã hội đối với dự thảo nghị quyết của HĐND tỉnh. Ban Thanh tra nhân dân ở 184 xã, phường, thị trấn đã tiếp nhận 312 đơn thư, kiến nghị 96 vụ việc với cơ quan chức năng.
Quỹ phòng, chống dịch Covid-19 các cấp tiếp nhận 18,6 tỷ đồng; Mặt trận các cấp trao 12.400 suất quà cho người lao động mất việc làm, người dân ở khu cách ly. Quỹ "Vì người nghèo" vận động được 7,2 tỷ đồng, hỗ trợ xây dựng 146 nhà Đại đoàn kết cho hộ nghèo, trong đó 98 căn cho hộ đồng bào dân tộc thiểu số tại chỗ.
Tại hội nghị, bà H'Lim Niê, Chủ tịch Ủy ban MTTQ xã Ea Tu (thành phố Buôn Ma Thuột), chia sẻ kinh nghiệm phát huy vai trò già làng, người có uy tín trong vận động bà con tiêm vắc xin, không tụ tập đông người. Mục sư Y Kim Êban cho biết các chi hội Tin lành đã tạm dừng sinh hoạt tập trung, chuyển sang sinh hoạt tại gia đình theo hướng dẫn của chính quyền.
Thông tin tại hội nghị, Thượng tá Y Wim Niê đề nghị Mặt trận các cấp phối hợp nắm chắc tình hình, vận động người dân không nghe theo kẻ xấu tham gia "Tin lành Đê Ga", không vượt biên trái phép.
Kết luận hội nghị, bà H'Nga Byă yêu cầu 6 tháng cuối năm tiếp tục thực hiện Quyết định số 99-QĐ/TW ngày 3/10/2017 của Ban Bí thư ban hành hướng dẫn khung để các cấp ủy tiếp tục thực hiện Quyết định 217, 218 của Bộ Chính trị; triển khai Kế hoạch số 148/KH-MTTQ-BTT ngày 12/1/2021 của Ban Thường trực Ủy ban MTTQ tỉnh về giám sát năm 2021; chủ động tham gia phòng, chống dịch, không để người dân nào thiếu đói. Đồng thời chuẩn bị tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở 2.480 thôn, buôn, tổ dân phố bảo đảm an toàn phòng dịch.
H'Xíu
Tin liên quan
- Mặt trận tỉnh giám sát chính sách hỗ trợ người lao động gặp khó khăn (05/07/2021)
- Trao 200 suất quà cho đồng bào buôn Kô Sĩer (28/06/2021)
- Hiệp thương lần thứ ba, lập danh sách người ứng cử (20/04/2021)
""", "2021-07-16",
"Mặt trận các cấp tổ chức 52 cuộc giám sát trong 6 tháng",
E("so_ket", "2021-H1", "2021-07-15"),
[P("H'Nga Byă", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Y Ngọc Mlô", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Y Wim Niê", "Thượng tá", "Phó Giám đốc Công an tỉnh"),
 P("Y Kim Êban", "Mục sư", "Ủy viên Ủy ban MTTQ tỉnh"),
 P("H'Lim Niê", "Chủ tịch Ủy ban MTTQ xã Ea Tu")],
[Q("15 điểm cầu huyện, thị xã, thành phố", 15, "điểm cầu huyện, thị xã, thành phố"),
 Q("99,7%", 99.7, "%"),
 Q("52 cuộc giám sát", 52, "cuộc giám sát"),
 Q("4 cuộc", 4, "cuộc"),
 Q("6 hội nghị phản biện xã hội", 6, "hội nghị phản biện xã hội"),
 Q("184 xã, phường, thị trấn", 184, "xã, phường, thị trấn"),
 Q("312 đơn thư", 312, "đơn thư"),
 Q("96 vụ việc", 96, "vụ việc"),
 Q("18,6 tỷ đồng", 18600000000, "đồng"),
 Q("12.400 suất quà", 12400, "suất quà"),
 Q("7,2 tỷ đồng", 7200000000, "đồng"),
 Q("146 nhà Đại đoàn kết", 146, "nhà Đại đoàn kết"),
 Q("98 căn", 98, "căn"),
 Q("2.480 thôn, buôn, tổ dân phố", 2480, "thôn, buôn, tổ dân phố")],
[D("Quyết định", "99", "QĐ/TW", "2017-10-03", "Ban Bí thư", surface="Quyết định số 99-QĐ/TW ngày 3/10/2017 của Ban Bí thư"),
 D("Quyết định", "217", None, None, "Bộ Chính trị", surface="Quyết định 217, 218 của Bộ Chính trị"),
 D("Quyết định", "218", None, None, "Bộ Chính trị", surface="Quyết định 217, 218 của Bộ Chính trị"),
 D("Kế hoạch", "148", "KH-MTTQ-BTT", "2021-01-12", "Ban Thường trực Ủy ban MTTQ tỉnh", surface="Kế hoạch số 148/KH-MTTQ-BTT ngày 12/1/2021 của Ban Thường trực Ủy ban MTTQ tỉnh")],
[prov("Đắk Lắk"), com("Ea Tu")],
["BÁO ĐẮK LẮK ĐIỆN TỬ", "Chính trị - Mặt trận", "Vì người nghèo", "Tin lành Đê Ga", "Ngày hội Đại đoàn kết toàn dân tộc", "Covid-19"],
["Thứ Sáu, 16/07/2021, 14:22", "6 tháng đầu năm 2021", "6 tháng cuối năm", "khóa XV", "nhiệm kỳ 2021 - 2026", "Covid-19", "năm 2021", "6 tháng qua"]))

# ---------------------------------------------------------------- b786
PAGES.append(page("b786-bacgiang-tinhdoan-tongket-2021", """
TỈNH ĐOÀN BẮC GIANG - ĐOÀN TNCS HỒ CHÍ MINH
Trang chủ / Hoạt động Đoàn / Tin tức
Đăng lúc 19:05 | 24/12/2021
Tổng kết công tác Đoàn và phong trào thanh thiếu nhi năm 2021
Đồng chí Hà Minh Khôi trao Cờ thi đua cho các đơn vị xuất sắc.
Chiều 23/12, Ban Chấp hành Tỉnh đoàn Bắc Giang tổ chức hội nghị tổng kết công tác Đoàn và phong trào thanh thiếu nhi năm 2021, triển khai nhiệm vụ năm 2022. Dự hội nghị có đồng chí Nguyễn Thị Bích Ngọc, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Hà Minh Khôi, Ủy viên Ban Chấp hành Trung ương Đoàn, Bí thư Tỉnh đoàn chủ trì.
Năm 2021, Bắc Giang trải qua đợt bùng phát dịch Covid-19 phức tạp nhất từ trước tới nay. Thực hiện Kế hoạch số 112-KH/TĐTN-PT ngày 15/5/2021 của Ban Thường vụ Tỉnh đoàn, hơn 12.000 đoàn viên, thanh niên đã tình nguyện tham gia các tổ Covid cộng đồng, chốt kiểm soát, hỗ trợ khu cách ly và các khu công nghiệp; giúp nông dân thu hoạch, tiêu thụ hơn 3.500 tấn vải thiều. Tổ chức Đoàn các cấp thực hiện 1.850 công trình, phần việc thanh niên với tổng trị giá trên 32 tỷ đồng.
Các cấp bộ Đoàn tiếp tục thực hiện Chỉ thị số 42-CT/TW ngày 24/3/2015 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác giáo dục lý tưởng cách mạng, đạo đức, lối sống văn hóa cho thế hệ trẻ và Luật Thanh niên số 57/2020/QH14. Trong năm, toàn tỉnh kết nạp 8.600 đoàn viên mới; giới thiệu 1.120 đoàn viên ưu tú cho Đảng xem xét, trong đó 840 đoàn viên đã được kết nạp vào Đảng. Tỷ lệ tập hợp thanh niên đạt 78%. Tỉnh đoàn trao 420 suất học bổng cho học sinh nghèo vượt khó, mỗi suất từ 1 đến 2 triệu đồng.
Hoạt động đối thoại được duy trì: Ban Thường vụ Tỉnh đoàn phối hợp tổ chức 1 buổi đối thoại giữa lãnh đạo UBND tỉnh với thanh niên công nhân; Đoàn cấp huyện tổ chức 10 buổi đối thoại, tiếp nhận 146 ý kiến, kiến nghị của đoàn viên, thanh niên.
Tại hội nghị, Phó Bí thư Tỉnh đoàn La Thị Hồng Vân trình bày báo cáo tổng kết. Đồng chí Lương Văn Pạo, Bí thư Huyện đoàn Sơn Động, chia sẻ mô hình thanh niên người Tày, Nùng, Dao phát triển kinh tế dưới tán rừng; chị Vi Thị Hằng, Bí thư Chi đoàn thôn Khuôn Trang (xã Lục Sơn, huyện Lục Nam), kể việc vận động thanh niên người Sán Chay không bỏ học, tham gia tổ hợp tác trồng nấm.
Phát biểu chỉ đạo, đồng chí Nguyễn Thị Bích Ngọc đề nghị năm 2022, Tỉnh đoàn chuẩn bị tốt Đại hội Đoàn các cấp nhiệm kỳ 2022 - 2027; đổi mới phương thức tập hợp thanh niên ở khu công nghiệp, nơi có hơn 150.000 công nhân trẻ đang làm việc.
Dịp này, Tỉnh đoàn trao Cờ thi đua cho 5 đơn vị và Bằng khen cho 34 tập thể, 52 cá nhân.
Ban Tuyên giáo Tỉnh đoàn
Tin liên quan
- Thanh niên Lục Ngạn hỗ trợ nông dân tiêu thụ vải thiều (02/07/2021)
- Ra quân Chiến dịch Thanh niên tình nguyện hè 2021 (25/05/2021)
- Tỉnh đoàn trao 100 suất quà cho thiếu nhi vùng dịch (15/05/2021)
""", "2021-12-24",
"Tổng kết công tác Đoàn và phong trào thanh thiếu nhi năm 2021",
E("tong_ket", "2021", "2021-12-23"),
[P("Nguyễn Thị Bích Ngọc", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hà Minh Khôi", "Ủy viên Ban Chấp hành Trung ương Đoàn", "Bí thư Tỉnh đoàn"),
 P("La Thị Hồng Vân", "Phó Bí thư Tỉnh đoàn"),
 P("Lương Văn Pạo", "Bí thư Huyện đoàn Sơn Động"),
 P("Vi Thị Hằng", "Bí thư Chi đoàn thôn Khuôn Trang")],
[Q("hơn 12.000 đoàn viên, thanh niên", 12000, "đoàn viên, thanh niên", "over"),
 Q("hơn 3.500 tấn", 3500, "tấn", "over"),
 Q("1.850 công trình, phần việc thanh niên", 1850, "công trình, phần việc thanh niên"),
 Q("trên 32 tỷ đồng", 32000000000, "đồng", "over"),
 Q("8.600 đoàn viên", 8600, "đoàn viên"),
 Q("1.120 đoàn viên ưu tú", 1120, "đoàn viên ưu tú"),
 Q("840 đoàn viên", 840, "đoàn viên"),
 Q("78%", 78, "%"),
 Q("420 suất học bổng", 420, "suất học bổng"),
 Q("từ 1 đến 2 triệu đồng", 1000000, "đồng"),
 Q("từ 1 đến 2 triệu đồng", 2000000, "đồng"),
 Q("10 buổi đối thoại", 10, "buổi đối thoại"),
 Q("146 ý kiến, kiến nghị", 146, "ý kiến, kiến nghị"),
 Q("hơn 150.000 công nhân trẻ", 150000, "công nhân trẻ", "over"),
 Q("5 đơn vị", 5, "đơn vị"),
 Q("34 tập thể", 34, "tập thể"),
 Q("52 cá nhân", 52, "cá nhân")],
[D("Kế hoạch", "112", "KH/TĐTN-PT", "2021-05-15", "Ban Thường vụ Tỉnh đoàn", surface="Kế hoạch số 112-KH/TĐTN-PT ngày 15/5/2021 của Ban Thường vụ Tỉnh đoàn"),
 D("Chỉ thị", "42", "CT/TW", "2015-03-24", "Ban Bí thư", surface="Chỉ thị số 42-CT/TW ngày 24/3/2015 của Ban Bí thư"),
 D("Luật", "57", "2020/QH14", None, None, surface="Luật Thanh niên số 57/2020/QH14")],
[prov("Bắc Giang"), com("Lục Sơn")],
["TỈNH ĐOÀN BẮC GIANG - ĐOÀN TNCS HỒ CHÍ MINH", "Trang chủ / Hoạt động Đoàn / Tin tức",
 "Đồng chí Hà Minh Khôi trao Cờ thi đua cho các đơn vị xuất sắc.", "Ban Tuyên giáo Tỉnh đoàn", "Covid-19"],
["Đăng lúc 19:05 | 24/12/2021", "năm 2022", "Covid-19", "nhiệm kỳ 2022 - 2027", "1 buổi đối thoại"]))

# ---------------------------------------------------------------- b787
PAGES.append(page("b787-cantho-ccb-daihoi-2022", """
Báo Cần Thơ Online
Chính trị > Cựu chiến binh
28/07/2022 15:42
Đại hội đại biểu Hội Cựu chiến binh thành phố Cần Thơ lần thứ VII
Ngày 27/7, Hội Cựu chiến binh (CCB) TP Cần Thơ tổ chức Đại hội đại biểu lần thứ VII, nhiệm kỳ 2022 - 2027. Dự Đại hội có 180 đại biểu chính thức, đại diện cho hơn 22.000 hội viên CCB thành phố.
Dự và chỉ đạo Đại hội có Trung tướng Hoàng Văn Khải, Phó Chủ tịch Trung ương Hội CCB Việt Nam; đồng chí Lưu Minh Tâm, Phó Bí thư Thường trực Thành ủy, Chủ tịch HĐND thành phố; Đại tá Nguyễn Thanh Bình, Chính ủy Bộ Chỉ huy Quân sự thành phố.
Nhiệm kỳ 2017 - 2022, các cấp Hội đã thực hiện tốt Nghị định số 157/2016/NĐ-CP của Chính phủ sửa đổi, bổ sung một số điều của Nghị định quy định chi tiết và hướng dẫn thi hành Pháp lệnh Cựu chiến binh. Hội viên giúp nhau hơn 36 tỷ đồng phát triển kinh tế; xây dựng, sửa chữa 215 căn nhà nghĩa tình đồng đội, mỗi căn được hỗ trợ từ 40 đến 60 triệu đồng. Toàn thành phố có 6.300 hộ hội viên đạt danh hiệu sản xuất, kinh doanh giỏi; 45 doanh nghiệp và 12 hợp tác xã do CCB làm chủ, giải quyết việc làm cho gần 4.000 lao động. Tỷ lệ hộ nghèo trong hội viên giảm còn 0,4%.
Các cấp Hội tham gia cùng chính quyền hòa giải thành 38 vụ khiếu kiện phức tạp ở cơ sở; thực hiện giám sát, phản biện xã hội theo quy định, góp ý 27 dự thảo văn bản của cấp ủy, chính quyền. 100% cơ sở Hội được xếp loại khá, vững mạnh.
Tham luận tại Đại hội, ông Lâm Văn Sóc, Chủ tịch Hội CCB xã Thới Xuân (huyện Cờ Đỏ), chia sẻ cách vận động hội viên người Khmer cùng nhau nuôi bò sinh sản; ông Quách Ngọc Minh, hội viên Hội CCB phường An Cư (quận Ninh Kiều), giới thiệu doanh nghiệp cơ khí tạo việc làm cho 85 lao động, trong đó có 17 con em CCB.
Phát biểu chỉ đạo, đồng chí Lưu Minh Tâm đề nghị Hội tiếp tục thực hiện Kế hoạch số 46-KH/TU ngày 10/1/2022 của Ban Thường vụ Thành ủy về lãnh đạo đại hội Hội CCB các cấp và chương trình hành động thực hiện Nghị quyết Đại hội XIV Đảng bộ thành phố; phát huy bản chất "Bộ đội Cụ Hồ", tham gia bảo vệ nền tảng tư tưởng của Đảng. Trung tướng Hoàng Văn Khải lưu ý Hội cần quan tâm thu hút CCB trẻ, CCB là người dân tộc Khmer, Hoa vào sinh hoạt Hội.
Đại hội đã bầu Ban Chấp hành Hội CCB thành phố khóa VII gồm 27 đồng chí; bầu 7 đại biểu đi dự Đại hội đại biểu toàn quốc Hội CCB Việt Nam lần thứ VII. Đại tá Trần Văn Lực tái đắc cử Chủ tịch Hội CCB thành phố khóa VII; ông Nguyễn Văn Hòa và ông Thạch Sơn Ni được bầu làm Phó Chủ tịch Hội CCB thành phố.
Tin, ảnh: Hoàng Lam
Các tin khác
- Hội CCB quận Bình Thủy tổ chức Đại hội lần thứ VII (15/06/2022)
- CCB Thới Lai xây 5 căn nhà đồng đội (30/05/2022)
- Hội CCB thành phố họp mặt kỷ niệm 75 năm Ngày Thương binh - Liệt sĩ (20/07/2022)
""", "2022-07-28",
"Đại hội đại biểu Hội Cựu chiến binh thành phố Cần Thơ lần thứ VII",
E("hoi_nghi", None, "2022-07-27"),
[P("Hoàng Văn Khải", "Trung tướng", "Phó Chủ tịch Trung ương Hội CCB Việt Nam"),
 P("Lưu Minh Tâm", "Phó Bí thư Thường trực Thành ủy", "Chủ tịch HĐND thành phố"),
 P("Nguyễn Thanh Bình", "Đại tá", "Chính ủy Bộ Chỉ huy Quân sự thành phố"),
 P("Lâm Văn Sóc", "Chủ tịch Hội CCB xã Thới Xuân"),
 P("Quách Ngọc Minh", "hội viên Hội CCB phường An Cư"),
 P("Trần Văn Lực", "Đại tá", "Chủ tịch Hội CCB thành phố khóa VII"),
 P("Nguyễn Văn Hòa", "Phó Chủ tịch Hội CCB thành phố"),
 P("Thạch Sơn Ni", "Phó Chủ tịch Hội CCB thành phố")],
[Q("180 đại biểu", 180, "đại biểu"),
 Q("hơn 22.000 hội viên", 22000, "hội viên", "over"),
 Q("hơn 36 tỷ đồng", 36000000000, "đồng", "over"),
 Q("215 căn nhà nghĩa tình đồng đội", 215, "căn nhà nghĩa tình đồng đội"),
 Q("từ 40 đến 60 triệu đồng", 40000000, "đồng"),
 Q("từ 40 đến 60 triệu đồng", 60000000, "đồng"),
 Q("6.300 hộ", 6300, "hộ"),
 Q("45 doanh nghiệp", 45, "doanh nghiệp"),
 Q("12 hợp tác xã", 12, "hợp tác xã"),
 Q("gần 4.000 lao động", 4000, "lao động", "approx"),
 Q("0,4%", 0.4, "%"),
 Q("38 vụ khiếu kiện phức tạp", 38, "vụ khiếu kiện phức tạp"),
 Q("27 dự thảo văn bản", 27, "dự thảo văn bản"),
 Q("100% cơ sở Hội", 100, "%"),
 Q("85 lao động", 85, "lao động"),
 Q("17 con em CCB", 17, "con em CCB"),
 Q("27 đồng chí", 27, "đồng chí"),
 Q("7 đại biểu", 7, "đại biểu")],
[D("Nghị định", "157", "2016/NĐ-CP", None, "Chính phủ", surface="Nghị định số 157/2016/NĐ-CP của Chính phủ"),
 D("Kế hoạch", "46", "KH/TU", "2022-01-10", "Ban Thường vụ Thành ủy", surface="Kế hoạch số 46-KH/TU ngày 10/1/2022 của Ban Thường vụ Thành ủy")],
[prov("Cần Thơ"), com("Thới Xuân"), com("An Cư")],
["Báo Cần Thơ Online", "Chính trị > Cựu chiến binh", "Pháp lệnh Cựu chiến binh", "Bộ đội Cụ Hồ", "Tin, ảnh: Hoàng Lam"],
["28/07/2022 15:42", "lần thứ VII", "nhiệm kỳ 2022 - 2027", "Nhiệm kỳ 2017 - 2022", "Đại hội XIV", "27 đồng chí", "khóa VII"]))

# ---------------------------------------------------------------- b788
PAGES.append(page("b788-hagiang-chuthapdo-bangiaonha-2022", """
BÁO HÀ GIANG ĐIỆN TỬ
Xã hội - Nhân đạo
Thứ 6, 18/11/2022 - 16:00
Bàn giao 20 nhà nhân đạo cho hộ nghèo huyện Mèo Vạc
Các đại biểu cắt băng bàn giao nhà cho gia đình anh Thào Mí Sính, thôn Xín Chải, xã Xín Cái.
BHG - Ngày 17/11, Hội Chữ thập đỏ tỉnh Hà Giang phối hợp với Bộ Chỉ huy Bộ đội Biên phòng tỉnh và UBND huyện Mèo Vạc tổ chức lễ bàn giao 20 nhà nhân đạo cho các hộ nghèo tại các xã biên giới Xín Cái, Sơn Vĩ, Thượng Phùng.
Dự buổi lễ có bà Nguyễn Thị Thu Hương, Chủ tịch Hội Chữ thập đỏ tỉnh; Thượng tá Lý Văn Hồng, Phó Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh; ông Sùng Mí Chứ, Phó Chủ tịch UBND huyện Mèo Vạc; Trung tá Vàng Seo Chẩn, Đồn trưởng Đồn Biên phòng Xín Cái.
Các căn nhà được xây dựng kiên cố theo kiến trúc truyền thống của đồng bào Mông, diện tích từ 40 đến 60 m2, mỗi căn được hỗ trợ 50 triệu đồng từ nguồn vận động của Trung ương Hội Chữ thập đỏ Việt Nam và các nhà hảo tâm; tổng kinh phí hỗ trợ 1 tỷ đồng. Cán bộ, chiến sĩ các đồn biên phòng đã hỗ trợ 850 ngày công vận chuyển vật liệu lên các thôn vùng cao núi đá.
Anh Thào Mí Sính ở thôn Xín Chải, xã Xín Cái, xúc động: "Trước đây cả nhà 7 người ở trong căn nhà trình tường đã nứt, mùa đông gió lùa lạnh lắm. Nay có nhà mới, vợ chồng tôi yên tâm trồng ngô, nuôi bò". Gia đình bà Lò Thị Dua (dân tộc Lô Lô) ở thôn Sán Tớ, xã Sơn Vĩ, cũng là một trong những hộ được nhận nhà đợt này.
Phát biểu tại buổi lễ, bà Nguyễn Thị Thu Hương cho biết, thực hiện Kế hoạch số 27/KH-CTĐ ngày 15/3/2022 của Ban Thường vụ Hội Chữ thập đỏ tỉnh và hưởng ứng phong trào "Tết nhân ái", từ đầu năm đến nay các cấp Hội trong tỉnh đã vận động hơn 9,6 tỷ đồng, xây dựng 134 nhà nhân đạo, trợ giúp 21.500 lượt người có hoàn cảnh khó khăn. Cùng với Nghị quyết số 16/2021/NQ-HĐND của HĐND tỉnh về hỗ trợ xóa nhà tạm cho hộ nghèo, nguồn lực nhân đạo đã góp phần để gần 2.000 hộ nghèo trong tỉnh có nhà ở ổn định.
Theo Thượng tá Lý Văn Hồng, thực hiện chương trình "Bộ đội Biên phòng chung sức xây dựng nông thôn mới", từ năm 2020 đến nay lực lượng Biên phòng tỉnh đã giúp đồng bào các xã biên giới xây dựng 312 căn nhà, làm 46 km đường bê tông và nhận đỡ đầu 215 học sinh theo chương trình "Nâng bước em tới trường".
Ông Sùng Mí Chứ cảm ơn các nhà tài trợ và cho biết, huyện Mèo Vạc hiện còn 38,6% hộ nghèo, trong đó hơn 1.100 hộ còn ở nhà tạm. Huyện đề nghị Hội Chữ thập đỏ tỉnh tiếp tục quan tâm hỗ trợ các xã vùng biên.
Dịp này, Đồn Biên phòng Xín Cái và Hội Chữ thập đỏ huyện Mèo Vạc tặng 60 suất quà, mỗi suất trị giá 500.000 đồng cho các hộ nghèo và 100 chiếc chăn ấm cho học sinh bán trú.
Minh Hương
Tin khác
- Hà Giang: Ra quân Tháng Nhân đạo năm 2022 (08/05/2022)
- Hội Chữ thập đỏ huyện Đồng Văn trao 300 suất quà (14/10/2022)
- Bộ đội Biên phòng giúp dân xây nhà trên cao nguyên đá (03/11/2022)
""", "2022-11-18",
"Bàn giao 20 nhà nhân đạo cho hộ nghèo huyện Mèo Vạc",
E("trao_qua", None, "2022-11-17"),
[P("Nguyễn Thị Thu Hương", "Chủ tịch Hội Chữ thập đỏ tỉnh"),
 P("Lý Văn Hồng", "Thượng tá", "Phó Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh"),
 P("Sùng Mí Chứ", "Phó Chủ tịch UBND huyện Mèo Vạc"),
 P("Vàng Seo Chẩn", "Trung tá", "Đồn trưởng Đồn Biên phòng Xín Cái"),
 P("Thào Mí Sính"),
 P("Lò Thị Dua")],
[Q("20 nhà nhân đạo", 20, "nhà nhân đạo"),
 Q("từ 40 đến 60 m2", 40, "m2"),
 Q("từ 40 đến 60 m2", 60, "m2"),
 Q("50 triệu đồng", 50000000, "đồng"),
 Q("1 tỷ đồng", 1000000000, "đồng"),
 Q("850 ngày công", 850, "ngày công"),
 Q("7 người", 7, "người"),
 Q("hơn 9,6 tỷ đồng", 9600000000, "đồng", "over"),
 Q("134 nhà nhân đạo", 134, "nhà nhân đạo"),
 Q("21.500 lượt người", 21500, "lượt người"),
 Q("gần 2.000 hộ nghèo", 2000, "hộ nghèo", "approx"),
 Q("312 căn nhà", 312, "căn nhà"),
 Q("46 km", 46, "km"),
 Q("215 học sinh", 215, "học sinh"),
 Q("38,6%", 38.6, "%"),
 Q("hơn 1.100 hộ", 1100, "hộ", "over"),
 Q("60 suất quà", 60, "suất quà"),
 Q("500.000 đồng", 500000, "đồng"),
 Q("100 chiếc chăn ấm", 100, "chiếc chăn ấm")],
[D("Kế hoạch", "27", "KH-CTĐ", "2022-03-15", "Ban Thường vụ Hội Chữ thập đỏ tỉnh", surface="Kế hoạch số 27/KH-CTĐ ngày 15/3/2022 của Ban Thường vụ Hội Chữ thập đỏ tỉnh"),
 D("Nghị quyết", "16", "2021/NQ-HĐND", None, "HĐND tỉnh", surface="Nghị quyết số 16/2021/NQ-HĐND của HĐND tỉnh")],
[prov("Hà Giang"), com("Xín Cái"), com("Sơn Vĩ"), com("Thượng Phùng")],
["BÁO HÀ GIANG ĐIỆN TỬ", "Xã hội - Nhân đạo",
 "Các đại biểu cắt băng bàn giao nhà cho gia đình anh Thào Mí Sính, thôn Xín Chải, xã Xín Cái.", "BHG", "Tết nhân ái",
 "Trung ương Hội Chữ thập đỏ Việt Nam", "Bộ đội Biên phòng chung sức xây dựng nông thôn mới", "Nâng bước em tới trường"],
["Thứ 6, 18/11/2022 - 16:00", "từ năm 2020"]))

# ---------------------------------------------------------------- b789
PAGES.append(page("b789-quangnam-hoinongdan-doithoai-2023", """
BÁO QUẢNG NAM
Thời sự | Chính trị
Thứ Sáu, 30/6/2023, 06:45
Chủ tịch UBND tỉnh đối thoại với nông dân miền núi
Chiều 29/6, tại thị trấn Prao (huyện Đông Giang), Hội Nông dân tỉnh Quảng Nam phối hợp với UBND tỉnh tổ chức hội nghị đối thoại giữa Chủ tịch UBND tỉnh với nông dân năm 2023, chủ đề "Phát triển kinh tế lâm nghiệp, dược liệu gắn với giảm nghèo bền vững vùng miền núi". Hơn 200 hội viên nông dân các huyện Đông Giang, Tây Giang, Nam Giang, Nam Trà My tham dự.
Ông Trần Minh Hiếu, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì đối thoại. Cùng dự có bà Lê Thị Thanh Hương, Chủ tịch Hội Nông dân tỉnh; ông Alăng Tư, Phó Chủ tịch UBND huyện Đông Giang; lãnh đạo các sở Nông nghiệp và PTNT, Tài nguyên và Môi trường, Ban Dân tộc tỉnh.
Theo bà Lê Thị Thanh Hương, toàn tỉnh hiện có 12.500 ha quế, trên 1.800 ha sâm Ngọc Linh và các loại dược liệu dưới tán rừng; Quỹ Hỗ trợ nông dân tỉnh đang cho 1.050 hộ vay với dư nợ 28 tỷ đồng. Trước hội nghị, Hội Nông dân tỉnh đã tổng hợp 43 ý kiến của nông dân gửi UBND tỉnh.
Tại hội nghị, 17 ý kiến được nêu trực tiếp. Ông Bh'riu Pố ở thôn Arớt, xã Tà Lu, phản ánh giá sâm giống cao, bà con không đủ vốn đầu tư; bà Zơ Râm Thị Bết, chi hội trưởng nông dân thôn Pơrning (xã Sông Kôn), đề nghị tăng mức hỗ trợ khoán bảo vệ rừng, hiện khoảng 400.000 đồng/ha/năm. Ông Hốih Văn Lưới, già làng thôn Ban Mai (xã Ba), kiến nghị sớm giao đất, giao rừng cho các hộ đồng bào Cơ Tu đã sinh sống ổn định lâu đời.
Trả lời các ý kiến, ông Trần Minh Hiếu cho biết, tỉnh đang triển khai Quyết định số 90/QĐ-TTg ngày 18/1/2022 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025 và Nghị quyết số 21/2022/NQ-HĐND của HĐND tỉnh, theo đó hộ trồng dược liệu được hỗ trợ 15 triệu đồng/ha. Giá sâm Ngọc Linh thương phẩm hiện ở mức 50 - 60 triệu đồng/kg nên tỉnh sẽ hỗ trợ xây dựng chuỗi liên kết, tránh để nông dân bị ép giá. Về giao đất, giao rừng, Chủ tịch UBND tỉnh giao Sở Tài nguyên và Môi trường phối hợp với các huyện rà soát, hoàn thành trong quý IV/2023.
Ông Trần Minh Hiếu đề nghị Hội Nông dân các cấp tiếp tục phát huy vai trò cầu nối, tổ chức đối thoại định kỳ ở cơ sở, kịp thời phản ánh tâm tư, nguyện vọng của nông dân. Những ý kiến chưa được trả lời tại hội nghị sẽ được các sở, ngành trả lời bằng văn bản.
Dịp này, Hội Nông dân tỉnh trao 30 suất quà cho hội viên nông dân nghèo, mỗi suất 1 triệu đồng.
Hoàng Liên
Tin liên quan
- Hội Nông dân tỉnh giám sát thực hiện chính sách hỗ trợ giống cây trồng (20/06/2023)
- Nông dân Tây Giang làm giàu từ cây ba kích (12/06/2023)
- Ra mắt hợp tác xã dược liệu Sông Kôn (29/05/2023)
""", "2023-06-30",
"Chủ tịch UBND tỉnh đối thoại với nông dân miền núi",
E("doi_thoai", "2023", "2023-06-29"),
[P("Trần Minh Hiếu", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Lê Thị Thanh Hương", "Chủ tịch Hội Nông dân tỉnh"),
 P("Alăng Tư", "Phó Chủ tịch UBND huyện Đông Giang"),
 P("Bh'riu Pố"),
 P("Zơ Râm Thị Bết", "chi hội trưởng nông dân thôn Pơrning"),
 P("Hốih Văn Lưới", "già làng thôn Ban Mai")],
[Q("Hơn 200 hội viên nông dân", 200, "hội viên nông dân", "over"),
 Q("12.500 ha", 12500, "ha"),
 Q("trên 1.800 ha", 1800, "ha", "over"),
 Q("1.050 hộ", 1050, "hộ"),
 Q("28 tỷ đồng", 28000000000, "đồng"),
 Q("43 ý kiến", 43, "ý kiến"),
 Q("17 ý kiến", 17, "ý kiến"),
 Q("khoảng 400.000 đồng/ha/năm", 400000, "đồng", "approx"),
 Q("15 triệu đồng/ha", 15000000, "đồng"),
 Q("50 - 60 triệu đồng/kg", 50000000, "đồng"),
 Q("50 - 60 triệu đồng/kg", 60000000, "đồng"),
 Q("30 suất quà", 30, "suất quà"),
 Q("1 triệu đồng", 1000000, "đồng")],
[D("Quyết định", "90", "QĐ-TTg", "2022-01-18", "Thủ tướng Chính phủ", surface="Quyết định số 90/QĐ-TTg ngày 18/1/2022 của Thủ tướng Chính phủ"),
 D("Nghị quyết", "21", "2022/NQ-HĐND", None, "HĐND tỉnh", surface="Nghị quyết số 21/2022/NQ-HĐND của HĐND tỉnh")],
[prov("Quảng Nam"), com("Prao"), com("Tà Lu"), com("Sông Kôn"), com("Ba")],
["BÁO QUẢNG NAM", "Thời sự | Chính trị", "Phát triển kinh tế lâm nghiệp, dược liệu gắn với giảm nghèo bền vững vùng miền núi",
 "Quỹ Hỗ trợ nông dân", "sâm Ngọc Linh"],
["Thứ Sáu, 30/6/2023, 06:45", "năm 2023", "giai đoạn 2021 - 2025", "quý IV/2023"]))

# ---------------------------------------------------------------- b790
PAGES.append(page("b790-ninhthuan-mttq-taphuan-2023", """
Báo Ninh Thuận điện tử
Trang chủ » Chính trị - Xã hội » Mặt trận
15 Tháng 9, 2023 | 10:20
Tập huấn nghiệp vụ giám sát, phản biện xã hội cho cán bộ Mặt trận cơ sở
Trong 2 ngày 13 và 14/9, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Ninh Thuận tổ chức lớp tập huấn nghiệp vụ công tác giám sát, phản biện xã hội năm 2023 cho 150 học viên là Chủ tịch, Phó Chủ tịch Ủy ban MTTQ và Trưởng Ban Thanh tra nhân dân của 65 xã, phường, thị trấn trong tỉnh.
Bà Thập Thị Kim Liên, Phó Chủ tịch Ủy ban MTTQ tỉnh dự và phát biểu khai mạc. Báo cáo viên là ông Hoàng Minh Quân, Phó Trưởng ban Dân chủ - Pháp luật Ủy ban Trung ương MTTQ Việt Nam và ông Lưu Xuân Thủy, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh.
Trong 2 ngày, các học viên được truyền đạt 8 chuyên đề, trong đó có những điểm mới của Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 có hiệu lực từ ngày 1/7/2023 và Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ quy định chi tiết một số điều của Luật; quy trình giám sát, phản biện xã hội theo Quyết định số 217-QĐ/TW của Bộ Chính trị; kỹ năng tổ chức hội nghị đối thoại, tiếp nhận và xử lý kiến nghị của cử tri; hoạt động của Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng.
Theo báo cáo, 8 tháng năm 2023, Mặt trận các cấp trong tỉnh đã chủ trì 124 cuộc giám sát, tổ chức 19 hội nghị phản biện xã hội; Ban Thanh tra nhân dân các xã, phường, thị trấn kiến nghị giải quyết 46 vụ việc, phát hiện sai phạm và kiến nghị thu hồi hơn 320 triệu đồng. Tuy nhiên, chất lượng giám sát ở một số cơ sở chưa cao, việc theo dõi kết quả thực hiện kiến nghị sau giám sát còn hạn chế.
Tại buổi thảo luận, bà Pinăng Thị Hiền, Chủ tịch Ủy ban MTTQ xã Phước Bình (huyện Bác Ái), cho biết nhiều thành viên Ban Thanh tra nhân dân ở các thôn đồng bào Raglai còn ngại va chạm, thiếu kỹ năng lập biên bản. Ông Quảng Văn Tình, Trưởng Ban Thanh tra nhân dân xã Phước Hải (huyện Ninh Phước), đề nghị có tài liệu song ngữ Việt - Chăm để tuyên truyền cho bà con. Chị Châu Thị Mỹ Dung, cán bộ Mặt trận phường Đô Vinh, mong muốn được tập huấn thêm về giám sát việc thực hiện các dự án trên địa bàn dân cư.
Phát biểu bế giảng, bà Thập Thị Kim Liên đề nghị học viên vận dụng kiến thức vào thực tiễn, thực hiện tốt Kế hoạch số 214/KH-MTTQ-BTT ngày 20/8/2023 của Ban Thường trực Ủy ban MTTQ tỉnh về giám sát, phản biện xã hội những tháng cuối năm 2023. Kết thúc lớp học, 100% học viên đạt yêu cầu và được cấp giấy chứng nhận.
Phương Bình
Các tin khác
- Mặt trận tỉnh phản biện dự thảo nghị quyết về hỗ trợ học sinh (30/08/2023)
- Hội nghị người có uy tín trong đồng bào Chăm năm 2023 (18/08/2023)
- Giám sát thực hiện chính sách bảo hiểm y tế tại Thuận Bắc (09/08/2023)
""", "2023-09-15",
"Tập huấn nghiệp vụ giám sát, phản biện xã hội cho cán bộ Mặt trận cơ sở",
E("tap_huan", "2023", "2023-09-13"),
[P("Thập Thị Kim Liên", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Hoàng Minh Quân", "Phó Trưởng ban Dân chủ - Pháp luật Ủy ban Trung ương MTTQ Việt Nam"),
 P("Lưu Xuân Thủy", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh"),
 P("Pinăng Thị Hiền", "Chủ tịch Ủy ban MTTQ xã Phước Bình"),
 P("Quảng Văn Tình", "Trưởng Ban Thanh tra nhân dân xã Phước Hải"),
 P("Châu Thị Mỹ Dung", "cán bộ Mặt trận phường Đô Vinh")],
[Q("150 học viên", 150, "học viên"),
 Q("65 xã, phường, thị trấn", 65, "xã, phường, thị trấn"),
 Q("8 chuyên đề", 8, "chuyên đề"),
 Q("124 cuộc giám sát", 124, "cuộc giám sát"),
 Q("19 hội nghị phản biện xã hội", 19, "hội nghị phản biện xã hội"),
 Q("46 vụ việc", 46, "vụ việc"),
 Q("hơn 320 triệu đồng", 320000000, "đồng", "over"),
 Q("100% học viên", 100, "%")],
[D("Luật", "10", "2022/QH15", None, None, surface="Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15"),
 D("Nghị định", "59", "2023/NĐ-CP", "2023-08-14", "Chính phủ", surface="Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", surface="Quyết định số 217-QĐ/TW của Bộ Chính trị"),
 D("Kế hoạch", "214", "KH-MTTQ-BTT", "2023-08-20", "Ban Thường trực Ủy ban MTTQ tỉnh", surface="Kế hoạch số 214/KH-MTTQ-BTT ngày 20/8/2023 của Ban Thường trực Ủy ban MTTQ tỉnh")],
[prov("Ninh Thuận"), com("Phước Bình"), com("Phước Hải"), com("Đô Vinh")],
["Báo Ninh Thuận điện tử", "Trang chủ » Chính trị - Xã hội » Mặt trận", "Ban Giám sát đầu tư của cộng đồng"],
["15 Tháng 9, 2023 | 10:20", "Trong 2 ngày", "năm 2023", "ngày 1/7/2023", "8 tháng năm 2023", "những tháng cuối năm 2023"]))
