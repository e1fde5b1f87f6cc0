from lib import *
PAGES = []

PAGES.append(page("b3101-hanoi-bdv-tongket-dvcq-2011", """
BAN DÂN VẬN THÀNH ỦY HÀ NỘI
Trang chủ > Tin tức - Sự kiện > Dân vận chính quyền
Thứ Năm, 29/12/2011 - 16:20
Quang cảnh hội nghị. Ảnh: Minh Châu
Hà Nội: Tổng kết công tác dân vận chính quyền năm 2011
Chiều 27/12/2011, Ban Dân vận Thành ủy Hà Nội phối hợp với Ban Cán sự đảng UBND thành phố tổ chức hội nghị tổng kết công tác dân vận chính quyền năm 2011, triển khai nhiệm vụ năm 2012. Đồng chí Nguyễn Thị Bích Ngọc, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Dân vận Thành ủy và đồng chí Trần Quang Vinh, Phó Chủ tịch UBND thành phố đồng chủ trì.
Báo cáo tại hội nghị cho biết, năm 2011 các cấp chính quyền thành phố đã triển khai thực hiện Kết luận 23, 24-KL/TU của Ban Thường vụ Thành ủy về đẩy mạnh công tác dân vận chính quyền và về tiếp công dân của người đứng đầu. UBND thành phố ban hành Kế hoạch số 112/KH-UBND ngày 14/6/2011 về cải cách hành chính giai đoạn 2011-2015, trong đó 29 quận, huyện, thị xã đều thực hiện cơ chế một cửa liên thông.
Trong năm, lãnh đạo các cấp đã tổ chức 1.186 cuộc tiếp công dân định kỳ, tiếp hơn 14.500 lượt công dân; tiếp nhận 3.216 đơn thư khiếu nại, tố cáo, đã giải quyết 2.972 đơn, đạt 92,4%. Qua phong trào thi đua "Dân vận khéo", nhân dân đã hiến gần 86.000 m2 đất, đóng góp khoảng 1,2 tỷ đồng để mở rộng đường giao thông nông thôn.
Tham luận tại hội nghị, ông Đỗ Văn Khiêm, Trưởng Ban Dân vận Quận ủy Hoàn Kiếm, nêu cách làm "ba rõ" trong tiếp dân ở các phường phố cổ. Bà Bạch Thị Lan, Phó Chủ tịch UBND huyện Ba Vì, cho biết huyện đã vận động 412 hộ đồng bào Mường, Dao ở các xã miền núi chuyển đổi cây trồng. Ông Phạm Hữu Tình, Chủ tịch UBND phường Kiến Hưng, đề nghị thành phố sớm ban hành quy định về trách nhiệm của cán bộ một cửa.
Đồng chí Nguyễn Thị Bích Ngọc phát biểu kết luận hội nghị.
Phát biểu kết luận, đồng chí Nguyễn Thị Bích Ngọc đề nghị các cấp chính quyền tiếp tục quán triệt Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị ban hành Quy chế công tác dân vận của hệ thống chính trị; gắn công tác dân vận chính quyền với cải cách thủ tục hành chính, coi sự hài lòng của người dân là thước đo. Năm 2012, thành phố phấn đấu giải quyết trên 90% đơn thư thuộc thẩm quyền ngay từ cơ sở.
Dịp này, UBND thành phố tặng bằng khen cho 18 tập thể và 25 cá nhân có thành tích trong công tác dân vận chính quyền năm 2011.
Hoài Thu
Lượt xem: 1.204
Tin liên quan
- Sóc Sơn sơ kết 3 năm thực hiện Quy chế dân chủ ở cơ sở (20/12/2011)
- Đoàn kiểm tra của Ban Dân vận Thành ủy làm việc tại quận Hà Đông (12/12/2011)
- Ra mắt 9 mô hình "Dân vận khéo" tại huyện Mê Linh (30/11/2011)
""", "2011-12-29", "Hà Nội: Tổng kết công tác dân vận chính quyền năm 2011",
E("tong_ket", "2011", "2011-12-27"),
[P("Nguyễn Thị Bích Ngọc", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Dân vận Thành ủy"),
 P("Trần Quang Vinh", "Phó Chủ tịch UBND thành phố"),
 P("Đỗ Văn Khiêm", "Trưởng Ban Dân vận Quận ủy Hoàn Kiếm"),
 P("Bạch Thị Lan", "Phó Chủ tịch UBND huyện Ba Vì"),
 P("Phạm Hữu Tình", "Chủ tịch UBND phường Kiến Hưng")],
[Q("29 quận, huyện, thị xã", 29, "quận, huyện, thị xã"), Q("1.186 cuộc tiếp công dân định kỳ", 1186, "cuộc tiếp công dân định kỳ"),
 Q("hơn 14.500 lượt công dân", 14500, "lượt công dân", "over"), Q("3.216 đơn thư khiếu nại, tố cáo", 3216, "đơn thư khiếu nại, tố cáo"),
 Q("2.972 đơn", 2972, "đơn"), Q("92,4%", 92.4, "%"), Q("gần 86.000 m2", 86000, "m2", "approx"),
 Q("khoảng 1,2 tỷ đồng", 1200000000, "đồng", "approx"), Q("412 hộ đồng bào Mường, Dao", 412, "hộ đồng bào Mường, Dao"),
 Q("trên 90%", 90, "%", "over"), Q("18 tập thể", 18, "tập thể"), Q("25 cá nhân", 25, "cá nhân")],
[D("Kết luận", "23", "KL/TU", None, "Ban Thường vụ Thành ủy", "Kết luận 23, 24-KL/TU của Ban Thường vụ Thành ủy"),
 D("Kết luận", "24", "KL/TU", None, "Ban Thường vụ Thành ủy", "Kết luận 23, 24-KL/TU của Ban Thường vụ Thành ủy"),
 D("Kế hoạch", "112", "KH-UBND", "2011-06-14", "UBND thành phố", "Kế hoạch số 112/KH-UBND ngày 14/6/2011"),
 D("Quyết định", "290", "QĐ/TW", "2010-02-25", "Bộ Chính trị", "Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị")],
[prov("Hà Nội"), com("Kiến Hưng")],
["BAN DÂN VẬN THÀNH ỦY HÀ NỘI", "Trang chủ > Tin tức - Sự kiện > Dân vận chính quyền", "Quang cảnh hội nghị. Ảnh: Minh Châu",
 "Đồng chí Nguyễn Thị Bích Ngọc phát biểu kết luận hội nghị.", "Dân vận khéo", "ba rõ", "Lượt xem: 1.204"],
["Thứ Năm, 29/12/2011 - 16:20", "năm 2011", "năm 2012", "giai đoạn 2011-2015", "Lượt xem: 1.204"]))

PAGES.append(page("b3102-hcm-bdv-soket-2012", """
Cổng thông tin điện tử Ban Dân vận Thành ủy TP. Hồ Chí Minh
Bạn đang ở: Trang chủ / Hoạt động / Dân vận chính quyền
Cập nhật: 09:42, 19/07/2012 (GMT+7)
Nâng chất công tác tiếp xúc, đối thoại với nhân dân
(DVTP) - Ngày 17/7, Ban Dân vận Thành ủy tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2012, bàn phương hướng 6 tháng cuối năm. Đồng chí Huỳnh Thị Kim Phượng, Thành ủy viên, Trưởng Ban Dân vận Thành ủy chủ trì hội nghị; dự có lãnh đạo ban dân vận 24 quận, huyện ủy.
Đồng chí Huỳnh Thị Kim Phượng phát biểu chỉ đạo. Ảnh: DVTP
Theo báo cáo, 6 tháng qua Ban đã tham mưu Thường trực Thành ủy ban hành Chỉ thị 11, 12-CT/TU về tăng cường tiếp xúc, đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân và về công tác vận động nhân dân trong các dự án chỉnh trang đô thị. Ban Dân vận Thành ủy cũng ban hành hướng dẫn số 07-HD/BDVTU về đánh giá mô hình "Dân vận khéo" năm 2012.
Các quận, huyện đã tổ chức 642 buổi tiếp xúc, đối thoại với 48.300 lượt người dân tham dự; ghi nhận 3.870 ý kiến, kiến nghị, trong đó 61% liên quan đến bồi thường, giải phóng mặt bằng và thủ tục nhà đất. Các phường, xã đã rút ngắn thời gian cấp giấy chứng nhận quyền sử dụng đất còn 30 ngày; 97,5% hồ sơ hành chính được trả đúng hẹn.
Ông Lâm Chấn Vĩnh, Trưởng Ban Dân vận Quận ủy Quận 5, chia sẻ việc phối hợp với các hội đoàn người Hoa vận động 126 hộ kinh doanh trên đường Hải Thượng Lãn Ông chấp hành trật tự vỉa hè. Bà Ka Ri Ma, Phó Chủ tịch Ủy ban MTTQ phường Bình Khánh, cho biết phường đã vận động bà con người Chăm đóng góp hơn 350 triệu đồng sửa đường hẻm.
Phát biểu chỉ đạo, đồng chí Huỳnh Thị Kim Phượng yêu cầu 6 tháng cuối năm các cấp tiếp tục thực hiện Quyết định 290-QĐ/TW của Bộ Chính trị; nâng chất lượng hoạt động của 322 tổ dân vận phường, xã; mỗi quận, huyện xây dựng ít nhất 3 mô hình dân vận chính quyền gắn với cải cách hành chính.
Hội nghị cũng nghe đồng chí Tăng Quốc Hào, Phó Trưởng Ban Dân vận Thành ủy, thông qua dự thảo kế hoạch kiểm tra việc thực hiện Quy chế dân chủ trong các cơ quan hành chính.
Nhiều đại biểu phản ánh tình trạng một số cán bộ tiếp dân còn "hành" dân, hẹn nhiều lần; có nơi còn đùn đẩy trách nhiệm giữa phường và quận khiến người dân phải đi lại nhiều lần, gây bức xúc. Một số phường chưa công khai đầy đủ thủ tục, phí, lệ phí tại bộ phận tiếp nhận hồ sơ; hộp thư góp ý đặt ở nơi khuất, ít được mở.
Ngọc Trâm
Tin khác
- Quận 8 ra mắt mô hình "Tổ dân vận tự quản" (10/07/2012)
- Ban Dân vận Thành ủy làm việc với Huyện ủy Cần Giờ (03/07/2012)
- Tập huấn nghiệp vụ dân vận cho cán bộ phường, xã (26/06/2012)
""", "2012-07-19", "Nâng chất công tác tiếp xúc, đối thoại với nhân dân",
E("so_ket", "2012-H1", "2012-07-17"),
[P("Huỳnh Thị Kim Phượng", "Thành ủy viên", "Trưởng Ban Dân vận Thành ủy"),
 P("Lâm Chấn Vĩnh", "Trưởng Ban Dân vận Quận ủy Quận 5"),
 P("Ka Ri Ma", "Phó Chủ tịch Ủy ban MTTQ phường Bình Khánh"),
 P("Tăng Quốc Hào", "Phó Trưởng Ban Dân vận Thành ủy")],
[Q("24 quận, huyện ủy", 24, "quận, huyện ủy"), Q("642 buổi tiếp xúc, đối thoại", 642, "buổi tiếp xúc, đối thoại"),
 Q("48.300 lượt người dân", 48300, "lượt người dân"), Q("3.870 ý kiến, kiến nghị", 3870, "ý kiến, kiến nghị"),
 Q("61%", 61, "%"), Q("97,5%", 97.5, "%"), Q("126 hộ kinh doanh", 126, "hộ kinh doanh"),
 Q("hơn 350 triệu đồng", 350000000, "đồng", "over"), Q("322 tổ dân vận", 322, "tổ dân vận"),
 Q("ít nhất 3 mô hình dân vận chính quyền", 3, "mô hình dân vận chính quyền", "over")],
[D("Chỉ thị", "11", "CT/TU", None, "Thường trực Thành ủy", "Chỉ thị 11, 12-CT/TU"),
 D("Chỉ thị", "12", "CT/TU", None, "Thường trực Thành ủy", "Chỉ thị 11, 12-CT/TU"),
 D("Hướng dẫn", "07", "HD/BDVTU", None, "Ban Dân vận Thành ủy", "hướng dẫn số 07-HD/BDVTU"),
 D("Quyết định", "290", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 290-QĐ/TW của Bộ Chính trị")],
[prov("Hồ Chí Minh"), com("Bình Khánh")],
["Cổng thông tin điện tử Ban Dân vận Thành ủy TP. Hồ Chí Minh", "Bạn đang ở: Trang chủ / Hoạt động / Dân vận chính quyền",
 "Đồng chí Huỳnh Thị Kim Phượng phát biểu chỉ đạo. Ảnh: DVTP", "(DVTP)", "Dân vận khéo", "Hải Thượng Lãn Ông"],
["Cập nhật: 09:42, 19/07/2012 (GMT+7)", "Quận 5", "6 tháng đầu năm 2012", "6 tháng cuối năm", "30 ngày"]))

PAGES.append(page("b3103-danang-bdv-giaoban-q3-2013", """
DÂN VẬN ĐÀ NẴNG - Trang thông tin của Ban Dân vận Thành ủy
Trang chủ » Tin tức » Hoạt động của Ban
08:15 | 08/10/2013
Ban Dân vận Thành ủy giao ban khối dân vận quý III
Sáng 07/10/2013, Ban Dân vận Thành ủy Đà Nẵng tổ chức giao ban công tác dân vận quý III và triển khai nhiệm vụ quý IV năm 2013. Đồng chí Lê Thị Mỹ Hạnh, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Dân vận Thành ủy chủ trì.
Toàn cảnh buổi giao ban.
Quý III, khối dân vận các cấp tập trung vận động nhân dân trong công tác giải tỏa, đền bù các dự án; phối hợp với UBND thành phố triển khai Đề án "Năm văn minh đô thị 2013". Ban Dân vận các quận, huyện ủy đã nắm tình hình tại 56 phường, xã; tham gia đối thoại 38 cuộc với 1.420 hộ dân có đất bị thu hồi. Nhờ vận động, 214 hộ đã tự nguyện bàn giao mặt bằng trước thời hạn.
Về dân vận chính quyền, thành phố tiếp tục thực hiện Chỉ thị 16-CT/TU ngày 12/3/2013 của Ban Thường vụ Thành ủy về nâng cao chất lượng tiếp công dân; Trung tâm hành chính thành phố tiếp nhận hơn 21.000 hồ sơ trong quý, tỷ lệ trễ hẹn còn 1,8%. Đường dây nóng của thành phố tiếp nhận khoảng 2.300 cuộc gọi phản ánh của người dân.
Tại buổi giao ban, ông Alăng Ngước, Trưởng Ban Dân vận Huyện ủy Hòa Vang, thông tin việc vận động đồng bào Cơ Tu ở xã Hòa Bắc tham gia bảo vệ rừng đầu nguồn; bà Trần Thị Thu Sương, Bí thư Đảng ủy phường Hòa Khánh Bắc, kiến nghị thành phố hỗ trợ kinh phí cho 47 tổ dân phố mới chia tách.
Kết luận buổi giao ban, đồng chí Lê Thị Mỹ Hạnh đề nghị quý IV tập trung triển khai Kế hoạch số 38-KH/BDVTU về kiểm tra thực hiện Quy chế dân chủ ở cơ sở; chuẩn bị tổng kết 15 năm thực hiện Nghị quyết Trung ương 3 (khóa VIII) về dân vận; nắm chắc tình hình trước mùa mưa bão.
Đồng chí Võ Ngọc Đồng, Phó Trưởng Ban Dân vận Thành ủy, được giao chủ trì xây dựng báo cáo chuyên đề về đơn thư khiếu nại liên quan giải tỏa, đền bù.
Các ý kiến tại buổi giao ban cũng cho rằng việc bố trí tái định cư ở một số khu chưa đồng bộ hạ tầng, nhiều hộ đã nhận đất nhưng chưa có điện, nước nên chưa thể làm nhà; một số cán bộ phường chưa kiên trì vận động, còn nóng vội, gây bức xúc trong nhân dân. Ban Dân vận các quận, huyện ủy được đề nghị chủ động phối hợp với Ủy ban MTTQ cùng cấp tổ chức các cuộc gặp mặt hộ dân trước khi cưỡng chế, báo cáo kịp thời những vụ việc phức tạp về Thường trực Thành ủy.
Minh Hải
Số lượt truy cập: 302.118
Các tin khác
- Hòa Vang: ra mắt mô hình "Thôn Cơ Tu đoàn kết" (30/09/2013)
- Hội nghị chuyên đề dân vận chính quyền quận Sơn Trà (18/09/2013)
- Vận động hơn 500 hộ di dời khỏi khu vực sạt lở (05/09/2013)
""", "2013-10-08", "Ban Dân vận Thành ủy giao ban khối dân vận quý III",
E("giao_ban", "2013-Q3", "2013-10-07"),
[P("Lê Thị Mỹ Hạnh", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Dân vận Thành ủy"),
 P("Alăng Ngước", "Trưởng Ban Dân vận Huyện ủy Hòa Vang"),
 P("Trần Thị Thu Sương", "Bí thư Đảng ủy phường Hòa Khánh Bắc"),
 P("Võ Ngọc Đồng", "Phó Trưởng Ban Dân vận Thành ủy")],
[Q("56 phường, xã", 56, "phường, xã"), Q("38 cuộc", 38, "cuộc"), Q("1.420 hộ dân", 1420, "hộ dân"), Q("214 hộ", 214, "hộ"),
 Q("hơn 21.000 hồ sơ", 21000, "hồ sơ", "over"), Q("1,8%", 1.8, "%"), Q("khoảng 2.300 cuộc gọi phản ánh", 2300, "cuộc gọi phản ánh", "approx"),
 Q("47 tổ dân phố", 47, "tổ dân phố")],
[D("Chỉ thị", "16", "CT/TU", "2013-03-12", "Ban Thường vụ Thành ủy", "Chỉ thị 16-CT/TU ngày 12/3/2013 của Ban Thường vụ Thành ủy"),
 D("Kế hoạch", "38", "KH/BDVTU", None, None, "Kế hoạch số 38-KH/BDVTU")],
[prov("Đà Nẵng"), com("Hòa Bắc"), com("Hòa Khánh Bắc")],
["DÂN VẬN ĐÀ NẴNG - Trang thông tin của Ban Dân vận Thành ủy", "Trang chủ » Tin tức » Hoạt động của Ban", "Toàn cảnh buổi giao ban.",
 "Năm văn minh đô thị 2013", "Nghị quyết Trung ương 3 (khóa VIII)", "Số lượt truy cập: 302.118"],
["08:15 | 08/10/2013", "quý III", "quý IV năm 2013", "15 năm", "Nghị quyết Trung ương 3", "Số lượt truy cập: 302.118"]))

PAGES.append(page("b3104-haiphong-hoinghi-cchc-2014", """
HẢI PHÒNG ĐIỆN TỬ
Thời sự | Chính trị | Dân vận
29-05-2014 10:35
Đồng chí Đồng Xuân Khải phát biểu tại hội nghị.
Dân vận chính quyền gắn với cải cách hành chính: người dân là trung tâm
Ngày 28/5, Ban Dân vận Thành ủy Hải Phòng phối hợp Sở Nội vụ tổ chức hội nghị chuyên đề "Công tác dân vận chính quyền gắn với cải cách hành chính" năm 2014. Dự hội nghị có hơn 220 đại biểu là lãnh đạo các sở, ngành, UBND 15 quận, huyện và các phường, xã, thị trấn.
Theo đồng chí Phạm Thị Hải Yến, Thành ủy viên, Trưởng Ban Dân vận Thành ủy, sau 3 năm thực hiện Chỉ thị 15-CT/TU ngày 20/4/2011 của Ban Thường vụ Thành ủy về tăng cường công tác dân vận của chính quyền các cấp, bộ phận một cửa của 223 xã, phường, thị trấn đã đi vào nền nếp. UBND thành phố đã ban hành Quyết định số 1048/QĐ-UBND ngày 05/6/2013 về quy chế tiếp công dân, Chỉ thị số 09/CT-UBND về chấn chỉnh lề lối làm việc của cán bộ, công chức.
Năm 2013, các cơ quan hành chính đã công khai 1.962 thủ tục hành chính; 89% người dân được khảo sát hài lòng với thái độ phục vụ. Thành phố tổ chức 64 hội nghị đối thoại với doanh nghiệp, người dân; tiếp nhận và xử lý 2.418 phản ánh, kiến nghị qua đường dây nóng.
Tham luận tại hội nghị, ông Vũ Đức Thắng, HUV, Chủ tịch UBND xã Đại Hợp, chia sẻ việc công khai thu chi, đóng góp của nhân dân trên bảng tin 8 thôn; ông Bùi Ngọc Khuê, Trưởng phòng Cải cách hành chính Sở Nội vụ, nêu những thủ tục người dân còn phải đi lại nhiều lần. Bà Đoàn Thị Nhung, Phó Bí thư Thường trực Đảng ủy phường Lạch Tray, cho biết phường lập "Sổ ghi ý kiến công dân" tại bộ phận một cửa.
Kết luận hội nghị, đồng chí Đồng Xuân Khải, Phó Bí thư Thành ủy, Chủ tịch UBND thành phố, yêu cầu thủ trưởng các cơ quan trực tiếp đối thoại với dân; mỗi năm tổ chức ít nhất 2 cuộc đối thoại định kỳ; xử lý nghiêm cán bộ gây phiền hà, sách nhiễu. Thành phố dành khoảng 4,5 tỷ đồng nâng cấp bộ phận một cửa cấp xã trong năm 2014.
Nhiều ý kiến tại hội nghị cho rằng vẫn còn tình trạng hồ sơ trễ hẹn nhưng không có văn bản xin lỗi người dân; việc lấy ý kiến nhân dân về các dự án chỉnh trang đô thị ở một số quận còn hình thức. Các đại biểu đề nghị thành phố sớm đưa chỉ số hài lòng của người dân vào tiêu chí bình xét thi đua cuối năm của cơ quan hành chính các cấp.
Thu Hằng
Tin liên quan
- Kiến Thụy ra mắt mô hình "Dân vận khéo" trong xây dựng nông thôn mới (22/05/2014)
- Ban Dân vận Thành ủy kiểm tra Quy chế dân chủ tại quận Lê Chân (15/05/2014)
- An Dương đối thoại với hộ dân bị thu hồi đất (07/05/2014)
- Thủy Nguyên: nâng cao chất lượng tiếp công dân ở cơ sở (28/04/2014)
- Ngô Quyền khảo sát sự hài lòng của người dân (18/04/2014)
""", "2014-05-29", "Dân vận chính quyền gắn với cải cách hành chính: người dân là trung tâm",
E("hoi_nghi", "2014", "2014-05-28"),
[P("Đồng Xuân Khải", "Phó Bí thư Thành ủy", "Chủ tịch UBND thành phố"),
 P("Phạm Thị Hải Yến", "Thành ủy viên", "Trưởng Ban Dân vận Thành ủy"),
 P("Vũ Đức Thắng", "HUV", "Chủ tịch UBND xã Đại Hợp"),
 P("Bùi Ngọc Khuê", "Trưởng phòng Cải cách hành chính Sở Nội vụ"),
 P("Đoàn Thị Nhung", "Phó Bí thư Thường trực Đảng ủy phường Lạch Tray")],
[Q("hơn 220 đại biểu", 220, "đại biểu", "over"), Q("15 quận, huyện", 15, "quận, huyện"),
 Q("223 xã, phường, thị trấn", 223, "xã, phường, thị trấn"), Q("1.962 thủ tục hành chính", 1962, "thủ tục hành chính"),
 Q("89%", 89, "%"), Q("64 hội nghị đối thoại", 64, "hội nghị đối thoại"), Q("2.418 phản ánh, kiến nghị", 2418, "phản ánh, kiến nghị"),
 Q("8 thôn", 8, "thôn"), Q("ít nhất 2 cuộc đối thoại định kỳ", 2, "cuộc đối thoại định kỳ", "over"),
 Q("khoảng 4,5 tỷ đồng", 4500000000, "đồng", "approx")],
[D("Chỉ thị", "15", "CT/TU", "2011-04-20", "Ban Thường vụ Thành ủy", "Chỉ thị 15-CT/TU ngày 20/4/2011 của Ban Thường vụ Thành ủy"),
 D("Quyết định", "1048", "QĐ-UBND", "2013-06-05", "UBND thành phố", "Quyết định số 1048/QĐ-UBND ngày 05/6/2013"),
 D("Chỉ thị", "09", "CT-UBND", None, "UBND thành phố", "Chỉ thị số 09/CT-UBND")],
[prov("Hải Phòng"), com("Đại Hợp"), com("Lạch Tray")],
["HẢI PHÒNG ĐIỆN TỬ", "Thời sự | Chính trị | Dân vận", "Đồng chí Đồng Xuân Khải phát biểu tại hội nghị.",
 "Công tác dân vận chính quyền gắn với cải cách hành chính", "Sổ ghi ý kiến công dân"],
["29-05-2014 10:35", "năm 2014", "3 năm", "Năm 2013", "mỗi năm"]))

PAGES.append(page("b3105-cantho-doithoai-2015", """
CỔNG THÔNG TIN ĐIỆN TỬ QUẬN NINH KIỀU - THÀNH PHỐ CẦN THƠ
Trang chủ > Tin tức > Dân vận
Ngày đăng 24/09/2015 | 14:20
Chủ tịch UBND quận đối thoại với nhân dân phường An Khánh
Ngày 22/9/2015, UBND quận Ninh Kiều phối hợp Ban Dân vận Quận ủy tổ chức hội nghị đối thoại giữa người đứng đầu chính quyền với nhân dân phường An Khánh năm 2015. Đồng chí Nguyễn Thanh Dũng, Quận ủy viên, Chủ tịch UBND quận chủ trì; cùng dự có các đồng chí Phó Chủ tịch UBND quận: Lê Văn Tâm, Trương Thị Bé Tư.
Quang cảnh buổi đối thoại. Ảnh: Kim Ngân
Hơn 150 người dân thuộc 9 khu vực của phường đã dự. Tại buổi đối thoại, 23 ý kiến được nêu trực tiếp, chủ yếu về tiến độ dự án khu đô thị Nam Long, ngập nước trên các tuyến hẻm, cấp giấy phép xây dựng và tình trạng buôn bán lấn chiếm lòng lề đường.
Bà Thạch Thị Sa Ri, người dân khu vực 3, phản ánh gia đình đã chờ hơn 2 năm vẫn chưa nhận đủ tiền bồi thường; ông Tô Văn Hên, khu vực 6, kiến nghị nạo vét rạch Cái Khế. Trả lời, ông Nguyễn Thanh Dũng cho biết quận đã bố trí khoảng 12 tỷ đồng chi trả cho 87 hộ còn lại trong quý IV; việc nạo vét đã được đưa vào Kế hoạch số 145/KH-UBND ngày 10/8/2015 của UBND quận.
Theo ông Lý Văn Sơn, Trưởng Ban Dân vận Quận ủy, thực hiện Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị và Chỉ thị 05, 06-CT/TU của Thành ủy Cần Thơ, năm 2015 quận đã tổ chức 12 cuộc đối thoại ở 12/12 phường, giải quyết tại chỗ 76% ý kiến. Các ý kiến chưa giải quyết được phân công cụ thể cho từng phòng, ban, có thời hạn trả lời bằng văn bản.
Bà Trần Ngọc Hà, Chủ tịch UBND phường An Khánh, cam kết trong 30 ngày sẽ trả lời bằng văn bản các kiến nghị thuộc thẩm quyền phường.
Tại buổi đối thoại, nhiều hộ dân còn nêu tình trạng rác thải tồn đọng ven rạch, đèn chiếu sáng hẻm hư hỏng chưa được thay; một số hộ kinh doanh đề nghị quận sắp xếp lại điểm buôn bán tạm để không ảnh hưởng thu nhập. Lãnh đạo các phòng Tài nguyên và Môi trường, Quản lý đô thị đã trả lời trực tiếp từng nội dung, hẹn kiểm tra thực tế trong tuần.
Ông Lý Văn Sơn cho biết, sau mỗi buổi đối thoại, Ban Dân vận Quận ủy sẽ theo dõi, đôn đốc việc thực hiện các cam kết và thông tin kết quả trên loa truyền thanh phường để người dân cùng giám sát.
Kim Ngân
Lượt truy cập: 85.420
Tin khác
- Phường Xuân Khánh ra mắt tổ dân vận khu vực (16/09/2015)
- Quận Ninh Kiều sơ kết 6 tháng công tác dân vận (10/07/2015)
- Hội thi "Dân vận khéo" quận Ninh Kiều năm 2015 (24/06/2015)
- Quận ủy Ninh Kiều triển khai Quy chế dân vận (12/06/2015)
- Phường Tân An công khai thủ tục hành chính tại khu vực (02/06/2015)
- Đối thoại về bồi thường dự án bờ kè sông Cần Thơ (20/05/2015)
""", "2015-09-24", "Chủ tịch UBND quận đối thoại với nhân dân phường An Khánh",
E("doi_thoai", "2015", "2015-09-22"),
[P("Nguyễn Thanh Dũng", "Quận ủy viên", "Chủ tịch UBND quận"),
 P("Lê Văn Tâm", "Phó Chủ tịch UBND quận"),
 P("Trương Thị Bé Tư", "Phó Chủ tịch UBND quận"),
 P("Thạch Thị Sa Ri"), P("Tô Văn Hên"),
 P("Lý Văn Sơn", "Trưởng Ban Dân vận Quận ủy"),
 P("Trần Ngọc Hà", "Chủ tịch UBND phường An Khánh")],
[Q("Hơn 150 người dân", 150, "người dân", "over"), Q("9 khu vực", 9, "khu vực"), Q("23 ý kiến", 23, "ý kiến"),
 Q("khoảng 12 tỷ đồng", 12000000000, "đồng", "approx"), Q("87 hộ", 87, "hộ"),
 Q("12 cuộc đối thoại", 12, "cuộc đối thoại"), Q("12/12 phường", 12, "phường"), Q("76%", 76, "%")],
[D("Kế hoạch", "145", "KH-UBND", "2015-08-10", "UBND quận", "Kế hoạch số 145/KH-UBND ngày 10/8/2015 của UBND quận"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị"),
 D("Chỉ thị", "05", "CT/TU", None, "Thành ủy Cần Thơ", "Chỉ thị 05, 06-CT/TU của Thành ủy Cần Thơ"),
 D("Chỉ thị", "06", "CT/TU", None, "Thành ủy Cần Thơ", "Chỉ thị 05, 06-CT/TU của Thành ủy Cần Thơ")],
[prov("Cần Thơ"), com("An Khánh")],
["CỔNG THÔNG TIN ĐIỆN TỬ QUẬN NINH KIỀU - THÀNH PHỐ CẦN THƠ", "Trang chủ > Tin tức > Dân vận", "Quang cảnh buổi đối thoại. Ảnh: Kim Ngân",
 "Nam Long", "rạch Cái Khế", "Lượt truy cập: 85.420"],
["Ngày đăng 24/09/2015 | 14:20", "khu vực 3", "khu vực 6", "hơn 2 năm", "quý IV", "30 ngày", "năm 2015", "Lượt truy cập: 85.420"]))

PAGES.append(page("b3106-hanoi-giamsat-2016", """
Báo Hà Nội Mới - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam thành phố Hà Nội
Chính trị › Xây dựng Đảng
17/11/2016 - 10:05
Giám sát việc tiếp công dân tại huyện Thạch Thất
(HNM) - Ngày 16/11, Đoàn giám sát của Ban Dân vận Thành ủy Hà Nội do đồng chí Đinh Công Thưởng, Phó Trưởng Ban Dân vận Thành ủy làm trưởng đoàn đã giám sát việc thực hiện công tác dân vận chính quyền, tiếp công dân và giải quyết khiếu nại, tố cáo năm 2016 tại huyện Thạch Thất.
Đoàn giám sát làm việc với UBND huyện Thạch Thất.
Báo cáo của UBND huyện cho biết, theo Chỉ thị 03-CT/TU ngày 22/3/2016 của Thành ủy về tăng cường tiếp công dân, từ đầu năm đến nay lãnh đạo huyện đã tiếp 47 buổi định kỳ với 326 lượt công dân; tiếp nhận 518 đơn thư, đã giải quyết 471 đơn, đạt 90,9%. Bộ phận một cửa huyện và 23 xã, thị trấn đã tiếp nhận gần 19.600 hồ sơ, trả đúng hạn 98,2%.
Huyện đã tổ chức 6 hội nghị đối thoại về bồi thường, giải phóng mặt bằng dự án đường trục Tây Thăng Long và khu công nghệ cao Hòa Lạc, vận động 1.152 hộ dân bàn giao mặt bằng. Tuy nhiên, còn 9 vụ việc khiếu nại đông người kéo dài từ năm 2014.
Bà Kiều Thị Huyền, Phó Chủ tịch UBND huyện Thạch Thất, giải trình thêm về nguyên nhân chậm giải quyết ở xã Tân Xã và xã Hạ Bằng. Ông Nguyễn Đình Lộc, Chủ tịch UBND xã Tân Xã, cho biết xã đã lập tổ công tác gồm 7 thành viên đến từng hộ để vận động.
Kết luận buổi giám sát, đồng chí Đinh Công Thưởng đề nghị huyện tiếp tục thực hiện Kết luận 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao hiệu quả công tác dân vận của cơ quan nhà nước, chính quyền các cấp; người đứng đầu phải trực tiếp đối thoại khi phát sinh khiếu kiện đông người; hoàn thành giải quyết các vụ việc tồn đọng trước ngày 31/12/2016.
Qua giám sát, đoàn cũng chỉ ra một số hạn chế: việc ghi sổ tiếp công dân ở một số xã chưa đầy đủ; có đơn thư chuyển qua nhiều cấp nhưng không thông báo kết quả cho người gửi; việc công khai quy hoạch, phương án bồi thường chưa kịp thời nên người dân chưa đồng thuận. Một số cán bộ địa chính còn để hồ sơ trễ hẹn mà không có phiếu hẹn lại.
Cùng dự có đồng chí Hoàng Thị Mai Phương, Trưởng phòng Dân vận chính quyền Ban Dân vận Thành ủy.
Ngọc Minh
Tin liên quan
- Ban Dân vận Thành ủy giám sát tại quận Cầu Giấy (03/11/2016)
- Mỹ Đức: đối thoại với nhân dân xã Hương Sơn (25/10/2016)
- Hội nghị giao ban công tác dân vận quý III (06/10/2016)
- Ba Vì: vận động đồng bào Mường, Dao giữ rừng (28/09/2016)
- Quốc Oai tổ chức đối thoại với hộ dân xã Sài Sơn (20/09/2016)
- Tập huấn kỹ năng tiếp dân cho cán bộ một cửa (09/09/2016)
- Đông Anh công khai phương án bồi thường dự án cầu Nhật Tân (30/08/2016)
""", "2016-11-17", "Giám sát việc tiếp công dân tại huyện Thạch Thất",
E("giam_sat", "2016", "2016-11-16"),
[P("Đinh Công Thưởng", "Phó Trưởng Ban Dân vận Thành ủy", "trưởng đoàn"),
 P("Kiều Thị Huyền", "Phó Chủ tịch UBND huyện Thạch Thất"),
 P("Nguyễn Đình Lộc", "Chủ tịch UBND xã Tân Xã"),
 P("Hoàng Thị Mai Phương", "Trưởng phòng Dân vận chính quyền Ban Dân vận Thành ủy")],
[Q("47 buổi", 47, "buổi"), Q("326 lượt công dân", 326, "lượt công dân"), Q("518 đơn thư", 518, "đơn thư"), Q("471 đơn", 471, "đơn"),
 Q("90,9%", 90.9, "%"), Q("23 xã, thị trấn", 23, "xã, thị trấn"), Q("gần 19.600 hồ sơ", 19600, "hồ sơ", "approx"), Q("98,2%", 98.2, "%"),
 Q("6 hội nghị đối thoại", 6, "hội nghị đối thoại"), Q("1.152 hộ dân", 1152, "hộ dân"),
 Q("9 vụ việc khiếu nại đông người", 9, "vụ việc khiếu nại đông người"), Q("7 thành viên", 7, "thành viên")],
[D("Chỉ thị", "03", "CT/TU", "2016-03-22", "Thành ủy", "Chỉ thị 03-CT/TU ngày 22/3/2016 của Thành ủy"),
 D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận 114-KL/TW ngày 14/7/2015 của Ban Bí thư")],
[prov("Hà Nội"), com("Tân Xã"), com("Hạ Bằng")],
["Báo Hà Nội Mới - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam thành phố Hà Nội", "Chính trị › Xây dựng Đảng",
 "Đoàn giám sát làm việc với UBND huyện Thạch Thất.", "(HNM)", "Tây Thăng Long", "Hòa Lạc"],
["17/11/2016 - 10:05", "năm 2016", "năm 2014", "31/12/2016"]))
