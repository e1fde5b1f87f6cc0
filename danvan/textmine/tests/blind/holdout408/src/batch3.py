from lib import *
PAGES = []

PAGES.append(page("b9761-binhphuoc-budang-tinlanh-doithoai-2022", """
BÁO BÌNH PHƯỚC ONLINE
Trang chủ - Chính trị - Dân vận
09:15 | 29/09/2022
Bù Đăng: Lãnh đạo huyện đối thoại với chức sắc, tín đồ Tin lành năm 2022
BPO - Ngày 28/9, Huyện ủy Bù Đăng tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với chức sắc, chức việc và tín đồ đạo Tin lành trên địa bàn. Đồng chí Điểu Ron, Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện chủ trì hội nghị; cùng dự có các đồng chí Ủy viên Ban Thường vụ Huyện ủy: Lê Văn Hùng, Điểu Lanh, Trần Thị Thanh Hà.
Quang cảnh buổi đối thoại tại hội trường Huyện ủy. Ảnh: Thị Ngọc
Bù Đăng hiện có hơn 18.700 tín đồ Tin lành, phần lớn là đồng bào S'tiêng, M'nông, Tày, Nùng, sinh hoạt tại 9 chi hội và 27 điểm nhóm. Những năm qua, tín đồ Tin lành tích cực hưởng ứng phong trào thi đua "Bình Phước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau"; nhiều chi hội vận động tín đồ góp 1,3 tỷ đồng xóa 19 căn nhà tạm, nhà dột nát, hỗ trợ 260 học sinh nghèo đến trường.
Hội nghị được tổ chức theo Kế hoạch 162-KH/HU ngày 4/3/2022 của Huyện ủy, thực hiện Quy định số 11-QĐi/TW của Bộ Chính trị. Tại buổi đối thoại, các đại biểu đã nêu 21 ý kiến, tập trung vào việc đăng ký sinh hoạt tôn giáo tập trung, đất xây dựng nơi thờ tự và giải quyết việc làm cho thanh niên dân tộc thiểu số.
Mục sư Điểu Kơ Nhơn, Quản nhiệm Chi hội Tin lành Bom Bo, xã Bom Bo, đề nghị huyện hướng dẫn thủ tục xin phép cải tạo nhà nguyện đã xuống cấp. Truyền đạo Thị Hoa ở xã Đường 10 kiến nghị mở rộng lớp dạy nghề may cho phụ nữ dân tộc. Ông Điểu Bình, người có uy tín thôn Bù Kroai, xã Đăk Nhau, phản ánh tình trạng một số đối tượng lợi dụng sinh hoạt tôn giáo để lôi kéo bà con theo "Hà Mòn".
Bà Nguyễn Thị Xuân Hòa, Phó Chủ tịch UBND huyện, trả lời trực tiếp 17 ý kiến; 4 ý kiến còn lại được giao các phòng chuyên môn trả lời bằng văn bản trong 15 ngày. Theo Quyết định số 2142/QĐ-UBND ngày 15/7/2022 của UBND huyện, năm 2022 huyện bố trí 3,5 tỷ đồng hỗ trợ đồng bào dân tộc thiểu số phát triển sản xuất, trong đó có nhiều hộ tín đồ Tin lành.
Phát biểu kết luận, đồng chí Điểu Ron ghi nhận tinh thần thẳng thắn, cầu thị của các đại biểu; đề nghị các chức sắc tiếp tục hướng dẫn tín đồ sống "tốt đời, đẹp đạo", cảnh giác trước âm mưu lợi dụng tôn giáo; yêu cầu các cơ quan chức năng giải quyết dứt điểm kiến nghị trong quý IV.
Thị Ngọc
Lượt xem: 918
Tin liên quan
- Bù Gia Mập: gặp mặt 70 chức sắc, chức việc các tôn giáo (20/09/2022)
- Đồng Xoài: 5 chi hội Tin lành ký giao ước thi đua (08/09/2022)
- Hớn Quản đối thoại với 120 hộ dân vùng dự án (25/08/2022)
""", "2022-09-29", "Bù Đăng: Lãnh đạo huyện đối thoại với chức sắc, tín đồ Tin lành năm 2022",
E("doi_thoai", "2022", "2022-09-28"),
[P("Điểu Ron", "Phó Bí thư Thường trực Huyện ủy", "Chủ tịch HĐND huyện"),
 P("Lê Văn Hùng", "Ủy viên Ban Thường vụ Huyện ủy"),
 P("Điểu Lanh", "Ủy viên Ban Thường vụ Huyện ủy"),
 P("Trần Thị Thanh Hà", "Ủy viên Ban Thường vụ Huyện ủy"),
 P("Điểu Kơ Nhơn", "Mục sư", "Quản nhiệm Chi hội Tin lành Bom Bo"),
 P("Thị Hoa", "Truyền đạo"),
 P("Điểu Bình", "người có uy tín thôn Bù Kroai"),
 P("Nguyễn Thị Xuân Hòa", "Phó Chủ tịch UBND huyện")],
[Q("hơn 18.700 tín đồ Tin lành", 18700, "tín đồ Tin lành", "over"), Q("9 chi hội", 9, "chi hội"), Q("27 điểm nhóm", 27, "điểm nhóm"),
 Q("1,3 tỷ đồng", 1300000000, "đồng"), Q("19 căn nhà tạm, nhà dột nát", 19, "căn nhà tạm, nhà dột nát"),
 Q("260 học sinh nghèo", 260, "học sinh nghèo"), Q("21 ý kiến", 21, "ý kiến"), Q("17 ý kiến", 17, "ý kiến"),
 Q("4 ý kiến", 4, "ý kiến"), Q("3,5 tỷ đồng", 3500000000, "đồng")],
[D("Kế hoạch", "162", "KH/HU", "2022-03-04", "Huyện ủy", "Kế hoạch 162-KH/HU ngày 4/3/2022"),
 D("Quy định", "11", "QĐi/TW", None, "Bộ Chính trị", "Quy định số 11-QĐi/TW"),
 D("Quyết định", "2142", "QĐ-UBND", "2022-07-15", "UBND huyện", "Quyết định số 2142/QĐ-UBND ngày 15/7/2022")],
[prov("Bình Phước"), com("Bom Bo"), com("Đường 10"), com("Đăk Nhau")],
["BÁO BÌNH PHƯỚC ONLINE", "Trang chủ - Chính trị - Dân vận", "BPO",
 "Quang cảnh buổi đối thoại tại hội trường Huyện ủy. Ảnh: Thị Ngọc",
 "Bình Phước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau", "Hà Mòn", "tốt đời, đẹp đạo", "Lượt xem: 918"],
["09:15 | 29/09/2022", "năm 2022", "15 ngày", "quý IV", "Lượt xem: 918"]))

PAGES.append(page("b9762-travinh-suai-tongket-2023", """
Cổng Thông tin điện tử Ban Dân vận Tỉnh ủy Trà Vinh
Hôm nay: Thứ Năm, 28/12/2023
Trang chủ / Tin tức - Sự kiện / Dân tộc - Tôn giáo
27.12.2023 | 15:40
Tôn vinh 45 vị sư sãi, Phật tử tiêu biểu trong phong trào thi đua yêu nước
Ngày 26/12, Hội Đoàn kết sư sãi yêu nước tỉnh Trà Vinh tổ chức hội nghị tổng kết hoạt động năm 2023, triển khai phương hướng năm 2024. Hòa thượng Sơn Ngọc Sum, Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh và đồng chí Thạch Thị Sô Phia, Phó Trưởng Ban Dân vận Tỉnh ủy đồng chủ trì hội nghị.
Trà Vinh hiện có 141 chùa Phật giáo Nam tông Khmer với hơn 3.800 sư sãi. Năm 2023, Hội đã vận động sư sãi, Phật tử tham gia tích cực phong trào thi đua yêu nước, thực hiện Chỉ thị 19-CT/TW ngày 10/01/2018 của Ban Bí thư về tăng cường công tác ở vùng đồng bào dân tộc Khmer trong tình hình mới. Các chùa đã mở 95 lớp dạy chữ Khmer hè cho gần 4.600 học sinh; vận động đóng góp hơn 15 tỷ đồng xây dựng 30 căn nhà Đại đoàn kết, làm đường nông thôn và trao 1.250 phần quà Tết cho hộ nghèo.
Hòa thượng Sơn Ngọc Sum phát biểu tại hội nghị. Ảnh: Kim Thoa
Báo cáo do Thượng tọa Kim Sa Ri, Phó Chủ tịch kiêm Tổng Thư ký Hội trình bày cho biết, các vị sư sãi đã phối hợp chính quyền tuyên truyền Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi; vận động 215 hộ Khmer thoát nghèo. Có 62 chùa đạt danh hiệu "Chùa văn hóa" cấp tỉnh.
Phát biểu tại hội nghị, đồng chí Thạch Văn Minh, Tỉnh ủy viên, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh, đánh giá cao vai trò của Hội trong việc giữ gìn bản sắc văn hóa, bảo đảm an ninh trật tự ở phum sóc. Đại đức Thạch Sa Rươne, trụ trì chùa Âng ở thành phố Trà Vinh, chia sẻ mô hình "Chùa xanh - sạch - đẹp" gắn với bảo vệ rừng cổ thụ trong khuôn viên chùa. Achar Kim Văn Sang, chùa Kompong Chrây, xã Long Đức, cho biết bà con Phật tử đã góp 420 ngày công làm đường vào chùa.
Đồng chí Thạch Thị Sô Phia đề nghị năm 2024 Hội tiếp tục phối hợp thực hiện Kế hoạch số 78-KH/BDVTU của Ban Dân vận Tỉnh ủy và Quy chế phối hợp số 04-QC/BDVTU-HĐKSS; quan tâm bồi dưỡng lớp sư sãi trẻ, kịp thời nắm bắt tâm tư, nguyện vọng của đồng bào.
Dịp này, Hội trao giấy khen cho 45 vị sư sãi, Phật tử tiêu biểu; UBND tỉnh tặng Bằng khen cho 6 tập thể. Danh sách khen thưởng có nhiều sư sãi ở các xã Đa Lộc, Lưu Nghiệp Anh.
Kim Thoa
Tin liên quan
- Châu Thành: tổng kết phong trào "Phum sóc bình yên" (21/12/2023)
- Họp mặt 500 sư sãi, achar nhân Lễ Sene Đôn Ta (12/10/2023)
- Trao 300 suất học bổng cho học sinh Khmer nghèo vượt khó (05/09/2023)
""", "2023-12-27", "Tôn vinh 45 vị sư sãi, Phật tử tiêu biểu trong phong trào thi đua yêu nước",
E("tong_ket", "2023", "2023-12-26"),
[P("Sơn Ngọc Sum", "Hòa thượng", "Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
 P("Thạch Thị Sô Phia", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Kim Sa Ri", "Thượng tọa", "Phó Chủ tịch kiêm Tổng Thư ký Hội"),
 P("Thạch Văn Minh", "Tỉnh ủy viên", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thạch Sa Rươne", "Đại đức", "trụ trì chùa Âng"),
 P("Kim Văn Sang", "Achar")],
[Q("45 vị sư sãi, Phật tử tiêu biểu", 45, "vị sư sãi, Phật tử tiêu biểu"),
 Q("141 chùa Phật giáo Nam tông Khmer", 141, "chùa Phật giáo Nam tông Khmer"), Q("hơn 3.800 sư sãi", 3800, "sư sãi", "over"),
 Q("95 lớp dạy chữ Khmer hè", 95, "lớp dạy chữ Khmer hè"), Q("gần 4.600 học sinh", 4600, "học sinh", "approx"),
 Q("hơn 15 tỷ đồng", 15000000000, "đồng", "over"), Q("30 căn nhà Đại đoàn kết", 30, "căn nhà Đại đoàn kết"),
 Q("1.250 phần quà", 1250, "phần quà"), Q("215 hộ Khmer", 215, "hộ Khmer"), Q("62 chùa", 62, "chùa"),
 Q("420 ngày công", 420, "ngày công"), Q("6 tập thể", 6, "tập thể")],
[D("Chỉ thị", "19", "CT/TW", "2018-01-10", "Ban Bí thư", "Chỉ thị 19-CT/TW ngày 10/01/2018"),
 D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021"),
 D("Kế hoạch", "78", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 78-KH/BDVTU"),
 D("Quy chế phối hợp", "04", "QC/BDVTU-HĐKSS", None, None, "Quy chế phối hợp số 04-QC/BDVTU-HĐKSS")],
[prov("Trà Vinh"), com("Long Đức"), com("Đa Lộc"), com("Lưu Nghiệp Anh")],
["Cổng Thông tin điện tử Ban Dân vận Tỉnh ủy Trà Vinh", "Trang chủ / Tin tức - Sự kiện / Dân tộc - Tôn giáo",
 "Hòa thượng Sơn Ngọc Sum phát biểu tại hội nghị. Ảnh: Kim Thoa", "Chùa văn hóa", "Chùa xanh - sạch - đẹp",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi"],
["Hôm nay: Thứ Năm, 28/12/2023", "27.12.2023 | 15:40", "năm 2023", "năm 2024"]))

PAGES.append(page("b9763-lamdong-bdv-giaoban-thang9-2023", """
BÁO LÂM ĐỒNG ĐIỆN TỬ
Chính trị › Xây dựng Đảng
Thứ Tư, 04/10/2023 | 16:25
Đồng chí Bon Jố Ha Thuận chủ trì giao ban.
Giao ban công tác dân vận tháng 9: Tập trung vận động đồng bào có đạo
(LĐ online) - Chiều 3/10, Ban Dân vận Tỉnh ủy Lâm Đồng tổ chức giao ban công tác dân vận tháng 9/2023 với các huyện ủy, thành ủy, trọng tâm là công tác vận động đồng bào Công giáo, Tin lành vùng dân tộc thiểu số. Đồng chí Bon Jố Ha Thuận, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Lâm Đồng có hơn 470.000 tín đồ Công giáo và Tin lành, chiếm gần 36% dân số; riêng đồng bào K'Ho, Mạ, Chu Ru theo đạo chiếm tỷ lệ lớn. Trong tháng, khối dân vận các cấp đã tổ chức 14 cuộc gặp mặt chức sắc, chức việc; phối hợp Ủy ban MTTQ vận động tín đồ tham gia phong trào "Lâm Đồng chung tay vì người nghèo", hỗ trợ xây mới 11 căn nhà Đại đoàn kết cho hộ nghèo ở huyện Lạc Dương, Đam Rông.
Theo hướng dẫn số 08-HD/BDVTU của Ban Dân vận Tỉnh ủy, các huyện tiếp tục rà soát, đăng ký sinh hoạt cho các điểm nhóm Tin lành; đến nay có 46 điểm nhóm được cấp đăng ký, còn 9 điểm nhóm đang hoàn thiện hồ sơ. Lực lượng chức năng đã vận động 12 hộ ở xã Đạ Sar từ bỏ sinh hoạt theo nhóm "Tin lành Đê Ga". Cũng trong tháng, Ban Dân vận Tỉnh ủy phối hợp Ban Tôn giáo - Sở Nội vụ tổ chức 2 lớp bồi dưỡng cho 160 chức sắc, chức việc Tin lành tại huyện Di Linh; Ủy ban Đoàn kết Công giáo tỉnh vận động các giáo xứ trao 1.200 suất học bổng cho học sinh dân tộc thiểu số nhân năm học mới.
Đồng chí Đinh Văn Tuấn, TUV, Bí thư Huyện ủy Lạc Dương, cho biết huyện đã phối hợp với Linh mục Gioan Baotixita Nguyễn Văn Phán, Quản xứ giáo xứ Đưng K'Nớ, và Mục sư Liêng Hót Ha Khang, Quản nhiệm Chi hội Tin lành Lát, vận động bà con trồng 85 ha cà phê xen cây ăn quả, giúp thu nhập bình quân ở thị trấn Lạc Dương và xã Lát tăng khoảng 12% so với cùng kỳ.
Bà Ka Hòa Thanh, Phó Trưởng Ban Dân vận Huyện ủy Đam Rông, phản ánh tình trạng một số thanh niên đồng bào theo đạo còn thiếu việc làm sau mùa cà phê, đề nghị tỉnh mở thêm các lớp dạy nghề ngắn hạn.
Kết luận giao ban, đồng chí Bon Jố Ha Thuận đề nghị các địa phương bám sát Chương trình hành động số 15-CTr/TU ngày 5/4/2021 của Tỉnh ủy và Kế hoạch số 204-KH/BDVTU của Ban Dân vận Tỉnh ủy; chuẩn bị tốt hoạt động thăm, chúc mừng các cơ sở tôn giáo dịp Lễ Giáng sinh; trong tháng 10 hoàn thành sơ kết phong trào thi đua "Dân vận khéo" 9 tháng.
Tuyết Mai
Lượt xem: 547
Tin liên quan
- Đơn Dương: 30 điểm nhóm Tin lành ký kết thi đua (27/09/2023)
- Tập huấn công tác tôn giáo cho 150 cán bộ cơ sở (15/09/2023)
- Giao ban khối dân vận tháng 8/2023 (05/09/2023)
""", "2023-10-04", "Giao ban công tác dân vận tháng 9: Tập trung vận động đồng bào có đạo",
E("giao_ban", "2023-09", "2023-10-03"),
[P("Bon Jố Ha Thuận", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đinh Văn Tuấn", "TUV", "Bí thư Huyện ủy Lạc Dương"),
 P("Gioan Baotixita Nguyễn Văn Phán", "Linh mục", "Quản xứ giáo xứ Đưng K'Nớ"),
 P("Liêng Hót Ha Khang", "Mục sư", "Quản nhiệm Chi hội Tin lành Lát"),
 P("Ka Hòa Thanh", "Phó Trưởng Ban Dân vận Huyện ủy Đam Rông")],
[Q("hơn 470.000 tín đồ Công giáo và Tin lành", 470000, "tín đồ Công giáo và Tin lành", "over"),
 Q("gần 36%", 36, "%", "approx"), Q("14 cuộc gặp mặt", 14, "cuộc gặp mặt"),
 Q("11 căn nhà Đại đoàn kết", 11, "căn nhà Đại đoàn kết"), Q("46 điểm nhóm", 46, "điểm nhóm"),
 Q("9 điểm nhóm", 9, "điểm nhóm"), Q("12 hộ", 12, "hộ"), Q("2 lớp bồi dưỡng", 2, "lớp bồi dưỡng"),
 Q("160 chức sắc, chức việc Tin lành", 160, "chức sắc, chức việc Tin lành"), Q("1.200 suất học bổng", 1200, "suất học bổng"), Q("85 ha", 85, "ha"), Q("khoảng 12%", 12, "%", "approx")],
[D("Hướng dẫn", "08", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "hướng dẫn số 08-HD/BDVTU"),
 D("Chương trình hành động", "15", "CTr/TU", "2021-04-05", "Tỉnh ủy", "Chương trình hành động số 15-CTr/TU ngày 5/4/2021"),
 D("Kế hoạch", "204", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 204-KH/BDVTU")],
[prov("Lâm Đồng"), com("Đạ Sar"), com("Lạc Dương"), com("Lát")],
["BÁO LÂM ĐỒNG ĐIỆN TỬ", "Chính trị › Xây dựng Đảng", "Đồng chí Bon Jố Ha Thuận chủ trì giao ban.", "(LĐ online)",
 "Lâm Đồng chung tay vì người nghèo", "Tin lành Đê Ga", "Dân vận khéo", "Lượt xem: 547"],
["Thứ Tư, 04/10/2023 | 16:25", "tháng 9/2023", "tháng 10", "9 tháng", "Lượt xem: 547"]))

PAGES.append(page("b9764-thaibinh-bdv-conggiao-taphuan-2024", """
BÁO THÁI BÌNH ĐIỆN TỬ
Trang chủ » Xã hội » Tôn giáo
Thứ Sáu, 17/5/2024 - 06:45
Tập huấn nghiệp vụ cho cán bộ làm công tác vận động đồng bào Công giáo
Ngày 16/5, Ban Dân vận Tỉnh ủy Thái Bình phối hợp với Sở Nội vụ mở lớp tập huấn nghiệp vụ công tác tôn giáo năm 2024 cho 230 cán bộ là trưởng, phó ban dân vận, công chức văn hóa - xã hội phụ trách tôn giáo của các xã, phường, thị trấn có đông đồng bào Công giáo.
Các học viên tại lớp tập huấn. Ảnh: Ngọc Lan
Thái Bình hiện có trên 150.000 đồng bào Công giáo, sinh hoạt tại 112 giáo xứ thuộc giáo phận Thái Bình. Phát biểu khai mạc, đồng chí Phạm Văn Nghiêm, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy nhấn mạnh: phong trào thi đua yêu nước trong đồng bào Công giáo ngày càng đi vào chiều sâu, nhiều giáo xứ là điểm sáng trong xây dựng nông thôn mới kiểu mẫu; năm 2023, giáo dân đã đóng góp trên 26 tỷ đồng làm đường, xây nhà văn hóa thôn.
Trong 1 ngày, các học viên được PGS.TS. Lê Minh Hạnh, giảng viên Học viện Chính trị quốc gia Hồ Chí Minh, truyền đạt chuyên đề về quan điểm, chính sách của Đảng đối với tôn giáo; ThS. Đỗ Thị Thu, Phó Trưởng ban Tôn giáo - Sở Nội vụ, giới thiệu những điểm mới của Nghị định số 95/2023/NĐ-CP ngày 29/12/2023 của Chính phủ quy định chi tiết Luật Tín ngưỡng, tôn giáo, trong đó có 5 thủ tục hành chính được đơn giản hóa.
Lớp học dành nhiều thời gian trao đổi kinh nghiệm. Ông Bùi Văn Thắng, Trưởng ban Dân vận Đảng ủy xã Nam Thịnh, cho biết xã đã phối hợp với Linh mục Phanxicô Nguyễn Văn Hợp, Chánh xứ giáo xứ Nam Thịnh, vận động 96 hộ giáo dân hiến 3.200 m2 đất mở rộng đường trục xã. Bà Trần Thị Mến, Chủ tịch Ủy ban MTTQ xã Vũ Bình, chia sẻ mô hình "Giáo họ tự quản về an ninh trật tự" với 18 tổ an ninh tự quản.
Theo đồng chí Nguyễn Thị Thu Hà, Phó Trưởng Ban Dân vận Tỉnh ủy, lớp tập huấn nằm trong kế hoạch triển khai Kết luận 20, 21-KL/TU của Ban Thường vụ Tỉnh ủy về công tác tôn giáo và công tác dân vận đối với đồng bào Công giáo đến năm 2025. Sau lớp học, 100% học viên được cấp tài liệu và tham gia bài kiểm tra thu hoạch.
Bế giảng lớp tập huấn, đồng chí Phạm Văn Nghiêm đề nghị mỗi cán bộ phải "gần dân, hiểu dân, giúp dân", thường xuyên nắm tình hình ở cơ sở, phối hợp chặt chẽ với Ban Hành giáo các giáo xứ; kịp thời biểu dương 20 gương điển hình tiên tiến trong đồng bào Công giáo tại hội nghị tổng kết cuối năm.
Ngọc Lan
Lượt xem: 664
Tin khác
- Kiến Xương: 25 giáo họ được công nhận khu dân cư kiểu mẫu (08/05/2024)
- Tiền Hải gặp mặt các linh mục nhân dịp Lễ Phục sinh (02/04/2024)
- Đông Hưng ra mắt 12 mô hình "Dân vận khéo" (20/03/2024)
""", "2024-05-17", "Tập huấn nghiệp vụ cho cán bộ làm công tác vận động đồng bào Công giáo",
E("tap_huan", "2024", "2024-05-16"),
[P("Phạm Văn Nghiêm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Minh Hạnh", "PGS.TS.", "giảng viên Học viện Chính trị quốc gia Hồ Chí Minh"),
 P("Đỗ Thị Thu", "ThS.", "Phó Trưởng ban Tôn giáo - Sở Nội vụ"),
 P("Bùi Văn Thắng", "Trưởng ban Dân vận Đảng ủy xã Nam Thịnh"),
 P("Phanxicô Nguyễn Văn Hợp", "Linh mục", "Chánh xứ giáo xứ Nam Thịnh"),
 P("Trần Thị Mến", "Chủ tịch Ủy ban MTTQ xã Vũ Bình"),
 P("Nguyễn Thị Thu Hà", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("230 cán bộ", 230, "cán bộ"), Q("trên 150.000 đồng bào Công giáo", 150000, "đồng bào Công giáo", "over"),
 Q("112 giáo xứ", 112, "giáo xứ"), Q("trên 26 tỷ đồng", 26000000000, "đồng", "over"),
 Q("5 thủ tục hành chính", 5, "thủ tục hành chính"), Q("96 hộ giáo dân", 96, "hộ giáo dân"), Q("3.200 m2", 3200, "m2"),
 Q("18 tổ an ninh tự quản", 18, "tổ an ninh tự quản"), Q("100%", 100, "%"),
 Q("20 gương điển hình tiên tiến", 20, "gương điển hình tiên tiến")],
[D("Nghị định", "95", "2023/NĐ-CP", "2023-12-29", "Chính phủ", "Nghị định số 95/2023/NĐ-CP ngày 29/12/2023"),
 D("Kết luận", "20", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 20, 21-KL/TU"),
 D("Kết luận", "21", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 20, 21-KL/TU")],
[prov("Thái Bình"), com("Nam Thịnh"), com("Vũ Bình")],
["BÁO THÁI BÌNH ĐIỆN TỬ", "Trang chủ » Xã hội » Tôn giáo", "Các học viên tại lớp tập huấn. Ảnh: Ngọc Lan",
 "Luật Tín ngưỡng, tôn giáo", "Giáo họ tự quản về an ninh trật tự", "gần dân, hiểu dân, giúp dân", "Lượt xem: 664"],
["Thứ Sáu, 17/5/2024 - 06:45", "năm 2024", "năm 2023", "1 ngày", "năm 2025", "Lượt xem: 664"]))

PAGES.append(page("b9765-baclieu-bdv-caodai-giamsat-2024", """
BÁO BẠC LIÊU ĐIỆN TỬ - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Bạc Liêu
Chính trị › Dân vận
Cập nhật ngày 25 tháng 10 năm 2024, 14:20
Giám sát công tác vận động đồng bào Cao Đài tại huyện Hồng Dân
(BL) - Ngày 24/10, Đoàn giám sát của Ban Thường vụ Tỉnh ủy do đồng chí Trần Thị Kim Xuyến, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy làm trưởng đoàn đã giám sát việc thực hiện Kết luận 114-KL/TW ngày 14/7/2015 của Ban Bí thư và công tác vận động đồng bào Cao Đài tại Ban Thường vụ Huyện ủy Hồng Dân.
Đoàn giám sát làm việc tại Thánh thất Ninh Quới. Ảnh: Hoàng Lam
Cuộc giám sát thực hiện theo Kế hoạch số 35-KH/BDVTU ngày 12/9/2024 của Ban Dân vận Tỉnh ủy. Theo báo cáo của huyện, Hồng Dân có 11 thánh thất, điện thờ Cao Đài với khoảng 9.500 tín đồ, tập trung ở xã Ninh Quới A, xã Lộc Ninh và thị trấn Ngan Dừa. Những năm qua, đồng bào Cao Đài hưởng ứng sôi nổi phong trào "Bạc Liêu chung sức xây dựng nông thôn mới": đóng góp hơn 2,4 tỷ đồng, hiến 6.800 m2 đất, làm 17 cây cầu bê tông và 12 km đường giao thông nông thôn.
Giáo hữu Ngọc Hiệp Thanh, Đầu tộc đạo Hồng Dân, cho biết các họ đạo duy trì 5 điểm nấu cơm từ thiện, mỗi tháng phục vụ khoảng 3.000 suất cơm cho bệnh nhân nghèo; trong năm đã tặng 420 phần quà Tết cho hộ khó khăn không phân biệt lương, giáo. Ông Lê Văn Tám, Chánh Trị sự Hương đạo Ninh Quới A, kiến nghị sớm cấp giấy chứng nhận quyền sử dụng đất cho 2 thánh thất còn tồn đọng hồ sơ.
Đồng chí Võ Minh Khải, Phó Bí thư Thường trực Huyện ủy Hồng Dân, báo cáo thêm: huyện đã tổ chức 6 cuộc đối thoại giữa người đứng đầu cấp ủy với chức sắc, chức việc các tôn giáo; 100% kiến nghị được xem xét, trả lời. Huyện đã rà soát theo Nghị định số 95/2023/NĐ-CP của Chính phủ, không phát hiện trường hợp sinh hoạt tôn giáo trái pháp luật.
Qua giám sát, đoàn chỉ ra một số hạn chế: việc nắm tình hình ở một số ấp còn chậm; chưa có mô hình "Dân vận khéo" riêng cho đồng bào có đạo. Các thành viên đoàn gồm bà Danh Thị Sương, ông Lưu Quốc Toàn - Phó Trưởng Ban Dân vận Tỉnh ủy đã góp ý cụ thể về cách xây dựng mô hình.
Kết luận buổi giám sát, đồng chí Trần Thị Kim Xuyến đề nghị Huyện ủy Hồng Dân tiếp tục thực hiện nghiêm Quy chế phối hợp số 07-QCPH/BDVTU-SNV giữa Ban Dân vận Tỉnh ủy và Sở Nội vụ; phấn đấu đến cuối năm 2025 có ít nhất 3 mô hình "Dân vận khéo" trong vùng đồng bào Cao Đài.
Hoàng Lam
Các tin đã đưa
- Vĩnh Lợi: gặp mặt 90 chức sắc, chức việc các tôn giáo (18/10/2024)
- Giá Rai: giám sát việc thực hiện Quy chế dân chủ ở cơ sở (07/10/2024)
- Phước Long ra mắt mô hình "Họ đạo bình yên" (25/09/2024)
""", "2024-10-25", "Giám sát công tác vận động đồng bào Cao Đài tại huyện Hồng Dân",
E("giam_sat", None, "2024-10-24"),
[P("Trần Thị Kim Xuyến", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Ngọc Hiệp Thanh", "Giáo hữu", "Đầu tộc đạo Hồng Dân"),
 P("Lê Văn Tám", "Chánh Trị sự Hương đạo Ninh Quới A"),
 P("Võ Minh Khải", "Phó Bí thư Thường trực Huyện ủy Hồng Dân"),
 P("Danh Thị Sương", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lưu Quốc Toàn", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("11 thánh thất, điện thờ Cao Đài", 11, "thánh thất, điện thờ Cao Đài"), Q("khoảng 9.500 tín đồ", 9500, "tín đồ", "approx"),
 Q("hơn 2,4 tỷ đồng", 2400000000, "đồng", "over"), Q("6.800 m2", 6800, "m2"), Q("17 cây cầu bê tông", 17, "cây cầu bê tông"),
 Q("12 km", 12, "km"), Q("5 điểm nấu cơm từ thiện", 5, "điểm nấu cơm từ thiện"),
 Q("khoảng 3.000 suất cơm", 3000, "suất cơm", "approx"), Q("420 phần quà", 420, "phần quà"), Q("2 thánh thất", 2, "thánh thất"),
 Q("6 cuộc đối thoại", 6, "cuộc đối thoại"), Q("100%", 100, "%"), Q("ít nhất 3 mô hình", 3, "mô hình", "over")],
[D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận 114-KL/TW ngày 14/7/2015"),
 D("Kế hoạch", "35", "KH/BDVTU", "2024-09-12", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 35-KH/BDVTU ngày 12/9/2024"),
 D("Nghị định", "95", "2023/NĐ-CP", None, "Chính phủ", "Nghị định số 95/2023/NĐ-CP"),
 D("Quy chế phối hợp", "07", "QCPH/BDVTU-SNV", None, None, "Quy chế phối hợp số 07-QCPH/BDVTU-SNV")],
[prov("Bạc Liêu"), com("Ninh Quới A"), com("Lộc Ninh"), com("Ngan Dừa")],
["BÁO BẠC LIÊU ĐIỆN TỬ - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Bạc Liêu", "Chính trị › Dân vận", "(BL)",
 "Đoàn giám sát làm việc tại Thánh thất Ninh Quới. Ảnh: Hoàng Lam", "Bạc Liêu chung sức xây dựng nông thôn mới", "Dân vận khéo"],
["Cập nhật ngày 25 tháng 10 năm 2024, 14:20", "năm 2025"]))

PAGES.append(page("b9766-quangtri-uybandoanketconggiao-tongket-2024", """
BÁO QUẢNG TRỊ ONLINE
Chính trị › Tôn giáo
Thứ Ba, 14/01/2025 07:50
Toàn cảnh hội nghị.
Ủy ban Đoàn kết Công giáo tỉnh triển khai nhiệm vụ năm 2025
QTO - Ngày 13/1, Ủy ban Đoàn kết Công giáo tỉnh Quảng Trị tổ chức hội nghị tổng kết công tác năm 2024 và triển khai nhiệm vụ năm 2025. Linh mục Phêrô Hoàng Đức Lâm, Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh chủ trì; đồng chí Nguyễn Thị Vân Anh, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh dự và phát biểu chỉ đạo.
Năm 2024, Ủy ban Đoàn kết Công giáo tỉnh đã phối hợp với Ủy ban MTTQ các cấp vận động hơn 60.000 giáo dân ở 58 giáo xứ thực hiện phương châm "Sống Phúc âm giữa lòng dân tộc để phục vụ hạnh phúc của đồng bào", hưởng ứng các phong trào thi đua yêu nước. Đồng bào Công giáo đã đóng góp gần 8,5 tỷ đồng xây dựng nông thôn mới, hỗ trợ 37 căn nhà cho hộ nghèo theo chương trình xóa nhà tạm, nhà dột nát; 94% gia đình Công giáo đạt danh hiệu gia đình văn hóa.
Đại lễ hành hương Đức Mẹ La Vang tại xã Hải Phú năm 2024 thu hút khoảng 150.000 lượt người, được tổ chức an toàn. Ban Thường trực Ủy ban Đoàn kết Công giáo tỉnh đã tổ chức 3 đợt thăm hỏi, tặng 800 suất quà cho giáo dân vùng lũ ở các xã Triệu Sơn, Hải Lâm, tổng trị giá 480 triệu đồng.
Báo cáo cũng nêu rõ việc thực hiện Nghị quyết 32, 33-NQ/TU của Ban Thường vụ Tỉnh ủy về công tác tôn giáo và về phát huy vai trò chức sắc trong vùng đồng bào Vân Kiều, Pa Kô theo đạo; Quyết định số 1245/QĐ-UBND ngày 6/6/2024 của UBND tỉnh về hỗ trợ xây dựng thiết chế văn hóa ở khu dân cư có đông giáo dân.
Tại hội nghị, bà Hồ Thị Pai, Phó Chủ tịch UBND xã Hướng Lập, người dân tộc Vân Kiều, chia sẻ kinh nghiệm vận động giáo dân bản Cù Bai giữ rừng; Linh mục Giuse Trần Văn Thảo, Phó Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh, Chánh xứ giáo xứ Trí Bưu, nêu việc giáo xứ lập 2 quỹ khuyến học với tổng số tiền 120 triệu đồng.
Đồng chí Nguyễn Thị Vân Anh đề nghị năm 2025 Ủy ban tiếp tục vận động giáo dân tham gia cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", thực hiện tốt Quy chế phối hợp số 09-QCPH/MTTQ-UBĐKCG giữa Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh và Ủy ban Đoàn kết Công giáo tỉnh; chuẩn bị chu đáo Đại hội Ủy ban Đoàn kết Công giáo tỉnh nhiệm kỳ 2025 - 2030.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng Bằng khen cho 7 tập thể, 11 cá nhân có thành tích xuất sắc trong phong trào thi đua yêu nước năm 2024.
Thanh Hải
Tin liên quan
- Gặp mặt chức sắc các tôn giáo nhân dịp Tết Ất Tỵ 2025 (10/01/2025)
- Thăm, chúc mừng Tòa Tổng Giám mục Huế nhân Lễ Giáng sinh (23/12/2024)
- Hướng Hóa: 9 bản vùng giáo đạt chuẩn nông thôn mới (05/12/2024)
""", "2025-01-14", "Ủy ban Đoàn kết Công giáo tỉnh triển khai nhiệm vụ năm 2025",
E("tong_ket", "2024", "2025-01-13"),
[P("Phêrô Hoàng Đức Lâm", "Linh mục", "Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh"),
 P("Nguyễn Thị Vân Anh", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hồ Thị Pai", "Phó Chủ tịch UBND xã Hướng Lập"),
 P("Giuse Trần Văn Thảo", "Linh mục", "Phó Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh", "Chánh xứ giáo xứ Trí Bưu")],
[Q("hơn 60.000 giáo dân", 60000, "giáo dân", "over"), Q("58 giáo xứ", 58, "giáo xứ"),
 Q("gần 8,5 tỷ đồng", 8500000000, "đồng", "approx"), Q("37 căn nhà", 37, "căn nhà"), Q("94%", 94, "%"),
 Q("khoảng 150.000 lượt người", 150000, "lượt người", "approx"), Q("3 đợt", 3, "đợt"), Q("800 suất quà", 800, "suất quà"),
 Q("480 triệu đồng", 480000000, "đồng"), Q("2 quỹ khuyến học", 2, "quỹ khuyến học"), Q("120 triệu đồng", 120000000, "đồng"),
 Q("7 tập thể", 7, "tập thể"), Q("11 cá nhân", 11, "cá nhân")],
[D("Nghị quyết", "32", "NQ/TU", None, "Ban Thường vụ Tỉnh ủy", "Nghị quyết 32, 33-NQ/TU"),
 D("Nghị quyết", "33", "NQ/TU", None, "Ban Thường vụ Tỉnh ủy", "Nghị quyết 32, 33-NQ/TU"),
 D("Quyết định", "1245", "QĐ-UBND", "2024-06-06", "UBND tỉnh", "Quyết định số 1245/QĐ-UBND ngày 6/6/2024"),
 D("Quy chế phối hợp", "09", "QCPH/MTTQ-UBĐKCG", None, None, "Quy chế phối hợp số 09-QCPH/MTTQ-UBĐKCG")],
[prov("Quảng Trị"), com("Hải Phú"), com("Triệu Sơn"), com("Hải Lâm"), com("Hướng Lập")],
["BÁO QUẢNG TRỊ ONLINE", "Chính trị › Tôn giáo", "Toàn cảnh hội nghị.", "QTO",
 "Sống Phúc âm giữa lòng dân tộc để phục vụ hạnh phúc của đồng bào", "Đại lễ hành hương Đức Mẹ La Vang",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"],
["Thứ Ba, 14/01/2025 07:50", "năm 2024", "năm 2025", "nhiệm kỳ 2025 - 2030"]))
