from lib import *
PAGES = []

PAGES.append(page("b7163-sonla-btctu-tongket-2015", """
BÁO SƠN LA - Tiếng nói của Đảng bộ, chính quyền và nhân dân các dân tộc tỉnh Sơn La
Trang chủ / Chính trị / Xây dựng Đảng
15/01/2016 16:20 GMT+7
Sơn La: 2.964 đảng viên mới được kết nạp trong năm 2015
Ngày 14/1, Ban Tổ chức Tỉnh ủy tổ chức hội nghị tổng kết công tác tổ chức xây dựng Đảng năm 2015, triển khai nhiệm vụ năm 2016. Đồng chí Lò Văn Mạnh, Phó Bí thư Thường trực Tỉnh ủy dự và chỉ đạo; đồng chí Lường Văn Pấn, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy chủ trì hội nghị.
Đồng chí Lường Văn Pấn phát biểu tại hội nghị.
Năm 2015, Ban Tổ chức Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy lãnh đạo tổ chức thành công đại hội đảng bộ các cấp theo Chỉ thị 36-CT/TW của Bộ Chính trị. Toàn tỉnh đã hoàn thành đại hội ở 1.876 chi bộ trực thuộc đảng ủy cơ sở, 612 tổ chức cơ sở đảng và 17 đảng bộ trực thuộc Tỉnh ủy. Có 214 đảng bộ, chi bộ cơ sở thực hiện bầu trực tiếp bí thư tại đại hội, đạt 95,1% số đơn vị được chọn thí điểm. Đại hội đại biểu Đảng bộ tỉnh lần thứ XIV bầu Ban Chấp hành gồm 53 đồng chí, trong đó có 27 đồng chí là người dân tộc thiểu số.
Ngay sau đại hội, Ban Chấp hành Đảng bộ tỉnh khóa XIV đã ban hành Nghị quyết 01, 02-NQ/TU về phát triển nông nghiệp ứng dụng công nghệ cao và về nâng cao chất lượng tổ chức cơ sở đảng vùng cao, biên giới. Ban Tổ chức Tỉnh ủy ban hành Hướng dẫn số 09-HD/BTCTU ngày 4/12/2015 về kiện toàn cấp ủy cơ sở sau đại hội.
Trong năm, toàn Đảng bộ đã kết nạp 2.964 đảng viên mới, vượt 18,6% kế hoạch; trong đó đảng viên là người Mông chiếm khoảng 21%. Số bản chưa có đảng viên giảm từ 46 bản xuống còn 19 bản; số bản chưa có chi bộ còn 73 bản. Tổng số đảng viên toàn Đảng bộ đạt 61.208 người.
Tại hội nghị, đồng chí Mùa A Sùng, Bí thư Đảng ủy xã Chiềng Sơn, cho biết Đảng ủy giao chỉ tiêu phát triển đảng viên về từng chi bộ bản, nhờ vậy năm 2015 xã xóa được 3 bản trắng đảng viên. Bà Quàng Thị Bướm, Phó Trưởng Ban Tổ chức Tỉnh ủy, trình bày tham luận về công tác bồi dưỡng cấp ủy viên mới, với 41 lớp được mở cho trên 2.500 học viên.
Phát biểu chỉ đạo, đồng chí Lò Văn Mạnh đề nghị năm 2016 tập trung cụ thể hóa Nghị quyết Đại hội XII của Đảng và Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIV; chuẩn bị tốt nhân sự bầu cử đại biểu Quốc hội khóa XIV và đại biểu HĐND các cấp nhiệm kỳ 2016 - 2021; phấn đấu kết nạp từ 2.800 đảng viên trở lên.
Dịp này, 9 tập thể, 14 cá nhân được Ban Tổ chức Trung ương tặng bằng khen vì có thành tích trong công tác tổ chức đại hội đảng bộ các cấp.
Lò Thịnh
Tin cùng chuyên mục
- Mộc Châu: kiện toàn Ban Thường vụ Huyện ủy (08/01/2016)
- Sơn La: 3 huyện bầu trực tiếp bí thư tại đại hội (28/12/2015)
- Trao Huy hiệu Đảng đợt 7/11 (06/11/2015)
""", "2016-01-15", "Sơn La: 2.964 đảng viên mới được kết nạp trong năm 2015",
E("tong_ket", "2015", "2016-01-14"),
[P("Lò Văn Mạnh", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Lường Văn Pấn", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tổ chức Tỉnh ủy"),
 P("Mùa A Sùng", "Bí thư Đảng ủy xã Chiềng Sơn"),
 P("Quàng Thị Bướm", "Phó Trưởng Ban Tổ chức Tỉnh ủy")],
[Q("1.876 chi bộ", 1876, "chi bộ"), Q("612 tổ chức cơ sở đảng", 612, "tổ chức cơ sở đảng"), Q("17 đảng bộ", 17, "đảng bộ"),
 Q("214 đảng bộ, chi bộ cơ sở", 214, "đảng bộ, chi bộ cơ sở"), Q("95,1%", 95.1, "%"), Q("53 đồng chí", 53, "đồng chí"),
 Q("27 đồng chí", 27, "đồng chí"), Q("2.964 đảng viên mới", 2964, "đảng viên mới"), Q("18,6%", 18.6, "%"),
 Q("khoảng 21%", 21, "%", "approx"), Q("46 bản", 46, "bản"), Q("19 bản", 19, "bản"), Q("73 bản", 73, "bản"),
 Q("61.208 người", 61208, "người"), Q("3 bản", 3, "bản"), Q("41 lớp", 41, "lớp"),
 Q("trên 2.500 học viên", 2500, "học viên", "over"), Q("từ 2.800 đảng viên trở lên", 2800, "đảng viên", "over"),
 Q("9 tập thể", 9, "tập thể"), Q("14 cá nhân", 14, "cá nhân")],
[D("Chỉ thị", "36", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 36-CT/TW của Bộ Chính trị"),
 D("Nghị quyết", "01", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh khóa XIV", "Nghị quyết 01, 02-NQ/TU"),
 D("Nghị quyết", "02", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh khóa XIV", "Nghị quyết 01, 02-NQ/TU"),
 D("Hướng dẫn", "09", "HD/BTCTU", "2015-12-04", "Ban Tổ chức Tỉnh ủy", "Hướng dẫn số 09-HD/BTCTU ngày 4/12/2015")],
[prov("Sơn La"), com("Chiềng Sơn")],
["BÁO SƠN LA - Tiếng nói của Đảng bộ, chính quyền và nhân dân các dân tộc tỉnh Sơn La", "Trang chủ / Chính trị / Xây dựng Đảng",
 "Đồng chí Lường Văn Pấn phát biểu tại hội nghị.", "bản trắng"],
["15/01/2016 16:20 GMT+7", "năm 2015", "năm 2016", "53 đồng chí", "27 đồng chí", "lần thứ XIV", "khóa XIV", "Đại hội XII",
 "nhiệm kỳ 2016 - 2021"]))

PAGES.append(page("b7164-daklak-giamsat-krongbong-2017", """
Báo Đắk Lắk điện tử
Chính trị > Xây dựng Đảng
T6, 23/06/2017 14:05
Giám sát việc thực hiện Nghị quyết Đại hội Đảng bộ huyện Krông Bông
Đoàn giám sát làm việc với Ban Thường vụ Huyện ủy Krông Bông.
Ngày 22/6, Đoàn giám sát số 3 của Ban Thường vụ Tỉnh ủy do bà H'Blin Mlô, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy làm trưởng đoàn đã làm việc với Ban Thường vụ Huyện ủy Krông Bông về việc lãnh đạo thực hiện Nghị quyết Đại hội Đảng bộ huyện lần thứ XI, nhiệm kỳ 2015 - 2020 và công tác cán bộ sau đại hội.
Cuộc giám sát được thực hiện theo Quyết định số 215-QĐ/TU của Ban Thường vụ Tỉnh ủy và Quy định số 30-QĐ/TW ngày 26/7/2016 của Ban Chấp hành Trung ương về thi hành Chương VII, Chương VIII Điều lệ Đảng về công tác kiểm tra, giám sát, kỷ luật của Đảng.
Báo cáo của Ban Thường vụ Huyện ủy do ông Phạm Đức Thuận, Phó Bí thư Thường trực Huyện ủy trình bày cho thấy, sau gần 2 năm thực hiện Nghị quyết, 12 trên 17 chỉ tiêu đạt và vượt tiến độ. Tổng thu ngân sách trên địa bàn năm 2016 đạt 87,4 tỷ đồng; tỷ lệ hộ nghèo giảm 6,8% so với đầu nhiệm kỳ; huyện có thêm 2 xã đạt chuẩn nông thôn mới là Hòa Sơn và Cư Pui.
Về công tác cán bộ, Huyện ủy đã kiện toàn 5 chức danh ủy viên Ban Thường vụ do điều động, nghỉ hưu; bầu bổ sung 3 đồng chí vào Ban Chấp hành Đảng bộ huyện; luân chuyển 11 cán bộ về các xã đặc biệt khó khăn. Toàn Đảng bộ có 14 tổ chức cơ sở đảng ở xã, thị trấn với 2.317 đảng viên, trong đó đảng viên người dân tộc thiểu số chiếm 31%.
Tuy vậy, đoàn giám sát chỉ ra một số hạn chế: 3 chỉ tiêu về thu nhập bình quân, tỷ lệ che phủ rừng và số hộ dùng nước sạch còn chậm; một số cấp ủy viên chưa bám cơ sở; tình trạng phá rừng làm rẫy ở xã Yang Mao chưa được xử lý dứt điểm.
Ông Y Ngông Byă, Ủy viên Ban Chấp hành Đảng bộ tỉnh, Bí thư Huyện ủy Krông Bông, tiếp thu ý kiến và cam kết trong 6 tháng cuối năm sẽ rà soát, bổ sung quy hoạch cấp ủy nhiệm kỳ 2020 - 2025, kiên quyết đưa ra khỏi quy hoạch những trường hợp không đủ tiêu chuẩn.
Kết luận buổi làm việc, bà H'Blin Mlô đề nghị Huyện ủy thực hiện nghiêm nguyên tắc tập trung dân chủ trong công tác cán bộ, công khai quy trình bầu bổ sung cấp ủy viên, tăng cường kiểm tra đảng viên là người đứng đầu chi bộ buôn. Đoàn sẽ báo cáo kết quả giám sát với Ban Thường vụ Tỉnh ủy trong tháng 7.
Cùng dự buổi làm việc có ông Nguyễn Văn Hòa, Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy.
Hoàng Gia
Xem thêm
- Ủy ban Kiểm tra Tỉnh ủy sơ kết 6 tháng đầu năm (19/06/2017)
- Ea Kar: bầu bổ sung Phó Bí thư Huyện ủy (12/06/2017)
- Giám sát đối với Ban Thường vụ Thị ủy Buôn Hồ (02/06/2017)
""", "2017-06-23", "Giám sát việc thực hiện Nghị quyết Đại hội Đảng bộ huyện Krông Bông",
E("giam_sat", None, "2017-06-22"),
[P("H'Blin Mlô", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy"),
 P("Phạm Đức Thuận", "Phó Bí thư Thường trực Huyện ủy"),
 P("Y Ngông Byă", "Ủy viên Ban Chấp hành Đảng bộ tỉnh", "Bí thư Huyện ủy Krông Bông"),
 P("Nguyễn Văn Hòa", "Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy")],
[Q("12 trên 17 chỉ tiêu", 12, "chỉ tiêu"), Q("87,4 tỷ đồng", 87400000000, "đồng"), Q("6,8%", 6.8, "%"), Q("2 xã", 2, "xã"),
 Q("5 chức danh ủy viên Ban Thường vụ", 5, "chức danh ủy viên Ban Thường vụ"), Q("3 đồng chí", 3, "đồng chí"),
 Q("11 cán bộ", 11, "cán bộ"), Q("14 tổ chức cơ sở đảng", 14, "tổ chức cơ sở đảng"), Q("2.317 đảng viên", 2317, "đảng viên"),
 Q("31%", 31, "%"), Q("3 chỉ tiêu", 3, "chỉ tiêu")],
[D("Quyết định", "215", "QĐ/TU", None, "Ban Thường vụ Tỉnh ủy", "Quyết định số 215-QĐ/TU"),
 D("Quy định", "30", "QĐ/TW", "2016-07-26", "Ban Chấp hành Trung ương", "Quy định số 30-QĐ/TW ngày 26/7/2016")],
[prov("Đắk Lắk"), com("Hòa Sơn"), com("Cư Pui"), com("Yang Mao")],
["Báo Đắk Lắk điện tử", "Chính trị > Xây dựng Đảng", "Đoàn giám sát làm việc với Ban Thường vụ Huyện ủy Krông Bông."],
["T6, 23/06/2017 14:05", "Đoàn giám sát số 3", "lần thứ XI", "nhiệm kỳ 2015 - 2020", "gần 2 năm", "3 đồng chí",
 "6 tháng cuối năm", "nhiệm kỳ 2020 - 2025", "Chương VII", "tháng 7"]))

PAGES.append(page("b7165-vinhphuc-giuanhiemky-2018", """
TỈNH ỦY VĨNH PHÚC - CỔNG THÔNG TIN ĐIỆN TỬ
Vị trí: Trang chủ >> Tin hoạt động >> Hoạt động của Tỉnh ủy
Ngày 13/07/2018 | 17:05
Sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI
Sáng 12/7, Ban Chấp hành Đảng bộ tỉnh Vĩnh Phúc tổ chức hội nghị sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI, nhiệm kỳ 2015 - 2020. Đồng chí Đỗ Thị Mai Lan, Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng đoàn đại biểu Quốc hội tỉnh chủ trì hội nghị.
Theo báo cáo, sau hơn hai năm rưỡi, 21/26 chỉ tiêu chủ yếu đạt và vượt tiến độ. Tăng trưởng GRDP bình quân đạt khoảng 7,2%/năm; thu ngân sách năm 2017 đạt gần 32.000 tỷ đồng; thu nhập bình quân đầu người đạt 68,5 triệu đồng. Đã có 97 xã đạt chuẩn nông thôn mới.
Về xây dựng Đảng, Ban Chấp hành Đảng bộ tỉnh đã ban hành Chương trình hành động số 18-CTr/TU thực hiện Nghị quyết Trung ương 6 khóa XII, Đề án số 05-ĐA/TU về sắp xếp tổ chức bộ máy; số đơn vị sự nghiệp công lập giảm 69 đơn vị, giảm 214 biên chế. Toàn Đảng bộ kết nạp 5.840 đảng viên mới. Đến nay đã có 112 xã, phường, thị trấn thực hiện mô hình bí thư đồng thời là chủ tịch UBND, đạt 81,2%.
Hội nghị đã thảo luận và biểu quyết đề nghị điều chỉnh 2 chỉ tiêu, đồng thời bầu bổ sung 2 đồng chí vào Ban Thường vụ Tỉnh ủy khóa XVI là đồng chí Trần Văn Vĩnh, Tỉnh ủy viên, Bí thư Huyện ủy Yên Lạc và đồng chí Lê Thị Thu Hiền, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy. Tỷ lệ phiếu tín nhiệm của hai đồng chí đều đạt trên 90%.
Phát biểu tại hội nghị, đồng chí Nguyễn Văn Quế, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, thừa nhận một số dự án hạ tầng lớn còn chậm, như dự án đường vành đai qua xã Đạo Đức; tiến độ giải ngân vốn đầu tư công mới đạt khoảng 40%.
Kết luận hội nghị, đồng chí Đỗ Thị Mai Lan yêu cầu từ nay đến cuối nhiệm kỳ tập trung vào 3 nhiệm vụ đột phá; chuẩn bị ngay từ bây giờ công tác nhân sự cấp ủy nhiệm kỳ 2020 - 2025, gắn với thực hiện Quy định số 105-QĐ/TW ngày 19/12/2017 của Bộ Chính trị về phân cấp quản lý cán bộ và bổ nhiệm, giới thiệu cán bộ ứng cử.
Cùng ngày, các đại biểu dự lễ gắn biển công trình trường mầm non phường Khai Quang, có tổng vốn hơn 45 tỷ đồng. Đây là một trong những công trình chào mừng kỷ niệm 68 năm Ngày tái lập tỉnh, được khởi công từ đầu nhiệm kỳ và đưa vào sử dụng đúng tiến độ. Trước đó, trong buổi chiều 11/7, Ban Thường vụ Tỉnh ủy đã họp thống nhất các nội dung trình hội nghị, trong đó có danh sách nhân sự giới thiệu bầu bổ sung.
Văn phòng Tỉnh ủy
Các tin khác
- Hội nghị Tỉnh ủy lần thứ 17 khóa XVI (29/06/2018)
- Vĩnh Tường: 10 năm thực hiện mô hình bí thư kiêm chủ tịch (21/06/2018)
- Lễ kỷ niệm 88 năm Ngày truyền thống ngành Tổ chức Xây dựng Đảng (14/05/2018)
""", "2018-07-13", "Sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI",
E("so_ket", None, "2018-07-12"),
[P("Đỗ Thị Mai Lan", "Ủy viên Ban Chấp hành Trung ương Đảng", "Bí thư Tỉnh ủy", "Trưởng đoàn đại biểu Quốc hội tỉnh"),
 P("Trần Văn Vĩnh", "Tỉnh ủy viên", "Bí thư Huyện ủy Yên Lạc"),
 P("Lê Thị Thu Hiền", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Quế", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh")],
[Q("21/26 chỉ tiêu", 21, "chỉ tiêu"), Q("khoảng 7,2%/năm", 7.2, "%", "approx"), Q("gần 32.000 tỷ đồng", 32000000000000, "đồng", "approx"),
 Q("68,5 triệu đồng", 68500000, "đồng"), Q("97 xã", 97, "xã"), Q("69 đơn vị", 69, "đơn vị"), Q("214 biên chế", 214, "biên chế"),
 Q("5.840 đảng viên mới", 5840, "đảng viên mới"), Q("112 xã, phường, thị trấn", 112, "xã, phường, thị trấn"),
 Q("81,2%", 81.2, "%"), Q("2 chỉ tiêu", 2, "chỉ tiêu"), Q("2 đồng chí", 2, "đồng chí"), Q("trên 90%", 90, "%", "over"),
 Q("khoảng 40%", 40, "%", "approx"), Q("hơn 45 tỷ đồng", 45000000000, "đồng", "over")],
[D("Chương trình hành động", "18", "CTr/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Chương trình hành động số 18-CTr/TU"),
 D("Đề án", "05", "ĐA/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Đề án số 05-ĐA/TU"),
 D("Quy định", "105", "QĐ/TW", "2017-12-19", "Bộ Chính trị", "Quy định số 105-QĐ/TW ngày 19/12/2017")],
[prov("Vĩnh Phúc"), com("Đạo Đức"), com("Khai Quang")],
["TỈNH ỦY VĨNH PHÚC - CỔNG THÔNG TIN ĐIỆN TỬ", "Vị trí: Trang chủ >> Tin hoạt động >> Hoạt động của Tỉnh ủy",
 "Nghị quyết Trung ương 6 khóa XII", "Văn phòng Tỉnh ủy"],
["Ngày 13/07/2018 | 17:05", "lần thứ XVI", "nhiệm kỳ 2015 - 2020", "hai năm rưỡi", "2 đồng chí", "Nghị quyết Trung ương 6",
 "3 nhiệm vụ đột phá", "nhiệm kỳ 2020 - 2025", "68 năm"]))

PAGES.append(page("b7166-kiengiang-taphuan-daihoi-2019", """
KIÊN GIANG ONLINE
Trang chủ | Chính trị | Xây dựng Đảng
22.11.2019 | 15:10
Ảnh: Các học viên dự lớp tập huấn.
Tập huấn nghiệp vụ tổ chức đại hội đảng bộ cơ sở nhiệm kỳ 2020 - 2025
(KGO) - Trong 2 ngày 20 và 21/11, Ban Tổ chức Tỉnh ủy Kiên Giang mở lớp tập huấn nghiệp vụ công tác chuẩn bị và tổ chức đại hội đảng bộ cơ sở nhiệm kỳ 2020 - 2025 cho 380 học viên là bí thư, phó bí thư và cán bộ tổ chức của 145 tổ chức cơ sở đảng trong tỉnh. Đây là lớp tập huấn lớn nhất trong năm 2019 của ngành tổ chức xây dựng Đảng tỉnh.
Ông Danh Hùng, Ủy viên Ban Chấp hành Đảng bộ tỉnh, Phó Trưởng Ban Tổ chức Tỉnh ủy khai mạc lớp học.
Các học viên được truyền đạt những nội dung cơ bản của Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng; Hướng dẫn số 26-HD/BTCTW ngày 18/11/2019 của Ban Tổ chức Trung ương; Kế hoạch số 105-KH/TU của Ban Thường vụ Tỉnh ủy và Quy chế bầu cử trong Đảng ban hành kèm theo Quyết định số 244-QĐ/TW ngày 9/6/2014 của Ban Chấp hành Trung ương.
Báo cáo viên Trần Thanh Nhã, Trưởng phòng Tổ chức đảng - đảng viên Ban Tổ chức Tỉnh ủy, hướng dẫn cách xây dựng phương án nhân sự, cơ cấu cấp ủy: cán bộ trẻ phải trên 10%, cán bộ nữ từ 15% trở lên, phấn đấu có cán bộ người dân tộc Khmer ở những địa bàn có đông đồng bào. Số lượng cấp ủy viên cơ sở không quá 15 đồng chí; đảng bộ cơ sở có dưới 300 đảng viên thì bầu tối đa 9 đại biểu dự đại hội cấp trên.
Theo kế hoạch, 28 đảng bộ xã, phường, thị trấn được chọn tổ chức đại hội trước, xong trong tháng 4/2020; đại hội điểm cấp cơ sở được tổ chức tại Đảng bộ xã Hòa Điền và Đảng bộ phường Vĩnh Thanh Vân.
Tại lớp tập huấn, ông Chau Sóc Phi, Bí thư Đảng ủy xã Hòa Điền, nêu băn khoăn về việc bố trí nhân sự khi xã có 7 ấp nhưng chỉ 4 ấp có chi bộ đủ 10 đảng viên trở lên. Bà Thị Sa Rinh, Phó Bí thư Thường trực Đảng ủy phường Vĩnh Thanh Vân, đề nghị tỉnh cấp thêm kinh phí, bởi mỗi đại hội cơ sở chỉ được hỗ trợ khoảng 25 triệu đồng.
Bế giảng lớp học, ông Danh Hùng đề nghị học viên nắm chắc quy trình, không để xảy ra sai sót về thủ tục bầu cử, thực hiện đúng Quyết định 244. Ông cũng lưu ý các đảng bộ cơ sở chủ động rà soát, giải quyết đơn thư liên quan đến nhân sự trước đại hội; công khai dự thảo báo cáo chính trị để cán bộ, đảng viên và nhân dân góp ý; chuẩn bị chu đáo cơ sở vật chất, bảo đảm tiết kiệm. Sau lớp tập huấn của tỉnh, các huyện ủy, thành ủy sẽ tổ chức tập huấn lại cho chi bộ trực thuộc trước ngày 15/12.
Minh Tuấn
Tin liên quan
- Kiên Giang ban hành kế hoạch đại hội đảng bộ các cấp (05/09/2019)
- Hòn Đất: tập huấn cho 120 bí thư chi bộ ấp (28/10/2019)
""", "2019-11-22", "Tập huấn nghiệp vụ tổ chức đại hội đảng bộ cơ sở nhiệm kỳ 2020 - 2025",
E("tap_huan", "2019", "2019-11-20"),
[P("Danh Hùng", "Ủy viên Ban Chấp hành Đảng bộ tỉnh", "Phó Trưởng Ban Tổ chức Tỉnh ủy"),
 P("Trần Thanh Nhã", "Báo cáo viên", "Trưởng phòng Tổ chức đảng - đảng viên Ban Tổ chức Tỉnh ủy"),
 P("Chau Sóc Phi", "Bí thư Đảng ủy xã Hòa Điền"),
 P("Thị Sa Rinh", "Phó Bí thư Thường trực Đảng ủy phường Vĩnh Thanh Vân")],
[Q("380 học viên", 380, "học viên"), Q("145 tổ chức cơ sở đảng", 145, "tổ chức cơ sở đảng"), Q("trên 10%", 10, "%", "over"),
 Q("từ 15% trở lên", 15, "%", "over"), Q("không quá 15 đồng chí", 15, "đồng chí"), Q("dưới 300 đảng viên", 300, "đảng viên"),
 Q("tối đa 9 đại biểu", 9, "đại biểu"), Q("28 đảng bộ xã, phường, thị trấn", 28, "đảng bộ xã, phường, thị trấn"),
 Q("7 ấp", 7, "ấp"), Q("4 ấp", 4, "ấp"), Q("10 đảng viên trở lên", 10, "đảng viên", "over"),
 Q("khoảng 25 triệu đồng", 25000000, "đồng", "approx")],
[D("Chỉ thị", "35", "CT/TW", "2019-05-30", "Bộ Chính trị", "Chỉ thị số 35-CT/TW ngày 30/5/2019"),
 D("Hướng dẫn", "26", "HD/BTCTW", "2019-11-18", "Ban Tổ chức Trung ương", "Hướng dẫn số 26-HD/BTCTW ngày 18/11/2019"),
 D("Kế hoạch", "105", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 105-KH/TU"),
 D("Quyết định", "244", "QĐ/TW", "2014-06-09", "Ban Chấp hành Trung ương", "Quyết định số 244-QĐ/TW ngày 9/6/2014")],
[prov("Kiên Giang"), com("Hòa Điền"), com("Vĩnh Thanh Vân")],
["KIÊN GIANG ONLINE", "Trang chủ | Chính trị | Xây dựng Đảng", "Ảnh: Các học viên dự lớp tập huấn.", "(KGO)",
 "Quy chế bầu cử trong Đảng"],
["22.11.2019 | 15:10", "2 ngày", "nhiệm kỳ 2020 - 2025", "năm 2019", "lần thứ XIII", "không quá 15 đồng chí", "tháng 4/2020",
 "Quyết định 244", "15/12"]))

PAGES.append(page("b7167-hanam-daihoi-tinh-2020", """
Báo Hà Nam điện tử
Thời sự > Chào mừng Đại hội Đảng các cấp
Thứ năm, 15/10/2020, 18:30
Đại hội đại biểu Đảng bộ tỉnh Hà Nam lần thứ XX thành công tốt đẹp
Bí thư Tỉnh ủy Đinh Thị Thanh Huyền phát biểu bế mạc Đại hội. Ảnh: Thái Sơn
Chiều 15/10, sau 3 ngày làm việc, Đại hội đại biểu Đảng bộ tỉnh Hà Nam lần thứ XX, nhiệm kỳ 2020 - 2025 đã bế mạc. Tham dự Đại hội có 300 đại biểu chính thức đại diện cho hơn 64.000 đảng viên của 16 đảng bộ trực thuộc.
Đồng chí Võ Văn Khang, Bí thư Trung ương Đảng, Trưởng Ban Nội chính Trung ương dự, phát biểu chỉ đạo tại phiên khai mạc ngày 13/10.
Đại hội đã bầu Ban Chấp hành Đảng bộ tỉnh khóa XX gồm 50 đồng chí; lần đầu tiên thực hiện bầu trực tiếp Bí thư Tỉnh ủy tại Đại hội. Đồng chí Đinh Thị Thanh Huyền, Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng, tái đắc cử Bí thư Tỉnh ủy với 100% phiếu bầu. Hội nghị lần thứ nhất Ban Chấp hành khóa XX bầu Ban Thường vụ gồm 14 đồng chí; các đồng chí Phó Bí thư Tỉnh ủy: Trương Quốc Huy, Lê Văn Dũng. Đồng chí Phạm Thị Lan Anh được bầu làm Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy.
Về cơ cấu, Ban Chấp hành khóa XX có 9 đồng chí nữ, chiếm 18%; 6 đồng chí dưới 40 tuổi; 100% có trình độ lý luận chính trị cao cấp. Đại hội cũng bầu 13 đại biểu chính thức và 2 đại biểu dự khuyết đi dự Đại hội đại biểu toàn quốc lần thứ XIII của Đảng.
Nghị quyết Đại hội đặt mục tiêu đến năm 2025 Hà Nam trở thành tỉnh phát triển khá của vùng đồng bằng sông Hồng; tăng trưởng GRDP bình quân 9,5%/năm trở lên; GRDP bình quân đầu người đạt khoảng 105 triệu đồng; thu ngân sách trên địa bàn năm 2025 đạt 22.000 tỷ đồng; 100% xã đạt chuẩn nông thôn mới, trong đó 35% xã đạt chuẩn nông thôn mới nâng cao.
Việc bầu cử được tiến hành nghiêm túc theo Quy chế bầu cử trong Đảng ban hành kèm theo Quyết định số 244-QĐ/TW ngày 9/6/2014 của Ban Chấp hành Trung ương và Hướng dẫn số 36-HD/BTCTW ngày 20/1/2020 của Ban Tổ chức Trung ương.
Đại hội đã gửi thư khen các cá nhân có thành tích, trong đó có ông Trần Văn Phú, Bí thư Đảng ủy xã Nhân Thịnh, địa phương đầu tiên của tỉnh hoàn thành đại hội cấp cơ sở nhiệm kỳ này.
Phát biểu bế mạc, Bí thư Tỉnh ủy Đinh Thị Thanh Huyền khẳng định Ban Chấp hành khóa mới sẽ sớm xây dựng chương trình làm việc toàn khóa, cụ thể hóa Nghị quyết thành 4 chương trình trọng tâm và 2 khâu đột phá. Đồng chí cũng đề nghị các cấp ủy khẩn trương kiện toàn tổ chức bộ máy, phân công nhiệm vụ cho các cấp ủy viên, chuẩn bị tốt điều kiện để đoàn đại biểu của tỉnh tham dự Đại hội XIII của Đảng.
Nhóm phóng viên
Tin liên quan
- Khai mạc Đại hội đại biểu Đảng bộ tỉnh lần thứ XX (13/10/2020)
- Danh sách Ban Chấp hành Đảng bộ tỉnh khóa XX (15/10/2020)
- Hà Nam: 100% đảng bộ cơ sở hoàn thành đại hội (30/06/2020)
""", "2020-10-15", "Đại hội đại biểu Đảng bộ tỉnh Hà Nam lần thứ XX thành công tốt đẹp",
E("dai_hoi", None, "2020-10-13"),
[P("Đinh Thị Thanh Huyền", "Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng", "Bí thư Tỉnh ủy"),
 P("Võ Văn Khang", "Bí thư Trung ương Đảng", "Trưởng Ban Nội chính Trung ương"),
 P("Trương Quốc Huy", "Phó Bí thư Tỉnh ủy"),
 P("Lê Văn Dũng", "Phó Bí thư Tỉnh ủy"),
 P("Phạm Thị Lan Anh", "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy"),
 P("Trần Văn Phú", "Bí thư Đảng ủy xã Nhân Thịnh")],
[Q("300 đại biểu chính thức", 300, "đại biểu chính thức"), Q("hơn 64.000 đảng viên", 64000, "đảng viên", "over"),
 Q("16 đảng bộ", 16, "đảng bộ"), Q("50 đồng chí", 50, "đồng chí"), Q("100% phiếu bầu", 100, "%"), Q("14 đồng chí", 14, "đồng chí"),
 Q("9 đồng chí nữ", 9, "đồng chí nữ"), Q("18%", 18, "%"), Q("6 đồng chí", 6, "đồng chí"), Q("100% có trình độ", 100, "%"),
 Q("13 đại biểu chính thức", 13, "đại biểu chính thức"), Q("2 đại biểu dự khuyết", 2, "đại biểu dự khuyết"),
 Q("9,5%/năm trở lên", 9.5, "%", "over"), Q("khoảng 105 triệu đồng", 105000000, "đồng", "approx"),
 Q("22.000 tỷ đồng", 22000000000000, "đồng"), Q("100% xã", 100, "%"), Q("35% xã", 35, "%")],
[D("Quyết định", "244", "QĐ/TW", "2014-06-09", "Ban Chấp hành Trung ương", "Quyết định số 244-QĐ/TW ngày 9/6/2014"),
 D("Hướng dẫn", "36", "HD/BTCTW", "2020-01-20", "Ban Tổ chức Trung ương", "Hướng dẫn số 36-HD/BTCTW ngày 20/1/2020")],
[prov("Hà Nam"), com("Nhân Thịnh")],
["Báo Hà Nam điện tử", "Thời sự > Chào mừng Đại hội Đảng các cấp",
 "Bí thư Tỉnh ủy Đinh Thị Thanh Huyền phát biểu bế mạc Đại hội. Ảnh: Thái Sơn", "Quy chế bầu cử trong Đảng", "Nhóm phóng viên"],
["Thứ năm, 15/10/2020, 18:30", "3 ngày", "lần thứ XX", "nhiệm kỳ 2020 - 2025", "50 đồng chí", "14 đồng chí", "9 đồng chí nữ",
 "6 đồng chí", "40 tuổi", "lần thứ XIII", "Hội nghị lần thứ nhất", "4 chương trình trọng tâm", "2 khâu đột phá"]))

PAGES.append(page("b7168-baclieu-phuong-nhamat-daihoi-2020", """
BÁO BẠC LIÊU ĐIỆN TỬ
Xây dựng Đảng | Đại hội Đảng các cấp tiến tới Đại hội XIII của Đảng
Cập nhật lúc 09:15 ngày 29/07/2020
Phường Nhà Mát: Đại hội đại biểu Đảng bộ nhiệm kỳ 2020 - 2025
BL - Ngày 28/7, Đảng bộ phường Nhà Mát (TP. Bạc Liêu) tổ chức Đại hội đại biểu lần thứ IV, nhiệm kỳ 2020 - 2025. Dự đại hội có đồng chí Lý Thị Kim Hoa, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Tổ chức Thành ủy Bạc Liêu, cùng 95 đại biểu đại diện cho 287 đảng viên của 13 chi bộ trực thuộc.
Đồng chí Trần Minh Luân tái đắc cử Bí thư Đảng ủy phường Nhà Mát.
Nhiệm kỳ qua, Đảng bộ phường lãnh đạo thực hiện đạt và vượt 16/18 chỉ tiêu nghị quyết. Thu nhập bình quân đầu người năm 2019 đạt 52 triệu đồng; hộ nghèo giảm còn 38 hộ, chiếm 1,1%; toàn phường có 1.240 hộ tham gia nuôi tôm theo mô hình an toàn sinh học. Nhân dân đã đóng góp trên 2,3 tỷ đồng xây dựng hạ tầng khu du lịch biển. Đảng bộ kết nạp được 46 đảng viên, trong đó có 5 đảng viên là người dân tộc Khmer và Hoa.
Đại hội đã thông qua Nghị quyết với mục tiêu đến năm 2025 thu nhập bình quân đạt 80 triệu đồng/người/năm, không còn hộ nghèo theo chuẩn của tỉnh, có từ 2 ấp, khóm đạt chuẩn văn minh đô thị trở lên.
Đại hội đã bầu Ban Chấp hành Đảng bộ phường khóa IV gồm 13 đồng chí, trong đó có 3 đồng chí nữ. Thực hiện Chỉ thị 35-CT/TW của Bộ Chính trị, đại hội tiến hành bầu trực tiếp Bí thư tại đại hội; đồng chí Trần Minh Luân tái đắc cử với số phiếu 98,9%. Đồng chí Huỳnh Thị Ngọc Mai, Chủ tịch UBND phường, được bầu giữ chức Phó Bí thư Đảng ủy; đồng chí Lâm Văn Sơn được bầu làm Phó Bí thư Thường trực Đảng ủy, kiêm Chủ nhiệm Ủy ban Kiểm tra Đảng ủy.
Đại hội cũng bầu 11 đại biểu đi dự Đại hội đại biểu Đảng bộ thành phố Bạc Liêu lần thứ XIII.
Phát biểu chỉ đạo, đồng chí Lý Thị Kim Hoa đề nghị Đảng ủy phường khóa mới sớm cụ thể hóa Nghị quyết, gắn với thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; tập trung phát triển du lịch biển và kinh tế thủy sản bền vững; làm tốt công tác dân vận trong đồng bào Khmer, Hoa.
Tại đại hội, bà Thạch Thị Sa Kha, Bí thư Chi bộ khóa 3, trình bày tham luận về kinh nghiệm vận động hộ dân hiến đất làm đường nội ô. Theo bà, chi bộ đã họp dân 4 lần, đi từng nhà để giải thích; nhờ vậy 27 hộ tự nguyện hiến gần 900 m2 đất, không phải bồi thường. Nhiều ý kiến khác tập trung vào việc nâng chất lượng sinh hoạt chi bộ khóm, phát triển đảng viên trong doanh nghiệp tư nhân và trong lực lượng lao động trẻ làm du lịch.
Lê Thanh
Các tin khác
- Phường 3 tổ chức đại hội nhiệm kỳ 2020 - 2025 (24/07/2020)
- Bạc Liêu: 100% tổ chức cơ sở đảng hoàn thành đại hội (20/07/2020)
- Hòa Bình: đại hội điểm cấp huyện (10/07/2020)
""", "2020-07-29", "Phường Nhà Mát: Đại hội đại biểu Đảng bộ nhiệm kỳ 2020 - 2025",
E("dai_hoi", None, "2020-07-28"),
[P("Lý Thị Kim Hoa", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Tổ chức Thành ủy Bạc Liêu"),
 P("Trần Minh Luân", "Bí thư Đảng ủy phường Nhà Mát", "Bí thư"),
 P("Huỳnh Thị Ngọc Mai", "Chủ tịch UBND phường", "Phó Bí thư Đảng ủy"),
 P("Lâm Văn Sơn", "Phó Bí thư Thường trực Đảng ủy", "Chủ nhiệm Ủy ban Kiểm tra Đảng ủy"),
 P("Thạch Thị Sa Kha", "Bí thư Chi bộ khóa 3")],
[Q("95 đại biểu", 95, "đại biểu"), Q("287 đảng viên", 287, "đảng viên"), Q("13 chi bộ", 13, "chi bộ"),
 Q("16/18 chỉ tiêu", 16, "chỉ tiêu"), Q("52 triệu đồng", 52000000, "đồng"), Q("38 hộ", 38, "hộ"), Q("1,1%", 1.1, "%"),
 Q("1.240 hộ", 1240, "hộ"), Q("trên 2,3 tỷ đồng", 2300000000, "đồng", "over"), Q("46 đảng viên", 46, "đảng viên"),
 Q("5 đảng viên", 5, "đảng viên"), Q("80 triệu đồng/người/năm", 80000000, "đồng"),
 Q("từ 2 ấp, khóm", 2, "ấp, khóm", "over"), Q("13 đồng chí", 13, "đồng chí"), Q("3 đồng chí nữ", 3, "đồng chí nữ"),
 Q("98,9%", 98.9, "%"), Q("11 đại biểu", 11, "đại biểu"), Q("27 hộ", 27, "hộ"),
 Q("gần 900 m2", 900, "m2", "approx")],
[D("Chỉ thị", "35", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 35-CT/TW của Bộ Chính trị"),
 D("Chỉ thị", "05", "CT/TW", "2016-05-15", "Bộ Chính trị", "Chỉ thị số 05-CT/TW ngày 15/5/2016")],
[prov("Bạc Liêu"), com("Nhà Mát")],
["BÁO BẠC LIÊU ĐIỆN TỬ", "Xây dựng Đảng | Đại hội Đảng các cấp tiến tới Đại hội XIII của Đảng",
 "Đồng chí Trần Minh Luân tái đắc cử Bí thư Đảng ủy phường Nhà Mát."],
["Cập nhật lúc 09:15 ngày 29/07/2020", "lần thứ IV", "nhiệm kỳ 2020 - 2025", "13 đồng chí", "3 đồng chí nữ", "lần thứ XIII",
 "khóa 3", "4 lần"]))
