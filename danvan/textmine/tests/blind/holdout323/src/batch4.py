from lib import *
PAGES = []

PAGES.append(page("b7727-tuyenquang-xameovac-giaoban-thang7-2025", """
TRANG THÔNG TIN ĐIỆN TỬ XÃ MÈO VẠC - TỈNH TUYÊN QUANG
Trang chủ | Tin tức - Sự kiện | Hoạt động của xã
31/07/2025 17:05
Xã Mèo Vạc dồn sức dập dịch tả lợn châu Phi
Chiều 30/7, UBND xã Mèo Vạc tổ chức họp giao ban tháng 7/2025, tập trung đánh giá tình hình bệnh Dịch tả lợn châu Phi trên địa bàn. Đồng chí Giàng Mí Sò, Phó Bí thư Đảng ủy, Chủ tịch UBND xã chủ trì; dự có đồng chí Lê Thanh Bình, Phó Trưởng Trạm Chăn nuôi và Thú y khu vực Mèo Vạc.
Lực lượng chức năng tiêu hủy lợn bệnh tại thôn Sà Lủng.
Theo báo cáo, từ ngày 6/7 đến nay, bệnh Dịch tả lợn châu Phi đã xuất hiện tại 9 thôn, làm 186 con lợn của 64 hộ mắc bệnh, chết và phải tiêu hủy, tổng trọng lượng trên 11,2 tấn. Đây là đợt dịch lớn nhất trên địa bàn kể từ năm 2019. Tổng đàn lợn của xã trước dịch có khoảng 7.400 con, chủ yếu nuôi nhỏ lẻ trong nông hộ. Xã đã thành lập 4 tổ phản ứng nhanh, lập 3 chốt kiểm soát tạm thời tại các ngã ba vào vùng dịch, phun tiêu độc khử trùng 2 lần/tuần với khoảng 650 lít hóa chất.
Xã đang thực hiện Công điện của Chủ tịch UBND tỉnh về phòng, chống bệnh Dịch tả lợn châu Phi và Kế hoạch số 46/KH-UBND ngày 08/7/2025 của UBND xã. Theo Quyết định số 318/QĐ-UBND ngày 22/7/2025 của UBND tỉnh Tuyên Quang, người chăn nuôi có lợn bị tiêu hủy được hỗ trợ 40.000 đồng/kg lợn hơi; đến nay xã đã lập hồ sơ cho 41 hộ với số tiền dự kiến gần 470 triệu đồng.
Tại cuộc họp, các đồng chí Trưởng thôn: Vừ Mí Lử (thôn Sà Lủng), Lầu Mí Pó (thôn Pả Vi Hạ) phản ánh nhiều hộ vẫn mua lợn giống từ các chợ phiên không qua kiểm dịch, có hộ vứt xác lợn xuống khe suối. Bà Vừ Thị Sú, Chủ tịch Hội Liên hiệp Phụ nữ xã, cho biết Hội đã tuyên truyền tại 15 buổi sinh hoạt chi hội, vận động 520 hội viên cam kết không giấu dịch, không bán chạy lợn ốm.
Đồng chí Lê Thanh Bình thông tin, khu vực Mèo Vạc hiện còn khoảng 1.500 liều vắc xin Dịch tả lợn châu Phi, ưu tiên tiêm bao vây cho các thôn giáp vùng dịch; tỷ lệ tiêm phòng toàn xã mới đạt khoảng 18% tổng đàn lợn.
Kết luận cuộc họp, đồng chí Giàng Mí Sò yêu cầu các thôn tuyệt đối không để người dân giết mổ, vận chuyển lợn ốm; mỗi thôn phân công ít nhất 2 cán bộ theo dõi dịch, báo cáo hằng ngày về UBND xã trước 16 giờ; Công an xã phối hợp xử lý nghiêm các trường hợp vứt xác lợn chết ra môi trường. Tháng 8/2025, xã phấn đấu khống chế dịch, không để lây lan sang các thôn chưa có dịch.
Văn phòng HĐND - UBND xã
Tin liên quan
- Xã Mèo Vạc ra quân vệ sinh môi trường chăn nuôi (24/07/2025)
- Hội nghị triển khai nhiệm vụ sau sắp xếp đơn vị hành chính (10/07/2025)
- Lễ công bố thành lập xã Mèo Vạc (01/07/2025)
- Tuyên truyền phòng, chống dịch bệnh mùa mưa (26/06/2025)
""", "2025-07-31", "Xã Mèo Vạc dồn sức dập dịch tả lợn châu Phi",
E("giao_ban", "2025-07", "2025-07-30"),
[P("Giàng Mí Sò", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Lê Thanh Bình", "Phó Trưởng Trạm Chăn nuôi và Thú y khu vực Mèo Vạc"),
 P("Vừ Mí Lử", "Trưởng thôn"),
 P("Lầu Mí Pó", "Trưởng thôn"),
 P("Vừ Thị Sú", "Chủ tịch Hội Liên hiệp Phụ nữ xã")],
[Q("9 thôn", 9, "thôn"), Q("186 con lợn", 186, "con lợn"), Q("64 hộ", 64, "hộ"), Q("trên 11,2 tấn", 11.2, "tấn", "over"), Q("khoảng 7.400 con", 7400, "con", "approx"),
 Q("4 tổ phản ứng nhanh", 4, "tổ phản ứng nhanh"), Q("3 chốt kiểm soát tạm thời", 3, "chốt kiểm soát tạm thời"),
 Q("khoảng 650 lít", 650, "lít", "approx"), Q("40.000 đồng", 40000, "đồng"), Q("41 hộ", 41, "hộ"),
 Q("gần 470 triệu đồng", 470000000, "đồng", "approx"), Q("15 buổi sinh hoạt chi hội", 15, "buổi sinh hoạt chi hội"),
 Q("520 hội viên", 520, "hội viên"), Q("khoảng 1.500 liều vắc xin Dịch tả lợn châu Phi", 1500, "liều vắc xin Dịch tả lợn châu Phi", "approx"),
 Q("khoảng 18%", 18, "%", "approx"), Q("ít nhất 2 cán bộ", 2, "cán bộ", "over")],
[D("Kế hoạch", "46", "KH-UBND", "2025-07-08", "UBND xã", "Kế hoạch số 46/KH-UBND ngày 08/7/2025"),
 D("Quyết định", "318", "QĐ-UBND", "2025-07-22", "UBND tỉnh Tuyên Quang", "Quyết định số 318/QĐ-UBND ngày 22/7/2025")],
[prov("Tuyên Quang"), com("Mèo Vạc")],
["TRANG THÔNG TIN ĐIỆN TỬ XÃ MÈO VẠC - TỈNH TUYÊN QUANG", "Trang chủ | Tin tức - Sự kiện | Hoạt động của xã",
 "Lực lượng chức năng tiêu hủy lợn bệnh tại thôn Sà Lủng.", "Văn phòng HĐND - UBND xã", "Công an xã"],
["31/07/2025 17:05", "tháng 7/2025", "Tháng 8/2025", "2 lần/tuần", "16 giờ", "năm 2019"]))

PAGES.append(page("b7728-dongnai-mttq-traoqua-vacxin-2025", """
BÁO ĐỒNG NAI ĐIỆN TỬ
Xã hội » Dân tộc - Tôn giáo
Thứ Năm, 09/10/2025, 08:05
Trao 400 con heo giống đã tiêm vắc xin cho đồng bào S'tiêng xã Bù Gia Mập
Ngày 8/10, Ủy ban MTTQ Việt Nam tỉnh Đồng Nai phối hợp với Sở Nông nghiệp và Môi trường và UBND xã Bù Gia Mập trao 400 con heo giống đã tiêm đủ các loại vắc xin, trong đó có vắc xin Dịch tả heo châu Phi, cho 80 hộ đồng bào dân tộc thiểu số có hoàn cảnh khó khăn.
Ảnh: Các đại biểu trao heo giống cho bà con.
Mỗi hộ được nhận 5 con heo giống, 200 kg thức ăn chăn nuôi và 1 bộ dụng cụ tiêu độc, trị giá khoảng 12 triệu đồng. Tổng giá trị chương trình gần 1 tỷ đồng, từ nguồn Quỹ "Vì người nghèo" tỉnh và sự đóng góp của 3 doanh nghiệp chăn nuôi trên địa bàn. Trước khi nhận heo, các hộ đã được hướng dẫn làm chuồng, được cấp 2 đợt vắc xin tiêm nhắc lại miễn phí cho đàn heo trong năm đầu.
Phát biểu tại buổi trao tặng, bà Nguyễn Thị Hoàng Yến, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, cho biết sau đợt dịch tả heo châu Phi giữa năm 2025, nhiều hộ đồng bào S'tiêng ở các xã phía Bắc tỉnh bị mất trắng đàn heo. Chương trình nhằm giúp bà con khôi phục sinh kế theo hướng chăn nuôi an toàn, có tiêm phòng đầy đủ, thực hiện Kế hoạch số 125/KH-MTTQ-BTT ngày 15/8/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh.
Ông Điểu Bình, Bí thư Đảng ủy xã Bù Gia Mập, cảm ơn sự quan tâm của tỉnh và cho biết xã hiện có 1.236 hộ đồng bào dân tộc thiểu số, trong đó 214 hộ nghèo. Đợt dịch tháng 6, tháng 7 vừa qua, toàn xã đã tiêu hủy 620 con heo của 93 hộ. Xã sẽ giao cán bộ thú y và người có uy tín các thôn theo dõi, hướng dẫn bà con chăm sóc, không để heo giống bị bán đi hoặc thả rông.
Chị Thị Hường, thôn Bù Lư, xúc động nhận 5 con heo giống: "Đàn heo nhà tôi chết hết vì dịch, nay được tặng heo đã tiêm vắc xin, tôi sẽ làm chuồng nuôi nhốt, không cho heo ăn thức ăn thừa chưa nấu chín". Bà Điểu Thị Lan, người có uy tín thôn Bù Lư, hứa sẽ đến từng nhà nhắc bà con tiêm nhắc vắc xin đúng hẹn.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh cũng trao 50 phần quà, mỗi phần trị giá 500.000 đồng cho các hộ có heo bị tiêu hủy trong đợt dịch; Sở Nông nghiệp và Môi trường tặng xã 1.000 liều vắc xin Dịch tả heo châu Phi để tiêm phòng bao vây. Bà Trần Thị Kim Liên, Phó Giám đốc Sở Nông nghiệp và Môi trường, đề nghị xã thực hiện nghiêm Quyết định số 2260/QĐ-UBND của UBND tỉnh về kế hoạch tiêm phòng năm 2025.
Bài, ảnh: Đăng Tú
Tin liên quan
- Đồng Nai: khống chế dịch tả heo châu Phi tại các xã phía Bắc (18/09/2025)
- Xã Bù Gia Mập ra mắt mô hình "Dân vận khéo" chăn nuôi an toàn (05/09/2025)
- Mặt trận tỉnh trao nhà Đại đoàn kết cho hộ nghèo (28/08/2025)
""", "2025-10-09", "Trao 400 con heo giống đã tiêm vắc xin cho đồng bào S'tiêng xã Bù Gia Mập",
E("trao_qua", None, "2025-10-08"),
[P("Nguyễn Thị Hoàng Yến", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Điểu Bình", "Bí thư Đảng ủy xã Bù Gia Mập"),
 P("Thị Hường"),
 P("Điểu Thị Lan", "người có uy tín thôn Bù Lư"),
 P("Trần Thị Kim Liên", "Phó Giám đốc Sở Nông nghiệp và Môi trường")],
[Q("400 con heo giống", 400, "con heo giống"), Q("80 hộ đồng bào dân tộc thiểu số", 80, "hộ đồng bào dân tộc thiểu số"),
 Q("5 con heo giống", 5, "con heo giống"), Q("200 kg", 200, "kg"),
 Q("khoảng 12 triệu đồng", 12000000, "đồng", "approx"), Q("gần 1 tỷ đồng", 1000000000, "đồng", "approx"),
 Q("3 doanh nghiệp chăn nuôi", 3, "doanh nghiệp chăn nuôi"), Q("2 đợt vắc xin", 2, "đợt vắc xin"),
 Q("1.236 hộ đồng bào dân tộc thiểu số", 1236, "hộ đồng bào dân tộc thiểu số"), Q("214 hộ nghèo", 214, "hộ nghèo"),
 Q("620 con heo", 620, "con heo"), Q("93 hộ", 93, "hộ"), Q("50 phần quà", 50, "phần quà"),
 Q("500.000 đồng", 500000, "đồng"), Q("1.000 liều vắc xin Dịch tả heo châu Phi", 1000, "liều vắc xin Dịch tả heo châu Phi")],
[D("Kế hoạch", "125", "KH-MTTQ-BTT", "2025-08-15", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 125/KH-MTTQ-BTT ngày 15/8/2025"),
 D("Quyết định", "2260", "QĐ-UBND", None, "UBND tỉnh", "Quyết định số 2260/QĐ-UBND")],
[prov("Đồng Nai"), com("Bù Gia Mập")],
["BÁO ĐỒNG NAI ĐIỆN TỬ", "Xã hội » Dân tộc - Tôn giáo", "Ảnh: Các đại biểu trao heo giống cho bà con.",
 "Vì người nghèo", "thôn Bù Lư"],
["Thứ Năm, 09/10/2025, 08:05", "1 bộ dụng cụ tiêu độc", "năm 2025", "tháng 6, tháng 7", "năm đầu"]))

PAGES.append(page("b7729-lamdong-snnmt-baocao-hdnd-2025", """
CỔNG THÔNG TIN ĐIỆN TỬ HĐND TỈNH LÂM ĐỒNG
Kỳ họp › Tin kỳ họp
Cập nhật: 19/12/2025 - 11:20
Báo cáo kết quả phòng, chống dịch bệnh động vật năm 2025: Dịch tả lợn châu Phi vẫn là nỗi lo lớn
Tại kỳ họp thường lệ cuối năm 2025 của HĐND tỉnh Lâm Đồng khóa X, sáng 18/12, Sở Nông nghiệp và Môi trường đã trình bày báo cáo kết quả công tác phòng, chống dịch bệnh động vật năm 2025 và giải pháp năm 2026, theo đề nghị của Thường trực HĐND tỉnh.
Ông K'Brèl, Phó Giám đốc Sở Nông nghiệp và Môi trường trình bày báo cáo.
Báo cáo do ông K'Brèl, Phó Giám đốc Sở Nông nghiệp và Môi trường trình bày cho biết, đây là năm đầu tiên tỉnh Lâm Đồng mới (hợp nhất Lâm Đồng, Đắk Nông, Bình Thuận) triển khai công tác thú y trên địa bàn 124 xã, phường, đặc khu. Năm 2025, bệnh Dịch tả lợn châu Phi xảy ra tại 47 xã, phường với 8.930 con lợn phải tiêu hủy, tổng trọng lượng khoảng 612 tấn; dịch cúm gia cầm A/H5N1 xuất hiện tại 4 ổ dịch ở các xã ven biển, tiêu hủy 12.600 con gia cầm; bệnh dại trên chó làm 3 người tử vong.
Toàn tỉnh đã tiêm 3,8 triệu liều vắc xin các loại, trong đó 214.000 liều vắc xin Dịch tả lợn châu Phi, 1,6 triệu liều vắc xin cúm gia cầm và 97.000 liều vắc xin dại. Tỷ lệ tiêm phòng vắc xin lở mồm long móng trên đàn trâu, bò đạt 76,8%, tiêm dại cho chó đạt 61%. Ngân sách tỉnh chi 38,5 tỷ đồng cho công tác phòng, chống dịch, hỗ trợ người chăn nuôi theo Nghị quyết số 15/2025/NQ-HĐND của HĐND tỉnh.
Báo cáo cũng nêu hạn chế: đội ngũ thú y cấp xã sau sắp xếp còn thiếu, 31 xã chưa có nhân viên thú y; nhiều hộ đồng bào K'Ho, Mạ, Mnông vẫn chăn thả rông.
Thảo luận tại tổ, đại biểu Ka Thị Hoa, Phó Chủ tịch HĐND xã Lạc Dương, đề nghị bố trí phụ cấp cho nhân viên thú y thôn, bon; đại biểu Điểu K'Rứ, Bí thư Đảng ủy xã Quảng Sơn, kiến nghị tỉnh cấp miễn phí vắc xin Dịch tả lợn châu Phi cho hộ nghèo ở 42 bon, buôn đồng bào dân tộc thiểu số. Đại biểu Nguyễn Văn Hải, Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh, đề nghị làm rõ vì sao 2,3 tỷ đồng tiền hỗ trợ tiêu hủy lợn vẫn chưa chi trả.
Giải trình, ông K'Brèl cho biết năm 2026 Sở sẽ tham mưu UBND tỉnh ban hành kế hoạch tiêm phòng thống nhất, thay thế Quyết định 1120, 1121/QĐ-UBND của các tỉnh cũ; phấn đấu tiêm phòng đạt không dưới 80% tổng đàn trong diện tiêm và bố trí khoảng 45 tỷ đồng ngân sách cho công tác phòng, chống dịch.
HĐND tỉnh sẽ xem xét thông qua Nghị quyết về chính sách hỗ trợ phòng, chống dịch bệnh động vật trên địa bàn tỉnh giai đoạn 2026 - 2030 vào ngày làm việc cuối cùng của kỳ họp.
Minh Phương - Ban Công tác đại biểu
Tin liên quan
- Khai mạc kỳ họp thường lệ cuối năm 2025 HĐND tỉnh khóa X (17/12/2025)
- Thường trực HĐND tỉnh giám sát việc sắp xếp đội ngũ thú y cấp xã (28/11/2025)
- Tiếp xúc cử tri trước kỳ họp tại đặc khu Phú Quý (20/11/2025)
""", "2025-12-19", "Báo cáo kết quả phòng, chống dịch bệnh động vật năm 2025: Dịch tả lợn châu Phi vẫn là nỗi lo lớn",
E("bao_cao", "2025", "2025-12-18"),
[P("K'Brèl", "Phó Giám đốc Sở Nông nghiệp và Môi trường"),
 P("Ka Thị Hoa", "đại biểu", "Phó Chủ tịch HĐND xã Lạc Dương"),
 P("Điểu K'Rứ", "đại biểu", "Bí thư Đảng ủy xã Quảng Sơn"),
 P("Nguyễn Văn Hải", "Đại biểu", "Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh")],
[Q("124 xã, phường, đặc khu", 124, "xã, phường, đặc khu"), Q("47 xã, phường", 47, "xã, phường"),
 Q("8.930 con lợn", 8930, "con lợn"), Q("khoảng 612 tấn", 612, "tấn", "approx"),
 Q("4 ổ dịch", 4, "ổ dịch"), Q("12.600 con gia cầm", 12600, "con gia cầm"), Q("3 người", 3, "người"),
 Q("3,8 triệu liều vắc xin", 3800000, "liều vắc xin"),
 Q("214.000 liều vắc xin Dịch tả lợn châu Phi", 214000, "liều vắc xin Dịch tả lợn châu Phi"),
 Q("1,6 triệu liều vắc xin cúm gia cầm", 1600000, "liều vắc xin cúm gia cầm"),
 Q("97.000 liều vắc xin dại", 97000, "liều vắc xin dại"), Q("76,8%", 76.8, "%"), Q("61%", 61, "%"),
 Q("38,5 tỷ đồng", 38500000000, "đồng"), Q("31 xã", 31, "xã"),
 Q("42 bon, buôn đồng bào dân tộc thiểu số", 42, "bon, buôn đồng bào dân tộc thiểu số"),
 Q("2,3 tỷ đồng", 2300000000, "đồng"), Q("không dưới 80%", 80, "%", "over"),
 Q("khoảng 45 tỷ đồng", 45000000000, "đồng", "approx")],
[D("Nghị quyết", "15", "2025/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 15/2025/NQ-HĐND"),
 D("Quyết định", "1120", "QĐ-UBND", None, None, "Quyết định 1120, 1121/QĐ-UBND"),
 D("Quyết định", "1121", "QĐ-UBND", None, None, "Quyết định 1120, 1121/QĐ-UBND")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Lạc Dương"), com("Quảng Sơn")],
["CỔNG THÔNG TIN ĐIỆN TỬ HĐND TỈNH LÂM ĐỒNG", "Kỳ họp › Tin kỳ họp",
 "Ông K'Brèl, Phó Giám đốc Sở Nông nghiệp và Môi trường trình bày báo cáo.", "Ban Công tác đại biểu"],
["Cập nhật: 19/12/2025 - 11:20", "khóa X", "năm 2025", "năm 2026", "giai đoạn 2026 - 2030", "năm đầu tiên"]))

PAGES.append(page("b7730-vinhlong-snnmt-tongket-2025", """
BÁO VĨNH LONG ĐIỆN TỬ
Trang chủ / Kinh tế / Nông nghiệp
Thứ Sáu, 16/01/2026 - 10:30
Ảnh: Toàn cảnh hội nghị tổng kết.
Vĩnh Long: Năm 2025 tiêm phòng gần 9,5 triệu liều vắc xin cho đàn vật nuôi
Ngày 15/1/2026, Sở Nông nghiệp và Môi trường tỉnh Vĩnh Long tổ chức hội nghị tổng kết công tác chăn nuôi, thú y và thủy sản năm 2025, triển khai kế hoạch năm 2026. Đồng chí Lữ Văn Thạnh, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh dự và chỉ đạo.
Năm 2025 là năm đầu tiên tỉnh Vĩnh Long mới (hợp nhất Vĩnh Long, Bến Tre, Trà Vinh) vận hành chính quyền hai cấp. Toàn tỉnh có khoảng 1,42 triệu con heo, 18,6 triệu con gia cầm và 372.000 con bò. Ngành đã tiêm phòng gần 9,5 triệu liều vắc xin các loại, trong đó vắc xin cúm gia cầm chiếm trên 70%. Dịch cúm gia cầm A/H5N1 xảy ra 6 ổ trên đàn vịt ở các xã ven biển, tiêu hủy 14.280 con; bệnh Dịch tả heo châu Phi phát sinh tại 58 hộ ở 21 xã, phường, tiêu hủy 2.917 con heo. Ngân sách hỗ trợ người chăn nuôi có vật nuôi bị tiêu hủy là 6,4 tỷ đồng.
Tại hội nghị, ông Thạch Sa Vát, Chủ tịch UBND xã Tập Sơn, chia sẻ xã có đông đồng bào Khmer, đã phối hợp với các chùa Phật giáo Nam tông Khmer tuyên truyền tại 7 điểm chùa, vận động 96% hộ chăn nuôi tiêm phòng. Bà Kim Thị Sa Rinh, chủ hợp tác xã chăn nuôi bò ở xã Long Hiệp, kiến nghị hỗ trợ 50% chi phí vắc xin viêm da nổi cục cho thành viên hợp tác xã. Các đồng chí Phó Giám đốc Sở Nông nghiệp và Môi trường: Nguyễn Văn Liêm, Huỳnh Thị Mỹ Dung tiếp thu và giải đáp các kiến nghị.
Ông Trần Hoàng Khải - Chi cục trưởng Chi cục Chăn nuôi, Thú y và Thủy sản, cho biết năm 2025, Chi cục đã hợp nhất 3 hệ thống thú y của các tỉnh cũ, đưa 118 nhân viên thú y về trực thuộc UBND các xã, phường; tổ chức 36 lớp tập huấn cho hơn 2.000 lượt người chăn nuôi. Tỉnh đã ban hành Kế hoạch số 84/KH-UBND ngày 05/9/2025 và Quyết định số 742/QĐ-UBND ngày 20/10/2025 của UBND tỉnh về phòng, chống dịch bệnh động vật giai đoạn 2026 - 2030.
Phát biểu chỉ đạo, đồng chí Lữ Văn Thạnh yêu cầu năm 2026 ngành thú y phấn đấu tiêm phòng cúm gia cầm đạt trên 80% tổng đàn, xây dựng thêm ít nhất 20 cơ sở an toàn dịch bệnh; các xã, phường phát huy vai trò Mặt trận, đoàn thể và người có uy tín trong vận động nhân dân. Dịp này, UBND tỉnh tặng bằng khen cho 12 tập thể và 18 cá nhân tiêu biểu.
Hồng Nhung
Tin liên quan
- Vĩnh Long: chủ động phòng dịch cúm gia cầm dịp Tết Nguyên đán (08/01/2026)
- Xã Tập Sơn ra mắt tổ chăn nuôi bò an toàn (25/12/2025)
- Tập huấn chăn nuôi an toàn sinh học cho nông dân Khmer (12/12/2025)
""", "2026-01-16", "Vĩnh Long: Năm 2025 tiêm phòng gần 9,5 triệu liều vắc xin cho đàn vật nuôi",
E("tong_ket", "2025", "2026-01-15"),
[P("Lữ Văn Thạnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch Thường trực UBND tỉnh"),
 P("Thạch Sa Vát", "Chủ tịch UBND xã Tập Sơn"),
 P("Kim Thị Sa Rinh", "chủ hợp tác xã chăn nuôi bò"),
 P("Nguyễn Văn Liêm", "Phó Giám đốc Sở Nông nghiệp và Môi trường"),
 P("Huỳnh Thị Mỹ Dung", "Phó Giám đốc Sở Nông nghiệp và Môi trường"),
 P("Trần Hoàng Khải", "Chi cục trưởng Chi cục Chăn nuôi, Thú y và Thủy sản")],
[Q("gần 9,5 triệu liều vắc xin", 9500000, "liều vắc xin", "approx"),
 Q("khoảng 1,42 triệu con heo", 1420000, "con heo", "approx"), Q("18,6 triệu con gia cầm", 18600000, "con gia cầm"),
 Q("372.000 con bò", 372000, "con bò"), Q("trên 70%", 70, "%", "over"), Q("6 ổ", 6, "ổ"),
 Q("14.280 con", 14280, "con"), Q("58 hộ", 58, "hộ"), Q("21 xã, phường", 21, "xã, phường"),
 Q("2.917 con heo", 2917, "con heo"), Q("6,4 tỷ đồng", 6400000000, "đồng"),
 Q("7 điểm chùa", 7, "điểm chùa"), Q("96%", 96, "%"), Q("50%", 50, "%"),
 Q("3 hệ thống thú y", 3, "hệ thống thú y"), Q("118 nhân viên thú y", 118, "nhân viên thú y"),
 Q("36 lớp tập huấn", 36, "lớp tập huấn"), Q("hơn 2.000 lượt người chăn nuôi", 2000, "lượt người chăn nuôi", "over"),
 Q("trên 80%", 80, "%", "over"), Q("ít nhất 20 cơ sở an toàn dịch bệnh", 20, "cơ sở an toàn dịch bệnh", "over"),
 Q("12 tập thể", 12, "tập thể"), Q("18 cá nhân tiêu biểu", 18, "cá nhân tiêu biểu")],
[D("Kế hoạch", "84", "KH-UBND", "2025-09-05", "UBND tỉnh", "Kế hoạch số 84/KH-UBND ngày 05/9/2025"),
 D("Quyết định", "742", "QĐ-UBND", "2025-10-20", "UBND tỉnh", "Quyết định số 742/QĐ-UBND ngày 20/10/2025")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Tập Sơn"), com("Long Hiệp")],
["BÁO VĨNH LONG ĐIỆN TỬ", "Trang chủ / Kinh tế / Nông nghiệp", "Ảnh: Toàn cảnh hội nghị tổng kết."],
["Thứ Sáu, 16/01/2026 - 10:30", "năm 2025", "năm 2026", "giai đoạn 2026 - 2030", "năm đầu tiên", "hai cấp"]))

PAGES.append(page("b7731-quangngai-xangoclinh-doithoai-2026", """
ỦY BAN NHÂN DÂN XÃ NGỌC LINH - TỈNH QUẢNG NGÃI
Trang chủ > Tin hoạt động > Kinh tế - Xã hội
13 tháng 3, 2026 | 14:10
Chủ tịch UBND xã Ngọc Linh đối thoại với người chăn nuôi về tiêm phòng vắc xin
Ngày 11/3/2026, UBND xã Ngọc Linh tổ chức hội nghị đối thoại giữa người đứng đầu chính quyền với người chăn nuôi năm 2026, chủ đề "Tiêm phòng vắc xin, bảo vệ đàn vật nuôi". Đồng chí A Thịnh, Phó Bí thư Đảng ủy, Chủ tịch UBND xã chủ trì đối thoại với gần 150 người dân đến từ 12 thôn.
Toàn cảnh buổi đối thoại tại nhà văn hóa thôn Tu Dốp.
Theo báo cáo của UBND xã, toàn xã hiện có 2.480 con trâu, bò, 5.600 con heo và khoảng 21.000 con gà, chủ yếu nuôi thả rông theo tập quán của đồng bào Xơ Đăng. Năm 2025, dịch tả heo châu Phi xảy ra ở 5 thôn, làm chết 430 con heo; tỷ lệ tiêm phòng lở mồm long móng trên đàn trâu, bò chỉ đạt 54%.
Tại buổi đối thoại, ông A Khuê, thôn Tu Dốp, hỏi vì sao heo được tiêm rồi vẫn bị bệnh. Bà Y Ngọc, thôn Lê Văng, phản ánh cán bộ thú y đến tiêm không báo trước nên nhiều nhà không kịp lùa trâu về. Ông A Blíu, già làng thôn Đăk Xay, đề nghị xã hỗ trợ lưới B40 và xi măng để bà con làm chuồng nuôi nhốt heo.
Trả lời người dân, ông Hồ Văn Tín, Trưởng Trạm Chăn nuôi và Thú y khu vực Đăk Glei, giải thích vắc xin lở mồm long móng, tụ huyết trùng không phòng được bệnh dịch tả heo châu Phi; năm 2026 tỉnh cấp miễn phí cho xã 1.200 liều vắc xin dịch tả heo châu Phi theo Quyết định số 215/QĐ-UBND ngày 27/01/2026 của UBND tỉnh Quảng Ngãi. Đồng chí A Thịnh cho biết xã sẽ dành 180 triệu đồng từ nguồn Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số hỗ trợ mỗi hộ nghèo làm chuồng tối đa 3 triệu đồng, ưu tiên 60 hộ nghèo trước.
Đồng chí Y Hiền, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, cho biết Mặt trận sẽ phối hợp với người có uy tín ở 12 thôn thông báo lịch tiêm phòng trước 3 ngày trên loa và tại nhà rông. Kết thúc hội nghị, 17 ý kiến đã được trả lời trực tiếp; 4 ý kiến được giao các bộ phận chuyên môn giải quyết, trả lời bằng văn bản trong tháng 3/2026 theo Kế hoạch số 28/KH-UBND ngày 20/02/2026 của UBND xã.
Cũng tại buổi đối thoại, đồng chí A Thịnh đề nghị Đoàn Thanh niên xã thành lập 6 đội thanh niên tình nguyện hỗ trợ cán bộ thú y lùa, giữ trâu, bò khi tiêm phòng; phấn đấu đến cuối năm 2026 tỷ lệ tiêm phòng lở mồm long móng của xã đạt từ 75% trở lên, không để dịch tả heo châu Phi tái phát.
Văn phòng HĐND - UBND xã Ngọc Linh
Tin liên quan
- Xã Ngọc Linh ra quân tiêm phòng vụ xuân năm 2026 (05/03/2026)
- Hội Nông dân xã hỗ trợ hội viên nuôi heo đen bản địa (24/02/2026)
- Xã Ngọc Linh tổng kết công tác năm 2025 (16/01/2026)
- Trao quà Tết cho hộ nghèo (10/02/2026)
""", "2026-03-13", "Chủ tịch UBND xã Ngọc Linh đối thoại với người chăn nuôi về tiêm phòng vắc xin",
E("doi_thoai", "2026", "2026-03-11"),
[P("A Thịnh", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã", "Chủ tịch UBND xã Ngọc Linh"),
 P("A Khuê"), P("Y Ngọc"),
 P("A Blíu", "già làng thôn Đăk Xay"),
 P("Hồ Văn Tín", "Trưởng Trạm Chăn nuôi và Thú y khu vực Đăk Glei"),
 P("Y Hiền", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã")],
[Q("gần 150 người dân", 150, "người dân", "approx"), Q("12 thôn", 12, "thôn"),
 Q("2.480 con trâu, bò", 2480, "con trâu, bò"), Q("5.600 con heo", 5600, "con heo"),
 Q("khoảng 21.000 con gà", 21000, "con gà", "approx"), Q("5 thôn", 5, "thôn"), Q("430 con heo", 430, "con heo"),
 Q("54%", 54, "%"), Q("1.200 liều vắc xin dịch tả heo châu Phi", 1200, "liều vắc xin dịch tả heo châu Phi"),
 Q("180 triệu đồng", 180000000, "đồng"), Q("tối đa 3 triệu đồng", 3000000, "đồng"),
 Q("60 hộ nghèo", 60, "hộ nghèo"), Q("17 ý kiến", 17, "ý kiến"), Q("4 ý kiến", 4, "ý kiến"), Q("6 đội thanh niên tình nguyện", 6, "đội thanh niên tình nguyện"), Q("từ 75% trở lên", 75, "%", "over")],
[D("Quyết định", "215", "QĐ-UBND", "2026-01-27", "UBND tỉnh Quảng Ngãi", "Quyết định số 215/QĐ-UBND ngày 27/01/2026"),
 D("Kế hoạch", "28", "KH-UBND", "2026-02-20", "UBND xã", "Kế hoạch số 28/KH-UBND ngày 20/02/2026")],
[prov("Quảng Ngãi"), com("Ngọc Linh")],
["ỦY BAN NHÂN DÂN XÃ NGỌC LINH - TỈNH QUẢNG NGÃI", "Trang chủ > Tin hoạt động > Kinh tế - Xã hội",
 "Toàn cảnh buổi đối thoại tại nhà văn hóa thôn Tu Dốp.", "Tiêm phòng vắc xin, bảo vệ đàn vật nuôi",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số",
 "Văn phòng HĐND - UBND xã Ngọc Linh"],
["13 tháng 3, 2026 | 14:10", "Năm 2025", "năm 2026", "3 ngày", "tháng 3/2026", "lưới B40"]))

PAGES.append(page("b7732-phutho-bcd-giaoban-q1-2026", """
BÁO PHÚ THỌ ĐIỆN TỬ
Kinh tế › Nông nghiệp - Nông thôn
Thứ Sáu, ngày 10/4/2026
Phú Thọ: Không để cúm gia cầm, dịch tả lợn châu Phi bùng phát
(PTO) - Ngày 9/4, Ban Chỉ đạo phòng, chống dịch bệnh động vật tỉnh Phú Thọ họp giao ban đánh giá công tác phòng, chống dịch quý I/2026, triển khai nhiệm vụ quý II. Đồng chí Quách Văn Lượng, Phó Chủ tịch UBND tỉnh, Trưởng ban chủ trì.
Đồng chí Quách Văn Lượng kết luận cuộc họp giao ban.
Quý I, trên địa bàn tỉnh xảy ra 2 ổ dịch cúm gia cầm A/H5N1 tại xã Lạc Sơn và xã Mường Bi, tiêu hủy 3.450 con gà, vịt; bệnh Dịch tả lợn châu Phi phát sinh tại 19 hộ ở 7 xã, phường, tiêu hủy 264 con lợn, trọng lượng hơn 15 tấn. Đợt tiêm phòng vụ xuân đã tiêm 2,74 triệu liều vắc xin cúm gia cầm, 126.000 liều vắc xin lở mồm long móng và 48.500 liều vắc xin Dịch tả lợn châu Phi; tỷ lệ tiêm phòng trên đàn gia cầm đạt 78,5%, trên đàn lợn đạt 41%.
Theo ông Bùi Văn Nghĩa, Giám đốc Sở Nông nghiệp và Môi trường, sau hợp nhất ba tỉnh Phú Thọ, Vĩnh Phúc, Hòa Bình, tỉnh có hơn 2,1 triệu con lợn và trên 32 triệu con gia cầm, là địa phương chăn nuôi lớn của miền Bắc. Các xã vùng cao có đông đồng bào Mường, Dao chăn nuôi nhỏ lẻ, tỷ lệ tiêm phòng còn thấp. Tỉnh đã thực hiện Kế hoạch số 35/KH-UBND ngày 14/01/2026 của UBND tỉnh về tiêm phòng năm 2026 và Nghị quyết số 08/2026/NQ-HĐND của HĐND tỉnh quy định mức hỗ trợ từ 35.000 đồng đến 45.000 đồng/kg lợn hơi bị tiêu hủy.
Tại cuộc họp, bà Đinh Thị Hiền, Chủ tịch UBND xã Mường Bi, cho biết xã đã huy động 46 cán bộ, đoàn viên cùng thú y viên đến từng hộ vận động tiêm phòng, đến nay 85% số hộ đã đăng ký. Ông Triệu Tiến Mạnh, Chủ tịch UBND xã Tam Đảo, đề nghị tỉnh bổ sung 5.000 liều vắc xin cúm gia cầm cho các trại gà đẻ quy mô trên 2.000 con. Đồng chí Hà Văn Sơn, UVBCH Hội Nông dân tỉnh, Chủ tịch Hội Nông dân xã Lạc Sơn, kiến nghị tiếp tục cho hội viên vay vốn tái đàn.
Kết luận giao ban, đồng chí Quách Văn Lượng yêu cầu quý II các xã, phường tiếp tục tiêm phòng bổ sung, bảo đảm tỷ lệ tiêm đạt trên 80% tổng đàn gia cầm; kiểm soát chặt vận chuyển động vật qua 4 chốt kiểm dịch ở các tuyến giáp Hà Nội, Sơn La, Tuyên Quang; chi trả dứt điểm 3,2 tỷ đồng hỗ trợ tiêu hủy lợn trước ngày 30/4/2026. Sở Nông nghiệp và Môi trường chủ trì xây dựng Kế hoạch 52, 53/KH-SNNMT về giám sát dịch bệnh và cấp phát vắc xin quý II.
Minh Hương
Tin liên quan
- Xã Mường Bi ra mắt tổ chăn nuôi an toàn sinh học (02/04/2026)
- Phú Thọ tiêm phòng vụ xuân cho đàn vật nuôi (20/03/2026)
- Tam Đảo: hỗ trợ người chăn nuôi tái đàn sau dịch (11/03/2026)
""", "2026-04-10", "Phú Thọ: Không để cúm gia cầm, dịch tả lợn châu Phi bùng phát",
E("giao_ban", "2026-Q1", "2026-04-09"),
[P("Quách Văn Lượng", "Phó Chủ tịch UBND tỉnh", "Trưởng ban"),
 P("Bùi Văn Nghĩa", "Giám đốc Sở Nông nghiệp và Môi trường"),
 P("Đinh Thị Hiền", "Chủ tịch UBND xã Mường Bi"),
 P("Triệu Tiến Mạnh", "Chủ tịch UBND xã Tam Đảo"),
 P("Hà Văn Sơn", "UVBCH Hội Nông dân tỉnh", "Chủ tịch Hội Nông dân xã Lạc Sơn")],
[Q("2 ổ dịch cúm gia cầm A/H5N1", 2, "ổ dịch cúm gia cầm A/H5N1"), Q("3.450 con gà, vịt", 3450, "con gà, vịt"),
 Q("19 hộ", 19, "hộ"), Q("7 xã, phường", 7, "xã, phường"), Q("264 con lợn", 264, "con lợn"),
 Q("hơn 15 tấn", 15, "tấn", "over"), Q("2,74 triệu liều vắc xin cúm gia cầm", 2740000, "liều vắc xin cúm gia cầm"),
 Q("126.000 liều vắc xin lở mồm long móng", 126000, "liều vắc xin lở mồm long móng"),
 Q("48.500 liều vắc xin Dịch tả lợn châu Phi", 48500, "liều vắc xin Dịch tả lợn châu Phi"),
 Q("78,5%", 78.5, "%"), Q("41%", 41, "%"), Q("hơn 2,1 triệu con lợn", 2100000, "con lợn", "over"),
 Q("trên 32 triệu con gia cầm", 32000000, "con gia cầm", "over"),
 Q("35.000 đồng", 35000, "đồng"), Q("45.000 đồng", 45000, "đồng"),
 Q("46 cán bộ, đoàn viên", 46, "cán bộ, đoàn viên"), Q("85%", 85, "%"),
 Q("5.000 liều vắc xin cúm gia cầm", 5000, "liều vắc xin cúm gia cầm"), Q("trên 2.000 con", 2000, "con", "over"),
 Q("trên 80%", 80, "%", "over"), Q("4 chốt kiểm dịch", 4, "chốt kiểm dịch"), Q("3,2 tỷ đồng", 3200000000, "đồng")],
[D("Kế hoạch", "35", "KH-UBND", "2026-01-14", "UBND tỉnh", "Kế hoạch số 35/KH-UBND ngày 14/01/2026"),
 D("Nghị quyết", "08", "2026/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 08/2026/NQ-HĐND"),
 D("Kế hoạch", "52", "KH-SNNMT", None, "Sở Nông nghiệp và Môi trường", "Kế hoạch 52, 53/KH-SNNMT"),
 D("Kế hoạch", "53", "KH-SNNMT", None, "Sở Nông nghiệp và Môi trường", "Kế hoạch 52, 53/KH-SNNMT")],
[prov("Phú Thọ"), prov("Vĩnh Phúc"), prov("Hòa Bình"), com("Lạc Sơn"), com("Mường Bi"), com("Tam Đảo"),
 prov("Hà Nội"), prov("Sơn La"), prov("Tuyên Quang")],
["BÁO PHÚ THỌ ĐIỆN TỬ", "Kinh tế › Nông nghiệp - Nông thôn", "(PTO)",
 "Đồng chí Quách Văn Lượng kết luận cuộc họp giao ban."],
["Thứ Sáu, ngày 10/4/2026", "quý I/2026", "quý II", "năm 2026"]))
