from lib import *
PAGES = []

PAGES.append(page("b2591-binhphuoc-mttq-daihoi-xa-2024", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ MINH HƯNG
Trang chủ / Tin tức / Mặt trận - Đoàn thể
Thứ Sáu, 15/11/2024
Đại hội đại biểu MTTQ Việt Nam xã Minh Hưng lần thứ XII
Ngày 13/11, Ủy ban MTTQ Việt Nam xã Minh Hưng, huyện Chơn Thành, tỉnh Bình Phước tổ chức Đại hội đại biểu Mặt trận Tổ quốc Việt Nam xã lần thứ XII, nhiệm kỳ 2024 - 2029. Dự đại hội có 125 đại biểu chính thức đại diện cho hơn 4.300 hộ dân trong xã.
Các đại biểu biểu quyết thông qua nghị quyết đại hội.
Báo cáo tại đại hội nêu rõ, nhiệm kỳ qua, Mặt trận xã đã chủ trì tổ chức 24 cuộc giám sát, trong đó 9 cuộc giám sát việc bồi thường, hỗ trợ tại các dự án Khu công nghiệp Minh Hưng III và đường ĐT.751. Mặt trận và các đoàn thể đã phối hợp vận động 215 hộ bàn giao 164 ha mặt bằng; tham gia hòa giải thành 37 vụ việc tranh chấp đất đai; tiếp nhận 52 đơn thư, kiến nghị và chuyển cơ quan có thẩm quyền giải quyết 48 đơn. Quỹ "Vì người nghèo" xã vận động được 1,26 tỷ đồng, xây mới 18 căn nhà Đại đoàn kết.
Nhiều hộ đồng bào S'tiêng đã nhận tiền bồi thường, chuyển đổi sang làm công nhân, buôn bán. Tham luận tại đại hội, ông Điểu Lanh, người có uy tín ấp Sóc Ruộng, cho biết cả ấp có 46 hộ bị thu hồi đất, nay đã có 61 lao động làm việc trong khu công nghiệp. Bà Thị Hường, Chi hội trưởng Chi hội Phụ nữ ấp Sóc Ruộng, đề nghị tiếp tục dạy nghề may cho phụ nữ mất đất sản xuất.
Đại hội cũng chỉ ra hạn chế: việc giám sát sau bồi thường ở một số dự án chưa thường xuyên; nắm tình hình đời sống các hộ mất đất sản xuất có lúc chưa kịp thời; vai trò Ban Thanh tra nhân dân ở một số ấp còn mờ nhạt.
Phát biểu chỉ đạo, đồng chí Lê Quang Vinh, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã, đề nghị Mặt trận thực hiện tốt Chỉ thị số 18-CT/TW của Ban Bí thư về lãnh đạo đại hội Mặt trận các cấp và Kế hoạch số 45-KH/ĐU của Đảng ủy xã; tăng cường giám sát, phản biện xã hội đối với các dự án thu hồi đất; thực hiện tốt phương châm "Đoàn kết - Dân chủ - Đổi mới - Phát triển".
Đại hội đã hiệp thương cử 35 vị vào Ủy ban MTTQ Việt Nam xã khóa XII. Bà Thị Hường được hiệp thương cử giữ chức Chủ tịch Ủy ban MTTQ Việt Nam xã; ông Điểu Văn Thành, bà Nguyễn Thị Bích Vân giữ chức Phó Chủ tịch Ủy ban MTTQ Việt Nam xã. Đại hội bầu 7 đại biểu đi dự Đại hội đại biểu MTTQ Việt Nam huyện lần thứ XII.
Đại hội thống nhất các chỉ tiêu nhiệm kỳ: hằng năm có trên 95% hộ gia đình đạt danh hiệu "Gia đình văn hóa"; 100% khu dân cư có tổ hòa giải; mỗi năm tổ chức ít nhất 2 cuộc giám sát về bồi thường, hỗ trợ, tái định cư.
Ban Biên tập
Tin khác
- Xã Minh Hưng ra quân đợt cao điểm xóa nhà tạm (06/11/2024)
- Hội Nông dân xã tập huấn kỹ thuật trồng điều (28/10/2024)
- Ngày hội Đại đoàn kết toàn dân tộc ấp 3 (18/10/2024)
""", "2024-11-15", "Đại hội đại biểu MTTQ Việt Nam xã Minh Hưng lần thứ XII",
E("dai_hoi", None, "2024-11-13"),
[P("Điểu Lanh", "người có uy tín ấp Sóc Ruộng"),
 P("Thị Hường", "Chi hội trưởng Chi hội Phụ nữ ấp Sóc Ruộng", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Lê Quang Vinh", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã"),
 P("Điểu Văn Thành", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Nguyễn Thị Bích Vân", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã")],
[Q("125 đại biểu chính thức", 125, "đại biểu chính thức"), Q("hơn 4.300 hộ dân", 4300, "hộ dân", "over"), Q("24 cuộc giám sát", 24, "cuộc giám sát"),
 Q("9 cuộc giám sát", 9, "cuộc giám sát"), Q("215 hộ", 215, "hộ"), Q("164 ha", 164, "ha"), Q("37 vụ việc tranh chấp đất đai", 37, "vụ việc tranh chấp đất đai"),
 Q("52 đơn thư, kiến nghị", 52, "đơn thư, kiến nghị"), Q("48 đơn", 48, "đơn"), Q("1,26 tỷ đồng", 1260000000, "đồng"),
 Q("18 căn nhà Đại đoàn kết", 18, "căn nhà Đại đoàn kết"), Q("46 hộ", 46, "hộ"), Q("61 lao động", 61, "lao động"), Q("35 vị", 35, "vị"),
 Q("7 đại biểu", 7, "đại biểu"), Q("trên 95%", 95, "%", "over"), Q("100%", 100, "%"), Q("2 cuộc giám sát", 2, "cuộc giám sát")],
[D("Chỉ thị", "18", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 18-CT/TW"),
 D("Kế hoạch", "45", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch số 45-KH/ĐU")],
[prov("Bình Phước"), com("Minh Hưng")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ MINH HƯNG", "Trang chủ / Tin tức / Mặt trận - Đoàn thể", "Các đại biểu biểu quyết thông qua nghị quyết đại hội.",
 "Vì người nghèo", "Đoàn kết - Dân chủ - Đổi mới - Phát triển", "Gia đình văn hóa", "Khu công nghiệp Minh Hưng III", "Ban Biên tập"],
["lần thứ XII", "nhiệm kỳ 2024 - 2029", "khóa XII", "ĐT.751"]))

PAGES.append(page("b2592-tuyenquang-mttq-giamsat-caotoc-2025", """
ỦY BAN MTTQ VIỆT NAM TỈNH TUYÊN QUANG
Trang chủ » Hoạt động » Giám sát, phản biện xã hội
Thứ Ba, 14/10/2025 | 15:10
Mặt trận xã giám sát bồi thường dự án cao tốc Tuyên Quang - Hà Giang
Ngày 10/10, Ban Thường trực Ủy ban MTTQ Việt Nam xã Vị Xuyên tổ chức giám sát việc bồi thường, hỗ trợ, tái định cư dự án đường cao tốc Tuyên Quang - Hà Giang đoạn qua xã, theo chương trình giám sát năm 2025. Đây là cuộc giám sát chuyên đề đầu tiên của Mặt trận xã sau khi thực hiện mô hình chính quyền địa phương 2 cấp.
Trưởng đoàn giám sát là bà Ma Thị Duyên, Ủy viên Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Ủy ban MTTQ Việt Nam xã Vị Xuyên. Cùng dự có ông Hoàng Văn Pầu, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Nông dân tỉnh.
Đoàn giám sát làm việc với các hộ dân thôn Nà Lầu.
Theo báo cáo của UBND xã, đoạn tuyến qua xã dài 9,6 km, thu hồi 52,4 ha đất của 437 hộ, trong đó 29 hộ phải di dời nhà ở. Xã đã thực hiện đúng Luật Đất đai số 31/2024/QH15 và Nghị định số 88/2024/NĐ-CP ngày 15/7/2024 của Chính phủ quy định về bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất. Đến nay đã phê duyệt phương án cho 401 hộ với kinh phí 126,8 tỷ đồng, chi trả 118,3 tỷ đồng; bàn giao 47,9 ha, đạt 91,4% diện tích.
Qua giám sát, đoàn nhận được 18 kiến nghị. Bà Bàn Thị Mai, người dân tộc Dao ở thôn Khuổi Luông, đề nghị bồi thường cây quế theo đúng năm tuổi. Ông Sùng Mí Chứ, Trưởng thôn Lũng Pù, cho biết khu tái định cư thôn chưa có nước sinh hoạt. Ông Nông Văn Hạ, Phó Chủ tịch UBND xã Vị Xuyên, giải trình còn 36 hộ chưa nhận tiền do chưa thống nhất diện tích đất lâm nghiệp; xã đã tổ chức 5 buổi đối thoại, đo đạc lại 64 thửa đất.
Kết luận giám sát, bà Ma Thị Duyên đề nghị UBND xã công khai phương án tại nhà văn hóa thôn; phối hợp Ban Quản lý dự án hoàn thiện hạ tầng 2 khu tái định cư trước ngày 31/12/2025; ưu tiên bố trí đất sản xuất cho 29 hộ di dời. Việc giám sát thực hiện theo Quy định số 124-QĐ/TW về giám sát, phản biện xã hội của Mặt trận và Kế hoạch số 12/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam xã.
Tại buổi giám sát, ông Hoàng Văn Pầu đánh giá sau sắp xếp, tỉnh Tuyên Quang có 124 xã, phường; nhiều xã có dự án giao thông trọng điểm, vì vậy Mặt trận cấp xã cần chủ động lựa chọn nội dung giám sát sát với những vấn đề người dân quan tâm, nhất là đất đai, bồi thường, tái định cư.
Đoàn cũng ghi nhận tinh thần của Nhân dân: 12 hộ ở thôn Nà Lầu đã tự nguyện tháo dỡ công trình, bàn giao mặt bằng trước thời hạn để kịp thi công.
Lục Hằng
Tin liên quan
- Xã Bắc Quang: ra mắt Ban Thanh tra nhân dân nhiệm kỳ mới (02/10/2025)
- Hội nghị triển khai nhiệm vụ Mặt trận cấp xã sau sắp xếp (22/09/2025)
- Mặt trận tỉnh tiếp nhận ủng hộ đồng bào vùng lũ (12/09/2025)
""", "2025-10-14", "Mặt trận xã giám sát bồi thường dự án cao tốc Tuyên Quang - Hà Giang",
E("giam_sat", "2025", "2025-10-10"),
[P("Ma Thị Duyên", "Ủy viên Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Ủy ban MTTQ Việt Nam xã Vị Xuyên"),
 P("Hoàng Văn Pầu", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Nông dân tỉnh"),
 P("Bàn Thị Mai"),
 P("Sùng Mí Chứ", "Trưởng thôn Lũng Pù"),
 P("Nông Văn Hạ", "Phó Chủ tịch UBND xã Vị Xuyên")],
[Q("9,6 km", 9.6, "km"), Q("52,4 ha", 52.4, "ha"), Q("437 hộ", 437, "hộ"), Q("29 hộ", 29, "hộ"), Q("401 hộ", 401, "hộ"),
 Q("126,8 tỷ đồng", 126800000000, "đồng"), Q("118,3 tỷ đồng", 118300000000, "đồng"), Q("47,9 ha", 47.9, "ha"), Q("91,4%", 91.4, "%"),
 Q("18 kiến nghị", 18, "kiến nghị"), Q("36 hộ", 36, "hộ"), Q("5 buổi đối thoại", 5, "buổi đối thoại"), Q("64 thửa đất", 64, "thửa đất"),
 Q("2 khu tái định cư", 2, "khu tái định cư"), Q("124 xã, phường", 124, "xã, phường"), Q("12 hộ", 12, "hộ")],
[D("Luật", "31", "2024/QH15", None, None, "Luật Đất đai số 31/2024/QH15"),
 D("Nghị định", "88", "2024/NĐ-CP", "2024-07-15", "Chính phủ", "Nghị định số 88/2024/NĐ-CP ngày 15/7/2024"),
 D("Quy định", "124", "QĐ/TW", None, None, "Quy định số 124-QĐ/TW"),
 D("Kế hoạch", "12", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam xã", "Kế hoạch số 12/KH-MTTQ-BTT")],
[prov("Tuyên Quang"), com("Vị Xuyên")],
["ỦY BAN MTTQ VIỆT NAM TỈNH TUYÊN QUANG", "Trang chủ » Hoạt động » Giám sát, phản biện xã hội",
 "Đoàn giám sát làm việc với các hộ dân thôn Nà Lầu."],
["Thứ Ba, 14/10/2025 | 15:10", "năm 2025", "2 cấp", "31/12/2025"]))

PAGES.append(page("b2593-lamdong-phuong-doithoai-caotoc-2025", """
Cổng thông tin điện tử phường B'Lao - tỉnh Lâm Đồng
Trang chủ | Tin tức - Sự kiện | Chính trị
20/08/2025 - 15:45
Ảnh: Lãnh đạo phường trả lời ý kiến của Nhân dân.
Phường B'Lao đối thoại với người dân về bồi thường dự án cao tốc Tân Phú - Bảo Lộc
Ngày 19/8/2025, Đảng ủy, UBND phường B'Lao tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân năm 2025, tập trung vào công tác bồi thường, hỗ trợ, tái định cư dự án đường bộ cao tốc Tân Phú - Bảo Lộc. Đây là hội nghị đối thoại đầu tiên kể từ khi phường mới được thành lập theo Nghị quyết số 1671/NQ-UBTVQH15 của Ủy ban Thường vụ Quốc hội về sắp xếp các đơn vị hành chính cấp xã của tỉnh Lâm Đồng năm 2025.
Chủ trì hội nghị có đồng chí Phan Thanh Bình, Bí thư Đảng ủy, Chủ tịch HĐND phường và đồng chí K'Brăl, Phó Bí thư Đảng ủy, Chủ tịch UBND phường. Dự hội nghị có hơn 180 người dân.
Theo báo cáo, dự án đi qua phường dài 6,2 km, thu hồi 41,8 ha đất của 356 hộ, trong đó có 74 hộ đồng bào K'Ho, Mạ; tổng kinh phí bồi thường, hỗ trợ 385,6 tỷ đồng, đã chi trả cho 318 hộ với 342 tỷ đồng. Phường đang hoàn thiện khu tái định cư Lộc Sơn 2 rộng 6,5 ha với 210 nền, mỗi nền 150 m2.
Tại hội nghị, 23 ý kiến đã được nêu. Bà Ka Thị Bích ở tổ dân phố 7 đề nghị bồi thường vườn chè, cà phê đang cho thu hoạch theo giá thị trường. Ông Nguyễn Đức Hậu, Tổ trưởng tổ dân phố 12, phản ánh việc chậm giao nền tái định cư khiến 19 hộ phải thuê nhà ở tạm. Ông Bon Đing Sim, người có uy tín thôn Đạ Lây, đề nghị giữ lại khu đất rẫy truyền thống của đồng bào.
Trả lời các ý kiến, đồng chí K'Brăl cho biết việc bồi thường thực hiện theo Luật Đất đai năm 2024 và Nghị định 88/2024/NĐ-CP; mức hỗ trợ thuê nhà là 4 triệu đồng/tháng cho mỗi hộ; khu tái định cư sẽ bàn giao nền trong tháng 10/2025. Đối với 38 hộ chưa nhận tiền, phường sẽ tổ chức đo đạc lại, niêm yết công khai kết quả.
Kết luận, đồng chí Phan Thanh Bình yêu cầu các phòng chuyên môn trả lời bằng văn bản 11 ý kiến chưa được giải đáp trong 15 ngày; thực hiện Quy định số 11-QĐi/TW của Bộ Chính trị và Kế hoạch số 08-KH/ĐU của Đảng ủy phường về tiếp dân, đối thoại; Ủy ban MTTQ Việt Nam phường giám sát việc thực hiện các cam kết.
Được biết, sau sắp xếp, tỉnh Lâm Đồng mới được hợp nhất từ 3 tỉnh Lâm Đồng, Đắk Nông và Bình Thuận, có 124 đơn vị hành chính cấp xã; dự án cao tốc Tân Phú - Bảo Lộc đi qua 4 xã, phường của tỉnh.
Hoàng Lâm
Tin liên quan
- Phường 2 Bảo Lộc ra mắt mô hình "Dân vận khéo" (12/08/2025)
- Hội nghị triển khai Luật Thực hiện dân chủ ở cơ sở (05/08/2025)
- Phường B'Lao trao 15 căn nhà cho hộ khó khăn (25/07/2025)
""", "2025-08-20", "Phường B'Lao đối thoại với người dân về bồi thường dự án cao tốc Tân Phú - Bảo Lộc",
E("doi_thoai", "2025", "2025-08-19"),
[P("Phan Thanh Bình", "Bí thư Đảng ủy", "Chủ tịch HĐND phường"),
 P("K'Brăl", "Phó Bí thư Đảng ủy", "Chủ tịch UBND phường"),
 P("Ka Thị Bích"),
 P("Nguyễn Đức Hậu", "Tổ trưởng tổ dân phố 12"),
 P("Bon Đing Sim", "người có uy tín thôn Đạ Lây")],
[Q("hơn 180 người dân", 180, "người dân", "over"), Q("6,2 km", 6.2, "km"), Q("41,8 ha", 41.8, "ha"), Q("356 hộ", 356, "hộ"),
 Q("74 hộ đồng bào K'Ho, Mạ", 74, "hộ đồng bào K'Ho, Mạ"), Q("385,6 tỷ đồng", 385600000000, "đồng"), Q("318 hộ", 318, "hộ"),
 Q("342 tỷ đồng", 342000000000, "đồng"), Q("6,5 ha", 6.5, "ha"), Q("210 nền", 210, "nền"), Q("150 m2", 150, "m2"),
 Q("23 ý kiến", 23, "ý kiến"), Q("19 hộ", 19, "hộ"), Q("4 triệu đồng", 4000000, "đồng"), Q("38 hộ", 38, "hộ"),
 Q("11 ý kiến", 11, "ý kiến"), Q("3 tỉnh", 3, "tỉnh"), Q("124 đơn vị hành chính cấp xã", 124, "đơn vị hành chính cấp xã"),
 Q("4 xã, phường", 4, "xã, phường")],
[D("Nghị quyết", "1671", "NQ-UBTVQH15", None, "Ủy ban Thường vụ Quốc hội", "Nghị quyết số 1671/NQ-UBTVQH15"),
 D("Nghị định", "88", "2024/NĐ-CP", None, None, "Nghị định 88/2024/NĐ-CP"),
 D("Quy định", "11", "QĐi/TW", None, "Bộ Chính trị", "Quy định số 11-QĐi/TW"),
 D("Kế hoạch", "08", "KH/ĐU", None, "Đảng ủy phường", "Kế hoạch số 08-KH/ĐU")],
[prov("Lâm Đồng"), com("B'Lao"), prov("Đắk Nông"), prov("Bình Thuận")],
["Cổng thông tin điện tử phường B'Lao - tỉnh Lâm Đồng", "Trang chủ | Tin tức - Sự kiện | Chính trị",
 "Ảnh: Lãnh đạo phường trả lời ý kiến của Nhân dân.", "Luật Đất đai năm 2024", "khu tái định cư Lộc Sơn 2"],
["20/08/2025 - 15:45", "năm 2025", "tổ dân phố 7", "tổ dân phố 12", "tháng 10/2025", "15 ngày"]))

PAGES.append(page("b2594-gialai-chandung-bithu-chibo-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH GIA LAI
Thời sự › Dân vận khéo › Gương sáng
Thứ Sáu, 05/12/2025, 09:35
Ông Rơ Mah Bleo bên con đường mới mở vào khu sản xuất của làng.
Người Bí thư chi bộ "gõ cửa" từng nhà vì con đường cao tốc
Suốt hơn 2 năm qua, ông Rơ Mah Bleo, Bí thư Chi bộ kiêm Trưởng làng Ia Lang, xã Ia Grai, tỉnh Gia Lai đã kiên trì đến từng nhà để vận động bà con Jrai nhường đất cho dự án đường cao tốc Quy Nhơn - Pleiku.
Làng Ia Lang có 148 hộ, trong đó 63 hộ có đất nằm trong phạm vi thu hồi với tổng diện tích 27,5 ha, chủ yếu là rẫy cà phê, hồ tiêu. Ban đầu, nhiều hộ chưa đồng tình vì cho rằng đơn giá bồi thường thấp, lo mất đất sản xuất. Ông Bleo cùng các đảng viên trong chi bộ chia nhau mỗi người phụ trách 5 hộ, tối tối đến nhà uống nước, giải thích chính sách, đọc cho bà con nghe Luật Đất đai năm 2024 và Nghị định số 88/2024/NĐ-CP của Chính phủ bằng tiếng Jrai.
"Mình là đảng viên, mình phải làm trước", ông nói. Gia đình ông là hộ đầu tiên ký biên bản, bàn giao 1,2 ha rẫy cà phê đang cho thu hoạch. Nhờ vậy, đến tháng 9/2025, cả 63 hộ đã nhận tiền bồi thường với tổng số hơn 41 tỷ đồng và bàn giao mặt bằng đúng hạn; không có đơn thư khiếu nại vượt cấp.
Bà Siu H'Nhót, Chủ tịch Hội Liên hiệp Phụ nữ xã Ia Grai, kể: ông còn vận động các hộ dùng tiền bồi thường để mua lại đất sản xuất, xây nhà, cho con đi học nghề thay vì mua sắm. Đến nay, 41 hộ đã mua được đất mới với tổng diện tích khoảng 19 ha; 12 thanh niên trong làng đi học nghề lái máy xúc, sửa chữa ô tô.
Ông Nguyễn Văn Quý, Phó Chủ tịch UBND xã Ia Grai, cho biết xã đã nhân rộng cách làm của chi bộ làng Ia Lang ra 9 thôn, làng có dự án đi qua. Theo ông, thành công ở Ia Lang là nhờ chi bộ thực hiện đúng tinh thần Kết luận số 114-KL/TW của Ban Bí thư: "trọng dân, gần dân, hiểu dân, học dân và có trách nhiệm với dân".
Trước đó, năm 2024, ông Rơ Mah Bleo được UBND tỉnh tặng Bằng khen vì có thành tích xuất sắc trong phong trào thi đua "Dân vận khéo". Ông cũng là 1 trong 20 điển hình được biểu dương tại hội nghị người có uy tín của tỉnh.
Giờ đây, khi các mũi thi công đã vào công trường, ông Bleo lại cùng tổ hòa giải của làng đi đến những hộ có tranh chấp ranh giới đất để hòa giải, không để mâu thuẫn kéo dài. Với ông, "việc của làng thì người làng phải lo trước".
Hơn 2.000 người dân trong làng giờ đây đều biết đến ông như một "người giữ lửa" của phong trào thi đua dân vận ở cơ sở.
Kpă Hương
Tin cùng chuyên mục
- Người phụ nữ Bahnar 10 năm làm công tác hòa giải (28/11/2025)
- Chư Sê: gương sáng cựu chiến binh hiến đất làm đường (20/11/2025)
- Già làng Đinh Nhân giữ rừng thiêng (11/11/2025)
""", "2025-12-05", "Người Bí thư chi bộ \"gõ cửa\" từng nhà vì con đường cao tốc",
E("khac", None, None),
[P("Rơ Mah Bleo", "Bí thư Chi bộ kiêm Trưởng làng Ia Lang"),
 P("Siu H'Nhót", "Chủ tịch Hội Liên hiệp Phụ nữ xã Ia Grai"),
 P("Nguyễn Văn Quý", "Phó Chủ tịch UBND xã Ia Grai")],
[Q("148 hộ", 148, "hộ"), Q("63 hộ", 63, "hộ"), Q("27,5 ha", 27.5, "ha"), Q("5 hộ", 5, "hộ"), Q("1,2 ha", 1.2, "ha"),
 Q("hơn 41 tỷ đồng", 41000000000, "đồng", "over"), Q("41 hộ", 41, "hộ"), Q("khoảng 19 ha", 19, "ha", "approx"),
 Q("12 thanh niên", 12, "thanh niên"), Q("9 thôn, làng", 9, "thôn, làng"), Q("20 điển hình", 20, "điển hình"),
 Q("Hơn 2.000 người dân", 2000, "người dân", "over")],
[D("Nghị định", "88", "2024/NĐ-CP", None, "Chính phủ", "Nghị định số 88/2024/NĐ-CP"),
 D("Kết luận", "114", "KL/TW", None, "Ban Bí thư", "Kết luận số 114-KL/TW")],
[prov("Gia Lai"), com("Ia Grai")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH GIA LAI", "Thời sự › Dân vận khéo › Gương sáng",
 "Ông Rơ Mah Bleo bên con đường mới mở vào khu sản xuất của làng.", "Dân vận khéo",
 "trọng dân, gần dân, hiểu dân, học dân và có trách nhiệm với dân", "Luật Đất đai năm 2024", "người giữ lửa"],
["Thứ Sáu, 05/12/2025, 09:35", "hơn 2 năm", "tháng 9/2025", "năm 2024", "1 trong 20"]))

PAGES.append(page("b2595-vinhlong-btgdv-tongket-2025", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY VĨNH LONG
Trang chủ >> Hoạt động >> Dân vận
Thứ Hai, 12/01/2026 - 16:30
Toàn cảnh hội nghị. Ảnh: Ngọc Trân
Triển khai nhiệm vụ công tác dân vận năm 2026
Ngày 9/1/2026, Ban Tuyên giáo và Dân vận Tỉnh ủy Vĩnh Long tổ chức hội nghị tổng kết công tác tuyên giáo và dân vận năm 2025, triển khai nhiệm vụ năm 2026. Đồng chí Thạch Thị Sa Ren, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì. Dự hội nghị có các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Nguyễn Văn Mười, Lê Thị Kim Phượng, Huỳnh Minh Đức.
Năm 2025 là năm đầu tiên tỉnh Vĩnh Long mới (hợp nhất từ Vĩnh Long, Bến Tre và Trà Vinh) vận hành chính quyền địa phương 2 cấp với 124 xã, phường. Khối dân vận đã phối hợp vận động 4.860 hộ bàn giao 612,4 ha mặt bằng cho các dự án cao tốc Mỹ Thuận - Cần Thơ mở rộng, cầu Rạch Miễu 2, đường ven biển và các khu công nghiệp Phú Thuận, Cổ Chiên; tổng kinh phí bồi thường, hỗ trợ đã chi trả khoảng 3.950 tỷ đồng. Các cấp đã tiếp 2.146 lượt công dân, tiếp nhận 418 đơn thư, giải quyết 392 đơn, đạt 93,8%; hòa giải thành 276 vụ việc tranh chấp đất đai.
Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 03, 04-CT/TU về công tác dân vận trong thực hiện các công trình trọng điểm và về phát huy vai trò người có uy tín trong đồng bào Khmer; hướng dẫn thực hiện Quy định số 304-QĐ/TW ngày 28/7/2025 của Bộ Chính trị ban hành Quy chế công tác dân vận của hệ thống chính trị.
Tại hội nghị, Đại đức Kim Sóc Phol, Phó Trụ trì chùa Âng, cho biết các chùa Khmer đã phối hợp vận động 318 hộ đồng bào Khmer bàn giao đất cho dự án đường ven biển. Đồng chí Trần Văn Sáu, Bí thư Đảng ủy, Chủ tịch HĐND xã Long Hòa, đề nghị tỉnh sớm bố trí 2 khu tái định cư cho 146 hộ ven biển bị sạt lở và thu hồi đất. Bà Sơn Thị Đa Ni, người có uy tín ấp Sóc Ruộng, xã Long Hòa, đề nghị hỗ trợ chuyển đổi nghề cho lao động trên 40 tuổi.
Phát biểu kết luận, đồng chí Thạch Thị Sa Ren yêu cầu năm 2026 tập trung tuyên truyền Nghị quyết Đại hội XIV của Đảng; thực hiện Kế hoạch số 21-KH/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy về phong trào thi đua "Dân vận khéo" giai đoạn 2026 - 2030; phấn đấu giải quyết trên 95% đơn thư ngay từ cơ sở.
Dịp này, Ban tặng giấy khen cho 25 tập thể, 40 cá nhân; trao thưởng 15 mô hình cấp tỉnh trong phong trào "Dân vận khéo", mỗi mô hình 5 triệu đồng.
Ngọc Trân
Xem thêm
- Hội nghị báo cáo viên tháng 12/2025 (26/12/2025)
- Trà Cú: đối thoại với người dân vùng dự án đường ven biển (18/12/2025)
- Gặp mặt chức sắc, chức việc các tôn giáo năm 2025 (10/12/2025)
""", "2026-01-12", "Triển khai nhiệm vụ công tác dân vận năm 2026",
E("tong_ket", "2025", "2026-01-09"),
[P("Thạch Thị Sa Ren", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Mười", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lê Thị Kim Phượng", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Huỳnh Minh Đức", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Kim Sóc Phol", "Đại đức", "Phó Trụ trì chùa Âng"),
 P("Trần Văn Sáu", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Long Hòa"),
 P("Sơn Thị Đa Ni", "người có uy tín ấp Sóc Ruộng")],
[Q("124 xã, phường", 124, "xã, phường"), Q("4.860 hộ", 4860, "hộ"), Q("612,4 ha", 612.4, "ha"),
 Q("khoảng 3.950 tỷ đồng", 3950000000000, "đồng", "approx"), Q("2.146 lượt công dân", 2146, "lượt công dân"),
 Q("418 đơn thư", 418, "đơn thư"), Q("392 đơn", 392, "đơn"), Q("93,8%", 93.8, "%"),
 Q("276 vụ việc tranh chấp đất đai", 276, "vụ việc tranh chấp đất đai"), Q("318 hộ đồng bào Khmer", 318, "hộ đồng bào Khmer"),
 Q("2 khu tái định cư", 2, "khu tái định cư"), Q("146 hộ", 146, "hộ"), Q("trên 95%", 95, "%", "over"),
 Q("25 tập thể", 25, "tập thể"), Q("40 cá nhân", 40, "cá nhân"), Q("15 mô hình cấp tỉnh", 15, "mô hình cấp tỉnh"), Q("5 triệu đồng", 5000000, "đồng")],
[D("Chỉ thị", "03", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 03, 04-CT/TU"),
 D("Chỉ thị", "04", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 03, 04-CT/TU"),
 D("Quy định", "304", "QĐ/TW", "2025-07-28", "Bộ Chính trị", "Quy định số 304-QĐ/TW ngày 28/7/2025"),
 D("Kế hoạch", "21", "KH/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch số 21-KH/BTGDVTU")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Long Hòa")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY VĨNH LONG", "Trang chủ >> Hoạt động >> Dân vận", "Toàn cảnh hội nghị.", "Dân vận khéo",
 "Nghị quyết Đại hội XIV", "Quy chế công tác dân vận của hệ thống chính trị"],
["Thứ Hai, 12/01/2026 - 16:30", "năm 2025", "năm 2026", "2 cấp", "40 tuổi", "giai đoạn 2026 - 2030", "Đại hội XIV"]))

PAGES.append(page("b2596-dongnai-btgdv-giaoban-2026", """
Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Nai - Trang thông tin điện tử
Hôm nay: Thứ Hai, 13/04/2026
Trang chủ / Dân vận / Tin hoạt động
Ngày 10/04/2026 | 08:30
Đồng chí Điểu Thị Ngọc Hân phát biểu tại buổi giao ban.
Giao ban công tác dân vận quý I: tập trung giải phóng mặt bằng các công trình trọng điểm
Sáng 8/4, Ban Tuyên giáo và Dân vận Tỉnh ủy tổ chức giao ban công tác dân vận quý I năm 2026. Đồng chí Điểu Thị Ngọc Hân, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì; dự có lãnh đạo Ủy ban MTTQ Việt Nam tỉnh, đại diện Ban Quản lý dự án giao thông tỉnh và 42 đồng chí là lãnh đạo đảng ủy các xã, phường có công trình trọng điểm.
Quý I, toàn tỉnh đã vận động 1.276 hộ nhận tiền bồi thường, bàn giao 318,6 ha mặt bằng cho dự án cao tốc Gia Nghĩa - Chơn Thành, đường Vành đai 4 và các khu công nghiệp Minh Hưng - Sikico, Becamex - Bình Phước; kinh phí đã chi trả 1.684 tỷ đồng. Các cấp tiếp 512 lượt công dân, nhận 97 đơn thư về giá đất, diện tích đo đạc, giải quyết 81 đơn; tổ chức 28 buổi đối thoại cấp xã. Còn 214 hộ chưa bàn giao mặt bằng, tập trung ở phường Chơn Thành và xã Nha Bích.
Tại buổi giao ban, đồng chí Lâm Văn Phúc, Bí thư Đảng ủy phường Chơn Thành, cho biết phường đã thành lập 9 tổ vận động, mỗi tổ do 1 đồng chí trong Ban Thường vụ Đảng ủy phụ trách; trong quý, 86 hộ đã bàn giao mặt bằng. Đồng chí Thị Bích Ngân, Phó Chủ tịch UBND xã Nha Bích, đề nghị tỉnh sớm phê duyệt giá đất cụ thể cho 3 dự án và hỗ trợ 500 triệu đồng làm đường vào khu tái định cư. Ông Trương Quốc Khánh, Phó Giám đốc Ban Quản lý dự án giao thông tỉnh, cho biết khu tái định cư Nha Bích với 168 nền sẽ hoàn thành vào tháng 6/2026.
Phát biểu kết luận, đồng chí Điểu Thị Ngọc Hân yêu cầu quý II tập trung vận động số hộ còn lại; thực hiện Kết luận số 02-KL/TU của Ban Thường vụ Tỉnh ủy và Hướng dẫn số 07-HD/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy về công tác dân vận trong giải phóng mặt bằng; phối hợp với Ủy ban MTTQ tỉnh giám sát việc chi trả, bố trí tái định cư theo Nghị định số 88/2024/NĐ-CP; không để phát sinh khiếu kiện đông người.
Buổi giao ban cũng thông tin về việc đồng chí Hoàng Văn Định được điều động, bổ nhiệm làm Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy từ ngày 1/4/2026.
Theo kế hoạch, tỉnh Đồng Nai (hợp nhất từ Đồng Nai và Bình Phước) phấn đấu bàn giao toàn bộ mặt bằng cao tốc Gia Nghĩa - Chơn Thành trong quý II năm 2026 để kịp tiến độ thông tuyến.
Minh Khoa
Tin khác
- Hội nghị sơ kết 1 năm thực hiện Quy chế dân vận (03/04/2026)
- Phường Chơn Thành đối thoại với 120 hộ dân vùng dự án (27/03/2026)
- Giao ban công tác tuyên giáo tháng 3/2026 (25/03/2026)
""", "2026-04-10", "Giao ban công tác dân vận quý I: tập trung giải phóng mặt bằng các công trình trọng điểm",
E("giao_ban", "2026-Q1", "2026-04-08"),
[P("Điểu Thị Ngọc Hân", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lâm Văn Phúc", "Bí thư Đảng ủy phường Chơn Thành"),
 P("Thị Bích Ngân", "Phó Chủ tịch UBND xã Nha Bích"),
 P("Trương Quốc Khánh", "Phó Giám đốc Ban Quản lý dự án giao thông tỉnh"),
 P("Hoàng Văn Định", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy")],
[Q("42 đồng chí", 42, "đồng chí"), Q("1.276 hộ", 1276, "hộ"), Q("318,6 ha", 318.6, "ha"), Q("1.684 tỷ đồng", 1684000000000, "đồng"),
 Q("512 lượt công dân", 512, "lượt công dân"), Q("97 đơn thư", 97, "đơn thư"), Q("81 đơn", 81, "đơn"),
 Q("28 buổi đối thoại cấp xã", 28, "buổi đối thoại cấp xã"), Q("214 hộ", 214, "hộ"), Q("9 tổ vận động", 9, "tổ vận động"),
 Q("86 hộ", 86, "hộ"), Q("3 dự án", 3, "dự án"), Q("500 triệu đồng", 500000000, "đồng"), Q("168 nền", 168, "nền")],
[D("Kết luận", "02", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 02-KL/TU"),
 D("Hướng dẫn", "07", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn số 07-HD/BTGDVTU"),
 D("Nghị định", "88", "2024/NĐ-CP", None, None, "Nghị định số 88/2024/NĐ-CP")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Chơn Thành"), com("Nha Bích")],
["Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Nai - Trang thông tin điện tử", "Hôm nay: Thứ Hai, 13/04/2026", "Trang chủ / Dân vận / Tin hoạt động",
 "Đồng chí Điểu Thị Ngọc Hân phát biểu tại buổi giao ban.", "Ban Quản lý dự án giao thông tỉnh"],
["Hôm nay: Thứ Hai, 13/04/2026", "quý I năm 2026", "Quý I", "42 đồng chí", "1 đồng chí", "tháng 6/2026", "quý II", "1/4/2026",
 "quý II năm 2026"]))
