from lib import *
PAGES = []

PAGES.append(page("b5501-tuyenquang-mttq-hiepthuong-2026", """
BÁO TUYÊN QUANG ĐIỆN TỬ
Trang chủ > Thời sự > Bầu cử đại biểu Quốc hội và HĐND các cấp
Thứ Ba, 10/02/2026 - 16:30
Ảnh: Quang cảnh hội nghị hiệp thương lần thứ ba.
Hiệp thương lần thứ ba: lập danh sách chính thức 15 người ứng cử đại biểu Quốc hội
Ngày 10/2, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Tuyên Quang tổ chức Hội nghị hiệp thương lần thứ ba nhằm lựa chọn, lập danh sách chính thức những người đủ tiêu chuẩn ứng cử đại biểu Quốc hội khóa XVI và đại biểu HĐND tỉnh nhiệm kỳ 2026 - 2031. Đồng chí Giàng Thị Pà, Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.
Dự hội nghị có các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Ma Văn Hưởng, Hoàng Thị Dung, Vàng Seo Chính; đồng chí Nông Thị Bích, Phó Chủ tịch HĐND tỉnh, Phó Chủ tịch Ủy ban bầu cử tỉnh cùng 85 đại biểu là thành viên Ủy ban MTTQ tỉnh.
Đồng chí Giàng Thị Pà phát biểu tại hội nghị.
Theo báo cáo, thực hiện Nghị quyết liên tịch số 102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN và Kế hoạch số 214-KH/MTTQ-BTT ngày 28/11/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, sau hiệp thương lần thứ hai, các cơ quan, đơn vị đã tổ chức 214 hội nghị lấy ý kiến cử tri nơi cư trú với trên 12.500 lượt cử tri tham dự. 100% người được giới thiệu đều được cử tri nơi cư trú tín nhiệm.
Tuyên Quang (mới) được bầu 9 đại biểu Quốc hội tại 3 đơn vị bầu cử và 60 đại biểu HĐND tỉnh tại 17 đơn vị bầu cử. Hội nghị đã thống nhất danh sách chính thức gồm 15 người để giới thiệu ứng cử đại biểu Quốc hội và 98 người ứng cử đại biểu HĐND tỉnh; tỷ lệ nữ chiếm 41,3%, người dân tộc thiểu số chiếm 46,7%. Ủy ban MTTQ tỉnh cũng hỗ trợ gần 420 triệu đồng cho các xã vùng cao, nhất là địa bàn tỉnh Hà Giang cũ, tổ chức hội nghị cử tri.
Đồng chí Ma Văn Hưởng cho biết, trong số người ứng cử đại biểu Quốc hội có 6 người do Trung ương giới thiệu về ứng cử tại tỉnh; trong danh sách ứng cử đại biểu HĐND tỉnh có 12 người ngoài Đảng và 21 người tái cử. Các thôn, tổ dân phố đã dán trên 3.000 áp phích, pa nô; đài truyền thanh các xã phát tin bầu cử bằng 4 thứ tiếng Kinh, Tày, Mông, Dao.
Tại hội nghị, ông Lý Văn Tờ, người có uy tín thôn Nặm Đăm, xã Quản Bạ, đề nghị sớm giới thiệu chương trình hành động của người ứng cử bằng tiếng Mông, tiếng Dao. Đồng chí Sùng A Lử, Bí thư Đảng ủy xã Mèo Vạc, cho biết xã đã lập 26 tổ tuyên truyền lưu động ở các thôn xa.
Kết luận hội nghị, đồng chí Giàng Thị Pà đề nghị các cấp Mặt trận thực hiện nghiêm Hướng dẫn 17, 18-HD/MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh, phối hợp tổ chức tiếp xúc cử tri, vận động cử tri đi bầu cử đầy đủ vào ngày 15/3/2026, làm cho ngày bầu cử thực sự là "Ngày hội của toàn dân".
Lâm Anh
Lượt đọc: 1.204
Tin liên quan
- Hiệp thương lần thứ hai: 112 người đủ điều kiện ứng cử (21/01/2026)
- Tập huấn nghiệp vụ bầu cử cho 1.840 cán bộ cấp xã (14/01/2026)
- Mèo Vạc: tuyên truyền bầu cử bằng tiếng Mông (09/01/2026)
- Hiệp thương lần thứ nhất đại biểu HĐND tỉnh (18/12/2025)
""", "2026-02-10", "Hiệp thương lần thứ ba: lập danh sách chính thức 15 người ứng cử đại biểu Quốc hội",
E("hoi_nghi", None, "2026-02-10"),
[P("Giàng Thị Pà", "Phó Bí thư Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ma Văn Hưởng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hoàng Thị Dung", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Vàng Seo Chính", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nông Thị Bích", "Phó Chủ tịch HĐND tỉnh", "Phó Chủ tịch Ủy ban bầu cử tỉnh"),
 P("Lý Văn Tờ", "người có uy tín thôn Nặm Đăm"),
 P("Sùng A Lử", "Bí thư Đảng ủy xã Mèo Vạc")],
[Q("85 đại biểu", 85, "đại biểu"), Q("214 hội nghị", 214, "hội nghị"),
 Q("trên 12.500 lượt cử tri", 12500, "lượt cử tri", "over"),
 Q("9 đại biểu Quốc hội", 9, "đại biểu Quốc hội"), Q("3 đơn vị bầu cử", 3, "đơn vị bầu cử"),
 Q("60 đại biểu HĐND tỉnh", 60, "đại biểu HĐND tỉnh"), Q("17 đơn vị bầu cử", 17, "đơn vị bầu cử"),
 Q("15 người", 15, "người"), Q("98 người", 98, "người"), Q("41,3%", 41.3, "%"), Q("46,7%", 46.7, "%"),
 Q("gần 420 triệu đồng", 420000000, "đồng", "approx"), Q("26 tổ tuyên truyền lưu động", 26, "tổ tuyên truyền lưu động"),
 Q("100%", 100, "%"),
 Q("6 người", 6, "người"), Q("12 người ngoài Đảng", 12, "người ngoài Đảng"), Q("21 người", 21, "người"),
 Q("trên 3.000 áp phích, pa nô", 3000, "áp phích, pa nô", "over"), Q("4 thứ tiếng", 4, "thứ tiếng")],
[D("Nghị quyết liên tịch", "102", "2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN", None, None,
   "Nghị quyết liên tịch số 102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN"),
 D("Kế hoạch", "214", "KH/MTTQ-BTT", "2025-11-28", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 214-KH/MTTQ-BTT ngày 28/11/2025"),
 D("Hướng dẫn", "17", "HD/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Hướng dẫn 17, 18-HD/MTTQ-BTT"),
 D("Hướng dẫn", "18", "HD/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Hướng dẫn 17, 18-HD/MTTQ-BTT")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Quản Bạ"), com("Mèo Vạc")],
["BÁO TUYÊN QUANG ĐIỆN TỬ", "Trang chủ > Thời sự > Bầu cử đại biểu Quốc hội và HĐND các cấp",
 "Ảnh: Quang cảnh hội nghị hiệp thương lần thứ ba.", "Đồng chí Giàng Thị Pà phát biểu tại hội nghị.",
 "Ngày hội của toàn dân", "Lượt đọc: 1.204"],
["Thứ Ba, 10/02/2026 - 16:30", "khóa XVI", "nhiệm kỳ 2026 - 2031", "lần thứ ba", "lần thứ hai", "Lượt đọc: 1.204", "15/3/2026"]))

PAGES.append(page("b5502-daklak-xa-taphuan-2026", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ CƯ M'GAR - TỈNH ĐẮK LẮK
Trang chủ » Tin tức - Sự kiện » Bầu cử 2026
16/01/2026 - 09:20
Tập huấn nghiệp vụ cho 246 thành viên tổ bầu cử
Ngày 15/1/2026, Ủy ban bầu cử xã Cư M'gar phối hợp với Ủy ban MTTQ Việt Nam xã tổ chức Hội nghị tập huấn nghiệp vụ công tác bầu cử năm 2026 cho 246 thành viên các tổ bầu cử, cán bộ thôn, buôn trên địa bàn. Đồng chí Y Khuê Niê, Bí thư Đảng ủy xã, Chủ tịch HĐND xã, Chủ tịch Ủy ban bầu cử xã dự và phát biểu chỉ đạo.
Đồng chí Y Khuê Niê phát biểu chỉ đạo hội nghị tập huấn.
Cùng dự có các đồng chí Phó Chủ tịch UBND xã: Y Bhin Mlô, Trần Văn Kiên; bà H'Bia Êban, Ủy viên Ban Thường vụ Đảng ủy, Phó Chủ tịch Thường trực UBND xã - Phó Chủ tịch Ủy ban bầu cử xã.
Xã Cư M'gar được thành lập từ ngày 1/7/2025 khi tỉnh Đắk Lắk hợp nhất với tỉnh Phú Yên; toàn xã có 27 buôn, thôn với trên 21.600 cử tri, được chia thành 32 khu vực bỏ phiếu. Tại hội nghị, ông Nguyễn Hữu Trí, Phó Trưởng phòng Xây dựng chính quyền và Công tác thanh niên Sở Nội vụ, đã quán triệt Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân, Nghị quyết số 15/NQ-HĐBCQG của Hội đồng Bầu cử quốc gia và Kế hoạch số 09/KH-UBBC ngày 02/12/2025 của Ủy ban bầu cử xã; hướng dẫn cách lập danh sách cử tri, bố trí phòng bỏ phiếu, kiểm phiếu và lập biên bản kết quả.
Bà H'Bia Êban cho biết, kinh phí bầu cử của xã được phân bổ 185 triệu đồng; mỗi tổ bầu cử được hỗ trợ 2,5 triệu đồng để mua sắm vật tư, trang trí phòng bỏ phiếu. Ủy ban MTTQ xã đã in 1.500 tờ rơi song ngữ Việt - Êđê theo Hướng dẫn số 36-HD/BTGDVTW của Ban Tuyên giáo và Dân vận Trung ương.
Theo kế hoạch, xã Cư M'gar bầu 30 đại biểu HĐND xã tại 8 đơn vị bầu cử, danh sách chính thức có 50 người ứng cử; cùng ngày, cử tri trong xã còn bầu đại biểu Quốc hội và đại biểu HĐND tỉnh Đắk Lắk. Đến nay tất cả thôn, buôn đã treo băng rôn, khẩu hiệu; Đoàn Thanh niên xã ra quân 12 đội thanh niên tình nguyện hỗ trợ người cao tuổi, người khuyết tật đi bầu.
Nhiều đại biểu nêu khó khăn ở các buôn có đông người đi làm ăn xa. Ông Y Ngông Ktla, Trưởng buôn Ea Tul, đề nghị tổ bầu cử phối hợp với người có uy tín đến từng nhà rà soát, bảo đảm không để sót cử tri. Bà H'Ngơn Byă, Chi hội trưởng Chi hội Phụ nữ buôn Ea Tul, đề nghị bố trí hòm phiếu phụ cho khoảng 40 cử tri cao tuổi, ốm đau.
Kết thúc hội nghị, 100% học viên đạt yêu cầu bài kiểm tra nghiệp vụ.
H'Linh
Lượt truy cập: 23.415
Tin liên quan
- Xã Cư M'gar niêm yết danh sách cử tri tại 32 khu vực bỏ phiếu (10/01/2026)
- Hội nghị cử tri nơi cư trú đối với người ứng cử đại biểu HĐND xã (05/01/2026)
- Ra mắt Ủy ban bầu cử xã nhiệm kỳ 2026 - 2031 (08/12/2025)
""", "2026-01-16", "Tập huấn nghiệp vụ cho 246 thành viên tổ bầu cử",
E("tap_huan", "2026", "2026-01-15"),
[P("Y Khuê Niê", "Bí thư Đảng ủy xã", "Chủ tịch HĐND xã", "Chủ tịch Ủy ban bầu cử xã"),
 P("Y Bhin Mlô", "Phó Chủ tịch UBND xã"), P("Trần Văn Kiên", "Phó Chủ tịch UBND xã"),
 P("H'Bia Êban", "Ủy viên Ban Thường vụ Đảng ủy", "Phó Chủ tịch Thường trực UBND xã - Phó Chủ tịch Ủy ban bầu cử xã"),
 P("Nguyễn Hữu Trí", "Phó Trưởng phòng Xây dựng chính quyền và Công tác thanh niên Sở Nội vụ"),
 P("Y Ngông Ktla", "Trưởng buôn Ea Tul"),
 P("H'Ngơn Byă", "Chi hội trưởng Chi hội Phụ nữ buôn Ea Tul")],
[Q("246 thành viên", 246, "thành viên"), Q("27 buôn, thôn", 27, "buôn, thôn"),
 Q("trên 21.600 cử tri", 21600, "cử tri", "over"), Q("32 khu vực bỏ phiếu", 32, "khu vực bỏ phiếu"),
 Q("185 triệu đồng", 185000000, "đồng"), Q("2,5 triệu đồng", 2500000, "đồng"),
 Q("1.500 tờ rơi song ngữ Việt - Êđê", 1500, "tờ rơi song ngữ Việt - Êđê"),
 Q("khoảng 40 cử tri cao tuổi", 40, "cử tri cao tuổi", "approx"), Q("100%", 100, "%"),
 Q("30 đại biểu HĐND xã", 30, "đại biểu HĐND xã"), Q("8 đơn vị bầu cử", 8, "đơn vị bầu cử"), Q("50 người", 50, "người"),
 Q("12 đội thanh niên tình nguyện", 12, "đội thanh niên tình nguyện")],
[D("Nghị quyết", "15", "NQ-HĐBCQG", None, "Hội đồng Bầu cử quốc gia", "Nghị quyết số 15/NQ-HĐBCQG"),
 D("Kế hoạch", "09", "KH-UBBC", "2025-12-02", "Ủy ban bầu cử xã", "Kế hoạch số 09/KH-UBBC ngày 02/12/2025"),
 D("Hướng dẫn", "36", "HD/BTGDVTW", None, "Ban Tuyên giáo và Dân vận Trung ương", "Hướng dẫn số 36-HD/BTGDVTW")],
[prov("Đắk Lắk"), prov("Phú Yên"), com("Cư M'gar")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ CƯ M'GAR - TỈNH ĐẮK LẮK", "Trang chủ » Tin tức - Sự kiện » Bầu cử 2026",
 "Đồng chí Y Khuê Niê phát biểu chỉ đạo hội nghị tập huấn.",
 "Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân", "Lượt truy cập: 23.415"],
["16/01/2026 - 09:20", "năm 2026", "từ ngày 1/7/2025", "Lượt truy cập: 23.415", "nhiệm kỳ 2026 - 2031"]))

PAGES.append(page("b5503-namdinh-ubbc-tongket-2016", """
Báo Nam Định điện tử - Cơ quan của Đảng bộ tỉnh Nam Định
Chính trị :: Bầu cử :: Tin hoạt động
Cập nhật lúc 17:05 ngày 17/06/2016
Ủy ban bầu cử tỉnh tổng kết công tác bầu cử
Ngày 16/6/2016, Ủy ban bầu cử tỉnh Nam Định tổ chức hội nghị tổng kết công tác bầu cử đại biểu Quốc hội khóa XIV và đại biểu HĐND các cấp nhiệm kỳ 2016 - 2021. Đồng chí Trần Văn Đoàn, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh, Chủ tịch Ủy ban bầu cử tỉnh chủ trì hội nghị.
Toàn cảnh hội nghị tổng kết. Ảnh: Việt Thắng
Thực hiện Chỉ thị số 51-CT/TW ngày 4/1/2016 của Bộ Chính trị, Nghị quyết số 105/2015/QH13 của Quốc hội và Kế hoạch 96-KH/TU của Ban Thường vụ Tỉnh ủy, cuộc bầu cử ngày 22/5/2016 tại tỉnh đã diễn ra dân chủ, đúng luật, an toàn. Toàn tỉnh có trên 1,42 triệu cử tri, tỷ lệ cử tri đi bầu đạt 99,87%. Cử tri đã bầu đủ 7 đại biểu Quốc hội, 58 đại biểu HĐND tỉnh, 362 đại biểu HĐND cấp huyện và 6.981 đại biểu HĐND cấp xã tại 229 xã, phường, thị trấn. Chỉ có 2 xã phải bầu thêm đại biểu HĐND cấp xã.
Báo cáo do đồng chí Phạm Thị Hoa, TUV, Chủ tịch Ủy ban MTTQ tỉnh trình bày nêu rõ, Mặt trận các cấp đã tổ chức 3 vòng hiệp thương đúng quy trình, phối hợp tổ chức 1.240 hội nghị tiếp xúc cử tri; tổng kinh phí phục vụ bầu cử của tỉnh trên 32,6 tỷ đồng, trong đó ngân sách tỉnh hỗ trợ 9,8 tỷ đồng. Vùng giáo dân có tỷ lệ cử tri đi bầu cao, nhiều giáo xứ vận động giáo dân đi bầu sớm.
Đồng chí Lương Văn Tiến, Ủy viên Ủy ban bầu cử tỉnh, Giám đốc Sở Nội vụ, cho biết toàn tỉnh có 4.312 tổ bầu cử; tỉnh đã in 1,5 triệu phiếu bầu và khoảng 60.000 áp phích tuyên truyền. Trong thời gian bầu cử, các cơ quan tiếp nhận 11 đơn khiếu nại, tố cáo liên quan đến người ứng cử, đều được xem xét, trả lời đúng thời hạn.
Linh mục Giuse Vũ Đình Khiêm, Ủy viên Ủy ban MTTQ tỉnh, quản xứ giáo xứ Kiên Lao, cho biết trước ngày bầu cử giáo xứ đã thông báo lịch bầu cử trong các thánh lễ. Ông Bùi Văn Thọ, HUV, Trưởng Ban Dân vận Huyện ủy Hải Hậu, chia sẻ kinh nghiệm của xã Hải Lý trong việc lập danh sách cử tri đi làm ăn xa.
Đồng chí Trần Văn Đoàn đề nghị các cấp rút kinh nghiệm việc niêm yết danh sách cử tri ở một số nơi còn chậm, sớm hoàn thiện hồ sơ, lưu trữ tài liệu bầu cử theo Quyết định số 1128/QĐ-UBND ngày 30/5/2016 của UBND tỉnh.
Dịp này, Chủ tịch UBND tỉnh tặng bằng khen cho 45 tập thể, 62 cá nhân có thành tích trong tổ chức bầu cử. Bà Đặng Thị Hiền, Chánh Văn phòng Ủy ban bầu cử tỉnh, công bố quyết định.
Hồng Minh
Số lượt xem: 1.058
Các tin khác
- Hải Hậu: công bố kết quả bầu cử HĐND huyện (30/05/2016)
- Cử tri vùng giáo dân nô nức đi bầu (22/05/2016)
- Hội nghị hiệp thương lần thứ ba (20/04/2016)
""", "2016-06-17", "Ủy ban bầu cử tỉnh tổng kết công tác bầu cử",
E("tong_ket", None, "2016-06-16"),
[P("Trần Văn Đoàn", "Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh", "Chủ tịch Ủy ban bầu cử tỉnh"),
 P("Phạm Thị Hoa", "TUV", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Giuse Vũ Đình Khiêm", "Linh mục", "Ủy viên Ủy ban MTTQ tỉnh", "quản xứ giáo xứ Kiên Lao"),
 P("Lương Văn Tiến", "Ủy viên Ủy ban bầu cử tỉnh", "Giám đốc Sở Nội vụ"),
 P("Bùi Văn Thọ", "HUV", "Trưởng Ban Dân vận Huyện ủy Hải Hậu"),
 P("Đặng Thị Hiền", "Chánh Văn phòng Ủy ban bầu cử tỉnh")],
[Q("trên 1,42 triệu cử tri", 1420000, "cử tri", "over"), Q("99,87%", 99.87, "%"),
 Q("7 đại biểu Quốc hội", 7, "đại biểu Quốc hội"), Q("58 đại biểu HĐND tỉnh", 58, "đại biểu HĐND tỉnh"),
 Q("362 đại biểu HĐND cấp huyện", 362, "đại biểu HĐND cấp huyện"),
 Q("6.981 đại biểu HĐND cấp xã", 6981, "đại biểu HĐND cấp xã"),
 Q("229 xã, phường, thị trấn", 229, "xã, phường, thị trấn"), Q("2 xã", 2, "xã"),
 Q("1.240 hội nghị tiếp xúc cử tri", 1240, "hội nghị tiếp xúc cử tri"),
 Q("trên 32,6 tỷ đồng", 32600000000, "đồng", "over"), Q("9,8 tỷ đồng", 9800000000, "đồng"),
 Q("3 vòng hiệp thương", 3, "vòng hiệp thương"), Q("45 tập thể", 45, "tập thể"), Q("4.312 tổ bầu cử", 4312, "tổ bầu cử"),
 Q("1,5 triệu phiếu bầu", 1500000, "phiếu bầu"), Q("khoảng 60.000 áp phích", 60000, "áp phích", "approx"),
 Q("11 đơn khiếu nại, tố cáo", 11, "đơn khiếu nại, tố cáo"), Q("62 cá nhân", 62, "cá nhân")],
[D("Chỉ thị", "51", "CT/TW", "2016-01-04", "Bộ Chính trị", "Chỉ thị số 51-CT/TW ngày 4/1/2016"),
 D("Nghị quyết", "105", "2015/QH13", None, "Quốc hội", "Nghị quyết số 105/2015/QH13"),
 D("Kế hoạch", "96", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 96-KH/TU"),
 D("Quyết định", "1128", "QĐ-UBND", "2016-05-30", "UBND tỉnh", "Quyết định số 1128/QĐ-UBND ngày 30/5/2016")],
[prov("Nam Định"), com("Hải Lý")],
["Báo Nam Định điện tử - Cơ quan của Đảng bộ tỉnh Nam Định", "Chính trị :: Bầu cử :: Tin hoạt động",
 "Toàn cảnh hội nghị tổng kết. Ảnh: Việt Thắng", "Số lượt xem: 1.058"],
["Cập nhật lúc 17:05 ngày 17/06/2016", "khóa XIV", "nhiệm kỳ 2016 - 2021", "22/5/2016", "Số lượt xem: 1.058"]))

PAGES.append(page("b5504-soctrang-mttqhuyen-giamsat-2021", """
TRANG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH SÓC TRĂNG
Trang chủ / Hoạt động Mặt trận / Giám sát và phản biện xã hội
08:45 | 12/05/2021
Trần Đề: Giám sát công tác chuẩn bị bầu cử tại 5 xã
Ngày 11/5, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam huyện Trần Đề (tỉnh Sóc Trăng) do ông Thạch Sô Phal, HUV, Chủ tịch Ủy ban MTTQ Việt Nam huyện, Trưởng đoàn giám sát làm trưởng đoàn đã giám sát công tác chuẩn bị bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026 tại 5 xã Lịch Hội Thượng, Đại Ân 2, Trung Bình, Liêu Tú và Tài Văn.
Đoàn giám sát làm việc tại xã Lịch Hội Thượng.
Cuộc giám sát thực hiện theo Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị, Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN và Kế hoạch số 12/KH-MTTQ-BTT ngày 20/4/2021 của Ban Thường trực Ủy ban MTTQ huyện. Thành viên đoàn có bà Sơn Thị Bô Pha, Phó Chủ tịch Ủy ban MTTQ huyện; ông Lâm Văn Sết, Chủ tịch Hội Nông dân huyện và Đại đức Kim Sa Phoang, trụ trì chùa Trà Tức.
Qua giám sát, 5 xã có 62.418 cử tri được chia thành 37 khu vực bỏ phiếu; danh sách cử tri được niêm yết đúng thời gian. Đoàn phát hiện 126 sai sót về họ tên, năm sinh trong danh sách cử tri và đề nghị bổ sung 43 cử tri mới đủ 18 tuổi. Khoảng 42% cử tri ở đây là đồng bào Khmer, các tổ bầu cử đã in 2.000 tờ hướng dẫn bằng chữ Khmer.
Ông Trần Văn Bảy, Phó Chủ tịch UBND xã Lịch Hội Thượng, Chủ tịch Ủy ban bầu cử xã, cho biết xã bố trí 8 tổ bầu cử, mỗi tổ được cấp 3 triệu đồng kinh phí; đồng thời vận động 14 chùa Phật giáo Nam tông Khmer thông báo ngày bầu cử cho phật tử. Ông Thạch Sang, người có uy tín ấp Lịch Trung, xã Lịch Hội Thượng, cam kết vận động bà con đi bầu đầy đủ.
Tại xã Đại Ân 2, bà Trần Thị Hồng Nhung, Chủ tịch Ủy ban MTTQ Việt Nam xã Đại Ân 2, cho biết xã có 4 ấp giáp biển với khoảng 1.100 lao động đi làm ăn xa; tổ bầu cử đã liên hệ từng gia đình để cử tri về bầu hoặc làm thủ tục xin bỏ phiếu nơi khác. Xã cũng tổ chức 6 buổi phát thanh song ngữ Việt - Khmer mỗi tuần trước ngày bầu cử.
Đoàn giám sát đã ghi nhận 9 kiến nghị, chủ yếu về bổ sung vật tư phòng dịch COVID-19 tại khu vực bỏ phiếu. Ông Thạch Sô Phal đề nghị các xã khắc phục ngay sai sót, báo cáo kết quả về Ban Thường trực Ủy ban MTTQ huyện trước ngày 18/5.
Sa Ry - Thạch Hùng
Lượt xem: 642
Tin liên quan
- Ngã Năm: giám sát việc lập danh sách cử tri (10/05/2021)
- Ủy ban MTTQ tỉnh giám sát bầu cử tại thị xã Vĩnh Châu (07/05/2021)
- Chức sắc Phật giáo Nam tông Khmer hưởng ứng bầu cử (03/05/2021)
- Mỹ Xuyên: hiệp thương lần thứ ba đại biểu HĐND huyện (24/04/2021)
""", "2021-05-12", "Trần Đề: Giám sát công tác chuẩn bị bầu cử tại 5 xã",
E("giam_sat", None, "2021-05-11"),
[P("Thạch Sô Phal", "HUV", "Chủ tịch Ủy ban MTTQ Việt Nam huyện", "Trưởng đoàn giám sát"),
 P("Sơn Thị Bô Pha", "Phó Chủ tịch Ủy ban MTTQ huyện"),
 P("Lâm Văn Sết", "Chủ tịch Hội Nông dân huyện"),
 P("Kim Sa Phoang", "Đại đức", "trụ trì chùa Trà Tức"),
 P("Trần Văn Bảy", "Phó Chủ tịch UBND xã Lịch Hội Thượng", "Chủ tịch Ủy ban bầu cử xã"),
 P("Thạch Sang", "người có uy tín ấp Lịch Trung"),
 P("Trần Thị Hồng Nhung", "Chủ tịch Ủy ban MTTQ Việt Nam xã Đại Ân 2")],
[Q("5 xã", 5, "xã"), Q("62.418 cử tri", 62418, "cử tri"), Q("37 khu vực bỏ phiếu", 37, "khu vực bỏ phiếu"),
 Q("126 sai sót", 126, "sai sót"), Q("43 cử tri mới", 43, "cử tri mới"), Q("Khoảng 42%", 42, "%", "approx"),
 Q("2.000 tờ hướng dẫn", 2000, "tờ hướng dẫn"), Q("8 tổ bầu cử", 8, "tổ bầu cử"), Q("3 triệu đồng", 3000000, "đồng"),
 Q("14 chùa Phật giáo Nam tông Khmer", 14, "chùa Phật giáo Nam tông Khmer"), Q("9 kiến nghị", 9, "kiến nghị"), Q("4 ấp", 4, "ấp"),
 Q("khoảng 1.100 lao động", 1100, "lao động", "approx"), Q("6 buổi phát thanh song ngữ Việt - Khmer", 6, "buổi phát thanh song ngữ Việt - Khmer")],
[D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW ngày 12/12/2013"),
 D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", None, None,
   "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN"),
 D("Kế hoạch", "12", "KH-MTTQ-BTT", "2021-04-20", "Ban Thường trực Ủy ban MTTQ huyện", "Kế hoạch số 12/KH-MTTQ-BTT ngày 20/4/2021")],
[prov("Sóc Trăng"), com("Lịch Hội Thượng"), com("Đại Ân 2"), com("Trung Bình"), com("Liêu Tú"), com("Tài Văn")],
["TRANG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH SÓC TRĂNG",
 "Trang chủ / Hoạt động Mặt trận / Giám sát và phản biện xã hội",
 "Đoàn giám sát làm việc tại xã Lịch Hội Thượng.", "Lượt xem: 642", "COVID-19"],
["08:45 | 12/05/2021", "khóa XV", "nhiệm kỳ 2021 - 2026", "18 tuổi", "COVID-19", "Lượt xem: 642", "ngày 18/5"]))

PAGES.append(page("b5505-hanoi-phuong-tiepxuccutri-2026", """
Cổng thông tin điện tử phường Tây Hồ - Thành phố Hà Nội
Bạn đang ở: Trang chủ > Tin tức > Bầu cử
Ngày đăng 04/03/2026 | 07:50
Ảnh: Cử tri phường Tây Hồ phát biểu tại hội nghị.
Cử tri phường Tây Hồ tiếp xúc với người ứng cử đại biểu HĐND thành phố
Chiều 3/3, Ban Thường trực Ủy ban MTTQ Việt Nam phường Tây Hồ phối hợp với Thường trực HĐND, UBND phường tổ chức Hội nghị tiếp xúc cử tri để những người ứng cử đại biểu HĐND thành phố Hà Nội khóa XVII, nhiệm kỳ 2026 - 2031 ở đơn vị bầu cử số 4 vận động bầu cử. Bà Đỗ Thị Thanh Mai, Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam phường Tây Hồ chủ trì hội nghị, có trên 320 cử tri tham dự.
Theo Kế hoạch số 27/KH-UBBC của Ủy ban bầu cử phường và Nghị quyết số 71/NQ-HĐBCQG của Hội đồng Bầu cử quốc gia, HĐND thành phố khóa XVII được bầu 125 đại biểu tại 41 đơn vị bầu cử; đơn vị bầu cử số 4 có 5 người ứng cử để bầu 3 đại biểu.
Những người ứng cử gồm: ông Lê Minh Đức, Phó Giám đốc Sở Xây dựng; bà Phạm Thu Hằng, Phó Chủ tịch Hội LHPN thành phố; TS. Vũ Quang Tuấn, Phó Hiệu trưởng Trường Đại học Thủy lợi; ông Đào Văn Hải, Phó Chủ tịch UBND phường Tây Hồ và bà Nguyễn Thị Lan Hương, Phó Bí thư Đoàn phường. Các ứng cử viên đã trình bày chương trình hành động, tập trung vào chống ngập úng, quản lý trật tự xây dựng ven hồ và chăm lo người cao tuổi.
Tại hội nghị, 21 ý kiến của cử tri được nêu lên. Cử tri Hoàng Văn Khoa (tổ dân phố số 12) kiến nghị sớm cải tạo 3 tuyến ngõ thường xuyên ngập khi mưa lớn; cụ Trần Thị Nhung, 86 tuổi, đề nghị bố trí hòm phiếu phụ cho người già yếu. Bà Phạm Thu Hằng cam kết, nếu trúng cử sẽ kiến nghị thành phố bố trí khoảng 15 tỷ đồng cải tạo hệ thống thoát nước khu vực Quảng An.
Trước đó, phường đã tổ chức 7 hội nghị để người ứng cử đại biểu HĐND phường tiếp xúc cử tri, thu hút khoảng 1.600 lượt cử tri; HĐND phường khóa mới được bầu 30 đại biểu tại 9 đơn vị bầu cử. Ông Nguyễn Văn Thắng, Bí thư Chi bộ kiêm Tổ trưởng tổ dân phố số 7, cho biết tổ đã lập 2 nhóm Zalo để thông tin cho cử tri trẻ.
Cuối hội nghị, ông Đào Văn Hải cho biết phường đã niêm yết danh sách 58.910 cử tri tại 38 khu vực bỏ phiếu, in 2.400 bản tiểu sử tóm tắt người ứng cử theo hướng dẫn tại Thông tư số 08/2025/TT-BNV của Bộ Nội vụ.
Minh Châu
Lượt xem: 3.118
Tin liên quan
- Phường Tây Hồ chạy thử phần mềm tra cứu khu vực bỏ phiếu (28/02/2026)
- Hội nghị hiệp thương lần thứ ba đại biểu HĐND phường (11/02/2026)
- Tổ dân phố số 12 ra quân tuyên truyền bầu cử (06/02/2026)
- Đoàn Thanh niên phường hỗ trợ cử tri cao tuổi tra cứu thông tin bầu cử (02/02/2026)
- Phường Tây Hồ ra mắt Ủy ban bầu cử phường (10/12/2025)
""", "2026-03-04", "Cử tri phường Tây Hồ tiếp xúc với người ứng cử đại biểu HĐND thành phố",
E("hoi_nghi", None, "2026-03-03"),
[P("Đỗ Thị Thanh Mai", "Ủy viên Ban Thường vụ Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam phường Tây Hồ"),
 P("Lê Minh Đức", "Phó Giám đốc Sở Xây dựng"),
 P("Phạm Thu Hằng", "Phó Chủ tịch Hội LHPN thành phố"),
 P("Vũ Quang Tuấn", "TS.", "Phó Hiệu trưởng Trường Đại học Thủy lợi"),
 P("Đào Văn Hải", "Phó Chủ tịch UBND phường Tây Hồ"),
 P("Nguyễn Thị Lan Hương", "Phó Bí thư Đoàn phường"),
 P("Nguyễn Văn Thắng", "Bí thư Chi bộ kiêm Tổ trưởng tổ dân phố số 7"), P("Hoàng Văn Khoa"), P("Trần Thị Nhung")],
[Q("trên 320 cử tri", 320, "cử tri", "over"), Q("125 đại biểu", 125, "đại biểu"), Q("41 đơn vị bầu cử", 41, "đơn vị bầu cử"),
 Q("5 người", 5, "người"), Q("3 đại biểu", 3, "đại biểu"), Q("21 ý kiến", 21, "ý kiến"), Q("3 tuyến ngõ", 3, "tuyến ngõ"),
 Q("khoảng 15 tỷ đồng", 15000000000, "đồng", "approx"), Q("58.910 cử tri", 58910, "cử tri"),
 Q("38 khu vực bỏ phiếu", 38, "khu vực bỏ phiếu"), Q("2.400 bản tiểu sử tóm tắt", 2400, "bản tiểu sử tóm tắt"),
 Q("7 hội nghị", 7, "hội nghị"), Q("khoảng 1.600 lượt cử tri", 1600, "lượt cử tri", "approx"), Q("30 đại biểu", 30, "đại biểu"),
 Q("9 đơn vị bầu cử", 9, "đơn vị bầu cử"), Q("2 nhóm Zalo", 2, "nhóm Zalo")],
[D("Kế hoạch", "27", "KH-UBBC", None, "Ủy ban bầu cử phường", "Kế hoạch số 27/KH-UBBC"),
 D("Nghị quyết", "71", "NQ-HĐBCQG", None, "Hội đồng Bầu cử quốc gia", "Nghị quyết số 71/NQ-HĐBCQG"),
 D("Thông tư", "08", "2025/TT-BNV", None, "Bộ Nội vụ", "Thông tư số 08/2025/TT-BNV")],
[prov("Hà Nội"), com("Tây Hồ")],
["Cổng thông tin điện tử phường Tây Hồ - Thành phố Hà Nội", "Bạn đang ở: Trang chủ > Tin tức > Bầu cử",
 "Ảnh: Cử tri phường Tây Hồ phát biểu tại hội nghị.", "Lượt xem: 3.118", "Quảng An"],
["Ngày đăng 04/03/2026 | 07:50", "khóa XVII", "nhiệm kỳ 2026 - 2031", "đơn vị bầu cử số 4", "tổ dân phố số 12",
 "86 tuổi", "Lượt xem: 3.118"]))

PAGES.append(page("b5506-gialai-mttq-giaoban-2026", """
BÁO GIA LAI ĐIỆN TỬ
Hôm nay: Thứ Năm, 09/04/2026
Chính trị › Mặt trận - Đoàn thể
Thứ Tư, 08/04/2026 | 15:40
Ban Thường trực Ủy ban MTTQ tỉnh giao ban quý I
(GLO) - Sáng 7/4, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Gia Lai tổ chức hội nghị giao ban công tác Mặt trận quý I/2026, triển khai nhiệm vụ quý II. Đồng chí Rah Lan Hiếu, Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì; hội nghị được kết nối trực tuyến đến 135 điểm cầu xã, phường.
Quang cảnh giao ban tại điểm cầu tỉnh.
Báo cáo do đồng chí Lê Quang Vinh, UVBCH Đảng bộ tỉnh, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh trình bày cho biết, quý I, nhiệm vụ trọng tâm là tổ chức cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp ngày 15/3/2026. Tỷ lệ cử tri đi bầu toàn tỉnh đạt 99,62%; cử tri đã bầu đủ 14 đại biểu Quốc hội, 85 đại biểu HĐND tỉnh và 3.540 đại biểu HĐND cấp xã. Mặt trận các cấp đã tổ chức 3 lần hiệp thương, phối hợp tổ chức 702 hội nghị tiếp xúc cử tri, trong đó khu vực phía Đông (tỉnh Bình Định cũ) 318 hội nghị.
Cũng trong quý I, Quỹ "Vì người nghèo" các cấp vận động được trên 18,4 tỷ đồng, hỗ trợ xây mới, sửa chữa 215 căn nhà Đại đoàn kết; các cấp Mặt trận trao 12.600 suất quà Tết cho hộ nghèo, mỗi suất trị giá 500.000 đồng. Ban Thường trực cũng tham mưu sơ kết Chỉ thị 12, 13-CT/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận vùng đồng bào dân tộc thiểu số và về vận động xây dựng nông thôn mới.
Tại hội nghị, đồng chí Rơ Châm H'Yon, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh, đề nghị các xã tiếp tục rà soát hộ nghèo để hỗ trợ sinh kế. Ông Kpă Yul, Chủ tịch Ủy ban MTTQ Việt Nam xã Ia Grai và bà Đinh Thị Thu, Chủ tịch Ủy ban MTTQ Việt Nam phường Quy Nhơn, chia sẻ cách làm tuyên truyền bầu cử bằng tiếng Jrai, Bahnar qua loa phát thanh của thôn, làng.
Phát biểu tại hội nghị, các đồng chí Siu H'Lenh, Đinh Văn Lay, Trương Văn Hòa - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh đề nghị sớm tổng hợp kiến nghị của cử tri gửi đại biểu vừa trúng cử. Dịp này, Ban Thường trực tặng bằng khen cho 28 tập thể, 41 cá nhân có thành tích trong công tác bầu cử.
Kết luận, đồng chí Rah Lan Hiếu đề nghị quý II tập trung thực hiện Kế hoạch số 46-KH/MTTQ-BTT về giám sát việc giải quyết kiến nghị của cử tri sau bầu cử; tổ chức ít nhất 2 cuộc giám sát chuyên đề ở mỗi xã.
Như Nguyện
Tin liên quan
- Gia Lai công bố kết quả bầu cử đại biểu HĐND tỉnh (22/03/2026)
- Ngày hội toàn dân ở làng Plei Ơi (15/03/2026)
- Ia Grai: 100% khu vực bỏ phiếu kết thúc sớm (15/03/2026)
- Mặt trận tỉnh hiệp thương lần thứ ba (10/02/2026)
""", "2026-04-08", "Ban Thường trực Ủy ban MTTQ tỉnh giao ban quý I",
E("giao_ban", "2026-Q1", "2026-04-07"),
[P("Rah Lan Hiếu", "Phó Bí thư Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Quang Vinh", "UVBCH Đảng bộ tỉnh", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Rơ Châm H'Yon", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh"),
 P("Kpă Yul", "Chủ tịch Ủy ban MTTQ Việt Nam xã Ia Grai"),
 P("Đinh Thị Thu", "Chủ tịch Ủy ban MTTQ Việt Nam phường Quy Nhơn"),
 P("Siu H'Lenh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"), P("Đinh Văn Lay", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trương Văn Hòa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("135 điểm cầu xã, phường", 135, "điểm cầu xã, phường"), Q("99,62%", 99.62, "%"),
 Q("14 đại biểu Quốc hội", 14, "đại biểu Quốc hội"), Q("85 đại biểu HĐND tỉnh", 85, "đại biểu HĐND tỉnh"),
 Q("3.540 đại biểu HĐND cấp xã", 3540, "đại biểu HĐND cấp xã"),
 Q("702 hội nghị tiếp xúc cử tri", 702, "hội nghị tiếp xúc cử tri"), Q("318 hội nghị", 318, "hội nghị"),
 Q("trên 18,4 tỷ đồng", 18400000000, "đồng", "over"), Q("215 căn nhà Đại đoàn kết", 215, "căn nhà Đại đoàn kết"),
 Q("12.600 suất quà", 12600, "suất quà"), Q("500.000 đồng", 500000, "đồng"),
 Q("ít nhất 2 cuộc giám sát chuyên đề", 2, "cuộc giám sát chuyên đề", "over"),
 Q("3 lần hiệp thương", 3, "lần hiệp thương"), Q("28 tập thể", 28, "tập thể"), Q("41 cá nhân", 41, "cá nhân")],
[D("Chỉ thị", "12", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 12, 13-CT/TU"),
 D("Chỉ thị", "13", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 12, 13-CT/TU"),
 D("Kế hoạch", "46", "KH/MTTQ-BTT", None, None, "Kế hoạch số 46-KH/MTTQ-BTT")],
[prov("Gia Lai"), prov("Bình Định"), com("Ia Grai"), com("Quy Nhơn")],
["BÁO GIA LAI ĐIỆN TỬ", "Chính trị › Mặt trận - Đoàn thể", "(GLO)", "Quang cảnh giao ban tại điểm cầu tỉnh.",
 "Vì người nghèo"],
["Hôm nay: Thứ Năm, 09/04/2026", "Thứ Tư, 08/04/2026 | 15:40", "quý I/2026", "quý II", "khóa XVI", "15/3/2026"]))
