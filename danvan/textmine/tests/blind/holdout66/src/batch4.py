from lib import *
PAGES = []

PAGES.append(page("b1559-thainguyen-phuong-ducxuan-giaoban-t3-2026", """
Trang thông tin điện tử phường Đức Xuân - tỉnh Thái Nguyên
Trang chủ - Tin tức - Công tác dân vận
31/03/2026 | 16:05
Khối dân vận phường Đức Xuân giao ban tháng 3
Chiều 30/3, Ban Dân vận Đảng ủy phường Đức Xuân tổ chức giao ban công tác dân vận tháng 3, triển khai nhiệm vụ tháng 4/2026. Chủ trì hội nghị có đồng chí Hoàng Thị Thanh Mai, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND phường và đồng chí Nông Văn Quý, Ủy viên Ban Thường vụ Đảng ủy, Trưởng Ban Dân vận Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam phường.
Đồng chí Nông Văn Quý phát biểu tại hội nghị giao ban.
Dự giao ban có các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam phường: Triệu Thị Hà, Ma Văn Đông, Lục Thị Ngọc; đồng chí Triệu Văn Dũng, Bí thư Đoàn phường; đồng chí Ma Thị Hằng, vừa được điều động giữ chức Phó Chủ tịch UBND phường, cùng bí thư chi bộ, tổ trưởng tổ dân vận 23 tổ dân phố.
Trong tháng 3, khối dân vận phường đã tuyên truyền, vận động cử tri tham gia bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031, tỷ lệ cử tri đi bầu đạt 99,6%. Ban Dân vận đã tham mưu Đảng ủy ban hành Chương trình hành động số 05-CTr/ĐU thực hiện Nghị quyết Đại hội Đảng bộ phường lần thứ I và Kế hoạch số 15-KH/ĐU về thực hiện Quy chế dân vận của hệ thống chính trị phường; triển khai Hướng dẫn số 08-HD/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy về phong trào thi đua "Dân vận khéo" năm 2026.
Tổ dân vận các tổ dân phố đã nắm, phản ánh 11 đơn thư, kiến nghị của người dân; phường đã giải quyết 9 đơn, còn 2 đơn đang xác minh. Tổ dân phố Phùng Chí Kiên vận động 37 hộ hiến 1.260 m2 đất mở rộng ngõ xóm.
Ý kiến tại hội nghị, bà Lục Thị Ngọc cho biết Hội Liên hiệp Phụ nữ phường đang vận động hội viên tham gia mô hình "Phân loại rác tại nguồn" ở 6 tổ dân phố. Ông Triệu Văn Dũng đề nghị hỗ trợ kinh phí cho đội thanh niên tình nguyện hướng dẫn người cao tuổi sử dụng dịch vụ công trực tuyến. Ông Hoàng Văn Pịa, Bí thư Chi bộ tổ dân phố 7, phản ánh một số hộ kinh doanh lấn chiếm vỉa hè.
Kết luận giao ban, đồng chí Hoàng Thị Thanh Mai đề nghị tháng 4 khối dân vận tập trung vận động Nhân dân thực hiện nếp sống văn minh đô thị; tổ chức đối thoại giữa người đứng đầu cấp ủy, chính quyền phường với Nhân dân trong quý II; giao đồng chí Trưởng Ban Dân vận Đảng ủy Nông Văn Quý theo dõi, đôn đốc các tổ dân vận.
Thu Trang
Lượt truy cập: 24.318
Tin liên quan
- Phường Đức Xuân tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc (20/03/2026)
- Giao ban khối dân vận tháng 2 năm 2026 (27/02/2026)
- Ra mắt mô hình "Tổ dân phố không rác thải nhựa" (12/02/2026)
""", "2026-03-31", "Khối dân vận phường Đức Xuân giao ban tháng 3",
E("giao_ban", "2026-03", "2026-03-30"),
[P("Hoàng Thị Thanh Mai", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND phường"),
 P("Nông Văn Quý", "Ủy viên Ban Thường vụ Đảng ủy", "Trưởng Ban Dân vận Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Triệu Thị Hà", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Ma Văn Đông", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Lục Thị Ngọc", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Triệu Văn Dũng", "Bí thư Đoàn phường"),
 P("Ma Thị Hằng", "Phó Chủ tịch UBND phường"),
 P("Hoàng Văn Pịa", "Bí thư Chi bộ tổ dân phố 7")],
[Q("23 tổ dân phố", 23, "tổ dân phố"), Q("99,6%", 99.6, "%"), Q("11 đơn thư, kiến nghị", 11, "đơn thư, kiến nghị"),
 Q("9 đơn", 9, "đơn"), Q("2 đơn", 2, "đơn"), Q("37 hộ", 37, "hộ"), Q("1.260 m2", 1260, "m2"), Q("6 tổ dân phố", 6, "tổ dân phố")],
[D("Chương trình hành động", "05", "CTr/ĐU", None, "Đảng ủy", "Chương trình hành động số 05-CTr/ĐU"),
 D("Kế hoạch", "15", "KH/ĐU", None, "Đảng ủy", "Kế hoạch số 15-KH/ĐU"),
 D("Hướng dẫn", "08", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn số 08-HD/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy")],
[prov("Thái Nguyên"), com("Đức Xuân")],
["Trang thông tin điện tử phường Đức Xuân - tỉnh Thái Nguyên", "Trang chủ - Tin tức - Công tác dân vận",
 "Đồng chí Nông Văn Quý phát biểu tại hội nghị giao ban.", "Dân vận khéo", "Phân loại rác tại nguồn",
 "Quy chế dân vận", "Tổ dân phố Phùng Chí Kiên", "Lượt truy cập: 24.318"],
["31/03/2026 | 16:05", "tháng 3", "tháng 4/2026", "khóa XVI", "2026 - 2031", "lần thứ I", "năm 2026", "quý II",
 "tổ dân phố 7", "Lượt truy cập: 24.318"]))

PAGES.append(page("b1560-quangngai-xa-dakha-daihoi-phunu-2026", """
BÁO QUẢNG NGÃI ĐIỆN TỬ
Xã hội › Phụ nữ - Gia đình
Thứ Năm, 23/04/2026 - 18:10
Đại hội đại biểu Phụ nữ xã Đăk Hà lần thứ I
Bà Y Liên (giữa) được bầu làm Chủ tịch Hội LHPN xã Đăk Hà. Ảnh: Thu Hiền
(Báo Quảng Ngãi) - Ngày 22/4, Hội Liên hiệp Phụ nữ xã Đăk Hà tổ chức Đại hội đại biểu Phụ nữ xã lần thứ I, nhiệm kỳ 2026 - 2031. Đây là đại hội điểm cấp xã của Hội LHPN tỉnh Quảng Ngãi sau khi hợp nhất với tỉnh Kon Tum. Dự đại hội có 120 đại biểu chính thức đại diện cho 4.860 hội viên.
Dự và chỉ đạo đại hội có bà Nguyễn Thị Kim Thoa, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh; ông A Vương, Bí thư Đảng ủy xã Đăk Hà.
Báo cáo tại đại hội cho thấy, nhiệm kỳ qua, các cấp hội trên địa bàn (trước là Hội LHPN huyện Đăk Hà và các xã Đăk Mar, Đăk Hring, Hà Mòn) đã vận động hội viên tiết kiệm được 1,2 tỷ đồng; giúp 36 phụ nữ nghèo có việc làm; xây dựng 4 Mái ấm tình thương; thành lập 12 tổ hợp tác do phụ nữ làm chủ. Nhiều chị em người Xơ Đăng, Ba Na đã mạnh dạn vay vốn trồng sâm dây, cà phê xen mắc ca.
Đại hội được tổ chức theo Chỉ thị số 52-CT/TW ngày 7/11/2025 của Ban Bí thư về lãnh đạo đại hội các tổ chức chính trị - xã hội và Hướng dẫn số 05/HD-ĐCT của Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam.
Tham luận tại đại hội, chị Y Hoa, Chi hội trưởng phụ nữ thôn Kon Stiu, kể lại việc vận động 18 hộ bỏ tập tục tảo hôn. Chị Y Nhung, Tổ trưởng tổ hợp tác dệt thổ cẩm thôn Kon Gung, cho biết mỗi tấm thổ cẩm được bán với giá 1,8 triệu đồng, giúp nhiều chị em có thu nhập ổn định.
Phát biểu chỉ đạo, bà Nguyễn Thị Kim Thoa đề nghị Hội LHPN xã tập trung xây dựng gia đình "5 có, 3 sạch", đẩy lùi hủ tục; phối hợp với Mặt trận xã thực hiện tốt việc giám sát chính sách hỗ trợ phụ nữ dân tộc thiểu số.
Các đại biểu cũng thảo luận, góp ý vào dự thảo văn kiện Đại hội đại biểu Phụ nữ tỉnh, nhất là các giải pháp hỗ trợ phụ nữ vùng sâu, vùng xa tiếp cận vốn vay, chuyển đổi số và tham gia quản lý cộng đồng.
Đại hội đã bầu Ban Chấp hành Hội LHPN xã khóa I gồm 21 ủy viên. Tại hội nghị lần thứ nhất, bà Y Liên được bầu giữ chức Chủ tịch Hội Liên hiệp Phụ nữ xã Đăk Hà khóa I, nhiệm kỳ 2026 - 2031; bà Nguyễn Thị Thanh Thúy và bà Y Đoan được bầu làm Phó Chủ tịch Hội Liên hiệp Phụ nữ xã. Đại hội cũng bầu 5 đại biểu dự Đại hội đại biểu Phụ nữ tỉnh.
Cùng ngày, Hội LHPN tỉnh trao 10 suất quà cho phụ nữ có hoàn cảnh đặc biệt khó khăn.
Thu Hiền
Lượt xem: 1.115
Tin liên quan
- Đăk Tô: Đại hội điểm Hội Nông dân xã (18/04/2026)
- Phụ nữ Quảng Ngãi chung tay xóa nhà tạm (09/04/2026)
- Ra mắt mô hình "Địa chỉ tin cậy" tại xã Ngọk Hồi (01/04/2026)
""", "2026-04-23", "Đại hội đại biểu Phụ nữ xã Đăk Hà lần thứ I",
E("dai_hoi", None, "2026-04-22"),
[P("Y Liên", "Chủ tịch Hội Liên hiệp Phụ nữ xã Đăk Hà khóa I"),
 P("Nguyễn Thị Kim Thoa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
 P("A Vương", "Bí thư Đảng ủy xã Đăk Hà"),
 P("Y Hoa", "Chi hội trưởng phụ nữ thôn Kon Stiu"),
 P("Y Nhung", "Tổ trưởng tổ hợp tác dệt thổ cẩm thôn Kon Gung"),
 P("Nguyễn Thị Thanh Thúy", "Phó Chủ tịch Hội Liên hiệp Phụ nữ xã"),
 P("Y Đoan", "Phó Chủ tịch Hội Liên hiệp Phụ nữ xã")],
[Q("120 đại biểu chính thức", 120, "đại biểu chính thức"), Q("4.860 hội viên", 4860, "hội viên"),
 Q("1,2 tỷ đồng", 1200000000, "đồng"), Q("36 phụ nữ nghèo", 36, "phụ nữ nghèo"), Q("4 Mái ấm tình thương", 4, "Mái ấm tình thương"),
 Q("12 tổ hợp tác", 12, "tổ hợp tác"), Q("18 hộ", 18, "hộ"), Q("1,8 triệu đồng", 1800000, "đồng"),
 Q("21 ủy viên", 21, "ủy viên"), Q("5 đại biểu", 5, "đại biểu"), Q("10 suất quà", 10, "suất quà")],
[D("Chỉ thị", "52", "CT/TW", "2025-11-07", "Ban Bí thư", "Chỉ thị số 52-CT/TW ngày 7/11/2025 của Ban Bí thư"),
 D("Hướng dẫn", "05", "HD-ĐCT", None, "Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam", "Hướng dẫn số 05/HD-ĐCT của Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam")],
[prov("Quảng Ngãi"), prov("Kon Tum"), com("Đăk Hà"), com("Đăk Mar"), com("Đăk Hring"), com("Hà Mòn")],
["BÁO QUẢNG NGÃI ĐIỆN TỬ", "Xã hội › Phụ nữ - Gia đình",
 "Bà Y Liên (giữa) được bầu làm Chủ tịch Hội LHPN xã Đăk Hà. Ảnh: Thu Hiền", "(Báo Quảng Ngãi)", "5 có, 3 sạch",
 "Lượt xem: 1.115"],
["Thứ Năm, 23/04/2026 - 18:10", "lần thứ I", "2026 - 2031", "khóa I", "lần thứ nhất", "5 có, 3 sạch", "Lượt xem: 1.115"]))

PAGES.append(page("b1561-hungyen-mttq-xa-vuthu-motnam-2026", """
Báo Hưng Yên điện tử
Trang chủ | Chính trị | Mặt trận - Đoàn thể
02/07/2026 - 09:35
Mặt trận xã sau một năm "về một nhà"
Cán bộ Mặt trận xã Vũ Thư trò chuyện với người dân thôn Thượng Hộ.
Tròn một năm kể từ ngày chính quyền địa phương 2 cấp vận hành, Ủy ban MTTQ Việt Nam xã Vũ Thư - đơn vị được hình thành từ 5 xã cũ của huyện Vũ Thư (tỉnh Thái Bình trước đây) - đã dần ổn định và tìm được cách làm mới. Ở cấp xã, Hội Nông dân, Hội Liên hiệp Phụ nữ, Hội Cựu chiến binh và Đoàn Thanh niên nay cùng "về một nhà" Mặt trận.
Bà Phạm Thị Lan, Chủ tịch Ủy ban MTTQ Việt Nam xã Vũ Thư, nhớ lại những ngày đầu tháng 7/2025: trụ sở chật, hồ sơ của 5 Ủy ban MTTQ và 20 tổ chức hội chất thành chồng, cán bộ chưa quen việc mới. "Chúng tôi thống nhất việc đầu tiên là xuống thôn, ngồi lại với Ban Công tác Mặt trận để nghe dân nói", bà Lan kể.
Thực hiện Nghị quyết số 60-NQ/TW ngày 12/4/2025 của Ban Chấp hành Trung ương Đảng và Quyết định số 05-QĐ/ĐU của Đảng ủy xã về chức năng, nhiệm vụ của Ủy ban MTTQ Việt Nam xã, Mặt trận xã đã kiện toàn 34 Ban Công tác Mặt trận thôn; ban hành Quy chế phối hợp số 02/QCPH-MTTQ-UBND với UBND xã. Trong một năm, Mặt trận xã chủ trì 6 cuộc giám sát, tổ chức 2 hội nghị phản biện xã hội, tiếp nhận 58 ý kiến, kiến nghị của cử tri.
Ông Đỗ Văn Thành, Bí thư Chi bộ kiêm Trưởng thôn Thượng Hộ, cho biết nhờ Mặt trận xã đứng ra vận động, thôn đã làm xong 1,7 km đường trục với kinh phí 2,3 tỷ đồng, trong đó người dân góp 640 triệu đồng; 9 hộ hiến tổng cộng 310 m2 đất.
Quỹ "Vì người nghèo" xã năm qua vận động được 865 triệu đồng, hỗ trợ xây mới 11 căn nhà và tặng 450 suất quà Tết. Ông Bùi Văn Kiên, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, nói: "Người dân nay chỉ cần đến một đầu mối là Mặt trận, việc gì liên quan đến hội, đoàn thể cũng được giải quyết".
Tuy vậy, theo bà Lan, địa bàn rộng, dân số hơn 42.000 người trong khi Mặt trận xã chỉ có 9 cán bộ chuyên trách nên còn nhiều áp lực. Đồng chí Nguyễn Văn Phong, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Hưng Yên, cho biết tỉnh đang tổng hợp kinh nghiệm của những xã như Vũ Thư để hướng dẫn chung cho 104 xã, phường trong toàn tỉnh.
Chiều muộn, tại nhà văn hóa thôn Thượng Hộ, cuộc họp của Ban Công tác Mặt trận vẫn sáng đèn. Người dân tranh luận chuyện lắp camera an ninh, chuyện tổ chức ngày hội Đại đoàn kết sắp tới.
Bài, ảnh: Minh Đức
Lượt xem: 2.207
Tin khác
- Hưng Yên: sơ kết 1 năm hoạt động của Mặt trận cấp xã (30/06/2026)
- Phường Thái Bình ra mắt tổ công nghệ số cộng đồng (24/06/2026)
- Xã Tiền Hải vận động ngư dân chuyển đổi nghề (15/06/2026)
""", "2026-07-02", 'Mặt trận xã sau một năm "về một nhà"',
E("khac", None, None),
[P("Phạm Thị Lan", "Chủ tịch Ủy ban MTTQ Việt Nam xã Vũ Thư"),
 P("Đỗ Văn Thành", "Bí thư Chi bộ kiêm Trưởng thôn Thượng Hộ"),
 P("Bùi Văn Kiên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Nguyễn Văn Phong", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Hưng Yên")],
[Q("5 xã", 5, "xã"), Q("5 Ủy ban MTTQ", 5, "Ủy ban MTTQ"), Q("20 tổ chức hội", 20, "tổ chức hội"),
 Q("34 Ban Công tác Mặt trận thôn", 34, "Ban Công tác Mặt trận thôn"), Q("6 cuộc giám sát", 6, "cuộc giám sát"),
 Q("2 hội nghị phản biện xã hội", 2, "hội nghị phản biện xã hội"), Q("58 ý kiến, kiến nghị", 58, "ý kiến, kiến nghị"),
 Q("1,7 km", 1.7, "km"), Q("2,3 tỷ đồng", 2300000000, "đồng"), Q("640 triệu đồng", 640000000, "đồng"),
 Q("9 hộ", 9, "hộ"), Q("310 m2", 310, "m2"), Q("865 triệu đồng", 865000000, "đồng"), Q("11 căn nhà", 11, "căn nhà"),
 Q("450 suất quà Tết", 450, "suất quà Tết"), Q("hơn 42.000 người", 42000, "người", "over"),
 Q("9 cán bộ chuyên trách", 9, "cán bộ chuyên trách"), Q("104 xã, phường", 104, "xã, phường")],
[D("Nghị quyết", "60", "NQ/TW", "2025-04-12", "Ban Chấp hành Trung ương Đảng", "Nghị quyết số 60-NQ/TW ngày 12/4/2025 của Ban Chấp hành Trung ương Đảng"),
 D("Quyết định", "05", "QĐ/ĐU", None, "Đảng ủy xã", "Quyết định số 05-QĐ/ĐU của Đảng ủy xã"),
 D("Quy chế phối hợp", "02", "QCPH-MTTQ-UBND", None, None, "Quy chế phối hợp số 02/QCPH-MTTQ-UBND")],
[prov("Hưng Yên"), prov("Thái Bình"), com("Vũ Thư")],
["Báo Hưng Yên điện tử", "Trang chủ | Chính trị | Mặt trận - Đoàn thể",
 "Cán bộ Mặt trận xã Vũ Thư trò chuyện với người dân thôn Thượng Hộ.", "về một nhà", "Vì người nghèo", "Lượt xem: 2.207"],
["02/07/2026 - 09:35", "một năm", "2 cấp", "tháng 7/2025", "Lượt xem: 2.207"]))

PAGES.append(page("b1562-camau-btgdv-soket-2026", """
Báo Cà Mau điện tử
Chính trị › Tuyên giáo - Dân vận
Cập nhật: 09:15, 08/07/2026 (GMT+7)
Củng cố niềm tin của Nhân dân sau một năm vận hành chính quyền 2 cấp
Các đại biểu dự hội nghị. Ảnh: Trúc Linh
(CMO) Sáng 7/7, Ban Tuyên giáo và Dân vận Tỉnh ủy Cà Mau tổ chức hội nghị sơ kết công tác tuyên giáo và dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2026. Đồng chí Tô Quốc Cường, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì.
Cùng dự có đồng chí Huỳnh Thị Diễm, Tỉnh ủy viên, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh; lãnh đạo các phòng của Ban và đại diện ban xây dựng đảng của 64 đảng ủy xã, phường.
Theo báo cáo, 6 tháng đầu năm, Ban đã tham mưu Ban Thường vụ Tỉnh ủy tổ chức quán triệt Nghị quyết Đại hội XIV của Đảng đến 100% chi bộ; ban hành kế hoạch 21, 22-KH/BTGDVTU về tuyên truyền bầu cử đại biểu Quốc hội, HĐND các cấp và về công tác dân vận trong các dự án điện gió ven biển. Ban phối hợp hướng dẫn các xã, phường thực hiện Nghị định số 59/2023/NĐ-CP của Chính phủ quy định chi tiết Luật Thực hiện dân chủ ở cơ sở.
Khối dân vận các cấp đã tổ chức 186 cuộc đối thoại, tiếp xúc với hơn 8.300 lượt người dân; phối hợp giải quyết 214 đơn thư, kiến nghị. Toàn tỉnh có 2.047 mô hình "Dân vận khéo", trong đó 318 mô hình gắn với chuyển đổi số. Ở vùng đồng bào Khmer, Ban đã phối hợp tổ chức 42 lớp dạy chữ Khmer hè cho 1.260 học sinh.
Tại hội nghị, đồng chí Lý Thị Sa Ri, Bí thư Đảng ủy xã Vĩnh Hậu, cho biết xã vừa vận động 47 hộ dân bàn giao mặt bằng cho dự án điện gió; đồng chí Nguyễn Minh Luân, Phó Bí thư Thường trực Đảng ủy phường Bạc Liêu, nêu kinh nghiệm tổ chức "Cà phê sáng với dân" vào thứ Bảy hằng tuần. Bà Huỳnh Thị Diễm đề nghị chú trọng vận động người dân vùng ven biển tham gia bảo vệ rừng phòng hộ.
Kết luận hội nghị, đồng chí Tô Quốc Cường yêu cầu 6 tháng cuối năm tập trung định hướng dư luận xã hội trước những vấn đề nhạy cảm; sơ kết 1 năm hoạt động của Ủy ban MTTQ Việt Nam cấp xã; chăm lo đời sống đồng bào dân tộc, tôn giáo; thực hiện có hiệu quả Kết luận số 22-KL/TU của Ban Thường vụ Tỉnh ủy về tăng cường công tác dân vận trong tình hình mới.
Dịp này, Ban Tuyên giáo và Dân vận Tỉnh ủy khen thưởng 12 tập thể, 18 cá nhân có thành tích trong phong trào thi đua "Dân vận khéo" 6 tháng đầu năm.
Trúc Linh
Lượt xem: 1.468
Tin liên quan
- Cà Mau: đối thoại với người dân vùng dự án điện gió (26/06/2026)
- Phường An Xuyên ra mắt tổ dân vận khóm (12/06/2026)
- Gặp mặt chức sắc, chức việc các tôn giáo (02/06/2026)
""", "2026-07-08", "Củng cố niềm tin của Nhân dân sau một năm vận hành chính quyền 2 cấp",
E("so_ket", "2026-H1", "2026-07-07"),
[P("Tô Quốc Cường", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Huỳnh Thị Diễm", "Tỉnh ủy viên", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lý Thị Sa Ri", "Bí thư Đảng ủy xã Vĩnh Hậu"),
 P("Nguyễn Minh Luân", "Phó Bí thư Thường trực Đảng ủy phường Bạc Liêu")],
[Q("64 đảng ủy xã, phường", 64, "đảng ủy xã, phường"), Q("100% chi bộ", 100, "%"), Q("186 cuộc đối thoại, tiếp xúc", 186, "cuộc đối thoại, tiếp xúc"),
 Q("hơn 8.300 lượt người dân", 8300, "lượt người dân", "over"), Q("214 đơn thư, kiến nghị", 214, "đơn thư, kiến nghị"),
 Q("2.047 mô hình", 2047, "mô hình"), Q("318 mô hình", 318, "mô hình"), Q("42 lớp dạy chữ Khmer hè", 42, "lớp dạy chữ Khmer hè"),
 Q("1.260 học sinh", 1260, "học sinh"), Q("47 hộ dân", 47, "hộ dân"), Q("12 tập thể", 12, "tập thể"), Q("18 cá nhân", 18, "cá nhân")],
[D("Kế hoạch", "21", "KH/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "kế hoạch 21, 22-KH/BTGDVTU"),
 D("Kế hoạch", "22", "KH/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "kế hoạch 21, 22-KH/BTGDVTU"),
 D("Nghị định", "59", "2023/NĐ-CP", None, "Chính phủ", "Nghị định số 59/2023/NĐ-CP của Chính phủ"),
 D("Kết luận", "22", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 22-KL/TU của Ban Thường vụ Tỉnh ủy")],
[prov("Cà Mau"), com("Vĩnh Hậu"), com("Bạc Liêu")],
["Báo Cà Mau điện tử", "Chính trị › Tuyên giáo - Dân vận", "Các đại biểu dự hội nghị. Ảnh: Trúc Linh", "(CMO)",
 "Dân vận khéo", "Cà phê sáng với dân", "Luật Thực hiện dân chủ ở cơ sở", "Nghị quyết Đại hội XIV", "Lượt xem: 1.468"],
["Cập nhật: 09:15, 08/07/2026 (GMT+7)", "6 tháng đầu năm", "6 tháng cuối năm 2026", "2 cấp", "1 năm", "Lượt xem: 1.468"]))

PAGES.append(page("b1563-daklak-btgdv-baocao-q3-2026", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY ĐẮK LẮK
Vị trí: Trang chủ > Thông tin tổng hợp > Tình hình Nhân dân
Thứ Năm, 22/10/2026 - 15:00
Quý III/2026: Đồng bào các dân tộc yên tâm lao động, sản xuất
Ban Tuyên giáo và Dân vận Tỉnh ủy Đắk Lắk vừa ban hành Báo cáo số 48-BC/BTGDVTU ngày 20/10/2026 về tình hình tư tưởng, tâm trạng Nhân dân và kết quả công tác dân vận quý III năm 2026. Báo cáo do đồng chí H'Yim Kđoh, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy ký.
Người dân xã Ea Tul thu hoạch cà phê. Ảnh: tư liệu
Theo báo cáo, quý III, tình hình tư tưởng của cán bộ, đảng viên và Nhân dân 102 xã, phường cơ bản ổn định. Giá cà phê, sầu riêng ở mức cao giúp đời sống đồng bào Êđê, M'nông, Gia Rai được cải thiện; tuy nhiên, tại một số xã ven biển phía đông (Phú Yên cũ), người dân lo lắng về sạt lở bờ biển và giá hải sản giảm.
Thực hiện Nghị quyết số 01-NQ/TU ngày 15/1/2026 của Ban Chấp hành Đảng bộ tỉnh và Kế hoạch số 30-KH/BTGDVTU, khối dân vận các cấp đã vận động 1.430 hộ đồng bào dân tộc thiểu số tham gia liên kết sản xuất cà phê bền vững trên diện tích hơn 2.500 ha; vận động Nhân dân hiến 18.600 m2 đất làm đường. Các cơ quan đã nắm 31 vụ việc phức tạp, phối hợp giải quyết dứt điểm 24 vụ việc.
Báo cáo nêu gương ông Y Sinh Adrơng, người có uy tín buôn Ea Bar, xã Ea Tul, đã vận động 15 thanh niên trong buôn từ bỏ việc nghe theo tổ chức "Tin lành Đấng Christ" trái pháp luật; đồng chí Lê Văn Thọ, Bí thư Đảng ủy phường Tuy Hòa, chỉ đạo tổ chức 4 buổi đối thoại với tiểu thương chợ, giải quyết dứt điểm vụ việc kéo dài về di dời chợ tạm.
Đồng chí Nay H'Phi, Chủ tịch Ủy ban MTTQ Việt Nam xã Krông Pắc, cho biết Mặt trận xã đã phối hợp trao 20 căn nhà Đại đoàn kết, mỗi căn trị giá 80 triệu đồng, cho hộ nghèo người Êđê.
Báo cáo cũng chỉ ra một số hạn chế: việc thực hiện Quy định số 11-QĐi/TW của Bộ Chính trị về tiếp dân, đối thoại ở một số xã còn hình thức; 7 xã chưa kiện toàn xong tổ dân vận ở buôn, thôn.
Về dư luận xã hội, người dân quan tâm nhiều đến việc sắp xếp trụ sở, bố trí cán bộ dôi dư sau sáp nhập, việc cấp đổi giấy tờ theo địa chỉ hành chính mới và tình hình giá vật tư nông nghiệp tăng cao trong mùa thu hoạch.
Quý IV, Ban đề ra 5 nhóm nhiệm vụ trọng tâm, trong đó có tổ chức hội nghị biểu dương người có uy tín, tổng kết công tác dân vận năm 2026 và chuẩn bị chu đáo các hoạt động mừng Đảng, mừng Xuân Đinh Mùi 2027.
BTGDV
Lượt xem: 706
Tin liên quan
- Giao ban công tác tuyên giáo và dân vận tháng 9 (30/09/2026)
- Phường Buôn Ma Thuột tổ chức Ngày hội Đại đoàn kết (18/09/2026)
- Xã Ea Tul: người có uy tín làm gương (02/09/2026)
""", "2026-10-22", "Quý III/2026: Đồng bào các dân tộc yên tâm lao động, sản xuất",
E("bao_cao", "2026-Q3", "2026-10-20"),
[P("H'Yim Kđoh", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Y Sinh Adrơng", "người có uy tín buôn Ea Bar"),
 P("Lê Văn Thọ", "Bí thư Đảng ủy phường Tuy Hòa"),
 P("Nay H'Phi", "Chủ tịch Ủy ban MTTQ Việt Nam xã Krông Pắc")],
[Q("102 xã, phường", 102, "xã, phường"), Q("1.430 hộ đồng bào dân tộc thiểu số", 1430, "hộ đồng bào dân tộc thiểu số"),
 Q("hơn 2.500 ha", 2500, "ha", "over"), Q("18.600 m2", 18600, "m2"), Q("31 vụ việc phức tạp", 31, "vụ việc phức tạp"),
 Q("24 vụ việc", 24, "vụ việc"), Q("15 thanh niên", 15, "thanh niên"), Q("4 buổi đối thoại", 4, "buổi đối thoại"),
 Q("20 căn nhà Đại đoàn kết", 20, "căn nhà Đại đoàn kết"), Q("80 triệu đồng", 80000000, "đồng"), Q("7 xã", 7, "xã")],
[D("Báo cáo", "48", "BC/BTGDVTU", "2026-10-20", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Báo cáo số 48-BC/BTGDVTU ngày 20/10/2026"),
 D("Nghị quyết", "01", "NQ/TU", "2026-01-15", "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 01-NQ/TU ngày 15/1/2026 của Ban Chấp hành Đảng bộ tỉnh"),
 D("Kế hoạch", "30", "KH/BTGDVTU", None, None, "Kế hoạch số 30-KH/BTGDVTU"),
 D("Quy định", "11", "QĐi/TW", None, "Bộ Chính trị", "Quy định số 11-QĐi/TW của Bộ Chính trị")],
[prov("Đắk Lắk"), prov("Phú Yên"), com("Ea Tul"), com("Tuy Hòa"), com("Krông Pắc")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY ĐẮK LẮK", "Vị trí: Trang chủ > Thông tin tổng hợp > Tình hình Nhân dân",
 "Người dân xã Ea Tul thu hoạch cà phê. Ảnh: tư liệu", "Tin lành Đấng Christ", "Lượt xem: 706"],
["Thứ Năm, 22/10/2026 - 15:00", "quý III năm 2026", "Quý IV", "5 nhóm nhiệm vụ", "năm 2026", "Đinh Mùi 2027", "Lượt xem: 706"]))

PAGES.append(page("b1564-quangtri-btgdv-quatet-2026", """
Báo Quảng Trị điện tử
Trang chủ » Xã hội » Dân tộc - Miền núi
Thứ Sáu, 13/02/2026 - 16:45
Mang Tết ấm đến với đồng bào Chứt, Bru - Vân Kiều vùng biên giới
Đồng chí Nguyễn Thị Lệ Hằng trao quà Tết cho người có uy tín xã Dân Hóa.
Ngày 12/2, đoàn công tác của Ban Tuyên giáo và Dân vận Tỉnh ủy Quảng Trị do đồng chí Nguyễn Thị Lệ Hằng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy làm trưởng đoàn đã đến thăm, chúc Tết và trao 200 suất quà cho hộ nghèo, gia đình chính sách tại các xã Dân Hóa, Kim Phú nhân dịp Tết Nguyên đán Bính Ngọ 2026.
Mỗi suất quà trị giá 500.000 đồng gồm tiền mặt, gạo, dầu ăn và bánh kẹo. Dịp này, đoàn cũng thăm, tặng quà cho 30 người có uy tín trong đồng bào dân tộc thiểu số, mỗi người 1 triệu đồng. Tổng trị giá quà tặng 130 triệu đồng, do Ban Tuyên giáo và Dân vận Tỉnh ủy vận động từ các doanh nghiệp và nhà hảo tâm theo Kế hoạch số 40-KH/BTGDVTU ngày 15/1/2026.
Tham gia đoàn có đồng chí Hồ Văn Nam, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; ông Cao Xuân Thanh, Bí thư Đảng ủy, Chủ tịch HĐND xã Dân Hóa; bà Đinh Thị Thu Thủy, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam xã Kim Phú.
Tại bản Ra Mai, già làng Hồ Xôn, người có uy tín bản Ra Mai, bày tỏ xúc động: "Năm nay bà con có điện, có đường bê tông vào bản, con cháu được đi học đầy đủ. Bà con hứa giữ rừng, giữ biên giới, không nghe kẻ xấu". Ông Cao Văn Thút, trưởng bản Ra Mai, cho biết bản có 62 hộ, đến nay còn 18 hộ nghèo, giảm 11 hộ so với năm trước nhờ trồng keo và nuôi bò.
Phát biểu tại buổi thăm, đồng chí Nguyễn Thị Lệ Hằng chúc bà con đón Tết vui tươi, an toàn; đề nghị cấp ủy, chính quyền xã tiếp tục chăm lo để không hộ nào thiếu Tết; phát huy vai trò người có uy tín trong thực hiện Quyết định số 12/2018/QĐ-TTg và vận động đồng bào giữ gìn bản sắc văn hóa.
Sau khi hợp nhất tỉnh Quảng Bình và tỉnh Quảng Trị, đây là lần đầu Ban Tuyên giáo và Dân vận Tỉnh ủy tổ chức đoàn thăm, tặng quà Tết ở vùng biên giới phía tây bắc của tỉnh. Trước đó, ngày 10/2, một đoàn khác của Ban đã trao 150 suất quà tại xã Hướng Lập.
Những ngày giáp Tết, trên các con đường vào bản, bà con đã dọn dẹp nhà cửa, treo cờ Tổ quốc; các chi đoàn thanh niên giúp gia đình neo đơn gói bánh chưng, sửa lại mái nhà.
Ông Cao Xuân Thanh cảm ơn sự quan tâm của Ban, khẳng định Đảng ủy xã sẽ tiếp tục vận động đồng bào Chứt định canh, định cư, ổn định cuộc sống.
Lệ Thủy
Lượt xem: 1.652
Tin liên quan
- Mặt trận tỉnh trao 5.000 suất quà Tết cho hộ nghèo (11/02/2026)
- Thăm, chúc Tết chức sắc các tôn giáo (09/02/2026)
- Xã Hướng Hóa: Tết ấm nơi biên giới (06/02/2026)
""", "2026-02-13", "Mang Tết ấm đến với đồng bào Chứt, Bru - Vân Kiều vùng biên giới",
E("trao_qua", None, "2026-02-12"),
[P("Nguyễn Thị Lệ Hằng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Hồ Văn Nam", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Cao Xuân Thanh", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Dân Hóa"),
 P("Đinh Thị Thu Thủy", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam xã Kim Phú"),
 P("Hồ Xôn", "già làng", "người có uy tín bản Ra Mai"),
 P("Cao Văn Thút", "trưởng bản Ra Mai")],
[Q("200 suất quà", 200, "suất quà"), Q("500.000 đồng", 500000, "đồng"), Q("30 người có uy tín", 30, "người có uy tín"),
 Q("1 triệu đồng", 1000000, "đồng"), Q("130 triệu đồng", 130000000, "đồng"), Q("62 hộ", 62, "hộ"),
 Q("18 hộ nghèo", 18, "hộ nghèo"), Q("11 hộ", 11, "hộ"), Q("150 suất quà", 150, "suất quà")],
[D("Kế hoạch", "40", "KH/BTGDVTU", "2026-01-15", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch số 40-KH/BTGDVTU ngày 15/1/2026"),
 D("Quyết định", "12", "2018/QĐ-TTg", None, None, "Quyết định số 12/2018/QĐ-TTg")],
[prov("Quảng Trị"), prov("Quảng Bình"), com("Dân Hóa"), com("Kim Phú"), com("Hướng Lập")],
["Báo Quảng Trị điện tử", "Trang chủ » Xã hội » Dân tộc - Miền núi",
 "Đồng chí Nguyễn Thị Lệ Hằng trao quà Tết cho người có uy tín xã Dân Hóa.", "Lượt xem: 1.652"],
["Thứ Sáu, 13/02/2026 - 16:45", "Bính Ngọ 2026", "năm trước", "lần đầu", "10/2", "Lượt xem: 1.652"]))
