from lib import *
PAGES = []

PAGES.append(page("b4901-thanhhoa-bdv-gpmb-tongket-2011", """
BAN DÂN VẬN TỈNH ỦY THANH HÓA - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ » Dân vận chính quyền » Tin tức
Thứ Sáu, 30/12/2011 - 09:20
Ảnh: Quang cảnh hội nghị tổng kết.
Thanh Hóa: Tổng kết công tác dân vận trong giải phóng mặt bằng năm 2011
Ngày 28/12/2011, Ban Dân vận Tỉnh ủy Thanh Hóa phối hợp với Ban Cán sự Đảng UBND tỉnh tổ chức hội nghị tổng kết công tác dân vận trong bồi thường, hỗ trợ, tái định cư và giải phóng mặt bằng năm 2011. Đồng chí Lê Thị Quyên, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy và đồng chí Trịnh Văn Cương, Phó Chủ tịch UBND tỉnh đồng chủ trì. Dự hội nghị có 64 đồng chí là lãnh đạo các sở, ngành và trưởng ban dân vận các huyện, thị, thành ủy.
Báo cáo do đồng chí Đỗ Ngọc Hải, Phó Trưởng Ban Dân vận Tỉnh ủy trình bày cho biết, thực hiện Chỉ thị số 21-CT/TU ngày 12/4/2011 của Ban Thường vụ Tỉnh ủy về tăng cường lãnh đạo công tác bồi thường, giải phóng mặt bằng và Kế hoạch 37, 38-KH/UBND của UBND tỉnh, các cấp đã vận động 3.412 hộ dân bàn giao trên 486 ha đất cho 27 dự án trọng điểm, trong đó có khu kinh tế Nghi Sơn. Tổng kinh phí bồi thường, hỗ trợ đã chi trả khoảng 1.240 tỷ đồng; 618 hộ tái định cư được bố trí đất ở mới.
Đồng chí Lê Thị Quyên phát biểu kết luận hội nghị.
Các tổ công tác dân vận đã tổ chức 312 cuộc đối thoại với nhân dân vùng dự án, tiếp 1.530 lượt công dân; tiếp nhận 226 đơn thư khiếu nại về giá đất, diện tích đất nông nghiệp, đã giải quyết 201 đơn, đạt 88,9%. Còn 9 vụ việc khiếu kiện đông người kéo dài ở các xã Hải Yến, Tĩnh Hải và Mai Lâm.
Tại hội nghị, ông Mai Xuân Thắng, HUV, Trưởng Ban Dân vận Huyện ủy Tĩnh Gia, chia sẻ cách làm "cán bộ đi trước, dân theo sau": mỗi đảng viên trong diện thu hồi đất gương mẫu bàn giao trước. Ông Nguyễn Văn Lự, Chủ tịch UBND xã Hải Yến, đề nghị sớm hoàn thiện hạ tầng 3 khu tái định cư để dân yên tâm di dời. Bà Hoàng Thị Thoa, Chủ tịch Ủy ban MTTQ xã Mai Lâm, phản ánh nhiều hộ chưa đồng thuận vì mức hỗ trợ chuyển đổi nghề thấp.
Phát biểu kết luận, đồng chí Lê Thị Quyên đề nghị năm 2012 tiếp tục quán triệt Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị về Quy chế công tác dân vận của hệ thống chính trị, thực hiện đúng Nghị định 69/2009/NĐ-CP của Chính phủ về bồi thường, hỗ trợ, tái định cư; công khai phương án bồi thường tại nhà văn hóa thôn ít nhất 20 ngày trước khi phê duyệt; xử lý nghiêm cán bộ gây phiền hà cho dân.
Dịp này, UBND tỉnh tặng bằng khen cho 15 tập thể và 23 cá nhân có thành tích trong công tác giải phóng mặt bằng; mỗi tập thể được thưởng 3 triệu đồng.
Thu Hà
Lượt xem: 1.204
Tin liên quan
- Tĩnh Gia: đối thoại với 120 hộ dân thôn Bắc Hải (15/12/2011)
- Hội nghị dân vận chính quyền năm 2011 (30/11/2011)
- Vận động đồng bào Mường hiến đất làm đường (20/11/2011)
""", "2011-12-30", "Thanh Hóa: Tổng kết công tác dân vận trong giải phóng mặt bằng năm 2011",
E("tong_ket", "2011", "2011-12-28"),
[P("Lê Thị Quyên", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trịnh Văn Cương", "Phó Chủ tịch UBND tỉnh"),
 P("Đỗ Ngọc Hải", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Mai Xuân Thắng", "HUV", "Trưởng Ban Dân vận Huyện ủy Tĩnh Gia"),
 P("Nguyễn Văn Lự", "Chủ tịch UBND xã Hải Yến"),
 P("Hoàng Thị Thoa", "Chủ tịch Ủy ban MTTQ xã Mai Lâm")],
[Q("64 đồng chí", 64, "đồng chí"), Q("3.412 hộ dân", 3412, "hộ dân"), Q("trên 486 ha", 486, "ha", "over"),
 Q("27 dự án trọng điểm", 27, "dự án trọng điểm"), Q("khoảng 1.240 tỷ đồng", 1240000000000, "đồng", "approx"),
 Q("618 hộ tái định cư", 618, "hộ tái định cư"), Q("312 cuộc đối thoại", 312, "cuộc đối thoại"),
 Q("1.530 lượt công dân", 1530, "lượt công dân"), Q("226 đơn thư khiếu nại", 226, "đơn thư khiếu nại"),
 Q("201 đơn", 201, "đơn"), Q("88,9%", 88.9, "%"), Q("9 vụ việc khiếu kiện đông người", 9, "vụ việc khiếu kiện đông người"),
 Q("3 khu tái định cư", 3, "khu tái định cư"), Q("15 tập thể", 15, "tập thể"), Q("23 cá nhân", 23, "cá nhân"),
 Q("3 triệu đồng", 3000000, "đồng")],
[D("Chỉ thị", "21", "CT/TU", "2011-04-12", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 21-CT/TU ngày 12/4/2011"),
 D("Kế hoạch", "37", "KH/UBND", None, "UBND tỉnh", "Kế hoạch 37, 38-KH/UBND"),
 D("Kế hoạch", "38", "KH/UBND", None, "UBND tỉnh", "Kế hoạch 37, 38-KH/UBND"),
 D("Quyết định", "290", "QĐ/TW", "2010-02-25", "Bộ Chính trị", "Quyết định số 290-QĐ/TW ngày 25/2/2010"),
 D("Nghị định", "69", "2009/NĐ-CP", None, "Chính phủ", "Nghị định 69/2009/NĐ-CP")],
[prov("Thanh Hóa"), com("Hải Yến"), com("Tĩnh Hải"), com("Mai Lâm")],
["BAN DÂN VẬN TỈNH ỦY THANH HÓA - CỔNG THÔNG TIN ĐIỆN TỬ", "Trang chủ » Dân vận chính quyền » Tin tức",
 "Ảnh: Quang cảnh hội nghị tổng kết.", "Đồng chí Lê Thị Quyên phát biểu kết luận hội nghị.",
 "cán bộ đi trước, dân theo sau", "Lượt xem: 1.204", "Nghi Sơn"],
["Thứ Sáu, 30/12/2011 - 09:20", "64 đồng chí", "năm 2011", "năm 2012", "20 ngày", "Lượt xem: 1.204"]))

PAGES.append(page("b4902-hungyen-huyen-doithoai-datdai-2012", """
Cổng thông tin điện tử huyện Khoái Châu - tỉnh Hưng Yên
Tin tức - Sự kiện / Hoạt động chính quyền
08:15 | 14/06/2012
Lãnh đạo huyện đối thoại với nhân dân xã Đông Kết về tranh chấp đất bãi
Sáng 12/6, tại hội trường UBND xã Đông Kết, Thường trực Huyện ủy, UBND huyện Khoái Châu tổ chức hội nghị đối thoại với nhân dân về việc giải quyết tranh chấp, khiếu nại đất bãi ven sông Hồng năm 2012.
Chủ trì hội nghị có các đồng chí: Phạm Đức Vượng, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện; Trần Thị Mận, HUV, Trưởng Ban Dân vận Huyện ủy. Cùng dự có các đồng chí Phó Chủ tịch UBND huyện: Vũ Văn Khoa, Đặng Minh Sơn và 186 hộ dân có đất bãi trong diện thu hồi.
Đồng chí Phạm Đức Vượng phát biểu tại buổi đối thoại. Ảnh: Hồng Nhung
Theo báo cáo của UBND xã Đông Kết, từ năm 2009 đến nay xã có 47 vụ tranh chấp đất bãi giữa các hộ, trong đó 31 vụ việc đã được hòa giải thành ở thôn; còn 16 vụ việc phát sinh khiếu nại lên huyện. Diện tích đất bãi đang tranh chấp khoảng 12,6 ha, chủ yếu do ranh giới giao khoán từ trước năm 1993 không rõ ràng.
Tại buổi đối thoại, 14 ý kiến của người dân tập trung vào việc đo đạc lại ranh giới, mức giá bồi thường cây trồng và thời hạn giao khoán. Ông Lê Văn Thiệp, thôn Kim Châu, đề nghị huyện công khai bản đồ địa chính năm 1997. Bà Nguyễn Thị Vân, thôn Bình Kiều, cho rằng mức hỗ trợ 45.000 đồng/m2 cho cây hàng năm là chưa thỏa đáng.
Trả lời các ý kiến, đồng chí Vũ Văn Khoa cho biết huyện đã thành lập 2 tổ công tác liên ngành do Phòng Tài nguyên và Môi trường chủ trì, sẽ đo đạc lại toàn bộ 128 thửa đất bãi trong quý III; việc bồi thường thực hiện theo Quyết định số 16/2011/QĐ-UBND ngày 5/8/2011 của UBND tỉnh Hưng Yên về đơn giá bồi thường cây trồng, vật nuôi.
Kết luận hội nghị, đồng chí Phạm Đức Vượng yêu cầu UBND xã Đông Kết phối hợp với Ủy ban MTTQ xã và các đoàn thể thực hiện nghiêm Nghị định số 75/2012/NĐ-CP của Chính phủ quy định chi tiết một số điều của Luật Khiếu nại; giải quyết dứt điểm các vụ việc trước ngày 30/9; không để phát sinh điểm nóng. Đồng chí Trần Thị Mận đề nghị các tổ dân vận thôn bám sát từng hộ, kịp thời nắm tâm tư của nhân dân.
Nhiều hộ dân bày tỏ đồng tình với cách làm công khai, dân chủ; 9 hộ đã ký cam kết không tái lấn chiếm đất bãi trong thời gian chờ đo đạc.
Huyện ủy cũng giao Ban Dân vận Huyện ủy xây dựng Kế hoạch số 19-KH/BDVHU về kiểm tra việc thực hiện Quy chế dân chủ ở cơ sở tại xã Đông Kết và xã Tân Châu.
Minh Tuấn
Số lượt truy cập: 98.412
Tin khác
- Khoái Châu: 450 hộ dân nhận tiền hỗ trợ chuyển đổi nghề (02/06/2012)
- Hội nghị tiếp xúc cử tri trước kỳ họp HĐND huyện (25/05/2012)
- Xã Tân Châu ra mắt tổ hòa giải ở cơ sở (18/05/2012)
""", "2012-06-14", "Lãnh đạo huyện đối thoại với nhân dân xã Đông Kết về tranh chấp đất bãi",
E("doi_thoai", "2012", "2012-06-12"),
[P("Phạm Đức Vượng", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"),
 P("Trần Thị Mận", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Vũ Văn Khoa", "Phó Chủ tịch UBND huyện"),
 P("Đặng Minh Sơn", "Phó Chủ tịch UBND huyện"),
 P("Lê Văn Thiệp"), P("Nguyễn Thị Vân")],
[Q("186 hộ dân", 186, "hộ dân"), Q("47 vụ tranh chấp đất bãi", 47, "vụ tranh chấp đất bãi"),
 Q("31 vụ việc", 31, "vụ việc"), Q("16 vụ việc", 16, "vụ việc"), Q("khoảng 12,6 ha", 12.6, "ha", "approx"),
 Q("14 ý kiến", 14, "ý kiến"), Q("45.000 đồng/m2", 45000, "đồng"), Q("2 tổ công tác liên ngành", 2, "tổ công tác liên ngành"),
 Q("128 thửa đất bãi", 128, "thửa đất bãi"), Q("9 hộ", 9, "hộ")],
[D("Quyết định", "16", "2011/QĐ-UBND", "2011-08-05", "UBND tỉnh Hưng Yên", "Quyết định số 16/2011/QĐ-UBND ngày 5/8/2011"),
 D("Nghị định", "75", "2012/NĐ-CP", None, "Chính phủ", "Nghị định số 75/2012/NĐ-CP"),
 D("Kế hoạch", "19", "KH/BDVHU", None, "Ban Dân vận Huyện ủy", "Kế hoạch số 19-KH/BDVHU")],
[prov("Hưng Yên"), com("Đông Kết"), com("Tân Châu")],
["Cổng thông tin điện tử huyện Khoái Châu - tỉnh Hưng Yên", "Tin tức - Sự kiện / Hoạt động chính quyền",
 "Đồng chí Phạm Đức Vượng phát biểu tại buổi đối thoại. Ảnh: Hồng Nhung", "Số lượt truy cập: 98.412", "Luật Khiếu nại",
 "Phòng Tài nguyên và Môi trường"],
["08:15 | 14/06/2012", "năm 2012", "năm 1993", "năm 1997", "quý III", "Số lượt truy cập: 98.412"]))

PAGES.append(page("b4903-gialai-mttq-giamsat-tiepcongdan-2013", """
Báo Gia Lai điện tử
Thời sự > Chính trị > Mặt trận
Cập nhật: 14:30, 22/08/2013 (GMT+7)
Toàn cảnh buổi giám sát.
Ủy ban MTTQ tỉnh giám sát công tác tiếp công dân tại huyện Chư Sê
(GLO) - Ngày 21/8, Đoàn giám sát của Ủy ban MTTQ Việt Nam tỉnh Gia Lai do đồng chí Ksor Y Phun, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện công tác tiếp công dân, giải quyết khiếu nại, tố cáo về đất đai năm 2013 tại UBND huyện Chư Sê.
Tham gia đoàn có các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Rơ Châm H'Nhi, Trần Quốc Bảo; đại diện Ban Dân vận Tỉnh ủy, Thanh tra tỉnh, Hội Nông dân tỉnh. Tiếp đoàn có đồng chí Nguyễn Hữu Thịnh, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Chư Sê.
Theo báo cáo, từ đầu năm 2013 đến ngày 15/8, UBND huyện đã tổ chức 34 buổi tiếp công dân định kỳ, tiếp 412 lượt người; Chủ tịch UBND huyện trực tiếp tiếp 12 buổi. Huyện tiếp nhận 156 đơn thư, trong đó 118 đơn liên quan đến tranh chấp đất rẫy, đất cấp cho đồng bào Jrai theo Chương trình 134. Đến nay đã giải quyết 97 đơn, đạt 82,2%; còn 6 vụ việc tranh chấp giữa các hộ dân với Công ty cao su Chư Sê kéo dài nhiều năm.
Đại diện xã Ia Blang và xã Al Bá cho biết việc thực hiện Quyết định số 1592/QĐ-TTg ngày 12/10/2009 của Thủ tướng Chính phủ đã giúp cấp 214 ha đất sản xuất cho 463 hộ đồng bào dân tộc thiểu số. Tuy vậy, một số hộ sang nhượng trái phép rồi lại khiếu nại đòi đất.
Già làng Rah Lan Thơ ở làng Ia Ring, xã Ia Blang, cho biết già làng, trưởng thôn đã cùng cán bộ xã hòa giải thành 21 vụ tranh chấp ranh giới rẫy ngay tại làng.
Kết luận buổi giám sát, đồng chí Ksor Y Phun đánh giá huyện đã thực hiện nghiêm Luật Tiếp công dân và Chỉ thị số 14/CT-TTg ngày 18/5/2012 của Thủ tướng Chính phủ về chấn chỉnh và nâng cao hiệu quả công tác tiếp công dân; đề nghị huyện phối hợp với Ủy ban MTTQ các xã tổ chức đối thoại công khai với các hộ còn khiếu nại, phát huy vai trò của hơn 300 người có uy tín trong làng; tiếp tục thực hiện Hướng dẫn 08, 09-HD/MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về giám sát và phản biện xã hội.
Đồng chí Rơ Châm H'Nhi đề nghị huyện sớm rà soát 1.250 ha đất do các nông, lâm trường trả về địa phương để giao cho hộ thiếu đất sản xuất, công khai danh sách tại nhà rông các làng; đồng thời kiến nghị UBND tỉnh bố trí kinh phí khoảng 2,4 tỷ đồng để đo đạc, cấp giấy chứng nhận quyền sử dụng đất cho đồng bào. Đoàn sẽ tổng hợp kết quả, báo cáo Ban Thường vụ Tỉnh ủy trong tháng 9.
Huy Hoàng
Lượt đọc: 3.120
Tin liên quan
- Ia Grai: giám sát việc bồi thường thủy điện (12/08/2013)
- Hội nghị người có uy tín huyện Đak Đoa (30/07/2013)
- Ủy ban MTTQ tỉnh làm việc với Sở Tài nguyên và Môi trường (20/07/2013)
""", "2013-08-22", "Ủy ban MTTQ tỉnh giám sát công tác tiếp công dân tại huyện Chư Sê",
E("giam_sat", "2013", "2013-08-21"),
[P("Ksor Y Phun", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Rơ Châm H'Nhi", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Quốc Bảo", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Hữu Thịnh", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện Chư Sê"),
 P("Rah Lan Thơ", "Già làng")],
[Q("34 buổi tiếp công dân định kỳ", 34, "buổi tiếp công dân định kỳ"), Q("412 lượt người", 412, "lượt người"),
 Q("12 buổi", 12, "buổi"), Q("156 đơn thư", 156, "đơn thư"), Q("118 đơn", 118, "đơn"), Q("97 đơn", 97, "đơn"),
 Q("82,2%", 82.2, "%"), Q("6 vụ việc tranh chấp", 6, "vụ việc tranh chấp"), Q("214 ha", 214, "ha"),
 Q("463 hộ đồng bào dân tộc thiểu số", 463, "hộ đồng bào dân tộc thiểu số"), Q("21 vụ tranh chấp ranh giới rẫy", 21, "vụ tranh chấp ranh giới rẫy"),
 Q("hơn 300 người có uy tín", 300, "người có uy tín", "over"),
 Q("1.250 ha", 1250, "ha"), Q("khoảng 2,4 tỷ đồng", 2400000000, "đồng", "approx")],
[D("Quyết định", "1592", "QĐ-TTg", "2009-10-12", "Thủ tướng Chính phủ", "Quyết định số 1592/QĐ-TTg ngày 12/10/2009"),
 D("Chỉ thị", "14", "CT-TTg", "2012-05-18", "Thủ tướng Chính phủ", "Chỉ thị số 14/CT-TTg ngày 18/5/2012"),
 D("Hướng dẫn", "08", "HD/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Hướng dẫn 08, 09-HD/MTTQ-BTT"),
 D("Hướng dẫn", "09", "HD/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Hướng dẫn 08, 09-HD/MTTQ-BTT")],
[prov("Gia Lai"), com("Ia Blang"), com("Al Bá")],
["Báo Gia Lai điện tử", "Thời sự > Chính trị > Mặt trận", "Toàn cảnh buổi giám sát.", "(GLO)", "Lượt đọc: 3.120",
 "Chương trình 134", "Luật Tiếp công dân", "Công ty cao su Chư Sê"],
["Cập nhật: 14:30, 22/08/2013 (GMT+7)", "năm 2013", "Chương trình 134", "Lượt đọc: 3.120"]))

PAGES.append(page("b4904-longan-xa-hoagiai-soket-2014", """
ĐẢNG ỦY XÃ LONG HẬU - HUYỆN CẦN GIUỘC
Trang chủ > Tin hoạt động > Dân vận
17/07/2014 - 10:05
Long Hậu: Sơ kết 6 tháng công tác dân vận, hòa giải tranh chấp đất đai
Đồng chí Võ Thị Bé Năm phát biểu tại hội nghị.
Ngày 15/7/2014, Đảng ủy xã Long Hậu, huyện Cần Giuộc, tỉnh Long An tổ chức hội nghị sơ kết công tác dân vận và hòa giải ở cơ sở 6 tháng đầu năm 2014, gắn với vận động nhân dân bàn giao mặt bằng khu công nghiệp Long Hậu mở rộng. Dự hội nghị có đồng chí Huỳnh Văn Tám, HUV, Phó Trưởng Ban Dân vận Huyện ủy Cần Giuộc; đồng chí Võ Thị Bé Năm, Bí thư Đảng ủy, Chủ tịch HĐND xã chủ trì.
Theo báo cáo, 6 tháng đầu năm, khối dân vận xã đã phối hợp vận động 214 hộ dân ấp 3 và ấp Long Thạnh bàn giao 38,5 ha mặt bằng cho dự án; chi trả bồi thường, hỗ trợ hơn 196 tỷ đồng. 11 tổ hòa giải ấp đã tiếp nhận 29 vụ việc mâu thuẫn, tranh chấp, trong đó 19 vụ tranh chấp ranh đất; hòa giải thành 24 vụ việc, đạt 82,7%. Các đồng chí Phó Bí thư Đảng ủy xã: Trương Văn Út, Lê Thị Kim Loan trực tiếp tiếp 63 lượt công dân.
Đảng ủy xã thực hiện Nghị quyết chuyên đề số 04-NQ/ĐU ngày 10/1/2014 của Đảng ủy xã về công tác dân vận trong giải phóng mặt bằng và Quy chế phối hợp số 02-QC/ĐU giữa Đảng ủy với Ủy ban MTTQ xã. Mỗi đảng viên, hội viên phụ trách từ 5 hộ trở lên trong vùng dự án. Hội Nông dân xã và Đoàn Thanh niên đã giúp 42 hộ tháo dỡ, di dời nhà cửa, vật kiến trúc; Ủy ban MTTQ xã vận động các doanh nghiệp hỗ trợ 120 suất học bổng cho con em các hộ bị thu hồi đất.
Tại hội nghị, ông Nguyễn Văn Hai, Trưởng ấp 3, cho biết còn 7 hộ chưa đồng thuận vì chưa được bố trí nền tái định cư. Bà Phan Thị Nhung, Chủ tịch Hội Liên hiệp Phụ nữ xã, đề nghị có chính sách đào tạo nghề cho khoảng 150 lao động nữ mất đất sản xuất. Ông Đào Văn Lành, Chủ tịch Ủy ban MTTQ xã, kiến nghị UBND huyện sớm công khai phương án giá đất theo Quyết định số 60/2013/QĐ-UBND của UBND tỉnh.
Phát biểu chỉ đạo, đồng chí Huỳnh Văn Tám ghi nhận xã đã vận dụng tốt Chỉ thị số 07-CT/HU của Ban Thường vụ Huyện ủy về "dân vận khéo" trong giải phóng mặt bằng, đề nghị 6 tháng cuối năm tiếp tục đối thoại với các hộ còn vướng mắc, giải quyết dứt điểm 5 vụ việc khiếu nại đã kéo dài.
Kết luận, đồng chí Võ Thị Bé Năm giao khối dân vận xã hoàn thành việc vận động các hộ còn lại trước ngày 30/9/2014; đề nghị Công ty phát triển hạ tầng hỗ trợ mỗi hộ di dời 20 triệu đồng tiền thuê nhà tạm. Đảng ủy xã cũng tặng giấy khen cho 6 tổ hòa giải và 14 cá nhân tiêu biểu.
Minh Trí - Văn phòng Đảng ủy
Tin khác
- Long Hậu ra mắt tổ tự quản ấp Long Thạnh (02/07/2014)
- Hội Nông dân xã tập huấn hòa giải cơ sở (20/06/2014)
- Đối thoại với hộ dân vùng dự án khu công nghiệp (05/06/2014)
""", "2014-07-17", "Long Hậu: Sơ kết 6 tháng công tác dân vận, hòa giải tranh chấp đất đai",
E("so_ket", "2014-H1", "2014-07-15"),
[P("Võ Thị Bé Năm", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Huỳnh Văn Tám", "HUV", "Phó Trưởng Ban Dân vận Huyện ủy Cần Giuộc"),
 P("Trương Văn Út", "Phó Bí thư Đảng ủy xã"), P("Lê Thị Kim Loan", "Phó Bí thư Đảng ủy xã"),
 P("Nguyễn Văn Hai", "Trưởng ấp 3"),
 P("Phan Thị Nhung", "Chủ tịch Hội Liên hiệp Phụ nữ xã"),
 P("Đào Văn Lành", "Chủ tịch Ủy ban MTTQ xã")],
[Q("214 hộ dân", 214, "hộ dân"), Q("38,5 ha", 38.5, "ha"), Q("hơn 196 tỷ đồng", 196000000000, "đồng", "over"),
 Q("11 tổ hòa giải", 11, "tổ hòa giải"), Q("29 vụ việc mâu thuẫn, tranh chấp", 29, "vụ việc mâu thuẫn, tranh chấp"),
 Q("19 vụ tranh chấp ranh đất", 19, "vụ tranh chấp ranh đất"), Q("24 vụ việc", 24, "vụ việc"), Q("82,7%", 82.7, "%"),
 Q("63 lượt công dân", 63, "lượt công dân"), Q("từ 5 hộ trở lên", 5, "hộ", "over"), Q("7 hộ", 7, "hộ"), Q("42 hộ", 42, "hộ"), Q("120 suất học bổng", 120, "suất học bổng"),
 Q("khoảng 150 lao động nữ", 150, "lao động nữ", "approx"), Q("5 vụ việc khiếu nại", 5, "vụ việc khiếu nại"),
 Q("20 triệu đồng", 20000000, "đồng"), Q("6 tổ hòa giải", 6, "tổ hòa giải"), Q("14 cá nhân tiêu biểu", 14, "cá nhân tiêu biểu")],
[D("Nghị quyết", "04", "NQ/ĐU", "2014-01-10", "Đảng ủy xã", "Nghị quyết chuyên đề số 04-NQ/ĐU ngày 10/1/2014"),
 D("Quy chế phối hợp", "02", "QC/ĐU", None, None, "Quy chế phối hợp số 02-QC/ĐU"),
 D("Quyết định", "60", "2013/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 60/2013/QĐ-UBND"),
 D("Chỉ thị", "07", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị số 07-CT/HU")],
[prov("Long An"), com("Long Hậu")],
["ĐẢNG ỦY XÃ LONG HẬU - HUYỆN CẦN GIUỘC", "Trang chủ > Tin hoạt động > Dân vận",
 "Đồng chí Võ Thị Bé Năm phát biểu tại hội nghị.", "dân vận khéo", "Công ty phát triển hạ tầng"],
["17/07/2014 - 10:05", "6 tháng đầu năm 2014", "6 tháng cuối năm", "ấp 3"]))

PAGES.append(page("b4905-quangnam-taphuan-tiepcongdan-2015", """
BÁO QUẢNG NAM ONLINE
Chính trị - Xã hội › Dân vận
Ngày đăng 21/05/2015 | 16:20
Tập huấn nghiệp vụ tiếp công dân, vận động quần chúng vùng dự án cho cán bộ cơ sở
(QNO) - Trong 2 ngày 19 và 20/5, Ban Dân vận Tỉnh ủy Quảng Nam phối hợp với Thanh tra tỉnh tổ chức lớp tập huấn nghiệp vụ tiếp công dân, xử lý đơn thư và vận động quần chúng vùng dự án năm 2015 cho 220 học viên là cán bộ dân vận, địa chính, tư pháp của 62 xã, phường, thị trấn có dự án thu hồi đất.
Quang cảnh lớp tập huấn. Ảnh: Văn Sự
Phát biểu khai mạc, đồng chí Hồ Thị Thu Hằng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy nhấn mạnh: năm 2014 toàn tỉnh có 2.870 lượt công dân đến các trụ sở tiếp dân, hơn 60% liên quan đến đất đai, bồi thường, tái định cư, nhất là dọc tuyến cao tốc Đà Nẵng - Quảng Ngãi và khu kinh tế mở Chu Lai. Do đó, cán bộ cơ sở phải nắm vững Luật Tiếp công dân năm 2013, Nghị định số 64/2014/NĐ-CP ngày 26/6/2014 của Chính phủ quy định chi tiết Luật Tiếp công dân và Thông tư 06/2014/TT-TTCP của Thanh tra Chính phủ về quy trình tiếp công dân.
Các báo cáo viên gồm: ông Lê Văn Hòa, Phó Chánh Thanh tra tỉnh; bà Nguyễn Thị Phượng, Trưởng phòng Dân vận chính quyền Ban Dân vận Tỉnh ủy; ông Alăng Vĩnh, Phó Trưởng ban Dân tộc tỉnh đã truyền đạt các chuyên đề: kỹ năng đối thoại với người dân; quy trình xử lý 3 loại đơn khiếu nại, tố cáo, kiến nghị; vận động đồng bào Cơ Tu, Giẻ Triêng di dời khỏi vùng sạt lở và lòng hồ thủy điện.
Ông Lê Văn Hòa dẫn chứng, năm 2014 toàn tỉnh có 41 vụ việc khiếu nại đông người, trong đó 27 vụ việc đã được đối thoại thành công ngay tại xã. Kinh nghiệm ở xã Tam Hòa và xã Tam Anh Nam cho thấy, khi tổ dân vận thôn cùng cán bộ địa chính đến từng nhà, công khai diện tích, đơn giá, thì 95% số hộ đồng thuận bàn giao đất trước thời hạn.
Học viên Bríu Thị Nhơi, cán bộ dân vận xã Lăng (huyện Tây Giang), chia sẻ: "Đồng bào tin già làng hơn tin giấy tờ, nên mỗi lần vận động tái định cư mình phải mời già làng đi cùng". Ông Zơ Râm Blúi, Chủ tịch UBND xã A Xan, đề nghị tỉnh hỗ trợ phiên dịch tiếng Cơ Tu tại buổi tiếp dân.
Bế mạc lớp tập huấn, đồng chí Hồ Thị Thu Hằng yêu cầu các học viên triển khai Kế hoạch số 52-KH/BDVTU ngày 3/3/2015 của Ban Dân vận Tỉnh ủy về nâng cao hiệu quả công tác dân vận chính quyền và Chỉ thị 30, 31-CT/TU của Ban Thường vụ Tỉnh ủy; mỗi xã chọn ít nhất 1 mô hình "Dân vận khéo" trong giải phóng mặt bằng để nhân rộng. Mỗi học viên được cấp 1 bộ tài liệu và giấy chứng nhận hoàn thành lớp học; kinh phí tổ chức lớp là 86 triệu đồng.
Văn Sự
Tin liên quan
- Duy Xuyên đối thoại với 300 hộ dân vùng dự án khu đô thị (10/05/2015)
- Hội nghị giao ban dân vận quý I/2015 (15/04/2015)
- Tây Giang: vận động đồng bào di dời khỏi vùng sạt lở (02/04/2015)
""", "2015-05-21", "Tập huấn nghiệp vụ tiếp công dân, vận động quần chúng vùng dự án cho cán bộ cơ sở",
E("tap_huan", "2015", "2015-05-19"),
[P("Hồ Thị Thu Hằng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Văn Hòa", "Phó Chánh Thanh tra tỉnh"),
 P("Nguyễn Thị Phượng", "Trưởng phòng Dân vận chính quyền Ban Dân vận Tỉnh ủy"),
 P("Alăng Vĩnh", "Phó Trưởng ban Dân tộc tỉnh"),
 P("Bríu Thị Nhơi", "cán bộ dân vận xã Lăng"),
 P("Zơ Râm Blúi", "Chủ tịch UBND xã A Xan")],
[Q("220 học viên", 220, "học viên"), Q("62 xã, phường, thị trấn", 62, "xã, phường, thị trấn"),
 Q("2.870 lượt công dân", 2870, "lượt công dân"), Q("hơn 60%", 60, "%", "over"),
 Q("41 vụ việc khiếu nại đông người", 41, "vụ việc khiếu nại đông người"), Q("27 vụ việc", 27, "vụ việc"),
 Q("95%", 95, "%"), Q("86 triệu đồng", 86000000, "đồng")],
[D("Nghị định", "64", "2014/NĐ-CP", "2014-06-26", "Chính phủ", "Nghị định số 64/2014/NĐ-CP ngày 26/6/2014"),
 D("Thông tư", "06", "2014/TT-TTCP", None, "Thanh tra Chính phủ", "Thông tư 06/2014/TT-TTCP"),
 D("Kế hoạch", "52", "KH/BDVTU", "2015-03-03", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 52-KH/BDVTU ngày 3/3/2015"),
 D("Chỉ thị", "30", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 30, 31-CT/TU"),
 D("Chỉ thị", "31", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 30, 31-CT/TU")],
[prov("Quảng Nam"), com("Tam Hòa"), com("Tam Anh Nam"), com("Lăng"), com("A Xan")],
["BÁO QUẢNG NAM ONLINE", "Chính trị - Xã hội › Dân vận", "(QNO)", "Quang cảnh lớp tập huấn. Ảnh: Văn Sự",
 "Luật Tiếp công dân năm 2013", "Dân vận khéo", "Chu Lai"],
["Ngày đăng 21/05/2015 | 16:20", "2 ngày", "năm 2015", "năm 2014", "3 loại đơn", "1 mô hình", "1 bộ tài liệu"]))

PAGES.append(page("b4906-binhduong-bdv-giaoban-gpmb-2016", """
Cổng thông tin Ban Dân vận Tỉnh ủy Bình Dương
Vị trí: Trang chủ / Hoạt động / Dân vận chính quyền
Thứ Hai, 10/10/2016
Giao ban công tác dân vận quý III: tập trung vận động giải phóng mặt bằng các công trình giao thông
Sáng 7/10, Ban Dân vận Tỉnh ủy Bình Dương tổ chức hội nghị giao ban công tác dân vận quý III năm 2016 với khối dân vận các huyện, thị xã, thành phố. Đồng chí Nguyễn Thị Thu Cúc, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì; cùng dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Lê Văn Đức, Trần Thị Hoài, Võ Minh Kha.
Đồng chí Nguyễn Thị Thu Cúc chủ trì hội nghị giao ban.
Báo cáo cho biết, trong quý III các địa phương tập trung vận động nhân dân bàn giao mặt bằng cho các dự án mở rộng Quốc lộ 13, đường Mỹ Phước - Tân Vạn và đường vành đai 4. Đã có 1.086 hộ dân bàn giao mặt bằng, đạt 91,4% kế hoạch; còn 93 hộ chưa đồng thuận, chủ yếu ở phường Thuận Giao, phường Bình Chuẩn và xã Tân Bình. Tổng số tiền bồi thường đã chi trả gần 2.350 tỷ đồng.
Trong quý, các cơ quan tiếp nhận 384 đơn thư, kiến nghị của công dân, trong đó 212 đơn liên quan đến bồi thường, hỗ trợ; lãnh đạo UBND các cấp tổ chức 46 buổi đối thoại trực tiếp với 1.274 lượt người dân. Thực hiện Kế hoạch 118, 119-KH/BDVTU của Ban Dân vận Tỉnh ủy, các huyện đã thành lập 26 tổ dân vận ở các khu phố, ấp có dự án.
Đồng chí Phạm Văn Lợi, Thị ủy viên, Trưởng Ban Dân vận Thị ủy Thuận An, kiến nghị tỉnh điều chỉnh bảng giá đất sát giá thị trường để giảm khiếu nại. Đồng chí Huỳnh Thị Mộng Tuyền, Phó Chủ tịch Ủy ban MTTQ Việt Nam thị xã Bến Cát, cho biết Mặt trận đã tham gia giám sát 14 phương án bồi thường; phát hiện, kiến nghị điều chỉnh 3 trường hợp áp giá chưa đúng.
Phát biểu kết luận, đồng chí Nguyễn Thị Thu Cúc đề nghị trong quý IV các cấp tiếp tục quán triệt Chỉ thị số 16-CT/TU ngày 20/5/2016 của Tỉnh ủy về tăng cường sự lãnh đạo của Đảng trong công tác giải phóng mặt bằng; thực hiện nghiêm Quyết định số 51/2015/QĐ-UBND của UBND tỉnh về bồi thường, hỗ trợ và tái định cư; phấn đấu bàn giao 100% mặt bằng đường vành đai 4 trước ngày 31/12/2016. Các tổ dân vận phải "đi từng ngõ, gõ từng nhà", không để phát sinh khiếu kiện đông người, vượt cấp.
Hội nghị cũng thông qua Quy chế phối hợp số 09-QC/BDVTU-MTTQ giữa Ban Dân vận Tỉnh ủy và Ủy ban MTTQ Việt Nam tỉnh trong giám sát việc bồi thường. Dịp này, Ban trao giấy khen cho 8 tập thể, 12 cá nhân có thành tích trong vận động giải phóng mặt bằng.
Ngọc Hân
Lượt truy cập: 45.871
Tin cùng chuyên mục
- Thủ Dầu Một đối thoại với hộ dân dự án đường Phạm Ngọc Thạch (30/09/2016)
- Dầu Tiếng ra mắt mô hình "Dân vận khéo" (22/09/2016)
- Ban Dân vận Tỉnh ủy tập huấn nghiệp vụ cho cán bộ khối dân vận (15/09/2016)
""", "2016-10-10", "Giao ban công tác dân vận quý III: tập trung vận động giải phóng mặt bằng các công trình giao thông",
E("giao_ban", "2016-Q3", "2016-10-07"),
[P("Nguyễn Thị Thu Cúc", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Văn Đức", "Phó Trưởng Ban Dân vận Tỉnh ủy"), P("Trần Thị Hoài", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Võ Minh Kha", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phạm Văn Lợi", "Thị ủy viên", "Trưởng Ban Dân vận Thị ủy Thuận An"),
 P("Huỳnh Thị Mộng Tuyền", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thị xã Bến Cát")],
[Q("1.086 hộ dân", 1086, "hộ dân"), Q("91,4%", 91.4, "%"), Q("93 hộ", 93, "hộ"), Q("gần 2.350 tỷ đồng", 2350000000000, "đồng", "approx"),
 Q("384 đơn thư, kiến nghị", 384, "đơn thư, kiến nghị"), Q("212 đơn", 212, "đơn"), Q("46 buổi đối thoại", 46, "buổi đối thoại"),
 Q("1.274 lượt người dân", 1274, "lượt người dân"), Q("26 tổ dân vận", 26, "tổ dân vận"), Q("14 phương án bồi thường", 14, "phương án bồi thường"),
 Q("3 trường hợp", 3, "trường hợp"), Q("100%", 100, "%"), Q("8 tập thể", 8, "tập thể"), Q("12 cá nhân", 12, "cá nhân")],
[D("Kế hoạch", "118", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch 118, 119-KH/BDVTU"),
 D("Kế hoạch", "119", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch 118, 119-KH/BDVTU"),
 D("Chỉ thị", "16", "CT/TU", "2016-05-20", "Tỉnh ủy", "Chỉ thị số 16-CT/TU ngày 20/5/2016"),
 D("Quyết định", "51", "2015/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 51/2015/QĐ-UBND"),
 D("Quy chế phối hợp", "09", "QC/BDVTU-MTTQ", None, None, "Quy chế phối hợp số 09-QC/BDVTU-MTTQ")],
[prov("Bình Dương"), com("Thuận Giao"), com("Bình Chuẩn"), com("Tân Bình")],
["Cổng thông tin Ban Dân vận Tỉnh ủy Bình Dương", "Vị trí: Trang chủ / Hoạt động / Dân vận chính quyền",
 "Đồng chí Nguyễn Thị Thu Cúc chủ trì hội nghị giao ban.", "đi từng ngõ, gõ từng nhà", "Lượt truy cập: 45.871", "Quốc lộ 13"],
["Thứ Hai, 10/10/2016", "quý III năm 2016", "quý IV", "Quốc lộ 13", "Lượt truy cập: 45.871"]))
