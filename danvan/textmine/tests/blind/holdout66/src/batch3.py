from lib import *
PAGES = []

PAGES.append(page("b1553-phutho-btgdv-giaoban-q3-2025", """
Ban Tuyên giáo và Dân vận Tỉnh ủy Phú Thọ
Trang chủ >> Hoạt động của Ban >> Tin tuyên giáo - dân vận
Ngày đăng 08/10/2025 | 16:20
Đồng chí Quách Công Thiện phát biểu kết luận giao ban.
Giao ban công tác tuyên giáo và dân vận quý III/2025
Chiều 7/10, Ban Tuyên giáo và Dân vận Tỉnh ủy Phú Thọ tổ chức hội nghị giao ban công tác tuyên giáo và dân vận quý III, triển khai nhiệm vụ quý IV năm 2025, kết nối trực tuyến với 148 xã, phường trong tỉnh. Đồng chí Quách Công Thiện, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì.
Báo cáo do đồng chí Nguyễn Thị Thanh Hương, Phó Trưởng ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy trình bày cho biết, quý III là quý đầu tiên tỉnh Phú Thọ mới (hợp nhất từ 3 tỉnh Phú Thọ, Vĩnh Phúc, Hòa Bình) đi vào hoạt động. Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 08, 09-CT/TU về lãnh đạo công tác tư tưởng và công tác dân vận trong giai đoạn đầu vận hành chính quyền địa phương 2 cấp; ban hành Kế hoạch số 18-KH/BTGDVTU về tuyên truyền Đại hội đại biểu Đảng bộ tỉnh lần thứ I; hướng dẫn các đảng ủy xã, phường thực hiện Hướng dẫn số 03-HD/BTGDVTW ngày 15/7/2025 của Ban Tuyên giáo và Dân vận Trung ương.
Trong quý, các cơ quan báo chí đăng tải hơn 4.000 tin, bài; đội ngũ báo cáo viên các cấp tổ chức 2.150 lượt tuyên truyền miệng tại khu dân cư. Công tác nắm tình hình cho thấy trên 96% ý kiến được khảo sát đồng tình với việc sắp xếp bộ máy.
Tại hội nghị, đồng chí Nguyễn Văn Khánh, Bí thư Đảng ủy phường Vĩnh Yên, đề xuất sớm hướng dẫn việc kiện toàn tổ dân vận ở các tổ dân phố sau sáp nhập. Bà Bùi Thị Nguyệt, Chủ tịch Ủy ban MTTQ Việt Nam xã Mai Châu, cho biết xã đã thành lập 47 Ban Công tác Mặt trận thôn, bản và đang vận động 126 hộ người Thái, Mường chỉnh trang nhà sàn làm du lịch cộng đồng. Ông Hà Văn Quyết, Trưởng phòng Dân vận - Dân tộc - Tôn giáo Ban Tuyên giáo và Dân vận Tỉnh ủy, báo cáo tình hình các điểm nhóm tôn giáo mới phát sinh ở vùng giáp ranh.
Kết luận giao ban, đồng chí Quách Công Thiện yêu cầu quý IV tập trung tuyên truyền thành công Đại hội Đảng bộ tỉnh; nắm chắc dư luận xã hội về việc bố trí cán bộ, trụ sở sau sắp xếp; sơ kết mô hình "Dân vận khéo" gắn với chuyển đổi số; chuẩn bị tổng kết công tác năm 2025. Đồng chí đề nghị Trưởng phòng Hà Văn Quyết phối hợp các xã vùng cao xây dựng phương án vận động cụ thể.
Minh Phương
Lượt xem: 1.233
Tin khác
- Tọa đàm "Dân vận khéo trong chính quyền địa phương 2 cấp" (26/09/2025)
- Phường Vĩnh Yên ra mắt Tổ công nghệ số cộng đồng (18/09/2025)
- Hòa Bình (cũ): 20 năm vận động đồng bào định canh định cư (04/09/2025)
- Hội nghị báo cáo viên tháng 9 năm 2025 (10/09/2025)
""", "2025-10-08", "Giao ban công tác tuyên giáo và dân vận quý III/2025",
E("giao_ban", "2025-Q3", "2025-10-07"),
[P("Quách Công Thiện", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Thanh Hương", "Phó Trưởng ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Khánh", "Bí thư Đảng ủy phường Vĩnh Yên"),
 P("Bùi Thị Nguyệt", "Chủ tịch Ủy ban MTTQ Việt Nam xã Mai Châu"),
 P("Hà Văn Quyết", "Trưởng phòng Dân vận - Dân tộc - Tôn giáo Ban Tuyên giáo và Dân vận Tỉnh ủy", "Trưởng phòng")],
[Q("148 xã, phường", 148, "xã, phường"), Q("hơn 4.000 tin, bài", 4000, "tin, bài", "over"),
 Q("2.150 lượt tuyên truyền miệng", 2150, "lượt tuyên truyền miệng"), Q("trên 96%", 96, "%", "over"),
 Q("47 Ban Công tác Mặt trận thôn, bản", 47, "Ban Công tác Mặt trận thôn, bản"),
 Q("126 hộ người Thái, Mường", 126, "hộ người Thái, Mường")],
[D("Chỉ thị", "08", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 08, 09-CT/TU"),
 D("Chỉ thị", "09", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 08, 09-CT/TU"),
 D("Kế hoạch", "18", "KH/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch số 18-KH/BTGDVTU"),
 D("Hướng dẫn", "03", "HD/BTGDVTW", "2025-07-15", "Ban Tuyên giáo và Dân vận Trung ương", "Hướng dẫn số 03-HD/BTGDVTW ngày 15/7/2025 của Ban Tuyên giáo và Dân vận Trung ương")],
[prov("Phú Thọ"), prov("Vĩnh Phúc"), prov("Hòa Bình"), com("Vĩnh Yên"), com("Mai Châu")],
["Ban Tuyên giáo và Dân vận Tỉnh ủy Phú Thọ", "Trang chủ >> Hoạt động của Ban >> Tin tuyên giáo - dân vận",
 "Đồng chí Quách Công Thiện phát biểu kết luận giao ban.", "Dân vận khéo", "Lượt xem: 1.233"],
["Ngày đăng 08/10/2025 | 16:20", "quý III", "quý IV năm 2025", "3 tỉnh", "2 cấp", "lần thứ I", "năm 2025", "Lượt xem: 1.233"]))

PAGES.append(page("b1554-gialai-xa-iadom-doithoai-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH GIA LAI
Chính trị » Xây dựng Đảng
Thứ Bảy, 22/11/2025 - 07:30
Xã Ia Dom: Người đứng đầu cấp ủy, chính quyền đối thoại với Nhân dân
(GLO) - Sáng 21/11, Đảng ủy xã Ia Dom tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân năm 2025. Đồng chí Rơ Mah Tuấn, Bí thư Đảng ủy xã Ia Dom và đồng chí Nguyễn Hữu Phúc, Phó Bí thư Đảng ủy, Chủ tịch UBND xã đồng chủ trì.
Dự hội nghị có đồng chí Trần Thị Mỹ Hạnh, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Gia Lai, cùng hơn 200 người dân đại diện cho 14 làng trên địa bàn xã.
Bà Ksor H'Bla nêu ý kiến tại hội nghị. Ảnh: Hà Duy
Hội nghị được tổ chức theo Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị và Kế hoạch số 09-KH/ĐU của Đảng ủy xã. Đây là lần đầu tiên xã Ia Dom (mới) đối thoại với Nhân dân kể từ khi sắp xếp đơn vị hành chính.
Tại hội nghị, 17 ý kiến của người dân tập trung vào việc cấp giấy chứng nhận quyền sử dụng đất, giá cà phê bấp bênh, đường vào khu sản xuất xuống cấp. Ông Siu Đoan, làng Kòn, phản ánh tuyến đường dài 3,5 km ra rẫy bị sạt lở sau mưa lớn. Bà Rơ Châm H'Nhi ở làng Mook Trê đề nghị hỗ trợ vốn cho phụ nữ làm kinh tế. Già làng Rah Lan Bưh mong chính quyền quan tâm giữ gìn cồng chiêng, nhà rông.
Bà Ksor H'Bla, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã kiêm Chủ tịch Hội Liên hiệp Phụ nữ xã, cho biết Hội đã phối hợp Ngân hàng Chính sách xã hội giải ngân 3,2 tỷ đồng cho 64 hội viên vay vốn; thời gian tới sẽ ưu tiên các hộ ở làng Mook Trê.
Trả lời các ý kiến, Chủ tịch UBND xã Nguyễn Hữu Phúc cho biết xã đã rà soát 320 hộ chưa được cấp giấy chứng nhận, sẽ hoàn thành cho ít nhất 150 hộ trong năm 2026; tuyến đường làng Kòn được đưa vào danh mục sửa chữa với kinh phí dự kiến khoảng 1,5 tỷ đồng. Toàn xã hiện có hơn 1.800 ha cà phê, trong đó 420 ha đã tái canh.
Phát biểu kết luận, đồng chí Rơ Mah Tuấn tiếp thu 4 kiến nghị vượt thẩm quyền để báo cáo cấp trên, yêu cầu các bộ phận chuyên môn trả lời bằng văn bản trước ngày 15/12. Đồng chí Trần Thị Mỹ Hạnh đánh giá cao cách tổ chức đối thoại ngay tại nhà rông, dùng cả tiếng Jrai để bà con dễ hiểu.
Nhiều người dân cho biết lần đầu được trực tiếp hỏi, nghe lãnh đạo xã trả lời nên rất phấn khởi; mong các buổi đối thoại được tổ chức thường xuyên hơn, luân phiên về từng làng.
Sau đối thoại, Đảng ủy xã trao 30 suất quà cho các hộ nghèo.
Hà Duy
Tin liên quan
- Phường Quy Nhơn Nam đối thoại với tiểu thương chợ (15/11/2025)
- Gia Lai: 135 xã, phường hoàn thành kiện toàn tổ dân vận (07/11/2025)
- Xã Ia Pa vận động đồng bào hiến đất làm đường (30/10/2025)
- Biểu dương 60 người có uy tín tiêu biểu (20/10/2025)
""", "2025-11-22", "Xã Ia Dom: Người đứng đầu cấp ủy, chính quyền đối thoại với Nhân dân",
E("doi_thoai", "2025", "2025-11-21"),
[P("Rơ Mah Tuấn", "Bí thư Đảng ủy xã Ia Dom"),
 P("Nguyễn Hữu Phúc", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Trần Thị Mỹ Hạnh", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Gia Lai"),
 P("Siu Đoan"),
 P("Rơ Châm H'Nhi"),
 P("Rah Lan Bưh", "Già làng"),
 P("Ksor H'Bla", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã kiêm Chủ tịch Hội Liên hiệp Phụ nữ xã")],
[Q("hơn 200 người dân", 200, "người dân", "over"), Q("14 làng", 14, "làng"), Q("17 ý kiến", 17, "ý kiến"),
 Q("3,5 km", 3.5, "km"), Q("3,2 tỷ đồng", 3200000000, "đồng"), Q("64 hội viên", 64, "hội viên"),
 Q("320 hộ", 320, "hộ"), Q("150 hộ", 150, "hộ", "over"), Q("khoảng 1,5 tỷ đồng", 1500000000, "đồng", "approx"),
 Q("hơn 1.800 ha", 1800, "ha", "over"), Q("420 ha", 420, "ha"), Q("4 kiến nghị", 4, "kiến nghị"), Q("30 suất quà", 30, "suất quà")],
[D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", "Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị"),
 D("Kế hoạch", "09", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch số 09-KH/ĐU của Đảng ủy xã")],
[prov("Gia Lai"), com("Ia Dom")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH GIA LAI", "Chính trị » Xây dựng Đảng", "(GLO)",
 "Bà Ksor H'Bla nêu ý kiến tại hội nghị. Ảnh: Hà Duy", "Ngân hàng Chính sách xã hội"],
["Thứ Bảy, 22/11/2025 - 07:30", "năm 2025", "năm 2026", "lần đầu tiên", "15/12"]))

PAGES.append(page("b1555-khanhhoa-raglai-danvankheo-2025", """
Báo Khánh Hòa điện tử
Trang chủ › Xã hội › Dân tộc - Tôn giáo
20/12/2025 06:00
Mùa mít ngọt ở thôn Ma Oăi
Chị Chamaléa Thị Hoa (bìa phải) hướng dẫn bà con chăm sóc vườn mít.
Nhắc đến thôn Ma Oăi, xã Bác Ái Tây, nhiều người còn nhớ hình ảnh những mái nhà tranh xiêu vẹo, những nương bắp còi cọc trên sườn đồi. Nay, con đường bê tông đã chạy đến tận đầu thôn, hai bên là những vườn mít Thái xanh mướt, mỗi mùa cho bà con người Raglai nguồn thu ổn định.
Chị Chamaléa Thị Hoa, Bí thư Chi bộ thôn Ma Oăi, kể: "Ban đầu, bà con chưa tin. Cán bộ phải trồng thử trên rẫy nhà mình, rồi dẫn bà con đi xem tận nơi". Từ 8 hộ trồng thử năm 2019, đến nay cả thôn đã có 86 hộ tham gia với khoảng 120 ha mít. Chi bộ thôn đưa việc vận động chuyển đổi cây trồng vào Nghị quyết chuyên đề số 03-NQ/CB, phân công đảng viên phụ trách từng nhóm hộ.
Mô hình "Chi bộ thôn đồng hành cùng bà con trồng mít" được công nhận là mô hình "Dân vận khéo" cấp tỉnh. Theo thống kê của xã, đã có 42 hộ trong thôn thoát nghèo nhờ vườn mít; 3 tổ hợp tác được thành lập để thu mua, bao tiêu sản phẩm.
Ông Katơr Sơn, người có uy tín thôn Suối Rớ, xã Bác Ái Tây, cho hay thấy thôn Ma Oăi làm được, bà con thôn Suối Rớ cũng đăng ký trồng thêm 35 ha. "Già làng, người có uy tín nói trước, làm trước thì con cháu làm theo", ông nói.
Bà Pi Năng Thị Thu, Chủ tịch Ủy ban MTTQ Việt Nam xã Bác Ái Tây, cho biết năm 2025 Mặt trận xã phối hợp với Đoàn Thanh niên, Hội Nông dân vận động các hộ góp vốn làm 2,4 km đường nội đồng, tổng kinh phí gần 900 triệu đồng, trong đó Nhân dân đóng góp 180 triệu đồng và hơn 1.200 ngày công. Xã cũng đang triển khai Kế hoạch số 21-KH/ĐU của Đảng ủy xã về nhân rộng mô hình sang các thôn Suối Rớ, Đá Trắng.
Theo đồng chí Mấu Thị Bích, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, sau khi hợp nhất tỉnh Khánh Hòa và tỉnh Ninh Thuận, Ban đang tổng hợp các mô hình hay ở vùng đồng bào Raglai, Chăm để nhân rộng, trong đó mô hình ở thôn Ma Oăi là một điển hình. Những cách làm như vậy góp phần thực hiện hiệu quả Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ về chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi.
Chiều muộn, những chiếc xe máy chở đầy mít lại xuôi về điểm thu mua ở trung tâm xã. Mỗi ký mít loại 1 được thương lái trả 12.000 đồng, cao hơn năm trước.
Bài, ảnh: Phan Sông Ngân
Lượt xem: 3.015
Bài viết liên quan
- Bác Ái Tây: Dân vận khéo giúp đồng bào Raglai thoát nghèo (02/12/2025)
- Người có uy tín góp sức xây dựng khối đại đoàn kết (18/11/2025)
- Khánh Hòa: 64 mô hình dân vận khéo được công nhận năm 2025 (04/11/2025)
""", "2025-12-20", "Mùa mít ngọt ở thôn Ma Oăi",
E("khac", None, None),
[P("Chamaléa Thị Hoa", "Bí thư Chi bộ thôn Ma Oăi"),
 P("Katơr Sơn", "người có uy tín thôn Suối Rớ"),
 P("Pi Năng Thị Thu", "Chủ tịch Ủy ban MTTQ Việt Nam xã Bác Ái Tây"),
 P("Mấu Thị Bích", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy")],
[Q("8 hộ", 8, "hộ"), Q("86 hộ", 86, "hộ"), Q("khoảng 120 ha", 120, "ha", "approx"), Q("42 hộ", 42, "hộ"),
 Q("3 tổ hợp tác", 3, "tổ hợp tác"), Q("35 ha", 35, "ha"), Q("2,4 km", 2.4, "km"),
 Q("gần 900 triệu đồng", 900000000, "đồng", "approx"), Q("180 triệu đồng", 180000000, "đồng"),
 Q("hơn 1.200 ngày công", 1200, "ngày công", "over"), Q("12.000 đồng", 12000, "đồng")],
[D("Nghị quyết", "03", "NQ/CB", None, "Chi bộ thôn", "Nghị quyết chuyên đề số 03-NQ/CB"),
 D("Kế hoạch", "21", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch số 21-KH/ĐU của Đảng ủy xã"),
 D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ")],
[prov("Khánh Hòa"), prov("Ninh Thuận"), com("Bác Ái Tây")],
["Báo Khánh Hòa điện tử", "Trang chủ › Xã hội › Dân tộc - Tôn giáo",
 "Chị Chamaléa Thị Hoa (bìa phải) hướng dẫn bà con chăm sóc vườn mít.", "Chi bộ thôn đồng hành cùng bà con trồng mít",
 "Dân vận khéo", "Lượt xem: 3.015"],
["20/12/2025 06:00", "năm 2019", "năm 2025", "loại 1", "Lượt xem: 3.015"]))

PAGES.append(page("b1556-cantho-mttq-taphuan-xa-2025", """
Ủy ban MTTQ Việt Nam thành phố Cần Thơ
Trang chủ / Tin tức - Sự kiện / Mặt trận cơ sở
19/08/2025 - 14:30
Tập huấn nghiệp vụ cho cán bộ Mặt trận 103 xã, phường
Ông Nguyễn Trung Nghĩa phát biểu khai mạc lớp tập huấn.
Ngày 18 và 19/8, Ban Thường trực Ủy ban MTTQ Việt Nam thành phố Cần Thơ tổ chức lớp tập huấn nghiệp vụ công tác Mặt trận năm 2025 cho 206 học viên là Chủ tịch, Phó Chủ tịch Ủy ban MTTQ Việt Nam của 103 xã, phường sau sắp xếp.
Phát biểu khai mạc, ông Nguyễn Trung Nghĩa, Ủy viên Ban Thường vụ Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam thành phố cho biết: sau khi hợp nhất thành phố Cần Thơ, tỉnh Sóc Trăng và tỉnh Hậu Giang, các tổ chức chính trị - xã hội và hội quần chúng được Đảng, Nhà nước giao nhiệm vụ đã trực thuộc Ủy ban MTTQ Việt Nam. Ở cấp xã, Chủ tịch Ủy ban MTTQ Việt Nam xã, phường đồng thời là Trưởng Ban Dân vận của Đảng ủy; nhiều cán bộ mới đảm nhiệm nên rất cần được bồi dưỡng kỹ năng.
Trong 2 ngày, các học viên được truyền đạt 5 chuyên đề, gồm: những điểm mới của Điều lệ MTTQ Việt Nam sau sửa đổi; Hướng dẫn số 06/HD-MTTW-BTT ngày 30/6/2025 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam về tổ chức bộ máy Mặt trận cấp xã; nghiệp vụ giám sát, phản biện xã hội; công tác dân tộc, tôn giáo; kỹ năng tiếp xúc, đối thoại với Nhân dân. Báo cáo viên là bà Lê Thị Hồng Vân, Trưởng ban Dân chủ - Pháp luật Ủy ban Trung ương MTTQ Việt Nam và bà Lâm Thị Sa Phia, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố.
Theo Quyết định số 12/QĐ-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam thành phố, toàn thành phố hiện có 2.109 Ban Công tác Mặt trận ở ấp, khu vực; trong đó 386 ấp, khu vực có đông đồng bào Khmer sinh sống.
Chia sẻ tại lớp học, ông Danh Sơn, Chủ tịch Ủy ban MTTQ Việt Nam phường Sóc Trăng, cho biết những tuần đầu sau sáp nhập, phường phải cùng lúc kiện toàn 42 Ban Công tác Mặt trận khu vực, bàn giao hồ sơ của 5 đoàn thể. Bà Huỳnh Thị Ngọc Mai, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Vị Thủy kiêm Chủ tịch Hội Liên hiệp Phụ nữ xã, đề nghị thành phố sớm ban hành quy chế phối hợp mẫu giữa Mặt trận và các đoàn thể trực thuộc.
Bế mạc lớp tập huấn, bà Lâm Thị Sa Phia đề nghị học viên vận dụng kiến thức vào thực tiễn, nhất là công tác giám sát việc giải quyết thủ tục hành chính, chính sách an sinh xã hội ở cơ sở. Đợt 2 sẽ tổ chức trong tháng 9 cho 2.109 trưởng Ban Công tác Mặt trận.
Ngay sau tập huấn, Ủy ban MTTQ Việt Nam thành phố đã trao tặng mỗi xã, phường 1 bộ tài liệu nghiệp vụ.
Kim Ngân
Lượt xem: 764
Tin liên quan
- Ra mắt Ủy ban MTTQ Việt Nam thành phố Cần Thơ nhiệm kỳ 2024 - 2029 (01/07/2025)
- Phường Vị Thanh tổ chức Ngày hội Đại đoàn kết (10/08/2025)
- Hội nghị hiệp thương kiện toàn Ủy ban MTTQ Việt Nam xã Kế Sách (25/07/2025)
- Mặt trận thành phố thăm chùa Khmer dịp lễ Sene Đôlta (06/08/2025)
""", "2025-08-19", "Tập huấn nghiệp vụ cho cán bộ Mặt trận 103 xã, phường",
E("tap_huan", "2025", "2025-08-18"),
[P("Nguyễn Trung Nghĩa", "Ủy viên Ban Thường vụ Thành ủy", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Lê Thị Hồng Vân", "Trưởng ban Dân chủ - Pháp luật Ủy ban Trung ương MTTQ Việt Nam"),
 P("Lâm Thị Sa Phia", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Danh Sơn", "Chủ tịch Ủy ban MTTQ Việt Nam phường Sóc Trăng"),
 P("Huỳnh Thị Ngọc Mai", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Vị Thủy kiêm Chủ tịch Hội Liên hiệp Phụ nữ xã")],
[Q("206 học viên", 206, "học viên"), Q("103 xã, phường", 103, "xã, phường"), Q("5 chuyên đề", 5, "chuyên đề"),
 Q("2.109 Ban Công tác Mặt trận", 2109, "Ban Công tác Mặt trận"), Q("386 ấp, khu vực", 386, "ấp, khu vực"),
 Q("42 Ban Công tác Mặt trận khu vực", 42, "Ban Công tác Mặt trận khu vực"), Q("5 đoàn thể", 5, "đoàn thể"),
 Q("2.109 trưởng Ban Công tác Mặt trận", 2109, "trưởng Ban Công tác Mặt trận")],
[D("Hướng dẫn", "06", "HD-MTTW-BTT", "2025-06-30", "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 06/HD-MTTW-BTT ngày 30/6/2025 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam"),
 D("Quyết định", "12", "QĐ-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam thành phố", "Quyết định số 12/QĐ-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam thành phố")],
[prov("Cần Thơ"), prov("Sóc Trăng"), prov("Hậu Giang"), com("Sóc Trăng"), com("Vị Thủy")],
["Ủy ban MTTQ Việt Nam thành phố Cần Thơ", "Trang chủ / Tin tức - Sự kiện / Mặt trận cơ sở",
 "Ông Nguyễn Trung Nghĩa phát biểu khai mạc lớp tập huấn.", "Điều lệ MTTQ Việt Nam", "Lượt xem: 764"],
["19/08/2025 - 14:30", "năm 2025", "2 ngày", "Đợt 2", "tháng 9", "1 bộ tài liệu", "Lượt xem: 764"]))

PAGES.append(page("b1557-ninhbinh-btgdv-tongket-2025", """
BÁO NINH BÌNH
Chính trị › Xây dựng Đảng
Thứ Bảy, 10/01/2026, 07:45
Hôm nay: Thứ Bảy, 17/01/2026
Ảnh: Toàn cảnh hội nghị.
Ngành Tuyên giáo và Dân vận tỉnh triển khai nhiệm vụ năm 2026
Ngày 9/1, Ban Tuyên giáo và Dân vận Tỉnh ủy Ninh Bình tổ chức hội nghị tổng kết công tác tuyên giáo và dân vận năm 2025, triển khai nhiệm vụ năm 2026. Dự và chỉ đạo hội nghị có đồng chí Lê Quốc Trung, Phó Bí thư Tỉnh ủy. Đồng chí Mai Thị Hồng Nhung, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì.
Năm 2025 là năm đầu tiên tỉnh Ninh Bình mới (hợp nhất Ninh Bình, Hà Nam, Nam Định) vận hành bộ máy với 129 xã, phường. Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận 03, 04-KL/TU về công tác dân vận trong sắp xếp tổ chức bộ máy và về vận động đồng bào Công giáo; phối hợp với Ủy ban MTTQ Việt Nam tỉnh ký Quy chế phối hợp số 01-QCPH/BTGDVTU-MTTQ. Việc tuyên truyền, triển khai Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia được thực hiện đến từng chi bộ.
Toàn tỉnh đã xóa 4.526 căn nhà tạm, nhà dột nát với tổng kinh phí trên 312 tỷ đồng; công nhận 1.380 mô hình "Dân vận khéo". Kết quả khảo sát cho thấy 97,8% người dân hài lòng với hoạt động của chính quyền cấp xã sau sắp xếp.
Thảo luận tại hội nghị, đồng chí Trần Văn Duẩn, Bí thư Đảng ủy phường Phủ Lý, chia sẻ cách phường tổ chức "Ngày thứ Bảy lắng nghe dân"; bà Nguyễn Thị Hậu, Chủ tịch Ủy ban MTTQ Việt Nam xã Giao Thủy, cho biết xã đã vận động 14 giáo họ tham gia phong trào "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh". Linh mục Phêrô Đỗ Văn Thiện, Quản xứ giáo xứ Phú Nhai, gửi tham luận về vai trò chức sắc trong xây dựng khối đại đoàn kết.
Bên cạnh kết quả đạt được, hội nghị chỉ ra một số hạn chế: công tác nắm bắt dư luận xã hội ở một số xã, phường mới sáp nhập chưa kịp thời; việc kiện toàn tổ dân vận ở thôn, tổ dân phố còn chậm; một số cán bộ chưa quen với phương thức làm việc mới.
Phát biểu chỉ đạo, đồng chí Lê Quốc Trung đề nghị năm 2026 tập trung tuyên truyền, đưa Nghị quyết Đại hội XIV của Đảng và Nghị quyết Đại hội Đảng bộ tỉnh lần thứ I vào cuộc sống; làm tốt công tác dân vận trong bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031.
Dịp này, 5 tập thể và 7 cá nhân được nhận Bằng khen của Ban Tuyên giáo và Dân vận Trung ương; 24 tập thể, 31 cá nhân được Ban Tuyên giáo và Dân vận Tỉnh ủy tặng giấy khen.
Thanh Hà
Lượt xem: 1.780
Tin khác
- Hội nghị báo cáo viên tháng 1 năm 2026 (06/01/2026)
- Phường Nam Định ra mắt mô hình "Khu phố bình yên" (30/12/2025)
- Giao ban khối dân vận quý IV năm 2025 (24/12/2025)
- Xã Hải Hậu đối thoại với ngư dân (18/12/2025)
""", "2026-01-10", "Ngành Tuyên giáo và Dân vận tỉnh triển khai nhiệm vụ năm 2026",
E("tong_ket", "2025", "2026-01-09"),
[P("Lê Quốc Trung", "Phó Bí thư Tỉnh ủy"),
 P("Mai Thị Hồng Nhung", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Trần Văn Duẩn", "Bí thư Đảng ủy phường Phủ Lý"),
 P("Nguyễn Thị Hậu", "Chủ tịch Ủy ban MTTQ Việt Nam xã Giao Thủy"),
 P("Phêrô Đỗ Văn Thiện", "Linh mục", "Quản xứ giáo xứ Phú Nhai")],
[Q("129 xã, phường", 129, "xã, phường"), Q("4.526 căn nhà tạm, nhà dột nát", 4526, "căn nhà tạm, nhà dột nát"),
 Q("trên 312 tỷ đồng", 312000000000, "đồng", "over"), Q("1.380 mô hình", 1380, "mô hình"), Q("97,8%", 97.8, "%"),
 Q("14 giáo họ", 14, "giáo họ"), Q("5 tập thể", 5, "tập thể"), Q("7 cá nhân", 7, "cá nhân"),
 Q("24 tập thể", 24, "tập thể"), Q("31 cá nhân", 31, "cá nhân")],
[D("Kết luận", "03", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 03, 04-KL/TU"),
 D("Kết luận", "04", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 03, 04-KL/TU"),
 D("Quy chế phối hợp", "01", "QCPH/BTGDVTU-MTTQ", None, None, "Quy chế phối hợp số 01-QCPH/BTGDVTU-MTTQ"),
 D("Nghị quyết", "57", "NQ/TW", "2024-12-22", "Bộ Chính trị", "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị")],
[prov("Ninh Bình"), prov("Hà Nam"), prov("Nam Định"), com("Phủ Lý"), com("Giao Thủy")],
["BÁO NINH BÌNH", "Chính trị › Xây dựng Đảng", "Hôm nay: Thứ Bảy, 17/01/2026", "Ảnh: Toàn cảnh hội nghị.",
 "Dân vận khéo", "Ngày thứ Bảy lắng nghe dân", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
 "Nghị quyết Đại hội XIV", "Lượt xem: 1.780"],
["Thứ Bảy, 10/01/2026, 07:45", "năm 2025", "năm 2026", "lần thứ I", "khóa XVI", "2026 - 2031", "Lượt xem: 1.780"]))

PAGES.append(page("b1558-angiang-nguoicouytin-2026", """
Cổng thông tin điện tử Ban Tuyên giáo và Dân vận Tỉnh ủy An Giang
Bạn đang ở: Trang chủ » Dân tộc - Tôn giáo
Cập nhật lúc 11:20 ngày 14/03/2026
Biểu dương 200 người có uy tín trong đồng bào dân tộc thiểu số
Các đại biểu dự hội nghị chụp ảnh lưu niệm.
Ngày 13/3, tại phường Rạch Giá, Ban Tuyên giáo và Dân vận Tỉnh ủy An Giang phối hợp với Sở Dân tộc và Tôn giáo tổ chức hội nghị gặp mặt, biểu dương người có uy tín trong đồng bào dân tộc thiểu số năm 2026. Dự hội nghị có 200 người có uy tín được lựa chọn từ tổng số 1.146 người có uy tín của tỉnh.
Chủ trì hội nghị có đồng chí Lê Hồng Thắm, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; ông Chau Văn Sóc, Giám đốc Sở Dân tộc và Tôn giáo; các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Thạch Kim Lan, Đỗ Văn Nhân.
Báo cáo tại hội nghị cho biết, năm 2025 người có uy tín đã tham gia hòa giải thành 318 vụ việc mâu thuẫn ở cơ sở; vận động đồng bào Khmer, Chăm hiến 27.400 m2 đất, đóng góp gần 6,5 tỷ đồng làm đường, cầu nông thôn. Chính sách đối với người có uy tín được thực hiện theo Quyết định số 12/2018/QĐ-TTg và Quyết định số 28/2023/QĐ-TTg của Thủ tướng Chính phủ; mỗi người được hỗ trợ 700.000 đồng/quý, được cấp báo và thăm hỏi khi ốm đau.
Tại hội nghị, ông Chau Sóc Sa Phi, người có uy tín phum Phnôm Pi, xã Tri Tôn, chia sẻ việc vận động thanh niên Khmer không nghe theo kẻ xấu xuất cảnh trái phép. Ông Hakim Ma San, người có uy tín ấp Koh Ka Boong, xã Châu Phong, cho biết bà con Chăm đã góp 120 triệu đồng sửa đường vào Thánh đường. Bà Néang Sa Khon ở xã Gò Quao đề nghị tăng cường dạy nghề cho phụ nữ dân tộc. Ông Danh Sà Rên, người có uy tín ấp Tà Tây, xã Gò Quao, kiến nghị hỗ trợ nước sạch cho 96 hộ đồng bào Khmer.
Phát biểu, đồng chí Lê Hồng Thắm ghi nhận những đóng góp của đội ngũ người có uy tín trong năm đầu tiên sau hợp nhất tỉnh An Giang và tỉnh Kiên Giang; đề nghị người có uy tín tiếp tục là cầu nối giữa Đảng, chính quyền với đồng bào, tích cực tham gia vận động cử tri đi bầu cử đại biểu Quốc hội và HĐND các cấp ngày 15/3/2026.
Dịp này, Ban Tuyên giáo và Dân vận Tỉnh ủy tặng giấy khen cho 50 người có uy tín có thành tích xuất sắc, mỗi người kèm 1 triệu đồng; tặng quà cho toàn bộ đại biểu dự hội nghị theo Kế hoạch số 14-KH/BTGDVTU.
Minh Khoa
Lượt xem: 986
Tin liên quan
- Họp mặt chức sắc, chức việc Phật giáo Nam tông Khmer (27/02/2026)
- Xã Tri Tôn ra mắt tổ dân vận phum, sóc (20/02/2026)
- Thăm, chúc Tết người có uy tín dịp Tết Bính Ngọ (10/02/2026)
- Tổng kết công tác dân tộc năm 2025 (30/12/2025)
""", "2026-03-14", "Biểu dương 200 người có uy tín trong đồng bào dân tộc thiểu số",
E("hoi_nghi", "2026", "2026-03-13"),
[P("Lê Hồng Thắm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Chau Văn Sóc", "Giám đốc Sở Dân tộc và Tôn giáo"),
 P("Thạch Kim Lan", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Đỗ Văn Nhân", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Chau Sóc Sa Phi", "người có uy tín phum Phnôm Pi"),
 P("Hakim Ma San", "người có uy tín ấp Koh Ka Boong"),
 P("Néang Sa Khon"),
 P("Danh Sà Rên", "người có uy tín ấp Tà Tây")],
[Q("200 người có uy tín", 200, "người có uy tín"), Q("1.146 người có uy tín", 1146, "người có uy tín"),
 Q("318 vụ việc mâu thuẫn", 318, "vụ việc mâu thuẫn"), Q("27.400 m2", 27400, "m2"),
 Q("gần 6,5 tỷ đồng", 6500000000, "đồng", "approx"), Q("700.000 đồng", 700000, "đồng"),
 Q("120 triệu đồng", 120000000, "đồng"), Q("96 hộ đồng bào Khmer", 96, "hộ đồng bào Khmer"),
 Q("50 người có uy tín", 50, "người có uy tín"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Quyết định", "12", "2018/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg"),
 D("Quyết định", "28", "2023/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 28/2023/QĐ-TTg của Thủ tướng Chính phủ"),
 D("Kế hoạch", "14", "KH/BTGDVTU", None, None, "Kế hoạch số 14-KH/BTGDVTU")],
[prov("An Giang"), prov("Kiên Giang"), com("Rạch Giá"), com("Tri Tôn"), com("Châu Phong"), com("Gò Quao")],
["Cổng thông tin điện tử Ban Tuyên giáo và Dân vận Tỉnh ủy An Giang", "Bạn đang ở: Trang chủ » Dân tộc - Tôn giáo",
 "Các đại biểu dự hội nghị chụp ảnh lưu niệm.", "Sở Dân tộc và Tôn giáo", "Lượt xem: 986"],
["Cập nhật lúc 11:20 ngày 14/03/2026", "năm 2026", "năm 2025", "năm đầu tiên", "15/3/2026", "Lượt xem: 986"]))
