from lib import *
PAGES = []

PAGES.append(page("b8441-travinh-hoagiai-tongket-2023", """
Báo Trà Vinh Online
Trang chủ » Chính trị » Xây dựng Đảng - Dân vận
27 tháng 12, 2023 | 16:40
Tổng kết công tác hòa giải ở cơ sở năm 2023: 96,1% vụ việc được hòa giải thành
Ngày 26/12, Ban Dân vận Tỉnh ủy phối hợp với Sở Tư pháp và Ban Dân tộc tỉnh Trà Vinh tổ chức hội nghị tổng kết công tác hòa giải ở cơ sở và phát huy vai trò người có uy tín trong đồng bào Khmer năm 2023, triển khai nhiệm vụ năm 2024.
Đại biểu biểu quyết thông qua chương trình hội nghị.
Dự và chủ trì hội nghị có các đồng chí: Kim Ngọc Thái, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; Thạch Thị Hoa Ry, Phó Trưởng Ban Dân tộc tỉnh; Trần Quốc Dũng, Phó Giám đốc Sở Tư pháp.
Năm 2023, toàn tỉnh có 818 tổ hòa giải với 5.467 hòa giải viên, trong đó 1.120 người là Achar, sư sãi, người có uy tín trong đồng bào Khmer. Các tổ đã tiếp nhận 1.204 vụ việc, hòa giải thành 1.157 vụ việc, đạt 96,1%, tăng 2,3% so với năm 2022. Tranh chấp đất đai chiếm khoảng 38%, mâu thuẫn hôn nhân và gia đình chiếm 27% tổng số vụ việc.
Đáng chú ý, mô hình "Chùa Khmer tham gia hòa giải" được nhân rộng ra 97 chùa Phật giáo Nam tông Khmer. Hòa thượng Thạch Sa Vet, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, trụ trì chùa Âng, phường 8, cho biết nhà chùa đã mời 46 cặp vợ chồng có mâu thuẫn đến chùa nghe giảng về đạo làm chồng, làm vợ, trong đó 41 cặp đã đoàn tụ. Achar Kiên Sóc Phol, ấp Ô Chích A, xã Tập Sơn, kể về vụ tranh chấp lối đi chung giữa 3 hộ, được tổ hòa giải ấp giải quyết trong 2 buổi.
Năm qua, các cấp đã mở 124 lớp tập huấn cho hơn 4.300 lượt hòa giải viên; kinh phí hỗ trợ hoạt động hòa giải từ ngân sách tỉnh là 1,85 tỷ đồng, chưa kể nguồn xã hội hóa gần 600 triệu đồng. Thực hiện Quyết định số 1052/QĐ-UBND ngày 10/6/2022 của UBND tỉnh, các xã đã xét chọn 1.046 người có uy tín giai đoạn 2023 - 2027.
Phát biểu kết luận, đồng chí Kim Ngọc Thái đề nghị năm 2024 tiếp tục thực hiện Kết luận 61, 62-KL/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận ở vùng đồng bào Khmer; mỗi xã có ít nhất 1 mô hình "Dân vận khéo" về hòa giải; chú trọng hòa giải các tranh chấp phát sinh khi chuyển đổi đất lúa sang trồng dừa, nuôi tôm.
Một số ý kiến đề nghị nâng mức chi hỗ trợ vụ việc hòa giải thành, vì mức hiện nay chưa đủ bù chi phí đi lại của hòa giải viên ở ấp xa.
Dịp này, UBND tỉnh tặng Bằng khen cho 10 tập thể, 15 cá nhân; Giám đốc Sở Tư pháp tặng giấy khen cho 32 hòa giải viên xuất sắc.
Thạch Phú
Tin liên quan
- Cầu Ngang: Đối thoại với Achar, sư sãi về chính sách đất đai (20/12/2023)
- 180 người có uy tín được tập huấn pháp luật (05/12/2023)
- Trà Cú: ra mắt 12 tổ hòa giải kiểu mẫu (28/11/2023)
- Châu Thành: Achar, sư sãi góp ý xây dựng Đảng, chính quyền (15/11/2023)
""", "2023-12-27", "Tổng kết công tác hòa giải ở cơ sở năm 2023: 96,1% vụ việc được hòa giải thành",
E("tong_ket", "2023", "2023-12-26"),
[P("Kim Ngọc Thái", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thạch Thị Hoa Ry", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Trần Quốc Dũng", "Phó Giám đốc Sở Tư pháp"),
 P("Thạch Sa Vet", "Hòa thượng", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh", "trụ trì chùa Âng"),
 P("Kiên Sóc Phol", "Achar")],
[Q("96,1%", 96.1, "%"), Q("818 tổ hòa giải", 818, "tổ hòa giải"), Q("5.467 hòa giải viên", 5467, "hòa giải viên"),
 Q("1.120 người", 1120, "người"), Q("1.204 vụ việc", 1204, "vụ việc"), Q("1.157 vụ việc", 1157, "vụ việc"),
 Q("2,3%", 2.3, "%"), Q("khoảng 38%", 38, "%", "approx"), Q("27%", 27, "%"),
 Q("97 chùa Phật giáo Nam tông Khmer", 97, "chùa Phật giáo Nam tông Khmer"), Q("46 cặp vợ chồng", 46, "cặp vợ chồng"),
 Q("41 cặp", 41, "cặp"), Q("3 hộ", 3, "hộ"), Q("124 lớp tập huấn", 124, "lớp tập huấn"),
 Q("hơn 4.300 lượt hòa giải viên", 4300, "lượt hòa giải viên", "over"), Q("1,85 tỷ đồng", 1850000000, "đồng"),
 Q("gần 600 triệu đồng", 600000000, "đồng", "approx"), Q("1.046 người có uy tín", 1046, "người có uy tín"),
 Q("ít nhất 1 mô hình", 1, "mô hình", "over"),
 Q("10 tập thể", 10, "tập thể"), Q("15 cá nhân", 15, "cá nhân"), Q("32 hòa giải viên xuất sắc", 32, "hòa giải viên xuất sắc")],
[D("Quyết định", "1052", "QĐ-UBND", "2022-06-10", "UBND tỉnh", "Quyết định số 1052/QĐ-UBND ngày 10/6/2022"),
 D("Kết luận", "61", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 61, 62-KL/TU"),
 D("Kết luận", "62", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 61, 62-KL/TU")],
[prov("Trà Vinh"), com("phường 8"), com("Tập Sơn")],
["Báo Trà Vinh Online", "Trang chủ » Chính trị » Xây dựng Đảng - Dân vận", "Đại biểu biểu quyết thông qua chương trình hội nghị.",
 "Chùa Khmer tham gia hòa giải", "Hội Đoàn kết sư sãi yêu nước tỉnh", "Dân vận khéo"],
["27 tháng 12, 2023 | 16:40", "năm 2023", "năm 2024", "năm 2022", "2 buổi", "giai đoạn 2023 - 2027"]))

PAGES.append(page("b8442-lamdong-kho-taphuan-2023", """
LÂM ĐỒNG ONLINE - BÁO LÂM ĐỒNG
Chính trị > Dân tộc - Tôn giáo
Ngày đăng: 14/09/2023
Tập huấn kỹ năng hòa giải cho già làng, người có uy tín huyện Lạc Dương
Trong 2 ngày 12 - 13/9, Ban Dân tộc tỉnh Lâm Đồng phối hợp với UBND huyện Lạc Dương tổ chức lớp tập huấn, bồi dưỡng kiến thức pháp luật, kỹ năng hòa giải tranh chấp đất đai và hôn nhân gia đình năm 2023 cho 65 già làng, người có uy tín đồng bào K'Ho, Chil trên địa bàn huyện.
Báo cáo viên Ka Đoan hướng dẫn học viên thực hành hòa giải. Ảnh: K'Giang
Đây là lớp thứ 3 trong tổng số 6 lớp tập huấn năm nay theo Kế hoạch số 45/KH-BDT ngày 28/02/2023 của Ban Dân tộc tỉnh, thực hiện Dự án 10 thuộc Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi theo Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ.
Các học viên được giới thiệu những điểm mới của Luật Hòa giải ở cơ sở, quy định về thừa kế quyền sử dụng đất, quyền của phụ nữ trong chế độ mẫu hệ K'Ho khi ly hôn, chia tài sản. Bà Ka Đoan, Phó Trưởng phòng Chính sách dân tộc Ban Dân tộc tỉnh, trực tiếp đóng vai cùng học viên trong tình huống "hai chị em tranh chấp 1,2 ha rẫy cà phê mẹ để lại".
Theo ông Cil Poh, Phó Chủ tịch UBND huyện Lạc Dương, toàn huyện có 74 người có uy tín; từ đầu năm đến nay các tổ hòa giải đã tiếp nhận 31 vụ việc, hòa giải thành 28 vụ, 3 vụ chuyển Tòa án. Có tới 70% số vụ liên quan đến đất rẫy không có giấy chứng nhận quyền sử dụng đất, do cha mẹ chia miệng cho con.
Già làng K'Brêu, thôn Đưng K'Si, xã Đạ Chais, nói: "Trước tôi xử theo luật tục, ai sai thì phạt một con heo, một ché rượu. Nay học thêm luật mới biết nhiều chuyện phải có giấy tờ, có chữ ký của xã thì mới chắc". Bà Bon Niêng Ha Thủy, người có uy tín thôn Păng Tiêng, xã Lát, đề nghị có tài liệu bằng tiếng K'Ho để về phổ biến lại cho bà con.
Bế mạc lớp học, đồng chí Ya Tuấn, Trưởng Ban Dân tộc tỉnh, yêu cầu các học viên phát huy vai trò, nắm chắc tình hình thôn, bon; mâu thuẫn mới phát sinh phải hòa giải ngay, không để "việc nhỏ thành việc lớn". Mỗi học viên được hỗ trợ 150.000 đồng/ngày tiền ăn, 200.000 đồng tiền đi lại; tổng kinh phí lớp học hơn 48 triệu đồng. Cuối khóa, các học viên làm bài kiểm tra, 100% đạt yêu cầu.
Dự kiến trong tháng 10 và tháng 11, Ban Dân tộc tỉnh sẽ tổ chức 3 lớp còn lại tại các huyện Đam Rông, Lâm Hà và Di Linh cho khoảng 200 người có uy tín.
K'Giang
Tin cùng chuyên mục
- Đam Rông: 12 thôn ký cam kết không di cư tự do (08/09/2023)
- Gặp mặt già làng tiêu biểu huyện Bảo Lâm (30/08/2023)
- Di Linh hòa giải thành vụ tranh chấp đất rừng kéo dài 8 năm (22/08/2023)
- Lạc Dương: trao 40 phần quà cho hộ K'Ho khó khăn (10/08/2023)
""", "2023-09-14", "Tập huấn kỹ năng hòa giải cho già làng, người có uy tín huyện Lạc Dương",
E("tap_huan", "2023", "2023-09-12"),
[P("Ka Đoan", "Phó Trưởng phòng Chính sách dân tộc Ban Dân tộc tỉnh"),
 P("Cil Poh", "Phó Chủ tịch UBND huyện Lạc Dương"),
 P("K'Brêu", "Già làng"),
 P("Bon Niêng Ha Thủy", "người có uy tín thôn Păng Tiêng"),
 P("Ya Tuấn", "Trưởng Ban Dân tộc tỉnh")],
[Q("65 già làng, người có uy tín", 65, "già làng, người có uy tín"), Q("6 lớp tập huấn", 6, "lớp tập huấn"),
 Q("1,2 ha", 1.2, "ha"), Q("74 người có uy tín", 74, "người có uy tín"), Q("31 vụ việc", 31, "vụ việc"),
 Q("28 vụ", 28, "vụ"), Q("3 vụ", 3, "vụ"), Q("70%", 70, "%"),
 Q("150.000 đồng/ngày", 150000, "đồng"), Q("200.000 đồng", 200000, "đồng"), Q("hơn 48 triệu đồng", 48000000, "đồng", "over"),
 Q("100%", 100, "%"), Q("3 lớp", 3, "lớp"), Q("khoảng 200 người có uy tín", 200, "người có uy tín", "approx")],
[D("Kế hoạch", "45", "KH-BDT", "2023-02-28", "Ban Dân tộc tỉnh", "Kế hoạch số 45/KH-BDT ngày 28/02/2023"),
 D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg")],
[prov("Lâm Đồng"), com("Đạ Chais"), com("Lát")],
["LÂM ĐỒNG ONLINE - BÁO LÂM ĐỒNG", "Chính trị > Dân tộc - Tôn giáo", "Báo cáo viên Ka Đoan hướng dẫn học viên thực hành hòa giải. Ảnh: K'Giang",
 "Luật Hòa giải ở cơ sở", "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi",
 "Dự án 10", "việc nhỏ thành việc lớn"],
["Ngày đăng: 14/09/2023", "Trong 2 ngày", "năm 2023", "lớp thứ 3", "một con heo, một ché rượu", "tháng 10 và tháng 11"]))

PAGES.append(page("b8443-dienbien-bdv-giaobanthang-2024", """
BAN DÂN VẬN TỈNH ỦY ĐIỆN BIÊN
Trang chủ | Hoạt động | Tin tức
T6, 07/06/2024 - 08:10
Toàn cảnh buổi giao ban.
Ban Dân vận Tỉnh ủy giao ban tháng 5: Chú trọng hòa giải tranh chấp đất ở vùng tái định cư
Chiều 6/6/2024, Ban Dân vận Tỉnh ủy Điện Biên tổ chức giao ban công tác tháng 5/2024, triển khai nhiệm vụ tháng 6. Đồng chí Mùa A Sấu, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì; cùng dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Lò Văn Muôn, Lầu Thị Dua.
Trong tháng, khối dân vận đã nắm tình hình tại 12 điểm tái định cư của dự án thủy điện và dự án đường cao tốc, phát hiện 19 vụ tranh chấp ranh giới đất ở, đất vườn giữa các hộ tái định cư với hộ sở tại. Với sự tham gia của người có uy tín, các tổ hòa giải đã giải quyết thành 15 vụ; 4 vụ đang tiếp tục xác minh. Ban Dân vận Huyện ủy Mường Nhé phối hợp với Đồn Biên phòng Sen Thượng đưa trưởng dòng họ Sùng, họ Giàng đến từng hộ vận động, tháo gỡ vụ tranh chấp hơn 6 ha đất nương ở bản Tả Ló San, xã Sen Thượng.
Ban cũng hoàn thành việc tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 284-KH/TU về phát huy vai trò người có uy tín trong đồng bào dân tộc thiểu số năm 2024 và hướng dẫn các huyện sơ kết Kết luận số 01-KL/TU; phối hợp kiểm tra 3 huyện về thực hiện Quy chế dân chủ ở cơ sở theo Luật Thực hiện dân chủ ở cơ sở.
Tại giao ban, đồng chí Lầu Thị Dua báo cáo kết quả khảo sát tại xã Nà Khoa: 23/26 bản có người có uy tín trực tiếp tham gia hòa giải; trong 5 tháng đầu năm, xã không có vụ việc nào phải chuyển lên huyện. Đồng chí Lò Văn Muôn đề nghị rà soát những trường hợp người có uy tín tuổi cao, sức yếu để bổ sung người kế cận; đồng thời bố trí ít nhất 20 triệu đồng cho mỗi huyện để mở lớp bồi dưỡng kỹ năng hòa giải.
Kết luận giao ban, đồng chí Mùa A Sấu yêu cầu tháng 6 các phòng tập trung theo dõi sát tình hình tư tưởng của đồng bào ở vùng tái định cư; kịp thời tham mưu xử lý dứt điểm 4 vụ còn tồn đọng; chuẩn bị nội dung làm việc với đoàn công tác của Ban Dân vận Trung ương về thực hiện Quyết định số 1719/QĐ-TTg và Chỉ thị số 49-CT/TW của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác hòa giải ở cơ sở.
Đồng chí cũng lưu ý chuẩn bị tốt các điều kiện tổ chức gặp mặt 320 người có uy tín, già làng, trưởng bản tiêu biểu toàn tỉnh trong tháng 8/2024, mỗi đại biểu được tặng 1 phần quà trị giá 700.000 đồng.
Thu Hằng
Các tin đã đưa
- Giao ban khối dân vận tháng 4/2024 (08/05/2024)
- Tủa Chùa: vận động 35 hộ hiến đất làm đường (29/04/2024)
- Ban Dân vận Tỉnh ủy làm việc tại Mường Chà (18/04/2024)
""", "2024-06-07", "Ban Dân vận Tỉnh ủy giao ban tháng 5: Chú trọng hòa giải tranh chấp đất ở vùng tái định cư",
E("giao_ban", "2024-05", "2024-06-06"),
[P("Mùa A Sấu", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lò Văn Muôn", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lầu Thị Dua", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("12 điểm tái định cư", 12, "điểm tái định cư"), Q("19 vụ tranh chấp ranh giới đất ở, đất vườn", 19, "vụ tranh chấp ranh giới đất ở, đất vườn"),
 Q("15 vụ", 15, "vụ"), Q("4 vụ", 4, "vụ"), Q("hơn 6 ha", 6, "ha", "over"), Q("3 huyện", 3, "huyện"),
 Q("23/26 bản", 23, "bản"), Q("ít nhất 20 triệu đồng", 20000000, "đồng", "over"),
 Q("320 người có uy tín, già làng, trưởng bản tiêu biểu", 320, "người có uy tín, già làng, trưởng bản tiêu biểu"),
 Q("700.000 đồng", 700000, "đồng")],
[D("Kế hoạch", "284", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 284-KH/TU"),
 D("Kết luận", "01", "KL/TU", None, None, "Kết luận số 01-KL/TU"),
 D("Quyết định", "1719", "QĐ-TTg", None, None, "Quyết định số 1719/QĐ-TTg"),
 D("Chỉ thị", "49", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 49-CT/TW")],
[prov("Điện Biên"), com("Sen Thượng"), com("Nà Khoa")],
["BAN DÂN VẬN TỈNH ỦY ĐIỆN BIÊN", "Trang chủ | Hoạt động | Tin tức", "Toàn cảnh buổi giao ban.", "Đồn Biên phòng Sen Thượng",
 "Luật Thực hiện dân chủ ở cơ sở", "Quy chế dân chủ ở cơ sở"],
["T6, 07/06/2024 - 08:10", "tháng 5/2024", "tháng 6", "5 tháng đầu năm", "tháng 8/2024", "1 phần quà"]))

PAGES.append(page("b8444-thanhhoa-muong-soket-2024", """
Báo Thanh Hóa điện tử
Thời sự > Chính trị > Dân tộc miền núi
2024-07-10 15:30
Ảnh: Quang cảnh hội nghị sơ kết.
Thường Xuân: Người có uy tín góp phần hòa giải thành 41 vụ việc trong 6 tháng
Ngày 9/7, Ban Dân vận Huyện ủy Thường Xuân (Thanh Hóa) phối hợp với Phòng Dân tộc huyện tổ chức hội nghị sơ kết 6 tháng đầu năm 2024 về phát huy vai trò người có uy tín trong hòa giải tranh chấp đất đai, hôn nhân và gia đình ở vùng đồng bào Thái, Mường. Chủ trì hội nghị có đồng chí Cầm Bá Tường, HUV, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ huyện và đồng chí Hà Thị Ninh, Trưởng phòng Dân tộc huyện.
Theo báo cáo, toàn huyện có 138 người có uy tín ở 15 xã, thị trấn. 6 tháng qua, các tổ hòa giải có người có uy tín tham gia đã tiếp nhận 46 vụ việc, hòa giải thành 41 vụ, đạt 89,1%; trong đó 18 vụ tranh chấp đất rừng sản xuất, 13 vụ mâu thuẫn gia đình, 10 vụ tranh chấp lối đi, ranh giới đất ở. Người có uy tín còn vận động nhân dân hiến 1.650 m2 đất, đóng góp trên 2.300 ngày công làm đường giao thông nông thôn.
Ông Lò Văn Chiến, người có uy tín bản Chiềng, xã Yên Nhân, chia sẻ cách hòa giải vụ tranh chấp 7.000 m2 đất keo giữa hai gia đình thông gia: "Tôi mời cả hai bố vợ, bố chồng ngồi mâm cơm, nói chuyện con cháu trước, chuyện đất sau. Nói mãi ba buổi thì họ tự chia". Bà Vi Thị Xuân, người có uy tín thôn Khong, xã Vạn Xuân, nhiều lần cùng Chi hội Phụ nữ thôn can thiệp các vụ bạo lực gia đình, giúp 2 cặp vợ chồng rút đơn ly hôn.
Đồng chí Ngân Văn Thướng, Chủ tịch UBND xã Bát Mọt, cho biết xã giáp ranh tỉnh Nghệ An nên nhiều vụ tranh chấp đất rừng liên quan cả hai bên; xã đã mời người có uy tín của hai bản giáp ranh cùng ngồi hòa giải, thống nhất cắm 26 cột mốc ranh giới.
Hội nghị cũng chỉ ra: có 3 vụ việc hòa giải xong nhưng các bên không thực hiện cam kết; việc thực hiện chính sách theo Quyết định số 12/2018/QĐ-TTg và Quyết định số 28/2023/QĐ-TTg của Thủ tướng Chính phủ sửa đổi, bổ sung đôi lúc còn chậm.
Phát biểu chỉ đạo, đồng chí Lê Văn Hải, Ủy viên Ban Thường vụ Huyện ủy, Phó Chủ tịch Thường trực UBND huyện đề nghị 6 tháng cuối năm thực hiện Kế hoạch số 135-KH/HU của Huyện ủy và Chỉ thị 14, 15-CT/HU của Ban Thường vụ Huyện ủy; phấn đấu tỷ lệ hòa giải thành đạt 90% trở lên; mở thêm 2 lớp tập huấn pháp luật; 100% người có uy tín được cấp tài liệu về Luật Đất đai năm 2024.
Dịp này, Ban Dân vận Huyện ủy tặng giấy khen cho 12 người có uy tín tiêu biểu, mỗi người kèm 500.000 đồng.
Lê Hợi
Tin liên quan
- Lang Chánh: hòa giải thành vụ tranh chấp đất rừng giữa 2 bản (02/07/2024)
- Bá Thước tập huấn cho 90 trưởng thôn, người có uy tín (25/06/2024)
- Quan Sơn gặp mặt người có uy tín năm 2024 (14/06/2024)
""", "2024-07-10", "Thường Xuân: Người có uy tín góp phần hòa giải thành 41 vụ việc trong 6 tháng",
E("so_ket", "2024-H1", "2024-07-09"),
[P("Cầm Bá Tường", "HUV", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ huyện"),
 P("Hà Thị Ninh", "Trưởng phòng Dân tộc huyện"),
 P("Lò Văn Chiến", "người có uy tín bản Chiềng"),
 P("Vi Thị Xuân", "người có uy tín thôn Khong"),
 P("Ngân Văn Thướng", "Chủ tịch UBND xã Bát Mọt"),
 P("Lê Văn Hải", "Ủy viên Ban Thường vụ Huyện ủy", "Phó Chủ tịch Thường trực UBND huyện")],
[Q("41 vụ việc", 41, "vụ việc"), Q("138 người có uy tín", 138, "người có uy tín"), Q("15 xã, thị trấn", 15, "xã, thị trấn"),
 Q("46 vụ việc", 46, "vụ việc"), Q("89,1%", 89.1, "%"), Q("18 vụ tranh chấp đất rừng sản xuất", 18, "vụ tranh chấp đất rừng sản xuất"),
 Q("13 vụ mâu thuẫn gia đình", 13, "vụ mâu thuẫn gia đình"), Q("10 vụ tranh chấp lối đi, ranh giới đất ở", 10, "vụ tranh chấp lối đi, ranh giới đất ở"),
 Q("1.650 m2", 1650, "m2"), Q("trên 2.300 ngày công", 2300, "ngày công", "over"), Q("7.000 m2", 7000, "m2"),
 Q("2 cặp vợ chồng", 2, "cặp vợ chồng"), Q("26 cột mốc ranh giới", 26, "cột mốc ranh giới"), Q("3 vụ việc", 3, "vụ việc"), Q("90% trở lên", 90, "%", "over"),
 Q("2 lớp tập huấn pháp luật", 2, "lớp tập huấn pháp luật"), Q("100%", 100, "%"),
 Q("12 người có uy tín tiêu biểu", 12, "người có uy tín tiêu biểu"), Q("500.000 đồng", 500000, "đồng")],
[D("Quyết định", "12", "2018/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg"),
 D("Quyết định", "28", "2023/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 28/2023/QĐ-TTg"),
 D("Kế hoạch", "135", "KH/HU", None, "Huyện ủy", "Kế hoạch số 135-KH/HU"),
 D("Chỉ thị", "14", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 14, 15-CT/HU"),
 D("Chỉ thị", "15", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 14, 15-CT/HU")],
[prov("Thanh Hóa"), com("Yên Nhân"), com("Vạn Xuân"), com("Bát Mọt"), prov("Nghệ An")],
["Báo Thanh Hóa điện tử", "Thời sự > Chính trị > Dân tộc miền núi", "Ảnh: Quang cảnh hội nghị sơ kết.", "Luật Đất đai năm 2024", "Chi hội Phụ nữ thôn"],
["2024-07-10 15:30", "6 tháng đầu năm 2024", "6 tháng qua", "ba buổi", "6 tháng cuối năm", "trong 6 tháng"]))

PAGES.append(page("b8445-quangtri-vankieu-chandung-2024", """
BÁO QUẢNG TRỊ ĐIỆN TỬ
Trang chủ › Xã hội › Gương sáng
20.09.2024 | 07:00
Người có uy tín Hồ Văn Lai (giữa) trò chuyện với bà con bản Ka Tăng. Ảnh: T.L
"Ông trọng tài" của bản Ka Tăng
QTO - Ở bản Ka Tăng, xã A Bung, huyện Đakrông (Quảng Trị), hễ nhà nào có chuyện bất hòa, tranh chấp đất rẫy hay vợ chồng cãi nhau, người ta lại tìm đến ông Hồ Văn Lai, 67 tuổi, người Pa Kô, người có uy tín bản Ka Tăng suốt 15 năm nay.
Bản Ka Tăng có 142 hộ, hơn 600 nhân khẩu, 100% là đồng bào Pa Kô, Vân Kiều. Theo ông Hồ Văn Điếp, Chủ tịch UBND xã A Bung, từ năm 2019 đến nay, tổ hòa giải bản do ông Lai làm tổ trưởng đã hòa giải thành 23 vụ việc, trong đó 14 vụ tranh chấp đất sản xuất, còn lại là mâu thuẫn gia đình, nợ nần. Không có vụ nào phải chuyển lên xã.
Câu chuyện ông Lai nhớ nhất xảy ra năm 2022, khi hai dòng họ Hồ và Kăn tranh chấp gần 2 ha đất rẫy trồng sắn, keo ở khe A Pun. Hai bên đã dựng lều, chặt cây của nhau, suýt xảy ra xô xát. Ông Lai mời trưởng hai dòng họ đến nhà, rồi cùng cán bộ địa chính xã ra tận nơi, lần theo dấu cây cổ thụ mà người già hai họ từng làm mốc. "Đất của rừng, của làng, ai làm trước thì làm, nhưng phải có ranh cho con cháu khỏi đánh nhau", ông nói. Sau 5 buổi, hai họ ký biên bản chia đất, mổ gà cúng Giàng làm lành.
Không chỉ hòa giải, ông Lai còn là người vận động bà con bỏ tục chôn chung, bỏ tảo hôn. Năm 2023, ông đã thuyết phục 2 gia đình hủy bỏ đám cưới cho con chưa đủ tuổi. Bà Kăn Thị Hiên, Chủ tịch Hội LHPN xã A Bung, kể: có những đêm mưa, ông Lai vẫn lội suối sang nhà có vợ chồng đánh nhau để khuyên giải.
Ông Lai kể, hòa giải ở bản khó nhất không phải luật mà là lòng người. Có vụ ông phải ngồi nghe người ta trách móc đến nửa đêm, sáng hôm sau lại sang nhà bên kia nghe tiếp. Mỗi lần như vậy, vợ ông lại chuẩn bị sẵn nắm cơm, ống nước cho chồng mang theo. Ông bảo làm người có uy tín thì không có lương, chỉ có cái tên mà bà con tin, nên càng phải giữ.
Ghi nhận những đóng góp đó, năm 2023 ông Lai được Chủ tịch UBND tỉnh tặng Bằng khen, được chọn là 1 trong 19 người có uy tín tiêu biểu của tỉnh đi dự gặp mặt tại Hà Nội. Ông Lê Minh Tuấn, Phó Trưởng Ban Dân tộc tỉnh, cho biết toàn tỉnh có 286 người có uy tín, đang được hưởng chế độ theo Quyết định số 12/2018/QĐ-TTg và Quyết định số 28/2023/QĐ-TTg của Thủ tướng Chính phủ, mỗi năm được thăm hỏi, tặng quà 2 lần.
Chia tay chúng tôi, ông Lai nói ông đang truyền lại kinh nghiệm cho người con trai là anh Hồ Văn Sinh, Bí thư Chi đoàn bản Ka Tăng, "để sau này bản vẫn có người đứng ra nói cho bà con nghe".
Thanh Lê
Tin liên quan
- Hướng Hóa: 46 người có uy tín được tập huấn kỹ năng hòa giải (12/09/2024)
- Đakrông trao quà cho người có uy tín dịp Tết Độc lập (30/08/2024)
- Vĩnh Linh: hòa giải thành 92% vụ việc ở cơ sở (21/08/2024)
""", "2024-09-20", '"Ông trọng tài" của bản Ka Tăng',
E("khac", None, None),
[P("Hồ Văn Lai", "người có uy tín bản Ka Tăng", "tổ trưởng"),
 P("Hồ Văn Điếp", "Chủ tịch UBND xã A Bung"),
 P("Kăn Thị Hiên", "Chủ tịch Hội LHPN xã A Bung"),
 P("Lê Minh Tuấn", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Hồ Văn Sinh", "Bí thư Chi đoàn bản Ka Tăng")],
[Q("142 hộ", 142, "hộ"), Q("hơn 600 nhân khẩu", 600, "nhân khẩu", "over"), Q("100%", 100, "%"),
 Q("23 vụ việc", 23, "vụ việc"), Q("14 vụ tranh chấp đất sản xuất", 14, "vụ tranh chấp đất sản xuất"),
 Q("gần 2 ha", 2, "ha", "approx"), Q("2 gia đình", 2, "gia đình"),
 Q("19 người có uy tín tiêu biểu", 19, "người có uy tín tiêu biểu"), Q("286 người có uy tín", 286, "người có uy tín")],
[D("Quyết định", "12", "2018/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg"),
 D("Quyết định", "28", "2023/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 28/2023/QĐ-TTg")],
[prov("Quảng Trị"), com("A Bung")],
["BÁO QUẢNG TRỊ ĐIỆN TỬ", "Trang chủ › Xã hội › Gương sáng", "Người có uy tín Hồ Văn Lai (giữa) trò chuyện với bà con bản Ka Tăng. Ảnh: T.L",
 "QTO", "Ông trọng tài", "Giàng"],
["20.09.2024 | 07:00", "67 tuổi", "15 năm", "năm 2019", "năm 2022", "5 buổi", "Năm 2023", "1 trong 19", "2 lần"]))

PAGES.append(page("b8446-daknong-mnong-doithoai-2025", """
Báo Đắk Nông điện tử
Chính trị | Dân tộc - Tôn giáo | Pháp luật
Thứ Sáu, 21/03/2025 - 09:00
Tuy Đức đối thoại với già làng về tranh chấp đất và di cư tự do
(ĐN) - Ngày 19/3, Thường trực Huyện ủy Tuy Đức (Đắk Nông) tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với già làng, người có uy tín, chức sắc tôn giáo năm 2025. Chủ trì hội nghị có đồng chí Điểu Xuân, Tỉnh ủy viên, Bí thư Huyện ủy; đồng chí Y Bình Ktơl, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện.
Già làng Điểu Ơi phát biểu tại hội nghị đối thoại.
Tham dự có 135 đại biểu là già làng, người có uy tín đồng bào M'nông, Mạ, Ê Đê, Mông, Dao và chức sắc Tin lành của 6 xã. Tại hội nghị, các đại biểu nêu 19 ý kiến, trong đó 11 ý kiến liên quan đến đất đai: tranh chấp đất giữa người dân tại chỗ với hộ di cư tự do, việc thu hồi đất của các công ty lâm nghiệp giao về địa phương, cấp giấy chứng nhận cho đất rẫy lâu năm.
Già làng Điểu Ơi, bon Bu Prăng 1, xã Quảng Trực, phản ánh nhiều hộ di cư tự do mua đất rẫy của người M'nông bằng giấy viết tay, nay con cháu người bán đòi lại, dẫn đến tranh chấp. Già làng đã cùng tổ hòa giải bon giải quyết thành 8 vụ nhưng còn 3 vụ phức tạp, đề nghị huyện vào cuộc. Bà H'Loan Byă, người có uy tín bon Đắk Huýt, xã Quảng Trực, nêu thực trạng tảo hôn và mâu thuẫn vợ chồng trong các hộ nghèo.
Trả lời các ý kiến, đồng chí Y Bình Ktơl cho biết, năm 2024 toàn huyện có 257 vụ tranh chấp, khiếu nại về đất đai, đã giải quyết 219 vụ; trong đó già làng, người có uy tín trực tiếp tham gia hòa giải thành 97 vụ. Huyện đang tổ chức đo đạc, giao lại khoảng 2.600 ha đất thu hồi từ các công ty nông, lâm nghiệp để bố trí cho 740 hộ đồng bào dân tộc thiểu số thiếu đất sản xuất, trong đó có 180 hộ di cư tự do, thực hiện Nghị quyết số 112/2015/QH13 của Quốc hội.
Phát biểu kết luận, đồng chí Điểu Xuân đề nghị các xã tiếp tục phát huy vai trò già làng trong hòa giải; mỗi tranh chấp mới phải được nắm và hòa giải trong vòng 15 ngày; các cơ quan trả lời bằng văn bản 8 ý kiến chưa trả lời trực tiếp trước ngày 15/4/2025. Đồng chí cũng yêu cầu triển khai có hiệu quả Kết luận 03, 04-KL/HU của Ban Thường vụ Huyện ủy về ổn định dân di cư tự do và công tác dân vận vùng đồng bào dân tộc thiểu số.
Dịp này, huyện tặng 40 phần quà, mỗi phần 1,2 triệu đồng, cho già làng, người có uy tín có nhiều đóng góp trong hòa giải ở cơ sở năm 2024.
Đây là hội nghị đối thoại cuối cùng trước khi huyện Tuy Đức kết thúc hoạt động theo chủ trương sắp xếp đơn vị hành chính, không tổ chức cấp huyện.
Hồng Thoan
Tin liên quan
- Đắk Glong: 52 già làng được tập huấn pháp luật (12/03/2025)
- Đắk R'lấp hòa giải thành vụ tranh chấp đất giữa hai bon (05/03/2025)
- Gặp mặt người có uy tín tỉnh Đắk Nông năm 2025 (20/01/2025)
""", "2025-03-21", "Tuy Đức đối thoại với già làng về tranh chấp đất và di cư tự do",
E("doi_thoai", "2025", "2025-03-19"),
[P("Điểu Xuân", "Tỉnh ủy viên", "Bí thư Huyện ủy"),
 P("Y Bình Ktơl", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"),
 P("Điểu Ơi", "Già làng"),
 P("H'Loan Byă", "người có uy tín bon Đắk Huýt")],
[Q("135 đại biểu", 135, "đại biểu"), Q("6 xã", 6, "xã"), Q("19 ý kiến", 19, "ý kiến"), Q("11 ý kiến", 11, "ý kiến"),
 Q("8 vụ", 8, "vụ"), Q("3 vụ", 3, "vụ"), Q("257 vụ tranh chấp, khiếu nại về đất đai", 257, "vụ tranh chấp, khiếu nại về đất đai"),
 Q("219 vụ", 219, "vụ"), Q("97 vụ", 97, "vụ"), Q("khoảng 2.600 ha", 2600, "ha", "approx"),
 Q("740 hộ đồng bào dân tộc thiểu số thiếu đất sản xuất", 740, "hộ đồng bào dân tộc thiểu số thiếu đất sản xuất"),
 Q("180 hộ di cư tự do", 180, "hộ di cư tự do"), Q("8 ý kiến", 8, "ý kiến"),
 Q("40 phần quà", 40, "phần quà"), Q("1,2 triệu đồng", 1200000, "đồng")],
[D("Nghị quyết", "112", "2015/QH13", None, "Quốc hội", "Nghị quyết số 112/2015/QH13"),
 D("Kết luận", "03", "KL/HU", None, "Ban Thường vụ Huyện ủy", "Kết luận 03, 04-KL/HU"),
 D("Kết luận", "04", "KL/HU", None, "Ban Thường vụ Huyện ủy", "Kết luận 03, 04-KL/HU")],
[prov("Đắk Nông"), com("Quảng Trực")],
["Báo Đắk Nông điện tử", "Chính trị | Dân tộc - Tôn giáo | Pháp luật", "(ĐN)", "Già làng Điểu Ơi phát biểu tại hội nghị đối thoại."],
["Thứ Sáu, 21/03/2025 - 09:00", "năm 2025", "năm 2024", "15 ngày", "15/4/2025"]))
