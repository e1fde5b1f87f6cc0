from lib import *
PAGES = []

PAGES.append(page("b8813-langson-mttq-tongket-2011", """
BÁO LẠNG SƠN ĐIỆN TỬ
Trang chủ » Văn hóa - Xã hội » Đời sống
Thứ Sáu, 16/12/2011 - 08:30
Ảnh: Quang cảnh hội nghị tổng kết.
Hoàng Đồng: 92,2% hộ gia đình đạt danh hiệu "Gia đình văn hóa"
(LSO) - Ngày 14/12/2011, Ban Chỉ đạo phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa" xã Hoàng Đồng, thành phố Lạng Sơn tổ chức hội nghị tổng kết phong trào năm 2011, triển khai nhiệm vụ năm 2012. Dự hội nghị có bà Hoàng Thị Mai, Phó Chủ tịch Ủy ban MTTQ thành phố; ông Vi Văn Thắng, Phó Trưởng phòng Văn hóa và Thông tin thành phố cùng 65 đại biểu là trưởng thôn, trưởng ban công tác Mặt trận của 9 thôn trong xã.
Theo báo cáo do ông Lương Văn Chiến, Phó Chủ tịch UBND xã, Trưởng Ban Chỉ đạo phong trào xã trình bày, năm 2011 toàn xã có 1.486/1.612 hộ đạt danh hiệu "Gia đình văn hóa", chiếm 92,2%, tăng 3,1% so với năm 2010; 7/9 thôn được công nhận danh hiệu "Thôn văn hóa", trong đó thôn Nà Chuông và thôn Pò Mỏ giữ vững danh hiệu 5 năm liền. 100% thôn đã xây dựng và thực hiện quy ước theo Chỉ thị số 24/1998/CT-TTg ngày 19/6/1998 của Thủ tướng Chính phủ; trong năm có 2 thôn bổ sung nội dung về việc cưới, việc tang vào quy ước.
Thực hiện Nghị quyết 03, 04-NQ/ĐU của Đảng ủy xã về phát triển kinh tế đồi rừng và xây dựng đời sống văn hóa ở khu dân cư, nhân dân trong xã đã đóng góp hơn 450 triệu đồng và 1.800 ngày công để làm 3,2 km đường bê tông, sửa chữa 4 nhà văn hóa thôn. Tỷ lệ hộ nghèo giảm từ 9,6% xuống còn 7,4%.
Ông Lộc Văn Sinh, Chủ tịch Ủy ban MTTQ xã Hoàng Đồng cho biết: "Cái khó nhất là bình xét cho thực chất. Trước đây có thôn cứ đăng ký là được công nhận, nay các ban công tác Mặt trận phải họp dân, ai vi phạm quy ước, để con em mắc tệ nạn thì không được xét".
Tại hội nghị, ông Nông Văn Quang, Trưởng thôn Nà Chuông, chia sẻ kinh nghiệm đưa nội dung giữ gìn vệ sinh môi trường, không thả rông gia súc vào quy ước thôn; bà Chu Thị Nhàn, Chi hội trưởng Chi hội Phụ nữ thôn Khòn Phổ, đề nghị xã quan tâm hơn đến các hộ có hoàn cảnh khó khăn để họ có điều kiện phấn đấu. Ông Vi Văn Thắng đã phổ biến những điểm mới của Thông tư số 12/2011/TT-BVHTTDL ngày 10/10/2011 của Bộ Văn hóa, Thể thao và Du lịch về tiêu chuẩn, trình tự, thủ tục xét công nhận danh hiệu "Gia đình văn hóa", "Thôn văn hóa" và Quyết định số 1610/QĐ-TTg ngày 16/9/2011 của Thủ tướng Chính phủ phê duyệt Chương trình thực hiện phong trào giai đoạn 2011 - 2015.
Phát biểu chỉ đạo, bà Hoàng Thị Mai đề nghị năm 2012 xã phấn đấu có trên 93% hộ đạt danh hiệu "Gia đình văn hóa", 9/9 thôn có nhà văn hóa đạt chuẩn; gắn phong trào với cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư".
Dịp này, UBND xã tặng giấy khen cho 3 thôn và 25 gia đình văn hóa tiêu biểu; các đồng chí Phó Chủ tịch Ủy ban MTTQ xã: Hoàng Văn Lìu, Lăng Thị Dịu trao giấy khen cho các gia đình. Gia đình ông Chu Văn Páo, thôn Pò Mỏ, có 4 thế hệ cùng chung sống hòa thuận, được hội nghị biểu dương.
Minh Hằng
Lượt xem: 1.024
Tin liên quan
- Cao Lộc: 88% hộ đạt danh hiệu gia đình văn hóa (08/12/2011)
- Văn Lãng tổng kết Ngày hội Đại đoàn kết toàn dân tộc (25/11/2011)
- Chi Lăng: sửa đổi, bổ sung 46 bản quy ước thôn (10/11/2011)
- Xây dựng nếp sống văn minh trong việc cưới, việc tang ở Lộc Bình (02/11/2011)
""", "2011-12-16", 'Hoàng Đồng: 92,2% hộ gia đình đạt danh hiệu "Gia đình văn hóa"',
E("tong_ket", "2011", "2011-12-14"),
[P("Hoàng Thị Mai", "Phó Chủ tịch Ủy ban MTTQ thành phố"),
 P("Vi Văn Thắng", "Phó Trưởng phòng Văn hóa và Thông tin thành phố"),
 P("Lương Văn Chiến", "Phó Chủ tịch UBND xã", "Trưởng Ban Chỉ đạo phong trào xã"),
 P("Lộc Văn Sinh", "Chủ tịch Ủy ban MTTQ xã Hoàng Đồng"),
 P("Nông Văn Quang", "Trưởng thôn Nà Chuông"),
 P("Chu Thị Nhàn", "Chi hội trưởng Chi hội Phụ nữ thôn Khòn Phổ"),
 P("Hoàng Văn Lìu", "Phó Chủ tịch Ủy ban MTTQ xã"),
 P("Lăng Thị Dịu", "Phó Chủ tịch Ủy ban MTTQ xã"),
 P("Chu Văn Páo")],
[Q("92,2%", 92.2, "%"), Q("65 đại biểu", 65, "đại biểu"), Q("9 thôn", 9, "thôn"),
 Q("1.486/1.612 hộ", 1486, "hộ"), Q("3,1%", 3.1, "%"), Q("7/9 thôn", 7, "thôn"), Q("100% thôn", 100, "%"),
 Q("2 thôn", 2, "thôn"), Q("hơn 450 triệu đồng", 450000000, "đồng", "over"), Q("1.800 ngày công", 1800, "ngày công"),
 Q("3,2 km", 3.2, "km"), Q("4 nhà văn hóa thôn", 4, "nhà văn hóa thôn"), Q("9,6%", 9.6, "%"), Q("7,4%", 7.4, "%"),
 Q("trên 93%", 93, "%", "over"), Q("9/9 thôn", 9, "thôn"), Q("3 thôn", 3, "thôn"),
 Q("25 gia đình văn hóa tiêu biểu", 25, "gia đình văn hóa tiêu biểu"), Q("4 thế hệ", 4, "thế hệ")],
[D("Chỉ thị", "24", "1998/CT-TTg", "1998-06-19", "Thủ tướng Chính phủ", "Chỉ thị số 24/1998/CT-TTg ngày 19/6/1998"),
 D("Nghị quyết", "03", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết 03, 04-NQ/ĐU"),
 D("Nghị quyết", "04", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết 03, 04-NQ/ĐU"),
 D("Thông tư", "12", "2011/TT-BVHTTDL", "2011-10-10", "Bộ Văn hóa, Thể thao và Du lịch", "Thông tư số 12/2011/TT-BVHTTDL ngày 10/10/2011"),
 D("Quyết định", "1610", "QĐ-TTg", "2011-09-16", "Thủ tướng Chính phủ", "Quyết định số 1610/QĐ-TTg ngày 16/9/2011")],
[prov("Lạng Sơn"), com("Hoàng Đồng")],
["BÁO LẠNG SƠN ĐIỆN TỬ", "Trang chủ » Văn hóa - Xã hội » Đời sống", "Ảnh: Quang cảnh hội nghị tổng kết.", "(LSO)",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư",
 "Gia đình văn hóa", "Thôn văn hóa", "Nà Chuông", "Pò Mỏ", "Khòn Phổ", "Lượt xem: 1.024"],
["Thứ Sáu, 16/12/2011 - 08:30", "năm 2011", "năm 2012", "năm 2010", "5 năm liền", "giai đoạn 2011 - 2015", "Lượt xem: 1.024"]))

PAGES.append(page("b8814-namdinh-bdv-soket-2012", """
Cổng thông tin điện tử Ban Dân vận Tỉnh ủy Nam Định
Trang chủ > Tin tức > Dân vận cơ sở
Cập nhật: 14:20, 05/07/2012 (GMT+7)
Hải Hậu: Hương ước góp phần giữ gìn thuần phong mỹ tục
Ngày 3/7, Ban Dân vận Huyện ủy Hải Hậu phối hợp với Ủy ban MTTQ huyện tổ chức hội nghị sơ kết 6 tháng đầu năm 2012 việc thực hiện hương ước, quy ước gắn với phong trào xây dựng gia đình văn hóa, làng văn hóa. Đồng chí Trần Văn Hùng, HUV, Trưởng Ban Dân vận Huyện ủy chủ trì hội nghị.
Đồng chí Trần Văn Hùng phát biểu tại hội nghị. Ảnh: Văn Tuấn
Báo cáo do đồng chí Vũ Thị Hạnh, Phó Trưởng Ban Thường trực Ban Dân vận Huyện ủy trình bày cho biết: thực hiện kế hoạch số 32-KH/HU ngày 15/2/2012 của Huyện ủy, đến nay 345/345 xóm, tổ dân phố của 35 xã, thị trấn đã có hương ước, quy ước được UBND huyện phê duyệt; 28 xóm đã sửa đổi, bổ sung hương ước cho phù hợp với Thông tư liên tịch số 04/2001/TTLT-BVHTT-BTTUBTWMTTQVN và Chỉ thị số 27-CT/TW ngày 12/1/1998 của Bộ Chính trị về thực hiện nếp sống văn minh trong việc cưới, việc tang, lễ hội.
Kết quả bình xét cuối năm 2011 toàn huyện có 56.732/61.045 hộ đạt danh hiệu "Gia đình văn hóa", đạt 92,9%; 271 xóm, tổ dân phố được công nhận danh hiệu văn hóa. 6 tháng đầu năm, các xã, thị trấn đã tổ chức 1.126 đám cưới theo nếp sống mới, không có đám cưới nào vượt quá 30 mâm theo quy định của hương ước; 98% đám tang không rải vàng mã trên đường. Ước tính nhân dân tiết kiệm được hơn 1,2 tỷ đồng so với trước.
Ở vùng đồng bào Công giáo, Ban Dân vận Huyện ủy đã phối hợp với các giáo xứ đưa nội dung hương ước vào các buổi sinh hoạt của hội đoàn. Linh mục Phêrô Đoàn Văn Thiết, chánh xứ giáo xứ Đông Thịnh, cho biết: "Giáo dân sống tốt đời đẹp đạo thì cũng là sống theo hương ước của làng. Năm nay giáo xứ có 412/430 hộ giáo dân đạt gia đình văn hóa".
Tại hội nghị, ông Nguyễn Văn Toản, Bí thư Đảng ủy, Chủ tịch HĐND xã Hải Minh nêu cách làm của xã: mỗi quý họp xóm một lần để kiểm điểm việc thực hiện hương ước, công khai các hộ vi phạm. Bà Phạm Thị Lụa, Chủ tịch Hội LHPN thị trấn Yên Định, cho biết hội đã vận động 1.350 hội viên ký cam kết "5 không, 3 sạch". Các ông Đỗ Văn Khiêm, Mai Xuân Trường, Lại Văn Bình - Trưởng ban công tác Mặt trận xóm ở xã Hải Đông đề nghị huyện sớm hướng dẫn việc xử lý các trường hợp vi phạm hương ước nhiều lần.
Hội nghị cũng chỉ ra một số hạn chế: có 17 xóm hương ước còn sao chép, chưa sát thực tế; việc bình xét gia đình văn hóa ở một số nơi còn nể nang.
Kết luận hội nghị, đồng chí Trần Văn Hùng yêu cầu 6 tháng cuối năm các xã, thị trấn rà soát toàn bộ hương ước, quy ước; phấn đấu cuối năm có ít nhất 93% hộ đạt danh hiệu gia đình văn hóa.
Văn Tuấn
Các tin khác
- Xuân Trường: 100% thôn xóm có quy ước (28/06/2012)
- Giao Thủy biểu dương 120 gia đình văn hóa tiêu biểu (15/06/2012)
- Nghĩa Hưng tập huấn công tác dân vận cho trưởng xóm (02/06/2012)
""", "2012-07-05", "Hải Hậu: Hương ước góp phần giữ gìn thuần phong mỹ tục",
E("so_ket", "2012-H1", "2012-07-03"),
[P("Trần Văn Hùng", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Vũ Thị Hạnh", "Phó Trưởng Ban Thường trực Ban Dân vận Huyện ủy"),
 P("Phêrô Đoàn Văn Thiết", "Linh mục", "chánh xứ giáo xứ Đông Thịnh"),
 P("Nguyễn Văn Toản", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Hải Minh"),
 P("Phạm Thị Lụa", "Chủ tịch Hội LHPN thị trấn Yên Định"),
 P("Đỗ Văn Khiêm", "Trưởng ban công tác Mặt trận xóm"),
 P("Mai Xuân Trường", "Trưởng ban công tác Mặt trận xóm"),
 P("Lại Văn Bình", "Trưởng ban công tác Mặt trận xóm")],
[Q("345/345 xóm, tổ dân phố", 345, "xóm, tổ dân phố"), Q("35 xã, thị trấn", 35, "xã, thị trấn"), Q("28 xóm", 28, "xóm"),
 Q("56.732/61.045 hộ", 56732, "hộ"), Q("92,9%", 92.9, "%"), Q("271 xóm, tổ dân phố", 271, "xóm, tổ dân phố"),
 Q("1.126 đám cưới", 1126, "đám cưới"), Q("30 mâm", 30, "mâm"), Q("98% đám tang", 98, "%"),
 Q("hơn 1,2 tỷ đồng", 1200000000, "đồng", "over"), Q("412/430 hộ giáo dân", 412, "hộ giáo dân"),
 Q("1.350 hội viên", 1350, "hội viên"), Q("17 xóm", 17, "xóm"), Q("ít nhất 93%", 93, "%", "over")],
[D("Kế hoạch", "32", "KH/HU", "2012-02-15", "Huyện ủy", "kế hoạch số 32-KH/HU ngày 15/2/2012"),
 D("Thông tư liên tịch", "04", "2001/TTLT-BVHTT-BTTUBTWMTTQVN", None, None, "Thông tư liên tịch số 04/2001/TTLT-BVHTT-BTTUBTWMTTQVN"),
 D("Chỉ thị", "27", "CT/TW", "1998-01-12", "Bộ Chính trị", "Chỉ thị số 27-CT/TW ngày 12/1/1998")],
[prov("Nam Định"), com("Hải Minh"), com("Yên Định"), com("Hải Đông")],
["Cổng thông tin điện tử Ban Dân vận Tỉnh ủy Nam Định", "Trang chủ > Tin tức > Dân vận cơ sở", "Đồng chí Trần Văn Hùng phát biểu tại hội nghị. Ảnh: Văn Tuấn",
 "Gia đình văn hóa", "5 không, 3 sạch", "Đông Thịnh"],
["Cập nhật: 14:20, 05/07/2012 (GMT+7)", "6 tháng đầu năm 2012", "6 tháng cuối năm", "5 không, 3 sạch", "năm 2011"]))

PAGES.append(page("b8815-thanhhoa-mttq-giamsat-2013", """
Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Thanh Hóa
Trang chủ | Hoạt động Mặt trận | Giám sát và phản biện xã hội
08:15 | 24/10/2013
Giám sát việc bình xét "Gia đình văn hóa" tại xã Xuân Tín
Ngày 22/10/2013, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ huyện Thọ Xuân do ông Lê Đình Thọ, Ủy viên Ban Thường vụ Huyện ủy, Chủ tịch Ủy ban MTTQ huyện làm trưởng đoàn đã giám sát việc thực hiện quy ước thôn và bình xét danh hiệu "Gia đình văn hóa" năm 2013 tại xã Xuân Tín. Đây là một trong 4 cuộc giám sát chuyên đề nằm trong chương trình giám sát năm 2013 của Mặt trận huyện.
Cùng dự có bà Trịnh Thị Hằng, Phó Chủ tịch Ủy ban MTTQ huyện; đại diện Phòng Văn hóa và Thông tin huyện. Về phía xã Xuân Tín có ông Hoàng Văn Tuấn, Bí thư Đảng ủy xã và ông Lê Văn Thắng, Chủ tịch UBND xã.
Theo báo cáo của UBND xã, Xuân Tín có 14 thôn với 2.856 hộ. Đầu năm 2013 có 2.512 hộ đăng ký xây dựng gia đình văn hóa; qua bình xét ở khu dân cư, đến tháng 10 đã có 2.431 hộ được đề nghị công nhận, chiếm 85,1% tổng số hộ. 12/14 thôn có quy ước được UBND huyện phê duyệt, 2 thôn còn lại đang hoàn thiện dự thảo sửa đổi. Xã đã trích hơn 35 triệu đồng từ ngân sách để khen thưởng các thôn, hộ tiêu biểu.
Qua kiểm tra hồ sơ tại thôn 3 và thôn 7, đoàn giám sát nhận thấy việc bình xét đã được tiến hành công khai tại hội nghị toàn thể nhân dân, có biên bản đầy đủ. Tuy vậy, vẫn còn 17 hộ vi phạm quy ước như để gia súc thả rông, tổ chức đám cưới kéo dài nhưng vẫn được đề nghị công nhận; một số thôn chưa niêm yết danh sách đủ 7 ngày theo hướng dẫn.
Ông Lê Văn Sơn, Trưởng ban công tác Mặt trận thôn 3 thừa nhận: "Có tâm lý nể nang, xóm giềng với nhau cả nên ngại không muốn để hộ nào bị loại". Các ông Trịnh Đình Hào, Lê Huy Cường, bà Lê Thị Nga - Trưởng ban công tác Mặt trận thôn kiến nghị huyện có hướng dẫn cụ thể về chấm điểm để tránh cào bằng.
Phát biểu kết luận, ông Lê Đình Thọ đề nghị xã rà soát lại danh sách 2.431 hộ trước khi trình UBND xã ra quyết định công nhận; chỉ đạo 2 thôn chưa có quy ước hoàn thành trước ngày 30/11/2013; thực hiện đúng Chương trình phối hợp số 07/CTPH-MTTQ-VHTTDL giữa Ban Thường trực Ủy ban MTTQ huyện và Phòng Văn hóa và Thông tin huyện. Ban Thường trực Ủy ban MTTQ huyện sẽ tổng hợp kiến nghị gửi Huyện ủy, UBND huyện theo Quyết định số 145/QĐ-MTTQ-BTT ngày 5/9/2013 về thành lập đoàn giám sát.
Trước đó, năm 2012, toàn huyện có 81,6% hộ đạt danh hiệu gia đình văn hóa; 158 làng, khu phố đạt danh hiệu văn hóa.
Hoàng Lam
Tin liên quan
- Thọ Xuân: Ngày hội Đại đoàn kết ở làng Xuân Lập (15/10/2013)
- Mặt trận Triệu Sơn giám sát việc thu các khoản đóng góp ở xã (02/10/2013)
- Biểu dương 200 gia đình văn hóa tiêu biểu (20/09/2013)
- Hội nghị Ủy ban MTTQ tỉnh lần thứ 4, khóa VIII (10/09/2013)
""", "2013-10-24", 'Giám sát việc bình xét "Gia đình văn hóa" tại xã Xuân Tín',
E("giam_sat", "2013", "2013-10-22"),
[P("Lê Đình Thọ", "Ủy viên Ban Thường vụ Huyện ủy", "Chủ tịch Ủy ban MTTQ huyện"),
 P("Trịnh Thị Hằng", "Phó Chủ tịch Ủy ban MTTQ huyện"),
 P("Hoàng Văn Tuấn", "Bí thư Đảng ủy xã"),
 P("Lê Văn Thắng", "Chủ tịch UBND xã"),
 P("Lê Văn Sơn", "Trưởng ban công tác Mặt trận thôn 3"),
 P("Trịnh Đình Hào", "Trưởng ban công tác Mặt trận thôn"),
 P("Lê Huy Cường", "Trưởng ban công tác Mặt trận thôn"),
 P("Lê Thị Nga", "Trưởng ban công tác Mặt trận thôn")],
[Q("4 cuộc giám sát chuyên đề", 4, "cuộc giám sát chuyên đề"), Q("14 thôn", 14, "thôn"), Q("2.856 hộ", 2856, "hộ"),
 Q("2.512 hộ", 2512, "hộ"), Q("2.431 hộ", 2431, "hộ"), Q("85,1%", 85.1, "%"), Q("12/14 thôn", 12, "thôn"),
 Q("2 thôn", 2, "thôn"), Q("hơn 35 triệu đồng", 35000000, "đồng", "over"), Q("17 hộ", 17, "hộ"),
 Q("81,6%", 81.6, "%"), Q("158 làng, khu phố", 158, "làng, khu phố")],
[D("Chương trình phối hợp", "07", "CTPH-MTTQ-VHTTDL", None, None, "Chương trình phối hợp số 07/CTPH-MTTQ-VHTTDL"),
 D("Quyết định", "145", "QĐ-MTTQ-BTT", "2013-09-05", "Ban Thường trực Ủy ban MTTQ huyện", "Quyết định số 145/QĐ-MTTQ-BTT ngày 5/9/2013")],
[prov("Thanh Hóa"), com("Xuân Tín")],
["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Thanh Hóa", "Trang chủ | Hoạt động Mặt trận | Giám sát và phản biện xã hội", "Gia đình văn hóa"],
["08:15 | 24/10/2013", "năm 2013", "năm 2012", "7 ngày", "thôn 3", "thôn 7", "ngày 30/11/2013"]))

PAGES.append(page("b8816-quangnam-xa-hoinghi-2014", """
Báo Quảng Nam điện tử
Xã hội › Văn hóa cơ sở
20/11/2014 - 09:45
Đồng chí Võ Văn Hai trao giấy khen cho các gia đình tiêu biểu.
Điện Quang biểu dương 60 gia đình văn hóa tiêu biểu
(QNO) - Sáng 18/11, nhân kỷ niệm 84 năm Ngày truyền thống MTTQ Việt Nam (18/11/1930 - 18/11/2014), UBND xã Điện Quang (huyện Điện Bàn) tổ chức Hội nghị biểu dương gia đình văn hóa tiêu biểu năm 2014. Dự hội nghị có ông Huỳnh Tấn Lợi, Phó Chủ tịch Ủy ban MTTQ huyện Điện Bàn cùng lãnh đạo Đảng ủy, HĐND, UBND, Ủy ban MTTQ xã và đại diện 10 thôn.
Theo bà Nguyễn Thị Thu Hà, Phó Chủ tịch UBND xã, Trưởng Ban Chỉ đạo phong trào xã, năm 2014 Điện Quang có 2.063/2.215 hộ đạt danh hiệu "Gia đình văn hóa", đạt 93,1%, tăng 1,7% so với năm 2013; 9/10 thôn giữ vững danh hiệu "Làng văn hóa", riêng thôn Bảo An Đông được UBND tỉnh Quảng Nam tặng bằng khen vì giữ danh hiệu 10 năm liền. Xã đã thực hiện tốt Chỉ thị số 12-CT/TU ngày 3/4/2012 của Tỉnh ủy về đẩy mạnh xây dựng làng văn hóa gắn với xây dựng nông thôn mới; 100% thôn tổ chức sinh hoạt quy ước định kỳ mỗi năm 2 lần.
Phong trào đã góp phần làm thay đổi diện mạo làng quê. Trong năm, nhân dân đóng góp trên 1,6 tỷ đồng, hiến 3.400 m2 đất để mở rộng đường giao thông nông thôn; Quỹ Khuyến học xã vận động được 86 triệu đồng, trao 142 suất học bổng cho học sinh nghèo vượt khó. Tỷ lệ hộ nghèo còn 4,2%.
60 gia đình được biểu dương là những hộ đạt danh hiệu gia đình văn hóa từ 5 năm liền trở lên, làm kinh tế giỏi, nuôi dạy con cái thành đạt và tích cực tham gia công tác xã hội. Tiêu biểu như gia đình ông Lê Văn Bảy ở thôn Bảo An Đông trồng dâu nuôi tằm kết hợp dệt lụa, thu nhập hơn 200 triệu đồng mỗi năm, tạo việc làm cho 12 lao động địa phương.
Bà Phan Thị Lài, Chi hội trưởng Chi hội Phụ nữ thôn Bảo An Tây, chia sẻ: "Muốn giữ danh hiệu gia đình văn hóa thì trước hết trong nhà phải hòa thuận, con cháu lễ phép, ra ngoài thì giữ đúng quy ước của làng".
Phát biểu tại hội nghị, ông Trần Đình Phúc, Chủ tịch Ủy ban MTTQ xã đề nghị các ban công tác Mặt trận thôn tiếp tục tuyên truyền Nghị quyết số 33-NQ/TW ngày 9/6/2014 của BCH Trung ương về xây dựng và phát triển văn hóa, con người Việt Nam; phấn đấu năm 2015 có trên 94% hộ đạt danh hiệu gia đình văn hóa.
Theo Quyết định số 245/QĐ-UBND ngày 10/11/2014 của UBND xã Điện Quang, mỗi gia đình được tặng giấy khen kèm 300.000 đồng tiền thưởng, tổng kinh phí 18 triệu đồng. Các đồng chí Đinh Văn Thu - Bí thư Đảng ủy xã và Võ Văn Hai - Phó Bí thư Thường trực Đảng ủy xã đã trao giấy khen cho các gia đình.
Hoàng Liên
Tin liên quan
- Điện Bàn: 84% khu dân cư đạt danh hiệu văn hóa (12/11/2014)
- Duy Xuyên sửa đổi hương ước 57 làng (30/10/2014)
- Biểu dương 150 gia đình hiếu học tiêu biểu (21/10/2014)
""", "2014-11-20", "Điện Quang biểu dương 60 gia đình văn hóa tiêu biểu",
E("hoi_nghi", "2014", "2014-11-18"),
[P("Võ Văn Hai", "Phó Bí thư Thường trực Đảng ủy xã"),
 P("Huỳnh Tấn Lợi", "Phó Chủ tịch Ủy ban MTTQ huyện Điện Bàn"),
 P("Nguyễn Thị Thu Hà", "Phó Chủ tịch UBND xã", "Trưởng Ban Chỉ đạo phong trào xã"),
 P("Lê Văn Bảy"),
 P("Phan Thị Lài", "Chi hội trưởng Chi hội Phụ nữ thôn Bảo An Tây"),
 P("Trần Đình Phúc", "Chủ tịch Ủy ban MTTQ xã"),
 P("Đinh Văn Thu", "Bí thư Đảng ủy xã")],
[Q("60 gia đình văn hóa tiêu biểu", 60, "gia đình văn hóa tiêu biểu"), Q("10 thôn", 10, "thôn"),
 Q("2.063/2.215 hộ", 2063, "hộ"), Q("93,1%", 93.1, "%"), Q("1,7%", 1.7, "%"), Q("9/10 thôn", 9, "thôn"),
 Q("100% thôn", 100, "%"), Q("trên 1,6 tỷ đồng", 1600000000, "đồng", "over"), Q("3.400 m2", 3400, "m2"),
 Q("86 triệu đồng", 86000000, "đồng"), Q("142 suất học bổng", 142, "suất học bổng"), Q("4,2%", 4.2, "%"),
 Q("hơn 200 triệu đồng", 200000000, "đồng", "over"), Q("12 lao động", 12, "lao động"), Q("trên 94%", 94, "%", "over"),
 Q("300.000 đồng", 300000, "đồng"), Q("18 triệu đồng", 18000000, "đồng")],
[D("Chỉ thị", "12", "CT/TU", "2012-04-03", "Tỉnh ủy", "Chỉ thị số 12-CT/TU ngày 3/4/2012"),
 D("Nghị quyết", "33", "NQ/TW", "2014-06-09", "BCH Trung ương", "Nghị quyết số 33-NQ/TW ngày 9/6/2014"),
 D("Quyết định", "245", "QĐ-UBND", "2014-11-10", "UBND xã Điện Quang", "Quyết định số 245/QĐ-UBND ngày 10/11/2014")],
[prov("Quảng Nam"), com("Điện Quang")],
["Báo Quảng Nam điện tử", "Xã hội › Văn hóa cơ sở", "Đồng chí Võ Văn Hai trao giấy khen cho các gia đình tiêu biểu.", "(QNO)",
 "Gia đình văn hóa", "Làng văn hóa", "Quỹ Khuyến học", "Bảo An Đông"],
["84 năm", "18/11/1930 - 18/11/2014", "năm 2014", "năm 2013", "10 năm liền", "5 năm liền", "năm 2015", "2 lần"]))

PAGES.append(page("b8817-daklak-xa-tongket-2015", """
BÁO ĐẮK LẮK ĐIỆN TỬ
Xã hội / Văn hóa - Văn nghệ
Ngày đăng 28/12/2015 | 10:20
Toàn cảnh hội nghị.
Ea Tu: Nhiều buôn đồng bào Êđê giữ vững danh hiệu buôn văn hóa
Ngày 25/12, UBND xã Ea Tu (TP. Buôn Ma Thuột, tỉnh Đắk Lắk) tổ chức hội nghị tổng kết phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa" năm 2015. Đồng chí Y Bhim Niê, Phó Bí thư Đảng ủy, Chủ tịch UBND xã chủ trì; dự có ông Nguyễn Văn Dũng, Phó Trưởng phòng Văn hóa và Thông tin thành phố.
Xã Ea Tu có 13 thôn, buôn, trong đó có 6 buôn đồng bào Êđê với 2.412 hộ, 11.326 khẩu. Năm 2015, toàn xã có 2.046 hộ đạt danh hiệu "Gia đình văn hóa", chiếm 84,8%; 9/13 thôn, buôn được công nhận danh hiệu văn hóa, tăng 2 buôn so với năm trước. 6/6 buôn đã xây dựng quy ước, trong đó đưa các nội dung về bỏ tục lệ nối dây, chống tảo hôn, giữ gìn cồng chiêng vào quy ước.
Thực hiện Nghị quyết chuyên đề số 05-NQ/ĐU ngày 12/3/2015 của Đảng ủy xã về xây dựng buôn văn hóa, Kế hoạch 12, 13/KH-UBND của UBND xã về giảm nghèo và bảo tồn văn hóa truyền thống, nhân dân đã hiến 2.300 m2 đất, góp gần 1,5 tỷ đồng để bê tông hóa 4,6 km đường buôn; số hộ nghèo giảm còn 87 hộ, chiếm 3,6%. Xã duy trì 6 đội cồng chiêng với hơn 120 nghệ nhân, diễn viên.
Già làng Y Khuê Byă, buôn Kom Leo, nói: "Quy ước buôn do dân bàn, dân làm nên ai cũng nghe. Năm nay buôn không còn cặp nào tảo hôn, không còn nhà nào để heo dưới gầm sàn".
Bà H'Lim Êban, Chủ tịch Ủy ban MTTQ xã cho biết: thực hiện Quy chế phối hợp số 02/QCPH giữa Ủy ban MTTQ xã và UBND xã, Mặt trận đã chủ trì bình xét gia đình văn hóa ở 13 thôn, buôn; qua bình xét có 10 hộ vi phạm quy ước buôn không được công nhận. Việc bình xét được làm công khai tại nhà sinh hoạt cộng đồng, có sự tham gia của già làng, người có uy tín.
Hội nghị cũng chỉ ra hạn chế: một số buôn còn tình trạng uống rượu say, gây mất trật tự trong các dịp lễ; nhà văn hóa ở 3 thôn xuống cấp. Các ông, bà Y Siêng Kbuôr, H'Dim Niê, Y Kô Mlô - trưởng buôn đề nghị xã hỗ trợ kinh phí sửa chữa nhà rông, mua sắm thêm bộ chiêng.
Phát biểu tại hội nghị, ông Nguyễn Văn Dũng đánh giá Ea Tu là một trong những xã dẫn đầu thành phố về tỷ lệ buôn văn hóa; đề nghị xã quan tâm đào tạo cán bộ văn hóa là người Êđê, phát huy vai trò của 19 người có uy tín trong việc vận động bà con thực hiện quy ước.
Kết luận hội nghị, đồng chí Y Bhim Niê đề ra chỉ tiêu năm 2016: trên 86% hộ đạt gia đình văn hóa; ít nhất 10 thôn, buôn đạt danh hiệu văn hóa; 100% buôn rà soát, bổ sung quy ước theo Luật Hôn nhân và gia đình năm 2014. Dịp này, UBND xã khen thưởng 4 thôn, buôn và 30 hộ gia đình văn hóa tiêu biểu.
H'Xíu
Tin khác
- Krông Pắc: 79% hộ đạt gia đình văn hóa (22/12/2015)
- Ngày hội văn hóa các dân tộc ở buôn Tơng Jú (14/12/2015)
- Cư M'gar sơ kết mô hình "Buôn không có ma túy" (30/11/2015)
""", "2015-12-28", "Ea Tu: Nhiều buôn đồng bào Êđê giữ vững danh hiệu buôn văn hóa",
E("tong_ket", "2015", "2015-12-25"),
[P("Y Bhim Niê", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Nguyễn Văn Dũng", "Phó Trưởng phòng Văn hóa và Thông tin thành phố"),
 P("Y Khuê Byă", "Già làng"),
 P("H'Lim Êban", "Chủ tịch Ủy ban MTTQ xã"),
 P("Y Siêng Kbuôr", "trưởng buôn"), P("H'Dim Niê", "trưởng buôn"), P("Y Kô Mlô", "trưởng buôn")],
[Q("13 thôn, buôn", 13, "thôn, buôn"), Q("6 buôn đồng bào Êđê", 6, "buôn đồng bào Êđê"), Q("2.412 hộ", 2412, "hộ"),
 Q("11.326 khẩu", 11326, "khẩu"), Q("2.046 hộ", 2046, "hộ"), Q("84,8%", 84.8, "%"), Q("9/13 thôn, buôn", 9, "thôn, buôn"),
 Q("2 buôn", 2, "buôn"), Q("6/6 buôn", 6, "buôn"), Q("2.300 m2", 2300, "m2"), Q("gần 1,5 tỷ đồng", 1500000000, "đồng", "approx"),
 Q("4,6 km", 4.6, "km"), Q("87 hộ", 87, "hộ"), Q("3,6%", 3.6, "%"), Q("6 đội cồng chiêng", 6, "đội cồng chiêng"),
 Q("hơn 120 nghệ nhân, diễn viên", 120, "nghệ nhân, diễn viên", "over"), Q("10 hộ", 10, "hộ"), Q("3 thôn", 3, "thôn"), Q("19 người có uy tín", 19, "người có uy tín"),
 Q("trên 86%", 86, "%", "over"), Q("ít nhất 10 thôn, buôn", 10, "thôn, buôn", "over"), Q("100% buôn", 100, "%"),
 Q("4 thôn, buôn", 4, "thôn, buôn"), Q("30 hộ gia đình văn hóa tiêu biểu", 30, "hộ gia đình văn hóa tiêu biểu")],
[D("Nghị quyết", "05", "NQ/ĐU", "2015-03-12", "Đảng ủy xã", "Nghị quyết chuyên đề số 05-NQ/ĐU ngày 12/3/2015"),
 D("Kế hoạch", "12", "KH-UBND", None, "UBND xã", "Kế hoạch 12, 13/KH-UBND"),
 D("Kế hoạch", "13", "KH-UBND", None, "UBND xã", "Kế hoạch 12, 13/KH-UBND"),
 D("Quy chế phối hợp", "02", "QCPH", None, None, "Quy chế phối hợp số 02/QCPH")],
[prov("Đắk Lắk"), com("Ea Tu")],
["BÁO ĐẮK LẮK ĐIỆN TỬ", "Xã hội / Văn hóa - Văn nghệ", "Toàn cảnh hội nghị.", "Toàn dân đoàn kết xây dựng đời sống văn hóa",
 "Gia đình văn hóa", "Kom Leo", "Luật Hôn nhân và gia đình năm 2014"],
["Ngày đăng 28/12/2015 | 10:20", "năm 2015", "năm 2016", "năm 2014"]))

PAGES.append(page("b8818-travinh-ngayhoi-2016", """
Báo Trà Vinh Online
Hôm nay: Thứ Bảy, 19/11/2016
Chính trị - Xã hội » Mặt trận - Đoàn thể
18-11-2016 09:40
Các đại biểu cắt băng khánh thành nhà văn hóa ấp Ô Bắp.
Ấp Ô Bắp vui Ngày hội Đại đoàn kết toàn dân tộc
Ngày 16/11, Ban công tác Mặt trận ấp Ô Bắp, xã Lương Hòa (huyện Châu Thành) tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2016. Đến dự và chung vui với bà con có đồng chí Tỉnh ủy viên, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh Thạch Chanh Đa; ông Kim Văn Sóc, Chủ tịch Ủy ban MTTQ xã Lương Hòa cùng đông đảo người dân trong ấp.
Ấp Ô Bắp có 412 hộ với 1.780 nhân khẩu, trong đó đồng bào Khmer chiếm 71%. Theo bà Sơn Thị Sóc Khia, Trưởng ban công tác Mặt trận ấp, năm 2016 ấp có 389/412 hộ đạt danh hiệu "Gia đình văn hóa", đạt 94,4%; ấp giữ vững danh hiệu "Ấp văn hóa" 6 năm liền và vừa được công nhận lại theo Quyết định số 2316/QĐ-UBND ngày 25/10/2016 của UBND huyện Châu Thành.
Trong năm, bà con trong ấp đã góp tiền, ngày công làm 2,1 km đường đal, vận động xây dựng 3 căn nhà Đại đoàn kết với tổng trị giá 120 triệu đồng; số hộ nghèo giảm từ 27 hộ xuống còn 15 hộ. Quy ước của ấp được sửa đổi, bổ sung, có thêm điều khoản về giữ gìn vệ sinh kênh rạch, không thả rông gia súc. Nhà văn hóa ấp xây dựng trên diện tích 350 m2 với kinh phí 450 triệu đồng, trong đó nhân dân đóng góp 95 triệu đồng.
Đại đức Thạch Phan Sa Rưn, trụ trì chùa Ô Bắp chia sẻ: "Nhà chùa luôn đồng hành với ấp. Mỗi lần sinh hoạt quy ước, các vị Achar cùng Ban quản trị chùa đều đến dự, nhắc bà con giữ gìn phong tục tốt đẹp của người Khmer, bỏ những cái không còn phù hợp".
Ông Thạch Sô Phanh, Trưởng ấp Ô Bắp cho biết, để có kết quả hôm nay, Chi bộ ấp đã ban hành Nghị quyết số 07-NQ/CB về xây dựng ấp văn hóa giai đoạn 2015 - 2020 và phân công đảng viên phụ trách từng tổ nhân dân tự quản. Ông Kiên Văn Sang, 68 tuổi, người có uy tín trong ấp, nói: "Trước kia bà con còn ngại đi họp, nay họp ấp thì gần như nhà nào cũng có người dự".
Phát biểu tại ngày hội, đồng chí Thạch Chanh Đa ghi nhận kết quả ấp đạt được và đề nghị Ban công tác Mặt trận ấp tiếp tục thực hiện Kế hoạch 45/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh về cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".
Dịp này, Ủy ban MTTQ xã tặng giấy khen cho 12 hộ gia đình văn hóa tiêu biểu. Ngày hội còn có các hoạt động văn nghệ, kéo co, đua ghe ngo mini thu hút hàng trăm người tham gia.
Kim Ngân
Tin liên quan
- Trà Cú: 88% hộ đồng bào Khmer đạt gia đình văn hóa (14/11/2016)
- Cầu Ngang tổ chức Ngày hội Đại đoàn kết điểm (10/11/2016)
- Xây dựng 215 căn nhà Đại đoàn kết cho hộ nghèo (05/11/2016)
""", "2016-11-18", "Ấp Ô Bắp vui Ngày hội Đại đoàn kết toàn dân tộc",
E("khac", None, "2016-11-16"),
[P("Thạch Chanh Đa", "Tỉnh ủy viên", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Kim Văn Sóc", "Chủ tịch Ủy ban MTTQ xã Lương Hòa"),
 P("Sơn Thị Sóc Khia", "Trưởng ban công tác Mặt trận ấp"),
 P("Thạch Phan Sa Rưn", "Đại đức", "trụ trì chùa Ô Bắp"),
 P("Thạch Sô Phanh", "Trưởng ấp Ô Bắp"),
 P("Kiên Văn Sang", "người có uy tín trong ấp")],
[Q("412 hộ", 412, "hộ"), Q("1.780 nhân khẩu", 1780, "nhân khẩu"), Q("71%", 71, "%"), Q("389/412 hộ", 389, "hộ"),
 Q("94,4%", 94.4, "%"), Q("2,1 km", 2.1, "km"), Q("3 căn nhà Đại đoàn kết", 3, "căn nhà Đại đoàn kết"),
 Q("120 triệu đồng", 120000000, "đồng"), Q("27 hộ", 27, "hộ"), Q("15 hộ", 15, "hộ"), Q("350 m2", 350, "m2"),
 Q("450 triệu đồng", 450000000, "đồng"), Q("95 triệu đồng", 95000000, "đồng"),
 Q("12 hộ gia đình văn hóa tiêu biểu", 12, "hộ gia đình văn hóa tiêu biểu")],
[D("Quyết định", "2316", "QĐ-UBND", "2016-10-25", "UBND huyện Châu Thành", "Quyết định số 2316/QĐ-UBND ngày 25/10/2016"),
 D("Nghị quyết", "07", "NQ/CB", None, "Chi bộ ấp", "Nghị quyết số 07-NQ/CB"),
 D("Kế hoạch", "45", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch 45/KH-MTTQ-BTT")],
[prov("Trà Vinh"), com("Lương Hòa")],
["Báo Trà Vinh Online", "Hôm nay: Thứ Bảy, 19/11/2016", "Chính trị - Xã hội » Mặt trận - Đoàn thể",
 "Các đại biểu cắt băng khánh thành nhà văn hóa ấp Ô Bắp.", "Gia đình văn hóa", "Ấp văn hóa", "Ô Bắp",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Ngày hội Đại đoàn kết toàn dân tộc"],
["Hôm nay: Thứ Bảy, 19/11/2016", "18-11-2016 09:40", "6 năm liền", "68 tuổi", "giai đoạn 2015 - 2020", "năm 2016"]))
