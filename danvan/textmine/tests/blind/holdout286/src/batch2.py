from lib import *
PAGES = []

PAGES.append(page("b6827-caobang-dean-xmc-tongket-2017", """
Báo Cao Bằng - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Cao Bằng
Trang chủ :: Giáo dục - Khoa học
Ngày đăng 24/11/2017 | 14:05
Cao Bằng: Hơn 9.800 người thoát mù chữ sau 5 năm thực hiện Đề án
Ngày 23/11, UBND tỉnh tổ chức hội nghị tổng kết 5 năm thực hiện Đề án xóa mù chữ giai đoạn 2012 - 2017 trên địa bàn tỉnh. Đồng chí Đàm Văn Eng, TUV, Phó Chủ tịch UBND tỉnh - Trưởng Ban Chỉ đạo phổ cập giáo dục, xóa mù chữ tỉnh chủ trì hội nghị.
Đồng chí Đàm Văn Eng trao Bằng khen cho các tập thể.
Báo cáo tại hội nghị cho biết, thực hiện Quyết định số 692/QĐ-TTg của Thủ tướng Chính phủ và Kế hoạch 45, 46-KH/UBND của UBND tỉnh về xóa mù chữ cho người lớn và chống tái mù chữ, sau 5 năm toàn tỉnh đã mở 612 lớp xóa mù chữ, sau xóa mù chữ, thu hút 13.450 lượt học viên; hơn 9.800 người được công nhận thoát mù chữ mức độ 1 và 4.120 người đạt mức độ 2. Đến nay 199/199 xã, phường, thị trấn đạt chuẩn xóa mù chữ mức độ 1; 8/13 huyện, thành phố đạt mức độ 2. Tỷ lệ người từ 15 đến 60 tuổi biết chữ đạt 96,8%.
Tổng kinh phí thực hiện đề án trên 27,5 tỷ đồng, trong đó ngân sách Trung ương 19 tỷ đồng, còn lại từ ngân sách địa phương và xã hội hóa. Ngành giáo dục đã huy động 1.064 lượt giáo viên tham gia dạy; Hội Liên hiệp Phụ nữ, Đoàn Thanh niên, Bộ đội Biên phòng cử hàng trăm hội viên, đoàn viên, chiến sĩ tham gia vận động và trực tiếp đứng lớp.
Tham luận tại hội nghị, bà Nông Thị Bích Huệ, Phó Giám đốc Sở Giáo dục và Đào tạo, nhấn mạnh kinh nghiệm "đến từng nhà, nắm từng người", lập sổ theo dõi người mù chữ ở từng xóm. Thượng tá Hoàng Văn Dũng, Chính trị viên Đồn Biên phòng Lý Vạn, kể về lớp học "mặt trận biên giới" do chiến sĩ đồn dạy cho 35 phụ nữ Mông, Dao ở xã Lý Quốc. Ông Lục Văn Tài, Chủ tịch UBND xã Sơn Lộ, cho biết xã gắn việc học chữ với phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa", mỗi xóm có một tủ sách nhỏ để chống tái mù chữ.
Hội nghị cũng chỉ ra những khó khăn: số người mù chữ còn lại chủ yếu là người cao tuổi, phụ nữ người Mông ở vùng cao Bảo Lạc, Bảo Lâm, Hà Quảng; học viên học không liên tục; chế độ cho giáo viên dạy xóa mù chữ mới thực hiện theo Thông tư liên tịch số 17/2014/TTLT-BGDĐT-BTC nhưng nhiều nơi chưa chi trả đủ.
Phát biểu kết luận, đồng chí Đàm Văn Eng yêu cầu giai đoạn tới gắn xóa mù chữ với thực hiện Chỉ thị số 09-CT/TU ngày 05/6/2017 của Ban Thường vụ Tỉnh ủy về xây dựng xã hội học tập, giữ vững chuẩn mức độ 1 ở tất cả các xã và phấn đấu đến năm 2020 có 100% huyện đạt mức độ 2.
Dịp này, UBND tỉnh tặng Bằng khen cho 21 tập thể, 34 cá nhân có thành tích xuất sắc trong thực hiện đề án.
Thu Trang
Tin khác
- Hà Quảng: xây dựng 30 tủ sách cộng đồng ở các xóm (10/11/2017)
- Trao học bổng cho 120 học sinh nghèo vượt khó (02/11/2017)
- Bảo Lâm khai giảng lớp xóa mù chữ cho phụ nữ Mông (18/10/2017)
""", "2017-11-24", "Cao Bằng: Hơn 9.800 người thoát mù chữ sau 5 năm thực hiện Đề án",
E("tong_ket", None, "2017-11-23"),
[P("Đàm Văn Eng", "TUV", "Phó Chủ tịch UBND tỉnh - Trưởng Ban Chỉ đạo phổ cập giáo dục, xóa mù chữ tỉnh"),
 P("Nông Thị Bích Huệ", "Phó Giám đốc Sở Giáo dục và Đào tạo"),
 P("Hoàng Văn Dũng", "Thượng tá", "Chính trị viên Đồn Biên phòng Lý Vạn"),
 P("Lục Văn Tài", "Chủ tịch UBND xã Sơn Lộ")],
[Q("Hơn 9.800 người", 9800, "người", "over"), Q("612 lớp xóa mù chữ, sau xóa mù chữ", 612, "lớp xóa mù chữ, sau xóa mù chữ"),
 Q("13.450 lượt học viên", 13450, "lượt học viên"), Q("4.120 người", 4120, "người"),
 Q("199/199 xã, phường, thị trấn", 199, "xã, phường, thị trấn"), Q("8/13 huyện, thành phố", 8, "huyện, thành phố"),
 Q("96,8%", 96.8, "%"), Q("trên 27,5 tỷ đồng", 27500000000, "đồng", "over"), Q("19 tỷ đồng", 19000000000, "đồng"),
 Q("1.064 lượt giáo viên", 1064, "lượt giáo viên"), Q("35 phụ nữ Mông, Dao", 35, "phụ nữ Mông, Dao"),
 Q("100% huyện", 100, "%"), Q("21 tập thể", 21, "tập thể"), Q("34 cá nhân", 34, "cá nhân")],
[D("Quyết định", "692", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 692/QĐ-TTg"),
 D("Kế hoạch", "45", "KH/UBND", None, "UBND tỉnh", "Kế hoạch 45, 46-KH/UBND"),
 D("Kế hoạch", "46", "KH/UBND", None, "UBND tỉnh", "Kế hoạch 45, 46-KH/UBND"),
 D("Thông tư liên tịch", "17", "2014/TTLT-BGDĐT-BTC", None, None, "Thông tư liên tịch số 17/2014/TTLT-BGDĐT-BTC"),
 D("Chỉ thị", "09", "CT/TU", "2017-06-05", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 09-CT/TU ngày 05/6/2017")],
[prov("Cao Bằng"), com("Lý Quốc"), com("Sơn Lộ")],
["Báo Cao Bằng - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Cao Bằng", "Trang chủ :: Giáo dục - Khoa học",
 "Đồng chí Đàm Văn Eng trao Bằng khen cho các tập thể.", "Toàn dân đoàn kết xây dựng đời sống văn hóa",
 "đến từng nhà, nắm từng người", "Đồn Biên phòng Lý Vạn"],
["Ngày đăng 24/11/2017 | 14:05", "5 năm", "giai đoạn 2012 - 2017", "mức độ 1", "mức độ 2", "từ 15 đến 60 tuổi", "năm 2020"]))

PAGES.append(page("b6828-baclieu-chukhmer-he-tongket-2018", """
BẠC LIÊU ONLINE
Tin tức › Văn hóa - Xã hội › Dân tộc - Tôn giáo
13 tháng 8, 2018 | 10:20
Hôm nay: Thứ Tư, 15/08/2018
Ảnh: Học viên lớp chữ Khmer hè nhận giấy khen.
Hơn 2.300 học viên hoàn thành lớp chữ Khmer hè
BL - Ngày 11/8, Ban Dân tộc tỉnh phối hợp với Sở Giáo dục và Đào tạo, Hội Đoàn kết sư sãi yêu nước tỉnh tổ chức tổng kết lớp dạy chữ Khmer hè năm 2018 tại chùa Xiêm Cán, phường Nhà Mát, thành phố Bạc Liêu.
Năm nay, toàn tỉnh có 19 chùa Khmer mở 86 lớp dạy chữ Khmer hè với 2.381 học viên, tăng 6 lớp so với năm trước. Học viên đông nhất là ở các chùa thuộc huyện Vĩnh Lợi, Hòa Bình, Phước Long. Ngoài học sinh từ lớp 1 đến lớp 12, nhiều lớp có cả người lớn tuổi, thanh niên đi làm ăn xa về quê học để đọc được chữ của dân tộc mình. Tỷ lệ học viên lên lớp đạt 94,5%.
Lớp học được tổ chức theo Kế hoạch số 76/KH-UBND ngày 20/5/2018 của UBND tỉnh và hướng dẫn của Ban Dân tộc tỉnh, với 112 giáo viên là sư sãi, giáo viên người Khmer đứng lớp. Ngân sách tỉnh hỗ trợ 245 triệu đồng, gồm tiền bồi dưỡng giáo viên 1,2 triệu đồng/người/tháng, sách giáo khoa và văn phòng phẩm; các mạnh thường quân đóng góp thêm khoảng 80 triệu đồng.
Phát biểu tại buổi tổng kết, ông Huỳnh Chí Nguyện, Phó Chủ tịch UBND tỉnh, đánh giá cao vai trò của các chùa trong việc giữ gìn tiếng nói, chữ viết Khmer, đồng thời đề nghị Hội Đoàn kết sư sãi yêu nước tỉnh vận động sư sãi tiếp tục tham gia dạy chữ, tuyên truyền chủ trương của Đảng, chính sách, pháp luật của Nhà nước đến đồng bào.
Hòa thượng Tăng Phấn, Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, chia sẻ: nhiều năm qua, sala chùa vừa là nơi tu học, vừa là lớp học chữ miễn phí cho con em phum sóc. Hòa thượng đề nghị ngành giáo dục sớm cấp bộ sách mới vì sách hiện nay đã cũ, thiếu so với số học viên.
Dịp này, Ban Dân tộc tỉnh tặng giấy khen cho 8 tập thể và 25 cá nhân; trao 150 suất học bổng, mỗi suất 500.000 đồng, cho học viên nghèo học giỏi. Ông Lâm Thanh Hùng, Trưởng Ban Dân tộc tỉnh, cho biết năm 2019 Ban sẽ đề xuất nâng mức hỗ trợ giáo viên và mở thêm lớp chữ Khmer cho cán bộ, công chức làm việc ở vùng đồng bào Khmer.
Theo đánh giá của Ban Dân tộc tỉnh, lớp chữ Khmer hè năm nay được tổ chức nề nếp hơn: các chùa lập sổ điểm danh, kiểm tra cuối khóa theo đề chung; một số chùa tổ chức thêm lớp tối cho người lớn sau giờ làm đồng. Tuy vậy, cơ sở vật chất nhiều nơi còn thiếu, bàn ghế cũ, ánh sáng chưa bảo đảm.
Tại chùa Xiêm Cán, em Thạch Thị Sa Mết, học viên lớp 3, nói: "Học xong, em đọc được truyện cổ Khmer cho bà nội nghe, bà vui lắm".
Kim Loan
Xem thêm
- Ra mắt Câu lạc bộ tiếng Khmer tại thị xã Giá Rai (30/07/2018)
- Hỗ trợ 200 bộ sách cho học sinh Khmer (12/07/2018)
- Lễ Sene Dolta sẽ tổ chức tại chùa Cô Thum (05/07/2018)
""", "2018-08-13", "Hơn 2.300 học viên hoàn thành lớp chữ Khmer hè",
E("tong_ket", "2018", "2018-08-11"),
[P("Huỳnh Chí Nguyện", "Phó Chủ tịch UBND tỉnh"),
 P("Tăng Phấn", "Hòa thượng", "Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
 P("Lâm Thanh Hùng", "Trưởng Ban Dân tộc tỉnh"),
 P("Thạch Thị Sa Mết", "học viên lớp 3")],
[Q("Hơn 2.300 học viên", 2300, "học viên", "over"), Q("19 chùa Khmer", 19, "chùa Khmer"),
 Q("86 lớp dạy chữ Khmer hè", 86, "lớp dạy chữ Khmer hè"), Q("2.381 học viên", 2381, "học viên"),
 Q("6 lớp", 6, "lớp"), Q("94,5%", 94.5, "%"), Q("112 giáo viên", 112, "giáo viên"),
 Q("245 triệu đồng", 245000000, "đồng"), Q("1,2 triệu đồng", 1200000, "đồng"),
 Q("khoảng 80 triệu đồng", 80000000, "đồng", "approx"), Q("8 tập thể", 8, "tập thể"), Q("25 cá nhân", 25, "cá nhân"),
 Q("150 suất học bổng", 150, "suất học bổng"), Q("500.000 đồng", 500000, "đồng")],
[D("Kế hoạch", "76", "KH-UBND", "2018-05-20", "UBND tỉnh", "Kế hoạch số 76/KH-UBND ngày 20/5/2018")],
[prov("Bạc Liêu"), com("Nhà Mát")],
["BẠC LIÊU ONLINE", "Tin tức › Văn hóa - Xã hội › Dân tộc - Tôn giáo", "Hôm nay: Thứ Tư, 15/08/2018",
 "Ảnh: Học viên lớp chữ Khmer hè nhận giấy khen.", "Hội Đoàn kết sư sãi yêu nước tỉnh", "chùa Xiêm Cán"],
["13 tháng 8, 2018 | 10:20", "Hôm nay: Thứ Tư, 15/08/2018", "năm 2018", "từ lớp 1 đến lớp 12", "năm 2019", "lớp 3"]))

PAGES.append(page("b6829-nghean-giaoban-xmc-quy1-2019", """
Báo Nghệ An
Giáo dục | Miền Tây
05/04/2019 - 09:50
Miền Tây xứ Nghệ: Quý I mở thêm 47 lớp xóa mù chữ
(Baonghean.vn) - Chiều 4/4, Ban Chỉ đạo phổ cập giáo dục, xóa mù chữ tỉnh Nghệ An tổ chức giao ban công tác xóa mù chữ quý I/2019 với 11 huyện miền núi. Đồng chí Lê Ngọc Hoa, Phó Chủ tịch UBND tỉnh - Trưởng Ban Chỉ đạo chủ trì.
Toàn cảnh buổi giao ban. Ảnh: Mỹ Hà
Trong quý I, các huyện đã mở thêm 47 lớp xóa mù chữ với 1.092 học viên, nâng tổng số lớp đang hoạt động lên 128 lớp, 2.870 học viên; riêng huyện Kỳ Sơn có 41 lớp, Tương Dương 23 lớp, Quế Phong 19 lớp. Học viên chủ yếu là đồng bào Mông, Khơ Mú, Thái ở các bản vùng cao, độ tuổi từ 15 đến 60. Tỷ lệ chuyên cần bình quân đạt 82%, có lớp đạt trên 95%.
Thực hiện Kế hoạch số 108/KH-UBND ngày 21/2/2019 của UBND tỉnh về xóa mù chữ năm 2019, ngành giáo dục đã cấp phát miễn phí 2.900 bộ sách, vở, bút cho học viên; các huyện bố trí 146 giáo viên dạy lớp xóa mù chữ vào buổi tối. Một số huyện đã thí điểm lồng ghép dạy chữ với tuyên truyền phòng chống mua bán người, tảo hôn.
Tại buổi giao ban, đại diện các huyện nêu khó khăn: nhiều bản chưa có điện lưới, học viên phải dùng đèn pin; thời điểm sau Tết nhiều thanh niên đi làm ăn xa khiến lớp học vắng. Ông Vi Văn Sơn, Phó Trưởng phòng Giáo dục và Đào tạo huyện Kỳ Sơn, đề nghị tỉnh hỗ trợ tiền mua pin sạc, đèn học cho các lớp ở xã Mường Lống, Huồi Tụ. Bà Lô Thị Kim Ngân, Chủ tịch Hội Liên hiệp Phụ nữ huyện Quế Phong, cho biết Hội đã vận động 312 hội viên phụ nữ đến lớp, kết hợp sinh hoạt chi hội với học chữ.
Theo ghi nhận của Ban Chỉ đạo, một số lớp tổ chức tốt như lớp ở bản Huồi Giang 2, xã Huồi Tụ, giáo viên là người Mông nên giảng bằng song ngữ, học viên tiếp thu nhanh. Ngược lại, vẫn còn lớp chỉ mở cho có, sĩ số ghi trên sổ nhiều nhưng thực tế chỉ vài người đến học; việc kiểm tra, đánh giá kết quả giai đoạn 1 ở một số huyện còn làm chậm, hồ sơ chưa đầy đủ.
Đồng chí Thái Văn Thành, Giám đốc Sở Giáo dục và Đào tạo, cho rằng cần chú ý chất lượng, tránh chạy theo số lượng lớp; mỗi học viên hoàn thành giai đoạn 1 phải đọc thông, viết thạo và làm được phép tính cộng trừ trong phạm vi 1.000.
Kết luận giao ban, đồng chí Lê Ngọc Hoa yêu cầu các huyện hoàn thành việc rà soát người mù chữ trước ngày 30/4; quý II tập trung duy trì sĩ số, không để học viên bỏ lớp trong mùa nương rẫy; Ban Chỉ đạo các huyện báo cáo định kỳ hằng tháng về Sở. Tỉnh phấn đấu năm 2019 xóa mù chữ cho ít nhất 3.000 người.
Mỹ Hà
Tin liên quan
- Kỳ Sơn: Bộ đội biên phòng dạy chữ cho đồng bào Mông (20/03/2019)
- Con Cuông xây dựng 15 tủ sách bản (12/03/2019)
- Nghệ An tổng kết công tác xóa mù chữ năm 2018 (28/12/2018)
""", "2019-04-05", "Miền Tây xứ Nghệ: Quý I mở thêm 47 lớp xóa mù chữ",
E("giao_ban", "2019-Q1", "2019-04-04"),
[P("Lê Ngọc Hoa", "Phó Chủ tịch UBND tỉnh - Trưởng Ban Chỉ đạo"),
 P("Vi Văn Sơn", "Phó Trưởng phòng Giáo dục và Đào tạo huyện Kỳ Sơn"),
 P("Lô Thị Kim Ngân", "Chủ tịch Hội Liên hiệp Phụ nữ huyện Quế Phong"),
 P("Thái Văn Thành", "Giám đốc Sở Giáo dục và Đào tạo")],
[Q("47 lớp xóa mù chữ", 47, "lớp xóa mù chữ"), Q("11 huyện miền núi", 11, "huyện miền núi"),
 Q("1.092 học viên", 1092, "học viên"), Q("128 lớp", 128, "lớp"), Q("2.870 học viên", 2870, "học viên"),
 Q("41 lớp", 41, "lớp"), Q("23 lớp", 23, "lớp"), Q("19 lớp", 19, "lớp"), Q("82%", 82, "%"),
 Q("trên 95%", 95, "%", "over"), Q("2.900 bộ sách, vở, bút", 2900, "bộ sách, vở, bút"),
 Q("146 giáo viên", 146, "giáo viên"), Q("312 hội viên phụ nữ", 312, "hội viên phụ nữ"),
 Q("ít nhất 3.000 người", 3000, "người", "over")],
[D("Kế hoạch", "108", "KH-UBND", "2019-02-21", "UBND tỉnh", "Kế hoạch số 108/KH-UBND ngày 21/2/2019")],
[prov("Nghệ An"), com("Mường Lống"), com("Huồi Tụ")],
["Báo Nghệ An", "Giáo dục | Miền Tây", "(Baonghean.vn)", "Toàn cảnh buổi giao ban. Ảnh: Mỹ Hà", "Miền Tây xứ Nghệ"],
["05/04/2019 - 09:50", "quý I/2019", "Quý I", "quý II", "từ 15 đến 60", "giai đoạn 1", "phạm vi 1.000", "năm 2019", "ngày 30/4"]))

PAGES.append(page("b6830-daklak-tiengede-congan-2019", """
CÔNG AN TỈNH ĐẮK LẮK
Trang chủ > Tin tức - Sự kiện > Xây dựng lực lượng
Thứ Năm, 21/11/2019 - 15:30
Bế giảng lớp tiếng Êđê cho 52 cán bộ, chiến sĩ công an
Chiều 19/11, Công an tỉnh Đắk Lắk phối hợp với Trường Cao đẳng Sư phạm Đắk Lắk tổ chức bế giảng và trao chứng chỉ lớp bồi dưỡng tiếng Êđê khóa III năm 2019 cho 52 cán bộ, chiến sĩ đang công tác tại công an các huyện, công an xã vùng đồng bào dân tộc thiểu số.
Dự buổi lễ có các đồng chí: Đại tá Y Rim Ayŭn, Đại tá Nguyễn Văn Lộc - Phó Giám đốc Công an tỉnh; TS. Trần Văn Hải, Phó Hiệu trưởng Trường Cao đẳng Sư phạm Đắk Lắk.
Đại tá Y Rim Ayŭn trao chứng chỉ cho học viên.
Lớp học được mở theo Kế hoạch số 215/KH-CAT-PX01 ngày 15/7/2019 của Công an tỉnh, thực hiện Quyết định số 771/QĐ-TTg ngày 26/6/2018 của Thủ tướng Chính phủ phê duyệt Đề án "Bồi dưỡng kiến thức dân tộc đối với cán bộ, công chức, viên chức giai đoạn 2018 - 2025". Trong hơn 3 tháng, học viên được học 240 tiết gồm phát âm, ngữ pháp cơ bản, giao tiếp theo tình huống nghiệp vụ như tiếp nhận tin báo, vận động đầu thú, hòa giải mâu thuẫn ở buôn; đồng thời tìm hiểu luật tục, phong tục của đồng bào Êđê.
Kết quả, 100% học viên đủ điều kiện được cấp chứng chỉ, trong đó 17 học viên đạt loại giỏi, 29 học viên loại khá. Giảng viên chính của lớp là cô H'Nhung Niê, giảng viên khoa Tiểu học - Mầm non, người có nhiều năm biên soạn tài liệu song ngữ Êđê - Việt.
Đại úy Lê Minh Tuấn, cán bộ Công an xã Ea Tul, huyện Cư M'gar, học viên đạt điểm cao nhất, chia sẻ: "Trước đây xuống buôn làm việc, nhiều lúc phải nhờ già làng phiên dịch. Bây giờ tôi đã có thể tự trò chuyện với bà con, nghe họ nói chuyện làm ăn, gia đình, nhờ vậy nắm được tình hình sớm hơn".
Phát biểu bế giảng, Đại tá Y Rim Ayŭn cho biết: từ năm 2016 đến nay, Công an tỉnh đã tổ chức 3 khóa với 148 lượt cán bộ, chiến sĩ học tiếng Êđê, tiếng M'nông. Biết tiếng dân tộc là "chìa khóa" để lực lượng công an gần dân, hiểu dân, giúp dân, nhất là trong triển khai mô hình công an chính quy về xã. Năm 2020, Công an tỉnh dự kiến mở thêm 2 lớp tiếng Êđê, 1 lớp tiếng M'nông cho khoảng 100 cán bộ, chiến sĩ, kinh phí mỗi lớp khoảng 150 triệu đồng.
Tại buổi lễ, đại diện học viên đã trình bày một tiểu phẩm bằng tiếng Êđê về tuyên truyền phòng chống ma túy, được các đại biểu đánh giá cao.
Dịp này, Giám đốc Công an tỉnh tặng giấy khen cho 5 học viên có kết quả học tập xuất sắc.
H'Xuân - Phòng Công tác Đảng và công tác chính trị
Tin khác
- Ra quân cao điểm tấn công trấn áp tội phạm dịp cuối năm (15/11/2019)
- Công an huyện Krông Bông giúp dân thu hoạch cà phê (08/11/2019)
- Trao 50 suất học bổng cho học sinh người Êđê (30/10/2019)
""", "2019-11-21", "Bế giảng lớp tiếng Êđê cho 52 cán bộ, chiến sĩ công an",
E("khac", None, "2019-11-19"),
[P("Y Rim Ayŭn", "Đại tá", "Phó Giám đốc Công an tỉnh"),
 P("Nguyễn Văn Lộc", "Đại tá", "Phó Giám đốc Công an tỉnh"),
 P("Trần Văn Hải", "TS.", "Phó Hiệu trưởng Trường Cao đẳng Sư phạm Đắk Lắk"),
 P("H'Nhung Niê", "giảng viên khoa Tiểu học - Mầm non"),
 P("Lê Minh Tuấn", "Đại úy", "cán bộ Công an xã Ea Tul")],
[Q("52 cán bộ, chiến sĩ", 52, "cán bộ, chiến sĩ"), Q("240 tiết", 240, "tiết"), Q("100% học viên", 100, "%"),
 Q("17 học viên", 17, "học viên"), Q("29 học viên", 29, "học viên"), Q("3 khóa", 3, "khóa"),
 Q("148 lượt cán bộ, chiến sĩ", 148, "lượt cán bộ, chiến sĩ"), Q("2 lớp tiếng Êđê", 2, "lớp tiếng Êđê"),
 Q("1 lớp tiếng M'nông", 1, "lớp tiếng M'nông"), Q("khoảng 100 cán bộ, chiến sĩ", 100, "cán bộ, chiến sĩ", "approx"),
 Q("khoảng 150 triệu đồng", 150000000, "đồng", "approx"), Q("5 học viên", 5, "học viên")],
[D("Kế hoạch", "215", "KH-CAT-PX01", "2019-07-15", "Công an tỉnh", "Kế hoạch số 215/KH-CAT-PX01 ngày 15/7/2019"),
 D("Quyết định", "771", "QĐ-TTg", "2018-06-26", "Thủ tướng Chính phủ", "Quyết định số 771/QĐ-TTg ngày 26/6/2018")],
[prov("Đắk Lắk"), com("Ea Tul")],
["CÔNG AN TỈNH ĐẮK LẮK", "Trang chủ > Tin tức - Sự kiện > Xây dựng lực lượng", "Đại tá Y Rim Ayŭn trao chứng chỉ cho học viên.",
 "Bồi dưỡng kiến thức dân tộc đối với cán bộ, công chức, viên chức giai đoạn 2018 - 2025", "gần dân, hiểu dân, giúp dân",
 "H'Xuân - Phòng Công tác Đảng và công tác chính trị"],
["Thứ Năm, 21/11/2019 - 15:30", "khóa III", "năm 2019", "hơn 3 tháng", "từ năm 2016", "Năm 2020"]))

PAGES.append(page("b6831-laocai-soket-xmc-6thang-2020", """
LAOCAI.GOV.VN
Cổng Thông tin điện tử tỉnh Lào Cai
Tin tức - Sự kiện » Giáo dục - Đào tạo
Cập nhật lúc 16:10 ngày 09/07/2020
Sơ kết công tác xóa mù chữ 6 tháng đầu năm 2020: vượt khó vì dịch Covid-19
Sáng 8/7, Sở Giáo dục và Đào tạo tỉnh Lào Cai tổ chức hội nghị trực tuyến sơ kết công tác xóa mù chữ 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2020 với 9 điểm cầu huyện, thị xã, thành phố. Đồng chí Hoàng Quốc Bảo, Giám đốc Sở Giáo dục và Đào tạo chủ trì hội nghị.
Theo báo cáo, do ảnh hưởng của dịch Covid-19, các lớp xóa mù chữ phải tạm dừng từ tháng 2 đến đầu tháng 5/2020. Sau khi học trở lại, toàn tỉnh duy trì 94 lớp với 2.215 học viên, trong đó 71% là phụ nữ người Mông, Dao, Hà Nhì; khoảng 180 học viên bỏ lớp do đi làm thuê ở các tỉnh khác. Huyện Si Ma Cai, Bắc Hà, Mường Khương có số lớp nhiều nhất.
Thực hiện Nghị quyết số 12-NQ/TU ngày 10/6/2016 của BCH Đảng bộ tỉnh về phát triển giáo dục vùng đồng bào dân tộc thiểu số, các xã đã đưa chỉ tiêu xóa mù chữ vào nghị quyết hằng năm. Trong 6 tháng, 1.360 học viên hoàn thành chương trình giai đoạn 1; tổng kinh phí đã giải ngân 1,6 tỷ đồng từ nguồn Chương trình mục tiêu quốc gia giảm nghèo bền vững.
Một điểm mới là mô hình "Lớp học xóa mù chữ gắn với câu lạc bộ sinh kế" tại xã Lùng Phình, huyện Bắc Hà. Bà Ly Thị Vàng, Chủ tịch Hội Liên hiệp Phụ nữ xã Lùng Phình, cho biết: sau mỗi buổi học chữ, chị em được hướng dẫn ghi chép thu chi, học cách đọc hướng dẫn sử dụng phân bón, thuốc thú y. Nhờ vậy, lớp có 34 học viên nhưng không ai bỏ học.
Ông Sần Dín Sáng, Phó Chủ tịch UBND xã Sán Chải, huyện Si Ma Cai, kiến nghị tăng mức hỗ trợ cho giáo viên dạy xóa mù chữ ở thôn xa, vì nhiều thầy cô phải đi xe máy 15 - 20 km mỗi tối. Bà Phạm Thị Thu Hương, Trưởng phòng Giáo dục thường xuyên - Giáo dục chuyên nghiệp, tiếp thu và cho biết Sở sẽ đề xuất UBND tỉnh điều chỉnh mức hỗ trợ trong năm học tới.
Phát biểu kết luận, đồng chí Hoàng Quốc Bảo yêu cầu 6 tháng cuối năm hoàn thành chương trình cho các lớp bị gián đoạn, tổ chức kiểm tra, công nhận kết quả trước ngày 15/12/2020; đồng thời thực hiện nghiêm Công văn số 1588/SGDĐT-GDTX của Sở về phòng, chống dịch tại các lớp học cộng đồng, bảo đảm học viên đeo khẩu trang, rửa tay sát khuẩn. Tỉnh phấn đấu cuối năm 2020 có thêm 2.000 người biết chữ.
Phương Thảo
Lượt xem: 2.041
Các tin khác
- Bát Xát: phụ nữ Dao đỏ học chữ để làm du lịch cộng đồng (29/06/2020)
- Tặng 300 bộ sách cho học viên lớp xóa mù chữ (18/06/2020)
- Học sinh Lào Cai trở lại trường sau thời gian nghỉ dịch (11/05/2020)
""", "2020-07-09", "Sơ kết công tác xóa mù chữ 6 tháng đầu năm 2020: vượt khó vì dịch Covid-19",
E("so_ket", "2020-H1", "2020-07-08"),
[P("Hoàng Quốc Bảo", "Giám đốc Sở Giáo dục và Đào tạo"),
 P("Ly Thị Vàng", "Chủ tịch Hội Liên hiệp Phụ nữ xã Lùng Phình"),
 P("Sần Dín Sáng", "Phó Chủ tịch UBND xã Sán Chải"),
 P("Phạm Thị Thu Hương", "Trưởng phòng Giáo dục thường xuyên - Giáo dục chuyên nghiệp")],
[Q("9 điểm cầu huyện, thị xã, thành phố", 9, "điểm cầu huyện, thị xã, thành phố"), Q("94 lớp", 94, "lớp"),
 Q("2.215 học viên", 2215, "học viên"), Q("71%", 71, "%"), Q("khoảng 180 học viên", 180, "học viên", "approx"),
 Q("1.360 học viên", 1360, "học viên"), Q("1,6 tỷ đồng", 1600000000, "đồng"), Q("34 học viên", 34, "học viên"),
 Q("15 - 20 km", 15, "km"), Q("2.000 người", 2000, "người")],
[D("Nghị quyết", "12", "NQ/TU", "2016-06-10", "BCH Đảng bộ tỉnh", "Nghị quyết số 12-NQ/TU ngày 10/6/2016"),
 D("Công văn", "1588", "SGDĐT-GDTX", None, "Sở", "Công văn số 1588/SGDĐT-GDTX")],
[prov("Lào Cai"), com("Lùng Phình"), com("Sán Chải")],
["LAOCAI.GOV.VN", "Cổng Thông tin điện tử tỉnh Lào Cai", "Tin tức - Sự kiện » Giáo dục - Đào tạo",
 "Lớp học xóa mù chữ gắn với câu lạc bộ sinh kế", "Chương trình mục tiêu quốc gia giảm nghèo bền vững", "Lượt xem: 2.041"],
["Cập nhật lúc 16:10 ngày 09/07/2020", "6 tháng đầu năm 2020", "6 tháng cuối năm 2020", "6 tháng cuối năm", "Covid-19", "giai đoạn 1", "tháng 5/2020", "ngày 15/12/2020", "Lượt xem: 2.041"]))

PAGES.append(page("b6832-quangnam-cotu-traoqua-2020", """
QUẢNG NAM ONLINE
Xã hội / Giáo dục
Thứ Sáu, 04/12/2020, 07:45
Tiếp sức phụ nữ Cơ Tu đến lớp xóa mù chữ
(QNO) - Ngày 2/12, Hội Liên hiệp Phụ nữ tỉnh phối hợp với Quỹ Bảo trợ trẻ em tỉnh đến thăm, tặng quà học viên các lớp xóa mù chữ tại xã Ch'ơm và xã Ga Ri, huyện Tây Giang, tỉnh Quảng Nam.
Học viên lớp xóa mù chữ xã Ch'ơm nhận quà. Ảnh: Alăng Thị Ngân
Đoàn do bà Trần Thị Kim Hoa, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh dẫn đầu. Tham gia đoàn có bà Bhling Mia, Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh và ông Nguyễn Văn Quang, Giám đốc Quỹ Bảo trợ trẻ em tỉnh.
Tại 2 xã, đoàn trao 120 phần quà cho học viên, mỗi phần gồm 10 kg gạo, dầu ăn, sữa và bộ dụng cụ học tập, trị giá 400.000 đồng; tặng 2 lớp học mỗi lớp một tivi, một bộ bàn ghế và tủ sách trị giá 15 triệu đồng. Tổng kinh phí đợt trao quà hơn 78 triệu đồng, do Hội vận động các nhà hảo tâm đóng góp.
Các lớp xóa mù chữ ở Ch'ơm và Ga Ri được mở từ tháng 9/2020 theo Kế hoạch số 54/KH-UBND ngày 15/8/2020 của UBND huyện Tây Giang, với 86 học viên là phụ nữ người Cơ Tu từ 20 đến 55 tuổi. Giáo viên là thầy cô Trường Tiểu học và THCS xã; nhiều buổi học có cả con nhỏ theo mẹ đến lớp. Sau 3 tháng, hầu hết học viên đã biết đọc, viết tên mình, đọc được các câu ngắn và làm phép tính cộng, trừ đơn giản.
Bà Alăng Thị Xế, 48 tuổi, thôn Agrồng, xã Ch'ơm, cho biết: "Trước đây đi chợ, đi nhận tiền hỗ trợ, tôi phải điểm chỉ, nay đã ký được tên. Tôi muốn học đến khi đọc được sách hướng dẫn trồng ba kích để làm cho đúng".
Phát biểu tại buổi trao quà, bà Trần Thị Kim Hoa ghi nhận sự nỗ lực của chị em và giáo viên; đồng thời đề nghị cấp ủy, chính quyền các xã tiếp tục vận động phụ nữ đến lớp, gắn xóa mù chữ với thực hiện Đề án "Tuyên truyền, giáo dục, vận động, hỗ trợ phụ nữ tham gia giải quyết một số vấn đề xã hội liên quan đến phụ nữ giai đoạn 2017 - 2027" và cuộc vận động "Xây dựng gia đình 5 không, 3 sạch". Bà cũng cho biết năm 2020 Hội LHPN tỉnh đã phối hợp mở 14 lớp xóa mù chữ cho khoảng 400 phụ nữ ở các huyện miền núi Tây Giang, Nam Trà My, Phước Sơn.
Theo thống kê của ngành giáo dục, đến cuối năm 2019 tỉnh còn hơn 4.600 người từ 15 đến 60 tuổi chưa biết chữ, phần lớn là phụ nữ người Cơ Tu, Xê Đăng, Ca Dong ở vùng cao; nhiều người từng học nhưng đã tái mù chữ vì không được sử dụng thường xuyên.
Ông Bríu Quân, Chủ tịch UBND xã Ga Ri, bày tỏ cảm ơn và cho biết xã sẽ tiếp tục mở lớp sau xóa mù chữ trong năm 2021 để chị em không bị tái mù chữ.
Alăng Ngân
Tin liên quan
- Nam Trà My: 200 học sinh nhận áo ấm mùa đông (25/11/2020)
- Tây Giang hỗ trợ người dân khắc phục hậu quả bão số 9 (10/11/2020)
- Hội LHPN tỉnh ra mắt mô hình "Phụ nữ Cơ Tu giữ nghề dệt" (20/10/2020)
""", "2020-12-04", "Tiếp sức phụ nữ Cơ Tu đến lớp xóa mù chữ",
E("trao_qua", None, "2020-12-02"),
[P("Trần Thị Kim Hoa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
 P("Bhling Mia", "Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
 P("Nguyễn Văn Quang", "Giám đốc Quỹ Bảo trợ trẻ em tỉnh"),
 P("Bríu Quân", "Chủ tịch UBND xã Ga Ri"),
 P("Alăng Thị Xế")],
[Q("120 phần quà", 120, "phần quà"), Q("10 kg", 10, "kg"), Q("400.000 đồng", 400000, "đồng"), Q("2 lớp học", 2, "lớp học"),
 Q("15 triệu đồng", 15000000, "đồng"), Q("hơn 78 triệu đồng", 78000000, "đồng", "over"),
 Q("86 học viên", 86, "học viên"), Q("14 lớp xóa mù chữ", 14, "lớp xóa mù chữ"),
 Q("khoảng 400 phụ nữ", 400, "phụ nữ", "approx"), Q("hơn 4.600 người", 4600, "người", "over")],
[D("Kế hoạch", "54", "KH-UBND", "2020-08-15", "UBND huyện Tây Giang", "Kế hoạch số 54/KH-UBND ngày 15/8/2020")],
[prov("Quảng Nam"), com("Ch'ơm"), com("Ga Ri")],
["QUẢNG NAM ONLINE", "Xã hội / Giáo dục", "(QNO)", "Học viên lớp xóa mù chữ xã Ch'ơm nhận quà. Ảnh: Alăng Thị Ngân",
 "Xây dựng gia đình 5 không, 3 sạch", "Quỹ Bảo trợ trẻ em tỉnh"],
["Thứ Sáu, 04/12/2020, 07:45", "Tại 2 xã", "tháng 9/2020", "từ 20 đến 55 tuổi", "Sau 3 tháng", "48 tuổi", "5 không, 3 sạch", "năm 2020", "năm 2021", "giai đoạn 2017 - 2027", "năm 2019", "từ 15 đến 60 tuổi"]))
