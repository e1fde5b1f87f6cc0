from lib import *
PAGES = []

PAGES.append(page("b3569-camau-lhpn-xa-baocao-2023", """
Trang thông tin điện tử xã Trần Hợi - huyện Trần Văn Thời - tỉnh Cà Mau
Trang chủ / Văn bản / Báo cáo
Ngày đăng: 29/12/2023 - 08:30
Báo cáo kết quả công tác Hội và phong trào phụ nữ năm 2023
HỘI LHPN XÃ TRẦN HỢI - Số: 21/BC-HPN ngày 28/12/2023
Thực hiện Hướng dẫn số 14/HD-HPN ngày 01/12/2023 của Ban Thường vụ Hội LHPN huyện Trần Văn Thời về tổng kết công tác Hội năm 2023, Ban Chấp hành Hội LHPN xã Trần Hợi báo cáo kết quả như sau:
I. Đặc điểm tình hình
Xã có 14 ấp, 3.874 phụ nữ từ 18 tuổi trở lên, trong đó có 3.112 hội viên, chiếm 80,3%. Hội có 14 chi hội, 62 tổ phụ nữ; Ban Chấp hành 15 đồng chí. Đời sống hội viên phần lớn dựa vào nuôi tôm, trồng lúa; một bộ phận lao động nữ đi làm công nhân ở các tỉnh miền Đông.
II. Kết quả thực hiện nhiệm vụ
1. Công tác tuyên truyền, giáo dục: Hội tổ chức 112 cuộc sinh hoạt chuyên đề với khoảng 2.600 lượt hội viên dự; tuyên truyền Nghị quyết Đại hội đại biểu Phụ nữ toàn quốc lần thứ XIII, phương châm "Phụ nữ Việt Nam tự tin, tự trọng, trung hậu, đảm đang" và Luật Phòng, chống bạo lực gia đình năm 2022.
2. Hỗ trợ phụ nữ phát triển kinh tế: Hội phối hợp Ngân hàng Chính sách xã hội quản lý 8 tổ tiết kiệm và vay vốn, 391 hộ vay, dư nợ 12,6 tỷ đồng. Duy trì 26 tổ tiết kiệm do chị em tự quản với 418 thành viên, số tiền tiết kiệm trên 1,2 tỷ đồng. Giúp 17 hộ phụ nữ nghèo thoát nghèo; 2 chị được hỗ trợ ý tưởng khởi nghiệp theo Đề án 939.
3. Xây dựng gia đình hạnh phúc, phòng chống bạo lực gia đình: Duy trì 3 câu lạc bộ "Gia đình hạnh phúc" với 96 cặp vợ chồng; 5 "Địa chỉ tin cậy" ở cộng đồng. Năm 2023 xảy ra 4 vụ bạo lực gia đình, Hội đã phối hợp can thiệp, hòa giải thành cả 4 vụ. Tham gia hòa giải 11 vụ mâu thuẫn trong khu dân cư.
4. Xây dựng tổ chức Hội: Kết nạp 86 hội viên mới; tỷ lệ thu hội phí đạt 92%. Giới thiệu 6 hội viên ưu tú cho Đảng, có 4 chị được kết nạp. Thực hiện Chỉ thị số 21-CT/TW của Ban Bí thư, có 3 cán bộ Hội được Đảng ủy xã quy hoạch vào chức danh chủ chốt.
5. Tham gia giám sát, phản biện xã hội: Hội chủ trì 2 cuộc giám sát việc bình xét hộ nghèo và thực hiện chính sách đối với phụ nữ đơn thân; tham gia cùng Ủy ban MTTQ Việt Nam xã 3 cuộc giám sát khác. Qua giám sát, Hội kiến nghị UBND xã bổ sung 7 hộ phụ nữ đơn thân vào danh sách hộ cận nghèo.
III. Hạn chế
Hoạt động của một số chi hội ở ấp xa chưa thường xuyên; hội viên trẻ đi làm ăn xa nhiều nên khó tập hợp; kinh phí hoạt động của Hội còn hạn hẹp.
IV. Phương hướng năm 2024
Phấn đấu kết nạp ít nhất 80 hội viên mới; thành lập thêm 2 tổ tiết kiệm; giúp 15 hộ phụ nữ nghèo thoát nghèo; 100% chi hội tổ chức đối thoại, lắng nghe ý kiến hội viên.
TM. BAN CHẤP HÀNH - CHỦ TỊCH
Lâm Thị Bích Ngọc
Lượt xem: 95
Xem thêm
- Kế hoạch tổ chức hội nghị tổng kết năm 2023 (15/12/2023)
- Báo cáo 9 tháng đầu năm 2023 (25/09/2023)
""", "2023-12-29", "Báo cáo kết quả công tác Hội và phong trào phụ nữ năm 2023",
E("bao_cao", "2023", "2023-12-28"),
[P("Lâm Thị Bích Ngọc", "CHỦ TỊCH")],
[Q("14 ấp", 14, "ấp"), Q("3.874 phụ nữ", 3874, "phụ nữ"), Q("3.112 hội viên", 3112, "hội viên"), Q("80,3%", 80.3, "%"),
 Q("14 chi hội", 14, "chi hội"), Q("62 tổ phụ nữ", 62, "tổ phụ nữ"), Q("15 đồng chí", 15, "đồng chí"),
 Q("112 cuộc sinh hoạt chuyên đề", 112, "cuộc sinh hoạt chuyên đề"), Q("khoảng 2.600 lượt hội viên", 2600, "lượt hội viên", "approx"),
 Q("8 tổ tiết kiệm và vay vốn", 8, "tổ tiết kiệm và vay vốn"), Q("391 hộ", 391, "hộ"), Q("12,6 tỷ đồng", 12600000000, "đồng"),
 Q("26 tổ tiết kiệm", 26, "tổ tiết kiệm"), Q("418 thành viên", 418, "thành viên"), Q("trên 1,2 tỷ đồng", 1200000000, "đồng", "over"),
 Q("17 hộ phụ nữ nghèo", 17, "hộ phụ nữ nghèo"), Q("2 chị", 2, "chị"), Q("3 câu lạc bộ", 3, "câu lạc bộ"),
 Q("96 cặp vợ chồng", 96, "cặp vợ chồng"), Q('5 "Địa chỉ tin cậy"', 5, "Địa chỉ tin cậy"),
 Q("4 vụ bạo lực gia đình", 4, "vụ bạo lực gia đình"), Q("11 vụ mâu thuẫn", 11, "vụ mâu thuẫn"),
 Q("86 hội viên mới", 86, "hội viên mới"), Q("92%", 92, "%"), Q("6 hội viên ưu tú", 6, "hội viên ưu tú"), Q("4 chị", 4, "chị"),
 Q("3 cán bộ Hội", 3, "cán bộ Hội"), Q("2 cuộc giám sát", 2, "cuộc giám sát"), Q("3 cuộc giám sát", 3, "cuộc giám sát"), Q("7 hộ phụ nữ đơn thân", 7, "hộ phụ nữ đơn thân"), Q("ít nhất 80 hội viên mới", 80, "hội viên mới", "over"), Q("2 tổ tiết kiệm", 2, "tổ tiết kiệm"),
 Q("15 hộ phụ nữ nghèo", 15, "hộ phụ nữ nghèo"), Q("100%", 100, "%")],
[D("Báo cáo", "21", "BC-HPN", "2023-12-28", "Hội LHPN xã Trần Hợi", "Số: 21/BC-HPN ngày 28/12/2023"),
 D("Hướng dẫn", "14", "HD-HPN", "2023-12-01", "Ban Thường vụ Hội LHPN huyện Trần Văn Thời", "Hướng dẫn số 14/HD-HPN ngày 01/12/2023"),
 D("Chỉ thị", "21", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 21-CT/TW")],
[prov("Cà Mau"), com("Trần Hợi")],
["Trang thông tin điện tử xã Trần Hợi - huyện Trần Văn Thời - tỉnh Cà Mau", "Trang chủ / Văn bản / Báo cáo",
 "Phụ nữ Việt Nam tự tin, tự trọng, trung hậu, đảm đang", "Gia đình hạnh phúc", "Địa chỉ tin cậy", "Đề án 939",
 "Luật Phòng, chống bạo lực gia đình năm 2022", "TM. BAN CHẤP HÀNH - CHỦ TỊCH", "Lượt xem: 95"],
["Ngày đăng: 29/12/2023 - 08:30", "18 tuổi", "lần thứ XIII", "năm 2023", "năm 2024", "Lượt xem: 95"]))

PAGES.append(page("b3570-hatinh-lhpn-xa-tongket-2024", """
Báo Hà Tĩnh
Xã hội » Phụ nữ
Thứ Ba, 24/12/2024 - 15:50
Ảnh: Lãnh đạo Hội LHPN tỉnh trao cờ thi đua cho Hội LHPN xã Thạch Kim.
Thạch Kim - điểm sáng phong trào phụ nữ vùng biển
Hội LHPN xã Thạch Kim (huyện Lộc Hà) vừa tổ chức hội nghị tổng kết công tác Hội và phong trào phụ nữ năm 2024. Đây là năm thứ 3 liên tiếp Hội LHPN xã được tặng cờ thi đua dẫn đầu khối xã, thị trấn của huyện.
Hội nghị diễn ra sáng 22/12, với sự tham dự của bà Trần Thị Nhị Hà, Phó Chủ tịch Hội LHPN tỉnh; bà Phan Thị Quỳnh, Chủ tịch Hội LHPN huyện Lộc Hà; ông Nguyễn Đình Hải, Bí thư Đảng ủy xã Thạch Kim.
Năm 2024, Hội LHPN xã đã kết nạp 73 hội viên mới, nâng tổng số hội viên lên 2.031 chị. Chị em tích cực tham gia khắc phục hậu quả bão số 4, vận động quyên góp được gần 95 triệu đồng giúp 31 hộ ngư dân bị thiệt hại. Mô hình "Tổ phụ nữ tiết kiệm - vay vốn" ở 8/8 thôn đã huy động được hơn 1,6 tỷ đồng, hỗ trợ 124 lượt hội viên vay để mua ngư lưới cụ, chế biến hải sản.
Đặc biệt, Hội xã đã thực hiện hiệu quả Nghị quyết chuyên đề số 09-NQ/ĐU của Đảng ủy xã về xây dựng gia đình hạnh phúc, bền vững. Câu lạc bộ "Gia đình hạnh phúc" thôn Song Hải có 40 cặp vợ chồng tham gia; trong năm không xảy ra bạo lực gia đình nghiêm trọng, tỷ lệ ly hôn giảm còn 3 vụ. Hội phối hợp Đồn Biên phòng Thạch Kim tuyên truyền phòng, chống mua bán người cho khoảng 450 lượt phụ nữ có chồng đi biển dài ngày.
Phát biểu, bà Trần Thị Nhị Hà biểu dương kết quả nổi bật, đồng thời lưu ý: Thực hiện chủ trương sắp xếp tổ chức bộ máy theo Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương, năm 2025 có thể có nhiều thay đổi về tổ chức Hội ở cơ sở. Cán bộ Hội cần giữ vững tư tưởng, tiếp tục chăm lo cho hội viên, không để gián đoạn hoạt động.
Bà Phan Thị Quỳnh đề nghị năm 2025 Hội xã tiếp tục nhân rộng mô hình "Phụ nữ vùng biển làm kinh tế giỏi", phấn đấu có thêm 3 hộ phụ nữ sản xuất kinh doanh giỏi cấp tỉnh; thực hiện tốt Kế hoạch số 112-KH/HU ngày 15/3/2024 của Huyện ủy Lộc Hà về nâng cao vai trò của Mặt trận, đoàn thể.
Tại hội nghị, bà Lê Thị Thu Hương, Chủ tịch Hội LHPN xã Thạch Kim, đã tiếp thu ý kiến và phát động thi đua năm 2025. Hội LHPN huyện tặng giấy khen cho 4 chi hội và 12 hội viên.
Chị Nguyễn Thị Lài, thôn Bắc Kim, chia sẻ: "Nhờ tổ tiết kiệm mà tôi có vốn mở cơ sở làm ruốc, nước mắm, giờ thu nhập mỗi tháng hơn 15 triệu đồng".
Dương Chiến
Lượt xem: 1.408
Tin liên quan
- Lộc Hà: phụ nữ chung tay xây dựng nông thôn mới kiểu mẫu (10/12/2024)
- Hội LHPN tỉnh tổng kết Đề án 939 giai đoạn 2017 - 2025 (02/12/2024)
- Trao sinh kế cho phụ nữ vùng lũ Hương Khê (18/11/2024)
""", "2024-12-24", "Thạch Kim - điểm sáng phong trào phụ nữ vùng biển",
E("tong_ket", "2024", "2024-12-22"),
[P("Trần Thị Nhị Hà", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Phan Thị Quỳnh", "Chủ tịch Hội LHPN huyện Lộc Hà"),
 P("Nguyễn Đình Hải", "Bí thư Đảng ủy xã Thạch Kim"),
 P("Lê Thị Thu Hương", "Chủ tịch Hội LHPN xã Thạch Kim"),
 P("Nguyễn Thị Lài")],
[Q("73 hội viên mới", 73, "hội viên mới"), Q("2.031 chị", 2031, "chị"), Q("gần 95 triệu đồng", 95000000, "đồng", "approx"),
 Q("31 hộ ngư dân", 31, "hộ ngư dân"), Q("8/8 thôn", 8, "thôn"), Q("hơn 1,6 tỷ đồng", 1600000000, "đồng", "over"),
 Q("124 lượt hội viên", 124, "lượt hội viên"), Q("40 cặp vợ chồng", 40, "cặp vợ chồng"), Q("3 vụ", 3, "vụ"),
 Q("khoảng 450 lượt phụ nữ", 450, "lượt phụ nữ", "approx"),
 Q("3 hộ phụ nữ sản xuất kinh doanh giỏi cấp tỉnh", 3, "hộ phụ nữ sản xuất kinh doanh giỏi cấp tỉnh"),
 Q("4 chi hội", 4, "chi hội"), Q("12 hội viên", 12, "hội viên"), Q("hơn 15 triệu đồng", 15000000, "đồng", "over")],
[D("Nghị quyết", "09", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết chuyên đề số 09-NQ/ĐU"),
 D("Nghị quyết", "18", "NQ/TW", "2017-10-25", "Ban Chấp hành Trung ương", "Nghị quyết số 18-NQ/TW ngày 25/10/2017"),
 D("Kế hoạch", "112", "KH/HU", "2024-03-15", "Huyện ủy Lộc Hà", "Kế hoạch số 112-KH/HU ngày 15/3/2024")],
[prov("Hà Tĩnh"), com("Thạch Kim")],
["Báo Hà Tĩnh", "Xã hội » Phụ nữ", "Ảnh: Lãnh đạo Hội LHPN tỉnh trao cờ thi đua cho Hội LHPN xã Thạch Kim.",
 "Tổ phụ nữ tiết kiệm - vay vốn", "Gia đình hạnh phúc", "Đồn Biên phòng Thạch Kim", "Phụ nữ vùng biển làm kinh tế giỏi", "Lượt xem: 1.408"],
["Thứ Ba, 24/12/2024 - 15:50", "năm thứ 3", "bão số 4", "năm 2024", "năm 2025", "Lượt xem: 1.408"]))

PAGES.append(page("b3571-tuyenquang-lhpn-xa-moi-2025", """
ỦY BAN MTTQ VIỆT NAM XÃ MINH NGỌC - TỈNH TUYÊN QUANG
Trang chủ > Mặt trận - Đoàn thể > Tin hoạt động
Cập nhật: 08:40, 08/10/2025 (GMT+7)
Hội LHPN xã Minh Ngọc: kiện toàn tổ chức, ổn định hoạt động sau sắp xếp
Ngày 6/10, Ủy ban MTTQ Việt Nam xã Minh Ngọc tổ chức hội nghị triển khai nhiệm vụ của Hội LHPN xã sau sắp xếp, công bố các quyết định về công tác cán bộ. Xã Minh Ngọc được thành lập trên cơ sở hợp nhất các xã Minh Ngọc, Yên Phong và Minh Sơn của huyện Bắc Mê (cũ), nay thuộc tỉnh Tuyên Quang mới.
Các đại biểu chụp ảnh lưu niệm với Ban Chấp hành Hội LHPN xã.
Tại hội nghị, đồng chí Ma Văn Chung, Bí thư Đảng ủy xã trao Quyết định số 48-QĐ/ĐU ngày 30/9/2025 của Ban Thường vụ Đảng ủy xã về việc chỉ định Ban Chấp hành Hội LHPN xã nhiệm kỳ 2025 - 2026 gồm 17 đồng chí. Bà Triệu Thị Kiều, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, được chỉ định giữ chức Chủ tịch Hội LHPN xã; bà Hoàng Thị Nhàn và bà Lý Thị Mai được chỉ định giữ chức Phó Chủ tịch Hội LHPN xã.
Sau sắp xếp, Hội LHPN xã có 37 chi hội với 4.618 hội viên là người Dao, Tày, Mông, Nùng. Thực hiện Kết luận số 127-KL/TW ngày 28/02/2025 của Bộ Chính trị, Ban Bí thư và Hướng dẫn số 28-HD/MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam, Hội LHPN xã là tổ chức chính trị - xã hội trực thuộc Ủy ban MTTQ Việt Nam xã, hoạt động theo điều lệ Hội.
Bà Triệu Thị Kiều cho biết, ngay sau khi kiện toàn, Ban Chấp hành đã rà soát 12 tổ tiết kiệm và vay vốn của 3 xã cũ với tổng dư nợ hơn 23 tỷ đồng, bàn giao đầy đủ hồ sơ, không để gián đoạn việc cho vay. Hội cũng duy trì 6 câu lạc bộ phòng, chống bạo lực gia đình và 2 "Địa chỉ tin cậy". Trong quý IV, Hội tập trung tuyên truyền Luật Phòng, chống bạo lực gia đình, phòng chống tảo hôn ở 14 thôn vùng cao.
Phát biểu chỉ đạo, đồng chí Ma Văn Chung đề nghị Hội LHPN xã nhanh chóng ổn định tổ chức, phân công rõ nhiệm vụ từng ủy viên; gắn sinh hoạt chi hội với phong trào "Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc" và phương châm "Phụ nữ Việt Nam tự tin, tự trọng, trung hậu, đảm đang". Đồng chí lưu ý, địa bàn xã mới rộng hơn 250 km2, nhiều thôn cách trung tâm trên 20 km, cán bộ Hội cần bám cơ sở, không để hội viên "mất liên lạc" sau sắp xếp.
Đồng chí Nông Thị Hà, Phó Chủ tịch Hội LHPN tỉnh, ghi nhận sự chủ động của xã, cho biết toàn tỉnh đã hoàn thành kiện toàn Hội LHPN ở 124 xã, phường. Hội LHPN tỉnh sẽ mở lớp bồi dưỡng nghiệp vụ cho chủ tịch Hội cấp xã mới trong tháng 11.
Nhân dịp kỷ niệm 95 năm Ngày thành lập Hội LHPN Việt Nam, Hội LHPN xã tặng 30 suất quà cho hội viên có hoàn cảnh khó khăn, mỗi suất trị giá 400.000 đồng.
Ma Thị Hoa
Tin cùng chuyên mục
- Xã Minh Ngọc ra mắt Ủy ban MTTQ Việt Nam xã (05/07/2025)
- Hội Nông dân xã triển khai nhiệm vụ sau sắp xếp (20/09/2025)
- Đoàn Thanh niên xã tổ chức Tết Trung thu cho thiếu nhi (03/10/2025)
""", "2025-10-08", "Hội LHPN xã Minh Ngọc: kiện toàn tổ chức, ổn định hoạt động sau sắp xếp",
E("hoi_nghi", None, "2025-10-06"),
[P("Ma Văn Chung", "Bí thư Đảng ủy xã"),
 P("Triệu Thị Kiều", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Chủ tịch Hội LHPN xã"),
 P("Hoàng Thị Nhàn", "Phó Chủ tịch Hội LHPN xã"),
 P("Lý Thị Mai", "Phó Chủ tịch Hội LHPN xã"),
 P("Nông Thị Hà", "Phó Chủ tịch Hội LHPN tỉnh")],
[Q("17 đồng chí", 17, "đồng chí"), Q("37 chi hội", 37, "chi hội"), Q("4.618 hội viên", 4618, "hội viên"),
 Q("12 tổ tiết kiệm và vay vốn", 12, "tổ tiết kiệm và vay vốn"), Q("hơn 23 tỷ đồng", 23000000000, "đồng", "over"),
 Q("6 câu lạc bộ", 6, "câu lạc bộ"), Q('2 "Địa chỉ tin cậy"', 2, "Địa chỉ tin cậy"), Q("14 thôn vùng cao", 14, "thôn vùng cao"),
 Q("hơn 250 km2", 250, "km2", "over"), Q("trên 20 km", 20, "km", "over"), Q("124 xã, phường", 124, "xã, phường"),
 Q("30 suất quà", 30, "suất quà"), Q("400.000 đồng", 400000, "đồng")],
[D("Quyết định", "48", "QĐ/ĐU", "2025-09-30", "Ban Thường vụ Đảng ủy xã", "Quyết định số 48-QĐ/ĐU ngày 30/9/2025"),
 D("Kết luận", "127", "KL/TW", "2025-02-28", "Bộ Chính trị, Ban Bí thư", "Kết luận số 127-KL/TW ngày 28/02/2025"),
 D("Hướng dẫn", "28", "HD/MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 28-HD/MTTW-BTT")],
[prov("Tuyên Quang"), com("Minh Ngọc"), com("Yên Phong"), com("Minh Sơn")],
["ỦY BAN MTTQ VIỆT NAM XÃ MINH NGỌC - TỈNH TUYÊN QUANG", "Trang chủ > Mặt trận - Đoàn thể > Tin hoạt động",
 "Các đại biểu chụp ảnh lưu niệm với Ban Chấp hành Hội LHPN xã.", "Địa chỉ tin cậy",
 "Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc", "Phụ nữ Việt Nam tự tin, tự trọng, trung hậu, đảm đang",
 "Luật Phòng, chống bạo lực gia đình"],
["Cập nhật: 08:40, 08/10/2025 (GMT+7)", "nhiệm kỳ 2025 - 2026", "quý IV", "tháng 11", "95 năm"]))

PAGES.append(page("b3572-vinhlong-mttq-xa-giaoban-q3-2025", """
Báo Vĩnh Long điện tử
Chính trị » Mặt trận - Đoàn thể
26/9/2025 - 17:10
Ủy ban MTTQ Việt Nam xã Long Hiệp giao ban với các tổ chức chính trị - xã hội
Ngày 25/9, Ủy ban MTTQ Việt Nam xã Long Hiệp tổ chức giao ban công tác Mặt trận và các tổ chức chính trị - xã hội quý III năm 2025. Ông Thạch Sa Ra, Chủ tịch Ủy ban MTTQ Việt Nam xã chủ trì; dự có đại diện Hội LHPN, Hội Nông dân, Hội Cựu chiến binh, Đoàn Thanh niên xã và 31 trưởng ban công tác Mặt trận ấp.
Ông Thạch Sa Ra chủ trì buổi giao ban.
Xã Long Hiệp được thành lập từ ngày 1/7/2025 trên cơ sở nhập các xã Long Hiệp, Ngọc Biên và Tân Hiệp của huyện Trà Cú (cũ), thuộc tỉnh Vĩnh Long mới, với hơn 62% dân số là đồng bào Khmer. Đây là quý đầu tiên các đoàn thể hoạt động trong mô hình mới, trực thuộc Ủy ban MTTQ Việt Nam xã.
Báo cáo của Hội LHPN xã do bà Kim Thị Sóc Phia, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Chủ tịch Hội LHPN xã trình bày cho biết: Hội đã hoàn thành việc hợp nhất 3 Hội LHPN xã cũ, hiện có 46 chi hội, 5.902 hội viên. Trong quý, Hội kết nạp 128 hội viên mới; vận động thành lập 4 tổ tiết kiệm mới trong chị em Khmer, nâng tổng số lên 31 tổ với 640 thành viên. Hội phối hợp hòa giải thành 6 vụ mâu thuẫn gia đình; phát hiện, can thiệp 2 trường hợp bạo lực gia đình ở ấp Chông Bát.
Hội Nông dân xã báo cáo đã hướng dẫn 210 hộ chuyển đổi sang trồng màu trên đất lúa kém hiệu quả; Đoàn Thanh niên tổ chức Tết Trung thu cho khoảng 1.500 thiếu nhi.
Tại buổi giao ban, bà Thạch Thị Dha Ra, Chi hội trưởng phụ nữ ấp Đại Mong, phản ánh địa bàn xã mới rộng, chi hội ở xa trụ sở hơn 15 km nên việc đi lại họp hành khó khăn; đề nghị được ứng dụng nhóm Zalo để sinh hoạt trực tuyến. Bà Sơn Thị Huỳnh Mai, Phó Chủ tịch Hội LHPN xã, đề nghị Ủy ban MTTQ xã hỗ trợ kinh phí duy trì 2 câu lạc bộ "Gia đình hạnh phúc" ở các ấp đông đồng bào Khmer.
Kết luận giao ban, ông Thạch Sa Ra đề nghị các tổ chức thành viên thực hiện tốt Kế hoạch số 05/KH-MTTQ-BTT ngày 15/7/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam xã về nhiệm vụ 6 tháng cuối năm 2025; quý IV tập trung chuẩn bị Lễ Sene Dolta, chăm lo Tết cho hộ nghèo, vận động quỹ "Vì người nghèo". Với Hội LHPN, ông đề nghị tiếp tục tuyên truyền Luật Phòng, chống bạo lực gia đình bằng song ngữ Việt - Khmer, phát huy vai trò người có uy tín và sư sãi trong hòa giải ở cơ sở.
Ông cũng yêu cầu các đoàn thể hoàn thiện quy chế phối hợp trước ngày 15/10/2025, báo cáo số liệu hội viên thống nhất về Ban Thường trực để làm cơ sở xây dựng chương trình năm 2026.
Kim Ngân
Lượt xem: 211
Tin khác
- Vĩnh Long: Hội LHPN tỉnh tập huấn cho cán bộ Hội cấp xã mới (18/09/2025)
- Long Hiệp ra mắt Ủy ban MTTQ Việt Nam xã (03/07/2025)
- Phụ nữ Khmer Trà Cú giữ nghề đan đát (25/08/2025)
""", "2025-09-26", "Ủy ban MTTQ Việt Nam xã Long Hiệp giao ban với các tổ chức chính trị - xã hội",
E("giao_ban", "2025-Q3", "2025-09-25"),
[P("Thạch Sa Ra", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Kim Thị Sóc Phia", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Chủ tịch Hội LHPN xã"),
 P("Thạch Thị Dha Ra", "Chi hội trưởng phụ nữ ấp Đại Mong"),
 P("Sơn Thị Huỳnh Mai", "Phó Chủ tịch Hội LHPN xã")],
[Q("31 trưởng ban công tác Mặt trận ấp", 31, "trưởng ban công tác Mặt trận ấp"), Q("hơn 62%", 62, "%", "over"),
 Q("3 Hội LHPN xã cũ", 3, "Hội LHPN xã cũ"), Q("46 chi hội", 46, "chi hội"), Q("5.902 hội viên", 5902, "hội viên"),
 Q("128 hội viên mới", 128, "hội viên mới"), Q("4 tổ tiết kiệm mới", 4, "tổ tiết kiệm mới"), Q("31 tổ", 31, "tổ"),
 Q("640 thành viên", 640, "thành viên"), Q("6 vụ mâu thuẫn gia đình", 6, "vụ mâu thuẫn gia đình"), Q("2 trường hợp", 2, "trường hợp"),
 Q("210 hộ", 210, "hộ"), Q("khoảng 1.500 thiếu nhi", 1500, "thiếu nhi", "approx"), Q("hơn 15 km", 15, "km", "over"),
 Q("2 câu lạc bộ", 2, "câu lạc bộ")],
[D("Kế hoạch", "05", "KH-MTTQ-BTT", "2025-07-15", "Ban Thường trực Ủy ban MTTQ Việt Nam xã", "Kế hoạch số 05/KH-MTTQ-BTT ngày 15/7/2025")],
[prov("Vĩnh Long"), com("Long Hiệp"), com("Ngọc Biên"), com("Tân Hiệp")],
["Báo Vĩnh Long điện tử", "Chính trị » Mặt trận - Đoàn thể", "Ông Thạch Sa Ra chủ trì buổi giao ban.", "Gia đình hạnh phúc",
 "Vì người nghèo", "Sene Dolta", "Zalo", "Luật Phòng, chống bạo lực gia đình", "Lượt xem: 211"],
["26/9/2025 - 17:10", "quý III năm 2025", "6 tháng cuối năm 2025", "quý IV", "năm 2026", "Lượt xem: 211"]))

PAGES.append(page("b3573-lamdong-lhpn-taphuan-2025", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH LÂM ĐỒNG
Trang chủ › Tin tức › Hoạt động Hội cấp xã
Thứ Sáu, 14/11/2025, 09:00
Ảnh: Học viên thực hành xử lý tình huống bạo lực gia đình.
Nâng cao kỹ năng phòng, chống bạo lực gia đình cho chi hội trưởng phụ nữ xã Đam Rông 2
Trong 2 ngày 12 - 13/11/2025, Hội LHPN xã Đam Rông 2 phối hợp với Hội LHPN tỉnh Lâm Đồng tổ chức lớp tập huấn kỹ năng phòng, chống bạo lực gia đình, xây dựng gia đình hạnh phúc năm 2025 cho 65 chi hội trưởng, chi hội phó phụ nữ thôn, bon.
Lớp tập huấn nằm trong Kế hoạch số 86/KH-HPN ngày 02/10/2025 của Ban Thường vụ Hội LHPN tỉnh triển khai Dự án 8 "Thực hiện bình đẳng giới và giải quyết những vấn đề cấp thiết đối với phụ nữ và trẻ em" thuộc Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi, theo Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ.
Giảng viên là bà K'Thị Bích, Trưởng ban Gia đình - Xã hội Hội LHPN tỉnh, và thạc sĩ Nguyễn Thị Thu Trang, giảng viên Trường Chính trị tỉnh. Học viên được trang bị kiến thức về Luật Phòng, chống bạo lực gia đình năm 2022, các dấu hiệu nhận biết bạo lực, kỹ năng tư vấn, kết nối nạn nhân với "Địa chỉ tin cậy", cũng như cách tổ chức sinh hoạt câu lạc bộ "Thủ lĩnh của sự thay đổi" cho trẻ em gái.
Xã Đam Rông 2 được thành lập từ ngày 1/7/2025 trên cơ sở nhập các xã Rô Men, Liêng S'Rônh và Phi Liêng, có gần 70% dân số là người K'Ho, Mạ, Mông. Theo bà Ka Thị Nhung, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Chủ tịch Hội LHPN xã, 9 tháng năm 2025 trên địa bàn ghi nhận 7 vụ bạo lực gia đình, phần lớn liên quan đến rượu bia; có 2 trường hợp tảo hôn. Hội xã hiện có 29 chi hội, 3.742 hội viên, 14 tổ tiết kiệm với khoảng 300 thành viên.
Chia sẻ tại lớp học, bà Cil Thị Hoa, Chi hội trưởng phụ nữ bon Đạ Nghịt, cho biết: "Có nhà chồng say rượu đánh vợ, chị em sợ không dám nói. Học xong lớp này tôi biết phải báo ai, làm gì để giúp chị em".
Bế giảng lớp học, bà Ka Thị Nhung đề nghị các chi hội trưởng về tổ chức sinh hoạt chuyên đề tại thôn, bon trước ngày 31/12/2025; mỗi chi hội phấn đấu có ít nhất 1 nhóm "Gia đình hạnh phúc" với từ 10 cặp vợ chồng trở lên. Hội LHPN xã sẽ tặng giấy khen cho 5 chi hội làm tốt.
Kinh phí tổ chức lớp học hơn 48 triệu đồng từ nguồn Dự án 8. Mỗi học viên được hỗ trợ tiền ăn 150.000 đồng/ngày và 1 bộ tài liệu song ngữ Việt - K'Ho.
Đây là lớp thứ 3 trong số 12 lớp Hội LHPN tỉnh tổ chức tại các xã vùng đồng bào dân tộc thiểu số từ nay đến hết năm, dự kiến cho khoảng 800 cán bộ chi hội.
Phương Thảo
Tin liên quan
- Hội LHPN tỉnh Lâm Đồng kiện toàn tổ chức Hội sau hợp nhất (30/09/2025)
- Phụ nữ Đắk Song với tổ tiết kiệm xoay vòng (20/10/2025)
- Bắc Bình: truyền thông phòng, chống mua bán người (05/11/2025)
""", "2025-11-14", "Nâng cao kỹ năng phòng, chống bạo lực gia đình cho chi hội trưởng phụ nữ xã Đam Rông 2",
E("tap_huan", "2025", "2025-11-12"),
[P("K'Thị Bích", "Trưởng ban Gia đình - Xã hội Hội LHPN tỉnh"),
 P("Nguyễn Thị Thu Trang", "thạc sĩ", "giảng viên Trường Chính trị tỉnh"),
 P("Ka Thị Nhung", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Chủ tịch Hội LHPN xã"),
 P("Cil Thị Hoa", "Chi hội trưởng phụ nữ bon Đạ Nghịt")],
[Q("65 chi hội trưởng, chi hội phó", 65, "chi hội trưởng, chi hội phó"), Q("gần 70%", 70, "%", "approx"),
 Q("7 vụ bạo lực gia đình", 7, "vụ bạo lực gia đình"), Q("2 trường hợp", 2, "trường hợp"), Q("29 chi hội", 29, "chi hội"),
 Q("3.742 hội viên", 3742, "hội viên"), Q("14 tổ tiết kiệm", 14, "tổ tiết kiệm"), Q("khoảng 300 thành viên", 300, "thành viên", "approx"),
 Q("ít nhất 1 nhóm", 1, "nhóm", "over"), Q("từ 10 cặp vợ chồng trở lên", 10, "cặp vợ chồng", "over"), Q("5 chi hội", 5, "chi hội"),
 Q("hơn 48 triệu đồng", 48000000, "đồng", "over"), Q("150.000 đồng", 150000, "đồng"), Q("12 lớp", 12, "lớp"),
 Q("khoảng 800 cán bộ chi hội", 800, "cán bộ chi hội", "approx")],
[D("Kế hoạch", "86", "KH-HPN", "2025-10-02", "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch số 86/KH-HPN ngày 02/10/2025"),
 D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021")],
[prov("Lâm Đồng"), com("Đam Rông 2"), com("Rô Men"), com("Liêng S'Rônh"), com("Phi Liêng")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH LÂM ĐỒNG", "Trang chủ › Tin tức › Hoạt động Hội cấp xã", "Ảnh: Học viên thực hành xử lý tình huống bạo lực gia đình.",
 "Thực hiện bình đẳng giới và giải quyết những vấn đề cấp thiết đối với phụ nữ và trẻ em", "Địa chỉ tin cậy", "Thủ lĩnh của sự thay đổi",
 "Gia đình hạnh phúc", "Luật Phòng, chống bạo lực gia đình năm 2022", "Trường Chính trị tỉnh"],
["Thứ Sáu, 14/11/2025, 09:00", "2 ngày", "Dự án 8", "9 tháng năm 2025", "1 bộ tài liệu", "lớp thứ 3"]))

PAGES.append(page("b3574-dongnai-lhpn-maiam-2025", """
Cổng thông tin điện tử xã Bù Gia Mập - tỉnh Đồng Nai
Trang chủ >> Tin tức >> Mặt trận, đoàn thể
Ngày 19/12/2025 | 10:45
Đồng chí Điểu Thị Mai trao tượng trưng kinh phí xây nhà cho chị Thị Lên.
Trao "Mái ấm tình thương" và sinh kế cho phụ nữ S'tiêng khó khăn
Sáng 18/12, Hội LHPN xã Bù Gia Mập phối hợp với Hội LHPN tỉnh Đồng Nai tổ chức lễ bàn giao 3 căn "Mái ấm tình thương" và trao sinh kế cho hội viên phụ nữ dân tộc thiểu số có hoàn cảnh khó khăn.
Dự buổi lễ có bà Điểu Thị Mai, Ủy viên Ban Thường vụ, Phó Chủ tịch Hội LHPN tỉnh; ông Điểu Lên, Phó Bí thư Đảng ủy, Chủ tịch UBND xã Bù Gia Mập; bà Lâm Thị Thu, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Chủ tịch Hội LHPN xã.
3 căn nhà được xây dựng tại các thôn Bù Lư, Đăk Á và Bình Tiến, mỗi căn có diện tích 54 m2, tổng kinh phí 210 triệu đồng, trong đó Hội LHPN tỉnh hỗ trợ 150 triệu đồng từ nguồn vận động, gia đình và người thân đóng góp ngày công, vật liệu. Các hộ được nhận nhà là chị Thị Lên, chị Thị Hoa và chị Điểu Thị Nết, đều là phụ nữ đơn thân nuôi con nhỏ.
Cùng dịp, Hội trao 20 con bò giống cho 20 hội viên nghèo người S'tiêng, Mnông, mỗi con trị giá khoảng 15 triệu đồng. Các hộ nhận bò cam kết sau 3 năm sẽ chuyển bê con cho hộ khác theo hình thức "quay vòng". Ngoài ra, 50 suất quà Tết trị giá 500.000 đồng/suất được trao cho hội viên khó khăn.
Phát biểu tại buổi lễ, bà Điểu Thị Mai cho biết, năm 2025 Hội LHPN tỉnh Đồng Nai (mới) đã vận động xây dựng, sửa chữa 87 "Mái ấm tình thương", góp phần thực hiện phong trào thi đua "Cả nước chung tay xóa nhà tạm, nhà dột nát". Bà mong các chị nhận nhà, nhận bò sẽ cố gắng vươn lên, chăm lo cho con cái học hành, tích cực tham gia sinh hoạt chi hội và tổ tiết kiệm.
Theo bà Lâm Thị Thu, sau sáp nhập, xã Bù Gia Mập có 21 chi hội với 3.215 hội viên, trong đó khoảng 40% là phụ nữ dân tộc thiểu số. Hội xã thực hiện Nghị quyết số 03-NQ/ĐU ngày 20/8/2025 của Ban Chấp hành Đảng bộ xã về giảm nghèo bền vững vùng đồng bào dân tộc thiểu số, đặt mục tiêu đến cuối năm 2026 giảm 50 hộ nghèo do phụ nữ làm chủ.
Chị Thị Lên xúc động: "Trước đây mẹ con tôi ở căn chòi lợp tôn tạm bợ, mưa là dột. Giờ có nhà kiên cố, tôi yên tâm đi làm rẫy".
Ông Điểu Lên đề nghị Hội LHPN xã phối hợp với các thôn theo dõi, hỗ trợ các hộ nhận sinh kế về kỹ thuật chăn nuôi, phòng bệnh cho bò; đồng thời tiếp tục tuyên truyền phòng, chống bạo lực gia đình, tảo hôn trong đồng bào.
Thu Trang
Lượt truy cập: 45.210
Tin liên quan
- Xã Bù Gia Mập tổng kết công tác Mặt trận năm 2025 (15/12/2025)
- Hội Nông dân xã trao vốn vay cho hội viên (01/12/2025)
- Phụ nữ Bù Gia Mập học nghề đan gùi (20/11/2025)
""", "2025-12-19", '''Trao "Mái ấm tình thương" và sinh kế cho phụ nữ S'tiêng khó khăn''',
E("trao_qua", None, "2025-12-18"),
[P("Điểu Thị Mai", "Ủy viên Ban Thường vụ", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Điểu Lên", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã Bù Gia Mập"),
 P("Lâm Thị Thu", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Chủ tịch Hội LHPN xã"),
 P("Thị Lên"), P("Thị Hoa"), P("Điểu Thị Nết")],
[Q('3 căn "Mái ấm tình thương"', 3, "căn"), Q("54 m2", 54, "m2"), Q("210 triệu đồng", 210000000, "đồng"),
 Q("150 triệu đồng", 150000000, "đồng"), Q("20 con bò giống", 20, "con bò giống"), Q("20 hội viên nghèo", 20, "hội viên nghèo"),
 Q("khoảng 15 triệu đồng", 15000000, "đồng", "approx"), Q("50 suất quà Tết", 50, "suất quà"), Q("500.000 đồng", 500000, "đồng"),
 Q('87 "Mái ấm tình thương"', 87, "Mái ấm tình thương"), Q("21 chi hội", 21, "chi hội"), Q("3.215 hội viên", 3215, "hội viên"),
 Q("khoảng 40%", 40, "%", "approx"), Q("50 hộ nghèo", 50, "hộ nghèo")],
[D("Nghị quyết", "03", "NQ/ĐU", "2025-08-20", "Ban Chấp hành Đảng bộ xã", "Nghị quyết số 03-NQ/ĐU ngày 20/8/2025")],
[prov("Đồng Nai"), com("Bù Gia Mập")],
["Cổng thông tin điện tử xã Bù Gia Mập - tỉnh Đồng Nai", "Trang chủ >> Tin tức >> Mặt trận, đoàn thể",
 "Đồng chí Điểu Thị Mai trao tượng trưng kinh phí xây nhà cho chị Thị Lên.", "Mái ấm tình thương",
 "Cả nước chung tay xóa nhà tạm, nhà dột nát", "Lượt truy cập: 45.210"],
["Ngày 19/12/2025 | 10:45", "sau 3 năm", "năm 2025", "cuối năm 2026", "Lượt truy cập: 45.210"]))
