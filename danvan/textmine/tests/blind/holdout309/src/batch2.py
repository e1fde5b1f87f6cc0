from lib import *
PAGES = []

PAGES.append(page("b7379-khanhhoa-ubnd-doithoai-2017", """
BÁO KHÁNH HÒA ĐIỆN TỬ
Vị trí: Trang chủ >> Kinh tế >> Doanh nghiệp
Thứ Năm, 09/11/2017
Lãnh đạo tỉnh đối thoại với doanh nghiệp về ưu tiên dùng hàng Việt
Giám đốc Sở Công Thương trả lời kiến nghị của doanh nghiệp. Ảnh: H.Đăng
Sáng 8/11, UBND tỉnh phối hợp Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị đối thoại với doanh nghiệp năm 2017 về thực hiện Cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam". Ông Nguyễn Đắc Lâm, Phó Chủ tịch Thường trực UBND tỉnh và bà Võ Thị Ngọc Hân, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì. Gần 150 doanh nghiệp, hợp tác xã và hộ kinh doanh tham dự.
Mở đầu buổi đối thoại, Giám đốc Sở Công Thương Trần Quang Vinh cho biết, thực hiện Chương trình hành động số 05-CTr/TU của Tỉnh ủy và Nghị quyết 35/NQ-CP ngày 16/5/2016 của Chính phủ về hỗ trợ và phát triển doanh nghiệp đến năm 2020, tỉnh đã hỗ trợ 21 sản phẩm đặc trưng xây dựng nhãn hiệu, trong đó có yến sào, nước mắm Cam Ranh, xoài Cam Lâm. Tổng kinh phí hỗ trợ xúc tiến thương mại năm 2017 là 3,85 tỷ đồng.
Tại hội nghị có 42 ý kiến góp ý, kiến nghị. Bà Lê Thị Thu Sương, Tổng Giám đốc Công ty TNHH Yến sào Hòn Nội phản ánh: doanh nghiệp khó đưa sản phẩm vào các chuỗi siêu thị lớn vì chiết khấu cao, từ 25 - 30% giá bán, trong khi hàng nhập khẩu lại được ưu tiên vị trí trưng bày. Ông Phan Minh Khôi, Chủ tịch Hiệp hội Doanh nghiệp tỉnh, đề nghị các cơ quan nhà nước công khai danh mục mua sắm công để doanh nghiệp địa phương tham gia đấu thầu.
Đại diện hợp tác xã ở xã Ninh Ích kiến nghị tỉnh hỗ trợ chi phí cấp mã số vùng trồng; một hộ kinh doanh ở phường Vĩnh Hải đề nghị tăng cường kiểm tra hàng giả mạo nhãn hiệu yến sào Khánh Hòa bán tràn lan trên mạng.
Trả lời các ý kiến, ông Nguyễn Đắc Lâm giao Sở Công Thương làm việc với các hệ thống phân phối để dành ít nhất 10% diện tích trưng bày cho sản phẩm của tỉnh; Sở Kế hoạch và Đầu tư hướng dẫn doanh nghiệp tiếp cận Quỹ hỗ trợ doanh nghiệp nhỏ và vừa. Ông khẳng định tỉnh sẽ tổ chức đối thoại định kỳ để kịp thời tháo gỡ khó khăn cho doanh nghiệp.
Phát biểu bế mạc, bà Võ Thị Ngọc Hân đề nghị các doanh nghiệp giữ chữ tín về chất lượng, đăng ký tham gia chương trình "Tự hào hàng Việt Nam"; Mặt trận các cấp sẽ tiếp tục giám sát, phản biện việc thực hiện chính sách hỗ trợ doanh nghiệp.
Sau đối thoại, 12 doanh nghiệp đã ký cam kết bán đúng giá niêm yết và bảo đảm nguồn gốc hàng hóa trong mùa du lịch.
Hải Đăng
Chia sẻ: Facebook | Zalo
Các tin đã đưa
- Khánh Hòa có thêm 6 sản phẩm đạt Hàng Việt Nam chất lượng cao (20/10/2017)
- Cam Ranh: người dân tin dùng nước mắm truyền thống (02/10/2017)
""", "2017-11-09", "Lãnh đạo tỉnh đối thoại với doanh nghiệp về ưu tiên dùng hàng Việt",
E("doi_thoai", "2017", "2017-11-08"),
[P("Nguyễn Đắc Lâm", "Phó Chủ tịch Thường trực UBND tỉnh"),
 P("Võ Thị Ngọc Hân", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Quang Vinh", "Giám đốc Sở Công Thương"),
 P("Lê Thị Thu Sương", "Tổng Giám đốc Công ty TNHH Yến sào Hòn Nội"),
 P("Phan Minh Khôi", "Chủ tịch Hiệp hội Doanh nghiệp tỉnh")],
[Q("Gần 150 doanh nghiệp", 150, "doanh nghiệp", "approx"), Q("21 sản phẩm đặc trưng", 21, "sản phẩm đặc trưng"),
 Q("3,85 tỷ đồng", 3850000000, "đồng"), Q("42 ý kiến", 42, "ý kiến"), Q("từ 25", 25, "%"), Q("30% giá bán", 30, "%"),
 Q("ít nhất 10%", 10, "%", "over"), Q("12 doanh nghiệp", 12, "doanh nghiệp")],
[D("Chương trình hành động", "05", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 05-CTr/TU"),
 D("Nghị quyết", "35", "NQ-CP", "2016-05-16", "Chính phủ", "Nghị quyết 35/NQ-CP ngày 16/5/2016")],
[prov("Khánh Hòa"), com("Ninh Ích"), com("Vĩnh Hải")],
["BÁO KHÁNH HÒA ĐIỆN TỬ", "Vị trí: Trang chủ >> Kinh tế >> Doanh nghiệp",
 "Giám đốc Sở Công Thương trả lời kiến nghị của doanh nghiệp. Ảnh: H.Đăng", "Người Việt Nam ưu tiên dùng hàng Việt Nam",
 "Tự hào hàng Việt Nam", "Quỹ hỗ trợ doanh nghiệp nhỏ và vừa", "Chia sẻ: Facebook | Zalo"],
["Thứ Năm, 09/11/2017", "năm 2017", "năm 2020"]))

PAGES.append(page("b7380-longan-bcd-giaoban-2018", """
Báo Long An Online
Thời sự | Chính trị | Mặt trận
05/10/2018 - 10:05
Long An: Hàng Việt chiếm trên 92% tại các điểm bán hàng bình ổn giá
Ngày 4/10, Ban Chỉ đạo Cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam" tỉnh tổ chức giao ban quý III năm 2018 nhằm đánh giá kết quả và bàn giải pháp thực hiện trong quý IV. Bà Nguyễn Thị Kiều Oanh, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh, Phó Trưởng Ban Thường trực Ban Chỉ đạo chủ trì buổi giao ban.
Theo báo cáo, thực hiện kế hoạch số 2705/KH-UBND của UBND tỉnh và các Quyết định số 1019, 1020/QĐ-UBND của UBND tỉnh về chương trình bình ổn thị trường và đưa hàng Việt về nông thôn, trong quý III các ngành đã tổ chức 5 phiên chợ hàng Việt tại các xã vùng sâu, vùng biên giới với tổng doanh thu hơn 1,6 tỷ đồng. Toàn tỉnh hiện có 86 điểm bán hàng bình ổn giá, trong đó hàng Việt chiếm trên 92%.
Mặt trận các cấp tổ chức được 318 cuộc tuyên truyền lồng ghép trong sinh hoạt khu dân cư, thu hút khoảng 14.500 lượt người nghe. Hội Nông dân, Hội Liên hiệp Phụ nữ vận động hội viên đăng ký mua sắm hàng Việt; có 2.400 hộ đăng ký "Gia đình ưu tiên dùng hàng Việt".
Tại giao ban, các đồng chí Trần Văn Lượm, Lê Thị Mỹ Dung - Phó Chủ tịch Ủy ban MTTQ tỉnh cùng thành viên Ban Chỉ đạo đánh giá, việc tuyên truyền đã đi vào chiều sâu, nhưng công tác kiểm tra, giám sát tại các chợ truyền thống còn ít; hàng lậu qua biên giới ở một số xã chưa được ngăn chặn triệt để.
Ông Đỗ Hữu Phước, Chủ tịch Ủy ban MTTQ xã Mỹ Yên, cho biết xã đã vận động 37 tiểu thương ký cam kết không kinh doanh hàng lậu, hàng kém chất lượng. Tại xã Lợi Bình Nhơn, Ủy ban MTTQ xã phối hợp Hội Phụ nữ thành lập tổ "Phụ nữ tiêu dùng thông minh" với 25 thành viên.
Kết luận buổi giao ban, bà Nguyễn Thị Kiều Oanh đề nghị trong quý IV các thành viên tập trung chuẩn bị phiên chợ hàng Việt dịp cuối năm, chủ động phối hợp lực lượng quản lý thị trường kiểm tra các mặt hàng thiết yếu; xây dựng báo cáo chuyên đề về kết quả thực hiện cuộc vận động trong khu vực doanh nghiệp.
Nhiều ý kiến cho rằng, người tiêu dùng nông thôn hiện rất quan tâm đến nguồn gốc hàng hóa, nhưng thông tin về nơi bán hàng Việt chính hãng chưa đến được với bà con. Vì vậy, cần phát huy vai trò của tổ dân vận, chi hội phụ nữ trong việc giới thiệu địa chỉ mua sắm tin cậy, đồng thời phản ánh kịp thời các trường hợp kinh doanh hàng giả, hàng kém chất lượng.
Dịp này, Ban Chỉ đạo cũng thống nhất phân công thành viên theo dõi từng huyện, thị xã, thành phố để kịp thời nắm bắt khó khăn, vướng mắc ở cơ sở.
Thanh Hằng
Tin cùng chuyên mục
- Đức Hòa tổ chức phiên chợ hàng Việt tại xã Hựu Thạnh (20/09/2018)
- Thủ Thừa: 1.000 đoàn viên ký cam kết dùng hàng Việt (10/09/2018)
- Ra mắt mô hình "Chợ văn minh thương mại" (27/08/2018)
""", "2018-10-05", "Long An: Hàng Việt chiếm trên 92% tại các điểm bán hàng bình ổn giá",
E("giao_ban", "2018-Q3", "2018-10-04"),
[P("Nguyễn Thị Kiều Oanh", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Phó Trưởng Ban Thường trực Ban Chỉ đạo"),
 P("Trần Văn Lượm", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lê Thị Mỹ Dung", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Đỗ Hữu Phước", "Chủ tịch Ủy ban MTTQ xã Mỹ Yên")],
[Q("trên 92%", 92, "%", "over"), Q("5 phiên chợ hàng Việt", 5, "phiên chợ hàng Việt"), Q("hơn 1,6 tỷ đồng", 1600000000, "đồng", "over"),
 Q("86 điểm bán hàng bình ổn giá", 86, "điểm bán hàng bình ổn giá"), Q("318 cuộc tuyên truyền", 318, "cuộc tuyên truyền"),
 Q("khoảng 14.500 lượt người", 14500, "lượt người", "approx"), Q("2.400 hộ", 2400, "hộ"), Q("37 tiểu thương", 37, "tiểu thương"),
 Q("25 thành viên", 25, "thành viên")],
[D("Kế hoạch", "2705", "KH-UBND", None, "UBND tỉnh", "kế hoạch số 2705/KH-UBND"),
 D("Quyết định", "1019", "QĐ-UBND", None, "UBND tỉnh", "Quyết định số 1019, 1020/QĐ-UBND"),
 D("Quyết định", "1020", "QĐ-UBND", None, "UBND tỉnh", "Quyết định số 1019, 1020/QĐ-UBND")],
[prov("Long An"), com("Mỹ Yên"), com("Lợi Bình Nhơn")],
["Báo Long An Online", "Thời sự | Chính trị | Mặt trận", "Người Việt Nam ưu tiên dùng hàng Việt Nam",
 "Gia đình ưu tiên dùng hàng Việt", "Phụ nữ tiêu dùng thông minh"],
["05/10/2018 - 10:05", "quý III năm 2018", "quý IV"]))

PAGES.append(page("b7381-hanam-bcd-tongket10nam-2019", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HÀ NAM
Tin tức - Sự kiện / Hoạt động của lãnh đạo tỉnh
Cập nhật: 09:42, 31/07/2019 (GMT+7)
Hàng Việt khẳng định vị thế sau 10 năm thực hiện cuộc vận động
Các đại biểu thăm gian hàng trưng bày sản phẩm tiêu biểu của tỉnh.
Ngày 30/7, Ban Chỉ đạo Cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam" tỉnh Hà Nam tổ chức hội nghị tổng kết 10 năm thực hiện cuộc vận động (2009 - 2019). Đồng chí Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Trần Thị Thúy Mai và đồng chí Phó Chủ tịch UBND tỉnh Đinh Văn Khoa đồng chủ trì.
Báo cáo tổng kết cho thấy, sau 10 năm triển khai Thông báo số 264-TB/TW của Bộ Chính trị và Kết luận số 107-KL/TW của Ban Bí thư, Ban Thường vụ Tỉnh ủy đã ban hành đề án số 03-ĐA/TU về phát triển thương mại nội địa gắn với cuộc vận động; UBND tỉnh ban hành Kế hoạch số 1866/KH-UBND ngày 14/8/2015 triển khai Đề án "Người Việt Nam ưu tiên dùng hàng Việt Nam". Từ năm 2009 đến nay, các cấp đã tổ chức 2.357 hội nghị, buổi tuyên truyền với trên 260.000 lượt người tham dự.
Tỷ lệ hàng Việt tại các siêu thị, trung tâm thương mại của tỉnh đạt 90 - 95%; tổng mức bán lẻ hàng hóa năm 2018 đạt hơn 19.800 tỷ đồng, gấp 4,2 lần năm 2009. Tỉnh có 36 sản phẩm công nghiệp nông thôn tiêu biểu được công nhận cấp khu vực và cấp quốc gia.
Hội nghị đánh giá, nhận thức của cán bộ, đảng viên và nhân dân về cuộc vận động đã chuyển từ "biết" sang "làm"; nhiều cơ quan, đơn vị đưa việc ưu tiên mua sắm hàng trong nước vào quy chế chi tiêu nội bộ; các doanh nghiệp chú trọng đầu tư đổi mới thiết bị, đăng ký nhãn hiệu và tham gia các hội chợ trong nước.
Nhiều địa phương có cách làm sáng tạo. Xã Nhân Hậu vận động 100% hộ kinh doanh niêm yết xuất xứ hàng hóa; phường Lam Hạ xây dựng tuyến phố "Hàng Việt - Niềm tin của người Việt". Đồng chí Nguyễn Văn Dũng, Bí thư Đảng ủy xã Nhân Hậu, chia sẻ: "Khi cán bộ, đảng viên đi đầu thì bà con làm theo, không cần nói nhiều".
Phát biểu kết luận, đồng chí Trần Thị Thúy Mai đánh giá cuộc vận động đã thực sự đi vào cuộc sống, góp phần kích cầu tiêu dùng nội địa, hỗ trợ doanh nghiệp vượt khó; đồng thời chỉ rõ hạn chế là sức cạnh tranh của nhiều sản phẩm địa phương còn thấp, mẫu mã chưa hấp dẫn. Đồng chí đề nghị thời gian tới gắn cuộc vận động với Chương trình mỗi xã một sản phẩm, đẩy mạnh thương mại điện tử cho nông sản.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng Bằng khen cho 25 tập thể và 31 cá nhân tiêu biểu trong 10 năm thực hiện cuộc vận động; 4 doanh nghiệp được UBND tỉnh tặng Bằng khen.
Minh Phương - Trung tâm Thông tin
Tin khác
- Đoàn công tác Ủy ban Trung ương MTTQ Việt Nam làm việc tại Hà Nam (18/07/2019)
- Tuyên truyền cuộc vận động trên hệ thống truyền thanh cơ sở (03/07/2019)
""", "2019-07-31", "Hàng Việt khẳng định vị thế sau 10 năm thực hiện cuộc vận động",
E("tong_ket", None, "2019-07-30"),
[P("Trần Thị Thúy Mai", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đinh Văn Khoa", "Phó Chủ tịch UBND tỉnh"),
 P("Nguyễn Văn Dũng", "Bí thư Đảng ủy xã Nhân Hậu")],
[Q("2.357 hội nghị, buổi tuyên truyền", 2357, "hội nghị, buổi tuyên truyền"), Q("trên 260.000 lượt người", 260000, "lượt người", "over"),
 Q("90 - 95%", 90, "%"), Q("95%", 95, "%"), Q("hơn 19.800 tỷ đồng", 19800000000000, "đồng", "over"),
 Q("36 sản phẩm công nghiệp nông thôn tiêu biểu", 36, "sản phẩm công nghiệp nông thôn tiêu biểu"),
 Q("100% hộ kinh doanh", 100, "%"), Q("25 tập thể", 25, "tập thể"), Q("31 cá nhân tiêu biểu", 31, "cá nhân tiêu biểu"),
 Q("4 doanh nghiệp", 4, "doanh nghiệp")],
[D("Thông báo", "264", "TB/TW", None, "Bộ Chính trị", "Thông báo số 264-TB/TW"),
 D("Kết luận", "107", "KL/TW", None, "Ban Bí thư", "Kết luận số 107-KL/TW"),
 D("Đề án", "03", "ĐA/TU", None, "Ban Thường vụ Tỉnh ủy", "đề án số 03-ĐA/TU"),
 D("Kế hoạch", "1866", "KH-UBND", "2015-08-14", "UBND tỉnh", "Kế hoạch số 1866/KH-UBND ngày 14/8/2015")],
[prov("Hà Nam"), com("Nhân Hậu"), com("Lam Hạ")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HÀ NAM", "Tin tức - Sự kiện / Hoạt động của lãnh đạo tỉnh",
 "Các đại biểu thăm gian hàng trưng bày sản phẩm tiêu biểu của tỉnh.", "Người Việt Nam ưu tiên dùng hàng Việt Nam",
 "Hàng Việt - Niềm tin của người Việt", "Chương trình mỗi xã một sản phẩm"],
["Cập nhật: 09:42, 31/07/2019 (GMT+7)", "10 năm", "2009 - 2019", "năm 2018", "gấp 4,2 lần", "năm 2009"]))

PAGES.append(page("b7382-dongnai-hoicho-hangviet-2019", """
ĐỒNG NAI ONLINE - Báo Đồng Nai điện tử
Kinh tế » Thương mại - Dịch vụ
Ngày 20/12/2019 | 09:15
Hơn 250 gian hàng tham gia Hội chợ hàng Việt cuối năm tại Biên Hòa
(ĐN) - Tối 19-12, tại Quảng trường tỉnh, Sở Công Thương phối hợp Ủy ban MTTQ Việt Nam tỉnh khai mạc Hội chợ Hàng Việt - Sắc xuân Đồng Nai. Hội chợ kéo dài đến hết ngày 25-12, nằm trong chuỗi hoạt động hưởng ứng Cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam" và Chương trình kích cầu tiêu dùng nội địa của tỉnh.
Hội chợ có hơn 250 gian hàng của 118 doanh nghiệp, cơ sở sản xuất đến từ 14 tỉnh, thành phố, giới thiệu các mặt hàng thực phẩm chế biến, may mặc, điện tử, đồ gỗ gia dụng và đặc sản địa phương. Nhiều doanh nghiệp giảm giá từ 10 - 30%, có mặt hàng giảm tới 50%.
Phát biểu khai mạc, ông Huỳnh Thanh Bình, Phó Chủ tịch UBND tỉnh nhấn mạnh: năm 2019, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng của tỉnh ước đạt 151.600 tỷ đồng, tăng 12,4% so với năm trước; hàng Việt chiếm khoảng 90% tại các siêu thị, trung tâm thương mại. Tỉnh đang triển khai Kế hoạch số 14370/KH-UBND ngày 2/11/2018 về thực hiện Đề án "Người Việt Nam ưu tiên dùng hàng Việt Nam" và Chỉ thị số 26/CT-UBND của Chủ tịch UBND tỉnh về tăng cường quản lý thị trường dịp cuối năm.
Bà Phạm Thị Ngọc Lan, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, cho biết trong năm, Mặt trận các cấp phối hợp tổ chức 9 chuyến hàng Việt về các xã vùng sâu, vùng đồng bào dân tộc; vận động người dân, doanh nghiệp đóng góp hơn 4,7 tỷ đồng vào Quỹ "Vì người nghèo" để hỗ trợ hộ khó khăn mua sắm hàng thiết yếu.
Tham gia hội chợ, Hợp tác xã nông nghiệp xã Phước Thiền mang đến các sản phẩm bưởi, chôm chôm sấy và mật ong đạt chuẩn OCOP 3 sao. Ông Trần Văn Lực, Giám đốc hợp tác xã, cho hay mỗi năm đơn vị tham gia 3 - 4 hội chợ trong tỉnh, doanh thu từ hội chợ chiếm khoảng một phần năm doanh thu của hợp tác xã.
Chị Lê Thị Hồng Nhung ở phường Tân Phong đến hội chợ ngay tối khai mạc, chọn mua bộ chăn ga và đồ dùng nhà bếp sản xuất trong nước. "Chất lượng không thua hàng ngoại mà giá mềm hơn, lại có bảo hành", chị nói.
Trong thời gian diễn ra hội chợ, Ban Tổ chức bố trí khu ẩm thực, sân khấu ca nhạc và chương trình rút thăm trúng thưởng cho khách mua hàng. Lực lượng quản lý thị trường được bố trí thường trực để kiểm tra nguồn gốc hàng hóa, bảo đảm không có hàng giả, hàng nhập lậu tại hội chợ.
Văn Truyền
Lượt xem: 2.315
Tin liên quan
- Biên Hòa: đưa hàng Việt về khu công nghiệp phục vụ công nhân (05/12/2019)
- Đồng Nai có thêm 18 sản phẩm đạt chuẩn OCOP (28/11/2019)
""", "2019-12-20", "Hơn 250 gian hàng tham gia Hội chợ hàng Việt cuối năm tại Biên Hòa",
E("khac", None, "2019-12-19"),
[P("Huỳnh Thanh Bình", "Phó Chủ tịch UBND tỉnh"),
 P("Phạm Thị Ngọc Lan", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Văn Lực", "Giám đốc hợp tác xã"),
 P("Lê Thị Hồng Nhung")],
[Q("hơn 250 gian hàng", 250, "gian hàng", "over"), Q("118 doanh nghiệp, cơ sở sản xuất", 118, "doanh nghiệp, cơ sở sản xuất"),
 Q("14 tỉnh, thành phố", 14, "tỉnh, thành phố"), Q("từ 10", 10, "%"), Q("30%", 30, "%"), Q("tới 50%", 50, "%"),
 Q("151.600 tỷ đồng", 151600000000000, "đồng"), Q("12,4%", 12.4, "%"), Q("khoảng 90%", 90, "%", "approx"),
 Q("9 chuyến hàng Việt", 9, "chuyến hàng Việt"), Q("hơn 4,7 tỷ đồng", 4700000000, "đồng", "over"),
 Q("3 - 4 hội chợ", 3, "hội chợ"), Q("4 hội chợ", 4, "hội chợ")],
[D("Kế hoạch", "14370", "KH-UBND", "2018-11-02", None, "Kế hoạch số 14370/KH-UBND ngày 2/11/2018"),
 D("Chỉ thị", "26", "CT-UBND", None, "Chủ tịch UBND tỉnh", "Chỉ thị số 26/CT-UBND")],
[prov("Đồng Nai"), com("Phước Thiền"), com("Tân Phong")],
["ĐỒNG NAI ONLINE - Báo Đồng Nai điện tử", "Kinh tế » Thương mại - Dịch vụ", "(ĐN)", "Hàng Việt - Sắc xuân Đồng Nai",
 "Người Việt Nam ưu tiên dùng hàng Việt Nam", "Vì người nghèo", "OCOP", "Lượt xem: 2.315"],
["Ngày 20/12/2019 | 09:15", "19-12", "25-12", "năm 2019", "OCOP 3 sao", "một phần năm", "Lượt xem: 2.315"]))

PAGES.append(page("b7383-quangnam-bdv-soket-2020", """
BÁO QUẢNG NAM
Thời sự - Chính trị › Dân vận
Thứ Năm, 16/07/2020, 08:05
Dịch Covid-19 là dịp để hàng Việt "ghi điểm"
Đồng chí Bríu Quân phát biểu tại hội nghị. Ảnh: N.Đ
(QNO) - Ngày 15/7, Ban Dân vận Tỉnh ủy phối hợp Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị sơ kết 6 tháng đầu năm 2020 thực hiện Cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam" gắn với phòng, chống dịch Covid-19. Đồng chí Bríu Quân, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy và đồng chí Lê Thị Hoài Phương, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Theo báo cáo, trong thời gian thực hiện giãn cách xã hội theo Chỉ thị 15, 16/CT-TTg của Thủ tướng Chính phủ, các hệ thống phân phối trên địa bàn tỉnh đã bảo đảm nguồn hàng thiết yếu, chủ yếu là hàng sản xuất trong nước, không để xảy ra tình trạng khan hiếm, tăng giá đột biến. Ban Dân vận Tỉnh ủy ban hành Kế hoạch số 84-KH/BDVTU hướng dẫn khối dân vận tuyên truyền, vận động người dân mua sắm hàng Việt, ủng hộ nông sản địa phương.
6 tháng qua, Mặt trận và các đoàn thể đã kết nối tiêu thụ gần 1.300 tấn nông sản cho nông dân, trong đó có 420 tấn dưa hấu, thanh long bị ùn ứ do dịch; vận động hơn 62 tỷ đồng tiền mặt và hàng hóa ủng hộ phòng, chống dịch. Các siêu thị Co.opmart, Vinmart trên địa bàn có tỷ lệ hàng Việt đạt 95%.
Ở miền núi, nhiều mô hình đưa hàng Việt lên vùng cao được duy trì. Bà A Lăng Thị Ngân, Chủ tịch Hội Liên hiệp Phụ nữ xã Lăng, huyện Tây Giang cho biết, chi hội phụ nữ các thôn đã lập 14 "tổ mua chung", giúp đồng bào Cơ Tu mua được hàng Việt đúng giá, giảm phụ thuộc vào hàng trôi nổi. Phường Tân Thạnh (TP. Tam Kỳ) vận động 210 hộ kinh doanh cam kết bán hàng có nguồn gốc rõ ràng.
Đồng chí Lê Thị Hoài Phương cho biết, Mặt trận tỉnh Quảng Nam đã phối hợp Sở Công Thương xây dựng chuyên mục giới thiệu nông sản, sản phẩm OCOP trên trang thông tin điện tử của Mặt trận; nhiều cơ quan, đơn vị tổ chức cho cán bộ, công chức đặt mua nông sản của nông dân theo hình thức "giải cứu" trong những tháng cao điểm của dịch.
Tuy nhiên, hội nghị cũng chỉ ra việc tuyên truyền trên mạng xã hội còn hạn chế; sản phẩm OCOP của tỉnh chưa vào được nhiều hệ thống phân phối lớn; tình trạng bán hàng giả trên mạng diễn biến phức tạp.
Kết luận hội nghị, đồng chí Bríu Quân đề nghị 6 tháng cuối năm các cấp tiếp tục thực hiện Chỉ thị số 39-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường lãnh đạo cuộc vận động, phát huy "dân vận khéo" trong tiêu thụ nông sản; hướng tới đại hội đảng bộ các cấp, đưa chỉ tiêu về cuộc vận động vào văn kiện đại hội.
Tại hội nghị, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh tặng giấy khen cho 8 tập thể và 11 cá nhân có thành tích xuất sắc.
Nguyên Đoan
Chia sẻ bài viết
Xem thêm
- Núi Thành: hỗ trợ tiêu thụ dưa hấu cho nông dân (24/04/2020)
- Tây Giang ra mắt mô hình "Phiên chợ vùng cao" (12/06/2020)
""", "2020-07-16", "Dịch Covid-19 là dịp để hàng Việt \"ghi điểm\"",
E("so_ket", "2020-H1", "2020-07-15"),
[P("Bríu Quân", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Thị Hoài Phương", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("A Lăng Thị Ngân", "Chủ tịch Hội Liên hiệp Phụ nữ xã Lăng")],
[Q("gần 1.300 tấn", 1300, "tấn", "approx"), Q("420 tấn", 420, "tấn"), Q("hơn 62 tỷ đồng", 62000000000, "đồng", "over"),
 Q("95%", 95, "%"), Q("14 \"tổ mua chung\"", 14, "tổ mua chung"), Q("210 hộ kinh doanh", 210, "hộ kinh doanh"),
 Q("8 tập thể", 8, "tập thể"), Q("11 cá nhân", 11, "cá nhân")],
[D("Chỉ thị", "15", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị 15, 16/CT-TTg"),
 D("Chỉ thị", "16", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị 15, 16/CT-TTg"),
 D("Kế hoạch", "84", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 84-KH/BDVTU"),
 D("Chỉ thị", "39", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 39-CT/TU")],
[prov("Quảng Nam"), com("Lăng"), com("Tân Thạnh")],
["BÁO QUẢNG NAM", "Thời sự - Chính trị › Dân vận", "Đồng chí Bríu Quân phát biểu tại hội nghị. Ảnh: N.Đ", "(QNO)",
 "Người Việt Nam ưu tiên dùng hàng Việt Nam", "tổ mua chung", "dân vận khéo", "OCOP", "Phiên chợ vùng cao"],
["Thứ Năm, 16/07/2020, 08:05", "6 tháng đầu năm 2020", "6 tháng qua", "6 tháng cuối năm"]))

PAGES.append(page("b7384-soctrang-mttq-traoqua-2020", """
Báo Sóc Trăng Online
Trang chủ | Xã hội | Dân tộc - Tôn giáo
25/09/2020 06:00
Đưa hàng Việt về vùng đồng bào Khmer, tặng 300 phần quà dịp Sene Đolta
Phiên chợ hàng Việt tại sân chùa Prêk Chrôp thu hút đông đảo bà con. Ảnh: Thạch Minh
Sáng 24/9, Ủy ban MTTQ Việt Nam tỉnh phối hợp Sở Công Thương và Ban Dân tộc tỉnh tổ chức phiên chợ hàng Việt về nông thôn tại xã Lai Hòa, thị xã Vĩnh Châu. Nhân dịp lễ Sene Đolta của đồng bào Khmer, Ban Tổ chức trao tặng 300 phần quà cho hộ nghèo, hộ cận nghèo người Khmer trong xã; mỗi phần quà trị giá 500.000 đồng, tổng trị giá 150 triệu đồng do các doanh nghiệp và nhà hảo tâm đóng góp.
Dự và trao quà có ông Thạch Chanh Đa, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; Đại đức Lâm Hoàng Phol, trụ trì chùa Prêk Chrôp; bà Sơn Thị Sa Ra, Phó Trưởng Ban Dân tộc tỉnh.
Phiên chợ có 32 gian hàng của 20 doanh nghiệp, cơ sở sản xuất, bày bán các mặt hàng thiết yếu như gạo, mì gói, nước mắm, quần áo, đồ gia dụng, nông cụ; nhiều mặt hàng được bán bằng giá xuất xưởng. Trong buổi sáng, phiên chợ đón khoảng 2.500 lượt người đến tham quan, mua sắm.
Theo ông Thạch Chanh Đa, thực hiện Kế hoạch số 12/KH-MTTQ-BTT ngày 3/3/2020 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, năm nay Mặt trận tỉnh phối hợp tổ chức 6 phiên chợ hàng Việt tại các xã có đông đồng bào Khmer. Mặc dù ảnh hưởng của dịch Covid-19, các phiên chợ vẫn bảo đảm an toàn, giúp bà con tiếp cận hàng Việt chất lượng với giá hợp lý.
Ông Trần Văn Tài, Chủ tịch UBND xã Lai Hòa cho biết, xã có 2.846 hộ, trong đó đồng bào Khmer chiếm 62%; thu nhập chủ yếu từ trồng hành tím và nuôi tôm. "Được mua hàng tận nơi, bà con tiết kiệm chi phí đi lại, lại có thêm quà để vui lễ", ông Tài nói.
Bà Thạch Thị Sà Phol, ở ấp Lai Hòa B, vừa nhận quà vừa mua thêm chiếc nồi cơm điện. Bà cho biết lần đầu tiên được mua hàng giảm giá ngay tại sân chùa, gần nhà.
Trước đó, tại hội trường UBND xã, Ban Tổ chức đã tổ chức buổi tuyên truyền về cuộc vận động bằng song ngữ Việt - Khmer, hướng dẫn bà con cách nhận biết hàng thật, hàng giả qua tem nhãn, hạn sử dụng và cách phản ánh khi mua phải hàng kém chất lượng. Các doanh nghiệp tham gia phiên chợ cũng giới thiệu chế độ bảo hành, đổi trả sản phẩm để người dân yên tâm mua sắm.
Đại đức Lâm Hoàng Phol cảm ơn Mặt trận và các doanh nghiệp đã quan tâm đến đời sống của đồng bào, đồng thời cho biết nhà chùa sẽ tiếp tục vận động Phật tử ưu tiên dùng hàng Việt, giữ gìn vệ sinh môi trường trong mùa lễ.
Thạch Minh
Tin khác
- Mỹ Xuyên: thăm, tặng quà các chùa Khmer dịp Sene Đolta (22/09/2020)
- Hơn 1.000 phần quà đến với hộ nghèo tại Trần Đề (15/09/2020)
""", "2020-09-25", "Đưa hàng Việt về vùng đồng bào Khmer, tặng 300 phần quà dịp Sene Đolta",
E("trao_qua", None, "2020-09-24"),
[P("Thạch Chanh Đa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lâm Hoàng Phol", "Đại đức", "trụ trì chùa Prêk Chrôp"),
 P("Sơn Thị Sa Ra", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Trần Văn Tài", "Chủ tịch UBND xã Lai Hòa"),
 P("Thạch Thị Sà Phol")],
[Q("300 phần quà", 300, "phần quà"), Q("500.000 đồng", 500000, "đồng"), Q("150 triệu đồng", 150000000, "đồng"),
 Q("32 gian hàng", 32, "gian hàng"), Q("20 doanh nghiệp, cơ sở sản xuất", 20, "doanh nghiệp, cơ sở sản xuất"),
 Q("khoảng 2.500 lượt người", 2500, "lượt người", "approx"), Q("6 phiên chợ hàng Việt", 6, "phiên chợ hàng Việt"),
 Q("2.846 hộ", 2846, "hộ"), Q("62%", 62, "%")],
[D("Kế hoạch", "12", "KH-MTTQ-BTT", "2020-03-03", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 12/KH-MTTQ-BTT ngày 3/3/2020")],
[prov("Sóc Trăng"), com("Lai Hòa")],
["Báo Sóc Trăng Online", "Trang chủ | Xã hội | Dân tộc - Tôn giáo",
 "Phiên chợ hàng Việt tại sân chùa Prêk Chrôp thu hút đông đảo bà con. Ảnh: Thạch Minh", "Sene Đolta"],
["25/09/2020 06:00", "năm nay"]))
