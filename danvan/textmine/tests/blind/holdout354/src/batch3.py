from lib import *
PAGES = []

PAGES.append(page("b8465-hanoi-mttq-hoinghi-2021", """
CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG ĐỊNH CÔNG - QUẬN HOÀNG MAI
Trang chủ - Tin tức - Sự kiện - Mặt trận và các đoàn thể
Ngày 05/10/2021 | 09:15
Phường Định Công tuyên truyền trực tuyến phòng chống lừa đảo qua mạng cho người cao tuổi
Sáng 2/10, Ủy ban MTTQ Việt Nam phường Định Công (quận Hoàng Mai, Hà Nội) phối hợp với Công an phường và Hội Người cao tuổi phường tổ chức hội nghị trực tuyến tuyên truyền phòng chống lừa đảo qua mạng, kết nối tới 26 điểm cầu tại các tổ dân phố với gần 400 hội viên người cao tuổi tham dự.
Điểm cầu tổ dân phố số 7 tham dự hội nghị.
Do tình hình dịch Covid-19 còn diễn biến phức tạp, hội nghị được tổ chức theo hình thức trực tuyến; tại mỗi điểm cầu, số người dự không quá 10 người, bảo đảm yêu cầu "5K". Bà Nguyễn Thị Thanh Nga, Chủ tịch Ủy ban MTTQ Việt Nam phường Định Công phát biểu khai mạc; cùng dự có các ông, bà: Vũ Thị Hạnh, Lê Quang Tuấn, Ngô Minh Khôi - Trưởng ban công tác Mặt trận tổ dân phố.
Thiếu tá Phạm Đức Anh - Phó Trưởng Công an phường thông tin, 9 tháng năm 2021, Công an quận Hoàng Mai tiếp nhận 64 vụ lừa đảo qua mạng, thiệt hại trên 11 tỷ đồng. Trong thời gian giãn cách xã hội, xuất hiện nhiều thủ đoạn mới như rao bán máy tạo oxy, thuốc điều trị Covid-19 qua mạng rồi chiếm đoạt tiền; nhắn tin tuyển "cộng tác viên đặt đơn hàng" trên sàn thương mại điện tử; giả danh nhân viên y tế gọi điện thông báo người thân là F0, yêu cầu chuyển tiền viện phí.
Trên địa bàn phường, bà T.T.H. (tổ dân phố số 12) đã bị lừa 18 triệu đồng khi đặt mua máy tạo oxy qua một trang Facebook. Đồng chí Phạm Đức Anh khuyến cáo: khi mua hàng qua mạng nên chọn hình thức nhận hàng rồi mới thanh toán; tuyệt đối không cung cấp mã OTP, mật khẩu cho bất kỳ ai.
Ông Đào Văn Bích, Chủ tịch Hội Người cao tuổi phường cho biết, phường hiện có 3.210 người cao tuổi, khoảng 85% sử dụng điện thoại thông minh. Thực hiện Kế hoạch số 245/KH-UBND ngày 14/9/2021 của UBND phường và Hướng dẫn số 18/HD-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam quận Hoàng Mai, Hội đã giao các chi hội lập nhóm Zalo để chuyển ngay các cảnh báo của Công an phường đến hội viên.
Bà Nguyễn Thị Thanh Nga cũng thông tin về các quy định xử phạt hành vi đăng tải, chia sẻ thông tin sai sự thật trên mạng xã hội theo Nghị định số 15/2020/NĐ-CP ngày 3/2/2020 của Chính phủ, đề nghị các cụ "chậm chia sẻ, kiểm tra kỹ nguồn tin".
Kết thúc hội nghị, Ủy ban MTTQ phường phát động đợt tuyên truyền "Người cao tuổi tỉnh táo trước chiêu trò lừa đảo" kéo dài đến hết năm 2021, gắn với cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".
Minh Châu
Tin liên quan
- Phường Định Công trao 150 suất quà cho hộ khó khăn do dịch Covid-19 (25/09/2021)
- Hội nghị Ủy ban MTTQ phường lần thứ 3 (10/09/2021)
- Ra quân tổng vệ sinh môi trường khu dân cư (28/08/2021)
""", "2021-10-05", "Phường Định Công tuyên truyền trực tuyến phòng chống lừa đảo qua mạng cho người cao tuổi",
E("hoi_nghi", None, "2021-10-02"),
[P("Nguyễn Thị Thanh Nga", "Chủ tịch Ủy ban MTTQ Việt Nam phường Định Công"),
 P("Vũ Thị Hạnh", "Trưởng ban công tác Mặt trận tổ dân phố"),
 P("Lê Quang Tuấn", "Trưởng ban công tác Mặt trận tổ dân phố"),
 P("Ngô Minh Khôi", "Trưởng ban công tác Mặt trận tổ dân phố"),
 P("Phạm Đức Anh", "Thiếu tá", "Phó Trưởng Công an phường"),
 P("Đào Văn Bích", "Chủ tịch Hội Người cao tuổi phường")],
[Q("26 điểm cầu", 26, "điểm cầu"), Q("gần 400 hội viên người cao tuổi", 400, "hội viên người cao tuổi", "approx"),
 Q("không quá 10 người", 10, "người"), Q("64 vụ lừa đảo qua mạng", 64, "vụ lừa đảo qua mạng"),
 Q("trên 11 tỷ đồng", 11000000000, "đồng", "over"), Q("18 triệu đồng", 18000000, "đồng"),
 Q("3.210 người cao tuổi", 3210, "người cao tuổi"), Q("khoảng 85%", 85, "%", "approx")],
[D("Kế hoạch", "245", "KH-UBND", "2021-09-14", "UBND phường", "Kế hoạch số 245/KH-UBND ngày 14/9/2021"),
 D("Hướng dẫn", "18", "HD-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam quận Hoàng Mai", "Hướng dẫn số 18/HD-MTTQ-BTT"),
 D("Nghị định", "15", "2020/NĐ-CP", "2020-02-03", "Chính phủ", "Nghị định số 15/2020/NĐ-CP ngày 3/2/2020")],
[prov("Hà Nội"), com("Định Công")],
["CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG ĐỊNH CÔNG - QUẬN HOÀNG MAI", "Trang chủ - Tin tức - Sự kiện - Mặt trận và các đoàn thể",
 "Điểm cầu tổ dân phố số 7 tham dự hội nghị.", "T.T.H.", "cộng tác viên đặt đơn hàng",
 "Người cao tuổi tỉnh táo trước chiêu trò lừa đảo", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
 "chậm chia sẻ, kiểm tra kỹ nguồn tin"],
["Ngày 05/10/2021 | 09:15", "Covid-19", "5K", "9 tháng năm 2021", "F0", "tổ dân phố số 12", "mã OTP", "năm 2021"]))

PAGES.append(page("b8466-baclieu-hnct-traoqua-2021", """
Báo Bạc Liêu điện tử
Xã hội > Chính sách
2021-12-15 16:40
Trao 300 phần quà, nhắc người cao tuổi cảnh giác với cuộc gọi lừa đảo
Ngày 13/12, Hội Người cao tuổi tỉnh Bạc Liêu phối hợp với Công an tỉnh và một số nhà hảo tâm tổ chức trao 300 phần quà cho người cao tuổi có hoàn cảnh khó khăn tại xã Vĩnh Trạch Đông và phường Nhà Mát, thành phố Bạc Liêu; kết hợp tuyên truyền phòng chống lừa đảo qua điện thoại, mạng xã hội.
Ông Lê Văn Khởi, Chủ tịch Hội Người cao tuổi tỉnh (bìa phải) trao quà cho người cao tuổi xã Vĩnh Trạch Đông. Ảnh: Hoàng Lan
Mỗi phần quà trị giá 500.000 đồng, gồm gạo, sữa, dầu ăn và tiền mặt; tổng trị giá 150 triệu đồng, do các doanh nghiệp, nhà hảo tâm trong tỉnh đóng góp. Dịp này, Hội còn trao 20 chiếc xe lăn cho người cao tuổi khuyết tật.
Trước khi trao quà, Thiếu tá Trần Minh Luân, Phó Trưởng Công an phường Nhà Mát đã dành thời gian nói chuyện với các cụ về những thủ đoạn lừa đảo thường gặp. Theo đồng chí Luân, năm 2021, toàn tỉnh xảy ra 17 vụ lừa đảo qua mạng, trong đó 7 vụ nạn nhân là người cao tuổi. Có cụ ở thành phố Bạc Liêu bị kẻ gian giả danh cán bộ bảo hiểm xã hội gọi điện báo "được truy lĩnh tiền bảo hiểm", yêu cầu nộp trước 3 triệu đồng "phí hồ sơ".
"Ai gọi điện tự xưng công an, tòa án, bảo hiểm mà đòi chuyển tiền thì các cô, các chú cứ cúp máy, rồi báo cho công an phường, xã hoặc gọi cho con cháu", đồng chí Luân nói. Các cụ cũng được phát sổ tay ghi sẵn số điện thoại của công an khu vực, cán bộ Hội ở từng ấp, khóm.
Bà Huỳnh Thị Sa Ri (78 tuổi, ấp Giồng Giữa, xã Vĩnh Trạch Đông) xúc động: "Quà Tết sớm đã quý, nghe chú công an chỉ cách giữ tiền còn quý hơn. Năm rồi tui cũng nhận cuộc gọi kêu trúng thưởng, may không làm theo".
Ông Lê Văn Khởi cho biết, toàn tỉnh hiện có hơn 82.000 người cao tuổi. Thực hiện Quyết định số 1579/QĐ-TTg ngày 5/10/2021 của Thủ tướng Chính phủ phê duyệt Chương trình hành động quốc gia về người cao tuổi giai đoạn 2021 - 2030 và Chương trình phối hợp số 04/CTrPH-HNCT-CAT ngày 20/3/2021 giữa Hội Người cao tuổi tỉnh và Công an tỉnh, các cấp Hội sẽ đưa nội dung phòng chống lừa đảo vào sinh hoạt định kỳ của 512 chi hội.
Ông Thạch Văn Sơn, Phó Chủ tịch UBND xã Vĩnh Trạch Đông cảm ơn Hội và các nhà hảo tâm, đồng thời cho biết xã sẽ giao công an viên các ấp định kỳ đến thăm, nhắc nhở những cụ sống một mình. Ông Quách Thành Phát, đại diện nhóm thiện nguyện Phát Tâm, hứa tiếp tục đồng hành cùng Hội trong dịp Tết Nguyên đán Nhâm Dần 2022.
Hoàng Lan
Tin khác
- Bạc Liêu: 1.200 suất quà Tết cho hộ nghèo (10/12/2021)
- Hội Người cao tuổi Hồng Dân tổ chức mừng thọ (02/12/2021)
- Khánh thành 5 căn nhà Đại đoàn kết ở Phước Long (24/11/2021)
""", "2021-12-15", "Trao 300 phần quà, nhắc người cao tuổi cảnh giác với cuộc gọi lừa đảo",
E("trao_qua", None, "2021-12-13"),
[P("Lê Văn Khởi", "Chủ tịch Hội Người cao tuổi tỉnh"),
 P("Trần Minh Luân", "Thiếu tá", "Phó Trưởng Công an phường Nhà Mát"),
 P("Huỳnh Thị Sa Ri"),
 P("Thạch Văn Sơn", "Phó Chủ tịch UBND xã Vĩnh Trạch Đông"),
 P("Quách Thành Phát", "đại diện nhóm thiện nguyện Phát Tâm")],
[Q("300 phần quà", 300, "phần quà"), Q("500.000 đồng", 500000, "đồng"), Q("150 triệu đồng", 150000000, "đồng"),
 Q("20 chiếc xe lăn", 20, "chiếc xe lăn"), Q("17 vụ lừa đảo qua mạng", 17, "vụ lừa đảo qua mạng"), Q("7 vụ", 7, "vụ"),
 Q("3 triệu đồng", 3000000, "đồng"), Q("hơn 82.000 người cao tuổi", 82000, "người cao tuổi", "over"),
 Q("512 chi hội", 512, "chi hội")],
[D("Quyết định", "1579", "QĐ-TTg", "2021-10-05", "Thủ tướng Chính phủ", "Quyết định số 1579/QĐ-TTg ngày 5/10/2021"),
 D("Chương trình phối hợp", "04", "CTrPH-HNCT-CAT", "2021-03-20", "Hội Người cao tuổi tỉnh và Công an tỉnh", "Chương trình phối hợp số 04/CTrPH-HNCT-CAT ngày 20/3/2021")],
[prov("Bạc Liêu"), com("Vĩnh Trạch Đông"), com("Nhà Mát")],
["Báo Bạc Liêu điện tử", "Xã hội > Chính sách",
 "Ông Lê Văn Khởi, Chủ tịch Hội Người cao tuổi tỉnh (bìa phải) trao quà cho người cao tuổi xã Vĩnh Trạch Đông. Ảnh: Hoàng Lan",
 "được truy lĩnh tiền bảo hiểm", "phí hồ sơ", "Chương trình hành động quốc gia về người cao tuổi giai đoạn 2021 - 2030"],
["2021-12-15 16:40", "năm 2021", "78 tuổi", "giai đoạn 2021 - 2030", "Tết Nguyên đán Nhâm Dần 2022"]))

PAGES.append(page("b8467-nghean-bdvtu-giaoban-2022", """
Báo Nghệ An
Thời sự › Chính trị › Dân vận
Cập nhật: 14:10, 12/04/2022 (GMT+7)
Khối dân vận chú trọng cảnh báo thủ đoạn lừa đảo trực tuyến
Chiều 8/4, Ban Dân vận Tỉnh ủy Nghệ An tổ chức giao ban công tác dân vận quý I/2022. Đồng chí Phan Đình Lục, Ủy viên BTV Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì; cùng dự có Phó Trưởng ban Thường trực Ban Dân vận Tỉnh ủy Trần Thị Mỹ Hạnh và lãnh đạo các ban dân vận huyện, thành, thị ủy, đảng ủy trực thuộc.
Đồng chí Phan Đình Lục kết luận buổi giao ban.
Báo cáo tại buổi giao ban cho biết, quý I, tình hình tư tưởng nhân dân cơ bản ổn định; dư luận quan tâm nhiều đến giá xăng dầu tăng cao và tình trạng lừa đảo qua mạng ngày càng tinh vi. Theo Thượng tá Nguyễn Đức Cường, Trưởng phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao (PA05) Công an tỉnh, quý I toàn tỉnh xảy ra 41 vụ lừa đảo qua mạng, thiệt hại hơn 9,2 tỷ đồng; riêng một giáo viên ở huyện Diễn Châu bị lừa 1,1 tỷ đồng qua hình thức "làm nhiệm vụ, nhận hoa hồng" trên mạng.
Thực hiện kế hoạch số 86, 87-KH/BDVTU của Ban Dân vận Tỉnh ủy về tuyên truyền phòng, chống tội phạm công nghệ cao trong đoàn viên, hội viên và về phát huy vai trò người có uy tín, khối dân vận các cấp đã tổ chức 2.168 buổi tuyên truyền, thu hút trên 145.000 lượt người tham gia; các đoàn thể lập 1.350 nhóm Zalo, Facebook ở chi hội, chi đoàn để chuyển tải cảnh báo.
Đồng chí Lô Thị Kim Ngân, HUV, Trưởng Ban Dân vận Huyện ủy Quế Phong cho biết ở vùng cao, đối tượng thường nhắm vào lao động đi làm ăn xa, gọi điện cho gia đình báo con em bị tai nạn hoặc bị bắt giữ ở nước ngoài để đòi tiền "chuộc". Ông Vừ Chồng Pao, Phó Chủ tịch UBND xã Mường Lống, huyện Kỳ Sơn đề nghị tăng thời lượng phát thanh tiếng Mông về nội dung này.
Tại xã Nghi Phong, huyện Nghi Lộc, Ban Dân vận Huyện ủy đã chỉ đạo xây dựng mô hình "Xóm không có người bị lừa đảo qua mạng"; đến nay 12 xóm đăng ký, bước đầu chưa ghi nhận vụ việc nào.
Kết luận buổi giao ban, đồng chí Phan Đình Lục yêu cầu quý II các cấp tiếp tục thực hiện Chỉ thị số 21/CT-TTg ngày 25/5/2020 của Thủ tướng Chính phủ; bám sát Hướng dẫn số 25-HD/BDVTU ngày 10/1/2022 của Ban Dân vận Tỉnh ủy; chủ động nắm tình hình ở các địa bàn có đông lao động đi làm ăn xa; phối hợp Công an tỉnh biên soạn bộ tài liệu hỏi - đáp gồm 30 câu hỏi về các thủ đoạn lừa đảo để phát đến chi bộ, chi hội.
Đức Anh
Tin liên quan
- Hội nghị người có uy tín miền Tây Nghệ An năm 2022 (05/04/2022)
- Quỳ Hợp: 25 mô hình "Dân vận khéo" được biểu dương (30/03/2022)
- Ban Dân vận Tỉnh ủy làm việc với Đảng ủy Khối doanh nghiệp (22/03/2022)
- Nghi Lộc: đối thoại với nhân dân về giải phóng mặt bằng (15/03/2022)
""", "2022-04-12", "Khối dân vận chú trọng cảnh báo thủ đoạn lừa đảo trực tuyến",
E("giao_ban", "2022-Q1", "2022-04-08"),
[P("Phan Đình Lục", "Ủy viên BTV Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Thị Mỹ Hạnh", "Phó Trưởng ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Đức Cường", "Thượng tá", "Trưởng phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao (PA05) Công an tỉnh"),
 P("Lô Thị Kim Ngân", "HUV", "Trưởng Ban Dân vận Huyện ủy Quế Phong"),
 P("Vừ Chồng Pao", "Phó Chủ tịch UBND xã Mường Lống")],
[Q("41 vụ lừa đảo qua mạng", 41, "vụ lừa đảo qua mạng"), Q("hơn 9,2 tỷ đồng", 9200000000, "đồng", "over"),
 Q("1,1 tỷ đồng", 1100000000, "đồng"), Q("2.168 buổi tuyên truyền", 2168, "buổi tuyên truyền"),
 Q("trên 145.000 lượt người", 145000, "lượt người", "over"), Q("1.350 nhóm Zalo, Facebook", 1350, "nhóm Zalo, Facebook"),
 Q("12 xóm", 12, "xóm"), Q("30 câu hỏi", 30, "câu hỏi")],
[D("Kế hoạch", "86", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "kế hoạch số 86, 87-KH/BDVTU"),
 D("Kế hoạch", "87", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "kế hoạch số 86, 87-KH/BDVTU"),
 D("Chỉ thị", "21", "CT-TTg", "2020-05-25", "Thủ tướng Chính phủ", "Chỉ thị số 21/CT-TTg ngày 25/5/2020"),
 D("Hướng dẫn", "25", "HD/BDVTU", "2022-01-10", "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 25-HD/BDVTU ngày 10/1/2022")],
[prov("Nghệ An"), com("Mường Lống"), com("Nghi Phong")],
["Báo Nghệ An", "Thời sự › Chính trị › Dân vận", "Đồng chí Phan Đình Lục kết luận buổi giao ban.",
 "làm nhiệm vụ, nhận hoa hồng", "Xóm không có người bị lừa đảo qua mạng", "chuộc"],
["Cập nhật: 14:10, 12/04/2022 (GMT+7)", "quý I/2022", "quý II", "PA05"]))

PAGES.append(page("b8468-daklak-tinhdoan-hoinghi-2022", """
TỈNH ĐOÀN ĐẮK LẮK
Trang chủ / Tin tức / Phong trào thanh niên
24 tháng 8, 2022 | 15:30
Ra mắt 15 đội hình thanh niên hỗ trợ người cao tuổi an toàn trên không gian mạng
Sáng 21/8, tại phường Tân Lợi, thành phố Buôn Ma Thuột, Ban Thường vụ Tỉnh Đoàn Đắk Lắk tổ chức hội nghị ra mắt 15 đội hình thanh niên tình nguyện hỗ trợ người cao tuổi sử dụng điện thoại thông minh an toàn, phòng chống lừa đảo trực tuyến.
Đoàn viên thanh niên hướng dẫn người cao tuổi cài đặt ứng dụng VNeID.
Dự hội nghị có đồng chí Nguyễn Thị Quỳnh Như, Ủy viên Ban Chấp hành Trung ương Đoàn, Bí thư Tỉnh Đoàn Đắk Lắk nhiệm kỳ 2022 - 2027; các đồng chí Phó Bí thư Tỉnh Đoàn: Y Thắng Niê, Lê Thị Bích Ngọc; đại diện Hội Người cao tuổi tỉnh và Công an thành phố Buôn Ma Thuột.
15 đội hình gồm 320 đoàn viên, thanh niên là sinh viên các trường đại học, cao đẳng và đoàn viên các cơ sở đoàn phường, xã. Các đội sẽ đến tận nhà hướng dẫn người cao tuổi nhận diện tin nhắn, cuộc gọi lừa đảo, cài đặt bảo mật tài khoản ngân hàng, mạng xã hội; hỗ trợ kích hoạt tài khoản định danh điện tử theo Quyết định số 06/QĐ-TTg ngày 6/1/2022 của Thủ tướng Chính phủ. Mục tiêu đến cuối năm 2022, các đội hình hỗ trợ ít nhất 2.000 hộ có người cao tuổi.
Thiếu tá Y Dũng Ktla, Phó Trưởng Công an phường Tân Lợi thông tin: 7 tháng đầu năm 2022, Công an thành phố Buôn Ma Thuột tiếp nhận 28 vụ lừa đảo qua mạng, thiệt hại gần 5 tỷ đồng; nhiều người cao tuổi bị lừa qua hình thức "nhân viên ngân hàng hỗ trợ nâng cấp thẻ" hoặc "con cháu cần tiền đóng học phí gấp".
Phát biểu tại hội nghị, chị H'Lim Mlô, Bí thư Đoàn xã Ea Tu cho biết, đội hình của xã gồm 25 đoàn viên người Êđê, sẽ tuyên truyền bằng tiếng Êđê tại các buôn. Anh Y Khuê Byă, Bí thư Chi đoàn buôn Kô Tam, xã Ea Tu chia sẻ: "Ama, amí ở buôn mình nhiều người có điện thoại nhưng chỉ biết nghe gọi. Tụi em sẽ ngồi với từng người, chỉ từng bước".
Theo Kế hoạch số 112-KH/TĐTN-PT ngày 15/7/2022 của Ban Thường vụ Tỉnh Đoàn, các đội hình hoạt động vào thứ Bảy, Chủ nhật hằng tuần đến hết tháng 12; Tỉnh Đoàn hỗ trợ mỗi đội 2 triệu đồng kinh phí in tài liệu, làm băng rôn.
Đại diện Hội Người cao tuổi tỉnh bày tỏ vui mừng khi lực lượng trẻ đồng hành cùng các cụ; đề nghị các đội hình ưu tiên những cụ sống một mình, những gia đình có con cháu đi làm ăn xa, vì đây là nhóm dễ bị kẻ gian nhắm tới nhất.
Tại hội nghị, đồng chí Nguyễn Thị Quỳnh Như đề nghị các cơ sở đoàn phối hợp chặt chẽ với Hội Người cao tuổi, công an cơ sở, bảo đảm "đi đến từng nhà, hướng dẫn đến từng người".
H'Xíu
Tin cùng chuyên mục
- Chiến dịch Thanh niên tình nguyện hè 2022 ra quân tại Krông Bông (10/07/2022)
- Đại hội Đoàn TNCS Hồ Chí Minh tỉnh lần thứ XV (25/06/2022)
- 200 đoàn viên hiến máu tình nguyện (12/06/2022)
""", "2022-08-24", "Ra mắt 15 đội hình thanh niên hỗ trợ người cao tuổi an toàn trên không gian mạng",
E("hoi_nghi", None, "2022-08-21"),
[P("Nguyễn Thị Quỳnh Như", "Ủy viên Ban Chấp hành Trung ương Đoàn", "Bí thư Tỉnh Đoàn Đắk Lắk nhiệm kỳ 2022 - 2027"),
 P("Y Thắng Niê", "Phó Bí thư Tỉnh Đoàn"),
 P("Lê Thị Bích Ngọc", "Phó Bí thư Tỉnh Đoàn"),
 P("Y Dũng Ktla", "Thiếu tá", "Phó Trưởng Công an phường Tân Lợi"),
 P("H'Lim Mlô", "Bí thư Đoàn xã Ea Tu"),
 P("Y Khuê Byă", "Bí thư Chi đoàn buôn Kô Tam")],
[Q("15 đội hình thanh niên tình nguyện", 15, "đội hình thanh niên tình nguyện"),
 Q("320 đoàn viên, thanh niên", 320, "đoàn viên, thanh niên"),
 Q("ít nhất 2.000 hộ", 2000, "hộ", "over"), Q("28 vụ lừa đảo qua mạng", 28, "vụ lừa đảo qua mạng"),
 Q("gần 5 tỷ đồng", 5000000000, "đồng", "approx"), Q("25 đoàn viên người Êđê", 25, "đoàn viên người Êđê"),
 Q("2 triệu đồng", 2000000, "đồng")],
[D("Quyết định", "06", "QĐ-TTg", "2022-01-06", "Thủ tướng Chính phủ", "Quyết định số 06/QĐ-TTg ngày 6/1/2022"),
 D("Kế hoạch", "112", "KH/TĐTN-PT", "2022-07-15", "Ban Thường vụ Tỉnh Đoàn", "Kế hoạch số 112-KH/TĐTN-PT ngày 15/7/2022")],
[prov("Đắk Lắk"), com("Tân Lợi"), com("Ea Tu")],
["TỈNH ĐOÀN ĐẮK LẮK", "Trang chủ / Tin tức / Phong trào thanh niên", "Đoàn viên thanh niên hướng dẫn người cao tuổi cài đặt ứng dụng VNeID.",
 "nhân viên ngân hàng hỗ trợ nâng cấp thẻ", "con cháu cần tiền đóng học phí gấp", "đi đến từng nhà, hướng dẫn đến từng người", "Ama, amí"],
["24 tháng 8, 2022 | 15:30", "7 tháng đầu năm 2022", "nhiệm kỳ 2022 - 2027", "tháng 12", "năm 2022"]))

PAGES.append(page("b8469-langson-mttq-giaoban-2023", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LẠNG SƠN
You are here: Trang chủ » Hoạt động Mặt trận » Tin trong tỉnh
Thứ Tư, 06/09/2023 - 15:10
Đồng chí Lương Thị Thúy phát biểu tại buổi giao ban.
Giao ban công tác Mặt trận: tập trung tuyên truyền phòng, chống lừa đảo trực tuyến
Sáng 5/9, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh tổ chức giao ban công tác Mặt trận tháng 8/2023 với Ủy ban MTTQ Việt Nam các huyện, thành phố. Chủ trì buổi giao ban có các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Lương Thị Thúy, Hoàng Văn Chiến.
Theo báo cáo, trong tháng 8, Mặt trận các cấp tiếp nhận 26 ý kiến, kiến nghị của cử tri và nhân dân, trong đó nhiều ý kiến phản ánh tình trạng lừa đảo qua mạng diễn biến phức tạp. Từ đầu năm 2023 đến nay, toàn tỉnh xảy ra 54 vụ lừa đảo chiếm đoạt tài sản trên không gian mạng, thiệt hại trên 17 tỷ đồng. Thủ đoạn mới là giả danh cán bộ công an gọi điện "hướng dẫn cập nhật định danh điện tử mức 2", gửi đường link cài ứng dụng "Dịch vụ công" giả mạo để chiếm quyền điều khiển điện thoại, rút sạch tiền trong tài khoản.
Thực hiện Kế hoạch số 35, 36/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về tuyên truyền phòng, chống tội phạm sử dụng công nghệ cao và về giám sát việc bảo vệ dữ liệu cá nhân của người dân theo Nghị định số 13/2023/NĐ-CP ngày 17/4/2023 của Chính phủ, trong tháng, Ban công tác Mặt trận ở 1.608 khu dân cư đã lồng ghép tuyên truyền tại các cuộc họp thôn, khối phố với trên 48.000 lượt người dự.
Ông Lộc Văn Tuấn, Chủ tịch Ủy ban MTTQ Việt Nam huyện Cao Lộc cho biết, ở xã Hợp Thành, Mặt trận phối hợp công an xã cử tổ công tác đến từng nhà có người cao tuổi, giúp gỡ bỏ các ứng dụng lạ trên điện thoại; qua đó đã phát hiện 9 máy điện thoại bị cài ứng dụng giả mạo. Bà Nông Thị Hà, Chủ tịch Ủy ban MTTQ Việt Nam phường Đông Kinh, thành phố Lạng Sơn đề nghị Công an tỉnh cung cấp thường xuyên danh sách số điện thoại, đường link lừa đảo để Mặt trận cơ sở kịp thời cảnh báo trên nhóm Zalo của khu dân cư.
Tại buổi giao ban, Đại úy Vi Văn Thành, cán bộ Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao Công an tỉnh, khuyến cáo: công an không làm việc qua điện thoại, không yêu cầu người dân cài ứng dụng qua đường link; mọi thủ tục định danh điện tử đều thực hiện trực tiếp tại trụ sở công an.
Kết luận buổi giao ban, đồng chí Lương Thị Thúy đề nghị trong tháng 9, Ủy ban MTTQ các cấp tập trung chuẩn bị Đại hội đại biểu MTTQ Việt Nam cấp huyện nhiệm kỳ 2024 - 2029; tiếp tục tuyên truyền, hướng dẫn người dân, nhất là người cao tuổi, cảnh giác với các thủ đoạn lừa đảo; tổng hợp, phản ánh kịp thời ý kiến, kiến nghị của nhân dân đến cấp ủy, chính quyền cùng cấp.
Trọng Khôi
Các tin khác
- Hội nghị Ủy ban MTTQ Việt Nam tỉnh lần thứ 12 (28/08/2023)
- Tràng Định: trao 45 nhà Đại đoàn kết cho hộ nghèo (20/08/2023)
- Giao ban công tác Mặt trận tháng 7/2023 (04/08/2023)
- Bắc Sơn: phát huy vai trò người có uy tín (27/07/2023)
""", "2023-09-06", "Giao ban công tác Mặt trận: tập trung tuyên truyền phòng, chống lừa đảo trực tuyến",
E("giao_ban", "2023-08", "2023-09-05"),
[P("Lương Thị Thúy", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hoàng Văn Chiến", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lộc Văn Tuấn", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Cao Lộc"),
 P("Nông Thị Hà", "Chủ tịch Ủy ban MTTQ Việt Nam phường Đông Kinh"),
 P("Vi Văn Thành", "Đại úy", "cán bộ Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao Công an tỉnh")],
[Q("26 ý kiến, kiến nghị", 26, "ý kiến, kiến nghị"),
 Q("54 vụ lừa đảo chiếm đoạt tài sản trên không gian mạng", 54, "vụ lừa đảo chiếm đoạt tài sản trên không gian mạng"),
 Q("trên 17 tỷ đồng", 17000000000, "đồng", "over"), Q("1.608 khu dân cư", 1608, "khu dân cư"),
 Q("trên 48.000 lượt người", 48000, "lượt người", "over"), Q("9 máy điện thoại", 9, "máy điện thoại")],
[D("Kế hoạch", "35", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 35, 36/KH-MTTQ-BTT"),
 D("Kế hoạch", "36", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 35, 36/KH-MTTQ-BTT"),
 D("Nghị định", "13", "2023/NĐ-CP", "2023-04-17", "Chính phủ", "Nghị định số 13/2023/NĐ-CP ngày 17/4/2023")],
[prov("Lạng Sơn"), com("Hợp Thành"), com("Đông Kinh")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LẠNG SƠN", "You are here: Trang chủ » Hoạt động Mặt trận » Tin trong tỉnh",
 "Đồng chí Lương Thị Thúy phát biểu tại buổi giao ban.", "Dịch vụ công", "hướng dẫn cập nhật định danh điện tử mức 2"],
["Thứ Tư, 06/09/2023 - 15:10", "tháng 8/2023", "tháng 8", "tháng 9", "mức 2", "nhiệm kỳ 2024 - 2029"]))

PAGES.append(page("b8470-longan-bdvhu-soket-2023", """
BÁO LONG AN ONLINE
Chính trị | Dân vận
19/07/2023 06:00
Cần Giuộc nhân rộng mô hình dân vận khéo phòng, chống lừa đảo qua mạng
Ngày 17/7, Ban Dân vận Huyện ủy Cần Giuộc (tỉnh Long An) tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm, triển khai phương hướng, nhiệm vụ 6 tháng cuối năm 2023. Chủ trì hội nghị có đồng chí Trần Văn Tâm, Huyện ủy viên, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện và bà Lê Thị Ngọc Diễm, Phó Trưởng Ban Dân vận Huyện ủy.
Quang cảnh hội nghị sơ kết.
Báo cáo cho thấy, 6 tháng qua, khối dân vận huyện đã thực hiện tốt Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao chất lượng, hiệu quả công tác dân vận của cơ quan nhà nước các cấp; triển khai Kế hoạch số 156-KH/HU ngày 6/2/2023 của Ban Thường vụ Huyện ủy về tăng cường tuyên truyền phòng, chống tội phạm sử dụng công nghệ cao trong nhân dân.
Theo Công an huyện, 6 tháng đầu năm, huyện xảy ra 17 vụ lừa đảo qua mạng, thiệt hại hơn 2,8 tỷ đồng, chủ yếu là các vụ "việc nhẹ lương cao", đầu tư tiền ảo và giả danh nhân viên điện lực đòi tiền điện. Trước tình hình đó, khối dân vận đã phối hợp tổ chức 86 cuộc tuyên truyền với 4.650 lượt người dự; xây dựng 13 mô hình "Dân vận khéo" về phòng, chống lừa đảo ở 5 xã Phước Lại, Long Hậu, Tân Kim, Mỹ Lộc, Phước Lâm.
Ông Nguyễn Văn Bé Tư, Bí thư Chi bộ ấp Lộc Tiền, xã Mỹ Lộc chia sẻ mô hình "Loa ấp cảnh báo lừa đảo": mỗi sáng thứ Hai, thứ Năm, loa phát thanh của ấp đọc các vụ việc mới, do chính người dân trong ấp kể lại. "Bà con nghe chuyện người quen thì tin hơn nghe đọc văn bản", ông nói.
Bà Phan Thị Mỹ Lệ, Chủ tịch Hội LHPN xã Long Hậu cho biết, nhiều công nhân các khu công nghiệp ở Long Hậu bị dụ làm "cộng tác viên bán hàng online". Hội đã phối hợp Công đoàn các doanh nghiệp tổ chức 6 buổi nói chuyện tại khu nhà trọ, thu hút hơn 500 công nhân.
Thực hiện Quyết định số 99-QĐ/TW ngày 3/10/2017 của Ban Bí thư ban hành hướng dẫn khung để các cấp ủy tiếp tục xây dựng và nhân rộng các điển hình "Dân vận khéo", hội nghị đề ra chỉ tiêu 6 tháng cuối năm: mỗi xã, thị trấn đều có mô hình dân vận khéo về phòng, chống lừa đảo; 100% ấp, khu phố được tuyên truyền định kỳ.
Phát biểu chỉ đạo, đồng chí Trần Văn Tâm đề nghị các cơ quan, đoàn thể phát huy vai trò của tổ dân vận ấp, của người có uy tín trong việc nắm bắt và phản ánh kịp thời những vụ việc; biểu dương 8 tập thể, 14 cá nhân có thành tích tốt trong 6 tháng đầu năm.
Kim Ngân
Tin liên quan
- Cần Giuộc: đối thoại với nhân dân về bồi thường, hỗ trợ tái định cư (10/07/2023)
- Ra mắt tổ dân vận ấp Kim Điền (29/06/2023)
- Đức Hòa: tuyên truyền phòng, chống ma túy cho đoàn viên (20/06/2023)
""", "2023-07-19", "Cần Giuộc nhân rộng mô hình dân vận khéo phòng, chống lừa đảo qua mạng",
E("so_ket", "2023-H1", "2023-07-17"),
[P("Trần Văn Tâm", "Huyện ủy viên", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Lê Thị Ngọc Diễm", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Nguyễn Văn Bé Tư", "Bí thư Chi bộ ấp Lộc Tiền"),
 P("Phan Thị Mỹ Lệ", "Chủ tịch Hội LHPN xã Long Hậu")],
[Q("17 vụ lừa đảo qua mạng", 17, "vụ lừa đảo qua mạng"), Q("hơn 2,8 tỷ đồng", 2800000000, "đồng", "over"),
 Q("86 cuộc tuyên truyền", 86, "cuộc tuyên truyền"), Q("4.650 lượt người", 4650, "lượt người"),
 Q("13 mô hình", 13, "mô hình"), Q("5 xã", 5, "xã"), Q("6 buổi nói chuyện", 6, "buổi nói chuyện"),
 Q("hơn 500 công nhân", 500, "công nhân", "over"), Q("100% ấp, khu phố", 100, "%"),
 Q("8 tập thể", 8, "tập thể"), Q("14 cá nhân", 14, "cá nhân")],
[D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 14/7/2015"),
 D("Kế hoạch", "156", "KH/HU", "2023-02-06", "Ban Thường vụ Huyện ủy", "Kế hoạch số 156-KH/HU ngày 6/2/2023"),
 D("Quyết định", "99", "QĐ/TW", "2017-10-03", "Ban Bí thư", "Quyết định số 99-QĐ/TW ngày 3/10/2017")],
[prov("Long An"), com("Phước Lại"), com("Long Hậu"), com("Tân Kim"), com("Mỹ Lộc"), com("Phước Lâm")],
["BÁO LONG AN ONLINE", "Chính trị | Dân vận", "Quang cảnh hội nghị sơ kết.", "Dân vận khéo", "Loa ấp cảnh báo lừa đảo",
 "việc nhẹ lương cao", "cộng tác viên bán hàng online"],
["19/07/2023 06:00", "6 tháng qua", "6 tháng đầu năm", "6 tháng cuối năm 2023"]))
