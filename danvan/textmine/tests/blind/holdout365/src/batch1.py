from lib import *
PAGES = []

PAGES.append(page("b8717-laocai-ubkt-tongket-2011", """
Báo Lào Cai điện tử
Trang chủ » Xây dựng Đảng » Kiểm tra - Giám sát
Thứ Năm, 29/12/2011 - 16:20
Ảnh: Quang cảnh hội nghị.
Ủy ban Kiểm tra Tỉnh ủy tổng kết công tác năm 2011
(BLC) - Ngày 28/12/2011, Ủy ban Kiểm tra (UBKT) Tỉnh ủy Lào Cai tổ chức hội nghị tổng kết công tác kiểm tra, giám sát và thi hành kỷ luật đảng năm 2011, triển khai nhiệm vụ năm 2012. Đồng chí Lục Văn Thào, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ nhiệm UBKT Tỉnh ủy chủ trì hội nghị. Dự có đồng chí Nguyễn Hữu Tình, Phó Bí thư Thường trực Tỉnh ủy.
Báo cáo do bà Lý Thị Dính, Phó Chủ nhiệm UBKT Tỉnh ủy trình bày cho biết, năm 2011 cấp ủy và UBKT các cấp trong Đảng bộ tỉnh đã kiểm tra 412 tổ chức đảng và 1.036 đảng viên; giám sát chuyên đề 286 tổ chức đảng và 743 đảng viên. UBKT các cấp đã kiểm tra 39 đảng viên khi có dấu hiệu vi phạm, kết luận 31 đồng chí có vi phạm, trong đó 17 trường hợp phải thi hành kỷ luật.
Cấp ủy, tổ chức đảng và UBKT các cấp đã thi hành kỷ luật 96 đảng viên với các hình thức: khiển trách 52, cảnh cáo 27, cách chức 4, khai trừ 13; thi hành kỷ luật 2 tổ chức đảng. Qua kiểm tra tài chính đảng tại 58 tổ chức đảng, phát hiện 6 tổ chức có thiếu sót, kiến nghị thu hồi hơn 184 triệu đồng. UBKT các cấp tiếp nhận 47 đơn thư tố cáo, khiếu nại, đã giải quyết 45 đơn, đạt 95,7%.
Ngay sau khi Ban Chấp hành Trung ương ban hành Quy định số 45-QĐ/TW ngày 1/11/2011 về thi hành Điều lệ Đảng và Quy định số 46-QĐ/TW ngày 1/11/2011 về thi hành Chương VII, Chương VIII Điều lệ Đảng, UBKT Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 87-KH/TU triển khai thực hiện; đồng thời ban hành Hướng dẫn số 05-HD/UBKT ngày 12/12/2011 về quy trình kiểm tra đảng viên khi có dấu hiệu vi phạm.
Tại hội nghị, các đại biểu thảo luận về khó khăn trong kiểm tra ở cơ sở vùng cao. Đồng chí Thào Seo Chư, HUV, Chủ nhiệm UBKT Huyện ủy Si Ma Cai cho biết nhiều chi bộ thôn bản chưa xây dựng chương trình kiểm tra, giám sát; cán bộ kiểm tra xã phần lớn kiêm nhiệm. Bà Vàng Thị Mỷ, Phó Bí thư Đảng ủy xã Tả Van, đề nghị mở thêm lớp bồi dưỡng nghiệp vụ bằng tiếng dân tộc.
Phát biểu chỉ đạo, đồng chí Nguyễn Hữu Tình đề nghị năm 2012 UBKT các cấp tập trung kiểm tra việc thực hiện Nghị quyết Trung ương 4 (khóa XI) "Một số vấn đề cấp bách về xây dựng Đảng hiện nay"; giải quyết dứt điểm đơn thư, không để tồn đọng, kéo dài.
Nhân dịp này, UBKT Tỉnh ủy tặng giấy khen cho 8 tập thể và 15 cá nhân, trong đó có các đồng chí Phó Chủ nhiệm UBKT Huyện ủy: Hoàng Văn Sính, Lù Văn Chín, Sần Thị Mai.
Minh Ngọc
Tin liên quan
- UBKT Tỉnh ủy kiểm tra tài chính đảng tại Đảng ủy Khối doanh nghiệp (15/12/2011)
- Bảo Thắng: thi hành kỷ luật 3 đảng viên vi phạm (02/12/2011)
- Tập huấn nghiệp vụ công tác kiểm tra cho 150 cán bộ cơ sở (18/11/2011)
""", "2011-12-29", "Ủy ban Kiểm tra Tỉnh ủy tổng kết công tác năm 2011",
E("tong_ket", "2011", "2011-12-28"),
[P("Lục Văn Thào", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ nhiệm UBKT Tỉnh ủy"),
 P("Nguyễn Hữu Tình", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Lý Thị Dính", "Phó Chủ nhiệm UBKT Tỉnh ủy"),
 P("Thào Seo Chư", "HUV", "Chủ nhiệm UBKT Huyện ủy Si Ma Cai"),
 P("Vàng Thị Mỷ", "Phó Bí thư Đảng ủy xã Tả Van"),
 P("Hoàng Văn Sính", "Phó Chủ nhiệm UBKT Huyện ủy"),
 P("Lù Văn Chín", "Phó Chủ nhiệm UBKT Huyện ủy"),
 P("Sần Thị Mai", "Phó Chủ nhiệm UBKT Huyện ủy")],
[Q("412 tổ chức đảng", 412, "tổ chức đảng"), Q("1.036 đảng viên", 1036, "đảng viên"),
 Q("286 tổ chức đảng", 286, "tổ chức đảng"), Q("743 đảng viên", 743, "đảng viên"),
 Q("39 đảng viên", 39, "đảng viên"), Q("31 đồng chí", 31, "đồng chí"), Q("17 trường hợp", 17, "trường hợp"),
 Q("96 đảng viên", 96, "đảng viên"), Q("khiển trách 52", 52, "đảng viên"), Q("cảnh cáo 27", 27, "đảng viên"),
 Q("cách chức 4", 4, "đảng viên"), Q("khai trừ 13", 13, "đảng viên"), Q("2 tổ chức đảng", 2, "tổ chức đảng"),
 Q("58 tổ chức đảng", 58, "tổ chức đảng"), Q("6 tổ chức", 6, "tổ chức"),
 Q("hơn 184 triệu đồng", 184000000, "đồng", "over"),
 Q("47 đơn thư tố cáo, khiếu nại", 47, "đơn thư tố cáo, khiếu nại"), Q("45 đơn", 45, "đơn"), Q("95,7%", 95.7, "%"),
 Q("8 tập thể", 8, "tập thể"), Q("15 cá nhân", 15, "cá nhân")],
[D("Quy định", "45", "QĐ/TW", "2011-11-01", "Ban Chấp hành Trung ương", "Quy định số 45-QĐ/TW ngày 1/11/2011"),
 D("Quy định", "46", "QĐ/TW", "2011-11-01", "Ban Chấp hành Trung ương", "Quy định số 46-QĐ/TW ngày 1/11/2011"),
 D("Kế hoạch", "87", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 87-KH/TU"),
 D("Hướng dẫn", "05", "HD/UBKT", "2011-12-12", "UBKT Tỉnh ủy", "Hướng dẫn số 05-HD/UBKT ngày 12/12/2011")],
[prov("Lào Cai"), com("Tả Van")],
["Báo Lào Cai điện tử", "Trang chủ » Xây dựng Đảng » Kiểm tra - Giám sát", "Ảnh: Quang cảnh hội nghị.", "(BLC)",
 "Điều lệ Đảng", "Nghị quyết Trung ương 4 (khóa XI)", "Một số vấn đề cấp bách về xây dựng Đảng hiện nay"],
["Thứ Năm, 29/12/2011 - 16:20", "31 đồng chí", "năm 2011", "năm 2012", "Chương VII, Chương VIII", "Nghị quyết Trung ương 4", "khóa XI"]))

PAGES.append(page("b8718-quangbinh-ubkt-kyhop-2012", """
BÁO QUẢNG BÌNH ONLINE
Thời sự | Chính trị | Xây dựng Đảng
Cập nhật: 14:35, 08/08/2012 (GMT+7)
Thi hành kỷ luật khai trừ ra khỏi Đảng một nguyên giám đốc công ty
(QBĐT) - Ngày 6/8, Ủy ban Kiểm tra Tỉnh ủy Quảng Bình tổ chức kỳ họp thứ 12 để xem xét, kết luận một số nội dung kiểm tra và thi hành kỷ luật đảng viên vi phạm. Đồng chí Hoàng Đăng Khoa, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy chủ trì kỳ họp.
Xét báo cáo kết quả kiểm tra khi có dấu hiệu vi phạm, Ủy ban Kiểm tra Tỉnh ủy kết luận: ông Phan Thanh Bình, đảng viên Chi bộ Công ty Cổ phần Xây dựng Nhật Lệ, nguyên Giám đốc công ty đã vi phạm nguyên tắc quản lý tài chính, sử dụng 1,35 tỷ đồng tiền tạm ứng công trình sai mục đích, không hoàn trả khi được yêu cầu; thiếu trung thực trong báo cáo với tổ chức đảng. Căn cứ Quy định số 94-QĐ/TW ngày 15/10/2007 của Bộ Chính trị về xử lý kỷ luật đảng viên vi phạm, Ủy ban Kiểm tra Tỉnh ủy quyết định thi hành kỷ luật bằng hình thức khai trừ ra khỏi Đảng đối với ông Phan Thanh Bình.
Cũng tại kỳ họp, Ủy ban xem xét báo cáo kiểm tra đối với Ban Thường vụ Đảng ủy xã Quảng Phú (huyện Quảng Trạch). Qua kiểm tra cho thấy, năm 2010 - 2011 Ban Thường vụ Đảng ủy xã đã để chính quyền giao đất trái thẩm quyền 36 lô đất với tổng diện tích hơn 7.200 m2; thu chi sai nguyên tắc 268 triệu đồng. Ủy ban Kiểm tra Tỉnh ủy quyết định thi hành kỷ luật khiển trách Ban Thường vụ Đảng ủy xã Quảng Phú nhiệm kỳ 2010 - 2015; cảnh cáo ông Trương Văn Lợi, Bí thư Đảng ủy xã và yêu cầu Ban Thường vụ Huyện ủy Quảng Trạch xem xét trách nhiệm của ông Lê Quang Diệu, Chủ tịch UBND xã.
Đối với ông Đinh Xuân Thạch, Huyện ủy viên, Phó Chủ tịch UBND huyện Minh Hóa, Ủy ban Kiểm tra Tỉnh ủy kết luận đồng chí có khuyết điểm trong chỉ đạo hỗ trợ nhà ở cho 124 hộ nghèo ở xã Hóa Tiến nhưng chưa đến mức phải xử lý kỷ luật, yêu cầu kiểm điểm rút kinh nghiệm.
Theo Thông báo số 128-TB/UBKT ngày 7/8/2012, 7 tháng đầu năm, Ủy ban Kiểm tra các cấp trong Đảng bộ tỉnh đã kiểm tra 26 tổ chức đảng và 41 đảng viên khi có dấu hiệu vi phạm; thi hành kỷ luật 58 đảng viên, trong đó khai trừ 9 trường hợp; giải quyết 22/25 đơn thư tố cáo. Bà Nguyễn Thị Thanh Hương, Phó Chủ nhiệm Thường trực Ủy ban Kiểm tra Tỉnh ủy cho biết, những tháng còn lại của năm Ủy ban tập trung kiểm tra tài chính đảng ở 12 đảng bộ trực thuộc.
Phát biểu kết luận kỳ họp, đồng chí Hoàng Đăng Khoa đề nghị các đồng chí ủy viên Ủy ban sớm hoàn chỉnh hồ sơ, thông báo quyết định kỷ luật đến tổ chức đảng nơi đảng viên sinh hoạt, đồng thời chỉ đạo Ủy ban Kiểm tra Huyện ủy Quảng Trạch theo dõi việc khắc phục sai phạm tại xã Quảng Phú, báo cáo trước ngày 30/9/2012.
Văn Phúc
Tin khác
- Bố Trạch: kiểm tra việc thực hiện Quy chế dân chủ ở 5 xã (02/08/2012)
- Ủy ban Kiểm tra Tỉnh ủy giám sát Đảng ủy Khối Doanh nghiệp (25/07/2012)
- Khai trừ 2 đảng viên vi phạm chính sách dân số (11/07/2012)
- Hội nghị sơ kết công tác kiểm tra 6 tháng đầu năm 2012 (04/07/2012)
""", "2012-08-08", "Thi hành kỷ luật khai trừ ra khỏi Đảng một nguyên giám đốc công ty",
E("khac", None, "2012-08-06"),
[P("Hoàng Đăng Khoa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy"),
 P("Phan Thanh Bình", "đảng viên Chi bộ Công ty Cổ phần Xây dựng Nhật Lệ", "nguyên Giám đốc công ty"),
 P("Trương Văn Lợi", "Bí thư Đảng ủy xã"),
 P("Lê Quang Diệu", "Chủ tịch UBND xã"),
 P("Đinh Xuân Thạch", "Huyện ủy viên", "Phó Chủ tịch UBND huyện Minh Hóa"),
 P("Nguyễn Thị Thanh Hương", "Phó Chủ nhiệm Thường trực Ủy ban Kiểm tra Tỉnh ủy")],
[Q("1,35 tỷ đồng", 1350000000, "đồng"), Q("36 lô đất", 36, "lô đất"), Q("hơn 7.200 m2", 7200, "m2", "over"),
 Q("268 triệu đồng", 268000000, "đồng"), Q("124 hộ nghèo", 124, "hộ nghèo"),
 Q("26 tổ chức đảng", 26, "tổ chức đảng"), Q("41 đảng viên", 41, "đảng viên"), Q("58 đảng viên", 58, "đảng viên"),
 Q("9 trường hợp", 9, "trường hợp"), Q("22/25 đơn thư tố cáo", 22, "đơn thư tố cáo"),
 Q("12 đảng bộ trực thuộc", 12, "đảng bộ trực thuộc")],
[D("Quy định", "94", "QĐ/TW", "2007-10-15", "Bộ Chính trị", "Quy định số 94-QĐ/TW ngày 15/10/2007"),
 D("Thông báo", "128", "TB/UBKT", "2012-08-07", None, "Thông báo số 128-TB/UBKT ngày 7/8/2012")],
[prov("Quảng Bình"), com("Quảng Phú"), com("Hóa Tiến")],
["BÁO QUẢNG BÌNH ONLINE", "Thời sự | Chính trị | Xây dựng Đảng", "(QBĐT)", "Công ty Cổ phần Xây dựng Nhật Lệ"],
["Cập nhật: 14:35, 08/08/2012 (GMT+7)", "kỳ họp thứ 12", "năm 2010 - 2011", "nhiệm kỳ 2010 - 2015", "7 tháng đầu năm"]))

PAGES.append(page("b8719-soctrang-ubkt-soket-2013", """
BÁO SÓC TRĂNG ONLINE
Trang chủ > Chính trị > Xây dựng Đảng
08:15 | 19/07/2013
Đồng chí Trương Văn Bửu phát biểu tại hội nghị.
Nâng chất lượng kiểm tra, giám sát ở chi bộ ấp, khóm
(STO) - Sáng 18/7, Ủy ban Kiểm tra Tỉnh ủy Sóc Trăng tổ chức hội nghị sơ kết công tác kiểm tra, giám sát 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2013. Chủ trì hội nghị có đồng chí Trương Văn Bửu, Tỉnh ủy viên, Chủ nhiệm UBKT Tỉnh ủy và đồng chí Sơn Thị Ngọc Hân, Phó Chủ nhiệm UBKT Tỉnh ủy.
Theo báo cáo, 6 tháng đầu năm 2013 cấp ủy các cấp đã kiểm tra 318 tổ chức đảng và 905 đảng viên, trong đó có 214 đảng viên là cấp ủy viên các cấp; giám sát thường xuyên và giám sát chuyên đề 176 tổ chức đảng. UBKT các cấp kiểm tra 21 đảng viên và 4 tổ chức đảng khi có dấu hiệu vi phạm, qua đó kết luận 18 đảng viên có vi phạm, phải thi hành kỷ luật 11 đồng chí.
Toàn Đảng bộ đã thi hành kỷ luật 63 đảng viên (khiển trách 35 đồng chí, cảnh cáo 17 đồng chí, cách chức 3 đồng chí, khai trừ 8 đồng chí), tăng 7 trường hợp so với cùng kỳ năm 2012. Nội dung vi phạm chủ yếu là vi phạm chính sách dân số, quản lý đất đai, tài chính và phẩm chất đạo đức, lối sống. Kiểm tra tài chính đảng ở 43 tổ chức đảng, kiến nghị thu hồi khoảng 96 triệu đồng; kiểm tra thu, nộp đảng phí tại 112 chi bộ.
UBKT Tỉnh ủy đã giúp Ban Thường vụ Tỉnh ủy triển khai Quy định số 181-QĐ/TW ngày 30/3/2013 của Bộ Chính trị về xử lý kỷ luật đảng viên vi phạm và ban hành Hướng dẫn số 07-HD/UBKTTU ngày 22/5/2013 về quy trình xem xét, thi hành kỷ luật trong Đảng; tổ chức 2 lớp tập huấn cho 236 cán bộ làm công tác kiểm tra cơ sở.
Tại hội nghị, đồng chí Lý Sa Ruôl, HUV, Chủ nhiệm UBKT Huyện ủy Trần Đề cho biết, ở các xã đông đồng bào Khmer, nhiều chi bộ ấp đã đưa nội dung kiểm tra, giám sát vào sinh hoạt định kỳ; Đảng ủy xã Lịch Hội Thượng xây dựng được 14/14 chi bộ có chương trình giám sát. Đồng chí Kim Sà Phiên, Bí thư Đảng ủy xã Lịch Hội Thượng, đề nghị UBKT Tỉnh ủy biên soạn tài liệu nghiệp vụ song ngữ Việt - Khmer cho ủy viên UBKT xã.
Ông Huỳnh Minh Tâm, Chủ nhiệm UBKT Thị ủy Vĩnh Châu nêu thực tế có đảng viên ở khóm, ấp đi làm ăn xa nhiều năm không sinh hoạt, không đóng đảng phí, đề nghị hướng dẫn xóa tên trong danh sách đảng viên theo đúng quy định.
Kết luận hội nghị, đồng chí Trương Văn Bửu yêu cầu 6 tháng cuối năm, UBKT các cấp chủ động phát hiện sớm vi phạm, tập trung kiểm tra những nơi nội bộ mất đoàn kết, nhiều đơn thư; chậm nhất trong tháng 10/2013 hoàn thành giải quyết các đơn thư tồn đọng từ năm 2012.
Dịp này, UBKT Tỉnh ủy khen thưởng 6 tập thể có thành tích tốt trong kiểm tra chi bộ ấp, khóm.
Thạch Hương
Tin liên quan
- Ngã Năm: kiểm tra 24 chi bộ ấp về thu nộp đảng phí (10/07/2013)
- Mỹ Xuyên thi hành kỷ luật 3 đảng viên (28/06/2013)
- Tập huấn Quy định 181-QĐ/TW cho cán bộ chủ chốt (30/05/2013)
""", "2013-07-19", "Nâng chất lượng kiểm tra, giám sát ở chi bộ ấp, khóm",
E("so_ket", "2013-H1", "2013-07-18"),
[P("Trương Văn Bửu", "Tỉnh ủy viên", "Chủ nhiệm UBKT Tỉnh ủy"),
 P("Sơn Thị Ngọc Hân", "Phó Chủ nhiệm UBKT Tỉnh ủy"),
 P("Lý Sa Ruôl", "HUV", "Chủ nhiệm UBKT Huyện ủy Trần Đề"),
 P("Kim Sà Phiên", "Bí thư Đảng ủy xã Lịch Hội Thượng"),
 P("Huỳnh Minh Tâm", "Chủ nhiệm UBKT Thị ủy Vĩnh Châu")],
[Q("318 tổ chức đảng", 318, "tổ chức đảng"), Q("905 đảng viên", 905, "đảng viên"), Q("214 đảng viên", 214, "đảng viên"),
 Q("176 tổ chức đảng", 176, "tổ chức đảng"), Q("21 đảng viên", 21, "đảng viên"), Q("4 tổ chức đảng", 4, "tổ chức đảng"),
 Q("18 đảng viên", 18, "đảng viên"), Q("11 đồng chí", 11, "đồng chí"), Q("63 đảng viên", 63, "đảng viên"),
 Q("35 đồng chí", 35, "đồng chí"), Q("17 đồng chí", 17, "đồng chí"), Q("3 đồng chí", 3, "đồng chí"),
 Q("8 đồng chí", 8, "đồng chí"), Q("7 trường hợp", 7, "trường hợp"), Q("43 tổ chức đảng", 43, "tổ chức đảng"),
 Q("khoảng 96 triệu đồng", 96000000, "đồng", "approx"), Q("112 chi bộ", 112, "chi bộ"), Q("2 lớp tập huấn", 2, "lớp tập huấn"),
 Q("236 cán bộ", 236, "cán bộ"), Q("14/14 chi bộ", 14, "chi bộ"), Q("6 tập thể", 6, "tập thể")],
[D("Quy định", "181", "QĐ/TW", "2013-03-30", "Bộ Chính trị", "Quy định số 181-QĐ/TW ngày 30/3/2013"),
 D("Hướng dẫn", "07", "HD/UBKTTU", "2013-05-22", "UBKT Tỉnh ủy", "Hướng dẫn số 07-HD/UBKTTU ngày 22/5/2013")],
[prov("Sóc Trăng"), com("Lịch Hội Thượng")],
["BÁO SÓC TRĂNG ONLINE", "Trang chủ > Chính trị > Xây dựng Đảng", "Đồng chí Trương Văn Bửu phát biểu tại hội nghị.", "(STO)"],
["08:15 | 19/07/2013", "6 tháng đầu năm", "6 tháng đầu năm 2013", "6 tháng cuối năm 2013", "11 đồng chí", "35 đồng chí", "17 đồng chí",
 "3 đồng chí", "8 đồng chí", "tháng 10/2013", "năm 2012"]))

PAGES.append(page("b8720-thainguyen-btv-kyluat-2014", """
THÁI NGUYÊN ĐIỆN TỬ - Cổng thông tin của Đảng bộ tỉnh
Bạn đang ở: Trang chủ / Tin tức / Xây dựng Đảng
Ngày đăng 21/10/2014 | 16:20
Ban Thường vụ Tỉnh ủy thi hành kỷ luật 2 cán bộ
Chiều 20/10/2014, Ban Thường vụ Tỉnh ủy Thái Nguyên tổ chức hội nghị xem xét, thi hành kỷ luật đối với 2 cán bộ thuộc diện Ban Thường vụ Tỉnh ủy quản lý. Đồng chí Đồng Văn Tảo, Phó Bí thư Thường trực Tỉnh ủy chủ trì hội nghị.
Hội nghị đã nghe đồng chí Ngô Thị Bích Liên, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy báo cáo kết quả kiểm tra khi có dấu hiệu vi phạm đối với Ban Thường vụ Huyện ủy Đại Từ nhiệm kỳ 2010 - 2015 và một số cá nhân liên quan đến việc cấp giấy chứng nhận quyền sử dụng đất tại xã Hùng Sơn và xã Tân Thái.
Theo kết luận, trong 3 năm 2011 - 2013, UBND huyện đã cấp 217 giấy chứng nhận quyền sử dụng đất không đúng đối tượng, trong đó 64 trường hợp giao đất không qua đấu giá; ngân sách thất thu gần 3,2 tỷ đồng. Ban Thường vụ Huyện ủy buông lỏng lãnh đạo, kiểm tra, để kéo dài, gây bức xúc trong nhân dân với 19 lượt đơn thư kiến nghị vượt cấp.
Căn cứ Quy định số 181-QĐ/TW ngày 30/3/2013 của Bộ Chính trị, Ban Thường vụ Tỉnh ủy đã bỏ phiếu kín, quyết định: thi hành kỷ luật cảnh cáo đồng chí Dương Văn Lượng, Huyện ủy viên, Phó Chủ tịch UBND huyện Đại Từ; khiển trách đồng chí Ma Thị Huyền, Huyện ủy viên, Trưởng phòng Tài nguyên và Môi trường huyện Đại Từ. Các quyết định kỷ luật được ban hành cùng ngày, trong đó Quyết định số 1256-QĐ/TU và Quyết định số 1257-QĐ/TU có hiệu lực ngay.
Ban Thường vụ Tỉnh ủy cũng yêu cầu Ban Thường vụ Huyện ủy Đại Từ kiểm điểm nghiêm túc, làm rõ trách nhiệm của tập thể và từng cá nhân; chỉ đạo thu hồi 37 giấy chứng nhận cấp sai, hoàn trả vào ngân sách số tiền hơn 1,15 tỷ đồng; báo cáo kết quả khắc phục với Ủy ban Kiểm tra Tỉnh ủy trước ngày 30/12/2014. Ông Nguyễn Quang Trung, Chủ tịch UBND xã Hùng Sơn, và ông Hoàng Văn Lý, nguyên cán bộ địa chính xã Tân Thái, do cấp huyện xem xét, xử lý theo thẩm quyền.
Phát biểu kết luận, đồng chí Đồng Văn Tảo nhấn mạnh: kỷ luật đảng phải nghiêm minh, "không có vùng cấm"; các cấp ủy phải làm tốt công tác tự kiểm tra, không để vi phạm nhỏ tích tụ thành sai phạm lớn. Đồng chí đề nghị UBKT Tỉnh ủy tăng cường giám sát người đứng đầu trong lĩnh vực đất đai, xây dựng cơ bản và tuyển dụng công chức, viên chức.
Cũng theo UBKT Tỉnh ủy, 9 tháng năm 2014, Đảng bộ tỉnh đã thi hành kỷ luật 74 đảng viên, trong đó có 12 cán bộ thuộc diện cấp ủy cấp huyện quản lý; khai trừ ra khỏi Đảng 15 đảng viên.
Lưu lượt truy cập: 1.204.335
Tin liên quan
- UBKT Tỉnh ủy tổ chức kỳ họp thứ 21 (06/10/2014)
- Phú Lương: kiểm tra việc thực hiện Chỉ thị 03-CT/TW (22/09/2014)
- Đồng Hỷ khai trừ 2 đảng viên (12/09/2014)
""", "2014-10-21", "Ban Thường vụ Tỉnh ủy thi hành kỷ luật 2 cán bộ",
E("hoi_nghi", None, "2014-10-20"),
[P("Đồng Văn Tảo", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Ngô Thị Bích Liên", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy"),
 P("Dương Văn Lượng", "Huyện ủy viên", "Phó Chủ tịch UBND huyện Đại Từ"),
 P("Ma Thị Huyền", "Huyện ủy viên", "Trưởng phòng Tài nguyên và Môi trường huyện Đại Từ"),
 P("Nguyễn Quang Trung", "Chủ tịch UBND xã Hùng Sơn"),
 P("Hoàng Văn Lý", "nguyên cán bộ địa chính xã Tân Thái")],
[Q("2 cán bộ", 2, "cán bộ"), Q("217 giấy chứng nhận quyền sử dụng đất", 217, "giấy chứng nhận quyền sử dụng đất"),
 Q("64 trường hợp", 64, "trường hợp"), Q("gần 3,2 tỷ đồng", 3200000000, "đồng", "approx"),
 Q("19 lượt đơn thư kiến nghị", 19, "lượt đơn thư kiến nghị"), Q("37 giấy chứng nhận", 37, "giấy chứng nhận"),
 Q("hơn 1,15 tỷ đồng", 1150000000, "đồng", "over"), Q("74 đảng viên", 74, "đảng viên"), Q("12 cán bộ", 12, "cán bộ"),
 Q("15 đảng viên", 15, "đảng viên")],
[D("Quy định", "181", "QĐ/TW", "2013-03-30", "Bộ Chính trị", "Quy định số 181-QĐ/TW ngày 30/3/2013"),
 D("Quyết định", "1256", "QĐ/TU", None, "Ban Thường vụ Tỉnh ủy", "Quyết định số 1256-QĐ/TU"),
 D("Quyết định", "1257", "QĐ/TU", None, "Ban Thường vụ Tỉnh ủy", "Quyết định số 1257-QĐ/TU")],
[prov("Thái Nguyên"), com("Hùng Sơn"), com("Tân Thái")],
["THÁI NGUYÊN ĐIỆN TỬ - Cổng thông tin của Đảng bộ tỉnh", "Bạn đang ở: Trang chủ / Tin tức / Xây dựng Đảng",
 "không có vùng cấm", "Lưu lượt truy cập: 1.204.335"],
["Ngày đăng 21/10/2014 | 16:20", "nhiệm kỳ 2010 - 2015", "3 năm 2011 - 2013", "9 tháng năm 2014", "Lưu lượt truy cập: 1.204.335"]))

PAGES.append(page("b8721-daklak-ubkt-taphuan-2015", """
Báo Đắk Lắk điện tử
Chính trị - Xã hội › Xây dựng Đảng
Thứ Sáu, 14/08/2015, 09:30
Tập huấn nghiệp vụ kiểm tra cho cán bộ cơ sở vùng đồng bào dân tộc thiểu số
Ngày 12 và 13/8, tại Thành phố Buôn Ma Thuột, Ủy ban Kiểm tra Tỉnh ủy Đắk Lắk tổ chức lớp tập huấn nghiệp vụ công tác kiểm tra, giám sát năm 2015 cho gần 250 học viên là ủy viên ủy ban kiểm tra đảng ủy cơ sở, bí thư chi bộ thôn, buôn ở các huyện phía Đông và phía Nam tỉnh.
Toàn cảnh lớp tập huấn. Ảnh: H.Gia
Phát biểu khai mạc, đồng chí H'Yâm Niê, Tỉnh ủy viên, Phó Chủ nhiệm Thường trực UBKT Tỉnh ủy cho biết, toàn tỉnh hiện có 652 tổ chức cơ sở đảng, trong đó 187 đảng ủy cơ sở có ủy ban kiểm tra với 724 ủy viên; khoảng 38% cán bộ kiểm tra cơ sở là người đồng bào dân tộc thiểu số, nhiều người mới được bầu, chưa qua bồi dưỡng nghiệp vụ.
Trong 2 ngày, các học viên được các đồng chí Phó Chủ nhiệm UBKT Tỉnh ủy: Trần Quang Vinh, Y Thuật Êban truyền đạt các chuyên đề: quy trình kiểm tra đảng viên khi có dấu hiệu vi phạm; giám sát thường xuyên; giải quyết tố cáo, khiếu nại kỷ luật đảng; kiểm tra tài chính đảng và việc thu, nộp đảng phí theo Quyết định số 342-QĐ/TW ngày 28/12/2010 của Bộ Chính trị. Lớp học cũng được hướng dẫn thực hiện Hướng dẫn số 09-HD/UBKTTW ngày 6/6/2013 của UBKT Trung ương và Kế hoạch số 34-KH/UBKT ngày 3/3/2015 của UBKT Tỉnh ủy về công tác kiểm tra, giám sát năm 2015.
Tại buổi trao đổi, ông Y Kiêm Byă, Chủ nhiệm UBKT Đảng ủy xã Ea Sol cho biết, trước đây việc kiểm tra ở chi bộ buôn còn lúng túng, hồ sơ làm sơ sài; nhờ được tập huấn, năm 2014 xã đã kiểm tra 9 đảng viên, giám sát 5 chi bộ. Bà H'Brơi Mlô, Bí thư Chi bộ buôn Ea Kmăt, xã Cư Pui đề nghị có thêm tài liệu bằng tiếng Êđê để đảng viên dễ hiểu.
Theo UBKT Tỉnh ủy, 7 tháng năm 2015, UBKT các cấp đã kiểm tra 47 đảng viên và 11 tổ chức đảng khi có dấu hiệu vi phạm; thi hành kỷ luật 86 đảng viên, trong đó có 23 đảng viên là người đồng bào dân tộc thiểu số vi phạm chủ yếu về tham gia hoạt động tôn giáo trái phép, sinh con thứ ba và tranh chấp đất đai.
Kinh phí tổ chức lớp tập huấn khoảng 180 triệu đồng, mỗi học viên được hỗ trợ 150.000 đồng/ngày. Kết thúc lớp học, 241 học viên đạt yêu cầu bài kiểm tra cuối khóa.
Bế mạc lớp tập huấn, đồng chí H'Yâm Niê đề nghị học viên vận dụng kiến thức vào thực tế, chuẩn bị tốt cho đại hội đảng bộ cơ sở nhiệm kỳ 2015 - 2020, trong đó chú trọng kiểm tra, giám sát việc chuẩn bị nhân sự.
Hoàng Gia
Tin cùng chuyên mục
- Krông Pắc: thi hành kỷ luật 5 đảng viên vi phạm (06/08/2015)
- UBKT Tỉnh ủy giám sát Đảng ủy Công an tỉnh (28/07/2015)
- Ea H'leo kiểm tra tài chính đảng tại 18 chi bộ (15/07/2015)
""", "2015-08-14", "Tập huấn nghiệp vụ kiểm tra cho cán bộ cơ sở vùng đồng bào dân tộc thiểu số",
E("tap_huan", "2015", "2015-08-12"),
[P("H'Yâm Niê", "Tỉnh ủy viên", "Phó Chủ nhiệm Thường trực UBKT Tỉnh ủy"),
 P("Trần Quang Vinh", "Phó Chủ nhiệm UBKT Tỉnh ủy"),
 P("Y Thuật Êban", "Phó Chủ nhiệm UBKT Tỉnh ủy"),
 P("Y Kiêm Byă", "Chủ nhiệm UBKT Đảng ủy xã Ea Sol"),
 P("H'Brơi Mlô", "Bí thư Chi bộ buôn Ea Kmăt")],
[Q("gần 250 học viên", 250, "học viên", "approx"), Q("652 tổ chức cơ sở đảng", 652, "tổ chức cơ sở đảng"),
 Q("187 đảng ủy cơ sở", 187, "đảng ủy cơ sở"), Q("724 ủy viên", 724, "ủy viên"), Q("khoảng 38%", 38, "%", "approx"),
 Q("9 đảng viên", 9, "đảng viên"), Q("5 chi bộ", 5, "chi bộ"), Q("47 đảng viên", 47, "đảng viên"),
 Q("11 tổ chức đảng", 11, "tổ chức đảng"), Q("86 đảng viên", 86, "đảng viên"), Q("23 đảng viên", 23, "đảng viên"),
 Q("khoảng 180 triệu đồng", 180000000, "đồng", "approx"), Q("150.000 đồng", 150000, "đồng"),
 Q("241 học viên", 241, "học viên")],
[D("Quyết định", "342", "QĐ/TW", "2010-12-28", "Bộ Chính trị", "Quyết định số 342-QĐ/TW ngày 28/12/2010"),
 D("Hướng dẫn", "09", "HD/UBKTTW", "2013-06-06", "UBKT Trung ương", "Hướng dẫn số 09-HD/UBKTTW ngày 6/6/2013"),
 D("Kế hoạch", "34", "KH/UBKT", "2015-03-03", "UBKT Tỉnh ủy", "Kế hoạch số 34-KH/UBKT ngày 3/3/2015")],
[prov("Đắk Lắk"), com("Ea Sol"), com("Cư Pui")],
["Báo Đắk Lắk điện tử", "Chính trị - Xã hội › Xây dựng Đảng", "Toàn cảnh lớp tập huấn. Ảnh: H.Gia"],
["Thứ Sáu, 14/08/2015, 09:30", "2 ngày", "năm 2014", "7 tháng năm 2015", "con thứ ba", "nhiệm kỳ 2015 - 2020"]))

PAGES.append(page("b8722-namdinh-ubkt-giaoban-2016", """
NAM ĐỊNH ONLINE - Báo Nam Định
Vị trí: Trang chủ :: Xây dựng Đảng :: Công tác kiểm tra
Thứ Bảy, 08/10/2016
UBKT Tỉnh ủy giao ban công tác kiểm tra quý III
Ngày 7/10/2016, Ủy ban Kiểm tra Tỉnh ủy tổ chức hội nghị giao ban công tác kiểm tra, giám sát quý III năm 2016 với ủy ban kiểm tra các huyện ủy, Thành ủy Nam Định và các đảng ủy trực thuộc. Đồng chí Vũ Thị Thu Hà, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy chủ trì.
Trong quý III, cấp ủy các cấp đã kiểm tra 127 tổ chức đảng và 354 đảng viên; UBKT các cấp kiểm tra 8 tổ chức đảng và 19 đảng viên khi có dấu hiệu vi phạm, giám sát chuyên đề 96 tổ chức đảng. Các cấp đã thi hành kỷ luật 41 đảng viên, trong đó khiển trách 24, cảnh cáo 11, cách chức 1, khai trừ 5; số đảng viên bị kỷ luật giảm 6 trường hợp so với quý II. Kiểm tra tài chính 31 tổ chức đảng, phát hiện và yêu cầu nộp lại hơn 42 triệu đồng đảng phí truy thu.
Thực hiện Quy định số 30-QĐ/TW ngày 26/7/2016 của Ban Chấp hành Trung ương về thi hành Chương VII, Chương VIII Điều lệ Đảng, UBKT Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 26-KH/TU triển khai đến 100% tổ chức cơ sở đảng; đang dự thảo quy trình giám sát của UBKT các cấp theo hướng dẫn của UBKT Trung ương.
Đáng chú ý, qua kiểm tra khi có dấu hiệu vi phạm tại Đảng ủy xã Hải Phú (huyện Hải Hậu), UBKT Huyện ủy đã đề nghị thi hành kỷ luật cảnh cáo ông Trần Văn Đoàn, Bí thư Đảng ủy, Chủ tịch HĐND xã và khiển trách ông Phạm Ngọc Thái, Phó Chủ tịch UBND xã do buông lỏng quản lý để xảy ra lấn chiếm 2.350 m2 đất công ích.
Tại giao ban, đồng chí Đỗ Mạnh Hùng, Chủ nhiệm UBKT Huyện ủy Giao Thủy và đồng chí Nguyễn Thị Lan Anh, Chủ nhiệm UBKT Đảng ủy Khối cơ quan tỉnh nêu khó khăn khi giải quyết đơn thư nặc danh, mạo danh trong dịp chuẩn bị bầu cử. Ông Lê Đình Khang, Phó Chủ nhiệm UBKT Huyện ủy Xuân Trường đề xuất tổ chức tập huấn Quy định 30-QĐ/TW cho ủy viên UBKT cơ sở trước ngày 30/11/2016.
Kết luận giao ban, đồng chí Vũ Thị Thu Hà đề nghị quý IV tập trung hoàn thành 100% chương trình kiểm tra, giám sát năm 2016; xây dựng chương trình năm 2017; kiểm tra việc kê khai tài sản, thu nhập ở 15 cơ quan, đơn vị; làm tốt công tác thẩm định nhân sự.
Đồng chí cũng lưu ý UBKT các huyện ủy giải quyết dứt điểm 9 đơn tố cáo còn tồn đọng, trả lời bằng văn bản cho người tố cáo; không để phát sinh điểm nóng trong dịp cuối năm, nhất là ở các xã ven biển đang thực hiện dồn điền, đổi thửa.
Bích Ngọc
Tin khác
- Ý Yên: giám sát việc thu, chi tại 12 trường học (30/09/2016)
- Thành ủy Nam Định sơ kết 9 tháng công tác kiểm tra (26/09/2016)
- Nghĩa Hưng khai trừ đảng viên vi phạm chính sách dân số (15/09/2016)
""", "2016-10-08", "UBKT Tỉnh ủy giao ban công tác kiểm tra quý III",
E("giao_ban", "2016-Q3", "2016-10-07"),
[P("Vũ Thị Thu Hà", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy"),
 P("Trần Văn Đoàn", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Phạm Ngọc Thái", "Phó Chủ tịch UBND xã"),
 P("Đỗ Mạnh Hùng", "Chủ nhiệm UBKT Huyện ủy Giao Thủy"),
 P("Nguyễn Thị Lan Anh", "Chủ nhiệm UBKT Đảng ủy Khối cơ quan tỉnh"),
 P("Lê Đình Khang", "Phó Chủ nhiệm UBKT Huyện ủy Xuân Trường")],
[Q("127 tổ chức đảng", 127, "tổ chức đảng"), Q("354 đảng viên", 354, "đảng viên"), Q("8 tổ chức đảng", 8, "tổ chức đảng"),
 Q("19 đảng viên", 19, "đảng viên"), Q("96 tổ chức đảng", 96, "tổ chức đảng"), Q("41 đảng viên", 41, "đảng viên"),
 Q("khiển trách 24", 24, "đảng viên"), Q("cảnh cáo 11", 11, "đảng viên"), Q("cách chức 1", 1, "đảng viên"),
 Q("khai trừ 5", 5, "đảng viên"), Q("6 trường hợp", 6, "trường hợp"), Q("31 tổ chức đảng", 31, "tổ chức đảng"),
 Q("hơn 42 triệu đồng", 42000000, "đồng", "over"), Q("100% tổ chức cơ sở đảng", 100, "%"),
 Q("2.350 m2", 2350, "m2"), Q("100% chương trình", 100, "%"), Q("15 cơ quan, đơn vị", 15, "cơ quan, đơn vị"),
 Q("9 đơn tố cáo", 9, "đơn tố cáo")],
[D("Quy định", "30", "QĐ/TW", "2016-07-26", "Ban Chấp hành Trung ương", "Quy định số 30-QĐ/TW ngày 26/7/2016"),
 D("Kế hoạch", "26", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 26-KH/TU")],
[prov("Nam Định"), com("Hải Phú")],
["NAM ĐỊNH ONLINE - Báo Nam Định", "Vị trí: Trang chủ :: Xây dựng Đảng :: Công tác kiểm tra", "Điều lệ Đảng"],
["Thứ Bảy, 08/10/2016", "quý III năm 2016", "quý II", "quý IV", "năm 2016", "năm 2017", "Chương VII, Chương VIII"]))
