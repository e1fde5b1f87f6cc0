from lib import *
PAGES = []

PAGES.append(page("b2675-daklak-tanloi-doithoai-2017", """
ĐẢNG BỘ TỈNH ĐẮK LẮK - BAN DÂN VẬN
Trang chủ › Dân vận chính quyền › Tin cơ sở
Thứ Sáu, 16/06/2017 - 14:35
Ảnh: Chủ tịch UBND phường Tân Lợi trả lời kiến nghị của người dân.
Chủ tịch UBND phường Tân Lợi đối thoại với nhân dân năm 2017
Ngày 14/6, UBND phường Tân Lợi, thành phố Buôn Ma Thuột, tỉnh Đắk Lắk tổ chức hội nghị đối thoại trực tiếp giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2017. Chủ trì hội nghị có ông Trần Quốc Việt, Phó Bí thư Đảng ủy, Chủ tịch UBND phường. Tham dự có bà H'Blơ Niê, Phó Trưởng Ban Dân vận Thành ủy Buôn Ma Thuột, cùng gần 150 người dân của 12 tổ dân phố và 3 buôn đồng bào Êđê.
Hội nghị được tổ chức theo Quyết định số 1248/QĐ-UBND ngày 5/5/2017 của UBND thành phố về kế hoạch đối thoại năm 2017 và Kết luận số 114-KL/TW của Ban Bí thư. Trước hội nghị, các tổ dân phố đã tổng hợp 26 ý kiến, kiến nghị gửi lên phường, chủ yếu về cấp giấy chứng nhận quyền sử dụng đất, hệ thống thoát nước và trật tự đô thị.
Tại hội nghị, ông Y Bhim Byă, người có uy tín buôn Ko Tam, phản ánh con hẻm vào buôn ngập nước mỗi khi mưa lớn; bà H'Linh Mlô, tổ dân phố 7, đề nghị phường sớm giải quyết hồ sơ đất cho 8 hộ đồng bào đã sử dụng ổn định từ trước năm 1993. Ông Phạm Văn Đức, Tổ trưởng tổ dân phố 4, kiến nghị tăng cường xử lý tình trạng thanh thiếu niên tụ tập đua xe vào ban đêm.
Trả lời các kiến nghị, ông Trần Quốc Việt cho biết phường sẽ đề xuất thành phố đầu tư tuyến mương thoát nước dài khoảng 320 m với kinh phí dự kiến 1,5 tỷ đồng ngay trong năm 2017; giao Công an phường phối hợp tổ tự quản tăng cường tuần tra. Đối với hồ sơ đất, phường đã hoàn chỉnh 5 hồ sơ, chuyển Văn phòng đăng ký đất đai; 3 hồ sơ còn lại thiếu giấy tờ, cán bộ địa chính sẽ đến tận nhà hướng dẫn.
Nhiều ý kiến khác được các ông Y Kô Êban, Trưởng Công an phường, và Nguyễn Hữu Lợi, Công chức địa chính - xây dựng phường, giải đáp trực tiếp. Kết thúc hội nghị, 21/26 ý kiến được trả lời ngay; 5 ý kiến thuộc thẩm quyền cấp trên sẽ được phường tổng hợp, báo cáo.
Bà H'Blơ Niê đánh giá hội nghị diễn ra dân chủ, thẳng thắn, đề nghị phường thực hiện nghiêm cam kết với dân, thông báo kết quả giải quyết tại các buổi sinh hoạt tổ dân phố theo tinh thần "dân biết, dân bàn, dân làm, dân kiểm tra".
Được biết, năm 2016 phường đã tổ chức 2 cuộc đối thoại, giải quyết dứt điểm 19 kiến nghị; nhờ vậy số đơn thư vượt cấp giảm rõ rệt.
H'Xíu
Lượt xem: 1.022
Tin liên quan
- Buôn Ma Thuột tập huấn công tác dân vận cho cán bộ buôn, tổ dân phố (08/06/2017)
- Phường Ea Tam ra mắt mô hình "Buôn văn hóa, an toàn" (31/05/2017)
- Hội nghị người có uy tín trong đồng bào dân tộc thiểu số thành phố (25/05/2017)
""", "2017-06-16", "Chủ tịch UBND phường Tân Lợi đối thoại với nhân dân năm 2017",
E("doi_thoai", "2017", "2017-06-14"),
[P("Trần Quốc Việt", "Phó Bí thư Đảng ủy", "Chủ tịch UBND phường"),
 P("H'Blơ Niê", "Phó Trưởng Ban Dân vận Thành ủy Buôn Ma Thuột"),
 P("Y Bhim Byă", "người có uy tín buôn Ko Tam"),
 P("H'Linh Mlô"),
 P("Phạm Văn Đức", "Tổ trưởng tổ dân phố 4"),
 P("Y Kô Êban", "Trưởng Công an phường"),
 P("Nguyễn Hữu Lợi", "Công chức địa chính - xây dựng phường")],
[Q("gần 150 người dân", 150, "người dân", "approx"), Q("12 tổ dân phố", 12, "tổ dân phố"), Q("3 buôn đồng bào Êđê", 3, "buôn đồng bào Êđê"),
 Q("26 ý kiến", 26, "ý kiến"), Q("8 hộ đồng bào", 8, "hộ đồng bào"), Q("khoảng 320 m", 320, "m", "approx"),
 Q("1,5 tỷ đồng", 1500000000, "đồng"), Q("5 hồ sơ", 5, "hồ sơ"), Q("3 hồ sơ", 3, "hồ sơ"), Q("21/26 ý kiến", 21, "ý kiến"),
 Q("5 ý kiến", 5, "ý kiến"), Q("2 cuộc đối thoại", 2, "cuộc đối thoại"), Q("19 kiến nghị", 19, "kiến nghị")],
[D("Quyết định", "1248", "QĐ-UBND", "2017-05-05", "UBND thành phố", "Quyết định số 1248/QĐ-UBND ngày 5/5/2017"),
 D("Kết luận", "114", "KL/TW", None, "Ban Bí thư", "Kết luận số 114-KL/TW")],
[prov("Đắk Lắk"), com("Tân Lợi")],
["ĐẢNG BỘ TỈNH ĐẮK LẮK - BAN DÂN VẬN", "Trang chủ › Dân vận chính quyền › Tin cơ sở",
 "Ảnh: Chủ tịch UBND phường Tân Lợi trả lời kiến nghị của người dân.", "dân biết, dân bàn, dân làm, dân kiểm tra",
 "Lượt xem: 1.022"],
["Thứ Sáu, 16/06/2017 - 14:35", "năm 2017", "năm 1993", "năm 2016", "tổ dân phố 7", "Lượt xem: 1.022"]))

PAGES.append(page("b2676-quangninh-honghai-giamsat-2018", """
Báo Quảng Ninh điện tử
Chính trị > Mặt trận - Đoàn thể
15:20 | 21/09/2018
MTTQ phường Hồng Hải giám sát việc thu, chi các khoản đóng góp ở tổ dân phố
Ngày 19/9/2018, Đoàn giám sát của Ủy ban MTTQ phường Hồng Hải (TP Hạ Long) do bà Vũ Thị Thu Hằng, Chủ tịch Ủy ban MTTQ phường làm trưởng đoàn đã giám sát việc thu, chi các khoản đóng góp tự nguyện của nhân dân tại 6 tổ dân phố thuộc khu 3 và khu 5. Đây là nội dung thuộc Chương trình giám sát năm 2018 của Mặt trận phường.
Đoàn giám sát gồm đại diện các đoàn thể chính trị - xã hội và Ban Thanh tra nhân dân phường: các ông Đào Văn Luận, Phạm Quang Vinh - Phó Chủ tịch Ủy ban MTTQ phường; ông Lục Văn Sinh, Trưởng ban Thanh tra nhân dân phường.
Qua giám sát cho thấy, 6 tổ dân phố đã thu các quỹ do nhân dân tự nguyện đóng góp với tổng số tiền hơn 214 triệu đồng, trong đó quỹ khuyến học khoảng 62 triệu đồng, quỹ hoạt động tổ dân phố 48 triệu đồng; việc thu, chi đều được bàn bạc tại hội nghị nhân dân và công khai tại nhà văn hóa khu. Tổ dân phố 12 khu 5 được đánh giá làm tốt nhất, có sổ sách rõ ràng, chứng từ đầy đủ.
Tuy nhiên, đoàn cũng chỉ ra 2 tổ dân phố còn thu gộp nhiều khoản, chưa có biên bản họp dân khi quyết định mức đóng góp; 1 tổ chi hỗ trợ tổ chức Tết Trung thu vượt dự toán khoảng 3,5 triệu đồng nhưng chưa báo cáo lại với nhân dân. Ông Đinh Văn Tám, người dân tộc Sán Dìu, Tổ trưởng tổ dân phố 9 khu 3, cho biết tổ sẽ bổ sung biên bản và niêm yết lại các khoản chi trong tháng 10.
Theo bà Vũ Thị Thu Hằng, việc giám sát thực hiện theo Quyết định số 217-QĐ/TW của Bộ Chính trị về giám sát, phản biện xã hội, Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-ĐCTUBTWMTTQVN ngày 15/6/2017 quy định chi tiết các hình thức giám sát, phản biện xã hội của MTTQ Việt Nam, và Kế hoạch số 36/KH-MTTQ ngày 2/8/2018 của Ban Thường trực Ủy ban MTTQ phường. Kết thúc đợt giám sát, đoàn đã có 4 kiến nghị gửi UBND phường và các tổ dân phố, đề nghị chấm dứt việc thu gộp, bảo đảm nguyên tắc tự nguyện.
Bà Hoàng Thị Ngọc, Phó Chủ tịch UBND phường Hồng Hải, tiếp thu và cam kết chỉ đạo các tổ dân phố khắc phục trước ngày 30/10. Toàn phường hiện có 46 tổ dân phố; năm 2018 Mặt trận phường đã giám sát 5 chuyên đề, phát hiện, kiến nghị 17 nội dung.
Mai Hương
Bài viết liên quan
- Hạ Long: Ban Công tác Mặt trận khu phố phát huy vai trò giám sát (12/09/2018)
- Phường Cao Xanh hội nghị đại biểu nhân dân tổ dân phố (05/09/2018)
- Mặt trận tỉnh tập huấn nghiệp vụ giám sát cho cán bộ cơ sở (28/08/2018)
- Hạ Long trao 420 phần quà cho hộ nghèo dịp 2/9 (30/08/2018)
""", "2018-09-21", "MTTQ phường Hồng Hải giám sát việc thu, chi các khoản đóng góp ở tổ dân phố",
E("giam_sat", "2018", "2018-09-19"),
[P("Vũ Thị Thu Hằng", "Chủ tịch Ủy ban MTTQ phường"),
 P("Đào Văn Luận", "Phó Chủ tịch Ủy ban MTTQ phường"),
 P("Phạm Quang Vinh", "Phó Chủ tịch Ủy ban MTTQ phường"),
 P("Lục Văn Sinh", "Trưởng ban Thanh tra nhân dân phường"),
 P("Đinh Văn Tám", "Tổ trưởng tổ dân phố 9 khu 3"),
 P("Hoàng Thị Ngọc", "Phó Chủ tịch UBND phường Hồng Hải")],
[Q("6 tổ dân phố", 6, "tổ dân phố"), Q("hơn 214 triệu đồng", 214000000, "đồng", "over"),
 Q("khoảng 62 triệu đồng", 62000000, "đồng", "approx"), Q("48 triệu đồng", 48000000, "đồng"),
 Q("2 tổ dân phố", 2, "tổ dân phố"), Q("khoảng 3,5 triệu đồng", 3500000, "đồng", "approx"),
 Q("4 kiến nghị", 4, "kiến nghị"), Q("46 tổ dân phố", 46, "tổ dân phố"), Q("5 chuyên đề", 5, "chuyên đề"), Q("17 nội dung", 17, "nội dung")],
[D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-ĐCTUBTWMTTQVN", "2017-06-15", None, "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-ĐCTUBTWMTTQVN ngày 15/6/2017"),
 D("Kế hoạch", "36", "KH-MTTQ", "2018-08-02", "Ban Thường trực Ủy ban MTTQ phường", "Kế hoạch số 36/KH-MTTQ ngày 2/8/2018")],
[prov("Quảng Ninh"), com("Hồng Hải")],
["Báo Quảng Ninh điện tử", "Chính trị > Mặt trận - Đoàn thể", "Chương trình giám sát năm 2018", "Tết Trung thu"],
["15:20 | 21/09/2018", "năm 2018", "khu 3", "khu 5", "Tổ dân phố 12", "tháng 10", "ngày 30/10", "1 tổ"]))

PAGES.append(page("b2677-laocai-cocleu-taphuan-2019", """
BAN DÂN VẬN TỈNH ỦY LÀO CAI
Trang chủ >> Hoạt động dân vận >> Dân vận cơ sở
22.08.2019 | 08:45
Tập huấn nghiệp vụ cho Ban Công tác Mặt trận, tổ trưởng tổ dân phố phường Cốc Lếu
Trong 2 ngày 20 - 21/8/2019, Đảng ủy phường Cốc Lếu, thành phố Lào Cai phối hợp Trung tâm Bồi dưỡng chính trị thành phố mở lớp tập huấn nghiệp vụ công tác dân vận, công tác Mặt trận năm 2019 cho 96 học viên là trưởng ban công tác Mặt trận, tổ trưởng, tổ phó tổ dân phố và chi hội trưởng các đoàn thể.
Ảnh: ThS. Giàng Thị Mai giới thiệu chuyên đề tại lớp học.
Dự khai mạc lớp học có đồng chí Sần Chỉn Phủ, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Dân vận Thành ủy Lào Cai; đồng chí Hoàng Thị Lan, Bí thư Đảng ủy phường Cốc Lếu.
Các học viên được nghe giới thiệu 5 chuyên đề: kỹ năng vận động quần chúng ở khu dân cư đô thị; Quy chế công tác dân vận của hệ thống chính trị ban hành kèm theo Quyết định số 290-QĐ/TW; Luật Hòa giải ở cơ sở; nghiệp vụ tổ chức hội nghị nhân dân, bình xét hộ nghèo; xây dựng mô hình "Dân vận khéo" ở tổ dân phố. Giảng viên là các đồng chí: ThS. Giàng Thị Mai, Phó Giám đốc Trung tâm Bồi dưỡng chính trị thành phố; TS. Lý Văn Chấn, giảng viên Trường Chính trị tỉnh; ông Vàng A Dình, Phó Trưởng Ban Dân vận Thành ủy.
Theo đồng chí Hoàng Thị Lan, phường hiện có 28 tổ dân phố, trên 4.100 hộ với khoảng 15.000 nhân khẩu gồm 9 dân tộc cùng sinh sống, trong đó hơn 600 hộ người Giáy, Tày, Dao, Mông. Thực hiện Kế hoạch số 97-KH/TU ngày 12/3/2019 của Tỉnh ủy Lào Cai về nâng cao chất lượng hoạt động của tổ dân phố, phường đã kiện toàn 28/28 Ban công tác Mặt trận, bổ sung 11 tổ trưởng tổ dân phố mới, trong đó có 4 người là đồng bào dân tộc thiểu số.
Bà Ly Thị Sua, người Mông, tổ phó tổ dân phố 19, chia sẻ: "Lần đầu làm tổ phó, tôi chưa biết lập biên bản họp dân, qua lớp học đã hiểu cách làm". Ông Lò Văn Chính, người Giáy, Trưởng ban Công tác Mặt trận tổ dân phố 6, mong muốn được tập huấn thêm về hòa giải mâu thuẫn trong gia đình.
Kết thúc lớp học, 96/96 học viên làm bài thu hoạch đạt yêu cầu, trong đó 31 bài đạt loại khá, giỏi. Mỗi học viên được hỗ trợ 100.000 đồng/ngày tiền ăn và 1 bộ tài liệu.
Đồng chí Sần Chỉn Phủ yêu cầu các học viên vận dụng kiến thức vào thực tiễn, nắm chắc tình hình nhân dân, kịp thời báo cáo những vụ việc phức tạp, thực hiện tốt Chỉ thị số 14-CT/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận trong tình hình mới.
Phạm Tuấn
Tin cùng chuyên mục
- Phường Kim Tân ra mắt mô hình "Tổ dân phố không có tội phạm ma túy" (15/08/2019)
- Bảo Yên: giao ban khối dân vận quý II/2019 (09/08/2019)
- Bát Xát hội nghị người có uy tín năm 2019 (02/08/2019)
""", "2019-08-22", "Tập huấn nghiệp vụ cho Ban Công tác Mặt trận, tổ trưởng tổ dân phố phường Cốc Lếu",
E("tap_huan", "2019", "2019-08-20"),
[P("Giàng Thị Mai", "ThS.", "Phó Giám đốc Trung tâm Bồi dưỡng chính trị thành phố"),
 P("Sần Chỉn Phủ", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Dân vận Thành ủy Lào Cai"),
 P("Hoàng Thị Lan", "Bí thư Đảng ủy phường Cốc Lếu"),
 P("Lý Văn Chấn", "TS.", "giảng viên Trường Chính trị tỉnh"),
 P("Vàng A Dình", "Phó Trưởng Ban Dân vận Thành ủy"),
 P("Ly Thị Sua", "tổ phó tổ dân phố 19"),
 P("Lò Văn Chính", "Trưởng ban Công tác Mặt trận tổ dân phố 6")],
[Q("96 học viên", 96, "học viên"), Q("5 chuyên đề", 5, "chuyên đề"), Q("28 tổ dân phố", 28, "tổ dân phố"),
 Q("trên 4.100 hộ", 4100, "hộ", "over"), Q("khoảng 15.000 nhân khẩu", 15000, "nhân khẩu", "approx"), Q("9 dân tộc", 9, "dân tộc"),
 Q("hơn 600 hộ người Giáy, Tày, Dao, Mông", 600, "hộ người Giáy, Tày, Dao, Mông", "over"),
 Q("28/28 Ban công tác Mặt trận", 28, "Ban công tác Mặt trận"), Q("11 tổ trưởng tổ dân phố mới", 11, "tổ trưởng tổ dân phố mới"),
 Q("4 người", 4, "người"), Q("96/96 học viên", 96, "học viên"), Q("31 bài", 31, "bài"), Q("100.000 đồng/ngày", 100000, "đồng")],
[D("Quyết định", "290", "QĐ/TW", None, None, "Quyết định số 290-QĐ/TW"),
 D("Kế hoạch", "97", "KH/TU", "2019-03-12", "Tỉnh ủy Lào Cai", "Kế hoạch số 97-KH/TU ngày 12/3/2019"),
 D("Chỉ thị", "14", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 14-CT/TU")],
[prov("Lào Cai"), com("Cốc Lếu")],
["BAN DÂN VẬN TỈNH ỦY LÀO CAI", "Trang chủ >> Hoạt động dân vận >> Dân vận cơ sở",
 "Ảnh: ThS. Giàng Thị Mai giới thiệu chuyên đề tại lớp học.", "Luật Hòa giải ở cơ sở", "Dân vận khéo",
 "Trung tâm Bồi dưỡng chính trị thành phố"],
["22.08.2019 | 08:45", "2 ngày", "năm 2019", "1 bộ tài liệu", "tổ dân phố 19", "tổ dân phố 6"]))

PAGES.append(page("b2678-binhduong-phuhoa-traoqua-2020", """
Cổng Thông tin điện tử phường Phú Hòa - TP Thủ Dầu Một - tỉnh Bình Dương
Tin tức > Mặt trận - Đoàn thể
Thứ Ba, 14/04/2020 - 17:10
Trao 420 phần quà cho hộ nghèo, lao động mất việc do dịch COVID-19
Ngày 13/4, Ủy ban MTTQ Việt Nam phường Phú Hòa phối hợp các Ban Công tác Mặt trận khu phố trao 420 phần quà cho hộ nghèo, hộ cận nghèo và người lao động mất việc làm do ảnh hưởng của dịch COVID-19. Mỗi phần quà gồm 20 kg gạo, mì gói, dầu ăn và 200.000 đồng tiền mặt, tổng trị giá khoảng 210 triệu đồng.
Để bảo đảm giãn cách theo Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ, việc trao quà được tổ chức tại 8 điểm ở các khu phố, mỗi đợt không quá 20 người; nhiều phần quà được các tổ trưởng tổ dân phố mang đến tận phòng trọ của công nhân.
Tham dự trao quà có đồng chí Nguyễn Thị Kim Oanh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Bình Dương; ông Lê Hoàng Nam, Bí thư Đảng ủy phường Phú Hòa; bà Huỳnh Ngọc Trâm, Chủ tịch Ủy ban MTTQ Việt Nam phường.
Theo bà Huỳnh Ngọc Trâm, thực hiện Kế hoạch số 12/KH-MTTQ-BTT ngày 3/4/2020 của Ban Thường trực Ủy ban MTTQ Việt Nam thành phố Thủ Dầu Một, Mặt trận phường đã phát động nhân dân, doanh nghiệp chung tay phòng, chống dịch. Sau 10 ngày, phường nhận được sự ủng hộ của 37 tập thể, cá nhân với tổng số tiền hơn 300 triệu đồng và 12 tấn gạo. Ban Công tác Mặt trận 11 khu phố đã rà soát, lập danh sách 1.360 lao động thuê trọ bị mất việc, trong đó nhiều người quê ở miền Tây và các tỉnh phía Bắc.
Mô hình "ATM gạo" tại khu phố 3 do ông Trịnh Văn Hùng, Trưởng ban Công tác Mặt trận khu phố 3, vận động mở đã phát khoảng 2 tấn gạo cho người khó khăn. Chị Sơn Thị Sa Ry, công nhân người Khmer quê Trà Vinh thuê trọ tại khu phố 5, cho biết: "Hai vợ chồng nghỉ việc gần một tháng, có gạo này là đỡ lo lắm".
Phát biểu tại buổi trao quà, đồng chí Nguyễn Thị Kim Oanh ghi nhận sự chủ động của Mặt trận phường, đề nghị tiếp tục rà soát đúng đối tượng theo Nghị quyết số 42/NQ-CP của Chính phủ về các biện pháp hỗ trợ người dân gặp khó khăn do đại dịch, công khai danh sách tại khu phố, không để người dân nào bị đói.
Các thành viên tổ bảo vệ dân phố và đoàn viên thanh niên cũng tình nguyện hỗ trợ chở quà cho những người già yếu, bảo đảm an toàn, không để tụ tập đông người.
Ngọc Trâm - Ủy ban MTTQ phường
Số người truy cập: 85.117
Tin khác
- Phường Phú Hòa phát khẩu trang miễn phí cho người dân (06/04/2020)
- Tổ dân phố khu phố 8 tình nguyện tuần tra đêm (30/03/2020)
- Thủ Dầu Một trao quà cho hộ nghèo dịp Tết Canh Tý (17/01/2020)
- Hội nghị tổng kết công tác Mặt trận phường năm 2019 (10/01/2020)
- Phường Phú Hòa ra mắt mô hình "Khu phố văn minh, sạch đẹp" (27/12/2019)
""", "2020-04-14", "Trao 420 phần quà cho hộ nghèo, lao động mất việc do dịch COVID-19",
E("trao_qua", None, "2020-04-13"),
[P("Nguyễn Thị Kim Oanh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Bình Dương"),
 P("Lê Hoàng Nam", "Bí thư Đảng ủy phường Phú Hòa"),
 P("Huỳnh Ngọc Trâm", "Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Trịnh Văn Hùng", "Trưởng ban Công tác Mặt trận khu phố 3"),
 P("Sơn Thị Sa Ry")],
[Q("420 phần quà", 420, "phần quà"), Q("20 kg", 20, "kg"), Q("200.000 đồng", 200000, "đồng"),
 Q("khoảng 210 triệu đồng", 210000000, "đồng", "approx"), Q("8 điểm", 8, "điểm"), Q("20 người", 20, "người"),
 Q("37 tập thể, cá nhân", 37, "tập thể, cá nhân"), Q("hơn 300 triệu đồng", 300000000, "đồng", "over"), Q("12 tấn", 12, "tấn"),
 Q("11 khu phố", 11, "khu phố"), Q("1.360 lao động thuê trọ", 1360, "lao động thuê trọ"), Q("khoảng 2 tấn", 2, "tấn", "approx")],
[D("Chỉ thị", "16", "CT-TTg", "2020-03-31", "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg ngày 31/3/2020"),
 D("Kế hoạch", "12", "KH-MTTQ-BTT", "2020-04-03", "Ban Thường trực Ủy ban MTTQ Việt Nam thành phố Thủ Dầu Một", "Kế hoạch số 12/KH-MTTQ-BTT ngày 3/4/2020"),
 D("Nghị quyết", "42", "NQ-CP", None, "Chính phủ", "Nghị quyết số 42/NQ-CP")],
[prov("Bình Dương"), com("Phú Hòa"), prov("Trà Vinh")],
["Cổng Thông tin điện tử phường Phú Hòa - TP Thủ Dầu Một - tỉnh Bình Dương", "Tin tức > Mặt trận - Đoàn thể",
 "ATM gạo", "Số người truy cập: 85.117"],
["Thứ Ba, 14/04/2020 - 17:10", "COVID-19", "10 ngày", "khu phố 3", "khu phố 5", "gần một tháng", "Số người truy cập: 85.117"]))

PAGES.append(page("b2679-soctrang-phuong5-tongket-2021", """
BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG
Trang chủ | Tin tức - Sự kiện | Dân vận khéo
Hôm nay: Thứ Năm, 30/12/2021
Phường 5: Tổng kết phong trào thi đua "Dân vận khéo" năm 2021
Cập nhật: 28/12/2021 | 14:50
Sáng ngày 27/12/2021, Đảng ủy Phường 5, thành phố Sóc Trăng tổ chức hội nghị tổng kết phong trào thi đua "Dân vận khéo" năm 2021 và triển khai phương hướng năm 2022. Chủ trì hội nghị có đồng chí Lý Sà Phum, Phó Bí thư Thường trực Đảng ủy, Trưởng khối dân vận phường; đồng chí Kim Thị Hoàng Oanh, Phó Trưởng Ban Dân vận Thành ủy Sóc Trăng dự và phát biểu chỉ đạo.
Phường 5 có 9 khóm với trên 3.200 hộ, trong đó đồng bào Khmer chiếm khoảng 42% dân số, người Hoa chiếm khoảng 11%. Năm 2021, dù chịu ảnh hưởng nặng nề của dịch COVID-19, các chi bộ, đoàn thể vẫn đăng ký xây dựng 18 mô hình "Dân vận khéo", trong đó có 3 mô hình được Ban Thường vụ Thành ủy công nhận cấp thành phố, tiêu biểu là mô hình "Khóm tự quản an ninh trật tự gắn với chùa Khmer" của khóm 3 và "Bếp ăn 0 đồng" của Chi hội Phụ nữ khóm 6.
Thực hiện Quyết định số 23-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương về Quy chế công tác dân vận của hệ thống chính trị và Kế hoạch số 16-KH/ĐU ngày 10/3/2021 của Đảng ủy phường, khối dân vận đã vận động nhân dân đóng góp hơn 1,3 tỷ đồng và 2.150 ngày công nâng cấp 6 tuyến hẻm, lắp 120 bóng đèn chiếu sáng; hỗ trợ 480 hộ khó khăn trong thời gian giãn cách với 560 phần quà.
Các tổ tự quản an ninh trật tự ở 9 khóm đã phối hợp Công an phường giải quyết 11 vụ việc mâu thuẫn trong nhân dân, không để phát sinh điểm nóng. Đại đức Thạch Sa Ranh, trụ trì chùa Khleang, đã vận động phật tử đóng góp 250 phần quà và cho mượn sân chùa làm điểm tiêm vắc xin.
Tại hội nghị, ông Trần Văn Năm, Bí thư Chi bộ khóm 2, và bà Lâm Thị Mỹ Hạnh, Trưởng khóm 7, chia sẻ kinh nghiệm vận động người dân tự nguyện tháo dỡ các công trình lấn chiếm hẻm.
Phát biểu chỉ đạo, đồng chí Kim Thị Hoàng Oanh đề nghị năm 2022 phường tiếp tục nhân rộng các mô hình gắn với phát triển kinh tế đô thị, phát huy vai trò chức sắc, chức việc các chùa Khmer, người có uy tín trong đồng bào.
Dịp này, Đảng ủy Phường 5 tặng giấy khen cho 7 tập thể, 12 cá nhân có thành tích tiêu biểu trong phong trào "Dân vận khéo" năm 2021.
Hồng Nhung
Lượt xem: 611
Các tin khác
- Phường 8 ra mắt mô hình "Khóm không có người nghiện ma túy" (22/12/2021)
- Thành phố Sóc Trăng giao ban khối dân vận quý IV/2021 (16/12/2021)
- Ban Dân vận Tỉnh ủy thăm, chúc mừng lễ Sene Dolta (05/10/2021)
- Phường 2 vận động nhân dân hiến đất mở rộng hẻm 112 (28/09/2021)
- Khối dân vận Phường 10 trao quà cho người lao động khó khăn do dịch bệnh (14/09/2021)
""", "2021-12-28", "Phường 5: Tổng kết phong trào thi đua \"Dân vận khéo\" năm 2021",
E("tong_ket", "2021", "2021-12-27"),
[P("Lý Sà Phum", "Phó Bí thư Thường trực Đảng ủy", "Trưởng khối dân vận phường"),
 P("Kim Thị Hoàng Oanh", "Phó Trưởng Ban Dân vận Thành ủy Sóc Trăng"),
 P("Thạch Sa Ranh", "Đại đức", "trụ trì chùa Khleang"),
 P("Trần Văn Năm", "Bí thư Chi bộ khóm 2"),
 P("Lâm Thị Mỹ Hạnh", "Trưởng khóm 7")],
[Q("9 khóm", 9, "khóm"), Q("trên 3.200 hộ", 3200, "hộ", "over"), Q("khoảng 42%", 42, "%", "approx"), Q("khoảng 11%", 11, "%", "approx"),
 Q("18 mô hình", 18, "mô hình"), Q("3 mô hình", 3, "mô hình"), Q("hơn 1,3 tỷ đồng", 1300000000, "đồng", "over"),
 Q("2.150 ngày công", 2150, "ngày công"), Q("6 tuyến hẻm", 6, "tuyến hẻm"), Q("120 bóng đèn chiếu sáng", 120, "bóng đèn chiếu sáng"),
 Q("480 hộ khó khăn", 480, "hộ khó khăn"), Q("560 phần quà", 560, "phần quà"),
 Q("11 vụ việc mâu thuẫn", 11, "vụ việc mâu thuẫn"), Q("250 phần quà", 250, "phần quà"),
 Q("7 tập thể", 7, "tập thể"), Q("12 cá nhân", 12, "cá nhân")],
[D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Ban Chấp hành Trung ương", "Quyết định số 23-QĐ/TW ngày 30/7/2021"),
 D("Kế hoạch", "16", "KH/ĐU", "2021-03-10", "Đảng ủy phường", "Kế hoạch số 16-KH/ĐU ngày 10/3/2021")],
[prov("Sóc Trăng"), com("Phường 5")],
["BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG", "Trang chủ | Tin tức - Sự kiện | Dân vận khéo", "Hôm nay: Thứ Năm, 30/12/2021",
 "Dân vận khéo", "Khóm tự quản an ninh trật tự gắn với chùa Khmer", "Bếp ăn 0 đồng", "Lượt xem: 611"],
["Hôm nay: Thứ Năm, 30/12/2021", "năm 2021", "năm 2022", "Bếp ăn 0 đồng", "khóm 3", "khóm 6", "COVID-19", "Lượt xem: 611"]))

PAGES.append(page("b2680-gialai-yendo-hoinghi-uytin-2022", """
BÁO GIA LAI ĐIỆN TỬ
Thời sự / Chính trị / Dân vận
Thứ Sáu, 09/12/2022, 07:30
Pleiku: Biểu dương người có uy tín, tổ trưởng tổ dân phố tiêu biểu
Ảnh: Đồng chí Rơ Mah Tuân tặng giấy khen cho các tổ trưởng tiêu biểu.
GLO- Ngày 7/12, UBND phường Yên Đỗ (TP Pleiku, tỉnh Gia Lai) tổ chức hội nghị biểu dương người có uy tín trong đồng bào dân tộc thiểu số và tổ trưởng tổ dân phố tiêu biểu năm 2022. Dự hội nghị có đồng chí Rơ Mah Tuân, Thành ủy viên, Trưởng Ban Dân vận Thành ủy Pleiku; đồng chí Phan Văn Hiền, Bí thư Đảng ủy phường Yên Đỗ cùng 65 đại biểu.
Phường Yên Đỗ có 11 tổ dân phố và 2 làng đồng bào Jrai là làng Ốp và làng Plei Ring Đáp, với khoảng 1.020 hộ người Jrai. Năm 2022, các già làng, người có uy tín đã tích cực vận động bà con chỉnh trang nhà cửa, giữ gìn vệ sinh, vận động 47 hộ hiến khoảng 1.300 m2 đất làm đường bê tông nội làng; tham gia hòa giải thành 9 vụ việc tranh chấp đất đai, mâu thuẫn gia đình; phối hợp Công an phường vận động 3 thanh niên bỏ tụ tập uống rượu gây rối.
Thực hiện Quyết định số 12/2018/QĐ-TTg ngày 6/3/2018 của Thủ tướng Chính phủ về tiêu chí lựa chọn, công nhận người có uy tín và chính sách đối với người có uy tín trong đồng bào dân tộc thiểu số, phường hiện có 6 người có uy tín được công nhận. Các ông Ksor Blông, Rơ Châm Hyưn, Siu Đinh - già làng làng Ốp được đánh giá là chỗ dựa tin cậy của cấp ủy, chính quyền trong vận động đồng bào không nghe theo kẻ xấu, không tham gia "Tin lành Đê Ga".
Ở các tổ dân phố, phong trào "Tổ dân phố văn minh, an toàn" được duy trì; tổ dân phố 4 và tổ dân phố 9 xây dựng mô hình "Camera an ninh" với 24 mắt camera do người dân đóng góp gần 70 triệu đồng. Bà Nguyễn Thị Thu Sương, Tổ trưởng tổ dân phố 9, được Đảng ủy phường tặng giấy khen hai năm liền.
Phát biểu tại hội nghị, đồng chí Rơ Mah Tuân ghi nhận đóng góp của đội ngũ người có uy tín, đề nghị tiếp tục phát huy vai trò cầu nối trong thực hiện Chỉ thị số 19-CT/TW của Ban Bí thư và Kế hoạch số 88-KH/TU ngày 20/4/2022 của Ban Thường vụ Thành ủy Pleiku về công tác dân vận trong vùng đồng bào dân tộc thiểu số giai đoạn 2022 - 2025.
Ông Ksor Blông, già làng làng Ốp, chia sẻ: "Làng mình nay có đường sạch, đèn sáng, con cháu được đi học đầy đủ, già làng phải nói cho bà con hiểu để giữ lấy".
Dịp này, UBND phường tặng giấy khen cho 6 người có uy tín, 5 tổ trưởng tổ dân phố; mỗi người được tặng 1 phần quà trị giá 500.000 đồng. Ông Nay Hriêng, Trưởng thôn làng Plei Ring Đáp, phát biểu cảm ơn thay mặt các đại biểu.
Đức Thụy
Tin liên quan
- Hội nghị đối thoại giữa Bí thư Thành ủy Pleiku với nhân dân (02/12/2022)
- Phường Thống Nhất ra mắt mô hình "Làng văn hóa, an toàn" (25/11/2022)
- Ngày hội Đại đoàn kết ở làng Ia Lang (17/11/2022)
""", "2022-12-09", "Pleiku: Biểu dương người có uy tín, tổ trưởng tổ dân phố tiêu biểu",
E("hoi_nghi", "2022", "2022-12-07"),
[P("Rơ Mah Tuân", "Thành ủy viên", "Trưởng Ban Dân vận Thành ủy Pleiku"),
 P("Phan Văn Hiền", "Bí thư Đảng ủy phường Yên Đỗ"),
 P("Ksor Blông", "già làng làng Ốp"),
 P("Rơ Châm Hyưn", "già làng làng Ốp"),
 P("Siu Đinh", "già làng làng Ốp"),
 P("Nguyễn Thị Thu Sương", "Tổ trưởng tổ dân phố 9"),
 P("Nay Hriêng", "Trưởng thôn làng Plei Ring Đáp")],
[Q("65 đại biểu", 65, "đại biểu"), Q("11 tổ dân phố", 11, "tổ dân phố"), Q("2 làng đồng bào Jrai", 2, "làng đồng bào Jrai"),
 Q("khoảng 1.020 hộ người Jrai", 1020, "hộ người Jrai", "approx"), Q("47 hộ", 47, "hộ"), Q("khoảng 1.300 m2", 1300, "m2", "approx"),
 Q("9 vụ việc tranh chấp đất đai, mâu thuẫn gia đình", 9, "vụ việc tranh chấp đất đai, mâu thuẫn gia đình"),
 Q("3 thanh niên", 3, "thanh niên"), Q("6 người có uy tín", 6, "người có uy tín"), Q("24 mắt camera", 24, "mắt camera"),
 Q("gần 70 triệu đồng", 70000000, "đồng", "approx"), Q("5 tổ trưởng tổ dân phố", 5, "tổ trưởng tổ dân phố"),
 Q("500.000 đồng", 500000, "đồng")],
[D("Quyết định", "12", "2018/QĐ-TTg", "2018-03-06", "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg ngày 6/3/2018"),
 D("Chỉ thị", "19", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 19-CT/TW"),
 D("Kế hoạch", "88", "KH/TU", "2022-04-20", "Ban Thường vụ Thành ủy Pleiku", "Kế hoạch số 88-KH/TU ngày 20/4/2022")],
[prov("Gia Lai"), com("Yên Đỗ")],
["BÁO GIA LAI ĐIỆN TỬ", "Thời sự / Chính trị / Dân vận", "Ảnh: Đồng chí Rơ Mah Tuân tặng giấy khen cho các tổ trưởng tiêu biểu.",
 "GLO-", "Tin lành Đê Ga", "Tổ dân phố văn minh, an toàn", "Camera an ninh", "làng Ốp", "Plei Ring Đáp"],
["Thứ Sáu, 09/12/2022, 07:30", "năm 2022", "hai năm liền", "giai đoạn 2022 - 2025", "1 phần quà", "tổ dân phố 4"]))
