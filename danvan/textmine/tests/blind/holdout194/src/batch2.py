from lib import *
PAGES = []

PAGES.append(page("b4619-cantho-mttq-giaoban-2025", """
TRANG THÔNG TIN ĐIỆN TỬ PHƯỜNG PHÚ LỢI - THÀNH PHỐ CẦN THƠ
Trang chủ » Mặt trận Tổ quốc » Tin hoạt động
Thứ Sáu, 05/12/2025
Phú Lợi: Đẩy mạnh vận động ủng hộ Quỹ "Vì người nghèo" những tháng cuối năm
Ngày 3/12, Ban Thường trực Ủy ban MTTQ Việt Nam phường Phú Lợi tổ chức giao ban với các tổ chức chính trị - xã hội và 28 Ban công tác Mặt trận khu vực, đánh giá kết quả công tác tháng 11/2025, triển khai nhiệm vụ tháng 12. Đồng chí Lâm Thị Sa Phol, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam phường chủ trì.
Ảnh: Đồng chí Lâm Thị Sa Phol phát biểu kết luận giao ban.
Phường Phú Lợi được thành lập trên cơ sở sắp xếp Phường 2, Phường 3 và Phường 4 của thành phố Sóc Trăng (tỉnh Sóc Trăng cũ), nay thuộc thành phố Cần Thơ, hiện có 28 khu vực với 11.640 hộ, hơn 42.000 nhân khẩu, trong đó đồng bào Khmer chiếm 31%, đồng bào Hoa chiếm khoảng 9%.
Theo báo cáo, trong tháng 11 Mặt trận phường tiếp nhận 186,4 triệu đồng ủng hộ Quỹ "Vì người nghèo", nâng tổng số vận động từ đầu tháng 7 lên 742 triệu đồng; trao 260 phần quà, mỗi phần trị giá 500.000 đồng cho hộ nghèo, người già neo đơn. Hội Chữ thập đỏ phường tổ chức 2 đợt hiến máu tình nguyện, tiếp nhận 154 đơn vị máu. Hội Cựu chiến binh phường phối hợp Công an phường giải quyết 5 vụ việc mâu thuẫn trong khu dân cư, hòa giải thành 4 vụ.
Đồng chí Thạch Sóc Pha, Phó Chủ tịch Ủy ban MTTQ Việt Nam phường, Chủ tịch Hội Nông dân phường cho biết Hội đang hoàn thiện hồ sơ cho 19 hộ vay vốn từ Quỹ Hỗ trợ nông dân với mức tối đa 50 triệu đồng/hộ. Ông Trần Ngọc Hân, Trưởng ban công tác Mặt trận khu vực 6 và ông Quách Minh Triết, Trưởng ban công tác Mặt trận khu vực 11 đề nghị phường sớm có hướng dẫn về chế độ phụ cấp cho Ban công tác Mặt trận sau sắp xếp.
Ông Lý Hữu Phước, Phó Chủ tịch Ủy ban MTTQ Việt Nam phường, thông tin Ban Thường trực đã có Công văn số 48/MTTQ-BTT đề nghị UBND phường hỗ trợ kinh phí tổ chức Ngày hội Đại đoàn kết ở các khu vực còn lại.
Kết luận giao ban, đồng chí Lâm Thị Sa Phol yêu cầu tháng 12 tập trung thực hiện Kế hoạch số 21/KH-MTTQ-BTT ngày 20/11/2025 về vận động Tết vì người nghèo Xuân Bính Ngọ 2026, phấn đấu mỗi hộ nghèo, hộ cận nghèo đều có quà Tết; hoàn thành tổng kết công tác Mặt trận năm 2025 trước ngày 25/12; triển khai Quy chế phối hợp số 03-QC/MTTQ-UBND giữa Ủy ban MTTQ và UBND phường.
Cũng trong tháng, Ủy ban MTTQ phường chủ trì giám sát việc chi trả trợ cấp cho 73 người cao tuổi và 48 người khuyết tật tại 3 khu vực; không phát hiện sai sót.
Phương Thảo
Lượt xem: 964
Tin khác
- Phú Lợi: Ra mắt mô hình "Khu vực không rác thải nhựa" (28/11/2025)
- Hội LHPN phường trao 12 suất học bổng cho học sinh Khmer (20/11/2025)
- Giao ban công tác Mặt trận tháng 10/2025 (05/11/2025)
""", "2025-12-05", 'Phú Lợi: Đẩy mạnh vận động ủng hộ Quỹ "Vì người nghèo" những tháng cuối năm',
E("giao_ban", "2025-11", "2025-12-03"),
[P("Lâm Thị Sa Phol", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Thạch Sóc Pha", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường", "Chủ tịch Hội Nông dân phường"),
 P("Trần Ngọc Hân", "Trưởng ban công tác Mặt trận khu vực 6"),
 P("Quách Minh Triết", "Trưởng ban công tác Mặt trận khu vực 11"),
 P("Lý Hữu Phước", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường")],
[Q("28 Ban công tác Mặt trận khu vực", 28, "Ban công tác Mặt trận khu vực"), Q("28 khu vực", 28, "khu vực"),
 Q("11.640 hộ", 11640, "hộ"), Q("hơn 42.000 nhân khẩu", 42000, "nhân khẩu", "over"), Q("31%", 31, "%"),
 Q("khoảng 9%", 9, "%", "approx"), Q("186,4 triệu đồng", 186400000, "đồng"), Q("742 triệu đồng", 742000000, "đồng"),
 Q("260 phần quà", 260, "phần quà"), Q("500.000 đồng", 500000, "đồng"), Q("2 đợt", 2, "đợt"), Q("154 đơn vị máu", 154, "đơn vị máu"),
 Q("5 vụ việc mâu thuẫn", 5, "vụ việc mâu thuẫn"), Q("4 vụ", 4, "vụ"), Q("19 hộ", 19, "hộ"), Q("50 triệu đồng/hộ", 50000000, "đồng"),
 Q("73 người cao tuổi", 73, "người cao tuổi"), Q("48 người khuyết tật", 48, "người khuyết tật"), Q("3 khu vực", 3, "khu vực")],
[D("Công văn", "48", "MTTQ-BTT", None, "Ban Thường trực", "Công văn số 48/MTTQ-BTT"),
 D("Kế hoạch", "21", "KH-MTTQ-BTT", "2025-11-20", None, "Kế hoạch số 21/KH-MTTQ-BTT ngày 20/11/2025"),
 D("Quy chế phối hợp", "03", "QC/MTTQ-UBND", None, None, "Quy chế phối hợp số 03-QC/MTTQ-UBND")],
[prov("Cần Thơ"), prov("Sóc Trăng"), com("Phú Lợi"), com("Phường 2"), com("Phường 3"), com("Phường 4")],
["TRANG THÔNG TIN ĐIỆN TỬ PHƯỜNG PHÚ LỢI - THÀNH PHỐ CẦN THƠ", "Trang chủ » Mặt trận Tổ quốc » Tin hoạt động",
 "Ảnh: Đồng chí Lâm Thị Sa Phol phát biểu kết luận giao ban.", "Vì người nghèo", "Ngày hội Đại đoàn kết", "Lượt xem: 964"],
["Thứ Sáu, 05/12/2025", "tháng 11/2025", "Xuân Bính Ngọ 2026", "Lượt xem: 964"]))

PAGES.append(page("b4620-daklak-xa-doithoai-2017", """
Trang thông tin điện tử xã Ea Tul - huyện Cư M'gar
Tin tức - Sự kiện / Hoạt động chính quyền
08:15 | 03/11/2017
Xã Ea Tul đối thoại với nhân dân năm 2017
Ngày 1/11, Đảng ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam xã Ea Tul (huyện Cư M'gar, tỉnh Đắk Lắk) tổ chức hội nghị đối thoại trực tiếp giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2017. Chủ trì đối thoại có đồng chí Y Thuôn Niê, Bí thư Đảng ủy xã; đồng chí Nguyễn Văn Hòa, Chủ tịch UBND xã; bà H'Blin Mlô, Chủ tịch Ủy ban MTTQ Việt Nam xã. Dự có 168 người dân đại diện cho 16 buôn, thôn.
Toàn cảnh buổi đối thoại tại hội trường UBND xã.
Hội nghị được tổ chức theo Quyết định số 1218-QĐ/HU ngày 12/6/2017 của Ban Thường vụ Huyện ủy Cư M'gar và Quy định 11-QĐi/TW của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân. Trước đó, Mặt trận xã đã tổng hợp 37 ý kiến, kiến nghị của cử tri, trong đó 14 ý kiến liên quan đất đai, 9 ý kiến về giao thông nông thôn, điện sinh hoạt.
Tại buổi đối thoại, ông Y Khu Byă, người có uy tín buôn Ea Kmar, kiến nghị sớm nâng cấp 2,5 km đường liên buôn; bà H'Luyện Ênuôl, buôn Tơng Jú, đề nghị hỗ trợ giống cà phê tái canh cho 43 hộ đồng bào Êđê. Ông Lê Văn Sơn, thôn 3, phản ánh việc cấp giấy chứng nhận quyền sử dụng đất chậm.
Đồng chí Nguyễn Văn Hòa trực tiếp trả lời 21 ý kiến, giao cán bộ địa chính, giao thông trả lời 12 ý kiến; 4 ý kiến vượt thẩm quyền được tổng hợp gửi UBND huyện. Xã cam kết năm 2018 dành khoảng 1,6 tỷ đồng từ nguồn Chương trình 135 và nhân dân đóng góp để làm 3,2 km đường bê tông; 100% hồ sơ đất đai tồn đọng sẽ được giải quyết trước 30/6/2018.
Phát biểu kết luận, đồng chí Y Thuôn Niê đề nghị cán bộ, đảng viên thực hiện tốt Chỉ thị 05-CT/TW của Bộ Chính trị, gần dân, sát dân; yêu cầu Mặt trận và các đoàn thể giám sát việc thực hiện các nội dung đã cam kết. Đồng chí Y Brơm Êban, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Bí thư Đoàn xã, công bố kế hoạch tiếp tục lấy ý kiến nhân dân tại 16 buôn, thôn trong tháng 12.
Thực hiện Kế hoạch số 47/KH-UBND của UBND huyện, từ đầu năm đến nay xã đã tổ chức 2 cuộc đối thoại chuyên đề và 58 buổi tiếp công dân, tiếp 214 lượt công dân.
Ghi nhận tại hội nghị, nhiều người dân đánh giá cao việc đối thoại được tổ chức ngay tại xã, các nội dung trả lời cụ thể, có thời hạn; đây cũng là lần đầu tiên bà con buôn Tơng Jú được nghe trả lời trực tiếp về việc cấp giấy chứng nhận quyền sử dụng đất.
H'Nhi Ayŭn - Văn phòng Đảng ủy xã
Số lượt xem: 527
Bài viết liên quan
- Ea Tul tổng kết 10 năm thực hiện Chỉ thị 06 về người có uy tín (20/10/2017)
- Hội Nông dân xã Ea Tul hỗ trợ 30 hộ tái canh cà phê (05/10/2017)
- Buôn Ea Kmar đạt chuẩn buôn văn hóa (18/09/2017)
""", "2017-11-03", "Xã Ea Tul đối thoại với nhân dân năm 2017",
E("doi_thoai", "2017", "2017-11-01"),
[P("Y Thuôn Niê", "Bí thư Đảng ủy xã"),
 P("Nguyễn Văn Hòa", "Chủ tịch UBND xã"),
 P("H'Blin Mlô", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Y Khu Byă", "người có uy tín buôn Ea Kmar"),
 P("H'Luyện Ênuôl"),
 P("Lê Văn Sơn"),
 P("Y Brơm Êban", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Bí thư Đoàn xã")],
[Q("168 người dân", 168, "người dân"), Q("16 buôn, thôn", 16, "buôn, thôn"), Q("37 ý kiến, kiến nghị", 37, "ý kiến, kiến nghị"),
 Q("14 ý kiến", 14, "ý kiến"), Q("9 ý kiến", 9, "ý kiến"), Q("2,5 km", 2.5, "km"), Q("43 hộ đồng bào Êđê", 43, "hộ đồng bào Êđê"),
 Q("21 ý kiến", 21, "ý kiến"), Q("12 ý kiến", 12, "ý kiến"), Q("4 ý kiến", 4, "ý kiến"),
 Q("khoảng 1,6 tỷ đồng", 1600000000, "đồng", "approx"), Q("3,2 km", 3.2, "km"), Q("100%", 100, "%"),
 Q("2 cuộc đối thoại chuyên đề", 2, "cuộc đối thoại chuyên đề"), Q("58 buổi tiếp công dân", 58, "buổi tiếp công dân"),
 Q("214 lượt công dân", 214, "lượt công dân")],
[D("Quyết định", "1218", "QĐ/HU", "2017-06-12", "Ban Thường vụ Huyện ủy Cư M'gar", "Quyết định số 1218-QĐ/HU ngày 12/6/2017"),
 D("Quy định", "11", "QĐi/TW", None, "Bộ Chính trị", "Quy định 11-QĐi/TW"),
 D("Chỉ thị", "05", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 05-CT/TW"),
 D("Kế hoạch", "47", "KH-UBND", None, "UBND huyện", "Kế hoạch số 47/KH-UBND")],
[prov("Đắk Lắk"), com("Ea Tul")],
["Trang thông tin điện tử xã Ea Tul - huyện Cư M'gar", "Tin tức - Sự kiện / Hoạt động chính quyền",
 "Toàn cảnh buổi đối thoại tại hội trường UBND xã.", "Chương trình 135", "Số lượt xem: 527"],
["08:15 | 03/11/2017", "năm 2017", "năm 2018", "Chương trình 135", "Số lượt xem: 527"]))

PAGES.append(page("b4621-tuyenquang-mttq-kientoan-2026", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH TUYÊN QUANG
Trang chủ › Tin cơ sở › Xã, phường
Thứ Sáu, 09/01/2026, 08:05
Xã Mèo Vạc kiện toàn nhân sự Ủy ban MTTQ Việt Nam xã
Ngày 7/1, Ủy ban MTTQ Việt Nam xã Mèo Vạc tổ chức hội nghị lần thứ hai, hiệp thương cử bổ sung ủy viên, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã nhiệm kỳ 2024 - 2029. Dự hội nghị có đồng chí Sùng Mí Chá, Ủy viên Ban Thường vụ Đảng ủy, Trưởng Ban Xây dựng Đảng Đảng ủy xã; đồng chí Vàng Thị Dở, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh cùng 63 ủy viên Ủy ban MTTQ xã.
Xã Mèo Vạc (tỉnh Hà Giang cũ, nay thuộc tỉnh Tuyên Quang) được thành lập từ thị trấn Mèo Vạc, xã Tả Lủng và xã Giàng Chu Phìn, có 41 thôn, tổ dân phố, hơn 6.900 hộ, trên 92% là đồng bào Mông.
Hội nghị đã hiệp thương cử bổ sung 7 vị ủy viên Ủy ban MTTQ Việt Nam xã là người đứng đầu các tổ chức chính trị - xã hội, chi hội nghề nghiệp và người có uy tín. Theo Hướng dẫn số 03-HD/MTTW-BTT và Quyết định số 19-QĐ/ĐU ngày 29/12/2025 của Ban Thường vụ Đảng ủy xã, đồng chí Giàng Mí Chứ, Bí thư Đoàn xã, được hiệp thương giữ chức Phó Chủ tịch Ủy ban MTTQ Việt Nam xã; đồng chí Ly Thị Sú, Chủ tịch Hội Liên hiệp Phụ nữ xã, được cử làm Ủy viên Ban Thường trực. Hiện Ban Thường trực Ủy ban MTTQ xã có 6 đồng chí, trong đó 4 đồng chí là người dân tộc Mông, 3 đồng chí là nữ.
Đồng chí Vàng Thị Dở trao hoa chúc mừng các đồng chí được hiệp thương. Ảnh: Thào Hoa
Báo cáo tại hội nghị cho thấy, sau hơn 6 tháng hoạt động, Mặt trận xã đã tổ chức 41 hội nghị tại khu dân cư để nghe nhân dân góp ý, tiếp nhận 156 ý kiến; vận động 1.320 hộ tham gia tổ tự quản bảo vệ đường biên, cột mốc; phối hợp trao 62 căn nhà Đại đoàn kết theo Chương trình xóa nhà tạm, nhà dột nát, mỗi căn được hỗ trợ 60 triệu đồng. Hơn 85% hộ gia đình ký cam kết không tảo hôn, không nghe theo tà đạo.
Đồng chí Sùng Mí Chá đề nghị Ban Thường trực chủ động tham mưu thực hiện Nghị quyết số 07-NQ/ĐU của Đảng ủy xã về phát triển du lịch cộng đồng và Chỉ thị số 02-CT/ĐU về củng cố Ban công tác Mặt trận; phát huy vai trò già làng như ông Thào Mí Dình, người có uy tín thôn Pả Vi Hạ, trong vận động đồng bào.
Tiếp thu ý kiến chỉ đạo, đồng chí Mua Thị Chi, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã khẳng định sẽ kiện toàn xong 41 Ban công tác Mặt trận trong quý I/2026, tổ chức Ngày hội Đại đoàn kết toàn dân tộc tại 100% thôn trong năm 2026.
Thào Hoa
Lượt xem: 1.102
Tin liên quan
- Xã Đồng Văn trao 120 suất quà cho hộ nghèo (05/01/2026)
- Tuyên Quang: Mặt trận các xã vùng cao góp ý xây dựng chính quyền (28/12/2025)
- Xã Mậu Duệ tổng kết công tác Mặt trận năm 2025 (22/12/2025)
""", "2026-01-09", "Xã Mèo Vạc kiện toàn nhân sự Ủy ban MTTQ Việt Nam xã",
E("hoi_nghi", None, "2026-01-07"),
[P("Sùng Mí Chá", "Ủy viên Ban Thường vụ Đảng ủy", "Trưởng Ban Xây dựng Đảng Đảng ủy xã"),
 P("Vàng Thị Dở", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Giàng Mí Chứ", "Bí thư Đoàn xã", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Ly Thị Sú", "Chủ tịch Hội Liên hiệp Phụ nữ xã", "Ủy viên Ban Thường trực"),
 P("Thào Mí Dình", "người có uy tín thôn Pả Vi Hạ"),
 P("Mua Thị Chi", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã")],
[Q("63 ủy viên", 63, "ủy viên"), Q("41 thôn, tổ dân phố", 41, "thôn, tổ dân phố"), Q("hơn 6.900 hộ", 6900, "hộ", "over"),
 Q("trên 92%", 92, "%", "over"), Q("7 vị ủy viên", 7, "vị ủy viên"), Q("6 đồng chí", 6, "đồng chí"), Q("4 đồng chí", 4, "đồng chí"),
 Q("3 đồng chí", 3, "đồng chí"), Q("41 hội nghị", 41, "hội nghị"), Q("156 ý kiến", 156, "ý kiến"), Q("1.320 hộ", 1320, "hộ"),
 Q("62 căn nhà Đại đoàn kết", 62, "căn nhà Đại đoàn kết"), Q("60 triệu đồng", 60000000, "đồng"), Q("Hơn 85%", 85, "%", "over"),
 Q("41 Ban công tác Mặt trận", 41, "Ban công tác Mặt trận"), Q("100% thôn", 100, "%")],
[D("Hướng dẫn", "03", "HD/MTTW-BTT", None, None, "Hướng dẫn số 03-HD/MTTW-BTT"),
 D("Quyết định", "19", "QĐ/ĐU", "2025-12-29", "Ban Thường vụ Đảng ủy xã", "Quyết định số 19-QĐ/ĐU ngày 29/12/2025"),
 D("Nghị quyết", "07", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết số 07-NQ/ĐU"),
 D("Chỉ thị", "02", "CT/ĐU", None, "Đảng ủy xã", "Chỉ thị số 02-CT/ĐU")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Mèo Vạc"), com("Tả Lủng"), com("Giàng Chu Phìn")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH TUYÊN QUANG", "Trang chủ › Tin cơ sở › Xã, phường",
 "Đồng chí Vàng Thị Dở trao hoa chúc mừng các đồng chí được hiệp thương. Ảnh: Thào Hoa", "Ngày hội Đại đoàn kết toàn dân tộc",
 "Lượt xem: 1.102"],
["Thứ Sáu, 09/01/2026, 08:05", "lần thứ hai", "nhiệm kỳ 2024 - 2029", "hơn 6 tháng", "quý I/2026", "6 đồng chí", "4 đồng chí", "3 đồng chí", "Lượt xem: 1.102"]))

PAGES.append(page("b4622-danang-mttq-tongket-2025", """
Báo Đà Nẵng điện tử - Cơ quan của Đảng bộ thành phố Đà Nẵng
Chính trị › Mặt trận - Đoàn thể
27.12.2025 | 16:05
Toàn cảnh hội nghị.
Xã Duy Xuyên triển khai nhiệm vụ công tác Mặt trận năm 2026
Chiều 26/12, Ủy ban MTTQ Việt Nam xã Duy Xuyên (thành phố Đà Nẵng) tổ chức hội nghị tổng kết công tác Mặt trận năm 2025 - năm đầu tiên xã vận hành theo mô hình chính quyền địa phương hai cấp - và triển khai chương trình phối hợp thống nhất hành động năm 2026.
Dự hội nghị có đồng chí Nguyễn Thị Thu Lan, Thành ủy viên, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố; đồng chí Phạm Văn Đạo, Bí thư Đảng ủy xã; đồng chí Huỳnh Tấn Lực, Phó Bí thư Đảng ủy, Chủ tịch UBND xã cùng 112 đại biểu.
Xã Duy Xuyên được thành lập trên cơ sở sắp xếp thị trấn Nam Phước, xã Duy Phước và xã Duy Vinh (tỉnh Quảng Nam cũ). Năm 2025, Ủy ban MTTQ xã và các tổ chức thành viên đã vận động xây mới, sửa chữa 48 căn nhà cho hộ nghèo, gia đình chính sách với tổng kinh phí hơn 2,9 tỷ đồng; trao 1.860 suất quà Tết, trị giá khoảng 930 triệu đồng. Quỹ "Vì người nghèo" xã tiếp nhận 684 triệu đồng, trong đó 402 triệu đồng vận động từ sau ngày 1/7. Sau trận lũ lịch sử tháng 10 và 11, Mặt trận xã đã tiếp nhận, phân bổ 3,4 tỷ đồng và 26 tấn hàng hóa cứu trợ cho 2.150 hộ bị ngập sâu.
Các hội đoàn thể kết nạp 312 hội viên, đoàn viên mới; 24/24 thôn, khu phố tổ chức Ngày hội Đại đoàn kết toàn dân tộc; 17 khu dân cư được công nhận "Khu dân cư kiểu mẫu". Ban Thanh tra nhân dân và Ban Giám sát đầu tư của cộng đồng tổ chức 11 cuộc giám sát, phát hiện và kiến nghị khắc phục 5 công trình chậm tiến độ.
Bà Nguyễn Thị Thu Lan trao Cờ thi đua cho Ủy ban MTTQ xã. Ảnh: Xuân Trung
Hội nghị nghe các tham luận của đồng chí Trương Công Tín, Trưởng ban công tác Mặt trận thôn Phú Nham Đông; bà Lê Thị Mỹ Dung, Chủ tịch Hội Liên hiệp Phụ nữ xã và ông Đoàn Ngọc Mai, Chủ tịch Hội Cựu chiến binh xã về kinh nghiệm vận động nhân dân hiến đất mở rộng đường bê tông nông thôn.
Phát biểu, đồng chí Phạm Văn Đạo đề nghị năm 2026 Mặt trận xã tổ chức tốt công tác hiệp thương, giới thiệu người ứng cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031 theo Nghị quyết liên tịch số 102/2021/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN; tiếp tục thực hiện Kết luận số 126-KL/TW, 127-KL/TW của Bộ Chính trị, Ban Bí thư.
Dịp này, Ủy ban MTTQ xã tặng giấy khen cho 9 tập thể, 16 cá nhân; ông Hồ Văn Sáu, thôn Mỹ Hòa, được biểu dương vì hiến 420 m2 đất làm đường.
Xuân Trung
Lượt xem: 3.418
Tin liên quan
- Phường Hội An Đông tổng kết công tác Mặt trận năm 2025 (25/12/2025)
- Đà Nẵng: Hơn 98.000 suất quà Tết đến với hộ khó khăn (23/12/2025)
- Xã Điện Bàn Tây ra mắt mô hình "Dân vận khéo" (20/12/2025)
""", "2025-12-27", "Xã Duy Xuyên triển khai nhiệm vụ công tác Mặt trận năm 2026",
E("tong_ket", "2025", "2025-12-26"),
[P("Nguyễn Thị Thu Lan", "Thành ủy viên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Phạm Văn Đạo", "Bí thư Đảng ủy xã"),
 P("Huỳnh Tấn Lực", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Trương Công Tín", "Trưởng ban công tác Mặt trận thôn Phú Nham Đông"),
 P("Lê Thị Mỹ Dung", "Chủ tịch Hội Liên hiệp Phụ nữ xã"),
 P("Đoàn Ngọc Mai", "Chủ tịch Hội Cựu chiến binh xã"),
 P("Hồ Văn Sáu")],
[Q("112 đại biểu", 112, "đại biểu"), Q("48 căn nhà", 48, "căn nhà"), Q("hơn 2,9 tỷ đồng", 2900000000, "đồng", "over"),
 Q("1.860 suất quà", 1860, "suất quà"), Q("khoảng 930 triệu đồng", 930000000, "đồng", "approx"), Q("684 triệu đồng", 684000000, "đồng"),
 Q("402 triệu đồng", 402000000, "đồng"), Q("3,4 tỷ đồng", 3400000000, "đồng"), Q("26 tấn", 26, "tấn"), Q("2.150 hộ", 2150, "hộ"),
 Q("312 hội viên, đoàn viên mới", 312, "hội viên, đoàn viên mới"), Q("24/24 thôn, khu phố", 24, "thôn, khu phố"),
 Q("17 khu dân cư", 17, "khu dân cư"), Q("11 cuộc giám sát", 11, "cuộc giám sát"), Q("5 công trình", 5, "công trình"),
 Q("9 tập thể", 9, "tập thể"), Q("16 cá nhân", 16, "cá nhân"), Q("420 m2", 420, "m2")],
[D("Nghị quyết liên tịch", "102", "2021/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", None, None, "Nghị quyết liên tịch số 102/2021/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN"),
 D("Kết luận", "126", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận số 126-KL/TW, 127-KL/TW"),
 D("Kết luận", "127", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận số 126-KL/TW, 127-KL/TW")],
[prov("Đà Nẵng"), prov("Quảng Nam"), com("Duy Xuyên"), com("Nam Phước"), com("Duy Phước"), com("Duy Vinh")],
["Báo Đà Nẵng điện tử - Cơ quan của Đảng bộ thành phố Đà Nẵng", "Chính trị › Mặt trận - Đoàn thể", "Toàn cảnh hội nghị.",
 "Bà Nguyễn Thị Thu Lan trao Cờ thi đua cho Ủy ban MTTQ xã. Ảnh: Xuân Trung", "Vì người nghèo", "Khu dân cư kiểu mẫu",
 "Ngày hội Đại đoàn kết toàn dân tộc", "Lượt xem: 3.418"],
["27.12.2025 | 16:05", "năm 2026", "khóa XVI", "nhiệm kỳ 2026 - 2031", "Lượt xem: 3.418"]))

PAGES.append(page("b4623-thanhhoa-mttq-soket-2020", """
UBND XÃ HOẰNG ĐẠO - HUYỆN HOẰNG HÓA
Trang chủ - Tin tức - Mặt trận, đoàn thể
Ngày 16/07/2020 | 09:15
Ảnh: Quang cảnh hội nghị.
Hoằng Đạo: Mặt trận và các đoàn thể chung tay phòng, chống dịch Covid-19
Sáng 14/7, Ủy ban MTTQ Việt Nam xã Hoằng Đạo (huyện Hoằng Hóa, tỉnh Thanh Hóa) tổ chức hội nghị sơ kết công tác Mặt trận và phong trào thi đua của các đoàn thể 6 tháng đầu năm 2020, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Lê Văn Thuận, Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã chủ trì.
6 tháng đầu năm, Mặt trận và các đoàn thể xã đã vận động nhân dân thực hiện nghiêm Chỉ thị 16/CT-TTg của Thủ tướng Chính phủ về cách ly toàn xã hội; tiếp nhận 126 triệu đồng, 4,2 tấn gạo ủng hộ phòng, chống dịch; trao 315 suất quà cho người bán vé số, lao động tự do bị mất việc, mỗi suất 300.000 đồng. Các thôn đã thành lập 11 tổ Covid cộng đồng với 132 thành viên.
Thực hiện Nghị quyết số 42/NQ-CP của Chính phủ, Mặt trận xã phối hợp giám sát việc chi hỗ trợ cho 418 người có công, 226 hộ nghèo, cận nghèo; phát hiện 2 trường hợp kê khai chưa đúng, đã đề nghị điều chỉnh.
Về công tác chuẩn bị đại hội, Mặt trận và các đoàn thể đã tổ chức lấy ý kiến góp ý vào dự thảo Báo cáo chính trị Đại hội Đảng bộ xã lần thứ XXVI, nhiệm kỳ 2020 - 2025 tại 11/11 thôn với 1.480 lượt người tham gia, tổng hợp 64 ý kiến.
Tại hội nghị, bà Đỗ Thị Hằng, Chủ tịch Hội LHPN xã; ông Lê Đình Khôi, Chủ tịch Hội Nông dân xã; ông Nguyễn Văn Thịnh, Bí thư Đoàn xã và các ông Lê Xuân Tám, Hoàng Văn Hợi - Trưởng ban công tác Mặt trận thôn đã phát biểu, làm rõ những khó khăn khi tuyên truyền phòng dịch cho người dân đi làm ăn xa trở về.
Phát biểu chỉ đạo, đồng chí Lê Văn Đức, Bí thư Đảng ủy xã đề nghị 6 tháng cuối năm 2020, Mặt trận xã tập trung thực hiện Kế hoạch số 125-KH/ĐU ngày 12/5/2020 của Đảng ủy xã về tổ chức Đại hội Đảng bộ xã; tiếp tục Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", phấn đấu xã đạt chuẩn nông thôn mới nâng cao; tổ chức tốt Ngày hội Đại đoàn kết ở 11 thôn.
Dịp này, Ủy ban MTTQ xã biểu dương 6 tập thể, 15 cá nhân tiêu biểu trong công tác phòng, chống dịch Covid-19.
Theo đánh giá của hội nghị, bên cạnh kết quả đạt được, hoạt động của một số Ban công tác Mặt trận thôn còn phụ thuộc vào trưởng thôn; việc nắm tình hình dư luận trong người lao động đi làm ăn xa chưa thường xuyên; sinh hoạt chi hội ở một số đoàn thể bị gián đoạn do dịch.
Minh Hiếu
Lượt xem: 689
Các tin đã đưa
- Hoằng Đạo: trao 50 suất quà cho hộ nghèo bị ảnh hưởng dịch (28/04/2020)
- Đoàn Thanh niên xã ra quân "Ngày Chủ nhật xanh" (12/06/2020)
- Hội Cựu chiến binh xã sơ kết 6 tháng đầu năm 2020 (08/07/2020)
""", "2020-07-16", "Hoằng Đạo: Mặt trận và các đoàn thể chung tay phòng, chống dịch Covid-19",
E("so_ket", "2020-H1", "2020-07-14"),
[P("Lê Văn Thuận", "Ủy viên Ban Thường vụ Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Đỗ Thị Hằng", "Chủ tịch Hội LHPN xã"),
 P("Lê Đình Khôi", "Chủ tịch Hội Nông dân xã"),
 P("Nguyễn Văn Thịnh", "Bí thư Đoàn xã"),
 P("Lê Xuân Tám", "Trưởng ban công tác Mặt trận thôn"),
 P("Hoàng Văn Hợi", "Trưởng ban công tác Mặt trận thôn"),
 P("Lê Văn Đức", "Bí thư Đảng ủy xã")],
[Q("126 triệu đồng", 126000000, "đồng"), Q("4,2 tấn", 4.2, "tấn"), Q("315 suất quà", 315, "suất quà"), Q("300.000 đồng", 300000, "đồng"),
 Q("11 tổ Covid cộng đồng", 11, "tổ Covid cộng đồng"), Q("132 thành viên", 132, "thành viên"), Q("418 người có công", 418, "người có công"),
 Q("226 hộ nghèo, cận nghèo", 226, "hộ nghèo, cận nghèo"), Q("2 trường hợp", 2, "trường hợp"), Q("11/11 thôn", 11, "thôn"),
 Q("1.480 lượt người", 1480, "lượt người"), Q("64 ý kiến", 64, "ý kiến"), Q("6 tập thể", 6, "tập thể"),
 Q("15 cá nhân tiêu biểu", 15, "cá nhân tiêu biểu")],
[D("Chỉ thị", "16", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị 16/CT-TTg"),
 D("Nghị quyết", "42", "NQ-CP", None, "Chính phủ", "Nghị quyết số 42/NQ-CP"),
 D("Kế hoạch", "125", "KH/ĐU", "2020-05-12", "Đảng ủy xã", "Kế hoạch số 125-KH/ĐU ngày 12/5/2020")],
[prov("Thanh Hóa"), com("Hoằng Đạo")],
["UBND XÃ HOẰNG ĐẠO - HUYỆN HOẰNG HÓA", "Trang chủ - Tin tức - Mặt trận, đoàn thể", "Ảnh: Quang cảnh hội nghị.",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Ngày hội Đại đoàn kết", "Lượt xem: 689"],
["Ngày 16/07/2020 | 09:15", "6 tháng đầu năm 2020", "6 tháng cuối năm", "lần thứ XXVI", "nhiệm kỳ 2020 - 2025", "Covid-19", "Lượt xem: 689"]))

PAGES.append(page("b4624-gialai-mttq-baocao-2026", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ IA GRAI - TỈNH GIA LAI
Trang chủ / Mặt trận - Đoàn thể / Báo cáo
Ngày 06/04/2026 | 14:30
Báo cáo kết quả công tác Mặt trận và các tổ chức chính trị - xã hội quý I năm 2026
Ban Thường trực Ủy ban MTTQ Việt Nam xã Ia Grai vừa ban hành Báo cáo số 27/BC-MTTQ ngày 3/4/2026 về kết quả công tác Mặt trận và các tổ chức chính trị - xã hội quý I năm 2026, phương hướng nhiệm vụ quý II. Trang thông tin trích đăng những nội dung chính.
1. Công tác tuyên truyền, vận động: Ủy ban MTTQ xã và các tổ chức thành viên tổ chức 46 buổi tuyên truyền tại 28 thôn, làng với hơn 3.900 lượt người nghe, tập trung vào Nghị quyết Đại hội XIV của Đảng, Nghị quyết Đại hội Đảng bộ tỉnh Gia Lai lần thứ I và Luật Bầu cử đại biểu Quốc hội và đại biểu HĐND. Ủy ban MTTQ xã đã tổ chức 3 hội nghị hiệp thương, giới thiệu 38 người ứng cử đại biểu HĐND xã nhiệm kỳ 2026 - 2031, trong đó 14 người là đồng bào Jrai, 13 người là nữ.
2. Công tác an sinh xã hội: Dịp Tết Nguyên đán Bính Ngọ 2026, Mặt trận và các đoàn thể trao 1.245 suất quà cho hộ nghèo, gia đình chính sách, tổng trị giá 623 triệu đồng; vận động Quỹ "Vì người nghèo" được 214,5 triệu đồng. Hoàn thành bàn giao 17 căn nhà cho hộ nghèo người Jrai theo Quyết định số 2286/QĐ-UBND của UBND tỉnh.
3. Hoạt động giám sát, phản biện: Chủ trì 2 cuộc giám sát về chi trả chính sách cho người có uy tín và việc thực hiện dân chủ ở cơ sở; tham gia góp ý 4 dự thảo văn bản của UBND xã. Qua giám sát, kiến nghị 6 nội dung, đã được tiếp thu 6/6 nội dung.
4. Củng cố tổ chức: Ban Thường trực đã tham mưu Đảng ủy xã ban hành Quyết định số 58-QĐ/ĐU về kiện toàn chức danh Phó Chủ tịch Ủy ban MTTQ xã. Đồng chí Rơ Châm H'Yâo, Ủy viên Ban Chấp hành Đảng bộ xã, Chủ tịch Hội Liên hiệp Phụ nữ xã, được hiệp thương giữ chức Phó Chủ tịch Ủy ban MTTQ Việt Nam xã thay đồng chí Ksor Nhất, nghỉ hưu theo chế độ. Các đồng chí Siu Thái, Rah Lan Hlưn, Nguyễn Văn Kiên - Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam xã được phân công phụ trách các cụm làng.
5. Phương hướng quý II: Tập trung phục vụ cuộc bầu cử; tổ chức gặp mặt 42 người có uy tín; phấn đấu 100% thôn, làng có Ban công tác Mặt trận hoạt động hiệu quả.
Ký duyệt báo cáo: Đồng chí Nay Blin, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã Ia Grai.
Ban Thường trực Ủy ban MTTQ xã
Lượt truy cập: 446
Tin khác
- Xã Ia Grai tổ chức Ngày hội Đại đoàn kết tại làng Dơ Lang (02/04/2026)
- Hiệp thương lần thứ ba giới thiệu người ứng cử đại biểu HĐND xã (28/03/2026)
- Trao 30 suất học bổng cho học sinh Jrai (20/03/2026)
""", "2026-04-06", "Báo cáo kết quả công tác Mặt trận và các tổ chức chính trị - xã hội quý I năm 2026",
E("bao_cao", "2026-Q1", "2026-04-03"),
[P("Rơ Châm H'Yâo", "Ủy viên Ban Chấp hành Đảng bộ xã", "Chủ tịch Hội Liên hiệp Phụ nữ xã", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Ksor Nhất"),
 P("Siu Thái", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam xã"),
 P("Rah Lan Hlưn", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam xã"),
 P("Nguyễn Văn Kiên", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam xã"),
 P("Nay Blin", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã Ia Grai")],
[Q("46 buổi tuyên truyền", 46, "buổi tuyên truyền"), Q("28 thôn, làng", 28, "thôn, làng"), Q("hơn 3.900 lượt người", 3900, "lượt người", "over"),
 Q("3 hội nghị hiệp thương", 3, "hội nghị hiệp thương"), Q("38 người", 38, "người"), Q("14 người", 14, "người"), Q("13 người", 13, "người"),
 Q("1.245 suất quà", 1245, "suất quà"), Q("623 triệu đồng", 623000000, "đồng"), Q("214,5 triệu đồng", 214500000, "đồng"),
 Q("17 căn nhà", 17, "căn nhà"), Q("2 cuộc giám sát", 2, "cuộc giám sát"), Q("4 dự thảo văn bản", 4, "dự thảo văn bản"),
 Q("6 nội dung", 6, "nội dung"), Q("6/6 nội dung", 6, "nội dung"), Q("42 người có uy tín", 42, "người có uy tín"), Q("100%", 100, "%")],
[D("Báo cáo", "27", "BC-MTTQ", "2026-04-03", "Ban Thường trực Ủy ban MTTQ Việt Nam xã Ia Grai", "Báo cáo số 27/BC-MTTQ ngày 3/4/2026"),
 D("Quyết định", "2286", "QĐ-UBND", None, "UBND tỉnh", "Quyết định số 2286/QĐ-UBND"),
 D("Quyết định", "58", "QĐ/ĐU", None, "Đảng ủy xã", "Quyết định số 58-QĐ/ĐU")],
[prov("Gia Lai"), com("Ia Grai")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ IA GRAI - TỈNH GIA LAI", "Trang chủ / Mặt trận - Đoàn thể / Báo cáo", "Vì người nghèo",
 "Luật Bầu cử đại biểu Quốc hội và đại biểu HĐND", "Ban Thường trực Ủy ban MTTQ xã", "Lượt truy cập: 446"],
["Ngày 06/04/2026 | 14:30", "quý I năm 2026", "quý II", "Đại hội XIV", "lần thứ I", "nhiệm kỳ 2026 - 2031", "Bính Ngọ 2026", "Lượt truy cập: 446"]))
