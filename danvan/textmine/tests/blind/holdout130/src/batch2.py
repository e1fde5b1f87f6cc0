from lib import *
PAGES = []

PAGES.append(page("b3083-hagiang-bdv-baocao-2017", """
BAN DÂN VẬN TỈNH ỦY HÀ GIANG
Trang chủ › Văn bản - Báo cáo › Báo cáo chuyên đề
Thứ Sáu, 15/12/2017 | 14:20
Kết quả công tác dân vận năm 2017 và phương hướng, nhiệm vụ năm 2018
Ban Dân vận Tỉnh ủy Hà Giang giới thiệu tóm tắt Báo cáo số 142-BC/BDVTU ngày 12/12/2017 của Ban Dân vận Tỉnh ủy về kết quả công tác dân vận năm 2017, phương hướng, nhiệm vụ năm 2018.
I. KẾT QUẢ ĐẠT ĐƯỢC
1. Công tác tham mưu. Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Nghị quyết chuyên đề số 09-NQ/TU ngày 5/4/2017 về vận động đồng bào các dân tộc xóa bỏ phong tục, tập quán lạc hậu giai đoạn 2017 - 2020 và Kế hoạch 56, 57-KH/TU triển khai Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao chất lượng, hiệu quả công tác dân vận của cơ quan nhà nước, chính quyền các cấp.
2. Nắm tình hình nhân dân. Tình hình tư tưởng trong nhân dân cơ bản ổn định. Tuy nhiên, trong năm đã xảy ra 7 vụ tụ tập đông người liên quan đến tranh chấp đất đai ở các huyện Mèo Vạc, Yên Minh; phát hiện 3 vụ việc truyền đạo trái pháp luật tại vùng biên giới. Lực lượng dân vận đã phối hợp vận động 41 hộ đồng bào Mông quay về sinh hoạt tín ngưỡng truyền thống.
3. Vận động xóa bỏ hủ tục. Toàn tỉnh có 1.860/2.071 thôn, tổ dân phố đưa nội dung xóa bỏ hủ tục vào hương ước, quy ước. Số vụ tảo hôn giảm 35% so với năm 2016; chi phí bình quân mỗi đám cưới giảm khoảng 40%. Nhiều dòng họ Vàng, Sùng, Giàng, Ly ở cao nguyên đá ký cam kết không thách cưới, không mổ trâu, bò trong đám ma.
4. Dân vận chính quyền. Các cơ quan nhà nước đã tiếp 1.245 lượt công dân, nhận 318 đơn thư; giải quyết 296 đơn, đạt 93%. Tổ chức 64 cuộc đối thoại giữa người đứng đầu cấp ủy, chính quyền cấp xã với nhân dân.
5. Phong trào thi đua "Dân vận khéo". Toàn tỉnh có 1.102 mô hình, điển hình "Dân vận khéo", trong đó 86 mô hình cấp tỉnh. Nhân dân hiến trên 35.000 m2 đất, đóng góp hơn 14.000 ngày công làm đường bê tông nông thôn.
II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2018
Tham mưu sơ kết 5 năm thực hiện Nghị quyết số 25-NQ/TW ngày 3/6/2013 của BCH Trung ương (khóa XI) về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới; tiếp tục nâng cao vai trò người có uy tín trong đồng bào dân tộc thiểu số; nhân rộng mô hình "Dòng họ không có người vi phạm pháp luật".
Báo cáo do đồng chí Sùng Mí Vảng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy ký.
Văn phòng Ban Dân vận Tỉnh ủy
Lượt truy cập: 45.672
Các tin đã đưa
- Hội nghị giao ban khối dân vận quý IV năm 2017 (01/12/2017)
- Đồng Văn: tổng kết mô hình "Dòng họ tự quản" (20/11/2017)
- Mèo Vạc: vận động đồng bào Mông xóa bỏ hủ tục trong tang lễ (08/11/2017)
""", "2017-12-15", "Kết quả công tác dân vận năm 2017 và phương hướng, nhiệm vụ năm 2018",
E("bao_cao", "2017", "2017-12-12"),
[P("Sùng Mí Vảng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy")],
[Q("7 vụ tụ tập đông người", 7, "vụ tụ tập đông người"),
 Q("3 vụ việc truyền đạo trái pháp luật", 3, "vụ việc truyền đạo trái pháp luật"),
 Q("41 hộ đồng bào Mông", 41, "hộ đồng bào Mông"), Q("1.860/2.071 thôn, tổ dân phố", 1860, "thôn, tổ dân phố"),
 Q("35%", 35, "%"), Q("khoảng 40%", 40, "%", "approx"), Q("1.245 lượt công dân", 1245, "lượt công dân"),
 Q("318 đơn thư", 318, "đơn thư"), Q("296 đơn", 296, "đơn"), Q("93%", 93, "%"), Q("64 cuộc đối thoại", 64, "cuộc đối thoại"),
 Q("1.102 mô hình, điển hình", 1102, "mô hình, điển hình"), Q("86 mô hình cấp tỉnh", 86, "mô hình cấp tỉnh"),
 Q("trên 35.000 m2", 35000, "m2", "over"), Q("hơn 14.000 ngày công", 14000, "ngày công", "over")],
[D("Báo cáo", "142", "BC/BDVTU", "2017-12-12", "Ban Dân vận Tỉnh ủy", "Báo cáo số 142-BC/BDVTU ngày 12/12/2017"),
 D("Nghị quyết", "09", "NQ/TU", "2017-04-05", "Ban Thường vụ Tỉnh ủy", "Nghị quyết chuyên đề số 09-NQ/TU ngày 5/4/2017"),
 D("Kế hoạch", "56", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 56, 57-KH/TU"),
 D("Kế hoạch", "57", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 56, 57-KH/TU"),
 D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 14/7/2015"),
 D("Nghị quyết", "25", "NQ/TW", "2013-06-03", "BCH Trung ương", "Nghị quyết số 25-NQ/TW ngày 3/6/2013")],
[prov("Hà Giang")],
["BAN DÂN VẬN TỈNH ỦY HÀ GIANG", "Trang chủ › Văn bản - Báo cáo › Báo cáo chuyên đề", "Dân vận khéo",
 "Dòng họ không có người vi phạm pháp luật", "Văn phòng Ban Dân vận Tỉnh ủy", "Lượt truy cập: 45.672"],
["Thứ Sáu, 15/12/2017 | 14:20", "năm 2017", "năm 2018", "giai đoạn 2017 - 2020", "năm 2016", "5 năm", "khóa XI",
 "Lượt truy cập: 45.672"]))

PAGES.append(page("b3084-sonla-bdv-taphuan-2018", """
Trang thông tin điện tử Ban Dân vận Tỉnh ủy Sơn La
Tin tức - Sự kiện > Hoạt động của Ban
Ngày đăng 06/09/2018 | 16:20
TS. Nguyễn Văn Lâm truyền đạt chuyên đề tại lớp tập huấn.
Bắc Yên: Tập huấn cho người có uy tín về phòng, chống tảo hôn
Trong 2 ngày 5 và 6/9/2018, tại Trung tâm Bồi dưỡng chính trị huyện Bắc Yên, Ban Dân vận Tỉnh ủy phối hợp với Ban Dân tộc tỉnh tổ chức lớp tập huấn nâng cao năng lực cho người có uy tín năm 2018. Tham gia lớp tập huấn có 120 người có uy tín là già làng, trưởng bản, trưởng dòng họ người Mông, Thái, Dao của các xã Tà Xùa, Xím Vàng, Hang Chú, Làng Chếu.
Phát biểu khai mạc, đồng chí Hà Thị Thu, Phó Trưởng Ban Dân vận Tỉnh ủy nhấn mạnh: tảo hôn, hôn nhân cận huyết thống là nguyên nhân làm suy giảm chất lượng dân số, đói nghèo kéo dài ở vùng cao. Người có uy tín cần gương mẫu đi đầu, vận động con cháu trong dòng họ không lấy vợ, lấy chồng khi chưa đủ tuổi.
Các học viên được nghe TS. Nguyễn Văn Lâm, giảng viên Trường Chính trị tỉnh, truyền đạt chuyên đề về Quyết định số 498/QĐ-TTg ngày 14/4/2015 của Thủ tướng Chính phủ phê duyệt Đề án "Giảm thiểu tình trạng tảo hôn và hôn nhân cận huyết thống trong vùng dân tộc thiểu số giai đoạn 2015 - 2025"; bà Lường Thị Hoan, Trưởng phòng Tuyên truyền Ban Dân tộc tỉnh, giới thiệu Kế hoạch số 64/KH-UBND ngày 2/3/2018 của UBND tỉnh về tuyên truyền, phổ biến pháp luật cho đồng bào vùng biên giới.
Theo số liệu của huyện, năm 2017 tỷ lệ tảo hôn ở Bắc Yên còn khoảng 18%, có xã trên 30%. Sau đợt vận động đầu năm 2018, đã có 23 cặp vợ chồng tảo hôn được xử lý, 214 hộ ký cam kết không cho con tảo hôn.
Tại buổi thảo luận, ông Mùa A Sơn, người có uy tín bản Háng Đồng A, xã Hang Chú, chia sẻ: "Bà con tin người già trong họ. Mình nói mãi, làm trước thì con cháu nghe". Ông Lường Văn Thoan, Bí thư Chi bộ bản Phiêng Ban, đề nghị tăng tiền hỗ trợ để người có uy tín đi cơ sở.
Kết thúc lớp tập huấn, mỗi học viên được cấp tài liệu và hỗ trợ 150.000 đồng/ngày. Đồng chí Hờ A Dình, HUV, Trưởng Ban Dân vận Huyện ủy Bắc Yên đề nghị các học viên về tuyên truyền lại cho bà con bằng tiếng dân tộc.
Theo Ban tổ chức, lớp tập huấn được thiết kế theo hướng trao đổi, thảo luận nhóm, kết hợp xem phim tư liệu và tình huống giả định bằng tiếng Mông, tiếng Thái, giúp người có uy tín dễ hiểu, dễ nhớ. Nhiều học viên cho biết, lần đầu được biết hậu quả của hôn nhân cận huyết thống đối với sức khỏe thế hệ sau, sẽ về kể lại cho bà con trong bản cùng nghe.
Lò Hoa
Lượt xem: 764
Tin khác
- Mai Sơn: hội thi "Dân vận khéo" năm 2018 (30/08/2018)
- Tập huấn kỹ năng hòa giải ở cơ sở cho cán bộ Mặt trận (20/08/2018)
- Sông Mã: vận động đồng bào không di cư tự do (10/08/2018)
- Phù Yên: phát huy vai trò trưởng dòng họ trong xây dựng nông thôn mới (02/08/2018)
""", "2018-09-06", "Bắc Yên: Tập huấn cho người có uy tín về phòng, chống tảo hôn",
E("tap_huan", "2018", "2018-09-05"),
[P("Hà Thị Thu", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Lâm", "TS.", "giảng viên Trường Chính trị tỉnh"),
 P("Lường Thị Hoan", "Trưởng phòng Tuyên truyền Ban Dân tộc tỉnh"),
 P("Mùa A Sơn", "người có uy tín bản Háng Đồng A"),
 P("Lường Văn Thoan", "Bí thư Chi bộ bản Phiêng Ban"),
 P("Hờ A Dình", "HUV", "Trưởng Ban Dân vận Huyện ủy Bắc Yên")],
[Q("120 người có uy tín", 120, "người có uy tín"), Q("khoảng 18%", 18, "%", "approx"), Q("trên 30%", 30, "%", "over"),
 Q("23 cặp vợ chồng tảo hôn", 23, "cặp vợ chồng tảo hôn"), Q("214 hộ", 214, "hộ"),
 Q("150.000 đồng/ngày", 150000, "đồng")],
[D("Quyết định", "498", "QĐ-TTg", "2015-04-14", "Thủ tướng Chính phủ", "Quyết định số 498/QĐ-TTg ngày 14/4/2015"),
 D("Kế hoạch", "64", "KH-UBND", "2018-03-02", "UBND tỉnh", "Kế hoạch số 64/KH-UBND ngày 2/3/2018")],
[prov("Sơn La"), com("Tà Xùa"), com("Xím Vàng"), com("Hang Chú"), com("Làng Chếu")],
["Trang thông tin điện tử Ban Dân vận Tỉnh ủy Sơn La", "Tin tức - Sự kiện > Hoạt động của Ban",
 "TS. Nguyễn Văn Lâm truyền đạt chuyên đề tại lớp tập huấn.", "Trung tâm Bồi dưỡng chính trị huyện Bắc Yên",
 "Giảm thiểu tình trạng tảo hôn và hôn nhân cận huyết thống trong vùng dân tộc thiểu số giai đoạn 2015 - 2025", "Lượt xem: 764"],
["Ngày đăng 06/09/2018 | 16:20", "2 ngày", "năm 2018", "năm 2017", "giai đoạn 2015 - 2025", "Lượt xem: 764"]))

PAGES.append(page("b3085-laichau-dhdttt-daihoi-2019", """
BÁO LAI CHÂU ĐIỆN TỬ
Trang chủ | Chính trị | Dân tộc - Tôn giáo
Cập nhật lúc 17:20 ngày 24/10/2019
Toàn cảnh Đại hội.
Đại hội đại biểu các dân tộc thiểu số tỉnh Lai Châu lần thứ III thành công tốt đẹp
Trong 2 ngày 23 - 24/10, tại Trung tâm Hội nghị tỉnh, Đại hội đại biểu các dân tộc thiểu số tỉnh Lai Châu lần thứ III, năm 2019 đã diễn ra với chủ đề "Các dân tộc tỉnh Lai Châu đoàn kết, sáng tạo, khai thác tiềm năng, lợi thế, hội nhập và phát triển bền vững".
Dự Đại hội có đại diện lãnh đạo Hội đồng Dân tộc của Quốc hội, Ủy ban Dân tộc; về phía tỉnh có đồng chí Hà Văn Chiến, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh; các đồng chí Phó Chủ tịch UBND tỉnh: Tống Văn Khải, Lò Văn Thiện cùng 350 đại biểu chính thức, đại diện cho hơn 460 nghìn đồng bào 20 dân tộc trong tỉnh.
Báo cáo tại Đại hội cho biết, 5 năm qua tỉnh đã huy động trên 2.100 tỷ đồng thực hiện các chương trình, chính sách dân tộc; tỷ lệ hộ nghèo giảm bình quân 4,5%/năm. Toàn tỉnh có 1.296 người có uy tín. Đồng bào đã tự nguyện ký cam kết bỏ các hủ tục như thách cưới, ma chay kéo dài; 100% bản có hương ước, quy ước.
Nhiều đại biểu là người các dân tộc ít người như Mảng, Cống, Si La, La Hủ, Lự tham luận. Ông Chang Văn Tĩnh, người dân tộc Mảng, Trưởng bản Nậm Ngà 1, xã Pa Ủ, chia sẻ việc vận động bà con dựng nhà kiên cố, bỏ tục du canh. Bà Lò Thị Pẻng, dân tộc Lự, Chủ tịch Hội LHPN xã Bản Hon, nói về gìn giữ nghề dệt thổ cẩm gắn với du lịch. Ông Lý Giò Xá, dân tộc Hà Nhì, người có uy tín bản Mù Cả, xã Mù Cả, kể việc 9 năm liền bản không có người nghiện ma túy.
Phát biểu chỉ đạo, đồng chí Hà Văn Chiến đề nghị các cấp tiếp tục thực hiện Chỉ thị số 28/CT-TTg ngày 10/9/2018 của Thủ tướng Chính phủ về tổ chức Đại hội đại biểu các dân tộc thiểu số các cấp, Nghị quyết số 10-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về phát triển kinh tế - xã hội vùng đồng bào dân tộc rất ít người; quan tâm đào tạo, sử dụng cán bộ người dân tộc thiểu số tại chỗ.
Đại hội đã bầu Đoàn đại biểu gồm 29 đồng chí đi dự Đại hội đại biểu toàn quốc các dân tộc thiểu số Việt Nam lần thứ II; UBND tỉnh tặng Bằng khen cho 58 tập thể, 87 cá nhân tiêu biểu.
Trong không khí phấn khởi, các đại biểu đã thông qua Nghị quyết Đại hội, hứa hẹn tiếp tục phát huy truyền thống đoàn kết, nêu gương trong cộng đồng, vận động bà con giữ gìn bản sắc văn hóa tốt đẹp, xóa bỏ phong tục lạc hậu, tích cực tham gia bảo vệ chủ quyền biên giới quốc gia. Các đoàn đại biểu cũng tham gia chương trình giao lưu văn nghệ, trình diễn trang phục truyền thống của các dân tộc.
Đức Hùng - Thúy Hà
Tin liên quan
- Sìn Hồ: Đại hội đại biểu các DTTS huyện lần thứ III (25/06/2019)
- Mường Tè tuyên dương 15 người có uy tín tiêu biểu (10/06/2019)
- Tam Đường: ra mắt mô hình bản văn hóa du lịch (30/05/2019)
""", "2019-10-24", "Đại hội đại biểu các dân tộc thiểu số tỉnh Lai Châu lần thứ III thành công tốt đẹp",
E("dai_hoi", "2019", "2019-10-23"),
[P("Hà Văn Chiến", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Tống Văn Khải", "Phó Chủ tịch UBND tỉnh"), P("Lò Văn Thiện", "Phó Chủ tịch UBND tỉnh"),
 P("Chang Văn Tĩnh", "Trưởng bản Nậm Ngà 1"),
 P("Lò Thị Pẻng", "Chủ tịch Hội LHPN xã Bản Hon"),
 P("Lý Giò Xá", "người có uy tín bản Mù Cả")],
[Q("350 đại biểu chính thức", 350, "đại biểu chính thức"), Q("hơn 460 nghìn đồng bào", 460000, "đồng bào", "over"),
 Q("20 dân tộc", 20, "dân tộc"), Q("trên 2.100 tỷ đồng", 2100000000000, "đồng", "over"), Q("4,5%/năm", 4.5, "%"),
 Q("1.296 người có uy tín", 1296, "người có uy tín"), Q("100% bản", 100, "%"), Q("29 đồng chí", 29, "đồng chí"),
 Q("58 tập thể", 58, "tập thể"), Q("87 cá nhân tiêu biểu", 87, "cá nhân tiêu biểu")],
[D("Chỉ thị", "28", "CT-TTg", "2018-09-10", "Thủ tướng Chính phủ", "Chỉ thị số 28/CT-TTg ngày 10/9/2018"),
 D("Nghị quyết", "10", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 10-NQ/TU")],
[prov("Lai Châu"), com("Pa Ủ"), com("Bản Hon"), com("Mù Cả")],
["BÁO LAI CHÂU ĐIỆN TỬ", "Trang chủ | Chính trị | Dân tộc - Tôn giáo", "Toàn cảnh Đại hội.", "Trung tâm Hội nghị tỉnh",
 "Các dân tộc tỉnh Lai Châu đoàn kết, sáng tạo, khai thác tiềm năng, lợi thế, hội nhập và phát triển bền vững",
 "Hội đồng Dân tộc của Quốc hội", "Ủy ban Dân tộc", "Mảng", "Cống", "Si La", "La Hủ", "Lự"],
["Cập nhật lúc 17:20 ngày 24/10/2019", "2 ngày", "lần thứ III", "5 năm", "9 năm liền", "29 đồng chí", "lần thứ II"]))

PAGES.append(page("b3086-dienbien-bdv-giaoban-2019", """
BAN DÂN VẬN TỈNH ỦY ĐIỆN BIÊN
Trang chủ >> Tin hoạt động >> Tin trong tỉnh
08/10/2019 - 17:10
Đồng chí Lò Thị Minh Thu chủ trì giao ban.
Tăng cường nắm tình hình, vận động đồng bào không di cư tự do
Sáng 7/10, Ban Dân vận Tỉnh ủy tổ chức hội nghị giao ban công tác dân vận quý III năm 2019 với lãnh đạo ban dân vận các huyện ủy, thị ủy, thành ủy và các đảng ủy trực thuộc. Đồng chí Lò Thị Minh Thu, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì. Tham dự có 31 đồng chí.
Quý III, tình hình an ninh chính trị trên địa bàn tỉnh Điện Biên cơ bản ổn định. Tuy nhiên, tại các huyện Mường Nhé, Nậm Pồ vẫn còn 5 nhóm hộ có biểu hiện di cư tự do; một số đối tượng tiếp tục tuyên truyền tà đạo "Giê Sùa" trong đồng bào Mông. Các lực lượng đã vận động 27 hộ di cư tự do trở về nơi ở cũ, 12 hộ từ bỏ tà đạo.
Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận 01, 02-KL/TU về tiếp tục thực hiện Quy chế dân chủ ở cơ sở và về vận động nhân dân ở các xã biên giới; ban hành Công văn số 318-CV/BDVTU ngày 12/8/2019 hướng dẫn các huyện chuẩn bị Đại hội đại biểu các dân tộc thiểu số cấp huyện. Các cấp đã tiếp 215 lượt công dân, tiếp nhận 42 đơn thư, kiến nghị.
Trong quý, khối dân vận các huyện đã vận động nhân dân hiến khoảng 7.800 m2 đất, đóng góp trên 1,6 tỷ đồng và hơn 3.200 ngày công xây dựng đường giao thông, nhà văn hóa bản. Phong trào "Dân vận khéo" có thêm 48 mô hình mới, nâng tổng số lên 623 mô hình.
Tại hội nghị, các đồng chí Trưởng Ban Dân vận Huyện ủy: Thào A Chinh (Mường Nhé), Lò Văn Hùng (Mường Ảng), Giàng Thị Dợ (Tủa Chùa) đã trao đổi kinh nghiệm vận động đồng bào bỏ tục cúng ma tốn kém, mổ nhiều gia súc trong đám tang. Ông Thào A Chinh cho biết, xã Chung Chải đã có 100% bản đưa quy định về đám tang vào hương ước; xã Sen Thượng có 3 bản đạt chuẩn "Bản không có ma túy".
Kết luận hội nghị, đồng chí Lò Thị Minh Thu đề nghị quý IV tập trung tuyên truyền Chỉ thị số 49-CT/TW ngày 20/10/2015 của Ban Bí thư về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác vận động đồng bào vùng dân tộc thiểu số, nhất là đồng bào Mông; chuẩn bị tốt Đại hội đại biểu các dân tộc thiểu số tỉnh lần thứ III; phối hợp Bộ đội Biên phòng kịp thời nắm tình hình, không để phát sinh điểm nóng.
Hội nghị cũng nghe đồng chí Vì Văn Sơn, Phó Trưởng Ban Dân vận Tỉnh ủy thông báo kết quả khảo sát công tác dân vận chính quyền tại 6 xã vùng cao.
Mai Phương
Lượt xem: 931
Các tin khác
- Tuần Giáo: sơ kết mô hình "Dân vận khéo" trong xây dựng nông thôn mới (01/10/2019)
- Mường Ảng tổ chức Đại hội đại biểu các DTTS huyện (20/09/2019)
- Mường Nhé: vận động đồng bào ổn định dân cư (12/09/2019)
- Ban Dân vận Tỉnh ủy thăm, chúc Tết Độc lập đồng bào Mông (30/08/2019)
""", "2019-10-08", "Tăng cường nắm tình hình, vận động đồng bào không di cư tự do",
E("giao_ban", "2019-Q3", "2019-10-07"),
[P("Lò Thị Minh Thu", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thào A Chinh", "Trưởng Ban Dân vận Huyện ủy"),
 P("Lò Văn Hùng", "Trưởng Ban Dân vận Huyện ủy"),
 P("Giàng Thị Dợ", "Trưởng Ban Dân vận Huyện ủy"),
 P("Vì Văn Sơn", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("31 đồng chí", 31, "đồng chí"), Q("5 nhóm hộ", 5, "nhóm hộ"), Q("27 hộ", 27, "hộ"),
 Q("12 hộ", 12, "hộ"), Q("215 lượt công dân", 215, "lượt công dân"), Q("42 đơn thư, kiến nghị", 42, "đơn thư, kiến nghị"),
 Q("khoảng 7.800 m2", 7800, "m2", "approx"), Q("trên 1,6 tỷ đồng", 1600000000, "đồng", "over"),
 Q("hơn 3.200 ngày công", 3200, "ngày công", "over"), Q("48 mô hình mới", 48, "mô hình mới"), Q("623 mô hình", 623, "mô hình"),
 Q("100% bản", 100, "%"), Q("3 bản", 3, "bản"), Q("6 xã vùng cao", 6, "xã vùng cao")],
[D("Kết luận", "01", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 01, 02-KL/TU"),
 D("Kết luận", "02", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 01, 02-KL/TU"),
 D("Công văn", "318", "CV/BDVTU", "2019-08-12", "Ban Dân vận Tỉnh ủy", "Công văn số 318-CV/BDVTU ngày 12/8/2019"),
 D("Chỉ thị", "49", "CT/TW", "2015-10-20", "Ban Bí thư", "Chỉ thị số 49-CT/TW ngày 20/10/2015 của Ban Bí thư")],
[prov("Điện Biên"), com("Chung Chải"), com("Sen Thượng")],
["BAN DÂN VẬN TỈNH ỦY ĐIỆN BIÊN", "Trang chủ >> Tin hoạt động >> Tin trong tỉnh", "Đồng chí Lò Thị Minh Thu chủ trì giao ban.",
 "Giê Sùa", "Dân vận khéo", "Bản không có ma túy", "Bộ đội Biên phòng", "Lượt xem: 931"],
["08/10/2019 - 17:10", "quý III năm 2019", "31 đồng chí", "quý IV", "lần thứ III", "Lượt xem: 931"]))

PAGES.append(page("b3087-laocai-bao-chandung-2020", """
BÁO LÀO CAI ĐIỆN TỬ
Xã hội › Dân tộc - Miền núi › Gương sáng
Thứ Hai, 11/5/2020, 07:30
Ông Lý Láo Lở (bên phải) trò chuyện cùng bà con thôn Tả Chải. Ảnh: Minh Tuấn
"Cây cao bóng cả" của người Dao đỏ ở Tả Phìn
Hơn 20 năm gắn bó với công tác thôn bản, ông Lý Láo Lở, Bí thư Chi bộ thôn Tả Chải, xã Tả Phìn, thị xã Sa Pa, tỉnh Lào Cai, luôn là người đi đầu trong vận động bà con người Dao đỏ bỏ tục lệ lạc hậu, làm kinh tế và giữ gìn an ninh thôn bản.
Năm 2019, ông được UBND tỉnh công nhận là người có uy tín theo Quyết định số 12/2018/QĐ-TTg ngày 6/3/2018 của Thủ tướng Chính phủ về tiêu chí lựa chọn, công nhận người có uy tín và chính sách đối với người có uy tín trong đồng bào dân tộc thiểu số. Thôn Tả Chải có 126 hộ, hơn 600 nhân khẩu, hầu hết là người Dao đỏ.
Nhớ lại những năm trước, ông Lở kể: đám cưới ở thôn thường kéo dài 3 ngày, nhà trai phải thách tới 40 đồng bạc trắng, nhiều gia đình vay nợ cả chục năm không trả hết. Ông đã cùng chi bộ và các trưởng họ Lý, Tẩn, Chảo bàn bạc, đưa vào hương ước quy định đám cưới không quá 1 ngày, không thách cưới bằng bạc trắng, lợn, rượu. Đến nay đã có 42 hộ tổ chức cưới theo nếp sống mới; thôn 5 năm liền không có trường hợp tảo hôn.
Không chỉ vận động, ông Lở còn là tấm gương làm kinh tế giỏi. Gia đình ông có 2 ha rừng quế, nuôi 20 con lợn đen bản địa, mở nhà nghỉ cộng đồng đón khách du lịch, mỗi năm thu nhập khoảng 250 triệu đồng. Ông vận động 35 hộ cùng tham gia tổ hợp tác tắm lá thuốc người Dao đỏ, giúp bà con có thêm thu nhập ổn định.
Bà Tẩn Mẩy Chạn, Chủ tịch Hội LHPN xã Tả Phìn, cho biết: "Nhờ ông Lở nói, nhiều chị em được đi học nghề thêu, không phải ở nhà làm nương cả năm". Còn ông Hoàng Văn Dũng, Chủ tịch UBND xã Tả Phìn, đánh giá ông là cầu nối tin cậy giữa cấp ủy, chính quyền với nhân dân, đặc biệt trong việc vận động người dân hiến đất làm đường liên thôn dài 3,5 km.
Năm 2019, ông Lý Láo Lở được Chủ tịch UBND tỉnh tặng Bằng khen vì có thành tích xuất sắc trong phong trào thi đua "Dân vận khéo". Với ông, phần thưởng lớn nhất là thấy bà con trong thôn no ấm, con cháu được đến trường, bỏ được những tục lệ nặng nề từ bao đời.
Trong những ngày cả nước phòng, chống dịch Covid-19, ông lại cùng tổ COVID cộng đồng đi từng nhà nhắc bà con hạn chế đi lại, không tụ tập đông người trong lễ cấp sắc.
Minh Tuấn
Tin cùng chuyên mục
- Bát Xát: người có uy tín góp sức giữ bình yên biên giới (05/05/2020)
- Mường Khương: nữ Bí thư Chi bộ người Nùng vượt khó (28/04/2020)
- Bắc Hà: già làng Mông giữ gìn tiếng khèn (20/04/2020)
- Văn Bàn: cô giáo người Tày dạy chữ cho phụ nữ vùng cao (12/04/2020)
- Si Ma Cai: người có uy tín vận động bà con trồng cây dược liệu (03/04/2020)
""", "2020-05-11", '"Cây cao bóng cả" của người Dao đỏ ở Tả Phìn',
E("khac", None, None),
[P("Lý Láo Lở", "Bí thư Chi bộ thôn Tả Chải"),
 P("Tẩn Mẩy Chạn", "Chủ tịch Hội LHPN xã Tả Phìn"),
 P("Hoàng Văn Dũng", "Chủ tịch UBND xã Tả Phìn")],
[Q("126 hộ", 126, "hộ"), Q("hơn 600 nhân khẩu", 600, "nhân khẩu", "over"), Q("40 đồng bạc trắng", 40, "đồng bạc trắng"),
 Q("42 hộ", 42, "hộ"), Q("2 ha", 2, "ha"), Q("20 con lợn đen bản địa", 20, "con lợn đen bản địa"),
 Q("khoảng 250 triệu đồng", 250000000, "đồng", "approx"), Q("35 hộ", 35, "hộ"), Q("3,5 km", 3.5, "km")],
[D("Quyết định", "12", "2018/QĐ-TTg", "2018-03-06", "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg ngày 6/3/2018")],
[prov("Lào Cai"), com("Tả Phìn")],
["BÁO LÀO CAI ĐIỆN TỬ", "Xã hội › Dân tộc - Miền núi › Gương sáng",
 "Ông Lý Láo Lở (bên phải) trò chuyện cùng bà con thôn Tả Chải. Ảnh: Minh Tuấn", "Dân vận khéo", "Dao đỏ", "tổ COVID cộng đồng"],
["Thứ Hai, 11/5/2020, 07:30", "Hơn 20 năm", "3 ngày", "không quá 1 ngày", "5 năm liền", "40 đồng bạc trắng", "Năm 2019"]))

PAGES.append(page("b3088-hagiang-bdv-soket-2020", """
Cổng Thông tin điện tử Ban Dân vận Tỉnh ủy Hà Giang
Hôm nay: Thứ Bảy, 11/07/2020
Tin tức - Sự kiện / Hoạt động Ban Dân vận
10/7/2020 16:40
Khối dân vận chung tay phòng, chống dịch Covid-19, giữ vững ổn định vùng biên
Chiều 9/7/2020, Ban Dân vận Tỉnh ủy Hà Giang tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2020 bằng hình thức trực tuyến tới 11 điểm cầu huyện, thành phố. Đồng chí Vương Mí Chá, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh chủ trì hội nghị.
Báo cáo của Ban cho biết, 6 tháng đầu năm 2020, khối dân vận các cấp đã tập trung tuyên truyền, vận động nhân dân thực hiện Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ về thực hiện các biện pháp cấp bách phòng, chống dịch Covid-19. Tại 34 xã biên giới, các tổ tự quản đã phối hợp Bộ đội Biên phòng lập 186 chốt kiểm soát, vận động 1.425 lượt người dân tham gia tuần tra, không để người xuất nhập cảnh trái phép.
Mặt trận và các đoàn thể đã vận động được hơn 12,6 tỷ đồng, trên 310 tấn gạo ủng hộ phòng, chống dịch; hỗ trợ 2.730 hộ nghèo bị ảnh hưởng. Ban Dân vận Tỉnh ủy đã ban hành Hướng dẫn số 21-HD/BDVTU ngày 2/4/2020 về phát huy vai trò người có uy tín trong phòng, chống dịch, theo đó 2.016 người có uy tín trong tỉnh đã đến từng nhà tuyên truyền bằng tiếng Mông, Dao, Tày, Nùng, Lô Lô.
Công tác vận động xóa bỏ hủ tục được lồng ghép với phòng, chống dịch: nhiều thôn đã tổ chức tang lễ gọn nhẹ, không mời ăn uống đông người; 47 đám cưới được hoãn hoặc tổ chức đơn giản theo hương ước. Các cấp đã tiếp 523 lượt công dân, tiếp nhận 96 đơn thư, giải quyết 81 đơn, đạt 84,4%.
Tại điểm cầu huyện Đồng Văn, ông Sùng Mí Dình, HUV, Trưởng Ban Dân vận Huyện ủy, đề xuất tỉnh có chính sách hỗ trợ người có uy tín tham gia chốt kiểm soát ban đêm. Bà Lèng Thị Sủ, Phó Chủ tịch Hội LHPN xã Thài Phìn Tủng, phản ánh nhiều lao động từ Trung Quốc trở về cần được hướng dẫn việc làm.
Phát biểu kết luận, đồng chí Vương Mí Chá yêu cầu 6 tháng cuối năm 2020 tập trung tuyên truyền Đại hội Đảng bộ các cấp, tham gia góp ý dự thảo văn kiện Đại hội XIII của Đảng; thực hiện tốt Nghị quyết 15, 16-NQ/TU của Tỉnh ủy về phát triển kinh tế vùng cao núi đá và về công tác dân tộc; kịp thời nắm bắt tâm tư của nhân dân khu vực biên giới.
Tin, ảnh: Hoàng Anh
Lượt xem: 1.108
Xem thêm
- Quản Bạ: người có uy tín tiên phong phòng, chống dịch (30/06/2020)
- Mèo Vạc: vận động bà con tổ chức tang lễ gọn nhẹ mùa dịch (18/06/2020)
- Bắc Quang: giao ban khối dân vận quý II năm 2020 (05/06/2020)
""", "2020-07-10", "Khối dân vận chung tay phòng, chống dịch Covid-19, giữ vững ổn định vùng biên",
E("so_ket", "2020-H1", "2020-07-09"),
[P("Vương Mí Chá", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Sùng Mí Dình", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Lèng Thị Sủ", "Phó Chủ tịch Hội LHPN xã Thài Phìn Tủng")],
[Q("11 điểm cầu huyện, thành phố", 11, "điểm cầu huyện, thành phố"), Q("34 xã biên giới", 34, "xã biên giới"),
 Q("186 chốt kiểm soát", 186, "chốt kiểm soát"), Q("1.425 lượt người dân", 1425, "lượt người dân"),
 Q("hơn 12,6 tỷ đồng", 12600000000, "đồng", "over"), Q("trên 310 tấn", 310, "tấn", "over"),
 Q("2.730 hộ nghèo", 2730, "hộ nghèo"), Q("2.016 người có uy tín", 2016, "người có uy tín"),
 Q("47 đám cưới", 47, "đám cưới"), Q("523 lượt công dân", 523, "lượt công dân"), Q("96 đơn thư", 96, "đơn thư"),
 Q("81 đơn", 81, "đơn"), Q("84,4%", 84.4, "%")],
[D("Chỉ thị", "16", "CT-TTg", "2020-03-31", "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg ngày 31/3/2020"),
 D("Hướng dẫn", "21", "HD/BDVTU", "2020-04-02", "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 21-HD/BDVTU ngày 2/4/2020"),
 D("Nghị quyết", "15", "NQ/TU", None, "Tỉnh ủy", "Nghị quyết 15, 16-NQ/TU của Tỉnh ủy"),
 D("Nghị quyết", "16", "NQ/TU", None, "Tỉnh ủy", "Nghị quyết 15, 16-NQ/TU của Tỉnh ủy")],
[prov("Hà Giang"), com("Thài Phìn Tủng")],
["Cổng Thông tin điện tử Ban Dân vận Tỉnh ủy Hà Giang", "Hôm nay: Thứ Bảy, 11/07/2020", "Tin tức - Sự kiện / Hoạt động Ban Dân vận",
 "Bộ đội Biên phòng", "Lô Lô", "Lượt xem: 1.108"],
["Hôm nay: Thứ Bảy, 11/07/2020", "10/7/2020 16:40", "6 tháng đầu năm", "6 tháng cuối năm 2020", "Đại hội XIII", "Lượt xem: 1.108"]))
