from lib import *
PAGES = []

PAGES.append(page("b8369-thanhhoa-pctt-tongket-2022", """
BÁO THANH HÓA
Chính trị | Kinh tế | Xã hội | Nông nghiệp - Nông thôn
Thứ sáu, ngày 23 tháng 12 năm 2022 - 14:30
Đồng chí Đỗ Thanh Tuyền phát biểu tại hội nghị.
Chủ động ứng phó, giảm thiểu thiệt hại do thiên tai
(Baothanhhoa.vn) - Sáng 22/12, Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh tổ chức hội nghị tổng kết công tác phòng, chống thiên tai và tìm kiếm cứu nạn năm 2022, triển khai nhiệm vụ năm 2023. Chủ trì hội nghị có các đồng chí: Đỗ Thanh Tuyền - Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh; Lê Đức Quang - Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ huy Phòng, chống thiên tai và TKCN tỉnh.
Năm 2022, thiên tai trên địa bàn tỉnh Thanh Hóa diễn biến phức tạp với 2 cơn bão, 1 áp thấp nhiệt đới, 8 đợt mưa lớn diện rộng và 5 trận lốc, sét, mưa đá. Thiên tai đã làm 4 người chết, 3 người bị thương; 1.973 ngôi nhà bị hư hỏng, tốc mái; khoảng 7.620 ha lúa, hoa màu bị ngập úng. Tổng thiệt hại ước tính gần 310 tỷ đồng, giảm 38% so với năm 2021.
Thực hiện Chỉ thị số 11-CT/TU ngày 6/5/2022 của Ban Thường vụ Tỉnh ủy về tăng cường lãnh đạo công tác phòng, chống thiên tai, các địa phương đã kiện toàn 27 ban chỉ huy cấp huyện và 559 ban chỉ huy cấp xã; rà soát, cập nhật phương án sơ tán cho 42.835 hộ với khoảng 158.000 nhân khẩu ở vùng ven biển, cửa sông và vùng có nguy cơ lũ quét, sạt lở đất. Khi bão số 4 đổ bộ, các địa phương đã sơ tán 6.174 hộ với 19.402 người đến nơi an toàn, kêu gọi 7.116 phương tiện với 24.800 lao động vào nơi tránh trú.
Về khắc phục hậu quả, tỉnh đã hỗ trợ 21,4 tỷ đồng cho các huyện miền núi để sửa chữa nhà ở, công trình thủy lợi, trong đó huyện Quan Hóa được hỗ trợ 4,8 tỷ đồng; cấp 65 tấn lúa giống, 12 tấn ngô giống cho các hộ bị mất trắng. Quỹ phòng, chống thiên tai tỉnh thu được 52,7 tỷ đồng, đạt 91,5% kế hoạch.
Tại hội nghị, ông Hà Văn Thiện, Chủ tịch UBND xã Phú Xuân (Quan Hóa), người dân tộc Thái, cho biết xã đã vận động 21 hộ ở bản Sa Ná di dời khỏi khu vực sạt lở. Ông Bùi Văn Khởi, Bí thư Chi bộ kiêm Trưởng bản Chiềng, xã Thành Sơn (Bá Thước), đề nghị hỗ trợ làm kè chống sạt lở bờ suối.
Phát biểu kết luận, đồng chí Đỗ Thanh Tuyền yêu cầu các ngành, địa phương triển khai thực hiện tốt Luật Phòng, chống thiên tai và Quyết định số 379/QĐ-TTg ngày 17/3/2021 của Thủ tướng Chính phủ phê duyệt Chiến lược quốc gia phòng, chống thiên tai; sớm hoàn thành bố trí dân cư cho ít nhất 500 hộ ở vùng nguy cơ cao trong năm 2023.
Dịp này, 18 tập thể và 24 cá nhân được Chủ tịch UBND tỉnh tặng bằng khen.
Minh Hiếu
Tin liên quan
- Thanh Hóa: Sơ tán hơn 6.000 hộ dân trước bão số 4 (26/09/2022)
- Quan Hóa khắc phục hậu quả lũ quét (14/08/2022)
- Tăng cường thu Quỹ phòng, chống thiên tai (05/07/2022)
""", "2022-12-23", "Chủ động ứng phó, giảm thiểu thiệt hại do thiên tai",
E("tong_ket", "2022", "2022-12-22"),
[P("Đỗ Thanh Tuyền", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch Thường trực UBND tỉnh"),
 P("Lê Đức Quang", "Phó Chủ tịch UBND tỉnh", "Trưởng Ban Chỉ huy Phòng, chống thiên tai và TKCN tỉnh"),
 P("Hà Văn Thiện", "Chủ tịch UBND xã Phú Xuân"),
 P("Bùi Văn Khởi", "Bí thư Chi bộ kiêm Trưởng bản Chiềng")],
[Q("2 cơn bão", 2, "cơn bão"), Q("1 áp thấp nhiệt đới", 1, "áp thấp nhiệt đới"), Q("8 đợt mưa lớn diện rộng", 8, "đợt mưa lớn diện rộng"),
 Q("5 trận lốc, sét, mưa đá", 5, "trận lốc, sét, mưa đá"), Q("4 người", 4, "người"), Q("3 người", 3, "người"),
 Q("1.973 ngôi nhà", 1973, "ngôi nhà"), Q("khoảng 7.620 ha", 7620, "ha", "approx"), Q("gần 310 tỷ đồng", 310000000000, "đồng", "approx"),
 Q("38%", 38, "%"), Q("27 ban chỉ huy cấp huyện", 27, "ban chỉ huy cấp huyện"), Q("559 ban chỉ huy cấp xã", 559, "ban chỉ huy cấp xã"),
 Q("42.835 hộ", 42835, "hộ"), Q("khoảng 158.000 nhân khẩu", 158000, "nhân khẩu", "approx"), Q("6.174 hộ", 6174, "hộ"),
 Q("19.402 người", 19402, "người"), Q("7.116 phương tiện", 7116, "phương tiện"), Q("24.800 lao động", 24800, "lao động"),
 Q("21,4 tỷ đồng", 21400000000, "đồng"), Q("4,8 tỷ đồng", 4800000000, "đồng"), Q("65 tấn", 65, "tấn"), Q("12 tấn", 12, "tấn"),
 Q("52,7 tỷ đồng", 52700000000, "đồng"), Q("91,5%", 91.5, "%"), Q("21 hộ", 21, "hộ"), Q("ít nhất 500 hộ", 500, "hộ", "over"),
 Q("18 tập thể", 18, "tập thể"), Q("24 cá nhân", 24, "cá nhân")],
[D("Chỉ thị", "11", "CT/TU", "2022-05-06", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 11-CT/TU ngày 6/5/2022"),
 D("Quyết định", "379", "QĐ-TTg", "2021-03-17", "Thủ tướng Chính phủ", "Quyết định số 379/QĐ-TTg ngày 17/3/2021")],
[prov("Thanh Hóa"), com("Phú Xuân"), com("Thành Sơn")],
["BÁO THANH HÓA", "Chính trị | Kinh tế | Xã hội | Nông nghiệp - Nông thôn", "Đồng chí Đỗ Thanh Tuyền phát biểu tại hội nghị.",
 "(Baothanhhoa.vn)", "Luật Phòng, chống thiên tai", "Quỹ phòng, chống thiên tai tỉnh", "Sa Ná"],
["Thứ sáu, ngày 23 tháng 12 năm 2022 - 14:30", "năm 2022", "năm 2023", "năm 2021", "bão số 4"]))

PAGES.append(page("b8370-nghean-kyson-taidinhcu-2022", """
Báo Nghệ An
Trang chủ / Phóng sự / Miền Tây
20 tháng 5, 2022 | 07:00
Bản mới của đồng bào Mông sau lũ quét ở Kỳ Sơn
Bốn năm sau trận lũ quét lịch sử tháng 8/2018, 64 hộ đồng bào Mông ở bản Huồi Khe, xã Nậm Cắn đã có cuộc sống ổn định tại khu tái định cư mới, cách bản cũ hơn 3 km.
Khu tái định cư bản Huồi Khe nhìn từ trên cao. Ảnh: Hữu Vi
Con đường bê tông dẫn vào khu tái định cư dài khoảng 1,8 km, hai bên là những ngôi nhà sàn mái tôn đỏ. Ông Xồng Bá Dê, Trưởng bản Huồi Khe, nhớ lại: "Đêm đó nước từ trên núi đổ xuống, cuốn mất 17 ngôi nhà. Cả bản chạy lên đồi, may mà không ai chết". Sau lũ, bà con phải ở lán tạm gần 2 năm.
Năm 2019, từ nguồn vốn của tỉnh và sự hỗ trợ của các doanh nghiệp, khu tái định cư được xây dựng trên diện tích khoảng 6 ha với tổng kinh phí hơn 26 tỷ đồng. Mỗi hộ được giao 300 m2 đất ở, được hỗ trợ 60 triệu đồng làm nhà và 1.000 m2 đất sản xuất. Theo ông Lầu Bá Chò, Phó Chủ tịch UBND xã Nậm Cắn, việc vận động bà con chuyển đến nơi ở mới không hề dễ dàng. "Đồng bào gắn bó với đất cũ, sợ xa nương rẫy. Chúng tôi phải mời người có uy tín, trưởng họ cùng đi vận động, đưa bà con sang xem đất mới nhiều lần", ông nói.
Thực hiện Nghị quyết số 12-NQ/HU ngày 15/9/2018 của Ban Chấp hành Đảng bộ huyện Kỳ Sơn về sắp xếp, ổn định dân cư vùng thiên tai, huyện đã di dời được 412 hộ ra khỏi vùng nguy hiểm, trong đó có 180 hộ được bố trí tập trung tại 5 khu tái định cư. Ông Moong Văn Kiên, Trưởng phòng Dân tộc huyện Kỳ Sơn, người Khơ Mú, cho biết đời sống của người dân tái định cư đã cải thiện rõ rệt: tỷ lệ hộ nghèo ở bản Huồi Khe giảm từ 82% năm 2018 xuống còn 49% năm 2021.
Trong nhà, chị Vừ Thị Mỷ đang dệt vải lanh. Chị kể, từ khi chuyển về bản mới, các con được đi học ở điểm trường ngay trong bản, đường điện lưới quốc gia đã về tận nhà. Gia đình chị nuôi 4 con bò, 12 con lợn đen và trồng 2 ha gừng, mỗi năm thu khoảng 70 triệu đồng.
Tuy vậy, nước sinh hoạt vẫn là nỗi lo. Hệ thống nước tự chảy dài 4,5 km dẫn nước từ khe về thường bị hỏng vào mùa mưa. Ông Xồng Bá Dê mong muốn các cấp sớm đầu tư thêm bể chứa để bà con yên tâm ở lại lâu dài.
Rời bản Huồi Khe khi chiều xuống, tiếng trẻ con í ới gọi nhau đi học về, những đàn bò thong thả về chuồng. Một cuộc sống mới đang dần hình thành trên vùng đất từng bị lũ quét tàn phá.
Hữu Vi - Đình Tuân
Tin liên quan
- Kỳ Sơn: 300 hộ dân vùng sạt lở cần di dời khẩn cấp (10/04/2022)
- Trao 20 nhà ở cho hộ nghèo vùng biên (12/03/2022)
- Tương Dương sau 3 năm tái thiết vùng lũ quét (01/02/2022)
- Mường Xén: Đồng bào Mông học nghề dệt thổ cẩm (18/01/2022)
- Người có uy tín ở bản vùng cao Nghệ An (05/01/2022)
""", "2022-05-20", "Bản mới của đồng bào Mông sau lũ quét ở Kỳ Sơn",
E("khac", None, None),
[P("Xồng Bá Dê", "Trưởng bản Huồi Khe"),
 P("Lầu Bá Chò", "Phó Chủ tịch UBND xã Nậm Cắn"),
 P("Moong Văn Kiên", "Trưởng phòng Dân tộc huyện Kỳ Sơn"),
 P("Vừ Thị Mỷ")],
[Q("64 hộ đồng bào Mông", 64, "hộ đồng bào Mông"), Q("hơn 3 km", 3, "km", "over"), Q("khoảng 1,8 km", 1.8, "km", "approx"),
 Q("17 ngôi nhà", 17, "ngôi nhà"), Q("khoảng 6 ha", 6, "ha", "approx"), Q("hơn 26 tỷ đồng", 26000000000, "đồng", "over"),
 Q("300 m2", 300, "m2"), Q("60 triệu đồng", 60000000, "đồng"), Q("1.000 m2", 1000, "m2"), Q("412 hộ", 412, "hộ"),
 Q("180 hộ", 180, "hộ"), Q("5 khu tái định cư", 5, "khu tái định cư"), Q("82%", 82, "%"), Q("49%", 49, "%"),
 Q("4 con bò", 4, "con bò"), Q("12 con lợn đen", 12, "con lợn đen"), Q("2 ha", 2, "ha"),
 Q("khoảng 70 triệu đồng", 70000000, "đồng", "approx"), Q("4,5 km", 4.5, "km")],
[D("Nghị quyết", "12", "NQ/HU", "2018-09-15", "Ban Chấp hành Đảng bộ huyện Kỳ Sơn", "Nghị quyết số 12-NQ/HU ngày 15/9/2018")],
[prov("Nghệ An"), com("Nậm Cắn")],
["Báo Nghệ An", "Trang chủ / Phóng sự / Miền Tây", "Khu tái định cư bản Huồi Khe nhìn từ trên cao. Ảnh: Hữu Vi", "Huồi Khe"],
["20 tháng 5, 2022 | 07:00", "Bốn năm", "tháng 8/2018", "gần 2 năm", "Năm 2019", "năm 2018", "năm 2021"]))

PAGES.append(page("b8371-quangbinh-lethuy-bdv-giaoban-2023", """
HUYỆN ỦY LỆ THỦY - BAN DÂN VẬN
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ
Thứ Sáu, 06/10/2023 - 10:20
Ảnh: Đồng chí Hoàng Thị Hà chủ trì hội nghị.
Ban Dân vận Huyện ủy giao ban tháng 9, bàn giải pháp vận động nhân dân ứng phó mùa lũ
Sáng 5/10, Ban Dân vận Huyện ủy Lệ Thủy tổ chức hội nghị giao ban công tác dân vận tháng 9/2023 với khối dân vận, Mặt trận và các đoàn thể chính trị - xã hội huyện. Đồng chí Hoàng Thị Hà, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện chủ trì.
Lệ Thủy là vùng rốn lũ của tỉnh Quảng Bình, hằng năm có khoảng 18.000 hộ ở 14 xã, thị trấn vùng trũng bị ảnh hưởng bởi lũ. Trong tháng 9, khối dân vận đã phối hợp rà soát 2.743 hộ thuộc diện phải sơ tán khi có lũ lớn, trong đó có 612 hộ có người già, người khuyết tật, trẻ em dưới 6 tuổi cần được hỗ trợ di chuyển. Các đoàn thể đã vận động 1.256 hộ có nhà cao tầng đăng ký làm nơi tránh lũ cho hàng xóm theo mô hình "nhà an toàn - hàng xóm tin cậy".
Đồng chí Trần Văn Quang, Phó Trưởng Ban Dân vận Huyện ủy, báo cáo: thực hiện Kế hoạch số 96-KH/HU ngày 14/8/2023 của Ban Thường vụ Huyện ủy về lãnh đạo công tác phòng, chống thiên tai năm 2023, Ban đã ban hành Công văn số 58-CV/BDVHU hướng dẫn các chi bộ thôn phân công đảng viên phụ trách hộ, mỗi đảng viên theo dõi từ 5 đến 10 hộ. Đến nay, 100% thôn, bản có tổ vận động sơ tán.
Các đồng chí Chủ tịch Ủy ban MTTQ các xã: Nguyễn Văn Lực (xã Tân Ninh), Đinh Thị Quý (xã An Thủy), Phạm Minh Tuấn (xã Phong Thủy) đã báo cáo nhanh công tác chuẩn bị ở cơ sở. Đồng chí Hồ Văn Thái, Bí thư Đảng ủy xã Lâm Thủy, người dân tộc Bru - Vân Kiều, cho biết xã đã dự trữ 3,5 tấn gạo, 200 thùng mì tôm tại 4 điểm bản có nguy cơ bị chia cắt; vận động 28 hộ ở bản Bạch Đàn chuyển nhà khỏi chân đồi trước mùa mưa.
Bên cạnh đó, trong tháng 9, các cơ quan dân vận đã tiếp nhận 9 đơn thư, đã phối hợp giải quyết 7 đơn, chủ yếu liên quan đến chế độ hỗ trợ nhà ở sau lũ năm 2020 và việc đền bù xây dựng đê bao.
Kết luận hội nghị, đồng chí Hoàng Thị Hà đề nghị các đoàn thể chuẩn bị sẵn 50 xuồng máy, 600 áo phao của hội viên để sẵn sàng hỗ trợ sơ tán; phát huy phương châm "4 tại chỗ", không để người dân bị đói, rét khi lũ về. Trong tháng 10, Ban tập trung kiểm tra việc thực hiện Quy chế dân chủ ở cơ sở tại 3 xã và tổ chức hội nghị giao ban quý IV với trưởng các thôn.
Minh Phong
Tin liên quan
- Lệ Thủy ra quân giúp dân chằng chống nhà cửa (20/09/2023)
- Hội Nông dân huyện trao 30 xuồng cứu hộ cho hội viên (12/09/2023)
- Giao ban công tác dân vận tháng 8/2023 (07/09/2023)
""", "2023-10-06", "Ban Dân vận Huyện ủy giao ban tháng 9, bàn giải pháp vận động nhân dân ứng phó mùa lũ",
E("giao_ban", "2023-09", "2023-10-05"),
[P("Hoàng Thị Hà", "Ủy viên Ban Thường vụ Huyện ủy", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Trần Văn Quang", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Nguyễn Văn Lực", "Chủ tịch Ủy ban MTTQ các xã"), P("Đinh Thị Quý", "Chủ tịch Ủy ban MTTQ các xã"),
 P("Phạm Minh Tuấn", "Chủ tịch Ủy ban MTTQ các xã"),
 P("Hồ Văn Thái", "Bí thư Đảng ủy xã Lâm Thủy")],
[Q("khoảng 18.000 hộ", 18000, "hộ", "approx"), Q("14 xã, thị trấn vùng trũng", 14, "xã, thị trấn vùng trũng"),
 Q("2.743 hộ", 2743, "hộ"), Q("612 hộ", 612, "hộ"), Q("1.256 hộ", 1256, "hộ"), Q("từ 5", 5, "hộ"), Q("10 hộ", 10, "hộ"),
 Q("100%", 100, "%"), Q("3,5 tấn", 3.5, "tấn"), Q("200 thùng mì tôm", 200, "thùng mì tôm"), Q("4 điểm bản", 4, "điểm bản"),
 Q("28 hộ", 28, "hộ"), Q("9 đơn thư", 9, "đơn thư"), Q("7 đơn", 7, "đơn"), Q("50 xuồng máy", 50, "xuồng máy"),
 Q("600 áo phao", 600, "áo phao"), Q("3 xã", 3, "xã")],
[D("Kế hoạch", "96", "KH/HU", "2023-08-14", "Ban Thường vụ Huyện ủy", "Kế hoạch số 96-KH/HU ngày 14/8/2023"),
 D("Công văn", "58", "CV/BDVHU", None, "Ban Dân vận Huyện ủy", "Công văn số 58-CV/BDVHU")],
[prov("Quảng Bình"), com("Tân Ninh"), com("An Thủy"), com("Phong Thủy"), com("Lâm Thủy")],
["HUYỆN ỦY LỆ THỦY - BAN DÂN VẬN", "Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ", "Ảnh: Đồng chí Hoàng Thị Hà chủ trì hội nghị.",
 "nhà an toàn - hàng xóm tin cậy", "4 tại chỗ", "Bạch Đàn"],
["Thứ Sáu, 06/10/2023 - 10:20", "tháng 9/2023", "tháng 9", "dưới 6 tuổi", "năm 2023", "năm 2020", "4 tại chỗ", "tháng 10", "quý IV"]))

PAGES.append(page("b8372-hue-pctt-soket-2024", """
Cổng Thông tin điện tử Thừa Thiên Huế
Hôm nay: Thứ Sáu, 19/07/2024
Tin tức > Tin địa phương
2024-07-12 16:40
Khắc phục dứt điểm hậu quả đợt lũ cuối năm 2023 trước mùa mưa bão mới
Ngày 11/7, Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh Thừa Thiên Huế tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2024, triển khai phương án ứng phó thiên tai 6 tháng cuối năm. Ông Hồ Hải Minh, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ huy chủ trì hội nghị.
Toàn cảnh hội nghị sơ kết.
Đợt mưa lũ từ ngày 12 đến 16/11/2023 với lượng mưa phổ biến 500 - 900 mm đã làm 4 người chết, 18.200 nhà bị ngập, 43 điểm sạt lở trên các tuyến đường. Sáu tháng qua, tỉnh đã phân bổ 35 tỷ đồng từ ngân sách và 12,6 tỷ đồng từ Quỹ phòng, chống thiên tai để khắc phục; đến nay đã hoàn thành sửa chữa 37/41 công trình thủy lợi, đê kè bị hư hỏng, đạt 90,2%; hỗ trợ 128 hộ có nhà bị hư hỏng nặng, mỗi hộ 20 triệu đồng.
Ông Nguyễn Văn Đạt, Giám đốc Sở Nông nghiệp và PTNT, Phó Trưởng ban Thường trực Ban Chỉ huy cho biết, thực hiện Nghị quyết số 24/NQ-HĐND ngày 19/3/2024 của HĐND tỉnh về chính sách hỗ trợ di dời dân cư vùng sạt lở, tỉnh đã hoàn thành di dời 65 hộ ở huyện A Lưới, Nam Đông; đang triển khai 3 khu tái định cư với quy mô 210 lô. Tỉnh cũng đã rà soát, xây dựng phương án sơ tán cho khoảng 25.000 hộ với trên 92.000 nhân khẩu khi có bão mạnh.
Tại hội nghị, đại diện các địa phương nêu khó khăn. Ông Hồ Văn Mười, Chủ tịch UBND xã Hương Nguyên (A Lưới), người dân tộc Tà Ôi, cho biết tuyến đường vào xã vẫn còn 6 điểm sạt lở chưa khắc phục xong. Bà Lê Thị Thu Trang, Phó Chủ tịch UBND phường Hương Vân, đề nghị hỗ trợ kinh phí xây dựng nhà cộng đồng tránh lũ cho 2 tổ dân phố vùng trũng.
Ông Trần Hữu Thanh Giang, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh cho biết, Mặt trận các cấp đã giám sát việc phân bổ hơn 41 tỷ đồng tiền ủng hộ, chưa phát hiện sai phạm; đồng thời đề nghị các địa phương công khai danh sách hộ được hỗ trợ.
Kết luận hội nghị, ông Hồ Hải Minh yêu cầu hoàn thành khắc phục các công trình còn lại trước ngày 31/8/2024; rà soát, cập nhật phương án sơ tán dân theo cấp độ rủi ro thiên tai; mỗi xã, phường chuẩn bị lương thực, nhu yếu phẩm đủ dùng ít nhất 7 ngày cho các khu vực có nguy cơ bị chia cắt.
Phan Thanh
Tin liên quan
- Thừa Thiên Huế hỗ trợ 20 tỷ đồng cho các địa phương vùng lũ (15/12/2023)
- A Lưới: Khẩn trương khắc phục sạt lở sau mưa lũ (22/11/2023)
- Lũ lớn, hơn 18.000 nhà ở Thừa Thiên Huế bị ngập (16/11/2023)
- Phú Vang: Di dời 40 hộ dân vùng sạt lở bờ biển (30/10/2023)
- Diễn tập phòng, chống thiên tai cấp tỉnh năm 2024 (20/06/2024)
""", "2024-07-12", "Khắc phục dứt điểm hậu quả đợt lũ cuối năm 2023 trước mùa mưa bão mới",
E("so_ket", "2024-H1", "2024-07-11"),
[P("Hồ Hải Minh", "Phó Chủ tịch UBND tỉnh", "Trưởng Ban Chỉ huy"),
 P("Nguyễn Văn Đạt", "Giám đốc Sở Nông nghiệp và PTNT", "Phó Trưởng ban Thường trực Ban Chỉ huy"),
 P("Hồ Văn Mười", "Chủ tịch UBND xã Hương Nguyên"),
 P("Lê Thị Thu Trang", "Phó Chủ tịch UBND phường Hương Vân"),
 P("Trần Hữu Thanh Giang", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("500", 500, "mm"), Q("900 mm", 900, "mm"), Q("4 người", 4, "người"), Q("18.200 nhà", 18200, "nhà"),
 Q("43 điểm sạt lở", 43, "điểm sạt lở"), Q("35 tỷ đồng", 35000000000, "đồng"), Q("12,6 tỷ đồng", 12600000000, "đồng"),
 Q("37/41 công trình thủy lợi, đê kè", 37, "công trình thủy lợi, đê kè"), Q("90,2%", 90.2, "%"), Q("128 hộ", 128, "hộ"),
 Q("20 triệu đồng", 20000000, "đồng"), Q("65 hộ", 65, "hộ"), Q("3 khu tái định cư", 3, "khu tái định cư"), Q("210 lô", 210, "lô"),
 Q("khoảng 25.000 hộ", 25000, "hộ", "approx"), Q("trên 92.000 nhân khẩu", 92000, "nhân khẩu", "over"),
 Q("6 điểm sạt lở", 6, "điểm sạt lở"), Q("2 tổ dân phố vùng trũng", 2, "tổ dân phố vùng trũng"),
 Q("hơn 41 tỷ đồng", 41000000000, "đồng", "over")],
[D("Nghị quyết", "24", "NQ-HĐND", "2024-03-19", "HĐND tỉnh", "Nghị quyết số 24/NQ-HĐND ngày 19/3/2024")],
[prov("Thừa Thiên Huế"), com("Hương Nguyên"), com("Hương Vân")],
["Cổng Thông tin điện tử Thừa Thiên Huế", "Hôm nay: Thứ Sáu, 19/07/2024", "Tin tức > Tin địa phương", "Toàn cảnh hội nghị sơ kết.",
 "Quỹ phòng, chống thiên tai"],
["Hôm nay: Thứ Sáu, 19/07/2024", "2024-07-12 16:40", "6 tháng đầu năm 2024", "6 tháng cuối năm", "từ ngày 12 đến 16/11/2023",
 "Sáu tháng qua", "ít nhất 7 ngày", "năm 2023"]))

PAGES.append(page("b8373-quangtri-mttq-hoinghi-2024", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG TRỊ
Vị trí: Trang chủ > Hoạt động > Cuộc vận động
T6, 09/08/2024 - 08:00
Ảnh: Các đại biểu dự hội nghị.
Hội nghị bàn giải pháp xây dựng nhà chống lũ cho hộ nghèo vùng trũng
Ngày 8/8/2024, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Trị tổ chức hội nghị bàn giải pháp vận động nguồn lực xây dựng nhà ở an toàn, chống bão lũ cho hộ nghèo, hộ cận nghèo vùng thường xuyên bị ngập lụt năm 2024. Chủ trì hội nghị có ông Đào Mạnh Hà, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh và các Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Nguyễn Thị Lệ Thủy, Lê Văn Sơn.
Theo báo cáo, toàn tỉnh hiện có 1.472 hộ nghèo, hộ cận nghèo đang ở nhà tạm, nhà dột nát hoặc nhà thấp hơn mức nước lũ lịch sử năm 2020, tập trung ở các huyện Hải Lăng, Triệu Phong, Gio Linh và Hướng Hóa. Từ năm 2021 đến nay, Mặt trận các cấp đã vận động xây mới 318 căn nhà chống lũ có gác lửng hoặc sàn cao trên mức lũ, mỗi căn được hỗ trợ từ 50 đến 80 triệu đồng, tổng kinh phí trên 21 tỷ đồng.
Thực hiện Kế hoạch số 214/KH-UBND ngày 3/6/2024 của UBND tỉnh và Chương trình phối hợp số 05/CTr-MTTQ-UBND giữa Ủy ban MTTQ tỉnh và UBND tỉnh, năm 2024 tỉnh phấn đấu hỗ trợ thêm 260 căn nhà, trong đó ưu tiên hộ có người khuyết tật, người cao tuổi neo đơn. Hưởng ứng phong trào "Cả nước chung tay xóa nhà tạm, nhà dột nát", các doanh nghiệp đã cam kết ủng hộ khoảng 9 tỷ đồng.
Tại hội nghị, bà Hồ Thị Xoan, Chủ tịch Ủy ban MTTQ Việt Nam xã Hướng Lộc (Hướng Hóa), người dân tộc Vân Kiều, cho biết xã còn 43 hộ đồng bào ở ven suối, mỗi mùa mưa phải di dời nhiều lần; đề nghị kết hợp xây nhà với di dời đến nơi ở mới. Ông Nguyễn Văn Tùng, Trưởng Ban công tác Mặt trận thôn Mai Xá, xã Hải Chánh, chia sẻ kinh nghiệm vận động con em xa quê góp 380 triệu đồng và hơn 600 ngày công giúp 6 hộ làm nhà chống lũ.
Đại diện Ngân hàng Chính sách xã hội tỉnh thông tin, các hộ được hỗ trợ làm nhà còn có thể vay tối đa 40 triệu đồng với lãi suất 3%/năm. Đại tá Nguyễn Hữu Hòa, Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh, cho biết lực lượng vũ trang sẽ huy động khoảng 1.000 ngày công giúp dân vận chuyển vật liệu, dựng nhà.
Kết luận hội nghị, ông Đào Mạnh Hà đề nghị Mặt trận các huyện rà soát đúng đối tượng, công khai danh sách tại khu dân cư; phối hợp với Sở Xây dựng giới thiệu 3 mẫu nhà chống lũ phù hợp với từng vùng; phấn đấu trước mùa mưa bão năm 2025 có ít nhất 90% số hộ trong danh sách được hỗ trợ.
Hoài Nam
Tin liên quan
- Hải Lăng bàn giao 20 nhà chống lũ cho hộ nghèo (25/07/2024)
- Mặt trận tỉnh giám sát việc hỗ trợ hộ nghèo về nhà ở (02/07/2024)
- Quảng Trị phát động ủng hộ Quỹ "Vì người nghèo" (10/06/2024)
""", "2024-08-09", "Hội nghị bàn giải pháp xây dựng nhà chống lũ cho hộ nghèo vùng trũng",
E("hoi_nghi", "2024", "2024-08-08"),
[P("Đào Mạnh Hà", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thị Lệ Thủy", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"), P("Lê Văn Sơn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hồ Thị Xoan", "Chủ tịch Ủy ban MTTQ Việt Nam xã Hướng Lộc"),
 P("Nguyễn Văn Tùng", "Trưởng Ban công tác Mặt trận thôn Mai Xá"),
 P("Nguyễn Hữu Hòa", "Đại tá", "Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh")],
[Q("1.472 hộ nghèo, hộ cận nghèo", 1472, "hộ nghèo, hộ cận nghèo"), Q("318 căn nhà chống lũ", 318, "căn nhà chống lũ"),
 Q("từ 50", 50000000, "đồng"), Q("80 triệu đồng", 80000000, "đồng"), Q("trên 21 tỷ đồng", 21000000000, "đồng", "over"),
 Q("260 căn nhà", 260, "căn nhà"), Q("khoảng 9 tỷ đồng", 9000000000, "đồng", "approx"), Q("43 hộ đồng bào", 43, "hộ đồng bào"),
 Q("380 triệu đồng", 380000000, "đồng"), Q("hơn 600 ngày công", 600, "ngày công", "over"), Q("6 hộ", 6, "hộ"),
 Q("tối đa 40 triệu đồng", 40000000, "đồng"), Q("3%/năm", 3, "%"), Q("khoảng 1.000 ngày công", 1000, "ngày công", "approx"),
 Q("3 mẫu nhà chống lũ", 3, "mẫu nhà chống lũ"), Q("ít nhất 90%", 90, "%", "over")],
[D("Kế hoạch", "214", "KH-UBND", "2024-06-03", "UBND tỉnh", "Kế hoạch số 214/KH-UBND ngày 3/6/2024"),
 D("Chương trình phối hợp", "05", "CTr-MTTQ-UBND", None, None, "Chương trình phối hợp số 05/CTr-MTTQ-UBND")],
[prov("Quảng Trị"), com("Hướng Lộc"), com("Hải Chánh")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG TRỊ", "Vị trí: Trang chủ > Hoạt động > Cuộc vận động", "Ảnh: Các đại biểu dự hội nghị.",
 "Cả nước chung tay xóa nhà tạm, nhà dột nát", "Mai Xá", "Ngân hàng Chính sách xã hội tỉnh"],
["T6, 09/08/2024 - 08:00", "năm 2024", "năm 2020", "năm 2021", "năm 2025"]))

PAGES.append(page("b8374-hatinh-bienphong-traoqua-2024", """
BÁO HÀ TĨNH
Xã hội | Nhân ái
25/10/2024 06:00
Bộ đội Biên phòng trao 500 suất quà, 10 nhà tránh lũ cho dân vùng biên Hương Sơn
Ngày 24/10, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Hà Tĩnh phối hợp với Công ty CP Tập đoàn Hòa Bình Minh trao 500 suất quà và khởi công 10 ngôi nhà tránh lũ cho người dân các xã biên giới huyện Hương Sơn bị thiệt hại do mưa lũ sau bão số 4.
Đại tá Nguyễn Hồng Phong trao quà cho người dân xã Sơn Kim 1. Ảnh: Ngọc Loan
Dự buổi trao quà có Đại tá Nguyễn Hồng Phong, Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh; ông Võ Hồng Hiển, TUV, Bí thư Huyện ủy Hương Sơn; ông Nguyễn Văn Hưng, Giám đốc Công ty CP Tập đoàn Hòa Bình Minh. Mỗi suất quà trị giá 1 triệu đồng gồm gạo, dầu ăn, nhu yếu phẩm và tiền mặt; mỗi ngôi nhà tránh lũ được hỗ trợ 70 triệu đồng. Tổng giá trị các phần hỗ trợ là 1,2 tỷ đồng.
Mưa lớn kéo dài từ ngày 19 đến 21/9 do hoàn lưu bão số 4 đã khiến nước sông Ngàn Phố dâng cao, làm 2.134 nhà dân ở Hương Sơn bị ngập, 27 nhà bị sạt lở, hư hỏng nặng; hơn 340 ha hoa màu bị vùi lấp. Các xã Sơn Kim 1, Sơn Kim 2, Sơn Tây bị chia cắt 3 ngày. Trong lúc lũ lên, cán bộ, chiến sĩ Đồn Biên phòng Cửa khẩu quốc tế Cầu Treo đã phối hợp với dân quân sơ tán 163 hộ với 546 nhân khẩu ra khỏi vùng nguy hiểm, trong đó có 52 người già, trẻ em được đưa ra bằng xuồng.
Ông Trần Văn Tuấn, Chủ tịch UBND xã Sơn Kim 1, cho biết: sau lũ, xã đã rà soát 10 hộ có nhà ở vùng nguy cơ sạt lở cao, không còn khả năng sửa chữa để đề nghị hỗ trợ xây nhà tránh lũ. Các ngôi nhà được thiết kế có sàn cao 1,8 m so với mặt đất, diện tích khoảng 45 m2, dự kiến hoàn thành trước Tết Nguyên đán 2025.
Bà Lô Thị Dung, dân tộc Thái ở bản Khe Máng, một trong 10 hộ được hỗ trợ nhà, chia sẻ: "Nhà tôi ở sát bờ khe, năm nào lũ cũng vào tận giường. Có nhà mới, mùa mưa năm sau không phải bế con đi tránh lũ nữa".
Thời gian qua, Bộ đội Biên phòng tỉnh Hà Tĩnh đã triển khai nhiều hoạt động theo Kế hoạch số 2187/KH-BĐBP ngày 10/9/2024 của Bộ Chỉ huy Bộ đội Biên phòng tỉnh về giúp nhân dân khắc phục hậu quả thiên tai, huy động hơn 1.500 lượt cán bộ, chiến sĩ giúp dân dọn dẹp bùn đất, vệ sinh trường học, sửa chữa 46 ngôi nhà bị hư hỏng.
Đại tá Nguyễn Hồng Phong mong muốn người dân sớm ổn định cuộc sống, tiếp tục đồng hành cùng bộ đội biên phòng giữ vững an ninh biên giới.
Thu Hằng
Tin liên quan
- Hương Sơn: Nhiều xã bị cô lập do lũ (20/09/2024)
- Hà Tĩnh sơ tán hơn 5.000 hộ dân tránh bão số 4 (18/09/2024)
- Trao 200 suất quà cho học sinh vùng biên (05/09/2024)
- Đồn Biên phòng Cầu Treo giúp dân chằng chống nhà cửa (17/09/2024)
- "Nâng bước em tới trường" ở các xã biên giới Hà Tĩnh (28/08/2024)
""", "2024-10-25", "Bộ đội Biên phòng trao 500 suất quà, 10 nhà tránh lũ cho dân vùng biên Hương Sơn",
E("trao_qua", None, "2024-10-24"),
[P("Nguyễn Hồng Phong", "Đại tá", "Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh"),
 P("Võ Hồng Hiển", "TUV", "Bí thư Huyện ủy Hương Sơn"),
 P("Nguyễn Văn Hưng", "Giám đốc Công ty CP Tập đoàn Hòa Bình Minh"),
 P("Trần Văn Tuấn", "Chủ tịch UBND xã Sơn Kim 1"),
 P("Lô Thị Dung")],
[Q("500 suất quà", 500, "suất quà"), Q("10 ngôi nhà tránh lũ", 10, "ngôi nhà tránh lũ"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("70 triệu đồng", 70000000, "đồng"), Q("1,2 tỷ đồng", 1200000000, "đồng"), Q("2.134 nhà dân", 2134, "nhà dân"),
 Q("27 nhà", 27, "nhà"), Q("hơn 340 ha", 340, "ha", "over"), Q("163 hộ", 163, "hộ"), Q("546 nhân khẩu", 546, "nhân khẩu"),
 Q("52 người già, trẻ em", 52, "người già, trẻ em"), Q("10 hộ", 10, "hộ"), Q("1,8 m", 1.8, "m"), Q("khoảng 45 m2", 45, "m2", "approx"),
 Q("hơn 1.500 lượt cán bộ, chiến sĩ", 1500, "lượt cán bộ, chiến sĩ", "over"), Q("46 ngôi nhà", 46, "ngôi nhà")],
[D("Kế hoạch", "2187", "KH-BĐBP", "2024-09-10", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Kế hoạch số 2187/KH-BĐBP ngày 10/9/2024")],
[prov("Hà Tĩnh"), com("Sơn Kim 1"), com("Sơn Kim 2"), com("Sơn Tây")],
["BÁO HÀ TĨNH", "Xã hội | Nhân ái", "Đại tá Nguyễn Hồng Phong trao quà cho người dân xã Sơn Kim 1. Ảnh: Ngọc Loan",
 "Công ty CP Tập đoàn Hòa Bình Minh", "Đồn Biên phòng Cửa khẩu quốc tế Cầu Treo", "Khe Máng", "Ngàn Phố"],
["25/10/2024 06:00", "bão số 4", "từ ngày 19 đến 21/9", "3 ngày", "Tết Nguyên đán 2025", "Sơn Kim 1", "Sơn Kim 2"]))
