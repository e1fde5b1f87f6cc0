from lib import *
PAGES = []

PAGES.append(page("b2741-thanhhoa-tinhdoan-tongket-he-2011", """
TỈNH ĐOÀN THANH HÓA - ĐOÀN TNCS HỒ CHÍ MINH
Trang chủ » Tin tức - Sự kiện » Phong trào tình nguyện
Thứ Sáu, 26/08/2011 - 16:20
Ảnh: Đồng chí Lê Thị Hằng trao cờ thi đua cho các đơn vị.
Thanh Hóa tổng kết Chiến dịch thanh niên tình nguyện hè năm 2011
Chiều 25/8/2011, Ban Thường vụ Tỉnh đoàn Thanh Hóa tổ chức hội nghị tổng kết Chiến dịch thanh niên tình nguyện hè năm 2011. Dự hội nghị có đồng chí Trịnh Văn Khoa, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Lê Thị Hằng, Bí thư Tỉnh đoàn cùng 160 đại biểu là cán bộ Đoàn chủ chốt các huyện, thị, thành đoàn và đoàn trực thuộc.
Theo báo cáo, hè 2011 toàn tỉnh có hơn 42.000 lượt đoàn viên, thanh niên tham gia các đội hình tình nguyện. Các cơ sở Đoàn đã làm mới và tu sửa 38 km đường giao thông nông thôn, nạo vét 21 km kênh mương nội đồng, xây dựng 14 công trình thanh niên và 6 nhà nhân ái cho hộ nghèo; tổng giá trị các công trình, phần việc ước đạt khoảng 8,6 tỷ đồng. Chương trình "Tiếp sức mùa thi" huy động 1.250 tình nguyện viên hỗ trợ hơn 21.000 lượt thí sinh tại 9 cụm thi, trao 3.400 suất cơm miễn phí.
Đội hình sinh viên tình nguyện "Mùa hè xanh" của các trường đại học, cao đẳng đóng chân tại 11 xã miền núi của huyện Bá Thước, Quan Hóa, Mường Lát. Các bạn mở 27 lớp học tình thương, dạy chữ cho 480 em nhỏ người Thái, Mông; tổ chức khám bệnh, cấp thuốc miễn phí cho 2.100 người dân.
Tại hội nghị, đồng chí Hà Văn Ún, Bí thư Huyện đoàn Mường Lát, chia sẻ cách vận động thanh niên bản làm đường vào khu sản xuất. Chị Lò Thị Pấng, Phó Bí thư Đoàn xã Trung Lý, cho biết đoàn viên đã hiến 1.200 ngày công làm 2,5 km đường bê tông. Anh Phạm Quốc Huy, sinh viên Trường Đại học Hồng Đức, chia sẻ về 30 ngày ở bản Sa Ná.
Phát biểu chỉ đạo, đồng chí Trịnh Văn Khoa đề nghị Tỉnh đoàn tiếp tục thực hiện Chỉ thị số 17-CT/TU ngày 12/5/2011 của Ban Thường vụ Tỉnh ủy về tăng cường sự lãnh đạo của Đảng đối với công tác thanh niên, gắn các hoạt động tình nguyện với Nghị quyết 25-NQ/TW của Ban Chấp hành Trung ương về công tác thanh niên thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa.
Dịp này, Ban Thường vụ Tỉnh đoàn tặng bằng khen cho 25 tập thể và 48 cá nhân có thành tích xuất sắc trong Chiến dịch. Huyện đoàn Mường Lát, Thành đoàn Thanh Hóa được tặng cờ dẫn đầu.
Minh Hiếu
Lượt xem: 1.204
Tin liên quan
- Sôi nổi ngày hội "Thanh niên với văn hóa giao thông" (18/08/2011)
- Tuổi trẻ Như Xuân ra quân chiến dịch hè 2011 (05/07/2011)
- 500 tình nguyện viên tham gia "Tiếp sức mùa thi" (28/06/2011)
- Hội nghị Ban Chấp hành Tỉnh đoàn lần thứ 5, khóa XVI (10/06/2011)
""", "2011-08-26", "Thanh Hóa tổng kết Chiến dịch thanh niên tình nguyện hè năm 2011",
E("tong_ket", "2011", "2011-08-25"),
[P("Trịnh Văn Khoa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Thị Hằng", "Bí thư Tỉnh đoàn"),
 P("Hà Văn Ún", "Bí thư Huyện đoàn Mường Lát"),
 P("Lò Thị Pấng", "Phó Bí thư Đoàn xã Trung Lý"),
 P("Phạm Quốc Huy", "sinh viên Trường Đại học Hồng Đức")],
[Q("160 đại biểu", 160, "đại biểu"), Q("hơn 42.000 lượt đoàn viên, thanh niên", 42000, "lượt đoàn viên, thanh niên", "over"),
 Q("38 km", 38, "km"), Q("21 km", 21, "km"), Q("14 công trình thanh niên", 14, "công trình thanh niên"),
 Q("6 nhà nhân ái", 6, "nhà nhân ái"), Q("khoảng 8,6 tỷ đồng", 8600000000, "đồng", "approx"),
 Q("1.250 tình nguyện viên", 1250, "tình nguyện viên"), Q("hơn 21.000 lượt thí sinh", 21000, "lượt thí sinh", "over"),
 Q("9 cụm thi", 9, "cụm thi"), Q("3.400 suất cơm miễn phí", 3400, "suất cơm miễn phí"),
 Q("11 xã miền núi", 11, "xã miền núi"), Q("27 lớp học tình thương", 27, "lớp học tình thương"), Q("480 em nhỏ", 480, "em nhỏ"),
 Q("2.100 người dân", 2100, "người dân"), Q("1.200 ngày công", 1200, "ngày công"), Q("2,5 km", 2.5, "km"),
 Q("25 tập thể", 25, "tập thể"), Q("48 cá nhân", 48, "cá nhân")],
[D("Chỉ thị", "17", "CT/TU", "2011-05-12", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 17-CT/TU ngày 12/5/2011"),
 D("Nghị quyết", "25", "NQ/TW", None, "Ban Chấp hành Trung ương", "Nghị quyết 25-NQ/TW")],
[prov("Thanh Hóa"), com("Trung Lý")],
["TỈNH ĐOÀN THANH HÓA - ĐOÀN TNCS HỒ CHÍ MINH", "Trang chủ » Tin tức - Sự kiện » Phong trào tình nguyện",
 "Ảnh: Đồng chí Lê Thị Hằng trao cờ thi đua cho các đơn vị.", "Tiếp sức mùa thi", "Mùa hè xanh", "Lượt xem: 1.204", "Sa Ná"],
["Thứ Sáu, 26/08/2011 - 16:20", "hè năm 2011", "30 ngày", "Lượt xem: 1.204"]))

PAGES.append(page("b2742-nghean-tiepsucmuathi-2012", """
Báo Nghệ An điện tử
Xã hội | Giáo dục | Tuổi trẻ
Cập nhật: 09:40, 28/06/2012 (GMT+7)
Hơn 2.000 tình nguyện viên "Tiếp sức mùa thi" năm 2012
(Baonghean) - Sáng 27/6, Tỉnh đoàn, Hội Sinh viên tỉnh và Trường Đại học Vinh tổ chức lễ ra quân chương trình "Tiếp sức mùa thi" năm 2012. Tham dự có đồng chí Nguyễn Thị Thu Hường, Phó Chủ tịch UBND tỉnh; đồng chí Hồ Lê Ngọc, Bí thư Tỉnh đoàn, Chủ tịch Hội Sinh viên tỉnh.
Tình nguyện viên hướng dẫn thí sinh tìm phòng thi. Ảnh: Đức Anh
Năm nay, hơn 2.000 tình nguyện viên là sinh viên các trường đại học, cao đẳng và đoàn viên thanh niên các phường sẽ hỗ trợ khoảng 60.000 lượt thí sinh và người nhà về dự thi tại thành phố Vinh. Ban tổ chức đã vận động được 1.500 chỗ trọ miễn phí, 12.000 suất cơm, 25.000 chai nước uống và 400 xe máy đưa đón thí sinh; tổng kinh phí vận động từ các nhà hảo tâm hơn 650 triệu đồng.
Theo kế hoạch số 112-KH/TĐTN của Ban Thường vụ Tỉnh đoàn, chương trình bố trí 35 điểm hỗ trợ tại các điểm thi, bến xe, nhà ga. Các đội hình được tập huấn kỹ năng sơ cứu, chỉ đường, tư vấn nhà trọ an toàn. Phường Bến Thủy, phường Trường Thi và xã Nghi Phú huy động 320 đoàn viên tham gia giữ gìn trật tự quanh các điểm thi.
Tại lễ ra quân, em Vi Văn Thông, thí sinh người Thái ở huyện Quế Phong, xúc động: "Em ở xa, lần đầu xuống Vinh, nhờ các anh chị tìm giúp chỗ trọ không mất tiền". Anh Nguyễn Đình Lâm, Chủ tịch Hội Sinh viên Trường Đại học Vinh, cho biết trường huy động 800 sinh viên, mỗi bạn trực ít nhất 3 ngày.
Phát biểu tại buổi lễ, đồng chí Nguyễn Thị Thu Hường ghi nhận các năm qua chương trình đã trở thành hoạt động ý nghĩa của tuổi trẻ Nghệ An, thể hiện tinh thần "Đâu cần thanh niên có, việc gì khó có thanh niên". Đồng chí đề nghị các ngành phối hợp thực hiện tốt Chỉ thị 11/CT-UBND của UBND tỉnh về tổ chức kỳ thi tuyển sinh năm 2012, bảo đảm an toàn cho thí sinh, không để xảy ra tình trạng "chặt chém" giá phòng trọ.
Trước đó, từ ngày 20/6, các đội hình đã khảo sát, lập danh sách 2.300 phòng trọ có giá hợp lý tại các phường quanh Trường Đại học Vinh, in 15.000 tờ bản đồ điểm thi phát miễn phí. Nhiều chủ nhà trọ ở xã Nghi Phú đăng ký giảm giá phòng cho thí sinh là con em hộ nghèo, vùng đồng bào dân tộc thiểu số các huyện miền Tây. Đội hình "Xe ôm tình nguyện" gồm đoàn viên công nhân, cựu chiến binh trẻ sẵn sàng đưa thí sinh từ bến xe về nơi trọ.
Ban tổ chức đã trao 50 suất học bổng, mỗi suất 1 triệu đồng cho thí sinh có hoàn cảnh khó khăn.
Thanh Lê
Tin khác
- Tuổi trẻ Nghệ An hưởng ứng Tháng thanh niên (26/03/2012)
- Ra mắt đội hình "Sinh viên tình nguyện" (20/06/2012)
- Trao 300 suất quà cho thiếu nhi nghèo (01/06/2012)
- Nghi Lộc: đoàn viên làm đường giao thông nông thôn (14/05/2012)
""", "2012-06-28", "Hơn 2.000 tình nguyện viên \"Tiếp sức mùa thi\" năm 2012",
E("khac", None, None),
[P("Nguyễn Thị Thu Hường", "Phó Chủ tịch UBND tỉnh"),
 P("Hồ Lê Ngọc", "Bí thư Tỉnh đoàn", "Chủ tịch Hội Sinh viên tỉnh"),
 P("Vi Văn Thông", "thí sinh"),
 P("Nguyễn Đình Lâm", "Chủ tịch Hội Sinh viên Trường Đại học Vinh")],
[Q("Hơn 2.000 tình nguyện viên", 2000, "tình nguyện viên", "over"),
 Q("khoảng 60.000 lượt thí sinh và người nhà", 60000, "lượt thí sinh và người nhà", "approx"),
 Q("1.500 chỗ trọ miễn phí", 1500, "chỗ trọ miễn phí"), Q("12.000 suất cơm", 12000, "suất cơm"),
 Q("25.000 chai nước uống", 25000, "chai nước uống"), Q("400 xe máy", 400, "xe máy"),
 Q("hơn 650 triệu đồng", 650000000, "đồng", "over"), Q("35 điểm hỗ trợ", 35, "điểm hỗ trợ"),
 Q("320 đoàn viên", 320, "đoàn viên"), Q("800 sinh viên", 800, "sinh viên"),
 Q("50 suất học bổng", 50, "suất học bổng"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("2.300 phòng trọ", 2300, "phòng trọ"), Q("15.000 tờ bản đồ điểm thi", 15000, "tờ bản đồ điểm thi")],
[D("Kế hoạch", "112", "KH/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "kế hoạch số 112-KH/TĐTN"),
 D("Chỉ thị", "11", "CT-UBND", None, "UBND tỉnh", "Chỉ thị 11/CT-UBND")],
[prov("Nghệ An"), com("Bến Thủy"), com("Trường Thi"), com("Nghi Phú")],
["Báo Nghệ An điện tử", "Xã hội | Giáo dục | Tuổi trẻ", "(Baonghean)", "Tình nguyện viên hướng dẫn thí sinh tìm phòng thi. Ảnh: Đức Anh",
 "Tiếp sức mùa thi", "Đâu cần thanh niên có, việc gì khó có thanh niên", "thành phố Vinh", "Xe ôm tình nguyện"],
["Cập nhật: 09:40, 28/06/2012 (GMT+7)", "3 ngày", "năm 2012"]))

PAGES.append(page("b2743-laocai-daihoi-doan-2013", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LÀO CAI
Bạn đang ở: Trang chủ / Tin tức / Chính trị
Thứ Hai, 15/04/2013 | 08:05
Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh Lào Cai lần thứ XIV thành công tốt đẹp
Đại biểu biểu quyết thông qua Nghị quyết Đại hội.
Trong 2 ngày 13 - 14/4/2013, tại Nhà văn hóa tỉnh, Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh Lào Cai lần thứ XIV, nhiệm kỳ 2013 - 2018 đã diễn ra với sự tham dự của 299 đại biểu chính thức, đại diện cho hơn 58.000 đoàn viên trong toàn tỉnh. Dự và chỉ đạo Đại hội có đồng chí Đặng Văn Khiêm, Ủy viên Trung ương Đảng, Bí thư thứ nhất Ban Chấp hành Trung ương Đoàn; đồng chí Giàng Seo Chú, Phó Bí thư Thường trực Tỉnh ủy.
Nhiệm kỳ 2008 - 2013, các cấp bộ Đoàn đã tổ chức hơn 1.100 công trình, phần việc thanh niên với tổng trị giá trên 45 tỷ đồng; giúp đỡ 3.800 thanh niên phát triển kinh tế, trong đó 1.260 thanh niên thoát nghèo. Kết nạp 19.600 đoàn viên mới, giới thiệu 2.150 đoàn viên ưu tú cho Đảng xem xét, kết nạp. Tỷ lệ tập hợp thanh niên người dân tộc thiểu số đạt 72,5%.
Các đại biểu tập trung thảo luận giải pháp tập hợp thanh niên vùng cao. Chị Lù Thị Sao, Bí thư Đoàn xã Bản Khoang (huyện Sa Pa), trình bày tham luận về mô hình "Thanh niên người Dao đỏ làm du lịch cộng đồng". Anh Sùng A Dình, Bí thư Chi đoàn thôn Tả Gia Khâu, chia sẻ việc vận động 40 hộ thanh niên người Mông bỏ trồng thuốc phiện, trồng 120 ha cây chè.
Đại hội đã bầu Ban Chấp hành Tỉnh đoàn khóa XIV gồm 41 đồng chí. Hội nghị lần thứ nhất Ban Chấp hành đã bầu Ban Thường vụ 13 đồng chí; đồng chí Vàng Thị Mai được bầu giữ chức Bí thư Tỉnh đoàn; các đồng chí Phó Bí thư Tỉnh đoàn: Trần Quang Huy, Lý Văn Khái.
Phát biểu chỉ đạo, đồng chí Giàng Seo Chú đề nghị Đoàn thanh niên tiếp tục quán triệt Nghị quyết 25-NQ/TW ngày 25/7/2008 của Ban Chấp hành Trung ương Đảng khóa X, Kết luận số 29-KL/TU của Tỉnh ủy về phát triển nguồn nhân lực trẻ vùng cao; xung kích trong xây dựng nông thôn mới. Đồng chí Đặng Văn Khiêm mong muốn tuổi trẻ Lào Cai "Khát vọng vươn lên, làm chủ biên cương".
Đại hội đã thông qua Chương trình hành động thực hiện Nghị quyết Đại hội với 5 chỉ tiêu chủ yếu: mỗi năm kết nạp ít nhất 4.000 đoàn viên mới; 100% xã biên giới có mô hình thanh niên phát triển kinh tế; mỗi cơ sở Đoàn có ít nhất 1 công trình thanh niên. Đại hội cũng phát động chương trình "Mỗi đoàn viên một cây xanh vùng biên" với mục tiêu trồng 50.000 cây phân tán trong nhiệm kỳ.
Đại hội bầu 16 đại biểu chính thức đi dự Đại hội Đoàn toàn quốc nhiệm kỳ tới.
Hoàng Thu - Trung tâm Công nghệ thông tin và Truyền thông
Số lượt truy cập: 2.317.440
Tin cùng chuyên mục
- Huyện đoàn Bát Xát tổ chức Đại hội lần thứ XII (20/03/2013)
- Tuổi trẻ biên giới ra quân Tháng thanh niên (02/03/2013)
- Lào Cai: 300 thanh niên lên đường nhập ngũ (26/02/2013)
""", "2013-04-15", "Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh Lào Cai lần thứ XIV thành công tốt đẹp",
E("dai_hoi", None, "2013-04-13"),
[P("Đặng Văn Khiêm", "Ủy viên Trung ương Đảng", "Bí thư thứ nhất Ban Chấp hành Trung ương Đoàn"),
 P("Giàng Seo Chú", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Lù Thị Sao", "Bí thư Đoàn xã Bản Khoang"),
 P("Sùng A Dình", "Bí thư Chi đoàn thôn Tả Gia Khâu"),
 P("Vàng Thị Mai", "Bí thư Tỉnh đoàn"),
 P("Trần Quang Huy", "Phó Bí thư Tỉnh đoàn"),
 P("Lý Văn Khái", "Phó Bí thư Tỉnh đoàn")],
[Q("299 đại biểu chính thức", 299, "đại biểu chính thức"), Q("hơn 58.000 đoàn viên", 58000, "đoàn viên", "over"),
 Q("hơn 1.100 công trình, phần việc thanh niên", 1100, "công trình, phần việc thanh niên", "over"),
 Q("trên 45 tỷ đồng", 45000000000, "đồng", "over"), Q("3.800 thanh niên", 3800, "thanh niên"),
 Q("1.260 thanh niên", 1260, "thanh niên"), Q("19.600 đoàn viên mới", 19600, "đoàn viên mới"),
 Q("2.150 đoàn viên ưu tú", 2150, "đoàn viên ưu tú"), Q("72,5%", 72.5, "%"),
 Q("40 hộ thanh niên người Mông", 40, "hộ thanh niên người Mông"), Q("120 ha", 120, "ha"),
 Q("41 đồng chí", 41, "đồng chí"), Q("13 đồng chí", 13, "đồng chí"), Q("16 đại biểu chính thức", 16, "đại biểu chính thức"),
 Q("5 chỉ tiêu chủ yếu", 5, "chỉ tiêu chủ yếu"), Q("4.000 đoàn viên mới", 4000, "đoàn viên mới"), Q("100%", 100, "%"), Q("50.000 cây phân tán", 50000, "cây phân tán")],
[D("Nghị quyết", "25", "NQ/TW", "2008-07-25", "Ban Chấp hành Trung ương Đảng khóa X", "Nghị quyết 25-NQ/TW ngày 25/7/2008"),
 D("Kết luận", "29", "KL/TU", None, "Tỉnh ủy", "Kết luận số 29-KL/TU")],
[prov("Lào Cai"), com("Bản Khoang")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LÀO CAI", "Bạn đang ở: Trang chủ / Tin tức / Chính trị", "Đại biểu biểu quyết thông qua Nghị quyết Đại hội.",
 "Thanh niên người Dao đỏ làm du lịch cộng đồng", "Mỗi đoàn viên một cây xanh vùng biên", "Khát vọng vươn lên, làm chủ biên cương", "Số lượt truy cập: 2.317.440", "Nhà văn hóa tỉnh"],
["Thứ Hai, 15/04/2013 | 08:05", "2 ngày", "lần thứ XIV", "nhiệm kỳ 2013 - 2018", "41 đồng chí", "13 đồng chí", "lần thứ X", "Số lượt truy cập: 2.317.440", "1 công trình thanh niên"]))

PAGES.append(page("b2744-soctrang-doithoai-thanhnien-2014", """
Sóc Trăng Online - Cổng thông tin điện tử tỉnh Sóc Trăng
Tin tức > Hoạt động địa phương > Đoàn thể
27-03-2014 10:15
Lãnh đạo tỉnh đối thoại với thanh niên nhân kỷ niệm 83 năm Ngày thành lập Đoàn
Đồng chí Lâm Văn Hưởng trả lời câu hỏi của đoàn viên.
Sáng 26/3, Tỉnh đoàn Sóc Trăng phối hợp với UBND tỉnh tổ chức buổi đối thoại giữa lãnh đạo tỉnh với thanh niên năm 2014 với chủ đề "Thanh niên khởi nghiệp, lập nghiệp". Chủ trì buổi đối thoại có đồng chí Lâm Văn Hưởng, Phó Chủ tịch UBND tỉnh; đồng chí Thạch Thị Sa Ly, Bí thư Tỉnh đoàn. Tham dự có lãnh đạo các sở Lao động - Thương binh và Xã hội, Nông nghiệp và Phát triển nông thôn, Ngân hàng Chính sách xã hội tỉnh cùng hơn 300 đoàn viên, thanh niên tiêu biểu.
Tại buổi đối thoại, đã có 27 ý kiến, câu hỏi được nêu trực tiếp và 15 ý kiến gửi bằng văn bản, tập trung vào vốn vay, đào tạo nghề, việc làm cho thanh niên người Khmer sau khi tốt nghiệp. Anh Sơn Chanh Đa, Bí thư Chi đoàn ấp Tà Biêng, xã Vĩnh Hải, đề nghị tỉnh có cơ chế cho thanh niên vay vốn nuôi tôm càng xanh với mức trên 50 triệu đồng. Chị Kim Thị Sô Phia, đoàn viên xã Đại Tâm, hỏi về việc tuyển dụng giáo viên dạy chữ Khmer ở các điểm chùa.
Trả lời các ý kiến, đồng chí Lâm Văn Hưởng cho biết năm 2013 toàn tỉnh đã giải quyết việc làm cho 21.500 lao động, trong đó khoảng 40% là thanh niên; Ngân hàng Chính sách xã hội tỉnh thông qua tổ chức Đoàn đang ủy thác quản lý dư nợ hơn 412 tỷ đồng với 16.800 hộ vay. Tỉnh đang triển khai Đề án 1956 về đào tạo nghề cho lao động nông thôn theo Quyết định số 1956/QĐ-TTg ngày 27/11/2009 của Thủ tướng Chính phủ; thanh niên có nhu cầu học nghề được hỗ trợ học phí tối đa 3 triệu đồng/người/khóa.
Đồng chí Trần Hoàng Nhân, Giám đốc Sở Lao động - Thương binh và Xã hội, thông tin thêm: năm 2014 tỉnh phấn đấu đưa 500 lao động đi làm việc có thời hạn ở nước ngoài, mở 120 lớp dạy nghề ngắn hạn. Về giáo viên dạy chữ Khmer, Sở Giáo dục và Đào tạo sẽ phối hợp Hội Đoàn kết sư sãi yêu nước tỉnh tổ chức lớp bồi dưỡng.
Đại đức Lý Sà Rết, trụ trì chùa Kh'Leang, phát biểu cảm ơn lãnh đạo tỉnh đã quan tâm đến thanh niên trong chùa, đề nghị Tỉnh đoàn tiếp tục mở lớp tin học, ngoại ngữ miễn phí cho sư sãi trẻ.
Kết luận buổi đối thoại, đồng chí Lâm Văn Hưởng giao các sở, ngành trả lời bằng văn bản các ý kiến chưa trả lời trực tiếp trước ngày 30/4/2014; yêu cầu Tỉnh đoàn tham mưu UBND tỉnh ban hành kế hoạch thực hiện Luật Thanh niên và Kết luận số 80-KL/TW của Ban Bí thư về tiếp tục thực hiện Chỉ thị 42-CT/TW về công tác giáo dục lý tưởng cách mạng, đạo đức, lối sống văn hóa cho thế hệ trẻ.
Dịp này, Tỉnh đoàn trao 30 phần quà, mỗi phần 500.000 đồng, cho đoàn viên có hoàn cảnh khó khăn.
Tuấn Kiệt
Tin liên quan
- Ra mắt 12 câu lạc bộ "Thanh niên làm kinh tế giỏi" (19/03/2014)
- Ngày Chủ nhật xanh tại thị xã Vĩnh Châu (09/03/2014)
- Tỉnh đoàn Sóc Trăng triển khai Tháng thanh niên 2014 (28/02/2014)
""", "2014-03-27", "Lãnh đạo tỉnh đối thoại với thanh niên nhân kỷ niệm 83 năm Ngày thành lập Đoàn",
E("doi_thoai", "2014", "2014-03-26"),
[P("Lâm Văn Hưởng", "Phó Chủ tịch UBND tỉnh"),
 P("Thạch Thị Sa Ly", "Bí thư Tỉnh đoàn"),
 P("Sơn Chanh Đa", "Bí thư Chi đoàn ấp Tà Biêng"),
 P("Kim Thị Sô Phia", "đoàn viên xã Đại Tâm"),
 P("Trần Hoàng Nhân", "Giám đốc Sở Lao động - Thương binh và Xã hội"),
 P("Lý Sà Rết", "Đại đức", "trụ trì chùa Kh'Leang")],
[Q("hơn 300 đoàn viên, thanh niên tiêu biểu", 300, "đoàn viên, thanh niên tiêu biểu", "over"),
 Q("27 ý kiến, câu hỏi", 27, "ý kiến, câu hỏi"), Q("15 ý kiến", 15, "ý kiến"),
 Q("trên 50 triệu đồng", 50000000, "đồng", "over"), Q("21.500 lao động", 21500, "lao động"),
 Q("khoảng 40%", 40, "%", "approx"), Q("hơn 412 tỷ đồng", 412000000000, "đồng", "over"), Q("16.800 hộ", 16800, "hộ"),
 Q("3 triệu đồng", 3000000, "đồng"), Q("500 lao động", 500, "lao động"), Q("120 lớp dạy nghề ngắn hạn", 120, "lớp dạy nghề ngắn hạn"),
 Q("30 phần quà", 30, "phần quà"), Q("500.000 đồng", 500000, "đồng")],
[D("Quyết định", "1956", "QĐ-TTg", "2009-11-27", "Thủ tướng Chính phủ", "Quyết định số 1956/QĐ-TTg ngày 27/11/2009"),
 D("Kết luận", "80", "KL/TW", None, "Ban Bí thư", "Kết luận số 80-KL/TW"),
 D("Chỉ thị", "42", "CT/TW", None, None, "Chỉ thị 42-CT/TW")],
[prov("Sóc Trăng"), com("Vĩnh Hải"), com("Đại Tâm")],
["Sóc Trăng Online - Cổng thông tin điện tử tỉnh Sóc Trăng", "Tin tức > Hoạt động địa phương > Đoàn thể",
 "Đồng chí Lâm Văn Hưởng trả lời câu hỏi của đoàn viên.", "Thanh niên khởi nghiệp, lập nghiệp", "Hội Đoàn kết sư sãi yêu nước tỉnh",
 "Luật Thanh niên", "Đề án 1956"],
["27-03-2014 10:15", "83 năm", "năm 2014", "năm 2013", "Đề án 1956"]))

PAGES.append(page("b2745-daklak-tinhdoan-soket-2015", """
ĐOÀN TNCS HỒ CHÍ MINH TỈNH ĐẮK LẮK
Trang chủ | Hoạt động Đoàn | Tin tức
08:15 | 10/07/2015
Toàn cảnh hội nghị.
Hội nghị Ban Chấp hành Tỉnh đoàn lần thứ 9 (mở rộng)
Ngày 9/7, Ban Chấp hành Tỉnh đoàn Đắk Lắk khóa XIV tổ chức hội nghị lần thứ 9 (mở rộng) để sơ kết công tác Đoàn và phong trào thanh thiếu nhi 6 tháng đầu năm 2015, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Y Khuê Niê, Bí thư Tỉnh đoàn chủ trì hội nghị. Dự hội nghị có đồng chí H'Yim Kđoh, Phó Trưởng Ban Dân vận Tỉnh ủy.
Báo cáo sơ kết cho thấy, 6 tháng đầu năm các cấp bộ Đoàn trong tỉnh đã tổ chức 1.230 buổi sinh hoạt chính trị cho hơn 95.000 lượt đoàn viên. Trong Tháng thanh niên, toàn tỉnh thực hiện 312 công trình, phần việc thanh niên với tổng giá trị khoảng 4,2 tỷ đồng, gồm 46 km đường giao thông được bê tông hóa, 18 nhà văn hóa buôn được sửa chữa và 22.000 cây xanh được trồng mới. Có 2.840 thanh niên được kết nạp vào Đoàn, đạt 56,8% chỉ tiêu năm; 412 đoàn viên ưu tú được giới thiệu cho Đảng.
Tỉnh đoàn đã tham mưu Ban Thường vụ Tỉnh ủy sơ kết 5 năm thực hiện Chỉ thị 15-CT/TU về công tác thanh niên vùng đồng bào dân tộc thiểu số; phối hợp Bộ Chỉ huy Quân sự tỉnh thực hiện Nghị quyết liên tịch số 03/NQLT-TĐ-BCHQS về xây dựng tuổi trẻ tham gia bảo vệ an ninh biên giới. Quỹ "Thắp sáng ước mơ" vận động được 380 triệu đồng, trao 760 suất học bổng cho học sinh nghèo.
Thảo luận tại hội nghị, đồng chí Y Wơn Mlô, Bí thư Huyện đoàn Lắk, nêu khó khăn trong tập hợp thanh niên đi làm ăn xa. Đồng chí Nguyễn Thị Thúy Hà, Bí thư Đoàn xã Ea Kly, kiến nghị tăng phụ cấp cho bí thư chi đoàn buôn. Chị H'Bia Êban, Phó Bí thư Thành đoàn Buôn Ma Thuột, giới thiệu mô hình "Buôn không có thanh niên vi phạm pháp luật".
Hội nghị thống nhất triển khai Chiến dịch thanh niên tình nguyện hè 2015 với 5 đội hình, trong đó chú trọng "Tiếp sức mùa thi" tại 8 cụm thi và đội hình "Mùa hè xanh" ở 15 xã đặc biệt khó khăn. Hội nghị cũng bầu bổ sung 3 đồng chí vào Ban Chấp hành Tỉnh đoàn; đồng chí Lê Văn Quyết, Chánh Văn phòng Tỉnh đoàn, được bầu bổ sung vào Ban Thường vụ.
Phát biểu kết luận, đồng chí Y Khuê Niê đề nghị các cơ sở Đoàn bám sát Kế hoạch số 78-KH/TĐTN ngày 2/3/2015 của Ban Thường vụ Tỉnh đoàn, phấn đấu hoàn thành các chỉ tiêu trước ngày 15/11. Đồng chí lưu ý các huyện đoàn vùng biên giới quan tâm nắm tình hình tư tưởng thanh niên, không để kẻ xấu lôi kéo, kích động.
H'Nguyệt
Bài viết liên quan
- Ra mắt câu lạc bộ "Thanh niên với pháp luật" tại Krông Pắc (02/07/2015)
- Tuổi trẻ Buôn Đôn hiến máu tình nguyện (22/06/2015)
- Tuyên dương 40 thầy thuốc trẻ (12/06/2015)
""", "2015-07-10", "Hội nghị Ban Chấp hành Tỉnh đoàn lần thứ 9 (mở rộng)",
E("so_ket", "2015-H1", "2015-07-09"),
[P("Y Khuê Niê", "Bí thư Tỉnh đoàn"),
 P("H'Yim Kđoh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Y Wơn Mlô", "Bí thư Huyện đoàn Lắk"),
 P("Nguyễn Thị Thúy Hà", "Bí thư Đoàn xã Ea Kly"),
 P("H'Bia Êban", "Phó Bí thư Thành đoàn Buôn Ma Thuột"),
 P("Lê Văn Quyết", "Chánh Văn phòng Tỉnh đoàn")],
[Q("1.230 buổi sinh hoạt chính trị", 1230, "buổi sinh hoạt chính trị"), Q("hơn 95.000 lượt đoàn viên", 95000, "lượt đoàn viên", "over"),
 Q("312 công trình, phần việc thanh niên", 312, "công trình, phần việc thanh niên"), Q("khoảng 4,2 tỷ đồng", 4200000000, "đồng", "approx"),
 Q("46 km", 46, "km"), Q("18 nhà văn hóa buôn", 18, "nhà văn hóa buôn"), Q("22.000 cây xanh", 22000, "cây xanh"),
 Q("2.840 thanh niên", 2840, "thanh niên"), Q("56,8%", 56.8, "%"), Q("412 đoàn viên ưu tú", 412, "đoàn viên ưu tú"),
 Q("380 triệu đồng", 380000000, "đồng"), Q("760 suất học bổng", 760, "suất học bổng"),
 Q("5 đội hình", 5, "đội hình"), Q("8 cụm thi", 8, "cụm thi"), Q("15 xã đặc biệt khó khăn", 15, "xã đặc biệt khó khăn"),
 Q("3 đồng chí", 3, "đồng chí")],
[D("Chỉ thị", "15", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 15-CT/TU"),
 D("Nghị quyết liên tịch", "03", "NQLT-TĐ-BCHQS", None, None, "Nghị quyết liên tịch số 03/NQLT-TĐ-BCHQS"),
 D("Kế hoạch", "78", "KH/TĐTN", "2015-03-02", "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 78-KH/TĐTN ngày 2/3/2015")],
[prov("Đắk Lắk"), com("Ea Kly")],
["ĐOÀN TNCS HỒ CHÍ MINH TỈNH ĐẮK LẮK", "Trang chủ | Hoạt động Đoàn | Tin tức", "Toàn cảnh hội nghị.", "Thắp sáng ước mơ",
 "Buôn không có thanh niên vi phạm pháp luật", "Tiếp sức mùa thi", "Mùa hè xanh", "Tháng thanh niên"],
["08:15 | 10/07/2015", "lần thứ 9", "6 tháng đầu năm 2015", "6 tháng cuối năm", "5 năm", "3 đồng chí", "khóa XIV"]))

PAGES.append(page("b2746-quangtri-mttq-giamsat-thanhnien-2016", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG TRỊ
Vị trí: Trang chủ :: Giám sát và phản biện xã hội
Ngày đăng 20/10/2016 | 14:20
Giám sát việc thực hiện chính sách đối với thanh niên tại huyện Hướng Hóa
Ngày 18/10/2016, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Trị do đồng chí Hồ Thị Liên, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã làm việc với UBND huyện Hướng Hóa về việc thực hiện Quyết định số 2474/QĐ-TTg ngày 30/12/2011 của Thủ tướng Chính phủ phê duyệt Chiến lược phát triển thanh niên Việt Nam giai đoạn 2011 - 2020. Tham gia đoàn có đại diện Tỉnh đoàn, Hội Liên hiệp Thanh niên Việt Nam tỉnh và Sở Nội vụ.
Đoàn giám sát làm việc tại huyện Hướng Hóa. Ảnh: Văn Thanh
Theo báo cáo của UBND huyện, toàn huyện có 21.600 thanh niên, trong đó thanh niên người Vân Kiều, Pa Kô chiếm khoảng 46%. Từ năm 2012 đến nay, huyện đã đào tạo nghề cho 3.150 thanh niên, giải quyết việc làm cho 4.020 lượt lao động trẻ; Ngân hàng Chính sách xã hội huyện cho 870 thanh niên vay vốn với tổng dư nợ 26,5 tỷ đồng. Huyện đoàn đã phối hợp thực hiện 64 công trình thanh niên trị giá trên 3 tỷ đồng, trong đó có 12 cầu dân sinh và 7 điểm trường mầm non ở các bản.
Tại buổi làm việc, đồng chí Hồ Văn Pin, Bí thư Huyện đoàn Hướng Hóa, cho biết tỷ lệ thanh niên thất nghiệp vẫn khoảng 6,2%, nhiều thanh niên sang Lào làm thuê theo mùa. Anh Hồ Văn Sơng, Bí thư Đoàn xã A Túc, đề nghị có chính sách hỗ trợ thanh niên người dân tộc thiểu số học nghề lái máy, cơ khí. Chị Pả Thị Nhung, Phó Chủ tịch Hội Liên hiệp Thanh niên xã Xy, phản ánh 3 năm nay xã chưa có lớp dạy nghề nào cho thanh niên nữ.
Các thành viên đoàn giám sát đánh giá việc triển khai Chiến lược ở huyện có nhiều chuyển biến, nhưng một số chỉ tiêu chưa đạt: tỷ lệ thanh niên qua đào tạo nghề mới đạt 38%, thấp hơn mục tiêu 50%; mới có 5/22 xã, thị trấn có điểm sinh hoạt văn hóa cho thanh niên. Việc lồng ghép nguồn vốn Chương trình 135 chưa ưu tiên cho thanh niên.
Kết luận buổi giám sát, đồng chí Hồ Thị Liên đề nghị UBND huyện thực hiện nghiêm Nghị định số 12/2012/NĐ-CP của Chính phủ về công tác thanh niên, sớm ban hành kế hoạch giai đoạn 2016 - 2020 theo Kế hoạch số 1980/KH-UBND ngày 15/6/2016 của UBND tỉnh; quan tâm bố trí cán bộ Đoàn ở các xã vùng cao. Đoàn giám sát sẽ tổng hợp kiến nghị gửi Thường trực Tỉnh ủy, UBND tỉnh trước ngày 30/11/2016.
Thực hiện Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị ban hành Quy chế giám sát và phản biện xã hội của Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội, năm 2016 Ủy ban MTTQ tỉnh chủ trì 4 cuộc giám sát chuyên đề, đây là cuộc giám sát thứ ba.
Hải Yến
Lượt xem: 402
Tin khác
- Hội nghị Ủy ban MTTQ tỉnh lần thứ 4 (10/10/2016)
- Ngày hội Đại đoàn kết toàn dân tộc ở bản Ka Tăng (05/10/2016)
- Trao 20 nhà Đại đoàn kết cho hộ nghèo Đakrông (22/09/2016)
""", "2016-10-20", "Giám sát việc thực hiện chính sách đối với thanh niên tại huyện Hướng Hóa",
E("giam_sat", None, "2016-10-18"),
[P("Hồ Thị Liên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hồ Văn Pin", "Bí thư Huyện đoàn Hướng Hóa"),
 P("Hồ Văn Sơng", "Bí thư Đoàn xã A Túc"),
 P("Pả Thị Nhung", "Phó Chủ tịch Hội Liên hiệp Thanh niên xã Xy")],
[Q("21.600 thanh niên", 21600, "thanh niên"), Q("khoảng 46%", 46, "%", "approx"), Q("3.150 thanh niên", 3150, "thanh niên"),
 Q("4.020 lượt lao động trẻ", 4020, "lượt lao động trẻ"), Q("870 thanh niên", 870, "thanh niên"),
 Q("26,5 tỷ đồng", 26500000000, "đồng"), Q("64 công trình thanh niên", 64, "công trình thanh niên"),
 Q("trên 3 tỷ đồng", 3000000000, "đồng", "over"), Q("12 cầu dân sinh", 12, "cầu dân sinh"),
 Q("7 điểm trường mầm non", 7, "điểm trường mầm non"), Q("khoảng 6,2%", 6.2, "%", "approx"),
 Q("38%", 38, "%"), Q("50%", 50, "%"), Q("5/22 xã, thị trấn", 5, "xã, thị trấn"), Q("4 cuộc giám sát chuyên đề", 4, "cuộc giám sát chuyên đề")],
[D("Quyết định", "2474", "QĐ-TTg", "2011-12-30", "Thủ tướng Chính phủ", "Quyết định số 2474/QĐ-TTg ngày 30/12/2011"),
 D("Nghị định", "12", "2012/NĐ-CP", None, "Chính phủ", "Nghị định số 12/2012/NĐ-CP"),
 D("Kế hoạch", "1980", "KH-UBND", "2016-06-15", "UBND tỉnh", "Kế hoạch số 1980/KH-UBND ngày 15/6/2016"),
 D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW ngày 12/12/2013")],
[prov("Quảng Trị"), com("A Túc"), com("Xy")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG TRỊ", "Vị trí: Trang chủ :: Giám sát và phản biện xã hội",
 "Đoàn giám sát làm việc tại huyện Hướng Hóa. Ảnh: Văn Thanh", "Chiến lược phát triển thanh niên Việt Nam giai đoạn 2011 - 2020",
 "Chương trình 135", "Lượt xem: 402"],
["Ngày đăng 20/10/2016 | 14:20", "giai đoạn 2011 - 2020", "3 năm", "Chương trình 135", "cuộc giám sát thứ ba", "Lượt xem: 402"]))
