from lib import *
PAGES = []

PAGES.append(page("b1535-vinhlong-bdv-tongket-2024", """
BAN DÂN VẬN TỈNH ỦY VĨNH LONG
Trang chủ » Tin tức » Hoạt động của Ban Dân vận
Thứ Sáu, 27/12/2024 - 10:30
Toàn cảnh hội nghị.
Công tác dân vận góp phần giữ vững ổn định ở cơ sở
Ngày 25/12/2024, Ban Dân vận Tỉnh ủy Vĩnh Long tổ chức hội nghị tổng kết công tác dân vận năm 2024 và triển khai phương hướng, nhiệm vụ năm 2025. Đồng chí Lê Thị Ngọc Diễm, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị; dự có đồng chí Nguyễn Văn Liệt, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy và lãnh đạo Ủy ban MTTQ, các đoàn thể chính trị - xã hội tỉnh.
Năm 2024, Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 25, 26-CT/TU về tăng cường công tác dân vận trong thực hiện các dự án giao thông trọng điểm và về nâng cao hiệu quả đối thoại của người đứng đầu; sơ kết 3 năm thực hiện Kết luận số 114-KL/TW của Ban Bí thư. Ban cũng phối hợp với Ủy ban MTTQ tỉnh hướng dẫn thực hiện Quyết định số 99-QĐ/TW của Ban Bí thư về giám sát, phản biện xã hội.
Cấp ủy, chính quyền các cấp trong tỉnh đã tổ chức 312 cuộc tiếp xúc, đối thoại với nhân dân, tiếp nhận 1.047 ý kiến, kiến nghị, đã giải quyết 968 ý kiến, đạt 92,5%. Riêng dự án đường cao tốc Mỹ Thuận - Cần Thơ và tuyến tránh Quốc lộ 57, khối dân vận đã vận động 1.526 hộ dân bàn giao mặt bằng. Mặt trận và các đoàn thể chủ trì 146 cuộc giám sát, 19 hội nghị phản biện xã hội; phong trào thi đua "Dân vận khéo" có thêm 312 mô hình được công nhận, nâng tổng số lên 2.874 mô hình.
Công tác vận động đồng bào dân tộc Khmer được quan tâm; Ban Dân vận Tỉnh ủy đã thăm, tặng 1.200 phần quà cho hộ nghèo đồng bào Khmer dịp Tết Chôl Chnăm Thmây, trị giá hơn 600 triệu đồng.
Tại hội nghị, đồng chí Thạch Văn Thanh, HUV, Trưởng Ban Dân vận Huyện ủy Trà Ôn, chia sẻ kinh nghiệm phối hợp với các vị sư cả vận động đồng bào hiến đất làm đường; Đại đức Thạch Sa Rát, trụ trì chùa Kỳ Son, xã Trà Côn, cho biết nhà chùa đã cùng chính quyền tổ chức 4 lớp dạy chữ Khmer hè cho 186 em học sinh. Bà Phạm Thị Kim Hoa, Bí thư Chi bộ ấp Phước Lợi A, xã Phước Hậu, nêu kinh nghiệm giải quyết 9/9 vụ việc mâu thuẫn ngay tại cộng đồng.
Phát biểu kết luận, đồng chí Lê Thị Ngọc Diễm yêu cầu năm 2025 các cấp tập trung làm tốt công tác dân vận phục vụ việc sắp xếp tổ chức bộ máy, đại hội đảng bộ các cấp; nắm chắc tình hình tư tưởng của cán bộ, đảng viên, nhân dân; triển khai Kế hoạch số 141-KH/BDVTU của Ban Dân vận Tỉnh ủy về kiểm tra, giám sát việc thực hiện Quy chế dân vận.
Dịp này, 18 tập thể, 27 cá nhân được Ban Dân vận Tỉnh ủy tặng giấy khen.
Ngọc Hân
Lượt xem: 1.365
Tin khác
- Long Hồ: 5 năm thực hiện phong trào "Dân vận khéo" (19/12/2024)
- Vũng Liêm đối thoại với nông dân về chuyển đổi cây trồng (10/12/2024)
- Trao 50 căn nhà Đại đoàn kết cho hộ khó khăn (02/12/2024)
""", "2024-12-27", "Công tác dân vận góp phần giữ vững ổn định ở cơ sở",
E("tong_ket", "2024", "2024-12-25"),
[P("Lê Thị Ngọc Diễm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Liệt", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Thạch Văn Thanh", "HUV", "Trưởng Ban Dân vận Huyện ủy Trà Ôn"),
 P("Thạch Sa Rát", "Đại đức", "trụ trì chùa Kỳ Son"),
 P("Phạm Thị Kim Hoa", "Bí thư Chi bộ ấp Phước Lợi A")],
[Q("312 cuộc tiếp xúc, đối thoại", 312, "cuộc tiếp xúc, đối thoại"), Q("1.047 ý kiến, kiến nghị", 1047, "ý kiến, kiến nghị"),
 Q("968 ý kiến", 968, "ý kiến"), Q("92,5%", 92.5, "%"), Q("1.526 hộ dân", 1526, "hộ dân"), Q("146 cuộc giám sát", 146, "cuộc giám sát"),
 Q("19 hội nghị phản biện xã hội", 19, "hội nghị phản biện xã hội"), Q("312 mô hình", 312, "mô hình"), Q("2.874 mô hình", 2874, "mô hình"),
 Q("1.200 phần quà", 1200, "phần quà"), Q("hơn 600 triệu đồng", 600000000, "đồng", "over"), Q("4 lớp dạy chữ Khmer hè", 4, "lớp dạy chữ Khmer hè"),
 Q("186 em học sinh", 186, "em học sinh"), Q("9/9 vụ việc mâu thuẫn", 9, "vụ việc mâu thuẫn"), Q("18 tập thể", 18, "tập thể"),
 Q("27 cá nhân", 27, "cá nhân")],
[D("Chỉ thị", "25", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 25, 26-CT/TU"),
 D("Chỉ thị", "26", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 25, 26-CT/TU"),
 D("Kết luận", "114", "KL/TW", None, "Ban Bí thư", "Kết luận số 114-KL/TW"),
 D("Quyết định", "99", "QĐ/TW", None, "Ban Bí thư", "Quyết định số 99-QĐ/TW"),
 D("Kế hoạch", "141", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 141-KH/BDVTU")],
[prov("Vĩnh Long"), com("Trà Côn"), com("Phước Hậu")],
["BAN DÂN VẬN TỈNH ỦY VĨNH LONG", "Trang chủ » Tin tức » Hoạt động của Ban Dân vận", "Toàn cảnh hội nghị.", "Dân vận khéo",
 "Mỹ Thuận - Cần Thơ", "Quốc lộ 57", "Chôl Chnăm Thmây", "Quy chế dân vận", "Lượt xem: 1.365"],
["Thứ Sáu, 27/12/2024 - 10:30", "năm 2024", "năm 2025", "3 năm", "Quốc lộ 57", "Lượt xem: 1.365"]))

PAGES.append(page("b1536-thainguyen-binhluan-phanbien-2024", """
BÁO THÁI NGUYÊN ĐIỆN TỬ
Chính trị > Bình luận - Phê phán
Thứ Năm, 16/05/2024 - 06:00
Phản biện xã hội: để ý kiến của dân đi vào chính sách
Có những hội nghị phản biện kéo dài cả buổi nhưng văn bản kiến nghị gửi đi chỉ vài dòng; cũng có những ý kiến của một trưởng xóm, một người nông dân được cơ quan soạn thảo tiếp thu, làm thay đổi cả một điều khoản. Khoảng cách giữa hai cách làm ấy nằm ở chỗ Mặt trận có thực sự lắng nghe và bảo vệ đến cùng ý kiến của nhân dân hay không.
Một hội nghị phản biện của Ủy ban MTTQ tỉnh. Ảnh: T.L
Ở Thái Nguyên, từ khi thực hiện Quyết định số 217-QĐ/TW của Bộ Chính trị và Chương trình hành động số 09-CTr/TU của Tỉnh ủy, Mặt trận các cấp đã chủ trì 64 hội nghị phản biện xã hội đối với dự thảo nghị quyết, đề án của HĐND, UBND cùng cấp. Riêng năm 2023, Ủy ban MTTQ tỉnh phản biện 5 dự thảo, trong đó có dự thảo nghị quyết về chính sách hỗ trợ phát triển chè và dự thảo quy định mức thu phí bảo vệ môi trường đối với khai thác khoáng sản; khoảng 70% ý kiến phản biện được tiếp thu.
Bà Hà Thị Bích Ngọc, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, cho rằng muốn phản biện có chất lượng phải đi từ cơ sở. Trước mỗi hội nghị, Mặt trận tỉnh lập tổ khảo sát, về tận các xóm, tổ dân phố để nghe người dân trực tiếp chịu tác động của chính sách. Như với dự thảo hỗ trợ phát triển chè, tổ khảo sát đã làm việc với 14 hợp tác xã và hơn 300 hộ trồng chè ở xã Tân Cương, xã Phúc Xuân trước khi đưa ra 11 nội dung kiến nghị.
Ông Ma Văn Nông, Trưởng xóm Khuôn Lặng, xã Phú Đình, huyện Định Hóa, kể lại lần góp ý dự thảo quy định hỗ trợ làm đường giao thông nông thôn: "Chúng tôi đề nghị tỉnh hỗ trợ cả xi măng cho đường nhánh vào từng nhà, vì bà con tự góp công đã 3 năm mà không có vật liệu. Ý kiến ấy được ghi vào nghị quyết, xóm làm được 2,4 km đường."
Tuy vậy, theo Tiến sĩ Nguyễn Xuân Hòa, Ủy viên Hội đồng tư vấn Dân chủ - Pháp luật Ủy ban MTTQ tỉnh, không ít hội nghị phản biện ở cấp huyện vẫn còn nặng về "góp ý", dự thảo gửi đến muộn, thời gian nghiên cứu quá ngắn; nhiều cơ quan soạn thảo chưa phản hồi bằng văn bản việc tiếp thu hay không tiếp thu.
Quy định số 124-QĐ/TW ngày 4/10/2023 của Ban Bí thư về giám sát, phản biện xã hội của MTTQ Việt Nam, các tổ chức chính trị - xã hội và nhân dân đã yêu cầu cơ quan được phản biện phải trả lời, giải trình. Thực hiện nghiêm quy định này chính là cách để những ý kiến như của người trưởng xóm Khuôn Lặng không bị bỏ lại trên giấy.
Ông Đoàn Văn Tuấn, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, cho biết thời gian tới Ủy ban MTTQ tỉnh sẽ công khai trên Cổng thông tin điện tử kết quả tiếp thu từng ý kiến phản biện, để nhân dân cùng theo dõi.
Thu Loan
Lượt đọc: 2.031
Bài viết liên quan
- Giám sát việc thực hiện chính sách đối với người có uy tín ở Võ Nhai (10/05/2024)
- Đại Từ: 120 ý kiến góp ý dự thảo quy định về chè (25/04/2024)
- Mặt trận tỉnh phản biện dự thảo đề án chuyển đổi số (12/04/2024)
""", "2024-05-16", "Phản biện xã hội: để ý kiến của dân đi vào chính sách",
E("khac", None, None),
[P("Hà Thị Bích Ngọc", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ma Văn Nông", "Trưởng xóm Khuôn Lặng"),
 P("Nguyễn Xuân Hòa", "Tiến sĩ", "Ủy viên Hội đồng tư vấn Dân chủ - Pháp luật Ủy ban MTTQ tỉnh"),
 P("Đoàn Văn Tuấn", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("64 hội nghị phản biện xã hội", 64, "hội nghị phản biện xã hội"), Q("5 dự thảo", 5, "dự thảo"), Q("khoảng 70%", 70, "%", "approx"),
 Q("14 hợp tác xã", 14, "hợp tác xã"), Q("hơn 300 hộ trồng chè", 300, "hộ trồng chè", "over"), Q("11 nội dung kiến nghị", 11, "nội dung kiến nghị"),
 Q("2,4 km", 2.4, "km")],
[D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Chương trình hành động", "09", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 09-CTr/TU"),
 D("Quy định", "124", "QĐ/TW", "2023-10-04", "Ban Bí thư", "Quy định số 124-QĐ/TW ngày 4/10/2023")],
[prov("Thái Nguyên"), com("Tân Cương"), com("Phúc Xuân"), com("Phú Đình")],
["BÁO THÁI NGUYÊN ĐIỆN TỬ", "Chính trị > Bình luận - Phê phán", "Một hội nghị phản biện của Ủy ban MTTQ tỉnh. Ảnh: T.L", "Cổng thông tin điện tử",
 "Lượt đọc: 2.031"],
["Thứ Năm, 16/05/2024 - 06:00", "năm 2023", "3 năm", "Lượt đọc: 2.031"]))

PAGES.append(page("b1537-lamdong-mttq-phanbien-nq-hdnd-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH LÂM ĐỒNG
Trang chủ | Chính trị | Mặt trận
Ngày đăng 12/09/2025 | 15:10
Phản biện dự thảo nghị quyết hỗ trợ người có uy tín trong đồng bào dân tộc thiểu số
Ngày 10/9/2025, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng tổ chức hội nghị phản biện xã hội đối với dự thảo Nghị quyết của HĐND tỉnh quy định mức chi, nội dung hỗ trợ đối với người có uy tín trong đồng bào dân tộc thiểu số trên địa bàn tỉnh. Đây là hội nghị phản biện đầu tiên của Mặt trận tỉnh sau khi hợp nhất 3 tỉnh Lâm Đồng, Đắk Nông, Bình Thuận, nằm trong chương trình phản biện năm 2025.
Quang cảnh hội nghị phản biện. Ảnh: K.Phương
Chủ trì hội nghị có bà K'Hồng, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; cùng dự có các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Trần Văn Phước, Điểu Thị Mai, Nguyễn Thị Thu Hiền.
Theo Sở Dân tộc và Tôn giáo, cơ quan soạn thảo, toàn tỉnh hiện có 1.384 người có uy tín, trong đó đông nhất là đồng bào K'Ho, Mạ, Mnông, Chăm, Raglai. Trước đây mỗi tỉnh áp dụng một mức hỗ trợ khác nhau; dự thảo thống nhất mức hỗ trợ 700.000 đồng/người/quý, thăm hỏi khi ốm đau 2 triệu đồng/người/lần, tổng kinh phí dự kiến khoảng 4,6 tỷ đồng mỗi năm, căn cứ Quyết định số 12/2018/QĐ-TTg ngày 6/3/2018 của Thủ tướng Chính phủ và Quyết định số 28/2023/QĐ-TTg.
Góp ý tại hội nghị, già làng Ka Sô Liêng, người có uy tín thôn Kon Klong Bong, xã Lạc Dương, đề nghị bổ sung hỗ trợ đi lại cho người có uy tín ở các thôn xa trung tâm, vì sau sắp xếp nhiều xã có diện tích rất rộng. Ông Thổ Văn Dũng, Trưởng ban Công tác Mặt trận thôn Lạc Tân, xã Hàm Thuận, cho rằng mức 700.000 đồng/quý là thấp so với công sức của bà con trong vận động, hòa giải. Bà H'Liên Niê, Phó Chủ tịch Ủy ban MTTQ Việt Nam phường Bắc Gia Nghĩa, đề nghị có cơ chế để Mặt trận cấp xã được tham gia bình xét, đưa ra khỏi danh sách những người không còn uy tín.
Luật sư Võ Minh Trí, Ủy viên Hội đồng tư vấn về Dân chủ - Pháp luật, lưu ý dự thảo cần quy định rõ trách nhiệm của UBND cấp xã theo mô hình chính quyền địa phương hai cấp, thay cho các quy định về cấp huyện đã không còn.
Kết luận hội nghị, bà K'Hồng cho biết Ban Thường trực sẽ tổng hợp 26 ý kiến phản biện thành văn bản gửi HĐND tỉnh theo Quy định số 124-QĐ/TW của Ban Bí thư và Quy chế phối hợp số 02/QCPH-MTTQ-UBND giữa Ủy ban MTTQ Việt Nam tỉnh với UBND tỉnh.
K.Phương
Lượt xem: 1.172
Tin liên quan
- Mặt trận tỉnh thăm, tặng quà người có uy tín tại Đam Rông (05/09/2025)
- Ra mắt Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng sau hợp nhất (01/07/2025)
- Di Linh: 1.000 phần quà cho hộ nghèo (20/06/2025)
""", "2025-09-12", "Phản biện dự thảo nghị quyết hỗ trợ người có uy tín trong đồng bào dân tộc thiểu số",
E("hoi_nghi", "2025", "2025-09-10"),
[P("K'Hồng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Văn Phước", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Điểu Thị Mai", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thị Thu Hiền", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ka Sô Liêng", "già làng", "người có uy tín thôn Kon Klong Bong"),
 P("Thổ Văn Dũng", "Trưởng ban Công tác Mặt trận thôn Lạc Tân"),
 P("H'Liên Niê", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường Bắc Gia Nghĩa"),
 P("Võ Minh Trí", "Luật sư", "Ủy viên Hội đồng tư vấn về Dân chủ - Pháp luật")],
[Q("3 tỉnh", 3, "tỉnh"), Q("1.384 người có uy tín", 1384, "người có uy tín"), Q("700.000 đồng/người/quý", 700000, "đồng"),
 Q("2 triệu đồng/người/lần", 2000000, "đồng"), Q("khoảng 4,6 tỷ đồng", 4600000000, "đồng", "approx"),
 Q("26 ý kiến phản biện", 26, "ý kiến phản biện")],
[D("Quyết định", "12", "2018/QĐ-TTg", "2018-03-06", "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg ngày 6/3/2018"),
 D("Quyết định", "28", "2023/QĐ-TTg", None, None, "Quyết định số 28/2023/QĐ-TTg"),
 D("Quy định", "124", "QĐ/TW", None, "Ban Bí thư", "Quy định số 124-QĐ/TW"),
 D("Quy chế phối hợp", "02", "QCPH-MTTQ-UBND", None, None, "Quy chế phối hợp số 02/QCPH-MTTQ-UBND")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Lạc Dương"), com("Hàm Thuận"), com("Bắc Gia Nghĩa")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH LÂM ĐỒNG", "Trang chủ | Chính trị | Mặt trận", "Quang cảnh hội nghị phản biện. Ảnh: K.Phương",
 "Sở Dân tộc và Tôn giáo", "Lượt xem: 1.172"],
["Ngày đăng 12/09/2025 | 15:10", "năm 2025", "hai cấp", "Lượt xem: 1.172"]))

PAGES.append(page("b1538-tuyenquang-btgdv-giaoban-q3-2025", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY TUYÊN QUANG
Trang chủ › Tin tức › Dân vận
Thứ Năm, 02/10/2025 - 16:45
Ảnh: Quang cảnh hội nghị giao ban.
Giao ban công tác tuyên giáo và dân vận quý III: nắm chắc tâm tư nhân dân sau sắp xếp
Chiều 30/9, Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang tổ chức hội nghị giao ban công tác tuyên giáo và dân vận quý III/2025, kết nối trực tuyến tới 124 điểm cầu xã, phường. Đồng chí Hầu Minh Lợi, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì; cùng dự có các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Vàng Thị Mai, Nguyễn Hữu Thắng, Ma Văn Hoàn.
Theo báo cáo, quý III là quý đầu tiên tỉnh Tuyên Quang mới (hợp nhất Tuyên Quang và Hà Giang) vận hành chính quyền địa phương hai cấp. Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 08-KH/TU về công tác dân vận trong thực hiện sắp xếp đơn vị hành chính; đồng thời ban hành Hướng dẫn số 03-HD/BTGDVTU về tổ chức đối thoại của người đứng đầu cấp ủy, chính quyền cấp xã. Các xã, phường đã tổ chức 287 hội nghị đối thoại, tiếp nhận 1.963 ý kiến, kiến nghị, tập trung vào thủ tục hành chính, chế độ đối với cán bộ không chuyên trách dôi dư và việc sử dụng trụ sở cũ.
Trong quý, toàn tỉnh đã tổ chức 96 hội nghị quán triệt các nghị quyết, kết luận của Trung ương và của tỉnh cho hơn 12.000 lượt cán bộ, đảng viên. Khối dân vận nắm được 21 vụ việc phức tạp, đã phối hợp giải quyết ổn định 17 vụ việc. Công tác vận động đồng bào Mông, Dao ở vùng cao biên giới được duy trì; 356 người có uy tín được thăm hỏi, tặng quà với tổng trị giá gần 180 triệu đồng.
Tại hội nghị, đồng chí Sùng Mí Dính, Bí thư Đảng ủy xã Mèo Vạc, phản ánh người dân ở các thôn xa phải đi hơn 30 km mới đến trung tâm hành chính công, đề nghị tỉnh sớm tăng điểm tiếp nhận hồ sơ lưu động. Đồng chí Hoàng Thị Nhung, Phó Bí thư Thường trực Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam phường Minh Xuân, cho biết phường đã duy trì mô hình "Tổ dân phố không có đơn thư vượt cấp" ở 35/42 tổ dân phố.
Kết luận hội nghị, đồng chí Hầu Minh Lợi yêu cầu quý IV tập trung tuyên truyền Nghị quyết Đại hội Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025-2030; thực hiện tốt Kết luận số 126-KL/TW và Kết luận số 127-KL/TW của Bộ Chính trị, Ban Bí thư; tổ chức lấy ý kiến nhân dân vào dự thảo các văn kiện trình Đại hội XIV của Đảng theo hướng dẫn của Trung ương. Đồng chí lưu ý cấp ủy cơ sở không để phát sinh điểm nóng do chậm giải quyết quyền lợi của người dân.
Bích Ngọc
Lượt xem: 846
Tin khác
- Hội nghị báo cáo viên tháng 9/2025 (26/09/2025)
- Yên Minh: ra mắt tổ công tác dân vận xã (19/09/2025)
- Lâm Bình: 40 hộ hiến đất xây trường học (12/09/2025)
""", "2025-10-02", "Giao ban công tác tuyên giáo và dân vận quý III: nắm chắc tâm tư nhân dân sau sắp xếp",
E("giao_ban", "2025-Q3", "2025-09-30"),
[P("Hầu Minh Lợi", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Vàng Thị Mai", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Hữu Thắng", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Ma Văn Hoàn", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Sùng Mí Dính", "Bí thư Đảng ủy xã Mèo Vạc"),
 P("Hoàng Thị Nhung", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam phường Minh Xuân")],
[Q("124 điểm cầu xã, phường", 124, "điểm cầu xã, phường"), Q("287 hội nghị đối thoại", 287, "hội nghị đối thoại"),
 Q("1.963 ý kiến, kiến nghị", 1963, "ý kiến, kiến nghị"), Q("96 hội nghị quán triệt", 96, "hội nghị quán triệt"), Q("hơn 12.000 lượt cán bộ, đảng viên", 12000, "lượt cán bộ, đảng viên", "over"),
 Q("21 vụ việc phức tạp", 21, "vụ việc phức tạp"), Q("17 vụ việc", 17, "vụ việc"),
 Q("356 người có uy tín", 356, "người có uy tín"), Q("gần 180 triệu đồng", 180000000, "đồng", "approx"), Q("hơn 30 km", 30, "km", "over"),
 Q("35/42 tổ dân phố", 35, "tổ dân phố")],
[D("Kế hoạch", "08", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 08-KH/TU"),
 D("Hướng dẫn", "03", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn số 03-HD/BTGDVTU"),
 D("Kết luận", "126", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận số 126-KL/TW"),
 D("Kết luận", "127", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận số 127-KL/TW")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Mèo Vạc"), com("Minh Xuân")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY TUYÊN QUANG", "Trang chủ › Tin tức › Dân vận", "Ảnh: Quang cảnh hội nghị giao ban.",
 "Tổ dân phố không có đơn thư vượt cấp", "Lượt xem: 846"],
["Thứ Năm, 02/10/2025 - 16:45", "quý III/2025", "quý III", "quý đầu tiên", "hai cấp", "quý IV", "lần thứ I", "nhiệm kỳ 2025-2030", "Đại hội XIV",
 "Lượt xem: 846"]))

PAGES.append(page("b1539-dongnai-phuong-doithoai-2026", """
BÁO ĐỒNG NAI ĐIỆN TỬ
Thời sự » Chính trị » Xây dựng Đảng
Chủ Nhật, 15/03/2026
Ngày đăng 13/03/2026 | 17:25
Bí thư Đảng ủy phường Đồng Xoài đối thoại với người dân về chỉnh trang khu dân cư
Chiều 12/3, Đảng ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam phường Đồng Xoài (tỉnh Đồng Nai) tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2026.
Toàn cảnh buổi đối thoại.
Đồng chí Nguyễn Văn Khánh, Tỉnh ủy viên, Bí thư Đảng ủy phường Đồng Xoài chủ trì; cùng dự có đồng chí Trần Thị Thanh Thủy, Phó Bí thư Đảng ủy, Chủ tịch UBND phường và đồng chí Điểu Thị Hạnh, Ủy viên Ban Thường vụ Đảng ủy, Trưởng Ban Xây dựng Đảng Đảng ủy phường. Tham dự có 160 người dân đại diện các khu phố.
Buổi đối thoại thực hiện theo Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân và xử lý những phản ánh, kiến nghị của dân, và Kế hoạch số 14-KH/ĐU của Đảng ủy phường. Trước hội nghị, phường đã tổng hợp được 48 ý kiến, kiến nghị, trong đó 31 ý kiến đã được trả lời bằng văn bản.
Tại hội nghị, 14 lượt người dân phát biểu. Ông Lê Văn Hùng, khu phố Suối Đá, phản ánh tuyến đường nội bộ khu phố xuống cấp, mùa mưa ngập sâu; bà Thị Xuyến, người đồng bào S'tiêng ở khu phố Bàu Ké, đề nghị hỗ trợ cấp giấy chứng nhận quyền sử dụng đất cho 23 hộ đã ở ổn định hơn 20 năm. Ông Phạm Quốc Việt, Trưởng khu phố Phú Thanh, hỏi về việc bố trí lại trụ sở khu phố sau khi sắp xếp, sáp nhập.
Trả lời các ý kiến, đồng chí Trần Thị Thanh Thủy cho biết phường đã bố trí 4,8 tỷ đồng từ nguồn ngân sách năm 2026 để nâng cấp tuyến đường Suối Đá, dự kiến khởi công trong quý II; hồ sơ đất của 23 hộ ở Bàu Ké sẽ được phường phối hợp với Văn phòng Đăng ký đất đai tỉnh giải quyết theo Luật Đất đai năm 2024 trong tháng 4.
Phát biểu kết luận, đồng chí Nguyễn Văn Khánh yêu cầu UBND phường trong vòng 15 ngày phải có văn bản trả lời các ý kiến chưa giải quyết ngay tại hội nghị; Ủy ban MTTQ phường chủ trì giám sát việc thực hiện các nội dung đã cam kết. Đồng chí cũng đề nghị nhân dân tiếp tục tham gia phong trào thi đua "Dân vận khéo", hưởng ứng cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".
Theo Đảng ủy phường, năm 2025 phường đã tổ chức 6 hội nghị đối thoại, giải quyết dứt điểm 97% kiến nghị của người dân.
Hồng Phúc
Lượt xem: 1.019
Tin liên quan
- Phường Bình Phước ra mắt mô hình "Khu phố không có đơn thư vượt cấp" (06/03/2026)
- Đồng Nai: giao ban công tác dân vận tháng 2 (27/02/2026)
- Xã Bù Gia Mập đối thoại với đồng bào S'tiêng (13/02/2026)
""", "2026-03-13", "Bí thư Đảng ủy phường Đồng Xoài đối thoại với người dân về chỉnh trang khu dân cư",
E("doi_thoai", "2026", "2026-03-12"),
[P("Nguyễn Văn Khánh", "Tỉnh ủy viên", "Bí thư Đảng ủy phường Đồng Xoài"),
 P("Trần Thị Thanh Thủy", "Phó Bí thư Đảng ủy", "Chủ tịch UBND phường"),
 P("Điểu Thị Hạnh", "Ủy viên Ban Thường vụ Đảng ủy", "Trưởng Ban Xây dựng Đảng Đảng ủy phường"),
 P("Lê Văn Hùng"),
 P("Thị Xuyến"),
 P("Phạm Quốc Việt", "Trưởng khu phố Phú Thanh")],
[Q("160 người dân", 160, "người dân"), Q("48 ý kiến, kiến nghị", 48, "ý kiến, kiến nghị"), Q("31 ý kiến", 31, "ý kiến"),
 Q("14 lượt người dân", 14, "lượt người dân"), Q("23 hộ", 23, "hộ"), Q("4,8 tỷ đồng", 4800000000, "đồng"),
 Q("6 hội nghị đối thoại", 6, "hội nghị đối thoại"), Q("97%", 97, "%")],
[D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", "Quy định số 11-QĐi/TW ngày 18/2/2019"),
 D("Kế hoạch", "14", "KH/ĐU", None, "Đảng ủy phường", "Kế hoạch số 14-KH/ĐU")],
[prov("Đồng Nai"), com("Đồng Xoài")],
["BÁO ĐỒNG NAI ĐIỆN TỬ", "Thời sự » Chính trị » Xây dựng Đảng", "Chủ Nhật, 15/03/2026", "Toàn cảnh buổi đối thoại.", "Luật Đất đai năm 2024",
 "Văn phòng Đăng ký đất đai tỉnh", "Dân vận khéo", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Lượt xem: 1.019"],
["Chủ Nhật, 15/03/2026", "Ngày đăng 13/03/2026 | 17:25", "năm 2026", "hơn 20 năm", "quý II", "tháng 4", "15 ngày", "năm 2025", "Lượt xem: 1.019"]))

PAGES.append(page("b1540-cantho-xa-mttq-tongket-2025", """
ỦY BAN MTTQ VIỆT NAM THÀNH PHỐ CẦN THƠ
Trang chủ / Tin cơ sở / Xã, phường
Thứ Sáu, 16/01/2026 - 09:00
Xã Phong Điền triển khai nhiệm vụ công tác Mặt trận năm 2026
Ảnh: Toàn cảnh hội nghị.
Ngày 14/1/2026, Ủy ban MTTQ Việt Nam xã Phong Điền, thành phố Cần Thơ tổ chức hội nghị tổng kết công tác Mặt trận năm 2025 và triển khai chương trình phối hợp thống nhất hành động năm 2026. Đây là năm đầu tiên Mặt trận xã hoạt động theo mô hình mới, sau khi các tổ chức chính trị - xã hội trực thuộc Ủy ban MTTQ Việt Nam xã.
Dự hội nghị có đồng chí Lâm Thị Sa Ra, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố; đồng chí Huỳnh Văn Tài, Bí thư Đảng ủy xã; đồng chí Nguyễn Thị Bé Tư, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã chủ trì.
Năm 2025, Mặt trận xã đã phối hợp tổ chức 3 hội nghị để nhân dân góp ý dự thảo sửa đổi, bổ sung Hiến pháp năm 2013 và 2 hội nghị góp ý dự thảo văn kiện Đại hội Đảng bộ xã, tổng hợp 412 ý kiến. Ban Thường trực Ủy ban MTTQ xã chủ trì 6 cuộc giám sát, tập trung vào việc giải quyết thủ tục hành chính sau sắp xếp, chi trả chính sách cho người có công và việc xây dựng nhà ở cho hộ nghèo theo Quyết định số 1352/QĐ-UBND của UBND thành phố; qua giám sát đã kiến nghị 14 nội dung, được tiếp thu 12 nội dung.
Thực hiện phong trào thi đua "Cả nước chung tay xóa nhà tạm, nhà dột nát", Mặt trận xã đã vận động xây mới 48 căn nhà Đại đoàn kết, sửa chữa 17 căn, tổng kinh phí hơn 3,1 tỷ đồng. Quỹ "Vì người nghèo" xã tiếp nhận 845 triệu đồng; Tết Nguyên đán, Mặt trận trao 1.260 phần quà, mỗi phần trị giá 500.000 đồng.
Tại hội nghị, bà Đỗ Thị Mỹ Linh, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Chủ tịch Hội Liên hiệp Phụ nữ xã, cho biết 23 tổ phụ nữ đã tham gia giám sát việc thu, chi các khoản đóng góp tại ấp. Ông Trần Văn Bảy, Trưởng ban Công tác Mặt trận ấp Nhơn Lộc 1, kiến nghị tăng kinh phí hoạt động cho Ban Công tác Mặt trận ấp.
Phát biểu chỉ đạo, đồng chí Lâm Thị Sa Ra đề nghị năm 2026 Mặt trận xã tập trung tuyên truyền cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026-2031; tổ chức tốt các hội nghị hiệp thương; thực hiện Kết luận số 18-KL/TW của Ban Chấp hành Trung ương và Hướng dẫn số 05-HD/MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam thành phố về giám sát, phản biện xã hội ở cấp xã.
Dịp này, 9 tập thể và 16 cá nhân được Ủy ban MTTQ Việt Nam xã tặng giấy khen.
Thanh Nhàn
Lượt xem: 534
Tin khác
- Phường Vị Thanh đối thoại với người dân về chỉnh trang đô thị (09/01/2026)
- Xã Mỹ Xuyên trao 300 phần quà cho hộ nghèo đồng bào Khmer (05/01/2026)
- Hội nghị Ủy ban MTTQ Việt Nam thành phố lần thứ 3 (29/12/2025)
""", "2026-01-16", "Xã Phong Điền triển khai nhiệm vụ công tác Mặt trận năm 2026",
E("tong_ket", "2025", "2026-01-14"),
[P("Lâm Thị Sa Ra", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Huỳnh Văn Tài", "Bí thư Đảng ủy xã"),
 P("Nguyễn Thị Bé Tư", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Đỗ Thị Mỹ Linh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Chủ tịch Hội Liên hiệp Phụ nữ xã"),
 P("Trần Văn Bảy", "Trưởng ban Công tác Mặt trận ấp Nhơn Lộc 1")],
[Q("3 hội nghị", 3, "hội nghị"), Q("2 hội nghị góp ý", 2, "hội nghị góp ý"), Q("412 ý kiến", 412, "ý kiến"), Q("6 cuộc giám sát", 6, "cuộc giám sát"),
 Q("14 nội dung", 14, "nội dung"), Q("12 nội dung", 12, "nội dung"), Q("48 căn nhà Đại đoàn kết", 48, "căn nhà Đại đoàn kết"),
 Q("17 căn", 17, "căn"), Q("hơn 3,1 tỷ đồng", 3100000000, "đồng", "over"), Q("845 triệu đồng", 845000000, "đồng"),
 Q("1.260 phần quà", 1260, "phần quà"), Q("500.000 đồng", 500000, "đồng"), Q("23 tổ phụ nữ", 23, "tổ phụ nữ"),
 Q("9 tập thể", 9, "tập thể"), Q("16 cá nhân", 16, "cá nhân")],
[D("Quyết định", "1352", "QĐ-UBND", None, "UBND thành phố", "Quyết định số 1352/QĐ-UBND"),
 D("Kết luận", "18", "KL/TW", None, "Ban Chấp hành Trung ương", "Kết luận số 18-KL/TW"),
 D("Hướng dẫn", "05", "HD/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam thành phố", "Hướng dẫn số 05-HD/MTTQ-BTT")],
[prov("Cần Thơ"), com("Phong Điền")],
["ỦY BAN MTTQ VIỆT NAM THÀNH PHỐ CẦN THƠ", "Trang chủ / Tin cơ sở / Xã, phường", "Ảnh: Toàn cảnh hội nghị.", "Hiến pháp năm 2013",
 "Cả nước chung tay xóa nhà tạm, nhà dột nát", "Vì người nghèo", "Lượt xem: 534"],
["Thứ Sáu, 16/01/2026 - 09:00", "năm 2026", "năm 2025", "năm đầu tiên", "khóa XVI", "nhiệm kỳ 2026-2031", "ấp Nhơn Lộc 1", "Lượt xem: 534"]))
