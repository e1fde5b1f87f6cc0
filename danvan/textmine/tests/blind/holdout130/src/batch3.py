from lib import *
PAGES = []

PAGES.append(page("b3089-sonla-mttq-tiepxuccutri-2021", """
Báo Sơn La điện tử
Thời sự › Bầu cử Quốc hội và HĐND các cấp
Thứ Ba, 04/5/2021 - 18:05
Ứng cử viên đại biểu Quốc hội tiếp xúc cử tri vùng biên Sốp Cộp
Ngày 3/5, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh phối hợp với Thường trực HĐND huyện Sốp Cộp tổ chức Hội nghị tiếp xúc cử tri cho những người ứng cử đại biểu Quốc hội khóa XV tại xã Mường Lèo, huyện Sốp Cộp. Hơn 200 cử tri các bản Huổi Lạ, Nà Khi, Pá Khoang đại diện cho đồng bào Thái, Lào, Mông, Khơ Mú của xã biên giới đã về dự.
Chủ trì hội nghị có bà Lò Thị Hồng Nhung, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, và ông Cầm Văn Phiêng, HUV, Chủ tịch Ủy ban MTTQ Việt Nam huyện Sốp Cộp.
Tại hội nghị, các ứng cử viên lần lượt trình bày chương trình hành động. Ứng cử viên Lường Thị Quyên, Phó Trưởng Ban Dân tộc HĐND tỉnh, cam kết nếu trúng cử sẽ kiến nghị tăng định mức hỗ trợ cho người có uy tín, sửa đổi chính sách cho cán bộ không chuyên trách ở bản; ứng cử viên Quàng Văn Hịa, Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch, nói về việc bảo tồn lễ hội, chữ viết của đồng bào Thái gắn với xóa bỏ hủ tục trong việc cưới, việc tang.
Các cử tri đã nêu 14 ý kiến, kiến nghị. Ông Lò Văn Pắn, người có uy tín bản Huổi Lạ, đề nghị sớm đầu tư tuyến đường từ trung tâm xã đến bản, hiện còn khoảng 12 km đường đất, mùa mưa bị sạt lở. Bà Vì Thị Ánh, Bí thư Chi bộ bản Nà Khi, mong muốn Nhà nước tiếp tục hỗ trợ nhà ở cho 37 hộ nghèo còn ở nhà tạm. Ông Lầu A Chua, Trưởng bản Pá Khoang, phản ánh việc một số thanh niên bị dụ dỗ sang nước bạn làm thuê.
Thay mặt các ứng cử viên, bà Lường Thị Quyên tiếp thu, giải trình các ý kiến thuộc thẩm quyền; đồng thời đề nghị cử tri tiếp tục thực hiện tốt Nghị định số 161/2016/NĐ-CP của Chính phủ về cơ chế đặc thù trong quản lý đầu tư xây dựng đối với một số dự án thuộc các chương trình mục tiêu quốc gia, theo đó người dân đóng góp công sức xây dựng công trình của bản mình.
Ông Cầm Văn Phiêng cho biết, thực hiện Kế hoạch số 45/KH-UBMTTQ ngày 25/3/2021 của Ban Thường trực Ủy ban MTTQ tỉnh, huyện đã tổ chức 16 hội nghị tiếp xúc cử tri ở 8 xã; các kiến nghị sẽ được tổng hợp gửi cơ quan có thẩm quyền trước ngày 15/5. Toàn huyện có 100% tổ bầu cử được kiện toàn, khoảng 98% cử tri đã được phát thẻ.
Kết thúc hội nghị, cử tri xã Mường Lèo bày tỏ tin tưởng các ứng cử viên sẽ là người đại diện xứng đáng, nói lên tiếng nói của đồng bào các dân tộc vùng biên giới tỉnh Sơn La tại nghị trường Quốc hội.
Ảnh: Cử tri xã Mường Lèo phát biểu ý kiến tại hội nghị.
Quỳnh Anh
Tin khác
- Mai Sơn: tiếp xúc cử tri với người ứng cử đại biểu HĐND tỉnh (02/05/2021)
- Mộc Châu: kiểm tra công tác chuẩn bị bầu cử ở các bản vùng cao (29/04/2021)
- Yên Châu: tuyên truyền bầu cử bằng tiếng Thái, tiếng Mông (27/04/2021)
""", "2021-05-04", "Ứng cử viên đại biểu Quốc hội tiếp xúc cử tri vùng biên Sốp Cộp",
E("hoi_nghi", None, "2021-05-03"),
[P("Lò Thị Hồng Nhung", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Cầm Văn Phiêng", "HUV", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Sốp Cộp"),
 P("Lường Thị Quyên", "Phó Trưởng Ban Dân tộc HĐND tỉnh"),
 P("Quàng Văn Hịa", "Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch"),
 P("Lò Văn Pắn", "người có uy tín bản Huổi Lạ"),
 P("Vì Thị Ánh", "Bí thư Chi bộ bản Nà Khi"),
 P("Lầu A Chua", "Trưởng bản Pá Khoang")],
[Q("Hơn 200 cử tri", 200, "cử tri", "over"), Q("14 ý kiến", 14, "ý kiến"), Q("khoảng 12 km", 12, "km", "approx"),
 Q("37 hộ nghèo", 37, "hộ nghèo"), Q("16 hội nghị tiếp xúc cử tri", 16, "hội nghị tiếp xúc cử tri"), Q("8 xã", 8, "xã"),
 Q("100% tổ bầu cử", 100, "%"), Q("khoảng 98%", 98, "%", "approx")],
[D("Nghị định", "161", "2016/NĐ-CP", None, "Chính phủ", "Nghị định số 161/2016/NĐ-CP của Chính phủ"),
 D("Kế hoạch", "45", "KH-UBMTTQ", "2021-03-25", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 45/KH-UBMTTQ ngày 25/3/2021")],
[prov("Sơn La"), com("Mường Lèo")],
["Báo Sơn La điện tử", "Thời sự › Bầu cử Quốc hội và HĐND các cấp", "Ảnh: Cử tri xã Mường Lèo phát biểu ý kiến tại hội nghị.",
 "Khơ Mú"],
["Thứ Ba, 04/5/2021 - 18:05", "khóa XV", "ngày 15/5"]))

PAGES.append(page("b3090-laichau-bdv-tongket-2021", """
BAN DÂN VẬN TỈNH ỦY LAI CHÂU
You are here: Trang chủ / Tin tức / Tin hoạt động
Ngày 24/12/2021 | 09:15
Quang cảnh hội nghị tổng kết.
Lai Châu: Thêm 215 bản đưa việc xóa bỏ hủ tục vào hương ước
Ngày 23/12/2021, Ban Dân vận Tỉnh ủy Lai Châu tổ chức hội nghị tổng kết công tác dân vận năm 2021, triển khai nhiệm vụ năm 2022. Hội nghị được kết nối trực tuyến đến 8 điểm cầu huyện, thành phố. Đồng chí Tẩn Thị Dung, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.
Năm 2021, Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 12, 13-CT/TU về lãnh đạo công tác vận động nhân dân xóa bỏ phong tục, tập quán lạc hậu và về phát huy vai trò người có uy tín; phối hợp triển khai Đề án số 05-ĐA/TU ngày 10/3/2021 về nâng cao chất lượng công tác dân vận ở các xã biên giới.
Nhờ sự vào cuộc của cả hệ thống chính trị, năm 2021 có thêm 215 bản đưa nội dung xóa bỏ hủ tục vào hương ước, nâng tổng số bản thực hiện lên 1.047 bản. Đã vận động 3.412 hộ đồng bào Mông, Dao, Hà Nhì tổ chức đám cưới, đám tang theo nếp sống mới; số vụ tảo hôn giảm còn 62 vụ. Nhân dân hiến hơn 21.000 m2 đất, đóng góp khoảng 9,3 tỷ đồng xây dựng nông thôn mới.
Các cấp đã tiếp 1.018 lượt công dân; tổ chức 96 hội nghị đối thoại; tiếp nhận 204 đơn thư, giải quyết xong 189 đơn. Phong trào "Dân vận khéo" có 57 mô hình cấp tỉnh, 312 mô hình cấp huyện được công nhận.
Tại hội nghị, các đại biểu tham luận về kinh nghiệm vận động đồng bào. Ông Phàn A Lở, HUV, Trưởng Ban Dân vận Huyện ủy Sìn Hồ cho biết, huyện đã thành lập 48 tổ tuyên truyền hủ tục bằng tiếng dân tộc. Bà Lò Thị Bình, Chủ tịch Ủy ban MTTQ Việt Nam huyện Tân Uyên, chia sẻ mô hình "Đám cưới không rượu" ở bản Nà Bó. Ông Lý Xuân Sành, người dân tộc Dao, Bí thư Đảng ủy xã Tả Lèng, nói về việc đưa hương ước vào sinh hoạt chi bộ hằng tháng.
Phát biểu kết luận, đồng chí Tẩn Thị Dung đề nghị năm 2022 tập trung triển khai Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị 05-CT/TW; tham mưu sơ kết Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị ban hành Quy chế công tác dân vận của hệ thống chính trị; nhân rộng các mô hình xóa bỏ hủ tục có hiệu quả.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 14 tập thể, 21 cá nhân; đồng chí Đèo Văn Thắng, Phó Trưởng Ban Dân vận Tỉnh ủy công bố quyết định khen thưởng.
Lan Hương
Lượt xem: 652
Tin liên quan
- Phong Thổ: giao ban khối dân vận quý IV (15/12/2021)
- Nậm Nhùn: tuyên dương người có uy tín tiêu biểu (08/12/2021)
- Than Uyên: đối thoại với nhân dân về giải phóng mặt bằng (30/11/2021)
""", "2021-12-24", "Lai Châu: Thêm 215 bản đưa việc xóa bỏ hủ tục vào hương ước",
E("tong_ket", "2021", "2021-12-23"),
[P("Tẩn Thị Dung", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phàn A Lở", "HUV", "Trưởng Ban Dân vận Huyện ủy Sìn Hồ"),
 P("Lò Thị Bình", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Tân Uyên"),
 P("Lý Xuân Sành", "Bí thư Đảng ủy xã Tả Lèng"),
 P("Đèo Văn Thắng", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("8 điểm cầu huyện, thành phố", 8, "điểm cầu huyện, thành phố"), Q("215 bản", 215, "bản"), Q("1.047 bản", 1047, "bản"),
 Q("3.412 hộ đồng bào Mông, Dao, Hà Nhì", 3412, "hộ đồng bào Mông, Dao, Hà Nhì"), Q("62 vụ", 62, "vụ"),
 Q("hơn 21.000 m2", 21000, "m2", "over"), Q("khoảng 9,3 tỷ đồng", 9300000000, "đồng", "approx"),
 Q("1.018 lượt công dân", 1018, "lượt công dân"), Q("96 hội nghị đối thoại", 96, "hội nghị đối thoại"),
 Q("204 đơn thư", 204, "đơn thư"), Q("189 đơn", 189, "đơn"), Q("57 mô hình cấp tỉnh", 57, "mô hình cấp tỉnh"),
 Q("312 mô hình cấp huyện", 312, "mô hình cấp huyện"), Q("48 tổ tuyên truyền hủ tục", 48, "tổ tuyên truyền hủ tục"),
 Q("14 tập thể", 14, "tập thể"), Q("21 cá nhân", 21, "cá nhân")],
[D("Chỉ thị", "12", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 12, 13-CT/TU"),
 D("Chỉ thị", "13", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 12, 13-CT/TU"),
 D("Đề án", "05", "ĐA/TU", "2021-03-10", None, "Đề án số 05-ĐA/TU ngày 10/3/2021"),
 D("Kết luận", "01", "KL/TW", "2021-05-18", "Bộ Chính trị", "Kết luận số 01-KL/TW ngày 18/5/2021"),
 D("Chỉ thị", "05", "CT/TW", None, None, "Chỉ thị 05-CT/TW"),
 D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Bộ Chính trị", "Quyết định số 23-QĐ/TW ngày 30/7/2021")],
[prov("Lai Châu"), com("Tả Lèng")],
["BAN DÂN VẬN TỈNH ỦY LAI CHÂU", "You are here: Trang chủ / Tin tức / Tin hoạt động", "Quang cảnh hội nghị tổng kết.",
 "Dân vận khéo", "Đám cưới không rượu", "Quy chế công tác dân vận của hệ thống chính trị", "Lượt xem: 652"],
["Ngày 24/12/2021 | 09:15", "năm 2021", "năm 2022", "Lượt xem: 652"]))

PAGES.append(page("b3091-dienbien-muongcha-giaoban-2022", """
Trang thông tin điện tử huyện Mường Chà
Trang chủ > Tin tức - Sự kiện > Tin hoạt động
Thứ Ba, 30/08/2022 - 16:45
Đồng chí Mùa A Vảng, Trưởng Ban Dân vận Huyện ủy phát biểu kết luận giao ban.
Giao ban khối dân vận huyện tháng 8
Chiều 29/8, Ban Dân vận Huyện ủy Mường Chà (tỉnh Điện Biên) tổ chức giao ban công tác dân vận tháng 8/2022, triển khai nhiệm vụ tháng 9. Dự giao ban có đồng chí Mùa A Vảng, HUV, Trưởng Ban Dân vận Huyện ủy; lãnh đạo Ủy ban MTTQ và các đoàn thể huyện, khối dân vận 12 xã, thị trấn.
Trong tháng, khối dân vận các cấp đã tuyên truyền, vận động nhân dân thực hiện Nghị quyết số 17-NQ/HU của Ban Chấp hành Đảng bộ huyện về xóa bỏ phong tục, tập quán lạc hậu, trọng tâm là tục cúng ma, tục để người chết trong nhà nhiều ngày và tảo hôn. Qua nắm tình hình, tư tưởng của nhân dân cơ bản ổn định; tại xã Huổi Mí còn 2 hộ có biểu hiện nghe theo đối tượng xấu tuyên truyền tà đạo "Bà Cô Dợ".
Các tổ công tác của huyện đã phối hợp Đồn Biên phòng Huổi Mí vận động 9 hộ trở lại sinh hoạt bình thường, ký cam kết không theo tà đạo. Hội LHPN huyện tổ chức 15 buổi nói chuyện chuyên đề về phòng, chống tảo hôn với khoảng 900 lượt hội viên tham dự. Đoàn Thanh niên huy động 120 đoàn viên giúp dân thu hoạch lúa nương tại xã Ma Thì Hồ.
Bà Lò Thị Thoan, Phó Trưởng Ban Dân vận Huyện ủy báo cáo, đến cuối tháng 8 đã có 7/12 xã, thị trấn xây dựng được ít nhất 2 mô hình "Dân vận khéo" trong thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi theo Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ. Nhân dân các bản đã hiến khoảng 3.500 m2 đất làm nhà văn hóa, góp hơn 1.100 ngày công.
Ý kiến tại giao ban, ông Giàng A Lử, Chủ tịch Ủy ban MTTQ xã Sa Lông, đề nghị sớm có kinh phí hỗ trợ 34 hộ ở điểm sạt lở; bà Vàng Thị Dia, Bí thư Đoàn xã Na Sang, kiến nghị tổ chức thêm lớp dạy nghề cho thanh niên người Mông.
Kết luận giao ban, đồng chí Mùa A Vảng đề nghị tháng 9 các cơ quan khối dân vận tập trung vận động nhân dân đón Tết Độc lập vui tươi, tiết kiệm; triển khai Kế hoạch số 96-KH/BDVHU ngày 22/8/2022 của Ban Dân vận Huyện ủy về khảo sát việc thực hiện hương ước, quy ước tại 24 bản; chủ động nắm tình hình trước mùa mưa bão.
Nguyễn Thị Hà - Ban Dân vận Huyện ủy
Lượt xem: 318
Tin khác
- Mường Chà: hội nghị người có uy tín năm 2022 (18/08/2022)
- Sa Lông ra mắt mô hình "Bản không có người tảo hôn" (05/08/2022)
- Huổi Lèng: vận động nhân dân trồng cây mắc ca (28/07/2022)
- Mường Mươn: ra quân làm đường giao thông nông thôn (20/07/2022)
""", "2022-08-30", "Giao ban khối dân vận huyện tháng 8",
E("giao_ban", "2022-08", "2022-08-29"),
[P("Mùa A Vảng", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Lò Thị Thoan", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Giàng A Lử", "Chủ tịch Ủy ban MTTQ xã Sa Lông"),
 P("Vàng Thị Dia", "Bí thư Đoàn xã Na Sang")],
[Q("12 xã, thị trấn", 12, "xã, thị trấn"), Q("2 hộ", 2, "hộ"), Q("9 hộ", 9, "hộ"),
 Q("15 buổi nói chuyện chuyên đề", 15, "buổi nói chuyện chuyên đề"), Q("khoảng 900 lượt hội viên", 900, "lượt hội viên", "approx"),
 Q("120 đoàn viên", 120, "đoàn viên"), Q("7/12 xã, thị trấn", 7, "xã, thị trấn"), Q("ít nhất 2 mô hình", 2, "mô hình", "over"),
 Q("khoảng 3.500 m2", 3500, "m2", "approx"), Q("hơn 1.100 ngày công", 1100, "ngày công", "over"), Q("34 hộ", 34, "hộ"),
 Q("24 bản", 24, "bản")],
[D("Nghị quyết", "17", "NQ/HU", None, "Ban Chấp hành Đảng bộ huyện", "Nghị quyết số 17-NQ/HU"),
 D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021"),
 D("Kế hoạch", "96", "KH/BDVHU", "2022-08-22", "Ban Dân vận Huyện ủy", "Kế hoạch số 96-KH/BDVHU ngày 22/8/2022")],
[prov("Điện Biên"), com("Huổi Mí"), com("Ma Thì Hồ"), com("Sa Lông"), com("Na Sang")],
["Trang thông tin điện tử huyện Mường Chà", "Trang chủ > Tin tức - Sự kiện > Tin hoạt động",
 "Đồng chí Mùa A Vảng, Trưởng Ban Dân vận Huyện ủy phát biểu kết luận giao ban.", "Bà Cô Dợ", "Đồn Biên phòng Huổi Mí",
 "Dân vận khéo", "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi", "Lượt xem: 318"],
["Thứ Ba, 30/08/2022 - 16:45", "tháng 8/2022", "tháng 9", "Lượt xem: 318"]))

PAGES.append(page("b3092-laocai-bdv-traoqua-2022", """
BÁO LÀO CAI
Chính trị › Công tác dân vận
21/01/2022 06:00
Ban Dân vận Tỉnh ủy thăm, chúc Tết người có uy tín huyện Mường Khương
Ngày 20/1, đoàn công tác Ban Dân vận Tỉnh ủy Lào Cai do đồng chí Hoàng Thị Thêm, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy làm trưởng đoàn đã đến thăm, chúc Tết, tặng quà người có uy tín, gia đình chính sách tại các xã biên giới Pha Long, Tả Ngải Chồ, Din Chin của huyện Mường Khương.
Tại xã Pha Long, đoàn đến thăm gia đình ông Vàng Văn Sáng, người dân tộc Mông, người có uy tín thôn Pả Ngải Chồ, người nhiều năm liền vận động bà con bỏ tục "bắt vợ", tổ chức đám cưới gọn nhẹ. Đoàn cũng thăm bà Thèn Thị Ngân, dân tộc Nùng, Chi hội trưởng Chi hội phụ nữ thôn Ngải Phóng Chồ, người đã giúp 11 chị em thoát nghèo bằng nghề trồng chè Shan tuyết.
Ghi nhận những đóng góp của người có uy tín, đồng chí Hoàng Thị Thêm thông tin: năm 2021, toàn tỉnh có 1.652 người có uy tín tham gia hòa giải thành công 138 vụ việc, vận động 267 hộ xóa bỏ hủ tục; trong phòng, chống dịch Covid-19, người có uy tín đã vận động khoảng 95% người dân trong độ tuổi đi tiêm vắc xin. Đồng chí đề nghị các già làng, trưởng thôn tiếp tục vận động bà con đón Tết Nguyên đán Nhâm Dần an toàn, tiết kiệm, không đốt pháo, không tụ tập đông người.
Dịp này, đoàn đã trao 60 suất quà Tết, mỗi suất trị giá 1 triệu đồng, và 20 chiếc chăn cho hộ nghèo; tổng trị giá các phần quà hơn 70 triệu đồng. Nguồn kinh phí được trích từ dự toán thực hiện Nghị định số 05/2011/NĐ-CP của Chính phủ về công tác dân tộc và sự đóng góp của các doanh nghiệp.
Ông Lù Seo Chứ, Chủ tịch UBND xã Din Chin, cho biết toàn xã có 18 người có uy tín ở 14 thôn; năm qua không có vụ tảo hôn nào, thu nhập bình quân đạt 31 triệu đồng/người/năm.
Theo Kế hoạch số 215-KH/BDVTU, từ nay đến Tết, các đoàn công tác của Ban Dân vận Tỉnh ủy sẽ thăm, tặng quà người có uy tín tại 9 huyện, thị xã, thành phố.
Đi cùng đoàn, ông Sần Văn Phủ, Phó Bí thư Thường trực Huyện ủy Mường Khương, cho biết huyện có 34 km đường biên giới với Trung Quốc; những năm qua người có uy tín ở các thôn giáp biên đã tích cực tham gia tự quản đường biên, mốc quốc giới, không để xảy ra tình trạng xuất nhập cảnh trái phép, góp phần giữ vững an ninh vùng biên.
Được đón đoàn, các già làng, người có uy tín xúc động cảm ơn Đảng, Nhà nước đã quan tâm, hứa sẽ tiếp tục nêu gương, vận động con cháu chấp hành tốt chủ trương, chính sách, xây dựng bản làng ấm no.
Tin, ảnh: Ngọc Bảo
Ảnh: Đồng chí Hoàng Thị Thêm tặng quà người có uy tín xã Pha Long.
Tin cùng chuyên mục
- Bảo Yên: trao 150 suất quà cho hộ nghèo (19/01/2022)
- Sa Pa: vận động đồng bào đón Tết an toàn (17/01/2022)
- Bát Xát: người có uy tín góp sức giữ bình yên biên giới (14/01/2022)
""", "2022-01-21", "Ban Dân vận Tỉnh ủy thăm, chúc Tết người có uy tín huyện Mường Khương",
E("trao_qua", None, "2022-01-20"),
[P("Hoàng Thị Thêm", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Vàng Văn Sáng", "người có uy tín thôn Pả Ngải Chồ"),
 P("Thèn Thị Ngân", "Chi hội trưởng Chi hội phụ nữ thôn Ngải Phóng Chồ"),
 P("Lù Seo Chứ", "Chủ tịch UBND xã Din Chin"),
 P("Sần Văn Phủ", "Phó Bí thư Thường trực Huyện ủy Mường Khương")],
[Q("11 chị em", 11, "chị em"), Q("1.652 người có uy tín", 1652, "người có uy tín"), Q("138 vụ việc", 138, "vụ việc"),
 Q("267 hộ", 267, "hộ"), Q("khoảng 95%", 95, "%", "approx"), Q("60 suất quà", 60, "suất quà"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("20 chiếc chăn", 20, "chiếc chăn"), Q("hơn 70 triệu đồng", 70000000, "đồng", "over"), Q("18 người có uy tín", 18, "người có uy tín"),
 Q("14 thôn", 14, "thôn"), Q("31 triệu đồng/người/năm", 31000000, "đồng"), Q("9 huyện, thị xã, thành phố", 9, "huyện, thị xã, thành phố"), Q("34 km", 34, "km")],
[D("Nghị định", "05", "2011/NĐ-CP", None, "Chính phủ", "Nghị định số 05/2011/NĐ-CP của Chính phủ"),
 D("Kế hoạch", "215", "KH/BDVTU", None, None, "Kế hoạch số 215-KH/BDVTU")],
[prov("Lào Cai"), com("Pha Long"), com("Tả Ngải Chồ"), com("Din Chin")],
["BÁO LÀO CAI", "Chính trị › Công tác dân vận", "Ảnh: Đồng chí Hoàng Thị Thêm tặng quà người có uy tín xã Pha Long.",
 "bắt vợ", "chè Shan tuyết"],
["21/01/2022 06:00", "năm 2021", "Tết Nguyên đán Nhâm Dần"]))

PAGES.append(page("b3093-hagiang-xa-doithoai-2023", """
ĐẢNG ỦY XÃ PẢ VI - HUYỆN MÈO VẠC - TỈNH HÀ GIANG
Trang chủ - Tin tức - Hoạt động của Đảng ủy
Thứ Sáu, 12/5/2023 | 10:20
Bí thư Đảng ủy xã đối thoại với phụ nữ, thanh niên về phòng, chống tảo hôn
Ngày 11/5/2023, Đảng ủy xã Pả Vi (huyện Mèo Vạc, tỉnh Hà Giang) tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với phụ nữ và đoàn viên thanh niên năm 2023, chủ đề "Nói không với tảo hôn, hôn nhân cận huyết thống". Đồng chí Thào Mí Lử, Bí thư Đảng ủy, Chủ tịch HĐND xã chủ trì; cùng dự có đồng chí Ly Thị Dính, Phó Bí thư Thường trực Đảng ủy xã, và các đồng chí trong Ban Thường vụ Đảng ủy.
Tham gia đối thoại có 165 hội viên phụ nữ, đoàn viên thanh niên đến từ 9 thôn Pả Vi Thượng, Pả Vi Hạ, Mã Pì Lèng, Tà Làng… Báo cáo của UBND xã cho biết, năm 2022 trên địa bàn còn 6 trường hợp tảo hôn, giảm so với năm 2021; vẫn còn khoảng 30% lao động trẻ bỏ học sớm đi làm thuê ở các tỉnh miền xuôi.
Tại buổi đối thoại, có 18 lượt ý kiến được nêu. Chị Vừ Thị Mỷ, thôn Pả Vi Hạ, hỏi về chính sách hỗ trợ vốn cho phụ nữ làm homestay; anh Sùng Mí Pó, Bí thư Chi đoàn thôn Mã Pì Lèng, đề nghị mở lớp nghề hướng dẫn viên du lịch cho thanh niên địa phương vì mỗi năm xã đón trên 100 nghìn lượt khách. Chị Ly Thị Chở, Chi hội trưởng Chi hội phụ nữ thôn Tà Làng, phản ánh một số gia đình vẫn giữ tục "kéo vợ", cho con gái lấy chồng từ 15, 16 tuổi.
Đồng chí Thào Mí Lử đã trả lời, làm rõ các ý kiến; đề nghị Hội LHPN, Đoàn Thanh niên xã phối hợp với trường THCS duy trì câu lạc bộ "Thủ lĩnh của sự thay đổi", tổ chức ký cam kết không tảo hôn ở 100% thôn. Xã sẽ dành 200 triệu đồng từ nguồn vốn sự nghiệp của Chương trình mục tiêu quốc gia theo Quyết định số 1719/QĐ-TTg để hỗ trợ Dự án 8 về bình đẳng giới, đồng thời phối hợp Ngân hàng Chính sách xã hội huyện cho 25 hộ phụ nữ vay vốn, mỗi hộ tối đa 100 triệu đồng.
Đồng chí cũng yêu cầu các chi bộ thôn đưa việc thực hiện Nghị quyết số 07-NQ/ĐU ngày 20/1/2023 của Ban Chấp hành Đảng bộ xã về phát triển du lịch cộng đồng gắn với bảo tồn văn hóa người Mông vào sinh hoạt chi bộ hằng tháng; mỗi đảng viên phụ trách 10 hộ.
Kết thúc đối thoại, 100% đoàn viên, hội viên tham dự đã ký cam kết không tảo hôn, không kết hôn cận huyết thống.
Theo đánh giá của Đảng ủy xã, đây là lần thứ hai xã tổ chức đối thoại riêng với phụ nữ và thanh niên; nhiều ý kiến thẳng thắn, thiết thực, giúp cấp ủy, chính quyền nắm bắt tâm tư của lớp trẻ trong bối cảnh du lịch phát triển nhanh.
Văn phòng Đảng ủy xã
Số lượt truy cập: 12.406
Tin liên quan
- Pả Vi: ra mắt mô hình "Thôn du lịch cộng đồng" (28/04/2023)
- Hội nghị tiếp xúc cử tri trước kỳ họp HĐND xã (18/04/2023)
- Mèo Vạc: tập huấn người có uy tín năm 2023 (10/04/2023)
""", "2023-05-12", "Bí thư Đảng ủy xã đối thoại với phụ nữ, thanh niên về phòng, chống tảo hôn",
E("doi_thoai", "2023", "2023-05-11"),
[P("Thào Mí Lử", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Ly Thị Dính", "Phó Bí thư Thường trực Đảng ủy xã"),
 P("Sùng Mí Pó", "Bí thư Chi đoàn thôn Mã Pì Lèng"),
 P("Ly Thị Chở", "Chi hội trưởng Chi hội phụ nữ thôn Tà Làng"),
 P("Vừ Thị Mỷ")],
[Q("165 hội viên phụ nữ, đoàn viên thanh niên", 165, "hội viên phụ nữ, đoàn viên thanh niên"), Q("9 thôn", 9, "thôn"),
 Q("6 trường hợp", 6, "trường hợp"), Q("khoảng 30%", 30, "%", "approx"), Q("18 lượt ý kiến", 18, "lượt ý kiến"),
 Q("trên 100 nghìn lượt khách", 100000, "lượt khách", "over"), Q("100% thôn", 100, "%"), Q("200 triệu đồng", 200000000, "đồng"),
 Q("25 hộ phụ nữ", 25, "hộ phụ nữ"), Q("tối đa 100 triệu đồng", 100000000, "đồng"), Q("10 hộ", 10, "hộ"),
 Q("100% đoàn viên, hội viên", 100, "%")],
[D("Quyết định", "1719", "QĐ-TTg", None, None, "Quyết định số 1719/QĐ-TTg"),
 D("Nghị quyết", "07", "NQ/ĐU", "2023-01-20", "Ban Chấp hành Đảng bộ xã", "Nghị quyết số 07-NQ/ĐU ngày 20/1/2023")],
[prov("Hà Giang"), com("Pả Vi")],
["ĐẢNG ỦY XÃ PẢ VI - HUYỆN MÈO VẠC - TỈNH HÀ GIANG", "Trang chủ - Tin tức - Hoạt động của Đảng ủy",
 "Nói không với tảo hôn, hôn nhân cận huyết thống", "Thủ lĩnh của sự thay đổi", "kéo vợ", "Dự án 8",
 "Chương trình mục tiêu quốc gia", "Văn phòng Đảng ủy xã", "Số lượt truy cập: 12.406"],
["Thứ Sáu, 12/5/2023 | 10:20", "lần thứ hai", "năm 2023", "năm 2022", "15, 16 tuổi", "Dự án 8", "Số lượt truy cập: 12.406"]))

PAGES.append(page("b3094-sonla-mttq-giamsat-2023", """
ỦY BAN MTTQ VIỆT NAM TỈNH SƠN LA
Trang chủ | Giám sát và phản biện xã hội
18-09-2023 15:05
Các thành viên đoàn giám sát làm việc tại xã Chiềng Sơn.
Giám sát thực hiện chính sách đối với người có uy tín tại Mộc Châu
Thực hiện Chương trình giám sát năm 2023, trong 2 ngày 14 và 15/9, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Sơn La do ông Giàng A Tông, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện Quyết định số 12/2018/QĐ-TTg ngày 6/3/2018 của Thủ tướng Chính phủ về tiêu chí lựa chọn, công nhận người có uy tín và chính sách đối với người có uy tín trong đồng bào dân tộc thiểu số tại thị xã Mộc Châu. Tham gia đoàn có bà Đinh Thị Lan, Phó Trưởng Ban Dân vận Tỉnh ủy; ông Hà Văn Nguyện, Phó Trưởng Ban Dân tộc tỉnh.
Đoàn đã làm việc với UBND thị xã và giám sát trực tiếp tại phường Bình Minh, các xã Chiềng Sơn, Chiềng Hắc. Theo báo cáo, thị xã hiện có 84 người có uy tín là người Thái, Mông, Dao, Mường, Xinh Mun; giai đoạn 2019 - 2023 đã tổ chức 5 đợt đón tiếp, thăm hỏi, tặng quà với tổng kinh phí khoảng 386 triệu đồng; cấp 4 loại báo cho người có uy tín theo quy định.
Người có uy tín đã tham gia hòa giải thành công 57 vụ việc tranh chấp đất đai, mâu thuẫn gia đình; vận động 128 hộ hiến đất làm đường và nhà văn hóa; phát hiện, cung cấp cho lực lượng chức năng 9 vụ việc liên quan đến ma túy. Đặc biệt, đã vận động đồng bào Mông ở bản Pà Khom, xã Chiềng Hắc xóa bỏ tục lệ cúng ma tốn kém, giảm ít nhất 50% chi phí tổ chức đám tang.
Qua giám sát, đoàn nhận thấy việc bình chọn người có uy tín đúng quy trình; song mức chi thăm hỏi khi ốm đau là 500.000 đồng/người/lần còn thấp; một số người có uy tín tuổi cao, sức yếu, hạn chế về tiếng phổ thông; việc cung cấp thông tin cho người có uy tín có lúc chưa kịp thời.
Ông Mùa A Chông, người có uy tín bản Pà Khom, kiến nghị tăng mức hỗ trợ và tổ chức cho người có uy tín đi tham quan các mô hình kinh tế. Ông Lường Văn Đôi, Chủ tịch UBND phường Bình Minh, giải trình về việc chậm chi trả kinh phí năm 2022.
Kết luận buổi giám sát, ông Giàng A Tông đề nghị UBND thị xã tiếp tục rà soát, kiện toàn đội ngũ người có uy tín; thực hiện tốt Hướng dẫn số 38-HD/MTTW-BTT ngày 15/5/2023 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam; phối hợp tổ chức hội nghị biểu dương người có uy tín trong quý IV.
Thu Trang - Ban Dân chủ - Pháp luật
Lượt xem: 276
Các tin khác
- Giám sát việc thực hiện Dự án 4 tại huyện Sông Mã (12/09/2023)
- Phản biện dự thảo Nghị quyết của HĐND tỉnh về hỗ trợ nhà ở (31/08/2023)
- Thuận Châu: ra mắt mô hình "Bản văn minh, không có tảo hôn" (22/08/2023)
""", "2023-09-18", "Giám sát thực hiện chính sách đối với người có uy tín tại Mộc Châu",
E("giam_sat", "2023", "2023-09-14"),
[P("Giàng A Tông", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đinh Thị Lan", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hà Văn Nguyện", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Mùa A Chông", "người có uy tín bản Pà Khom"),
 P("Lường Văn Đôi", "Chủ tịch UBND phường Bình Minh")],
[Q("84 người có uy tín", 84, "người có uy tín"), Q("5 đợt đón tiếp, thăm hỏi, tặng quà", 5, "đợt đón tiếp, thăm hỏi, tặng quà"),
 Q("khoảng 386 triệu đồng", 386000000, "đồng", "approx"), Q("4 loại báo", 4, "loại báo"),
 Q("57 vụ việc tranh chấp đất đai, mâu thuẫn gia đình", 57, "vụ việc tranh chấp đất đai, mâu thuẫn gia đình"),
 Q("128 hộ", 128, "hộ"), Q("9 vụ việc liên quan đến ma túy", 9, "vụ việc liên quan đến ma túy"), Q("ít nhất 50%", 50, "%", "over"),
 Q("500.000 đồng/người/lần", 500000, "đồng")],
[D("Quyết định", "12", "2018/QĐ-TTg", "2018-03-06", "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg ngày 6/3/2018"),
 D("Hướng dẫn", "38", "HD/MTTW-BTT", "2023-05-15", "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 38-HD/MTTW-BTT ngày 15/5/2023")],
[prov("Sơn La"), com("Bình Minh"), com("Chiềng Sơn"), com("Chiềng Hắc")],
["ỦY BAN MTTQ VIỆT NAM TỈNH SƠN LA", "Trang chủ | Giám sát và phản biện xã hội",
 "Các thành viên đoàn giám sát làm việc tại xã Chiềng Sơn.", "Xinh Mun", "Lượt xem: 276"],
["18-09-2023 15:05", "năm 2023", "2 ngày", "giai đoạn 2019 - 2023", "năm 2022", "quý IV", "Lượt xem: 276"]))
