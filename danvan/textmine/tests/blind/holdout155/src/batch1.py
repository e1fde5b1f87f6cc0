from lib import *
PAGES = []

PAGES.append(page("b3677-thanhhoa-btcd-tongket-2011", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH THANH HÓA
Trang chủ » Tin tức - Sự kiện » Tiếp công dân, khiếu nại tố cáo
Thứ Tư, 28/12/2011 - 09:30
Ảnh: Quang cảnh hội nghị tổng kết.
Thanh Hóa: Tổng kết công tác tiếp công dân năm 2011
Chiều 27/12, Ban Tiếp công dân tỉnh tổ chức hội nghị tổng kết công tác tiếp công dân, giải quyết khiếu nại, tố cáo năm 2011 và triển khai nhiệm vụ năm 2012. Đồng chí Lê Đình Khang, Phó Chủ tịch UBND tỉnh, dự và chỉ đạo hội nghị.
Báo cáo do ông Hoàng Văn Lộc, Trưởng Ban Tiếp công dân tỉnh trình bày cho biết, năm 2011 trụ sở tiếp công dân của tỉnh đã tiếp 1.846 lượt công dân với 1.212 vụ việc, trong đó có 37 đoàn đông người. Lãnh đạo UBND tỉnh trực tiếp tiếp dân định kỳ 12 buổi theo lịch vào ngày 15 hằng tháng. Ban đã tiếp nhận, phân loại 2.368 đơn thư các loại; trong đó đơn khiếu nại 694 đơn, đơn tố cáo 211 đơn, còn lại là đơn kiến nghị, phản ánh. Các cấp, các ngành đã giải quyết 581/694 đơn khiếu nại thuộc thẩm quyền, đạt 83,7%; thu hồi cho Nhà nước hơn 3,4 tỷ đồng và trả lại cho công dân khoảng 1,1 tỷ đồng cùng 12.600 m2 đất.
Nội dung khiếu nại chủ yếu liên quan đến bồi thường, giải phóng mặt bằng tại Khu kinh tế Nghi Sơn, chế độ chính sách đối với người có công và việc cấp giấy chứng nhận quyền sử dụng đất. Một số vụ việc kéo dài nhiều năm ở các xã Hải Yến, Tĩnh Hải đã được giải quyết dứt điểm nhờ tổ chức đối thoại trực tiếp tại cơ sở.
Tại hội nghị, bà Hà Thị Lan, Phó Chánh Thanh tra tỉnh, cho biết năm 2011 Thanh tra tỉnh đã hướng dẫn các huyện thống nhất thực hiện Quyết định số 1131/2008/QĐ-TTCP của Tổng Thanh tra Chính phủ về mẫu văn bản trong hoạt động thanh tra, giải quyết khiếu nại, tố cáo. Ông Lò Văn Pấng, Chủ tịch UBND xã Trung Lý (huyện Mường Lát), chia sẻ cách tổ chức tiếp dân lưu động ở các bản vùng cao người Mông, người Thái.
Phát biểu chỉ đạo, đồng chí Lê Đình Khang yêu cầu năm 2012 các ngành, địa phương thực hiện nghiêm Luật Khiếu nại, Luật Tố cáo năm 2011; Thủ trưởng các cơ quan phải trực tiếp tiếp công dân theo Chỉ thị số 09/CT-UBND ngày 20/4/2011 của UBND tỉnh; không để xảy ra tình trạng công dân tập trung đông người tại trụ sở cơ quan Nhà nước trong dịp Tết Nguyên đán.
Dịp này, UBND tỉnh tặng bằng khen cho 9 tập thể và 14 cá nhân có thành tích trong công tác tiếp công dân.
Minh Hằng
Lượt xem: 1.204
Tin liên quan
- Phó Chủ tịch UBND tỉnh tiếp công dân định kỳ tháng 11 (16/11/2011)
- Huyện Tĩnh Gia đối thoại với 26 hộ dân vùng dự án (02/11/2011)
- Tập huấn nghiệp vụ tiếp công dân cho cán bộ cấp xã (20/10/2011)
- Thanh tra tỉnh công bố kết luận thanh tra tại huyện Nông Cống (05/10/2011)
""", "2011-12-28", "Thanh Hóa: Tổng kết công tác tiếp công dân năm 2011",
E("tong_ket", "2011", "2011-12-27"),
[P("Lê Đình Khang", "Phó Chủ tịch UBND tỉnh"),
 P("Hoàng Văn Lộc", "Trưởng Ban Tiếp công dân tỉnh"),
 P("Hà Thị Lan", "Phó Chánh Thanh tra tỉnh"),
 P("Lò Văn Pấng", "Chủ tịch UBND xã Trung Lý")],
[Q("1.846 lượt công dân", 1846, "lượt công dân"), Q("1.212 vụ việc", 1212, "vụ việc"), Q("37 đoàn đông người", 37, "đoàn đông người"),
 Q("12 buổi", 12, "buổi"), Q("2.368 đơn thư", 2368, "đơn thư"), Q("694 đơn", 694, "đơn"), Q("211 đơn", 211, "đơn"),
 Q("581/694 đơn khiếu nại", 581, "đơn khiếu nại"), Q("83,7%", 83.7, "%"), Q("hơn 3,4 tỷ đồng", 3400000000, "đồng", "over"),
 Q("khoảng 1,1 tỷ đồng", 1100000000, "đồng", "approx"), Q("12.600 m2", 12600, "m2"), Q("9 tập thể", 9, "tập thể"), Q("14 cá nhân", 14, "cá nhân")],
[D("Quyết định", "1131", "2008/QĐ-TTCP", None, "Tổng Thanh tra Chính phủ", "Quyết định số 1131/2008/QĐ-TTCP"),
 D("Chỉ thị", "09", "CT-UBND", "2011-04-20", "UBND tỉnh", "Chỉ thị số 09/CT-UBND ngày 20/4/2011")],
[prov("Thanh Hóa"), com("Hải Yến"), com("Tĩnh Hải"), com("Trung Lý")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH THANH HÓA", "Trang chủ » Tin tức - Sự kiện » Tiếp công dân, khiếu nại tố cáo", "Ảnh: Quang cảnh hội nghị tổng kết.",
 "Luật Khiếu nại, Luật Tố cáo năm 2011", "Lượt xem: 1.204", "Khu kinh tế Nghi Sơn"],
["Thứ Tư, 28/12/2011 - 09:30", "năm 2011", "năm 2012", "ngày 15 hằng tháng", "Lượt xem: 1.204"]))

PAGES.append(page("b3678-laocai-btu-tiepdan-2012", """
Báo Lào Cai điện tử
Chính trị | Xã hội | Kinh tế | Văn hóa | Thể thao
Cập nhật: 08:40, 16/05/2012 (GMT+7)
Bí thư Tỉnh ủy tiếp công dân định kỳ tháng 5
Đồng chí Vương Đình Huấn lắng nghe công dân huyện Bắc Hà trình bày. Ảnh: Thanh Nga
(BLC) - Sáng 15/5, tại Trụ sở tiếp công dân tỉnh, đồng chí Vương Đình Huấn, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh đã chủ trì buổi tiếp công dân định kỳ tháng 5/2012. Cùng dự có đồng chí Giàng Thị Mai, Phó Trưởng Ban Dân vận Tỉnh ủy; ông Đặng Quang Minh, Trưởng Ban Tiếp công dân tỉnh và lãnh đạo các sở: Tài nguyên và Môi trường, Xây dựng, Lao động - Thương binh và Xã hội.
Tại buổi tiếp, có 7 lượt công dân với 5 vụ việc đến trình bày, trong đó có 1 đoàn đông người gồm 14 hộ dân thôn Na Hối, xã Na Hối (huyện Bắc Hà) kiến nghị về mức bồi thường khi thu hồi đất làm đường tỉnh lộ. Ông Sùng Seo Dín, đại diện các hộ, cho biết mỗi hộ đã nhận khoảng 38 triệu đồng, nhưng diện tích đất nương bị ảnh hưởng chưa được kiểm đếm đủ.
Bà Hoàng Thị Thắm (phường Kim Tân, thành phố Lào Cai) đề nghị xem xét lại việc cấp giấy chứng nhận quyền sử dụng đất cho gia đình; ông Thào A Lử (xã Bản Phố) phản ánh việc chậm chi trả tiền hỗ trợ trồng rừng năm 2011 với số tiền hơn 6 triệu đồng.
Sau khi nghe ý kiến của các sở, ngành, đồng chí Bí thư Tỉnh ủy giao UBND huyện Bắc Hà trong 30 ngày kiểm tra, đo đạc lại toàn bộ diện tích; giao Sở Tài nguyên và Môi trường hướng dẫn thủ tục cho hộ bà Thắm. Với các kiến nghị đã được giải quyết đúng chính sách, đồng chí đề nghị công dân chấp hành, không tiếp tục gửi đơn vượt cấp.
Theo Ban Tiếp công dân tỉnh, từ đầu năm đến nay, lãnh đạo Tỉnh ủy, UBND tỉnh đã tiếp 5 buổi định kỳ với 41 lượt công dân; 26/31 vụ việc đã có kết quả giải quyết. Việc Bí thư Tỉnh ủy tiếp dân mỗi tháng một lần được thực hiện theo Quy định số 05-QĐ/TU của Ban Thường vụ Tỉnh ủy về trách nhiệm của người đứng đầu cấp ủy trong tiếp dân.
Phát biểu kết thúc buổi tiếp, đồng chí Vương Đình Huấn nhấn mạnh: các cấp ủy, chính quyền cơ sở phải "nghe dân nói, nói dân hiểu, làm dân tin", giải quyết dứt điểm ngay từ thôn, bản; cán bộ tiếp dân phải biết tiếng dân tộc, nhất là ở các huyện vùng cao Si Ma Cai, Mường Khương.
Trước đó, trong quý I/2012, Ban Tiếp công dân tỉnh đã tham mưu tổ chức 3 cuộc đối thoại tại cơ sở với người dân vùng dự án thủy điện; phần lớn kiến nghị được các huyện trả lời bằng văn bản trong thời hạn quy định.
Thanh Nga
Tin khác
- HĐND tỉnh giám sát việc giải quyết đơn thư tại huyện Bát Xát (10/05/2012)
- Chủ tịch UBND tỉnh đối thoại với hộ dân khu đô thị mới (03/05/2012)
- Sa Pa: hòa giải thành 18 vụ việc ở cơ sở (25/04/2012)
- Bảo Thắng tổng kết công tác dân vận chính quyền (18/04/2012)
- Mường Khương: tập huấn kỹ năng hòa giải cho 120 tổ viên tổ hòa giải (11/04/2012)
""", "2012-05-16", "Bí thư Tỉnh ủy tiếp công dân định kỳ tháng 5",
E("doi_thoai", "2012-05", "2012-05-15"),
[P("Vương Đình Huấn", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Giàng Thị Mai", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đặng Quang Minh", "Trưởng Ban Tiếp công dân tỉnh"),
 P("Sùng Seo Dín"),
 P("Hoàng Thị Thắm"), P("Thào A Lử")],
[Q("7 lượt công dân", 7, "lượt công dân"), Q("5 vụ việc", 5, "vụ việc"), Q("1 đoàn đông người", 1, "đoàn đông người"),
 Q("14 hộ dân", 14, "hộ dân"), Q("khoảng 38 triệu đồng", 38000000, "đồng", "approx"), Q("hơn 6 triệu đồng", 6000000, "đồng", "over"),
 Q("5 buổi", 5, "buổi"), Q("41 lượt công dân", 41, "lượt công dân"), Q("26/31 vụ việc", 26, "vụ việc"), Q("3 cuộc đối thoại", 3, "cuộc đối thoại")],
[D("Quy định", "05", "QĐ/TU", None, "Ban Thường vụ Tỉnh ủy", "Quy định số 05-QĐ/TU")],
[prov("Lào Cai"), com("Na Hối"), com("Kim Tân"), com("Bản Phố")],
["Báo Lào Cai điện tử", "Chính trị | Xã hội | Kinh tế | Văn hóa | Thể thao",
 "Đồng chí Vương Đình Huấn lắng nghe công dân huyện Bắc Hà trình bày. Ảnh: Thanh Nga", "(BLC)", "nghe dân nói, nói dân hiểu, làm dân tin", "Trụ sở tiếp công dân tỉnh"],
["Cập nhật: 08:40, 16/05/2012 (GMT+7)", "tháng 5/2012", "30 ngày", "năm 2011", "mỗi tháng một lần", "quý I/2012"]))

PAGES.append(page("b3679-kontum-xa-tiepdan-2013", """
UBND XÃ ĐẮK TRĂM - HUYỆN ĐẮK TÔ - TỈNH KON TUM
Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Hoạt động của UBND xã
08:15 | 11/10/2013
Chủ tịch UBND xã tiếp công dân định kỳ
Hình: Quang cảnh buổi tiếp công dân tại hội trường UBND xã.
Thực hiện lịch tiếp công dân định kỳ hằng tháng, sáng ngày 10/10/2013, ông A Thiên, Phó Bí thư Đảng ủy, Chủ tịch UBND xã Đắk Trăm đã chủ trì buổi tiếp công dân tại trụ sở UBND xã. Tham gia có bà Y Nhưn, Chủ tịch Ủy ban MTTQ Việt Nam xã; ông Nguyễn Văn Hải, công chức Tư pháp - Hộ tịch; ông A Hùng, công chức Địa chính - Xây dựng và trưởng các thôn Đắk Rơ Manh, Tê Pen.
Buổi tiếp có 9 công dân đến phản ánh, kiến nghị 6 nội dung. Ông A Khiêm (thôn Tê Pen) kiến nghị giải quyết tranh chấp ranh giới rẫy cà phê với hộ liền kề, diện tích khoảng 2.000 m2. Bà Y Bông (thôn Đắk Rơ Manh) đề nghị xem xét cho gia đình được vay 15 triệu đồng vốn hộ nghèo để mua bò giống. Một số hộ phản ánh đoạn đường vào khu sản xuất dài hơn 800 m bị sạt lở sau mưa lũ, xe chở mì không đi được.
Sau khi nghe các bộ phận chuyên môn báo cáo, ông A Thiên trả lời trực tiếp 4 nội dung tại buổi tiếp; giao công chức Địa chính cùng Ban công tác Mặt trận thôn Tê Pen tổ chức hòa giải vụ tranh chấp trong tháng 10; giao Hội Nông dân xã phối hợp Ngân hàng Chính sách xã hội huyện xem xét hồ sơ vay vốn. Với đoạn đường sạt lở, UBND xã sẽ huy động nhân dân làm ngày công, đồng thời đề nghị UBND huyện hỗ trợ 50 tấn xi măng.
Theo báo cáo của UBND xã, 9 tháng năm 2013, xã đã tổ chức 9 buổi tiếp công dân định kỳ, tiếp 47 lượt người; nhận 12 đơn, đã giải quyết 11 đơn, 1 đơn đang xác minh. Tổ hòa giải ở 7 thôn đã hòa giải thành 8/9 vụ việc. Xã thực hiện tiếp dân theo Quy chế tiếp công dân ban hành kèm theo Quyết định số 27/QĐ-UBND ngày 15/3/2013 của UBND xã và Kế hoạch số 19/KH-UBND của UBND huyện Đắk Tô.
Đắk Trăm là xã đặc biệt khó khăn của huyện Đắk Tô, tỉnh Kon Tum, có 1.260 hộ với hơn 5.400 nhân khẩu, trên 90% là đồng bào Xơ Đăng. Những năm gần đây, tranh chấp đất rẫy giữa các hộ có xu hướng tăng do giá cà phê, cao su lên cao; nhiều vụ việc phát sinh từ việc chia đất cho con cái không có giấy tờ.
Ông A Thiên đề nghị các trưởng thôn, già làng, người có uy tín tiếp tục tuyên truyền bà con gửi đơn đúng nơi, đúng thẩm quyền, không nghe kẻ xấu xúi giục khiếu kiện đông người.
Văn phòng HĐND - UBND xã
Lượt truy cập: 35.617
Các tin đã đưa
- Xã Đắk Trăm ra quân làm đường giao thông nông thôn (25/09/2013)
- Hội nghị tiếp xúc cử tri trước kỳ họp thứ 7 HĐND xã (12/09/2013)
- Thu hoạch lúa nước vụ mùa ở thôn Kon Bring (30/08/2013)
- Trao 20 con bò giống cho hộ nghèo thôn Tê Pen (14/08/2013)
""", "2013-10-11", "Chủ tịch UBND xã tiếp công dân định kỳ",
E("doi_thoai", None, "2013-10-10"),
[P("A Thiên", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã Đắk Trăm"),
 P("Y Nhưn", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Nguyễn Văn Hải", "công chức Tư pháp - Hộ tịch"),
 P("A Hùng", "công chức Địa chính - Xây dựng"),
 P("A Khiêm"), P("Y Bông")],
[Q("9 công dân", 9, "công dân"), Q("6 nội dung", 6, "nội dung"), Q("khoảng 2.000 m2", 2000, "m2", "approx"),
 Q("15 triệu đồng", 15000000, "đồng"), Q("hơn 800 m", 800, "m", "over"), Q("4 nội dung", 4, "nội dung"),
 Q("50 tấn xi măng", 50, "tấn"), Q("9 buổi", 9, "buổi"), Q("47 lượt người", 47, "lượt người"),
 Q("12 đơn", 12, "đơn"), Q("11 đơn", 11, "đơn"), Q("1 đơn", 1, "đơn"), Q("7 thôn", 7, "thôn"), Q("8/9 vụ việc", 8, "vụ việc"),
 Q("1.260 hộ", 1260, "hộ"), Q("hơn 5.400 nhân khẩu", 5400, "nhân khẩu", "over"), Q("trên 90%", 90, "%", "over")],
[D("Quyết định", "27", "QĐ-UBND", "2013-03-15", "UBND xã", "Quyết định số 27/QĐ-UBND ngày 15/3/2013"),
 D("Kế hoạch", "19", "KH-UBND", None, "UBND huyện Đắk Tô", "Kế hoạch số 19/KH-UBND")],
[prov("Kon Tum"), com("Đắk Trăm")],
["UBND XÃ ĐẮK TRĂM - HUYỆN ĐẮK TÔ - TỈNH KON TUM", "Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Hoạt động của UBND xã",
 "Hình: Quang cảnh buổi tiếp công dân tại hội trường UBND xã.", "Lượt truy cập: 35.617", "Ngân hàng Chính sách xã hội"],
["08:15 | 11/10/2013", "9 tháng năm 2013", "Lượt truy cập: 35.617", "tháng 10"]))

PAGES.append(page("b3680-soctrang-btcd-baocao-q1-2014", """
SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH SÓC TRĂNG - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Thanh tra - Tiếp công dân
Ngày đăng 08/04/2014 | 15:20
Kết quả tiếp công dân quý I/2014 của Ban Tiếp công dân tỉnh
Theo Báo cáo số 35/BC-BTCD ngày 4/4/2014 của Ban Tiếp công dân tỉnh, trong quý I/2014, Trụ sở tiếp công dân tỉnh Sóc Trăng đã tiếp 318 lượt công dân với 274 vụ việc; trong đó có 6 đoàn đông người với tổng cộng 93 người, chủ yếu đến từ các huyện Trần Đề, Vĩnh Châu và thị xã Ngã Năm.
Ông Thạch Sô Phol, Phó Trưởng Ban Tiếp công dân tỉnh cho biết, số lượt công dân đến trụ sở tăng khoảng 12% so với cùng kỳ năm 2013, do nhiều hộ dân kiến nghị về giá bồi thường tại dự án đường nam sông Hậu và việc hỗ trợ chuyển đổi nghề cho hộ dân tộc Khmer thiếu đất sản xuất. Trong quý, Ban tiếp nhận 402 đơn, đã phân loại, chuyển đến cơ quan có thẩm quyền 289 đơn; hướng dẫn, trả lời cho công dân 97 đơn; lưu 16 đơn trùng lắp, không rõ địa chỉ.
Lãnh đạo UBND tỉnh đã tiếp công dân định kỳ 3 buổi vào các ngày 10/1, 10/2 và 10/3; trực tiếp chỉ đạo giải quyết 14 vụ việc phức tạp. Trong đó, vụ việc của 11 hộ dân xã Vĩnh Hải (thị xã Vĩnh Châu) liên quan đến diện tích đất bãi bồi ven biển đã được UBND tỉnh đối thoại và ban hành quyết định giải quyết, hỗ trợ cho các hộ tổng số tiền trên 1,35 tỷ đồng.
Ban Tiếp công dân đã phối hợp với Ban Dân tộc tỉnh và Hội Đoàn kết sư sãi yêu nước tỉnh vận động các vị sư, người có uy tín trong đồng bào Khmer tuyên truyền cho bà con gửi đơn đúng thẩm quyền. Đại đức Lâm Sa Ruôl, trụ trì chùa Bưng Cóc, và ông Sơn Ngọc Đa, người có uy tín ấp Tân Lập, xã Lâm Kiết, đã tham gia hòa giải thành 4 vụ tranh chấp đất đai trong phum sóc.
Theo bà Kim Thị Sóc Khanh, Trưởng phòng Tiếp dân và xử lý đơn thư, Ban Tiếp công dân tỉnh, hiện nay việc tiếp công dân ở cấp xã còn hạn chế; một số nơi chưa bố trí được phòng tiếp dân riêng, cán bộ tiếp dân chưa thạo tiếng Khmer.
Về nhiệm vụ quý II, Ban tham mưu UBND tỉnh xây dựng Kế hoạch triển khai thi hành Luật Tiếp công dân số 42/2013/QH13 của Quốc hội, có hiệu lực từ ngày 1/7/2014; đồng thời tiếp tục thực hiện Chỉ thị số 14/CT-TTg ngày 18/5/2012 của Thủ tướng Chính phủ về chấn chỉnh, nâng cao hiệu quả công tác tiếp công dân, giải quyết khiếu nại, tố cáo và Quyết định số 859/QĐ-UBND ngày 20/8/2013 của UBND tỉnh ban hành Nội quy trụ sở tiếp công dân.
Diệp Hồng Phúc
TIN CÙNG CHUYÊN MỤC
- UBND tỉnh đối thoại với 11 hộ dân xã Vĩnh Hải (27/03/2014)
- Thanh tra tỉnh tổng kết công tác năm 2013 (14/01/2014)
- Hội nghị triển khai Luật Tiếp công dân (05/01/2014)
""", "2014-04-08", "Kết quả tiếp công dân quý I/2014 của Ban Tiếp công dân tỉnh",
E("bao_cao", "2014-Q1", "2014-04-04"),
[P("Thạch Sô Phol", "Phó Trưởng Ban Tiếp công dân tỉnh"),
 P("Lâm Sa Ruôl", "Đại đức", "trụ trì chùa Bưng Cóc"),
 P("Sơn Ngọc Đa", "người có uy tín ấp Tân Lập"),
 P("Kim Thị Sóc Khanh", "Trưởng phòng Tiếp dân và xử lý đơn thư", "Ban Tiếp công dân tỉnh")],
[Q("318 lượt công dân", 318, "lượt công dân"), Q("274 vụ việc", 274, "vụ việc"), Q("6 đoàn đông người", 6, "đoàn đông người"),
 Q("93 người", 93, "người"), Q("khoảng 12%", 12, "%", "approx"), Q("402 đơn", 402, "đơn"), Q("289 đơn", 289, "đơn"),
 Q("97 đơn", 97, "đơn"), Q("16 đơn trùng lắp", 16, "đơn trùng lắp"), Q("3 buổi", 3, "buổi"), Q("14 vụ việc phức tạp", 14, "vụ việc phức tạp"),
 Q("11 hộ dân", 11, "hộ dân"), Q("trên 1,35 tỷ đồng", 1350000000, "đồng", "over"), Q("4 vụ tranh chấp đất đai", 4, "vụ tranh chấp đất đai")],
[D("Báo cáo", "35", "BC-BTCD", "2014-04-04", "Ban Tiếp công dân tỉnh", "Báo cáo số 35/BC-BTCD ngày 4/4/2014"),
 D("Luật", "42", "2013/QH13", None, "Quốc hội", "Luật Tiếp công dân số 42/2013/QH13"),
 D("Chỉ thị", "14", "CT-TTg", "2012-05-18", "Thủ tướng Chính phủ", "Chỉ thị số 14/CT-TTg ngày 18/5/2012"),
 D("Quyết định", "859", "QĐ-UBND", "2013-08-20", "UBND tỉnh", "Quyết định số 859/QĐ-UBND ngày 20/8/2013")],
[prov("Sóc Trăng"), com("Vĩnh Hải"), com("Lâm Kiết")],
["SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH SÓC TRĂNG - CỔNG THÔNG TIN ĐIỆN TỬ", "Trang chủ > Tin tức > Thanh tra - Tiếp công dân",
 "Hội Đoàn kết sư sãi yêu nước tỉnh", "Trụ sở tiếp công dân tỉnh Sóc Trăng", "Nội quy trụ sở tiếp công dân"],
["Ngày đăng 08/04/2014 | 15:20", "quý I/2014", "năm 2013", "ngày 1/7/2014", "quý II", "10/1, 10/2 và 10/3"]))

PAGES.append(page("b3681-nghean-hdnd-giamsat-2015", """
Báo Nghệ An - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Nghệ An
Thời sự :: Chính trị :: Hoạt động HĐND
24-09-2015 15:10
Giám sát việc tiếp công dân ở huyện miền núi Quỳ Châu
Ảnh: Đoàn giám sát làm việc tại UBND huyện Quỳ Châu.
(Baonghean) - Ngày 23/9, Đoàn giám sát của Thường trực HĐND tỉnh do đồng chí Lô Văn Thoại, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực HĐND tỉnh làm trưởng đoàn đã giám sát việc thực hiện Luật Tiếp công dân tại huyện Quỳ Châu. Đây là nội dung trong chương trình giám sát chuyên đề năm 2015 theo Nghị quyết số 142/NQ-HĐND của HĐND tỉnh.
Cùng đi có các đồng chí: Vi Thị Hương, Trưởng ban Dân tộc HĐND tỉnh; Trần Đình Cường, Phó Trưởng ban Pháp chế HĐND tỉnh; đại diện Ban Tiếp công dân tỉnh và Thanh tra tỉnh.
Theo báo cáo của UBND huyện, từ ngày Luật Tiếp công dân có hiệu lực đến nay, huyện đã thành lập Ban Tiếp công dân theo Nghị định số 64/2014/NĐ-CP ngày 26/6/2014 của Chính phủ, bố trí 2 cán bộ chuyên trách. Lãnh đạo huyện tiếp dân định kỳ 15 buổi, tiếp 126 lượt công dân với 88 vụ việc; 12/12 xã, thị trấn đã bố trí địa điểm tiếp công dân. Huyện tiếp nhận 104 đơn thư, đã giải quyết 96 đơn, đạt 92,3%. Đáng chú ý, số vụ tranh chấp đất rừng giữa các bản giảm; nhiều vụ được hòa giải thành ngay ở cơ sở nhờ vai trò của trưởng bản, già bản.
Tuy vậy, qua giám sát cho thấy sổ sách tiếp dân ở nhiều xã chưa ghi theo mẫu của Thông tư số 06/2014/TT-TTCP ngày 31/10/2014 của Thanh tra Chính phủ; một số chủ tịch UBND xã còn ủy quyền cho cấp phó tiếp dân; kinh phí bồi dưỡng cho cán bộ tiếp dân mới chi 80.000 đồng/ngày.
Tại buổi làm việc, đồng chí Lang Văn Chiến, HUV, Chủ tịch UBND xã Châu Hạnh, đề nghị tỉnh sớm hỗ trợ xây dựng phòng tiếp dân cho các xã đặc biệt khó khăn. Ông Sầm Văn Bình, Phó Chủ tịch UBND huyện Quỳ Châu, tiếp thu các ý kiến và cho biết huyện sẽ ban hành Quy chế phối hợp số 03 giữa Ban Tiếp công dân với Ủy ban MTTQ huyện trong quý IV.
Kết luận buổi giám sát, đồng chí Lô Văn Thoại đề nghị huyện thực hiện nghiêm Chỉ thị số 35-CT/TW ngày 26/5/2014 của Bộ Chính trị; người đứng đầu phải trực tiếp tiếp dân ít nhất 1 ngày trong tháng theo Luật; quan tâm bồi dưỡng nghiệp vụ cho cán bộ tư pháp, địa chính cấp xã, nhất là ở các bản người Thái, người Khơ Mú vùng sâu.
Kết quả giám sát sẽ được tổng hợp báo cáo tại kỳ họp cuối năm của HĐND tỉnh.
Thanh Lê
Tin liên quan
- Thường trực HĐND tỉnh giám sát tại huyện Con Cuông (17/09/2015)
- Tiếp xúc cử tri trước kỳ họp thứ 15 HĐND tỉnh khóa XVI (02/07/2015)
- Nghệ An triển khai Luật Tiếp công dân (20/06/2014)
""", "2015-09-24", "Giám sát việc tiếp công dân ở huyện miền núi Quỳ Châu",
E("giam_sat", "2015", "2015-09-23"),
[P("Lô Văn Thoại", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch Thường trực HĐND tỉnh"),
 P("Vi Thị Hương", "Trưởng ban Dân tộc HĐND tỉnh"),
 P("Trần Đình Cường", "Phó Trưởng ban Pháp chế HĐND tỉnh"),
 P("Lang Văn Chiến", "HUV", "Chủ tịch UBND xã Châu Hạnh"),
 P("Sầm Văn Bình", "Phó Chủ tịch UBND huyện Quỳ Châu")],
[Q("2 cán bộ chuyên trách", 2, "cán bộ chuyên trách"), Q("15 buổi", 15, "buổi"), Q("126 lượt công dân", 126, "lượt công dân"),
 Q("88 vụ việc", 88, "vụ việc"), Q("12/12 xã, thị trấn", 12, "xã, thị trấn"), Q("104 đơn thư", 104, "đơn thư"), Q("96 đơn", 96, "đơn"),
 Q("92,3%", 92.3, "%"), Q("80.000 đồng", 80000, "đồng")],
[D("Nghị quyết", "142", "NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 142/NQ-HĐND"),
 D("Nghị định", "64", "2014/NĐ-CP", "2014-06-26", "Chính phủ", "Nghị định số 64/2014/NĐ-CP ngày 26/6/2014"),
 D("Thông tư", "06", "2014/TT-TTCP", "2014-10-31", "Thanh tra Chính phủ", "Thông tư số 06/2014/TT-TTCP ngày 31/10/2014"),
 D("Quy chế phối hợp", "03", None, None, None, "Quy chế phối hợp số 03"),
 D("Chỉ thị", "35", "CT/TW", "2014-05-26", "Bộ Chính trị", "Chỉ thị số 35-CT/TW ngày 26/5/2014")],
[prov("Nghệ An"), com("Châu Hạnh")],
["Báo Nghệ An - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Nghệ An", "Thời sự :: Chính trị :: Hoạt động HĐND",
 "Ảnh: Đoàn giám sát làm việc tại UBND huyện Quỳ Châu.", "(Baonghean)", "Luật Tiếp công dân"],
["24-09-2015 15:10", "năm 2015", "1 ngày trong tháng", "quý IV", "kỳ họp thứ 15"]))

PAGES.append(page("b3682-gialai-soket-tiepcongdan-2016", """
BÁO GIA LAI ĐIỆN TỬ
Trang chủ › Chính trị › Thời sự
Thứ Năm, 14/07/2016 - 10:20
Đồng chí Rơ Mah Tuân phát biểu chỉ đạo hội nghị.
Gia Lai: Số đoàn đông người đến trụ sở tiếp dân giảm mạnh
(GLO)- Chiều 13-7, UBND tỉnh tổ chức hội nghị sơ kết công tác tiếp công dân, giải quyết khiếu nại, tố cáo 6 tháng đầu năm 2016 và triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Rơ Mah Tuân, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh chủ trì hội nghị.
Theo báo cáo của Ban Tiếp công dân tỉnh, 6 tháng qua các cơ quan hành chính nhà nước trên địa bàn tỉnh đã tiếp 2.415 lượt người với 1.732 vụ việc; số đoàn đông người chỉ còn 9 đoàn, giảm 14 đoàn so với cùng kỳ. Tại Trụ sở tiếp công dân tỉnh, lãnh đạo UBND tỉnh tiếp định kỳ 6 buổi, tiếp 58 lượt công dân. Toàn tỉnh tiếp nhận 1.986 đơn các loại; các cơ quan đã giải quyết 312/347 vụ việc khiếu nại, tố cáo thuộc thẩm quyền, đạt tỷ lệ 89,9%. Qua giải quyết đã kiến nghị thu hồi gần 860 triệu đồng và 4,2 ha đất, trả lại quyền lợi cho 27 người.
Bà Siu Thị H'Yin, Trưởng Ban Tiếp công dân tỉnh, cho biết: nội dung đơn thư tập trung vào tranh chấp đất đai, đòi lại đất cũ của đồng bào Jrai, Bahnar tại các huyện Ia Grai, Chư Păh, Đak Đoa; đền bù các dự án thủy điện; một số đơn tố cáo cán bộ thôn, làng trong bình xét hộ nghèo. Việc phối hợp giữa Ban với chính quyền cơ sở thực hiện theo Quy chế phối hợp số 12/QCPH-BTCD-TTr giữa Ban Tiếp công dân tỉnh và Thanh tra tỉnh.
Tại hội nghị, ông Kpă Thuyên, Chủ tịch UBND xã Ia Khươl (huyện Chư Păh), chia sẻ: xã đã phát huy vai trò già làng, người có uy tín, tổ hòa giải ở 14 làng; 6 tháng qua xã hòa giải thành 21 vụ việc, không có đơn vượt cấp. Ông Đinh Văn Breo, già làng làng Đê Chơ Gang, xã Hà Bầu (huyện Đak Đoa), kiến nghị cán bộ tiếp dân đến tận làng vào ngày nghỉ để người dân đi rẫy vẫn gặp được.
Phát biểu chỉ đạo, đồng chí Rơ Mah Tuân yêu cầu các sở, ngành, địa phương tiếp tục quán triệt Chỉ thị số 35-CT/TW ngày 26/5/2014 của Bộ Chính trị và Kế hoạch số 2187/KH-UBND ngày 10/6/2015 của UBND tỉnh thực hiện Chỉ thị này; Chủ tịch UBND các huyện, thị xã, thành phố phải tiếp công dân ít nhất 2 ngày trong tháng; kiên quyết không để phát sinh "điểm nóng", nhất là tại các vùng có đông đồng bào dân tộc thiểu số theo đạo Tin lành.
Hội nghị cũng nghe ông Rah Lan Blin, Phó Chánh Thanh tra tỉnh, thông báo kết quả rà soát 46 vụ việc tồn đọng, kéo dài.
Hồng Thi
Tin cùng chuyên mục
- Phó Chủ tịch UBND tỉnh tiếp công dân định kỳ tháng 6 (16/06/2016)
- Đối thoại với 35 hộ dân làng Plei Ốp (01/06/2016)
- HĐND tỉnh khóa XI họp kỳ thứ nhất (29/06/2016)
""", "2016-07-14", "Gia Lai: Số đoàn đông người đến trụ sở tiếp dân giảm mạnh",
E("so_ket", "2016-H1", "2016-07-13"),
[P("Rơ Mah Tuân", "Tỉnh ủy viên", "Phó Chủ tịch UBND tỉnh"),
 P("Siu Thị H'Yin", "Trưởng Ban Tiếp công dân tỉnh"),
 P("Kpă Thuyên", "Chủ tịch UBND xã Ia Khươl"),
 P("Đinh Văn Breo", "già làng làng Đê Chơ Gang"),
 P("Rah Lan Blin", "Phó Chánh Thanh tra tỉnh")],
[Q("2.415 lượt người", 2415, "lượt người"), Q("1.732 vụ việc", 1732, "vụ việc"), Q("9 đoàn", 9, "đoàn"), Q("14 đoàn", 14, "đoàn"),
 Q("6 buổi", 6, "buổi"), Q("58 lượt công dân", 58, "lượt công dân"), Q("1.986 đơn", 1986, "đơn"),
 Q("312/347 vụ việc khiếu nại, tố cáo", 312, "vụ việc khiếu nại, tố cáo"), Q("89,9%", 89.9, "%"),
 Q("gần 860 triệu đồng", 860000000, "đồng", "approx"), Q("4,2 ha", 4.2, "ha"), Q("27 người", 27, "người"),
 Q("14 làng", 14, "làng"), Q("21 vụ việc", 21, "vụ việc"), Q("46 vụ việc tồn đọng", 46, "vụ việc tồn đọng")],
[D("Quy chế phối hợp", "12", "QCPH-BTCD-TTr", None, None, "Quy chế phối hợp số 12/QCPH-BTCD-TTr"),
 D("Chỉ thị", "35", "CT/TW", "2014-05-26", "Bộ Chính trị", "Chỉ thị số 35-CT/TW ngày 26/5/2014"),
 D("Kế hoạch", "2187", "KH-UBND", "2015-06-10", "UBND tỉnh", "Kế hoạch số 2187/KH-UBND ngày 10/6/2015")],
[prov("Gia Lai"), com("Ia Khươl"), com("Hà Bầu")],
["BÁO GIA LAI ĐIỆN TỬ", "Trang chủ › Chính trị › Thời sự", "Đồng chí Rơ Mah Tuân phát biểu chỉ đạo hội nghị.", "(GLO)", "điểm nóng", "Tin lành"],
["Thứ Năm, 14/07/2016 - 10:20", "6 tháng đầu năm 2016", "6 tháng cuối năm", "6 tháng qua", "ít nhất 2 ngày trong tháng"]))
