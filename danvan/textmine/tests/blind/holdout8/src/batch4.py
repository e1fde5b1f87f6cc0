from lib import *

PAGES = []

PAGES.append(page("b168-ninhbinh-hlhpn-traoqua-2025", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH NINH BÌNH
Trang chủ | Tin tức | Hoạt động các cấp Hội
Thứ Năm, 02/10/2025
Trao 400 suất quà Trung thu cho trẻ em có hoàn cảnh khó khăn
Ngày 1/10, Hội LHPN tỉnh Ninh Bình phối hợp với Quỹ Bảo trợ trẻ em tỉnh trao 400 suất quà Trung thu cho trẻ em có hoàn cảnh khó khăn tại xã Kim Đông, xã Giao Minh và phường Châu Sơn.
Trao 400 suất quà Trung thu cho trẻ em xã Kim Đông.
Mỗi suất quà gồm bánh Trung thu, đồ dùng học tập và 300 nghìn đồng tiền mặt, tổng trị giá 220 triệu đồng. Tham dự có bà Đinh Thị Lương, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; bà Trần Thị Thanh Huyền, Chủ tịch Hội LHPN tỉnh và bà Lại Thị Mai, Phó Chủ tịch Hội LHPN tỉnh.
Đây là đợt trao quà đầu tiên của Hội LHPN tỉnh sau khi hợp nhất 3 tỉnh Hà Nam, Nam Định và Ninh Bình. Tỉnh mới có 129 xã, phường; Hội LHPN tỉnh hiện có hơn 612.000 hội viên. Thực hiện Kế hoạch số 19/KH-ĐCT của Đoàn Chủ tịch Hội LHPN tỉnh, các cơ sở Hội đã nhận đỡ đầu 1.150 trẻ em mồ côi theo Chương trình "Mẹ đỡ đầu", mỗi trẻ được hỗ trợ 500.000đ/tháng.
Em Bùi Thị Hồng Nhung, học sinh lớp 6 ở xã Giao Minh, mồ côi cả cha lẫn mẹ, rưng rưng nhận quà từ tay bà Trần Thị Thanh Huyền. Chị Quách Thị Hạnh, người Mường ở phường Châu Sơn, Chủ tịch Hội LHPN phường, cho biết phường đang vận động 2 doanh nghiệp nhận đỡ đầu 12 cháu.
Phát biểu, bà Đinh Thị Lương đề nghị các cấp Hội tiếp tục thực hiện cuộc vận động "Xây dựng gia đình 5 không, 3 sạch" và chăm lo cho phụ nữ, trẻ em yếu thế.
Hồng Vân
Lượt xem: 714
Tin liên quan
Đại hội đại biểu Phụ nữ tỉnh Ninh Bình (15/08/2025)
""", "2025-10-02", "Trao 400 suất quà Trung thu cho trẻ em có hoàn cảnh khó khăn",
    E("trao_qua", None, "2025-10-01"),
    [P("Đinh Thị Lương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
     P("Trần Thị Thanh Huyền", "Chủ tịch Hội LHPN tỉnh"),
     P("Lại Thị Mai", "Phó Chủ tịch Hội LHPN tỉnh"),
     P("Bùi Thị Hồng Nhung", "học sinh lớp 6"),
     P("Quách Thị Hạnh", "Chủ tịch Hội LHPN phường")],
    [Q("400 suất quà Trung thu", 400, "suất quà Trung thu"),
     Q("300 nghìn đồng", 300000, "đồng"),
     Q("220 triệu đồng", 220000000, "đồng"),
     Q("3 tỉnh", 3, "tỉnh"),
     Q("129 xã, phường", 129, "xã, phường"),
     Q("hơn 612.000 hội viên", 612000, "hội viên", "over"),
     Q("1.150 trẻ em mồ côi", 1150, "trẻ em mồ côi"),
     Q("500.000đ/tháng", 500000, "đồng"),
     Q("2 doanh nghiệp", 2, "doanh nghiệp"),
     Q("12 cháu", 12, "cháu")],
    [D("Kế hoạch", "19", "KH-ĐCT", None, "Đoàn Chủ tịch Hội LHPN tỉnh", "Kế hoạch số 19/KH-ĐCT")],
    [prov("Ninh Bình"), prov("Hà Nam"), prov("Nam Định"), com("xã Kim Đông"), com("xã Giao Minh"), com("phường Châu Sơn")],
    ["HỘI LIÊN HIỆP PHỤ NỮ TỈNH NINH BÌNH", "Trang chủ | Tin tức | Hoạt động các cấp Hội",
     "Trao 400 suất quà Trung thu cho trẻ em xã Kim Đông.", "Quỹ Bảo trợ trẻ em tỉnh", "Mẹ đỡ đầu",
     "Xây dựng gia đình 5 không, 3 sạch"],
    ["lớp 6", "5 không, 3 sạch", "Lượt xem: 714"]))

PAGES.append(page("b169-khanhhoa-mttq-doithoai-2025", """
ỦY BAN MTTQ VIỆT NAM TỈNH KHÁNH HÒA
Trang chủ » Tin tức » Mặt trận cơ sở
Ngày đăng: 21/11/2025 - 08:20
Xã Phước Hậu: Lắng nghe, giải quyết kiến nghị của Nhân dân
Ngày 20/11, Ủy ban MTTQ Việt Nam xã Phước Hậu phối hợp với UBND xã tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền xã với Nhân dân năm 2025. Hơn 160 cử tri, người có uy tín, chức sắc tôn giáo đã tham dự.
Quang cảnh hội nghị đối thoại tại xã Phước Hậu.
Chủ trì đối thoại có ông Đàng Năng Thành, Bí thư Đảng ủy, Chủ tịch HĐND xã; ông Trần Quốc Bảo, Phó Bí thư Đảng ủy, Chủ tịch UBND xã và bà Thập Thị Ngọc Dung, ĐUV, Chủ tịch Ủy ban MTTQ Việt Nam xã. Dự có ông Nguyễn Khắc Toàn, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Xã Phước Hậu được thành lập trên cơ sở sáp nhập 3 xã cũ của tỉnh Ninh Thuận trước đây, nay thuộc tỉnh Khánh Hòa, có 5.420 hộ với hơn 21.000 nhân khẩu, 68% là đồng bào Chăm. Tại buổi đối thoại, 14 ý kiến phản ánh về thủ tục đất đai sau sắp xếp, nước tưới cho 320 ha lúa và chế độ cho 46 người có uy tín.
Ông Thành Văn Sứ, người có uy tín thôn Hậu Sanh, đề nghị sớm cấp đổi giấy tờ. Cả sư Lưu Văn Lanh, Hội đồng chức sắc Bà-la-môn, kiến nghị hỗ trợ tu sửa đền tháp. Ông Trần Quốc Bảo cho biết xã đã giải quyết 11/14 ý kiến ngay tại hội nghị, các ý kiến còn lại sẽ trả lời bằng văn bản.
Hội nghị được tổ chức theo Nghị định 59/2023/NĐ-CP của Chính phủ và Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị.
Thanh Trúc - Ảnh: Minh Châu
Lượt xem: 389
Tin khác
Khánh Hòa: Ngày hội Đại đoàn kết toàn dân tộc (18/11/2025)
""", "2025-11-21", "Xã Phước Hậu: Lắng nghe, giải quyết kiến nghị của Nhân dân",
    E("doi_thoai", "2025", "2025-11-20"),
    [P("Đàng Năng Thành", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
     P("Trần Quốc Bảo", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
     P("Thập Thị Ngọc Dung", "ĐUV", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
     P("Nguyễn Khắc Toàn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("Thành Văn Sứ", "người có uy tín thôn Hậu Sanh"),
     P("Lưu Văn Lanh", "Cả sư", "Hội đồng chức sắc Bà-la-môn")],
    [Q("Hơn 160 cử tri, người có uy tín, chức sắc tôn giáo", 160, "cử tri, người có uy tín, chức sắc tôn giáo", "over"),
     Q("3 xã cũ", 3, "xã cũ"),
     Q("5.420 hộ", 5420, "hộ"),
     Q("hơn 21.000 nhân khẩu", 21000, "nhân khẩu", "over"),
     Q("68%", 68, "%"),
     Q("14 ý kiến", 14, "ý kiến"),
     Q("320 ha", 320, "ha"),
     Q("46 người có uy tín", 46, "người có uy tín"),
     Q("11/14 ý kiến", 11, "ý kiến")],
    [D("Nghị định", "59", "2023/NĐ-CP", None, "Chính phủ", "Nghị định 59/2023/NĐ-CP"),
     D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 218-QĐ/TW")],
    [prov("Khánh Hòa"), prov("Ninh Thuận"), com("xã Phước Hậu")],
    ["ỦY BAN MTTQ VIỆT NAM TỈNH KHÁNH HÒA", "Trang chủ » Tin tức » Mặt trận cơ sở",
     "Quang cảnh hội nghị đối thoại tại xã Phước Hậu.", "thôn Hậu Sanh"],
    ["Lượt xem: 389"]))

PAGES.append(page("b170-phutho-btgdv-tongket-2025", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY PHÚ THỌ
Hôm nay: Thứ Năm, 15/01/2026
Trang chủ > Dân vận > Tin hoạt động
Thứ Hai, 12 tháng 1, 2026 - 09:00
Triển khai nhiệm vụ công tác tuyên giáo và dân vận năm 2026
Ngày 9/1, Ban Tuyên giáo và Dân vận Tỉnh ủy tổ chức hội nghị tổng kết công tác tuyên giáo và dân vận năm 2025, triển khai nhiệm vụ năm 2026. Hội nghị được tổ chức trực tiếp kết hợp trực tuyến tới 148 điểm cầu các xã, phường.
Toàn cảnh hội nghị tại điểm cầu tỉnh.
Dự hội nghị có đồng chí Bùi Văn Quang, Phó Bí thư Thường trực Tỉnh ủy; đồng chí Hoàng Công Thủy, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Đinh Thị Kim Thoa, Nguyễn Văn Khôi, Lê Thị Hằng Nga, Xa Văn Hậu.
Năm 2025, Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 07, 08-CT/TU và Kế hoạch 35-KH/TU, thực hiện Kết luận 137-KL/TW của Bộ Chính trị về sắp xếp tổ chức bộ máy. Việc hợp nhất ba tỉnh Phú Thọ, Vĩnh Phúc, Hòa Bình được Nhân dân đồng thuận; 100% xã, phường vận hành chính quyền 2 cấp ổn định. Nhân dân đóng góp hơn 460 tỷ đồng và hiến 318.000 m2 đất xây dựng nông thôn mới; hoàn thành xóa 2.716 căn nhà tạm, nhà dột nát.
Đồng chí Bùi Văn Quang phát biểu chỉ đạo hội nghị.
Hội nghị khen thưởng 24 tập thể, 31 cá nhân; trong đó có ông Bùi Văn Nhiệm, người Mường, Trưởng ban Công tác Mặt trận xóm Mỗ, xã Mường Bi, và đồng chí Trần Thị Thu, Bí thư Đảng ủy phường Vĩnh Yên.
Đồng chí Bùi Văn Quang yêu cầu năm 2026 tập trung tuyên truyền Đại hội XIV của Đảng, bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026-2031.
Phương Thảo
Lượt xem: 1.587
Tin liên quan
Sơ kết 6 tháng công tác tuyên giáo và dân vận (10/07/2025)
""", "2026-01-12", "Triển khai nhiệm vụ công tác tuyên giáo và dân vận năm 2026",
    E("tong_ket", "2025", "2026-01-09"),
    [P("Bùi Văn Quang", "Phó Bí thư Thường trực Tỉnh ủy"),
     P("Hoàng Công Thủy", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
     P("Đinh Thị Kim Thoa", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
     P("Nguyễn Văn Khôi", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
     P("Lê Thị Hằng Nga", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
     P("Xa Văn Hậu", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
     P("Bùi Văn Nhiệm", "Trưởng ban Công tác Mặt trận xóm Mỗ"),
     P("Trần Thị Thu", "Bí thư Đảng ủy phường Vĩnh Yên")],
    [Q("148 điểm cầu", 148, "điểm cầu"),
     Q("ba tỉnh", 3, "tỉnh"),
     Q("100% xã, phường", 100, "%"),
     Q("hơn 460 tỷ đồng", 460000000000, "đồng", "over"),
     Q("318.000 m2", 318000, "m2"),
     Q("2.716 căn nhà tạm, nhà dột nát", 2716, "căn nhà tạm, nhà dột nát"),
     Q("24 tập thể", 24, "tập thể"),
     Q("31 cá nhân", 31, "cá nhân")],
    [D("Chỉ thị", "07", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 07, 08-CT/TU"),
     D("Chỉ thị", "08", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 07, 08-CT/TU"),
     D("Kế hoạch", "35", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 35-KH/TU"),
     D("Kết luận", "137", "KL/TW", None, "Bộ Chính trị", "Kết luận 137-KL/TW")],
    [prov("Phú Thọ"), prov("Vĩnh Phúc"), prov("Hòa Bình"), com("xã Mường Bi"), com("phường Vĩnh Yên")],
    ["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY PHÚ THỌ", "Trang chủ > Dân vận > Tin hoạt động", "Toàn cảnh hội nghị tại điểm cầu tỉnh.",
     "Đồng chí Bùi Văn Quang phát biểu chỉ đạo hội nghị.", "xóm Mỗ"],
    ["chính quyền 2 cấp", "Đại hội XIV", "khóa XVI", "nhiệm kỳ 2026-2031", "Lượt xem: 1.587", "Hôm nay: Thứ Năm, 15/01/2026"]))

PAGES.append(page("b171-daklak-hnd-taphuan-2026", """
HỘI NÔNG DÂN TỈNH ĐẮK LẮK
Trang chủ / Hoạt động Hội / Đào tạo nghề
18-03-2026 07:15
Nông dân vùng biển học kỹ thuật nuôi tôm hùm an toàn
Từ ngày 16 đến 17/3, Hội Nông dân tỉnh Đắk Lắk tổ chức lớp tập huấn kỹ thuật nuôi tôm hùm lồng bè và chuyển đổi vật liệu lồng nuôi cho 80 hội viên nông dân tại phường Xuân Đài và xã Hòa Hiệp.
Các hội viên nghe hướng dẫn kỹ thuật nuôi tôm hùm.
Đây là hoạt động thuộc Kế hoạch số 21-KH/HNDT của Ban Thường vụ Hội Nông dân tỉnh về hỗ trợ nông dân vùng ven biển tỉnh Phú Yên (cũ), nay thuộc tỉnh Đắk Lắk. Khai mạc lớp học có ông Y Phôn Byă, Phó Chủ tịch Hội Nông dân tỉnh và ông Lê Tấn Lực, Chủ tịch Hội Nông dân phường Xuân Đài.
Giảng viên là TS. Huỳnh Minh Sang, Phó Viện trưởng Viện Nghiên cứu Nuôi trồng thủy sản III và kỹ sư Hoàng Thị Thơm, Trung tâm Khuyến nông tỉnh. Theo thống kê, vùng biển phía đông tỉnh có khoảng 1.900 hộ nuôi với 96.000 lồng tôm hùm; năm 2025, thiệt hại do bão số 13 ước hơn 300 tỷ đồng. Quỹ Hỗ trợ nông dân tỉnh đã cho 62 hộ vay 4,1 tỷ đồng khôi phục sản xuất, mức vay tối đa 100 triệu đồng/hộ.
Ông Nguyễn Văn Rê, hội viên Chi hội nông dân thôn Phú Thọ 2, cho biết gia đình có 60 lồng, sẽ thay toàn bộ phao xốp bằng phao nhựa HDPE. Ông Ksor Y Đoan, người Ê Đê ở xã Hòa Hiệp, lần đầu học nghề biển sau khi chuyển đến sinh sống.
Trong buổi thực hành, học viên được hướng dẫn cách chọn con giống khỏe, phòng bệnh sữa và bệnh đỏ thân, quản lý thức ăn thừa để giữ sạch môi trường vùng nuôi. Kết thúc lớp học, các học viên được cấp giấy chứng nhận và hỗ trợ tiền đi lại 150.000đ/người/ngày.
Thu Hà
Lượt xem: 402
Tin liên quan
Hội Nông dân tỉnh Đắk Lắk trao 50 con bò giống (05/03/2026)
""", "2026-03-18", "Nông dân vùng biển học kỹ thuật nuôi tôm hùm an toàn",
    E("tap_huan", None, "2026-03-16"),
    [P("Y Phôn Byă", "Phó Chủ tịch Hội Nông dân tỉnh"),
     P("Lê Tấn Lực", "Chủ tịch Hội Nông dân phường Xuân Đài"),
     P("Huỳnh Minh Sang", "TS.", "Phó Viện trưởng Viện Nghiên cứu Nuôi trồng thủy sản III"),
     P("Hoàng Thị Thơm", "kỹ sư", "Trung tâm Khuyến nông tỉnh"),
     P("Nguyễn Văn Rê", "hội viên Chi hội nông dân thôn Phú Thọ 2"),
     P("Ksor Y Đoan")],
    [Q("80 hội viên nông dân", 80, "hội viên nông dân"),
     Q("khoảng 1.900 hộ nuôi", 1900, "hộ nuôi", "approx"),
     Q("96.000 lồng tôm hùm", 96000, "lồng tôm hùm"),
     Q("hơn 300 tỷ đồng", 300000000000, "đồng", "over"),
     Q("62 hộ", 62, "hộ"),
     Q("4,1 tỷ đồng", 4100000000, "đồng"),
     Q("100 triệu đồng/hộ", 100000000, "đồng"),
     Q("60 lồng", 60, "lồng"),
     Q("150.000đ/người/ngày", 150000, "đồng")],
    [D("Kế hoạch", "21", "KH/HNDT", None, "Ban Thường vụ Hội Nông dân tỉnh", "Kế hoạch số 21-KH/HNDT")],
    [prov("Đắk Lắk"), prov("Phú Yên"), com("phường Xuân Đài"), com("xã Hòa Hiệp")],
    ["HỘI NÔNG DÂN TỈNH ĐẮK LẮK", "Trang chủ / Hoạt động Hội / Đào tạo nghề", "Các hội viên nghe hướng dẫn kỹ thuật nuôi tôm hùm.",
     "Quỹ Hỗ trợ nông dân tỉnh", "thôn Phú Thọ 2"],
    ["bão số 13", "Phú Thọ 2", "Lượt xem: 402"]))

PAGES.append(page("b172-hungyen-ccb-guong-2026", """
HỘI CỰU CHIẾN BINH TỈNH HƯNG YÊN
Trang chủ › Gương sáng CCB › Tin bài
Cập nhật lúc 10:30 15/05/2026
Người cựu chiến binh 30 năm hiến đất, làm đường
Ở xã Đông Hưng, ai cũng biết ông Phạm Văn Chiến, 78 tuổi, nguyên Chủ tịch Hội CCB xã, người đã ba lần hiến đất làm đường và vận động bà con cùng làm theo.
Ông Phạm Văn Chiến (giữa) bên con đường bê tông do Nhân dân góp công xây dựng.
Năm 1996, khi con đường liên thôn Đông Kinh chỉ rộng 2 m, ông Chiến là người đầu tiên phá bỏ 35 m tường rào, hiến 120 m2 đất. Năm 2018, ông tiếp tục vận động 27 hộ hiến 1.450 m2 đất mở rộng đường lên 5 m. Năm 2025, khi xã Đông Hưng được thành lập mới trên cơ sở sáp nhập các xã cũ của tỉnh Thái Bình (cũ), nay thuộc tỉnh Hưng Yên, ông lại cùng Chi hội CCB thôn vận động Nhân dân đóng góp 640 triệu đồng làm 1,2 km đường điện chiếu sáng.
Ông Đặng Văn Sơn, Chủ tịch Hội CCB xã Đông Hưng, cho biết: "Chi hội của ông Chiến có 42 hội viên, nhiều năm liền đạt vững mạnh". Bà Vũ Thị Nhài, người dân thôn Đông Kinh, kể ông Chiến còn bỏ tiền túi 15 triệu đồng mua bóng đèn cho xóm.
Ông Nguyễn Hữu Nghị, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Hội CCB tỉnh, cho biết tấm gương của ông Chiến là minh chứng cho phong trào thi đua "CCB gương mẫu" và Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh". Ông Chiến nói giản dị: \"Mình là bộ đội Cụ Hồ, việc gì có lợi cho dân thì mình làm trước\". Ông là 1 trong 52 điển hình được Hội CCB tỉnh đề nghị khen thưởng năm nay.
Bài, ảnh: Minh Khôi
Lượt xem: 667
Tin khác
Hội CCB tỉnh Hưng Yên sơ kết quý I năm 2026 (10/04/2026)
""", "2026-05-15", "Người cựu chiến binh 30 năm hiến đất, làm đường",
    E(None, None, None),
    [P("Phạm Văn Chiến", "nguyên Chủ tịch Hội CCB xã"),
     P("Đặng Văn Sơn", "Chủ tịch Hội CCB xã Đông Hưng"),
     P("Vũ Thị Nhài", "người dân thôn Đông Kinh"),
     P("Nguyễn Hữu Nghị", "Ủy viên Ban Thường vụ", "Trưởng ban Tuyên giáo Hội CCB tỉnh")],
    [Q("2 m", 2, "m"),
     Q("35 m tường rào", 35, "m"),
     Q("120 m2", 120, "m2"),
     Q("27 hộ", 27, "hộ"),
     Q("1.450 m2", 1450, "m2"),
     Q("5 m", 5, "m"),
     Q("640 triệu đồng", 640000000, "đồng"),
     Q("1,2 km", 1.2, "km"),
     Q("42 hội viên", 42, "hội viên"),
     Q("15 triệu đồng", 15000000, "đồng"),
     Q("52 điển hình", 52, "điển hình")],
    [],
    [prov("Hưng Yên"), prov("Thái Bình"), com("xã Đông Hưng")],
    ["HỘI CỰU CHIẾN BINH TỈNH HƯNG YÊN", "Trang chủ › Gương sáng CCB › Tin bài",
     "Ông Phạm Văn Chiến (giữa) bên con đường bê tông do Nhân dân góp công xây dựng.", "CCB gương mẫu",
     "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "thôn Đông Kinh"],
    ["30 năm", "78 tuổi", "ba lần", "Năm 1996", "1 trong 52", "Lượt xem: 667"]))
