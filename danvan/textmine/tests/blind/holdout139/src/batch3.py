from lib import *
PAGES = []

PAGES.append(page("b3305-quangtri-bdt-giaoban-2021", """
BAN DÂN TỘC TỈNH QUẢNG TRỊ
Trang chủ :: Tin tức - Sự kiện :: Hoạt động
Thứ Ba, 12/10/2021 | 15:00
Đồng chí Hồ Văn Chiêng chủ trì giao ban.
Giao ban công tác dân tộc quý III/2021
Chiều 11/10, Ban Dân tộc tỉnh Quảng Trị tổ chức giao ban đánh giá kết quả công tác quý III và triển khai nhiệm vụ quý IV/2021. Đồng chí Hồ Văn Chiêng, Trưởng Ban Dân tộc tỉnh chủ trì; dự có lãnh đạo các phòng chuyên môn và trưởng phòng Dân tộc các huyện Hướng Hóa, Đakrông.
Theo báo cáo, trong quý III, Ban đã hoàn thành rà soát, trình UBND tỉnh danh sách xã, thôn theo Quyết định 861/QĐ-TTg ngày 4/6/2021 của Thủ tướng Chính phủ và Quyết định 433/QĐ-UBDT ngày 18/6/2021 của Ủy ban Dân tộc. Theo đó, tỉnh có 47 xã khu vực III, 12 xã khu vực II và 121 thôn đặc biệt khó khăn thuộc vùng đồng bào Vân Kiều, Pa Kô.
Trong bối cảnh dịch Covid-19, Ban đã phối hợp hỗ trợ 3.240 suất quà (mỗi suất gồm 10 kg gạo và nhu yếu phẩm) cho hộ nghèo đồng bào dân tộc thiểu số ở các xã biên giới, tổng trị giá hơn 1,4 tỷ đồng; cấp 2.180 bình lọc nước cho các bản thiếu nước sạch. Vốn vay theo Quyết định 2085/QĐ-TTg đã giải ngân cho 286 hộ với tổng số tiền khoảng 8,6 tỷ đồng, chủ yếu hỗ trợ đất ở, làm nhà và chuyển đổi nghề.
Về người có uy tín, tỉnh hiện có 326 người. Ban đã tổ chức thăm hỏi 41 người có uy tín bị ốm đau, mỗi người 500.000 đồng; biểu dương 20 người có đóng góp trong phòng, chống dịch tại các chốt kiểm soát biên giới.
Tại giao ban, bà Căn Thị Tứ, Phó Trưởng Ban Dân tộc tỉnh, báo cáo việc chuẩn bị xây dựng kế hoạch thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021 - 2030, khi Thủ tướng Chính phủ phê duyệt. Ông Kray Sóc, Trưởng phòng Dân tộc huyện Đakrông, đề nghị bố trí kinh phí sửa chữa 9 công trình nước tự chảy bị hư hỏng sau mưa lũ tại các xã A Ngo, Tà Rụt. Ông Lê Quang Vinh, Chánh Văn phòng Ban, đề xuất số hóa hồ sơ hộ thụ hưởng chính sách.
Kết luận giao ban, đồng chí Hồ Văn Chiêng yêu cầu quý IV tập trung tham mưu tổng kết 10 năm thực hiện chính sách dân tộc; chuẩn bị phương án ứng phó mưa bão, bảo đảm không để hộ đồng bào nào bị đói; rà soát, đề xuất nhu cầu đất ở, đất sản xuất, nước sinh hoạt giai đoạn 2021 - 2025. Các phòng hoàn thành số liệu gửi Văn phòng trước ngày 25/10.
Các phòng cũng thống nhất phân công cán bộ theo dõi địa bàn, thường xuyên nắm tình hình đời sống, sản xuất của bà con ở các bản vùng cao trong mùa mưa lũ, báo cáo kịp thời về Ban.
Phòng Tổng hợp
Lượt truy cập: 392.055
Tin khác
- Hướng Hóa: trao 500 suất quà cho đồng bào Vân Kiều (05/10/2021)
- Tổ chức thăm người có uy tín bị ốm đau (28/09/2021)
- Ban Dân tộc làm việc với huyện Cồn Cỏ (15/09/2021)
""", "2021-10-12", "Giao ban công tác dân tộc quý III/2021",
E("giao_ban", "2021-Q3", "2021-10-11"),
[P("Hồ Văn Chiêng", "Trưởng Ban Dân tộc tỉnh"),
 P("Căn Thị Tứ", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Kray Sóc", "Trưởng phòng Dân tộc huyện Đakrông"),
 P("Lê Quang Vinh", "Chánh Văn phòng Ban")],
[Q("47 xã khu vực III", 47, "xã khu vực III"), Q("12 xã khu vực II", 12, "xã khu vực II"),
 Q("121 thôn đặc biệt khó khăn", 121, "thôn đặc biệt khó khăn"), Q("3.240 suất quà", 3240, "suất quà"), Q("10 kg", 10, "kg"),
 Q("hơn 1,4 tỷ đồng", 1400000000, "đồng", "over"), Q("2.180 bình lọc nước", 2180, "bình lọc nước"), Q("286 hộ", 286, "hộ"),
 Q("khoảng 8,6 tỷ đồng", 8600000000, "đồng", "approx"), Q("326 người", 326, "người"), Q("41 người có uy tín", 41, "người có uy tín"),
 Q("500.000 đồng", 500000, "đồng"), Q("20 người", 20, "người"), Q("9 công trình nước tự chảy", 9, "công trình nước tự chảy")],
[D("Quyết định", "861", "QĐ-TTg", "2021-06-04", "Thủ tướng Chính phủ", "Quyết định 861/QĐ-TTg ngày 4/6/2021 của Thủ tướng Chính phủ"),
 D("Quyết định", "433", "QĐ-UBDT", "2021-06-18", "Ủy ban Dân tộc", "Quyết định 433/QĐ-UBDT ngày 18/6/2021 của Ủy ban Dân tộc"),
 D("Quyết định", "2085", "QĐ-TTg", None, None, "Quyết định 2085/QĐ-TTg")],
[prov("Quảng Trị"), com("A Ngo"), com("Tà Rụt")],
["BAN DÂN TỘC TỈNH QUẢNG TRỊ", "Trang chủ :: Tin tức - Sự kiện :: Hoạt động", "Đồng chí Hồ Văn Chiêng chủ trì giao ban.",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021 - 2030",
 "Lượt truy cập: 392.055"],
["Thứ Ba, 12/10/2021 | 15:00", "quý III", "quý IV/2021", "Covid-19", "10 năm", "2021 - 2025", "25/10", "Lượt truy cập: 392.055"]))

PAGES.append(page("b3306-yenbai-bdt-baocao-2021", """
Cổng thông tin điện tử tỉnh Yên Bái
Trang chủ > Chính sách dân tộc > Báo cáo - Thống kê
Ngày 16/12/2021 | 09:15
Kết quả thực hiện chính sách dân tộc năm 2021
Ban Dân tộc tỉnh Yên Bái vừa có Báo cáo số 318/BC-BDT ngày 14/12/2021 gửi UBND tỉnh về kết quả thực hiện công tác dân tộc, chính sách dân tộc năm 2021 và phương hướng, nhiệm vụ năm 2022. Cổng thông tin điện tử tỉnh trích giới thiệu một số nội dung chính.
1. Kết quả thực hiện các chính sách
Năm 2021, tổng nguồn vốn thực hiện các chương trình, chính sách dân tộc trên địa bàn tỉnh đạt khoảng 412 tỷ đồng. Vốn Chương trình 135 được giao 96,5 tỷ đồng, đầu tư 147 công trình hạ tầng và hỗ trợ phát triển sản xuất cho 5.820 hộ; giải ngân đến 30/11/2021 đạt 88,3%.
Chính sách hỗ trợ theo Quyết định 2085/QĐ-TTg: Ngân hàng Chính sách xã hội tỉnh đã cho 734 hộ vay để hỗ trợ đất ở, chuyển đổi nghề và mua sắm thiết bị, với tổng dư nợ hơn 26 tỷ đồng; hỗ trợ nước sinh hoạt phân tán cho 1.905 hộ, mỗi hộ 1,5 triệu đồng.
Các chính sách về giáo dục, y tế tiếp tục được thực hiện đầy đủ: cấp thẻ bảo hiểm y tế cho khoảng 236.000 người dân tộc thiểu số ở vùng khó khăn; hỗ trợ tiền ăn, tiền nhà ở cho hơn 14.000 học sinh bán trú. Đề án hỗ trợ phát triển kinh tế - xã hội các thôn, bản người Mông được triển khai tại 28 thôn với tổng kinh phí 18,2 tỷ đồng, ưu tiên làm đường nội thôn và công trình nước tự chảy.
Chính sách đối với người có uy tín theo Quyết định 12/2018/QĐ-TTg: toàn tỉnh có 1.016 người có uy tín; kinh phí thực hiện năm 2021 khoảng 1,3 tỷ đồng. Người có uy tín đã tham gia hòa giải thành công 189 vụ việc, vận động 12 hộ người Mông ở huyện Mù Cang Chải từ bỏ tà đạo "Giê Sùa".
2. Tồn tại, hạn chế
Tỷ lệ hộ nghèo vùng đồng bào dân tộc thiểu số còn cao, khoảng 24,7%, nhất là ở các huyện Trạm Tấu, Mù Cang Chải. Còn 3.150 hộ thiếu đất sản xuất và 2.460 hộ thiếu nước sinh hoạt.
3. Phương hướng năm 2022
Tập trung triển khai Quyết định 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021 - 2030, giai đoạn I từ năm 2021 đến năm 2025; tham mưu HĐND tỉnh ban hành Nghị quyết 69, 70/NQ-HĐND về cơ chế lồng ghép vốn và định mức hỗ trợ.
Báo cáo do ông Hoàng Xuân Đán, Trưởng Ban Dân tộc tỉnh ký. Trước đó, tại phiên họp thường kỳ tháng 12, ông Lò Văn Thắm, Phó Chủ tịch UBND tỉnh, đề nghị Ban hoàn thiện báo cáo, làm rõ nguyên nhân chậm giải ngân ở xã Bản Mù, xã Xà Hồ.
Ban biên tập
Lượt xem: 512
Tin liên quan
- Trạm Tấu: hỗ trợ 200 hộ nghèo làm nhà (10/12/2021)
- Hội nghị triển khai Quyết định 1719 (30/11/2021)
""", "2021-12-16", "Kết quả thực hiện chính sách dân tộc năm 2021",
E("bao_cao", "2021", None),
[P("Hoàng Xuân Đán", "Trưởng Ban Dân tộc tỉnh"),
 P("Lò Văn Thắm", "Phó Chủ tịch UBND tỉnh")],
[Q("khoảng 412 tỷ đồng", 412000000000, "đồng", "approx"), Q("96,5 tỷ đồng", 96500000000, "đồng"),
 Q("147 công trình hạ tầng", 147, "công trình hạ tầng"), Q("5.820 hộ", 5820, "hộ"), Q("88,3%", 88.3, "%"), Q("734 hộ", 734, "hộ"),
 Q("hơn 26 tỷ đồng", 26000000000, "đồng", "over"), Q("1.905 hộ", 1905, "hộ"), Q("1,5 triệu đồng", 1500000, "đồng"),
 Q("1.016 người có uy tín", 1016, "người có uy tín"), Q("khoảng 236.000 người dân tộc thiểu số", 236000, "người dân tộc thiểu số", "approx"),
 Q("hơn 14.000 học sinh bán trú", 14000, "học sinh bán trú", "over"), Q("28 thôn", 28, "thôn"), Q("18,2 tỷ đồng", 18200000000, "đồng"),
 Q("khoảng 1,3 tỷ đồng", 1300000000, "đồng", "approx"), Q("189 vụ việc", 189, "vụ việc"),
 Q("12 hộ người Mông", 12, "hộ người Mông"), Q("khoảng 24,7%", 24.7, "%", "approx"), Q("3.150 hộ", 3150, "hộ"), Q("2.460 hộ", 2460, "hộ")],
[D("Báo cáo", "318", "BC-BDT", "2021-12-14", "Ban Dân tộc tỉnh Yên Bái", "Báo cáo số 318/BC-BDT ngày 14/12/2021"),
 D("Quyết định", "2085", "QĐ-TTg", None, None, "Quyết định 2085/QĐ-TTg"),
 D("Quyết định", "12", "2018/QĐ-TTg", None, None, "Quyết định 12/2018/QĐ-TTg"),
 D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ"),
 D("Nghị quyết", "69", "NQ-HĐND", None, None, "Nghị quyết 69, 70/NQ-HĐND"),
 D("Nghị quyết", "70", "NQ-HĐND", None, None, "Nghị quyết 69, 70/NQ-HĐND")],
[prov("Yên Bái"), com("Bản Mù"), com("Xà Hồ")],
["Cổng thông tin điện tử tỉnh Yên Bái", "Trang chủ > Chính sách dân tộc > Báo cáo - Thống kê", "Chương trình 135", "Giê Sùa",
 "Ngân hàng Chính sách xã hội tỉnh", "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021 - 2030",
 "Lượt xem: 512"],
["Ngày 16/12/2021 | 09:15", "năm 2021", "năm 2022", "1. Kết quả", "2. Tồn tại", "3. Phương hướng", "30/11/2021", "2021 - 2030", "giai đoạn I", "tháng 12", "Lượt xem: 512"]))

PAGES.append(page("b3307-lamdong-taphuan-1719-2022", """
BÁO LÂM ĐỒNG ĐIỆN TỬ
Chính trị - Xã hội > Dân tộc - Miền núi
19/08/2022 - 10:05
Giảng viên hướng dẫn học viên tại lớp tập huấn. Ảnh: N.Mai
Tập huấn triển khai Chương trình 1719 cho cán bộ cơ sở
(LĐ) - Trong 2 ngày 17 và 18/8/2022, Ban Dân tộc tỉnh Lâm Đồng tổ chức lớp tập huấn nâng cao năng lực thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi năm 2022 cho 140 học viên là công chức làm công tác dân tộc, trưởng thôn và cán bộ các xã vùng đồng bào K'Ho, Mạ, Churu.
Phát biểu khai mạc, ông K'Bình, Phó Trưởng Ban Dân tộc tỉnh, cho biết năm 2022, Lâm Đồng được giao hơn 367 tỷ đồng vốn đầu tư phát triển và khoảng 295 tỷ đồng vốn sự nghiệp để thực hiện 10 dự án thành phần của Chương trình theo Quyết định 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ. Riêng Dự án 1 về giải quyết tình trạng thiếu đất ở, nhà ở, đất sản xuất, nước sinh hoạt, tỉnh dự kiến hỗ trợ 612 hộ làm nhà ở với mức 40 triệu đồng/hộ, 1.438 hộ được hỗ trợ nước sinh hoạt phân tán và 27 công trình nước sinh hoạt tập trung.
Các học viên được ThS. Cil Múp Ha Rin, giảng viên Trường Chính trị tỉnh, và bà K'Thị Nguyên, Trưởng phòng Chính sách Ban Dân tộc tỉnh, hướng dẫn Thông tư 02/2022/TT-UBDT ngày 30/6/2022 của Ủy ban Dân tộc hướng dẫn thực hiện một số dự án thuộc Chương trình; Thông tư số 15/2022/TT-BTC của Bộ Tài chính quy định quản lý và sử dụng kinh phí sự nghiệp; cách lập hồ sơ, rà soát đối tượng thụ hưởng, lập kế hoạch có sự tham gia của người dân.
Theo Ban Dân tộc tỉnh, đến cuối tháng 7/2022, toàn tỉnh mới giải ngân được khoảng 6% vốn Chương trình, chủ yếu do các văn bản hướng dẫn ban hành chậm. Tỉnh đã ban hành Quyết định 1125, 1126/QĐ-UBND của UBND tỉnh giao chỉ tiêu, kế hoạch vốn cho 8 huyện và 2 thành phố.
Tại buổi thảo luận, ông Touprong Ya Hiền, công chức văn hóa - xã hội xã Tà Năng (huyện Đức Trọng), nêu vướng mắc khi hộ đồng bào Churu có đất nhưng chưa được cấp giấy chứng nhận quyền sử dụng đất. Bà Điểu Thị Ngọc Ánh, trưởng thôn Bù Gia Rá, xã Lộc Bảo (huyện Bảo Lâm), hỏi về mức hỗ trợ chuyển đổi nghề cho hộ người Mạ không còn đất sản xuất.
Bế giảng lớp học, ông K'Bình đề nghị học viên vận dụng kiến thức để tham mưu cho cấp ủy, chính quyền cơ sở đẩy nhanh tiến độ, bảo đảm công khai, đúng đối tượng, không để thất thoát. Theo kế hoạch, Ban sẽ tổ chức tiếp 4 lớp tại các huyện Lạc Dương, Đam Rông, Di Linh, Cát Tiên trong tháng 9.
N.Mai
Tin liên quan
- Đam Rông: rà soát 1.200 hộ thiếu nước sinh hoạt (12/08/2022)
- Lạc Dương: hội nghị người có uy tín năm 2022 (05/08/2022)
- Di Linh: bàn giao nhà cho hộ nghèo K'Ho (28/07/2022)
""", "2022-08-19", "Tập huấn triển khai Chương trình 1719 cho cán bộ cơ sở",
E("tap_huan", "2022", "2022-08-17"),
[P("K'Bình", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Cil Múp Ha Rin", "ThS.", "giảng viên Trường Chính trị tỉnh"),
 P("K'Thị Nguyên", "Trưởng phòng Chính sách Ban Dân tộc tỉnh"),
 P("Touprong Ya Hiền", "công chức văn hóa - xã hội xã Tà Năng"),
 P("Điểu Thị Ngọc Ánh", "trưởng thôn Bù Gia Rá")],
[Q("140 học viên", 140, "học viên"), Q("hơn 367 tỷ đồng", 367000000000, "đồng", "over"),
 Q("khoảng 295 tỷ đồng", 295000000000, "đồng", "approx"), Q("10 dự án thành phần", 10, "dự án thành phần"),
 Q("612 hộ", 612, "hộ"), Q("40 triệu đồng/hộ", 40000000, "đồng"), Q("1.438 hộ", 1438, "hộ"),
 Q("27 công trình nước sinh hoạt tập trung", 27, "công trình nước sinh hoạt tập trung"), Q("khoảng 6%", 6, "%", "approx"),
 Q("8 huyện", 8, "huyện"), Q("2 thành phố", 2, "thành phố"), Q("4 lớp", 4, "lớp")],
[D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ"),
 D("Thông tư", "02", "2022/TT-UBDT", "2022-06-30", "Ủy ban Dân tộc", "Thông tư 02/2022/TT-UBDT ngày 30/6/2022 của Ủy ban Dân tộc"),
 D("Thông tư", "15", "2022/TT-BTC", None, "Bộ Tài chính", "Thông tư số 15/2022/TT-BTC của Bộ Tài chính"),
 D("Quyết định", "1125", "QĐ-UBND", None, "UBND tỉnh", "Quyết định 1125, 1126/QĐ-UBND của UBND tỉnh"),
 D("Quyết định", "1126", "QĐ-UBND", None, "UBND tỉnh", "Quyết định 1125, 1126/QĐ-UBND của UBND tỉnh")],
[prov("Lâm Đồng"), com("Tà Năng"), com("Lộc Bảo")],
["BÁO LÂM ĐỒNG ĐIỆN TỬ", "Chính trị - Xã hội > Dân tộc - Miền núi", "Giảng viên hướng dẫn học viên tại lớp tập huấn. Ảnh: N.Mai", "(LĐ)",
 "Chương trình 1719", "Dự án 1", "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi"],
["19/08/2022 - 10:05", "2 ngày", "năm 2022", "Chương trình 1719", "Dự án 1", "tháng 7/2022", "tháng 9"]))

PAGES.append(page("b3308-nghean-giamsat-1719-2022", """
Báo Nghệ An
Thời sự › Chính trị › HĐND các cấp
04/11/2022 08:45 GMT+7
Ban Dân tộc HĐND tỉnh giám sát Chương trình 1719 tại Kỳ Sơn
(Baonghean.vn) - Ngày 3/11, Đoàn giám sát của Ban Dân tộc HĐND tỉnh Nghệ An do ông Vi Văn Sơn, Trưởng Ban Dân tộc HĐND tỉnh, làm trưởng đoàn đã làm việc với UBND huyện Kỳ Sơn về tình hình thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi. Đây là nội dung giám sát chuyên đề năm 2022 của Ban.
Đoàn giám sát khảo sát công trình nước sinh hoạt tại bản Huồi Cáng 2, xã Bắc Lý.
Cùng đi có bà Lữ Thị Hoa, Phó Trưởng Ban Dân tộc HĐND tỉnh; ông Lô Minh Tuấn, Phó Trưởng Ban Dân tộc tỉnh. Báo cáo với đoàn, ông Xồng Bá Già, Phó Chủ tịch UBND huyện Kỳ Sơn, cho biết năm 2022 huyện được giao tổng vốn hơn 231 tỷ đồng, đến ngày 31/10 mới giải ngân 19,4%. Trong đó, Dự án 1 có kế hoạch hỗ trợ 586 hộ làm nhà ở, 214 hộ đất ở và khoảng 2.300 hộ thiếu nước sinh hoạt; đến nay mới khởi công 118 căn nhà.
Theo ông Xồng Bá Già, huyện có 21 xã đều là xã khu vực III, hơn 80% dân số là người Mông, Khơ Mú, Thái. Quỹ đất để hỗ trợ đất ở, đất sản xuất gần như không còn, nhiều bản ở sườn núi cao không có nguồn nước để xây công trình tập trung. Huyện kiến nghị cho phép chuyển 4,2 tỷ đồng vốn hỗ trợ đất sản xuất sang hỗ trợ chuyển đổi nghề.
Khảo sát thực tế tại xã Bắc Lý, đoàn ghi nhận 3 công trình nước tự chảy xây dựng từ năm 2015 đã xuống cấp. Ông Moong Văn Sơn, người có uy tín bản Huồi Cáng 2, đề nghị sớm sửa chữa để 97 hộ trong bản có nước dùng trong mùa khô. Ông Lầu Bá Chò, Chủ tịch UBND xã Bắc Lý, cho biết xã đã lập danh sách 64 hộ đủ điều kiện hỗ trợ nhà ở, đang chờ hướng dẫn về đối ứng.
Kết luận buổi giám sát, ông Vi Văn Sơn đề nghị UBND huyện Kỳ Sơn khẩn trương hoàn thành phân bổ vốn theo Nghị quyết số 29/2022/NQ-HĐND ngày 9/9/2022 của HĐND tỉnh; thực hiện đúng Thông tư 01/2022/TT-UBDT của Ủy ban Dân tộc trong rà soát đối tượng; bảo đảm công khai danh sách tại bản. Đoàn sẽ tổng hợp kết quả, báo cáo Thường trực HĐND tỉnh trước kỳ họp cuối năm.
Trước đó, đoàn đã giám sát tại các huyện Quế Phong, Tương Dương. Theo Ban Dân tộc tỉnh, năm 2022 toàn tỉnh được giao khoảng 1.058 tỷ đồng vốn Chương trình, tỷ lệ giải ngân chung đạt khoảng 23%.
Nhiều ý kiến tại buổi làm việc cho rằng định mức hỗ trợ nhà ở hiện nay chưa phù hợp với vùng cao, nơi chi phí vận chuyển vật liệu lên bản gấp đôi vùng thấp; đề nghị tỉnh có cơ chế lồng ghép thêm nguồn xã hội hóa và huy động ngày công của bà con, dòng họ.
Thu Huyền
Tin liên quan
- Tương Dương: hỗ trợ 150 hộ làm nhà theo Chương trình 1719 (01/11/2022)
- Gặp mặt người có uy tín huyện Con Cuông (25/10/2022)
- Quế Phong khánh thành công trình nước sạch bản Mường Hinh (18/10/2022)
""", "2022-11-04", "Ban Dân tộc HĐND tỉnh giám sát Chương trình 1719 tại Kỳ Sơn",
E("giam_sat", "2022", "2022-11-03"),
[P("Vi Văn Sơn", "Trưởng Ban Dân tộc HĐND tỉnh"),
 P("Lữ Thị Hoa", "Phó Trưởng Ban Dân tộc HĐND tỉnh"),
 P("Lô Minh Tuấn", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Xồng Bá Già", "Phó Chủ tịch UBND huyện Kỳ Sơn"),
 P("Moong Văn Sơn", "người có uy tín bản Huồi Cáng 2"),
 P("Lầu Bá Chò", "Chủ tịch UBND xã Bắc Lý")],
[Q("hơn 231 tỷ đồng", 231000000000, "đồng", "over"), Q("19,4%", 19.4, "%"), Q("586 hộ", 586, "hộ"), Q("214 hộ", 214, "hộ"),
 Q("khoảng 2.300 hộ", 2300, "hộ", "approx"), Q("118 căn nhà", 118, "căn nhà"), Q("21 xã", 21, "xã"), Q("hơn 80%", 80, "%", "over"),
 Q("4,2 tỷ đồng", 4200000000, "đồng"), Q("3 công trình nước tự chảy", 3, "công trình nước tự chảy"), Q("97 hộ", 97, "hộ"),
 Q("64 hộ", 64, "hộ"), Q("khoảng 1.058 tỷ đồng", 1058000000000, "đồng", "approx"), Q("khoảng 23%", 23, "%", "approx")],
[D("Nghị quyết", "29", "2022/NQ-HĐND", "2022-09-09", "HĐND tỉnh", "Nghị quyết số 29/2022/NQ-HĐND ngày 9/9/2022 của HĐND tỉnh"),
 D("Thông tư", "01", "2022/TT-UBDT", None, "Ủy ban Dân tộc", "Thông tư 01/2022/TT-UBDT của Ủy ban Dân tộc")],
[prov("Nghệ An"), com("Bắc Lý")],
["Báo Nghệ An", "Thời sự › Chính trị › HĐND các cấp", "(Baonghean.vn)", "Đoàn giám sát khảo sát công trình nước sinh hoạt tại bản Huồi Cáng 2, xã Bắc Lý.",
 "Chương trình 1719", "Dự án 1", "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi"],
["04/11/2022 08:45 GMT+7", "Chương trình 1719", "năm 2022", "31/10", "năm 2015", "Huồi Cáng 2", "Dự án 1"]))

PAGES.append(page("b3309-hoabinh-nguoicouytin-2023", """
BÁO HÒA BÌNH ĐIỆN TỬ
Trang chủ » Chính trị » Công tác dân tộc
23 tháng 6, 2023 | 16:10
Tuyên dương 120 người có uy tín tiêu biểu
Ngày 22/6, UBND tỉnh Hòa Bình tổ chức Hội nghị biểu dương, tôn vinh người có uy tín tiêu biểu trong đồng bào dân tộc thiểu số năm 2023. Dự hội nghị có đồng chí Bùi Văn Lừng, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh; đồng chí Xa Văn Hùng, Trưởng Ban Dân tộc tỉnh, cùng 120 người có uy tín tiêu biểu đại diện cho đồng bào Mường, Thái, Dao, Tày, Mông trong tỉnh.
Các đại biểu dự hội nghị chụp ảnh lưu niệm.
Báo cáo của Ban Dân tộc cho biết, toàn tỉnh hiện có 1.487 người có uy tín, trong đó có 213 người là nữ. Thực hiện Quyết định số 12/2018/QĐ-TTg và Quyết định 28/2023/QĐ-TTg sửa đổi, bổ sung, từ năm 2018 đến nay, tỉnh đã bố trí gần 9,4 tỷ đồng để cấp báo, thăm hỏi, tặng quà, tổ chức cho người có uy tín đi tham quan học tập kinh nghiệm. Người có uy tín đã vận động nhân dân hiến hơn 56.000 m2 đất, đóng góp trên 12.000 ngày công làm đường giao thông nông thôn; tham gia hòa giải thành 1.350 vụ việc ở cơ sở.
Trong tổng số 14.230 hộ được hỗ trợ từ Dự án 1 của Chương trình 1719 giai đoạn 2021 - 2023, có 1.126 hộ được hỗ trợ nhà ở với mức 44 triệu đồng/hộ, khoảng 4.300 hộ được hỗ trợ nước sinh hoạt phân tán. Nhiều người có uy tín đã tự nguyện xin rút khỏi danh sách hộ nghèo.
Tiêu biểu như ông Đinh Văn Liếng, người có uy tín xóm Đúng, xã Cuối Hạ (huyện Kim Bôi), đã vận động 36 hộ trong xóm hiến đất mở rộng đường; bà Đinh Thị Khuyên, người có uy tín xóm Kim Bắc, xã Trung Bì, thành lập tổ hợp tác dệt thổ cẩm cho 25 chị em người Mường; ông Triệu Phúc Chằn, người có uy tín xóm Thung Mài, xã Suối Hoa (huyện Đà Bắc), vận động bà con người Dao trồng 40 ha quế.
Phát biểu tại hội nghị, đồng chí Bùi Văn Lừng ghi nhận những đóng góp của người có uy tín trong xây dựng nông thôn mới, giữ gìn an ninh trật tự; yêu cầu các cấp, ngành thực hiện tốt Kế hoạch 113/KH-UBND ngày 21/4/2023 của UBND tỉnh về công tác đối với người có uy tín; thường xuyên tiếp xúc, lắng nghe ý kiến bà con.
Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 120 người có uy tín tiêu biểu; mỗi người được tặng kèm 1 suất quà trị giá 1 triệu đồng. Ban tổ chức cũng trao 30 suất quà cho người có uy tín có hoàn cảnh khó khăn.
Các đại biểu đã tham quan mô hình trồng cam ở xã Mông Hóa và khu tưởng niệm Bác Hồ tại xã Dân Hạ.
Hà Phương
Chia sẻ bài viết
Bài viết liên quan
- Lạc Sơn: đối thoại với người có uy tín năm 2023 (15/06/2023)
- Mai Châu: hỗ trợ 80 bồn nước cho hộ nghèo người Thái (05/06/2023)
- Ban Dân tộc tỉnh sơ kết 5 tháng đầu năm (31/05/2023)
""", "2023-06-23", "Tuyên dương 120 người có uy tín tiêu biểu",
E("hoi_nghi", "2023", "2023-06-22"),
[P("Bùi Văn Lừng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch Thường trực UBND tỉnh"),
 P("Xa Văn Hùng", "Trưởng Ban Dân tộc tỉnh"),
 P("Đinh Văn Liếng", "người có uy tín xóm Đúng"),
 P("Đinh Thị Khuyên", "người có uy tín xóm Kim Bắc"),
 P("Triệu Phúc Chằn", "người có uy tín xóm Thung Mài")],
[Q("120 người có uy tín tiêu biểu", 120, "người có uy tín tiêu biểu"), Q("1.487 người có uy tín", 1487, "người có uy tín"),
 Q("213 người", 213, "người"), Q("gần 9,4 tỷ đồng", 9400000000, "đồng", "approx"), Q("hơn 56.000 m2", 56000, "m2", "over"),
 Q("trên 12.000 ngày công", 12000, "ngày công", "over"), Q("1.350 vụ việc", 1350, "vụ việc"), Q("14.230 hộ", 14230, "hộ"),
 Q("1.126 hộ", 1126, "hộ"), Q("44 triệu đồng/hộ", 44000000, "đồng"), Q("khoảng 4.300 hộ", 4300, "hộ", "approx"),
 Q("36 hộ", 36, "hộ"), Q("25 chị em người Mường", 25, "chị em người Mường"), Q("40 ha", 40, "ha"),
 Q("1 triệu đồng", 1000000, "đồng"), Q("30 suất quà", 30, "suất quà")],
[D("Quyết định", "12", "2018/QĐ-TTg", None, None, "Quyết định số 12/2018/QĐ-TTg"),
 D("Quyết định", "28", "2023/QĐ-TTg", None, None, "Quyết định 28/2023/QĐ-TTg"),
 D("Kế hoạch", "113", "KH-UBND", "2023-04-21", "UBND tỉnh", "Kế hoạch 113/KH-UBND ngày 21/4/2023 của UBND tỉnh")],
[prov("Hòa Bình"), com("Cuối Hạ"), com("Trung Bì"), com("Suối Hoa"), com("Mông Hóa"), com("Dân Hạ")],
["BÁO HÒA BÌNH ĐIỆN TỬ", "Trang chủ » Chính trị » Công tác dân tộc", "Các đại biểu dự hội nghị chụp ảnh lưu niệm.",
 "Chương trình 1719", "Dự án 1", "Chia sẻ bài viết"],
["23 tháng 6, 2023 | 16:10", "năm 2023", "năm 2018", "Chương trình 1719", "2021 - 2023", "1 suất quà", "Dự án 1"]))

PAGES.append(page("b3310-kiengiang-bangiaonha-2023", """
Hôm nay: Thứ Hai, 30/10/2023
BÁO KIÊN GIANG - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH KIÊN GIANG
Xã hội / Dân tộc - Tôn giáo
Thứ Sáu, 27/10/2023, 14:20
Bàn giao 45 căn nhà cho hộ đồng bào Khmer nghèo ở Gò Quao
Sáng 26/10, Ban Dân tộc tỉnh Kiên Giang phối hợp UBND huyện Gò Quao tổ chức bàn giao 45 căn nhà cho hộ đồng bào dân tộc Khmer nghèo tại các xã Định An, Vĩnh Hòa Hưng Bắc, Thủy Liễu. Đây là những căn nhà được xây dựng từ nguồn vốn Dự án 1 thuộc Chương trình 1719 năm 2023.
Ông Danh Hoài Phong trao quyết định bàn giao nhà cho hộ bà Thị Sa Rết.
Mỗi căn nhà có diện tích khoảng 40 m2, tổng chi phí từ 75 đến 90 triệu đồng; trong đó ngân sách Trung ương hỗ trợ 40 triệu đồng, ngân sách tỉnh hỗ trợ thêm 10 triệu đồng, phần còn lại do gia đình, dòng họ và các nhà hảo tâm đóng góp. Ủy ban MTTQ Việt Nam huyện trích Quỹ "Vì người nghèo" tặng thêm mỗi hộ 5 triệu đồng để mua sắm vật dụng.
Phát biểu tại buổi bàn giao, ông Danh Hoài Phong, Phó Trưởng Ban Dân tộc tỉnh, cho biết năm 2023 tỉnh được giao hỗ trợ 620 căn nhà ở và hơn 1.900 hộ về nước sinh hoạt phân tán cho đồng bào Khmer theo Quyết định 1719/QĐ-TTg và Kế hoạch số 190/KH-UBND ngày 15/8/2023 của UBND tỉnh; đến nay đã hoàn thành 438 căn, đạt 70,6%. Về đất sản xuất, tỉnh đã hỗ trợ chuyển đổi nghề cho 312 hộ, mỗi hộ 10 triệu đồng.
Bà Thị Sa Rết, ngụ ấp Hòa Hớn, xã Định An, xúc động: "Cả đời làm thuê, mấy mùa mưa phải chạy dột. Giờ có nhà kiên cố, tôi yên tâm cho 3 đứa con đi học". Ông Danh Sóc Ngà, Trưởng ấp Hòa Hớn, cho biết ấp có 217 hộ, hơn 70% là người Khmer; năm nay ấp có 9 hộ được hỗ trợ nhà.
Ông Thạch Văn Đươl, Phó Chủ tịch UBND huyện Gò Quao, đề nghị các xã tiếp tục rà soát, không để hộ nào phải ở nhà tạm, dột nát trước Tết Nguyên đán Giáp Thìn 2024; đồng thời vận động các chùa Khmer, sư sãi tham gia giám sát việc xây nhà. Đại đức Danh Thươl, trụ trì chùa Cà Nhum, xã Vĩnh Hòa Hưng Bắc, cảm ơn sự quan tâm của Đảng, Nhà nước và tặng mỗi hộ 1 bao gạo.
Theo UBND huyện Gò Quao, toàn huyện hiện có hơn 6.800 hộ đồng bào Khmer, chiếm khoảng 27% dân số. Những năm qua, cùng với chính sách hỗ trợ nhà ở, huyện đã đầu tư nhiều tuyến đường nông thôn, trạm cấp nước sạch, giúp đời sống đồng bào từng bước được nâng lên; tỷ lệ hộ nghèo đồng bào Khmer giảm mạnh so với đầu giai đoạn. Huyện phấn đấu đến cuối năm 2025 cơ bản không còn hộ đồng bào Khmer ở nhà tạm, nhà dột nát.
Hoàng Lâm - Ngọc Hân
Lượt xem: 734
Xem thêm
- U Minh Thượng: trao 200 phần quà cho hộ Khmer (20/10/2023)
- Kiên Giang có 1.352 người có uy tín (12/10/2023)
- Châu Thành: đối thoại với đồng bào Khmer (05/10/2023)
""", "2023-10-27", "Bàn giao 45 căn nhà cho hộ đồng bào Khmer nghèo ở Gò Quao",
E("trao_qua", None, "2023-10-26"),
[P("Danh Hoài Phong", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Thị Sa Rết"),
 P("Danh Sóc Ngà", "Trưởng ấp Hòa Hớn"),
 P("Thạch Văn Đươl", "Phó Chủ tịch UBND huyện Gò Quao"),
 P("Danh Thươl", "Đại đức", "trụ trì chùa Cà Nhum")],
[Q("45 căn nhà", 45, "căn nhà"), Q("khoảng 40 m2", 40, "m2", "approx"), Q("75", 75000000, "đồng"), Q("90 triệu đồng", 90000000, "đồng"),
 Q("40 triệu đồng", 40000000, "đồng"), Q("10 triệu đồng", 10000000, "đồng"), Q("5 triệu đồng", 5000000, "đồng"),
 Q("620 căn nhà ở", 620, "căn nhà ở"), Q("hơn 1.900 hộ", 1900, "hộ", "over"), Q("438 căn", 438, "căn"), Q("70,6%", 70.6, "%"),
 Q("312 hộ", 312, "hộ"), Q("3 đứa con", 3, "đứa con"), Q("217 hộ", 217, "hộ"), Q("hơn 70%", 70, "%", "over"), Q("9 hộ", 9, "hộ"),
 Q("hơn 6.800 hộ đồng bào Khmer", 6800, "hộ đồng bào Khmer", "over"), Q("khoảng 27%", 27, "%", "approx")],
[D("Quyết định", "1719", "QĐ-TTg", None, None, "Quyết định 1719/QĐ-TTg"),
 D("Kế hoạch", "190", "KH-UBND", "2023-08-15", "UBND tỉnh", "Kế hoạch số 190/KH-UBND ngày 15/8/2023 của UBND tỉnh")],
[prov("Kiên Giang"), com("Định An"), com("Vĩnh Hòa Hưng Bắc"), com("Thủy Liễu")],
["Hôm nay: Thứ Hai, 30/10/2023", "BÁO KIÊN GIANG - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH KIÊN GIANG", "Xã hội / Dân tộc - Tôn giáo",
 "Ông Danh Hoài Phong trao quyết định bàn giao nhà cho hộ bà Thị Sa Rết.", "Chương trình 1719", "Dự án 1", "Vì người nghèo", "Lượt xem: 734"],
["Hôm nay: Thứ Hai, 30/10/2023", "Thứ Sáu, 27/10/2023, 14:20", "Chương trình 1719", "năm 2023", "Giáp Thìn 2024", "1 bao gạo", "Lượt xem: 734"]))
