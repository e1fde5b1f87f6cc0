from lib import *
PAGES = []

PAGES.append(page("b3731-gialai-xa-iadom-baocao-2017-04", """
Trang thông tin điện tử huyện Đức Cơ - tỉnh Gia Lai
Trang chủ :: Xã, thị trấn :: Xã Ia Dom
Cập nhật lúc 16:10 ngày 28/04/2017
Ia Dom: Khối dân vận báo cáo kết quả tháng 4, triển khai nhiệm vụ tháng 5
Khối dân vận Đảng ủy xã Ia Dom vừa có Báo cáo số 08-BC/KDV ngày 25/4/2017 về kết quả công tác dân vận tháng 4 năm 2017. Xã Ia Dom giáp biên giới Campuchia, có 9 làng, hơn 60% dân số là đồng bào Jrai. Một số kết quả nổi bật:
1. Tuyên truyền, vận động
- Tổ chức 16 buổi sinh hoạt chính trị tại các làng về chủ quyền biên giới, phòng chống xuất cảnh trái phép; 2 đội văn nghệ cồng chiêng tham gia tuyên truyền lưu động.
- Triển khai Quyết định số 18/2011/QĐ-TTg của Thủ tướng Chính phủ về chế độ, chính sách đối với người có uy tín; cấp phát báo, tạp chí cho 14 người có uy tín.
2. Nắm tình hình và giải quyết kiến nghị
- Tình hình tôn giáo ổn định; không phát hiện hoạt động của "Tin lành Đê Ga". Xã tiếp 11 lượt công dân, nhận 4 đơn thư, giải quyết 4/4 đơn đúng hạn.
- Già làng Rơ Châm Tưk (làng Mook Trê) và Trưởng làng Ia Bang Siu Blới đã vận động 3 hộ trả lại 5,5 ha đất lấn chiếm của Công ty cao su.
3. Kết quả các phong trào
- Vận động nhân dân góp 410 ngày công, 12.000.000 đồng nạo vét 2 kênh mương nội đồng; 18 hộ đăng ký thoát nghèo năm 2017.
- Hội LHPN xã do đồng chí Siu Thị Plai làm Chủ tịch phối hợp Ngân hàng Chính sách xã hội giải ngân hơn 1,3 tỷ đồng cho 42 hộ vay.
- Bí thư Đoàn xã Ksor H'Nhung cho biết đoàn viên đã ra quân làm 150 m đường bê tông tại làng Mook Trê.
4. Thực hiện Kết luận 22, 23-KL/ĐU của Ban Thường vụ Đảng ủy xã về công tác vận động đồng bào dân tộc thiểu số phát triển kinh tế và về xây dựng làng văn hóa, khối đã kiểm tra tại 3 làng, biểu dương 5 hộ làm kinh tế giỏi.
Nhiệm vụ trọng tâm tháng 5/2017:
- Vận động nhân dân chuẩn bị đất, giống cho vụ mùa; phòng chống dịch bệnh trên đàn gia súc.
- Tổ chức các hoạt động kỷ niệm 127 năm Ngày sinh Chủ tịch Hồ Chí Minh.
- Phối hợp Đồn Biên phòng Ia Dom tuần tra, vận động nhân dân không vượt biên trái phép.
- Giao các đồng chí Phó Chủ tịch UBND xã: Rơ Lan Hyưk, Nguyễn Văn Tâm chỉ đạo giải quyết dứt điểm tranh chấp đất tại làng Ia Bang.
Đồng chí Rơ Mah Phiên, Phó Bí thư Thường trực Đảng ủy, Trưởng khối dân vận xã nhấn mạnh: công tác dân vận ở xã biên giới phải "đi từng làng, đến từng hộ", kịp thời nắm tâm tư nguyện vọng của nhân dân, không để kẻ xấu lợi dụng.
Hồng Thi (UBND xã Ia Dom)
Lượt đọc: 233
Tin liên quan
- Đức Cơ: Hội nghị giao ban công tác dân vận quý I/2017 (31/03/2017)
- Ia Dom: ra mắt mô hình "Làng tự quản về an ninh trật tự" (14/03/2017)
""", "2017-04-28", "Ia Dom: Khối dân vận báo cáo kết quả tháng 4, triển khai nhiệm vụ tháng 5",
E("bao_cao", "2017-04", "2017-04-25"),
[P("Rơ Châm Tưk", "Già làng"),
 P("Siu Blới", "Trưởng làng Ia Bang"),
 P("Siu Thị Plai", "Chủ tịch"),
 P("Ksor H'Nhung", "Bí thư Đoàn xã"),
 P("Rơ Lan Hyưk", "Phó Chủ tịch UBND xã"),
 P("Nguyễn Văn Tâm", "Phó Chủ tịch UBND xã"),
 P("Rơ Mah Phiên", "Phó Bí thư Thường trực Đảng ủy", "Trưởng khối dân vận xã")],
[Q("9 làng", 9, "làng"), Q("hơn 60%", 60, "%", "over"), Q("16 buổi sinh hoạt chính trị", 16, "buổi sinh hoạt chính trị"),
 Q("2 đội văn nghệ cồng chiêng", 2, "đội văn nghệ cồng chiêng"), Q("14 người có uy tín", 14, "người có uy tín"),
 Q("11 lượt công dân", 11, "lượt công dân"), Q("4 đơn thư", 4, "đơn thư"), Q("4/4 đơn", 4, "đơn"), Q("3 hộ", 3, "hộ"),
 Q("5,5 ha", 5.5, "ha"), Q("410 ngày công", 410, "ngày công"), Q("12.000.000 đồng", 12000000, "đồng"),
 Q("2 kênh mương nội đồng", 2, "kênh mương nội đồng"), Q("18 hộ", 18, "hộ"), Q("hơn 1,3 tỷ đồng", 1300000000, "đồng", "over"),
 Q("42 hộ", 42, "hộ"), Q("150 m", 150, "m"), Q("3 làng", 3, "làng"), Q("5 hộ", 5, "hộ")],
[D("Báo cáo", "08", "BC/KDV", "2017-04-25", "Khối dân vận Đảng ủy xã Ia Dom", "Báo cáo số 08-BC/KDV ngày 25/4/2017"),
 D("Quyết định", "18", "2011/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 18/2011/QĐ-TTg"),
 D("Kết luận", "22", "KL/ĐU", None, "Ban Thường vụ Đảng ủy xã", "Kết luận 22, 23-KL/ĐU"),
 D("Kết luận", "23", "KL/ĐU", None, "Ban Thường vụ Đảng ủy xã", "Kết luận 22, 23-KL/ĐU")],
[prov("Gia Lai"), com("Ia Dom")],
["Trang thông tin điện tử huyện Đức Cơ - tỉnh Gia Lai", "Trang chủ :: Xã, thị trấn :: Xã Ia Dom", "Tin lành Đê Ga",
 "Đồn Biên phòng Ia Dom", "đi từng làng, đến từng hộ", "Công ty cao su", "Lượt đọc: 233"],
["Cập nhật lúc 16:10 ngày 28/04/2017", "tháng 4 năm 2017", "tháng 5/2017", "127 năm", "năm 2017", "Lượt đọc: 233"]))

PAGES.append(page("b3732-laocai-xa-banlau-baocao-2018-08", """
ĐẢNG BỘ HUYỆN MƯỜNG KHƯƠNG - TỈNH LÀO CAI
Trang chủ - Cơ sở Đảng - Bản Lầu
Thứ Năm, 30/08/2018 - 10:15
Ảnh: Cán bộ khối dân vận xã giúp dân khắc phục hậu quả mưa lũ.
Bản Lầu báo cáo công tác dân vận tháng 8: dồn sức giúp dân khắc phục mưa lũ
Ngày 28/8/2018, Khối dân vận Đảng ủy xã Bản Lầu, huyện Mường Khương (Lào Cai) hoàn thành báo cáo công tác dân vận tháng 8/2018, nêu rõ: trong tháng, trận mưa lũ đêm 14 rạng sáng 15/8 làm 17 hộ bị thiệt hại nhà cửa, 2 hộ phải di dời khẩn cấp; khối dân vận đã huy động cả hệ thống chính trị vào cuộc.
Đánh giá chung, trong thiên tai, cán bộ, đảng viên đã có mặt kịp thời, không để người dân nào bị thiếu đói; tuy nhiên công tác dự báo, cảnh báo sớm ở các thôn vùng cao còn hạn chế, một số hộ chủ quan chưa chịu di dời.
Kết quả cụ thể:
1. Huy động khoảng 150 công lao động của đoàn viên, hội viên và dân quân giúp các hộ dọn dẹp, dựng lại nhà; Ủy ban MTTQ xã tiếp nhận 84,5 triệu đồng, 1,2 tấn gạo và 60 thùng mì tôm từ các nhà hảo tâm, đã phân bổ đến 17 hộ.
2. Triển khai Công văn số 245-CV/BDVHU ngày 03/8/2018 của Ban Dân vận Huyện ủy Mường Khương về tăng cường nắm tình hình nhân dân mùa mưa bão; tổ chức 7 buổi họp thôn với hơn 400 người dự.
3. Tiếp tục thực hiện Nghị quyết 10, 11-NQ/ĐU của Đảng ủy xã về phát triển cây chuối, dứa hàng hóa và về xây dựng thôn văn hóa; đến nay toàn xã có 285 ha chuối, tăng 40 ha so với cùng kỳ.
4. Công tác dân vận chính quyền: tiếp 9 lượt công dân, không có đơn thư vượt cấp; cán bộ một cửa giải quyết đúng hạn 100% hồ sơ.
5. Vận động 23 thanh niên đăng ký khám tuyển nghĩa vụ quân sự năm 2019.
Tại cuộc họp khối ngày 27/8, đồng chí Tẩn Láo Lở, Trưởng thôn Na Lốc 3, đề nghị xã sớm khắc phục tuyến đường bị sạt lở; đồng chí Lý Seo Chứ, Bí thư Chi bộ thôn Sín Chải, báo cáo chi bộ đã vận động 5 hộ người Mông tự nguyện di dời khỏi vùng nguy cơ sạt lở; bà Giàng Thị Dở, Chủ tịch Hội Phụ nữ xã, xin hỗ trợ giống rau vụ đông cho các hộ bị thiệt hại.
Phương hướng tháng 9/2018:
1. Tiếp tục vận động nhân dân khắc phục hậu quả thiên tai, ổn định cuộc sống; phấn đấu trước ngày 15/9 sửa chữa xong 17 nhà bị hư hỏng.
2. Tổ chức Ngày hội Đại đoàn kết toàn dân tộc tại các thôn và kỷ niệm 88 năm Ngày truyền thống công tác dân vận của Đảng (15/10).
3. Đôn đốc các chi bộ thực hiện Quy chế dân chủ ở cơ sở; tổng hợp ý kiến của nhân dân gửi kỳ họp HĐND.
Đồng chí Lù Văn Sinh, Phó Bí thư Thường trực Đảng ủy, Trưởng khối dân vận xã Bản Lầu cho biết, khối sẽ phân công mỗi thành viên phụ trách 2 thôn trong mùa mưa bão.
Lù Minh Hải
Đã xem: 421
Bài viết liên quan
- Mường Khương: hơn 1.000 người giúp dân vùng lũ (22/08/2018)
- Bản Lầu: báo cáo công tác dân vận tháng 7/2018 (30/07/2018)
""", "2018-08-30", "Bản Lầu báo cáo công tác dân vận tháng 8: dồn sức giúp dân khắc phục mưa lũ",
E("bao_cao", "2018-08", "2018-08-28"),
[P("Tẩn Láo Lở", "Trưởng thôn Na Lốc 3"),
 P("Lý Seo Chứ", "Bí thư Chi bộ thôn Sín Chải"),
 P("Giàng Thị Dở", "Chủ tịch Hội Phụ nữ xã"),
 P("Lù Văn Sinh", "Phó Bí thư Thường trực Đảng ủy", "Trưởng khối dân vận xã Bản Lầu")],
[Q("17 hộ", 17, "hộ"), Q("2 hộ", 2, "hộ"), Q("khoảng 150 công lao động", 150, "công lao động", "approx"),
 Q("84,5 triệu đồng", 84500000, "đồng"), Q("1,2 tấn", 1.2, "tấn"), Q("60 thùng mì tôm", 60, "thùng mì tôm"),
 Q("7 buổi họp thôn", 7, "buổi họp thôn"), Q("hơn 400 người", 400, "người", "over"), Q("285 ha", 285, "ha"), Q("40 ha", 40, "ha"),
 Q("9 lượt công dân", 9, "lượt công dân"), Q("100%", 100, "%"), Q("23 thanh niên", 23, "thanh niên"),
 Q("5 hộ người Mông", 5, "hộ người Mông"), Q("17 nhà", 17, "nhà"), Q("2 thôn", 2, "thôn")],
[D("Công văn", "245", "CV/BDVHU", "2018-08-03", "Ban Dân vận Huyện ủy Mường Khương", "Công văn số 245-CV/BDVHU ngày 03/8/2018"),
 D("Nghị quyết", "10", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết 10, 11-NQ/ĐU của Đảng ủy xã"),
 D("Nghị quyết", "11", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết 10, 11-NQ/ĐU của Đảng ủy xã")],
[prov("Lào Cai"), com("Bản Lầu")],
["ĐẢNG BỘ HUYỆN MƯỜNG KHƯƠNG - TỈNH LÀO CAI", "Trang chủ - Cơ sở Đảng - Bản Lầu",
 "Ảnh: Cán bộ khối dân vận xã giúp dân khắc phục hậu quả mưa lũ.", "Ngày hội Đại đoàn kết toàn dân tộc",
 "Quy chế dân chủ ở cơ sở", "Đã xem: 421"],
["Thứ Năm, 30/08/2018 - 10:15", "tháng 8/2018", "đêm 14 rạng sáng 15/8", "tháng 9/2018", "trước ngày 15/9", "88 năm",
 "(15/10)", "năm 2019", "Đã xem: 421"]))

PAGES.append(page("b3733-quangnam-xa-lang-giaoban-2019-02", """
BÁO QUẢNG NAM ONLINE
Chính trị / Xây dựng Đảng / Cơ sở
27/02/2019 - 09:45
Toàn cảnh buổi giao ban khối dân vận xã Lăng.
Tây Giang: Khối dân vận xã Lăng giữ nhịp sau Tết
(QNO) - Sáng 26/2, Khối dân vận Đảng ủy xã Lăng (huyện Tây Giang) tổ chức giao ban đánh giá kết quả công tác dân vận tháng 2/2019 và triển khai nhiệm vụ tháng 3. Dự có các đồng chí Phó Bí thư Đảng ủy xã: Bhling Mia, Clâu Nhiên; đồng chí A Lăng Thị Bốn, Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã - Trưởng khối dân vận chủ trì.
Theo báo cáo, tháng 2 trùng dịp Tết Kỷ Hợi, khối dân vận đã tập trung vào mấy việc chính:
1. Phối hợp tổ chức thăm, tặng 320 phần quà Tết cho hộ nghèo, gia đình chính sách và người có uy tín, tổng trị giá hơn 130 triệu đồng; mỗi phần quà trị giá 400.000 đồng.
2. Thực hiện Quyết định số 12/2018/QĐ-TTg ngày 06/3/2018 của Thủ tướng Chính phủ về tiêu chí lựa chọn, công nhận người có uy tín và chính sách đối với người có uy tín trong đồng bào dân tộc thiểu số; tổ chức gặp mặt 16 già làng, trưởng thôn, người có uy tín.
3. Vận động nhân dân các thôn vui xuân an toàn, không uống rượu say, không đốt rừng làm rẫy; tổ chức Lễ hội mừng lúa mới tại 2 thôn theo đúng hương ước.
4. Tiếp tục triển khai Kế hoạch số 45-KH/ĐU ngày 18/01/2019 của Ban Thường vụ Đảng ủy xã về vận động đồng bào Cơ Tu bảo vệ rừng; 100% hộ nhận khoán đã ký cam kết bảo vệ 1.860 ha rừng.
5. Hội Nông dân giải ngân 350 triệu đồng từ Quỹ Hỗ trợ nông dân cho 14 hộ nuôi heo cỏ, trồng ba kích.
Ý kiến tại giao ban, ông Zơ Râm Nga, Trưởng thôn Achoong, phản ánh một số hộ trẻ chưa mặn mà với việc trồng sâm; chị Alăng Thị Ngó, Chủ tịch Hội LHPN xã, đề nghị mở lớp dạy dệt thổ cẩm cho khoảng 30 chị em.
Giao ban cũng chỉ ra hạn chế: việc nắm tình hình lao động trẻ đi làm ăn xa sau Tết chưa đầy đủ; một vài thôn chưa duy trì họp tổ dân vận hằng tháng, báo cáo của các chi hội còn chậm và sơ sài.
Nhiệm vụ tháng 3/2019, khối dân vận xác định:
- Ra quân trồng cây đầu xuân, phấn đấu trồng mới 25 ha rừng sản xuất;
- Tổ chức đối thoại giữa Chủ tịch UBND xã với nhân dân về chính sách chi trả dịch vụ môi trường rừng;
- Tổng hợp báo cáo quý I theo Hướng dẫn số 02-HD/BDVHU của Ban Dân vận Huyện ủy Tây Giang.
Kết luận giao ban, đồng chí A Lăng Thị Bốn đề nghị mỗi thành viên khối dân vận "bám thôn, bám hộ", giữ vững ổn định ở địa bàn giáp biên giới với Lào.
Tây Giang là huyện vùng cao biên giới của tỉnh Quảng Nam, đồng bào Cơ Tu chiếm trên 90% dân số. Xã Lăng có 9 thôn, là một trong những xã có nhiều mô hình "Dân vận khéo" nhất huyện.
Alăng Ngước
Tin cùng chuyên mục
- Nam Giang: gặp mặt người có uy tín đầu xuân Kỷ Hợi (20/02/2019)
- Tây Giang tổng kết công tác dân vận năm 2018 (28/12/2018)
""", "2019-02-27", "Tây Giang: Khối dân vận xã Lăng giữ nhịp sau Tết",
E("giao_ban", "2019-02", "2019-02-26"),
[P("Bhling Mia", "Phó Bí thư Đảng ủy xã"),
 P("Clâu Nhiên", "Phó Bí thư Đảng ủy xã"),
 P("A Lăng Thị Bốn", "Ủy viên Ban Thường vụ Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã - Trưởng khối dân vận"),
 P("Zơ Râm Nga", "Trưởng thôn Achoong"),
 P("Alăng Thị Ngó", "Chủ tịch Hội LHPN xã")],
[Q("320 phần quà", 320, "phần quà"), Q("hơn 130 triệu đồng", 130000000, "đồng", "over"), Q("400.000 đồng", 400000, "đồng"),
 Q("16 già làng, trưởng thôn, người có uy tín", 16, "già làng, trưởng thôn, người có uy tín"), Q("2 thôn", 2, "thôn"),
 Q("100%", 100, "%"), Q("1.860 ha", 1860, "ha"), Q("350 triệu đồng", 350000000, "đồng"), Q("14 hộ", 14, "hộ"),
 Q("khoảng 30 chị em", 30, "chị em", "approx"), Q("25 ha", 25, "ha"), Q("trên 90%", 90, "%", "over"), Q("9 thôn", 9, "thôn")],
[D("Quyết định", "12", "2018/QĐ-TTg", "2018-03-06", "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg ngày 06/3/2018"),
 D("Kế hoạch", "45", "KH/ĐU", "2019-01-18", "Ban Thường vụ Đảng ủy xã", "Kế hoạch số 45-KH/ĐU ngày 18/01/2019"),
 D("Hướng dẫn", "02", "HD/BDVHU", None, "Ban Dân vận Huyện ủy Tây Giang", "Hướng dẫn số 02-HD/BDVHU")],
[prov("Quảng Nam"), com("Lăng")],
["BÁO QUẢNG NAM ONLINE", "Chính trị / Xây dựng Đảng / Cơ sở", "Toàn cảnh buổi giao ban khối dân vận xã Lăng.", "(QNO)",
 "Tết Kỷ Hợi", "Lễ hội mừng lúa mới", "Quỹ Hỗ trợ nông dân", "bám thôn, bám hộ", "Dân vận khéo"],
["27/02/2019 - 09:45", "tháng 2/2019", "tháng 3/2019", "quý I"]))

PAGES.append(page("b3734-ninhthuan-xa-phuocnam-baocao-2019-12", """
Cổng thông tin điện tử huyện Thuận Nam - Ninh Thuận
Trang chủ > Tin tức - Sự kiện > Hoạt động các xã
2020-01-03 08:30
Phước Nam: Kết quả công tác dân vận tháng 12 và cả năm 2019
Ngày 30/12/2019, Khối dân vận Đảng ủy xã Phước Nam ban hành báo cáo kết quả công tác dân vận tháng 12/2019, đồng thời điểm lại một số kết quả nổi bật của năm. Xã Phước Nam có 3 thôn đồng bào Chăm theo đạo Bà-la-môn và Bàni, chiếm khoảng 45% dân số.
Kết quả tháng 12/2019
1. Phối hợp Ban Đại diện Hội đồng chức sắc Bàni tỉnh thăm, chúc mừng lễ Ramưwan sắp tới; làm việc với ông Thiên Sanh Thềm, Trưởng ban Đại diện chức sắc Bàni xã, và Cả sư Lưu Quang Tô về việc tổ chức lễ hội đúng quy định.
2. Thực hiện Quy chế phối hợp số 03-QC/KDV ngày 12/02/2019 giữa Khối dân vận và Ủy ban nhân dân xã về công tác dân vận chính quyền: tiếp 26 lượt công dân; tiếp nhận 8 đơn thư, đã giải quyết 6 đơn, 2 đơn chuyển cấp huyện.
3. Vận động nhân dân thôn Văn Lâm 1, Văn Lâm 2 hiến 2.350 m2 đất mở rộng đường liên thôn; huy động khoảng 1,15 tỷ đồng xây dựng nông thôn mới, trong đó nhân dân đóng góp 420 triệu đồng.
4. Hội Cựu chiến binh và Đoàn Thanh niên giúp 12 hộ neo đơn sửa nhà, làm 3 "Mái ấm tình thương".
5. Triển khai Nghị quyết số 03-NQ/ĐU ngày 05/12/2019 của Ban Chấp hành Đảng bộ xã về công tác chuẩn bị Đại hội Đảng bộ xã nhiệm kỳ 2020 - 2025; khối tổ chức lấy ý kiến nhân dân góp ý dự thảo văn kiện tại 7 thôn, thu được 94 ý kiến góp ý.
* Hạn chế: Việc nắm tình hình ở một số thôn chưa thường xuyên; một bộ phận người dân còn tâm lý trông chờ, ỷ lại vào sự hỗ trợ của Nhà nước; công tác tuyên truyền trên hệ thống loa truyền thanh có lúc gián đoạn do thiết bị hư hỏng.
Kết quả năm 2019 (tóm tắt): 148 mô hình "Dân vận khéo" được duy trì ở các cấp; tỷ lệ hộ nghèo giảm còn 4,8%; 100% thôn đạt chuẩn văn hóa.
Nhiệm vụ tháng 01/2020
1. Tổ chức thăm, tặng quà Tết Canh Tý cho hộ nghèo, gia đình chính sách; phấn đấu không để hộ nào không có Tết.
2. Nắm tình hình tư tưởng nhân dân trước, trong và sau Tết; phối hợp Công an xã bảo đảm an ninh trật tự tại các thôn Chăm.
3. Tổng kết công tác dân vận năm 2019 theo Hướng dẫn số 19-HD/BDVHU ngày 22/11/2019 của Ban Dân vận Huyện ủy Thuận Nam.
4. Duy trì sinh hoạt tổ dân vận ở các thôn; đề xuất khen thưởng tập thể, cá nhân có thành tích trong phong trào thi đua "Dân vận khéo" năm 2019.
Báo cáo do đồng chí Đàng Văn Thống, Phó Bí thư Thường trực Đảng ủy, Trưởng Khối dân vận xã ký. Tham gia xây dựng báo cáo còn có bà Thiên Thị Ngọc Hồng, Chủ tịch Hội LHPN xã và ông Hán Văn Khoa, Chủ tịch Ủy ban MTTQ Việt Nam xã.
Quảng Mạnh
Số lượt xem: 356
Tin khác
- Thuận Nam: giao ban khối dân vận quý IV/2019 (25/12/2019)
- Phước Nam ra mắt câu lạc bộ "Dân vận khéo" (10/12/2019)
""", "2020-01-03", "Phước Nam: Kết quả công tác dân vận tháng 12 và cả năm 2019",
E("bao_cao", "2019-12", "2019-12-30"),
[P("Thiên Sanh Thềm", "Trưởng ban Đại diện chức sắc Bàni xã"),
 P("Lưu Quang Tô", "Cả sư"),
 P("Đàng Văn Thống", "Phó Bí thư Thường trực Đảng ủy", "Trưởng Khối dân vận xã"),
 P("Thiên Thị Ngọc Hồng", "Chủ tịch Hội LHPN xã"),
 P("Hán Văn Khoa", "Chủ tịch Ủy ban MTTQ Việt Nam xã")],
[Q("3 thôn đồng bào Chăm", 3, "thôn đồng bào Chăm"), Q("khoảng 45%", 45, "%", "approx"), Q("26 lượt công dân", 26, "lượt công dân"),
 Q("8 đơn thư", 8, "đơn thư"), Q("6 đơn", 6, "đơn"), Q("2 đơn", 2, "đơn"), Q("2.350 m2", 2350, "m2"),
 Q("khoảng 1,15 tỷ đồng", 1150000000, "đồng", "approx"), Q("420 triệu đồng", 420000000, "đồng"), Q("12 hộ neo đơn", 12, "hộ neo đơn"),
 Q('3 "Mái ấm tình thương"', 3, "Mái ấm tình thương"), Q("7 thôn", 7, "thôn"), Q("94 ý kiến góp ý", 94, "ý kiến"),
 Q("148 mô hình", 148, "mô hình"), Q("4,8%", 4.8, "%"), Q("100%", 100, "%")],
[D("Quy chế phối hợp", "03", "QC/KDV", "2019-02-12", None, "Quy chế phối hợp số 03-QC/KDV ngày 12/02/2019"),
 D("Nghị quyết", "03", "NQ/ĐU", "2019-12-05", "Ban Chấp hành Đảng bộ xã", "Nghị quyết số 03-NQ/ĐU ngày 05/12/2019"),
 D("Hướng dẫn", "19", "HD/BDVHU", "2019-11-22", "Ban Dân vận Huyện ủy Thuận Nam", "Hướng dẫn số 19-HD/BDVHU ngày 22/11/2019")],
[prov("Ninh Thuận"), com("Phước Nam")],
["Cổng thông tin điện tử huyện Thuận Nam - Ninh Thuận", "Trang chủ > Tin tức - Sự kiện > Hoạt động các xã",
 "Ban Đại diện Hội đồng chức sắc Bàni tỉnh", "Mái ấm tình thương", "Dân vận khéo", "Tết Canh Tý", "Số lượt xem: 356"],
["2020-01-03 08:30", "tháng 12/2019", "năm 2019", "nhiệm kỳ 2020 - 2025", "tháng 01/2020", "Số lượt xem: 356"]))

PAGES.append(page("b3735-binhphuoc-xa-dako-baocao-2020-04", """
BAN DÂN VẬN TỈNH ỦY BÌNH PHƯỚC - TRANG THÔNG TIN ĐIỆN TỬ
Trang chủ | Dân vận cơ sở | Bù Gia Mập
Ngày 29/04/2020 | 17:05
Khối dân vận xã Đắk Ơ: tháng 4 "chống dịch như chống giặc"
Khối dân vận Đảng ủy xã Đắk Ơ (huyện Bù Gia Mập, tỉnh Bình Phước) vừa gửi Ban Dân vận Huyện ủy báo cáo công tác dân vận tháng 4 năm 2020, ký ngày 27/4/2020. Trang tin Ban Dân vận Tỉnh ủy giới thiệu những nội dung chính.
1. Công tác tuyên truyền phòng, chống dịch Covid-19
Thực hiện Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ về thực hiện các biện pháp cấp bách phòng, chống dịch Covid-19, khối dân vận phối hợp các đoàn thể tuyên truyền bằng xe loa lưu động 42 lượt, phát 2.500 tờ rơi song ngữ Việt - S'tiêng; vận động 100% hộ dân cam kết thực hiện giãn cách xã hội. Đoàn xã và Hội LHPN may, phát miễn phí 3.000 khẩu trang vải; duy trì 2 chốt kiểm soát dịch trên tuyến biên giới.
2. Công tác an sinh xã hội
Triển khai Nghị quyết số 42/NQ-CP ngày 09/4/2020 của Chính phủ về các biện pháp hỗ trợ người dân gặp khó khăn do đại dịch Covid-19, xã đã rà soát, lập danh sách 318 hộ nghèo, cận nghèo và 47 lao động tự do mất việc làm. Ủy ban MTTQ xã tiếp nhận 15 tấn gạo, 1.250 suất quà và hơn 96 triệu đồng tiền mặt từ các tổ chức, cá nhân; đã trao đến tận tay 1.250 hộ. Một "cây ATM gạo" đặt tại trụ sở Ủy ban MTTQ xã phát khoảng 4 tạ gạo mỗi ngày.
3. Công tác dân tộc, dân vận chính quyền
Xã có 1.437 hộ đồng bào S'tiêng, chiếm 52% số hộ. Các đồng chí trong khối đã phối hợp với già làng, người có uy tín vận động bà con không tụ tập uống rượu, không qua lại biên giới trái phép. Điển hình là già làng Điểu Xiêm (sóc Bù Lư) và bà Thị Hạnh, người có uy tín sóc Bù Dốt, đã đến từng nhà nhắc nhở con cháu.
Trong tháng, Ủy ban nhân dân xã tạm dừng tiếp công dân trực tiếp, chuyển sang tiếp nhận qua điện thoại và hòm thư góp ý; đã nhận 6 kiến nghị, trả lời 6 kiến nghị.
4. Đánh giá
Công tác dân vận trong tháng được triển khai nhanh, đúng trọng tâm; nhân dân đồng thuận cao với các biện pháp phòng dịch. Tuy nhiên, việc chi trả hỗ trợ theo Nghị quyết 42/NQ-CP còn chậm do nhiều hộ thiếu giấy tờ tùy thân.
5. Nhiệm vụ tháng 5/2020
- Tiếp tục tuyên truyền thực hiện các biện pháp phòng dịch trong trạng thái "bình thường mới";
- Hoàn thành chi trả hỗ trợ cho các đối tượng theo Nghị quyết 42/NQ-CP trước ngày 15/5;
- Vận động nhân dân chăm sóc điều, tiêu; phấn đấu trồng mới 60 ha cao su tiểu điền;
- Triển khai Kế hoạch số 27-KH/ĐU ngày 20/4/2020 của Đảng ủy xã về tổ chức các hoạt động kỷ niệm 130 năm Ngày sinh Chủ tịch Hồ Chí Minh.
Đồng chí Điểu Nhanh, Ủy viên Ban Thường vụ Đảng ủy, Trưởng khối dân vận xã Đắk Ơ cho biết, dù nguồn lực có hạn, khối quyết tâm "không để ai bị bỏ lại phía sau". Bí thư Đảng ủy xã Nguyễn Văn Lợi đánh giá cao tinh thần xung kích của Hội Phụ nữ do bà Điểu Thị Hường làm Chủ tịch.
Minh Khang
Lượt xem: 1.024
Tin liên quan
- Bù Gia Mập: trao 500 suất quà cho người dân khó khăn (20/04/2020)
- Ban Dân vận Tỉnh ủy chỉ đạo công tác dân vận trong phòng, chống dịch (02/04/2020)
""", "2020-04-29", 'Khối dân vận xã Đắk Ơ: tháng 4 "chống dịch như chống giặc"',
E("bao_cao", "2020-04", "2020-04-27"),
[P("Điểu Xiêm", "già làng"),
 P("Thị Hạnh", "người có uy tín sóc Bù Dốt"),
 P("Điểu Nhanh", "Ủy viên Ban Thường vụ Đảng ủy", "Trưởng khối dân vận xã Đắk Ơ"),
 P("Nguyễn Văn Lợi", "Bí thư Đảng ủy xã"),
 P("Điểu Thị Hường", "Chủ tịch")],
[Q("42 lượt", 42, "lượt"), Q("2.500 tờ rơi song ngữ Việt - S'tiêng", 2500, "tờ rơi song ngữ Việt - S'tiêng"), Q("100%", 100, "%"),
 Q("3.000 khẩu trang vải", 3000, "khẩu trang vải"), Q("2 chốt kiểm soát dịch", 2, "chốt kiểm soát dịch"),
 Q("318 hộ nghèo, cận nghèo", 318, "hộ nghèo, cận nghèo"), Q("47 lao động tự do", 47, "lao động tự do"), Q("15 tấn", 15, "tấn"),
 Q("1.250 suất quà", 1250, "suất quà"), Q("hơn 96 triệu đồng", 96000000, "đồng", "over"), Q("1.250 hộ", 1250, "hộ"),
 Q("khoảng 4 tạ", 4, "tạ", "approx"), Q("1.437 hộ đồng bào S'tiêng", 1437, "hộ đồng bào S'tiêng"), Q("52%", 52, "%"),
 Q("6 kiến nghị", 6, "kiến nghị"), Q("60 ha", 60, "ha")],
[D("Chỉ thị", "16", "CT-TTg", "2020-03-31", "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg ngày 31/3/2020"),
 D("Nghị quyết", "42", "NQ-CP", "2020-04-09", "Chính phủ", "Nghị quyết số 42/NQ-CP ngày 09/4/2020"),
 D("Kế hoạch", "27", "KH/ĐU", "2020-04-20", "Đảng ủy xã", "Kế hoạch số 27-KH/ĐU ngày 20/4/2020")],
[prov("Bình Phước"), com("Đắk Ơ")],
["BAN DÂN VẬN TỈNH ỦY BÌNH PHƯỚC - TRANG THÔNG TIN ĐIỆN TỬ", "Trang chủ | Dân vận cơ sở | Bù Gia Mập",
 "chống dịch như chống giặc", "cây ATM gạo", "bình thường mới", "không để ai bị bỏ lại phía sau", "Lượt xem: 1.024"],
["Ngày 29/04/2020 | 17:05", "tháng 4 năm 2020", "Covid-19", "tháng 5/2020", "trước ngày 15/5", "130 năm", "Lượt xem: 1.024"]))

PAGES.append(page("b3736-namdinh-xa-haily-giaoban-2020-09", """
Cổng Thông tin điện tử huyện Hải Hậu
Tin tức > Xã, thị trấn > Hải Lý
30 tháng 9, 2020 | 16:40
Khối dân vận xã Hải Lý triển khai nhiệm vụ tháng 10, chào mừng Đại hội Đảng bộ huyện
Chiều 28/9/2020, Khối dân vận Đảng ủy xã Hải Lý, huyện Hải Hậu, tỉnh Nam Định giao ban đánh giá kết quả công tác dân vận tháng 9/2020 và triển khai nhiệm vụ tháng 10. Đồng chí Trần Văn Chiến, Phó Bí thư Thường trực Đảng ủy, Trưởng khối dân vận xã chủ trì. Dự giao ban có đồng chí Vũ Thị Hoa, Phó Trưởng Ban Dân vận Huyện ủy Hải Hậu.
Ảnh: Đồng chí Vũ Thị Hoa phát biểu tại buổi giao ban.
Báo cáo tại giao ban cho biết, tháng 9 khối dân vận đã hoàn thành các công việc:
1. Tuyên truyền kết quả Đại hội Đảng bộ xã lần thứ XXV, nhiệm kỳ 2020 - 2025 và thực hiện Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng; tổ chức 8 hội nghị tại các xóm với trên 1.100 lượt người tham dự.
2. Phối hợp với giáo xứ Lý Nhân và giáo xứ Quần Phương tổ chức Tết Trung thu cho khoảng 900 cháu thiếu nhi, trao 250 suất quà Trung thu cho trẻ em nghèo, mỗi suất 100.000 đồng. Linh mục Giuse Phạm Văn Thịnh, chánh xứ giáo xứ Lý Nhân, đã vận động giáo dân ủng hộ 35 triệu đồng cho Quỹ khuyến học xã.
3. Vận động 54 hộ ven biển gia cố nhà cửa, chằng chống trước mùa bão; thành lập 4 đội xung kích phòng chống thiên tai với 120 thành viên.
4. Thực hiện Kế hoạch số 08-KH/KDV và Kế hoạch số 09-KH/KDV của Khối dân vận xã về giám sát việc thực hiện chính sách hỗ trợ do dịch Covid-19 và về xây dựng xóm kiểu mẫu; đã giám sát tại 5 xóm, kiến nghị bổ sung 13 trường hợp đủ điều kiện hỗ trợ.
5. Tiếp công dân 14 lượt, nhận 3 đơn; hòa giải thành 2 vụ tranh chấp ranh giới đất ở.
Tại giao ban, đồng chí Đoàn Văn Mạnh, Chủ tịch Hội Nông dân xã, kiến nghị hỗ trợ giống cho vụ đông; đồng chí Phạm Thị Nhung, Chủ tịch Hội LHPN xã, đề nghị tiếp tục nhân rộng mô hình "Phụ nữ công giáo sống tốt đời, đẹp đạo".
Nhiệm vụ tháng 10/2020:
1. Tuyên truyền, chào mừng Đại hội đại biểu Đảng bộ huyện Hải Hậu lần thứ XXVI và kỷ niệm 90 năm Ngày truyền thống công tác dân vận của Đảng.
2. Tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở 16/16 xóm.
3. Vận động nhân dân thu hoạch lúa mùa, đăng ký trồng 45 ha cây vụ đông.
4. Phối hợp với Ban hành giáo các giáo xứ chuẩn bị Lễ Giáng sinh an toàn.
Kết luận, đồng chí Vũ Thị Hoa ghi nhận sự chủ động của khối dân vận xã, đề nghị tiếp tục phát huy vai trò của các chức sắc tôn giáo trong vận động đồng bào công giáo.
Văn Chiến
Đã xem: 264
Tin cùng chuyên mục
- Hải Lý: Đại hội Đảng bộ xã lần thứ XXV thành công tốt đẹp (12/06/2020)
- Giao ban khối dân vận tháng 8/2020 (28/08/2020)
""", "2020-09-30", "Khối dân vận xã Hải Lý triển khai nhiệm vụ tháng 10, chào mừng Đại hội Đảng bộ huyện",
E("giao_ban", "2020-09", "2020-09-28"),
[P("Trần Văn Chiến", "Phó Bí thư Thường trực Đảng ủy", "Trưởng khối dân vận xã"),
 P("Vũ Thị Hoa", "Phó Trưởng Ban Dân vận Huyện ủy Hải Hậu"),
 P("Giuse Phạm Văn Thịnh", "Linh mục", "chánh xứ giáo xứ Lý Nhân"),
 P("Đoàn Văn Mạnh", "Chủ tịch Hội Nông dân xã"),
 P("Phạm Thị Nhung", "Chủ tịch Hội LHPN xã")],
[Q("8 hội nghị", 8, "hội nghị"), Q("trên 1.100 lượt người", 1100, "lượt người", "over"),
 Q("khoảng 900 cháu thiếu nhi", 900, "cháu thiếu nhi", "approx"), Q("250 suất quà", 250, "suất quà"),
 Q("100.000 đồng", 100000, "đồng"), Q("35 triệu đồng", 35000000, "đồng"), Q("54 hộ ven biển", 54, "hộ ven biển"),
 Q("4 đội xung kích phòng chống thiên tai", 4, "đội xung kích phòng chống thiên tai"), Q("120 thành viên", 120, "thành viên"),
 Q("5 xóm", 5, "xóm"), Q("13 trường hợp", 13, "trường hợp"), Q("14 lượt", 14, "lượt"), Q("3 đơn", 3, "đơn"),
 Q("2 vụ tranh chấp ranh giới đất ở", 2, "vụ tranh chấp ranh giới đất ở"), Q("16/16 xóm", 16, "xóm"), Q("45 ha", 45, "ha")],
[D("Chỉ thị", "35", "CT/TW", "2019-05-30", "Bộ Chính trị", "Chỉ thị số 35-CT/TW ngày 30/5/2019"),
 D("Kế hoạch", "08", "KH/KDV", None, "Khối dân vận xã", "Kế hoạch số 08-KH/KDV"),
 D("Kế hoạch", "09", "KH/KDV", None, "Khối dân vận xã", "Kế hoạch số 09-KH/KDV của Khối dân vận xã")],
[prov("Nam Định"), com("Hải Lý")],
["Cổng Thông tin điện tử huyện Hải Hậu", "Tin tức > Xã, thị trấn > Hải Lý", "Ảnh: Đồng chí Vũ Thị Hoa phát biểu tại buổi giao ban.",
 "Phụ nữ công giáo sống tốt đời, đẹp đạo", "Ngày hội Đại đoàn kết toàn dân tộc", "Quỹ khuyến học xã", "Đã xem: 264"],
["30 tháng 9, 2020 | 16:40", "tháng 9/2020", "nhiệm kỳ 2020 - 2025", "lần thứ XXV", "lần thứ XIII", "lần thứ XXVI", "90 năm",
 "tháng 10/2020", "Covid-19", "Đã xem: 264"]))
