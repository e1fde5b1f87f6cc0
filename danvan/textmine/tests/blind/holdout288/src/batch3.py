from lib import *
PAGES = []

PAGES.append(page("b6881-gialai-bvnhi-traoqua-2021", """
Báo Gia Lai điện tử
Xã hội » Y tế » Chia sẻ yêu thương
Thứ Hai, 20/09/2021
Trung thu cho bệnh nhi người dân tộc thiểu số
(GLO)- Chiều 18/9, Đảng ủy Bệnh viện Nhi tỉnh Gia Lai phối hợp với Ban Dân vận Tỉnh ủy và Hội Liên hiệp Phụ nữ tỉnh tổ chức chương trình "Trung thu yêu thương" năm 2021, thăm hỏi và trao 220 suất quà Trung thu cho các bệnh nhi đang điều trị, phần lớn là con em đồng bào Jrai, Bahnar.
Đại biểu trao quà cho bệnh nhi đang điều trị tại khoa Nhiễm.
Dự chương trình có các đồng chí: Rơ Châm H'Dâm, Phó Trưởng Ban Dân vận Tỉnh ủy; Ksor H'Bơ Khăp, Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh; BS.CKII Đặng Minh Trí, Giám đốc Bệnh viện Nhi tỉnh.
Do tình hình dịch Covid-19, chương trình được tổ chức gọn nhẹ, bảo đảm giãn cách. Mỗi suất quà gồm lồng đèn, bánh Trung thu, sữa và 300.000 đồng tiền mặt; riêng 35 bệnh nhi có hoàn cảnh đặc biệt khó khăn được tặng thêm 1 triệu đồng mỗi em. Tổng giá trị quà tặng hơn 135 triệu đồng, do 18 tập thể, cá nhân và các chi bộ trong bệnh viện đóng góp.
Bác sĩ Đặng Minh Trí cho biết, năm 2021 bệnh viện có 330 giường bệnh, trung bình mỗi ngày điều trị nội trú khoảng 380 bệnh nhi; gần 65% là trẻ em người dân tộc thiểu số từ các huyện Chư Păh, Ia Grai, Đak Đoa. Từ đầu năm, Phòng Công tác xã hội đã vận động 1,2 tỷ đồng hỗ trợ viện phí cho 128 trẻ nghèo và duy trì "Bữa cơm yêu thương" mỗi tuần 2 lần.
Theo lãnh đạo bệnh viện, thời gian qua đơn vị chú trọng công tác dân vận ngay tại giường bệnh: điều dưỡng được tập huấn một số câu giao tiếp cơ bản bằng tiếng Jrai, Bahnar; các khoa bố trí góc đọc sách, đồ chơi cho trẻ; người nhà bệnh nhi được hướng dẫn cách chăm sóc, cho trẻ ăn uống hợp lý khi ra viện. Nhiều gia đình ở xa, không có tiền về quê đã được Phòng Công tác xã hội hỗ trợ tiền xe.
Chị Siu H'Lâm ở làng Ốp, xã Ia Ka, có con trai 4 tuổi điều trị viêm phổi, xúc động: "Con được các bác sĩ chăm sóc tận tình, giờ lại có quà Trung thu, mình vui lắm".
Thay mặt Ban Dân vận Tỉnh ủy, đồng chí Rơ Châm H'Dâm ghi nhận bệnh viện đã thực hiện hiệu quả Kế hoạch số 27-KH/BDVTU của Ban Dân vận Tỉnh ủy về triển khai phong trào thi đua "Dân vận khéo" giai đoạn 2021 - 2025; đề nghị tiếp tục vận động đồng bào đưa trẻ đi tiêm chủng, khám bệnh sớm, không nghe theo tà đạo "Hà Mòn".
Cùng ngày, Đoàn Thanh niên bệnh viện tổ chức đêm "Rước đèn trông trăng" trong khuôn viên cho các bệnh nhi và người nhà.
Hồng Thi
Xem thêm
- Bệnh viện Nhi tỉnh tiếp nhận 20 máy đo SpO2 (10/09/2021)
- Đak Đoa: vận động đồng bào khai báo y tế (31/08/2021)
- Tặng quà người có uy tín làng Ốp (22/08/2021)
""", "2021-09-20", "Trung thu cho bệnh nhi người dân tộc thiểu số",
E("trao_qua", None, "2021-09-18"),
[P("Rơ Châm H'Dâm", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Ksor H'Bơ Khăp", "Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
 P("Đặng Minh Trí", "BS.CKII", "Giám đốc Bệnh viện Nhi tỉnh", "Bác sĩ"),
 P("Siu H'Lâm")],
[Q("220 suất quà", 220, "suất quà"), Q("300.000 đồng", 300000, "đồng"), Q("35 bệnh nhi", 35, "bệnh nhi"),
 Q("1 triệu đồng", 1000000, "đồng"), Q("hơn 135 triệu đồng", 135000000, "đồng", "over"), Q("18 tập thể, cá nhân", 18, "tập thể, cá nhân"),
 Q("330 giường bệnh", 330, "giường bệnh"), Q("khoảng 380 bệnh nhi", 380, "bệnh nhi", "approx"), Q("gần 65%", 65, "%", "approx"),
 Q("1,2 tỷ đồng", 1200000000, "đồng"), Q("128 trẻ nghèo", 128, "trẻ nghèo")],
[D("Kế hoạch", "27", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 27-KH/BDVTU")],
[prov("Gia Lai"), com("Ia Ka")],
["Báo Gia Lai điện tử", "Xã hội » Y tế » Chia sẻ yêu thương", "(GLO)", "Trung thu yêu thương",
 "Đại biểu trao quà cho bệnh nhi đang điều trị tại khoa Nhiễm.", "Bữa cơm yêu thương", "Dân vận khéo", "Hà Mòn", "Rước đèn trông trăng"],
["năm 2021", "Covid-19", "4 tuổi", "2 lần", "giai đoạn 2021 - 2025"]))

PAGES.append(page("b6882-thanhhoa-bvdk-giaoban-2022", """
BAN DÂN VẬN TỈNH ỦY THANH HÓA - TRANG THÔNG TIN ĐIỆN TỬ
Vị trí: Trang chủ > Tin hoạt động > Dân vận các ngành
Ngày 10/10/2022 | 08:40
Hôm nay: Thứ Tư, 12/10/2022
Giao ban công tác dân vận tháng 9 tại Bệnh viện Đa khoa tỉnh
Ngày 6/10, Đảng ủy Bệnh viện Đa khoa tỉnh Thanh Hóa tổ chức giao ban công tác dân vận tháng 9/2022 với các chi bộ khoa, phòng. Chủ trì giao ban có TTƯT, BSCKII Lê Xuân Hải, Đảng ủy viên Đảng bộ Khối các cơ quan tỉnh, Bí thư Đảng ủy, Giám đốc Bệnh viện và đồng chí Trịnh Thị Hồng, Phó Bí thư Đảng ủy, Trưởng khối dân vận bệnh viện.
Theo báo cáo, tháng 9 bệnh viện tiếp đón gần 42.000 lượt người bệnh đến khám, điều trị nội trú cho hơn 6.300 lượt. Tổ công tác xã hội tiếp nhận 19 ý kiến góp ý qua hòm thư, mã QR và đường dây nóng, trong đó có 11 ý kiến khen ngợi, 8 ý kiến phản ánh; đã xác minh, trả lời 8/8 ý kiến phản ánh. Tỷ lệ hài lòng của người bệnh ngoại trú đạt 93,7%, nội trú đạt 96%.
Thực hiện Kết luận 43-KL/TW ngày 07/01/2019 của Ban Bí thư về tiếp tục thực hiện Nghị quyết Trung ương 7 khóa XI về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận, các chi bộ đã đăng ký 9 công trình, phần việc dân vận quý IV, tiêu biểu như "Mỗi tháng một buổi hướng dẫn người bệnh sử dụng ứng dụng đặt khám", "Đón tiếp người cao tuổi ưu tiên". Bệnh viện cũng tổ chức 3 đợt khám sàng lọc bệnh không lây nhiễm cho khoảng 1.500 người cao tuổi tại xã Quảng Nhân và xã Hoằng Đạo.
Tại giao ban, Thạc sĩ Ngô Thị Thu Trang, Trưởng phòng Công tác xã hội, kiến nghị bố trí thêm bãi đỗ xe tạm cho người nhà bệnh nhân, vì tình trạng chen lấn tại cổng vào giờ cao điểm đã bị phản ánh nhiều lần trên mạng xã hội. Đồng chí Hoàng Văn Hùng, Bí thư Chi bộ Khoa Cấp cứu, cho rằng cần tăng cường tập huấn kỹ năng xử lý xung đột cho nhân viên bảo vệ và điều dưỡng trực đêm.
Đánh giá chung, các ý kiến cho rằng tinh thần, thái độ phục vụ của nhân viên y tế đã chuyển biến rõ, song vẫn còn tình trạng giải thích chưa đầy đủ về chi phí điều trị ngoài danh mục bảo hiểm y tế, khiến người bệnh thắc mắc khi thanh toán ra viện.
Kết luận giao ban, đồng chí Lê Xuân Hải đề nghị các chi bộ đưa nội dung dân vận vào sinh hoạt tháng 10; tiếp tục thực hiện Chỉ thị số 17-CT/TU ngày 15/4/2022 của Ban Thường vụ Tỉnh ủy về đẩy mạnh phong trào "Dân vận khéo"; Phòng Hành chính quản trị khẩn trương bố trí bãi đỗ xe với diện tích khoảng 1.200 m2 trước ngày 20/10.
Minh Hằng
Lượt truy cập: 3.406
Các tin khác
- Giao ban khối dân vận các cơ quan tỉnh tháng 9/2022 (05/10/2022)
- Bệnh viện Nội tiết tập huấn quy tắc ứng xử (28/09/2022)
- Ngọc Lặc: khám bệnh miễn phí cho đồng bào Mường (21/09/2022)
""", "2022-10-10", "Giao ban công tác dân vận tháng 9 tại Bệnh viện Đa khoa tỉnh",
E("giao_ban", "2022-09", "2022-10-06"),
[P("Lê Xuân Hải", "TTƯT", "BSCKII", "Đảng ủy viên Đảng bộ Khối các cơ quan tỉnh", "Bí thư Đảng ủy", "Giám đốc Bệnh viện"),
 P("Trịnh Thị Hồng", "Phó Bí thư Đảng ủy", "Trưởng khối dân vận bệnh viện"),
 P("Ngô Thị Thu Trang", "Thạc sĩ", "Trưởng phòng Công tác xã hội"),
 P("Hoàng Văn Hùng", "Bí thư Chi bộ Khoa Cấp cứu")],
[Q("gần 42.000 lượt người bệnh", 42000, "lượt người bệnh", "approx"), Q("hơn 6.300 lượt", 6300, "lượt", "over"),
 Q("19 ý kiến góp ý", 19, "ý kiến"), Q("11 ý kiến khen ngợi", 11, "ý kiến khen ngợi"), Q("8 ý kiến phản ánh", 8, "ý kiến phản ánh"),
 Q("93,7%", 93.7, "%"), Q("96%", 96, "%"), Q("9 công trình, phần việc dân vận", 9, "công trình, phần việc dân vận"),
 Q("3 đợt khám sàng lọc bệnh không lây nhiễm", 3, "đợt khám sàng lọc bệnh không lây nhiễm"),
 Q("khoảng 1.500 người cao tuổi", 1500, "người cao tuổi", "approx"), Q("khoảng 1.200 m2", 1200, "m2", "approx")],
[D("Kết luận", "43", "KL/TW", "2019-01-07", "Ban Bí thư", "Kết luận 43-KL/TW ngày 07/01/2019"),
 D("Chỉ thị", "17", "CT/TU", "2022-04-15", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 17-CT/TU ngày 15/4/2022")],
[prov("Thanh Hóa"), com("Quảng Nhân"), com("Hoằng Đạo")],
["BAN DÂN VẬN TỈNH ỦY THANH HÓA - TRANG THÔNG TIN ĐIỆN TỬ", "Vị trí: Trang chủ > Tin hoạt động > Dân vận các ngành",
 "Hôm nay: Thứ Tư, 12/10/2022", "Mỗi tháng một buổi hướng dẫn người bệnh sử dụng ứng dụng đặt khám", "Đón tiếp người cao tuổi ưu tiên",
 "Dân vận khéo", "Nghị quyết Trung ương 7 khóa XI", "Lượt truy cập: 3.406"],
["Ngày 10/10/2022 | 08:40", "tháng 9/2022", "quý IV", "tháng 10", "Nghị quyết Trung ương 7", "khóa XI", "8/8", "Lượt truy cập: 3.406"]))

PAGES.append(page("b6883-bentre-syt-doithoai-2022", """
Báo Đồng Khởi Online
Trang chủ > Xã hội > Y tế
30 tháng 11, 2022 | 17:45
Giám đốc Sở Y tế đối thoại với nhân viên y tế cơ sở
Ảnh: Quang cảnh buổi đối thoại.
Ngày 28/11/2022, Sở Y tế Bến Tre phối hợp với Công đoàn ngành Y tế tổ chức hội nghị đối thoại giữa người đứng đầu với cán bộ, viên chức, người lao động y tế cơ sở năm 2022. Gần 160 người là trưởng trạm y tế xã, nhân viên y tế ấp, khu phố và đại diện 9 trung tâm y tế huyện, thành phố tham dự.
Chủ trì đối thoại có đồng chí Trần Văn Luận, Tỉnh ủy viên, Bí thư Đảng ủy, Giám đốc Sở Y tế; đồng chí Nguyễn Thị Bé Ba, Chủ tịch Công đoàn ngành Y tế; dự có đồng chí Huỳnh Quang Đức, Phó Trưởng Ban Dân vận Tỉnh ủy.
Hội nghị được tổ chức theo Nghị định số 04/2015/NĐ-CP của Chính phủ về thực hiện dân chủ trong hoạt động của cơ quan hành chính nhà nước và đơn vị sự nghiệp công lập, và Kế hoạch số 3421/KH-SYT ngày 20/9/2022 của Sở Y tế. Trước hội nghị, Ban tổ chức đã tổng hợp 47 câu hỏi, kiến nghị gửi bằng văn bản từ 8 công đoàn cơ sở.
Nhiều ý kiến tập trung vào thu nhập, chế độ phụ cấp. Chị Lê Thị Kim Hoàng, nhân viên y tế ấp Phú Hào, xã Phú Hưng, cho biết mức phụ cấp 0,5 lần mức lương cơ sở mỗi tháng chưa tương xứng với công việc vừa chăm sóc sức khỏe, vừa tuyên truyền, vận động người dân trong ấp. Ông Võ Minh Trí, HUV, Trưởng trạm Y tế xã Tân Thủy, phản ánh sau hơn 2 năm chống dịch Covid-19, trạm đang thiếu 2 biên chế bác sĩ, thuốc bảo hiểm y tế có lúc không đủ cấp cho người bệnh tăng huyết áp, đái tháo đường.
Trả lời trực tiếp tại hội nghị, đồng chí Trần Văn Luận thông tin: năm 2022, toàn tỉnh có 157 trạm y tế xã, phường, thị trấn, trong đó 112 trạm có bác sĩ làm việc; ngành đang thiếu khoảng 240 bác sĩ. Sở đã tham mưu UBND tỉnh ban hành Nghị quyết về chính sách thu hút bác sĩ về công tác tại tuyến xã với mức hỗ trợ một lần từ 100 đến 150 triệu đồng/người. Về thuốc, Sở đã chỉ đạo Trung tâm Y tế các huyện điều tiết, cho mượn thuốc giữa các trạm, bảo đảm không để người bệnh phải tự mua.
Đồng chí Nguyễn Thị Bé Ba cho biết Công đoàn ngành đã trao 46 "Mái ấm Công đoàn" cho đoàn viên khó khăn về nhà ở với tổng kinh phí 2,3 tỷ đồng, đồng thời sẽ đề xuất nâng mức thăm hỏi đoàn viên ốm đau lên 1.000.000 đồng/lần từ năm 2023.
Phát biểu tại hội nghị, đồng chí Huỳnh Quang Đức đánh giá cao việc người đứng đầu ngành trực tiếp lắng nghe, giải đáp; đề nghị Sở Y tế thực hiện tốt Kết luận số 01-KL/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận chính quyền, công khai kết quả giải quyết kiến nghị trên cổng thông tin điện tử trong vòng 30 ngày.
Kết thúc hội nghị, 39/47 câu hỏi đã được trả lời trực tiếp; 8 ý kiến còn lại được Sở giao các phòng chuyên môn nghiên cứu, trả lời bằng văn bản.
Bích Liên
Tin liên quan
- Bến Tre: 100% trạm y tế xã triển khai bệnh án điện tử (15/11/2022)
- Khám bệnh miễn phí cho người dân xã Thạnh Phong (02/11/2022)
- Công đoàn ngành Y tế trao 5 Mái ấm Công đoàn (20/10/2022)
""", "2022-11-30", "Giám đốc Sở Y tế đối thoại với nhân viên y tế cơ sở",
E("doi_thoai", "2022", "2022-11-28"),
[P("Trần Văn Luận", "Tỉnh ủy viên", "Bí thư Đảng ủy", "Giám đốc Sở Y tế"),
 P("Nguyễn Thị Bé Ba", "Chủ tịch Công đoàn ngành Y tế"),
 P("Huỳnh Quang Đức", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Thị Kim Hoàng", "nhân viên y tế ấp Phú Hào"),
 P("Võ Minh Trí", "HUV", "Trưởng trạm Y tế xã Tân Thủy")],
[Q("Gần 160 người", 160, "người", "approx"), Q("9 trung tâm y tế huyện, thành phố", 9, "trung tâm y tế huyện, thành phố"),
 Q("47 câu hỏi, kiến nghị", 47, "câu hỏi, kiến nghị"), Q("8 công đoàn cơ sở", 8, "công đoàn cơ sở"),
 Q("2 biên chế bác sĩ", 2, "biên chế bác sĩ"), Q("157 trạm y tế xã, phường, thị trấn", 157, "trạm y tế xã, phường, thị trấn"),
 Q("112 trạm", 112, "trạm"), Q("khoảng 240 bác sĩ", 240, "bác sĩ", "approx"),
 Q("100 đến 150 triệu đồng/người", 100000000, "đồng", "approx"),
 Q("46 \"Mái ấm Công đoàn\"", 46, "Mái ấm Công đoàn"), Q("2,3 tỷ đồng", 2300000000, "đồng"),
 Q("1.000.000 đồng/lần", 1000000, "đồng"), Q("39/47 câu hỏi", 39, "câu hỏi"), Q("8 ý kiến", 8, "ý kiến")],
[D("Nghị định", "04", "2015/NĐ-CP", None, "Chính phủ", "Nghị định số 04/2015/NĐ-CP"),
 D("Kế hoạch", "3421", "KH-SYT", "2022-09-20", "Sở Y tế", "Kế hoạch số 3421/KH-SYT ngày 20/9/2022"),
 D("Kết luận", "01", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 01-KL/TU")],
[prov("Bến Tre"), com("Phú Hưng"), com("Tân Thủy")],
["Báo Đồng Khởi Online", "Trang chủ > Xã hội > Y tế", "Ảnh: Quang cảnh buổi đối thoại.", "Covid-19"],
["30 tháng 11, 2022 | 17:45", "năm 2022", "0,5 lần", "hơn 2 năm", "năm 2023", "30 ngày", "Covid-19"]))

PAGES.append(page("b6884-lamdong-dusyt-tongket-2023", """
Báo Lâm Đồng điện tử
Chính trị > Công tác dân vận
2023-12-29 16:40
Đồng chí K'Mák phát biểu tại hội nghị.
43 mô hình "Dân vận khéo" trong ngành Y tế Lâm Đồng
Chiều 27/12, Đảng ủy Sở Y tế Lâm Đồng tổ chức hội nghị tổng kết công tác dân vận, công tác Mặt trận và các đoàn thể năm 2023, triển khai nhiệm vụ năm 2024. Đồng chí K'Mák, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh dự và phát biểu chỉ đạo.
Năm 2023, Đảng ủy Sở đã lãnh đạo 34 tổ chức cơ sở đảng trực thuộc thực hiện Quy định 23-QĐ/TW của Ban Chấp hành Trung ương về thực hiện Quy chế công tác dân vận của hệ thống chính trị và Chương trình hành động số 21-CTr/ĐU của Đảng ủy Sở về tăng cường công tác dân vận trong ngành Y tế giai đoạn 2022 - 2025. Toàn ngành duy trì 43 mô hình "Dân vận khéo", trong đó 7 mô hình cấp tỉnh, tiêu biểu là "Trạm y tế xã thân thiện với đồng bào K'Ho", "Tủ thuốc bon làng" và "Bác sĩ gia đình cho người cao tuổi".
Các trạm y tế xã ở vùng đồng bào dân tộc thiểu số đã phối hợp với già làng, người có uy tín vận động 98% phụ nữ mang thai khám thai ít nhất 4 lần; tỷ lệ tiêm chủng đầy đủ cho trẻ dưới 1 tuổi đạt 97,2%. Ngành đã tiếp nhận 126 ý kiến phản ánh của người dân qua đường dây nóng và ứng dụng Lâm Đồng Smart, giải quyết dứt điểm 121 ý kiến; không có đơn thư khiếu nại vượt cấp.
Tham luận tại hội nghị, bác sĩ Ka Huyền, Trưởng Trạm y tế xã Đạ Chais, chia sẻ kinh nghiệm dùng tiếng K'Ho để tư vấn cho bà con bỏ tục kiêng khem sau sinh; ông Bon Yô Sơn, Bí thư Chi bộ Trung tâm Y tế huyện Lạc Dương, cho biết trung tâm đã vận động được 215 hộ đồng bào xây nhà tiêu hợp vệ sinh. Đồng chí Trần Thị Thu Hà, Phó Bí thư Thường trực Đảng ủy, Phó Giám đốc Sở Y tế, trình bày báo cáo và nêu những hạn chế về nhân lực ở 16 trạm y tế chưa có bác sĩ.
Phát biểu chỉ đạo, đồng chí K'Mák ghi nhận những kết quả nổi bật và đề nghị năm 2024 ngành Y tế tiếp tục thực hiện Nghị quyết số 22/NQ-CP của Chính phủ về Kế hoạch triển khai Kết luận 65-KL/TW của Bộ Chính trị về công tác dân tộc; quan tâm các chính sách khám, chữa bệnh cho đồng bào ở 47 xã vùng III; phối hợp với Mặt trận các cấp giám sát, phản biện xã hội đối với dịch vụ y tế.
Dịp này, Đảng ủy Sở tặng giấy khen cho 5 tập thể, 9 cá nhân tiêu biểu trong phong trào thi đua "Dân vận khéo" năm 2023; mỗi tập thể được thưởng 1,5 triệu đồng.
Hồng Thắm
Số lượt xem: 712
Bài viết liên quan
- Đà Lạt: ra mắt mô hình "Khu phố không có người nghiện thuốc lá" (20/12/2023)
- Bảo Lộc: đối thoại với người bệnh tại Trung tâm Y tế (14/12/2023)
- Lạc Dương: khám bệnh miễn phí cho đồng bào K'Ho (01/12/2023)
""", "2023-12-29", "43 mô hình \"Dân vận khéo\" trong ngành Y tế Lâm Đồng",
E("tong_ket", "2023", "2023-12-27"),
[P("K'Mák", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ka Huyền", "bác sĩ", "Trưởng Trạm y tế xã Đạ Chais"),
 P("Bon Yô Sơn", "Bí thư Chi bộ Trung tâm Y tế huyện Lạc Dương"),
 P("Trần Thị Thu Hà", "Phó Bí thư Thường trực Đảng ủy", "Phó Giám đốc Sở Y tế")],
[Q("43 mô hình", 43, "mô hình"), Q("34 tổ chức cơ sở đảng", 34, "tổ chức cơ sở đảng"),
 Q("7 mô hình cấp tỉnh", 7, "mô hình cấp tỉnh"), Q("98%", 98, "%"),
 Q("97,2%", 97.2, "%"), Q("126 ý kiến phản ánh", 126, "ý kiến phản ánh"), Q("121 ý kiến", 121, "ý kiến"),
 Q("215 hộ", 215, "hộ"), Q("16 trạm y tế", 16, "trạm y tế"), Q("47 xã vùng III", 47, "xã vùng III"),
 Q("5 tập thể", 5, "tập thể"), Q("9 cá nhân tiêu biểu", 9, "cá nhân tiêu biểu"), Q("1,5 triệu đồng", 1500000, "đồng")],
[D("Quy định", "23", "QĐ/TW", None, "Ban Chấp hành Trung ương", "Quy định 23-QĐ/TW"),
 D("Chương trình hành động", "21", "CTr/ĐU", None, "Đảng ủy Sở", "Chương trình hành động số 21-CTr/ĐU"),
 D("Nghị quyết", "22", "NQ-CP", None, "Chính phủ", "Nghị quyết số 22/NQ-CP"),
 D("Kết luận", "65", "KL/TW", None, "Bộ Chính trị", "Kết luận 65-KL/TW")],
[prov("Lâm Đồng"), com("Đạ Chais")],
["Báo Lâm Đồng điện tử", "Chính trị > Công tác dân vận", "Đồng chí K'Mák phát biểu tại hội nghị.", "Dân vận khéo",
 "Trạm y tế xã thân thiện với đồng bào K'Ho", "Tủ thuốc bon làng", "Bác sĩ gia đình cho người cao tuổi", "Lâm Đồng Smart", "Số lượt xem: 712"],
["năm 2023", "năm 2024", "giai đoạn 2022 - 2025", "4 lần", "1 tuổi", "Số lượt xem: 712"]))

PAGES.append(page("b6885-kiengiang-mttq-giamsat-2023", """
BÁO KIÊN GIANG
Thời sự | Chính trị | Mặt trận - Đoàn thể
Cập nhật: 14:05 - 15/06/2023
Giám sát việc thực hiện chính sách bảo hiểm y tế cho hộ nghèo, đồng bào Khmer
(BKG) - Ngày 13/6, đoàn giám sát Ủy ban MTTQ Việt Nam tỉnh Kiên Giang do ông Danh Văn Sa Rên, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, làm trưởng đoàn đã giám sát việc thực hiện chính sách bảo hiểm y tế cho hộ nghèo, hộ cận nghèo và đồng bào dân tộc thiểu số tại Trung tâm Y tế huyện Gò Quao và Ủy ban nhân dân xã Vĩnh Hòa Hưng Bắc.
Đoàn giám sát làm việc tại Trung tâm Y tế huyện Gò Quao.
Cuộc giám sát thực hiện theo Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị ban hành Quy chế giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội, cùng Kế hoạch số 112/KH-MTTQ-BTT ngày 5/5/2023 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh.
Theo báo cáo của Trung tâm Y tế huyện, đến tháng 5/2023 toàn huyện có 31.280 người thuộc hộ nghèo, cận nghèo và đồng bào Khmer được cấp thẻ bảo hiểm y tế miễn phí hoặc hỗ trợ mức đóng; tỷ lệ bao phủ bảo hiểm y tế toàn huyện đạt 91,8%. 5 tháng đầu năm, trung tâm đã khám, điều trị cho khoảng 24.600 lượt người có thẻ bảo hiểm y tế, tổng chi phí được quỹ thanh toán hơn 9,7 tỷ đồng. Trung tâm bố trí 2 nhân viên biết tiếng Khmer tại khu tiếp đón và lập nhóm Zalo "Sức khỏe cộng đồng" để trả lời thắc mắc của người dân.
Qua kiểm tra thực tế, đoàn ghi nhận còn 1.146 thẻ bảo hiểm y tế cấp sai thông tin về họ tên, ngày sinh, chủ yếu ở các ấp có đông đồng bào Khmer; một số người dân chưa biết cách sử dụng thẻ khi đi khám trái tuyến; có 3 trường hợp phản ánh phải tự mua thuốc ngoài danh mục.
Bà Thị Sa Rương, người dân ấp Vĩnh Phước, xã Vĩnh Hòa Hưng Bắc, nói với đoàn: "Có thẻ rồi đi khám bệnh đỡ tốn tiền, mà nhiều lúc đi xa, phải xin giấy chuyển viện, người già không rành thủ tục". Ông Danh Thanh, Chủ tịch Ủy ban nhân dân xã, cho biết xã sẽ phối hợp với Trạm y tế rà soát, điều chỉnh toàn bộ số thẻ sai thông tin trong quý III.
Bác sĩ CKI Trần Văn Nghĩa, Giám đốc Trung tâm Y tế huyện Gò Quao, tiếp thu và giải trình các ý kiến của đoàn; kiến nghị Bảo hiểm xã hội tỉnh sớm thanh toán phần vượt dự toán năm 2022 khoảng 1,3 tỷ đồng để trung tâm có kinh phí mua thuốc.
Kết luận buổi giám sát, ông Danh Văn Sa Rên đề nghị ngành y tế và chính quyền địa phương tăng cường tuyên truyền chính sách bằng tiếng Khmer, qua chùa Khmer và người có uy tín; thực hiện đúng Quyết định số 861/QĐ-TTg ngày 04/6/2021 của Thủ tướng Chính phủ phê duyệt danh sách các xã khu vực III, khu vực II, khu vực I; không để người dân phải tự mua thuốc trong danh mục được hưởng.
Đoàn sẽ tổng hợp kết quả, báo cáo Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh và có văn bản kiến nghị gửi Sở Y tế, Bảo hiểm xã hội tỉnh.
Thanh Nhã
Tin cùng chuyên mục
- Mặt trận tỉnh giám sát việc giải quyết khiếu nại ở Phú Quốc (08/06/2023)
- Trao 300 thẻ bảo hiểm y tế cho đồng bào Khmer Châu Thành (30/05/2023)
""", "2023-06-15", "Giám sát việc thực hiện chính sách bảo hiểm y tế cho hộ nghèo, đồng bào Khmer",
E("giam_sat", None, "2023-06-13"),
[P("Danh Văn Sa Rên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "trưởng đoàn"),
 P("Thị Sa Rương"),
 P("Danh Thanh", "Chủ tịch Ủy ban nhân dân xã"),
 P("Trần Văn Nghĩa", "Bác sĩ CKI", "Giám đốc Trung tâm Y tế huyện Gò Quao")],
[Q("31.280 người", 31280, "người"), Q("91,8%", 91.8, "%"), Q("khoảng 24.600 lượt người", 24600, "lượt người", "approx"),
 Q("hơn 9,7 tỷ đồng", 9700000000, "đồng", "over"), Q("2 nhân viên", 2, "nhân viên"), Q("1.146 thẻ bảo hiểm y tế", 1146, "thẻ bảo hiểm y tế"),
 Q("3 trường hợp", 3, "trường hợp"), Q("khoảng 1,3 tỷ đồng", 1300000000, "đồng", "approx")],
[D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW ngày 12/12/2013"),
 D("Kế hoạch", "112", "KH-MTTQ-BTT", "2023-05-05", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 112/KH-MTTQ-BTT ngày 5/5/2023"),
 D("Quyết định", "861", "QĐ-TTg", "2021-06-04", "Thủ tướng Chính phủ", "Quyết định số 861/QĐ-TTg ngày 04/6/2021")],
[prov("Kiên Giang"), com("Vĩnh Hòa Hưng Bắc")],
["BÁO KIÊN GIANG", "Thời sự | Chính trị | Mặt trận - Đoàn thể", "(BKG)", "Đoàn giám sát làm việc tại Trung tâm Y tế huyện Gò Quao.",
 "Sức khỏe cộng đồng"],
["Cập nhật: 14:05 - 15/06/2023", "tháng 5/2023", "5 tháng đầu năm", "quý III", "năm 2022"]))

PAGES.append(page("b6886-phutho-dusyt-soket-2024", """
Báo Phú Thọ điện tử
Trang chủ › Xây dựng Đảng › Dân vận
T5, 18/07/2024 - 09:30
Công tác dân vận góp phần nâng cao sự hài lòng của người bệnh
Phó Trưởng Ban Dân vận Tỉnh ủy Hà Thị Thu Hương phát biểu tại hội nghị.
Ngày 16/7, Đảng ủy Sở Y tế Phú Thọ tổ chức hội nghị sơ kết công tác dân vận, thực hiện Quy chế dân chủ ở cơ sở 6 tháng đầu năm 2024, triển khai nhiệm vụ 6 tháng cuối năm. Dự hội nghị có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Hà Thị Thu Hương, Đinh Công Sơn; đồng chí Nguyễn Thị Phương Mai, Ủy viên BCH Đảng bộ tỉnh, Bí thư Đảng ủy, Giám đốc Sở Y tế chủ trì.
6 tháng đầu năm, Đảng ủy Sở đã lãnh đạo các chi, đảng bộ trực thuộc quán triệt Luật Thực hiện dân chủ ở cơ sở và Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ quy định chi tiết một số điều của Luật; tổ chức sơ kết 2 năm thực hiện kết luận số 35, 36-KL/TU của Ban Thường vụ Tỉnh ủy về nâng cao hiệu quả công tác dân vận chính quyền và về xây dựng "Cơ sở y tế xanh - sạch - đẹp". 100% đơn vị trực thuộc tổ chức hội nghị viên chức, người lao động đúng quy định.
Các bệnh viện, trung tâm y tế đã tiếp nhận 412 ý kiến góp ý của người bệnh, trong đó có 356 ý kiến khen, 56 ý kiến phản ánh; đã giải quyết xong 54 ý kiến. Khảo sát trên 4.800 người bệnh cho thấy mức độ hài lòng chung đạt 95,4%, tăng 1,2% so với cùng kỳ. Toàn ngành có 67 mô hình "Dân vận khéo" đăng ký thực hiện năm 2024, trong đó 11 mô hình do đoàn viên thanh niên đảm nhận.
Công tác vận động xã hội hóa tiếp tục được quan tâm: Bệnh viện Đa khoa tỉnh, Bệnh viện Sản - Nhi và 13 trung tâm y tế huyện, thành, thị đã vận động gần 3,4 tỷ đồng hỗ trợ người bệnh nghèo, tặng 2.150 suất ăn miễn phí. Đoàn Thanh niên ngành tổ chức 8 đợt khám sàng lọc cho người cao tuổi tại xã Thu Cúc, xã Xuân Sơn.
Tại hội nghị, BSCKII Đỗ Minh Châu, Bí thư Đảng ủy, Giám đốc Bệnh viện Đa khoa khu vực Phú Thọ, chia sẻ cách làm "Một lời hỏi, một nụ cười" ở khoa Khám bệnh; Điều dưỡng trưởng Hoàng Thị Ngọc, Bí thư Chi bộ Khoa Nhi, Bệnh viện Đa khoa tỉnh, đề nghị tổ chức hội thi "Điều dưỡng giỏi, thạo dân vận".
Phát biểu chỉ đạo, đồng chí Hà Thị Thu Hương đánh giá cao sự chủ động của Đảng ủy Sở và đề nghị 6 tháng cuối năm tiếp tục thực hiện Chỉ thị 07-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường công tác dân vận trong tình hình mới; làm tốt công tác nắm tình hình dư luận xã hội, nhất là khi triển khai thu giá dịch vụ khám, chữa bệnh mới; không để phát sinh điểm nóng về y đức.
Kết luận hội nghị, đồng chí Nguyễn Thị Phương Mai giao Văn phòng Đảng ủy hoàn thiện báo cáo, trình Ban Thường vụ Đảng ủy trước ngày 25/7/2024.
Thanh Nga
Tin liên quan
- Thanh Sơn: đối thoại với người bệnh tại Trung tâm Y tế huyện (10/07/2024)
- Hội thi "Dân vận khéo" ngành Y tế năm 2024 (25/06/2024)
- Bệnh viện Sản - Nhi vận động 500 đơn vị máu (05/06/2024)
""", "2024-07-18", "Công tác dân vận góp phần nâng cao sự hài lòng của người bệnh",
E("so_ket", "2024-H1", "2024-07-16"),
[P("Hà Thị Thu Hương", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đinh Công Sơn", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Phương Mai", "Ủy viên BCH Đảng bộ tỉnh", "Bí thư Đảng ủy", "Giám đốc Sở Y tế"),
 P("Đỗ Minh Châu", "BSCKII", "Bí thư Đảng ủy", "Giám đốc Bệnh viện Đa khoa khu vực Phú Thọ"),
 P("Hoàng Thị Ngọc", "Điều dưỡng trưởng", "Bí thư Chi bộ Khoa Nhi")],
[Q("100% đơn vị trực thuộc", 100, "%"), Q("412 ý kiến góp ý", 412, "ý kiến"), Q("356 ý kiến khen", 356, "ý kiến khen"),
 Q("56 ý kiến phản ánh", 56, "ý kiến phản ánh"), Q("54 ý kiến", 54, "ý kiến"), Q("trên 4.800 người bệnh", 4800, "người bệnh", "over"),
 Q("95,4%", 95.4, "%"), Q("1,2%", 1.2, "%"), Q("67 mô hình", 67, "mô hình"), Q("11 mô hình", 11, "mô hình"),
 Q("13 trung tâm y tế huyện, thành, thị", 13, "trung tâm y tế huyện, thành, thị"), Q("gần 3,4 tỷ đồng", 3400000000, "đồng", "approx"),
 Q("2.150 suất ăn", 2150, "suất ăn"), Q("8 đợt khám sàng lọc", 8, "đợt khám sàng lọc")],
[D("Nghị định", "59", "2023/NĐ-CP", "2023-08-14", "Chính phủ", "Nghị định số 59/2023/NĐ-CP ngày 14/8/2023"),
 D("Kết luận", "35", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "kết luận số 35, 36-KL/TU"),
 D("Kết luận", "36", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "kết luận số 35, 36-KL/TU"),
 D("Chỉ thị", "07", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 07-CT/TU")],
[prov("Phú Thọ"), com("Thu Cúc"), com("Xuân Sơn")],
["Báo Phú Thọ điện tử", "Trang chủ › Xây dựng Đảng › Dân vận", "Phó Trưởng Ban Dân vận Tỉnh ủy Hà Thị Thu Hương phát biểu tại hội nghị.",
 "Luật Thực hiện dân chủ ở cơ sở", "Cơ sở y tế xanh - sạch - đẹp", "Dân vận khéo", "Một lời hỏi, một nụ cười", "Điều dưỡng giỏi, thạo dân vận"],
["T5, 18/07/2024 - 09:30", "6 tháng đầu năm 2024", "6 tháng cuối năm", "2 năm", "năm 2024"]))
