from lib import *
PAGES = []

PAGES.append(page("b7883-daklak-krongbong-traogcn-2017", """
BÁO ĐẮK LẮK ĐIỆN TỬ
Trang chủ › Xã hội › Dân tộc - Miền núi
Thứ Tư, 12/04/2017
312 hộ đồng bào Êđê ở Krông Bông nhận giấy chứng nhận quyền sử dụng đất
(Baodaklak.vn) - Ngày 11/4, UBND huyện Krông Bông tổ chức lễ trao giấy chứng nhận quyền sử dụng đất cho 312 hộ đồng bào dân tộc thiểu số tại chỗ ở các xã Cư Pui và Yang Mao, trên diện tích đất do Công ty Lâm nghiệp Krông Bông bàn giao về địa phương.
Đồng chí Y Thuyên Ksơr - Phó Chủ tịch UBND huyện Krông Bông trao giấy chứng nhận cho người dân buôn Khanh.
Đây là kết quả bước đầu của việc thực hiện Nghị quyết số 112/2015/QH13 của Quốc hội về tăng cường quản lý đất đai có nguồn gốc từ nông trường, lâm trường và Kế hoạch số 2105/KH-UBND ngày 28/3/2016 của UBND tỉnh Đắk Lắk. Huyện đã đo đạc, lập hồ sơ địa chính cho 480,6 ha đất sản xuất, đất ở của 356 thửa đất; tổng kinh phí đo đạc, cắm mốc khoảng 1,8 tỷ đồng từ nguồn ngân sách tỉnh.
Phát biểu tại buổi lễ, đồng chí Y Thuyên Ksơr cho biết trước khi đo, Ban Dân vận Huyện ủy phối hợp với Ủy ban MTTQ huyện tổ chức 24 buổi họp buôn, mời già làng, người có uy tín cùng ngồi với cán bộ địa chính để thống nhất ranh giới từng rẫy. Nhờ vậy, trong quá trình đo đạc chỉ phát sinh 5 vụ tranh chấp nhỏ và tất cả đã được hòa giải thành ở buôn.
Bà H'Lim Mlô, Trưởng Ban Dân vận Huyện ủy Krông Bông, cho biết thêm: cùng với việc trao giấy, các đoàn thể sẽ hướng dẫn bà con sử dụng giấy chứng nhận để thế chấp vay vốn ngân hàng, không cầm cố, sang nhượng đất trái phép cho người ngoài. Khối dân vận huyện đã ban hành Hướng dẫn số 09-HD/BDVHU về việc theo dõi, hỗ trợ các hộ sau khi nhận giấy.
Già làng Y Kông Byă ở buôn Khanh, xã Cư Pui, xúc động: "Đất rẫy này cha mẹ tôi làm từ trước giải phóng, giờ mới có tờ giấy đỏ đứng tên vợ chồng tôi. Có giấy rồi thì con cháu yên tâm trồng cà phê, trồng tiêu". Chị H'Nhí Êban, một trong 41 hộ nghèo được nhận giấy đợt này, dự định sẽ vay 30 triệu đồng để mua giống cà phê tái canh.
Theo ông Phạm Ngọc Tuấn, Trưởng phòng Tài nguyên và Môi trường huyện, trong năm 2017 huyện tiếp tục đo đạc khoảng 1.200 ha đất còn lại của Công ty Lâm nghiệp, phấn đấu trao thêm trên 500 giấy chứng nhận cho đồng bào.
Chính quyền địa phương và các đoàn thể được giao theo dõi, nắm tình hình các hộ sau khi nhận giấy, phát hiện sớm các trường hợp mua bán đất trái phép để ngăn chặn.
H'Xíu - Hoàng Anh
Tin liên quan
- Cư M'gar: giao đất sản xuất cho 150 hộ đồng bào (30/03/2017)
- Phát huy vai trò người có uy tín trong buôn làng (15/03/2017)
- Lắk tổ chức đối thoại với nhân dân về bồi thường đất (02/03/2017)
""", "2017-04-12", "312 hộ đồng bào Êđê ở Krông Bông nhận giấy chứng nhận quyền sử dụng đất",
E("khac", None, "2017-04-11"),
[P("Y Thuyên Ksơr", "Phó Chủ tịch UBND huyện Krông Bông"),
 P("H'Lim Mlô", "Trưởng Ban Dân vận Huyện ủy Krông Bông"),
 P("Y Kông Byă", "Già làng"),
 P("H'Nhí Êban"),
 P("Phạm Ngọc Tuấn", "Trưởng phòng Tài nguyên và Môi trường huyện")],
[Q("312 hộ đồng bào Êđê", 312, "hộ đồng bào Êđê"), Q("480,6 ha", 480.6, "ha"), Q("356 thửa đất", 356, "thửa đất"),
 Q("khoảng 1,8 tỷ đồng", 1800000000, "đồng", "approx"), Q("24 buổi họp buôn", 24, "buổi họp buôn"),
 Q("5 vụ tranh chấp nhỏ", 5, "vụ tranh chấp nhỏ"), Q("41 hộ nghèo", 41, "hộ nghèo"), Q("30 triệu đồng", 30000000, "đồng"),
 Q("khoảng 1.200 ha", 1200, "ha", "approx"), Q("trên 500 giấy chứng nhận", 500, "giấy chứng nhận", "over")],
[D("Nghị quyết", "112", "2015/QH13", None, "Quốc hội", "Nghị quyết số 112/2015/QH13"),
 D("Kế hoạch", "2105", "KH-UBND", "2016-03-28", "UBND tỉnh Đắk Lắk", "Kế hoạch số 2105/KH-UBND ngày 28/3/2016"),
 D("Hướng dẫn", "09", "HD/BDVHU", None, None, "Hướng dẫn số 09-HD/BDVHU")],
[prov("Đắk Lắk"), com("Cư Pui"), com("Yang Mao")],
["BÁO ĐẮK LẮK ĐIỆN TỬ", "Trang chủ › Xã hội › Dân tộc - Miền núi", "(Baodaklak.vn)",
 "Đồng chí Y Thuyên Ksơr - Phó Chủ tịch UBND huyện Krông Bông trao giấy chứng nhận cho người dân buôn Khanh.",
 "Công ty Lâm nghiệp Krông Bông"],
["Thứ Tư, 12/04/2017", "năm 2017"]))

PAGES.append(page("b7884-gialai-iapa-hoinghi-dulieudatdai-2018", """
Ban Dân vận Tỉnh ủy Gia Lai
Vị trí: Trang chủ >> Tin tức >> Dân vận chính quyền
30 tháng 3, 2018 | 17:10
Hội nghị người có uy tín góp sức xây dựng cơ sở dữ liệu đất đai
Ngày 29/3, tại hội trường huyện Ia Pa, Ban Dân vận Tỉnh ủy phối hợp với Sở Tài nguyên và Môi trường tổ chức hội nghị năm 2018 với người có uy tín trong đồng bào Jrai, Bahnar về tuyên truyền, vận động nhân dân tham gia đo đạc, chỉnh lý hồ sơ địa chính và xây dựng cơ sở dữ liệu đất đai. Dự hội nghị có 168 già làng, người có uy tín, trưởng thôn của 9 xã.
Đồng chí Ksor Nhơn phát biểu tại hội nghị.
Chủ trì hội nghị có đồng chí Nguyễn Thị Thu Hương, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy; các đồng chí Phó Chủ tịch UBND huyện Ia Pa: Ksor Nhơn, Rah Lan Hiếu.
Theo đại diện Sở Tài nguyên và Môi trường, thực hiện Quyết định số 1011/QĐ-UBND ngày 14/9/2017 của UBND tỉnh, năm 2018 tỉnh triển khai đo đạc bản đồ địa chính chính quy tại 4 huyện phía Đông Nam với tổng diện tích khoảng 52.000 ha, trong đó Ia Pa có 9/9 xã. Toàn huyện hiện còn khoảng 2.800 hộ đồng bào dân tộc thiểu số chưa được cấp giấy chứng nhận đất sản xuất, chiếm gần 37% số hộ; nhiều thửa đã được cấp từ những năm 2000 nhưng sai vị trí, sai diện tích so với thực tế.
Trao đổi tại hội nghị, ông Rơ Châm H'Bril và ông Siu Đin - người có uy tín làng Bi, xã Ia Broăi cho biết bà con rất mong được đo lại để sửa giấy, nhưng lo bị thu thêm tiền. Bà Kpă H'Thương, Chủ tịch Hội LHPN xã Ia Tul, đề nghị khi đo đạc phải có mặt cả vợ và chồng để ghi tên hai người trên giấy chứng nhận. Ông Nay Blếp, Bí thư Chi bộ làng Blứk, xã Chư Mố kiến nghị giải quyết dứt điểm 17 trường hợp lấn chiếm đất giữa các làng giáp ranh.
Giải đáp ý kiến, đồng chí Rah Lan Hiếu khẳng định việc đo đạc chính quy do ngân sách nhà nước chi trả, người dân không phải nộp tiền; hộ có giấy sai sẽ được cấp đổi miễn phí. Huyện đã bố trí 34 cán bộ địa chính, dân vận bám làng trong đợt đo đạc.
Kết luận hội nghị, đồng chí Nguyễn Thị Thu Hương đề nghị người có uy tín làm "cầu nối", vận động con cháu chỉ ranh giới trung thực, không lấn chiếm, không mua bán đất trái phép; cấp ủy các xã quán triệt Chỉ thị 21, 22-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường lãnh đạo công tác quản lý đất đai vùng đồng bào dân tộc thiểu số. Ban Dân vận Tỉnh ủy tặng 168 phần quà, mỗi phần trị giá 300.000 đồng, cho các đại biểu.
Đinh Yến
Các tin đã đưa
- Chư Sê: tập huấn nghiệp vụ cho cán bộ dân vận cơ sở (20/03/2018)
- Tổng kết công tác dân vận năm 2017 (28/12/2017)
- Krông Pa: 12 làng không có người di cư tự do (10/12/2017)
""", "2018-03-30", "Hội nghị người có uy tín góp sức xây dựng cơ sở dữ liệu đất đai",
E("hoi_nghi", "2018", "2018-03-29"),
[P("Nguyễn Thị Thu Hương", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Ksor Nhơn", "Phó Chủ tịch UBND huyện Ia Pa"),
 P("Rah Lan Hiếu", "Phó Chủ tịch UBND huyện Ia Pa"),
 P("Rơ Châm H'Bril", "người có uy tín làng Bi"),
 P("Siu Đin", "người có uy tín làng Bi"),
 P("Kpă H'Thương", "Chủ tịch Hội LHPN xã Ia Tul"),
 P("Nay Blếp", "Bí thư Chi bộ làng Blứk")],
[Q("168 già làng, người có uy tín, trưởng thôn", 168, "già làng, người có uy tín, trưởng thôn"), Q("9 xã", 9, "xã"),
 Q("4 huyện phía Đông Nam", 4, "huyện"), Q("khoảng 52.000 ha", 52000, "ha", "approx"),
 Q("khoảng 2.800 hộ đồng bào dân tộc thiểu số", 2800, "hộ đồng bào dân tộc thiểu số", "approx"),
 Q("gần 37%", 37, "%", "approx"), Q("17 trường hợp", 17, "trường hợp"),
 Q("34 cán bộ địa chính, dân vận", 34, "cán bộ địa chính, dân vận"), Q("168 phần quà", 168, "phần quà"),
 Q("300.000 đồng", 300000, "đồng")],
[D("Quyết định", "1011", "QĐ-UBND", "2017-09-14", "UBND tỉnh", "Quyết định số 1011/QĐ-UBND ngày 14/9/2017"),
 D("Chỉ thị", "21", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 21, 22-CT/TU"),
 D("Chỉ thị", "22", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 21, 22-CT/TU")],
[prov("Gia Lai"), com("Ia Broăi"), com("Ia Tul"), com("Chư Mố")],
["Ban Dân vận Tỉnh ủy Gia Lai", "Vị trí: Trang chủ >> Tin tức >> Dân vận chính quyền",
 "Đồng chí Ksor Nhơn phát biểu tại hội nghị."],
["30 tháng 3, 2018 | 17:10", "năm 2018", "những năm 2000"]))

PAGES.append(page("b7885-camau-stnmt-baocao-q1-2019", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH CÀ MAU
Tin tức - Sự kiện / Kinh tế / Tài nguyên - Môi trường
2019-04-16 09:00
Quý I/2019: Cà Mau cấp mới hơn 2.100 giấy chứng nhận quyền sử dụng đất
Theo Báo cáo số 85/BC-STNMT ngày 10/4/2019 của Sở Tài nguyên và Môi trường về kết quả công tác quản lý đất đai quý I/2019, toàn tỉnh đã cấp mới 2.146 giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất, với diện tích 1.318,4 ha; cấp đổi, cấp lại 3.072 giấy; giải quyết 9.845 hồ sơ đăng ký biến động. Tỷ lệ hồ sơ trả kết quả đúng hạn đạt 96,8%, tăng 4,1% so với cùng kỳ.
Người dân nộp hồ sơ tại Chi nhánh Văn phòng Đăng ký đất đai huyện Trần Văn Thời.
Về đo đạc địa chính, dự án tổng thể xây dựng hồ sơ địa chính và cơ sở dữ liệu đất đai đã hoàn thành ở 62/101 xã, phường, thị trấn; trong quý, đơn vị thi công đo đạc bổ sung 18 xã vùng ven biển có đất bãi bồi. Cơ sở dữ liệu đất đai đã được đưa vào vận hành tại thành phố Cà Mau và 2 huyện Trần Văn Thời, U Minh.
Báo cáo cũng chỉ ra một số hạn chế: hồ sơ tồn đọng từ các năm trước còn 1.427 trường hợp, chủ yếu do tranh chấp, thừa kế chưa phân chia hoặc người dân đi làm ăn xa; số vụ khiếu nại về đất đai chiếm trên 70% tổng số đơn thư công dân gửi đến các cơ quan nhà nước. Riêng xã Khánh Bình Tây còn 214 hộ sử dụng đất rừng sản xuất chưa được cấp giấy do chưa xác định được ranh giới với lâm phần của Ban Quản lý rừng phòng hộ.
Theo ông Nguyễn Hoàng Phong, Giám đốc Sở Tài nguyên và Môi trường, để khắc phục, Sở đã phối hợp với Ủy ban MTTQ Việt Nam tỉnh xây dựng Kế hoạch liên tịch số 07/KHLT-STNMT-MTTQ về tuyên truyền, vận động nhân dân đăng ký đất đai; mở đợt cao điểm tiếp nhận hồ sơ tại xã vào các ngày thứ Bảy. Tổng nguồn thu tiền sử dụng đất quý I đạt 87,6 tỷ đồng.
Quý II/2019, ngành tài nguyên và môi trường đặt chỉ tiêu cấp mới ít nhất 2.500 giấy chứng nhận; hoàn thành đo đạc, lập hồ sơ địa chính cho xã Tân Ân và xã Khánh Bình Tây; thực hiện nghiêm Chỉ thị số 03/CT-UBND ngày 22/2/2019 của Chủ tịch UBND tỉnh về chấn chỉnh công tác giải quyết thủ tục hành chính về đất đai, công khai xin lỗi người dân khi trả kết quả trễ hẹn.
Bà Trần Thị Bé Hai, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh đề nghị các cấp Mặt trận tăng cường giám sát việc tiếp nhận, trả kết quả hồ sơ đất đai ở cấp xã; Ban Thanh tra nhân dân các xã phản ánh kịp thời những trường hợp nhũng nhiễu, gây phiền hà cho dân.
Minh Khang
Tin khác
- Cà Mau: hơn 1.000 hộ dân được cấp giấy đất bãi bồi (05/04/2019)
- Kiểm tra công tác quản lý đất đai tại huyện Ngọc Hiển (28/03/2019)
- Hội nghị tổng kết ngành tài nguyên và môi trường năm 2018 (18/01/2019)
""", "2019-04-16", "Quý I/2019: Cà Mau cấp mới hơn 2.100 giấy chứng nhận quyền sử dụng đất",
E("bao_cao", "2019-Q1", "2019-04-10"),
[P("Nguyễn Hoàng Phong", "Giám đốc Sở Tài nguyên và Môi trường"),
 P("Trần Thị Bé Hai", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("hơn 2.100 giấy chứng nhận", 2100, "giấy chứng nhận", "over"),
 Q("2.146 giấy chứng nhận", 2146, "giấy chứng nhận"), Q("1.318,4 ha", 1318.4, "ha"), Q("3.072 giấy", 3072, "giấy"),
 Q("9.845 hồ sơ đăng ký biến động", 9845, "hồ sơ đăng ký biến động"), Q("96,8%", 96.8, "%"), Q("4,1%", 4.1, "%"),
 Q("62/101 xã, phường, thị trấn", 62, "xã, phường, thị trấn"), Q("18 xã vùng ven biển", 18, "xã vùng ven biển"),
 Q("2 huyện", 2, "huyện"), Q("1.427 trường hợp", 1427, "trường hợp"), Q("trên 70%", 70, "%", "over"),
 Q("214 hộ", 214, "hộ"), Q("87,6 tỷ đồng", 87600000000, "đồng"),
 Q("ít nhất 2.500 giấy chứng nhận", 2500, "giấy chứng nhận", "over")],
[D("Báo cáo", "85", "BC-STNMT", "2019-04-10", "Sở Tài nguyên và Môi trường", "Báo cáo số 85/BC-STNMT ngày 10/4/2019"),
 D("Kế hoạch liên tịch", "07", "KHLT-STNMT-MTTQ", None, None, "Kế hoạch liên tịch số 07/KHLT-STNMT-MTTQ"),
 D("Chỉ thị", "03", "CT-UBND", "2019-02-22", "Chủ tịch UBND tỉnh", "Chỉ thị số 03/CT-UBND ngày 22/2/2019")],
[prov("Cà Mau"), com("Khánh Bình Tây"), com("Tân Ân")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH CÀ MAU", "Tin tức - Sự kiện / Kinh tế / Tài nguyên - Môi trường",
 "Người dân nộp hồ sơ tại Chi nhánh Văn phòng Đăng ký đất đai huyện Trần Văn Thời.", "Ban Quản lý rừng phòng hộ"],
["2019-04-16 09:00", "quý I/2019", "Quý I/2019", "Quý II/2019"]))

PAGES.append(page("b7886-bacgiang-lucngan-tongket-2019", """
Báo Bắc Giang
Trang chủ > Chính trị > Xây dựng Đảng
Cập nhật lúc 10:20 ngày 31/12/2019
Lục Ngạn: hơn 9 nghìn hộ trồng vải có giấy chứng nhận mới
Quang cảnh hội nghị tổng kết.
BGĐT - Ngày 30/12, Huyện ủy Lục Ngạn tổ chức hội nghị tổng kết công tác năm 2019, trong đó đánh giá kết quả thực hiện Nghị quyết chuyên đề số 08-NQ/HU về dồn điền, đổi thửa, đo đạc chỉnh lý và cấp đổi giấy chứng nhận quyền sử dụng đất vùng vải thiều. Đồng chí Hoàng Văn Lìn, Tỉnh ủy viên, Bí thư Huyện ủy Lục Ngạn chủ trì hội nghị.
Năm 2019, toàn huyện hoàn thành đo đạc chỉnh lý bản đồ địa chính ở 11 xã, với 46.280 thửa đất; cấp đổi 9.314 giấy chứng nhận cho các hộ trồng vải, cây ăn quả. Người dân đã tự nguyện hiến khoảng 37.500 m2 đất để mở rộng 86 tuyến đường vào vùng sản xuất. Tổng vốn đầu tư cho đo đạc, xây dựng cơ sở dữ liệu địa chính năm 2019 là 14,25 tỷ đồng, trong đó nhân dân đóng góp 2,1 tỷ đồng chi phí trích đo.
Theo báo cáo do đồng chí Chu Thị Nhắm, HUV, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ huyện trình bày, khối dân vận đã tổ chức 312 cuộc họp thôn, tuyên truyền trực tiếp cho hơn 15.000 lượt người; hòa giải thành 49/53 vụ tranh chấp ranh giới đất. Mô hình "Tổ dân vận đo đạc" ở xã Quý Sơn và xã Hồng Giang được đánh giá cao, được đề nghị nhân rộng.
Ông Vi Văn Thềnh, Bí thư Chi bộ thôn Đồng Cốc, xã Hồng Giang, chia sẻ: chi bộ phân công 15 đảng viên, mỗi người phụ trách một nhóm hộ, đến từng vườn vải cùng cán bộ đo đạc, nên chỉ trong 2 tháng thôn đã hoàn thành ký biên bản ranh giới. Bà Lăng Thị Dìu, người dân tộc Sán Chay ở thôn Bãi Chợ, xã Tân Sơn, bày tỏ phấn khởi khi gia đình có giấy mới, đủ điều kiện vay 200 triệu đồng mở rộng vườn vải VietGAP.
Hội nghị cũng chỉ rõ hạn chế: còn 3 xã chưa hoàn thành chỉnh lý; việc cập nhật biến động sau cấp đổi chậm; một số cán bộ địa chính xã còn gây phiền hà cho dân. Ban Thường vụ Huyện ủy đã thi hành kỷ luật 2 cán bộ vi phạm trong quản lý đất đai, đồng thời chỉ đạo công khai kết quả xử lý tại các hội nghị nhân dân.
Kết luận hội nghị, đồng chí Hoàng Văn Lìn yêu cầu năm 2020 tiếp tục thực hiện Kết luận số 54-KL/TU của Ban Thường vụ Tỉnh ủy và Quyết định số 412/QĐ-UBND ngày 18/4/2019 của UBND tỉnh Bắc Giang; hoàn thành cấp đổi cho 100% hộ trong vùng dồn điền, đổi thửa trước tháng 6/2020. Dịp này, Huyện ủy tặng giấy khen cho 18 tập thể, 27 cá nhân tiêu biểu.
Thu Hằng
Tin liên quan
- Lục Ngạn: 5 nghìn tấn vải thiều xuất khẩu sang Nhật (20/07/2019)
- Dồn điền, đổi thửa ở Yên Dũng (12/06/2019)
- Sơn Động cấp giấy chứng nhận cho đồng bào Dao (02/05/2019)
""", "2019-12-31", "Lục Ngạn: hơn 9 nghìn hộ trồng vải có giấy chứng nhận mới",
E("tong_ket", "2019", "2019-12-30"),
[P("Hoàng Văn Lìn", "Tỉnh ủy viên", "Bí thư Huyện ủy Lục Ngạn"),
 P("Chu Thị Nhắm", "HUV", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ huyện"),
 P("Vi Văn Thềnh", "Bí thư Chi bộ thôn Đồng Cốc"),
 P("Lăng Thị Dìu")],
[Q("hơn 9 nghìn hộ trồng vải", 9000, "hộ", "over"), Q("11 xã", 11, "xã"), Q("46.280 thửa đất", 46280, "thửa đất"),
 Q("9.314 giấy chứng nhận", 9314, "giấy chứng nhận"), Q("khoảng 37.500 m2", 37500, "m2", "approx"),
 Q("86 tuyến đường", 86, "tuyến đường"), Q("14,25 tỷ đồng", 14250000000, "đồng"), Q("2,1 tỷ đồng", 2100000000, "đồng"),
 Q("312 cuộc họp thôn", 312, "cuộc họp thôn"), Q("hơn 15.000 lượt người", 15000, "lượt người", "over"),
 Q("49/53 vụ tranh chấp ranh giới đất", 49, "vụ tranh chấp ranh giới đất"), Q("15 đảng viên", 15, "đảng viên"),
 Q("200 triệu đồng", 200000000, "đồng"), Q("3 xã", 3, "xã"), Q("2 cán bộ", 2, "cán bộ"), Q("100%", 100, "%"),
 Q("18 tập thể", 18, "tập thể"), Q("27 cá nhân tiêu biểu", 27, "cá nhân tiêu biểu")],
[D("Nghị quyết", "08", "NQ/HU", None, None, "Nghị quyết chuyên đề số 08-NQ/HU"),
 D("Kết luận", "54", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 54-KL/TU"),
 D("Quyết định", "412", "QĐ-UBND", "2019-04-18", "UBND tỉnh Bắc Giang", "Quyết định số 412/QĐ-UBND ngày 18/4/2019")],
[prov("Bắc Giang"), com("Quý Sơn"), com("Hồng Giang"), com("Tân Sơn")],
["Báo Bắc Giang", "Trang chủ > Chính trị > Xây dựng Đảng", "Quang cảnh hội nghị tổng kết.", "BGĐT", "Tổ dân vận đo đạc"],
["Cập nhật lúc 10:20 ngày 31/12/2019", "năm 2019", "2 tháng", "năm 2020", "tháng 6/2020"]))

PAGES.append(page("b7887-longan-tanhung-giaoban-thang10-2020", """
Hôm nay: Thứ Hai, 09/11/2020
BAN DÂN VẬN HUYỆN ỦY TÂN HƯNG - TỈNH LONG AN
Trang chủ - Tin hoạt động - Dân vận chính quyền
06/11/2020 - 08:30
Tân Hưng đẩy nhanh cấp đổi giấy chứng nhận sau đo đạc
Chiều 5/11, Ban Dân vận Huyện ủy Tân Hưng (Long An) tổ chức giao ban khối dân vận tháng 10/2020. Đ/c Nguyễn Thị Kim Xuyến, HUV, Trưởng BDV Huyện ủy chủ trì; dự có đại diện Phòng Tài nguyên và Môi trường, Chi nhánh Văn phòng Đăng ký đất đai huyện và cán bộ phụ trách công tác dân vận các xã, thị trấn.
Cán bộ Chi nhánh Văn phòng Đăng ký đất đai hướng dẫn người dân xã Hưng Điền kê khai hồ sơ.
Theo báo cáo, thực hiện Kế hoạch 97, 98/KH-UBND của UBND huyện về đo đạc chỉnh lý bản đồ địa chính và cấp đổi giấy chứng nhận, đến cuối tháng 10 toàn huyện đã cấp đổi 4.312 giấy chứng nhận, đạt 78,5% kế hoạch năm; riêng trong tháng tiếp nhận hơn 1.100 hồ sơ. Khoảng 3.500 hộ ở vùng biên giới vẫn đang dùng giấy cấp từ năm 1995 - 2000, thông tin thửa đất sai khác nhiều so với thực tế sau khi đo đạc mới.
Khó khăn lớn nhất là người dân chưa mặn mà đi cấp đổi vì phải nộp lệ phí và đi lại xa trong mùa nước nổi. Để tháo gỡ, UBND huyện đã miễn lệ phí cấp giấy cho hộ nghèo, hộ cận nghèo; Chi nhánh Văn phòng Đăng ký đất đai bố trí tổ lưu động về nhận hồ sơ tại 6 ấp giáp biên.
Ông Trần Văn Út (Chủ tịch UBND xã Hưng Điền) cho biết, thông qua tổ dân vận ấp, xã đã vận động được 612 hộ nộp hồ sơ cấp đổi; mỗi tổ được hỗ trợ 500.000 đồng/tháng tiền xăng xe. Bà Lê Thị Mộng Tuyền (Chủ tịch Hội LHPN xã Vĩnh Châu A) kiến nghị cần sớm trả giấy cho 87 hộ đã nộp hồ sơ hơn 3 tháng nhưng chưa nhận được kết quả.
Giải trình tại giao ban, ông Phan Minh Trí, Giám đốc Chi nhánh Văn phòng Đăng ký đất đai huyện, cho biết số hồ sơ chậm trả do sai lệch số liệu giữa bản đồ mới và sổ địa chính cũ; Chi nhánh sẽ trả dứt điểm trước ngày 20/11/2020 và gửi thư xin lỗi các hộ bị trễ hẹn.
Kết luận giao ban, đ/c Nguyễn Thị Kim Xuyến đề nghị khối dân vận tiếp tục thực hiện Chỉ thị số 05-CT/HU của Ban Thường vụ Huyện ủy về tăng cường công tác dân vận trong quản lý đất đai; mỗi ấp chọn ít nhất 1 mô hình "Dân vận khéo" gắn với cấp đổi giấy chứng nhận; tháng 11 tập trung vận động khoảng 900 hộ còn lại ở các xã Hưng Điền, Hưng Điền B, Vĩnh Châu A. Các đoàn thể huyện được giao giám sát việc giải quyết hồ sơ đất đai tại bộ phận một cửa, báo cáo kết quả tại giao ban tháng 11.
Trong tháng 10, khối dân vận huyện cũng phối hợp tổ chức 14 cuộc tuyên truyền về Luật Đất đai cho hơn 800 lượt người tại các ấp.
Ngọc Mến
Tin khác
- Giao ban khối dân vận tháng 9/2020 (08/10/2020)
- Tân Hưng: ra mắt 3 mô hình dân vận khéo (22/09/2020)
- Họp mặt kỷ niệm 90 năm Ngày truyền thống công tác dân vận (14/10/2020)
""", "2020-11-06", "Tân Hưng đẩy nhanh cấp đổi giấy chứng nhận sau đo đạc",
E("giao_ban", "2020-10", "2020-11-05"),
[P("Nguyễn Thị Kim Xuyến", "HUV", "Trưởng BDV Huyện ủy"),
 P("Trần Văn Út", "Chủ tịch UBND xã Hưng Điền"),
 P("Lê Thị Mộng Tuyền", "Chủ tịch Hội LHPN xã Vĩnh Châu A"),
 P("Phan Minh Trí", "Giám đốc Chi nhánh Văn phòng Đăng ký đất đai huyện")],
[Q("4.312 giấy chứng nhận", 4312, "giấy chứng nhận"), Q("78,5%", 78.5, "%"), Q("hơn 1.100 hồ sơ", 1100, "hồ sơ", "over"),
 Q("Khoảng 3.500 hộ", 3500, "hộ", "approx"), Q("6 ấp giáp biên", 6, "ấp giáp biên"), Q("612 hộ", 612, "hộ"),
 Q("500.000 đồng/tháng", 500000, "đồng"), Q("87 hộ", 87, "hộ"),
 Q("ít nhất 1 mô hình", 1, "mô hình", "over"), Q("khoảng 900 hộ", 900, "hộ", "approx"),
 Q("14 cuộc tuyên truyền", 14, "cuộc tuyên truyền"), Q("hơn 800 lượt người", 800, "lượt người", "over")],
[D("Kế hoạch", "97", "KH-UBND", None, "UBND huyện", "Kế hoạch 97, 98/KH-UBND"),
 D("Kế hoạch", "98", "KH-UBND", None, "UBND huyện", "Kế hoạch 97, 98/KH-UBND"),
 D("Chỉ thị", "05", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị số 05-CT/HU")],
[prov("Long An"), com("Hưng Điền"), com("Vĩnh Châu A"), com("Hưng Điền B")],
["Hôm nay: Thứ Hai, 09/11/2020", "BAN DÂN VẬN HUYỆN ỦY TÂN HƯNG - TỈNH LONG AN", "Trang chủ - Tin hoạt động - Dân vận chính quyền",
 "Cán bộ Chi nhánh Văn phòng Đăng ký đất đai hướng dẫn người dân xã Hưng Điền kê khai hồ sơ.", "Dân vận khéo", "Luật Đất đai"],
["Hôm nay: Thứ Hai, 09/11/2020", "06/11/2020 - 08:30", "tháng 10/2020", "năm 1995 - 2000", "hơn 3 tháng", "20/11/2020"]))

PAGES.append(page("b7888-quangtri-huongphung-chandung-2021", """
Báo Quảng Trị Online
Xã hội | Gương sáng
Thứ Sáu, 26/03/2021, 07:00
Anh Hồ Văn Lâm (bìa phải) cùng cán bộ đo đạc xác định mốc ranh giới tại bản Cợp.
Người cán bộ địa chính "ba cùng" với đồng bào Vân Kiều
QTO - Suốt 8 năm làm công chức địa chính - xây dựng xã Hướng Phùng, anh Hồ Văn Lâm đã đi khắp 12 bản của xã, cùng ăn, cùng ở, cùng làm với bà con Vân Kiều để đo từng thửa rẫy, giải thích từng tờ giấy. Nhờ sự tận tụy ấy, hơn 700 hộ trong xã đã có giấy chứng nhận quyền sử dụng đất.
Hướng Phùng là xã vùng cao biên giới của huyện Hướng Hóa, đồng bào Vân Kiều chiếm hơn 80% dân số. Trước năm 2015, phần lớn đất sản xuất của bà con chưa có giấy tờ, ranh giới chủ yếu theo lời truyền miệng. Khi tỉnh triển khai đo đạc bản đồ địa chính theo Quyết định số 2536/QĐ-UBND ngày 25/11/2014 của UBND tỉnh Quảng Trị, anh Lâm được giao theo đoàn đo đạc vào từng bản.
"Ngày đó có nhà không cho đo vì sợ Nhà nước lấy đất. Mình phải ngồi bên bếp lửa với già làng, uống nước chè, nói tiếng Vân Kiều, kể cho bà con nghe có giấy rồi thì được vay vốn, con cháu được thừa kế", anh Lâm nhớ lại. Có đêm anh ngủ lại ở bản Cợp để sáng sớm theo bà con lên rẫy cắm mốc. Anh đã đi bộ hơn 32 km đường rừng mỗi tuần trong những tháng cao điểm.
Ông Hồ Văn Kay, Trưởng bản Cợp kể: bản có 146 hộ thì đến nay 139 hộ đã có giấy; anh Lâm còn hướng dẫn 23 hộ dùng giấy chứng nhận để thế chấp vay vốn trồng cà phê, chăn nuôi bò với tổng số tiền gần 1,5 tỷ đồng.
Chủ tịch UBND xã Hướng Phùng Lê Văn Sơn cho biết, từ năm 2016 đến nay xã đã đo đạc 1.046 thửa đất với diện tích khoảng 2.150 ha; tỷ lệ hộ được cấp giấy chứng nhận đất sản xuất đạt 91%. Xã cũng không còn đơn thư tranh chấp đất vượt cấp; các vụ việc nhỏ giữa các hộ trong bản đều được tổ hòa giải và già làng giải quyết ngay tại cơ sở. Năm 2020, anh Lâm được Chủ tịch UBND tỉnh tặng bằng khen vì thành tích xuất sắc trong phong trào thi đua "Dân vận khéo".
Theo ông Hồ Xuân Diệp, Trưởng Ban Dân vận Huyện ủy Hướng Hóa, tấm gương của anh Lâm đang được nhân rộng qua Kế hoạch số 34-KH/BDVHU về xây dựng đội ngũ cán bộ cơ sở "nói dân hiểu, làm dân tin". Huyện đã chọn 22 cán bộ địa chính, tư pháp người dân tộc thiểu số để bồi dưỡng tiếng Vân Kiều, Pa Kô.
Hỏi về dự định, anh Lâm cười: "Còn 7 hộ ở bản Cợp chưa có giấy vì đất nằm giáp rừng phòng hộ. Năm nay phải làm xong cho bà con".
Hoàng Tâm
Tin liên quan
- Hướng Hóa: cấp giấy chứng nhận cho 1.200 hộ đồng bào (12/03/2021)
- Già làng Hồ Văn Nhót giữ bình yên biên giới (02/03/2021)
- Đakrông: vận động đồng bào bỏ tập quán du canh (20/02/2021)
""", "2021-03-26", "Người cán bộ địa chính \"ba cùng\" với đồng bào Vân Kiều",
E("khac", None, None),
[P("Hồ Văn Lâm", "công chức địa chính - xây dựng xã Hướng Phùng"),
 P("Hồ Văn Kay", "Trưởng bản Cợp"),
 P("Lê Văn Sơn", "Chủ tịch UBND xã Hướng Phùng"),
 P("Hồ Xuân Diệp", "Trưởng Ban Dân vận Huyện ủy Hướng Hóa")],
[Q("12 bản", 12, "bản"), Q("hơn 700 hộ", 700, "hộ", "over"), Q("hơn 80%", 80, "%", "over"),
 Q("hơn 32 km", 32, "km", "over"), Q("146 hộ", 146, "hộ"), Q("139 hộ", 139, "hộ"), Q("23 hộ", 23, "hộ"),
 Q("gần 1,5 tỷ đồng", 1500000000, "đồng", "approx"), Q("1.046 thửa đất", 1046, "thửa đất"),
 Q("khoảng 2.150 ha", 2150, "ha", "approx"), Q("91%", 91, "%"),
 Q("22 cán bộ địa chính, tư pháp", 22, "cán bộ địa chính, tư pháp"), Q("7 hộ", 7, "hộ")],
[D("Quyết định", "2536", "QĐ-UBND", "2014-11-25", "UBND tỉnh Quảng Trị", "Quyết định số 2536/QĐ-UBND ngày 25/11/2014"),
 D("Kế hoạch", "34", "KH/BDVHU", None, None, "Kế hoạch số 34-KH/BDVHU")],
[prov("Quảng Trị"), com("Hướng Phùng")],
["Báo Quảng Trị Online", "Xã hội | Gương sáng", "Anh Hồ Văn Lâm (bìa phải) cùng cán bộ đo đạc xác định mốc ranh giới tại bản Cợp.",
 "QTO", "ba cùng", "Dân vận khéo", "nói dân hiểu, làm dân tin"],
["Thứ Sáu, 26/03/2021, 07:00", "8 năm", "năm 2015", "năm 2016", "Năm 2020"]))
