from lib import *
PAGES = []

PAGES.append(page("b6833-yenbai-doithoai-phunu-mong-2021", """
BÁO YÊN BÁI
Chính trị - Xã hội >> Dân tộc - Miền núi
17/06/2021 | 08:30
Ảnh: Quang cảnh buổi đối thoại.
Mù Cang Chải: Đối thoại với phụ nữ Mông về học chữ
YBĐT - Ngày 15/6, tại xã Chế Tạo, huyện Mù Cang Chải, Hội Liên hiệp Phụ nữ tỉnh Yên Bái phối hợp với Sở Giáo dục và Đào tạo tổ chức buổi đối thoại năm 2021 với hội viên phụ nữ người Mông về công tác xóa mù chữ và chống tái mù chữ. Hơn 120 chị em từ 6 bản trong xã đã tham dự.
Chủ trì buổi đối thoại có các đồng chí: Hoàng Thị Vĩnh, Nguyễn Thị Thu Hằng - Phó Chủ tịch Hội LHPN tỉnh; ông Lò Văn Thái, Phó Giám đốc Sở Giáo dục và Đào tạo. Cùng dự có đồng chí Giàng A Tông, HUV, Chủ tịch UBND xã Chế Tạo.
Mở đầu, cán bộ Hội LHPN tỉnh thông tin về Kế hoạch số 92/KH-UBND ngày 30/4/2021 của UBND tỉnh thực hiện Nghị định số 20/2014/NĐ-CP ngày 24/3/2014 của Chính phủ về phổ cập giáo dục, xóa mù chữ và các chính sách hỗ trợ người học xóa mù chữ: học viên được cấp miễn phí sách, vở; mỗi buổi học được hỗ trợ 20.000 đồng; lớp học được tổ chức ngay tại nhà văn hóa bản. Theo rà soát, xã Chế Tạo còn 412 người từ 15 đến 60 tuổi chưa biết chữ, trong đó 287 người là phụ nữ.
Tại buổi đối thoại, nhiều chị em thẳng thắn nêu lý do chưa đi học. Chị Mùa Thị Dua, bản Háng Tày, nói: "Chồng đi làm ăn xa, một mình em làm nương, trông 3 đứa con, tối về mệt không đi học được". Chị Sùng Thị Mỷ, bản Tà Ghênh, hỏi học xong có được cấp giấy chứng nhận để đi làm công nhân không. Một số chị em lo ngại tuổi đã cao, học chậm, sợ người khác cười.
Trả lời các ý kiến, ông Lò Văn Thái cho biết lớp sẽ bố trí giờ học linh hoạt theo mùa vụ, có giáo viên người Mông trợ giảng; học viên hoàn thành chương trình được cấp giấy chứng nhận hoàn thành chương trình xóa mù chữ, có giá trị khi học nghề. Bà Hoàng Thị Vĩnh đề nghị các chi hội phụ nữ bản lập tổ "trông trẻ giúp nhau" để chị em yên tâm đến lớp, đồng thời vận động chồng, con cùng ủng hộ.
Ngay sau buổi đối thoại, 96 chị em đã đăng ký tham gia 3 lớp xóa mù chữ dự kiến khai giảng vào tháng 9/2021. Hội LHPN tỉnh hỗ trợ 50 đèn năng lượng mặt trời cho học viên ở các bản chưa có điện lưới.
Thời gian qua, thực hiện Nghị quyết số 07-NQ/TU ngày 15/12/2020 của Ban Chấp hành Đảng bộ tỉnh về phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số, toàn tỉnh đã mở 165 lớp với hơn 3.900 học viên; tỷ lệ người biết chữ trong độ tuổi 15 - 60 đạt 95,6%. Huyện Mù Cang Chải là địa phương có tỷ lệ thấp nhất, mới đạt khoảng 87%.
Thanh Ba
Tin cùng chuyên mục
- Trạm Tấu: "Ngày thứ Bảy tình nguyện" dạy chữ cho người lớn (10/06/2021)
- Văn Chấn trao 200 suất quà cho học sinh vùng cao (01/06/2021)
- Phụ nữ Mông ở Lao Chải học làm du lịch cộng đồng (25/05/2021)
""", "2021-06-17", "Mù Cang Chải: Đối thoại với phụ nữ Mông về học chữ",
E("doi_thoai", "2021", "2021-06-15"),
[P("Hoàng Thị Vĩnh", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Nguyễn Thị Thu Hằng", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Lò Văn Thái", "Phó Giám đốc Sở Giáo dục và Đào tạo"),
 P("Giàng A Tông", "HUV", "Chủ tịch UBND xã Chế Tạo"),
 P("Mùa Thị Dua"), P("Sùng Thị Mỷ")],
[Q("Hơn 120 chị em", 120, "chị em", "over"), Q("6 bản", 6, "bản"), Q("20.000 đồng", 20000, "đồng"),
 Q("412 người", 412, "người"), Q("287 người", 287, "người"), Q("96 chị em", 96, "chị em"),
 Q("3 lớp xóa mù chữ", 3, "lớp xóa mù chữ"), Q("50 đèn năng lượng mặt trời", 50, "đèn năng lượng mặt trời"),
 Q("165 lớp", 165, "lớp"), Q("hơn 3.900 học viên", 3900, "học viên", "over"), Q("95,6%", 95.6, "%"),
 Q("khoảng 87%", 87, "%", "approx")],
[D("Kế hoạch", "92", "KH-UBND", "2021-04-30", "UBND tỉnh", "Kế hoạch số 92/KH-UBND ngày 30/4/2021"),
 D("Nghị định", "20", "2014/NĐ-CP", "2014-03-24", "Chính phủ", "Nghị định số 20/2014/NĐ-CP ngày 24/3/2014"),
 D("Nghị quyết", "07", "NQ/TU", "2020-12-15", "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 07-NQ/TU ngày 15/12/2020")],
[prov("Yên Bái"), com("Chế Tạo")],
["BÁO YÊN BÁI", "Chính trị - Xã hội >> Dân tộc - Miền núi", "Ảnh: Quang cảnh buổi đối thoại.", "YBĐT", "trông trẻ giúp nhau"],
["17/06/2021 | 08:30", "năm 2021", "từ 15 đến 60 tuổi", "3 đứa con", "tháng 9/2021", "15 - 60"]))

PAGES.append(page("b6834-ninhthuan-tiengcham-taphuan-2021", """
Báo Ninh Thuận
Trang chủ - Giáo dục - Đào tạo
Thứ Sáu, 29/10/2021 - 10:12
Bồi dưỡng phương pháp dạy tiếng Chăm cho 75 giáo viên
NTO - Từ ngày 26 đến 28/10, Sở Giáo dục và Đào tạo phối hợp với Ban Biên soạn sách chữ Chăm tỉnh tổ chức lớp tập huấn năm 2021 về phương pháp dạy tiếng Chăm và dạy xóa mù chữ cho người lớn vùng đồng bào Chăm. Tham dự có 75 giáo viên dạy tiếng Chăm ở các trường tiểu học, trung học cơ sở và giáo viên các trung tâm học tập cộng đồng.
Giáo viên thực hành soạn bài tại lớp tập huấn.
Khai mạc lớp tập huấn, bà Thông Thị Nga, Phó Giám đốc Sở Giáo dục và Đào tạo, cho biết: năm học 2021 - 2022, toàn tỉnh có 41 trường tiểu học với 9.870 học sinh học tiếng Chăm, chiếm gần 98% học sinh người Chăm ở cấp tiểu học; ngoài ra, các xã Phước Nam, Phước Hà, An Hải mở 12 lớp xóa mù chữ song ngữ Chăm - Việt cho khoảng 310 người lớn.
Báo cáo viên là các ông Thiên Sanh Cảnh, Quảng Đại Tuyên - thành viên Ban Biên soạn sách chữ Chăm tỉnh, và bà Đàng Thị Mỹ Dung, chuyên viên Phòng Giáo dục Tiểu học. Nội dung tập huấn bám sát Thông tư số 34/2020/TT-BGDĐT ngày 15/9/2020 của Bộ Giáo dục và Đào tạo ban hành chương trình tiếng Chăm cấp tiểu học, Công văn 1085/SGDĐT-GDTH của Sở về dạy học tiếng dân tộc trong điều kiện phòng, chống dịch. Giáo viên được hướng dẫn sử dụng bộ sách mới, cách dạy chữ Chăm Akhar Thrah theo hướng giao tiếp, ứng dụng công nghệ thông tin khi phải dạy trực tuyến.
Cô Lưu Thị Bích Thảo, giáo viên Trường Tiểu học Hữu Đức, xã Phước Hải, cho biết: học sinh người Chăm nói tiếng mẹ đẻ rất tốt nhưng đọc, viết chữ Chăm còn hạn chế; phụ huynh lớn tuổi nhiều người không biết chữ Chăm nên khó kèm con học ở nhà. "Mở lớp cho người lớn là cách để cả cha mẹ và con cùng giữ chữ của dân tộc mình", cô nói.
Theo Sở Giáo dục và Đào tạo, do ảnh hưởng của dịch Covid-19, năm 2021 kinh phí dành cho tập huấn giảm còn 65 triệu đồng, số giáo viên tham dự mỗi lớp giới hạn dưới 80 người. Dù vậy, đây là lần đầu tiên lớp tập huấn lồng ghép nội dung dạy xóa mù chữ cho người lớn, theo chỉ đạo tại Kế hoạch số 4120/KH-UBND ngày 10/8/2021 của UBND tỉnh về xây dựng xã hội học tập giai đoạn 2021 - 2030.
Bế mạc, ông Trượng Tiến Lập, Trưởng phòng Giáo dục Tiểu học, đề nghị các trường rà soát học sinh người Chăm chưa được học chữ Chăm, phối hợp với chính quyền thôn vận động phụ huynh tham gia lớp buổi tối. Dự kiến năm 2022, Sở sẽ đề nghị cấp bổ sung 5.000 bản sách tiếng Chăm cho các trường.
Nguyễn Trang
Tin liên quan
- Phước Dân: trao 100 suất học bổng cho học sinh người Chăm (20/10/2021)
- Ninh Phước đón học sinh trở lại trường an toàn (11/10/2021)
- Lễ hội Katê được tổ chức gọn nhẹ trong mùa dịch (06/10/2021)
""", "2021-10-29", "Bồi dưỡng phương pháp dạy tiếng Chăm cho 75 giáo viên",
E("tap_huan", "2021", "2021-10-26"),
[P("Thông Thị Nga", "Phó Giám đốc Sở Giáo dục và Đào tạo"),
 P("Thiên Sanh Cảnh", "thành viên Ban Biên soạn sách chữ Chăm tỉnh"),
 P("Quảng Đại Tuyên", "thành viên Ban Biên soạn sách chữ Chăm tỉnh"),
 P("Đàng Thị Mỹ Dung", "chuyên viên Phòng Giáo dục Tiểu học"),
 P("Lưu Thị Bích Thảo", "giáo viên Trường Tiểu học Hữu Đức"),
 P("Trượng Tiến Lập", "Trưởng phòng Giáo dục Tiểu học")],
[Q("75 giáo viên", 75, "giáo viên"), Q("41 trường tiểu học", 41, "trường tiểu học"), Q("9.870 học sinh", 9870, "học sinh"),
 Q("gần 98%", 98, "%", "approx"), Q("12 lớp xóa mù chữ song ngữ Chăm - Việt", 12, "lớp xóa mù chữ song ngữ Chăm - Việt"),
 Q("khoảng 310 người lớn", 310, "người lớn", "approx"), Q("65 triệu đồng", 65000000, "đồng"),
 Q("5.000 bản sách tiếng Chăm", 5000, "bản sách tiếng Chăm")],
[D("Thông tư", "34", "2020/TT-BGDĐT", "2020-09-15", "Bộ Giáo dục và Đào tạo", "Thông tư số 34/2020/TT-BGDĐT ngày 15/9/2020"),
 D("Công văn", "1085", "SGDĐT-GDTH", None, "Sở", "Công văn 1085/SGDĐT-GDTH"),
 D("Kế hoạch", "4120", "KH-UBND", "2021-08-10", "UBND tỉnh", "Kế hoạch số 4120/KH-UBND ngày 10/8/2021")],
[prov("Ninh Thuận"), com("Phước Nam"), com("Phước Hà"), com("An Hải"), com("Phước Hải")],
["Báo Ninh Thuận", "Trang chủ - Giáo dục - Đào tạo", "NTO", "Giáo viên thực hành soạn bài tại lớp tập huấn.",
 "Ban Biên soạn sách chữ Chăm tỉnh", "Akhar Thrah"],
["Thứ Sáu, 29/10/2021 - 10:12", "năm 2021", "năm học 2021 - 2022", "dưới 80 người", "lần đầu tiên", "giai đoạn 2021 - 2030", "năm 2022", "Covid-19"]))

PAGES.append(page("b6835-thanhhoa-khuyenhoc-daihoi-2022", """
Báo Thanh Hóa
Xã hội » Giáo dục » Khuyến học
Cập nhật: 14:50, 25/03/2022 (GMT+7)
Đại hội đại biểu Hội Khuyến học tỉnh Thanh Hóa lần thứ V
Sáng 24/3, Hội Khuyến học tỉnh Thanh Hóa tổ chức Đại hội đại biểu lần thứ V, nhiệm kỳ 2022 - 2027. Dự đại hội có đồng chí Lê Thị Minh Nguyệt, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo Tỉnh ủy; đồng chí Đầu Thanh Tùng, Phó Chủ tịch UBND tỉnh cùng 215 đại biểu đại diện cho hơn 1,2 triệu hội viên khuyến học trong toàn tỉnh.
Đồng chí Lê Thị Minh Nguyệt tặng hoa chúc mừng đại hội.
Báo cáo chính trị do ông Cao Văn Thắng, Phó Chủ tịch Thường trực Hội Khuyến học tỉnh trình bày cho biết: nhiệm kỳ 2017 - 2022, các cấp hội đã phối hợp với ngành giáo dục, Hội LHPN, Bộ đội Biên phòng mở 486 lớp xóa mù chữ và sau xóa mù chữ cho 11.240 người, chủ yếu là đồng bào Mông, Thái, Mường ở 11 huyện miền núi. Đến nay, 27/27 huyện, thị xã, thành phố đạt chuẩn xóa mù chữ mức độ 2; tỷ lệ người từ 15 đến 60 tuổi biết chữ đạt 98,9%.
Thực hiện Chỉ thị số 11-CT/TW ngày 13/4/2007 của Bộ Chính trị và Kết luận số 49-KL/TW ngày 10/5/2019 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác khuyến học, khuyến tài, xây dựng xã hội học tập, quỹ khuyến học các cấp huy động được hơn 312 tỷ đồng; có 596.000 "Gia đình học tập", 3.950 "Dòng họ học tập" và 4.870 "Cộng đồng học tập" cấp thôn được công nhận. Mô hình "Lớp học chữ cho phụ nữ Mông" ở xã Trung Lý, huyện Mường Lát và "Tủ sách bản" ở xã Nhi Sơn được Trung ương Hội biểu dương.
Phát biểu chỉ đạo, đồng chí Đầu Thanh Tùng đề nghị Hội tiếp tục là nòng cốt trong phong trào học tập suốt đời, chú trọng chống tái mù chữ cho người dân tộc thiểu số, gắn với triển khai Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ phê duyệt Đề án "Xây dựng xã hội học tập giai đoạn 2021 - 2030". Tỉnh sẽ hỗ trợ kinh phí hoạt động cho các trung tâm học tập cộng đồng với mức 20 triệu đồng/trung tâm/năm.
Đại hội đã bầu 45 ủy viên Ban Chấp hành khóa V. Tại phiên họp thứ nhất, Ban Chấp hành bầu 11 ủy viên Ban Thường vụ; ông Nguyễn Văn Thi, nguyên Phó Chủ tịch UBND tỉnh, được tín nhiệm bầu giữ chức Chủ tịch Hội Khuyến học tỉnh khóa V; các ông, bà: Cao Văn Thắng, Hà Thị Lan, Lò Văn Tỉnh được bầu làm Phó Chủ tịch Hội.
Đại hội đã thông qua nghị quyết với 8 chỉ tiêu, trong đó phấn đấu đến năm 2027 mỗi xã miền núi duy trì ít nhất 2 lớp sau xóa mù chữ; 100% trung tâm học tập cộng đồng hoạt động hiệu quả.
Minh Hằng
Các tin đã đưa
- Mường Lát: Bộ đội biên phòng đỡ đầu 60 học sinh nghèo (18/03/2022)
- Quỹ khuyến học huyện Thường Xuân đạt 5 tỷ đồng (09/03/2022)
- Tặng 1.200 cuốn sách cho tủ sách bản vùng cao (01/03/2022)
""", "2022-03-25", "Đại hội đại biểu Hội Khuyến học tỉnh Thanh Hóa lần thứ V",
E("dai_hoi", None, "2022-03-24"),
[P("Lê Thị Minh Nguyệt", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("Đầu Thanh Tùng", "Phó Chủ tịch UBND tỉnh"),
 P("Cao Văn Thắng", "Phó Chủ tịch Thường trực Hội Khuyến học tỉnh", "Phó Chủ tịch Hội"),
 P("Nguyễn Văn Thi", "nguyên Phó Chủ tịch UBND tỉnh", "Chủ tịch Hội Khuyến học tỉnh khóa V"),
 P("Hà Thị Lan", "Phó Chủ tịch Hội"),
 P("Lò Văn Tỉnh", "Phó Chủ tịch Hội")],
[Q("215 đại biểu", 215, "đại biểu"), Q("hơn 1,2 triệu hội viên khuyến học", 1200000, "hội viên khuyến học", "over"),
 Q("486 lớp xóa mù chữ và sau xóa mù chữ", 486, "lớp xóa mù chữ và sau xóa mù chữ"), Q("11.240 người", 11240, "người"),
 Q("11 huyện miền núi", 11, "huyện miền núi"), Q("27/27 huyện, thị xã, thành phố", 27, "huyện, thị xã, thành phố"),
 Q("98,9%", 98.9, "%"), Q("hơn 312 tỷ đồng", 312000000000, "đồng", "over"),
 Q('596.000 "Gia đình học tập"', 596000, "Gia đình học tập"), Q('3.950 "Dòng họ học tập"', 3950, "Dòng họ học tập"),
 Q('4.870 "Cộng đồng học tập"', 4870, "Cộng đồng học tập"), Q("20 triệu đồng", 20000000, "đồng"),
 Q("45 ủy viên Ban Chấp hành", 45, "ủy viên Ban Chấp hành"), Q("11 ủy viên Ban Thường vụ", 11, "ủy viên Ban Thường vụ"),
 Q("8 chỉ tiêu", 8, "chỉ tiêu"), Q("ít nhất 2 lớp sau xóa mù chữ", 2, "lớp sau xóa mù chữ", "over"),
 Q("100% trung tâm học tập cộng đồng", 100, "%")],
[D("Chỉ thị", "11", "CT/TW", "2007-04-13", "Bộ Chính trị", "Chỉ thị số 11-CT/TW ngày 13/4/2007"),
 D("Kết luận", "49", "KL/TW", "2019-05-10", "Ban Bí thư", "Kết luận số 49-KL/TW ngày 10/5/2019"),
 D("Quyết định", "1373", "QĐ-TTg", "2021-07-30", "Thủ tướng Chính phủ", "Quyết định số 1373/QĐ-TTg ngày 30/7/2021")],
[prov("Thanh Hóa"), com("Trung Lý"), com("Nhi Sơn")],
["Báo Thanh Hóa", "Xã hội » Giáo dục » Khuyến học", "Đồng chí Lê Thị Minh Nguyệt tặng hoa chúc mừng đại hội.",
 "Lớp học chữ cho phụ nữ Mông", "Tủ sách bản", "Xây dựng xã hội học tập giai đoạn 2021 - 2030"],
["Cập nhật: 14:50, 25/03/2022 (GMT+7)", "lần thứ V", "nhiệm kỳ 2022 - 2027", "nhiệm kỳ 2017 - 2022", "mức độ 2",
 "từ 15 đến 60 tuổi", "khóa V", "phiên họp thứ nhất", "năm 2027"]))

PAGES.append(page("b6836-binhphuoc-baocao-xmc-2022", """
BÌNH PHƯỚC ONLINE
Giáo dục › Tin tức
Ngày 19/12/2022 | 16:40
Bình Phước: Năm 2022 xóa mù chữ cho 1.146 người đồng bào S'tiêng, M'nông
BP - Sở Giáo dục và Đào tạo vừa có Báo cáo số 2754/BC-SGDĐT ngày 16/12/2022 gửi UBND tỉnh về kết quả công tác phổ cập giáo dục, xóa mù chữ năm 2022. Theo báo cáo, trong năm toàn tỉnh mở 58 lớp xóa mù chữ với 1.312 học viên, trong đó 1.146 người hoàn thành chương trình, đạt 87,3%. Học viên chủ yếu là đồng bào S'tiêng, M'nông, Khmer ở các huyện Bù Đăng, Bù Gia Mập, Lộc Ninh, Bù Đốp.
Lớp xóa mù chữ tại sóc Bom Bo, xã Bình Minh. Ảnh: Hoài Thu
Kết quả trên đạt được nhờ thực hiện đồng bộ Kế hoạch số 134/KH-UBND ngày 24/5/2022 của UBND tỉnh và Nghị quyết số 03-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về phát triển nguồn nhân lực. Tổng kinh phí năm 2022 là 2,87 tỷ đồng, trong đó hơn 1,1 tỷ đồng từ nguồn vốn Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi theo Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ. Mỗi học viên được hỗ trợ 200.000 đồng/tháng tiền ăn, đi lại trong thời gian học.
Báo cáo cũng nêu, đến nay 111/111 xã, phường, thị trấn duy trì đạt chuẩn xóa mù chữ mức độ 1; 96 xã đạt mức độ 2. Tỷ lệ người từ 15 đến 60 tuổi biết chữ mức độ 2 đạt 97,15%, tăng 0,8% so với năm 2021.
Trao đổi với phóng viên, ông Trần Văn Lượng, Phó Giám đốc Sở Giáo dục và Đào tạo, cho biết năm nay Sở đã phối hợp với Bộ đội Biên phòng tỉnh, Tỉnh đoàn mở 6 lớp "Xóa mù chữ nơi biên giới" ngay tại các sóc giáp Campuchia. Thiếu tá Điểu Minh Hùng, Đội trưởng Đội vận động quần chúng Đồn Biên phòng Hoàng Diệu, là người trực tiếp đứng lớp ở sóc Bù Tam; lớp có 26 học viên, người lớn tuổi nhất đã 58 tuổi.
Bà Thị Nết, 46 tuổi, ở xã Đắk Ơ, huyện Bù Gia Mập, sau 9 tháng học đã đọc được thông báo của xã và tự ghi sổ bán hạt điều. "Trước đây cân điều tôi chỉ nghe người ta đọc số, giờ tự tính được tiền", bà nói.
Tuy nhiên, báo cáo chỉ ra một số hạn chế: còn khoảng 1.900 người trong độ tuổi chưa biết chữ; tỷ lệ học viên bỏ học giữa chừng cao, nhất là mùa thu hoạch điều; đội ngũ giáo viên dạy xóa mù chữ chưa được bồi dưỡng về phương pháp dạy người lớn; tài liệu song ngữ S'tiêng - Việt chưa có. Năm 2023, Sở đề xuất mở ít nhất 60 lớp, phấn đấu xóa mù chữ cho 1.200 người và đề nghị UBND tỉnh cho phép biên soạn tài liệu song ngữ.
Bà Điểu Thị Hoa, Chủ tịch Hội LHPN xã Đắk Ơ, đề nghị tiếp tục duy trì các lớp học buổi tối tại nhà văn hóa sóc để chị em không phải đi xa.
Hoài Thu
Tin khác
- Bù Đăng: Trao 300 suất quà cho học sinh người S'tiêng (12/12/2022)
- Hội thi giáo viên dạy giỏi giáo dục thường xuyên cấp tỉnh (05/12/2022)
- Lộc Ninh đạt chuẩn phổ cập giáo dục mầm non cho trẻ 5 tuổi (28/11/2022)
""", "2022-12-19", "Bình Phước: Năm 2022 xóa mù chữ cho 1.146 người đồng bào S'tiêng, M'nông",
E("bao_cao", "2022", "2022-12-16"),
[P("Trần Văn Lượng", "Phó Giám đốc Sở Giáo dục và Đào tạo"),
 P("Điểu Minh Hùng", "Thiếu tá", "Đội trưởng Đội vận động quần chúng Đồn Biên phòng Hoàng Diệu"),
 P("Điểu Thị Hoa", "Chủ tịch Hội LHPN xã Đắk Ơ"),
 P("Thị Nết")],
[Q("1.146 người", 1146, "người"), Q("58 lớp xóa mù chữ", 58, "lớp xóa mù chữ"), Q("1.312 học viên", 1312, "học viên"),
 Q("87,3%", 87.3, "%"), Q("2,87 tỷ đồng", 2870000000, "đồng"), Q("hơn 1,1 tỷ đồng", 1100000000, "đồng", "over"),
 Q("200.000 đồng", 200000, "đồng"), Q("111/111 xã, phường, thị trấn", 111, "xã, phường, thị trấn"), Q("96 xã", 96, "xã"),
 Q("97,15%", 97.15, "%"), Q("0,8%", 0.8, "%"), Q("6 lớp", 6, "lớp"), Q("26 học viên", 26, "học viên"),
 Q("khoảng 1.900 người", 1900, "người", "approx"), Q("ít nhất 60 lớp", 60, "lớp", "over"), Q("1.200 người", 1200, "người")],
[D("Báo cáo", "2754", "BC-SGDĐT", "2022-12-16", "Sở Giáo dục và Đào tạo", "Báo cáo số 2754/BC-SGDĐT ngày 16/12/2022"),
 D("Kế hoạch", "134", "KH-UBND", "2022-05-24", "UBND tỉnh", "Kế hoạch số 134/KH-UBND ngày 24/5/2022"),
 D("Nghị quyết", "03", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 03-NQ/TU"),
 D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021")],
[prov("Bình Phước"), com("Bình Minh"), com("Đắk Ơ")],
["BÌNH PHƯỚC ONLINE", "Giáo dục › Tin tức", "Lớp xóa mù chữ tại sóc Bom Bo, xã Bình Minh. Ảnh: Hoài Thu", "Xóa mù chữ nơi biên giới",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi"],
["Ngày 19/12/2022 | 16:40", "năm 2022", "mức độ 1", "mức độ 2", "từ 15 đến 60 tuổi", "năm 2021", "58 tuổi", "46 tuổi", "sau 9 tháng", "Năm 2023"]))

PAGES.append(page("b6837-quangtri-bienphong-daychu-2023", """
QUẢNG TRỊ ONLINE
Phóng sự - Ghi chép
14-02-2023 06:55
Đồn Biên phòng Thanh đón nhận Bằng khen của UBND tỉnh.
"Thầy giáo quân hàm xanh" giữa bản Pa Cô
QTO - Hơn 8 năm nay, tối thứ Hai, thứ Tư, thứ Sáu hằng tuần, Thượng úy Hồ Văn Lai, cán bộ Đội vận động quần chúng Đồn Biên phòng Thanh, lại vượt con dốc dài ra nhà văn hóa thôn A Ngo, xã A Ngo, huyện Đakrông để đứng lớp xóa mù chữ cho đồng bào Pa Cô, Vân Kiều.
Là người Vân Kiều, sinh ra ở xã Hướng Lập, huyện Hướng Hóa, anh Lai hiểu hơn ai hết cái khổ của người không biết chữ. "Bà con đi khám bệnh không đọc được tên thuốc, vay vốn ngân hàng chỉ biết điểm chỉ, bị người ta lừa mua phân bón giả mà không biết", anh kể. Năm 2015, khi đơn vị triển khai chương trình "Bộ đội Biên phòng tham gia xóa mù chữ" theo Kế hoạch số 2870/KH-BCH của Bộ Chỉ huy Bộ đội Biên phòng tỉnh, anh xung phong làm giáo viên.
Lớp học đầu tiên chỉ có 9 học viên, phần lớn là phụ nữ trên 40 tuổi. Anh tự làm bảng chữ cái bằng bìa các-tông, dạy bằng cả tiếng Pa Cô và tiếng Việt, lấy chính con gà, con heo, cây sắn trong vườn nhà học viên làm ví dụ. Đến nay, anh đã dạy 11 lớp với 213 học viên, trong đó 178 người đọc thông, viết thạo. Nhiều học viên sau khi biết chữ đã trở thành tổ trưởng tổ phụ nữ, chi hội trưởng nông dân.
Bà Hồ Thị Nhe, 52 tuổi, thôn Kỳ Nơi, giờ tự ghi được sổ nuôi bò của gia đình. Bà nói: "Thầy Lai kiên nhẫn lắm, ai học chậm thầy cầm tay chỉ từng nét. Nhờ thầy mà tôi viết được tên các con".
Thiếu tá Lê Văn Hiếu, Chính trị viên Đồn Biên phòng Thanh, cho biết: từ năm 2015 đến nay, đồn đã phối hợp với Trường Tiểu học và THCS xã mở 26 lớp xóa mù chữ cho hơn 520 người, góp phần đưa tỷ lệ người biết chữ ở 2 xã biên giới A Ngo, A Bung lên 93%. Chi phí sách vở, đèn, phấn chủ yếu do cán bộ, chiến sĩ đóng góp và vận động các nhà hảo tâm, mỗi năm khoảng 30 - 40 triệu đồng.
Không chỉ dạy chữ, anh Lai còn là "cán bộ ba bám, bốn cùng" ở thôn: đỡ đầu 2 học sinh nghèo theo chương trình "Nâng bước em tới trường", vận động 7 hộ bỏ tập tục chôn cất người chết trong nhà, hướng dẫn bà con trồng chuối, nuôi dê theo hướng hàng hóa.
Với những đóng góp của mình, năm 2022, Thượng úy Hồ Văn Lai được UBND tỉnh Quảng Trị tặng Bằng khen, được Bộ Tư lệnh Bộ đội Biên phòng tuyên dương "Điển hình tiên tiến". Ông Hồ Văn Tiêng, Chủ tịch UBND xã A Ngo, đánh giá: "Anh Lai là cầu nối giữa bộ đội và bà con. Dân tin bộ đội, nghe bộ đội nên việc vận động học chữ, sản xuất thuận lợi hơn nhiều".
Lê Trường
Bài viết liên quan
- Hướng Hóa: 25 phụ nữ Vân Kiều nhận giấy chứng nhận biết chữ (20/01/2023)
- Đồn Biên phòng Ba Tầng trao quà Tết cho 100 hộ nghèo (12/01/2023)
- Đakrông nâng cao chất lượng giáo dục vùng đồng bào dân tộc (30/12/2022)
""", "2023-02-14", '"Thầy giáo quân hàm xanh" giữa bản Pa Cô',
E("khac", None, None),
[P("Hồ Văn Lai", "Thượng úy", "cán bộ Đội vận động quần chúng Đồn Biên phòng Thanh"),
 P("Lê Văn Hiếu", "Thiếu tá", "Chính trị viên Đồn Biên phòng Thanh"),
 P("Hồ Văn Tiêng", "Chủ tịch UBND xã A Ngo"),
 P("Hồ Thị Nhe")],
[Q("9 học viên", 9, "học viên"), Q("11 lớp", 11, "lớp"), Q("213 học viên", 213, "học viên"),
 Q("178 người", 178, "người"), Q("26 lớp xóa mù chữ", 26, "lớp xóa mù chữ"), Q("hơn 520 người", 520, "người", "over"),
 Q("2 xã biên giới", 2, "xã biên giới"), Q("93%", 93, "%"), Q("khoảng 30 - 40 triệu đồng", 30000000, "đồng", "approx"),
 Q("2 học sinh nghèo", 2, "học sinh nghèo"), Q("7 hộ", 7, "hộ")],
[D("Kế hoạch", "2870", "KH-BCH", None, "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Kế hoạch số 2870/KH-BCH")],
[prov("Quảng Trị"), com("A Ngo"), com("Hướng Lập"), com("A Bung")],
["QUẢNG TRỊ ONLINE", "Phóng sự - Ghi chép", "Đồn Biên phòng Thanh đón nhận Bằng khen của UBND tỉnh.", "QTO",
 "Bộ đội Biên phòng tham gia xóa mù chữ", "Nâng bước em tới trường", "Điển hình tiên tiến", "Thầy giáo quân hàm xanh"],
["14-02-2023 06:55", "Hơn 8 năm", "trên 40 tuổi", "Năm 2015", "52 tuổi", "từ năm 2015", "ba bám, bốn cùng", "năm 2022"]))

PAGES.append(page("b6838-hue-aluoi-soket-xmc-2023", """
Báo Thừa Thiên Huế Online
Trang chủ / Giáo dục / Học tập suốt đời
Thứ Ba, 11/07/2023 - 17:25
A Lưới: 6 tháng đầu năm, 412 người dân tộc thiểu số được học chữ
(TTH.VN) - Ngày 10/7, Ban Chỉ đạo phổ cập giáo dục, xóa mù chữ huyện A Lưới tổ chức hội nghị sơ kết công tác xóa mù chữ 6 tháng đầu năm 2023. Đồng chí Hồ Thị Hồng Dung, Phó Chủ tịch UBND huyện, Trưởng Ban Chỉ đạo chủ trì hội nghị; dự có đại diện lãnh đạo Sở Giáo dục và Đào tạo tỉnh Thừa Thiên Huế.
Theo báo cáo, trong 6 tháng đầu năm, huyện duy trì 19 lớp xóa mù chữ và sau xóa mù chữ tại 12 xã với 412 học viên là đồng bào Pa Kô, Tà Ôi, Cơ Tu, Pa Hy. Có 236 học viên hoàn thành giai đoạn 1, 98 học viên hoàn thành giai đoạn 2; tỷ lệ duy trì sĩ số đạt 91%. Toàn huyện có 17/17 xã, thị trấn đạt chuẩn xóa mù chữ mức độ 2.
Kinh phí thực hiện từ nguồn Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi trong 6 tháng là 685 triệu đồng, trong đó chi hỗ trợ học viên 150.000 đồng/người/tháng và bồi dưỡng giáo viên theo Nghị quyết số 12/2022/NQ-HĐND ngày 22/7/2022 của HĐND tỉnh. Huyện cũng đã triển khai Kế hoạch số 56/KH-UBND, 57/KH-UBND của UBND huyện về chống tái mù chữ và xây dựng tủ sách cộng đồng.
Các đại biểu ghi nhận nhiều cách làm sáng tạo: xã Hồng Thủy lồng ghép dạy chữ với hướng dẫn sử dụng điện thoại thông minh, cài ứng dụng ngân hàng; xã A Roàng dạy chữ gắn với kỹ năng làm du lịch cộng đồng, giới thiệu nghề dệt Zèng. Bà Căn Thị Nhất, Chủ tịch Hội LHPN xã A Roàng, cho biết chị em học xong đã tự viết được bảng giá, giới thiệu sản phẩm dệt Zèng cho du khách.
Tuy nhiên, hội nghị cũng chỉ ra nhiều khó khăn: khoảng 15% học viên nghỉ học dài ngày vào mùa trồng keo, đi rừng; một số giáo viên kiêm nhiệm nhiều việc; vẫn còn 265 người trong độ tuổi 15 - 60 chưa biết chữ. Thầy Hồ Văn Bước, Hiệu trưởng Trường Tiểu học và THCS Hồng Thủy, kiến nghị bố trí giáo viên người Pa Kô làm trợ giảng cho các lớp có nhiều người cao tuổi.
Đồng chí Kăn Sọoc, Trưởng phòng Giáo dục và Đào tạo huyện, cho biết 6 tháng cuối năm phòng sẽ phối hợp với Đồn Biên phòng Hồng Thủy, Đồn Biên phòng A Đớt mở thêm 6 lớp ở các thôn giáp biên giới, phấn đấu cả năm 2023 có ít nhất 500 người được học chữ.
Kết luận hội nghị, đồng chí Hồ Thị Hồng Dung yêu cầu các xã rà soát lại danh sách người mù chữ, giao trách nhiệm cho từng trưởng thôn, chi hội trưởng phụ nữ vận động; gắn kết quả xóa mù chữ với bình xét danh hiệu "Thôn văn hóa" cuối năm.
Đăng Khoa
Tin liên quan
- Nam Đông khai giảng lớp học chữ cho phụ nữ Cơ Tu (02/07/2023)
- Trao 150 suất học bổng cho học sinh A Lưới (25/06/2023)
- Phong Điền xây dựng mô hình "Gia đình học tập" (16/06/2023)
""", "2023-07-11", "A Lưới: 6 tháng đầu năm, 412 người dân tộc thiểu số được học chữ",
E("so_ket", "2023-H1", "2023-07-10"),
[P("Hồ Thị Hồng Dung", "Phó Chủ tịch UBND huyện", "Trưởng Ban Chỉ đạo"),
 P("Căn Thị Nhất", "Chủ tịch Hội LHPN xã A Roàng"),
 P("Hồ Văn Bước", "Hiệu trưởng Trường Tiểu học và THCS Hồng Thủy"),
 P("Kăn Sọoc", "Trưởng phòng Giáo dục và Đào tạo huyện")],
[Q("412 người dân tộc thiểu số", 412, "người dân tộc thiểu số"),
 Q("19 lớp xóa mù chữ và sau xóa mù chữ", 19, "lớp xóa mù chữ và sau xóa mù chữ"), Q("12 xã", 12, "xã"),
 Q("236 học viên", 236, "học viên"), Q("98 học viên", 98, "học viên"), Q("91%", 91, "%"),
 Q("17/17 xã, thị trấn", 17, "xã, thị trấn"), Q("685 triệu đồng", 685000000, "đồng"), Q("150.000 đồng", 150000, "đồng"),
 Q("khoảng 15%", 15, "%", "approx"), Q("265 người", 265, "người"), Q("6 lớp", 6, "lớp"),
 Q("ít nhất 500 người", 500, "người", "over")],
[D("Nghị quyết", "12", "2022/NQ-HĐND", "2022-07-22", "HĐND tỉnh", "Nghị quyết số 12/2022/NQ-HĐND ngày 22/7/2022"),
 D("Kế hoạch", "56", "KH-UBND", None, "UBND huyện", "Kế hoạch số 56/KH-UBND"),
 D("Kế hoạch", "57", "KH-UBND", None, "UBND huyện", "57/KH-UBND")],
[prov("Thừa Thiên Huế"), com("Hồng Thủy"), com("A Roàng")],
["Báo Thừa Thiên Huế Online", "Trang chủ / Giáo dục / Học tập suốt đời", "(TTH.VN)", "Thôn văn hóa",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi", "Zèng"],
["Thứ Ba, 11/07/2023 - 17:25", "6 tháng đầu năm 2023", "6 tháng đầu năm", "6 tháng cuối năm", "giai đoạn 1", "giai đoạn 2",
 "mức độ 2", "15 - 60", "năm 2023"]))
