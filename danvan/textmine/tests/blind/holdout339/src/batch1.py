from lib import *
PAGES = []

PAGES.append(page("b8093-thaibinh-ccb-tongket-2011", """
HỘI CỰU CHIẾN BINH TỈNH THÁI BÌNH
Trang chủ » Tin tức » Hoạt động Hội
Thứ Tư, 28/12/2011 - 09:20
Ảnh: Quang cảnh hội nghị tổng kết.
Cựu chiến binh Thái Bình giúp nhau thoát nghèo bền vững
Ngày 26/12/2011, Hội Cựu chiến binh tỉnh Thái Bình tổ chức hội nghị tổng kết công tác Hội và phong trào cựu chiến binh năm 2011, triển khai nhiệm vụ năm 2012. Đồng chí Phạm Văn Thụ, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy dự và chỉ đạo hội nghị. Đồng chí Đỗ Quang Hiển, Chủ tịch Hội Cựu chiến binh tỉnh chủ trì.
Đồng chí Đỗ Quang Hiển phát biểu khai mạc hội nghị.
Theo báo cáo do đồng chí Bùi Thị Lan, Phó Chủ tịch Hội Cựu chiến binh tỉnh trình bày, toàn tỉnh hiện có 71.460 hội viên sinh hoạt tại 286 cơ sở Hội; trong năm kết nạp 1.215 hội viên mới. Phong trào "Cựu chiến binh giúp nhau giảm nghèo, làm kinh tế giỏi" tiếp tục được đẩy mạnh: các cấp Hội đã vận động hội viên giúp nhau trên 4,2 tỷ đồng, 3.600 ngày công và hơn 1.800 con giống; quản lý 312 tổ tiết kiệm và vay vốn với tổng dư nợ 286,5 tỷ đồng, tỷ lệ nợ quá hạn chỉ 0,18%. Năm qua có 412 hộ hội viên thoát nghèo, số hộ nghèo trong hội viên còn 3,1%.
Công tác chăm lo hội viên là nạn nhân chất độc da cam được quan tâm. Hội phối hợp với Hội Nạn nhân chất độc da cam/dioxin tỉnh thăm, tặng 1.150 suất quà, mỗi suất 300.000 đồng; xây mới và sửa chữa 27 nhà "Nghĩa tình đồng đội" với tổng kinh phí gần 1,1 tỷ đồng, trong đó hội viên đóng góp 460 triệu đồng. Các cấp Hội tham gia giải quyết 34 vụ việc mâu thuẫn trong nhân dân, hòa giải thành 31 vụ.
Hội đã tham mưu Tỉnh ủy ban hành Kế hoạch số 36-KH/TU về tiếp tục thực hiện Chỉ thị 16, 17-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường lãnh đạo công tác cựu chiến binh và công tác chăm lo nạn nhân chất độc da cam; triển khai Nghị định số 150/2006/NĐ-CP ngày 12/12/2006 của Chính phủ quy định chi tiết Pháp lệnh Cựu chiến binh.
Tại hội nghị, ông Nguyễn Văn Tiến, Chủ tịch Hội Cựu chiến binh xã Vũ Lạc, chia sẻ cách làm "Quỹ đồng đội" với mức góp 50.000 đồng/hội viên/năm, đến nay quỹ đạt 92 triệu đồng, giúp 14 hội viên vay không lãi. Ông Trần Đức Khoa, hội viên chi hội thôn Đông, xã Tây Sơn, là chủ trang trại nuôi lợn, nhận giúp 6 hộ đồng đội cùng làm.
Phát biểu chỉ đạo, đồng chí Phạm Văn Thụ ghi nhận những đóng góp của cựu chiến binh trong xây dựng nông thôn mới và yêu cầu năm 2012 các cấp Hội giữ vững phẩm chất "Bộ đội Cụ Hồ", làm tốt công tác giúp nhau giảm nghèo, chăm lo hội viên nạn nhân chất độc da cam.
Dịp này, Hội Cựu chiến binh tỉnh tặng giấy khen cho 18 tập thể và 25 cá nhân có thành tích xuất sắc.
Minh Hà
Lượt xem: 1.042
Tin liên quan
- Vũ Thư: Hội Cựu chiến binh bàn giao 3 nhà nghĩa tình đồng đội (12/12/2011)
- Đại hội Hội Cựu chiến binh xã Đông Hợp (28/11/2011)
- Thăm, tặng quà nạn nhân chất độc da cam huyện Kiến Xương (10/08/2011)
""", "2011-12-28", "Cựu chiến binh Thái Bình giúp nhau thoát nghèo bền vững",
E("tong_ket", "2011", "2011-12-26"),
[P("Phạm Văn Thụ", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đỗ Quang Hiển", "Chủ tịch Hội Cựu chiến binh tỉnh"),
 P("Bùi Thị Lan", "Phó Chủ tịch Hội Cựu chiến binh tỉnh"),
 P("Nguyễn Văn Tiến", "Chủ tịch Hội Cựu chiến binh xã Vũ Lạc"),
 P("Trần Đức Khoa", "hội viên chi hội thôn Đông")],
[Q("71.460 hội viên", 71460, "hội viên"), Q("286 cơ sở Hội", 286, "cơ sở Hội"), Q("1.215 hội viên mới", 1215, "hội viên mới"),
 Q("trên 4,2 tỷ đồng", 4200000000, "đồng", "over"), Q("3.600 ngày công", 3600, "ngày công"), Q("hơn 1.800 con giống", 1800, "con giống", "over"),
 Q("312 tổ tiết kiệm và vay vốn", 312, "tổ tiết kiệm và vay vốn"), Q("286,5 tỷ đồng", 286500000000, "đồng"), Q("0,18%", 0.18, "%"),
 Q("412 hộ hội viên", 412, "hộ hội viên"), Q("3,1%", 3.1, "%"), Q("1.150 suất quà", 1150, "suất quà"), Q("300.000 đồng", 300000, "đồng"),
 Q("27 nhà", 27, "nhà"), Q("gần 1,1 tỷ đồng", 1100000000, "đồng", "approx"), Q("460 triệu đồng", 460000000, "đồng"),
 Q("34 vụ việc mâu thuẫn", 34, "vụ việc mâu thuẫn"), Q("31 vụ", 31, "vụ"), Q("50.000 đồng", 50000, "đồng"), Q("92 triệu đồng", 92000000, "đồng"),
 Q("14 hội viên", 14, "hội viên"), Q("6 hộ đồng đội", 6, "hộ đồng đội"), Q("18 tập thể", 18, "tập thể"), Q("25 cá nhân", 25, "cá nhân")],
[D("Kế hoạch", "36", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 36-KH/TU"),
 D("Chỉ thị", "16", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 16, 17-CT/TU"),
 D("Chỉ thị", "17", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 16, 17-CT/TU"),
 D("Nghị định", "150", "2006/NĐ-CP", "2006-12-12", "Chính phủ", "Nghị định số 150/2006/NĐ-CP ngày 12/12/2006")],
[prov("Thái Bình"), com("Vũ Lạc"), com("Tây Sơn")],
["HỘI CỰU CHIẾN BINH TỈNH THÁI BÌNH", "Trang chủ » Tin tức » Hoạt động Hội", "Ảnh: Quang cảnh hội nghị tổng kết.",
 "Đồng chí Đỗ Quang Hiển phát biểu khai mạc hội nghị.", "Cựu chiến binh giúp nhau giảm nghèo, làm kinh tế giỏi", "Nghĩa tình đồng đội",
 "Quỹ đồng đội", "Bộ đội Cụ Hồ", "Pháp lệnh Cựu chiến binh", "Lượt xem: 1.042"],
["Thứ Tư, 28/12/2011 - 09:20", "năm 2011", "năm 2012", "Lượt xem: 1.042"]))

PAGES.append(page("b8094-quangtri-dacam-traoqua-2012", """
Báo Quảng Trị - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Quảng Trị
Xã hội | Chính sách xã hội
Cập nhật: 15:40, 09/08/2012 (GMT+7)
Chia sẻ yêu thương với nạn nhân chất độc da cam
QTO - Nhân kỷ niệm 51 năm ngày thảm họa da cam ở Việt Nam (10/8/1961 - 10/8/2012), sáng 8/8, Hội Nạn nhân chất độc da cam/dioxin tỉnh Quảng Trị phối hợp với Hội Cựu chiến binh tỉnh tổ chức thăm, tặng quà cho nạn nhân chất độc da cam ở huyện Gio Linh và Vĩnh Linh.
Đoàn do đồng chí Lê Quang Chiến, Chủ tịch Hội Nạn nhân chất độc da cam/dioxin tỉnh, và đồng chí Hoàng Thị Mơ, Phó Chủ tịch Thường trực Hội Cựu chiến binh tỉnh dẫn đầu.
Nạn nhân chất độc da cam ở xã Gio Mỹ nhận quà. Ảnh: N.B
Tại xã Gio Mỹ, đoàn đã trao 120 suất quà, mỗi suất gồm 500.000 đồng tiền mặt và 10 kg gạo; tại thị trấn Hồ Xá và xã Vĩnh Thủy, đoàn trao 95 suất quà cho các gia đình có từ 2 nạn nhân trở lên. Nhiều gia đình có hoàn cảnh đặc biệt như gia đình ông Lê Văn Khởi ở thôn Trúc Lâm, xã Gio Mỹ, có 3 người con bị di chứng chất độc da cam, nay đã ngoài 30 tuổi nhưng không tự phục vụ được.
Theo đồng chí Lê Quang Chiến, toàn tỉnh hiện có khoảng 14.300 người bị nhiễm chất độc da cam, trong đó trên 6.700 người đang hưởng trợ cấp theo Quyết định số 120/2004/QĐ-TTg và Quyết định số 26/2000/QĐ-TTg của Thủ tướng Chính phủ. Từ đầu năm đến nay, các cấp Hội đã vận động được 2,35 tỷ đồng từ các tổ chức, cá nhân để xây 11 "Nhà nhân ái" và hỗ trợ 48 con bò giống cho nạn nhân làm kinh tế.
Đáng chú ý, phong trào cựu chiến binh giúp đỡ nạn nhân chất độc da cam đã lan tỏa tới 141 xã, phường, thị trấn. Hội viên cựu chiến binh nhận đỡ đầu 216 cháu là con, cháu nạn nhân chất độc da cam, mỗi tháng hỗ trợ 200.000 đồng/cháu. Hội Cựu chiến binh huyện Vĩnh Linh thực hiện Hướng dẫn số 07-HD/CCB của Thường trực Hội Cựu chiến binh tỉnh về "Mỗi chi hội nhận giúp một nạn nhân".
Đồng chí Hoàng Thị Mơ cho biết, trong đợt này Hội Cựu chiến binh tỉnh trích quỹ hội 80 triệu đồng góp vào Quỹ Bảo trợ nạn nhân chất độc da cam của tỉnh. Bà Trần Thị Lài, 76 tuổi, ở xã Vĩnh Thủy, có chồng là liệt sĩ, con trai bị nhiễm chất độc da cam, xúc động chia sẻ: "Được các bác cựu chiến binh thường xuyên tới thăm, mẹ con tôi vơi đi nhiều nỗi buồn".
Cũng trong dịp này, Ban Đại diện Hội Người cao tuổi tỉnh và Hội Chữ thập đỏ tỉnh trao tặng 30 xe lăn cho nạn nhân ở các huyện miền núi Đakrông và Hướng Hóa.
Nguyễn Bình
Tin cùng chuyên mục
- Gio Linh: Khánh thành Nhà nhân ái cho nạn nhân chất độc da cam (02/08/2012)
- Hội nghị tổng kết công tác Hội Nạn nhân chất độc da cam 6 tháng đầu năm (20/07/2012)
- Đông Hà: Trao 50 suất học bổng cho con em nạn nhân (14/06/2012)
- Cựu chiến binh Triệu Phong giúp nhau làm kinh tế (28/05/2012)
""", "2012-08-09", "Chia sẻ yêu thương với nạn nhân chất độc da cam",
E("trao_qua", None, "2012-08-08"),
[P("Lê Quang Chiến", "Chủ tịch Hội Nạn nhân chất độc da cam/dioxin tỉnh"),
 P("Hoàng Thị Mơ", "Phó Chủ tịch Thường trực Hội Cựu chiến binh tỉnh"),
 P("Lê Văn Khởi"), P("Trần Thị Lài")],
[Q("120 suất quà", 120, "suất quà"), Q("500.000 đồng", 500000, "đồng"), Q("10 kg", 10, "kg"), Q("95 suất quà", 95, "suất quà"),
 Q("2 nạn nhân trở lên", 2, "nạn nhân", "over"), Q("3 người con", 3, "người con"), Q("khoảng 14.300 người", 14300, "người", "approx"),
 Q("trên 6.700 người", 6700, "người", "over"), Q("2,35 tỷ đồng", 2350000000, "đồng"), Q('11 "Nhà nhân ái"', 11, "Nhà nhân ái"),
 Q("48 con bò giống", 48, "con bò giống"), Q("141 xã, phường, thị trấn", 141, "xã, phường, thị trấn"), Q("216 cháu", 216, "cháu"),
 Q("200.000 đồng", 200000, "đồng"), Q("80 triệu đồng", 80000000, "đồng"), Q("30 xe lăn", 30, "xe lăn")],
[D("Quyết định", "120", "2004/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 120/2004/QĐ-TTg"),
 D("Quyết định", "26", "2000/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 26/2000/QĐ-TTg"),
 D("Hướng dẫn", "07", "HD/CCB", None, "Thường trực Hội Cựu chiến binh tỉnh", "Hướng dẫn số 07-HD/CCB")],
[prov("Quảng Trị"), com("Gio Mỹ"), com("Hồ Xá"), com("Vĩnh Thủy")],
["Báo Quảng Trị - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Quảng Trị", "Xã hội | Chính sách xã hội", "QTO",
 "Nạn nhân chất độc da cam ở xã Gio Mỹ nhận quà. Ảnh: N.B", "Nhà nhân ái", "Mỗi chi hội nhận giúp một nạn nhân",
 "Quỹ Bảo trợ nạn nhân chất độc da cam"],
["Cập nhật: 15:40, 09/08/2012 (GMT+7)", "51 năm", "10/8/1961 - 10/8/2012", "30 tuổi", "76 tuổi"]))

PAGES.append(page("b8095-namdinh-ccb-soket-2013", """
CỔNG THÔNG TIN ĐIỆN TỬ HỘI CỰU CHIẾN BINH TỈNH NAM ĐỊNH
Bạn đang ở: Trang chủ > Hoạt động các cấp Hội
08:15 | 05/07/2013
Hội Cựu chiến binh tỉnh sơ kết công tác Hội
Sáng 4/7, Hội Cựu chiến binh tỉnh Nam Định tổ chức hội nghị sơ kết công tác Hội 6 tháng đầu năm 2013, triển khai nhiệm vụ 6 tháng cuối năm. Dự hội nghị có Đại tá Vũ Đình Nhượng, Ủy viên Ban Chấp hành Trung ương Hội Cựu chiến binh Việt Nam, Chủ tịch Hội Cựu chiến binh tỉnh; các đồng chí Phó Chủ tịch Hội Cựu chiến binh tỉnh: Trần Văn Thảo, Đoàn Thị Huệ; cùng 64 đồng chí là chủ tịch, phó chủ tịch Hội Cựu chiến binh các huyện, thành phố và các cơ sở Hội trực thuộc.
Sáu tháng qua, các cấp Hội đã tập trung thực hiện phong trào thi đua "Cựu chiến binh gương mẫu" gắn với cuộc vận động "Học tập và làm theo tấm gương đạo đức Hồ Chí Minh". Hội vận động hội viên giúp nhau 1,65 tỷ đồng, 2.100 ngày công, cho mượn không lãi gần 900 triệu đồng; phối hợp với Ngân hàng Chính sách xã hội quản lý 198 tổ tiết kiệm và vay vốn, dư nợ 154 tỷ đồng với 6.820 hộ vay. Hiện toàn tỉnh có 1.260 trang trại, gia trại do cựu chiến binh làm chủ, tạo việc làm cho khoảng 5.400 lao động.
Với tinh thần "Thương binh tàn nhưng không phế", nhiều hội viên là nạn nhân chất độc da cam vẫn vươn lên làm kinh tế. Các cấp Hội đã thăm hỏi, tặng 740 suất quà cho hội viên bị nhiễm chất độc da cam trị giá 296 triệu đồng, đề nghị cơ quan chức năng xét hưởng chế độ cho 57 trường hợp. Hội Cựu chiến binh huyện Hải Hậu đã xây dựng 3 nhà "Đồng đội" cho hội viên nghèo là nạn nhân chất độc da cam ở các xã Hải Minh, Hải Chính.
Thực hiện Chỉ thị số 05-CT/TU ngày 12/4/2013 của Ban Thường vụ Tỉnh ủy về tăng cường sự lãnh đạo của các cấp ủy đối với công tác cựu chiến binh, Hội đã ban hành Kế hoạch số 21-KH/CCB và Kế hoạch số 22-KH/CCB để triển khai đến các cơ sở. Hội cũng tham gia góp ý dự thảo sửa đổi Hiến pháp năm 1992 với 3.150 ý kiến.
Tại hội nghị, nhiều ý kiến đề nghị quan tâm hơn đến hội viên cao tuổi, neo đơn. Ông Lê Văn Bính, Chủ tịch Hội Cựu chiến binh xã Nghĩa Thái, huyện Nghĩa Hưng, cho biết mô hình "Tổ cựu chiến binh giúp nhau" của xã đã giúp 9 hộ thoát nghèo trong 6 tháng. Bà Đoàn Thị Huệ đề nghị các huyện rà soát, lập danh sách hội viên là nạn nhân chất độc da cam chưa được hưởng chính sách.
Kết luận hội nghị, Đại tá Vũ Đình Nhượng yêu cầu 6 tháng cuối năm các cấp Hội phấn đấu giảm 2% hộ nghèo trong hội viên, tổ chức tốt hoạt động kỷ niệm 52 năm thảm họa da cam, chuẩn bị tổng kết 5 năm thực hiện Chỉ thị 43-CT/TW của Ban Bí thư về khắc phục hậu quả chất độc hóa học do Mỹ sử dụng trong chiến tranh ở Việt Nam.
Thanh Hương
Tin khác
- Hội Cựu chiến binh huyện Ý Yên kỷ niệm ngày truyền thống (08/06/2013)
- Trao 10 nhà Đồng đội cho hội viên nghèo (21/05/2013)
- Giao ban Hội Cựu chiến binh quý I năm 2013 (02/04/2013)
- Hội thao Cựu chiến binh gương mẫu (15/03/2013)
""", "2013-07-05", "Hội Cựu chiến binh tỉnh sơ kết công tác Hội",
E("so_ket", "2013-H1", "2013-07-04"),
[P("Vũ Đình Nhượng", "Đại tá", "Ủy viên Ban Chấp hành Trung ương Hội Cựu chiến binh Việt Nam", "Chủ tịch Hội Cựu chiến binh tỉnh"),
 P("Trần Văn Thảo", "Phó Chủ tịch Hội Cựu chiến binh tỉnh"),
 P("Đoàn Thị Huệ", "Phó Chủ tịch Hội Cựu chiến binh tỉnh"),
 P("Lê Văn Bính", "Chủ tịch Hội Cựu chiến binh xã Nghĩa Thái")],
[Q("64 đồng chí", 64, "đồng chí"), Q("1,65 tỷ đồng", 1650000000, "đồng"), Q("2.100 ngày công", 2100, "ngày công"),
 Q("gần 900 triệu đồng", 900000000, "đồng", "approx"), Q("198 tổ tiết kiệm và vay vốn", 198, "tổ tiết kiệm và vay vốn"),
 Q("154 tỷ đồng", 154000000000, "đồng"), Q("6.820 hộ", 6820, "hộ"), Q("1.260 trang trại, gia trại", 1260, "trang trại, gia trại"),
 Q("khoảng 5.400 lao động", 5400, "lao động", "approx"), Q("740 suất quà", 740, "suất quà"), Q("296 triệu đồng", 296000000, "đồng"),
 Q("57 trường hợp", 57, "trường hợp"), Q('3 nhà "Đồng đội"', 3, "nhà"), Q("3.150 ý kiến", 3150, "ý kiến"), Q("9 hộ", 9, "hộ"),
 Q("2% hộ nghèo", 2, "%")],
[D("Chỉ thị", "05", "CT/TU", "2013-04-12", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 05-CT/TU ngày 12/4/2013"),
 D("Kế hoạch", "21", "KH/CCB", None, "Hội", "Kế hoạch số 21-KH/CCB"),
 D("Kế hoạch", "22", "KH/CCB", None, "Hội", "Kế hoạch số 22-KH/CCB"),
 D("Chỉ thị", "43", "CT/TW", None, "Ban Bí thư", "Chỉ thị 43-CT/TW")],
[prov("Nam Định"), com("Hải Minh"), com("Hải Chính"), com("Nghĩa Thái")],
["CỔNG THÔNG TIN ĐIỆN TỬ HỘI CỰU CHIẾN BINH TỈNH NAM ĐỊNH", "Bạn đang ở: Trang chủ > Hoạt động các cấp Hội",
 "Cựu chiến binh gương mẫu", "Học tập và làm theo tấm gương đạo đức Hồ Chí Minh", "Thương binh tàn nhưng không phế",
 "Tổ cựu chiến binh giúp nhau", "Hiến pháp năm 1992", "Ngân hàng Chính sách xã hội"],
["08:15 | 05/07/2013", "64 đồng chí", "6 tháng đầu năm 2013", "6 tháng cuối năm", "52 năm", "5 năm", "6 tháng"]))

PAGES.append(page("b8096-danang-dacam-daihoi-2014", """
Báo Đà Nẵng điện tử
Thời sự » Đoàn thể
20-06-2014 10:30
Đại hội Hội Nạn nhân chất độc da cam/dioxin thành phố lần thứ III
Ảnh: Các đại biểu biểu quyết thông qua nghị quyết đại hội.
Ngày 19-6, Hội Nạn nhân chất độc da cam/dioxin (NNCĐDC) thành phố Đà Nẵng tổ chức Đại hội đại biểu lần thứ III, nhiệm kỳ 2014 - 2019. Dự đại hội có đồng chí Nguyễn Thị Thu Hà, Phó Chủ tịch Trung ương Hội NNCĐDC Việt Nam; đồng chí Trần Minh Quân, Thành ủy viên, Trưởng Ban Dân vận Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam thành phố cùng 150 đại biểu đại diện cho hơn 6.200 hội viên.
Nhiệm kỳ 2009 - 2014, Hội đã phát triển tổ chức tại 56/56 xã, phường, kết nạp thêm 1.870 hội viên. Các cấp Hội đã vận động xã hội hóa được hơn 18,6 tỷ đồng để chăm lo cho nạn nhân, trong đó xây mới 64 nhà tình nghĩa, sửa chữa 39 nhà; trao 2.400 suất học bổng cho con, cháu nạn nhân; hỗ trợ vốn sản xuất cho 312 hộ. Trung tâm nuôi dưỡng nạn nhân chất độc da cam của Hội ở phường Hòa Minh hiện chăm sóc thường xuyên 45 nạn nhân, bình quân mỗi năm đón trên 1.000 lượt nạn nhân đến phục hồi chức năng.
Hội cũng tích cực tham gia các hoạt động đấu tranh đòi công lý cho nạn nhân, vận động ký tên ủng hộ vụ kiện của nạn nhân chất độc da cam Việt Nam với 42.500 chữ ký; phối hợp thực hiện Quyết định số 651/QĐ-TTg ngày 1/6/2012 của Thủ tướng Chính phủ phê duyệt Đề án khắc phục cơ bản hậu quả chất độc hóa học đến năm 2015 tại điểm nóng sân bay Đà Nẵng.
Phát biểu tại đại hội, đồng chí Nguyễn Thị Thu Hà ghi nhận Đà Nẵng là một trong những địa phương có mô hình chăm sóc nạn nhân bền vững, đồng thời đề nghị Hội tiếp tục tham mưu Thành ủy thực hiện Chỉ thị 43-CT/TW ngày 14/5/2010 của Ban Bí thư và Kết luận số 73-KL/TW của Bộ Chính trị về công tác khắc phục hậu quả chất độc da cam.
Đại hội đã bầu Ban Chấp hành khóa III gồm 21 đồng chí. Đồng chí Lê Văn Phúc tái đắc cử Chủ tịch Hội; các đồng chí Huỳnh Thị Mai, Phan Công Định được bầu làm Phó Chủ tịch Hội NNCĐDC thành phố. Đại hội cũng bầu 7 đại biểu đi dự Đại hội đại biểu toàn quốc Hội NNCĐDC Việt Nam lần thứ IV.
Nhiệm kỳ 2014 - 2019, Hội phấn đấu 100% nạn nhân được thăm hỏi vào các dịp lễ, Tết; mỗi năm vận động ít nhất 3 tỷ đồng; xây mới từ 10 nhà tình nghĩa trở lên.
Dịp này, Thường trực Hội Cựu chiến binh thành phố trao tặng Hội 50 triệu đồng.
Hoàng Vũ
Tin liên quan
- Trao 20 xe lăn cho nạn nhân chất độc da cam quận Sơn Trà (10/06/2014)
- Đại hội Hội NNCĐDC quận Thanh Khê (25/05/2014)
- Hội Cựu chiến binh Liên Chiểu giúp hội viên nghèo (14/05/2014)
- Khám bệnh, cấp thuốc miễn phí cho 300 nạn nhân (02/05/2014)
""", "2014-06-20", "Đại hội Hội Nạn nhân chất độc da cam/dioxin thành phố lần thứ III",
E("dai_hoi", None, "2014-06-19"),
[P("Nguyễn Thị Thu Hà", "Phó Chủ tịch Trung ương Hội NNCĐDC Việt Nam"),
 P("Trần Minh Quân", "Thành ủy viên", "Trưởng Ban Dân vận Thành ủy", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Lê Văn Phúc", "Chủ tịch Hội"),
 P("Huỳnh Thị Mai", "Phó Chủ tịch Hội NNCĐDC thành phố"),
 P("Phan Công Định", "Phó Chủ tịch Hội NNCĐDC thành phố")],
[Q("150 đại biểu", 150, "đại biểu"), Q("hơn 6.200 hội viên", 6200, "hội viên", "over"), Q("56/56 xã, phường", 56, "xã, phường"),
 Q("1.870 hội viên", 1870, "hội viên"), Q("hơn 18,6 tỷ đồng", 18600000000, "đồng", "over"), Q("64 nhà tình nghĩa", 64, "nhà tình nghĩa"),
 Q("39 nhà", 39, "nhà"), Q("2.400 suất học bổng", 2400, "suất học bổng"), Q("312 hộ", 312, "hộ"), Q("45 nạn nhân", 45, "nạn nhân"),
 Q("trên 1.000 lượt nạn nhân", 1000, "lượt nạn nhân", "over"), Q("42.500 chữ ký", 42500, "chữ ký"), Q("21 đồng chí", 21, "đồng chí"),
 Q("7 đại biểu", 7, "đại biểu"), Q("100%", 100, "%"), Q("ít nhất 3 tỷ đồng", 3000000000, "đồng", "over"),
 Q("từ 10 nhà tình nghĩa trở lên", 10, "nhà tình nghĩa", "over"), Q("50 triệu đồng", 50000000, "đồng")],
[D("Quyết định", "651", "QĐ-TTg", "2012-06-01", "Thủ tướng Chính phủ", "Quyết định số 651/QĐ-TTg ngày 1/6/2012"),
 D("Chỉ thị", "43", "CT/TW", "2010-05-14", "Ban Bí thư", "Chỉ thị 43-CT/TW ngày 14/5/2010"),
 D("Kết luận", "73", "KL/TW", None, "Bộ Chính trị", "Kết luận số 73-KL/TW")],
[prov("Đà Nẵng"), com("Hòa Minh")],
["Báo Đà Nẵng điện tử", "Thời sự » Đoàn thể", "Ảnh: Các đại biểu biểu quyết thông qua nghị quyết đại hội.",
 "Trung tâm nuôi dưỡng nạn nhân chất độc da cam", "Đề án khắc phục cơ bản hậu quả chất độc hóa học đến năm 2015"],
["20-06-2014 10:30", "nhiệm kỳ 2014 - 2019", "Nhiệm kỳ 2009 - 2014", "lần thứ III", "lần thứ IV", "21 đồng chí", "khóa III"]))

PAGES.append(page("b8097-thanhhoa-ccb-giamsat-2015", """
HỘI CỰU CHIẾN BINH TỈNH THANH HÓA - TRANG THÔNG TIN ĐIỆN TỬ
Trang chủ | Hoạt động giám sát, phản biện
Thứ Sáu, 16/10/2015
Vị trí: Tin tức > Giám sát
Giám sát việc thực hiện chính sách đối với hội viên là nạn nhân chất độc da cam tại Như Thanh
Thực hiện Chương trình giám sát năm 2015, từ ngày 13 đến 14/10, Đoàn giám sát của Hội Cựu chiến binh tỉnh Thanh Hóa do đồng chí Lê Đình Thược, Ủy viên Ban Chấp hành Trung ương Hội CCB Việt Nam, Chủ tịch Hội CCB tỉnh làm trưởng đoàn, đã giám sát việc thực hiện chế độ, chính sách đối với cựu chiến binh bị nhiễm chất độc hóa học tại huyện Như Thanh.
Đoàn giám sát làm việc với UBND huyện Như Thanh. Ảnh: Hữu Tài
Cùng đi có đồng chí Nguyễn Thị Hoa, Trưởng phòng Người có công Sở Lao động - Thương binh và Xã hội, và các đồng chí Ủy viên Ban Thường vụ Hội CCB tỉnh: Lê Xuân Cường, Phạm Hữu Nghị. Tiếp đoàn có đồng chí Hà Văn Mười, Cầm Bá Tường - Phó Chủ tịch Hội CCB huyện, cùng lãnh đạo UBND huyện.
Báo cáo tại buổi làm việc cho thấy, huyện Như Thanh hiện có 2.143 hội viên CCB, trong đó 318 người bị nhiễm chất độc hóa học đang hưởng trợ cấp hằng tháng, 27 hồ sơ đang chờ thẩm định. Việc xác nhận hồ sơ được thực hiện theo Công văn số 1652/LĐTBXH-NCC của Bộ Lao động - Thương binh và Xã hội; các xã đã niêm yết công khai danh sách tại 17/17 trụ sở UBND xã, thị trấn.
Đoàn đã kiểm tra trực tiếp tại xã Xuân Khang và xã Hải Vân, gặp gỡ 36 hội viên là nạn nhân. Ông Lò Văn Tấm, 68 tuổi, người dân tộc Thái, hội viên chi hội làng Đồng Lươn, xã Xuân Khang, phản ánh hồ sơ của ông đã nộp hơn 2 năm nhưng chưa được giải quyết. Một số trường hợp khác chưa được giám định lại tỷ lệ suy giảm khả năng lao động theo Nghị định 31/2013/NĐ-CP của Chính phủ.
Qua giám sát, Đoàn đánh giá các cấp Hội đã chủ động phối hợp với ngành Lao động - Thương binh và Xã hội rà soát đối tượng; phong trào "CCB giúp nhau làm kinh tế" đã giúp 54 hộ hội viên là nạn nhân chất độc da cam có vốn sản xuất với tổng số tiền khoảng 780 triệu đồng. Quỹ "Nghĩa tình đồng đội" của huyện đạt trên 120 triệu đồng.
Đoàn kiến nghị UBND huyện chỉ đạo giải quyết dứt điểm 27 hồ sơ tồn đọng trước ngày 31/12/2015; quan tâm hỗ trợ khám sức khỏe định kỳ cho nạn nhân; tổ chức thực hiện nghiêm Hướng dẫn 15-HD/CCB của Ban Thường vụ Hội CCB tỉnh về giám sát, phản biện xã hội.
Phát biểu kết luận, đồng chí Lê Đình Thược đề nghị Hội CCB huyện tiếp tục làm tốt vai trò cầu nối, kịp thời nắm bắt tâm tư của hội viên, không để phát sinh đơn thư vượt cấp. Đồng chí Hà Văn Mười tiếp thu và cam kết báo cáo kết quả khắc phục trong quý IV.
Hữu Tài
Tin khác
- Hội CCB Thọ Xuân giúp hội viên xây nhà (05/10/2015)
- Giao ban công tác Hội CCB các huyện miền núi quý III/2015 (28/09/2015)
- Thăm, tặng quà nạn nhân chất độc da cam huyện Ngọc Lặc (11/08/2015)
""", "2015-10-16", "Giám sát việc thực hiện chính sách đối với hội viên là nạn nhân chất độc da cam tại Như Thanh",
E("giam_sat", "2015", "2015-10-13"),
[P("Lê Đình Thược", "Ủy viên Ban Chấp hành Trung ương Hội CCB Việt Nam", "Chủ tịch Hội CCB tỉnh"),
 P("Nguyễn Thị Hoa", "Trưởng phòng Người có công Sở Lao động - Thương binh và Xã hội"),
 P("Lê Xuân Cường", "Ủy viên Ban Thường vụ Hội CCB tỉnh"),
 P("Phạm Hữu Nghị", "Ủy viên Ban Thường vụ Hội CCB tỉnh"),
 P("Hà Văn Mười", "Phó Chủ tịch Hội CCB huyện"),
 P("Cầm Bá Tường", "Phó Chủ tịch Hội CCB huyện"),
 P("Lò Văn Tấm", "hội viên chi hội làng Đồng Lươn")],
[Q("2.143 hội viên CCB", 2143, "hội viên CCB"), Q("318 người", 318, "người"), Q("27 hồ sơ", 27, "hồ sơ"),
 Q("17/17 trụ sở UBND xã, thị trấn", 17, "trụ sở UBND xã, thị trấn"), Q("36 hội viên", 36, "hội viên"),
 Q("54 hộ hội viên", 54, "hộ hội viên"), Q("khoảng 780 triệu đồng", 780000000, "đồng", "approx"),
 Q("trên 120 triệu đồng", 120000000, "đồng", "over")],
[D("Công văn", "1652", "LĐTBXH-NCC", None, "Bộ Lao động - Thương binh và Xã hội", "Công văn số 1652/LĐTBXH-NCC"),
 D("Nghị định", "31", "2013/NĐ-CP", None, "Chính phủ", "Nghị định 31/2013/NĐ-CP"),
 D("Hướng dẫn", "15", "HD/CCB", None, "Ban Thường vụ Hội CCB tỉnh", "Hướng dẫn 15-HD/CCB")],
[prov("Thanh Hóa"), com("Xuân Khang"), com("Hải Vân")],
["HỘI CỰU CHIẾN BINH TỈNH THANH HÓA - TRANG THÔNG TIN ĐIỆN TỬ", "Trang chủ | Hoạt động giám sát, phản biện", "Vị trí: Tin tức > Giám sát",
 "Đoàn giám sát làm việc với UBND huyện Như Thanh. Ảnh: Hữu Tài", "CCB giúp nhau làm kinh tế", "Nghĩa tình đồng đội",
 "Chương trình giám sát năm 2015"],
["Thứ Sáu, 16/10/2015", "Chương trình giám sát năm 2015", "68 tuổi", "hơn 2 năm", "quý IV", "31/12/2015"]))

PAGES.append(page("b8098-binhdinh-dacam-doithoai-2016", """
BÁO BÌNH ĐỊNH ONLINE
Trang chủ > Chính trị > Dân vận
Ngày đăng 22/09/2016 | 16:20
Chủ tịch UBND tỉnh đối thoại với cựu chiến binh và nạn nhân chất độc da cam
(BĐ) - Sáng 21.9, tại hội trường Tỉnh ủy, đồng chí Lê Quốc Thịnh, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Bình Định chủ trì hội nghị đối thoại với cựu chiến binh, hội viên Hội Nạn nhân chất độc da cam/dioxin năm 2016. Cùng dự có đồng chí Nguyễn Văn Thắng, Phó Chủ tịch UBND tỉnh; đồng chí Võ Đình Hùng, Chủ tịch Hội Cựu chiến binh tỉnh, và đồng chí Trần Thị Kim Liên, Chủ tịch Hội Nạn nhân chất độc da cam/dioxin tỉnh.
Quang cảnh buổi đối thoại. Ảnh: N.Tâm
Tham dự đối thoại có hơn 220 đại biểu là cựu chiến binh, nạn nhân và thân nhân nạn nhân đến từ 11 huyện, thị xã, thành phố. Trước đó, các cấp Hội đã tổng hợp 46 ý kiến, kiến nghị gửi UBND tỉnh, tập trung vào việc giải quyết chế độ cho người tham gia kháng chiến bị nhiễm chất độc hóa học, chính sách hỗ trợ nhà ở và đất sản xuất.
Ông Đinh Văn Hrin, hội viên Hội Cựu chiến binh xã Vĩnh Kim, huyện Vĩnh Thạnh, người Ba Na, phản ánh nhiều cựu chiến binh đồng bào dân tộc thiểu số không còn giấy tờ gốc nên chưa được hưởng chế độ theo Quyết định 62, 63/2011/QĐ-TTg của Thủ tướng Chính phủ. Bà Nguyễn Thị Bé Tư, ở phường Nhơn Bình, thành phố Quy Nhơn, có 2 con là nạn nhân chất độc da cam, đề nghị tăng mức hỗ trợ người chăm sóc nạn nhân, hiện chỉ 270.000 đồng/tháng.
Trả lời các kiến nghị, đồng chí Phan Thị Mỹ Liên, Giám đốc Sở Lao động - Thương binh và Xã hội, cho biết từ năm 2011 đến nay toàn tỉnh đã giải quyết chế độ cho 8.412 người tham gia kháng chiến và con đẻ của họ bị nhiễm chất độc hóa học, với tổng kinh phí chi trả mỗi năm khoảng 210 tỷ đồng. Tỉnh đang hoàn thiện Đề án hỗ trợ nhà ở cho người có công và sẽ ưu tiên 350 hộ nạn nhân chất độc da cam có nhà dột nát.
Đồng chí Lê Quốc Thịnh ghi nhận những đóng góp của Hội CCB trong phong trào giúp nhau làm kinh tế: 5 năm qua, hội viên đã giúp nhau trên 12 tỷ đồng, 46.000 ngày công, xóa 520 nhà tạm cho hội viên nghèo. Đồng chí chỉ đạo các sở, ngành thực hiện nghiêm Chỉ thị số 12/CT-UBND ngày 5/7/2016 của UBND tỉnh về giải quyết dứt điểm hồ sơ tồn đọng; giao Hội Cựu chiến binh tỉnh phối hợp rà soát, xác minh các trường hợp không còn giấy tờ theo Kế hoạch số 48/KH-UBND.
Đối với đề xuất của Hội Nạn nhân chất độc da cam/dioxin tỉnh về xây dựng cơ sở nuôi dưỡng tập trung, Chủ tịch UBND tỉnh đồng ý về chủ trương, giao Sở Kế hoạch và Đầu tư bố trí khoảng 15 tỷ đồng trong kế hoạch đầu tư công trung hạn. Kết thúc buổi đối thoại, 38/46 ý kiến đã được trả lời trực tiếp, số còn lại được giao các sở trả lời bằng văn bản trước ngày 15/10.
Ngọc Tâm
Tin cùng chuyên mục
- An Lão: Cựu chiến binh giúp đồng bào Ba Na làm nhà (15/09/2016)
- Hội NNCĐDC tỉnh trao 30 suất học bổng (10/08/2016)
- Hoài Nhơn sơ kết 6 tháng công tác Hội CCB (12/07/2016)
""", "2016-09-22", "Chủ tịch UBND tỉnh đối thoại với cựu chiến binh và nạn nhân chất độc da cam",
E("doi_thoai", "2016", "2016-09-21"),
[P("Lê Quốc Thịnh", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh Bình Định", "Chủ tịch UBND tỉnh"),
 P("Nguyễn Văn Thắng", "Phó Chủ tịch UBND tỉnh"),
 P("Võ Đình Hùng", "Chủ tịch Hội Cựu chiến binh tỉnh"),
 P("Trần Thị Kim Liên", "Chủ tịch Hội Nạn nhân chất độc da cam/dioxin tỉnh"),
 P("Đinh Văn Hrin", "hội viên Hội Cựu chiến binh xã Vĩnh Kim"),
 P("Nguyễn Thị Bé Tư"),
 P("Phan Thị Mỹ Liên", "Giám đốc Sở Lao động - Thương binh và Xã hội")],
[Q("hơn 220 đại biểu", 220, "đại biểu", "over"), Q("11 huyện, thị xã, thành phố", 11, "huyện, thị xã, thành phố"),
 Q("46 ý kiến, kiến nghị", 46, "ý kiến, kiến nghị"), Q("2 con", 2, "con"), Q("270.000 đồng", 270000, "đồng"),
 Q("8.412 người", 8412, "người"), Q("khoảng 210 tỷ đồng", 210000000000, "đồng", "approx"),
 Q("350 hộ nạn nhân chất độc da cam", 350, "hộ nạn nhân chất độc da cam"), Q("trên 12 tỷ đồng", 12000000000, "đồng", "over"),
 Q("46.000 ngày công", 46000, "ngày công"), Q("520 nhà tạm", 520, "nhà tạm"), Q("khoảng 15 tỷ đồng", 15000000000, "đồng", "approx"),
 Q("38/46 ý kiến", 38, "ý kiến")],
[D("Quyết định", "62", "2011/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 62, 63/2011/QĐ-TTg"),
 D("Quyết định", "63", "2011/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 62, 63/2011/QĐ-TTg"),
 D("Chỉ thị", "12", "CT-UBND", "2016-07-05", "UBND tỉnh", "Chỉ thị số 12/CT-UBND ngày 5/7/2016"),
 D("Kế hoạch", "48", "KH-UBND", None, None, "Kế hoạch số 48/KH-UBND")],
[prov("Bình Định"), com("Vĩnh Kim"), com("Nhơn Bình")],
["BÁO BÌNH ĐỊNH ONLINE", "Trang chủ > Chính trị > Dân vận", "(BĐ)", "Quang cảnh buổi đối thoại. Ảnh: N.Tâm",
 "Đề án hỗ trợ nhà ở cho người có công"],
["Ngày đăng 22/09/2016 | 16:20", "21.9", "năm 2016", "5 năm qua", "từ năm 2011 đến nay", "15/10"]))
