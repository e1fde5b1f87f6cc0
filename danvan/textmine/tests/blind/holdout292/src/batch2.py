from lib import *
PAGES = []

PAGES.append(page("b6971-hatinh-bcd-giaoban-q3-2017", """
BÁO HÀ TĨNH
Chính trị | Văn hóa | Xã hội | Kinh tế
06.10.2017 | 14:30
Vị trí: Văn hóa > Đời sống văn hóa cơ sở
Chấn chỉnh việc bình xét "làng văn hóa" chạy theo thành tích
(Baohatinh.vn) - Chiều 5/10, Ban Chỉ đạo phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa" tỉnh Hà Tĩnh tổ chức giao ban quý III/2017, đánh giá kết quả 9 tháng và bàn nhiệm vụ những tháng cuối năm. Ông Đặng Quốc Thịnh, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo chủ trì.
Theo báo cáo của cơ quan thường trực Ban Chỉ đạo, trong quý III, các địa phương tiếp tục triển khai Chỉ thị số 13-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường sự lãnh đạo đối với phong trào, gắn với xây dựng "Khu dân cư nông thôn mới kiểu mẫu". Đến nay toàn tỉnh có 1.587 thôn, tổ dân phố đăng ký giữ vững và xây dựng mới danh hiệu văn hóa; 312.900 hộ đăng ký gia đình văn hóa, đạt 89,5%.
Đáng chú ý, sau đợt khảo sát của Ban Chỉ đạo ở 4 huyện Hương Khê, Kỳ Anh, Can Lộc, Thạch Hà, có 19 thôn được công nhận làng văn hóa nhưng không duy trì được các tiêu chí về vệ sinh môi trường, an ninh trật tự. Ban Chỉ đạo đã đề nghị UBND các huyện xem xét, không công nhận lại danh hiệu cho những thôn này trong đợt bình xét cuối năm.
Ông Nguyễn Hữu Thắng, Trưởng phòng Nếp sống văn hóa, Gia đình và Thể thao quần chúng Sở VH-TT&DL, cho biết việc bình xét đã có chuyển biến, nhưng vẫn còn tình trạng "họp cho có", một số trưởng thôn tự lập danh sách rồi đưa ra hội nghị thông qua.
Ý kiến của đại diện các sở, ngành và Ủy ban MTTQ tỉnh đều cho rằng cần quy định rõ trách nhiệm người đứng đầu cấp xã khi để xảy ra bình xét hình thức. Bà Phan Thị Lý, Trưởng ban Phong trào Ủy ban MTTQ tỉnh, đề nghị giao Ban công tác Mặt trận khu dân cư chủ trì hội nghị bình xét; công khai tại nhà văn hóa danh sách các hộ không đạt và lý do.
Kết luận giao ban, Phó Chủ tịch UBND tỉnh Đặng Quốc Thịnh yêu cầu trong quý IV, các địa phương tổ chức bình xét thực chất, không giao chỉ tiêu tỷ lệ gia đình văn hóa; Sở VH-TT&DL xây dựng bộ tiêu chí chấm điểm thống nhất, hoàn thành trước ngày 30/11. Tỉnh sẽ dành khoảng 2 tỷ đồng để khen thưởng các làng văn hóa, khu dân cư văn hóa tiêu biểu có thành tích xuất sắc trong xây dựng nông thôn mới, mỗi làng được thưởng 20 triệu đồng.
Cũng tại buổi giao ban, các thành viên Ban Chỉ đạo đã thống nhất lịch kiểm tra chéo giữa các huyện vào đầu tháng 11, tập trung vào hồ sơ bình xét, biên bản họp dân và việc niêm yết công khai. Những địa phương có nhiều sai sót sẽ được báo cáo UBND tỉnh để chỉ đạo khắc phục kịp thời.
Thu Phương
Tin khác
- Vũ Quang: 100% thôn có quy ước văn hóa (28/09/2017)
- Nghi Xuân tổ chức lễ hội truyền thống theo nếp sống mới (20/09/2017)
- Đức Thọ biểu dương 45 gia đình hiếu học (11/09/2017)
""", "2017-10-06", "Chấn chỉnh việc bình xét \"làng văn hóa\" chạy theo thành tích",
E("giao_ban", "2017-Q3", "2017-10-05"),
[P("Đặng Quốc Thịnh", "Phó Chủ tịch UBND tỉnh", "Trưởng Ban Chỉ đạo"),
 P("Nguyễn Hữu Thắng", "Trưởng phòng Nếp sống văn hóa, Gia đình và Thể thao quần chúng Sở VH-TT&DL"),
 P("Phan Thị Lý", "Trưởng ban Phong trào Ủy ban MTTQ tỉnh")],
[Q("1.587 thôn, tổ dân phố", 1587, "thôn, tổ dân phố"), Q("312.900 hộ", 312900, "hộ"), Q("89,5%", 89.5, "%"),
 Q("4 huyện", 4, "huyện"), Q("19 thôn", 19, "thôn"), Q("khoảng 2 tỷ đồng", 2000000000, "đồng", "approx"),
 Q("20 triệu đồng", 20000000, "đồng")],
[D("Chỉ thị", "13", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 13-CT/TU")],
[prov("Hà Tĩnh")],
["BÁO HÀ TĨNH", "Chính trị | Văn hóa | Xã hội | Kinh tế", "Vị trí: Văn hóa > Đời sống văn hóa cơ sở", "(Baohatinh.vn)",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa", "Khu dân cư nông thôn mới kiểu mẫu"],
["06.10.2017 | 14:30", "quý III/2017", "9 tháng", "quý III", "quý IV", "ngày 30/11", "tháng 11"]))

PAGES.append(page("b6972-baclieu-vinhhung-baocao-2018", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ VĨNH HƯNG - HUYỆN VĨNH LỢI - TỈNH BẠC LIÊU
Trang chủ / Văn bản - Báo cáo / Văn hóa - Xã hội
Đăng ngày 28 tháng 12 năm 2018
Báo cáo kết quả thực hiện phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa" năm 2018
Vĩnh Hưng, ngày 26 tháng 12 năm 2018
Thực hiện Kế hoạch số 85/KH-UBND ngày 15/02/2018 của UBND huyện Vĩnh Lợi và Nghị định số 122/2018/NĐ-CP ngày 17/9/2018 của Chính phủ quy định về xét tặng danh hiệu "Gia đình văn hóa"; "Thôn văn hóa", "Làng văn hóa", "Ấp văn hóa", "Bản văn hóa", "Tổ dân phố văn hóa", Ban Chỉ đạo phong trào xã Vĩnh Hưng, huyện Vĩnh Lợi, tỉnh Bạc Liêu báo cáo kết quả thực hiện năm 2018 như sau:
I. Kết quả thực hiện
1. Công tác tuyên truyền: Ban Chỉ đạo đã phối hợp các đoàn thể tổ chức 36 cuộc tuyên truyền với 2.150 lượt người dự; phát thanh trên loa truyền thanh xã 3 lần/tuần các nội dung về xây dựng gia đình văn hóa, phòng chống bạo lực gia đình.
2. Xây dựng gia đình văn hóa: Toàn xã có 3.412 hộ, trong đó 3.296 hộ đăng ký; qua bình xét có 3.105 hộ đạt danh hiệu gia đình văn hóa, chiếm 91%; 1.870 hộ đạt gia đình văn hóa 3 năm liền. Có 1.012 hộ đồng bào Khmer, tỷ lệ đạt gia đình văn hóa là 86,5%.
3. Xây dựng ấp văn hóa: 8/8 ấp giữ vững danh hiệu ấp văn hóa; ấp Trà Ban 2 được đề nghị công nhận ấp văn hóa tiêu biểu 5 năm liền. Nhân dân đóng góp hơn 420 triệu đồng làm 3,2 km đường giao thông nông thôn và lắp 146 bóng đèn chiếu sáng.
Các ấp đã sửa đổi, bổ sung hương ước, quy ước phù hợp quy định mới; tổ chức hội nghị bình xét công khai ở từng tổ nhân dân tự quản, có biên bản, danh sách niêm yết tại trụ sở ấp. Ban công tác Mặt trận các ấp phối hợp chi hội phụ nữ, chi hội nông dân vận động hộ nghèo vươn lên, giữ gìn vệ sinh môi trường, trồng cây xanh dọc các tuyến đường.
4. Khen thưởng: UBND xã khen thưởng 24 gia đình văn hóa tiêu biểu, 2 tập thể có thành tích xuất sắc trong phong trào.
II. Tồn tại, hạn chế
Một số hộ còn chưa quan tâm, xem việc đạt danh hiệu là hình thức; còn 9 hộ có người mắc tệ nạn xã hội, 4 vụ bạo lực gia đình. Kinh phí hoạt động của Ban công tác Mặt trận ấp còn thấp, mỗi ấp chỉ được hỗ trợ 2,5 triệu đồng/năm.
III. Phương hướng năm 2019
Tiếp tục thực hiện Nghị định số 122/2018/NĐ-CP; phấn đấu trên 92% hộ đạt gia đình văn hóa; phối hợp với Ban quản trị chùa Xiêm Cán tuyên truyền đồng bào Khmer thực hiện nếp sống văn minh trong lễ hội Ok Om Bok, Chôl Chnăm Thmây.
Nơi nhận: BCĐ huyện; Đảng ủy, HĐND xã; Lưu VT.
TM. BAN CHỈ ĐẠO
TRƯỞNG BAN
Phó Chủ tịch UBND xã
Thạch Văn Sà Rết
Các tin khác
- Ra mắt mô hình "Gia đình 5 không, 3 sạch" ở ấp Cái Giá (12/12/2018)
- Ấp Trà Ban 2 tổ chức Ngày hội Đại đoàn kết (15/11/2018)
- Hội thi tìm hiểu Luật Phòng, chống bạo lực gia đình (20/10/2018)
""", "2018-12-28", "Báo cáo kết quả thực hiện phong trào \"Toàn dân đoàn kết xây dựng đời sống văn hóa\" năm 2018",
E("bao_cao", "2018", "2018-12-26"),
[P("Thạch Văn Sà Rết", "TRƯỞNG BAN", "Phó Chủ tịch UBND xã")],
[Q("36 cuộc tuyên truyền", 36, "cuộc tuyên truyền"), Q("2.150 lượt người", 2150, "lượt người"),
 Q("3.412 hộ", 3412, "hộ"), Q("3.296 hộ", 3296, "hộ"), Q("3.105 hộ", 3105, "hộ"), Q("91%", 91, "%"),
 Q("1.870 hộ", 1870, "hộ"), Q("1.012 hộ đồng bào Khmer", 1012, "hộ đồng bào Khmer"), Q("86,5%", 86.5, "%"),
 Q("8/8 ấp", 8, "ấp"), Q("hơn 420 triệu đồng", 420000000, "đồng", "over"), Q("3,2 km", 3.2, "km"),
 Q("146 bóng đèn chiếu sáng", 146, "bóng đèn chiếu sáng"), Q("24 gia đình văn hóa tiêu biểu", 24, "gia đình văn hóa tiêu biểu"),
 Q("2 tập thể", 2, "tập thể"), Q("9 hộ", 9, "hộ"), Q("4 vụ bạo lực gia đình", 4, "vụ bạo lực gia đình"),
 Q("2,5 triệu đồng", 2500000, "đồng"), Q("trên 92%", 92, "%", "over")],
[D("Kế hoạch", "85", "KH-UBND", "2018-02-15", "UBND huyện Vĩnh Lợi", "Kế hoạch số 85/KH-UBND ngày 15/02/2018"),
 D("Nghị định", "122", "2018/NĐ-CP", "2018-09-17", "Chính phủ", "Nghị định số 122/2018/NĐ-CP ngày 17/9/2018")],
[prov("Bạc Liêu"), com("Vĩnh Hưng")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ VĨNH HƯNG - HUYỆN VĨNH LỢI - TỈNH BẠC LIÊU", "Trang chủ / Văn bản - Báo cáo / Văn hóa - Xã hội",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa", "Ok Om Bok", "Chôl Chnăm Thmây", "Nơi nhận: BCĐ huyện; Đảng ủy, HĐND xã; Lưu VT.",
 "TM. BAN CHỈ ĐẠO"],
["Đăng ngày 28 tháng 12 năm 2018", "3 lần/tuần", "3 năm liền", "5 năm liền", "năm 2018", "năm 2019", "Trà Ban 2"]))

PAGES.append(page("b6973-sonla-chiengmung-doithoai-2019", """
Báo Sơn La điện tử
Xã hội - Đời sống
14/6/2019 17:20
Đối thoại với nhân dân về xây dựng bản văn hóa
Sáng 12/6, UBND xã Chiềng Mung (huyện Mai Sơn) tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2019, tập trung vào việc bình xét gia đình văn hóa, bản văn hóa. Ông Lò Văn Hặc, Bí thư Đảng ủy, Chủ tịch UBND xã và ông Cầm Văn Thượng, Chủ tịch Ủy ban MTTQ xã chủ trì.
Ông Lò Văn Hặc phát biểu tại hội nghị đối thoại.
Tham dự hội nghị có gần 120 đại biểu là bí thư chi bộ, trưởng bản, trưởng ban công tác Mặt trận và người dân của 21 bản. Theo báo cáo của UBND xã, năm 2018 Chiềng Mung có 2.638/2.904 hộ đạt gia đình văn hóa; 16 bản đạt bản văn hóa, 3 bản chưa đạt do còn người nghiện ma túy, 2 bản bị thu hồi danh hiệu.
Tại hội nghị, nhiều ý kiến của bà con thẳng thắn, có cả những ý kiến bức xúc. Bà Cà Thị Ún, bản Nà Hạ, hỏi vì sao gia đình bà đã nộp đủ các khoản đóng góp xây nhà văn hóa nhưng năm trước vẫn không được công nhận. Ông Quàng Văn Biên, Trưởng bản Mé Ban, đề nghị xã làm rõ quy định đối với hộ có con đi làm ăn xa chưa khai báo tạm vắng.
Trả lời các ý kiến, ông Lò Văn Hặc cho biết việc bình xét được thực hiện theo Quyết định số 1840/QĐ-UBND ngày 15/8/2016 của UBND tỉnh; tiêu chí đóng góp chỉ là một phần, hộ bà Ún không đạt vì có thành viên vi phạm quy định về phòng, chống dịch tả lợn châu Phi. Xã cũng tiếp thu, sẽ hướng dẫn cụ thể việc khai báo tạm vắng để bà con không bị trừ điểm oan.
Hội nghị đã tiếp nhận 14 ý kiến, trong đó 11 ý kiến được giải đáp trực tiếp, 3 ý kiến được xã ghi nhận để báo cáo huyện. Một số ý kiến đề nghị hỗ trợ kinh phí làm sân thể thao, xã cho biết năm 2019 sẽ dành 150 triệu đồng từ nguồn ngân sách xã và vốn Chương trình 135 để hỗ trợ 3 bản.
Phát biểu kết luận, ông Cầm Văn Thượng đề nghị các ban công tác Mặt trận thực hiện tốt cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", bình xét công khai, dân chủ; mọi băn khoăn của người dân cần được giải thích ngay tại khu dân cư, không để kéo dài thành đơn thư.
Người dân trong xã cho biết rất phấn khởi khi được nói thẳng, hỏi thẳng với lãnh đạo xã. Theo kế hoạch, sau hội nghị đối thoại, UBND xã sẽ ra thông báo kết luận và gửi tới từng bản để nhân dân được biết, giám sát.
Theo ông Cầm Văn Thượng, việc đưa nội dung bình xét gia đình văn hóa vào hội nghị đối thoại giúp cấp ủy, chính quyền nắm được tâm tư của người dân, kịp thời điều chỉnh những cách làm chưa phù hợp ở từng bản.
Quàng Hương
Bài viết liên quan
- Mai Sơn: 85% bản đạt danh hiệu bản văn hóa (06/6/2019)
- Thuận Châu xóa bỏ hủ tục trong đám cưới (28/5/2019)
- Xã Chiềng Ban ra mắt mô hình "Bản không ma túy" (17/5/2019)
""", "2019-06-14", "Đối thoại với nhân dân về xây dựng bản văn hóa",
E("doi_thoai", "2019", "2019-06-12"),
[P("Lò Văn Hặc", "Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Cầm Văn Thượng", "Chủ tịch Ủy ban MTTQ xã"),
 P("Cà Thị Ún"),
 P("Quàng Văn Biên", "Trưởng bản Mé Ban")],
[Q("gần 120 đại biểu", 120, "đại biểu", "approx"), Q("21 bản", 21, "bản"), Q("2.638/2.904 hộ", 2638, "hộ"),
 Q("16 bản", 16, "bản"), Q("3 bản", 3, "bản"), Q("2 bản", 2, "bản"), Q("14 ý kiến", 14, "ý kiến"), Q("11 ý kiến", 11, "ý kiến"),
 Q("3 ý kiến", 3, "ý kiến"), Q("150 triệu đồng", 150000000, "đồng"), Q("hỗ trợ 3 bản", 3, "bản")],
[D("Quyết định", "1840", "QĐ-UBND", "2016-08-15", "UBND tỉnh", "Quyết định số 1840/QĐ-UBND ngày 15/8/2016")],
[prov("Sơn La"), com("Chiềng Mung")],
["Báo Sơn La điện tử", "Xã hội - Đời sống", "Ông Lò Văn Hặc phát biểu tại hội nghị đối thoại.", "Chương trình 135",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Nà Hạ"],
["14/6/2019 17:20", "năm 2019", "năm 2018", "Chương trình 135"]))

PAGES.append(page("b6974-haiduong-taphuan-nd122-2019", """
haiduong.gov.vn - Cổng thông tin điện tử tỉnh Hải Dương
Tin tức >> Văn hóa - Xã hội
2019-04-19 10:12
Toàn cảnh lớp tập huấn.
Tập huấn Nghị định 122/2018/NĐ-CP cho cán bộ văn hóa cơ sở
Ngày 18/4, Sở Văn hóa, Thể thao và Du lịch Hải Dương tổ chức hội nghị tập huấn triển khai Nghị định số 122/2018/NĐ-CP ngày 17/9/2018 của Chính phủ quy định về xét tặng danh hiệu "Gia đình văn hóa", "Thôn văn hóa", "Làng văn hóa", "Ấp văn hóa", "Bản văn hóa", "Tổ dân phố văn hóa" cho hơn 300 học viên là công chức văn hóa - xã hội các xã, phường, thị trấn và cán bộ phòng văn hóa - thông tin 12 huyện, thị xã, thành phố.
Ông Vũ Mạnh Hùng, Phó Giám đốc Sở VHTTDL cho biết, nghị định có hiệu lực từ ngày 15/11/2018, thay thế các quy định trước đây tại Thông tư 08/2014/TT-BVHTTDL. Điểm mới quan trọng là danh hiệu "Gia đình văn hóa" được xét tặng hằng năm, còn danh hiệu thôn, làng, tổ dân phố văn hóa xét 2 năm một lần; giấy khen gia đình văn hóa tiêu biểu chỉ xét tặng cho gia đình 3 năm liền đạt danh hiệu.
Các học viên được bà Nguyễn Thị Thu Trang, Phó Vụ trưởng Vụ Gia đình (Bộ Văn hóa, Thể thao và Du lịch), hướng dẫn chi tiết các tiêu chuẩn, trình tự, thủ tục và hồ sơ xét tặng. Theo bà Trang, nghị định quy định rõ việc bình xét phải do hộ gia đình tự nguyện đăng ký, không giao chỉ tiêu; trường hợp có vi phạm thì không xét tặng trong năm.
Năm 2018, toàn tỉnh Hải Dương có 434.287 hộ đạt gia đình văn hóa, chiếm 88,6%; 1.198 làng, khu dân cư văn hóa, đạt 83,4%. Thực hiện Quyết định số 1067/QĐ-UBND ngày 2/4/2019 của UBND tỉnh về triển khai Nghị định 122, các huyện sẽ hoàn thành việc sửa đổi hương ước, quy ước trước ngày 30/6.
Tại hội nghị, nhiều học viên hỏi về cách tính thời gian đối với làng đã đạt danh hiệu 5 năm liên tục theo quy định cũ. Bà Đỗ Thị Hường, công chức văn hóa - xã hội xã Cẩm Vũ, đề nghị có mẫu biên bản thống nhất để các khu dân cư áp dụng. Ông Phạm Văn Sơn, Trưởng khu dân cư số 4, phường Hải Tân, thắc mắc việc xét tặng cho hộ thuê nhà, ở trọ lâu năm.
Các câu hỏi đều được báo cáo viên giải đáp cụ thể. Sở cũng cấp cho mỗi địa phương 1 bộ tài liệu hướng dẫn, 2 cuốn sổ tay nghiệp vụ.
Theo Sở VHTTDL, sau hội nghị này, các huyện, thị xã, thành phố sẽ tiếp tục tổ chức tập huấn cho trưởng thôn, trưởng khu dân cư và Ban công tác Mặt trận ở cơ sở, bảo đảm việc bình xét năm 2019 thực hiện đúng quy định mới, thực chất, tránh hình thức.
Minh Hà
Tin đã đưa
- Thanh Hà có 95% làng đạt làng văn hóa (10/04/2019)
- Chí Linh: Xây dựng khu dân cư văn hóa gắn với đô thị văn minh (02/04/2019)
- Hội nghị triển khai công tác gia đình năm 2019 (22/03/2019)
Tin liên quan
- Gia Lộc tuyên dương gia đình văn hóa tiêu biểu (15/03/2019)
""", "2019-04-19", "Tập huấn Nghị định 122/2018/NĐ-CP cho cán bộ văn hóa cơ sở",
E("tap_huan", "2019", "2019-04-18"),
[P("Vũ Mạnh Hùng", "Phó Giám đốc Sở VHTTDL"),
 P("Nguyễn Thị Thu Trang", "Phó Vụ trưởng Vụ Gia đình"),
 P("Đỗ Thị Hường", "công chức văn hóa - xã hội xã Cẩm Vũ"),
 P("Phạm Văn Sơn", "Trưởng khu dân cư số 4")],
[Q("hơn 300 học viên", 300, "học viên", "over"),
 Q("12 huyện, thị xã, thành phố", 12, "huyện, thị xã, thành phố"), Q("434.287 hộ", 434287, "hộ"), Q("88,6%", 88.6, "%"),
 Q("1.198 làng, khu dân cư văn hóa", 1198, "làng, khu dân cư văn hóa"), Q("83,4%", 83.4, "%"),
 Q("2 cuốn sổ tay nghiệp vụ", 2, "cuốn sổ tay nghiệp vụ")],
[D("Nghị định", "122", "2018/NĐ-CP", "2018-09-17", "Chính phủ", "Nghị định số 122/2018/NĐ-CP ngày 17/9/2018"),
 D("Thông tư", "08", "2014/TT-BVHTTDL", None, None, "Thông tư 08/2014/TT-BVHTTDL"),
 D("Quyết định", "1067", "QĐ-UBND", "2019-04-02", "UBND tỉnh", "Quyết định số 1067/QĐ-UBND ngày 2/4/2019")],
[prov("Hải Dương"), com("Cẩm Vũ"), com("Hải Tân")],
["haiduong.gov.vn - Cổng thông tin điện tử tỉnh Hải Dương", "Tin tức >> Văn hóa - Xã hội", "Toàn cảnh lớp tập huấn."],
["2019-04-19 10:12", "2 năm một lần", "3 năm liền", "5 năm liên tục", "ngày 15/11/2018", "ngày 30/6", "Năm 2018", "năm 2019", "số 4", "1 bộ tài liệu"]))

PAGES.append(page("b6975-quangnam-bcd-soket-2020", """
QUẢNG NAM ONLINE
Xã hội » Văn hóa
Thứ Sáu, 24/07/2020, 08:05
Ảnh: Đồng chí Hồ Quang Tân phát biểu chỉ đạo. Ảnh: V.L
Giữ vững chất lượng danh hiệu văn hóa trong bối cảnh dịch Covid-19
Chiều 22/7, Ban Chỉ đạo phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa" tỉnh Quảng Nam họp sơ kết 6 tháng đầu năm 2020. Đồng chí Hồ Quang Tân, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo chủ trì cuộc họp.
Do ảnh hưởng của dịch Covid-19, nhiều hoạt động văn hóa cộng đồng phải tạm dừng, các khu dân cư chuyển sang tuyên truyền qua loa phát thanh, mạng xã hội. Dù vậy, Ban Chỉ đạo các cấp vẫn duy trì theo dõi, chấm điểm; 6 tháng qua, 218.400 hộ đã đăng ký gia đình văn hóa năm 2020, chiếm khoảng 90% tổng số hộ; 1.075 thôn, khối phố đăng ký danh hiệu văn hóa.
Đặc biệt, trong thời gian thực hiện giãn cách xã hội, nhiều khu dân cư văn hóa đã vận động được hàng trăm tấn gạo, rau củ ủng hộ người khó khăn. Riêng huyện Đại Lộc và Điện Bàn có 46 "cây ATM gạo", "gian hàng 0 đồng" do Ban công tác Mặt trận khu dân cư vận hành, hỗ trợ hơn 8.700 lượt người.
Ở khu vực miền núi, 9 huyện đã lồng ghép xây dựng thôn văn hóa với thực hiện Nghị quyết số 88/2019/QH14 của Quốc hội phê duyệt Đề án tổng thể phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi. Ông A Lăng Thắm, Chủ tịch UBND xã A Xan (huyện Tây Giang), cho biết đồng bào Cơ Tu đã tự nguyện góp đá, gỗ dựng lại 7 gươl làm nơi sinh hoạt cộng đồng.
Bà Nguyễn Thị Mỹ Hạnh, Trưởng phòng Quản lý Văn hóa, Gia đình Sở VH-TT&DL, nêu một số hạn chế: việc rà soát theo Nghị định 122/2018/NĐ-CP ở một số nơi còn chậm; có thôn đã 2 lần không đạt nhưng vẫn đề nghị công nhận; thiết chế văn hóa ở các khối phố mới hình thành thiếu.
Kết luận cuộc họp, đồng chí Hồ Quang Tân đề nghị 6 tháng cuối năm, các địa phương vừa chống dịch, vừa tổ chức bình xét bảo đảm thực chất; thực hiện Kế hoạch số 3562/KH-UBND ngày 19/6/2020 của UBND tỉnh về tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư năm 2020 theo hình thức phù hợp; kinh phí hỗ trợ mỗi khu dân cư tổ chức ngày hội được giữ ở mức 3 triệu đồng.
Phó Chủ tịch UBND tỉnh cũng lưu ý việc tuyên truyền phải đi vào chiều sâu, tránh phô trương, lãng phí; chú trọng đưa các tiêu chí về phòng, chống dịch bệnh, giữ gìn vệ sinh môi trường vào nội dung bình xét cuối năm.
Cũng tại cuộc họp, các thành viên Ban Chỉ đạo thống nhất sẽ tổ chức kiểm tra tại một số huyện miền núi vào quý IV, tập trung vào việc xây dựng thôn văn hóa gắn với giữ gìn bản sắc văn hóa truyền thống của đồng bào Cơ Tu, Xê Đăng, Giẻ Triêng.
VĨNH LỘC
Tin cùng chuyên mục
- Tam Kỳ: Khối phố văn hóa chung tay phòng chống dịch (15/07/2020)
- Nam Giang phục dựng lễ hội truyền thống của đồng bào Cơ Tu (03/07/2020)
- Hội An giữ nếp nhà trong phố cổ (25/06/2020)
""", "2020-07-24", "Giữ vững chất lượng danh hiệu văn hóa trong bối cảnh dịch Covid-19",
E("so_ket", "2020-H1", "2020-07-22"),
[P("Hồ Quang Tân", "Phó Chủ tịch UBND tỉnh", "Trưởng Ban Chỉ đạo"),
 P("A Lăng Thắm", "Chủ tịch UBND xã A Xan"),
 P("Nguyễn Thị Mỹ Hạnh", "Trưởng phòng Quản lý Văn hóa, Gia đình Sở VH-TT&DL")],
[Q("218.400 hộ", 218400, "hộ"), Q("khoảng 90%", 90, "%", "approx"), Q("1.075 thôn, khối phố", 1075, "thôn, khối phố"),
 Q("46 \"cây ATM gạo\"", 46, "cây ATM gạo"), Q("hơn 8.700 lượt người", 8700, "lượt người", "over"),
 Q("9 huyện", 9, "huyện"), Q("7 gươl", 7, "gươl"), Q("3 triệu đồng", 3000000, "đồng")],
[D("Nghị quyết", "88", "2019/QH14", None, "Quốc hội", "Nghị quyết số 88/2019/QH14"),
 D("Nghị định", "122", "2018/NĐ-CP", None, None, "Nghị định 122/2018/NĐ-CP"),
 D("Kế hoạch", "3562", "KH-UBND", "2020-06-19", "UBND tỉnh", "Kế hoạch số 3562/KH-UBND ngày 19/6/2020")],
[prov("Quảng Nam"), com("A Xan")],
["QUẢNG NAM ONLINE", "Xã hội » Văn hóa", "Ảnh: Đồng chí Hồ Quang Tân phát biểu chỉ đạo. Ảnh: V.L",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa", "gian hàng 0 đồng", "Ngày hội Đại đoàn kết toàn dân tộc"],
["Thứ Sáu, 24/07/2020, 08:05", "6 tháng đầu năm 2020", "6 tháng qua", "6 tháng cuối năm", "gian hàng 0 đồng", "2 lần", "hàng trăm tấn gạo", "Covid-19"]))

PAGES.append(page("b6976-cantho-daihoi-dienhinh-2020", """
Báo Cần Thơ Online
TRANG CHỦ / XÃ HỘI / TIN TỨC
Cập nhật: 21-08-2020 15:48
Đại hội điển hình tiên tiến phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa"
Ngày 20-8, Ban Chỉ đạo phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa" TP Cần Thơ tổ chức Đại hội điển hình tiên tiến phong trào giai đoạn 2015 - 2020. Dự đại hội có đồng chí Đào Thị Bé Mười, Phó Chủ tịch UBND thành phố, Trưởng Ban Chỉ đạo; đồng chí Lê Minh Cảnh, Chủ tịch Ủy ban MTTQ Việt Nam thành phố.
Qua 5 năm, phong trào đã lan tỏa sâu rộng đến từng khu vực, ấp. Đến cuối năm 2019, toàn thành phố có 309.572 hộ đạt danh hiệu gia đình văn hóa, chiếm 95,58%; 618/630 khu vực, ấp đạt danh hiệu văn hóa; 52/83 xã, phường, thị trấn đạt chuẩn văn minh đô thị, đạt chuẩn văn hóa nông thôn mới. Nhân dân đóng góp trên 1.250 tỷ đồng xây dựng đường giao thông, cầu nông thôn, nhà văn hóa ấp.
Đại hội đã nghe 6 tham luận về các cách làm hay. Ông Lê Văn Tư, Trưởng ban công tác Mặt trận khu vực Bình Hòa A, phường Phước Thới (quận Ô Môn), cho biết khu vực có 712 hộ thì 703 hộ đạt gia đình văn hóa; nhờ vận động bà con góp 1,4 tỷ đồng, khu vực đã nâng cấp 2,5 km đường và lắp đèn chiếu sáng. Bà Huỳnh Thị Kim Loan, Bí thư Chi bộ, Trưởng ấp Thới Bình, xã Thới Hưng (huyện Cờ Đỏ), chia sẻ kinh nghiệm xây dựng "Tổ nhân dân tự quản an toàn" giúp ấp nhiều năm không có tội phạm.
Theo Ban tổ chức, thực hiện Chỉ thị số 05-CT/TU ngày 12/5/2016 của Ban Thường vụ Thành ủy, các cấp đã đưa xây dựng gia đình văn hóa, khu dân cư văn hóa vào chương trình công tác hằng năm. Tuy nhiên, phong trào vẫn còn nơi hình thức, một số khu vực ở quận trung tâm có đông người nhập cư chưa quản lý tốt.
Phát biểu chỉ đạo, đồng chí Đào Thị Bé Mười đề nghị giai đoạn 2020 - 2025 các cấp tiếp tục thực hiện Kết luận số 76-KL/TW của Bộ Chính trị về tiếp tục thực hiện Nghị quyết 33-NQ/TW, đưa phong trào đi vào chiều sâu, gắn với chuyển đổi số và xây dựng đô thị văn minh.
Dịp này, UBND thành phố tặng bằng khen cho 35 tập thể, 60 cá nhân, 40 gia đình văn hóa tiêu biểu. Mỗi gia đình còn được Ủy ban MTTQ thành phố tặng quà trị giá 1 triệu đồng.
Các đại biểu đã tham quan gian trưng bày hình ảnh, hiện vật giới thiệu những thành tựu của phong trào và giao lưu văn nghệ với chủ đề "Cần Thơ - thành phố văn minh, nghĩa tình".
Đại hội đã bầu đoàn đại biểu đi dự đại hội thi đua yêu nước của thành phố. Theo Ban tổ chức, những điển hình được tôn vinh lần này là những tấm gương bình dị, gần gũi, góp phần lan tỏa tinh thần đoàn kết, tương thân tương ái trong cộng đồng dân cư.
Bài, ảnh: Ngọc Thiện
Tin liên quan
- Phong Điền có 98% hộ đạt gia đình văn hóa (12/8/2020)
- Ninh Kiều ra mắt 5 khu vực văn minh đô thị (05/8/2020)
""", "2020-08-21", "Đại hội điển hình tiên tiến phong trào \"Toàn dân đoàn kết xây dựng đời sống văn hóa\"",
E("dai_hoi", None, "2020-08-20"),
[P("Đào Thị Bé Mười", "Phó Chủ tịch UBND thành phố", "Trưởng Ban Chỉ đạo"),
 P("Lê Minh Cảnh", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Lê Văn Tư", "Trưởng ban công tác Mặt trận khu vực Bình Hòa A"),
 P("Huỳnh Thị Kim Loan", "Bí thư Chi bộ", "Trưởng ấp Thới Bình")],
[Q("309.572 hộ", 309572, "hộ"), Q("95,58%", 95.58, "%"), Q("618/630 khu vực, ấp", 618, "khu vực, ấp"),
 Q("52/83 xã, phường, thị trấn", 52, "xã, phường, thị trấn"), Q("trên 1.250 tỷ đồng", 1250000000000, "đồng", "over"),
 Q("6 tham luận", 6, "tham luận"), Q("712 hộ", 712, "hộ"), Q("703 hộ", 703, "hộ"), Q("1,4 tỷ đồng", 1400000000, "đồng"),
 Q("2,5 km", 2.5, "km"), Q("35 tập thể", 35, "tập thể"), Q("60 cá nhân", 60, "cá nhân"),
 Q("40 gia đình văn hóa tiêu biểu", 40, "gia đình văn hóa tiêu biểu"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Chỉ thị", "05", "CT/TU", "2016-05-12", "Ban Thường vụ Thành ủy", "Chỉ thị số 05-CT/TU ngày 12/5/2016"),
 D("Kết luận", "76", "KL/TW", None, "Bộ Chính trị", "Kết luận số 76-KL/TW"),
 D("Nghị quyết", "33", "NQ/TW", None, None, "Nghị quyết 33-NQ/TW")],
[prov("Cần Thơ"), com("Phước Thới"), com("Thới Hưng")],
["Báo Cần Thơ Online", "TRANG CHỦ / XÃ HỘI / TIN TỨC", "Toàn dân đoàn kết xây dựng đời sống văn hóa", "Tổ nhân dân tự quản an toàn",
 "Cần Thơ - thành phố văn minh, nghĩa tình"],
["Cập nhật: 21-08-2020 15:48", "giai đoạn 2015 - 2020", "5 năm", "năm 2019", "giai đoạn 2020 - 2025", "nhiều năm"]))
