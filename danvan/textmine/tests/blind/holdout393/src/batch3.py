from lib import *
PAGES = []

PAGES.append(page("b9401-lamdong-giolang-kho-chandung-2022", """
BÁO LÂM ĐỒNG ĐIỆN TỬ
Xã hội > Dân tộc - Tôn giáo > Gương sáng
18/05/2022 06:00
Già làng K'Brơi (bên phải) hướng dẫn thanh niên trong bon chăm sóc cà phê. Ảnh: Ngọc Ánh
"Cây cao bóng cả" của bon Đạ Nghịt
Ở bon Đạ Nghịt, xã Lát, huyện Lạc Dương (Lâm Đồng), hỏi ai về già làng K'Brơi, từ người già đến trẻ nhỏ đều biết. Ở tuổi 72, ông vẫn là người có uy tín được bà con K'Ho tin cậy, là chỗ dựa để cán bộ xã mỗi khi cần vận động dân làm việc gì.
Nhiều năm trước, khi có kẻ xấu lén vào bon tuyên truyền về "Tin lành Đê Ga", rủ rê thanh niên bỏ làng, già K'Brơi cùng ông Ha Pin, Bí thư Chi bộ bon Đạ Nghịt đến từng nhà giải thích. Nhờ vậy, cả bon không có ai nghe theo. Bà Kră Jăn K'Thưng, Chủ tịch UBND xã Lát cho biết: "Chỉ riêng năm 2021, già K'Brơi đã cùng Tổ hòa giải giải quyết êm thấm 5 vụ tranh chấp đất rẫy giữa các hộ trong bon".
Không chỉ nói, già làng còn làm gương. Ông tự nguyện hiến 1.200 m2 đất để làm đường vào khu sản xuất, vận động con cháu góp thêm 2.500 m2. Gia đình ông cũng là hộ đầu tiên trong bon chuyển 2,5 ha cà phê già cỗi sang trồng cà phê ghép xen cây ăn trái, thu nhập mỗi năm trên 300 triệu đồng. Theo lời ông, đã có 46 hộ trong bon làm theo.
Là người theo đạo Công giáo, già K'Brơi luôn nhắc bà con sống "tốt đời, đẹp đạo", đi lễ nhưng không bỏ lễ hội đâm trâu, không bỏ tiếng cồng chiêng. Linh mục Giuse Nguyễn Hữu Đức, chánh xứ giáo xứ Đạ Nghịt nhận xét: "Già làng là cầu nối giữa giáo xứ với chính quyền, việc gì khó trong bon có ông là xong".
Ông Bon Niêng Ha Thuận, Phó Trưởng Ban Dân tộc tỉnh cho biết, toàn tỉnh hiện có 488 người có uy tín trong đồng bào dân tộc thiểu số, được hưởng chế độ theo Quyết định 12/2018/QĐ-TTg của Thủ tướng Chính phủ và Kế hoạch số 2950/KH-UBND ngày 12/5/2021 của UBND tỉnh. Già K'Brơi là một trong 20 người có uy tín tiêu biểu được UBND tỉnh tặng bằng khen năm 2021.
Hỏi ông mong muốn gì, già làng cười: "Mong con cháu trong bon học hết lớp 12, có nghề, không ai còn nghèo". Hiện bon Đạ Nghịt chỉ còn 4 hộ nghèo trên tổng số 215 hộ; 100% trẻ em trong độ tuổi được đến trường.
Chiều muộn, tiếng cồng chiêng lại vang lên ở nhà dài. Già K'Brơi ngồi bên bếp lửa, dạy mấy đứa cháu bài hát ru của người K'Ho, như cách ông đã giữ bon làng suốt mấy chục năm qua. Ông bảo, còn sức thì còn đi vận động, vì "cái bụng dân có yên thì bon làng mới yên".
Những năm gần đây, bon Đạ Nghịt còn trở thành điểm du lịch cộng đồng của xã Lát. Nhiều đoàn khách đến nghe già làng kể chuyện xưa, thưởng thức rượu cần, xem thanh niên trong bon diễn tấu cồng chiêng. Ông luôn dặn con cháu giữ nếp nhà dài, giữ rừng đầu nguồn, không bán đất cho người lạ.
Ngọc Ánh
Lượt xem: 1.342
Tin liên quan
- Đam Rông: tôn vinh 30 người có uy tín tiêu biểu (10/05/2022)
- Già làng giữ rừng ở Bảo Lâm (25/04/2022)
- Hỗ trợ 150 hộ đồng bào K'Ho chuyển đổi cây trồng (12/04/2022)
""", "2022-05-18", "\"Cây cao bóng cả\" của bon Đạ Nghịt",
E("khac", None, None),
[P("K'Brơi", "Già làng"),
 P("Ha Pin", "Bí thư Chi bộ bon Đạ Nghịt"),
 P("Kră Jăn K'Thưng", "Chủ tịch UBND xã Lát"),
 P("Giuse Nguyễn Hữu Đức", "Linh mục", "chánh xứ giáo xứ Đạ Nghịt"),
 P("Bon Niêng Ha Thuận", "Phó Trưởng Ban Dân tộc tỉnh")],
[Q("5 vụ tranh chấp đất rẫy", 5, "vụ tranh chấp đất rẫy"), Q("1.200 m2", 1200, "m2"), Q("2.500 m2", 2500, "m2"),
 Q("2,5 ha", 2.5, "ha"), Q("trên 300 triệu đồng", 300000000, "đồng", "over"), Q("46 hộ", 46, "hộ"),
 Q("488 người có uy tín", 488, "người có uy tín"), Q("20 người có uy tín tiêu biểu", 20, "người có uy tín tiêu biểu"),
 Q("4 hộ nghèo", 4, "hộ nghèo"), Q("215 hộ", 215, "hộ"), Q("100%", 100, "%")],
[D("Quyết định", "12", "2018/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 12/2018/QĐ-TTg"),
 D("Kế hoạch", "2950", "KH-UBND", "2021-05-12", "UBND tỉnh", "Kế hoạch số 2950/KH-UBND ngày 12/5/2021")],
[prov("Lâm Đồng"), com("Lát")],
["BÁO LÂM ĐỒNG ĐIỆN TỬ", "Xã hội > Dân tộc - Tôn giáo > Gương sáng",
 "Già làng K'Brơi (bên phải) hướng dẫn thanh niên trong bon chăm sóc cà phê. Ảnh: Ngọc Ánh", "Tin lành Đê Ga",
 "tốt đời, đẹp đạo", "Tổ hòa giải", "Đạ Nghịt", "Lượt xem: 1.342"],
["18/05/2022 06:00", "tuổi 72", "năm 2021", "lớp 12", "mấy chục năm", "Lượt xem: 1.342"]))

PAGES.append(page("b9402-quangtri-bdv-giamsat-nguoicouytin-2022", """
BAN DÂN VẬN TỈNH ỦY QUẢNG TRỊ
Trang chủ :: Tin hoạt động :: Kiểm tra, giám sát
Thứ Sáu - 09/09/2022 08:15
Đoàn giám sát làm việc tại xã A Ngo. Ảnh: Hồ Thủy
Giám sát thực hiện chính sách đối với người có uy tín ở Đakrông và Hướng Hóa
Từ ngày 6 đến 8/9/2022, đoàn giám sát của Ban Dân vận Tỉnh ủy Quảng Trị do đồng chí Hồ Văn Lai, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy làm trưởng đoàn đã giám sát việc thực hiện chế độ, chính sách đối với người có uy tín trong đồng bào dân tộc thiểu số tại huyện Đakrông và huyện Hướng Hóa.
Thành viên đoàn gồm các đồng chí Phó Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy: Lê Thị Thu Hà, Pi Hiêng; đại diện Ban Dân tộc tỉnh và Ủy ban MTTQ Việt Nam tỉnh. Cuộc giám sát thực hiện theo Kế hoạch số 86-KH/BDVTU ngày 5/8/2022 của Ban Dân vận Tỉnh ủy và Quy định 124-QĐ/TW của Ban Bí thư về giám sát của Mặt trận Tổ quốc, các đoàn thể chính trị - xã hội.
Qua làm việc với Ban Thường vụ hai huyện ủy và trực tiếp tại xã A Ngo, xã Tà Long, xã Hướng Phùng, đoàn ghi nhận: hai huyện hiện có 217 người có uy tín người Vân Kiều, Pa Kô; từ năm 2019 đến nay đã cấp phát đầy đủ báo, tặng quà Tết, thăm hỏi 64 lượt người có uy tín ốm đau; tổng kinh phí hơn 1,1 tỷ đồng. Người có uy tín đã tham gia hòa giải thành 39 vụ việc, vận động 12 hộ từ bỏ "Tin lành Đấng Christ" và hơn 300 hộ không trồng cây cần sa.
Bên cạnh đó, việc bình chọn người có uy tín ở một số thôn còn chưa đúng quy trình, có nơi bình chọn cả cán bộ thôn đương nhiệm; kinh phí thăm hỏi khi ốm đau còn thấp, mới 500.000 đồng/lượt. Ông Căn Nọ, già làng thôn A Sóc, xã A Ngo kiến nghị được tham gia các buổi họp của Đảng ủy xã để nắm chủ trương kịp thời. Bà Hồ Thị Pỏ, người có uy tín thôn Xa Rúc, xã Hướng Phùng đề nghị có tài liệu tuyên truyền bằng tiếng Vân Kiều.
Đồng chí Hồ Văn Nhân, HUV, Trưởng Ban Dân vận Huyện ủy Đakrông tiếp thu và cho biết huyện sẽ rà soát lại danh sách trong đợt bình chọn cuối năm.
Kết thúc giám sát, đồng chí Hồ Văn Lai đề nghị hai huyện thực hiện nghiêm Quyết định số 12/2018/QĐ-TTg ngày 06/3/2018 của Thủ tướng Chính phủ; công khai danh sách người có uy tín tại nhà văn hóa thôn; tổ chức cho người có uy tín đi tham quan, học tập kinh nghiệm; phối hợp với Đồn Biên phòng nắm tình hình các thôn giáp biên. Kết quả giám sát sẽ được báo cáo Ban Thường vụ Tỉnh ủy trong tháng 10.
Đoàn cũng đề nghị Ban Dân tộc tỉnh tham mưu UBND tỉnh kiến nghị Trung ương nâng mức hỗ trợ thăm hỏi người có uy tín; đồng thời tăng cường tập huấn kỹ năng hòa giải, tuyên truyền pháp luật cho người có uy tín là phụ nữ, người trẻ tuổi ở các thôn vùng sâu.
Hồ Thủy
Lượt xem: 198
Tin khác
- Giám sát thực hiện Quy chế dân chủ tại Gio Linh (30/08/2022)
- Hội nghị giao ban khối dân vận quý III (18/08/2022)
- Trao 100 suất quà cho người có uy tín (10/08/2022)
""", "2022-09-09", "Giám sát thực hiện chính sách đối với người có uy tín ở Đakrông và Hướng Hóa",
E("giam_sat", None, "2022-09-06"),
[P("Hồ Văn Lai", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Lê Thị Thu Hà", "Phó Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy"),
 P("Pi Hiêng", "Phó Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy"),
 P("Căn Nọ", "già làng thôn A Sóc"),
 P("Hồ Thị Pỏ", "người có uy tín thôn Xa Rúc"),
 P("Hồ Văn Nhân", "HUV", "Trưởng Ban Dân vận Huyện ủy Đakrông")],
[Q("217 người có uy tín", 217, "người có uy tín"), Q("64 lượt người có uy tín", 64, "lượt người có uy tín"),
 Q("hơn 1,1 tỷ đồng", 1100000000, "đồng", "over"), Q("39 vụ việc", 39, "vụ việc"), Q("12 hộ", 12, "hộ"),
 Q("hơn 300 hộ", 300, "hộ", "over"), Q("500.000 đồng/lượt", 500000, "đồng")],
[D("Kế hoạch", "86", "KH/BDVTU", "2022-08-05", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 86-KH/BDVTU ngày 5/8/2022"),
 D("Quy định", "124", "QĐ/TW", None, "Ban Bí thư", "Quy định 124-QĐ/TW"),
 D("Quyết định", "12", "2018/QĐ-TTg", "2018-03-06", "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg ngày 06/3/2018")],
[prov("Quảng Trị"), com("A Ngo"), com("Tà Long"), com("Hướng Phùng")],
["BAN DÂN VẬN TỈNH ỦY QUẢNG TRỊ", "Trang chủ :: Tin hoạt động :: Kiểm tra, giám sát", "Đoàn giám sát làm việc tại xã A Ngo. Ảnh: Hồ Thủy",
 "Tin lành Đấng Christ", "Đồn Biên phòng", "Lượt xem: 198"],
["Thứ Sáu - 09/09/2022 08:15", "năm 2019", "tháng 10", "Lượt xem: 198"]))

PAGES.append(page("b9403-nghean-bdv-giangsinh-traoqua-2023", """
BÁO NGHỆ AN
Thời sự | Tôn giáo
Ngày 22/12/2023 | 14:10
Thăm, tặng quà giáo dân nghèo nhân dịp Lễ Giáng sinh 2023
Ngày 21/12, đoàn công tác của Tỉnh ủy, UBND, Ủy ban MTTQ Việt Nam tỉnh Nghệ An do đồng chí Hoàng Văn Nhạn, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy dẫn đầu đã đến thăm, chúc mừng Tòa Giám mục Giáo phận Vinh và trao 200 suất quà cho giáo dân có hoàn cảnh khó khăn nhân dịp Lễ Giáng sinh 2023.
Đồng chí Hoàng Văn Nhạn tặng hoa chúc mừng Tòa Giám mục. Ảnh: Thành Duy
Thay mặt lãnh đạo tỉnh, đồng chí Hoàng Văn Nhạn gửi lời chúc mừng Giáng sinh an lành đến các giám mục, linh mục, tu sĩ và hơn 280.000 đồng bào Công giáo trong tỉnh; ghi nhận giáo phận đã tích cực hướng dẫn giáo dân sống "tốt đời, đẹp đạo", tham gia phong trào xây dựng nông thôn mới, góp gần 27 tỷ đồng làm đường giao thông, nhà văn hóa trong năm 2023; nhiều giáo xứ đạt chuẩn "Giáo xứ văn hóa".
Linh mục Giuse Trần Đình Lợi, Tổng Đại diện Giáo phận Vinh cảm ơn sự quan tâm của cấp ủy, chính quyền; mong tỉnh tiếp tục giải quyết các kiến nghị về đất đai của 6 giáo xứ theo đúng quy định của Luật Đất đai và Nghị định 162/2017/NĐ-CP của Chính phủ.
Cùng ngày, các đoàn do các đồng chí Phó Chủ tịch UBND tỉnh Bùi Thanh An, Lê Hồng Vinh dẫn đầu đã đến thăm, tặng quà giáo xứ Xã Đoài (xã Nghi Diên), giáo họ Huồi Tụ (xã Huồi Tụ, huyện Kỳ Sơn). Mỗi suất quà trị giá 1 triệu đồng, gồm tiền mặt và nhu yếu phẩm; tổng trị giá quà tặng đợt này là 200 triệu đồng, trích từ Quỹ "Vì người nghèo" tỉnh.
Tại giáo họ Huồi Tụ, ông Lầu Bá Chồng, người có uy tín bản Huồi Tụ 2, trùm họ giáo họ Huồi Tụ cho biết giáo họ có 47 hộ đồng bào Mông theo đạo, đời sống còn nhiều khó khăn. Bà Vi Thị Hòa, Trưởng Ban Dân vận Huyện ủy Kỳ Sơn cho biết huyện đã hỗ trợ giáo họ 15 con bò giống theo Kế hoạch số 115-KH/HU của Ban Thường vụ Huyện ủy.
Thực hiện Hướng dẫn 32, 33-HD/BDVTU của Ban Dân vận Tỉnh ủy về vận động đồng bào Công giáo và về xây dựng mô hình "Dân vận khéo" ở vùng giáo, năm 2023 toàn tỉnh có 126 mô hình vùng giáo được công nhận. Các cấp ủy tiếp tục thực hiện Chỉ thị 18-CT/TW của Ban Bí thư về công tác đối với đạo Công giáo trong tình hình mới.
Trong dịp này, các huyện, thị xã có đông đồng bào Công giáo như Yên Thành, Quỳnh Lưu, Nghi Lộc cũng tổ chức các đoàn thăm, chúc mừng các giáo xứ trên địa bàn, trao tổng cộng 1.350 suất quà cho gia đình giáo dân nghèo, gia đình chính sách.
Thành Duy
Lượt xem: 856
Tin cùng chuyên mục
- Gặp mặt các chức sắc tôn giáo nhân dịp cuối năm (15/12/2023)
- Quỳnh Lưu ra mắt 12 giáo xứ "Bình yên" (02/12/2023)
- Tập huấn Luật Tín ngưỡng, tôn giáo cho 200 học viên (25/11/2023)
""", "2023-12-22", "Thăm, tặng quà giáo dân nghèo nhân dịp Lễ Giáng sinh 2023",
E("trao_qua", None, "2023-12-21"),
[P("Hoàng Văn Nhạn", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Giuse Trần Đình Lợi", "Linh mục", "Tổng Đại diện Giáo phận Vinh"),
 P("Bùi Thanh An", "Phó Chủ tịch UBND tỉnh"),
 P("Lê Hồng Vinh", "Phó Chủ tịch UBND tỉnh"),
 P("Lầu Bá Chồng", "người có uy tín bản Huồi Tụ 2", "trùm họ giáo họ Huồi Tụ"),
 P("Vi Thị Hòa", "Trưởng Ban Dân vận Huyện ủy Kỳ Sơn")],
[Q("200 suất quà", 200, "suất quà"), Q("hơn 280.000 đồng bào Công giáo", 280000, "đồng bào Công giáo", "over"),
 Q("gần 27 tỷ đồng", 27000000000, "đồng", "approx"), Q("6 giáo xứ", 6, "giáo xứ"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("200 triệu đồng", 200000000, "đồng"), Q("47 hộ đồng bào Mông", 47, "hộ đồng bào Mông"), Q("15 con bò giống", 15, "con bò giống"),
 Q("126 mô hình", 126, "mô hình"), Q("1.350 suất quà", 1350, "suất quà")],
[D("Nghị định", "162", "2017/NĐ-CP", None, "Chính phủ", "Nghị định 162/2017/NĐ-CP"),
 D("Kế hoạch", "115", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 115-KH/HU"),
 D("Hướng dẫn", "32", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn 32, 33-HD/BDVTU"),
 D("Hướng dẫn", "33", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn 32, 33-HD/BDVTU"),
 D("Chỉ thị", "18", "CT/TW", None, "Ban Bí thư", "Chỉ thị 18-CT/TW")],
[prov("Nghệ An"), com("Nghi Diên"), com("Huồi Tụ")],
["BÁO NGHỆ AN", "Thời sự | Tôn giáo", "Đồng chí Hoàng Văn Nhạn tặng hoa chúc mừng Tòa Giám mục. Ảnh: Thành Duy",
 "tốt đời, đẹp đạo", "Giáo xứ văn hóa", "Luật Đất đai", "Vì người nghèo", "Dân vận khéo", "Lượt xem: 856"],
["Ngày 22/12/2023 | 14:10", "Giáng sinh 2023", "năm 2023", "Lượt xem: 856"]))

PAGES.append(page("b9404-sonla-daihoi-dtts-lan4-2024", """
Cổng Thông tin điện tử tỉnh Sơn La
Trang chủ / Tin tức sự kiện / Tin hoạt động
2024-08-16 09:30
Toàn cảnh Đại hội. Ảnh: Quàng Thị Thủy
Sơn La: 350 đại biểu dự Đại hội đại biểu các dân tộc thiểu số lần thứ IV
Ngày 15/8/2024, tại Hội trường Trung tâm Hội nghị tỉnh, UBND tỉnh Sơn La tổ chức Đại hội đại biểu các dân tộc thiểu số tỉnh Sơn La lần thứ IV, năm 2024 với chủ đề "Các dân tộc tỉnh Sơn La đoàn kết, đổi mới, sáng tạo, khai thác tiềm năng, lợi thế, hội nhập và phát triển bền vững". Dự Đại hội có 350 đại biểu chính thức đại diện cho 12 dân tộc của tỉnh.
Đồng chí Lường Văn Pản, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo Đại hội phát biểu khai mạc. Dự Đại hội có đồng chí Y Vinh Mlô, Thứ trưởng, Phó Chủ nhiệm Ủy ban Dân tộc.
Báo cáo chính trị do bà Hà Thị Lả, Trưởng Ban Dân tộc tỉnh trình bày cho biết, giai đoạn 2019 - 2024 tỉnh đã huy động trên 18.600 tỷ đồng đầu tư phát triển vùng đồng bào dân tộc thiểu số, trong đó thực hiện Quyết định 1719/QĐ-TTg của Thủ tướng Chính phủ giải ngân hơn 2.900 tỷ đồng. Tỷ lệ hộ nghèo giảm bình quân 3,2%/năm; 100% xã có đường ô tô đến trung tâm. Toàn tỉnh có 2.937 người có uy tín được hưởng chính sách theo Quyết định 28/2023/QĐ-TTg.
Công tác tôn giáo ở vùng đồng bào Mông được quan tâm. Đại hội ghi nhận 87 điểm nhóm Tin lành đã được đăng ký sinh hoạt tập trung; các hoạt động "Giê Sùa" (Vàng Chứ) cơ bản được ngăn chặn. Tỉnh cũng đã triển khai Nghị quyết 06, 07-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về phát triển văn hóa các dân tộc và về đào tạo cán bộ người dân tộc thiểu số.
Tại Đại hội, 6 tham luận đã được trình bày. Ông Mùa A Chớ, người có uy tín bản Pá Khôm, xã Long Hẹ, kể việc cả bản Mông bỏ tục cúng ma tốn kém. Bà Lò Thị Xuân, Bí thư Chi bộ kiêm Trưởng bản Hua Păng, xã Mường Sại chia sẻ mô hình trồng xoài tạo việc làm cho 65 lao động. Ông Vì Văn Sẹo, dân tộc Xinh Mun, người có uy tín bản Nà Lốc, xã Chiềng On, nói về việc giữ gìn tiếng nói, chữ viết của dân tộc mình.
Phát biểu chỉ đạo, đồng chí Y Vinh Mlô đề nghị Sơn La thực hiện hiệu quả Kết luận 65-KL/TW của Bộ Chính trị về công tác dân tộc; quan tâm bố trí đất ở, đất sản xuất cho các hộ di dân tái định cư thủy điện.
Đại hội đã khen thưởng 60 tập thể, 95 cá nhân tiêu biểu; bầu 27 đại biểu đi dự Đại hội đại biểu toàn quốc các dân tộc thiểu số Việt Nam lần thứ III, do đồng chí Cầm Văn Tiến, Phó Chủ tịch UBND tỉnh làm trưởng đoàn. Đồng chí Cầm Văn Tiến cũng được phân công làm trưởng đoàn đại biểu của tỉnh.
Quàng Thủy
Số lượt truy cập: 3.487.112
Tin liên quan
- Thuận Châu tổ chức Đại hội đại biểu các dân tộc thiểu số lần thứ IV (14/06/2024)
- Gặp mặt 300 người có uy tín tiêu biểu (20/05/2024)
- Trao 150 phần quà cho người có uy tín (10/02/2024)
""", "2024-08-16", "Sơn La: 350 đại biểu dự Đại hội đại biểu các dân tộc thiểu số lần thứ IV",
E("dai_hoi", "2024", "2024-08-15"),
[P("Lường Văn Pản", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh", "Trưởng Ban Chỉ đạo Đại hội"),
 P("Y Vinh Mlô", "Thứ trưởng", "Phó Chủ nhiệm Ủy ban Dân tộc"),
 P("Hà Thị Lả", "Trưởng Ban Dân tộc tỉnh"),
 P("Mùa A Chớ", "người có uy tín bản Pá Khôm"),
 P("Lò Thị Xuân", "Bí thư Chi bộ kiêm Trưởng bản Hua Păng"),
 P("Vì Văn Sẹo", "người có uy tín bản Nà Lốc"),
 P("Cầm Văn Tiến", "Phó Chủ tịch UBND tỉnh")],
[Q("350 đại biểu chính thức", 350, "đại biểu chính thức"), Q("12 dân tộc", 12, "dân tộc"),
 Q("trên 18.600 tỷ đồng", 18600000000000, "đồng", "over"), Q("hơn 2.900 tỷ đồng", 2900000000000, "đồng", "over"),
 Q("3,2%/năm", 3.2, "%"), Q("100%", 100, "%"), Q("2.937 người có uy tín", 2937, "người có uy tín"),
 Q("87 điểm nhóm Tin lành", 87, "điểm nhóm Tin lành"), Q("6 tham luận", 6, "tham luận"), Q("65 lao động", 65, "lao động"),
 Q("60 tập thể", 60, "tập thể"), Q("95 cá nhân tiêu biểu", 95, "cá nhân tiêu biểu"), Q("27 đại biểu", 27, "đại biểu")],
[D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 1719/QĐ-TTg"),
 D("Quyết định", "28", "2023/QĐ-TTg", None, None, "Quyết định 28/2023/QĐ-TTg"),
 D("Nghị quyết", "06", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết 06, 07-NQ/TU"),
 D("Nghị quyết", "07", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết 06, 07-NQ/TU"),
 D("Kết luận", "65", "KL/TW", None, "Bộ Chính trị", "Kết luận 65-KL/TW")],
[prov("Sơn La"), com("Long Hẹ"), com("Mường Sại"), com("Chiềng On")],
["Cổng Thông tin điện tử tỉnh Sơn La", "Trang chủ / Tin tức sự kiện / Tin hoạt động", "Toàn cảnh Đại hội. Ảnh: Quàng Thị Thủy",
 "Các dân tộc tỉnh Sơn La đoàn kết, đổi mới, sáng tạo, khai thác tiềm năng, lợi thế, hội nhập và phát triển bền vững",
 "Giê Sùa", "Vàng Chứ", "Số lượt truy cập: 3.487.112"],
["2024-08-16 09:30", "lần thứ IV", "năm 2024", "giai đoạn 2019 - 2024", "lần thứ III", "Số lượt truy cập: 3.487.112"]))

PAGES.append(page("b9405-kiengiang-bandantoc-taphuan-chucsac-2024", """
BAN DÂN TỘC TỈNH KIÊN GIANG
Trang chủ » Tin tức » Hoạt động của Ban
25 tháng 10, 2024 | 15:00
Tập huấn pháp luật cho chức sắc, chức việc Phật giáo Nam tông Khmer
Sáng 24/10/2024, tại thành phố Rạch Giá, Ban Dân tộc tỉnh Kiên Giang khai mạc lớp tập huấn, bồi dưỡng kiến thức pháp luật năm 2024 cho 150 học viên là chức sắc, chức việc Phật giáo Nam tông Khmer, achar và người có uy tín trong đồng bào dân tộc thiểu số. Lớp học diễn ra trong 3 ngày.
Đại đức Danh Sóc Phon phát biểu ý kiến tại lớp tập huấn.
Phát biểu khai mạc, ông Danh Út, Phó Trưởng Ban Phụ trách Ban Dân tộc tỉnh cho biết, toàn tỉnh có 77 chùa Phật giáo Nam tông Khmer với hơn 1.700 sư sãi; 210 người có uy tín được hưởng chính sách theo Quyết định 28/2023/QĐ-TTg của Thủ tướng Chính phủ. Lớp tập huấn được mở theo Kế hoạch số 210/KH-BDT ngày 15/8/2024 của Ban Dân tộc tỉnh.
Trong chương trình, học viên được nghe ThS. Trần Văn Nhã, giảng viên Trường Chính trị tỉnh giới thiệu những điểm mới của Nghị định 95/2023/NĐ-CP của Chính phủ quy định chi tiết và biện pháp thi hành Luật Tín ngưỡng, tôn giáo; Thượng tá Danh Hoàng, Phó Trưởng phòng An ninh đối nội Công an tỉnh thông tin về phương thức các tổ chức phản động lợi dụng vấn đề "Khmer Krom" để kích động. Bà Thị Sa Phon, Phó Trưởng phòng Chính sách dân tộc trình bày kỹ năng vận động, hòa giải ở phum, sóc.
Trao đổi tại lớp, Đại đức Danh Sóc Phon, trụ trì chùa Láng Cát, xã Mong Thọ B, đề nghị hướng dẫn cụ thể thủ tục đăng ký người vào tu, thuyên chuyển sư sãi giữa các chùa. Ông Danh Thanh, achar chùa Khlang Ông, xã Hòa Chánh cho biết ban quản trị chùa đã vận động 32 hộ Khmer cho con em học chữ Khmer hè. Hòa thượng Danh Nhem, Ủy viên Thường trực Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, mong tỉnh tiếp tục hỗ trợ tu sửa 9 ngôi chùa xuống cấp.
Theo kế hoạch, năm 2024 Ban Dân tộc tỉnh tổ chức 4 lớp tập huấn cho chức sắc, người có uy tín với tổng kinh phí 420 triệu đồng; mỗi học viên được hỗ trợ 200.000 đồng/ngày. Ngoài ra, tỉnh tổ chức cho 40 người có uy tín tiêu biểu đi tham quan, học tập kinh nghiệm tại tỉnh Sóc Trăng.
Thời gian qua, các chùa Khmer trong tỉnh đã phối hợp với chính quyền địa phương vận động bà con tham gia xây dựng nông thôn mới, hiến đất làm đường, hỗ trợ học sinh nghèo. Nhiều vị sư cả, achar là thành viên Ủy ban MTTQ xã, góp ý kịp thời cho cấp ủy, chính quyền về tâm tư của đồng bào trong phum, sóc.
Hồng Phúc
Lượt xem: 263
Tin khác
- Tặng quà Tết Sene Dolta cho 77 chùa Khmer (28/09/2024)
- Hòn Đất: 25 người có uy tín được tập huấn (10/09/2024)
- Bàn giao 30 căn nhà cho hộ Khmer nghèo (22/08/2024)
""", "2024-10-25", "Tập huấn pháp luật cho chức sắc, chức việc Phật giáo Nam tông Khmer",
E("tap_huan", "2024", "2024-10-24"),
[P("Danh Út", "Phó Trưởng Ban Phụ trách Ban Dân tộc tỉnh"),
 P("Trần Văn Nhã", "ThS.", "giảng viên Trường Chính trị tỉnh"),
 P("Danh Hoàng", "Thượng tá", "Phó Trưởng phòng An ninh đối nội Công an tỉnh"),
 P("Thị Sa Phon", "Phó Trưởng phòng Chính sách dân tộc"),
 P("Danh Sóc Phon", "Đại đức", "trụ trì chùa Láng Cát"),
 P("Danh Thanh", "achar chùa Khlang Ông"),
 P("Danh Nhem", "Hòa thượng", "Ủy viên Thường trực Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh",
   "Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh")],
[Q("150 học viên", 150, "học viên"), Q("77 chùa Phật giáo Nam tông Khmer", 77, "chùa Phật giáo Nam tông Khmer"),
 Q("hơn 1.700 sư sãi", 1700, "sư sãi", "over"), Q("210 người có uy tín", 210, "người có uy tín"), Q("32 hộ Khmer", 32, "hộ Khmer"),
 Q("9 ngôi chùa", 9, "ngôi chùa"), Q("4 lớp tập huấn", 4, "lớp tập huấn"), Q("420 triệu đồng", 420000000, "đồng"),
 Q("200.000 đồng/ngày", 200000, "đồng"), Q("40 người có uy tín tiêu biểu", 40, "người có uy tín tiêu biểu")],
[D("Quyết định", "28", "2023/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 28/2023/QĐ-TTg"),
 D("Kế hoạch", "210", "KH-BDT", "2024-08-15", "Ban Dân tộc tỉnh", "Kế hoạch số 210/KH-BDT ngày 15/8/2024"),
 D("Nghị định", "95", "2023/NĐ-CP", None, "Chính phủ", "Nghị định 95/2023/NĐ-CP")],
[prov("Kiên Giang"), com("Mong Thọ B"), com("Hòa Chánh")],
["BAN DÂN TỘC TỈNH KIÊN GIANG", "Trang chủ » Tin tức » Hoạt động của Ban", "Đại đức Danh Sóc Phon phát biểu ý kiến tại lớp tập huấn.",
 "Khmer Krom", "Luật Tín ngưỡng, tôn giáo", "Hội Đoàn kết sư sãi yêu nước tỉnh", "Lượt xem: 263"],
["25 tháng 10, 2024 | 15:00", "năm 2024", "3 ngày", "Lượt xem: 263"]))

PAGES.append(page("b9406-daknong-btgdv-giaoban-q1-2025", """
ĐẢNG BỘ TỈNH ĐẮK NÔNG
Trang chủ > Tin tức > Tuyên giáo và Dân vận
Thứ Sáu, 11/04/2025 - 16:45
Đồng chí Điểu Đăm chủ trì buổi giao ban.
Giữ vững ổn định vùng đồng bào dân tộc thiểu số, vùng có đạo
Ngày 10/4, Ban Tuyên giáo và Dân vận Tỉnh ủy Đắk Nông tổ chức giao ban công tác dân tộc, tôn giáo và dân vận chính quyền quý I năm 2025 với Sở Dân tộc và Tôn giáo, Ủy ban MTTQ Việt Nam tỉnh và 8 huyện, thành phố. Đồng chí Điểu Đăm, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì.
Đây là cuộc giao ban đầu tiên sau khi Ban Tuyên giáo và Ban Dân vận Tỉnh ủy hợp nhất, Ban Dân tộc tỉnh và mảng tôn giáo của Sở Nội vụ được tổ chức lại thành Sở Dân tộc và Tôn giáo. Báo cáo tại buổi giao ban do đồng chí H'Loan, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy trình bày cho biết, quý I tình hình vùng đồng bào Mnông, Mạ, Ê Đê và đồng bào các dân tộc phía Bắc di cư vào cơ bản ổn định. Toàn tỉnh có 6 tôn giáo với khoảng 174.000 tín đồ; các lễ Phục sinh, Tết Nguyên đán diễn ra an toàn.
Trong quý, các lực lượng đã vận động 27 hộ đồng bào Mông di cư tự do ổn định chỗ ở; tuyên truyền để 11 hộ từ bỏ "Hội thánh Đức Chúa Trời Mẹ". Các địa phương đã tổ chức gặp mặt, tặng quà Tết cho 412 người có uy tín, tổng kinh phí hơn 247 triệu đồng. Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch 12, 13-KH/BTGDVTU về triển khai Kết luận 121-KL/TW ngày 24/01/2025 của Ban Chấp hành Trung ương và về công tác vận động đồng bào theo đạo Tin lành năm 2025.
Tại buổi giao ban, ông Y Thinh, Phó Giám đốc Sở Dân tộc và Tôn giáo cho biết Sở đang rà soát, bình chọn lại người có uy tín theo Quyết định 28/2023/QĐ-TTg; đồng chí Điểu Kim Thoa, HUV, Trưởng Ban Dân vận Huyện ủy Tuy Đức phản ánh 3 điểm nhóm Tin lành ở xã Quảng Tân chưa đủ điều kiện đăng ký. Đồng chí Thị Hồng Nhung, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh đề nghị các huyện quan tâm vận động đồng bào tham gia phong trào "Cả nước chung tay xóa nhà tạm, nhà dột nát", phấn đấu hoàn thành 786 căn nhà trước ngày 30/6/2025.
Kết luận buổi giao ban, đồng chí Điểu Đăm yêu cầu quý II các đơn vị không để gián đoạn công việc khi sắp xếp bộ máy; chủ động nắm tình hình các buôn, bon khi sáp nhập đơn vị hành chính cấp xã, tổ chức chính quyền địa phương hai cấp; tuyên truyền để người dân, chức sắc tôn giáo hiểu, đồng thuận với chủ trương của Đảng, Nhà nước.
Đồng chí cũng lưu ý tiếp tục chăm lo đời sống người có uy tín, xử lý kịp thời các vụ việc phát sinh; không để các đối tượng lợi dụng việc sắp xếp tổ chức bộ máy để tuyên truyền xuyên tạc, kích động đồng bào. Các cơ quan phải bảo đảm thông tin hai chiều thông suốt, báo cáo kịp thời.
Phương Linh
Lượt xem: 402
Tin liên quan
- Giao ban khối dân vận quý IV năm 2024 (10/01/2025)
- Trao 150 phần quà cho người có uy tín dịp Tết (20/01/2025)
- Đắk Glong: gặp mặt chức sắc tôn giáo đầu xuân (12/02/2025)
""", "2025-04-11", "Giữ vững ổn định vùng đồng bào dân tộc thiểu số, vùng có đạo",
E("giao_ban", "2025-Q1", "2025-04-10"),
[P("Điểu Đăm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("H'Loan", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Y Thinh", "Phó Giám đốc Sở Dân tộc và Tôn giáo"),
 P("Điểu Kim Thoa", "HUV", "Trưởng Ban Dân vận Huyện ủy Tuy Đức"),
 P("Thị Hồng Nhung", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("8 huyện, thành phố", 8, "huyện, thành phố"), Q("6 tôn giáo", 6, "tôn giáo"), Q("khoảng 174.000 tín đồ", 174000, "tín đồ", "approx"),
 Q("27 hộ đồng bào Mông di cư tự do", 27, "hộ đồng bào Mông di cư tự do"), Q("11 hộ", 11, "hộ"),
 Q("412 người có uy tín", 412, "người có uy tín"), Q("hơn 247 triệu đồng", 247000000, "đồng", "over"),
 Q("3 điểm nhóm Tin lành", 3, "điểm nhóm Tin lành"), Q("786 căn nhà", 786, "căn nhà")],
[D("Kế hoạch", "12", "KH/BTGDVTU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 12, 13-KH/BTGDVTU"),
 D("Kế hoạch", "13", "KH/BTGDVTU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 12, 13-KH/BTGDVTU"),
 D("Kết luận", "121", "KL/TW", "2025-01-24", "Ban Chấp hành Trung ương", "Kết luận 121-KL/TW ngày 24/01/2025"),
 D("Quyết định", "28", "2023/QĐ-TTg", None, None, "Quyết định 28/2023/QĐ-TTg")],
[prov("Đắk Nông"), com("Quảng Tân")],
["ĐẢNG BỘ TỈNH ĐẮK NÔNG", "Trang chủ > Tin tức > Tuyên giáo và Dân vận", "Đồng chí Điểu Đăm chủ trì buổi giao ban.",
 "Hội thánh Đức Chúa Trời Mẹ", "Cả nước chung tay xóa nhà tạm, nhà dột nát", "Lượt xem: 402"],
["Thứ Sáu, 11/04/2025 - 16:45", "quý I năm 2025", "quý II", "năm 2025", "hai cấp", "Lượt xem: 402"]))
