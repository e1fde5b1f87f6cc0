from lib import *
PAGES = []

PAGES.append(page("b307-daklak-bdv-tongket-2024", """
BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK
Hôm nay: Thứ Sáu, 17/01/2025
Trang chủ » Tin tức » Hoạt động Ban
Thứ Ba, 14/01/2025 - 10:25
Năm 2024: Khối dân vận vận động đồng bào hiến 63.400 m2 đất
Ngày 13/1, Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết công tác dân vận năm 2024, triển khai nhiệm vụ năm 2025.
Toàn cảnh hội nghị tổng kết.
Đồng chí Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy H'Yim Kđoh chủ trì. Các Phó Trưởng Ban Dân vận Tỉnh ủy: Y Khuê Niê, Lê Thị Mai Hoa, Nay Y Blim cùng dự. Hội nghị có 52 đồng chí là trưởng ban dân vận các huyện ủy, thị ủy, thành ủy tham dự.
Năm 2024, đồng bào các dân tộc đã hiến 63.400 m2 đất, đóng góp 8,9 tỷ đồng xây dựng nông thôn mới; 1.536 hộ thoát nghèo. Thực hiện Kết luận 43, 44-KL/TW của BCH Trung ương và Quy chế 09-QC/TU của Ban Thường vụ Tỉnh ủy, các cấp đã tổ chức 684 cuộc đối thoại.
Ông Y Bhiơ Êban, người có uy tín buôn Tơng Jù, xã Ea Kao, được biểu dương vì vận động 19 hộ trả lại đất lấn chiếm. Ông Hoàng Văn Páo vừa được bổ nhiệm làm Phó Trưởng Ban Dân tộc tỉnh, báo cáo tham luận về đồng bào Mông di cư.
Hội nghị khen thưởng 14 tập thể, 22 cá nhân. Phong trào "Dân vận khéo" ở tỉnh Đắk Lắk có 947 mô hình, mỗi mô hình tiêu biểu thưởng 3 triệu.
Phát biểu kết luận, đồng chí H'Yim Kđoh đề nghị khối dân vận các cấp chủ động chuẩn bị cho việc sắp xếp tổ chức bộ máy, nắm chắc tâm tư của cán bộ, đảng viên và nhân dân; tiếp tục vận động đồng bào Ê Đê, M'Nông, Mông giữ gìn an ninh trật tự, không nghe theo kẻ xấu, phát triển kinh tế hộ gia đình.
Minh Thuận
Lượt xem: 2.140
Tin liên quan
- Giao ban khối dân vận quý IV năm 2024
""", "2025-01-14", "Năm 2024: Khối dân vận vận động đồng bào hiến 63.400 m2 đất",
E("tong_ket", "2024", "2025-01-13"),
[P("H'Yim Kđoh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Y Khuê Niê", "Phó Trưởng Ban Dân vận Tỉnh ủy"), P("Lê Thị Mai Hoa", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nay Y Blim", "Phó Trưởng Ban Dân vận Tỉnh ủy"), P("Y Bhiơ Êban", "người có uy tín buôn Tơng Jù"),
 P("Hoàng Văn Páo", "Phó Trưởng Ban Dân tộc tỉnh")],
[Q("52 đồng chí", 52, "đồng chí"), Q("63.400 m2", 63400, "m2"), Q("8,9 tỷ đồng", 8900000000, "đồng"), Q("1.536 hộ", 1536, "hộ"),
 Q("684 cuộc đối thoại", 684, "cuộc đối thoại"), Q("19 hộ", 19, "hộ"), Q("14 tập thể", 14, "tập thể"), Q("22 cá nhân", 22, "cá nhân"),
 Q("947 mô hình", 947, "mô hình"), Q("3 triệu", 3000000, "đồng")],
[D("Kết luận", "43", "KL/TW", None, "BCH Trung ương", "Kết luận 43, 44-KL/TW"),
 D("Kết luận", "44", "KL/TW", None, "BCH Trung ương", "Kết luận 43, 44-KL/TW"),
 D("Quy chế", "09", "QC/TU", None, "Ban Thường vụ Tỉnh ủy", "Quy chế 09-QC/TU")],
[prov("Đắk Lắk"), com("Ea Kao")],
["BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK", "Trang chủ » Tin tức » Hoạt động Ban", "Toàn cảnh hội nghị tổng kết.", "Dân vận khéo", "buôn Tơng Jù", "Lượt xem: 2.140"],
["Hôm nay: Thứ Sáu, 17/01/2025", "52 đồng chí", "năm 2025", "Năm 2024", "Lượt xem: 2.140"]))

PAGES.append(page("b308-gialai-btgdv-taphuan-2025", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY GIA LAI
Trang chủ > Tin hoạt động
Cập nhật: 14:05, 10/09/2025 (GMT+7)
Bồi dưỡng nghiệp vụ dân vận cho cán bộ 135 xã, phường
Ngày 8/9, tại phường Quy Nhơn, Ban Tuyên giáo và Dân vận Tỉnh ủy tổ chức lớp tập huấn nghiệp vụ công tác dân vận năm 2025 cho 268 học viên của 135 xã, phường sau sắp xếp.
Đồng chí Đinh Thị Hlưm phát biểu khai mạc lớp tập huấn.
Dự khai mạc có đồng chí Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy Nguyễn Văn Hòa; đồng chí Đinh Thị Hlưm, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; đồng chí Rah Lan Chung, Phó Trưởng ban Dân tộc và Tôn giáo Ủy ban MTTQ Việt Nam tỉnh.
Sau khi hợp nhất tỉnh Gia Lai và tỉnh Bình Định, chính quyền địa phương 2 cấp đi vào hoạt động. Thực hiện Quy định 296-QĐ/TW của Ban Chấp hành Trung ương và Hướng dẫn 12-HD/BTGDVTW của Ban Tuyên giáo và Dân vận Trung ương, học viên được hướng dẫn nắm tình hình nhân dân, xử lý 7 nhóm tình huống.
Bà Ksor H'Nhung vừa được tín nhiệm giữ chức Trưởng ban công tác Mặt trận thôn Plei Ring, xã Ia Hrung, chia sẻ cách vận động 42 hộ tham gia tổ tự quản.
Kết thúc lớp, 261/268 học viên đạt yêu cầu. Kinh phí tổ chức khoảng 196 triệu đồng.
Lớp học diễn ra trong 2 ngày, kết hợp thảo luận nhóm và thực hành xử lý tình huống tại cơ sở.
Đồng chí Nguyễn Văn Hòa đề nghị học viên vận dụng linh hoạt kiến thức vào thực tiễn ở cơ sở, nhất là ở các xã miền núi phía Tây và vùng ven biển phía Đông của tỉnh; chú trọng đối thoại trực tiếp, lắng nghe ý kiến của nhân dân về hoạt động của bộ máy mới.
Thu Trang
Lượt xem: 1.026
Tin liên quan
- Ra mắt Ban Tuyên giáo và Dân vận Tỉnh ủy Gia Lai (mới)
""", "2025-09-10", "Bồi dưỡng nghiệp vụ dân vận cho cán bộ 135 xã, phường",
E("tap_huan", "2025", "2025-09-08"),
[P("Đinh Thị Hlưm", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Hòa", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Rah Lan Chung", "Phó Trưởng ban Dân tộc và Tôn giáo Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ksor H'Nhung", "Trưởng ban công tác Mặt trận thôn Plei Ring")],
[Q("135 xã, phường", 135, "xã, phường"), Q("268 học viên", 268, "học viên"), Q("7 nhóm tình huống", 7, "nhóm tình huống"),
 Q("42 hộ", 42, "hộ"), Q("261/268 học viên", 261, "học viên"), Q("khoảng 196 triệu đồng", 196000000, "đồng", "approx")],
[D("Quy định", "296", "QĐ/TW", None, "Ban Chấp hành Trung ương", "Quy định 296-QĐ/TW"),
 D("Hướng dẫn", "12", "HD/BTGDVTW", None, "Ban Tuyên giáo và Dân vận Trung ương", "Hướng dẫn 12-HD/BTGDVTW")],
[prov("Gia Lai"), prov("Bình Định"), com("Quy Nhơn"), com("Ia Hrung")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY GIA LAI", "Trang chủ > Tin hoạt động", "Đồng chí Đinh Thị Hlưm phát biểu khai mạc lớp tập huấn.",
 "thôn Plei Ring", "Lượt xem: 1.026"],
["(GMT+7)", "chính quyền địa phương 2 cấp", "năm 2025", "trong 2 ngày", "Ngày 8/9", "Lượt xem: 1.026"]))
