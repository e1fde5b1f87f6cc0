from lib import *
PAGES = []

PAGES.append(page("b335-bacninh-hlhpn-soket-2026", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH BẮC NINH
Hôm nay: Thứ Hai, 13/07/2026
Bạn đang ở: Trang chủ » Tin hoạt động » Sơ kết
10/07/2026 - 16:40
Phụ nữ Bắc Ninh giúp 1.065 hội viên nghèo phát triển kinh tế
Ngày 8/7, Ban Thường vụ Hội LHPN tỉnh tổ chức hội nghị sơ kết công tác Hội 6 tháng đầu năm 2026 với 99 điểm cầu xã, phường.
Các đại biểu dự hội nghị sơ kết 6 tháng đầu năm 2026 tại điểm cầu tỉnh.
Dự có bà Thân Thị Ngọc Bích, Tỉnh ủy viên, Chủ tịch Hội LHPN tỉnh; các bà Ngô Thị Thu Hà, Dương Thị Liên, Hoàng Thị Sen, Phó Chủ tịch Hội LHPN tỉnh; bà Lục Thị Mến, vừa được bổ nhiệm làm Phó Trưởng Ban Dân tộc và Tôn giáo tỉnh.
Sáu tháng qua, các cấp Hội ở tỉnh Bắc Ninh (hợp nhất với tỉnh Bắc Giang) đã giúp 1.065 hội viên nghèo phát triển kinh tế, ủy thác cho vay 2.318,4 tỷ đồng; vận động xây 41 "Mái nhà yêu thương" trị giá 60 - 80 triệu đồng/căn. Thực hiện Chỉ thị 05, 06-CT/ĐCT của Đoàn Chủ tịch Trung ương Hội và Nghị quyết 03-NQ/HPN của Ban Chấp hành Hội LHPN tỉnh, 412 chi hội đã ra mắt mô hình "Gia đình 5 có, 3 sạch".
Bà Hoàng Thị Sen cho biết 1.065 hội viên nghèo được hỗ trợ nay có thu nhập bình quân 4,5tr/tháng. Chị Ngọc Thị Hoa, hội viên thôn Bản Ven, xã Sơn Động, nuôi 200 con gà đồi, mỗi lứa lãi 15tr.
Bà Thân Thị Ngọc Bích đề nghị 6 tháng cuối năm không để hội viên nào rơi vào cảnh thiếu nhà ở.
Phụ nữ Bắc Ninh
Lượt xem: 1.204
Tin liên quan
- Tọa đàm phụ nữ khởi nghiệp năm 2026
- Hội LHPN xã Lục Ngạn trao vốn cho hội viên
- Giao ban quý I năm 2026
- Ra mắt câu lạc bộ "Phụ nữ với chuyển đổi số"
""", "2026-07-10", "Phụ nữ Bắc Ninh giúp 1.065 hội viên nghèo phát triển kinh tế",
E("so_ket", "2026-H1", "2026-07-08"),
[P("Thân Thị Ngọc Bích", "Tỉnh ủy viên", "Chủ tịch Hội LHPN tỉnh"),
 P("Ngô Thị Thu Hà", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Dương Thị Liên", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Hoàng Thị Sen", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Lục Thị Mến", "Phó Trưởng Ban Dân tộc và Tôn giáo tỉnh"),
 P("Ngọc Thị Hoa", "hội viên thôn Bản Ven")],
[Q("99 điểm cầu xã, phường", 99, "điểm cầu xã, phường"),
 Q("1.065 hội viên nghèo", 1065, "hội viên nghèo"),
 Q("2.318,4 tỷ đồng", 2318400000000, "đồng"),
 Q("41 \"Mái nhà yêu thương\"", 41, "Mái nhà yêu thương"),
 Q("60", 60000000, "đồng"),
 Q("80 triệu đồng/căn", 80000000, "đồng"),
 Q("412 chi hội", 412, "chi hội"),
 Q("4,5tr/tháng", 4500000, "đồng"),
 Q("200 con gà đồi", 200, "con gà đồi"),
 Q("15tr", 15000000, "đồng")],
[D("Chỉ thị", "05", "CT/ĐCT", None, "Đoàn Chủ tịch Trung ương Hội", "Chỉ thị 05, 06-CT/ĐCT"),
 D("Chỉ thị", "06", "CT/ĐCT", None, "Đoàn Chủ tịch Trung ương Hội", "06-CT/ĐCT"),
 D("Nghị quyết", "03", "NQ/HPN", None, "Ban Chấp hành Hội LHPN tỉnh", "Nghị quyết 03-NQ/HPN")],
[prov("Bắc Ninh"), prov("Bắc Giang"), com("Sơn Động")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH BẮC NINH", "Bạn đang ở: Trang chủ » Tin hoạt động » Sơ kết", "Các đại biểu dự hội nghị sơ kết 6 tháng đầu năm 2026 tại điểm cầu tỉnh.", "Mái nhà yêu thương", "Gia đình 5 có, 3 sạch", "Phụ nữ Bắc Ninh", "thôn Bản Ven", "Lượt xem: 1.204"],
["Hôm nay: Thứ Hai, 13/07/2026", "6 tháng đầu năm 2026", "Sáu tháng qua", "5 có, 3 sạch", "6 tháng cuối năm", "Lượt xem: 1.204"]))

PAGES.append(page("b336-quangtri-hnd-doithoai-2026", """
HỘI NÔNG DÂN TỈNH QUẢNG TRỊ
Trang thông tin điện tử
Trang chủ › Tin tức › Đối thoại
Ngày đăng 18/05/2026 | 09:00
Nông dân vùng cát kiến nghị về giá trâu, bò giống và nước tưới
Ngày 15/5, tại xã Lệ Thủy, Hội Nông dân tỉnh phối hợp UBND tỉnh tổ chức hội nghị người đứng đầu chính quyền tỉnh đối thoại với nông dân năm 2026.
Ông Hồ Văn Pơi, hội viên bản Khe Ngát, phát biểu tại hội nghị.
Dự hội nghị có đồng chí Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh Phan Thanh Bình; đồng chí TUV, Chủ tịch Hội Nông dân tỉnh Hồ Thị Thoa; đồng chí Lê Văn Tuấn, Giám đốc Sở Nông nghiệp và Môi trường; đồng chí Cao Xuân Bảy, vừa được bổ nhiệm làm Phó Giám đốc Ngân hàng Chính sách xã hội chi nhánh tỉnh.
Gần 300 nông dân từ 22 xã vùng cát, vùng đồi của tỉnh Quảng Trị (sau khi hợp nhất với Quảng Bình) tham dự, nêu 41 ý kiến. Ông Hồ Văn Pơi, người Bru - Vân Kiều ở bản Khe Ngát, xã Kim Ngân, đề nghị nâng mức hỗ trợ mua bò giống lên 18 triệu đồng/con. Bà Trương Thị Hoa, hội viên xã Lệ Thủy, kiến nghị kéo dài kênh tưới thêm 4,2 km cho 260 ha lúa.
Trả lời, đồng chí Phan Thanh Bình cho biết tỉnh thực hiện Nghị định 112/2026/NĐ-CP của Chính phủ và Nghị quyết 14/2026/NQ-HĐND ngày 20/3/2026 của HĐND tỉnh; năm nay bố trí 85 tỷ đồng cho thủy lợi nhỏ. 36/41 ý kiến được giải đáp trực tiếp.
Đồng chí Hồ Thị Thoa đề nghị các xã tiếp tục phong trào "nông dân thi đua sản xuất giỏi".
Hải Đăng
Lượt xem: 2.190
Tin liên quan
- Hội Nông dân xã Bố Trạch giám sát giống cây trồng
- Tập huấn trồng cà gai leo
- Vay vốn Quỹ Hỗ trợ nông dân nuôi bò
""", "2026-05-18", "Nông dân vùng cát kiến nghị về giá trâu, bò giống và nước tưới",
E("doi_thoai", "2026", "2026-05-15"),
[P("Hồ Văn Pơi", "hội viên bản Khe Ngát"),
 P("Phan Thanh Bình", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch Thường trực UBND tỉnh"),
 P("Hồ Thị Thoa", "TUV", "Chủ tịch Hội Nông dân tỉnh"),
 P("Lê Văn Tuấn", "Giám đốc Sở Nông nghiệp và Môi trường"),
 P("Cao Xuân Bảy", "Phó Giám đốc Ngân hàng Chính sách xã hội chi nhánh tỉnh"),
 P("Trương Thị Hoa", "hội viên xã Lệ Thủy")],
[Q("Gần 300 nông dân", 300, "nông dân", "approx"),
 Q("22 xã", 22, "xã"),
 Q("41 ý kiến", 41, "ý kiến"),
 Q("18 triệu đồng/con", 18000000, "đồng"),
 Q("4,2 km", 4.2, "km"),
 Q("260 ha", 260, "ha"),
 Q("85 tỷ đồng", 85000000000, "đồng"),
 Q("36/41 ý kiến", 36, "ý kiến")],
[D("Nghị định", "112", "2026/NĐ-CP", None, "Chính phủ", "Nghị định 112/2026/NĐ-CP"),
 D("Nghị quyết", "14", "2026/NQ-HĐND", "2026-03-20", "HĐND tỉnh", "Nghị quyết 14/2026/NQ-HĐND")],
[prov("Quảng Trị"), prov("Quảng Bình"), com("Lệ Thủy"), com("Kim Ngân")],
["HỘI NÔNG DÂN TỈNH QUẢNG TRỊ", "Trang thông tin điện tử", "Trang chủ › Tin tức › Đối thoại", "Ông Hồ Văn Pơi, hội viên bản Khe Ngát, phát biểu tại hội nghị.", "nông dân thi đua sản xuất giỏi", "Sở Nông nghiệp và Môi trường", "Ngân hàng Chính sách xã hội", "bản Khe Ngát", "Lượt xem: 2.190"],
["Ngày 15/5", "năm 2026", "Lượt xem: 2.190"]))

PAGES.append(page("b337-camau-doan-traoqua-2026", """
TỈNH ĐOÀN CÀ MAU
Cổng thông tin Tuổi trẻ Cà Mau
Trang chủ | Tin tức | Công tác xã hội
08:30 | 26/08/2026
Trao 250 suất học bổng cho học sinh vượt khó
Sáng 24/8, Ban Thường vụ Tỉnh đoàn phối hợp Hội Khuyến học tỉnh trao 250 suất học bổng "Thắp sáng ước mơ" cho học sinh có hoàn cảnh khó khăn tại các xã ven biển.
Đồng chí Lý Hoàng Quân (thứ hai từ trái) trao học bổng cho học sinh xã Đất Mũi.
Dự có các đồng chí Lý Hoàng Quân, Quách Thị Diễm My - Phó Bí thư Tỉnh đoàn; đồng chí Sơn Thị Ngọc Hân, UVBCH Tỉnh đoàn, Bí thư Đoàn xã Vĩnh Hậu, Chủ tịch Hội LHTN Việt Nam xã.
Mỗi suất học bổng trị giá 2.000.000 đ kèm 20 quyển vở; tổng trị giá 540 triệu đồng, trong đó có 30 xe đạp, mỗi chiếc 1,3 triệu. Riêng 250 suất năm nay tăng 60 suất so với năm trước. Hoạt động thực hiện Kế hoạch 58-KH/TĐTN-ĐKTN của Ban Thường vụ Tỉnh đoàn và Chương trình 07-CTr/TU của Ban Thường vụ Tỉnh ủy về chăm lo thế hệ trẻ.
Em Danh Thị Kim Xuyến, học sinh lớp 8 xã Vĩnh Hậu, là một trong 250 em nhận học bổng; mẹ em là hộ nghèo ở ấp Cái Cùng. Trên địa bàn tỉnh Cà Mau (hợp nhất với tỉnh Bạc Liêu), các cơ sở Đoàn đã vận động thêm khoảng 1,15 tỷ đồng cho quỹ học bổng.
Đồng chí Lý Hoàng Quân mong các em "vượt khó, học giỏi".
Tại buổi trao, đại diện các nhà tài trợ cam kết đồng hành lâu dài với chương trình, tiếp tục hỗ trợ học sinh vùng sâu, vùng xa đến trường trong năm học mới, nhất là con em các gia đình bị ảnh hưởng sạt lở bờ biển.
Thanh Tuyền
Lượt xem: 684
Tin liên quan
- Tình nguyện hè năm 2026
- Tiếp sức mùa thi tại Bạc Liêu
- Tuổi trẻ Cà Mau ra quân Ngày Chủ nhật xanh
- Trao 100 suất quà cho thiếu nhi
- Hội thi Bí thư chi đoàn giỏi
""", "2026-08-26", "Trao 250 suất học bổng cho học sinh vượt khó",
E("trao_qua", None, "2026-08-24"),
[P("Lý Hoàng Quân", "Phó Bí thư Tỉnh đoàn"),
 P("Quách Thị Diễm My", "Phó Bí thư Tỉnh đoàn"),
 P("Sơn Thị Ngọc Hân", "UVBCH Tỉnh đoàn", "Bí thư Đoàn xã Vĩnh Hậu", "Chủ tịch Hội LHTN Việt Nam xã"),
 P("Danh Thị Kim Xuyến", "học sinh lớp 8 xã Vĩnh Hậu")],
[Q("250 suất học bổng", 250, "suất học bổng"),
 Q("2.000.000 đ", 2000000, "đồng"),
 Q("20 quyển vở", 20, "quyển vở"),
 Q("540 triệu đồng", 540000000, "đồng"),
 Q("30 xe đạp", 30, "xe đạp"),
 Q("1,3 triệu", 1300000, "đồng"),
 Q("60 suất", 60, "suất"),
 Q("khoảng 1,15 tỷ đồng", 1150000000, "đồng", "approx")],
[D("Kế hoạch", "58", "KH/TĐTN-ĐKTN", None, "Ban Thường vụ Tỉnh đoàn", "Kế hoạch 58-KH/TĐTN-ĐKTN"),
 D("Chương trình", "07", "CTr/TU", None, "Ban Thường vụ Tỉnh ủy", "Chương trình 07-CTr/TU")],
[prov("Cà Mau"), prov("Bạc Liêu"), com("Đất Mũi"), com("Vĩnh Hậu")],
["TỈNH ĐOÀN CÀ MAU", "Cổng thông tin Tuổi trẻ Cà Mau", "Trang chủ | Tin tức | Công tác xã hội", "Đồng chí Lý Hoàng Quân (thứ hai từ trái) trao học bổng cho học sinh xã Đất Mũi.", "Thắp sáng ước mơ", "Hội Khuyến học tỉnh", "ấp Cái Cùng", "vượt khó, học giỏi", "Lượt xem: 684"],
["lớp 8", "Sáng 24/8", "Lượt xem: 684"]))

PAGES.append(page("b338-ninhbinh-mttq-hoinghi-2026", """
ỦY BAN MTTQ VIỆT NAM TỈNH NINH BÌNH
Cổng thông tin điện tử Mặt trận
Trang chủ > Tin tức > Hoạt động Mặt trận
Thứ Ba, 15/09/2026
Phát huy vai trò 1.842 Ban Công tác Mặt trận khu dân cư
(MTNB) - Ngày 11/9, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị chuyên đề "Nâng cao chất lượng hoạt động Ban Công tác Mặt trận ở khu dân cư" năm 2026.
Toàn cảnh hội nghị chuyên đề.
Chủ trì có các đồng chí Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Trần Thị Thu Hằng; Phó Chủ tịch - Tổng Thư ký Ủy ban MTTQ Việt Nam tỉnh Mai Văn Chiêm; các Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Lại Thế Nguyên, Đinh Thị Mận. Dự có Thượng tọa Thích Minh Quảng, Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh.
Sau hợp nhất ba tỉnh Ninh Bình, Nam Định và Hà Nam, toàn tỉnh có 1.842 Ban Công tác Mặt trận khu dân cư với 11.052 thành viên. Thực hiện Nghị quyết 241/2025/QH15 của Quốc hội và Quyết định 46-QĐ/TW của Bộ Chính trị, các khu dân cư đã tổ chức 3.690 buổi sinh hoạt, nhận 712 ý kiến phản ánh của nhân dân. Nhiều nơi vận động được trên 100 triệu đồng mỗi năm cho quỹ khuyến học.
Ông Trần Văn Thuật, Trưởng Ban Công tác Mặt trận xóm 6, xã Hải Hậu, nói bà con góp 18 triệu 500 nghìn đồng làm đèn đường. Bà Vũ Thị Nhàn, Trưởng Ban Công tác Mặt trận tổ dân phố Quang Trung, phường Phủ Lý, kể tổ đã giải quyết 9 vụ việc ngay từ cơ sở.
Hội nghị khen thưởng 24 Ban Công tác Mặt trận tiêu biểu.
Hồng Nhung
Lượt xem: 1.733
Tin khác
- Hiệp thương lần thứ hai bầu cử trưởng thôn, tổ dân phố
- Trao 1.000 phần quà Trung thu
- Giám sát xây dựng nhà Đại đoàn kết ở Lý Nhân
""", "2026-09-15", "Phát huy vai trò 1.842 Ban Công tác Mặt trận khu dân cư",
E("hoi_nghi", "2026", "2026-09-11"),
[P("Trần Thị Thu Hằng", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Mai Văn Chiêm", "Phó Chủ tịch - Tổng Thư ký Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lại Thế Nguyên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đinh Thị Mận", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thích Minh Quảng", "Thượng tọa", "Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
 P("Trần Văn Thuật", "Trưởng Ban Công tác Mặt trận xóm 6"),
 P("Vũ Thị Nhàn", "Trưởng Ban Công tác Mặt trận tổ dân phố Quang Trung")],
[Q("1.842 Ban Công tác Mặt trận khu dân cư", 1842, "Ban Công tác Mặt trận khu dân cư"),
 Q("11.052 thành viên", 11052, "thành viên"),
 Q("3.690 buổi sinh hoạt", 3690, "buổi sinh hoạt"),
 Q("712 ý kiến", 712, "ý kiến"),
 Q("trên 100 triệu đồng", 100000000, "đồng", "over"),
 Q("18 triệu 500 nghìn đồng", 18500000, "đồng"),
 Q("9 vụ việc", 9, "vụ việc"),
 Q("24 Ban Công tác Mặt trận", 24, "Ban Công tác Mặt trận")],
[D("Nghị quyết", "241", "2025/QH15", None, "Quốc hội", "Nghị quyết 241/2025/QH15"),
 D("Quyết định", "46", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 46-QĐ/TW")],
[prov("Ninh Bình"), prov("Nam Định"), prov("Hà Nam"), com("Hải Hậu"), com("Phủ Lý")],
["ỦY BAN MTTQ VIỆT NAM TỈNH NINH BÌNH", "Cổng thông tin điện tử Mặt trận", "Trang chủ > Tin tức > Hoạt động Mặt trận", "Toàn cảnh hội nghị chuyên đề.", "Nâng cao chất lượng hoạt động Ban Công tác Mặt trận ở khu dân cư", "xóm 6", "tổ dân phố Quang Trung", "Lượt xem: 1.733"],
["năm 2026", "Ngày 11/9", "xóm 6", "Lượt xem: 1.733"]))

PAGES.append(page("b339-dongnai-hccb-tongket-2025", """
HỘI CỰU CHIẾN BINH TỈNH ĐỒNG NAI
Thứ Sáu, 16/01/2026
Trang chủ >> Tin tức >> Hoạt động Hội
Thứ Hai, 12/01/2026 | 14:10
Tổng kết công tác Hội năm 2025
Ngày 9/1, Ban Thường vụ Hội CCB tỉnh tổ chức hội nghị tổng kết công tác Hội và phong trào CCB năm 2025, phương hướng nhiệm vụ năm 2026.
Đại tá Điểu Lên (giữa) tặng Bằng khen cho các tập thể.
Dự có Đại tá Điểu Lên, Ủy viên BCH Trung ương Hội CCB Việt Nam, Chủ tịch Hội CCB tỉnh; Đại tá Nguyễn Hữu Lộc, Thượng tá Thị Đông, Trung tá Lê Văn Hải - Phó Chủ tịch Hội CCB tỉnh; đồng chí Hà Văn Thông, ĐUV, Chủ tịch Hội CCB xã Bom Bo.
Năm 2025, sau khi tỉnh Bình Phước hợp nhất vào tỉnh Đồng Nai, Hội có 61.408 hội viên ở 95 xã, phường. Hội viên đóng góp 12 tỷ 860 triệu đồng xây 73 "Nhà nghĩa tình đồng chí", mỗi căn 100 - 120 triệu đồng; 2.140 hộ CCB đạt sản xuất kinh doanh giỏi, 86 hộ có doanh thu trên 1 tỷ/năm. Ban Thường vụ thực hiện Chỉ thị 14-CT/CCB và Kết luận 21, 22-KL/CCB của Thường trực Trung ương Hội.
Trong năm, 52 đồng chí hội viên được kết nạp Đảng. Ông Điểu Khánh, Chi hội trưởng CCB sóc Bom Bo, xã Bom Bo, cùng 14 hội viên người Stiêng trồng 40 ha điều.
Đại tá Điểu Lên đề nghị năm 2026 phát huy phẩm chất "Bộ đội Cụ Hồ"; phong trào "3 tốt, 2 xây" được phát động lại.
Hội nghị cũng biểu dương các chi hội vùng biên giới đã phối hợp với đồn biên phòng giữ gìn an ninh trật tự, vận động đồng bào dân tộc thiểu số không nghe theo kẻ xấu, chung tay xây dựng nông thôn mới ở các sóc, ấp của tỉnh Đồng Nai.
CCB Đồng Nai
Lượt xem: 1.019
Tin liên quan
- Hội CCB xã Bù Đăng trao nhà nghĩa tình
- Giao ban quý IV năm 2025
- Gặp mặt CCB nhân ngày 22/12
""", "2026-01-12", "Tổng kết công tác Hội năm 2025",
E("tong_ket", "2025", "2026-01-09"),
[P("Điểu Lên", "Đại tá", "Ủy viên BCH Trung ương Hội CCB Việt Nam", "Chủ tịch Hội CCB tỉnh"),
 P("Nguyễn Hữu Lộc", "Đại tá", "Phó Chủ tịch Hội CCB tỉnh"),
 P("Thị Đông", "Thượng tá", "Phó Chủ tịch Hội CCB tỉnh"),
 P("Lê Văn Hải", "Trung tá", "Phó Chủ tịch Hội CCB tỉnh"),
 P("Hà Văn Thông", "ĐUV", "Chủ tịch Hội CCB xã Bom Bo"),
 P("Điểu Khánh", "Chi hội trưởng CCB sóc Bom Bo")],
[Q("61.408 hội viên", 61408, "hội viên"),
 Q("95 xã, phường", 95, "xã, phường"),
 Q("12 tỷ 860 triệu đồng", 12860000000, "đồng"),
 Q("73 \"Nhà nghĩa tình đồng chí\"", 73, "Nhà nghĩa tình đồng chí"),
 Q("100", 100000000, "đồng"),
 Q("120 triệu đồng", 120000000, "đồng"),
 Q("2.140 hộ", 2140, "hộ"),
 Q("86 hộ", 86, "hộ"),
 Q("trên 1 tỷ/năm", 1000000000, "đồng", "over"),
 Q("52 đồng chí", 52, "đồng chí"),
 Q("14 hội viên", 14, "hội viên"),
 Q("40 ha", 40, "ha")],
[D("Chỉ thị", "14", "CT/CCB", None, "Thường trực Trung ương Hội", "Chỉ thị 14-CT/CCB"),
 D("Kết luận", "21", "KL/CCB", None, "Thường trực Trung ương Hội", "Kết luận 21, 22-KL/CCB"),
 D("Kết luận", "22", "KL/CCB", None, "Thường trực Trung ương Hội", "22-KL/CCB")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bom Bo")],
["HỘI CỰU CHIẾN BINH TỈNH ĐỒNG NAI", "Trang chủ >> Tin tức >> Hoạt động Hội", "Đại tá Điểu Lên (giữa) tặng Bằng khen cho các tập thể.", "Nhà nghĩa tình đồng chí", "Bộ đội Cụ Hồ", "3 tốt, 2 xây", "CCB Đồng Nai", "sóc Bom Bo", "Lượt xem: 1.019"],
["Thứ Sáu, 16/01/2026", "năm 2025", "năm 2026", "Ngày 9/1", "Trong năm", "3 tốt, 2 xây", "52 đồng chí", "Lượt xem: 1.019"]))

PAGES.append(page("b340-tayninh-bao-chandung-2026", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TÂY NINH
Trang chủ › Xã hội › Người tốt việc tốt
Chủ Nhật, 08/11/2026 - 07:15
"Bà đỡ" vốn vay của phụ nữ ấp Bình Hòa
(TN) - Gần 15 năm làm Chi hội trưởng phụ nữ, bà Võ Thị Kim Nguyên đã giúp 96 chị em vay vốn, nhiều người thoát nghèo.
Bà Võ Thị Kim Nguyên (bìa phải) hướng dẫn chị em ghi sổ tiết kiệm.
Bà Võ Thị Kim Nguyên, Chi hội trưởng phụ nữ ấp Bình Hòa, xã Mỹ Quý, Tổ trưởng tổ tiết kiệm và vay vốn, quản lý dư nợ hơn 3,6 tỷ đồng, không có nợ quá hạn. Mỗi tháng, tổ góp tiết kiệm 50 ngàn/người; 31 hộ đã vay 40 - 60 triệu đồng trồng chanh, nuôi dê.
Xã Mỹ Quý thuộc tỉnh Long An trước đây, nay là xã biên giới của tỉnh Tây Ninh. Bà Huỳnh Thị Diễm, Chủ tịch Hội LHPN xã Mỹ Quý, cho biết năm 2025 bà Nguyên được bà con tín nhiệm bầu làm Trưởng ban nhân dân ấp Bình Hòa. Theo Quyết định số 2904/QĐ-UBND ngày 3/9/2026 của Chủ tịch UBND tỉnh Tây Ninh, bà được tặng Bằng khen.
Chị Trần Thị Mén, hội viên ấp Bình Hòa, kể nhờ vay 50 triệu, nay gia đình có 1,2 ha chanh không hạt, lãi khoảng 150 triệu/năm.
Với bà Nguyên, phần thưởng là 96 chị em đều "có việc làm, có tiền tiết kiệm".
Bà con trong ấp quý bà vì tính thẳng thắn, sòng phẳng; ai khó khăn, bà đến tận nhà hướng dẫn làm hồ sơ vay vốn, chỉ cách tính toán chi tiêu để trả nợ đúng hạn, rồi lại động viên chị em sinh hoạt chi hội đều đặn.
Ngọc Hân
Lượt xem: 2.471
Tin liên quan
- Phụ nữ biên giới giữ đường biên, cột mốc
- Tây Ninh có 162 tổ tiết kiệm và vay vốn
- Gương sáng dân vận khéo ở Đức Huệ
- Người giữ lửa câu lạc bộ đờn ca tài tử
- Trao 50 con dê giống cho hội viên nghèo
""", "2026-11-08", "\"Bà đỡ\" vốn vay của phụ nữ ấp Bình Hòa",
E(None, None, None),
[P("Võ Thị Kim Nguyên", "Chi hội trưởng phụ nữ ấp Bình Hòa", "Tổ trưởng tổ tiết kiệm và vay vốn", "Trưởng ban nhân dân ấp Bình Hòa"),
 P("Huỳnh Thị Diễm", "Chủ tịch Hội LHPN xã Mỹ Quý"),
 P("Trần Thị Mén", "hội viên ấp Bình Hòa")],
[Q("96 chị em", 96, "chị em"),
 Q("hơn 3,6 tỷ đồng", 3600000000, "đồng", "over"),
 Q("50 ngàn/người", 50000, "đồng"),
 Q("31 hộ", 31, "hộ"),
 Q("40", 40000000, "đồng"),
 Q("60 triệu đồng", 60000000, "đồng"),
 Q("50 triệu", 50000000, "đồng"),
 Q("1,2 ha", 1.2, "ha"),
 Q("khoảng 150 triệu/năm", 150000000, "đồng", "approx")],
[D("Quyết định", "2904", "QĐ-UBND", "2026-09-03", "Chủ tịch UBND tỉnh Tây Ninh", "Quyết định số 2904/QĐ-UBND")],
[prov("Tây Ninh"), prov("Long An"), com("Mỹ Quý")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TÂY NINH", "Trang chủ › Xã hội › Người tốt việc tốt", "Bà Võ Thị Kim Nguyên (bìa phải) hướng dẫn chị em ghi sổ tiết kiệm.", "ấp Bình Hòa", "có việc làm, có tiền tiết kiệm", "Lượt xem: 2.471"],
["Gần 15 năm", "năm 2025", "Lượt xem: 2.471"]))
