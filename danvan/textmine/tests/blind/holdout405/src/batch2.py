from lib import *
PAGES = []

PAGES.append(page("b9683-laocai-hdnd-soket-2017", """
BÁO LÀO CAI - Cơ quan của Đảng bộ tỉnh Lào Cai
Chính trị › Hoạt động HĐND › Tin tức
06.07.2017 | 14:35
Giám sát phải gắn với theo dõi sau giám sát
Ngày 5/7, Thường trực HĐND tỉnh Lào Cai tổ chức hội nghị sơ kết hoạt động 6 tháng đầu năm 2017 của HĐND các cấp, triển khai nhiệm vụ 6 tháng cuối năm. Bà Hoàng Thị Thoa, Phó Chủ tịch HĐND tỉnh chủ trì hội nghị; tham dự có Thường trực HĐND 9 huyện, thành phố và đại diện các sở, ngành.
Đại biểu dự hội nghị sơ kết. Ảnh: Thu Thảo
6 tháng qua là thời gian đầu thực hiện Luật Hoạt động giám sát của Quốc hội và HĐND số 87/2015/QH13 và Nghị quyết số 1134/2016/UBTVQH13 của Ủy ban Thường vụ Quốc hội. Thường trực, các ban HĐND tỉnh đã thực hiện 2 cuộc giám sát chuyên đề theo Nghị quyết số 06/NQ-HĐND ngày 12/12/2016 của HĐND tỉnh, gồm giám sát việc bố trí dân cư vùng thiên tai và giám sát công tác quản lý các dự án thủy điện nhỏ. Qua giám sát, đoàn đã đưa ra 27 kiến nghị; đến nay UBND tỉnh đã chỉ đạo thực hiện xong 19 kiến nghị, thu hồi về ngân sách 1,35 tỷ đồng.
Trước kỳ họp giữa năm, các tổ đại biểu HĐND tỉnh tổ chức tiếp xúc cử tri tại 52 điểm với khoảng 3.800 lượt cử tri tham dự; tổng hợp 274 ý kiến, kiến nghị. Các ngành đã trả lời 218 ý kiến, số còn lại đang được xem xét. Cử tri vùng cao đặc biệt quan tâm đến giá bán cây giống, hỗ trợ làm nhà cho hộ nghèo và tình trạng sạt lở trên các tuyến tỉnh lộ.
Tại hội nghị, ông Lý Seo Dình, Trưởng Ban Dân tộc HĐND tỉnh, kiến nghị cần theo dõi đến cùng các kết luận sau giám sát, tránh tình trạng "giám sát xong để đó". Ông Thào A Tủa, Chủ tịch HĐND huyện Si Ma Cai, cho biết huyện đã thí điểm công khai kết quả giải quyết kiến nghị cử tri trên loa truyền thanh ở xã Bản Mế và xã Sán Chải. Bà Tẩn Thị Dua, Phó Chủ tịch HĐND xã Sàng Ma Sáo (huyện Bát Xát), đề nghị hỗ trợ kinh phí để đại biểu HĐND xã đi cơ sở vì nhiều thôn cách trung tâm xã trên 15 km.
Kết luận hội nghị, bà Hoàng Thị Thoa yêu cầu 6 tháng cuối năm HĐND các cấp nâng cao chất lượng thẩm tra; mỗi cuộc giám sát phải có báo cáo theo dõi việc thực hiện kiến nghị sau 3 tháng; tăng cường giám sát việc giải quyết đơn thư và tổ chức tốt đợt tiếp xúc cử tri trước kỳ họp cuối năm.
Nhiều đại biểu cho rằng chất lượng tiếp xúc cử tri ở vùng cao đã được nâng lên khi các tổ đại biểu mời cán bộ chuyên môn cùng dự để trả lời ngay tại chỗ; tuy vậy, thời gian dành cho cử tri phát biểu còn ít, một số nơi vẫn mời thành phần chủ yếu là cán bộ thôn.
Thu Thảo
Tin cùng chuyên mục
- Ban Kinh tế - Ngân sách khảo sát tình hình thu ngân sách tại Bảo Thắng (30/06/2017)
- Thường trực HĐND tỉnh tiếp công dân định kỳ tháng 6 (23/06/2017)
- Bế mạc kỳ họp thứ 4, HĐND tỉnh khóa XV (14/06/2017)
- Mường Khương: Giám sát việc thực hiện chính sách đối với người có uy tín (08/06/2017)
""", "2017-07-06", "Giám sát phải gắn với theo dõi sau giám sát",
E("so_ket", "2017-H1", "2017-07-05"),
[P("Hoàng Thị Thoa", "Phó Chủ tịch HĐND tỉnh"),
 P("Lý Seo Dình", "Trưởng Ban Dân tộc HĐND tỉnh"),
 P("Thào A Tủa", "Chủ tịch HĐND huyện Si Ma Cai"),
 P("Tẩn Thị Dua", "Phó Chủ tịch HĐND xã Sàng Ma Sáo")],
[Q("9 huyện, thành phố", 9, "huyện, thành phố"), Q("2 cuộc giám sát chuyên đề", 2, "cuộc giám sát chuyên đề"),
 Q("27 kiến nghị", 27, "kiến nghị"), Q("19 kiến nghị", 19, "kiến nghị"), Q("1,35 tỷ đồng", 1350000000, "đồng"),
 Q("52 điểm", 52, "điểm"), Q("khoảng 3.800 lượt cử tri", 3800, "lượt cử tri", "approx"),
 Q("274 ý kiến, kiến nghị", 274, "ý kiến, kiến nghị"), Q("218 ý kiến", 218, "ý kiến"), Q("trên 15 km", 15, "km", "over")],
[D("Luật", "87", "2015/QH13", None, None, "Luật Hoạt động giám sát của Quốc hội và HĐND số 87/2015/QH13"),
 D("Nghị quyết", "1134", "2016/UBTVQH13", None, "Ủy ban Thường vụ Quốc hội", "Nghị quyết số 1134/2016/UBTVQH13"),
 D("Nghị quyết", "06", "NQ-HĐND", "2016-12-12", "HĐND tỉnh", "Nghị quyết số 06/NQ-HĐND ngày 12/12/2016")],
[prov("Lào Cai"), com("Bản Mế"), com("Sán Chải"), com("Sàng Ma Sáo")],
["BÁO LÀO CAI - Cơ quan của Đảng bộ tỉnh Lào Cai", "Chính trị › Hoạt động HĐND › Tin tức", "Đại biểu dự hội nghị sơ kết. Ảnh: Thu Thảo",
 "giám sát xong để đó"],
["06.07.2017 | 14:35", "6 tháng đầu năm 2017", "6 tháng cuối năm", "6 tháng qua", "sau 3 tháng"]))

PAGES.append(page("b9684-thanhhoa-hdnd-doithoai-2018", """
BÁO THANH HÓA - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH THANH HÓA
Thời sự :: Chính trị :: Xây dựng chính quyền
Cập nhật lúc 09:10 ngày 16/11/2018
Bá Thước: Người dân Lũng Niêm được trả lời trực tiếp về tiền bảo vệ rừng
Sáng 15/11, Thường trực HĐND huyện Bá Thước (Thanh Hóa) tổ chức hội nghị đối thoại với nhân dân xã Lũng Niêm năm 2018, chuyên đề về việc thực hiện chính sách bảo vệ và phát triển rừng. Ông Hà Văn Ban, Phó Bí thư Huyện ủy, Chủ tịch HĐND huyện chủ trì; tham dự có bà Phạm Thị Loan, Phó Chủ tịch UBND huyện, lãnh đạo các phòng, ban và gần 300 người dân của 8 bản trong xã.
Người dân bản Tôm nêu ý kiến tại hội nghị đối thoại.
Đây là lần đầu tiên HĐND huyện tổ chức đối thoại theo Quy chế phối hợp số 07/QCPH-HĐND-UBMTTQ giữa Thường trực HĐND và Ban Thường trực Ủy ban MTTQ huyện. Xã Lũng Niêm có 1.250 ha rừng sản xuất và rừng phòng hộ giao khoán cho 186 hộ đồng bào Mường, Thái; thời gian qua nhiều hộ chưa hiểu rõ cách tính tiền dịch vụ môi trường rừng nên đã gửi 12 đơn kiến nghị.
Trong gần 3 giờ đối thoại, 21 ý kiến được nêu trực tiếp. Ông Lò Văn Pắng ở bản Tôm hỏi vì sao mức chi trả năm nay thấp hơn năm trước; bà Hà Thị Xuân ở bản Mốt thắc mắc việc chậm giao sổ đỏ đất rừng. Ông Trương Văn Diện, Bí thư Đảng ủy, Chủ tịch HĐND xã Lũng Niêm, đề nghị huyện có cơ chế cho hộ nhận khoán trồng cây dược liệu dưới tán rừng.
Trả lời người dân, ông Bùi Văn Thịnh, Hạt trưởng Hạt Kiểm lâm Bá Thước, giải thích mức chi trả được tính theo hệ số K và diện tích thực tế theo Nghị định số 147/2016/NĐ-CP của Chính phủ; năm 2018 bình quân khoảng 300.000 đồng/ha, cả xã được chi trả hơn 372 triệu đồng. Bà Phạm Thị Loan cho biết huyện đang hoàn thiện hồ sơ cấp giấy chứng nhận quyền sử dụng đất lâm nghiệp cho 64 hộ, sẽ trao trong quý I năm 2019; đồng thời huyện sẽ lồng ghép chính sách hỗ trợ trồng rừng sản xuất theo Quyết định số 38/2016/QĐ-TTg.
Kết luận hội nghị, ông Hà Văn Ban yêu cầu UBND huyện trả lời bằng văn bản các ý kiến chưa giải đáp hết trước ngày 15/12/2018 và công khai tại nhà văn hóa các bản; giao Ban Kinh tế - Xã hội HĐND huyện giám sát việc thực hiện các cam kết tại hội nghị. Theo kế hoạch, năm 2019 HĐND huyện sẽ tổ chức đối thoại tại xã Cổ Lũng về công tác giải phóng mặt bằng.
Nhiều người dân bày tỏ phấn khởi vì lần đầu được trực tiếp hỏi và nghe lãnh đạo huyện trả lời những vướng mắc lâu nay. Ông Trương Văn Diện cho biết, sau hội nghị, Đảng ủy xã sẽ chỉ đạo các chi bộ bản sinh hoạt chuyên đề để phổ biến lại nội dung đối thoại đến từng hộ nhận khoán.
Lê Hợi
Tin liên quan
- Quan Hóa: Đối thoại với nhân dân về tái định cư thủy điện (09/11/2018)
- HĐND tỉnh giám sát việc chi trả dịch vụ môi trường rừng (26/10/2018)
- Thường Xuân: Tiếp xúc cử tri trước kỳ họp cuối năm (19/10/2018)
""", "2018-11-16", "Bá Thước: Người dân Lũng Niêm được trả lời trực tiếp về tiền bảo vệ rừng",
E("doi_thoai", "2018", "2018-11-15"),
[P("Hà Văn Ban", "Phó Bí thư Huyện ủy", "Chủ tịch HĐND huyện"),
 P("Phạm Thị Loan", "Phó Chủ tịch UBND huyện"),
 P("Lò Văn Pắng"),
 P("Hà Thị Xuân"),
 P("Trương Văn Diện", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Lũng Niêm"),
 P("Bùi Văn Thịnh", "Hạt trưởng Hạt Kiểm lâm Bá Thước")],
[Q("gần 300 người dân", 300, "người dân", "approx"), Q("8 bản", 8, "bản"), Q("1.250 ha", 1250, "ha"), Q("186 hộ", 186, "hộ"),
 Q("12 đơn kiến nghị", 12, "đơn kiến nghị"), Q("21 ý kiến", 21, "ý kiến"), Q("khoảng 300.000 đồng", 300000, "đồng", "approx"),
 Q("hơn 372 triệu đồng", 372000000, "đồng", "over"), Q("64 hộ", 64, "hộ")],
[D("Quy chế phối hợp", "07", "QCPH-HĐND-UBMTTQ", None, None, "Quy chế phối hợp số 07/QCPH-HĐND-UBMTTQ"),
 D("Nghị định", "147", "2016/NĐ-CP", None, "Chính phủ", "Nghị định số 147/2016/NĐ-CP"),
 D("Quyết định", "38", "2016/QĐ-TTg", None, None, "Quyết định số 38/2016/QĐ-TTg")],
[prov("Thanh Hóa"), com("Lũng Niêm"), com("Cổ Lũng")],
["BÁO THANH HÓA - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH THANH HÓA", "Thời sự :: Chính trị :: Xây dựng chính quyền",
 "Người dân bản Tôm nêu ý kiến tại hội nghị đối thoại."],
["Cập nhật lúc 09:10 ngày 16/11/2018", "năm 2018", "gần 3 giờ", "quý I năm 2019", "năm 2019", "hệ số K"]))

PAGES.append(page("b9685-kontum-hdnd-giamsat-2019", """
BÁO KON TUM ĐIỆN TỬ
Trang chủ >> Chính trị >> Dân cử
23-08-2019 10:20
Đoàn giám sát làm việc tại xã Đăk Na.
Giám sát thực hiện Chương trình 135 tại huyện Tu Mơ Rông
BKT - Ngày 22/8, Đoàn giám sát của Ban Dân tộc HĐND tỉnh Kon Tum do bà Y Thị Hoa, Trưởng Ban Dân tộc HĐND tỉnh làm trưởng đoàn, đã giám sát việc thực hiện Chương trình 135 giai đoạn 2017 - 2020 tại huyện Tu Mơ Rông. Cuộc giám sát thực hiện theo Nghị quyết số 21/NQ-HĐND ngày 10/12/2018 của HĐND tỉnh về chương trình giám sát năm 2019.
Theo báo cáo của UBND huyện do ông A Pớt, HUV, Phó Chủ tịch UBND huyện Tu Mơ Rông trình bày, huyện có 8 xã đặc biệt khó khăn và 27 thôn đặc biệt khó khăn thuộc diện đầu tư của chương trình theo Quyết định số 900/QĐ-TTg ngày 20/6/2017 của Thủ tướng Chính phủ. Từ năm 2017 đến nay, huyện được phân bổ hơn 38,6 tỷ đồng; đã đầu tư xây dựng 42 công trình hạ tầng, chủ yếu là đường giao thông nông thôn, nhà sinh hoạt cộng đồng và thủy lợi nhỏ; hỗ trợ phát triển sản xuất cho 1.456 hộ với các mô hình trồng sâm dây, nuôi bò sinh sản. Tỷ lệ hộ nghèo toàn huyện giảm từ 59,4% xuống còn 46,2%.
Đoàn đã kiểm tra thực tế tại xã Đăk Na và xã Tê Xăng. Ông A Sang, Chủ tịch UBND xã Đăk Na cho biết, tuyến đường bê tông vào thôn Kon Pia dài 2,3 km đã giúp bà con vận chuyển nông sản thuận lợi; tuy nhiên mô hình nuôi heo rừng lai ở 2 thôn không hiệu quả do thiếu kỹ thuật. Bà Y Thị Mlưng, người có uy tín thôn Đăk Viên, đề nghị hỗ trợ giống cây phù hợp với đất dốc thay vì cây cao su.
Các thành viên đoàn giám sát, gồm các ông A Tùa, Phó Trưởng Ban Dân tộc HĐND tỉnh và Nguyễn Văn Hòa, Ủy viên Ban Dân tộc HĐND tỉnh, đã chỉ ra một số hạn chế: một số công trình chậm quyết toán; 3 công trình xuống cấp sau 2 năm sử dụng do công tác duy tu chưa được quan tâm; hồ sơ hỗ trợ sản xuất ở một số thôn chưa đầy đủ chữ ký của người nhận.
Kết luận buổi giám sát, bà Y Thị Hoa đề nghị UBND huyện khẩn trương quyết toán các công trình hoàn thành, phân cấp cho cộng đồng thôn quản lý, duy tu; rà soát lại các mô hình hỗ trợ sản xuất, chỉ nhân rộng mô hình có hiệu quả. Những kiến nghị của huyện về tăng định mức hỗ trợ sẽ được Ban tổng hợp, báo cáo Thường trực HĐND tỉnh trước kỳ họp cuối năm 2019.
Theo kế hoạch, sau Tu Mơ Rông, đoàn sẽ tiếp tục giám sát tại huyện Kon Plông và huyện Ia H'Drai; kết quả giám sát chung sẽ được tổng hợp thành báo cáo trình HĐND tỉnh xem xét, làm cơ sở đề xuất cơ chế đầu tư cho giai đoạn tiếp theo.
Văn Hiền
Lượt xem: 1.386
Tin khác
- Thường trực HĐND tỉnh giám sát công tác bảo vệ rừng tại Sa Thầy (16/08/2019)
- Ban Pháp chế HĐND tỉnh làm việc với Tòa án nhân dân tỉnh (09/08/2019)
- Tiếp xúc cử tri xã Đăk Rơ Ông (02/08/2019)
""", "2019-08-23", "Giám sát thực hiện Chương trình 135 tại huyện Tu Mơ Rông",
E("giam_sat", "2019", "2019-08-22"),
[P("Y Thị Hoa", "Trưởng Ban Dân tộc HĐND tỉnh"),
 P("A Pớt", "HUV", "Phó Chủ tịch UBND huyện Tu Mơ Rông"),
 P("A Sang", "Chủ tịch UBND xã Đăk Na"),
 P("Y Thị Mlưng", "người có uy tín thôn Đăk Viên"),
 P("A Tùa", "Phó Trưởng Ban Dân tộc HĐND tỉnh"),
 P("Nguyễn Văn Hòa", "Ủy viên Ban Dân tộc HĐND tỉnh")],
[Q("8 xã đặc biệt khó khăn", 8, "xã đặc biệt khó khăn"), Q("27 thôn đặc biệt khó khăn", 27, "thôn đặc biệt khó khăn"),
 Q("hơn 38,6 tỷ đồng", 38600000000, "đồng", "over"), Q("42 công trình hạ tầng", 42, "công trình hạ tầng"),
 Q("1.456 hộ", 1456, "hộ"), Q("59,4%", 59.4, "%"), Q("46,2%", 46.2, "%"), Q("2,3 km", 2.3, "km"), Q("2 thôn", 2, "thôn"),
 Q("3 công trình", 3, "công trình")],
[D("Nghị quyết", "21", "NQ-HĐND", "2018-12-10", "HĐND tỉnh", "Nghị quyết số 21/NQ-HĐND ngày 10/12/2018"),
 D("Quyết định", "900", "QĐ-TTg", "2017-06-20", "Thủ tướng Chính phủ", "Quyết định số 900/QĐ-TTg ngày 20/6/2017")],
[prov("Kon Tum"), com("Đăk Na"), com("Tê Xăng")],
["BÁO KON TUM ĐIỆN TỬ", "Trang chủ >> Chính trị >> Dân cử", "Đoàn giám sát làm việc tại xã Đăk Na.", "BKT", "Chương trình 135",
 "Lượt xem: 1.386"],
["23-08-2019 10:20", "Chương trình 135", "giai đoạn 2017 - 2020", "năm 2019", "sau 2 năm", "năm 2017", "Lượt xem: 1.386"]))

PAGES.append(page("b9686-haiduong-hdnd-txct-2020", """
HỘI ĐỒNG NHÂN DÂN TỈNH HẢI DƯƠNG
Bạn đang ở: Trang chủ / Hoạt động đại biểu / Tiếp xúc cử tri
Thứ Tư, 25/11/2020 - 17:05
Ảnh: Điểm cầu phường An Lưu.
Tiếp xúc cử tri trực tuyến trước kỳ họp thứ 14
Chiều 24/11, tổ đại biểu HĐND tỉnh Hải Dương ứng cử tại thị xã Kinh Môn đã tiếp xúc cử tri trước kỳ họp thứ 14, HĐND tỉnh khóa XVI bằng hình thức trực tuyến, kết nối từ điểm cầu trung tâm của thị xã tới 25 điểm cầu phường, xã. Đây là lần đầu tiên thị xã tổ chức tiếp xúc cử tri trực tuyến nhằm bảo đảm yêu cầu phòng, chống dịch COVID-19.
Tổ đại biểu gồm các ông, bà: Nguyễn Đức Thịnh - Phó Chủ tịch HĐND tỉnh; Vũ Thị Hằng - Ủy viên Ban Kinh tế - Ngân sách HĐND tỉnh; Đỗ Văn Quý - Phó Bí thư Thị ủy, Chủ tịch UBND thị xã Kinh Môn. Gần 400 cử tri dự tại các điểm cầu.
Bà Vũ Thị Hằng thông báo dự kiến nội dung kỳ họp: HĐND tỉnh sẽ xem xét 28 báo cáo, 19 tờ trình, trong đó có dự thảo nghị quyết sửa đổi Nghị quyết số 17/2020/NQ-HĐND ngày 10/7/2020 của HĐND tỉnh về hỗ trợ người dân gặp khó khăn do đại dịch, và kế hoạch đầu tư công trung hạn 5 năm 2021 - 2025.
Cử tri đã nêu 36 ý kiến. Ông Mạc Văn Cường ở phường Phạm Thái phản ánh bụi từ 2 nhà máy xi măng và xe chở đá ảnh hưởng tới khoảng 1.200 hộ dân ven quốc lộ 17B. Bà Trần Thị Liên, Tổ trưởng tổ dân phố Tử Lạc 2, phường Minh Tân, đề nghị sớm chi trả tiền hỗ trợ cho 146 lao động tự do mất việc theo Quyết định số 15/2020/QĐ-TTg của Thủ tướng Chính phủ. Nhiều cử tri xã Lê Ninh kiến nghị nạo vét kênh tiêu, làm lại cống tiêu úng trước mùa mưa năm sau.
Thay mặt tổ đại biểu, ông Nguyễn Đức Thịnh tiếp thu và làm rõ một số ý kiến; đề nghị UBND thị xã kiểm tra, xử lý nghiêm các xe chở quá tải, yêu cầu các doanh nghiệp xi măng thực hiện đúng cam kết bảo vệ môi trường. Ông Đỗ Văn Quý cho biết đến ngày 20/11/2020, thị xã đã chi hỗ trợ hơn 4,6 tỷ đồng cho các đối tượng bị ảnh hưởng; số lao động tự do còn lại sẽ được chi trả xong trong tháng 12.
Cử tri đánh giá cao việc tổ chức tiếp xúc trực tuyến vì tiết kiệm thời gian đi lại, bảo đảm giãn cách; tuy nhiên một số điểm cầu ở xã đường truyền chưa ổn định, tiếng nói bị ngắt quãng. Tổ đại biểu đề nghị các xã chuẩn bị kỹ thiết bị và bố trí cán bộ kỹ thuật trực suốt buổi.
Theo Văn phòng Đoàn ĐBQH và HĐND tỉnh, từ ngày 23 đến 27/11/2020, 11 tổ đại biểu HĐND tỉnh tiếp xúc cử tri ở 12 huyện, thị xã, thành phố; các kiến nghị được tổng hợp, gửi UBND tỉnh trước kỳ họp theo Kế hoạch số 86/KH-HĐND của Thường trực HĐND tỉnh.
Phạm Hưng
Lượt truy cập: 35.112
Tin liên quan
- Tổ đại biểu HĐND tỉnh tiếp xúc cử tri huyện Nam Sách (24/11/2020)
- Ban Văn hóa - Xã hội giám sát công tác phòng, chống dịch tại các trường học (17/11/2020)
- Thường trực HĐND tỉnh họp chuẩn bị kỳ họp thứ 14 (12/11/2020)
""", "2020-11-25", "Tiếp xúc cử tri trực tuyến trước kỳ họp thứ 14",
E("hoi_nghi", None, "2020-11-24"),
[P("Nguyễn Đức Thịnh", "Phó Chủ tịch HĐND tỉnh"),
 P("Vũ Thị Hằng", "Ủy viên Ban Kinh tế - Ngân sách HĐND tỉnh"),
 P("Đỗ Văn Quý", "Phó Bí thư Thị ủy", "Chủ tịch UBND thị xã Kinh Môn"),
 P("Mạc Văn Cường"),
 P("Trần Thị Liên", "Tổ trưởng tổ dân phố Tử Lạc 2")],
[Q("25 điểm cầu phường, xã", 25, "điểm cầu phường, xã"), Q("Gần 400 cử tri", 400, "cử tri", "approx"),
 Q("28 báo cáo", 28, "báo cáo"), Q("19 tờ trình", 19, "tờ trình"), Q("36 ý kiến", 36, "ý kiến"),
 Q("2 nhà máy xi măng", 2, "nhà máy xi măng"), Q("khoảng 1.200 hộ dân", 1200, "hộ dân", "approx"),
 Q("146 lao động tự do", 146, "lao động tự do"), Q("hơn 4,6 tỷ đồng", 4600000000, "đồng", "over"),
 Q("11 tổ đại biểu HĐND tỉnh", 11, "tổ đại biểu HĐND tỉnh"), Q("12 huyện, thị xã, thành phố", 12, "huyện, thị xã, thành phố")],
[D("Nghị quyết", "17", "2020/NQ-HĐND", "2020-07-10", "HĐND tỉnh", "Nghị quyết số 17/2020/NQ-HĐND ngày 10/7/2020"),
 D("Quyết định", "15", "2020/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 15/2020/QĐ-TTg"),
 D("Kế hoạch", "86", "KH-HĐND", None, "Thường trực HĐND tỉnh", "Kế hoạch số 86/KH-HĐND")],
[prov("Hải Dương"), com("An Lưu"), com("Phạm Thái"), com("Minh Tân"), com("Lê Ninh")],
["HỘI ĐỒNG NHÂN DÂN TỈNH HẢI DƯƠNG", "Bạn đang ở: Trang chủ / Hoạt động đại biểu / Tiếp xúc cử tri", "Ảnh: Điểm cầu phường An Lưu.",
 "Lượt truy cập: 35.112", "COVID-19"],
["Thứ Tư, 25/11/2020 - 17:05", "kỳ họp thứ 14", "khóa XVI", "5 năm 2021 - 2025", "quốc lộ 17B", "tháng 12", "COVID-19",
 "Lượt truy cập: 35.112"]))

PAGES.append(page("b9687-gialai-hdnd-giaoban-2021", """
Báo Gia Lai điện tử
You are here: Trang chủ › Thời sự › Hoạt động HĐND
2021-04-09 15:45
Không để gián đoạn giám sát trong thời gian chuẩn bị bầu cử
(GLO) - Sáng 8/4, Thường trực HĐND tỉnh Gia Lai tổ chức hội nghị giao ban với Thường trực HĐND 17 huyện, thị xã, thành phố để đánh giá kết quả hoạt động quý I/2021, bàn nhiệm vụ quý II. Chủ trì hội nghị có các Phó Chủ tịch HĐND tỉnh: Rơ Mah Hlin, Trần Minh Thọ.
Quang cảnh hội nghị giao ban. Ảnh: Minh Châu
Báo cáo tại hội nghị cho thấy, quý I HĐND cấp huyện đã tổ chức 9 kỳ họp chuyên đề, bất thường để kiện toàn tổ chức và quyết định các nội dung phục vụ bầu cử; thực hiện 5 cuộc giám sát, trong đó có giám sát việc lập danh sách cử tri. Thực hiện Chỉ thị số 45-CT/TW ngày 20/6/2020 của Bộ Chính trị, Thường trực HĐND các cấp phối hợp tổ chức 46 hội nghị lấy ý kiến cử tri nơi cư trú đối với người ứng cử. Toàn tỉnh có hơn 1,05 triệu cử tri, được chia thành 14 đơn vị bầu cử đại biểu HĐND tỉnh.
Ông Ksor Nhă, Tỉnh ủy viên, Trưởng Ban Pháp chế HĐND tỉnh, thông tin Ban đã giám sát việc giải quyết đơn thư tại 4 huyện, ghi nhận 63 đơn liên quan đến đất đai, trong đó 11 đơn kéo dài. Ông đề nghị Thường trực HĐND cấp huyện không vì tập trung cho bầu cử mà lơi lỏng việc theo dõi kiến nghị cử tri.
Phát biểu tại hội nghị, ông Siu Đức, Chủ tịch HĐND huyện Chư Prông, cho biết huyện còn 2 xã vùng biên chưa có trụ sở HĐND riêng. Bà Puih Thị Hiền, Phó Chủ tịch HĐND huyện Ia Grai, đề nghị tỉnh hướng dẫn cách bố trí tổ bầu cử ở các làng xa như làng Dêr, xã Ia Dêr. Ông Đinh Văn Thiếp, Chủ tịch HĐND huyện Kbang, kiến nghị bổ sung kinh phí in tài liệu tuyên truyền bằng tiếng Bahnar, Jrai.
Kết luận hội nghị, ông Rơ Mah Hlin đề nghị trong quý II, Thường trực HĐND các cấp phối hợp chặt chẽ với Ủy ban MTTQ cùng cấp tổ chức hội nghị tiếp xúc cử tri để người ứng cử vận động bầu cử đúng luật; chuẩn bị tốt kỳ họp thứ nhất của HĐND khóa mới ngay sau ngày bầu cử 23/5/2021. Thường trực HĐND tỉnh sẽ giám sát công tác bầu cử tại xã Ia Băng và một số địa bàn có đông đồng bào theo đạo.
Các đại biểu cũng thống nhất đề nghị Thường trực HĐND tỉnh sớm tổng kết kinh nghiệm tổ chức tiếp xúc cử tri bằng tiếng dân tộc, có người phiên dịch, để áp dụng rộng rãi trong nhiệm kỳ mới; đồng thời bồi dưỡng kỹ năng cho những đại biểu lần đầu trúng cử ngay sau kỳ họp thứ nhất.
Minh Châu
Tin cùng chuyên mục
- HĐND tỉnh khóa XI tổng kết hoạt động nhiệm kỳ 2016 - 2021 (02/04/2021)
- Ban Văn hóa - Xã hội giám sát công tác tiêm chủng (25/03/2021)
- Thường trực HĐND tỉnh tiếp công dân định kỳ (18/03/2021)
""", "2021-04-09", "Không để gián đoạn giám sát trong thời gian chuẩn bị bầu cử",
E("giao_ban", "2021-Q1", "2021-04-08"),
[P("Rơ Mah Hlin", "Phó Chủ tịch HĐND tỉnh"),
 P("Trần Minh Thọ", "Phó Chủ tịch HĐND tỉnh"),
 P("Ksor Nhă", "Tỉnh ủy viên", "Trưởng Ban Pháp chế HĐND tỉnh"),
 P("Siu Đức", "Chủ tịch HĐND huyện Chư Prông"),
 P("Puih Thị Hiền", "Phó Chủ tịch HĐND huyện Ia Grai"),
 P("Đinh Văn Thiếp", "Chủ tịch HĐND huyện Kbang")],
[Q("17 huyện, thị xã, thành phố", 17, "huyện, thị xã, thành phố"), Q("9 kỳ họp chuyên đề, bất thường", 9, "kỳ họp chuyên đề, bất thường"),
 Q("5 cuộc giám sát", 5, "cuộc giám sát"), Q("46 hội nghị", 46, "hội nghị"),
 Q("hơn 1,05 triệu cử tri", 1050000, "cử tri", "over"), Q("14 đơn vị bầu cử", 14, "đơn vị bầu cử"), Q("4 huyện", 4, "huyện"),
 Q("63 đơn", 63, "đơn"), Q("11 đơn", 11, "đơn"), Q("2 xã vùng biên", 2, "xã vùng biên")],
[D("Chỉ thị", "45", "CT/TW", "2020-06-20", "Bộ Chính trị", "Chỉ thị số 45-CT/TW ngày 20/6/2020")],
[prov("Gia Lai"), com("Ia Dêr"), com("Ia Băng")],
["Báo Gia Lai điện tử", "You are here: Trang chủ › Thời sự › Hoạt động HĐND", "(GLO)", "Quang cảnh hội nghị giao ban. Ảnh: Minh Châu"],
["2021-04-09 15:45", "quý I/2021", "quý II", "kỳ họp thứ nhất"]))

PAGES.append(page("b9688-binhduong-hdnd-giaoban-2022", """
HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ THỦ DẦU MỘT - TỈNH BÌNH DƯƠNG
Hôm nay: Thứ Năm, 08/09/2022
Trang chủ - Hoạt động Thường trực - Giao ban
Ngày 06/09/2022 | 08:00
Thường trực HĐND thành phố giao ban tháng 8
Sáng 5/9, Thường trực HĐND thành phố Thủ Dầu Một (Bình Dương) họp giao ban đánh giá kết quả hoạt động tháng 8/2022, triển khai nhiệm vụ tháng 9. Ông Lâm Quang Định, Thành ủy viên, Chủ tịch HĐND thành phố chủ trì; dự có bà Huỳnh Thị Kim Chi, Phó Chủ tịch HĐND thành phố, các Trưởng ban HĐND thành phố và Chủ tịch HĐND 14 phường.
Trong tháng, Thường trực HĐND thành phố giám sát việc thực hiện chính sách hỗ trợ người lao động và người sử dụng lao động gặp khó khăn theo Nghị quyết số 68/NQ-CP của Chính phủ và Quyết định số 23/2021/QĐ-TTg của Thủ tướng Chính phủ. Kết quả, thành phố đã hỗ trợ 48.672 lượt người với tổng kinh phí hơn 71 tỷ đồng; còn 326 hồ sơ tồn đọng do người lao động đã chuyển về quê.
Buổi tiếp công dân định kỳ ngày 15/8 có 12 lượt công dân, tiếp nhận 4 đơn, chủ yếu về bồi thường khi mở rộng đường Huỳnh Văn Lũy. Thường trực đã chuyển toàn bộ 4 đơn đến UBND thành phố và đề nghị trả lời trước ngày 15/9/2022.
Tại cuộc họp, bà Dương Thị Thu, Trưởng Ban Pháp chế HĐND thành phố, báo cáo kết quả khảo sát tình hình an ninh trật tự tại các khu nhà trọ ở phường Phú Hòa và phường Hiệp An; đề nghị tăng cường vận động chủ nhà trọ khai báo tạm trú. Ông Phan Tấn Lộc, Trưởng Ban Kinh tế - Xã hội HĐND thành phố, cho biết Ban đang chuẩn bị giám sát chuyên đề về quản lý chất thải rắn sinh hoạt, dự kiến làm việc với 5 phường trong tháng 9.
Ông Võ Thành Nhân, Chủ tịch HĐND phường Phú Lợi, đề xuất thành phố tổ chức tiếp xúc cử tri theo chuyên đề với công nhân tại các khu nhà trọ vào buổi tối hoặc ngày chủ nhật, vì giờ hành chính người lao động không tham dự được.
Kết luận, ông Lâm Quang Định giao Văn phòng HĐND và UBND thành phố chuẩn bị kế hoạch tiếp xúc cử tri trước kỳ họp thường lệ cuối năm 2022, trong đó có ít nhất 3 điểm tiếp xúc chuyên đề với công nhân; yêu cầu các ban hoàn thành báo cáo giám sát trong tháng 10 để kịp trình kỳ họp.
Cũng tại cuộc họp, các đại biểu thống nhất tiếp tục đăng tải kết quả trả lời kiến nghị cử tri trên trang thông tin điện tử của thành phố và trên nhóm Zalo của các khu phố, để người dân dễ theo dõi việc giải quyết những vấn đề mình đã phản ánh.
Thanh Tùng - Văn phòng HĐND và UBND thành phố
Tin khác
- HĐND phường Chánh Nghĩa giám sát công tác phòng cháy, chữa cháy (30/08/2022)
- Thường trực HĐND thành phố giao ban tháng 7 (05/08/2022)
- Tiếp xúc cử tri chuyên đề với hội viên phụ nữ phường Phú Cường (28/07/2022)
""", "2022-09-06", "Thường trực HĐND thành phố giao ban tháng 8",
E("giao_ban", "2022-08", "2022-09-05"),
[P("Lâm Quang Định", "Thành ủy viên", "Chủ tịch HĐND thành phố"),
 P("Huỳnh Thị Kim Chi", "Phó Chủ tịch HĐND thành phố"),
 P("Dương Thị Thu", "Trưởng Ban Pháp chế HĐND thành phố"),
 P("Phan Tấn Lộc", "Trưởng Ban Kinh tế - Xã hội HĐND thành phố"),
 P("Võ Thành Nhân", "Chủ tịch HĐND phường Phú Lợi")],
[Q("14 phường", 14, "phường"), Q("48.672 lượt người", 48672, "lượt người"), Q("hơn 71 tỷ đồng", 71000000000, "đồng", "over"),
 Q("326 hồ sơ", 326, "hồ sơ"), Q("12 lượt công dân", 12, "lượt công dân"), Q("4 đơn", 4, "đơn"),
 Q("5 phường", 5, "phường"), Q("ít nhất 3 điểm tiếp xúc chuyên đề", 3, "điểm tiếp xúc chuyên đề", "over")],
[D("Nghị quyết", "68", "NQ-CP", None, "Chính phủ", "Nghị quyết số 68/NQ-CP"),
 D("Quyết định", "23", "2021/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 23/2021/QĐ-TTg")],
[prov("Bình Dương"), com("Phú Hòa"), com("Hiệp An"), com("Phú Lợi")],
["HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ THỦ DẦU MỘT - TỈNH BÌNH DƯƠNG", "Trang chủ - Hoạt động Thường trực - Giao ban",
 "Hôm nay: Thứ Năm, 08/09/2022", "Thanh Tùng - Văn phòng HĐND và UBND thành phố"],
["Hôm nay: Thứ Năm, 08/09/2022", "Ngày 06/09/2022 | 08:00", "tháng 8/2022", "tháng 9", "tháng 10", "cuối năm 2022"]))
