from lib import *
PAGES = []

PAGES.append(page("b1853-laocai-huyen-doithoai-2011", """
BAN DÂN VẬN TỈNH ỦY LÀO CAI
Trang chủ > Dân vận chính quyền > Tin cơ sở
08:15 | 03/11/2011
Ảnh: Quang cảnh buổi đối thoại.
Bát Xát: Chủ tịch UBND huyện đối thoại với 64 hộ dân vùng dự án mỏ
Ngày 01/11/2011, thực hiện chỉ đạo của Ban Thường vụ Huyện ủy, UBND huyện Bát Xát tổ chức buổi đối thoại năm 2011 với 64 hộ dân có đất bị thu hồi để mở rộng khu mỏ đồng tại xã Cốc Mỳ. Đồng chí Vàng Seo Dìn, HUV, Chủ tịch UBND huyện chủ trì; dự có đồng chí Lù Thị Mai, Phó Trưởng Ban Dân vận Tỉnh ủy và các đồng chí Phó Chủ tịch UBND huyện: Hoàng Văn Thắm, Ly A Sáng.
Đồng chí Vàng Seo Dìn trả lời ý kiến của bà con.
Theo báo cáo của UBND huyện, từ năm 2009 đến nay huyện đã tiếp nhận 187 đơn khiếu nại liên quan đến bồi thường, hỗ trợ, tái định cư; đã giải quyết xong 172 đơn, đạt 92%. 15 đơn còn lại đang được xác minh, huyện cam kết trả lời bằng văn bản cho công dân trước ngày 30/11/2011. Việc giải quyết được thực hiện theo Luật Khiếu nại số 02/2011/QH13 của Quốc hội và Nghị định số 69/2009/NĐ-CP ngày 13/8/2009 của Chính phủ; mức hỗ trợ đất nương rẫy áp dụng theo Quyết định số 12/2010/QĐ-UBND của UBND tỉnh.
Tại buổi đối thoại có 43 ý kiến phát biểu. Ông Sần Văn Páo ở thôn Phìn Ngan đề nghị xem xét lại diện tích đất rừng được giao khoán của gia đình; bà Lò Thị Xuân ở thôn Láo Vàng phản ánh mức hỗ trợ 25.000 đồng/m2 đất vườn còn thấp so với các dự án lân cận. Đồng chí Phàn Văn Chài, Trưởng phòng Tài nguyên và Môi trường huyện, giải thích từng trường hợp, chỉ rõ căn cứ pháp lý và hẹn kiểm tra thực địa trong 10 ngày.
Kết luận buổi đối thoại, đồng chí Vàng Seo Dìn khẳng định huyện sẽ chi trả ngay 6,4 tỷ đồng tiền bồi thường còn tồn đọng, bố trí 28 lô đất tái định cư cho các hộ đủ điều kiện và giao Ban Dân vận Huyện ủy phối hợp với Ủy ban MTTQ huyện giám sát việc thực hiện. Đồng chí yêu cầu cán bộ các xã thực hiện nghiêm Chỉ thị 05, 06-CT/HU của Ban Thường vụ Huyện ủy về công tác dân vận trong giải phóng mặt bằng và về tiếp công dân ở cơ sở, không để phát sinh điểm nóng.
Phát biểu tại buổi đối thoại, đồng chí Lù Thị Mai đề nghị huyện phát huy vai trò của người có uy tín, tổ hòa giải ở thôn; quan tâm tạo việc làm cho khoảng 120 lao động mất đất sản xuất. Đồng chí lưu ý thực hiện tốt phương châm "dân biết, dân bàn, dân làm, dân kiểm tra" ngay từ khâu kiểm đếm.
Đây là lần đầu tiên huyện tổ chức đối thoại trực tiếp tại nhà văn hóa thôn thay vì tại hội trường huyện, để bà con vùng cao tỉnh Lào Cai không phải đi lại xa. Sau buổi đối thoại, nhiều hộ đã đồng thuận ký biên bản nhận tiền, bàn giao mặt bằng cho nhà đầu tư.
Minh Khôi
Lượt xem: 1.024
Tin liên quan
- Sa Pa: vận động nhân dân hiến đất làm đường nội đồng (25/10/2011)
- Hội nghị tập huấn công tác dân vận chính quyền cho 150 cán bộ xã (12/10/2011)
- Mường Khương sơ kết 3 năm thực hiện Quy chế dân chủ (30/09/2011)
- Bảo Thắng: đối thoại với hộ dân khu công nghiệp Tằng Loỏng (15/09/2011)
""", "2011-11-03", "Bát Xát: Chủ tịch UBND huyện đối thoại với 64 hộ dân vùng dự án mỏ",
E("doi_thoai", "2011", "2011-11-01"),
[P("Vàng Seo Dìn", "HUV", "Chủ tịch UBND huyện"),
 P("Lù Thị Mai", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hoàng Văn Thắm", "Phó Chủ tịch UBND huyện"),
 P("Ly A Sáng", "Phó Chủ tịch UBND huyện"),
 P("Sần Văn Páo"),
 P("Lò Thị Xuân"),
 P("Phàn Văn Chài", "Trưởng phòng Tài nguyên và Môi trường huyện")],
[Q("64 hộ dân", 64, "hộ dân"), Q("187 đơn khiếu nại", 187, "đơn khiếu nại"), Q("172 đơn", 172, "đơn"),
 Q("92%", 92, "%"), Q("15 đơn", 15, "đơn"), Q("43 ý kiến", 43, "ý kiến"),
 Q("25.000 đồng", 25000, "đồng"), Q("6,4 tỷ đồng", 6400000000, "đồng"), Q("28 lô đất tái định cư", 28, "lô đất tái định cư"),
 Q("khoảng 120 lao động", 120, "lao động", "approx")],
[D("Luật", "02", "2011/QH13", None, "Quốc hội", "Luật Khiếu nại số 02/2011/QH13"),
 D("Nghị định", "69", "2009/NĐ-CP", "2009-08-13", "Chính phủ", "Nghị định số 69/2009/NĐ-CP ngày 13/8/2009"),
 D("Quyết định", "12", "2010/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 12/2010/QĐ-UBND"),
 D("Chỉ thị", "05", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 05, 06-CT/HU"),
 D("Chỉ thị", "06", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 05, 06-CT/HU")],
[prov("Lào Cai"), com("Cốc Mỳ")],
["BAN DÂN VẬN TỈNH ỦY LÀO CAI", "Trang chủ > Dân vận chính quyền > Tin cơ sở", "Ảnh: Quang cảnh buổi đối thoại.",
 "Đồng chí Vàng Seo Dìn trả lời ý kiến của bà con.", "dân biết, dân bàn, dân làm, dân kiểm tra", "Lượt xem: 1.024"],
["08:15 | 03/11/2011", "năm 2011", "từ năm 2009", "30/11/2011", "10 ngày", "Lượt xem: 1.024"]))

PAGES.append(page("b1854-thanhhoa-mttq-giamsat-2012", """
Cổng thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh Thanh Hóa
Trang chủ » Hoạt động giám sát và phản biện xã hội
Cập nhật: 09:42, 21/09/2012 (GMT+7)
Giám sát việc giải quyết đơn thư tại huyện Như Thanh
Ngày 19/9/2012, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ tỉnh do bà Lê Thị Thanh Hương, Phó Chủ tịch Ủy ban MTTQ tỉnh làm trưởng đoàn đã giám sát việc tiếp công dân, giải quyết khiếu nại, tố cáo tại UBND huyện Như Thanh theo chương trình giám sát năm 2012. Cùng dự có đồng chí Cầm Bá Tuấn, Ủy viên Ban Thường trực, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh.
Đoàn giám sát làm việc tại UBND huyện Như Thanh. Ảnh: Hà Linh
Báo cáo của UBND huyện cho thấy, từ ngày 01/7/2011 đến ngày 30/6/2012, huyện đã tổ chức 48 buổi tiếp công dân thường xuyên và 12 buổi tiếp định kỳ của lãnh đạo UBND huyện, tiếp 356 lượt công dân; nhận 211 đơn thư, trong đó 64 đơn khiếu nại, 17 đơn tố cáo, còn lại là kiến nghị, phản ánh. Thuộc thẩm quyền, huyện đã giải quyết 58/64 đơn khiếu nại và 15/17 đơn tố cáo; số đơn tồn phần lớn liên quan tranh chấp đất lâm nghiệp giữa hộ dân với Lâm trường Như Thanh.
Qua giám sát, đoàn ghi nhận huyện thực hiện nghiêm Chỉ thị số 14/CT-TTg ngày 18/5/2012 của Thủ tướng Chính phủ về chấn chỉnh, nâng cao hiệu quả công tác tiếp công dân, giải quyết khiếu nại, tố cáo và Kế hoạch số 37-KH/TU của Ban Thường vụ Tỉnh ủy. Tuy nhiên, còn 9 vụ việc quá thời hạn giải quyết theo quy định (45 ngày, vùng khó khăn 60 ngày), có vụ việc kéo dài hơn 2 năm; việc công khai quyết định giải quyết ở một số xã chưa đầy đủ.
Ông Hà Văn Lự, Chủ tịch UBND xã Xuân Phúc, cho biết xã đang hòa giải 6 vụ tranh chấp ranh giới đất rừng giữa các hộ người Mường và người Thái. Bà Vi Thị Nhung, Chủ tịch Ủy ban MTTQ xã Thanh Kỳ, kiến nghị tăng kinh phí cho 27 tổ hòa giải ở thôn, bản, hiện mỗi tổ chỉ được hỗ trợ 300.000 đồng/năm.
Kết luận buổi giám sát, bà Lê Thị Thanh Hương đề nghị UBND huyện trong quý IV/2012 giải quyết dứt điểm các vụ việc quá hạn, rà soát toàn bộ khoảng 1.500 ha đất lâm trường để bàn giao về địa phương; thực hiện đúng Luật Tiếp công dân khi được ban hành và phối hợp với Mặt trận các cấp giám sát sau giải quyết. Đại diện UBND huyện tiếp thu, cho biết sẽ thành lập tổ công tác liên ngành xuống từng thôn, bản để xác minh nguồn gốc đất, đồng thời công khai kết quả tại nhà văn hóa và trên hệ thống loa truyền thanh. Đoàn sẽ tổng hợp 11 kiến nghị gửi Ban Thường trực Ủy ban MTTQ tỉnh trình UBND tỉnh.
Ngọc Anh
Tin khác
- Mặt trận tỉnh giám sát việc thực hiện chính sách đối với hộ nghèo (11/09/2012)
- Quan Sơn: hòa giải thành 42 vụ việc ở cơ sở (30/08/2012)
- Hội nghị phản biện dự thảo quy định giá đất năm 2013 (16/08/2012)
""", "2012-09-21", "Giám sát việc giải quyết đơn thư tại huyện Như Thanh",
E("giam_sat", "2012", "2012-09-19"),
[P("Lê Thị Thanh Hương", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Cầm Bá Tuấn", "Ủy viên Ban Thường trực", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh"),
 P("Hà Văn Lự", "Chủ tịch UBND xã Xuân Phúc"),
 P("Vi Thị Nhung", "Chủ tịch Ủy ban MTTQ xã Thanh Kỳ")],
[Q("48 buổi tiếp công dân thường xuyên", 48, "buổi tiếp công dân thường xuyên"), Q("12 buổi tiếp định kỳ", 12, "buổi tiếp định kỳ"),
 Q("356 lượt công dân", 356, "lượt công dân"), Q("211 đơn thư", 211, "đơn thư"), Q("64 đơn khiếu nại", 64, "đơn khiếu nại"),
 Q("17 đơn tố cáo", 17, "đơn tố cáo"), Q("58/64 đơn khiếu nại", 58, "đơn khiếu nại"), Q("15/17 đơn tố cáo", 15, "đơn tố cáo"),
 Q("9 vụ việc", 9, "vụ việc"), Q("6 vụ tranh chấp ranh giới đất rừng", 6, "vụ tranh chấp ranh giới đất rừng"),
 Q("27 tổ hòa giải", 27, "tổ hòa giải"), Q("300.000 đồng", 300000, "đồng"), Q("khoảng 1.500 ha", 1500, "ha", "approx"),
 Q("11 kiến nghị", 11, "kiến nghị")],
[D("Chỉ thị", "14", "CT-TTg", "2012-05-18", "Thủ tướng Chính phủ", "Chỉ thị số 14/CT-TTg ngày 18/5/2012"),
 D("Kế hoạch", "37", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 37-KH/TU")],
[prov("Thanh Hóa"), com("Xuân Phúc"), com("Thanh Kỳ")],
["Cổng thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh Thanh Hóa", "Trang chủ » Hoạt động giám sát và phản biện xã hội",
 "Đoàn giám sát làm việc tại UBND huyện Như Thanh.", "Lâm trường Như Thanh", "Luật Tiếp công dân"],
["Cập nhật: 09:42, 21/09/2012 (GMT+7)", "năm 2012", "45 ngày", "60 ngày", "hơn 2 năm", "quý IV/2012", "01/7/2011", "30/6/2012"]))

PAGES.append(page("b1855-nghean-tinhuy-tiepdan-2013", """
BÁO NGHỆ AN ĐIỆN TỬ
Thời sự » Chính trị
17/05/2013 - 10:05
Bí thư Tỉnh ủy tiếp công dân định kỳ tháng 5
Sáng 16/5, tại Trụ sở tiếp công dân tỉnh, đồng chí Hồ Đức Lâm, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng đoàn Đại biểu Quốc hội tỉnh đã tiếp công dân định kỳ. Cùng dự có các đồng chí: Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy Lang Thị Hoa; Phó Chủ tịch UBND tỉnh Nguyễn Xuân Đường; Chánh Thanh tra tỉnh Vi Văn Sơn.
Đồng chí Bí thư Tỉnh ủy nghe công dân trình bày. Ảnh: Thành Duy
Buổi tiếp đã giải quyết 7 vụ việc của 19 lượt công dân đến từ các huyện Quỳnh Lưu, Nghi Lộc, Tương Dương và thị xã Cửa Lò. Đa số vụ việc liên quan đến bồi thường giải phóng mặt bằng Khu kinh tế Đông Nam và tranh chấp quyền sử dụng đất giữa các hộ gia đình.
Ông Lô Văn Thái ở bản Xốp Cháo, xã Tam Hợp, phản ánh gia đình có 2,3 ha đất sản xuất bị thu hồi làm thủy điện nhưng chưa được bố trí đất tái định cư; bà Trần Thị Lài, xã Nghi Thiết, đề nghị xem xét lại đơn giá bồi thường 95 triệu đồng cho căn nhà cấp 4 của gia đình. Đại diện 12 hộ dân xóm 7, xã Quỳnh Lập, khiếu nại việc cấp giấy chứng nhận quyền sử dụng đất chồng lấn.
Sau khi nghe ý kiến của các ngành, đồng chí Bí thư Tỉnh ủy giao UBND huyện Tương Dương kiểm tra, trả lời ông Lô Văn Thái trong thời hạn 30 ngày; yêu cầu UBND huyện Quỳnh Lưu đối thoại trực tiếp với 12 hộ dân và báo cáo kết quả về Thường trực Tỉnh ủy trước ngày 15/6/2013. Trường hợp của bà Trần Thị Lài được giao Sở Tài chính phối hợp thẩm định lại.
Theo Văn phòng Tỉnh ủy, từ đầu năm đến nay Thường trực Tỉnh ủy đã tiếp 4 buổi, với 61 lượt công dân; đã có 23 vụ việc được giải quyết dứt điểm. Việc tiếp công dân định kỳ được thực hiện theo Quy định số 12-QĐ/TU ngày 20/3/2012 của Ban Thường vụ Tỉnh ủy về trách nhiệm của người đứng đầu cấp ủy trong tiếp dân, đối thoại với nhân dân và Chỉ thị 09, 10-CT/TU của Tỉnh ủy.
Theo Ban Dân vận Tỉnh ủy Nghệ An, sau mỗi buổi tiếp, Văn phòng Tỉnh ủy đều có thông báo kết luận gửi các cơ quan liên quan và theo dõi đến khi vụ việc được giải quyết xong; kết quả được đăng công khai trên báo, đài của tỉnh để nhân dân cùng giám sát.
Đồng chí Hồ Đức Lâm nhấn mạnh, cấp ủy, chính quyền các cấp phải coi việc tiếp dân là trách nhiệm chính trị; người đứng đầu phải trực tiếp tiếp dân ít nhất 1 ngày/tháng, không né tránh, đùn đẩy, không để công dân phải đi lại nhiều lần.
Hoài Thu
Bài viết liên quan
- Nghi Lộc: đối thoại với 200 hộ dân vùng dự án sân bay (09/05/2013)
- Thường trực Tỉnh ủy tiếp công dân định kỳ tháng 4 (18/04/2013)
- Hội nghị triển khai Luật Tiếp công dân (02/04/2013)
""", "2013-05-17", "Bí thư Tỉnh ủy tiếp công dân định kỳ tháng 5",
E("khac", None, None),
[P("Hồ Đức Lâm", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy", "Trưởng đoàn Đại biểu Quốc hội tỉnh"),
 P("Lang Thị Hoa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Xuân Đường", "Phó Chủ tịch UBND tỉnh"),
 P("Vi Văn Sơn", "Chánh Thanh tra tỉnh"),
 P("Lô Văn Thái"), P("Trần Thị Lài")],
[Q("7 vụ việc", 7, "vụ việc"), Q("19 lượt công dân", 19, "lượt công dân"), Q("2,3 ha", 2.3, "ha"),
 Q("95 triệu đồng", 95000000, "đồng"), Q("12 hộ dân", 12, "hộ dân"), Q("4 buổi", 4, "buổi"),
 Q("61 lượt công dân", 61, "lượt công dân"), Q("23 vụ việc", 23, "vụ việc")],
[D("Quy định", "12", "QĐ/TU", "2012-03-20", "Ban Thường vụ Tỉnh ủy", "Quy định số 12-QĐ/TU ngày 20/3/2012"),
 D("Chỉ thị", "09", "CT/TU", None, "Tỉnh ủy", "Chỉ thị 09, 10-CT/TU"),
 D("Chỉ thị", "10", "CT/TU", None, "Tỉnh ủy", "Chỉ thị 09, 10-CT/TU")],
[prov("Nghệ An"), com("Tam Hợp"), com("Nghi Thiết"), com("Quỳnh Lập")],
["BÁO NGHỆ AN ĐIỆN TỬ", "Thời sự » Chính trị", "Đồng chí Bí thư Tỉnh ủy nghe công dân trình bày.",
 "Trụ sở tiếp công dân tỉnh", "Khu kinh tế Đông Nam"],
["17/05/2013 - 10:05", "tháng 5", "30 ngày", "15/6/2013", "1 ngày/tháng", "xóm 7"]))

PAGES.append(page("b1856-quangnam-bdv-tongket-2014", """
BAN DÂN VẬN TỈNH ỦY QUẢNG NAM
Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Dân vận chính quyền
Thứ Sáu, 26/12/2014 - 16:30
Toàn cảnh hội nghị.
Nâng cao chất lượng tiếp dân, đối thoại ở cơ sở
Ngày 24/12/2014, Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở tỉnh tổ chức hội nghị tổng kết công tác dân vận chính quyền và thực hiện Quy chế dân chủ năm 2014. Đồng chí Alăng Thị Bơ, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy, Phó Trưởng ban Thường trực Ban Chỉ đạo chủ trì hội nghị.
Năm 2014, các địa phương đã tổ chức 1.136 cuộc đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân, tăng 214 cuộc so với năm 2013; tiếp 8.420 lượt công dân, tiếp nhận 2.675 đơn thư khiếu nại, tố cáo, kiến nghị, phản ánh, đã giải quyết 2.488 đơn, đạt 93%. Toàn tỉnh còn 41 vụ việc khiếu nại đông người, phức tạp, tập trung ở các dự án ven biển Điện Ngọc - Điện Dương và Khu kinh tế mở Chu Lai.
Các cấp đã triển khai Chỉ thị số 35-CT/TW ngày 26/5/2014 của Bộ Chính trị về tăng cường sự lãnh đạo của Đảng đối với công tác tiếp công dân và giải quyết khiếu nại, tố cáo; Luật Tiếp công dân số 42/2013/QH13 và Nghị định số 64/2014/NĐ-CP của Chính phủ quy định chi tiết một số điều của Luật Tiếp công dân. Ban Thường vụ Tỉnh ủy ban hành Kế hoạch 48, 49-KH/TU triển khai Chỉ thị 35 và về xây dựng quy chế đối thoại ở xã.
Tại hội nghị, đồng chí Bhling Mai, HUV, Trưởng Ban Dân vận Huyện ủy Tây Giang, chia sẻ cách làm "đối thoại tại nhà Gươl", nhờ đó 3 vụ tranh chấp đất rẫy giữa các làng được hòa giải thành. Ông Hồ Văn Lực, Bí thư Đảng ủy xã Trà Leng, cho biết xã đã vận động được 57 hộ di dời khỏi vùng sạt lở mà không phát sinh đơn thư.
Đồng chí Phan Thị Thu Vân, Phó Chánh Thanh tra tỉnh, lưu ý thời hạn giải quyết khiếu nại lần đầu không quá 30 ngày kể từ ngày thụ lý, vùng sâu, vùng xa không quá 45 ngày; đề nghị các huyện rà soát, kết thúc các vụ việc tồn đọng trước ngày 31/3/2015.
Hội nghị cũng chỉ ra hạn chế: một số nơi đối thoại còn hình thức, chọn người phát biểu trước; việc trả lời sau đối thoại chậm, có nơi không thông báo kết quả cho dân. Tỉnh Quảng Nam sẽ kiểm tra việc này trong quý I năm sau.
Phát biểu kết luận, đồng chí Alăng Thị Bơ đề nghị năm 2015 tiếp tục thực hiện Quy chế dân chủ gắn với phong trào thi đua "Dân vận khéo"; đưa kết quả tiếp dân, đối thoại vào tiêu chí đánh giá người đứng đầu. Dịp này, UBND tỉnh tặng bằng khen cho 18 tập thể, 25 cá nhân.
Quốc Thắng
Lượt truy cập: 2.351.846
Tin cùng chuyên mục
- Hiệp Đức tổ chức hội nghị đối thoại với nông dân (18/12/2014)
- Sơ kết 3 năm thực hiện Quyết định 217, 218 của Bộ Chính trị (05/12/2014)
- Núi Thành: hòa giải thành 96% vụ việc (28/11/2014)
""", "2014-12-26", "Nâng cao chất lượng tiếp dân, đối thoại ở cơ sở",
E("tong_ket", "2014", "2014-12-24"),
[P("Alăng Thị Bơ", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy", "Phó Trưởng ban Thường trực Ban Chỉ đạo"),
 P("Bhling Mai", "HUV", "Trưởng Ban Dân vận Huyện ủy Tây Giang"),
 P("Hồ Văn Lực", "Bí thư Đảng ủy xã Trà Leng"),
 P("Phan Thị Thu Vân", "Phó Chánh Thanh tra tỉnh")],
[Q("1.136 cuộc đối thoại", 1136, "cuộc đối thoại"), Q("214 cuộc", 214, "cuộc"), Q("8.420 lượt công dân", 8420, "lượt công dân"),
 Q("2.675 đơn thư khiếu nại, tố cáo, kiến nghị, phản ánh", 2675, "đơn thư khiếu nại, tố cáo, kiến nghị, phản ánh"),
 Q("2.488 đơn", 2488, "đơn"), Q("93%", 93, "%"), Q("41 vụ việc khiếu nại đông người", 41, "vụ việc khiếu nại đông người"),
 Q("3 vụ tranh chấp đất rẫy", 3, "vụ tranh chấp đất rẫy"), Q("57 hộ", 57, "hộ"),
 Q("18 tập thể", 18, "tập thể"), Q("25 cá nhân", 25, "cá nhân")],
[D("Chỉ thị", "35", "CT/TW", "2014-05-26", "Bộ Chính trị", "Chỉ thị số 35-CT/TW ngày 26/5/2014"),
 D("Luật", "42", "2013/QH13", None, None, "Luật Tiếp công dân số 42/2013/QH13"),
 D("Nghị định", "64", "2014/NĐ-CP", None, "Chính phủ", "Nghị định số 64/2014/NĐ-CP"),
 D("Kế hoạch", "48", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 48, 49-KH/TU"),
 D("Kế hoạch", "49", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 48, 49-KH/TU")],
[prov("Quảng Nam"), com("Trà Leng")],
["BAN DÂN VẬN TỈNH ỦY QUẢNG NAM", "Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Dân vận chính quyền", "Toàn cảnh hội nghị.",
 "đối thoại tại nhà Gươl", "Dân vận khéo", "Lượt truy cập: 2.351.846", "Khu kinh tế mở Chu Lai"],
["Thứ Sáu, 26/12/2014 - 16:30", "năm 2014", "năm 2013", "năm 2015", "30 ngày", "45 ngày", "31/3/2015", "quý I năm sau", "Chỉ thị 35",
 "Lượt truy cập: 2.351.846"]))

PAGES.append(page("b1857-daklak-bdv-taphuan-2015", """
Ban Dân vận Tỉnh ủy Đắk Lắk - Trang thông tin điện tử
Vị trí: Trang chủ :: Hoạt động :: Đào tạo - bồi dưỡng
29-10-2015 09:40
Tập huấn kỹ năng tiếp dân, vận động đồng bào ở buôn
Trong 2 ngày 27 và 28/10/2015, Ban Dân vận Tỉnh ủy phối hợp với Thanh tra tỉnh tổ chức lớp tập huấn kỹ năng tiếp công dân, hòa giải tranh chấp đất đai năm 2015 cho 165 học viên là cán bộ dân vận, công chức tư pháp, địa chính và người có uy tín ở các xã vùng đồng bào dân tộc thiểu số.
Đồng chí Y Bhin Mlô, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy phát biểu khai mạc lớp tập huấn.
Phát biểu khai mạc, đồng chí Y Bhin Mlô, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy cho biết, năm 2015 toàn tỉnh phát sinh 312 vụ tranh chấp đất đai, trong đó 74 vụ liên quan đất của các công ty lâm nghiệp, nông nghiệp; nhiều vụ việc có yếu tố dân tộc, kéo dài qua nhiều năm. Việc nâng cao kỹ năng cho cán bộ cơ sở là yêu cầu cấp bách.
Các học viên được nghe bà H'Linh Niê, Phó Chánh Thanh tra tỉnh, giới thiệu Luật Tiếp công dân, quy trình tiếp nhận, phân loại, xử lý đơn theo Thông tư số 07/2014/TT-TTCP của Thanh tra Chính phủ; ông Nguyễn Đăng Khoa, Trưởng phòng Dân vận chính quyền Ban Dân vận Tỉnh ủy, hướng dẫn thực hiện Hướng dẫn số 27-HD/BDVTW của Ban Dân vận Trung ương và Kế hoạch số 61-KH/BDVTU về dân vận trong giải quyết tranh chấp đất đai.
Trong phần thảo luận, già làng Y Ngông Byă ở buôn Cư Hriết, xã Ea Tul chia sẻ: nhờ được cán bộ giải thích rõ, 9 hộ trong buôn đã tự thỏa thuận lại ranh giới nương rẫy, rút đơn. Bà H'Ngel Êban, Chủ tịch Hội Liên hiệp phụ nữ xã Cư Pui, kiến nghị in tài liệu hỏi - đáp pháp luật đất đai bằng tiếng Êđê. Ông Ama Khim, Trưởng buôn Đung, cho biết buôn có 2 tổ hòa giải với 14 thành viên.
Kết thúc lớp, 100% học viên đạt yêu cầu bài kiểm tra. Ban tổ chức đã cấp cho mỗi học viên 1 bộ tài liệu và phát hành 3.000 tờ gấp tuyên truyền về tiếp công dân bằng song ngữ Việt - Êđê. Kinh phí lớp tập huấn khoảng 180 triệu đồng từ nguồn Chương trình 135.
Nhiều học viên cho biết phương pháp học qua tình huống thực tế, đóng vai người tiếp dân và người khiếu nại giúp họ tự tin hơn khi làm việc với bà con; các tình huống đều được chọn từ những vụ việc đã xảy ra ở các buôn của tỉnh.
Dịp này, đồng chí Y Bhin Mlô đề nghị các huyện ủy mở lớp tương tự cho toàn bộ cán bộ thôn, buôn trong năm 2016.
H'Rin
Lượt xem: 432
Tin khác
- Krông Bông: 58 người có uy tín được tập huấn kiến thức pháp luật (20/10/2015)
- Ban Dân vận Tỉnh ủy giám sát thực hiện Quy chế dân chủ tại Ea Kar (08/10/2015)
- Gặp mặt người có uy tín tiêu biểu năm 2015 (25/09/2015)
""", "2015-10-29", "Tập huấn kỹ năng tiếp dân, vận động đồng bào ở buôn",
E("tap_huan", "2015", "2015-10-27"),
[P("Y Bhin Mlô", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("H'Linh Niê", "Phó Chánh Thanh tra tỉnh"),
 P("Nguyễn Đăng Khoa", "Trưởng phòng Dân vận chính quyền Ban Dân vận Tỉnh ủy"),
 P("Y Ngông Byă", "già làng"),
 P("H'Ngel Êban", "Chủ tịch Hội Liên hiệp phụ nữ xã Cư Pui"),
 P("Ama Khim", "Trưởng buôn Đung")],
[Q("165 học viên", 165, "học viên"), Q("312 vụ tranh chấp đất đai", 312, "vụ tranh chấp đất đai"), Q("74 vụ", 74, "vụ"),
 Q("9 hộ", 9, "hộ"), Q("2 tổ hòa giải", 2, "tổ hòa giải"), Q("14 thành viên", 14, "thành viên"),
 Q("100%", 100, "%"), Q("3.000 tờ gấp", 3000, "tờ gấp"), Q("khoảng 180 triệu đồng", 180000000, "đồng", "approx")],
[D("Thông tư", "07", "2014/TT-TTCP", None, "Thanh tra Chính phủ", "Thông tư số 07/2014/TT-TTCP"),
 D("Hướng dẫn", "27", "HD/BDVTW", None, "Ban Dân vận Trung ương", "Hướng dẫn số 27-HD/BDVTW"),
 D("Kế hoạch", "61", "KH/BDVTU", None, None, "Kế hoạch số 61-KH/BDVTU")],
[prov("Đắk Lắk"), com("Ea Tul"), com("Cư Pui")],
["Ban Dân vận Tỉnh ủy Đắk Lắk - Trang thông tin điện tử", "Vị trí: Trang chủ :: Hoạt động :: Đào tạo - bồi dưỡng",
 "Đồng chí Y Bhin Mlô, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy phát biểu khai mạc lớp tập huấn.", "Luật Tiếp công dân",
 "Chương trình 135", "Lượt xem: 432"],
["29-10-2015 09:40", "2 ngày", "năm 2015", "năm 2016", "1 bộ tài liệu", "Chương trình 135", "Lượt xem: 432"]))

PAGES.append(page("b1858-camau-hnd-doithoai-2016", """
HỘI NÔNG DÂN TỈNH CÀ MAU
Trang chủ | Tin tức | Hoạt động Hội
Ngày đăng 06/09/2016 | 16:20
Đối thoại với nông dân về tranh chấp đất nuôi tôm
Ngày 5/9, Ban Thường vụ Hội Nông dân tỉnh phối hợp với UBND huyện Đầm Dơi tổ chức hội nghị đối thoại giữa Chủ tịch UBND huyện với nông dân năm 2016. Chủ trì có ông Huỳnh Minh Triều, Phó Chủ tịch Hội Nông dân tỉnh và ông Lâm Văn Nhựt, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Đầm Dơi. Tham dự có 210 hội viên nông dân đến từ 16 xã, thị trấn.
Ông Lâm Văn Nhựt trả lời ý kiến của nông dân. Ảnh: Kim Hà
Tại hội nghị, 27 lượt nông dân nêu ý kiến, tập trung vào tranh chấp mặt nước nuôi tôm giữa hộ dân với Công ty Lâm nghiệp Tam Giang, việc thu hồi đất làm tuyến đê bao và tiến độ cấp giấy chứng nhận quyền sử dụng đất. Ông Danh Sên ở ấp Tân Điền, xã Tân Duyệt, phản ánh gia đình ông nhận khoán 3,5 ha từ năm 1998 nhưng đến nay chưa được ký lại hợp đồng; bà Thạch Thị Rum, xã Nguyễn Huân, đề nghị hỗ trợ 32 hộ bị sạt lở bờ vuông.
Trả lời nông dân, ông Lâm Văn Nhựt cho biết năm 2016 huyện đã nhận 145 đơn liên quan đến đất đai, đã giải quyết 131 đơn; trong 14 vụ việc còn lại có 5 vụ đã có quyết định giải quyết lần hai. Huyện giao Phòng Tài nguyên và Môi trường rà soát toàn bộ 2.300 hợp đồng giao khoán, hoàn thành trước ngày 31/12/2016, theo đúng Nghị định số 135/2005/NĐ-CP của Chính phủ về giao khoán đất nông nghiệp, đất rừng sản xuất và đất có mặt nước nuôi trồng thủy sản.
Hội Nông dân tỉnh đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận 102, 103-KL/TU về vai trò của Hội tham gia hòa giải tranh chấp đất đai và về nâng cao chất lượng đối thoại với nông dân; thực hiện Quyết định số 81/2014/QĐ-TTg của Thủ tướng Chính phủ về phối hợp giữa các cấp Hội Nông dân với chính quyền trong việc tổ chức đối thoại, giải quyết khiếu nại, tố cáo của nông dân.
Cũng tại buổi đối thoại, ông Huỳnh Minh Triều đề nghị các cơ sở Hội phát huy 112 tổ hòa giải, không để nông dân khiếu kiện vượt cấp; Hội Nông dân tỉnh dành 500 triệu đồng từ Quỹ Hỗ trợ nông dân cho vay các hộ bị thiệt hại. Ông Trương Văn Bé, Chủ tịch Hội Nông dân huyện Đầm Dơi, cam kết tổng hợp đầy đủ ý kiến chưa được trả lời để gửi UBND huyện trong 7 ngày làm việc.
Theo Hội Nông dân tỉnh Cà Mau, đây là cuộc đối thoại thứ ba trong năm do Hội phối hợp tổ chức; các ý kiến đều được ghi biên bản, có địa chỉ trả lời cụ thể.
Kim Hà
Tin cùng chuyên mục
- Hội Nông dân tỉnh tập huấn pháp luật cho 120 chi hội trưởng (29/08/2016)
- Thới Bình: nông dân hiến 4 km đất làm đường (15/08/2016)
- Sơ kết 6 tháng đầu năm 2016 công tác Hội (20/07/2016)
""", "2016-09-06", "Đối thoại với nông dân về tranh chấp đất nuôi tôm",
E("doi_thoai", "2016", "2016-09-05"),
[P("Huỳnh Minh Triều", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Lâm Văn Nhựt", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện Đầm Dơi"),
 P("Danh Sên"),
 P("Thạch Thị Rum"),
 P("Trương Văn Bé", "Chủ tịch Hội Nông dân huyện Đầm Dơi")],
[Q("210 hội viên nông dân", 210, "hội viên nông dân"), Q("16 xã, thị trấn", 16, "xã, thị trấn"), Q("27 lượt nông dân", 27, "lượt nông dân"),
 Q("3,5 ha", 3.5, "ha"), Q("32 hộ", 32, "hộ"), Q("145 đơn", 145, "đơn"), Q("131 đơn", 131, "đơn"), Q("14 vụ việc", 14, "vụ việc"),
 Q("5 vụ", 5, "vụ"), Q("2.300 hợp đồng giao khoán", 2300, "hợp đồng giao khoán"), Q("112 tổ hòa giải", 112, "tổ hòa giải"),
 Q("500 triệu đồng", 500000000, "đồng")],
[D("Kết luận", "102", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 102, 103-KL/TU"),
 D("Kết luận", "103", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 102, 103-KL/TU"),
 D("Quyết định", "81", "2014/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 81/2014/QĐ-TTg"),
 D("Nghị định", "135", "2005/NĐ-CP", None, "Chính phủ", "Nghị định số 135/2005/NĐ-CP")],
[prov("Cà Mau"), com("Tân Duyệt"), com("Nguyễn Huân")],
["HỘI NÔNG DÂN TỈNH CÀ MAU", "Trang chủ | Tin tức | Hoạt động Hội", "Ông Lâm Văn Nhựt trả lời ý kiến của nông dân.",
 "Công ty Lâm nghiệp Tam Giang", "Quỹ Hỗ trợ nông dân"],
["Ngày đăng 06/09/2016 | 16:20", "thứ ba", "năm 2016", "từ năm 1998", "31/12/2016", "lần hai", "7 ngày làm việc"]))
