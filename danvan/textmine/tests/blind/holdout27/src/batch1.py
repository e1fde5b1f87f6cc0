from lib import *
PAGES = []

PAGES.append(page("b605-hagiang-bdv-tongket-2011", """
BAN DÂN VẬN TỈNH ỦY HÀ GIANG
Trang chủ >> Tin tức - Sự kiện >> Hoạt động dân vận
Thứ Sáu, 13/01/2012 - 08:30
Toàn cảnh hội nghị.
Công tác dân vận góp phần giữ vững ổn định vùng biên
Ngày 11/01/2012, Ban Dân vận Tỉnh ủy Hà Giang tổ chức hội nghị tổng kết công tác dân vận năm 2011, triển khai nhiệm vụ năm 2012. Dự hội nghị có đồng chí Vàng Mí Sính, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Lù Thị Dín, Nguyễn Quang Khải; cùng 86 đại biểu là trưởng ban dân vận các huyện ủy, thành ủy và đảng ủy trực thuộc.
Đồng chí Vàng Mí Sính phát biểu tại hội nghị. Ảnh: Minh Thu
Năm 2011, các cấp ủy đảng trong tỉnh đã quán triệt và thực hiện Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận; tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 07-CT/TU về nâng cao hiệu quả công tác vận động đồng bào dân tộc thiểu số. Phong trào thi đua "Dân vận khéo" được triển khai sâu rộng, toàn tỉnh xây dựng 214 mô hình "Dân vận khéo", trong đó có 37 mô hình ở xã đặc biệt khó khăn.
Nhân dân các dân tộc đã hiến hơn 12 ha đất, đóng góp trên 4,6 tỷ đồng và 38.500 ngày công để làm đường giao thông nông thôn; toàn tỉnh mở mới 146 km đường bê tông đến thôn, bản. Công tác vận động quần chúng ở khu vực biên giới có chuyển biến, nhiều gia đình ở xã Lũng Cú, xã Phó Bảng đã tự nguyện tháo dỡ 52 căn nhà tạm để di chuyển về nơi ở mới.
Tại hội nghị, ông Sùng Mí Páo, Bí thư Chi bộ thôn Lô Lô Chải (xã Lũng Cú), chia sẻ kinh nghiệm vận động bà con bỏ tục lệ lạc hậu trong việc cưới, việc tang. Bà Hoàng Thị Nhung, HUV, Trưởng Ban Dân vận Huyện ủy Mèo Vạc, nêu khó khăn về đội ngũ cán bộ dân vận cơ sở còn kiêm nhiệm nhiều việc.
Phát biểu chỉ đạo, đồng chí Vàng Mí Sính đề nghị năm 2012 tập trung thực hiện Kết luận 36, 37-KL/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận vùng đồng bào Mông, chú trọng phát huy vai trò của người có uy tín; phấn đấu tất cả các xã đều có mô hình "Dân vận khéo". Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 15 tập thể và 22 cá nhân có thành tích xuất sắc.
Hội nghị cũng nghe đồng chí Triệu Thị Lìn, Chánh Văn phòng Ban Dân vận Tỉnh ủy, thông qua chương trình công tác năm 2012.
Minh Thu
Lượt xem: 1.205
Tin liên quan
- Hội nghị công tác dân vận chính quyền năm 2011 (05/01/2012)
- Đoàn công tác Ban Dân vận Trung ương làm việc tại Đồng Văn (28/12/2011)
- Tập huấn nghiệp vụ công tác dân vận cho 120 cán bộ cơ sở (15/12/2011)
- Mèo Vạc: ra mắt mô hình "Dân vận khéo" ở xã Sơn Vĩ (02/12/2011)
""", "2012-01-13", "Công tác dân vận góp phần giữ vững ổn định vùng biên",
E("tong_ket", "2011", "2012-01-11"),
[P("Vàng Mí Sính", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lù Thị Dín", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Quang Khải", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Sùng Mí Páo", "Bí thư Chi bộ thôn Lô Lô Chải"),
 P("Hoàng Thị Nhung", "HUV", "Trưởng Ban Dân vận Huyện ủy Mèo Vạc"),
 P("Triệu Thị Lìn", "Chánh Văn phòng Ban Dân vận Tỉnh ủy")],
[Q("86 đại biểu", 86, "đại biểu"),
 Q("214 mô hình", 214, "mô hình"),
 Q("37 mô hình", 37, "mô hình"),
 Q("hơn 12 ha", 12, "ha", "over"),
 Q("trên 4,6 tỷ đồng", 4600000000, "đồng", "over"),
 Q("38.500 ngày công", 38500, "ngày công"),
 Q("146 km", 146, "km"),
 Q("52 căn nhà tạm", 52, "căn nhà tạm"),
 Q("15 tập thể", 15, "tập thể"),
 Q("22 cá nhân", 22, "cá nhân")],
[D("Nghị quyết", "25", "NQ/TW", None, "Ban Chấp hành Trung ương", "Nghị quyết số 25-NQ/TW"),
 D("Chỉ thị", "07", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 07-CT/TU"),
 D("Kết luận", "36", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 36, 37-KL/TU"),
 D("Kết luận", "37", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 36, 37-KL/TU")],
[prov("Hà Giang"), com("Lũng Cú"), com("Phó Bảng")],
["BAN DÂN VẬN TỈNH ỦY HÀ GIANG", "Trang chủ >> Tin tức - Sự kiện >> Hoạt động dân vận", "Toàn cảnh hội nghị.",
 "Đồng chí Vàng Mí Sính phát biểu tại hội nghị. Ảnh: Minh Thu", "Dân vận khéo", "Lô Lô Chải", "Lượt xem: 1.205"],
["Thứ Sáu, 13/01/2012 - 08:30", "năm 2011", "năm 2012", "Lượt xem: 1.205"]))

PAGES.append(page("b606-caobang-mttq-doithoai-2013", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH CAO BẰNG
Cổng thông tin điện tử
Bạn đang ở: Trang chủ › Hoạt động Mặt trận › Tin tức
Cập nhật: 15:20, 24/10/2013 (GMT+7)
Người đứng đầu chính quyền đối thoại với nhân dân xã biên giới
Hà Quảng - Sáng 22/10, tại xã Trường Hà, Ủy ban MTTQ Việt Nam tỉnh Cao Bằng phối hợp với UBND huyện Hà Quảng tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2013. Tham dự có 145 cử tri đại diện cho 11 xóm của xã.
Chủ trì hội nghị có ông Nông Văn Thạch, Ủy viên Ban Thường vụ, Trưởng Ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh; ông Lương Đức Hoan, HUV, Chủ tịch UBND huyện Hà Quảng. Cùng dự có các ông, bà: Hoàng Văn Pẻng, Đàm Thị Khuyên, Lục Văn Nhì - Phó Chủ tịch Ủy ban MTTQ huyện Hà Quảng.
Ông Lương Đức Hoan trả lời ý kiến của cử tri xã Trường Hà. Ảnh: Bế Hằng
Hội nghị căn cứ Quyết định 217-QĐ/TW và Quyết định 218-QĐ/TW của Bộ Chính trị, Kế hoạch số 19/KH-MTTQ ngày 12/8/2013 của Ban Thường trực Ủy ban MTTQ tỉnh để lựa chọn nội dung đối thoại. Trước hội nghị, Mặt trận các cấp đã tổng hợp được 27 ý kiến, kiến nghị, tập trung vào giá vật tư nông nghiệp, đền bù giải phóng mặt bằng tuyến đường tuần tra biên giới và chính sách hỗ trợ hộ nghèo theo Quyết định 102/2009/QĐ-TTg.
Bà Nông Thị Slam, người dân xóm Lũng Rì, phản ánh giá phân bón tăng từ 8.000 đồng/kg lên 11.500 đồng/kg trong khi giá ngô không đổi. Ông Lương Đức Hoan cho biết huyện sẽ đề nghị tỉnh hỗ trợ 180 tấn giống ngô lai cho vụ xuân; đồng thời giao phòng chức năng rà soát, trả lời bằng văn bản trước ngày 30/11.
Kết quả, 24/27 ý kiến được trả lời trực tiếp tại hội nghị, các ý kiến còn lại được ghi nhận để giải quyết. Về hỗ trợ hộ nghèo, huyện đã cấp 2.350 suất tiền mặt với tổng số tiền 470 triệu đồng, mỗi hộ 200.000 đồng.
Ông Nông Văn Thạch đề nghị chính quyền các cấp duy trì tiếp xúc, đối thoại định kỳ; Mặt trận giám sát việc thực hiện những nội dung đã hứa trả lời với dân, không để "đối thoại xong rồi để đấy".
Bế Hằng
Số lượt đọc: 876
Các tin khác
- Tổng kết 10 năm thực hiện cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư" (16/10/2013)
- Trao 40 căn nhà Đại đoàn kết cho hộ nghèo huyện Bảo Lạc (10/10/2013)
- Hội nghị giám sát việc thực hiện chính sách an sinh xã hội (02/10/2013)
- Ban Thường trực Ủy ban MTTQ tỉnh làm việc với huyện Thông Nông về công tác giảm nghèo (25/9/2013)
- Ra mắt mô hình "Khu dân cư tự quản về an ninh trật tự" tại xóm Nặm Nhũng (18/9/2013)
- Hòa An: trao học bổng cho học sinh dân tộc thiểu số vượt khó học giỏi (11/9/2013)
- Hội thảo góp ý dự thảo sửa đổi Hiến pháp năm 1992 tại thành phố Cao Bằng (04/9/2013)
""", "2013-10-24", "Người đứng đầu chính quyền đối thoại với nhân dân xã biên giới",
E("doi_thoai", "2013", "2013-10-22"),
[P("Nông Văn Thạch", "Ủy viên Ban Thường vụ", "Trưởng Ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh"),
 P("Lương Đức Hoan", "HUV", "Chủ tịch UBND huyện Hà Quảng"),
 P("Hoàng Văn Pẻng", "Phó Chủ tịch Ủy ban MTTQ huyện Hà Quảng"),
 P("Đàm Thị Khuyên", "Phó Chủ tịch Ủy ban MTTQ huyện Hà Quảng"),
 P("Lục Văn Nhì", "Phó Chủ tịch Ủy ban MTTQ huyện Hà Quảng"),
 P("Nông Thị Slam", "người dân xóm Lũng Rì")],
[Q("145 cử tri", 145, "cử tri"),
 Q("11 xóm", 11, "xóm"),
 Q("27 ý kiến", 27, "ý kiến"),
 Q("8.000 đồng/kg", 8000, "đồng"),
 Q("11.500 đồng/kg", 11500, "đồng"),
 Q("180 tấn", 180, "tấn"),
 Q("24/27 ý kiến", 24, "ý kiến"),
 Q("2.350 suất", 2350, "suất"),
 Q("470 triệu đồng", 470000000, "đồng"),
 Q("200.000 đồng", 200000, "đồng")],
[D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 218-QĐ/TW"),
 D("Kế hoạch", "19", "KH-MTTQ", "2013-08-12", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 19/KH-MTTQ"),
 D("Quyết định", "102", "2009/QĐ-TTg", None, None, "Quyết định 102/2009/QĐ-TTg")],
[prov("Cao Bằng"), com("Trường Hà")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH CAO BẰNG", "Bạn đang ở: Trang chủ › Hoạt động Mặt trận › Tin tức",
 "Ông Lương Đức Hoan trả lời ý kiến của cử tri xã Trường Hà. Ảnh: Bế Hằng", "xóm Lũng Rì", "Số lượt đọc: 876",
 "đối thoại xong rồi để đấy"],
["Cập nhật: 15:20, 24/10/2013 (GMT+7)", "ngày 30/11", "Số lượt đọc: 876"]))

PAGES.append(page("b607-laocai-lhpn-soket-2014", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH LÀO CAI
Trang chủ | Tin hoạt động | Phong trào phụ nữ
08:15 | 18/07/2014
Hội LHPN tỉnh Lào Cai: hơn 3.200 hội viên được vay vốn phát triển kinh tế
Ngày 16/7, Hội LHPN tỉnh Lào Cai tổ chức hội nghị sơ kết công tác Hội và phong trào phụ nữ 6 tháng đầu năm 2014. Đến dự có bà Giàng Thị Dung, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh; bà Lý Thị Vinh, Chủ tịch Hội LHPN tỉnh.
Bà Giàng Thị Dung (thứ hai từ trái sang) trao giấy khen cho các tập thể. Ảnh: Thanh Hải
Sáu tháng đầu năm, các cấp Hội đã phối hợp với Ngân hàng Chính sách xã hội tạo điều kiện cho hơn 3.200 hội viên vay vốn với dư nợ đạt 96,5 tỷ đồng; thành lập mới 48 tổ tiết kiệm và vay vốn. Thực hiện Kế hoạch số 15/KH-HPN của Ban Thường vụ Hội LHPN tỉnh, các cấp Hội đã tổ chức 312 buổi tuyên truyền với 18.640 lượt hội viên tham gia; giúp 176 hộ phụ nữ nghèo thoát nghèo.
Cuộc vận động "Xây dựng gia đình 5 không, 3 sạch" được triển khai gắn với Chỉ thị 03-CT/TW của Bộ Chính trị và Đề án 343 của Thủ tướng Chính phủ về tuyên truyền, giáo dục phẩm chất đạo đức phụ nữ Việt Nam. Ở xã Bản Khoang, xã Tả Phìn, chị em người Dao, người Mông đã tự nguyện đăng ký không tảo hôn, không kết hôn cận huyết thống.
Tại hội nghị, chị Tẩn Thị Mẩy, Chi hội trưởng phụ nữ thôn Sín Chải, chia sẻ cách vận động hội viên nuôi lợn đen bản địa, mỗi con bán được 3,5 triệu đồng. Các đồng chí Phó Chủ tịch Hội LHPN tỉnh: Vàng Thị Sinh, Phạm Thị Ngọc Bích báo cáo kết quả thực hiện chỉ tiêu thi đua.
Kết luận hội nghị, bà Lý Thị Vinh đề nghị 6 tháng cuối năm 2014 các cấp Hội tập trung phát triển hội viên, phấn đấu kết nạp thêm 1.500 hội viên mới, giữ tỷ lệ nợ quá hạn dưới 0,5%.
Thanh Hải
Lượt xem: 652
Tin liên quan
- Tọa đàm kỷ niệm 84 năm Ngày thành lập Hội LHPN Việt Nam (20/10/2014)
- Sa Pa: khai giảng lớp dạy nghề thêu thổ cẩm cho phụ nữ dân tộc Dao (02/07/2014)
- Hội LHPN huyện Bát Xát tổ chức Ngày hội "Phụ nữ với an toàn giao thông" (25/06/2014)
- Trao 25 con bò giống cho hội viên nghèo xã Nậm Chạc (12/06/2014)
- Hội thi "Tuyên truyền viên giỏi" cấp tỉnh năm 2014 (30/05/2014)
- Bắc Hà: ra mắt câu lạc bộ phụ nữ không sinh con thứ ba (21/05/2014)
- Tập huấn kỹ năng cho chi hội trưởng phụ nữ vùng cao (14/05/2014)
- Hội LHPN thành phố Lào Cai ra mắt mô hình "Phụ nữ tham gia bảo vệ môi trường" (07/05/2014)
- Mường Khương: trao vốn cho 30 hội viên nghèo phát triển chăn nuôi (28/04/2014)
- Văn Bàn tổ chức hội thi "Nữ cán bộ cơ sở giỏi" (17/04/2014)
- Bảo Thắng: tuyên truyền phòng chống mua bán người cho phụ nữ vùng biên (09/04/2014)
""", "2014-07-18", "Hội LHPN tỉnh Lào Cai: hơn 3.200 hội viên được vay vốn phát triển kinh tế",
E("so_ket", "2014-H1", "2014-07-16"),
[P("Giàng Thị Dung", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lý Thị Vinh", "Chủ tịch Hội LHPN tỉnh"),
 P("Tẩn Thị Mẩy", "Chi hội trưởng phụ nữ thôn Sín Chải"),
 P("Vàng Thị Sinh", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Phạm Thị Ngọc Bích", "Phó Chủ tịch Hội LHPN tỉnh")],
[Q("hơn 3.200 hội viên", 3200, "hội viên", "over"),
 Q("96,5 tỷ đồng", 96500000000, "đồng"),
 Q("48 tổ tiết kiệm và vay vốn", 48, "tổ tiết kiệm và vay vốn"),
 Q("312 buổi", 312, "buổi"),
 Q("18.640 lượt hội viên", 18640, "lượt hội viên"),
 Q("176 hộ phụ nữ nghèo", 176, "hộ phụ nữ nghèo"),
 Q("3,5 triệu đồng", 3500000, "đồng"),
 Q("1.500 hội viên mới", 1500, "hội viên mới"),
 Q("0,5%", 0.5, "%")],
[D("Kế hoạch", "15", "KH-HPN", None, "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch số 15/KH-HPN"),
 D("Chỉ thị", "03", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 03-CT/TW"),
 D("Đề án", "343", None, None, "Thủ tướng Chính phủ", "Đề án 343")],
[prov("Lào Cai"), com("Bản Khoang"), com("Tả Phìn")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH LÀO CAI", "Trang chủ | Tin hoạt động | Phong trào phụ nữ",
 "Bà Giàng Thị Dung (thứ hai từ trái sang) trao giấy khen cho các tập thể. Ảnh: Thanh Hải",
 "Ngân hàng Chính sách xã hội", "Xây dựng gia đình 5 không, 3 sạch", "thôn Sín Chải", "Lượt xem: 652"],
["08:15 | 18/07/2014", "6 tháng đầu năm 2014", "5 không, 3 sạch", "6 tháng cuối năm 2014", "Lượt xem: 652"]))

PAGES.append(page("b608-yenbai-tinhdoan-taphuan-2015", """
TỈNH ĐOÀN YÊN BÁI
Trang chủ » Tin tức » Công tác Đoàn
17/04/2015 - 10:05
Tập huấn nghiệp vụ cho 168 cán bộ Đoàn cơ sở
Trong 2 ngày 15 và 16/4/2015, Ban Thường vụ Tỉnh đoàn Yên Bái tổ chức lớp tập huấn nghiệp vụ công tác Đoàn và phong trào thanh niên năm 2015 cho 168 học viên là bí thư, phó bí thư đoàn các xã, phường, thị trấn trong tỉnh.
Quang cảnh lớp tập huấn. Ảnh: Tuấn Anh
Dự khai mạc có đồng chí Hà Thị Thu Hằng, UVBCH Trung ương Đoàn, Bí thư Tỉnh đoàn; các đồng chí Phó Bí thư Tỉnh đoàn: Lò Văn Toàn, Nguyễn Thị Huyền Trang. Báo cáo viên gồm đồng chí Đinh Quang Minh, Trưởng Ban Tuyên giáo Tỉnh đoàn và đồng chí Sầm Thị Pảo, Trưởng ban Thanh niên nông thôn Tỉnh đoàn.
Các học viên được truyền đạt những nội dung cơ bản của Kế hoạch 11, 12-KH/TĐTN của Ban Thường vụ Tỉnh đoàn về tổ chức Đại hội Đoàn các cấp nhiệm kỳ 2017 - 2022 và triển khai Chương trình "Thanh niên tình nguyện hè" năm 2015; kỹ năng tổ chức sinh hoạt chi đoàn, kỹ năng tuyên truyền trên mạng xã hội. Lớp tập huấn cũng quán triệt Chỉ thị 42-CT/TW của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác giáo dục lý tưởng cách mạng cho thế hệ trẻ.
Năm 2014, các cấp bộ Đoàn trong tỉnh đã tổ chức 1.240 buổi sinh hoạt chi đoàn chuyên đề, giúp 415 đoàn viên thanh niên vay vốn với tổng số tiền trên 14 tỷ đồng; xây dựng 32 công trình thanh niên trị giá 2,8 tỷ đồng. Đồng chí Hà Thị Thu Hằng nhấn mạnh cán bộ Đoàn cơ sở phải "đi từng ngõ, gõ từng nhà" để nắm bắt tâm tư thanh niên.
Kết thúc lớp tập huấn, 100% học viên đạt yêu cầu; 12 học viên có bài thu hoạch xuất sắc được tặng giấy khen. Anh Giàng A Chu, Bí thư Đoàn xã Lao Chải (huyện Mù Cang Chải), cho biết sẽ áp dụng ngay kỹ năng đã học để tổ chức ngày hội thanh niên.
Tuấn Anh
Lượt truy cập: 2.318
Tin cùng chuyên mục
- Ra quân Tháng Thanh niên năm 2015 tại huyện Trạm Tấu (26/03/2015)
- Tuyên dương 20 thanh niên tiêu biểu xuất sắc tỉnh Yên Bái (24/03/2015)
- Văn Chấn: khánh thành công trình "Thắp sáng đường quê" (19/03/2015)
- Đoàn Khối các cơ quan tỉnh tổ chức hiến máu tình nguyện (10/03/2015)
- Ngày hội "Tiếp sức mùa thi" tại thành phố Yên Bái (02/03/2015)
- Giao lưu thanh niên các dân tộc vùng cao Mù Cang Chải (25/02/2015)
- Tỉnh đoàn Yên Bái tổ chức "Tết vì người nghèo và nạn nhân chất độc da cam" (05/02/2015)
- Lục Yên: khai giảng lớp cảm tình Đoàn cho học sinh THPT (28/01/2015)
- Trấn Yên: Đoàn thanh niên giúp dân thu hoạch quế (20/01/2015)
- Tổng kết công tác Đoàn và phong trào thanh niên năm 2014 (12/01/2015)
- Hội nghị Ban Chấp hành Tỉnh đoàn lần thứ 9, khóa XVIII (05/01/2015)
""", "2015-04-17", "Tập huấn nghiệp vụ cho 168 cán bộ Đoàn cơ sở",
E("tap_huan", "2015", "2015-04-15"),
[P("Hà Thị Thu Hằng", "UVBCH Trung ương Đoàn", "Bí thư Tỉnh đoàn"),
 P("Lò Văn Toàn", "Phó Bí thư Tỉnh đoàn"),
 P("Nguyễn Thị Huyền Trang", "Phó Bí thư Tỉnh đoàn"),
 P("Đinh Quang Minh", "Trưởng Ban Tuyên giáo Tỉnh đoàn"),
 P("Sầm Thị Pảo", "Trưởng ban Thanh niên nông thôn Tỉnh đoàn"),
 P("Giàng A Chu", "Bí thư Đoàn xã Lao Chải")],
[Q("168 cán bộ Đoàn cơ sở", 168, "cán bộ Đoàn cơ sở"),
 Q("1.240 buổi sinh hoạt chi đoàn chuyên đề", 1240, "buổi sinh hoạt chi đoàn chuyên đề"),
 Q("415 đoàn viên thanh niên", 415, "đoàn viên thanh niên"),
 Q("trên 14 tỷ đồng", 14000000000, "đồng", "over"),
 Q("32 công trình thanh niên", 32, "công trình thanh niên"),
 Q("2,8 tỷ đồng", 2800000000, "đồng"),
 Q("100% học viên", 100, "%"),
 Q("12 học viên", 12, "học viên")],
[D("Kế hoạch", "11", "KH/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "Kế hoạch 11, 12-KH/TĐTN"),
 D("Kế hoạch", "12", "KH/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "Kế hoạch 11, 12-KH/TĐTN"),
 D("Chỉ thị", "42", "CT/TW", None, "Ban Bí thư", "Chỉ thị 42-CT/TW")],
[prov("Yên Bái"), com("Lao Chải")],
["TỈNH ĐOÀN YÊN BÁI", "Trang chủ » Tin tức » Công tác Đoàn", "Quang cảnh lớp tập huấn. Ảnh: Tuấn Anh",
 "Thanh niên tình nguyện hè", "đi từng ngõ, gõ từng nhà", "Lượt truy cập: 2.318"],
["17/04/2015 - 10:05", "2 ngày", "nhiệm kỳ 2017 - 2022", "Lượt truy cập: 2.318"]))
