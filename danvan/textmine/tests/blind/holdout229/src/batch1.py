from lib import *
PAGES = []

PAGES.append(page("b5453-laocai-hoagiai-tongket-2011", """
CỔNG THÔNG TIN ĐIỆN TỬ SỞ TƯ PHÁP TỈNH LÀO CAI
Trang chủ > Tin tức - Sự kiện > Phổ biến, giáo dục pháp luật
Ngày đăng 28/12/2011 | 15:40
Toàn cảnh hội nghị tổng kết.
Lào Cai: 1.512 tổ hòa giải ở cơ sở góp phần giữ bình yên thôn bản
Ngày 27/12/2011, Sở Tư pháp phối hợp với Ủy ban MTTQ tỉnh Lào Cai tổ chức hội nghị tổng kết công tác hòa giải ở cơ sở năm 2011, triển khai nhiệm vụ năm 2012. Dự và chỉ đạo hội nghị có đồng chí Vàng Seo Dìn, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh; đồng chí Lý Thị Sai, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh. Cùng dự có các đồng chí Phó Chủ tịch Ủy ban MTTQ tỉnh: Đặng Thị Mây, Nông Văn Tuấn.
Báo cáo do ông Hoàng Văn Thắm, Giám đốc Sở Tư pháp trình bày cho biết, toàn tỉnh hiện có 1.512 tổ hòa giải với 9.840 hòa giải viên, trong đó 6.215 hòa giải viên là người dân tộc thiểu số. Năm 2011, các tổ hòa giải đã tiếp nhận 1.236 vụ việc, hòa giải thành 1.018 vụ việc, đạt tỷ lệ 82,4%; phần lớn là mâu thuẫn đất đai, hôn nhân gia đình, tranh chấp ranh giới nương rẫy. Không có vụ việc nào để phát sinh thành điểm nóng.
Thực hiện Pháp lệnh số 09/1998/PL-UBTVQH10 của Ủy ban Thường vụ Quốc hội và Kế hoạch số 86/KH-UBND ngày 12/4/2011 của UBND tỉnh, Sở Tư pháp đã mở 18 lớp bồi dưỡng nghiệp vụ cho gần 1.400 lượt hòa giải viên; biên soạn, in song ngữ Việt - Mông 5.000 cuốn sổ tay hòa giải. Ban Thường trực Ủy ban MTTQ tỉnh ban hành Hướng dẫn số 07/HD-MTTQ-BTT về củng cố tổ hòa giải gắn với cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư". Kinh phí hỗ trợ công tác hòa giải cả năm hơn 1,2 tỷ đồng, mức chi cho mỗi vụ việc hòa giải thành là 50.000 đồng.
Tại hội nghị, ông Sùng A Chư, Tổ trưởng Tổ hòa giải thôn Lùng Phình, xã Bản Phố chia sẻ: tổ đã dùng tiếng Mông, mời già làng, trưởng họ cùng ngồi hòa giải nên 11 vụ việc trong năm đều thành. Bà Hoàng Thị Nhung, Chủ tịch Ủy ban MTTQ xã Cốc Lầu, kiến nghị nâng mức hỗ trợ cho hòa giải viên ở vùng đặc biệt khó khăn.
Phát biểu chỉ đạo, đồng chí Lý Thị Sai đề nghị các cấp tiếp tục thực hiện Chỉ thị 11, 12-CT/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận ở vùng đồng bào Mông và về tăng cường hòa giải, giải quyết đơn thư từ cơ sở; gắn hòa giải với trợ giúp pháp lý theo Quyết định số 52/2010/QĐ-TTg của Thủ tướng Chính phủ. Đồng chí Vàng Seo Dìn yêu cầu năm 2012 phấn đấu trên 85% vụ việc được hòa giải thành.
Dịp này, UBND tỉnh tặng Bằng khen cho 15 tập thể và 24 cá nhân có thành tích xuất sắc trong công tác hòa giải ở cơ sở giai đoạn 2009 - 2011.
Minh Khang
Số lượt xem: 1.204
Tin liên quan
- Bắc Hà: ra mắt 12 tổ hòa giải ở thôn vùng cao (05/12/2011)
- Tập huấn kỹ năng hòa giải cho cán bộ Mặt trận cơ sở (18/11/2011)
- Sa Pa hưởng ứng Ngày Pháp luật (09/11/2011)
- Trợ giúp pháp lý lưu động tại xã Bản Vược (20/10/2011)
""", "2011-12-28", "Lào Cai: 1.512 tổ hòa giải ở cơ sở góp phần giữ bình yên thôn bản",
E("tong_ket", "2011", "2011-12-27"),
[P("Vàng Seo Dìn", "Tỉnh ủy viên", "Phó Chủ tịch UBND tỉnh"),
 P("Lý Thị Sai", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Đặng Thị Mây", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Nông Văn Tuấn", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Hoàng Văn Thắm", "Giám đốc Sở Tư pháp"),
 P("Sùng A Chư", "Tổ trưởng Tổ hòa giải thôn Lùng Phình"),
 P("Hoàng Thị Nhung", "Chủ tịch Ủy ban MTTQ xã Cốc Lầu")],
[Q("1.512 tổ hòa giải", 1512, "tổ hòa giải"), Q("9.840 hòa giải viên", 9840, "hòa giải viên"),
 Q("6.215 hòa giải viên", 6215, "hòa giải viên"), Q("1.236 vụ việc", 1236, "vụ việc"), Q("1.018 vụ việc", 1018, "vụ việc"),
 Q("82,4%", 82.4, "%"), Q("18 lớp bồi dưỡng nghiệp vụ", 18, "lớp bồi dưỡng nghiệp vụ"),
 Q("gần 1.400 lượt hòa giải viên", 1400, "lượt hòa giải viên", "approx"), Q("5.000 cuốn sổ tay hòa giải", 5000, "cuốn sổ tay hòa giải"),
 Q("hơn 1,2 tỷ đồng", 1200000000, "đồng", "over"), Q("50.000 đồng", 50000, "đồng"), Q("11 vụ việc", 11, "vụ việc"),
 Q("trên 85%", 85, "%", "over"), Q("15 tập thể", 15, "tập thể"), Q("24 cá nhân", 24, "cá nhân")],
[D("Pháp lệnh", "09", "1998/PL-UBTVQH10", None, "Ủy ban Thường vụ Quốc hội", "Pháp lệnh số 09/1998/PL-UBTVQH10"),
 D("Kế hoạch", "86", "KH-UBND", "2011-04-12", "UBND tỉnh", "Kế hoạch số 86/KH-UBND ngày 12/4/2011"),
 D("Hướng dẫn", "07", "HD-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Hướng dẫn số 07/HD-MTTQ-BTT"),
 D("Chỉ thị", "11", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 11, 12-CT/TU"),
 D("Chỉ thị", "12", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 11, 12-CT/TU"),
 D("Quyết định", "52", "2010/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 52/2010/QĐ-TTg")],
[prov("Lào Cai"), com("Bản Phố"), com("Cốc Lầu")],
["CỔNG THÔNG TIN ĐIỆN TỬ SỞ TƯ PHÁP TỈNH LÀO CAI", "Trang chủ > Tin tức - Sự kiện > Phổ biến, giáo dục pháp luật",
 "Toàn cảnh hội nghị tổng kết.", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Số lượt xem: 1.204"],
["Ngày đăng 28/12/2011 | 15:40", "năm 2011", "năm 2012", "giai đoạn 2009 - 2011", "Số lượt xem: 1.204"]))

PAGES.append(page("b5454-quangtri-huonghoa-taphuan-2012", """
BÁO QUẢNG TRỊ ONLINE
Chính trị » Pháp luật » Hòa giải cơ sở
08:15 | 21/08/2012
Nâng cao kỹ năng cho hòa giải viên vùng đồng bào Vân Kiều, Pa Kô
QTO - Trong hai ngày 19 và 20/8, Phòng Tư pháp huyện Hướng Hóa phối hợp với Ban Dân vận Huyện ủy và Ủy ban MTTQ huyện tổ chức lớp tập huấn nghiệp vụ hòa giải ở cơ sở năm 2012 cho 120 hòa giải viên, trưởng thôn và cán bộ Mặt trận của 12 xã, thị trấn vùng đồng bào dân tộc thiểu số.
Các học viên nghe giảng viên giới thiệu kỹ năng hòa giải. Ảnh: Đ.T
Phát biểu khai mạc, bà Hồ Thị Lọp, HUV, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ huyện Hướng Hóa nhấn mạnh: hòa giải ở cơ sở là "phòng tuyến đầu tiên" giữ đoàn kết trong thôn, bản, nhất là ở nơi đồng bào còn nặng tập quán giải quyết tranh chấp theo luật tục.
Trong 3 chuyên đề, ông Kăn Đúc, Trưởng phòng Tư pháp huyện và bà Lê Thị Hương, Phó Trưởng phòng Tư pháp huyện đã giới thiệu những điểm mới về trình tự hòa giải, cách ghi sổ theo dõi, kỹ năng thuyết phục các bên. Lớp học dành nhiều thời gian trao đổi tình huống về tranh chấp đất rẫy, hôn nhân cận huyết và bạo lực gia đình. Hơn 60% học viên là người Vân Kiều, Pa Kô nên nhiều tình huống được trao đổi bằng tiếng dân tộc.
Theo Phòng Tư pháp, toàn huyện có 148 tổ hòa giải; 6 tháng đầu năm 2012 đã hòa giải 87 vụ việc, thành 69 vụ việc, đạt 79,3%. Huyện đang triển khai Kế hoạch số 34-KH/HU của Ban Thường vụ Huyện ủy về vận động đồng bào xóa bỏ hủ tục, cùng Hướng dẫn 05, 06/HD-PTP của Phòng Tư pháp về củng cố tổ hòa giải và lập sổ theo dõi vụ việc.
Ông Hồ Văn Chiên, Trưởng thôn Xa Re, xã Hướng Phùng cho biết, thôn có 146 hộ, hầu hết là đồng bào Vân Kiều; năm qua tổ hòa giải thôn kịp thời giải quyết 9 vụ mâu thuẫn ranh giới rẫy, không để đơn thư vượt cấp. Ông Pả Xi, người có uy tín bản Cợp, xã A Túc đề nghị huyện in thêm tài liệu bằng tiếng Vân Kiều.
Mỗi học viên được hỗ trợ 100.000 đồng/ngày và nhận một bộ tài liệu. Kết thúc lớp học, các đồng chí Phó Chủ tịch Ủy ban MTTQ huyện Hướng Hóa: Hồ Văn Hùng, Nguyễn Thị Thanh Hà đã trao giấy chứng nhận cho học viên, đồng thời đề nghị các xã, thị trấn Khe Sanh tổ chức sinh hoạt chuyên đề về hòa giải trước ngày 30/9.
Theo đánh giá của Sở Tư pháp tỉnh Quảng Trị, hoạt động hòa giải ở các huyện miền núi Hướng Hóa, Đakrông còn gặp khó khăn do địa bàn rộng, giao thông cách trở, nhiều hòa giải viên lớn tuổi, trình độ hạn chế. Vì vậy, sau lớp tập huấn này, huyện sẽ chọn mỗi xã một tổ hòa giải làm điểm, phân công cán bộ Tư pháp - Hộ tịch trực tiếp theo dõi, hướng dẫn ghi chép sổ sách và báo cáo hằng quý.
Đăng Tú
Tin khác
- Đakrông: trợ giúp pháp lý cho 200 hộ đồng bào Pa Kô (14/08/2012)
- Hướng Hóa vận động đồng bào giao nộp vũ khí, vật liệu nổ (02/08/2012)
- Mặt trận huyện Hướng Hóa tổ chức ngày hội đại đoàn kết (20/07/2012)
""", "2012-08-21", "Nâng cao kỹ năng cho hòa giải viên vùng đồng bào Vân Kiều, Pa Kô",
E("tap_huan", "2012", "2012-08-19"),
[P("Hồ Thị Lọp", "HUV", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ huyện Hướng Hóa"),
 P("Kăn Đúc", "Trưởng phòng Tư pháp huyện"),
 P("Lê Thị Hương", "Phó Trưởng phòng Tư pháp huyện"),
 P("Hồ Văn Chiên", "Trưởng thôn Xa Re"),
 P("Pả Xi", "người có uy tín bản Cợp"),
 P("Hồ Văn Hùng", "Phó Chủ tịch Ủy ban MTTQ huyện Hướng Hóa"),
 P("Nguyễn Thị Thanh Hà", "Phó Chủ tịch Ủy ban MTTQ huyện Hướng Hóa")],
[Q("120 hòa giải viên", 120, "hòa giải viên"), Q("12 xã, thị trấn", 12, "xã, thị trấn"),
 Q("3 chuyên đề", 3, "chuyên đề"), Q("Hơn 60%", 60, "%", "over"), Q("148 tổ hòa giải", 148, "tổ hòa giải"),
 Q("87 vụ việc", 87, "vụ việc"), Q("69 vụ việc", 69, "vụ việc"), Q("79,3%", 79.3, "%"), Q("146 hộ", 146, "hộ"),
 Q("9 vụ mâu thuẫn ranh giới rẫy", 9, "vụ mâu thuẫn ranh giới rẫy"), Q("100.000 đồng", 100000, "đồng")],
[D("Kế hoạch", "34", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 34-KH/HU"),
 D("Hướng dẫn", "05", "HD-PTP", None, "Phòng Tư pháp", "Hướng dẫn 05, 06/HD-PTP"),
 D("Hướng dẫn", "06", "HD-PTP", None, "Phòng Tư pháp", "Hướng dẫn 05, 06/HD-PTP")],
[prov("Quảng Trị"), com("Hướng Phùng"), com("A Túc"), com("Khe Sanh")],
["BÁO QUẢNG TRỊ ONLINE", "Chính trị » Pháp luật » Hòa giải cơ sở", "Các học viên nghe giảng viên giới thiệu kỹ năng hòa giải. Ảnh: Đ.T",
 "QTO", "phòng tuyến đầu tiên"],
["08:15 | 21/08/2012", "năm 2012", "6 tháng đầu năm 2012", "một bộ tài liệu", "ngày 30/9"]))

PAGES.append(page("b5455-gialai-trogiupphaply-traoqua-2013", """
Báo Gia Lai điện tử
Trang chủ / Xã hội / Trợ giúp pháp lý
Cập nhật: 16:20, 14/01/2013 (GMT+7)
Mang pháp luật và quà Tết đến buôn làng Ia Ka
Trao 150 suất quà cho hộ nghèo xã Ia Ka.
(GLO) - Ngày 12/1, Trung tâm Trợ giúp pháp lý nhà nước tỉnh phối hợp với Ban Dân vận Huyện ủy Chư Păh và Ủy ban MTTQ xã Ia Ka tổ chức buổi trợ giúp pháp lý lưu động, đồng thời trao 150 suất quà Tết cho hộ nghèo, hộ đồng bào Jrai có hoàn cảnh khó khăn ở xã Ia Ka.
Tham dự có ông Rơ Mah Blếch, HUV, Trưởng Ban Dân vận Huyện ủy Chư Păh; bà Ksor H'Nhí, Giám đốc Trung tâm Trợ giúp pháp lý nhà nước tỉnh; ông Siu Đoan, Bí thư Đảng ủy xã Ia Ka.
Tại buổi trợ giúp pháp lý, các trợ giúp viên pháp lý đã tư vấn cho 42 trường hợp về đất đai, thừa kế, hôn nhân và chế độ chính sách; tiếp nhận 7 vụ việc cần cử người tham gia tố tụng. Gần 300 lượt người dân dự buổi tuyên truyền, được phát 500 tờ gấp pháp luật in song ngữ Việt - Jrai. Bà Ksor H'Nhí cho biết, năm 2012 Trung tâm đã thực hiện 1.126 vụ việc trợ giúp pháp lý, trong đó 68% người được trợ giúp là đồng bào dân tộc thiểu số; tổ chức 26 đợt trợ giúp lưu động tại các xã đặc biệt khó khăn theo Quyết định số 52/2010/QĐ-TTg của Thủ tướng Chính phủ và Nghị định số 07/2007/NĐ-CP.
Ông Rah Lan Hiêng, người có uy tín làng Klăh, xã Ia Ka, nói bằng tiếng Jrai với bà con: "Có việc gì chưa hiểu về đất, về con cái thì hỏi cán bộ pháp luật, đừng nghe kẻ xấu xúi giục". Ông Siu Đoan cho biết xã có 1.860 hộ, trong đó 412 hộ nghèo; 6 tháng qua tổ hòa giải các làng đã hòa giải thành 15 vụ việc mâu thuẫn trong cộng đồng.
Mỗi suất quà gồm gạo, dầu ăn, bánh kẹo và tiền mặt, trị giá 400.000 đồng; tổng trị giá 60 triệu đồng, do Trung tâm vận động các nhà hảo tâm ủng hộ. Dịp này, Ban Dân vận Huyện ủy Chư Păh cũng trao tặng 2 chiếc xe đạp cho học sinh nghèo vượt khó.
Theo Kế hoạch số 12/KH-TGPL ngày 3/1/2013 của Trung tâm Trợ giúp pháp lý nhà nước tỉnh, năm 2013 sẽ tổ chức 30 đợt trợ giúp pháp lý lưu động, ưu tiên các xã biên giới thuộc huyện Đức Cơ, Ia Grai và các làng có đồng bào theo đạo Tin lành.
Chị Rơ Châm H'Yơn, một người dân làng Klăh, cho biết gia đình chị có tranh chấp ranh giới rẫy cà phê với hộ bên cạnh đã hai năm chưa dứt. Sau khi được trợ giúp viên pháp lý giải thích quy định về quyền sử dụng đất và hướng dẫn làm đơn đề nghị tổ hòa giải làng giải quyết, chị yên tâm hơn. "Trước đây mình không biết hỏi ai, giờ có cán bộ về tận làng nói bằng tiếng Jrai nên dễ hiểu", chị nói.
Hoàng Ngọc
Tin liên quan
- Chư Păh: ra mắt câu lạc bộ trợ giúp pháp lý tại xã Nghĩa Hưng (28/12/2012)
- Ia Grai: tuyên truyền Luật Trợ giúp pháp lý cho người có uy tín (15/12/2012)
- Trao 200 suất quà cho hộ nghèo huyện Kông Chro (07/12/2012)
""", "2013-01-14", "Mang pháp luật và quà Tết đến buôn làng Ia Ka",
E("trao_qua", None, "2013-01-12"),
[P("Rơ Mah Blếch", "HUV", "Trưởng Ban Dân vận Huyện ủy Chư Păh"),
 P("Ksor H'Nhí", "Giám đốc Trung tâm Trợ giúp pháp lý nhà nước tỉnh"),
 P("Siu Đoan", "Bí thư Đảng ủy xã Ia Ka"),
 P("Rah Lan Hiêng", "người có uy tín làng Klăh"),
 P("Rơ Châm H'Yơn")],
[Q("150 suất quà", 150, "suất quà"), Q("42 trường hợp", 42, "trường hợp"), Q("7 vụ việc", 7, "vụ việc"),
 Q("Gần 300 lượt người dân", 300, "lượt người dân", "approx"), Q("500 tờ gấp pháp luật", 500, "tờ gấp pháp luật"),
 Q("1.126 vụ việc trợ giúp pháp lý", 1126, "vụ việc trợ giúp pháp lý"), Q("68%", 68, "%"), Q("26 đợt trợ giúp lưu động", 26, "đợt trợ giúp lưu động"),
 Q("1.860 hộ", 1860, "hộ"), Q("412 hộ nghèo", 412, "hộ nghèo"), Q("15 vụ việc mâu thuẫn", 15, "vụ việc mâu thuẫn"),
 Q("400.000 đồng", 400000, "đồng"), Q("60 triệu đồng", 60000000, "đồng"), Q("2 chiếc xe đạp", 2, "chiếc xe đạp"),
 Q("30 đợt trợ giúp pháp lý lưu động", 30, "đợt trợ giúp pháp lý lưu động")],
[D("Quyết định", "52", "2010/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 52/2010/QĐ-TTg"),
 D("Nghị định", "07", "2007/NĐ-CP", None, None, "Nghị định số 07/2007/NĐ-CP"),
 D("Kế hoạch", "12", "KH-TGPL", "2013-01-03", "Trung tâm Trợ giúp pháp lý nhà nước tỉnh", "Kế hoạch số 12/KH-TGPL ngày 3/1/2013")],
[prov("Gia Lai"), com("Ia Ka")],
["Báo Gia Lai điện tử", "Trang chủ / Xã hội / Trợ giúp pháp lý", "Trao 150 suất quà cho hộ nghèo xã Ia Ka.", "(GLO)",
 "Tin lành"],
["Cập nhật: 16:20, 14/01/2013 (GMT+7)", "năm 2012", "năm 2013", "6 tháng qua"]))

PAGES.append(page("b5456-soctrang-myxuyen-soket-2014", """
BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG - TRANG THÔNG TIN ĐIỆN TỬ
Bạn đang ở: Trang chủ :: Dân vận chính quyền :: Hòa giải cơ sở
Thứ Hai, 14/07/2014 - 09:30
Ảnh: Đồng chí Thạch Sô Khanh phát biểu tại hội nghị.
Mỹ Xuyên: Hòa giải thành gần 90% vụ việc mâu thuẫn ở các ấp, khóm
Ngày 11/7, Ban Dân vận Huyện ủy Mỹ Xuyên phối hợp Phòng Tư pháp huyện tổ chức hội nghị sơ kết công tác dân vận chính quyền và hòa giải ở cơ sở 6 tháng đầu năm 2014. Đồng chí Thạch Sô Khanh, Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện Mỹ Xuyên dự và chỉ đạo hội nghị; đồng chí Lý Thị Sa Phiên, HUV, Trưởng Ban Dân vận Huyện ủy chủ trì.
Báo cáo cho thấy, 6 tháng qua 97 tổ hòa giải với 583 hòa giải viên trên địa bàn huyện đã tiếp nhận 214 vụ việc, hòa giải thành 191 vụ việc, đạt gần 90%; còn 8 vụ việc đang tiếp tục hòa giải, 15 vụ việc hướng dẫn lên cấp trên. Các vụ việc chủ yếu là tranh chấp ranh đất, lối đi, nợ tiền hụi và mâu thuẫn trong gia đình. Tổ hòa giải ở 18 ấp có đông đồng bào Khmer đều có ít nhất 1 hòa giải viên là sư sãi hoặc người có uy tín.
Huyện đã quán triệt Luật Hòa giải ở cơ sở số 35/2013/QH13 của Quốc hội và Nghị định số 15/2014/NĐ-CP của Chính phủ đến 100% tổ hòa giải; Ban Thường vụ Huyện ủy ban hành Chỉ thị số 07-CT/HU ngày 3/3/2014 về tăng cường sự lãnh đạo của cấp ủy đối với công tác hòa giải. Kinh phí hỗ trợ hoạt động hòa giải 6 tháng là 146,5 triệu đồng.
Tại hội nghị, Đại đức Lý Sà Phan, trụ trì chùa Bưng Cốc, xã Tham Đôn chia sẻ kinh nghiệm lồng ghép hòa giải vào các buổi lễ tại chùa. Bà Kim Thị Sóc Kha, Chủ tịch Ủy ban MTTQ xã Thạnh Phú, đề nghị bồi dưỡng tiếng Khmer cho hòa giải viên người Kinh. Ông Trần Văn Dũng, Bí thư Chi bộ ấp Hòa Phuông, xã Hòa Tú 1, cho biết chi bộ giao mỗi đảng viên theo dõi 10 hộ để kịp thời phát hiện mâu thuẫn.
Phát biểu chỉ đạo, đồng chí Thạch Sô Khanh đề nghị 6 tháng cuối năm các xã, thị trấn củng cố các tổ hòa giải yếu, phấn đấu tỷ lệ hòa giải thành từ 90% trở lên; thực hiện tốt mô hình "Dân vận khéo" trong hòa giải và phong trào "Toàn dân bảo vệ an ninh Tổ quốc".
Dịp này, Ban Dân vận Huyện ủy trao giấy khen cho 6 tổ hòa giải tiêu biểu và 11 hòa giải viên xuất sắc.
Mỹ Xuyên là huyện có đông đồng bào Khmer nhất tỉnh Sóc Trăng, với 27 ngôi chùa Phật giáo Nam tông Khmer. Thời gian qua, Ban Dân vận Huyện ủy đã phối hợp với Hội Đoàn kết sư sãi yêu nước huyện vận động các vị sư cả, Achar tham gia tổ hòa giải, góp phần giải quyết nhiều mâu thuẫn ngay tại phum, sóc, không để phát sinh khiếu kiện đông người.
Quốc Thái
TIN CÙNG CHUYÊN MỤC
- Trần Đề: tập huấn Luật Hòa giải ở cơ sở cho 300 hòa giải viên (04/07/2014)
- Ngã Năm ra mắt tổ hòa giải điểm ở khóm 3 (20/06/2014)
- Vận động sư sãi tham gia hòa giải ở phum, sóc (06/06/2014)
""", "2014-07-14", "Mỹ Xuyên: Hòa giải thành gần 90% vụ việc mâu thuẫn ở các ấp, khóm",
E("so_ket", "2014-H1", "2014-07-11"),
[P("Thạch Sô Khanh", "Phó Bí thư Thường trực Huyện ủy", "Chủ tịch HĐND huyện Mỹ Xuyên"),
 P("Lý Thị Sa Phiên", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Lý Sà Phan", "Đại đức", "trụ trì chùa Bưng Cốc"),
 P("Kim Thị Sóc Kha", "Chủ tịch Ủy ban MTTQ xã Thạnh Phú"),
 P("Trần Văn Dũng", "Bí thư Chi bộ ấp Hòa Phuông")],
[Q("gần 90%", 90, "%", "approx"), Q("97 tổ hòa giải", 97, "tổ hòa giải"), Q("583 hòa giải viên", 583, "hòa giải viên"),
 Q("214 vụ việc", 214, "vụ việc"), Q("191 vụ việc", 191, "vụ việc"), Q("8 vụ việc", 8, "vụ việc"), Q("15 vụ việc", 15, "vụ việc"),
 Q("18 ấp", 18, "ấp"), Q("100%", 100, "%"), Q("146,5 triệu đồng", 146500000, "đồng"), Q("10 hộ", 10, "hộ"),
 Q("từ 90% trở lên", 90, "%", "over"), Q("6 tổ hòa giải tiêu biểu", 6, "tổ hòa giải tiêu biểu"),
 Q("11 hòa giải viên xuất sắc", 11, "hòa giải viên xuất sắc"),
 Q("27 ngôi chùa Phật giáo Nam tông Khmer", 27, "ngôi chùa Phật giáo Nam tông Khmer")],
[D("Luật", "35", "2013/QH13", None, "Quốc hội", "Luật Hòa giải ở cơ sở số 35/2013/QH13"),
 D("Nghị định", "15", "2014/NĐ-CP", None, "Chính phủ", "Nghị định số 15/2014/NĐ-CP"),
 D("Chỉ thị", "07", "CT/HU", "2014-03-03", "Ban Thường vụ Huyện ủy", "Chỉ thị số 07-CT/HU ngày 3/3/2014")],
[prov("Sóc Trăng"), com("Tham Đôn"), com("Thạnh Phú"), com("Hòa Tú 1")],
["BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG - TRANG THÔNG TIN ĐIỆN TỬ", "Bạn đang ở: Trang chủ :: Dân vận chính quyền :: Hòa giải cơ sở",
 "Ảnh: Đồng chí Thạch Sô Khanh phát biểu tại hội nghị.", "Dân vận khéo", "Toàn dân bảo vệ an ninh Tổ quốc",
 "Hội Đoàn kết sư sãi yêu nước huyện"],
["Thứ Hai, 14/07/2014 - 09:30", "hòa giải 6 tháng", "6 tháng đầu năm 2014", "6 tháng qua", "6 tháng cuối năm", "1 hòa giải viên"]))

PAGES.append(page("b5457-thaibinh-hoiluatgia-daihoi-2015", """
BÁO THÁI BÌNH ĐIỆN TỬ
Trang chủ >> Chính trị >> Mặt trận - Đoàn thể
29-09-2015 09:40
Đại hội đại biểu Hội Luật gia tỉnh lần thứ V, nhiệm kỳ 2015 - 2020
Các đại biểu biểu quyết thông qua Nghị quyết Đại hội.
Ngày 28/9, Hội Luật gia tỉnh Thái Bình tổ chức Đại hội đại biểu lần thứ V, nhiệm kỳ 2015 - 2020. Về dự có đồng chí Phạm Đình Lục, Phó Chủ tịch Trung ương Hội Luật gia Việt Nam; đồng chí Trần Thị Bích Hằng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Nội chính Tỉnh ủy; đồng chí Bùi Văn Khiêm, Phó Chủ tịch UBND tỉnh. 165 đại biểu đại diện cho hơn 2.300 hội viên trong toàn tỉnh về dự.
Nhiệm kỳ 2010 - 2015, Hội đã phát triển thêm 420 hội viên mới, thành lập 9 chi hội ở xã, phường. Các Trung tâm tư vấn pháp luật và 46 văn phòng tư vấn pháp luật ở cơ sở đã tư vấn miễn phí cho trên 11.000 lượt người, trong đó 3.150 lượt người thuộc hộ nghèo, gia đình chính sách; tham gia hòa giải thành 872 vụ việc tranh chấp đất đai, hôn nhân. Hội viên là thành viên của 1.964 tổ hòa giải ở thôn, tổ dân phố. Hội tích cực tham gia phản biện xã hội 27 dự thảo văn bản của tỉnh, góp ý Hiến pháp năm 2013.
Đại hội xác định phấn đấu mỗi năm phát triển ít nhất 80 hội viên mới; 100% chi hội cơ sở tham gia hoạt động hòa giải; tiếp tục thực hiện Chỉ thị số 56-CT/TW của Ban Bí thư về tăng cường lãnh đạo đối với Hội Luật gia Việt Nam, Kết luận 03, 04-KL/TU của Ban Thường vụ Tỉnh ủy về công tác phổ biến, giáo dục pháp luật và trợ giúp pháp lý.
Phát biểu chỉ đạo, đồng chí Trần Thị Bích Hằng ghi nhận Hội đã góp phần giữ ổn định ở cơ sở, giảm đơn thư vượt cấp. Đồng chí đề nghị Hội phối hợp với Ủy ban MTTQ các cấp thực hiện Luật Hòa giải ở cơ sở, đưa hội viên là luật sư, thẩm phán nghỉ hưu về sinh hoạt tại khu dân cư.
Đại hội đã bầu Ban Chấp hành khóa V gồm 31 đồng chí. Đồng chí Vũ Ngọc Thạch, Chánh án Tòa án nhân dân tỉnh, được tín nhiệm bầu giữ chức Chủ tịch Hội Luật gia tỉnh khóa V; các đồng chí Đỗ Thị Lan, Ngô Quang Vịnh được bầu làm Phó Chủ tịch Hội Luật gia tỉnh. Đại hội bầu 9 đại biểu dự Đại hội Hội Luật gia Việt Nam lần thứ XII.
Dịp này, Trung ương Hội Luật gia Việt Nam tặng Kỷ niệm chương "Vì sự nghiệp luật gia Việt Nam" cho 14 hội viên. Ông Lương Văn Bảy, hội viên chi hội xã Vũ Phúc, thành phố Thái Bình, được biểu dương vì 10 năm liền làm hòa giải viên ở thôn.
Thu Hoài
Tin khác
- Ủy ban MTTQ tỉnh tổng kết 15 năm cuộc vận động toàn dân đoàn kết (22/09/2015)
- Hưng Hà: đối thoại với nhân dân về bồi thường giải phóng mặt bằng (17/09/2015)
- Tập huấn kỹ năng hòa giải cho hội viên Hội Luật gia (10/09/2015)
""", "2015-09-29", "Đại hội đại biểu Hội Luật gia tỉnh lần thứ V, nhiệm kỳ 2015 - 2020",
E("dai_hoi", None, "2015-09-28"),
[P("Phạm Đình Lục", "Phó Chủ tịch Trung ương Hội Luật gia Việt Nam"),
 P("Trần Thị Bích Hằng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Nội chính Tỉnh ủy"),
 P("Bùi Văn Khiêm", "Phó Chủ tịch UBND tỉnh"),
 P("Vũ Ngọc Thạch", "Chánh án Tòa án nhân dân tỉnh", "Chủ tịch Hội Luật gia tỉnh khóa V"),
 P("Đỗ Thị Lan", "Phó Chủ tịch Hội Luật gia tỉnh"),
 P("Ngô Quang Vịnh", "Phó Chủ tịch Hội Luật gia tỉnh"),
 P("Lương Văn Bảy", "hội viên chi hội xã Vũ Phúc")],
[Q("165 đại biểu", 165, "đại biểu"), Q("hơn 2.300 hội viên", 2300, "hội viên", "over"), Q("420 hội viên mới", 420, "hội viên mới"),
 Q("9 chi hội", 9, "chi hội"), Q("46 văn phòng tư vấn pháp luật", 46, "văn phòng tư vấn pháp luật"),
 Q("trên 11.000 lượt người", 11000, "lượt người", "over"), Q("3.150 lượt người", 3150, "lượt người"),
 Q("872 vụ việc tranh chấp đất đai, hôn nhân", 872, "vụ việc tranh chấp đất đai, hôn nhân"), Q("1.964 tổ hòa giải", 1964, "tổ hòa giải"),
 Q("27 dự thảo văn bản", 27, "dự thảo văn bản"), Q("ít nhất 80 hội viên mới", 80, "hội viên mới", "over"), Q("100%", 100, "%"),
 Q("31 đồng chí", 31, "đồng chí"), Q("9 đại biểu", 9, "đại biểu"), Q("14 hội viên", 14, "hội viên")],
[D("Chỉ thị", "56", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 56-CT/TW"),
 D("Kết luận", "03", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 03, 04-KL/TU"),
 D("Kết luận", "04", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 03, 04-KL/TU")],
[prov("Thái Bình"), com("Vũ Phúc")],
["BÁO THÁI BÌNH ĐIỆN TỬ", "Trang chủ >> Chính trị >> Mặt trận - Đoàn thể", "Các đại biểu biểu quyết thông qua Nghị quyết Đại hội.",
 "Vì sự nghiệp luật gia Việt Nam", "Hiến pháp năm 2013", "Luật Hòa giải ở cơ sở"],
["29-09-2015 09:40", "lần thứ V", "nhiệm kỳ 2015 - 2020", "Nhiệm kỳ 2010 - 2015", "31 đồng chí", "lần thứ XII", "10 năm"]))

PAGES.append(page("b5458-binhdinh-khoidanvan-giaoban-2016", """
Hôm nay: Thứ Ba, 25/10/2016
BAN DÂN VẬN TỈNH ỦY BÌNH ĐỊNH
Vị trí: Trang chủ › Hoạt động › Dân vận chính quyền
Ngày 14/10/2016 | 16:30
Giao ban khối: tập trung hòa giải tranh chấp đất đai ở vùng dự án
Sáng 14/10, Ban Dân vận Tỉnh ủy Bình Định chủ trì hội nghị giao ban khối dân vận quý III năm 2016 với Sở Tư pháp, Ủy ban MTTQ và các đoàn thể chính trị - xã hội tỉnh, tập trung đánh giá công tác hòa giải ở cơ sở và trợ giúp pháp lý. Đồng chí Lê Thị Kim Thoa, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Quang cảnh hội nghị giao ban.
Theo báo cáo, trong quý III, 1.254 tổ hòa giải toàn tỉnh đã nhận 631 vụ việc, hòa giải thành 528 vụ việc, đạt 83,7%, tăng 4% so với cùng kỳ; riêng các xã vùng dự án khu kinh tế Nhơn Hội phát sinh 47 vụ tranh chấp ranh giới đất. Trung tâm Trợ giúp pháp lý nhà nước tỉnh thực hiện 214 vụ việc, tổ chức 9 đợt trợ giúp lưu động cho khoảng 850 người dân. Khối dân vận đã phối hợp tiếp 96 lượt công dân, tiếp nhận 58 đơn thư, kiến nghị.
Ông Đinh Văn Thiểm, Giám đốc Sở Tư pháp, cho biết Sở đã tham mưu UBND tỉnh ban hành Kế hoạch số 41/KH-UBND ngày 5/7/2016 triển khai Quyết định số 1209/QĐ-TTg của Thủ tướng Chính phủ về công tác phổ biến, giáo dục pháp luật và Quy chế phối hợp số 03/QCPH-STP-MTTQ giữa Sở Tư pháp và Ban Thường trực Ủy ban MTTQ tỉnh về hòa giải ở cơ sở.
Các đồng chí Phó Chủ tịch Ủy ban MTTQ tỉnh Bình Định: Nguyễn Văn Trọng, Đinh Thị Lan Hương phản ánh, tại các xã miền núi An Lão, Vĩnh Thạnh, đồng bào Bana, Hrê còn ngại đưa mâu thuẫn ra tổ hòa giải. Bà Đinh Thị Bốn, Phó Chủ tịch Hội LHPN tỉnh, đề nghị lồng ghép hòa giải với mô hình "Gia đình 5 không, 3 sạch". Ông Nguyễn Hữu Tình, Bí thư Đảng ủy xã Cát Tiến, cho biết xã đã thành lập 2 tổ hòa giải ở khu tái định cư.
Kết luận giao ban, đồng chí Lê Thị Kim Thoa đề nghị quý IV các cơ quan trong khối tiếp tục thực hiện Chỉ thị 15, 16-CT/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận trong giải phóng mặt bằng và về phát huy vai trò Mặt trận trong hòa giải; hoàn thành 100% việc kiện toàn tổ hòa giải trước ngày 30/11; phối hợp tổ chức Ngày Pháp luật năm 2016.
Cũng tại giao ban, các đại biểu thống nhất việc khảo sát tình hình hoạt động của tổ hòa giải tại 5 huyện, thị xã, thành phố trong tháng 11, đồng thời chuẩn bị nội dung hội nghị tổng kết công tác dân vận năm 2016. Ban Dân vận Tỉnh ủy đề nghị các đoàn thể gửi báo cáo chuyên đề về hòa giải trong đoàn viên, hội viên trước ngày 20/11 để tổng hợp, báo cáo Ban Thường vụ Tỉnh ủy.
Anh Thư
Lượt xem: 642
Tin cùng chuyên mục
- Hoài Nhơn: sơ kết 3 năm thực hiện Quy chế dân chủ ở cơ sở (06/10/2016)
- Ban Dân vận Tỉnh ủy làm việc với Huyện ủy Tây Sơn (28/09/2016)
- Tuy Phước: 40 hòa giải viên được tập huấn nghiệp vụ (15/09/2016)
""", "2016-10-14", "Giao ban khối: tập trung hòa giải tranh chấp đất đai ở vùng dự án",
E("giao_ban", "2016-Q3", "2016-10-14"),
[P("Lê Thị Kim Thoa", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đinh Văn Thiểm", "Giám đốc Sở Tư pháp"),
 P("Nguyễn Văn Trọng", "Phó Chủ tịch Ủy ban MTTQ tỉnh Bình Định"),
 P("Đinh Thị Lan Hương", "Phó Chủ tịch Ủy ban MTTQ tỉnh Bình Định"),
 P("Đinh Thị Bốn", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Nguyễn Hữu Tình", "Bí thư Đảng ủy xã Cát Tiến")],
[Q("1.254 tổ hòa giải", 1254, "tổ hòa giải"), Q("631 vụ việc", 631, "vụ việc"), Q("528 vụ việc", 528, "vụ việc"),
 Q("83,7%", 83.7, "%"), Q("4%", 4, "%"), Q("47 vụ tranh chấp ranh giới đất", 47, "vụ tranh chấp ranh giới đất"),
 Q("214 vụ việc", 214, "vụ việc"), Q("9 đợt trợ giúp lưu động", 9, "đợt trợ giúp lưu động"),
 Q("khoảng 850 người dân", 850, "người dân", "approx"), Q("96 lượt công dân", 96, "lượt công dân"),
 Q("58 đơn thư, kiến nghị", 58, "đơn thư, kiến nghị"), Q("2 tổ hòa giải", 2, "tổ hòa giải"), Q("100%", 100, "%"),
 Q("5 huyện, thị xã, thành phố", 5, "huyện, thị xã, thành phố")],
[D("Kế hoạch", "41", "KH-UBND", "2016-07-05", "UBND tỉnh", "Kế hoạch số 41/KH-UBND ngày 5/7/2016"),
 D("Quyết định", "1209", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1209/QĐ-TTg"),
 D("Quy chế phối hợp", "03", "QCPH-STP-MTTQ", None, None, "Quy chế phối hợp số 03/QCPH-STP-MTTQ"),
 D("Chỉ thị", "15", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 15, 16-CT/TU"),
 D("Chỉ thị", "16", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 15, 16-CT/TU")],
[prov("Bình Định"), com("Cát Tiến")],
["Hôm nay: Thứ Ba, 25/10/2016", "BAN DÂN VẬN TỈNH ỦY BÌNH ĐỊNH", "Vị trí: Trang chủ › Hoạt động › Dân vận chính quyền",
 "Quang cảnh hội nghị giao ban.", "Gia đình 5 không, 3 sạch", "Ngày Pháp luật", "Lượt xem: 642"],
["Hôm nay: Thứ Ba, 25/10/2016", "Ngày 14/10/2016 | 16:30", "quý III năm 2016", "quý IV", "Gia đình 5 không, 3 sạch", "Lượt xem: 642", "ngày 30/11", "ngày 20/11", "năm 2016"]))
