from lib import *
PAGES = []

PAGES.append(page("b9689-hagiang-hdnd-giamsat-2023", """
BÁO HÀ GIANG - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Hà Giang
Thời sự - Chính trị - Hoạt động dân cử
16/06/2023 - 11:30
HĐND tỉnh giám sát thực hiện Chương trình mục tiêu quốc gia vùng đồng bào dân tộc thiểu số tại Mèo Vạc
BHG - Trong 2 ngày 13 và 14/6, Đoàn giám sát HĐND tỉnh Hà Giang do bà Vàng Thị Mai, Phó Chủ tịch HĐND tỉnh làm trưởng đoàn đã giám sát việc thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi tại huyện Mèo Vạc. Đây là cuộc giám sát chuyên đề theo chương trình giám sát năm 2023 của HĐND tỉnh, được ban hành kèm theo Nghị quyết số 120/NQ-HĐND ngày 8/12/2022 của HĐND tỉnh.
Trưởng đoàn Vàng Thị Mai kiểm tra hồ sơ hỗ trợ nhà ở tại xã Pả Vi.
Chương trình được triển khai theo Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ. Theo báo cáo của UBND huyện do ông Ly Mí Chứ, Phó Chủ tịch UBND huyện Mèo Vạc trình bày, tổng vốn giao cho huyện năm 2022 và 2023 là hơn 312 tỷ đồng, đến hết tháng 5/2023 mới giải ngân được 58,7%. Huyện đã hỗ trợ nhà ở cho 1.089 hộ, mỗi hộ tối đa 40 triệu đồng; hỗ trợ chuyển đổi nghề cho 412 hộ thiếu đất sản xuất; xây dựng 17 công trình nước sinh hoạt tập trung.
Đoàn đã khảo sát thực tế tại xã Pả Vi, xã Pải Lủng và xã Sủng Trà. Bà Giàng Thị Dung, Chủ tịch UBND xã Pả Vi, cho biết nhiều hộ đồng bào Mông phải vận chuyển vật liệu bằng sức người lên núi đá nên chi phí làm nhà đội lên gấp rưỡi. Ông Thào Mí Sính, Trưởng thôn Mã Pì Lèng, đề nghị được chủ động chọn giống bò thay vì nhận giống do đơn vị cung ứng chỉ định.
Thành viên đoàn là các ông, bà: Sùng Mí Pó, Trưởng Ban Dân tộc HĐND tỉnh; Lò Thị Phương, Phó Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh và đại diện Ủy ban MTTQ tỉnh. Ông Sùng Mí Pó chỉ ra: việc phân bổ vốn còn dàn trải; hướng dẫn của các bộ, ngành về hỗ trợ sản xuất theo chuỗi giá trị chậm, nên cơ sở lúng túng; có 6 dự án chưa phê duyệt được do vướng đất rừng.
Phát biểu kết luận, bà Vàng Thị Mai đề nghị huyện đẩy nhanh tiến độ giải ngân, phấn đấu đến ngày 31/12/2023 đạt trên 90% kế hoạch vốn; công khai danh sách hộ thụ hưởng tại nhà văn hóa thôn; tăng cường vai trò giám sát của Ban giám sát đầu tư cộng đồng. Các kiến nghị vượt thẩm quyền sẽ được Đoàn tổng hợp, báo cáo HĐND tỉnh tại kỳ họp thường lệ giữa năm 2023.
Đăng Khoa
Lượt xem: 2.107
Tin cùng chuyên mục
- Thường trực HĐND tỉnh giao ban quý II năm 2023 (09/06/2023)
- Đoàn ĐBQH tỉnh tiếp xúc cử tri huyện Đồng Văn (02/06/2023)
- Ban Văn hóa - Xã hội HĐND tỉnh giám sát tại Hoàng Su Phì (26/05/2023)
- HĐND huyện Yên Minh chất vấn về quản lý đất đai (19/05/2023)
""", "2023-06-16", "HĐND tỉnh giám sát thực hiện Chương trình mục tiêu quốc gia vùng đồng bào dân tộc thiểu số tại Mèo Vạc",
E("giam_sat", "2023", "2023-06-13"),
[P("Vàng Thị Mai", "Phó Chủ tịch HĐND tỉnh"),
 P("Ly Mí Chứ", "Phó Chủ tịch UBND huyện Mèo Vạc"),
 P("Giàng Thị Dung", "Chủ tịch UBND xã Pả Vi"),
 P("Thào Mí Sính", "Trưởng thôn Mã Pì Lèng"),
 P("Sùng Mí Pó", "Trưởng Ban Dân tộc HĐND tỉnh"),
 P("Lò Thị Phương", "Phó Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh")],
[Q("hơn 312 tỷ đồng", 312000000000, "đồng", "over"), Q("58,7%", 58.7, "%"), Q("1.089 hộ", 1089, "hộ"),
 Q("tối đa 40 triệu đồng", 40000000, "đồng"), Q("412 hộ thiếu đất sản xuất", 412, "hộ thiếu đất sản xuất"),
 Q("17 công trình nước sinh hoạt tập trung", 17, "công trình nước sinh hoạt tập trung"), Q("6 dự án", 6, "dự án"),
 Q("trên 90%", 90, "%", "over")],
[D("Nghị quyết", "120", "NQ-HĐND", "2022-12-08", "HĐND tỉnh", "Nghị quyết số 120/NQ-HĐND ngày 8/12/2022"),
 D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021")],
[prov("Hà Giang"), com("Pả Vi"), com("Pải Lủng"), com("Sủng Trà")],
["BÁO HÀ GIANG - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Hà Giang", "Thời sự - Chính trị - Hoạt động dân cử", "BHG",
 "Trưởng đoàn Vàng Thị Mai kiểm tra hồ sơ hỗ trợ nhà ở tại xã Pả Vi.", "Lượt xem: 2.107",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi"],
["16/06/2023 - 11:30", "2 ngày", "năm 2023", "năm 2022 và 2023", "tháng 5/2023", "gấp rưỡi", "giữa năm 2023", "Lượt xem: 2.107"]))

PAGES.append(page("b9690-travinh-mttq-baocao-ykien-2023", """
Báo Trà Vinh điện tử
Trang chủ | Thời sự | Mặt trận - Đoàn thể
Cập nhật: 07:55, 28/11/2023 (GMT+7)
Cử tri gửi 186 ý kiến, kiến nghị đến kỳ họp thứ 12 HĐND tỉnh
Ngày 27/11, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Trà Vinh ban hành Báo cáo số 215/BC-MTTQ-BTT tổng hợp ý kiến, kiến nghị của cử tri và nhân dân gửi đến kỳ họp thứ 12, HĐND tỉnh khóa X, nhiệm kỳ 2021 - 2026. Theo báo cáo, qua 36 điểm tiếp xúc cử tri của các tổ đại biểu HĐND tỉnh với 4.230 lượt cử tri tham dự, cùng ý kiến gửi qua hộp thư, đường dây nóng, Mặt trận đã tổng hợp được 186 ý kiến, kiến nghị.
Cử tri xã Lương Hòa phát biểu tại buổi tiếp xúc ngày 21/11. Ảnh: Hữu Huynh
Trong đó, lĩnh vực kinh tế có 54 ý kiến, tập trung vào giá lúa, giá dừa thấp, chi phí vật tư nông nghiệp tăng, hạ tầng giao thông nông thôn xuống cấp; lĩnh vực văn hóa - xã hội có 61 ý kiến, chủ yếu về bảo hiểm y tế, thiếu giáo viên, chính sách cho người có công; lĩnh vực đất đai, môi trường có 48 ý kiến; còn lại là các ý kiến về an ninh trật tự, cải cách hành chính. Đáng chú ý, có 27 ý kiến đã được trả lời ở các kỳ họp trước nhưng cử tri chưa đồng tình, tiếp tục kiến nghị.
Cử tri đồng bào Khmer phản ánh nhiều về việc sửa chữa các tuyến đường vào phum, sóc và việc hỗ trợ kinh phí tu sửa chùa. Hòa thượng Thạch Sóc Xane, trụ trì chùa Ba Si, xã Lương Hòa, đề nghị tỉnh tiếp tục quan tâm các lớp dạy chữ Khmer dịp hè. Ông Thạch Som ở ấp Ba Se A, xã Lương Hòa, kiến nghị cấp đổi giấy chứng nhận quyền sử dụng đất cho khoảng 70 hộ có đất bị sai thửa do đo đạc từ năm 1995. Cử tri xã Đôn Châu đề nghị nạo vét kênh thủy lợi để kịp vụ lúa Đông Xuân.
Theo ông Thạch Ngọc Sương, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Mặt trận thực hiện việc tổng hợp theo đúng quy định tại Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-ĐCT-ĐCTUBTWMTTQVN và đã gửi báo cáo đến Thường trực HĐND tỉnh, UBND tỉnh. Mặt trận đề nghị UBND tỉnh chỉ đạo các sở, ngành trả lời cụ thể từng ý kiến, nêu rõ thời hạn giải quyết, tránh trả lời chung chung.
Bà Sơn Thị Chanh Đa, Trưởng Ban Dân tộc HĐND tỉnh, cho biết Ban sẽ lựa chọn các kiến nghị liên quan đồng bào dân tộc thiểu số ở thị trấn Cầu Kè và xã Long Đức để đưa vào nội dung chất vấn tại kỳ họp. Kỳ họp thứ 12 dự kiến diễn ra trong 3 ngày, từ ngày 6/12/2023.
Theo đánh giá của Mặt trận, việc tổ chức tiếp xúc cử tri năm nay có tiến bộ: thành phần mời đa dạng hơn, có đại diện doanh nghiệp, chức sắc tôn giáo, thanh niên; nhiều ý kiến được lãnh đạo các sở, ngành trả lời ngay tại hội nghị. Tuy vậy, ở một số điểm, thời gian dành cho cử tri phát biểu còn ngắn.
Hữu Huynh
Tin liên quan
- Tổ đại biểu HĐND tỉnh tiếp xúc cử tri huyện Trà Cú (22/11/2023)
- Ủy ban MTTQ tỉnh giám sát việc thực hiện chính sách bảo hiểm y tế (14/11/2023)
- Chuẩn bị nội dung kỳ họp thứ 12 HĐND tỉnh khóa X (08/11/2023)
""", "2023-11-28", "Cử tri gửi 186 ý kiến, kiến nghị đến kỳ họp thứ 12 HĐND tỉnh",
E("bao_cao", None, "2023-11-27"),
[P("Thạch Sóc Xane", "Hòa thượng", "trụ trì chùa Ba Si"),
 P("Thạch Som"),
 P("Thạch Ngọc Sương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Sơn Thị Chanh Đa", "Trưởng Ban Dân tộc HĐND tỉnh")],
[Q("186 ý kiến, kiến nghị", 186, "ý kiến, kiến nghị"), Q("36 điểm tiếp xúc cử tri", 36, "điểm tiếp xúc cử tri"),
 Q("4.230 lượt cử tri", 4230, "lượt cử tri"), Q("54 ý kiến", 54, "ý kiến"), Q("61 ý kiến", 61, "ý kiến"),
 Q("48 ý kiến", 48, "ý kiến"), Q("27 ý kiến", 27, "ý kiến"), Q("khoảng 70 hộ", 70, "hộ", "approx")],
[D("Báo cáo", "215", "BC-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Báo cáo số 215/BC-MTTQ-BTT"),
 D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-ĐCT-ĐCTUBTWMTTQVN", None, None,
   "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-ĐCT-ĐCTUBTWMTTQVN")],
[prov("Trà Vinh"), com("Lương Hòa"), com("Đôn Châu"), com("Cầu Kè"), com("Long Đức")],
["Báo Trà Vinh điện tử", "Trang chủ | Thời sự | Mặt trận - Đoàn thể", "Cử tri xã Lương Hòa phát biểu tại buổi tiếp xúc ngày 21/11. Ảnh: Hữu Huynh"],
["Cập nhật: 07:55, 28/11/2023 (GMT+7)", "kỳ họp thứ 12", "khóa X", "nhiệm kỳ 2021 - 2026", "năm 1995", "3 ngày"]))

PAGES.append(page("b9691-quangtri-hdnd-tongket-2024", """
BÁO QUẢNG TRỊ ĐIỆN TỬ
Chính trị | Hoạt động HĐND
Thứ Sáu, 20/12/2024, 16:00
Toàn cảnh hội nghị tổng kết. Ảnh: H.L
HĐND huyện Hướng Hóa: Chất vấn, giải trình ngày càng thực chất
QTO - Ngày 19/12, Thường trực HĐND huyện Hướng Hóa, tỉnh Quảng Trị tổ chức hội nghị tổng kết hoạt động HĐND huyện và HĐND các xã, thị trấn năm 2024, triển khai nhiệm vụ năm 2025. Ông Hồ Văn Nhơn, Phó Bí thư Huyện ủy, Chủ tịch HĐND huyện chủ trì hội nghị.
Năm 2024, HĐND huyện đã tổ chức 5 kỳ họp, trong đó có 3 kỳ họp chuyên đề, thông qua 32 nghị quyết. Thường trực và các ban HĐND huyện thực hiện 6 cuộc giám sát, tổ chức 2 phiên giải trình về công tác quản lý đất đai ở vùng biên và về tình trạng học sinh bỏ học. Tại các kỳ họp thường lệ, có 14 lượt đại biểu chất vấn, nội dung tập trung vào những vấn đề cử tri bức xúc.
Hoạt động tiếp xúc cử tri được tổ chức tại 42 điểm, với hơn 3.600 lượt cử tri tham dự; đại biểu tiếp nhận 258 ý kiến, kiến nghị, đến nay đã được trả lời, giải quyết 231 ý kiến, đạt 89,5%. Đặc biệt, HĐND huyện đã phối hợp với Ủy ban MTTQ huyện tổ chức tiếp xúc cử tri chuyên đề với đồng bào Vân Kiều, Pa Kô ở thị trấn Lao Bảo và xã A Dơi, có phiên dịch tiếng dân tộc.
Bà Hồ Thị Lai, Phó Chủ tịch HĐND huyện, cho biết năm 2024 huyện đã hoàn thành việc sắp xếp đơn vị hành chính cấp xã theo Nghị quyết số 35/2023/UBTVQH15 của Ủy ban Thường vụ Quốc hội; sau sắp xếp, HĐND các xã mới đã kiện toàn tổ chức, bầu bổ sung chức danh theo quy định.
Tham luận tại hội nghị, ông Ra Pát Bon, Chủ tịch HĐND xã A Dơi, chia sẻ cách giám sát việc chi trả tiền hỗ trợ bảo vệ rừng bằng cách đối chiếu danh sách với từng hộ tại nhà sinh hoạt cộng đồng bản. Ông Lê Quang Hiếu, Phó Chủ tịch HĐND thị trấn Khe Sanh, đề nghị tăng thời lượng thông tin về kết quả giải quyết kiến nghị cử tri trên hệ thống truyền thanh cơ sở.
Kết luận hội nghị, ông Hồ Văn Nhơn yêu cầu năm 2025 HĐND các cấp tập trung giám sát việc thực hiện các chương trình mục tiêu quốc gia, công tác phòng, chống thiên tai; chuẩn bị tốt các điều kiện để HĐND huyện, xã hoàn thành nhiệm vụ trong bối cảnh tiếp tục sắp xếp tổ chức bộ máy. Dịp này, HĐND huyện tặng giấy khen cho 5 tập thể và 9 cá nhân có thành tích xuất sắc trong hoạt động HĐND năm 2024.
Nhiều ý kiến tại hội nghị cũng thẳng thắn chỉ ra hạn chế: một số đại biểu HĐND cấp xã chưa chủ động nắm tình hình cử tri giữa hai kỳ họp; việc theo dõi, đôn đốc giải quyết kiến nghị sau tiếp xúc chưa thường xuyên; chất lượng thẩm tra của các ban có lúc chưa sâu do thiếu thông tin.
Hà Linh
Lượt xem: 918
Tin khác
- Thường trực HĐND tỉnh tiếp xúc cử tri chuyên đề với thanh niên (16/12/2024)
- HĐND huyện Đakrông tổ chức kỳ họp thứ 19 (12/12/2024)
- Giám sát việc thực hiện chính sách đối với người có uy tín (04/12/2024)
""", "2024-12-20", "HĐND huyện Hướng Hóa: Chất vấn, giải trình ngày càng thực chất",
E("tong_ket", "2024", "2024-12-19"),
[P("Hồ Văn Nhơn", "Phó Bí thư Huyện ủy", "Chủ tịch HĐND huyện"),
 P("Hồ Thị Lai", "Phó Chủ tịch HĐND huyện"),
 P("Ra Pát Bon", "Chủ tịch HĐND xã A Dơi"),
 P("Lê Quang Hiếu", "Phó Chủ tịch HĐND thị trấn Khe Sanh")],
[Q("5 kỳ họp", 5, "kỳ họp"), Q("3 kỳ họp chuyên đề", 3, "kỳ họp chuyên đề"), Q("32 nghị quyết", 32, "nghị quyết"),
 Q("6 cuộc giám sát", 6, "cuộc giám sát"), Q("2 phiên giải trình", 2, "phiên giải trình"),
 Q("14 lượt đại biểu", 14, "lượt đại biểu"), Q("42 điểm", 42, "điểm"), Q("hơn 3.600 lượt cử tri", 3600, "lượt cử tri", "over"),
 Q("258 ý kiến, kiến nghị", 258, "ý kiến, kiến nghị"), Q("231 ý kiến", 231, "ý kiến"), Q("89,5%", 89.5, "%"),
 Q("5 tập thể", 5, "tập thể"), Q("9 cá nhân", 9, "cá nhân")],
[D("Nghị quyết", "35", "2023/UBTVQH15", None, "Ủy ban Thường vụ Quốc hội", "Nghị quyết số 35/2023/UBTVQH15")],
[prov("Quảng Trị"), com("Lao Bảo"), com("A Dơi"), com("Khe Sanh")],
["BÁO QUẢNG TRỊ ĐIỆN TỬ", "Chính trị | Hoạt động HĐND", "Toàn cảnh hội nghị tổng kết. Ảnh: H.L", "QTO", "Lượt xem: 918"],
["Thứ Sáu, 20/12/2024, 16:00", "năm 2024", "năm 2025", "Lượt xem: 918"]))

PAGES.append(page("b9692-lamdong-hdnd-giamsat-rung-2024", """
BÁO LÂM ĐỒNG ĐIỆN TỬ - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH LÂM ĐỒNG
Chính trị / Hoạt động HĐND
12 tháng 4, 2024 | 10:15
Giám sát công tác giao khoán bảo vệ rừng tại Lạc Dương
Ngày 11/4, Đoàn giám sát Ban Kinh tế - Ngân sách HĐND tỉnh Lâm Đồng do ông Ka Hộ Lim, Phó Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh làm trưởng đoàn đã làm việc với UBND huyện Lạc Dương về công tác quản lý, bảo vệ rừng và giao khoán bảo vệ rừng cho cộng đồng, hộ gia đình.
Đoàn giám sát kiểm tra thực địa tại tiểu khu 85, xã Đạ Sar.
Báo cáo với đoàn, ông Cil Ha Ninh, Phó Chủ tịch UBND huyện Lạc Dương cho biết, toàn huyện có hơn 112.000 ha đất lâm nghiệp, tỷ lệ che phủ rừng đạt 86,1%. Huyện đã giao khoán hơn 62.000 ha rừng cho 1.684 hộ nhận khoán, phần lớn là đồng bào K'Ho, Chil. Năm 2023, tiền dịch vụ môi trường rừng chi trả cho các hộ đạt hơn 29,5 tỷ đồng, bình quân mỗi hộ nhận 17,5 triệu đồng/năm, trở thành nguồn thu nhập ổn định của bà con.
Tuy nhiên, trong năm 2023 và quý I/2024, trên địa bàn vẫn xảy ra 28 vụ phá rừng trái phép với diện tích thiệt hại 4,3 ha, chủ yếu tại xã Đạ Nhim và xã Lát. Một số nhóm hộ nhận khoán chưa tuần tra thường xuyên; việc nghiệm thu khối lượng khoán ở một vài ban quản lý rừng còn hình thức.
Tại buổi giám sát, ông Liêng Jrang Ha Sen, Chủ tịch UBND xã Đạ Sar, đề nghị tăng đơn giá khoán cho diện tích rừng giáp ranh, nơi thường xuyên bị xâm hại. Ông Kon Sơ Ha Pin, Bí thư Chi bộ kiêm Trưởng thôn Đạ Nghịt, kiến nghị trang bị thêm máy định vị GPS và điện thoại thông minh để nhóm hộ báo cáo nhanh vụ việc.
Kết luận buổi giám sát, ông Ka Hộ Lim đề nghị UBND huyện thực hiện nghiêm Nghị định số 156/2018/NĐ-CP của Chính phủ quy định chi tiết thi hành Luật Lâm nghiệp; rà soát, thu hồi diện tích khoán đối với những hộ để mất rừng nhiều lần; xử lý dứt điểm các vụ phá rừng còn tồn đọng. Đoàn cũng ghi nhận kiến nghị điều chỉnh mức hỗ trợ khoán bảo vệ rừng đã được HĐND tỉnh quy định tại Nghị quyết số 165/2020/NQ-HĐND để báo cáo tại kỳ họp giữa năm 2024.
Theo kế hoạch, đoàn tiếp tục giám sát tại huyện Đam Rông, Lâm Hà trong tháng 4; kết quả sẽ được tổng hợp, báo cáo Thường trực HĐND tỉnh trước ngày 15/5/2024.
Đại diện các ban quản lý rừng phòng hộ cho rằng lực lượng chuyên trách còn mỏng, địa bàn rộng, đường tuần tra nhiều đoạn xuống cấp; vì vậy cần tiếp tục dựa vào cộng đồng dân cư thôn, buôn và phát huy vai trò của già làng, người có uy tín trong vận động bà con giữ rừng.
Lam Giang
Tin liên quan
- Thường trực HĐND tỉnh giám sát việc quản lý đất đai tại Bảo Lâm (05/04/2024)
- Đại biểu HĐND tỉnh tiếp xúc cử tri huyện Đơn Dương (29/03/2024)
- Ban Dân tộc HĐND tỉnh khảo sát chính sách hỗ trợ đất ở (22/03/2024)
""", "2024-04-12", "Giám sát công tác giao khoán bảo vệ rừng tại Lạc Dương",
E("giam_sat", None, "2024-04-11"),
[P("Ka Hộ Lim", "Phó Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh"),
 P("Cil Ha Ninh", "Phó Chủ tịch UBND huyện Lạc Dương"),
 P("Liêng Jrang Ha Sen", "Chủ tịch UBND xã Đạ Sar"),
 P("Kon Sơ Ha Pin", "Bí thư Chi bộ kiêm Trưởng thôn Đạ Nghịt")],
[Q("hơn 112.000 ha", 112000, "ha", "over"), Q("86,1%", 86.1, "%"), Q("hơn 62.000 ha", 62000, "ha", "over"),
 Q("1.684 hộ", 1684, "hộ"), Q("hơn 29,5 tỷ đồng", 29500000000, "đồng", "over"), Q("17,5 triệu đồng", 17500000, "đồng"),
 Q("28 vụ phá rừng trái phép", 28, "vụ phá rừng trái phép"), Q("4,3 ha", 4.3, "ha")],
[D("Nghị định", "156", "2018/NĐ-CP", None, "Chính phủ", "Nghị định số 156/2018/NĐ-CP"),
 D("Nghị quyết", "165", "2020/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 165/2020/NQ-HĐND")],
[prov("Lâm Đồng"), com("Đạ Sar"), com("Đạ Nhim"), com("Lát")],
["BÁO LÂM ĐỒNG ĐIỆN TỬ - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH LÂM ĐỒNG", "Chính trị / Hoạt động HĐND",
 "Đoàn giám sát kiểm tra thực địa tại tiểu khu 85, xã Đạ Sar.", "Luật Lâm nghiệp"],
["12 tháng 4, 2024 | 10:15", "tiểu khu 85", "Năm 2023", "năm 2023 và quý I/2024", "tháng 4", "giữa năm 2024"]))

PAGES.append(page("b9693-namdinh-hdnd-txct-2025", """
BÁO NAM ĐỊNH
Trang chủ > Chính trị > Hoạt động HĐND
22/05/2025 06:30
Cử tri Hải Hậu đồng tình với chủ trương sáp nhập tỉnh, không tổ chức cấp huyện
Ngày 20/5, tổ đại biểu HĐND tỉnh Nam Định ứng cử tại huyện Hải Hậu đã tiếp xúc cử tri xã Hải Đông và thị trấn Yên Định để lấy ý kiến về dự thảo Nghị quyết sửa đổi, bổ sung một số điều của Hiến pháp năm 2013 và chủ trương sắp xếp đơn vị hành chính. Hơn 150 cử tri đã dự hội nghị.
Tổ đại biểu gồm: ông Đặng Quốc Hưng, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch HĐND tỉnh; bà Phạm Thị Huệ, Phó Trưởng Ban Văn hóa - Xã hội HĐND tỉnh; ông Lại Văn Toàn, Bí thư Huyện ủy Hải Hậu.
Ông Đặng Quốc Hưng thông tin, thực hiện Nghị quyết số 60-NQ/TW ngày 12/4/2025 của Ban Chấp hành Trung ương và Kết luận số 137-KL/TW của Bộ Chính trị, Ban Bí thư, tỉnh Nam Định dự kiến hợp nhất với tỉnh Hà Nam và tỉnh Ninh Bình thành tỉnh Ninh Bình mới; sau khi sắp xếp, không tổ chức cấp huyện, Nam Định hiện nay giảm từ 175 xuống còn 49 đơn vị hành chính cấp xã. Chính quyền địa phương hai cấp dự kiến vận hành từ ngày 1/7/2025.
Có 19 ý kiến phát biểu, cơ bản đồng tình với chủ trương. Linh mục Phêrô Trần Văn Hòa, Quản xứ giáo xứ Kiên Chính, đề nghị khi sắp xếp cần giữ tên gọi gắn với truyền thống lịch sử, văn hóa của vùng đất. Ông Vũ Đức Thuận ở xóm 5, xã Hải Đông, băn khoăn về việc làm giấy tờ khi trụ sở xã mới cách nhà hơn 10 km. Bà Đoàn Thị Mến, Chủ tịch Hội Nông dân thị trấn Yên Định, kiến nghị bố trí công việc phù hợp cho cán bộ không chuyên trách dôi dư.
Cử tri xã Hải Lý phản ánh tình trạng sạt lở bờ biển, đề nghị tỉnh bố trí vốn gia cố khoảng 1,8 km đê biển xung yếu trước mùa mưa bão. Một số ý kiến đề nghị làm rõ chính sách đối với cán bộ, công chức nghỉ hưu trước tuổi theo Nghị định số 178/2024/NĐ-CP của Chính phủ.
Thay mặt tổ đại biểu, bà Phạm Thị Huệ tiếp thu, giải trình các nội dung thuộc thẩm quyền; ông Lại Văn Toàn cho biết huyện sẽ bố trí bộ phận tiếp nhận hồ sơ tại các điểm cũ trong thời gian chuyển tiếp để người dân không phải đi xa. Các ý kiến góp ý Hiến pháp được tổng hợp, gửi Ủy ban MTTQ Việt Nam tỉnh trước ngày 25/5/2025.
Theo Thường trực HĐND tỉnh, trong tháng 5, các tổ đại biểu HĐND tỉnh đồng loạt tiếp xúc cử tri tại tất cả các huyện, thành phố để lấy ý kiến về sửa đổi Hiến pháp và sắp xếp đơn vị hành chính. Các ý kiến của cử tri sẽ được tổng hợp đầy đủ, trung thực, gửi đến các cơ quan có thẩm quyền trước khi HĐND tỉnh họp kỳ chuyên đề thông qua đề án.
Việt Hưng
Lượt xem: 1.562
Bài viết liên quan
- Lấy ý kiến nhân dân về dự thảo sửa đổi Hiến pháp tại Giao Thủy (19/05/2025)
- HĐND tỉnh tổ chức kỳ họp chuyên đề thông qua đề án sắp xếp xã (15/05/2025)
- Cử tri Nghĩa Hưng góp ý về sắp xếp đơn vị hành chính (12/05/2025)
""", "2025-05-22", "Cử tri Hải Hậu đồng tình với chủ trương sáp nhập tỉnh, không tổ chức cấp huyện",
E("hoi_nghi", None, "2025-05-20"),
[P("Đặng Quốc Hưng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch HĐND tỉnh"),
 P("Phạm Thị Huệ", "Phó Trưởng Ban Văn hóa - Xã hội HĐND tỉnh"),
 P("Lại Văn Toàn", "Bí thư Huyện ủy Hải Hậu"),
 P("Phêrô Trần Văn Hòa", "Linh mục", "Quản xứ giáo xứ Kiên Chính"),
 P("Vũ Đức Thuận"),
 P("Đoàn Thị Mến", "Chủ tịch Hội Nông dân thị trấn Yên Định")],
[Q("Hơn 150 cử tri", 150, "cử tri", "over"), Q("175", 175, "đơn vị hành chính cấp xã"),
 Q("49 đơn vị hành chính cấp xã", 49, "đơn vị hành chính cấp xã"), Q("19 ý kiến", 19, "ý kiến"),
 Q("hơn 10 km", 10, "km", "over"), Q("khoảng 1,8 km", 1.8, "km", "approx")],
[D("Nghị quyết", "60", "NQ/TW", "2025-04-12", "Ban Chấp hành Trung ương", "Nghị quyết số 60-NQ/TW ngày 12/4/2025"),
 D("Kết luận", "137", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận số 137-KL/TW"),
 D("Nghị định", "178", "2024/NĐ-CP", None, "Chính phủ", "Nghị định số 178/2024/NĐ-CP")],
[prov("Nam Định"), prov("Hà Nam"), prov("Ninh Bình"), com("Hải Đông"), com("Yên Định"), com("Hải Lý")],
["BÁO NAM ĐỊNH", "Trang chủ > Chính trị > Hoạt động HĐND", "Hiến pháp năm 2013", "Lượt xem: 1.562"],
["22/05/2025 06:30", "năm 2013", "xóm 5", "Lượt xem: 1.562"]))

PAGES.append(page("b9694-soctrang-daibieu-chandung-2025", """
BÁO SÓC TRĂNG ĐIỆN TỬ - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH SÓC TRĂNG
Xã hội › Gương sáng › Người tốt việc tốt
Thứ Năm, 05/06/2025
Chị Lâm Thị Sóc Khoa (giữa) trò chuyện với cử tri ấp Prey Chóp.
Nữ đại biểu HĐND người Khmer luôn gần dân
Hơn 9 năm làm đại biểu HĐND tỉnh, chị Lâm Thị Sóc Khoa, Phó Trưởng Ban Dân tộc HĐND tỉnh, đã trở thành người quen của bà con các phum, sóc ven biển thị xã Vĩnh Châu. Cử tri gọi chị là "cô đại biểu biết nghe".
Sinh ra trong một gia đình làm muối ở xã Vĩnh Hải, chị Sóc Khoa từng là giáo viên dạy chữ Khmer trước khi được bầu vào HĐND tỉnh khóa IX, rồi tái cử khóa X. Mỗi năm, ngoài các đợt tiếp xúc cử tri trước và sau kỳ họp theo luật định, chị dành ít nhất 2 ngày mỗi tháng để về các ấp nghe bà con nói chuyện. Chị ghi chép cẩn thận trong cuốn sổ bìa xanh, đến nay đã đầy 7 cuốn.
"Có những kiến nghị nhỏ thôi, như cây cầu khỉ bắc qua kênh, nhưng với bà con đó là chuyện lớn. Mình phải theo đến cùng", chị kể. Trong nhiệm kỳ này, chị đã trực tiếp chuyển 56 kiến nghị của cử tri đến các cơ quan chức năng; trong đó có kiến nghị làm 3 cây cầu bê tông ở xã Lai Hòa, đã được UBND tỉnh bố trí 2,4 tỷ đồng xây dựng xong cuối năm 2024.
Tại kỳ họp giữa năm 2024, chị chất vấn Giám đốc Sở Lao động - Thương binh và Xã hội về việc chậm chi trả hỗ trợ học nghề cho lao động người Khmer theo Nghị quyết số 12/2022/NQ-HĐND của HĐND tỉnh. Sau chất vấn, 214 lao động đã được nhận tiền hỗ trợ.
Ông Trương Tấn Phát, Chủ tịch UBND xã Vĩnh Hải, nhận xét: "Chị Sóc Khoa đến với dân không hẹn trước, nên nghe được những điều thật". Hòa thượng Lý Sên, trụ trì chùa Prey Chóp, kể chị thường dự các buổi lễ Chôl Chnăm Thmây, Sene Đôlta để lắng nghe tâm tư của đồng bào và sư sãi.
Năm 2024, chị được Ủy ban Dân tộc tặng Bằng khen vì có thành tích trong công tác dân tộc. Khi được hỏi về những ngày sắp tới, khi tỉnh Sóc Trăng hợp nhất với thành phố Cần Thơ và tỉnh Hậu Giang, chị nói chỉ mong dù địa giới thay đổi, tiếng nói của bà con vẫn được lắng nghe như trước.
Ngoài công việc ở Ban, chị còn tham gia dạy chữ Khmer dịp hè ở chùa cho các em nhỏ trong ấp. Với chị, mỗi buổi dạy cũng là một dịp gặp phụ huynh, nghe thêm những chuyện làm ăn, chuyện học hành của con em. Những câu chuyện ấy, sau này nhiều lần trở thành nội dung chị đưa ra thảo luận tại tổ và tại hội trường kỳ họp.
Nhiều cán bộ ấp cho biết, sau mỗi kỳ họp, chị thường gọi điện thông báo kết quả giải quyết những kiến nghị mà bà con đã gửi, kể cả những việc chưa làm được và lý do vì sao.
Kim Ngân
Tin cùng chuyên mục
- Ông Thạch Rết - người có uy tín hết lòng vì phum, sóc (28/05/2025)
- Cô giáo vùng biển Trần Đề (20/05/2025)
- Người cựu chiến binh hiến đất làm đường ở Mỹ Xuyên (12/05/2025)
""", "2025-06-05", "Nữ đại biểu HĐND người Khmer luôn gần dân",
E("khac", None, None),
[P("Lâm Thị Sóc Khoa", "Phó Trưởng Ban Dân tộc HĐND tỉnh"),
 P("Trương Tấn Phát", "Chủ tịch UBND xã Vĩnh Hải"),
 P("Lý Sên", "Hòa thượng", "trụ trì chùa Prey Chóp")],
[Q("56 kiến nghị", 56, "kiến nghị"), Q("3 cây cầu bê tông", 3, "cây cầu bê tông"), Q("2,4 tỷ đồng", 2400000000, "đồng"),
 Q("214 lao động", 214, "lao động"), Q("7 cuốn", 7, "cuốn")],
[D("Nghị quyết", "12", "2022/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 12/2022/NQ-HĐND")],
[prov("Sóc Trăng"), prov("Cần Thơ"), prov("Hậu Giang"), com("Vĩnh Hải"), com("Lai Hòa")],
["BÁO SÓC TRĂNG ĐIỆN TỬ - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH SÓC TRĂNG", "Xã hội › Gương sáng › Người tốt việc tốt",
 "Chị Lâm Thị Sóc Khoa (giữa) trò chuyện với cử tri ấp Prey Chóp.", "cô đại biểu biết nghe", "Chôl Chnăm Thmây", "Sene Đôlta"],
["Thứ Năm, 05/06/2025", "Hơn 9 năm", "khóa IX", "khóa X", "ít nhất 2 ngày mỗi tháng", "cuối năm 2024", "giữa năm 2024",
 "Năm 2024"]))
