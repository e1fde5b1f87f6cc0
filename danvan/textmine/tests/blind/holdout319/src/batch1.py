from lib import *
PAGES = []

PAGES.append(page("b7613-hagiang-tinhdoan-tongket-tntn-2011", """
TỈNH ĐOÀN HÀ GIANG - ĐOÀN TNCS HỒ CHÍ MINH
Trang chủ › Hoạt động Đoàn › Thanh niên tình nguyện
Thứ Sáu, 26/08/2011 - 09:30
Đoàn viên thanh niên huyện Mèo Vạc giúp dân làm đường liên thôn. Ảnh: Hoàng Hà
Hà Giang: Tổng kết Chiến dịch Thanh niên tình nguyện hè năm 2011
Chiều 24/8, Ban Thường vụ Tỉnh đoàn Hà Giang tổ chức hội nghị tổng kết Chiến dịch Thanh niên tình nguyện hè năm 2011. Dự hội nghị có đồng chí Vàng Thị Mai, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Lù Văn Sình, Bí thư Tỉnh đoàn, cùng hơn 80 đại biểu là bí thư đoàn các huyện, thành phố và đại diện 19 đồn biên phòng trên tuyến biên giới.
Theo báo cáo do đồng chí Hoàng Thị Dung, Phó Bí thư Tỉnh đoàn trình bày, thực hiện Kế hoạch số 112-KH/TĐTN ngày 20/5/2011 của Ban Thường vụ Tỉnh đoàn, toàn tỉnh đã ra quân 246 đội hình thanh niên tình nguyện với trên 5.200 lượt đoàn viên tham gia. Các đội hình đã tu sửa 38 km đường giao thông nông thôn, làm mới 11 nhà văn hóa thôn, xây 120 nhà tiêu hợp vệ sinh cho các hộ đồng bào Mông, Dao ở 4 huyện vùng cao núi đá. Giá trị các công trình, phần việc thanh niên ước đạt trên 3,4 tỷ đồng.
Điểm nhấn của chiến dịch năm nay là sự phối hợp giữa Tỉnh đoàn và Bộ Chỉ huy Bộ đội Biên phòng tỉnh. Các chi đoàn đồn biên phòng đã nhận đỡ đầu 57 học sinh dân tộc thiểu số làm "con nuôi", hỗ trợ mỗi em 300.000 đồng/tháng đến hết năm học; mở 14 lớp xóa mù chữ cho 312 học viên ở các xã biên giới Lũng Cú, Phó Bảng, Xín Cái. Nhiều đoàn viên người Mông, người Lô Lô ở chính các thôn sát biên đã làm "phiên dịch" giúp cán bộ đồn tuyên truyền pháp luật cho bà con.
Tại hội nghị, anh Sùng Mí Chá, Bí thư Đoàn xã Lũng Cú, kể lại những ngày cùng bộ đội biên phòng cõng vật liệu lên thôn Lô Lô Chải dựng lớp học; chị Lò Thị Sinh, Phó Bí thư Huyện đoàn Đồng Văn, đề nghị Tỉnh đoàn có cơ chế duy trì các lớp học sau khi chiến dịch kết thúc.
Phát biểu chỉ đạo, đồng chí Vàng Thị Mai ghi nhận sự vào cuộc của tuổi trẻ, đề nghị Tỉnh đoàn tiếp tục quán triệt Nghị quyết số 25-NQ/TW ngày 25/7/2008 của BCH Trung ương về tăng cường sự lãnh đạo của Đảng đối với công tác thanh niên thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa; gắn hoạt động tình nguyện với phong trào thi đua "Dân vận khéo" và cuộc vận động "Học tập và làm theo tấm gương đạo đức Hồ Chí Minh".
Dịp này, Ban Thường vụ Tỉnh đoàn tặng bằng khen cho 15 tập thể, 32 cá nhân; Bộ Chỉ huy Bộ đội Biên phòng tỉnh tặng giấy khen cho 6 chi đoàn đồn biên phòng có thành tích xuất sắc trong chiến dịch. Thượng tá Nguyễn Văn Khoát, Phó Chính ủy Bộ Chỉ huy Bộ đội Biên phòng tỉnh, trao thưởng cho các đơn vị.
Minh Châu
Lượt xem: 1.245
Tin liên quan
- Ra quân Chiến dịch Thanh niên tình nguyện hè 2011 tại Quản Bạ (02/07/2011)
- Đồn Biên phòng Săm Pun cùng thanh niên làm đường vào thôn (18/07/2011)
- Hoàng Su Phì: 300 đoàn viên tham gia "Ngày thứ bảy tình nguyện" (06/08/2011)
- Tuyên dương 20 thủ lĩnh thanh niên tiêu biểu năm 2011 (12/08/2011)
""", "2011-08-26", "Hà Giang: Tổng kết Chiến dịch Thanh niên tình nguyện hè năm 2011",
E("tong_ket", "2011", "2011-08-24"),
[P("Vàng Thị Mai", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lù Văn Sình", "Bí thư Tỉnh đoàn"),
 P("Hoàng Thị Dung", "Phó Bí thư Tỉnh đoàn"),
 P("Sùng Mí Chá", "Bí thư Đoàn xã Lũng Cú"),
 P("Lò Thị Sinh", "Phó Bí thư Huyện đoàn Đồng Văn"),
 P("Nguyễn Văn Khoát", "Thượng tá", "Phó Chính ủy Bộ Chỉ huy Bộ đội Biên phòng tỉnh")],
[Q("hơn 80 đại biểu", 80, "đại biểu", "over"), Q("19 đồn biên phòng", 19, "đồn biên phòng"),
 Q("246 đội hình thanh niên tình nguyện", 246, "đội hình thanh niên tình nguyện"),
 Q("trên 5.200 lượt đoàn viên", 5200, "lượt đoàn viên", "over"), Q("38 km", 38, "km"),
 Q("11 nhà văn hóa thôn", 11, "nhà văn hóa thôn"), Q("120 nhà tiêu hợp vệ sinh", 120, "nhà tiêu hợp vệ sinh"),
 Q("4 huyện vùng cao núi đá", 4, "huyện vùng cao núi đá"), Q("trên 3,4 tỷ đồng", 3400000000, "đồng", "over"),
 Q("57 học sinh dân tộc thiểu số", 57, "học sinh dân tộc thiểu số"), Q("300.000 đồng/tháng", 300000, "đồng"),
 Q("14 lớp xóa mù chữ", 14, "lớp xóa mù chữ"), Q("312 học viên", 312, "học viên"),
 Q("15 tập thể", 15, "tập thể"), Q("32 cá nhân", 32, "cá nhân"), Q("6 chi đoàn đồn biên phòng", 6, "chi đoàn đồn biên phòng")],
[D("Kế hoạch", "112", "KH/TĐTN", "2011-05-20", "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 112-KH/TĐTN ngày 20/5/2011"),
 D("Nghị quyết", "25", "NQ/TW", "2008-07-25", "BCH Trung ương", "Nghị quyết số 25-NQ/TW ngày 25/7/2008")],
[prov("Hà Giang"), com("Lũng Cú"), com("Phó Bảng"), com("Xín Cái")],
["TỈNH ĐOÀN HÀ GIANG - ĐOÀN TNCS HỒ CHÍ MINH", "Trang chủ › Hoạt động Đoàn › Thanh niên tình nguyện",
 "Đoàn viên thanh niên huyện Mèo Vạc giúp dân làm đường liên thôn. Ảnh: Hoàng Hà", "Chiến dịch Thanh niên tình nguyện hè",
 "Dân vận khéo", "Học tập và làm theo tấm gương đạo đức Hồ Chí Minh", "Lượt xem: 1.245", "Lô Lô Chải"],
["Thứ Sáu, 26/08/2011 - 09:30", "hè năm 2011", "Lượt xem: 1.245"]))

PAGES.append(page("b7614-laocai-du-an-600-giaoban-2012", """
BÁO LÀO CAI ĐIỆN TỬ
Thời sự | Chính trị | Xã hội | Kinh tế | Văn hóa | Thể thao
08:15 | 09/10/2012
Giao ban đội viên Dự án 600 Phó Chủ tịch xã
(BLC) - Ngày 8/10, Sở Nội vụ phối hợp với Tỉnh đoàn tổ chức giao ban công tác quý III năm 2012 với đội viên Dự án 600 Phó Chủ tịch xã đang công tác trên địa bàn tỉnh. Đồng chí Nguyễn Thị Hạnh, Phó Giám đốc Sở Nội vụ và đồng chí Lý Seo Chư, Phó Bí thư Thường trực Tỉnh đoàn chủ trì.
Các đội viên trao đổi kinh nghiệm tại buổi giao ban.
Lào Cai hiện có 27 đội viên Dự án 600 được tăng cường về làm Phó Chủ tịch UBND xã ở các huyện Bát Xát, Mường Khương, Si Ma Cai, Bắc Hà, Sa Pa. Theo đánh giá của Sở Nội vụ, sau hơn một năm, phần lớn đội viên đã thích nghi với điều kiện công tác, chủ động học tiếng Mông, tiếng Dao để gần dân. Trong quý III, các đội viên đã tham mưu cho UBND xã xây dựng 9 mô hình phát triển kinh tế, vận động 146 hộ chuyển đổi sang trồng thảo quả, chè Shan tuyết với diện tích khoảng 85 ha; giúp 12 thôn xây dựng hương ước, quy ước.
Các đồng chí Phó Chủ tịch UBND xã: Vàng A Dình (xã Y Tý), Tẩn Thị Mẩy (xã A Mú Sung), Lò Văn Thắng (xã Bản Xèo) chia sẻ cách làm. Anh Vàng A Dình, người Mông sinh ra ở chính Bát Xát, cho biết từ khi cùng Đồn Biên phòng Y Tý mở lớp học xóa mù chữ buổi tối, đã có gần 40 người lớn tuổi biết đọc, biết viết. Chị Tẩn Thị Mẩy kiến nghị tỉnh bố trí thêm kinh phí cho việc đi lại vì nhiều thôn cách trung tâm xã trên 20 km đường đất.
Một số đội viên phản ánh còn lúng túng trong quản lý nhà nước về đất đai, xây dựng cơ bản; chế độ phụ cấp đi lại chậm. Đến nay, 3 đội viên đã xin chấm dứt hợp đồng vì lý do gia đình.
Kết luận buổi giao ban, đồng chí Nguyễn Thị Hạnh đề nghị các đội viên tiếp tục thực hiện nghiêm Quyết định số 170/QĐ-TTg của Thủ tướng Chính phủ và Kế hoạch số 56/KH-SNV ngày 14/3/2012 của Sở Nội vụ về quản lý, đánh giá đội viên; mỗi đội viên quý IV phải hoàn thành ít nhất 1 đề xuất cụ thể cho xã. Tỉnh đoàn sẽ kết nối đội viên với các chi đoàn đồn biên phòng để cùng thực hiện phong trào "Tuổi trẻ chung tay xây dựng nông thôn mới" ở khu vực biên giới.
Ngay sau giao ban, các đội viên được trao 27 bộ tài liệu nghiệp vụ và mỗi người được hỗ trợ 2 triệu đồng từ nguồn kinh phí của Tỉnh đoàn.
Thu Hằng
Bình luận (0) | In bài | Gửi cho bạn bè
Tin khác
- Tuổi trẻ Bát Xát ra quân làm đường biên giới (28/09/2012)
- Đội viên Dự án 600: Người con của bản (17/09/2012)
- Tỉnh đoàn tổng kết chiến dịch tình nguyện hè 2012 (30/08/2012)
- Si Ma Cai: 200 thanh niên học nghề miễn phí (11/08/2012)
- Mường Khương: Trí thức trẻ cùng dân làm đường vào bản (02/08/2012)
""", "2012-10-09", "Giao ban đội viên Dự án 600 Phó Chủ tịch xã",
E("giao_ban", "2012-Q3", "2012-10-08"),
[P("Nguyễn Thị Hạnh", "Phó Giám đốc Sở Nội vụ"),
 P("Lý Seo Chư", "Phó Bí thư Thường trực Tỉnh đoàn"),
 P("Vàng A Dình", "Phó Chủ tịch UBND xã"),
 P("Tẩn Thị Mẩy", "Phó Chủ tịch UBND xã"),
 P("Lò Văn Thắng", "Phó Chủ tịch UBND xã")],
[Q("27 đội viên", 27, "đội viên"), Q("9 mô hình phát triển kinh tế", 9, "mô hình phát triển kinh tế"),
 Q("146 hộ", 146, "hộ"), Q("khoảng 85 ha", 85, "ha", "approx"), Q("12 thôn", 12, "thôn"),
 Q("gần 40 người lớn tuổi", 40, "người lớn tuổi", "approx"), Q("trên 20 km", 20, "km", "over"),
 Q("3 đội viên", 3, "đội viên"), Q("ít nhất 1 đề xuất", 1, "đề xuất", "over"),
 Q("27 bộ tài liệu nghiệp vụ", 27, "bộ tài liệu nghiệp vụ"), Q("2 triệu đồng", 2000000, "đồng")],
[D("Quyết định", "170", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 170/QĐ-TTg"),
 D("Kế hoạch", "56", "KH-SNV", "2012-03-14", "Sở Nội vụ", "Kế hoạch số 56/KH-SNV ngày 14/3/2012")],
[prov("Lào Cai"), com("Y Tý"), com("A Mú Sung"), com("Bản Xèo")],
["BÁO LÀO CAI ĐIỆN TỬ", "Thời sự | Chính trị | Xã hội | Kinh tế | Văn hóa | Thể thao",
 "Các đội viên trao đổi kinh nghiệm tại buổi giao ban.", "(BLC)", "Dự án 600 Phó Chủ tịch xã",
 "Tuổi trẻ chung tay xây dựng nông thôn mới", "Bình luận (0) | In bài | Gửi cho bạn bè", "Đồn Biên phòng Y Tý"],
["08:15 | 09/10/2012", "Dự án 600", "quý III năm 2012", "hơn một năm", "Bình luận (0)"]))

PAGES.append(page("b7615-dienbien-don-bp-trao-qua-2013", """
Báo Điện Biên Phủ - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Điện Biên
Trang chủ > Xã hội > Giáo dục
Thứ Tư, 18/09/2013, 16:20
Niềm vui của các em học sinh Trường Tiểu học Si Pa Phìn khi nhận quà. Ảnh: Quang Hưng
Đồn Biên phòng Si Pa Phìn mang Trung thu đến học sinh vùng biên
ĐBP - Ngày 17/9, Đồn Biên phòng Si Pa Phìn phối hợp với Đoàn Thanh niên Bộ Chỉ huy Bộ đội Biên phòng tỉnh và UBND xã Si Pa Phìn tổ chức chương trình "Trung thu cho em" tại điểm trường bản Phì Hai. Thiếu tá Lò Văn Pánh, Chính trị viên Đồn Biên phòng Si Pa Phìn; ông Lầu A Dế, Phó Chủ tịch UBND xã Si Pa Phìn, cùng đông đảo phụ huynh, học sinh dự.
Tại chương trình, các đoàn viên thanh niên của đồn đã trao 350 suất quà Trung thu gồm bánh, kẹo, đèn ông sao, sách vở cho học sinh tiểu học và mầm non trong xã; mỗi suất quà trị giá 150.000 đồng. Riêng 4 học sinh là "con nuôi" của đồn được tặng thêm xe đạp, cặp sách và mỗi em 500.000 đồng. Tổng trị giá quà tặng hơn 60 triệu đồng, do cán bộ, chiến sĩ đơn vị tiết kiệm và vận động các nhà hảo tâm ở Hà Nội đóng góp.
Các em được các anh bộ đội hướng dẫn phá cỗ, rước đèn, hát múa quanh sân trường. Nhiều em người Mông, người Khơ Mú lần đầu được cầm chiếc đèn ông sao.
Cô Mùa Thị Sua, Hiệu trưởng Trường Tiểu học Si Pa Phìn, cho biết trường có 12 điểm trường lẻ, phần lớn ở bản xa, đường đi lại khó khăn; nhờ bộ đội biên phòng vận động, tỷ lệ học sinh đi học chuyên cần năm học này đạt 96%. "Mỗi đợt các chú bộ đội về bản, các em lại náo nức đến lớp", cô Sua nói.
Theo Thiếu tá Lò Văn Pánh, thực hiện Quy chế phối hợp số 06/QCPH ngày 12/3/2012 giữa Bộ Chỉ huy Bộ đội Biên phòng tỉnh và Tỉnh đoàn, từ đầu năm đến nay Chi đoàn Đồn Biên phòng Si Pa Phìn đã duy trì 2 lớp xóa mù chữ, vận động gần 30 học sinh bỏ học trở lại lớp. Thời gian tới, đồn tiếp tục phát huy mô hình "Bộ đội biên phòng nhận con nuôi", phấn đấu không để em nào ở các bản biên giới phải nghỉ học vì hoàn cảnh khó khăn.
Thay mặt chính quyền địa phương, ông Lầu A Dế cảm ơn tình cảm của cán bộ, chiến sĩ đồn và đề nghị các bản phối hợp chặt chẽ với bộ đội trong việc vận động con em đến trường.
Quỳnh Anh
Lượt đọc: 532
Các tin khác
- Mường Nhé: Khai giảng lớp xóa mù chữ cho đồng bào dân tộc (10/09/2013)
- Tuổi trẻ Biên phòng tỉnh ra quân tình nguyện hè (26/06/2013)
- Trao 100 suất học bổng cho học sinh nghèo vượt khó (15/06/2013)
- Đồn Biên phòng Leng Su Sìn giúp dân thu hoạch lúa (02/06/2013)
- Đoàn thanh niên các đồn biên phòng ra quân dọn vệ sinh bản làng (20/05/2013)
- Học sinh vùng cao Nậm Pồ nhận áo ấm từ bạn đọc (11/01/2013)
""", "2013-09-18", "Đồn Biên phòng Si Pa Phìn mang Trung thu đến học sinh vùng biên",
E("trao_qua", None, "2013-09-17"),
[P("Lò Văn Pánh", "Thiếu tá", "Chính trị viên Đồn Biên phòng Si Pa Phìn"),
 P("Lầu A Dế", "Phó Chủ tịch UBND xã Si Pa Phìn"),
 P("Mùa Thị Sua", "Hiệu trưởng Trường Tiểu học Si Pa Phìn")],
[Q("350 suất quà Trung thu", 350, "suất quà"), Q("150.000 đồng", 150000, "đồng"),
 Q("4 học sinh", 4, "học sinh"), Q("500.000 đồng", 500000, "đồng"), Q("hơn 60 triệu đồng", 60000000, "đồng", "over"),
 Q("12 điểm trường lẻ", 12, "điểm trường lẻ"), Q("96%", 96, "%"), Q("2 lớp xóa mù chữ", 2, "lớp xóa mù chữ"),
 Q("gần 30 học sinh", 30, "học sinh", "approx")],
[D("Quy chế phối hợp", "06", "QCPH", "2012-03-12", None, "Quy chế phối hợp số 06/QCPH ngày 12/3/2012")],
[prov("Điện Biên"), com("Si Pa Phìn")],
["Báo Điện Biên Phủ - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Điện Biên", "Trang chủ > Xã hội > Giáo dục",
 "Niềm vui của các em học sinh Trường Tiểu học Si Pa Phìn khi nhận quà. Ảnh: Quang Hưng", "ĐBP",
 "Trung thu cho em", "Bộ đội biên phòng nhận con nuôi", "Lượt đọc: 532", "Phì Hai"],
["Thứ Tư, 18/09/2013, 16:20", "Lượt đọc: 532", "Đồn Biên phòng Si Pa Phìn"]))

PAGES.append(page("b7616-laichau-tri-thuc-tre-hoinghi-2014", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LAI CHÂU
Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Tin địa phương
05/12/2014 - 14:35
Lai Châu gặp mặt đội viên trí thức trẻ tình nguyện về xã
Sáng 4/12, UBND tỉnh tổ chức hội nghị gặp mặt đội viên Dự án 500 trí thức trẻ năm 2014. Dự hội nghị có các đồng chí Giàng A Tính, Tẩn Láo Lở - Phó Chủ tịch UBND tỉnh; lãnh đạo Sở Nội vụ, Tỉnh đoàn và các huyện có đội viên.
Quang cảnh hội nghị. (Ảnh: Thanh Xuân)
Thực hiện Quyết định số 1758/QĐ-TTg ngày 30/9/2013 của Thủ tướng Chính phủ phê duyệt Dự án thí điểm tuyển chọn trí thức trẻ tình nguyện về các xã tham gia phát triển nông thôn, miền núi giai đoạn 2013 - 2020 và Kế hoạch số 1125/KH-UBND ngày 16/6/2014 của UBND tỉnh, Lai Châu đã tuyển chọn 42 đội viên về công tác tại 29 xã đặc biệt khó khăn của 7 huyện. Trong số đó có 11 đội viên là người dân tộc Thái, Giáy, Dao, Mông, được bố trí về chính quê hương mình.
Báo cáo của Sở Nội vụ do bà Lê Thị Thu Hà, Giám đốc Sở trình bày cho thấy, sau 6 tháng về cơ sở, các đội viên đã tham mưu cho xã 64 đề xuất về trồng trọt, chăn nuôi, thủy lợi; trực tiếp hướng dẫn bà con trồng mới 120 ha chè, chuyển đổi 35 ha ruộng một vụ sang trồng rau; phối hợp với các đồn biên phòng mở 6 lớp dạy chữ phổ thông cho người dân tộc. Mức phụ cấp hằng tháng của mỗi đội viên là 1,8 triệu đồng, ngoài lương theo hợp đồng.
Ý kiến tại hội nghị, anh Tao Văn Chiến, đội viên trí thức trẻ xã Pa Vệ Sủ, cho biết xã có hơn 90% dân số là người Mông, nhiều thôn chưa có điện lưới; anh đề nghị tỉnh sớm đầu tư đường dây điện cho 5 bản vùng cao. Chị Lò Thị Pương, đội viên trí thức trẻ xã Mù Cả, người Hà Nhì duy nhất trong Dự án, mong được tập huấn thêm về kỹ năng dân vận và công tác phụ nữ.
Đồng chí Giàng A Tính ghi nhận tinh thần dấn thân của các đội viên, yêu cầu các huyện tạo điều kiện về chỗ ở, phương tiện làm việc, định kỳ đánh giá và có cơ chế ưu tiên tuyển dụng đội viên hoàn thành tốt nhiệm vụ. Tỉnh cũng giao Tỉnh đoàn chủ trì phối hợp với Bộ Chỉ huy Bộ đội Biên phòng tỉnh để đội viên ở các xã biên giới cùng tham gia tổ công tác "3 cùng" của bộ đội.
Kết thúc hội nghị, UBND tỉnh tặng mỗi đội viên 1 bộ máy tính xách tay và 3 triệu đồng hỗ trợ mua sắm đồ dùng mùa đông.
PV
Lượt truy cập: 18.406
Tin liên quan
- Tỉnh đoàn tổng kết Chiến dịch thanh niên tình nguyện hè 2014
- Sìn Hồ: Trí thức trẻ về bản vận động dân trồng thảo quả
- Hướng dẫn triển khai Dự án 500 trí thức trẻ trên địa bàn tỉnh
- Tuyển chọn đội viên Dự án 500 đợt 1 năm 2014
- Phong Thổ: Bộ đội biên phòng và thanh niên xã giúp dân gặt lúa
""", "2014-12-05", "Lai Châu gặp mặt đội viên trí thức trẻ tình nguyện về xã",
E("hoi_nghi", "2014", "2014-12-04"),
[P("Giàng A Tính", "Phó Chủ tịch UBND tỉnh"),
 P("Tẩn Láo Lở", "Phó Chủ tịch UBND tỉnh"),
 P("Lê Thị Thu Hà", "Giám đốc Sở"),
 P("Tao Văn Chiến", "đội viên trí thức trẻ xã Pa Vệ Sủ"),
 P("Lò Thị Pương", "đội viên trí thức trẻ xã Mù Cả")],
[Q("42 đội viên", 42, "đội viên"), Q("29 xã đặc biệt khó khăn", 29, "xã đặc biệt khó khăn"), Q("7 huyện", 7, "huyện"),
 Q("11 đội viên", 11, "đội viên"), Q("64 đề xuất", 64, "đề xuất"), Q("120 ha", 120, "ha"), Q("35 ha", 35, "ha"),
 Q("6 lớp dạy chữ phổ thông", 6, "lớp dạy chữ phổ thông"), Q("1,8 triệu đồng", 1800000, "đồng"),
 Q("hơn 90%", 90, "%", "over"), Q("5 bản vùng cao", 5, "bản vùng cao"), Q("3 triệu đồng", 3000000, "đồng")],
[D("Quyết định", "1758", "QĐ-TTg", "2013-09-30", "Thủ tướng Chính phủ", "Quyết định số 1758/QĐ-TTg ngày 30/9/2013"),
 D("Kế hoạch", "1125", "KH-UBND", "2014-06-16", "UBND tỉnh", "Kế hoạch số 1125/KH-UBND ngày 16/6/2014")],
[prov("Lai Châu"), com("Pa Vệ Sủ"), com("Mù Cả")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LAI CHÂU", "Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Tin địa phương",
 "Quang cảnh hội nghị. (Ảnh: Thanh Xuân)", "Dự án 500 trí thức trẻ", "3 cùng", "Lượt truy cập: 18.406"],
["05/12/2014 - 14:35", "Dự án 500", "giai đoạn 2013 - 2020", "sau 6 tháng", "3 cùng", "1 bộ máy tính xách tay",
 "Lượt truy cập: 18.406"]))

PAGES.append(page("b7617-sonla-hoi-lhtn-sopcop-daihoi-2015", """
BÁO SƠN LA
Chính trị - Xã hội :: Thanh niên
22-05-2015 10:40
Đại hội viên Hội LHTN huyện Sốp Cộp bỏ phiếu bầu Ủy ban Hội khóa IV.
Sốp Cộp: Đại hội Hội Liên hiệp thanh niên huyện lần thứ IV
Ngày 21/5, Hội Liên hiệp thanh niên Việt Nam huyện Sốp Cộp tổ chức Đại hội đại biểu lần thứ IV, nhiệm kỳ 2015 - 2020. Về dự có đồng chí Cầm Thị Ơn, HUV, Trưởng Ban Dân vận Huyện ủy Sốp Cộp; đồng chí Quàng Văn Bình, Phó Chủ tịch Hội LHTN Việt Nam tỉnh; Thiếu tá Hà Văn Tuấn, Chính trị viên phó Đồn Biên phòng Mường Lèo cùng 120 đại biểu chính thức, đại diện cho hơn 3.600 hội viên thuộc các dân tộc Thái, Mông, Lào, Khơ Mú trong huyện.
Nhiệm kỳ qua, các cơ sở Hội đã tổ chức 210 đợt tình nguyện, đóng góp khoảng 4.500 ngày công giúp đồng bào làm đường, sửa kênh mương, thu hoạch mùa vụ; hỗ trợ 35 hộ nghèo làm nhà; vận động 27 thanh niên người Mông bỏ trồng cây thuốc phiện tái canh. Hội phối hợp với hai đồn biên phòng Mường Lèo và Sốp Cộp duy trì đội thanh niên xung kích tự quản đường biên, cột mốc ở 8 bản giáp biên; hội viên các chi hội nhận đỡ đầu 14 em học sinh mồ côi cùng cán bộ đồn.
Tham luận tại đại hội, chị Lò Thị Xiêm, Chi hội trưởng chi hội thanh niên bản Huổi Lạn, xã Mường Lạn, chia sẻ mô hình nuôi dê của 9 thanh niên dân tộc Thái, thu nhập mỗi năm trên 40 triệu đồng/người. Anh Vì Văn Sơn, Bí thư Đoàn xã Mường Lèo, nói về cách vận động thanh niên không vượt biên trái phép đi lao động.
Phát biểu chỉ đạo, đồng chí Cầm Thị Ơn đề nghị Hội tiếp tục quán triệt Chỉ thị số 42-CT/TW ngày 24/3/2015 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác giáo dục lý tưởng cách mạng, đạo đức, lối sống văn hóa cho thế hệ trẻ; tập hợp thanh niên dân tộc thiểu số, thanh niên vùng biên vào tổ chức Hội, phấn đấu đến năm 2020 có 75% thanh niên trong độ tuổi tham gia sinh hoạt Hội.
Đại hội thực hiện theo Hướng dẫn số 08-HD/TĐTN-BTC của Ban Thường vụ Tỉnh đoàn, hiệp thương cử ba mươi mốt ủy viên Ủy ban Hội khóa IV. Anh Lò Văn Tiến, Bí thư Huyện đoàn, được tín nhiệm giữ chức Chủ tịch Ủy ban Hội LHTN Việt Nam huyện khóa IV; chị Mùa Thị Dua, Phó Bí thư Huyện đoàn, được hiệp thương giữ chức Phó Chủ tịch Ủy ban Hội LHTN Việt Nam huyện khóa IV. Đại hội bầu 12 đại biểu đi dự Đại hội Hội LHTN Việt Nam tỉnh lần thứ V.
Sốp Cộp là huyện biên giới vùng cao của tỉnh Sơn La, thanh niên chiếm tỷ lệ lớn trong dân số; việc tập hợp, đoàn kết thanh niên được cấp ủy xác định là nhiệm vụ trọng tâm của công tác dân vận.
Cầm Thủy (Trung tâm Văn hóa huyện Sốp Cộp)
Tin cùng chuyên mục
- Mai Sơn: Đại hội Hội LHTN huyện lần thứ IV (15/05/2015)
- Đồn Biên phòng Chiềng Khương khánh thành lớp học cho em (08/05/2015)
- Tuổi trẻ Sơn La hưởng ứng Tháng Thanh niên 2015 (26/03/2015)
""", "2015-05-22", "Sốp Cộp: Đại hội Hội Liên hiệp thanh niên huyện lần thứ IV",
E("dai_hoi", None, "2015-05-21"),
[P("Cầm Thị Ơn", "HUV", "Trưởng Ban Dân vận Huyện ủy Sốp Cộp"),
 P("Quàng Văn Bình", "Phó Chủ tịch Hội LHTN Việt Nam tỉnh"),
 P("Hà Văn Tuấn", "Thiếu tá", "Chính trị viên phó Đồn Biên phòng Mường Lèo"),
 P("Lò Thị Xiêm", "Chi hội trưởng chi hội thanh niên bản Huổi Lạn"),
 P("Vì Văn Sơn", "Bí thư Đoàn xã Mường Lèo"),
 P("Lò Văn Tiến", "Bí thư Huyện đoàn", "Chủ tịch Ủy ban Hội LHTN Việt Nam huyện khóa IV"),
 P("Mùa Thị Dua", "Phó Bí thư Huyện đoàn", "Phó Chủ tịch Ủy ban Hội LHTN Việt Nam huyện khóa IV")],
[Q("120 đại biểu chính thức", 120, "đại biểu chính thức"), Q("hơn 3.600 hội viên", 3600, "hội viên", "over"),
 Q("210 đợt tình nguyện", 210, "đợt tình nguyện"), Q("khoảng 4.500 ngày công", 4500, "ngày công", "approx"),
 Q("35 hộ nghèo", 35, "hộ nghèo"), Q("27 thanh niên người Mông", 27, "thanh niên người Mông"),
 Q("hai đồn biên phòng", 2, "đồn biên phòng"), Q("8 bản giáp biên", 8, "bản giáp biên"),
 Q("14 em học sinh mồ côi", 14, "em học sinh mồ côi"), Q("9 thanh niên dân tộc Thái", 9, "thanh niên dân tộc Thái"),
 Q("trên 40 triệu đồng/người", 40000000, "đồng", "over"), Q("75%", 75, "%"),
 Q("ba mươi mốt ủy viên", 31, "ủy viên"), Q("12 đại biểu", 12, "đại biểu")],
[D("Chỉ thị", "42", "CT/TW", "2015-03-24", "Ban Bí thư", "Chỉ thị số 42-CT/TW ngày 24/3/2015"),
 D("Hướng dẫn", "08", "HD/TĐTN-BTC", None, "Ban Thường vụ Tỉnh đoàn", "Hướng dẫn số 08-HD/TĐTN-BTC")],
[prov("Sơn La"), com("Mường Lạn"), com("Mường Lèo")],
["BÁO SƠN LA", "Chính trị - Xã hội :: Thanh niên", "Đại hội viên Hội LHTN huyện Sốp Cộp bỏ phiếu bầu Ủy ban Hội khóa IV.",
 "Huổi Lạn", "Cầm Thủy (Trung tâm Văn hóa huyện Sốp Cộp)"],
["22-05-2015 10:40", "lần thứ IV", "nhiệm kỳ 2015 - 2020", "khóa IV", "lần thứ V", "đến năm 2020"]))

PAGES.append(page("b7618-caobang-doan-bdbp-soket-2016", """
Báo Cao Bằng điện tử
Trang chủ | Quốc phòng - An ninh | Biên giới
Cập nhật lúc 15:05 ngày 15/07/2016
Tuổi trẻ Biên phòng Cao Bằng: Nhiều hoạt động vì đồng bào biên giới
Ngày 14/7, Đoàn Thanh niên Bộ Chỉ huy Bộ đội Biên phòng tỉnh tổ chức hội nghị sơ kết công tác Đoàn và phong trào thanh niên 6 tháng đầu năm 2016, triển khai nhiệm vụ 6 tháng cuối năm. Thượng tá Lương Văn Hòa, Phó Chính ủy Bộ Chỉ huy Bộ đội Biên phòng tỉnh dự và chỉ đạo; Đại úy Nông Văn Thạch, Bí thư Đoàn Thanh niên Bộ Chỉ huy Bộ đội Biên phòng tỉnh chủ trì.
Đoàn viên Đồn Biên phòng Đàm Thủy hướng dẫn học sinh ôn bài trong "Lớp học tình thương".
Sáu tháng qua, 14 tổ chức cơ sở Đoàn với 486 đoàn viên trong lực lượng Biên phòng tỉnh đã bám địa bàn, phối hợp với Đoàn xã biên giới tổ chức nhiều hoạt động thiết thực. Các chi đoàn đồn biên phòng đã nhận đỡ đầu 23 học sinh người Tày, Nùng, Mông có hoàn cảnh khó khăn theo mô hình "Con nuôi đồn biên phòng", mỗi em được hỗ trợ 400 nghìn đồng mỗi tháng; đóng góp hơn 1.100 ngày công giúp dân làm đường, dựng nhà; trồng 2.000 cây xanh dọc tuyến đường tuần tra biên giới. Dịp Tết Bính Thân, tuổi trẻ các đơn vị tặng 450 suất quà cho hộ nghèo với tổng trị giá khoảng 90 triệu đồng.
Công tác phối hợp được triển khai theo Chương trình phối hợp số 12/CTr-BĐBP-TĐ giữa Bộ Chỉ huy Bộ đội Biên phòng và Tỉnh đoàn giai đoạn 2016 - 2020, gắn với Nghị quyết số 168-NQ/ĐU ngày 10/1/2016 của Đảng ủy Bộ đội Biên phòng tỉnh về lãnh đạo thực hiện nhiệm vụ năm 2016.
Tại hội nghị, Thiếu úy Đàm Thị Huệ, Bí thư Chi đoàn Đồn Biên phòng Lý Vạn, chia sẻ: đơn vị duy trì 2 lớp học tiếng Trung và tiếng Việt buổi tối cho thanh niên xã Lý Vạn, thu hút 36 học viên. Anh Hoàng Văn Lập, Bí thư Đoàn xã Đàm Thủy, đề nghị tăng cường giao lưu văn hóa, thể thao giữa thanh niên hai bên biên giới.
Hội nghị cũng chỉ ra hạn chế: một số chi đoàn sinh hoạt chưa đều, nội dung còn đơn điệu; việc theo dõi kết quả học tập của các em "con nuôi" có nơi chưa thường xuyên.
Phát biểu chỉ đạo, Thượng tá Lương Văn Hòa yêu cầu 6 tháng cuối năm, tổ chức Đoàn tiếp tục phát huy vai trò xung kích, phấn đấu mỗi chi đoàn đồn biên phòng nhận đỡ đầu từ 2 em trở lên; phối hợp chặt chẽ với cấp ủy, chính quyền xã biên giới trong vận động nhân dân tham gia tự quản đường biên, mốc quốc giới.
Dịp này, Đoàn Thanh niên Bộ Chỉ huy tặng giấy khen cho 5 tập thể và 11 cá nhân.
Bài, ảnh: Nông Thu
Bình luận | Chia sẻ | In
Tin cùng chuyên mục
- Đồn Biên phòng Trà Lĩnh ra mắt mô hình "Nâng bước em đến trường" (06/07/2016)
- Thanh niên biên giới Hà Quảng học nghề (24/06/2016)
- Bộ đội Biên phòng Cao Bằng giúp dân khắc phục hậu quả mưa đá (10/05/2016)
""", "2016-07-15", "Tuổi trẻ Biên phòng Cao Bằng: Nhiều hoạt động vì đồng bào biên giới",
E("so_ket", "2016-H1", "2016-07-14"),
[P("Lương Văn Hòa", "Thượng tá", "Phó Chính ủy Bộ Chỉ huy Bộ đội Biên phòng tỉnh"),
 P("Nông Văn Thạch", "Đại úy", "Bí thư Đoàn Thanh niên Bộ Chỉ huy Bộ đội Biên phòng tỉnh"),
 P("Đàm Thị Huệ", "Thiếu úy", "Bí thư Chi đoàn Đồn Biên phòng Lý Vạn"),
 P("Hoàng Văn Lập", "Bí thư Đoàn xã Đàm Thủy")],
[Q("14 tổ chức cơ sở Đoàn", 14, "tổ chức cơ sở Đoàn"), Q("486 đoàn viên", 486, "đoàn viên"),
 Q("23 học sinh người Tày, Nùng, Mông", 23, "học sinh người Tày, Nùng, Mông"), Q("400 nghìn đồng", 400000, "đồng"),
 Q("hơn 1.100 ngày công", 1100, "ngày công", "over"), Q("2.000 cây xanh", 2000, "cây xanh"),
 Q("450 suất quà", 450, "suất quà"), Q("khoảng 90 triệu đồng", 90000000, "đồng", "approx"),
 Q("2 lớp học tiếng Trung và tiếng Việt", 2, "lớp học tiếng Trung và tiếng Việt"), Q("36 học viên", 36, "học viên"),
 Q("từ 2 em trở lên", 2, "em", "over"), Q("5 tập thể", 5, "tập thể"), Q("11 cá nhân", 11, "cá nhân")],
[D("Chương trình phối hợp", "12", "CTr-BĐBP-TĐ", None, None, "Chương trình phối hợp số 12/CTr-BĐBP-TĐ"),
 D("Nghị quyết", "168", "NQ/ĐU", "2016-01-10", "Đảng ủy Bộ đội Biên phòng tỉnh", "Nghị quyết số 168-NQ/ĐU ngày 10/1/2016")],
[prov("Cao Bằng"), com("Lý Vạn"), com("Đàm Thủy")],
["Báo Cao Bằng điện tử", "Trang chủ | Quốc phòng - An ninh | Biên giới",
 'Đoàn viên Đồn Biên phòng Đàm Thủy hướng dẫn học sinh ôn bài trong "Lớp học tình thương".', "Lớp học tình thương",
 "Con nuôi đồn biên phòng", "Bài, ảnh: Nông Thu", "Bình luận | Chia sẻ | In"],
["Cập nhật lúc 15:05 ngày 15/07/2016", "6 tháng đầu năm 2016", "6 tháng cuối năm", "Sáu tháng qua", "Tết Bính Thân",
 "giai đoạn 2016 - 2020", "nhiệm vụ năm 2016"]))
