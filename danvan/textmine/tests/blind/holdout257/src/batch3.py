from lib import *
PAGES = []

PAGES.append(page("b6137-lamdong-lacduong-tongket-2024", """
TRANG THÔNG TIN ĐIỆN TỬ HUYỆN LẠC DƯƠNG
Bạn đang ở: Trang chủ > Tin tức > Dân tộc - Tôn giáo
20/12/2024 - 16:45
Toàn cảnh hội nghị. Ảnh: K'Bròl
Lạc Dương: 96% hộ đồng bào K'Ho có nhà ở kiên cố
Ngày 19/12/2024, UBND huyện Lạc Dương tổ chức hội nghị tổng kết công tác dân tộc năm 2024 và 3 năm thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi. Dự hội nghị có đồng chí Ya Tuấn, TUV, Trưởng Ban Dân tộc tỉnh Lâm Đồng; đồng chí Đinh Văn Thắng, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Lạc Dương.
Báo cáo do bà Bon Niêng Ha Thuyết, Huyện ủy viên, Trưởng phòng Dân tộc huyện trình bày cho biết, giai đoạn 2022 - 2024 huyện được phân bổ 214,6 tỷ đồng thực hiện chương trình theo Quyết định số 1719/QĐ-TTg và Nghị quyết số 21/2022/NQ-HĐND của HĐND tỉnh Lâm Đồng. Huyện đã hỗ trợ nhà ở cho 1.186 hộ; đến nay 96% hộ đồng bào K'Ho có nhà ở kiên cố. Tỷ lệ hộ nghèo đồng bào dân tộc thiểu số giảm còn 2,1%; thu nhập bình quân đạt trên 60 triệu đồng/người/năm.
Huyện đã thành lập 15 tổ hợp tác, hình thành 4 chuỗi liên kết sản xuất cà phê Arabica, rau, hoa với doanh nghiệp; khoảng 1.300 hộ tham gia. Thực hiện Chỉ thị 15, 16-CT/HU của Ban Thường vụ Huyện ủy về vận động đồng bào không phá rừng, không bán đất sản xuất, các xã đã giao khoán bảo vệ 52.400 ha rừng cho 1.870 hộ.
Các đồng chí Phó Trưởng phòng Dân tộc huyện: Cil Ha Vũ, Liêng Hót Ha Nhiên báo cáo kết quả thực hiện Quyết định số 1305/QĐ-UBND ngày 05/6/2024 của UBND huyện về hỗ trợ sinh kế; theo đó 210 hộ được hỗ trợ cây giống, phân bón với tổng kinh phí 3,15 tỷ đồng.
Tại hội nghị, ông Kră Jăn Ha Siêng, Chủ tịch UBND xã Đạ Chais, cho biết xã đã xóa xong nhà tạm; ông Rơ Ông Ha Dũng, già làng thôn Klong Klanh, xã Đạ Sar, kiến nghị tiếp tục hỗ trợ đào tạo nghề cho thanh niên. Bà Bon Yô Ka Linh, Phó Chủ tịch Hội LHPN xã Đưng K'Nớ, chia sẻ mô hình dệt thổ cẩm gắn với du lịch cộng đồng giúp 32 chị em có thu nhập ổn định.
Phát biểu chỉ đạo, đồng chí Ya Tuấn biểu dương những kết quả huyện đạt được, đề nghị năm 2025 tập trung nâng chất lượng các mô hình sinh kế, giữ vững an ninh vùng đồng bào; rà soát, chuẩn bị cho việc chuyển giao nhiệm vụ khi sắp xếp tổ chức bộ máy. Hội nghị là dịp để nhìn lại chặng đường thực hiện chương trình, đánh giá những việc làm được và chưa làm được, rút ra bài học kinh nghiệm trong công tác vận động đồng bào.
Nhân dịp này, UBND huyện tặng giấy khen cho 12 tập thể và 18 cá nhân tiêu biểu trong thực hiện chương trình; Ban Dân tộc tỉnh tặng bằng khen cho 2 tập thể.
Phòng Dân tộc huyện
Lượt xem: 2.317
Tin liên quan
- Lạc Dương tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2024 (15/11/2024)
- Xã Đạ Sar bàn giao 12 căn nhà cho hộ nghèo (30/10/2024)
- Hội nghị biểu dương người có uy tín huyện Lạc Dương (18/10/2024)
""", "2024-12-20", "Lạc Dương: 96% hộ đồng bào K'Ho có nhà ở kiên cố",
E("tong_ket", "2024", "2024-12-19"),
[P("Ya Tuấn", "TUV", "Trưởng Ban Dân tộc tỉnh Lâm Đồng"),
 P("Đinh Văn Thắng", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện Lạc Dương"),
 P("Bon Niêng Ha Thuyết", "Huyện ủy viên", "Trưởng phòng Dân tộc huyện"),
 P("Cil Ha Vũ", "Phó Trưởng phòng Dân tộc huyện"),
 P("Liêng Hót Ha Nhiên", "Phó Trưởng phòng Dân tộc huyện"),
 P("Kră Jăn Ha Siêng", "Chủ tịch UBND xã Đạ Chais"),
 P("Rơ Ông Ha Dũng", "già làng thôn Klong Klanh"),
 P("Bon Yô Ka Linh", "Phó Chủ tịch Hội LHPN xã Đưng K'Nớ")],
[Q("96%", 96, "%"), Q("214,6 tỷ đồng", 214600000000, "đồng"), Q("1.186 hộ", 1186, "hộ"), Q("2,1%", 2.1, "%"),
 Q("trên 60 triệu đồng/người/năm", 60000000, "đồng", "over"), Q("15 tổ hợp tác", 15, "tổ hợp tác"),
 Q("4 chuỗi liên kết sản xuất", 4, "chuỗi liên kết sản xuất"), Q("khoảng 1.300 hộ", 1300, "hộ", "approx"),
 Q("52.400 ha", 52400, "ha"), Q("1.870 hộ", 1870, "hộ"), Q("210 hộ", 210, "hộ"), Q("3,15 tỷ đồng", 3150000000, "đồng"),
 Q("32 chị em", 32, "chị em"), Q("12 tập thể", 12, "tập thể"), Q("18 cá nhân tiêu biểu", 18, "cá nhân tiêu biểu"),
 Q("2 tập thể", 2, "tập thể")],
[D("Quyết định", "1719", "QĐ-TTg", None, None, "Quyết định số 1719/QĐ-TTg"),
 D("Nghị quyết", "21", "2022/NQ-HĐND", None, "HĐND tỉnh Lâm Đồng", "Nghị quyết số 21/2022/NQ-HĐND"),
 D("Chỉ thị", "15", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 15, 16-CT/HU"),
 D("Chỉ thị", "16", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 15, 16-CT/HU"),
 D("Quyết định", "1305", "QĐ-UBND", "2024-06-05", "UBND huyện", "Quyết định số 1305/QĐ-UBND ngày 05/6/2024")],
[prov("Lâm Đồng"), com("Đạ Chais"), com("Đạ Sar"), com("Đưng K'Nớ")],
["TRANG THÔNG TIN ĐIỆN TỬ HUYỆN LẠC DƯƠNG", "Bạn đang ở: Trang chủ > Tin tức > Dân tộc - Tôn giáo", "Toàn cảnh hội nghị. Ảnh: K'Bròl",
 "Lượt xem: 2.317", "Arabica"],
["20/12/2024 - 16:45", "năm 2024", "3 năm", "giai đoạn 2022 - 2024", "năm 2025", "Lượt xem: 2.317"]))

PAGES.append(page("b6138-quangnam-ubnd-hoinghi-2021", """
BÁO QUẢNG NAM ONLINE
Chính trị / Thời sự / Miền núi
Thứ Sáu, 24/12/2021, 08:05
Triển khai Chương trình mục tiêu quốc gia vùng đồng bào dân tộc thiểu số: ưu tiên 50 xã vùng III
Chiều 23/12, UBND tỉnh tổ chức hội nghị trực tuyến triển khai Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021 - 2030, giai đoạn I từ năm 2021 đến năm 2025. Hội nghị kết nối với 10 điểm cầu huyện, có khoảng 350 đại biểu tham dự. Đồng chí Trần Minh Quang, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh chủ trì.
Đồng chí Trần Minh Quang phát biểu chỉ đạo hội nghị.
Trưởng Ban Dân tộc tỉnh Arất Blưu cho biết, Quảng Nam có 9 huyện miền núi với hơn 140.000 người dân tộc thiểu số, chủ yếu là Cơ Tu, Xơ Đăng, Giẻ Triêng, Co. Theo Quyết định số 861/QĐ-TTg ngày 04/6/2021 của Thủ tướng Chính phủ, tỉnh có 50 xã vùng III; theo Quyết định số 612/QĐ-UBDT ngày 16/9/2021 của Ủy ban Dân tộc có 193 thôn đặc biệt khó khăn. Hiện còn trên 5.800 hộ thiếu nhà ở, 2.740 hộ thiếu đất sản xuất và khoảng 9.100 hộ chưa có nước sinh hoạt hợp vệ sinh.
Tổng vốn giai đoạn 2021 - 2025 dự kiến 3.265 tỷ đồng, trong đó ngân sách Trung ương 2.968 tỷ đồng. Ông Clâu Nhị, Phó Trưởng ban Thường trực - Chánh Văn phòng Ban Dân tộc tỉnh, quán triệt 10 dự án thành phần và dự thảo Kế hoạch số 7215/KH-UBND ngày 20/12/2021 của UBND tỉnh; đồng thời nêu yêu cầu thực hiện Chương trình hành động số 14-CTr/TU của Tỉnh ủy về phát triển bền vững kinh tế - xã hội gắn với bảo đảm quốc phòng, an ninh ở các xã biên giới.
Tại điểm cầu Tây Giang, bà Alăng Thị Nhé, Phó Chủ tịch UBND huyện, đề nghị ưu tiên vốn cho các xã biên giới Tr'Hy, A Xan; ông Zơrâm Vên, người có uy tín thôn Ariêu, xã A Xan, mong muốn có chính sách bảo tồn làng truyền thống của người Cơ Tu. Ông Hồ Văn Thuận, Chủ tịch UBND xã Trà Leng, đề nghị bố trí sớm vốn tái định cư cho 64 hộ bị ảnh hưởng sạt lở.
Kết luận hội nghị, đồng chí Trần Minh Quang yêu cầu các huyện khẩn trương kiện toàn ban chỉ đạo, rà soát đối tượng, xây dựng kế hoạch năm 2022 trước ngày 15/01/2022; không để xảy ra tình trạng "chờ vốn" hay dàn trải; phát huy phương châm "dân biết, dân bàn, dân làm, dân kiểm tra". Các sở, ngành phải có văn bản hướng dẫn cụ thể từng dự án, tạo điều kiện để cấp xã làm chủ đầu tư các công trình quy mô nhỏ, kỹ thuật đơn giản.
Ông Arất Blưu cho biết Ban Dân tộc tỉnh sẽ tổ chức tập huấn cho cán bộ các huyện, xã ngay trong quý I năm 2022 và thiết lập đường dây nóng để giải đáp vướng mắc trong quá trình triển khai.
Alăng Ngước
Tin cùng chuyên mục
- Nam Giang: giao đất rừng cho 450 hộ Cơ Tu (17/12/2021)
- Người có uy tín góp sức giữ bình yên biên giới (09/12/2021)
- Phước Sơn: khắc phục hậu quả sạt lở sau mưa lũ (01/12/2021)
""", "2021-12-24", "Triển khai Chương trình mục tiêu quốc gia vùng đồng bào dân tộc thiểu số: ưu tiên 50 xã vùng III",
E("hoi_nghi", None, "2021-12-23"),
[P("Trần Minh Quang", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch UBND tỉnh"),
 P("Arất Blưu", "Trưởng Ban Dân tộc tỉnh"),
 P("Clâu Nhị", "Phó Trưởng ban Thường trực - Chánh Văn phòng Ban Dân tộc tỉnh"),
 P("Alăng Thị Nhé", "Phó Chủ tịch UBND huyện"),
 P("Zơrâm Vên", "người có uy tín thôn Ariêu"),
 P("Hồ Văn Thuận", "Chủ tịch UBND xã Trà Leng")],
[Q("50 xã vùng III", 50, "xã vùng III"), Q("10 điểm cầu huyện", 10, "điểm cầu huyện"),
 Q("khoảng 350 đại biểu", 350, "đại biểu", "approx"), Q("9 huyện miền núi", 9, "huyện miền núi"),
 Q("hơn 140.000 người dân tộc thiểu số", 140000, "người dân tộc thiểu số", "over"),
 Q("193 thôn đặc biệt khó khăn", 193, "thôn đặc biệt khó khăn"), Q("trên 5.800 hộ", 5800, "hộ", "over"),
 Q("2.740 hộ", 2740, "hộ"), Q("khoảng 9.100 hộ", 9100, "hộ", "approx"),
 Q("3.265 tỷ đồng", 3265000000000, "đồng"), Q("2.968 tỷ đồng", 2968000000000, "đồng"),
 Q("10 dự án thành phần", 10, "dự án thành phần"), Q("64 hộ", 64, "hộ")],
[D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021"),
 D("Quyết định", "861", "QĐ-TTg", "2021-06-04", "Thủ tướng Chính phủ", "Quyết định số 861/QĐ-TTg ngày 04/6/2021"),
 D("Quyết định", "612", "QĐ-UBDT", "2021-09-16", "Ủy ban Dân tộc", "Quyết định số 612/QĐ-UBDT ngày 16/9/2021"),
 D("Kế hoạch", "7215", "KH-UBND", "2021-12-20", "UBND tỉnh", "Kế hoạch số 7215/KH-UBND ngày 20/12/2021"),
 D("Chương trình hành động", "14", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 14-CTr/TU")],
[prov("Quảng Nam"), com("Tr'Hy"), com("A Xan"), com("Trà Leng")],
["BÁO QUẢNG NAM ONLINE", "Chính trị / Thời sự / Miền núi", "Đồng chí Trần Minh Quang phát biểu chỉ đạo hội nghị.",
 "dân biết, dân bàn, dân làm, dân kiểm tra", "chờ vốn"],
["Thứ Sáu, 24/12/2021, 08:05", "giai đoạn 2021 - 2030", "giai đoạn I", "giai đoạn 2021 - 2025", "năm 2022", "quý I năm 2022"]))

PAGES.append(page("b6139-binhphuoc-bdt-tongket-2020", """
BÁO BÌNH PHƯỚC ONLINE
Trang chủ » Xã hội » Dân tộc - Tôn giáo
Cập nhật lúc 17:20 ngày 30/12/2020
Ảnh: Các đại biểu dự hội nghị.
Chương trình 135 giúp vùng đồng bào S'tiêng, Mnông đổi thay
Sáng 29/12, Ban Dân tộc tỉnh Bình Phước tổ chức hội nghị tổng kết công tác dân tộc năm 2020 và Chương trình 135 giai đoạn 2016 - 2020. Phó Chủ tịch UBND tỉnh Huỳnh Anh Thư dự và chỉ đạo; ông Điểu Minh Hòa, Tỉnh ủy viên, Trưởng Ban Dân tộc tỉnh chủ trì. Tham dự có 42 đồng chí là thành viên Ban Chỉ đạo các chương trình mục tiêu quốc gia các huyện, thị xã.
Theo báo cáo, thực hiện Quyết định số 2085/QĐ-TTg và Quyết định số 900/QĐ-TTg ngày 20/6/2017 của Thủ tướng Chính phủ, 5 năm qua tỉnh đã đầu tư 618,4 tỷ đồng cho 28 xã đặc biệt khó khăn và 74 thôn, ấp đặc biệt khó khăn; xây dựng 246 công trình, trong đó 158 công trình giao thông. Hơn 9.600 hộ được hỗ trợ phát triển sản xuất, đa dạng hóa sinh kế; tỷ lệ hộ nghèo đồng bào dân tộc thiểu số giảm từ 19,8% xuống còn 6,14%. Đến nay có 11 xã hoàn thành mục tiêu chương trình, thoát khỏi diện đặc biệt khó khăn.
Năm 2020, dù chịu ảnh hưởng của dịch Covid-19, Ban Dân tộc tỉnh vẫn tham mưu thực hiện Kế hoạch số 96, 97/KH-UBND của UBND tỉnh về hỗ trợ sinh kế và về công tác người có uy tín; tổ chức thăm, tặng quà cho 286 người có uy tín với tổng kinh phí khoảng 429 triệu đồng.
Ông Điểu Brông, Chủ tịch UBND xã Đắk Ơ, cho biết xã đã làm 17 km đường bê tông, 4 trường học được kiên cố hóa; bà Thị Hồng Nhung, Bí thư Chi bộ sóc Bù Lư, xã Lộc Thành, chia sẻ kinh nghiệm vận động đồng bào Khmer trồng điều ghép năng suất cao. Ông Lâm Văn Sơn, HUV, Trưởng phòng Dân tộc huyện Lộc Ninh, đề nghị tiếp tục hỗ trợ đất sản xuất cho 132 hộ.
Phát biểu chỉ đạo, Phó Chủ tịch UBND tỉnh Huỳnh Anh Thư đề nghị Ban Dân tộc chuẩn bị tốt các điều kiện triển khai Nghị quyết số 88/2019/QH14 của Quốc hội về Đề án tổng thể phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi ngay từ năm 2021; rà soát, xác định các xã, thôn theo 3 khu vực; chú trọng chuyển giao khoa học kỹ thuật, liên kết tiêu thụ nông sản cho đồng bào.
Hội nghị đánh giá, bên cạnh kết quả đạt được, việc hỗ trợ phát triển sản xuất ở một số nơi còn nhỏ lẻ, chưa bền vững; một bộ phận đồng bào còn tư tưởng trông chờ, ỷ lại; tình trạng bán đất, di cư tự do vẫn xảy ra ở một số xã vùng biên giới.
Dịp này, UBND tỉnh tặng bằng khen cho 9 tập thể, 14 cá nhân có thành tích trong thực hiện Chương trình 135.
Quang Minh
Tin liên quan
- Bù Gia Mập: 300 hộ nghèo được hỗ trợ bò giống (22/12/2020)
- Gặp mặt người có uy tín năm 2020 (10/12/2020)
- Tập huấn kiến thức cho cán bộ làm công tác dân tộc (25/11/2020)
""", "2020-12-30", "Chương trình 135 giúp vùng đồng bào S'tiêng, Mnông đổi thay",
E("tong_ket", "2020", "2020-12-29"),
[P("Huỳnh Anh Thư", "Phó Chủ tịch UBND tỉnh"),
 P("Điểu Minh Hòa", "Tỉnh ủy viên", "Trưởng Ban Dân tộc tỉnh"),
 P("Điểu Brông", "Chủ tịch UBND xã Đắk Ơ"),
 P("Thị Hồng Nhung", "Bí thư Chi bộ sóc Bù Lư"),
 P("Lâm Văn Sơn", "HUV", "Trưởng phòng Dân tộc huyện Lộc Ninh")],
[Q("42 đồng chí", 42, "đồng chí"), Q("618,4 tỷ đồng", 618400000000, "đồng"),
 Q("28 xã đặc biệt khó khăn", 28, "xã đặc biệt khó khăn"), Q("74 thôn, ấp đặc biệt khó khăn", 74, "thôn, ấp đặc biệt khó khăn"),
 Q("246 công trình", 246, "công trình"), Q("158 công trình giao thông", 158, "công trình giao thông"),
 Q("Hơn 9.600 hộ", 9600, "hộ", "over"), Q("19,8%", 19.8, "%"), Q("6,14%", 6.14, "%"), Q("11 xã", 11, "xã"),
 Q("286 người có uy tín", 286, "người có uy tín"), Q("khoảng 429 triệu đồng", 429000000, "đồng", "approx"),
 Q("17 km", 17, "km"), Q("4 trường học", 4, "trường học"), Q("132 hộ", 132, "hộ"),
 Q("9 tập thể", 9, "tập thể"), Q("14 cá nhân", 14, "cá nhân")],
[D("Quyết định", "2085", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 2085/QĐ-TTg"),
 D("Quyết định", "900", "QĐ-TTg", "2017-06-20", "Thủ tướng Chính phủ", "Quyết định số 900/QĐ-TTg ngày 20/6/2017"),
 D("Kế hoạch", "96", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 96, 97/KH-UBND"),
 D("Kế hoạch", "97", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 96, 97/KH-UBND"),
 D("Nghị quyết", "88", "2019/QH14", None, "Quốc hội", "Nghị quyết số 88/2019/QH14")],
[prov("Bình Phước"), com("Đắk Ơ"), com("Lộc Thành")],
["BÁO BÌNH PHƯỚC ONLINE", "Trang chủ » Xã hội » Dân tộc - Tôn giáo", "Ảnh: Các đại biểu dự hội nghị.", "Chương trình 135",
 "Đề án tổng thể phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi", "Covid-19"],
["Cập nhật lúc 17:20 ngày 30/12/2020", "42 đồng chí", "năm 2020", "giai đoạn 2016 - 2020", "5 năm", "Covid-19", "năm 2021", "3 khu vực", "Chương trình 135"]))

PAGES.append(page("b6140-tuyenquang-laochai-chandung-2025", """
BÁO TUYÊN QUANG ĐIỆN TỬ
Xã hội > Dân tộc - Miền núi > Gương sáng
Thứ Hai, 15/09/2025 - 07:30
Ông Lù Seo Chứ bên đàn bò của gia đình.
Người Mông ở Lao Chải vươn lên từ đồng vốn chương trình 1719
Từ 2 con bò giống được hỗ trợ năm 2022, đến nay gia đình ông Lù Seo Chứ, người có uy tín thôn Tả Chải, xã Lao Chải, đã có đàn bò 11 con, 2 ha chè Shan tuyết và ngôi nhà xây kiên cố. Câu chuyện của ông là một trong nhiều điển hình ở vùng cao phía Bắc của tỉnh Tuyên Quang sau khi hợp nhất với tỉnh Hà Giang theo Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội.
Gần chục năm trước, nhà ông Chứ thuộc diện hộ nghèo, cả nhà 7 khẩu sống trong căn nhà gỗ tạm bợ. Năm 2022, gia đình được hỗ trợ 40 triệu đồng làm nhà và 2 con bò giống từ nguồn vốn Chương trình mục tiêu quốc gia theo Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ. Ông vay thêm 50 triệu đồng từ Ngân hàng Chính sách xã hội, trồng cỏ, làm chuồng trại đúng kỹ thuật. Năm 2024, thu nhập của gia đình đạt hơn 120 triệu đồng.
"Có con bò, có cây chè, con cháu không phải đi làm thuê xa nữa", ông Chứ nói. Không chỉ làm kinh tế, ông còn vận động 14 hộ trong thôn cùng trồng chè, hiến 800 m2 đất mở đường vào thôn.
Bí thư Đảng ủy xã Lao Chải Vàng Mí Pà cho biết, sau sắp xếp, xã có 9.460 nhân khẩu, 98% là đồng bào Mông, Dao. Từ năm 2022 đến nay, xã đã có 356 hộ được hỗ trợ nhà ở, 118 hộ được hỗ trợ con giống; tỷ lệ hộ nghèo giảm còn khoảng 31%. Thôn Tả Chải có 86 hộ thì nay chỉ còn 12 hộ nghèo.
Phó Chủ tịch UBND xã Lao Chải Giàng Thị Mai cho biết, thực hiện Quyết định số 1412/QĐ-UBND của UBND tỉnh về phân cấp quản lý vốn sự nghiệp, xã đang lập 3 dự án hỗ trợ phát triển sản xuất theo chuỗi giá trị chè và bò.
Theo ông Hoàng Quốc Tuấn, Phó Giám đốc Sở Dân tộc và Tôn giáo tỉnh Tuyên Quang, những người như ông Chứ là hạt nhân để đồng bào học theo, thay đổi nếp nghĩ, cách làm. Tỉnh sẽ tiếp tục nhân rộng các mô hình này trong giai đoạn tiếp theo của chương trình, ưu tiên các xã vùng cao, biên giới.
Con đường bê tông dẫn vào thôn Tả Chải giờ đã phẳng phiu, hai bên là những nương chè xanh mướt. Buổi tối, nhà văn hóa thôn sáng đèn, các thành viên tổ truyền thông cộng đồng tập văn nghệ, tuyên truyền phòng chống tảo hôn. Ông Chứ bảo, điều ông mong nhất là con cháu được học hành đến nơi đến chốn, biết làm ăn, giữ được tiếng Mông, điệu khèn của cha ông.
Bài và ảnh: Vũ Linh
Tin liên quan
- Tuyên Quang: kiện toàn Ban Chỉ đạo các chương trình mục tiêu quốc gia (08/09/2025)
- Xã Lao Chải ra mắt chính quyền địa phương hai cấp (01/07/2025)
- Chè Shan tuyết vùng cao vào mùa thu hoạch (20/08/2025)
""", "2025-09-15", "Người Mông ở Lao Chải vươn lên từ đồng vốn chương trình 1719",
E("khac", None, None),
[P("Lù Seo Chứ", "người có uy tín thôn Tả Chải"),
 P("Vàng Mí Pà", "Bí thư Đảng ủy xã Lao Chải"),
 P("Giàng Thị Mai", "Phó Chủ tịch UBND xã Lao Chải"),
 P("Hoàng Quốc Tuấn", "Phó Giám đốc Sở Dân tộc và Tôn giáo tỉnh Tuyên Quang")],
[Q("2 con bò giống", 2, "con bò giống"), Q("11 con", 11, "con"), Q("2 ha", 2, "ha"), Q("7 khẩu", 7, "khẩu"),
 Q("40 triệu đồng", 40000000, "đồng"), Q("50 triệu đồng", 50000000, "đồng"),
 Q("hơn 120 triệu đồng", 120000000, "đồng", "over"), Q("14 hộ", 14, "hộ"), Q("800 m2", 800, "m2"),
 Q("9.460 nhân khẩu", 9460, "nhân khẩu"), Q("98%", 98, "%"), Q("356 hộ", 356, "hộ"), Q("118 hộ", 118, "hộ"),
 Q("khoảng 31%", 31, "%", "approx"), Q("86 hộ", 86, "hộ"), Q("12 hộ nghèo", 12, "hộ nghèo"),
 Q("3 dự án hỗ trợ phát triển sản xuất", 3, "dự án hỗ trợ phát triển sản xuất")],
[D("Nghị quyết", "202", "2025/QH15", "2025-06-12", "Quốc hội", "Nghị quyết số 202/2025/QH15 ngày 12/6/2025"),
 D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg"),
 D("Quyết định", "1412", "QĐ-UBND", None, "UBND tỉnh", "Quyết định số 1412/QĐ-UBND")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Lao Chải")],
["BÁO TUYÊN QUANG ĐIỆN TỬ", "Xã hội > Dân tộc - Miền núi > Gương sáng", "Ông Lù Seo Chứ bên đàn bò của gia đình.",
 "Ngân hàng Chính sách xã hội", "chương trình 1719", "Shan tuyết"],
["Thứ Hai, 15/09/2025 - 07:30", "năm 2022", "Gần chục năm", "Năm 2024", "chương trình 1719"]))

PAGES.append(page("b6141-vinhlong-sdttg-soket-2025", """
Báo Vĩnh Long điện tử
Chính trị | Xã hội | Đồng bào Khmer
Ngày đăng 18/07/2025 | 14:20
Vĩnh Long sơ kết 6 tháng thực hiện chính sách vùng đồng bào Khmer sau hợp nhất
Ngày 17/7, Sở Dân tộc và Tôn giáo tỉnh Vĩnh Long tổ chức hội nghị sơ kết 6 tháng đầu năm 2025 thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi, là hội nghị đầu tiên sau khi tỉnh Vĩnh Long hợp nhất với tỉnh Bến Tre và tỉnh Trà Vinh từ ngày 01/7/2025. Ông Thạch Chanh Đa, Giám đốc Sở Dân tộc và Tôn giáo chủ trì; dự có ông Nguyễn Hữu Lộc, Phó Chủ tịch UBND tỉnh.
Ông Thạch Chanh Đa phát biểu tại hội nghị.
Tỉnh Vĩnh Long mới có hơn 320.000 người Khmer, tập trung ở khu vực tỉnh Trà Vinh trước đây. Báo cáo cho biết, 6 tháng đầu năm tổng vốn chương trình của 3 tỉnh cũ là 698,3 tỷ đồng, đã giải ngân 286,4 tỷ đồng, đạt 41,2%. Các địa phương hoàn thành hỗ trợ nhà ở cho 1.024 hộ, nước sinh hoạt phân tán cho 2.310 hộ, chuyển đổi nghề cho 865 hộ; 58 công trình hạ tầng đang thi công.
Việc bàn giao hồ sơ từ cấp huyện về cấp xã theo Nghị quyết số 202/2025/QH15 của Quốc hội và Nghị định số 125/2025/NĐ-CP của Chính phủ được thực hiện khẩn trương; tuy nhiên nhiều xã mới còn thiếu công chức theo dõi chương trình. Bà Kim Thị Sóc Kha, Phó Giám đốc Sở Dân tộc và Tôn giáo, đề nghị thống nhất biểu mẫu báo cáo theo Kế hoạch số 12/KH-UBND ngày 08/7/2025 của UBND tỉnh Vĩnh Long.
Tại hội nghị, ông Sơn Văn Phên, Chủ tịch UBND xã Tập Sơn, cho biết xã mới gồm 3 xã cũ, có 62% dân số là đồng bào Khmer; xã đang thi công 4 tuyến đường và cần thêm khoảng 2,4 tỷ đồng vốn đối ứng. Hòa thượng Thạch Sóc Hên, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, đề nghị tiếp tục hỗ trợ 112 lớp dạy chữ Khmer hè tại các chùa. Bà Sơn Thị Mỹ Hạnh, Phó Chủ tịch UBND xã Ngũ Lạc, kiến nghị sớm ban hành danh sách hộ nghèo theo địa bàn mới.
Kết luận hội nghị, ông Nguyễn Hữu Lộc yêu cầu Sở Dân tộc và Tôn giáo khẩn trương tham mưu UBND tỉnh ban hành Quyết định thay thế các văn bản của 3 tỉnh cũ, thống nhất định mức hỗ trợ trong toàn tỉnh; các xã, phường rà soát đối tượng, không để gián đoạn chính sách; phấn đấu giải ngân trên 90% kế hoạch vốn năm 2025 trước ngày 31/01/2026. Đồng thời thực hiện Thông tư số 04/2025/TT-BDTTG của Bộ Dân tộc và Tôn giáo về hướng dẫn thực hiện chương trình sau khi sắp xếp chính quyền địa phương hai cấp.
Hội nghị cũng thống nhất các nhiệm vụ trọng tâm 6 tháng cuối năm 2025, trong đó có việc chuẩn bị tổng kết giai đoạn I của chương trình.
Phương Thảo
Tin liên quan
- Vĩnh Long: họp mặt chức sắc, chức việc Phật giáo Nam tông Khmer (10/07/2025)
- Sở Dân tộc và Tôn giáo tỉnh công bố quyết định thành lập (02/07/2025)
- Trà Cú trao 50 căn nhà cho hộ nghèo (20/06/2025)
""", "2025-07-18", "Vĩnh Long sơ kết 6 tháng thực hiện chính sách vùng đồng bào Khmer sau hợp nhất",
E("so_ket", "2025-H1", "2025-07-17"),
[P("Thạch Chanh Đa", "Giám đốc Sở Dân tộc và Tôn giáo"),
 P("Nguyễn Hữu Lộc", "Phó Chủ tịch UBND tỉnh"),
 P("Kim Thị Sóc Kha", "Phó Giám đốc Sở Dân tộc và Tôn giáo"),
 P("Sơn Văn Phên", "Chủ tịch UBND xã Tập Sơn"),
 P("Thạch Sóc Hên", "Hòa thượng", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
 P("Sơn Thị Mỹ Hạnh", "Phó Chủ tịch UBND xã Ngũ Lạc")],
[Q("hơn 320.000 người Khmer", 320000, "người Khmer", "over"), Q("3 tỉnh cũ", 3, "tỉnh cũ"),
 Q("698,3 tỷ đồng", 698300000000, "đồng"), Q("286,4 tỷ đồng", 286400000000, "đồng"), Q("41,2%", 41.2, "%"),
 Q("1.024 hộ", 1024, "hộ"), Q("2.310 hộ", 2310, "hộ"), Q("865 hộ", 865, "hộ"),
 Q("58 công trình hạ tầng", 58, "công trình hạ tầng"), Q("3 xã cũ", 3, "xã cũ"), Q("62%", 62, "%"),
 Q("4 tuyến đường", 4, "tuyến đường"), Q("khoảng 2,4 tỷ đồng", 2400000000, "đồng", "approx"),
 Q("112 lớp dạy chữ Khmer hè", 112, "lớp dạy chữ Khmer hè"), Q("trên 90%", 90, "%", "over")],
[D("Nghị quyết", "202", "2025/QH15", None, "Quốc hội", "Nghị quyết số 202/2025/QH15"),
 D("Nghị định", "125", "2025/NĐ-CP", None, "Chính phủ", "Nghị định số 125/2025/NĐ-CP"),
 D("Kế hoạch", "12", "KH-UBND", "2025-07-08", "UBND tỉnh Vĩnh Long", "Kế hoạch số 12/KH-UBND ngày 08/7/2025"),
 D("Thông tư", "04", "2025/TT-BDTTG", None, "Bộ Dân tộc và Tôn giáo", "Thông tư số 04/2025/TT-BDTTG")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Tập Sơn"), com("Ngũ Lạc")],
["Báo Vĩnh Long điện tử", "Chính trị | Xã hội | Đồng bào Khmer", "Ông Thạch Chanh Đa phát biểu tại hội nghị.",
 "Hội Đoàn kết sư sãi yêu nước tỉnh"],
["Ngày đăng 18/07/2025 | 14:20", "6 tháng đầu năm 2025", "6 tháng đầu năm", "năm 2025", "6 tháng cuối năm 2025", "giai đoạn I"]))

PAGES.append(page("b6142-lamdong-mttq-giamsat-2025", """
ỦY BAN MTTQ VIỆT NAM TỈNH LÂM ĐỒNG
Vị trí: Trang chủ › Hoạt động › Giám sát, phản biện xã hội
22.10.2025 | 16:05
Giám sát hỗ trợ đất ở, nhà ở cho đồng bào Mnông tại xã Quảng Trực
Ngày 21/10, Đoàn giám sát Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng do ông Điểu Dũng, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Nông dân tỉnh làm trưởng đoàn đã giám sát việc thực hiện Dự án 1 thuộc Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi năm 2025 tại xã Quảng Trực. Tham gia đoàn có đại diện Sở Dân tộc và Tôn giáo, Sở Tài chính và bà H'Hen Niê, Trưởng ban Dân chủ - Pháp luật và Dân tộc, tôn giáo Ủy ban MTTQ Việt Nam tỉnh.
Đoàn giám sát làm việc với UBND xã Quảng Trực.
Xã Quảng Trực thuộc khu vực tỉnh Đắk Nông cũ, là xã biên giới có 74% dân số là đồng bào Mnông và đồng bào các dân tộc phía Bắc di cư đến. Theo báo cáo của UBND xã, năm 2025 xã được giao 7,82 tỷ đồng thực hiện Dự án 1; đến ngày 30/9 đã hỗ trợ nhà ở cho 84 hộ, đất ở cho 23 hộ, nước sinh hoạt phân tán cho 140 hộ; giải ngân đạt 63,5%. Còn 41 hộ di cư tự do chưa đủ điều kiện thụ hưởng do chưa có hộ khẩu thường trú.
Ông Y Thoi Niê, Bí thư Đảng ủy, Chủ tịch HĐND xã Quảng Trực, cho biết sau khi chuyển từ huyện Tuy Đức về, xã phải tiếp nhận hơn 300 bộ hồ sơ; có những hồ sơ thiếu chữ ký, thiếu biên bản nghiệm thu. Ông Điểu Khanh, Phó Chủ tịch UBND xã, đề nghị tỉnh sớm ban hành quy định thay thế Nghị quyết số 18/2022/NQ-HĐND của HĐND tỉnh Đắk Nông và Nghị quyết số 20/2022/NQ-HĐND của HĐND tỉnh Bình Thuận.
Đoàn đã đến kiểm tra thực tế tại bon Bu Prăng 2, nơi có 16 căn nhà đã hoàn thành. Bà Thị Nhiêu, người dân bon Bu Prăng 2, cho biết gia đình được hỗ trợ 44 triệu đồng, cộng thêm tiền vay và ngày công của bà con nên đã có nhà vững chắc trước mùa mưa.
Kết luận buổi giám sát, ông Điểu Dũng đánh giá xã đã nỗ lực trong bối cảnh mới vận hành chính quyền hai cấp; đề nghị UBND xã hoàn thiện hồ sơ trước ngày 15/11, công khai danh sách tại nhà văn hóa bon; Ban Thường trực Ủy ban MTTQ xã giám sát thường xuyên theo Kế hoạch số 58/KH-MTTQ-BTT ngày 25/9/2025 và Quyết định số 218-QĐ/TW của Bộ Chính trị. Đoàn sẽ kiến nghị UBND tỉnh xem xét cơ chế cho các hộ di cư tự do được thụ hưởng chính sách theo Nghị quyết số 111/2024/QH15 của Quốc hội.
Trước đó, đoàn đã giám sát tại xã Tuy Đức, nơi đã hỗ trợ nhà ở cho 57 hộ.
Ban Dân chủ - Pháp luật và Dân tộc, tôn giáo
Tin liên quan
- Mặt trận tỉnh Lâm Đồng triển khai chương trình giám sát năm 2025 (12/09/2025)
- Ra mắt Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng nhiệm kỳ 2024 - 2029 (05/07/2025)
- Trao 100 căn nhà Đại đoàn kết tại vùng biên giới (28/08/2025)
""", "2025-10-22", "Giám sát hỗ trợ đất ở, nhà ở cho đồng bào Mnông tại xã Quảng Trực",
E("giam_sat", "2025", "2025-10-21"),
[P("Điểu Dũng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Nông dân tỉnh"),
 P("H'Hen Niê", "Trưởng ban Dân chủ - Pháp luật và Dân tộc, tôn giáo Ủy ban MTTQ Việt Nam tỉnh"),
 P("Y Thoi Niê", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Quảng Trực"),
 P("Điểu Khanh", "Phó Chủ tịch UBND xã"),
 P("Thị Nhiêu")],
[Q("74%", 74, "%"), Q("7,82 tỷ đồng", 7820000000, "đồng"), Q("84 hộ", 84, "hộ"), Q("23 hộ", 23, "hộ"),
 Q("140 hộ", 140, "hộ"), Q("63,5%", 63.5, "%"), Q("41 hộ di cư tự do", 41, "hộ di cư tự do"),
 Q("hơn 300 bộ hồ sơ", 300, "bộ hồ sơ", "over"), Q("16 căn nhà", 16, "căn nhà"), Q("44 triệu đồng", 44000000, "đồng"),
 Q("57 hộ", 57, "hộ")],
[D("Nghị quyết", "18", "2022/NQ-HĐND", None, "HĐND tỉnh Đắk Nông", "Nghị quyết số 18/2022/NQ-HĐND"),
 D("Nghị quyết", "20", "2022/NQ-HĐND", None, "HĐND tỉnh Bình Thuận", "Nghị quyết số 20/2022/NQ-HĐND"),
 D("Kế hoạch", "58", "KH-MTTQ-BTT", "2025-09-25", None, "Kế hoạch số 58/KH-MTTQ-BTT ngày 25/9/2025"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 218-QĐ/TW"),
 D("Nghị quyết", "111", "2024/QH15", None, "Quốc hội", "Nghị quyết số 111/2024/QH15")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Quảng Trực"), com("Tuy Đức")],
["ỦY BAN MTTQ VIỆT NAM TỈNH LÂM ĐỒNG", "Vị trí: Trang chủ › Hoạt động › Giám sát, phản biện xã hội",
 "Đoàn giám sát làm việc với UBND xã Quảng Trực.", "bon Bu Prăng 2"],
["22.10.2025 | 16:05", "Dự án 1", "năm 2025", "Bu Prăng 2"]))
