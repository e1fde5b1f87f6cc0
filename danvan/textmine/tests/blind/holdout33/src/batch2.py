from lib import *
PAGES = []

PAGES.append(page("b755-travinh-caungang-doithoai-2017", """
Báo Trà Vinh Online
Trang chủ > Chính trị > Dân vận
15/11/2017 - 10:05
Cầu Ngang: người đứng đầu cấp ủy đối thoại với nhân dân về đất đai
Toàn cảnh buổi đối thoại tại Hội trường UBND xã Hiệp Mỹ Tây.
Ngày 14/11, Ban Dân vận Huyện ủy Cầu Ngang phối hợp UBND huyện tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân xã Hiệp Mỹ Tây năm 2017, tập trung vào các đơn thư liên quan đến đất đai và chính sách hỗ trợ đồng bào Khmer.
Chủ trì đối thoại có đồng chí Thạch Thị Sa Vươl, Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Huyện ủy Cầu Ngang và ông Nguyễn Văn Dũng, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện. Tham dự có 135 hộ dân, trong đó 78 hộ là đồng bào Khmer.
Tại buổi đối thoại, bà con nêu 23 ý kiến, kiến nghị. Ông Sơn Văn Chanh, ấp Bào Sen, phản ánh việc cấp giấy chứng nhận quyền sử dụng đất chậm; bà Kim Thị Sa Rươne đề nghị làm rõ tiêu chí bình xét hộ nghèo theo Quyết định 59/2015/QĐ-TTg của Thủ tướng Chính phủ về chuẩn nghèo tiếp cận đa chiều. Một số hộ nuôi tôm kiến nghị nạo vét kênh thủy lợi dài 3,5 km đã bị bồi lắng.
Trả lời các kiến nghị, ông Nguyễn Văn Dũng cho biết huyện đã giải quyết xong 17/19 đơn thư tồn đọng về đất đai từ năm 2016; 2 đơn còn lại đang chờ kết quả đo đạc. Năm 2017, huyện hỗ trợ 1,2 tỷ đồng nạo vét kênh, ưu tiên các ấp có đông đồng bào Khmer.
Đồng chí Thạch Thị Sa Vươl cho biết, việc đối thoại được thực hiện theo Nghị định 04/2015/NĐ-CP của Chính phủ về thực hiện dân chủ trong hoạt động của cơ quan hành chính nhà nước và Kế hoạch số 23-KH/HU ngày 6/3/2017 của Huyện ủy. Đây là lần thứ 3 trong năm Ban Dân vận Huyện ủy tổ chức đối thoại tại cơ sở. Qua đó, nhiều ý kiến được giải đáp ngay, người dân đồng tình, tin tưởng hơn vào chính quyền.
Đồng chí đề nghị Đảng ủy xã Hiệp Mỹ Tây tiếp tục phát huy vai trò của người có uy tín, Ban quản trị chùa trong vận động bà con, không để phát sinh khiếu kiện đông người. Ông Thạch Sa Rinh, Bí thư Đảng ủy xã Hiệp Mỹ Tây, tiếp thu và cam kết giải quyết các kiến nghị thuộc thẩm quyền của xã trước ngày 31/12.
Trước buổi đối thoại, đoàn công tác đã đến thăm chùa Bào Sen và tặng 20 phần quà cho hộ Khmer nghèo.
Sau hội nghị, Ban Dân vận Huyện ủy sẽ tổng hợp các kiến nghị chưa được trả lời, chuyển đến các phòng, ban chuyên môn của huyện xem xét, trả lời bằng văn bản cho người dân; đồng thời theo dõi, đôn đốc việc thực hiện các nội dung đã cam kết tại buổi đối thoại.
Thạch Ngọc
Tin khác
- Trà Cú tổng kết 5 năm phong trào "Dân vận khéo" (08/11/2017)
- Tỉnh ủy làm việc với Ban Dân vận về công tác dân tộc (30/10/2017)
- Duyên Hải: vận động ngư dân tham gia tổ đoàn kết trên biển (19/10/2017)
""", "2017-11-15", "Cầu Ngang: người đứng đầu cấp ủy đối thoại với nhân dân về đất đai",
E("doi_thoai", "2017", "2017-11-14"),
[P("Thạch Thị Sa Vươl", "Ủy viên Ban Thường vụ", "Trưởng Ban Dân vận Huyện ủy Cầu Ngang"),
 P("Nguyễn Văn Dũng", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"),
 P("Sơn Văn Chanh"),
 P("Kim Thị Sa Rươne"),
 P("Thạch Sa Rinh", "Bí thư Đảng ủy xã Hiệp Mỹ Tây")],
[Q("135 hộ dân", 135, "hộ dân"), Q("78 hộ", 78, "hộ"), Q("23 ý kiến, kiến nghị", 23, "ý kiến, kiến nghị"), Q("3,5 km", 3.5, "km"),
 Q("17/19 đơn thư", 17, "đơn thư"), Q("2 đơn", 2, "đơn"), Q("1,2 tỷ đồng", 1200000000, "đồng"), Q("20 phần quà", 20, "phần quà")],
[D("Quyết định", "59", "2015/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 59/2015/QĐ-TTg"),
 D("Nghị định", "04", "2015/NĐ-CP", None, "Chính phủ", "Nghị định 04/2015/NĐ-CP"),
 D("Kế hoạch", "23", "KH/HU", "2017-03-06", "Huyện ủy", "Kế hoạch số 23-KH/HU ngày 6/3/2017")],
[prov("Trà Vinh"), com("Hiệp Mỹ Tây")],
["Báo Trà Vinh Online", "Toàn cảnh buổi đối thoại tại Hội trường UBND xã Hiệp Mỹ Tây.", "Bào Sen", "Dân vận khéo", "Thạch Ngọc"],
["15/11/2017 - 10:05", "năm 2017", "năm 2016", "lần thứ 3", "31/12"]))

PAGES.append(page("b756-binhdinh-taphuan-danvan-2018", """
BAN DÂN VẬN TỈNH ỦY BÌNH ĐỊNH - TRANG THÔNG TIN ĐIỆN TỬ
Trang chủ | Hoạt động | Tập huấn - Bồi dưỡng
Thứ Sáu, 03/08/2018 - 07:50
Bồi dưỡng nghiệp vụ cho cán bộ dân vận cơ sở miền núi
Học viên tham dự lớp tập huấn tại huyện Vĩnh Thạnh.
Trong 2 ngày 1 và 2/8/2018, Ban Dân vận Tỉnh ủy Bình Định tổ chức lớp tập huấn nghiệp vụ công tác dân vận năm 2018 cho 165 học viên là trưởng khối dân vận, cán bộ Mặt trận, đoàn thể các xã của 3 huyện miền núi An Lão, Vĩnh Thạnh, Vân Canh.
Phát biểu khai mạc, đồng chí Lê Thị Thanh Hương, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, nhấn mạnh vùng đồng bào Bana, Hrê, Chăm còn nhiều khó khăn, tỷ lệ hộ nghèo còn 31,4%, đòi hỏi cán bộ dân vận phải "nghe dân nói, nói dân hiểu, làm dân tin".
Các học viên được nghe đồng chí Đinh Thị Hạnh, Phó Trưởng Ban Dân vận Tỉnh ủy, quán triệt Kết luận 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao hiệu quả công tác dân vận của cơ quan nhà nước, chính quyền các cấp; ông Đinh Văn Mai, Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy, giới thiệu phương pháp nắm tình hình nhân dân, tình hình tôn giáo ở cơ sở và cách tiếp nhận, phân loại đơn thư. Báo cáo viên Ban Tuyên giáo Tỉnh ủy hướng dẫn kỹ năng đấu tranh với thông tin xấu độc trên mạng xã hội.
Lớp tập huấn dành một buổi để các học viên trao đổi kinh nghiệm xây dựng mô hình "Dân vận khéo". Ông Đinh Văn Khánh, Bí thư Đảng ủy xã An Toàn (huyện An Lão), chia sẻ cách vận động bà con làng Hà Nhe bỏ tập quán thả rông gia súc, chỉ sau 1 năm đã có 96 hộ làm chuồng trại. Bà Đinh Thị Mê, Chủ tịch Hội LHPN xã Vĩnh Kim, kể cách vận động chị em vay 200 triệu đồng vốn để nuôi bò sinh sản.
Theo Hướng dẫn số 12-HD/BDVTU của Ban Dân vận Tỉnh ủy, mỗi xã phải xây dựng ít nhất 2 mô hình "Dân vận khéo" mỗi năm. Đến nay, 3 huyện miền núi đã có 58 mô hình được công nhận. Ban cũng đang chuẩn bị sơ kết 3 năm thực hiện Chỉ thị 06, 07-CT/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận vùng đồng bào dân tộc thiểu số.
Kết thúc lớp học, 100% học viên hoàn thành bài thu hoạch, đạt yêu cầu.
Theo đánh giá của Ban tổ chức, đây là lần đầu tiên lớp tập huấn được tổ chức ngay tại huyện miền núi, giúp cán bộ cơ sở đỡ đi lại xa, có thời gian đi thực tế tại làng. Nhiều học viên đề nghị tăng thời lượng thảo luận tình huống, nhất là tình huống tranh chấp đất rẫy, truyền đạo trái pháp luật, tụ tập đông người; đề nghị biên soạn tài liệu bằng tiếng Bana, Hrê để tuyên truyền viên sử dụng.
Thúy Hằng
Lượt xem: 1.047
Tin liên quan
- Hoài Nhơn đối thoại với ngư dân về chính sách hỗ trợ (20/07/2018)
- Giao ban khối dân vận 6 tháng đầu năm 2018 (10/07/2018)
- Tây Sơn biểu dương 40 gương "Dân vận khéo" (29/06/2018)
- Phù Mỹ: vận động giáo dân tham gia xây dựng nông thôn mới (15/06/2018)
""", "2018-08-03", "Bồi dưỡng nghiệp vụ cho cán bộ dân vận cơ sở miền núi",
E("tap_huan", "2018", "2018-08-01"),
[P("Lê Thị Thanh Hương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đinh Thị Hạnh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đinh Văn Mai", "Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy"),
 P("Đinh Văn Khánh", "Bí thư Đảng ủy xã An Toàn"),
 P("Đinh Thị Mê", "Chủ tịch Hội LHPN xã Vĩnh Kim")],
[Q("165 học viên", 165, "học viên"), Q("3 huyện miền núi", 3, "huyện miền núi"), Q("31,4%", 31.4, "%"), Q("96 hộ", 96, "hộ"),
 Q("200 triệu đồng", 200000000, "đồng"), Q("58 mô hình", 58, "mô hình"), Q("100% học viên", 100, "%")],
[D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận 114-KL/TW ngày 14/7/2015"),
 D("Hướng dẫn", "12", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 12-HD/BDVTU"),
 D("Chỉ thị", "06", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 06, 07-CT/TU"),
 D("Chỉ thị", "07", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 06, 07-CT/TU")],
[prov("Bình Định"), com("An Toàn"), com("Vĩnh Kim")],
["BAN DÂN VẬN TỈNH ỦY BÌNH ĐỊNH - TRANG THÔNG TIN ĐIỆN TỬ", "Trang chủ | Hoạt động | Tập huấn - Bồi dưỡng",
 "Học viên tham dự lớp tập huấn tại huyện Vĩnh Thạnh.", "Dân vận khéo", "nghe dân nói, nói dân hiểu, làm dân tin", "Hà Nhe", "Lượt xem: 1.047"],
["Thứ Sáu, 03/08/2018 - 07:50", "2 ngày", "năm 2018", "1 năm", "2 mô hình", "3 năm", "Lượt xem: 1.047"]))

PAGES.append(page("b757-haiduong-giaoban-quy1-2019", """
HẢI DƯƠNG ĐIỆN TỬ
Chính trị » Xây dựng Đảng
21.03.2019 | 16:05
Ảnh: Quang cảnh giao ban.
Khối dân vận tỉnh giao ban quý I
Chiều 20/3, Ban Dân vận Tỉnh ủy Hải Dương giao ban công tác dân vận quý I/2019 với Ủy ban MTTQ, các đoàn thể chính trị - xã hội tỉnh và ban dân vận 12 huyện ủy, thị ủy, thành ủy. Đồng chí Nguyễn Thị Ngọc Bích, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Quý I, tình hình nhân dân trong tỉnh ổn định; nhân dân phấn khởi đón Tết Kỷ Hợi, các lễ hội đầu xuân diễn ra an toàn, tiết kiệm. Tuy nhiên, dịch tả lợn châu Phi xuất hiện tại 6 huyện, 2.345 con lợn phải tiêu hủy đã ảnh hưởng đến tâm lý, đời sống người chăn nuôi. Khối dân vận đã vận động 317 hộ chấp hành việc tiêu hủy, tiếp nhận 28 đơn thư và chuyển cơ quan có thẩm quyền xử lý 25 đơn.
Về công tác tôn giáo, quý I các cơ sở Công giáo, Phật giáo tổ chức 41 lễ hội tôn giáo đúng quy định. Ông Vũ Đức Hải, Phó Trưởng Ban Dân vận Tỉnh ủy, thông tin kết quả thực hiện chỉ thị 19-CT/TU của Tỉnh ủy về công tác vận động đồng bào Công giáo giai đoạn 2016 - 2020, đề nghị các huyện có giáo xứ lớn như Thanh Hà, Ninh Giang tiếp tục gặp gỡ chức sắc trước các ngày lễ trọng.
Đồng chí Phạm Thị Thu, HUV, Trưởng Ban Dân vận Huyện ủy Thanh Miện, báo cáo mô hình "Dân vận khéo" trong dồn điền đổi thửa ở xã Đoàn Tùng: nhân dân tự nguyện dồn 146 ha, góp 780 triệu đồng làm giao thông, thủy lợi nội đồng. Bà Lê Thị Hoa, Phó Chủ tịch Hội Nông dân tỉnh, đề nghị hỗ trợ vốn tái đàn cho hộ chăn nuôi.
Kết luận giao ban, đồng chí Nguyễn Thị Ngọc Bích yêu cầu quý II triển khai kế hoạch số 87-KH/BDVTU về tổ chức Hội nghị biểu dương điển hình "Dân vận khéo" lần thứ hai, tổ chức lấy ý kiến nhân dân góp ý dự thảo Luật Đất đai sửa đổi theo hướng dẫn của trên; kịp thời nắm tình hình tư tưởng người chăn nuôi trong vùng dịch, không để phát sinh điểm nóng. Đồng chí cũng lưu ý việc thực hiện Quy chế dân chủ ở cơ sở theo Pháp lệnh số 34/2007/PL-UBTVQH11 của Ủy ban Thường vụ Quốc hội về thực hiện dân chủ ở xã, phường, thị trấn.
Ban Dân vận Tỉnh ủy cũng giao Văn phòng Ban tổng hợp các kiến nghị của cơ sở, báo cáo Thường trực Tỉnh ủy; phối hợp với các sở, ngành trả lời dứt điểm những đơn thư còn tồn đọng trong quý II.
Một số ý kiến tại giao ban cho rằng việc nắm tình hình nhân dân ở khu dân cư mới, khu công nghiệp còn chậm; cán bộ dân vận cơ sở chưa chủ động đề xuất giải pháp khi phát sinh vụ việc phức tạp, còn trông chờ cấp trên.
Thu Hà
Các tin đã đưa
- Tổng kết công tác dân vận năm 2018 (26/12/2018)
- Ninh Giang: gặp mặt chức sắc Công giáo dịp Giáng sinh (20/12/2018)
- Kim Thành ra mắt mô hình tổ dân vận thôn (06/12/2018)
""", "2019-03-21", "Khối dân vận tỉnh giao ban quý I",
E("giao_ban", "2019-Q1", "2019-03-20"),
[P("Nguyễn Thị Ngọc Bích", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vũ Đức Hải", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phạm Thị Thu", "HUV", "Trưởng Ban Dân vận Huyện ủy Thanh Miện"),
 P("Lê Thị Hoa", "Phó Chủ tịch Hội Nông dân tỉnh")],
[Q("12 huyện ủy, thị ủy, thành ủy", 12, "huyện ủy, thị ủy, thành ủy"), Q("6 huyện", 6, "huyện"), Q("2.345 con lợn", 2345, "con lợn"),
 Q("317 hộ", 317, "hộ"), Q("28 đơn thư", 28, "đơn thư"), Q("25 đơn", 25, "đơn"), Q("41 lễ hội tôn giáo", 41, "lễ hội tôn giáo"),
 Q("146 ha", 146, "ha"), Q("780 triệu đồng", 780000000, "đồng")],
[D("Chỉ thị", "19", "CT/TU", None, "Tỉnh ủy", "chỉ thị 19-CT/TU"),
 D("Kế hoạch", "87", "KH/BDVTU", None, None, "kế hoạch số 87-KH/BDVTU"),
 D("Pháp lệnh", "34", "2007/PL-UBTVQH11", None, "Ủy ban Thường vụ Quốc hội", "Pháp lệnh số 34/2007/PL-UBTVQH11")],
[prov("Hải Dương"), com("Đoàn Tùng")],
["HẢI DƯƠNG ĐIỆN TỬ", "Chính trị » Xây dựng Đảng", "Ảnh: Quang cảnh giao ban.", "Dân vận khéo", "Kỷ Hợi", "Luật Đất đai"],
["21.03.2019 | 16:05", "quý I/2019", "giai đoạn 2016 - 2020", "lần thứ hai", "quý II", "Quý I"]))

PAGES.append(page("b758-daklak-bdv-tongket-2019", """
BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK
Trang chủ > Tin tức - Sự kiện
Hôm nay: Thứ Hai, 30/12/2019
Cập nhật lúc 17:20 ngày 27/12/2019
Phát huy sức dân trong xây dựng buôn làng
Ngày 26/12/2019, Ban Dân vận Tỉnh ủy Đắk Lắk tổ chức hội nghị tổng kết công tác dân vận năm 2019. Dự hội nghị có đồng chí Y Khăm Niê, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: H'Zơ Byă, Lê Văn Hùng, Y Kông Adrơng.
Đồng chí Y Khăm Niê phát biểu tại hội nghị tổng kết.
Năm 2019, Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận 49-KL/TU về tăng cường công tác vận động đồng bào có đạo Tin Lành và chỉ đạo tổng kết 5 năm phong trào thi đua "Dân vận khéo". Toàn tỉnh có 1.326 mô hình "Dân vận khéo" được công nhận, trong đó 512 mô hình ở vùng đồng bào dân tộc thiểu số. Nhân dân đóng góp trên 47 tỷ đồng, hiến 26,5 ha đất xây dựng nông thôn mới.
Tình hình tôn giáo cơ bản ổn định; tỉnh hiện có 6 tôn giáo với khoảng 560.000 tín đồ, trong đó đạo Tin Lành chiếm đông nhất. Khối dân vận đã phối hợp vận động 214 người theo "Hà Mòn" từ bỏ và được cộng đồng buôn làng đón nhận. Trong năm, các cơ quan dân vận tiếp nhận 96 đơn thư, đã giải quyết xong 89 đơn.
Báo cáo cũng nêu việc triển khai Nghị quyết 88/2019/QH14 của Quốc hội về phê duyệt Đề án tổng thể phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi; khối dân vận đã tổ chức góp ý dự thảo đề án của tỉnh tại 15 huyện, thị xã, thành phố.
Tại hội nghị, bà H'Ngăm Ê Ban, Bí thư Chi bộ buôn Kô Siêr, phường Tân Lợi, chia sẻ cách vận động bà con không bán đất, giữ rẫy để sản xuất. Ông Y Phăm Ênuôl, người có uy tín buôn Tơng Jú, xã Ea Kao, kiến nghị sớm cấp sổ đỏ cho các hộ đồng bào.
Phát biểu chỉ đạo, đồng chí Y Khăm Niê yêu cầu năm 2020 tiếp tục thực hiện Quyết định 290-QĐ/TW của Bộ Chính trị về Quy chế công tác dân vận, chuẩn bị tốt công tác dân vận phục vụ đại hội đảng bộ các cấp. Dịp này, 20 tập thể, 27 cá nhân được tặng Bằng khen của Ban Dân vận Trung ương và giấy khen của Ban.
Hội nghị cũng chỉ ra những hạn chế: việc nắm tình hình ở một số buôn còn chưa kịp thời; công tác dân vận chính quyền ở một số nơi còn hình thức, cán bộ chưa sâu sát dân; việc giải quyết đơn thư tranh chấp đất đai giữa người dân với các công ty nông, lâm nghiệp còn kéo dài. Nhiều ý kiến đề nghị tăng cường tập huấn kỹ năng vận động quần chúng bằng tiếng Êđê, Mnông cho cán bộ trẻ.
H'Xíu
Tin liên quan
- Krông Búk: người có uy tín góp sức xây dựng buôn làng (20/12/2019)
- Ea H'leo đối thoại với đồng bào về tranh chấp đất đai (12/12/2019)
- Hội nghị giao ban khối dân vận quý III (04/10/2019)
""", "2019-12-27", "Phát huy sức dân trong xây dựng buôn làng",
E("tong_ket", "2019", "2019-12-26"),
[P("Y Khăm Niê", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("H'Zơ Byă", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Văn Hùng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Y Kông Adrơng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("H'Ngăm Ê Ban", "Bí thư Chi bộ buôn Kô Siêr"),
 P("Y Phăm Ênuôl", "người có uy tín buôn Tơng Jú, xã Ea Kao")],
[Q("1.326 mô hình", 1326, "mô hình"), Q("512 mô hình", 512, "mô hình"), Q("trên 47 tỷ đồng", 47000000000, "đồng", "over"),
 Q("26,5 ha", 26.5, "ha"), Q("6 tôn giáo", 6, "tôn giáo"), Q("khoảng 560.000 tín đồ", 560000, "tín đồ", "approx"),
 Q("214 người", 214, "người"), Q("96 đơn thư", 96, "đơn thư"), Q("89 đơn", 89, "đơn"),
 Q("15 huyện, thị xã, thành phố", 15, "huyện, thị xã, thành phố"), Q("20 tập thể", 20, "tập thể"), Q("27 cá nhân", 27, "cá nhân")],
[D("Kết luận", "49", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 49-KL/TU"),
 D("Nghị quyết", "88", "2019/QH14", None, "Quốc hội", "Nghị quyết 88/2019/QH14"),
 D("Quyết định", "290", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 290-QĐ/TW")],
[prov("Đắk Lắk"), com("Tân Lợi"), com("Ea Kao")],
["BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK", "Trang chủ > Tin tức - Sự kiện", "Hôm nay: Thứ Hai, 30/12/2019",
 "Đồng chí Y Khăm Niê phát biểu tại hội nghị tổng kết.", "Dân vận khéo", "Hà Mòn", "Kô Siêr", "Tơng Jú"],
["Hôm nay: Thứ Hai, 30/12/2019", "Cập nhật lúc 17:20 ngày 27/12/2019", "năm 2019", "5 năm", "năm 2020"]))

PAGES.append(page("b759-angiang-bdv-soket-2020", """
AN GIANG ONLINE - BÁO AN GIANG
Thời sự > Chính trị > Dân vận
Thứ Sáu, 10/07/2020 - 08:30
Ban Dân vận Tỉnh ủy đồng hành cùng nhân dân phòng, chống dịch
(AG) - Sáng 9/7, Ban Dân vận Tỉnh ủy An Giang tổ chức hội nghị trực tuyến sơ kết công tác dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2020 với 11 điểm cầu cấp huyện.
Đồng chí Chau Sóc Khene phát biểu tại điểm cầu tỉnh.
Chủ trì hội nghị có đồng chí Chau Sóc Khene, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Trần Thị Kim Phượng, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy.
Báo cáo cho thấy, 6 tháng qua khối dân vận tập trung tuyên truyền, vận động nhân dân thực hiện Chỉ thị 16/CT-TTg của Thủ tướng Chính phủ về thực hiện cách ly toàn xã hội; vận động chức sắc, chức việc các tôn giáo tạm dừng sinh hoạt đông người. Các cơ sở Phật giáo Hòa Hảo, Cao Đài, Công giáo và cộng đồng người Chăm theo đạo Islam đã ủng hộ phòng, chống dịch Covid-19 hơn 18,6 tỷ đồng; các "tủ đồ ăn miễn phí" đã hỗ trợ 24.800 lượt người lao động khó khăn.
Trong điều kiện giãn cách, Ban Dân vận các cấp vẫn tiếp nhận 47 đơn thư, phần lớn liên quan đến việc xét hỗ trợ người dân gặp khó khăn do Covid-19 theo Nghị quyết 42/NQ-CP của Chính phủ; đã phối hợp trả lời 44 đơn. Tình hình tư tưởng nhân dân ổn định, đồng thuận cao với chủ trương của Đảng, Nhà nước.
Tại điểm cầu Tịnh Biên, bà Néang Sóc Thi, HUV, Trưởng Ban Dân vận Huyện ủy, cho biết huyện duy trì 36 mô hình "Dân vận khéo" trong vùng đồng bào Khmer. Tại điểm cầu An Phú, ông Haji Ka Ri Mah, Phó Trưởng Ban đại diện cộng đồng Hồi giáo tỉnh, cảm ơn chính quyền hỗ trợ 2.300 phần quà cho bà con Chăm trong tháng Ramadan.
Kết luận hội nghị, đồng chí Chau Sóc Khene đề nghị 6 tháng cuối năm tập trung công tác dân vận phục vụ đại hội đảng bộ các cấp, tiến tới Đại hội đại biểu Đảng bộ tỉnh lần thứ XI; triển khai Kế hoạch 208-KH/TU của Ban Thường vụ Tỉnh ủy về tổ chức lấy ý kiến nhân dân góp ý dự thảo văn kiện đại hội. Ban Dân vận cũng sẽ tham mưu sơ kết 3 năm thực hiện Chỉ thị 22-CT/TU về công tác dân vận trong đồng bào tôn giáo.
Dịp này, Ban Dân vận Tỉnh ủy biểu dương 9 tập thể có thành tích trong phòng, chống dịch.
Hội nghị cũng thẳng thắn chỉ ra việc nắm tình hình tư tưởng ở một số khu vực biên giới chưa sâu; sự phối hợp giữa Mặt trận, đoàn thể với chính quyền trong tiếp nhận, xử lý phản ánh của nhân dân có lúc còn chậm, nhất là khi giãn cách xã hội. Các địa phương đề nghị sớm có hướng dẫn tổ chức đại hội chi bộ ấp bảo đảm an toàn phòng dịch.
Hữu Huy
Tin cùng chuyên mục
- Chợ Mới ra mắt 12 "tủ đồ ăn miễn phí" (25/06/2020)
- Gặp mặt chức sắc Phật giáo Hòa Hảo nhân kỷ niệm 81 năm khai đạo (15/06/2020)
- Châu Đốc: vận động bà con tuân thủ giãn cách (20/04/2020)
""", "2020-07-10", "Ban Dân vận Tỉnh ủy đồng hành cùng nhân dân phòng, chống dịch",
E("so_ket", "2020-H1", "2020-07-09"),
[P("Chau Sóc Khene", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Thị Kim Phượng", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Néang Sóc Thi", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Haji Ka Ri Mah", "Phó Trưởng Ban đại diện cộng đồng Hồi giáo tỉnh")],
[Q("11 điểm cầu cấp huyện", 11, "điểm cầu cấp huyện"), Q("hơn 18,6 tỷ đồng", 18600000000, "đồng", "over"),
 Q("24.800 lượt người lao động khó khăn", 24800, "lượt người lao động khó khăn"), Q("47 đơn thư", 47, "đơn thư"), Q("44 đơn", 44, "đơn"),
 Q("36 mô hình", 36, "mô hình"), Q("2.300 phần quà", 2300, "phần quà"), Q("9 tập thể", 9, "tập thể")],
[D("Chỉ thị", "16", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị 16/CT-TTg"),
 D("Nghị quyết", "42", "NQ-CP", None, "Chính phủ", "Nghị quyết 42/NQ-CP"),
 D("Kế hoạch", "208", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 208-KH/TU"),
 D("Chỉ thị", "22", "CT/TU", None, None, "Chỉ thị 22-CT/TU")],
[prov("An Giang")],
["AN GIANG ONLINE - BÁO AN GIANG", "Thời sự > Chính trị > Dân vận", "(AG)", "Đồng chí Chau Sóc Khene phát biểu tại điểm cầu tỉnh.",
 "Dân vận khéo", "tủ đồ ăn miễn phí", "Ramadan", "Covid-19"],
["Thứ Sáu, 10/07/2020 - 08:30", "6 tháng đầu năm", "6 tháng cuối năm 2020", "Covid-19", "lần thứ XI", "3 năm"]))

PAGES.append(page("b760-ninhthuan-gopy-duthao-2020", """
Báo Ninh Thuận
Trang chủ » Chính trị » Xây dựng Đảng
Thứ Tư, 04/11/2020
Chức sắc tôn giáo, người có uy tín góp ý dự thảo văn kiện Đại hội XIII
Ngày 3/11, Ban Dân vận Tỉnh ủy Ninh Thuận phối hợp Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị lấy ý kiến chức sắc, chức việc các tôn giáo, người có uy tín trong đồng bào Chăm, Raglai góp ý vào dự thảo các văn kiện trình Đại hội đại biểu toàn quốc lần thứ XIII của Đảng.
Quang cảnh hội nghị góp ý. Ảnh: Văn Miên
Hội nghị do đồng chí Đàng Năng Hiệp, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy và bà Thập Thị Hồng Vân, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh đồng chủ trì. Tham dự có 95 đại biểu là chức sắc Bà-la-môn, Bà-ni, Phật giáo, Công giáo, Tin lành và 30 người có uy tín.
Thực hiện Kế hoạch 135-KH/TU, 136-KH/TU của Ban Thường vụ Tỉnh ủy về tổ chức lấy ý kiến nhân dân đóng góp vào dự thảo văn kiện, đến nay khối dân vận toàn tỉnh đã tổng hợp được 3.150 lượt ý kiến góp ý. Tại hội nghị, có 14 ý kiến phát biểu trực tiếp.
Cả sư Thập Bá, Chủ tịch Hội đồng chức sắc Bà-la-môn tỉnh, đề nghị văn kiện nhấn mạnh hơn việc bảo tồn văn hóa, tín ngưỡng của đồng bào Chăm. Ông Chamaléa Bốn, người có uy tín thôn Ma Oai, xã Phước Hà, mong có chính sách đặc thù về đất sản xuất cho đồng bào Raglai. Linh mục Giuse Nguyễn Văn Trọng, Quản hạt Ninh Thuận, góp ý về vai trò của các tôn giáo trong giáo dục đạo đức, lối sống.
Báo cáo thêm, đồng chí Quảng Đại Thiện, Phó Trưởng Ban Dân vận Tỉnh ủy, cho biết năm 2020 Ban đã tiếp nhận và chuyển 12 đơn kiến nghị của chức sắc, tín đồ đến cơ quan chức năng; hiện đã trả lời 10 đơn. Đồng chí cũng thông tin việc thực hiện Nghị định 162/2017/NĐ-CP của Chính phủ quy định chi tiết Luật Tín ngưỡng, tôn giáo trên địa bàn tỉnh.
Phát biểu kết thúc hội nghị, đồng chí Đàng Năng Hiệp trân trọng tiếp thu các ý kiến, khẳng định sẽ tổng hợp đầy đủ, gửi Ban Dân vận Trung ương; đồng thời đề nghị chức sắc, người có uy tín tiếp tục vận động đồng bào thực hiện tốt Kết luận 62-KL/TU của Tỉnh ủy về công tác tôn giáo.
Nhiều đại biểu bày tỏ phấn khởi khi được trực tiếp góp ý vào văn kiện của Đảng; mong muốn sau đại hội, các chủ trương về chăm lo đời sống đồng bào dân tộc thiểu số, tôn giáo được cụ thể hóa bằng chính sách thiết thực, đến được với từng thôn, làng. Một số ý kiến đề nghị văn kiện bổ sung nội dung về phát huy vai trò người có uy tín và chức sắc trong khối đại đoàn kết toàn dân tộc.
Văn Miên
Tin khác
- Thuận Bắc: đối thoại với đồng bào Raglai về đất rẫy (28/10/2020)
- Bác Ái tổ chức lễ ra mắt 3 mô hình "Dân vận khéo" (14/10/2020)
- Hội nghị gặp mặt chức sắc Bà-ni nhân lễ Ramưwan (22/04/2020)
""", "2020-11-04", "Chức sắc tôn giáo, người có uy tín góp ý dự thảo văn kiện Đại hội XIII",
E("hoi_nghi", "2020", "2020-11-03"),
[P("Đàng Năng Hiệp", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thập Thị Hồng Vân", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thập Bá", "Cả sư", "Chủ tịch Hội đồng chức sắc Bà-la-môn tỉnh"),
 P("Chamaléa Bốn", "người có uy tín thôn Ma Oai, xã Phước Hà"),
 P("Giuse Nguyễn Văn Trọng", "Linh mục", "Quản hạt Ninh Thuận"),
 P("Quảng Đại Thiện", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("95 đại biểu", 95, "đại biểu"), Q("30 người có uy tín", 30, "người có uy tín"), Q("3.150 lượt ý kiến", 3150, "lượt ý kiến"),
 Q("14 ý kiến", 14, "ý kiến"), Q("12 đơn kiến nghị", 12, "đơn kiến nghị"), Q("10 đơn", 10, "đơn")],
[D("Kế hoạch", "135", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 135-KH/TU"),
 D("Kế hoạch", "136", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "136-KH/TU"),
 D("Nghị định", "162", "2017/NĐ-CP", None, "Chính phủ", "Nghị định 162/2017/NĐ-CP"),
 D("Kết luận", "62", "KL/TU", None, "Tỉnh ủy", "Kết luận 62-KL/TU")],
[prov("Ninh Thuận"), com("Phước Hà")],
["Báo Ninh Thuận", "Trang chủ » Chính trị » Xây dựng Đảng", "Quang cảnh hội nghị góp ý. Ảnh: Văn Miên", "Bà-la-môn", "Bà-ni",
 "Ma Oai", "Luật Tín ngưỡng, tôn giáo", "Dân vận khéo"],
["Thứ Tư, 04/11/2020", "lần thứ XIII", "Đại hội XIII", "năm 2020"]))
