from lib import *
PAGES = []

PAGES.append(page("b9029-nghean-tinhdoan-traomu-2011", """
TỈNH ĐOÀN NGHỆ AN - Cổng thông tin điện tử
Trang chủ » Tin tức - Sự kiện » Phong trào thanh niên
Thứ Ba, 06/09/2011 - 16:20
Ảnh: Các em học sinh nhận mũ bảo hiểm tại buổi lễ.
Trao 1.200 mũ bảo hiểm cho học sinh lớp 1 nhân dịp khai giảng
Sáng 5/9, tại Trường Tiểu học Hưng Dũng 1 (TP Vinh), Tỉnh đoàn Nghệ An phối hợp với Công an tỉnh, Sở Giáo dục và Đào tạo và Ban An toàn giao thông tỉnh tổ chức lễ trao mũ bảo hiểm cho học sinh lớp 1 trong chương trình "Đội mũ bảo hiểm cho trẻ em" năm học 2011 - 2012, đồng thời ra mắt mô hình "Cổng trường an toàn giao thông".
Dự buổi lễ có đồng chí Nguyễn Thị Thanh Hương, Phó Chủ tịch UBND tỉnh, Phó Trưởng ban Thường trực Ban An toàn giao thông tỉnh; đồng chí Lê Văn Quế, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; Đại tá Hồ Sỹ Hùng, Phó Giám đốc Công an tỉnh; các đồng chí trong Ban Thường vụ Tỉnh đoàn và hơn 800 học sinh, phụ huynh.
Phát biểu tại buổi lễ, đồng chí Phan Đức Thắng, Bí thư Tỉnh đoàn Nghệ An cho biết: thực hiện Nghị quyết số 32/2007/NQ-CP ngày 29/6/2007 của Chính phủ về một số giải pháp cấp bách nhằm kiềm chế tai nạn giao thông và ùn tắc giao thông, từ năm 2008 đến nay các cấp bộ Đoàn trong tỉnh đã vận động trao tặng trên 15.000 mũ bảo hiểm cho học sinh, trẻ em nghèo. Riêng năm học này, Tỉnh đoàn đã ban hành Kế hoạch số 86-KH/TĐTN về triển khai thực hiện chương trình, với mục tiêu 100% trường tiểu học trên địa bàn TP Vinh và thị xã Cửa Lò có "cổng trường an toàn giao thông".
Theo thống kê của Phòng Cảnh sát giao thông Công an tỉnh, 8 tháng đầu năm 2011 trên địa bàn tỉnh xảy ra 312 vụ tai nạn giao thông, làm chết 196 người; trong đó có 27 học sinh, sinh viên bị thương vong. Tỷ lệ học sinh đội mũ bảo hiểm khi ngồi sau xe mô tô, xe gắn máy mới đạt khoảng 40%.
Tại buổi lễ, đại diện Tỉnh đoàn và nhà tài trợ đã trao 1.200 mũ bảo hiểm đạt chuẩn, tổng trị giá 180 triệu đồng, cho học sinh lớp 1 của 9 trường tiểu học trên địa bàn phường Hưng Dũng, phường Bến Thủy và xã Nghi Phú. Mỗi chiếc mũ trị giá 150.000 đồng. Các em còn được hướng dẫn cách đội mũ đúng quy cách và tham gia trò chơi "Em đi qua ngã tư đường phố".
Đồng chí Nguyễn Thị Thanh Hương đề nghị các trường học đưa nội dung đội mũ bảo hiểm vào giờ chào cờ, sinh hoạt lớp; phụ huynh làm gương cho con em; lực lượng cảnh sát giao thông tăng cường tuần tra tại cổng trường giờ tan học. "Chiếc mũ bảo hiểm là món quà nhỏ nhưng giữ lấy tính mạng của các em", đồng chí nói.
Nhân dịp này, Ban Thường vụ Tỉnh đoàn tặng giấy khen cho 6 tập thể và 11 cá nhân có thành tích trong công tác tuyên truyền an toàn giao thông năm học 2010 - 2011.
Phương Thảo
Tin liên quan
- Tuổi trẻ Nghệ An ra quân hè tình nguyện 2011 (15/06/2011)
- Diễn Châu: 300 đoàn viên tham gia tuyên truyền an toàn giao thông (02/05/2011)
- Trao 500 mũ bảo hiểm cho học sinh vùng biên Kỳ Sơn (20/12/2010)
""", "2011-09-06", "Trao 1.200 mũ bảo hiểm cho học sinh lớp 1 nhân dịp khai giảng",
E("trao_qua", None, "2011-09-05"),
[P("Nguyễn Thị Thanh Hương", "Phó Chủ tịch UBND tỉnh", "Phó Trưởng ban Thường trực Ban An toàn giao thông tỉnh"),
 P("Lê Văn Quế", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hồ Sỹ Hùng", "Đại tá", "Phó Giám đốc Công an tỉnh"),
 P("Phan Đức Thắng", "Bí thư Tỉnh đoàn Nghệ An")],
[Q("hơn 800 học sinh, phụ huynh", 800, "học sinh, phụ huynh", "over"),
 Q("trên 15.000 mũ bảo hiểm", 15000, "mũ bảo hiểm", "over"),
 Q("100% trường tiểu học", 100, "%"),
 Q("312 vụ tai nạn giao thông", 312, "vụ tai nạn giao thông"),
 Q("196 người", 196, "người"),
 Q("27 học sinh, sinh viên", 27, "học sinh, sinh viên"),
 Q("khoảng 40%", 40, "%", "approx"),
 Q("1.200 mũ bảo hiểm", 1200, "mũ bảo hiểm"),
 Q("180 triệu đồng", 180000000, "đồng"),
 Q("9 trường tiểu học", 9, "trường tiểu học"),
 Q("150.000 đồng", 150000, "đồng"),
 Q("6 tập thể", 6, "tập thể"), Q("11 cá nhân", 11, "cá nhân")],
[D("Nghị quyết", "32", "2007/NQ-CP", "2007-06-29", "Chính phủ", "Nghị quyết số 32/2007/NQ-CP ngày 29/6/2007"),
 D("Kế hoạch", "86", "KH/TĐTN", None, "Tỉnh đoàn", "Kế hoạch số 86-KH/TĐTN")],
[prov("Nghệ An"), com("Hưng Dũng"), com("Bến Thủy"), com("Nghi Phú")],
["TỈNH ĐOÀN NGHỆ AN - Cổng thông tin điện tử", "Trang chủ » Tin tức - Sự kiện » Phong trào thanh niên",
 "Ảnh: Các em học sinh nhận mũ bảo hiểm tại buổi lễ.", "Đội mũ bảo hiểm cho trẻ em", "Cổng trường an toàn giao thông",
 "Em đi qua ngã tư đường phố", "Trường Tiểu học Hưng Dũng 1"],
["Thứ Ba, 06/09/2011 - 16:20", "lớp 1", "năm học 2011 - 2012", "8 tháng đầu năm 2011", "năm học 2010 - 2011", "từ năm 2008"]))

PAGES.append(page("b9030-thainguyen-bdv-giaoban-2012", """
Ban Dân vận Tỉnh ủy Thái Nguyên
Bạn đang ở: Trang chủ > Hoạt động khối dân vận
Cập nhật: 09:42, 12/04/2012 (GMT+7)
Giao ban khối dân vận quý I: tập trung vận động học sinh đội mũ bảo hiểm
Ngày 10/4/2012, Ban Dân vận Tỉnh ủy Thái Nguyên tổ chức giao ban khối dân vận quý I năm 2012 với Ủy ban MTTQ, các đoàn thể chính trị - xã hội tỉnh và Công an tỉnh, trong đó dành nhiều thời gian bàn giải pháp bảo đảm trật tự an toàn giao thông tại cổng trường học.
Đồng chí Hoàng Thị Bích, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì giao ban. Cùng dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Dương Văn Lượng, Ma Thị Nguyệt.
Báo cáo của Ban Dân vận cho thấy, quý I, khối dân vận đã phối hợp với ngành công an tổ chức 46 buổi tuyên truyền Luật Giao thông đường bộ cho trên 12.000 học sinh trung học; vận động ký cam kết với 3.500 phụ huynh không giao xe máy cho con chưa đủ tuổi điều khiển. Tỉnh đoàn đã duy trì 24 đội thanh niên tình nguyện giữ trật tự giờ tan trường tại TP Thái Nguyên và thị xã Sông Công. Hội Liên hiệp Phụ nữ tỉnh xây dựng thêm 15 mô hình "Mẹ đưa con đi học an toàn".
Tuy vậy, tình trạng học sinh đi xe máy điện, xe đạp điện không đội mũ bảo hiểm vẫn phổ biến; qua kiểm tra, lực lượng cảnh sát giao thông đã lập biên bản 214 trường hợp học sinh vi phạm, tạm giữ 37 xe mô tô. Tình trạng bán hàng rong, dừng đỗ xe đưa đón trước cổng trường ở phường Phan Đình Phùng, phường Quang Trung còn gây ùn tắc.
Đồng chí Vũ Hồng Hải, Phó Chủ tịch Ủy ban MTTQ tỉnh đề nghị đưa tiêu chí chấp hành an toàn giao thông vào bình xét gia đình văn hóa ở khu dân cư. Trung tá Lương Văn Khánh, Phó Trưởng phòng Cảnh sát giao thông Công an tỉnh cho biết sẽ bố trí cán bộ trực tại 30 cổng trường trọng điểm trong giờ cao điểm.
Các đại biểu cũng thảo luận về việc phát huy vai trò của tổ dân vận ở khu dân cư gần trường học. Ông Đinh Văn Thành, Chủ tịch Hội Cựu chiến binh phường Quang Trung, chia sẻ: hội viên cựu chiến binh đã nhận giữ 2 điểm "cổng trường tự quản", mỗi buổi sáng phân công 4 người đứng hướng dẫn phụ huynh dắt xe vào lề. Đại diện Liên đoàn Lao động tỉnh đề nghị các doanh nghiệp có đông công nhân nhắc nhở người lao động đội mũ bảo hiểm cho con khi đưa đón.
Kết luận giao ban, đồng chí Hoàng Thị Bích yêu cầu các đoàn thể bám sát Chỉ thị số 12-CT/TU ngày 08/3/2012 của Ban Thường vụ Tỉnh ủy về tăng cường lãnh đạo công tác bảo đảm trật tự an toàn giao thông, Kế hoạch liên tịch số 03/KHLT-BDV-CA giữa Ban Dân vận Tỉnh ủy và Công an tỉnh; quý II tập trung cao điểm tuyên truyền trước kỳ nghỉ hè, vận động 100% học sinh đội mũ bảo hiểm khi ngồi trên xe mô tô, xe gắn máy. Ban Dân vận sẽ tổng hợp kết quả, báo cáo Thường trực Tỉnh ủy trong tháng 6.
Đức Anh
Tin khác
- Hội nghị công tác dân vận chính quyền năm 2012 (28/03/2012)
- Phú Lương: ra mắt 5 tổ tự quản an toàn giao thông (15/03/2012)
- Tổng kết công tác dân vận năm 2011 (05/01/2012)
""", "2012-04-12", "Giao ban khối dân vận quý I: tập trung vận động học sinh đội mũ bảo hiểm",
E("giao_ban", "2012-Q1", "2012-04-10"),
[P("Hoàng Thị Bích", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Dương Văn Lượng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Ma Thị Nguyệt", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vũ Hồng Hải", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Đinh Văn Thành", "Chủ tịch Hội Cựu chiến binh phường Quang Trung"),
 P("Lương Văn Khánh", "Trung tá", "Phó Trưởng phòng Cảnh sát giao thông Công an tỉnh")],
[Q("46 buổi tuyên truyền", 46, "buổi tuyên truyền"),
 Q("trên 12.000 học sinh trung học", 12000, "học sinh trung học", "over"),
 Q("3.500 phụ huynh", 3500, "phụ huynh"),
 Q("24 đội thanh niên tình nguyện", 24, "đội thanh niên tình nguyện"),
 Q("15 mô hình", 15, "mô hình"),
 Q("214 trường hợp", 214, "trường hợp"),
 Q("37 xe mô tô", 37, "xe mô tô"),
 Q("30 cổng trường trọng điểm", 30, "cổng trường trọng điểm"),
 Q("2 điểm", 2, "điểm"), Q("4 người", 4, "người"),
 Q("100% học sinh", 100, "%")],
[D("Chỉ thị", "12", "CT/TU", "2012-03-08", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 12-CT/TU ngày 08/3/2012"),
 D("Kế hoạch liên tịch", "03", "KHLT-BDV-CA", None, None, "Kế hoạch liên tịch số 03/KHLT-BDV-CA")],
[prov("Thái Nguyên"), com("Phan Đình Phùng"), com("Quang Trung")],
["Ban Dân vận Tỉnh ủy Thái Nguyên", "Bạn đang ở: Trang chủ > Hoạt động khối dân vận", "Mẹ đưa con đi học an toàn",
 "Luật Giao thông đường bộ", "cổng trường tự quản"],
["Cập nhật: 09:42, 12/04/2012 (GMT+7)", "quý I năm 2012", "quý II", "tháng 6"]))

PAGES.append(page("b9031-dongthap-hlhpn-soket-2013", """
BÁO ĐỒNG THÁP ONLINE
Xã hội | Giáo dục
08:15 | 19/07/2013
Thanh Bình: nhân rộng mô hình "Cổng trường an toàn giao thông"
Chiều 17/7, Hội Liên hiệp Phụ nữ huyện Thanh Bình phối hợp Công an huyện và Huyện đoàn tổ chức hội nghị sơ kết 6 tháng đầu năm 2013 thực hiện mô hình "Cổng trường an toàn giao thông" và cuộc vận động "Đội mũ bảo hiểm cho con khi ngồi trên xe".
Bà Trần Thị Kim Loan, HUV, Chủ tịch Hội LHPN huyện, cho biết: mô hình được triển khai tại 14 trường tiểu học và trung học cơ sở, với 28 tổ phụ nữ tình nguyện thay phiên nhau hướng dẫn phụ huynh dừng xe đúng nơi quy định vào giờ tan học. Sáu tháng qua, các cấp hội đã tổ chức 112 cuộc sinh hoạt chuyên đề về an toàn giao thông, thu hút gần 4.000 lượt hội viên tham dự; vận động các mạnh thường quân tặng 650 mũ bảo hiểm cho học sinh nghèo, trị giá khoảng 97 triệu đồng.
Theo Thiếu tá Nguyễn Văn Tài, Đội trưởng Đội Cảnh sát giao thông Công an huyện Thanh Bình, nhờ có sự tham gia của các đoàn thể, tỷ lệ phụ huynh chở con đội mũ bảo hiểm tại các điểm trường tham gia mô hình tăng từ 35% lên 82%. Trong 6 tháng, trên địa bàn huyện không xảy ra vụ tai nạn giao thông nào liên quan đến học sinh ở khu vực cổng trường.
Tuy nhiên, tại hội nghị, nhiều ý kiến phản ánh tình trạng học sinh đi đò qua sông không mặc áo phao, phụ huynh đậu xe tràn xuống lòng đường Quốc lộ 30. Bà Lê Thị Mỹ Hạnh, Chủ tịch Hội LHPN xã Tân Thạnh, đề nghị hỗ trợ thêm biển báo và vạch sơn trước cổng trường. Ông Huỳnh Văn Bảy, Bí thư Đoàn xã Tân Mỹ, kiến nghị phân công đoàn viên trực tại bến đò Tân Mỹ vào giờ cao điểm.
Phát biểu chỉ đạo, bà Đoàn Thị Thúy, Phó Trưởng Ban Dân vận Huyện ủy, đánh giá cao sự phối hợp theo Chương trình phối hợp số 05/CTPH-HPN-CA giữa Hội LHPN và Công an huyện. Bà đề nghị 6 tháng cuối năm nhân rộng mô hình ra thêm 10 trường, phấn đấu đến cuối năm 2013 có ít nhất 90% phụ huynh chở con đội mũ bảo hiểm; đồng thời gắn mô hình với Kế hoạch số 27-KH/HU của Ban Thường vụ Huyện ủy về thực hiện cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư".
Theo Ban Thường vụ Hội LHPN tỉnh Đồng Tháp, Thanh Bình là một trong 3 huyện đầu tiên của tỉnh thực hiện mô hình. Kinh nghiệm cho thấy việc phân công theo "cụm" gồm chi hội phụ nữ, chi đoàn và công an viên ở từng ấp giúp duy trì đều đặn, không phụ thuộc vào kinh phí. Nhiều trường đã lắp thêm mái che chờ đón học sinh bằng nguồn xã hội hóa, có trường dành riêng khoảng sân bên trong cổng để phụ huynh dừng xe, tránh ùn ứ ra đường.
Dịp này, Hội LHPN huyện khen thưởng 9 tập thể, 15 cá nhân tiêu biểu trong thực hiện mô hình, mỗi tập thể được thưởng 500.000 đồng.
Ngọc Trâm
Tin liên quan
- Hồng Ngự: 1.000 phụ nữ ký cam kết an toàn giao thông (05/07/2013)
- Tặng áo phao cho học sinh vùng lũ (20/06/2013)
- Hội LHPN tỉnh sơ kết công tác hội 6 tháng (12/07/2013)
""", "2013-07-19", "Thanh Bình: nhân rộng mô hình \"Cổng trường an toàn giao thông\"",
E("so_ket", "2013-H1", "2013-07-17"),
[P("Trần Thị Kim Loan", "HUV", "Chủ tịch Hội LHPN huyện"),
 P("Nguyễn Văn Tài", "Thiếu tá", "Đội trưởng Đội Cảnh sát giao thông Công an huyện Thanh Bình"),
 P("Lê Thị Mỹ Hạnh", "Chủ tịch Hội LHPN xã Tân Thạnh"),
 P("Huỳnh Văn Bảy", "Bí thư Đoàn xã Tân Mỹ"),
 P("Đoàn Thị Thúy", "Phó Trưởng Ban Dân vận Huyện ủy")],
[Q("14 trường tiểu học và trung học cơ sở", 14, "trường tiểu học và trung học cơ sở"),
 Q("28 tổ phụ nữ tình nguyện", 28, "tổ phụ nữ tình nguyện"),
 Q("112 cuộc sinh hoạt chuyên đề", 112, "cuộc sinh hoạt chuyên đề"),
 Q("gần 4.000 lượt hội viên", 4000, "lượt hội viên", "approx"),
 Q("650 mũ bảo hiểm", 650, "mũ bảo hiểm"),
 Q("khoảng 97 triệu đồng", 97000000, "đồng", "approx"),
 Q("35%", 35, "%"), Q("82%", 82, "%"),
 Q("10 trường", 10, "trường"), Q("3 huyện", 3, "huyện"),
 Q("ít nhất 90%", 90, "%", "over"),
 Q("9 tập thể", 9, "tập thể"), Q("15 cá nhân tiêu biểu", 15, "cá nhân tiêu biểu"),
 Q("500.000 đồng", 500000, "đồng")],
[D("Chương trình phối hợp", "05", "CTPH-HPN-CA", None, None, "Chương trình phối hợp số 05/CTPH-HPN-CA"),
 D("Kế hoạch", "27", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 27-KH/HU")],
[prov("Đồng Tháp"), com("Tân Thạnh"), com("Tân Mỹ")],
["BÁO ĐỒNG THÁP ONLINE", "Xã hội | Giáo dục", "Cổng trường an toàn giao thông", "Đội mũ bảo hiểm cho con khi ngồi trên xe",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Quốc lộ 30"],
["08:15 | 19/07/2013", "6 tháng đầu năm 2013", "6 tháng cuối năm", "Quốc lộ 30", "cuối năm 2013"]))

PAGES.append(page("b9032-quangtri-xatrieudo-taphuan-2014", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ TRIỆU ĐỘ - HUYỆN TRIỆU PHONG - TỈNH QUẢNG TRỊ
Tin tức > Hoạt động đoàn thể
Ngày đăng 28/08/2014 | 14:20
Toàn cảnh lớp tập huấn.
Tập huấn kỹ năng tham gia giao thông an toàn cho học sinh trước năm học mới
Trong hai ngày 26 và 27/8/2014, Đoàn xã Triệu Độ phối hợp với Công an xã, Hội Liên hiệp Phụ nữ xã và Trường THCS Triệu Độ tổ chức lớp tập huấn kỹ năng tham gia giao thông an toàn năm 2014 cho học sinh, đoàn viên và phụ huynh trên địa bàn xã.
Lớp tập huấn có 165 học viên, trong đó 120 học sinh THCS, 30 đoàn viên thanh niên và 15 phụ huynh là hội viên phụ nữ. Báo cáo viên là Thượng úy Lê Quang Vinh, cán bộ Đội Cảnh sát giao thông - Trật tự Công an huyện Triệu Phong, và cô giáo Hoàng Thị Thu Hà, Tổng phụ trách Đội Trường THCS Triệu Độ.
Các học viên được giới thiệu những điểm mới của Luật Giao thông đường bộ năm 2008, Nghị định số 171/2013/NĐ-CP ngày 13/11/2013 của Chính phủ quy định xử phạt vi phạm hành chính trong lĩnh vực giao thông đường bộ và đường sắt; được thực hành cách chọn mũ bảo hiểm đạt chuẩn, cài quai mũ đúng cách, đi xe đạp qua ngã ba, ngã tư và qua đường sắt. Đáng chú ý, đoạn Quốc lộ 1 chạy qua địa bàn xã dài khoảng 3,5 km là nơi từng xảy ra nhiều vụ tai nạn liên quan đến học sinh đi xe đạp.
Phát biểu khai mạc, anh Nguyễn Văn Hiếu, Bí thư Đoàn xã Triệu Độ, nhấn mạnh: "Mỗi đoàn viên sau lớp học phải là một tuyên truyền viên ở thôn, xóm". Theo anh Hiếu, năm học 2013 - 2014, Đoàn xã đã duy trì 2 đội thanh niên xung kích giữ trật tự tại cổng Trường THCS Triệu Độ và Trường Tiểu học Triệu Độ vào các buổi sáng thứ Hai và thứ Sáu.
Dịp này, Hội Chữ thập đỏ xã trao tặng 50 mũ bảo hiểm cho học sinh có hoàn cảnh khó khăn, mỗi chiếc trị giá 120.000 đồng, do các nhà hảo tâm ủng hộ. Ông Trần Đình Lực, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã, đề nghị Đoàn xã tham mưu Đảng ủy ban hành nghị quyết chuyên đề về an toàn giao thông; hiện nay Đảng ủy xã đang thực hiện Kế hoạch số 15-KH/ĐU về triển khai Chỉ thị số 18-CT/TW ngày 04/9/2012 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác bảo đảm trật tự, an toàn giao thông đường bộ, đường sắt, đường thủy nội địa và khắc phục ùn tắc giao thông.
Kết thúc lớp tập huấn, 100% học viên làm bài kiểm tra đạt yêu cầu; 12 học viên có bài thu hoạch xuất sắc được Ban Chấp hành Đoàn xã tặng giấy khen. Được biết, năm 2014, toàn huyện Triệu Phong (tỉnh Quảng Trị) có 17 xã, thị trấn tổ chức lớp tập huấn tương tự với hơn 2.000 lượt người tham gia.
Bà Phan Thị Lài, Chủ tịch Hội LHPN xã, cho biết thời gian tới, các chi hội sẽ vận động hội viên ký cam kết "Không để con em điều khiển xe máy khi chưa đủ tuổi", đồng thời đưa nội dung này vào sinh hoạt chi hội hằng tháng.
Ban biên tập
Tin khác
- Xã Triệu Độ ra quân tháng thanh niên 2014 (26/03/2014)
- Trao quà cho học sinh nghèo vượt khó (10/08/2014)
- Hội nghị sơ kết 6 tháng đầu năm 2014 của Đảng ủy xã (15/07/2014)
""", "2014-08-28", "Tập huấn kỹ năng tham gia giao thông an toàn cho học sinh trước năm học mới",
E("tap_huan", "2014", "2014-08-26"),
[P("Lê Quang Vinh", "Thượng úy", "cán bộ Đội Cảnh sát giao thông - Trật tự Công an huyện Triệu Phong"),
 P("Hoàng Thị Thu Hà", "Tổng phụ trách Đội Trường THCS Triệu Độ"),
 P("Nguyễn Văn Hiếu", "Bí thư Đoàn xã Triệu Độ"),
 P("Trần Đình Lực", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã"),
 P("Phan Thị Lài", "Chủ tịch Hội LHPN xã")],
[Q("165 học viên", 165, "học viên"), Q("120 học sinh THCS", 120, "học sinh THCS"),
 Q("30 đoàn viên thanh niên", 30, "đoàn viên thanh niên"), Q("15 phụ huynh", 15, "phụ huynh"),
 Q("khoảng 3,5 km", 3.5, "km", "approx"),
 Q("2 đội thanh niên xung kích", 2, "đội thanh niên xung kích"),
 Q("50 mũ bảo hiểm", 50, "mũ bảo hiểm"), Q("120.000 đồng", 120000, "đồng"),
 Q("100% học viên", 100, "%"), Q("12 học viên", 12, "học viên"),
 Q("17 xã, thị trấn", 17, "xã, thị trấn"), Q("hơn 2.000 lượt người", 2000, "lượt người", "over")],
[D("Nghị định", "171", "2013/NĐ-CP", "2013-11-13", "Chính phủ", "Nghị định số 171/2013/NĐ-CP ngày 13/11/2013"),
 D("Kế hoạch", "15", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch số 15-KH/ĐU"),
 D("Chỉ thị", "18", "CT/TW", "2012-09-04", "Ban Bí thư", "Chỉ thị số 18-CT/TW ngày 04/9/2012")],
[prov("Quảng Trị"), com("Triệu Độ")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ TRIỆU ĐỘ - HUYỆN TRIỆU PHONG - TỈNH QUẢNG TRỊ", "Tin tức > Hoạt động đoàn thể",
 "Toàn cảnh lớp tập huấn.", "Luật Giao thông đường bộ năm 2008", "Không để con em điều khiển xe máy khi chưa đủ tuổi",
 "Quốc lộ 1", "Trường THCS Triệu Độ", "Trường Tiểu học Triệu Độ"],
["Ngày đăng 28/08/2014 | 14:20", "năm 2014", "năm học 2013 - 2014", "Quốc lộ 1", "hai ngày", "năm 2008"]))

PAGES.append(page("b9033-laocai-mttq-giamsat-2015", """
Ủy ban MTTQ Việt Nam tỉnh Lào Cai
Trang chủ / Hoạt động Mặt trận / Giám sát và phản biện xã hội
23-10-2015 09:40
Giám sát việc đội mũ bảo hiểm của học sinh tại huyện Mường Khương
Từ ngày 19 đến 21/10/2015, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lào Cai do bà Vàng Thị Mai, Phó Chủ tịch Ủy ban MTTQ tỉnh làm trưởng đoàn, đã giám sát việc thực hiện quy định đội mũ bảo hiểm và bảo đảm an toàn giao thông cho học sinh tại huyện Mường Khương năm 2015.
Đoàn đã làm việc với UBND huyện, Phòng Giáo dục và Đào tạo, Công an huyện và giám sát trực tiếp tại 6 trường học trên địa bàn các xã Bản Lầu, Lùng Vai và thị trấn Mường Khương. Cùng tham gia đoàn có ông Lù Văn Pao, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh; đại diện Tỉnh đoàn, Hội LHPN tỉnh và Phòng Cảnh sát giao thông Công an tỉnh.
Theo báo cáo của UBND huyện, năm học 2014 - 2015 toàn huyện có 78 trường học với hơn 14.000 học sinh, trong đó khoảng 2.300 học sinh THCS, THPT thường xuyên đi xe máy do phụ huynh chở hoặc tự đi xe đạp điện. Huyện đã tổ chức 35 buổi ngoại khóa an toàn giao thông, cấp phát 1.500 mũ bảo hiểm do Quỹ Phòng chống thương vong châu Á tài trợ; 100% học sinh và phụ huynh đã ký cam kết chấp hành Luật Giao thông đường bộ. Qua tuần tra, kiểm soát, Công an huyện đã xử lý 96 trường hợp chở học sinh không đội mũ bảo hiểm, phạt tiền 15,6 triệu đồng.
Qua giám sát cho thấy, ở vùng cao tỷ lệ học sinh đội mũ bảo hiểm khi ngồi sau xe máy mới đạt khoảng 60%; nhiều phụ huynh là đồng bào Mông, Dao chưa có thói quen đội mũ cho con; đường từ thôn bản đến trường dốc, hẹp, chưa có biển báo khu vực trường học. Ông Giàng Seo Phử, Chủ tịch UBND xã Lùng Vai, cho biết xã có 4 thôn cách trường trên 10 km, học sinh phải ở bán trú hoặc đi xe máy qua đèo.
Bà Tẩn Thị Lở, Chủ tịch Ủy ban MTTQ xã Bản Lầu, kiến nghị đưa việc đội mũ bảo hiểm vào hương ước, quy ước thôn, bản; đồng thời phát huy vai trò người có uy tín trong đồng bào dân tộc thiểu số. Già làng Vàng A Sình, người có uy tín thôn Na Lốc 1, phát biểu: "Con cháu mình phải đội mũ thì bố mẹ cũng phải đội trước".
Kết luận buổi giám sát, bà Vàng Thị Mai đề nghị UBND huyện tiếp tục thực hiện Kế hoạch số 112/KH-UBND của UBND tỉnh về bảo đảm trật tự an toàn giao thông năm 2015 và Nghị quyết liên tịch số 01/2013/NQLT-CP-ĐCTUBTWMTTQVN; bố trí kinh phí lắp đặt biển báo tại 12 điểm trường; chỉ đạo Công an xã phối hợp nhà trường kiểm tra thường xuyên. Đoàn giám sát sẽ tổng hợp, báo cáo Ban Thường trực Ủy ban MTTQ tỉnh trước ngày 15/11.
Tuấn Hưng
Các tin khác
- Bảo Thắng: hiệp thương giới thiệu người ứng cử (12/10/2015)
- Mặt trận tỉnh giám sát thực hiện chính sách hỗ trợ gạo cho học sinh (25/09/2015)
- Ra mắt Ban Thanh tra nhân dân xã Bản Xèo (08/09/2015)
""", "2015-10-23", "Giám sát việc đội mũ bảo hiểm của học sinh tại huyện Mường Khương",
E("giam_sat", "2015", "2015-10-19"),
[P("Vàng Thị Mai", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lù Văn Pao", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh"),
 P("Giàng Seo Phử", "Chủ tịch UBND xã Lùng Vai"),
 P("Tẩn Thị Lở", "Chủ tịch Ủy ban MTTQ xã Bản Lầu"),
 P("Vàng A Sình", "Già làng", "người có uy tín thôn Na Lốc 1")],
[Q("6 trường học", 6, "trường học"), Q("78 trường học", 78, "trường học"),
 Q("hơn 14.000 học sinh", 14000, "học sinh", "over"),
 Q("khoảng 2.300 học sinh THCS, THPT", 2300, "học sinh THCS, THPT", "approx"),
 Q("35 buổi ngoại khóa", 35, "buổi ngoại khóa"),
 Q("1.500 mũ bảo hiểm", 1500, "mũ bảo hiểm"), Q("100% học sinh và phụ huynh", 100, "%"),
 Q("96 trường hợp", 96, "trường hợp"), Q("15,6 triệu đồng", 15600000, "đồng"),
 Q("khoảng 60%", 60, "%", "approx"), Q("4 thôn", 4, "thôn"), Q("trên 10 km", 10, "km", "over"),
 Q("12 điểm trường", 12, "điểm trường")],
[D("Kế hoạch", "112", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 112/KH-UBND"),
 D("Nghị quyết liên tịch", "01", "2013/NQLT-CP-ĐCTUBTWMTTQVN", None, None, "Nghị quyết liên tịch số 01/2013/NQLT-CP-ĐCTUBTWMTTQVN")],
[prov("Lào Cai"), com("Bản Lầu"), com("Lùng Vai"), com("Mường Khương")],
["Ủy ban MTTQ Việt Nam tỉnh Lào Cai", "Trang chủ / Hoạt động Mặt trận / Giám sát và phản biện xã hội",
 "Quỹ Phòng chống thương vong châu Á", "Luật Giao thông đường bộ"],
["23-10-2015 09:40", "năm 2015", "năm học 2014 - 2015", "ngày 15/11"]))

PAGES.append(page("b9034-cantho-atgt-tongket-2016", """
Báo Cần Thơ Online
Thời sự > Chính trị - Xã hội
27/12/2016 - 10:05
Hoàn thành nhiều chỉ tiêu bảo đảm an toàn giao thông khu vực trường học
Sáng 26-12, Ban Chỉ đạo "Cổng trường an toàn giao thông" TP Cần Thơ tổ chức hội nghị tổng kết công tác bảo đảm trật tự an toàn giao thông khu vực trường học năm 2016 và triển khai nhiệm vụ năm 2017. Đồng chí Đào Anh Dũng, Phó Chủ tịch UBND thành phố, Trưởng Ban An toàn giao thông thành phố, chủ trì hội nghị.
Năm 2016, các ngành, đoàn thể thành phố tổ chức 1.250 buổi tuyên truyền an toàn giao thông trong trường học với trên 320.000 lượt học sinh, giáo viên tham dự. Thành Đoàn Cần Thơ duy trì 85 đội hình thanh niên tình nguyện giữ gìn trật tự tại cổng trường; Hội LHPN thành phố vận động 46.500 phụ huynh ký cam kết đội mũ bảo hiểm cho con. Tỷ lệ học sinh đội mũ bảo hiểm khi ngồi trên xe mô tô, xe gắn máy đạt 95,6%, tăng 8,4% so với năm 2015.
Lực lượng Cảnh sát giao thông Công an thành phố đã kiểm tra, xử lý 3.126 trường hợp học sinh vi phạm, chủ yếu là không đội mũ bảo hiểm, điều khiển xe khi chưa đủ tuổi; thông báo về nhà trường và địa phương 2.840 trường hợp. Trong năm, trên địa bàn thành phố xảy ra 9 vụ tai nạn giao thông liên quan đến học sinh, giảm 4 vụ so với năm trước.
Báo cáo tham luận, bà Lâm Thị Sa Quênh, Chủ tịch Hội LHPN phường An Hòa (quận Ninh Kiều), chia sẻ mô hình "Tổ phụ nữ đưa đón học sinh an toàn" với 15 thành viên. Ông Trương Văn Nam, Hiệu trưởng Trường THPT An Khánh, cho biết nhà trường đã phối hợp Công an phường An Khánh bố trí bãi giữ xe đạp điện trong khuôn viên trường, giảm ùn tắc vào giờ tan học.
Đồng chí Huỳnh Thanh Tâm, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Dân vận Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam thành phố, đề nghị đưa nội dung chấp hành an toàn giao thông vào tiêu chí thi đua của chi đoàn, chi hội ở khu dân cư theo tinh thần Chỉ thị số 18-CT/TW của Ban Bí thư và Chương trình hành động số 35-CTr/TU của Thành ủy.
Phát biểu kết luận, đồng chí Đào Anh Dũng yêu cầu năm 2017 các quận, huyện phấn đấu 100% trường học có "cổng trường an toàn giao thông"; Sở Giáo dục và Đào tạo phối hợp Thành Đoàn tổ chức cuộc thi "An toàn giao thông cho nụ cười ngày mai" cấp thành phố; ngành công an thực hiện nghiêm Kế hoạch số 98/KH-UBND ngày 15/8/2016 của UBND thành phố.
Dịp này, UBND thành phố tặng bằng khen cho 18 tập thể và 25 cá nhân; Ban An toàn giao thông thành phố tặng giấy khen cho 32 tập thể, tổng số tiền thưởng hơn 60 triệu đồng.
Hồng Vân
TIN CÙNG CHUYÊN MỤC
- Ninh Kiều: ra mắt 12 "cổng trường an toàn giao thông" (10/11/2016)
- Tuổi trẻ Cần Thơ chung tay vì an toàn giao thông (20/09/2016)
- Trao 3.000 mũ bảo hiểm cho học sinh lớp 1 (05/09/2016)
""", "2016-12-27", "Hoàn thành nhiều chỉ tiêu bảo đảm an toàn giao thông khu vực trường học",
E("tong_ket", "2016", "2016-12-26"),
[P("Đào Anh Dũng", "Phó Chủ tịch UBND thành phố", "Trưởng Ban An toàn giao thông thành phố"),
 P("Lâm Thị Sa Quênh", "Chủ tịch Hội LHPN phường An Hòa"),
 P("Trương Văn Nam", "Hiệu trưởng Trường THPT An Khánh"),
 P("Huỳnh Thanh Tâm", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Dân vận Thành ủy", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố")],
[Q("1.250 buổi tuyên truyền", 1250, "buổi tuyên truyền"),
 Q("trên 320.000 lượt học sinh, giáo viên", 320000, "lượt học sinh, giáo viên", "over"),
 Q("85 đội hình thanh niên tình nguyện", 85, "đội hình thanh niên tình nguyện"),
 Q("46.500 phụ huynh", 46500, "phụ huynh"),
 Q("95,6%", 95.6, "%"), Q("8,4%", 8.4, "%"),
 Q("3.126 trường hợp", 3126, "trường hợp"), Q("2.840 trường hợp", 2840, "trường hợp"),
 Q("9 vụ tai nạn giao thông", 9, "vụ tai nạn giao thông"), Q("4 vụ", 4, "vụ"),
 Q("15 thành viên", 15, "thành viên"), Q("100% trường học", 100, "%"),
 Q("18 tập thể", 18, "tập thể"), Q("25 cá nhân", 25, "cá nhân"), Q("32 tập thể", 32, "tập thể"),
 Q("hơn 60 triệu đồng", 60000000, "đồng", "over")],
[D("Chỉ thị", "18", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 18-CT/TW"),
 D("Chương trình hành động", "35", "CTr/TU", None, "Thành ủy", "Chương trình hành động số 35-CTr/TU"),
 D("Kế hoạch", "98", "KH-UBND", "2016-08-15", "UBND thành phố", "Kế hoạch số 98/KH-UBND ngày 15/8/2016")],
[prov("Cần Thơ"), com("An Hòa"), com("An Khánh")],
["Báo Cần Thơ Online", "Thời sự > Chính trị - Xã hội", "Cổng trường an toàn giao thông",
 "Tổ phụ nữ đưa đón học sinh an toàn", "An toàn giao thông cho nụ cười ngày mai", "Trường THPT An Khánh"],
["27/12/2016 - 10:05", "năm 2016", "năm 2017", "năm 2015", "Sáng 26-12"]))
