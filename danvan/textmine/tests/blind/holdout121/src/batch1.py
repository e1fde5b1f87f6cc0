from lib import *
PAGES = []

PAGES.append(page("b2861-kontum-bdv-tongket-2011", """
BAN DÂN VẬN TỈNH ỦY KON TUM - TRANG THÔNG TIN ĐIỆN TỬ
Trang chủ » Hoạt động » Tin trong tỉnh
Thứ Hai, 26/12/2011 - 09:30
Ảnh: Quang cảnh hội nghị tổng kết.
Phát huy vai trò già làng trong công tác dân vận vùng đồng bào dân tộc thiểu số
Ngày 23/12/2011, Ban Dân vận Tỉnh ủy Kon Tum tổ chức hội nghị tổng kết công tác dân vận năm 2011, triển khai nhiệm vụ năm 2012. Đồng chí A Blúp, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị. Dự hội nghị có 65 đại biểu là lãnh đạo ban dân vận các huyện ủy, thành ủy và đại diện các đoàn thể chính trị - xã hội tỉnh.
Năm 2011, Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 11, 12-CT/TU về phát huy vai trò già làng, người có uy tín và về vận động nhân dân không phá rừng làm rẫy; hướng dẫn thực hiện Quyết định số 18/2011/QĐ-TTg ngày 18/3/2011 của Thủ tướng Chính phủ về chính sách đối với người có uy tín trong đồng bào dân tộc thiểu số. Toàn tỉnh hiện có 731 người có uy tín, trong đó 518 già làng.
Già làng A Hlơi phát biểu tham luận tại hội nghị.
Qua vận động, các già làng đã cùng chính quyền hòa giải thành 47 vụ việc mâu thuẫn trong cộng đồng, vận động 212 hộ trả lại hơn 85 ha đất rừng lấn chiếm. Phong trào "Dân vận khéo" có 94 mô hình ở các thôn, làng; nhân dân đóng góp khoảng 1,2 tỷ đồng và hơn 3.400 ngày công làm đường giao thông nông thôn.
Tại hội nghị, già làng A Hlơi, làng Kon Klor, phường Thắng Lợi, chia sẻ cách làng giữ rừng thiêng bằng luật tục kết hợp với hương ước. Bà Y Xuân, HUV, Trưởng Ban Dân vận Huyện ủy Đắk Glei, kiến nghị tăng phụ cấp cho người có uy tín ở các làng vùng sâu. Ông Nguyễn Hữu Tài, Bí thư Đảng ủy xã Đắk Ui, cho biết xã đã đưa 9 già làng vào tổ hòa giải ở cơ sở.
Phát biểu kết luận, đồng chí A Blúp yêu cầu năm 2012 các cấp tiếp tục thực hiện Quy chế công tác dân vận của hệ thống chính trị theo Quyết định 290-QĐ/TW của Bộ Chính trị; chủ động nắm tình hình, không để kẻ xấu lợi dụng vấn đề dân tộc, tôn giáo; gặp mặt, tặng quà người có uy tín trước Tết Nhâm Thìn.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 8 tập thể và 15 cá nhân. Đồng chí Lê Thị Hà, Phó Trưởng Ban Dân vận Tỉnh ủy, công bố quyết định khen thưởng.
Minh Hương
Số lượt xem: 1.204
Hội nghị cũng thẳng thắn chỉ ra hạn chế: ở một số nơi việc nắm tình hình chưa kịp thời, sinh hoạt của tổ dân vận thôn còn hình thức, cán bộ dân vận cơ sở chưa biết tiếng đồng bào nên khó gần dân. Các đại biểu thống nhất cần chọn những cách làm đơn giản, dễ nhớ, để già làng nói trước, cán bộ làm theo.
Tin liên quan
- Đắk Tô: gặp mặt người có uy tín năm 2011 (15/12/2011)
- Kon Plông ra mắt mô hình "Làng không có người phá rừng" (02/12/2011)
- Ban Dân vận Tỉnh ủy làm việc với Huyện ủy Sa Thầy (18/11/2011)
- Tập huấn nghiệp vụ cho cán bộ dân vận cơ sở năm 2011 (04/11/2011)
""", "2011-12-26", "Phát huy vai trò già làng trong công tác dân vận vùng đồng bào dân tộc thiểu số",
E("tong_ket", "2011", "2011-12-23"),
[P("A Blúp", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("A Hlơi", "già làng"),
 P("Y Xuân", "HUV", "Trưởng Ban Dân vận Huyện ủy Đắk Glei"),
 P("Nguyễn Hữu Tài", "Bí thư Đảng ủy xã Đắk Ui"),
 P("Lê Thị Hà", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("65 đại biểu", 65, "đại biểu"), Q("731 người có uy tín", 731, "người có uy tín"), Q("518 già làng", 518, "già làng"),
 Q("47 vụ việc mâu thuẫn", 47, "vụ việc mâu thuẫn"), Q("212 hộ", 212, "hộ"), Q("hơn 85 ha", 85, "ha", "over"),
 Q("94 mô hình", 94, "mô hình"), Q("khoảng 1,2 tỷ đồng", 1200000000, "đồng", "approx"),
 Q("hơn 3.400 ngày công", 3400, "ngày công", "over"), Q("9 già làng", 9, "già làng"),
 Q("8 tập thể", 8, "tập thể"), Q("15 cá nhân", 15, "cá nhân")],
[D("Chỉ thị", "11", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 11, 12-CT/TU"),
 D("Chỉ thị", "12", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 11, 12-CT/TU"),
 D("Quyết định", "18", "2011/QĐ-TTg", "2011-03-18", "Thủ tướng Chính phủ", "Quyết định số 18/2011/QĐ-TTg ngày 18/3/2011"),
 D("Quyết định", "290", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 290-QĐ/TW")],
[prov("Kon Tum"), com("Thắng Lợi"), com("Đắk Ui")],
["BAN DÂN VẬN TỈNH ỦY KON TUM - TRANG THÔNG TIN ĐIỆN TỬ", "Trang chủ » Hoạt động » Tin trong tỉnh",
 "Ảnh: Quang cảnh hội nghị tổng kết.", "Già làng A Hlơi phát biểu tham luận tại hội nghị.", "Dân vận khéo",
 "Số lượt xem: 1.204", "Tết Nhâm Thìn"],
["Thứ Hai, 26/12/2011 - 09:30", "năm 2011", "năm 2012", "Số lượt xem: 1.204", "Quyết định số 18/2011/QĐ-TTg"]))

PAGES.append(page("b2862-gialai-mttq-traoqua-2012", """
Ủy ban MTTQ Việt Nam tỉnh Gia Lai
Tin tức - Sự kiện / Hoạt động Mặt trận
Cập nhật: 16:05, 18/01/2012 (GMT+7)
Tặng quà Tết cho già làng, người có uy tín ở các plei vùng biên
(MTTQ Gia Lai) - Ngày 16/1, đoàn công tác của Ủy ban MTTQ Việt Nam tỉnh do ông Rơ Mah Tuân, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã đến thăm, tặng quà Tết Nhâm Thìn cho già làng, người có uy tín tại 3 xã biên giới của huyện Đức Cơ và Chư Prông.
Tại xã Ia Dom, đoàn đã tặng 120 suất quà Tết, mỗi suất trị giá 400.000 đồng gồm tiền mặt, gạo và nhu yếu phẩm, cho người có uy tín và hộ nghèo của 6 plei. Tại xã Ia Púch, đoàn tặng 80 suất quà và 2 chiếc ti vi cho nhà rông plei Bang.
Đoàn thăm già làng Rơ Châm Blin, người có uy tín plei Ia Nueng, người hơn 20 năm vận động con cháu không vượt biên trái phép, không nghe theo kẻ xấu tuyên truyền "Nhà nước Đê Ga". Ông Rơ Mah Tuân trao quà và chúc già làng mạnh khỏe, tiếp tục cùng cán bộ giữ yên buôn làng.
Ông Rơ Mah Tuân (bên trái) trao quà cho già làng Rơ Châm Blin. Ảnh: H.Thu
Bà Siu H'Nơ, Chủ tịch Ủy ban MTTQ xã Ia Dom, cho biết năm 2011 Mặt trận xã đã phối hợp với Ngân hàng Chính sách xã hội huyện giải ngân cho 46 hộ vay vốn phát triển sản xuất với tổng số tiền hơn 1,1 tỷ đồng; cùng các già làng vận động 18 hộ trả lại 12,5 ha đất rừng phòng hộ. Toàn xã còn 214 hộ nghèo, chiếm 31,6%.
Dịp này, Ủy ban MTTQ tỉnh cũng trao 5 căn nhà "Đại đoàn kết" cho hộ nghèo, mỗi căn hỗ trợ 25 triệu đồng từ Quỹ "Vì người nghèo" tỉnh. Tổng giá trị quà tặng của đợt công tác khoảng 230 triệu đồng.
Theo kế hoạch số 03-KH/MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, trong dịp Tết này Mặt trận các cấp sẽ thăm, tặng quà toàn bộ 642 già làng, người có uy tín trong tỉnh, phối hợp với Bộ đội Biên phòng tổ chức chương trình "Xuân biên phòng ấm lòng dân bản".
Hồng Thu
Lượt đọc: 532
Trong không khí ấm cúng tại nhà rông, các già làng bày tỏ vui mừng khi được cấp ủy, chính quyền và Mặt trận quan tâm. Nhiều ý kiến mong muốn được hỗ trợ giống cây trồng, vật nuôi và được tập huấn cách chăm sóc cà phê, hồ tiêu để bà con bớt khó khăn, không phải vào rừng khai thác gỗ trái phép. Đoàn công tác ghi nhận và hứa sẽ báo cáo cấp ủy, chính quyền để xem xét, giải quyết trong thời gian tới, đồng thời đề nghị các già làng tiếp tục làm cầu nối giữa Đảng với đồng bào các dân tộc.
Tin khác
- Mặt trận huyện Chư Sê ra mắt khu dân cư tự quản về an ninh trật tự (11/01/2012)
- Hội nghị tổng kết công tác Mặt trận năm 2011 (06/01/2012)
- Trao nhà Đại đoàn kết cho hộ nghèo xã Ia Kriêng (28/12/2011)
- Gặp mặt chức sắc tôn giáo nhân dịp Lễ Giáng sinh (22/12/2011)
- Ia Grai: vận động đồng bào không nghe theo kẻ xấu (15/12/2011)
""", "2012-01-18", "Tặng quà Tết cho già làng, người có uy tín ở các plei vùng biên",
E("trao_qua", None, "2012-01-16"),
[P("Rơ Mah Tuân", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Rơ Châm Blin", "già làng", "người có uy tín plei Ia Nueng"),
 P("Siu H'Nơ", "Chủ tịch Ủy ban MTTQ xã Ia Dom")],
[Q("3 xã biên giới", 3, "xã biên giới"), Q("120 suất quà", 120, "suất quà"), Q("400.000 đồng", 400000, "đồng"),
 Q("6 plei", 6, "plei"), Q("80 suất quà", 80, "suất quà"), Q("2 chiếc ti vi", 2, "chiếc ti vi"),
 Q("46 hộ", 46, "hộ"), Q("hơn 1,1 tỷ đồng", 1100000000, "đồng", "over"), Q("18 hộ", 18, "hộ"),
 Q("12,5 ha", 12.5, "ha"), Q("214 hộ nghèo", 214, "hộ nghèo"), Q("31,6%", 31.6, "%"),
 Q("5 căn nhà", 5, "căn nhà"), Q("25 triệu đồng", 25000000, "đồng"),
 Q("khoảng 230 triệu đồng", 230000000, "đồng", "approx"), Q("642 già làng, người có uy tín", 642, "già làng, người có uy tín")],
[D("Kế hoạch", "03", "KH/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "kế hoạch số 03-KH/MTTQ-BTT")],
[prov("Gia Lai"), com("Ia Dom"), com("Ia Púch")],
["Ủy ban MTTQ Việt Nam tỉnh Gia Lai", "Tin tức - Sự kiện / Hoạt động Mặt trận", "(MTTQ Gia Lai)",
 "Ông Rơ Mah Tuân (bên trái) trao quà cho già làng Rơ Châm Blin. Ảnh: H.Thu", "Nhà nước Đê Ga", "Đại đoàn kết",
 "Vì người nghèo", "Xuân biên phòng ấm lòng dân bản", "Ngân hàng Chính sách xã hội", "Lượt đọc: 532"],
["Cập nhật: 16:05, 18/01/2012 (GMT+7)", "hơn 20 năm", "năm 2011", "Lượt đọc: 532", "Tết Nhâm Thìn"]))

PAGES.append(page("b2863-daklak-huyenuy-giamsat-2013", """
HUYỆN ỦY KRÔNG BÔNG - CỔNG THÔNG TIN ĐIỆN TỬ
Bạn đang ở: Trang chủ > Tin tức > Công tác dân vận
08:40 | 22/08/2013
Giám sát việc thực hiện chính sách đối với người có uy tín
Ngày 20/8/2013, Đoàn giám sát của Ban Dân vận Huyện ủy Krông Bông (tỉnh Đắk Lắk) do đồng chí Y Bhim Mlô, HUV, Trưởng Ban Dân vận Huyện ủy làm trưởng đoàn đã giám sát việc thực hiện chính sách đối với người có uy tín trong đồng bào dân tộc thiểu số tại xã Yang Mao và xã Cư Drăm.
Toàn cảnh buổi giám sát tại xã Yang Mao.
Cuộc giám sát thực hiện theo Kế hoạch số 27-KH/BDVHU ngày 02/8/2013 của Ban Dân vận Huyện ủy, nhằm đánh giá việc triển khai Quyết định 18/2011/QĐ-TTg và Thông tư liên tịch số 01/2012/TTLT-UBDT-BTC ngày 15/5/2012 hướng dẫn chi trả phụ cấp, tặng quà cho người có uy tín.
Theo báo cáo của UBND xã Yang Mao, xã có 14 buôn với 21 người có uy tín. 6 tháng đầu năm 2013, người có uy tín của xã được cấp 21 tờ báo, mỗi người được hỗ trợ 1.500.000 đồng tiền thăm hỏi khi ốm đau; các già làng đã phối hợp hòa giải thành 11 vụ tranh chấp đất rẫy, vận động 37 hộ không phát rừng làm nương. Xã Cư Drăm có 17 người có uy tín, trong đó 3 người là người dân tộc Mông di cư tự do.
Đại diện các buôn, già làng Y Khin Êban, buôn Cư Păm, phản ánh việc thăm hỏi người có uy tín ốm đau còn chậm, có trường hợp sau gần 2 tháng mới được nhận. Ông Nguyễn Văn Hạnh, Phó Chủ tịch UBND xã Cư Drăm, giải trình do thủ tục thanh quyết toán kéo dài và hứa khắc phục trong quý IV.
Kết luận buổi giám sát, đồng chí Y Bhim Mlô đánh giá cao vai trò của người có uy tín trong giữ gìn đất rừng và an ninh buôn làng; đề nghị Đảng ủy, UBND các xã rà soát, bình xét lại danh sách người có uy tín, chi trả đúng, đủ chế độ; thực hiện nghiêm Chỉ thị 05-CT/HU của Ban Thường vụ Huyện ủy về tăng cường quản lý, bảo vệ rừng. Cùng dự có bà H'Lê Niê, Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện, thành viên đoàn giám sát.
Sau giám sát, Ban Dân vận Huyện ủy sẽ báo cáo Ban Thường vụ Huyện ủy và đề nghị UBND huyện cấp bổ sung khoảng 40 triệu đồng để thăm hỏi người có uy tín cuối năm.
H'Ngọc
Nhiều người có uy tín cho biết mong muốn được tham gia các lớp bồi dưỡng kiến thức về pháp luật, về chính sách dân tộc để về buôn tuyên truyền cho bà con hiểu và làm theo. Có ý kiến đề nghị mời người có uy tín dự các cuộc họp của cấp ủy, chính quyền xã khi bàn về đất đai, rừng ở buôn mình, để việc giải quyết được thấu tình, đạt lý và hợp với phong tục của đồng bào.
Tin liên quan
- Krông Bông: hội nghị giao ban công tác dân vận quý II năm 2013 (12/07/2013)
- Ra mắt mô hình "Buôn không có người vượt biên" (25/06/2013)
- Huyện ủy Krông Bông tiếp xúc người có uy tín (04/06/2013)
- Tuyên truyền Luật Bảo vệ và phát triển rừng ở các buôn (20/05/2013)
""", "2013-08-22", "Giám sát việc thực hiện chính sách đối với người có uy tín",
E("giam_sat", None, "2013-08-20"),
[P("Y Bhim Mlô", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Y Khin Êban", "già làng"),
 P("Nguyễn Văn Hạnh", "Phó Chủ tịch UBND xã Cư Drăm"),
 P("H'Lê Niê", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện", "thành viên đoàn giám sát")],
[Q("14 buôn", 14, "buôn"), Q("21 người có uy tín", 21, "người có uy tín"), Q("21 tờ báo", 21, "tờ báo"),
 Q("1.500.000 đồng", 1500000, "đồng"), Q("11 vụ tranh chấp đất rẫy", 11, "vụ tranh chấp đất rẫy"),
 Q("37 hộ", 37, "hộ"), Q("17 người có uy tín", 17, "người có uy tín"), Q("3 người", 3, "người"),
 Q("khoảng 40 triệu đồng", 40000000, "đồng", "approx")],
[D("Kế hoạch", "27", "KH/BDVHU", "2013-08-02", "Ban Dân vận Huyện ủy", "Kế hoạch số 27-KH/BDVHU ngày 02/8/2013"),
 D("Quyết định", "18", "2011/QĐ-TTg", None, None, "Quyết định 18/2011/QĐ-TTg"),
 D("Thông tư liên tịch", "01", "2012/TTLT-UBDT-BTC", "2012-05-15", None, "Thông tư liên tịch số 01/2012/TTLT-UBDT-BTC ngày 15/5/2012"),
 D("Chỉ thị", "05", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 05-CT/HU")],
[prov("Đắk Lắk"), com("Yang Mao"), com("Cư Drăm")],
["HUYỆN ỦY KRÔNG BÔNG - CỔNG THÔNG TIN ĐIỆN TỬ", "Bạn đang ở: Trang chủ > Tin tức > Công tác dân vận",
 "Toàn cảnh buổi giám sát tại xã Yang Mao."],
["08:40 | 22/08/2013", "6 tháng đầu năm 2013", "gần 2 tháng", "quý IV", "Quyết định 18/2011/QĐ-TTg"]))

PAGES.append(page("b2864-daknong-bdv-soket-2014", """
Báo Đắk Nông điện tử
Thời sự › Chính trị › Dân vận
Thứ Sáu, 11/07/2014 - 14:20
Dân vận khéo giúp đồng bào M'nông giữ đất, giữ rừng
Ngày 10/7, tại thị xã Gia Nghĩa, Ban Dân vận Tỉnh ủy Đắk Nông tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2014. Đồng chí Điểu K'Lơ, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.
Các đại biểu dự hội nghị. Ảnh: Thanh Nga
Báo cáo tại hội nghị cho biết, 6 tháng qua khối dân vận đã tập trung triển khai Kết luận 43, 44-KL/TU của Ban Thường vụ Tỉnh ủy về công tác vận động đồng bào dân tộc thiểu số tại chỗ và về giải quyết tình trạng di cư tự do. Ban đã phối hợp tổ chức 2 đợt tiếp xúc với 186 người có uy tín; hướng dẫn các huyện thực hiện Chỉ thị số 01/CT-UBND ngày 06/01/2014 của UBND tỉnh về ngăn chặn phá rừng, lấn chiếm đất rừng.
Nhờ vận động, đồng bào đã giao trả hơn 240 ha đất lâm nghiệp bị lấn chiếm, 1.380 hộ nhận khoán bảo vệ 26.500 ha rừng. Toàn tỉnh có thêm 23 mô hình "Dân vận khéo", nâng tổng số lên 176 mô hình; khoảng 62% số bon, buôn đạt danh hiệu văn hóa.
Tại hội nghị, bà Thị Thanh, HUV, Trưởng Ban Dân vận Huyện ủy Tuy Đức, chia sẻ kinh nghiệm vận động đồng bào M'nông ở bon Bu Prăng trả lại đất rừng đã lấn chiếm. Già làng Điểu Đăm, bon Bu Dăr, xã Quảng Tín, nói: "Rừng là của bon, ai phá rừng là làm mất nước uống của con cháu". Ông Y Thinh Niê, Phó Bí thư Thường trực Đảng ủy xã Đắk R'Moan, đề nghị hỗ trợ giống cây trồng cho hộ nhận khoán.
Phát biểu kết luận, đồng chí Điểu K'Lơ đề nghị 6 tháng cuối năm tiếp tục thực hiện tốt Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới; kịp thời giải quyết 19 vụ việc tranh chấp đất đai còn tồn đọng, không để phát sinh điểm nóng.
Đồng chí Điểu K'Lơ phát biểu chỉ đạo hội nghị.
Hội nghị cũng nghe đồng chí Trần Văn Hùng, Phó Trưởng Ban Dân vận Tỉnh ủy, triển khai kế hoạch số 61-KH/BDVTU về tổ chức giao lưu điển hình "Dân vận khéo" cuối năm.
Thanh Nga
Lượt xem: 2.113
Nhiều ý kiến thảo luận cho rằng nguyên nhân của tình trạng lấn chiếm đất rừng là do đời sống một bộ phận đồng bào còn khó khăn, thiếu đất sản xuất, trong khi việc quản lý đất lâm nghiệp của một số công ty, ban quản lý rừng còn lỏng lẻo. Cán bộ dân vận phải thường xuyên bám bon, bám buôn, ăn, ở cùng bà con mới nắm được tâm tư và có cách vận động phù hợp. Hội nghị thống nhất đề xuất tỉnh có cơ chế giao đất, giao rừng gắn với hỗ trợ sinh kế cho người dân.
Tin cùng chuyên mục
- Đắk Song: tổng kết 10 năm thực hiện Quy chế dân chủ ở cơ sở (04/07/2014)
- Đắk Glong vận động đồng bào không di cư tự do (26/06/2014)
- Tập huấn công tác dân vận cho cán bộ bon, buôn (13/06/2014)
- Cư Jút: bàn giao nhà Đại đoàn kết cho hộ nghèo (30/05/2014)
""", "2014-07-11", "Dân vận khéo giúp đồng bào M'nông giữ đất, giữ rừng",
E("so_ket", "2014-H1", "2014-07-10"),
[P("Điểu K'Lơ", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thị Thanh", "HUV", "Trưởng Ban Dân vận Huyện ủy Tuy Đức"),
 P("Điểu Đăm", "Già làng"),
 P("Y Thinh Niê", "Phó Bí thư Thường trực Đảng ủy xã Đắk R'Moan"),
 P("Trần Văn Hùng", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("2 đợt", 2, "đợt"), Q("186 người có uy tín", 186, "người có uy tín"), Q("hơn 240 ha", 240, "ha", "over"),
 Q("1.380 hộ", 1380, "hộ"), Q("26.500 ha", 26500, "ha"), Q("23 mô hình", 23, "mô hình"), Q("176 mô hình", 176, "mô hình"),
 Q("khoảng 62%", 62, "%", "approx"), Q("19 vụ việc tranh chấp đất đai", 19, "vụ việc tranh chấp đất đai")],
[D("Kết luận", "43", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 43, 44-KL/TU"),
 D("Kết luận", "44", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 43, 44-KL/TU"),
 D("Chỉ thị", "01", "CT-UBND", "2014-01-06", "UBND tỉnh", "Chỉ thị số 01/CT-UBND ngày 06/01/2014"),
 D("Nghị quyết", "25", "NQ/TW", "2013-06-03", "Ban Chấp hành Trung ương", "Nghị quyết số 25-NQ/TW ngày 03/6/2013"),
 D("Kế hoạch", "61", "KH/BDVTU", None, None, "kế hoạch số 61-KH/BDVTU")],
[prov("Đắk Nông"), com("Quảng Tín"), com("Đắk R'Moan")],
["Báo Đắk Nông điện tử", "Thời sự › Chính trị › Dân vận", "Các đại biểu dự hội nghị. Ảnh: Thanh Nga",
 "Đồng chí Điểu K'Lơ phát biểu chỉ đạo hội nghị.", "Dân vận khéo", "Lượt xem: 2.113"],
["Thứ Sáu, 11/07/2014 - 14:20", "6 tháng đầu năm", "6 tháng cuối năm 2014", "Lượt xem: 2.113"]))

PAGES.append(page("b2865-lamdong-xa-daihoi-2015", """
ĐẢNG ỦY XÃ ĐẠ TÔNG - HUYỆN ĐAM RÔNG - TỈNH LÂM ĐỒNG
Trang chủ / Tin tức / Xây dựng Đảng
Ngày đăng 15/06/2015 | 10:45
Đại hội Đảng bộ xã Đạ Tông lần thứ XII, nhiệm kỳ 2015 - 2020 thành công tốt đẹp
Trong hai ngày 12 và 13/6/2015, Đảng bộ xã Đạ Tông (huyện Đam Rông, Lâm Đồng) long trọng tổ chức Đại hội đại biểu lần thứ XII, nhiệm kỳ 2015 - 2020. Về dự có đồng chí Kră Jăn Dũng, HUV, Trưởng Ban Dân vận Huyện ủy Đam Rông và 98 đại biểu đại diện cho 214 đảng viên của 17 chi bộ trực thuộc.
Báo cáo chính trị tại Đại hội nêu rõ, nhiệm kỳ 2010 - 2015, thu nhập bình quân đầu người của xã đạt 18,5 triệu đồng/năm; tỷ lệ hộ nghèo giảm từ 47,3% xuống còn 19,8%; 2.300 ha rừng được giao khoán cho 412 hộ đồng bào Cơ Ho, Mnông quản lý bảo vệ. Thực hiện Nghị quyết số 04-NQ/ĐU của Đảng ủy xã về phát triển cây cà phê, bà con đã trồng mới hơn 150 ha cà phê; Ngân hàng Chính sách xã hội cho 326 lượt hộ vay vốn với dư nợ khoảng 7,6 tỷ đồng.
Quang cảnh Đại hội.
Công tác dân vận có nhiều chuyển biến: 6/6 thôn xây dựng mô hình "Dân vận khéo", già làng, người có uy tín tích cực vận động con cháu không phá rừng làm rẫy, không nghe theo kẻ xấu. Đại hội cũng nêu hạn chế là còn 5 vụ lấn chiếm đất rừng chưa được xử lý dứt điểm.
Phát biểu chỉ đạo, đồng chí Kră Jăn Dũng đề nghị Đảng bộ xã tập trung thực hiện Chỉ thị 36-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp và Kết luận số 11-KL/HU của Ban Thường vụ Huyện ủy về công tác quản lý, bảo vệ rừng gắn với giảm nghèo bền vững.
Đại hội đã bầu 15 đồng chí vào Ban Chấp hành Đảng bộ xã khóa XII. Tại phiên họp thứ nhất, đồng chí Ha Tiêng, Phó Bí thư Đảng ủy xã khóa XI, được tín nhiệm bầu giữ chức Bí thư Đảng ủy xã; các đồng chí Rơ Ông Ha Ni và Nguyễn Văn Quang được bầu giữ chức Phó Bí thư Đảng ủy xã. Đại hội cũng bầu 5 đại biểu đi dự Đại hội Đảng bộ huyện lần thứ III.
Đại hội đề ra mục tiêu đến năm 2020 giảm tỷ lệ hộ nghèo xuống còn 9,5%, 100% thôn có tổ hòa giải với già làng tham gia.
Không khí Đại hội dân chủ, đoàn kết; các đại biểu tập trung thảo luận, đóng góp nhiều ý kiến tâm huyết vào dự thảo báo cáo chính trị, nhất là các giải pháp giữ rừng, giảm nghèo và xây dựng nông thôn mới. Nhiều đảng viên là người đồng bào dân tộc thiểu số phát biểu bằng tiếng mẹ đẻ, được cán bộ xã phiên dịch lại cho đại hội. Đại hội cũng thảo luận, góp ý vào dự thảo văn kiện Đại hội Đảng bộ huyện và dự thảo văn kiện Đại hội Đảng bộ tỉnh.
K'Thủy - Văn phòng Đảng ủy
Lượt truy cập: 15.036
Tin khác
- Hội nghị Ban Chấp hành Đảng bộ xã lần thứ 30 (22/05/2015)
- Đạ Tông ra quân trồng rừng năm 2015 (15/05/2015)
- Kết nạp 4 đảng viên mới là người đồng bào dân tộc thiểu số (30/04/2015)
""", "2015-06-15", "Đại hội Đảng bộ xã Đạ Tông lần thứ XII, nhiệm kỳ 2015 - 2020 thành công tốt đẹp",
E("dai_hoi", None, "2015-06-12"),
[P("Kră Jăn Dũng", "HUV", "Trưởng Ban Dân vận Huyện ủy Đam Rông"),
 P("Ha Tiêng", "Phó Bí thư Đảng ủy xã khóa XI", "Bí thư Đảng ủy xã"),
 P("Rơ Ông Ha Ni", "Phó Bí thư Đảng ủy xã"),
 P("Nguyễn Văn Quang", "Phó Bí thư Đảng ủy xã")],
[Q("98 đại biểu", 98, "đại biểu"), Q("214 đảng viên", 214, "đảng viên"), Q("17 chi bộ trực thuộc", 17, "chi bộ trực thuộc"),
 Q("18,5 triệu đồng", 18500000, "đồng"), Q("47,3%", 47.3, "%"), Q("19,8%", 19.8, "%"), Q("2.300 ha", 2300, "ha"),
 Q("412 hộ đồng bào Cơ Ho, Mnông", 412, "hộ đồng bào Cơ Ho, Mnông"), Q("hơn 150 ha", 150, "ha", "over"),
 Q("326 lượt hộ", 326, "lượt hộ"), Q("khoảng 7,6 tỷ đồng", 7600000000, "đồng", "approx"),
 Q("6/6 thôn", 6, "thôn"), Q("5 vụ lấn chiếm đất rừng", 5, "vụ lấn chiếm đất rừng"), Q("15 đồng chí", 15, "đồng chí"),
 Q("5 đại biểu", 5, "đại biểu"), Q("9,5%", 9.5, "%"), Q("100% thôn", 100, "%")],
[D("Nghị quyết", "04", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết số 04-NQ/ĐU"),
 D("Chỉ thị", "36", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 36-CT/TW"),
 D("Kết luận", "11", "KL/HU", None, "Ban Thường vụ Huyện ủy", "Kết luận số 11-KL/HU")],
[prov("Lâm Đồng"), com("Đạ Tông")],
["ĐẢNG ỦY XÃ ĐẠ TÔNG - HUYỆN ĐAM RÔNG - TỈNH LÂM ĐỒNG", "Trang chủ / Tin tức / Xây dựng Đảng", "Quang cảnh Đại hội.",
 "Dân vận khéo", "Ngân hàng Chính sách xã hội", "Lượt truy cập: 15.036"],
["Ngày đăng 15/06/2015 | 10:45", "lần thứ XII", "nhiệm kỳ 2015 - 2020", "nhiệm kỳ 2010 - 2015", "15 đồng chí",
 "lần thứ III", "Lượt truy cập: 15.036"]))

PAGES.append(page("b2866-kontum-bdv-giaoban-2016", """
Trang thông tin điện tử Ban Dân vận Tỉnh ủy Kon Tum
Vị trí: Trang chủ :: Tin tức :: Hoạt động của Ban
07-10-2016 08:50
Đồng chí Y Ngọc Lan phát biểu tại buổi giao ban.
Kon Tum: Nhân rộng mô hình làng không có người phá rừng
Sáng 06/10, Ban Dân vận Tỉnh ủy tổ chức giao ban công tác dân vận quý III năm 2016 với ban dân vận các huyện ủy, thành ủy và các đảng ủy trực thuộc. Đồng chí Y Ngọc Lan, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy chủ trì.
Trong quý, các cấp đã vận động 1.046 hộ đồng bào Xơ Đăng, Ba Na, Gia Rai ký cam kết không phá rừng, không mua bán, sang nhượng đất trái phép; 27 làng xây dựng mô hình "Làng không có người phá rừng". Ban Dân vận các cấp tiếp nhận 34 đơn thư, đã phối hợp giải quyết 30 đơn; nắm 4 vụ tụ tập đông người liên quan tranh chấp đất rẫy tại huyện Ngọc Hồi và Sa Thầy.
Thực hiện Kế hoạch số 58-KH/TU, 59-KH/TU của Tỉnh ủy về triển khai Nghị quyết Đại hội XII của Đảng và về công tác dân vận với người có uy tín, các huyện đã tổ chức 12 lớp bồi dưỡng cho 840 già làng, người có uy tín; ngân sách chi khoảng 380 triệu đồng.
Tại buổi giao ban, ông A Thút, HUV, Trưởng Ban Dân vận Huyện ủy Kon Plông, cho biết già làng A Nhơ, làng Kon Vang, xã Đắk Tăng, đã vận động 15 hộ trả lại 9 ha rừng đã phát. Bà Y Thu, Chủ tịch Hội LHPN xã Ya Xiêr, nêu việc vận động chị em vay vốn nuôi bò: 52 hộ vay hơn 1,5 tỷ đồng, mỗi hộ tối đa 30 triệu đồng.
Kết luận, đồng chí Y Ngọc Lan đề nghị các địa phương trong quý IV tập trung triển khai Quyết định số 1082/QĐ-UBND ngày 28/9/2016 của UBND tỉnh về giao khoán bảo vệ rừng cho cộng đồng làng; phát huy vai trò người có uy tín trong phòng, chống tuyên truyền đạo trái pháp luật; chuẩn bị sơ kết 3 năm thực hiện Chỉ thị 49-CT/TW của Ban Bí thư.
Tham dự có ông Đinh Văn Thạch, Phó Trưởng ban Dân tộc tỉnh.
Các đại biểu cũng nêu khó khăn: một số làng vùng sâu đi lại khó khăn trong mùa mưa; cán bộ dân vận xã thường xuyên thay đổi, kiêm nhiệm nhiều việc; việc phối hợp giữa các đoàn thể với lực lượng kiểm lâm, công an xã có lúc chưa chặt chẽ. Một số đối tượng vẫn lén lút vào rừng phá rẫy rồi bán lại đất cho người nơi khác đến, gây bức xúc trong nhân dân.
Kim Loan
Lượt xem: 746
Tin khác
- Ban Dân vận Tỉnh ủy làm việc với Đảng ủy Công ty Lâm nghiệp Đăk Tô (30/09/2016)
- Đăk Hà ra mắt mô hình "Dân vận khéo" trong phát triển sâm Ngọc Linh (20/09/2016)
- Gặp mặt người có uy tín các huyện biên giới (09/09/2016)
- Tu Mơ Rông: vận động đồng bào xóa bỏ hủ tục (26/08/2016)
- Giao ban công tác dân vận quý II năm 2016 (08/07/2016)
- Ngọc Hồi: đối thoại với nhân dân về đất rẫy (01/07/2016)
""", "2016-10-07", "Kon Tum: Nhân rộng mô hình làng không có người phá rừng",
E("giao_ban", "2016-Q3", "2016-10-06"),
[P("Y Ngọc Lan", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("A Thút", "HUV", "Trưởng Ban Dân vận Huyện ủy Kon Plông"),
 P("A Nhơ", "già làng"),
 P("Y Thu", "Chủ tịch Hội LHPN xã Ya Xiêr"),
 P("Đinh Văn Thạch", "Phó Trưởng ban Dân tộc tỉnh")],
[Q("1.046 hộ đồng bào Xơ Đăng, Ba Na, Gia Rai", 1046, "hộ đồng bào Xơ Đăng, Ba Na, Gia Rai"), Q("27 làng", 27, "làng"),
 Q("34 đơn thư", 34, "đơn thư"), Q("30 đơn", 30, "đơn"), Q("4 vụ tụ tập đông người", 4, "vụ tụ tập đông người"),
 Q("12 lớp bồi dưỡng", 12, "lớp bồi dưỡng"), Q("840 già làng, người có uy tín", 840, "già làng, người có uy tín"),
 Q("khoảng 380 triệu đồng", 380000000, "đồng", "approx"), Q("15 hộ", 15, "hộ"), Q("9 ha", 9, "ha"),
 Q("52 hộ", 52, "hộ"), Q("hơn 1,5 tỷ đồng", 1500000000, "đồng", "over"), Q("30 triệu đồng", 30000000, "đồng")],
[D("Kế hoạch", "58", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 58-KH/TU, 59-KH/TU"),
 D("Kế hoạch", "59", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 58-KH/TU, 59-KH/TU"),
 D("Quyết định", "1082", "QĐ-UBND", "2016-09-28", "UBND tỉnh", "Quyết định số 1082/QĐ-UBND ngày 28/9/2016"),
 D("Chỉ thị", "49", "CT/TW", None, "Ban Bí thư", "Chỉ thị 49-CT/TW")],
[prov("Kon Tum"), com("Đắk Tăng"), com("Ya Xiêr")],
["Trang thông tin điện tử Ban Dân vận Tỉnh ủy Kon Tum", "Vị trí: Trang chủ :: Tin tức :: Hoạt động của Ban",
 "Đồng chí Y Ngọc Lan phát biểu tại buổi giao ban.", "Làng không có người phá rừng", "Nghị quyết Đại hội XII", "Lượt xem: 746"],
["07-10-2016 08:50", "quý III năm 2016", "quý IV", "3 năm", "Lượt xem: 746", "Đại hội XII"]))
