from lib import *
PAGES = []

PAGES.append(page("b2873-daklak-bdv-giaoban-2023", """
BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK - TRANG THÔNG TIN ĐIỆN TỬ
Bạn đang ở: Trang chủ » Tin tức » Hoạt động dân vận
Thứ Ba, 02/05/2023 - 08:00
Đồng chí Y Ngông Niê chủ trì buổi giao ban. Ảnh: Thùy Dung
Chủ động nắm tình hình, không để đất rẫy thành điểm nóng
Chiều 28/4, Ban Dân vận Tỉnh ủy Đắk Lắk tổ chức giao ban công tác dân vận tháng 4/2023 với các phòng chuyên môn và Thường trực khối dân vận các huyện ủy, thị ủy, thành ủy. Đồng chí Y Ngông Niê, Phó Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Theo báo cáo, trong tháng, các cấp đã nắm được 9 vụ việc tranh chấp đất rẫy giữa các hộ đồng bào Êđê, M'nông với công ty lâm nghiệp tại huyện Ea Súp, Buôn Đôn; đã hòa giải thành 6 vụ. Ban Dân vận Tỉnh ủy tham mưu Ban Thường vụ Tỉnh ủy ban hành Công văn số 1236-CV/TU ngày 19/4/2023 chỉ đạo giải quyết dứt điểm các vụ việc; hướng dẫn các huyện tổ chức sinh hoạt chuyên đề về Kết luận 80, 81-KL/TU của Ban Thường vụ Tỉnh ủy về công tác vận động quần chúng trong quản lý đất rừng và về đào tạo cán bộ người đồng bào dân tộc thiểu số.
Phong trào thi đua "Dân vận khéo" có thêm 31 mô hình, nâng tổng số mô hình ở các buôn lên 1.214. Mô hình "Buôn không có trẻ em bỏ học" ở buôn Cuôr Knia, xã Ea Bar, được các đại biểu đánh giá cao: 100% trẻ em trong độ tuổi đến trường.
Tại buổi giao ban, bà H'Nhung Mlô, Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy, nêu tình hình hoạt động của các nhóm "Tin lành Đấng Christ" tại một số buôn; ông Nguyễn Hồng Quân, Chánh Văn phòng Ban Dân vận Tỉnh ủy, thông tin việc chuẩn bị hội nghị gặp mặt 2.085 người có uy tín trên toàn tỉnh dự kiến trong tháng 6.
Đại diện Ban Dân vận Huyện ủy Ea Súp, ông Y Thuân Ktla, HUV, Phó Trưởng Ban Dân vận Huyện ủy, cho biết huyện đã phối hợp Ngân hàng Chính sách xã hội cho 215 hộ đồng bào tại chỗ vay hơn 9 tỷ đồng để chuyển đổi cây trồng, giúp bà con bớt phụ thuộc vào đất lấn chiếm.
Kết luận giao ban, đồng chí Y Ngông Niê đề nghị trong tháng 5 các đơn vị tập trung triển khai Kế hoạch số 75-KH/BDVTU của Ban Dân vận Tỉnh ủy về khảo sát tình hình người có uy tín; theo dõi sát 3 vụ việc còn phức tạp; phối hợp với Ban Dân tộc tỉnh thăm hỏi 14 người có uy tín bị ốm nặng.
Các đại biểu cũng thống nhất tăng cường tổ chức các buổi sinh hoạt tổ dân vận tại buôn vào buổi tối để bà con đi rẫy về có thể tham gia, lắng nghe và nói lên ý kiến của mình.
Thùy Dung
Lượt truy cập: 88.412
Tin liên quan
- Giao ban công tác dân vận tháng 3/2023 (31/03/2023)
- Buôn Đôn: người có uy tín vận động bà con trả đất rừng (20/04/2023)
- Krông Ana ra mắt mô hình "Dân vận khéo" trong giảm nghèo (12/04/2023)
- Hội nghị sơ kết quý I/2023 khối dân vận (07/04/2023)
""", "2023-05-02", "Chủ động nắm tình hình, không để đất rẫy thành điểm nóng",
E("giao_ban", "2023-04", "2023-04-28"),
[P("Y Ngông Niê", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("H'Nhung Mlô", "Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Hồng Quân", "Chánh Văn phòng Ban Dân vận Tỉnh ủy"),
 P("Y Thuân Ktla", "HUV", "Phó Trưởng Ban Dân vận Huyện ủy")],
[Q("9 vụ việc tranh chấp đất rẫy", 9, "vụ việc tranh chấp đất rẫy"), Q("6 vụ", 6, "vụ"), Q("31 mô hình", 31, "mô hình"),
 Q("1.214", 1214, "mô hình"), Q("100% trẻ em", 100, "%"), Q("2.085 người có uy tín", 2085, "người có uy tín"),
 Q("215 hộ đồng bào tại chỗ", 215, "hộ đồng bào tại chỗ"), Q("hơn 9 tỷ đồng", 9000000000, "đồng", "over"),
 Q("3 vụ việc", 3, "vụ việc"), Q("14 người có uy tín", 14, "người có uy tín")],
[D("Công văn", "1236", "CV/TU", "2023-04-19", "Ban Thường vụ Tỉnh ủy", "Công văn số 1236-CV/TU ngày 19/4/2023"),
 D("Kết luận", "80", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 80, 81-KL/TU"),
 D("Kết luận", "81", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 80, 81-KL/TU"),
 D("Kế hoạch", "75", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 75-KH/BDVTU")],
[prov("Đắk Lắk"), com("Ea Bar")],
["BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK - TRANG THÔNG TIN ĐIỆN TỬ", "Bạn đang ở: Trang chủ » Tin tức » Hoạt động dân vận",
 "Đồng chí Y Ngông Niê chủ trì buổi giao ban. Ảnh: Thùy Dung", "Dân vận khéo", "Buôn không có trẻ em bỏ học",
 "Tin lành Đấng Christ", "Ngân hàng Chính sách xã hội", "Lượt truy cập: 88.412"],
["Thứ Ba, 02/05/2023 - 08:00", "tháng 4/2023", "tháng 6", "tháng 5", "Lượt truy cập: 88.412"]))

PAGES.append(page("b2874-lamdong-mttq-traoqua-2023", """
Báo Lâm Đồng điện tử
Xã hội › Mặt trận - Đoàn thể
22/09/2023 | 09:35
Trao bò giống, quà và vốn vay cho hộ đồng bào K'Ho khó khăn ở Di Linh
Ngày 21/9, Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng phối hợp với Ngân hàng Chính sách xã hội chi nhánh tỉnh và Hội Chữ thập đỏ tỉnh tổ chức trao 40 con bò giống, 150 phần quà và hỗ trợ vốn vay cho hộ đồng bào dân tộc thiểu số khó khăn tại xã Gia Bắc và xã Sơn Điền, huyện Di Linh.
Bà Ka H'Hoa trao bò giống cho hộ nghèo xã Gia Bắc. Ảnh: V.Quỳnh
Tham dự có bà Ka H'Hoa, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông K'Bròn, Phó Chủ tịch UBND huyện Di Linh, cùng đại diện các già làng, người có uy tín trong vùng.
Mỗi con bò giống trị giá 15 triệu đồng, được trao cho các hộ nghèo có lao động, có chuồng trại, do các già làng, người có uy tín và chi hội trưởng các thôn bình xét. Mỗi phần quà gồm 20 kg gạo, dầu ăn và nhu yếu phẩm, trị giá 500.000 đồng. Tổng giá trị hỗ trợ hơn 675 triệu đồng, từ nguồn Quỹ "Vì người nghèo" tỉnh và các nhà hảo tâm.
Cùng ngày, Phòng giao dịch Ngân hàng Chính sách xã hội huyện Di Linh giải ngân cho 62 hộ vay theo Nghị định số 28/2022/NĐ-CP ngày 26/4/2022 của Chính phủ về chính sách tín dụng ưu đãi thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi, mỗi hộ được vay tối đa 100 triệu đồng với lãi suất 3%/năm.
Phát biểu tại buổi trao tặng, bà Ka H'Hoa đề nghị các hộ được nhận bò chăm sóc tốt để bò sinh sản, sau 3 năm chuyển lại bê cái cho hộ nghèo khác theo cách làm "bò quay vòng". Bà mong các già làng tiếp tục vận động con cháu giữ rừng, không lấn chiếm đất rừng để canh tác.
Già làng K'Brơi, thôn Lăng Ka Tăng, xã Sơn Điền, bày tỏ: "Có con bò, bà con không phải vào rừng lấy gỗ bán nữa". Theo ông Trần Đình Long, Chủ tịch UBND xã Gia Bắc, xã hiện còn 318 hộ nghèo, chiếm 19,6%; năm 2023 đã có 41 hộ thoát nghèo.
Chương trình được tổ chức theo Kế hoạch số 147/KH-MTTQ-BTT ngày 15/8/2023 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về hỗ trợ sinh kế cho đồng bào dân tộc thiểu số năm 2023.
Trước đó, trong tháng 8, Mặt trận các cấp trong tỉnh đã vận động xây dựng, sửa chữa 58 căn nhà Đại đoàn kết cho hộ nghèo đồng bào dân tộc thiểu số, góp phần cùng cả nước xóa nhà tạm, nhà dột nát.
Việt Quỳnh
Tin liên quan
- Lâm Hà: người có uy tín vận động bà con trả đất rừng (15/09/2023)
- Trao nhà Đại đoàn kết cho hộ nghèo ở Đam Rông (08/09/2023)
- Đạ Huoai: gặp mặt già làng, người có uy tín (25/08/2023)
- Bảo Lâm: hỗ trợ sinh kế cho đồng bào Châu Mạ (18/08/2023)
- Hội nghị giao ban Mặt trận quý II/2023 (10/07/2023)
""", "2023-09-22", "Trao bò giống, quà và vốn vay cho hộ đồng bào K'Ho khó khăn ở Di Linh",
E("trao_qua", None, "2023-09-21"),
[P("Ka H'Hoa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("K'Bròn", "Phó Chủ tịch UBND huyện Di Linh"),
 P("K'Brơi", "Già làng"),
 P("Trần Đình Long", "Chủ tịch UBND xã Gia Bắc")],
[Q("40 con bò giống", 40, "con bò giống"), Q("150 phần quà", 150, "phần quà"), Q("15 triệu đồng", 15000000, "đồng"),
 Q("20 kg", 20, "kg"), Q("500.000 đồng", 500000, "đồng"), Q("hơn 675 triệu đồng", 675000000, "đồng", "over"),
 Q("62 hộ", 62, "hộ"), Q("100 triệu đồng", 100000000, "đồng"), Q("3%", 3, "%"), Q("318 hộ nghèo", 318, "hộ nghèo"),
 Q("19,6%", 19.6, "%"), Q("41 hộ", 41, "hộ"), Q("58 căn nhà Đại đoàn kết", 58, "căn nhà Đại đoàn kết")],
[D("Nghị định", "28", "2022/NĐ-CP", "2022-04-26", "Chính phủ", "Nghị định số 28/2022/NĐ-CP ngày 26/4/2022"),
 D("Kế hoạch", "147", "KH-MTTQ-BTT", "2023-08-15", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 147/KH-MTTQ-BTT ngày 15/8/2023")],
[prov("Lâm Đồng"), com("Gia Bắc"), com("Sơn Điền")],
["Báo Lâm Đồng điện tử", "Xã hội › Mặt trận - Đoàn thể", "Bà Ka H'Hoa trao bò giống cho hộ nghèo xã Gia Bắc. Ảnh: V.Quỳnh",
 "Ngân hàng Chính sách xã hội", "Vì người nghèo", "bò quay vòng", "Hội Chữ thập đỏ tỉnh", "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi"],
["22/09/2023 | 09:35", "3 năm", "năm 2023", "tháng 8"]))

PAGES.append(page("b2875-daknong-mttq-giamsat-2024", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH ĐẮK NÔNG
Trang chủ - Hoạt động giám sát, phản biện xã hội
14/06/2024 - 16:25
Giám sát việc giao khoán bảo vệ rừng cho cộng đồng bon
Ngày 12/6/2024, Đoàn giám sát của Ủy ban MTTQ Việt Nam tỉnh Đắk Nông do ông Điểu Sang, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn, đã giám sát việc thực hiện giao khoán quản lý, bảo vệ rừng và chi trả dịch vụ môi trường rừng tại Công ty TNHH MTV Lâm nghiệp Đắk Wil và UBND xã Đắk Wil, huyện Cư Jút.
Đoàn giám sát làm việc tại xã Đắk Wil.
Cuộc giám sát thực hiện theo Quyết định số 124-QĐ/TW của Bộ Chính trị về giám sát, phản biện xã hội của Mặt trận Tổ quốc và Kế hoạch số 96/KH-MTTQ-BTT ngày 20/5/2024 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh.
Theo báo cáo, công ty đang quản lý khoảng 14.700 ha rừng, đã giao khoán 6.820 ha cho 3 cộng đồng bon và 287 hộ đồng bào M'nông, Ê Đê, Nùng; năm 2023 chi trả hơn 2,9 tỷ đồng tiền dịch vụ môi trường rừng, bình quân mỗi hộ nhận khoảng 8 triệu đồng. Trong 5 tháng đầu năm 2024, lực lượng bảo vệ rừng phối hợp với các tổ nhận khoán phát hiện 12 vụ vi phạm, thu giữ 9,6 m3 gỗ.
Tại buổi làm việc, ông Y Rơm, già làng bon Bu Đắk, phản ánh tiền khoán chi trả còn chậm, có đợt sau 5 tháng mới nhận. Bà H'Nga Byă, Chủ tịch Ủy ban MTTQ xã Đắk Wil, kiến nghị ưu tiên giao khoán cho các hộ nghèo không có đất sản xuất, hiện xã còn 93 hộ thiếu đất.
Ông Lê Văn Tuấn, Giám đốc Công ty TNHH MTV Lâm nghiệp Đắk Wil, tiếp thu và cho biết công ty sẽ rà soát, ký bổ sung hợp đồng khoán với 40 hộ trong quý III năm 2024.
Kết luận giám sát, ông Điểu Sang đề nghị công ty chi trả đúng hạn, công khai diện tích, số tiền khoán tại nhà văn hóa các bon; UBND xã phối hợp với các già làng, người có uy tín tuyên truyền Luật Lâm nghiệp, vận động bà con không mua bán, sang nhượng đất rừng nhận khoán. Đoàn sẽ tổng hợp kiến nghị gửi UBND tỉnh để thực hiện Nghị định số 58/2024/NĐ-CP ngày 24/5/2024 của Chính phủ về một số chính sách đầu tư trong lâm nghiệp.
Tham gia đoàn giám sát có bà Thị Hoa, Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh, và đại diện Sở Nông nghiệp và Phát triển nông thôn.
Qua giám sát, đoàn ghi nhận ý thức giữ rừng của đồng bào các bon đã được nâng lên rõ rệt; nhiều tổ nhận khoán hoạt động nền nếp, có quy ước riêng về tuần tra, xử lý người vi phạm. Tuy vậy, việc phối hợp giữa công ty với chính quyền xã trong xử lý lấn chiếm có lúc chưa kịp thời.
Minh Phương
Tin liên quan
- Phản biện dự thảo nghị quyết về hỗ trợ đất ở cho đồng bào (30/05/2024)
- Mặt trận tỉnh giám sát chính sách đối với người có uy tín (17/05/2024)
- Cư Jút: trao nhà Đại đoàn kết cho hộ nghèo (03/05/2024)
- Hội nghị giao ban Mặt trận quý I/2024 (05/04/2024)
""", "2024-06-14", "Giám sát việc giao khoán bảo vệ rừng cho cộng đồng bon",
E("giam_sat", None, "2024-06-12"),
[P("Điểu Sang", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Y Rơm", "già làng bon Bu Đắk"),
 P("H'Nga Byă", "Chủ tịch Ủy ban MTTQ xã Đắk Wil"),
 P("Lê Văn Tuấn", "Giám đốc Công ty TNHH MTV Lâm nghiệp Đắk Wil"),
 P("Thị Hoa", "Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh")],
[Q("khoảng 14.700 ha", 14700, "ha", "approx"), Q("6.820 ha", 6820, "ha"), Q("3 cộng đồng bon", 3, "cộng đồng bon"),
 Q("287 hộ đồng bào M'nông, Ê Đê, Nùng", 287, "hộ đồng bào M'nông, Ê Đê, Nùng"), Q("hơn 2,9 tỷ đồng", 2900000000, "đồng", "over"),
 Q("khoảng 8 triệu đồng", 8000000, "đồng", "approx"), Q("12 vụ vi phạm", 12, "vụ vi phạm"), Q("9,6 m3", 9.6, "m3"),
 Q("93 hộ", 93, "hộ"), Q("40 hộ", 40, "hộ")],
[D("Quyết định", "124", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 124-QĐ/TW"),
 D("Kế hoạch", "96", "KH-MTTQ-BTT", "2024-05-20", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 96/KH-MTTQ-BTT ngày 20/5/2024"),
 D("Nghị định", "58", "2024/NĐ-CP", "2024-05-24", "Chính phủ", "Nghị định số 58/2024/NĐ-CP ngày 24/5/2024")],
[prov("Đắk Nông"), com("Đắk Wil")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH ĐẮK NÔNG", "Trang chủ - Hoạt động giám sát, phản biện xã hội",
 "Đoàn giám sát làm việc tại xã Đắk Wil.", "Công ty TNHH MTV Lâm nghiệp Đắk Wil", "Luật Lâm nghiệp",
 "Sở Nông nghiệp và Phát triển nông thôn"],
["14/06/2024 - 16:25", "năm 2023", "5 tháng đầu năm 2024", "5 tháng", "quý III năm 2024"]))

PAGES.append(page("b2876-kontum-tinhuy-doithoai-2024", """
Kon Tum điện tử - Cổng thông tin của Đảng bộ tỉnh Kon Tum
Trang chủ >> Chính trị >> Hoạt động lãnh đạo
Thứ Sáu, 16/08/2024 - 06:45
Ảnh: Quang cảnh buổi đối thoại tại nhà rông làng Kon Rlong.
Lắng nghe già làng, người dân về đất sản xuất và giữ rừng
Ngày 15/8/2024, tại nhà rông làng Kon Rlong, xã Đăk Long, huyện Kon Plông, đồng chí Phạm Văn Hậu, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh, đã chủ trì buổi đối thoại của người đứng đầu cấp ủy với già làng, người có uy tín và nhân dân năm 2024.
Cùng dự có đồng chí Y Mửng, Tỉnh ủy viên, Trưởng Ban Dân tộc HĐND tỉnh; các đồng chí Phó Chủ tịch UBND huyện Kon Plông: A Hơn, Trần Đình Khoa; cùng 186 già làng, người có uy tín và người dân các làng trong xã.
Buổi đối thoại thực hiện theo Kế hoạch số 217-KH/TU ngày 10/7/2024 của Ban Thường vụ Tỉnh ủy và Quy định 11-QĐi/TW của Bộ Chính trị. Người dân đã nêu 18 ý kiến, kiến nghị, chủ yếu về đất sản xuất, tiền khoán bảo vệ rừng, nước sinh hoạt và vốn vay phát triển sâm Ngọc Linh.
Già làng A Ró, làng Kon Chênh, cho biết làng có 63 hộ thì 21 hộ thiếu đất sản xuất, đề nghị tỉnh chuyển một phần đất rừng nghèo của Ban Quản lý rừng phòng hộ Thạch Nham về cho dân. Bà Y Lê, người có uy tín làng Vi Glơng, phản ánh nhiều hộ muốn vay để trồng sâm, dược liệu nhưng mức vay hiện chỉ 50 triệu đồng/hộ là thấp.
Trả lời các ý kiến, ông A Hơn cho biết năm 2024 huyện đã bố trí hơn 4,5 tỷ đồng chi trả khoán bảo vệ rừng cho 1.512 hộ; sẽ rà soát khoảng 120 ha đất để giao cho các hộ thiếu đất trong năm 2025. Ông Trần Đình Khoa thông tin Ngân hàng Chính sách xã hội huyện đang cho 2.046 hộ vay với dư nợ 96,7 tỷ đồng.
Phát biểu kết luận, đồng chí Phạm Văn Hậu ghi nhận các kiến nghị xác đáng của bà con; giao UBND huyện giải quyết dứt điểm 9 trường hợp cấp giấy chứng nhận quyền sử dụng đất còn tồn đọng trong quý IV; đề nghị già làng, người có uy tín tiếp tục là "cầu nối" giữa Đảng với dân, vận động bà con không phá rừng, không bán đất, không nghe kẻ xấu xúi giục.
Dịp này, Tỉnh ủy tặng 60 suất quà, mỗi suất trị giá 1 triệu đồng cho hộ khó khăn và 1 bộ cồng chiêng cho làng Kon Rlong.
Sau đối thoại, đoàn đã đến thăm mô hình "Dân vận khéo" trồng sâm dưới tán rừng của Tổ hợp tác làng Kon Chênh, nơi 14 hộ được cấp giống, nhận khoán rừng và cùng nhau giữ rừng, giữ sâm.
Ngọc Thảo
Lượt xem: 1.920
Tin cùng chuyên mục
- Đối thoại với người có uy tín huyện Tu Mơ Rông (26/07/2024)
- Ban Dân vận Tỉnh ủy sơ kết 6 tháng đầu năm 2024 (12/07/2024)
- Kon Plông: già làng vận động dân làng giữ sâm Ngọc Linh (28/06/2024)
""", "2024-08-16", "Lắng nghe già làng, người dân về đất sản xuất và giữ rừng",
E("doi_thoai", "2024", "2024-08-15"),
[P("Phạm Văn Hậu", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Y Mửng", "Tỉnh ủy viên", "Trưởng Ban Dân tộc HĐND tỉnh"),
 P("A Hơn", "Phó Chủ tịch UBND huyện Kon Plông"),
 P("Trần Đình Khoa", "Phó Chủ tịch UBND huyện Kon Plông"),
 P("A Ró", "Già làng"),
 P("Y Lê", "người có uy tín làng Vi Glơng")],
[Q("186 già làng, người có uy tín và người dân", 186, "già làng, người có uy tín và người dân"), Q("18 ý kiến, kiến nghị", 18, "ý kiến, kiến nghị"),
 Q("63 hộ", 63, "hộ"), Q("21 hộ", 21, "hộ"), Q("50 triệu đồng", 50000000, "đồng"),
 Q("hơn 4,5 tỷ đồng", 4500000000, "đồng", "over"), Q("1.512 hộ", 1512, "hộ"), Q("khoảng 120 ha", 120, "ha", "approx"),
 Q("2.046 hộ", 2046, "hộ"), Q("96,7 tỷ đồng", 96700000000, "đồng"), Q("9 trường hợp", 9, "trường hợp"),
 Q("60 suất quà", 60, "suất quà"), Q("1 triệu đồng", 1000000, "đồng"), Q("14 hộ", 14, "hộ")],
[D("Kế hoạch", "217", "KH/TU", "2024-07-10", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 217-KH/TU ngày 10/7/2024"),
 D("Quy định", "11", "QĐi/TW", None, "Bộ Chính trị", "Quy định 11-QĐi/TW")],
[prov("Kon Tum"), com("Đăk Long")],
["Kon Tum điện tử - Cổng thông tin của Đảng bộ tỉnh Kon Tum", "Trang chủ >> Chính trị >> Hoạt động lãnh đạo",
 "Ảnh: Quang cảnh buổi đối thoại tại nhà rông làng Kon Rlong.", "Ban Quản lý rừng phòng hộ Thạch Nham", "cầu nối", "Dân vận khéo",
 "Ngân hàng Chính sách xã hội", "Lượt xem: 1.920"],
["Thứ Sáu, 16/08/2024 - 06:45", "năm 2024", "năm 2025", "quý IV", "1 bộ cồng chiêng", "Lượt xem: 1.920"]))

PAGES.append(page("b2877-gialai-bdv-tongket-2024", """
Hôm nay: Thứ Bảy, 21/12/2024
BAN DÂN VẬN TỈNH ỦY GIA LAI
Trang chủ › Tin tức › Hoạt động của Ban Dân vận
20/12/2024 14:30
Toàn cảnh hội nghị.
Công tác dân vận năm 2024: 2.300 mô hình "Dân vận khéo" ở các làng, plei
Sáng 19/12, Ban Dân vận Tỉnh ủy Gia Lai tổ chức hội nghị tổng kết công tác dân vận năm 2024 và triển khai nhiệm vụ năm 2025. Đồng chí Rơ Lan Thị Hiên, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.
Báo cáo tổng kết cho thấy, năm 2024 Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 31, 32-CT/TU về tăng cường vai trò người có uy tín trong xây dựng khối đại đoàn kết và về công tác vận động nhân dân bảo vệ, phát triển rừng; sơ kết 5 năm thực hiện Kết luận 114-KL/TW của Ban Bí thư về nâng cao hiệu quả công tác dân vận của Nhà nước, chính quyền các cấp.
Toàn tỉnh hiện có 2.300 mô hình "Dân vận khéo", trong đó 168 mô hình cấp tỉnh. Người có uy tín, già làng đã tham gia hòa giải thành 214 vụ việc, vận động 1.620 hộ trồng hơn 3.000 ha rừng sản xuất; nhân dân hiến trên 52.000 m2 đất làm đường, góp khoảng 19,4 tỷ đồng xây dựng nông thôn mới. Ban Dân vận các cấp tiếp nhận 126 đơn thư, đã giải quyết 119 đơn. Hội nghị cũng chỉ ra hạn chế: việc nắm tình hình ở một số làng biên giới có lúc chưa sâu, sinh hoạt tổ dân vận còn hình thức.
Tại hội nghị, bà Puih H'Luyên, HUV, Trưởng Ban Dân vận Huyện ủy Chư Păh, chia sẻ mô hình "Làng không có người vượt biên, không theo Tin lành Đê Ga". Ông Siu Dun, già làng plei Kép, xã Ia Ga, kể chuyện làng dùng luật tục phạt heo, phạt rượu người chặt cây trong rừng thiêng. Ông Đinh Văn Khánh, Bí thư Đảng ủy xã Đak Jơ Ta, cho biết xã đã phối hợp Ngân hàng Chính sách xã hội cho 83 hộ Bahnar vay vốn nuôi bò, mỗi hộ 50 triệu đồng.
Phát biểu kết luận, đồng chí Rơ Lan Thị Hiên đề nghị năm 2025 các cấp tập trung thực hiện Kết luận số 01-KL/TW của Bộ Chính trị; chuẩn bị tốt công tác dân vận phục vụ việc sắp xếp tổ chức bộ máy theo Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương; phát huy vai trò của 1.524 người có uy tín trên toàn tỉnh.
Đồng chí Rơ Lan Thị Hiên trao giấy khen cho các tập thể. Ảnh: Hồng Nhung
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 20 tập thể và 27 cá nhân tiêu biểu; đồng chí Lê Quang Minh, Phó Trưởng Ban Dân vận Tỉnh ủy, công bố quyết định khen thưởng.
Hồng Nhung
Lượt xem: 2.615
Tin liên quan
- Chư Prông: tổng kết công tác dân vận năm 2024 (17/12/2024)
- Gặp mặt già làng, người có uy tín năm 2024 (05/12/2024)
- Đak Pơ: ra mắt 3 mô hình "Dân vận khéo" (22/11/2024)
- Kbang: vận động đồng bào trả lại đất rừng (12/11/2024)
""", "2024-12-20", "Công tác dân vận năm 2024: 2.300 mô hình \"Dân vận khéo\" ở các làng, plei",
E("tong_ket", "2024", "2024-12-19"),
[P("Rơ Lan Thị Hiên", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Puih H'Luyên", "HUV", "Trưởng Ban Dân vận Huyện ủy Chư Păh"),
 P("Siu Dun", "già làng plei Kép"),
 P("Đinh Văn Khánh", "Bí thư Đảng ủy xã Đak Jơ Ta"),
 P("Lê Quang Minh", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("2.300 mô hình", 2300, "mô hình"), Q("168 mô hình cấp tỉnh", 168, "mô hình cấp tỉnh"), Q("214 vụ việc", 214, "vụ việc"),
 Q("1.620 hộ", 1620, "hộ"), Q("hơn 3.000 ha", 3000, "ha", "over"), Q("trên 52.000 m2", 52000, "m2", "over"),
 Q("khoảng 19,4 tỷ đồng", 19400000000, "đồng", "approx"), Q("126 đơn thư", 126, "đơn thư"), Q("119 đơn", 119, "đơn"),
 Q("83 hộ Bahnar", 83, "hộ Bahnar"), Q("50 triệu đồng", 50000000, "đồng"), Q("1.524 người có uy tín", 1524, "người có uy tín"),
 Q("20 tập thể", 20, "tập thể"), Q("27 cá nhân", 27, "cá nhân")],
[D("Chỉ thị", "31", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 31, 32-CT/TU"),
 D("Chỉ thị", "32", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 31, 32-CT/TU"),
 D("Kết luận", "114", "KL/TW", None, "Ban Bí thư", "Kết luận 114-KL/TW"),
 D("Kết luận", "01", "KL/TW", None, "Bộ Chính trị", "Kết luận số 01-KL/TW"),
 D("Nghị quyết", "18", "NQ/TW", "2017-10-25", "Ban Chấp hành Trung ương", "Nghị quyết số 18-NQ/TW ngày 25/10/2017")],
[prov("Gia Lai"), com("Ia Ga"), com("Đak Jơ Ta")],
["Hôm nay: Thứ Bảy, 21/12/2024", "BAN DÂN VẬN TỈNH ỦY GIA LAI", "Trang chủ › Tin tức › Hoạt động của Ban Dân vận", "Toàn cảnh hội nghị.",
 "Đồng chí Rơ Lan Thị Hiên trao giấy khen cho các tập thể. Ảnh: Hồng Nhung", "Dân vận khéo",
 "Làng không có người vượt biên, không theo Tin lành Đê Ga", "Ngân hàng Chính sách xã hội", "Lượt xem: 2.615"],
["Hôm nay: Thứ Bảy, 21/12/2024", "20/12/2024 14:30", "năm 2024", "năm 2025", "5 năm", "Lượt xem: 2.615"]))

PAGES.append(page("b2878-daklak-xa-daihoi-2025", """
ĐẢNG ỦY XÃ EA KIẾT - TỈNH ĐẮK LẮK
Trang chủ | Tin tức - Sự kiện | Xây dựng Đảng
Ngày 12/8/2025 | 07:50
Đại biểu biểu quyết thông qua Nghị quyết Đại hội. Ảnh: Văn phòng Đảng ủy
Đại hội đại biểu Đảng bộ xã Ea Kiết lần thứ I, nhiệm kỳ 2025 - 2030
Ngày 10/8/2025, Đảng bộ xã Ea Kiết tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030. Đây là Đại hội đầu tiên của Đảng bộ xã sau khi sáp nhập 3 xã Ea Kiết, Ea M'Droh và Cư Suê theo Nghị quyết số 1660/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội về sắp xếp các đơn vị hành chính cấp xã của tỉnh Đắk Lắk năm 2025.
Dự Đại hội có đồng chí H'Liên Niê, Tỉnh ủy viên, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; 150 đại biểu đại diện cho 612 đảng viên của 38 tổ chức cơ sở đảng trong Đảng bộ xã.
Báo cáo chính trị cho biết, giai đoạn 2020 - 2025, tổng thu nhập bình quân đầu người của 3 xã cũ đạt khoảng 52 triệu đồng/năm; tỷ lệ hộ nghèo giảm từ 14,8% xuống 4,9%; 100% buôn có nhà văn hóa. Phong trào "Dân vận khéo" có 46 mô hình, trong đó mô hình "Già làng tham gia giữ đất buôn" ở buôn Ea Kiết đã giúp 72 hộ Êđê không bán đất. Ngân hàng Chính sách xã hội đã cho 1.136 lượt hộ vay vốn với tổng số tiền hơn 58 tỷ đồng.
Đại hội đã nghe đồng chí H'Liên Niê phát biểu chỉ đạo, đề nghị Đảng bộ xã quán triệt Chỉ thị 45-CT/TW ngày 14/4/2025 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng; tập trung xây dựng chính quyền địa phương 2 cấp gần dân, sát dân; phát huy vai trò già làng, người có uy tín trong giữ gìn an ninh buôn làng.
Đại hội bầu 23 đồng chí vào Ban Chấp hành Đảng bộ xã khóa I. Đồng chí Y Khoa Byă được Ban Thường vụ Tỉnh ủy chỉ định giữ chức Bí thư Đảng ủy xã; các đồng chí Nguyễn Thị Thanh Hương, Chủ tịch UBND xã, và Y Dhăm Êban, Chủ tịch Ủy ban MTTQ Việt Nam xã, giữ chức Phó Bí thư Đảng ủy xã. Đại hội bầu 7 đại biểu đi dự Đại hội Đảng bộ tỉnh Đắk Lắk nhiệm kỳ 2025 - 2030.
Đại hội đề ra 12 chỉ tiêu chủ yếu cho nhiệm kỳ mới, phấn đấu đến năm 2030 thu nhập bình quân đạt 85 triệu đồng/người/năm, kết nạp ít nhất 120 đảng viên mới.
Phát biểu nhận nhiệm vụ, đồng chí Y Khoa Byă cam kết cùng Ban Chấp hành phát huy đoàn kết, sâu sát dân, nhất là đồng bào ở các buôn vùng sâu; tiếp tục thực hiện tốt Quy định 11-QĐi/TW về tiếp dân, đối thoại trực tiếp với dân.
Văn phòng Đảng ủy xã
Lượt truy cập: 6.209
Tin khác
- Ra mắt Trung tâm Phục vụ hành chính công xã Ea Kiết (01/07/2025)
- Hội nghị Ban Chấp hành Đảng bộ xã lần thứ nhất (02/07/2025)
- Tổng kết hoạt động Đảng bộ xã Ea Kiết (cũ) (20/06/2025)
""", "2025-08-12", "Đại hội đại biểu Đảng bộ xã Ea Kiết lần thứ I, nhiệm kỳ 2025 - 2030",
E("dai_hoi", None, "2025-08-10"),
[P("H'Liên Niê", "Tỉnh ủy viên", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Y Khoa Byă", "Bí thư Đảng ủy xã"),
 P("Nguyễn Thị Thanh Hương", "Chủ tịch UBND xã", "Phó Bí thư Đảng ủy xã"),
 P("Y Dhăm Êban", "Chủ tịch Ủy ban MTTQ Việt Nam xã", "Phó Bí thư Đảng ủy xã")],
[Q("3 xã", 3, "xã"), Q("150 đại biểu", 150, "đại biểu"), Q("612 đảng viên", 612, "đảng viên"),
 Q("38 tổ chức cơ sở đảng", 38, "tổ chức cơ sở đảng"), Q("khoảng 52 triệu đồng", 52000000, "đồng", "approx"),
 Q("14,8%", 14.8, "%"), Q("4,9%", 4.9, "%"), Q("100% buôn", 100, "%"), Q("46 mô hình", 46, "mô hình"),
 Q("72 hộ Êđê", 72, "hộ Êđê"), Q("1.136 lượt hộ", 1136, "lượt hộ"), Q("hơn 58 tỷ đồng", 58000000000, "đồng", "over"),
 Q("23 đồng chí", 23, "đồng chí"), Q("7 đại biểu", 7, "đại biểu"), Q("12 chỉ tiêu chủ yếu", 12, "chỉ tiêu chủ yếu"),
 Q("85 triệu đồng", 85000000, "đồng"), Q("120 đảng viên mới", 120, "đảng viên mới")],
[D("Nghị quyết", "1660", "NQ-UBTVQH15", "2025-06-16", "Ủy ban Thường vụ Quốc hội", "Nghị quyết số 1660/NQ-UBTVQH15 ngày 16/6/2025"),
 D("Chỉ thị", "45", "CT/TW", "2025-04-14", "Bộ Chính trị", "Chỉ thị 45-CT/TW ngày 14/4/2025"),
 D("Quy định", "11", "QĐi/TW", None, None, "Quy định 11-QĐi/TW")],
[prov("Đắk Lắk"), com("Ea Kiết"), com("Ea M'Droh"), com("Cư Suê")],
["ĐẢNG ỦY XÃ EA KIẾT - TỈNH ĐẮK LẮK", "Trang chủ | Tin tức - Sự kiện | Xây dựng Đảng",
 "Đại biểu biểu quyết thông qua Nghị quyết Đại hội. Ảnh: Văn phòng Đảng ủy", "Dân vận khéo", "Già làng tham gia giữ đất buôn",
 "Ngân hàng Chính sách xã hội", "Lượt truy cập: 6.209"],
["Ngày 12/8/2025 | 07:50", "lần thứ I", "nhiệm kỳ 2025 - 2030", "giai đoạn 2020 - 2025", "23 đồng chí", "lần thứ XIV",
 "2 cấp", "năm 2030", "Lượt truy cập: 6.209"]))
