from lib import *
PAGES = []

PAGES.append(page("b1955-gialai-bdv-giamsat-2017", """
BAN DÂN VẬN TỈNH ỦY GIA LAI
Trang chủ › Kiểm tra - Giám sát › Tin hoạt động
Thứ Sáu, 20/10/2017, 10:15
Giám sát thực hiện Quy chế dân vận tại Đảng ủy xã Ia Băng
Ngày 18/10/2017, Đoàn giám sát của Ban Dân vận Tỉnh ủy Gia Lai do đồng chí Kpă Thị Blưk, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy làm trưởng đoàn đã làm việc với Ban Thường vụ Đảng ủy xã Ia Băng, huyện Đak Đoa về việc thực hiện Quy chế công tác dân vận của hệ thống chính trị theo chương trình giám sát năm 2017. Các đồng chí Rơ Lan Hiếu, Nay Phi - Phó Trưởng Ban Dân vận Tỉnh ủy cùng tham gia đoàn.
Đồng chí Kpă Thị Blưk phát biểu tại buổi làm việc.
Báo cáo của Đảng ủy xã do đồng chí Ksor Tlang, ĐUV, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã Ia Băng trình bày cho biết: Đảng ủy đã cụ thể hóa Quyết định số 23-QĐ/TW ngày 30/7/2016 của Ban Chấp hành Trung ương Đảng ban hành Quy chế công tác dân vận của hệ thống chính trị bằng Quy chế số 04-QC/ĐU và Kế hoạch số 17-KH/ĐU. Xã có 11 làng với 2.318 hộ, trong đó 1.604 hộ đồng bào Jrai, Ba Na; 9/11 làng có tổ dân vận hoạt động đều đặn.
Năm 2017, nhân dân xã đã hiến 12.000 m2 đất, đóng góp 820 triệu đồng và 3.100 ngày công xây dựng 6 km đường bê tông nội làng. Tỷ lệ hộ nghèo giảm còn 14,7%. Xã đã tổ chức 2 cuộc đối thoại giữa Bí thư Đảng ủy, Chủ tịch UBND xã với nhân dân, tiếp nhận 23 ý kiến, kiến nghị; đã giải quyết 21 ý kiến.
Tại buổi làm việc, ông Rơ Châm Yuih, già làng làng Plei Ring, cho biết bà con trong làng đã xóa bỏ tục bỏ mả tốn kém, không nghe theo kẻ xấu tham gia "Tin lành Đê Ga". Bà Siu Hnhiang, Chủ tịch Hội LHPN xã, kiến nghị mở lớp dạy nghề dệt thổ cẩm cho chị em.
Qua giám sát, đoàn đánh giá Đảng ủy xã Ia Băng đã quan tâm lãnh đạo công tác dân vận, vai trò của người đứng đầu được phát huy. Tuy nhiên, việc sơ kết, đánh giá thực hiện quy chế chưa kịp thời; một số chi bộ làng chưa có nghị quyết chuyên đề về dân vận; năng lực của đội ngũ cán bộ dân vận thôn, làng còn hạn chế.
Phát biểu kết luận, đồng chí Kpă Thị Blưk đề nghị Đảng ủy xã tiếp tục quán triệt Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao hiệu quả công tác dân vận của cơ quan nhà nước các cấp; phát huy vai trò của 14 người có uy tín trong vận động đồng bào, gắn với phong trào thi đua "Dân vận khéo" và cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".
Cũng trong chương trình, đoàn đã đi kiểm tra thực tế mô hình nuôi bò sinh sản của tổ hợp tác làng Plei Ring và thăm hỏi các hộ đồng bào đặc biệt khó khăn, trao 20 suất quà Trung thu cho các cháu thiếu nhi.
Nguyễn Hoài
Lượt truy cập: 412.087
Tin khác
- Chư Sê: giao ban khối dân vận quý III (13/10/2017)
- Hội nghị người có uy tín năm 2017 (29/09/2017)
- Krông Pa ra mắt mô hình "Làng không có đơn thư vượt cấp" (15/09/2017)
- Tập huấn nghiệp vụ dân vận cho cán bộ xã, phường (08/09/2017)
""", "2017-10-20", "Giám sát thực hiện Quy chế dân vận tại Đảng ủy xã Ia Băng",
E("giam_sat", "2017", "2017-10-18"),
[P("Kpă Thị Blưk", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Rơ Lan Hiếu", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nay Phi", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Ksor Tlang", "ĐUV", "Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã Ia Băng"),
 P("Rơ Châm Yuih", "già làng làng Plei Ring"),
 P("Siu Hnhiang", "Chủ tịch Hội LHPN xã")],
[Q("11 làng", 11, "làng"), Q("2.318 hộ", 2318, "hộ"), Q("1.604 hộ đồng bào Jrai, Ba Na", 1604, "hộ đồng bào Jrai, Ba Na"),
 Q("9/11 làng", 9, "làng"), Q("12.000 m2", 12000, "m2"), Q("820 triệu đồng", 820000000, "đồng"),
 Q("3.100 ngày công", 3100, "ngày công"), Q("6 km", 6, "km"), Q("14,7%", 14.7, "%"), Q("2 cuộc đối thoại", 2, "cuộc đối thoại"),
 Q("23 ý kiến, kiến nghị", 23, "ý kiến, kiến nghị"), Q("21 ý kiến", 21, "ý kiến"), Q("14 người có uy tín", 14, "người có uy tín"),
 Q("20 suất quà", 20, "suất quà")],
[D("Quyết định", "23", "QĐ/TW", "2016-07-30", "Ban Chấp hành Trung ương Đảng", "Quyết định số 23-QĐ/TW ngày 30/7/2016"),
 D("Quy chế", "04", "QC/ĐU", None, "Đảng ủy", "Quy chế số 04-QC/ĐU"),
 D("Kế hoạch", "17", "KH/ĐU", None, "Đảng ủy", "Kế hoạch số 17-KH/ĐU"),
 D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 14/7/2015")],
[prov("Gia Lai"), com("Ia Băng")],
["BAN DÂN VẬN TỈNH ỦY GIA LAI", "Trang chủ › Kiểm tra - Giám sát › Tin hoạt động",
 "Đồng chí Kpă Thị Blưk phát biểu tại buổi làm việc.", "Quy chế công tác dân vận của hệ thống chính trị", "Tin lành Đê Ga",
 "Dân vận khéo", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Lượt truy cập: 412.087"],
["Thứ Sáu, 20/10/2017, 10:15", "năm 2017", "Năm 2017", "Lượt truy cập: 412.087"]))

PAGES.append(page("b1956-quangnam-bdv-taphuan-2018", """
Ban Dân vận Tỉnh ủy Quảng Nam
Trang chủ >> Tin tức >> Đào tạo, bồi dưỡng
2018-06-08 14:20
Bồi dưỡng kỹ năng dân vận cho cán bộ vùng đồng bào dân tộc thiểu số
Toàn cảnh lớp bồi dưỡng tại huyện Nam Giang.
Từ ngày 6 đến 8/6/2018, tại thị trấn Thạnh Mỹ, Ban Dân vận Tỉnh ủy Quảng Nam phối hợp với Trường Chính trị tỉnh tổ chức lớp tập huấn kỹ năng công tác dân vận năm 2018 cho 95 học viên là cán bộ khối dân vận, bí thư chi bộ, trưởng thôn của 6 huyện miền núi Nam Giang, Tây Giang, Đông Giang, Phước Sơn, Nam Trà My, Bắc Trà My.
Dự và phát biểu khai giảng có đồng chí Zơ Râm Pơloong, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Alăng Thị Khơi, vừa được bổ nhiệm làm Phó Trưởng Ban Dân vận Tỉnh ủy; đồng chí Ating Thị Lam, HUV, Trưởng Ban Dân vận Huyện ủy Nam Giang.
Lớp học triển khai theo Kế hoạch số 52-KH/BDVTU ngày 12/4/2018 của Ban Dân vận Tỉnh ủy về bồi dưỡng nghiệp vụ cho cán bộ làm công tác dân vận giai đoạn 2018-2020. Trong 3 ngày, học viên được nghe 5 chuyên đề: công tác dân vận trong tình hình mới theo Nghị quyết 25-NQ/TW của Ban Chấp hành Trung ương; kỹ năng tuyên truyền miệng; kỹ năng hòa giải ở cơ sở; công tác vận động đồng bào Cơ Tu, Giẻ Triêng, Xơ Đăng giữ gìn bản sắc; thực hiện Quyết định số 12/2018/QĐ-TTg ngày 6/3/2018 của Thủ tướng Chính phủ về tiêu chí lựa chọn, công nhận người có uy tín.
Học viên cũng đi thực tế tại xã Tà Bhing, nơi có mô hình "Làng văn hóa Cơ Tu" với 248 hộ tham gia. Già làng Bhling Mia, người có uy tín thôn Pà Dhí, chia sẻ: "Mỗi lần thôn họp, mình nói bà con nghe, bà con làm theo vì cán bộ nói đi đôi với làm". Ông Hốih Dền, Chủ tịch UBND xã Tà Bhing, cho biết xã đã vận động 37 hộ hiến đất làm đường, xóa 28 nhà tạm.
Theo đồng chí Zơ Râm Pơloong, hiện toàn tỉnh có 211 xã, phường, thị trấn, trong đó 90 xã miền núi; đội ngũ cán bộ dân vận cơ sở thường xuyên biến động, hơn 40% mới đảm nhận nhiệm vụ dưới 2 năm. Năm 2017, Ban Dân vận Tỉnh ủy đã tổ chức 4 lớp tập huấn cho gần 400 lượt cán bộ; năm 2018 dự kiến mở 6 lớp với kinh phí trên 300 triệu đồng.
Bế giảng lớp học, đồng chí Alăng Thị Khơi đề nghị học viên áp dụng phương châm "Nghe dân nói, nói dân hiểu, làm dân tin", nắm chắc tình hình ở thôn, bản; kịp thời báo cáo những vấn đề phức tạp phát sinh, nhất là tình trạng mua bán đất rừng trái phép và tuyên truyền đạo lạ. 95 học viên đều hoàn thành chương trình và được cấp giấy chứng nhận.
Đinh Nhi
Số lượt xem: 1.057
Xem thêm
- Tây Giang: giao ban khối dân vận quý II (01/06/2018)
- Hội thi "Dân vận khéo" cụm miền núi (24/05/2018)
- Đông Giang: đối thoại với đồng bào Cơ Tu về đất sản xuất (17/05/2018)
- Ra mắt mô hình dân vận khéo ở Phước Sơn (07/05/2018)
""", "2018-06-08", "Bồi dưỡng kỹ năng dân vận cho cán bộ vùng đồng bào dân tộc thiểu số",
E("tap_huan", "2018", "2018-06-06"),
[P("Zơ Râm Pơloong", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Alăng Thị Khơi", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Ating Thị Lam", "HUV", "Trưởng Ban Dân vận Huyện ủy Nam Giang"),
 P("Bhling Mia", "Già làng", "người có uy tín thôn Pà Dhí"),
 P("Hốih Dền", "Chủ tịch UBND xã Tà Bhing")],
[Q("95 học viên", 95, "học viên"), Q("6 huyện miền núi", 6, "huyện miền núi"), Q("5 chuyên đề", 5, "chuyên đề"),
 Q("248 hộ", 248, "hộ"), Q("37 hộ", 37, "hộ"), Q("28 nhà tạm", 28, "nhà tạm"),
 Q("211 xã, phường, thị trấn", 211, "xã, phường, thị trấn"), Q("90 xã miền núi", 90, "xã miền núi"),
 Q("hơn 40%", 40, "%", "over"), Q("4 lớp tập huấn", 4, "lớp tập huấn"), Q("gần 400 lượt cán bộ", 400, "lượt cán bộ", "approx"),
 Q("6 lớp", 6, "lớp"), Q("trên 300 triệu đồng", 300000000, "đồng", "over")],
[D("Kế hoạch", "52", "KH/BDVTU", "2018-04-12", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 52-KH/BDVTU ngày 12/4/2018"),
 D("Nghị quyết", "25", "NQ/TW", None, "Ban Chấp hành Trung ương", "Nghị quyết 25-NQ/TW"),
 D("Quyết định", "12", "2018/QĐ-TTg", "2018-03-06", "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg ngày 6/3/2018")],
[prov("Quảng Nam"), com("Thạnh Mỹ"), com("Tà Bhing")],
["Ban Dân vận Tỉnh ủy Quảng Nam", "Trang chủ >> Tin tức >> Đào tạo, bồi dưỡng", "Toàn cảnh lớp bồi dưỡng tại huyện Nam Giang.",
 "Trường Chính trị tỉnh", "Làng văn hóa Cơ Tu", "Nghe dân nói, nói dân hiểu, làm dân tin", "Số lượt xem: 1.057"],
["2018-06-08 14:20", "năm 2018", "giai đoạn 2018-2020", "3 ngày", "2 năm", "Năm 2017", "Số lượt xem: 1.057"]))

PAGES.append(page("b1957-camau-bdv-giaoban-thang9-2019", """
BÁO CÀ MAU - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH CÀ MAU
Thời sự / Chính trị / Dân vận
27.09.2019 | 16:05
Đồng chí Lâm Văn Bi chủ trì giao ban.
Nâng chất các mô hình "Dân vận khéo" gắn với xây dựng nông thôn mới
(CMO) Chiều 26/9, Ban Dân vận Tỉnh ủy Cà Mau tổ chức giao ban khối dân vận tháng 9/2019 để đánh giá kết quả công tác tháng và triển khai nhiệm vụ tháng 10. Đồng chí Lâm Văn Bi, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Trưởng khối dân vận tỉnh chủ trì.
Theo báo cáo, trong tháng, các cơ quan khối dân vận đã phối hợp tổ chức 3 hội nghị chuyên đề về dân vận chính quyền; hướng dẫn 9 huyện, thành phố tổ chức Ngày hội "Dân vận khéo". Đến nay toàn tỉnh có 1.312 mô hình "Dân vận khéo", trong đó 146 mô hình được công nhận cấp tỉnh. Ủy ban MTTQ tỉnh vận động Quỹ "Vì người nghèo" được 5,8 tỷ đồng, hỗ trợ xây dựng 112 căn nhà đại đoàn kết cho hộ nghèo, hộ cận nghèo.
Ban Dân vận Tỉnh ủy đã tham mưu Thường trực Tỉnh ủy ban hành Công văn số 1527-CV/TU ngày 9/9/2019 về chuẩn bị sơ kết 5 năm thực hiện Quyết định 217-QĐ/TW, 218-QĐ/TW của Bộ Chính trị về giám sát, phản biện xã hội của Mặt trận và các đoàn thể, tham gia góp ý xây dựng Đảng, chính quyền. Đồng thời ban hành Kế hoạch số 64-KH/BDVTU về kiểm tra việc thực hiện Quy chế dân vận tại Đảng ủy Khối Các cơ quan tỉnh.
Tại giao ban, đồng chí Danh Thị Sa Ri, Phó Trưởng Ban Dân vận Tỉnh ủy, thông tin về kết quả nắm tình hình tư tưởng trong đồng bào Khmer dịp lễ Sene Dolta; bà Huỳnh Thị Mộng Tuyền, Chủ tịch Hội LHPN tỉnh, cho biết hội đã kết nạp 1.250 hội viên mới, giải ngân 3,4 tỷ đồng cho 410 hội viên vay vốn. Đồng chí Quách Văn Dũng, Bí thư Đảng ủy xã Khánh Bình Tây Bắc, đề nghị tỉnh sớm hỗ trợ cho 64 hộ bị sạt lở đất ven sông.
Kết luận giao ban, đồng chí Lâm Văn Bi yêu cầu tháng 10, khối dân vận tập trung vận động nhân dân chủ động phòng chống thiên tai; phối hợp tuyên truyền đại hội Mặt trận các cấp; chuẩn bị tổng kết 20 năm thực hiện Chỉ thị 30-CT/TW của Bộ Chính trị về xây dựng và thực hiện Quy chế dân chủ ở cơ sở. Đồng chí cũng lưu ý việc giải quyết dứt điểm 17 đơn thư còn tồn đọng ở các huyện Trần Văn Thời, U Minh.
Dịp này, các cơ quan trong khối đã ký kết chương trình phối hợp thực hiện phong trào "Cà Mau chung tay vì người nghèo - Không để ai bị bỏ lại phía sau" giai đoạn 2019-2020.
Phong Lan
Lượt xem: 743
Tin liên quan
- Giao ban khối dân vận tháng 8/2019 (29/08/2019)
- Năm Căn: hội nghị dân vận chính quyền (22/08/2019)
- Trao 300 phần quà cho hộ nghèo xã Tân Ân (16/08/2019)
- Thới Bình tập huấn công tác dân vận (06/08/2019)
""", "2019-09-27", 'Nâng chất các mô hình "Dân vận khéo" gắn với xây dựng nông thôn mới',
E("giao_ban", "2019-09", "2019-09-26"),
[P("Lâm Văn Bi", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Trưởng khối dân vận tỉnh"),
 P("Danh Thị Sa Ri", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Huỳnh Thị Mộng Tuyền", "Chủ tịch Hội LHPN tỉnh"),
 P("Quách Văn Dũng", "Bí thư Đảng ủy xã Khánh Bình Tây Bắc")],
[Q("3 hội nghị chuyên đề", 3, "hội nghị chuyên đề"), Q("9 huyện, thành phố", 9, "huyện, thành phố"),
 Q("1.312 mô hình", 1312, "mô hình"), Q("146 mô hình", 146, "mô hình"), Q("5,8 tỷ đồng", 5800000000, "đồng"),
 Q("112 căn nhà đại đoàn kết", 112, "căn nhà đại đoàn kết"), Q("1.250 hội viên mới", 1250, "hội viên mới"),
 Q("3,4 tỷ đồng", 3400000000, "đồng"), Q("410 hội viên", 410, "hội viên"), Q("64 hộ", 64, "hộ"), Q("17 đơn thư", 17, "đơn thư")],
[D("Công văn", "1527", "CV/TU", "2019-09-09", "Thường trực Tỉnh ủy", "Công văn số 1527-CV/TU ngày 9/9/2019"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "218-QĐ/TW"),
 D("Kế hoạch", "64", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 64-KH/BDVTU"),
 D("Chỉ thị", "30", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 30-CT/TW")],
[prov("Cà Mau"), com("Khánh Bình Tây Bắc")],
["BÁO CÀ MAU - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH CÀ MAU", "Thời sự / Chính trị / Dân vận",
 "Đồng chí Lâm Văn Bi chủ trì giao ban.", "(CMO)", "Dân vận khéo", "Vì người nghèo", "Sene Dolta",
 "Cà Mau chung tay vì người nghèo - Không để ai bị bỏ lại phía sau", "Lượt xem: 743"],
["27.09.2019 | 16:05", "tháng 9/2019", "tháng 10", "5 năm", "20 năm", "giai đoạn 2019-2020", "Lượt xem: 743"]))

PAGES.append(page("b1958-yenbai-bdv-tongket-2019", """
Hôm nay: Thứ Hai, 30/12/2019
BAN DÂN VẬN TỈNH ỦY YÊN BÁI
Trang chủ » Tin tức » Hoạt động của Ban
Cập nhật lúc 16:40 ngày 27/12/2019
Ảnh: Quang cảnh hội nghị.
Yên Bái: Công tác dân vận góp phần giữ vững ổn định vùng dân tộc
Ngày 26/12/2019, Ban Dân vận Tỉnh ủy Yên Bái tổ chức hội nghị tổng kết công tác dân vận năm 2019, triển khai nhiệm vụ năm 2020. Đồng chí Triệu Thị Hương, UVBCH Đảng bộ tỉnh, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị. Dự hội nghị có 86 đại biểu.
Năm 2019, Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Nghị quyết 05, 06-NQ/TU về công tác dân vận vùng đồng bào Mông và về phát huy vai trò người có uy tín; sơ kết 5 năm thực hiện Kết luận số 114-KL/TW của Ban Bí thư. Ban đã chủ trì 4 cuộc kiểm tra, giám sát việc thực hiện Quy chế dân vận tại các huyện Mù Cang Chải, Trạm Tấu, Văn Chấn và Đảng ủy Khối Các cơ quan tỉnh.
Toàn tỉnh có 2.146 mô hình "Dân vận khéo", tăng 318 mô hình so với năm 2018. Nhân dân đã hiến trên 65.000 m2 đất, đóng góp 27,6 tỷ đồng xây dựng nông thôn mới; 7 xã được công nhận đạt chuẩn nông thôn mới trong năm. Các cấp đã tổ chức 173 cuộc đối thoại, tiếp nhận 512 ý kiến của nhân dân; tỷ lệ giải quyết đạt 91,8%.
Phát biểu tại hội nghị, đồng chí Giàng A Tông, HUV, Trưởng Ban Dân vận Huyện ủy Mù Cang Chải, chia sẻ cách vận động đồng bào Mông bỏ tục cúng ma khi có người ốm; đồng chí Hà Thị Lụa, Bí thư Đảng ủy xã Nghĩa Sơn, cho biết xã đã vận động 100% hộ đồng bào Thái ký cam kết không tổ chức đám cưới tốn kém. Ông Lý Văn Tiến, người có uy tín thôn Khe Kìa, được giới thiệu là điển hình vận động đồng bào Dao hiến đất làm trường học.
Kết luận hội nghị, đồng chí Triệu Thị Hương yêu cầu năm 2020 khối dân vận tập trung tuyên truyền đại hội đảng bộ các cấp nhiệm kỳ 2020-2025; tiếp tục thực hiện Chỉ thị số 17-CT/TU ngày 4/4/2019 của Ban Thường vụ Tỉnh ủy về nâng cao chất lượng phong trào thi đua "Dân vận khéo"; chủ động nắm tình hình, xử lý kịp thời các vụ việc phức tạp ngay từ cơ sở, nhất là ở 3 huyện vùng cao.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 15 tập thể, 22 cá nhân có thành tích xuất sắc. Đồng chí Đặng Văn Quý, Chánh Văn phòng Ban Dân vận Tỉnh ủy, công bố quyết định khen thưởng.
Các đại biểu cũng thống nhất cần tăng cường phối hợp giữa khối dân vận với các cơ quan nhà nước trong tiếp dân, đối thoại; hoàn thiện cơ chế để tổ dân vận thôn, bản hoạt động hiệu quả hơn.
Thu Trang
Lượt xem: 1.488
Các tin đã đưa
- Văn Yên: tổng kết công tác dân vận năm 2019 (24/12/2019)
- Trạm Tấu ra mắt 4 mô hình dân vận khéo (12/12/2019)
- Giao ban khối dân vận quý III năm 2019 (03/10/2019)
- Lục Yên: hội nghị người có uy tín (25/09/2019)
""", "2019-12-27", "Yên Bái: Công tác dân vận góp phần giữ vững ổn định vùng dân tộc",
E("tong_ket", "2019", "2019-12-26"),
[P("Triệu Thị Hương", "UVBCH Đảng bộ tỉnh", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Giàng A Tông", "HUV", "Trưởng Ban Dân vận Huyện ủy Mù Cang Chải"),
 P("Hà Thị Lụa", "Bí thư Đảng ủy xã Nghĩa Sơn"),
 P("Lý Văn Tiến", "người có uy tín thôn Khe Kìa"),
 P("Đặng Văn Quý", "Chánh Văn phòng Ban Dân vận Tỉnh ủy")],
[Q("86 đại biểu", 86, "đại biểu"), Q("4 cuộc kiểm tra, giám sát", 4, "cuộc kiểm tra, giám sát"), Q("2.146 mô hình", 2146, "mô hình"),
 Q("318 mô hình", 318, "mô hình"), Q("trên 65.000 m2", 65000, "m2", "over"), Q("27,6 tỷ đồng", 27600000000, "đồng"),
 Q("7 xã", 7, "xã"), Q("173 cuộc đối thoại", 173, "cuộc đối thoại"), Q("512 ý kiến", 512, "ý kiến"), Q("91,8%", 91.8, "%"),
 Q("100%", 100, "%"), Q("3 huyện vùng cao", 3, "huyện vùng cao"), Q("15 tập thể", 15, "tập thể"), Q("22 cá nhân", 22, "cá nhân")],
[D("Nghị quyết", "05", "NQ/TU", None, "Ban Thường vụ Tỉnh ủy", "Nghị quyết 05, 06-NQ/TU"),
 D("Nghị quyết", "06", "NQ/TU", None, "Ban Thường vụ Tỉnh ủy", "Nghị quyết 05, 06-NQ/TU"),
 D("Kết luận", "114", "KL/TW", None, "Ban Bí thư", "Kết luận số 114-KL/TW"),
 D("Chỉ thị", "17", "CT/TU", "2019-04-04", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 17-CT/TU ngày 4/4/2019")],
[prov("Yên Bái"), com("Nghĩa Sơn")],
["Hôm nay: Thứ Hai, 30/12/2019", "BAN DÂN VẬN TỈNH ỦY YÊN BÁI", "Trang chủ » Tin tức » Hoạt động của Ban", "Ảnh: Quang cảnh hội nghị.",
 "Dân vận khéo", "Quy chế dân vận", "Lượt xem: 1.488"],
["Cập nhật lúc 16:40 ngày 27/12/2019", "năm 2019", "năm 2020", "5 năm", "năm 2018", "nhiệm kỳ 2020-2025", "Lượt xem: 1.488"]))

PAGES.append(page("b1959-ninhbinh-bdv-giamsat-2020", """
Trang thông tin Ban Dân vận Tỉnh ủy Ninh Bình
Trang chủ / Kiểm tra, giám sát
14/08/2020 - 09:30
Ban Dân vận Tỉnh ủy giám sát việc thực hiện Quy chế dân vận tại huyện Kim Sơn
Ngày 12/8/2020, Đoàn giám sát của Ban Dân vận Tỉnh ủy Ninh Bình do đồng chí Đinh Thị Thanh Hà, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện Quy chế công tác dân vận của hệ thống chính trị tại Ban Thường vụ Huyện ủy Kim Sơn, theo Kế hoạch số 49-KH/BDVTU về kiểm tra, giám sát năm 2020. Tham gia đoàn có đồng chí Bùi Văn Khiêm, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy.
Do diễn biến của dịch Covid-19, buổi làm việc được tổ chức gọn nhẹ, bảo đảm giãn cách; đoàn chỉ làm việc trực tiếp tại 2 xã Kim Đông, Kim Hải.
Báo cáo với đoàn, đồng chí Trần Văn Tình, Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện Kim Sơn cho biết: Huyện ủy đã ban hành Quy định số 07-QĐi/HU về trách nhiệm của người đứng đầu trong tiếp dân, đối thoại trực tiếp với dân; 27/27 xã, thị trấn kiện toàn khối dân vận. Huyện có 34 giáo xứ, họ đạo với trên 52.000 giáo dân; đã vận động đồng bào giáo dân hiến 7.600 m2 đất và đóng góp 1,9 tỷ đồng xây dựng nông thôn mới kiểu mẫu. Năm 2020, huyện đã hỗ trợ 3.428 hộ gặp khó khăn do dịch Covid-19 theo Nghị quyết 42/NQ-CP của Chính phủ với tổng số tiền 2,6 tỷ đồng.
Tại xã Kim Hải, Linh mục Giuse Phạm Văn Tuấn, Quản xứ giáo xứ Hòa Lạc, cho biết giáo xứ đã phối hợp vận động giáo dân không tụ tập đông người trong thời gian giãn cách. Bà Vũ Thị Nhàn, Trưởng ban Dân vận Đảng ủy xã Kim Đông, giới thiệu mô hình "Xứ, họ đạo bình yên" với 6 họ đạo tham gia.
Kết luận giám sát, đồng chí Đinh Thị Thanh Hà ghi nhận Huyện ủy Kim Sơn đã chỉ đạo thực hiện nghiêm Quyết định 23-QĐ/TW; công tác dân vận chính quyền có nhiều tiến bộ. Đồng thời đề nghị Huyện ủy khắc phục 2 hạn chế về việc sơ kết quy chế ở cơ sở và hoạt động của tổ dân vận; tiếp tục thực hiện Chỉ thị 08, 09-CT/TU của Tỉnh ủy về công tác vận động đồng bào Công giáo và về phòng, chống dịch bệnh trong vùng giáo.
Theo kế hoạch, trong năm 2020 Ban Dân vận Tỉnh ủy giám sát tại 4 huyện, thành phố và 3 đảng ủy trực thuộc Tỉnh ủy.
Trước đó, đoàn đã nghe các đồng chí trong Ban Thường vụ Huyện ủy báo cáo bổ sung về việc phát huy vai trò của chức sắc, chức việc trong phong trào thi đua yêu nước ở vùng giáo; việc phối hợp giữa Ủy ban MTTQ huyện với Ban Dân vận Huyện ủy trong nắm tình hình dư luận xã hội.
Minh Hải
Lượt xem: 967
Tin khác
- Hoa Lư: giao ban khối dân vận 6 tháng đầu năm (28/07/2020)
- Trao 500 phần quà cho người lao động mất việc do dịch Covid-19 (20/07/2020)
- Yên Mô: tập huấn nghiệp vụ dân vận (10/07/2020)
- Gặp mặt chức sắc tôn giáo nhân dịp lễ Phật đản (30/05/2020)
""", "2020-08-14", "Ban Dân vận Tỉnh ủy giám sát việc thực hiện Quy chế dân vận tại huyện Kim Sơn",
E("giam_sat", "2020", "2020-08-12"),
[P("Đinh Thị Thanh Hà", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Bùi Văn Khiêm", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Trần Văn Tình", "Phó Bí thư Thường trực Huyện ủy", "Chủ tịch HĐND huyện Kim Sơn"),
 P("Giuse Phạm Văn Tuấn", "Linh mục", "Quản xứ giáo xứ Hòa Lạc"),
 P("Vũ Thị Nhàn", "Trưởng ban Dân vận Đảng ủy xã Kim Đông")],
[Q("2 xã", 2, "xã"), Q("27/27 xã, thị trấn", 27, "xã, thị trấn"), Q("34 giáo xứ, họ đạo", 34, "giáo xứ, họ đạo"),
 Q("trên 52.000 giáo dân", 52000, "giáo dân", "over"), Q("7.600 m2", 7600, "m2"), Q("1,9 tỷ đồng", 1900000000, "đồng"),
 Q("3.428 hộ", 3428, "hộ"), Q("2,6 tỷ đồng", 2600000000, "đồng"), Q("6 họ đạo", 6, "họ đạo"), Q("2 hạn chế", 2, "hạn chế"),
 Q("4 huyện, thành phố", 4, "huyện, thành phố"), Q("3 đảng ủy trực thuộc Tỉnh ủy", 3, "đảng ủy trực thuộc Tỉnh ủy")],
[D("Kế hoạch", "49", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 49-KH/BDVTU"),
 D("Quy định", "07", "QĐi/HU", None, "Huyện ủy", "Quy định số 07-QĐi/HU"),
 D("Nghị quyết", "42", "NQ-CP", None, "Chính phủ", "Nghị quyết 42/NQ-CP"),
 D("Quyết định", "23", "QĐ/TW", None, None, "Quyết định 23-QĐ/TW"),
 D("Chỉ thị", "08", "CT/TU", None, "Tỉnh ủy", "Chỉ thị 08, 09-CT/TU"),
 D("Chỉ thị", "09", "CT/TU", None, "Tỉnh ủy", "Chỉ thị 08, 09-CT/TU")],
[prov("Ninh Bình"), com("Kim Đông"), com("Kim Hải")],
["Trang thông tin Ban Dân vận Tỉnh ủy Ninh Bình", "Trang chủ / Kiểm tra, giám sát", "Quy chế công tác dân vận của hệ thống chính trị",
 "Xứ, họ đạo bình yên", "Covid-19", "Lượt xem: 967"],
["14/08/2020 - 09:30", "năm 2020", "Năm 2020", "Covid-19", "Lượt xem: 967"]))

PAGES.append(page("b1960-kontum-bdv-doithoai-2020", """
CỔNG THÔNG TIN ĐIỆN TỬ BAN DÂN VẬN TỈNH ỦY KON TUM
Bạn đang ở: Trang chủ > Tin tức - Sự kiện > Dân vận chính quyền
Thứ Sáu, 20/11/2020
Bí thư Tỉnh ủy đối thoại với cán bộ làm công tác dân vận cơ sở
Sáng 18/11, Ban Dân vận Tỉnh ủy Kon Tum phối hợp với Văn phòng Tỉnh ủy tổ chức hội nghị đối thoại giữa đồng chí Bí thư Tỉnh ủy với cán bộ làm công tác dân vận cơ sở năm 2020. Chủ trì đối thoại có đồng chí Nguyễn Văn Hòa, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh; đồng chí Y Thị Bích Thọ, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Tham dự có 150 đại biểu là trưởng ban dân vận, bí thư chi bộ thôn, làng, người có uy tín đến từ 102 xã, phường, thị trấn và 10 huyện, thành phố. Hội nghị được kết nối trực tuyến đến 10 điểm cầu cấp huyện.
Quang cảnh hội nghị đối thoại. Ảnh: Thanh Thủy
Tại hội nghị, có 21 ý kiến phát biểu, tập trung vào chế độ phụ cấp cho cán bộ thôn, làng; đất sản xuất cho đồng bào; tình trạng học sinh bỏ học và hoạt động tôn giáo trái pháp luật. Ông A Khuynh, người có uy tín làng Kon Klor, phường Thắng Lợi, đề nghị tỉnh có chính sách giữ gìn nhà rông truyền thống; bà Y Nhàn, Bí thư Chi bộ thôn Đăk Răng, kiến nghị hỗ trợ 45 hộ nghèo của thôn chuyển đổi sang trồng sâm dây.
Ông A Pớt, Phó Chủ tịch UBND xã Đăk Tờ Kan, phản ánh việc 17 hộ dân chưa được cấp giấy chứng nhận quyền sử dụng đất do vướng ranh giới với công ty lâm nghiệp. Đồng chí Đinh Văn Khuê, HUV, Trưởng Ban Dân vận Huyện ủy Đăk Glei, đề nghị tăng cường tập huấn cho đội ngũ cán bộ dân vận mới được bầu sau đại hội.
Trả lời các ý kiến, đồng chí Nguyễn Văn Hòa cho biết tỉnh đang triển khai Nghị định 34/2019/NĐ-CP của Chính phủ về cán bộ, công chức cấp xã và người hoạt động không chuyên trách; đề nghị UBND tỉnh chỉ đạo rà soát, giải quyết dứt điểm vướng mắc đất đai trước ngày 31/3/2021. Đồng chí cũng giao Ban Dân vận Tỉnh ủy tham mưu ban hành Kết luận về những vấn đề được đối thoại và tiếp tục thực hiện Quy định 14-QĐi/TU ngày 5/6/2020 của Ban Thường vụ Tỉnh ủy về đối thoại với nhân dân.
Năm 2020, các cấp ủy, chính quyền trong tỉnh đã tổ chức 236 cuộc đối thoại với nhân dân, giải quyết 1.084 ý kiến, kiến nghị, đạt 94,2%. Phong trào "Dân vận khéo" có 860 mô hình, điển hình được công nhận.
Kết thúc hội nghị, đồng chí Y Thị Bích Thọ cho biết các ý kiến sẽ được tổng hợp, chuyển các cơ quan giải quyết và trả lời trong 30 ngày.
Thanh Thủy
Lượt xem: 2.051
Tin cùng chuyên mục
- Đăk Hà: giao ban khối dân vận quý III (09/10/2020)
- Hội thi "Dân vận khéo" tỉnh năm 2020 (25/09/2020)
- Sa Thầy: trao 120 suất quà cho học sinh nghèo (10/09/2020)
- Tập huấn kỹ năng hòa giải ở cơ sở (28/08/2020)
""", "2020-11-20", "Bí thư Tỉnh ủy đối thoại với cán bộ làm công tác dân vận cơ sở",
E("doi_thoai", "2020", "2020-11-18"),
[P("Nguyễn Văn Hòa", "Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Y Thị Bích Thọ", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("A Khuynh", "người có uy tín làng Kon Klor"),
 P("Y Nhàn", "Bí thư Chi bộ thôn Đăk Răng"),
 P("A Pớt", "Phó Chủ tịch UBND xã Đăk Tờ Kan"),
 P("Đinh Văn Khuê", "HUV", "Trưởng Ban Dân vận Huyện ủy Đăk Glei")],
[Q("150 đại biểu", 150, "đại biểu"), Q("102 xã, phường, thị trấn", 102, "xã, phường, thị trấn"),
 Q("10 huyện, thành phố", 10, "huyện, thành phố"), Q("10 điểm cầu cấp huyện", 10, "điểm cầu cấp huyện"),
 Q("21 ý kiến", 21, "ý kiến"), Q("45 hộ nghèo", 45, "hộ nghèo"), Q("17 hộ dân", 17, "hộ dân"),
 Q("236 cuộc đối thoại", 236, "cuộc đối thoại"), Q("1.084 ý kiến, kiến nghị", 1084, "ý kiến, kiến nghị"), Q("94,2%", 94.2, "%"),
 Q("860 mô hình, điển hình", 860, "mô hình, điển hình")],
[D("Nghị định", "34", "2019/NĐ-CP", None, "Chính phủ", "Nghị định 34/2019/NĐ-CP"),
 D("Quy định", "14", "QĐi/TU", "2020-06-05", "Ban Thường vụ Tỉnh ủy", "Quy định 14-QĐi/TU ngày 5/6/2020")],
[prov("Kon Tum"), com("Thắng Lợi"), com("Đăk Tờ Kan")],
["CỔNG THÔNG TIN ĐIỆN TỬ BAN DÂN VẬN TỈNH ỦY KON TUM", "Bạn đang ở: Trang chủ > Tin tức - Sự kiện > Dân vận chính quyền",
 "Quang cảnh hội nghị đối thoại. Ảnh: Thanh Thủy", "Dân vận khéo", "Lượt xem: 2.051"],
["Thứ Sáu, 20/11/2020", "năm 2020", "Năm 2020", "31/3/2021", "30 ngày", "Lượt xem: 2.051"]))
