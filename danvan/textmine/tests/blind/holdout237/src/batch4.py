from lib import *
PAGES = []

PAGES.append(page("b5663-vinhlong-btgdv-phongvan-tongket-2025", """
Báo và Phát thanh, Truyền hình Vĩnh Long
Trang chủ » Thời sự » Chính trị » Phỏng vấn
Thứ Sáu, 26/12/2025, 07:55
Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: "Ba vùng đất, một lòng dân"
Ngày 24/12/2025, Ban Tuyên giáo và Dân vận Tỉnh ủy Vĩnh Long tổ chức hội nghị tổng kết công tác tuyên giáo và dân vận năm 2025, năm đầu tiên sau khi hợp nhất ba tỉnh Vĩnh Long, Bến Tre, Trà Vinh. Phóng viên đã có cuộc trao đổi với đồng chí Thạch Thị Kim Thoa, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy.
Toàn cảnh hội nghị tổng kết năm 2025.
PV: Thưa bà, năm 2025 có gì đặc biệt với công tác dân vận của tỉnh?
Bà Thạch Thị Kim Thoa: Năm 2025 là năm sắp xếp bộ máy chưa có tiền lệ. Tỉnh mới có 124 xã, phường với hơn 4 triệu dân, trong đó khoảng 350.000 người Khmer. Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận 07, 08-KL/TU về công tác dân vận trong thực hiện chính quyền địa phương hai cấp và về vận động đồng bào Khmer; ban hành Hướng dẫn số 14-HD/BTGDVTU ngày 18/8/2025 về tổ chức khối dân vận xã, phường.
PV: Việc vận động nhân dân đồng thuận với sắp xếp được thực hiện thế nào?
Bà Thạch Thị Kim Thoa: Trước khi sắp xếp, 100% xã, phường lấy ý kiến cử tri; tỷ lệ đồng thuận đạt 97,8%. Toàn tỉnh không để xảy ra điểm nóng. Các cơ quan dân vận tiếp nhận 486 đơn thư, kiến nghị, đã chuyển giải quyết 463 đơn, đạt 95,3%. Thực hiện Quy định số 124-QĐ/TW ngày 10/10/2023 của Ban Bí thư về giám sát, phản biện xã hội, Mặt trận các cấp tổ chức 742 cuộc giám sát.
PV: Phong trào "Dân vận khéo" sau hợp nhất được duy trì ra sao?
Bà Thạch Thị Kim Thoa: Chúng tôi rà soát, giữ lại 2.418 mô hình hiệu quả, trong đó 135 mô hình cấp tỉnh. Tiêu biểu có mô hình "Sóc không có người nghiện ma túy" ở phường Nguyệt Hóa do ông Kim Sa Ri, Bí thư Chi bộ khóm 4, làm chủ nhiệm; mô hình "Vườn dừa hữu cơ" ở xã Châu Hưng của ông Lê Văn Chiến, Chủ tịch Hội Nông dân xã Châu Hưng. Phong trào "Cả nước chung tay xóa nhà tạm, nhà dột nát" đã xóa 6.214 căn nhà với tổng kinh phí trên 310 tỷ đồng.
PV: Năm 2026, Ban đặt ra nhiệm vụ trọng tâm gì?
Bà Thạch Thị Kim Thoa: Tập trung triển khai Nghị quyết Đại hội Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030; thực hiện Kết luận số 150-KL/TW ngày 14/4/2025 của Bộ Chính trị về hướng dẫn bố trí cán bộ khi sắp xếp; tổ chức ít nhất 4 lớp tập huấn cho khoảng 600 cán bộ dân vận xã, phường. Các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Nguyễn Thị Bé Mười, Trần Hoàng Khởi, Thạch Sa Phon được phân công phụ trách từng cụm xã.
PV: Bà có thể chia sẻ những khó khăn của cán bộ dân vận cơ sở?
Bà Thạch Thị Kim Thoa: Địa bàn xã rộng gấp 2 - 3 lần trước, trong khi nhiều cán bộ mới chuyển công tác. Chúng tôi đề nghị các xã bố trí ít nhất 1 công chức chuyên trách dân vận, phân công mỗi ủy viên ban chấp hành đảng bộ phụ trách ấp, khóm.
PV: Xin cảm ơn bà!
Dịp này, 42 tập thể và 68 cá nhân được tặng giấy khen của Ban Tuyên giáo và Dân vận Tỉnh ủy.
Thanh Tâm
Tin liên quan
- Trà Cú: tổng kết mô hình "Dân vận khéo" năm 2025 (20/12/2025)
- Hội nghị giao ban khối dân vận quý IV (10/12/2025)
- Mỏ Cày Nam trao 50 căn nhà Đại đoàn kết (28/11/2025)
""", "2025-12-26", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: \"Ba vùng đất, một lòng dân\"",
E("tong_ket", "2025", "2025-12-24"),
[P("Thạch Thị Kim Thoa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Kim Sa Ri", "Bí thư Chi bộ khóm 4"), P("Lê Văn Chiến", "Chủ tịch Hội Nông dân xã Châu Hưng"),
 P("Nguyễn Thị Bé Mười", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"), P("Trần Hoàng Khởi", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Thạch Sa Phon", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy")],
[Q("124 xã, phường", 124, "xã, phường"), Q("hơn 4 triệu dân", 4000000, "dân", "over"), Q("khoảng 350.000 người Khmer", 350000, "người Khmer", "approx"),
 Q("100%", 100, "%"), Q("97,8%", 97.8, "%"), Q("486 đơn thư, kiến nghị", 486, "đơn thư, kiến nghị"), Q("463 đơn", 463, "đơn"),
 Q("95,3%", 95.3, "%"), Q("742 cuộc giám sát", 742, "cuộc giám sát"), Q("2.418 mô hình", 2418, "mô hình"),
 Q("135 mô hình cấp tỉnh", 135, "mô hình cấp tỉnh"), Q("6.214 căn nhà", 6214, "căn nhà"), Q("trên 310 tỷ đồng", 310000000000, "đồng", "over"),
 Q("ít nhất 4 lớp tập huấn", 4, "lớp tập huấn", "over"), Q("khoảng 600 cán bộ dân vận xã, phường", 600, "cán bộ dân vận xã, phường", "approx"),
 Q("ít nhất 1 công chức chuyên trách dân vận", 1, "công chức chuyên trách dân vận", "over"),
 Q("42 tập thể", 42, "tập thể"), Q("68 cá nhân", 68, "cá nhân")],
[D("Kết luận", "07", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 07, 08-KL/TU"),
 D("Kết luận", "08", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 07, 08-KL/TU"),
 D("Hướng dẫn", "14", "HD/BTGDVTU", "2025-08-18", None, "Hướng dẫn số 14-HD/BTGDVTU ngày 18/8/2025"),
 D("Quy định", "124", "QĐ/TW", "2023-10-10", "Ban Bí thư", "Quy định số 124-QĐ/TW ngày 10/10/2023"),
 D("Kết luận", "150", "KL/TW", "2025-04-14", "Bộ Chính trị", "Kết luận số 150-KL/TW ngày 14/4/2025")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Nguyệt Hóa"), com("Châu Hưng")],
["Báo và Phát thanh, Truyền hình Vĩnh Long", "Trang chủ » Thời sự » Chính trị » Phỏng vấn", "Toàn cảnh hội nghị tổng kết năm 2025.",
 "PV:", "Dân vận khéo", "Sóc không có người nghiện ma túy", "Vườn dừa hữu cơ", "Cả nước chung tay xóa nhà tạm, nhà dột nát", "Ba vùng đất, một lòng dân"],
["Thứ Sáu, 26/12/2025, 07:55", "năm 2025", "Năm 2025", "Năm 2026", "lần thứ I", "nhiệm kỳ 2025 - 2030", "2 - 3 lần", "khóm 4", "hai cấp"]))

PAGES.append(page("b5664-lamdong-btgdv-phongvan-hoinghi-2026", """
Báo Lâm Đồng điện tử
Trang chủ | Chính trị | Dân tộc - Tôn giáo | Phỏng vấn
15/01/2026 - 16:45
Già làng K'Brơi (bìa phải) chia sẻ tại hội nghị. Ảnh: Đ.Anh
"Người có uy tín giúp nối ba vùng đất thành một nhà"
Ngày 13/1/2026, Ban Tuyên giáo và Dân vận Tỉnh ủy phối hợp Sở Dân tộc và Tôn giáo tổ chức hội nghị gặp mặt người có uy tín trong đồng bào dân tộc thiểu số năm 2026, lần đầu tiên của tỉnh Lâm Đồng sau hợp nhất với Đắk Nông và Bình Thuận. Bên lề hội nghị, phóng viên phỏng vấn đồng chí Ka Thị Hạnh, Tỉnh ủy viên, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy.
PV: Thưa bà, hội nghị năm nay quy mô ra sao?
Bà Ka Thị Hạnh: Hội nghị có 420 đại biểu là người có uy tín tiêu biểu của đồng bào K'Ho, Mạ, Mnông, Chu Ru, Raglai, Chăm và các dân tộc phía Bắc di cư vào. Toàn tỉnh hiện có 1.875 người có uy tín. Mỗi đại biểu được tặng 1 phần quà trị giá 1 triệu đồng; 65 người có uy tín tiêu biểu được UBND tỉnh tặng bằng khen.
PV: Người có uy tín đã góp phần thế nào trong năm qua?
Bà Ka Thị Hạnh: Họ vận động đồng bào hiến hơn 38.000 m2 đất làm đường, trường học; hòa giải thành 214 vụ việc mâu thuẫn; vận động 46 người trở về sau khi bị lôi kéo vượt biên trái phép. Ông Điểu K'Rơm, người có uy tín bon Bu Dấp, xã Quảng Trực, đã vận động 12 hộ Mnông không nghe theo tổ chức "Nhà nước Đề Ga". Ông Thập Văn Chính, người có uy tín thôn Lương Bình, xã Lương Sơn, giúp 30 hộ Chăm chuyển sang trồng thanh long sạch.
PV: Chính sách cho người có uy tín hiện nay được thực hiện ra sao?
Bà Ka Thị Hạnh: Tỉnh thực hiện Quyết định số 12/2018/QĐ-TTg ngày 6/3/2018 và Quyết định số 28/2023/QĐ-TTg của Thủ tướng Chính phủ; mức thăm hỏi khi ốm đau tối đa 1,5 triệu đồng/người/lần. Ban Thường vụ Tỉnh ủy đã ban hành Chỉ thị 03, 04-CT/TU về công tác vận động đồng bào dân tộc thiểu số và về công tác tôn giáo sau hợp nhất. Kinh phí năm 2026 dành cho người có uy tín khoảng 4,7 tỷ đồng.
PV: Có những khó khăn gì khi tỉnh mới rộng hơn nhiều, thưa bà?
Bà Ka Thị Hạnh: Địa bàn trải dài từ cao nguyên xuống biển, có 124 xã, phường; phong tục mỗi vùng khác nhau. Chúng tôi phân công các đồng chí Trưởng phòng Dân tộc, Tôn giáo và Dân vận chính quyền, Mặt trận, đoàn thể Ban Tuyên giáo và Dân vận Tỉnh ủy: Y Thị Nga, Nguyễn Đức Minh, phối hợp với già làng K'Brơi ở xã Lạc Dương, và các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Điểu Thị Mai, Bố Xuân Sang, theo dõi từng vùng.
PV: Định hướng năm 2026 như thế nào?
Bà Ka Thị Hạnh: Thực hiện Kết luận số 65-KL/TW ngày 30/10/2019 của Bộ Chính trị, tỉnh phấn đấu 100% người có uy tín được bồi dưỡng, tập huấn; tổ chức ít nhất 6 đoàn người có uy tín đi tham quan giữa các vùng để hiểu nhau hơn, giúp gắn kết đồng bào trong tỉnh mới.
PV: Xin cảm ơn bà!
Đình Anh
Lượt xem: 1.364
Tin khác
- Đức Trọng: tặng 300 suất quà cho hộ nghèo đồng bào K'Ho (10/01/2026)
- Gặp mặt chức sắc tôn giáo nhân dịp năm mới (08/01/2026)
- Tổng kết công tác dân vận năm 2025 (26/12/2025)
""", "2026-01-15", "\"Người có uy tín giúp nối ba vùng đất thành một nhà\"",
E("hoi_nghi", "2026", "2026-01-13"),
[P("Ka Thị Hạnh", "Tỉnh ủy viên", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Điểu K'Rơm", "người có uy tín bon Bu Dấp"), P("Thập Văn Chính", "người có uy tín thôn Lương Bình"),
 P("Y Thị Nga", "Trưởng phòng Dân tộc, Tôn giáo và Dân vận chính quyền, Mặt trận, đoàn thể Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Đức Minh", "Trưởng phòng Dân tộc, Tôn giáo và Dân vận chính quyền, Mặt trận, đoàn thể Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("K'Brơi", "già làng"),
 P("Điểu Thị Mai", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"), P("Bố Xuân Sang", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("420 đại biểu", 420, "đại biểu"), Q("1.875 người có uy tín", 1875, "người có uy tín"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("65 người có uy tín tiêu biểu", 65, "người có uy tín tiêu biểu"), Q("hơn 38.000 m2", 38000, "m2", "over"),
 Q("214 vụ việc mâu thuẫn", 214, "vụ việc mâu thuẫn"), Q("46 người", 46, "người"), Q("12 hộ", 12, "hộ"), Q("30 hộ", 30, "hộ"),
 Q("tối đa 1,5 triệu đồng", 1500000, "đồng"), Q("khoảng 4,7 tỷ đồng", 4700000000, "đồng", "approx"), Q("124 xã, phường", 124, "xã, phường"),
 Q("100%", 100, "%"), Q("ít nhất 6 đoàn", 6, "đoàn", "over")],
[D("Quyết định", "12", "2018/QĐ-TTg", "2018-03-06", "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg ngày 6/3/2018"),
 D("Quyết định", "28", "2023/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 28/2023/QĐ-TTg"),
 D("Chỉ thị", "03", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 03, 04-CT/TU"),
 D("Chỉ thị", "04", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 03, 04-CT/TU"),
 D("Kết luận", "65", "KL/TW", "2019-10-30", "Bộ Chính trị", "Kết luận số 65-KL/TW ngày 30/10/2019")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Quảng Trực"), com("Lương Sơn"), com("Lạc Dương")],
["Báo Lâm Đồng điện tử", "Trang chủ | Chính trị | Dân tộc - Tôn giáo | Phỏng vấn", "Già làng K'Brơi (bìa phải) chia sẻ tại hội nghị. Ảnh: Đ.Anh",
 "PV:", "Nhà nước Đề Ga", "Lượt xem: 1.364"],
["15/01/2026 - 16:45", "năm 2026", "1 phần quà", "Lượt xem: 1.364"]))

PAGES.append(page("b5665-dongnai-mttq-phongvan-traoqua-2026", """
BÁO ĐỒNG NAI ĐIỆN TỬ
Trang chủ >> Xã hội >> Mặt trận - Đoàn thể
Thứ Ba, 10/02/2026 - 06:30
Hôm nay: Thứ Tư, 11/02/2026
Tết sum vầy cho người lao động và hộ nghèo vùng biên
Ngày 8/2/2026, đoàn công tác của Ủy ban MTTQ Việt Nam tỉnh Đồng Nai do bà Điểu Thị Hường, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã đến thăm, chúc Tết và tặng quà hộ nghèo, hộ đồng bào S'tiêng tại các xã biên giới Lộc Tấn, Bù Gia Mập (thuộc tỉnh Bình Phước trước đây). Phóng viên đã phỏng vấn bà Điểu Thị Hường về chương trình "Tết Nhân ái" Bính Ngọ 2026.
Bà Điểu Thị Hường trao quà Tết cho hộ nghèo xã Lộc Tấn.
PV: Thưa bà, chương trình "Tết Nhân ái" năm nay có quy mô ra sao?
Bà Điểu Thị Hường: Đây là năm đầu tiên Mặt trận tỉnh Đồng Nai mới tổ chức chương trình trên địa bàn hợp nhất. Mặt trận các cấp đã vận động hơn 128 tỷ đồng, trao 96.500 phần quà cho hộ nghèo, hộ cận nghèo, công nhân khó khăn; mỗi phần quà trị giá từ 500.000 đồng đến 1 triệu đồng. Riêng chuyến đi hôm nay, đoàn trao 800 phần quà tại 2 xã biên giới, tổng trị giá khoảng 640 triệu đồng.
PV: Chương trình được triển khai theo văn bản nào?
Bà Điểu Thị Hường: Chúng tôi thực hiện Kế hoạch số 36/KH-MTTQ-BTT ngày 5/12/2025 của Ban Thường trực Ủy ban MTTQ tỉnh và Công văn số 225-CV/TU của Thường trực Tỉnh ủy về tổ chức Tết cho nhân dân; đồng thời thực hiện Chỉ thị số 50-CT/TW của Ban Bí thư về tổ chức Tết. Không để hộ nào không có Tết.
PV: Công nhân lao động ở các khu công nghiệp được chăm lo ra sao?
Bà Điểu Thị Hường: Liên đoàn Lao động tỉnh tổ chức "Chuyến xe nghĩa tình" đưa 3.200 công nhân về quê ăn Tết, tặng 15.000 suất quà. Ông Trần Văn Quang, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Liên đoàn Lao động tỉnh, cho biết có 86 doanh nghiệp đồng hành, đóng góp trên 21 tỷ đồng.
PV: Bà có thể kể về những người góp sức ở cơ sở?
Bà Điểu Thị Hường: Ở xã Lộc Tấn, ông Điểu Rức, người có uy tín sóc Bù Núi B, đã cùng Chi hội Nông dân vận động 17 hộ khá giả góp gạo cho hộ nghèo. Các bà Thị Xuyên, Thị Hoa - Chi hội trưởng Chi hội Phụ nữ sóc - đi từng nhà lập danh sách. Ở xã Bù Gia Mập, ông Nguyễn Minh Tuấn, Chủ tịch Ủy ban MTTQ Việt Nam xã Bù Gia Mập, tổ chức "Phiên chợ 0 đồng" cho 250 hộ.
PV: Sau Tết, Mặt trận tỉnh sẽ làm gì tiếp?
Bà Điểu Thị Hường: Chúng tôi sẽ tiếp tục phong trào xóa nhà tạm, hỗ trợ 120 căn nhà Đại đoàn kết trong quý I, mỗi căn 60 triệu đồng; giám sát việc sử dụng quà Tết theo Quy định số 124-QĐ/TW ngày 10/10/2023 của Ban Bí thư.
PV: Xin cảm ơn bà!
Thanh Hải
Các tin khác
- Tặng 500 suất quà cho đồng bào S'tiêng (05/02/2026)
- Chuyến xe Tết đưa công nhân về quê (02/02/2026)
- Hội nghị tổng kết công tác Mặt trận năm 2025 (25/12/2025)
""", "2026-02-10", "Tết sum vầy cho người lao động và hộ nghèo vùng biên",
E("trao_qua", None, "2026-02-08"),
[P("Điểu Thị Hường", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Văn Quang", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Điểu Rức", "người có uy tín sóc Bù Núi B"),
 P("Thị Xuyên", "Chi hội trưởng Chi hội Phụ nữ sóc"), P("Thị Hoa", "Chi hội trưởng Chi hội Phụ nữ sóc"),
 P("Nguyễn Minh Tuấn", "Chủ tịch Ủy ban MTTQ Việt Nam xã Bù Gia Mập")],
[Q("hơn 128 tỷ đồng", 128000000000, "đồng", "over"), Q("96.500 phần quà", 96500, "phần quà"), Q("500.000 đồng", 500000, "đồng"),
 Q("1 triệu đồng", 1000000, "đồng"), Q("800 phần quà", 800, "phần quà"), Q("2 xã biên giới", 2, "xã biên giới"),
 Q("khoảng 640 triệu đồng", 640000000, "đồng", "approx"), Q("3.200 công nhân", 3200, "công nhân"), Q("15.000 suất quà", 15000, "suất quà"),
 Q("86 doanh nghiệp", 86, "doanh nghiệp"), Q("trên 21 tỷ đồng", 21000000000, "đồng", "over"), Q("17 hộ khá giả", 17, "hộ khá giả"),
 Q("250 hộ", 250, "hộ"), Q("120 căn nhà Đại đoàn kết", 120, "căn nhà Đại đoàn kết"), Q("60 triệu đồng", 60000000, "đồng")],
[D("Kế hoạch", "36", "KH-MTTQ-BTT", "2025-12-05", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 36/KH-MTTQ-BTT ngày 5/12/2025"),
 D("Công văn", "225", "CV/TU", None, "Thường trực Tỉnh ủy", "Công văn số 225-CV/TU"),
 D("Chỉ thị", "50", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 50-CT/TW"),
 D("Quy định", "124", "QĐ/TW", "2023-10-10", "Ban Bí thư", "Quy định số 124-QĐ/TW ngày 10/10/2023")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Lộc Tấn"), com("Bù Gia Mập")],
["BÁO ĐỒNG NAI ĐIỆN TỬ", "Trang chủ >> Xã hội >> Mặt trận - Đoàn thể", "Hôm nay: Thứ Tư, 11/02/2026",
 "Bà Điểu Thị Hường trao quà Tết cho hộ nghèo xã Lộc Tấn.", "PV:", "Tết Nhân ái", "Chuyến xe nghĩa tình", "Phiên chợ 0 đồng"],
["Thứ Ba, 10/02/2026 - 06:30", "Hôm nay: Thứ Tư, 11/02/2026", "Bính Ngọ 2026", "quý I", "Phiên chợ 0 đồng"]))

PAGES.append(page("b5666-gialai-btgdv-phongvan-baocao-2026", """
Báo và Phát thanh, Truyền hình Gia Lai
Trang chủ › Chính trị › Tuyên giáo - Dân vận
Ngày 03/04/2026 | 09:50
Ảnh: Quang cảnh hội nghị báo cáo viên.
Hội nghị báo cáo viên quý I: nắm chắc dư luận từ biển đến cao nguyên
Sáng 1/4/2026, Ban Tuyên giáo và Dân vận Tỉnh ủy Gia Lai tổ chức hội nghị báo cáo viên quý I/2026 theo hình thức trực tiếp kết hợp trực tuyến, lần đầu tiên kết nối toàn bộ địa bàn tỉnh sau hợp nhất với tỉnh Bình Định. Phóng viên đã trao đổi với ông Đinh Văn Hùng, Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy, về những vấn đề báo cáo viên cần nắm trong quý tới.
PV: Thưa ông, hội nghị quý I năm nay có những nội dung gì?
Ông Đinh Văn Hùng: Hội nghị có 1.240 báo cáo viên các cấp tham dự tại 135 điểm cầu xã, phường. Báo cáo viên được nghe thông tin về kết quả Đại hội đại biểu toàn quốc lần thứ XIV của Đảng, cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031, cùng tình hình dân tộc, tôn giáo trên địa bàn. Chúng tôi thực hiện Kế hoạch số 18-KH/TU ngày 9/1/2026 của Ban Thường vụ Tỉnh ủy về tuyên truyền bầu cử và Hướng dẫn số 03-HD/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy.
PV: Dư luận xã hội quý I tập trung vào vấn đề gì?
Ông Đinh Văn Hùng: Qua 86 cộng tác viên dư luận xã hội và 3 cuộc khảo sát với 2.400 phiếu, nhân dân quan tâm nhiều nhất đến việc vận hành chính quyền hai cấp, giá nông sản và việc làm cho lao động trở về từ các tỉnh phía Nam. Có 78,4% ý kiến đánh giá thủ tục hành chính ở xã đã thuận lợi hơn. Ở vùng đồng bào Jrai, Bahnar, một số đối tượng vẫn lợi dụng tôn giáo để tuyên truyền xấu; lực lượng chức năng phát hiện 2 vụ tụ tập trái phép.
PV: Đội ngũ báo cáo viên ở cơ sở hiện ra sao?
Ông Đinh Văn Hùng: Sau sắp xếp, nhiều báo cáo viên cấp huyện trước đây chuyển về xã. Ban đã rà soát, công nhận 1.512 báo cáo viên cấp xã theo Quy định số 08-QĐ/TU của Ban Thường vụ Tỉnh ủy. Các đồng chí Bí thư Đảng ủy xã: Rơ Châm Phơn (xã Ia Grai), Đinh Thị Bông (xã An Lão) là những báo cáo viên giỏi tiếng dân tộc. Ông Siu Thái, người có uy tín làng Bông, xã Ia Grai, cũng tham gia tuyên truyền viên cơ sở.
PV: Quý II, báo cáo viên cần lưu ý những gì?
Ông Đinh Văn Hùng: Trọng tâm là tuyên truyền Nghị quyết Đại hội XIV, thực hiện Kết luận số 18, 19-KL/TU về công tác dân vận vùng đồng bào và về công tác tôn giáo trên địa bàn hợp nhất. Mỗi tháng, báo cáo viên phải nộp ít nhất 1 báo cáo nắm tình hình. Ban cũng chi khoảng 350 triệu đồng bồi dưỡng báo cáo viên giỏi.
PV: Xin cảm ơn ông!
Tại hội nghị, các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Nguyễn Thị Thanh Lịch, Ksor H'Bơ Khăp đã trình bày 2 chuyên đề thời sự.
Lê Nam
Tin liên quan
- Tuyên truyền bầu cử tại làng đồng bào Bahnar (25/03/2026)
- Hội nghị báo cáo viên tháng 2 (26/02/2026)
- Gặp mặt người có uy tín đầu xuân (05/02/2026)
""", "2026-04-03", "Hội nghị báo cáo viên quý I: nắm chắc dư luận từ biển đến cao nguyên",
E("bao_cao", "2026-Q1", "2026-04-01"),
[P("Đinh Văn Hùng", "Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Rơ Châm Phơn", "Bí thư Đảng ủy xã"), P("Đinh Thị Bông", "Bí thư Đảng ủy xã"),
 P("Siu Thái", "người có uy tín làng Bông"),
 P("Nguyễn Thị Thanh Lịch", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"), P("Ksor H'Bơ Khăp", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy")],
[Q("1.240 báo cáo viên", 1240, "báo cáo viên"), Q("135 điểm cầu xã, phường", 135, "điểm cầu xã, phường"),
 Q("86 cộng tác viên dư luận xã hội", 86, "cộng tác viên dư luận xã hội"), Q("3 cuộc khảo sát", 3, "cuộc khảo sát"),
 Q("2.400 phiếu", 2400, "phiếu"), Q("78,4%", 78.4, "%"), Q("2 vụ tụ tập trái phép", 2, "vụ tụ tập trái phép"),
 Q("1.512 báo cáo viên cấp xã", 1512, "báo cáo viên cấp xã"), Q("ít nhất 1 báo cáo", 1, "báo cáo", "over"),
 Q("khoảng 350 triệu đồng", 350000000, "đồng", "approx"), Q("2 chuyên đề thời sự", 2, "chuyên đề thời sự")],
[D("Kế hoạch", "18", "KH/TU", "2026-01-09", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 18-KH/TU ngày 9/1/2026"),
 D("Hướng dẫn", "03", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn số 03-HD/BTGDVTU"),
 D("Quy định", "08", "QĐ/TU", None, "Ban Thường vụ Tỉnh ủy", "Quy định số 08-QĐ/TU"),
 D("Kết luận", "18", "KL/TU", None, None, "Kết luận số 18, 19-KL/TU"),
 D("Kết luận", "19", "KL/TU", None, None, "Kết luận số 18, 19-KL/TU")],
[prov("Gia Lai"), prov("Bình Định"), com("Ia Grai"), com("An Lão")],
["Báo và Phát thanh, Truyền hình Gia Lai", "Trang chủ › Chính trị › Tuyên giáo - Dân vận", "Ảnh: Quang cảnh hội nghị báo cáo viên.", "PV:"],
["Ngày 03/04/2026 | 09:50", "quý I/2026", "quý I", "Quý II", "lần thứ XIV", "khóa XVI", "nhiệm kỳ 2026 - 2031", "Đại hội XIV", "hai cấp"]))

PAGES.append(page("b5667-angiang-hoidap-danvankheo-2026", """
Báo An Giang
Trang chủ / Chính trị / Gương sáng dân vận
27/03/2026 - 10:05
Hỏi - đáp với "cô dân vận" người Khmer vùng biên
Chuyên mục "Gương sáng dân vận" kỳ này giới thiệu cuộc hỏi - đáp với bà Néang Sa Phol, Phó Bí thư Đảng ủy, Trưởng khối dân vận xã Tri Tôn, tỉnh An Giang - người 18 năm gắn bó với công tác vận động đồng bào Khmer, từng là cán bộ Hội Phụ nữ huyện Tri Tôn của tỉnh An Giang cũ trước khi tỉnh hợp nhất với Kiên Giang.
Bà Néang Sa Phol (giữa) trò chuyện với phụ nữ Khmer tại phum sóc.
Hỏi: Điều gì khiến bà gắn bó với công tác dân vận lâu như vậy?
Đáp: Tôi lớn lên ở phum sóc, hiểu cái khổ của bà con. Năm 2008, khi về làm cán bộ Hội Phụ nữ xã, cả xã có tới 1.120 hộ nghèo, chiếm 41%. Nay xã Tri Tôn mới có 9.640 hộ, chỉ còn 186 hộ nghèo, tỷ lệ 1,93%. Tôi thấy mỗi hộ thoát nghèo là một niềm vui.
Hỏi: Bà có cách làm nào riêng để vận động đồng bào?
Đáp: Tôi đi cùng các vị sư. Hòa thượng Chau Ty, trụ trì chùa Soài So, và Đại đức Chau Sóc Kha, Phó trụ trì chùa Tà Miệt, giúp chúng tôi nói với phật tử về vay vốn, cho con đi học. Mô hình "Nhà chùa đồng hành cùng học sinh Khmer" đã giúp 326 em trở lại trường, trao 215 suất học bổng, mỗi suất 2 triệu đồng. Chúng tôi làm theo tinh thần Chỉ thị số 19-CT/TW ngày 10/1/2018 của Ban Bí thư về công tác đối với đồng bào Khmer.
Hỏi: Những kết quả bà tâm đắc nhất là gì?
Đáp: Xã có 14 mô hình "Dân vận khéo", trong đó 3 mô hình cấp tỉnh. Tổ "Phụ nữ Khmer tiết kiệm" giúp 87 chị vay vốn không lãi, tổng vốn xoay vòng khoảng 1,4 tỷ đồng. Năm 2025, tôi được Ban Dân vận Trung ương tặng bằng khen theo Quyết định số 2156-QĐ/BDVTW. Chị Chau Thị Sà Ly, Chi hội trưởng Chi hội Phụ nữ ấp Tà Dung, là người cùng tôi đi từng nhà.
Hỏi: Sau khi sắp xếp chính quyền hai cấp, công việc có gì khác?
Đáp: Địa bàn xã rộng gấp ba, có 21 ấp. Khối dân vận xã có 9 người, ai cũng phải đi nhiều hơn. Đảng ủy xã đã ban hành Nghị quyết số 09-NQ/ĐU ngày 20/10/2025 về công tác dân vận vùng đồng bào Khmer. Ông Lê Hoàng Phúc, Bí thư Đảng ủy xã Tri Tôn, giao tôi phụ trách 7 ấp đông đồng bào nhất.
Hỏi: Mong muốn của bà thời gian tới?
Đáp: Tôi mong tỉnh có thêm lớp dạy tiếng Khmer cho cán bộ người Kinh, mỗi năm ít nhất 2 lớp, vì nói được tiếng của dân thì dân mới mở lòng. Tôi cũng mong giữ được các mô hình cũ sau sắp xếp.
Minh Hiển
Lượt xem: 957
Tin liên quan
- Tịnh Biên: gặp mặt chức sắc, chức việc các chùa Khmer (20/03/2026)
- Gương sáng dân vận: người thầy giữa phum sóc (13/03/2026)
- An Giang tổng kết phong trào "Dân vận khéo" năm 2025 (30/12/2025)
- Thoại Sơn: phụ nữ Khmer làm giàu từ nghề dệt thổ cẩm (06/12/2025)
""", "2026-03-27", "Hỏi - đáp với \"cô dân vận\" người Khmer vùng biên",
E("khac", None, None),
[P("Néang Sa Phol", "Phó Bí thư Đảng ủy", "Trưởng khối dân vận xã Tri Tôn"),
 P("Chau Ty", "Hòa thượng", "trụ trì chùa Soài So"), P("Chau Sóc Kha", "Đại đức", "Phó trụ trì chùa Tà Miệt"),
 P("Chau Thị Sà Ly", "Chi hội trưởng Chi hội Phụ nữ ấp Tà Dung"), P("Lê Hoàng Phúc", "Bí thư Đảng ủy xã Tri Tôn")],
[Q("1.120 hộ nghèo", 1120, "hộ nghèo"), Q("41%", 41, "%"), Q("9.640 hộ", 9640, "hộ"), Q("186 hộ nghèo", 186, "hộ nghèo"),
 Q("1,93%", 1.93, "%"), Q("326 em", 326, "em"), Q("215 suất học bổng", 215, "suất học bổng"), Q("2 triệu đồng", 2000000, "đồng"),
 Q("14 mô hình", 14, "mô hình"), Q("3 mô hình cấp tỉnh", 3, "mô hình cấp tỉnh"), Q("87 chị", 87, "chị"),
 Q("khoảng 1,4 tỷ đồng", 1400000000, "đồng", "approx"), Q("21 ấp", 21, "ấp"), Q("9 người", 9, "người"), Q("7 ấp", 7, "ấp"),
 Q("ít nhất 2 lớp", 2, "lớp", "over")],
[D("Chỉ thị", "19", "CT/TW", "2018-01-10", "Ban Bí thư", "Chỉ thị số 19-CT/TW ngày 10/1/2018"),
 D("Quyết định", "2156", "QĐ/BDVTW", None, "Ban Dân vận Trung ương", "Quyết định số 2156-QĐ/BDVTW"),
 D("Nghị quyết", "09", "NQ/ĐU", "2025-10-20", "Đảng ủy xã", "Nghị quyết số 09-NQ/ĐU ngày 20/10/2025")],
[prov("An Giang"), prov("Kiên Giang"), com("Tri Tôn")],
["Báo An Giang", "Trang chủ / Chính trị / Gương sáng dân vận", "Gương sáng dân vận", "Bà Néang Sa Phol (giữa) trò chuyện với phụ nữ Khmer tại phum sóc.",
 "Hỏi:", "Đáp:", "Nhà chùa đồng hành cùng học sinh Khmer", "Dân vận khéo", "Phụ nữ Khmer tiết kiệm", "Lượt xem: 957"],
["27/03/2026 - 10:05", "18 năm", "Năm 2008", "Năm 2025", "hai cấp", "gấp ba", "Lượt xem: 957"]))

PAGES.append(page("b5668-ninhbinh-btgdv-phongvan-soket-2026", """
BÁO NINH BÌNH
Trang chủ - Thời sự - Chính trị - Phỏng vấn
Thứ Năm, 09/04/2026 08:20
Đồng chí Trần Thị Thu Hà phát biểu tại hội nghị sơ kết quý I.
Công tác dân vận quý I: "Đi từng ngõ, gõ từng nhà" sau hợp nhất
Ngày 7/4/2026, Ban Tuyên giáo và Dân vận Tỉnh ủy Ninh Bình tổ chức hội nghị sơ kết công tác tuyên giáo, dân vận quý I năm 2026, triển khai nhiệm vụ quý II. Phóng viên phỏng vấn đồng chí Trần Thị Thu Hà, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, về kết quả quý đầu tiên của năm.
PV: Thưa đồng chí, quý I năm nay có những nhiệm vụ lớn nào?
Đồng chí Trần Thị Thu Hà: Quý I trùng với Tết Nguyên đán và cuộc bầu cử đại biểu Quốc hội khóa XVI, đại biểu HĐND các cấp. Tỉnh Ninh Bình sau hợp nhất với Nam Định và Hà Nam có 129 xã, phường, gần 4,4 triệu dân. Khối dân vận đã phối hợp tổ chức 1.386 hội nghị tiếp xúc cử tri, tuyên truyền tới hơn 95% hộ gia đình; tỷ lệ cử tri đi bầu đạt 99,6%.
PV: Việc chăm lo Tết cho nhân dân được thực hiện ra sao?
Đồng chí Trần Thị Thu Hà: Mặt trận và các đoàn thể vận động được trên 96 tỷ đồng, trao 112.000 suất quà cho hộ nghèo, hộ chính sách, công nhân. Thực hiện Kế hoạch 24, 25-KH/TU của Ban Thường vụ Tỉnh ủy về tổ chức Tết và về bầu cử, không có hộ nào không có Tết. Tại xã Hải Hậu, ông Vũ Văn Thiện, Trưởng ban Công tác Mặt trận xóm 5, vận động 42 hộ giáo dân đóng góp xây 3 căn nhà Đại đoàn kết.
PV: Công tác vận động đồng bào Công giáo được chú trọng như thế nào?
Đồng chí Trần Thị Thu Hà: Toàn tỉnh có hơn 600.000 giáo dân, 3 giáo phận. Trong quý, lãnh đạo tỉnh đã thăm, chúc mừng 27 giáo xứ. Linh mục Phêrô Nguyễn Văn Lộc, Chánh xứ giáo xứ Phát Diệm, đã vận động giáo dân hiến 2.400 m2 đất mở rộng đường. Chúng tôi thực hiện Chỉ thị số 18-CT/TW ngày 10/1/2018 của Ban Bí thư và Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về công tác dân vận của cơ quan nhà nước.
PV: Những hạn chế trong quý I là gì, thưa đồng chí?
Đồng chí Trần Thị Thu Hà: Một số xã mới còn lúng túng trong tổ chức khối dân vận; có 3 vụ khiếu kiện đông người liên quan đến đất đai ở các dự án. Các cơ quan dân vận tiếp nhận 138 đơn thư, đã giải quyết 112 đơn, đạt 81,2%. Các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Đỗ Văn Nam, Lại Thị Hương, Trần Minh Tâm đã trực tiếp về 12 xã nắm tình hình.
PV: Quý II, Ban tập trung vào những việc gì?
Đồng chí Trần Thị Thu Hà: Chúng tôi triển khai Hướng dẫn số 07-HD/BTGDVTU ngày 2/3/2026 về đánh giá khối dân vận xã, phấn đấu ít nhất 50 mô hình "Dân vận khéo" mới; tổ chức 4 lớp tập huấn cho khoảng 520 cán bộ.
PV: Xin cảm ơn đồng chí!
Quỳnh Anh
Lượt xem: 2.108
Các tin đã đưa
- Hội nghị tiếp xúc cử tri tại phường Phủ Lý (20/03/2026)
- Thăm, chúc mừng các giáo xứ dịp Phục sinh (05/04/2026)
- Trao 500 suất quà Tết cho công nhân (10/02/2026)
""", "2026-04-09", "Công tác dân vận quý I: \"Đi từng ngõ, gõ từng nhà\" sau hợp nhất",
E("so_ket", "2026-Q1", "2026-04-07"),
[P("Trần Thị Thu Hà", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Vũ Văn Thiện", "Trưởng ban Công tác Mặt trận xóm 5"),
 P("Phêrô Nguyễn Văn Lộc", "Linh mục", "Chánh xứ giáo xứ Phát Diệm"),
 P("Đỗ Văn Nam", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"), P("Lại Thị Hương", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Trần Minh Tâm", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy")],
[Q("129 xã, phường", 129, "xã, phường"), Q("gần 4,4 triệu dân", 4400000, "dân", "approx"),
 Q("1.386 hội nghị tiếp xúc cử tri", 1386, "hội nghị tiếp xúc cử tri"), Q("hơn 95%", 95, "%", "over"), Q("99,6%", 99.6, "%"),
 Q("trên 96 tỷ đồng", 96000000000, "đồng", "over"), Q("112.000 suất quà", 112000, "suất quà"), Q("42 hộ giáo dân", 42, "hộ giáo dân"),
 Q("3 căn nhà Đại đoàn kết", 3, "căn nhà Đại đoàn kết"), Q("hơn 600.000 giáo dân", 600000, "giáo dân", "over"), Q("3 giáo phận", 3, "giáo phận"),
 Q("27 giáo xứ", 27, "giáo xứ"), Q("2.400 m2", 2400, "m2"), Q("3 vụ khiếu kiện đông người", 3, "vụ khiếu kiện đông người"),
 Q("138 đơn thư", 138, "đơn thư"), Q("112 đơn", 112, "đơn"), Q("81,2%", 81.2, "%"), Q("12 xã", 12, "xã"),
 Q("ít nhất 50 mô hình", 50, "mô hình", "over"), Q("4 lớp tập huấn", 4, "lớp tập huấn"), Q("khoảng 520 cán bộ", 520, "cán bộ", "approx")],
[D("Kế hoạch", "24", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 24, 25-KH/TU"),
 D("Kế hoạch", "25", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 24, 25-KH/TU"),
 D("Chỉ thị", "18", "CT/TW", "2018-01-10", "Ban Bí thư", "Chỉ thị số 18-CT/TW ngày 10/1/2018"),
 D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 14/7/2015"),
 D("Hướng dẫn", "07", "HD/BTGDVTU", "2026-03-02", None, "Hướng dẫn số 07-HD/BTGDVTU ngày 2/3/2026")],
[prov("Ninh Bình"), prov("Nam Định"), prov("Hà Nam"), com("Hải Hậu")],
["BÁO NINH BÌNH", "Trang chủ - Thời sự - Chính trị - Phỏng vấn", "Đồng chí Trần Thị Thu Hà phát biểu tại hội nghị sơ kết quý I.", "PV:",
 "Đi từng ngõ, gõ từng nhà", "Dân vận khéo", "Lượt xem: 2.108"],
["Thứ Năm, 09/04/2026 08:20", "quý I năm 2026", "quý II", "Quý I", "Quý II", "khóa XVI", "xóm 5", "Lượt xem: 2.108"]))
