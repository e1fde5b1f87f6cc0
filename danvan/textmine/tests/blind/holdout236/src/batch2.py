from lib import *
PAGES = []

PAGES.append(page("b5627-gialai-mttq-hoinghi-2017", """
BÁO GIA LAI ĐIỆN TỬ
Thời sự › Chính trị › Mặt trận
21/04/2017 - 16:45
Ký kết quy chế phối hợp giám sát hoạt động tư pháp giai đoạn 2017-2021
Sáng 20/4, Ủy ban MTTQ Việt Nam tỉnh Gia Lai tổ chức hội nghị ký kết Quy chế phối hợp số 02/QCPH-MTTQ-TAND-VKSND giữa Ủy ban MTTQ tỉnh với Tòa án nhân dân tỉnh và Viện Kiểm sát nhân dân tỉnh trong giám sát hoạt động tư pháp giai đoạn 2017-2021.
Các đại biểu ký kết quy chế phối hợp.
Dự hội nghị có đồng chí Rơ Châm H'Nhiêu, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Đỗ Văn Thịnh, Chánh án Tòa án nhân dân tỉnh; đồng chí Nguyễn Quang Hưng, Viện trưởng Viện Kiểm sát nhân dân tỉnh cùng đại diện Ủy ban MTTQ 17 huyện, thị xã, thành phố.
Theo quy chế, hằng năm Mặt trận các cấp được mời dự ít nhất 20 phiên tòa xét xử rút kinh nghiệm, được cung cấp thông tin về các vụ án có đông người tham gia, các vụ việc liên quan đồng bào dân tộc thiểu số và tôn giáo. Tòa án, Viện Kiểm sát có trách nhiệm trả lời kiến nghị của Mặt trận trong thời hạn 15 ngày. Quy chế được xây dựng trên cơ sở Luật Mặt trận Tổ quốc Việt Nam năm 2015, Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị và Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN ngày 15/3/2017 quy định chi tiết các hình thức giám sát, phản biện xã hội của Mặt trận.
Phát biểu tại hội nghị, đồng chí Đỗ Văn Thịnh cho biết năm 2016, Tòa án hai cấp đã thụ lý 4.812 vụ, việc, giải quyết 4.561 vụ, việc, đạt 94,8%; tổ chức 67 phiên tòa lưu động tại các xã vùng sâu. Đồng chí Nguyễn Quang Hưng thông tin, Viện Kiểm sát hai cấp đã kiểm sát 2.134 tin báo, tố giác tội phạm, ban hành 58 kiến nghị phòng ngừa vi phạm.
Đại diện Mặt trận cơ sở, ông Siu Đoan, Chủ tịch Ủy ban MTTQ xã Ia Dreng, và bà Kpă H'Liên, Trưởng Ban Thanh tra nhân dân xã Chư Băh, đề nghị Tòa án tăng cường xét xử lưu động các vụ án về tranh chấp đất đai, vi phạm luật hôn nhân và gia đình ngay tại làng để người dân đến dự; có phiên dịch tiếng Jrai, Bahnar cho bị cáo và người dự.
Kết luận hội nghị, đồng chí Rơ Châm H'Nhiêu đề nghị các bên ban hành kế hoạch cụ thể hóa quy chế trước ngày 30/5; Ban Thường trực Ủy ban MTTQ tỉnh hướng dẫn Mặt trận cấp huyện ký kết quy chế tương tự với Tòa án, Viện Kiểm sát cùng cấp. Các đồng chí Phó Chủ tịch Ủy ban MTTQ tỉnh: Nguyễn Thị Thu Hà, Rah Lan Lâm được giao theo dõi việc thực hiện. Mặt trận cũng tiếp tục triển khai Kế hoạch số 45-KH/TU của Ban Thường vụ Tỉnh ủy về phòng, chống "Tin lành Đê Ga".
Hồng Thi
Tin liên quan
- Mặt trận tỉnh giám sát công tác thi hành án dân sự tại huyện Đak Đoa (10/04/2017)
- Hội nghị người có uy tín tiêu biểu năm 2017 (28/03/2017)
- Trao 50 con bò giống cho hộ nghèo (15/03/2017)
""", "2017-04-21", "Ký kết quy chế phối hợp giám sát hoạt động tư pháp giai đoạn 2017-2021",
E("hoi_nghi", None, "2017-04-20"),
[P("Rơ Châm H'Nhiêu", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đỗ Văn Thịnh", "Chánh án Tòa án nhân dân tỉnh"),
 P("Nguyễn Quang Hưng", "Viện trưởng Viện Kiểm sát nhân dân tỉnh"),
 P("Siu Đoan", "Chủ tịch Ủy ban MTTQ xã Ia Dreng"),
 P("Kpă H'Liên", "Trưởng Ban Thanh tra nhân dân xã Chư Băh"),
 P("Nguyễn Thị Thu Hà", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Rah Lan Lâm", "Phó Chủ tịch Ủy ban MTTQ tỉnh")],
[Q("17 huyện, thị xã, thành phố", 17, "huyện, thị xã, thành phố"), Q("ít nhất 20 phiên tòa xét xử rút kinh nghiệm", 20, "phiên tòa xét xử rút kinh nghiệm", "over"),
 Q("4.812 vụ, việc", 4812, "vụ, việc"), Q("4.561 vụ, việc", 4561, "vụ, việc"), Q("94,8%", 94.8, "%"),
 Q("67 phiên tòa lưu động", 67, "phiên tòa lưu động"), Q("2.134 tin báo, tố giác tội phạm", 2134, "tin báo, tố giác tội phạm"),
 Q("58 kiến nghị phòng ngừa vi phạm", 58, "kiến nghị phòng ngừa vi phạm")],
[D("Quy chế phối hợp", "02", "QCPH-MTTQ-TAND-VKSND", None, None, "Quy chế phối hợp số 02/QCPH-MTTQ-TAND-VKSND"),
 D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW ngày 12/12/2013"),
 D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", "2017-03-15", None, "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN ngày 15/3/2017"),
 D("Kế hoạch", "45", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 45-KH/TU")],
[prov("Gia Lai"), com("Ia Dreng"), com("Chư Băh")],
["BÁO GIA LAI ĐIỆN TỬ", "Thời sự › Chính trị › Mặt trận", "Các đại biểu ký kết quy chế phối hợp.",
 "Luật Mặt trận Tổ quốc Việt Nam năm 2015", "Tin lành Đê Ga"],
["21/04/2017 - 16:45", "giai đoạn 2017-2021", "thời hạn 15 ngày", "năm 2016"]))

PAGES.append(page("b5628-cantho-mttq-giaoban-2018", """
Cổng thông tin điện tử Ủy ban MTTQ Việt Nam thành phố Cần Thơ
You are here: Trang chủ >> Tin hoạt động >> Tin Mặt trận
Thứ Sáu, 12/10/2018 | 08:40
Ảnh: Quang cảnh giao ban.
Mặt trận các quận, huyện tăng cường giám sát dịch vụ công trực tuyến
Chiều 10/10, Ban Thường trực Ủy ban MTTQ Việt Nam thành phố Cần Thơ tổ chức giao ban công tác Mặt trận quý III năm 2018 với Ủy ban MTTQ 9 quận, huyện. Đồng chí Trần Văn Lợi, Ủy viên Ban Thường vụ Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam thành phố chủ trì.
Theo báo cáo, trong quý III, Mặt trận các cấp đã tổ chức 64 cuộc giám sát, tập trung vào việc cung cấp dịch vụ công trực tuyến mức độ 3, 4, chi trả bảo hiểm xã hội một lần và giải quyết hồ sơ đất đai. Qua giám sát tại 35 xã, phường, thị trấn, Mặt trận ghi nhận tỷ lệ hồ sơ nộp trực tuyến mới đạt khoảng 12%; nhiều người dân, nhất là người cao tuổi, chưa biết sử dụng. Mặt trận đã kiến nghị 21 nội dung với UBND các cấp, trong đó 17 kiến nghị đã được tiếp thu.
Mặt trận thành phố cũng phối hợp Sở Tư pháp tổ chức 12 buổi tuyên truyền pháp luật về tiếp cận dịch vụ công cho trên 1.500 hội viên, đoàn viên; phối hợp Tòa án nhân dân thành phố giám sát 9 phiên tòa hình sự. Ban Thanh tra nhân dân các phường đã phát hiện 4 trường hợp thu phí sai quy định, số tiền gần 7 triệu đồng, đã yêu cầu hoàn trả cho người dân.
Tại giao ban, bà Lê Thị Kim Thoa, Chủ tịch Ủy ban MTTQ quận Ninh Kiều, cho biết quận đã lập 11 tổ hỗ trợ người dân nộp hồ sơ trực tuyến tại phường Tân An, phường An Hòa và các phường khác. Ông Danh Út, Phó Chủ tịch Ủy ban MTTQ huyện Vĩnh Thạnh, đề nghị thành phố hỗ trợ đường truyền cho các xã vùng sâu, trong đó có xã Thạnh Lợi.
Ông Huỳnh Văn Nghĩa, Phó Giám đốc Sở Thông tin và Truyền thông, thông tin: thành phố đã cung cấp 628 dịch vụ công trực tuyến mức độ 3 và 4 theo Nghị định số 43/2011/NĐ-CP của Chính phủ và Kế hoạch số 71-KH/TU ngày 02/4/2018 của Thành ủy.
Kết luận giao ban, đồng chí Trần Văn Lợi đề nghị quý IV, Mặt trận các cấp tiếp tục thực hiện Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN, giám sát việc tiếp công dân cuối năm; phối hợp Đoàn Thanh niên thành lập tổ "Thanh niên hỗ trợ dịch vụ công" ở tất cả các phường. Các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố Nguyễn Thị Hồng Gấm, Trương Quốc Bảo được phân công theo dõi từng cụm thi đua.
Thanh Nhàn
Lượt xem: 2.317
Tin khác
- Hội nghị phản biện dự thảo quy định bồi thường, hỗ trợ tái định cư (03/10/2018)
- Ra mắt mô hình "Dân vận khéo" tại phường Hưng Phú (25/09/2018)
- Trao 30 căn nhà Đại đoàn kết ở huyện Cờ Đỏ (18/09/2018)
""", "2018-10-12", "Mặt trận các quận, huyện tăng cường giám sát dịch vụ công trực tuyến",
E("giao_ban", "2018-Q3", "2018-10-10"),
[P("Trần Văn Lợi", "Ủy viên Ban Thường vụ Thành ủy", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Lê Thị Kim Thoa", "Chủ tịch Ủy ban MTTQ quận Ninh Kiều"),
 P("Danh Út", "Phó Chủ tịch Ủy ban MTTQ huyện Vĩnh Thạnh"),
 P("Huỳnh Văn Nghĩa", "Phó Giám đốc Sở Thông tin và Truyền thông"),
 P("Nguyễn Thị Hồng Gấm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Trương Quốc Bảo", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố")],
[Q("9 quận, huyện", 9, "quận, huyện"), Q("64 cuộc giám sát", 64, "cuộc giám sát"), Q("35 xã, phường, thị trấn", 35, "xã, phường, thị trấn"),
 Q("khoảng 12%", 12, "%", "approx"), Q("21 nội dung", 21, "nội dung"), Q("17 kiến nghị", 17, "kiến nghị"),
 Q("12 buổi tuyên truyền pháp luật", 12, "buổi tuyên truyền pháp luật"), Q("trên 1.500 hội viên, đoàn viên", 1500, "hội viên, đoàn viên", "over"),
 Q("9 phiên tòa hình sự", 9, "phiên tòa hình sự"), Q("4 trường hợp", 4, "trường hợp"), Q("gần 7 triệu đồng", 7000000, "đồng", "approx"),
 Q("11 tổ hỗ trợ", 11, "tổ hỗ trợ"), Q("628 dịch vụ công trực tuyến mức độ 3 và 4", 628, "dịch vụ công trực tuyến mức độ 3 và 4")],
[D("Nghị định", "43", "2011/NĐ-CP", None, "Chính phủ", "Nghị định số 43/2011/NĐ-CP"),
 D("Kế hoạch", "71", "KH/TU", "2018-04-02", "Thành ủy", "Kế hoạch số 71-KH/TU ngày 02/4/2018"),
 D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", None, None, "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN")],
[prov("Cần Thơ"), com("Tân An"), com("An Hòa"), com("Thạnh Lợi")],
["Cổng thông tin điện tử Ủy ban MTTQ Việt Nam thành phố Cần Thơ", "You are here: Trang chủ >> Tin hoạt động >> Tin Mặt trận",
 "Ảnh: Quang cảnh giao ban.", "Thanh niên hỗ trợ dịch vụ công", "Lượt xem: 2.317"],
["Thứ Sáu, 12/10/2018 | 08:40", "quý III năm 2018", "quý IV", "mức độ 3, 4", "Lượt xem: 2.317"]))

PAGES.append(page("b5629-hagiang-dongvan-daihoi-2019", """
BÁO HÀ GIANG ĐIỆN TỬ
Chính trị - Xã hội / Mặt trận - Đoàn thể
Ngày 28/06/2019 | 07:50
Đại hội đại biểu MTTQ huyện Đồng Văn lần thứ XII, nhiệm kỳ 2019 - 2024
(BHG) - Trong 2 ngày 26 và 27/6, Ủy ban MTTQ huyện Đồng Văn (tỉnh Hà Giang) tổ chức Đại hội đại biểu MTTQ Việt Nam huyện lần thứ XII, nhiệm kỳ 2019 - 2024. Dự đại hội có 250 đại biểu chính thức đại diện cho hơn 73.000 người thuộc 17 dân tộc của 19 xã, thị trấn. Đồng chí Vàng Seo Pà, Phó Chủ tịch Ủy ban MTTQ tỉnh dự và chỉ đạo.
Các đại biểu biểu quyết thông qua nghị quyết đại hội.
Nhiệm kỳ 2014 - 2019, Mặt trận huyện đã tổ chức 38 cuộc giám sát, trong đó có 11 cuộc giám sát việc quản lý, giáo dục người chấp hành án tại xã và việc giải quyết thủ tục hành chính ở bộ phận một cửa. Mặt trận phối hợp Tòa án nhân dân huyện tham gia 26 phiên tòa lưu động xét xử các vụ án mua bán người, vận chuyển trái phép chất ma túy qua biên giới; vận động 96 người lầm lỡ trở về hòa nhập cộng đồng. Nhân dân trong huyện hiến hơn 41.000 m2 đất, đóng góp trên 6,3 tỷ đồng xây dựng nông thôn mới; 1.214 hộ nghèo được hỗ trợ làm nhà theo Quyết định số 33/2015/QĐ-TTg của Thủ tướng Chính phủ.
Thực hiện Quyết định 217, 218-QĐ/TW của Bộ Chính trị và Chỉ thị số 18-CT/HU ngày 10/5/2016 của Ban Thường vụ Huyện ủy, Ban Thanh tra nhân dân 19 xã, thị trấn đã tiếp nhận 142 ý kiến, phát hiện 9 vụ việc vi phạm, kiến nghị thu hồi 84 triệu đồng.
Phát biểu chỉ đạo, đồng chí Vàng Seo Pà đề nghị nhiệm kỳ tới Mặt trận huyện chú trọng giám sát việc thực hiện chính sách đối với đồng bào Mông vùng biên, hoạt động của các cơ quan tư pháp ở cơ sở, không để kẻ xấu lợi dụng tuyên truyền đạo trái pháp luật, "Vàng Chứ".
Đại hội đã hiệp thương cử 45 vị vào Ủy ban MTTQ huyện khóa XII. Tại hội nghị lần thứ nhất, ông Sùng Mí Chá, HUV, được hiệp thương giữ chức Chủ tịch Ủy ban MTTQ Việt Nam huyện Đồng Văn khóa XII; các ông, bà Giàng Thị Mai, Lý Mí Sính - Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện. Đại hội cũng bầu 12 đại biểu đi dự Đại hội MTTQ tỉnh lần thứ XV.
Phát biểu nhận nhiệm vụ, ông Sùng Mí Chá cam kết Mặt trận huyện sẽ thực hiện tốt phong trào thi đua "Mặt trận Hà Giang chung sức xây dựng nông thôn mới" và chương trình giám sát hằng năm. Bà Thào Thị Dia, Chủ tịch Ủy ban MTTQ xã Lũng Cú và ông Ly Mí Lử, Trưởng Ban công tác Mặt trận thôn Lô Lô Chải nhận giấy khen của Ủy ban MTTQ huyện.
Mai Ly
Tin liên quan
- Đại hội MTTQ huyện Mèo Vạc lần thứ XII (20/6/2019)
- Mặt trận tỉnh giám sát việc thực hiện chính sách bảo hiểm y tế (12/6/2019)
- Hội nghị hiệp thương giới thiệu nhân sự Ủy ban MTTQ tỉnh khóa XV (03/6/2019)
""", "2019-06-28", "Đại hội đại biểu MTTQ huyện Đồng Văn lần thứ XII, nhiệm kỳ 2019 - 2024",
E("dai_hoi", None, "2019-06-26"),
[P("Vàng Seo Pà", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Sùng Mí Chá", "HUV", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Đồng Văn khóa XII"),
 P("Giàng Thị Mai", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Lý Mí Sính", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Thào Thị Dia", "Chủ tịch Ủy ban MTTQ xã Lũng Cú"),
 P("Ly Mí Lử", "Trưởng Ban công tác Mặt trận thôn Lô Lô Chải")],
[Q("250 đại biểu chính thức", 250, "đại biểu chính thức"), Q("hơn 73.000 người", 73000, "người", "over"),
 Q("17 dân tộc", 17, "dân tộc"), Q("19 xã, thị trấn", 19, "xã, thị trấn"), Q("38 cuộc giám sát", 38, "cuộc giám sát"),
 Q("11 cuộc giám sát", 11, "cuộc giám sát"), Q("26 phiên tòa lưu động", 26, "phiên tòa lưu động"), Q("96 người lầm lỡ", 96, "người lầm lỡ"),
 Q("hơn 41.000 m2", 41000, "m2", "over"), Q("trên 6,3 tỷ đồng", 6300000000, "đồng", "over"), Q("1.214 hộ nghèo", 1214, "hộ nghèo"),
 Q("142 ý kiến", 142, "ý kiến"), Q("9 vụ việc vi phạm", 9, "vụ việc vi phạm"), Q("84 triệu đồng", 84000000, "đồng"),
 Q("45 vị", 45, "vị"), Q("12 đại biểu", 12, "đại biểu")],
[D("Quyết định", "33", "2015/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 33/2015/QĐ-TTg"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW"),
 D("Chỉ thị", "18", "CT/HU", "2016-05-10", "Ban Thường vụ Huyện ủy", "Chỉ thị số 18-CT/HU ngày 10/5/2016")],
[prov("Hà Giang"), com("Lũng Cú")],
["BÁO HÀ GIANG ĐIỆN TỬ", "Chính trị - Xã hội / Mặt trận - Đoàn thể", "(BHG)",
 "Các đại biểu biểu quyết thông qua nghị quyết đại hội.", "Vàng Chứ", "Mặt trận Hà Giang chung sức xây dựng nông thôn mới"],
["Ngày 28/06/2019 | 07:50", "lần thứ XII", "nhiệm kỳ 2019 - 2024", "Nhiệm kỳ 2014 - 2019", "lần thứ XV", "Trong 2 ngày"]))

PAGES.append(page("b5630-binhdinh-mttq-baocao-2020", """
Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bình Định
Trang chủ | Giám sát - Phản biện xã hội
Cập nhật lúc 15:10 ngày 29/12/2020
Toàn cảnh buổi làm việc của Đoàn giám sát tại Trung tâm Phục vụ hành chính công tỉnh.
Báo cáo kết quả giám sát việc cung cấp dịch vụ công trực tuyến và thi hành án dân sự năm 2020
Ngày 25/12/2020, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Bình Định ban hành Báo cáo số 118/BC-MTTQ-BTT về kết quả giám sát năm 2020 đối với việc cung cấp dịch vụ công trực tuyến tại Trung tâm Phục vụ hành chính công tỉnh và công tác thi hành án dân sự, gửi Thường trực Tỉnh ủy, HĐND, UBND tỉnh.
Theo báo cáo, thực hiện Kế hoạch số 09/KH-MTTQ-BTT ngày 20/02/2020, Mặt trận tỉnh đã thành lập 2 đoàn giám sát do đồng chí Hồ Văn Thọ, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh và đồng chí Đặng Thị Bích Liên, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn. Mặt trận các huyện, thị xã, thành phố tổ chức thêm 47 cuộc giám sát chuyên đề.
Về dịch vụ công, năm 2020 tỉnh đã cung cấp 1.108 dịch vụ công trực tuyến mức độ 3, 4; Trung tâm Phục vụ hành chính công tiếp nhận 86.420 hồ sơ, trong đó hồ sơ trực tuyến chiếm 21,6%; tỷ lệ giải quyết đúng hạn trên 98%. Việc thực hiện Nghị định số 61/2018/NĐ-CP của Chính phủ về cơ chế một cửa cơ bản nghiêm túc. Tuy nhiên, vẫn còn 376 hồ sơ quá hạn, chủ yếu lĩnh vực đất đai; một số thủ tục phải yêu cầu bổ sung giấy tờ nhiều lần.
Về thi hành án dân sự, tổng số việc có điều kiện thi hành là 9.315 việc, đã thi hành xong 7.842 việc; về tiền, thi hành xong trên 415 tỷ đồng. Có 63 việc tồn đọng trên 3 năm, chủ yếu liên quan tín dụng, ngân hàng.
Báo cáo kiến nghị UBND tỉnh chỉ đạo các sở, ngành công khai xin lỗi người dân khi giải quyết hồ sơ trễ hạn; đẩy mạnh thanh toán trực tuyến phí, lệ phí; Cục Thi hành án dân sự tỉnh phối hợp Mặt trận cơ sở vận động người phải thi hành án tự nguyện thi hành. Mặt trận cũng đề nghị thực hiện nghiêm Chỉ thị số 26-CT/TU ngày 14/4/2020 của Ban Thường vụ Tỉnh ủy về nâng cao chỉ số hài lòng của người dân.
Trong quá trình giám sát, các đồng chí Trần Văn Hiền, Bùi Thị Thanh Xuân - Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh đã trực tiếp lấy ý kiến 250 người dân đến giao dịch; 91% người được hỏi hài lòng. Ông Lê Văn Thạnh, Chủ tịch Ủy ban MTTQ phường Nhơn Bình và bà Đinh Thị Hía, Chủ tịch Ủy ban MTTQ xã An Toàn đề nghị hỗ trợ thiết bị để người dân vùng cao đồng bào Bana nộp hồ sơ trực tuyến ngay tại xã.
Ngọc Nhuận
Tin liên quan
- Hội nghị phản biện dự thảo Nghị quyết HĐND tỉnh về giá đất (18/12/2020)
- Trao 500 suất quà cho người dân vùng lũ (10/12/2020)
- Mặt trận tỉnh giám sát việc hỗ trợ người lao động bị ảnh hưởng dịch COVID-19 (26/11/2020)
""", "2020-12-29", "Báo cáo kết quả giám sát việc cung cấp dịch vụ công trực tuyến và thi hành án dân sự năm 2020",
E("bao_cao", "2020", "2020-12-25"),
[P("Hồ Văn Thọ", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đặng Thị Bích Liên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Văn Hiền", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Bùi Thị Thanh Xuân", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Văn Thạnh", "Chủ tịch Ủy ban MTTQ phường Nhơn Bình"),
 P("Đinh Thị Hía", "Chủ tịch Ủy ban MTTQ xã An Toàn")],
[Q("2 đoàn giám sát", 2, "đoàn giám sát"), Q("47 cuộc giám sát chuyên đề", 47, "cuộc giám sát chuyên đề"),
 Q("1.108 dịch vụ công trực tuyến mức độ 3, 4", 1108, "dịch vụ công trực tuyến mức độ 3, 4"), Q("86.420 hồ sơ", 86420, "hồ sơ"),
 Q("21,6%", 21.6, "%"), Q("trên 98%", 98, "%", "over"), Q("376 hồ sơ", 376, "hồ sơ"), Q("9.315 việc", 9315, "việc"),
 Q("7.842 việc", 7842, "việc"), Q("trên 415 tỷ đồng", 415000000000, "đồng", "over"), Q("63 việc", 63, "việc"),
 Q("250 người dân", 250, "người dân"), Q("91%", 91, "%")],
[D("Báo cáo", "118", "BC-MTTQ-BTT", "2020-12-25", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Bình Định", "Báo cáo số 118/BC-MTTQ-BTT"),
 D("Kế hoạch", "09", "KH-MTTQ-BTT", "2020-02-20", None, "Kế hoạch số 09/KH-MTTQ-BTT ngày 20/02/2020"),
 D("Nghị định", "61", "2018/NĐ-CP", None, "Chính phủ", "Nghị định số 61/2018/NĐ-CP"),
 D("Chỉ thị", "26", "CT/TU", "2020-04-14", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 26-CT/TU ngày 14/4/2020")],
[prov("Bình Định"), com("Nhơn Bình"), com("An Toàn")],
["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bình Định", "Trang chủ | Giám sát - Phản biện xã hội",
 "Toàn cảnh buổi làm việc của Đoàn giám sát tại Trung tâm Phục vụ hành chính công tỉnh.", "Trung tâm Phục vụ hành chính công tỉnh"],
["Cập nhật lúc 15:10 ngày 29/12/2020", "năm 2020", "trên 3 năm", "mức độ 3, 4"]))

PAGES.append(page("b5631-kontum-mttq-traoqua-2021", """
BÁO KON TUM ĐIỆN TỬ
Xã hội » Mặt trận - Đoàn thể
29.01.2021 | 10:15
Ủy ban MTTQ tỉnh tặng quà người chấp hành xong án phạt tù
Ngày 27/1, đoàn công tác Ủy ban MTTQ Việt Nam tỉnh Kon Tum do đồng chí A Pơ, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã thăm, tặng quà người chấp hành xong án phạt tù, người được đặc xá đang tái hòa nhập cộng đồng tại huyện Đăk Hà và huyện Kon Rẫy nhân dịp Tết Nguyên đán Tân Sửu 2021.
Đồng chí A Pơ trao quà cho người chấp hành xong án phạt tù tại xã Đăk Ui.
Tại 2 huyện, đoàn đã trao 120 suất quà Tết, mỗi suất gồm 500.000 đồng tiền mặt và nhu yếu phẩm, tổng trị giá 84 triệu đồng, từ nguồn Quỹ "Vì người nghèo" tỉnh và sự ủng hộ của các doanh nghiệp. Ngoài ra, đoàn trao 3 chiếc xe máy cũ đã sửa chữa và 2 bộ dụng cụ sửa xe để giúp một số người tạo sinh kế.
Theo báo cáo của Ủy ban MTTQ tỉnh, thực hiện Quyết định số 22/2019/QĐ-UBND ngày 15/10/2019 của UBND tỉnh về quy chế phối hợp tiếp nhận, hỗ trợ người chấp hành xong án phạt tù, năm 2020 toàn tỉnh có 286 người chấp hành xong án phạt tù trở về địa phương; Mặt trận và các đoàn thể đã giới thiệu việc làm cho 154 người, hỗ trợ vay vốn cho 37 hộ với tổng số tiền 1,3 tỷ đồng. Nhiều người trở thành lao động giỏi, có người được bầu vào Ban công tác Mặt trận thôn.
Tại xã Đăk Ui, ông A Hiếu (dân tộc Xơ Đăng, 34 tuổi) xúc động chia sẻ: sau 3 năm chấp hành án, được Mặt trận xã và già làng A Nhŭt giúp đỡ, anh đã được nhận vào làm ở Nông trường cao su, thu nhập khoảng 6 triệu đồng/tháng. Bà Y Blê, Chủ tịch Ủy ban MTTQ xã Đăk Ui cho biết, xã đang giúp đỡ 9 người, không có trường hợp nào tái phạm.
Tại xã Đăk Ruồng, ông Nguyễn Văn Thanh, HUV, Chủ tịch Ủy ban MTTQ huyện Kon Rẫy, thông tin huyện đang áp dụng Kế hoạch liên ngành số 05/KHLN-MTTQ-CA ngày 3/3/2020 giữa Ủy ban MTTQ huyện và Công an huyện, mỗi người chấp hành xong án phạt tù có một hội viên, đoàn viên kèm cặp.
Thay mặt đoàn, đồng chí A Pơ mong các gia đình và chính quyền cơ sở tiếp tục động viên những người lầm lỡ; đề nghị Công an các huyện, Mặt trận xã thực hiện tốt Chỉ thị số 04-CT/TU ngày 6/5/2020 của Ban Thường vụ Tỉnh ủy về công tác tái hòa nhập cộng đồng, tránh tâm lý kỳ thị. Đoàn cũng đề nghị các xã rà soát, đưa những hộ có người chấp hành xong án phạt tù đang gặp khó khăn vào danh sách hỗ trợ sinh kế, học nghề trong năm 2021, ưu tiên lao động trẻ.
Quang Long - Y Nhi
Xem thêm
- Trao 200 suất quà Tết cho hộ nghèo huyện Tu Mơ Rông (25/01/2021)
- Mặt trận giám sát việc chi trả trợ cấp cho người có công (20/01/2021)
- Ra mắt mô hình "Thôn không có người tái phạm" (12/01/2021)
""", "2021-01-29", "Ủy ban MTTQ tỉnh tặng quà người chấp hành xong án phạt tù",
E("trao_qua", None, "2021-01-27"),
[P("A Pơ", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("A Hiếu"),
 P("A Nhŭt", "già làng"),
 P("Y Blê", "Chủ tịch Ủy ban MTTQ xã Đăk Ui"),
 P("Nguyễn Văn Thanh", "HUV", "Chủ tịch Ủy ban MTTQ huyện Kon Rẫy")],
[Q("120 suất quà Tết", 120, "suất quà"), Q("500.000 đồng", 500000, "đồng"), Q("84 triệu đồng", 84000000, "đồng"),
 Q("3 chiếc xe máy cũ", 3, "chiếc xe máy cũ"), Q("2 bộ dụng cụ sửa xe", 2, "bộ dụng cụ sửa xe"), Q("286 người", 286, "người"),
 Q("154 người", 154, "người"), Q("37 hộ", 37, "hộ"), Q("1,3 tỷ đồng", 1300000000, "đồng"),
 Q("khoảng 6 triệu đồng", 6000000, "đồng", "approx"), Q("9 người", 9, "người")],
[D("Quyết định", "22", "2019/QĐ-UBND", "2019-10-15", "UBND tỉnh", "Quyết định số 22/2019/QĐ-UBND ngày 15/10/2019"),
 D("Kế hoạch liên ngành", "05", "KHLN-MTTQ-CA", "2020-03-03", None, "Kế hoạch liên ngành số 05/KHLN-MTTQ-CA ngày 3/3/2020"),
 D("Chỉ thị", "04", "CT/TU", "2020-05-06", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 04-CT/TU ngày 6/5/2020")],
[prov("Kon Tum"), com("Đăk Ui"), com("Đăk Ruồng")],
["BÁO KON TUM ĐIỆN TỬ", "Xã hội » Mặt trận - Đoàn thể", "Đồng chí A Pơ trao quà cho người chấp hành xong án phạt tù tại xã Đăk Ui.",
 "Vì người nghèo", "Tết Nguyên đán Tân Sửu 2021"],
["29.01.2021 | 10:15", "Tân Sửu 2021", "năm 2020", "34 tuổi", "sau 3 năm"]))

PAGES.append(page("b5632-hanoi-phuong-khac-2022", """
HÀ NỘI MỚI - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam thành phố Hà Nội
Chính trị | Mặt trận
Thứ Ba, 15/03/2022
"Tai mắt" của dân ở bộ phận một cửa phường
Người cao tuổi phường Phương Liệt được hướng dẫn làm thủ tục tại bộ phận một cửa. Ảnh: Hà Thanh
(HNMO) - Hơn 6 năm làm Trưởng Ban Thanh tra nhân dân phường Phương Liệt (quận Thanh Xuân), ông Đào Văn Hựu đã cùng các thành viên giúp Ủy ban MTTQ phường giám sát hàng nghìn hồ sơ hành chính, góp phần để bộ phận một cửa phường nhiều năm liền không có đơn thư phản ánh về thái độ phục vụ.
Ông Hựu năm nay 67 tuổi, nguyên là cán bộ Tòa án nhân dân quận, nghỉ hưu về sinh hoạt tại tổ dân phố số 12. Được Hội nghị đại biểu nhân dân bầu vào Ban Thanh tra nhân dân từ năm 2016, ông đề xuất với bà Trần Thị Minh Nguyệt, Chủ tịch Ủy ban MTTQ phường, lập sổ theo dõi những hồ sơ trễ hạn và mời người dân đánh giá sự hài lòng sau mỗi lần giao dịch.
Theo bà Nguyệt, năm 2021, bộ phận một cửa phường tiếp nhận 5.862 hồ sơ, trong đó 3.214 hồ sơ chứng thực; 99,8% hồ sơ được giải quyết đúng hạn. Ban Thanh tra nhân dân đã tiếp nhận 14 ý kiến phản ánh của người dân, kiến nghị UBND phường xử lý dứt điểm 13 ý kiến. Mỗi quý, Ban tổ chức ít nhất 1 buổi giám sát trực tiếp, việc làm được quy định tại Quy chế số 02-QC/ĐU của Đảng ủy phường.
Trong đợt dịch COVID-19, ông Hựu cùng các thành viên Ban Thanh tra nhân dân phường giám sát việc chi trả hỗ trợ cho 1.047 người lao động tự do theo Nghị quyết số 68/NQ-CP ngày 1/7/2021 của Chính phủ, phát hiện 6 trường hợp kê khai chưa đúng, kiến nghị thu hồi 9 triệu đồng.
Ông Nguyễn Đức Cường, Bí thư Đảng ủy, Chủ tịch HĐND phường Phương Liệt đánh giá, ông Hựu là "cánh tay nối dài" của Mặt trận, nói có lý, có tình nên cán bộ, công chức phường đều nể. Ông Lê Minh Hoàng, Phó Chủ tịch UBND phường, cho biết nhiều kiến nghị của Ban Thanh tra nhân dân đã được phường tiếp thu, như bố trí máy lấy số tự động, ưu tiên người cao tuổi và người khuyết tật.
Năm 2021, ông Đào Văn Hựu được Ủy ban MTTQ thành phố tặng bằng khen vì có thành tích trong thực hiện Kế hoạch số 125/KH-MTTQ-BTT về giám sát cải cách hành chính. Với ông, giám sát không phải để "bắt lỗi" mà để chính quyền phục vụ dân tốt hơn. Ông bảo, mỗi lần thấy một cụ già được cán bộ đón tận cửa, làm xong giấy tờ trong buổi sáng mà không phải quay lại, là ông thấy công việc của mình có ích.
Hà Thanh
Tin cùng chuyên mục
- Quận Thanh Xuân: Mặt trận giám sát dịch vụ công trực tuyến (10/03/2022)
- Ra mắt 15 tổ công nghệ số cộng đồng (04/03/2022)
- Hội nghị tiếp xúc cử tri phường Khương Đình (25/02/2022)
""", "2022-03-15", '"Tai mắt" của dân ở bộ phận một cửa phường',
E("khac", None, None),
[P("Đào Văn Hựu", "Trưởng Ban Thanh tra nhân dân phường Phương Liệt"),
 P("Trần Thị Minh Nguyệt", "Chủ tịch Ủy ban MTTQ phường"),
 P("Nguyễn Đức Cường", "Bí thư Đảng ủy", "Chủ tịch HĐND phường Phương Liệt"),
 P("Lê Minh Hoàng", "Phó Chủ tịch UBND phường")],
[Q("5.862 hồ sơ", 5862, "hồ sơ"), Q("3.214 hồ sơ chứng thực", 3214, "hồ sơ chứng thực"), Q("99,8%", 99.8, "%"),
 Q("14 ý kiến phản ánh", 14, "ý kiến phản ánh"), Q("13 ý kiến", 13, "ý kiến"), Q("ít nhất 1 buổi giám sát trực tiếp", 1, "buổi giám sát trực tiếp", "over"),
 Q("1.047 người lao động tự do", 1047, "người lao động tự do"), Q("6 trường hợp", 6, "trường hợp"), Q("9 triệu đồng", 9000000, "đồng")],
[D("Quy chế", "02", "QC/ĐU", None, "Đảng ủy phường", "Quy chế số 02-QC/ĐU"),
 D("Nghị quyết", "68", "NQ-CP", "2021-07-01", "Chính phủ", "Nghị quyết số 68/NQ-CP ngày 1/7/2021"),
 D("Kế hoạch", "125", "KH-MTTQ-BTT", None, None, "Kế hoạch số 125/KH-MTTQ-BTT")],
[prov("Hà Nội"), com("Phương Liệt")],
["HÀ NỘI MỚI - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam thành phố Hà Nội", "Chính trị | Mặt trận",
 "Người cao tuổi phường Phương Liệt được hướng dẫn làm thủ tục tại bộ phận một cửa.", "(HNMO)", "cánh tay nối dài", "Tai mắt"],
["Thứ Ba, 15/03/2022", "Hơn 6 năm", "67 tuổi", "tổ dân phố số 12", "năm 2021", "COVID-19"]))
