from lib import *
PAGES = []

PAGES.append(page("b2183-haiduong-mttq-doithoai-2024", """
ỦY BAN MTTQ VIỆT NAM TỈNH HẢI DƯƠNG
Trang chủ / Tin tức / Dân chủ - Pháp luật
Thứ Hai, 11/11/2024
Ảnh: Đồng chí Nguyễn Thị Ngọc Bích phát biểu tại hội nghị đối thoại.
Người đứng đầu cấp ủy, chính quyền đối thoại với nhân dân về thu hồi đất làm khu công nghiệp
Ngày 8/11/2024, Ban Thường trực Ủy ban MTTQ huyện Kim Thành, tỉnh Hải Dương phối hợp với Huyện ủy, UBND huyện tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2024. Hội nghị tổ chức tại xã Kim Đính, với 215 đại biểu là cử tri các xã có đất bị thu hồi cho dự án Khu công nghiệp Kim Thành II.
Dự và chủ trì đối thoại có các đồng chí: Phạm Văn Đức, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Huyện ủy Kim Thành; Nguyễn Thị Ngọc Bích, Phó Chủ tịch Ủy ban MTTQ tỉnh; Vũ Đình Tiến, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện. Dự hội nghị còn có các đồng chí Phó Chủ tịch UBND huyện: Trần Văn Mạnh, Đỗ Thị Thu Hường.
Trước hội nghị, Ủy ban MTTQ huyện đã tổng hợp 32 ý kiến, kiến nghị của cử tri, tập trung vào giá bồi thường đất nông nghiệp, việc giao đất dịch vụ, chuyển đổi nghề cho 1.460 lao động bị mất việc làm nông nghiệp và ô nhiễm môi trường từ 3 cơ sở sản xuất gần khu dân cư.
Tại hội nghị, 14 ý kiến phát biểu trực tiếp. Ông Nguyễn Văn Thọ, thôn Đình, xã Kim Đính, đề nghị công khai phương án bồi thường với mức 252.000 đồng/m2 đất nông nghiệp, tăng mức hỗ trợ chuyển đổi nghề. Bà Phạm Thị Mến, Chi hội trưởng Chi hội Phụ nữ thôn Thượng, xã Tam Kỳ, phản ánh 27 hộ chưa được giao đất dịch vụ sau 2 năm bàn giao mặt bằng.
Trả lời các ý kiến, đồng chí Vũ Đình Tiến cho biết đơn giá bồi thường được áp dụng theo Quyết định số 36/2024/QĐ-UBND của UBND tỉnh và Luật Đất đai năm 2024; huyện đã chi trả 186,3 tỷ đồng cho 2.085 hộ, đạt 96,7%. Đối với 27 hộ chưa được giao đất dịch vụ, huyện cam kết hoàn thành trước ngày 30/12/2024. Về môi trường, UBND huyện đã xử phạt 2 cơ sở với tổng số tiền 240 triệu đồng.
Kết luận hội nghị, đồng chí Phạm Văn Đức yêu cầu các cơ quan chức năng giải quyết dứt điểm 9 kiến nghị còn tồn đọng; giao Ủy ban MTTQ huyện giám sát việc thực hiện các nội dung đã cam kết theo Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 và Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân. Hội nghị được tổ chức theo Kế hoạch số 145-KH/HU của Ban Thường vụ Huyện ủy.
Văn Hùng
Tin liên quan
- Ninh Giang: giám sát việc thu, chi quỹ tại 8 trường học (04/11/2024)
- Mặt trận tỉnh phản biện dự thảo bảng giá đất điều chỉnh (25/10/2024)
- Thanh Hà: 35 khu dân cư đón nhận danh hiệu văn hóa (17/10/2024)
""", "2024-11-11", "Người đứng đầu cấp ủy, chính quyền đối thoại với nhân dân về thu hồi đất làm khu công nghiệp",
E("doi_thoai", "2024", "2024-11-08"),
[P("Phạm Văn Đức", "Ủy viên Ban Thường vụ Tỉnh ủy", "Bí thư Huyện ủy Kim Thành"),
 P("Nguyễn Thị Ngọc Bích", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Vũ Đình Tiến", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"),
 P("Trần Văn Mạnh", "Phó Chủ tịch UBND huyện"),
 P("Đỗ Thị Thu Hường", "Phó Chủ tịch UBND huyện"),
 P("Nguyễn Văn Thọ"),
 P("Phạm Thị Mến", "Chi hội trưởng Chi hội Phụ nữ thôn Thượng")],
[Q("215 đại biểu", 215, "đại biểu"), Q("32 ý kiến, kiến nghị", 32, "ý kiến, kiến nghị"), Q("1.460 lao động", 1460, "lao động"),
 Q("3 cơ sở sản xuất", 3, "cơ sở sản xuất"), Q("14 ý kiến", 14, "ý kiến"), Q("252.000 đồng", 252000, "đồng"), Q("27 hộ", 27, "hộ"),
 Q("186,3 tỷ đồng", 186300000000, "đồng"), Q("2.085 hộ", 2085, "hộ"), Q("96,7%", 96.7, "%"), Q("2 cơ sở", 2, "cơ sở"),
 Q("240 triệu đồng", 240000000, "đồng"), Q("9 kiến nghị", 9, "kiến nghị")],
[D("Quyết định", "36", "2024/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 36/2024/QĐ-UBND của UBND tỉnh"),
 D("Luật", "10", "2022/QH15", None, None, "Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15"),
 D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", "Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị"),
 D("Kế hoạch", "145", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 145-KH/HU của Ban Thường vụ Huyện ủy")],
[prov("Hải Dương"), com("Kim Đính"), com("Tam Kỳ")],
["ỦY BAN MTTQ VIỆT NAM TỈNH HẢI DƯƠNG", "Trang chủ / Tin tức / Dân chủ - Pháp luật",
 "Ảnh: Đồng chí Nguyễn Thị Ngọc Bích phát biểu tại hội nghị đối thoại.", "Luật Đất đai năm 2024", "Khu công nghiệp Kim Thành II"],
["Thứ Hai, 11/11/2024", "năm 2024", "Kim Thành II", "2 năm", "30/12/2024"]))

PAGES.append(page("b2184-ninhthuan-mttq-guongsang-ttnd-2025", """
BÁO NINH THUẬN ĐIỆN TỬ
Xã hội | Gương sáng
2025-03-20 07:45
Người "giữ lửa" giám sát cộng đồng ở Phước Hà
Ông Chamaléa Đẩu (thứ hai từ trái sang) cùng Ban Thanh tra nhân dân kiểm tra công trình kênh mương. Ảnh: Văn Miên
Gần 12 năm làm Trưởng ban Thanh tra nhân dân xã Phước Hà, huyện Thuận Nam, ông Chamaléa Đẩu, người Raglai, đã cùng các thành viên giám sát hàng trăm công trình, vụ việc ở cơ sở, được bà con tin tưởng gọi là "người giữ lửa" của thôn làng.
Ban Thanh tra nhân dân xã có 7 thành viên, trong đó 4 người là đồng bào Raglai. Năm 2024, Ban đã giám sát 16 công trình do nhà nước và nhân dân cùng làm với tổng vốn 12,8 tỷ đồng, tiếp nhận 23 ý kiến, kiến nghị của người dân; phát hiện 2 công trình kênh mương thi công không đúng thiết kế, kiến nghị chủ đầu tư khắc phục, thu hồi 146 triệu đồng cho ngân sách.
Theo ông Đẩu, điều quan trọng nhất là đi từng nhà, hỏi từng người. Mỗi khi công trình khởi công, ông đều xin bản thiết kế, dự toán, dán công khai ở nhà sinh hoạt cộng đồng để bà con cùng theo dõi. Có lần ông cùng các thành viên túc trực cả ngày ở chân công trình để đếm từng bao xi măng đổ xuống mặt đường.
Bà Katơr Thị Hường, Chủ tịch Ủy ban MTTQ xã Phước Hà, nhận xét: nhờ Ban Thanh tra nhân dân hoạt động hiệu quả, 3 năm liền xã không có đơn thư vượt cấp. Năm 2024, ông Chamaléa Đẩu được Ủy ban MTTQ tỉnh tặng Bằng khen vì thành tích trong công tác giám sát cộng đồng.
Ông Đỗ Minh Khoa, Phó Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh Ninh Thuận, cho biết toàn tỉnh có 65 Ban Thanh tra nhân dân với 614 thành viên và 58 Ban Giám sát đầu tư của cộng đồng. Năm 2024, các Ban Thanh tra nhân dân đã giám sát 412 vụ việc, kiến nghị xử lý 87 vụ việc; Ban Giám sát đầu tư của cộng đồng giám sát 318 công trình.
Hoạt động của các Ban được thực hiện theo Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15, Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ và Hướng dẫn số 38/HD-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam. Theo ông Khoa, khó khăn lớn nhất là kinh phí hoạt động còn thấp, nhiều thành viên lớn tuổi, hạn chế về chuyên môn xây dựng.
"Giám sát không phải để bới lỗi mà để công trình tốt hơn, tiền của dân không thất thoát", ông Đẩu nói. Trước kỳ sắp xếp đơn vị hành chính sắp tới, ông vẫn đều đặn đến từng công trình trong xã, ghi chép cẩn thận vào cuốn sổ đã sờn bìa.
Văn Miên
Tin khác
- Ninh Phước: 20 người có uy tín được biểu dương (14/03/2025)
- Mặt trận tỉnh giám sát việc hỗ trợ nhà ở cho hộ nghèo (06/03/2025)
- Bác Ái: ra mắt 5 tổ tự quản bảo vệ rừng (27/02/2025)
""", "2025-03-20", 'Người "giữ lửa" giám sát cộng đồng ở Phước Hà',
E("khac", None, None),
[P("Chamaléa Đẩu", "Trưởng ban Thanh tra nhân dân xã Phước Hà"),
 P("Katơr Thị Hường", "Chủ tịch Ủy ban MTTQ xã Phước Hà"),
 P("Đỗ Minh Khoa", "Phó Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh Ninh Thuận")],
[Q("7 thành viên", 7, "thành viên"), Q("4 người", 4, "người"), Q("16 công trình", 16, "công trình"), Q("12,8 tỷ đồng", 12800000000, "đồng"),
 Q("23 ý kiến, kiến nghị", 23, "ý kiến, kiến nghị"), Q("2 công trình kênh mương", 2, "công trình kênh mương"),
 Q("146 triệu đồng", 146000000, "đồng"), Q("65 Ban Thanh tra nhân dân", 65, "Ban Thanh tra nhân dân"), Q("614 thành viên", 614, "thành viên"),
 Q("58 Ban Giám sát đầu tư của cộng đồng", 58, "Ban Giám sát đầu tư của cộng đồng"), Q("412 vụ việc", 412, "vụ việc"),
 Q("87 vụ việc", 87, "vụ việc"), Q("318 công trình", 318, "công trình")],
[D("Luật", "10", "2022/QH15", None, None, "Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15"),
 D("Nghị định", "59", "2023/NĐ-CP", "2023-08-14", "Chính phủ", "Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ"),
 D("Hướng dẫn", "38", "HD-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 38/HD-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam")],
[prov("Ninh Thuận"), com("Phước Hà")],
["BÁO NINH THUẬN ĐIỆN TỬ", "Xã hội | Gương sáng",
 "Ông Chamaléa Đẩu (thứ hai từ trái sang) cùng Ban Thanh tra nhân dân kiểm tra công trình kênh mương. Ảnh: Văn Miên", "người giữ lửa"],
["2025-03-20 07:45", "12 năm", "Năm 2024", "3 năm"]))

PAGES.append(page("b2185-tuyenquang-xa-meovac-giamsat-2025", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ MÈO VẠC - TỈNH TUYÊN QUANG
Trang chủ » Tin tức - Sự kiện » Mặt trận và các đoàn thể
17/10/2025 | 09:10
Ủy ban MTTQ xã giám sát việc thực hiện chính sách xóa nhà tạm, nhà dột nát
Ngày 15/10/2025, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam xã Mèo Vạc do bà Vàng Thị Chá, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã làm trưởng đoàn đã giám sát việc thực hiện chính sách hỗ trợ xóa nhà tạm, nhà dột nát tại các thôn Sủng Pả, Tả Chả Lảng, Pả Vi Hạ. Đây là cuộc giám sát đầu tiên của Mặt trận xã kể từ khi vận hành chính quyền địa phương 2 cấp, nằm trong chương trình giám sát năm 2025.
Thành viên đoàn gồm các đồng chí: Sùng Mí Dính, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã; Lầu Thị Mai, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Chủ tịch Hội LHPN xã; Ly Seo Chứ, Chủ tịch Hội Nông dân xã; Hầu Mí Lử, Giàng Thị Sở - Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam xã.
Theo báo cáo của UBND xã, thực hiện phong trào "Cả nước chung tay xóa nhà tạm, nhà dột nát", Kế hoạch số 36-KH/ĐU ngày 08/7/2025 của Ban Thường vụ Đảng ủy xã và Nghị quyết số 42/2025/NQ-HĐND của HĐND tỉnh Tuyên Quang, năm 2025 xã được phân bổ kinh phí hỗ trợ 326 căn nhà, trong đó xây mới 280 căn, sửa chữa 46 căn; mức hỗ trợ 60 triệu đồng/căn xây mới, 30 triệu đồng/căn sửa chữa. Đến ngày 10/10/2025, đã hoàn thành 311 căn, đạt 95,4%; 15 căn đang thi công.
Qua giám sát thực tế tại 18 hộ, đoàn ghi nhận nhà được xây đúng tiêu chuẩn "3 cứng" (nền cứng, khung cứng, mái cứng); nhiều hộ được đoàn viên thanh niên, bộ đội Biên phòng hỗ trợ ngày công. Tuy nhiên, 6 hộ chưa được giải ngân đợt 2 do chậm hoàn thiện hồ sơ; một số hộ thiếu đất ở phải xin ghép với hộ khác; việc vận chuyển vật liệu lên các thôn vùng cao còn khó khăn, chi phí lớn.
Ông Thào Mí Sính, Trưởng thôn Sủng Pả, cho biết cả thôn có 41 hộ được hỗ trợ, bà con rất phấn khởi. Bà Giàng Thị Dợ ở thôn Pả Vi Hạ chia sẻ gia đình đã chuyển vào nhà mới trước mùa mưa.
Kết thúc giám sát, bà Vàng Thị Chá đề nghị UBND xã khẩn trương hoàn thiện hồ sơ, giải ngân cho 6 hộ trước ngày 30/10/2025; hoàn thành 15 căn còn lại trong tháng 11/2025. Đoàn đã thống nhất 4 kiến nghị gửi UBND xã. Hoạt động giám sát được thực hiện theo Quy định số 124-QĐ/TW ngày 04/10/2023 của Bộ Chính trị và Kế hoạch số 05/KH-MTTQ-BTT ngày 20/8/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam xã.
Ban biên tập
Tin khác
- Xã Mèo Vạc ra mắt 3 tổ công nghệ số cộng đồng (10/10/2025)
- Hội nghị triển khai chương trình giám sát năm 2025 (02/10/2025)
- Trao 50 suất quà cho học sinh nghèo nhân dịp khai giảng (05/09/2025)
""", "2025-10-17", "Ủy ban MTTQ xã giám sát việc thực hiện chính sách xóa nhà tạm, nhà dột nát",
E("giam_sat", "2025", "2025-10-15"),
[P("Vàng Thị Chá", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Sùng Mí Dính", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Lầu Thị Mai", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Chủ tịch Hội LHPN xã"),
 P("Ly Seo Chứ", "Chủ tịch Hội Nông dân xã"),
 P("Hầu Mí Lử", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam xã"),
 P("Giàng Thị Sở", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam xã"),
 P("Thào Mí Sính", "Trưởng thôn Sủng Pả"),
 P("Giàng Thị Dợ")],
[Q("326 căn nhà", 326, "căn nhà"), Q("280 căn", 280, "căn"), Q("46 căn", 46, "căn"), Q("60 triệu đồng", 60000000, "đồng"),
 Q("30 triệu đồng", 30000000, "đồng"), Q("311 căn", 311, "căn"), Q("95,4%", 95.4, "%"), Q("15 căn", 15, "căn"), Q("18 hộ", 18, "hộ"),
 Q("6 hộ", 6, "hộ"), Q("41 hộ", 41, "hộ"), Q("4 kiến nghị", 4, "kiến nghị")],
[D("Kế hoạch", "36", "KH/ĐU", "2025-07-08", "Ban Thường vụ Đảng ủy xã", "Kế hoạch số 36-KH/ĐU ngày 08/7/2025 của Ban Thường vụ Đảng ủy xã"),
 D("Nghị quyết", "42", "2025/NQ-HĐND", None, "HĐND tỉnh Tuyên Quang", "Nghị quyết số 42/2025/NQ-HĐND của HĐND tỉnh Tuyên Quang"),
 D("Quy định", "124", "QĐ/TW", "2023-10-04", "Bộ Chính trị", "Quy định số 124-QĐ/TW ngày 04/10/2023 của Bộ Chính trị"),
 D("Kế hoạch", "05", "KH-MTTQ-BTT", "2025-08-20", "Ban Thường trực Ủy ban MTTQ Việt Nam xã", "Kế hoạch số 05/KH-MTTQ-BTT ngày 20/8/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam xã")],
[prov("Tuyên Quang"), com("Mèo Vạc")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ MÈO VẠC - TỈNH TUYÊN QUANG", "Trang chủ » Tin tức - Sự kiện » Mặt trận và các đoàn thể",
 "Cả nước chung tay xóa nhà tạm, nhà dột nát", "3 cứng"],
["17/10/2025 | 09:10", "chính quyền địa phương 2 cấp", "năm 2025", "3 cứng", "đợt 2", "10/10/2025", "30/10/2025", "tháng 11/2025"]))

PAGES.append(page("b2186-vinhlong-mttq-tongket-2025", """
ỦY BAN MTTQ VIỆT NAM TỈNH VĨNH LONG
Trang chủ » Tin tức » Giám sát - Phản biện xã hội
Thứ Sáu, 26/12/2025 - 15:20
Toàn cảnh hội nghị tại điểm cầu tỉnh.
Mặt trận tỉnh Vĩnh Long tổng kết năm đầu hoạt động sau hợp nhất
Ngày 24/12, Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long tổ chức hội nghị trực tuyến tổng kết công tác Mặt trận và các đoàn thể chính trị - xã hội năm 2025, triển khai nhiệm vụ năm 2026, kết nối đến 124 điểm cầu xã, phường. Đây là hội nghị tổng kết đầu tiên sau khi hợp nhất 3 tỉnh Vĩnh Long, Bến Tre, Trà Vinh và sắp xếp Mặt trận, các tổ chức chính trị - xã hội theo Nghị quyết số 60-NQ/TW ngày 12/4/2025 của Ban Chấp hành Trung ương Đảng.
Chủ trì hội nghị có đồng chí Nguyễn Thị Hồng Loan, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh và các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Thạch Thị Chanh Đa, Lê Văn Út Mười, Kim Ngọc Thái.
Năm 2025, Mặt trận các cấp trong tỉnh đã chủ trì 1.736 cuộc giám sát, đưa ra 2.948 kiến nghị, trong đó 2.517 kiến nghị được tiếp thu, giải quyết, đạt 85,4%; tổ chức 214 hội nghị phản biện xã hội với 1.863 ý kiến. Riêng từ khi vận hành chính quyền địa phương 2 cấp (từ ngày 01/7/2025), Mặt trận tỉnh tập trung giám sát việc giải quyết thủ tục hành chính tại các Trung tâm phục vụ hành chính công cấp xã, phát hiện 37 trường hợp trễ hẹn và kiến nghị khắc phục.
Ban Thanh tra nhân dân ở các xã, phường đã giám sát 1.204 vụ việc; Ban Giám sát đầu tư của cộng đồng giám sát 986 công trình. Mặt trận các cấp vận động Quỹ "Vì người nghèo" được 186,5 tỷ đồng; hỗ trợ xây dựng, sửa chữa 5.412 căn nhà cho hộ nghèo, hộ cận nghèo, hoàn thành mục tiêu xóa nhà tạm, nhà dột nát trước ngày 31/8/2025.
Tại hội nghị, đại biểu các điểm cầu chia sẻ cách làm hay. Ông Sơn Ngọc Rết, Chủ tịch Ủy ban MTTQ Việt Nam xã Long Hiệp, cho biết xã đã thành lập 12 tổ giám sát cộng đồng ở các ấp đồng bào Khmer. Bà Lê Thị Thu Cúc, Phó Chủ tịch Ủy ban MTTQ Việt Nam phường Phú Khương, nêu kinh nghiệm tổ chức lấy ý kiến của nhân dân về dự thảo sửa đổi Hiến pháp năm 2013 với 4.230 ý kiến góp ý.
Phát biểu chỉ đạo, đồng chí Đặng Hoàng Phúc, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, đề nghị năm 2026 Mặt trận các cấp thực hiện tốt Quy định số 124-QĐ/TW ngày 04/10/2023 của Bộ Chính trị; tập trung giám sát công tác bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026-2031, việc thực hiện Chương trình hành động số 05-CTr/TU của Tỉnh ủy thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ I.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng Bằng khen cho 36 tập thể, 52 cá nhân.
Ngọc Trân
Tin liên quan
- Trao 200 căn nhà Đại đoàn kết cho hộ nghèo dịp cuối năm (19/12/2025)
- Phản biện dự thảo Nghị quyết về chính sách hỗ trợ người có uy tín (11/12/2025)
- Mặt trận xã Cầu Kè giám sát việc cấp thẻ bảo hiểm y tế (03/12/2025)
""", "2025-12-26", "Mặt trận tỉnh Vĩnh Long tổng kết năm đầu hoạt động sau hợp nhất",
E("tong_ket", "2025", "2025-12-24"),
[P("Nguyễn Thị Hồng Loan", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thạch Thị Chanh Đa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Văn Út Mười", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Kim Ngọc Thái", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Sơn Ngọc Rết", "Chủ tịch Ủy ban MTTQ Việt Nam xã Long Hiệp"),
 P("Lê Thị Thu Cúc", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường Phú Khương"),
 P("Đặng Hoàng Phúc", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy")],
[Q("124 điểm cầu xã, phường", 124, "điểm cầu xã, phường"), Q("3 tỉnh", 3, "tỉnh"), Q("1.736 cuộc giám sát", 1736, "cuộc giám sát"),
 Q("2.948 kiến nghị", 2948, "kiến nghị"), Q("2.517 kiến nghị", 2517, "kiến nghị"), Q("85,4%", 85.4, "%"),
 Q("214 hội nghị phản biện xã hội", 214, "hội nghị phản biện xã hội"), Q("1.863 ý kiến", 1863, "ý kiến"),
 Q("37 trường hợp", 37, "trường hợp"), Q("1.204 vụ việc", 1204, "vụ việc"), Q("986 công trình", 986, "công trình"),
 Q("186,5 tỷ đồng", 186500000000, "đồng"), Q("5.412 căn nhà", 5412, "căn nhà"),
 Q("12 tổ giám sát cộng đồng", 12, "tổ giám sát cộng đồng"), Q("4.230 ý kiến góp ý", 4230, "ý kiến"),
 Q("36 tập thể", 36, "tập thể"), Q("52 cá nhân", 52, "cá nhân")],
[D("Nghị quyết", "60", "NQ/TW", "2025-04-12", "Ban Chấp hành Trung ương Đảng", "Nghị quyết số 60-NQ/TW ngày 12/4/2025 của Ban Chấp hành Trung ương Đảng"),
 D("Quy định", "124", "QĐ/TW", "2023-10-04", "Bộ Chính trị", "Quy định số 124-QĐ/TW ngày 04/10/2023 của Bộ Chính trị"),
 D("Chương trình hành động", "05", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 05-CTr/TU của Tỉnh ủy")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Long Hiệp"), com("Phú Khương")],
["ỦY BAN MTTQ VIỆT NAM TỈNH VĨNH LONG", "Trang chủ » Tin tức » Giám sát - Phản biện xã hội", "Toàn cảnh hội nghị tại điểm cầu tỉnh.",
 "Vì người nghèo", "Hiến pháp năm 2013"],
["Thứ Sáu, 26/12/2025 - 15:20", "năm 2025", "năm 2026", "chính quyền địa phương 2 cấp", "01/7/2025", "31/8/2025", "năm 2013",
 "khóa XVI", "nhiệm kỳ 2026-2031", "lần thứ I"]))

PAGES.append(page("b2187-dongnai-phuong-dongxoai-daihoi-mttq-2026", """
CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG ĐỒNG XOÀI - TỈNH ĐỒNG NAI
Trang chủ > Tin tức > Mặt trận - Đoàn thể
27.03.2026 | 16:05
Ảnh: Đoàn Chủ tịch điều hành phiên thảo luận.
Đại hội đại biểu MTTQ Việt Nam phường Đồng Xoài lần thứ I, nhiệm kỳ 2026-2031
Ngày 26/3/2026, Ủy ban MTTQ Việt Nam phường Đồng Xoài long trọng tổ chức Đại hội đại biểu MTTQ Việt Nam phường lần thứ I, nhiệm kỳ 2026-2031. Dự đại hội có 180 đại biểu chính thức, đại diện cho hơn 92.000 người dân thuộc các dân tộc, tôn giáo trên địa bàn phường. Phường Đồng Xoài, tỉnh Đồng Nai được thành lập từ các phường của thành phố Đồng Xoài thuộc tỉnh Bình Phước cũ. Đây là đại hội điểm của tỉnh đối với Mặt trận cấp xã.
Về dự và chỉ đạo đại hội có đồng chí Điểu Thị Hương, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Trần Văn Hải, Tỉnh ủy viên, Bí thư Đảng ủy phường.
Báo cáo tại đại hội cho thấy, trong nhiệm kỳ qua (tính chung Mặt trận các phường Tân Phú, Tân Đồng, Tân Bình, Tân Xuân trước khi hợp nhất), Mặt trận đã chủ trì 164 cuộc giám sát, đưa ra 318 kiến nghị, có 287 kiến nghị được giải quyết; tổ chức 21 hội nghị phản biện xã hội; vận động xây dựng 96 căn nhà Đại đoàn kết với tổng trị giá 5,8 tỷ đồng. Ban Thanh tra nhân dân phường tiếp nhận 142 đơn thư, phối hợp hòa giải thành 118 vụ việc.
Đại hội đã thảo luận, góp ý vào báo cáo; hiệp thương cử 45 vị vào Ủy ban MTTQ Việt Nam phường khóa I, nhiệm kỳ 2026-2031. Tại phiên họp đầu tiên, Ủy ban đã hiệp thương cử 7 vị vào Ban Thường trực; bà Thị Bích Ngọc, người S'tiêng, được hiệp thương cử giữ chức Chủ tịch Ủy ban MTTQ Việt Nam phường. Các ông Lê Minh Quang, Điểu Văn Khanh được cử giữ chức Phó Chủ tịch Ủy ban MTTQ Việt Nam phường.
Phát biểu chỉ đạo, đồng chí Điểu Thị Hương đề nghị Mặt trận phường thực hiện tốt Quy định số 124-QĐ/TW của Bộ Chính trị và Hướng dẫn số 14-HD/BTGDVTW của Ban Tuyên giáo và Dân vận Trung ương về giám sát, phản biện xã hội; cụ thể hóa Kế hoạch số 22-KH/ĐU ngày 10/01/2026 của Đảng ủy phường; chú trọng giám sát việc giải quyết thủ tục hành chính, giải phóng mặt bằng dự án đường cao tốc; phát huy vai trò 42 Ban công tác Mặt trận khu phố.
Đại hội đã thông qua Nghị quyết với các chỉ tiêu chủ yếu của nhiệm kỳ, trong đó mỗi năm giám sát ít nhất hai chuyên đề, tổ chức phản biện xã hội đối với các dự thảo văn bản liên quan trực tiếp đến quyền, lợi ích của nhân dân.
Khánh Linh
Tin khác
- Phường Đồng Xoài đối thoại với 150 hộ dân về giải phóng mặt bằng (20/03/2026)
- Ra mắt 6 tổ hòa giải ở cơ sở (12/03/2026)
- Trao 300 suất quà cho hộ nghèo, gia đình chính sách (05/02/2026)
""", "2026-03-27", "Đại hội đại biểu MTTQ Việt Nam phường Đồng Xoài lần thứ I, nhiệm kỳ 2026-2031",
E("dai_hoi", None, "2026-03-26"),
[P("Điểu Thị Hương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Văn Hải", "Tỉnh ủy viên", "Bí thư Đảng ủy phường"),
 P("Thị Bích Ngọc", "Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Lê Minh Quang", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Điểu Văn Khanh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường")],
[Q("180 đại biểu chính thức", 180, "đại biểu chính thức"), Q("hơn 92.000 người dân", 92000, "người dân", "over"),
 Q("164 cuộc giám sát", 164, "cuộc giám sát"), Q("318 kiến nghị", 318, "kiến nghị"), Q("287 kiến nghị", 287, "kiến nghị"),
 Q("21 hội nghị phản biện xã hội", 21, "hội nghị phản biện xã hội"), Q("96 căn nhà Đại đoàn kết", 96, "căn nhà Đại đoàn kết"),
 Q("5,8 tỷ đồng", 5800000000, "đồng"), Q("142 đơn thư", 142, "đơn thư"), Q("118 vụ việc", 118, "vụ việc"), Q("45 vị", 45, "vị"),
 Q("7 vị", 7, "vị"), Q("42 Ban công tác Mặt trận khu phố", 42, "Ban công tác Mặt trận khu phố")],
[D("Quy định", "124", "QĐ/TW", None, "Bộ Chính trị", "Quy định số 124-QĐ/TW của Bộ Chính trị"),
 D("Hướng dẫn", "14", "HD/BTGDVTW", None, "Ban Tuyên giáo và Dân vận Trung ương", "Hướng dẫn số 14-HD/BTGDVTW của Ban Tuyên giáo và Dân vận Trung ương"),
 D("Kế hoạch", "22", "KH/ĐU", "2026-01-10", "Đảng ủy phường", "Kế hoạch số 22-KH/ĐU ngày 10/01/2026 của Đảng ủy phường")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Đồng Xoài"), com("Tân Phú"), com("Tân Đồng"), com("Tân Bình"), com("Tân Xuân")],
["CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG ĐỒNG XOÀI - TỈNH ĐỒNG NAI", "Trang chủ > Tin tức > Mặt trận - Đoàn thể",
 "Ảnh: Đoàn Chủ tịch điều hành phiên thảo luận."],
["27.03.2026 | 16:05", "lần thứ I", "nhiệm kỳ 2026-2031", "khóa I"]))

PAGES.append(page("b2188-lamdong-ldld-giaoban-q1-2026", """
CÔNG ĐOÀN LÂM ĐỒNG - Liên đoàn Lao động tỉnh Lâm Đồng
Bạn đang ở: Trang chủ > Tin tức > Hoạt động công đoàn
Cập nhật lúc 08:50 ngày 10/04/2026
Giao ban quý I: công đoàn tăng cường giám sát việc thực hiện chính sách tại doanh nghiệp
Ngày 8/4, Liên đoàn Lao động tỉnh Lâm Đồng tổ chức hội nghị giao ban công tác công đoàn quý I/2026 bằng hình thức trực tiếp kết hợp trực tuyến đến 3 điểm cầu khu vực. Đây là lần giao ban đầu tiên sau khi hợp nhất 3 tỉnh Lâm Đồng, Đắk Nông, Bình Thuận và kiện toàn tổ chức công đoàn theo mô hình mới, trực thuộc Ủy ban MTTQ Việt Nam tỉnh.
Chủ trì hội nghị có đồng chí Ka Đông Thanh Tuyền, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch LĐLĐ tỉnh và các đồng chí Phó Chủ tịch LĐLĐ tỉnh: Đàng Thị Mỹ Hương, Nguyễn Hữu Phước, Điểu Lê Hùng.
Quý I/2026, công đoàn các cấp đã phát triển 3.126 đoàn viên, thành lập mới 41 công đoàn cơ sở; tổ chức chương trình "Tết Sum vầy", trao 18.400 phần quà Tết cho đoàn viên, người lao động với tổng trị giá 13,6 tỷ đồng. LĐLĐ tỉnh chủ trì 3 cuộc giám sát việc thực hiện chế độ tiền lương, bảo hiểm xã hội tại 24 doanh nghiệp; công đoàn cơ sở tham gia giám sát 156 doanh nghiệp.
Qua giám sát, phát hiện 7 doanh nghiệp chậm đóng bảo hiểm xã hội với số tiền 5,3 tỷ đồng, ảnh hưởng đến quyền lợi của 1.920 người lao động; 2 doanh nghiệp chưa điều chỉnh lương tối thiểu vùng theo Nghị định số 293/2025/NĐ-CP của Chính phủ. LĐLĐ tỉnh đã có 12 văn bản kiến nghị gửi các cơ quan chức năng, đồng thời hướng dẫn công đoàn cơ sở đối thoại với người sử dụng lao động. Nhiều ý kiến cho rằng việc phối hợp giữa công đoàn với cơ quan bảo hiểm xã hội, thanh tra lao động sau sắp xếp có lúc chưa kịp thời, việc nắm tình hình ở doanh nghiệp nhỏ còn hạn chế.
Tại hội nghị, ông Nông Văn Tuân, Chủ tịch Công đoàn các Khu công nghiệp tỉnh, cho biết sau sắp xếp, nhiều công đoàn cơ sở thay đổi địa bàn, cần sớm hướng dẫn việc chuyển sinh hoạt. Bà H'Nhi Ktla, Chủ tịch Công đoàn cơ sở Công ty TNHH Cà phê Nam Nung, kiến nghị có chính sách hỗ trợ nhà ở cho công nhân nông nghiệp.
Phát biểu kết luận, đồng chí Ka Đông Thanh Tuyền đề nghị quý II/2026 các cấp công đoàn tập trung triển khai Luật Công đoàn số 50/2024/QH15 và Kế hoạch số 18/KH-LĐLĐ ngày 05/01/2026 của Ban Thường vụ LĐLĐ tỉnh về giám sát, phản biện xã hội năm 2026; tổ chức tốt "Tháng Công nhân"; hoàn thành giám sát tại 30 doanh nghiệp trong quý II.
Thanh Bình
Tin liên quan
- Trao 120 suất học bổng cho con công nhân vùng cao (03/04/2026)
- Công đoàn ngành Giáo dục giám sát việc chi trả phụ cấp cho giáo viên (27/03/2026)
- Đối thoại với 400 công nhân ngành cà phê (19/03/2026)
""", "2026-04-10", "Giao ban quý I: công đoàn tăng cường giám sát việc thực hiện chính sách tại doanh nghiệp",
E("giao_ban", "2026-Q1", "2026-04-08"),
[P("Ka Đông Thanh Tuyền", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch LĐLĐ tỉnh"),
 P("Đàng Thị Mỹ Hương", "Phó Chủ tịch LĐLĐ tỉnh"),
 P("Nguyễn Hữu Phước", "Phó Chủ tịch LĐLĐ tỉnh"),
 P("Điểu Lê Hùng", "Phó Chủ tịch LĐLĐ tỉnh"),
 P("Nông Văn Tuân", "Chủ tịch Công đoàn các Khu công nghiệp tỉnh"),
 P("H'Nhi Ktla", "Chủ tịch Công đoàn cơ sở Công ty TNHH Cà phê Nam Nung")],
[Q("3 điểm cầu khu vực", 3, "điểm cầu khu vực"), Q("3 tỉnh", 3, "tỉnh"), Q("3.126 đoàn viên", 3126, "đoàn viên"),
 Q("41 công đoàn cơ sở", 41, "công đoàn cơ sở"), Q("18.400 phần quà Tết", 18400, "phần quà"), Q("13,6 tỷ đồng", 13600000000, "đồng"),
 Q("3 cuộc giám sát", 3, "cuộc giám sát"), Q("24 doanh nghiệp", 24, "doanh nghiệp"), Q("156 doanh nghiệp", 156, "doanh nghiệp"),
 Q("7 doanh nghiệp", 7, "doanh nghiệp"), Q("5,3 tỷ đồng", 5300000000, "đồng"), Q("1.920 người lao động", 1920, "người lao động"),
 Q("2 doanh nghiệp", 2, "doanh nghiệp"), Q("12 văn bản kiến nghị", 12, "văn bản kiến nghị"), Q("30 doanh nghiệp", 30, "doanh nghiệp")],
[D("Nghị định", "293", "2025/NĐ-CP", None, "Chính phủ", "Nghị định số 293/2025/NĐ-CP của Chính phủ"),
 D("Luật", "50", "2024/QH15", None, None, "Luật Công đoàn số 50/2024/QH15"),
 D("Kế hoạch", "18", "KH-LĐLĐ", "2026-01-05", "Ban Thường vụ LĐLĐ tỉnh", "Kế hoạch số 18/KH-LĐLĐ ngày 05/01/2026 của Ban Thường vụ LĐLĐ tỉnh")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận")],
["CÔNG ĐOÀN LÂM ĐỒNG - Liên đoàn Lao động tỉnh Lâm Đồng", "Bạn đang ở: Trang chủ > Tin tức > Hoạt động công đoàn",
 "Tết Sum vầy", "Tháng Công nhân", "Công ty TNHH Cà phê Nam Nung"],
["Cập nhật lúc 08:50 ngày 10/04/2026", "quý I/2026", "quý II/2026", "năm 2026"]))
