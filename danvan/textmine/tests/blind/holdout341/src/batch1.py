from lib import *
PAGES = []

PAGES.append(page("b8141-binhdinh-bdv-taphuan-2011", """
BAN DÂN VẬN TỈNH ỦY BÌNH ĐỊNH
Trang chủ » Hoạt động » Dân vận các cấp
Thứ Sáu, 18/11/2011 - 09:30
Bạn đang ở: Trang chủ / Tin tức
Tập huấn pháp luật về biển cho 150 ngư dân, chủ tàu cá
Trong 2 ngày 16 và 17/11/2011, Ban Dân vận Tỉnh ủy phối hợp với Bộ Chỉ huy Bộ đội Biên phòng tỉnh và Sở Nông nghiệp và Phát triển nông thôn tổ chức lớp tập huấn pháp luật về biển năm 2011 cho 150 ngư dân, chủ tàu cá của các xã ven biển huyện Hoài Nhơn, Phù Cát và thành phố Quy Nhơn.
Đồng chí Lê Thị Xuân Hường phát biểu khai mạc lớp tập huấn. Ảnh: Văn Phúc
Phát biểu khai mạc, đồng chí Lê Thị Xuân Hường, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy cho biết: từ đầu năm 2011 đến nay, toàn tỉnh Bình Định có 9 tàu cá với 87 ngư dân bị nước ngoài bắt giữ khi đánh bắt ở vùng biển giáp ranh; đến nay vẫn còn 4 tàu chưa được trả về, thiệt hại ước tính trên 6,5 tỷ đồng. Nhiều gia đình ngư dân rơi vào cảnh nợ nần, con em phải bỏ học. Vì vậy, việc giúp bà con hiểu rõ ranh giới các vùng biển, biết quyền và nghĩa vụ của mình khi hoạt động trên biển là nhiệm vụ cấp bách của cả hệ thống chính trị.
Tại lớp học, Thiếu tá Trần Minh Đức, Phó Trưởng phòng Tham mưu Bộ Chỉ huy Bộ đội Biên phòng tỉnh đã giới thiệu những nội dung cơ bản của Công ước của Liên hợp quốc về Luật Biển năm 1982, cách xác định đường cơ sở, lãnh hải, vùng đặc quyền kinh tế và vùng chồng lấn chưa phân định. Ông Đặng Văn Lợi, Phó Chi cục trưởng Chi cục Khai thác và Bảo vệ nguồn lợi thủy sản, phổ biến Nghị định số 47/2010/NĐ-CP ngày 12/4/2010 của Chính phủ về quản lý hoạt động khai thác thủy sản của tổ chức, cá nhân Việt Nam trên các vùng biển, hướng dẫn ghi nhật ký khai thác và sử dụng máy định vị.
Thực hiện Chỉ thị số 21-CT/TU ngày 5/8/2011 của Ban Thường vụ Tỉnh ủy về tăng cường lãnh đạo công tác tuyên truyền, vận động ngư dân không vi phạm vùng biển nước ngoài, năm 2011 Mặt trận và các đoàn thể đã tổ chức 46 buổi tuyên truyền tại bến cá, cảng cá với hơn 3.200 lượt ngư dân tham dự; phát 5.000 tờ rơi song ngữ; thành lập 112 tổ đoàn kết với 684 tàu cá cùng hỗ trợ nhau khi đánh bắt xa bờ.
Trao đổi tại lớp tập huấn, ông Nguyễn Văn Tám, chủ tàu cá BĐ 96127 TS, xã Tam Quan Bắc, bày tỏ: "Trước đây nhiều anh em cứ thấy luồng cá là theo, không biết đã vượt qua ranh giới. Nay được hướng dẫn đọc tọa độ trên máy định vị, chúng tôi sẽ nhắc nhau không đi vào vùng biển của nước khác". Bà Phan Thị Lệ, Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh, đề nghị các cấp hội phụ nữ vận động vợ, mẹ của ngư dân cùng khuyên chồng con chấp hành pháp luật khi ra khơi.
Kết thúc lớp tập huấn, 100% học viên làm bài thu hoạch đạt yêu cầu. Ban Dân vận Tỉnh ủy đề nghị các huyện ven biển tiếp tục nhân rộng mô hình "Ngư dân với pháp luật", đưa nội dung tuyên truyền vào sinh hoạt định kỳ của các chi hội nghề cá.
Minh Châu
Tin liên quan
- Phù Cát: ra mắt mô hình "Bến cá an toàn, văn minh" (04/11/2011)
- Đón 12 ngư dân Hoài Nhơn trở về quê nhà (27/10/2011)
- Hội nghị giao ban khối dân vận quý III năm 2011 (14/10/2011)
- Vận động ngư dân tham gia tổ đoàn kết trên biển (30/9/2011)
""", "2011-11-18", "Tập huấn pháp luật về biển cho 150 ngư dân, chủ tàu cá",
E("tap_huan", "2011", "2011-11-16"),
[P("Lê Thị Xuân Hường", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Minh Đức", "Thiếu tá", "Phó Trưởng phòng Tham mưu Bộ Chỉ huy Bộ đội Biên phòng tỉnh"),
 P("Đặng Văn Lợi", "Phó Chi cục trưởng Chi cục Khai thác và Bảo vệ nguồn lợi thủy sản"),
 P("Nguyễn Văn Tám", "chủ tàu cá BĐ 96127 TS"),
 P("Phan Thị Lệ", "Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh")],
[Q("150 ngư dân, chủ tàu cá", 150, "ngư dân, chủ tàu cá"), Q("9 tàu cá", 9, "tàu cá"), Q("87 ngư dân", 87, "ngư dân"),
 Q("4 tàu", 4, "tàu"), Q("trên 6,5 tỷ đồng", 6500000000, "đồng", "over"), Q("46 buổi tuyên truyền", 46, "buổi tuyên truyền"),
 Q("hơn 3.200 lượt ngư dân", 3200, "lượt ngư dân", "over"), Q("5.000 tờ rơi song ngữ", 5000, "tờ rơi song ngữ"),
 Q("112 tổ đoàn kết", 112, "tổ đoàn kết"), Q("684 tàu cá", 684, "tàu cá"), Q("100%", 100, "%")],
[D("Nghị định", "47", "2010/NĐ-CP", "2010-04-12", "Chính phủ", "Nghị định số 47/2010/NĐ-CP ngày 12/4/2010"),
 D("Chỉ thị", "21", "CT/TU", "2011-08-05", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 21-CT/TU ngày 5/8/2011")],
[prov("Bình Định"), com("Tam Quan Bắc")],
["BAN DÂN VẬN TỈNH ỦY BÌNH ĐỊNH", "Trang chủ » Hoạt động » Dân vận các cấp", "Bạn đang ở: Trang chủ / Tin tức",
 "Đồng chí Lê Thị Xuân Hường phát biểu khai mạc lớp tập huấn. Ảnh: Văn Phúc",
 "Công ước của Liên hợp quốc về Luật Biển năm 1982", "Ngư dân với pháp luật"],
["Thứ Sáu, 18/11/2011 - 09:30", "2 ngày", "năm 2011", "Luật Biển năm 1982", "BĐ 96127 TS"]))

PAGES.append(page("b8142-kiengiang-bcd-soket-2012", """
BÁO KIÊN GIANG ONLINE
Thời sự | Kinh tế | Biển đảo | Xã hội
Cập nhật: 14:05, 10/07/2012 (GMT+7)
Quang cảnh hội nghị. Ảnh: Hồng Nhung
Kiên quyết ngăn chặn tình trạng tàu cá vi phạm vùng biển nước ngoài
(BKGO) - Sáng 9/7, Ban Chỉ đạo phòng, chống vi phạm vùng biển nước ngoài tỉnh Kiên Giang tổ chức hội nghị sơ kết 6 tháng đầu năm 2012, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Danh Phương, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh - Trưởng Ban Chỉ đạo phòng, chống vi phạm vùng biển nước ngoài tỉnh chủ trì hội nghị.
Toàn tỉnh hiện có khoảng 10.500 tàu cá, trong đó 2.900 tàu có công suất từ 90 CV trở lên thường xuyên khai thác ở vùng biển giáp ranh với các nước trong khu vực. Theo báo cáo, 6 tháng đầu năm 2012 có 17 tàu cá với 142 ngư dân của tỉnh bị nước ngoài bắt giữ, giảm 9 tàu so với cùng kỳ năm trước. Các ngành chức năng đã phối hợp đưa 38 ngư dân về địa phương, hỗ trợ mỗi người 3 triệu đồng để ổn định cuộc sống.
Thực hiện Chỉ thị 15, 16-CT/TU của Tỉnh ủy về công tác tuyên truyền, quản lý tàu cá và ngư dân khai thác xa bờ, các huyện ven biển đã tổ chức cho 215 chủ tàu ký cam kết không đưa tàu vượt ranh giới; Bộ đội Biên phòng tỉnh kiểm tra, nhắc nhở 1.046 lượt phương tiện trước khi xuất bến. UBND tỉnh ban hành Quyết định số 1143/QĐ-UBND ngày 18/5/2012 về quy chế phối hợp quản lý tàu cá hoạt động tại vùng giáp ranh, giao Sở Nông nghiệp và Phát triển nông thôn chủ trì thực hiện.
Tại hội nghị, các đồng chí Phó Chủ tịch UBND các huyện Kiên Hải, An Minh: Danh Sóc Phol, Trần Văn Kiệt cho biết nhiều chủ tàu vẫn thuê thuyền trưởng ở nơi khác, khó quản lý; một số tàu tắt máy định vị khi ra khơi. Ông Lâm Văn Tư, Chủ tịch UBND xã Lại Sơn, kiến nghị tỉnh sớm có chính sách chuyển đổi nghề cho các hộ có tàu nhỏ, đánh bắt ven bờ không hiệu quả. Đại diện thị trấn Thứ Mười Một cho biết địa phương đã lập danh sách 64 tàu cá có nguy cơ vi phạm để theo dõi, giáo dục chủ tàu.
Kết luận hội nghị, đồng chí Danh Phương yêu cầu 6 tháng cuối năm các địa phương xử lý nghiêm những chủ tàu tái phạm, đồng thời biểu dương các tổ đoàn kết giúp nhau trên biển. Đồng chí đề nghị Mặt trận và đoàn thể đưa nội dung tuyên truyền vào cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", phấn đấu giảm ít nhất 50% số tàu cá bị bắt giữ so với năm 2011.
Dịp này, Ban Chỉ đạo tặng giấy khen cho 7 tập thể và 11 cá nhân có thành tích trong công tác tuyên truyền, vận động ngư dân.
Hồng Nhung
Các tin khác
- An Minh: 9 ngư dân được trả về địa phương (02/7/2012)
- Triển khai Luật Biển Việt Nam đến cán bộ chủ chốt (25/6/2012)
- Kiên Hải tổ chức diễn đàn "Ngư dân với biển đảo quê hương" (18/6/2012)
- Hội Nông dân tỉnh ký kết chương trình phối hợp với Bộ đội Biên phòng (07/6/2012)
""", "2012-07-10", "Kiên quyết ngăn chặn tình trạng tàu cá vi phạm vùng biển nước ngoài",
E("so_ket", "2012-H1", "2012-07-09"),
[P("Danh Phương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch UBND tỉnh - Trưởng Ban Chỉ đạo phòng, chống vi phạm vùng biển nước ngoài tỉnh"),
 P("Danh Sóc Phol", "Phó Chủ tịch UBND các huyện Kiên Hải, An Minh"),
 P("Trần Văn Kiệt", "Phó Chủ tịch UBND các huyện Kiên Hải, An Minh"),
 P("Lâm Văn Tư", "Chủ tịch UBND xã Lại Sơn")],
[Q("khoảng 10.500 tàu cá", 10500, "tàu cá", "approx"), Q("2.900 tàu", 2900, "tàu"), Q("90 CV", 90, "CV", "over"),
 Q("17 tàu cá", 17, "tàu cá"), Q("142 ngư dân", 142, "ngư dân"), Q("9 tàu", 9, "tàu"), Q("38 ngư dân", 38, "ngư dân"),
 Q("3 triệu đồng", 3000000, "đồng"), Q("215 chủ tàu", 215, "chủ tàu"), Q("1.046 lượt phương tiện", 1046, "lượt phương tiện"),
 Q("64 tàu cá", 64, "tàu cá"), Q("ít nhất 50%", 50, "%", "over"), Q("7 tập thể", 7, "tập thể"), Q("11 cá nhân", 11, "cá nhân")],
[D("Chỉ thị", "15", "CT/TU", None, "Tỉnh ủy", "Chỉ thị 15, 16-CT/TU"),
 D("Chỉ thị", "16", "CT/TU", None, "Tỉnh ủy", "Chỉ thị 15, 16-CT/TU"),
 D("Quyết định", "1143", "QĐ-UBND", "2012-05-18", "UBND tỉnh", "Quyết định số 1143/QĐ-UBND ngày 18/5/2012")],
[prov("Kiên Giang"), com("Lại Sơn"), com("Thứ Mười Một")],
["BÁO KIÊN GIANG ONLINE", "Thời sự | Kinh tế | Biển đảo | Xã hội", "Quang cảnh hội nghị. Ảnh: Hồng Nhung", "(BKGO)",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư"],
["Cập nhật: 14:05, 10/07/2012 (GMT+7)", "6 tháng đầu năm 2012", "6 tháng cuối năm", "năm 2011"]))

PAGES.append(page("b8143-quangngai-bdv-doithoai-2013", """
Báo Quảng Ngãi điện tử
Trang chủ > Chính trị > Dân vận
08:15 | 12/04/2013
Lắng nghe ngư dân đảo Lý Sơn
QNĐT - Ngày 10/4, tại hội trường UBND huyện Lý Sơn, Ban Dân vận Tỉnh ủy phối hợp với Ủy ban MTTQ Việt Nam tỉnh tổ chức buổi đối thoại với ngư dân năm 2013 về công tác phòng, chống vi phạm vùng biển nước ngoài. Hơn 200 ngư dân, thuyền trưởng của 3 xã An Vĩnh, An Hải và An Bình đã tham dự.
Ngư dân Lý Sơn nêu ý kiến tại buổi đối thoại.
Chủ trì buổi đối thoại có đồng chí Phạm Thị Thu Nguyệt, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy và đồng chí Huỳnh Tấn Lực, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh. Cùng dự có các đồng chí: Võ Văn Sáu, Huyện ủy viên, Chủ tịch UBND huyện Lý Sơn; Đại tá Bùi Quang Hiển, Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh.
Theo số liệu của huyện, Lý Sơn hiện có gần 400 tàu cá, trong đó 147 tàu thường xuyên khai thác ở vùng biển quần đảo Hoàng Sa. Năm 2012, toàn huyện có 6 tàu với 58 ngư dân bị tàu nước ngoài bắt giữ, đập phá ngư lưới cụ hoặc xua đuổi, thiệt hại khoảng 3,8 tỷ đồng.
Trong buổi đối thoại, ngư dân đã nêu 23 ý kiến, tập trung vào việc phân biệt ranh giới vùng biển, thủ tục vay vốn đóng tàu và chính sách hỗ trợ nhiên liệu. Ông Phạm Quang Sỹ, thuyền trưởng tàu QNg 66078 TS, thôn Đông, xã An Vĩnh hỏi: "Khi gặp tàu nước ngoài ép vào vùng tranh chấp, ngư dân phải làm gì để vừa giữ được tàu vừa không bị coi là vi phạm?". Ông Dương Văn Bảy, Tổ trưởng tổ đoàn kết số 4, xã An Hải, đề nghị tăng số điểm thu nhận thông tin từ máy thông tin liên lạc tầm xa để tàu gặp sự cố kịp thời báo về bờ.
Trả lời các ý kiến, Đại tá Bùi Quang Hiển hướng dẫn bà con ghi nhật ký, giữ liên lạc thường xuyên với trạm biên phòng và tuyệt đối không vào vùng biển của nước khác. Đại diện Sở Nông nghiệp và Phát triển nông thôn thông tin về Quyết định số 52/2010/QĐ-TTg của Thủ tướng Chính phủ về chính sách hỗ trợ ngư dân khai thác ở vùng biển xa, theo đó mỗi chuyến biển đủ điều kiện được hỗ trợ 1.500.000 đồng tiền dầu. Riêng năm 2012, ngư dân huyện đã nhận hơn 2,1 tỷ đồng tiền hỗ trợ.
Phát biểu kết thúc, đồng chí Phạm Thị Thu Nguyệt ghi nhận các kiến nghị và cho biết Ban Dân vận Tỉnh ủy sẽ tổng hợp, báo cáo Thường trực Tỉnh ủy theo Quy chế phối hợp số 03-QC/BDVTU-MTTQ giữa Ban Dân vận Tỉnh ủy và Ủy ban MTTQ Việt Nam tỉnh. Đồng chí mong muốn bà con ngư dân tiếp tục bám biển, vừa làm ăn vừa góp phần bảo vệ chủ quyền, nhưng phải đánh bắt đúng vùng biển được phép.
Thanh Hải
Tin liên quan
- Ra mắt tổ đoàn kết trên biển thứ 50 của huyện Bình Sơn (05/04/2013)
- Trao cờ Tổ quốc cho ngư dân Tịnh Kỳ (28/03/2013)
- Hội nghị người có uy tín vùng biển năm 2013 (20/03/2013)
""", "2013-04-12", "Lắng nghe ngư dân đảo Lý Sơn",
E("doi_thoai", "2013", "2013-04-10"),
[P("Phạm Thị Thu Nguyệt", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Huỳnh Tấn Lực", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Võ Văn Sáu", "Huyện ủy viên", "Chủ tịch UBND huyện Lý Sơn"),
 P("Bùi Quang Hiển", "Đại tá", "Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh"),
 P("Phạm Quang Sỹ", "thuyền trưởng tàu QNg 66078 TS"),
 P("Dương Văn Bảy", "Tổ trưởng tổ đoàn kết số 4")],
[Q("Hơn 200 ngư dân, thuyền trưởng", 200, "ngư dân, thuyền trưởng", "over"), Q("3 xã", 3, "xã"),
 Q("gần 400 tàu cá", 400, "tàu cá", "approx"), Q("147 tàu", 147, "tàu"), Q("6 tàu", 6, "tàu"), Q("58 ngư dân", 58, "ngư dân"),
 Q("khoảng 3,8 tỷ đồng", 3800000000, "đồng", "approx"), Q("23 ý kiến", 23, "ý kiến"),
 Q("1.500.000 đồng", 1500000, "đồng"), Q("hơn 2,1 tỷ đồng", 2100000000, "đồng", "over")],
[D("Quyết định", "52", "2010/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 52/2010/QĐ-TTg"),
 D("Quy chế phối hợp", "03", "QC/BDVTU-MTTQ", None, None, "Quy chế phối hợp số 03-QC/BDVTU-MTTQ")],
[prov("Quảng Ngãi"), com("An Vĩnh"), com("An Hải"), com("An Bình")],
["Báo Quảng Ngãi điện tử", "Trang chủ > Chính trị > Dân vận", "QNĐT", "Ngư dân Lý Sơn nêu ý kiến tại buổi đối thoại.",
 "quần đảo Hoàng Sa"],
["08:15 | 12/04/2013", "năm 2013", "Năm 2012", "tổ đoàn kết số 4", "QNg 66078 TS"]))

PAGES.append(page("b8144-camau-bcd-tongket-2014", """
BÁO CÀ MAU ĐIỆN TỬ
Chính trị - Xã hội › Biển đảo
26-12-2014 16:40
Đồng chí Trần Văn Hiển trao giấy khen cho các tập thể. Ảnh: Kim Cương
Tổng kết công tác vận động ngư dân không vi phạm vùng biển nước ngoài năm 2014
(CMO) Chiều 25/12, Ban Chỉ đạo công tác tuyên truyền, vận động ngư dân không vi phạm vùng biển nước ngoài tỉnh tổ chức hội nghị tổng kết năm 2014, triển khai nhiệm vụ năm 2015. Đồng chí Trần Văn Hiển, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo chủ trì hội nghị.
Năm 2014, toàn tỉnh Cà Mau có 21 tàu cá với 168 ngư dân bị nước ngoài bắt giữ, chủ yếu tại vùng biển giáp ranh phía Tây Nam; so với năm 2013 giảm 5 tàu. Đến nay đã có 132 ngư dân được trả về, số còn lại đang được các cơ quan chức năng phối hợp giải quyết. Tỉnh đã hỗ trợ gia đình ngư dân bị bắt giữ tổng số tiền 4,2 tỷ đồng, trong đó mỗi ngư dân trở về được nhận 5 triệu đồng.
Thực hiện Kế hoạch số 61, 62/KH-UBND của UBND tỉnh, các ngành đã tổ chức 318 cuộc tuyên truyền với khoảng 9.600 lượt người dự; lắp đặt máy thông tin liên lạc tầm xa cho 1.264 tàu cá có chiều dài từ 15 mét trở lên, đạt 87,5%. Các ông Lê Hoàng Nam, Võ Thành Trung - Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn đã trực tiếp xuống các cửa biển kiểm tra, hướng dẫn chủ tàu.
Tại hội nghị, bà Thạch Thị Đa Ni, Phó Chủ tịch Hội Liên hiệp Phụ nữ huyện Trần Văn Thời, chia sẻ mô hình "Vợ ngư dân nói không với vi phạm vùng biển" đã thu hút 420 hội viên tham gia. Ông Nguyễn Văn Hận, Bí thư Đảng ủy xã Khánh Hội, cho biết xã có 27 hộ có người thân từng bị bắt giữ; nhờ được vận động, nay 19 hộ đã chuyển sang nuôi tôm, làm dịch vụ hậu cần nghề cá. Đại diện thị trấn Sông Đốc đề nghị tỉnh tăng cường kiểm soát tàu cá tại các cửa biển, nhất là tàu từ địa phương khác đến neo đậu.
Theo Ban Chỉ đạo, tồn tại lớn nhất là một số chủ tàu vì lợi nhuận vẫn cố tình cho tàu vượt ranh giới, có trường hợp tháo thiết bị định vị, dùng biển số giả. Việc xử phạt còn gặp khó vì chưa có chế tài đủ mạnh; công tác phối hợp giữa các lực lượng trên biển và trên bờ có lúc chưa chặt chẽ, thông tin về tàu cá rời bến chưa được cập nhật kịp thời.
Kết luận hội nghị, đồng chí Trần Văn Hiển yêu cầu năm 2015 phấn đấu giảm trên 30% số tàu cá bị bắt giữ; các địa phương thực hiện nghiêm Công điện số 12/CĐ-UBND, rà soát, lập danh sách tàu có nguy cơ vi phạm. Dịp này, UBND tỉnh tặng bằng khen cho 8 tập thể, 15 cá nhân; Ban Chỉ đạo tặng giấy khen cho 23 tập thể.
Kim Cương
Tin khác
- Cà Mau: thêm 12 ngư dân được trả về (18/12/2014)
- Hội thi "Ngư dân với pháp luật" huyện Ngọc Hiển (05/12/2014)
- Đón nhận 50 máy thông tin liên lạc tầm xa (21/11/2014)
- Phát huy vai trò tổ đoàn kết trên biển (10/11/2014)
""", "2014-12-26", "Tổng kết công tác vận động ngư dân không vi phạm vùng biển nước ngoài năm 2014",
E("tong_ket", "2014", "2014-12-25"),
[P("Trần Văn Hiển", "Phó Chủ tịch UBND tỉnh", "Trưởng Ban Chỉ đạo"),
 P("Lê Hoàng Nam", "Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn"),
 P("Võ Thành Trung", "Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn"),
 P("Thạch Thị Đa Ni", "Phó Chủ tịch Hội Liên hiệp Phụ nữ huyện Trần Văn Thời"),
 P("Nguyễn Văn Hận", "Bí thư Đảng ủy xã Khánh Hội")],
[Q("21 tàu cá", 21, "tàu cá"), Q("168 ngư dân", 168, "ngư dân"), Q("5 tàu", 5, "tàu"), Q("132 ngư dân", 132, "ngư dân"),
 Q("4,2 tỷ đồng", 4200000000, "đồng"), Q("5 triệu đồng", 5000000, "đồng"), Q("318 cuộc tuyên truyền", 318, "cuộc tuyên truyền"),
 Q("khoảng 9.600 lượt người", 9600, "lượt người", "approx"), Q("1.264 tàu cá", 1264, "tàu cá"),
 Q("15 mét", 15, "mét", "over"), Q("87,5%", 87.5, "%"), Q("420 hội viên", 420, "hội viên"), Q("27 hộ", 27, "hộ"),
 Q("19 hộ", 19, "hộ"), Q("trên 30%", 30, "%", "over"), Q("8 tập thể", 8, "tập thể"), Q("15 cá nhân", 15, "cá nhân"),
 Q("23 tập thể", 23, "tập thể")],
[D("Kế hoạch", "61", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 61, 62/KH-UBND"),
 D("Kế hoạch", "62", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 61, 62/KH-UBND")],
[prov("Cà Mau"), com("Khánh Hội"), com("Sông Đốc")],
["BÁO CÀ MAU ĐIỆN TỬ", "Chính trị - Xã hội › Biển đảo", "Đồng chí Trần Văn Hiển trao giấy khen cho các tập thể. Ảnh: Kim Cương",
 "(CMO)", "Vợ ngư dân nói không với vi phạm vùng biển", "Công điện số 12/CĐ-UBND"],
["26-12-2014 16:40", "năm 2014", "năm 2015", "năm 2013", "Công điện số 12/CĐ-UBND"]))

PAGES.append(page("b8145-bariavungtau-bdv-giaoban-2015", """
Hôm nay: Thứ Hai, 12/10/2015
CỔNG THÔNG TIN BAN DÂN VẬN TỈNH ỦY BÀ RỊA - VŨNG TÀU
Vị trí: Trang chủ :: Tin hoạt động :: Tin trong tỉnh
Ngày đăng 09/10/2015 | 15:20
Giao ban khối dân vận: tập trung vận động ngư dân chấp hành quy định khi khai thác xa bờ
Chiều 7/10, Ban Dân vận Tỉnh ủy tổ chức giao ban khối dân vận quý III/2015. Đồng chí Trương Thị Kim Loan, TUV, Trưởng Ban Dân vận Tỉnh ủy chủ trì; dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Hồ Văn Nên, Ngô Thị Bích Trâm cùng lãnh đạo Ủy ban MTTQ Việt Nam tỉnh, các đoàn thể và Ban Dân vận các huyện, thành ủy.
Đồng chí Trương Thị Kim Loan chủ trì giao ban.
Theo báo cáo, trong quý III, khối dân vận các cấp đã phối hợp với Bộ đội Biên phòng tỉnh và Chi cục Thủy sản tổ chức 28 buổi tuyên truyền tại các cảng cá Cát Lở, Lộc An, Phước Tỉnh, Bến Đá với trên 1.150 lượt ngư dân tham dự. Toàn tỉnh Bà Rịa - Vũng Tàu hiện có 6.472 tàu cá, trong đó 1.830 tàu khai thác xa bờ. Trong quý có 3 tàu với 29 ngư dân bị nước ngoài bắt giữ; qua xác minh, 2 tàu do thuyền trưởng không nắm rõ ranh giới, 1 tàu cố tình vượt ranh giới để khai thác.
Thực hiện Chỉ thị 05-CT/TU ngày 16/3/2015 của Ban Thường vụ Tỉnh ủy về tăng cường lãnh đạo công tác tuyên truyền, vận động ngư dân không vi phạm vùng biển nước ngoài và kế hoạch số 118-KH/BDVTU của Ban Dân vận Tỉnh ủy, các địa phương đã rà soát, lập danh sách 76 chủ tàu, thuyền trưởng có nguy cơ vi phạm để thường xuyên gặp gỡ, vận động. Hội Nông dân tỉnh phối hợp với Ngân hàng Chính sách xã hội cho 45 hộ ngư dân vay vốn chuyển đổi nghề, tổng dư nợ gần 2,3 tỷ đồng.
Tại giao ban, đồng chí Đặng Minh Chiến, Phó Trưởng Ban Dân vận Huyện ủy Long Điền, cho biết xã Phước Tỉnh đã thành lập 12 tổ tự quản tàu cá, mỗi tổ từ 5 đến 8 tàu, các tổ trưởng ký cam kết chịu trách nhiệm nhắc nhở thành viên. Đồng chí Nguyễn Thị Hoa, Chủ tịch Hội Liên hiệp Phụ nữ thị trấn Lộc An, đề nghị tỉnh có cơ chế hỗ trợ học nghề cho con em gia đình ngư dân bị bắt giữ.
Kết luận giao ban, đồng chí Trương Thị Kim Loan yêu cầu quý IV tập trung tuyên truyền trước mùa biển Bấc, phấn đấu trên 80% chủ tàu khai thác xa bờ được phổ biến đầy đủ các quy định về vùng biển; phát huy vai trò các chức sắc, chức việc trong giáo xứ ven biển xã Bình Châu vận động giáo dân. Đồng chí cũng giao Văn phòng Ban chuẩn bị nội dung sơ kết 5 năm thực hiện Quy chế dân vận trong hệ thống chính trị.
Tuấn Anh
Lượt truy cập: 1.245.870
Tin cùng chuyên mục
- Xuyên Mộc: đối thoại với ngư dân về chính sách phát triển thủy sản (30/09/2015)
- Tặng 300 áo phao cho ngư dân Phước Tỉnh (18/09/2015)
- Ban Dân vận Tỉnh ủy làm việc với Đảng ủy xã Bình Châu (03/09/2015)
""", "2015-10-09", "Giao ban khối dân vận: tập trung vận động ngư dân chấp hành quy định khi khai thác xa bờ",
E("giao_ban", "2015-Q3", "2015-10-07"),
[P("Trương Thị Kim Loan", "TUV", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hồ Văn Nên", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Ngô Thị Bích Trâm", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đặng Minh Chiến", "Phó Trưởng Ban Dân vận Huyện ủy Long Điền"),
 P("Nguyễn Thị Hoa", "Chủ tịch Hội Liên hiệp Phụ nữ thị trấn Lộc An")],
[Q("28 buổi tuyên truyền", 28, "buổi tuyên truyền"), Q("trên 1.150 lượt ngư dân", 1150, "lượt ngư dân", "over"),
 Q("6.472 tàu cá", 6472, "tàu cá"), Q("1.830 tàu", 1830, "tàu"), Q("3 tàu", 3, "tàu"), Q("29 ngư dân", 29, "ngư dân"),
 Q("2 tàu", 2, "tàu"), Q("76 chủ tàu, thuyền trưởng", 76, "chủ tàu, thuyền trưởng"), Q("45 hộ ngư dân", 45, "hộ ngư dân"),
 Q("gần 2,3 tỷ đồng", 2300000000, "đồng", "approx"), Q("12 tổ tự quản tàu cá", 12, "tổ tự quản tàu cá"),
 Q("trên 80%", 80, "%", "over")],
[D("Chỉ thị", "05", "CT/TU", "2015-03-16", "Ban Thường vụ Tỉnh ủy", "Chỉ thị 05-CT/TU ngày 16/3/2015"),
 D("Kế hoạch", "118", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "kế hoạch số 118-KH/BDVTU")],
[prov("Bà Rịa - Vũng Tàu"), com("Phước Tỉnh"), com("Lộc An"), com("Bình Châu")],
["CỔNG THÔNG TIN BAN DÂN VẬN TỈNH ỦY BÀ RỊA - VŨNG TÀU", "Vị trí: Trang chủ :: Tin hoạt động :: Tin trong tỉnh",
 "Đồng chí Trương Thị Kim Loan chủ trì giao ban.", "Quy chế dân vận trong hệ thống chính trị", "Lượt truy cập: 1.245.870"],
["Hôm nay: Thứ Hai, 12/10/2015", "Ngày đăng 09/10/2015 | 15:20", "quý III/2015", "quý IV", "từ 5 đến 8 tàu", "5 năm",
 "Lượt truy cập: 1.245.870"]))

PAGES.append(page("b8146-quangnam-bdbp-traoqua-2016", """
QUẢNG NAM ONLINE - Báo Quảng Nam điện tử
Xã hội | Quốc phòng - An ninh | Biển đảo
20/05/2016 - 10:05
Trao 500 lá cờ Tổ quốc, 120 tủ thuốc cho ngư dân Núi Thành
(QNO) - Sáng 19/5, Bộ Chỉ huy Bộ đội Biên phòng tỉnh phối hợp với Ủy ban MTTQ Việt Nam tỉnh và Báo Quảng Nam tổ chức chương trình "Cờ Tổ quốc cùng ngư dân bám biển" tại xã Tam Hải, huyện Núi Thành. Dịp này, ban tổ chức trao 500 lá cờ Tổ quốc, 120 tủ thuốc và 200 áo phao cho ngư dân các xã Tam Hải, Tam Quang, Tam Tiến.
Trao cờ Tổ quốc cho ngư dân xã Tam Hải. Ảnh: Đông Hà
Tham dự có Thượng tá Nguyễn Văn Khánh, Chính ủy Bộ Chỉ huy Bộ đội Biên phòng tỉnh; bà Huỳnh Thị Mỹ Hạnh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Trần Đình Phúc, Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện Núi Thành.
Mỗi tủ thuốc trị giá 1,5 triệu đồng, gồm các loại thuốc thông dụng, bông băng, dụng cụ sơ cứu; tổng trị giá quà tặng hơn 250 triệu đồng, do các doanh nghiệp và nhà hảo tâm đóng góp. Trước khi trao quà, cán bộ Đồn Biên phòng Tam Hải đã tuyên truyền cho khoảng 300 ngư dân về các quy định của Luật Biển Việt Nam, cách nhận biết ranh giới vùng biển giáp ranh, những hậu quả khi tàu cá vi phạm vùng biển nước ngoài bị bắt giữ.
Theo Thượng tá Nguyễn Văn Khánh, Núi Thành có 786 tàu cá, trong đó 214 tàu có công suất lớn thường xuyên khai thác vùng biển xa. Từ năm 2013 đến nay, huyện có 5 tàu cá bị nước ngoài bắt giữ, ảnh hưởng đến đời sống của hàng chục gia đình. "Lá cờ Tổ quốc trên tàu là khẳng định chủ quyền, nhưng đi kèm với đó là trách nhiệm của mỗi ngư dân phải đánh bắt đúng vùng biển của nước ta", Thượng tá Nguyễn Văn Khánh nhấn mạnh.
Nhận cờ và tủ thuốc, ông Lê Văn Tư (58 tuổi, thôn Thuận An, xã Tam Hải) chia sẻ: "Tàu tôi có 9 lao động, đi mỗi chuyến 15 - 20 ngày. Nhờ được Biên phòng hướng dẫn đọc hải đồ nên anh em luôn giữ đúng ranh giới, chưa lần nào vi phạm". Ông Huỳnh Văn Cư, Chi hội trưởng Chi hội nghề cá thôn Tân Lập, xã Tam Quang, cho biết chi hội có 46 hội viên, đã ký cam kết không đưa tàu sang vùng biển nước ngoài.
Bà Huỳnh Thị Mỹ Hạnh đề nghị các cấp Mặt trận tiếp tục lồng ghép nội dung chống vi phạm vùng biển vào cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh". Thực hiện Kế hoạch số 37/KH-BCH ngày 22/4/2016 của Bộ Chỉ huy Bộ đội Biên phòng tỉnh, chương trình sẽ tiếp tục được tổ chức tại Thăng Bình và Duy Xuyên trong tháng 6.
Đông Hà
Tin liên quan
- Hội An: đối thoại với ngư dân Tân Hiệp (12/05/2016)
- Trao 100 máy thu trực canh cho ngư dân (28/04/2016)
- Núi Thành tuyên truyền pháp luật cho ngư dân (14/04/2016)
""", "2016-05-20", "Trao 500 lá cờ Tổ quốc, 120 tủ thuốc cho ngư dân Núi Thành",
E("trao_qua", None, "2016-05-19"),
[P("Nguyễn Văn Khánh", "Thượng tá", "Chính ủy Bộ Chỉ huy Bộ đội Biên phòng tỉnh"),
 P("Huỳnh Thị Mỹ Hạnh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Đình Phúc", "Phó Bí thư Thường trực Huyện ủy", "Chủ tịch HĐND huyện Núi Thành"),
 P("Lê Văn Tư"),
 P("Huỳnh Văn Cư", "Chi hội trưởng Chi hội nghề cá thôn Tân Lập")],
[Q("500 lá cờ Tổ quốc", 500, "lá cờ Tổ quốc"), Q("120 tủ thuốc", 120, "tủ thuốc"), Q("200 áo phao", 200, "áo phao"),
 Q("1,5 triệu đồng", 1500000, "đồng"), Q("hơn 250 triệu đồng", 250000000, "đồng", "over"),
 Q("khoảng 300 ngư dân", 300, "ngư dân", "approx"), Q("786 tàu cá", 786, "tàu cá"), Q("214 tàu", 214, "tàu"),
 Q("5 tàu cá", 5, "tàu cá"), Q("9 lao động", 9, "lao động"), Q("46 hội viên", 46, "hội viên")],
[D("Kế hoạch", "37", "KH-BCH", "2016-04-22", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Kế hoạch số 37/KH-BCH ngày 22/4/2016")],
[prov("Quảng Nam"), com("Tam Hải"), com("Tam Quang"), com("Tam Tiến")],
["QUẢNG NAM ONLINE - Báo Quảng Nam điện tử", "Xã hội | Quốc phòng - An ninh | Biển đảo", "(QNO)",
 "Cờ Tổ quốc cùng ngư dân bám biển", "Trao cờ Tổ quốc cho ngư dân xã Tam Hải. Ảnh: Đông Hà", "Luật Biển Việt Nam",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"],
["58 tuổi", "15 - 20 ngày", "Từ năm 2013", "tháng 6", "hàng chục gia đình"]))
