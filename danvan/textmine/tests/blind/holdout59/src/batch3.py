from lib import *
PAGES = []

PAGES.append(page("b1385-namdinh-traoqua-covid-congnhan-2020", """
Báo Nam Định điện tử
Trang chủ >> Xã hội >> Lao động - Việc làm
24/04/2020 - 15:40
Trao hỗ trợ cho công nhân bị ảnh hưởng bởi dịch COVID-19
Ngày 23/4, Liên đoàn Lao động tỉnh Nam Định phối hợp Ban Dân vận Tỉnh ủy, Ủy ban MTTQ Việt Nam tỉnh tổ chức trao hỗ trợ cho đoàn viên, công nhân lao động bị mất việc làm, giảm thu nhập do ảnh hưởng của dịch COVID-19 tại Khu công nghiệp Hòa Xá và Khu công nghiệp Bảo Minh.
Đại biểu trao hỗ trợ cho công nhân Khu công nghiệp Hòa Xá. Ảnh: Thanh Thúy
Tới dự và trao quà có các đồng chí: Trần Văn Chung, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; Đoàn Thị Thanh Huyền, Chủ tịch Liên đoàn Lao động tỉnh; Phạm Văn Khương, Phó Giám đốc Sở Lao động - Thương binh và Xã hội.
Do dịch bệnh, nhiều doanh nghiệp may mặc, da giày trên địa bàn tỉnh thiếu nguyên liệu, mất đơn hàng phải cắt giảm lao động hoặc cho công nhân nghỉ luân phiên. Theo thống kê của Liên đoàn Lao động tỉnh, đến giữa tháng 4 có 58 doanh nghiệp với hơn 12.400 lao động bị ảnh hưởng, trong đó khoảng 3.100 lao động phải tạm hoãn hợp đồng hoặc nghỉ việc không lương.
Trong đợt này, Liên đoàn Lao động tỉnh trao 850 suất hỗ trợ, mỗi suất gồm 500.000 đồng tiền mặt và 10 kg gạo, tổng trị giá hơn 500 triệu đồng. Kinh phí được trích từ nguồn tài chính công đoàn và sự ủng hộ của 23 doanh nghiệp, nhà hảo tâm. Trước đó, công đoàn các cấp đã tặng 40.000 khẩu trang, 2.000 chai nước rửa tay cho công nhân tại các khu nhà trọ ở phường Mỹ Xá và xã Mỹ Trung.
Phát biểu tại buổi trao quà, đồng chí Trần Văn Chung chia sẻ những khó khăn của công nhân, đề nghị các cấp công đoàn tiếp tục rà soát, lập danh sách để người lao động sớm được hưởng chính sách hỗ trợ theo Nghị quyết 42/NQ-CP ngày 9/4/2020 của Chính phủ về các biện pháp hỗ trợ người dân gặp khó khăn do đại dịch COVID-19; Mặt trận các cấp tiếp tục vận động theo Lời kêu gọi toàn dân tham gia ủng hộ phòng, chống dịch COVID-19 của Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam.
Đồng chí Đoàn Thị Thanh Huyền cho biết, thực hiện Kế hoạch số 26/KH-LĐLĐ ngày 2/4/2020 của Ban Thường vụ Liên đoàn Lao động tỉnh, trong tháng 5, công đoàn sẽ tiếp tục hỗ trợ 1.200 đoàn viên có hoàn cảnh đặc biệt khó khăn, mỗi người 1 triệu đồng.
Chị Vũ Thị Nhàn, công nhân Công ty TNHH may Sông Hồng Xuân, xúc động: "Mấy tháng nay công ty chỉ bố trí làm 15 ngày/tháng, tiền nhà trọ, tiền học của con đều khó. Món quà hôm nay giúp mẹ con tôi vượt qua lúc khó khăn".
Thanh Thúy
Lượt xem: 2.056
Tin liên quan
- Ủy ban MTTQ tỉnh tiếp nhận hơn 20 tỷ đồng ủng hộ phòng, chống dịch (20/04/2020)
- Doanh nghiệp giữ việc làm cho người lao động mùa dịch (16/04/2020)
- Công đoàn ngành Y tế tặng quà y, bác sĩ tuyến đầu (10/04/2020)
""", "2020-04-24", "Trao hỗ trợ cho công nhân bị ảnh hưởng bởi dịch COVID-19",
E("trao_qua", None, "2020-04-23"),
[P("Trần Văn Chung", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đoàn Thị Thanh Huyền", "Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Phạm Văn Khương", "Phó Giám đốc Sở Lao động - Thương binh và Xã hội"),
 P("Vũ Thị Nhàn", "công nhân Công ty TNHH may Sông Hồng Xuân")],
[Q("58 doanh nghiệp", 58, "doanh nghiệp"), Q("hơn 12.400 lao động", 12400, "lao động", "over"),
 Q("khoảng 3.100 lao động", 3100, "lao động", "approx"), Q("850 suất hỗ trợ", 850, "suất hỗ trợ"),
 Q("500.000 đồng", 500000, "đồng"), Q("10 kg", 10, "kg"), Q("hơn 500 triệu đồng", 500000000, "đồng", "over"),
 Q("23 doanh nghiệp, nhà hảo tâm", 23, "doanh nghiệp, nhà hảo tâm"), Q("40.000 khẩu trang", 40000, "khẩu trang"),
 Q("2.000 chai nước rửa tay", 2000, "chai nước rửa tay"), Q("1.200 đoàn viên", 1200, "đoàn viên"),
 Q("1 triệu đồng", 1000000, "đồng")],
[D("Nghị quyết", "42", "NQ-CP", "2020-04-09", "Chính phủ", "Nghị quyết 42/NQ-CP ngày 9/4/2020"),
 D("Kế hoạch", "26", "KH-LĐLĐ", "2020-04-02", "Ban Thường vụ Liên đoàn Lao động tỉnh", "Kế hoạch số 26/KH-LĐLĐ ngày 2/4/2020")],
[prov("Nam Định"), com("Mỹ Xá"), com("Mỹ Trung")],
["Báo Nam Định điện tử", "Trang chủ >> Xã hội >> Lao động - Việc làm",
 "Đại biểu trao hỗ trợ cho công nhân Khu công nghiệp Hòa Xá. Ảnh: Thanh Thúy",
 "Lời kêu gọi toàn dân tham gia ủng hộ phòng, chống dịch COVID-19", "Lượt xem: 2.056"],
["24/04/2020 - 15:40", "COVID-19", "tháng 4", "tháng 5", "15 ngày/tháng", "Lượt xem: 2.056"]))

PAGES.append(page("b1386-hcm-cdkcx-tongket-2020", """
NGƯỜI LAO ĐỘNG ONLINE
Công đoàn > Hoạt động Công đoàn
Thứ Tư, 30/12/2020, 11:15
Toàn cảnh hội nghị. Ảnh: Nam Dương
Công đoàn các Khu chế xuất và công nghiệp TP HCM: Giữ việc làm cho người lao động trong năm dịch bệnh
Sáng 29/12, Công đoàn các Khu chế xuất và công nghiệp TP HCM tổ chức hội nghị tổng kết hoạt động công đoàn năm 2020 và triển khai phương hướng, nhiệm vụ năm 2021. Dự hội nghị có đồng chí Nguyễn Hồ Hưng, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Dân vận Thành ủy; đồng chí Trần Thị Diệu Hiền, Chủ tịch Liên đoàn Lao động Thành phố Hồ Chí Minh.
Năm 2020, do ảnh hưởng của dịch COVID-19, nhiều doanh nghiệp trong các khu chế xuất, khu công nghiệp bị thiếu đơn hàng. Theo báo cáo do đồng chí Lê Thị Hoài Thanh, Phó Chủ tịch Thường trực Công đoàn các Khu chế xuất và công nghiệp thành phố trình bày, có 182 doanh nghiệp phải cắt giảm lao động, giảm giờ làm với khoảng 37.500 công nhân bị ảnh hưởng. Công đoàn đã vận động doanh nghiệp bố trí nghỉ luân phiên thay cho chấm dứt hợp đồng, giữ việc làm cho hơn 21.000 người.
Chương trình "Phiên chợ 0 đồng" được tổ chức 24 đợt, trao 31.600 phần quà gồm gạo, mì, rau củ cho công nhân tại các khu nhà trọ ở phường Tân Thuận Đông, phường Linh Trung và xã Tân Kiên. Trong năm, công đoàn đã hỗ trợ 1.735 đoàn viên khó khăn với tổng số tiền 4,2 tỷ đồng; xây dựng và sửa chữa 18 "Mái ấm Công đoàn", mỗi căn hỗ trợ từ 40 đến 60 triệu đồng.
Công tác phát triển đoàn viên tiếp tục được quan tâm với 16.800 đoàn viên mới, 42 công đoàn cơ sở mới thành lập. Công đoàn đã chủ trì, phối hợp tổ chức 1.126 hội nghị đối thoại tại doanh nghiệp, thương lượng ký mới 94 bản thỏa ước lao động tập thể, trong đó 71 bản có nhiều điểm có lợi hơn cho người lao động so với quy định của pháp luật.
Phát biểu chỉ đạo, đồng chí Nguyễn Hồ Hưng ghi nhận những kết quả trong chăm lo cho công nhân năm qua; đề nghị công đoàn chủ động chuẩn bị cho việc triển khai Bộ luật Lao động năm 2019 và Nghị định 145/2020/NĐ-CP của Chính phủ có hiệu lực từ ngày 1/2/2021; tiếp tục thực hiện Chương trình hành động số 45-CTr/TU của Thành ủy về xây dựng giai cấp công nhân; chủ động nắm tình hình, không để bị động, bất ngờ trước những diễn biến phức tạp trong quan hệ lao động.
Đồng chí Trần Thị Diệu Hiền đề nghị công đoàn tổ chức tốt chương trình "Tết Sum vầy - Xuân chia sẻ" năm 2021, bảo đảm mỗi đoàn viên khó khăn đều có Tết; phấn đấu trao ít nhất 10.000 vé xe, vé tàu cho công nhân về quê đón Tết.
Dịp này, 26 tập thể và 58 cá nhân được Liên đoàn Lao động thành phố tặng bằng khen vì có thành tích xuất sắc trong phong trào thi đua.
Nam Dương
Lượt xem: 4.310
Tin liên quan
- Công nhân khu chế xuất nhận quà từ "Phiên chợ 0 đồng" (21/12/2020)
- Đối thoại với công nhân về Bộ luật Lao động 2019 (15/12/2020)
- Khánh thành "Mái ấm Công đoàn" ở Bình Chánh (05/12/2020)
""", "2020-12-30", "Công đoàn các Khu chế xuất và công nghiệp TP HCM: Giữ việc làm cho người lao động trong năm dịch bệnh",
E("tong_ket", "2020", "2020-12-29"),
[P("Nguyễn Hồ Hưng", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Dân vận Thành ủy"),
 P("Trần Thị Diệu Hiền", "Chủ tịch Liên đoàn Lao động Thành phố Hồ Chí Minh"),
 P("Lê Thị Hoài Thanh", "Phó Chủ tịch Thường trực Công đoàn các Khu chế xuất và công nghiệp thành phố")],
[Q("182 doanh nghiệp", 182, "doanh nghiệp"), Q("khoảng 37.500 công nhân", 37500, "công nhân", "approx"),
 Q("hơn 21.000 người", 21000, "người", "over"), Q("24 đợt", 24, "đợt"), Q("31.600 phần quà", 31600, "phần quà"),
 Q("1.735 đoàn viên", 1735, "đoàn viên"), Q("4,2 tỷ đồng", 4200000000, "đồng"),
 Q('18 "Mái ấm Công đoàn"', 18, "Mái ấm Công đoàn"), Q("40", 40000000, "đồng"), Q("60 triệu đồng", 60000000, "đồng"),
 Q("16.800 đoàn viên", 16800, "đoàn viên"), Q("42 công đoàn cơ sở", 42, "công đoàn cơ sở"),
 Q("1.126 hội nghị đối thoại", 1126, "hội nghị đối thoại"), Q("94 bản thỏa ước lao động tập thể", 94, "bản thỏa ước lao động tập thể"),
 Q("71 bản", 71, "bản"), Q("ít nhất 10.000 vé xe, vé tàu", 10000, "vé xe, vé tàu", "over"),
 Q("26 tập thể", 26, "tập thể"), Q("58 cá nhân", 58, "cá nhân")],
[D("Nghị định", "145", "2020/NĐ-CP", None, "Chính phủ", "Nghị định 145/2020/NĐ-CP"),
 D("Chương trình hành động", "45", "CTr/TU", None, "Thành ủy", "Chương trình hành động số 45-CTr/TU")],
[prov("Hồ Chí Minh"), com("Tân Thuận Đông"), com("Linh Trung"), com("Tân Kiên")],
["NGƯỜI LAO ĐỘNG ONLINE", "Công đoàn > Hoạt động Công đoàn", "Toàn cảnh hội nghị. Ảnh: Nam Dương",
 "Phiên chợ 0 đồng", "Mái ấm Công đoàn", "Tết Sum vầy - Xuân chia sẻ", "Bộ luật Lao động năm 2019", "Lượt xem: 4.310"],
["Thứ Tư, 30/12/2020, 11:15", "năm 2020", "năm 2021", "Phiên chợ 0 đồng", "Bộ luật Lao động năm 2019", "ngày 1/2/2021", "Lượt xem: 4.310"]))

PAGES.append(page("b1387-haiduong-giaoban-thang9-2021", """
BÁO HẢI DƯƠNG
Thời sự › Chính trị › Dân vận
29/09/2021 08:20 (GMT+07:00)
Ổn định tư tưởng công nhân khi doanh nghiệp trở lại sản xuất
Chiều 28/9, Ban Dân vận Tỉnh ủy Hải Dương tổ chức giao ban công tác dân vận tháng 9/2021 với Ban Dân vận các huyện ủy, thị ủy, thành ủy, Đảng ủy Khối doanh nghiệp tỉnh và Công đoàn các khu công nghiệp tỉnh bằng hình thức trực tuyến. Đồng chí Lê Văn Hiệu, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Đồng chí Lê Văn Hiệu phát biểu tại điểm cầu Ban Dân vận Tỉnh ủy.
Báo cáo tại giao ban cho biết, trong tháng 9, sau thời gian thực hiện sản xuất theo phương án "3 tại chỗ", "1 cung đường 2 điểm đến", đã có 312 doanh nghiệp trong các khu, cụm công nghiệp của tỉnh trở lại hoạt động bình thường, với khoảng 118.000 lao động. Khoảng 2.400 công nhân ở lại các nhà xưởng dài ngày đã được về nghỉ ngơi luân phiên.
Qua nắm tình hình, tâm tư của công nhân chủ yếu là lo mất việc, giảm thu nhập, lo tiền thuê trọ, tiền học của con. Một số doanh nghiệp chưa thực hiện đầy đủ việc hỗ trợ theo Quyết định số 23/2021/QĐ-TTg ngày 7/7/2021 của Thủ tướng Chính phủ. Đến ngày 25/9, toàn tỉnh đã chi hỗ trợ cho 9.860 lao động tạm hoãn hợp đồng, ngừng việc với số tiền hơn 25,3 tỷ đồng; Công đoàn các khu công nghiệp đã trao 3.500 suất quà, mỗi suất trị giá 300.000 đồng cho công nhân khó khăn tại các khu nhà trọ ở xã Lai Cách, xã Cẩm Điền và phường Việt Hòa.
Tại giao ban, đồng chí Nguyễn Thị Thu Hà, Phó Trưởng ban Thường trực Ban Dân vận Tỉnh ủy thông tin về Kế hoạch số 214-KH/BDVTU ngày 10/9/2021 của Ban Dân vận Tỉnh ủy về khảo sát tình hình công nhân sau dịch; đồng chí Vũ Đình Khải, HUV, Trưởng Ban Dân vận Huyện ủy Cẩm Giàng kiến nghị tỉnh sớm có hướng dẫn hỗ trợ người lao động tự do thuê trọ nhưng không có hợp đồng lao động.
Đại diện Công đoàn các khu công nghiệp tỉnh cho biết, qua 2 đợt khảo sát nhanh tại 65 doanh nghiệp, có 17% công nhân được hỏi có ý định về quê nếu doanh nghiệp tiếp tục cắt giảm giờ làm.
Phát biểu kết luận, đồng chí Lê Văn Hiệu đề nghị khối dân vận các cấp tiếp tục thực hiện Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị; phối hợp Ủy ban MTTQ tỉnh vận động các tổ chức, cá nhân ủng hộ công nhân khó khăn; bám sát 44 doanh nghiệp có trên 1.000 lao động để kịp thời phát hiện, xử lý tình huống phát sinh. Trong tháng 10/2021, Ban Dân vận Tỉnh ủy sẽ phối hợp Liên đoàn Lao động tỉnh tổ chức đối thoại trực tuyến với công nhân về chính sách hỗ trợ.
Anh Thư
Lượt xem: 815
Tin khác
- Hải Dương: trao 200 suất quà cho công nhân ở lại nhà xưởng (20/09/2021)
- Giao ban công tác dân vận tháng 8/2021 (31/08/2021)
- Vận động chủ nhà trọ giảm tiền thuê cho công nhân (18/08/2021)
""", "2021-09-29", "Ổn định tư tưởng công nhân khi doanh nghiệp trở lại sản xuất",
E("giao_ban", "2021-09", "2021-09-28"),
[P("Lê Văn Hiệu", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Thu Hà", "Phó Trưởng ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Vũ Đình Khải", "HUV", "Trưởng Ban Dân vận Huyện ủy Cẩm Giàng")],
[Q("312 doanh nghiệp", 312, "doanh nghiệp"), Q("khoảng 118.000 lao động", 118000, "lao động", "approx"),
 Q("Khoảng 2.400 công nhân", 2400, "công nhân", "approx"), Q("9.860 lao động", 9860, "lao động"),
 Q("hơn 25,3 tỷ đồng", 25300000000, "đồng", "over"), Q("3.500 suất quà", 3500, "suất quà"),
 Q("300.000 đồng", 300000, "đồng"), Q("44 doanh nghiệp", 44, "doanh nghiệp"),
 Q("trên 1.000 lao động", 1000, "lao động", "over"), Q("2 đợt khảo sát nhanh", 2, "đợt khảo sát nhanh"),
 Q("65 doanh nghiệp", 65, "doanh nghiệp"), Q("17%", 17, "%")],
[D("Quyết định", "23", "2021/QĐ-TTg", "2021-07-07", "Thủ tướng Chính phủ", "Quyết định số 23/2021/QĐ-TTg ngày 7/7/2021"),
 D("Kế hoạch", "214", "KH/BDVTU", "2021-09-10", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 214-KH/BDVTU ngày 10/9/2021"),
 D("Kết luận", "01", "KL/TW", "2021-05-18", "Bộ Chính trị", "Kết luận số 01-KL/TW ngày 18/5/2021")],
[prov("Hải Dương"), com("Lai Cách"), com("Cẩm Điền"), com("Việt Hòa")],
["BÁO HẢI DƯƠNG", "Thời sự › Chính trị › Dân vận", "Đồng chí Lê Văn Hiệu phát biểu tại điểm cầu Ban Dân vận Tỉnh ủy.",
 "3 tại chỗ", "1 cung đường 2 điểm đến", "Lượt xem: 815"],
["29/09/2021 08:20 (GMT+07:00)", "tháng 9/2021", "tháng 9", "3 tại chỗ", "1 cung đường 2 điểm đến", "tháng 10/2021", "Lượt xem: 815"]))

PAGES.append(page("b1388-dongnai-mttq-giamsat-hotro-ld-2021", """
CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH ĐỒNG NAI
Trang chủ / Giám sát - Phản biện xã hội / Tin hoạt động
Thứ Sáu, 12/11/2021 - 09:12
Giám sát việc hỗ trợ người lao động gặp khó khăn do đại dịch tại Nhơn Trạch
Ngày 11/11/2021, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Đồng Nai do đồng chí Cao Văn Thịnh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã làm việc với UBND huyện Nhơn Trạch về việc thực hiện chính sách hỗ trợ người lao động, người sử dụng lao động gặp khó khăn do đại dịch COVID-19 năm 2021.
Đoàn giám sát làm việc tại UBND huyện Nhơn Trạch. Ảnh: Kim Liễu
Tham gia đoàn có các đồng chí: Trần Thị Ngọc Hân, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; Nguyễn Văn Sang, Phó Chủ tịch Liên đoàn Lao động tỉnh; đại diện Ban Dân chủ - Pháp luật, Ban Tuyên giáo Ủy ban MTTQ tỉnh.
Theo báo cáo của UBND huyện, thực hiện Nghị quyết 68/NQ-CP ngày 1/7/2021 của Chính phủ và Quyết định số 23/2021/QĐ-TTg của Thủ tướng Chính phủ, huyện đã tiếp nhận 4.312 hồ sơ đề nghị hỗ trợ, đã chi trả cho 3.986 người với tổng số tiền hơn 9,7 tỷ đồng. Riêng nhóm lao động tự do, huyện đã hỗ trợ 2.140 người, mỗi người 1,5 triệu đồng. Đến nay còn 326 hồ sơ chưa được giải quyết do thiếu giấy tờ hoặc người lao động đã về quê.
Trên địa bàn huyện có 9 khu công nghiệp với khoảng 128.000 công nhân. Trong thời gian thực hiện giãn cách xã hội, có 146 doanh nghiệp duy trì sản xuất theo phương án "3 tại chỗ"; khoảng 41.000 công nhân phải tạm nghỉ việc, phần lớn thuê trọ tại xã Phước Thiền, xã Hiệp Phước và xã Long Tân. Ủy ban MTTQ và các đoàn thể huyện đã vận động trên 14.000 phần quà, 230 tấn gạo hỗ trợ công nhân ở trọ.
Qua giám sát, đoàn ghi nhận huyện đã vào cuộc quyết liệt, chi trả kịp thời; tuy nhiên việc rà soát đối tượng ở một số xã còn chậm, chưa công khai danh sách tại khu dân cư; một số doanh nghiệp chưa hoàn thiện hồ sơ đề nghị hỗ trợ theo Nghị quyết 116/NQ-CP ngày 24/9/2021 của Chính phủ về chính sách hỗ trợ người lao động và người sử dụng lao động bị ảnh hưởng bởi đại dịch COVID-19 từ Quỹ bảo hiểm thất nghiệp.
Kết luận buổi giám sát, đồng chí Cao Văn Thịnh đề nghị UBND huyện khẩn trương giải quyết hồ sơ tồn đọng, công khai danh sách người được hỗ trợ theo Quy chế dân chủ ở cơ sở; phối hợp Liên đoàn Lao động tỉnh nắm tình hình công nhân quay trở lại làm việc. Kết quả giám sát sẽ được tổng hợp, báo cáo Ban Thường vụ Tỉnh ủy theo Kế hoạch số 52/KH-MTTQ-BTT ngày 25/10/2021 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh.
Kim Liễu
Lượt xem: 702
Tin liên quan
- Giám sát việc hỗ trợ người dân tại TP Biên Hòa (05/11/2021)
- Ủy ban MTTQ tỉnh trao 5.000 túi an sinh cho công nhân (28/10/2021)
- Phát động ủng hộ Quỹ phòng, chống dịch COVID-19 (15/10/2021)
""", "2021-11-12", "Giám sát việc hỗ trợ người lao động gặp khó khăn do đại dịch tại Nhơn Trạch",
E("giam_sat", "2021", "2021-11-11"),
[P("Cao Văn Thịnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Thị Ngọc Hân", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Sang", "Phó Chủ tịch Liên đoàn Lao động tỉnh")],
[Q("4.312 hồ sơ đề nghị hỗ trợ", 4312, "hồ sơ đề nghị hỗ trợ"), Q("3.986 người", 3986, "người"), Q("hơn 9,7 tỷ đồng", 9700000000, "đồng", "over"),
 Q("2.140 người", 2140, "người"), Q("1,5 triệu đồng", 1500000, "đồng"), Q("326 hồ sơ", 326, "hồ sơ"),
 Q("9 khu công nghiệp", 9, "khu công nghiệp"), Q("khoảng 128.000 công nhân", 128000, "công nhân", "approx"),
 Q("146 doanh nghiệp", 146, "doanh nghiệp"), Q("khoảng 41.000 công nhân", 41000, "công nhân", "approx"),
 Q("trên 14.000 phần quà", 14000, "phần quà", "over"), Q("230 tấn", 230, "tấn")],
[D("Nghị quyết", "68", "NQ-CP", "2021-07-01", "Chính phủ", "Nghị quyết 68/NQ-CP ngày 1/7/2021"),
 D("Quyết định", "23", "2021/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 23/2021/QĐ-TTg"),
 D("Nghị quyết", "116", "NQ-CP", "2021-09-24", "Chính phủ", "Nghị quyết 116/NQ-CP ngày 24/9/2021"),
 D("Kế hoạch", "52", "KH-MTTQ-BTT", "2021-10-25", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 52/KH-MTTQ-BTT ngày 25/10/2021")],
[prov("Đồng Nai"), com("Phước Thiền"), com("Hiệp Phước"), com("Long Tân")],
["CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH ĐỒNG NAI", "Trang chủ / Giám sát - Phản biện xã hội / Tin hoạt động",
 "Đoàn giám sát làm việc tại UBND huyện Nhơn Trạch. Ảnh: Kim Liễu", "3 tại chỗ", "Quỹ bảo hiểm thất nghiệp", "Lượt xem: 702"],
["Thứ Sáu, 12/11/2021 - 09:12", "COVID-19", "năm 2021", "3 tại chỗ", "Lượt xem: 702"]))

PAGES.append(page("b1389-haiphong-hoinghi-nhaoxh-congnhan-2022", """
Báo Hải Phòng điện tử - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam thành phố Hải Phòng
Trang chủ | Chính trị | Kinh tế | Xã hội | Pháp luật | Văn hóa
Thứ Sáu, 20/05/2022 | 16:05
Công nhân góp ý đề án nhà ở xã hội: "Cần nhà thuê giá rẻ, gần nơi làm việc"
Trong khuôn khổ Tháng Công nhân năm 2022, sáng 19/5, Ban Dân vận Thành ủy phối hợp Liên đoàn Lao động thành phố và Sở Xây dựng tổ chức hội nghị lấy ý kiến công nhân, người lao động vào dự thảo Đề án phát triển nhà ở xã hội cho công nhân các khu công nghiệp thành phố Hải Phòng giai đoạn 2022 - 2030.
Công nhân Khu công nghiệp Tràng Duệ phát biểu góp ý tại hội nghị. Ảnh: Minh Nguyệt
Chủ trì hội nghị có đồng chí Đỗ Thị Thu Trang, Thành ủy viên, Trưởng Ban Dân vận Thành ủy; các đồng chí Bùi Đức Quân, Phạm Thị Thanh Vân - Phó Chủ tịch Liên đoàn Lao động thành phố; đồng chí Ngô Quang Minh, Phó Giám đốc Sở Xây dựng. Tham dự có 210 đại biểu là công nhân, cán bộ công đoàn cơ sở đến từ các khu công nghiệp Tràng Duệ, Đình Vũ, VSIP, Nomura và đại diện 35 doanh nghiệp.
Theo dự thảo, đến năm 2030, thành phố phấn đấu hoàn thành khoảng 33.500 căn hộ nhà ở xã hội, trong đó khoảng 70% dành cho công nhân khu công nghiệp; giai đoạn 2022 - 2025 khởi công 9 dự án tại xã An Hồng, xã Lê Thiện và phường Đông Hải 2. Hiện thành phố có khoảng 200.000 công nhân làm việc tại các khu công nghiệp, trong đó khoảng 55% có nhu cầu thuê hoặc mua nhà ở.
Chị Trần Thị Huệ, Phó Chủ tịch Công đoàn cơ sở Công ty TNHH điện tử Hòa Bình Xanh, cho biết thu nhập bình quân của công nhân công ty khoảng 8,5 triệu đồng/tháng, khó có khả năng mua nhà, vì vậy đề nghị đề án ưu tiên loại nhà cho thuê, giá thuê không quá 1,5 triệu đồng/căn/tháng. Anh Lê Văn Phong, công nhân Công ty cổ phần thép Đình Vũ, đề nghị quy hoạch nhà trẻ, trường học, chợ và điểm sinh hoạt văn hóa ngay trong các khu nhà ở công nhân.
Giải trình tại hội nghị, đồng chí Ngô Quang Minh cho biết các ý kiến sẽ được tổng hợp để hoàn thiện dự thảo trình UBND thành phố. Dự thảo được xây dựng trên cơ sở Nghị quyết số 11/NQ-CP ngày 30/1/2022 của Chính phủ về Chương trình phục hồi và phát triển kinh tế - xã hội và Nghị quyết số 45-NQ/TW ngày 24/1/2019 của Bộ Chính trị về xây dựng và phát triển thành phố Hải Phòng.
Kết luận hội nghị, đồng chí Đỗ Thị Thu Trang đánh giá cao 27 ý kiến tâm huyết, sát thực của công nhân; đề nghị Liên đoàn Lao động thành phố tiếp tục thực hiện Kế hoạch số 178-KH/TU ngày 10/3/2022 của Ban Thường vụ Thành ủy về thực hiện Nghị quyết số 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị về đổi mới tổ chức và hoạt động của Công đoàn Việt Nam trong tình hình mới.
Minh Nguyệt
Lượt xem: 1.388
Tin liên quan
- Khai mạc Tháng Công nhân năm 2022 (01/05/2022)
- 1.000 công nhân được khám sức khỏe miễn phí (12/05/2022)
- Bàn giao 2 Mái ấm Công đoàn tại Thủy Nguyên (08/05/2022)
""", "2022-05-20", 'Công nhân góp ý đề án nhà ở xã hội: "Cần nhà thuê giá rẻ, gần nơi làm việc"',
E("hoi_nghi", "2022", "2022-05-19"),
[P("Đỗ Thị Thu Trang", "Thành ủy viên", "Trưởng Ban Dân vận Thành ủy"),
 P("Bùi Đức Quân", "Phó Chủ tịch Liên đoàn Lao động thành phố"),
 P("Phạm Thị Thanh Vân", "Phó Chủ tịch Liên đoàn Lao động thành phố"),
 P("Ngô Quang Minh", "Phó Giám đốc Sở Xây dựng"),
 P("Trần Thị Huệ", "Phó Chủ tịch Công đoàn cơ sở Công ty TNHH điện tử Hòa Bình Xanh"),
 P("Lê Văn Phong", "công nhân Công ty cổ phần thép Đình Vũ")],
[Q("210 đại biểu", 210, "đại biểu"), Q("35 doanh nghiệp", 35, "doanh nghiệp"),
 Q("khoảng 33.500 căn hộ nhà ở xã hội", 33500, "căn hộ nhà ở xã hội", "approx"), Q("khoảng 70%", 70, "%", "approx"),
 Q("9 dự án", 9, "dự án"), Q("khoảng 200.000 công nhân", 200000, "công nhân", "approx"), Q("khoảng 55%", 55, "%", "approx"),
 Q("khoảng 8,5 triệu đồng", 8500000, "đồng", "approx"), Q("1,5 triệu đồng", 1500000, "đồng"), Q("27 ý kiến", 27, "ý kiến")],
[D("Nghị quyết", "11", "NQ-CP", "2022-01-30", "Chính phủ", "Nghị quyết số 11/NQ-CP ngày 30/1/2022"),
 D("Nghị quyết", "45", "NQ/TW", "2019-01-24", "Bộ Chính trị", "Nghị quyết số 45-NQ/TW ngày 24/1/2019"),
 D("Kế hoạch", "178", "KH/TU", "2022-03-10", "Ban Thường vụ Thành ủy", "Kế hoạch số 178-KH/TU ngày 10/3/2022"),
 D("Nghị quyết", "02", "NQ/TW", "2021-06-12", "Bộ Chính trị", "Nghị quyết số 02-NQ/TW ngày 12/6/2021")],
[prov("Hải Phòng"), com("An Hồng"), com("Lê Thiện"), com("Đông Hải 2")],
["Báo Hải Phòng điện tử - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam thành phố Hải Phòng",
 "Trang chủ | Chính trị | Kinh tế | Xã hội | Pháp luật | Văn hóa",
 "Công nhân Khu công nghiệp Tràng Duệ phát biểu góp ý tại hội nghị. Ảnh: Minh Nguyệt", "Tháng Công nhân", "Lượt xem: 1.388"],
["Thứ Sáu, 20/05/2022 | 16:05", "năm 2022", "giai đoạn 2022 - 2030", "đến năm 2030", "giai đoạn 2022 - 2025", "Lượt xem: 1.388"]))

PAGES.append(page("b1390-bacninh-daihoi-congdoan-tinh-2023", """
BÁO BẮC NINH
Trang chủ » Chính trị » Xây dựng Đảng - Đoàn thể
14/07/2023 - 18:10
Toàn cảnh phiên bế mạc Đại hội. Ảnh: Hữu Việt
Đại hội Công đoàn tỉnh Bắc Ninh lần thứ XIX thành công tốt đẹp
Sau 2 ngày làm việc (13 và 14/7), Đại hội Công đoàn tỉnh Bắc Ninh lần thứ XIX, nhiệm kỳ 2023 - 2028 đã bế mạc. Về dự có đồng chí Đào Quang Tuệ, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Phan Văn Bình, Phó Chủ tịch Tổng Liên đoàn Lao động Việt Nam cùng 298 đại biểu chính thức thay mặt cho hơn 310.000 đoàn viên công đoàn trong toàn tỉnh.
Nhiệm kỳ 2018 - 2023, Công đoàn tỉnh đã phát triển mới 126.500 đoàn viên, thành lập mới 342 công đoàn cơ sở, đạt 108% chỉ tiêu; 92% công đoàn cơ sở doanh nghiệp tổ chức đối thoại định kỳ. Chương trình "Mái ấm Công đoàn" đã hỗ trợ xây mới, sửa chữa 415 căn nhà cho đoàn viên với tổng kinh phí hơn 16 tỷ đồng. Đặc biệt, trong hai năm 2020 - 2021, công đoàn các cấp đã hỗ trợ gần 280.000 lượt đoàn viên, người lao động bị ảnh hưởng bởi dịch COVID-19 với số tiền trên 198 tỷ đồng.
Phát biểu chỉ đạo, đồng chí Phan Văn Bình đề nghị Công đoàn tỉnh tiếp tục quán triệt, thực hiện Nghị quyết số 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị về đổi mới tổ chức và hoạt động của Công đoàn Việt Nam trong tình hình mới; chú trọng đại diện, bảo vệ quyền lợi hợp pháp, chính đáng của gần 500.000 công nhân lao động, trong đó phần lớn làm việc trong các khu công nghiệp.
Đồng chí Đào Quang Tuệ đề nghị Công đoàn tỉnh phối hợp các ngành triển khai Kết luận số 45-KL/TU ngày 18/4/2023 của Ban Thường vụ Tỉnh ủy về phát triển nhà ở xã hội cho công nhân, bảo đảm đến năm 2025 hoàn thành ít nhất 15.000 căn hộ; thực hiện hiệu quả Quy chế phối hợp số 07-QC/BDVTU-LĐLĐ giữa Ban Dân vận Tỉnh ủy và Liên đoàn Lao động tỉnh.
Đại hội đã bầu Ban Chấp hành Liên đoàn Lao động tỉnh khóa XIX gồm 35 đồng chí. Tại hội nghị lần thứ nhất, đồng chí Nguyễn Thị Thu Hằng, Tỉnh ủy viên, được tín nhiệm bầu giữ chức Chủ tịch Liên đoàn Lao động tỉnh khóa XIX; các đồng chí Phó Chủ tịch Liên đoàn Lao động tỉnh khóa XIX: Ngô Đình Thắng, Lê Thị Phương Dung, Vũ Mạnh Trường. Đại hội cũng bầu 18 đại biểu chính thức dự Đại hội XIII Công đoàn Việt Nam.
Trong nhiệm kỳ mới, Đại hội đề ra 10 chỉ tiêu, trong đó phấn đấu mỗi năm phát triển mới ít nhất 20.000 đoàn viên, 100% doanh nghiệp có từ 25 lao động trở lên thành lập công đoàn cơ sở.
Hữu Việt
Lượt xem: 1.865
Tin liên quan
- Khai mạc Đại hội Công đoàn tỉnh lần thứ XIX (13/07/2023)
- Công nhân Khu công nghiệp VSIP Bắc Ninh hướng về Đại hội (10/07/2023)
- Bàn giao nhà "Mái ấm Công đoàn" tại phường Phù Chẩn (03/07/2023)
""", "2023-07-14", "Đại hội Công đoàn tỉnh Bắc Ninh lần thứ XIX thành công tốt đẹp",
E("dai_hoi", None, "2023-07-13"),
[P("Đào Quang Tuệ", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phan Văn Bình", "Phó Chủ tịch Tổng Liên đoàn Lao động Việt Nam"),
 P("Nguyễn Thị Thu Hằng", "Tỉnh ủy viên", "Chủ tịch Liên đoàn Lao động tỉnh khóa XIX"),
 P("Ngô Đình Thắng", "Phó Chủ tịch Liên đoàn Lao động tỉnh khóa XIX"),
 P("Lê Thị Phương Dung", "Phó Chủ tịch Liên đoàn Lao động tỉnh khóa XIX"),
 P("Vũ Mạnh Trường", "Phó Chủ tịch Liên đoàn Lao động tỉnh khóa XIX")],
[Q("298 đại biểu chính thức", 298, "đại biểu chính thức"), Q("hơn 310.000 đoàn viên công đoàn", 310000, "đoàn viên công đoàn", "over"),
 Q("126.500 đoàn viên", 126500, "đoàn viên"), Q("342 công đoàn cơ sở", 342, "công đoàn cơ sở"), Q("108%", 108, "%"),
 Q("92%", 92, "%"), Q("415 căn nhà", 415, "căn nhà"), Q("hơn 16 tỷ đồng", 16000000000, "đồng", "over"),
 Q("gần 280.000 lượt đoàn viên, người lao động", 280000, "lượt đoàn viên, người lao động", "approx"),
 Q("trên 198 tỷ đồng", 198000000000, "đồng", "over"), Q("gần 500.000 công nhân lao động", 500000, "công nhân lao động", "approx"),
 Q("ít nhất 15.000 căn hộ", 15000, "căn hộ", "over"), Q("35 đồng chí", 35, "đồng chí"),
 Q("18 đại biểu chính thức", 18, "đại biểu chính thức"), Q("10 chỉ tiêu", 10, "chỉ tiêu"),
 Q("ít nhất 20.000 đoàn viên", 20000, "đoàn viên", "over"), Q("100%", 100, "%"), Q("25 lao động", 25, "lao động")],
[D("Nghị quyết", "02", "NQ/TW", "2021-06-12", "Bộ Chính trị", "Nghị quyết số 02-NQ/TW ngày 12/6/2021"),
 D("Kết luận", "45", "KL/TU", "2023-04-18", "Ban Thường vụ Tỉnh ủy", "Kết luận số 45-KL/TU ngày 18/4/2023"),
 D("Quy chế phối hợp", "07", "QC/BDVTU-LĐLĐ", None, None, "Quy chế phối hợp số 07-QC/BDVTU-LĐLĐ")],
[prov("Bắc Ninh")],
["BÁO BẮC NINH", "Trang chủ » Chính trị » Xây dựng Đảng - Đoàn thể", "Toàn cảnh phiên bế mạc Đại hội. Ảnh: Hữu Việt",
 "Mái ấm Công đoàn", "Lượt xem: 1.865"],
["14/07/2023 - 18:10", "2 ngày", "lần thứ XIX", "nhiệm kỳ 2023 - 2028", "Nhiệm kỳ 2018 - 2023", "hai năm 2020 - 2021", "khóa XIX",
 "35 đồng chí", "hội nghị lần thứ nhất", "Đại hội XIII", "đến năm 2025", "Lượt xem: 1.865"]))
