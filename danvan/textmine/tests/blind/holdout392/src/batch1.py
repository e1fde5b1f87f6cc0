from lib import *
PAGES = []

PAGES.append(page("b9365-thanhhoa-dbqh-tiepxuccutri-2011", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH THANH HÓA
Trang chủ > Tin tức - Sự kiện > Hoạt động đại biểu dân cử
07/10/2011 08:30
Quang cảnh buổi tiếp xúc cử tri tại xã Xuân Bình.
Đại biểu Quốc hội tiếp xúc cử tri huyện Như Xuân
Ngày 5/10, Đoàn đại biểu Quốc hội tỉnh Thanh Hóa phối hợp với Ủy ban MTTQ Việt Nam huyện Như Xuân tổ chức hội nghị tiếp xúc cử tri trước kỳ họp thứ 2, Quốc hội khóa XIII tại xã Xuân Bình. Gần 190 cử tri của các xã Xuân Bình, Bãi Trành, Xuân Hòa và thị trấn Yên Cát đã đến dự.
Các đại biểu Quốc hội Cầm Bá Thắng, Phó Trưởng Đoàn chuyên trách Đoàn ĐBQH tỉnh, và Lê Thị Hương, Ủy viên chuyên trách Ủy ban Tư pháp của Quốc hội, đã thông báo với cử tri dự kiến nội dung, chương trình kỳ họp thứ 2 và kết quả giải quyết các kiến nghị cử tri gửi tới kỳ họp thứ nhất. Theo đó, trong 47 kiến nghị của cử tri huyện Như Xuân được tổng hợp gửi các bộ, ngành Trung ương và UBND tỉnh, đã có 39 kiến nghị được trả lời bằng văn bản.
Tại hội nghị, đã có 16 lượt ý kiến phát biểu. Cử tri Lương Văn Mạnh (thôn Đồng Mười, xã Xuân Bình) phản ánh mức hỗ trợ làm nhà theo Quyết định số 167/2008/QĐ-TTg của Thủ tướng Chính phủ là 8 triệu đồng/hộ, nay giá vật liệu tăng cao nên nhiều hộ nghèo chưa thể làm nhà; đề nghị nâng mức hỗ trợ và cho vay thêm từ Ngân hàng Chính sách xã hội. Cử tri Vi Thị Thoa, thị trấn Yên Cát, kiến nghị sớm giải quyết chế độ cho giáo viên mầm non hợp đồng đã công tác trên 10 năm.
Nhiều cử tri người Thái, người Mường đề nghị tiếp tục đầu tư đường giao thông đến các bản vùng cao theo Nghị quyết số 30a/2008/NQ-CP ngày 27/12/2008 của Chính phủ, nâng cấp tuyến đường từ trung tâm xã Xuân Hòa vào bản Cọc dài khoảng 7 km thường bị sạt lở vào mùa mưa.
Về đất sản xuất, ông Hà Văn Ninh, Bí thư Đảng ủy xã Xuân Bình, cho biết toàn xã còn 112 hộ đồng bào dân tộc thiểu số thiếu đất sản xuất theo tiêu chí của Quyết định số 134/2004/QĐ-TTg; đề nghị tỉnh sớm có phương án thu hồi khoảng 350 ha đất của lâm trường để giao lại cho dân.
Thay mặt lãnh đạo huyện, ông Lò Văn Hải, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Như Xuân, tiếp thu và trả lời trực tiếp 9 ý kiến thuộc thẩm quyền của huyện; cho biết năm 2011 huyện đã bố trí 4,6 tỷ đồng từ nguồn vốn 30a để sửa chữa 12 tuyến đường liên thôn. Các đồng chí Phó Chủ tịch UBND huyện: Lê Đình Tú, Cầm Thị Nhung giải trình thêm về chính sách đối với giáo viên hợp đồng và tiến độ cấp giấy chứng nhận quyền sử dụng đất.
Phát biểu tại hội nghị, ông Cầm Bá Thắng ghi nhận các ý kiến xác đáng của cử tri, khẳng định Đoàn sẽ tổng hợp đầy đủ, gửi đến Quốc hội và các cơ quan có thẩm quyền; đề nghị chính quyền các cấp thực hiện tốt Quy chế dân chủ ở cơ sở, công khai các chính sách hỗ trợ để nhân dân cùng giám sát.
Cùng ngày, Đoàn tiếp xúc cử tri tại xã Thanh Quân, tiếp nhận thêm 11 ý kiến, chủ yếu về giá phân bón và thu mua mía nguyên liệu.
Hoàng Anh
Lượt xem: 1.204
Tin liên quan
- Đoàn ĐBQH tỉnh giám sát chính sách giảm nghèo tại Mường Lát (28/09/2011)
- Cử tri Bá Thước kiến nghị về đường giao thông miền núi (20/09/2011)
- Tổng hợp 312 kiến nghị của cử tri gửi kỳ họp thứ 2 (15/09/2011)
""", "2011-10-07", "Đại biểu Quốc hội tiếp xúc cử tri huyện Như Xuân",
E("hoi_nghi", None, "2011-10-05"),
[P("Cầm Bá Thắng", "đại biểu Quốc hội", "Phó Trưởng Đoàn chuyên trách Đoàn ĐBQH tỉnh"),
 P("Lê Thị Hương", "đại biểu Quốc hội", "Ủy viên chuyên trách Ủy ban Tư pháp của Quốc hội"),
 P("Lương Văn Mạnh"), P("Vi Thị Thoa"),
 P("Hà Văn Ninh", "Bí thư Đảng ủy xã Xuân Bình"),
 P("Lò Văn Hải", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện Như Xuân"),
 P("Lê Đình Tú", "Phó Chủ tịch UBND huyện"), P("Cầm Thị Nhung", "Phó Chủ tịch UBND huyện")],
[Q("Gần 190 cử tri", 190, "cử tri", "approx"), Q("47 kiến nghị", 47, "kiến nghị"), Q("39 kiến nghị", 39, "kiến nghị"),
 Q("16 lượt ý kiến", 16, "lượt ý kiến"), Q("8 triệu đồng/hộ", 8000000, "đồng"), Q("khoảng 7 km", 7, "km", "approx"),
 Q("112 hộ đồng bào dân tộc thiểu số", 112, "hộ đồng bào dân tộc thiểu số"), Q("khoảng 350 ha", 350, "ha", "approx"),
 Q("9 ý kiến", 9, "ý kiến"), Q("4,6 tỷ đồng", 4600000000, "đồng"), Q("12 tuyến đường liên thôn", 12, "tuyến đường liên thôn"),
 Q("11 ý kiến", 11, "ý kiến")],
[D("Quyết định", "167", "2008/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 167/2008/QĐ-TTg"),
 D("Nghị quyết", "30a", "2008/NQ-CP", "2008-12-27", "Chính phủ", "Nghị quyết số 30a/2008/NQ-CP ngày 27/12/2008"),
 D("Quyết định", "134", "2004/QĐ-TTg", None, None, "Quyết định số 134/2004/QĐ-TTg")],
[prov("Thanh Hóa"), com("Xuân Bình"), com("Bãi Trành"), com("Xuân Hòa"), com("Yên Cát"), com("Thanh Quân")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH THANH HÓA", "Trang chủ > Tin tức - Sự kiện > Hoạt động đại biểu dân cử",
 "Quang cảnh buổi tiếp xúc cử tri tại xã Xuân Bình.", "Ngân hàng Chính sách xã hội", "Quy chế dân chủ ở cơ sở", "Lượt xem: 1.204"],
["07/10/2011 08:30", "kỳ họp thứ 2", "khóa XIII", "trên 10 năm", "năm 2011", "vốn 30a", "Lượt xem: 1.204"]))

PAGES.append(page("b9366-nghean-doithoai-taidinhcu-2012", """
BÁO NGHỆ AN ĐIỆN TỬ
Thời sự › Chính trị › Xây dựng Đảng
Thứ Sáu, 15/06/2012 - 16:45
Thanh Chương: Đối thoại với đồng bào tái định cư Thủy điện Bản Vẽ
(Baonghean) - Ngày 14/6, tại xã Thanh Sơn, UBND huyện Thanh Chương phối hợp với Ban Dân vận Huyện ủy tổ chức hội nghị đối thoại trực tiếp với nhân dân năm 2012, tập trung vào các vướng mắc của đồng bào tái định cư Dự án Thủy điện Bản Vẽ. Đồng chí Nguyễn Đình Lục, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện chủ trì đối thoại.
Đồng chí Nguyễn Đình Lục trả lời ý kiến của bà con bản Chôm Lôm.
Dự hội nghị có đồng chí Vi Thị Hằng, Phó Trưởng Ban Dân vận Tỉnh ủy Nghệ An; đại diện Sở Nông nghiệp và Phát triển nông thôn, Ban Quản lý dự án Thủy điện 2 cùng hơn 250 hộ dân thuộc 5 bản tái định cư ở các xã Thanh Sơn, Ngọc Lâm.
Theo báo cáo của UBND huyện, từ năm 2008 đến nay, huyện đã tiếp nhận 1.101 hộ với 5.189 nhân khẩu từ huyện Tương Dương chuyển về; đã giao 426 ha đất sản xuất, xây dựng 2 trường học và 5 nhà văn hóa bản. Tuy nhiên, một số diện tích đất sản xuất nằm trên sườn dốc, bạc màu; nước sinh hoạt ở bản Chăm Puông, bản Cửa Rào còn thiếu vào mùa khô; việc chi trả hỗ trợ lương thực theo Quyết định số 57/2009/QĐ-UBND ngày 12/6/2009 của UBND tỉnh còn chậm.
Tại buổi đối thoại, 21 ý kiến của người dân đã được nêu thẳng thắn. Ông Lữ Văn Xuân, Trưởng bản Chôm Lôm, phản ánh nhiều hộ được giao 0,5 ha đất nhưng chưa được cấp giấy chứng nhận quyền sử dụng đất. Bà Vi Thị Mai, bản Cửa Rào, đề nghị sửa chữa hệ thống nước tự chảy đã hư hỏng sau 2 năm sử dụng. Ông Moong Văn Tạy, người Khơ Mú, kiến nghị hỗ trợ giống lúa nước và mở lớp dạy nghề cho thanh niên.
Trả lời ý kiến người dân, đồng chí Nguyễn Đình Lục cho biết, trong tháng 7 huyện sẽ hoàn thành đo đạc và cấp giấy chứng nhận cho 318 hộ; bố trí 1,2 tỷ đồng sửa chữa 3 công trình nước sinh hoạt; đề nghị Ban Quản lý dự án chi trả dứt điểm tiền hỗ trợ lương thực còn nợ cho 64 hộ trước ngày 30/7. Các ý kiến vượt thẩm quyền, huyện sẽ tổng hợp báo cáo UBND tỉnh.
Đồng chí Vi Thị Hằng đề nghị cấp ủy, chính quyền huyện và xã thực hiện nghiêm Pháp lệnh Thực hiện dân chủ ở xã, phường, thị trấn số 34/2007/PL-UBTVQH11 và Chỉ thị số 11-CT/TU ngày 5/3/2012 của Ban Thường vụ Tỉnh ủy về tăng cường đối thoại với nhân dân; cán bộ phải "đi từng ngõ, gõ từng nhà" để nắm tâm tư của đồng bào, không để đơn thư vượt cấp.
Ông Kha Văn Thọ, Bí thư Đảng ủy, Chủ tịch UBND xã Ngọc Lâm, cam kết cùng các trưởng bản rà soát lại danh sách hộ chưa nhận đủ chế độ. Kết thúc hội nghị, UBND huyện giao Phòng Tài nguyên và Môi trường, UBND 2 xã Thanh Sơn, Ngọc Lâm trả lời bằng văn bản các ý kiến còn lại trước ngày 15/7.
Hữu Nhân
Tin liên quan
- Tương Dương: hơn 100 hộ được hỗ trợ chuyển đổi nghề (08/06/2012)
- Con Cuông đối thoại với người dân về đất rừng (30/05/2012)
- Kỳ Sơn: vận động đồng bào Mông định canh định cư (21/05/2012)
""", "2012-06-15", "Thanh Chương: Đối thoại với đồng bào tái định cư Thủy điện Bản Vẽ",
E("doi_thoai", "2012", "2012-06-14"),
[P("Nguyễn Đình Lục", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"),
 P("Vi Thị Hằng", "Phó Trưởng Ban Dân vận Tỉnh ủy Nghệ An"),
 P("Lữ Văn Xuân", "Trưởng bản Chôm Lôm"), P("Vi Thị Mai"), P("Moong Văn Tạy"),
 P("Kha Văn Thọ", "Bí thư Đảng ủy", "Chủ tịch UBND xã Ngọc Lâm")],
[Q("hơn 250 hộ dân", 250, "hộ dân", "over"), Q("5 bản tái định cư", 5, "bản tái định cư"), Q("1.101 hộ", 1101, "hộ"),
 Q("5.189 nhân khẩu", 5189, "nhân khẩu"), Q("426 ha", 426, "ha"), Q("2 trường học", 2, "trường học"),
 Q("5 nhà văn hóa bản", 5, "nhà văn hóa bản"), Q("21 ý kiến", 21, "ý kiến"), Q("0,5 ha", 0.5, "ha"),
 Q("318 hộ", 318, "hộ"), Q("1,2 tỷ đồng", 1200000000, "đồng"), Q("3 công trình nước sinh hoạt", 3, "công trình nước sinh hoạt"),
 Q("64 hộ", 64, "hộ"), Q("2 xã", 2, "xã")],
[D("Quyết định", "57", "2009/QĐ-UBND", "2009-06-12", "UBND tỉnh", "Quyết định số 57/2009/QĐ-UBND ngày 12/6/2009"),
 D("Pháp lệnh", "34", "2007/PL-UBTVQH11", None, None, "số 34/2007/PL-UBTVQH11"),
 D("Chỉ thị", "11", "CT/TU", "2012-03-05", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 11-CT/TU ngày 5/3/2012")],
[prov("Nghệ An"), com("Thanh Sơn"), com("Ngọc Lâm")],
["BÁO NGHỆ AN ĐIỆN TỬ", "Thời sự › Chính trị › Xây dựng Đảng", "(Baonghean)",
 "Đồng chí Nguyễn Đình Lục trả lời ý kiến của bà con bản Chôm Lôm.", "Thủy điện Bản Vẽ", "đi từng ngõ, gõ từng nhà"],
["Thứ Sáu, 15/06/2012 - 16:45", "năm 2012", "Thủy điện 2", "2 năm", "từ năm 2008"]))

PAGES.append(page("b9367-langson-mttq-giamsat-donthu-2013", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LẠNG SƠN
Thứ Hai, 22/04/2013
Trang chủ / Hoạt động Mặt trận / Giám sát và phản biện
Cập nhật lúc: 10:20 - 19/04/2013
Giám sát việc giải quyết đơn thư của công dân tại huyện Cao Lộc
Từ ngày 16 đến 18/4/2013, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ tỉnh Lạng Sơn do đồng chí Hoàng Văn Pỏ, Phó Chủ tịch Ủy ban MTTQ tỉnh làm trưởng đoàn đã giám sát việc tiếp công dân, giải quyết khiếu nại, tố cáo năm 2012 của UBND huyện Cao Lộc và 3 xã Tân Liên, Gia Cát, Hợp Thành.
Tham gia đoàn có các đồng chí Ủy viên Ban Thường trực Ủy ban MTTQ tỉnh: Lành Thị Hoa, Mã Văn Cường; đại diện Ban Dân vận Tỉnh ủy, Thanh tra tỉnh, Hội Nông dân tỉnh và Hội Cựu chiến binh tỉnh.
Theo báo cáo của UBND huyện, năm 2012, các cơ quan của huyện đã tổ chức 52 buổi tiếp công dân với 347 lượt người; tiếp nhận 96 đơn thư, trong đó 71 đơn kiến nghị, phản ánh, 19 đơn khiếu nại và 6 đơn tố cáo. Đến nay đã giải quyết 88/96 đơn, đạt 91,7%; còn 8 đơn đang xem xét, chủ yếu liên quan đến tranh chấp đất đai và bồi thường giải phóng mặt bằng trong Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn.
Qua giám sát trực tiếp tại xã Tân Liên và xã Gia Cát, đoàn ghi nhận việc tiếp công dân ở xã đã đi vào nền nếp: xã có lịch tiếp dân vào thứ Năm hằng tuần, sổ theo dõi đơn thư được ghi chép đầy đủ. Tuy nhiên, một số vụ việc giải quyết còn chậm so với thời hạn quy định tại Luật Khiếu nại số 02/2011/QH13, có đơn đã quá hạn 45 ngày; việc niêm yết kết quả giải quyết ở nhà văn hóa thôn chưa thường xuyên. Ông Lành Văn Sằn, Chủ tịch UBND xã Gia Cát, thừa nhận cán bộ địa chính xã còn thiếu, một người phải phụ trách 14 thôn.
Làm việc với đoàn, đồng chí Nông Thị Tuyết, Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện Cao Lộc, và đồng chí Vy Văn Hiếu, Phó Chủ tịch UBND huyện, đã giải trình những hạn chế; cho biết huyện đã thành lập 4 tổ công tác liên ngành để xác minh các vụ việc phức tạp và đề xuất tỉnh hỗ trợ khoảng 300 triệu đồng cho việc đo đạc lại ranh giới đất.
Kết luận buổi giám sát, đồng chí Hoàng Văn Pỏ đề nghị UBND huyện thực hiện nghiêm Chỉ thị số 14/CT-UBND ngày 20/2/2012 của UBND tỉnh về chấn chỉnh công tác tiếp công dân; người đứng đầu cấp ủy, chính quyền xã phải trực tiếp tiếp dân định kỳ hằng tháng; giải quyết dứt điểm 8 đơn còn tồn đọng trước ngày 30/6/2013. Ủy ban MTTQ các xã cần phát huy vai trò của Ban Thanh tra nhân dân và các tổ hòa giải ở thôn, bản; kịp thời nắm bắt những bức xúc của nhân dân, không để phát sinh điểm nóng.
Nông Thắm
Tin khác
- MTTQ tỉnh giám sát thực hiện chính sách với người có công tại Văn Lãng (10/04/2013)
- Hội nghị phản biện dự thảo quy định giá đất năm 2013 (02/04/2013)
- Tổng kết cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư" (25/03/2013)
""", "2013-04-19", "Giám sát việc giải quyết đơn thư của công dân tại huyện Cao Lộc",
E("giam_sat", "2012", "2013-04-16"),
[P("Hoàng Văn Pỏ", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lành Thị Hoa", "Ủy viên Ban Thường trực Ủy ban MTTQ tỉnh"), P("Mã Văn Cường", "Ủy viên Ban Thường trực Ủy ban MTTQ tỉnh"),
 P("Lành Văn Sằn", "Chủ tịch UBND xã Gia Cát"),
 P("Nông Thị Tuyết", "Phó Bí thư Thường trực Huyện ủy", "Chủ tịch HĐND huyện Cao Lộc"),
 P("Vy Văn Hiếu", "Phó Chủ tịch UBND huyện")],
[Q("3 xã", 3, "xã"), Q("52 buổi tiếp công dân", 52, "buổi tiếp công dân"), Q("347 lượt người", 347, "lượt người"),
 Q("96 đơn thư", 96, "đơn thư"), Q("71 đơn kiến nghị, phản ánh", 71, "đơn kiến nghị, phản ánh"),
 Q("19 đơn khiếu nại", 19, "đơn khiếu nại"), Q("6 đơn tố cáo", 6, "đơn tố cáo"), Q("88/96 đơn", 88, "đơn"),
 Q("91,7%", 91.7, "%"), Q("8 đơn", 8, "đơn"), Q("14 thôn", 14, "thôn"), Q("4 tổ công tác liên ngành", 4, "tổ công tác liên ngành"),
 Q("khoảng 300 triệu đồng", 300000000, "đồng", "approx")],
[D("Luật", "02", "2011/QH13", None, None, "Luật Khiếu nại số 02/2011/QH13"),
 D("Chỉ thị", "14", "CT-UBND", "2012-02-20", "UBND tỉnh", "Chỉ thị số 14/CT-UBND ngày 20/2/2012")],
[prov("Lạng Sơn"), com("Tân Liên"), com("Gia Cát"), com("Hợp Thành")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LẠNG SƠN", "Trang chủ / Hoạt động Mặt trận / Giám sát và phản biện",
 "Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn", "Ban Thanh tra nhân dân"],
["Thứ Hai, 22/04/2013", "Cập nhật lúc: 10:20 - 19/04/2013", "năm 2012", "45 ngày", "thứ Năm hằng tuần", "một người"]))

PAGES.append(page("b9368-soctrang-tiepcongdan-tongket-2013", """
BÁO SÓC TRĂNG ONLINE
Thời sự >> Nội chính
27-12-2013 09:05
Toàn cảnh hội nghị. Ảnh: Thạch Hương
Năm 2013, toàn tỉnh tiếp 3.420 lượt công dân
(STO) - Sáng 26/12, UBND tỉnh Sóc Trăng tổ chức hội nghị tổng kết công tác tiếp công dân, giải quyết khiếu nại, tố cáo năm 2013 và triển khai Luật Tiếp công dân. Đồng chí Trương Minh Hoàng, Phó Chủ tịch UBND tỉnh chủ trì hội nghị.
Báo cáo do đồng chí Thạch Kim Thoa, Chánh Thanh tra tỉnh trình bày cho biết, năm 2013, các cơ quan hành chính nhà nước trong tỉnh đã tiếp 3.420 lượt công dân với 2.986 vụ việc; có 37 đoàn đông người. Các cấp đã tiếp nhận 1.645 đơn thư, trong đó thuộc thẩm quyền 1.207 đơn; đã giải quyết 1.112 đơn, đạt 92,1%. Qua giải quyết đã kiến nghị thu hồi cho Nhà nước 1,36 tỷ đồng, trả lại cho công dân 842 triệu đồng và 3,2 ha đất.
Nội dung khiếu nại chủ yếu liên quan đến bồi thường, hỗ trợ tái định cư ở các dự án Khu công nghiệp An Nghiệp, đường Nam Sông Hậu và tranh chấp đất đai trong đồng bào Khmer ở các huyện Trần Đề, Vĩnh Châu. Một số vụ việc phức tạp, kéo dài trên 10 năm đã được giải quyết dứt điểm thông qua đối thoại, như vụ việc của 14 hộ dân ấp Tâm Vu, xã Lịch Hội Thượng.
Tại hội nghị, các đại biểu thảo luận, nêu kinh nghiệm. Ông Sơn Thanh Liêm, Chủ tịch UBND thị xã Vĩnh Châu, cho biết thị xã duy trì tiếp dân định kỳ vào ngày 15 hằng tháng, bố trí cán bộ biết tiếng Khmer để phiên dịch cho bà con. Bà Lý Thị Sa Rết, Phó Trưởng Ban Dân tộc tỉnh, đề nghị phát huy vai trò của 212 người có uy tín và các vị sư cả trong hòa giải ở cơ sở. Đại đức Thạch Sô Phal, trụ trì chùa Bưng Chông, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, chia sẻ việc nhà chùa phối hợp với chính quyền giải thích chính sách cho phật tử ngay trong các ngày lễ.
Phát biểu chỉ đạo, đồng chí Trương Minh Hoàng yêu cầu các sở, ngành, địa phương chuẩn bị điều kiện thi hành Luật Tiếp công dân số 42/2013/QH13 có hiệu lực từ ngày 1/7/2014; tiếp tục thực hiện Chỉ thị số 14/CT-TTg ngày 18/6/2012 của Thủ tướng Chính phủ về chấn chỉnh công tác giải quyết khiếu nại, tố cáo và Kế hoạch số 112/KH-UBND của UBND tỉnh về rà soát các vụ việc tồn đọng, kéo dài. Năm 2014, phấn đấu giải quyết trên 90% số vụ việc thuộc thẩm quyền; bố trí trụ sở tiếp công dân riêng ở cấp huyện.
Dịp này, UBND tỉnh tặng bằng khen cho 8 tập thể và 15 cá nhân có thành tích trong công tác tiếp công dân, giải quyết khiếu nại, tố cáo giai đoạn 2011 - 2013.
Minh Khánh
Lượt xem: 652
Tin liên quan
- Thanh tra tỉnh triển khai nhiệm vụ năm 2014 (20/12/2013)
- Mỹ Xuyên đối thoại với 32 hộ dân vùng dự án (05/12/2013)
- Hội nghị người có uy tín trong đồng bào Khmer (18/11/2013)
""", "2013-12-27", "Năm 2013, toàn tỉnh tiếp 3.420 lượt công dân",
E("tong_ket", "2013", "2013-12-26"),
[P("Trương Minh Hoàng", "Phó Chủ tịch UBND tỉnh"), P("Thạch Kim Thoa", "Chánh Thanh tra tỉnh"),
 P("Sơn Thanh Liêm", "Chủ tịch UBND thị xã Vĩnh Châu"), P("Lý Thị Sa Rết", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Thạch Sô Phal", "Đại đức", "trụ trì chùa Bưng Chông", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh")],
[Q("3.420 lượt công dân", 3420, "lượt công dân"), Q("2.986 vụ việc", 2986, "vụ việc"), Q("37 đoàn đông người", 37, "đoàn đông người"),
 Q("1.645 đơn thư", 1645, "đơn thư"), Q("1.207 đơn", 1207, "đơn"), Q("1.112 đơn", 1112, "đơn"), Q("92,1%", 92.1, "%"),
 Q("1,36 tỷ đồng", 1360000000, "đồng"), Q("842 triệu đồng", 842000000, "đồng"), Q("3,2 ha", 3.2, "ha"),
 Q("14 hộ dân", 14, "hộ dân"), Q("212 người có uy tín", 212, "người có uy tín"), Q("trên 90%", 90, "%", "over"),
 Q("8 tập thể", 8, "tập thể"), Q("15 cá nhân", 15, "cá nhân")],
[D("Luật", "42", "2013/QH13", None, None, "Luật Tiếp công dân số 42/2013/QH13"),
 D("Chỉ thị", "14", "CT-TTg", "2012-06-18", "Thủ tướng Chính phủ", "Chỉ thị số 14/CT-TTg ngày 18/6/2012"),
 D("Kế hoạch", "112", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 112/KH-UBND")],
[prov("Sóc Trăng"), com("Lịch Hội Thượng")],
["BÁO SÓC TRĂNG ONLINE", "Thời sự >> Nội chính", "Toàn cảnh hội nghị. Ảnh: Thạch Hương", "(STO)",
 "Hội Đoàn kết sư sãi yêu nước tỉnh", "Khu công nghiệp An Nghiệp", "Lượt xem: 652"],
["27-12-2013 09:05", "năm 2013", "trên 10 năm", "ngày 15 hằng tháng", "giai đoạn 2011 - 2013", "Lượt xem: 652"]))

PAGES.append(page("b9369-gialai-tiepcongdan-soket-2014", """
BÁO GIA LAI ĐIỆN TỬ
Thời sự - Chính trị
Thứ Sáu, 11/07/2014, 07:30
Gia Lai quán triệt Chỉ thị 35-CT/TW về tiếp công dân
(GLO)- Chiều 9/7, Ban Thường vụ Tỉnh ủy Gia Lai tổ chức hội nghị sơ kết công tác tiếp công dân, giải quyết khiếu nại, tố cáo 6 tháng đầu năm 2014, đồng thời quán triệt Chỉ thị số 35-CT/TW ngày 26/5/2014 của Bộ Chính trị về tăng cường sự lãnh đạo của Đảng đối với công tác tiếp công dân và giải quyết khiếu nại, tố cáo. Đồng chí Trần Quốc Vinh, Phó Bí thư Thường trực Tỉnh ủy chủ trì; hội nghị được truyền hình trực tiếp tới 17 điểm cầu huyện, thị xã, thành phố.
Đồng chí Trần Quốc Vinh phát biểu chỉ đạo hội nghị. Ảnh: Hà Duy
Báo cáo do đồng chí Siu Hyin, Tỉnh ủy viên, Trưởng Ban Nội chính Tỉnh ủy trình bày cho biết: 6 tháng đầu năm, các cơ quan hành chính trên địa bàn tỉnh đã tiếp 1.538 lượt công dân, trong đó có 29 lượt đoàn đông người; tiếp nhận 874 đơn thư. Các cấp đã giải quyết 402/463 vụ việc thuộc thẩm quyền, đạt 86,8%. Một số vụ khiếu kiện đông người liên quan đến đất đai giữa đồng bào Jrai với các công ty nông, lâm nghiệp tại huyện Chư Prông, Ia Pa chưa được giải quyết dứt điểm.
Ban Thường vụ Tỉnh ủy đã ban hành Kết luận 09, 10-KL/TU về giải quyết tranh chấp đất đai tại Công ty TNHH MTV Cao su Chư Prông và về công tác vận động đồng bào ở các làng có nguy cơ mất ổn định; chỉ đạo thành lập 7 tổ công tác xuống các làng nắm tình hình, tổ chức 126 cuộc đối thoại với nhân dân ở cơ sở.
Tại hội nghị, đồng chí Rơ Lan Thị Nhiêu, HUV, Phó Chủ tịch UBND huyện Ia Pa, cho biết nhờ duy trì đối thoại tại làng, huyện đã vận động 45 hộ trả lại 62 ha đất lấn chiếm cho nông trường. Già làng Ksor Tlô, làng Blôm, xã Ia Trôk, đề nghị cán bộ khi xuống làng phải "ăn cùng, ở cùng, làm cùng" và nói bằng tiếng Jrai để bà con hiểu. Ông Đinh Văn Thương, Chủ tịch UBND xã Ia Phìn (huyện Chư Prông), kiến nghị sớm đo đạc, cắm mốc ranh giới giữa đất công ty và đất của dân.
Kết luận hội nghị, đồng chí Trần Quốc Vinh yêu cầu các cấp ủy, chính quyền triển khai ngay Chỉ thị 35-CT/TW và Nghị định số 64/2014/NĐ-CP ngày 26/6/2014 của Chính phủ quy định chi tiết một số điều của Luật Tiếp công dân; người đứng đầu cấp ủy phải trực tiếp tiếp dân theo quy định; giải quyết dứt điểm 61 vụ việc còn tồn đọng trong quý III. Ban Dân vận Tỉnh ủy chủ trì xây dựng kế hoạch phối hợp, phát huy vai trò của 1.214 người có uy tín trong đồng bào dân tộc thiểu số.
Hồng Thi
Tin liên quan
- Chư Sê đối thoại với người dân về giải phóng mặt bằng (03/07/2014)
- Ban Dân vận Tỉnh ủy giao ban quý II (27/06/2014)
- Kbang: 12 già làng được tặng giấy khen (19/06/2014)
""", "2014-07-11", "Gia Lai quán triệt Chỉ thị 35-CT/TW về tiếp công dân",
E("so_ket", "2014-H1", "2014-07-09"),
[P("Trần Quốc Vinh", "Phó Bí thư Thường trực Tỉnh ủy"), P("Siu Hyin", "Tỉnh ủy viên", "Trưởng Ban Nội chính Tỉnh ủy"),
 P("Rơ Lan Thị Nhiêu", "HUV", "Phó Chủ tịch UBND huyện Ia Pa"), P("Ksor Tlô", "Già làng"),
 P("Đinh Văn Thương", "Chủ tịch UBND xã Ia Phìn")],
[Q("17 điểm cầu huyện, thị xã, thành phố", 17, "điểm cầu huyện, thị xã, thành phố"), Q("1.538 lượt công dân", 1538, "lượt công dân"),
 Q("29 lượt đoàn đông người", 29, "lượt đoàn đông người"), Q("874 đơn thư", 874, "đơn thư"), Q("402/463 vụ việc", 402, "vụ việc"),
 Q("86,8%", 86.8, "%"), Q("7 tổ công tác", 7, "tổ công tác"), Q("126 cuộc đối thoại", 126, "cuộc đối thoại"),
 Q("45 hộ", 45, "hộ"), Q("62 ha", 62, "ha"), Q("61 vụ việc", 61, "vụ việc"), Q("1.214 người có uy tín", 1214, "người có uy tín")],
[D("Chỉ thị", "35", "CT/TW", "2014-05-26", "Bộ Chính trị", "Chỉ thị số 35-CT/TW ngày 26/5/2014"),
 D("Kết luận", "09", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 09, 10-KL/TU"),
 D("Kết luận", "10", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 09, 10-KL/TU"),
 D("Nghị định", "64", "2014/NĐ-CP", "2014-06-26", "Chính phủ", "Nghị định số 64/2014/NĐ-CP ngày 26/6/2014")],
[prov("Gia Lai"), com("Ia Trôk"), com("Ia Phìn")],
["BÁO GIA LAI ĐIỆN TỬ", "Thời sự - Chính trị", "(GLO)", "Đồng chí Trần Quốc Vinh phát biểu chỉ đạo hội nghị. Ảnh: Hà Duy",
 "Công ty TNHH MTV Cao su Chư Prông", "ăn cùng, ở cùng, làm cùng"],
["Thứ Sáu, 11/07/2014, 07:30", "6 tháng đầu năm 2014", "quý III"]))

PAGES.append(page("b9370-quangninh-bithu-doithoai-congnhan-2015", """
Báo Quảng Ninh - Cơ quan của Đảng bộ tỉnh Quảng Ninh
Bạn đang ở: Trang chủ > Chính trị > Dân vận
18/09/2015 - 06:15
Công nhân lao động trình bày kiến nghị tại hội nghị.
Bí thư Tỉnh ủy đối thoại với công nhân ngành than
Chiều 16/9, Ban Thường vụ Tỉnh ủy phối hợp với Liên đoàn Lao động tỉnh tổ chức hội nghị đối thoại giữa đồng chí Bí thư Tỉnh ủy với công nhân lao động năm 2015. Đồng chí Đỗ Hữu Toàn, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh chủ trì đối thoại; gần 320 công nhân đại diện cho hơn 43.000 công nhân ngành than trên địa bàn tham dự.
Mở đầu hội nghị, bà Lê Thị Thanh Hằng, Chủ tịch Liên đoàn Lao động tỉnh, cho biết trước hội nghị, công đoàn các cấp đã tổ chức 46 cuộc lấy ý kiến tại các mỏ, tổng hợp được 58 kiến nghị của công nhân về tiền lương, nhà ở, điều kiện làm việc và chăm sóc sức khỏe.
Tại hội nghị, 18 ý kiến đã được nêu trực tiếp. Anh Hoàng Văn Thìn, thợ lò Công ty Than Mạo Khê, cho biết thu nhập bình quân của thợ lò khoảng 8,7 triệu đồng/tháng nhưng giá thuê nhà trọ tăng, đề nghị tỉnh sớm đưa các khu nhà ở công nhân vào sử dụng. Chị Lục Thị Mai, công nhân tuyển than Công ty Tuyển than Cửa Ông, kiến nghị mở thêm nhóm trẻ gần khu tập thể để chị em làm ca đêm yên tâm. Anh Trần Văn Lực, tổ trưởng đào lò Công ty Than Hà Lầm, phản ánh số người mắc bệnh bụi phổi còn cao, đề nghị tăng tần suất khám sức khỏe định kỳ.
Ông Bùi Văn Quế, Phó Tổng Giám đốc Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam, trả lời: năm 2015 Tập đoàn dành 650 tỷ đồng cho công tác an toàn, bảo hộ lao động; đang hoàn thiện 2.400 căn hộ nhà ở công nhân tại phường Cẩm Thạch và phường Hà Khánh, dự kiến bàn giao trong quý II/2016. Ông Vũ Đức Minh, Phó Chủ tịch UBND tỉnh, giải trình các kiến nghị về quỹ đất xây trường mầm non và tuyến xe buýt đưa đón công nhân.
Kết luận hội nghị, đồng chí Đỗ Hữu Toàn đánh giá cao tinh thần thẳng thắn của công nhân; yêu cầu các doanh nghiệp thực hiện nghiêm Nghị định số 60/2013/NĐ-CP của Chính phủ quy định chi tiết Bộ luật Lao động về thực hiện quy chế dân chủ ở cơ sở tại nơi làm việc; các cấp ủy quán triệt Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư và Chỉ thị số 12-CT/TU ngày 4/5/2015 của Ban Thường vụ Tỉnh ủy về đối thoại định kỳ với nhân dân. Đồng chí giao Văn phòng Tỉnh ủy theo dõi việc trả lời 12 kiến nghị còn lại trong 30 ngày.
Thu Nguyệt
Lượt truy cập: 3.118.402
Tin liên quan
- Uông Bí: đối thoại với người dân về bồi thường giải phóng mặt bằng (10/09/2015)
- 5 mô hình "Dân vận khéo" trong doanh nghiệp (01/09/2015)
- Cẩm Phả: tiếp xúc cử tri trước kỳ họp HĐND (25/08/2015)
""", "2015-09-18", "Bí thư Tỉnh ủy đối thoại với công nhân ngành than",
E("doi_thoai", "2015", "2015-09-16"),
[P("Đỗ Hữu Toàn", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Lê Thị Thanh Hằng", "Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Hoàng Văn Thìn", "thợ lò Công ty Than Mạo Khê"), P("Lục Thị Mai", "công nhân tuyển than Công ty Tuyển than Cửa Ông"),
 P("Trần Văn Lực", "tổ trưởng đào lò Công ty Than Hà Lầm"),
 P("Bùi Văn Quế", "Phó Tổng Giám đốc Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam"),
 P("Vũ Đức Minh", "Phó Chủ tịch UBND tỉnh")],
[Q("gần 320 công nhân", 320, "công nhân", "approx"), Q("hơn 43.000 công nhân ngành than", 43000, "công nhân ngành than", "over"),
 Q("46 cuộc lấy ý kiến", 46, "cuộc lấy ý kiến"), Q("58 kiến nghị", 58, "kiến nghị"), Q("18 ý kiến", 18, "ý kiến"),
 Q("khoảng 8,7 triệu đồng/tháng", 8700000, "đồng", "approx"), Q("650 tỷ đồng", 650000000000, "đồng"),
 Q("2.400 căn hộ nhà ở công nhân", 2400, "căn hộ nhà ở công nhân"), Q("12 kiến nghị", 12, "kiến nghị")],
[D("Nghị định", "60", "2013/NĐ-CP", None, "Chính phủ", "Nghị định số 60/2013/NĐ-CP"),
 D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 14/7/2015"),
 D("Chỉ thị", "12", "CT/TU", "2015-05-04", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 12-CT/TU ngày 4/5/2015")],
[prov("Quảng Ninh"), com("Cẩm Thạch"), com("Hà Khánh")],
["Báo Quảng Ninh - Cơ quan của Đảng bộ tỉnh Quảng Ninh", "Bạn đang ở: Trang chủ > Chính trị > Dân vận",
 "Công nhân lao động trình bày kiến nghị tại hội nghị.", "Bộ luật Lao động", "Lượt truy cập: 3.118.402"],
["18/09/2015 - 06:15", "năm 2015", "quý II/2016", "30 ngày", "Lượt truy cập: 3.118.402"]))
