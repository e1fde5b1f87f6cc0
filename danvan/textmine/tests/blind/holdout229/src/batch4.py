from lib import *
PAGES = []

PAGES.append(page("b5471-lamdong-quangson-taphuan-2025", """
BÁO LÂM ĐỒNG
Trang chủ » Chính trị » Pháp luật - Đời sống
Cập nhật: 16:20, 12/09/2025 (GMT+7)
Trang bị kiến thức hòa giải, trợ giúp pháp lý cho cán bộ cơ sở vùng đồng bào Mnông
Học viên thảo luận tình huống tại lớp tập huấn. Ảnh: Ngọc Hân
(LĐ) - Trong 2 ngày 10 và 11/9, Sở Tư pháp tỉnh Lâm Đồng phối hợp với Ban Tuyên giáo và Dân vận Tỉnh ủy và Ủy ban MTTQ Việt Nam tỉnh tổ chức lớp tập huấn nghiệp vụ hòa giải ở cơ sở, trợ giúp pháp lý năm 2025 tại xã Quảng Sơn cho 135 học viên là hòa giải viên, trưởng bon, người có uy tín và công chức tư pháp của 14 xã khu vực phía Bắc tỉnh (địa bàn tỉnh Đắk Nông trước đây).
Dự khai mạc có đồng chí Tôn Thị Ngọc Hạnh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; đồng chí Y Quang Bon Jốc, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Nông dân tỉnh; đồng chí Lê Thị Hải Yến, Phó Giám đốc Sở Tư pháp.
Phát biểu khai mạc, đồng chí Tôn Thị Ngọc Hạnh cho biết, sau khi hợp nhất 3 tỉnh Lâm Đồng, Đắk Nông, Bình Thuận, toàn tỉnh có 124 xã, phường, đặc khu với 3.418 tổ hòa giải và trên 21.000 hòa giải viên. 8 tháng năm 2025, các tổ hòa giải đã tiếp nhận 2.046 vụ việc, hòa giải thành 1.803 vụ việc, đạt 88,1%. Nhiều vụ tranh chấp đất đai giữa đồng bào tại chỗ và đồng bào di cư tự do được giải quyết ngay tại bon, bản.
Các học viên được truyền đạt 4 chuyên đề: Luật Hòa giải ở cơ sở và Nghị định số 15/2014/NĐ-CP của Chính phủ; Luật Trợ giúp pháp lý số 11/2017/QH14; kỹ năng hòa giải tranh chấp đất đai; vai trò của Ban công tác Mặt trận trong hòa giải theo Nghị quyết liên tịch số 01/2014/NQLT/CP-UBTWMTTQVN. Lớp học thực hiện theo Kế hoạch số 356/KH-UBND ngày 18/8/2025 của UBND tỉnh và Hướng dẫn 09, 10-HD/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy về công tác dân vận sau sắp xếp tổ chức bộ máy.
Tại lớp học, ông Điểu K'Rê, người có uy tín bon Bu Nơr, xã Quảng Sơn, chia sẻ việc hòa giải 6 hộ người Mnông và 4 hộ người Mông di cư tranh chấp hơn 8 ha đất rẫy. Bà Thị Hoa, Trưởng bon Đắk Ro, đề nghị có thêm tài liệu bằng tiếng Mnông. Ông H'Lung Niê Kdăm, công chức Tư pháp - Hộ tịch xã Đắk Wil, nêu khó khăn khi một xã mới phải quản lý tới 46 thôn, bon.
Trả lời các ý kiến, bà Lê Thị Hải Yến cho biết, Sở đang biên soạn 3.000 cuốn sổ tay hòa giải song ngữ Việt - Mnông, Việt - K'Ho; từ nay đến cuối năm 2025 sẽ tổ chức thêm 6 lớp tương tự cho khoảng 800 hòa giải viên ở khu vực phía Nam tỉnh. Mỗi học viên được hỗ trợ 200.000 đồng/ngày; tổng kinh phí lớp học hơn 95 triệu đồng.
Ngọc Hân
Tin liên quan
- Lâm Đồng: kiện toàn 3.418 tổ hòa giải sau hợp nhất (28/08/2025)
- Xã Đắk Mil đối thoại với nhân dân về tranh chấp đất đai (20/08/2025)
- Trợ giúp pháp lý lưu động tại đặc khu Phú Quý (05/08/2025)
""", "2025-09-12", "Trang bị kiến thức hòa giải, trợ giúp pháp lý cho cán bộ cơ sở vùng đồng bào Mnông",
E("tap_huan", "2025", "2025-09-10"),
[P("Tôn Thị Ngọc Hạnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Y Quang Bon Jốc", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Nông dân tỉnh"),
 P("Lê Thị Hải Yến", "Phó Giám đốc Sở Tư pháp"),
 P("Điểu K'Rê", "người có uy tín bon Bu Nơr"),
 P("Thị Hoa", "Trưởng bon Đắk Ro"),
 P("H'Lung Niê Kdăm", "công chức Tư pháp - Hộ tịch xã Đắk Wil")],
[Q("135 học viên", 135, "học viên"), Q("14 xã", 14, "xã"), Q("3 tỉnh", 3, "tỉnh"), Q("124 xã, phường, đặc khu", 124, "xã, phường, đặc khu"),
 Q("3.418 tổ hòa giải", 3418, "tổ hòa giải"), Q("trên 21.000 hòa giải viên", 21000, "hòa giải viên", "over"),
 Q("2.046 vụ việc", 2046, "vụ việc"), Q("1.803 vụ việc", 1803, "vụ việc"), Q("88,1%", 88.1, "%"), Q("4 chuyên đề", 4, "chuyên đề"),
 Q("6 hộ người Mnông", 6, "hộ người Mnông"), Q("4 hộ người Mông di cư", 4, "hộ người Mông di cư"), Q("hơn 8 ha", 8, "ha", "over"),
 Q("46 thôn, bon", 46, "thôn, bon"), Q("3.000 cuốn sổ tay hòa giải song ngữ", 3000, "cuốn sổ tay hòa giải song ngữ"),
 Q("6 lớp", 6, "lớp"), Q("khoảng 800 hòa giải viên", 800, "hòa giải viên", "approx"), Q("200.000 đồng", 200000, "đồng"),
 Q("hơn 95 triệu đồng", 95000000, "đồng", "over")],
[D("Nghị định", "15", "2014/NĐ-CP", None, "Chính phủ", "Nghị định số 15/2014/NĐ-CP"),
 D("Luật", "11", "2017/QH14", None, None, "Luật Trợ giúp pháp lý số 11/2017/QH14"),
 D("Nghị quyết liên tịch", "01", "2014/NQLT/CP-UBTWMTTQVN", None, None, "Nghị quyết liên tịch số 01/2014/NQLT/CP-UBTWMTTQVN"),
 D("Kế hoạch", "356", "KH-UBND", "2025-08-18", "UBND tỉnh", "Kế hoạch số 356/KH-UBND ngày 18/8/2025"),
 D("Hướng dẫn", "09", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn 09, 10-HD/BTGDVTU"),
 D("Hướng dẫn", "10", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn 09, 10-HD/BTGDVTU")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Quảng Sơn"), com("Đắk Wil")],
["BÁO LÂM ĐỒNG", "Trang chủ » Chính trị » Pháp luật - Đời sống", "Học viên thảo luận tình huống tại lớp tập huấn. Ảnh: Ngọc Hân",
 "(LĐ)", "Luật Hòa giải ở cơ sở"],
["Cập nhật: 16:20, 12/09/2025 (GMT+7)", "2 ngày", "năm 2025", "8 tháng năm 2025", "cuối năm 2025"]))

PAGES.append(page("b5472-dongnai-btgdv-giaoban-2026", """
BÁO ĐỒNG NAI ĐIỆN TỬ
Thời sự › Chính trị › Dân vận
03/04/2026 - 10:05
Giao ban công tác dân vận quý I/2026: nâng chất hòa giải ở vùng đồng bào S'tiêng
Quang cảnh giao ban tại hội trường Tỉnh ủy.
Ngày 2/4, Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Nai tổ chức hội nghị giao ban công tác dân vận quý I năm 2026 với Ủy ban MTTQ Việt Nam tỉnh, Sở Tư pháp, Công an tỉnh và đại diện Đảng ủy các xã vùng đồng bào dân tộc thiểu số thuộc địa bàn tỉnh Bình Phước trước đây. Đồng chí Huỳnh Thị Hằng Nga, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì.
Báo cáo tại giao ban cho thấy, quý I/2026, 2.964 tổ hòa giải trên địa bàn tỉnh đã tiếp nhận 1.127 vụ việc, hòa giải thành 986 vụ việc, đạt 87,5%; riêng 21 xã có đông đồng bào S'tiêng, Mnông, Khmer phát sinh 143 vụ việc, hòa giải thành 131 vụ việc. Trung tâm Trợ giúp pháp lý nhà nước tỉnh thụ lý 318 vụ việc, tổ chức 12 đợt trợ giúp lưu động cho khoảng 1.100 lượt người. Các cơ quan khối dân vận phối hợp tiếp 64 lượt công dân, nhận 47 đơn thư, kiến nghị, tăng 9 đơn so với quý IV/2025.
Ông Điểu Minh Trung, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Trưởng ban Dân tộc - Tôn giáo, cho biết Mặt trận đã giám sát hoạt động hòa giải tại 18 xã theo Kế hoạch số 07/KH-MTTQ-BTT ngày 15/1/2026 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh. Bà Phạm Thị Thu Hằng, Phó Giám đốc Sở Tư pháp, thông tin Sở đã tham mưu UBND tỉnh ban hành Quyết định số 412/QĐ-UBND ngày 26/2/2026 về kiện toàn Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh và triển khai Nghị quyết số 66-NQ/TW của Bộ Chính trị về đổi mới công tác xây dựng và thi hành pháp luật.
Các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Lê Văn Quý, Điểu Thị Hương, Nguyễn Hoàng Phúc phát biểu, đề nghị chú trọng hòa giải các vụ tranh chấp đất rẫy điều, cao su giữa đồng bào S'tiêng với người mua đất, nợ vay qua ứng dụng, mâu thuẫn khi chia đất cho con. Ông Điểu Lanh, Bí thư Đảng ủy xã Bù Gia Mập, cho biết xã đã xây dựng 3 mô hình "Sóc không có đơn thư vượt cấp", hòa giải thành 100% vụ việc ở sóc Bù Lạch. Bà Thị Rươm, người có uy tín sóc Bom Bo, xã Bom Bo, đề nghị trợ giúp pháp lý cho những hộ bị lừa bán đất.
Kết luận giao ban, đồng chí Huỳnh Thị Hằng Nga đề nghị quý II/2026 các cơ quan tiếp tục thực hiện Kết luận 18, 19-KL/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận ở vùng đồng bào dân tộc thiểu số và về nâng cao hiệu quả hòa giải ở cơ sở; không dưới 90% vụ việc được hòa giải thành; tổ chức đối thoại tại ít nhất 10 xã có nhiều đơn thư; chuẩn bị sơ kết 6 tháng đầu năm.
Minh Thu
Lượt xem: 1.032
Tin cùng chuyên mục
- Xã Phú Nghĩa đối thoại với đồng bào S'tiêng về đất đai (27/03/2026)
- Đồng Nai: 500 hòa giải viên được tập huấn sau hợp nhất (13/03/2026)
- Ban Tuyên giáo và Dân vận Tỉnh ủy gặp mặt người có uy tín (20/02/2026)
""", "2026-04-03", "Giao ban công tác dân vận quý I/2026: nâng chất hòa giải ở vùng đồng bào S'tiêng",
E("giao_ban", "2026-Q1", "2026-04-02"),
[P("Huỳnh Thị Hằng Nga", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Điểu Minh Trung", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Trưởng ban Dân tộc - Tôn giáo"),
 P("Phạm Thị Thu Hằng", "Phó Giám đốc Sở Tư pháp"),
 P("Lê Văn Quý", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Điểu Thị Hương", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Hoàng Phúc", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Điểu Lanh", "Bí thư Đảng ủy xã Bù Gia Mập"),
 P("Thị Rươm", "người có uy tín sóc Bom Bo")],
[Q("2.964 tổ hòa giải", 2964, "tổ hòa giải"), Q("1.127 vụ việc", 1127, "vụ việc"), Q("986 vụ việc", 986, "vụ việc"),
 Q("87,5%", 87.5, "%"), Q("21 xã", 21, "xã"), Q("143 vụ việc", 143, "vụ việc"), Q("131 vụ việc", 131, "vụ việc"),
 Q("318 vụ việc", 318, "vụ việc"), Q("12 đợt trợ giúp lưu động", 12, "đợt trợ giúp lưu động"),
 Q("khoảng 1.100 lượt người", 1100, "lượt người", "approx"), Q("64 lượt công dân", 64, "lượt công dân"),
 Q("47 đơn thư, kiến nghị", 47, "đơn thư, kiến nghị"), Q("9 đơn", 9, "đơn"), Q("18 xã", 18, "xã"), Q("3 mô hình", 3, "mô hình"),
 Q("100%", 100, "%"), Q("không dưới 90%", 90, "%", "over"), Q("ít nhất 10 xã", 10, "xã", "over")],
[D("Kế hoạch", "07", "KH-MTTQ-BTT", "2026-01-15", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 07/KH-MTTQ-BTT ngày 15/1/2026"),
 D("Quyết định", "412", "QĐ-UBND", "2026-02-26", "UBND tỉnh", "Quyết định số 412/QĐ-UBND ngày 26/2/2026"),
 D("Nghị quyết", "66", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 66-NQ/TW"),
 D("Kết luận", "18", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 18, 19-KL/TU"),
 D("Kết luận", "19", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 18, 19-KL/TU")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bù Gia Mập"), com("Bom Bo")],
["BÁO ĐỒNG NAI ĐIỆN TỬ", "Thời sự › Chính trị › Dân vận", "Quang cảnh giao ban tại hội trường Tỉnh ủy.",
 "Sóc không có đơn thư vượt cấp", "Lượt xem: 1.032"],
["03/04/2026 - 10:05", "quý I/2026", "quý I năm 2026", "quý IV/2025", "quý II/2026", "6 tháng đầu năm", "Lượt xem: 1.032"]))

PAGES.append(page("b5473-quangngai-trogiupphaply-traoqua-2025", """
BÁO QUẢNG NGÃI ĐIỆN TỬ
Trang chủ | Xã hội | Chính sách
Thứ Sáu, 22/08/2025 - 08:30
Mang trợ giúp pháp lý và 200 suất quà đến đồng bào Xơ Đăng
Trao quà cho đồng bào Xơ Đăng tại xã Đăk Plô.
(Báo Quảng Ngãi) - Ngày 21/8, Trung tâm Trợ giúp pháp lý nhà nước tỉnh Quảng Ngãi phối hợp với Ban Tuyên giáo và Dân vận Tỉnh ủy, Ủy ban MTTQ Việt Nam xã Đăk Plô tổ chức chương trình trợ giúp pháp lý lưu động và trao 200 suất quà cho hộ nghèo, hộ cận nghèo người Xơ Đăng tại xã Đăk Plô (địa bàn tỉnh Kon Tum trước đây).
Tham dự có bà Y Nhung, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; ông Đinh Văn Trúc, Giám đốc Trung tâm Trợ giúp pháp lý nhà nước tỉnh; ông A Rốp, Bí thư Đảng ủy, Chủ tịch HĐND xã Đăk Plô; bà Y Thu Hà, Phó Bí thư Thường trực Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã Đăk Plô.
Tại buổi trợ giúp pháp lý, 5 trợ giúp viên pháp lý và 2 luật sư cộng tác viên đã tư vấn trực tiếp cho 64 trường hợp về đất đai, thừa kế, bảo hiểm y tế, hôn nhân; tiếp nhận 9 yêu cầu trợ giúp pháp lý tham gia tố tụng. Khoảng 350 người dân từ 12 thôn đã dự buổi truyền thông pháp luật về phòng, chống tảo hôn, mua bán người và lừa đảo qua mạng. Ông Đinh Văn Trúc cho biết, sau hợp nhất, Trung tâm có 4 chi nhánh; 7 tháng năm 2025 thực hiện 1.482 vụ việc, trong đó 71% người được trợ giúp là đồng bào dân tộc thiểu số.
Ông A Rốp thông tin, xã Đăk Plô mới có 1.937 hộ, trong đó 684 hộ nghèo, 30 tổ hòa giải; từ ngày 1/7/2025 đến nay đã hòa giải thành 12/14 vụ việc. Xã đang thực hiện Kế hoạch số 09-KH/ĐU ngày 15/7/2025 của Ban Thường vụ Đảng ủy xã về công tác dân vận và Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ. Già làng A Bui, người có uy tín thôn Đăk Plô, mong Trung tâm thường xuyên về tận thôn vì bà con đi lại xa.
Mỗi suất quà gồm 10 kg gạo, nhu yếu phẩm và 300.000 đồng tiền mặt, tổng trị giá mỗi suất 600.000 đồng; tổng giá trị quà là 120 triệu đồng do các doanh nghiệp, nhà hảo tâm ủng hộ qua Ủy ban MTTQ Việt Nam tỉnh. Dịp này, Trung tâm trao 20 suất học bổng cho học sinh người Xơ Đăng, mỗi suất 1 triệu đồng, và tặng 500 tờ gấp pháp luật song ngữ Việt - Xơ Đăng.
Theo Kế hoạch số 38/KH-TGPL ngày 7/7/2025 của Trung tâm Trợ giúp pháp lý nhà nước tỉnh, đến cuối năm 2025 Trung tâm sẽ tổ chức 24 đợt trợ giúp pháp lý lưu động ở các xã miền núi, biên giới; phối hợp với Hội Luật gia tỉnh tư vấn cho ít nhất 2.000 lượt người.
Thanh Phương
Tin liên quan
- Xã Ba Tơ ra mắt tổ hòa giải điểm (14/08/2025)
- Quảng Ngãi kiện toàn 3 chi nhánh trợ giúp pháp lý (01/08/2025)
- Xã Sa Thầy đối thoại với bà con Gia Rai (24/07/2025)
""", "2025-08-22", "Mang trợ giúp pháp lý và 200 suất quà đến đồng bào Xơ Đăng",
E("trao_qua", None, "2025-08-21"),
[P("Y Nhung", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Đinh Văn Trúc", "Giám đốc Trung tâm Trợ giúp pháp lý nhà nước tỉnh"),
 P("A Rốp", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Đăk Plô"),
 P("Y Thu Hà", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã Đăk Plô"),
 P("A Bui", "Già làng", "người có uy tín thôn Đăk Plô")],
[Q("200 suất quà", 200, "suất quà"), Q("5 trợ giúp viên pháp lý", 5, "trợ giúp viên pháp lý"),
 Q("2 luật sư cộng tác viên", 2, "luật sư cộng tác viên"), Q("64 trường hợp", 64, "trường hợp"),
 Q("9 yêu cầu trợ giúp pháp lý", 9, "yêu cầu trợ giúp pháp lý"), Q("Khoảng 350 người dân", 350, "người dân", "approx"),
 Q("12 thôn", 12, "thôn"), Q("4 chi nhánh", 4, "chi nhánh"), Q("1.482 vụ việc", 1482, "vụ việc"), Q("71%", 71, "%"),
 Q("1.937 hộ", 1937, "hộ"), Q("684 hộ nghèo", 684, "hộ nghèo"), Q("30 tổ hòa giải", 30, "tổ hòa giải"),
 Q("12/14 vụ việc", 12, "vụ việc"), Q("10 kg", 10, "kg"), Q("300.000 đồng", 300000, "đồng"), Q("600.000 đồng", 600000, "đồng"),
 Q("120 triệu đồng", 120000000, "đồng"), Q("20 suất học bổng", 20, "suất học bổng"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("500 tờ gấp pháp luật song ngữ", 500, "tờ gấp pháp luật song ngữ"), Q("24 đợt trợ giúp pháp lý lưu động", 24, "đợt trợ giúp pháp lý lưu động"),
 Q("ít nhất 2.000 lượt người", 2000, "lượt người", "over")],
[D("Kế hoạch", "09", "KH/ĐU", "2025-07-15", "Ban Thường vụ Đảng ủy xã", "Kế hoạch số 09-KH/ĐU ngày 15/7/2025"),
 D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg"),
 D("Kế hoạch", "38", "KH-TGPL", "2025-07-07", "Trung tâm Trợ giúp pháp lý nhà nước tỉnh", "Kế hoạch số 38/KH-TGPL ngày 7/7/2025")],
[prov("Quảng Ngãi"), prov("Kon Tum"), com("Đăk Plô")],
["BÁO QUẢNG NGÃI ĐIỆN TỬ", "Trang chủ | Xã hội | Chính sách", "Trao quà cho đồng bào Xơ Đăng tại xã Đăk Plô.", "(Báo Quảng Ngãi)"],
["Thứ Sáu, 22/08/2025 - 08:30", "7 tháng năm 2025", "ngày 1/7/2025", "cuối năm 2025"]))

PAGES.append(page("b5474-angiang-hoiluatgia-daihoi-2026", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH AN GIANG
Trang chủ » Chính trị » Mặt trận - Đoàn thể
Ngày 17/03/2026 | 09:15
Đại hội Hội Luật gia tỉnh An Giang nhiệm kỳ 2026 - 2031: đưa pháp luật về tận ấp, sóc
Ban Chấp hành Hội Luật gia tỉnh nhiệm kỳ 2026 - 2031 ra mắt Đại hội.
Ngày 16/3, tại phường Rạch Giá, Hội Luật gia tỉnh An Giang tổ chức Đại hội đại biểu nhiệm kỳ 2026 - 2031, đại hội đầu tiên sau khi hợp nhất Hội Luật gia hai tỉnh An Giang và Kiên Giang. 210 đại biểu thay mặt cho hơn 4.100 hội viên sinh hoạt ở 96 chi hội về dự.
Dự Đại hội có đồng chí Trần Quốc Hưng, Phó Chủ tịch Trung ương Hội Luật gia Việt Nam; đồng chí Lâm Thị Kim Ngọc, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Nội chính Tỉnh ủy; đồng chí Chau Sóc Khenh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Báo cáo tại Đại hội cho biết, nhiệm kỳ qua Hội Luật gia hai tỉnh đã tư vấn pháp luật miễn phí cho trên 26.500 lượt người, trong đó khoảng 6.800 lượt là đồng bào Khmer, Chăm; tham gia hòa giải thành 1.246 vụ việc; 312 hội viên là thành viên tổ hòa giải ở cơ sở. Các Trung tâm tư vấn pháp luật của Hội tiếp nhận 3.915 yêu cầu, cử luật gia tham gia bào chữa miễn phí 87 vụ án. Hội đã góp ý, phản biện 54 dự thảo văn bản quy phạm pháp luật của hai tỉnh.
Nhiệm kỳ 2026 - 2031, Đại hội đề ra 8 chỉ tiêu, trong đó phát triển ít nhất 600 hội viên mới; 100% chi hội cơ sở tham gia hòa giải, trợ giúp pháp lý; mỗi năm tư vấn miễn phí cho không dưới 5.000 lượt người. Hội tiếp tục thực hiện Chỉ thị số 56-CT/TW của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với Hội Luật gia Việt Nam, Kết luận số 07-KL/TW của Bộ Chính trị và Kế hoạch số 24-KH/TU ngày 12/1/2026 của Ban Thường vụ Tỉnh ủy về sắp xếp các hội quần chúng.
Phát biểu chỉ đạo, đồng chí Lâm Thị Kim Ngọc đề nghị Hội phát huy lợi thế đội ngũ luật gia là thẩm phán, kiểm sát viên, luật sư đã nghỉ hưu, tham gia hòa giải tranh chấp đất đai ở các xã biên giới và vùng đồng bào Khmer; phối hợp với Trung tâm Trợ giúp pháp lý nhà nước tỉnh thực hiện Quyết định số 1019/QĐ-TTg của Thủ tướng Chính phủ.
Đại hội đã bầu Ban Chấp hành nhiệm kỳ 2026 - 2031 gồm 35 đồng chí. Đồng chí Trương Văn Ninh, Phó Chánh án Tòa án nhân dân tỉnh, được tín nhiệm giữ chức Chủ tịch Hội Luật gia tỉnh nhiệm kỳ 2026 - 2031. Các đồng chí Danh Út, Haji Mu Sa, Nguyễn Thị Bé Năm được bầu làm Phó Chủ tịch Hội Luật gia tỉnh. Luật gia Néang Sa Phươl, Chi hội trưởng Chi hội Luật gia xã Tri Tôn, được bầu vào Ban Thường vụ Hội.
Dịp này, Trung ương Hội Luật gia Việt Nam tặng Bằng khen cho 6 tập thể, 15 cá nhân; Hội trao 50 suất học bổng "Tiếp bước luật gia", mỗi suất 2 triệu đồng, cho sinh viên luật nghèo.
Hữu Huynh
Tin liên quan
- An Giang: 3.300 tổ hòa giải ở cơ sở được kiện toàn (05/03/2026)
- Hội Luật gia tư vấn pháp luật tại đặc khu Phú Quốc (24/02/2026)
- Xã Tri Tôn đối thoại với đồng bào Khmer (10/02/2026)
""", "2026-03-17", "Đại hội Hội Luật gia tỉnh An Giang nhiệm kỳ 2026 - 2031: đưa pháp luật về tận ấp, sóc",
E("dai_hoi", None, "2026-03-16"),
[P("Trần Quốc Hưng", "Phó Chủ tịch Trung ương Hội Luật gia Việt Nam"),
 P("Lâm Thị Kim Ngọc", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Nội chính Tỉnh ủy"),
 P("Chau Sóc Khenh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trương Văn Ninh", "Phó Chánh án Tòa án nhân dân tỉnh", "Chủ tịch Hội Luật gia tỉnh nhiệm kỳ 2026 - 2031"),
 P("Danh Út", "Phó Chủ tịch Hội Luật gia tỉnh"),
 P("Haji Mu Sa", "Phó Chủ tịch Hội Luật gia tỉnh"),
 P("Nguyễn Thị Bé Năm", "Phó Chủ tịch Hội Luật gia tỉnh"),
 P("Néang Sa Phươl", "Luật gia", "Chi hội trưởng Chi hội Luật gia xã Tri Tôn")],
[Q("210 đại biểu", 210, "đại biểu"), Q("hơn 4.100 hội viên", 4100, "hội viên", "over"), Q("96 chi hội", 96, "chi hội"),
 Q("trên 26.500 lượt người", 26500, "lượt người", "over"), Q("khoảng 6.800 lượt", 6800, "lượt", "approx"),
 Q("1.246 vụ việc", 1246, "vụ việc"), Q("312 hội viên", 312, "hội viên"), Q("3.915 yêu cầu", 3915, "yêu cầu"),
 Q("87 vụ án", 87, "vụ án"), Q("54 dự thảo văn bản quy phạm pháp luật", 54, "dự thảo văn bản quy phạm pháp luật"),
 Q("8 chỉ tiêu", 8, "chỉ tiêu"), Q("ít nhất 600 hội viên mới", 600, "hội viên mới", "over"), Q("100%", 100, "%"),
 Q("không dưới 5.000 lượt người", 5000, "lượt người", "over"), Q("35 đồng chí", 35, "đồng chí"), Q("6 tập thể", 6, "tập thể"),
 Q("15 cá nhân", 15, "cá nhân"), Q("50 suất học bổng", 50, "suất học bổng"), Q("2 triệu đồng", 2000000, "đồng")],
[D("Chỉ thị", "56", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 56-CT/TW"),
 D("Kết luận", "07", "KL/TW", None, "Bộ Chính trị", "Kết luận số 07-KL/TW"),
 D("Kế hoạch", "24", "KH/TU", "2026-01-12", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 24-KH/TU ngày 12/1/2026"),
 D("Quyết định", "1019", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1019/QĐ-TTg")],
[prov("An Giang"), prov("Kiên Giang"), com("Rạch Giá"), com("Tri Tôn")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH AN GIANG", "Trang chủ » Chính trị » Mặt trận - Đoàn thể",
 "Ban Chấp hành Hội Luật gia tỉnh nhiệm kỳ 2026 - 2031 ra mắt Đại hội.", "Tiếp bước luật gia"],
["Ngày 17/03/2026 | 09:15", "nhiệm kỳ 2026 - 2031", "35 đồng chí", "Nhiệm kỳ 2026 - 2031"]))

PAGES.append(page("b5475-dienbien-hdnd-giamsat-2014", """
ĐIỆN BIÊN PHỦ ONLINE - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH ĐIỆN BIÊN
Tin tức › Chính trị › Dân cử
Thứ Sáu, 03/10/2014 - 16:45
Giám sát công tác trợ giúp pháp lý, hòa giải ở cơ sở tại Mường Nhé
Đoàn giám sát làm việc với UBND huyện Mường Nhé.
ĐBP - Ngày 2/10, Ban Pháp chế HĐND tỉnh Điện Biên phối hợp Ban Dân vận Tỉnh ủy và Ủy ban MTTQ tỉnh giám sát việc thực hiện chính sách trợ giúp pháp lý và hòa giải ở cơ sở năm 2014 tại huyện Mường Nhé. Đoàn do ông Lò Văn Phương, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Pháp chế HĐND tỉnh làm trưởng đoàn; cùng đi có bà Quàng Thị Mai, Phó Trưởng Ban Dân vận Tỉnh ủy và ông Giàng A Dế, Phó Chủ tịch Ủy ban MTTQ tỉnh.
Theo báo cáo của UBND huyện, Mường Nhé có 11 xã với 119 bản; 9 tháng năm 2014, 119 tổ hòa giải với 612 hòa giải viên tiếp nhận 138 vụ việc, hòa giải thành 117 vụ việc, đạt 84,8%. Chi nhánh Trợ giúp pháp lý số 2 thực hiện 96 vụ việc, tổ chức 8 đợt trợ giúp lưu động cho trên 1.200 lượt người; tuy vậy mới có 14 bản được phủ sóng thông tin về trợ giúp pháp lý. Huyện đã cấp 2.300 cuốn tài liệu cho người có uy tín và hòa giải viên; kinh phí hỗ trợ hòa giải là 96,5 triệu đồng.
Huyện thực hiện Luật Hòa giải ở cơ sở số 35/2013/QH13, Quyết định số 59/2012/QĐ-TTg của Thủ tướng Chính phủ về chính sách trợ giúp pháp lý cho người nghèo, đồng bào dân tộc thiểu số tại các xã nghèo, và Kết luận 07, 08-KL/HU của Ban Thường vụ Huyện ủy về công tác dân vận vùng đồng bào Mông sau vụ việc tụ tập đông người năm 2011.
Trực tiếp giám sát tại xã Chung Chải và xã Sen Thượng, đoàn ghi nhận 6 vụ tranh chấp đất nương giữa các dòng họ Mông, 3 vụ việc truyền đạo trái pháp luật đã được tổ hòa giải phối hợp công an xã xử lý. Ông Sùng A Lử, Chủ tịch UBND xã Chung Chải cho biết, xã có 1.112 hộ, 87% là hộ nghèo; nhiều hòa giải viên không biết chữ phổ thông. Ông Chang Chừ Thồ, người có uy tín bản Tả Ló San, xã Sen Thượng, đề nghị trợ giúp pháp lý bằng tiếng Hà Nhì. Bà Lò Thị Xiêng, Chủ tịch Hội LHPN xã Sen Thượng, đề nghị tăng cường tuyên truyền phòng, chống mua bán phụ nữ qua biên giới.
Kết luận giám sát, ông Lò Văn Phương đề nghị UBND huyện bố trí ít nhất 1 cán bộ tư pháp người dân tộc ở mỗi xã; rà soát, kiện toàn 100% tổ hòa giải trước ngày 31/12; phối hợp Sở Tư pháp tổ chức ít nhất 5 đợt trợ giúp lưu động trong quý IV. Đoàn sẽ báo cáo kết quả tại kỳ họp thứ 12 HĐND tỉnh khóa XIII.
Ngay sau buổi giám sát, đoàn đã đến thăm và tặng 20 suất quà cho hòa giải viên là người có hoàn cảnh khó khăn, mỗi suất trị giá 300.000 đồng.
Quang Hưng
Tin khác
- Điện Biên Đông: tập huấn Luật Hòa giải ở cơ sở cho 200 hòa giải viên (25/09/2014)
- HĐND tỉnh giám sát Chương trình 135 tại Tủa Chùa (16/09/2014)
- Nậm Pồ ra mắt tổ hòa giải ở bản giáp biên (05/09/2014)
""", "2014-10-03", "Giám sát công tác trợ giúp pháp lý, hòa giải ở cơ sở tại Mường Nhé",
E("giam_sat", "2014", "2014-10-02"),
[P("Lò Văn Phương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Pháp chế HĐND tỉnh"),
 P("Quàng Thị Mai", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Giàng A Dế", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Sùng A Lử", "Chủ tịch UBND xã Chung Chải"),
 P("Chang Chừ Thồ", "người có uy tín bản Tả Ló San"),
 P("Lò Thị Xiêng", "Chủ tịch Hội LHPN xã Sen Thượng")],
[Q("11 xã", 11, "xã"), Q("119 bản", 119, "bản"), Q("119 tổ hòa giải", 119, "tổ hòa giải"), Q("612 hòa giải viên", 612, "hòa giải viên"),
 Q("138 vụ việc", 138, "vụ việc"), Q("117 vụ việc", 117, "vụ việc"), Q("84,8%", 84.8, "%"), Q("96 vụ việc", 96, "vụ việc"),
 Q("8 đợt trợ giúp lưu động", 8, "đợt trợ giúp lưu động"), Q("trên 1.200 lượt người", 1200, "lượt người", "over"),
 Q("14 bản", 14, "bản"), Q("2.300 cuốn tài liệu", 2300, "cuốn tài liệu"), Q("96,5 triệu đồng", 96500000, "đồng"),
 Q("6 vụ tranh chấp đất nương", 6, "vụ tranh chấp đất nương"), Q("3 vụ việc truyền đạo trái pháp luật", 3, "vụ việc truyền đạo trái pháp luật"),
 Q("1.112 hộ", 1112, "hộ"), Q("87%", 87, "%"), Q("ít nhất 1 cán bộ tư pháp người dân tộc", 1, "cán bộ tư pháp người dân tộc", "over"),
 Q("100%", 100, "%"), Q("ít nhất 5 đợt trợ giúp lưu động", 5, "đợt trợ giúp lưu động", "over"), Q("20 suất quà", 20, "suất quà"),
 Q("300.000 đồng", 300000, "đồng")],
[D("Luật", "35", "2013/QH13", None, None, "Luật Hòa giải ở cơ sở số 35/2013/QH13"),
 D("Quyết định", "59", "2012/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 59/2012/QĐ-TTg"),
 D("Kết luận", "07", "KL/HU", None, "Ban Thường vụ Huyện ủy", "Kết luận 07, 08-KL/HU"),
 D("Kết luận", "08", "KL/HU", None, "Ban Thường vụ Huyện ủy", "Kết luận 07, 08-KL/HU")],
[prov("Điện Biên"), com("Chung Chải"), com("Sen Thượng")],
["ĐIỆN BIÊN PHỦ ONLINE - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH ĐIỆN BIÊN", "Tin tức › Chính trị › Dân cử",
 "Đoàn giám sát làm việc với UBND huyện Mường Nhé.", "ĐBP", "Chi nhánh Trợ giúp pháp lý số 2"],
["Thứ Sáu, 03/10/2014 - 16:45", "năm 2014", "9 tháng năm 2014", "năm 2011", "ngày 31/12", "quý IV", "kỳ họp thứ 12", "khóa XIII",
 "Chi nhánh Trợ giúp pháp lý số 2"]))

PAGES.append(page("b5476-hcm-tandinh-hoinghi-2026", """
Chủ Nhật, 18/01/2026
CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG TÂN ĐỊNH - THÀNH PHỐ HỒ CHÍ MINH
You are here: Trang chủ > Tin tức > Phổ biến, giáo dục pháp luật
Ngày đăng 16/01/2026 | 15:10
Phường Tân Định triển khai công tác hòa giải ở cơ sở, trợ giúp pháp lý năm 2026
Đồng chí Võ Thị Thanh Tâm phát biểu tại hội nghị.
Chiều 15/1, UBND phường Tân Định phối hợp với Ủy ban MTTQ Việt Nam phường tổ chức hội nghị triển khai công tác hòa giải ở cơ sở và trợ giúp pháp lý năm 2026, đồng thời ký kết Quy chế phối hợp số 02/QCPH-UBND-MTTQ giữa UBND phường và Ban Thường trực Ủy ban MTTQ Việt Nam phường. Dự hội nghị có đồng chí Võ Thị Thanh Tâm, Thành ủy viên, Bí thư Đảng ủy phường Tân Định; đồng chí Lý Quốc Bảo, Phó Bí thư Đảng ủy, Chủ tịch UBND phường; đồng chí Đặng Minh Trí, Phó Giám đốc Trung tâm Trợ giúp pháp lý nhà nước Thành phố Hồ Chí Minh.
Theo báo cáo, phường Tân Định (được thành lập trên cơ sở sắp xếp phường Tân Định và một phần các phường Đa Kao, phường 8, quận 3 cũ) có 64 khu phố, 64 tổ hòa giải với 389 hòa giải viên. Năm 2025, các tổ hòa giải tiếp nhận 118 vụ việc, hòa giải thành 103 vụ việc, đạt 87,3%; 15 vụ việc không thành đã hướng dẫn các bên đến Tòa án nhân dân khu vực 1. Phường phối hợp Trung tâm Trợ giúp pháp lý tổ chức 10 buổi tư vấn miễn phí cho 742 lượt người, trong đó có 126 người cao tuổi neo đơn, 38 người khuyết tật và 51 nạn nhân bạo lực gia đình.
Bà Trương Thị Kim Thoa, Phó Chủ tịch Ủy ban MTTQ Việt Nam phường, Chủ tịch Hội LHPN phường, cho biết Mặt trận đã giám sát 12 tổ hòa giải theo Kế hoạch số 03/KH-MTTQ-BTT ngày 8/1/2026; kiến nghị bổ sung 20 hòa giải viên là luật sư, luật gia đang sinh sống tại khu phố. Ông Phan Văn Tài, Trưởng khu phố 7, chia sẻ việc hòa giải thành tranh chấp chung tường giữa 2 hộ bằng cách mời kiến trúc sư đo đạc tại chỗ.
Năm 2026, phường phấn đấu tỷ lệ hòa giải thành từ 90% trở lên; 100% hòa giải viên được bồi dưỡng nghiệp vụ; xây dựng 5 mô hình "Khu phố hòa giải giỏi". Phường thực hiện Kế hoạch số 14-KH/ĐU ngày 6/1/2026 của Ban Thường vụ Đảng ủy phường, Kế hoạch số 08/KH-UBND ngày 9/1/2026 của UBND phường và Quyết định số 2045/QĐ-UBND của UBND Thành phố về mức chi hỗ trợ hòa giải viên, bình quân 500.000 đồng/vụ việc. Tổng dự toán kinh phí năm 2026 là 186 triệu đồng.
Phát biểu chỉ đạo, đồng chí Võ Thị Thanh Tâm đề nghị gắn hòa giải với thực hiện Luật Thực hiện dân chủ ở cơ sở và Quy định 124-QĐ/TW của Ban Bí thư; chú trọng hòa giải qua nền tảng số, mỗi khu phố lập ít nhất 1 nhóm Zalo hòa giải. Các đồng chí Phó Chủ tịch UBND phường Tân Định: Nguyễn Hải Đăng, Lâm Ngọc Bích được phân công theo dõi từng cụm khu phố.
Dịp này, UBND phường khen thưởng 8 tổ hòa giải, 16 hòa giải viên tiêu biểu năm 2025; mỗi tập thể được thưởng 1 triệu đồng.
Ban Biên tập
Số lượt truy cập: 48.512
Tin khác
- Phường Tân Định tổ chức Ngày hội Đại đoàn kết (16/11/2025)
- Tập huấn kỹ năng hòa giải cho 64 tổ trưởng (10/10/2025)
- Phường Bàn Cờ đối thoại với nhân dân về trật tự đô thị (25/09/2025)
""", "2026-01-16", "Phường Tân Định triển khai công tác hòa giải ở cơ sở, trợ giúp pháp lý năm 2026",
E("hoi_nghi", "2026", "2026-01-15"),
[P("Võ Thị Thanh Tâm", "Thành ủy viên", "Bí thư Đảng ủy phường Tân Định"),
 P("Lý Quốc Bảo", "Phó Bí thư Đảng ủy", "Chủ tịch UBND phường"),
 P("Đặng Minh Trí", "Phó Giám đốc Trung tâm Trợ giúp pháp lý nhà nước Thành phố Hồ Chí Minh"),
 P("Trương Thị Kim Thoa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường", "Chủ tịch Hội LHPN phường"),
 P("Phan Văn Tài", "Trưởng khu phố 7"),
 P("Nguyễn Hải Đăng", "Phó Chủ tịch UBND phường Tân Định"),
 P("Lâm Ngọc Bích", "Phó Chủ tịch UBND phường Tân Định")],
[Q("64 khu phố", 64, "khu phố"), Q("64 tổ hòa giải", 64, "tổ hòa giải"), Q("389 hòa giải viên", 389, "hòa giải viên"),
 Q("118 vụ việc", 118, "vụ việc"), Q("103 vụ việc", 103, "vụ việc"), Q("87,3%", 87.3, "%"), Q("15 vụ việc", 15, "vụ việc"),
 Q("10 buổi tư vấn", 10, "buổi tư vấn"), Q("742 lượt người", 742, "lượt người"), Q("126 người cao tuổi neo đơn", 126, "người cao tuổi neo đơn"),
 Q("38 người khuyết tật", 38, "người khuyết tật"), Q("51 nạn nhân bạo lực gia đình", 51, "nạn nhân bạo lực gia đình"),
 Q("12 tổ hòa giải", 12, "tổ hòa giải"), Q("20 hòa giải viên", 20, "hòa giải viên"), Q("2 hộ", 2, "hộ"),
 Q("từ 90% trở lên", 90, "%", "over"), Q("100%", 100, "%"), Q("5 mô hình", 5, "mô hình"), Q("500.000 đồng", 500000, "đồng"),
 Q("186 triệu đồng", 186000000, "đồng"), Q("ít nhất 1 nhóm Zalo hòa giải", 1, "nhóm Zalo hòa giải", "over"),
 Q("8 tổ hòa giải", 8, "tổ hòa giải"), Q("16 hòa giải viên tiêu biểu", 16, "hòa giải viên tiêu biểu"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Quy chế phối hợp", "02", "QCPH-UBND-MTTQ", None, None, "Quy chế phối hợp số 02/QCPH-UBND-MTTQ"),
 D("Kế hoạch", "03", "KH-MTTQ-BTT", "2026-01-08", None, "Kế hoạch số 03/KH-MTTQ-BTT ngày 8/1/2026"),
 D("Kế hoạch", "14", "KH/ĐU", "2026-01-06", "Ban Thường vụ Đảng ủy phường", "Kế hoạch số 14-KH/ĐU ngày 6/1/2026"),
 D("Kế hoạch", "08", "KH-UBND", "2026-01-09", "UBND phường", "Kế hoạch số 08/KH-UBND ngày 9/1/2026"),
 D("Quyết định", "2045", "QĐ-UBND", None, "UBND Thành phố", "Quyết định số 2045/QĐ-UBND"),
 D("Quy định", "124", "QĐ/TW", None, "Ban Bí thư", "Quy định 124-QĐ/TW")],
[prov("Hồ Chí Minh"), com("Tân Định"), com("Đa Kao")],
["Chủ Nhật, 18/01/2026", "CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG TÂN ĐỊNH - THÀNH PHỐ HỒ CHÍ MINH",
 "You are here: Trang chủ > Tin tức > Phổ biến, giáo dục pháp luật", "Đồng chí Võ Thị Thanh Tâm phát biểu tại hội nghị.",
 "Khu phố hòa giải giỏi", "Luật Thực hiện dân chủ ở cơ sở", "Số lượt truy cập: 48.512"],
["Chủ Nhật, 18/01/2026", "Ngày đăng 16/01/2026 | 15:10", "năm 2026", "Năm 2025", "Năm 2026", "khu phố 7", "khu vực 1", "phường 8", "quận 3",
 "Số lượt truy cập: 48.512"]))
