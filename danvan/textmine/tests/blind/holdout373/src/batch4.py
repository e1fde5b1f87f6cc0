from lib import *
PAGES = []

PAGES.append(page("b8927-binhduong-mttq-phanbien-banggiadat-2024", """
BÁO BÌNH DƯƠNG ĐIỆN TỬ
Trang chủ › Chính trị › Mặt trận - Đoàn thể
Thứ Năm, 29/08/2024 - 15:30
Phản biện xã hội dự thảo điều chỉnh bảng giá đất: Bảo đảm hài hòa lợi ích Nhà nước, doanh nghiệp và người dân
(BDO) Ngày 27/8, Ủy ban MTTQ Việt Nam tỉnh Bình Dương tổ chức hội nghị phản biện xã hội dự thảo Quyết định của UBND tỉnh sửa đổi, bổ sung Bảng giá các loại đất giai đoạn 2020 - 2024 trên địa bàn tỉnh, thực hiện Luật Đất đai năm 2024 có hiệu lực từ ngày 1/8/2024. Bà Trần Thị Diễm Hương, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.
Hội nghị có gần 80 đại biểu tham dự, gồm thành viên các hội đồng tư vấn của Ủy ban MTTQ tỉnh, đại diện Hiệp hội Bất động sản tỉnh, các luật sư, chuyên gia và Ủy ban MTTQ 9 huyện, thị xã, thành phố.
Theo Phó Giám đốc Sở Tài nguyên và Môi trường Nguyễn Văn Đông, bảng giá đất hiện hành ban hành theo Quyết định số 36/2019/QĐ-UBND ngày 20/12/2019 của UBND tỉnh đã thấp hơn nhiều so với giá thị trường. Dự thảo điều chỉnh giá tại 1.687 tuyến đường, được xây dựng theo Nghị định số 71/2024/NĐ-CP ngày 27/6/2024 của Chính phủ quy định về giá đất. Giá đất ở cao nhất 52,2 triệu đồng/m2 tại đường Yersin (TP Thủ Dầu Một), thấp nhất 700.000 đồng/m2 tại các xã của huyện Dầu Tiếng; khoản thu tiền sử dụng đất dự kiến tăng khoảng 4.500 tỷ đồng/năm.
Hội nghị nhận được 15 ý kiến phản biện. Luật sư Phạm Quốc Thái, thành viên Hội đồng tư vấn về Dân chủ - Pháp luật, cho rằng mức tăng bình quân 2,3 lần sẽ khiến người dân khó khăn khi chuyển mục đích sử dụng đất, đề nghị có lộ trình. Ông Lâm Văn Út, Chủ tịch Ủy ban MTTQ phường Phú Hòa, phản ánh nhiều hộ ở các hẻm nhỏ phải chịu giá như mặt tiền đường, đề nghị bổ sung hệ số theo chiều rộng hẻm.
Bà Nguyễn Thị Kim Loan, Phó Chủ tịch Hội Nông dân tỉnh, đề nghị giữ ổn định giá đất nông nghiệp đối với hộ trực tiếp sản xuất. Đại diện phường Tân Đông Hiệp (TP Dĩ An) và xã An Tây (TP Bến Cát) cho biết trên 60% hồ sơ chuyển mục đích tại địa phương đang chờ bảng giá mới.
Tiếp thu, ông Nguyễn Văn Đông cho biết Sở sẽ phối hợp đơn vị tư vấn rà soát 214 tuyến có mức tăng trên 3 lần, đồng thời bổ sung quy định về đất hẻm.
Kết luận hội nghị, bà Trần Thị Diễm Hương đề nghị cơ quan soạn thảo tiếp thu, giải trình bằng văn bản; Ban Thường trực Ủy ban MTTQ tỉnh sẽ có văn bản phản biện gửi UBND tỉnh theo Kế hoạch số 127/KH-MTTQ-BTT ngày 12/8/2024 và Quy định số 124-QĐ/TW của Bộ Chính trị.
Thanh Tâm
Tin liên quan
- Dĩ An: Mặt trận giám sát việc bồi thường dự án đường Vành đai 3 (22/08/2024)
- Hội nghị Ủy ban MTTQ Việt Nam tỉnh lần thứ 4, khóa XI (15/08/2024)
- Trao 25 căn nhà Đại đoàn kết cho hộ nghèo huyện Phú Giáo (08/08/2024)
""", "2024-08-29", "Phản biện xã hội dự thảo điều chỉnh bảng giá đất: Bảo đảm hài hòa lợi ích Nhà nước, doanh nghiệp và người dân",
E("hoi_nghi", None, "2024-08-27"),
[P("Trần Thị Diễm Hương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Đông", "Phó Giám đốc Sở Tài nguyên và Môi trường"),
 P("Phạm Quốc Thái", "Luật sư", "thành viên Hội đồng tư vấn về Dân chủ - Pháp luật"),
 P("Lâm Văn Út", "Chủ tịch Ủy ban MTTQ phường Phú Hòa"),
 P("Nguyễn Thị Kim Loan", "Phó Chủ tịch Hội Nông dân tỉnh")],
[Q("gần 80 đại biểu", 80, "đại biểu", "approx"), Q("9 huyện, thị xã, thành phố", 9, "huyện, thị xã, thành phố"),
 Q("1.687 tuyến đường", 1687, "tuyến đường"), Q("52,2 triệu đồng/m2", 52200000, "đồng"), Q("700.000 đồng/m2", 700000, "đồng"),
 Q("khoảng 4.500 tỷ đồng/năm", 4500000000000, "đồng", "approx"), Q("15 ý kiến phản biện", 15, "ý kiến phản biện"),
 Q("trên 60%", 60, "%", "over"), Q("214 tuyến", 214, "tuyến")],
[D("Quyết định", "36", "2019/QĐ-UBND", "2019-12-20", "UBND tỉnh", "Quyết định số 36/2019/QĐ-UBND ngày 20/12/2019"),
 D("Nghị định", "71", "2024/NĐ-CP", "2024-06-27", "Chính phủ", "Nghị định số 71/2024/NĐ-CP ngày 27/6/2024"),
 D("Kế hoạch", "127", "KH-MTTQ-BTT", "2024-08-12", None, "Kế hoạch số 127/KH-MTTQ-BTT ngày 12/8/2024"),
 D("Quy định", "124", "QĐ/TW", None, "Bộ Chính trị", "Quy định số 124-QĐ/TW")],
[prov("Bình Dương"), com("Phú Hòa"), com("Tân Đông Hiệp"), com("An Tây")],
["BÁO BÌNH DƯƠNG ĐIỆN TỬ", "Trang chủ › Chính trị › Mặt trận - Đoàn thể", "(BDO)", "Luật Đất đai năm 2024",
 "Hiệp hội Bất động sản tỉnh"],
["Thứ Năm, 29/08/2024 - 15:30", "giai đoạn 2020 - 2024", "từ ngày 1/8/2024", "2,3 lần", "trên 3 lần"]))

PAGES.append(page("b8928-kontum-mttq-baocao-hdnd-2024", """
BÁO KON TUM ĐIỆN TỬ
Thời sự › Chính trị › Mặt trận
T3, 10/12/2024 - 14:05
Mặt trận báo cáo kết quả giám sát, phản biện xã hội năm 2024 tại kỳ họp HĐND tỉnh
Sáng 9/12, tại kỳ họp thứ 8, HĐND tỉnh Kon Tum khóa XII, nhiệm kỳ 2021 - 2026, ông A Pót, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh trình bày Báo cáo số 312/BC-MTTQ-BTT ngày 5/12/2024 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về kết quả giám sát, phản biện xã hội năm 2024 và tổng hợp ý kiến, kiến nghị của cử tri.
Ông A Pót, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh trình bày báo cáo tại kỳ họp.
Theo báo cáo, năm 2024 Mặt trận các cấp trong tỉnh đã chủ trì 186 cuộc giám sát, tham gia 94 cuộc giám sát với HĐND và các cơ quan; Ban Thanh tra nhân dân giám sát 312 vụ việc, Ban Giám sát đầu tư của cộng đồng giám sát 92 công trình. Ủy ban MTTQ tỉnh tổ chức phản biện 5 dự thảo nghị quyết của HĐND tỉnh, trong đó có dự thảo Nghị quyết quy định chính sách hỗ trợ người dân có đất bị thu hồi để thực hiện dự án đường cao tốc; 23 ý kiến phản biện đã được cơ quan soạn thảo tiếp thu.
Qua giám sát việc thực hiện Nghị quyết số 17/2023/NQ-HĐND ngày 14/7/2023 của HĐND tỉnh về hỗ trợ đất ở, nhà ở cho hộ đồng bào dân tộc thiểu số nghèo, Mặt trận ghi nhận đã hỗ trợ 1.046 hộ với tổng kinh phí hơn 35 tỷ đồng; tuy nhiên còn 128 hộ ở xã Đăk Kôi và xã Ngọk Tem chưa được bố trí đất ở do thiếu quỹ đất.
Báo cáo cũng tổng hợp 427 ý kiến, kiến nghị của cử tri gửi đến kỳ họp, tập trung vào giá đất bồi thường thấp so với giá thị trường, chậm cấp giấy chứng nhận quyền sử dụng đất, tình trạng sạt lở ở các xã vùng cao. Cử tri phường Trường Chinh đề nghị công khai bảng giá đất điều chỉnh và lấy ý kiến nhân dân trước khi ban hành; cử tri xã Ngọk Tem phản ánh 3 thôn chưa có đường bê tông, mùa mưa bị chia cắt.
Thảo luận tại tổ, đại biểu Y Thiết, Trưởng Ban Dân tộc HĐND tỉnh, đề nghị UBND tỉnh trả lời dứt điểm 19 kiến nghị sau giám sát còn tồn đọng từ năm 2023. Đại biểu A Nhong, Bí thư Đảng ủy xã Đăk Kôi, cho biết các hộ chưa có đất ở đang phải ở nhờ người thân.
Ông Nguyễn Hữu Tháp, Phó Chủ tịch UBND tỉnh, tiếp thu và cho biết tỉnh sẽ bố trí 14,6 tỷ đồng trong năm 2025 để tạo quỹ đất ở cho các hộ; giao Sở Tài nguyên và Môi trường hoàn thiện dự thảo điều chỉnh bảng giá đất, gửi Ủy ban MTTQ tỉnh phản biện theo Quy định số 124-QĐ/TW của Bộ Chính trị.
Kỳ họp dự kiến kéo dài 3 ngày.
Văn Hùng
Tin liên quan
- Đăk Tô: Mặt trận giám sát việc thực hiện chính sách bảo hiểm y tế (02/12/2024)
- Ủy ban MTTQ tỉnh phản biện dự thảo nghị quyết hỗ trợ người dân vùng cao tốc (20/11/2024)
- Kon Plông: trao 30 nhà Đại đoàn kết (12/11/2024)
""", "2024-12-10", "Mặt trận báo cáo kết quả giám sát, phản biện xã hội năm 2024 tại kỳ họp HĐND tỉnh",
E("bao_cao", "2024", "2024-12-09"),
[P("A Pót", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Y Thiết", "Trưởng Ban Dân tộc HĐND tỉnh"),
 P("A Nhong", "Bí thư Đảng ủy xã Đăk Kôi"),
 P("Nguyễn Hữu Tháp", "Phó Chủ tịch UBND tỉnh")],
[Q("186 cuộc giám sát", 186, "cuộc giám sát"), Q("94 cuộc giám sát", 94, "cuộc giám sát"), Q("312 vụ việc", 312, "vụ việc"),
 Q("92 công trình", 92, "công trình"), Q("5 dự thảo nghị quyết", 5, "dự thảo nghị quyết"),
 Q("23 ý kiến phản biện", 23, "ý kiến phản biện"), Q("1.046 hộ", 1046, "hộ"), Q("hơn 35 tỷ đồng", 35000000000, "đồng", "over"),
 Q("128 hộ", 128, "hộ"), Q("427 ý kiến, kiến nghị", 427, "ý kiến, kiến nghị"), Q("19 kiến nghị", 19, "kiến nghị"),
 Q("3 thôn", 3, "thôn"), Q("14,6 tỷ đồng", 14600000000, "đồng")],
[D("Báo cáo", "312", "BC-MTTQ-BTT", "2024-12-05", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Báo cáo số 312/BC-MTTQ-BTT ngày 5/12/2024"),
 D("Nghị quyết", "17", "2023/NQ-HĐND", "2023-07-14", "HĐND tỉnh", "Nghị quyết số 17/2023/NQ-HĐND ngày 14/7/2023"),
 D("Quy định", "124", "QĐ/TW", None, "Bộ Chính trị", "Quy định số 124-QĐ/TW")],
[prov("Kon Tum"), com("Đăk Kôi"), com("Ngọk Tem"), com("Trường Chinh")],
["BÁO KON TUM ĐIỆN TỬ", "Thời sự › Chính trị › Mặt trận",
 "Ông A Pót, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh trình bày báo cáo tại kỳ họp.", "Ban Thanh tra nhân dân"],
["T3, 10/12/2024 - 14:05", "kỳ họp thứ 8", "khóa XII", "nhiệm kỳ 2021 - 2026", "năm 2023", "năm 2025", "3 ngày"]))

PAGES.append(page("b8929-phuyen-mttq-phanbien-xoanhatam-2025", """
BÁO PHÚ YÊN ONLINE
Chính trị | Mặt trận - Đoàn thể
Thứ Sáu, 18/04/2025 | 10:30
Phản biện dự thảo nghị quyết hỗ trợ xóa nhà tạm, nhà dột nát: Đề nghị nâng mức hỗ trợ cho hộ ở vùng sâu
Ngày 16/4, Ủy ban MTTQ Việt Nam tỉnh Phú Yên tổ chức hội nghị phản biện xã hội dự thảo Nghị quyết của HĐND tỉnh quy định mức hỗ trợ xây mới, sửa chữa nhà ở cho hộ nghèo, hộ cận nghèo, hộ gặp khó khăn về nhà ở trên địa bàn tỉnh năm 2025. Bà Lê Thị Mỹ Hạnh, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Dự hội nghị có ông Nguyễn Văn Khánh, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; các ông, bà: Trần Hữu Thể, Kpă Thị Hoa - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh cùng khoảng 70 đại biểu là đại diện các sở, ngành, thành viên các hội đồng tư vấn.
Theo dự thảo do Sở Xây dựng trình bày, qua rà soát, toàn tỉnh còn 2.136 căn nhà tạm, nhà dột nát cần hỗ trợ, trong đó 1.402 căn xây mới và 734 căn sửa chữa. Mức hỗ trợ đề xuất là 60 triệu đồng/căn xây mới và 30 triệu đồng/căn sửa chữa, ngoài phần hỗ trợ từ Quỹ "Vì người nghèo" và các nguồn xã hội hóa. Tổng kinh phí khoảng 98,4 tỷ đồng, ngân sách tỉnh bảo đảm 40%. Dự thảo thực hiện Kế hoạch số 215-KH/TU ngày 12/11/2024 của Ban Thường vụ Tỉnh ủy hưởng ứng phong trào thi đua "Cả nước chung tay xóa nhà tạm, nhà dột nát".
Tại hội nghị, 13 ý kiến phản biện tập trung vào đối tượng và mức hỗ trợ. Ông Ksor Y Thương, Chủ tịch Ủy ban MTTQ xã Ea Bá, cho rằng chi phí vật liệu, vận chuyển ở vùng sâu cao hơn khoảng 25% so với đồng bằng, đề nghị hỗ trợ thêm 10 triệu đồng/căn cho hộ đồng bào dân tộc thiểu số. Ông La O Tỏ, Trưởng thôn Tân Lương, xã Phú Mỡ, đề nghị cho phép người dân tự làm nhà với sự giúp sức của Đoàn Thanh niên, bộ đội để tiết kiệm chi phí.
Bà Phạm Thị Thu Hà, Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh, đề nghị bổ sung đối tượng là phụ nữ đơn thân nuôi con nhỏ. Luật sư Huỳnh Ngọc Thịnh lưu ý dự thảo cần quy định rõ cơ chế công khai danh sách hộ được hỗ trợ tại thôn, khu phố, tránh trục lợi chính sách, hỗ trợ sai đối tượng.
Phát biểu kết luận, bà Lê Thị Mỹ Hạnh đề nghị cơ quan soạn thảo tiếp thu, sớm trình HĐND tỉnh tại kỳ họp chuyên đề để kịp hoàn thành mục tiêu trước ngày 31/8/2025. Ban Thường trực Ủy ban MTTQ tỉnh sẽ gửi văn bản phản biện theo Kế hoạch số 58/KH-MTTQ-BTT ngày 2/4/2025 và tiếp tục giám sát việc triển khai ở cơ sở.
Hồng Ngọc
Tin liên quan
- Sông Hinh: bàn giao 45 căn nhà cho hộ nghèo đồng bào Ê Đê (10/04/2025)
- Ban Tuyên giáo và Dân vận Tỉnh ủy giao ban công tác quý I (03/04/2025)
- Hội nghị hiệp thương về sắp xếp tổ chức bộ máy Mặt trận (25/03/2025)
""", "2025-04-18", "Phản biện dự thảo nghị quyết hỗ trợ xóa nhà tạm, nhà dột nát: Đề nghị nâng mức hỗ trợ cho hộ ở vùng sâu",
E("hoi_nghi", None, "2025-04-16"),
[P("Lê Thị Mỹ Hạnh", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Khánh", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Trần Hữu Thể", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Kpă Thị Hoa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ksor Y Thương", "Chủ tịch Ủy ban MTTQ xã Ea Bá"),
 P("La O Tỏ", "Trưởng thôn Tân Lương"),
 P("Phạm Thị Thu Hà", "Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
 P("Huỳnh Ngọc Thịnh", "Luật sư")],
[Q("2.136 căn nhà tạm, nhà dột nát", 2136, "căn nhà tạm, nhà dột nát"), Q("1.402 căn", 1402, "căn"), Q("734 căn", 734, "căn"),
 Q("60 triệu đồng/căn", 60000000, "đồng"), Q("30 triệu đồng/căn", 30000000, "đồng"),
 Q("khoảng 98,4 tỷ đồng", 98400000000, "đồng", "approx"), Q("40%", 40, "%"), Q("13 ý kiến phản biện", 13, "ý kiến phản biện"),
 Q("khoảng 25%", 25, "%", "approx"), Q("10 triệu đồng/căn", 10000000, "đồng"), Q("khoảng 70 đại biểu", 70, "đại biểu", "approx")],
[D("Kế hoạch", "215", "KH/TU", "2024-11-12", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 215-KH/TU ngày 12/11/2024"),
 D("Kế hoạch", "58", "KH-MTTQ-BTT", "2025-04-02", None, "Kế hoạch số 58/KH-MTTQ-BTT ngày 2/4/2025")],
[prov("Phú Yên"), com("Ea Bá"), com("Phú Mỡ")],
["BÁO PHÚ YÊN ONLINE", "Chính trị | Mặt trận - Đoàn thể", "Vì người nghèo", "Cả nước chung tay xóa nhà tạm, nhà dột nát"],
["Thứ Sáu, 18/04/2025 | 10:30", "năm 2025"]))

PAGES.append(page("b8930-lamdong-mttq-phanbien-banggiadat-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH LÂM ĐỒNG
Thời sự > Chính trị > Mặt trận
Thứ Năm, 20/11/2025, 09:10
Toàn cảnh hội nghị phản biện xã hội.
Phản biện xã hội dự thảo Bảng giá đất lần đầu áp dụng từ ngày 1/1/2026
Chiều 18/11, Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng tổ chức hội nghị phản biện xã hội đối với dự thảo Nghị quyết của HĐND tỉnh quy định Bảng giá đất lần đầu trên địa bàn tỉnh, áp dụng từ ngày 1/1/2026. Đây là bảng giá đất đầu tiên của tỉnh Lâm Đồng sau khi hợp nhất 3 tỉnh Lâm Đồng, Đắk Nông, Bình Thuận theo Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội.
Chủ trì hội nghị có bà Phạm Thị Phúc, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Nguyễn Văn Triệu, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Nông dân tỉnh.
Trình bày dự thảo, ông Trương Công Lực, Phó Giám đốc Sở Nông nghiệp và Môi trường cho biết, dự thảo được xây dựng theo Luật Đất đai năm 2024 và Nghị định số 71/2024/NĐ-CP của Chính phủ, xác định giá đất cho 124 xã, phường, đặc khu với khoảng 18.600 tuyến đường, đoạn đường và khu vực. Giá đất ở cao nhất 148,5 triệu đồng/m2 trên đường Hòa Bình thuộc phường Xuân Hương - Đà Lạt; thấp nhất 60.000 đồng/m2 tại các xã vùng sâu. So với bảng giá cũ của 3 tỉnh, giá đất ở đô thị tăng bình quân 1,8 lần, giá đất nông nghiệp tăng khoảng 30%.
Với 16 ý kiến phản biện, các đại biểu cho rằng bảng giá cần bảo đảm sự liên thông giữa các khu vực trước đây thuộc 3 tỉnh. Ông Điểu Khải, Chủ tịch Ủy ban MTTQ Việt Nam xã Quảng Tín, phản ánh giá đất trồng cây lâu năm của xã được đề xuất 95.000 đồng/m2, cao hơn gấp đôi xã giáp ranh có điều kiện tương tự. Ông Đàng Văn Lộc, người có uy tín trong đồng bào Chăm, xã Tuy Phong, đề nghị xem xét khả năng chi trả của hộ nghèo khi nộp tiền sử dụng đất.
TS. Nguyễn Thanh Sơn, thành viên Hội đồng tư vấn về kinh tế Ủy ban MTTQ Việt Nam tỉnh, đề nghị công bố phương pháp định giá và kết quả điều tra của 1.250 phiếu khảo sát giá giao dịch. Bà Hoàng Thị Ly, Phó Chủ tịch UBND phường Bắc Gia Nghĩa, cho biết trên 70% hồ sơ chuyển mục đích tại phường đang chờ bảng giá mới.
Tiếp thu ý kiến, ông Trương Công Lực cho biết Sở sẽ rà soát 312 tuyến đường giáp ranh và bổ sung thuyết minh trước khi trình kỳ họp cuối năm của HĐND tỉnh.
Kết luận hội nghị, bà Phạm Thị Phúc đề nghị cơ quan soạn thảo tiếp thu, giải trình đầy đủ; Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh sẽ gửi văn bản phản biện theo Kế hoạch số 38/KH-MTTQ-BTT ngày 5/11/2025 và tiếp tục giám sát việc tiếp thu theo Quy định số 124-QĐ/TW của Bộ Chính trị.
Hoàng Yến
Tin liên quan
- Mặt trận tỉnh giám sát việc vận hành chính quyền địa phương 2 cấp tại các xã (12/11/2025)
- Đại hội đại biểu MTTQ Việt Nam tỉnh Lâm Đồng lần thứ I (25/10/2025)
- Trao 120 căn nhà Đại đoàn kết cho hộ nghèo (15/10/2025)
""", "2025-11-20", "Phản biện xã hội dự thảo Bảng giá đất lần đầu áp dụng từ ngày 1/1/2026",
E("hoi_nghi", None, "2025-11-18"),
[P("Phạm Thị Phúc", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Triệu", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Nông dân tỉnh"),
 P("Trương Công Lực", "Phó Giám đốc Sở Nông nghiệp và Môi trường"),
 P("Điểu Khải", "Chủ tịch Ủy ban MTTQ Việt Nam xã Quảng Tín"),
 P("Đàng Văn Lộc", "người có uy tín trong đồng bào Chăm"),
 P("Nguyễn Thanh Sơn", "TS.", "thành viên Hội đồng tư vấn về kinh tế Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hoàng Thị Ly", "Phó Chủ tịch UBND phường Bắc Gia Nghĩa")],
[Q("3 tỉnh", 3, "tỉnh"), Q("124 xã, phường, đặc khu", 124, "xã, phường, đặc khu"),
 Q("khoảng 18.600 tuyến đường, đoạn đường và khu vực", 18600, "tuyến đường, đoạn đường và khu vực", "approx"),
 Q("148,5 triệu đồng/m2", 148500000, "đồng"), Q("60.000 đồng/m2", 60000, "đồng"), Q("khoảng 30%", 30, "%", "approx"),
 Q("16 ý kiến phản biện", 16, "ý kiến phản biện"), Q("95.000 đồng/m2", 95000, "đồng"),
 Q("1.250 phiếu khảo sát", 1250, "phiếu khảo sát"), Q("trên 70%", 70, "%", "over"), Q("312 tuyến đường giáp ranh", 312, "tuyến đường giáp ranh")],
[D("Nghị quyết", "202", "2025/QH15", "2025-06-12", "Quốc hội", "Nghị quyết số 202/2025/QH15 ngày 12/6/2025"),
 D("Nghị định", "71", "2024/NĐ-CP", None, "Chính phủ", "Nghị định số 71/2024/NĐ-CP"),
 D("Kế hoạch", "38", "KH-MTTQ-BTT", "2025-11-05", None, "Kế hoạch số 38/KH-MTTQ-BTT ngày 5/11/2025"),
 D("Quy định", "124", "QĐ/TW", None, "Bộ Chính trị", "Quy định số 124-QĐ/TW")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Xuân Hương - Đà Lạt"), com("Quảng Tín"), com("Tuy Phong"),
 com("Bắc Gia Nghĩa")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH LÂM ĐỒNG", "Thời sự > Chính trị > Mặt trận", "Toàn cảnh hội nghị phản biện xã hội.",
 "Luật Đất đai năm 2024"],
["Thứ Năm, 20/11/2025, 09:10", "từ ngày 1/1/2026", "1,8 lần", "gấp đôi"]))

PAGES.append(page("b8931-vinhlong-xacanglong-giamsat-banggiadat-2026", """
ỦY BAN MTTQ VIỆT NAM XÃ CÀNG LONG - TỈNH VĨNH LONG
Trang chủ / Tin tức - Sự kiện / Hoạt động Mặt trận
27/03/2026 - 15:20
Ủy ban MTTQ xã giám sát việc áp dụng bảng giá đất khi chuyển mục đích sử dụng đất
Ngày 25/3/2026, Ban Thường trực Ủy ban MTTQ Việt Nam xã Càng Long tổ chức giám sát việc áp dụng Bảng giá đất ban hành kèm theo Nghị quyết số 38/2025/NQ-HĐND ngày 10/12/2025 của HĐND tỉnh Vĩnh Long trong việc xác định tiền sử dụng đất khi cấp giấy chứng nhận, chuyển mục đích sử dụng đất tại UBND xã.
Đoàn giám sát do ông Nguyễn Văn Bảy, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã làm trưởng đoàn; thành viên gồm bà Lê Thị Thu Ba, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Chủ tịch Hội Liên hiệp Phụ nữ xã; ông Thạch Sô Phol, Trưởng Ban Thanh tra nhân dân xã và đại diện các chi hội đoàn thể ở 18 ấp.
Theo báo cáo của UBND xã do Phó Chủ tịch UBND xã Thạch Ngọc Sơn trình bày, từ ngày 1/1/2026 đến nay, xã tiếp nhận 146 hồ sơ chuyển mục đích sử dụng đất, đã chuyển cơ quan thuế xác định nghĩa vụ tài chính 123 hồ sơ; tổng tiền sử dụng đất phải nộp hơn 12,6 tỷ đồng. Theo bảng giá mới, đất ở nông thôn ven quốc lộ 53 đoạn qua xã có giá 4,2 triệu đồng/m2, tăng khoảng 35% so với bảng giá của tỉnh Trà Vinh (cũ).
Tại buổi giám sát, ông Kim Sóc Khanh, Trưởng ấp Đại Phước, phản ánh nhiều hộ đồng bào Khmer muốn tách thửa cho con nhưng chưa đủ khả năng nộp tiền; hiện có 18 hộ xin ghi nợ tiền sử dụng đất. Bà Thạch Thị Sa Rinh, người dân ấp Đại Phước, cho biết gia đình phải nộp gần 190 triệu đồng cho 300 m2 đất ở.
Cán bộ địa chính xã giải trình việc áp dụng Nghị định số 103/2024/NĐ-CP của Chính phủ quy định về tiền sử dụng đất, tiền thuê đất; cho biết còn 23 hồ sơ chưa hoàn thành do thiếu giấy tờ về nguồn gốc đất.
Qua giám sát, đoàn đánh giá UBND xã tiếp nhận, giải quyết hồ sơ đúng quy trình, niêm yết công khai bảng giá đất tại trụ sở và nhà văn hóa ấp. Đoàn kiến nghị UBND xã hướng dẫn người dân thủ tục ghi nợ tiền sử dụng đất; đề xuất Ủy ban MTTQ Việt Nam tỉnh phản ánh đến HĐND tỉnh xem xét giá đất tại các tuyến giáp ranh giữa các xã thuộc 3 tỉnh cũ.
Kết thúc buổi giám sát, ông Nguyễn Văn Bảy đề nghị UBND xã báo cáo kết quả thực hiện kiến nghị về Ban Thường trực Ủy ban MTTQ Việt Nam xã trước ngày 30/6/2026, theo Kế hoạch số 05/KH-MTTQ-BTT ngày 10/3/2026 của Ban Thường trực Ủy ban MTTQ Việt Nam xã.
Ngọc Hân - Ủy ban MTTQ xã
Tin liên quan
- Xã Càng Long ra mắt mô hình "Ấp không có đơn thư vượt cấp" (18/03/2026)
- Hội nghị đối thoại giữa Bí thư Đảng ủy xã với nhân dân (05/03/2026)
- Ủy ban MTTQ xã trao 50 phần quà Tết cho hộ nghèo (10/02/2026)
""", "2026-03-27", "Ủy ban MTTQ xã giám sát việc áp dụng bảng giá đất khi chuyển mục đích sử dụng đất",
E("giam_sat", None, "2026-03-25"),
[P("Nguyễn Văn Bảy", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Lê Thị Thu Ba", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Chủ tịch Hội Liên hiệp Phụ nữ xã"),
 P("Thạch Sô Phol", "Trưởng Ban Thanh tra nhân dân xã"),
 P("Thạch Ngọc Sơn", "Phó Chủ tịch UBND xã"),
 P("Kim Sóc Khanh", "Trưởng ấp Đại Phước"),
 P("Thạch Thị Sa Rinh")],
[Q("18 ấp", 18, "ấp"), Q("146 hồ sơ chuyển mục đích sử dụng đất", 146, "hồ sơ chuyển mục đích sử dụng đất"),
 Q("123 hồ sơ", 123, "hồ sơ"), Q("hơn 12,6 tỷ đồng", 12600000000, "đồng", "over"), Q("4,2 triệu đồng/m2", 4200000, "đồng"),
 Q("khoảng 35%", 35, "%", "approx"), Q("18 hộ", 18, "hộ"), Q("gần 190 triệu đồng", 190000000, "đồng", "approx"),
 Q("300 m2", 300, "m2"), Q("23 hồ sơ", 23, "hồ sơ"), Q("3 tỉnh cũ", 3, "tỉnh cũ")],
[D("Nghị quyết", "38", "2025/NQ-HĐND", "2025-12-10", "HĐND tỉnh Vĩnh Long", "Nghị quyết số 38/2025/NQ-HĐND ngày 10/12/2025"),
 D("Nghị định", "103", "2024/NĐ-CP", None, "Chính phủ", "Nghị định số 103/2024/NĐ-CP"),
 D("Kế hoạch", "05", "KH-MTTQ-BTT", "2026-03-10", "Ban Thường trực Ủy ban MTTQ Việt Nam xã", "Kế hoạch số 05/KH-MTTQ-BTT ngày 10/3/2026")],
[prov("Vĩnh Long"), com("Càng Long"), prov("Trà Vinh")],
["ỦY BAN MTTQ VIỆT NAM XÃ CÀNG LONG - TỈNH VĨNH LONG", "Trang chủ / Tin tức - Sự kiện / Hoạt động Mặt trận",
 "quốc lộ 53"],
["27/03/2026 - 15:20", "từ ngày 1/1/2026", "quốc lộ 53"]))

PAGES.append(page("b8932-tuyenquang-mttq-phanbien-binhluan-2026", """
BÁO TUYÊN QUANG ĐIỆN TỬ
Trang chủ » Chính trị » Mặt trận - Đoàn thể
Thứ Sáu, 15/05/2026 - 07:45
Lượt xem: 2.316
Phản biện xã hội: Để tiếng nói của dân đi vào nghị quyết
Sau gần một năm hợp nhất tỉnh Tuyên Quang và tỉnh Hà Giang, vận hành chính quyền địa phương 2 cấp, hoạt động phản biện xã hội của Mặt trận các cấp ở Tuyên Quang đã có nhiều đổi mới, nhiều ý kiến của nhân dân được tiếp thu vào các nghị quyết của HĐND tỉnh.
Từ đầu năm 2026 đến nay, Ủy ban MTTQ Việt Nam tỉnh đã chủ trì phản biện 4 dự thảo nghị quyết của HĐND tỉnh, trong đó có dự thảo Nghị quyết sửa đổi Bảng giá đất và dự thảo Nghị quyết về chính sách hỗ trợ phát triển du lịch cộng đồng vùng cao nguyên đá. Các hội nghị phản biện thu hút hơn 1.300 ý kiến đóng góp từ 124 xã, phường thông qua hình thức trực tiếp và trực tuyến.
"Có những ý kiến tưởng nhỏ nhưng lại chạm đúng vào cuộc sống của người dân", ông Sùng Mí Vừ, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chia sẻ. Khi phản biện dự thảo sửa đổi bảng giá đất, Mặt trận đã tổ chức lấy ý kiến tại 36 xã vùng cao; kết quả cơ quan soạn thảo tiếp thu 27 ý kiến, giữ nguyên giá đất nông nghiệp tại các xã đặc biệt khó khăn, điều chỉnh giảm giá đất ở tại 58 tuyến đường liên xã.
Ở cơ sở, các xã đã chủ động tổ chức phản biện. Bà Vàng Thị Dính, Chủ tịch Ủy ban MTTQ Việt Nam xã Lũng Cú, cho biết xã đã góp ý vào phương án bố trí dân cư cho 46 hộ ở vùng có nguy cơ sạt lở, đề xuất hỗ trợ thêm 15 triệu đồng/hộ để làm chuồng trại. Ông Ma Văn Thắng, Trưởng thôn Nà Khuyến, phường Minh Xuân, cho rằng lấy ý kiến trực tiếp tại nhà văn hóa thôn giúp người dân mạnh dạn nói thẳng những điều chưa hợp lý.
Theo Thạc sĩ Lù Văn Páo, giảng viên Trường Chính trị tỉnh, để phản biện thực chất, Mặt trận cần có đội ngũ chuyên gia đủ năng lực và cơ chế bắt buộc cơ quan soạn thảo giải trình công khai những ý kiến không tiếp thu. Thực hiện Chỉ thị số 03-CT/TU ngày 20/1/2026 của Ban Thường vụ Tỉnh ủy về nâng cao chất lượng giám sát, phản biện xã hội, Ban Thường trực Ủy ban MTTQ tỉnh đã thành lập 5 hội đồng tư vấn với 75 thành viên là chuyên gia, nhà khoa học, người có uy tín.
Bà Hoàng Thị Hồng Nhung, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh khẳng định, Mặt trận sẽ tiếp tục thực hiện nghiêm Quy định số 124-QĐ/TW của Bộ Chính trị, lựa chọn những vấn đề người dân quan tâm nhất như giá đất, bồi thường, tái định cư để phản biện, đồng thời giám sát đến cùng việc tiếp thu.
Bài, ảnh: Thu Phương
Tin liên quan
- Xã Đồng Văn: Mặt trận giám sát việc hỗ trợ nhà ở cho hộ nghèo (08/05/2026)
- Hội nghị phản biện dự thảo Nghị quyết sửa đổi Bảng giá đất (22/04/2026)
- Ủy ban MTTQ tỉnh trao 200 suất quà cho hộ nghèo vùng cao (10/04/2026)
""", "2026-05-15", "Phản biện xã hội: Để tiếng nói của dân đi vào nghị quyết",
E("khac", None, None),
[P("Sùng Mí Vừ", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Vàng Thị Dính", "Chủ tịch Ủy ban MTTQ Việt Nam xã Lũng Cú"),
 P("Ma Văn Thắng", "Trưởng thôn Nà Khuyến"),
 P("Lù Văn Páo", "Thạc sĩ", "giảng viên Trường Chính trị tỉnh"),
 P("Hoàng Thị Hồng Nhung", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy",
   "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("4 dự thảo nghị quyết", 4, "dự thảo nghị quyết"), Q("hơn 1.300 ý kiến", 1300, "ý kiến", "over"),
 Q("124 xã, phường", 124, "xã, phường"), Q("36 xã vùng cao", 36, "xã vùng cao"), Q("27 ý kiến", 27, "ý kiến"),
 Q("58 tuyến đường liên xã", 58, "tuyến đường liên xã"), Q("46 hộ", 46, "hộ"), Q("15 triệu đồng/hộ", 15000000, "đồng"),
 Q("5 hội đồng tư vấn", 5, "hội đồng tư vấn"), Q("75 thành viên", 75, "thành viên")],
[D("Chỉ thị", "03", "CT/TU", "2026-01-20", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 03-CT/TU ngày 20/1/2026"),
 D("Quy định", "124", "QĐ/TW", None, "Bộ Chính trị", "Quy định số 124-QĐ/TW")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Lũng Cú"), com("Minh Xuân")],
["BÁO TUYÊN QUANG ĐIỆN TỬ", "Trang chủ » Chính trị » Mặt trận - Đoàn thể", "Lượt xem: 2.316", "Trường Chính trị tỉnh"],
["Thứ Sáu, 15/05/2026 - 07:45", "Lượt xem: 2.316", "gần một năm", "2 cấp", "Từ đầu năm 2026"]))
