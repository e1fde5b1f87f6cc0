from lib import *
PAGES = []

PAGES.append(page("b3203-yenbai-mttqhuyen-gopy-pcttn-2018", """
BÁO YÊN BÁI ĐIỆN TỬ
Thời sự | Chính trị | Mặt trận
Cập nhật lúc 17:20 ngày 25/05/2018
Mù Cang Chải: cử tri vùng cao góp ý dự thảo Luật Phòng, chống tham nhũng (sửa đổi)
YBĐT - Ngày 24/5, Ủy ban MTTQ huyện Mù Cang Chải tổ chức hội nghị lấy ý kiến góp ý dự thảo Luật Phòng, chống tham nhũng (sửa đổi). Đồng chí HUV, Chủ tịch Ủy ban MTTQ huyện Sùng A Tủa chủ trì hội nghị. Tham dự có 43 đại biểu là trưởng bản, người có uy tín, cán bộ hưu trí và đại diện Ban Thanh tra nhân dân 14 xã, thị trấn.
Ảnh: Ông Giàng A Dế góp ý tại hội nghị.
Thực hiện Công văn số 5210/MTTW-BTT ngày 2/5/2018 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam, Mặt trận huyện đã in tóm tắt dự thảo gửi các xã và phát thanh bằng tiếng Mông trên hệ thống loa. Dự thảo lần này gồm 10 chương, 96 điều, mở rộng phạm vi điều chỉnh sang khu vực ngoài nhà nước.
Ông Giàng A Dế, người có uy tín bản Hua Khắt, xã Chế Tạo, đề nghị quy định rõ việc công khai bản kê khai tài sản tại nơi cư trú để nhân dân cùng giám sát. Bà Thào Thị Mỷ, Phó Chủ tịch Hội LHPN huyện, cho rằng người tố giác tham nhũng ở thôn bản còn e ngại, cần có biện pháp bảo vệ cả người thân của họ. Ông Lò Văn Piềng, Trưởng ban Thanh tra nhân dân xã Khao Mang, góp ý nên hạ mức tài sản, thu nhập phải giải trình nguồn gốc xuống từ 50 triệu đồng trở lên thay vì mức như dự thảo.
Đại diện Thanh tra huyện, ông Hà Văn Chung, Phó Chánh Thanh tra huyện, cho biết theo khảo sát, khoảng 30% cán bộ cấp xã chưa từng kê khai tài sản. Trong năm 2017, huyện phát hiện 2 vụ việc vi phạm liên quan đến quản lý tiền hỗ trợ, thu hồi hơn 180 triệu đồng nộp ngân sách.
Hội nghị đã thu được 27 ý kiến, tập trung vào các chương về phòng ngừa tham nhũng, kiểm soát tài sản, thu nhập và vai trò của xã hội. Kết luận hội nghị, đồng chí Sùng A Tủa đề nghị cơ quan thường trực tổng hợp đầy đủ, trung thực các ý kiến, gửi Ủy ban MTTQ tỉnh Yên Bái trước ngày 30/5; đồng thời đề nghị các xã tiếp tục tuyên truyền để nhân dân hiểu luật, tham gia phát hiện, tố giác hành vi tham nhũng.
Nhiều đại biểu bày tỏ phấn khởi khi lần đầu tiên được trực tiếp góp ý vào một dự án luật. Theo đánh giá của Mặt trận huyện, ý kiến của cử tri vùng cao tuy giản dị nhưng sát thực tế, phản ánh đúng mong muốn của người dân về một bộ máy chính quyền liêm chính, gần dân. Mặt trận huyện cũng đề nghị các cơ quan chức năng sớm có tài liệu phổ biến luật bằng tiếng dân tộc khi luật được thông qua.
Thanh Chi
Tin cùng chuyên mục
- Trạm Tấu: giám sát việc thực hiện chính sách hỗ trợ gạo cho hộ nghèo (18/05/2018)
- Mặt trận tỉnh góp ý dự thảo Luật Đặc xá (sửa đổi) (10/05/2018)
- Văn Chấn: ra mắt mô hình "Khu dân cư không có tội phạm" (03/05/2018)
""", "2018-05-25", "Mù Cang Chải: cử tri vùng cao góp ý dự thảo Luật Phòng, chống tham nhũng (sửa đổi)",
E("hoi_nghi", None, "2018-05-24"),
[P("Sùng A Tủa", "HUV", "Chủ tịch Ủy ban MTTQ huyện"),
 P("Giàng A Dế", "người có uy tín bản Hua Khắt"),
 P("Thào Thị Mỷ", "Phó Chủ tịch Hội LHPN huyện"),
 P("Lò Văn Piềng", "Trưởng ban Thanh tra nhân dân xã Khao Mang"),
 P("Hà Văn Chung", "Phó Chánh Thanh tra huyện")],
[Q("43 đại biểu", 43, "đại biểu"), Q("14 xã, thị trấn", 14, "xã, thị trấn"), Q("10 chương", 10, "chương"),
 Q("96 điều", 96, "điều"), Q("từ 50 triệu đồng trở lên", 50000000, "đồng", "over"), Q("khoảng 30%", 30, "%", "approx"),
 Q("2 vụ việc vi phạm", 2, "vụ việc vi phạm"), Q("hơn 180 triệu đồng", 180000000, "đồng", "over"), Q("27 ý kiến", 27, "ý kiến")],
[D("Công văn", "5210", "MTTW-BTT", "2018-05-02", "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Công văn số 5210/MTTW-BTT ngày 2/5/2018")],
[prov("Yên Bái"), com("Chế Tạo"), com("Khao Mang")],
["BÁO YÊN BÁI ĐIỆN TỬ", "Thời sự | Chính trị | Mặt trận", "Ảnh: Ông Giàng A Dế góp ý tại hội nghị.", "YBĐT",
 "Luật Phòng, chống tham nhũng"],
["Cập nhật lúc 17:20 ngày 25/05/2018", "năm 2017", "lần đầu tiên", "ngày 30/5"]))

PAGES.append(page("b3204-binhduong-mttq-tongket-2019", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH BÌNH DƯƠNG
Hôm nay: Thứ Bảy, 28/12/2019
Trang chủ / Tin tức - Sự kiện / Tin hoạt động
Cập nhật lúc 16:40 ngày 27/12/2019
Tổng kết công tác Mặt trận năm 2019: phản biện 12 dự thảo văn bản
Ngày 26/12, Ủy ban MTTQ Việt Nam tỉnh Bình Dương tổ chức hội nghị tổng kết công tác Mặt trận năm 2019, triển khai chương trình phối hợp và thống nhất hành động năm 2020. Đồng chí Nguyễn Thị Minh Hương, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì; cùng chủ trì có các đồng chí Phó Chủ tịch Ủy ban MTTQ tỉnh: Trần Văn Lợi, Huỳnh Thanh Phong, Lê Thị Cẩm Nhung.
Năm 2019, Mặt trận các cấp chủ trì 1.050 cuộc giám sát, trong đó cấp tỉnh 18 cuộc; tổ chức phản biện 12 dự thảo văn bản, chủ yếu là dự thảo nghị quyết của HĐND tỉnh về giá đất, phí và lệ phí, chính sách hỗ trợ người có công. Qua tổng hợp, có 3.214 ý kiến, kiến nghị của cử tri được gửi đến các kỳ họp; 91,5% kiến nghị sau giám sát, phản biện được cơ quan có thẩm quyền tiếp thu, trả lời. Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" huy động hơn 3.600 căn nhà đại đoàn kết, trị giá trên 180 tỷ đồng.
Mặt trận tỉnh đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận 56, 57-KL/TU về tăng cường giám sát, phản biện xã hội và về tiếp xúc, đối thoại với nhân dân; phối hợp UBND tỉnh thực hiện Quyết định số 2153/QĐ-UBND ngày 5/8/2019 của UBND tỉnh về quy chế tiếp nhận, xử lý ý kiến phản biện.
Tại hội nghị, bà Võ Thị Kim Yến, Chủ tịch Ủy ban MTTQ phường Phú Cường, chia sẻ cách tổ chức cho người dân góp ý công khai dự án chỉnh trang đô thị, giúp 36 hộ đồng thuận bàn giao mặt bằng. Ông Lâm Văn Chín, Chủ tịch Ủy ban MTTQ xã An Bình, đề nghị tỉnh sớm ban hành hướng dẫn mẫu văn bản phản biện cho cấp xã. Ông Đặng Văn Hậu, vừa được hiệp thương cử giữ chức Phó Chủ tịch Ủy ban MTTQ tỉnh, cho rằng phản biện phải bắt đầu từ khâu lấy ý kiến người bị ảnh hưởng trực tiếp.
Phát biểu chỉ đạo, đồng chí Nguyễn Thị Minh Hương đề nghị năm 2020 nâng chất lượng phản biện, tránh tình trạng "góp ý cho có", theo dõi đến cùng việc tiếp thu và giải trình của cơ quan soạn thảo; chuẩn bị tốt cho Đại hội đại biểu MTTQ tỉnh nhiệm kỳ 2019 - 2024.
Dịp này, Ủy ban MTTQ tỉnh tặng bằng khen cho 20 tập thể và 35 cá nhân có thành tích xuất sắc năm 2019.
Hồng Phúc
Lượt xem: 2.117
Tin liên quan
- Dĩ An: giám sát việc thu gom rác thải sinh hoạt (20/12/2019)
- Mặt trận tỉnh phản biện dự thảo Nghị quyết về bảng giá đất giai đoạn 2020 - 2024 (05/12/2019)
- Tân Uyên: 120 căn nhà đại đoàn kết được bàn giao (28/11/2019)
""", "2019-12-27", "Tổng kết công tác Mặt trận năm 2019: phản biện 12 dự thảo văn bản",
E("tong_ket", "2019", "2019-12-26"),
[P("Nguyễn Thị Minh Hương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Văn Lợi", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Huỳnh Thanh Phong", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lê Thị Cẩm Nhung", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Võ Thị Kim Yến", "Chủ tịch Ủy ban MTTQ phường Phú Cường"),
 P("Lâm Văn Chín", "Chủ tịch Ủy ban MTTQ xã An Bình"),
 P("Đặng Văn Hậu", "Phó Chủ tịch Ủy ban MTTQ tỉnh")],
[Q("1.050 cuộc giám sát", 1050, "cuộc giám sát"), Q("18 cuộc", 18, "cuộc"), Q("12 dự thảo văn bản", 12, "dự thảo văn bản"),
 Q("3.214 ý kiến, kiến nghị", 3214, "ý kiến, kiến nghị"), Q("91,5%", 91.5, "%"),
 Q("hơn 3.600 căn nhà đại đoàn kết", 3600, "căn nhà đại đoàn kết", "over"), Q("trên 180 tỷ đồng", 180000000000, "đồng", "over"),
 Q("36 hộ", 36, "hộ"), Q("20 tập thể", 20, "tập thể"), Q("35 cá nhân", 35, "cá nhân")],
[D("Kết luận", "56", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 56, 57-KL/TU"),
 D("Kết luận", "57", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 56, 57-KL/TU"),
 D("Quyết định", "2153", "QĐ-UBND", "2019-08-05", "UBND tỉnh", "Quyết định số 2153/QĐ-UBND ngày 5/8/2019")],
[prov("Bình Dương"), com("Phú Cường"), com("An Bình")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH BÌNH DƯƠNG", "Hôm nay: Thứ Bảy, 28/12/2019", "Trang chủ / Tin tức - Sự kiện / Tin hoạt động",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "góp ý cho có", "Lượt xem: 2.117"],
["Hôm nay: Thứ Bảy, 28/12/2019", "năm 2019", "năm 2020", "nhiệm kỳ 2019 - 2024", "Lượt xem: 2.117"]))

PAGES.append(page("b3205-gialai-mttq-giamsat-covid-2020", """
Báo Gia Lai điện tử
Chính trị > Mặt trận
Ngày 12/06/2020 | 09:15
Giám sát chi hỗ trợ người dân gặp khó khăn do dịch Covid-19 tại Chư Prông
(GLO)- Ngày 11-6, Đoàn giám sát của Ủy ban MTTQ Việt Nam tỉnh do bà Rơ Châm H'Yên, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách hỗ trợ người dân gặp khó khăn do đại dịch Covid-19 tại huyện Chư Prông.
Bà Rơ Châm H'Yên phát biểu tại buổi giám sát. Ảnh: Anh Huy
Theo báo cáo của UBND huyện, thực hiện Nghị quyết số 42/NQ-CP ngày 9/4/2020 của Chính phủ và Quyết định số 15/2020/QĐ-TTg ngày 24/4/2020 của Thủ tướng Chính phủ, huyện đã chi hỗ trợ cho 1.832 hộ nghèo, hộ cận nghèo và 96 người có công với cách mạng, tổng số tiền hơn 2,1 tỷ đồng. Mỗi khẩu hộ nghèo, hộ cận nghèo được hỗ trợ 250.000 đồng/tháng, trong 3 tháng.
Qua kiểm tra trực tiếp tại xã Ia Boòng và xã Ia Phìn, đoàn giám sát ghi nhận việc bình xét đối tượng cơ bản công khai, dân chủ; danh sách được niêm yết tại nhà văn hóa làng. Tuy nhiên, vẫn còn 6 trường hợp thuộc diện hỗ trợ nhưng chưa có tên trong danh sách do đi làm ăn xa; việc chi trả ở một số làng chậm so với quy định. Ông Siu Ben, Trưởng làng Bi, xã Ia Boòng, cho biết bà con rất phấn khởi khi nhận tiền hỗ trợ tận tay, không qua trung gian.
Ông Ksor Nhiêu, Chủ tịch Ủy ban MTTQ xã Ia Phìn, kiến nghị cần hỗ trợ cả lao động tự do là người đồng bào dân tộc thiểu số bị mất việc ở các công ty cao su. Đồng chí Nguyễn Văn Hùng, Phó Chủ tịch UBND huyện Chư Prông tiếp thu ý kiến và cam kết rà soát bổ sung 43 hộ trong tháng 6.
Kết luận buổi giám sát, bà Rơ Châm H'Yên đề nghị huyện chỉ đạo các xã chi trả dứt điểm trước ngày 30/6, công khai danh sách trên loa truyền thanh bằng tiếng Jrai; Mặt trận các xã tiếp tục theo dõi, tiếp nhận phản ánh của người dân. Kết quả giám sát sẽ được tổng hợp, báo cáo Ban Thường vụ Tỉnh ủy theo Kế hoạch số 112/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh.
Theo Ban Thường trực Ủy ban MTTQ tỉnh, đây là một trong những cuộc giám sát chuyên đề trọng tâm năm nay, nhằm bảo đảm chính sách hỗ trợ đến đúng đối tượng, không để lọt, không trùng lặp, không để xảy ra trục lợi chính sách. Trong các tháng tới, Mặt trận tỉnh tiếp tục giám sát tại các huyện còn lại và tổ chức đối thoại với người dân ở những nơi có nhiều phản ánh.
Đức Thụy
Tin liên quan
- Ia Grai: trao hỗ trợ cho lao động mất việc do dịch (05/06/2020)
- Mặt trận tỉnh tiếp nhận ủng hộ phòng, chống dịch Covid-19 (28/05/2020)
- Chư Sê: đối thoại với người dân về bồi thường đất (20/05/2020)
""", "2020-06-12", "Giám sát chi hỗ trợ người dân gặp khó khăn do dịch Covid-19 tại Chư Prông",
E("giam_sat", None, "2020-06-11"),
[P("Rơ Châm H'Yên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Siu Ben", "Trưởng làng Bi"),
 P("Ksor Nhiêu", "Chủ tịch Ủy ban MTTQ xã Ia Phìn"),
 P("Nguyễn Văn Hùng", "Phó Chủ tịch UBND huyện Chư Prông")],
[Q("1.832 hộ nghèo, hộ cận nghèo", 1832, "hộ nghèo, hộ cận nghèo"), Q("96 người có công với cách mạng", 96, "người có công với cách mạng"),
 Q("hơn 2,1 tỷ đồng", 2100000000, "đồng", "over"), Q("250.000 đồng", 250000, "đồng"),
 Q("6 trường hợp", 6, "trường hợp"), Q("43 hộ", 43, "hộ")],
[D("Nghị quyết", "42", "NQ-CP", "2020-04-09", "Chính phủ", "Nghị quyết số 42/NQ-CP ngày 9/4/2020"),
 D("Quyết định", "15", "2020/QĐ-TTg", "2020-04-24", "Thủ tướng Chính phủ", "Quyết định số 15/2020/QĐ-TTg ngày 24/4/2020"),
 D("Kế hoạch", "112", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 112/KH-MTTQ-BTT")],
[prov("Gia Lai"), com("Ia Boòng"), com("Ia Phìn")],
["Báo Gia Lai điện tử", "Chính trị > Mặt trận", "(GLO)", "Bà Rơ Châm H'Yên phát biểu tại buổi giám sát. Ảnh: Anh Huy"],
["Ngày 12/06/2020 | 09:15", "Ngày 11-6", "trong 3 tháng", "tháng 6", "ngày 30/6"]))

PAGES.append(page("b3206-camau-mttq-phanbien-laodong-2021", """
CÀ MAU ONLINE - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Cà Mau
Thời sự :: Mặt trận - Đoàn thể
Thứ Năm, 23/09/2021 - 14:30
Phản biện chính sách hỗ trợ lao động tự do: đề nghị mở rộng đối tượng
(CMO) Chiều 22/9, Ủy ban MTTQ Việt Nam tỉnh Cà Mau tổ chức hội nghị trực tuyến phản biện xã hội dự thảo Nghị quyết của HĐND tỉnh quy định chính sách hỗ trợ người lao động không có giao kết hợp đồng lao động gặp khó khăn do đại dịch COVID-19. Hội nghị được kết nối đến 10 điểm cầu huyện, thành phố. Bà Trần Thị Thanh Thúy, Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Điểm cầu Ủy ban MTTQ tỉnh.
Theo Sở Lao động - Thương binh và Xã hội, cơ quan soạn thảo, dự thảo được xây dựng trên cơ sở Nghị quyết số 68/NQ-CP ngày 1/7/2021 của Chính phủ và Quyết định số 23/2021/QĐ-TTg của Thủ tướng Chính phủ. Dự kiến có khoảng 12.500 lao động tự do được hỗ trợ, mức 1,5 triệu đồng/người, tổng kinh phí hơn 18,7 tỷ đồng từ ngân sách tỉnh.
Tham gia phản biện, ông Danh Út, Chủ tịch Ủy ban MTTQ xã Khánh Bình Tây, cho rằng tiêu chí "phải có xác nhận nơi cư trú từ đủ 6 tháng" sẽ loại nhiều lao động đi biển, làm thuê thời vụ; đề nghị cho phép Ban công tác Mặt trận ấp xác nhận. Bà Thạch Thị Mỹ Duyên, Phó Chủ tịch Hội LHPN tỉnh, đề nghị bổ sung nhóm người bán vé số, bán hàng rong, vốn chịu ảnh hưởng nặng từ thời gian giãn cách theo Chỉ thị 16/CT-TTg. Luật sư Lâm Quốc Cường, Đoàn Luật sư tỉnh, góp ý thời hạn nộp hồ sơ nên kéo dài ít nhất 30 ngày kể từ ngày nghị quyết có hiệu lực.
Ông Nguyễn Hoàng Khải, Chủ tịch Ủy ban MTTQ phường Tân Xuyên, phản ánh qua rà soát ở phường có 214 lao động thuộc diện khó khăn nhưng chỉ khoảng một nửa đáp ứng điều kiện theo dự thảo. Ông đề nghị hồ sơ đơn giản, chi trả qua tài khoản hoặc tận nhà, tránh tập trung đông người.
Tổng hợp tại hội nghị có 19 ý kiến phản biện; đại diện cơ quan soạn thảo đã tiếp thu, giải trình trực tiếp 14 ý kiến, những ý kiến còn lại sẽ được báo cáo UBND tỉnh. Kết luận hội nghị, bà Trần Thị Thanh Thúy đề nghị Ban Dân chủ - Pháp luật hoàn thiện văn bản phản biện gửi Thường trực HĐND tỉnh trước kỳ họp chuyên đề; đồng thời Mặt trận các cấp chuẩn bị tham gia giám sát việc thực hiện khi nghị quyết được ban hành.
Theo bà Thúy, việc tổ chức phản biện trực tuyến trong bối cảnh dịch bệnh vừa bảo đảm an toàn, vừa giúp đông đảo cán bộ Mặt trận cơ sở, người dân trực tiếp nêu ý kiến; qua đó chính sách sát hơn với đời sống của người lao động nghèo, đặc biệt là đồng bào Khmer ở các ấp vùng sâu.
Hữu Nghĩa
Các tin đã đưa
- Mặt trận tỉnh tiếp nhận 3.000 phần quà hỗ trợ người dân vùng phong tỏa (15/09/2021)
- Giám sát việc thực hiện hỗ trợ theo Nghị quyết 68 tại Trần Văn Thời (08/09/2021)
- U Minh: Ban công tác Mặt trận ấp chung tay phòng dịch (01/09/2021)
""", "2021-09-23", "Phản biện chính sách hỗ trợ lao động tự do: đề nghị mở rộng đối tượng",
E("hoi_nghi", None, "2021-09-22"),
[P("Trần Thị Thanh Thúy", "Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh"),
 P("Danh Út", "Chủ tịch Ủy ban MTTQ xã Khánh Bình Tây"),
 P("Thạch Thị Mỹ Duyên", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Lâm Quốc Cường", "Luật sư", "Đoàn Luật sư tỉnh"),
 P("Nguyễn Hoàng Khải", "Chủ tịch Ủy ban MTTQ phường Tân Xuyên")],
[Q("10 điểm cầu huyện, thành phố", 10, "điểm cầu huyện, thành phố"), Q("khoảng 12.500 lao động tự do", 12500, "lao động tự do", "approx"),
 Q("1,5 triệu đồng", 1500000, "đồng"), Q("hơn 18,7 tỷ đồng", 18700000000, "đồng", "over"),
 Q("214 lao động", 214, "lao động"), Q("19 ý kiến phản biện", 19, "ý kiến phản biện"), Q("14 ý kiến", 14, "ý kiến")],
[D("Nghị quyết", "68", "NQ-CP", "2021-07-01", "Chính phủ", "Nghị quyết số 68/NQ-CP ngày 1/7/2021"),
 D("Quyết định", "23", "2021/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 23/2021/QĐ-TTg"),
 D("Chỉ thị", "16", "CT-TTg", None, None, "Chỉ thị 16/CT-TTg")],
[prov("Cà Mau"), com("Khánh Bình Tây"), com("Tân Xuyên")],
["CÀ MAU ONLINE - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Cà Mau", "Thời sự :: Mặt trận - Đoàn thể", "(CMO)",
 "Điểm cầu Ủy ban MTTQ tỉnh.", "Ban Dân chủ - Pháp luật"],
["Thứ Năm, 23/09/2021 - 14:30", "đủ 6 tháng", "ít nhất 30 ngày", "một nửa"]))

PAGES.append(page("b3207-thainguyen-xaphudo-gopy-luatdanchu-2022", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ PHÚ ĐÔ - HUYỆN PHÚ LƯƠNG - TỈNH THÁI NGUYÊN
Tin tức - Sự kiện > Hoạt động của xã
26 tháng 8, 2022 | 10:15
Xã Phú Đô lấy ý kiến nhân dân về dự thảo Luật Thực hiện dân chủ ở cơ sở
Ngày 25/8/2022, UBND xã Phú Đô (huyện Phú Lương, tỉnh Thái Nguyên) phối hợp với Ủy ban MTTQ xã tổ chức hội nghị lấy ý kiến nhân dân về dự thảo Luật Thực hiện dân chủ ở cơ sở. Dự hội nghị có đồng chí Ma Văn Tuấn, Bí thư Đảng ủy, Chủ tịch HĐND xã; đồng chí Dương Văn Khoa, Phó Bí thư Đảng ủy, Chủ tịch UBND xã; bà Hoàng Thị Lan, Chủ tịch Ủy ban MTTQ xã cùng các trưởng xóm, bí thư chi bộ và đại diện nhân dân 21 xóm.
Thực hiện Kế hoạch số 35/KH-UBND ngày 15/8/2022 của UBND xã, từ ngày 16/8 đến 24/8 các xóm đã tổ chức họp dân, phát phiếu và niêm yết dự thảo tại nhà văn hóa. Dự thảo Luật gồm 6 chương, 91 điều, được xây dựng trên cơ sở tổng kết 15 năm thi hành Pháp lệnh số 34/2007/PL-UBTVQH11 về thực hiện dân chủ ở xã, phường, thị trấn.
Tại hội nghị, bà Nông Thị Thủy, Trưởng xóm Khe Ván, đề nghị luật quy định rõ những việc nhân dân được bàn và quyết định trực tiếp như đóng góp làm đường, xây nhà văn hóa; mức đóng góp trên 500.000 đồng/hộ phải được quá nửa số hộ đồng ý. Ông Lý Văn Sinh, người có uy tín xóm Na Pặng, góp ý cần có hình thức lấy ý kiến phù hợp với đồng bào Dao, Sán Chay ít đọc được chữ. Ông Ma Đình Hưng, Trưởng ban Thanh tra nhân dân xã, đề nghị bổ sung quyền của Ban Thanh tra nhân dân được yêu cầu cung cấp thông tin về thu chi ngân sách xã.
Theo tổng hợp, qua các hội nghị ở xóm có hơn 1.500 lượt người tham gia, thu được 68 ý kiến góp ý; tại hội nghị cấp xã có thêm 12 ý kiến. 100% ý kiến tán thành việc ban hành luật để thay thế pháp lệnh. Năm 2021, xã đã giải quyết 9 đơn kiến nghị liên quan đến việc công khai, minh bạch ở cơ sở.
Phát biểu kết luận, đồng chí Ma Văn Tuấn đánh giá cao tinh thần trách nhiệm của nhân dân; giao Văn phòng - Thống kê xã tổng hợp đầy đủ ý kiến, báo cáo UBND huyện Phú Lương trước ngày 31/8/2022; đồng thời tiếp tục thực hiện tốt phương châm "Dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng".
Các ý kiến góp ý của nhân dân xã Phú Đô đều ngắn gọn, cụ thể, gắn với những việc thiết thực ở xóm, như công khai danh sách hộ nghèo, các khoản thu chi quỹ xóm, việc lựa chọn người làm trưởng xóm. Đây là lần đầu tiên xã tổ chức lấy ý kiến nhân dân về một dự án luật với quy mô đến tất cả các xóm.
Văn phòng - Thống kê xã
Lượt truy cập: 8.902
Tin khác
- Xã Phú Đô ra quân xây dựng nông thôn mới nâng cao (10/08/2022)
- Hội nghị tiếp xúc cử tri trước kỳ họp thứ 5 HĐND xã (28/07/2022)
- Trao 5 con bò giống cho hộ nghèo xóm Khe Ván (15/07/2022)
""", "2022-08-26", "Xã Phú Đô lấy ý kiến nhân dân về dự thảo Luật Thực hiện dân chủ ở cơ sở",
E("hoi_nghi", None, "2022-08-25"),
[P("Ma Văn Tuấn", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Dương Văn Khoa", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Hoàng Thị Lan", "Chủ tịch Ủy ban MTTQ xã"),
 P("Nông Thị Thủy", "Trưởng xóm Khe Ván"),
 P("Lý Văn Sinh", "người có uy tín xóm Na Pặng"),
 P("Ma Đình Hưng", "Trưởng ban Thanh tra nhân dân xã")],
[Q("21 xóm", 21, "xóm"), Q("6 chương", 6, "chương"), Q("91 điều", 91, "điều"),
 Q("trên 500.000 đồng", 500000, "đồng", "over"), Q("hơn 1.500 lượt người", 1500, "lượt người", "over"),
 Q("68 ý kiến", 68, "ý kiến"), Q("12 ý kiến", 12, "ý kiến"), Q("100%", 100, "%"), Q("9 đơn kiến nghị", 9, "đơn kiến nghị")],
[D("Kế hoạch", "35", "KH-UBND", "2022-08-15", "UBND xã", "Kế hoạch số 35/KH-UBND ngày 15/8/2022"),
 D("Pháp lệnh", "34", "2007/PL-UBTVQH11", None, None, "Pháp lệnh số 34/2007/PL-UBTVQH11")],
[prov("Thái Nguyên"), com("Phú Đô")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ PHÚ ĐÔ - HUYỆN PHÚ LƯƠNG - TỈNH THÁI NGUYÊN", "Tin tức - Sự kiện > Hoạt động của xã",
 "Luật Thực hiện dân chủ ở cơ sở", "Dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng", "Lượt truy cập: 8.902",
 "Văn phòng - Thống kê xã"],
["26 tháng 8, 2022 | 10:15", "15 năm", "quá nửa", "Năm 2021", "Lượt truy cập: 8.902", "lần đầu tiên"]))

PAGES.append(page("b3208-longan-ubnd-baocao-luatdatdai-2023", """
BÁO LONG AN ONLINE
Trang chủ > Thời sự > Chính trị
Thứ Sáu, 10/03/2023 - 07:30
Long An: 12.367 ý kiến góp ý dự thảo Luật Đất đai (sửa đổi)
(LA) - UBND tỉnh Long An vừa ban hành Báo cáo số 98/BC-UBND ngày 8/3/2023 tổng hợp kết quả lấy ý kiến nhân dân về dự thảo Luật Đất đai (sửa đổi). Theo báo cáo, toàn tỉnh thu được 12.367 ý kiến từ các tầng lớp nhân dân, cán bộ, đảng viên, doanh nghiệp.
Người dân thị trấn Bến Lức góp ý dự thảo Luật Đất đai (sửa đổi). Ảnh: Minh Khang
Thực hiện Nghị quyết số 671/NQ-UBTVQH15 ngày 22/12/2022 của Ủy ban Thường vụ Quốc hội và Kế hoạch số 150/KH-UBND của UBND tỉnh, từ ngày 3/1 đến 15/3/2023, 188 xã, phường, thị trấn đã tổ chức 1.254 hội nghị lấy ý kiến ở ấp, khu phố. Ngoài ra có 856 ý kiến góp ý bằng văn bản và 2.940 lượt người góp ý qua Cổng thông tin điện tử của tỉnh. Ủy ban MTTQ tỉnh tổ chức 3 hội nghị phản biện chuyên đề với các nhà khoa học, luật gia, doanh nghiệp.
Báo cáo cho biết, 76,4% ý kiến tập trung vào các chương về bồi thường, hỗ trợ, tái định cư, giá đất và thu hồi đất. Nhiều ý kiến đề nghị giá đất bồi thường phải sát giá thị trường; hộ dân bị thu hồi trên 70% diện tích đất nông nghiệp cần được ưu tiên đào tạo nghề và giao đất ở tái định cư tại chỗ. Một số doanh nghiệp kiến nghị rút ngắn thời gian thủ tục giao đất, cho thuê đất.
Ông Nguyễn Văn Được, Phó Chủ tịch Thường trực UBND tỉnh, cho biết các ý kiến đã được phân loại theo từng điều, khoản; 112 ý kiến có tính chất chuyên sâu được gửi kèm báo cáo. Bà Võ Thị Mỹ Linh, Chủ tịch Ủy ban MTTQ xã Đức Hòa Hạ, chia sẻ: xã có 6 ấp, ấp nào cũng có người dân lớn tuổi đến hội nghị, nhiều người ghi ý kiến ra giấy rất kỹ. Ông Trần Thanh Tâm, Giám đốc Sở Tài nguyên và Môi trường, đề nghị các địa phương tiếp tục thông tin lại kết quả tiếp thu khi luật được thông qua.
Việc lấy ý kiến lần này nhằm thể chế hóa Nghị quyết số 18-NQ/TW ngày 16/6/2022 của BCH Trung ương về tiếp tục đổi mới, hoàn thiện thể chế, chính sách, nâng cao hiệu lực, hiệu quả quản lý và sử dụng đất. Báo cáo đã được gửi Bộ Tài nguyên và Môi trường, cơ quan chủ trì soạn thảo, và Đoàn đại biểu Quốc hội tỉnh.
Theo đánh giá của UBND tỉnh, đợt lấy ý kiến diễn ra sôi nổi, thực chất, có sức lan tỏa rộng; nhiều ý kiến xuất phát từ chính những vướng mắc người dân gặp phải khi bị thu hồi đất để làm khu công nghiệp, đường cao tốc. Bên cạnh đó, ở một số nơi việc lấy ý kiến còn chưa thu hút được thanh niên, công nhân ở trọ.
Khánh Duy
Lượt xem: 3.560
Tin cùng chuyên mục
- Đoàn ĐBQH tỉnh lấy ý kiến cử tri về dự thảo Luật Đất đai (sửa đổi) (02/03/2023)
- Cần Giuộc: hơn 500 ý kiến góp ý dự thảo luật (24/02/2023)
- Mặt trận tỉnh phản biện dự thảo Luật Đất đai (sửa đổi) (14/02/2023)
""", "2023-03-10", "Long An: 12.367 ý kiến góp ý dự thảo Luật Đất đai (sửa đổi)",
E("bao_cao", None, "2023-03-08"),
[P("Nguyễn Văn Được", "Phó Chủ tịch Thường trực UBND tỉnh"),
 P("Võ Thị Mỹ Linh", "Chủ tịch Ủy ban MTTQ xã Đức Hòa Hạ"),
 P("Trần Thanh Tâm", "Giám đốc Sở Tài nguyên và Môi trường")],
[Q("12.367 ý kiến", 12367, "ý kiến"), Q("188 xã, phường, thị trấn", 188, "xã, phường, thị trấn"), Q("1.254 hội nghị", 1254, "hội nghị"),
 Q("856 ý kiến", 856, "ý kiến"), Q("2.940 lượt người", 2940, "lượt người"), Q("3 hội nghị phản biện chuyên đề", 3, "hội nghị phản biện chuyên đề"),
 Q("76,4%", 76.4, "%"), Q("trên 70%", 70, "%", "over"), Q("112 ý kiến", 112, "ý kiến"), Q("6 ấp", 6, "ấp")],
[D("Báo cáo", "98", "BC-UBND", "2023-03-08", "UBND tỉnh Long An", "Báo cáo số 98/BC-UBND ngày 8/3/2023"),
 D("Nghị quyết", "671", "NQ-UBTVQH15", "2022-12-22", "Ủy ban Thường vụ Quốc hội", "Nghị quyết số 671/NQ-UBTVQH15 ngày 22/12/2022"),
 D("Kế hoạch", "150", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 150/KH-UBND"),
 D("Nghị quyết", "18", "NQ/TW", "2022-06-16", "BCH Trung ương", "Nghị quyết số 18-NQ/TW ngày 16/6/2022")],
[prov("Long An"), com("Bến Lức"), com("Đức Hòa Hạ")],
["BÁO LONG AN ONLINE", "Trang chủ > Thời sự > Chính trị", "(LA)",
 "Người dân thị trấn Bến Lức góp ý dự thảo Luật Đất đai (sửa đổi). Ảnh: Minh Khang", "Luật Đất đai (sửa đổi)", "Lượt xem: 3.560"],
["Thứ Sáu, 10/03/2023 - 07:30", "Lượt xem: 3.560"]))
