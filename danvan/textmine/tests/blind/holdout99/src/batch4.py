from lib import *
PAGES = []

PAGES.append(page("b2351-lamdong-mttq-tongket-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH LÂM ĐỒNG
Trang chủ › Chính trị › Mặt trận
19/12/2025 - 10:05
Toàn cảnh hội nghị.
Mặt trận tỉnh Lâm Đồng triển khai nhiệm vụ năm 2026
Ngày 18/12, Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng tổ chức hội nghị tổng kết công tác Mặt trận năm 2025 - năm đầu tiên hoạt động sau khi hợp nhất 3 tỉnh Lâm Đồng, Đắk Nông, Bình Thuận và sắp xếp các tổ chức chính trị - xã hội trực thuộc Mặt trận. Đồng chí Touneh Thị Hạnh, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.
Theo báo cáo, Ủy ban MTTQ tỉnh hiện có 74 vị, Ban Thường trực gồm 9 vị; Mặt trận 124 xã, phường, đặc khu đã được kiện toàn xong trước ngày 1/7/2025. Năm 2025, Mặt trận các cấp cùng các tổ chức thành viên vận động được hơn 215 tỷ đồng cho Quỹ "Vì người nghèo" và chương trình xóa nhà tạm, nhà dột nát; hoàn thành xóa 6.847 căn nhà tạm, vượt 3,5% kế hoạch. Tỷ lệ hộ nghèo đồng bào dân tộc thiểu số giảm 2,1%.
Mặt trận tỉnh đã chủ trì 26 cuộc giám sát, tổ chức 8 hội nghị phản biện xã hội; góp ý 41 dự thảo văn bản của cấp ủy, chính quyền. Thực hiện Kế hoạch số 46-KH/TU ngày 28/7/2025 của Ban Thường vụ Tỉnh ủy, Mặt trận các cấp đã tổ chức 1.312 hội nghị lấy ý kiến nhân dân vào dự thảo văn kiện Đại hội XIV của Đảng với 28.450 ý kiến góp ý.
Tại hội nghị, bà Ka Hiền, Chủ tịch Ủy ban MTTQ Việt Nam xã Lạc Dương, chia sẻ mô hình "Buôn làng không có người nghiện ma túy"; ông Điểu Sơn, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Quảng Trực, kể việc vận động 37 hộ Mnông trả lại 12 ha đất rừng lấn chiếm; bà Thông Thị Nga, Chủ tịch Ủy ban MTTQ Việt Nam phường Phan Rí Cửa, nói về phối hợp hỗ trợ ngư dân. Hòa thượng Thích Minh Trí, Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, đề nghị quan tâm hơn đến đồng bào ở vùng ven biển bị ảnh hưởng bởi bão số 13.
Năm 2026, Mặt trận tỉnh tập trung tham gia tổ chức thành công cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026-2031 theo Chỉ thị 46-CT/TW của Bộ Chính trị; phấn đấu 100% khu dân cư tổ chức Ngày hội Đại đoàn kết toàn dân tộc. Phát biểu chỉ đạo, đồng chí K'Bình, Phó Bí thư Tỉnh ủy, đề nghị Mặt trận phát huy vai trò giám sát theo Quy định 124-QĐ/TW và Quyết định 99-QĐ/TW.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen cho 35 tập thể, 52 cá nhân.
Khánh Phúc
Tin liên quan
- Đại hội đại biểu MTTQ Việt Nam tỉnh Lâm Đồng lần thứ I (20/09/2025)
- Trao 500 suất quà Tết cho đồng bào Churu, Mạ (15/12/2025)
- Bàn giao nhà cho hộ nghèo xã Đắk Wil (10/12/2025)
- Phường Xuân Hương tổ chức Ngày hội Đại đoàn kết toàn dân tộc (17/11/2025)
- Mặt trận tỉnh giám sát việc hỗ trợ người dân sau bão số 13 (12/11/2025)
""", "2025-12-19", "Mặt trận tỉnh Lâm Đồng triển khai nhiệm vụ năm 2026",
E("tong_ket", "2025", "2025-12-18"),
[P("Touneh Thị Hạnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ka Hiền", "Chủ tịch Ủy ban MTTQ Việt Nam xã Lạc Dương"),
 P("Điểu Sơn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Quảng Trực"),
 P("Thông Thị Nga", "Chủ tịch Ủy ban MTTQ Việt Nam phường Phan Rí Cửa"),
 P("Thích Minh Trí", "Hòa thượng", "Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
 P("K'Bình", "Phó Bí thư Tỉnh ủy")],
[Q("3 tỉnh", 3, "tỉnh"), Q("74 vị", 74, "vị"), Q("9 vị", 9, "vị"), Q("124 xã, phường, đặc khu", 124, "xã, phường, đặc khu"),
 Q("hơn 215 tỷ đồng", 215000000000, "đồng", "over"), Q("6.847 căn nhà tạm", 6847, "căn nhà tạm"), Q("3,5%", 3.5, "%"), Q("2,1%", 2.1, "%"),
 Q("26 cuộc giám sát", 26, "cuộc giám sát"), Q("8 hội nghị phản biện xã hội", 8, "hội nghị phản biện xã hội"),
 Q("41 dự thảo văn bản", 41, "dự thảo văn bản"), Q("1.312 hội nghị", 1312, "hội nghị"), Q("28.450 ý kiến góp ý", 28450, "ý kiến"),
 Q("37 hộ Mnông", 37, "hộ Mnông"), Q("12 ha", 12, "ha"), Q("100% khu dân cư", 100, "%"), Q("35 tập thể", 35, "tập thể"), Q("52 cá nhân", 52, "cá nhân")],
[D("Kế hoạch", "46", "KH/TU", "2025-07-28", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 46-KH/TU ngày 28/7/2025 của Ban Thường vụ Tỉnh ủy"),
 D("Chỉ thị", "46", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 46-CT/TW của Bộ Chính trị"),
 D("Quy định", "124", "QĐ/TW", None, None, "Quy định 124-QĐ/TW"),
 D("Quyết định", "99", "QĐ/TW", None, None, "Quyết định 99-QĐ/TW")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Lạc Dương"), com("Quảng Trực"), com("Phan Rí Cửa")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH LÂM ĐỒNG", "Trang chủ › Chính trị › Mặt trận", "Toàn cảnh hội nghị.", "Vì người nghèo",
 "Buôn làng không có người nghiện ma túy", "Giáo hội Phật giáo Việt Nam"],
["19/12/2025 - 10:05", "năm 2025", "năm đầu tiên", "năm 2026", "Đại hội XIV", "bão số 13", "khóa XVI", "2026-2031"]))

PAGES.append(page("b2352-vinhlong-hiepthuong-lan3-2026", """
Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Vĩnh Long
Trang chủ :: Tin tức :: Bầu cử đại biểu Quốc hội khóa XVI và HĐND các cấp
Thứ Năm, 12/02/2026 - 17:45
Vĩnh Long: 24 người ứng cử đại biểu Quốc hội khóa XVI
Sáng 11/2, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long tổ chức hội nghị hiệp thương lần thứ ba, lựa chọn, lập danh sách những người đủ tiêu chuẩn ứng cử đại biểu Quốc hội khóa XVI và đại biểu HĐND tỉnh nhiệm kỳ 2026-2031. Chủ trì hội nghị có các đồng chí: Kiên Thị Sô Phia, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; Lê Văn Đức, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh.
Đây là cuộc bầu cử đầu tiên của tỉnh Vĩnh Long sau hợp nhất 3 tỉnh Vĩnh Long, Bến Tre, Trà Vinh, với hơn 3,1 triệu cử tri. Hội nghị có 112 đại biểu dự, đại diện Ban Thường trực, các tổ chức thành viên, Thường trực HĐND, UBND và Ủy ban bầu cử tỉnh.
Sau hiệp thương lần thứ hai, các cơ quan, tổ chức đã tổ chức 386 hội nghị cử tri nơi công tác và nơi cư trú; 100% người được giới thiệu đạt trên 90% phiếu tín nhiệm. Hội nghị thống nhất danh sách chính thức 24 người ứng cử đại biểu Quốc hội ở 8 đơn vị bầu cử để bầu 14 đại biểu; 135 người ứng cử đại biểu HĐND tỉnh ở 27 đơn vị bầu cử để bầu 80 đại biểu. Trong danh sách HĐND tỉnh có 41 phụ nữ, 19 người dân tộc Khmer, 12 người ngoài Đảng, 3 người tự ứng cử.
Danh sách người ứng cử đại biểu Quốc hội tại đơn vị bầu cử số 5 gồm: ông Thạch Phước Hiền, Phó Trưởng Ban Dân tộc và Tôn giáo tỉnh; bà Sơn Thị Ngọc Hân, Bí thư Đảng ủy xã Long Hiệp; ông Huỳnh Văn Tâm, Chủ tịch Liên đoàn Lao động tỉnh; bà Trương Thị Kim Yến, Phó Giám đốc Sở Giáo dục và Đào tạo.
Hội nghị cũng công bố kết quả xác minh 7 đơn thư liên quan đến người được giới thiệu ứng cử, có 2 trường hợp không đủ tiêu chuẩn phải rút khỏi danh sách.
Phát biểu kết luận, đồng chí Kiên Thị Sô Phia nhấn mạnh hiệp thương được tiến hành dân chủ, đúng Luật Bầu cử đại biểu Quốc hội và đại biểu HĐND, Nghị quyết liên tịch số 102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN và Hướng dẫn số 45/HD-MTTW-BTT ngày 5/11/2025 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam; đề nghị Ban Thường trực Mặt trận các xã, phường phối hợp tổ chức 248 hội nghị tiếp xúc cử tri để người ứng cử vận động bầu cử trước ngày 15/3/2026.
Danh sách được gửi ngay đến Ủy ban bầu cử tỉnh theo Kế hoạch số 09/KH-MTTQ-BTT ngày 6/1/2026.
Hồng Nhung
Bài viết liên quan
- Hiệp thương lần thứ hai: giới thiệu 28 người ứng cử đại biểu Quốc hội (16/01/2026)
- Mặt trận tỉnh tập huấn công tác bầu cử cho 124 xã, phường (08/01/2026)
- Trà Vinh cũ: vận động đồng bào Khmer tham gia bầu cử (05/01/2026)
""", "2026-02-12", "Vĩnh Long: 24 người ứng cử đại biểu Quốc hội khóa XVI",
E("hoi_nghi", None, "2026-02-11"),
[P("Kiên Thị Sô Phia", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Văn Đức", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thạch Phước Hiền", "Phó Trưởng Ban Dân tộc và Tôn giáo tỉnh"),
 P("Sơn Thị Ngọc Hân", "Bí thư Đảng ủy xã Long Hiệp"),
 P("Huỳnh Văn Tâm", "Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Trương Thị Kim Yến", "Phó Giám đốc Sở Giáo dục và Đào tạo")],
[Q("24 người ứng cử", 24, "người"), Q("3 tỉnh", 3, "tỉnh"), Q("hơn 3,1 triệu cử tri", 3100000, "cử tri", "over"), Q("112 đại biểu", 112, "đại biểu"),
 Q("386 hội nghị cử tri", 386, "hội nghị cử tri"), Q("100% người", 100, "%"), Q("trên 90%", 90, "%", "over"),
 Q("8 đơn vị bầu cử", 8, "đơn vị bầu cử"), Q("14 đại biểu", 14, "đại biểu"), Q("135 người ứng cử", 135, "người"),
 Q("27 đơn vị bầu cử", 27, "đơn vị bầu cử"), Q("80 đại biểu", 80, "đại biểu"), Q("41 phụ nữ", 41, "phụ nữ"),
 Q("19 người dân tộc Khmer", 19, "người dân tộc Khmer"), Q("12 người ngoài Đảng", 12, "người ngoài Đảng"), Q("3 người tự ứng cử", 3, "người"),
 Q("7 đơn thư", 7, "đơn thư"), Q("2 trường hợp", 2, "trường hợp"), Q("248 hội nghị tiếp xúc cử tri", 248, "hội nghị tiếp xúc cử tri")],
[D("Nghị quyết liên tịch", "102", "2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN", None, None, "Nghị quyết liên tịch số 102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN"),
 D("Hướng dẫn", "45", "HD-MTTW-BTT", "2025-11-05", "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 45/HD-MTTW-BTT ngày 5/11/2025 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam"),
 D("Kế hoạch", "09", "KH-MTTQ-BTT", "2026-01-06", None, "Kế hoạch số 09/KH-MTTQ-BTT ngày 6/1/2026")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Long Hiệp")],
["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Vĩnh Long", "Trang chủ :: Tin tức :: Bầu cử đại biểu Quốc hội khóa XVI và HĐND các cấp",
 "Luật Bầu cử đại biểu Quốc hội và đại biểu HĐND"],
["Thứ Năm, 12/02/2026 - 17:45", "khóa XVI", "lần thứ ba", "2026-2031", "cuộc bầu cử đầu tiên", "lần thứ hai", "đơn vị bầu cử số 5", "ngày 15/3/2026"]))

PAGES.append(page("b2353-dongnai-mttq-giamsat-baucu-2026", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH ĐỒNG NAI
Trang chủ > Tin hoạt động > Giám sát, phản biện xã hội
Ngày đăng 06/03/2026 | 16:20
Ảnh: Đoàn giám sát làm việc tại xã Bù Gia Mập.
Giám sát việc lập danh sách cử tri ở các xã biên giới
Từ ngày 3 đến 5/3/2026, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Đồng Nai do đồng chí Điểu Minh Hòa, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát công tác bầu cử năm 2026 tại 6 xã biên giới thuộc địa bàn tỉnh Bình Phước trước đây. Thành viên đoàn có ông Lương Quốc Khánh, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh; bà Thị Hoa, Ủy viên Ủy ban MTTQ tỉnh, người có uy tín sóc Bù Tam.
Đợt giám sát thực hiện theo Kế hoạch số 31/KH-MTTQ-BTT ngày 20/1/2026 của Ban Thường trực Ủy ban MTTQ tỉnh và Quyết định số 118/QĐ-MTTQ-BTT về thành lập đoàn giám sát. Nội dung tập trung vào việc lập, niêm yết danh sách cử tri, công tác tuyên truyền và bảo đảm quyền bầu cử của đồng bào S'tiêng, Mnông, Khmer.
Tại xã Bù Gia Mập, ông Điểu Lên, Chủ tịch UBND xã, Chủ tịch Ủy ban bầu cử xã báo cáo: xã có 9.842 cử tri, chia thành 5 đơn vị bầu cử và 14 khu vực bỏ phiếu; đã niêm yết danh sách cử tri tại 14 điểm đúng ngày 3/2/2026. Xã tiếp nhận 2 trường hợp khiếu nại về danh sách cử tri, đã giải quyết xong. Tại xã Đak Ơ, bà Điểu Thị Ngọc, Chủ tịch Ủy ban MTTQ Việt Nam xã cho biết có khoảng 640 cử tri làm ăn xa ở các tỉnh, thành phố và 35 hộ sống trong rẫy cách khu dân cư trên 10 km, Mặt trận đã phối hợp với 12 tổ dân vận đến tận nơi tuyên truyền.
Qua giám sát, đoàn ghi nhận 100% khu vực bỏ phiếu đã bố trí phòng bỏ phiếu đúng quy định; 6/6 xã đã tổ chức tập huấn cho 1.126 thành viên tổ bầu cử. Tuy nhiên, còn 3 khu vực bỏ phiếu chưa có bảng niêm yết tiểu sử người ứng cử bằng chữ to dễ đọc; một số tờ rơi song ngữ Việt - S'tiêng chưa cấp phát đủ.
Kết luận, đồng chí Điểu Minh Hòa đề nghị các xã thực hiện nghiêm Chỉ thị 46-CT/TW ngày 16/6/2025 của Bộ Chính trị, Chỉ thị số 19/CT-TTg của Thủ tướng Chính phủ về tổ chức bầu cử; rà soát, bổ sung danh sách cử tri là người mới đủ 18 tuổi, bảo đảm ngày 15/3 là ngày hội của toàn dân. Kết quả giám sát được báo cáo Ủy ban bầu cử tỉnh và Ban Thường vụ Tỉnh ủy.
Trong tháng 3, Mặt trận tỉnh tiếp tục giám sát tại 8 phường thuộc khu vực Biên Hòa.
Thanh Tâm
Tin liên quan
- Mặt trận tỉnh hiệp thương lần thứ ba (11/02/2026)
- Tập huấn nghiệp vụ cho tổ bầu cử ở 95 xã, phường (10/02/2026)
- Xã Lộc Ninh tổ chức hội nghị cử tri nơi cư trú (22/01/2026)
- Phường Đồng Xoài tuyên truyền bầu cử qua mạng xã hội (18/01/2026)
""", "2026-03-06", "Giám sát việc lập danh sách cử tri ở các xã biên giới",
E("giam_sat", "2026", "2026-03-03"),
[P("Điểu Minh Hòa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "trưởng đoàn"),
 P("Lương Quốc Khánh", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh"),
 P("Thị Hoa", "Ủy viên Ủy ban MTTQ tỉnh", "người có uy tín sóc Bù Tam"),
 P("Điểu Lên", "Chủ tịch UBND xã", "Chủ tịch Ủy ban bầu cử xã"),
 P("Điểu Thị Ngọc", "Chủ tịch Ủy ban MTTQ Việt Nam xã")],
[Q("6 xã biên giới", 6, "xã biên giới"), Q("9.842 cử tri", 9842, "cử tri"), Q("5 đơn vị bầu cử", 5, "đơn vị bầu cử"),
 Q("14 khu vực bỏ phiếu", 14, "khu vực bỏ phiếu"), Q("14 điểm", 14, "điểm"), Q("2 trường hợp", 2, "trường hợp"),
 Q("khoảng 640 cử tri", 640, "cử tri", "approx"), Q("35 hộ", 35, "hộ"), Q("trên 10 km", 10, "km", "over"), Q("12 tổ dân vận", 12, "tổ dân vận"),
 Q("100% khu vực bỏ phiếu", 100, "%"), Q("6/6 xã", 6, "xã"), Q("1.126 thành viên tổ bầu cử", 1126, "thành viên tổ bầu cử"),
 Q("3 khu vực bỏ phiếu", 3, "khu vực bỏ phiếu"), Q("8 phường", 8, "phường")],
[D("Kế hoạch", "31", "KH-MTTQ-BTT", "2026-01-20", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 31/KH-MTTQ-BTT ngày 20/1/2026 của Ban Thường trực Ủy ban MTTQ tỉnh"),
 D("Quyết định", "118", "QĐ-MTTQ-BTT", None, None, "Quyết định số 118/QĐ-MTTQ-BTT"),
 D("Chỉ thị", "46", "CT/TW", "2025-06-16", "Bộ Chính trị", "Chỉ thị 46-CT/TW ngày 16/6/2025 của Bộ Chính trị"),
 D("Chỉ thị", "19", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị số 19/CT-TTg của Thủ tướng Chính phủ")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bù Gia Mập"), com("Đak Ơ")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH ĐỒNG NAI", "Trang chủ > Tin hoạt động > Giám sát, phản biện xã hội", "Ảnh: Đoàn giám sát làm việc tại xã Bù Gia Mập."],
["Ngày đăng 06/03/2026 | 16:20", "năm 2026", "ngày 3/2/2026", "18 tuổi", "ngày 15/3", "tháng 3"]))

PAGES.append(page("b2354-gialai-tiepxuc-ungcuvien-2026", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH GIA LAI
Thời sự » Bầu cử đại biểu Quốc hội và HĐND các cấp nhiệm kỳ 2026-2031
08:15 | 28/02/2026
Ông Đinh Văn Blơk, người có uy tín làng Kon Hleng, phát biểu tại hội nghị.
Người ứng cử đại biểu Quốc hội gặp gỡ cử tri 3 xã phía Đông
Ngày 27/2, Ban Thường trực Ủy ban MTTQ Việt Nam xã Kông Chro phối hợp Ủy ban bầu cử xã tổ chức hội nghị tiếp xúc cử tri để những người ứng cử đại biểu Quốc hội khóa XVI tại đơn vị bầu cử số 4 vận động bầu cử. Gần 300 cử tri của các xã Kông Chro, Ya Ma, Chư Krey đã tham dự.
Ra mắt cử tri có 5 người ứng cử: bà Đinh Thị Hrên, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Nguyễn Minh Đạo, Phó Giám đốc Sở Nông nghiệp và Môi trường; bà Rơ Lan Thị Ly, Phó Trưởng ban Văn hóa - Xã hội HĐND tỉnh; ông Trần Quang Vinh, Viện trưởng Viện Kiểm sát nhân dân khu vực 9; bà Siu Thị Nguyệt, giáo viên Trường Phổ thông dân tộc nội trú Đông Gia Lai. Bà Đinh Thị Ngơn, Chủ tịch Ủy ban MTTQ Việt Nam xã Kông Chro, chủ trì hội nghị.
Trình bày chương trình hành động, bà Đinh Thị Hrên cam kết theo dõi việc thực hiện chính sách cho 1.850 hộ nghèo đồng bào Bahnar và 210 người có uy tín trong vùng; ông Nguyễn Minh Đạo nêu giải pháp đưa 4.000 ha lúa nước vùng hồ Ia Ring vào sản xuất 2 vụ. Bà Rơ Lan Thị Ly đề xuất tăng mức hỗ trợ học sinh bán trú lên 1,2 triệu đồng mỗi tháng.
Tại hội nghị, 9 cử tri phát biểu với 16 ý kiến. Ông Đinh Văn Blơk, người có uy tín làng Kon Hleng, xã Ya Ma, mong các ứng cử viên khi trúng cử kiến nghị nâng cấp 27 km đường liên xã; bà Đinh Thị Thương (làng Tơ Pang) phản ánh 42 hộ chưa có đất sản xuất. Ông Nay Ju, Bí thư Chi bộ làng Plei Hlang, xã Chư Krey, đề nghị xây 3 điểm trường mẫu giáo. Nhiều cử tri lớn tuổi bày tỏ phấn khởi vì đây là lần đầu người ứng cử về tận làng, nói chuyện bằng tiếng Bahnar, giải thích rõ về chương trình hành động và cách thức bỏ phiếu.
Các người ứng cử đã trả lời, giải thích nhiều ý kiến; những kiến nghị thuộc thẩm quyền của tỉnh được tiếp thu để theo dõi khi trúng cử.
Kết thúc hội nghị, bà Đinh Thị Ngơn cho biết các ý kiến được tổng hợp, gửi Ủy ban bầu cử tỉnh theo Hướng dẫn số 45/HD-MTTW-BTT và Kế hoạch số 14/KH-MTTQ ngày 10/2/2026 của Ủy ban MTTQ Việt Nam tỉnh. Đơn vị bầu cử số 4 gồm 11 xã phía Đông của tỉnh với khoảng 198.000 cử tri; bầu 3 đại biểu Quốc hội.
Lê Hòa - Rmah Thoan
Tin cùng chuyên mục
- Quy Nhơn: người ứng cử đại biểu Quốc hội tiếp xúc cử tri 5 phường (26/02/2026)
- Gia Lai hoàn thành niêm yết danh sách cử tri (04/02/2026)
- Mặt trận tỉnh hiệp thương lần thứ ba (10/02/2026)
- Xã Ia Pa tổ chức hội nghị cử tri nơi cư trú (20/01/2026)
""", "2026-02-28", "Người ứng cử đại biểu Quốc hội gặp gỡ cử tri 3 xã phía Đông",
E("hoi_nghi", None, "2026-02-27"),
[P("Đinh Văn Blơk", "người có uy tín làng Kon Hleng"),
 P("Đinh Thị Hrên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Minh Đạo", "Phó Giám đốc Sở Nông nghiệp và Môi trường"),
 P("Rơ Lan Thị Ly", "Phó Trưởng ban Văn hóa - Xã hội HĐND tỉnh"),
 P("Trần Quang Vinh", "Viện trưởng Viện Kiểm sát nhân dân khu vực 9"),
 P("Siu Thị Nguyệt", "giáo viên Trường Phổ thông dân tộc nội trú Đông Gia Lai"),
 P("Đinh Thị Ngơn", "Chủ tịch Ủy ban MTTQ Việt Nam xã Kông Chro"),
 P("Đinh Thị Thương"),
 P("Nay Ju", "Bí thư Chi bộ làng Plei Hlang")],
[Q("3 xã phía Đông", 3, "xã"), Q("Gần 300 cử tri", 300, "cử tri", "approx"), Q("5 người ứng cử", 5, "người"),
 Q("1.850 hộ nghèo đồng bào Bahnar", 1850, "hộ nghèo đồng bào Bahnar"), Q("210 người có uy tín", 210, "người có uy tín"),
 Q("4.000 ha", 4000, "ha"), Q("1,2 triệu đồng", 1200000, "đồng"), Q("9 cử tri", 9, "cử tri"), Q("16 ý kiến", 16, "ý kiến"),
 Q("27 km", 27, "km"), Q("42 hộ", 42, "hộ"), Q("3 điểm trường mẫu giáo", 3, "điểm trường mẫu giáo"),
 Q("11 xã phía Đông", 11, "xã"), Q("khoảng 198.000 cử tri", 198000, "cử tri", "approx"), Q("3 đại biểu Quốc hội", 3, "đại biểu Quốc hội")],
[D("Hướng dẫn", "45", "HD-MTTW-BTT", None, None, "Hướng dẫn số 45/HD-MTTW-BTT"),
 D("Kế hoạch", "14", "KH-MTTQ", "2026-02-10", "Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 14/KH-MTTQ ngày 10/2/2026 của Ủy ban MTTQ Việt Nam tỉnh")],
[prov("Gia Lai"), com("Kông Chro"), com("Ya Ma"), com("Chư Krey")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH GIA LAI", "Thời sự » Bầu cử đại biểu Quốc hội và HĐND các cấp nhiệm kỳ 2026-2031",
 "Ông Đinh Văn Blơk, người có uy tín làng Kon Hleng, phát biểu tại hội nghị."],
["2026-2031", "khóa XVI", "đơn vị bầu cử số 4", "2 vụ", "khu vực 9", "mỗi tháng"]))

PAGES.append(page("b2355-camau-chandung-daibieu-khmer-2026", """
BÁO CÀ MAU ĐIỆN TỬ
Chủ Nhật, 12/04/2026
Xã hội | Dân tộc - Tôn giáo | Gương sáng
Thứ Ba, 07/04/2026 - 06:00
Chị Lâm Thị Sà Phol trò chuyện với bà con ấp Tà Ben.
Cô gái Khmer được cử tri tin tưởng gửi gắm
Ở tuổi 29, chị Lâm Thị Sà Phol, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Hưng Hội, trở thành đại biểu HĐND tỉnh Cà Mau nhiệm kỳ 2026-2031 với số phiếu 91,6% tại đơn vị bầu cử số 12. Chị là 1 trong 9 người dân tộc Khmer trúng cử đại biểu HĐND tỉnh sau khi hợp nhất 2 tỉnh Cà Mau và Bạc Liêu.
Sinh ra trong gia đình nghèo ở ấp Tà Ben, chị Sà Phol học hết đại học ngành công tác xã hội rồi trở về quê làm cán bộ Đoàn. Năm 2021, chị được bầu làm Bí thư Đoàn xã, vận động thanh niên làm 14 km đường đal, sửa 37 căn nhà cho hộ nghèo. Từ tháng 7/2025, khi các tổ chức chính trị - xã hội được sắp xếp vào Mặt trận, chị được phân công giữ chức Phó Chủ tịch Ủy ban MTTQ Việt Nam xã kiêm Bí thư Đoàn xã.
"Bà con Khmer ở đây còn nhiều khó khăn, 312 hộ chưa có nhà vệ sinh đạt chuẩn, nhiều em bỏ học sớm. Tôi muốn nói được tiếng nói của họ ở nghị trường", chị chia sẻ. Trong 2 tháng vận động bầu cử, chị tham dự 6 hội nghị tiếp xúc cử tri, trình bày chương trình hành động bằng cả tiếng Việt và tiếng Khmer. Nhiều buổi tối, chị cùng tổ dân vận ấp đến từng nhà giải thích cách đánh dấu lá phiếu cho người cao tuổi không biết chữ, nhắc bà con mang theo thẻ cử tri.
Ngày bầu cử 15/3, ấp Tà Ben có 100% cử tri đi bầu trước 10 giờ sáng. Nhiều người già nói đây là lần đầu thấy con em trong ấp ra ứng cử đại biểu HĐND tỉnh.
Ông Danh Sóc, người có uy tín ấp Tà Ben, nhận xét chị "sống giản dị, nói được làm được". Đại đức Thạch Chanh Đa, trụ trì chùa Hưng Thới, kể chị thường về chùa vận động phụ huynh đưa con đi học chữ Khmer dịp hè, mỗi năm có hơn 120 em theo học. Bà Trần Thị Mến, Chủ tịch Ủy ban MTTQ Việt Nam xã Hưng Hội, cho biết nhờ chị vận động, xã đã thành lập 5 tổ hợp tác nuôi tôm - lúa với 86 thành viên; thu nhập bình quân tăng thêm khoảng 25 triệu đồng mỗi hộ mỗi năm.
Chị Sà Phol cho biết đang chuẩn bị ý kiến cho kỳ họp thứ nhất của HĐND tỉnh, tập trung vào việc hỗ trợ học sinh dân tộc thiểu số theo Nghị định số 66/2025/NĐ-CP của Chính phủ và thực hiện Quyết định 1719/QĐ-TTg ở các ấp đặc biệt khó khăn.
Bài, ảnh: Huỳnh Như
Lượt xem: 4.118
Tin khác
- Cà Mau công bố 64 người trúng cử đại biểu HĐND tỉnh (25/03/2026)
- Hơn 1,5 triệu cử tri Cà Mau đi bầu (16/03/2026)
- Người Khmer Cà Mau vui đón Tết Chôl Chnăm Thmây (10/04/2026)
- Nữ Bí thư Chi bộ ấp người Khmer và con đường đal mơ ước (28/02/2026)
- Gương người có uy tín giữ bình yên phum sóc (14/01/2026)
""", "2026-04-07", "Cô gái Khmer được cử tri tin tưởng gửi gắm",
E("khac", None, None),
[P("Lâm Thị Sà Phol", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Hưng Hội", "đại biểu HĐND tỉnh Cà Mau",
   "Bí thư Đoàn xã", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã kiêm Bí thư Đoàn xã"),
 P("Danh Sóc", "người có uy tín ấp Tà Ben"),
 P("Thạch Chanh Đa", "Đại đức", "trụ trì chùa Hưng Thới"),
 P("Trần Thị Mến", "Chủ tịch Ủy ban MTTQ Việt Nam xã Hưng Hội")],
[Q("91,6%", 91.6, "%"), Q("100% cử tri", 100, "%"), Q("9 người dân tộc Khmer", 9, "người dân tộc Khmer"), Q("2 tỉnh", 2, "tỉnh"), Q("14 km", 14, "km"),
 Q("37 căn nhà", 37, "căn nhà"), Q("312 hộ", 312, "hộ"), Q("6 hội nghị tiếp xúc cử tri", 6, "hội nghị tiếp xúc cử tri"),
 Q("hơn 120 em", 120, "em", "over"), Q("5 tổ hợp tác nuôi tôm - lúa", 5, "tổ hợp tác nuôi tôm - lúa"), Q("86 thành viên", 86, "thành viên"),
 Q("khoảng 25 triệu đồng", 25000000, "đồng", "approx")],
[D("Nghị định", "66", "2025/NĐ-CP", None, "Chính phủ", "Nghị định số 66/2025/NĐ-CP của Chính phủ"),
 D("Quyết định", "1719", "QĐ-TTg", None, None, "Quyết định 1719/QĐ-TTg")],
[prov("Cà Mau"), prov("Bạc Liêu"), com("Hưng Hội")],
["BÁO CÀ MAU ĐIỆN TỬ", "Xã hội | Dân tộc - Tôn giáo | Gương sáng", "Chị Lâm Thị Sà Phol trò chuyện với bà con ấp Tà Ben.",
 "sống giản dị, nói được làm được", "Lượt xem: 4.118"],
["Chủ Nhật, 12/04/2026", "Thứ Ba, 07/04/2026 - 06:00", "tuổi 29", "2026-2031", "đơn vị bầu cử số 12", "1 trong 9",
 "Năm 2021", "tháng 7/2025", "2 tháng", "Ngày bầu cử 15/3", "10 giờ sáng", "kỳ họp thứ nhất", "Lượt xem: 4.118"]))

PAGES.append(page("b2356-hatinh-tongket-baucu-2026", """
BÁO HÀ TĨNH
Hôm nay: Thứ Hai, 25/05/2026
You are here: Trang chủ » Chính trị » Bầu cử 2026
Cập nhật: 09:42, 22/05/2026 (GMT+7)
Hà Tĩnh: 99,87% cử tri đi bầu, bầu đủ 7 đại biểu Quốc hội
Chiều 21/5, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh tổ chức hội nghị tổng kết công tác Mặt trận tham gia cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026-2031. Đồng chí Trần Thị Hương Giang, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì; dự có đồng chí Hồ Văn Thanh, Phó Chủ tịch UBND tỉnh, Phó Chủ tịch Ủy ban bầu cử tỉnh.
Ảnh: Quang cảnh hội nghị tổng kết.
Theo báo cáo, cuộc bầu cử ngày 15/3/2026 ở Hà Tĩnh có 99,87% cử tri đi bầu, cao hơn năm 2021. Tỉnh bầu đủ 7 đại biểu Quốc hội, 60 đại biểu HĐND tỉnh và 1.942 đại biểu HĐND 69 xã, phường. Đây là lần đầu tiên tỉnh tổ chức bầu cử theo mô hình chính quyền địa phương 2 cấp, không còn bầu HĐND cấp huyện.
Mặt trận các cấp đã tổ chức 3 lần hiệp thương, 1.046 hội nghị cử tri nơi cư trú và 212 hội nghị tiếp xúc cử tri để người ứng cử vận động bầu cử. Ban Thường trực Ủy ban MTTQ tỉnh thành lập 6 đoàn giám sát, Mặt trận cấp xã thành lập 138 đoàn giám sát tại 1.102 khu vực bỏ phiếu. Các cấp tiếp nhận 11 đơn thư, kiến nghị liên quan đến người ứng cử; đã giải quyết 11 đơn đúng thời hạn.
Trong số 60 đại biểu HĐND tỉnh trúng cử có 22 đại biểu nữ, 5 đại biểu trẻ dưới 40 tuổi, 4 đại biểu ngoài Đảng; có 1 đại biểu là người dân tộc Chứt - ông Hồ Văn Pải, Trưởng bản Rào Tre, xã Hương Liên.
Tại hội nghị, ông Nguyễn Đình Quế, Chủ tịch Ủy ban MTTQ Việt Nam xã Sơn Kim 1, chia sẻ việc bố trí hòm phiếu phụ cho 23 cử tri già yếu; bà Phan Thị Thu Hà, Phó Chủ tịch Ủy ban MTTQ Việt Nam phường Thành Sen, nói về cách tuyên truyền qua 48 nhóm Zalo khu dân cư. Linh mục Giuse Đậu Văn Hòa, Chánh xứ giáo xứ Phú Linh, cho biết 100% giáo dân trong giáo xứ đã đi bầu trước 11 giờ.
Phát biểu kết luận, đồng chí Trần Thị Hương Giang đề nghị Mặt trận các cấp giám sát việc thực hiện chương trình hành động của người trúng cử theo Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN, tổ chức tiếp xúc cử tri sau kỳ họp thứ nhất theo Kế hoạch số 25/KH-MTTQ-BTT ngày 12/5/2026.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen cho 26 tập thể, 44 cá nhân có thành tích xuất sắc.
Thu Hằng
Tin liên quan
- Hà Tĩnh công bố kết quả bầu cử đại biểu HĐND tỉnh (22/03/2026)
- Cử tri vùng biên giới Hương Sơn nô nức đi bầu (15/03/2026)
- Mặt trận tỉnh giám sát công tác chuẩn bị bầu cử (05/03/2026)
- Hiệp thương lần thứ ba: 13 người ứng cử đại biểu Quốc hội (11/02/2026)
""", "2026-05-22", "Hà Tĩnh: 99,87% cử tri đi bầu, bầu đủ 7 đại biểu Quốc hội",
E("tong_ket", "2026", "2026-05-21"),
[P("Trần Thị Hương Giang", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hồ Văn Thanh", "Phó Chủ tịch UBND tỉnh", "Phó Chủ tịch Ủy ban bầu cử tỉnh"),
 P("Hồ Văn Pải", "Trưởng bản Rào Tre"),
 P("Nguyễn Đình Quế", "Chủ tịch Ủy ban MTTQ Việt Nam xã Sơn Kim 1"),
 P("Phan Thị Thu Hà", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường Thành Sen"),
 P("Giuse Đậu Văn Hòa", "Linh mục", "Chánh xứ giáo xứ Phú Linh")],
[Q("99,87%", 99.87, "%"), Q("7 đại biểu Quốc hội", 7, "đại biểu Quốc hội"), Q("60 đại biểu HĐND tỉnh", 60, "đại biểu HĐND tỉnh"),
 Q("1.942 đại biểu HĐND", 1942, "đại biểu HĐND"), Q("69 xã, phường", 69, "xã, phường"), Q("3 lần hiệp thương", 3, "lần hiệp thương"),
 Q("1.046 hội nghị cử tri", 1046, "hội nghị cử tri"), Q("212 hội nghị tiếp xúc cử tri", 212, "hội nghị tiếp xúc cử tri"),
 Q("6 đoàn giám sát", 6, "đoàn giám sát"), Q("138 đoàn giám sát", 138, "đoàn giám sát"), Q("1.102 khu vực bỏ phiếu", 1102, "khu vực bỏ phiếu"),
 Q("11 đơn thư, kiến nghị", 11, "đơn thư, kiến nghị"), Q("11 đơn", 11, "đơn"), Q("22 đại biểu nữ", 22, "đại biểu nữ"),
 Q("5 đại biểu trẻ", 5, "đại biểu trẻ"), Q("4 đại biểu ngoài Đảng", 4, "đại biểu ngoài Đảng"), Q("1 đại biểu", 1, "đại biểu"),
 Q("23 cử tri già yếu", 23, "cử tri già yếu"), Q("48 nhóm Zalo khu dân cư", 48, "nhóm Zalo khu dân cư"), Q("100% giáo dân", 100, "%"),
 Q("26 tập thể", 26, "tập thể"), Q("44 cá nhân", 44, "cá nhân")],
[D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", None, None, "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN"),
 D("Kế hoạch", "25", "KH-MTTQ-BTT", "2026-05-12", None, "Kế hoạch số 25/KH-MTTQ-BTT ngày 12/5/2026")],
[prov("Hà Tĩnh"), com("Hương Liên"), com("Sơn Kim 1"), com("Thành Sen")],
["BÁO HÀ TĨNH", "Hôm nay: Thứ Hai, 25/05/2026", "You are here: Trang chủ » Chính trị » Bầu cử 2026", "Ảnh: Quang cảnh hội nghị tổng kết.",
 "Zalo"],
["Hôm nay: Thứ Hai, 25/05/2026", "Cập nhật: 09:42, 22/05/2026 (GMT+7)", "khóa XVI", "2026-2031", "năm 2021", "lần đầu tiên", "2 cấp",
 "40 tuổi", "11 giờ", "kỳ họp thứ nhất"]))
