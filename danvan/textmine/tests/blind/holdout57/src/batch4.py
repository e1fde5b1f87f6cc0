from lib import *
PAGES = []

PAGES.append(page("b1343-quangbinh-hlhpn-lethuy-tongket-2024", """
BÁO QUẢNG BÌNH ĐIỆN TỬ
Trang chủ » Chính trị » Mặt trận - Đoàn thể
Thứ Năm, 26/12/2024 - 16:30
Hội LHPN huyện Lệ Thủy tổng kết công tác Hội năm 2024
(QBĐT) - Ngày 25/12, Hội LHPN huyện Lệ Thủy tổ chức hội nghị tổng kết công tác Hội và phong trào phụ nữ năm 2024, triển khai nhiệm vụ năm 2025. Dự hội nghị có bà Nguyễn Thị Thu Hằng, Phó Chủ tịch Hội LHPN tỉnh Quảng Bình; bà Trần Thị Lý, Huyện ủy viên, Trưởng Ban Dân vận Huyện ủy Lệ Thủy và 56 đồng chí là ủy viên Ban Chấp hành Hội LHPN huyện, chủ tịch Hội LHPN các xã, thị trấn.
Bà Nguyễn Thị Thu Hằng trao cờ thi đua cho các đơn vị xuất sắc.
Năm 2024, các cấp Hội trong huyện đã bám sát Chỉ thị số 21-CT/TW ngày 20/1/2018 của Ban Bí thư về tiếp tục đẩy mạnh công tác phụ nữ trong tình hình mới và Nghị quyết 07, 08-NQ/HU của Ban Chấp hành Đảng bộ huyện về phát triển nông nghiệp hữu cơ, du lịch sinh thái. Toàn huyện hiện có 24.610 hội viên, đạt 91,3% tổng số phụ nữ từ 18 tuổi trở lên; trong năm kết nạp mới 702 hội viên.
Hưởng ứng chương trình "Xóa nhà tạm, nhà dột nát", Hội LHPN huyện đã vận động xây mới 11 căn nhà và sửa chữa 6 căn nhà cho hội viên nghèo với tổng kinh phí 760 triệu đồng, trong đó Hội LHPN huyện trực tiếp hỗ trợ 180 triệu đồng. Các cấp Hội giúp 127 hộ phụ nữ nghèo, cận nghèo, trong đó 42 hộ thoát nghèo; hỗ trợ 31 ý tưởng, dự án khởi nghiệp của phụ nữ, 5 sản phẩm của hội viên đạt chuẩn OCOP 3 sao. Dư nợ ủy thác qua Ngân hàng Chính sách xã hội đạt 265,8 tỷ đồng với 6.114 hộ vay.
Thực hiện Đề án "Tuyên truyền, giáo dục, vận động, hỗ trợ phụ nữ tham gia giải quyết một số vấn đề xã hội liên quan đến phụ nữ giai đoạn 2017 - 2027" theo Quyết định số 938/QĐ-TTg ngày 30/6/2017 của Thủ tướng Chính phủ, Hội đã duy trì 14 câu lạc bộ "Phòng chống bạo lực gia đình", 9 "Địa chỉ tin cậy" ở cộng đồng; phối hợp tổ chức 3 đợt khám sàng lọc ung thư vú miễn phí cho 620 phụ nữ.
Tại hội nghị, bà Đinh Thị Thúy, Bí thư Chi bộ kiêm Trưởng thôn Tân Hiệp, xã Sen Thủy chia sẻ kinh nghiệm vận động chị em hiến đất, đóng góp 1.350 ngày công làm đường hoa nông thôn mới. Bà Hoàng Thị Quế, Chủ tịch Hội LHPN xã Ngư Thủy, cho biết sau cơn bão số 4 năm 2024, hội viên đã cùng nhau khôi phục 4 tổ hợp tác chế biến hải sản.
Theo bà Phạm Thị Ngọc Ánh, Huyện ủy viên, Chủ tịch Hội LHPN huyện, năm 2025 các cấp Hội tập trung thực hiện Kế hoạch số 155-KH/HU ngày 12/11/2024 của Huyện ủy Lệ Thủy về sắp xếp, tinh gọn tổ chức bộ máy và Hướng dẫn số 12-HD/ĐCT của Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam về đại hội phụ nữ các cấp nhiệm kỳ 2026 - 2031.
Phát biểu chỉ đạo, bà Nguyễn Thị Thu Hằng ghi nhận Hội LHPN huyện Lệ Thủy là 1 trong 3 đơn vị dẫn đầu phong trào thi đua khối huyện, thị xã, thành phố. Dịp này, Hội LHPN tỉnh tặng bằng khen cho 3 tập thể, 4 cá nhân; Hội LHPN huyện khen thưởng 18 tập thể và 36 cá nhân xuất sắc.
Mỹ Hạnh
Lượt xem: 689
Tin liên quan
- Quảng Ninh: phụ nữ chung tay xóa nhà tạm (18/12/2024)
- Hội LHPN tỉnh tổng kết năm 2024 (16/12/2024)
- Bố Trạch: ra mắt mô hình "Phụ nữ tiết kiệm" (05/12/2024)
""", "2024-12-26", "Hội LHPN huyện Lệ Thủy tổng kết công tác Hội năm 2024",
E("tong_ket", "2024", "2024-12-25"),
[P("Nguyễn Thị Thu Hằng", "Phó Chủ tịch Hội LHPN tỉnh Quảng Bình"),
 P("Trần Thị Lý", "Huyện ủy viên", "Trưởng Ban Dân vận Huyện ủy Lệ Thủy"),
 P("Đinh Thị Thúy", "Bí thư Chi bộ kiêm Trưởng thôn Tân Hiệp"),
 P("Hoàng Thị Quế", "Chủ tịch Hội LHPN xã Ngư Thủy"),
 P("Phạm Thị Ngọc Ánh", "Huyện ủy viên", "Chủ tịch Hội LHPN huyện")],
[Q("56 đồng chí", 56, "đồng chí"), Q("24.610 hội viên", 24610, "hội viên"), Q("91,3%", 91.3, "%"), Q("702 hội viên", 702, "hội viên"),
 Q("11 căn nhà", 11, "căn nhà"), Q("6 căn nhà", 6, "căn nhà"), Q("760 triệu đồng", 760000000, "đồng"), Q("180 triệu đồng", 180000000, "đồng"),
 Q("127 hộ phụ nữ nghèo, cận nghèo", 127, "hộ phụ nữ nghèo, cận nghèo"), Q("42 hộ", 42, "hộ"),
 Q("31 ý tưởng, dự án khởi nghiệp", 31, "ý tưởng, dự án khởi nghiệp"), Q("5 sản phẩm", 5, "sản phẩm"),
 Q("265,8 tỷ đồng", 265800000000, "đồng"), Q("6.114 hộ vay", 6114, "hộ vay"), Q('14 câu lạc bộ "Phòng chống bạo lực gia đình"', 14, "câu lạc bộ"),
 Q('9 "Địa chỉ tin cậy"', 9, "Địa chỉ tin cậy"), Q("3 đợt khám sàng lọc ung thư vú", 3, "đợt khám sàng lọc ung thư vú"),
 Q("620 phụ nữ", 620, "phụ nữ"), Q("1.350 ngày công", 1350, "ngày công"), Q("4 tổ hợp tác chế biến hải sản", 4, "tổ hợp tác chế biến hải sản"),
 Q("3 đơn vị", 3, "đơn vị"), Q("3 tập thể", 3, "tập thể"), Q("4 cá nhân", 4, "cá nhân"), Q("18 tập thể", 18, "tập thể"), Q("36 cá nhân", 36, "cá nhân")],
[D("Chỉ thị", "21", "CT/TW", "2018-01-20", "Ban Bí thư", "Chỉ thị số 21-CT/TW ngày 20/1/2018 của Ban Bí thư"),
 D("Nghị quyết", "07", "NQ/HU", None, "Ban Chấp hành Đảng bộ huyện", "Nghị quyết 07, 08-NQ/HU của Ban Chấp hành Đảng bộ huyện"),
 D("Nghị quyết", "08", "NQ/HU", None, "Ban Chấp hành Đảng bộ huyện", "Nghị quyết 07, 08-NQ/HU của Ban Chấp hành Đảng bộ huyện"),
 D("Quyết định", "938", "QĐ-TTg", "2017-06-30", "Thủ tướng Chính phủ", "Quyết định số 938/QĐ-TTg ngày 30/6/2017 của Thủ tướng Chính phủ"),
 D("Kế hoạch", "155", "KH/HU", "2024-11-12", "Huyện ủy Lệ Thủy", "Kế hoạch số 155-KH/HU ngày 12/11/2024 của Huyện ủy Lệ Thủy"),
 D("Hướng dẫn", "12", "HD/ĐCT", None, "Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam", "Hướng dẫn số 12-HD/ĐCT của Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam")],
[prov("Quảng Bình"), com("Sen Thủy"), com("Ngư Thủy")],
["BÁO QUẢNG BÌNH ĐIỆN TỬ", "Trang chủ » Chính trị » Mặt trận - Đoàn thể", "(QBĐT)", "Bà Nguyễn Thị Thu Hằng trao cờ thi đua cho các đơn vị xuất sắc.",
 "Xóa nhà tạm, nhà dột nát", "Tuyên truyền, giáo dục, vận động, hỗ trợ phụ nữ tham gia giải quyết một số vấn đề xã hội liên quan đến phụ nữ giai đoạn 2017 - 2027",
 "Phòng chống bạo lực gia đình", "Địa chỉ tin cậy", "Lượt xem: 689"],
["Thứ Năm, 26/12/2024 - 16:30", "56 đồng chí", "năm 2024", "năm 2025", "18 tuổi", "OCOP 3 sao", "bão số 4", "1 trong 3", "nhiệm kỳ 2026 - 2031",
 "giai đoạn 2017 - 2027", "Lượt xem: 689"]))

PAGES.append(page("b1344-travinh-hnd-tapson-mohinh-2024", """
BÁO TRÀ VINH ĐIỆN TỬ
Kinh tế › Nông nghiệp - Nông thôn
10.05.2024 | 08:15
Nông dân Khmer xã Tập Sơn khấm khá nhờ trồng màu luân canh
Ông Thạch Sà Nal chăm sóc ruộng dưa leo. Ảnh: Thanh Hòa
Ở xã Tập Sơn, huyện Trà Cú, tỉnh Trà Vinh, những cánh đồng trước đây chỉ làm một vụ lúa bấp bênh nay đã xanh mướt dưa leo, đậu phộng, bắp lai. Mô hình luân canh lúa - màu do Hội Nông dân xã vận động từ năm 2020 đã giúp nhiều hộ đồng bào Khmer có thu nhập ổn định.
Gia đình ông Thạch Sà Nal, hội viên Chi hội Nông dân ấp Ô Rung, có 8 công đất ruộng. Trước đây, mỗi năm trồng lúa chỉ lãi khoảng 15 triệu đồng. Từ khi chuyển sang 1 vụ lúa, 2 vụ màu, trừ chi phí ông thu lãi trên 90 triệu đồng mỗi năm. "Có Hội Nông dân hướng dẫn kỹ thuật, cho vay vốn mua giống, tôi mới dám làm. Giờ con cái được đi học đầy đủ", ông Sà Nal nói.
Theo ông Kim Văn Sóc Ra, Chủ tịch Hội Nông dân xã Tập Sơn, toàn xã hiện có 1.942 hội viên, trong đó hơn 70% là người Khmer. Thực hiện Nghị quyết số 03-NQ/TU ngày 4/7/2021 của Ban Chấp hành Đảng bộ tỉnh về phát triển nông nghiệp ứng dụng công nghệ cao và Kế hoạch 27-KH/ĐU của Đảng ủy xã về chuyển đổi cơ cấu cây trồng, Hội đã phối hợp Trạm Khuyến nông mở 12 lớp tập huấn cho 480 lượt hội viên; vận động thành lập 2 tổ hợp tác trồng màu với 46 thành viên. Diện tích luân canh lúa - màu của xã tăng từ 65 ha lên 310 ha.
Nguồn vốn cũng là "cú hích" quan trọng. Từ Quỹ Hỗ trợ nông dân, Hội Nông dân xã đã giải ngân 3 dự án với tổng số tiền 600 triệu đồng cho 30 hộ; hội viên còn được vay từ Ngân hàng Chính sách xã hội theo chương trình hộ nghèo, hộ cận nghèo. Nhờ đó, tỷ lệ hộ nghèo của xã giảm từ 9,8% năm 2021 xuống còn 3,16% cuối năm 2023.
Tuy vậy, việc tiêu thụ nông sản vẫn phụ thuộc thương lái. Bà Sơn Thị Sa Phia, Tổ trưởng Tổ hợp tác trồng màu ấp Đại Mong, cho biết có thời điểm giá dưa leo chỉ còn 2.000 đồng/kg, bà con phải bán lỗ. Hội Nông dân huyện Trà Cú đang hỗ trợ tổ hợp tác kết nối với 2 doanh nghiệp chế biến để ký hợp đồng bao tiêu.
Ông Thạch Ngọc Hên, Phó Chủ tịch Hội Nông dân huyện Trà Cú, đánh giá mô hình ở Tập Sơn phù hợp với Quyết định số 1131/QĐ-UBND ngày 22/6/2022 của UBND tỉnh Trà Vinh về phê duyệt đề án chuyển đổi cơ cấu cây trồng trên đất lúa. Thời gian tới, Hội sẽ nhân rộng mô hình ra các xã Ngãi Xuyên, Hàm Giang, Tân Hiệp; đồng thời phối hợp với Hội Cựu chiến binh, Đoàn Thanh niên vận động bà con xây dựng nhãn hiệu tập thể cho dưa leo Tập Sơn.
Thanh Hòa
Lượt xem: 502
Tin khác
- Cầu Ngang: nông dân nuôi tôm công nghệ cao (06/05/2024)
- Hội Nông dân tỉnh giao ban quý I năm 2024 (12/04/2024)
- Duyên Hải: trao vốn Quỹ Hỗ trợ nông dân (02/04/2024)
""", "2024-05-10", "Nông dân Khmer xã Tập Sơn khấm khá nhờ trồng màu luân canh",
E("khac", None, None),
[P("Thạch Sà Nal", "hội viên Chi hội Nông dân ấp Ô Rung"),
 P("Kim Văn Sóc Ra", "Chủ tịch Hội Nông dân xã Tập Sơn"),
 P("Sơn Thị Sa Phia", "Tổ trưởng Tổ hợp tác trồng màu ấp Đại Mong"),
 P("Thạch Ngọc Hên", "Phó Chủ tịch Hội Nông dân huyện Trà Cú")],
[Q("8 công đất ruộng", 8, "công"), Q("khoảng 15 triệu đồng", 15000000, "đồng", "approx"),
 Q("trên 90 triệu đồng", 90000000, "đồng", "over"), Q("1.942 hội viên", 1942, "hội viên"), Q("hơn 70%", 70, "%", "over"),
 Q("12 lớp tập huấn", 12, "lớp tập huấn"), Q("480 lượt hội viên", 480, "lượt hội viên"), Q("2 tổ hợp tác trồng màu", 2, "tổ hợp tác trồng màu"),
 Q("46 thành viên", 46, "thành viên"), Q("65 ha", 65, "ha"), Q("310 ha", 310, "ha"), Q("3 dự án", 3, "dự án"),
 Q("600 triệu đồng", 600000000, "đồng"), Q("30 hộ", 30, "hộ"), Q("9,8%", 9.8, "%"), Q("3,16%", 3.16, "%"),
 Q("2.000 đồng/kg", 2000, "đồng"), Q("2 doanh nghiệp chế biến", 2, "doanh nghiệp chế biến")],
[D("Nghị quyết", "03", "NQ/TU", "2021-07-04", "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 03-NQ/TU ngày 4/7/2021 của Ban Chấp hành Đảng bộ tỉnh"),
 D("Kế hoạch", "27", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch 27-KH/ĐU của Đảng ủy xã"),
 D("Quyết định", "1131", "QĐ-UBND", "2022-06-22", "UBND tỉnh Trà Vinh", "Quyết định số 1131/QĐ-UBND ngày 22/6/2022 của UBND tỉnh Trà Vinh")],
[prov("Trà Vinh"), com("Tập Sơn"), com("Ngãi Xuyên"), com("Hàm Giang"), com("Tân Hiệp")],
["BÁO TRÀ VINH ĐIỆN TỬ", "Kinh tế › Nông nghiệp - Nông thôn", "Ông Thạch Sà Nal chăm sóc ruộng dưa leo. Ảnh: Thanh Hòa", "cú hích", "Lượt xem: 502"],
["10.05.2024 | 08:15", "từ năm 2020", "1 vụ lúa, 2 vụ màu", "năm 2021", "cuối năm 2023", "Lượt xem: 502"]))

PAGES.append(page("b1345-gialai-hlhpn-phucat-hoinghi-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH GIA LAI
Trang chủ / Xã hội / Phụ nữ
12/09/2025 06:45 GMT+7
Xã Phù Cát biểu dương 40 phụ nữ khởi nghiệp, chuyển đổi số
GL - Ngày 11/9, Hội LHPN xã Phù Cát (tỉnh Gia Lai) tổ chức hội nghị biểu dương phụ nữ tiêu biểu trong khởi nghiệp, chuyển đổi số năm 2025. Đây là hội nghị biểu dương đầu tiên của Hội LHPN xã sau khi xã Phù Cát mới được thành lập trên cơ sở sáp nhập thị trấn Ngô Mây và các xã Cát Trinh, Cát Tân.
Các đại biểu trao giấy khen cho phụ nữ tiêu biểu. Ảnh: Ngọc Nhuận
Dự hội nghị có bà Đoàn Thị Thanh Hương, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội LHPN tỉnh Gia Lai; ông Trần Đình Khoa, Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã Phù Cát; bà Lê Thị Hồng Nhung, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Chủ tịch Hội LHPN xã cùng hơn 150 hội viên.
Theo báo cáo, sau khi thực hiện Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về sắp xếp đơn vị hành chính cấp tỉnh, Hội LHPN xã Phù Cát hiện có 8.426 hội viên sinh hoạt ở 39 chi hội. Từ đầu năm đến nay, các cấp Hội đã hỗ trợ 40 phụ nữ khởi nghiệp với các mô hình làm nước mắm, bánh tráng, trồng nấm, bán hàng trên mạng xã hội; 9 sản phẩm được đăng bán trên sàn thương mại điện tử, 2 sản phẩm đạt chuẩn OCOP. Hội đã hướng dẫn gần 3.000 hội viên cài đặt ứng dụng định danh điện tử VNeID, thanh toán không dùng tiền mặt theo Đề án 06 của Chính phủ.
Dư nợ ủy thác qua Ngân hàng Chính sách xã hội do Hội LHPN xã quản lý đạt 96,3 tỷ đồng với 2.054 hộ vay, thông qua 41 tổ tiết kiệm và vay vốn. Hưởng ứng phong trào "Cả nước chung tay xóa nhà tạm, nhà dột nát", Hội vận động hơn 210 triệu đồng, hỗ trợ xây mới 3 căn nhà cho hội viên nghèo đơn thân.
Chia sẻ tại hội nghị, chị Nguyễn Thị Bích Trâm, thôn Chánh Hữu, cho biết từ khoản vay 50 triệu đồng, chị đã mở cơ sở làm bánh tráng nước dừa, giải quyết việc làm cho 6 lao động nữ, mỗi tháng bán ra hơn 20.000 chiếc bánh qua livestream. Bà Võ Thị Lệ, Chi hội trưởng phụ nữ thôn Hữu Thạnh, kiến nghị Hội hỗ trợ chị em lớn tuổi tiếp cận điện thoại thông minh.
Phát biểu tại hội nghị, bà Đoàn Thị Thanh Hương đề nghị Hội LHPN xã khẩn trương ổn định tổ chức theo Quy chế phối hợp số 02-QCPH/MTTQ-HPN giữa Ban Thường trực Ủy ban MTTQ Việt Nam xã và Ban Thường vụ Hội LHPN xã; thực hiện tốt Kế hoạch số 12-KH/ĐU ngày 20/7/2025 của Đảng ủy xã Phù Cát về tuyên truyền Đại hội Đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng. Bà cũng đề nghị nhân rộng mô hình "Chi hội phụ nữ số" ra tất cả các thôn trong xã.
Dịp này, Hội LHPN xã trao giấy khen cho 40 phụ nữ tiêu biểu; Hội LHPN tỉnh trao tặng 10 chiếc điện thoại thông minh cho hội viên có hoàn cảnh khó khăn.
Ngọc Nhuận
Lượt xem: 736
Tin liên quan
- Phường Quy Nhơn ra mắt Ban Chấp hành Hội LHPN lâm thời (05/09/2025)
- Hội LHPN tỉnh Gia Lai triển khai nhiệm vụ sau sắp xếp (25/08/2025)
- Phụ nữ xã Ia Grai học chuyển đổi số (20/08/2025)
""", "2025-09-12", "Xã Phù Cát biểu dương 40 phụ nữ khởi nghiệp, chuyển đổi số",
E("hoi_nghi", "2025", "2025-09-11"),
[P("Đoàn Thị Thanh Hương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội LHPN tỉnh Gia Lai"),
 P("Trần Đình Khoa", "Ủy viên Ban Thường vụ Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã Phù Cát"),
 P("Lê Thị Hồng Nhung", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Chủ tịch Hội LHPN xã"),
 P("Nguyễn Thị Bích Trâm"),
 P("Võ Thị Lệ", "Chi hội trưởng phụ nữ thôn Hữu Thạnh")],
[Q("40 phụ nữ khởi nghiệp", 40, "phụ nữ khởi nghiệp"), Q("hơn 150 hội viên", 150, "hội viên", "over"), Q("8.426 hội viên", 8426, "hội viên"),
 Q("39 chi hội", 39, "chi hội"), Q("9 sản phẩm", 9, "sản phẩm"), Q("2 sản phẩm", 2, "sản phẩm"),
 Q("gần 3.000 hội viên", 3000, "hội viên", "approx"), Q("96,3 tỷ đồng", 96300000000, "đồng"), Q("2.054 hộ vay", 2054, "hộ vay"),
 Q("41 tổ tiết kiệm và vay vốn", 41, "tổ tiết kiệm và vay vốn"), Q("hơn 210 triệu đồng", 210000000, "đồng", "over"),
 Q("3 căn nhà", 3, "căn nhà"), Q("50 triệu đồng", 50000000, "đồng"), Q("6 lao động nữ", 6, "lao động nữ"),
 Q("hơn 20.000 chiếc bánh", 20000, "chiếc bánh", "over"), Q("10 chiếc điện thoại thông minh", 10, "chiếc điện thoại thông minh")],
[D("Nghị quyết", "202", "2025/QH15", "2025-06-12", "Quốc hội", "Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội"),
 D("Quy chế phối hợp", "02", "QCPH/MTTQ-HPN", None, None, "Quy chế phối hợp số 02-QCPH/MTTQ-HPN"),
 D("Kế hoạch", "12", "KH/ĐU", "2025-07-20", "Đảng ủy xã Phù Cát", "Kế hoạch số 12-KH/ĐU ngày 20/7/2025 của Đảng ủy xã Phù Cát"),
 D("Đề án", "06", None, None, "Chính phủ", "Đề án 06 của Chính phủ")],
[prov("Gia Lai"), com("Phù Cát"), com("Ngô Mây"), com("Cát Trinh"), com("Cát Tân")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH GIA LAI", "Trang chủ / Xã hội / Phụ nữ", "GL -", "Các đại biểu trao giấy khen cho phụ nữ tiêu biểu. Ảnh: Ngọc Nhuận",
 "Cả nước chung tay xóa nhà tạm, nhà dột nát", "Chi hội phụ nữ số", "VNeID", "Lượt xem: 736"],
["12/09/2025 06:45 GMT+7", "năm 2025", "Đề án 06", "lần thứ XIV", "Lượt xem: 736"]))

PAGES.append(page("b1346-dongthap-hccb-phuongmytho-soket-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH ĐỒNG THÁP
Chính trị > Mặt trận - Đoàn thể
Cập nhật: 18/07/2025 10:02
Cựu chiến binh phường Mỹ Tho ổn định tổ chức, giữ vững phong trào
Ông Phạm Văn Đực phát biểu chỉ đạo hội nghị.
Ngày 16/7, Hội Cựu chiến binh phường Mỹ Tho, tỉnh Đồng Tháp tổ chức hội nghị sơ kết công tác Hội và phong trào cựu chiến binh 6 tháng đầu năm 2025, triển khai nhiệm vụ 6 tháng cuối năm. Đây là hội nghị đầu tiên của Hội sau khi phường Mỹ Tho được thành lập theo Nghị quyết số 1663/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội về sắp xếp các đơn vị hành chính cấp xã của tỉnh Tiền Giang, trên cơ sở nhập các phường 1, 2, 4, 5 và phường Tân Long cũ.
Dự hội nghị có ông Phạm Văn Đực, Ủy viên Ban Thường vụ, Phó Chủ tịch Hội Cựu chiến binh tỉnh; bà Trần Thị Mỹ Dung, Phó Bí thư Thường trực Đảng ủy phường; ông Lê Minh Hoàng, Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam phường Mỹ Tho.
Báo cáo do ông Nguyễn Văn Hai, Chủ tịch Hội Cựu chiến binh phường trình bày cho biết, sau sắp xếp, Hội có 1.128 hội viên sinh hoạt ở 26 chi hội khu phố; 100% chi hội đã kiện toàn ban chi hội. Sáu tháng đầu năm, Hội đã thực hiện Hướng dẫn số 08-HD/CCB của Ban Thường vụ Trung ương Hội Cựu chiến binh Việt Nam về kiện toàn tổ chức Hội khi kết thúc hoạt động cấp huyện, bàn giao đầy đủ hồ sơ, sổ sách, Quỹ "Nghĩa tình đồng đội" 312 triệu đồng từ Hội Cựu chiến binh thành phố Mỹ Tho về phường.
Các chi hội duy trì 18 tổ cựu chiến binh tự quản về an ninh trật tự, tham gia hòa giải thành 11 vụ mâu thuẫn trong khu dân cư. Hội vận động hội viên hỗ trợ nhau 420 triệu đồng vốn không tính lãi, xây tặng 2 căn nhà "Nghĩa tình đồng đội" trị giá 120 triệu đồng cho hội viên khó khăn ở khu phố Trung Lương. Hội cũng tham gia tuyên truyền Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng.
Tuy vậy, theo ông Hai, địa bàn phường mở rộng, nhiều hội viên tuổi cao, việc đi lại sinh hoạt gặp khó khăn; một số chi hội chưa ổn định nơi sinh hoạt. Ông Trương Văn Mười, Chi hội trưởng Chi hội Cựu chiến binh khu phố 3, kiến nghị phường bố trí điểm sinh hoạt chung tại nhà văn hóa khu phố.
Phát biểu chỉ đạo, ông Phạm Văn Đực đề nghị Hội Cựu chiến binh phường nhanh chóng ổn định tổ chức, thực hiện tốt Quy chế phối hợp số 01-QCPH/MTTQ-CCB với Ủy ban MTTQ Việt Nam phường; chú trọng phát huy vai trò hội viên trong giữ gìn an ninh chính trị, trật tự an toàn xã hội, nhất là trong dịp Đại hội Đảng bộ phường lần thứ I, nhiệm kỳ 2025 - 2030. Bà Trần Thị Mỹ Dung đề nghị Hội phối hợp Công an phường rà soát, nắm tình hình hội viên có đơn thư liên quan chính sách.
Hoàng Nguyên
Lượt xem: 418
Tin khác
- Phường Đạo Thạnh ra mắt Ủy ban MTTQ Việt Nam phường (10/07/2025)
- Hội Cựu chiến binh tỉnh Đồng Tháp giao ban sau sắp xếp (08/07/2025)
- Xã Mỹ Hiệp: cựu chiến binh hiến đất làm đường (02/07/2025)
""", "2025-07-18", "Cựu chiến binh phường Mỹ Tho ổn định tổ chức, giữ vững phong trào",
E("so_ket", "2025-H1", "2025-07-16"),
[P("Phạm Văn Đực", "Ủy viên Ban Thường vụ", "Phó Chủ tịch Hội Cựu chiến binh tỉnh"),
 P("Trần Thị Mỹ Dung", "Phó Bí thư Thường trực Đảng ủy phường"),
 P("Lê Minh Hoàng", "Ủy viên Ban Thường vụ Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam phường Mỹ Tho"),
 P("Nguyễn Văn Hai", "Chủ tịch Hội Cựu chiến binh phường"),
 P("Trương Văn Mười", "Chi hội trưởng Chi hội Cựu chiến binh khu phố 3")],
[Q("1.128 hội viên", 1128, "hội viên"), Q("26 chi hội khu phố", 26, "chi hội khu phố"), Q("100% chi hội", 100, "%"),
 Q("312 triệu đồng", 312000000, "đồng"), Q("18 tổ cựu chiến binh tự quản về an ninh trật tự", 18, "tổ cựu chiến binh tự quản về an ninh trật tự"),
 Q("11 vụ mâu thuẫn", 11, "vụ mâu thuẫn"), Q("420 triệu đồng", 420000000, "đồng"), Q('2 căn nhà "Nghĩa tình đồng đội"', 2, "căn nhà"),
 Q("120 triệu đồng", 120000000, "đồng")],
[D("Nghị quyết", "1663", "NQ-UBTVQH15", "2025-06-16", "Ủy ban Thường vụ Quốc hội", "Nghị quyết số 1663/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội"),
 D("Hướng dẫn", "08", "HD/CCB", None, "Ban Thường vụ Trung ương Hội Cựu chiến binh Việt Nam", "Hướng dẫn số 08-HD/CCB của Ban Thường vụ Trung ương Hội Cựu chiến binh Việt Nam"),
 D("Chỉ thị", "45", "CT/TW", "2025-04-14", "Bộ Chính trị", "Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị"),
 D("Quy chế phối hợp", "01", "QCPH/MTTQ-CCB", None, None, "Quy chế phối hợp số 01-QCPH/MTTQ-CCB")],
[prov("Đồng Tháp"), prov("Tiền Giang"), com("Mỹ Tho"), com("Tân Long")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH ĐỒNG THÁP", "Chính trị > Mặt trận - Đoàn thể", "Ông Phạm Văn Đực phát biểu chỉ đạo hội nghị.",
 "Nghĩa tình đồng đội", "Lượt xem: 418"],
["Cập nhật: 18/07/2025 10:02", "6 tháng đầu năm 2025", "6 tháng cuối năm", "các phường 1, 2, 4, 5", "Sáu tháng đầu năm", "lần thứ XIV",
 "khu phố 3", "lần thứ I", "nhiệm kỳ 2025 - 2030", "Lượt xem: 418"]))

PAGES.append(page("b1347-vinhlong-hnd-xacauke-tongket-2026", """
Hôm nay: Thứ Bảy, 17/01/2026
BÁO VĨNH LONG ĐIỆN TỬ
Trang chủ › Chính trị › Mặt trận - Đoàn thể
Thứ Năm, 15/01/2026, 19:20
Hội Nông dân xã Cầu Kè triển khai nhiệm vụ năm 2026
Toàn cảnh hội nghị. Ảnh: Thanh Hòa
Chiều 14/1, Hội Nông dân xã Cầu Kè, tỉnh Vĩnh Long tổ chức hội nghị tổng kết công tác Hội và phong trào nông dân năm 2025, triển khai phương hướng, nhiệm vụ năm 2026. Dự hội nghị có ông Nguyễn Văn Bé Tư, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Nông dân tỉnh; ông Thạch Sô Phanh, Phó Bí thư Đảng ủy, Chủ tịch UBND xã Cầu Kè cùng 95 đại biểu là ủy viên Ban Chấp hành, chi hội trưởng các ấp.
Năm 2025 là năm đặc biệt khi Hội Nông dân xã Cầu Kè được kiện toàn trên cơ sở hợp nhất Hội Nông dân thị trấn Cầu Kè và các xã Hòa Ân, Châu Điền (thuộc tỉnh Trà Vinh trước đây). Vượt qua khó khăn trong giai đoạn sắp xếp, Hội đã giữ ổn định 4.836 hội viên ở 31 chi hội; kết nạp mới 264 hội viên. Có 2.915 hộ đạt danh hiệu nông dân sản xuất, kinh doanh giỏi các cấp; Quỹ Hỗ trợ nông dân xã đạt 1,85 tỷ đồng, hỗ trợ 6 dự án trồng dừa sáp, chôm chôm cho 58 hộ.
Các chi hội đã vận động nông dân hiến 5.400 m2 đất, đóng góp 1,2 tỷ đồng và 3.500 ngày công làm 14 tuyến đường nông thôn, 9 cây cầu bê tông; phối hợp hỗ trợ xóa 27 căn nhà tạm, nhà dột nát cho hội viên nghèo. Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia, Hội đã tập huấn cho 640 lượt hội viên kỹ năng bán nông sản qua mạng; 12 sản phẩm dừa sáp, mứt dừa của hội viên được đưa lên sàn thương mại điện tử.
Tại hội nghị, ông Kim Văn Thuận, Chi hội trưởng Chi hội Nông dân ấp Ô Tưng A, cho biết chi hội đã thành lập tổ hợp tác dừa sáp với 19 thành viên, giá bán ổn định 80.000 đồng/trái. Ông Sơn Văn Đậm, hội viên ấp Trà Mẹt, kiến nghị hỗ trợ nông dân chống hạn, mặn vì mùa khô 2026 dự báo gay gắt.
Ông Trần Văn Lợi, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Chủ tịch Hội Nông dân xã Cầu Kè cho biết, năm 2026, Hội phấn đấu kết nạp 200 hội viên mới, tăng Quỹ Hỗ trợ nông dân thêm 300 triệu đồng; triển khai Kế hoạch số 09-KH/HND của Ban Thường vụ Hội Nông dân xã và Chương trình hành động số 02-CTr/ĐU ngày 5/11/2025 của Đảng ủy xã thực hiện Nghị quyết Đại hội Đảng bộ xã lần thứ I, nhiệm kỳ 2025 - 2030.
Phát biểu chỉ đạo, ông Nguyễn Văn Bé Tư ghi nhận Hội Nông dân xã Cầu Kè là 1 trong 10 cơ sở Hội tiêu biểu của tỉnh năm 2025; đề nghị Hội tiếp tục thực hiện Kết luận 61-KL/TW của Ban Bí thư và Quyết định số 81/2014/QĐ-TTg của Thủ tướng Chính phủ, tham gia giải quyết khiếu nại, tố cáo của nông dân ngay từ cơ sở.
Dịp này, Hội Nông dân tỉnh tặng bằng khen cho 2 tập thể, 3 cá nhân; Hội Nông dân xã khen thưởng 9 chi hội và 21 hội viên xuất sắc.
Thanh Hòa
Lượt xem: 387
Tin liên quan
- Hội Nông dân tỉnh Vĩnh Long tổng kết năm 2025 (09/01/2026)
- Xã Tiểu Cần: nông dân trồng dừa sáp nuôi cấy phôi (05/01/2026)
- Nông dân Mỏ Cày chuẩn bị vụ sầu riêng (30/12/2025)
""", "2026-01-15", "Hội Nông dân xã Cầu Kè triển khai nhiệm vụ năm 2026",
E("tong_ket", "2025", "2026-01-14"),
[P("Nguyễn Văn Bé Tư", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Nông dân tỉnh"),
 P("Thạch Sô Phanh", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã Cầu Kè"),
 P("Kim Văn Thuận", "Chi hội trưởng Chi hội Nông dân ấp Ô Tưng A"),
 P("Sơn Văn Đậm", "hội viên ấp Trà Mẹt"),
 P("Trần Văn Lợi", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Chủ tịch Hội Nông dân xã Cầu Kè")],
[Q("95 đại biểu", 95, "đại biểu"), Q("4.836 hội viên", 4836, "hội viên"), Q("31 chi hội", 31, "chi hội"), Q("264 hội viên", 264, "hội viên"),
 Q("2.915 hộ", 2915, "hộ"), Q("1,85 tỷ đồng", 1850000000, "đồng"), Q("6 dự án trồng dừa sáp, chôm chôm", 6, "dự án trồng dừa sáp, chôm chôm"),
 Q("58 hộ", 58, "hộ"), Q("5.400 m2", 5400, "m2"), Q("1,2 tỷ đồng", 1200000000, "đồng"), Q("3.500 ngày công", 3500, "ngày công"),
 Q("14 tuyến đường nông thôn", 14, "tuyến đường nông thôn"), Q("9 cây cầu bê tông", 9, "cây cầu bê tông"),
 Q("27 căn nhà tạm, nhà dột nát", 27, "căn nhà tạm, nhà dột nát"), Q("640 lượt hội viên", 640, "lượt hội viên"),
 Q("12 sản phẩm dừa sáp, mứt dừa", 12, "sản phẩm dừa sáp, mứt dừa"), Q("19 thành viên", 19, "thành viên"),
 Q("80.000 đồng/trái", 80000, "đồng"), Q("200 hội viên mới", 200, "hội viên mới"), Q("300 triệu đồng", 300000000, "đồng"),
 Q("10 cơ sở Hội tiêu biểu", 10, "cơ sở Hội tiêu biểu"), Q("2 tập thể", 2, "tập thể"), Q("3 cá nhân", 3, "cá nhân"),
 Q("9 chi hội", 9, "chi hội"), Q("21 hội viên", 21, "hội viên")],
[D("Nghị quyết", "57", "NQ/TW", "2024-12-22", "Bộ Chính trị", "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị"),
 D("Kế hoạch", "09", "KH/HND", None, "Ban Thường vụ Hội Nông dân xã", "Kế hoạch số 09-KH/HND của Ban Thường vụ Hội Nông dân xã"),
 D("Chương trình hành động", "02", "CTr/ĐU", "2025-11-05", "Đảng ủy xã", "Chương trình hành động số 02-CTr/ĐU ngày 5/11/2025 của Đảng ủy xã"),
 D("Kết luận", "61", "KL/TW", None, "Ban Bí thư", "Kết luận 61-KL/TW của Ban Bí thư"),
 D("Quyết định", "81", "2014/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 81/2014/QĐ-TTg của Thủ tướng Chính phủ")],
[prov("Vĩnh Long"), prov("Trà Vinh"), com("Cầu Kè"), com("Hòa Ân"), com("Châu Điền")],
["Hôm nay: Thứ Bảy, 17/01/2026", "BÁO VĨNH LONG ĐIỆN TỬ", "Trang chủ › Chính trị › Mặt trận - Đoàn thể", "Toàn cảnh hội nghị. Ảnh: Thanh Hòa",
 "Nghị quyết Đại hội Đảng bộ xã lần thứ I", "Lượt xem: 387"],
["Hôm nay: Thứ Bảy, 17/01/2026", "Thứ Năm, 15/01/2026, 19:20", "năm 2025", "năm 2026", "Năm 2025", "mùa khô 2026", "lần thứ I",
 "nhiệm kỳ 2025 - 2030", "1 trong 10", "Lượt xem: 387"]))

PAGES.append(page("b1348-lamdong-doanxa-quangtin-taphuan-2026", """
BÁO LÂM ĐỒNG ĐIỆN TỬ
Trang chủ / Xã hội / Thanh niên
Ngày đăng: 20/03/2026 - 11:35
Đoàn xã Quảng Tín tập huấn kỹ năng số cho 120 đoàn viên
Anh Điểu Brông, Bí thư Đoàn xã Quảng Tín hướng dẫn đoàn viên sử dụng ứng dụng VNeID.
Trong 2 ngày 18 và 19/3, Đoàn xã Quảng Tín, tỉnh Lâm Đồng tổ chức lớp tập huấn "Kỹ năng số cho đoàn viên, thanh niên" năm 2026 cho 120 cán bộ, đoàn viên đến từ 24 chi đoàn thôn, bon, trong đó có 47 đoàn viên là người Mnông, K'Ho, Tày, Nùng.
Dự khai mạc có chị Nguyễn Thị Thu Trang, Ủy viên Ban Thường vụ Tỉnh đoàn, Trưởng ban Đoàn kết tập hợp thanh niên Tỉnh đoàn; ông Nguyễn Hữu Phúc, Ủy viên Ban Thường vụ Đảng ủy, Trưởng Ban Xây dựng Đảng Đảng ủy xã Quảng Tín; anh Điểu Brông, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Bí thư Đoàn xã.
Lớp tập huấn được tổ chức theo Chương trình số 03-CTr/TĐTN-CNĐT của Ban Thường vụ Tỉnh đoàn về tuổi trẻ Lâm Đồng tham gia chuyển đổi số năm 2026, triển khai Nghị quyết số 57-NQ/TW của Bộ Chính trị và Phong trào "Bình dân học vụ số". Các học viên được cán bộ Trung tâm Phục vụ hành chính công xã hướng dẫn sử dụng dịch vụ công trực tuyến, kích hoạt tài khoản định danh điện tử mức độ 2, nhận diện tin giả và lừa đảo trên không gian mạng, quảng bá nông sản qua mạng xã hội.
Theo anh Điểu Brông, sau khi xã Quảng Tín mới đi vào hoạt động từ ngày 1/7/2025, Đoàn xã có 1.046 đoàn viên, sinh hoạt ở 28 chi đoàn. Năm 2025, Đoàn xã đã thành lập 6 "Tổ công nghệ số cộng đồng" với 54 thành viên, hỗ trợ người dân thực hiện hơn 2.700 hồ sơ dịch vụ công trực tuyến; hướng dẫn 3.200 người cài đặt ứng dụng VNeID. Đoàn xã còn phối hợp Hội Nông dân xã xây dựng 11 gian hàng trực tuyến cho sản phẩm cà phê, hồ tiêu, mắc ca của thanh niên.
Chị Thị Nhung, Bí thư Chi đoàn bon Bu Prăng, xã Quảng Tín chia sẻ: "Nhiều bà con trong bon lớn tuổi, không biết chữ phổ thông. Học xong, chúng tôi sẽ về hướng dẫn từng nhà". Anh Y Sôn, đoàn viên Chi đoàn thôn 4, mong muốn được hỗ trợ thiết bị để livestream bán cà phê.
Phát biểu tại lớp học, ông Nguyễn Hữu Phúc đề nghị Đoàn xã tiếp tục thực hiện Kế hoạch số 21-KH/ĐU ngày 15/1/2026 của Đảng ủy xã về chuyển đổi số năm 2026; đến hết năm, phấn đấu 80% người dân trong độ tuổi lao động biết sử dụng dịch vụ công trực tuyến. Chị Nguyễn Thị Thu Trang thông tin, năm 2026 Tỉnh đoàn sẽ hỗ trợ mỗi xã vùng đồng bào dân tộc thiểu số 1 bộ thiết bị livestream trị giá 15 triệu đồng.
Kết thúc lớp tập huấn, Đoàn xã Quảng Tín trao 30 chiếc điện thoại thông minh cũ đã được sửa chữa cho đoàn viên có hoàn cảnh khó khăn do Hội Doanh nhân trẻ tỉnh tài trợ.
Lê Minh
Lượt xem: 266
Tin liên quan
- Xã Nhân Cơ: 500 đoàn viên ra quân "Bình dân học vụ số" (12/03/2026)
- Tỉnh đoàn Lâm Đồng phát động Tháng Thanh niên năm 2026 (28/02/2026)
- Đoàn xã Đạ Huoai tập huấn khởi nghiệp (20/02/2026)
""", "2026-03-20", "Đoàn xã Quảng Tín tập huấn kỹ năng số cho 120 đoàn viên",
E("tap_huan", "2026", "2026-03-18"),
[P("Điểu Brông", "Bí thư Đoàn xã Quảng Tín", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Bí thư Đoàn xã"),
 P("Nguyễn Thị Thu Trang", "Ủy viên Ban Thường vụ Tỉnh đoàn", "Trưởng ban Đoàn kết tập hợp thanh niên Tỉnh đoàn"),
 P("Nguyễn Hữu Phúc", "Ủy viên Ban Thường vụ Đảng ủy", "Trưởng Ban Xây dựng Đảng Đảng ủy xã Quảng Tín"),
 P("Thị Nhung", "Bí thư Chi đoàn bon Bu Prăng"),
 P("Y Sôn", "đoàn viên Chi đoàn thôn 4")],
[Q("120 cán bộ, đoàn viên", 120, "cán bộ, đoàn viên"), Q("24 chi đoàn thôn, bon", 24, "chi đoàn thôn, bon"), Q("47 đoàn viên", 47, "đoàn viên"),
 Q("1.046 đoàn viên", 1046, "đoàn viên"), Q("28 chi đoàn", 28, "chi đoàn"), Q('6 "Tổ công nghệ số cộng đồng"', 6, "Tổ công nghệ số cộng đồng"),
 Q("54 thành viên", 54, "thành viên"), Q("hơn 2.700 hồ sơ dịch vụ công trực tuyến", 2700, "hồ sơ dịch vụ công trực tuyến", "over"),
 Q("3.200 người", 3200, "người"), Q("11 gian hàng trực tuyến", 11, "gian hàng trực tuyến"), Q("80%", 80, "%"),
 Q("15 triệu đồng", 15000000, "đồng"), Q("30 chiếc điện thoại thông minh cũ", 30, "chiếc điện thoại thông minh cũ")],
[D("Chương trình", "03", "CTr/TĐTN-CNĐT", None, "Ban Thường vụ Tỉnh đoàn", "Chương trình số 03-CTr/TĐTN-CNĐT của Ban Thường vụ Tỉnh đoàn"),
 D("Nghị quyết", "57", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 57-NQ/TW của Bộ Chính trị"),
 D("Kế hoạch", "21", "KH/ĐU", "2026-01-15", "Đảng ủy xã", "Kế hoạch số 21-KH/ĐU ngày 15/1/2026 của Đảng ủy xã")],
[prov("Lâm Đồng"), com("Quảng Tín")],
["BÁO LÂM ĐỒNG ĐIỆN TỬ", "Trang chủ / Xã hội / Thanh niên", "Anh Điểu Brông, Bí thư Đoàn xã Quảng Tín hướng dẫn đoàn viên sử dụng ứng dụng VNeID.",
 "Kỹ năng số cho đoàn viên, thanh niên", "Bình dân học vụ số", "Tổ công nghệ số cộng đồng", "Hội Doanh nhân trẻ tỉnh", "Lượt xem: 266"],
["Ngày đăng: 20/03/2026 - 11:35", "2 ngày", "năm 2026", "mức độ 2", "từ ngày 1/7/2025", "Năm 2025", "thôn 4", "1 bộ thiết bị livestream", "Lượt xem: 266"]))
