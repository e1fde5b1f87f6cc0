from lib import *
PAGES = []

PAGES.append(page("b6125-laocai-bdt-tongket-2011", """
CỔNG THÔNG TIN ĐIỆN TỬ BAN DÂN TỘC TỈNH LÀO CAI
Trang chủ > Tin tức - Sự kiện > Chính sách dân tộc
Cập nhật: 16:40, 28/12/2011 (GMT+7)
Toàn cảnh hội nghị tổng kết.
Lào Cai: 18.250 hộ nghèo vùng cao được hỗ trợ phát triển sản xuất
Ngày 27/12/2011, Ban Dân tộc tỉnh Lào Cai tổ chức hội nghị tổng kết công tác dân tộc năm 2011 và Chương trình 135 giai đoạn II, triển khai nhiệm vụ năm 2012. Đồng chí Lục Văn Pính, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh dự và chỉ đạo hội nghị. Cùng dự có các đồng chí Phó Trưởng Ban Dân tộc tỉnh: Giàng Thị Dua, Hoàng Văn Sình.
Báo cáo do ông Sần Seo Chải, Trưởng Ban Dân tộc tỉnh trình bày cho biết, thực hiện Quyết định số 07/2006/QĐ-TTg ngày 10/01/2006 của Thủ tướng Chính phủ và Kế hoạch số 98/KH-UBND ngày 15/3/2011 của UBND tỉnh, toàn tỉnh đã đầu tư 412 công trình cơ sở hạ tầng tại 83 xã đặc biệt khó khăn và 241 thôn, bản, với tổng vốn trên 486,3 tỷ đồng. Chương trình đã hỗ trợ phát triển sản xuất cho 18.250 hộ nghèo, đào tạo nâng cao năng lực cho khoảng 3.600 lượt cán bộ xã, thôn. Tỷ lệ hộ nghèo ở các xã thuộc chương trình giảm từ 52,4% xuống còn 33,6%.
Cùng với đó, tỉnh triển khai Nghị quyết 05, 06-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về giảm nghèo nhanh, bền vững ở các huyện vùng cao và về xây dựng nông thôn mới; các huyện Si Ma Cai, Bắc Hà thực hiện Nghị quyết 30a/2008/NQ-CP của Chính phủ.
Tại hội nghị, ông Vàng Seo Phủ, Chủ tịch UBND xã Y Tý, cho biết nhờ nguồn vốn hỗ trợ, xã đã làm được 14 km đường liên thôn, 2 trường mầm non và 6 công trình nước sinh hoạt tập trung. Bà Lý Thị Mẩy, người có uy tín thôn Pờ Hồ, xã Bản Phố, đề nghị tiếp tục hỗ trợ giống cây dược liệu cho đồng bào Mông, Dao. Ông Lồ Văn Thắng, HUV, Trưởng phòng Dân tộc huyện Mường Khương, nêu khó khăn về vốn đối ứng của các xã.
Phát biểu chỉ đạo, đồng chí Lục Văn Pính ghi nhận kết quả đạt được, đồng thời yêu cầu năm 2012 các ngành tập trung lồng ghép các nguồn vốn, công khai danh mục công trình để nhân dân giám sát theo phương châm "dân biết, dân bàn, dân làm, dân kiểm tra"; ưu tiên vốn cho các xã có tỷ lệ hộ nghèo trên 50%.
Dịp này, UBND tỉnh tặng bằng khen cho 15 tập thể và 22 cá nhân có thành tích xuất sắc trong thực hiện Chương trình 135 giai đoạn II.
Nhiều ý kiến cho rằng việc lồng ghép vốn giữa các chương trình còn chồng chéo, một số công trình sau khi bàn giao chưa được duy tu, bảo dưỡng; năng lực làm chủ đầu tư của cấp xã còn hạn chế, nhất là ở những xã có đông đồng bào Mông, Hà Nhì sinh sống. Việc hỗ trợ giống cây, con ở một số nơi chưa sát nhu cầu, chưa gắn với hướng dẫn kỹ thuật và tiêu thụ sản phẩm.
Minh Khôi
Số lượt đọc: 1.204
Tin liên quan
- Bắc Hà: bàn giao 9 công trình Chương trình 135 (15/12/2011)
- Tập huấn giám sát cộng đồng cho cán bộ thôn bản (30/11/2011)
- Ban Dân tộc tỉnh kiểm tra tiến độ giải ngân vốn năm 2011 (18/11/2011)
- Sa Pa: đồng bào Mông trồng 120 ha thảo quả dưới tán rừng (02/11/2011)
""", "2011-12-28", "Lào Cai: 18.250 hộ nghèo vùng cao được hỗ trợ phát triển sản xuất",
E("tong_ket", "2011", "2011-12-27"),
[P("Lục Văn Pính", "Tỉnh ủy viên", "Phó Chủ tịch UBND tỉnh"),
 P("Giàng Thị Dua", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Hoàng Văn Sình", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Sần Seo Chải", "Trưởng Ban Dân tộc tỉnh"),
 P("Vàng Seo Phủ", "Chủ tịch UBND xã Y Tý"),
 P("Lý Thị Mẩy", "người có uy tín thôn Pờ Hồ"),
 P("Lồ Văn Thắng", "HUV", "Trưởng phòng Dân tộc huyện Mường Khương")],
[Q("412 công trình cơ sở hạ tầng", 412, "công trình cơ sở hạ tầng"),
 Q("83 xã đặc biệt khó khăn", 83, "xã đặc biệt khó khăn"),
 Q("241 thôn, bản", 241, "thôn, bản"),
 Q("trên 486,3 tỷ đồng", 486300000000, "đồng", "over"),
 Q("18.250 hộ nghèo", 18250, "hộ nghèo"),
 Q("khoảng 3.600 lượt cán bộ xã, thôn", 3600, "lượt cán bộ xã, thôn", "approx"),
 Q("52,4%", 52.4, "%"), Q("33,6%", 33.6, "%"),
 Q("14 km", 14, "km"), Q("2 trường mầm non", 2, "trường mầm non"),
 Q("6 công trình nước sinh hoạt tập trung", 6, "công trình nước sinh hoạt tập trung"),
 Q("trên 50%", 50, "%", "over"),
 Q("15 tập thể", 15, "tập thể"), Q("22 cá nhân", 22, "cá nhân")],
[D("Quyết định", "07", "2006/QĐ-TTg", "2006-01-10", "Thủ tướng Chính phủ", "Quyết định số 07/2006/QĐ-TTg ngày 10/01/2006"),
 D("Kế hoạch", "98", "KH-UBND", "2011-03-15", "UBND tỉnh", "Kế hoạch số 98/KH-UBND ngày 15/3/2011"),
 D("Nghị quyết", "05", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết 05, 06-NQ/TU"),
 D("Nghị quyết", "06", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết 05, 06-NQ/TU"),
 D("Nghị quyết", "30a", "2008/NQ-CP", None, "Chính phủ", "Nghị quyết 30a/2008/NQ-CP")],
[prov("Lào Cai"), com("Y Tý"), com("Bản Phố")],
["CỔNG THÔNG TIN ĐIỆN TỬ BAN DÂN TỘC TỈNH LÀO CAI", "Trang chủ > Tin tức - Sự kiện > Chính sách dân tộc",
 "Toàn cảnh hội nghị tổng kết.", "Chương trình 135 giai đoạn II", "dân biết, dân bàn, dân làm, dân kiểm tra", "Số lượt đọc: 1.204"],
["Cập nhật: 16:40, 28/12/2011 (GMT+7)", "năm 2011", "năm 2012", "Chương trình 135", "giai đoạn II", "Số lượt đọc: 1.204"]))

PAGES.append(page("b6126-quangtri-huonghoa-soket-2012", """
Báo Quảng Trị Online
Kinh tế | Xã hội | Dân tộc - Miền núi
Thứ Sáu, 06/07/2012 - 09:20
Hướng Hóa: dồn vốn cho vùng đồng bào Vân Kiều, Pa Kô
(QTO) - Ngày 5/7, Huyện ủy Hướng Hóa tổ chức hội nghị sơ kết 6 tháng đầu năm 2012 việc thực hiện các chương trình, chính sách phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Hồ Văn Kiêng, Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện chủ trì hội nghị.
Đồng chí Hồ Văn Kiêng phát biểu tại hội nghị. Ảnh: Q.H
Theo báo cáo của Phòng Dân tộc huyện, 6 tháng qua huyện đã giải ngân 21,8 tỷ đồng vốn Chương trình 135, đạt 64% kế hoạch; khởi công 27 công trình, trong đó 11 công trình đã hoàn thành. Huyện đã cấp 1.850 con giống lợn, dê và 42 tấn phân bón cho 1.320 hộ nghèo; hỗ trợ trực tiếp bằng tiền cho 3.474 khẩu thuộc hộ nghèo vùng khó khăn theo Quyết định số 102/2009/QĐ-TTg của Thủ tướng Chính phủ, mỗi khẩu 80.000 đồng/năm.
Công tác định canh định cư theo Quyết định 33/2007/QĐ-TTg được đẩy nhanh: 57 hộ di cư tự do ở bản Xa Re đã được bố trí đất ở, đất sản xuất. Thực hiện Chỉ thị 12, 13-CT/HU của Ban Thường vụ Huyện ủy, các xã biên giới vận động đồng bào không di cư, không phát nương làm rẫy trái phép.
Tại hội nghị, đồng chí Hồ Thị Nhiên, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện, đề nghị các xã công khai danh sách hộ được hỗ trợ tại nhà văn hóa thôn. Ông Hồ Văn Pả, già làng bản Ka Tăng, xã A Dơi, phản ánh một số hộ bán giống bò được hỗ trợ. Đồng chí Lê Quang Tuấn, Trưởng phòng Dân tộc huyện, tiếp thu và giải trình các ý kiến.
Đồng chí Hồ Văn Kiêng yêu cầu 6 tháng cuối năm các xã Hướng Lập, Hướng Việt, A Dơi hoàn thành 16 công trình còn lại trước mùa mưa bão; Phòng Dân tộc phối hợp Ủy ban MTTQ huyện kiểm tra việc sử dụng vật nuôi hỗ trợ ở ít nhất 10 thôn.
Các đại biểu cũng chỉ ra hạn chế: việc lồng ghép nguồn vốn còn lúng túng; một số hộ được hỗ trợ vật nuôi nhưng thiếu kinh nghiệm chăm sóc nên hiệu quả chưa cao; công tác tuyên truyền bằng tiếng Vân Kiều, Pa Kô chưa thường xuyên. Vai trò giám sát của Ban giám sát đầu tư cộng đồng ở một số xã còn mờ nhạt, chưa phát hiện kịp thời sai sót trong thi công.
Quang Huy
Bình luận (0)
Tin khác
- Đakrông: 300 hộ đồng bào Pa Kô được hỗ trợ nước sạch (28/06/2012)
- Hội nghị người có uy tín huyện Hướng Hóa (20/06/2012)
- Tăng cường quản lý vốn Chương trình 135 ở miền núi (11/06/2012)
- Xã A Túc đón nhận danh hiệu xã văn hóa (01/06/2012)
- Hướng Hóa: đồng bào Vân Kiều trồng cà phê xen cây ăn quả (25/05/2012)
- Tập huấn nghiệp vụ công tác dân tộc cho cán bộ xã biên giới (17/05/2012)
""", "2012-07-06", "Hướng Hóa: dồn vốn cho vùng đồng bào Vân Kiều, Pa Kô",
E("so_ket", "2012-H1", "2012-07-05"),
[P("Hồ Văn Kiêng", "Phó Bí thư Thường trực Huyện ủy", "Chủ tịch HĐND huyện"),
 P("Hồ Thị Nhiên", "Ủy viên Ban Thường vụ Huyện ủy", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Hồ Văn Pả", "già làng bản Ka Tăng"),
 P("Lê Quang Tuấn", "Trưởng phòng Dân tộc huyện")],
[Q("21,8 tỷ đồng", 21800000000, "đồng"), Q("64%", 64, "%"), Q("27 công trình", 27, "công trình"),
 Q("11 công trình", 11, "công trình"), Q("1.850 con giống lợn, dê", 1850, "con giống lợn, dê"),
 Q("42 tấn", 42, "tấn"), Q("1.320 hộ nghèo", 1320, "hộ nghèo"),
 Q("3.474 khẩu thuộc hộ nghèo", 3474, "khẩu"), Q("80.000 đồng/năm", 80000, "đồng"),
 Q("57 hộ di cư tự do", 57, "hộ di cư tự do"), Q("16 công trình", 16, "công trình"),
 Q("ít nhất 10 thôn", 10, "thôn", "over")],
[D("Quyết định", "102", "2009/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 102/2009/QĐ-TTg"),
 D("Quyết định", "33", "2007/QĐ-TTg", None, None, "Quyết định 33/2007/QĐ-TTg"),
 D("Chỉ thị", "12", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 12, 13-CT/HU"),
 D("Chỉ thị", "13", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 12, 13-CT/HU")],
[prov("Quảng Trị"), com("A Dơi"), com("Hướng Lập"), com("Hướng Việt")],
["Báo Quảng Trị Online", "Kinh tế | Xã hội | Dân tộc - Miền núi", "(QTO)",
 "Đồng chí Hồ Văn Kiêng phát biểu tại hội nghị. Ảnh: Q.H", "Chương trình 135", "Bình luận (0)"],
["Thứ Sáu, 06/07/2012 - 09:20", "6 tháng đầu năm 2012", "6 tháng cuối năm", "Chương trình 135", "Bình luận (0)"]))

PAGES.append(page("b6127-soctrang-hdnd-giamsat-2015", """
HĐND TỈNH SÓC TRĂNG - TRANG THÔNG TIN ĐIỆN TỬ
Bạn đang ở: Trang chủ / Hoạt động giám sát
18/09/2015 - 14:35
Ban Dân tộc HĐND tỉnh giám sát chính sách hỗ trợ đồng bào Khmer tại Trần Đề
Ngày 16/9/2015, Đoàn giám sát Ban Dân tộc HĐND tỉnh Sóc Trăng do ông Thạch Sô Phol, Trưởng Ban Dân tộc HĐND tỉnh làm trưởng đoàn, đã giám sát việc thực hiện các chính sách hỗ trợ đất ở, đất sản xuất, nước sinh hoạt và Chương trình 135 năm 2015 tại huyện Trần Đề. Cùng đi có các ông Lý Sà Rinh, Kim Ngọc Thái - Phó Trưởng Ban Dân tộc HĐND tỉnh.
Đoàn giám sát làm việc với UBND huyện Trần Đề.
Theo báo cáo của UBND huyện, năm 2015 huyện được phân bổ 9,46 tỷ đồng để thực hiện Quyết định số 755/QĐ-TTg ngày 20/5/2013 của Thủ tướng Chính phủ; đã hỗ trợ 312 hộ đồng bào dân tộc thiểu số nghèo chuyển đổi nghề, 96 hộ được hỗ trợ đất ở và 148 hộ được cấp nước sinh hoạt phân tán. Vốn Chương trình 135 đầu tư 19 công trình giao thông nông thôn tại các xã Lịch Hội Thượng, Viên An, Đại Ân 2, trong đó 7 công trình do nhân dân đóng góp thêm gần 600 triệu đồng.
Huyện cũng triển khai Quyết định số 29/2013/QĐ-TTg về hỗ trợ đất ở, đất sản xuất và Kế hoạch số 41/KH-UBND ngày 02/3/2015 của UBND huyện; đến nay có 2.186 hộ người Khmer được vay vốn ưu đãi với tổng dư nợ khoảng 31 tỷ đồng. Tỷ lệ hộ nghèo người Khmer còn 18,7%.
Làm việc tại xã Lịch Hội Thượng, ông Thạch Thanh Sơn, Phó Chủ tịch UBND xã, cho biết xã còn 27 hộ chưa có đất sản xuất do quỹ đất công không còn. Đại đức Lâm Hoàng Sang, trụ trì chùa Bưng Sa Lôn, kiến nghị hỗ trợ các lớp dạy chữ Khmer dịp hè.
Kết luận buổi giám sát, ông Thạch Sô Phol đề nghị UBND huyện rà soát lại đối tượng thụ hưởng theo Nghị quyết số 14/2014/NQ-HĐND của HĐND tỉnh, bảo đảm công khai, đúng đối tượng; có kế hoạch giải quyết dứt điểm số hộ thiếu đất trước năm 2016. Ban Dân tộc HĐND tỉnh sẽ tổng hợp kết quả báo cáo Thường trực HĐND tỉnh tại kỳ họp cuối năm.
Qua giám sát thực tế, đoàn ghi nhận các chính sách đã góp phần cải thiện đời sống đồng bào Khmer, hạ tầng nông thôn được nâng lên rõ rệt. Tuy nhiên, việc bình xét đối tượng ở một số ấp chưa chặt chẽ; hồ sơ thanh toán còn chậm; một số hộ sau khi được hỗ trợ chuyển đổi nghề vẫn chưa có việc làm ổn định, phải đi làm thuê ở các tỉnh miền Đông.
Kiều Oanh
Tin liên quan
- Đoàn giám sát HĐND tỉnh làm việc tại Châu Thành (10/09/2015)
- Sóc Trăng: 5.200 hộ Khmer được vay vốn phát triển sản xuất (26/08/2015)
- Trao 200 suất học bổng cho học sinh Khmer nghèo (14/08/2015)
- Thạnh Trị: nâng cấp 12 tuyến đường giao thông nông thôn (03/08/2015)
""", "2015-09-18", "Ban Dân tộc HĐND tỉnh giám sát chính sách hỗ trợ đồng bào Khmer tại Trần Đề",
E("giam_sat", "2015", "2015-09-16"),
[P("Thạch Sô Phol", "Trưởng Ban Dân tộc HĐND tỉnh"),
 P("Lý Sà Rinh", "Phó Trưởng Ban Dân tộc HĐND tỉnh"),
 P("Kim Ngọc Thái", "Phó Trưởng Ban Dân tộc HĐND tỉnh"),
 P("Thạch Thanh Sơn", "Phó Chủ tịch UBND xã"),
 P("Lâm Hoàng Sang", "Đại đức", "trụ trì chùa Bưng Sa Lôn")],
[Q("9,46 tỷ đồng", 9460000000, "đồng"), Q("312 hộ đồng bào dân tộc thiểu số nghèo", 312, "hộ đồng bào dân tộc thiểu số nghèo"), Q("96 hộ", 96, "hộ"), Q("148 hộ", 148, "hộ"),
 Q("19 công trình giao thông nông thôn", 19, "công trình giao thông nông thôn"), Q("7 công trình", 7, "công trình"),
 Q("gần 600 triệu đồng", 600000000, "đồng", "approx"), Q("2.186 hộ người Khmer", 2186, "hộ người Khmer"),
 Q("khoảng 31 tỷ đồng", 31000000000, "đồng", "approx"), Q("18,7%", 18.7, "%"), Q("27 hộ", 27, "hộ")],
[D("Quyết định", "755", "QĐ-TTg", "2013-05-20", "Thủ tướng Chính phủ", "Quyết định số 755/QĐ-TTg ngày 20/5/2013"),
 D("Quyết định", "29", "2013/QĐ-TTg", None, None, "Quyết định số 29/2013/QĐ-TTg"),
 D("Kế hoạch", "41", "KH-UBND", "2015-03-02", "UBND huyện", "Kế hoạch số 41/KH-UBND ngày 02/3/2015"),
 D("Nghị quyết", "14", "2014/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 14/2014/NQ-HĐND")],
[prov("Sóc Trăng"), com("Lịch Hội Thượng"), com("Viên An"), com("Đại Ân 2")],
["HĐND TỈNH SÓC TRĂNG - TRANG THÔNG TIN ĐIỆN TỬ", "Bạn đang ở: Trang chủ / Hoạt động giám sát",
 "Đoàn giám sát làm việc với UBND huyện Trần Đề.", "Chương trình 135", "chùa Bưng Sa Lôn"],
["18/09/2015 - 14:35", "năm 2015", "năm 2016"]))

PAGES.append(page("b6128-gialai-mttq-hoinghi-2019", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH GIA LAI
Trang chủ » Hoạt động Mặt trận » Giám sát và phản biện xã hội
Cập nhật lúc 17:05 ngày 06/12/2019
Ảnh: Quang cảnh hội nghị.
Cần chính sách đủ mạnh cho buôn làng vùng đồng bào dân tộc thiểu số
Chiều 5/12, Ủy ban MTTQ Việt Nam tỉnh Gia Lai tổ chức hội nghị góp ý dự thảo kế hoạch của UBND tỉnh thực hiện Nghị quyết số 88/2019/QH14 ngày 18/11/2019 của Quốc hội phê duyệt Đề án tổng thể phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021 - 2030. Bà Rơ Mah H'Juel, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì. Hơn 120 đại biểu là chức sắc, người có uy tín và cán bộ Mặt trận các huyện tham dự.
Theo dự thảo do ông Nay Hơ Drin, Phó Trưởng Ban Dân tộc tỉnh trình bày, Gia Lai có 45,7% dân số là người dân tộc thiểu số; tỷ lệ hộ nghèo trong đồng bào còn 16,2%. Toàn tỉnh còn 3.945 hộ thiếu đất ở, 8.210 hộ thiếu nước sinh hoạt; nhu cầu vốn giai đoạn 2021 - 2025 ước khoảng 6.800 tỷ đồng. Chương trình 135 theo Quyết định số 2085/QĐ-TTg ngày 31/10/2016 của Thủ tướng Chính phủ mới đáp ứng được một phần nhu cầu.
Ông Đinh Văn Thuận, Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh, cho biết qua 28 ý kiến góp ý gửi trước, nhiều nơi đề nghị tăng định mức hỗ trợ nhà ở lên 50 triệu đồng/hộ và giao cộng đồng buôn làng tự thực hiện các công trình nhỏ. Các vị người có uy tín: Ksor Blôh, Rơ Chăm Yưn, A Thiêng đề nghị ưu tiên đào tạo nghề cho thanh niên và giữ rừng cộng đồng ở các xã Ia Chia, Kông Bơ La.
Mục sư Siu Đăm, Quản nhiệm Chi hội Tin Lành Plei Ơi, bày tỏ đồng thuận với dự thảo và đề nghị công khai danh sách thụ hưởng. Bà Hiao Thị Blinh, Chủ tịch Hội LHPN xã Ia Chia, đề nghị có riêng nội dung bình đẳng giới, giảm tảo hôn.
Kết luận hội nghị, bà Rơ Mah H'Juel cho biết Ban Thường trực sẽ tổng hợp ý kiến gửi UBND tỉnh theo Quy chế phối hợp số 04/QCPH-MTTQ-UBND; đồng thời đề nghị các cấp Mặt trận tiếp tục quán triệt Chỉ thị 07, 08-CT/TU của Ban Thường vụ Tỉnh ủy về công tác vận động đồng bào và thực hiện cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".
Đại biểu cũng đề nghị dự thảo làm rõ cơ chế phân cấp cho xã làm chủ đầu tư, thủ tục đơn giản, phù hợp trình độ cán bộ cơ sở; chú trọng bảo tồn văn hóa truyền thống, nhà rông, cồng chiêng của đồng bào Jrai, Ba Na gắn với phát triển du lịch cộng đồng; tránh tình trạng hỗ trợ cho không làm nảy sinh tâm lý trông chờ, ỷ lại.
Hải Yến
Lượt xem: 642
Tin liên quan
- Mặt trận tỉnh giám sát việc hỗ trợ nhà ở cho hộ nghèo (22/11/2019)
- Gặp mặt 300 người có uy tín tiêu biểu (08/11/2019)
- Chư Păh: 40 hộ đồng bào Jrai được hỗ trợ bò giống (30/10/2019)
""", "2019-12-06", "Cần chính sách đủ mạnh cho buôn làng vùng đồng bào dân tộc thiểu số",
E("hoi_nghi", None, "2019-12-05"),
[P("Rơ Mah H'Juel", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nay Hơ Drin", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Đinh Văn Thuận", "Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ksor Blôh", "người có uy tín"), P("Rơ Chăm Yưn", "người có uy tín"), P("A Thiêng", "người có uy tín"),
 P("Siu Đăm", "Mục sư", "Quản nhiệm Chi hội Tin Lành Plei Ơi"),
 P("Hiao Thị Blinh", "Chủ tịch Hội LHPN xã Ia Chia")],
[Q("Hơn 120 đại biểu", 120, "đại biểu", "over"), Q("45,7%", 45.7, "%"), Q("16,2%", 16.2, "%"),
 Q("3.945 hộ", 3945, "hộ"), Q("8.210 hộ", 8210, "hộ"), Q("khoảng 6.800 tỷ đồng", 6800000000000, "đồng", "approx"),
 Q("28 ý kiến", 28, "ý kiến"), Q("50 triệu đồng/hộ", 50000000, "đồng")],
[D("Nghị quyết", "88", "2019/QH14", "2019-11-18", "Quốc hội", "Nghị quyết số 88/2019/QH14 ngày 18/11/2019"),
 D("Quyết định", "2085", "QĐ-TTg", "2016-10-31", "Thủ tướng Chính phủ", "Quyết định số 2085/QĐ-TTg ngày 31/10/2016"),
 D("Quy chế phối hợp", "04", "QCPH-MTTQ-UBND", None, None, "Quy chế phối hợp số 04/QCPH-MTTQ-UBND"),
 D("Chỉ thị", "07", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 07, 08-CT/TU"),
 D("Chỉ thị", "08", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 07, 08-CT/TU")],
[prov("Gia Lai"), com("Ia Chia"), com("Kông Bơ La")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH GIA LAI", "Trang chủ » Hoạt động Mặt trận » Giám sát và phản biện xã hội",
 "Ảnh: Quang cảnh hội nghị.", "Đề án tổng thể phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021 - 2030",
 "Chương trình 135", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Lượt xem: 642"],
["Cập nhật lúc 17:05 ngày 06/12/2019", "giai đoạn 2021 - 2030", "giai đoạn 2021 - 2025", "Chương trình 135", "Lượt xem: 642"]))

PAGES.append(page("b6129-hagiang-bdt-taphuan-2022", """
BÁO HÀ GIANG ĐIỆN TỬ
Xã hội › Dân tộc - Tôn giáo
08:15 | 12/05/2022
Học viên thảo luận nhóm tại lớp tập huấn.
Tập huấn triển khai Chương trình mục tiêu quốc gia 1719 cho cán bộ cơ sở
BHG - Trong 2 ngày 10 và 11/5, Ban Dân tộc tỉnh tổ chức lớp tập huấn nghiệp vụ triển khai Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi năm 2022 cho 180 học viên là lãnh đạo UBND các xã, công chức phụ trách công tác dân tộc của 11 huyện, thành phố. Ông Sùng Mí Dính, Tỉnh ủy viên, Trưởng Ban Dân tộc tỉnh khai mạc lớp tập huấn.
Các học viên được TS. Nguyễn Hữu Thành, giảng viên Học viện Dân tộc và bà Lò Thị Xuân, Phó Trưởng Ban Dân tộc tỉnh truyền đạt các nội dung của Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ phê duyệt chương trình; Nghị quyết số 120/2020/QH14 ngày 19/6/2020 của Quốc hội; Quyết định số 39/2021/QĐ-TTg quy định nguyên tắc, tiêu chí phân bổ vốn và Kế hoạch số 76/KH-UBND ngày 18/3/2022 của UBND tỉnh. Chương trình gồm 10 dự án thành phần, trong đó Dự án 10 về truyền thông, tuyên truyền, kiểm tra, giám sát.
Năm 2022, Hà Giang được giao trên 1.132 tỷ đồng vốn đầu tư và khoảng 486 tỷ đồng vốn sự nghiệp; dự kiến hỗ trợ đất ở cho 1.215 hộ, nhà ở cho 3.070 hộ nghèo và nước sinh hoạt phân tán cho 6.400 hộ. Toàn tỉnh có 150 xã đặc biệt khó khăn thuộc vùng III và 1.238 thôn đặc biệt khó khăn.
Tại lớp học, nhiều học viên nêu vướng mắc về hồ sơ, thủ tục thanh quyết toán. Bà Vàng Thị Sua, Phó Chủ tịch UBND xã Lũng Cú, cho biết xã có 94% hộ là người Mông, nhiều hộ chưa có giấy tờ đất nên khó xác định đối tượng. Ông Hoàng Văn Páo, công chức Văn hóa - Xã hội xã Thàng Tín, đề nghị Ban Dân tộc sớm ban hành hướng dẫn bằng tiếng dân tộc.
Dịp này, Ban Dân tộc tỉnh cấp phát 250 bộ tài liệu hỏi - đáp về chương trình cho các xã.
Phát biểu bế mạc, ông Sùng Mí Dính yêu cầu các địa phương khẩn trương kiện toàn bộ máy giúp việc, rà soát đối tượng thụ hưởng, công khai danh mục dự án tại trụ sở xã và nhà văn hóa thôn; phát huy vai trò người có uy tín trong tuyên truyền để đồng bào hiểu, đồng thuận và tham gia giám sát. Việc giải ngân phải bảo đảm tiến độ, đúng quy định, không để thất thoát.
Nguyễn Phương
Tin cùng chuyên mục
- Mèo Vạc: hỗ trợ 126 hộ nghèo xây nhà ở (05/05/2022)
- Hội nghị người có uy tín tiêu biểu năm 2022 (27/04/2022)
- Quản Bạ: đồng bào Dao giữ nghề dệt thổ cẩm (19/04/2022)
- Yên Minh: người dân hiến đất mở đường vào thôn (11/04/2022)
- Ban Dân tộc tỉnh làm việc với huyện Xín Mần về phân bổ vốn (04/04/2022)
""", "2022-05-12", "Tập huấn triển khai Chương trình mục tiêu quốc gia 1719 cho cán bộ cơ sở",
E("tap_huan", "2022", "2022-05-10"),
[P("Sùng Mí Dính", "Tỉnh ủy viên", "Trưởng Ban Dân tộc tỉnh"),
 P("Nguyễn Hữu Thành", "TS.", "giảng viên Học viện Dân tộc"),
 P("Lò Thị Xuân", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Vàng Thị Sua", "Phó Chủ tịch UBND xã Lũng Cú"),
 P("Hoàng Văn Páo", "công chức Văn hóa - Xã hội xã Thàng Tín")],
[Q("180 học viên", 180, "học viên"), Q("11 huyện, thành phố", 11, "huyện, thành phố"),
 Q("10 dự án thành phần", 10, "dự án thành phần"),
 Q("trên 1.132 tỷ đồng", 1132000000000, "đồng", "over"), Q("khoảng 486 tỷ đồng", 486000000000, "đồng", "approx"),
 Q("1.215 hộ", 1215, "hộ"), Q("3.070 hộ nghèo", 3070, "hộ nghèo"), Q("6.400 hộ", 6400, "hộ"),
 Q("150 xã đặc biệt khó khăn", 150, "xã đặc biệt khó khăn"), Q("1.238 thôn đặc biệt khó khăn", 1238, "thôn đặc biệt khó khăn"),
 Q("94%", 94, "%"), Q("250 bộ tài liệu", 250, "bộ tài liệu")],
[D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021"),
 D("Nghị quyết", "120", "2020/QH14", "2020-06-19", "Quốc hội", "Nghị quyết số 120/2020/QH14 ngày 19/6/2020"),
 D("Quyết định", "39", "2021/QĐ-TTg", None, None, "Quyết định số 39/2021/QĐ-TTg"),
 D("Kế hoạch", "76", "KH-UBND", "2022-03-18", "UBND tỉnh", "Kế hoạch số 76/KH-UBND ngày 18/3/2022")],
[prov("Hà Giang"), com("Lũng Cú"), com("Thàng Tín")],
["BÁO HÀ GIANG ĐIỆN TỬ", "Xã hội › Dân tộc - Tôn giáo", "Học viên thảo luận nhóm tại lớp tập huấn.", "BHG",
 "Chương trình mục tiêu quốc gia 1719", "Học viện Dân tộc"],
["08:15 | 12/05/2022", "Chương trình mục tiêu quốc gia 1719", "2 ngày", "Dự án 10", "vùng III", "năm 2022"]))

PAGES.append(page("b6130-daklak-eatul-doithoai-2022", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ EA TUL - HUYỆN CƯ M'GAR
Tin tức - Sự kiện >> Hoạt động của xã
Ngày đăng 24/11/2022 | 16:20
Chủ tịch UBND xã Ea Tul đối thoại với người dân về hỗ trợ nhà ở, nước sinh hoạt
Sáng 23/11, UBND xã Ea Tul phối hợp Ủy ban MTTQ Việt Nam xã tổ chức hội nghị đối thoại giữa người đứng đầu chính quyền với nhân dân năm 2022, chuyên đề thực hiện Dự án 1 của Chương trình mục tiêu quốc gia theo Quyết định số 1719/QĐ-TTg. Ông Y Bhiêr Niê, Phó Bí thư Đảng ủy, Chủ tịch UBND xã chủ trì; hơn 150 người dân của 8 buôn tham dự.
Ông Y Bhiêr Niê trả lời kiến nghị của người dân.
Theo báo cáo, năm 2022 xã được phân bổ 3,25 tỷ đồng để thực hiện các dự án thành phần. Xã đã hỗ trợ 46 hộ nghèo người Êđê xây nhà ở, mỗi hộ 40 triệu đồng; 22 hộ được hỗ trợ nước sinh hoạt phân tán 3 triệu đồng/hộ; 9 hộ được chuyển đổi nghề. Tỷ lệ hộ nghèo của xã hiện còn 21,4%, riêng hộ đồng bào dân tộc thiểu số chiếm 78%.
Tại buổi đối thoại, người dân nêu 17 kiến nghị. Ông Y Thuôn Ayun, buôn Ea Mdróh, hỏi vì sao gia đình có đất nhưng không được hỗ trợ nhà; bà H'Bla Byă, buôn Ea Bông, đề nghị xét lại danh sách hộ cận nghèo. Ông Y Bhiêr Niê giải thích, theo Nghị định số 27/2022/NĐ-CP của Chính phủ và Nghị quyết số 12/2022/NQ-HĐND của HĐND tỉnh, đối tượng được hỗ trợ là hộ nghèo, hộ cận nghèo chưa có nhà hoặc nhà tạm; các trường hợp chưa đủ điều kiện sẽ được rà soát lại trong năm 2023.
Bà H'Nhung Mlô, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã, đề nghị các buôn thành lập ban giám sát cộng đồng; ông Ama Hoa, già làng buôn Ea Mdróh, cam kết vận động con cháu không bán đất sản xuất. Ông Nguyễn Văn Lộc, Chủ tịch Ủy ban MTTQ Việt Nam xã, cho biết Mặt trận sẽ giám sát 100% công trình theo Kế hoạch số 87/KH-UBND ngày 15/8/2022 của UBND huyện Cư M'gar.
Kết thúc đối thoại, 14 kiến nghị được trả lời trực tiếp, 3 kiến nghị được ghi nhận chuyển cấp huyện.
Ông Y Bhiêr Niê cảm ơn bà con đã thẳng thắn nêu ý kiến, đề nghị các buôn trưởng tiếp tục tuyên truyền chủ trương của Đảng, chính sách của Nhà nước, của tỉnh Đắk Lắk và của huyện về hỗ trợ đồng bào dân tộc thiểu số; người dân cần sử dụng vốn hỗ trợ đúng mục đích, tránh mua sắm tài sản không cần thiết, không nghe kẻ xấu lôi kéo.
Ban Biên tập
Lượt truy cập: 45.310
Tin khác
- Xã Ea Tul ra quân xây dựng nông thôn mới (10/11/2022)
- Trao 30 suất quà cho học sinh nghèo buôn Ea Bông (02/11/2022)
- Hội nghị Ban Chấp hành Đảng bộ xã tháng 10 (25/10/2022)
- Buôn Ea Mdróh tổ chức ngày hội đại đoàn kết toàn dân tộc (18/10/2022)
- Xã tuyên truyền phòng chống tảo hôn, hôn nhân cận huyết thống (07/10/2022)
""", "2022-11-24", "Chủ tịch UBND xã Ea Tul đối thoại với người dân về hỗ trợ nhà ở, nước sinh hoạt",
E("doi_thoai", "2022", "2022-11-23"),
[P("Y Bhiêr Niê", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Y Thuôn Ayun"), P("H'Bla Byă"),
 P("H'Nhung Mlô", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã"),
 P("Ama Hoa", "già làng buôn Ea Mdróh"),
 P("Nguyễn Văn Lộc", "Chủ tịch Ủy ban MTTQ Việt Nam xã")],
[Q("hơn 150 người dân", 150, "người dân", "over"), Q("8 buôn", 8, "buôn"), Q("3,25 tỷ đồng", 3250000000, "đồng"),
 Q("46 hộ nghèo người Êđê", 46, "hộ nghèo người Êđê"), Q("40 triệu đồng", 40000000, "đồng"), Q("22 hộ", 22, "hộ"),
 Q("3 triệu đồng/hộ", 3000000, "đồng"), Q("9 hộ", 9, "hộ"), Q("21,4%", 21.4, "%"), Q("78%", 78, "%"),
 Q("17 kiến nghị", 17, "kiến nghị"), Q("100%", 100, "%"), Q("14 kiến nghị", 14, "kiến nghị"), Q("3 kiến nghị", 3, "kiến nghị")],
[D("Quyết định", "1719", "QĐ-TTg", None, None, "Quyết định số 1719/QĐ-TTg"),
 D("Nghị định", "27", "2022/NĐ-CP", None, "Chính phủ", "Nghị định số 27/2022/NĐ-CP"),
 D("Nghị quyết", "12", "2022/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 12/2022/NQ-HĐND"),
 D("Kế hoạch", "87", "KH-UBND", "2022-08-15", "UBND huyện Cư M'gar", "Kế hoạch số 87/KH-UBND ngày 15/8/2022")],
[prov("Đắk Lắk"), com("Ea Tul")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ EA TUL - HUYỆN CƯ M'GAR", "Tin tức - Sự kiện >> Hoạt động của xã",
 "Ông Y Bhiêr Niê trả lời kiến nghị của người dân.", "Lượt truy cập: 45.310", "buôn Ea Mdróh"],
["Ngày đăng 24/11/2022 | 16:20", "năm 2022", "Dự án 1", "năm 2023", "Lượt truy cập: 45.310"]))
