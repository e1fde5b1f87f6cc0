from lib import *
PAGES = []

PAGES.append(page("b5213-laocai-ubnd-tongket-2011", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LÀO CAI
Trang chủ > Tin tức > Hoạt động chính quyền
Cập nhật: 16:40, 27/12/2011 (GMT+7)
Toàn cảnh hội nghị. Ảnh: Minh Đức
Lào Cai tổng kết công tác dân vận chính quyền năm 2011
Ngày 26/12/2011, UBND tỉnh Lào Cai tổ chức hội nghị tổng kết công tác dân vận chính quyền và thực hiện cơ chế một cửa năm 2011. Đồng chí Hoàng Văn Pảo, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì hội nghị. Cùng dự có đồng chí Lù Thị Sinh, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy và 86 đồng chí là lãnh đạo các sở, ngành, UBND các huyện, thành phố.
Theo báo cáo, năm 2011 UBND tỉnh đã ban hành Kế hoạch số 38/KH-UBND ngày 14/3/2011 triển khai Quyết định số 93/2007/QĐ-TTg của Thủ tướng Chính phủ về cơ chế một cửa, một cửa liên thông, cùng Chỉ thị 07, 08/CT-UBND của Chủ tịch UBND tỉnh về trách nhiệm người đứng đầu trong tiếp công dân và về thái độ phục vụ của cán bộ bộ phận một cửa. Đến nay 164/164 xã, phường, thị trấn đã có bộ phận tiếp nhận và trả kết quả; trong năm tiếp nhận 48.512 hồ sơ, giải quyết đúng hạn 47.209 hồ sơ, đạt 97,3%.
Các cơ quan hành chính đã tiếp 2.315 lượt công dân, nhận 412 đơn thư khiếu nại, tố cáo, đã giải quyết 389 đơn. Nhiều huyện vùng cao đã bố trí cán bộ biết tiếng Mông, tiếng Dao ngồi tại bộ phận một cửa để hướng dẫn bà con làm thủ tục.
Tại hội nghị, đồng chí Sùng A Chư, Phó Chủ tịch UBND huyện Bắc Hà cho biết, huyện đã vận động hỗ trợ 1.240 hộ nghèo làm nhà, sửa nhà với tổng kinh phí hơn 3,2 tỷ đồng. Ông Vàng Seo Phìn, Chủ tịch UBND xã Tả Van Chư, chia sẻ cách "đến từng nhà, nói từng người" để bà con làm giấy chứng nhận quyền sử dụng đất; xã đã trả kết quả cho 318 hộ, không để hồ sơ nào quá hạn. Đại diện thị trấn Bắc Hà nêu khó khăn về trang thiết bị của bộ phận một cửa.
Phát biểu kết luận, đồng chí Hoàng Văn Pảo yêu cầu năm 2012 các cấp chính quyền tiếp tục thực hiện Quy chế công tác dân vận của hệ thống chính trị; thực hiện nghiêm Nghị quyết 30c/NQ-CP của Chính phủ về Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2011 - 2020; người đứng đầu phải trực tiếp đối thoại với dân, "nói đi đôi với làm".
Dịp này, UBND tỉnh tặng Bằng khen cho 15 tập thể và 22 cá nhân có thành tích trong công tác dân vận chính quyền. Các đồng chí Phó Chủ tịch UBND tỉnh: Lý Văn Hào, Đỗ Thị Mến trao khen thưởng. Đồng chí Trần Quang Vinh, Chánh Văn phòng UBND tỉnh, công bố quyết định.
Minh Đức
Lượt xem: 1.204
Tin liên quan
- Sa Pa: 100% xã có bộ phận một cửa (12/12/2011)
- Bát Xát đối thoại với nhân dân về giải phóng mặt bằng (30/11/2011)
- Ban Dân vận Tỉnh ủy giao ban quý III (05/10/2011)
- Tập huấn cán bộ tư pháp - hộ tịch cấp xã (22/09/2011)
""", "2011-12-27", "Lào Cai tổng kết công tác dân vận chính quyền năm 2011",
E("tong_ket", "2011", "2011-12-26"),
[P("Hoàng Văn Pảo", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Lù Thị Sinh", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Sùng A Chư", "Phó Chủ tịch UBND huyện Bắc Hà"),
 P("Vàng Seo Phìn", "Chủ tịch UBND xã Tả Van Chư"),
 P("Lý Văn Hào", "Phó Chủ tịch UBND tỉnh"),
 P("Đỗ Thị Mến", "Phó Chủ tịch UBND tỉnh"),
 P("Trần Quang Vinh", "Chánh Văn phòng UBND tỉnh")],
[Q("86 đồng chí", 86, "đồng chí"), Q("164/164 xã, phường, thị trấn", 164, "xã, phường, thị trấn"),
 Q("48.512 hồ sơ", 48512, "hồ sơ"), Q("47.209 hồ sơ", 47209, "hồ sơ"), Q("97,3%", 97.3, "%"),
 Q("2.315 lượt công dân", 2315, "lượt công dân"), Q("412 đơn thư khiếu nại, tố cáo", 412, "đơn thư khiếu nại, tố cáo"),
 Q("389 đơn", 389, "đơn"), Q("1.240 hộ nghèo", 1240, "hộ nghèo"), Q("hơn 3,2 tỷ đồng", 3200000000, "đồng", "over"),
 Q("318 hộ", 318, "hộ"), Q("15 tập thể", 15, "tập thể"), Q("22 cá nhân", 22, "cá nhân")],
[D("Kế hoạch", "38", "KH-UBND", "2011-03-14", "UBND tỉnh", "Kế hoạch số 38/KH-UBND ngày 14/3/2011"),
 D("Quyết định", "93", "2007/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 93/2007/QĐ-TTg"),
 D("Chỉ thị", "07", "CT-UBND", None, "Chủ tịch UBND tỉnh", "Chỉ thị 07, 08/CT-UBND"),
 D("Chỉ thị", "08", "CT-UBND", None, "Chủ tịch UBND tỉnh", "Chỉ thị 07, 08/CT-UBND"),
 D("Nghị quyết", "30c", "NQ-CP", None, "Chính phủ", "Nghị quyết 30c/NQ-CP")],
[prov("Lào Cai"), com("Tả Van Chư"), com("Bắc Hà")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LÀO CAI", "Trang chủ > Tin tức > Hoạt động chính quyền", "Toàn cảnh hội nghị. Ảnh: Minh Đức",
 "Lượt xem: 1.204", "Quy chế công tác dân vận của hệ thống chính trị", "đến từng nhà, nói từng người", "nói đi đôi với làm",
 "Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2011 - 2020"],
["Cập nhật: 16:40, 27/12/2011 (GMT+7)", "86 đồng chí", "năm 2011", "năm 2012", "giai đoạn 2011 - 2020", "Lượt xem: 1.204"]))

PAGES.append(page("b5214-quangtri-hailang-soket-2012", """
Báo Quảng Trị - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Quảng Trị
Bạn đang ở: Trang chủ / Chính trị / Dân vận
08:15 | 19/07/2012
Hải Lăng: Một cửa "thân thiện", dân bớt đi lại
(QTO) - Ngày 18/7, Huyện ủy Hải Lăng tổ chức hội nghị sơ kết công tác dân vận chính quyền và cải cách hành chính 6 tháng đầu năm 2012, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Lê Quang Chiến, HUV, Phó Chủ tịch UBND huyện Hải Lăng chủ trì hội nghị.
Đồng chí Lê Quang Chiến phát biểu tại hội nghị.
Sáu tháng qua, UBND huyện đã triển khai kế hoạch số 27-KH/HU của Huyện ủy về thực hiện Nghị quyết số 25-NQ/HU ngày 02/3/2012 của Ban Chấp hành Đảng bộ huyện về cải cách hành chính; ban hành Quyết định số 1245/QĐ-UBND ngày 12/6/2012 công bố 31 thủ tục hành chính liên thông cấp huyện - cấp xã. Bộ phận một cửa của 20 xã, thị trấn đã tiếp nhận 6.742 hồ sơ, trả đúng hẹn 98,6%. Khoảng 1,5 tỷ đồng từ ngân sách và xã hội hóa được dùng nâng cấp phòng tiếp dân của 3 xã vùng cát.
Bà Trần Thị Lài, Phó Trưởng Ban Dân vận Huyện ủy, cho biết khối dân vận đã tiếp 214 lượt công dân, nhận 17 đơn thư, đã giải quyết xong 15 đơn thư; không có vụ việc khiếu kiện đông người. Các xã đã đăng ký 11 mô hình "Dân vận khéo", trong đó có mô hình "Một cửa thân thiện" của xã Hải Quy được nhiều người dân đánh giá cao.
Thảo luận tại hội nghị, các đồng chí Chủ tịch UBND xã: Hồ Văn Tình, Nguyễn Đức Minh cho rằng cán bộ một cửa cấp xã còn kiêm nhiều việc, phụ cấp thấp. Ông Hồ Văn Tình đề nghị huyện hỗ trợ thêm 2 máy tính cho xã Hải Thượng để nhập dữ liệu hộ tịch. Đồng chí Phan Văn Quế, Chủ tịch Hội Nông dân huyện, kiến nghị công khai lịch tiếp dân của Chủ tịch UBND xã tại nhà văn hóa thôn.
Theo đánh giá của hội nghị, bên cạnh kết quả đạt được, một số cán bộ một cửa chưa niềm nở, còn hẹn lại nhiều lần; việc niêm yết thủ tục ở một số xã chưa đầy đủ, mẫu đơn chưa cập nhật. Một số trưởng thôn chưa nắm kịp thời tâm tư của người dân vùng dự án, để kiến nghị chuyển lên huyện mới được xem xét. Huyện đã tổ chức 4 đợt kiểm tra đột xuất, nhắc nhở 5 công chức cấp xã chậm trả kết quả.
Kết luận hội nghị, đồng chí Lê Quang Chiến yêu cầu 6 tháng cuối năm tiếp tục thực hiện Nghị quyết 30c/NQ-CP của Chính phủ, Kết luận 05, 06-KL/HU của Ban Thường vụ Huyện ủy về dân vận chính quyền và tiếp công dân; mỗi cán bộ, công chức thực hiện "4 xin, 4 luôn" khi giao tiếp với dân.
Thu Hằng
Lượt đọc: 532
Bài viết liên quan
- Triệu Phong: ra mắt bộ phận một cửa liên thông (10/07/2012)
- Gio Linh tập huấn công tác dân vận cho trưởng thôn (28/06/2012)
- Đối thoại với người dân vùng cát Hải Lăng (14/06/2012)
- Vĩnh Linh: 9 mô hình dân vận khéo được nhân rộng (01/06/2012)
""", "2012-07-19", "Hải Lăng: Một cửa \"thân thiện\", dân bớt đi lại",
E("so_ket", "2012-H1", "2012-07-18"),
[P("Lê Quang Chiến", "HUV", "Phó Chủ tịch UBND huyện Hải Lăng"),
 P("Trần Thị Lài", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Hồ Văn Tình", "Chủ tịch UBND xã"),
 P("Nguyễn Đức Minh", "Chủ tịch UBND xã"),
 P("Phan Văn Quế", "Chủ tịch Hội Nông dân huyện")],
[Q("31 thủ tục hành chính liên thông", 31, "thủ tục hành chính liên thông"), Q("20 xã, thị trấn", 20, "xã, thị trấn"),
 Q("6.742 hồ sơ", 6742, "hồ sơ"), Q("98,6%", 98.6, "%"), Q("Khoảng 1,5 tỷ đồng", 1500000000, "đồng", "approx"),
 Q("3 xã vùng cát", 3, "xã vùng cát"), Q("214 lượt công dân", 214, "lượt công dân"), Q("17 đơn thư", 17, "đơn thư"),
 Q("15 đơn thư", 15, "đơn thư"), Q("11 mô hình", 11, "mô hình"), Q("2 máy tính", 2, "máy tính"),
 Q("4 đợt kiểm tra đột xuất", 4, "đợt kiểm tra đột xuất"), Q("5 công chức cấp xã", 5, "công chức cấp xã")],
[D("Kế hoạch", "27", "KH/HU", None, "Huyện ủy", "kế hoạch số 27-KH/HU"),
 D("Nghị quyết", "25", "NQ/HU", "2012-03-02", "Ban Chấp hành Đảng bộ huyện", "Nghị quyết số 25-NQ/HU ngày 02/3/2012"),
 D("Quyết định", "1245", "QĐ-UBND", "2012-06-12", None, "Quyết định số 1245/QĐ-UBND ngày 12/6/2012"),
 D("Nghị quyết", "30c", "NQ-CP", None, "Chính phủ", "Nghị quyết 30c/NQ-CP"),
 D("Kết luận", "05", "KL/HU", None, "Ban Thường vụ Huyện ủy", "Kết luận 05, 06-KL/HU"),
 D("Kết luận", "06", "KL/HU", None, "Ban Thường vụ Huyện ủy", "Kết luận 05, 06-KL/HU")],
[prov("Quảng Trị"), com("Hải Quy"), com("Hải Thượng")],
["Báo Quảng Trị - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Quảng Trị", "Bạn đang ở: Trang chủ / Chính trị / Dân vận",
 "(QTO)", "Đồng chí Lê Quang Chiến phát biểu tại hội nghị.", "Dân vận khéo", "Một cửa thân thiện", "4 xin, 4 luôn", "Lượt đọc: 532"],
["08:15 | 19/07/2012", "6 tháng đầu năm 2012", "6 tháng cuối năm", "Sáu tháng qua", "4 xin, 4 luôn", "Lượt đọc: 532"]))

PAGES.append(page("b5215-daklak-eatul-doithoai-2013", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CƯ M'GAR
Tin tức - Sự kiện :: Xã, thị trấn
20/09/2013 - 14:30
Chủ tịch UBND xã Ea Tul đối thoại với nhân dân về thủ tục hành chính
Ngày 19/9, Đảng ủy, UBND xã Ea Tul tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2013, tập trung vào việc giải quyết thủ tục hành chính tại bộ phận một cửa. Bà H'Rin Ayun, Phó Bí thư Đảng ủy, Chủ tịch UBND xã Ea Tul chủ trì; dự có đồng chí Nguyễn Văn Hưng, HUV, Phó Chủ tịch UBND huyện Cư M'gar và khoảng 150 người dân của 14 buôn, thôn thuộc xã vùng đồng bào dân tộc thiểu số của tỉnh Đắk Lắk.
Quang cảnh buổi đối thoại tại hội trường UBND xã.
Mở đầu, ông Y Khem Mlô, Chủ tịch Ủy ban MTTQ xã, thông tin: năm 2013 bộ phận một cửa của xã đã tiếp nhận 1.873 hồ sơ, trả đúng hẹn 1.851 hồ sơ; xã thực hiện Quy chế phối hợp số 03/QCPH ngày 10/1/2013 giữa UBND xã và Ủy ban MTTQ xã trong giám sát cán bộ, công chức tiếp dân. Trước buổi đối thoại, Mặt trận xã đã tổng hợp 23 ý kiến góp ý của cử tri gửi đến.
Tại hội nghị, 9 ý kiến được nêu trực tiếp. Ông Y Kruê Buôn Yă, người có uy tín buôn Kram, phản ánh có hồ sơ cấp đổi giấy chứng nhận quyền sử dụng đất chờ quá hạn, người dân phải đi lại nhiều lần. Bà H'Lan Ktla ở buôn Sah B hỏi về thủ tục vay vốn; Chủ tịch UBND xã cho biết năm nay xã đã xác nhận hồ sơ cho 412 hộ vay vốn Ngân hàng Chính sách xã hội, trong đó 85 hộ nghèo được vay với tổng số hơn 2,1 tỷ đồng, mức vay tối đa 30 triệu đồng/hộ.
Trả lời các ý kiến, bà H'Rin Ayun nhận trách nhiệm về 22 hồ sơ trễ hẹn; cam kết từ tháng 10 niêm yết công khai toàn bộ thủ tục bằng tiếng Việt và tiếng Êđê, cán bộ địa chính xuống tận buôn hướng dẫn. Ông Y Bhiơr Niê, Bí thư Đảng ủy xã, yêu cầu thực hiện nghiêm Chỉ thị 14-CT/HU ngày 05/4/2013 của Ban Thường vụ Huyện ủy về đối thoại trực tiếp với nhân dân và Quyết định số 1402/QĐ-UBND của UBND huyện về quy trình một cửa.
Cũng tại buổi đối thoại, nhiều hộ dân buôn Ea Đung đề nghị làm lại cầu tràn qua suối để con em đi học mùa mưa; UBND xã tiếp thu, giao cán bộ giao thông - thủy lợi lập dự toán, vận động nhân dân góp ngày công. Một số ý kiến đề nghị xã bố trí thêm một buổi làm việc sáng thứ Bảy để người dân đi rẫy có thể đến nộp hồ sơ; Chủ tịch UBND xã đồng ý thí điểm trong quý IV.
Đồng chí Nguyễn Văn Hưng ghi nhận cách làm của xã, đề nghị nhân rộng việc đối thoại định kỳ tới 17 xã, thị trấn trong huyện.
H'Yâo
Tin khác
- Ea Kpam ra mắt tổ hòa giải buôn Ea Bông (12/09/2013)
- Huyện Cư M'gar sơ kết 6 tháng công tác dân vận (18/07/2013)
- Xã Cư Suê tuyên truyền pháp luật cho đồng bào (04/07/2013)
""", "2013-09-20", "Chủ tịch UBND xã Ea Tul đối thoại với nhân dân về thủ tục hành chính",
E("doi_thoai", "2013", "2013-09-19"),
[P("H'Rin Ayun", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã Ea Tul"),
 P("Nguyễn Văn Hưng", "HUV", "Phó Chủ tịch UBND huyện Cư M'gar"),
 P("Y Khem Mlô", "Chủ tịch Ủy ban MTTQ xã"),
 P("Y Kruê Buôn Yă", "người có uy tín buôn Kram"),
 P("H'Lan Ktla"),
 P("Y Bhiơr Niê", "Bí thư Đảng ủy xã")],
[Q("khoảng 150 người dân", 150, "người dân", "approx"), Q("14 buôn, thôn", 14, "buôn, thôn"),
 Q("1.873 hồ sơ", 1873, "hồ sơ"), Q("1.851 hồ sơ", 1851, "hồ sơ"), Q("23 ý kiến", 23, "ý kiến"), Q("9 ý kiến", 9, "ý kiến"),
 Q("412 hộ", 412, "hộ"), Q("85 hộ nghèo", 85, "hộ nghèo"), Q("hơn 2,1 tỷ đồng", 2100000000, "đồng", "over"),
 Q("30 triệu đồng", 30000000, "đồng"), Q("22 hồ sơ trễ hẹn", 22, "hồ sơ trễ hẹn"), Q("17 xã, thị trấn", 17, "xã, thị trấn")],
[D("Quy chế phối hợp", "03", "QCPH", "2013-01-10", None, "Quy chế phối hợp số 03/QCPH ngày 10/1/2013"),
 D("Chỉ thị", "14", "CT/HU", "2013-04-05", "Ban Thường vụ Huyện ủy", "Chỉ thị 14-CT/HU ngày 05/4/2013"),
 D("Quyết định", "1402", "QĐ-UBND", None, "UBND huyện", "Quyết định số 1402/QĐ-UBND")],
[prov("Đắk Lắk"), com("Ea Tul")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CƯ M'GAR", "Tin tức - Sự kiện :: Xã, thị trấn", "Quang cảnh buổi đối thoại tại hội trường UBND xã.",
 "Ngân hàng Chính sách xã hội", "buôn Kram", "buôn Sah B"],
["20/09/2013 - 14:30", "năm 2013", "năm nay", "từ tháng 10", "quý IV"]))

PAGES.append(page("b5216-cantho-bdv-giaoban-2014", """
Hôm nay: Thứ Tư, 08/10/2014
BAN DÂN VẬN THÀNH ỦY CẦN THƠ
Vị trí: Trang chủ › Dân vận chính quyền › Tin hoạt động
Ngày đăng 06/10/2014 | 16:20
Ảnh: Quang cảnh giao ban.
Giao ban khối dân vận thành phố: tập trung dân vận chính quyền ở phường, xã
Chiều 3/10, Ban Dân vận Thành ủy Cần Thơ tổ chức giao ban khối dân vận quý III năm 2014. Đồng chí Đào Thị Kim Nhung, Thành ủy viên, Trưởng Ban Dân vận Thành ủy chủ trì; dự có các đồng chí Phó Trưởng Ban Dân vận Thành ủy: Trương Văn Sang, Lê Thị Bé Tư và lãnh đạo Ủy ban MTTQ Việt Nam thành phố, các đoàn thể chính trị - xã hội.
Báo cáo cho thấy trong quý, khối dân vận 9 quận, huyện đã phối hợp với chính quyền tiếp 1.326 lượt công dân, giải quyết 47 vụ việc khiếu nại kéo dài; 85 xã, phường, thị trấn đã niêm yết công khai số điện thoại đường dây nóng của Chủ tịch UBND. Qua kiểm tra, bộ phận một cửa cấp xã còn 312 hồ sơ trễ hạn, chủ yếu về đất đai và xây dựng. Toàn thành phố hiện có 1.026 mô hình "Dân vận khéo", trong đó 214 mô hình thuộc lĩnh vực dân vận chính quyền; tỷ lệ người dân hài lòng với bộ phận một cửa đạt 96,4%.
Ban Dân vận Thành ủy đã tham mưu Ban Thường vụ Thành ủy ban hành Kế hoạch 105-KH/TU ngày 15/8/2014 thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013 của BCH Trung ương về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận; tổng kết Chỉ thị 22, 23-CT/TU của Thành ủy về dân vận chính quyền và về vận động đồng bào Khmer.
Tại giao ban, bà Danh Thị Hồng Nhung, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố, đề nghị chính quyền phường, xã công khai kết quả giải quyết kiến nghị cử tri tại các buổi sinh hoạt khu vực. Ông Thạch Ngọc Sơn, Chủ tịch UBND phường Thới An Đông, chia sẻ mô hình "Cán bộ phường gần dân": mỗi tuần cán bộ phường đến 2 khu vực lắng nghe dân, đã xử lý được 58 kiến nghị tại chỗ. Đại diện UBND xã Thới Hưng cho biết xã đã vận động 132 hộ hiến đất mở rộng đường giao thông nông thôn với tổng giá trị gần 4 tỷ đồng.
Kết luận giao ban, đồng chí Đào Thị Kim Nhung yêu cầu quý IV tập trung thực hiện Quyết định số 290-QĐ/TW của Bộ Chính trị ban hành Quy chế công tác dân vận; chấn chỉnh thái độ, tác phong của cán bộ tiếp dân; chuẩn bị tổng kết năm 2014 và xét chọn các mô hình tiêu biểu để biểu dương.
Đăng Khoa
Số lượt truy cập: 2.418.337
Các tin đã đưa
- Ninh Kiều: biểu dương 15 mô hình dân vận khéo (26/09/2014)
- Thốt Nốt đối thoại với hộ dân vùng dự án (12/09/2014)
- Hội thảo về dân vận chính quyền trong tình hình mới (28/08/2014)
- Ban Dân vận Thành ủy làm việc với Đảng ủy phường An Khánh (15/08/2014)
""", "2014-10-06", "Giao ban khối dân vận thành phố: tập trung dân vận chính quyền ở phường, xã",
E("giao_ban", "2014-Q3", "2014-10-03"),
[P("Đào Thị Kim Nhung", "Thành ủy viên", "Trưởng Ban Dân vận Thành ủy"),
 P("Trương Văn Sang", "Phó Trưởng Ban Dân vận Thành ủy"),
 P("Lê Thị Bé Tư", "Phó Trưởng Ban Dân vận Thành ủy"),
 P("Danh Thị Hồng Nhung", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Thạch Ngọc Sơn", "Chủ tịch UBND phường Thới An Đông")],
[Q("9 quận, huyện", 9, "quận, huyện"), Q("1.326 lượt công dân", 1326, "lượt công dân"),
 Q("47 vụ việc khiếu nại kéo dài", 47, "vụ việc khiếu nại kéo dài"), Q("85 xã, phường, thị trấn", 85, "xã, phường, thị trấn"),
 Q("312 hồ sơ trễ hạn", 312, "hồ sơ trễ hạn"), Q("1.026 mô hình", 1026, "mô hình"), Q("214 mô hình", 214, "mô hình"),
 Q("96,4%", 96.4, "%"), Q("2 khu vực", 2, "khu vực"), Q("58 kiến nghị", 58, "kiến nghị"), Q("132 hộ", 132, "hộ"),
 Q("gần 4 tỷ đồng", 4000000000, "đồng", "approx")],
[D("Kế hoạch", "105", "KH/TU", "2014-08-15", "Ban Thường vụ Thành ủy", "Kế hoạch 105-KH/TU ngày 15/8/2014"),
 D("Nghị quyết", "25", "NQ/TW", "2013-06-03", "BCH Trung ương", "Nghị quyết số 25-NQ/TW ngày 03/6/2013"),
 D("Chỉ thị", "22", "CT/TU", None, "Thành ủy", "Chỉ thị 22, 23-CT/TU"),
 D("Chỉ thị", "23", "CT/TU", None, "Thành ủy", "Chỉ thị 22, 23-CT/TU"),
 D("Quyết định", "290", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 290-QĐ/TW")],
[prov("Cần Thơ"), com("Thới An Đông"), com("Thới Hưng")],
["Hôm nay: Thứ Tư, 08/10/2014", "BAN DÂN VẬN THÀNH ỦY CẦN THƠ", "Vị trí: Trang chủ › Dân vận chính quyền › Tin hoạt động",
 "Ảnh: Quang cảnh giao ban.", "Dân vận khéo", "Cán bộ phường gần dân", "Số lượt truy cập: 2.418.337"],
["Hôm nay: Thứ Tư, 08/10/2014", "Ngày đăng 06/10/2014 | 16:20", "quý III năm 2014", "quý IV", "năm 2014", "Số lượt truy cập: 2.418.337"]))

PAGES.append(page("b5217-thanhhoa-bdv-taphuan-2015", """
BÁO THANH HÓA ĐIỆN TỬ
Thời sự | Chính trị | Dân vận
12/06/2015 - 09:30
Nâng kỹ năng "dân vận khéo" cho cán bộ một cửa cấp xã
Trong 2 ngày 10 và 11/6, Ban Dân vận Tỉnh ủy phối hợp với Sở Nội vụ mở lớp tập huấn nghiệp vụ công tác dân vận chính quyền năm 2015 cho 240 học viên là chủ tịch, phó chủ tịch UBND và công chức bộ phận tiếp nhận và trả kết quả của các xã miền núi tỉnh Thanh Hóa. Lớp học được tổ chức tại Trường Chính trị tỉnh, kết hợp giữa nghe giảng, thảo luận nhóm và đóng vai xử lý tình huống tại bộ phận một cửa; các tình huống được lấy từ chính những vụ việc người dân phản ánh trên báo chí và đường dây nóng thời gian qua.
Đồng chí Lê Thị Thu Hà phát biểu khai mạc lớp tập huấn.
Phát biểu khai mạc, đồng chí Lê Thị Thu Hà, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy, nhấn mạnh: cán bộ một cửa là "bộ mặt" của chính quyền trước nhân dân; một lời hướng dẫn tận tình có khi giá trị hơn nhiều văn bản. Học viên được quán triệt Nghị quyết số 25-NQ/TW ngày 03/6/2013 của BCH Trung ương (khóa XI), Quyết định số 09/2015/QĐ-TTg ngày 25/3/2015 của Thủ tướng Chính phủ ban hành Quy chế thực hiện cơ chế một cửa, cơ chế một cửa liên thông và Chương trình hành động số 18-CTr/TU của Tỉnh ủy về dân vận chính quyền.
TS. Nguyễn Văn Quý, Giảng viên Trường Chính trị tỉnh, giới thiệu kỹ năng tiếp xúc, thuyết phục, xử lý tình huống khi người dân bức xúc; ThS. Đỗ Thị Hạnh, Phó Chánh Văn phòng UBND tỉnh, hướng dẫn quy trình tiếp nhận hồ sơ điện tử theo Kế hoạch số 64/KH-UBND ngày 20/4/2015 của UBND tỉnh.
Theo Ban tổ chức, đến nay 27 huyện, thị xã, thành phố và 636 xã, phường, thị trấn đã vận hành bộ phận một cửa; năm 2014 toàn tỉnh tiếp nhận hơn 412.000 hồ sơ, giải quyết đúng hạn trên 95%. Tuy vậy, khảo sát tại 11 huyện miền núi cho thấy còn 38 xã chưa có cán bộ một cửa biết tiếng dân tộc.
Trao đổi tại lớp, ông Hà Văn Ngộ, Chủ tịch UBND xã Trung Lý, kể chuyện xã nằm cách trung tâm huyện gần 40 km, nhiều bản người Mông đi bộ cả ngày mới đến xã; vì vậy xã tổ chức "một cửa lưu động" mỗi tháng 2 lần tại các bản. Chị Lò Thị Pản, công chức Văn phòng - Thống kê xã Pù Nhi, mong được hỗ trợ máy tính để đưa dữ liệu hộ tịch lên mạng. Mỗi học viên được hỗ trợ 150.000 đồng/ngày trong thời gian tập huấn.
Kết thúc lớp, học viên làm bài thu hoạch; 100% đạt yêu cầu, trong đó 46 bài đạt loại giỏi.
Lê Hà
Tin cùng chuyên mục
- Quan Hóa: đối thoại với dân về chuyển đổi cây trồng (05/06/2015)
- Sơ kết 2 năm thực hiện Nghị quyết 25 của BCH Trung ương (26/05/2015)
- Biểu dương 50 gương "dân vận khéo" (14/05/2015)
""", "2015-06-12", "Nâng kỹ năng \"dân vận khéo\" cho cán bộ một cửa cấp xã",
E("tap_huan", "2015", "2015-06-10"),
[P("Lê Thị Thu Hà", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Quý", "TS.", "Giảng viên Trường Chính trị tỉnh"),
 P("Đỗ Thị Hạnh", "ThS.", "Phó Chánh Văn phòng UBND tỉnh"),
 P("Hà Văn Ngộ", "Chủ tịch UBND xã Trung Lý"),
 P("Lò Thị Pản", "công chức Văn phòng - Thống kê xã Pù Nhi")],
[Q("240 học viên", 240, "học viên"), Q("27 huyện, thị xã, thành phố", 27, "huyện, thị xã, thành phố"),
 Q("636 xã, phường, thị trấn", 636, "xã, phường, thị trấn"), Q("hơn 412.000 hồ sơ", 412000, "hồ sơ", "over"),
 Q("trên 95%", 95, "%", "over"), Q("11 huyện miền núi", 11, "huyện miền núi"), Q("38 xã", 38, "xã"),
 Q("gần 40 km", 40, "km", "approx"), Q("150.000 đồng", 150000, "đồng"), Q("100%", 100, "%"), Q("46 bài", 46, "bài")],
[D("Nghị quyết", "25", "NQ/TW", "2013-06-03", "BCH Trung ương", "Nghị quyết số 25-NQ/TW ngày 03/6/2013"),
 D("Quyết định", "09", "2015/QĐ-TTg", "2015-03-25", "Thủ tướng Chính phủ", "Quyết định số 09/2015/QĐ-TTg ngày 25/3/2015"),
 D("Chương trình hành động", "18", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 18-CTr/TU"),
 D("Kế hoạch", "64", "KH-UBND", "2015-04-20", "UBND tỉnh", "Kế hoạch số 64/KH-UBND ngày 20/4/2015")],
[prov("Thanh Hóa"), com("Trung Lý"), com("Pù Nhi")],
["BÁO THANH HÓA ĐIỆN TỬ", "Thời sự | Chính trị | Dân vận", "Đồng chí Lê Thị Thu Hà phát biểu khai mạc lớp tập huấn.",
 "một cửa lưu động", "Trường Chính trị tỉnh"],
["12/06/2015 - 09:30", "2 ngày", "năm 2015", "năm 2014", "mỗi tháng 2 lần", "khóa XI"]))

PAGES.append(page("b5218-kontum-mttq-giamsat-2016", """
BÁO KON TUM ĐIỆN TỬ
Trang chủ >> Chính trị >> Mặt trận - Đoàn thể
Ngày đăng 22/11/2016 | 15:45
Giám sát việc giải quyết thủ tục hành chính tại huyện Đắk Glei
(BKT) - Ngày 21/11, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh do bà Y Thị Hoa, Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn, giám sát chuyên đề năm 2016 về việc giải quyết thủ tục hành chính theo cơ chế một cửa tại UBND huyện Đắk Glei và 2 xã Đắk Man, Đắk Pék.
Đoàn giám sát làm việc tại bộ phận một cửa xã Đắk Man.
Cuộc giám sát thực hiện theo Quyết định 217, 218-QĐ/TW của Bộ Chính trị về giám sát, phản biện xã hội của Mặt trận và Kế hoạch số 19/KH-MTTQ-BTT ngày 02/3/2016 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh. Thành viên đoàn có các ông, bà A Dũng, Nguyễn Thị Thoa - Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, cùng đại diện Sở Nội vụ, Hội Nông dân tỉnh.
Báo cáo của UBND huyện do ông A Sang, HUV, Phó Chủ tịch UBND huyện Đắk Glei trình bày cho biết: từ đầu năm đến 31/10/2016, bộ phận một cửa huyện và 12 xã, thị trấn đã tiếp nhận 3.415 hồ sơ, giải quyết 3.328 hồ sơ; còn 87 hồ sơ trễ hạn, chiếm 2,5%, phần lớn là hồ sơ đất đai. Đắk Glei là huyện biên giới của tỉnh Kon Tum, đồng bào dân tộc thiểu số chiếm trên 80% dân số, nhiều thôn cách trung tâm xã hàng chục cây số; vì vậy huyện đã bố trí cán bộ một cửa đi lưu động theo lịch công bố trước, nhận hồ sơ ngay tại nhà rông. Huyện đã xử lý kỷ luật 2 công chức có thái độ hách dịch với dân và điều chuyển 4 cán bộ không đáp ứng yêu cầu.
Tại xã Đắk Man, bà Y Mai Hương, Chủ tịch UBND xã, cho biết xã có 6 thôn đồng bào Xơ Đăng, đường sá xa, nhiều người dân không biết chữ; cán bộ một cửa phải điền hộ tờ khai cho khoảng 60% số người đến làm thủ tục. Đoàn ghi nhận 14 kiến nghị của người dân, trong đó có việc chậm cấp giấy chứng nhận quyền sử dụng đất cho 35 hộ tái định cư thủy điện.
Kết luận giám sát, bà Y Thị Hoa đánh giá chính quyền huyện đã có chuyển biến về dân vận chính quyền, song đề nghị công khai thủ tục bằng tiếng Xơ Đăng tại nhà rông các thôn, bố trí ít nhất 1 cán bộ người dân tộc thiểu số tại mỗi bộ phận một cửa cấp xã, và giải quyết dứt điểm 87 hồ sơ tồn trong tháng 12/2016. Đoàn sẽ có văn bản kiến nghị gửi UBND tỉnh; Mặt trận huyện tiếp tục giám sát sau.
Ông A Pớt, Chủ tịch Ủy ban MTTQ Việt Nam xã Đắk Pék, đề nghị huyện quan tâm xây dựng hội trường thôn để người dân có nơi nghe phổ biến thủ tục, đồng thời hỗ trợ 120 triệu đồng mua thiết bị cho bộ phận một cửa xã.
Yên Lâm
Xem thêm
- Sa Thầy: Mặt trận giám sát chính sách hỗ trợ nhà ở (16/11/2016)
- Đối thoại với đồng bào về giải phóng mặt bằng (02/11/2016)
- Tập huấn kỹ năng giám sát cho Ban Thanh tra nhân dân (20/10/2016)
""", "2016-11-22", "Giám sát việc giải quyết thủ tục hành chính tại huyện Đắk Glei",
E("giam_sat", "2016", "2016-11-21"),
[P("Y Thị Hoa", "Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh"),
 P("A Dũng", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thị Thoa", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("A Sang", "HUV", "Phó Chủ tịch UBND huyện Đắk Glei"),
 P("Y Mai Hương", "Chủ tịch UBND xã"),
 P("A Pớt", "Chủ tịch Ủy ban MTTQ Việt Nam xã Đắk Pék")],
[Q("2 xã", 2, "xã"), Q("12 xã, thị trấn", 12, "xã, thị trấn"), Q("3.415 hồ sơ", 3415, "hồ sơ"), Q("3.328 hồ sơ", 3328, "hồ sơ"),
 Q("87 hồ sơ trễ hạn", 87, "hồ sơ trễ hạn"), Q("2,5%", 2.5, "%"), Q("trên 80%", 80, "%", "over"), Q("2 công chức", 2, "công chức"), Q("4 cán bộ", 4, "cán bộ"),
 Q("6 thôn đồng bào Xơ Đăng", 6, "thôn đồng bào Xơ Đăng"), Q("khoảng 60%", 60, "%", "approx"), Q("14 kiến nghị", 14, "kiến nghị"),
 Q("35 hộ tái định cư thủy điện", 35, "hộ tái định cư thủy điện"), Q("ít nhất 1 cán bộ người dân tộc thiểu số", 1, "cán bộ người dân tộc thiểu số", "over"),
 Q("120 triệu đồng", 120000000, "đồng")],
[D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW"),
 D("Kế hoạch", "19", "KH-MTTQ-BTT", "2016-03-02", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 19/KH-MTTQ-BTT ngày 02/3/2016")],
[prov("Kon Tum"), com("Đắk Man"), com("Đắk Pék")],
["BÁO KON TUM ĐIỆN TỬ", "(BKT)", "Trang chủ >> Chính trị >> Mặt trận - Đoàn thể", "Đoàn giám sát làm việc tại bộ phận một cửa xã Đắk Man."],
["Ngày đăng 22/11/2016 | 15:45", "năm 2016", "31/10/2016", "tháng 12/2016"]))
