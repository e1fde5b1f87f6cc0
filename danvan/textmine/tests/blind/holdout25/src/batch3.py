from lib import *
from furniture import FOOT
PAGES = []

PAGES.append(page("b569-daknong-mttq-quatet-2022", """
ỦY BAN MTTQ VIỆT NAM TỈNH ĐẮK NÔNG
Trang chủ » Tin tức » An sinh xã hội
Cập nhật: 15:10, 25/01/2022 (GMT+7)
Mặt trận tỉnh trao 2.600 suất quà Tết cho đồng bào M'nông, Mạ
Trong 2 ngày 23 và 24/1/2022, các đoàn công tác của Ủy ban MTTQ Việt Nam tỉnh Đắk Nông đã đến thăm, chúc Tết Nhâm Dần và trao 2.600 suất quà cho hộ nghèo, hộ cận nghèo đồng bào M'nông, Mạ, Ê Đê tại các xã Quảng Trực, Đắk Ngo và Đắk R'Măng.
Bà Điểu Thị Mai trao quà Tết cho hộ nghèo xã Quảng Trực.
Các đoàn do bà Điểu Thị Mai, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh và các ông Thị Trung Sơn, Y Quang Bkrông - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh dẫn đầu. Cùng đi có Linh mục Giuse Trần Văn Sửu, chánh xứ giáo xứ Đắk Mil và đại diện Ban Đại diện Phật giáo tỉnh.
Mỗi suất quà trị giá 500.000 đồng, gồm gạo, dầu ăn, bánh kẹo và tiền mặt; tổng giá trị 1,3 tỷ đồng, được trích từ Quỹ "Vì người nghèo" và nguồn vận động các doanh nghiệp, tôn giáo. Riêng Tòa Giám mục Ban Mê Thuột và các giáo xứ trên địa bàn góp 400 suất quà.
Tại xã Quảng Trực, bà Điểu Thị Mai thăm hỏi già làng Điểu Đăm, người có uy tín bon Bu Prăng, người đã vận động 27 hộ trong bon không nghe theo kẻ xấu, không vượt biên trái phép. Bà Thị Nhen, Trưởng ban Công tác Mặt trận bon Bu Prăng, cho biết năm 2021 bon có 19 hộ thoát nghèo.
Năm 2021, Mặt trận các cấp trong tỉnh đã vận động 16,8 tỷ đồng ủng hộ Quỹ "Vì người nghèo", hỗ trợ xây mới 112 căn nhà Đại đoàn kết. Việc trao quà được thực hiện theo Kế hoạch 82/KH-MTTQ-BTT ngày 28/12/2021 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về tổ chức chăm lo Tết Nguyên đán Nhâm Dần, bảo đảm "không để ai không có Tết", và Chỉ thị 12-CT/TU của Ban Thường vụ Tỉnh ủy về tổ chức Tết năm 2022.
Đoàn cũng tặng 150 chăn ấm cho học sinh bán trú Trường Phổ thông dân tộc nội trú huyện Tuy Đức.
H'Linh - Ngọc Hà
Lượt xem: 718
Tin liên quan
- Đắk Nông: hỗ trợ người dân khó khăn do dịch Covid-19
- Hội nghị tổng kết công tác Mặt trận năm 2021
- Trao nhà Đại đoàn kết cho hộ nghèo bon Bu Dấp
- Mặt trận huyện Krông Nô ra mắt mô hình khu dân cư an toàn
- Họp mặt người có uy tín trong đồng bào dân tộc thiểu số
""" + FOOT('Ủy ban MTTQ Việt Nam tỉnh Đắk Nông', 'đường 23/3, phường Nghĩa Trung, TP Gia Nghĩa', '0261.3544.xxx', 'Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh', 'Mặt trận Đắk Nông'),
"2022-01-25", "Mặt trận tỉnh trao 2.600 suất quà Tết cho đồng bào M'nông, Mạ",
E("trao_qua", None, "2022-01-23"),
[P("Điểu Thị Mai", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thị Trung Sơn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Y Quang Bkrông", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Giuse Trần Văn Sửu", "Linh mục", "chánh xứ giáo xứ Đắk Mil"),
 P("Điểu Đăm", "già làng", "người có uy tín bon Bu Prăng"),
 P("Thị Nhen", "Trưởng ban Công tác Mặt trận bon Bu Prăng")],
[Q("2.600 suất quà", 2600, "suất quà"),
 Q("500.000 đồng", 500000, "đồng"),
 Q("1,3 tỷ đồng", 1300000000, "đồng"),
 Q("400 suất quà", 400, "suất quà"),
 Q("27 hộ", 27, "hộ"),
 Q("19 hộ", 19, "hộ"),
 Q("16,8 tỷ đồng", 16800000000, "đồng"),
 Q("112 căn nhà", 112, "căn nhà"),
 Q("150 chăn ấm", 150, "chăn ấm")],
[D("Kế hoạch", "82", "KH-MTTQ-BTT", "2021-12-28", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch 82/KH-MTTQ-BTT"),
 D("Chỉ thị", "12", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 12-CT/TU")],
[prov("Đắk Nông"), com("Quảng Trực"), com("Đắk Ngo"), com("Đắk R'Măng")],
["ỦY BAN MTTQ VIỆT NAM TỈNH ĐẮK NÔNG", "Trang chủ » Tin tức » An sinh xã hội", "Bà Điểu Thị Mai trao quà Tết cho hộ nghèo xã Quảng Trực.",
 "Vì người nghèo", "không để ai không có Tết", "bon Bu Prăng", "Tòa Giám mục Ban Mê Thuột", "Lượt xem: 718"],
["Cập nhật: 15:10, 25/01/2022 (GMT+7)", "2 ngày", "Lượt xem: 718"]))

PAGES.append(page("b570-camau-hccb-tongket-2022", """
HỘI CỰU CHIẾN BINH TỈNH CÀ MAU
Trang chủ | Tin hoạt động | Hội CCB các cấp
15 tháng 12, 2022 | 08:20
Hội CCB tỉnh tổng kết công tác Hội năm 2022
Chiều 14/12, Hội Cựu chiến binh tỉnh Cà Mau tổ chức hội nghị tổng kết công tác Hội và phong trào CCB năm 2022, triển khai phương hướng năm 2023. Dự có 31 đồng chí Ủy viên Ban Chấp hành Hội CCB tỉnh và đại diện lãnh đạo Hội CCB 9 huyện, thành phố.
Đại tá Lê Văn Tâm phát biểu tại hội nghị.
Đại tá Lê Văn Tâm, Tỉnh ủy viên, Chủ tịch Hội CCB tỉnh chủ trì. Dự hội nghị có đồng chí Lâm Thị Sa Ry, TUV, Phó Trưởng Ban Dân vận Tỉnh ủy. Các Phó Chủ tịch Hội CCB tỉnh: Thượng tá Phan Văn Đực, Trung tá Danh Sơn cùng điều hành hội nghị.
Năm 2022, các cấp Hội đã kết nạp 412 hội viên mới, nâng tổng số hội viên toàn tỉnh lên 24.380 người. Phong trào "CCB giúp nhau giảm nghèo, làm kinh tế giỏi" có 1.835 hội viên được công nhận làm kinh tế giỏi; Hội phối hợp với Ngân hàng Chính sách xã hội quản lý 187 tổ tiết kiệm và vay vốn với dư nợ hơn 460 tỷ đồng. Các cấp Hội vận động xây dựng 45 căn nhà "Nghĩa tình đồng đội", mỗi căn 60 triệu đồng, và giúp 96 hộ hội viên thoát nghèo.
Hội thực hiện Hướng dẫn 31, 32-HD/CCB của Ban Thường vụ Trung ương Hội CCB Việt Nam về sinh hoạt chính trị, kết hợp với Chỉ thị 05-CT/TW của Bộ Chính trị về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.
Ông Thạch Phươl, Chủ tịch Hội CCB xã Khánh Bình Tây, đồng bào Khmer, chia sẻ: xã có 28 CCB tham gia tổ hòa giải ở cơ sở, hòa giải thành 17 vụ việc trong năm.
Phát biểu, đồng chí Lâm Thị Sa Ry đề nghị Hội tiếp tục phát huy bản chất "Bộ đội Cụ Hồ", tham gia xây dựng Đảng, chính quyền trong sạch, vững mạnh.
Hội nghị dành thời gian thảo luận về việc phát huy vai trò CCB trong phòng, chống tham nhũng, tiêu cực và tuyên truyền, phản bác các quan điểm sai trái trên mạng xã hội.
Dịp này, Hội CCB tỉnh khen thưởng 11 tập thể và 19 cá nhân.
Văn Đông
Tin liên quan
- Hội CCB Cà Mau trao nhà Nghĩa tình đồng đội ở huyện Trần Văn Thời
- Giao ban Hội CCB khu vực đồng bằng sông Cửu Long
- CCB Năm Căn làm giàu từ mô hình tôm - rừng
- Tọa đàm kỷ niệm 33 năm Ngày thành lập Hội CCB Việt Nam
- Hội nghị Ban Chấp hành Hội CCB tỉnh lần thứ 8
- Cựu chiến binh tham gia bảo vệ rừng phòng hộ ven biển
- Hội CCB xã Tân Hưng Đông ra mắt tổ tự quản an ninh trật tự
""" + FOOT('Hội Cựu chiến binh tỉnh Cà Mau', 'số 16 đường Phan Ngọc Hiển, phường 5, TP Cà Mau', '0290.3831.xxx', 'Chủ tịch Hội CCB tỉnh', 'Cựu chiến binh Cà Mau'),
"2022-12-15", "Hội CCB tỉnh tổng kết công tác Hội năm 2022",
E("tong_ket", "2022", "2022-12-14"),
[P("Lê Văn Tâm", "Đại tá", "Tỉnh ủy viên", "Chủ tịch Hội CCB tỉnh"),
 P("Lâm Thị Sa Ry", "TUV", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phan Văn Đực", "Thượng tá", "Phó Chủ tịch Hội CCB tỉnh"),
 P("Danh Sơn", "Trung tá", "Phó Chủ tịch Hội CCB tỉnh"),
 P("Thạch Phươl", "Chủ tịch Hội CCB xã Khánh Bình Tây")],
[Q("31 đồng chí", 31, "đồng chí"),
 Q("9 huyện, thành phố", 9, "huyện, thành phố"),
 Q("412 hội viên", 412, "hội viên"),
 Q("24.380 người", 24380, "người"),
 Q("1.835 hội viên", 1835, "hội viên"),
 Q("187 tổ tiết kiệm và vay vốn", 187, "tổ tiết kiệm và vay vốn"),
 Q("hơn 460 tỷ đồng", 460000000000, "đồng", "over"),
 Q("45 căn nhà", 45, "căn nhà"),
 Q("60 triệu đồng", 60000000, "đồng"),
 Q("96 hộ hội viên", 96, "hộ hội viên"),
 Q("28 CCB", 28, "CCB"),
 Q("17 vụ việc", 17, "vụ việc")],
[D("Hướng dẫn", "31", "HD/CCB", None, "Ban Thường vụ Trung ương Hội CCB Việt Nam", "Hướng dẫn 31, 32-HD/CCB"),
 D("Hướng dẫn", "32", "HD/CCB", None, "Ban Thường vụ Trung ương Hội CCB Việt Nam", "Hướng dẫn 31, 32-HD/CCB"),
 D("Chỉ thị", "05", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 05-CT/TW")],
[prov("Cà Mau"), com("Khánh Bình Tây")],
["HỘI CỰU CHIẾN BINH TỈNH CÀ MAU", "Trang chủ | Tin hoạt động | Hội CCB các cấp", "Đại tá Lê Văn Tâm phát biểu tại hội nghị.",
 "CCB giúp nhau giảm nghèo, làm kinh tế giỏi", "Nghĩa tình đồng đội", "Bộ đội Cụ Hồ"],
["15 tháng 12, 2022 | 08:20", "31 đồng chí", "năm 2023"]))

PAGES.append(page("b571-longan-bdv-doithoai-2023", """
BÁO LONG AN ĐIỆN TỬ
Thời sự > Chính trị > Dân vận
03/11/2023 - 17:10
Người đứng đầu cấp ủy đối thoại với công nhân khu công nghiệp
Ngày 2/11/2023, tại xã Đức Hòa Hạ, Huyện ủy Đức Hòa phối hợp Ban Dân vận Tỉnh ủy Long An tổ chức hội nghị đối thoại năm 2023 giữa người đứng đầu cấp ủy, chính quyền với hơn 400 công nhân, người lao động tại các khu công nghiệp trên địa bàn.
Công nhân nêu ý kiến tại buổi đối thoại.
Chủ trì đối thoại có ông Trương Văn Nhân, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Huyện ủy Đức Hòa; ông Huỳnh Văn Quang Hưng, Phó Trưởng Ban Dân vận Tỉnh ủy; bà Lâm Ngọc Hoa, HUV, Chủ tịch Liên đoàn Lao động huyện. Tham dự có ông Quách Chí Thành, Phó Chủ tịch Hội Doanh nhân người Hoa tỉnh, Tổng giám đốc một doanh nghiệp da giày.
Tại buổi đối thoại, công nhân nêu 36 ý kiến về tiền lương, nhà trọ, trường học cho con em. Chị Thạch Thị Bô Pha, công nhân Công ty giày da, quê Sóc Trăng, cho biết khu nhà trọ có 120 phòng nhưng mới có 2 nhóm trẻ tư thục; chị đề nghị hỗ trợ tiền gửi trẻ 200.000 đồng/tháng.
Trả lời, ông Trương Văn Nhân cho biết huyện đang triển khai Nghị quyết 02-NQ/TW của Bộ Chính trị về đổi mới tổ chức và hoạt động của Công đoàn Việt Nam và Kế hoạch 215-KH/HU ngày 10/4/2023 của Huyện ủy về nhà ở cho công nhân; năm 2023 huyện hỗ trợ 1.250 công nhân mất việc, mỗi người 1,5 triệu đồng. Ông Quách Chí Thành cam kết doanh nghiệp dành 3 tỷ đồng xây nhà trẻ cho con công nhân.
Kết thúc đối thoại, 33/36 ý kiến được trả lời trực tiếp, 3 ý kiến được ghi nhận để chuyển các ngành xem xét theo thẩm quyền. Dịp này, Liên đoàn Lao động huyện trao 100 phần quà cho công nhân có hoàn cảnh khó khăn.
Ông Huỳnh Văn Quang Hưng đánh giá cao cách làm của huyện và đề nghị nhân rộng ra 15 huyện, thị xã, thành phố trong tỉnh.
Minh Thư
Tin liên quan
- Long An: 900 công nhân được tư vấn pháp luật miễn phí
- Đối thoại với hội viên nông dân về chuyển đổi số
- Liên đoàn Lao động tỉnh tổ chức "Tháng Công nhân" năm 2023
- Ban Dân vận Tỉnh ủy giao ban khối dân vận quý III
- Nhà trọ công nhân Đức Hòa đón Tết sớm
- Cần Giuộc: đối thoại về bồi thường, giải phóng mặt bằng dự án đường vành đai
- Mặt trận tỉnh trao quà cho công nhân có hoàn cảnh khó khăn
""" + FOOT('Báo Long An', 'số 20 đường Võ Văn Tần, phường 2, TP Tân An', '0272.3826.xxx', 'Tổng Biên tập', 'Báo Long An điện tử', 'Giấy phép số 102/GP-BTTTT'),
"2023-11-03", "Người đứng đầu cấp ủy đối thoại với công nhân khu công nghiệp",
E("doi_thoai", "2023", "2023-11-02"),
[P("Trương Văn Nhân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Bí thư Huyện ủy Đức Hòa"),
 P("Huỳnh Văn Quang Hưng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lâm Ngọc Hoa", "HUV", "Chủ tịch Liên đoàn Lao động huyện"),
 P("Quách Chí Thành", "Phó Chủ tịch Hội Doanh nhân người Hoa tỉnh", "Tổng giám đốc một doanh nghiệp da giày"),
 P("Thạch Thị Bô Pha", "công nhân Công ty giày da")],
[Q("hơn 400 công nhân, người lao động", 400, "công nhân, người lao động", "over"),
 Q("36 ý kiến", 36, "ý kiến"),
 Q("120 phòng", 120, "phòng"),
 Q("2 nhóm trẻ", 2, "nhóm trẻ"),
 Q("200.000 đồng/tháng", 200000, "đồng"),
 Q("1.250 công nhân", 1250, "công nhân"),
 Q("1,5 triệu đồng", 1500000, "đồng"),
 Q("3 tỷ đồng", 3000000000, "đồng"),
 Q("33/36 ý kiến", 33, "ý kiến"),
 Q("3 ý kiến", 3, "ý kiến"),
 Q("100 phần quà", 100, "phần quà"),
 Q("15 huyện, thị xã, thành phố", 15, "huyện, thị xã, thành phố")],
[D("Nghị quyết", "02", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết 02-NQ/TW"),
 D("Kế hoạch", "215", "KH/HU", "2023-04-10", "Huyện ủy", "Kế hoạch 215-KH/HU")],
[prov("Long An"), com("Đức Hòa Hạ"), prov("Sóc Trăng")],
["BÁO LONG AN ĐIỆN TỬ", "Thời sự > Chính trị > Dân vận", "Công nhân nêu ý kiến tại buổi đối thoại.", "Sóc Trăng"],
["03/11/2023 - 17:10"]))

PAGES.append(page("b572-haugiang-hnd-giaoban-quy2-2023", """
HỘI NÔNG DÂN TỈNH HẬU GIANG
Trang chủ / Hoạt động / Tin Hội
Ngày 06/07/2023 | 14:05
Giao ban công tác Hội quý II
Sáng 5/7, Ban Thường vụ Hội Nông dân tỉnh Hậu Giang tổ chức hội nghị giao ban công tác Hội quý II/2023 với Thường trực Hội Nông dân 8 huyện, thị xã, thành phố.
Ông Nguyễn Văn Bảy báo cáo tại hội nghị.
Ông Nguyễn Văn Bảy, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh chủ trì. Dự có ông Danh Minh Tuấn, Phó Trưởng Ban Dân vận Tỉnh ủy. Các Phó Chủ tịch Hội Nông dân tỉnh gồm ông Thạch Đen, bà Lý Thị Kiều Oanh cùng tham gia điều hành.
Trong quý II, các cấp Hội vận động 1.130 hộ nông dân chuyển đổi 2.460 ha lúa kém hiệu quả sang trồng khóm, mít, nuôi cá; phối hợp tổ chức 74 buổi tập huấn kỹ thuật cho 3.920 lượt hội viên. Quỹ Hỗ trợ nông dân giải ngân thêm 2,7 tỷ đồng cho 54 dự án, nâng tổng nguồn quỹ lên 36,4 tỷ đồng. Giá khóm tăng từ 4.500 đồng/kg lên 7.000 đồng/kg giúp hội viên có lãi.
Hội triển khai Kết luận 61-KL/TW của Ban Bí thư, Quyết định 1071/QĐ-UBND ngày 12/5/2023 của UBND tỉnh về hỗ trợ hợp tác xã nông nghiệp, cùng Kế hoạch 08, 09-KH/HNDT của Ban Thường vụ Hội Nông dân tỉnh về phong trào nông dân sản xuất, kinh doanh giỏi và chương trình "Mỗi xã một sản phẩm".
Ông Thạch Sa Rươne, Chủ tịch Hội Nông dân xã Hỏa Lựu, đồng bào Khmer, cho biết hội xã đã giúp 12 hộ nông dân Khmer vay vốn nuôi lươn không bùn. Ông Danh Minh Tuấn đề nghị Hội tham gia vận động nhân dân thực hiện cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".
Một số ý kiến phản ánh giá vật tư nông nghiệp còn cao, đầu ra cho nông sản chưa ổn định, đề nghị Hội tỉnh kiến nghị các ngành tháo gỡ.
Quý III, Hội tập trung chuẩn bị đại hội Hội Nông dân cấp cơ sở nhiệm kỳ 2023 - 2028.
Thúy Vy
Lượt xem: 287
Tin liên quan
- Hậu Giang: nông dân Long Mỹ làm giàu từ cây mít Thái
- Tập huấn chuyển đổi số cho cán bộ Hội cơ sở
- Hội Nông dân tỉnh sơ kết 6 tháng đầu năm 2023
- Đại hội Hội Nông dân xã Vị Thủy nhiệm kỳ 2023 - 2028
- Nông dân Phụng Hiệp liên kết tiêu thụ khóm
- Hội Nông dân tỉnh ký kết chương trình phối hợp với Ngân hàng Nông nghiệp
- Câu lạc bộ nông dân Khmer giữ nghề làm bánh truyền thống
""" + FOOT('Hội Nông dân tỉnh Hậu Giang', 'số 3 đường Trần Hưng Đạo, phường 5, TP Vị Thanh', '0293.3876.xxx', 'Chủ tịch Hội Nông dân tỉnh', 'Hội Nông dân Hậu Giang'),
"2023-07-06", "Giao ban công tác Hội quý II",
E("giao_ban", "2023-Q2", "2023-07-05"),
[P("Nguyễn Văn Bảy", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh"),
 P("Danh Minh Tuấn", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thạch Đen", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Lý Thị Kiều Oanh", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Thạch Sa Rươne", "Chủ tịch Hội Nông dân xã Hỏa Lựu")],
[Q("8 huyện, thị xã, thành phố", 8, "huyện, thị xã, thành phố"),
 Q("1.130 hộ nông dân", 1130, "hộ nông dân"),
 Q("2.460 ha", 2460, "ha"),
 Q("74 buổi tập huấn", 74, "buổi tập huấn"),
 Q("3.920 lượt hội viên", 3920, "lượt hội viên"),
 Q("2,7 tỷ đồng", 2700000000, "đồng"),
 Q("54 dự án", 54, "dự án"),
 Q("36,4 tỷ đồng", 36400000000, "đồng"),
 Q("4.500 đồng/kg", 4500, "đồng"),
 Q("7.000 đồng/kg", 7000, "đồng"),
 Q("12 hộ nông dân Khmer", 12, "hộ nông dân Khmer")],
[D("Kết luận", "61", "KL/TW", None, "Ban Bí thư", "Kết luận 61-KL/TW"),
 D("Quyết định", "1071", "QĐ-UBND", "2023-05-12", "UBND tỉnh", "Quyết định 1071/QĐ-UBND"),
 D("Kế hoạch", "08", "KH/HNDT", None, "Ban Thường vụ Hội Nông dân tỉnh", "Kế hoạch 08, 09-KH/HNDT"),
 D("Kế hoạch", "09", "KH/HNDT", None, "Ban Thường vụ Hội Nông dân tỉnh", "Kế hoạch 08, 09-KH/HNDT")],
[prov("Hậu Giang"), com("Hỏa Lựu")],
["HỘI NÔNG DÂN TỈNH HẬU GIANG", "Trang chủ / Hoạt động / Tin Hội", "Ông Nguyễn Văn Bảy báo cáo tại hội nghị.",
 "Mỗi xã một sản phẩm", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Quỹ Hỗ trợ nông dân", "Lượt xem: 287"],
["Ngày 06/07/2023 | 14:05", "Quý III", "nhiệm kỳ 2023 - 2028", "Lượt xem: 287"]))

PAGES.append(page("b573-binhduong-mttq-nguoihoa-giaoban-2024", """
CỔNG THÔNG TIN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH BÌNH DƯƠNG
You are here: Trang chủ > Tin tức > Công tác dân tộc - tôn giáo
Ngày đăng: 11/04/2024 09:00
Mặt trận gặp gỡ, giao ban với các hội đoàn người Hoa
Ngày 10/4/2024, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Bình Dương tổ chức hội nghị giao ban quý I năm 2024 với các hội đoàn, hội quán người Hoa và Ban đại diện các dân tộc thiểu số trên địa bàn tỉnh.
Bà Nguyễn Thị Kim Oanh phát biểu tại hội nghị giao ban.
Chủ trì hội nghị có bà Nguyễn Thị Kim Oanh, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Lâm Văn Hùng, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh. Tham dự có các ông Lưu Khải Minh, Tạ Chấn Phát - Phó Trưởng ban Quản trị Hội quán Phước Kiến Thủ Dầu Một; ông Thạch Ngọc Sơn, Trưởng ban đại diện đồng bào Khmer tỉnh.
Theo báo cáo, quý I các hội quán người Hoa đã đóng góp 6,2 tỷ đồng cho công tác an sinh, trao 3.400 phần quà Tết cho công nhân và hộ nghèo, tặng 250 suất học bổng, mỗi suất 2 triệu đồng. Toàn tỉnh hiện có khoảng 27.000 người Hoa, 14 hội quán, miếu, chùa người Hoa; các hội đoàn đã góp 45 căn nhà Đại đoàn kết cho hộ nghèo.
Ông Lâm Văn Hùng thông tin việc thực hiện Kết luận 65-KL/TW của Bộ Chính trị về công tác dân tộc và Kế hoạch 33-KH/MTTQ-BTT ngày 05/01/2024 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về công tác vận động đồng bào dân tộc thiểu số năm 2024.
Ông Lưu Khải Minh đề nghị hỗ trợ tổ chức lễ hội Chùa Bà Thiên Hậu rằm tháng Giêng năm 2025 an toàn. Ông Thạch Ngọc Sơn cho biết hơn 3.500 công nhân Khmer sẽ được các doanh nghiệp bố trí về quê đón Tết Chôl Chnăm Thmây.
Bà Nguyễn Thị Kim Oanh ghi nhận và đề nghị quý II phối hợp tổ chức họp mặt người có uy tín, phấn đấu vận động thêm 20 căn nhà.
Tường Vi
Lượt xem: 533
Tin liên quan
- Bình Dương: rước kiệu Bà Thiên Hậu an toàn, trang nghiêm
- Mặt trận tỉnh trao quà Tết cho công nhân khó khăn
- Hội nghị tổng kết công tác Mặt trận năm 2023
- Hội nghị giao ban quý IV/2023
- Thăm, chúc Tết Chôl Chnăm Thmây đồng bào Khmer đang làm việc tại Bình Dương
- Hội quán người Hoa góp sức xây dựng khu dân cư văn minh
""" + FOOT('Ủy ban MTTQ Việt Nam tỉnh Bình Dương', 'Tháp A, Trung tâm Hành chính tập trung tỉnh, phường Hòa Phú, TP Thủ Dầu Một', '0274.3822.xxx', 'Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh', 'Mặt trận Bình Dương'),
"2024-04-11", "Mặt trận gặp gỡ, giao ban với các hội đoàn người Hoa",
E("giao_ban", "2024-Q1", "2024-04-10"),
[P("Nguyễn Thị Kim Oanh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lâm Văn Hùng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lưu Khải Minh", "Phó Trưởng ban Quản trị Hội quán Phước Kiến Thủ Dầu Một"),
 P("Tạ Chấn Phát", "Phó Trưởng ban Quản trị Hội quán Phước Kiến Thủ Dầu Một"),
 P("Thạch Ngọc Sơn", "Trưởng ban đại diện đồng bào Khmer tỉnh")],
[Q("6,2 tỷ đồng", 6200000000, "đồng"),
 Q("3.400 phần quà", 3400, "phần quà"),
 Q("250 suất học bổng", 250, "suất học bổng"),
 Q("2 triệu đồng", 2000000, "đồng"),
 Q("khoảng 27.000 người Hoa", 27000, "người Hoa", "approx"),
 Q("14 hội quán, miếu, chùa người Hoa", 14, "hội quán, miếu, chùa người Hoa"),
 Q("45 căn nhà", 45, "căn nhà"),
 Q("hơn 3.500 công nhân Khmer", 3500, "công nhân Khmer", "over"),
 Q("20 căn nhà", 20, "căn nhà")],
[D("Kết luận", "65", "KL/TW", None, "Bộ Chính trị", "Kết luận 65-KL/TW"),
 D("Kế hoạch", "33", "KH/MTTQ-BTT", "2024-01-05", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch 33-KH/MTTQ-BTT")],
[prov("Bình Dương")],
["CỔNG THÔNG TIN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH BÌNH DƯƠNG", "You are here: Trang chủ > Tin tức > Công tác dân tộc - tôn giáo",
 "Bà Nguyễn Thị Kim Oanh phát biểu tại hội nghị giao ban.", "Hội quán Phước Kiến Thủ Dầu Một", "Chùa Bà Thiên Hậu", "Lượt xem: 533"],
["Ngày đăng: 11/04/2024 09:00", "rằm tháng Giêng năm 2025", "quý II", "Lượt xem: 533"]))

PAGES.append(page("b574-vinhlong-bdv-tongket-2024", """
BAN DÂN VẬN TỈNH ỦY VĨNH LONG
Trang chủ >> Tin tức - Sự kiện >> Tin trong tỉnh
Cập nhật: 09:42, 24/12/2024 (GMT+7)
Vĩnh Long: hơn 2.300 mô hình "Dân vận khéo" được công nhận
Sáng 23/12/2024, Ban Dân vận Tỉnh ủy Vĩnh Long tổ chức hội nghị tổng kết công tác dân vận năm 2024 và triển khai nhiệm vụ năm 2025. Dự hội nghị có đồng chí Nguyễn Thị Minh Hồng, Phó Bí thư Tỉnh ủy.
Đồng chí Thạch Thị Sô Khum trình bày báo cáo tại hội nghị.
Đồng chí Lê Văn Đông, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị. Đồng chí Thạch Thị Sô Khum, Phó Trưởng Ban Dân vận Tỉnh ủy, trình bày báo cáo tổng kết.
Năm 2024, khối dân vận tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận 58, 59-KL/TU về công tác vận động đồng bào Khmer và đồng bào có đạo; phối hợp triển khai phong trào thi đua "Dân vận khéo" với hơn 2.300 mô hình được công nhận, trong đó 128 mô hình trong đồng bào Khmer ở huyện Trà Ôn, Tam Bình và thị xã Bình Minh. Các tầng lớp nhân dân đóng góp 215 tỷ đồng, hiến 86.000 m2 đất xây dựng nông thôn mới; 96% hộ gia đình đạt chuẩn gia đình văn hóa.
Hưởng ứng phong trào thi đua "Cả nước chung tay xóa nhà tạm, nhà dột nát", tỉnh đã khởi công 640 căn nhà, hoàn thành 512 căn nhà cho hộ nghèo, hộ có hoàn cảnh khó khăn theo Quyết định 21/2024/QĐ-TTg của Thủ tướng Chính phủ. Khối dân vận thực hiện Chỉ thị 10-CT/TU của Ban Thường vụ Tỉnh ủy về tinh gọn tổ chức bộ máy.
Tham luận, Hòa thượng Thạch Sóc Khane, Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, trụ trì chùa Phù Ly, xã Loan Mỹ, cho biết 14 chùa Khmer trong tỉnh đã vận động 9 sư sãi tham gia tổ hòa giải. Linh mục Phaolô Trần Văn Lập, giáo xứ Mỹ Thuận, chia sẻ kết quả vận động giáo dân góp 1,2 tỷ đồng làm cầu.
Phát biểu chỉ đạo, đồng chí Phó Bí thư Tỉnh ủy đề nghị khối dân vận chủ động tuyên truyền, tạo đồng thuận khi sắp xếp tổ chức bộ máy theo Nghị quyết 18-NQ/TW.
Dịp này, Ban Dân vận Tỉnh ủy khen thưởng 20 tập thể và 26 cá nhân.
Thanh Tuấn
Tin liên quan
- Vĩnh Long: họp mặt chức sắc, chức việc các tôn giáo nhân dịp Giáng sinh
- Giao ban khối dân vận quý III/2024
- Tôn vinh 40 điển hình "Dân vận khéo"
""" + FOOT('Ban Dân vận Tỉnh ủy Vĩnh Long', 'số 2 đường Hoàng Thái Hiếu, phường 1, TP Vĩnh Long', '0270.3822.xxx', 'Trưởng Ban Dân vận Tỉnh ủy', 'Ban Dân vận Tỉnh ủy Vĩnh Long'),
"2024-12-24", "Vĩnh Long: hơn 2.300 mô hình \"Dân vận khéo\" được công nhận",
E("tong_ket", "2024", "2024-12-23"),
[P("Nguyễn Thị Minh Hồng", "Phó Bí thư Tỉnh ủy"),
 P("Thạch Thị Sô Khum", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Văn Đông", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thạch Sóc Khane", "Hòa thượng", "Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh", "trụ trì chùa Phù Ly"),
 P("Phaolô Trần Văn Lập", "Linh mục")],
[Q("hơn 2.300 mô hình", 2300, "mô hình", "over"),
 Q("128 mô hình", 128, "mô hình"),
 Q("215 tỷ đồng", 215000000000, "đồng"),
 Q("86.000 m2", 86000, "m2"),
 Q("96% hộ gia đình", 96, "%"),
 Q("640 căn nhà", 640, "căn nhà"),
 Q("512 căn nhà", 512, "căn nhà"),
 Q("14 chùa Khmer", 14, "chùa Khmer"),
 Q("9 sư sãi", 9, "sư sãi"),
 Q("1,2 tỷ đồng", 1200000000, "đồng"),
 Q("20 tập thể", 20, "tập thể"),
 Q("26 cá nhân", 26, "cá nhân")],
[D("Kết luận", "58", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 58, 59-KL/TU"),
 D("Kết luận", "59", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 58, 59-KL/TU"),
 D("Quyết định", "21", "2024/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 21/2024/QĐ-TTg"),
 D("Chỉ thị", "10", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 10-CT/TU"),
 D("Nghị quyết", "18", "NQ/TW", None, None, "Nghị quyết 18-NQ/TW")],
[prov("Vĩnh Long"), com("Loan Mỹ")],
["BAN DÂN VẬN TỈNH ỦY VĨNH LONG", "Trang chủ >> Tin tức - Sự kiện >> Tin trong tỉnh", "Đồng chí Thạch Thị Sô Khum trình bày báo cáo tại hội nghị.",
 "Dân vận khéo", "Cả nước chung tay xóa nhà tạm, nhà dột nát", "giáo xứ Mỹ Thuận"],
["Cập nhật: 09:42, 24/12/2024 (GMT+7)", "năm 2025"]))
