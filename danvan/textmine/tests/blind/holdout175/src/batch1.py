from lib import *
PAGES = []

PAGES.append(page("b4157-laocai-hnd-tohoptac-2011", """
HỘI NÔNG DÂN TỈNH LÀO CAI
Trang chủ » Tin tức » Hoạt động Hội
Cập nhật: 15:20, 22/07/2011 (GMT+7)
Ảnh: Quang cảnh hội nghị.
Hội Nông dân Lào Cai: 6 tháng đầu năm thành lập mới 27 tổ hợp tác
Ngày 20/7/2011, Ban Thường vụ Hội Nông dân tỉnh Lào Cai tổ chức hội nghị sơ kết công tác Hội và phong trào nông dân 6 tháng đầu năm 2011, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Vàng Seo Dín, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh chủ trì hội nghị; dự có đồng chí Lù Văn Khải, Phó Trưởng Ban Dân vận Tỉnh ủy.
Theo báo cáo do đồng chí Hoàng Thị Nhung, Phó Chủ tịch Hội Nông dân tỉnh trình bày, thực hiện Kết luận số 61-KL/TW ngày 3/12/2009 của Ban Bí thư và Quyết định số 673/QĐ-TTg ngày 10/5/2011 của Thủ tướng Chính phủ, các cấp Hội đã vận động, hướng dẫn thành lập mới 27 tổ hợp tác và 3 hợp tác xã, nâng tổng số lên 214 tổ hợp tác, 41 hợp tác xã do Hội hỗ trợ. Toàn tỉnh kết nạp 1.356 hội viên mới, đạt 112% kế hoạch; 18.420 hộ đăng ký danh hiệu hộ sản xuất kinh doanh giỏi các cấp.
Hội đã phối hợp với Ngân hàng Chính sách xã hội tỉnh quản lý 386 tổ tiết kiệm và vay vốn với tổng dư nợ trên 612 tỷ đồng; Quỹ hỗ trợ nông dân các cấp đạt 9,8 tỷ đồng, giải ngân cho 427 hộ vay phát triển chăn nuôi lợn đen, trồng chè Shan tuyết, thảo quả.
Đồng chí Vàng Seo Dín phát biểu kết luận hội nghị. Ảnh: Minh Đức
Tại hội nghị, ông Sùng A Lử, Chủ tịch Hội Nông dân xã Bản Phố, chia sẻ mô hình tổ hợp tác trồng mận Tam hoa với 32 thành viên, mỗi năm thu khoảng 1,5 tỷ đồng. Bà Tẩn Mý Mẩy, Tổ trưởng tổ hợp tác dệt thổ cẩm thôn Tả Phìn, xã Tả Phìn, cho biết tổ có 45 chị em, đều là người Dao đỏ, sản phẩm bán cho khách du lịch ở Sa Pa và gửi đi Hà Nội. Nhiều ý kiến đề nghị tháo gỡ khó khăn về đất sản xuất, về thủ tục vay vốn và đầu ra cho nông sản vùng cao.
Phát biểu chỉ đạo, đồng chí Lù Văn Khải đề nghị các cấp Hội tiếp tục quán triệt Nghị quyết số 26-NQ/TW của BCH Trung ương (khóa X) về nông nghiệp, nông dân, nông thôn; làm tốt vai trò nòng cốt trong phong trào "Nông dân thi đua sản xuất, kinh doanh giỏi, đoàn kết giúp nhau làm giàu và giảm nghèo bền vững".
Kết luận hội nghị, đồng chí Vàng Seo Dín giao chỉ tiêu 6 tháng cuối năm: thành lập thêm ít nhất 20 tổ hợp tác, tăng Quỹ hỗ trợ nông dân thêm 2 tỷ đồng, phấn đấu 100% cơ sở Hội có mô hình kinh tế tập thể. Dịp này, Hội Nông dân tỉnh tặng giấy khen cho 9 tập thể, 14 cá nhân có thành tích trong xây dựng tổ hợp tác.
Minh Đức
Lượt xem: 1.204
Tin liên quan
- Bảo Thắng: ra mắt hợp tác xã chè an toàn (12/07/2011)
- Hội Nông dân tỉnh tập huấn kỹ thuật trồng thảo quả (30/06/2011)
- Bắc Hà: 120 hộ được vay vốn Quỹ hỗ trợ nông dân (15/06/2011)
""", "2011-07-22", "Hội Nông dân Lào Cai: 6 tháng đầu năm thành lập mới 27 tổ hợp tác",
E("so_ket", "2011-H1", "2011-07-20"),
[P("Vàng Seo Dín", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh"),
 P("Lù Văn Khải", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hoàng Thị Nhung", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Sùng A Lử", "Chủ tịch Hội Nông dân xã Bản Phố"),
 P("Tẩn Mý Mẩy", "Tổ trưởng tổ hợp tác dệt thổ cẩm thôn Tả Phìn")],
[Q("27 tổ hợp tác", 27, "tổ hợp tác"), Q("3 hợp tác xã", 3, "hợp tác xã"), Q("214 tổ hợp tác", 214, "tổ hợp tác"),
 Q("41 hợp tác xã", 41, "hợp tác xã"), Q("1.356 hội viên mới", 1356, "hội viên mới"), Q("112%", 112, "%"),
 Q("18.420 hộ", 18420, "hộ"), Q("386 tổ tiết kiệm và vay vốn", 386, "tổ tiết kiệm và vay vốn"),
 Q("trên 612 tỷ đồng", 612000000000, "đồng", "over"), Q("9,8 tỷ đồng", 9800000000, "đồng"), Q("427 hộ", 427, "hộ"),
 Q("32 thành viên", 32, "thành viên"), Q("khoảng 1,5 tỷ đồng", 1500000000, "đồng", "approx"), Q("45 chị em", 45, "chị em"),
 Q("ít nhất 20 tổ hợp tác", 20, "tổ hợp tác", "over"), Q("2 tỷ đồng", 2000000000, "đồng"), Q("100%", 100, "%"),
 Q("9 tập thể", 9, "tập thể"), Q("14 cá nhân", 14, "cá nhân")],
[D("Kết luận", "61", "KL/TW", "2009-12-03", "Ban Bí thư", "Kết luận số 61-KL/TW ngày 3/12/2009"),
 D("Quyết định", "673", "QĐ-TTg", "2011-05-10", "Thủ tướng Chính phủ", "Quyết định số 673/QĐ-TTg ngày 10/5/2011"),
 D("Nghị quyết", "26", "NQ/TW", None, "BCH Trung ương", "Nghị quyết số 26-NQ/TW")],
[prov("Lào Cai"), com("Bản Phố"), com("Tả Phìn"), prov("Hà Nội")],
["HỘI NÔNG DÂN TỈNH LÀO CAI", "Trang chủ » Tin tức » Hoạt động Hội", "Ảnh: Quang cảnh hội nghị.",
 "Đồng chí Vàng Seo Dín phát biểu kết luận hội nghị.", "Lượt xem: 1.204",
 "Nông dân thi đua sản xuất, kinh doanh giỏi, đoàn kết giúp nhau làm giàu và giảm nghèo bền vững"],
["Cập nhật: 15:20, 22/07/2011 (GMT+7)", "6 tháng đầu năm 2011", "6 tháng cuối năm", "khóa X", "Lượt xem: 1.204"]))

PAGES.append(page("b4158-hoabinh-dulichcongdong-2012", """
BÁO HÒA BÌNH ĐIỆN TỬ
Kinh tế | Du lịch | Nông nghiệp - Nông thôn
08:15 | 14/09/2012
Mai Châu: 56 hộ làm du lịch cộng đồng, doanh thu trên 25 tỷ đồng
(HBĐT) - Ngày 12/9, UBND huyện Mai Châu phối hợp với Hội Liên hiệp Phụ nữ huyện tổ chức hội nghị bàn giải pháp phát triển du lịch cộng đồng năm 2012. Dự hội nghị có đồng chí Hà Văn Thẩm, HUV, Phó Chủ tịch UBND huyện; bà Lò Thị Xuân, Chủ tịch Hội LHPN huyện cùng 87 đại biểu là chủ hộ làm du lịch, trưởng bản, chi hội trưởng phụ nữ các bản.
Du khách nước ngoài trải nghiệm dệt thổ cẩm tại bản Lác. Ảnh: Đinh Thắng
Theo báo cáo, hiện ở xã Chiềng Châu và thị trấn Mai Châu có 56 hộ làm du lịch cộng đồng với 3 nhóm dịch vụ chính: lưu trú tại nhà sàn, ẩm thực và văn nghệ dân tộc Thái. Từ đầu năm đến nay, các bản đón khoảng 112.000 lượt khách, trong đó gần 18.000 lượt khách quốc tế; doanh thu từ du lịch đạt trên 25 tỷ đồng, giải quyết việc làm cho 380 lao động tại chỗ.
Hội LHPN huyện đã mở 14 lớp tập huấn cho 420 hội viên phụ nữ về kỹ năng phục vụ, vệ sinh an toàn thực phẩm, giao tiếp tiếng Anh cơ bản; phối hợp Phòng giao dịch Ngân hàng Chính sách xã hội cho 64 hộ vay vốn cải tạo nhà sàn, công trình vệ sinh, mỗi hộ vay tối đa 30 triệu đồng, tổng số vốn giải ngân 1,9 tỷ đồng. Tổ hợp tác dệt thổ cẩm bản Lác hiện có 38 thành viên, mỗi tháng tiêu thụ trên 1.500 sản phẩm.
Tại hội nghị, các chị Vì Thị Hoa, Lò Thị Mai, Hà Thị Thơm - chủ cơ sở lưu trú tại nhà dân bản Pom Coọng chia sẻ kinh nghiệm giữ nếp nhà sàn truyền thống, không dùng vật liệu bê tông, giữ gìn các điệu xòe Thái để phục vụ khách. Ông Hà Công Pục, Trưởng bản Lác, kiến nghị sớm quy hoạch bãi đỗ xe và xử lý rác thải, nước thải ven bản. Một số hộ phản ánh tình trạng chèo kéo khách, cạnh tranh giá phòng chưa lành mạnh.
Đại diện Sở Văn hóa, Thể thao và Du lịch tỉnh Hòa Bình cho biết, toàn tỉnh hiện có 9 điểm du lịch cộng đồng được công nhận, tập trung ở Mai Châu, Đà Bắc và Tân Lạc. Sở sẽ hỗ trợ in tờ gấp quảng bá, đưa các bản vào tour liên kết với Hà Nội, Sơn La, đồng thời mở thêm lớp bồi dưỡng nghiệp vụ hướng dẫn viên tại điểm.
Phát biểu kết luận, đồng chí Hà Văn Thẩm đề nghị các xã, thị trấn xây dựng quy ước du lịch cộng đồng, thành lập Ban quản lý du lịch ở từng bản; Hội LHPN huyện tiếp tục thực hiện Quyết định số 295/QĐ-TTg ngày 26/2/2010 của Thủ tướng Chính phủ về hỗ trợ phụ nữ học nghề, tạo việc làm, gắn với cuộc vận động "Xây dựng gia đình 5 không, 3 sạch". Huyện phấn đấu đến năm 2015 có 100 hộ làm du lịch cộng đồng đạt chuẩn.
Đinh Thắng
Số lần đọc: 652
Tin khác
- Hòa Bình xúc tiến quảng bá du lịch tại Hà Nội (05/09/2012)
- Lạc Sơn: phụ nữ Mường giữ nghề dệt thổ cẩm (28/08/2012)
- Khai trương điểm du lịch cộng đồng bản Giang Mỗ (10/08/2012)
""", "2012-09-14", "Mai Châu: 56 hộ làm du lịch cộng đồng, doanh thu trên 25 tỷ đồng",
E("hoi_nghi", "2012", "2012-09-12"),
[P("Hà Văn Thẩm", "HUV", "Phó Chủ tịch UBND huyện"),
 P("Lò Thị Xuân", "Chủ tịch Hội LHPN huyện"),
 P("Vì Thị Hoa", "chủ cơ sở lưu trú tại nhà dân bản Pom Coọng"),
 P("Lò Thị Mai", "chủ cơ sở lưu trú tại nhà dân bản Pom Coọng"),
 P("Hà Thị Thơm", "chủ cơ sở lưu trú tại nhà dân bản Pom Coọng"),
 P("Hà Công Pục", "Trưởng bản Lác")],
[Q("87 đại biểu", 87, "đại biểu"), Q("56 hộ làm du lịch cộng đồng", 56, "hộ"), Q("3 nhóm dịch vụ", 3, "nhóm dịch vụ"),
 Q("khoảng 112.000 lượt khách", 112000, "lượt khách", "approx"), Q("gần 18.000 lượt khách quốc tế", 18000, "lượt khách quốc tế", "approx"),
 Q("trên 25 tỷ đồng", 25000000000, "đồng", "over"), Q("380 lao động", 380, "lao động"), Q("14 lớp tập huấn", 14, "lớp tập huấn"),
 Q("420 hội viên phụ nữ", 420, "hội viên phụ nữ"), Q("64 hộ", 64, "hộ"), Q("tối đa 30 triệu đồng", 30000000, "đồng"),
 Q("1,9 tỷ đồng", 1900000000, "đồng"), Q("38 thành viên", 38, "thành viên"), Q("trên 1.500 sản phẩm", 1500, "sản phẩm", "over"),
 Q("100 hộ", 100, "hộ"), Q("9 điểm du lịch cộng đồng", 9, "điểm du lịch cộng đồng")],
[D("Quyết định", "295", "QĐ-TTg", "2010-02-26", "Thủ tướng Chính phủ", "Quyết định số 295/QĐ-TTg ngày 26/2/2010")],
[prov("Hòa Bình"), com("Chiềng Châu"), com("Mai Châu"), prov("Hà Nội"), prov("Sơn La")],
["BÁO HÒA BÌNH ĐIỆN TỬ", "Kinh tế | Du lịch | Nông nghiệp - Nông thôn", "(HBĐT)",
 "Du khách nước ngoài trải nghiệm dệt thổ cẩm tại bản Lác.", "Xây dựng gia đình 5 không, 3 sạch", "Số lần đọc: 652"],
["08:15 | 14/09/2012", "năm 2012", "5 không, 3 sạch", "năm 2015", "Số lần đọc: 652"]))

PAGES.append(page("b4159-namdinh-lhpn-tongket-2013", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH NAM ĐỊNH
Trang chủ > Tin tức - Sự kiện > Hoạt động Hội
Thứ Năm, 26/12/2013 - 09:30
Phụ nữ Nam Định với mô hình tổ hợp tác: thêm việc làm, thêm thu nhập
Ngày 24/12, Hội LHPN tỉnh Nam Định tổ chức hội nghị tổng kết công tác Hội và phong trào phụ nữ năm 2013, triển khai nhiệm vụ năm 2014. Dự và chỉ đạo hội nghị có đồng chí Đoàn Văn Tiến, Phó Chủ tịch UBND tỉnh; đồng chí Vũ Thị Thanh Hoa, Ủy viên Ban Chấp hành Trung ương Hội LHPN Việt Nam, Chủ tịch Hội LHPN tỉnh chủ trì.
Báo cáo tổng kết do đồng chí Phạm Thị Lan, Phó Chủ tịch Thường trực Hội LHPN tỉnh trình bày nêu rõ: năm 2013, các cấp Hội đã hỗ trợ thành lập mới 19 tổ hợp tác, 2 hợp tác xã do phụ nữ làm chủ trong các nghề thêu ren, mây tre đan, làm muối và nuôi ngao, nâng tổng số lên 73 tổ hợp tác với 1.640 thành viên, thu nhập bình quân từ 2,5 đến 3 triệu đồng/người/tháng. Thực hiện Quyết định 295/QĐ-TTg của Thủ tướng Chính phủ, Hội đã phối hợp dạy nghề cho 2.315 lao động nữ nông thôn, 78% có việc làm sau học nghề.
Hội viên tổ hợp tác thêu ren xã Xuân Vinh. Ảnh: Thu Hằng
Các cấp Hội quản lý 1.208 tổ tiết kiệm và vay vốn với dư nợ 843 tỷ đồng; tỷ lệ nợ quá hạn chỉ 0,21%. Hội đã giúp 1.127 hộ do phụ nữ làm chủ thoát nghèo. Quỹ "Phụ nữ giúp nhau phát triển kinh tế" vận động được gần 4,6 tỷ đồng. Đồng thời, Hội ban hành kế hoạch số 36/KH-BTV ngày 15/3/2013 của Ban Thường vụ Hội LHPN tỉnh về hỗ trợ phụ nữ phát triển kinh tế tập thể, thực hiện Chỉ thị 17, 18-CT/TU của Ban Thường vụ Tỉnh ủy về phát triển làng nghề và kinh tế biển.
Tại hội nghị, 11 ý kiến tham luận tập trung vào cách làm hay. Chị Nguyễn Thị Huệ, Tổ trưởng tổ hợp tác thêu ren xã Xuân Vinh, cho biết tổ có 46 chị em, nhận hàng của các doanh nghiệp xuất khẩu, mỗi năm doanh thu khoảng 900 triệu đồng. Đồng chí Trần Thị Mến, Phó Chủ tịch Hội LHPN tỉnh, trình bày kết quả tổ chức các chợ phiên giới thiệu sản phẩm của phụ nữ ở thành phố Nam Định; bà Đỗ Thị Thoa, Chủ tịch Hội LHPN xã Hải Lý, giới thiệu mô hình tổ hợp tác làm muối sạch.
Phát biểu chỉ đạo, đồng chí Đoàn Văn Tiến ghi nhận vai trò của Hội trong xây dựng nông thôn mới, đề nghị năm 2014 Hội tiếp tục thực hiện Nghị quyết số 11-NQ/TW của Bộ Chính trị về công tác phụ nữ, hỗ trợ ít nhất 15 tổ hợp tác mới, tăng cường kết nối tiêu thụ sản phẩm cho chị em.
Dịp này, Trung ương Hội LHPN Việt Nam tặng bằng khen cho 3 tập thể, 5 cá nhân; Hội LHPN tỉnh khen thưởng 26 tập thể và 41 cá nhân có thành tích xuất sắc năm 2013.
Thu Hằng
Tin cùng chuyên mục
- Hải Hậu: trao vốn cho 50 hộ phụ nữ nghèo (18/12/2013)
- Hội thi "Phụ nữ khéo tay" năm 2013 (02/12/2013)
- Ra mắt câu lạc bộ nữ doanh nhân tỉnh (20/11/2013)
""", "2013-12-26", "Phụ nữ Nam Định với mô hình tổ hợp tác: thêm việc làm, thêm thu nhập",
E("tong_ket", "2013", "2013-12-24"),
[P("Đoàn Văn Tiến", "Phó Chủ tịch UBND tỉnh"),
 P("Vũ Thị Thanh Hoa", "Ủy viên Ban Chấp hành Trung ương Hội LHPN Việt Nam", "Chủ tịch Hội LHPN tỉnh"),
 P("Phạm Thị Lan", "Phó Chủ tịch Thường trực Hội LHPN tỉnh"),
 P("Nguyễn Thị Huệ", "Tổ trưởng tổ hợp tác thêu ren xã Xuân Vinh"),
 P("Trần Thị Mến", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Đỗ Thị Thoa", "Chủ tịch Hội LHPN xã Hải Lý")],
[Q("19 tổ hợp tác", 19, "tổ hợp tác"), Q("2 hợp tác xã", 2, "hợp tác xã"), Q("73 tổ hợp tác", 73, "tổ hợp tác"),
 Q("1.640 thành viên", 1640, "thành viên"), Q("2,5", 2500000, "đồng"), Q("3 triệu đồng/người/tháng", 3000000, "đồng"),
 Q("2.315 lao động nữ nông thôn", 2315, "lao động nữ nông thôn"), Q("78%", 78, "%"), Q("1.208 tổ tiết kiệm và vay vốn", 1208, "tổ tiết kiệm và vay vốn"),
 Q("843 tỷ đồng", 843000000000, "đồng"), Q("0,21%", 0.21, "%"), Q("1.127 hộ", 1127, "hộ"),
 Q("gần 4,6 tỷ đồng", 4600000000, "đồng", "approx"), Q("11 ý kiến tham luận", 11, "ý kiến tham luận"), Q("46 chị em", 46, "chị em"),
 Q("khoảng 900 triệu đồng", 900000000, "đồng", "approx"), Q("ít nhất 15 tổ hợp tác", 15, "tổ hợp tác", "over"),
 Q("3 tập thể", 3, "tập thể"), Q("5 cá nhân", 5, "cá nhân"), Q("26 tập thể", 26, "tập thể"), Q("41 cá nhân có thành tích xuất sắc", 41, "cá nhân")],
[D("Quyết định", "295", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 295/QĐ-TTg"),
 D("Kế hoạch", "36", "KH-BTV", "2013-03-15", "Ban Thường vụ Hội LHPN tỉnh", "kế hoạch số 36/KH-BTV ngày 15/3/2013"),
 D("Chỉ thị", "17", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 17, 18-CT/TU"),
 D("Chỉ thị", "18", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 17, 18-CT/TU"),
 D("Nghị quyết", "11", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 11-NQ/TW")],
[prov("Nam Định"), com("Xuân Vinh"), com("Hải Lý")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH NAM ĐỊNH", "Trang chủ > Tin tức - Sự kiện > Hoạt động Hội",
 "Hội viên tổ hợp tác thêu ren xã Xuân Vinh.", "Phụ nữ giúp nhau phát triển kinh tế"],
["Thứ Năm, 26/12/2013 - 09:30", "năm 2013", "năm 2014"]))

PAGES.append(page("b4160-quangnam-homestay-taphuan-2014", """
Báo Quảng Nam - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Quảng Nam
Bạn đang ở: Trang chủ / Kinh tế / Du lịch
29-10-2014 10:12
Ảnh: Học viên thực hành đón khách tại nhà Gươl.
Tập huấn làm du lịch cộng đồng cho 60 hộ đồng bào Cơ Tu
(QNO) - Từ ngày 27 đến 29/10/2014, tại thôn Bhơ Hôồng, xã Sông Kôn, Hội Nông dân tỉnh phối hợp với Trung tâm Xúc tiến du lịch tỉnh Quảng Nam tổ chức lớp tập huấn kỹ năng làm du lịch cộng đồng năm 2014 cho 60 hộ đồng bào Cơ Tu. Đồng chí Clâu Nhượng, Phó Chủ tịch Hội Nông dân tỉnh và ông A Lăng Bơ, HUV, Phó Chủ tịch UBND huyện Đông Giang dự khai mạc.
Trong 3 ngày, học viên được hướng dẫn cách đón tiếp, bố trí chỗ ngủ tại nhà sàn, chế biến món ăn truyền thống như cơm lam, thịt heo gác bếp, rượu tà vạt; cách giới thiệu nhà Gươl, điệu múa tung tung da dá cho du khách. Đây là lớp thứ hai trong năm thực hiện kế hoạch số 114/KH-HND ngày 20/5/2014 của Ban Thường vụ Hội Nông dân tỉnh và Nghị quyết số 03-NQ/TU của Tỉnh ủy về phát triển du lịch.
Theo ông A Lăng Bơ, làng du lịch cộng đồng Bhơ Hôồng hiện có 18 hộ tham gia đón khách, 2 tổ dịch vụ gồm tổ văn nghệ 25 người và tổ dệt thổ cẩm 17 chị em. Từ đầu năm đến nay, làng đón trên 3.200 lượt khách, trong đó khoảng 60% là khách quốc tế, doanh thu ước 480 triệu đồng; mỗi hộ có thêm 1,5 - 2 triệu đồng mỗi tháng.
Bà Bh'riu Thị Hường, chủ nhà nghỉ cộng đồng trong thôn, chia sẻ: "Trước đây mình chỉ làm rẫy, nay có khách về ở, mình nấu cơm, bán thổ cẩm, chồng thì dẫn khách đi suối". Các già làng Bríu Pố, A Lăng Thị Bé nhận nhiệm vụ giữ gìn không gian làng truyền thống, vận động bà con không bán đất, không xây nhà bê tông trong khu vực lõi của làng.
Dịp này, Hội Nông dân tỉnh trao 12 bộ dụng cụ làm du lịch và hỗ trợ 150 triệu đồng từ Quỹ hỗ trợ nông dân cho tổ hợp tác dịch vụ du lịch thôn Bhơ Hôồng. Đồng chí Clâu Nhượng đề nghị chính quyền xã Sông Kôn và xã Tà Lu tiếp tục nhân rộng mô hình, phấn đấu đến năm 2016 mỗi xã có ít nhất 1 điểm du lịch cộng đồng.
Hội viên nông dân Cơ Tu tham gia tập huấn. Ảnh: Alăng Ngước
Trước đó, tháng 6/2014, Hội Nông dân tỉnh cũng mở lớp tương tự cho 45 hộ ở thôn Đhrồng, xã Tà Lu, và đưa 30 hộ đi học tập kinh nghiệm tại làng cổ Đường Lâm và bản Lác. Sau các lớp học, nhiều hộ đã chủ động sửa sang nhà sàn, làm nhà vệ sinh riêng cho khách, trồng thêm rau sạch quanh vườn để phục vụ bữa ăn; thanh niên trong thôn lập nhóm hướng dẫn khách đi bộ xuyên rừng, tắm suối Ồ Ồ.
Alăng Ngước
Lượt xem: 2.431
Tin khác
- Quảng Nam: phát triển du lịch gắn với bảo tồn văn hóa Cơ Tu (15/10/2014)
- Nam Giang ra mắt hợp tác xã dệt thổ cẩm Zara (02/10/2014)
- Tây Giang: lễ hội mừng lúa mới năm 2014 (20/09/2014)
""", "2014-10-29", "Tập huấn làm du lịch cộng đồng cho 60 hộ đồng bào Cơ Tu",
E("tap_huan", "2014", "2014-10-27"),
[P("Clâu Nhượng", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("A Lăng Bơ", "HUV", "Phó Chủ tịch UBND huyện Đông Giang"),
 P("Bh'riu Thị Hường", "chủ nhà nghỉ cộng đồng trong thôn"),
 P("Bríu Pố", "già làng"), P("A Lăng Thị Bé", "già làng")],
[Q("60 hộ đồng bào Cơ Tu", 60, "hộ đồng bào Cơ Tu"), Q("18 hộ", 18, "hộ"), Q("2 tổ dịch vụ", 2, "tổ dịch vụ"),
 Q("25 người", 25, "người"), Q("17 chị em", 17, "chị em"), Q("trên 3.200 lượt khách", 3200, "lượt khách", "over"),
 Q("khoảng 60%", 60, "%", "approx"), Q("ước 480 triệu đồng", 480000000, "đồng", "approx"), Q("1,5", 1500000, "đồng"),
 Q("2 triệu đồng", 2000000, "đồng"), Q("12 bộ dụng cụ", 12, "bộ dụng cụ"), Q("150 triệu đồng", 150000000, "đồng"),
 Q("45 hộ", 45, "hộ"), Q("30 hộ", 30, "hộ")],
[D("Kế hoạch", "114", "KH-HND", "2014-05-20", "Ban Thường vụ Hội Nông dân tỉnh", "kế hoạch số 114/KH-HND ngày 20/5/2014"),
 D("Nghị quyết", "03", "NQ/TU", None, "Tỉnh ủy", "Nghị quyết số 03-NQ/TU")],
[prov("Quảng Nam"), com("Sông Kôn"), com("Tà Lu")],
["Báo Quảng Nam - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Quảng Nam", "Bạn đang ở: Trang chủ / Kinh tế / Du lịch",
 "Ảnh: Học viên thực hành đón khách tại nhà Gươl.", "(QNO)", "Hội viên nông dân Cơ Tu tham gia tập huấn.", "Lượt xem: 2.431"],
["29-10-2014 10:12", "3 ngày", "lớp thứ hai", "năm 2016", "1 điểm du lịch cộng đồng", "tháng 6/2014", "Lượt xem: 2.431"]))

PAGES.append(page("b4161-bentre-hnd-giamsat-2015", """
HỘI NÔNG DÂN TỈNH BẾN TRE
Trang chủ | Tin tức | Kinh tế tập thể
Ngày đăng 18/08/2015 | 16:20
Giám sát việc hỗ trợ hợp tác xã dừa, tổ hợp tác trồng bưởi da xanh
Thực hiện chương trình giám sát năm 2015, từ ngày 10 đến 14/8, đoàn giám sát của Ban Thường vụ Hội Nông dân tỉnh Bến Tre do đồng chí Huỳnh Văn Bé Hai, Ủy viên Ban Thường vụ, Phó Chủ tịch Hội Nông dân tỉnh làm trưởng đoàn đã giám sát việc thực hiện Quyết định số 673/QĐ-TTg của Thủ tướng Chính phủ và Nghị định số 193/2013/NĐ-CP của Chính phủ quy định chi tiết một số điều của Luật Hợp tác xã tại 4 huyện Chợ Lách, Mỏ Cày Nam, Giồng Trôm, Thạnh Phú.
Đoàn giám sát làm việc tại hợp tác xã dừa Thành Thới A. Ảnh: Ngọc Hân
Qua giám sát cho thấy, toàn tỉnh hiện có 52 hợp tác xã nông nghiệp và 486 tổ hợp tác, trong đó Hội Nông dân trực tiếp hướng dẫn thành lập 17 hợp tác xã và 218 tổ hợp tác. Hợp tác xã dừa xã Thành Thới A có 235 xã viên, liên kết bao tiêu trên 1,2 triệu trái dừa mỗi tháng cho doanh nghiệp chế biến, lợi nhuận năm 2014 đạt 1,35 tỷ đồng. Tổ hợp tác bưởi da xanh ấp Tân Thạnh, xã Hưng Khánh Trung A có 28 thành viên với 42 ha được chứng nhận VietGAP, giá bán cao hơn thị trường từ 10 - 15%.
Tuy nhiên, đa số hợp tác xã quy mô nhỏ, vốn điều lệ bình quân chỉ khoảng 800 triệu đồng; 11 hợp tác xã chưa chuyển đổi theo Luật Hợp tác xã năm 2012; nhiều tổ hợp tác hoạt động cầm chừng. Việc tiếp cận vốn vay theo Nghị định 55/2015/NĐ-CP còn khó vì thiếu tài sản thế chấp.
Tại buổi làm việc, ông Lê Văn Sang, Giám đốc hợp tác xã dừa Thành Thới A, kiến nghị hỗ trợ xây kho chứa và máy tách vỏ dừa; bà Nguyễn Thị Kim Loan, Tổ trưởng tổ hợp tác bưởi da xanh ấp Tân Thạnh, đề nghị Hội tiếp tục mở các lớp tập huấn về thương hiệu, bao bì. Các đồng chí Chủ tịch Hội Nông dân huyện: Trần Văn Út, Võ Thị Bích Thủy, Phan Văn Lợi báo cáo kết quả phối hợp với ngân hàng cho nông dân vay vốn. Riêng năm 2015, Hội Nông dân tỉnh đã phối hợp Liên minh Hợp tác xã mở 6 lớp tập huấn cho 240 cán bộ quản lý hợp tác xã, tổ hợp tác về xây dựng phương án sản xuất, kinh doanh, hạch toán và quản lý tài chính.
Kết luận đợt giám sát, đồng chí Huỳnh Văn Bé Hai đề nghị các cấp Hội tiếp tục thực hiện Kế hoạch số 26-KH/TU ngày 05/3/2015 của Tỉnh ủy về tái cơ cấu nông nghiệp; hướng dẫn 11 hợp tác xã chuyển đổi trước ngày 1/7/2016; đồng thời kiến nghị UBND tỉnh bố trí 5 tỷ đồng bổ sung Quỹ hỗ trợ nông dân tỉnh, nâng tổng nguồn quỹ lên trên 30 tỷ đồng.
Ngọc Hân
Số lượt truy cập: 15.862
Tin liên quan
- Mỏ Cày Nam: ra mắt tổ hợp tác nuôi tôm càng xanh (06/08/2015)
- Hội nghị giao ban công tác Hội 6 tháng đầu năm 2015 (20/07/2015)
- Nông dân Chợ Lách liên kết tiêu thụ cây giống (03/07/2015)
""", "2015-08-18", "Giám sát việc hỗ trợ hợp tác xã dừa, tổ hợp tác trồng bưởi da xanh",
E("giam_sat", "2015", "2015-08-10"),
[P("Huỳnh Văn Bé Hai", "Ủy viên Ban Thường vụ", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Lê Văn Sang", "Giám đốc hợp tác xã dừa Thành Thới A"),
 P("Nguyễn Thị Kim Loan", "Tổ trưởng tổ hợp tác bưởi da xanh ấp Tân Thạnh"),
 P("Trần Văn Út", "Chủ tịch Hội Nông dân huyện"), P("Võ Thị Bích Thủy", "Chủ tịch Hội Nông dân huyện"),
 P("Phan Văn Lợi", "Chủ tịch Hội Nông dân huyện")],
[Q("52 hợp tác xã nông nghiệp", 52, "hợp tác xã nông nghiệp"), Q("486 tổ hợp tác", 486, "tổ hợp tác"), Q("17 hợp tác xã", 17, "hợp tác xã"),
 Q("218 tổ hợp tác", 218, "tổ hợp tác"), Q("235 xã viên", 235, "xã viên"), Q("trên 1,2 triệu trái dừa", 1200000, "trái dừa", "over"),
 Q("1,35 tỷ đồng", 1350000000, "đồng"), Q("28 thành viên", 28, "thành viên"), Q("42 ha", 42, "ha"),
 Q("10", 10, "%"), Q("15%", 15, "%"), Q("khoảng 800 triệu đồng", 800000000, "đồng", "approx"),
 Q("11 hợp tác xã", 11, "hợp tác xã"), Q("4 huyện", 4, "huyện"), Q("6 lớp tập huấn", 6, "lớp tập huấn"), Q("240 cán bộ quản lý hợp tác xã", 240, "cán bộ quản lý hợp tác xã"), Q("5 tỷ đồng", 5000000000, "đồng"), Q("trên 30 tỷ đồng", 30000000000, "đồng", "over")],
[D("Quyết định", "673", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 673/QĐ-TTg"),
 D("Nghị định", "193", "2013/NĐ-CP", None, "Chính phủ", "Nghị định số 193/2013/NĐ-CP"),
 D("Nghị định", "55", "2015/NĐ-CP", None, None, "Nghị định 55/2015/NĐ-CP"),
 D("Kế hoạch", "26", "KH/TU", "2015-03-05", "Tỉnh ủy", "Kế hoạch số 26-KH/TU ngày 05/3/2015")],
[prov("Bến Tre"), com("Thành Thới A"), com("Hưng Khánh Trung A")],
["HỘI NÔNG DÂN TỈNH BẾN TRE", "Trang chủ | Tin tức | Kinh tế tập thể", "Đoàn giám sát làm việc tại hợp tác xã dừa Thành Thới A.",
 "Luật Hợp tác xã năm 2012", "VietGAP", "Số lượt truy cập: 15.862"],
["Ngày đăng 18/08/2015 | 16:20", "năm 2015", "năm 2014", "1/7/2016", "Số lượt truy cập: 15.862"]))

PAGES.append(page("b4162-daklak-hoicho-2016", """
BÁO ĐẮK LẮK ĐIỆN TỬ
Trang chủ › Kinh tế › Thị trường
Cập nhật lúc 17:40 ngày 05/11/2016
Khai mạc Hội chợ triển lãm nông nghiệp và sản phẩm hợp tác xã năm 2016
Tối 4/11, tại Quảng trường 10 Tháng 3 (TP. Buôn Ma Thuột), Hội Nông dân tỉnh Đắk Lắk phối hợp với Liên minh Hợp tác xã tỉnh và Sở Công Thương khai mạc Hội chợ triển lãm nông nghiệp và sản phẩm hợp tác xã năm 2016. Hội chợ kéo dài đến ngày 10/11 với 220 gian hàng của 135 doanh nghiệp, hợp tác xã, tổ hợp tác và hộ nông dân trong và ngoài tỉnh.
Đến dự lễ khai mạc có các đồng chí: Y Giang Gry Niê Knơng, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực HĐND tỉnh; H'Yim Kđoh, Phó Chủ tịch UBND tỉnh; Nguyễn Hữu Phước, Chủ tịch Hội Nông dân tỉnh.
Các đại biểu tham quan gian hàng cà phê của hợp tác xã. Ảnh: Hoàng Gia
Phát biểu khai mạc, đồng chí Nguyễn Hữu Phước cho biết, thực hiện Kết luận số 61-KL/TW của Ban Bí thư và Chương trình hành động số 15-CTr/TU ngày 12/4/2016 của Tỉnh ủy, thời gian qua các cấp Hội đã hỗ trợ thành lập 46 tổ hợp tác, 9 hợp tác xã nông nghiệp; trên 3.000 hộ nông dân tham gia liên kết sản xuất cà phê bền vững với diện tích khoảng 5.800 ha. Hội chợ là dịp để nông dân, hợp tác xã quảng bá sản phẩm, tìm kiếm đối tác.
Tại hội chợ, 62 gian hàng trưng bày cà phê, ca cao, hồ tiêu, sầu riêng, mật ong, thổ cẩm của đồng bào Êđê, M'nông; các hợp tác xã ở buôn Kô Tam, xã Ea Tu và huyện Buôn Đôn giới thiệu sản phẩm du lịch cộng đồng như cồng chiêng, rượu cần, cưỡi voi. Bà H'Lim Niê, Giám đốc hợp tác xã dệt thổ cẩm buôn Kô Tam, cho biết hợp tác xã có 31 thành viên, mỗi năm bán khoảng 2.000 sản phẩm, thu nhập bình quân 3,2 triệu đồng/người/tháng.
Trong thời gian hội chợ còn diễn ra hội thảo kết nối cung cầu với 150 đại biểu, phiên chợ nông sản an toàn, thi pha chế cà phê và 5 đêm văn nghệ cồng chiêng. Ban tổ chức dự kiến đón khoảng 80.000 lượt khách, doanh thu ước đạt 12 tỷ đồng. Dịp này, Hội Nông dân tỉnh trao 20 suất học bổng, mỗi suất 1 triệu đồng, cho con em hội viên nông dân nghèo vượt khó.
Ông Y Bhin Ayŭn, Chủ nhiệm hợp tác xã cà phê Ea Kiết, chia sẻ: "Năm nay hợp tác xã mang 3 tấn cà phê rang xay đến hội chợ, hy vọng tìm thêm đầu mối ở TP Hồ Chí Minh". Hợp tác xã có 89 xã viên, trong đó 40 hộ đồng bào Êđê.
Cũng tại hội chợ, gian hàng của Hội Liên hiệp Phụ nữ xã Yang Mao giới thiệu thổ cẩm, rượu cần và các món ăn của đồng bào M'nông; chị H'Nga Byă, Chi hội trưởng phụ nữ buôn Tlông, cho biết chị em đã góp vốn lập tổ hợp tác để giữ nghề dệt.
Hoàng Gia
Lượt xem: 3.118
Tin khác
- Đắk Lắk: Ra mắt hợp tác xã nông nghiệp Ea Kao (28/10/2016)
- Hội Nông dân tỉnh tập huấn sản xuất cà phê bền vững (20/10/2016)
- Buôn Đôn phát triển du lịch cộng đồng (11/10/2016)
""", "2016-11-05", "Khai mạc Hội chợ triển lãm nông nghiệp và sản phẩm hợp tác xã năm 2016",
E("khac", None, "2016-11-04"),
[P("Y Giang Gry Niê Knơng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch Thường trực HĐND tỉnh"),
 P("H'Yim Kđoh", "Phó Chủ tịch UBND tỉnh"),
 P("Nguyễn Hữu Phước", "Chủ tịch Hội Nông dân tỉnh"),
 P("H'Lim Niê", "Giám đốc hợp tác xã dệt thổ cẩm buôn Kô Tam"),
 P("Y Bhin Ayŭn", "Chủ nhiệm hợp tác xã cà phê Ea Kiết"),
 P("H'Nga Byă", "Chi hội trưởng phụ nữ buôn Tlông")],
[Q("220 gian hàng", 220, "gian hàng"), Q("135 doanh nghiệp, hợp tác xã, tổ hợp tác và hộ nông dân", 135, "doanh nghiệp, hợp tác xã, tổ hợp tác và hộ nông dân"),
 Q("46 tổ hợp tác", 46, "tổ hợp tác"), Q("9 hợp tác xã nông nghiệp", 9, "hợp tác xã nông nghiệp"),
 Q("trên 3.000 hộ nông dân", 3000, "hộ nông dân", "over"), Q("khoảng 5.800 ha", 5800, "ha", "approx"),
 Q("62 gian hàng", 62, "gian hàng"), Q("31 thành viên", 31, "thành viên"), Q("khoảng 2.000 sản phẩm", 2000, "sản phẩm", "approx"),
 Q("3,2 triệu đồng/người/tháng", 3200000, "đồng"), Q("150 đại biểu", 150, "đại biểu"), Q("5 đêm văn nghệ cồng chiêng", 5, "đêm văn nghệ cồng chiêng"),
 Q("khoảng 80.000 lượt khách", 80000, "lượt khách", "approx"), Q("ước đạt 12 tỷ đồng", 12000000000, "đồng", "approx"),
 Q("20 suất học bổng", 20, "suất học bổng"), Q("1 triệu đồng", 1000000, "đồng"), Q("3 tấn", 3, "tấn"),
 Q("89 xã viên", 89, "xã viên"), Q("40 hộ đồng bào Êđê", 40, "hộ đồng bào Êđê")],
[D("Kết luận", "61", "KL/TW", None, "Ban Bí thư", "Kết luận số 61-KL/TW"),
 D("Chương trình hành động", "15", "CTr/TU", "2016-04-12", "Tỉnh ủy", "Chương trình hành động số 15-CTr/TU ngày 12/4/2016")],
[prov("Đắk Lắk"), com("Ea Tu"), prov("Hồ Chí Minh"), com("Yang Mao")],
["BÁO ĐẮK LẮK ĐIỆN TỬ", "Trang chủ › Kinh tế › Thị trường", "Các đại biểu tham quan gian hàng cà phê của hợp tác xã.",
 "Quảng trường 10 Tháng 3", "Lượt xem: 3.118"],
["Cập nhật lúc 17:40 ngày 05/11/2016", "năm 2016", "10/11", "Lượt xem: 3.118"]))
