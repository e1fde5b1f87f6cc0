from lib import *
PAGES = []

PAGES.append(page("b7853-hanoi-hangbac-soket-2011", """
CỔNG THÔNG TIN ĐIỆN TỬ QUẬN HOÀN KIẾM
Trang chủ > Tin tức > Hoạt động phường
Thứ Ba, 12/07/2011 - 09:30
Phường Hàng Bạc sơ kết 6 tháng xây dựng tuyến phố văn minh đô thị
Chiều 8/7/2011, Đảng ủy, UBND phường Hàng Bạc tổ chức hội nghị sơ kết 6 tháng đầu năm 2011 thực hiện Chỉ thị số 11-CT/QU ngày 14/1/2011 của Ban Thường vụ Quận ủy Hoàn Kiếm về xây dựng tuyến phố văn minh đô thị, lập lại trật tự lòng đường, hè phố. Đồng chí Nguyễn Thị Thu Hà, Bí thư Đảng ủy, Chủ tịch HĐND phường chủ trì hội nghị; dự có đồng chí Trần Quang Vinh, Phó Trưởng Ban Dân vận Quận ủy.
Quang cảnh hội nghị sơ kết tại hội trường UBND phường.
Hàng Bạc là phường nằm trong khu phố cổ, mật độ dân cư và hộ kinh doanh dày đặc, lượng khách du lịch đông quanh năm nên áp lực lấn chiếm hè phố rất lớn.
Báo cáo do ông Đỗ Văn Khải, Phó Chủ tịch UBND phường trình bày cho biết, phường hiện có 4 tuyến phố được quận công nhận tuyến phố văn minh đô thị. Trong 6 tháng, tổ công tác liên ngành của phường đã kiểm tra, nhắc nhở 1.245 trường hợp vi phạm lấn chiếm vỉa hè, lập biên bản xử lý 312 trường hợp, phạt tiền hơn 96 triệu đồng; tạm giữ 87 biển quảng cáo và 41 mái che, mái vẩy lắp đặt trái phép.
Mặt trận Tổ quốc và các đoàn thể phường đã tổ chức 26 buổi tuyên truyền tại 18 tổ dân phố, vận động 98,6% hộ gia đình ký cam kết thực hiện nếp sống văn minh, không bày bán hàng hóa, không để xe trên hè phố. Nhiều hộ kinh doanh ở phố Mã Mây, Tạ Hiện tự giác thu gọn hàng hóa vào trong nhà, dành lối đi cho người đi bộ và du khách.
Tuy vậy, tình trạng tái lấn chiếm vẫn diễn ra vào buổi tối và ngày nghỉ; một số hộ kinh doanh ăn uống còn kê bàn ghế ra sát mép đường. Bà Lê Thị Minh Nguyệt, Tổ trưởng tổ dân phố số 7, cho rằng cần duy trì lực lượng kiểm tra cả ngoài giờ hành chính và công khai trên loa truyền thanh những hộ vi phạm nhiều lần.
Phát biểu chỉ đạo, đồng chí Trần Quang Vinh ghi nhận sự vào cuộc của cả hệ thống chính trị phường, đề nghị tiếp tục thực hiện Kế hoạch số 57/KH-UBND ngày 3/3/2011 của UBND quận về lập lại trật tự vỉa hè và Quyết định số 20/2008/QĐ-UBND của UBND thành phố Hà Nội về quản lý, sử dụng tạm thời một phần hè phố; gắn việc xây dựng tuyến phố văn minh với cuộc vận động "Người Hà Nội thanh lịch, văn minh".
Kết luận hội nghị, đồng chí Nguyễn Thị Thu Hà yêu cầu 6 tháng cuối năm, mỗi chi bộ, tổ dân phố phân công đảng viên phụ trách từng đoạn phố; đồng thời chuẩn bị các điều kiện để đề nghị quận công nhận thêm phố Đào Duy Từ.
Dịp này, UBND phường khen thưởng 5 tập thể và 11 cá nhân có thành tích trong phong trào xây dựng tuyến phố văn minh đô thị.
Minh Châu
Tin liên quan
- Phường Hàng Buồm ra quân lập lại trật tự hè phố (05/07/2011)
- Hoàn Kiếm: 12 tuyến phố đăng ký xây dựng tuyến phố văn minh (20/06/2011)
- Giao ban công tác dân vận quận quý II năm 2011 (15/06/2011)
- Phố Tạ Hiện sau một năm xây dựng tuyến phố văn minh (02/06/2011)
""", "2011-07-12", "Phường Hàng Bạc sơ kết 6 tháng xây dựng tuyến phố văn minh đô thị",
E("so_ket", "2011-H1", "2011-07-08"),
[P("Nguyễn Thị Thu Hà", "Bí thư Đảng ủy", "Chủ tịch HĐND phường"),
 P("Trần Quang Vinh", "Phó Trưởng Ban Dân vận Quận ủy"),
 P("Đỗ Văn Khải", "Phó Chủ tịch UBND phường"),
 P("Lê Thị Minh Nguyệt", "Tổ trưởng tổ dân phố số 7")],
[Q("4 tuyến phố", 4, "tuyến phố"), Q("1.245 trường hợp", 1245, "trường hợp"), Q("312 trường hợp", 312, "trường hợp"),
 Q("hơn 96 triệu đồng", 96000000, "đồng", "over"), Q("87 biển quảng cáo", 87, "biển quảng cáo"),
 Q("41 mái che, mái vẩy", 41, "mái che, mái vẩy"), Q("26 buổi tuyên truyền", 26, "buổi tuyên truyền"),
 Q("18 tổ dân phố", 18, "tổ dân phố"), Q("98,6%", 98.6, "%"), Q("5 tập thể", 5, "tập thể"), Q("11 cá nhân", 11, "cá nhân")],
[D("Chỉ thị", "11", "CT/QU", "2011-01-14", "Ban Thường vụ Quận ủy Hoàn Kiếm", "Chỉ thị số 11-CT/QU ngày 14/1/2011"),
 D("Kế hoạch", "57", "KH-UBND", "2011-03-03", "UBND quận", "Kế hoạch số 57/KH-UBND ngày 3/3/2011"),
 D("Quyết định", "20", "2008/QĐ-UBND", None, "UBND thành phố Hà Nội", "Quyết định số 20/2008/QĐ-UBND")],
[prov("Hà Nội"), com("Hàng Bạc")],
["CỔNG THÔNG TIN ĐIỆN TỬ QUẬN HOÀN KIẾM", "Trang chủ > Tin tức > Hoạt động phường",
 "Quang cảnh hội nghị sơ kết tại hội trường UBND phường.", "Người Hà Nội thanh lịch, văn minh", "Mã Mây", "Tạ Hiện", "Đào Duy Từ"],
["Thứ Ba, 12/07/2011 - 09:30", "6 tháng đầu năm 2011", "6 tháng cuối năm", "tổ dân phố số 7"]))

PAGES.append(page("b7854-haiphong-bdvtu-tongket-2012", """
BAN DÂN VẬN THÀNH ỦY HẢI PHÒNG
Bạn đang ở: Trang chủ » Dân vận chính quyền
Cập nhật: 16:40, 28/12/2012 (GMT+7)
Ảnh: Toàn cảnh hội nghị.
Năm 2012, Hải Phòng giải tỏa hơn 8.700 điểm lấn chiếm vỉa hè
Ngày 26/12/2012, Ban Dân vận Thành ủy phối hợp với UBND thành phố tổ chức hội nghị tổng kết công tác dân vận trong thực hiện "Năm trật tự, kỷ cương đô thị" năm 2012. Dự hội nghị có đồng chí Phạm Thị Lan Hương, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Dân vận Thành ủy; đồng chí Vũ Đức Cường, Phó Chủ tịch UBND thành phố cùng 115 đại biểu đại diện các quận, huyện và 57 phường, thị trấn.
Theo báo cáo, thực hiện Nghị quyết số 18-NQ/TU ngày 9/2/2012 của Thành ủy và Kế hoạch số 1082/KH-UBND ngày 2/3/2012 của UBND thành phố, các lực lượng đã giải tỏa hơn 8.700 điểm lấn chiếm vỉa hè, lòng đường; tháo dỡ 2.360 biển hiệu, biển quảng cáo sai quy định; di dời 14 chợ tạm, chợ cóc ra khỏi lòng đường. Trên 60% số tuyến phố chính ở các quận nội thành đã được trả lại lối đi cho người đi bộ.
Điểm nổi bật là công tác vận động được đặt lên trước. Các đoàn thể đã tổ chức khoảng 1.300 cuộc tuyên truyền ở khu dân cư; 45.600 hộ kinh doanh ký cam kết không lấn chiếm. Nhiều phường như Máy Chai, Lạch Tray, Cầu Đất vận động được người dân tự tháo dỡ công trình vi phạm mà không phải cưỡng chế.
Ông Nguyễn Văn Sơn, Chủ tịch UBND phường Máy Chai, chia sẻ: "Phường chia địa bàn cho từng đảng viên; đảng viên đến từng nhà nói chuyện, hộ nào khó khăn thì phường giới thiệu điểm kinh doanh mới". Bà Đào Thị Thoa, Chủ tịch Hội Liên hiệp Phụ nữ phường Lạch Tray, cho biết hội đã giúp 32 chị em bán hàng rong vay vốn chuyển sang kinh doanh cố định với tổng số tiền 640 triệu đồng.
Hội nghị cũng chỉ ra hạn chế: sau giải tỏa, tình trạng tái lấn chiếm ở một số tuyến còn cao, chiếm khoảng 15%; việc xử lý còn nể nang, thiếu kiên quyết; bãi đỗ xe còn thiếu nên người dân buộc phải để xe dưới lòng đường.
Phát biểu kết luận, đồng chí Phạm Thị Lan Hương đề nghị năm 2013 các cấp ủy tiếp tục thực hiện nghiêm Chỉ thị số 23-CT/TU của Ban Thường vụ Thành ủy về nâng cao hiệu quả công tác dân vận chính quyền; gắn trách nhiệm người đứng đầu với kết quả giữ gìn trật tự đô thị trên địa bàn; tuyên dương kịp thời các tuyến phố làm tốt.
Dịp này, UBND thành phố tặng Bằng khen cho 21 tập thể, 36 cá nhân; mỗi tập thể được thưởng 3 triệu đồng.
Hoàng Phong
Tin khác
- Quận Lê Chân ra mắt 3 tuyến phố văn minh (18/12/2012)
- Hội nghị giao ban khối dân vận quý IV (10/12/2012)
- Kiến An vận động di dời chợ cóc (28/11/2012)
- Ngô Quyền: người dân tự nguyện tháo dỡ mái che lấn chiếm (15/11/2012)
- Hội Cựu chiến binh thành phố với phong trào giữ gìn trật tự đô thị (02/11/2012)
""", "2012-12-28", "Năm 2012, Hải Phòng giải tỏa hơn 8.700 điểm lấn chiếm vỉa hè",
E("tong_ket", "2012", "2012-12-26"),
[P("Phạm Thị Lan Hương", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Dân vận Thành ủy"),
 P("Vũ Đức Cường", "Phó Chủ tịch UBND thành phố"),
 P("Nguyễn Văn Sơn", "Chủ tịch UBND phường Máy Chai"),
 P("Đào Thị Thoa", "Chủ tịch Hội Liên hiệp Phụ nữ phường Lạch Tray")],
[Q("hơn 8.700 điểm lấn chiếm", 8700, "điểm lấn chiếm", "over"), Q("115 đại biểu", 115, "đại biểu"),
 Q("57 phường, thị trấn", 57, "phường, thị trấn"), Q("2.360 biển hiệu, biển quảng cáo", 2360, "biển hiệu, biển quảng cáo"),
 Q("14 chợ tạm, chợ cóc", 14, "chợ tạm, chợ cóc"), Q("Trên 60%", 60, "%", "over"),
 Q("khoảng 1.300 cuộc tuyên truyền", 1300, "cuộc tuyên truyền", "approx"), Q("45.600 hộ kinh doanh", 45600, "hộ kinh doanh"),
 Q("32 chị em bán hàng rong", 32, "chị em"), Q("640 triệu đồng", 640000000, "đồng"),
 Q("khoảng 15%", 15, "%", "approx"), Q("21 tập thể", 21, "tập thể"), Q("36 cá nhân", 36, "cá nhân"),
 Q("3 triệu đồng", 3000000, "đồng")],
[D("Nghị quyết", "18", "NQ/TU", "2012-02-09", "Thành ủy", "Nghị quyết số 18-NQ/TU ngày 9/2/2012"),
 D("Kế hoạch", "1082", "KH-UBND", "2012-03-02", "UBND thành phố", "Kế hoạch số 1082/KH-UBND ngày 2/3/2012"),
 D("Chỉ thị", "23", "CT/TU", None, "Ban Thường vụ Thành ủy", "Chỉ thị số 23-CT/TU")],
[prov("Hải Phòng"), com("Máy Chai"), com("Lạch Tray"), com("Cầu Đất")],
["BAN DÂN VẬN THÀNH ỦY HẢI PHÒNG", "Bạn đang ở: Trang chủ » Dân vận chính quyền", "Ảnh: Toàn cảnh hội nghị.",
 "Năm trật tự, kỷ cương đô thị"],
["Cập nhật: 16:40, 28/12/2012 (GMT+7)", "năm 2012", "năm 2013"]))

PAGES.append(page("b7855-danang-bdvtu-giaoban-q3-2013", """
Báo Đà Nẵng điện tử
Chính trị - Xã hội | Đô thị
08:15 | 09/10/2013
Nhiều chuyển biến trong giữ gìn trật tự vỉa hè
Sáng 8/10, Ban Dân vận Thành ủy Đà Nẵng tổ chức giao ban công tác dân vận quý III/2013, tập trung đánh giá việc vận động nhân dân giữ gìn trật tự đô thị, vỉa hè. Đồng chí Hồ Thị Ngọc Sương, Thành ủy viên, Trưởng Ban Dân vận Thành ủy chủ trì; cùng dự có các đồng chí Phó Trưởng Ban Dân vận Thành ủy: Lê Văn Hòa, Nguyễn Thị Kim Thoa.
Đồng chí Hồ Thị Ngọc Sương phát biểu tại buổi giao ban.
Theo báo cáo, trong quý III, các quận đã vận động 2.150 hộ kinh doanh ký cam kết sử dụng vỉa hè đúng quy định; lực lượng chức năng nhắc nhở, xử lý 4.820 trường hợp, thu giữ 1.120 bộ bàn ghế nhựa, 96 xe đẩy bán hàng. Thực hiện Chỉ thị 40, 41-CT/TU của Ban Thường vụ Thành ủy về "Năm văn minh đô thị", nhiều phường đã có cách làm sáng tạo, như phường Thạch Thang tổ chức "Ngày chủ nhật xanh" thu hút trên 3.000 lượt người tham gia dọn dẹp, trả lại mặt bằng vỉa hè.
Quận Hải Châu đã chỉnh trang được 7 tuyến đường văn minh, nâng tỷ lệ khu dân cư đạt chuẩn văn hóa lên 92%. Phường Hải Châu I phối hợp với Hội Cựu chiến binh thành lập 14 tổ tự quản giữ gìn vỉa hè. Ông Phan Thanh Tâm, Chủ tịch Ủy ban MTTQ Việt Nam phường An Hải Bắc, cho biết phường đã vận động 38 hộ ven biển tháo dỡ mái che lấn ra lòng đường, không phải cưỡng chế trường hợp nào.
Ý kiến các đồng chí Trần Văn Bảy, Huỳnh Thị Mai - Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố đề nghị cần quy định rõ việc cho thuê vỉa hè có thời hạn, công khai mức phí, để người dân biết và giám sát. Theo Quyết định số 2314/QĐ-UBND ngày 27/3/2013 của UBND thành phố, mức thu phí tạm sử dụng vỉa hè từ 20.000 đồng đến 40.000 đồng/m2/tháng tùy tuyến.
Cũng tại buổi giao ban, đại diện Hội Liên hiệp Phụ nữ thành phố thông tin về việc hỗ trợ chị em buôn bán nhỏ chuyển đổi nghề, còn Thành đoàn đề xuất duy trì đội thanh niên tình nguyện hướng dẫn du khách và người dân giữ gìn mỹ quan, không xả rác trên các tuyến đường ven sông Hàn.
Kết luận buổi giao ban, đồng chí Hồ Thị Ngọc Sương đề nghị quý IV, khối dân vận tiếp tục bám địa bàn, nắm tâm tư hộ buôn bán nhỏ; phối hợp với chính quyền bố trí điểm kinh doanh thay thế; nhân rộng mô hình "Tuyến đường không rác, vỉa hè thông thoáng"; chuẩn bị tổng kết công tác dân vận năm 2013.
Thu Hà
Tin liên quan
- Sơn Trà ra mắt tổ tự quản vỉa hè (30/09/2013)
- Đà Nẵng công nhận thêm 5 tuyến đường văn minh đô thị (18/09/2013)
- Vận động tiểu thương chợ Hàn giữ gìn trật tự (02/09/2013)
- Thanh Khê: ra mắt mô hình "Khu dân cư không lấn chiếm vỉa hè" (20/08/2013)
- Cẩm Lệ sơ kết 6 tháng thực hiện Năm văn minh đô thị (25/07/2013)
- Ban Dân vận Thành ủy làm việc với Đảng ủy phường Hòa Cường Bắc (10/07/2013)
""", "2013-10-09", "Nhiều chuyển biến trong giữ gìn trật tự vỉa hè",
E("giao_ban", "2013-Q3", "2013-10-08"),
[P("Hồ Thị Ngọc Sương", "Thành ủy viên", "Trưởng Ban Dân vận Thành ủy"),
 P("Lê Văn Hòa", "Phó Trưởng Ban Dân vận Thành ủy"),
 P("Nguyễn Thị Kim Thoa", "Phó Trưởng Ban Dân vận Thành ủy"),
 P("Phan Thanh Tâm", "Chủ tịch Ủy ban MTTQ Việt Nam phường An Hải Bắc"),
 P("Trần Văn Bảy", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Huỳnh Thị Mai", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố")],
[Q("2.150 hộ kinh doanh", 2150, "hộ kinh doanh"), Q("4.820 trường hợp", 4820, "trường hợp"),
 Q("1.120 bộ bàn ghế nhựa", 1120, "bộ bàn ghế nhựa"), Q("96 xe đẩy bán hàng", 96, "xe đẩy bán hàng"),
 Q("trên 3.000 lượt người", 3000, "lượt người", "over"), Q("7 tuyến đường văn minh", 7, "tuyến đường văn minh"),
 Q("92%", 92, "%"), Q("14 tổ tự quản", 14, "tổ tự quản"), Q("38 hộ ven biển", 38, "hộ"),
 Q("20.000 đồng", 20000, "đồng"), Q("40.000 đồng/m2/tháng", 40000, "đồng")],
[D("Chỉ thị", "40", "CT/TU", None, "Ban Thường vụ Thành ủy", "Chỉ thị 40, 41-CT/TU"),
 D("Chỉ thị", "41", "CT/TU", None, "Ban Thường vụ Thành ủy", "Chỉ thị 40, 41-CT/TU"),
 D("Quyết định", "2314", "QĐ-UBND", "2013-03-27", "UBND thành phố", "Quyết định số 2314/QĐ-UBND ngày 27/3/2013")],
[prov("Đà Nẵng"), com("Thạch Thang"), com("Hải Châu I"), com("An Hải Bắc")],
["Báo Đà Nẵng điện tử", "Chính trị - Xã hội | Đô thị", "Đồng chí Hồ Thị Ngọc Sương phát biểu tại buổi giao ban.",
 "Năm văn minh đô thị", "Ngày chủ nhật xanh", "Tuyến đường không rác, vỉa hè thông thoáng"],
["08:15 | 09/10/2013", "quý III/2013", "quý IV", "năm 2013"]))

PAGES.append(page("b7856-thanhhoa-doithoai-viahe-2014", """
THANHHOA.GOV.VN - CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ THANH HÓA
Tin tức - Sự kiện / Hoạt động của lãnh đạo
20-06-2014 10:05
Lãnh đạo thành phố đối thoại với hộ kinh doanh về trật tự vỉa hè
Chiều 18/6/2014, Thường trực Thành ủy, UBND thành phố Thanh Hóa tổ chức hội nghị đối thoại năm 2014 với hơn 300 hộ kinh doanh trên các tuyến phố trung tâm về việc sắp xếp, chỉnh trang và lập lại trật tự lòng đường, vỉa hè. Chủ trì hội nghị có đồng chí Lê Anh Tuấn, Phó Bí thư Thành ủy, Chủ tịch UBND thành phố và đồng chí Trịnh Thị Hạnh, Trưởng Ban Dân vận Thành ủy.
Mở đầu hội nghị, Phó Trưởng phòng Quản lý đô thị thành phố Mai Xuân Bình thông tin: thực hiện Chỉ thị số 05/CT-UBND ngày 10/3/2014 của Chủ tịch UBND tỉnh, thành phố chọn 12 tuyến phố làm điểm; sau 3 tháng đã có 1.436 hộ tự giác thu dọn hàng hóa, biển hiệu, nhưng vẫn còn khoảng 20% hộ tái lấn chiếm.
Tại hội nghị có 27 ý kiến phát biểu. Ông Lê Văn Tám, hộ kinh doanh đồ điện ở phố Lê Hoàn, phường Điện Biên, đề nghị thành phố quy định rõ phần vỉa hè được để xe máy của khách, vì cửa hàng nhỏ, không có chỗ trông xe. Bà Hoàng Thị Lựu, phường Lam Sơn, hỏi về việc bố trí điểm bán hàng cho những người buôn bán nhỏ lẻ sau khi bị giải tỏa.
Trả lời các ý kiến, đồng chí Lê Anh Tuấn cho biết theo Quyết định số 4118/2013/QĐ-UBND của UBND tỉnh, hè phố rộng từ 3 m trở lên được sử dụng tạm thời tối đa 1,5 m để trông giữ xe, phần còn lại dành cho người đi bộ. Thành phố sẽ quy hoạch 4 điểm chợ tạm có mái che với khoảng 450 ki-ốt cho người bán hàng rong; hộ nào thuê ki-ốt trong năm đầu được hỗ trợ 50% tiền thuê.
Đồng chí Trịnh Thị Hạnh đề nghị các tổ dân phố, Mặt trận và đoàn thể phường tiếp tục tuyên truyền, vận động trên tinh thần "Dân biết, dân bàn, dân làm, dân kiểm tra"; đảng viên, cán bộ, công chức phải gương mẫu trước, không để gia đình lấn chiếm vỉa hè. Theo Kế hoạch số 89-KH/TU của Ban Thường vụ Thành ủy, cuối năm nay thành phố sẽ đánh giá, biểu dương các tuyến phố làm tốt.
Kết thúc hội nghị, 100% đại diện hộ kinh doanh có mặt đã ký cam kết không lấn chiếm lòng đường, vỉa hè. Mức phạt với hành vi lấn chiếm từ 500.000 đồng đến 1 triệu đồng.
Quang cảnh buổi đối thoại tại Nhà văn hóa phường Ba Đình.
Đây là lần đầu tiên thành phố tổ chức đối thoại trực tiếp với hộ kinh doanh về trật tự đô thị; nhiều ý kiến đề nghị duy trì hằng năm.
Lê Hà
Tin khác
- Ra quân chỉnh trang đô thị phường Đông Vệ (10/06/2014)
- Thành phố Thanh Hóa giao ban công tác dân vận quý II (05/06/2014)
- Biểu dương 15 khu phố văn hóa tiêu biểu (28/05/2014)
- Phường Trường Thi vận động hộ dân hiến đất mở rộng ngõ phố (20/05/2014)
- Thanh Hóa: tăng cường công tác dân vận chính quyền (08/05/2014)
""", "2014-06-20", "Lãnh đạo thành phố đối thoại với hộ kinh doanh về trật tự vỉa hè",
E("doi_thoai", "2014", "2014-06-18"),
[P("Lê Anh Tuấn", "Phó Bí thư Thành ủy", "Chủ tịch UBND thành phố"),
 P("Trịnh Thị Hạnh", "Trưởng Ban Dân vận Thành ủy"),
 P("Mai Xuân Bình", "Phó Trưởng phòng Quản lý đô thị thành phố"),
 P("Lê Văn Tám"), P("Hoàng Thị Lựu")],
[Q("hơn 300 hộ kinh doanh", 300, "hộ kinh doanh", "over"), Q("12 tuyến phố", 12, "tuyến phố"),
 Q("1.436 hộ", 1436, "hộ"), Q("khoảng 20%", 20, "%", "approx"), Q("27 ý kiến", 27, "ý kiến"),
 Q("từ 3 m trở lên", 3, "m", "over"), Q("tối đa 1,5 m", 1.5, "m"), Q("4 điểm chợ tạm", 4, "điểm chợ tạm"),
 Q("khoảng 450 ki-ốt", 450, "ki-ốt", "approx"), Q("50%", 50, "%"), Q("100%", 100, "%"),
 Q("500.000 đồng", 500000, "đồng"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Chỉ thị", "05", "CT-UBND", "2014-03-10", "Chủ tịch UBND tỉnh", "Chỉ thị số 05/CT-UBND ngày 10/3/2014"),
 D("Quyết định", "4118", "2013/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 4118/2013/QĐ-UBND"),
 D("Kế hoạch", "89", "KH/TU", None, "Ban Thường vụ Thành ủy", "Kế hoạch số 89-KH/TU")],
[prov("Thanh Hóa"), com("Điện Biên"), com("Lam Sơn"), com("Ba Đình")],
["THANHHOA.GOV.VN - CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ THANH HÓA", "Tin tức - Sự kiện / Hoạt động của lãnh đạo",
 "Quang cảnh buổi đối thoại tại Nhà văn hóa phường Ba Đình.", "Dân biết, dân bàn, dân làm, dân kiểm tra"],
["20-06-2014 10:05", "năm 2014", "3 tháng", "năm đầu"]))

PAGES.append(page("b7857-nghean-vinh-taphuan-2015", """
BAN DÂN VẬN TỈNH ỦY NGHỆ AN
Trang chủ › Hoạt động dân vận › Dân vận cơ sở
Ngày đăng 17/09/2015 | 14:20
Bồi dưỡng nghiệp vụ cho 180 tổ trưởng tổ dân phố TP Vinh
Trong 2 ngày 15 và 16/9/2015, Ban Dân vận Thành ủy Vinh phối hợp với Trung tâm Bồi dưỡng chính trị thành phố mở lớp tập huấn năm 2015 cho 180 tổ trưởng tổ dân phố, trưởng khối, xóm của 25 phường, xã về kỹ năng vận động nhân dân xây dựng tuyến phố văn minh, giữ gìn trật tự lòng đường, vỉa hè.
Khai giảng lớp học, đồng chí Nguyễn Văn Quế, Thành ủy viên, Trưởng Ban Dân vận Thành ủy Vinh nhấn mạnh: tổ trưởng tổ dân phố là "cánh tay nối dài" của chính quyền, là người gần dân, hiểu dân nhất. Thành phố hiện có 342 khối, xóm; 86 tuyến phố đã đăng ký xây dựng tuyến phố văn minh đô thị, trong đó 31 tuyến đã được công nhận; song vẫn còn tình trạng họp chợ, đỗ xe, đun nấu trên vỉa hè, nhất là ở các phường mới sáp nhập từ huyện Hưng Nguyên và Nghi Lộc. Đây cũng là tình trạng chung của nhiều đô thị trong tỉnh Nghệ An.
Các học viên được nghe 5 chuyên đề: Quy chế dân vận của hệ thống chính trị; kỹ năng nắm tình hình và giải quyết mâu thuẫn ở khu dân cư; kỹ năng vận động hộ kinh doanh; các quy định về quản lý, sử dụng hè phố; kinh nghiệm xây dựng tuyến phố văn minh ở phường Lê Lợi. Báo cáo viên là ThS. Hồ Thị Diệu Linh, giảng viên Trường Chính trị tỉnh và Phó Chủ tịch UBND thành phố Vinh Trần Ngọc Tú.
Theo Phó Chủ tịch UBND thành phố Trần Ngọc Tú, thực hiện Đề án số 06-ĐA/TU của Ban Thường vụ Thành ủy về xây dựng thành phố Vinh văn minh, hiện đại và Kế hoạch 112, 113/KH-UBND của UBND thành phố, từ đầu năm đến nay các phường đã giải tỏa khoảng 2.700 điểm vi phạm, thu về ngân sách hơn 410 triệu đồng tiền xử phạt; nhiều phường như Hưng Bình, Hưng Dũng làm tốt, không để tái lấn chiếm.
Trong buổi thảo luận, ông Phan Đình Luyện, Tổ trưởng tổ dân phố số 3, phường Hưng Dũng, kể lại cách tổ vận động 17 hộ buôn bán trước cổng chợ chuyển vào trong chợ: tổ họp dân 4 lần, mời từng hộ đến nhà văn hóa nói chuyện, không để ai thấy bị "ép". Nhiều học viên đề nghị có phụ cấp thỏa đáng hơn cho tổ trưởng.
Kết thúc lớp tập huấn, 100% học viên hoàn thành bài thu hoạch; mỗi học viên được hỗ trợ 150.000 đồng/ngày. Ban Dân vận Thành ủy sẽ tiếp tục mở 2 lớp cho trưởng ban công tác Mặt trận khối, xóm vào tháng 10.
Lớp học do Ban Dân vận Thành ủy Vinh tổ chức.
Xuân Hoàng
Bài viết liên quan
- Thành phố Vinh công nhận 9 tuyến phố văn minh đô thị (20/08/2015)
- Hội nghị giao ban khối dân vận tỉnh 6 tháng đầu năm (15/07/2015)
- Cửa Lò: ra quân giải tỏa hành lang bãi biển (01/07/2015)
- Phường Quang Trung ra mắt tuyến phố văn minh đô thị (22/06/2015)
""", "2015-09-17", "Bồi dưỡng nghiệp vụ cho 180 tổ trưởng tổ dân phố TP Vinh",
E("tap_huan", "2015", "2015-09-15"),
[P("Nguyễn Văn Quế", "Thành ủy viên", "Trưởng Ban Dân vận Thành ủy Vinh"),
 P("Hồ Thị Diệu Linh", "ThS.", "giảng viên Trường Chính trị tỉnh"),
 P("Trần Ngọc Tú", "Phó Chủ tịch UBND thành phố Vinh", "Phó Chủ tịch UBND thành phố"),
 P("Phan Đình Luyện", "Tổ trưởng tổ dân phố số 3")],
[Q("180 tổ trưởng tổ dân phố", 180, "tổ trưởng tổ dân phố"), Q("25 phường, xã", 25, "phường, xã"),
 Q("342 khối, xóm", 342, "khối, xóm"), Q("86 tuyến phố", 86, "tuyến phố"), Q("31 tuyến", 31, "tuyến"),
 Q("5 chuyên đề", 5, "chuyên đề"), Q("khoảng 2.700 điểm vi phạm", 2700, "điểm vi phạm", "approx"),
 Q("hơn 410 triệu đồng", 410000000, "đồng", "over"), Q("17 hộ buôn bán", 17, "hộ"),
 Q("100%", 100, "%"), Q("150.000 đồng/ngày", 150000, "đồng"), Q("2 lớp", 2, "lớp")],
[D("Đề án", "06", "ĐA/TU", None, "Ban Thường vụ Thành ủy", "Đề án số 06-ĐA/TU"),
 D("Kế hoạch", "112", "KH-UBND", None, "UBND thành phố", "Kế hoạch 112, 113/KH-UBND"),
 D("Kế hoạch", "113", "KH-UBND", None, "UBND thành phố", "Kế hoạch 112, 113/KH-UBND")],
[prov("Nghệ An"), com("Lê Lợi"), com("Hưng Bình"), com("Hưng Dũng")],
["BAN DÂN VẬN TỈNH ỦY NGHỆ AN", "Trang chủ › Hoạt động dân vận › Dân vận cơ sở",
 "Lớp học do Ban Dân vận Thành ủy Vinh tổ chức.", "Quy chế dân vận của hệ thống chính trị", "cánh tay nối dài"],
["Ngày đăng 17/09/2015 | 14:20", "2 ngày", "năm 2015", "tổ dân phố số 3", "4 lần"]))

PAGES.append(page("b7858-hcm-quan1-raquan-viahe-2016", """
QUẬN 1 - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ >> Tin tức >> Trật tự đô thị
Thứ Ba, 01/03/2016
You are here: Tin tức / Trật tự đô thị
Lực lượng liên ngành nhắc nhở hộ kinh doanh trên đường Lê Thánh Tôn. Ảnh: Q.Huy
Quận 1 ra quân lập lại trật tự lòng lề đường, vỉa hè
Sáng 29/2, UBND Quận 1 (TP Hồ Chí Minh) tổ chức lễ ra quân thực hiện đợt cao điểm lập lại trật tự lòng lề đường, vỉa hè và chỉnh trang mỹ quan đô thị năm 2016. Tham dự có ông Lâm Minh Triết, Phó Chủ tịch UBND Quận 1, Trưởng Ban Chỉ đạo trật tự đô thị quận; bà Trương Thị Bích Vân, Bí thư Đảng ủy phường Bến Nghé cùng hơn 200 cán bộ, chiến sĩ công an, dân quân, đoàn viên thanh niên.
Theo Kế hoạch số 27/KH-UBND ngày 23/2/2016 của UBND Quận 1, đợt cao điểm kéo dài đến hết tháng 6, tập trung trên 17 tuyến đường trọng điểm như Lê Thánh Tôn, Nguyễn Huệ, Đồng Khởi. Lực lượng chức năng sẽ vận động trước, xử lý sau; kiên quyết tháo dỡ mái che, bảng hiệu lấn chiếm, xử lý xe đậu trên vỉa hè.
Ông Lâm Minh Triết cho biết, căn cứ Quyết định số 74/2008/QĐ-UBND của UBND Thành phố, chỉ những vỉa hè có bề rộng từ 3 m trở lên mới được xem xét cho sử dụng tạm thời và phải chừa tối thiểu 1,5 m cho người đi bộ. Trong năm 2015, quận đã xử lý 9.614 trường hợp vi phạm, phạt tiền khoảng 3,2 tỷ đồng.
Song song với ra quân, các phường tổ chức họp dân tại từng khu phố. Phường Bến Thành đã mời 260 hộ kinh doanh đến đối thoại; Chủ tịch UBND phường Bến Thành Phan Văn Lộc thông tin, 95% hộ đồng tình, cam kết tự thu dọn trước ngày 10/3. Các ông Lý Quốc Bình, Ngô Thanh Tùng - Phó Chủ tịch UBND phường Nguyễn Thái Bình cho biết phường đã lập 6 tổ vận động, mỗi tổ phụ trách 2 - 3 con đường.
Ủy ban MTTQ Việt Nam Quận 1 kêu gọi các tầng lớp nhân dân hưởng ứng cuộc vận động "Toàn dân đoàn kết xây dựng nếp sống văn minh đô thị", thực hiện Chỉ thị số 09/CT-UBND của Chủ tịch UBND Thành phố về đẩy mạnh lập lại trật tự lòng lề đường. Mỗi khu phố bầu chọn ít nhất 1 tuyến hẻm văn minh để biểu dương.
Bà Trương Thị Bích Vân cho biết Đảng ủy phường Bến Nghé đã phân công mỗi đảng viên phụ trách một đoạn vỉa hè, vận động gia đình và hàng xóm chấp hành trước.
Ngay sau lễ ra quân, các tổ công tác đã tháo dỡ 320 bảng quảng cáo, thu gom gần 5 tấn vật dụng lấn chiếm trên các tuyến đường trung tâm.
Quốc Huy
Tin liên quan
- Phường Đa Kao phát động tuyến hẻm xanh, sạch, đẹp (22/02/2016)
- Quận 1 tổng kết công tác dân vận năm 2015 (30/12/2015)
- Ra mắt mô hình "Vỉa hè cho người đi bộ" (15/12/2015)
- Phường Cầu Ông Lãnh vận động tiểu thương chợ Dân Sinh (01/12/2015)
- Quận 1: đối thoại với hộ kinh doanh phố đi bộ Nguyễn Huệ (18/11/2015)
- Hội nghị giao ban công tác dân vận quý IV năm 2015 (05/11/2015)
""", "2016-03-01", "Quận 1 ra quân lập lại trật tự lòng lề đường, vỉa hè",
E("khac", None, "2016-02-29"),
[P("Lâm Minh Triết", "Phó Chủ tịch UBND Quận 1", "Trưởng Ban Chỉ đạo trật tự đô thị quận"),
 P("Trương Thị Bích Vân", "Bí thư Đảng ủy phường Bến Nghé"),
 P("Phan Văn Lộc", "Chủ tịch UBND phường Bến Thành"),
 P("Lý Quốc Bình", "Phó Chủ tịch UBND phường Nguyễn Thái Bình"),
 P("Ngô Thanh Tùng", "Phó Chủ tịch UBND phường Nguyễn Thái Bình")],
[Q("hơn 200 cán bộ, chiến sĩ", 200, "cán bộ, chiến sĩ", "over"), Q("17 tuyến đường trọng điểm", 17, "tuyến đường trọng điểm"),
 Q("từ 3 m trở lên", 3, "m", "over"), Q("tối thiểu 1,5 m", 1.5, "m"), Q("9.614 trường hợp", 9614, "trường hợp"),
 Q("khoảng 3,2 tỷ đồng", 3200000000, "đồng", "approx"), Q("260 hộ kinh doanh", 260, "hộ kinh doanh"),
 Q("95%", 95, "%"), Q("6 tổ vận động", 6, "tổ vận động"), Q("2 - 3 con đường", 2, "con đường"), Q("3 con đường", 3, "con đường"),
 Q("ít nhất 1 tuyến hẻm văn minh", 1, "tuyến hẻm văn minh", "over"), Q("320 bảng quảng cáo", 320, "bảng quảng cáo"),
 Q("gần 5 tấn", 5, "tấn", "approx")],
[D("Kế hoạch", "27", "KH-UBND", "2016-02-23", "UBND Quận 1", "Kế hoạch số 27/KH-UBND ngày 23/2/2016"),
 D("Quyết định", "74", "2008/QĐ-UBND", None, "UBND Thành phố", "Quyết định số 74/2008/QĐ-UBND"),
 D("Chỉ thị", "09", "CT-UBND", None, "Chủ tịch UBND Thành phố", "Chỉ thị số 09/CT-UBND")],
[prov("Hồ Chí Minh"), com("Bến Nghé"), com("Bến Thành"), com("Nguyễn Thái Bình")],
["QUẬN 1 - CỔNG THÔNG TIN ĐIỆN TỬ", "Trang chủ >> Tin tức >> Trật tự đô thị", "You are here: Tin tức / Trật tự đô thị",
 "Lực lượng liên ngành nhắc nhở hộ kinh doanh trên đường Lê Thánh Tôn. Ảnh: Q.Huy",
 "Toàn dân đoàn kết xây dựng nếp sống văn minh đô thị", "Lê Thánh Tôn", "Nguyễn Huệ", "Đồng Khởi"],
["Thứ Ba, 01/03/2016", "năm 2016", "năm 2015", "tháng 6"]))
