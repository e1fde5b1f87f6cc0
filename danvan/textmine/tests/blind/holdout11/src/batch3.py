from lib import *

PAGES = []

# ---------------------------------------------------------------- b233
PAGES.append(page("b233-hoabinh-doan-soket-2023", """
TỈNH ĐOÀN HÒA BÌNH
Trang chủ › Hoạt động Đoàn - Hội - Đội › Tin tức
Cập nhật: 16:30, 19/07/2023 (GMT+7)
Tuổi trẻ Hòa Bình thắp sáng 54 km đường quê
Chiều 18/7, Ban Thường vụ Tỉnh đoàn Hòa Bình tổ chức hội nghị sơ kết công tác Đoàn và phong trào thanh thiếu nhi 6 tháng đầu năm 2023. Điểm nhấn là công trình thanh niên "Thắp sáng đường quê" với 54 km đường điện chiếu sáng ở các xóm vùng cao.
Đoàn viên lắp đặt 54 km đường điện chiếu sáng tại xóm Bưởi.
Dự hội nghị có đồng chí Quách Văn Tiềm, Ủy viên BCH Trung ương Đoàn, Bí thư Tỉnh đoàn; đồng chí Đinh Công Sứ và đồng chí Sa Thị Thu, cùng là Phó Bí thư Tỉnh đoàn; đồng chí Bùi Thị Lìn, Trưởng ban Thanh niên nông thôn - Công nhân - Đô thị Tỉnh đoàn.
Sáu tháng đầu năm, các cơ sở Đoàn đã lắp 1.460 bóng đèn, huy động 2,3 tỷ đồng từ nhân dân và doanh nghiệp; kết nạp 1.275 đoàn viên mới; thu hút 18.200 lượt thanh niên tham gia các hoạt động tình nguyện. 100% cơ sở Đoàn đã quán triệt Chương trình số 09-CTr/TĐTN-BTG ngày 6/3/2023 về giáo dục lý tưởng cho thanh niên dân tộc Mường, Thái, Dao. Phong trào "Sinh viên 5 tốt" có 286 sinh viên đạt danh hiệu cấp trường.
Anh Hà Văn Khiển, Bí thư Đoàn thị trấn Mai Châu, cho biết chi đoàn khu phố đã phối hợp với các hộ làm homestay lắp đèn năng lượng mặt trời, mỗi bóng chỉ hết 450 nghìn đồng. Tại xã Ngổ Luông, đoàn viên còn làm 6 cây cầu tre qua suối cho học sinh.
Dịp này, đồng chí Bùi Thị Lìn được Ban Thường vụ Tỉnh ủy bổ nhiệm làm Phó Giám đốc Trung tâm Hoạt động thanh thiếu nhi tỉnh từ ngày 1/8. Hội nghị cũng biểu dương chi đoàn xóm Bưởi, xã Phong Phú, dẫn đầu phong trào.
Bài, ảnh: Bích Ngọc
Lượt xem: 688
TIN CÙNG CHUYÊN MỤC
- Khởi động Chiến dịch Thanh niên tình nguyện hè năm 2023 (02/07/2023)
- Đại hội Hội LHTN Việt Nam tỉnh lần thứ VII (15/06/2023)
""", "2023-07-19",
    "Tuổi trẻ Hòa Bình thắp sáng 54 km đường quê",
    E("so_ket", "2023-H1", "2023-07-18"),
    [P("Quách Văn Tiềm", "Ủy viên BCH Trung ương Đoàn", "Bí thư Tỉnh đoàn"),
     P("Đinh Công Sứ", "Phó Bí thư Tỉnh đoàn"),
     P("Sa Thị Thu", "Phó Bí thư Tỉnh đoàn"),
     P("Bùi Thị Lìn", "Trưởng ban Thanh niên nông thôn - Công nhân - Đô thị Tỉnh đoàn", "Phó Giám đốc Trung tâm Hoạt động thanh thiếu nhi tỉnh"),
     P("Hà Văn Khiển", "Bí thư Đoàn thị trấn Mai Châu")],
    [Q("54 km", 54, "km"),
     Q("1.460 bóng đèn", 1460, "bóng đèn"),
     Q("2,3 tỷ đồng", 2300000000, "đồng"),
     Q("1.275 đoàn viên mới", 1275, "đoàn viên mới"),
     Q("18.200 lượt thanh niên", 18200, "lượt thanh niên"),
     Q("100% cơ sở Đoàn", 100, "%"),
     Q("286 sinh viên", 286, "sinh viên"),
     Q("450 nghìn đồng", 450000, "đồng"),
     Q("6 cây cầu tre", 6, "cây cầu tre")],
    [D("Chương trình", "09", "CTr/TĐTN-BTG", "2023-03-06", None, "Chương trình số 09-CTr/TĐTN-BTG ngày 6/3/2023")],
    [prov("Hòa Bình"), com("Mai Châu"), com("Ngổ Luông"), com("Phong Phú")],
    ["TỈNH ĐOÀN HÒA BÌNH", "Trang chủ › Hoạt động Đoàn - Hội - Đội › Tin tức",
     "Đoàn viên lắp đặt 54 km đường điện chiếu sáng tại xóm Bưởi.", "Thắp sáng đường quê", "Sinh viên 5 tốt",
     "xóm Bưởi", "Lượt xem: 688"],
    ["(GMT+7)", "6 tháng đầu năm 2023", "Sáu tháng đầu năm", "5 tốt", "ngày 1/8", "Lượt xem: 688"]))

# ---------------------------------------------------------------- b234
PAGES.append(page("b234-bentre-bdv-giaoban-2024", """
BAN DÂN VẬN TỈNH ỦY BẾN TRE
Trang chủ > Tin hoạt động > Dân vận chính quyền
Thứ Năm, 11/4/2024
Vận động 41 hộ giao mặt bằng làm đê bao ven sông Hàm Luông
Sáng 10/4, Ban Dân vận Tỉnh ủy Bến Tre tổ chức hội nghị giao ban khối dân vận quý I năm 2024 với 43 đồng chí là trưởng ban dân vận các huyện ủy, thành ủy và lãnh đạo Mặt trận, đoàn thể tỉnh.
Đồng chí Huỳnh Thị Mộng Tuyền phát biểu tại hội nghị giao ban.
Chủ trì hội nghị có đồng chí Huỳnh Thị Mộng Tuyền, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh và đồng chí Lê Văn Bé Năm, Phó Trưởng Ban Dân vận Tỉnh ủy. Đồng chí Võ Thanh Sang, Phó Trưởng Ban Nội chính Tỉnh ủy, dự và thông tin tình hình khiếu nại.
Quý I, khối dân vận đã vận động 41 hộ ở xã Phú Túc giao mặt bằng làm đê bao chống ngập. Các cấp tiếp 172 lượt công dân; 326 mô hình "Dân vận khéo" được đăng ký thực hiện theo đề án 15 "Nâng cao hiệu quả dân vận chính quyền giai đoạn 2023 - 2026". Trước hạn mặn, Mặt trận và các đoàn thể đã trao 150 bồn chứa nước ngọt, mỗi bồn trị giá 2,8 triệu đồng, cho hộ nghèo ở xã An Hiệp.
Hội nghị quán triệt Thông báo kết luận số 112-TB/TU của Thường trực Tỉnh ủy về công tác dân vận trong các dự án trọng điểm. Ông Nguyễn Văn Tám, trưởng ấp Phú Hòa, xã Phú Túc, kể: "Mỗi tối tụi tôi ngồi uống trà với từng nhà, nói rõ đền bù bao nhiêu, tái định cư ở đâu. Bà con hiểu thì bà con giao đất".
Dịp này, đồng chí Trần Thị Kim Loan vừa được Ban Thường vụ Tỉnh ủy điều động, bổ nhiệm giữ chức Phó Trưởng Ban Dân vận Tỉnh ủy đã ra mắt hội nghị. Nhân dân phường Phú Tân đóng góp hơn 12 tỷ đồng làm hẻm bê tông.
Kết luận, đồng chí Huỳnh Thị Mộng Tuyền đề nghị quý II tập trung dân vận trong giải phóng mặt bằng, thực hiện phương châm "3 rõ": rõ người, rõ việc, rõ trách nhiệm.
Thanh Hải
Lượt xem: 847
Tin liên quan
- Giồng Trôm sơ kết mô hình "Dân vận khéo" (02/04/2024)
- 100 đoàn viên ra quân chống hạn mặn (20/03/2024)
""", "2024-04-11",
    "Vận động 41 hộ giao mặt bằng làm đê bao ven sông Hàm Luông",
    E("giao_ban", "2024-Q1", "2024-04-10"),
    [P("Huỳnh Thị Mộng Tuyền", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("Lê Văn Bé Năm", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
     P("Võ Thanh Sang", "Phó Trưởng Ban Nội chính Tỉnh ủy"),
     P("Nguyễn Văn Tám", "trưởng ấp Phú Hòa"),
     P("Trần Thị Kim Loan", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
    [Q("41 hộ", 41, "hộ"),
     Q("43 đồng chí", 43, "đồng chí"),
     Q("172 lượt công dân", 172, "lượt công dân"),
     Q("326 mô hình", 326, "mô hình"),
     Q("150 bồn chứa nước ngọt", 150, "bồn chứa nước ngọt"),
     Q("2,8 triệu đồng", 2800000, "đồng"),
     Q("hơn 12 tỷ đồng", 12000000000, "đồng", "over")],
    [D("Đề án", "15", None, None, None, "đề án 15"),
     D("Thông báo", "112", "TB/TU", None, "Thường trực Tỉnh ủy", "Thông báo kết luận số 112-TB/TU của Thường trực Tỉnh ủy")],
    [prov("Bến Tre"), com("Phú Túc"), com("An Hiệp"), com("Phú Tân")],
    ["BAN DÂN VẬN TỈNH ỦY BẾN TRE", "Trang chủ > Tin hoạt động > Dân vận chính quyền",
     "Đồng chí Huỳnh Thị Mộng Tuyền phát biểu tại hội nghị giao ban.", "Dân vận khéo",
     "Nâng cao hiệu quả dân vận chính quyền giai đoạn 2023 - 2026", "ấp Phú Hòa", "sông Hàm Luông", "Lượt xem: 847"],
    ["43 đồng chí", "quý I năm 2024", "3 rõ", "quý II", "giai đoạn 2023 - 2026", "Lượt xem: 847"]))

# ---------------------------------------------------------------- b235
PAGES.append(page("b235-quangbinh-ccb-tongket-2024", """
HỘI CỰU CHIẾN BINH TỈNH QUẢNG BÌNH
Trang chủ / Tin tức - Sự kiện / Hoạt động Hội
Ngày đăng: 17/01/2025 - 11:00
Năm 2024, cựu chiến binh giúp nhau xóa 63 căn nhà tạm
Ngày 16/1, Hội Cựu chiến binh tỉnh Quảng Bình tổ chức hội nghị tổng kết công tác Hội và phong trào CCB năm 2024, triển khai nhiệm vụ năm 2025. Năm qua, các cấp Hội đã góp sức xóa 63 căn nhà tạm cho hội viên khó khăn.
Một trong 63 căn nhà hội viên CCB được bàn giao tại xã Thượng Trạch.
Dự hội nghị có Thiếu tướng Phan Đình Khôi, Ủy viên BCH Trung ương Hội CCB Việt Nam, Phó Chủ tịch Hội CCB Việt Nam; Đại tá Trương Công Lực, Chủ tịch Hội CCB tỉnh; các Phó Chủ tịch Hội CCB tỉnh: Đại tá Hoàng Minh Thắng, Thượng tá Cao Văn Lâm.
Hưởng ứng phong trào thi đua "Chung tay xóa nhà tạm, nhà dột nát", mỗi căn nhà được hỗ trợ từ 40 - 60 triệu đồng, tổng kinh phí hơn 3,4 tỷ đồng. Năm 2024, các cấp Hội kết nạp 487 hội viên mới; dư nợ ủy thác qua Hội đạt 96,3 tỷ đồng với 1.390 hộ vay. Hội đã phối hợp triển khai Quyết định 1457/QĐ-TTg của Thủ tướng Chính phủ về hỗ trợ nhà ở cho người có công ở 8 huyện, thị xã, thành phố.
Ông Hồ Văn Chát, hội viên CCB bản Cà Roòng, xã Thượng Trạch, người Bru - Vân Kiều, xúc động: "Cả đời ở nhà tranh, nay có căn nhà xây, tôi mừng lắm".
Bà Hồ Thị Liêu, Chủ tịch Hội CCB xã Trọng Hóa, cho biết chi hội có 14 hội viên là người Chứt, Mày, Sách; năm 2024 không có hội viên tái nghèo.
Dịp này, 52 đồng chí được tặng Kỷ niệm chương "Vì sự nghiệp Cựu chiến binh Việt Nam"; 9 tập thể được tặng Cờ thi đua "Đơn vị dẫn đầu phong trào CCB gương mẫu".
Bài, ảnh: Đăng Khoa
Lượt xem: 1.044
Các tin khác
- Hội CCB huyện Minh Hóa trao 5 căn nhà "Nghĩa tình đồng đội" (08/01/2025)
- Gặp mặt CCB tiêu biểu nhân dịp Tết Ất Tỵ (03/01/2025)
""", "2025-01-17",
    "Năm 2024, cựu chiến binh giúp nhau xóa 63 căn nhà tạm",
    E("tong_ket", "2024", "2025-01-16"),
    [P("Phan Đình Khôi", "Thiếu tướng", "Ủy viên BCH Trung ương Hội CCB Việt Nam", "Phó Chủ tịch Hội CCB Việt Nam"),
     P("Trương Công Lực", "Đại tá", "Chủ tịch Hội CCB tỉnh"),
     P("Hoàng Minh Thắng", "Đại tá", "Phó Chủ tịch Hội CCB tỉnh"),
     P("Cao Văn Lâm", "Thượng tá", "Phó Chủ tịch Hội CCB tỉnh"),
     P("Hồ Văn Chát", "hội viên CCB bản Cà Roòng"),
     P("Hồ Thị Liêu", "Chủ tịch Hội CCB xã Trọng Hóa")],
    [Q("63 căn nhà tạm", 63, "căn nhà tạm"),
     Q("40 - 60 triệu đồng", 40000000, "đồng"),
     Q("40 - 60 triệu đồng", 60000000, "đồng"),
     Q("hơn 3,4 tỷ đồng", 3400000000, "đồng", "over"),
     Q("487 hội viên mới", 487, "hội viên mới"),
     Q("96,3 tỷ đồng", 96300000000, "đồng"),
     Q("1.390 hộ vay", 1390, "hộ vay"),
     Q("8 huyện, thị xã, thành phố", 8, "huyện, thị xã, thành phố"),
     Q("14 hội viên", 14, "hội viên"),
     Q("52 đồng chí", 52, "đồng chí"),
     Q("9 tập thể", 9, "tập thể")],
    [D("Quyết định", "1457", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 1457/QĐ-TTg của Thủ tướng Chính phủ")],
    [prov("Quảng Bình"), com("Thượng Trạch"), com("Trọng Hóa")],
    ["HỘI CỰU CHIẾN BINH TỈNH QUẢNG BÌNH", "Trang chủ / Tin tức - Sự kiện / Hoạt động Hội",
     "Một trong 63 căn nhà hội viên CCB được bàn giao tại xã Thượng Trạch.", "Chung tay xóa nhà tạm, nhà dột nát",
     "Vì sự nghiệp Cựu chiến binh Việt Nam", "Đơn vị dẫn đầu phong trào CCB gương mẫu", "Kỷ niệm chương",
     "Cờ thi đua", "bản Cà Roòng", "Bru - Vân Kiều", "Lượt xem: 1.044"],
    ["52 đồng chí", "Lượt xem: 1.044"]))

# ---------------------------------------------------------------- b236
PAGES.append(page("b236-tuyenquang-btgdv-taphuan-2025", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY TUYÊN QUANG
Hôm nay: Thứ Hai, 18/08/2025
Bạn đang ở: Trang chủ » Tin tức » Công tác dân vận
Thứ Năm, 14/8/2025 | 08:30
Bồi dưỡng nghiệp vụ dân vận cho 124 cán bộ xã sau sắp xếp
Trong 2 ngày 12 và 13/8, tại phường Hà Giang 1, Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang mở lớp tập huấn nghiệp vụ công tác tuyên giáo và dân vận năm 2025 cho 124 cán bộ phụ trách dân vận của các xã, phường sau khi tỉnh Tuyên Quang và tỉnh Hà Giang hợp nhất.
Quang cảnh lớp tập huấn 124 học viên tại phường Hà Giang 1.
Khai mạc lớp học có đồng chí Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Lục Thị Thanh Bình và các đồng chí Vương Ngọc Hà, Sùng Mí Chơ - Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy.
Tỉnh Tuyên Quang mới có 124 xã, phường, trong đó nhiều xã vùng cao biên giới có trên 90% đồng bào Mông, Dao, Lô Lô, Pu Péo. Trong 5 chuyên đề, học viên được hướng dẫn vận hành chính quyền địa phương 2 cấp, thực hiện Nghị quyết số 1684/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội về sắp xếp đơn vị hành chính cấp xã và Hướng dẫn 05-HD/BTGDVTU về tổ chức tổ dân vận ở thôn.
Chị Lầu Thị Chía, công chức xã Mèo Vạc, vừa được bổ nhiệm giữ chức Phó Trưởng Phòng Văn hóa - Xã hội xã Mèo Vạc, cho biết: "Xã mới rộng gấp ba, có thôn cách trung tâm 40 km. Mình phải biết tiếng Mông, tiếng Lô Lô mới nói chuyện được với bà con".
Anh Bàn Văn Chiêu, Phó Bí thư Đảng ủy xã Lâm Bình, chia sẻ kinh nghiệm lập 27 tổ dân vận thôn ngay sau ngày 1/7.
Kết thúc lớp học, 118/124 học viên đạt yêu cầu. Tổng kinh phí 210 triệu đồng từ ngân sách tỉnh.
Đức Thọ
Lượt xem: 1.309
Tin liên quan
- Ra mắt Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang (02/07/2025)
- Xã Đồng Văn gặp mặt người có uy tín (25/07/2025)
""", "2025-08-14",
    "Bồi dưỡng nghiệp vụ dân vận cho 124 cán bộ xã sau sắp xếp",
    E("tap_huan", "2025", "2025-08-12"),
    [P("Lục Thị Thanh Bình", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
     P("Vương Ngọc Hà", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
     P("Sùng Mí Chơ", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
     P("Lầu Thị Chía", "công chức xã Mèo Vạc", "Phó Trưởng Phòng Văn hóa - Xã hội xã Mèo Vạc"),
     P("Bàn Văn Chiêu", "Phó Bí thư Đảng ủy xã Lâm Bình")],
    [Q("124 cán bộ", 124, "cán bộ"),
     Q("124 xã, phường", 124, "xã, phường"),
     Q("trên 90%", 90, "%", "over"),
     Q("5 chuyên đề", 5, "chuyên đề"),
     Q("40 km", 40, "km"),
     Q("27 tổ dân vận", 27, "tổ dân vận"),
     Q("118/124 học viên", 118, "học viên"),
     Q("210 triệu đồng", 210000000, "đồng")],
    [D("Nghị quyết", "1684", "NQ-UBTVQH15", "2025-06-16", "Ủy ban Thường vụ Quốc hội", "Nghị quyết số 1684/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội"),
     D("Hướng dẫn", "05", "HD/BTGDVTU", None, None, "Hướng dẫn 05-HD/BTGDVTU")],
    [prov("Tuyên Quang"), prov("Hà Giang"), com("Hà Giang 1"), com("Mèo Vạc"), com("Lâm Bình")],
    ["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY TUYÊN QUANG", "Bạn đang ở: Trang chủ » Tin tức » Công tác dân vận",
     "Quang cảnh lớp tập huấn 124 học viên tại phường Hà Giang 1.", "Phòng Văn hóa - Xã hội", "Lượt xem: 1.309"],
    ["Hôm nay: Thứ Hai, 18/08/2025", "Hà Giang 1", "Trong 2 ngày", "chính quyền địa phương 2 cấp", "gấp ba", "ngày 1/7",
     "Lượt xem: 1.309"]))

# ---------------------------------------------------------------- b237
PAGES.append(page("b237-thainguyen-mttq-traoqua-2025", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH THÁI NGUYÊN
Trang chủ | Tin tức | An sinh xã hội
12-10-2025 17:45
Trao 1.350 suất quà cho người dân vùng ngập sau bão
Ngày 11/10, Ủy ban MTTQ Việt Nam tỉnh Thái Nguyên trao 1.350 suất quà cho các hộ bị ảnh hưởng bởi lũ lụt tại phường Phan Đình Phùng, phường Đức Xuân và các xã Ba Bể, Chợ Mới. Nhiều hộ ở khu vực tỉnh Bắc Kạn cũ bị ngập sâu tới 2 m.
Cán bộ Mặt trận trao quà cho người dân phường Đức Xuân.
Đoàn do đồng chí Hoàng Thị Ngần, Tỉnh ủy viên, Phó Chủ tịch - Trưởng ban Công tác cơ sở Ủy ban MTTQ Việt Nam tỉnh, dẫn đầu. Cùng đi có đồng chí Ma Văn Khiêm, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Nông dân tỉnh và đồng chí Triệu Thị Nhất, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội LHPN tỉnh.
Mỗi suất quà trị giá 800.000đ, tổng trị giá 1,08 tỷ đồng, từ nguồn Quỹ Cứu trợ tỉnh. Theo Thông báo số 27/TB-MTTQ-BTT ngày 9/10/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, đến nay Mặt trận đã tiếp nhận hơn 47,5 tỷ đồng, 120 tấn gạo và 2.700 thùng nước uống từ chương trình "Thái Nguyên chung tay vượt lũ".
Ông Lý Văn Chòi, người Dao ở thôn Nà Hang, xã Ba Bể, kể: "Nước về lúc nửa đêm, cả thôn 46 hộ phải chạy lên nhà văn hóa. Được Mặt trận cho gạo, cho chăn, bà con yên tâm dọn nhà".
Bà Nông Thị Vịnh, Chủ tịch Ủy ban MTTQ Việt Nam phường Phan Đình Phùng, cho biết phường có 2.314 hộ bị ngập; lực lượng đoàn viên, hội viên đã giúp dọn bùn cho 680 hộ.
Đồng chí Hoàng Thị Ngần đề nghị Mặt trận các xã, phường công khai danh sách hộ nhận hỗ trợ, không để trùng lặp, bỏ sót.
Phương Thảo
Lượt xem: 2.266
Tin liên quan
- Mặt trận tỉnh phát động ủng hộ đồng bào bị thiệt hại do bão (08/10/2025)
- Phú Bình: 300 suất quà cho hộ nghèo vùng trũng (05/10/2025)
""", "2025-10-12",
    "Trao 1.350 suất quà cho người dân vùng ngập sau bão",
    E("trao_qua", None, "2025-10-11"),
    [P("Hoàng Thị Ngần", "Tỉnh ủy viên", "Phó Chủ tịch - Trưởng ban Công tác cơ sở Ủy ban MTTQ Việt Nam tỉnh"),
     P("Ma Văn Khiêm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Nông dân tỉnh"),
     P("Triệu Thị Nhất", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội LHPN tỉnh"),
     P("Lý Văn Chòi"),
     P("Nông Thị Vịnh", "Chủ tịch Ủy ban MTTQ Việt Nam phường Phan Đình Phùng")],
    [Q("1.350 suất quà", 1350, "suất quà"),
     Q("2 m", 2, "m"),
     Q("800.000đ", 800000, "đồng"),
     Q("1,08 tỷ đồng", 1080000000, "đồng"),
     Q("hơn 47,5 tỷ đồng", 47500000000, "đồng", "over"),
     Q("120 tấn gạo", 120, "tấn gạo"),
     Q("2.700 thùng nước uống", 2700, "thùng nước uống"),
     Q("46 hộ", 46, "hộ"),
     Q("2.314 hộ", 2314, "hộ"),
     Q("680 hộ", 680, "hộ")],
    [D("Thông báo", "27", "TB-MTTQ-BTT", "2025-10-09", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Thông báo số 27/TB-MTTQ-BTT ngày 9/10/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh")],
    [prov("Thái Nguyên"), prov("Bắc Kạn"), com("Phan Đình Phùng"), com("Đức Xuân"), com("Ba Bể"), com("Chợ Mới")],
    ["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH THÁI NGUYÊN", "Trang chủ | Tin tức | An sinh xã hội",
     "Cán bộ Mặt trận trao quà cho người dân phường Đức Xuân.", "Quỹ Cứu trợ tỉnh", "Thái Nguyên chung tay vượt lũ",
     "Phan Đình Phùng", "thôn Nà Hang", "Lượt xem: 2.266"],
    ["12-10-2025 17:45", "nửa đêm", "Lượt xem: 2.266"]))

# ---------------------------------------------------------------- b238
PAGES.append(page("b238-camau-xa-giaoban-2025", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ HỒ THỊ KỶ
Tỉnh Cà Mau
Trang chủ > Tin tức > Hoạt động Đảng ủy - HĐND - UBND
Cập nhật lúc 14:25 02/12/2025
Xã Hồ Thị Kỷ giải quyết 212 hồ sơ trực tuyến trong tháng 11
Sáng 1/12, Đảng ủy xã Hồ Thị Kỷ (tỉnh Cà Mau) tổ chức hội nghị giao ban công tác tháng 11 năm 2025, triển khai nhiệm vụ tháng 12. Trong tháng, Trung tâm Phục vụ hành chính công xã đã giải quyết 212 hồ sơ, đạt 97,8% đúng hạn.
Đồng chí Kim Văn Ráo phát biểu tại hội nghị giao ban.
Chủ trì hội nghị có đồng chí Phạm Hoàng Khải, Bí thư Đảng ủy xã; đồng chí Kim Văn Ráo, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã; đồng chí Tô Minh Phúc, Phó Bí thư Đảng ủy, Chủ tịch UBND xã. Cùng dự có đồng chí Tăng Thị Sô Phia, Trưởng Ban Xây dựng Đảng Đảng ủy xã và đồng chí Lư Văn Hận, Chủ tịch Ủy ban MTTQ Việt Nam xã.
Trong tháng 11, xã thu ngân sách đạt 84,6% dự toán; nông dân thả giống trên 1.920 ha lúa - tôm. Các chi bộ quán triệt Chỉ thị 02, 03 của Ban Thường vụ Đảng ủy xã về chuyển đổi số và về phòng, chống sạt lở bờ sông. Mặt trận đã bàn giao 6 căn nhà Đại đoàn kết cho hộ nghèo người Khmer ở ấp Tân Hưng, mỗi căn 62 triệu đồng, tổng 372 triệu đồng.
Tại hội nghị, đồng chí Huỳnh Văn Lợi vừa được Ban Thường vụ Tỉnh ủy điều động, chỉ định giữ chức Phó Bí thư Đảng ủy xã, đã nhận nhiệm vụ. Ông Thạch Văn Sên, trưởng ấp Tân Hưng, đề nghị xã hỗ trợ 1,5 km kè mềm chống sạt lở trước mùa triều cường.
Kết luận, đồng chí Phạm Hoàng Khải yêu cầu các ngành phối hợp với xã Phong Thạnh (khu vực tỉnh Bạc Liêu cũ) khơi thông kênh xáng, chuẩn bị Tết Bính Ngọ cho nhân dân.
Văn phòng Đảng ủy xã
Lượt truy cập: 412
Tin cùng chuyên mục
- Giao ban tháng 10 năm 2025 (03/11/2025)
- Xã Hồ Thị Kỷ ra mắt tổ công nghệ số cộng đồng (20/10/2025)
""", "2025-12-02",
    "Xã Hồ Thị Kỷ giải quyết 212 hồ sơ trực tuyến trong tháng 11",
    E("giao_ban", "2025-11", "2025-12-01"),
    [P("Phạm Hoàng Khải", "Bí thư Đảng ủy xã"),
     P("Kim Văn Ráo", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã"),
     P("Tô Minh Phúc", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
     P("Tăng Thị Sô Phia", "Trưởng Ban Xây dựng Đảng Đảng ủy xã"),
     P("Lư Văn Hận", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
     P("Huỳnh Văn Lợi", "Phó Bí thư Đảng ủy xã"),
     P("Thạch Văn Sên", "trưởng ấp Tân Hưng")],
    [Q("212 hồ sơ", 212, "hồ sơ"),
     Q("97,8%", 97.8, "%"),
     Q("84,6%", 84.6, "%"),
     Q("1.920 ha", 1920, "ha"),
     Q("6 căn nhà Đại đoàn kết", 6, "căn nhà Đại đoàn kết"),
     Q("62 triệu đồng", 62000000, "đồng"),
     Q("372 triệu đồng", 372000000, "đồng"),
     Q("1,5 km", 1.5, "km")],
    [D("Chỉ thị", "02", None, None, "Ban Thường vụ Đảng ủy xã", "Chỉ thị 02, 03 của Ban Thường vụ Đảng ủy xã"),
     D("Chỉ thị", "03", None, None, "Ban Thường vụ Đảng ủy xã", "Chỉ thị 02, 03 của Ban Thường vụ Đảng ủy xã")],
    [prov("Cà Mau"), prov("Bạc Liêu"), com("Hồ Thị Kỷ"), com("Phong Thạnh")],
    ["CỔNG THÔNG TIN ĐIỆN TỬ XÃ HỒ THỊ KỶ", "Tỉnh Cà Mau", "Trang chủ > Tin tức > Hoạt động Đảng ủy - HĐND - UBND",
     "Đồng chí Kim Văn Ráo phát biểu tại hội nghị giao ban.", "Hồ Thị Kỷ", "Trung tâm Phục vụ hành chính công xã",
     "ấp Tân Hưng", "Văn phòng Đảng ủy xã", "Lượt truy cập: 412"],
    ["tháng 11 năm 2025", "tháng 12", "Trong tháng 11", "Tết Bính Ngọ", "Lượt truy cập: 412"]))
