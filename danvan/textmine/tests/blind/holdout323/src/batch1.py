from lib import *
PAGES = []

PAGES.append(page("b7709-quangtri-thuy-soket-2011", """
SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN QUẢNG TRỊ
Trang chủ » Tin tức » Thú y - Chăn nuôi
Thứ Năm, 14/07/2011 - 09:20
Ảnh: Quang cảnh hội nghị sơ kết.
Quảng Trị: Chủ động tiêm phòng, không để dịch cúm gia cầm tái phát
Ngày 12/7/2011, Sở Nông nghiệp và Phát triển nông thôn Quảng Trị tổ chức hội nghị sơ kết công tác phòng, chống dịch bệnh gia súc, gia cầm 6 tháng đầu năm 2011, triển khai kế hoạch tiêm phòng đợt 2. Ông Lê Hữu Phước, Phó Giám đốc Sở chủ trì hội nghị. Dự hội nghị có đại diện Ban Dân vận Tỉnh ủy, Hội Nông dân tỉnh và lãnh đạo phòng nông nghiệp, trạm thú y 9 huyện, thị xã, thành phố.
Theo báo cáo của Chi cục Thú y, 6 tháng đầu năm toàn tỉnh đã tiêm được 412.600 liều vắc xin cúm gia cầm, đạt 86,4% kế hoạch; tiêm 61.250 liều vắc xin lở mồm long móng cho trâu, bò và hơn 95.000 liều vắc xin dịch tả lợn. Tháng 3/2011, dịch cúm gia cầm xảy ra tại 3 hộ ở xã Hải Thượng, buộc phải tiêu hủy 2.150 con gà, vịt; nhờ khoanh vùng kịp thời, dịch không lây lan ra diện rộng. Ngân sách tỉnh đã hỗ trợ các hộ có gia cầm bị tiêu hủy gần 65 triệu đồng theo Quyết định số 1442/QĐ-TTg của Thủ tướng Chính phủ.
Ông Lê Hữu Phước phát biểu tại hội nghị. Ảnh: Hoàng Anh
Tuy nhiên, tỷ lệ tiêm phòng ở một số địa phương còn thấp, nhất là ở các xã miền núi huyện Hướng Hóa, Đakrông, nơi đồng bào Vân Kiều, Pa Kô vẫn quen chăn thả rông. Ông Hồ Văn Lai, Phó Chủ tịch UBND xã A Ngo, cho biết xã có 1.340 con trâu, bò nhưng mới tiêm được khoảng 60%, do bà con chưa quen nhốt gia súc khi cán bộ thú y về thôn. Ông Hồ Sỹ Pả, già làng thôn A La, kiến nghị tăng thời lượng tuyên truyền bằng tiếng Vân Kiều trên loa truyền thanh và mời người có uy tín cùng đi vận động từng hộ.
Bà Trần Thị Mai Hương, Phó Chi cục trưởng Chi cục Thú y tỉnh, đề nghị các địa phương thực hiện nghiêm Chỉ thị số 05/CT-UBND ngày 18/02/2011 của UBND tỉnh về tăng cường phòng, chống dịch cúm gia cầm, lở mồm long móng; kiểm soát chặt việc vận chuyển gia cầm qua 2 chốt kiểm dịch động vật trên Quốc lộ 1 và Quốc lộ 9, xử lý nghiêm các trường hợp buôn bán gia cầm không rõ nguồn gốc.
Kết luận hội nghị, ông Lê Hữu Phước yêu cầu đợt 2 năm 2011 phải tiêm phòng đạt trên 90% tổng đàn trong diện tiêm, thực hiện theo Kế hoạch số 36/KH-SNN ngày 05/7/2011 của Sở Nông nghiệp và PTNT. Hội Nông dân, Hội Liên hiệp Phụ nữ các cấp phối hợp vận động hội viên thực hiện phương châm "phát hiện sớm, khoanh vùng nhanh, xử lý triệt để", không giấu dịch, không bán chạy gia cầm ốm.
Hoàng Anh
Lượt xem: 512
Tin liên quan
- Gio Linh ra quân tiêm phòng vụ xuân năm 2011 (18/03/2011)
- Phát hiện ổ dịch cúm gia cầm tại Hải Lăng (09/03/2011)
- Tập huấn thú y viên cơ sở cho 20 xã miền núi (24/02/2011)
- Triệu Phong: hỗ trợ hộ chăn nuôi bị thiệt hại do rét (15/02/2011)
""", "2011-07-14", "Quảng Trị: Chủ động tiêm phòng, không để dịch cúm gia cầm tái phát",
E("so_ket", "2011-H1", "2011-07-12"),
[P("Lê Hữu Phước", "Phó Giám đốc Sở"),
 P("Hồ Văn Lai", "Phó Chủ tịch UBND xã A Ngo"),
 P("Hồ Sỹ Pả", "già làng thôn A La"),
 P("Trần Thị Mai Hương", "Phó Chi cục trưởng Chi cục Thú y tỉnh")],
[Q("9 huyện, thị xã, thành phố", 9, "huyện, thị xã, thành phố"),
 Q("412.600 liều vắc xin cúm gia cầm", 412600, "liều vắc xin cúm gia cầm"),
 Q("86,4%", 86.4, "%"),
 Q("61.250 liều vắc xin lở mồm long móng", 61250, "liều vắc xin lở mồm long móng"),
 Q("hơn 95.000 liều vắc xin dịch tả lợn", 95000, "liều vắc xin dịch tả lợn", "over"),
 Q("3 hộ", 3, "hộ"), Q("2.150 con gà, vịt", 2150, "con gà, vịt"),
 Q("gần 65 triệu đồng", 65000000, "đồng", "approx"),
 Q("1.340 con trâu, bò", 1340, "con trâu, bò"), Q("khoảng 60%", 60, "%", "approx"),
 Q("2 chốt kiểm dịch động vật", 2, "chốt kiểm dịch động vật"),
 Q("trên 90%", 90, "%", "over")],
[D("Quyết định", "1442", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1442/QĐ-TTg"),
 D("Chỉ thị", "05", "CT-UBND", "2011-02-18", "UBND tỉnh", "Chỉ thị số 05/CT-UBND ngày 18/02/2011"),
 D("Kế hoạch", "36", "KH-SNN", "2011-07-05", "Sở Nông nghiệp và PTNT", "Kế hoạch số 36/KH-SNN ngày 05/7/2011")],
[prov("Quảng Trị"), com("Hải Thượng"), com("A Ngo")],
["SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN QUẢNG TRỊ", "Trang chủ » Tin tức » Thú y - Chăn nuôi",
 "Ảnh: Quang cảnh hội nghị sơ kết.", "Ông Lê Hữu Phước phát biểu tại hội nghị. Ảnh: Hoàng Anh",
 "phát hiện sớm, khoanh vùng nhanh, xử lý triệt để", "Lượt xem: 512"],
["Thứ Năm, 14/07/2011 - 09:20", "6 tháng đầu năm 2011", "đợt 2", "Tháng 3/2011", "Quốc lộ 1", "Quốc lộ 9", "Lượt xem: 512"]))

PAGES.append(page("b7710-nghean-hnd-taphuan-2012", """
HỘI NÔNG DÂN TỈNH NGHỆ AN
Trang chủ > Hoạt động Hội > Tập huấn - Chuyển giao kỹ thuật
Cập nhật: 08:45, 22/03/2012 (GMT+7)
120 hội viên nông dân miền núi được tập huấn phòng, chống cúm gia cầm
Trong 2 ngày 20 và 21/3/2012, Hội Nông dân tỉnh Nghệ An phối hợp với Chi cục Thú y tổ chức lớp tập huấn "Chăn nuôi an toàn sinh học, phòng, chống dịch cúm gia cầm" năm 2012 tại huyện Tương Dương cho 120 hội viên nông dân đến từ 4 huyện miền núi Quế Phong, Tương Dương, Kỳ Sơn, Con Cuông.
Học viên thực hành tiêm vắc xin cho gà tại lớp tập huấn.
Phát biểu khai mạc, Ủy viên Ban Thường vụ, Phó Chủ tịch Hội Nông dân tỉnh Nguyễn Văn Tứ cho biết năm 2011 toàn tỉnh xảy ra 17 ổ dịch cúm gia cầm ở 9 xã, phải tiêu hủy trên 23.000 con gia cầm, gây thiệt hại lớn cho bà con. Nguyên nhân chủ yếu là nhiều hộ chưa tiêm phòng, thả rông gia cầm, mua con giống trôi nổi. Vì vậy, các cấp Hội cần vận động hội viên thực hiện "5 không" trong chăn nuôi gia cầm, tự giác khai báo khi gia cầm ốm, chết bất thường.
Tại lớp học, bác sĩ thú y Phan Thị Hạnh, Trưởng phòng Dịch tễ Chi cục Thú y, hướng dẫn học viên cách nhận biết triệu chứng bệnh cúm gia cầm, cách làm chuồng trại hợp vệ sinh, tiêu độc khử trùng bằng vôi bột và hóa chất, tiêm vắc xin đúng liều. Chi cục đã cấp phát 5.000 tờ rơi tuyên truyền bằng tiếng Việt và tiếng Thái, tiếng Mông cho các chi hội.
Nhiều học viên là người dân tộc thiểu số chia sẻ kinh nghiệm thực tế. Các ông Lô Văn Thọ, Vi Văn Hải, Moong Văn Xăm - Chủ tịch Hội Nông dân xã, cho biết sau đợt dịch, bà con đã làm chuồng nuôi gà tách xa nhà ở. Ông Xồng Bá Dế, Chi hội trưởng Chi hội Nông dân bản Huồi Thợ, xã Mường Lống, đề nghị Hội hỗ trợ thêm vôi bột và bình phun cho các bản vùng cao.
Lớp tập huấn được tổ chức theo Kế hoạch số 12-KH/HNDT ngày 02/3/2012 của Ban Thường vụ Hội Nông dân tỉnh và Chương trình phối hợp số 03/CTPH-HND-SNN giữa Hội Nông dân tỉnh với Sở Nông nghiệp và Phát triển nông thôn giai đoạn 2011 - 2015. Tổng kinh phí tổ chức lớp học là 45 triệu đồng; mỗi học viên được hỗ trợ 70.000 đồng/ngày tiền ăn và tài liệu.
Theo kế hoạch, năm 2012 Hội Nông dân tỉnh sẽ mở thêm 6 lớp tương tự cho khoảng 400 hội viên ở các xã Châu Kim, Hữu Khuông và các xã có nguy cơ cao. Học viên sau tập huấn sẽ là tuyên truyền viên tại thôn, bản, góp phần cùng chính quyền ngăn chặn dịch ngay từ cơ sở theo Quyết định số 25/2012/QĐ-UBND của UBND tỉnh về chính sách hỗ trợ phòng, chống dịch bệnh gia súc, gia cầm.
Lê Thanh
Tin liên quan
- Kỳ Sơn: Hơn 3.000 con gà chết do cúm gia cầm (15/02/2012)
- Hội Nông dân Quỳ Châu giúp hội viên vay vốn chăn nuôi (08/02/2012)
- Ra quân tiêm phòng gia súc, gia cầm vụ xuân (02/02/2012)
- Nông dân Nghĩa Đàn làm giàu từ nuôi bò sữa (20/01/2012)
""", "2012-03-22", "120 hội viên nông dân miền núi được tập huấn phòng, chống cúm gia cầm",
E("tap_huan", "2012", "2012-03-20"),
[P("Nguyễn Văn Tứ", "Ủy viên Ban Thường vụ", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Phan Thị Hạnh", "bác sĩ thú y", "Trưởng phòng Dịch tễ Chi cục Thú y"),
 P("Lô Văn Thọ", "Chủ tịch Hội Nông dân xã"),
 P("Vi Văn Hải", "Chủ tịch Hội Nông dân xã"),
 P("Moong Văn Xăm", "Chủ tịch Hội Nông dân xã"),
 P("Xồng Bá Dế", "Chi hội trưởng Chi hội Nông dân bản Huồi Thợ")],
[Q("120 hội viên nông dân", 120, "hội viên nông dân"),
 Q("4 huyện miền núi", 4, "huyện miền núi"),
 Q("17 ổ dịch cúm gia cầm", 17, "ổ dịch cúm gia cầm"), Q("9 xã", 9, "xã"),
 Q("trên 23.000 con gia cầm", 23000, "con gia cầm", "over"),
 Q("5.000 tờ rơi", 5000, "tờ rơi"),
 Q("45 triệu đồng", 45000000, "đồng"), Q("70.000 đồng", 70000, "đồng"),
 Q("6 lớp", 6, "lớp"), Q("khoảng 400 hội viên", 400, "hội viên", "approx")],
[D("Kế hoạch", "12", "KH/HNDT", "2012-03-02", "Ban Thường vụ Hội Nông dân tỉnh", "Kế hoạch số 12-KH/HNDT ngày 02/3/2012"),
 D("Chương trình phối hợp", "03", "CTPH-HND-SNN", None, None, "Chương trình phối hợp số 03/CTPH-HND-SNN"),
 D("Quyết định", "25", "2012/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 25/2012/QĐ-UBND")],
[prov("Nghệ An"), com("Mường Lống"), com("Châu Kim"), com("Hữu Khuông")],
["HỘI NÔNG DÂN TỈNH NGHỆ AN", "Trang chủ > Hoạt động Hội > Tập huấn - Chuyển giao kỹ thuật",
 "Học viên thực hành tiêm vắc xin cho gà tại lớp tập huấn.", "Chăn nuôi an toàn sinh học, phòng, chống dịch cúm gia cầm"],
["Cập nhật: 08:45, 22/03/2012 (GMT+7)", "2 ngày", "5 không", "giai đoạn 2011 - 2015", "năm 2011", "năm 2012"]))

PAGES.append(page("b7711-sonla-bcd-tongket-2013", """
BÁO SƠN LA ĐIỆN TỬ
Bạn đang ở: Trang chủ / Kinh tế / Nông nghiệp - Nông thôn
08:15 | 27/12/2013
Năm 2013, Sơn La tiêm phòng hơn 1,2 triệu liều vắc xin cho đàn vật nuôi
Hội nghị tổng kết công tác phòng, chống dịch bệnh gia súc, gia cầm năm 2013 do Ban Chỉ đạo tỉnh tổ chức ngày 26/12 cho biết, trong năm toàn tỉnh đã tiêm phòng hơn 1,2 triệu liều vắc xin các loại, không để dịch lớn xảy ra.
Đồng chí Lò Văn Pọm phát biểu chỉ đạo hội nghị.
Đồng chí Lò Văn Pọm, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo phòng, chống dịch bệnh gia súc, gia cầm tỉnh chủ trì hội nghị. Cùng dự có các đồng chí Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn: Cầm Thị Hoa, Lường Văn Ỏn; lãnh đạo UBND 12 huyện, thành phố.
Năm 2013, tổng đàn trâu, bò của tỉnh có trên 540.000 con, đàn lợn 560.000 con, đàn gia cầm gần 4,3 triệu con. Đợt rét đậm, rét hại đầu năm làm chết 1.126 con trâu, bò; dịch lở mồm long móng xảy ra tại 2 xã Chiềng Ngần và Mường Bú với 86 con mắc bệnh. Tỷ lệ tiêm phòng vắc xin lở mồm long móng đạt 88,5%, tụ huyết trùng trâu, bò đạt 81%. Ngân sách tỉnh chi trên 3,6 tỷ đồng mua vắc xin, hóa chất và hỗ trợ người chăn nuôi có gia súc bị tiêu hủy với mức 38.000 đồng/kg.
UBND tỉnh đã ban hành Quyết định 2150, 2151/QĐ-UBND ngày 14/10/2013 phê duyệt kế hoạch tiêm phòng và dự trữ vắc xin, hóa chất; Quyết định số 48/2013/QĐ-UBND quy định mức hỗ trợ cho thú y viên bản. Hiện toàn tỉnh có 2.964 thú y viên bản, trong đó khoảng 70% là người dân tộc Thái, Mông.
Tại hội nghị, đồng chí Quàng Văn Khoa, Chi cục trưởng Chi cục Thú y, đề nghị các huyện giao chỉ tiêu tiêm phòng đến từng bản; đồng chí Lò Thị Ịch, trưởng bản Nà Cài, xã Chiềng Ngần, chia sẻ cách vận động bà con làm chuồng trại xa nhà ở, không thả rông trâu, bò trong mùa rét. Bản Nà Cài 3 năm liền không có dịch, 100% số hộ đăng ký tiêm phòng.
Kết luận hội nghị, đồng chí Lò Văn Pọm yêu cầu năm 2014 các ngành, các cấp thực hiện tốt phương châm "chủ động phòng là chính", tiêm phòng đạt từ 85% trở lên tổng đàn trong diện tiêm, dự trữ đủ 50.000 liều vắc xin lở mồm long móng cho các huyện biên giới. UBND tỉnh tặng bằng khen cho 8 tập thể và 15 cá nhân có thành tích trong công tác phòng, chống dịch.
Quàng Hương
Tin liên quan
- Mộc Châu: chống đói, rét cho đàn gia súc (20/12/2013)
- Sông Mã tiêm phòng đợt 2 cho đàn vật nuôi (25/11/2013)
- Thuận Châu: hiệu quả mô hình nuôi bò vỗ béo (12/11/2013)
- Yên Châu khống chế thành công dịch lở mồm long móng (30/10/2013)
- Quỳnh Nhai: người dân vùng lòng hồ phát triển chăn nuôi cá lồng (18/10/2013)
- Bắc Yên triển khai tiêm phòng vụ thu cho gia súc (07/10/2013)
""", "2013-12-27", "Năm 2013, Sơn La tiêm phòng hơn 1,2 triệu liều vắc xin cho đàn vật nuôi",
E("tong_ket", "2013", "2013-12-26"),
[P("Lò Văn Pọm", "Phó Chủ tịch UBND tỉnh", "Trưởng Ban Chỉ đạo phòng, chống dịch bệnh gia súc, gia cầm tỉnh"),
 P("Cầm Thị Hoa", "Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn"),
 P("Lường Văn Ỏn", "Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn"),
 P("Quàng Văn Khoa", "Chi cục trưởng Chi cục Thú y"),
 P("Lò Thị Ịch", "trưởng bản Nà Cài")],
[Q("hơn 1,2 triệu liều vắc xin", 1200000, "liều vắc xin", "over"),
 Q("12 huyện, thành phố", 12, "huyện, thành phố"),
 Q("trên 540.000 con", 540000, "con", "over"), Q("560.000 con", 560000, "con"),
 Q("gần 4,3 triệu con", 4300000, "con", "approx"),
 Q("1.126 con trâu, bò", 1126, "con trâu, bò"), Q("2 xã", 2, "xã"), Q("86 con", 86, "con"),
 Q("88,5%", 88.5, "%"), Q("81%", 81, "%"),
 Q("trên 3,6 tỷ đồng", 3600000000, "đồng", "over"), Q("38.000 đồng", 38000, "đồng"),
 Q("2.964 thú y viên bản", 2964, "thú y viên bản"), Q("khoảng 70%", 70, "%", "approx"),
 Q("100%", 100, "%"), Q("từ 85% trở lên", 85, "%", "over"),
 Q("50.000 liều vắc xin lở mồm long móng", 50000, "liều vắc xin lở mồm long móng"),
 Q("8 tập thể", 8, "tập thể"), Q("15 cá nhân", 15, "cá nhân")],
[D("Quyết định", "2150", "QĐ-UBND", "2013-10-14", "UBND tỉnh", "Quyết định 2150, 2151/QĐ-UBND ngày 14/10/2013"),
 D("Quyết định", "2151", "QĐ-UBND", "2013-10-14", "UBND tỉnh", "Quyết định 2150, 2151/QĐ-UBND ngày 14/10/2013"),
 D("Quyết định", "48", "2013/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 48/2013/QĐ-UBND")],
[prov("Sơn La"), com("Chiềng Ngần"), com("Mường Bú")],
["BÁO SƠN LA ĐIỆN TỬ", "Bạn đang ở: Trang chủ / Kinh tế / Nông nghiệp - Nông thôn",
 "Đồng chí Lò Văn Pọm phát biểu chỉ đạo hội nghị.", "chủ động phòng là chính"],
["08:15 | 27/12/2013", "năm 2013", "năm 2014", "3 năm"]))

PAGES.append(page("b7712-hatinh-hctd-traoqua-2014", """
Cổng thông tin điện tử huyện Vũ Quang - Hà Tĩnh
Tin tức - Sự kiện › Kinh tế
Thứ Ba, 18/02/2014
Ảnh: Đại diện các đơn vị trao gà giống cho hộ nghèo xã Hương Minh.
Trao 3.000 con gà giống và vắc xin cho hộ nghèo sau dịch cúm gia cầm
Sáng 17/2, Hội Chữ thập đỏ tỉnh Hà Tĩnh phối hợp với Chi cục Thú y và UBND huyện Vũ Quang trao 3.000 con gà giống đã được tiêm phòng vắc xin cúm gia cầm cho 60 hộ nghèo ở hai xã Hương Minh và Hương Quang, nơi dịch cúm gia cầm H5N1 bùng phát hồi cuối năm 2013.
Mỗi hộ được nhận 50 con gà giống, 2 bao thức ăn chăn nuôi và hóa chất tiêu độc, tổng trị giá 1,5 triệu đồng/hộ. Tổng giá trị đợt hỗ trợ là 90 triệu đồng, trong đó Hội Chữ thập đỏ tỉnh vận động từ các nhà hảo tâm 60 triệu đồng, Chi cục Thú y hỗ trợ vắc xin và hóa chất trị giá 18 triệu đồng, phần còn lại do ngân sách huyện đảm bảo.
Phát biểu tại buổi trao quà, bà Đặng Thị Minh Tâm, Phó Chủ tịch Hội Chữ thập đỏ tỉnh, mong các hộ chăm sóc tốt đàn gà, tiêm phòng đầy đủ để phát triển kinh tế, sớm vươn lên thoát nghèo. Ông Nguyễn Văn Lịch - Chi cục trưởng Chi cục Thú y, cho biết đợt dịch tháng 11/2013 đã làm chết và phải tiêu hủy gần 4.700 con gà, vịt của 38 hộ; nhiều hộ nghèo mất trắng vốn liếng trước Tết.
Cán bộ thú y hướng dẫn người dân cách chăm sóc gà giống.
Theo ông Phan Văn Hòe, Chủ tịch UBND xã Hương Minh, sau dịch, xã đã phối hợp với Trạm Thú y huyện tiêu độc khử trùng toàn bộ 7 thôn, tiêm bổ sung 12.400 liều vắc xin cúm gia cầm, đạt 95% tổng đàn. Đến nay, xã đã qua 21 ngày không phát sinh ổ dịch mới và được công bố hết dịch.
Việc hỗ trợ con giống được thực hiện theo Kế hoạch số 85/KH-UBND ngày 10/01/2014 của UBND huyện Vũ Quang về khôi phục sản xuất chăn nuôi sau dịch. Bà Hồ Thị Thu, hộ nghèo ở thôn 4, xã Hương Quang, xúc động: "Gia đình tôi mất hơn 200 con vịt trong đợt dịch, nay được cho gà giống có tiêm phòng, tôi sẽ làm chuồng nuôi nhốt cẩn thận".
Dịp này, Hội Chữ thập đỏ tỉnh cũng trao 100 suất quà Tết, mỗi suất trị giá 300.000 đồng cho các hộ có hoàn cảnh đặc biệt khó khăn trên địa bàn huyện.
Thu Hà - Trung tâm Văn hóa - Thông tin huyện
Tin liên quan
- Vũ Quang công bố hết dịch cúm gia cầm (28/01/2014)
- Phát hiện dịch cúm gia cầm tại Hương Minh (22/11/2013)
- Huyện Vũ Quang tiêm phòng vụ thu đông năm 2013 (15/10/2013)
- Hội Chữ thập đỏ tỉnh trao bò giống cho hộ nghèo Hương Khê (02/10/2013)
- Đức Thọ: nông dân chuyển đổi sang nuôi gà thả vườn có kiểm soát (20/09/2013)
- Vũ Quang phấn đấu xây dựng 3 xã đạt chuẩn nông thôn mới (08/09/2013)
- Hướng dẫn chăm sóc vật nuôi trong mùa mưa lũ (26/08/2013)
""", "2014-02-18", "Trao 3.000 con gà giống và vắc xin cho hộ nghèo sau dịch cúm gia cầm",
E("trao_qua", None, "2014-02-17"),
[P("Đặng Thị Minh Tâm", "Phó Chủ tịch Hội Chữ thập đỏ tỉnh"),
 P("Nguyễn Văn Lịch", "Chi cục trưởng Chi cục Thú y"),
 P("Phan Văn Hòe", "Chủ tịch UBND xã Hương Minh"),
 P("Hồ Thị Thu")],
[Q("3.000 con gà giống", 3000, "con gà giống"), Q("60 hộ nghèo", 60, "hộ nghèo"),
 Q("50 con gà giống", 50, "con gà giống"), Q("2 bao thức ăn chăn nuôi", 2, "bao thức ăn chăn nuôi"),
 Q("1,5 triệu đồng", 1500000, "đồng"), Q("90 triệu đồng", 90000000, "đồng"),
 Q("60 triệu đồng", 60000000, "đồng"), Q("18 triệu đồng", 18000000, "đồng"),
 Q("gần 4.700 con gà, vịt", 4700, "con gà, vịt", "approx"), Q("38 hộ", 38, "hộ"),
 Q("7 thôn", 7, "thôn"), Q("12.400 liều vắc xin cúm gia cầm", 12400, "liều vắc xin cúm gia cầm"),
 Q("95%", 95, "%"), Q("hơn 200 con vịt", 200, "con vịt", "over"),
 Q("100 suất quà", 100, "suất quà"), Q("300.000 đồng", 300000, "đồng")],
[D("Kế hoạch", "85", "KH-UBND", "2014-01-10", "UBND huyện Vũ Quang", "Kế hoạch số 85/KH-UBND ngày 10/01/2014")],
[prov("Hà Tĩnh"), com("Hương Minh"), com("Hương Quang")],
["Cổng thông tin điện tử huyện Vũ Quang - Hà Tĩnh", "Tin tức - Sự kiện › Kinh tế",
 "Ảnh: Đại diện các đơn vị trao gà giống cho hộ nghèo xã Hương Minh.",
 "Cán bộ thú y hướng dẫn người dân cách chăm sóc gà giống.", "Trung tâm Văn hóa - Thông tin huyện"],
["Thứ Ba, 18/02/2014", "21 ngày", "tháng 11/2013", "thôn 4"]))

PAGES.append(page("b7713-longan-thuy-giaoban-q1-2015", """
CHI CỤC THÚ Y TỈNH LONG AN
Trang chủ | Tin hoạt động | Phòng chống dịch bệnh
10/04/2015 - 14:30
Vị trí: Tin tức > Hoạt động ngành
Giao ban công tác thú y quý I/2015: Cảnh giác với cúm gia cầm trên đàn vịt chạy đồng
Chiều 8/4, Chi cục Thú y tỉnh Long An tổ chức giao ban công tác phòng, chống dịch bệnh quý I năm 2015 với các trạm thú y huyện, thị xã, thành phố. Ông Trần Văn Bé Hai – Chi cục trưởng Chi cục Thú y chủ trì.
Quý I, dịch cúm gia cầm H5N6 tái phát tại 2 hộ nuôi vịt chạy đồng ở xã Tân Tây và xã Bình Hòa Trung, buộc tiêu hủy 3.870 con vịt. Ngành thú y đã tiêm phòng 286.000 liều vắc xin cúm gia cầm, đạt 41% kế hoạch năm, và phun tiêu độc 1.450 lít hóa chất tại các chợ, lò giết mổ, khu vực có ổ dịch. Giá vịt thịt tại các huyện vùng Đồng Tháp Mười dao động từ 32.000 - 35.000 đồng/kg, khiến nhiều hộ ngại chi tiền tiêm phòng.
Trạm Thú y các huyện báo cáo, đàn vịt chạy đồng trên địa bàn tỉnh hiện có khoảng 1,1 triệu con, di chuyển theo mùa gặt qua nhiều xã nên khó quản lý. Ông Lê Hoàng Phúc, Trưởng trạm Thú y huyện Tân Thạnh, đề nghị các xã lập danh sách chủ đàn vịt chạy đồng, yêu cầu xuất trình giấy chứng nhận tiêm phòng trước khi cho thả đồng.
Toàn cảnh buổi giao ban.
Đại diện Hội Nông dân tỉnh, ông Nguyễn Thanh Sơn, Phó Chủ tịch Hội Nông dân tỉnh, cho biết các cơ sở Hội đã tuyên truyền 214 cuộc với hơn 6.500 lượt hội viên tham dự về phòng, chống cúm gia cầm. Ông Võ Văn Đực, Trưởng ấp Bình Thạnh 2, xã Bình Hòa Trung, kể lại ấp đã vận động 100% hộ nuôi vịt ký cam kết tiêm phòng, không vứt xác gia cầm chết ra kênh, rạch.
Chi cục đang triển khai Công văn số 315/SNN-TY ngày 20/3/2015 của Sở Nông nghiệp và PTNT về tăng cường kiểm soát vận chuyển gia cầm và Kế hoạch 27, 28/KH-UBND của UBND tỉnh về phòng, chống dịch cúm gia cầm và dịch bệnh trên gia súc năm 2015. Theo kế hoạch, mỗi hộ có gia cầm bị tiêu hủy được hỗ trợ 38.000 đồng/con vịt.
Kết luận giao ban, ông Trần Văn Bé Hai yêu cầu quý II tập trung tiêm phòng đợt 1 đạt tối thiểu 80% tổng đàn, tăng cường kiểm dịch ở 3 trạm kiểm dịch động vật đầu mối giáp TP Hồ Chí Minh và Tiền Giang; mỗi tuần báo cáo tình hình dịch về Chi cục vào sáng thứ Sáu.
Minh Thư
Các tin khác
- Tân Hưng: tiêm phòng lở mồm long móng cho đàn bò (02/04/2015)
- Tập huấn giám sát dịch bệnh cho thú y viên (24/03/2015)
- Kiểm tra vận chuyển gia cầm qua Quốc lộ 1 (16/03/2015)
- Đức Hòa: siết chặt quản lý lò giết mổ gia súc, gia cầm (05/03/2015)
- Cần Giuộc phun tiêu độc khử trùng môi trường chăn nuôi (25/02/2015)
- Thạnh Hóa hỗ trợ nông dân tái đàn sau dịch (10/02/2015)
- Tuyên truyền phòng, chống dịch cúm gia cầm trên loa truyền thanh xã (28/01/2015)
""", "2015-04-10", "Giao ban công tác thú y quý I/2015: Cảnh giác với cúm gia cầm trên đàn vịt chạy đồng",
E("giao_ban", "2015-Q1", "2015-04-08"),
[P("Trần Văn Bé Hai", "Chi cục trưởng Chi cục Thú y"),
 P("Lê Hoàng Phúc", "Trưởng trạm Thú y huyện Tân Thạnh"),
 P("Nguyễn Thanh Sơn", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Võ Văn Đực", "Trưởng ấp Bình Thạnh 2")],
[Q("2 hộ", 2, "hộ"), Q("3.870 con vịt", 3870, "con vịt"),
 Q("286.000 liều vắc xin cúm gia cầm", 286000, "liều vắc xin cúm gia cầm"), Q("41%", 41, "%"),
 Q("1.450 lít", 1450, "lít"), Q("32.000", 32000, "đồng"), Q("35.000 đồng", 35000, "đồng"),
 Q("khoảng 1,1 triệu con", 1100000, "con", "approx"),
 Q("214 cuộc", 214, "cuộc"), Q("hơn 6.500 lượt hội viên", 6500, "lượt hội viên", "over"),
 Q("100%", 100, "%"), Q("38.000 đồng", 38000, "đồng"), Q("tối thiểu 80%", 80, "%"),
 Q("3 trạm kiểm dịch động vật đầu mối", 3, "trạm kiểm dịch động vật đầu mối")],
[D("Công văn", "315", "SNN-TY", "2015-03-20", "Sở Nông nghiệp và PTNT", "Công văn số 315/SNN-TY ngày 20/3/2015"),
 D("Kế hoạch", "27", "KH-UBND", None, "UBND tỉnh", "Kế hoạch 27, 28/KH-UBND"),
 D("Kế hoạch", "28", "KH-UBND", None, "UBND tỉnh", "Kế hoạch 27, 28/KH-UBND")],
[prov("Long An"), com("Tân Tây"), com("Bình Hòa Trung"), prov("Hồ Chí Minh"), prov("Tiền Giang")],
["CHI CỤC THÚ Y TỈNH LONG AN", "Trang chủ | Tin hoạt động | Phòng chống dịch bệnh", "Vị trí: Tin tức > Hoạt động ngành",
 "Toàn cảnh buổi giao ban.", "Đồng Tháp Mười"],
["10/04/2015 - 14:30", "quý I năm 2015", "quý II", "đợt 1", "thứ Sáu"]))

PAGES.append(page("b7714-daklak-hdnd-giamsat-2016", """
HĐND TỈNH ĐẮK LẮK - Cổng thông tin điện tử
Trang chủ >> Hoạt động giám sát
Ngày đăng 21/10/2016 | 15:45
Giám sát công tác phòng, chống dịch bệnh trên đàn vật nuôi tại Krông Búk
Ngày 19/10/2016, Đoàn giám sát của Ban Kinh tế - Ngân sách HĐND tỉnh do ông Y Wai Byă, Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách hỗ trợ phòng, chống dịch bệnh gia súc, gia cầm giai đoạn 2014 - 2016 tại huyện Krông Búk, tỉnh Đắk Lắk.
Ông Y Wai Byă (giữa) phát biểu tại buổi giám sát.
Theo báo cáo của UBND huyện do bà H'Nga Niê Kdăm, Phó Chủ tịch UBND huyện Krông Búk trình bày, 3 năm qua huyện đã tiếp nhận và tiêm 18.600 liều vắc xin lở mồm long móng, tụ huyết trùng cho trâu, bò; riêng năm 2016 tiêm được 73,5% tổng đàn trong diện tiêm. Dịch bệnh tai xanh trên lợn xảy ra tại 3 xã Cư Né, Chư Kbô và Ea Ngai, làm 47 hộ có lợn phải tiêu hủy với 312 con lợn. Tổng kinh phí hỗ trợ người chăn nuôi theo Quyết định số 1442/QĐ-TTg và Quyết định số 08/2015/QĐ-UBND của UBND tỉnh là 1,8 tỷ đồng, đến nay còn khoảng 260 triệu đồng chưa giải ngân do hồ sơ của dân thiếu xác nhận.
Làm việc với đoàn, ông Y Thuôn Êban, Trưởng buôn Ea Nguôi, xã Chư Kbô, phản ánh nhiều hộ đồng bào Êđê vẫn thả rông trâu, bò trong rẫy cà phê nên cán bộ thú y khó tiếp cận để tiêm phòng; số tiền hỗ trợ 25.000 đồng/kg lợn bị tiêu hủy thấp hơn giá thị trường. Ông Nguyễn Đình Thành, Trưởng Trạm Chăn nuôi và Thú y huyện, cho biết toàn huyện chỉ có 14 thú y viên cơ sở, mỗi người phụ trách từ 3 đến 4 buôn, thôn với mức phụ cấp 0,5 mức lương cơ sở.
Đoàn giám sát cũng đi kiểm tra thực tế tại buôn Ea Nguôi và một trang trại chăn nuôi lợn quy mô trên 500 con ở xã Ea Ngai.
Kết luận buổi giám sát, ông Y Wai Byă đề nghị UBND huyện chỉ đạo giải ngân dứt điểm tiền hỗ trợ trước ngày 31/12/2016, rà soát lại đội ngũ thú y viên, phối hợp với Mặt trận và các đoàn thể vận động đồng bào nuôi nhốt, tiêm phòng đầy đủ. Đoàn sẽ tổng hợp ý kiến, kiến nghị để báo cáo tại kỳ họp thứ 3, HĐND tỉnh khóa IX, trong đó có đề xuất áp dụng mức hỗ trợ theo Nghị định số 39/2016/NĐ-CP của Chính phủ. Cùng tham gia đoàn có bà H'Liên Mlô, Phó Trưởng Ban Dân tộc HĐND tỉnh.
P.V
Tin liên quan
- Giám sát thực hiện chính sách hỗ trợ giống cây trồng tại Lắk (12/10/2016)
- Ban Văn hóa - Xã hội HĐND tỉnh giám sát tại Ea Súp (30/09/2016)
- Thường trực HĐND tỉnh tiếp xúc cử tri Buôn Đôn (15/09/2016)
- Ban Pháp chế HĐND tỉnh khảo sát công tác thi hành án tại Cư M'gar (06/09/2016)
- Giám sát việc quản lý, bảo vệ rừng tại Ea H'leo (25/08/2016)
- Chuẩn bị nội dung kỳ họp thứ 3, HĐND tỉnh khóa IX (16/08/2016)
""", "2016-10-21", "Giám sát công tác phòng, chống dịch bệnh trên đàn vật nuôi tại Krông Búk",
E("giam_sat", None, "2016-10-19"),
[P("Y Wai Byă", "Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh"),
 P("H'Nga Niê Kdăm", "Phó Chủ tịch UBND huyện Krông Búk"),
 P("Y Thuôn Êban", "Trưởng buôn Ea Nguôi"),
 P("Nguyễn Đình Thành", "Trưởng Trạm Chăn nuôi và Thú y huyện"),
 P("H'Liên Mlô", "Phó Trưởng Ban Dân tộc HĐND tỉnh")],
[Q("18.600 liều vắc xin lở mồm long móng, tụ huyết trùng", 18600, "liều vắc xin lở mồm long móng, tụ huyết trùng"),
 Q("73,5%", 73.5, "%"), Q("3 xã", 3, "xã"), Q("47 hộ", 47, "hộ"), Q("312 con lợn", 312, "con lợn"),
 Q("1,8 tỷ đồng", 1800000000, "đồng"), Q("khoảng 260 triệu đồng", 260000000, "đồng", "approx"),
 Q("25.000 đồng", 25000, "đồng"), Q("14 thú y viên cơ sở", 14, "thú y viên cơ sở"),
 Q("3 đến 4 buôn, thôn", 3, "buôn, thôn"), Q("4 buôn, thôn", 4, "buôn, thôn"),
 Q("trên 500 con", 500, "con", "over")],
[D("Quyết định", "1442", "QĐ-TTg", None, None, "Quyết định số 1442/QĐ-TTg"),
 D("Quyết định", "08", "2015/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 08/2015/QĐ-UBND"),
 D("Nghị định", "39", "2016/NĐ-CP", None, "Chính phủ", "Nghị định số 39/2016/NĐ-CP")],
[prov("Đắk Lắk"), com("Cư Né"), com("Chư Kbô"), com("Ea Ngai")],
["HĐND TỈNH ĐẮK LẮK - Cổng thông tin điện tử", "Trang chủ >> Hoạt động giám sát",
 "Ông Y Wai Byă (giữa) phát biểu tại buổi giám sát.", "buôn Ea Nguôi"],
["Ngày đăng 21/10/2016 | 15:45", "giai đoạn 2014 - 2016", "3 năm", "0,5 mức lương cơ sở", "kỳ họp thứ 3", "khóa IX", "năm 2016"]))
