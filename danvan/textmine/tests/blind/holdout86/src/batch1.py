from lib import *
PAGES = []

PAGES.append(page("b2021-hoabinh-mttq-gopy-luatkhieunai-2011", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH HÒA BÌNH
Trang chủ > Hoạt động Mặt trận > Giám sát - Phản biện
Thứ Năm, 14/07/2011 - 16:20
Ảnh: Quang cảnh hội nghị góp ý.
Hòa Bình: Góp ý dự thảo Luật Khiếu nại và Luật Tố cáo
Ngày 12/7/2011, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Hòa Bình tổ chức hội nghị lấy ý kiến vào dự thảo Luật Khiếu nại và dự thảo Luật Tố cáo. Đồng chí Quách Văn Hạch, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị. Dự hội nghị có 65 đại biểu là thành viên Ủy ban MTTQ tỉnh, đại diện các tổ chức chính trị - xã hội, luật gia và người có uy tín trong đồng bào Mường, Dao.
Hội nghị được tổ chức theo Công văn số 512/MTTW-BTT ngày 20/6/2011 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam và Kế hoạch số 27/KH-MTTQ ngày 28/6/2011 của Ban Thường trực Ủy ban MTTQ tỉnh. Bà Bùi Thị Nguộn, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, trình bày tóm tắt nội dung cơ bản của hai dự thảo: dự thảo Luật Khiếu nại gồm 8 chương, 70 điều; dự thảo Luật Tố cáo gồm 6 chương, 50 điều.
Theo báo cáo của Thanh tra tỉnh, năm 2010 các cơ quan hành chính trong tỉnh đã tiếp 2.315 lượt công dân, nhận 1.046 đơn khiếu nại, tố cáo, trong đó khoảng 17% số đơn gửi vượt cấp. Ông Hà Văn Toản, Chánh Thanh tra tỉnh, cho biết việc thực hiện Luật Khiếu nại, tố cáo năm 1998 và Nghị định số 136/2006/NĐ-CP của Chính phủ còn nhiều vướng mắc, nhất là ở khâu tổ chức thi hành quyết định giải quyết đã có hiệu lực.
Các đại biểu đã tham gia 34 ý kiến, tập trung vào thời hạn giải quyết khiếu nại lần đầu, lần hai; trách nhiệm của người đứng đầu cơ quan hành chính; cơ chế bảo vệ người tố cáo và vai trò giám sát của Mặt trận. Ông Đinh Công Sứ, Phó Chủ nhiệm Đoàn Luật sư tỉnh, đề nghị dự thảo quy định rõ quyền của người khiếu nại được nhờ luật sư ngay từ khi nộp đơn. Bà Xa Thị Lịch, người có uy tín xóm Bưa Cọ, xã Tân Mai, phản ánh nhiều hộ đồng bào ở vùng cao không biết gửi đơn đến đâu, đề nghị cấp xã phải hướng dẫn tận nơi.
Ông Bùi Văn Khén, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh, đề nghị bổ sung quy định Ủy ban MTTQ cấp xã được mời dự các buổi đối thoại giải quyết khiếu nại ở cơ sở, đồng thời gắn việc thi hành luật với Chỉ thị 09, 10-CT/TU của Ban Thường vụ Tỉnh ủy về công tác tiếp dân và về phát huy dân chủ ở cơ sở.
Kết luận hội nghị, đồng chí Quách Văn Hạch ghi nhận các ý kiến tâm huyết, sát thực tế. Ban Thường trực sẽ tổng hợp đầy đủ, gửi Ủy ban Trung ương MTTQ Việt Nam trước ngày 20/7 để tổng hợp báo cáo Quốc hội tại kỳ họp thứ 2, Quốc hội khóa XIII.
Minh Hằng
Lượt xem: 1.204
Tin liên quan
- Mai Châu: Hội nghị hiệp thương giới thiệu người ứng cử (15/03/2011)
- Ban Thường trực MTTQ tỉnh giám sát công tác tiếp dân tại Lạc Sơn (30/06/2011)
- Tổng kết cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư" (20/01/2011)
- Trao 45 nhà Đại đoàn kết cho hộ nghèo huyện Đà Bắc (08/06/2011)
""", "2011-07-14", "Hòa Bình: Góp ý dự thảo Luật Khiếu nại và Luật Tố cáo",
E("hoi_nghi", None, "2011-07-12"),
[P("Quách Văn Hạch", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Bùi Thị Nguộn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hà Văn Toản", "Chánh Thanh tra tỉnh"),
 P("Đinh Công Sứ", "Phó Chủ nhiệm Đoàn Luật sư tỉnh"),
 P("Xa Thị Lịch", "người có uy tín xóm Bưa Cọ"),
 P("Bùi Văn Khén", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh")],
[Q("65 đại biểu", 65, "đại biểu"), Q("8 chương", 8, "chương"), Q("70 điều", 70, "điều"),
 Q("6 chương", 6, "chương"), Q("50 điều", 50, "điều"), Q("2.315 lượt công dân", 2315, "lượt công dân"),
 Q("1.046 đơn khiếu nại, tố cáo", 1046, "đơn khiếu nại, tố cáo"), Q("khoảng 17%", 17, "%", "approx"),
 Q("34 ý kiến", 34, "ý kiến")],
[D("Công văn", "512", "MTTW-BTT", "2011-06-20", "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Công văn số 512/MTTW-BTT ngày 20/6/2011"),
 D("Kế hoạch", "27", "KH-MTTQ", "2011-06-28", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 27/KH-MTTQ ngày 28/6/2011"),
 D("Nghị định", "136", "2006/NĐ-CP", None, "Chính phủ", "Nghị định số 136/2006/NĐ-CP"),
 D("Chỉ thị", "09", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 09, 10-CT/TU"),
 D("Chỉ thị", "10", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 09, 10-CT/TU")],
[prov("Hòa Bình"), com("Tân Mai")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH HÒA BÌNH", "Trang chủ > Hoạt động Mặt trận > Giám sát - Phản biện",
 "Ảnh: Quang cảnh hội nghị góp ý.", "Luật Khiếu nại", "Luật Tố cáo", "Luật Khiếu nại, tố cáo năm 1998", "Lượt xem: 1.204"],
["Thứ Năm, 14/07/2011 - 16:20", "năm 2010", "lần hai", "kỳ họp thứ 2", "khóa XIII", "năm 1998", "Lượt xem: 1.204"]))

PAGES.append(page("b2022-sonla-bdv-gopy-hienphap-2013", """
Cổng thông tin điện tử Ban Dân vận Tỉnh ủy Sơn La
Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Hoạt động dân vận
Cập nhật: 09:10, 08/03/2013 (GMT+7)
Đồng chí Lò Văn Pâng phát biểu tại hội nghị.
1.426 ý kiến góp ý dự thảo sửa đổi Hiến pháp năm 1992
Sáng 6/3, Ban Dân vận Tỉnh ủy Sơn La phối hợp với Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị lấy ý kiến của cán bộ khối dân vận, các tổ chức chính trị - xã hội và người có uy tín vào dự thảo sửa đổi Hiến pháp năm 1992. Đồng chí Lò Văn Pâng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, chủ trì.
Thực hiện Nghị quyết số 38/2012/QH13 của Quốc hội về việc tổ chức lấy ý kiến nhân dân về dự thảo sửa đổi Hiến pháp năm 1992, Kế hoạch số 45-KH/TU ngày 15/1/2013 của Ban Thường vụ Tỉnh ủy và Kế hoạch số 07/KH-UBND của UBND tỉnh, đến nay toàn tỉnh đã tổ chức 312 hội nghị ở các xã, phường, thị trấn với trên 21.000 lượt người tham dự. Riêng khối dân vận và Mặt trận đã tổng hợp được 1.426 ý kiến góp ý.
Báo cáo nêu rõ, phần lớn ý kiến tán thành việc giữ nguyên Điều 4 về vai trò lãnh đạo của Đảng; đề nghị bổ sung quyền của đồng bào dân tộc thiểu số được dùng tiếng nói, chữ viết; làm rõ vai trò giám sát, phản biện xã hội của Mặt trận Tổ quốc Việt Nam. Có 96 ý kiến đề nghị giữ tên nước là Cộng hòa xã hội chủ nghĩa Việt Nam.
Tại hội nghị, ông Cầm Văn Đôn, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, đề nghị quy định rõ Mặt trận là một bộ phận của hệ thống chính trị. Bà Giàng Thị Dua, Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh, góp ý nên bổ sung nguyên tắc bình đẳng giới vào chương về quyền con người. Ông Sùng A Lử, người có uy tín bản Pá Khôm, xã Chiềng Sơn, phát biểu bằng tiếng Mông, đề nghị Hiến pháp khẳng định quyền có đất ở, đất sản xuất của đồng bào vùng cao. Các đồng chí HUV, Trưởng Ban Dân vận Huyện ủy: Quàng Văn Thiêm (Mường La), Lường Thị Hoa (Thuận Châu) báo cáo cách tổ chức lấy ý kiến ở bản bằng song ngữ.
Phát biểu kết luận, đồng chí Lò Văn Pâng đề nghị các huyện tiếp tục tổ chức lấy ý kiến đến hết tháng 3, chú ý những bản vùng sâu chưa tổ chức được; tuyên truyền gắn với thực hiện Chỉ thị số 22-CT/TW của Ban Bí thư về đẩy mạnh học tập và làm theo tấm gương đạo đức Hồ Chí Minh; tổng hợp trung thực, không "tô hồng" kết quả.
Lan Phương
Các tin khác
- Ban Dân vận Tỉnh ủy giao ban khối dân vận quý IV/2012 (28/12/2012)
- Mộc Châu: vận động đồng bào Mông định canh, định cư (15/02/2013)
- Hội nghị người có uy tín trong đồng bào dân tộc thiểu số năm 2012 (10/12/2012)
- Sông Mã: 60 hộ hiến đất làm đường liên bản (25/01/2013)
- Hướng dẫn tuyên truyền dự thảo sửa đổi Hiến pháp ở cơ sở (18/01/2013)
""", "2013-03-08", "1.426 ý kiến góp ý dự thảo sửa đổi Hiến pháp năm 1992",
E("hoi_nghi", None, "2013-03-06"),
[P("Lò Văn Pâng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Cầm Văn Đôn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Giàng Thị Dua", "Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
 P("Sùng A Lử", "người có uy tín bản Pá Khôm"),
 P("Quàng Văn Thiêm", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Lường Thị Hoa", "HUV", "Trưởng Ban Dân vận Huyện ủy")],
[Q("312 hội nghị", 312, "hội nghị"),
 Q("trên 21.000 lượt người", 21000, "lượt người", "over"), Q("1.426 ý kiến", 1426, "ý kiến"),
 Q("96 ý kiến", 96, "ý kiến")],
[D("Nghị quyết", "38", "2012/QH13", None, "Quốc hội", "Nghị quyết số 38/2012/QH13"),
 D("Kế hoạch", "45", "KH/TU", "2013-01-15", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 45-KH/TU ngày 15/1/2013"),
 D("Kế hoạch", "07", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 07/KH-UBND"),
 D("Chỉ thị", "22", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 22-CT/TW")],
[prov("Sơn La"), com("Chiềng Sơn")],
["Cổng thông tin điện tử Ban Dân vận Tỉnh ủy Sơn La", "Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Hoạt động dân vận",
 "Đồng chí Lò Văn Pâng phát biểu tại hội nghị.", "Hiến pháp năm 1992", "Cộng hòa xã hội chủ nghĩa Việt Nam", "tô hồng"],
["Cập nhật: 09:10, 08/03/2013 (GMT+7)", "năm 1992", "Điều 4", "tháng 3"]))

PAGES.append(page("b2023-quangtri-mttq-phanbien-nghiquyet-2014", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG TRỊ
Trang chủ | Giám sát, phản biện xã hội | Tin hoạt động
08:15 | 21/10/2014
Phản biện dự thảo nghị quyết về chính sách hỗ trợ đồng bào Vân Kiều, Pa Kô
Ngày 20/10/2014, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Trị tổ chức hội nghị phản biện xã hội đối với dự thảo Nghị quyết của HĐND tỉnh về chính sách hỗ trợ phát triển sản xuất cho đồng bào Vân Kiều, Pa Kô giai đoạn 2015 - 2020. Đây là lần đầu tiên Mặt trận tỉnh tổ chức phản biện theo Quyết định 217, 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị.
Ảnh: Đồng chí Lê Thị Hòa phát biểu kết luận
Chủ trì hội nghị có đồng chí Lê Thị Hòa, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh và đồng chí Trần Quang Định, Phó Chủ tịch UBND tỉnh. Hội nghị có 52 đại biểu là thành viên Hội đồng tư vấn, các nhà khoa học, đại diện các sở, ngành và người có uy tín ở 2 huyện Hướng Hóa, Đakrông.
Theo Tờ trình số 3105/TTr-UBND ngày 2/10/2014 của UBND tỉnh, dự thảo dự kiến hỗ trợ 4.850 hộ đồng bào dân tộc thiểu số với tổng kinh phí 126,5 tỷ đồng; mỗi hộ nghèo được hỗ trợ 10 triệu đồng để mua giống cây trồng, vật nuôi. Dự thảo được xây dựng trên cơ sở Quyết định số 755/QĐ-TTg của Thủ tướng Chính phủ và Nghị định 05/2011/NĐ-CP của Chính phủ về công tác dân tộc.
Các đại biểu đã nêu 27 ý kiến phản biện. Ông Hồ Văn Lâm, Trưởng Ban Dân tộc tỉnh, đề nghị bỏ quy định hộ phải có vốn đối ứng 20% vì phần lớn hộ nghèo không có khả năng. Già làng Hồ Văn Thăn, bản Cu Pua, xã A Bung, đề nghị ưu tiên hỗ trợ bò giống thay vì tiền mặt. Bà Kăn Thị Nhiên, Phó Chủ tịch Hội LHPN huyện Đakrông, đề nghị có tiêu chí riêng cho hộ do phụ nữ làm chủ. Ông Nguyễn Hữu Thành, Phó Trưởng ban Hội đồng tư vấn Dân tộc Ủy ban MTTQ Việt Nam tỉnh, cho rằng dự thảo chưa tính đến tác động của Chương trình 135 đang thực hiện trên cùng địa bàn, dễ chồng chéo.
Kết luận hội nghị, đồng chí Lê Thị Hòa giao Ban Dân chủ - Pháp luật tổng hợp thành văn bản phản biện gửi UBND tỉnh và Thường trực HĐND tỉnh trước kỳ họp thứ 12, HĐND tỉnh khóa VI. Đồng chí Trần Quang Định tiếp thu và cho biết cơ quan soạn thảo sẽ giải trình từng nội dung.
Hồng Nhung
Tin khác
- Hội nghị triển khai Quyết định 217, 218 của Bộ Chính trị (05/03/2014)
- Giám sát việc thực hiện chính sách đối với người có uy tín (16/09/2014)
- Gio Linh ra mắt 5 khu dân cư kiểu mẫu (02/09/2014)
- Trao 150 suất quà cho đồng bào vùng lũ Hải Lăng (20/10/2014)
- Hội thảo nâng cao chất lượng Ban Thanh tra nhân dân (26/08/2014)
- Vĩnh Linh: đối thoại với nhân dân về bồi thường, giải phóng mặt bằng (12/08/2014)
""", "2014-10-21", "Phản biện dự thảo nghị quyết về chính sách hỗ trợ đồng bào Vân Kiều, Pa Kô",
E("hoi_nghi", None, "2014-10-20"),
[P("Lê Thị Hòa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Quang Định", "Phó Chủ tịch UBND tỉnh"),
 P("Hồ Văn Lâm", "Trưởng Ban Dân tộc tỉnh"),
 P("Hồ Văn Thăn", "Già làng"),
 P("Kăn Thị Nhiên", "Phó Chủ tịch Hội LHPN huyện Đakrông"),
 P("Nguyễn Hữu Thành", "Phó Trưởng ban Hội đồng tư vấn Dân tộc Ủy ban MTTQ Việt Nam tỉnh")],
[Q("52 đại biểu", 52, "đại biểu"), Q("2 huyện", 2, "huyện"), Q("4.850 hộ đồng bào dân tộc thiểu số", 4850, "hộ đồng bào dân tộc thiểu số"),
 Q("126,5 tỷ đồng", 126500000000, "đồng"), Q("10 triệu đồng", 10000000, "đồng"), Q("27 ý kiến", 27, "ý kiến"),
 Q("20%", 20, "%")],
[D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW ngày 12/12/2013"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW ngày 12/12/2013"),
 D("Tờ trình", "3105", "TTr-UBND", "2014-10-02", "UBND tỉnh", "Tờ trình số 3105/TTr-UBND ngày 2/10/2014"),
 D("Quyết định", "755", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 755/QĐ-TTg"),
 D("Nghị định", "05", "2011/NĐ-CP", None, "Chính phủ", "Nghị định 05/2011/NĐ-CP")],
[prov("Quảng Trị"), com("A Bung")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG TRỊ", "Trang chủ | Giám sát, phản biện xã hội | Tin hoạt động",
 "Ảnh: Đồng chí Lê Thị Hòa phát biểu kết luận", "Chương trình 135"],
["08:15 | 21/10/2014", "giai đoạn 2015 - 2020", "lần đầu tiên", "kỳ họp thứ 12", "khóa VI", "Chương trình 135"]))

PAGES.append(page("b2024-daklak-bdv-gopy-vankien-2015", """
BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK
Trang chủ :: Tin tức :: Dân vận các cấp
27-08-2015 10:40
Toàn cảnh hội nghị góp ý dự thảo văn kiện.
Cán bộ khối dân vận, người có uy tín góp ý dự thảo văn kiện Đại hội XII của Đảng
Ngày 26/8/2015, Ban Dân vận Tỉnh ủy Đắk Lắk tổ chức hội nghị lấy ý kiến góp ý vào dự thảo các văn kiện trình Đại hội XII của Đảng và dự thảo Báo cáo chính trị trình Đại hội đại biểu Đảng bộ tỉnh lần thứ XVI. Đồng chí H'Lim Mlô, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị. Tham dự có 85 đại biểu, trong đó 31 người có uy tín là già làng, trưởng buôn, chức sắc tôn giáo.
Hội nghị thực hiện theo Chỉ thị số 36-CT/TW ngày 30/5/2014 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XII của Đảng, Kế hoạch số 112-KH/TU ngày 10/7/2015 của Tỉnh ủy và Công văn số 785-CV/BDVTU của Ban Dân vận Tỉnh ủy về tổ chức lấy ý kiến nhân dân.
Các đại biểu tập trung góp ý vào phần đánh giá kết quả thực hiện Nghị quyết Trung ương 7 (khóa XI) về công tác dân vận và Kết luận 114-KL/TW của Ban Bí thư về công tác dân vận của cơ quan nhà nước, chính quyền các cấp. Nhiều ý kiến đề nghị bổ sung vào dự thảo nội dung về giải quyết đất sản xuất cho đồng bào tại chỗ, về quản lý di cư tự do; có 12 ý kiến đề nghị nêu rõ hơn trách nhiệm của người đứng đầu trong tiếp xúc, đối thoại với nhân dân.
Ông Y Kuăn Byă, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, đề nghị dự thảo Báo cáo chính trị của tỉnh cần có chỉ tiêu cụ thể về giảm nghèo trong đồng bào dân tộc thiểu số. Già làng Ama Hmưi, buôn Tơng Jú, xã Ea Kao, cho rằng buôn làng đã được làm đường bê tông, có điện, song đất sản xuất còn thiếu nên thanh niên phải đi làm thuê xa. Ông Y Thông Buôn Krông, Phó Trưởng Ban Dân tộc tỉnh, đề nghị bổ sung giải pháp giữ gìn luật tục tốt đẹp của người Êđê, Mnông. Mục sư Y Nguê Niê, Hội trưởng Chi hội Tin lành buôn Ky, đề nghị Đảng tiếp tục quan tâm tạo điều kiện cho tín đồ sinh hoạt đúng pháp luật.
Theo báo cáo, qua 5 năm thực hiện Nghị quyết Đại hội XV của Đảng bộ tỉnh, đồng bào các dân tộc đã hiến 96 ha đất, đóng góp trên 210 tỷ đồng xây dựng nông thôn mới; tỷ lệ hộ nghèo trong đồng bào dân tộc thiểu số giảm còn 24,6%.
Kết luận hội nghị, đồng chí H'Lim Mlô cảm ơn các ý kiến tâm huyết; giao Văn phòng Ban tổng hợp đầy đủ, báo cáo Ban Thường vụ Tỉnh ủy trước ngày 5/9/2015.
Nguyễn Vân
Lượt truy cập: 2.347.812
Tin liên quan
- Hội nghị giao ban khối dân vận quý II năm 2015 (15/07/2015)
- Krông Bông: vận động đồng bào hiến đất làm đường (03/08/2015)
- Gặp mặt người có uy tín huyện Ea Súp (21/07/2015)
- Lắk: 15 mô hình "Dân vận khéo" được nhân rộng (10/06/2015)
""", "2015-08-27", "Cán bộ khối dân vận, người có uy tín góp ý dự thảo văn kiện Đại hội XII của Đảng",
E("hoi_nghi", None, "2015-08-26"),
[P("H'Lim Mlô", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Y Kuăn Byă", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ama Hmưi", "Già làng"),
 P("Y Thông Buôn Krông", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Y Nguê Niê", "Mục sư", "Hội trưởng Chi hội Tin lành buôn Ky")],
[Q("85 đại biểu", 85, "đại biểu"), Q("31 người có uy tín", 31, "người có uy tín"), Q("12 ý kiến", 12, "ý kiến"),
 Q("96 ha", 96, "ha"), Q("trên 210 tỷ đồng", 210000000000, "đồng", "over"), Q("24,6%", 24.6, "%")],
[D("Chỉ thị", "36", "CT/TW", "2014-05-30", "Bộ Chính trị", "Chỉ thị số 36-CT/TW ngày 30/5/2014"),
 D("Kế hoạch", "112", "KH/TU", "2015-07-10", "Tỉnh ủy", "Kế hoạch số 112-KH/TU ngày 10/7/2015"),
 D("Công văn", "785", "CV/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Công văn số 785-CV/BDVTU"),
 D("Kết luận", "114", "KL/TW", None, "Ban Bí thư", "Kết luận 114-KL/TW")],
[prov("Đắk Lắk"), com("Ea Kao")],
["BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK", "Trang chủ :: Tin tức :: Dân vận các cấp", "Toàn cảnh hội nghị góp ý dự thảo văn kiện.",
 "Nghị quyết Trung ương 7 (khóa XI)", "Lượt truy cập: 2.347.812", "Tin lành"],
["27-08-2015 10:40", "Đại hội XII", "lần thứ XVI", "lần thứ XII", "5 năm", "Đại hội XV", "Lượt truy cập: 2.347.812", "Nghị quyết Trung ương 7"]))

PAGES.append(page("b2025-thanhhoa-mttq-giamsat-nhao-2016", """
Mặt trận Tổ quốc Việt Nam tỉnh Thanh Hóa - Cổng thông tin điện tử
Tin tức » Giám sát và phản biện xã hội
Ngày đăng 10/06/2016 | 14:20
Giám sát thực hiện chính sách hỗ trợ nhà ở cho hộ nghèo tại huyện Như Xuân
Từ ngày 7 đến 9/6/2016, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Thanh Hóa do đồng chí Lang Văn Chiến, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách hỗ trợ hộ nghèo về nhà ở theo Quyết định số 33/2015/QĐ-TTg ngày 10/8/2015 của Thủ tướng Chính phủ tại huyện Như Xuân. Đây là một trong 3 cuộc giám sát chuyên đề năm 2016 của Mặt trận tỉnh.
Đoàn giám sát làm việc tại huyện Như Xuân.
Cùng đi có đại diện Sở Xây dựng, Ngân hàng Chính sách xã hội tỉnh và Ban Dân vận Tỉnh ủy. Đoàn đã kiểm tra thực tế tại xã Thanh Quân, xã Xuân Hòa và làm việc với UBND huyện.
Báo cáo của UBND huyện cho thấy, theo Quyết định số 1425/QĐ-UBND ngày 22/4/2016 của UBND tỉnh, huyện được phân bổ hỗ trợ 318 hộ nghèo làm nhà ở; đến nay đã giải ngân cho 205 hộ, mỗi hộ được vay 25 triệu đồng với lãi suất 3%/năm. Ủy ban MTTQ các xã đã vận động được 1.240 ngày công và trên 640 triệu đồng giúp các hộ làm nhà.
Qua giám sát, đoàn ghi nhận việc bình xét đối tượng cơ bản công khai, dân chủ, có sự tham gia của Ban Công tác Mặt trận thôn. Tuy nhiên, một số hộ đồng bào Thái, Mường ở vùng cao chưa đủ vốn đối ứng nên chưa khởi công; có 14 hộ xin rút khỏi danh sách. Bà Hà Thị Ngơi, Trưởng ban Công tác Mặt trận bản Đồng Mười, phản ánh giá vật liệu vận chuyển lên bản tăng cao.
Đồng chí Lò Văn Thẩm, Bí thư Đảng ủy xã Thanh Quân, đề nghị tỉnh cho phép các hộ dùng gỗ rừng sản xuất của gia đình để làm nhà. Ông Phạm Bá Nhung, Phó Chủ tịch UBND huyện Như Xuân, tiếp thu và giải trình các nội dung đoàn nêu.
Kết thúc đợt giám sát, đoàn đã đưa ra 6 kiến nghị với UBND huyện và 2 kiến nghị với UBND tỉnh, trong đó đề nghị điều chỉnh Kế hoạch số 58/KH-UBND của UBND tỉnh cho phù hợp với thực tế vùng cao; thực hiện tốt Chương trình phối hợp số 05/CTrPH-MTTQ-UBND giữa Ủy ban MTTQ tỉnh và UBND tỉnh về giám sát thực hiện chính sách giảm nghèo.
Trường Sơn
Tin cùng chuyên mục
- Hội nghị triển khai chương trình giám sát năm 2016 (12/01/2016)
- Lấy ý kiến nhân dân về dự thảo Luật Tín ngưỡng, tôn giáo (25/05/2016)
- Thanh Hóa trao 300 nhà Đại đoàn kết (19/05/2016)
- Mường Lát: vận động đồng bào Mông không di cư tự do (04/05/2016)
- Đối thoại với nông dân về chuyển đổi cây trồng (22/04/2016)
- Quan Hóa: Ban Thanh tra nhân dân phát huy vai trò giám sát cộng đồng (15/04/2016)
""", "2016-06-10", "Giám sát thực hiện chính sách hỗ trợ nhà ở cho hộ nghèo tại huyện Như Xuân",
E("giam_sat", "2016", "2016-06-07"),
[P("Lang Văn Chiến", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "trưởng đoàn"),
 P("Hà Thị Ngơi", "Trưởng ban Công tác Mặt trận bản Đồng Mười"),
 P("Lò Văn Thẩm", "Bí thư Đảng ủy xã Thanh Quân"),
 P("Phạm Bá Nhung", "Phó Chủ tịch UBND huyện Như Xuân")],
[Q("3 cuộc giám sát chuyên đề", 3, "cuộc giám sát chuyên đề"), Q("318 hộ nghèo", 318, "hộ nghèo"), Q("205 hộ", 205, "hộ"),
 Q("25 triệu đồng", 25000000, "đồng"), Q("3%", 3, "%"), Q("1.240 ngày công", 1240, "ngày công"),
 Q("trên 640 triệu đồng", 640000000, "đồng", "over"), Q("14 hộ", 14, "hộ"), Q("6 kiến nghị", 6, "kiến nghị"),
 Q("2 kiến nghị", 2, "kiến nghị")],
[D("Quyết định", "33", "2015/QĐ-TTg", "2015-08-10", "Thủ tướng Chính phủ", "Quyết định số 33/2015/QĐ-TTg ngày 10/8/2015"),
 D("Quyết định", "1425", "QĐ-UBND", "2016-04-22", "UBND tỉnh", "Quyết định số 1425/QĐ-UBND ngày 22/4/2016"),
 D("Kế hoạch", "58", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 58/KH-UBND"),
 D("Chương trình phối hợp", "05", "CTrPH-MTTQ-UBND", None, None, "Chương trình phối hợp số 05/CTrPH-MTTQ-UBND")],
[prov("Thanh Hóa"), com("Thanh Quân"), com("Xuân Hòa")],
["Mặt trận Tổ quốc Việt Nam tỉnh Thanh Hóa - Cổng thông tin điện tử", "Tin tức » Giám sát và phản biện xã hội",
 "Đoàn giám sát làm việc tại huyện Như Xuân."],
["Ngày đăng 10/06/2016 | 14:20", "năm 2016"]))

PAGES.append(page("b2026-cantho-mttq-gopy-luattocao-2017", """
Cổng thông tin điện tử Ủy ban MTTQ Việt Nam thành phố Cần Thơ
Trang chủ >> Tin hoạt động >> Dân chủ - Pháp luật
23/11/2017 - 10:05
Góp ý dự thảo Luật Tố cáo (sửa đổi): 41 ý kiến tâm huyết
(MTTQ Cần Thơ) - Chiều 22/11, Ban Thường trực Ủy ban MTTQ Việt Nam thành phố Cần Thơ tổ chức hội nghị lấy ý kiến góp ý dự thảo Luật Tố cáo (sửa đổi). Bà Trần Thị Ngọc Sương, Thành ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam thành phố chủ trì. Dự hội nghị có 70 đại biểu là thành viên Hội đồng tư vấn Dân chủ - Pháp luật, luật sư, cán bộ thanh tra và đại diện Mặt trận các quận, huyện.
Ảnh: Bà Trần Thị Ngọc Sương phát biểu khai mạc hội nghị. (Ảnh: Tấn Phát)
Hội nghị được tổ chức theo Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN ngày 15/6/2017 quy định chi tiết các hình thức giám sát, phản biện xã hội của Mặt trận Tổ quốc Việt Nam và Hướng dẫn số 18/HD-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam. Dự thảo do Thanh tra Chính phủ chủ trì soạn thảo gồm 9 chương, 65 điều, dự kiến trình Quốc hội khóa XIV tại kỳ họp thứ 5.
Các đại biểu đã đóng góp 41 ý kiến. Luật sư Huỳnh Văn Tới, Phó Chủ nhiệm Đoàn Luật sư thành phố, đề nghị làm rõ khái niệm "tố cáo nặc danh" và trách nhiệm xử lý. Ông Sơn Văn Thol, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước thành phố, góp ý nên quy định rõ việc bảo vệ người tố cáo là người dân tộc thiểu số, người không biết chữ. Bà Lâm Thị Sa Phia, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam quận Ô Môn, phản ánh năm 2016 Mặt trận quận nhận 38 đơn tố cáo, trong đó 9 đơn không rõ người gửi.
Theo báo cáo, 10 tháng năm 2017, các cơ quan hành chính thành phố đã tiếp nhận 217 đơn tố cáo, giải quyết 186 đơn, đạt 85,7%; qua giải quyết đã kiến nghị thu hồi cho Nhà nước trên 1,2 tỷ đồng. Ban Thanh tra nhân dân ở 85 xã, phường, thị trấn đã tham gia giám sát 142 vụ việc.
Đại đức Thạch Sô Phây, trụ trì chùa Pôthi Somrôn, phường Thới An Đông, cho rằng dự thảo cần có điều khoản về trách nhiệm phối hợp của Ban Thanh tra nhân dân. Ông Cao Văn Ràng, Chánh Thanh tra thành phố, tiếp thu và giải trình một số nội dung.
Kết luận hội nghị, bà Trần Thị Ngọc Sương đề nghị các đơn vị tiếp tục thực hiện Quyết định 217-QĐ/TW và Quyết định 218-QĐ/TW của Bộ Chính trị; Ban Dân chủ - Pháp luật tổng hợp ý kiến gửi Ủy ban Trung ương MTTQ Việt Nam trước ngày 30/11/2017.
Ngọc Hân
Tin liên quan
- Hội nghị phản biện dự thảo Nghị quyết về giá đất năm 2018 (10/11/2017)
- Phong Điền: ra mắt 3 tổ hòa giải kiểu mẫu (02/11/2017)
- Ô Môn trao 120 suất quà cho đồng bào Khmer dịp Lễ Sene Đolta (18/09/2017)
- Giám sát việc thu phí chợ tại quận Bình Thủy (31/08/2017)
""", "2017-11-23", "Góp ý dự thảo Luật Tố cáo (sửa đổi): 41 ý kiến tâm huyết",
E("hoi_nghi", None, "2017-11-22"),
[P("Trần Thị Ngọc Sương", "Thành ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Huỳnh Văn Tới", "Luật sư", "Phó Chủ nhiệm Đoàn Luật sư thành phố"),
 P("Sơn Văn Thol", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước thành phố"),
 P("Lâm Thị Sa Phia", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam quận Ô Môn"),
 P("Thạch Sô Phây", "Đại đức", "trụ trì chùa Pôthi Somrôn"),
 P("Cao Văn Ràng", "Chánh Thanh tra thành phố")],
[Q("70 đại biểu", 70, "đại biểu"), Q("9 chương", 9, "chương"), Q("65 điều", 65, "điều"), Q("41 ý kiến", 41, "ý kiến"),
 Q("38 đơn tố cáo", 38, "đơn tố cáo"), Q("9 đơn", 9, "đơn"), Q("217 đơn tố cáo", 217, "đơn tố cáo"),
 Q("186 đơn", 186, "đơn"), Q("85,7%", 85.7, "%"), Q("trên 1,2 tỷ đồng", 1200000000, "đồng", "over"),
 Q("85 xã, phường, thị trấn", 85, "xã, phường, thị trấn"), Q("142 vụ việc", 142, "vụ việc")],
[D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", "2017-06-15", None, "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN ngày 15/6/2017"),
 D("Hướng dẫn", "18", "HD-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 18/HD-MTTW-BTT"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 218-QĐ/TW")],
[prov("Cần Thơ"), com("Thới An Đông")],
["Cổng thông tin điện tử Ủy ban MTTQ Việt Nam thành phố Cần Thơ", "Trang chủ >> Tin hoạt động >> Dân chủ - Pháp luật",
 "(MTTQ Cần Thơ)", "Ảnh: Bà Trần Thị Ngọc Sương phát biểu khai mạc hội nghị. (Ảnh: Tấn Phát)", "Luật Tố cáo (sửa đổi)",
 "Hội Đoàn kết sư sãi yêu nước thành phố", "tố cáo nặc danh"],
["23/11/2017 - 10:05", "khóa XIV", "kỳ họp thứ 5", "năm 2016", "10 tháng năm 2017"]))
