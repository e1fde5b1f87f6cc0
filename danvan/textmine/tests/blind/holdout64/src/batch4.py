from lib import *
PAGES = []

PAGES.append(page("b1511-backan-bdv-taphuan-2024", """
BAN DÂN VẬN TỈNH ỦY BẮC KẠN
Vị trí: Trang chủ > Tin tức - Sự kiện > Tin hoạt động
22/03/2024 06:00
Nâng cao kỹ năng dân vận cho cán bộ cơ sở vùng đồng bào dân tộc thiểu số
Trong 2 ngày 20 - 21/3, Ban Dân vận Tỉnh ủy phối hợp với Trường Chính trị tỉnh tổ chức lớp tập huấn nghiệp vụ công tác dân vận năm 2024 cho 125 học viên là trưởng khối dân vận, cán bộ Mặt trận, đoàn thể các xã vùng đồng bào dân tộc thiểu số của tỉnh Bắc Kạn.
Các học viên thảo luận nhóm tại lớp tập huấn.
Phát biểu khai giảng, đồng chí Triệu Thị Thu Phương, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy, nhấn mạnh: toàn tỉnh có 108 xã, phường, thị trấn, đồng bào Tày, Nùng, Dao, Mông chiếm trên 87% dân số; đội ngũ cán bộ làm công tác dân vận ở cơ sở thường xuyên thay đổi, nhiều người kiêm nhiệm nên cần được bồi dưỡng kỹ năng một cách bài bản.
Tại lớp học, các học viên được truyền đạt 4 chuyên đề: Quy chế công tác dân vận của hệ thống chính trị ban hành kèm theo Quyết định số 23-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương; Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao chất lượng, hiệu quả công tác dân vận của cơ quan nhà nước, chính quyền các cấp; kỹ năng đối thoại, tiếp xúc với người dân; kinh nghiệm xây dựng mô hình "Dân vận khéo" trong vùng đồng bào dân tộc thiểu số.
Chuyên đề về kỹ năng đối thoại do ThS Hoàng Văn Tuấn, Trưởng khoa Xây dựng Đảng Trường Chính trị tỉnh trình bày, được học viên đặc biệt quan tâm. Nhiều tình huống thực tế như vận động người dân hiến đất, giải phóng mặt bằng, giải quyết mâu thuẫn giữa các dòng họ đã được đưa ra thảo luận theo nhóm.
Chia sẻ tại lớp, bà Nông Thị Thúy, Phó Bí thư Thường trực Đảng ủy kiêm Chủ tịch HĐND xã Nam Mẫu, cho biết năm 2023 xã đã vận động 46 hộ hiến 8.200 m2 đất mở rộng đường vào các thôn Bó Lù, Pác Ngòi. Ông Lý Văn Sình, Trưởng khối dân vận xã Cao Thượng, kể cách xã phối hợp với người có uy tín vận động đồng bào Dao bỏ tục "bắt vợ" ở tuổi vị thành niên.
Theo Ban Dân vận Tỉnh ủy, năm 2023 toàn tỉnh có 1.384 mô hình "Dân vận khéo" được công nhận, trong đó 312 mô hình cấp tỉnh; khối dân vận các cấp đã vận động nhân dân hiến 156.000 m2 đất, đóng góp 26,3 tỷ đồng xây dựng nông thôn mới. Năm 2024, Ban sẽ triển khai Hướng dẫn số 12-HD/BDVTU ngày 05/3/2024 về xây dựng mô hình "Dân vận khéo" gắn với Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi.
Bế giảng lớp học, đồng chí Triệu Thị Thu Phương đề nghị học viên vận dụng kiến thức vào thực tiễn, tăng cường "3 bám, 4 cùng" với nhân dân. Ban tổ chức đã cấp giấy chứng nhận cho 125 học viên hoàn thành chương trình. Trong năm, tỉnh dự kiến mở thêm 3 lớp tại các huyện Pác Nặm, Na Rì, Ba Bể.
Hải Đăng
Lượt xem: 734
Tin liên quan
- Ba Bể: giao ban khối dân vận quý I/2024 (15/03/2024)
- Tổng kết công tác dân vận năm 2023 (28/12/2023)
- Chợ Mới ra mắt mô hình "Dân vận khéo" (20/12/2023)
""", "2024-03-22", "Nâng cao kỹ năng dân vận cho cán bộ cơ sở vùng đồng bào dân tộc thiểu số",
E("tap_huan", "2024", "2024-03-20"),
[P("Triệu Thị Thu Phương", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Hoàng Văn Tuấn", "ThS", "Trưởng khoa Xây dựng Đảng Trường Chính trị tỉnh"),
 P("Nông Thị Thúy", "Phó Bí thư Thường trực Đảng ủy kiêm Chủ tịch HĐND xã Nam Mẫu"),
 P("Lý Văn Sình", "Trưởng khối dân vận xã Cao Thượng")],
[Q("125 học viên", 125, "học viên"), Q("108 xã, phường, thị trấn", 108, "xã, phường, thị trấn"), Q("trên 87%", 87, "%", "over"),
 Q("4 chuyên đề", 4, "chuyên đề"), Q("46 hộ", 46, "hộ"), Q("8.200 m2", 8200, "m2"), Q("1.384 mô hình", 1384, "mô hình"),
 Q("312 mô hình cấp tỉnh", 312, "mô hình cấp tỉnh"), Q("156.000 m2", 156000, "m2"), Q("26,3 tỷ đồng", 26300000000, "đồng"), Q("3 lớp", 3, "lớp")],
[D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Ban Chấp hành Trung ương", "Quyết định số 23-QĐ/TW ngày 30/7/2021"),
 D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 14/7/2015"),
 D("Hướng dẫn", "12", "HD/BDVTU", "2024-03-05", None, "Hướng dẫn số 12-HD/BDVTU ngày 05/3/2024")],
[prov("Bắc Kạn"), com("Nam Mẫu"), com("Cao Thượng")],
["BAN DÂN VẬN TỈNH ỦY BẮC KẠN", "Vị trí: Trang chủ > Tin tức - Sự kiện > Tin hoạt động", "Các học viên thảo luận nhóm tại lớp tập huấn.",
 "Dân vận khéo", "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi",
 "Trường Chính trị tỉnh", "Lượt xem: 734"],
["22/03/2024 06:00", "Trong 2 ngày", "năm 2024", "năm 2023", "3 bám, 4 cùng", "Lượt xem: 734"]))

PAGES.append(page("b1512-daklak-nguoiuytin-eahleo-2024", """
Báo Đắk Lắk điện tử
Xã hội › Dân tộc - Tôn giáo
Thứ Sáu, 08/11/2024 - 14:35
Ông Y Krông Niê, người có uy tín buôn Ea Khăl, bên rẫy cà phê của gia đình.
Người có uy tín - "điểm tựa" của buôn làng Ea H'leo
Ở huyện Ea H'leo, đội ngũ người có uy tín trong đồng bào dân tộc thiểu số đang ngày càng khẳng định vai trò là cầu nối giữa cấp ủy, chính quyền với buôn làng, góp phần giữ vững an ninh trật tự, phát triển kinh tế.
Huyện Ea H'leo hiện có 72 người có uy tín, phần lớn là già làng, trưởng buôn người Êđê, Gia Rai. Theo Quyết định số 28/2023/QĐ-TTg ngày 23/11/2023 của Thủ tướng Chính phủ, người có uy tín được hưởng chế độ phụ cấp 500.000 đồng/tháng, được cấp báo và thăm hỏi, tặng quà vào dịp lễ, Tết.
Ông Y Krông Niê, người có uy tín buôn Ea Khăl, xã Ea Khăl, là một ví dụ. Khi trong buôn có 17 hộ bị kẻ xấu lôi kéo theo "Tin lành Đấng Christ" không đăng ký hoạt động, ông kiên trì đến từng nhà giải thích, chỉ ra những điều sai trái. Sau gần một năm, 15 hộ đã tự nguyện từ bỏ, trở lại sinh hoạt bình thường cùng cộng đồng.
Không chỉ vận động bà con chấp hành pháp luật, Y Krông Niê còn đi đầu trong phát triển kinh tế. Gia đình ông có 3 ha cà phê, sầu riêng, mỗi năm thu về hơn 600 triệu đồng. Ông sẵn sàng cho các hộ nghèo trong buôn mượn vốn, cây giống; đến nay đã giúp 9 hộ thoát nghèo.
Bà H'Ngơn Ksor, người có uy tín buôn Tul, xã Dliê Yang, được bà con gọi thân mật là "mẹ của buôn". Mấy năm qua, bà đã tham gia hòa giải thành công 23 vụ mâu thuẫn trong gia đình, dòng họ; vận động 6 cặp tảo hôn tạm dừng việc cưới. "Mình là người có uy tín thì phải làm gương trước, con cháu mới nghe", bà nói.
Ông Nguyễn Đình Quý, Phó Trưởng Ban Dân vận Huyện ủy Ea H'leo, cho biết: năm 2024, người có uy tín trên địa bàn đã tham gia hòa giải thành 58 vụ việc, cung cấp 31 nguồn tin có giá trị cho lực lượng công an; vận động nhân dân hiến 4,6 ha đất làm đường liên buôn. Nhờ vậy, nhiều năm liền huyện không có điểm nóng về an ninh nông thôn.
Theo ông Quý, huyện đang phối hợp với Ban Dân tộc tỉnh rà soát, đề nghị bổ sung người có uy tín ở những buôn mới tách, đồng thời đề xuất tăng cường bồi dưỡng kỹ năng tuyên truyền, kiến thức pháp luật cho đội ngũ này. Đồng chí H'Yim Mlô, Chủ tịch Ủy ban MTTQ Việt Nam huyện Ea H'leo, cho biết Mặt trận sẽ tiếp tục phát huy vai trò người có uy tín trong cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".
Giữa buôn làng yên bình bên những rẫy cà phê xanh mướt, hình ảnh các già làng, người có uy tín thầm lặng đóng góp cho quê hương vẫn là điểm tựa vững chắc của đồng bào.
Bài, ảnh: Hoàng Gia
Tin liên quan
- Krông Năng: biểu dương 45 người có uy tín tiêu biểu (01/11/2024)
- Buôn Đôn tập huấn kiến thức cho người có uy tín (25/10/2024)
- Ea Súp đối thoại với đồng bào về đất đai (18/10/2024)
""", "2024-11-08", "Người có uy tín - \"điểm tựa\" của buôn làng Ea H'leo",
E("khac", None, None),
[P("Y Krông Niê", "người có uy tín buôn Ea Khăl"),
 P("H'Ngơn Ksor", "người có uy tín buôn Tul"),
 P("Nguyễn Đình Quý", "Phó Trưởng Ban Dân vận Huyện ủy Ea H'leo"),
 P("H'Yim Mlô", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Ea H'leo")],
[Q("72 người có uy tín", 72, "người có uy tín"), Q("500.000 đồng/tháng", 500000, "đồng"), Q("17 hộ", 17, "hộ"), Q("15 hộ", 15, "hộ"),
 Q("3 ha", 3, "ha"), Q("hơn 600 triệu đồng", 600000000, "đồng", "over"), Q("9 hộ", 9, "hộ"), Q("23 vụ mâu thuẫn", 23, "vụ mâu thuẫn"),
 Q("6 cặp tảo hôn", 6, "cặp tảo hôn"), Q("58 vụ việc", 58, "vụ việc"), Q("31 nguồn tin", 31, "nguồn tin"), Q("4,6 ha", 4.6, "ha")],
[D("Quyết định", "28", "2023/QĐ-TTg", "2023-11-23", "Thủ tướng Chính phủ", "Quyết định số 28/2023/QĐ-TTg ngày 23/11/2023")],
[prov("Đắk Lắk"), com("Ea Khăl"), com("Dliê Yang")],
["Báo Đắk Lắk điện tử", "Xã hội › Dân tộc - Tôn giáo", "Ông Y Krông Niê, người có uy tín buôn Ea Khăl, bên rẫy cà phê của gia đình.",
 "Tin lành Đấng Christ", "mẹ của buôn", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Ban Dân tộc tỉnh", "điểm tựa"],
["Thứ Sáu, 08/11/2024 - 14:35", "gần một năm", "năm 2024", "Mấy năm qua"]))

PAGES.append(page("b1513-lamdong-xa-daihoi-2025", """
BÁO LÂM ĐỒNG ĐIỆN TỬ
Chính trị › Đại hội Đảng
Cập nhật: 22/08/2025 - 10:15
Đại hội Đảng bộ xã Lạc Dương lần thứ I, nhiệm kỳ 2025 - 2030: Đoàn kết, phát huy bản sắc, phát triển du lịch bền vững
Trong 2 ngày 20 và 21/8, Đảng bộ xã Lạc Dương, tỉnh Lâm Đồng tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030. Đây là đại hội đầu tiên của Đảng bộ xã sau khi sắp xếp đơn vị hành chính, sáp nhập thị trấn Lạc Dương và xã Đạ Nhim, xã Đạ Chais. Dự Đại hội có 150 đại biểu đại diện cho 1.280 đảng viên sinh hoạt tại 42 chi bộ.
Các đại biểu biểu quyết thông qua Nghị quyết Đại hội.
Về dự và chỉ đạo Đại hội có đồng chí Ha Thị Sen, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; đồng chí Cil Múp, Phó Trưởng Ban Tổ chức Tỉnh ủy.
Xã Lạc Dương mới có diện tích tự nhiên hơn 1.230 km2, dân số trên 31.000 người, trong đó đồng bào K'Ho, Cil chiếm 74%. Nhiệm kỳ qua, thu nhập bình quân đầu người trên địa bàn đạt 68 triệu đồng/năm; tỷ lệ hộ nghèo giảm còn 1,9%. Nhân dân đã hiến 27.000 m2 đất, đóng góp 11,5 tỷ đồng xây dựng nông thôn mới; 100% thôn có tổ hòa giải, tổ an ninh trật tự cơ sở.
Đại hội thống nhất đề ra 3 khâu đột phá: phát triển du lịch cộng đồng gắn với văn hóa cồng chiêng; nông nghiệp ứng dụng công nghệ cao; xây dựng đội ngũ cán bộ người dân tộc thiểu số. Trong đó phấn đấu đến năm 2030 có 12 mô hình du lịch cộng đồng, thu nhập bình quân đạt 110 triệu đồng/người/năm.
Thực hiện Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng và Quyết định số 105-QĐ/TU ngày 30/6/2025 của Ban Thường vụ Tỉnh ủy về chỉ định Ban Chấp hành Đảng bộ xã, Đại hội đã tiến hành bầu Ban Chấp hành Đảng bộ xã nhiệm kỳ 2025 - 2030 gồm 33 đồng chí. Đồng chí Lê Quang Dũng được bầu giữ chức Bí thư Đảng ủy xã; các đồng chí: Bon Niêng Ha Hoàng, Liêng Hót Ha Nhi được bầu giữ chức Phó Bí thư Đảng ủy xã. Đại hội cũng bầu 7 đại biểu đi dự Đại hội Đảng bộ tỉnh lần thứ I.
Phát biểu chỉ đạo, đồng chí Ha Thị Sen đề nghị Đảng bộ xã chú trọng công tác dân vận, phát huy vai trò của 36 người có uy tín, già làng trong vận động đồng bào giữ rừng, không tái lấn chiếm đất rừng; quan tâm đào tạo cán bộ nữ, cán bộ trẻ người K'Ho. Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy cũng lưu ý xã cần giải quyết dứt điểm những kiến nghị về đất sản xuất của đồng bào ở khu tái định cư Đạ Sar.
Già làng Cil Ha Jim, thôn Đạ Nghịt, bày tỏ tin tưởng Ban Chấp hành mới sẽ lãnh đạo xã phát triển, đời sống bà con ngày càng ấm no.
K'Linh
Tin liên quan
- Đại hội Đảng bộ phường Lâm Viên - Đà Lạt lần thứ I (19/08/2025)
- Xã Đam Rông 1 tổ chức thành công Đại hội Đảng bộ (15/08/2025)
- Lâm Đồng: 124 xã, phường, đặc khu hoàn thành đại hội (14/08/2025)
""", "2025-08-22", "Đại hội Đảng bộ xã Lạc Dương lần thứ I, nhiệm kỳ 2025 - 2030: Đoàn kết, phát huy bản sắc, phát triển du lịch bền vững",
E("dai_hoi", None, "2025-08-20"),
[P("Ha Thị Sen", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Cil Múp", "Phó Trưởng Ban Tổ chức Tỉnh ủy"),
 P("Lê Quang Dũng", "Bí thư Đảng ủy xã"),
 P("Bon Niêng Ha Hoàng", "Phó Bí thư Đảng ủy xã"),
 P("Liêng Hót Ha Nhi", "Phó Bí thư Đảng ủy xã"),
 P("Cil Ha Jim", "Già làng")],
[Q("150 đại biểu", 150, "đại biểu"), Q("1.280 đảng viên", 1280, "đảng viên"), Q("42 chi bộ", 42, "chi bộ"),
 Q("hơn 1.230 km2", 1230, "km2", "over"), Q("trên 31.000 người", 31000, "người", "over"), Q("74%", 74, "%"),
 Q("68 triệu đồng/năm", 68000000, "đồng"), Q("1,9%", 1.9, "%"), Q("3 khâu đột phá", 3, "khâu đột phá"), Q("27.000 m2", 27000, "m2"), Q("11,5 tỷ đồng", 11500000000, "đồng"),
 Q("100% thôn", 100, "%"), Q("12 mô hình du lịch cộng đồng", 12, "mô hình du lịch cộng đồng"),
 Q("110 triệu đồng/người/năm", 110000000, "đồng"), Q("33 đồng chí", 33, "đồng chí"), Q("7 đại biểu", 7, "đại biểu"),
 Q("36 người có uy tín, già làng", 36, "người có uy tín, già làng")],
[D("Chỉ thị", "45", "CT/TW", "2025-04-14", "Bộ Chính trị", "Chỉ thị số 45-CT/TW ngày 14/4/2025"),
 D("Quyết định", "105", "QĐ/TU", "2025-06-30", "Ban Thường vụ Tỉnh ủy", "Quyết định số 105-QĐ/TU ngày 30/6/2025")],
[prov("Lâm Đồng"), com("Lạc Dương"), com("Đạ Nhim"), com("Đạ Chais")],
["BÁO LÂM ĐỒNG ĐIỆN TỬ", "Chính trị › Đại hội Đảng", "Các đại biểu biểu quyết thông qua Nghị quyết Đại hội.", "Nghị quyết Đại hội"],
["Cập nhật: 22/08/2025 - 10:15", "lần thứ I", "nhiệm kỳ 2025 - 2030", "Trong 2 ngày", "năm 2030", "33 đồng chí", "lần thứ XIV"]))

PAGES.append(page("b1514-tuyenquang-nguoiuytin-hoinghi-2025", """
BÁO TUYÊN QUANG ĐIỆN TỬ
Tin tức › Chính trị › Dân tộc - Tôn giáo
Thứ Sáu, 10/10/2025, 07:45
Tôn vinh 120 người có uy tín tiêu biểu - những "cánh chim đầu đàn" nơi phên giậu
Ngày 8/10, UBND tỉnh tổ chức Hội nghị biểu dương người có uy tín tiêu biểu trong đồng bào dân tộc thiểu số năm 2025. Đây là hội nghị đầu tiên của tỉnh Tuyên Quang sau khi hợp nhất với tỉnh Hà Giang theo Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về việc sắp xếp đơn vị hành chính cấp tỉnh.
Đồng chí Hoàng Thị Mai Phương trao bằng khen cho các người có uy tín.
Dự hội nghị có đồng chí Hoàng Thị Mai Phương, Phó Chủ tịch UBND tỉnh; đồng chí Ma Văn Thắng, Giám đốc Sở Dân tộc và Tôn giáo; đồng chí Lò Thị Hằng, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy cùng 300 đại biểu là người có uy tín đến từ 124 xã, phường trong tỉnh.
Theo báo cáo của Sở Dân tộc và Tôn giáo, toàn tỉnh hiện có 2.986 người có uy tín, trong đó trên 60% là người dân tộc Mông, Dao, Tày ở các xã vùng cao biên giới. Thực hiện Kế hoạch số 45/KH-UBND ngày 12/8/2025 của UBND tỉnh, từ đầu năm đến nay người có uy tín đã tham gia hòa giải thành 412 vụ việc, vận động 1.873 hộ hiến đất, góp công làm đường; cung cấp 96 nguồn tin giúp lực lượng chức năng đấu tranh với các loại tội phạm ma túy, mua bán người.
Đặc biệt, sau khi sắp xếp đơn vị hành chính cấp xã, người có uy tín đã góp phần quan trọng vào việc ổn định tư tưởng của bà con, không để xảy ra điểm nóng. Nhiều người đã vận động bà con ở các thôn sạt lở di chuyển đến khu tái định cư mới; riêng xã Mậu Duệ và xã Hồng Thái có 214 hộ được bố trí chỗ ở an toàn.
Tại hội nghị, các ông Giàng Mí Vừ, Sùng Mí Lử, Lù Seo Sính - người có uy tín xã Lũng Cú chia sẻ kinh nghiệm phối hợp với Đồn Biên phòng Lũng Cú tuần tra đường biên, cột mốc. Bà Triệu Thị Kiều, người có uy tín thôn Nà Mèo, xã Hồng Thái, kể về việc vận động đồng bào Dao đỏ bỏ tục cúng bái tốn kém khi ốm đau.
Phát biểu tại hội nghị, đồng chí Hoàng Thị Mai Phương ghi nhận đóng góp của đội ngũ người có uy tín trong giai đoạn tỉnh vừa hợp nhất, chính quyền địa phương hai cấp mới đi vào vận hành; đề nghị các sở, ngành, địa phương kịp thời cung cấp thông tin, quan tâm chế độ, chính sách cho người có uy tín, đảm bảo thống nhất giữa hai địa bàn Hà Giang và Tuyên Quang cũ.
Dịp này, Chủ tịch UBND tỉnh tặng bằng khen cho 120 người có uy tín tiêu biểu; mỗi đại biểu dự hội nghị được tặng quà trị giá 1,5 triệu đồng. Đồng chí Ma Văn Thắng cho biết, năm 2026 Sở sẽ tham mưu tổ chức đoàn người có uy tín đi tham quan, học tập kinh nghiệm tại các tỉnh bạn.
Phong Vũ
Lượt xem: 2.415
Tin liên quan
- Phường Hà Giang 1: ra mắt mô hình "Tổ dân phố không có tội phạm" (03/10/2025)
- Lâm Bình: tặng 200 suất quà cho học sinh nghèo (26/09/2025)
- Hợp nhất chế độ cấp báo cho người có uy tín (19/09/2025)
""", "2025-10-10", "Tôn vinh 120 người có uy tín tiêu biểu - những \"cánh chim đầu đàn\" nơi phên giậu",
E("hoi_nghi", "2025", "2025-10-08"),
[P("Hoàng Thị Mai Phương", "Phó Chủ tịch UBND tỉnh"),
 P("Ma Văn Thắng", "Giám đốc Sở Dân tộc và Tôn giáo"),
 P("Lò Thị Hằng", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Giàng Mí Vừ", "người có uy tín xã Lũng Cú"),
 P("Sùng Mí Lử", "người có uy tín xã Lũng Cú"),
 P("Lù Seo Sính", "người có uy tín xã Lũng Cú"),
 P("Triệu Thị Kiều", "người có uy tín thôn Nà Mèo")],
[Q("120 người có uy tín tiêu biểu", 120, "người có uy tín tiêu biểu"), Q("300 đại biểu", 300, "đại biểu"),
 Q("124 xã, phường", 124, "xã, phường"), Q("2.986 người có uy tín", 2986, "người có uy tín"), Q("trên 60%", 60, "%", "over"),
 Q("412 vụ việc", 412, "vụ việc"), Q("1.873 hộ", 1873, "hộ"), Q("96 nguồn tin", 96, "nguồn tin"), Q("214 hộ", 214, "hộ"),
 Q("1,5 triệu đồng", 1500000, "đồng")],
[D("Nghị quyết", "202", "2025/QH15", "2025-06-12", "Quốc hội", "Nghị quyết số 202/2025/QH15 ngày 12/6/2025"),
 D("Kế hoạch", "45", "KH-UBND", "2025-08-12", "UBND tỉnh", "Kế hoạch số 45/KH-UBND ngày 12/8/2025")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Mậu Duệ"), com("Hồng Thái"), com("Lũng Cú")],
["BÁO TUYÊN QUANG ĐIỆN TỬ", "Tin tức › Chính trị › Dân tộc - Tôn giáo", "Đồng chí Hoàng Thị Mai Phương trao bằng khen cho các người có uy tín.",
 "cánh chim đầu đàn", "Đồn Biên phòng Lũng Cú", "Sở Dân tộc và Tôn giáo", "Lượt xem: 2.415"],
["Thứ Sáu, 10/10/2025, 07:45", "năm 2025", "năm 2026", "hai cấp", "Lượt xem: 2.415"]))

PAGES.append(page("b1515-laocai-btgdv-tongket-2026", """
BÁO LÀO CAI ĐIỆN TỬ
Hôm nay: Thứ Hai, 12/01/2026
Thứ Sáu, 09/01/2026, 08:05
Trang chủ / Chính trị / Xây dựng Đảng
Toàn cảnh hội nghị tại điểm cầu tỉnh.
Khối tuyên giáo, dân vận bước vào năm 2026 với nhiều mô hình mới
Ngày 7/1, Ban Tuyên giáo và Dân vận Tỉnh ủy Lào Cai tổ chức hội nghị trực tuyến tổng kết công tác tuyên giáo và dân vận năm 2025, triển khai nhiệm vụ năm 2026 tới 99 điểm cầu xã, phường. Đồng chí Vàng Thị Sinh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì hội nghị.
Năm 2025 là năm đầu tiên Ban Tuyên giáo và Dân vận Tỉnh ủy đi vào hoạt động sau khi hợp nhất hai ban theo Kết luận số 121-KL/TW ngày 24/01/2025 của Ban Chấp hành Trung ương về tổng kết Nghị quyết số 18-NQ/TW ngày 25/10/2017; đồng thời tỉnh Lào Cai mới được hình thành trên cơ sở hợp nhất tỉnh Lào Cai và tỉnh Yên Bái.
Báo cáo do Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy Đỗ Quang Hưng trình bày cho biết, Ban đã tham mưu Tỉnh ủy ban hành Chương trình hành động số 03-CTr/TU ngày 15/11/2025 thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ I; ban hành Kế hoạch 18, 19-KH/BTGDVTU về công tác dân vận ở vùng đồng bào dân tộc thiểu số và về phát huy vai trò người có uy tín sau sắp xếp đơn vị hành chính.
Trong năm, toàn tỉnh có 2.150 mô hình "Dân vận khéo" được công nhận; khối dân vận các cấp đã vận động 1.320 hộ ở vùng nguy cơ sạt lở di dời đến nơi ở an toàn, trong đó 486 hộ vào 17 khu tái định cư tập trung được xây dựng sau cơn bão số 3 (Yagi) năm 2024. Nhân dân đóng góp hơn 86 tỷ đồng, hiến 210.000 m2 đất làm đường, nhà văn hóa thôn. Các cấp đã tiếp nhận 48 vụ việc phức tạp, phối hợp giải quyết dứt điểm 41 vụ việc.
Tham luận tại hội nghị, đồng chí Sùng A Chu, Bí thư Đảng ủy, Chủ tịch HĐND xã Mù Cang Chải, chia sẻ cách xã vận động đồng bào Mông di dời khỏi vùng sạt lở bằng phương châm "người có uy tín đi trước, đảng viên làm gương". Bà Hà Thị Nguyệt, Phó Chủ tịch - Trưởng ban Tổ chức - Kiểm tra Ủy ban MTTQ Việt Nam tỉnh, thông tin về phong trào "Cả nước chung tay xóa nhà tạm, nhà dột nát", qua đó toàn tỉnh đã hoàn thành 3.462 căn nhà cho hộ nghèo, hộ cận nghèo.
Đại diện phường Sa Pa, đồng chí Lý Láo Tả, Phó Bí thư Đảng ủy phường, nêu kinh nghiệm phát triển du lịch cộng đồng gắn với giữ gìn bản sắc của đồng bào Dao đỏ, Mông.
Phát biểu kết luận, đồng chí Vàng Thị Sinh yêu cầu năm 2026 khối tuyên giáo, dân vận tập trung tuyên truyền Nghị quyết Đại hội XIV của Đảng và cuộc bầu cử đại biểu Quốc hội, HĐND các cấp; nắm chắc tình hình tư tưởng nhân dân ở các xã mới sáp nhập; tiếp tục kiện toàn đội ngũ cán bộ làm công tác dân vận ở cơ sở.
Dịp này, Ban Tuyên giáo và Dân vận Tỉnh ủy tặng giấy khen cho 16 tập thể, 25 cá nhân.
Thu Thảo
Lượt xem: 1.128
Tin liên quan
- Phường Yên Bái: gặp mặt người có uy tín đầu xuân (08/01/2026)
- Bát Xát ra mắt 5 mô hình dân vận khéo (30/12/2025)
- Giao ban khối dân vận quý IV/2025 (19/12/2025)
""", "2026-01-09", "Khối tuyên giáo, dân vận bước vào năm 2026 với nhiều mô hình mới",
E("tong_ket", "2025", "2026-01-07"),
[P("Vàng Thị Sinh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Đỗ Quang Hưng", "Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Sùng A Chu", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Mù Cang Chải"),
 P("Hà Thị Nguyệt", "Phó Chủ tịch - Trưởng ban Tổ chức - Kiểm tra Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lý Láo Tả", "Phó Bí thư Đảng ủy phường")],
[Q("99 điểm cầu xã, phường", 99, "điểm cầu xã, phường"), Q("2.150 mô hình", 2150, "mô hình"), Q("1.320 hộ", 1320, "hộ"),
 Q("486 hộ", 486, "hộ"), Q("17 khu tái định cư tập trung", 17, "khu tái định cư tập trung"), Q("hơn 86 tỷ đồng", 86000000000, "đồng", "over"),
 Q("210.000 m2", 210000, "m2"), Q("48 vụ việc phức tạp", 48, "vụ việc phức tạp"), Q("41 vụ việc", 41, "vụ việc"),
 Q("3.462 căn nhà", 3462, "căn nhà"), Q("16 tập thể", 16, "tập thể"), Q("25 cá nhân", 25, "cá nhân")],
[D("Kết luận", "121", "KL/TW", "2025-01-24", "Ban Chấp hành Trung ương", "Kết luận số 121-KL/TW ngày 24/01/2025"),
 D("Nghị quyết", "18", "NQ/TW", "2017-10-25", None, "Nghị quyết số 18-NQ/TW ngày 25/10/2017"),
 D("Chương trình hành động", "03", "CTr/TU", "2025-11-15", "Tỉnh ủy", "Chương trình hành động số 03-CTr/TU ngày 15/11/2025"),
 D("Kế hoạch", "18", "KH/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch 18, 19-KH/BTGDVTU"),
 D("Kế hoạch", "19", "KH/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch 18, 19-KH/BTGDVTU")],
[prov("Lào Cai"), prov("Yên Bái"), com("Mù Cang Chải"), com("Sa Pa")],
["BÁO LÀO CAI ĐIỆN TỬ", "Hôm nay: Thứ Hai, 12/01/2026", "Trang chủ / Chính trị / Xây dựng Đảng", "Toàn cảnh hội nghị tại điểm cầu tỉnh.",
 "Dân vận khéo", "người có uy tín đi trước, đảng viên làm gương", "Cả nước chung tay xóa nhà tạm, nhà dột nát",
 "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ I", "Nghị quyết Đại hội XIV", "Lượt xem: 1.128"],
["Hôm nay: Thứ Hai, 12/01/2026", "Thứ Sáu, 09/01/2026, 08:05", "năm 2025", "năm 2026", "bão số 3", "năm 2024", "lần thứ I", "Lượt xem: 1.128"]))

PAGES.append(page("b1516-quangngai-mttq-giamsat-taidinhcu-2026", """
Báo và Phát thanh, Truyền hình Quảng Ngãi
Thời sự | Mặt trận | Giám sát - Phản biện
17/04/2026 - 15:20
Giám sát việc bố trí tái định cư cho đồng bào vùng sạt lở ở Măng Đen, Đăk Long
Từ ngày 14 đến 16/4, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Ngãi đã giám sát việc thực hiện chính sách bố trí, ổn định dân cư cho các hộ đồng bào dân tộc thiểu số vùng có nguy cơ sạt lở tại xã Măng Đen và xã Đăk Long, địa bàn thuộc tỉnh Kon Tum trước đây.
Đoàn giám sát khảo sát khu tái định cư thôn Kon Chênh, xã Măng Đen.
Đoàn do các đồng chí Y Nhàn, Đinh Văn Thí - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh đồng làm trưởng đoàn; tham gia có đại diện Ban Tuyên giáo và Dân vận Tỉnh ủy, Sở Dân tộc và Tôn giáo, Sở Nông nghiệp và Môi trường. Đợt giám sát thực hiện theo Kế hoạch số 12/KH-MTTQ-BTT ngày 15/01/2026 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về chương trình giám sát năm 2026, căn cứ Quy định số 124-QĐ/TW ngày 04/10/2023 của Ban Bí thư về giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội.
Theo báo cáo của UBND xã Măng Đen, thực hiện Quyết định số 35/2024/QĐ-UBND ngày 18/6/2024 của UBND tỉnh Kon Tum về mức hỗ trợ di dân, từ năm 2024 đến nay xã đã bố trí 128 nền đất tại 2 khu tái định cư cho các hộ người Xơ Đăng, Mơ Nâm ở vùng sạt lở; đã có 97 hộ chuyển đến ở, 31 hộ chưa di chuyển do chưa có đất sản xuất gần nơi ở mới. Tổng kinh phí đã giải ngân 18,7 tỷ đồng, mỗi hộ được hỗ trợ 60 triệu đồng làm nhà.
Tại xã Đăk Long, 54 hộ thuộc diện di dời khẩn cấp sau đợt mưa lũ cuối năm 2025 đã được bố trí chỗ ở tạm; khu tái định cư tập trung mới hoàn thành khoảng 70% khối lượng.
Qua trao đổi với 63 hộ dân, đoàn đã ghi nhận 23 kiến nghị, chủ yếu về đất sản xuất, nước sinh hoạt, điện và đường vào khu tái định cư. Ông A Khoa, người có uy tín thôn Kon Chênh, xã Măng Đen, cho biết: "Nhà mới đã có, nhưng rẫy cũ cách hơn 10 cây số, bà con đi lại vất vả". Ông Đinh Văn Hùng, Chủ tịch UBND xã Đăk Long, đề nghị tỉnh sớm cân đối nguồn vốn giao đất sản xuất cho 54 hộ nói trên.
Kết luận đợt giám sát, đồng chí Y Nhàn đánh giá các xã đã thực hiện công khai, dân chủ trong bình xét đối tượng; đề nghị UBND tỉnh chỉ đạo các sở, ngành hoàn thiện hạ tầng khu tái định cư trước mùa mưa năm 2026, ưu tiên bố trí đất sản xuất trong bán kính hợp lý. Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh cũng đề nghị Mặt trận các xã phát huy vai trò của người có uy tín, già làng trong vận động bà con chuyển đến nơi ở mới.
Kết quả giám sát sẽ được tổng hợp, báo cáo Ban Thường vụ Tỉnh ủy và kiến nghị UBND tỉnh xem xét, giải quyết.
Minh Châu
Tin khác
- Quảng Ngãi: 98 xã, phường tổ chức Ngày hội Đại đoàn kết (10/04/2026)
- Mặt trận phường Kon Tum giám sát việc chỉnh trang đô thị (03/04/2026)
- Hội nghị Ủy ban MTTQ Việt Nam tỉnh lần thứ 3 (27/03/2026)
""", "2026-04-17", "Giám sát việc bố trí tái định cư cho đồng bào vùng sạt lở ở Măng Đen, Đăk Long",
E("giam_sat", "2026", "2026-04-14"),
[P("Y Nhàn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đinh Văn Thí", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("A Khoa", "người có uy tín thôn Kon Chênh"),
 P("Đinh Văn Hùng", "Chủ tịch UBND xã Đăk Long")],
[Q("128 nền đất", 128, "nền đất"), Q("2 khu tái định cư", 2, "khu tái định cư"), Q("97 hộ", 97, "hộ"), Q("31 hộ", 31, "hộ"),
 Q("18,7 tỷ đồng", 18700000000, "đồng"), Q("60 triệu đồng", 60000000, "đồng"), Q("54 hộ", 54, "hộ"),
 Q("khoảng 70%", 70, "%", "approx"), Q("63 hộ dân", 63, "hộ dân"), Q("23 kiến nghị", 23, "kiến nghị"),
 Q("hơn 10 cây số", 10, "cây số", "over")],
[D("Kế hoạch", "12", "KH-MTTQ-BTT", "2026-01-15", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 12/KH-MTTQ-BTT ngày 15/01/2026"),
 D("Quy định", "124", "QĐ/TW", "2023-10-04", "Ban Bí thư", "Quy định số 124-QĐ/TW ngày 04/10/2023"),
 D("Quyết định", "35", "2024/QĐ-UBND", "2024-06-18", "UBND tỉnh Kon Tum", "Quyết định số 35/2024/QĐ-UBND ngày 18/6/2024")],
[prov("Quảng Ngãi"), prov("Kon Tum"), com("Măng Đen"), com("Đăk Long")],
["Báo và Phát thanh, Truyền hình Quảng Ngãi", "Thời sự | Mặt trận | Giám sát - Phản biện",
 "Đoàn giám sát khảo sát khu tái định cư thôn Kon Chênh, xã Măng Đen.", "Sở Dân tộc và Tôn giáo", "Sở Nông nghiệp và Môi trường"],
["17/04/2026 - 15:20", "năm 2026", "năm 2024", "năm 2025"]))
