from lib import *
PAGES = []

PAGES.append(page("b9203-quangtri-bdv-soket6t-2017", """
BÁO QUẢNG TRỊ ONLINE
Trang chủ >> Chính trị >> Dân vận
Thứ Năm, 13/07/2017 - 16:45
Ảnh: Quang cảnh hội nghị sơ kết công tác dân vận.
Khối dân vận Quảng Trị: Vận động nhân dân vùng biển ổn định cuộc sống
QTO - Sáng 12/7, Ban Dân vận Tỉnh ủy Quảng Trị tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm và triển khai nhiệm vụ 6 tháng cuối năm 2017. Đồng chí Nguyễn Thị Thanh Bình, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị. Tham dự có đồng chí Hồ Văn Chiến, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
6 tháng đầu năm, trước tác động của sự cố môi trường biển do Công ty Formosa gây ra, khối dân vận các cấp đã tập trung nắm tình hình, tuyên truyền, vận động nhân dân 4 huyện ven biển ổn định tư tưởng, nhận tiền bồi thường đúng quy định. Đến cuối tháng 6, đã chi trả bồi thường cho hơn 26.000 hộ với tổng số tiền khoảng 1.150 tỷ đồng. Các lực lượng đã phối hợp giải quyết 38 vụ việc tụ tập đông người, không để phát sinh điểm nóng.
Ban Dân vận Tỉnh ủy tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 17-CT/TU ngày 10/3/2017 về công tác dân vận trong vùng giáo dân và Kết luận số 21-KL/TU về tiếp tục thực hiện Nghị quyết số 25-NQ/TW. Ban cũng chủ trì kiểm tra việc thực hiện Quy chế dân chủ ở cơ sở tại 16 xã, phường, thị trấn.
Về các chỉ tiêu, Mặt trận và đoàn thể đã kết nạp 2.740 đoàn viên, hội viên; vận động xây dựng 156 nhà Đại đoàn kết; phong trào "Dân vận khéo" có thêm 84 mô hình, nâng tổng số lên 512 mô hình. Tỷ lệ cơ sở có tổ dân vận hoạt động hiệu quả đạt 86%, vượt 6% so với chỉ tiêu.
Tại hội nghị, Linh mục Phêrô Trần Văn Hiền, quản xứ giáo xứ Mỹ Thủy, cho biết giáo dân trong giáo xứ đã ổn định cuộc sống, trở lại bám biển. Đồng chí Lê Thị Hoa, HUV, Trưởng Ban Dân vận Huyện ủy Hải Lăng, đề nghị tiếp tục hỗ trợ ngư dân chuyển đổi nghề; đồng chí Hồ Văn Đang, Bí thư Đảng ủy xã Hướng Phùng, báo cáo việc vận động đồng bào Vân Kiều không phá rừng làm rẫy.
Một số đại biểu cho rằng thông tin sai lệch trên mạng xã hội về sự cố môi trường biển vẫn còn, có đối tượng lợi dụng để kích động. Vì vậy cần tăng cường đội ngũ tuyên truyền viên, báo cáo viên ở cơ sở, kịp thời định hướng dư luận.
Phát biểu kết luận, đồng chí Nguyễn Thị Thanh Bình yêu cầu các cấp tiếp tục nắm chắc tình hình vùng biển, vùng giáo, vùng biên giới; chú trọng đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân; hoàn thành các chỉ tiêu năm 2017.
Dịp này, Ban Dân vận Tỉnh ủy khen thưởng 6 tập thể và 10 cá nhân có thành tích xuất sắc trong công tác dân vận 6 tháng đầu năm.
Thanh Trúc
Tin liên quan
- Hướng Hóa: gặp mặt người có uy tín trong đồng bào dân tộc thiểu số (06/07/2017)
- Vĩnh Linh sơ kết mô hình "Dân vận khéo" (27/06/2017)
- Gio Linh: vận động ngư dân bám biển (19/06/2017)
""", "2017-07-13", "Khối dân vận Quảng Trị: Vận động nhân dân vùng biển ổn định cuộc sống",
E("so_ket", "2017-H1", "2017-07-12"),
[P("Nguyễn Thị Thanh Bình", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hồ Văn Chiến", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phêrô Trần Văn Hiền", "Linh mục", "quản xứ giáo xứ Mỹ Thủy"),
 P("Lê Thị Hoa", "HUV", "Trưởng Ban Dân vận Huyện ủy Hải Lăng"),
 P("Hồ Văn Đang", "Bí thư Đảng ủy xã Hướng Phùng")],
[Q("4 huyện ven biển", 4, "huyện ven biển"), Q("hơn 26.000 hộ", 26000, "hộ", "over"),
 Q("khoảng 1.150 tỷ đồng", 1150000000000, "đồng", "approx"), Q("38 vụ việc tụ tập đông người", 38, "vụ việc tụ tập đông người"),
 Q("16 xã, phường, thị trấn", 16, "xã, phường, thị trấn"), Q("2.740 đoàn viên, hội viên", 2740, "đoàn viên, hội viên"),
 Q("156 nhà Đại đoàn kết", 156, "nhà Đại đoàn kết"), Q("84 mô hình", 84, "mô hình"), Q("512 mô hình", 512, "mô hình"),
 Q("86%", 86, "%"), Q("6%", 6, "%"), Q("6 tập thể", 6, "tập thể"), Q("10 cá nhân", 10, "cá nhân")],
[D("Chỉ thị", "17", "CT/TU", "2017-03-10", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 17-CT/TU ngày 10/3/2017"),
 D("Kết luận", "21", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 21-KL/TU"),
 D("Nghị quyết", "25", "NQ/TW", None, None, "Nghị quyết số 25-NQ/TW")],
[prov("Quảng Trị"), com("Hướng Phùng")],
["BÁO QUẢNG TRỊ ONLINE", "Trang chủ >> Chính trị >> Dân vận", "Ảnh: Quang cảnh hội nghị sơ kết công tác dân vận.", "QTO",
 "Công ty Formosa", "Dân vận khéo", "Mỹ Thủy"],
["Thứ Năm, 13/07/2017 - 16:45", "6 tháng đầu năm", "6 tháng cuối năm 2017", "năm 2017"]))

PAGES.append(page("b9204-hanam-xa-khoidanvan-2017", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ NHÂN CHÍNH - HUYỆN LÝ NHÂN - TỈNH HÀ NAM
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản
Ngày 24/07/2017 | 08:30
Khối dân vận xã Nhân Chính sơ kết 6 tháng đầu năm 2017
Chiều ngày 21/7/2017, Đảng ủy xã Nhân Chính (huyện Lý Nhân, tỉnh Hà Nam) tổ chức hội nghị sơ kết công tác dân vận, Mặt trận và các đoàn thể 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2017. Dự hội nghị có đồng chí Trần Thị Thu Hà, HUV, Phó Trưởng Ban Dân vận Huyện ủy Lý Nhân; đồng chí Nguyễn Văn Tuấn, Bí thư Đảng ủy xã; đồng chí Trần Văn Lịch, Phó Bí thư Thường trực Đảng ủy, Trưởng khối dân vận xã cùng 32 đồng chí là bí thư chi bộ, trưởng thôn, chi hội trưởng các đoàn thể.
Ảnh: Đồng chí Nguyễn Văn Tuấn phát biểu chỉ đạo hội nghị.
Theo báo cáo, 6 tháng qua khối dân vận xã đã bám sát Nghị quyết số 08-NQ/ĐU của Đảng ủy xã về công tác dân vận năm 2017 và Kế hoạch số 15-KH/HU của Huyện ủy Lý Nhân về xây dựng nông thôn mới kiểu mẫu. Mặt trận và các đoàn thể đã vận động nhân dân đóng góp 1,85 tỷ đồng, hiến 2.300 m2 đất để mở rộng 3,2 km đường trục thôn; 126 hộ tự nguyện chỉnh trang tường rào, cổng ngõ.
Các chỉ tiêu chủ yếu đều đạt và vượt: Hội Nông dân kết nạp 45 hội viên mới; Hội Phụ nữ duy trì 8 tổ tiết kiệm với số dư 560 triệu đồng; Đoàn Thanh niên tổ chức 12 buổi ra quân vệ sinh môi trường; Hội Cựu chiến binh hòa giải thành 9 vụ việc mâu thuẫn. Quỹ "Vì người nghèo" của xã tiếp nhận 42 triệu đồng, hỗ trợ sửa chữa 2 căn nhà cho hộ nghèo. Tỷ lệ hộ tham gia bảo hiểm y tế đạt 87,4%.
Trong thảo luận, bà Trần Thị Nguyệt, Chủ tịch Hội LHPN xã, đề nghị Đảng ủy quan tâm hơn tới mô hình "Phụ nữ giúp nhau phát triển kinh tế"; ông Lê Văn Hợi, Bí thư Chi bộ kiêm Trưởng thôn Nhân Trạch, kiến nghị sớm hoàn thiện hồ sơ đất dôi dư để người dân yên tâm. Ông Đỗ Văn Sơn, Chủ tịch Hội Cựu chiến binh xã, cho rằng cần đưa tiêu chí dân vận vào bình xét thi đua cuối năm.
Phát biểu chỉ đạo, đồng chí Trần Thị Thu Hà ghi nhận khối dân vận xã đã có nhiều cách làm sáng tạo, là một trong 5 xã dẫn đầu huyện về phong trào "Dân vận khéo". Đồng chí đề nghị 6 tháng cuối năm tập trung vận động nhân dân hoàn thành tiêu chí nông thôn mới kiểu mẫu, giữ vững an ninh trật tự, chuẩn bị chu đáo Đại hội Hội Nông dân xã nhiệm kỳ 2018 - 2023.
Kết thúc hội nghị, Đảng ủy xã tặng giấy khen cho 4 tập thể và 7 cá nhân có thành tích tiêu biểu; thôn Nhân Trạch và chi hội phụ nữ thôn Đồng Thủy được biểu dương đã hoàn thành sớm chỉ tiêu năm.
Văn phòng Đảng ủy xã
Tin khác
- Xã Nhân Chính ra quân làm đường giao thông nội đồng (15/07/2017)
- Hội Nông dân xã tổ chức tập huấn trồng rau an toàn (05/07/2017)
- Kỷ niệm 70 năm Ngày Thương binh - Liệt sĩ (27/06/2017)
""", "2017-07-24", "Khối dân vận xã Nhân Chính sơ kết 6 tháng đầu năm 2017",
E("so_ket", "2017-H1", "2017-07-21"),
[P("Trần Thị Thu Hà", "HUV", "Phó Trưởng Ban Dân vận Huyện ủy Lý Nhân"),
 P("Nguyễn Văn Tuấn", "Bí thư Đảng ủy xã"),
 P("Trần Văn Lịch", "Phó Bí thư Thường trực Đảng ủy", "Trưởng khối dân vận xã"),
 P("Trần Thị Nguyệt", "Chủ tịch Hội LHPN xã"),
 P("Lê Văn Hợi", "Bí thư Chi bộ kiêm Trưởng thôn Nhân Trạch"),
 P("Đỗ Văn Sơn", "Chủ tịch Hội Cựu chiến binh xã")],
[Q("32 đồng chí", 32, "đồng chí"), Q("1,85 tỷ đồng", 1850000000, "đồng"), Q("2.300 m2", 2300, "m2"),
 Q("3,2 km", 3.2, "km"), Q("126 hộ", 126, "hộ"), Q("45 hội viên mới", 45, "hội viên mới"),
 Q("8 tổ tiết kiệm", 8, "tổ tiết kiệm"), Q("560 triệu đồng", 560000000, "đồng"),
 Q("12 buổi ra quân", 12, "buổi ra quân"), Q("9 vụ việc mâu thuẫn", 9, "vụ việc mâu thuẫn"),
 Q("42 triệu đồng", 42000000, "đồng"), Q("2 căn nhà", 2, "căn nhà"), Q("87,4%", 87.4, "%"),
 Q("5 xã", 5, "xã"), Q("4 tập thể", 4, "tập thể"), Q("7 cá nhân", 7, "cá nhân")],
[D("Nghị quyết", "08", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết số 08-NQ/ĐU"),
 D("Kế hoạch", "15", "KH/HU", None, "Huyện ủy Lý Nhân", "Kế hoạch số 15-KH/HU")],
[prov("Hà Nam"), com("Nhân Chính")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ NHÂN CHÍNH - HUYỆN LÝ NHÂN - TỈNH HÀ NAM", "Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản",
 "Ảnh: Đồng chí Nguyễn Văn Tuấn phát biểu chỉ đạo hội nghị.", "Vì người nghèo", "Phụ nữ giúp nhau phát triển kinh tế",
 "Dân vận khéo", "Văn phòng Đảng ủy xã"],
["Ngày 24/07/2017 | 08:30", "32 đồng chí", "6 tháng đầu năm", "6 tháng cuối năm 2017", "nhiệm kỳ 2018 - 2023"]))

PAGES.append(page("b9205-daklak-bdv-soket6t-2018", """
Báo Đắk Lắk điện tử
Chính trị - Xã hội › Xây dựng Đảng
17/07/2018 - 15:20
Đắk Lắk: Sơ kết công tác dân vận 6 tháng đầu năm 2018
Ngày 16/7, Ban Dân vận Tỉnh ủy Đắk Lắk tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2018. Đồng chí Y Kông Niê, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì. Dự hội nghị có các đồng chí H'Yim Kđoh, Phó Trưởng Ban Dân vận Tỉnh ủy; Y Ngọc Byă, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh và đại diện 15 huyện, thị xã, thành phố.
Quang cảnh hội nghị. Ảnh: Thanh Hoa
Theo báo cáo, 6 tháng qua, Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 112-KH/TU ngày 9/2/2018 thực hiện Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao hiệu quả công tác dân vận của cơ quan nhà nước, chính quyền các cấp. Khối dân vận tổ chức 3 đoàn kiểm tra, giám sát việc thực hiện Quy chế dân chủ ở cơ sở tại 18 xã, phường.
Các chỉ tiêu cơ bản đạt tiến độ: vận động 2.315 hộ đồng bào dân tộc thiểu số đăng ký thoát nghèo; xây dựng 210 căn nhà Đại đoàn kết với tổng kinh phí 8,4 tỷ đồng; kết nạp 5.620 hội viên, đoàn viên. Phong trào "Dân vận khéo" có 173 mô hình mới, trong đó 41 mô hình cấp tỉnh. Các cấp hòa giải thành 486 vụ việc mâu thuẫn, tranh chấp trong nhân dân, đạt 89,5%.
Công tác nắm tình hình vùng đồng bào dân tộc thiểu số và tôn giáo được chú trọng. Khối dân vận phối hợp vận động 96 hộ di cư tự do ổn định dân cư; vận động 37 đối tượng trở về, khai báo với chính quyền. Tuy nhiên, vẫn còn tình trạng lôi kéo người dân tham gia "Tin lành Đấng Christ", "Hội thánh của Đức Chúa Trời" ở một số buôn.
Tại hội nghị, ông Y Suôn Ayun, người có uy tín buôn Ea Bông, xã Ea Ning, kể việc buôn vận động bà con không bán đất cho người nơi khác; đồng chí Nguyễn Thị Lan, HUV, Trưởng Ban Dân vận Huyện ủy Krông Bông, chia sẻ mô hình "Buôn không có người sử dụng ma túy". Đồng chí H'Ngơn Mlô, Chủ tịch Hội LHPN xã Ea Trang, đề nghị tăng hỗ trợ cho phụ nữ đơn thân nghèo.
Phát biểu kết luận, đồng chí Y Kông Niê nhấn mạnh: "Muốn dân tin, cán bộ phải đến với dân, ở với dân, giải quyết việc của dân từ những việc nhỏ nhất". Đồng chí yêu cầu 6 tháng cuối năm triển khai Nghị định số 162/2017/NĐ-CP của Chính phủ; làm tốt công tác chuẩn bị kỷ niệm 88 năm Ngày truyền thống công tác dân vận.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 9 tập thể và 15 cá nhân có thành tích xuất sắc trong phong trào thi đua "Dân vận khéo".
H'Xuân
Tin liên quan
- M'Đrắk: gặp mặt 120 già làng, người có uy tín (10/07/2018)
- Buôn Đôn: hội thi tuyên truyền viên dân vận (29/06/2018)
- Cư M'gar ra mắt mô hình dân vận khéo (20/06/2018)
- Lắk tập huấn nghiệp vụ cho cán bộ dân vận cơ sở (08/06/2018)
""", "2018-07-17", "Đắk Lắk: Sơ kết công tác dân vận 6 tháng đầu năm 2018",
E("so_ket", "2018-H1", "2018-07-16"),
[P("Y Kông Niê", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("H'Yim Kđoh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Y Ngọc Byă", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Y Suôn Ayun", "người có uy tín buôn Ea Bông"),
 P("Nguyễn Thị Lan", "HUV", "Trưởng Ban Dân vận Huyện ủy Krông Bông"),
 P("H'Ngơn Mlô", "Chủ tịch Hội LHPN xã Ea Trang")],
[Q("15 huyện, thị xã, thành phố", 15, "huyện, thị xã, thành phố"), Q("3 đoàn kiểm tra, giám sát", 3, "đoàn kiểm tra, giám sát"),
 Q("18 xã, phường", 18, "xã, phường"), Q("2.315 hộ đồng bào dân tộc thiểu số", 2315, "hộ đồng bào dân tộc thiểu số"),
 Q("210 căn nhà Đại đoàn kết", 210, "căn nhà Đại đoàn kết"), Q("8,4 tỷ đồng", 8400000000, "đồng"),
 Q("5.620 hội viên, đoàn viên", 5620, "hội viên, đoàn viên"), Q("173 mô hình mới", 173, "mô hình mới"),
 Q("41 mô hình cấp tỉnh", 41, "mô hình cấp tỉnh"), Q("486 vụ việc mâu thuẫn, tranh chấp", 486, "vụ việc mâu thuẫn, tranh chấp"),
 Q("89,5%", 89.5, "%"), Q("96 hộ di cư tự do", 96, "hộ di cư tự do"), Q("37 đối tượng", 37, "đối tượng"),
 Q("9 tập thể", 9, "tập thể"), Q("15 cá nhân", 15, "cá nhân")],
[D("Kế hoạch", "112", "KH/TU", "2018-02-09", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 112-KH/TU ngày 9/2/2018"),
 D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 14/7/2015"),
 D("Nghị định", "162", "2017/NĐ-CP", None, "Chính phủ", "Nghị định số 162/2017/NĐ-CP")],
[prov("Đắk Lắk"), com("Ea Ning"), com("Ea Trang")],
["Báo Đắk Lắk điện tử", "Chính trị - Xã hội › Xây dựng Đảng", "Quang cảnh hội nghị. Ảnh: Thanh Hoa", "Dân vận khéo",
 "Tin lành Đấng Christ", "Hội thánh của Đức Chúa Trời", "Buôn không có người sử dụng ma túy", "Ea Bông"],
["17/07/2018 - 15:20", "6 tháng đầu năm", "6 tháng cuối năm 2018", "88 năm"]))

PAGES.append(page("b9206-camau-khoidanvan-soket-2018", """
CÀ MAU ONLINE
Tin tức › Chính trị › Mặt trận - Đoàn thể
Cập nhật lúc 17:10 ngày 13/07/2018
Ảnh: Toàn cảnh hội nghị.
Khối dân vận Cà Mau đạt và vượt 10/11 chỉ tiêu 6 tháng
(CMO) Ngày 12/7, Ban Dân vận Tỉnh ủy Cà Mau tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2018, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Trần Văn Hiện, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.
Theo báo cáo, trong 11 chỉ tiêu của khối dân vận năm 2018, đến nay có 10/11 chỉ tiêu đạt và vượt tiến độ. Khối dân vận đã triển khai Chỉ thị 16, 17-CT/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận trong xây dựng nông thôn mới và trong các dự án điện gió ven biển; tổ chức sơ kết 2 năm thực hiện Kế hoạch số 35-KH/BDVTU ngày 8/3/2016 về phong trào thi đua "Dân vận khéo".
Mặt trận và các đoàn thể vận động xây dựng 380 căn nhà Đại đoàn kết, tổng trị giá 15,2 tỷ đồng; hỗ trợ 1.750 hộ nghèo sinh kế, trong đó 640 hộ nghèo dân tộc Khmer. Nhân dân hiến 25.600 m2 đất, đóng góp gần 12 tỷ đồng làm 48 cây cầu giao thông nông thôn. Hội Nông dân tỉnh phối hợp giải ngân 55 tỷ đồng vốn ủy thác cho 1.380 hộ.
Công tác vận động ngư dân được đặc biệt chú trọng: tổ chức 215 cuộc tuyên truyền cho trên 7.000 lượt ngư dân về chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định; vận động 186 tàu cá lắp thiết bị giám sát hành trình.
Chỉ tiêu chưa đạt là tỷ lệ hộ dân tham gia bảo hiểm y tế tự nguyện, mới đạt 71%. Nguyên nhân chủ yếu do thu nhập của người dân vùng ven biển bấp bênh, một bộ phận lao động đi làm ăn xa; công tác tuyên truyền ở một số ấp còn chung chung, chưa đến từng hộ.
Hội nghị cũng chỉ ra những hạn chế: việc nắm tình hình dư luận xã hội ở vùng có dự án còn chậm; một số cán bộ, đảng viên chưa gương mẫu trong thực hiện chủ trương thu hồi đất; sự phối hợp giữa chính quyền với Mặt trận trong giải quyết kiến nghị của cử tri có lúc chưa chặt chẽ.
Trao đổi tại hội nghị, đồng chí Danh Thị Mỹ, HUV, Trưởng Ban Dân vận Huyện ủy Trần Văn Thời, cho biết huyện đã vận động 14 hộ dân di dời nhà ở để thi công kè chống sạt lở; đồng chí Nguyễn Hoàng Em, Bí thư Đảng ủy xã Khánh Hải, đề nghị tỉnh sớm hỗ trợ ngư dân vay vốn đóng tàu. Ông Lâm Văn Thanh, Trưởng ấp Cái Cám, xã Khánh Hải, phản ánh đời sống bà con ven biển còn nhiều khó khăn.
Kết luận hội nghị, đồng chí Trần Văn Hiện yêu cầu các cấp tiếp tục đổi mới phương thức vận động, lấy kết quả giải quyết những việc bức xúc của dân làm thước đo; tập trung chỉ đạo hoàn thành chỉ tiêu bảo hiểm y tế vào cuối năm.
Dịp này, 8 tập thể và 12 cá nhân có thành tích tiêu biểu được tặng giấy khen của Ban Dân vận Tỉnh ủy, kèm tiền thưởng 300.000 đồng mỗi cá nhân.
Bảo Hân
Tin khác
- U Minh: vận động người dân giữ rừng mùa khô (09/07/2018)
- Năm Căn: họp mặt các tôn giáo (30/06/2018)
- Đầm Dơi trao 25 căn nhà Đại đoàn kết (21/06/2018)
""", "2018-07-13", "Khối dân vận Cà Mau đạt và vượt 10/11 chỉ tiêu 6 tháng",
E("so_ket", "2018-H1", "2018-07-12"),
[P("Trần Văn Hiện", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Danh Thị Mỹ", "HUV", "Trưởng Ban Dân vận Huyện ủy Trần Văn Thời"),
 P("Nguyễn Hoàng Em", "Bí thư Đảng ủy xã Khánh Hải"),
 P("Lâm Văn Thanh", "Trưởng ấp Cái Cám")],
[Q("10/11 chỉ tiêu", 10, "chỉ tiêu"), Q("11 chỉ tiêu", 11, "chỉ tiêu"),
 Q("380 căn nhà Đại đoàn kết", 380, "căn nhà Đại đoàn kết"), Q("15,2 tỷ đồng", 15200000000, "đồng"),
 Q("1.750 hộ nghèo", 1750, "hộ nghèo"), Q("640 hộ nghèo dân tộc Khmer", 640, "hộ nghèo dân tộc Khmer"),
 Q("25.600 m2", 25600, "m2"), Q("gần 12 tỷ đồng", 12000000000, "đồng", "approx"),
 Q("48 cây cầu giao thông nông thôn", 48, "cây cầu giao thông nông thôn"), Q("55 tỷ đồng", 55000000000, "đồng"),
 Q("1.380 hộ", 1380, "hộ"), Q("215 cuộc tuyên truyền", 215, "cuộc tuyên truyền"),
 Q("trên 7.000 lượt ngư dân", 7000, "lượt ngư dân", "over"), Q("186 tàu cá", 186, "tàu cá"), Q("71%", 71, "%"),
 Q("14 hộ dân", 14, "hộ dân"), Q("8 tập thể", 8, "tập thể"), Q("12 cá nhân", 12, "cá nhân"),
 Q("300.000 đồng", 300000, "đồng")],
[D("Chỉ thị", "16", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 16, 17-CT/TU"),
 D("Chỉ thị", "17", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 16, 17-CT/TU"),
 D("Kế hoạch", "35", "KH/BDVTU", "2016-03-08", None, "Kế hoạch số 35-KH/BDVTU ngày 8/3/2016")],
[prov("Cà Mau"), com("Khánh Hải")],
["CÀ MAU ONLINE", "Tin tức › Chính trị › Mặt trận - Đoàn thể", "Ảnh: Toàn cảnh hội nghị.", "(CMO)", "Dân vận khéo", "Cái Cám", "Trần Văn Thời"],
["Cập nhật lúc 17:10 ngày 13/07/2018", "6 tháng đầu năm 2018", "6 tháng cuối năm", "năm 2018", "2 năm"]))

PAGES.append(page("b9207-yenbai-bdv-soket6t-2019", """
BÁO YÊN BÁI ĐIỆN TỬ
Trang chủ :: Chính trị :: Xây dựng Đảng
Thứ Sáu, 19/07/2019 | 09:20
Yên Bái: Công tác dân vận góp phần hoàn thành các chỉ tiêu kinh tế - xã hội
YênBái - Ngày 18/7, Ban Dân vận Tỉnh ủy tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2019. Đồng chí Hoàng Thị Vụ, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị. Dự hội nghị có các đồng chí: Giàng A Tông, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ tỉnh; Nông Thị Thu Hằng, Phó Trưởng Ban Dân vận Tỉnh ủy.
Đồng chí Hoàng Thị Vụ phát biểu kết luận hội nghị.
6 tháng đầu năm, khối dân vận các cấp đã tham mưu triển khai Kết luận 31, 32-KL/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận vùng đồng bào Mông và vận động nhân dân thực hiện nếp sống văn minh trong việc cưới, việc tang. Ban Dân vận Tỉnh ủy ban hành Hướng dẫn số 28-HD/BDVTU ngày 11/3/2019 về đánh giá, chấm điểm các mô hình "Dân vận khéo".
Kết quả thực hiện chỉ tiêu: toàn tỉnh có 1.062 mô hình "Dân vận khéo", trong đó 96 mô hình tiêu biểu cấp tỉnh; nhân dân hiến trên 85.000 m2 đất, đóng góp 41,5 tỷ đồng và hơn 200.000 ngày công xây dựng nông thôn mới; 18 xã đạt chuẩn nông thôn mới. Mặt trận các cấp vận động hỗ trợ làm mới, sửa chữa 634 ngôi nhà cho hộ nghèo từ nguồn quỹ "Vì người nghèo" với tổng kinh phí 18,3 tỷ đồng. Có 5.800 hộ đồng bào Mông đăng ký thực hiện tang lễ theo nếp sống mới, đạt 78%.
Đánh giá những hạn chế, hội nghị chỉ rõ: ở một số xã vùng cao vẫn còn tình trạng tuyên truyền đạo trái pháp luật, 7 vụ tụ tập đông người liên quan đến đất đai; chất lượng hoạt động của một số tổ dân vận còn thấp.
Trong phần thảo luận, đồng chí Lò Văn Thiêm, HUV, Trưởng Ban Dân vận Huyện ủy Mù Cang Chải, cho biết huyện đã xóa bỏ hủ tục để người chết trong nhà nhiều ngày ở 100% bản; đồng chí Sùng A Lử, Bí thư Đảng ủy xã Khau Phạ, đề nghị tiếp tục hỗ trợ giống cây ăn quả cho đồng bào bỏ cây thuốc phiện. Bà Hà Thị Nghiêm, người có uy tín bản Ngã Hai, xã Phúc An, chia sẻ kinh nghiệm hòa giải mâu thuẫn trong bản.
Phát biểu kết luận, đồng chí Hoàng Thị Vụ đề nghị 6 tháng cuối năm các địa phương tập trung thực hiện 3 khâu đột phá của tỉnh; chuẩn bị tổ chức Đại hội đại biểu các dân tộc thiểu số tỉnh lần thứ III; phấn đấu hoàn thành 100% các chỉ tiêu dân vận năm 2019.
Tại hội nghị, Ban Dân vận Tỉnh ủy đã khen thưởng 11 tập thể, 18 cá nhân có thành tích xuất sắc trong phong trào thi đua "Dân vận khéo" 6 tháng đầu năm 2019.
Thanh Chi
Tin liên quan
- Văn Chấn: nhân rộng mô hình dân vận khéo trong phát triển chè (12/07/2019)
- Lục Yên gặp mặt người có uy tín (05/07/2019)
- Trạm Tấu: vận động đồng bào Mông làm nhà văn hóa thôn (28/06/2019)
""", "2019-07-19", "Yên Bái: Công tác dân vận góp phần hoàn thành các chỉ tiêu kinh tế - xã hội",
E("so_ket", "2019-H1", "2019-07-18"),
[P("Hoàng Thị Vụ", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Giàng A Tông", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Nông Thị Thu Hằng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lò Văn Thiêm", "HUV", "Trưởng Ban Dân vận Huyện ủy Mù Cang Chải"),
 P("Sùng A Lử", "Bí thư Đảng ủy xã Khau Phạ"),
 P("Hà Thị Nghiêm", "người có uy tín bản Ngã Hai")],
[Q("1.062 mô hình", 1062, "mô hình"), Q("96 mô hình tiêu biểu cấp tỉnh", 96, "mô hình tiêu biểu cấp tỉnh"),
 Q("trên 85.000 m2", 85000, "m2", "over"), Q("41,5 tỷ đồng", 41500000000, "đồng"),
 Q("hơn 200.000 ngày công", 200000, "ngày công", "over"), Q("18 xã", 18, "xã"),
 Q("634 ngôi nhà", 634, "ngôi nhà"), Q("18,3 tỷ đồng", 18300000000, "đồng"),
 Q("5.800 hộ đồng bào Mông", 5800, "hộ đồng bào Mông"), Q("78%", 78, "%"),
 Q("7 vụ tụ tập đông người", 7, "vụ tụ tập đông người"), Q("100%", 100, "%"),
 Q("11 tập thể", 11, "tập thể"), Q("18 cá nhân", 18, "cá nhân")],
[D("Kết luận", "31", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 31, 32-KL/TU"),
 D("Kết luận", "32", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 31, 32-KL/TU"),
 D("Hướng dẫn", "28", "HD/BDVTU", "2019-03-11", "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 28-HD/BDVTU ngày 11/3/2019")],
[prov("Yên Bái"), com("Khau Phạ"), com("Phúc An")],
["BÁO YÊN BÁI ĐIỆN TỬ", "Trang chủ :: Chính trị :: Xây dựng Đảng", "YênBái",
 "Đồng chí Hoàng Thị Vụ phát biểu kết luận hội nghị.", "Dân vận khéo", "Vì người nghèo", "Ngã Hai"],
["Thứ Sáu, 19/07/2019 | 09:20", "6 tháng đầu năm 2019", "6 tháng cuối năm", "3 khâu đột phá", "lần thứ III", "năm 2019"]))

PAGES.append(page("b9208-khanhhoa-bdv-soket6t-2019", """
Báo Khánh Hòa điện tử
Chính trị › Xây dựng Đảng
24/07/2019 - 07:45
Khối dân vận Khánh Hòa sơ kết 6 tháng: Đẩy mạnh dân vận chính quyền
Toàn cảnh hội nghị.
Chiều 23-7, Ban Dân vận Tỉnh ủy Khánh Hòa tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2019 và triển khai nhiệm vụ 6 tháng cuối năm. Chủ trì hội nghị có đồng chí Lê Thị Ngọc Linh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Phạm Văn Sơn, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy.
Theo báo cáo, khối dân vận đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 98-KH/TU thực hiện Chỉ thị số 33-CT/TW ngày 3/7/2019 của Ban Bí thư. Ban Dân vận Tỉnh ủy cùng Ban cán sự đảng UBND tỉnh ký kết Chương trình phối hợp số 07-CTr/BDVTU-BCSĐ về công tác dân vận chính quyền giai đoạn 2019 - 2020.
6 tháng đầu năm, các cấp chính quyền tổ chức 142 cuộc đối thoại với nhân dân; tiếp 3.460 lượt công dân, tiếp nhận 1.215 đơn thư khiếu nại, tố cáo, kiến nghị, đã giải quyết 1.034 đơn, đạt 85,1%. Mặt trận và các đoàn thể vận động ủng hộ quỹ "Vì người nghèo" 6,8 tỷ đồng, xây dựng 64 nhà Đại đoàn kết; hỗ trợ 2.200 ngư dân bám biển với khoảng 900 triệu đồng.
Khối dân vận cũng phối hợp vận động 320 hộ dân bàn giao mặt bằng dự án mở rộng Quốc lộ 26; vận động đồng bào Raglai ở huyện Khánh Sơn, Khánh Vĩnh bảo vệ 1.500 ha rừng. 8/10 chỉ tiêu cơ bản đạt trên 50% kế hoạch năm. Tuy nhiên, tình hình khiếu kiện đông người liên quan đến bồi thường, tái định cư ở một số dự án du lịch ven biển còn phức tạp; một số nơi chưa thực hiện nghiêm việc công khai quy hoạch, kế hoạch sử dụng đất để nhân dân biết, bàn và kiểm tra. Việc đánh giá, nhân rộng các mô hình "Dân vận khéo" ở cơ sở có lúc còn hình thức.
Phát biểu tại hội nghị, đồng chí Cao Thị Hà, HUV, Trưởng Ban Dân vận Huyện ủy Khánh Vĩnh, cho biết huyện đã xây dựng mô hình "Già làng, người có uy tín tham gia giữ gìn an ninh trật tự" tại 14 thôn. Ông Mấu Thanh Bình, người có uy tín thôn Tà Giang 1, xã Thành Sơn, đề nghị tăng cường tuyên truyền chống lấn chiếm đất rừng. Đồng chí Nguyễn Ngọc Trung, Chủ tịch UBND phường Vĩnh Nguyên, báo cáo kết quả vận động hộ dân trên đảo Trí Nguyên đồng thuận với dự án chỉnh trang.
Kết luận, đồng chí Lê Thị Ngọc Linh yêu cầu các cơ quan trong khối tiếp tục nắm chắc tình hình ở khu vực Bắc Vân Phong, các dự án thu hồi đất; nâng cao chất lượng đối thoại của người đứng đầu cấp ủy, chính quyền; chuẩn bị tổng kết 20 năm phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa".
Nhân dịp này, Ban Dân vận Tỉnh ủy trao giấy khen cho 7 tập thể, 12 cá nhân tiêu biểu trong phong trào thi đua "Dân vận khéo".
Văn Kỳ
Bài viết liên quan
- Cam Ranh: đối thoại với ngư dân (16/07/2019)
- Ninh Hòa gặp mặt chức sắc tôn giáo (08/07/2019)
- Diên Khánh ra mắt 10 tổ dân vận khéo (01/07/2019)
""", "2019-07-24", "Khối dân vận Khánh Hòa sơ kết 6 tháng: Đẩy mạnh dân vận chính quyền",
E("so_ket", "2019-H1", "2019-07-23"),
[P("Lê Thị Ngọc Linh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phạm Văn Sơn", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Cao Thị Hà", "HUV", "Trưởng Ban Dân vận Huyện ủy Khánh Vĩnh"),
 P("Mấu Thanh Bình", "người có uy tín thôn Tà Giang 1"),
 P("Nguyễn Ngọc Trung", "Chủ tịch UBND phường Vĩnh Nguyên")],
[Q("142 cuộc đối thoại", 142, "cuộc đối thoại"), Q("3.460 lượt công dân", 3460, "lượt công dân"),
 Q("1.215 đơn thư khiếu nại, tố cáo, kiến nghị", 1215, "đơn thư khiếu nại, tố cáo, kiến nghị"),
 Q("1.034 đơn", 1034, "đơn"), Q("85,1%", 85.1, "%"), Q("6,8 tỷ đồng", 6800000000, "đồng"),
 Q("64 nhà Đại đoàn kết", 64, "nhà Đại đoàn kết"), Q("2.200 ngư dân", 2200, "ngư dân"),
 Q("khoảng 900 triệu đồng", 900000000, "đồng", "approx"), Q("320 hộ dân", 320, "hộ dân"),
 Q("1.500 ha", 1500, "ha"), Q("8/10 chỉ tiêu", 8, "chỉ tiêu cơ bản"), Q("trên 50%", 50, "%", "over"),
 Q("14 thôn", 14, "thôn"), Q("7 tập thể", 7, "tập thể"), Q("12 cá nhân tiêu biểu", 12, "cá nhân tiêu biểu")],
[D("Kế hoạch", "98", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 98-KH/TU"),
 D("Chỉ thị", "33", "CT/TW", "2019-07-03", "Ban Bí thư", "Chỉ thị số 33-CT/TW ngày 3/7/2019"),
 D("Chương trình phối hợp", "07", "CTr/BDVTU-BCSĐ", None, None, "Chương trình phối hợp số 07-CTr/BDVTU-BCSĐ")],
[prov("Khánh Hòa"), com("Thành Sơn"), com("Vĩnh Nguyên")],
["Báo Khánh Hòa điện tử", "Chính trị › Xây dựng Đảng", "Toàn cảnh hội nghị.", "Vì người nghèo",
 "Già làng, người có uy tín tham gia giữ gìn an ninh trật tự", "Toàn dân đoàn kết xây dựng đời sống văn hóa", "Dân vận khéo",
 "Quốc lộ 26", "Bắc Vân Phong"],
["24/07/2019 - 07:45", "6 tháng đầu năm 2019", "6 tháng cuối năm", "2019 - 2020", "20 năm", "Quốc lộ 26"]))
