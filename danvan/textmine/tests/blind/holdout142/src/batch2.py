from lib import *
PAGES = []

PAGES.append(page("b3371-quangninh-tinhdoan-giaoban-2017", """
TỈNH ĐOÀN QUẢNG NINH
Trang chủ › Tin hoạt động › Tình nguyện vì cộng đồng
Thứ Sáu, 06/10/2017 | 15:20
Ảnh: Các đại biểu dự hội nghị giao ban.
"Ngày Chủ nhật xanh" thu hút hơn 45.000 lượt đoàn viên tham gia
Ngày 5/10, Ban Thường vụ Tỉnh đoàn Quảng Ninh tổ chức hội nghị giao ban công tác Đoàn và phong trào thanh thiếu nhi quý III năm 2017, triển khai nhiệm vụ quý IV. Đồng chí Đặng Thị Thu Trang, Ủy viên Ban Chấp hành Trung ương Đoàn, Bí thư Tỉnh đoàn chủ trì.
Trong quý III, các cơ sở Đoàn đã duy trì hoạt động "Ngày Chủ nhật xanh" vào Chủ nhật tuần cuối mỗi tháng với hơn 45.000 lượt đoàn viên, thanh niên tham gia; thu gom khoảng 310 tấn rác thải, trong đó có gần 60 tấn rác thải nhựa trên các bãi biển Trà Cổ, Quan Lạn, Bãi Cháy; khơi thông 27 km kênh mương; trồng 8.500 cây xanh. Tỉnh đoàn đã thực hiện Kế hoạch số 89-KH/TĐTN về triển khai phong trào "Thanh niên Quảng Ninh chung tay bảo vệ môi trường biển" và Hướng dẫn 14-HD/TĐTN về chấm điểm công trình thanh niên.
Đoàn Thanh niên huyện Vân Đồn ra mắt 15 "Tuyến đường thanh niên tự quản"; Đoàn xã Quan Lạn vận động 120 hộ kinh doanh dịch vụ du lịch ký cam kết không sử dụng ống hút nhựa. Thành đoàn Hạ Long phối hợp tổ chức chiến dịch "Hạ Long xanh" với 3.200 đoàn viên, thu gom khoảng 15 tấn rác trên vịnh.
Tại hội nghị, đồng chí Lỷ Văn Sáng, Bí thư Huyện đoàn Bình Liêu, chia sẻ cách vận động thanh niên người Tày, Dao ở các bản vùng cao thu gom bao bì thuốc bảo vệ thực vật. Đồng chí Phạm Minh Hải, Bí thư Đoàn xã Hải Xuân, thành phố Móng Cái, đề nghị Tỉnh đoàn hỗ trợ 20 thùng rác phân loại đặt tại bãi biển Trà Cổ.
Phát biểu kết luận, đồng chí Đặng Thị Thu Trang yêu cầu quý IV các cơ sở Đoàn tiếp tục thực hiện Chỉ thị số 17-CT/TU ngày 10/4/2017 của Ban Thường vụ Tỉnh ủy về tăng cường công tác bảo vệ môi trường, phấn đấu mỗi cơ sở Đoàn có ít nhất 1 công trình thanh niên về bảo vệ môi trường; chuẩn bị tốt Đại hội Đoàn các cấp.
Hội nghị cũng thống nhất trong quý IV sẽ tổ chức tổng kết, khen thưởng các tập thể, cá nhân tiêu biểu trong hoạt động "Ngày Chủ nhật xanh", đồng thời phát động cuộc thi ảnh "Biển đảo Quảng Ninh xanh" dành cho đoàn viên, thanh niên trên địa bàn tỉnh Quảng Ninh.
Thu Hằng (Tỉnh đoàn)
Xem thêm
- Đoàn khối các cơ quan tỉnh ra quân làm sạch bờ biển (30/09/2017)
- Tỉnh đoàn tặng 500 suất quà Trung thu cho thiếu nhi vùng cao (28/09/2017)
- Khai mạc trại hè thanh thiếu nhi biển đảo (20/08/2017)
- Đông Triều: Đoàn viên trồng 1.000 cây xanh (10/08/2017)
- Cô Tô: thanh niên nhặt rác nhựa trên đảo Thanh Lân (02/08/2017)
- Hội nghị Ban Chấp hành Tỉnh đoàn lần thứ 8, khóa XIII (25/07/2017)
""", "2017-10-06", "\"Ngày Chủ nhật xanh\" thu hút hơn 45.000 lượt đoàn viên tham gia",
E("giao_ban", "2017-Q3", "2017-10-05"),
[P("Đặng Thị Thu Trang", "Ủy viên Ban Chấp hành Trung ương Đoàn", "Bí thư Tỉnh đoàn"),
 P("Lỷ Văn Sáng", "Bí thư Huyện đoàn Bình Liêu"),
 P("Phạm Minh Hải", "Bí thư Đoàn xã Hải Xuân")],
[Q("hơn 45.000 lượt đoàn viên", 45000, "lượt đoàn viên", "over"), Q("khoảng 310 tấn", 310, "tấn", "approx"),
 Q("gần 60 tấn", 60, "tấn", "approx"), Q("27 km", 27, "km"), Q("8.500 cây xanh", 8500, "cây xanh"),
 Q("15 \"Tuyến đường thanh niên tự quản\"", 15, "Tuyến đường thanh niên tự quản"),
 Q("120 hộ kinh doanh dịch vụ du lịch", 120, "hộ kinh doanh dịch vụ du lịch"),
 Q("3.200 đoàn viên", 3200, "đoàn viên"), Q("khoảng 15 tấn", 15, "tấn", "approx"),
 Q("20 thùng rác phân loại", 20, "thùng rác phân loại")],
[D("Kế hoạch", "89", "KH/TĐTN", None, None, "Kế hoạch số 89-KH/TĐTN"),
 D("Hướng dẫn", "14", "HD/TĐTN", None, None, "Hướng dẫn 14-HD/TĐTN"),
 D("Chỉ thị", "17", "CT/TU", "2017-04-10", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 17-CT/TU ngày 10/4/2017")],
[prov("Quảng Ninh"), com("Quan Lạn"), com("Hải Xuân")],
["TỈNH ĐOÀN QUẢNG NINH", "Trang chủ › Tin hoạt động › Tình nguyện vì cộng đồng", "Ảnh: Các đại biểu dự hội nghị giao ban.",
 "Ngày Chủ nhật xanh", "Thanh niên Quảng Ninh chung tay bảo vệ môi trường biển", "Hạ Long xanh", "Biển đảo Quảng Ninh xanh"],
["Thứ Sáu, 06/10/2017 | 15:20", "quý III năm 2017", "quý IV", "Chủ nhật tuần cuối mỗi tháng", "ít nhất 1 công trình thanh niên"]))

PAGES.append(page("b3372-ninhthuan-hlhpn-racnhua-2018", """
Hội LHPN tỉnh Ninh Thuận
Tin tức - Sự kiện :: Phụ nữ với môi trường
Cập nhật lúc 17:05 ngày 12/06/2018
Phụ nữ Ninh Thuận nói không với túi ni lông
Sáng 11/6, Hội LHPN tỉnh tổ chức hội nghị phát động phong trào "Phụ nữ Ninh Thuận chống rác thải nhựa" năm 2018, hưởng ứng Ngày Môi trường thế giới 5/6 và Tháng hành động vì môi trường. Dự hội nghị có bà Đàng Thị Mỹ Hương, Chủ tịch Hội LHPN tỉnh; ông Lê Văn Bình, Phó Giám đốc Sở Tài nguyên và Môi trường cùng 250 cán bộ, hội viên phụ nữ đến từ 7 huyện, thành phố.
Hội viên phụ nữ nhận túi vải, giỏ nhựa đi chợ tại hội nghị.
Thực hiện Kế hoạch số 43/KH-HLHPN ngày 15/5/2018 của Ban Thường vụ Hội LHPN tỉnh, phong trào được triển khai trong 2 năm, với mục tiêu mỗi cơ sở Hội xây dựng ít nhất 1 mô hình "Chợ giảm rác thải nhựa" hoặc "Chi hội không túi ni lông". Theo bà Bá Thị Sen, Phó Chủ tịch Hội LHPN tỉnh, mỗi ngày một hộ gia đình ở nông thôn Ninh Thuận thải ra trung bình 5 - 7 túi ni lông; toàn tỉnh có khoảng 47 chợ, trong đó nhiều chợ chưa có nơi tập kết rác.
Tại hội nghị, chị Thập Thị Hồng, Chủ tịch Hội LHPN xã Phước Hậu, huyện Ninh Phước, chia sẻ mô hình "Đổi rác lấy quà" ở làng Chăm Hiếu Thiện: sau 3 tháng, 186 hội viên đã đổi được hơn 1,2 tấn chai nhựa, giấy vụn lấy gạo, muối, xà phòng; số tiền bán phế liệu khoảng 9,5 triệu đồng được đưa vào quỹ giúp chị em nghèo. Chị Katơr Thị Nga, Chi hội trưởng phụ nữ thôn Tà Lọt, xã Phước Bình, cho biết chị em người Raglai đã quen mang gùi đi chợ thay cho túi ni lông.
Phát biểu phát động, bà Đàng Thị Mỹ Hương đề nghị các cấp Hội bám sát Chỉ thị số 19-CT/TU ngày 02/4/2018 của Tỉnh ủy về tăng cường công tác quản lý chất thải rắn và Kế hoạch 1523/KH-UBND của UBND tỉnh; phấn đấu đến cuối năm 2018 có 30% hội viên sử dụng túi thân thiện với môi trường.
Dịp này, Hội LHPN tỉnh trao 1.000 túi vải, 500 giỏ nhựa đi chợ cho hội viên; Công ty Cổ phần Nước khoáng Phước Nhơn hỗ trợ 15 triệu đồng để nhân rộng mô hình "Đổi rác lấy quà". Sau hội nghị, các đại biểu diễu hành tuyên truyền quanh chợ Phan Rang.
Theo kế hoạch, trong tháng 6 và tháng 7, các cấp Hội sẽ tổ chức sinh hoạt chuyên đề "Phụ nữ nói không với túi ni lông" ở tất cả chi hội, phối hợp ban quản lý chợ, tiểu thương cùng thực hiện.
Bà Đàng Thị Mỹ Hương cũng lưu ý, rác thải nhựa ở các làng chài ven biển như Sơn Hải, Mỹ Tân đang là vấn đề bức xúc; các cấp Hội cần phối hợp với chính quyền và ngư dân thu gom rác trên bãi biển, không để rác trôi ra biển. Hội LHPN tỉnh Ninh Thuận sẽ tổ chức kiểm tra, đánh giá kết quả phong trào vào cuối năm.
Thanh Nguyên
Lượt đọc: 856
Các tin khác
- Hội LHPN huyện Ninh Hải ra mắt câu lạc bộ "Phụ nữ bảo vệ môi trường biển" (04/06/2018)
- Trao 20 con bò giống cho phụ nữ nghèo Bác Ái (25/05/2018)
- Hội thi "Gia đình xanh" huyện Thuận Bắc (16/05/2018)
""", "2018-06-12", "Phụ nữ Ninh Thuận nói không với túi ni lông",
E("hoi_nghi", "2018", "2018-06-11"),
[P("Đàng Thị Mỹ Hương", "Chủ tịch Hội LHPN tỉnh"),
 P("Lê Văn Bình", "Phó Giám đốc Sở Tài nguyên và Môi trường"),
 P("Bá Thị Sen", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Thập Thị Hồng", "Chủ tịch Hội LHPN xã Phước Hậu"),
 P("Katơr Thị Nga", "Chi hội trưởng phụ nữ thôn Tà Lọt")],
[Q("250 cán bộ, hội viên phụ nữ", 250, "cán bộ, hội viên phụ nữ"), Q("7 huyện, thành phố", 7, "huyện, thành phố"), Q("khoảng 47 chợ", 47, "chợ", "approx"),
 Q("186 hội viên", 186, "hội viên"), Q("hơn 1,2 tấn", 1.2, "tấn", "over"),
 Q("khoảng 9,5 triệu đồng", 9500000, "đồng", "approx"), Q("30%", 30, "%"),
 Q("1.000 túi vải", 1000, "túi vải"), Q("500 giỏ nhựa", 500, "giỏ nhựa"), Q("15 triệu đồng", 15000000, "đồng")],
[D("Kế hoạch", "43", "KH-HLHPN", "2018-05-15", "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch số 43/KH-HLHPN ngày 15/5/2018"),
 D("Chỉ thị", "19", "CT/TU", "2018-04-02", "Tỉnh ủy", "Chỉ thị số 19-CT/TU ngày 02/4/2018"),
 D("Kế hoạch", "1523", "KH-UBND", None, "UBND tỉnh", "Kế hoạch 1523/KH-UBND")],
[prov("Ninh Thuận"), com("Phước Hậu"), com("Phước Bình")],
["Hội LHPN tỉnh Ninh Thuận", "Tin tức - Sự kiện :: Phụ nữ với môi trường",
 "Hội viên phụ nữ nhận túi vải, giỏ nhựa đi chợ tại hội nghị.", "Phụ nữ Ninh Thuận chống rác thải nhựa",
 "Chợ giảm rác thải nhựa", "Chi hội không túi ni lông", "Đổi rác lấy quà", "Phụ nữ nói không với túi ni lông", "Lượt đọc: 856"],
["Cập nhật lúc 17:05 ngày 12/06/2018", "Ngày Môi trường thế giới 5/6", "2 năm", "5 - 7 túi ni lông", "3 tháng",
 "tháng 6 và tháng 7", "ít nhất 1 mô hình", "Lượt đọc: 856"]))

PAGES.append(page("b3373-phutho-bdv-soket-2019", """
BAN DÂN VẬN TỈNH ỦY PHÚ THỌ
Trang chủ - Dân vận các cấp - Dân vận khéo
18.07.2019 | 08:30
Toàn cảnh hội nghị.
Nhân rộng mô hình giảm rác thải nhựa trong khối dân vận
Ngày 16/7/2019, Ban Dân vận Tỉnh ủy Phú Thọ tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2019, trong đó dành thời lượng đánh giá phong trào "Chống rác thải nhựa" do Mặt trận và các đoàn thể phát động. Đồng chí Hà Văn Kiên, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.
Báo cáo do đồng chí Nguyễn Thị Thanh Tâm, Phó Trưởng Ban Dân vận Tỉnh ủy trình bày cho biết, Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận 215, 216-KL/TU về công tác dân vận trong xây dựng nông thôn mới và về vận động nhân dân giữ gìn vệ sinh môi trường; phối hợp hướng dẫn thực hiện Kế hoạch số 2150/KH-UBND ngày 10/5/2019 của UBND tỉnh về giảm thiểu chất thải nhựa và hướng dẫn số 24-HD/BDVTU về đăng ký mô hình "Dân vận khéo" năm 2019.
Hội viên phụ nữ xã Tiên Lương sử dụng làn đi chợ.
Trong 6 tháng, toàn tỉnh có 218 mô hình "Dân vận khéo" về bảo vệ môi trường, trong đó 41 mô hình cấp tỉnh; 1.450 khu dân cư ra quân tổng vệ sinh vào sáng Chủ nhật; gần 9.000 hộ ký cam kết hạn chế sử dụng túi ni lông, đồ nhựa dùng một lần. Hội LHPN tỉnh trao tặng 12.000 làn nhựa đi chợ; Tỉnh đoàn duy trì 312 "Tuyến đường thanh niên xanh - sạch - đẹp".
Tại hội nghị, đồng chí Đinh Công Hùng, HUV, Trưởng Ban Dân vận Huyện ủy Tân Sơn, chia sẻ kinh nghiệm vận động đồng bào Mường xóm Dù, xã Xuân Sơn bỏ thói quen đốt rác nhựa. Bà Hà Thị Thu, Chủ tịch Hội LHPN xã Tiên Lương, huyện Cẩm Khê, cho biết mô hình "Chi hội phụ nữ không rác thải nhựa" đã giúp giảm khoảng 70% lượng túi ni lông ở chợ xã.
Phát biểu kết luận, đồng chí Hà Văn Kiên đề nghị 6 tháng cuối năm các cấp ủy tiếp tục thực hiện Quy chế dân vận, chú trọng công tác dân vận chính quyền trong quản lý chất thải; phấn đấu 100% cơ quan khối dân vận không sử dụng chai nhựa dùng một lần trong các hội nghị.
Hội nghị cũng chỉ rõ một số hạn chế: việc phân loại rác tại nguồn mới dừng ở mức thí điểm; một số nơi tổ chức phong trào còn hình thức, ra quân rầm rộ nhưng thiếu duy trì; tình trạng vứt vỏ bao bì thuốc bảo vệ thực vật bên bờ ruộng, kênh mương vẫn còn phổ biến ở các xã vùng trũng. Các đại biểu đề nghị Ban Dân vận Tỉnh ủy Phú Thọ tham mưu cơ chế hỗ trợ kinh phí cho các tổ tự quản vệ sinh môi trường, biểu dương kịp thời những điển hình.
Đỗ Quyên
Lượt xem: 1.011
Tin liên quan
- Cẩm Khê: ra mắt 10 mô hình "Dân vận khéo" (02/07/2019)
- Tập huấn nghiệp vụ công tác dân vận năm 2019 (20/06/2019)
- Hội nghị giao ban khối dân vận quý II (10/06/2019)
- Thanh Sơn trao 200 suất quà cho hộ nghèo (30/05/2019)
""", "2019-07-18", "Nhân rộng mô hình giảm rác thải nhựa trong khối dân vận",
E("so_ket", "2019-H1", "2019-07-16"),
[P("Hà Văn Kiên", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Thanh Tâm", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đinh Công Hùng", "HUV", "Trưởng Ban Dân vận Huyện ủy Tân Sơn"),
 P("Hà Thị Thu", "Chủ tịch Hội LHPN xã Tiên Lương")],
[Q("218 mô hình", 218, "mô hình"), Q("41 mô hình cấp tỉnh", 41, "mô hình cấp tỉnh"),
 Q("1.450 khu dân cư", 1450, "khu dân cư"), Q("gần 9.000 hộ", 9000, "hộ", "approx"),
 Q("12.000 làn nhựa đi chợ", 12000, "làn nhựa đi chợ"),
 Q("312 \"Tuyến đường thanh niên xanh - sạch - đẹp\"", 312, "Tuyến đường thanh niên xanh - sạch - đẹp"),
 Q("khoảng 70%", 70, "%", "approx"), Q("100%", 100, "%")],
[D("Kết luận", "215", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 215, 216-KL/TU"),
 D("Kết luận", "216", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 215, 216-KL/TU"),
 D("Kế hoạch", "2150", "KH-UBND", "2019-05-10", "UBND tỉnh", "Kế hoạch số 2150/KH-UBND ngày 10/5/2019"),
 D("Hướng dẫn", "24", "HD/BDVTU", None, None, "hướng dẫn số 24-HD/BDVTU")],
[prov("Phú Thọ"), com("Xuân Sơn"), com("Tiên Lương")],
["BAN DÂN VẬN TỈNH ỦY PHÚ THỌ", "Trang chủ - Dân vận các cấp - Dân vận khéo", "Toàn cảnh hội nghị.",
 "Hội viên phụ nữ xã Tiên Lương sử dụng làn đi chợ.", "Chống rác thải nhựa", "Dân vận khéo",
 "Chi hội phụ nữ không rác thải nhựa", "Quy chế dân vận", "Lượt xem: 1.011"],
["18.07.2019 | 08:30", "6 tháng đầu năm 2019", "Trong 6 tháng", "6 tháng cuối năm", "năm 2019", "Lượt xem: 1.011"]))

PAGES.append(page("b3374-soctrang-bdv-traoqua-chua-2019", """
Ban Dân vận Tỉnh ủy Sóc Trăng
Trang chủ | Tin tức | Công tác dân tộc, tôn giáo
Thứ 2, 25/11/2019 - 14:10
Trao 150 thùng rác cho các chùa Khmer xây dựng "Chùa xanh - sạch - đẹp"
Ngày 22/11/2019, Ban Dân vận Tỉnh ủy phối hợp Hội Đoàn kết sư sãi yêu nước tỉnh tổ chức trao tặng 150 thùng rác phân loại cho 30 chùa Phật giáo Nam tông Khmer ở thị xã Vĩnh Châu và huyện Trần Đề, nhằm hỗ trợ các chùa thực hiện mô hình "Chùa xanh - sạch - đẹp".
Đại diện Ban Dân vận Tỉnh ủy trao thùng rác cho các chùa.
Dự buổi trao tặng có bà Lâm Thị Sa Pha, Phó Trưởng Ban Dân vận Tỉnh ủy; Hòa thượng Thạch Sóc Phol, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh; ông Sơn Thanh Liêm, Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy cùng đại diện Ban Quản trị các chùa.
Mỗi chùa nhận 5 thùng rác loại 120 lít, 1 bộ tài liệu hướng dẫn phân loại rác; tổng kinh phí hơn 120 triệu đồng do Ban Dân vận Tỉnh ủy vận động các doanh nghiệp tài trợ. Trước đó, thực hiện Kế hoạch số 62-KH/BDVTU ngày 18/3/2019 của Ban Dân vận Tỉnh ủy về vận động chức sắc, chức việc tham gia bảo vệ môi trường, toàn tỉnh đã có 47 chùa đăng ký xây dựng mô hình, với khoảng 1.800 sư sãi và 6.500 phật tử tham gia trồng cây, quét dọn khuôn viên chùa và các tuyến đường trong phum, sóc.
Phát biểu tại buổi trao tặng, bà Lâm Thị Sa Pha cho biết, từ khi thực hiện Chỉ thị 09, 10-CT/TU của Ban Thường vụ Tỉnh ủy về công tác vận động đồng bào Khmer và về tăng cường bảo vệ môi trường nông thôn, nhiều chùa đã trở thành trung tâm tuyên truyền giữ gìn vệ sinh trong cộng đồng. Chùa Prêk Chru (xã Vĩnh Hải) có Đại đức Kim Sa Vươn, trụ trì chùa Prêk Chru, vận động bà con phum sóc trồng 1.200 cây dầu, cây sao trong 2 năm.
Thay mặt các chùa, Hòa thượng Thạch Sóc Phol cảm ơn sự quan tâm của cấp ủy, chính quyền và hứa sẽ vận động sư sãi, phật tử giữ gìn khuôn viên chùa sạch đẹp, hạn chế sử dụng túi ni lông trong các dịp lễ Chôl Chnăm Thmây, Sene Dolta, Ok Om Bok. Ông Danh Sóc, Achar chùa Sà Lôn, xã Lai Hòa, cho biết mỗi dịp lễ chùa thu gom khoảng 300 kg rác.
Dịp này, Ban Dân vận Tỉnh ủy trao 20 phần quà, mỗi phần trị giá 500.000 đồng, cho các vị sư sãi có hoàn cảnh khó khăn.
Theo kế hoạch, đến năm 2020 Ban Dân vận Tỉnh ủy Sóc Trăng phối hợp với Hội Đoàn kết sư sãi yêu nước tỉnh nhân rộng mô hình ra các chùa ở huyện Mỹ Xuyên, Châu Thành và Long Phú.
Lâm Hoàng
Tin liên quan
- Họp mặt chức sắc, chức việc nhân lễ Ok Om Bok (12/11/2019)
- Tập huấn công tác dân tộc cho cán bộ cơ sở (30/10/2019)
- Ban Dân vận Tỉnh ủy thăm chùa Som Rông (15/10/2019)
- Vĩnh Châu: ra mắt mô hình "Phum sóc xanh" (02/10/2019)
- Trao 50 suất học bổng cho học sinh Khmer nghèo (20/09/2019)
""", "2019-11-25", "Trao 150 thùng rác cho các chùa Khmer xây dựng \"Chùa xanh - sạch - đẹp\"",
E("trao_qua", None, "2019-11-22"),
[P("Lâm Thị Sa Pha", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thạch Sóc Phol", "Hòa thượng", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
 P("Sơn Thanh Liêm", "Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy"),
 P("Kim Sa Vươn", "Đại đức", "trụ trì chùa Prêk Chru"),
 P("Danh Sóc", "Achar chùa Sà Lôn")],
[Q("150 thùng rác", 150, "thùng rác"), Q("30 chùa Phật giáo Nam tông Khmer", 30, "chùa Phật giáo Nam tông Khmer"),
 Q("5 thùng rác", 5, "thùng rác"), Q("120 lít", 120, "lít"), Q("hơn 120 triệu đồng", 120000000, "đồng", "over"),
 Q("47 chùa", 47, "chùa"), Q("khoảng 1.800 sư sãi", 1800, "sư sãi", "approx"), Q("6.500 phật tử", 6500, "phật tử"),
 Q("1.200 cây dầu, cây sao", 1200, "cây dầu, cây sao"), Q("khoảng 300 kg", 300, "kg", "approx"),
 Q("20 phần quà", 20, "phần quà"), Q("500.000 đồng", 500000, "đồng")],
[D("Kế hoạch", "62", "KH/BDVTU", "2019-03-18", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 62-KH/BDVTU ngày 18/3/2019"),
 D("Chỉ thị", "09", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 09, 10-CT/TU"),
 D("Chỉ thị", "10", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 09, 10-CT/TU")],
[prov("Sóc Trăng"), com("Vĩnh Hải"), com("Lai Hòa")],
["Ban Dân vận Tỉnh ủy Sóc Trăng", "Trang chủ | Tin tức | Công tác dân tộc, tôn giáo",
 "Đại diện Ban Dân vận Tỉnh ủy trao thùng rác cho các chùa.", "Chùa xanh - sạch - đẹp", "Hội Đoàn kết sư sãi yêu nước tỉnh",
 "Chôl Chnăm Thmây", "Sene Dolta", "Ok Om Bok"],
["Thứ 2, 25/11/2019 - 14:10", "1 bộ tài liệu", "2 năm", "đến năm 2020"]))

PAGES.append(page("b3375-hagiang-tinhdoan-tongket-2020", """
Hôm nay: Thứ Tư, 06/01/2021
TỈNH ĐOÀN HÀ GIANG - TUỔI TRẺ VÙNG CAO
Trang chủ / Hoạt động Đoàn / Tin tổng hợp
2020-12-29 10:12
Ảnh: Đồng chí Bí thư Tỉnh đoàn trao bằng khen cho các tập thể.
Tuổi trẻ Hà Giang: 52 công trình thanh niên vì môi trường
Ngày 28/12/2020, Ban Chấp hành Tỉnh đoàn Hà Giang tổ chức hội nghị tổng kết công tác Đoàn và phong trào thanh thiếu nhi năm 2020, triển khai nhiệm vụ năm 2021. Đồng chí Nông Thị Hương, Ủy viên Ban Chấp hành Trung ương Đoàn, Bí thư Tỉnh đoàn khóa XVII chủ trì hội nghị.
Năm 2020, thực hiện Chương trình hành động số 08-CTr/TĐTN của Ban Thường vụ Tỉnh đoàn về "Tuổi trẻ Hà Giang chung tay bảo vệ môi trường" và Kế hoạch số 215-KH/TĐTN ngày 15/01/2020 về tổ chức "Ngày Chủ nhật xanh", các cấp bộ Đoàn đã đảm nhận 52 công trình thanh niên vì môi trường, tổng trị giá khoảng 3,4 tỷ đồng; tổ chức 1.260 buổi "Ngày Chủ nhật xanh" với hơn 38.000 lượt đoàn viên, thanh niên tham gia; trồng 46.000 cây xanh, cây ăn quả; thu gom gần 90 tấn rác thải, vỏ bao bì thuốc bảo vệ thực vật.
Đồng chí Vàng Mí Sính, Phó Bí thư Tỉnh đoàn báo cáo: nhiều cơ sở Đoàn ở 4 huyện vùng cao núi đá Đồng Văn, Mèo Vạc, Yên Minh, Quản Bạ đã vận động đồng bào Mông làm hố rác tại gia đình, xây 215 nhà tiêu hợp vệ sinh; Đoàn xã Lũng Cú xây dựng mô hình "Thôn bản sạch, không rác thải nhựa" ở 9 thôn.
Tại hội nghị, các đồng chí Bí thư Huyện đoàn: Triệu Thị Kiều (Hoàng Su Phì), Lò Văn Hạnh (Đồng Văn), Sùng Mí Lử (Mèo Vạc) chia sẻ cách làm trong vận động thanh niên dân tộc thiểu số tham gia giữ gìn vệ sinh thôn bản. Anh Ly Seo Chứ, Bí thư Chi đoàn thôn Lô Lô Chải, xã Lũng Cú, đề nghị hỗ trợ xe đẩy thu gom rác cho các thôn du lịch cộng đồng.
Phát biểu kết luận, đồng chí Nông Thị Hương yêu cầu năm 2021 các cấp bộ Đoàn tiếp tục thực hiện Nghị quyết số 05-NQ/TU ngày 20/4/2020 của Tỉnh ủy về phát triển du lịch gắn với bảo vệ cảnh quan, môi trường; duy trì "Ngày Chủ nhật xanh" vào Chủ nhật thứ hai hằng tháng.
Dịp này, Tỉnh đoàn tặng bằng khen cho 18 tập thể và 25 cá nhân.
Theo đánh giá chung, phong trào bảo vệ môi trường của tuổi trẻ Hà Giang năm 2020 có nhiều đổi mới, dù chịu ảnh hưởng của dịch COVID-19, các cơ sở Đoàn vẫn linh hoạt chia nhỏ lực lượng ra quân tại thôn, tổ dân phố.
Minh Đức
Tin khác
- Hội nghị Ban Chấp hành Đoàn xã Thuận Hòa mở rộng (20/12/2020)
- Mèo Vạc: thanh niên làm đường bê tông nông thôn (10/12/2020)
- Khởi công công trình "Thắp sáng đường biên" (28/11/2020)
- Tỉnh đoàn ra quân tình nguyện mùa đông năm 2020 (15/11/2020)
- Quản Bạ: thanh niên trồng 2.000 cây hoa dọc quốc lộ 4C (05/11/2020)
- Tập huấn kỹ năng cho Bí thư Chi đoàn thôn bản (20/10/2020)
""", "2020-12-29", "Tuổi trẻ Hà Giang: 52 công trình thanh niên vì môi trường",
E("tong_ket", "2020", "2020-12-28"),
[P("Nông Thị Hương", "Ủy viên Ban Chấp hành Trung ương Đoàn", "Bí thư Tỉnh đoàn khóa XVII"),
 P("Vàng Mí Sính", "Phó Bí thư Tỉnh đoàn"),
 P("Triệu Thị Kiều", "Bí thư Huyện đoàn"),
 P("Lò Văn Hạnh", "Bí thư Huyện đoàn"),
 P("Sùng Mí Lử", "Bí thư Huyện đoàn"),
 P("Ly Seo Chứ", "Bí thư Chi đoàn thôn Lô Lô Chải")],
[Q("52 công trình thanh niên", 52, "công trình thanh niên"), Q("khoảng 3,4 tỷ đồng", 3400000000, "đồng", "approx"),
 Q("1.260 buổi", 1260, "buổi"), Q("hơn 38.000 lượt đoàn viên, thanh niên", 38000, "lượt đoàn viên, thanh niên", "over"),
 Q("46.000 cây xanh, cây ăn quả", 46000, "cây xanh, cây ăn quả"), Q("gần 90 tấn", 90, "tấn", "approx"),
 Q("4 huyện vùng cao núi đá", 4, "huyện vùng cao núi đá"), Q("215 nhà tiêu hợp vệ sinh", 215, "nhà tiêu hợp vệ sinh"),
 Q("9 thôn", 9, "thôn"), Q("18 tập thể", 18, "tập thể"), Q("25 cá nhân", 25, "cá nhân")],
[D("Chương trình hành động", "08", "CTr/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "Chương trình hành động số 08-CTr/TĐTN"),
 D("Kế hoạch", "215", "KH/TĐTN", "2020-01-15", None, "Kế hoạch số 215-KH/TĐTN ngày 15/01/2020"),
 D("Nghị quyết", "05", "NQ/TU", "2020-04-20", "Tỉnh ủy", "Nghị quyết số 05-NQ/TU ngày 20/4/2020")],
[prov("Hà Giang"), com("Lũng Cú")],
["Hôm nay: Thứ Tư, 06/01/2021", "TỈNH ĐOÀN HÀ GIANG - TUỔI TRẺ VÙNG CAO", "Trang chủ / Hoạt động Đoàn / Tin tổng hợp",
 "Ảnh: Đồng chí Bí thư Tỉnh đoàn trao bằng khen cho các tập thể.", "Tuổi trẻ Hà Giang chung tay bảo vệ môi trường",
 "Ngày Chủ nhật xanh", "Thôn bản sạch, không rác thải nhựa", "COVID-19"],
["Hôm nay: Thứ Tư, 06/01/2021", "năm 2020", "năm 2021", "khóa XVII", "Chủ nhật thứ hai hằng tháng", "COVID-19"]))

PAGES.append(page("b3376-kontum-xa-doithoai-2021", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ ĐĂK RƠ WA
Thành phố Kon Tum - Tỉnh Kon Tum
Vị trí: Trang chủ > Tin tức > Hoạt động của Đảng ủy - HĐND - UBND
Ngày 08/9/2021 | 09:40
Chủ tịch UBND xã phát biểu tại buổi đối thoại.
Người dân kiến nghị bố trí điểm tập kết rác tại các thôn
Chiều 7/9, Đảng ủy, UBND xã Đăk Rơ Wa tổ chức hội nghị đối thoại trực tiếp giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2021, chủ đề "Vệ sinh môi trường và xây dựng thôn, làng xanh - sạch - đẹp". Do tình hình dịch COVID-19, hội nghị được tổ chức tại 3 điểm, với 85 đại biểu là người có uy tín, trưởng thôn, chi hội trưởng các đoàn thể và người dân.
Chủ trì đối thoại có ông A Khuyên, Bí thư Đảng ủy xã; ông Y Nhiên, Phó Bí thư Đảng ủy, Chủ tịch UBND xã.
Mở đầu, ông Lê Văn Hải, Phó Chủ tịch UBND xã thông tin: thực hiện Nghị quyết số 12-NQ/ĐU ngày 05/3/2021 của Đảng ủy xã và Kế hoạch số 35/KH-UBND ngày 12/3/2021 của UBND xã về thu gom, xử lý rác thải sinh hoạt, đến nay xã đã có 4/6 thôn có tổ thu gom rác, thu gom được khoảng 2,5 tấn rác mỗi tuần; Hội LHPN xã duy trì 6 mô hình "Phân loại rác tại hộ gia đình" với 210 hộ tham gia; Đoàn Thanh niên xã tổ chức 8 lần "Ngày Chủ nhật xanh".
Tại buổi đối thoại, có 15 ý kiến góp ý, kiến nghị của người dân. Bà Y Hiên, thôn Kon Klor, phản ánh rác thải từ khu du lịch cầu treo Kon Klor đổ xuống sông Đăk Bla; ông A Thút, người có uy tín làng Kon Jơ Dri, đề nghị xã bố trí điểm tập kết rác và xe chở rác định kỳ. Ông A Quang, thôn Kon Rơ Wang, đề nghị giải thích mức thu phí vệ sinh theo Quyết định số 22/2021/QĐ-UBND của UBND tỉnh Kon Tum.
Trả lời các kiến nghị, ông Y Nhiên cho biết xã đã đề nghị UBND thành phố bố trí 2 điểm tập kết rác và 1 xe thu gom; mức phí vệ sinh đối với hộ gia đình ở xã là 15.000 đồng/hộ/tháng. Trong năm, xã dành khoảng 40 triệu đồng từ ngân sách mua 120 thùng rác đặt dọc các tuyến đường liên thôn.
Kết luận đối thoại, ông A Khuyên ghi nhận 11 ý kiến đã được giải đáp tại chỗ, 4 ý kiến được chuyển cơ quan chức năng xem xét, trả lời trước ngày 30/9/2021. Ông đề nghị bà con người Ba Na, Xơ Đăng và các dân tộc trong xã không vứt rác xuống sông, suối, giữ gìn vệ sinh nhà rông, nhà văn hóa.
Sau đối thoại, UBND xã ra quân cùng các đoàn thể dọn vệ sinh khu vực cầu treo Kon Klor, thu gom khoảng 800 kg rác thải các loại.
Theo UBND xã, nội dung đối thoại sẽ được đưa vào chương trình công tác quý IV và báo cáo Đảng ủy xã tại hội nghị thường kỳ tháng 10.
Văn phòng UBND xã
Lượt truy cập: 18.962
Tin liên quan
- Xã Đăk Rơ Wa triển khai tiêm vắc xin phòng COVID-19 đợt 2 (30/08/2021)
- Hội nghị sơ kết 6 tháng đầu năm 2021 (15/07/2021)
- Ra mắt tổ thu gom rác thôn Kon Jơ Ri (18/06/2021)
""", "2021-09-08", "Người dân kiến nghị bố trí điểm tập kết rác tại các thôn",
E("doi_thoai", "2021", "2021-09-07"),
[P("A Khuyên", "Bí thư Đảng ủy xã"),
 P("Y Nhiên", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Lê Văn Hải", "Phó Chủ tịch UBND xã"),
 P("Y Hiên"),
 P("A Thút", "người có uy tín làng Kon Jơ Dri"),
 P("A Quang")],
[Q("3 điểm", 3, "điểm"), Q("85 đại biểu", 85, "đại biểu"), Q("4/6 thôn", 4, "thôn"),
 Q("khoảng 2,5 tấn", 2.5, "tấn", "approx"), Q("6 mô hình", 6, "mô hình"), Q("210 hộ", 210, "hộ"),
 Q("8 lần", 8, "lần"), Q("15 ý kiến", 15, "ý kiến"), Q("2 điểm tập kết rác", 2, "điểm tập kết rác"),
 Q("1 xe thu gom", 1, "xe thu gom"), Q("15.000 đồng", 15000, "đồng"), Q("khoảng 40 triệu đồng", 40000000, "đồng", "approx"),
 Q("120 thùng rác", 120, "thùng rác"), Q("11 ý kiến", 11, "ý kiến"), Q("4 ý kiến", 4, "ý kiến"),
 Q("khoảng 800 kg", 800, "kg", "approx")],
[D("Nghị quyết", "12", "NQ/ĐU", "2021-03-05", "Đảng ủy xã", "Nghị quyết số 12-NQ/ĐU ngày 05/3/2021"),
 D("Kế hoạch", "35", "KH-UBND", "2021-03-12", "UBND xã", "Kế hoạch số 35/KH-UBND ngày 12/3/2021"),
 D("Quyết định", "22", "2021/QĐ-UBND", None, "UBND tỉnh Kon Tum", "Quyết định số 22/2021/QĐ-UBND")],
[prov("Kon Tum"), com("Đăk Rơ Wa")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ ĐĂK RƠ WA", "Thành phố Kon Tum - Tỉnh Kon Tum",
 "Vị trí: Trang chủ > Tin tức > Hoạt động của Đảng ủy - HĐND - UBND", "Chủ tịch UBND xã phát biểu tại buổi đối thoại.",
 "Vệ sinh môi trường và xây dựng thôn, làng xanh - sạch - đẹp", "Phân loại rác tại hộ gia đình", "Ngày Chủ nhật xanh",
 "Kon Klor", "Văn phòng UBND xã", "Lượt truy cập: 18.962"],
["Ngày 08/9/2021 | 09:40", "năm 2021", "COVID-19", "trước ngày 30/9/2021", "quý IV", "tháng 10", "Lượt truy cập: 18.962"]))
