from lib import *
PAGES = []

PAGES.append(page("b7289-sonla-hoinghi-uytin-2023", """
Báo Sơn La điện tử
Trang chủ / Chính trị / Dân tộc - Miền núi
Thứ Tư, 22/03/2023 - 14:10
Mường La: Hội nghị biểu dương 186 người có uy tín năm 2023
Các đại biểu dự hội nghị.
Ngày 21/3/2023, Huyện ủy Mường La tổ chức hội nghị biểu dương, tôn vinh người có uy tín trong đồng bào dân tộc thiểu số năm 2023. Dự hội nghị có đồng chí Lò Thị Mai, Phó Trưởng Ban Dân vận Tỉnh ủy; các đồng chí Lường Văn Phóng, Bí thư Huyện ủy, Cầm Văn Chung, Phó Bí thư Thường trực Huyện ủy, và 186 người có uy tín của 16 xã, thị trấn.
Theo báo cáo của Ban Dân vận Huyện ủy, thực hiện Quyết định số 12/2018/QĐ-TTg của Thủ tướng Chính phủ về tiêu chí lựa chọn, công nhận người có uy tín, năm 2022 đội ngũ người có uy tín trên địa bàn huyện đã:
1. Vận động 312 hộ thực hiện nếp sống văn minh trong việc cưới, việc tang;
2. Tham gia hòa giải thành 41 vụ việc mâu thuẫn, tranh chấp đất đai;
3. Cung cấp 27 tin có giá trị cho lực lượng công an, biên phòng;
4. Vận động nhân dân hiến khoảng 6.800 m2 đất làm đường, nhà văn hóa bản.
Ông Quàng Văn Hặc, người có uy tín bản Nà Si, xã Chiềng Lao, chia sẻ: "Mình nói trước thì làm trước, bà con mới nghe theo". Bà Tòng Thị Ỏm, người có uy tín bản Pá Hốc, xã Ngọc Chiến, kể chuyện vận động 9 thanh niên trong bản bỏ ma túy. Ông Sộng A Chá, người có uy tín bản Hua Ít, cho biết bản không còn người nghe theo tà đạo "Giàng Sán".
Phát biểu tại hội nghị, đồng chí Lường Văn Phóng đánh giá cao đóng góp của người có uy tín và đề nghị trong năm 2023:
a) Tiếp tục làm cầu nối giữa Đảng, chính quyền với nhân dân;
b) Tuyên truyền thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi;
c) Vận động con cháu không vượt biên trái phép, không di cư tự do.
Dịp này, UBND huyện tặng giấy khen cho 25 người có uy tín tiêu biểu; trao 186 suất quà, mỗi suất trị giá 800.000 đồng. Đồng chí Lò Thị Mai cũng thông tin về Kế hoạch số 148-KH/TU ngày 15/2/2023 của Tỉnh ủy thực hiện Kết luận số 65-KL/TW của Bộ Chính trị về công tác dân tộc.
Người có uy tín được hưởng chế độ theo quy định: được cấp báo, tạp chí, được thăm hỏi khi ốm đau, được hỗ trợ khi gia đình gặp khó khăn, được tập huấn, tham quan học tập kinh nghiệm ở các địa phương. Những năm qua, việc thực hiện các chế độ này trên địa bàn huyện cơ bản kịp thời, đúng đối tượng.
Theo Ban Dân vận Huyện ủy, hội nghị được tổ chức luân phiên hằng năm, nhằm ghi nhận những đóng góp thầm lặng của người có uy tín ở các bản vùng cao, vùng sâu, vùng xa, nơi còn nhiều khó khăn về giao thông, thông tin và đời sống.
Lò Hương
Tin liên quan
- Sơn La: Tập huấn cho người có uy tín huyện Sốp Cộp (10/03/2023)
- Thuận Châu đối thoại với đồng bào Mông (28/02/2023)
- Quỳnh Nhai ra mắt tổ dân vận bản (17/02/2023)
""", "2023-03-22", "Mường La: Hội nghị biểu dương 186 người có uy tín năm 2023",
E("hoi_nghi", "2023", "2023-03-21"),
[P("Lò Thị Mai", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lường Văn Phóng", "Bí thư Huyện ủy"),
 P("Cầm Văn Chung", "Phó Bí thư Thường trực Huyện ủy"),
 P("Quàng Văn Hặc", "người có uy tín bản Nà Si"),
 P("Tòng Thị Ỏm", "người có uy tín bản Pá Hốc"),
 P("Sộng A Chá", "người có uy tín bản Hua Ít")],
[Q("186 người có uy tín", 186, "người có uy tín"), Q("16 xã, thị trấn", 16, "xã, thị trấn"), Q("312 hộ", 312, "hộ"),
 Q("41 vụ việc mâu thuẫn, tranh chấp đất đai", 41, "vụ việc mâu thuẫn, tranh chấp đất đai"), Q("27 tin", 27, "tin"),
 Q("khoảng 6.800 m2", 6800, "m2", "approx"), Q("9 thanh niên", 9, "thanh niên"),
 Q("25 người có uy tín tiêu biểu", 25, "người có uy tín tiêu biểu"), Q("186 suất quà", 186, "suất quà"),
 Q("800.000 đồng", 800000, "đồng")],
[D("Quyết định", "12", "2018/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg"),
 D("Kế hoạch", "148", "KH/TU", "2023-02-15", "Tỉnh ủy", "Kế hoạch số 148-KH/TU ngày 15/2/2023"),
 D("Kết luận", "65", "KL/TW", None, "Bộ Chính trị", "Kết luận số 65-KL/TW")],
[prov("Sơn La"), com("Chiềng Lao"), com("Ngọc Chiến")],
["Báo Sơn La điện tử", "Trang chủ / Chính trị / Dân tộc - Miền núi", "Các đại biểu dự hội nghị.", "Giàng Sán",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi"],
["Thứ Tư, 22/03/2023 - 14:10", "năm 2023", "năm 2022"]))

PAGES.append(page("b7290-dongthap-giamsat-2023", """
ĐỒNG THÁP ONLINE
Thời sự › Mặt trận
17/08/2023 - 09:05
Giám sát việc thực hiện chính sách hỗ trợ nhà ở cho hộ nghèo tại xã Tân Hộ Cơ
Ngày 15/8/2023, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Đồng Tháp do ông Nguyễn Văn Phúc, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn, đã giám sát việc thực hiện chính sách hỗ trợ nhà ở cho hộ nghèo giai đoạn 2021 - 2023 tại xã Tân Hộ Cơ, huyện Tân Hồng.
Đoàn giám sát kiểm tra thực tế căn nhà đại đoàn kết. Ảnh: Mỹ Tiên
Cuộc giám sát thực hiện theo Quyết định số 124-QĐ/TW của Ban Bí thư về giám sát, phản biện xã hội của Mặt trận, các đoàn thể và Chương trình phối hợp số 07/CTr-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh.
Theo báo cáo của UBND xã Tân Hộ Cơ, từ năm 2021 đến nay:
1. Xã đã hỗ trợ xây mới 64 căn nhà và sửa chữa 23 căn nhà cho hộ nghèo, hộ cận nghèo;
2. Tổng kinh phí hơn 3,4 tỷ đồng, trong đó:
a) Ngân sách nhà nước 1,9 tỷ đồng;
b) Quỹ "Vì người nghèo" các cấp 1,1 tỷ đồng;
c) Nhân dân, con em xa quê đóng góp khoảng 400 triệu đồng;
3. Mức hỗ trợ tối đa 50 triệu đồng/căn xây mới, 20 triệu đồng/căn sửa chữa.
Qua kiểm tra thực tế 12 căn nhà tại ấp Gò Bói và ấp Chiến Thắng, đoàn ghi nhận nhà xây đúng thiết kế, có biển gắn tên công trình. Tuy nhiên, 3 căn nhà còn chậm tiến độ; hồ sơ của 5 hộ chưa có biên bản bình xét của ấp.
Bà Lê Thị Hồng Vân, Chủ tịch Ủy ban MTTQ xã Tân Hộ Cơ, giải trình: các hộ chậm tiến độ do mùa nước lũ, vật liệu khó vận chuyển. Ông Trần Văn Tới, Chủ tịch UBND xã, cam kết hoàn thành trước ngày 30/9.
Kết luận buổi giám sát, ông Nguyễn Văn Phúc đề nghị xã:
- Bổ sung đầy đủ hồ sơ bình xét công khai;
- Phối hợp Ban Giám sát đầu tư cộng đồng theo dõi từng công trình;
- Thực hiện đúng Quyết định số 22/2013/QĐ-TTg của Thủ tướng Chính phủ về hỗ trợ người có công với cách mạng về nhà ở.
Tham gia đoàn có bà Phạm Thị Ngọc Hân, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh, cùng đại diện Sở Xây dựng, Sở Lao động - Thương binh và Xã hội.
Theo kế hoạch năm 2023, Ban Thường trực Ủy ban MTTQ tỉnh giám sát chuyên đề này tại 4 huyện, thành phố; kết quả sẽ được tổng hợp, kiến nghị UBND tỉnh chỉ đạo khắc phục. Đây là lần đầu tiên Mặt trận tỉnh giám sát chuyên sâu về chính sách nhà ở cho hộ nghèo sau khi tỉnh phát động phong trào chung tay xóa nhà tạm.
Người dân được hỗ trợ nhà ở đều bày tỏ phấn khởi, mong muốn chính quyền tiếp tục quan tâm hỗ trợ sinh kế, vốn vay để ổn định cuộc sống, thoát nghèo bền vững.
Mỹ Tiên
Tin khác
- Tam Nông: Trao 15 căn nhà đại đoàn kết (10/08/2023)
- Hội nghị phản biện dự thảo nghị quyết về chính sách hỗ trợ học sinh (03/08/2023)
""", "2023-08-17", "Giám sát việc thực hiện chính sách hỗ trợ nhà ở cho hộ nghèo tại xã Tân Hộ Cơ",
E("giam_sat", None, "2023-08-15"),
[P("Nguyễn Văn Phúc", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Thị Hồng Vân", "Chủ tịch Ủy ban MTTQ xã Tân Hộ Cơ"),
 P("Trần Văn Tới", "Chủ tịch UBND xã"),
 P("Phạm Thị Ngọc Hân", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh")],
[Q("64 căn nhà", 64, "căn nhà"), Q("23 căn nhà", 23, "căn nhà"), Q("hơn 3,4 tỷ đồng", 3400000000, "đồng", "over"),
 Q("1,9 tỷ đồng", 1900000000, "đồng"), Q("1,1 tỷ đồng", 1100000000, "đồng"), Q("khoảng 400 triệu đồng", 400000000, "đồng", "approx"),
 Q("tối đa 50 triệu đồng", 50000000, "đồng"), Q("20 triệu đồng", 20000000, "đồng"), Q("12 căn nhà", 12, "căn nhà"),
 Q("3 căn nhà", 3, "căn nhà"), Q("5 hộ", 5, "hộ"), Q("4 huyện, thành phố", 4, "huyện, thành phố")],
[D("Quyết định", "124", "QĐ/TW", None, "Ban Bí thư", "Quyết định số 124-QĐ/TW"),
 D("Chương trình phối hợp", "07", "CTr-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Chương trình phối hợp số 07/CTr-MTTQ-BTT"),
 D("Quyết định", "22", "2013/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 22/2013/QĐ-TTg")],
[prov("Đồng Tháp"), com("Tân Hộ Cơ")],
["ĐỒNG THÁP ONLINE", "Thời sự › Mặt trận", "Đoàn giám sát kiểm tra thực tế căn nhà đại đoàn kết. Ảnh: Mỹ Tiên", "Vì người nghèo"],
["17/08/2023 - 09:05", "giai đoạn 2021 - 2023", "năm 2021", "năm 2023", "30/9", "lần đầu tiên"]))

PAGES.append(page("b7291-namdinh-bdv-soket-2024", """
Báo Nam Định
Chính trị | Xây dựng Đảng | Dân vận
12/07/2024 16:20
Khối dân vận tỉnh: Nhiều kết quả nổi bật trong 6 tháng đầu năm
Ngày 11/7, Ban Dân vận Tỉnh ủy Nam Định tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2024. Đồng chí Trần Thị Thanh Hương, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.
Đồng chí Trần Thị Thanh Hương phát biểu kết luận hội nghị. Ảnh: Viết Dư
Báo cáo tại hội nghị nêu 3 nhóm kết quả:
1. Công tác tham mưu: Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 245-KH/TU thực hiện Chỉ thị số 22-CT/TW ngày 30/5/2023 của Ban Bí thư về việc tiếp tục đẩy mạnh thực hiện Quy chế dân chủ ở cơ sở, và Hướng dẫn số 15-HD/BDVTU về phong trào thi đua "Dân vận khéo" giai đoạn 2024 - 2026.
2. Công tác tôn giáo: tỉnh có hơn 760.000 tín đồ, chiếm khoảng 40% dân số. Các cấp đã gặp gỡ 180 linh mục, tu sĩ, chức sắc các tôn giáo; hướng dẫn 14 cơ sở thờ tự làm thủ tục sửa chữa.
3. Dân vận chính quyền:
a) Các cơ quan tiếp 2.046 lượt công dân với 1.813 đơn thư;
b) Đã giải quyết 1.612 đơn, đạt 88,9%;
c) 226/226 xã, phường, thị trấn thực hiện Luật Thực hiện dân chủ ở cơ sở.
Thảo luận tại hội nghị, Linh mục Giuse Trần Văn Thao, Quản xứ giáo xứ Kiên Lao, xã Xuân Kiên, cho biết giáo xứ đã vận động giáo dân đóng góp 1,5 tỷ đồng làm đường liên xóm. Đồng chí Vũ Văn Nam, Trưởng Ban Dân vận Huyện ủy Giao Thủy, chia sẻ kinh nghiệm vận động ngư dân không khai thác hải sản bất hợp pháp.
Đồng chí Đỗ Thị Liên, Phó Trưởng Ban Dân vận Tỉnh ủy, báo cáo tiến độ chuẩn bị 3 hội nghị chuyên đề cấp tỉnh trong quý III.
Kết luận hội nghị, đồng chí Trần Thị Thanh Hương yêu cầu khối dân vận 6 tháng cuối năm chú trọng:
- Vận động nhân dân tham gia xây dựng nông thôn mới nâng cao, nông thôn mới kiểu mẫu;
- Chuẩn bị đại hội chi bộ, đảng bộ cơ sở nhiệm kỳ 2025 - 2030;
- Tổ chức kỷ niệm 94 năm Ngày truyền thống công tác dân vận của Đảng.
Hội nghị cũng chỉ ra một số tồn tại: ở một số địa phương, việc giải quyết các vụ việc liên quan đến đất đai, tài sản tôn giáo còn chậm; công tác nắm tình hình dư luận xã hội trên không gian mạng chưa được chú trọng đúng mức; một số cán bộ dân vận cơ sở mới được bổ nhiệm còn thiếu kinh nghiệm trong vận động quần chúng.
Đồng chí Trần Thị Thanh Hương đề nghị các cấp ủy quan tâm hơn nữa đến việc bồi dưỡng nghiệp vụ cho cán bộ làm công tác dân vận, nhất là ở những xã có đông đồng bào theo đạo, vùng ven biển; kịp thời biểu dương, nhân rộng các mô hình hay, cách làm hiệu quả.
Viết Dư
Bài viết liên quan
- Hải Hậu: Đối thoại giữa người đứng đầu với nhân dân (05/07/2024)
- Ý Yên ra mắt mô hình "Dân vận khéo" (28/06/2024)
- Nam Định gặp mặt chức sắc tôn giáo (20/06/2024)
""", "2024-07-12", "Khối dân vận tỉnh: Nhiều kết quả nổi bật trong 6 tháng đầu năm",
E("so_ket", "2024-H1", "2024-07-11"),
[P("Trần Thị Thanh Hương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Giuse Trần Văn Thao", "Linh mục", "Quản xứ giáo xứ Kiên Lao"),
 P("Vũ Văn Nam", "Trưởng Ban Dân vận Huyện ủy Giao Thủy"),
 P("Đỗ Thị Liên", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("3 nhóm kết quả", 3, "nhóm kết quả"), Q("hơn 760.000 tín đồ", 760000, "tín đồ", "over"), Q("khoảng 40%", 40, "%", "approx"),
 Q("180 linh mục, tu sĩ, chức sắc", 180, "linh mục, tu sĩ, chức sắc"), Q("14 cơ sở thờ tự", 14, "cơ sở thờ tự"),
 Q("2.046 lượt công dân", 2046, "lượt công dân"), Q("1.813 đơn thư", 1813, "đơn thư"), Q("1.612 đơn", 1612, "đơn"),
 Q("88,9%", 88.9, "%"), Q("226/226 xã, phường, thị trấn", 226, "xã, phường, thị trấn"), Q("1,5 tỷ đồng", 1500000000, "đồng"),
 Q("3 hội nghị chuyên đề cấp tỉnh", 3, "hội nghị chuyên đề cấp tỉnh")],
[D("Kế hoạch", "245", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 245-KH/TU"),
 D("Chỉ thị", "22", "CT/TW", "2023-05-30", "Ban Bí thư", "Chỉ thị số 22-CT/TW ngày 30/5/2023"),
 D("Hướng dẫn", "15", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 15-HD/BDVTU")],
[prov("Nam Định"), com("Xuân Kiên")],
["Báo Nam Định", "Chính trị | Xây dựng Đảng | Dân vận", "Đồng chí Trần Thị Thanh Hương phát biểu kết luận hội nghị. Ảnh: Viết Dư",
 "Dân vận khéo", "Luật Thực hiện dân chủ ở cơ sở"],
["12/07/2024 16:20", "6 tháng đầu năm", "6 tháng cuối năm 2024", "giai đoạn 2024 - 2026", "quý III", "nhiệm kỳ 2025 - 2030", "94 năm"]))

PAGES.append(page("b7292-gialai-doithoai-2024", """
Báo Gia Lai điện tử
Trang chủ - Chính trị - Dân vận
Thứ Năm, 24/10/2024 - 07:35
Chư Sê: Bí thư Huyện ủy đối thoại với 140 đoàn viên, thanh niên
(GLO)- Chiều 22/10, Huyện ủy Chư Sê tổ chức hội nghị đối thoại giữa Bí thư Huyện ủy với đoàn viên, thanh niên năm 2024. Đồng chí Rơ Mah Tuân, Tỉnh ủy viên, Bí thư Huyện ủy chủ trì. Cùng dự có các đồng chí: Ksor H'Bin, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện; Nguyễn Thị Thu Hà, Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Huyện ủy, cùng 140 đoàn viên, thanh niên.
Quang cảnh buổi đối thoại. Ảnh: Hoàng Ngọc
Buổi đối thoại được tổ chức theo Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân. Trước buổi đối thoại, Huyện đoàn đã tổng hợp 28 câu hỏi, tập trung vào 3 nội dung:
1. Việc làm, học nghề cho thanh niên nông thôn;
2. Vốn vay khởi nghiệp, phát triển kinh tế;
3. Phòng, chống ma túy và tệ nạn xã hội.
Anh Siu Thơm, Bí thư Đoàn xã Ia Hlốp, đề nghị huyện hỗ trợ vốn cho 12 dự án khởi nghiệp của đoàn viên. Chị Rơ Lan H'Mai, đoàn viên làng Tơ Kết, xã Ia Pal, hỏi về cơ hội học nghề may công nghiệp. Anh Đinh Văn Thắng, đoàn viên thị trấn Chư Sê, phản ánh tình trạng thanh niên sử dụng thuốc lá điện tử.
Trả lời các ý kiến, đồng chí Rơ Mah Tuân cho biết:
a) Năm 2024, huyện dành khoảng 2 tỷ đồng từ nguồn vốn ủy thác qua Ngân hàng Chính sách xã hội để thanh niên vay, mức vay tối đa 100 triệu đồng/dự án;
b) Huyện sẽ phối hợp mở 6 lớp dạy nghề cho trên 200 thanh niên dân tộc thiểu số;
c) Giao Công an huyện tăng cường kiểm tra, xử lý các điểm bán thuốc lá điện tử gần trường học.
Đồng chí cũng yêu cầu các ngành thực hiện tốt Nghị quyết số 04-NQ/HU của Ban Chấp hành Đảng bộ huyện về phát triển nguồn nhân lực và Kế hoạch số 76-KH/HU về đối thoại định kỳ. Tất cả 28 câu hỏi đã được trả lời trực tiếp tại hội nghị.
Theo đồng chí Nguyễn Thị Thu Hà, đây là buổi đối thoại thứ 3 của Bí thư Huyện ủy trong năm; 2 buổi trước đối thoại với nông dân và phụ nữ.
Nhiều đoàn viên, thanh niên cho biết, qua buổi đối thoại đã hiểu rõ hơn các chủ trương, chính sách của Đảng, Nhà nước đối với thanh niên, nhất là chính sách vay vốn khởi nghiệp, học nghề. Huyện đoàn sẽ tổng hợp các ý kiến còn lại, chuyển đến các cơ quan chuyên môn để trả lời bằng văn bản.
Hoàng Ngọc
Tin liên quan
- Chư Sê: Ra mắt câu lạc bộ thanh niên khởi nghiệp (15/10/2024)
- Đak Pơ: Đối thoại với hộ dân vùng dự án hồ chứa nước (17/10/2024)
- Ia Grai tổ chức hội nghị dân vận khéo (10/10/2024)
- Gia Lai: Tuyên dương 50 thanh niên tiêu biểu (02/10/2024)
""", "2024-10-24", "Chư Sê: Bí thư Huyện ủy đối thoại với 140 đoàn viên, thanh niên",
E("doi_thoai", "2024", "2024-10-22"),
[P("Rơ Mah Tuân", "Tỉnh ủy viên", "Bí thư Huyện ủy"),
 P("Ksor H'Bin", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"),
 P("Nguyễn Thị Thu Hà", "Ủy viên Ban Thường vụ", "Trưởng Ban Dân vận Huyện ủy"),
 P("Siu Thơm", "Bí thư Đoàn xã Ia Hlốp"),
 P("Rơ Lan H'Mai", "đoàn viên làng Tơ Kết"),
 P("Đinh Văn Thắng", "đoàn viên thị trấn Chư Sê")],
[Q("140 đoàn viên, thanh niên", 140, "đoàn viên, thanh niên"), Q("28 câu hỏi", 28, "câu hỏi"), Q("3 nội dung", 3, "nội dung"),
 Q("12 dự án khởi nghiệp", 12, "dự án khởi nghiệp"), Q("khoảng 2 tỷ đồng", 2000000000, "đồng", "approx"),
 Q("tối đa 100 triệu đồng", 100000000, "đồng"), Q("6 lớp dạy nghề", 6, "lớp dạy nghề"),
 Q("trên 200 thanh niên dân tộc thiểu số", 200, "thanh niên dân tộc thiểu số", "over"), Q("2 buổi", 2, "buổi")],
[D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", "Quy định số 11-QĐi/TW ngày 18/2/2019"),
 D("Nghị quyết", "04", "NQ/HU", None, "Ban Chấp hành Đảng bộ huyện", "Nghị quyết số 04-NQ/HU"),
 D("Kế hoạch", "76", "KH/HU", None, None, "Kế hoạch số 76-KH/HU")],
[prov("Gia Lai"), com("Ia Hlốp"), com("Ia Pal"), com("Chư Sê")],
["Báo Gia Lai điện tử", "Trang chủ - Chính trị - Dân vận", "(GLO)", "Quang cảnh buổi đối thoại. Ảnh: Hoàng Ngọc",
 "Ngân hàng Chính sách xã hội"],
["Thứ Năm, 24/10/2024 - 07:35", "năm 2024", "buổi đối thoại thứ 3"]))

PAGES.append(page("b7293-quangnam-bdv-tongket-2024", """
BÁO QUẢNG NAM ONLINE
Thời sự » Chính trị
Ngày 10/01/2025 | 15:30
Hôm nay: Thứ Bảy, 11/01/2025
Công tác dân vận năm 2024: 5 kết quả nổi bật
(QNO) - Sáng 9/1, Ban Dân vận Tỉnh ủy Quảng Nam tổ chức hội nghị tổng kết công tác dân vận năm 2024 và triển khai nhiệm vụ năm 2025. Đồng chí Nguyễn Thị Thu Lan, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Năm 2024, khối dân vận các cấp đạt 5 kết quả nổi bật:
1. Tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 29, 30-CT/TU về công tác dân vận trong giải phóng mặt bằng các dự án trọng điểm và về vận động đồng bào Cơ Tu, Xơ Đăng, Giẻ Triêng.
2. Vận động xóa nhà tạm: hỗ trợ xây mới 1.350 căn nhà cho hộ nghèo, hộ cận nghèo với tổng kinh phí gần 81 tỷ đồng.
3. Phong trào "Dân vận khéo": có 2.140 mô hình; tỉnh biểu dương 60 mô hình tiêu biểu.
4. Đối thoại: người đứng đầu cấp ủy, chính quyền các cấp tổ chức 486 cuộc đối thoại, giải quyết 1.070 ý kiến.
5. Vận động nhân dân tham gia bảo vệ rừng: 97 cộng đồng dân cư nhận khoán bảo vệ khoảng 52.000 ha rừng.
Đồng chí Nguyễn Thị Thu Lan phát biểu kết luận hội nghị.
Báo cáo cũng nêu, các cấp đã thực hiện Kết luận số 43-KL/TW của Ban Bí thư và Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi.
Tại hội nghị, các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Alăng Thị Hường, Trần Văn Thảo trình bày các chuyên đề về vận động đồng bào dân tộc thiểu số và dân vận chính quyền. Ông Bhling Mía, Trưởng Ban Dân vận Huyện ủy Tây Giang, cho biết huyện đã vận động 142 hộ di dời khỏi vùng sạt lở. Bà Hồ Thị Tâm, Bí thư Đảng ủy xã Trà Mai, đề xuất tăng kinh phí cho tổ dân vận thôn.
Kết luận, đồng chí Nguyễn Thị Thu Lan đề nghị năm 2025:
a) Phục vụ tốt việc sắp xếp tổ chức bộ máy theo Nghị quyết số 18-NQ/TW của BCH Trung ương;
b) Chuẩn bị đại hội đảng bộ các cấp, tiến tới Đại hội XIV của Đảng;
c) Hoàn thành xóa nhà tạm, nhà dột nát trước ngày 31/10/2025.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 15 tập thể, 22 cá nhân.
Theo đánh giá tại hội nghị, năm 2024 là năm thiên tai diễn biến phức tạp ở khu vực miền núi; khối dân vận các cấp đã kịp thời vận động nhân dân di dời khỏi vùng nguy hiểm, tổ chức quyên góp, hỗ trợ bà con khắc phục hậu quả, ổn định đời sống.
Minh Hải
Tin liên quan
- Tây Giang: Đồng bào Cơ Tu hiến đất làm đường (05/01/2025)
- Nam Trà My trao nhà đại đoàn kết cho hộ nghèo (28/12/2024)
- Hội nghị biểu dương "Dân vận khéo" tỉnh Quảng Nam (20/12/2024)
""", "2025-01-10", "Công tác dân vận năm 2024: 5 kết quả nổi bật",
E("tong_ket", "2024", "2025-01-09"),
[P("Nguyễn Thị Thu Lan", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Alăng Thị Hường", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Văn Thảo", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Bhling Mía", "Trưởng Ban Dân vận Huyện ủy Tây Giang"),
 P("Hồ Thị Tâm", "Bí thư Đảng ủy xã Trà Mai")],
[Q("5 kết quả nổi bật", 5, "kết quả nổi bật"), Q("1.350 căn nhà", 1350, "căn nhà"), Q("gần 81 tỷ đồng", 81000000000, "đồng", "approx"),
 Q("2.140 mô hình", 2140, "mô hình"), Q("60 mô hình tiêu biểu", 60, "mô hình tiêu biểu"), Q("486 cuộc đối thoại", 486, "cuộc đối thoại"),
 Q("1.070 ý kiến", 1070, "ý kiến"), Q("97 cộng đồng dân cư", 97, "cộng đồng dân cư"), Q("khoảng 52.000 ha", 52000, "ha", "approx"),
 Q("142 hộ", 142, "hộ"), Q("15 tập thể", 15, "tập thể"), Q("22 cá nhân", 22, "cá nhân")],
[D("Chỉ thị", "29", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 29, 30-CT/TU"),
 D("Chỉ thị", "30", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 29, 30-CT/TU"),
 D("Kết luận", "43", "KL/TW", None, "Ban Bí thư", "Kết luận số 43-KL/TW"),
 D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021"),
 D("Nghị quyết", "18", "NQ/TW", None, "BCH Trung ương", "Nghị quyết số 18-NQ/TW")],
[prov("Quảng Nam"), com("Trà Mai")],
["BÁO QUẢNG NAM ONLINE", "Thời sự » Chính trị", "Hôm nay: Thứ Bảy, 11/01/2025", "(QNO)", "Dân vận khéo",
 "Đồng chí Nguyễn Thị Thu Lan phát biểu kết luận hội nghị.",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi"],
["Ngày 10/01/2025 | 15:30", "Hôm nay: Thứ Bảy, 11/01/2025", "năm 2024", "năm 2025", "Đại hội XIV", "31/10/2025"]))

PAGES.append(page("b7294-tuyenquang-giaoban-q3-2025", """
Báo và Phát thanh, Truyền hình Tuyên Quang
Chính trị › Xây dựng Đảng › Dân vận
Thứ Tư, 08/10/2025 - 10:45
Giao ban công tác dân vận quý III: Dân vận đồng hành cùng chính quyền hai cấp
Ngày 7/10, Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang tổ chức giao ban công tác dân vận quý III năm 2025 bằng hình thức trực tuyến tới 124 điểm cầu xã, phường. Đồng chí Hoàng Thị Thu Huyền, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì.
Các đại biểu dự hội nghị tại điểm cầu tỉnh.
Đây là kỳ giao ban đầu tiên sau khi hợp nhất tỉnh Tuyên Quang và tỉnh Hà Giang, vận hành chính quyền địa phương hai cấp. Báo cáo nêu rõ kết quả quý III như sau:
1. Về nắm tình hình: các cấp đã tổng hợp 2.360 ý kiến của cán bộ, đảng viên và nhân dân về việc sắp xếp đơn vị hành chính; trên 95% ý kiến đồng tình.
2. Về vận động nhân dân:
a) Vận động 1.180 hộ đồng bào Mông, Dao ở vùng sạt lở di chuyển đến nơi ở an toàn;
b) Hoàn thành xóa 3.462 căn nhà tạm, nhà dột nát;
c) Nhân dân đóng góp hơn 12 tỷ đồng cho quỹ "Vì người nghèo".
3. Về văn bản: tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 08-KH/TU, 09-KH/TU thực hiện Kết luận số 120-KL/TW của Bộ Chính trị và Quy định số 296-QĐ/TW về công tác kiểm tra, giám sát.
Tại điểm cầu phường Hà Giang 1, đồng chí Lù Thị Dế, Bí thư Đảng ủy phường, cho biết phường đã kiện toàn 42 tổ dân vận. Tại điểm cầu xã Mậu Duệ, đồng chí Sùng Mí Chư, Chủ tịch UBND xã, đề nghị tỉnh hỗ trợ khoảng 600 triệu đồng làm đường vào thôn Sủng Pả. Đồng chí Ma Thị Hiền, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, giải đáp thắc mắc về chức năng của khối dân vận xã sau sắp xếp.
Kết luận, đồng chí Hoàng Thị Thu Huyền yêu cầu quý IV tập trung:
- Tuyên truyền kết quả Đại hội đại biểu Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030;
- Vận động nhân dân khắc phục hậu quả bão số 10;
- Kiện toàn 100% khối dân vận xã, phường trong tháng 10.
Nhiều ý kiến tại các điểm cầu cho rằng, sau sắp xếp, địa bàn nhiều xã vùng cao rộng, dân cư phân tán, giao thông đi lại khó khăn; cán bộ làm công tác dân vận vừa phải kiêm nhiệm nhiều việc, vừa phải làm quen với địa bàn mới. Vì vậy cần có cơ chế hỗ trợ phương tiện, kinh phí để cán bộ bám cơ sở, nắm chắc tình hình nhân dân.
Các đại biểu cũng đề nghị tỉnh sớm ban hành quy chế làm việc của khối dân vận cấp xã theo mô hình mới, hướng dẫn cụ thể về chế độ sinh hoạt, phân công nhiệm vụ để các thành viên khối chủ động triển khai.
Ngọc Anh
Tin liên quan
- Hà Giang cũ: Người dân vùng cao hiến đất mở đường (30/09/2025)
- Tuyên Quang: Tập huấn nghiệp vụ cho cán bộ dân vận cấp xã (22/09/2025)
""", "2025-10-08", "Giao ban công tác dân vận quý III: Dân vận đồng hành cùng chính quyền hai cấp",
E("giao_ban", "2025-Q3", "2025-10-07"),
[P("Hoàng Thị Thu Huyền", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lù Thị Dế", "Bí thư Đảng ủy phường"),
 P("Sùng Mí Chư", "Chủ tịch UBND xã"),
 P("Ma Thị Hiền", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy")],
[Q("124 điểm cầu xã, phường", 124, "điểm cầu xã, phường"), Q("2.360 ý kiến", 2360, "ý kiến"), Q("trên 95%", 95, "%", "over"),
 Q("1.180 hộ đồng bào Mông, Dao", 1180, "hộ đồng bào Mông, Dao"), Q("3.462 căn nhà tạm, nhà dột nát", 3462, "căn nhà tạm, nhà dột nát"),
 Q("hơn 12 tỷ đồng", 12000000000, "đồng", "over"), Q("42 tổ dân vận", 42, "tổ dân vận"),
 Q("khoảng 600 triệu đồng", 600000000, "đồng", "approx"), Q("100%", 100, "%")],
[D("Kế hoạch", "08", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 08-KH/TU"),
 D("Kế hoạch", "09", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "09-KH/TU"),
 D("Kết luận", "120", "KL/TW", None, "Bộ Chính trị", "Kết luận số 120-KL/TW"),
 D("Quy định", "296", "QĐ/TW", None, None, "Quy định số 296-QĐ/TW")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Hà Giang 1"), com("Mậu Duệ")],
["Báo và Phát thanh, Truyền hình Tuyên Quang", "Chính trị › Xây dựng Đảng › Dân vận", "Các đại biểu dự hội nghị tại điểm cầu tỉnh.",
 "Vì người nghèo"],
["Thứ Tư, 08/10/2025 - 10:45", "quý III năm 2025", "quý IV", "lần thứ I", "nhiệm kỳ 2025 - 2030", "bão số 10", "tháng 10", "kỳ giao ban đầu tiên"]))
