from lib import *
PAGES = []

PAGES.append(page("b9269-thanhhoa-ubkt-tongket-2011", """
CỔNG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH THANH HÓA
Trang chủ › Xây dựng Đảng › Công tác kiểm tra
Thứ Tư, 28/12/2011 - 09:30
Ảnh: Quang cảnh hội nghị.
Ủy ban Kiểm tra Tỉnh ủy tổng kết công tác kiểm tra, giám sát năm 2011
Ngày 27/12/2011, Ủy ban Kiểm tra Tỉnh ủy Thanh Hóa tổ chức hội nghị tổng kết công tác kiểm tra, giám sát năm 2011, triển khai nhiệm vụ năm 2012. Đồng chí Lê Đình Thuận, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy chủ trì. Dự hội nghị có 27 đồng chí chủ nhiệm ủy ban kiểm tra các huyện ủy, thị ủy, thành ủy và đảng ủy trực thuộc Tỉnh ủy.
Đồng chí Trịnh Văn Khải phát biểu chỉ đạo hội nghị.
Báo cáo do đồng chí Hà Văn Lụa, Phó Chủ nhiệm Thường trực Ủy ban Kiểm tra Tỉnh ủy trình bày cho biết: năm 2011, cấp ủy các cấp đã kiểm tra 1.246 tổ chức đảng và 3.418 đảng viên, giám sát chuyên đề 412 tổ chức đảng. Ủy ban kiểm tra các cấp kiểm tra khi có dấu hiệu vi phạm đối với 96 đảng viên, kết luận 71 đảng viên có vi phạm, trong đó phải thi hành kỷ luật 43 đảng viên. Toàn Đảng bộ đã thi hành kỷ luật 285 đảng viên, trong đó khai trừ 38 trường hợp, chủ yếu do vi phạm chính sách dân số, quản lý đất đai và thiếu trách nhiệm trong thực thi công vụ.
Công tác kiểm tra tài chính đảng được chú trọng; ủy ban kiểm tra các cấp đã kiểm tra 184 tổ chức đảng, yêu cầu nộp lại hơn 312 triệu đồng chi sai nguyên tắc. Các cơ quan kiểm tra tiếp nhận 214 đơn thư, trong đó 62 đơn đủ điều kiện đã được xem xét, giải quyết đúng thẩm quyền.
Ngay sau khi có Quyết định 45, 46-QĐ/TW ngày 01/11/2011 của Ban Chấp hành Trung ương, Ủy ban Kiểm tra Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 12-CT/TU về tăng cường công tác kiểm tra, giám sát ở cơ sở và tổ chức quán triệt đến các chi bộ. Ủy ban cũng xây dựng Kế hoạch số 58-KH/UBKT về kiểm tra việc thực hiện Quy định số 47-QĐ/TW của Ban Chấp hành Trung ương về những điều đảng viên không được làm.
Tại hội nghị, bà Lò Thị Xuân, HUV, Chủ nhiệm Ủy ban Kiểm tra Huyện ủy Mường Lát, nêu khó khăn của cán bộ kiểm tra ở các xã vùng biên như Trung Lý, Pù Nhi khi đường sá cách trở, nhiều đồng chí kiêm nhiệm. Ông Phạm Bá Tiến, Ủy viên Ủy ban Kiểm tra Đảng ủy xã Quảng Đức, kiến nghị tập huấn thường xuyên hơn cho ủy ban kiểm tra cơ sở.
Phát biểu chỉ đạo, đồng chí Trịnh Văn Khải, Phó Bí thư Thường trực Tỉnh ủy, đề nghị năm 2012 ủy ban kiểm tra các cấp tập trung kiểm tra khi có dấu hiệu vi phạm, chú trọng các lĩnh vực nhạy cảm như đất đai, tài nguyên, khoáng sản; gắn công tác kiểm tra với thực hiện Nghị quyết Trung ương 4 (khóa XI) về xây dựng Đảng.
Dịp này, Ủy ban Kiểm tra Tỉnh ủy tặng giấy khen cho 9 tập thể và 14 cá nhân có thành tích trong công tác kiểm tra năm 2011.
Minh Hiếu
Lượt xem: 1.024
Tin liên quan
- Ủy ban Kiểm tra Tỉnh ủy họp kỳ thứ 18 (15/12/2011)
- Quán triệt Quyết định 45, 46 của Trung ương (21/11/2011)
- Tập huấn nghiệp vụ kiểm tra cho 300 cán bộ cơ sở (02/11/2011)
- Kiểm tra tài chính đảng tại Huyện ủy Như Xuân (20/10/2011)
""", "2011-12-28", "Ủy ban Kiểm tra Tỉnh ủy tổng kết công tác kiểm tra, giám sát năm 2011",
E("tong_ket", "2011", "2011-12-27"),
[P("Lê Đình Thuận", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy"),
 P("Hà Văn Lụa", "Phó Chủ nhiệm Thường trực Ủy ban Kiểm tra Tỉnh ủy"),
 P("Lò Thị Xuân", "HUV", "Chủ nhiệm Ủy ban Kiểm tra Huyện ủy Mường Lát"),
 P("Phạm Bá Tiến", "Ủy viên Ủy ban Kiểm tra Đảng ủy xã Quảng Đức"),
 P("Trịnh Văn Khải", "Phó Bí thư Thường trực Tỉnh ủy")],
[Q("27 đồng chí", 27, "đồng chí"), Q("1.246 tổ chức đảng", 1246, "tổ chức đảng"), Q("3.418 đảng viên", 3418, "đảng viên"),
 Q("412 tổ chức đảng", 412, "tổ chức đảng"), Q("96 đảng viên", 96, "đảng viên"), Q("71 đảng viên", 71, "đảng viên"),
 Q("43 đảng viên", 43, "đảng viên"), Q("285 đảng viên", 285, "đảng viên"), Q("38 trường hợp", 38, "trường hợp"),
 Q("184 tổ chức đảng", 184, "tổ chức đảng"), Q("hơn 312 triệu đồng", 312000000, "đồng", "over"),
 Q("214 đơn thư", 214, "đơn thư"), Q("62 đơn", 62, "đơn"), Q("9 tập thể", 9, "tập thể"), Q("14 cá nhân", 14, "cá nhân")],
[D("Quyết định", "45", "QĐ/TW", "2011-11-01", "Ban Chấp hành Trung ương", "Quyết định 45, 46-QĐ/TW ngày 01/11/2011"),
 D("Quyết định", "46", "QĐ/TW", "2011-11-01", "Ban Chấp hành Trung ương", "Quyết định 45, 46-QĐ/TW ngày 01/11/2011"),
 D("Chỉ thị", "12", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 12-CT/TU"),
 D("Kế hoạch", "58", "KH/UBKT", None, "Ủy ban Kiểm tra Tỉnh ủy", "Kế hoạch số 58-KH/UBKT"),
 D("Quy định", "47", "QĐ/TW", None, "Ban Chấp hành Trung ương", "Quy định số 47-QĐ/TW")],
[prov("Thanh Hóa"), com("Trung Lý"), com("Pù Nhi"), com("Quảng Đức")],
["CỔNG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH THANH HÓA", "Trang chủ › Xây dựng Đảng › Công tác kiểm tra", "Ảnh: Quang cảnh hội nghị.",
 "Đồng chí Trịnh Văn Khải phát biểu chỉ đạo hội nghị.", "Nghị quyết Trung ương 4 (khóa XI)", "Lượt xem: 1.024"],
["Thứ Tư, 28/12/2011 - 09:30", "27 đồng chí", "năm 2011", "năm 2012", "Nghị quyết Trung ương 4", "Lượt xem: 1.024"]))

PAGES.append(page("b9270-sonla-ubkt-soket-2012", """
Báo Sơn La điện tử
Chính trị » Xây dựng Đảng
Ngày đăng 14/07/2012 | 16:40
Nâng cao chất lượng kiểm tra tổ chức đảng cấp dưới
(BSL) - Ngày 13/7, Ủy ban Kiểm tra Tỉnh ủy Sơn La tổ chức hội nghị sơ kết công tác kiểm tra, giám sát 6 tháng đầu năm 2012, bàn giải pháp thực hiện nhiệm vụ 6 tháng cuối năm. Đồng chí Cầm Ngọc Lương, Tỉnh ủy viên, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy chủ trì hội nghị.
Các đại biểu dự hội nghị.
Sáu tháng qua, cấp ủy, ủy ban kiểm tra các cấp trong tỉnh đã kiểm tra 214 tổ chức đảng và 486 đảng viên; giám sát thường xuyên và chuyên đề 173 tổ chức đảng. Qua kiểm tra, kết luận 31 chi bộ còn buông lỏng sinh hoạt, chưa thực hiện đúng nguyên tắc tập trung dân chủ. Các cấp đã thi hành kỷ luật 67 đảng viên, trong đó 11 đảng viên vi phạm chính sách dân số - kế hoạch hóa gia đình, chiếm 16,4%.
Ủy ban kiểm tra các cấp đã kiểm tra tài chính đảng tại 38 tổ chức đảng, yêu cầu thu hồi 86,5 triệu đồng. Việc kiểm tra thực hiện Quy định số 47-QĐ/TW của Ban Chấp hành Trung ương về những điều đảng viên không được làm được triển khai ở tất cả các huyện, thành phố. Ủy ban Kiểm tra Tỉnh ủy đã ban hành hướng dẫn số 07-HD/UBKT về quy trình giám sát chi bộ bản và tham mưu Ban Thường vụ Tỉnh ủy sơ kết Chỉ thị 15, 16-CT/TU về công tác kiểm tra đảng viên ở vùng tái định cư thủy điện Sơn La.
Tham luận tại hội nghị, đồng chí Giàng A Dơ, HUV, Chủ nhiệm Ủy ban Kiểm tra Huyện ủy Bắc Yên, cho biết ở các xã vùng cao như Tà Xùa, nhiều đảng viên người Mông chưa nắm được quy định của Đảng, nên ủy ban kiểm tra huyện đã biên soạn tài liệu bằng tiếng dân tộc. Bà Hoàng Thị Yến, Bí thư Đảng ủy xã Chiềng Sơn, đề nghị tăng phụ cấp cho cán bộ kiểm tra cơ sở.
Hội nghị cũng thống nhất phân công các đồng chí Ủy viên Ủy ban Kiểm tra Tỉnh ủy: Quàng Thị Ban, Vì Văn Thanh, Mùa A Sùng phụ trách theo dõi các cụm huyện trong 6 tháng cuối năm.
Kết luận hội nghị, đồng chí Cầm Ngọc Lương yêu cầu ủy ban kiểm tra các cấp tập trung kiểm tra đảng viên khi có dấu hiệu vi phạm, nhất là ở các chi bộ bản vùng tái định cư; giải quyết dứt điểm đơn thư tố cáo, không để tồn đọng kéo dài; đổi mới phương pháp giám sát, "đi từng bản, gõ cửa từng nhà". Đồng chí Lò Văn Mười, Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy, quán triệt chương trình kiểm tra, giám sát 6 tháng cuối năm của Ủy ban.
Quang Thắng
Bài viết liên quan
- Ủy ban Kiểm tra Tỉnh ủy họp kỳ thứ 9 (28/06/2012)
- Mộc Châu: kiểm tra tài chính đảng tại 12 chi bộ (15/06/2012)
- Giám sát việc thực hiện Quy định 47 tại Thuận Châu (30/05/2012)
- Tập huấn nghiệp vụ kiểm tra cho cán bộ cơ sở (11/05/2012)
""", "2012-07-14", "Nâng cao chất lượng kiểm tra tổ chức đảng cấp dưới",
E("so_ket", "2012-H1", "2012-07-13"),
[P("Cầm Ngọc Lương", "Tỉnh ủy viên", "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy"),
 P("Giàng A Dơ", "HUV", "Chủ nhiệm Ủy ban Kiểm tra Huyện ủy Bắc Yên"),
 P("Hoàng Thị Yến", "Bí thư Đảng ủy xã Chiềng Sơn"),
 P("Quàng Thị Ban", "Ủy viên Ủy ban Kiểm tra Tỉnh ủy"),
 P("Vì Văn Thanh", "Ủy viên Ủy ban Kiểm tra Tỉnh ủy"),
 P("Mùa A Sùng", "Ủy viên Ủy ban Kiểm tra Tỉnh ủy"),
 P("Lò Văn Mười", "Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy")],
[Q("214 tổ chức đảng", 214, "tổ chức đảng"), Q("486 đảng viên", 486, "đảng viên"), Q("173 tổ chức đảng", 173, "tổ chức đảng"),
 Q("31 chi bộ", 31, "chi bộ"), Q("67 đảng viên", 67, "đảng viên"), Q("11 đảng viên", 11, "đảng viên"),
 Q("16,4%", 16.4, "%"), Q("38 tổ chức đảng", 38, "tổ chức đảng"), Q("86,5 triệu đồng", 86500000, "đồng")],
[D("Quy định", "47", "QĐ/TW", None, "Ban Chấp hành Trung ương", "Quy định số 47-QĐ/TW"),
 D("Hướng dẫn", "07", "HD/UBKT", None, "Ủy ban Kiểm tra Tỉnh ủy", "hướng dẫn số 07-HD/UBKT"),
 D("Chỉ thị", "15", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 15, 16-CT/TU"),
 D("Chỉ thị", "16", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 15, 16-CT/TU")],
[prov("Sơn La"), com("Tà Xùa"), com("Chiềng Sơn")],
["Báo Sơn La điện tử", "Chính trị » Xây dựng Đảng", "(BSL)", "Các đại biểu dự hội nghị.", "đi từng bản, gõ cửa từng nhà"],
["Ngày đăng 14/07/2012 | 16:40", "6 tháng đầu năm 2012", "6 tháng cuối năm", "Sáu tháng qua"]))

PAGES.append(page("b9271-gialai-ubkt-kyhop-2013", """
Báo Gia Lai điện tử
Bạn đang ở: Trang chủ > Chính trị > Xây dựng Đảng
08:15 | 18/10/2013
Kỳ họp thứ 21 Ủy ban Kiểm tra Tỉnh ủy: Đề nghị khai trừ 2 đảng viên
(GLO) - Trong 2 ngày 16 và 17/10, Ủy ban Kiểm tra Tỉnh ủy Gia Lai tổ chức kỳ họp thứ 21 để xem xét, kết luận một số nội dung quan trọng. Đồng chí Rơ Mah Thuyên, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy chủ trì kỳ họp.
Quang cảnh kỳ họp. Ảnh: H.Đ
Xem xét kết quả kiểm tra khi có dấu hiệu vi phạm đối với 5 đảng viên thuộc Đảng bộ huyện Ia Grai, Ủy ban Kiểm tra Tỉnh ủy kết luận: ông Rah Lan Đức, nguyên Huyện ủy viên, nguyên Phó Chủ tịch UBND huyện Ia Grai, đã thiếu trách nhiệm trong lãnh đạo, chỉ đạo, để xảy ra sai phạm trong quản lý, sử dụng nguồn vốn hỗ trợ đồng bào dân tộc thiểu số, gây thất thoát hơn 460 triệu đồng. Căn cứ Quy định số 181-QĐ/TW ngày 30/3/2013 của Bộ Chính trị về xử lý kỷ luật đảng viên vi phạm, Ủy ban quyết định thi hành kỷ luật cảnh cáo đối với ông Rah Lan Đức.
Cũng tại kỳ họp, Ủy ban Kiểm tra Tỉnh ủy đề nghị Ban Thường vụ Huyện ủy Ia Grai khai trừ ra khỏi Đảng 2 đảng viên là cán bộ địa chính và kế toán xã Ia Hrung do lợi dụng chức vụ chiếm đoạt 214 triệu đồng tiền bồi thường giải phóng mặt bằng. Bà Đinh Thị H'Nhai, Đảng ủy viên, Phó Chủ tịch UBND xã Ia Hrung, bị kỷ luật khiển trách vì buông lỏng quản lý.
Giải quyết tố cáo, Ủy ban đã xem xét 3 đơn tố cáo đối với đảng viên là cán bộ diện Ban Thường vụ Tỉnh ủy quản lý; kết luận 2 đơn tố cáo đúng một phần, đơn còn lại tố cáo sai. Kết quả xem xét được Ủy ban Kiểm tra Tỉnh ủy ban hành Thông báo số 86-TB/UBKT gửi các tổ chức đảng liên quan.
Ủy ban cũng thông qua kết quả giám sát chuyên đề việc thực hiện Nghị quyết Trung ương 4 (khóa XI) tại Đảng ủy xã Ia Tô và Đảng bộ huyện Chư Păh. Qua giám sát, đồng chí Nguyễn Văn Hạnh, Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy, trưởng đoàn giám sát, đánh giá các tổ chức đảng được giám sát đã xây dựng kế hoạch tự phê bình và phê bình nghiêm túc, nhưng việc khắc phục hạn chế sau kiểm điểm còn chậm.
Phát biểu kết luận, đồng chí Rơ Mah Thuyên yêu cầu các đảng bộ trực thuộc khẩn trương thực hiện các kết luận của Ủy ban, báo cáo kết quả về Ủy ban Kiểm tra Tỉnh ủy trước ngày 15/11/2013; đồng thời chuẩn bị nội dung kiểm tra tài chính tại 12 cơ quan đảng cấp huyện trong quý IV.
Hồng Điệp
Các tin khác
- Chư Sê: kiểm tra 45 tổ chức đảng trong 9 tháng (10/10/2013)
- Tập huấn nghiệp vụ kiểm tra cho cán bộ cơ sở (25/09/2013)
- Ủy ban Kiểm tra Tỉnh ủy họp kỳ thứ 20 (12/09/2013)
- Đoàn công tác Ủy ban Kiểm tra Trung ương làm việc tại Gia Lai (28/08/2013)
""", "2013-10-18", "Kỳ họp thứ 21 Ủy ban Kiểm tra Tỉnh ủy: Đề nghị khai trừ 2 đảng viên",
E("hoi_nghi", None, "2013-10-16"),
[P("Rơ Mah Thuyên", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy"),
 P("Rah Lan Đức", "nguyên Huyện ủy viên", "nguyên Phó Chủ tịch UBND huyện Ia Grai"),
 P("Đinh Thị H'Nhai", "Đảng ủy viên", "Phó Chủ tịch UBND xã Ia Hrung"),
 P("Nguyễn Văn Hạnh", "Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy", "trưởng đoàn giám sát")],
[Q("5 đảng viên", 5, "đảng viên"), Q("hơn 460 triệu đồng", 460000000, "đồng", "over"), Q("2 đảng viên", 2, "đảng viên"),
 Q("214 triệu đồng", 214000000, "đồng"), Q("3 đơn tố cáo", 3, "đơn tố cáo"), Q("2 đơn tố cáo", 2, "đơn tố cáo"),
 Q("12 cơ quan đảng cấp huyện", 12, "cơ quan đảng cấp huyện")],
[D("Quy định", "181", "QĐ/TW", "2013-03-30", "Bộ Chính trị", "Quy định số 181-QĐ/TW ngày 30/3/2013"),
 D("Thông báo", "86", "TB/UBKT", None, "Ủy ban Kiểm tra Tỉnh ủy", "Thông báo số 86-TB/UBKT")],
[prov("Gia Lai"), com("Ia Hrung"), com("Ia Tô")],
["Báo Gia Lai điện tử", "Bạn đang ở: Trang chủ > Chính trị > Xây dựng Đảng", "(GLO)", "Quang cảnh kỳ họp. Ảnh: H.Đ",
 "Nghị quyết Trung ương 4 (khóa XI)"],
["08:15 | 18/10/2013", "kỳ họp thứ 21", "Kỳ họp thứ 21", "2 ngày", "Nghị quyết Trung ương 4", "quý IV", "15/11/2013"]))

PAGES.append(page("b9272-nghean-ubkt-taphuan-2014", """
BÁO NGHỆ AN - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH NGHỆ AN
You are here: Home / Chính trị / Xây dựng Đảng
22/05/2014 - 14:05
Bồi dưỡng nghiệp vụ cho 215 cán bộ kiểm tra cơ sở
Trong 3 ngày, từ 20 đến 22/5/2014, Ủy ban Kiểm tra Tỉnh ủy Nghệ An mở lớp tập huấn nghiệp vụ công tác kiểm tra, giám sát năm 2014 cho 215 học viên là chủ nhiệm, phó chủ nhiệm ủy ban kiểm tra đảng ủy xã, phường, thị trấn thuộc các huyện miền Tây. Đồng chí Hồ Sỹ Lâm, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy dự và phát biểu khai mạc.
Học viên tham gia lớp tập huấn. Ảnh: Thanh Lê
Theo kế hoạch số 35-KH/UBKT của Ủy ban Kiểm tra Tỉnh ủy, lớp học được tổ chức thành 2 đợt; đợt này dành cho cán bộ của 11 huyện, thị xã miền núi, đợt 2 dự kiến vào tháng 8 cho các huyện đồng bằng. Học viên được nghe 6 chuyên đề về quy trình kiểm tra đảng viên khi có dấu hiệu vi phạm, giám sát thường xuyên, kiểm tra tài chính đảng và giải quyết tố cáo ở cơ sở.
Ông Vi Văn Đào, Phó Vụ trưởng Vụ Nghiệp vụ Ủy ban Kiểm tra Trung ương, trực tiếp giới thiệu Quy định số 181-QĐ/TW của Bộ Chính trị về xử lý kỷ luật đảng viên vi phạm và Hướng dẫn số 09-HD/UBKTTW ngày 6/6/2013 của Ủy ban Kiểm tra Trung ương. Báo cáo viên phân tích nhiều tình huống thực tế, như việc đảng viên sinh con thứ ba, đảng viên tham gia tín ngưỡng trái quy định, hay việc chi bộ thôn, bản chưa ghi chép sổ sách kiểm tra.
Theo thống kê, năm 2013 ủy ban kiểm tra của 480 đảng ủy xã, phường, thị trấn trong tỉnh mới kiểm tra được 356 đảng viên, trong đó nhiều nơi chưa thực hiện kiểm tra khi có dấu hiệu vi phạm. Đến nay, 92% cán bộ ủy ban kiểm tra cơ sở là kiêm nhiệm. Nhiều đồng chí mới được bầu bổ sung, chưa qua lớp bồi dưỡng nào nên còn lúng túng khi lập hồ sơ, viết báo cáo kết luận kiểm tra; có nơi còn nể nang, né tránh, xử lý chưa nghiêm đảng viên vi phạm ở thôn, bản.
Tại lớp học, bà Lô Thị Hằng, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã Châu Kim, chia sẻ kinh nghiệm giám sát các chi bộ bản người Thái bằng cách dự sinh hoạt chi bộ định kỳ. Ông Xồng Bá Dia, Phó Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã Mường Lống, đề nghị có thêm tài liệu song ngữ Mông - Việt, vì ở các bản vùng cao nhiều đảng viên lớn tuổi chưa đọc thông thạo tiếng phổ thông.
Kết thúc lớp học, 100% học viên làm bài thu hoạch, trong đó 96,3% đạt loại khá, giỏi. Mỗi học viên được hỗ trợ 150.000 đồng/ngày tiền ăn và tài liệu theo quy định.
Phát biểu bế giảng, đồng chí Hồ Sỹ Lâm đề nghị học viên vận dụng kiến thức vào thực tiễn, tham mưu cấp ủy cơ sở xây dựng chương trình kiểm tra, giám sát sát với tình hình địa phương.
Thanh Lê
Xem thêm
- Anh Sơn: kiểm tra tài chính đảng tại 24 chi bộ (12/05/2014)
- Ủy ban Kiểm tra Tỉnh ủy giám sát Đảng ủy Công an tỉnh (29/04/2014)
- Kỳ Sơn kỷ luật 4 đảng viên vi phạm (17/04/2014)
""", "2014-05-22", "Bồi dưỡng nghiệp vụ cho 215 cán bộ kiểm tra cơ sở",
E("tap_huan", "2014", "2014-05-20"),
[P("Hồ Sỹ Lâm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy"),
 P("Vi Văn Đào", "Phó Vụ trưởng Vụ Nghiệp vụ Ủy ban Kiểm tra Trung ương"),
 P("Lô Thị Hằng", "Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã Châu Kim"),
 P("Xồng Bá Dia", "Phó Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã Mường Lống")],
[Q("215 học viên", 215, "học viên"), Q("11 huyện, thị xã miền núi", 11, "huyện, thị xã miền núi"), Q("6 chuyên đề", 6, "chuyên đề"),
 Q("480 đảng ủy xã, phường, thị trấn", 480, "đảng ủy xã, phường, thị trấn"), Q("356 đảng viên", 356, "đảng viên"),
 Q("92%", 92, "%"), Q("100%", 100, "%"), Q("96,3%", 96.3, "%"), Q("150.000 đồng", 150000, "đồng")],
[D("Kế hoạch", "35", "KH/UBKT", None, "Ủy ban Kiểm tra Tỉnh ủy", "kế hoạch số 35-KH/UBKT"),
 D("Quy định", "181", "QĐ/TW", None, "Bộ Chính trị", "Quy định số 181-QĐ/TW"),
 D("Hướng dẫn", "09", "HD/UBKTTW", "2013-06-06", "Ủy ban Kiểm tra Trung ương", "Hướng dẫn số 09-HD/UBKTTW ngày 6/6/2013")],
[prov("Nghệ An"), com("Châu Kim"), com("Mường Lống")],
["BÁO NGHỆ AN - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH NGHỆ AN", "You are here: Home / Chính trị / Xây dựng Đảng",
 "Học viên tham gia lớp tập huấn. Ảnh: Thanh Lê"],
["22/05/2014 - 14:05", "3 ngày", "2 đợt", "đợt 2", "tháng 8", "năm 2013", "năm 2014", "thứ ba"]))

PAGES.append(page("b9273-daklak-chibo-ubkt-daihoi-2015", """
ĐẢNG BỘ TỈNH ĐẮK LẮK - TRANG THÔNG TIN ĐIỆN TỬ
Trang chủ :: Tin tức - Sự kiện :: Đại hội Đảng các cấp
Cập nhật lúc 10:20 ngày 10/04/2015
Đồng chí Y Bhăm Mlô tặng hoa chúc mừng Chi ủy khóa mới.
Đại hội Chi bộ Cơ quan Ủy ban Kiểm tra Tỉnh ủy nhiệm kỳ 2015 - 2020
Ngày 9/4, Chi bộ Cơ quan Ủy ban Kiểm tra Tỉnh ủy Đắk Lắk tổ chức Đại hội lần thứ XII, nhiệm kỳ 2015 - 2020. Dự và chỉ đạo đại hội có đồng chí Y Bhăm Mlô, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy và đồng chí Lê Quang Thịnh, Phó Bí thư Đảng ủy Khối các cơ quan tỉnh.
Chi bộ hiện có 23 đảng viên, sinh hoạt ở 3 tổ đảng. Nhiệm kỳ 2010 - 2015, Chi bộ đã lãnh đạo cơ quan tham mưu Ủy ban Kiểm tra Tỉnh ủy kiểm tra 146 tổ chức đảng và 392 đảng viên, giám sát chuyên đề 88 tổ chức đảng; xem xét, đề nghị thi hành kỷ luật 58 đảng viên, trong đó có 9 đảng viên là cán bộ diện Ban Thường vụ Tỉnh ủy quản lý. Qua kiểm tra tài chính đảng, cơ quan đã kiến nghị thu hồi 1,36 tỷ đồng. Năm nào Chi bộ cũng đạt trong sạch, vững mạnh; 100% đảng viên hoàn thành tốt nhiệm vụ trở lên.
Báo cáo chính trị do đồng chí H'Duyên Niê, Bí thư Chi bộ, Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy trình bày nêu rõ hạn chế: việc giám sát ở các đảng bộ vùng đồng bào dân tộc thiểu số còn mỏng, có đảng viên ngại va chạm. Nhiệm kỳ 2015 - 2020, Chi bộ đặt mục tiêu hằng năm có trên 90% đảng viên hoàn thành tốt nhiệm vụ, mỗi đảng viên cơ quan theo dõi ít nhất 2 tổ chức đảng cơ sở.
Các ý kiến thảo luận tập trung vào việc nâng cao chất lượng thẩm tra, xác minh; bảo đảm hồ sơ kiểm tra chặt chẽ, kết luận đúng người, đúng việc, đúng quy định. Đại hội cũng góp ý vào dự thảo Báo cáo chính trị trình Đại hội Đảng bộ Khối các cơ quan tỉnh và dự thảo văn kiện Đại hội Đảng bộ tỉnh lần thứ XVI. Ông Y Khuê Byă, chuyên viên Phòng Kiểm tra số 2, đề nghị cơ quan tiếp tục giữ quan hệ kết nghĩa với buôn Kram, xã Ea Tiêu.
Thực hiện Chỉ thị số 36-CT/TW ngày 30/5/2014 của Bộ Chính trị về đại hội đảng bộ các cấp và Kế hoạch số 72-KH/ĐUK của Đảng ủy Khối các cơ quan tỉnh, Đại hội đã bầu Chi ủy khóa mới gồm 3 đồng chí. Đồng chí H'Duyên Niê tái đắc cử Bí thư Chi bộ; đồng chí Nguyễn Thị Kim Liên được bầu làm Phó Bí thư Chi bộ. Đại hội cũng bầu 4 đại biểu dự Đại hội Đảng bộ Khối các cơ quan tỉnh.
Phát biểu chỉ đạo, đồng chí Y Bhăm Mlô đề nghị Chi ủy khóa mới nâng cao chất lượng sinh hoạt chi bộ, đổi mới phương pháp làm việc, mỗi cán bộ kiểm tra phải "chí công, vô tư, khách quan".
H'Xíu
Lượt truy cập: 2.318.004
Tin khác
- Chi bộ Văn phòng Tỉnh ủy đại hội nhiệm kỳ 2015 - 2020 (08/04/2015)
- Krông Bông: hoàn thành đại hội chi bộ trực thuộc (03/04/2015)
- Đại hội điểm Đảng bộ xã Ea Kao (27/03/2015)
""", "2015-04-10", "Đại hội Chi bộ Cơ quan Ủy ban Kiểm tra Tỉnh ủy nhiệm kỳ 2015 - 2020",
E("dai_hoi", None, "2015-04-09"),
[P("Y Bhăm Mlô", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy"),
 P("Lê Quang Thịnh", "Phó Bí thư Đảng ủy Khối các cơ quan tỉnh"),
 P("H'Duyên Niê", "Bí thư Chi bộ", "Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy"),
 P("Y Khuê Byă", "chuyên viên Phòng Kiểm tra số 2"),
 P("Nguyễn Thị Kim Liên", "Phó Bí thư Chi bộ")],
[Q("23 đảng viên", 23, "đảng viên"), Q("3 tổ đảng", 3, "tổ đảng"), Q("146 tổ chức đảng", 146, "tổ chức đảng"),
 Q("392 đảng viên", 392, "đảng viên"), Q("88 tổ chức đảng", 88, "tổ chức đảng"), Q("58 đảng viên", 58, "đảng viên"),
 Q("9 đảng viên", 9, "đảng viên"), Q("1,36 tỷ đồng", 1360000000, "đồng"), Q("100%", 100, "%"),
 Q("trên 90%", 90, "%", "over"), Q("ít nhất 2 tổ chức đảng cơ sở", 2, "tổ chức đảng cơ sở", "over"),
 Q("3 đồng chí", 3, "đồng chí"), Q("4 đại biểu", 4, "đại biểu")],
[D("Chỉ thị", "36", "CT/TW", "2014-05-30", "Bộ Chính trị", "Chỉ thị số 36-CT/TW ngày 30/5/2014"),
 D("Kế hoạch", "72", "KH/ĐUK", None, "Đảng ủy Khối các cơ quan tỉnh", "Kế hoạch số 72-KH/ĐUK")],
[prov("Đắk Lắk"), com("Ea Tiêu")],
["ĐẢNG BỘ TỈNH ĐẮK LẮK - TRANG THÔNG TIN ĐIỆN TỬ", "Trang chủ :: Tin tức - Sự kiện :: Đại hội Đảng các cấp",
 "Đồng chí Y Bhăm Mlô tặng hoa chúc mừng Chi ủy khóa mới.", "chí công, vô tư, khách quan", "Lượt truy cập: 2.318.004"],
["Cập nhật lúc 10:20 ngày 10/04/2015", "3 đồng chí", "nhiệm kỳ 2015 - 2020", "Nhiệm kỳ 2010 - 2015", "lần thứ XII", "lần thứ XVI",
 "Phòng Kiểm tra số 2", "Lượt truy cập: 2.318.004"]))

PAGES.append(page("b9274-camau-ubkt-giaoban-q2-2016", """
BÁO CÀ MAU
Vị trí: Trang chủ / Chính trị / Xây dựng Đảng
08-07-2016 15:30
Giao ban công tác kiểm tra cụm các huyện phía Nam
Sáng 7/7, Ủy ban Kiểm tra Tỉnh ủy Cà Mau tổ chức giao ban công tác kiểm tra, giám sát quý II năm 2016 với ủy ban kiểm tra các huyện ủy Năm Căn, Ngọc Hiển, Đầm Dơi và Cái Nước. Đồng chí Trần Hồng Quân, Tỉnh ủy viên, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy chủ trì.
Đồng chí Trần Hồng Quân phát biểu tại buổi giao ban. (Ảnh: Trúc Linh)
Theo báo cáo, quý II là thời điểm các cấp ủy tập trung lãnh đạo cuộc bầu cử đại biểu Quốc hội khóa XIV và đại biểu HĐND các cấp nhiệm kỳ 2016 - 2021, nên công tác kiểm tra được lồng ghép với việc nắm tình hình tư tưởng cán bộ, đảng viên ở cơ sở. Trong quý, ủy ban kiểm tra 4 huyện đã kiểm tra 37 tổ chức đảng, giám sát 52 đảng viên; phát hiện 7 đảng viên vi phạm, chủ yếu trong quản lý đất rừng phòng hộ và nuôi trồng thủy sản. Qua kiểm tra tài chính đảng tại 19 chi bộ, các huyện đã thu hồi 210 triệu đồng. Lũy kế 6 tháng, khối lượng công việc đạt 48,6% kế hoạch năm.
Bà Danh Thị Sen, Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy, cho biết Ủy ban đã triển khai Kế hoạch 18, 19-KH/UBKT về kiểm tra việc lãnh đạo bầu cử đại biểu Quốc hội, đại biểu HĐND các cấp và về giám sát đảng viên là cán bộ quản lý rừng. Ủy ban Kiểm tra Tỉnh ủy cũng hướng dẫn các huyện xây dựng chương trình kiểm tra gắn với Chỉ thị số 05-CT/TW của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.
Tại buổi giao ban, ông Huỳnh Văn Út, HUV, Chủ nhiệm Ủy ban Kiểm tra Huyện ủy Ngọc Hiển, phản ánh việc kiểm tra ở các xã ven biển như Đất Mũi, Tân Ân gặp khó vì đảng viên đi biển dài ngày. Bà Dương Thị Diệu, Ủy viên Ủy ban Kiểm tra Huyện ủy Đầm Dơi, đề nghị tỉnh sớm có hướng dẫn xử lý đảng viên vi phạm trong tranh chấp đất ao tôm.
Ông Lâm Văn Thạnh, Phó Chủ nhiệm Ủy ban Kiểm tra Huyện ủy Cái Nước, cho biết huyện đã thí điểm giao mỗi ủy viên ủy ban kiểm tra theo dõi 2 đảng ủy xã, định kỳ dự sinh hoạt chi bộ ấp; nhờ đó đã phát hiện sớm 2 trường hợp đảng viên có biểu hiện vi phạm trong việc cho thuê đất công. Nhiều ý kiến cũng kiến nghị tỉnh quan tâm bố trí kinh phí, phương tiện đi lại cho cán bộ kiểm tra ở vùng sông nước.
Kết luận buổi giao ban, đồng chí Trần Hồng Quân yêu cầu quý III các huyện tập trung kiểm tra khi có dấu hiệu vi phạm, không để đơn thư tồn đọng; mỗi huyện thực hiện ít nhất 3 cuộc giám sát chuyên đề đối với đảng ủy xã, thị trấn.
Trúc Linh
Tin cùng chuyên mục
- Ủy ban Kiểm tra Tỉnh ủy giao ban cụm phía Bắc (06/07/2016)
- U Minh: kỷ luật 3 đảng viên vi phạm (24/06/2016)
- Kiểm tra tài chính đảng tại Đảng ủy Khối Doanh nghiệp (10/06/2016)
- Thới Bình: giám sát 15 chi bộ ấp về thực hiện quy chế dân chủ (02/06/2016)
- Tập huấn nghiệp vụ công tác kiểm tra năm 2016 (20/05/2016)
""", "2016-07-08", "Giao ban công tác kiểm tra cụm các huyện phía Nam",
E("giao_ban", "2016-Q2", "2016-07-07"),
[P("Trần Hồng Quân", "Tỉnh ủy viên", "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy"),
 P("Danh Thị Sen", "Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy"),
 P("Huỳnh Văn Út", "HUV", "Chủ nhiệm Ủy ban Kiểm tra Huyện ủy Ngọc Hiển"),
 P("Dương Thị Diệu", "Ủy viên Ủy ban Kiểm tra Huyện ủy Đầm Dơi"),
 P("Lâm Văn Thạnh", "Phó Chủ nhiệm Ủy ban Kiểm tra Huyện ủy Cái Nước")],
[Q("4 huyện", 4, "huyện"), Q("37 tổ chức đảng", 37, "tổ chức đảng"), Q("52 đảng viên", 52, "đảng viên"), Q("7 đảng viên", 7, "đảng viên"),
 Q("19 chi bộ", 19, "chi bộ"), Q("210 triệu đồng", 210000000, "đồng"), Q("48,6%", 48.6, "%"),
 Q("2 đảng ủy xã", 2, "đảng ủy xã"), Q("2 trường hợp", 2, "trường hợp"),
 Q("ít nhất 3 cuộc giám sát chuyên đề", 3, "cuộc giám sát chuyên đề", "over")],
[D("Kế hoạch", "18", "KH/UBKT", None, "Ủy ban Kiểm tra Tỉnh ủy", "Kế hoạch 18, 19-KH/UBKT"),
 D("Kế hoạch", "19", "KH/UBKT", None, "Ủy ban Kiểm tra Tỉnh ủy", "Kế hoạch 18, 19-KH/UBKT"),
 D("Chỉ thị", "05", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 05-CT/TW")],
[prov("Cà Mau"), com("Đất Mũi"), com("Tân Ân")],
["BÁO CÀ MAU", "Vị trí: Trang chủ / Chính trị / Xây dựng Đảng", "Đồng chí Trần Hồng Quân phát biểu tại buổi giao ban. (Ảnh: Trúc Linh)"],
["08-07-2016 15:30", "quý II năm 2016", "Lũy kế 6 tháng", "quý III", "khóa XIV", "nhiệm kỳ 2016 - 2021"]))
