from lib import *
PAGES = []

PAGES.append(page("b4055-vinhlong-xkld-hoinghi-2026", """
Báo Vĩnh Long điện tử
Trang chủ » Xã hội » Lao động - Việc làm
Thứ Hai, 12/01/2026 - 15:30
Năm 2026, Vĩnh Long phấn đấu đưa 2.500 lao động đi làm việc ở nước ngoài
Toàn cảnh hội nghị. Ảnh: Minh Thư
Ngày 9/1, Sở Nội vụ phối hợp với Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị triển khai công tác đưa người lao động đi làm việc ở nước ngoài theo hợp đồng năm 2026. Đây là hội nghị đầu tiên về lĩnh vực này kể từ khi tỉnh Vĩnh Long hợp nhất với tỉnh Bến Tre và tỉnh Trà Vinh.
Dự và chỉ đạo hội nghị có đồng chí Kim Ngọc Thái, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh; đồng chí Sơn Thị Chanh Đa, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội LHPN tỉnh; đồng chí Võ Hoàng Nam, Phó Giám đốc Sở Nội vụ; đại diện 124 xã, phường và 18 doanh nghiệp dịch vụ.
Theo báo cáo, năm 2025 ba địa phương (trước và sau hợp nhất) đã đưa 1.946 lao động đi làm việc ở nước ngoài, đạt 108% kế hoạch, chủ yếu sang Nhật Bản (1.212 người), Hàn Quốc và Đài Loan (Trung Quốc). Lượng kiều hối do người lao động gửi về ước hơn 1.100 tỷ đồng. Ngân hàng Chính sách xã hội cho 635 lao động vay với tổng số tiền 58,7 tỷ đồng; mức vay tối đa 100% chi phí theo hợp đồng.
Thực hiện Nghị định số 338/2025/NĐ-CP của Chính phủ và Kế hoạch số 12/KH-UBND ngày 5/1/2026 của UBND tỉnh, năm 2026 tỉnh phấn đấu đưa 2.500 lao động đi làm việc ở nước ngoài, trong đó ít nhất 400 lao động là người dân tộc Khmer; giải quyết việc làm cho 32.000 người; tỷ lệ lao động qua đào tạo đạt 72%.
Tại hội nghị, bà Thạch Thị Sa Rết, Chủ tịch Ủy ban MTTQ Việt Nam xã Tập Ngãi, cho biết xã có 67 lao động đang làm việc tại Nhật Bản, Hàn Quốc; các chi hội phụ nữ ấp vận động được 23 thanh niên Khmer đăng ký học tiếng Nhật. Ông Nguyễn Văn Út, Bí thư Đảng ủy, Chủ tịch HĐND xã Hòa Minh, kiến nghị doanh nghiệp tổ chức học ngoại ngữ tại xã để giảm chi phí ăn ở cho người lao động.
Ông Lê Văn Chiến, lao động vừa trở về sau 3 năm làm việc tại Nhật Bản, ngụ phường Long Đức, chia sẻ anh đã dùng số tiền tích lũy khoảng 600 triệu đồng mở xưởng cơ khí, tạo việc làm cho 6 lao động địa phương.
Phát biểu chỉ đạo, đồng chí Kim Ngọc Thái yêu cầu Mặt trận và các tổ chức chính trị - xã hội tăng cường tuyên truyền, cảnh báo các hình thức lừa đảo tuyển lao động qua mạng xã hội; Sở Nội vụ rà soát 43 doanh nghiệp dịch vụ đang hoạt động trên địa bàn, công khai danh sách để người dân lựa chọn. Đồng chí Sơn Thị Chanh Đa đề nghị các cấp hội phụ nữ gắn tuyên truyền với cuộc vận động "Phụ nữ Khmer nói không với lừa đảo việc làm".
Minh Thư
Lượt xem: 1.529
Tin liên quan
- Phường Trà Vinh trao 200 suất quà cho lao động nghèo (05/01/2026)
- Năm 2025, hơn 30.000 lao động có việc làm mới (30/12/2025)
- Xã Ba Tri tổ chức phiên giao dịch việc làm (18/12/2025)
""", "2026-01-12", "Năm 2026, Vĩnh Long phấn đấu đưa 2.500 lao động đi làm việc ở nước ngoài",
E("hoi_nghi", "2026", "2026-01-09"),
[P("Kim Ngọc Thái", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch UBND tỉnh"),
 P("Sơn Thị Chanh Đa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội LHPN tỉnh"),
 P("Võ Hoàng Nam", "Phó Giám đốc Sở Nội vụ"),
 P("Thạch Thị Sa Rết", "Chủ tịch Ủy ban MTTQ Việt Nam xã Tập Ngãi"),
 P("Nguyễn Văn Út", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Hòa Minh"),
 P("Lê Văn Chiến")],
[Q("2.500 lao động", 2500, "lao động"), Q("124 xã, phường", 124, "xã, phường"), Q("18 doanh nghiệp dịch vụ", 18, "doanh nghiệp dịch vụ"),
 Q("1.946 lao động", 1946, "lao động"), Q("108%", 108, "%"), Q("1.212 người", 1212, "người"),
 Q("hơn 1.100 tỷ đồng", 1100000000000, "đồng", "over"), Q("635 lao động", 635, "lao động"), Q("58,7 tỷ đồng", 58700000000, "đồng"),
 Q("tối đa 100%", 100, "%"), Q("ít nhất 400 lao động", 400, "lao động", "over"), Q("32.000 người", 32000, "người"), Q("72%", 72, "%"),
 Q("67 lao động", 67, "lao động"), Q("23 thanh niên Khmer", 23, "thanh niên Khmer"), Q("khoảng 600 triệu đồng", 600000000, "đồng", "approx"),
 Q("6 lao động", 6, "lao động"), Q("43 doanh nghiệp dịch vụ", 43, "doanh nghiệp dịch vụ")],
[D("Nghị định", "338", "2025/NĐ-CP", None, "Chính phủ", "Nghị định số 338/2025/NĐ-CP"),
 D("Kế hoạch", "12", "KH-UBND", "2026-01-05", "UBND tỉnh", "Kế hoạch số 12/KH-UBND ngày 5/1/2026")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Tập Ngãi"), com("Hòa Minh"), com("Long Đức")],
["Báo Vĩnh Long điện tử", "Trang chủ » Xã hội » Lao động - Việc làm", "Toàn cảnh hội nghị. Ảnh: Minh Thư",
 "Phụ nữ Khmer nói không với lừa đảo việc làm", "Ngân hàng Chính sách xã hội", "Lượt xem: 1.529"],
["Thứ Hai, 12/01/2026 - 15:30", "năm 2026", "năm 2025", "3 năm", "Lượt xem: 1.529"]))

PAGES.append(page("b4056-lamdong-mttq-phanbien-2026", """
ỦY BAN MTTQ VIỆT NAM TỈNH LÂM ĐỒNG
Trang chủ / Tin tức - Sự kiện / Giám sát, phản biện xã hội
12/03/2026 - 17:10
Phản biện chính sách hỗ trợ học nghề, việc làm cho lao động dân tộc thiểu số
Ngày 11/3, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng tổ chức hội nghị phản biện xã hội đối với dự thảo Nghị quyết của HĐND tỉnh quy định chính sách hỗ trợ đào tạo nghề, giải quyết việc làm cho lao động là người dân tộc thiểu số giai đoạn 2026 - 2030.
Các đại biểu góp ý tại hội nghị phản biện.
Chủ trì hội nghị có các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Điểu K'Rứt, Đàng Thị Mỹ Hương, Trần Văn Lợi. Dự có đại diện Sở Nội vụ (cơ quan soạn thảo), Sở Dân tộc và Tôn giáo, Hội Nông dân, Tỉnh đoàn, Liên đoàn Lao động tỉnh và 26 chuyên gia, người có uy tín.
Theo tờ trình, sau khi hợp nhất ba tỉnh Lâm Đồng, Đắk Nông và Bình Thuận, toàn tỉnh có hơn 580.000 người dân tộc thiểu số thuộc 47 dân tộc; tỷ lệ lao động dân tộc thiểu số qua đào tạo có bằng cấp, chứng chỉ mới khoảng 19%. Dự thảo đề xuất hỗ trợ học phí tối đa 6 triệu đồng/người/khóa đào tạo sơ cấp, hỗ trợ tiền ăn 50.000 đồng/ngày thực học; hỗ trợ 20 triệu đồng cho mỗi lao động đi làm việc ở nước ngoài; tổng kinh phí dự kiến 186 tỷ đồng trong 5 năm, phấn đấu đào tạo nghề cho 25.000 lao động, đưa 3.000 lao động đi làm việc ở nước ngoài.
Các ý kiến phản biện cơ bản thống nhất với sự cần thiết ban hành nghị quyết, đồng thời đề nghị làm rõ đối tượng. Ông Bon Jốc Ha Thuyên, người có uy tín, nguyên Bí thư Đảng ủy xã Lạc Dương, đề nghị bổ sung hỗ trợ cho lao động học nghề du lịch cộng đồng, dệt thổ cẩm. Bà H'Bla K'Nul, Chủ tịch Hội LHPN xã Quảng Trực, cho rằng mức hỗ trợ 20 triệu đồng còn thấp so với chi phí đi Hàn Quốc theo chương trình EPS; cần gắn với vay vốn theo Quyết định số 1719/QĐ-TTg ngày 14/10/2021.
Đại diện Liên đoàn Lao động tỉnh đề nghị bổ sung nội dung hỗ trợ doanh nghiệp tuyển dụng, đào tạo tại chỗ lao động dân tộc thiểu số, vì hiện chỉ khoảng 4.200 người đang làm việc ổn định tại các khu công nghiệp trong tỉnh.
Ông Đàng Văn Sỹ, Phó Chủ tịch UBND xã Phan Hòa, kiến nghị bỏ điều kiện "có hộ khẩu thường trú từ đủ 3 năm trở lên" vì nhiều hộ đồng bào Chăm mới chuyển về; đồng thời đề nghị giao Mặt trận cấp xã giám sát việc chi trả.
Kết luận hội nghị, đồng chí Điểu K'Rứt cho biết Ban Thường trực sẽ tổng hợp 31 ý kiến phản biện, 12 kiến nghị cụ thể gửi cơ quan soạn thảo; đề nghị căn cứ Luật Việc làm năm 2025, Nghị quyết 57-NQ/TW của Bộ Chính trị để thiết kế chính sách gắn với chuyển đổi số.
Phương Thảo
Lượt truy cập: 4.063
Tin khác
- Mặt trận tỉnh gặp mặt 200 người có uy tín đầu xuân (02/03/2026)
- Giám sát chính sách hỗ trợ nhà ở cho hộ nghèo (20/02/2026)
- Xã Quảng Trực trao 80 suất quà Tết (10/02/2026)
""", "2026-03-12", "Phản biện chính sách hỗ trợ học nghề, việc làm cho lao động dân tộc thiểu số",
E("hoi_nghi", None, "2026-03-11"),
[P("Điểu K'Rứt", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đàng Thị Mỹ Hương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Văn Lợi", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Bon Jốc Ha Thuyên", "người có uy tín", "nguyên Bí thư Đảng ủy xã Lạc Dương"),
 P("H'Bla K'Nul", "Chủ tịch Hội LHPN xã Quảng Trực"),
 P("Đàng Văn Sỹ", "Phó Chủ tịch UBND xã Phan Hòa")],
[Q("26 chuyên gia, người có uy tín", 26, "chuyên gia, người có uy tín"), Q("hơn 580.000 người dân tộc thiểu số", 580000, "người dân tộc thiểu số", "over"),
 Q("47 dân tộc", 47, "dân tộc"), Q("khoảng 19%", 19, "%", "approx"), Q("tối đa 6 triệu đồng", 6000000, "đồng"),
 Q("50.000 đồng/ngày", 50000, "đồng"), Q("20 triệu đồng", 20000000, "đồng"), Q("186 tỷ đồng", 186000000000, "đồng"), Q("khoảng 4.200 người", 4200, "người", "approx"),
 Q("25.000 lao động", 25000, "lao động"), Q("3.000 lao động", 3000, "lao động"), Q("31 ý kiến phản biện", 31, "ý kiến phản biện"),
 Q("12 kiến nghị", 12, "kiến nghị")],
[D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", None, "Quyết định số 1719/QĐ-TTg ngày 14/10/2021"),
 D("Nghị quyết", "57", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết 57-NQ/TW")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Lạc Dương"), com("Quảng Trực"), com("Phan Hòa")],
["ỦY BAN MTTQ VIỆT NAM TỈNH LÂM ĐỒNG", "Trang chủ / Tin tức - Sự kiện / Giám sát, phản biện xã hội",
 "Các đại biểu góp ý tại hội nghị phản biện.", "Luật Việc làm năm 2025", "có hộ khẩu thường trú từ đủ 3 năm trở lên", "Lượt truy cập: 4.063"],
["12/03/2026 - 17:10", "giai đoạn 2026 - 2030", "5 năm", "3 năm", "Lượt truy cập: 4.063"]))

PAGES.append(page("b4057-daklak-eakar-giaoban-2026", """
ĐẢNG BỘ XÃ EA KAR - TỈNH ĐẮK LẮK
Trang chủ > Hoạt động của Đảng ủy > Khối dân vận
Thứ Hai, 06/04/2026
Khối dân vận xã giao ban quý I: 146 lao động có việc làm mới
Ngày 3/4, Ban Thường vụ Đảng ủy xã Ea Kar (tỉnh Đắk Lắk) tổ chức giao ban khối dân vận quý I/2026. Đồng chí Y Thăm Byă, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã chủ trì; dự có các đồng chí trong Ban Thường vụ Đảng ủy, lãnh đạo Ủy ban MTTQ Việt Nam xã, các tổ chức chính trị - xã hội và 19 trưởng thôn, buôn.
Quang cảnh giao ban khối dân vận quý I/2026.
Báo cáo của khối cho biết, quý I khối dân vận phối hợp với UBND xã và Trung tâm Dịch vụ việc làm tỉnh tổ chức 2 phiên tư vấn việc làm lưu động tại buôn Ea Kar và thôn 9, giới thiệu việc làm mới cho 146 lao động, trong đó 58 người vào làm việc tại các doanh nghiệp ở TP Hồ Chí Minh, Đồng Nai; 11 lao động đi làm việc tại Nhật Bản. Hội Nông dân, Hội LHPN phối hợp mở 3 lớp đào tạo nghề trồng, chăm sóc sầu riêng, cà phê cho 105 học viên, trong đó có 64 người Êđê.
Ngân hàng Chính sách xã hội qua 14 tổ tiết kiệm và vay vốn giải ngân 4,85 tỷ đồng cho 97 hộ vay giải quyết việc làm. Đoàn Thanh niên duy trì "Tổ tư vấn nghề nghiệp cho thanh niên" hoạt động ở 6 buôn, giúp 22 đoàn viên hoàn thiện hồ sơ xin việc.
Thực hiện Kế hoạch số 05-KH/ĐU ngày 15/1/2026 của Ban Thường vụ Đảng ủy xã và Quy chế phối hợp số 02-QC/ĐU giữa Đảng ủy với Ủy ban MTTQ xã, khối dân vận đã nắm tình hình ở 2 buôn có đông lao động đi làm ăn xa, kịp thời hòa giải 3 vụ việc tranh chấp tiền công giữa người lao động với chủ vườn.
Tại giao ban, bà H'Nhi Niê, Chủ tịch Hội LHPN xã, đề nghị có chính sách hỗ trợ gửi trẻ cho các gia đình có bố mẹ đi làm việc xa. Ông Y Kô Ênuôl, người có uy tín buôn Ea Kar, phản ánh một số thanh niên bị lôi kéo đi làm việc "lương cao" ở nước ngoài qua mạng xã hội. Các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam xã: Nguyễn Thị Thu Trang, Y Sim Mlô thông tin kết quả giám sát việc chi trả hỗ trợ học nghề.
Kết luận giao ban, đồng chí Y Thăm Byă đề nghị quý II khối dân vận tiếp tục thực hiện Nghị quyết số 02-NQ/ĐU của Đảng ủy xã về giải quyết việc làm giai đoạn 2025 - 2030, phấn đấu 6 tháng đầu năm giải quyết việc làm cho ít nhất 300 lao động; phối hợp với Công an xã tuyên truyền cảnh giác với việc tuyển lao động trái phép.
Ban Tuyên giáo và Dân vận Đảng ủy xã
Lượt xem: 318
Tin liên quan
- Xã Ea Kar ra mắt mô hình "Dân vận khéo" trong vận động lao động học nghề (25/03/2026)
- Đại hội Hội LHPN xã nhiệm kỳ 2026 - 2031 (12/03/2026)
- Trao 50 suất quà cho hộ nghèo nhân dịp Tết (10/02/2026)
""", "2026-04-06", "Khối dân vận xã giao ban quý I: 146 lao động có việc làm mới",
E("giao_ban", "2026-Q1", "2026-04-03"),
[P("Y Thăm Byă", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã"),
 P("H'Nhi Niê", "Chủ tịch Hội LHPN xã"),
 P("Y Kô Ênuôl", "người có uy tín buôn Ea Kar"),
 P("Nguyễn Thị Thu Trang", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Y Sim Mlô", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã")],
[Q("19 trưởng thôn, buôn", 19, "trưởng thôn, buôn"), Q("2 phiên tư vấn việc làm lưu động", 2, "phiên tư vấn việc làm lưu động"),
 Q("146 lao động", 146, "lao động"), Q("58 người", 58, "người"), Q("11 lao động", 11, "lao động"),
 Q("3 lớp đào tạo nghề", 3, "lớp đào tạo nghề"), Q("105 học viên", 105, "học viên"), Q("64 người Êđê", 64, "người Êđê"),
 Q("14 tổ tiết kiệm và vay vốn", 14, "tổ tiết kiệm và vay vốn"), Q("4,85 tỷ đồng", 4850000000, "đồng"), Q("97 hộ", 97, "hộ"),
 Q("6 buôn", 6, "buôn"), Q("22 đoàn viên", 22, "đoàn viên"), Q("2 buôn", 2, "buôn"),
 Q("3 vụ việc tranh chấp tiền công", 3, "vụ việc tranh chấp tiền công"), Q("ít nhất 300 lao động", 300, "lao động", "over")],
[D("Kế hoạch", "05", "KH/ĐU", "2026-01-15", "Ban Thường vụ Đảng ủy xã", "Kế hoạch số 05-KH/ĐU ngày 15/1/2026"),
 D("Quy chế phối hợp", "02", "QC/ĐU", None, None, "Quy chế phối hợp số 02-QC/ĐU"),
 D("Nghị quyết", "02", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết số 02-NQ/ĐU")],
[prov("Đắk Lắk"), com("Ea Kar")],
["ĐẢNG BỘ XÃ EA KAR - TỈNH ĐẮK LẮK", "Trang chủ > Hoạt động của Đảng ủy > Khối dân vận", "Quang cảnh giao ban khối dân vận quý I/2026.",
 "Tổ tư vấn nghề nghiệp cho thanh niên", "Ban Tuyên giáo và Dân vận Đảng ủy xã", "Lượt xem: 318"],
["Thứ Hai, 06/04/2026", "quý I/2026", "quý II", "6 tháng đầu năm", "giai đoạn 2025 - 2030", "Lượt xem: 318"]))

PAGES.append(page("b4058-laichau-tinhdoan-traoqua-2013", """
Báo Lai Châu điện tử
Xã hội › Thanh niên
Thứ Hai, 09/09/2013 - 16:45
Ảnh: Trao bộ dụng cụ nghề cho thanh niên.
Tỉnh đoàn trao 50 bộ dụng cụ nghề cho thanh niên dân tộc thiểu số sau học nghề
Sáng 7/9, tại xã Bình Lư, Tỉnh đoàn Lai Châu phối hợp với Trung tâm Dạy nghề tỉnh tổ chức bế giảng 2 lớp dạy nghề sửa chữa xe máy, điện dân dụng và trao tặng 50 bộ dụng cụ nghề cho 50 học viên là đoàn viên, thanh niên người Mông, Dao, Hà Nhì, Lự. Mỗi bộ dụng cụ trị giá 2,5 triệu đồng, do Quỹ Hỗ trợ thanh niên lập nghiệp và các nhà tài trợ trao tặng.
Dự buổi lễ có đồng chí Lò Văn Pằn, Phó Trưởng Ban Dân vận Tỉnh ủy; đồng chí Giàng A Dơ, Bí thư Tỉnh đoàn; đồng chí Tao Văn Lả, HUV, Phó Chủ tịch UBND huyện Tam Đường.
Theo đồng chí Giàng A Dơ, thực hiện Chương trình hành động số 21-CTr/TĐTN của Ban Thường vụ Tỉnh đoàn và Quyết định số 103/2008/QĐ-TTg của Thủ tướng Chính phủ về hỗ trợ thanh niên học nghề và tạo việc làm, 8 tháng năm 2013, các cấp bộ đoàn đã phối hợp mở 16 lớp dạy nghề cho 472 đoàn viên, thanh niên; tư vấn, giới thiệu việc làm cho hơn 900 lượt thanh niên; 34 thanh niên đi làm việc ở Malaysia và Ả Rập Xê Út. Thông qua Hội Liên hiệp Thanh niên, Ngân hàng Chính sách xã hội đã giải ngân 5,6 tỷ đồng cho 148 thanh niên vay vốn phát triển kinh tế.
Anh Chu Lỳ Lé, người Hà Nhì ở xã Dào San, vừa hoàn thành khóa học, xúc động: "Trước đây xe hỏng phải chở ra thị trấn mất cả ngày, nay có bộ dụng cụ, em sẽ mở tiệm sửa xe ngay ở bản". Anh Tẩn Láo San, Phó Bí thư Đoàn xã Bình Lư, cho biết trong 50 học viên có 12 người đã được các gara ở thành phố Lai Châu nhận vào làm, thu nhập khoảng 3 triệu đồng/tháng.
Phát biểu tại buổi lễ, đồng chí Lò Văn Pằn đánh giá cao cách làm của Tỉnh đoàn khi gắn dạy nghề với hỗ trợ phương tiện lập nghiệp; đề nghị các cấp bộ đoàn tiếp tục vận động thanh niên tham gia học nghề theo Đề án 1956, đồng thời tuyên truyền để thanh niên không vượt biên trái phép sang Trung Quốc làm thuê.
Theo Trung tâm Dạy nghề tỉnh, năm 2013 Lai Châu được giao chỉ tiêu dạy nghề cho 6.500 lao động nông thôn, đến nay đã mở 118 lớp với 3.420 học viên; tỷ lệ có việc làm sau học nghề đạt khoảng 65%. Đồng chí Tao Văn Lả cho biết huyện Tam Đường sẽ dành 300 triệu đồng hỗ trợ thanh niên mở cơ sở sửa chữa tại các xã vùng cao.
Dịp này, Tỉnh đoàn cũng trao 20 suất học bổng, mỗi suất 1 triệu đồng cho học viên có hoàn cảnh đặc biệt khó khăn.
Quang Huy
Lượt xem: 455
Tin liên quan
- Sìn Hồ: khai giảng lớp dạy nghề dệt thổ cẩm (30/08/2013)
- Ra mắt câu lạc bộ thanh niên làm kinh tế giỏi (16/08/2013)
- Tổng kết Chiến dịch Thanh niên tình nguyện hè 2013 (10/08/2013)
""", "2013-09-09", "Tỉnh đoàn trao 50 bộ dụng cụ nghề cho thanh niên dân tộc thiểu số sau học nghề",
E("trao_qua", None, "2013-09-07"),
[P("Lò Văn Pằn", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Giàng A Dơ", "Bí thư Tỉnh đoàn"),
 P("Tao Văn Lả", "HUV", "Phó Chủ tịch UBND huyện Tam Đường"),
 P("Chu Lỳ Lé"),
 P("Tẩn Láo San", "Phó Bí thư Đoàn xã Bình Lư")],
[Q("2 lớp dạy nghề", 2, "lớp dạy nghề"), Q("50 bộ dụng cụ nghề", 50, "bộ dụng cụ nghề"), Q("50 học viên", 50, "học viên"),
 Q("2,5 triệu đồng", 2500000, "đồng"), Q("16 lớp dạy nghề", 16, "lớp dạy nghề"), Q("472 đoàn viên, thanh niên", 472, "đoàn viên, thanh niên"),
 Q("hơn 900 lượt thanh niên", 900, "lượt thanh niên", "over"), Q("34 thanh niên", 34, "thanh niên"), Q("5,6 tỷ đồng", 5600000000, "đồng"),
 Q("148 thanh niên", 148, "thanh niên"), Q("12 người", 12, "người"), Q("khoảng 3 triệu đồng/tháng", 3000000, "đồng", "approx"),
 Q("6.500 lao động nông thôn", 6500, "lao động nông thôn"), Q("118 lớp", 118, "lớp"), Q("3.420 học viên", 3420, "học viên"), Q("khoảng 65%", 65, "%", "approx"), Q("300 triệu đồng", 300000000, "đồng"), Q("20 suất học bổng", 20, "suất học bổng"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Chương trình hành động", "21", "CTr/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "Chương trình hành động số 21-CTr/TĐTN"),
 D("Quyết định", "103", "2008/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 103/2008/QĐ-TTg")],
[prov("Lai Châu"), com("Bình Lư"), com("Dào San")],
["Báo Lai Châu điện tử", "Xã hội › Thanh niên", "Ảnh: Trao bộ dụng cụ nghề cho thanh niên.", "Quỹ Hỗ trợ thanh niên lập nghiệp",
 "Đề án 1956", "Trung tâm Dạy nghề tỉnh", "Lượt xem: 455"],
["Thứ Hai, 09/09/2013 - 16:45", "8 tháng năm 2013", "năm 2013", "Đề án 1956", "Lượt xem: 455"]))

PAGES.append(page("b4059-kiengiang-hnd-giaoban-2019", """
HỘI NÔNG DÂN TỈNH KIÊN GIANG
Tin tức › Hoạt động Hội
10/5/2019 - 08:00
Giao ban tháng 4: nông dân vay vốn, học nghề, đi làm ăn xa
Chiều 8/5, Thường trực Hội Nông dân tỉnh Kiên Giang tổ chức giao ban công tác Hội tháng 4/2019 với Chủ tịch Hội Nông dân 15 huyện, thành phố. Ông Danh Út, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh chủ trì.
Ông Danh Út phát biểu tại cuộc giao ban.
Trong tháng, các cấp Hội phối hợp mở 12 lớp dạy nghề nông nghiệp (trồng nấm rơm, nuôi tôm càng xanh, sửa chữa máy nông nghiệp) cho 356 hội viên; giới thiệu 214 lao động nông thôn vào làm việc tại các khu công nghiệp ở Bình Dương, Long An và TP Hồ Chí Minh; vận động 9 nông dân trẻ đăng ký đi làm việc tại Hàn Quốc theo chương trình EPS. Quỹ Hỗ trợ nông dân giải ngân mới 2,15 tỷ đồng cho 73 hộ; dư nợ ủy thác Ngân hàng Chính sách xã hội đạt 1.024 tỷ đồng với 26.400 hộ vay.
Ông Thạch Ngọc Sang, Chủ tịch Hội Nông dân huyện Gò Quao, cho biết nhiều hộ Khmer ở xã Vĩnh Hòa Hưng Nam có con em đi làm công nhân ở Bình Dương, mỗi tháng gửi về khoảng 3 triệu đồng, nhưng người già và trẻ em ở nhà thiếu người chăm sóc. Bà Danh Thị Sa Ly, Phó Chủ tịch Hội Nông dân xã Thạnh Đông A, đề nghị tỉnh hỗ trợ thêm lớp học nghề ngắn ngày ngay tại ấp để phụ nữ không phải đi xa.
Thực hiện Kết luận 61-KL/TW của Ban Bí thư, Quyết định 673/QĐ-TTg của Thủ tướng Chính phủ và Kế hoạch số 45-KH/HNDT của Ban Thường vụ Hội Nông dân tỉnh, từ đầu năm đến nay Hội đã tham gia đào tạo nghề cho 1.380 nông dân, đạt khoảng 46% kế hoạch năm; 82% học viên sau học nghề có việc làm, trong đó 410 người tự tạo việc làm tại gia đình.
Kết luận giao ban, ông Danh Út yêu cầu tháng 5 các cấp Hội tập trung rà soát nhu cầu học nghề của hội viên, nhất là lao động bị ảnh hưởng do hạn mặn vụ lúa đông xuân; phối hợp với Trung tâm Dịch vụ việc làm tổ chức ít nhất 2 phiên giao dịch việc làm tại các huyện An Biên, U Minh Thượng; đôn đốc thu hồi nợ quá hạn 1,3 tỷ đồng ở 4 huyện. Các Phó Chủ tịch Hội Nông dân tỉnh Nguyễn Văn Tâm, Lê Thị Hồng Nhung được phân công theo dõi địa bàn.
Cũng tại giao ban, Hội Nông dân huyện Hòn Đất báo cáo mô hình tổ hợp tác nuôi ếch của 15 hội viên ở xã Sơn Kiên, mỗi năm cho lợi nhuận khoảng 120 triệu đồng/hộ, tạo việc làm thường xuyên cho 32 lao động. Theo số liệu của Hội, hiện toàn tỉnh có trên 18.000 lao động nông thôn đang làm việc ở các tỉnh, thành phố khác; nhiều chi hội đã lập nhóm Zalo để giữ liên lạc, hỗ trợ hội viên khi gặp khó khăn.
Thu Ngân
Lượt xem: 276
Tin khác
- Hội Nông dân An Minh trao 30 con bò giống (03/05/2019)
- Tập huấn kỹ thuật nuôi tôm – lúa cho 120 nông dân (25/04/2019)
- Giao ban công tác Hội tháng 3/2019 (05/04/2019)
""", "2019-05-10", "Giao ban tháng 4: nông dân vay vốn, học nghề, đi làm ăn xa",
E("giao_ban", "2019-04", "2019-05-08"),
[P("Danh Út", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh"),
 P("Thạch Ngọc Sang", "Chủ tịch Hội Nông dân huyện Gò Quao"),
 P("Danh Thị Sa Ly", "Phó Chủ tịch Hội Nông dân xã Thạnh Đông A"),
 P("Nguyễn Văn Tâm", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Lê Thị Hồng Nhung", "Phó Chủ tịch Hội Nông dân tỉnh")],
[Q("15 huyện, thành phố", 15, "huyện, thành phố"), Q("12 lớp dạy nghề nông nghiệp", 12, "lớp dạy nghề nông nghiệp"),
 Q("356 hội viên", 356, "hội viên"), Q("214 lao động nông thôn", 214, "lao động nông thôn"), Q("9 nông dân trẻ", 9, "nông dân trẻ"),
 Q("2,15 tỷ đồng", 2150000000, "đồng"), Q("73 hộ", 73, "hộ"), Q("1.024 tỷ đồng", 1024000000000, "đồng"), Q("26.400 hộ", 26400, "hộ"),
 Q("khoảng 3 triệu đồng", 3000000, "đồng", "approx"), Q("1.380 nông dân", 1380, "nông dân"), Q("khoảng 46%", 46, "%", "approx"),
 Q("82%", 82, "%"), Q("410 người", 410, "người"), Q("ít nhất 2 phiên giao dịch việc làm", 2, "phiên giao dịch việc làm", "over"),
 Q("1,3 tỷ đồng", 1300000000, "đồng"), Q("4 huyện", 4, "huyện"), Q("15 hội viên", 15, "hội viên"), Q("khoảng 120 triệu đồng/hộ", 120000000, "đồng", "approx"), Q("32 lao động", 32, "lao động"), Q("trên 18.000 lao động nông thôn", 18000, "lao động nông thôn", "over")],
[D("Kết luận", "61", "KL/TW", None, "Ban Bí thư", "Kết luận 61-KL/TW"),
 D("Quyết định", "673", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 673/QĐ-TTg"),
 D("Kế hoạch", "45", "KH/HNDT", None, "Ban Thường vụ Hội Nông dân tỉnh", "Kế hoạch số 45-KH/HNDT")],
[prov("Kiên Giang"), com("Vĩnh Hòa Hưng Nam"), com("Thạnh Đông A"), com("Sơn Kiên")],
["HỘI NÔNG DÂN TỈNH KIÊN GIANG", "Tin tức › Hoạt động Hội", "Ông Danh Út phát biểu tại cuộc giao ban.", "Quỹ Hỗ trợ nông dân",
 "Ngân hàng Chính sách xã hội", "Lượt xem: 276"],
["10/5/2019 - 08:00", "tháng 4/2019", "tháng 5", "Lượt xem: 276"]))

PAGES.append(page("b4060-hue-aluoi-taphuan-2026", """
Cổng thông tin điện tử xã A Lưới 2 - Thành phố Huế
Trang chủ | Tin tức | Mặt trận - Đoàn thể
Ngày 22/05/2026 | 10:40
Tập huấn tư vấn, hỗ trợ người lao động đi làm việc ở nước ngoài cho cán bộ Mặt trận cơ sở
Ngày 21/5, Ủy ban MTTQ Việt Nam xã A Lưới 2 phối hợp với Sở Nội vụ thành phố Huế tổ chức lớp tập huấn kỹ năng tư vấn, hỗ trợ người lao động đi làm việc ở nước ngoài theo hợp đồng năm 2026 cho 85 học viên là cán bộ Mặt trận, đoàn thể xã, Trưởng ban công tác Mặt trận và người có uy tín của 21 thôn.
Quang cảnh lớp tập huấn. Ảnh: Hồ Xuân
Phát biểu khai mạc, bà Hồ Thị Nhanh, Bí thư Đảng ủy, Chủ tịch HĐND xã cho biết, xã có 9.600 nhân khẩu, trong đó 78% là đồng bào Pa Cô, Tà Ôi, Cơ Tu; năm 2025 xã đưa được 37 lao động đi làm việc tại Nhật Bản, Hàn Quốc, thu nhập bình quân khoảng 28 triệu đồng/tháng. Mục tiêu năm 2026 là 50 lao động, ưu tiên thanh niên thuộc hộ nghèo, hộ cận nghèo.
Tại lớp tập huấn, ông Kăn Đàng, Phó Trưởng phòng Việc làm - An toàn lao động Sở Nội vụ và bà Nguyễn Thị Minh Hà, Phó Giám đốc Trung tâm Dịch vụ việc làm thành phố truyền đạt các nội dung của Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng năm 2020; Nghị định số 112/2021/NĐ-CP của Chính phủ; Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ về hỗ trợ lao động dân tộc thiểu số; chính sách cho vay đến 100 triệu đồng/người; cách nhận diện doanh nghiệp không có giấy phép.
Bà Hồ Thị Nhanh nhắc đến bài học từ năm 2024, khi 6 thanh niên trong xã bị môi giới lừa đảo mất gần 500 triệu đồng. Qua đó, Ủy ban MTTQ xã đã thành lập tổ tư vấn gồm 7 thành viên, phối hợp với Công an xã nắm tình hình, kịp thời cảnh báo bà con.
Ông Hồ Văn Thuận, Trưởng ban công tác Mặt trận thôn A Đớt, chia sẻ: "Thôn có 14 lao động đi Nhật về, có người mở xưởng mộc, có người làm du lịch cộng đồng; mình lấy chính các em làm gương để vận động". Chị Lê Thị Hiên, Bí thư Đoàn xã A Lưới 2, đề nghị tổ chức thêm lớp tiếng Nhật ngay tại xã.
Học viên cũng được hướng dẫn quy trình hỗ trợ người lao động về nước tái hòa nhập: đăng ký với UBND xã, được tư vấn việc làm, vay vốn sản xuất kinh doanh. Theo Sở Nội vụ, năm 2025 toàn thành phố Huế đưa được 1.350 lao động đi làm việc ở nước ngoài, trong đó khoảng 210 người là đồng bào dân tộc thiểu số ở vùng A Lưới.
Kết thúc lớp tập huấn, ông Nguyễn Văn Hải, Chủ tịch Ủy ban MTTQ Việt Nam xã đề nghị Ban công tác Mặt trận các thôn lập danh sách thanh niên có nhu cầu trước ngày 30/6, gắn với thực hiện Kế hoạch số 17-KH/ĐU của Đảng ủy xã và Chương trình phối hợp số 04/CTPH-MTTQ-UBND.
Hồ Xuân
Lượt xem: 241
Tin liên quan
- Xã A Lưới 2 tổ chức phiên giao dịch việc làm (08/05/2026)
- Đối thoại với thanh niên về học nghề (24/04/2026)
- Trao 30 suất quà cho lao động nghèo (15/04/2026)
""", "2026-05-22", "Tập huấn tư vấn, hỗ trợ người lao động đi làm việc ở nước ngoài cho cán bộ Mặt trận cơ sở",
E("tap_huan", "2026", "2026-05-21"),
[P("Hồ Thị Nhanh", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Kăn Đàng", "Phó Trưởng phòng Việc làm - An toàn lao động Sở Nội vụ"),
 P("Nguyễn Thị Minh Hà", "Phó Giám đốc Trung tâm Dịch vụ việc làm thành phố"),
 P("Hồ Văn Thuận", "Trưởng ban công tác Mặt trận thôn A Đớt"),
 P("Lê Thị Hiên", "Bí thư Đoàn xã A Lưới 2"),
 P("Nguyễn Văn Hải", "Chủ tịch Ủy ban MTTQ Việt Nam xã")],
[Q("85 học viên", 85, "học viên"), Q("21 thôn", 21, "thôn"), Q("9.600 nhân khẩu", 9600, "nhân khẩu"), Q("78%", 78, "%"),
 Q("37 lao động", 37, "lao động"), Q("khoảng 28 triệu đồng/tháng", 28000000, "đồng", "approx"), Q("50 lao động", 50, "lao động"),
 Q("100 triệu đồng/người", 100000000, "đồng"), Q("6 thanh niên", 6, "thanh niên"), Q("gần 500 triệu đồng", 500000000, "đồng", "approx"),
 Q("7 thành viên", 7, "thành viên"), Q("14 lao động", 14, "lao động"), Q("1.350 lao động", 1350, "lao động"), Q("khoảng 210 người", 210, "người", "approx")],
[D("Nghị định", "112", "2021/NĐ-CP", None, "Chính phủ", "Nghị định số 112/2021/NĐ-CP"),
 D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg"),
 D("Kế hoạch", "17", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch số 17-KH/ĐU"),
 D("Chương trình phối hợp", "04", "CTPH-MTTQ-UBND", None, None, "Chương trình phối hợp số 04/CTPH-MTTQ-UBND")],
[prov("Huế"), com("A Lưới 2")],
["Cổng thông tin điện tử xã A Lưới 2 - Thành phố Huế", "Trang chủ | Tin tức | Mặt trận - Đoàn thể", "Quang cảnh lớp tập huấn. Ảnh: Hồ Xuân",
 "Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng năm 2020", "Lượt xem: 241"],
["Ngày 22/05/2026 | 10:40", "năm 2026", "năm 2025", "năm 2024", "ngày 30/6", "Lượt xem: 241"]))
