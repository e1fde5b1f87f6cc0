from lib import *
PAGES = []

PAGES.append(page("b4541-thaibinh-ccb-tongket-2011", """
HỘI CỰU CHIẾN BINH TỈNH THÁI BÌNH
Trang chủ » Hoạt động Hội » Tin tức - Sự kiện
Cập nhật: 08:40, 28/12/2011 (GMT+7)
Ảnh: Quang cảnh hội nghị tổng kết.
Hội Cựu chiến binh tỉnh tổng kết công tác Hội năm 2011
Ngày 27/12/2011, Hội Cựu chiến binh (CCB) tỉnh Thái Bình tổ chức hội nghị tổng kết công tác Hội và phong trào CCB năm 2011, triển khai nhiệm vụ năm 2012. Đại tá Phạm Văn Hòe, Chủ tịch Hội CCB tỉnh chủ trì hội nghị. Dự có đồng chí Trần Quang Tuấn, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; Thượng tá Nguyễn Đức Lương, Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh cùng 115 đại biểu là Chủ tịch, Phó Chủ tịch Hội CCB các huyện, thành phố và cơ sở Hội trực thuộc.
Đại tá Phạm Văn Hòe phát biểu khai mạc hội nghị.
Năm 2011, toàn tỉnh có 52.840 hội viên sinh hoạt tại 296 cơ sở Hội; các cấp Hội kết nạp 1.126 hội viên mới, nâng tỷ lệ tập hợp CCB vào Hội đạt 97,6%. Hội đã tham mưu cấp ủy sơ kết Chỉ thị số 13-CT/TU ngày 5/4/2009 của Ban Thường vụ Tỉnh ủy về tăng cường lãnh đạo công tác CCB trong tình hình mới, đồng thời ban hành Nghị quyết 05, 06-NQ/HCCB của Ban Thường vụ Hội CCB tỉnh về xây dựng tổ chức Hội và về phong trào "CCB gương mẫu".
Phong trào CCB giúp nhau làm kinh tế tiếp tục phát triển: có 4.215 hội viên đạt danh hiệu sản xuất, kinh doanh giỏi, trong đó 312 trang trại, gia trại cho thu nhập trên 200 triệu đồng/năm. Quỹ hỗ trợ hội viên do Hội tự vận động đạt 18,6 tỷ đồng; Hội quản lý 146 tổ tiết kiệm và vay vốn với tổng dư nợ hơn 205 tỷ đồng. Các cấp Hội đã giúp hội viên xóa 27 nhà tạm với tổng kinh phí 1,08 tỷ đồng; tỷ lệ hộ nghèo trong hội viên giảm còn 2,9%.
Hội cũng phối hợp cơ quan chức năng rà soát, đề nghị giải quyết chế độ cho 6.420 đối tượng theo Quyết định 142/2008/QĐ-TTg, 62/2011/QĐ-TTg của Thủ tướng Chính phủ. Các chi hội CCB ở cơ sở tham gia tổ hòa giải, hòa giải thành 318 vụ việc mâu thuẫn trong nhân dân, góp phần giữ ổn định địa bàn nông thôn.
Tại hội nghị, ông Bùi Văn Thắng, Chủ tịch Hội CCB huyện Quỳnh Phụ, chia sẻ kinh nghiệm tổ chức chi hội theo cụm dân cư; bà Đỗ Thị Nhung, Chủ tịch Hội CCB xã Vũ Lễ, nêu cách vận động hội viên nữ tham gia mô hình chăn nuôi; Trung tá Vũ Đình Khuê, Chủ tịch Hội CCB xã Thụy Hải, đề nghị tỉnh hỗ trợ hội viên nuôi trồng thủy sản ven biển.
Phát biểu chỉ đạo, đồng chí Trần Quang Tuấn đề nghị các cấp Hội tiếp tục thực hiện tốt Pháp lệnh Cựu chiến binh, bám sát cơ sở, kịp thời nắm tâm tư hội viên, không để hội viên bị lôi kéo vào các vụ khiếu kiện đông người.
Dịp này, Hội CCB tỉnh tặng Bằng khen cho 18 tập thể và 25 cá nhân có thành tích xuất sắc trong công tác Hội năm 2011.
Minh Hải
Lượt xem: 1.204
Tin liên quan
- Hội CCB huyện Tiền Hải ra mắt 3 câu lạc bộ CCB làm kinh tế (12/12/2011)
- Gặp mặt kỷ niệm 22 năm Ngày thành lập Hội CCB Việt Nam (06/12/2011)
- Đông Hưng: bàn giao 4 nhà "Nghĩa tình đồng đội" (21/11/2011)
- Tập huấn nghiệp vụ công tác Hội năm 2011 (08/11/2011)
""", "2011-12-28", "Hội Cựu chiến binh tỉnh tổng kết công tác Hội năm 2011",
E("tong_ket", "2011", "2011-12-27"),
[P("Phạm Văn Hòe", "Đại tá", "Chủ tịch Hội CCB tỉnh"),
 P("Trần Quang Tuấn", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Đức Lương", "Thượng tá", "Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"),
 P("Bùi Văn Thắng", "Chủ tịch Hội CCB huyện Quỳnh Phụ"),
 P("Đỗ Thị Nhung", "Chủ tịch Hội CCB xã Vũ Lễ"),
 P("Vũ Đình Khuê", "Trung tá", "Chủ tịch Hội CCB xã Thụy Hải")],
[Q("115 đại biểu", 115, "đại biểu"), Q("52.840 hội viên", 52840, "hội viên"), Q("296 cơ sở Hội", 296, "cơ sở Hội"),
 Q("1.126 hội viên mới", 1126, "hội viên mới"), Q("97,6%", 97.6, "%"), Q("4.215 hội viên", 4215, "hội viên"),
 Q("312 trang trại, gia trại", 312, "trang trại, gia trại"), Q("trên 200 triệu đồng", 200000000, "đồng", "over"),
 Q("18,6 tỷ đồng", 18600000000, "đồng"), Q("146 tổ tiết kiệm và vay vốn", 146, "tổ tiết kiệm và vay vốn"),
 Q("hơn 205 tỷ đồng", 205000000000, "đồng", "over"), Q("27 nhà tạm", 27, "nhà tạm"), Q("1,08 tỷ đồng", 1080000000, "đồng"),
 Q("2,9%", 2.9, "%"), Q("6.420 đối tượng", 6420, "đối tượng"), Q("318 vụ việc mâu thuẫn", 318, "vụ việc mâu thuẫn"),
 Q("18 tập thể", 18, "tập thể"), Q("25 cá nhân", 25, "cá nhân")],
[D("Chỉ thị", "13", "CT/TU", "2009-04-05", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 13-CT/TU ngày 5/4/2009"),
 D("Nghị quyết", "05", "NQ/HCCB", None, "Ban Thường vụ Hội CCB tỉnh", "Nghị quyết 05, 06-NQ/HCCB"),
 D("Nghị quyết", "06", "NQ/HCCB", None, "Ban Thường vụ Hội CCB tỉnh", "Nghị quyết 05, 06-NQ/HCCB"),
 D("Quyết định", "142", "2008/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 142/2008/QĐ-TTg"),
 D("Quyết định", "62", "2011/QĐ-TTg", None, "Thủ tướng Chính phủ", "62/2011/QĐ-TTg")],
[prov("Thái Bình"), com("Vũ Lễ"), com("Thụy Hải")],
["HỘI CỰU CHIẾN BINH TỈNH THÁI BÌNH", "Trang chủ » Hoạt động Hội » Tin tức - Sự kiện", "Ảnh: Quang cảnh hội nghị tổng kết.",
 "Đại tá Phạm Văn Hòe phát biểu khai mạc hội nghị.", "CCB gương mẫu", "Pháp lệnh Cựu chiến binh", "Lượt xem: 1.204"],
["Cập nhật: 08:40, 28/12/2011 (GMT+7)", "năm 2011", "năm 2012", "Lượt xem: 1.204"]))

PAGES.append(page("b4542-nghean-ccb-daihoi-2012", """
Báo Nghệ An điện tử
Thời sự › Chính trị › Đoàn thể
Thứ Sáu, 19/10/2012 - 16:20
Đại hội đại biểu Hội Cựu chiến binh tỉnh lần thứ VI: Đại tá Hồ Sỹ Tuệ tái đắc cử Chủ tịch
(Baonghean) - Trong 2 ngày 18 và 19/10, tại Trung tâm Hội nghị tỉnh, Hội Cựu chiến binh tỉnh Nghệ An long trọng tổ chức Đại hội đại biểu lần thứ VI, nhiệm kỳ 2012 - 2017. Về dự có Thượng tướng Nguyễn Văn Phúc, Phó Chủ tịch Trung ương Hội CCB Việt Nam; đồng chí Hồ Văn Lợi, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh cùng 312 đại biểu thay mặt cho hơn 96.000 hội viên trong toàn tỉnh.
Đại biểu biểu quyết thông qua Nghị quyết Đại hội. Ảnh: Thanh Lê
Nhiệm kỳ 2007 - 2012, Hội CCB tỉnh đã phát triển thêm 14.350 hội viên mới; 100% xã, phường, thị trấn có tổ chức Hội. Các cấp Hội đã vận động hội viên giúp nhau xây dựng 1.860 mô hình kinh tế, trong đó 217 trang trại có doanh thu từ 500 triệu đồng trở lên, tạo việc làm cho khoảng 9.400 lao động. Từ nguồn quỹ "Nghĩa tình đồng đội", Hội đã xây mới và sửa chữa 842 nhà cho hội viên nghèo, tổng trị giá gần 21 tỷ đồng. Hội viên CCB trực tiếp tham gia 3.120 tổ hòa giải ở cơ sở và tham gia tìm kiếm, quy tập 186 hài cốt liệt sĩ hy sinh tại Lào.
Hội đã tham mưu Ban Thường vụ Tỉnh ủy ban hành chỉ thị số 07-CT/TU và thực hiện nghiêm Kết luận 06, 07-KL/TU của Tỉnh ủy về công tác CCB; phối hợp Sở Lao động - Thương binh và Xã hội giải quyết chế độ cho hơn 38.000 người theo Quyết định số 290/2005/QĐ-TTg ngày 8/11/2005 và Quyết định 188/2007/QĐ-TTg của Thủ tướng Chính phủ.
Phát biểu tại Đại hội, đồng chí Hồ Văn Lợi ghi nhận Hội CCB tỉnh là lực lượng nòng cốt trong bảo vệ Đảng, bảo vệ chế độ, đề nghị nhiệm kỳ tới các cấp Hội tập trung xây dựng tổ chức Hội trong sạch, vững mạnh, phát huy phẩm chất "Bộ đội Cụ Hồ".
Đại hội đã bầu Ban Chấp hành khóa VI gồm 35 đồng chí. Đại tá Hồ Sỹ Tuệ tái đắc cử Chủ tịch Hội CCB tỉnh; các đồng chí Đại tá Nguyễn Văn Hòa, Thượng tá Lô Văn Phong được bầu giữ chức Phó Chủ tịch Hội CCB tỉnh khóa VI. Đại hội cũng bầu 21 đại biểu đi dự Đại hội đại biểu toàn quốc Hội CCB Việt Nam lần thứ V.
Tham luận tại Đại hội, ông Lữ Văn Bình, Chủ tịch Hội CCB xã Châu Kim (Quế Phong), người dân tộc Thái, cho biết chi hội đã vận động 68 hộ trồng 120 ha keo; bà Nguyễn Thị Lài, Chủ tịch Hội CCB xã Diễn Hạnh, giới thiệu mô hình tổ tiết kiệm của hội viên nữ.
Thanh Lê - Công Kiên
Tin liên quan
- Hội CCB thành phố Vinh đại hội nhiệm kỳ 2012 - 2017 (28/09/2012)
- Anh Sơn: 5 hội viên CCB được tặng danh hiệu sản xuất giỏi (15/09/2012)
- Gặp mặt nữ CCB tiêu biểu (30/08/2012)
- Quỳ Hợp hoàn thành đại hội Hội CCB cơ sở (10/08/2012)
""", "2012-10-19", "Đại hội đại biểu Hội Cựu chiến binh tỉnh lần thứ VI: Đại tá Hồ Sỹ Tuệ tái đắc cử Chủ tịch",
E("dai_hoi", None, "2012-10-18"),
[P("Hồ Sỹ Tuệ", "Đại tá", "Chủ tịch Hội CCB tỉnh", "Chủ tịch"),
 P("Nguyễn Văn Phúc", "Thượng tướng", "Phó Chủ tịch Trung ương Hội CCB Việt Nam"),
 P("Hồ Văn Lợi", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Nguyễn Văn Hòa", "Đại tá", "Phó Chủ tịch Hội CCB tỉnh khóa VI"),
 P("Lô Văn Phong", "Thượng tá", "Phó Chủ tịch Hội CCB tỉnh khóa VI"),
 P("Lữ Văn Bình", "Chủ tịch Hội CCB xã Châu Kim"),
 P("Nguyễn Thị Lài", "Chủ tịch Hội CCB xã Diễn Hạnh")],
[Q("312 đại biểu", 312, "đại biểu"), Q("hơn 96.000 hội viên", 96000, "hội viên", "over"),
 Q("14.350 hội viên mới", 14350, "hội viên mới"), Q("100%", 100, "%"), Q("1.860 mô hình kinh tế", 1860, "mô hình kinh tế"),
 Q("217 trang trại", 217, "trang trại"), Q("500 triệu đồng trở lên", 500000000, "đồng", "over"),
 Q("khoảng 9.400 lao động", 9400, "lao động", "approx"), Q("842 nhà", 842, "nhà"), Q("gần 21 tỷ đồng", 21000000000, "đồng", "approx"),
 Q("3.120 tổ hòa giải", 3120, "tổ hòa giải"), Q("186 hài cốt liệt sĩ", 186, "hài cốt liệt sĩ"),
 Q("hơn 38.000 người", 38000, "người", "over"), Q("35 đồng chí", 35, "đồng chí"), Q("21 đại biểu", 21, "đại biểu"),
 Q("68 hộ", 68, "hộ"), Q("120 ha", 120, "ha")],
[D("Chỉ thị", "07", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "chỉ thị số 07-CT/TU"),
 D("Kết luận", "06", "KL/TU", None, "Tỉnh ủy", "Kết luận 06, 07-KL/TU"),
 D("Kết luận", "07", "KL/TU", None, "Tỉnh ủy", "Kết luận 06, 07-KL/TU"),
 D("Quyết định", "290", "2005/QĐ-TTg", "2005-11-08", "Thủ tướng Chính phủ", "Quyết định số 290/2005/QĐ-TTg ngày 8/11/2005"),
 D("Quyết định", "188", "2007/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 188/2007/QĐ-TTg")],
[prov("Nghệ An"), com("Châu Kim"), com("Diễn Hạnh")],
["Báo Nghệ An điện tử", "Thời sự › Chính trị › Đoàn thể", "(Baonghean)", "Đại biểu biểu quyết thông qua Nghị quyết Đại hội. Ảnh: Thanh Lê",
 "Nghĩa tình đồng đội", "Bộ đội Cụ Hồ", "Trung tâm Hội nghị tỉnh"],
["Thứ Sáu, 19/10/2012 - 16:20", "2 ngày", "lần thứ VI", "2012 - 2017", "2007 - 2012", "khóa VI", "lần thứ V", "35 đồng chí"]))

PAGES.append(page("b4543-quangtri-ctnxp-nhanghiatinh-2013", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG TRỊ
Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Hoạt động đoàn thể
26/07/2013 - 09:35
Trao 12 nhà "Nghĩa tình đồng đội" tặng cựu thanh niên xung phong khó khăn
Ngày 25/7, Hội Cựu thanh niên xung phong (CTNXP) tỉnh Quảng Trị phối hợp Ủy ban MTTQ Việt Nam tỉnh tổ chức lễ bàn giao 12 nhà "Nghĩa tình đồng đội" cho hội viên có hoàn cảnh khó khăn về nhà ở tại các huyện Gio Linh, Hải Lăng và Hướng Hóa, nhân kỷ niệm 66 năm Ngày Thương binh - Liệt sĩ (27/7/1947 - 27/7/2013).
Bà Hoàng Thị Thanh trao quyết định hỗ trợ làm nhà cho hội viên. Ảnh: Lê Trường
Mỗi căn nhà có diện tích từ 40 m2 trở lên, được hỗ trợ 40 triệu đồng từ quỹ "Nghĩa tình đồng đội" của Trung ương Hội CTNXP Việt Nam và quỹ "Vì người nghèo" của tỉnh; phần còn lại do gia đình, anh em đồng đội và dòng họ góp công, góp của. Tổng kinh phí xây dựng 12 nhà khoảng 780 triệu đồng.
Về dự có bà Hoàng Thị Thanh, Phó Chủ tịch Trung ương Hội CTNXP Việt Nam; ông Nguyễn Văn Hùng - Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh; bà Lê Thị Kim Thoa, Chủ tịch Hội CTNXP tỉnh.
Theo bà Lê Thị Kim Thoa, việc xây nhà được thực hiện theo Kế hoạch số 18/KH-HCTNXP ngày 12/3/2013 của Ban Thường vụ Hội CTNXP tỉnh và Quyết định số 40/2011/QĐ-TTg của Thủ tướng Chính phủ về chế độ đối với thanh niên xung phong đã hoàn thành nhiệm vụ trong kháng chiến. Đến nay toàn tỉnh có 4.806 hội viên sinh hoạt ở 105 cơ sở Hội; đã có hơn 2.300 CTNXP được hưởng chế độ trợ cấp một lần theo Quyết định 40. Hội đang tiếp tục lập hồ sơ cho 367 trường hợp còn vướng giấy tờ gốc.
Trong số hộ được nhận nhà lần này có bà Hồ Thị Pả, người dân tộc Vân Kiều ở xã Hướng Lập, từng làm đường, tải đạn trên tuyến đường 9 từ năm 1968; ông Trần Văn Cừ ở xã Gio Mỹ, mất sức lao động 61%. Xúc động nhận chìa khóa, bà Pả nói: "Ở cái chòi tranh hơn 20 năm rồi, nay có nhà vững chắc để ở, tui cảm ơn Đảng, Nhà nước và anh chị em đồng đội".
Dịp này, Hội trao thêm 50 suất quà, mỗi suất trị giá 500.000 đồng cho CTNXP là nạn nhân chất độc da cam và tặng 2 xe lăn cho hội viên tại xã Hải Thượng. Các đại biểu đã đến dâng hương tại Nghĩa trang liệt sĩ Quốc gia Trường Sơn.
Trước đó, ngày 24/7, đoàn đã đến thăm, tặng quà 8 gia đình cựu TNXP là thương binh tại huyện Triệu Phong. Ông Nguyễn Văn Hùng cho biết Ủy ban MTTQ tỉnh sẽ ưu tiên cân đối nguồn quỹ "Vì người nghèo" năm 2014 để hỗ trợ thêm nhà ở cho cựu TNXP nghèo.
Bà Hoàng Thị Thanh đề nghị Hội CTNXP tỉnh tiếp tục rà soát, phấn đấu đến năm 2015 không còn hội viên ở nhà tạm, dột nát.
Lê Trường
Số lượt xem: 642
Tin khác
- Hội CTNXP huyện Vĩnh Linh đại hội lần thứ II (15/07/2013)
- Hướng Hóa: cựu TNXP chung tay xây dựng nông thôn mới (11/07/2013)
- Trao tặng Kỷ niệm chương cho cựu TNXP tuyến đường 9 - Nam Lào (28/06/2013)
- Gặp mặt 40 nữ thanh niên xung phong tuyến đường 9 (02/07/2013)
- Tọa đàm "Tuổi xanh Trường Sơn" (20/06/2013)
""", "2013-07-26", "Trao 12 nhà \"Nghĩa tình đồng đội\" tặng cựu thanh niên xung phong khó khăn",
E("trao_qua", None, "2013-07-25"),
[P("Hoàng Thị Thanh", "Phó Chủ tịch Trung ương Hội CTNXP Việt Nam"),
 P("Nguyễn Văn Hùng", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Thị Kim Thoa", "Chủ tịch Hội CTNXP tỉnh"),
 P("Hồ Thị Pả"), P("Trần Văn Cừ")],
[Q("12 nhà", 12, "nhà"), Q("từ 40 m2 trở lên", 40, "m2", "over"), Q("40 triệu đồng", 40000000, "đồng"),
 Q("khoảng 780 triệu đồng", 780000000, "đồng", "approx"), Q("4.806 hội viên", 4806, "hội viên"), Q("105 cơ sở Hội", 105, "cơ sở Hội"),
 Q("hơn 2.300 CTNXP", 2300, "CTNXP", "over"), Q("367 trường hợp", 367, "trường hợp"), Q("61%", 61, "%"),
 Q("8 gia đình cựu TNXP", 8, "gia đình cựu TNXP"), Q("50 suất quà", 50, "suất quà"), Q("500.000 đồng", 500000, "đồng"), Q("2 xe lăn", 2, "xe lăn")],
[D("Kế hoạch", "18", "KH-HCTNXP", "2013-03-12", "Ban Thường vụ Hội CTNXP tỉnh", "Kế hoạch số 18/KH-HCTNXP ngày 12/3/2013"),
 D("Quyết định", "40", "2011/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 40/2011/QĐ-TTg")],
[prov("Quảng Trị"), com("Hướng Lập"), com("Gio Mỹ"), com("Hải Thượng")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG TRỊ", "Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Hoạt động đoàn thể",
 "Bà Hoàng Thị Thanh trao quyết định hỗ trợ làm nhà cho hội viên. Ảnh: Lê Trường", "Nghĩa tình đồng đội", "Vì người nghèo",
 "Nghĩa trang liệt sĩ Quốc gia Trường Sơn", "Số lượt xem: 642"],
["26/07/2013 - 09:35", "66 năm", "27/7/1947 - 27/7/2013", "năm 1968", "hơn 20 năm", "năm 2015", "năm 2014", "tuyến đường 9", "Quyết định 40", "Số lượt xem: 642"]))

PAGES.append(page("b4544-gialai-ccb-hoagiai-soket-2014", """
Báo Gia Lai điện tử
Trang chủ >> Chính trị >> Mặt trận - Đoàn thể
18/07/2014 | 07:50
Cựu chiến binh góp sức giữ bình yên buôn làng
GLO - Chiều 17/7, Hội Cựu chiến binh tỉnh Gia Lai tổ chức hội nghị sơ kết 6 tháng đầu năm 2014 về công tác Hội và phong trào CCB, trong đó tập trung đánh giá vai trò CCB tham gia hòa giải ở cơ sở. Đại tá Nguyễn Văn Thiện, Tỉnh ủy viên, Chủ tịch Hội CCB tỉnh chủ trì hội nghị.
Toàn cảnh hội nghị.
Theo báo cáo, 6 tháng qua, hội viên CCB là thành viên của 1.936 tổ hòa giải đã tham gia hòa giải thành 247 vụ việc tranh chấp đất đai, mâu thuẫn gia đình, trong đó 41 vụ ở vùng đồng bào Jrai, Bahnar. Hội đã vận động 19 hộ hội viên bỏ đạo trái pháp luật "Tin lành Đê Ga" trở về sinh hoạt bình thường; phối hợp Công an nắm tình hình, kịp thời ngăn chặn 3 vụ tụ tập đông người tại các huyện Chư Sê, Ia Grai.
Các cấp Hội tiếp tục thực hiện Chỉ thị số 01, 02-CT/HCCB của Ban Thường vụ Hội CCB tỉnh và kế hoạch số 21-KH/TU của Ban Thường vụ Tỉnh ủy về phát huy vai trò người có uy tín. Toàn tỉnh hiện có 286 CCB là già làng, người có uy tín trong các buôn, làng.
Chia sẻ tại hội nghị, ông Ksor Phơn, Chủ tịch Hội CCB xã Ia Hrú, cũng là già làng làng Bi, cho biết: "Có vụ tranh chấp 2 sào rẫy giữa 2 anh em ruột kéo dài 5 năm, CCB mình phải đến nhà 7 lần mới nói được cái bụng họ". Ông Rơ Châm Yuh, Chi hội trưởng Chi hội CCB làng Ia Ring, xã Ia Kênh, đề nghị Hội tỉnh tăng cường tập huấn kỹ năng hòa giải cho cán bộ chi hội. Bà Siu H'Nhí, Phó Chủ tịch Hội CCB xã Ia Dêr, kể về mô hình "Tổ CCB tự quản giữ gìn an ninh trật tự".
Về phát triển kinh tế, hội viên CCB đã thành lập mới 14 tổ hợp tác, nâng tổng số lên 63 tổ hợp tác sản xuất cà phê, hồ tiêu; giúp 128 hộ hội viên thoát nghèo. Quỹ hỗ trợ hội viên tăng thêm 1,42 tỷ đồng.
Hội nghị thống nhất đánh giá, bên cạnh kết quả, một số chi hội còn lúng túng khi hòa giải tranh chấp đất rẫy có yếu tố lịch sử; việc phối hợp với trưởng thôn, công an viên chưa chặt chẽ; còn 12 vụ việc tồn đọng chưa hòa giải được, phải chuyển UBND xã giải quyết.
Phát biểu kết luận, Đại tá Nguyễn Văn Thiện đề nghị 6 tháng cuối năm các cấp Hội chú trọng nắm chắc tư tưởng hội viên, phối hợp các ngành kịp thời giải quyết những vụ việc phức tạp từ cơ sở; phấn đấu 90% trở lên số vụ việc CCB tham gia được hòa giải thành. Các đồng chí Thượng tá Lê Văn Sỹ, Trung tá Đinh Văn Ún - Phó Chủ tịch Hội CCB tỉnh được giao theo dõi các huyện phía Đông và phía Tây.
Hồng Thi
Lượt xem: 2.013
Tin liên quan
- Hội CCB Chư Păh: 15 năm xây dựng và trưởng thành (10/07/2014)
- Biểu dương 45 CCB làm kinh tế giỏi (02/07/2014)
- Đak Đoa: vận động 120 hộ hiến đất làm đường (25/06/2014)
- Hội CCB tỉnh làm việc với Hội CCB huyện Krông Pa (18/06/2014)
- Ra mắt câu lạc bộ "CCB với pháp luật" tại Ayun Pa (09/06/2014)
""", "2014-07-18", "Cựu chiến binh góp sức giữ bình yên buôn làng",
E("so_ket", "2014-H1", "2014-07-17"),
[P("Nguyễn Văn Thiện", "Đại tá", "Tỉnh ủy viên", "Chủ tịch Hội CCB tỉnh"),
 P("Ksor Phơn", "Chủ tịch Hội CCB xã Ia Hrú", "già làng làng Bi"),
 P("Rơ Châm Yuh", "Chi hội trưởng Chi hội CCB làng Ia Ring"),
 P("Siu H'Nhí", "Phó Chủ tịch Hội CCB xã Ia Dêr"),
 P("Lê Văn Sỹ", "Thượng tá", "Phó Chủ tịch Hội CCB tỉnh"),
 P("Đinh Văn Ún", "Trung tá", "Phó Chủ tịch Hội CCB tỉnh")],
[Q("1.936 tổ hòa giải", 1936, "tổ hòa giải"), Q("247 vụ việc tranh chấp đất đai, mâu thuẫn gia đình", 247, "vụ việc tranh chấp đất đai, mâu thuẫn gia đình"),
 Q("41 vụ", 41, "vụ"), Q("19 hộ hội viên", 19, "hộ hội viên"), Q("3 vụ tụ tập đông người", 3, "vụ tụ tập đông người"),
 Q("286 CCB", 286, "CCB"), Q("2 sào", 2, "sào"), Q("2 anh em ruột", 2, "anh em ruột"), Q("7 lần", 7, "lần"),
 Q("12 vụ việc tồn đọng", 12, "vụ việc tồn đọng"), Q("14 tổ hợp tác", 14, "tổ hợp tác"), Q("63 tổ hợp tác", 63, "tổ hợp tác"), Q("128 hộ hội viên", 128, "hộ hội viên"),
 Q("1,42 tỷ đồng", 1420000000, "đồng"), Q("90% trở lên", 90, "%", "over")],
[D("Chỉ thị", "01", "CT/HCCB", None, "Ban Thường vụ Hội CCB tỉnh", "Chỉ thị số 01, 02-CT/HCCB"),
 D("Chỉ thị", "02", "CT/HCCB", None, "Ban Thường vụ Hội CCB tỉnh", "Chỉ thị số 01, 02-CT/HCCB"),
 D("Kế hoạch", "21", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "kế hoạch số 21-KH/TU")],
[prov("Gia Lai"), com("Ia Hrú"), com("Ia Kênh"), com("Ia Dêr")],
["Báo Gia Lai điện tử", "Trang chủ >> Chính trị >> Mặt trận - Đoàn thể", "GLO", "Toàn cảnh hội nghị.", "Tin lành Đê Ga",
 "Tổ CCB tự quản giữ gìn an ninh trật tự", "Lượt xem: 2.013"],
["18/07/2014 | 07:50", "6 tháng qua", "6 tháng đầu năm 2014", "6 tháng cuối năm", "5 năm", "Lượt xem: 2.013"]))

PAGES.append(page("b4545-kiengiang-ccb-quytap-2015", """
Báo Kiên Giang Online
Thời sự - Chính trị | Quốc phòng - An ninh
Cập nhật lúc 15:10 ngày 23/04/2015
Cựu chiến binh Võ Văn Bảy: 12 năm đi tìm đồng đội trên đất bạn
Hôm nay: Thứ Năm, 23/04/2015
Ông Võ Văn Bảy (thứ hai từ trái) cùng Đội K93 tại Campuchia.
Gần 12 năm qua, cựu chiến binh Võ Văn Bảy, 68 tuổi, Chi hội trưởng Chi hội CCB ấp Xẻo Đước, xã Vân Khánh, đã cùng Đội K93 thuộc Bộ Chỉ huy Quân sự tỉnh Kiên Giang nhiều lần sang Campuchia tìm kiếm hài cốt liệt sĩ quân tình nguyện Việt Nam. Ông là một trong 6 CCB được Ban Chỉ đạo 1237 tỉnh mời làm người cung cấp thông tin mộ liệt sĩ.
Từ mùa khô năm 2003, dựa vào trí nhớ về những trận đánh ở tỉnh Kampot, ông đã vẽ lại 27 sơ đồ, chỉ điểm cho Đội K93 quy tập được 149 hài cốt liệt sĩ. Riêng mùa khô 2014 - 2015, Đội K93 đã quy tập 87 hài cốt, trong đó có 31 hài cốt xác định được danh tính nhờ các bản đồ ông cung cấp.
Thiếu tá Danh Sóc Kha, Đội trưởng Đội K93, cho biết: "Ông Bảy nhớ từng gốc cây, từng con rạch. Có hố chôn tập thể 9 liệt sĩ, đơn vị đào 3 lần không thấy, ông sang tận nơi chỉ chỗ, đào xuống 1,2 m là gặp". Công tác tìm kiếm được thực hiện theo Quyết định số 1237/QĐ-TTg ngày 27/7/2013 của Thủ tướng Chính phủ và Kế hoạch 35-KH/BCĐ của Ban Chỉ đạo 1237 tỉnh.
Ông Nguyễn Văn Tư, Chủ tịch Hội CCB huyện An Minh, kể ông Bảy vốn là lính Trung đoàn 20, từng bị thương 3 lần, mất sức 41%, nhưng gia đình vẫn còn nghèo; năm 2013 Hội CCB tỉnh hỗ trợ 30 triệu đồng cất nhà "Nghĩa tình đồng đội". Ông dành gần hết tiền trợ cấp để đi đường, mỗi chuyến sang bạn tốn khoảng 4 triệu đồng.
Được biết, toàn tỉnh hiện còn hơn 2.100 mộ liệt sĩ chưa xác định được thông tin. Ông Danh Hoàng Nam, Phó Chủ tịch Hội CCB tỉnh, cho biết Hội đã phát động hội viên cung cấp thông tin và đến nay đã nhận 412 phiếu thông tin về mộ liệt sĩ.
Ở xã Vân Khánh, ông Bảy còn là tổ trưởng Tổ hòa giải ấp Xẻo Đước. Bà Trần Thị Ngọc Hân, Phó Chủ tịch UBND xã Vân Khánh, nói: "Mấy năm nay ấp Xẻo Đước không có đơn thư vượt cấp, có công lớn của ông Bảy và 14 hội viên CCB trong ấp". Mỗi khi về nước, ông lại cùng chi hội đi hòa giải, thăm hỏi gia đình chính sách.
Năm 2014, ông Bảy được Chủ tịch UBND tỉnh tặng Bằng khen. Còn ông chỉ nói: "Còn sức là còn đi, đồng đội còn nằm lại bên đó thì mình chưa yên".
Bài, ảnh: Trúc Linh
Lượt truy cập: 3.817
Tin khác
- Hội CCB tỉnh gặp mặt kỷ niệm 40 năm giải phóng miền Nam (20/04/2015)
- Hòn Đất: truy điệu, an táng 25 hài cốt liệt sĩ (15/04/2015)
- Tân Hiệp trao 7 nhà đồng đội (05/04/2015)
- Đội K93 lên đường làm nhiệm vụ mùa khô (18/11/2014)
- An Minh: CCB giúp nhau nuôi tôm - lúa (30/10/2014)
- Gặp mặt cựu quân tình nguyện Việt Nam tại Campuchia (14/10/2014)
""", "2015-04-23", "Cựu chiến binh Võ Văn Bảy: 12 năm đi tìm đồng đội trên đất bạn",
E("khac", None, None),
[P("Võ Văn Bảy", "Chi hội trưởng Chi hội CCB ấp Xẻo Đước"),
 P("Danh Sóc Kha", "Thiếu tá", "Đội trưởng Đội K93"),
 P("Nguyễn Văn Tư", "Chủ tịch Hội CCB huyện An Minh"),
 P("Trần Thị Ngọc Hân", "Phó Chủ tịch UBND xã Vân Khánh"),
 P("Danh Hoàng Nam", "Phó Chủ tịch Hội CCB tỉnh")],
[Q("6 CCB", 6, "CCB"), Q("27 sơ đồ", 27, "sơ đồ"), Q("149 hài cốt liệt sĩ", 149, "hài cốt liệt sĩ"), Q("87 hài cốt", 87, "hài cốt"),
 Q("31 hài cốt", 31, "hài cốt"), Q("9 liệt sĩ", 9, "liệt sĩ"), Q("3 lần", 3, "lần"), Q("1,2 m", 1.2, "m"), Q("41%", 41, "%"),
 Q("30 triệu đồng", 30000000, "đồng"), Q("khoảng 4 triệu đồng", 4000000, "đồng", "approx"),
 Q("hơn 2.100 mộ liệt sĩ", 2100, "mộ liệt sĩ", "over"), Q("412 phiếu thông tin", 412, "phiếu thông tin"), Q("14 hội viên CCB", 14, "hội viên CCB")],
[D("Quyết định", "1237", "QĐ-TTg", "2013-07-27", "Thủ tướng Chính phủ", "Quyết định số 1237/QĐ-TTg ngày 27/7/2013"),
 D("Kế hoạch", "35", "KH/BCĐ", None, "Ban Chỉ đạo 1237 tỉnh", "Kế hoạch 35-KH/BCĐ")],
[prov("Kiên Giang"), com("Vân Khánh")],
["Báo Kiên Giang Online", "Thời sự - Chính trị | Quốc phòng - An ninh", "Ông Võ Văn Bảy (thứ hai từ trái) cùng Đội K93 tại Campuchia.",
 "Nghĩa tình đồng đội", "Đội K93", "Kampot", "Lượt truy cập: 3.817"],
["Cập nhật lúc 15:10 ngày 23/04/2015", "Hôm nay: Thứ Năm, 23/04/2015", "12 năm", "68 tuổi", "năm 2003", "2014 - 2015", "Trung đoàn 20", "Lượt truy cập: 3.817"]))

PAGES.append(page("b4546-thanhhoa-ctnxp-bieuduong-2016", """
HỘI CỰU THANH NIÊN XUNG PHONG TỈNH THANH HÓA
Vị trí: Trang chủ > Hoạt động các cấp Hội
Ngày đăng 11/11/2016 | 14:30
Toàn cảnh hội nghị. Ảnh: Hà Anh
Biểu dương 86 cựu thanh niên xung phong sản xuất, kinh doanh giỏi
Sáng 10/11/2016, Hội Cựu thanh niên xung phong tỉnh Thanh Hóa tổ chức Hội nghị biểu dương cựu TNXP sản xuất, kinh doanh giỏi năm 2016. Đến dự có các đồng chí: Lê Thị Hương, Phó Trưởng Ban Dân vận Tỉnh ủy; Trịnh Văn Cường, Phó Chủ tịch Ủy ban MTTQ tỉnh; Lê Đình Thọ - Chủ tịch Hội CTNXP tỉnh chủ trì hội nghị.
Tỉnh Thanh Hóa có trên 28.000 cựu TNXP, trong đó 14.706 người sinh hoạt tại 569 cơ sở Hội. Thực hiện phong trào "Cựu TNXP giúp nhau làm kinh tế, xóa đói, giảm nghèo", các cấp Hội đã vận động hội viên phát triển 1.245 mô hình kinh tế, trong đó 86 mô hình tiêu biểu có doanh thu 1 tỷ đồng/năm trở lên, tạo việc làm thường xuyên cho 3.500 lao động với thu nhập bình quân 4,5 triệu đồng/người/tháng.
Tiêu biểu như mô hình trang trại tổng hợp của ông Lê Văn Lợi, Phó Chủ tịch Hội CTNXP xã Hoằng Lưu, rộng 12 ha, nuôi 2.000 con lợn/năm, cho lãi trên 800 triệu đồng; Công ty TNHH Thành Nam của bà Hoàng Thị Nụ, hội viên Hội CTNXP phường Đông Vệ, giải quyết việc làm cho 120 lao động, trong đó 16 con em cựu TNXP. Ông Hà Văn Pằn, người dân tộc Thái, Chi hội trưởng Chi hội CTNXP bản Phé, xã Phú Nghiêm, vận động 34 hộ trồng mía, nuôi bò vỗ béo.
Năm 2016, Hội đã giúp hội viên vay vốn từ Ngân hàng Chính sách xã hội với tổng dư nợ 46,8 tỷ đồng thông qua 52 tổ tiết kiệm và vay vốn; xây 15 nhà "Mái ấm đồng đội"; đề nghị giải quyết chế độ theo Quyết định 40/2011/QĐ-TTg cho 9.412 người, đạt 98,3% số hồ sơ. Hội thực hiện Nghị quyết số 12-NQ/TU của Ban Chấp hành Đảng bộ tỉnh, quyết định số 4231/QĐ-UBND ngày 2/11/2015 của UBND tỉnh về hỗ trợ hội viên phát triển sản xuất.
Tại hội nghị, các đại biểu cũng chỉ ra khó khăn: nhiều hội viên tuổi cao, sức yếu, thiếu vốn, tư liệu sản xuất; một số mô hình chăn nuôi chịu ảnh hưởng dịch bệnh, giá cả bấp bênh. Hội đề nghị tỉnh có cơ chế ưu tiên cho hội viên vay vốn tạo việc làm với mức tối đa 50 triệu đồng/hộ.
Phát biểu tại hội nghị, đồng chí Lê Thị Hương ghi nhận cựu TNXP "tuổi cao, chí càng cao", đề nghị các cấp Hội tiếp tục nhân rộng các mô hình hay.
Dịp này, Ban Thường vụ Hội CTNXP tỉnh tặng Giấy khen cho 86 cựu TNXP sản xuất, kinh doanh giỏi; 5 hội viên được UBND tỉnh tặng Bằng khen.
Hà Anh
Số lượt đọc: 411
Các tin khác
- Hội CTNXP Như Xuân đại hội lần thứ III (28/10/2016)
- Hội thảo "Thanh niên xung phong Thanh Hóa - Truyền thống và phát huy" (12/10/2016)
- Tặng 40 suất quà cho cựu TNXP nhiễm chất độc da cam (22/09/2016)
- Hội CTNXP Thọ Xuân trao 3 nhà "Mái ấm đồng đội" (08/09/2016)
- Kỷ niệm 66 năm Ngày truyền thống lực lượng TNXP Việt Nam (15/07/2016)
""", "2016-11-11", "Biểu dương 86 cựu thanh niên xung phong sản xuất, kinh doanh giỏi",
E("hoi_nghi", "2016", "2016-11-10"),
[P("Lê Thị Hương", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trịnh Văn Cường", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lê Đình Thọ", "Chủ tịch Hội CTNXP tỉnh"),
 P("Lê Văn Lợi", "Phó Chủ tịch Hội CTNXP xã Hoằng Lưu"),
 P("Hoàng Thị Nụ", "hội viên Hội CTNXP phường Đông Vệ"),
 P("Hà Văn Pằn", "Chi hội trưởng Chi hội CTNXP bản Phé")],
[Q("trên 28.000 cựu TNXP", 28000, "cựu TNXP", "over"), Q("14.706 người", 14706, "người"), Q("569 cơ sở Hội", 569, "cơ sở Hội"),
 Q("1.245 mô hình kinh tế", 1245, "mô hình kinh tế"), Q("86 mô hình tiêu biểu", 86, "mô hình tiêu biểu"),
 Q("1 tỷ đồng/năm trở lên", 1000000000, "đồng", "over"), Q("3.500 lao động", 3500, "lao động"), Q("4,5 triệu đồng", 4500000, "đồng"),
 Q("12 ha", 12, "ha"), Q("2.000 con lợn", 2000, "con lợn"), Q("trên 800 triệu đồng", 800000000, "đồng", "over"),
 Q("120 lao động", 120, "lao động"), Q("16 con em cựu TNXP", 16, "con em cựu TNXP"), Q("34 hộ", 34, "hộ"),
 Q("46,8 tỷ đồng", 46800000000, "đồng"), Q("52 tổ tiết kiệm và vay vốn", 52, "tổ tiết kiệm và vay vốn"),
 Q("15 nhà", 15, "nhà"), Q("9.412 người", 9412, "người"), Q("98,3%", 98.3, "%"),
 Q("86 cựu TNXP sản xuất, kinh doanh giỏi", 86, "cựu TNXP sản xuất, kinh doanh giỏi"), Q("5 hội viên", 5, "hội viên"), Q("tối đa 50 triệu đồng", 50000000, "đồng")],
[D("Quyết định", "40", "2011/QĐ-TTg", None, None, "Quyết định 40/2011/QĐ-TTg"),
 D("Nghị quyết", "12", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 12-NQ/TU"),
 D("Quyết định", "4231", "QĐ-UBND", "2015-11-02", "UBND tỉnh", "quyết định số 4231/QĐ-UBND ngày 2/11/2015")],
[prov("Thanh Hóa"), com("Hoằng Lưu"), com("Đông Vệ"), com("Phú Nghiêm")],
["HỘI CỰU THANH NIÊN XUNG PHONG TỈNH THANH HÓA", "Vị trí: Trang chủ > Hoạt động các cấp Hội", "Toàn cảnh hội nghị. Ảnh: Hà Anh",
 "Cựu TNXP giúp nhau làm kinh tế, xóa đói, giảm nghèo", "Mái ấm đồng đội", "Công ty TNHH Thành Nam", "tuổi cao, chí càng cao", "Số lượt đọc: 411"],
["Ngày đăng 11/11/2016 | 14:30", "năm 2016", "Số lượt đọc: 411"]))
