from lib import *
PAGES = []

PAGES.append(page("b5147-angiang-xa-doithoai-2017", """
Cổng thông tin điện tử thị xã Tân Châu - tỉnh An Giang
Trang chủ | Tin tức | Xã - Phường
Ngày 08/11/2017 | 15:20
Chủ tịch UBND xã Vĩnh Xương đối thoại với nhân dân vùng biên
Ngày 06/11/2017, UBND xã Vĩnh Xương phối hợp với Ủy ban MTTQ Việt Nam xã tổ chức hội nghị đối thoại giữa Chủ tịch UBND xã với nhân dân năm 2017, tập trung vào các vấn đề quan hệ qua lại biên giới, giao thương với nhân dân xã Pô Pốc, huyện Leuk Dek, tỉnh Kandal (Campuchia). Tham dự có 136 cử tri đại diện 6 ấp và 40 hộ có người thân sinh sống bên kia biên giới.
Quang cảnh buổi đối thoại tại hội trường xã.
Ông Lâm Văn Nghĩa, Phó Bí thư Đảng ủy, Chủ tịch UBND xã chủ trì đối thoại. Trong năm 2017, xã đã tiếp nhận 23 ý kiến, kiến nghị liên quan đến thủ tục cấp giấy thông hành biên giới, đăng ký kết hôn có yếu tố nước ngoài và khai báo tạm trú cho người Campuchia sang làm thuê. Đến nay đã giải quyết 19/23 ý kiến, đạt 82,6%; 4 ý kiến còn lại thuộc thẩm quyền cấp trên.
Tại buổi đối thoại, bà Néang Sa Phi, ấp Vĩnh Thạnh, phản ánh việc 7 trẻ em có cha mẹ là người Campuchia chưa được làm giấy khai sinh. Ông Sáu Mách, Phó Trưởng ban Đại diện Cộng đồng Hồi giáo (Islam) tỉnh, đề nghị xã tạo điều kiện cho bà con người Chăm hai bên qua lại dự lễ Ramadan. Ông Trần Văn Lực, Trưởng ấp Vĩnh Lợi, đề nghị hỗ trợ xây dựng bến đò ngang để tiểu thương hai bên buôn bán thuận tiện.
Nhiều ý kiến khác đề cập việc giá nông sản bấp bênh, thương lái bên kia biên giới ép giá; tình trạng một số thanh niên sang nước bạn làm việc trong các cơ sở cờ bạc trá hình; việc đường đal ven sông xuống cấp sau mùa nước nổi. Người dân mong muốn chính quyền thường xuyên thông tin về chính sách xuất nhập cảnh để bà con yên tâm thăm thân, làm ăn.
Trả lời các ý kiến, ông Lâm Văn Nghĩa cho biết xã sẽ phối hợp với Đồn Biên phòng Vĩnh Xương, Công an thị xã giải quyết thủ tục hộ tịch cho trẻ trước ngày 31/12/2017; đồng thời căn cứ Thông tư số 02/2015/TT-BTP của Bộ Tư pháp và Quyết định số 1139/QĐ-UBND ngày 12/5/2017 của UBND tỉnh để hướng dẫn người dân. Đồng chí Huỳnh Thị Mỹ Lệ, Chủ tịch Ủy ban MTTQ Việt Nam xã, thông tin thêm: năm 2017, Mặt trận xã đã phối hợp với chính quyền xã Pô Pốc tổ chức 2 đợt khám bệnh, cấp thuốc cho khoảng 600 lượt người và trao 120 phần quà cho hộ nghèo hai bên, trị giá 60 triệu đồng, theo Kế hoạch số 14/KH-MTTQ của Ban Thường trực Ủy ban MTTQ xã.
Kết thúc hội nghị, ông Lâm Văn Nghĩa yêu cầu các ấp tiếp tục thực hiện phong trào "Toàn dân tham gia tự quản đường biên, mốc quốc giới", giữ vững 3 cặp ấp kết nghĩa với nước bạn, vận động bà con không tiếp tay cho buôn lậu, vượt biên trái phép.
Văn Đức - Đài TT xã
Lượt xem: 312
Tin khác
- Vĩnh Xương ra quân tổng vệ sinh môi trường (30/10/2017)
- Tập huấn nghiệp vụ hòa giải ở cơ sở năm 2017 (20/10/2017)
- Trao 30 căn nhà Đại đoàn kết cho hộ nghèo (05/10/2017)
""", "2017-11-08", "Chủ tịch UBND xã Vĩnh Xương đối thoại với nhân dân vùng biên",
E("doi_thoai", "2017", "2017-11-06"),
[P("Lâm Văn Nghĩa", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Néang Sa Phi"),
 P("Sáu Mách", "Phó Trưởng ban Đại diện Cộng đồng Hồi giáo (Islam) tỉnh"),
 P("Trần Văn Lực", "Trưởng ấp Vĩnh Lợi"),
 P("Huỳnh Thị Mỹ Lệ", "Chủ tịch Ủy ban MTTQ Việt Nam xã")],
[Q("136 cử tri", 136, "cử tri"), Q("6 ấp", 6, "ấp"), Q("40 hộ", 40, "hộ"), Q("23 ý kiến, kiến nghị", 23, "ý kiến, kiến nghị"),
 Q("19/23 ý kiến", 19, "ý kiến"), Q("82,6%", 82.6, "%"), Q("4 ý kiến", 4, "ý kiến"), Q("7 trẻ em", 7, "trẻ em"),
 Q("2 đợt khám bệnh", 2, "đợt khám bệnh"), Q("khoảng 600 lượt người", 600, "lượt người", "approx"),
 Q("120 phần quà", 120, "phần quà"), Q("60 triệu đồng", 60000000, "đồng"), Q("3 cặp ấp", 3, "cặp ấp")],
[D("Thông tư", "02", "2015/TT-BTP", None, "Bộ Tư pháp", "Thông tư số 02/2015/TT-BTP của Bộ Tư pháp"),
 D("Quyết định", "1139", "QĐ-UBND", "2017-05-12", "UBND tỉnh", "Quyết định số 1139/QĐ-UBND ngày 12/5/2017 của UBND tỉnh"),
 D("Kế hoạch", "14", "KH-MTTQ", None, "Ban Thường trực Ủy ban MTTQ xã", "Kế hoạch số 14/KH-MTTQ")],
[prov("An Giang"), com("Vĩnh Xương")],
["Cổng thông tin điện tử thị xã Tân Châu - tỉnh An Giang", "Trang chủ | Tin tức | Xã - Phường", "Quang cảnh buổi đối thoại tại hội trường xã.",
 "Toàn dân tham gia tự quản đường biên, mốc quốc giới", "Pô Pốc", "Kandal", "Leuk Dek", "Lượt xem: 312", "Ramadan"],
["Ngày 08/11/2017 | 15:20", "năm 2017", "31/12/2017", "Lượt xem: 312"]))

PAGES.append(page("b5148-caobang-bdn-taphuan-2018", """
BÁO CAO BẰNG ĐIỆN TỬ
Thời sự › Chính trị › Đối ngoại - Biên giới
21.06.2018 | 10:05
Ảnh: Các học viên tham dự lớp tập huấn.
Nâng cao kỹ năng đối ngoại nhân dân cho cán bộ cơ sở vùng biên
Trong 2 ngày 19 - 20/6/2018, Ban Đối ngoại Tỉnh ủy Cao Bằng phối hợp với Bộ Chỉ huy Bộ đội Biên phòng tỉnh tổ chức lớp tập huấn nghiệp vụ công tác đối ngoại nhân dân năm 2018 cho 125 học viên là bí thư, chủ tịch UBND, trưởng công an và trưởng thôn của 38 xã biên giới thuộc 7 huyện giáp Quảng Tây (Trung Quốc).
Đồng chí Nông Văn Thái, Tỉnh ủy viên, Trưởng Ban Đối ngoại Tỉnh ủy phát biểu khai mạc lớp tập huấn.
Các học viên được nghe đồng chí Nông Văn Thái, Tỉnh ủy viên, Trưởng Ban Đối ngoại Tỉnh ủy quán triệt Chỉ thị số 04-CT/TW ngày 06/7/2011 của Ban Bí thư và Quyết định số 272-QĐ/TW ngày 21/01/2015 của Bộ Chính trị; nghe Thượng tá Đàm Văn Lợi, Phó Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh giới thiệu 3 văn kiện pháp lý về biên giới đất liền Việt Nam - Trung Quốc và Nghị định 34/2014/NĐ-CP. Bà Hoàng Thị Lan, Phó Giám đốc Sở Ngoại vụ hướng dẫn quy trình đón, tiếp khách nước ngoài ở cấp xã theo Quyết định số 19/2016/QĐ-UBND của UBND tỉnh.
Theo báo cáo của Ban Đối ngoại Tỉnh ủy, từ năm 2013 đến nay toàn tỉnh có 42 cặp thôn, bản hai bên biên giới kết nghĩa; 2.860 hộ dân ký cam kết tự quản 333 km đường biên và 1.050 cột mốc. Trong 5 tháng đầu năm 2018, các xã biên giới đã tổ chức 64 cuộc hội đàm, gặp gỡ với chính quyền cơ sở phía Trung Quốc, giải quyết được 21 vụ việc phát sinh về chăn thả gia súc, canh tác sát biên giới.
Tại lớp học, nhiều học viên nêu vướng mắc trong xử lý các trường hợp kết hôn không giá thú với người nước ngoài. Ông Lý Văn Tờ, Bí thư Đảng ủy xã Đàm Thủy, cho biết xã có khoảng 70 trường hợp phụ nữ nước bạn sang làm dâu nhưng chưa có giấy tờ. Bà Đinh Thị Phấn, Chủ tịch UBND xã Ngọc Côn, chia sẻ mô hình "Chợ phiên hữu nghị" đã thu hút hơn 1.000 lượt người dân hai bên mỗi phiên, góp phần tăng thu nhập và gắn kết tình láng giềng.
Các học viên cũng được trao đổi kinh nghiệm tiếp xúc, ứng xử với cán bộ, nhân dân nước láng giềng theo nguyên tắc "thêm bạn, bớt thù"; cách lập biên bản, báo cáo nhanh khi xảy ra sự việc phức tạp ở khu vực biên giới; kỹ năng nhận diện thông tin sai lệch trên mạng xã hội nhằm chia rẽ tình hữu nghị giữa nhân dân hai nước.
Bế mạc lớp tập huấn, đồng chí Lục Văn Quý, Phó Trưởng Ban Đối ngoại Tỉnh ủy, đề nghị học viên về triển khai Kế hoạch số 68-KH/BĐN ngày 05/6/2018 của Ban Đối ngoại Tỉnh ủy, thường xuyên báo cáo tình hình với cấp ủy và cơ quan biên phòng; 100% học viên đã làm bài thu hoạch đạt yêu cầu.
Lê Thu
Tin liên quan
- Trùng Khánh: giao lưu văn nghệ hữu nghị biên giới (10/06/2018)
- Cao Bằng - Quảng Tây hội đàm định kỳ năm 2018 (28/05/2018)
- Tặng 300 suất quà cho học sinh vùng biên (15/05/2018)
""", "2018-06-21", "Nâng cao kỹ năng đối ngoại nhân dân cho cán bộ cơ sở vùng biên",
E("tap_huan", "2018", "2018-06-19"),
[P("Nông Văn Thái", "Tỉnh ủy viên", "Trưởng Ban Đối ngoại Tỉnh ủy"),
 P("Đàm Văn Lợi", "Thượng tá", "Phó Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh"),
 P("Hoàng Thị Lan", "Phó Giám đốc Sở Ngoại vụ"),
 P("Lý Văn Tờ", "Bí thư Đảng ủy xã Đàm Thủy"),
 P("Đinh Thị Phấn", "Chủ tịch UBND xã Ngọc Côn"),
 P("Lục Văn Quý", "Phó Trưởng Ban Đối ngoại Tỉnh ủy")],
[Q("125 học viên", 125, "học viên"), Q("38 xã biên giới", 38, "xã biên giới"), Q("7 huyện", 7, "huyện"),
 Q("3 văn kiện pháp lý", 3, "văn kiện pháp lý"), Q("42 cặp thôn, bản", 42, "cặp thôn, bản"), Q("2.860 hộ dân", 2860, "hộ dân"),
 Q("333 km", 333, "km"), Q("1.050 cột mốc", 1050, "cột mốc"), Q("64 cuộc hội đàm, gặp gỡ", 64, "cuộc hội đàm, gặp gỡ"),
 Q("21 vụ việc phát sinh về chăn thả gia súc, canh tác sát biên giới", 21, "vụ việc phát sinh về chăn thả gia súc, canh tác sát biên giới"),
 Q("khoảng 70 trường hợp", 70, "trường hợp", "approx"), Q("hơn 1.000 lượt người dân", 1000, "lượt người dân", "over"), Q("100%", 100, "%")],
[D("Chỉ thị", "04", "CT/TW", "2011-07-06", "Ban Bí thư", "Chỉ thị số 04-CT/TW ngày 06/7/2011 của Ban Bí thư"),
 D("Quyết định", "272", "QĐ/TW", "2015-01-21", "Bộ Chính trị", "Quyết định số 272-QĐ/TW ngày 21/01/2015 của Bộ Chính trị"),
 D("Nghị định", "34", "2014/NĐ-CP", None, None, "Nghị định 34/2014/NĐ-CP"),
 D("Quyết định", "19", "2016/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 19/2016/QĐ-UBND của UBND tỉnh"),
 D("Kế hoạch", "68", "KH/BĐN", "2018-06-05", "Ban Đối ngoại Tỉnh ủy", "Kế hoạch số 68-KH/BĐN ngày 05/6/2018 của Ban Đối ngoại Tỉnh ủy")],
[prov("Cao Bằng"), com("Đàm Thủy"), com("Ngọc Côn")],
["BÁO CAO BẰNG ĐIỆN TỬ", "Thời sự › Chính trị › Đối ngoại - Biên giới", "Ảnh: Các học viên tham dự lớp tập huấn.",
 "Đồng chí Nông Văn Thái, Tỉnh ủy viên, Trưởng Ban Đối ngoại Tỉnh ủy phát biểu khai mạc lớp tập huấn.", "Chợ phiên hữu nghị", "Quảng Tây", "thêm bạn, bớt thù"],
["21.06.2018 | 10:05", "2 ngày", "năm 2018", "năm 2013", "5 tháng đầu năm 2018"]))

PAGES.append(page("b5149-gialai-mttq-giamsat-2019", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH GIA LAI
Vị trí: Trang chủ - Hoạt động giám sát, phản biện
Cập nhật lúc 16:30 ngày 14/08/2019
Giám sát việc thực hiện chính sách tại các xã biên giới huyện Chư Prông
Từ ngày 12 đến 13/8/2019, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Gia Lai do bà Siu H'Lai, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách hỗ trợ người dân khu vực biên giới và công tác giao lưu hữu nghị với tỉnh Ratanakiri (Campuchia) tại các xã Ia Púch, Ia Mơr, Ia Pia.
Đoàn giám sát làm việc tại xã Ia Púch. Ảnh: Hà Mi
Cuộc giám sát năm 2019 được tiến hành theo Kế hoạch số 35/KH-MTTQ-BTT ngày 02/7/2019 của Ban Thường trực Ủy ban MTTQ tỉnh, căn cứ Quyết định số 217-QĐ/TW của Bộ Chính trị về giám sát và phản biện xã hội của Mặt trận. Theo báo cáo của các xã, từ năm 2017 đến nay, 3 xã đã tiếp nhận 2,85 tỷ đồng hỗ trợ theo Quyết định số 160/2007/QĐ-TTg của Thủ tướng Chính phủ, xây dựng 11 công trình giao thông, thủy lợi; cấp 1.460 thẻ bảo hiểm y tế cho người dân; 217 hộ đồng bào Jrai được hỗ trợ con giống. Tỷ lệ hộ nghèo giảm còn 18,4%.
Ông Rơ Mah Bloa, Chủ tịch UBND xã Ia Púch cho biết, xã đã duy trì kết nghĩa với xã Pa Tê và xã O Chum của Campuchia; mỗi năm tổ chức 2 đợt giao lưu bóng đá, cồng chiêng, trao tặng 80 suất quà cho hộ nghèo bên kia biên giới. Già làng Ksor H'Blúp, người có uy tín làng Dơ Nâu, phản ánh việc hỗ trợ chậm, có hộ nhận bò giống nhưng chết do không hợp thổ nhưỡng.
Qua giám sát, đoàn ghi nhận việc thực hiện chính sách cơ bản đúng đối tượng; tuy nhiên có 2 công trình chậm tiến độ, 14 hộ nhận hỗ trợ chưa đúng quy trình bình xét. Ông Kpă Nhơn, Phó Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh, đề nghị UBND huyện rà soát, báo cáo kết quả trước ngày 30/9/2019.
Kết luận buổi giám sát, bà Siu H'Lai đánh giá cao vai trò của Ban công tác Mặt trận các làng trong vận động nhân dân không vượt biên trái phép, không nghe theo đối tượng FULRO lưu vong. Bà đề nghị các xã nhân rộng mô hình "Làng biên giới bình yên"; Ủy ban MTTQ huyện gắn việc giám sát với thực hiện Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-ĐCTUBTWMTTQVN.
Đoàn giám sát gồm đại diện Ban Dân tộc tỉnh, Hội Nông dân tỉnh và Sở Lao động - Thương binh và Xã hội. Trước đó, đoàn đã làm việc với UBND huyện Chư Prông, nghe ông Rah Lan Đoan, Phó Chủ tịch UBND huyện báo cáo tình hình chung của 4 xã biên giới.
Hà Mi
Các tin đã đưa
- Hội nghị giao ban công tác Mặt trận quý II năm 2019 (25/07/2019)
- Đức Cơ: giao lưu hữu nghị với huyện O Yadav (10/07/2019)
- MTTQ tỉnh trao 200 suất quà cho hộ nghèo vùng biên (28/06/2019)
""", "2019-08-14", "Giám sát việc thực hiện chính sách tại các xã biên giới huyện Chư Prông",
E("giam_sat", "2019", "2019-08-12"),
[P("Siu H'Lai", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Rơ Mah Bloa", "Chủ tịch UBND xã Ia Púch"),
 P("Ksor H'Blúp", "Già làng", "người có uy tín làng Dơ Nâu"),
 P("Kpă Nhơn", "Phó Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh"),
 P("Rah Lan Đoan", "Phó Chủ tịch UBND huyện")],
[Q("3 xã", 3, "xã"), Q("2,85 tỷ đồng", 2850000000, "đồng"), Q("11 công trình giao thông, thủy lợi", 11, "công trình giao thông, thủy lợi"),
 Q("1.460 thẻ bảo hiểm y tế", 1460, "thẻ bảo hiểm y tế"), Q("217 hộ đồng bào Jrai", 217, "hộ đồng bào Jrai"), Q("18,4%", 18.4, "%"),
 Q("2 đợt giao lưu bóng đá, cồng chiêng", 2, "đợt giao lưu bóng đá, cồng chiêng"), Q("80 suất quà", 80, "suất quà"),
 Q("2 công trình", 2, "công trình"), Q("14 hộ", 14, "hộ"), Q("4 xã biên giới", 4, "xã biên giới")],
[D("Kế hoạch", "35", "KH-MTTQ-BTT", "2019-07-02", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 35/KH-MTTQ-BTT ngày 02/7/2019"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW của Bộ Chính trị"),
 D("Quyết định", "160", "2007/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 160/2007/QĐ-TTg của Thủ tướng Chính phủ"),
 D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-ĐCTUBTWMTTQVN", None, None, "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-ĐCTUBTWMTTQVN")],
[prov("Gia Lai"), com("Ia Púch"), com("Ia Mơr"), com("Ia Pia")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH GIA LAI", "Vị trí: Trang chủ - Hoạt động giám sát, phản biện", "Đoàn giám sát làm việc tại xã Ia Púch. Ảnh: Hà Mi",
 "Làng biên giới bình yên", "Ratanakiri", "Pa Tê", "O Chum", "FULRO"],
["Cập nhật lúc 16:30 ngày 14/08/2019", "năm 2019", "năm 2017", "30/9/2019"]))

PAGES.append(page("b5150-nghean-bdn-baocao-2020", """
Báo Nghệ An
Chính trị > Đối ngoại
Thứ Tư, 16/12/2020
Nghệ An báo cáo kết quả công tác đối ngoại nhân dân năm 2020 với Đoàn công tác Trung ương
Chiều 15/12, Đoàn công tác của Ban Đối ngoại Trung ương do đồng chí Phạm Quang Thiều, Phó Trưởng Ban Đối ngoại Trung ương làm trưởng đoàn đã làm việc với Ban Thường vụ Tỉnh ủy Nghệ An, nghe báo cáo kết quả công tác đối ngoại nhân dân năm 2020 và 10 năm thực hiện Chỉ thị 04-CT/TW.
Toàn cảnh buổi làm việc. Ảnh: Thành Duy
Trình bày báo cáo, đồng chí Lô Thị Kim Ngân, Tỉnh ủy viên, Trưởng Ban Đối ngoại Tỉnh ủy cho biết: năm 2020, dù chịu ảnh hưởng của dịch Covid-19, tỉnh vẫn duy trì quan hệ hữu nghị với 3 tỉnh Xiêng Khoảng, Hủa Phăn, Bôlykhămxay (Lào). Ban Thường vụ Tỉnh ủy đã ban hành Kết luận 01, 02-KL/TU về tăng cường quan hệ hợp tác toàn diện với các tỉnh nước bạn và về công tác người Việt Nam ở Lào; UBND tỉnh ban hành Kế hoạch số 512/KH-UBND ngày 20/8/2020 hỗ trợ nước bạn phòng, chống dịch.
Trong năm, các tổ chức hữu nghị, đoàn thể đã vận động hỗ trợ nhân dân Lào 25 tấn gạo, 40.000 khẩu trang y tế và vật tư y tế với tổng trị giá khoảng 1,6 tỷ đồng; đón 1.150 lưu học sinh của Lào theo học tại các trường trên địa bàn, trong đó 186 lưu học sinh mới. 27 xã biên giới thuộc 6 huyện duy trì kết nghĩa với 31 bản của Lào; đã phối hợp giải quyết 12 vụ việc người dân hai bên qua lại trái phép.
Báo cáo cũng nêu những khó khăn: tình trạng di cư tự do sang Lào vẫn xảy ra với 45 hộ di cư tự do; một số đối tượng lợi dụng quan hệ thân tộc của đồng bào Mông để truyền đạo trái phép. Đồng chí Xồng Bá Dủa, HUV, Chủ tịch Ủy ban MTTQ Việt Nam huyện Kỳ Sơn đề xuất Trung ương có cơ chế đặc thù cho các xã biên giới, trong đó có xã Nậm Cắn, xã Mường Típ.
Tại buổi làm việc, các đồng chí Phó Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh: Vi Văn Khuê, Moong Thị Thoa đề nghị bổ sung biên chế cho Liên hiệp, vì hiện chỉ có 4 cán bộ chuyên trách phụ trách hơn 7.000 hội viên của 9 hội hữu nghị song phương.
Phát biểu kết luận, đồng chí Phạm Quang Thiều đánh giá cao cách làm của Nghệ An, đề nghị tỉnh tiếp tục thực hiện Nghị quyết số 22-NQ/TW ngày 10/4/2013 của Bộ Chính trị về hội nhập quốc tế và Quyết định 272-QĐ/TW; chủ động tham mưu sơ kết 10 năm thực hiện Chỉ thị 04-CT/TW trước quý I/2021. Đồng chí Hoàng Văn Thông, Phó Bí thư Tỉnh ủy, tiếp thu ý kiến của đoàn và khẳng định tỉnh sẽ giữ gìn, vun đắp mối quan hệ đặc biệt Việt Nam - Lào.
Công Kiên
Bài viết liên quan
- Nghệ An trao tặng vật tư y tế cho tỉnh Hủa Phăn (12/10/2020)
- Kỳ Sơn: giao lưu văn hóa biên giới (05/09/2020)
- Hội hữu nghị Việt Nam - Lào tỉnh kỷ niệm Quốc khánh Lào (02/12/2020)
""", "2020-12-16", "Nghệ An báo cáo kết quả công tác đối ngoại nhân dân năm 2020 với Đoàn công tác Trung ương",
E("bao_cao", "2020", "2020-12-15"),
[P("Phạm Quang Thiều", "Phó Trưởng Ban Đối ngoại Trung ương"),
 P("Lô Thị Kim Ngân", "Tỉnh ủy viên", "Trưởng Ban Đối ngoại Tỉnh ủy"),
 P("Xồng Bá Dủa", "HUV", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Kỳ Sơn"),
 P("Vi Văn Khuê", "Phó Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh"),
 P("Moong Thị Thoa", "Phó Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh"),
 P("Hoàng Văn Thông", "Phó Bí thư Tỉnh ủy")],
[Q("3 tỉnh", 3, "tỉnh"), Q("25 tấn", 25, "tấn"), Q("40.000 khẩu trang y tế", 40000, "khẩu trang y tế"),
 Q("khoảng 1,6 tỷ đồng", 1600000000, "đồng", "approx"), Q("1.150 lưu học sinh", 1150, "lưu học sinh"),
 Q("186 lưu học sinh mới", 186, "lưu học sinh mới"), Q("27 xã biên giới", 27, "xã biên giới"), Q("6 huyện", 6, "huyện"),
 Q("31 bản", 31, "bản"), Q("12 vụ việc người dân hai bên qua lại trái phép", 12, "vụ việc người dân hai bên qua lại trái phép"),
 Q("45 hộ di cư tự do", 45, "hộ di cư tự do"), Q("4 cán bộ chuyên trách", 4, "cán bộ chuyên trách"),
 Q("hơn 7.000 hội viên", 7000, "hội viên", "over"), Q("9 hội hữu nghị song phương", 9, "hội hữu nghị song phương")],
[D("Chỉ thị", "04", "CT/TW", None, None, "Chỉ thị 04-CT/TW"),
 D("Kết luận", "01", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 01, 02-KL/TU"),
 D("Kết luận", "02", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 01, 02-KL/TU"),
 D("Kế hoạch", "512", "KH-UBND", "2020-08-20", "UBND tỉnh", "Kế hoạch số 512/KH-UBND ngày 20/8/2020"),
 D("Nghị quyết", "22", "NQ/TW", "2013-04-10", "Bộ Chính trị", "Nghị quyết số 22-NQ/TW ngày 10/4/2013 của Bộ Chính trị"),
 D("Quyết định", "272", "QĐ/TW", None, None, "Quyết định 272-QĐ/TW")],
[prov("Nghệ An"), com("Nậm Cắn"), com("Mường Típ")],
["Báo Nghệ An", "Chính trị > Đối ngoại", "Toàn cảnh buổi làm việc. Ảnh: Thành Duy", "Xiêng Khoảng", "Hủa Phăn", "Bôlykhămxay", "Covid-19"],
["Thứ Tư, 16/12/2020", "năm 2020", "10 năm", "quý I/2021", "Covid-19"]))

PAGES.append(page("b5151-kiengiang-chandung-2021", """
BÁO KIÊN GIANG ONLINE
Xã hội | Gương sáng | Biên giới
03/06/2021 - 08:10
Ông Danh Sơn (bìa trái) trò chuyện với bà con ấp Trần Thệ. Ảnh: Ngọc Hân
Người "giữ nhịp cầu" hữu nghị ở vùng biên Giang Thành
Hơn 20 năm nay, ông Danh Sơn, người có uy tín ấp Trần Thệ, xã Vĩnh Phú, huyện Giang Thành, tỉnh Kiên Giang, được bà con hai bên biên giới Việt Nam - Campuchia quý mến gọi là "người giữ nhịp cầu".
Sinh năm 1958, từng là bộ đội tình nguyện Việt Nam giúp bạn, ông Danh Sơn thông thạo tiếng Khmer và hiểu phong tục của bà con xã Kompong Trach, tỉnh Kampot (Campuchia). Từ năm 2001 đến nay, ông đã cùng Ban công tác Mặt trận ấp hòa giải thành 47 vụ tranh chấp giữa cư dân hai bên, chủ yếu về ranh đất ruộng, trâu bò thả rông; vận động 15 thanh niên bỏ ý định vượt biên sang Campuchia làm việc trong các sòng bạc.
Ông Danh Thạch, Bí thư Chi bộ, Trưởng ấp Trần Thệ cho biết: "Mỗi khi bên kia có người bệnh nặng, ông Sơn lại đứng ra liên hệ đồn biên phòng, trạm y tế để đưa sang chữa trị. Bà con bên đó ai cũng biết ông". Nhờ sự vận động của ông, 3 cặp phum, ấp hai bên đã ký kết kết nghĩa; 68 hộ ở ấp Trần Thệ nhận đỡ đầu 68 học sinh nghèo bên kia biên giới theo mô hình "Nâng bước em tới trường".
Mỗi dịp lễ Chôl Chnăm Thmây, Sene Dolta, ông vận động các chùa, mạnh thường quân chuẩn bị khoảng 200 phần quà mang sang phum Ta Ên tặng bà con nghèo, mỗi phần trị giá 250.000 đồng. Năm 2020, khi dịch Covid-19 bùng phát, ông cùng tổ tự quản đường biên gồm 9 thành viên tuần tra suốt 4,2 km biên giới, kịp thời báo tin 6 trường hợp nhập cảnh trái phép cho lực lượng chức năng.
Bà Thị Sa Vênh, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Vĩnh Phú, cho biết ông Danh Sơn đã 3 lần được UBND tỉnh tặng bằng khen, năm 2019 được Chủ tịch Ủy ban Trung ương MTTQ Việt Nam tặng bằng khen vì có thành tích xuất sắc trong thực hiện Quyết định số 12/2018/QĐ-TTg của Thủ tướng Chính phủ về tiêu chí lựa chọn, công nhận người có uy tín.
Đại tá Lê Văn Kiên, Phó Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh nhận xét: những người như ông Danh Sơn là "cột mốc sống" nơi biên giới, góp phần hiện thực hóa Chỉ thị số 01/CT-TTg ngày 09/01/2015 của Thủ tướng Chính phủ về tổ chức phong trào toàn dân tham gia bảo vệ chủ quyền lãnh thổ, an ninh biên giới quốc gia trong tình hình mới.
Giờ đây, ở tuổi 63, ông Danh Sơn vẫn đều đặn đạp xe đến từng nhà, nhắc bà con giữ tình láng giềng, không để kẻ xấu lợi dụng.
Ngọc Hân
Tin khác
- Giang Thành: trao 50 căn nhà cho hộ nghèo biên giới (28/05/2021)
- Kiên Giang tăng cường kiểm soát biên giới phòng dịch (20/05/2021)
- Hà Tiên: giao lưu văn nghệ hữu nghị với Kampot (10/05/2021)
""", "2021-06-03", 'Người "giữ nhịp cầu" hữu nghị ở vùng biên Giang Thành',
E("khac", None, None),
[P("Danh Sơn", "người có uy tín ấp Trần Thệ"),
 P("Danh Thạch", "Bí thư Chi bộ", "Trưởng ấp Trần Thệ"),
 P("Thị Sa Vênh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Vĩnh Phú"),
 P("Lê Văn Kiên", "Đại tá", "Phó Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh")],
[Q("47 vụ tranh chấp", 47, "vụ tranh chấp"), Q("15 thanh niên", 15, "thanh niên"), Q("3 cặp phum, ấp", 3, "cặp phum, ấp"),
 Q("68 hộ", 68, "hộ"), Q("68 học sinh nghèo", 68, "học sinh nghèo"), Q("khoảng 200 phần quà", 200, "phần quà", "approx"),
 Q("250.000 đồng", 250000, "đồng"), Q("9 thành viên", 9, "thành viên"), Q("4,2 km", 4.2, "km"), Q("6 trường hợp", 6, "trường hợp")],
[D("Quyết định", "12", "2018/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg của Thủ tướng Chính phủ"),
 D("Chỉ thị", "01", "CT-TTg", "2015-01-09", "Thủ tướng Chính phủ", "Chỉ thị số 01/CT-TTg ngày 09/01/2015 của Thủ tướng Chính phủ")],
[prov("Kiên Giang"), com("Vĩnh Phú")],
["BÁO KIÊN GIANG ONLINE", "Xã hội | Gương sáng | Biên giới", "Ông Danh Sơn (bìa trái) trò chuyện với bà con ấp Trần Thệ. Ảnh: Ngọc Hân",
 "người giữ nhịp cầu", "Nâng bước em tới trường", "cột mốc sống", "Kompong Trach", "Kampot", "Chôl Chnăm Thmây", "Sene Dolta", "Ta Ên"],
["03/06/2021 - 08:10", "Hơn 20 năm nay", "Sinh năm 1958", "năm 2001", "Năm 2020", "3 lần", "năm 2019", "tuổi 63", "Covid-19"]))

PAGES.append(page("b5152-laocai-bdn-soket-2022", """
Báo Lào Cai điện tử
Trang chủ » Chính trị » Đối ngoại
Cập nhật: 14:22, 08/07/2022 (GMT+7)
Ảnh: Toàn cảnh hội nghị.
Lào Cai: triển khai nhiệm vụ đối ngoại nhân dân 6 tháng cuối năm
(BLC) - Sáng 7/7, Ban Đối ngoại Tỉnh ủy Lào Cai tổ chức hội nghị sơ kết công tác đối ngoại 6 tháng đầu năm 2022, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Giàng Thị Chơ, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Đối ngoại Tỉnh ủy chủ trì hội nghị.
6 tháng đầu năm, Ban Đối ngoại Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chương trình hành động số 95-CTr/TU ngày 15/3/2022 thực hiện Chỉ thị số 12-CT/TW ngày 05/01/2022 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng, nâng cao hiệu quả hoạt động đối ngoại nhân dân trong tình hình mới; ban hành Hướng dẫn 03, 04-HD/BĐNTU về quản lý đoàn ra, đoàn vào và về giao lưu hữu nghị ở các xã biên giới.
Dù cửa khẩu chưa mở lại hoàn toàn do dịch Covid-19, tỉnh vẫn tổ chức 8 cuộc hội đàm trực tuyến với chính quyền các châu, huyện của tỉnh Vân Nam (Trung Quốc); 26 xã, phường biên giới duy trì 34 cặp thôn, bản kết nghĩa. Các tổ chức hữu nghị vận động được gần 1,2 tỷ đồng hỗ trợ nhân dân hai bên biên giới; trao 520 suất quà cho hộ nghèo và 36 suất học bổng, mỗi suất 2 triệu đồng. Tỷ lệ hộ dân các xã biên giới ký cam kết tự quản đường biên đạt 98,5%.
Đồng chí Giàng Thị Chơ phát biểu kết luận hội nghị.
Tại hội nghị, ông Lù Văn Páo, Bí thư Đảng ủy xã Bản Vược, cho biết xã đã vận động 112 hộ dân ven sông Hồng hiến hơn 3.000 m2 đất làm đường tuần tra biên giới. Bà Chu Thị Mả, Chủ tịch UBND xã Y Tý, người Hà Nhì, chia sẻ việc phối hợp với hương Lão Mãnh (Vân Nam) tổ chức chợ biên giới mỗi tuần 1 phiên, thu hút khoảng 500 lượt người. Ông Tẩn Láo Lở, người có uy tín thôn Séo Phìn Chư, đề nghị tỉnh quan tâm hơn đến chế độ cho người có uy tín ở vùng giáp biên.
Đồng chí Nguyễn Thị Hà Phương, Bí thư Đảng ủy phường Kim Tân, thông tin: phường có 4 tổ dân phố giáp biên, đã xây dựng mô hình "Khu phố hữu nghị" với 220 hộ tham gia; giải quyết ổn thỏa 7 vụ việc liên quan đến người nước ngoài cư trú trái phép.
Kết luận hội nghị, đồng chí Giàng Thị Chơ yêu cầu 6 tháng cuối năm 2022 các cấp chuẩn bị chu đáo cho việc mở lại các cửa khẩu, tăng cường giao lưu nhân dân; làm tốt công tác người Việt Nam ở nước ngoài; theo dõi sát hoạt động của các tổ chức phi chính phủ nước ngoài theo Nghị định số 80/2020/NĐ-CP của Chính phủ.
Hồng Duyên
Tin cùng chuyên mục
- Bát Xát: giao lưu hữu nghị với huyện Kim Bình (Trung Quốc) (30/06/2022)
- Lào Cai hội đàm trực tuyến với Sở Ngoại vụ Vân Nam (22/06/2022)
- Trao 300 suất quà cho học sinh vùng biên (10/06/2022)
""", "2022-07-08", "Lào Cai: triển khai nhiệm vụ đối ngoại nhân dân 6 tháng cuối năm",
E("so_ket", "2022-H1", "2022-07-07"),
[P("Giàng Thị Chơ", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Đối ngoại Tỉnh ủy"),
 P("Lù Văn Páo", "Bí thư Đảng ủy xã Bản Vược"),
 P("Chu Thị Mả", "Chủ tịch UBND xã Y Tý"),
 P("Tẩn Láo Lở", "người có uy tín thôn Séo Phìn Chư"),
 P("Nguyễn Thị Hà Phương", "Bí thư Đảng ủy phường Kim Tân")],
[Q("8 cuộc hội đàm trực tuyến", 8, "cuộc hội đàm trực tuyến"), Q("26 xã, phường biên giới", 26, "xã, phường biên giới"),
 Q("34 cặp thôn, bản", 34, "cặp thôn, bản"), Q("gần 1,2 tỷ đồng", 1200000000, "đồng", "approx"), Q("520 suất quà", 520, "suất quà"),
 Q("36 suất học bổng", 36, "suất học bổng"), Q("2 triệu đồng", 2000000, "đồng"), Q("98,5%", 98.5, "%"),
 Q("112 hộ dân", 112, "hộ dân"), Q("hơn 3.000 m2", 3000, "m2", "over"), Q("khoảng 500 lượt người", 500, "lượt người", "approx"),
 Q("4 tổ dân phố", 4, "tổ dân phố"), Q("220 hộ", 220, "hộ"),
 Q("7 vụ việc liên quan đến người nước ngoài cư trú trái phép", 7, "vụ việc liên quan đến người nước ngoài cư trú trái phép")],
[D("Chương trình hành động", "95", "CTr/TU", "2022-03-15", "Ban Thường vụ Tỉnh ủy", "Chương trình hành động số 95-CTr/TU ngày 15/3/2022"),
 D("Chỉ thị", "12", "CT/TW", "2022-01-05", "Ban Bí thư", "Chỉ thị số 12-CT/TW ngày 05/01/2022 của Ban Bí thư"),
 D("Hướng dẫn", "03", "HD/BĐNTU", None, "Ban Đối ngoại Tỉnh ủy", "Hướng dẫn 03, 04-HD/BĐNTU"),
 D("Hướng dẫn", "04", "HD/BĐNTU", None, "Ban Đối ngoại Tỉnh ủy", "Hướng dẫn 03, 04-HD/BĐNTU"),
 D("Nghị định", "80", "2020/NĐ-CP", None, "Chính phủ", "Nghị định số 80/2020/NĐ-CP của Chính phủ")],
[prov("Lào Cai"), com("Bản Vược"), com("Y Tý"), com("Kim Tân")],
["Báo Lào Cai điện tử", "Trang chủ » Chính trị » Đối ngoại", "Ảnh: Toàn cảnh hội nghị.", "(BLC)",
 "Đồng chí Giàng Thị Chơ phát biểu kết luận hội nghị.", "Khu phố hữu nghị", "Vân Nam", "Lão Mãnh", "Covid-19"],
["Cập nhật: 14:22, 08/07/2022 (GMT+7)", "6 tháng đầu năm", "6 tháng đầu năm 2022", "6 tháng cuối năm", "6 tháng cuối năm 2022", "1 phiên", "Covid-19"]))
