from lib import *
PAGES = []

PAGES.append(page("b6161-kontum-bdv-taphuan-luat-2022", """
BÁO KON TUM ĐIỆN TỬ
Trang chủ » Chính trị » Dân vận
Thứ Năm, 22/12/2022 - 15:30
Các đại biểu dự hội nghị tại điểm cầu tỉnh.
Tập huấn triển khai Luật Thực hiện dân chủ ở cơ sở cho cán bộ chủ chốt
Ngày 21/12, Ban Dân vận Tỉnh ủy Kon Tum phối hợp với Sở Tư pháp tổ chức hội nghị tập huấn năm 2022 về triển khai Luật Thực hiện dân chủ ở cơ sở. Hội nghị được tổ chức trực tuyến tới 12 điểm cầu huyện, thành phố với gần 250 đại biểu là bí thư, chủ tịch UBND, chủ tịch Ủy ban MTTQ của 102 xã, phường, thị trấn.
Chủ trì hội nghị có đồng chí A Pớt, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; các đồng chí A Tuấn, Nguyễn Văn Hùng - Phó Trưởng Ban Dân vận Tỉnh ủy; đồng chí Y Hương, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Tại hội nghị, ông Lê Quang Minh, Phó Giám đốc Sở Tư pháp, giới thiệu những điểm mới của Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 được Quốc hội khóa XV thông qua ngày 10/11/2022, có hiệu lực từ ngày 1/7/2023, thay thế Pháp lệnh số 34/2007/PL-UBTVQH11. Luật mở rộng phạm vi thực hiện dân chủ ở cơ quan, đơn vị, doanh nghiệp; quy định rõ những nội dung công dân được biết, được bàn và quyết định, được tham gia ý kiến, được kiểm tra, giám sát.
Đồng chí A Pớt yêu cầu các cấp ủy, chính quyền quán triệt Luật gắn với tổng kết Chỉ thị 30-CT/TW của Bộ Chính trị và Kết luận 120-KL/TW; thực hiện nghiêm Kế hoạch số 125-KH/TU ngày 5/12/2022 của Ban Thường vụ Tỉnh ủy về triển khai thi hành Luật. Ban Dân vận Tỉnh ủy sẽ biên soạn 3.000 cuốn tài liệu hỏi - đáp bằng tiếng Việt, tiếng Xơ Đăng và tiếng Ba Na để phát tới các thôn, làng.
Chia sẻ tại hội nghị, ông A Hmun, Bí thư Đảng ủy xã Đăk Na, người dân tộc Xơ Đăng, cho biết xã có 9 thôn đều đã họp dân bàn về mức đóng góp làm đường, với khoảng 80% hộ đồng ý. Bà Y Thoan, Chủ tịch Ủy ban MTTQ xã Măng Cành, đề nghị tỉnh hỗ trợ kinh phí in tài liệu tuyên truyền bằng tiếng dân tộc cho 1.210 hộ đồng bào Mơ Nâm của xã.
Ông Đinh Văn Khởi, người có uy tín làng Kon Plông, xã Măng Cành, cho rằng khi chính quyền công khai các khoản hỗ trợ theo Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi, bà con trong làng tin tưởng và tự giác tham gia giám sát.
Theo kế hoạch, trong quý I năm 2023, Ban Dân vận Tỉnh ủy sẽ tiếp tục mở 4 lớp tập huấn chuyên sâu cho trưởng thôn, trưởng ban công tác Mặt trận và thành viên Ban Thanh tra nhân dân ở cơ sở.
Kim Thoa
Tin liên quan
- Đăk Glei: Đối thoại giữa người đứng đầu với nhân dân (15/12/2022)
- Tuyên dương 64 người có uy tín tiêu biểu (01/12/2022)
- Sa Thầy tổng kết công tác dân vận năm 2022 (22/11/2022)
""", "2022-12-22", "Tập huấn triển khai Luật Thực hiện dân chủ ở cơ sở cho cán bộ chủ chốt",
E("tap_huan", "2022", "2022-12-21"),
[P("A Pớt", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("A Tuấn", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Hùng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Y Hương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Quang Minh", "Phó Giám đốc Sở Tư pháp"),
 P("A Hmun", "Bí thư Đảng ủy xã Đăk Na"),
 P("Y Thoan", "Chủ tịch Ủy ban MTTQ xã Măng Cành"),
 P("Đinh Văn Khởi", "người có uy tín làng Kon Plông")],
[Q("12 điểm cầu huyện, thành phố", 12, "điểm cầu huyện, thành phố"), Q("gần 250 đại biểu", 250, "đại biểu", "approx"),
 Q("102 xã, phường, thị trấn", 102, "xã, phường, thị trấn"), Q("3.000 cuốn tài liệu", 3000, "cuốn tài liệu"),
 Q("9 thôn", 9, "thôn"), Q("khoảng 80%", 80, "%", "approx"), Q("1.210 hộ đồng bào Mơ Nâm", 1210, "hộ đồng bào Mơ Nâm"),
 Q("4 lớp tập huấn chuyên sâu", 4, "lớp tập huấn chuyên sâu")],
[D("Luật", "10", "2022/QH15", "2022-11-10", "Quốc hội", "Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15"),
 D("Pháp lệnh", "34", "2007/PL-UBTVQH11", None, None, "Pháp lệnh số 34/2007/PL-UBTVQH11"),
 D("Chỉ thị", "30", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 30-CT/TW"),
 D("Kết luận", "120", "KL/TW", None, None, "Kết luận 120-KL/TW"),
 D("Kế hoạch", "125", "KH/TU", "2022-12-05", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 125-KH/TU ngày 5/12/2022")],
[prov("Kon Tum"), com("Đăk Na"), com("Măng Cành")],
["BÁO KON TUM ĐIỆN TỬ", "Trang chủ » Chính trị » Dân vận", "Các đại biểu dự hội nghị tại điểm cầu tỉnh.",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi", "Ban Thanh tra nhân dân"],
["Thứ Năm, 22/12/2022 - 15:30", "năm 2022", "khóa XV", "1/7/2023", "quý I năm 2023"]))

PAGES.append(page("b6162-quangtri-tinhuy-hoinghi-quantriet-luat-2023", """
Báo Quảng Trị - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Quảng Trị
Chính trị / Xây dựng Đảng
16/06/2023 09:15 GMT+7
Quán triệt Luật Thực hiện dân chủ ở cơ sở trước ngày có hiệu lực
QTO - Sáng 15/6/2023, Ban Thường vụ Tỉnh ủy Quảng Trị tổ chức hội nghị quán triệt, triển khai Luật Thực hiện dân chủ ở cơ sở đến cán bộ chủ chốt các cấp. Hội nghị được kết nối tới 10 điểm cầu cấp huyện và 125 điểm cầu cấp xã với hơn 3.000 đại biểu tham dự.
Đồng chí Lê Thị Hương Giang, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị. Báo cáo viên là ông Trần Quốc Tuấn, Vụ trưởng Vụ Dân vận chính quyền Ban Dân vận Trung ương.
Ông Trần Quốc Tuấn phát biểu tại hội nghị. Ảnh: Đ.V
Báo cáo viên đã giới thiệu những nội dung cơ bản của Luật số 10/2022/QH15, gồm những nội dung công dân ở xã, phường, thị trấn được biết, được bàn và quyết định; việc thực hiện dân chủ trong cơ quan nhà nước, đơn vị sự nghiệp công lập và doanh nghiệp. Luật có hiệu lực từ ngày 1/7/2023, thay thế Pháp lệnh 34/2007/PL-UBTVQH11 đã thực hiện 16 năm.
Theo đồng chí Lê Thị Hương Giang, để thi hành Luật, Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 241-KH/TU và Hướng dẫn số 09-HD/BDVTU của Ban Dân vận Tỉnh ủy; UBND tỉnh ban hành Quyết định số 1289/QĐ-UBND ngày 2/6/2023 về kế hoạch triển khai thi hành Luật. Toàn tỉnh hiện có 1.050 thôn, bản, khu phố đang rà soát, sửa đổi hương ước, quy ước cho phù hợp với Luật mới; 5.000 cuốn sách hỏi - đáp về Luật sẽ được cấp phát đến thôn, bản trong tháng 7.
Tham luận tại hội nghị, ông Hồ Văn Năm, Bí thư Đảng ủy xã Hướng Phùng, người Vân Kiều, đề nghị quan tâm tuyên truyền bằng tiếng Vân Kiều, Pa Kô vì còn khoảng 30% người dân lớn tuổi chưa thạo tiếng phổ thông. Ông Kăn Sơn, Chủ tịch UBND xã A Dơi, nêu thực tế hằng năm xã tổ chức 2 kỳ hội nghị cử tri ở 9 thôn, nay cần thêm hình thức lấy ý kiến qua tổ liên gia.
Bà Nguyễn Thị Bích Hạnh, Giám đốc Công ty cổ phần May Triệu Hải, cho biết doanh nghiệp có 1.260 công nhân lao động, đang xây dựng lại quy chế dân chủ ở nơi làm việc theo tinh thần Luật mới.
Kết luận hội nghị, đồng chí Lê Thị Hương Giang yêu cầu các cấp ủy đưa việc thi hành Luật vào chương trình công tác trọng tâm; Mặt trận và các đoàn thể chủ động hướng dẫn nhân dân thực hiện quyền giám sát; các địa phương báo cáo kết quả về Ban Dân vận Tỉnh ủy trước ngày 30/12/2023.
Đức Việt
Xem thêm
- Hướng Hóa: Phát huy vai trò người có uy tín trong đồng bào Vân Kiều, Pa Kô (10/06/2023)
- Góp ý xây dựng Đảng, chính quyền tại Vĩnh Linh (02/06/2023)
- Đối thoại với nông dân về chuyển đổi cây trồng (25/05/2023)
""", "2023-06-16", "Quán triệt Luật Thực hiện dân chủ ở cơ sở trước ngày có hiệu lực",
E("hoi_nghi", None, "2023-06-15"),
[P("Lê Thị Hương Giang", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Quốc Tuấn", "Vụ trưởng Vụ Dân vận chính quyền Ban Dân vận Trung ương"),
 P("Hồ Văn Năm", "Bí thư Đảng ủy xã Hướng Phùng"),
 P("Kăn Sơn", "Chủ tịch UBND xã A Dơi"),
 P("Nguyễn Thị Bích Hạnh", "Giám đốc Công ty cổ phần May Triệu Hải")],
[Q("10 điểm cầu cấp huyện", 10, "điểm cầu cấp huyện"), Q("125 điểm cầu cấp xã", 125, "điểm cầu cấp xã"),
 Q("hơn 3.000 đại biểu", 3000, "đại biểu", "over"), Q("1.050 thôn, bản, khu phố", 1050, "thôn, bản, khu phố"),
 Q("5.000 cuốn sách", 5000, "cuốn sách"), Q("khoảng 30%", 30, "%", "approx"), Q("9 thôn", 9, "thôn"),
 Q("1.260 công nhân lao động", 1260, "công nhân lao động")],
[D("Luật", "10", "2022/QH15", None, None, "Luật số 10/2022/QH15"),
 D("Pháp lệnh", "34", "2007/PL-UBTVQH11", None, None, "Pháp lệnh 34/2007/PL-UBTVQH11"),
 D("Kế hoạch", "241", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 241-KH/TU"),
 D("Hướng dẫn", "09", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 09-HD/BDVTU"),
 D("Quyết định", "1289", "QĐ-UBND", "2023-06-02", "UBND tỉnh", "Quyết định số 1289/QĐ-UBND ngày 2/6/2023")],
[prov("Quảng Trị"), com("Hướng Phùng"), com("A Dơi")],
["Báo Quảng Trị - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Quảng Trị", "Chính trị / Xây dựng Đảng", "QTO",
 "Ông Trần Quốc Tuấn phát biểu tại hội nghị. Ảnh: Đ.V", "Luật Thực hiện dân chủ ở cơ sở", "Công ty cổ phần May Triệu Hải"],
["16/06/2023 09:15 GMT+7", "1/7/2023", "16 năm", "2 kỳ", "tháng 7", "30/12/2023"]))

PAGES.append(page("b6163-dongthap-tanphutrung-doithoai-2023", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ TÂN PHÚ TRUNG
Huyện Châu Thành - Tỉnh Đồng Tháp
Tin tức | Hoạt động chính quyền
12/10/2023 | 16:20
Bí thư Đảng ủy, Chủ tịch UBND xã đối thoại với nhân dân
Ngày 11/10/2023, Đảng ủy, UBND xã Tân Phú Trung tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2023. Đây là lần đầu xã tổ chức đối thoại theo Luật Thực hiện dân chủ ở cơ sở có hiệu lực từ ngày 1/7/2023.
Chủ trì đối thoại có ông Lê Văn Tư, Bí thư Đảng ủy xã; ông Trần Minh Hiếu, Phó Bí thư Đảng ủy, Chủ tịch UBND xã. Dự có bà Nguyễn Thị Bích Thủy, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã; bà Võ Thị Ngọc Diễm, Chủ tịch Ủy ban MTTQ xã cùng hơn 200 cử tri đại diện cho 8 ấp.
Quang cảnh buổi đối thoại. Ảnh: Thanh Tâm
Buổi đối thoại được tổ chức theo Kế hoạch số 210/KH-UBND của UBND xã, thực hiện Nghị định 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ quy định chi tiết một số điều của Luật và Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân.
Trước hội nghị, Ủy ban MTTQ xã đã tổng hợp 32 ý kiến của cử tri, tập trung vào nâng cấp 1,2 km đường ấp Tân Lập, tình trạng sạt lở bờ sông Hậu, giá lúa thấp và việc chậm cấp giấy chứng nhận quyền sử dụng đất. Ông Phan Văn Lợi (ấp Tân Lập) hỏi khoản kinh phí 680 triệu đồng làm đường đã được công khai ở đâu. Bà Huỳnh Thị Lệ (ấp Tân Hòa) phản ánh 95 hộ ven sông chưa được khảo sát di dời khỏi vùng sạt lở.
Trả lời các ý kiến, ông Trần Minh Hiếu cho biết dự toán công trình đã niêm yết tại trụ sở UBND xã và nhà văn hóa ấp từ tháng 8, đồng thời đọc trên hệ thống loa truyền thanh; nhân dân đóng góp 30% kinh phí, phần còn lại do ngân sách huyện hỗ trợ. Về sạt lở, xã đã đề xuất huyện đưa 95 hộ vào danh sách di dời năm 2024, mỗi hộ được hỗ trợ tối đa 50 triệu đồng theo chính sách của tỉnh.
Phát biểu kết thúc hội nghị, ông Lê Văn Tư cho biết 27 ý kiến đã được trả lời trực tiếp tại hội nghị, 5 ý kiến thuộc thẩm quyền cấp trên sẽ được xã tổng hợp, kiến nghị. Ông đề nghị Ủy ban MTTQ và Ban Thanh tra nhân dân xã giám sát việc thực hiện các nội dung đã cam kết; từ nay, xã sẽ tổ chức đối thoại định kỳ mỗi năm ít nhất 1 lần. Nội dung trả lời sẽ được đăng trên trang thông tin điện tử và niêm yết tại nhà văn hóa các ấp để bà con cùng theo dõi.
Văn phòng - Thống kê xã
Các tin khác
- Xã Tân Phú Trung ra mắt tổ liên gia tự quản (28/09/2023)
- Hội nghị nhân dân ấp Tân Hòa bầu trưởng ấp (15/09/2023)
- Công khai dự toán ngân sách xã năm 2023 (10/07/2023)
""", "2023-10-12", "Bí thư Đảng ủy, Chủ tịch UBND xã đối thoại với nhân dân",
E("doi_thoai", "2023", "2023-10-11"),
[P("Lê Văn Tư", "Bí thư Đảng ủy xã"),
 P("Trần Minh Hiếu", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Nguyễn Thị Bích Thủy", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã"),
 P("Võ Thị Ngọc Diễm", "Chủ tịch Ủy ban MTTQ xã"),
 P("Phan Văn Lợi"),
 P("Huỳnh Thị Lệ")],
[Q("hơn 200 cử tri", 200, "cử tri", "over"), Q("8 ấp", 8, "ấp"), Q("32 ý kiến", 32, "ý kiến"), Q("1,2 km", 1.2, "km"),
 Q("680 triệu đồng", 680000000, "đồng"), Q("95 hộ", 95, "hộ"), Q("30%", 30, "%"),
 Q("tối đa 50 triệu đồng", 50000000, "đồng"), Q("27 ý kiến", 27, "ý kiến"), Q("5 ý kiến", 5, "ý kiến")],
[D("Kế hoạch", "210", "KH-UBND", None, "UBND xã", "Kế hoạch số 210/KH-UBND"),
 D("Nghị định", "59", "2023/NĐ-CP", "2023-08-14", "Chính phủ", "Nghị định 59/2023/NĐ-CP ngày 14/8/2023"),
 D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", "Quy định số 11-QĐi/TW ngày 18/2/2019")],
[prov("Đồng Tháp"), com("Tân Phú Trung")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ TÂN PHÚ TRUNG", "Huyện Châu Thành - Tỉnh Đồng Tháp", "Tin tức | Hoạt động chính quyền",
 "Quang cảnh buổi đối thoại. Ảnh: Thanh Tâm", "Luật Thực hiện dân chủ ở cơ sở", "Văn phòng - Thống kê xã", "Ban Thanh tra nhân dân"],
["12/10/2023 | 16:20", "năm 2023", "1/7/2023", "năm 2024", "tháng 8", "ít nhất 1 lần"]))

PAGES.append(page("b6164-thuathienhue-hdnd-giamsat-2024", """
BÁO THỪA THIÊN HUẾ ONLINE
Chính trị | Thời sự
Thứ Tư, 28/08/2024 10:12
Giám sát việc thi hành Luật Thực hiện dân chủ ở cơ sở tại A Lưới
Ngày 27/8, Đoàn giám sát của Ban Pháp chế HĐND tỉnh Thừa Thiên Huế do ông Lê Đình Khải, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực HĐND tỉnh làm trưởng đoàn đã làm việc với UBND huyện A Lưới về kết quả một năm thi hành Luật Thực hiện dân chủ ở cơ sở. Đây là nội dung trong chương trình giám sát chuyên đề năm 2024 theo Nghị quyết số 14/NQ-HĐND ngày 12/4/2024 của HĐND tỉnh.
Ông Lê Đình Khải phát biểu tại buổi giám sát.
Cùng tham gia đoàn có bà Hoàng Thị Thu Sương, Trưởng Ban Pháp chế HĐND tỉnh, và đại diện Ủy ban MTTQ Việt Nam tỉnh, Sở Nội vụ.
Báo cáo với đoàn, bà Kê Thị Bloong, HUV, Phó Chủ tịch UBND huyện A Lưới, cho biết huyện đã triển khai Nghị định 59, 61/2023/NĐ-CP của Chính phủ và Quyết định số 2015/QĐ-UBND của UBND tỉnh đến 18 xã, thị trấn. 100% thôn đã tổ chức hội nghị để nhân dân bàn, biểu quyết sửa đổi hương ước, quy ước; có 86% hương ước được UBND huyện công nhận. Trong một năm, các xã tổ chức 45 cuộc đối thoại với người dân, tiếp nhận 128 ý kiến, kiến nghị; nhân dân đóng góp 3,2 tỷ đồng và 2.400 ngày công làm đường liên thôn.
Toàn tỉnh, theo báo cáo của UBND tỉnh gửi đoàn, 141 xã, phường, thị trấn đã niêm yết công khai đủ các nội dung theo Luật; hơn 1.200 bản hương ước, quy ước của thôn, tổ dân phố đang được rà soát.
Tại buổi làm việc, ông Hồ Văn Hạnh, Bí thư Đảng ủy xã Hồng Thượng, người Tà Ôi, phản ánh một số thôn chưa có hội trường đủ chỗ cho cuộc họp cộng đồng dân cư, có thôn trên 300 hộ phải họp ngoài sân. Ông Nguyễn Văn Quế, Chủ tịch Ủy ban MTTQ phường Thủy Dương (thị xã Hương Thủy), được đoàn mời chia sẻ kinh nghiệm tổ chức biểu quyết qua phiếu, cho biết phường đã lấy ý kiến của 2.150 hộ về việc chỉnh trang khu dân cư.
Đoàn giám sát chỉ ra một số hạn chế: việc niêm yết công khai ở một số thôn chưa kịp thời; còn 3 xã chưa kiện toàn Ban Thanh tra nhân dân theo quy định mới; kinh phí bảo đảm cho hoạt động giám sát của cộng đồng còn thấp.
Kết luận, ông Lê Đình Khải đề nghị UBND huyện tập trung hoàn thành việc công nhận hương ước trong năm 2024; bố trí kinh phí cho Ban Thanh tra nhân dân không dưới 5 triệu đồng/năm; phát huy vai trò già làng, người có uy tín trong vận động đồng bào Tà Ôi, Cơ Tu, Pa Kô thực hiện dân chủ.
Minh Văn
Tin cùng chuyên mục
- Phú Vang đối thoại với ngư dân (20/08/2024)
- Tập huấn nghiệp vụ cho Ban Giám sát đầu tư của cộng đồng (12/08/2024)
- Huế chuẩn bị thành lập thành phố trực thuộc Trung ương (01/08/2024)
""", "2024-08-28", "Giám sát việc thi hành Luật Thực hiện dân chủ ở cơ sở tại A Lưới",
E("giam_sat", "2024", "2024-08-27"),
[P("Lê Đình Khải", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch Thường trực HĐND tỉnh"),
 P("Hoàng Thị Thu Sương", "Trưởng Ban Pháp chế HĐND tỉnh"),
 P("Kê Thị Bloong", "HUV", "Phó Chủ tịch UBND huyện A Lưới"),
 P("Hồ Văn Hạnh", "Bí thư Đảng ủy xã Hồng Thượng"),
 P("Nguyễn Văn Quế", "Chủ tịch Ủy ban MTTQ phường Thủy Dương")],
[Q("18 xã, thị trấn", 18, "xã, thị trấn"), Q("100%", 100, "%"), Q("86%", 86, "%"), Q("45 cuộc đối thoại", 45, "cuộc đối thoại"),
 Q("128 ý kiến, kiến nghị", 128, "ý kiến, kiến nghị"), Q("3,2 tỷ đồng", 3200000000, "đồng"), Q("2.400 ngày công", 2400, "ngày công"),
 Q("141 xã, phường, thị trấn", 141, "xã, phường, thị trấn"), Q("hơn 1.200 bản hương ước, quy ước", 1200, "bản hương ước, quy ước", "over"),
 Q("trên 300 hộ", 300, "hộ", "over"), Q("2.150 hộ", 2150, "hộ"), Q("3 xã", 3, "xã"),
 Q("không dưới 5 triệu đồng/năm", 5000000, "đồng", "over")],
[D("Nghị quyết", "14", "NQ-HĐND", "2024-04-12", "HĐND tỉnh", "Nghị quyết số 14/NQ-HĐND ngày 12/4/2024"),
 D("Nghị định", "59", "2023/NĐ-CP", None, "Chính phủ", "Nghị định 59, 61/2023/NĐ-CP"),
 D("Nghị định", "61", "2023/NĐ-CP", None, "Chính phủ", "Nghị định 59, 61/2023/NĐ-CP"),
 D("Quyết định", "2015", "QĐ-UBND", None, "UBND tỉnh", "Quyết định số 2015/QĐ-UBND")],
[prov("Thừa Thiên Huế"), com("Hồng Thượng"), com("Thủy Dương")],
["BÁO THỪA THIÊN HUẾ ONLINE", "Chính trị | Thời sự", "Ông Lê Đình Khải phát biểu tại buổi giám sát.",
 "Luật Thực hiện dân chủ ở cơ sở", "Ban Thanh tra nhân dân"],
["Thứ Tư, 28/08/2024 10:12", "một năm", "năm 2024", "Trong một năm"]))

PAGES.append(page("b6165-binhduong-dinhhoa-giaoban-2024", """
ĐẢNG ỦY PHƯỜNG ĐỊNH HÒA - THÀNH PHỐ THỦ DẦU MỘT
You are here: Home > Tin tức > Công tác dân vận
05.04.2024 | 08:10
Đồng chí Võ Thị Kim Chi chủ trì giao ban.
Phường Định Hòa: Giao ban dân vận, thực hiện dân chủ ở cơ sở
Chiều 4/4/2024, Khối dân vận phường Định Hòa (thành phố Thủ Dầu Một, tỉnh Bình Dương) tổ chức hội nghị giao ban công tác dân vận và thực hiện dân chủ ở cơ sở quý I năm 2024. Đồng chí Võ Thị Kim Chi, Phó Bí thư Thường trực Đảng ủy, Trưởng khối dân vận phường chủ trì. Dự có đồng chí Trần Minh Hoàng, Thành ủy viên, Bí thư Đảng ủy phường; các đồng chí Phó Chủ tịch UBND phường: Lê Văn Hùng, Nguyễn Thị Ngọc Hân.
Theo báo cáo, trong quý, Đảng ủy phường ban hành Kế hoạch 15-KH/ĐU về thực hiện Luật Thực hiện dân chủ ở cơ sở năm 2024; UBND phường ban hành Quyết định số 45/QĐ-UBND ngày 10/1/2024 về danh mục nội dung công khai theo Nghị định 59/2023/NĐ-CP. Phường tiếp tục thực hiện Chỉ thị 22-CT/TU của Ban Thường vụ Tỉnh ủy về đối thoại, tiếp công dân.
12 khu phố đã tổ chức hội nghị cộng đồng dân cư để bàn và quyết định việc đóng góp lắp đặt camera an ninh, sửa chữa hẻm; 89 ý kiến của người dân được tiếp nhận, 81 ý kiến đã được giải quyết. Nhân dân đóng góp 4,5 tỷ đồng, trong đó 320 hộ hiến đất mở rộng hẻm. Tổ hòa giải các khu phố hòa giải thành 15 vụ việc, đạt 93,7%; 96% hộ gia đình đăng ký xây dựng gia đình văn hóa.
Tại hội nghị, ông Huỳnh Văn Sáu, Trưởng khu phố 3, cho biết khu phố có hơn 4.000 nhân khẩu, trong đó 70% là người lao động từ các tỉnh đến thuê trọ, việc mời họ dự họp khu phố còn khó. Bà Lâm Thị Mỹ, Chủ tịch Hội LHPN phường, đề nghị lồng ghép tuyên truyền Luật vào sinh hoạt chi hội phụ nữ trong các khu nhà trọ, nơi có khoảng 2.500 công nhân. Ông Thạch Sa Rươn, Phó Bí thư Chi đoàn khu phố 5, người Khmer, giới thiệu mô hình "Zalo khu phố" để người dân góp ý trực tuyến.
Kết luận hội nghị, đồng chí Võ Thị Kim Chi yêu cầu quý II tập trung kiểm tra việc công khai ở 12 khu phố; chuẩn bị hội nghị đối thoại giữa Bí thư Đảng ủy, Chủ tịch UBND phường với nhân dân; vận động người lao động ngoại tỉnh tham gia các cuộc họp cộng đồng.
Dịp này, Khối dân vận phường biểu dương khu phố 3 và khu phố 5 là hai đơn vị dẫn đầu trong việc tổ chức họp dân, lấy ý kiến người dân về các công trình do nhân dân đóng góp; mỗi khu phố được tặng giấy khen và phần thưởng.
Bảo Ngọc
Lượt xem: 615
Tin liên quan
- Phường Định Hòa ra mắt mô hình "Khu phố an toàn" (20/03/2024)
- Hội nghị nhân dân khu phố 2 bầu trưởng khu phố (08/03/2024)
- Tổng kết công tác dân vận năm 2023 (27/12/2023)
""", "2024-04-05", "Phường Định Hòa: Giao ban dân vận, thực hiện dân chủ ở cơ sở",
E("giao_ban", "2024-Q1", "2024-04-04"),
[P("Võ Thị Kim Chi", "Phó Bí thư Thường trực Đảng ủy", "Trưởng khối dân vận phường"),
 P("Trần Minh Hoàng", "Thành ủy viên", "Bí thư Đảng ủy phường"),
 P("Lê Văn Hùng", "Phó Chủ tịch UBND phường"),
 P("Nguyễn Thị Ngọc Hân", "Phó Chủ tịch UBND phường"),
 P("Huỳnh Văn Sáu", "Trưởng khu phố 3"),
 P("Lâm Thị Mỹ", "Chủ tịch Hội LHPN phường"),
 P("Thạch Sa Rươn", "Phó Bí thư Chi đoàn khu phố 5")],
[Q("12 khu phố", 12, "khu phố"), Q("89 ý kiến", 89, "ý kiến"), Q("81 ý kiến", 81, "ý kiến"), Q("4,5 tỷ đồng", 4500000000, "đồng"),
 Q("320 hộ", 320, "hộ"), Q("15 vụ việc", 15, "vụ việc"), Q("93,7%", 93.7, "%"), Q("96%", 96, "%"),
 Q("hơn 4.000 nhân khẩu", 4000, "nhân khẩu", "over"), Q("70%", 70, "%"), Q("khoảng 2.500 công nhân", 2500, "công nhân", "approx")],
[D("Kế hoạch", "15", "KH/ĐU", None, "Đảng ủy phường", "Kế hoạch 15-KH/ĐU"),
 D("Quyết định", "45", "QĐ-UBND", "2024-01-10", "UBND phường", "Quyết định số 45/QĐ-UBND ngày 10/1/2024"),
 D("Nghị định", "59", "2023/NĐ-CP", None, None, "Nghị định 59/2023/NĐ-CP"),
 D("Chỉ thị", "22", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 22-CT/TU")],
[prov("Bình Dương"), com("Định Hòa")],
["ĐẢNG ỦY PHƯỜNG ĐỊNH HÒA - THÀNH PHỐ THỦ DẦU MỘT", "You are here: Home > Tin tức > Công tác dân vận",
 "Đồng chí Võ Thị Kim Chi chủ trì giao ban.", "Luật Thực hiện dân chủ ở cơ sở", "Zalo khu phố", "Lượt xem: 615"],
["05.04.2024 | 08:10", "quý I năm 2024", "năm 2024", "quý II", "Lượt xem: 615"]))

PAGES.append(page("b6166-langson-bcd-soket-luat-2024", """
Báo Lạng Sơn
Trang chủ › Chính trị › Xây dựng Đảng
Thứ Sáu, 12/07/2024
Sơ kết một năm thi hành Luật Thực hiện dân chủ ở cơ sở
LSO - Ngày 11/7, Ban Chỉ đạo thực hiện dân chủ ở cơ sở tỉnh Lạng Sơn tổ chức hội nghị sơ kết 1 năm thi hành Luật Thực hiện dân chủ ở cơ sở, kết hợp sơ kết công tác 6 tháng đầu năm 2024, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Hoàng Thị Nắm, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Trưởng Ban Chỉ đạo thực hiện dân chủ ở cơ sở tỉnh chủ trì. Tham dự có 31 đồng chí là thành viên Ban Chỉ đạo tỉnh và trưởng ban dân vận các huyện ủy, thành ủy.
Quang cảnh hội nghị sơ kết. Ảnh: Lan Anh
Báo cáo do đồng chí Lộc Văn Páo, Phó Trưởng Ban Dân vận Tỉnh ủy trình bày cho biết: thực hiện Luật số 10/2022/QH15 và Kế hoạch số 198-KH/TU của Ban Thường vụ Tỉnh ủy, các cấp đã tổ chức hơn 5.200 hội nghị để quán triệt, tuyên truyền, với gần 12.000 lượt ý kiến tham gia. Ban Thường vụ Tỉnh ủy đã ban hành Chỉ thị 25, 26-CT/TU về tăng cường sự lãnh đạo của cấp ủy đối với việc thực hiện dân chủ ở cơ sở và về đối thoại của người đứng đầu; UBND tỉnh chỉ đạo rà soát hương ước, quy ước theo Nghị định 61/2023/NĐ-CP của Chính phủ.
Đến nay, 200 xã, phường, thị trấn đã niêm yết công khai đủ nội dung theo Luật; 1.612 trên tổng số 1.645 thôn, khối phố đã sửa đổi hương ước, quy ước, đạt 98%. Trong 6 tháng, nhân dân đóng góp 8,6 tỷ đồng, hiến 21.000 m2 đất xây dựng nông thôn mới.
Tại hội nghị, đồng chí Vi Thị Hằng, HUV, Trưởng Ban Dân vận Huyện ủy Đình Lập, đề nghị hướng dẫn cụ thể việc tổ chức cuộc họp cộng đồng dân cư ở những thôn có trên 70% hộ sống phân tán. Đồng chí Nông Văn Pò, Bí thư Đảng ủy, Chủ tịch HĐND xã Bắc Xa, cho biết xã đã tổ chức lấy phiếu tín nhiệm trưởng thôn tại 7 thôn. Bà Triệu Thị Nhất, người Dao, Trưởng thôn Khuổi Bốc, xã Bắc Xa, chia sẻ việc thôn tự quyết định mức đóng góp 200.000 đồng/hộ để làm đường bê tông.
Đồng chí Lương Thị Cúc, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, phản ánh còn 33 thôn, khối phố chưa sửa đổi xong hương ước, quy ước, chủ yếu ở vùng đặc biệt khó khăn.
Kết luận hội nghị, đồng chí Hoàng Thị Nắm yêu cầu 6 tháng cuối năm các cấp ủy tập trung thực hiện dân chủ trong chuẩn bị đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030; tổ chức tốt hội nghị đối thoại; hoàn thành sửa đổi hương ước, quy ước trước ngày 30/9/2024.
Lan Anh
Tin liên quan
- Văn Lãng: Đối thoại với nhân dân về giải phóng mặt bằng (05/07/2024)
- Lộc Bình ra mắt mô hình "Thôn dân chủ, đoàn kết" (21/06/2024)
- Tập huấn Luật Thực hiện dân chủ cho trưởng thôn (07/06/2024)
""", "2024-07-12", "Sơ kết một năm thi hành Luật Thực hiện dân chủ ở cơ sở",
E("so_ket", "2024-H1", "2024-07-11"),
[P("Hoàng Thị Nắm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Trưởng Ban Chỉ đạo thực hiện dân chủ ở cơ sở tỉnh"),
 P("Lộc Văn Páo", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vi Thị Hằng", "HUV", "Trưởng Ban Dân vận Huyện ủy Đình Lập"),
 P("Nông Văn Pò", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Bắc Xa"),
 P("Triệu Thị Nhất", "Trưởng thôn Khuổi Bốc"),
 P("Lương Thị Cúc", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("31 đồng chí", 31, "đồng chí"), Q("hơn 5.200 hội nghị", 5200, "hội nghị", "over"),
 Q("gần 12.000 lượt ý kiến", 12000, "lượt ý kiến", "approx"), Q("200 xã, phường, thị trấn", 200, "xã, phường, thị trấn"),
 Q("1.612", 1612, "thôn, khối phố"), Q("1.645 thôn, khối phố", 1645, "thôn, khối phố"), Q("98%", 98, "%"),
 Q("8,6 tỷ đồng", 8600000000, "đồng"), Q("21.000 m2", 21000, "m2"), Q("trên 70%", 70, "%", "over"), Q("7 thôn", 7, "thôn"),
 Q("200.000 đồng/hộ", 200000, "đồng"), Q("33 thôn, khối phố", 33, "thôn, khối phố")],
[D("Luật", "10", "2022/QH15", None, None, "Luật số 10/2022/QH15"),
 D("Kế hoạch", "198", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 198-KH/TU"),
 D("Chỉ thị", "25", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 25, 26-CT/TU"),
 D("Chỉ thị", "26", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 25, 26-CT/TU"),
 D("Nghị định", "61", "2023/NĐ-CP", None, "Chính phủ", "Nghị định 61/2023/NĐ-CP")],
[prov("Lạng Sơn"), com("Bắc Xa")],
["Báo Lạng Sơn", "Trang chủ › Chính trị › Xây dựng Đảng", "LSO", "Quang cảnh hội nghị sơ kết. Ảnh: Lan Anh",
 "Luật Thực hiện dân chủ ở cơ sở"],
["Thứ Sáu, 12/07/2024", "31 đồng chí", "1 năm", "6 tháng đầu năm 2024", "6 tháng cuối năm", "Trong 6 tháng",
 "nhiệm kỳ 2025 - 2030", "30/9/2024"]))
