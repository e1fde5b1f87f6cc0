from lib import *
PAGES = []

PAGES.append(page("b5177-cantho-phuong-hlhpn-tongket-2022", """
CỔNG THÔNG TIN ĐIỆN TỬ QUẬN NINH KIỀU
Trang chủ » Tin tức » Tin phường
Thứ Sáu, 23/12/2022 - 15:30
Toàn cảnh hội nghị.
Hội LHPN phường An Khánh tổng kết công tác Hội năm 2022
Chiều 21/12/2022, Hội LHPN phường An Khánh tổ chức hội nghị tổng kết công tác Hội và phong trào phụ nữ năm 2022, triển khai phương hướng năm 2023. Dự hội nghị có bà Trần Thị Bích Thủy, Phó Chủ tịch Hội LHPN quận Ninh Kiều; ông Lâm Văn Tài, ĐUV, Phó Chủ tịch UBND phường; bà Nguyễn Ngọc Thanh Tuyền, Chủ tịch Hội LHPN phường chủ trì.
Năm 2022, Hội LHPN phường có 1.250 hội viên, sinh hoạt tại 11 chi hội khu vực; kết nạp 86 hội viên mới. Thực hiện Nghị quyết 01, 02-NQ/ĐU của Đảng ủy phường về phát triển kinh tế - xã hội và về xây dựng phường văn minh đô thị, Hội đã phối hợp Phòng Giao dịch Ngân hàng Chính sách xã hội quận duy trì 9 tổ tiết kiệm và vay vốn, dư nợ 12,6 tỷ đồng với 348 hộ vay; hỗ trợ 15 phụ nữ khởi nghiệp kinh doanh ăn uống, may mặc, bán hàng trực tuyến sau dịch.
Các chi hội vận động hội viên góp vốn xoay vòng không lãi được 185 triệu đồng, giúp 27 chị em buôn bán nhỏ. Mô hình "Phụ nữ An Khánh giữ gìn tuyến hẻm xanh, sạch, đẹp" được duy trì ở 34 tuyến hẻm. Hội cũng phối hợp Trung tâm Dịch vụ việc làm thành phố Cần Thơ giới thiệu việc làm cho 64 lao động nữ, mở 2 lớp dạy nghề làm bánh cho 40 học viên.
Trong năm, phường có 4 hộ nghèo và 11 hộ cận nghèo; Hội đã vận động giúp 3 hộ nghèo có phụ nữ làm chủ hộ sửa chữa nhà, mỗi căn 30 triệu đồng. Trên 92% hộ gia đình hội viên đạt danh hiệu "Gia đình văn hóa".
Phát biểu tại hội nghị, ông Huỳnh Văn Phúc, Bí thư Đảng ủy phường An Khánh, đề nghị Hội tiếp tục thực hiện Kế hoạch số 30/KH-HPN ngày 15/2/2022 của Hội LHPN quận về hỗ trợ phụ nữ phục hồi sinh kế và Chỉ thị số 05-CT/QU ngày 7/1/2022 của Ban Thường vụ Quận ủy về chỉnh trang đô thị; quan tâm nhiều hơn đến chị em là lao động tự do, người thuê trọ.
Hội nghị cũng thẳng thắn chỉ ra hạn chế: một số chi hội sinh hoạt chưa đều, nội dung còn đơn điệu; việc nắm tình hình hội viên là lao động nhập cư chưa kịp thời; nhiều chị em khởi nghiệp còn thiếu kiến thức quản lý tài chính.
Các chi hội trưởng khu vực 2, 5 và 7 cùng chia sẻ kinh nghiệm tập hợp nữ công nhân thuê trọ. Bà Lê Thị Diễm My, Chi hội trưởng Chi hội phụ nữ khu vực 5, cho biết chi hội đã thành lập nhóm Zalo "Chị em trọ An Khánh" với 126 thành viên để kết nối việc làm, mua bán.
Dịp này, Hội LHPN phường khen thưởng 6 tập thể và 14 cá nhân tiêu biểu. Các bà Nguyễn Thị Hồng, Phạm Kim Loan - Phó Chủ tịch Hội LHPN phường trao giấy khen cho các chi hội.
Ngọc Hân
Tin khác
- Phường An Khánh ra mắt mô hình "Hẻm xanh" (05/12/2022)
- Hội thi nấu ăn ngày Phụ nữ Việt Nam 20/10 (21/10/2022)
- Trao 50 phần quà cho phụ nữ nghèo (15/09/2022)
""", "2022-12-23", "Hội LHPN phường An Khánh tổng kết công tác Hội năm 2022",
E("tong_ket", "2022", "2022-12-21"),
[P("Trần Thị Bích Thủy", "Phó Chủ tịch Hội LHPN quận Ninh Kiều"),
 P("Lâm Văn Tài", "ĐUV", "Phó Chủ tịch UBND phường"),
 P("Nguyễn Ngọc Thanh Tuyền", "Chủ tịch Hội LHPN phường"),
 P("Huỳnh Văn Phúc", "Bí thư Đảng ủy phường An Khánh"),
 P("Lê Thị Diễm My", "Chi hội trưởng Chi hội phụ nữ khu vực 5"),
 P("Nguyễn Thị Hồng", "Phó Chủ tịch Hội LHPN phường"),
 P("Phạm Kim Loan", "Phó Chủ tịch Hội LHPN phường")],
[Q("1.250 hội viên", 1250, "hội viên"), Q("11 chi hội", 11, "chi hội"), Q("86 hội viên mới", 86, "hội viên mới"),
 Q("9 tổ tiết kiệm và vay vốn", 9, "tổ tiết kiệm và vay vốn"), Q("12,6 tỷ đồng", 12600000000, "đồng"), Q("348 hộ", 348, "hộ"),
 Q("15 phụ nữ", 15, "phụ nữ"), Q("185 triệu đồng", 185000000, "đồng"), Q("27 chị em", 27, "chị em"),
 Q("34 tuyến hẻm", 34, "tuyến hẻm"), Q("64 lao động nữ", 64, "lao động nữ"), Q("2 lớp dạy nghề làm bánh", 2, "lớp dạy nghề làm bánh"),
 Q("40 học viên", 40, "học viên"), Q("4 hộ nghèo", 4, "hộ nghèo"), Q("11 hộ cận nghèo", 11, "hộ cận nghèo"),
 Q("3 hộ nghèo", 3, "hộ nghèo"), Q("30 triệu đồng", 30000000, "đồng"), Q("Trên 92%", 92, "%", "over"),
 Q("126 thành viên", 126, "thành viên"), Q("6 tập thể", 6, "tập thể"), Q("14 cá nhân tiêu biểu", 14, "cá nhân tiêu biểu")],
[D("Nghị quyết", "01", "NQ/ĐU", None, "Đảng ủy phường", "Nghị quyết 01, 02-NQ/ĐU"),
 D("Nghị quyết", "02", "NQ/ĐU", None, "Đảng ủy phường", "Nghị quyết 01, 02-NQ/ĐU"),
 D("Kế hoạch", "30", "KH-HPN", "2022-02-15", "Hội LHPN quận", "Kế hoạch số 30/KH-HPN ngày 15/2/2022"),
 D("Chỉ thị", "05", "CT/QU", "2022-01-07", "Ban Thường vụ Quận ủy", "Chỉ thị số 05-CT/QU ngày 7/1/2022")],
[prov("Cần Thơ"), com("An Khánh")],
["CỔNG THÔNG TIN ĐIỆN TỬ QUẬN NINH KIỀU", "Trang chủ » Tin tức » Tin phường", "Toàn cảnh hội nghị.",
 "Phụ nữ An Khánh giữ gìn tuyến hẻm xanh, sạch, đẹp", "Gia đình văn hóa", "Chị em trọ An Khánh"],
["Thứ Sáu, 23/12/2022 - 15:30", "năm 2022", "năm 2023", "khu vực 2, 5 và 7"]))

PAGES.append(page("b5178-quangnam-hlhpn-giaoban-2023", """
Báo Quảng Nam
Thời sự › Mặt trận - Đoàn thể
06/10/2023 08:40
Đồng chí Huỳnh Thị Minh Nguyệt chủ trì giao ban.
Hội LHPN tỉnh giao ban công tác tháng 9
(QNO) - Sáng 5/10, Ban Thường vụ Hội LHPN tỉnh tổ chức giao ban công tác Hội tháng 9/2023 với Chủ tịch Hội LHPN 18 huyện, thị xã, thành phố, triển khai nhiệm vụ tháng 10. Đồng chí Huỳnh Thị Minh Nguyệt, Tỉnh ủy viên, Chủ tịch Hội LHPN tỉnh chủ trì.
Trong tháng 9, các cấp Hội tập trung hoàn thành chỉ tiêu theo Nghị quyết Đại hội đại biểu Phụ nữ tỉnh lần thứ XXII và triển khai Kế hoạch số 86-KH/HPN ngày 4/8/2023 của Ban Thường vụ Hội LHPN tỉnh về thực hiện Dự án 8 "Thực hiện bình đẳng giới và giải quyết những vấn đề cấp thiết đối với phụ nữ và trẻ em" thuộc Quyết định 1719/QĐ-TTg của Thủ tướng Chính phủ. Đến nay đã thành lập 47 tổ truyền thông cộng đồng, 12 địa chỉ tin cậy ở các xã miền núi; hỗ trợ 5 mô hình sinh kế cho phụ nữ Cơ Tu, Xơ Đăng với kinh phí 640 triệu đồng.
Hoạt động hỗ trợ phụ nữ khởi nghiệp tiếp tục có kết quả: trong tháng, Hội đã hướng dẫn 21 hội viên hoàn thiện hồ sơ vay vốn từ Quỹ hỗ trợ phụ nữ phát triển, tổng số tiền hơn 1,05 tỷ đồng; 3 sản phẩm của các tổ hợp tác phụ nữ được công nhận OCOP. Dư nợ ủy thác qua Ngân hàng Chính sách xã hội đạt 2.046 tỷ đồng, nợ quá hạn 0,09%.
Báo cáo do bà Alăng Thị Bhơi, Phó Chủ tịch Hội LHPN tỉnh trình bày cho biết, tháng 9 có 2 huyện bị ảnh hưởng mưa lớn; Hội LHPN các huyện Tây Giang, Nam Giang đã kịp thời thăm hỏi 38 hộ hội viên bị sạt lở.
Thảo luận tại giao ban, bà Bríu Thị Ngân, Chủ tịch Hội LHPN huyện Tây Giang, đề nghị tỉnh Hội sớm phân bổ kinh phí cho các mô hình sinh kế năm 2024; bà Trần Thị Kim Hoa, Chủ tịch Hội LHPN thị xã Điện Bàn, chia sẻ cách kết nối 15 cơ sở chế biến do phụ nữ làm chủ với siêu thị và sàn thương mại điện tử.
Kết luận buổi giao ban, đồng chí Huỳnh Thị Minh Nguyệt đề nghị tháng 10 các cấp Hội tổ chức các hoạt động kỷ niệm 93 năm Ngày thành lập Hội LHPN Việt Nam gắn với biểu dương phụ nữ làm kinh tế giỏi; đẩy nhanh giải ngân vốn Dự án 8, bảo đảm giải ngân ít nhất 80% kế hoạch vốn năm 2023; thực hiện Chỉ thị 21, 22-CT/TU của Ban Thường vụ Tỉnh ủy về phòng, chống thiên tai và về phát triển kinh tế vùng miền núi.
Các đồng chí trong Thường trực Hội LHPN tỉnh cũng lưu ý các huyện Hội rà soát lại các tổ hợp tác phụ nữ đã thành lập, hỗ trợ những tổ hoạt động kém hiệu quả.
Thanh Thảo
Tin liên quan
- Phụ nữ Nam Trà My trồng sâm Ngọc Linh (28/09/2023)
- Ra mắt tổ truyền thông cộng đồng ở Phước Sơn (15/09/2023)
- Giao ban công tác Hội tháng 8/2023 (07/09/2023)
""", "2023-10-06", "Hội LHPN tỉnh giao ban công tác tháng 9",
E("giao_ban", "2023-09", "2023-10-05"),
[P("Huỳnh Thị Minh Nguyệt", "Tỉnh ủy viên", "Chủ tịch Hội LHPN tỉnh"),
 P("Alăng Thị Bhơi", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Bríu Thị Ngân", "Chủ tịch Hội LHPN huyện Tây Giang"),
 P("Trần Thị Kim Hoa", "Chủ tịch Hội LHPN thị xã Điện Bàn")],
[Q("18 huyện, thị xã, thành phố", 18, "huyện, thị xã, thành phố"), Q("47 tổ truyền thông cộng đồng", 47, "tổ truyền thông cộng đồng"),
 Q("12 địa chỉ tin cậy", 12, "địa chỉ tin cậy"), Q("5 mô hình sinh kế", 5, "mô hình sinh kế"), Q("640 triệu đồng", 640000000, "đồng"),
 Q("21 hội viên", 21, "hội viên"), Q("hơn 1,05 tỷ đồng", 1050000000, "đồng", "over"), Q("3 sản phẩm", 3, "sản phẩm"),
 Q("2.046 tỷ đồng", 2046000000000, "đồng"), Q("0,09%", 0.09, "%"), Q("2 huyện", 2, "huyện"), Q("38 hộ hội viên", 38, "hộ hội viên"),
 Q("15 cơ sở chế biến", 15, "cơ sở chế biến"), Q("ít nhất 80%", 80, "%", "over")],
[D("Kế hoạch", "86", "KH/HPN", "2023-08-04", "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch số 86-KH/HPN ngày 4/8/2023"),
 D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 1719/QĐ-TTg"),
 D("Chỉ thị", "21", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 21, 22-CT/TU"),
 D("Chỉ thị", "22", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 21, 22-CT/TU")],
[prov("Quảng Nam")],
["Báo Quảng Nam", "Thời sự › Mặt trận - Đoàn thể", "Đồng chí Huỳnh Thị Minh Nguyệt chủ trì giao ban.", "(QNO)",
 "Thực hiện bình đẳng giới và giải quyết những vấn đề cấp thiết đối với phụ nữ và trẻ em", "Quỹ hỗ trợ phụ nữ phát triển"],
["06/10/2023 08:40", "tháng 9/2023", "tháng 10", "lần thứ XXII", "Dự án 8", "93 năm", "năm 2024"]))

PAGES.append(page("b5179-lamdong-xa-hlhpn-doithoai-2023", """
TRANG THÔNG TIN ĐIỆN TỬ XÃ ĐẠ TÔNG
Trang chủ > Tin tức - Sự kiện > Mặt trận và các đoàn thể
Thứ Năm, 16/11/2023
Lãnh đạo xã Đạ Tông đối thoại với hội viên phụ nữ về vốn vay và sinh kế
Ngày 14/11/2023, Đảng ủy, UBND xã Đạ Tông (huyện Đam Rông, tỉnh Lâm Đồng) phối hợp Hội LHPN xã tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với hội viên phụ nữ năm 2023. Dự có ông Kon Sơ K'Thiệp, Bí thư Đảng ủy xã; ông Rơ Ông Ha Bin, Phó Bí thư Đảng ủy, Chủ tịch UBND xã cùng 120 hội viên, chi hội trưởng ở 8 thôn, bon.
Quang cảnh buổi đối thoại tại hội trường UBND xã.
Bà Liêng Hót Ha Nhung, Chủ tịch Hội LHPN xã, cho biết Hội hiện có 1.034 hội viên, trong đó hơn 85% là đồng bào Mnông, K'Ho. Thực hiện Kế hoạch số 41-KH/ĐU ngày 9/3/2023 của Đảng ủy xã về giảm nghèo bền vững, năm 2023 Hội đã phối hợp hỗ trợ 56 hộ nghèo có phụ nữ làm chủ hộ cây giống cà phê, bơ ghép; quản lý 7 tổ tiết kiệm và vay vốn với dư nợ 14,2 tỷ đồng.
Tại buổi đối thoại, 19 ý kiến của hội viên tập trung vào vốn vay, đất sản xuất và tiêu thụ nông sản. Chị Bon Đơng Ka Sim, thôn Liêng Trang, hỏi về việc vay vốn hỗ trợ sản xuất theo Dự án 3 thuộc Quyết định 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ; chị Cil Ka Thúy, bon Đạ Nhar, phản ánh giá cà phê nhân lên nhưng nhiều hộ phải bán non cho thương lái vì thiếu vốn chăm sóc. Bà Rơ Ông Ka Huệ, Chi hội trưởng Chi hội phụ nữ thôn Tu Sir, đề nghị xã mở lớp dạy nghề dệt thổ cẩm để chị em có thêm thu nhập lúc nông nhàn.
Trả lời hội viên, ông Rơ Ông Ha Bin cho biết năm 2023 xã được phân bổ 1,26 tỷ đồng từ Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi để hỗ trợ sản xuất cho 42 hộ; mức hỗ trợ tối đa 30 triệu đồng/hộ theo Nghị quyết số 08/2022/NQ-HĐND của HĐND tỉnh. UBND xã sẽ phối hợp Phòng Lao động - Thương binh và Xã hội huyện mở 1 lớp dệt thổ cẩm trong quý I/2024.
Ông Kon Sơ K'Thiệp ghi nhận các ý kiến xác đáng của hội viên, giao Hội LHPN xã phối hợp với Hội Nông dân xã và Hợp tác xã nông nghiệp Đạ Tông liên kết thu mua cà phê cho bà con với giá sàn, hạn chế tình trạng bán non; đồng thời chỉ đạo các thôn công khai danh sách hộ được hỗ trợ để người dân giám sát.
Nhiều hội viên bày tỏ phấn khởi vì lần đầu được trực tiếp nói lên tâm tư với lãnh đạo xã; có chị đề nghị tổ chức đối thoại ngay tại các thôn xa để bà con không phải đi lại vất vả.
Kết thúc đối thoại, 17 ý kiến đã được trả lời trực tiếp, 2 ý kiến thuộc thẩm quyền cấp huyện được xã tổng hợp, báo cáo.
Thanh Hà
Tin liên quan
- Hội LHPN xã ra mắt tổ hợp tác dệt thổ cẩm (20/10/2023)
- Đạ Tông trao 30 phần quà cho phụ nữ nghèo (05/09/2023)
- Hội nghị tổng kết công tác Hội năm 2022 (23/12/2022)
""", "2023-11-16", "Lãnh đạo xã Đạ Tông đối thoại với hội viên phụ nữ về vốn vay và sinh kế",
E("doi_thoai", "2023", "2023-11-14"),
[P("Kon Sơ K'Thiệp", "Bí thư Đảng ủy xã"),
 P("Rơ Ông Ha Bin", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Liêng Hót Ha Nhung", "Chủ tịch Hội LHPN xã"),
 P("Bon Đơng Ka Sim"), P("Cil Ka Thúy"),
 P("Rơ Ông Ka Huệ", "Chi hội trưởng Chi hội phụ nữ thôn Tu Sir")],
[Q("120 hội viên, chi hội trưởng", 120, "hội viên, chi hội trưởng"), Q("8 thôn, bon", 8, "thôn, bon"),
 Q("1.034 hội viên", 1034, "hội viên"), Q("hơn 85%", 85, "%", "over"), Q("56 hộ nghèo", 56, "hộ nghèo"),
 Q("7 tổ tiết kiệm và vay vốn", 7, "tổ tiết kiệm và vay vốn"), Q("14,2 tỷ đồng", 14200000000, "đồng"),
 Q("19 ý kiến", 19, "ý kiến"), Q("1,26 tỷ đồng", 1260000000, "đồng"), Q("42 hộ", 42, "hộ"),
 Q("tối đa 30 triệu đồng", 30000000, "đồng"), Q("17 ý kiến", 17, "ý kiến"), Q("2 ý kiến", 2, "ý kiến")],
[D("Kế hoạch", "41", "KH/ĐU", "2023-03-09", "Đảng ủy xã", "Kế hoạch số 41-KH/ĐU ngày 9/3/2023"),
 D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định 1719/QĐ-TTg ngày 14/10/2021"),
 D("Nghị quyết", "08", "2022/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 08/2022/NQ-HĐND")],
[prov("Lâm Đồng"), com("Đạ Tông")],
["TRANG THÔNG TIN ĐIỆN TỬ XÃ ĐẠ TÔNG", "Trang chủ > Tin tức - Sự kiện > Mặt trận và các đoàn thể",
 "Quang cảnh buổi đối thoại tại hội trường UBND xã.", "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi"],
["Thứ Năm, 16/11/2023", "năm 2023", "Dự án 3", "1 lớp", "quý I/2024"]))

PAGES.append(page("b5180-hagiang-hlhpn-taphuan-2024", """
Báo Hà Giang điện tử
Xã hội | Phụ nữ - Gia đình
19/04/2024 06:00
Học viên thực hành lập kế hoạch kinh doanh theo nhóm.
Hơn 70 phụ nữ Mông được tập huấn khởi sự kinh doanh
(BHG) - Trong 2 ngày 17 - 18/4/2024, Hội LHPN tỉnh phối hợp với Trung tâm Hỗ trợ phụ nữ khởi nghiệp (Trung ương Hội LHPN Việt Nam) tổ chức lớp tập huấn kỹ năng khởi sự kinh doanh năm 2024 cho 72 học viên là hội viên phụ nữ dân tộc Mông, Dao, Lô Lô tại huyện Đồng Văn.
Phát biểu khai mạc, bà Sùng Thị Mai, Ủy viên Ban Chấp hành Đảng bộ tỉnh, Chủ tịch Hội LHPN tỉnh, cho biết lớp học thuộc Dự án 8 của Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi, thực hiện Kế hoạch số 24/KH-HPN ngày 20/2/2024 của Hội LHPN tỉnh và Chỉ thị 14, 15-CT/TU của Ban Thường vụ Tỉnh ủy về phát triển du lịch cộng đồng và về giảm nghèo đa chiều.
Học viên được các giảng viên Lê Thị Thanh Vân, Đỗ Thu Trang - chuyên viên Trung tâm Hỗ trợ phụ nữ khởi nghiệp hướng dẫn cách nhận diện cơ hội kinh doanh, tính chi phí, giá bán và quảng bá sản phẩm trên mạng xã hội. Các nhóm đã xây dựng 12 phương án kinh doanh như homestay, bán thổ cẩm, làm bánh tam giác mạch, nuôi bò vàng vùng cao.
Chị Giàng Thị Sáy, chủ homestay Sáy Mông ở thôn Lô Lô Chải, xã Lũng Cú, chia sẻ: năm 2023 gia đình đón khoảng 2.300 lượt khách, thu nhập hơn 350 triệu đồng. Chị Lù Thị Dí, Chủ tịch Hội LHPN xã Sủng Là, cho biết xã có 26 hộ phụ nữ làm du lịch cộng đồng, nhưng nhiều chị em còn ngại giao tiếp với khách, chưa biết quảng bá.
Theo bà Vàng Thị Chở, Phó Chủ tịch Hội LHPN tỉnh, từ năm 2022 đến nay Hội đã tổ chức 18 lớp tập huấn tương tự cho hơn 1.100 lượt học viên; hỗ trợ 9 hợp tác xã và 41 tổ hợp tác do phụ nữ quản lý; giới thiệu 215 hội viên vay vốn khởi nghiệp với tổng số tiền trên 9,6 tỷ đồng. Năm 2024, Hội phấn đấu có ít nhất 30 ý tưởng khởi nghiệp của phụ nữ dân tộc thiểu số được ươm tạo.
Nhiều học viên cho biết đây là lần đầu được học cách ghi chép thu chi, tính lãi lỗ; giảng viên phải dùng hình ảnh, trò chơi và nhờ cán bộ Hội phiên dịch sang tiếng Mông để chị em dễ hiểu. Một số chị em mạnh dạn lập trang bán hàng trên mạng xã hội ngay tại lớp.
Kết thúc lớp học, Ban Tổ chức chọn 5 phương án xuất sắc để hỗ trợ mỗi phương án 20 triệu đồng vốn mồi. Bà Sùng Thị Mai đề nghị Hội LHPN các huyện tiếp tục theo dõi, hỗ trợ học viên sau tập huấn, kết nối với các doanh nghiệp du lịch trên địa bàn.
Mai Anh
Lượt xem: 934
Tin cùng chuyên mục
- Phụ nữ Hoàng Su Phì làm chè Shan tuyết (10/04/2024)
- Trao 20 con bò cho hộ phụ nữ nghèo Mèo Vạc (28/03/2024)
- Hội LHPN tỉnh tổng kết công tác năm 2023 (27/12/2023)
""", "2024-04-19", "Hơn 70 phụ nữ Mông được tập huấn khởi sự kinh doanh",
E("tap_huan", "2024", "2024-04-17"),
[P("Sùng Thị Mai", "Ủy viên Ban Chấp hành Đảng bộ tỉnh", "Chủ tịch Hội LHPN tỉnh"),
 P("Lê Thị Thanh Vân", "chuyên viên Trung tâm Hỗ trợ phụ nữ khởi nghiệp"),
 P("Đỗ Thu Trang", "chuyên viên Trung tâm Hỗ trợ phụ nữ khởi nghiệp"),
 P("Giàng Thị Sáy", "chủ homestay Sáy Mông"),
 P("Lù Thị Dí", "Chủ tịch Hội LHPN xã Sủng Là"),
 P("Vàng Thị Chở", "Phó Chủ tịch Hội LHPN tỉnh")],
[Q("Hơn 70 phụ nữ Mông", 70, "phụ nữ Mông", "over"), Q("72 học viên", 72, "học viên"), Q("12 phương án kinh doanh", 12, "phương án kinh doanh"),
 Q("khoảng 2.300 lượt khách", 2300, "lượt khách", "approx"), Q("hơn 350 triệu đồng", 350000000, "đồng", "over"),
 Q("26 hộ phụ nữ", 26, "hộ phụ nữ"), Q("18 lớp tập huấn", 18, "lớp tập huấn"), Q("hơn 1.100 lượt học viên", 1100, "lượt học viên", "over"),
 Q("9 hợp tác xã", 9, "hợp tác xã"), Q("41 tổ hợp tác", 41, "tổ hợp tác"), Q("215 hội viên", 215, "hội viên"),
 Q("trên 9,6 tỷ đồng", 9600000000, "đồng", "over"), Q("ít nhất 30 ý tưởng khởi nghiệp", 30, "ý tưởng khởi nghiệp", "over"),
 Q("5 phương án xuất sắc", 5, "phương án xuất sắc"), Q("20 triệu đồng", 20000000, "đồng")],
[D("Kế hoạch", "24", "KH-HPN", "2024-02-20", "Hội LHPN tỉnh", "Kế hoạch số 24/KH-HPN ngày 20/2/2024"),
 D("Chỉ thị", "14", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 14, 15-CT/TU"),
 D("Chỉ thị", "15", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 14, 15-CT/TU")],
[prov("Hà Giang"), com("Lũng Cú"), com("Sủng Là")],
["Báo Hà Giang điện tử", "Xã hội | Phụ nữ - Gia đình", "Học viên thực hành lập kế hoạch kinh doanh theo nhóm.", "(BHG)",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi", "Lượt xem: 934"],
["19/04/2024 06:00", "2 ngày", "Dự án 8", "năm 2023", "Lượt xem: 934"]))

PAGES.append(page("b5181-baclieu-hlhpn-traosinhke-2024", """
BÁO BẠC LIÊU
Trang chủ › Xã hội › Phụ nữ - Gia đình
Thứ Năm, 29/08/2024
Bà Lâm Thị Sa Rết trao máy may cho hội viên.
Trao 60 suất sinh kế cho phụ nữ nghèo vùng đồng bào Khmer
Sáng 27/8, tại xã Hưng Hội, Hội LHPN tỉnh Bạc Liêu phối hợp Hội LHPN huyện Vĩnh Lợi và Công ty TNHH Thủy sản Minh Phát trao 60 suất sinh kế cho phụ nữ nghèo, phụ nữ đơn thân nuôi con nhỏ, phần lớn là đồng bào Khmer.
Các suất sinh kế gồm 25 máy may công nghiệp, 20 con bò giống và 15 bộ dụng cụ làm bánh, mỗi suất trị giá khoảng 11,5 triệu đồng; tổng trị giá 690 triệu đồng. Dự buổi trao có bà Lâm Thị Sa Rết, Phó Chủ tịch Hội LHPN tỉnh; bà Danh Thị Kiều, HUV, Chủ tịch Hội LHPN huyện Vĩnh Lợi; ông Thạch Sô Phên, Bí thư Đảng ủy xã Hưng Hội và bà Trần Thị Mỹ Tiên, Giám đốc Công ty TNHH Thủy sản Minh Phát.
Bà Lâm Thị Sa Rết cho biết, hoạt động nhằm thực hiện Kế hoạch số 73-KH/HPN ngày 5/4/2024 của Ban Thường vụ Hội LHPN tỉnh về hỗ trợ phụ nữ nghèo phát triển sinh kế bền vững và Chương trình phối hợp số 02/CTPH-HPN-DN giữa Hội với các doanh nghiệp trên địa bàn. Các hộ được chọn qua bình xét công khai ở 11 ấp, ưu tiên hộ nghèo có lao động nữ và hộ có phụ nữ đơn thân.
Hội viên xã Hưng Hội nhận bò giống.
Cùng ngày, Hội LHPN huyện Vĩnh Lợi trao 100 phần quà Tết Sene Dolta cho phụ nữ nghèo người Khmer, mỗi phần gồm 10 kg gạo, nhu yếu phẩm và 300.000 đồng tiền mặt; trao 5 suất học bổng cho con hội viên nghèo, mỗi suất 1 triệu đồng. Tổng trị giá quà tặng trong ngày gần 900 triệu đồng.
Chị Thị Sa Vol, ấp Trà Khứa, một trong 25 người nhận máy may, xúc động cho biết chị từng học nghề may do Hội tổ chức năm 2023 nhưng không có máy để làm. "Có máy, tôi sẽ nhận hàng gia công của tổ hợp tác may trong xã, mỗi tháng thêm được khoảng 3 triệu đồng", chị nói.
Theo bà Danh Thị Kiều, từ năm 2022 đến nay, Hội LHPN huyện đã trao 312 suất sinh kế trị giá hơn 2,8 tỷ đồng, giúp 147 hộ thoát nghèo. Hội sẽ phân công các chi hội trưởng theo dõi, hướng dẫn các hộ sử dụng hiệu quả phương tiện sinh kế, không bán, cầm cố.
Trước khi nhận bò, các hộ được cán bộ khuyến nông xã hướng dẫn làm chuồng, trồng cỏ và phòng bệnh; hộ nhận máy may được tổ hợp tác may của xã nhận vào làm gia công, bảo đảm đầu ra ổn định. Hội LHPN xã cũng giới thiệu 8 hộ đủ điều kiện vay thêm vốn Ngân hàng Chính sách xã hội để mở rộng sản xuất.
Ông Thạch Sô Phên đánh giá việc hỗ trợ "cần câu" cho chị em thiết thực, đề nghị Hội LHPN xã nhân rộng tổ hợp tác may gia công để tạo việc làm tại chỗ cho ít nhất 50 lao động nữ.
Huỳnh Như
Tin cùng chuyên mục
- Hòa Bình: phụ nữ nuôi tôm sinh thái (20/08/2024)
- Trao 30 căn nhà "Mái ấm tình thương" (02/08/2024)
- Hội thi "Phụ nữ Khmer khéo tay" (18/07/2024)
""", "2024-08-29", "Trao 60 suất sinh kế cho phụ nữ nghèo vùng đồng bào Khmer",
E("trao_qua", None, "2024-08-27"),
[P("Lâm Thị Sa Rết", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Danh Thị Kiều", "HUV", "Chủ tịch Hội LHPN huyện Vĩnh Lợi"),
 P("Thạch Sô Phên", "Bí thư Đảng ủy xã Hưng Hội"),
 P("Trần Thị Mỹ Tiên", "Giám đốc Công ty TNHH Thủy sản Minh Phát"),
 P("Thị Sa Vol")],
[Q("60 suất sinh kế", 60, "suất sinh kế"), Q("25 máy may công nghiệp", 25, "máy may công nghiệp"), Q("20 con bò giống", 20, "con bò giống"),
 Q("15 bộ dụng cụ làm bánh", 15, "bộ dụng cụ làm bánh"), Q("khoảng 11,5 triệu đồng", 11500000, "đồng", "approx"), Q("690 triệu đồng", 690000000, "đồng"), Q("khoảng 3 triệu đồng", 3000000, "đồng", "approx"), Q("11 ấp", 11, "ấp"),
 Q("100 phần quà", 100, "phần quà"), Q("10 kg", 10, "kg"), Q("300.000 đồng", 300000, "đồng"), Q("5 suất học bổng", 5, "suất học bổng"),
 Q("1 triệu đồng", 1000000, "đồng"), Q("gần 900 triệu đồng", 900000000, "đồng", "approx"), Q("25 người", 25, "người"),
 Q("312 suất sinh kế", 312, "suất sinh kế"), Q("hơn 2,8 tỷ đồng", 2800000000, "đồng", "over"), Q("147 hộ", 147, "hộ"), Q("8 hộ", 8, "hộ"),
 Q("ít nhất 50 lao động nữ", 50, "lao động nữ", "over")],
[D("Kế hoạch", "73", "KH/HPN", "2024-04-05", "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch số 73-KH/HPN ngày 5/4/2024"),
 D("Chương trình phối hợp", "02", "CTPH-HPN-DN", None, None, "Chương trình phối hợp số 02/CTPH-HPN-DN")],
[prov("Bạc Liêu"), com("Hưng Hội")],
["BÁO BẠC LIÊU", "Trang chủ › Xã hội › Phụ nữ - Gia đình", "Bà Lâm Thị Sa Rết trao máy may cho hội viên.",
 "Hội viên xã Hưng Hội nhận bò giống.", "Sene Dolta"],
["Thứ Năm, 29/08/2024", "năm 2023", "từ năm 2022"]))

PAGES.append(page("b5182-phutho-hlhpn-giamsat-2024", """
Cổng thông tin điện tử huyện Thanh Sơn
Tin tức » Hoạt động các đoàn thể
10:20 | 24/10/2024
Hội LHPN huyện giám sát hoạt động ủy thác vốn vay tại xã Thục Luyện
Ngày 22/10/2024, Đoàn giám sát của Ban Thường vụ Hội LHPN huyện Thanh Sơn (tỉnh Phú Thọ) do bà Đinh Thị Thu Hiền, HUV, Chủ tịch Hội LHPN huyện làm trưởng đoàn đã giám sát việc thực hiện hoạt động ủy thác vốn vay Ngân hàng Chính sách xã hội tại Hội LHPN xã Thục Luyện. Đây là cuộc giám sát chuyên đề năm 2024 theo Kế hoạch số 18-KH/HPN ngày 12/3/2024 của Ban Thường vụ Hội LHPN huyện.
Đoàn giám sát kiểm tra sổ sách tổ tiết kiệm và vay vốn.
Báo cáo của bà Hà Thị Ngọc, Chủ tịch Hội LHPN xã Thục Luyện, cho biết Hội đang quản lý 6 tổ tiết kiệm và vay vốn với 287 hộ vay, tổng dư nợ 15,48 tỷ đồng; không có nợ quá hạn. Nguồn vốn chủ yếu tập trung cho vay hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo, học sinh sinh viên và nước sạch vệ sinh môi trường. Nhờ vốn vay, nhiều hội viên người Mường đã phát triển trồng keo, chè, nuôi gà đồi; trong năm có 19 hộ thoát nghèo.
Đoàn đã kiểm tra sổ sách, đối chiếu trực tiếp với 24 hộ vay tại khu Ngọc Đồng và khu Đồng Phai. Qua giám sát, các tổ thực hiện đúng quy trình bình xét cho vay, thu lãi, thu tiết kiệm; 100% hộ vay sử dụng vốn đúng mục đích. Tuy nhiên, việc sinh hoạt tổ định kỳ ở 2 tổ chưa đều; hồ sơ lưu trữ ở một số tổ chưa khoa học; tỷ lệ hộ vay tham gia gửi tiết kiệm mới đạt 71%.
Bà Đinh Thị Thu Hiền đề nghị Hội LHPN xã tiếp tục thực hiện Văn bản liên tịch số 01/VBLT-HPN-NHCS giữa Hội và Ngân hàng Chính sách xã hội, Chỉ thị số 40-CT/TW ngày 22/11/2014 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với tín dụng chính sách xã hội và Kết luận 06-KL/TW của Ban Bí thư về tiếp tục thực hiện Chỉ thị 40; phối hợp với Ban giảm nghèo xã rà soát nhu cầu vay vốn của hội viên, nhất là phụ nữ có ý tưởng khởi nghiệp.
Tham gia đoàn giám sát còn có các bà Phó Chủ tịch Hội LHPN huyện: Hà Thị Liên, Đinh Thị Nguyệt và ông Trần Quốc Bảo, Phó Giám đốc Phòng Giao dịch Ngân hàng Chính sách xã hội huyện Thanh Sơn.
Ông Hà Văn Mười, Phó Bí thư Thường trực Đảng ủy xã Thục Luyện, tiếp thu ý kiến của đoàn, cho biết Đảng ủy sẽ chỉ đạo UBND xã hỗ trợ Hội về địa điểm giao dịch và bố trí cán bộ theo dõi, đôn đốc các tổ trưởng; phấn đấu năm 2025 tăng dư nợ thêm khoảng 2 tỷ đồng để có thêm ít nhất 40 hộ được vay vốn.
Đinh Hương
Các tin khác
- Phụ nữ Thanh Sơn khởi nghiệp từ cây chè (15/10/2024)
- Hội LHPN huyện sơ kết 6 tháng đầu năm 2024 (12/07/2024)
- Trao 15 con bò cho hội viên nghèo xã Xuân Đài (20/06/2024)
""", "2024-10-24", "Hội LHPN huyện giám sát hoạt động ủy thác vốn vay tại xã Thục Luyện",
E("giam_sat", "2024", "2024-10-22"),
[P("Đinh Thị Thu Hiền", "HUV", "Chủ tịch Hội LHPN huyện"),
 P("Hà Thị Ngọc", "Chủ tịch Hội LHPN xã Thục Luyện"),
 P("Hà Thị Liên", "Phó Chủ tịch Hội LHPN huyện"),
 P("Đinh Thị Nguyệt", "Phó Chủ tịch Hội LHPN huyện"),
 P("Trần Quốc Bảo", "Phó Giám đốc Phòng Giao dịch Ngân hàng Chính sách xã hội huyện Thanh Sơn"),
 P("Hà Văn Mười", "Phó Bí thư Thường trực Đảng ủy xã Thục Luyện")],
[Q("6 tổ tiết kiệm và vay vốn", 6, "tổ tiết kiệm và vay vốn"), Q("287 hộ", 287, "hộ"), Q("15,48 tỷ đồng", 15480000000, "đồng"),
 Q("19 hộ", 19, "hộ"), Q("24 hộ", 24, "hộ"), Q("100%", 100, "%"), Q("2 tổ", 2, "tổ"), Q("71%", 71, "%"),
 Q("khoảng 2 tỷ đồng", 2000000000, "đồng", "approx"), Q("ít nhất 40 hộ", 40, "hộ", "over")],
[D("Kế hoạch", "18", "KH/HPN", "2024-03-12", "Ban Thường vụ Hội LHPN huyện", "Kế hoạch số 18-KH/HPN ngày 12/3/2024"),
 D("Văn bản liên tịch", "01", "VBLT-HPN-NHCS", None, None, "Văn bản liên tịch số 01/VBLT-HPN-NHCS"),
 D("Chỉ thị", "40", "CT/TW", "2014-11-22", "Ban Bí thư", "Chỉ thị số 40-CT/TW ngày 22/11/2014"),
 D("Kết luận", "06", "KL/TW", None, "Ban Bí thư", "Kết luận 06-KL/TW")],
[prov("Phú Thọ"), com("Thục Luyện")],
["Cổng thông tin điện tử huyện Thanh Sơn", "Tin tức » Hoạt động các đoàn thể", "Đoàn giám sát kiểm tra sổ sách tổ tiết kiệm và vay vốn."],
["10:20 | 24/10/2024", "năm 2024", "năm 2025", "Chỉ thị 40"]))
