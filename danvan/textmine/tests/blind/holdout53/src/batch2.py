from lib import *
PAGES = []

PAGES.append(page("b1235-lamdong-bdv-giaoban-quy3-2016", """
BAN DÂN VẬN TỈNH ỦY LÂM ĐỒNG
Vị trí: Trang chủ :: Tin tức :: Hoạt động khối dân vận
Ngày đăng 07/10/2016 | 10:20
Khối dân vận Lâm Đồng đồng hành cùng đồng bào K'Ho xóa nhà tạm
Chiều 5/10, tại Đà Lạt, Ban Dân vận Tỉnh ủy Lâm Đồng tổ chức giao ban khối dân vận quý III/2016, triển khai nhiệm vụ quý IV. Đồng chí Trương Thị Mỹ Dung, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì. Dự giao ban có các đồng chí: Ka H'Riêng, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; Nguyễn Văn Lâm, Chủ tịch Hội Nông dân tỉnh; Bon Jốc Ha Thu, Phó Chủ tịch Hội LHPN tỉnh; lãnh đạo ban dân vận 12 huyện ủy, thành ủy.
Đồng chí Trương Thị Mỹ Dung phát biểu chỉ đạo tại giao ban.
Theo báo cáo do đồng chí Đặng Quốc Vinh, Phó Trưởng Ban Dân vận Tỉnh ủy trình bày, trong quý, khối dân vận đã tập trung triển khai Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao chất lượng, hiệu quả công tác dân vận của cơ quan nhà nước, chính quyền các cấp và Hướng dẫn số 09-HD/BDVTU ngày 12/7/2016 của Ban Dân vận Tỉnh ủy về xây dựng mô hình "Dân vận khéo" trong giảm nghèo bền vững.
Quỹ "Vì người nghèo" các cấp tiếp nhận 3,75 tỷ đồng, lũy kế 9 tháng đạt 72,5% kế hoạch năm. Mặt trận và các đoàn thể đã khởi công 126 căn nhà Đại đoàn kết, bàn giao 88 căn cho hộ nghèo đồng bào dân tộc thiểu số, tập trung ở các xã Đạ Chais, Phi Liêng, Đinh Trang Thượng. Các đoàn thể phối hợp tập huấn kỹ thuật trồng cà phê, rau an toàn cho 245 người có uy tín và hơn 1.100 hội viên.
Ông Võ Hồng Minh, Ủy viên Thường trực - Trưởng ban Tuyên giáo Ủy ban MTTQ Việt Nam tỉnh, cho biết việc thực hiện Chương trình hành động số 22-CTr/TU của Tỉnh ủy về giảm nghèo bền vững vùng đồng bào dân tộc thiểu số đạt nhiều kết quả; tuy nhiên một số hộ được hỗ trợ nhà xong lại bán đất sản xuất, cần có giải pháp vận động căn cơ hơn.
Đồng chí Kơ Să Ha Diệp, HUV, Trưởng Ban Dân vận Huyện ủy Lạc Dương, cho biết qua vận động, 37 hộ đồng bào K'Ho đã tự nguyện hiến gần 5.000 m2 đất để mở rộng đường vào các buôn; nhiều chức sắc tôn giáo cùng tham gia vận động giáo dân góp công làm nhà cho hộ nghèo neo đơn.
Trong quý, các cơ quan dân vận đã tiếp 214 lượt công dân, tham gia 9 buổi đối thoại giữa chính quyền với nhân dân về bồi thường, đền bù các dự án thủy điện, hồ chứa nước.
Kết luận giao ban, đồng chí Trương Thị Mỹ Dung yêu cầu quý IV, khối dân vận chuẩn bị tốt Tháng cao điểm "Vì người nghèo", phấn đấu hoàn thành số nhà còn lại trước Tết Nguyên đán; nắm chắc tình hình tư tưởng nhân dân vùng dự án; chuẩn bị nội dung tổng kết công tác dân vận năm 2016.
Hồng Thắm
Tin liên quan
- Lạc Dương: ra mắt mô hình "Buôn Dân vận khéo" (28/09/2016)
- Đam Rông: bàn giao 20 căn nhà Đại đoàn kết cho đồng bào Mông (15/09/2016)
- Giao ban khối dân vận quý II/2016 (08/07/2016)
""", "2016-10-07", "Khối dân vận Lâm Đồng đồng hành cùng đồng bào K'Ho xóa nhà tạm",
E("giao_ban", "2016-Q3", "2016-10-05"),
[P("Trương Thị Mỹ Dung", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Ka H'Riêng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Lâm", "Chủ tịch Hội Nông dân tỉnh"),
 P("Bon Jốc Ha Thu", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Đặng Quốc Vinh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Võ Hồng Minh", "Ủy viên Thường trực - Trưởng ban Tuyên giáo Ủy ban MTTQ Việt Nam tỉnh"),
 P("Kơ Să Ha Diệp", "HUV", "Trưởng Ban Dân vận Huyện ủy Lạc Dương")],
[Q("12 huyện ủy, thành ủy", 12, "huyện ủy, thành ủy"), Q("3,75 tỷ đồng", 3750000000, "đồng"), Q("72,5%", 72.5, "%"),
 Q("126 căn nhà Đại đoàn kết", 126, "căn nhà Đại đoàn kết"), Q("88 căn", 88, "căn"),
 Q("245 người có uy tín", 245, "người có uy tín"), Q("hơn 1.100 hội viên", 1100, "hội viên", "over"),
 Q("37 hộ đồng bào K'Ho", 37, "hộ đồng bào K'Ho"), Q("gần 5.000 m2", 5000, "m2", "approx"),
 Q("214 lượt công dân", 214, "lượt công dân"), Q("9 buổi đối thoại", 9, "buổi đối thoại")],
[D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 14/7/2015"),
 D("Hướng dẫn", "09", "HD/BDVTU", "2016-07-12", "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 09-HD/BDVTU ngày 12/7/2016"),
 D("Chương trình hành động", "22", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 22-CTr/TU")],
[prov("Lâm Đồng"), com("Đạ Chais"), com("Phi Liêng"), com("Đinh Trang Thượng")],
["BAN DÂN VẬN TỈNH ỦY LÂM ĐỒNG", "Vị trí: Trang chủ :: Tin tức :: Hoạt động khối dân vận",
 "Đồng chí Trương Thị Mỹ Dung phát biểu chỉ đạo tại giao ban.", "Dân vận khéo", "Vì người nghèo"],
["Ngày đăng 07/10/2016 | 10:20", "quý III/2016", "quý IV", "9 tháng", "năm 2016"]))

PAGES.append(page("b1236-phuyen-mttq-cuutro-bao12-2017", """
BÁO PHÚ YÊN ONLINE
Trang chủ > Xã hội > Chung tay vì cộng đồng
10/11/2017 - 17:05
Đồng chí Nguyễn Thị Hòa trao quà cho người dân xã Hòa Xuân Tây.
Trao 1.500 suất quà cho người dân vùng bão Đông Hòa, Tây Hòa
(BPY) - Ngày 9/11, đoàn công tác của Ủy ban Trung ương MTTQ Việt Nam do đồng chí Nguyễn Thị Hòa, Phó Chủ tịch - Tổng Thư ký Ủy ban Trung ương MTTQ Việt Nam dẫn đầu đã đến thăm, trao quà cho người dân bị thiệt hại do bão số 12 tại huyện Đông Hòa và huyện Tây Hòa, tỉnh Phú Yên. Cùng đi có đồng chí Huỳnh Lữ Minh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy và đồng chí Nguyễn Thị Kim Loan, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Tại xã Hòa Xuân Tây, xã Hòa Tâm (huyện Đông Hòa) và xã Sơn Thành Đông (huyện Tây Hòa), đoàn đã trao 1.500 suất quà, mỗi suất gồm 10 kg gạo, nhu yếu phẩm và 500.000 đồng tiền mặt, tổng trị giá hơn 1,2 tỷ đồng. Đoàn cũng trao 300 triệu đồng hỗ trợ sửa chữa Trường Tiểu học Hòa Tâm bị tốc mái hoàn toàn.
Theo báo cáo của UBND tỉnh, bão số 12 đổ bộ rạng sáng 4/11 đã làm 14 người chết, 3 người mất tích; hơn 13.000 ngôi nhà bị sập, tốc mái; 320 tàu cá bị chìm, hư hỏng; nhiều diện tích nuôi tôm hùm lồng của ngư dân thị xã Sông Cầu bị cuốn trôi. Ngay sau bão, thực hiện Công điện số 1215/CĐ-TTg của Thủ tướng Chính phủ và Quyết định số 2267/QĐ-UBND ngày 6/11/2017 của UBND tỉnh, tỉnh đã xuất cấp 400 tấn gạo cứu đói.
Đồng chí Nguyễn Thị Kim Loan cho biết đến chiều 9/11, Ban Vận động cứu trợ tỉnh đã tiếp nhận hơn 21 tỷ đồng và nhiều hàng hóa do các tổ chức, cá nhân trong và ngoài nước ủng hộ. Việc phân bổ được thực hiện theo Quy chế phối hợp số 02/QCPH-MTTQ-UBND về vận động, tiếp nhận, phân phối nguồn cứu trợ, bảo đảm công khai, minh bạch; mỗi hộ có nhà bị sập hoàn toàn được hỗ trợ 10 triệu đồng.
Cùng ngày, Hội Chữ thập đỏ tỉnh Phú Yên cũng tiếp nhận 2.000 tấm tôn và 500 thùng mì tôm do Trung ương Hội chuyển đến để kịp thời hỗ trợ các hộ bị tốc mái tại thị xã Sông Cầu và huyện Tuy An.
Thăm hỏi gia đình ông Phạm Văn Rớt ở thôn Phú Hiệp, xã Hòa Tâm, có căn nhà bị bão cuốn bay toàn bộ mái, đồng chí Nguyễn Thị Hòa động viên gia đình vượt qua khó khăn, đề nghị cấp ủy, chính quyền địa phương huy động đoàn viên thanh niên, bộ đội giúp dân dựng lại nhà trước mùa mưa lũ. Đồng chí nhấn mạnh, Mặt trận các cấp phải bảo đảm "tiền, hàng cứu trợ đến tận tay người dân, không để ai bị đói, bị rét".
Ông Phạm Văn Rớt cảm động: "Bão lấy hết nhà cửa, giờ được Mặt trận, bà con chia sẻ, gia đình tôi có thêm niềm tin để làm lại".
Minh Nguyệt
Các tin khác
- Hội LHPN tỉnh trao 200 suất quà cho phụ nữ vùng bão (08/11/2017)
- Sông Cầu: ngư dân gượng dậy sau bão (07/11/2017)
- Phú Yên khẩn trương khắc phục hậu quả bão số 12 (06/11/2017)
""", "2017-11-10", "Trao 1.500 suất quà cho người dân vùng bão Đông Hòa, Tây Hòa",
E("trao_qua", None, "2017-11-09"),
[P("Nguyễn Thị Hòa", "Phó Chủ tịch - Tổng Thư ký Ủy ban Trung ương MTTQ Việt Nam"),
 P("Huỳnh Lữ Minh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Kim Loan", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phạm Văn Rớt")],
[Q("1.500 suất quà", 1500, "suất quà"), Q("10 kg gạo", 10, "kg"), Q("500.000 đồng", 500000, "đồng"),
 Q("hơn 1,2 tỷ đồng", 1200000000, "đồng", "over"), Q("300 triệu đồng", 300000000, "đồng"),
 Q("14 người", 14, "người"), Q("3 người", 3, "người"), Q("hơn 13.000 ngôi nhà", 13000, "ngôi nhà", "over"),
 Q("320 tàu cá", 320, "tàu cá"), Q("400 tấn gạo", 400, "tấn"), Q("hơn 21 tỷ đồng", 21000000000, "đồng", "over"),
 Q("10 triệu đồng", 10000000, "đồng"), Q("2.000 tấm tôn", 2000, "tấm tôn"), Q("500 thùng mì tôm", 500, "thùng mì tôm")],
[D("Quyết định", "2267", "QĐ-UBND", "2017-11-06", "UBND tỉnh", "Quyết định số 2267/QĐ-UBND ngày 6/11/2017"),
 D("Quy chế phối hợp", "02", "QCPH-MTTQ-UBND", None, None, "Quy chế phối hợp số 02/QCPH-MTTQ-UBND")],
[prov("Phú Yên"), com("Hòa Xuân Tây"), com("Hòa Tâm"), com("Sơn Thành Đông")],
["BÁO PHÚ YÊN ONLINE", "Trang chủ > Xã hội > Chung tay vì cộng đồng",
 "Đồng chí Nguyễn Thị Hòa trao quà cho người dân xã Hòa Xuân Tây.", "(BPY)", "Công điện số 1215/CĐ-TTg",
 "Trường Tiểu học Hòa Tâm"],
["10/11/2017 - 17:05", "bão số 12", "rạng sáng 4/11", "chiều 9/11"]))

PAGES.append(page("b1237-tayninh-chauthanh-doithoai-2018", """
BÁO TÂY NINH ONLINE
Chính trị - Xã hội | Dân vận chính quyền
Thứ Năm, 16/08/2018, 07:45
Châu Thành: Người dân vùng biên kiến nghị về hỗ trợ nhà ở, giảm nghèo
Sáng 15/8, tại xã Hòa Hội, UBND huyện Châu Thành (tỉnh Tây Ninh) phối hợp với Ủy ban MTTQ Việt Nam huyện tổ chức hội nghị đối thoại giữa người đứng đầu chính quyền với nhân dân năm 2018. Ông Lê Minh Thới, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện và bà Võ Thị Kim Quy, Chủ tịch Ủy ban MTTQ Việt Nam huyện đồng chủ trì. Tham dự có gần 250 người dân 3 xã biên giới Hòa Hội, Hòa Thạnh, Ninh Điền.
Quang cảnh buổi đối thoại tại xã Hòa Hội.
Hội nghị được tổ chức theo Kế hoạch số 78-KH/HU của Ban Thường vụ Huyện ủy, thực hiện Chỉ thị số 17-CT/TU, 18-CT/TU của Ban Thường vụ Tỉnh ủy và Nghị định số 04/2015/NĐ-CP của Chính phủ về thực hiện dân chủ trong hoạt động của cơ quan hành chính nhà nước và đơn vị sự nghiệp công lập.
Mở đầu, ông Lê Minh Thới thông tin: 3 xã biên giới hiện còn 215 hộ nghèo, trong đó 46 hộ đang ở nhà tạm. Năm 2018, huyện hỗ trợ xây mới 52 căn nhà tình thương với mức 40 triệu đồng/căn từ nguồn vận động xã hội hóa; tỷ lệ hộ nghèo toàn huyện giảm còn 2,16%.
Tại hội nghị, 17 ý kiến của người dân được nêu trực tiếp. Ông Nguyễn Văn Út, ngụ ấp Bến Cừ, xã Ninh Điền, phản ánh nhiều hộ ở gần đường tuần tra biên giới chưa được cấp giấy chứng nhận quyền sử dụng đất nên không đủ điều kiện vay vốn làm nhà. Bà Thị Sà Ri, người dân tộc Khmer ở ấp Bố Lớn, xã Hòa Hội, đề nghị xem xét hỗ trợ con em hộ nghèo học nghề, tìm việc làm tại các khu công nghiệp. Một số ý kiến đề nghị nâng cấp tuyến đường đất đỏ liên ấp dài hơn 4 km thường lầy lội vào mùa mưa.
Trả lời các ý kiến, ông Lê Minh Thới tiếp thu và giao Phòng Tài nguyên và Môi trường rà soát, hoàn thành cấp giấy chứng nhận cho các hộ đủ điều kiện trong quý IV; giao Phòng Lao động - Thương binh và Xã hội phối hợp doanh nghiệp tổ chức phiên giao dịch việc làm lưu động tại xã. Riêng tuyến đường liên ấp, huyện sẽ đưa vào kế hoạch đầu tư năm 2019 theo phương thức "Nhà nước và nhân dân cùng làm".
Bà Võ Thị Kim Quy cho biết Ủy ban MTTQ huyện sẽ giám sát việc giải quyết các kiến nghị và vận động các nhà hảo tâm hỗ trợ thêm 10 căn nhà Đại đoàn kết cho hộ nghèo dân tộc thiểu số trong năm.
Kết thúc hội nghị, 14/17 ý kiến đã được trả lời trực tiếp, 3 ý kiến còn lại được giao các ngành chuyên môn trả lời bằng văn bản.
Trung Hiếu
Tin khác
- Trảng Bàng: đối thoại với công nhân về tiền lương, bảo hiểm (09/08/2018)
- Ủy ban MTTQ tỉnh trao nhà Đại đoàn kết tại Tân Biên (02/08/2018)
- Bến Cầu: chăm lo cho hộ nghèo vùng biên (25/07/2018)
""", "2018-08-16", "Châu Thành: Người dân vùng biên kiến nghị về hỗ trợ nhà ở, giảm nghèo",
E("doi_thoai", "2018", "2018-08-15"),
[P("Lê Minh Thới", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"),
 P("Võ Thị Kim Quy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Nguyễn Văn Út"),
 P("Thị Sà Ri")],
[Q("gần 250 người dân", 250, "người dân", "approx"), Q("3 xã biên giới", 3, "xã biên giới"),
 Q("215 hộ nghèo", 215, "hộ nghèo"), Q("46 hộ", 46, "hộ"), Q("52 căn nhà tình thương", 52, "căn nhà tình thương"),
 Q("40 triệu đồng", 40000000, "đồng"), Q("2,16%", 2.16, "%"), Q("17 ý kiến", 17, "ý kiến"),
 Q("hơn 4 km", 4, "km", "over"), Q("10 căn nhà Đại đoàn kết", 10, "căn nhà Đại đoàn kết"),
 Q("14/17 ý kiến", 14, "ý kiến"), Q("3 ý kiến", 3, "ý kiến")],
[D("Kế hoạch", "78", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 78-KH/HU"),
 D("Chỉ thị", "17", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 17-CT/TU"),
 D("Chỉ thị", "18", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "18-CT/TU"),
 D("Nghị định", "04", "2015/NĐ-CP", None, "Chính phủ", "Nghị định số 04/2015/NĐ-CP")],
[prov("Tây Ninh"), com("Hòa Hội"), com("Hòa Thạnh"), com("Ninh Điền")],
["BÁO TÂY NINH ONLINE", "Chính trị - Xã hội | Dân vận chính quyền", "Quang cảnh buổi đối thoại tại xã Hòa Hội.",
 "Nhà nước và nhân dân cùng làm"],
["Thứ Năm, 16/08/2018, 07:45", "năm 2018", "quý IV", "năm 2019", "trong năm"]))

PAGES.append(page("b1238-daknong-mttq-taphuan-ansinh-2018", """
Ủy ban MTTQ Việt Nam tỉnh Đắk Nông
Trang chủ › Tin hoạt động › Tập huấn, bồi dưỡng
12.04.2018 | 15:30
Ảnh: Các học viên tham gia thảo luận nhóm.
Nâng cao kỹ năng vận động Quỹ "Vì người nghèo" cho cán bộ Mặt trận cơ sở
Trong 2 ngày 10 và 11/4, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Đắk Nông tổ chức lớp tập huấn nghiệp vụ công tác vận động, quản lý Quỹ "Vì người nghèo" và an sinh xã hội năm 2018. Tham dự có 120 học viên là Chủ tịch, Phó Chủ tịch Ủy ban MTTQ 71 xã, phường, thị trấn và cán bộ chuyên trách Mặt trận cấp huyện.
Phát biểu khai mạc, đồng chí Lê Thị Hường, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh nhấn mạnh, năm 2017 Quỹ "Vì người nghèo" các cấp trong tỉnh vận động được 6,4 tỷ đồng, hỗ trợ xây dựng 197 căn nhà Đại đoàn kết; tuy nhiên tỷ lệ hộ nghèo đồng bào dân tộc thiểu số tại chỗ vẫn còn 23,5%, cao gấp nhiều lần mức bình quân chung của tỉnh.
Các học viên được các đồng chí Ủy viên Thường trực Ủy ban MTTQ Việt Nam tỉnh: Trần Văn Tịnh, H'Loan Bing truyền đạt các chuyên đề về Hướng dẫn số 27/HD-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam về quản lý, sử dụng Quỹ "Vì người nghèo"; kỹ năng lập danh sách, bình xét công khai hộ được hỗ trợ; cách phối hợp với chính quyền trong triển khai Quyết định số 33/2015/QĐ-TTg ngày 10/8/2015 của Thủ tướng Chính phủ về chính sách hỗ trợ nhà ở đối với hộ nghèo. Phó Giám đốc Sở Lao động - Thương binh và Xã hội Nguyễn Đức Hưng giới thiệu quy trình rà soát hộ nghèo, hộ cận nghèo hằng năm.
Lớp tập huấn cũng dành thời gian để học viên trao đổi kinh nghiệm. Ông Điểu Đăm, Chủ tịch Ủy ban MTTQ xã Đắk R'Măng, cho biết xã có trên 60% dân số là đồng bào M'nông và đồng bào các dân tộc thiểu số phía Bắc di cư tự do; năm qua Mặt trận xã vận động được 93 triệu đồng, cùng với nguồn hỗ trợ của huyện làm 8 căn nhà cho hộ nghèo. Bà Thị Hoa, Phó Chủ tịch Ủy ban MTTQ xã Quảng Sơn, chia sẻ cách vận động các chủ trang trại, doanh nghiệp nhận đỡ đầu hộ nghèo theo Quy chế phối hợp số 05/QCPH-MTTQ-LĐTBXH.
Nhiều ý kiến kiến nghị tỉnh sớm có hướng dẫn thống nhất về mức hỗ trợ làm nhà từ Quỹ, vì hiện nay mỗi huyện áp dụng một mức, có nơi hỗ trợ 30 triệu đồng, có nơi tới 45 triệu đồng mỗi căn, gây so bì trong nhân dân.
Bế mạc lớp học, đồng chí Lê Thị Hường đề nghị các học viên vận dụng kiến thức vào thực tiễn, phấn đấu năm 2018 mỗi xã xây dựng ít nhất 2 căn nhà Đại đoàn kết, toàn tỉnh vận động Quỹ đạt trên 7 tỷ đồng.
Y Khoa
Lượt đọc: 388
Xem thêm
- Ủy ban MTTQ tỉnh bàn giao nhà Đại đoàn kết tại xã Nâm N'Jang (30/03/2018)
- Hội nghị Ủy ban MTTQ tỉnh lần thứ 8, khóa VIII (20/01/2018)
- Tổng kết công tác Mặt trận năm 2017 (28/12/2017)
""", "2018-04-12", "Nâng cao kỹ năng vận động Quỹ \"Vì người nghèo\" cho cán bộ Mặt trận cơ sở",
E("tap_huan", "2018", "2018-04-10"),
[P("Lê Thị Hường", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Văn Tịnh", "Ủy viên Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("H'Loan Bing", "Ủy viên Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Đức Hưng", "Phó Giám đốc Sở Lao động - Thương binh và Xã hội"),
 P("Điểu Đăm", "Chủ tịch Ủy ban MTTQ xã Đắk R'Măng"),
 P("Thị Hoa", "Phó Chủ tịch Ủy ban MTTQ xã Quảng Sơn")],
[Q("120 học viên", 120, "học viên"), Q("71 xã, phường, thị trấn", 71, "xã, phường, thị trấn"),
 Q("6,4 tỷ đồng", 6400000000, "đồng"), Q("197 căn nhà Đại đoàn kết", 197, "căn nhà Đại đoàn kết"),
 Q("23,5%", 23.5, "%"), Q("trên 60%", 60, "%", "over"), Q("93 triệu đồng", 93000000, "đồng"),
 Q("8 căn nhà", 8, "căn nhà"), Q("2 căn nhà Đại đoàn kết", 2, "căn nhà Đại đoàn kết", "over"),
 Q("trên 7 tỷ đồng", 7000000000, "đồng", "over"), Q("30 triệu đồng", 30000000, "đồng"), Q("45 triệu đồng", 45000000, "đồng")],
[D("Hướng dẫn", "27", "HD-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 27/HD-MTTW-BTT"),
 D("Quyết định", "33", "2015/QĐ-TTg", "2015-08-10", "Thủ tướng Chính phủ", "Quyết định số 33/2015/QĐ-TTg ngày 10/8/2015"),
 D("Quy chế phối hợp", "05", "QCPH-MTTQ-LĐTBXH", None, None, "Quy chế phối hợp số 05/QCPH-MTTQ-LĐTBXH")],
[prov("Đắk Nông"), com("Đắk R'Măng"), com("Quảng Sơn")],
["Ủy ban MTTQ Việt Nam tỉnh Đắk Nông", "Trang chủ › Tin hoạt động › Tập huấn, bồi dưỡng",
 "Ảnh: Các học viên tham gia thảo luận nhóm.", "Vì người nghèo", "Lượt đọc: 388"],
["12.04.2018 | 15:30", "Trong 2 ngày 10 và 11/4", "năm 2018", "năm 2017", "Lượt đọc: 388"]))

PAGES.append(page("b1239-binhduong-mttq-tongket-2019", """
BÁO BÌNH DƯƠNG ONLINE
Trang chủ › Chính trị › Mặt trận
20/12/2019 16:45
Ảnh: Quang cảnh hội nghị.
Mặt trận Bình Dương vận động hơn 52 tỷ đồng chăm lo người nghèo
(BDO) Chiều 19/12, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị tổng kết công tác Mặt trận năm 2019, triển khai chương trình phối hợp và thống nhất hành động năm 2020. Dự hội nghị có đồng chí Võ Hồng Thạch, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Trần Thị Lệ Thủy, Phó Chủ tịch UBND tỉnh. Đồng chí Huỳnh Văn Sáu, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Năm 2019, Quỹ "Vì người nghèo" các cấp trong tỉnh vận động được hơn 52 tỷ đồng; từ nguồn quỹ, Mặt trận các cấp đã xây dựng, sửa chữa 265 căn nhà Đại đoàn kết, tặng 780 sổ tiết kiệm, hỗ trợ vốn sản xuất cho 1.430 hộ nghèo, hộ cận nghèo. Ngày hội Đại đoàn kết toàn dân tộc được tổ chức ở 511 khu phố, ấp. Tỷ lệ hộ nghèo theo chuẩn của tỉnh giảm còn 0,45%.
Công tác giám sát, phản biện xã hội được thực hiện theo Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-ĐCTUBTWMTTQVN và Quy chế phối hợp số 04/QCPH-MTTQ-UBND ngày 10/3/2017 giữa Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh với UBND tỉnh. Trong năm, Mặt trận các cấp chủ trì 126 cuộc giám sát, tổ chức 38 hội nghị phản biện xã hội; tham gia góp ý Chương trình hành động số 16-CTr/TU của Tỉnh ủy về phát triển nhà ở xã hội cho công nhân.
Bà Lê Thị Kim Oanh, Chủ tịch Ủy ban MTTQ phường Chánh Phú Hòa (thị xã Bến Cát), chia sẻ mô hình "Tủ bánh mì 0 đồng" và "Nhà trọ nhân ái" giảm giá phòng cho công nhân khó khăn. Ông Nguyễn Hữu Tài, Trưởng Ban Công tác Mặt trận ấp 4, xã Định Hiệp, cho biết ấp vận động được 4 hộ hiến đất làm đường, mỗi hộ hiến trên 200 m2.
Dịp này, đồng chí Nguyễn Thanh Tâm, vừa được hiệp thương cử giữ chức Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, đã trình bày dự thảo chương trình phối hợp năm 2020, trong đó phấn đấu xây dựng 200 căn nhà Đại đoàn kết, vận động quỹ đạt từ 50 tỷ đồng trở lên.
Phát biểu tại hội nghị, đồng chí Võ Hồng Thạch đề nghị Mặt trận các cấp tiếp tục đổi mới nội dung, phương thức hoạt động, hướng mạnh về khu dân cư, nhất là các khu nhà trọ đông công nhân; chủ động chuẩn bị tốt Tết Nguyên đán Canh Tý, bảo đảm mọi người, mọi nhà đều có Tết. Chủ tịch Ủy ban MTTQ tỉnh Huỳnh Văn Sáu tiếp thu và đề nghị các xã, phường, thị trấn, trong đó có xã Minh Hòa và xã Định Hiệp, sớm rà soát danh sách hộ khó khăn về nhà ở.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh trao Bằng khen cho 25 tập thể, 40 cá nhân có thành tích xuất sắc trong công tác Mặt trận năm 2019.
Hồng Phúc
Lượt xem: 2.061
Tin cùng chuyên mục
- Bàu Bàng: khánh thành 15 căn nhà Đại đoàn kết (12/12/2019)
- Dầu Tiếng tổ chức Ngày hội Đại đoàn kết điểm tại xã Minh Tân (14/11/2019)
- Phát động Tháng cao điểm "Vì người nghèo" năm 2019 (17/10/2019)
""", "2019-12-20", "Mặt trận Bình Dương vận động hơn 52 tỷ đồng chăm lo người nghèo",
E("tong_ket", "2019", "2019-12-19"),
[P("Võ Hồng Thạch", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Thị Lệ Thủy", "Phó Chủ tịch UBND tỉnh"),
 P("Huỳnh Văn Sáu", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lê Thị Kim Oanh", "Chủ tịch Ủy ban MTTQ phường Chánh Phú Hòa"),
 P("Nguyễn Hữu Tài", "Trưởng Ban Công tác Mặt trận ấp 4"),
 P("Nguyễn Thanh Tâm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("hơn 52 tỷ đồng", 52000000000, "đồng", "over"), Q("265 căn nhà Đại đoàn kết", 265, "căn nhà Đại đoàn kết"),
 Q("780 sổ tiết kiệm", 780, "sổ tiết kiệm"), Q("1.430 hộ nghèo, hộ cận nghèo", 1430, "hộ nghèo, hộ cận nghèo"),
 Q("511 khu phố, ấp", 511, "khu phố, ấp"), Q("0,45%", 0.45, "%"), Q("126 cuộc giám sát", 126, "cuộc giám sát"),
 Q("38 hội nghị phản biện xã hội", 38, "hội nghị phản biện xã hội"), Q("4 hộ", 4, "hộ"),
 Q("trên 200 m2", 200, "m2", "over"), Q("200 căn nhà Đại đoàn kết", 200, "căn nhà Đại đoàn kết"),
 Q("từ 50 tỷ đồng trở lên", 50000000000, "đồng", "over"), Q("25 tập thể", 25, "tập thể"), Q("40 cá nhân", 40, "cá nhân")],
[D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-ĐCTUBTWMTTQVN", None, None, "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-ĐCTUBTWMTTQVN"),
 D("Quy chế phối hợp", "04", "QCPH-MTTQ-UBND", "2017-03-10", None, "Quy chế phối hợp số 04/QCPH-MTTQ-UBND ngày 10/3/2017"),
 D("Chương trình hành động", "16", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 16-CTr/TU")],
[prov("Bình Dương"), com("Chánh Phú Hòa"), com("Định Hiệp"), com("Minh Hòa")],
["BÁO BÌNH DƯƠNG ONLINE", "Trang chủ › Chính trị › Mặt trận", "Ảnh: Quang cảnh hội nghị.", "(BDO)", "Vì người nghèo",
 "Tủ bánh mì 0 đồng", "Nhà trọ nhân ái", "Lượt xem: 2.061"],
["20/12/2019 16:45", "năm 2019", "năm 2020", "Tủ bánh mì 0 đồng", "ấp 4", "Tết Nguyên đán Canh Tý", "Lượt xem: 2.061"]))

PAGES.append(page("b1240-kontum-mttq-baocao-bao9-2020", """
BÁO KON TUM ĐIỆN TỬ
Xã hội » Chung tay khắc phục hậu quả thiên tai
Thứ Sáu, 06/11/2020 - 08:40
Đã phân bổ hơn 12 tỷ đồng hỗ trợ người dân bị thiệt hại do bão số 9
Ngày 5/11, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Kon Tum ban hành Báo cáo số 214/BC-MTTQ-BTT về kết quả vận động, tiếp nhận và phân bổ nguồn kinh phí ủng hộ khắc phục hậu quả cơn bão số 9 và mưa lũ sau bão.
Lực lượng vũ trang giúp người dân xã Măng Bút khắc phục hậu quả sạt lở. Ảnh: Văn Tài
Theo báo cáo, bão số 9 đã làm 2 người chết, 1.780 ngôi nhà bị tốc mái, hư hỏng, 46 căn nhà bị sập, trôi hoàn toàn; gần 2.950 ha cây trồng bị thiệt hại; nhiều tuyến đường ở huyện Kon Plông, Tu Mơ Rông bị sạt lở, chia cắt. Thiệt hại nặng nhất là xã Măng Bút, xã Đăk Na và xã Ngọk Lây.
Thực hiện Chỉ thị số 42-CT/TW ngày 24/3/2020 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác phòng ngừa, ứng phó, khắc phục hậu quả thiên tai và Hướng dẫn số 26/HD-MTTW-BTT ngày 29/10/2020 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam, Ban Vận động cứu trợ tỉnh đã tiếp nhận 14,37 tỷ đồng, trong đó Ủy ban Trung ương MTTQ Việt Nam phân bổ 5 tỷ đồng; các cơ quan, doanh nghiệp, cá nhân trong tỉnh ủng hộ trên 6,8 tỷ đồng.
Đến ngày 4/11, Ban Vận động cứu trợ đã phân bổ hơn 12 tỷ đồng: hỗ trợ mỗi hộ có nhà bị sập, trôi hoàn toàn 30 triệu đồng; hộ có nhà hư hỏng nặng 10 triệu đồng; gia đình có người chết 20 triệu đồng. Cùng với đó, tỉnh đã xuất 85 tấn gạo theo Quyết định số 1412/QĐ-UBND ngày 30/10/2020 của UBND tỉnh để cứu đói cho 1.120 hộ. Số tiền còn lại 2,1 tỷ đồng sẽ được phân bổ hỗ trợ sửa chữa trường học, nhà văn hóa thôn.
Đồng chí Y Mửi, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Trưởng Ban Vận động cứu trợ tỉnh yêu cầu Ủy ban MTTQ các huyện phân bổ đúng đối tượng, công khai danh sách tại nhà rông, nhà văn hóa; tuyệt đối không để xảy ra tiêu cực, thất thoát.
Đồng chí Lê Thị Hồng Nhung, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Phó Trưởng Ban Thường trực Ban Vận động cứu trợ tỉnh cho biết, Ban đang phối hợp với Sở Xây dựng khảo sát vị trí tái định cư cho 64 hộ có nhà nằm trong vùng nguy cơ sạt lở cao. Mặt trận sẽ tiếp tục vận động để mỗi hộ phải di dời có một căn nhà kiên cố trước mùa mưa năm sau.
Ông A Thuận, Chủ tịch UBND xã Măng Bút, cho biết sau bão xã bị chia cắt 5 ngày, bà con đồng bào Xơ Đăng đã cùng bộ đội mở đường tạm để đưa hàng cứu trợ vào các thôn.
Thực hiện Công điện số 07/CĐ-UBND của UBND tỉnh, các huyện đang tiếp tục di dời dân ra khỏi vùng nguy hiểm.
Văn Tài
Tin liên quan
- Ủy ban MTTQ tỉnh phát động ủng hộ đồng bào bị thiệt hại do bão số 9 (30/10/2020)
- Kon Plông: huy động lực lượng thông tuyến Quốc lộ 24 (01/11/2020)
- Đăk Glei: hỗ trợ 300 hộ dân bị ảnh hưởng mưa lũ (03/11/2020)
""", "2020-11-06", "Đã phân bổ hơn 12 tỷ đồng hỗ trợ người dân bị thiệt hại do bão số 9",
E("bao_cao", None, "2020-11-05"),
[P("Y Mửi", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh",
   "Trưởng Ban Vận động cứu trợ tỉnh"),
 P("Lê Thị Hồng Nhung", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Phó Trưởng Ban Thường trực Ban Vận động cứu trợ tỉnh"),
 P("A Thuận", "Chủ tịch UBND xã Măng Bút")],
[Q("hơn 12 tỷ đồng", 12000000000, "đồng", "over"), Q("2 người", 2, "người"), Q("1.780 ngôi nhà", 1780, "ngôi nhà"),
 Q("46 căn nhà", 46, "căn nhà"), Q("gần 2.950 ha", 2950, "ha", "approx"), Q("14,37 tỷ đồng", 14370000000, "đồng"),
 Q("5 tỷ đồng", 5000000000, "đồng"), Q("trên 6,8 tỷ đồng", 6800000000, "đồng", "over"),
 Q("30 triệu đồng", 30000000, "đồng"), Q("10 triệu đồng", 10000000, "đồng"), Q("20 triệu đồng", 20000000, "đồng"),
 Q("85 tấn gạo", 85, "tấn"), Q("1.120 hộ", 1120, "hộ"), Q("2,1 tỷ đồng", 2100000000, "đồng"), Q("64 hộ", 64, "hộ")],
[D("Báo cáo", "214", "BC-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Kon Tum", "Báo cáo số 214/BC-MTTQ-BTT"),
 D("Chỉ thị", "42", "CT/TW", "2020-03-24", "Ban Bí thư", "Chỉ thị số 42-CT/TW ngày 24/3/2020"),
 D("Hướng dẫn", "26", "HD-MTTW-BTT", "2020-10-29", "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 26/HD-MTTW-BTT ngày 29/10/2020"),
 D("Quyết định", "1412", "QĐ-UBND", "2020-10-30", "UBND tỉnh", "Quyết định số 1412/QĐ-UBND ngày 30/10/2020")],
[prov("Kon Tum"), com("Măng Bút"), com("Đăk Na"), com("Ngọk Lây")],
["BÁO KON TUM ĐIỆN TỬ", "Xã hội » Chung tay khắc phục hậu quả thiên tai",
 "Lực lượng vũ trang giúp người dân xã Măng Bút khắc phục hậu quả sạt lở. Ảnh: Văn Tài", "Công điện số 07/CĐ-UBND"],
["Thứ Sáu, 06/11/2020 - 08:40", "bão số 9", "Đến ngày 4/11", "5 ngày", "mùa mưa năm sau"]))
