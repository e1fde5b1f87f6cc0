from lib import *
PAGES = []

PAGES.append(page("b1247-dongnai-mttq-taphuan-xoanhatam-2024", """
BÁO ĐỒNG NAI ĐIỆN TỬ
Trang chủ > Chính trị > Mặt trận
Thứ Sáu, 26/07/2024 - 14:55
Tập huấn cho cán bộ Mặt trận cơ sở về xóa nhà tạm, nhà dột nát
Ngày 25/7, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Đồng Nai tổ chức lớp tập huấn nghiệp vụ triển khai phong trào thi đua "Cả nước chung tay xóa nhà tạm, nhà dột nát" năm 2024 cho 160 học viên là Chủ tịch, Phó Chủ tịch Ủy ban MTTQ các xã, phường, thị trấn và cán bộ Mặt trận cấp huyện.
Học viên trao đổi tại lớp tập huấn. Ảnh: Nga Sơn
Phát biểu khai mạc, bà Đào Thị Thanh Bình, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh cho biết, thực hiện Chỉ thị số 22/CT-TTg ngày 5/7/2024 của Thủ tướng Chính phủ về đẩy mạnh triển khai phong trào thi đua "Cả nước chung tay xóa nhà tạm, nhà dột nát" trong năm 2025 và Kế hoạch số 285/KH-UBND ngày 15/7/2024 của UBND tỉnh, qua rà soát toàn tỉnh còn 1.226 căn nhà tạm, nhà dột nát cần hỗ trợ, tập trung ở các huyện Vĩnh Cửu, Tân Phú, Định Quán, Xuân Lộc.
Các học viên được Phó Trưởng phòng Quản lý nhà và thị trường bất động sản Sở Xây dựng Lê Minh Trung hướng dẫn tiêu chí xác định nhà tạm, nhà dột nát; quy trình lập hồ sơ, nghiệm thu. Ông Phan Văn Lợi, Phó Chánh Văn phòng - Trưởng phòng Tổng hợp Ủy ban MTTQ Việt Nam tỉnh quán triệt Hướng dẫn số 08/HD-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về vận động, tiếp nhận, quản lý nguồn lực xóa nhà tạm.
Theo Quyết định số 35/2024/QĐ-UBND của UBND tỉnh, mức hỗ trợ từ ngân sách và nguồn vận động là 60 triệu đồng mỗi căn xây mới, 30 triệu đồng mỗi căn sửa chữa. Tính đến giữa tháng 7, Quỹ "Vì người nghèo" các cấp trong tỉnh đã vận động được 41,5 tỷ đồng, trong đó nhiều doanh nghiệp cam kết nhận hỗ trợ trọn gói từ 10 đến 50 căn nhà.
Trao đổi tại lớp học, bà Điểu Thị Ngọc, Chủ tịch Ủy ban MTTQ xã Phú Lý (huyện Vĩnh Cửu), cho biết xã có 38 hộ đồng bào Chơ Ro cần hỗ trợ nhà ở, nhưng nhiều hộ đang ở trên đất rừng chưa được cấp giấy chứng nhận. Ông Trần Văn Sáu, Trưởng Ban Công tác Mặt trận ấp 3, xã Tà Lài, đề nghị có mẫu nhà phù hợp với vùng thường xuyên ngập lũ ven sông Đồng Nai. Đại diện Ủy ban MTTQ xã Thanh Sơn (huyện Định Quán) kiến nghị hướng dẫn cụ thể việc hỗ trợ các hộ thuộc diện di cư tự do.
Bế mạc lớp tập huấn, bà Đào Thị Thanh Bình đề nghị Mặt trận các cấp phối hợp với chính quyền hoàn thành rà soát, công khai danh sách tại khu dân cư trong tháng 8, bảo đảm "đúng đối tượng, không bỏ sót, không trục lợi"; phấn đấu 100% số nhà được khởi công trước ngày 31/12/2024.
Nga Sơn
Tin liên quan
- Đồng Nai phát động ủng hộ chương trình xóa nhà tạm, nhà dột nát (10/07/2024)
- Tân Phú bàn giao 8 căn nhà Đại đoàn kết (02/07/2024)
- Ủy ban MTTQ tỉnh sơ kết công tác 6 tháng đầu năm 2024 (28/06/2024)
""", "2024-07-26", "Tập huấn cho cán bộ Mặt trận cơ sở về xóa nhà tạm, nhà dột nát",
E("tap_huan", "2024", "2024-07-25"),
[P("Đào Thị Thanh Bình", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Minh Trung", "Phó Trưởng phòng Quản lý nhà và thị trường bất động sản Sở Xây dựng"),
 P("Phan Văn Lợi", "Phó Chánh Văn phòng - Trưởng phòng Tổng hợp Ủy ban MTTQ Việt Nam tỉnh"),
 P("Điểu Thị Ngọc", "Chủ tịch Ủy ban MTTQ xã Phú Lý"),
 P("Trần Văn Sáu", "Trưởng Ban Công tác Mặt trận ấp 3")],
[Q("160 học viên", 160, "học viên"),
 Q("1.226 căn nhà tạm, nhà dột nát", 1226, "căn nhà tạm, nhà dột nát"),
 Q("60 triệu đồng", 60000000, "đồng"), Q("30 triệu đồng", 30000000, "đồng"), Q("41,5 tỷ đồng", 41500000000, "đồng"),
 Q("38 hộ đồng bào Chơ Ro", 38, "hộ đồng bào Chơ Ro"), Q("100%", 100, "%")],
[D("Chỉ thị", "22", "CT-TTg", "2024-07-05", "Thủ tướng Chính phủ", "Chỉ thị số 22/CT-TTg ngày 5/7/2024"),
 D("Kế hoạch", "285", "KH-UBND", "2024-07-15", "UBND tỉnh", "Kế hoạch số 285/KH-UBND ngày 15/7/2024"),
 D("Hướng dẫn", "08", "HD-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Hướng dẫn số 08/HD-MTTQ-BTT"),
 D("Quyết định", "35", "2024/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 35/2024/QĐ-UBND")],
[prov("Đồng Nai"), com("Phú Lý"), com("Tà Lài"), com("Thanh Sơn")],
["BÁO ĐỒNG NAI ĐIỆN TỬ", "Trang chủ > Chính trị > Mặt trận", "Học viên trao đổi tại lớp tập huấn. Ảnh: Nga Sơn",
 "Cả nước chung tay xóa nhà tạm, nhà dột nát", "Vì người nghèo", "đúng đối tượng, không bỏ sót, không trục lợi"],
["Thứ Sáu, 26/07/2024 - 14:55", "năm 2024", "trong năm 2025", "giữa tháng 7", "từ 10 đến 50 căn nhà", "ấp 3",
 "trong tháng 8", "trước ngày 31/12/2024"]))

PAGES.append(page("b1248-daknong-bcd-giaoban-thang11-2024", """
BÁO ĐẮK NÔNG ĐIỆN TỬ
Thời sự » Chính trị » Xóa nhà tạm, nhà dột nát
Cập nhật: 07:10, 30/11/2024
Đắk Nông: Khởi công 872 căn nhà cho hộ nghèo, hộ cận nghèo
Chiều 29/11, Ban Chỉ đạo thực hiện phong trào thi đua "Cả nước chung tay xóa nhà tạm, nhà dột nát" tỉnh Đắk Nông tổ chức giao ban trực tuyến tháng 11/2024 với 8 điểm cầu huyện, thành phố và 71 điểm cầu xã, phường, thị trấn.
Quang cảnh giao ban tại điểm cầu tỉnh.
Đồng chí Hồ Xuân Thanh, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo chủ trì. Cùng chủ trì có đồng chí H'Mai Niê, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Phó Trưởng Ban Thường trực Ban Chỉ đạo và các đồng chí Phó Chủ tịch UBND tỉnh: Nguyễn Văn Bình, Trần Thị Mỹ Lệ.
Theo báo cáo của Sở Lao động - Thương binh và Xã hội, thực hiện Kế hoạch số 350-KH/TU ngày 22/8/2024 của Ban Thường vụ Tỉnh ủy, toàn tỉnh có 2.317 hộ cần hỗ trợ nhà ở, gồm 1.689 căn xây mới và 628 căn sửa chữa. Trong tháng 11, các địa phương đã khởi công 872 căn nhà, hoàn thành 315 căn, nâng tổng số nhà hoàn thành từ đầu đợt lên 641 căn, đạt 27,7%.
Quỹ xóa nhà tạm, nhà dột nát tỉnh đã tiếp nhận 46,2 tỷ đồng; các lực lượng vũ trang, đoàn viên thanh niên hỗ trợ 9.800 ngày công. Huyện Tuy Đức và huyện Đắk Glong là hai địa phương có tiến độ nhanh nhất, trong đó xã Đắk Ngo, xã Quảng Trực đã khởi công toàn bộ số nhà được giao.
Tại điểm cầu huyện Tuy Đức, đồng chí Điểu Ka Sơn, HUV, Trưởng Ban Dân vận Huyện ủy Tuy Đức cho biết huyện áp dụng cách làm "mỗi cơ quan nhận một căn nhà", phân công 36 cơ quan, đơn vị phụ trách đến từng hộ. Đại diện UBND xã Nâm Nung phản ánh khó khăn do mùa mưa kéo dài, vật liệu vận chuyển vào các bon xa rất vất vả.
Một số địa phương còn chậm do vướng đất ở, nhiều hộ đồng bào dân tộc thiểu số phía Bắc di cư tự do chưa có giấy tờ nhà đất. Thực hiện Công văn số 5412/UBND-KGVX của UBND tỉnh, Sở Tài nguyên và Môi trường đang phối hợp với các huyện tháo gỡ cho 214 hộ.
Kết luận giao ban, đồng chí Hồ Xuân Thanh yêu cầu các địa phương "chạy nước rút" để trong tháng 12 khởi công toàn bộ số nhà còn lại; xử lý nghiêm việc thi công ẩu, sử dụng vật liệu kém chất lượng; thực hiện công khai danh sách hộ được hỗ trợ tại thôn, bon, tổ dân phố. Đồng chí H'Mai Niê đề nghị Mặt trận các cấp tăng cường giám sát, phát huy vai trò Ban Thanh tra nhân dân.
Ngọc Hân
Lượt xem: 743
Tin cùng chuyên mục
- Gia Nghĩa bàn giao 25 căn nhà cho hộ nghèo (27/11/2024)
- Krông Nô huy động hơn 1.000 ngày công làm nhà cho người nghèo (22/11/2024)
- Giao ban xóa nhà tạm, nhà dột nát tháng 10/2024 (31/10/2024)
""", "2024-11-30", "Đắk Nông: Khởi công 872 căn nhà cho hộ nghèo, hộ cận nghèo",
E("giao_ban", "2024-11", "2024-11-29"),
[P("Hồ Xuân Thanh", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh", "Trưởng Ban Chỉ đạo"),
 P("H'Mai Niê", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh",
   "Phó Trưởng Ban Thường trực Ban Chỉ đạo"),
 P("Nguyễn Văn Bình", "Phó Chủ tịch UBND tỉnh"),
 P("Trần Thị Mỹ Lệ", "Phó Chủ tịch UBND tỉnh"),
 P("Điểu Ka Sơn", "HUV", "Trưởng Ban Dân vận Huyện ủy Tuy Đức")],
[Q("872 căn nhà", 872, "căn nhà"), Q("8 điểm cầu huyện, thành phố", 8, "điểm cầu huyện, thành phố"),
 Q("71 điểm cầu xã, phường, thị trấn", 71, "điểm cầu xã, phường, thị trấn"), Q("2.317 hộ", 2317, "hộ"),
 Q("1.689 căn", 1689, "căn"), Q("628 căn", 628, "căn"), Q("315 căn", 315, "căn"), Q("641 căn", 641, "căn"),
 Q("27,7%", 27.7, "%"), Q("46,2 tỷ đồng", 46200000000, "đồng"), Q("9.800 ngày công", 9800, "ngày công"),
 Q("36 cơ quan, đơn vị", 36, "cơ quan, đơn vị"), Q("214 hộ", 214, "hộ")],
[D("Kế hoạch", "350", "KH/TU", "2024-08-22", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 350-KH/TU ngày 22/8/2024"),
 D("Công văn", "5412", "UBND-KGVX", None, "UBND tỉnh", "Công văn số 5412/UBND-KGVX")],
[prov("Đắk Nông"), com("Đắk Ngo"), com("Quảng Trực"), com("Nâm Nung")],
["BÁO ĐẮK NÔNG ĐIỆN TỬ", "Thời sự » Chính trị » Xóa nhà tạm, nhà dột nát", "Quang cảnh giao ban tại điểm cầu tỉnh.",
 "Cả nước chung tay xóa nhà tạm, nhà dột nát", "mỗi cơ quan nhận một căn nhà", "chạy nước rút", "Lượt xem: 743"],
["Cập nhật: 07:10, 30/11/2024", "tháng 11/2024", "Trong tháng 11", "trong tháng 12", "Lượt xem: 743"]))

PAGES.append(page("b1249-lamdong-tongket-xoanhatam-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH LÂM ĐỒNG
Trang chủ › Chính trị › Thời sự
Cập nhật 21/08/2025, 16:30
Toàn cảnh hội nghị tổng kết tại điểm cầu tỉnh.
Lâm Đồng hoàn thành xóa 7.845 căn nhà tạm, nhà dột nát
Sáng 20/8, Ban Chỉ đạo phong trào thi đua "Cả nước chung tay xóa nhà tạm, nhà dột nát" tỉnh Lâm Đồng tổ chức hội nghị tổng kết chương trình xóa nhà tạm, nhà dột nát trên địa bàn tỉnh, kết nối trực tuyến đến 124 xã, phường, đặc khu. Đồng chí Phạm Minh Châu, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo chủ trì.
Cùng dự có đồng chí Ka Bông, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy và đồng chí Nguyễn Thị Tuyết Lan, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Phó Trưởng Ban Chỉ đạo.
Báo cáo tổng kết nêu rõ, thực hiện Chỉ thị số 22/CT-TTg ngày 5/7/2024 của Thủ tướng Chính phủ và Kế hoạch số 12-KH/TU ngày 10/7/2025 của Ban Thường vụ Tỉnh ủy, trên địa bàn 3 tỉnh Lâm Đồng, Đắk Nông, Bình Thuận trước đây và tỉnh Lâm Đồng hiện nay đã hỗ trợ xóa 7.845 căn nhà tạm, nhà dột nát, gồm 5.912 căn xây mới và 1.933 căn sửa chữa, về đích sớm 2 tháng so với mục tiêu. Trong đó có 1.126 căn của hộ người có công với cách mạng, thân nhân liệt sĩ.
Tổng kinh phí thực hiện hơn 380 tỷ đồng, trong đó ngân sách nhà nước chiếm 46%, phần còn lại từ Quỹ "Vì người nghèo", doanh nghiệp, nhà hảo tâm và sự đóng góp của người dân. Các lực lượng đã huy động hơn 46.000 ngày công. Riêng nguồn tiết kiệm 5% chi thường xuyên theo Nghị quyết số 10/2025/NQ-HĐND của HĐND tỉnh đã bố trí 74 tỷ đồng.
Chia sẻ tại điểm cầu xã Quảng Khê, ông K'Tiếp, Bí thư Đảng ủy xã cho biết, xã là địa bàn có đông đồng bào M'nông, Mạ; nhiều căn nhà phải vận chuyển vật liệu bằng xe máy qua đường đất trơn trượt. Đảng ủy xã đã phân công 42 đảng viên phụ trách đến từng hộ, vận động các dòng họ góp công.
Bà Nguyễn Thị Hải, ở thôn 3, xã Hàm Thạnh, một trong những hộ cuối cùng nhận nhà, xúc động: "Cả đời tôi chưa nghĩ mình có được căn nhà kiên cố như thế này".
Phát biểu kết luận, đồng chí Phạm Minh Châu biểu dương sự vào cuộc của cả hệ thống chính trị, đặc biệt là trong bối cảnh vừa sắp xếp, hợp nhất tỉnh và vận hành chính quyền địa phương hai cấp. Đồng chí yêu cầu chính quyền các xã, phường tiếp tục hỗ trợ sinh kế để người dân "an cư, lạc nghiệp", không để phát sinh nhà tạm mới.
Dịp này, UBND tỉnh khen thưởng 45 tập thể và 60 cá nhân có thành tích xuất sắc; Ủy ban MTTQ Việt Nam tỉnh tặng Bằng khen cho 28 doanh nghiệp, nhà hảo tâm.
Mai Văn
Tin liên quan
- Phường Bắc Gia Nghĩa bàn giao căn nhà cuối cùng cho hộ nghèo (15/08/2025)
- Xã Tuy Đức hoàn thành chỉ tiêu xóa nhà tạm (08/08/2025)
- Lâm Đồng: chính quyền hai cấp vận hành thông suốt (01/08/2025)
""", "2025-08-21", "Lâm Đồng hoàn thành xóa 7.845 căn nhà tạm, nhà dột nát",
E("tong_ket", None, "2025-08-20"),
[P("Phạm Minh Châu", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh", "Trưởng Ban Chỉ đạo"),
 P("Ka Bông", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Tuyết Lan", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Phó Trưởng Ban Chỉ đạo"),
 P("K'Tiếp", "Bí thư Đảng ủy xã"),
 P("Nguyễn Thị Hải")],
[Q("7.845 căn nhà tạm, nhà dột nát", 7845, "căn nhà tạm, nhà dột nát"),
 Q("124 xã, phường, đặc khu", 124, "xã, phường, đặc khu"), Q("3 tỉnh", 3, "tỉnh"),
 Q("5.912 căn", 5912, "căn"), Q("1.933 căn", 1933, "căn"), Q("1.126 căn", 1126, "căn"),
 Q("hơn 380 tỷ đồng", 380000000000, "đồng", "over"), Q("46%", 46, "%"), Q("hơn 46.000 ngày công", 46000, "ngày công", "over"),
 Q("5%", 5, "%"), Q("74 tỷ đồng", 74000000000, "đồng"), Q("42 đảng viên", 42, "đảng viên"),
 Q("45 tập thể", 45, "tập thể"), Q("60 cá nhân", 60, "cá nhân"), Q("28 doanh nghiệp, nhà hảo tâm", 28, "doanh nghiệp, nhà hảo tâm")],
[D("Chỉ thị", "22", "CT-TTg", "2024-07-05", "Thủ tướng Chính phủ", "Chỉ thị số 22/CT-TTg ngày 5/7/2024"),
 D("Kế hoạch", "12", "KH/TU", "2025-07-10", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 12-KH/TU ngày 10/7/2025"),
 D("Nghị quyết", "10", "2025/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 10/2025/NQ-HĐND")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Quảng Khê"), com("Hàm Thạnh")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH LÂM ĐỒNG", "Trang chủ › Chính trị › Thời sự",
 "Toàn cảnh hội nghị tổng kết tại điểm cầu tỉnh.", "Cả nước chung tay xóa nhà tạm, nhà dột nát", "Vì người nghèo",
 "an cư, lạc nghiệp"],
["Cập nhật 21/08/2025, 16:30", "sớm 2 tháng", "thôn 3", "hai cấp"]))

PAGES.append(page("b1250-daklak-mttq-trao-hotro-lulut-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH ĐẮK LẮK
Trang chủ | Xã hội | Chung tay hướng về vùng lũ
Thứ Ba, 25/11/2025 - 19:20
Trao 2.000 suất quà cho người dân vùng lũ phía Đông tỉnh
Ngày 24/11, đoàn công tác của Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk do đồng chí Lê Thị Ngọc Diệp, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh dẫn đầu đã đến thăm, trao quà hỗ trợ người dân bị thiệt hại do đợt lũ lịch sử tại phường Tuy Hòa, phường Bình Kiến, xã Hòa Thịnh và xã Tây Hòa.
Người dân phường Tuy Hòa nhận quà hỗ trợ của Ủy ban MTTQ Việt Nam tỉnh. Ảnh: Thúy Hồng
Cùng đi có đồng chí Y Thuận Êban, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Nông dân tỉnh và bà H'Luyện Mlô, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh - Chủ tịch Hội Liên hiệp Phụ nữ tỉnh.
Tại các địa phương, đoàn đã trao 2.000 suất quà, mỗi suất gồm 1 triệu đồng tiền mặt cùng gạo, nước uống, thuốc men, tổng trị giá gần 2,6 tỷ đồng. Đoàn cũng trao 300 triệu đồng cho Trạm Y tế xã Hòa Thịnh để sửa chữa trang thiết bị bị hư hỏng do nước lũ.
Theo báo cáo nhanh, đợt mưa lũ từ ngày 17 đến 21/11 đã làm 19 người chết và mất tích trên địa bàn các xã, phường thuộc tỉnh Phú Yên cũ; hơn 42.000 ngôi nhà bị ngập sâu, 136 căn nhà bị sập, cuốn trôi hoàn toàn; hàng nghìn ha lúa, hoa màu bị hư hại.
Thực hiện Nghị định số 93/2021/NĐ-CP của Chính phủ về vận động, tiếp nhận, phân phối và sử dụng các nguồn đóng góp tự nguyện hỗ trợ khắc phục khó khăn do thiên tai, dịch bệnh, sự cố và Hướng dẫn số 58/HD-MTTW-BTT ngày 20/11/2025 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam, đến ngày 24/11, Ban Vận động cứu trợ tỉnh đã tiếp nhận hơn 86 tỷ đồng, trong đó Ủy ban Trung ương MTTQ Việt Nam phân bổ 30 tỷ đồng. Theo Quyết định số 2150/QĐ-UBND ngày 21/11/2025 của UBND tỉnh, mỗi hộ có nhà bị sập, cuốn trôi được hỗ trợ 40 triệu đồng; gia đình có người chết, mất tích được hỗ trợ 15 triệu đồng mỗi người.
Bí thư Đảng ủy phường Tuy Hòa Trần Hữu Phước cho biết, lũ lên nhanh trong đêm, nhiều khu phố ngập gần 2 m; lực lượng quân đội, công an và các tổ Mặt trận khu phố đã di dời hơn 5.600 hộ dân đến nơi an toàn.
Thăm hỏi gia đình bà Nguyễn Thị Lài ở xã Tây Hòa, có chồng bị nước cuốn trôi, đồng chí Lê Thị Ngọc Diệp chia buồn và động viên gia đình vượt qua mất mát. Đồng chí đề nghị Đảng ủy, chính quyền các xã, phường rà soát kỹ, hỗ trợ kịp thời, công khai, "không để người dân nào bị đói, rét, không có chỗ ở", đồng thời chuẩn bị phương án dựng lại nhà cho các hộ mất nhà trước Tết Nguyên đán.
Thúy Hồng
Tin khác
- Hơn 1.000 tình nguyện viên giúp dân dọn dẹp sau lũ (23/11/2025)
- Ủy ban MTTQ tỉnh ra lời kêu gọi ủng hộ đồng bào vùng lũ (20/11/2025)
- Đắk Lắk: khẩn trương khắc phục hậu quả mưa lũ (22/11/2025)
""", "2025-11-25", "Trao 2.000 suất quà cho người dân vùng lũ phía Đông tỉnh",
E("trao_qua", None, "2025-11-24"),
[P("Lê Thị Ngọc Diệp", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Y Thuận Êban", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Nông dân tỉnh"),
 P("H'Luyện Mlô", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh - Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
 P("Trần Hữu Phước", "Bí thư Đảng ủy phường Tuy Hòa"),
 P("Nguyễn Thị Lài")],
[Q("2.000 suất quà", 2000, "suất quà"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("gần 2,6 tỷ đồng", 2600000000, "đồng", "approx"), Q("300 triệu đồng", 300000000, "đồng"),
 Q("19 người", 19, "người"), Q("hơn 42.000 ngôi nhà", 42000, "ngôi nhà", "over"), Q("136 căn nhà", 136, "căn nhà"),
 Q("hơn 86 tỷ đồng", 86000000000, "đồng", "over"), Q("30 tỷ đồng", 30000000000, "đồng"),
 Q("40 triệu đồng", 40000000, "đồng"), Q("15 triệu đồng", 15000000, "đồng"), Q("gần 2 m", 2, "m", "approx"),
 Q("hơn 5.600 hộ dân", 5600, "hộ dân", "over")],
[D("Nghị định", "93", "2021/NĐ-CP", None, "Chính phủ", "Nghị định số 93/2021/NĐ-CP"),
 D("Hướng dẫn", "58", "HD-MTTW-BTT", "2025-11-20", "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 58/HD-MTTW-BTT ngày 20/11/2025"),
 D("Quyết định", "2150", "QĐ-UBND", "2025-11-21", "UBND tỉnh", "Quyết định số 2150/QĐ-UBND ngày 21/11/2025")],
[prov("Đắk Lắk"), prov("Phú Yên"), com("Tuy Hòa"), com("Bình Kiến"), com("Hòa Thịnh"), com("Tây Hòa")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH ĐẮK LẮK", "Trang chủ | Xã hội | Chung tay hướng về vùng lũ",
 "Người dân phường Tuy Hòa nhận quà hỗ trợ của Ủy ban MTTQ Việt Nam tỉnh. Ảnh: Thúy Hồng", "Trạm Y tế xã Hòa Thịnh",
 "không để người dân nào bị đói, rét, không có chỗ ở"],
["Thứ Ba, 25/11/2025 - 19:20", "từ ngày 17 đến 21/11", "đến ngày 24/11", "hàng nghìn ha", "trong đêm"]))

PAGES.append(page("b1251-dongnai-xabudang-daihoi-mttq-2026", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ BÙ ĐĂNG - TỈNH ĐỒNG NAI
Trang chủ / Tin tức - Sự kiện / Mặt trận - Đoàn thể
13/3/2026 08:05
Đại hội đại biểu Mặt trận Tổ quốc Việt Nam xã Bù Đăng lần thứ I, nhiệm kỳ 2026 - 2031
Ngày 12/3, Ủy ban MTTQ Việt Nam xã Bù Đăng long trọng tổ chức Đại hội đại biểu Mặt trận Tổ quốc Việt Nam xã lần thứ I, nhiệm kỳ 2026 - 2031. Đây là đại hội đầu tiên sau khi xã Bù Đăng được thành lập trên cơ sở sắp xếp thị trấn Đức Phong, xã Đức Liễu và xã Thọ Sơn thuộc huyện Bù Đăng, tỉnh Bình Phước trước đây.
Các đại biểu biểu quyết thông qua chương trình đại hội.
Dự đại hội có đồng chí Trần Minh Quang, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Đồng Nai; đồng chí Lê Thị Bích Vân, Bí thư Đảng ủy xã; đồng chí Nguyễn Thành Long, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã cùng 150 đại biểu chính thức đại diện cho hơn 48.000 người dân các dân tộc trong xã.
Báo cáo tại đại hội cho biết, nhiệm kỳ qua (tính cả các đơn vị trước sắp xếp), Mặt trận và các tổ chức thành viên đã vận động hơn 14 tỷ đồng xây dựng 96 căn nhà Đại đoàn kết và tham gia xóa 212 căn nhà tạm, nhà dột nát cho hộ nghèo, trong đó có 58 hộ đồng bào S'tiêng, M'nông. Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" và phong trào "3 sạch" được nhân dân hưởng ứng; 100% khu dân cư đạt danh hiệu khu dân cư văn hóa.
Thực hiện Kế hoạch số 15-KH/ĐU của Ban Thường vụ Đảng ủy xã và Hướng dẫn số 05/HD-MTTQ-BTT ngày 10/1/2026 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, công tác chuẩn bị đại hội được tiến hành chu đáo, đúng Điều lệ Mặt trận Tổ quốc Việt Nam.
Phát biểu chỉ đạo, đồng chí Lê Thị Bích Vân đề nghị Ủy ban MTTQ xã khóa mới tiếp tục phát huy vai trò nòng cốt tập hợp, đoàn kết nhân dân, nhất là đồng bào dân tộc thiểu số tại chỗ; đổi mới phương thức hoạt động phù hợp mô hình chính quyền địa phương hai cấp; chú trọng giám sát, phản biện xã hội và chăm lo an sinh cho người yếu thế.
Đại hội đã hiệp thương cử 55 vị vào Ủy ban MTTQ Việt Nam xã khóa I. Tại hội nghị lần thứ nhất, đồng chí Điểu Thị Hằng, Ủy viên Ban Thường vụ Đảng ủy xã, được hiệp thương cử giữ chức Chủ tịch Ủy ban MTTQ Việt Nam xã; các đồng chí Thị Thúy, Lê Văn Hậu, Điểu Rô được hiệp thương cử giữ chức Phó Chủ tịch Ủy ban MTTQ Việt Nam xã. Đại hội cũng hiệp thương cử 9 đại biểu dự Đại hội đại biểu MTTQ Việt Nam tỉnh Đồng Nai lần thứ I.
Đại hội đề ra mục tiêu mỗi năm vận động Quỹ "Vì người nghèo" đạt trên 1,5 tỷ đồng, xây dựng ít nhất 10 căn nhà Đại đoàn kết; phấn đấu đến năm 2030 không còn hộ nghèo theo chuẩn của tỉnh.
Minh Trí
Tin liên quan
- Ban Thường vụ Đảng ủy xã làm việc với Ủy ban MTTQ xã về công tác chuẩn bị đại hội (20/02/2026)
- Xã Bù Đăng trao 300 phần quà Tết cho hộ nghèo (10/02/2026)
- Đại hội điểm Ban Công tác Mặt trận thôn 3 (15/01/2026)
""", "2026-03-13", "Đại hội đại biểu Mặt trận Tổ quốc Việt Nam xã Bù Đăng lần thứ I, nhiệm kỳ 2026 - 2031",
E("dai_hoi", None, "2026-03-12"),
[P("Trần Minh Quang", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Đồng Nai"),
 P("Lê Thị Bích Vân", "Bí thư Đảng ủy xã"),
 P("Nguyễn Thành Long", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã"),
 P("Điểu Thị Hằng", "Ủy viên Ban Thường vụ Đảng ủy xã", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Thị Thúy", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Lê Văn Hậu", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Điểu Rô", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã")],
[Q("150 đại biểu chính thức", 150, "đại biểu chính thức"), Q("hơn 48.000 người dân", 48000, "người dân", "over"),
 Q("hơn 14 tỷ đồng", 14000000000, "đồng", "over"), Q("96 căn nhà Đại đoàn kết", 96, "căn nhà Đại đoàn kết"),
 Q("212 căn nhà tạm, nhà dột nát", 212, "căn nhà tạm, nhà dột nát"), Q("58 hộ đồng bào S'tiêng, M'nông", 58, "hộ đồng bào S'tiêng, M'nông"),
 Q("100%", 100, "%"), Q("55 vị", 55, "vị"), Q("9 đại biểu", 9, "đại biểu"),
 Q("trên 1,5 tỷ đồng", 1500000000, "đồng", "over"), Q("10 căn nhà Đại đoàn kết", 10, "căn nhà Đại đoàn kết", "over")],
[D("Kế hoạch", "15", "KH/ĐU", None, "Ban Thường vụ Đảng ủy xã", "Kế hoạch số 15-KH/ĐU"),
 D("Hướng dẫn", "05", "HD-MTTQ-BTT", "2026-01-10", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Hướng dẫn số 05/HD-MTTQ-BTT ngày 10/1/2026")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bù Đăng"), com("Đức Phong"), com("Đức Liễu"), com("Thọ Sơn")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ BÙ ĐĂNG - TỈNH ĐỒNG NAI", "Trang chủ / Tin tức - Sự kiện / Mặt trận - Đoàn thể",
 "Các đại biểu biểu quyết thông qua chương trình đại hội.",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "3 sạch", "Điều lệ Mặt trận Tổ quốc Việt Nam",
 "Vì người nghèo"],
["13/3/2026 08:05", "lần thứ I", "nhiệm kỳ 2026 - 2031", "3 sạch", "khóa I", "hội nghị lần thứ nhất", "đến năm 2030",
 "hai cấp"]))

PAGES.append(page("b1252-hcm-phuongbaria-chamlotet-2026", """
ỦY BAN NHÂN DÂN PHƯỜNG BÀ RỊA - THÀNH PHỐ HỒ CHÍ MINH
Trang chủ » Tin tức » Hoạt động Mặt trận - Đoàn thể
Hôm nay: Thứ Bảy, 10/01/2026
08:30 | 09/01/2026
Phường Bà Rịa dành hơn 7 tỷ đồng chăm lo Tết cho người nghèo
Chiều 8/1, Ban Thường trực Ủy ban MTTQ Việt Nam phường Bà Rịa tổ chức hội nghị triển khai công tác chăm lo Tết Nguyên đán Bính Ngọ năm 2026 và vận động Quỹ "Vì người nghèo". Đồng chí Võ Thị Thu Trang, Bí thư Đảng ủy phường dự và chỉ đạo hội nghị. Đồng chí Phạm Ngọc Lan, Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam phường chủ trì.
Đồng chí Phạm Ngọc Lan phát biểu tại hội nghị.
Dự hội nghị có bà Lâm Thị Thu Vân, Phó Chủ tịch Ủy ban MTTQ Việt Nam Thành phố Hồ Chí Minh; đồng chí Nguyễn Hữu Phước, Phó Bí thư Đảng ủy, Chủ tịch UBND phường; các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam phường: Trần Văn Lực, Huỳnh Thị Ngọc Bích; trưởng ban công tác Mặt trận 34 khu phố.
Theo Kế hoạch số 04/KH-MTTQ-BTT ngày 5/1/2026 của Ban Thường trực Ủy ban MTTQ Việt Nam phường, thực hiện Chỉ thị số 02-CT/TU ngày 15/12/2025 của Ban Thường vụ Thành ủy về tổ chức Tết Nguyên đán Bính Ngọ, dịp Tết năm nay phường phấn đấu trao 4.500 phần quà cho hộ nghèo, hộ cận nghèo, gia đình chính sách, người lao động khó khăn, mỗi phần trị giá 800.000 đồng; tổ chức "Chợ Tết 0 đồng" cho 1.260 hộ nghèo, hộ cận nghèo theo chuẩn nghèo Thành phố; hỗ trợ vé xe cho 350 công nhân về quê đón Tết. Tổng kinh phí dự kiến hơn 7 tỷ đồng, từ ngân sách, Quỹ "Vì người nghèo" và nguồn xã hội hóa.
Ông Trần Văn Lực, Phó Chủ tịch Ủy ban MTTQ Việt Nam phường - Chủ tịch Hội Cựu chiến binh phường, cho biết năm 2025, phường đã vận động Quỹ "Vì người nghèo" được 3,8 tỷ đồng, xây dựng và sửa chữa 12 căn nhà Đại đoàn kết; tỷ lệ hộ nghèo theo chuẩn Thành phố giảm còn 0,9%. Thực hiện Công văn số 125-CV/ĐU của Đảng ủy phường, các chi bộ khu phố đã rà soát, lập danh sách, bảo đảm không trùng lặp, không bỏ sót đối tượng.
Phát biểu chỉ đạo, đồng chí Võ Thị Thu Trang yêu cầu việc chăm lo Tết phải "đúng đối tượng, đúng thời gian, công khai, minh bạch"; các đoàn thăm, tặng quà không phô trương, hình thức; đặc biệt quan tâm người cao tuổi neo đơn, trẻ mồ côi, người khuyết tật và các hộ vừa chuyển đến sau sắp xếp đơn vị hành chính.
Ngay tại hội nghị, 26 doanh nghiệp, cơ sở tôn giáo và cá nhân đã đăng ký ủng hộ 2,35 tỷ đồng cùng 18 tấn gạo.
Hoàng Yến
Lượt truy cập: 4.127
Tin khác
- Phường Bà Rịa tổng kết công tác Mặt trận năm 2025 (26/12/2025)
- Trao 100 phần quà cho công nhân khó khăn (20/12/2025)
- Ngày hội Đại đoàn kết toàn dân tộc khu phố Phước Trung (18/11/2025)
""", "2026-01-09", "Phường Bà Rịa dành hơn 7 tỷ đồng chăm lo Tết cho người nghèo",
E("hoi_nghi", "2026", "2026-01-08"),
[P("Võ Thị Thu Trang", "Bí thư Đảng ủy phường"),
 P("Phạm Ngọc Lan", "Ủy viên Ban Thường vụ Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Lâm Thị Thu Vân", "Phó Chủ tịch Ủy ban MTTQ Việt Nam Thành phố Hồ Chí Minh"),
 P("Nguyễn Hữu Phước", "Phó Bí thư Đảng ủy", "Chủ tịch UBND phường"),
 P("Trần Văn Lực", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường",
   "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường - Chủ tịch Hội Cựu chiến binh phường"),
 P("Huỳnh Thị Ngọc Bích", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường")],
[Q("hơn 7 tỷ đồng", 7000000000, "đồng", "over"), Q("34 khu phố", 34, "khu phố"), Q("4.500 phần quà", 4500, "phần quà"),
 Q("800.000 đồng", 800000, "đồng"), Q("1.260 hộ nghèo, hộ cận nghèo", 1260, "hộ nghèo, hộ cận nghèo"),
 Q("350 công nhân", 350, "công nhân"), Q("3,8 tỷ đồng", 3800000000, "đồng"),
 Q("12 căn nhà Đại đoàn kết", 12, "căn nhà Đại đoàn kết"), Q("0,9%", 0.9, "%"),
 Q("26 doanh nghiệp, cơ sở tôn giáo và cá nhân", 26, "doanh nghiệp, cơ sở tôn giáo và cá nhân"),
 Q("2,35 tỷ đồng", 2350000000, "đồng"), Q("18 tấn gạo", 18, "tấn")],
[D("Kế hoạch", "04", "KH-MTTQ-BTT", "2026-01-05", "Ban Thường trực Ủy ban MTTQ Việt Nam phường", "Kế hoạch số 04/KH-MTTQ-BTT ngày 5/1/2026"),
 D("Chỉ thị", "02", "CT/TU", "2025-12-15", "Ban Thường vụ Thành ủy", "Chỉ thị số 02-CT/TU ngày 15/12/2025"),
 D("Công văn", "125", "CV/ĐU", None, "Đảng ủy phường", "Công văn số 125-CV/ĐU")],
[prov("Hồ Chí Minh"), com("Bà Rịa")],
["ỦY BAN NHÂN DÂN PHƯỜNG BÀ RỊA - THÀNH PHỐ HỒ CHÍ MINH", "Trang chủ » Tin tức » Hoạt động Mặt trận - Đoàn thể",
 "Đồng chí Phạm Ngọc Lan phát biểu tại hội nghị.", "Vì người nghèo", "Chợ Tết 0 đồng",
 "đúng đối tượng, đúng thời gian, công khai, minh bạch", "Lượt truy cập: 4.127"],
["Hôm nay: Thứ Bảy, 10/01/2026", "08:30 | 09/01/2026", "năm 2026", "Chợ Tết 0 đồng", "năm 2025", "Lượt truy cập: 4.127"]))
