from lib import *
PAGES = []

PAGES.append(page("b8045-laocai-hnd-traoquy-2011", """
CỔNG THÔNG TIN HỘI NÔNG DÂN TỈNH LÀO CAI
Trang chủ › Hoạt động Hội › Hỗ trợ nông dân
Thứ Năm, 17/02/2011 - 08:30
Ảnh: Trao tiền hỗ trợ cho hộ có trâu chết rét tại xã Lùng Phình.
Bắc Hà: Trao hỗ trợ cho 186 hộ có gia súc chết do rét đậm, rét hại
Ngày 15/2/2011, Hội Nông dân tỉnh Lào Cai phối hợp với UBND huyện Bắc Hà tổ chức trao tiền hỗ trợ cho 186 hộ có trâu, bò, ngựa bị chết trong đợt rét đậm, rét hại kéo dài từ cuối tháng 12/2010 đến đầu tháng 2/2011. Đồng chí Sần Văn Pao, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh và ông Lý Seo Dìn, Phó Chủ tịch UBND huyện Bắc Hà dự, trao hỗ trợ.
Theo báo cáo của UBND huyện, đợt rét kéo dài hơn 40 ngày, có thời điểm nhiệt độ ở các xã vùng cao xuống dưới 0 độ C, băng giá xuất hiện trên diện rộng. Toàn huyện có 1.243 con gia súc bị chết, trong đó 812 con trâu, 355 con bò và 76 con ngựa; gần 420 ha mạ và lúa xuân bị chết rét phải gieo cấy lại. Tổng thiệt hại ước khoảng 7,5 tỷ đồng. Các xã bị thiệt hại nặng nhất là Lùng Phình, Tả Van Chư, Lùng Cải và Bản Già.
Thực hiện Quyết định số 318/2010/QĐ-TTg ngày 14/4/2010 của Thủ tướng Chính phủ về chính sách hỗ trợ khôi phục sản xuất vùng bị thiệt hại do thiên tai và Công văn số 65/UBND-NLN ngày 21/1/2011 của UBND tỉnh, huyện Bắc Hà đã rà soát, lập danh sách đến từng hộ. Mức hỗ trợ là 2 triệu đồng/con trâu, bò và 1,5 triệu đồng/con ngựa; riêng hộ nghèo được hỗ trợ thêm 500.000 đồng/hộ từ nguồn vận động của Hội Nông dân. Đợt này, các hộ được nhận tổng số tiền hơn 1,3 tỷ đồng; số hộ còn lại sẽ được chi trả trước ngày 28/2/2011.
Ông Giàng Seo Phử ở thôn Sán Sả Hồ, xã Lùng Phình cho biết, gia đình mất 3 con trâu, là tài sản lớn nhất trong nhà. "Có tiền hỗ trợ, nhà tôi góp thêm mua con nghé để kịp cày bừa vụ xuân", ông Phử nói.
Phát biểu tại buổi trao, đồng chí Sần Văn Pao đề nghị các cấp Hội tiếp tục vận động hội viên làm chuồng trại kín gió, dự trữ rơm, cỏ khô, không thả rông gia súc khi nhiệt độ xuống dưới 10 độ C; phối hợp với ngành nông nghiệp hướng dẫn bà con gieo mạ có che phủ nilon. Hội Nông dân tỉnh cũng trao 50 suất quà, mỗi suất trị giá 300.000 đồng cho hội viên có hoàn cảnh khó khăn.
Dịp này, bà Lù Thị Mỷ, Chủ tịch Hội Nông dân huyện Bắc Hà cho biết Hội đã phối hợp với Trạm Thú y huyện cấp 2.000 lít hóa chất tiêu độc khử trùng và hướng dẫn 1.100 lượt hộ chăn nuôi cách chống rét cho gia súc.
Tùng Lâm
Tin liên quan
- Si Ma Cai: hơn 600 con gia súc chết rét (10/02/2011)
- Hướng dẫn kỹ thuật gieo mạ chống rét vụ xuân 2011 (28/01/2011)
- Sa Pa: băng giá phủ trắng đỉnh Hoàng Liên (12/01/2011)
""", "2011-02-17", "Bắc Hà: Trao hỗ trợ cho 186 hộ có gia súc chết do rét đậm, rét hại",
E("trao_qua", None, "2011-02-15"),
[P("Sần Văn Pao", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh"),
 P("Lý Seo Dìn", "Phó Chủ tịch UBND huyện Bắc Hà"),
 P("Giàng Seo Phử"),
 P("Lù Thị Mỷ", "Chủ tịch Hội Nông dân huyện Bắc Hà")],
[Q("186 hộ", 186, "hộ"), Q("1.243 con gia súc", 1243, "con gia súc"), Q("812 con trâu", 812, "con trâu"),
 Q("355 con bò", 355, "con bò"), Q("76 con ngựa", 76, "con ngựa"), Q("gần 420 ha", 420, "ha", "approx"),
 Q("khoảng 7,5 tỷ đồng", 7500000000, "đồng", "approx"), Q("2 triệu đồng/con", 2000000, "đồng"),
 Q("1,5 triệu đồng/con", 1500000, "đồng"), Q("500.000 đồng/hộ", 500000, "đồng"),
 Q("hơn 1,3 tỷ đồng", 1300000000, "đồng", "over"), Q("3 con trâu", 3, "con trâu"), Q("50 suất quà", 50, "suất quà"),
 Q("300.000 đồng", 300000, "đồng"), Q("2.000 lít", 2000, "lít"), Q("1.100 lượt hộ chăn nuôi", 1100, "lượt hộ chăn nuôi")],
[D("Quyết định", "318", "2010/QĐ-TTg", "2010-04-14", "Thủ tướng Chính phủ", "Quyết định số 318/2010/QĐ-TTg ngày 14/4/2010"),
 D("Công văn", "65", "UBND-NLN", "2011-01-21", "UBND tỉnh", "Công văn số 65/UBND-NLN ngày 21/1/2011")],
[prov("Lào Cai"), com("Lùng Phình"), com("Tả Van Chư"), com("Lùng Cải"), com("Bản Già")],
["CỔNG THÔNG TIN HỘI NÔNG DÂN TỈNH LÀO CAI", "Trang chủ › Hoạt động Hội › Hỗ trợ nông dân",
 "Ảnh: Trao tiền hỗ trợ cho hộ có trâu chết rét tại xã Lùng Phình.", "Trạm Thú y huyện"],
["Thứ Năm, 17/02/2011 - 08:30", "hơn 40 ngày", "0 độ C", "10 độ C", "tháng 12/2010", "28/2/2011"]))

PAGES.append(page("b8046-caobang-ubnd-baocao-2012", """
BÁO CAO BẰNG ĐIỆN TỬ
Trang chủ / Kinh tế / Nông nghiệp - Nông thôn
Ngày đăng: 30-01-2012 16:45
Cao Bằng đề nghị Trung ương hỗ trợ gần 9 tỷ đồng khắc phục thiệt hại do rét hại
UBND tỉnh Cao Bằng vừa có Báo cáo số 21/BC-UBND ngày 27/1/2012 gửi Thủ tướng Chính phủ, Bộ Nông nghiệp và Phát triển nông thôn về tình hình thiệt hại do rét đậm, rét hại đầu năm 2012 và đề nghị hỗ trợ khôi phục sản xuất.
Đàn trâu của người dân xã Cô Ba được đưa về chuồng, che chắn kín gió. Ảnh: Minh Đức
Theo báo cáo do Phó Chủ tịch UBND tỉnh Đàm Văn Nghiệp ký, từ ngày 2/1 đến ngày 24/1/2012, trên địa bàn tỉnh xảy ra 2 đợt rét đậm, rét hại, nhiều nơi xuất hiện sương muối, băng giá. Toàn tỉnh có 2.317 con gia súc bị chết, trong đó huyện Bảo Lạc 684 con, Nguyên Bình 512 con, Hà Quảng 391 con; 136 ha mạ xuân và khoảng 2.400 ha rau màu bị hư hại. Ước tổng giá trị thiệt hại trên 14,6 tỷ đồng.
Ngay sau đợt rét, UBND tỉnh đã trích 800 triệu đồng từ nguồn dự phòng ngân sách tỉnh để hỗ trợ kịp thời cho các hộ bị thiệt hại nặng, trước hết là hộ nghèo ở các xã biên giới. Các huyện cũng tự cân đối khoảng 1,2 tỷ đồng hỗ trợ giống, thuốc thú y.
Căn cứ Quyết định số 319/2010/QĐ-TTg của Thủ tướng Chính phủ và Thông tư số 187/2010/TT-BTC của Bộ Tài chính, tỉnh đề nghị Trung ương hỗ trợ gần 9 tỷ đồng, cùng 150 tấn hạt giống ngô lai và 50 tấn lúa giống để kịp gieo trồng vụ xuân. Báo cáo cũng kiến nghị nâng mức hỗ trợ đối với trâu, bò chết do rét từ 1 triệu đồng lên 2 triệu đồng/con cho phù hợp với giá thực tế.
Ông Lục Văn Khoát, Giám đốc Sở Nông nghiệp và Phát triển nông thôn cho biết, Sở đã thành lập 4 đoàn công tác xuống các huyện kiểm tra, hướng dẫn người dân chống rét cho gia súc; cấp 3.500 lít hóa chất sát trùng chuồng trại. Chi cục trưởng Chi cục Thú y Hoàng Thị Mai cho biết, nguyên nhân chính khiến gia súc chết là tập quán thả rông, thiếu thức ăn dự trữ; có những hộ mất trắng cả đàn.
Tại xã Phan Thanh, bà Lý Thị Chấn (dân tộc Dao) ở xóm Khuổi Pàng mất 2 con trâu và 5 con dê. Chủ tịch UBND xã Phan Thanh Bế Văn Sình cho biết, xã có 97 hộ có gia súc chết rét, trong đó 41 hộ nghèo; xã đã vận động các đoàn thể giúp bà con làm lại chuồng, dự trữ 60 tấn rơm khô.
Trong thời gian chờ nguồn hỗ trợ của Trung ương, tỉnh chỉ đạo các xã Thượng Hà, Ca Thành, Cô Ba và Phan Thanh tiếp tục thống kê, công khai danh sách hộ bị thiệt hại, bảo đảm hỗ trợ đúng đối tượng, không để xảy ra khiếu kiện.
Minh Đức
Tin khác
- Nguyên Bình: sương muối làm hư hại hàng trăm ha rau màu (20/01/2012)
- Cao Bằng chủ động phòng chống đói, rét cho đàn gia súc (05/01/2012)
- Trao 300 chăn ấm cho học sinh vùng cao (29/12/2011)
""", "2012-01-30", "Cao Bằng đề nghị Trung ương hỗ trợ gần 9 tỷ đồng khắc phục thiệt hại do rét hại",
E("bao_cao", None, "2012-01-27"),
[P("Đàm Văn Nghiệp", "Phó Chủ tịch UBND tỉnh"),
 P("Lục Văn Khoát", "Giám đốc Sở Nông nghiệp và Phát triển nông thôn"),
 P("Hoàng Thị Mai", "Chi cục trưởng Chi cục Thú y"),
 P("Lý Thị Chấn"),
 P("Bế Văn Sình", "Chủ tịch UBND xã Phan Thanh")],
[Q("gần 9 tỷ đồng", 9000000000, "đồng", "approx"), Q("2 đợt rét đậm, rét hại", 2, "đợt rét đậm, rét hại"),
 Q("2.317 con gia súc", 2317, "con gia súc"), Q("684 con", 684, "con"), Q("512 con", 512, "con"), Q("391 con", 391, "con"),
 Q("136 ha", 136, "ha"), Q("khoảng 2.400 ha", 2400, "ha", "approx"), Q("trên 14,6 tỷ đồng", 14600000000, "đồng", "over"),
 Q("800 triệu đồng", 800000000, "đồng"), Q("khoảng 1,2 tỷ đồng", 1200000000, "đồng", "approx"),
 Q("150 tấn", 150, "tấn"), Q("50 tấn", 50, "tấn"), Q("1 triệu đồng", 1000000, "đồng"), Q("2 triệu đồng/con", 2000000, "đồng"),
 Q("4 đoàn công tác", 4, "đoàn công tác"), Q("3.500 lít", 3500, "lít"), Q("2 con trâu", 2, "con trâu"), Q("5 con dê", 5, "con dê"),
 Q("97 hộ", 97, "hộ"), Q("41 hộ nghèo", 41, "hộ nghèo"), Q("60 tấn", 60, "tấn")],
[D("Báo cáo", "21", "BC-UBND", "2012-01-27", "UBND tỉnh Cao Bằng", "Báo cáo số 21/BC-UBND ngày 27/1/2012"),
 D("Quyết định", "319", "2010/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 319/2010/QĐ-TTg"),
 D("Thông tư", "187", "2010/TT-BTC", None, "Bộ Tài chính", "Thông tư số 187/2010/TT-BTC")],
[prov("Cao Bằng"), com("Cô Ba"), com("Phan Thanh"), com("Thượng Hà"), com("Ca Thành")],
["BÁO CAO BẰNG ĐIỆN TỬ", "Trang chủ / Kinh tế / Nông nghiệp - Nông thôn",
 "Đàn trâu của người dân xã Cô Ba được đưa về chuồng, che chắn kín gió. Ảnh: Minh Đức"],
["Ngày đăng: 30-01-2012 16:45", "đầu năm 2012", "24/1/2012"]))

PAGES.append(page("b8047-hagiang-mttq-giamsat-2013", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH HÀ GIANG
Bạn đang ở: Trang chủ >> Hoạt động Mặt trận >> Giám sát, phản biện
08:15 | 12/04/2013
Hôm nay: Thứ Bảy, 13/04/2013
Giám sát việc hỗ trợ khắc phục hậu quả mưa đá tại Đồng Văn, Mèo Vạc
Từ ngày 9 đến 10/4/2013, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ tỉnh do đồng chí Lò Thị Hoan, Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách hỗ trợ khắc phục hậu quả trận mưa đá ngày 24/3/2013 tại huyện Đồng Văn và huyện Mèo Vạc, tỉnh Hà Giang.
Đoàn giám sát làm việc tại UBND xã Sủng Là.
Cùng đi có các đồng chí Sùng Mí Chá, Lầu Thị Dính - Ủy viên Ban Thường trực Ủy ban MTTQ tỉnh và đại diện Hội Nông dân, Hội Liên hiệp Phụ nữ tỉnh. Đây là một trong những nội dung thuộc chương trình giám sát năm 2013, được triển khai theo Kế hoạch số 17/KH-MTTQ-BTT ngày 2/4/2013 của Ban Thường trực Ủy ban MTTQ tỉnh.
Theo báo cáo của hai huyện, trận mưa đá kèm lốc xoáy đã làm 2.716 nhà ở bị hư hỏng, tốc mái; hơn 1.850 ha ngô mới gieo bị dập nát, trong đó khoảng 1.200 ha mất trắng; 23 xã bị ảnh hưởng. Thực hiện Quyết định số 612, 613/QĐ-UBND ngày 28/3/2013 của UBND tỉnh, hai huyện đã tiếp nhận 96 tấn ngô giống và 4,2 tỷ đồng để hỗ trợ người dân gieo trồng lại và sửa chữa nhà ở.
Qua giám sát tại các xã Sủng Là, Lũng Phìn, Pả Vi và Sơn Vĩ, đoàn ghi nhận việc cấp phát giống cơ bản kịp thời, đúng đối tượng; đến ngày giám sát đã có 85% số hộ bị thiệt hại gieo trồng lại. Ông Vừ Mí Cáy, Chủ tịch UBND xã Lũng Phìn cho biết xã đã công khai danh sách 412 hộ được hỗ trợ tại nhà văn hóa 11 thôn, không có đơn thư thắc mắc.
Bên cạnh đó, đoàn cũng chỉ ra một số hạn chế: việc thống kê thiệt hại ở một số thôn còn chậm, có thôn kê khai cả diện tích chưa gieo trồng; một số hộ nhận giống nhưng chưa gieo ngay do đất còn quá ẩm; việc hỗ trợ tấm lợp sửa nhà ở xã Pả Vi chưa đủ so với nhu cầu, mới đáp ứng khoảng 60%.
Người dân xã Sơn Vĩ đề nghị được hỗ trợ thêm phân bón và giống đậu tương để trồng xen. Bà Ly Thị Sú ở thôn Lũng Lỳ, xã Sơn Vĩ chia sẻ: "Ngô nhà tôi mới lên được ba lá thì bị đá rơi nát hết, may có giống Nhà nước cho nên đã gieo lại được 2 ha".
Kết luận buổi giám sát, đồng chí Lò Thị Hoan đề nghị UBND hai huyện chỉ đạo các xã rà soát, điều chỉnh danh sách hộ được hỗ trợ, công khai minh bạch; đề nghị UBND tỉnh sớm bổ sung 1.500 tấm lợp cho các hộ có nhà bị tốc mái hoàn toàn. Kết quả giám sát sẽ được tổng hợp, báo cáo Thường trực Tỉnh ủy trong tháng 4.
Hoàng Hà
Tin liên quan
- Mèo Vạc: mưa đá làm hư hỏng hơn 900 nhà dân (26/03/2013)
- MTTQ tỉnh triển khai chương trình giám sát năm 2013 (15/01/2013)
- Vận động ủng hộ đồng bào bị thiệt hại do thiên tai (29/03/2013)
""", "2013-04-12", "Giám sát việc hỗ trợ khắc phục hậu quả mưa đá tại Đồng Văn, Mèo Vạc",
E("giam_sat", "2013", "2013-04-09"),
[P("Lò Thị Hoan", "Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh"),
 P("Sùng Mí Chá", "Ủy viên Ban Thường trực Ủy ban MTTQ tỉnh"),
 P("Lầu Thị Dính", "Ủy viên Ban Thường trực Ủy ban MTTQ tỉnh"),
 P("Vừ Mí Cáy", "Chủ tịch UBND xã Lũng Phìn"),
 P("Ly Thị Sú")],
[Q("2.716 nhà ở", 2716, "nhà ở"), Q("hơn 1.850 ha", 1850, "ha", "over"), Q("khoảng 1.200 ha", 1200, "ha", "approx"),
 Q("23 xã", 23, "xã"), Q("96 tấn", 96, "tấn"), Q("4,2 tỷ đồng", 4200000000, "đồng"), Q("85%", 85, "%"),
 Q("412 hộ", 412, "hộ"), Q("11 thôn", 11, "thôn"), Q("khoảng 60%", 60, "%", "approx"), Q("2 ha", 2, "ha"),
 Q("1.500 tấm lợp", 1500, "tấm lợp")],
[D("Kế hoạch", "17", "KH-MTTQ-BTT", "2013-04-02", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 17/KH-MTTQ-BTT ngày 2/4/2013"),
 D("Quyết định", "612", "QĐ-UBND", "2013-03-28", "UBND tỉnh", "Quyết định số 612, 613/QĐ-UBND ngày 28/3/2013"),
 D("Quyết định", "613", "QĐ-UBND", "2013-03-28", "UBND tỉnh", "Quyết định số 612, 613/QĐ-UBND ngày 28/3/2013")],
[prov("Hà Giang"), com("Sủng Là"), com("Lũng Phìn"), com("Pả Vi"), com("Sơn Vĩ")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH HÀ GIANG", "Bạn đang ở: Trang chủ >> Hoạt động Mặt trận >> Giám sát, phản biện",
 "Hôm nay: Thứ Bảy, 13/04/2013", "Đoàn giám sát làm việc tại UBND xã Sủng Là."],
["08:15 | 12/04/2013", "Hôm nay: Thứ Bảy, 13/04/2013", "24/3/2013", "ba lá", "năm 2013"]))

PAGES.append(page("b8048-laichau-muada-tamduong-2014", """
BÁO LAI CHÂU ĐIỆN TỬ
Vị trí: Trang chủ > Kinh tế > Nông nghiệp
21 tháng 3, 2014 | 16:05
Cây ngô nhà anh Lò Văn Inh ở bản Nà Khum bị mưa đá làm dập nát.
Mưa đá gây thiệt hại nặng cho người trồng ngô, chè ở Tam Đường
Khoảng 15 giờ chiều 19/3, trên địa bàn huyện Tam Đường xảy ra mưa đá kèm lốc xoáy kéo dài khoảng 20 phút, hạt đá to như quả trứng gà, làm hàng trăm ngôi nhà bị tốc mái, nhiều diện tích ngô, chè của người dân bị dập nát.
Theo thống kê ban đầu của UBND huyện, mưa đá đã làm 312 nhà bị tốc mái, hư hỏng, trong đó 27 nhà bị sập hoàn toàn; hơn 150 ha ngô xuân, 47 ha chè kinh doanh và 18 ha rau màu bị thiệt hại; 6 con trâu, bò bị thương. Ước tổng thiệt hại khoảng 3,2 tỷ đồng. Thiệt hại nặng nhất là các xã Bình Lư, Sơn Bình và Hồ Thầu.
Có mặt tại bản Nà Khum, xã Bình Lư, chúng tôi không khỏi xót xa khi những ruộng ngô xanh tốt chỉ còn trơ lại thân cây. Anh Lò Văn Inh cho biết, gia đình trồng 1,2 ha ngô, vừa bón thúc lần hai thì gặp mưa đá. "Cả năm trông vào ruộng ngô, giờ phải làm đất gieo lại, mà giống thì chưa có tiền mua", anh Inh buồn rầu.
Ở xã Hồ Thầu, đồi chè của bà Tẩn Thị Mẩy (dân tộc Dao) bị đá rơi làm rách lá, gãy búp. Theo ông Vàng A Lử - Trưởng phòng Nông nghiệp và Phát triển nông thôn huyện Tam Đường, chè bị mưa đá phải đốn trẻ, ít nhất 2 tháng sau mới cho thu hoạch lứa mới.
Ngay trong đêm 19/3, Chủ tịch UBND huyện Tam Đường Tao Văn Khiêm đã cùng lãnh đạo các phòng, ban xuống hiện trường chỉ đạo khắc phục; huy động hơn 300 lượt cán bộ, chiến sĩ, đoàn viên thanh niên giúp dân lợp lại mái nhà. UBND huyện đã ban hành Quyết định số 496/QĐ-UBND ngày 20/3/2014 xuất ngân sách hỗ trợ khẩn cấp 3 triệu đồng/hộ có nhà bị sập và 15 kg gạo/khẩu cho 168 khẩu thiếu đói; đồng thời đề nghị tỉnh hỗ trợ 20 tấn ngô giống để bà con kịp gieo lại trước ngày 10/4.
Ông Hoàng Văn Sáng, Phó Chủ tịch UBND xã Sơn Bình cho biết, xã đã thành lập 3 tổ công tác xuống từng bản thống kê thiệt hại, không để hộ nào bị bỏ sót. Các tổ chức đoàn thể xã cũng vận động được 4.600 tấm lợp, 120 bao xi măng giúp các hộ khó khăn.
Theo dự báo, từ nay đến cuối tháng 4 khu vực miền núi phía Bắc còn có thể xảy ra mưa đá, lốc sét. Ngành nông nghiệp tỉnh Lai Châu khuyến cáo bà con gia cố nhà cửa, chưa gieo trồng ồ ạt trên diện rộng khi thời tiết còn diễn biến phức tạp; các hộ có diện tích bị thiệt hại cần liên hệ ngay với trưởng bản để được thống kê, hỗ trợ theo quy định.
Quang Anh
Tin cùng chuyên mục
- Phong Thổ: lốc xoáy làm tốc mái 40 nhà dân (17/03/2014)
- Lai Châu xuống giống hơn 10.000 ha ngô xuân hè (10/03/2014)
- Tân Uyên: người trồng chè lo sương muối (20/02/2014)
""", "2014-03-21", "Mưa đá gây thiệt hại nặng cho người trồng ngô, chè ở Tam Đường",
E("khac", None, None),
[P("Lò Văn Inh"), P("Tẩn Thị Mẩy"),
 P("Vàng A Lử", "Trưởng phòng Nông nghiệp và Phát triển nông thôn huyện Tam Đường"),
 P("Tao Văn Khiêm", "Chủ tịch UBND huyện Tam Đường"),
 P("Hoàng Văn Sáng", "Phó Chủ tịch UBND xã Sơn Bình")],
[Q("312 nhà", 312, "nhà"), Q("27 nhà", 27, "nhà"), Q("hơn 150 ha", 150, "ha", "over"), Q("47 ha", 47, "ha"),
 Q("18 ha", 18, "ha"), Q("6 con trâu, bò", 6, "con trâu, bò"), Q("khoảng 3,2 tỷ đồng", 3200000000, "đồng", "approx"),
 Q("1,2 ha", 1.2, "ha"), Q("hơn 300 lượt cán bộ, chiến sĩ, đoàn viên thanh niên", 300, "lượt cán bộ, chiến sĩ, đoàn viên thanh niên", "over"),
 Q("3 triệu đồng/hộ", 3000000, "đồng"), Q("15 kg", 15, "kg"), Q("168 khẩu", 168, "khẩu"), Q("20 tấn", 20, "tấn"),
 Q("3 tổ công tác", 3, "tổ công tác"), Q("4.600 tấm lợp", 4600, "tấm lợp"), Q("120 bao xi măng", 120, "bao xi măng")],
[D("Quyết định", "496", "QĐ-UBND", "2014-03-20", "UBND huyện", "Quyết định số 496/QĐ-UBND ngày 20/3/2014")],
[prov("Lai Châu"), com("Bình Lư"), com("Sơn Bình"), com("Hồ Thầu")],
["BÁO LAI CHÂU ĐIỆN TỬ", "Vị trí: Trang chủ > Kinh tế > Nông nghiệp",
 "Cây ngô nhà anh Lò Văn Inh ở bản Nà Khum bị mưa đá làm dập nát."],
["21 tháng 3, 2014 | 16:05", "15 giờ", "20 phút", "lần hai", "2 tháng", "19/3"]))

PAGES.append(page("b8049-sonla-pctt-soket-2015", """
BÁO SƠN LA
Trang chủ | Thời sự | Kinh tế
Cập nhật lúc 09:20 ngày 08/07/2015
Sơn La: Hơn 32 tỷ đồng hỗ trợ khắc phục thiệt hại do mưa đá, rét hại
Sáng 7/7, Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn (PCTT&TKCN) tỉnh tổ chức hội nghị sơ kết công tác phòng, chống thiên tai 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2015. Đồng chí Cầm Văn Chởn, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ huy PCTT&TKCN tỉnh chủ trì hội nghị.
Đồng chí Cầm Văn Chởn phát biểu chỉ đạo hội nghị.
Dự hội nghị có các đồng chí Phó Trưởng Ban Chỉ huy PCTT&TKCN tỉnh: Quàng Văn Hỏm, Lường Thị Phương và lãnh đạo 12 huyện, thành phố.
Báo cáo của Ban Chỉ huy cho biết, 6 tháng đầu năm, trên địa bàn tỉnh xảy ra 2 đợt rét đậm, rét hại và 14 trận mưa đá, dông lốc, làm 6.215 nhà bị hư hỏng, tốc mái; hơn 8.300 ha cây trồng bị thiệt hại, trong đó có 2.140 ha ngô, 960 ha lúa và trên 1.100 ha cây ăn quả; 1.420 con gia súc bị chết. Tổng giá trị thiệt hại trên 112 tỷ đồng. 11/12 huyện, thành phố có thiệt hại, nặng nhất là Mộc Châu, Yên Châu và Mai Sơn.
Thực hiện Chỉ thị số 05/CT-UBND ngày 12/1/2015 của Chủ tịch UBND tỉnh về tăng cường công tác phòng, chống đói, rét cho đàn gia súc và Kế hoạch số 28, 29/KH-BCH của Ban Chỉ huy PCTT&TKCN tỉnh, các huyện đã kịp thời hỗ trợ người dân khắc phục hậu quả. Đến nay, toàn tỉnh đã chi trả hơn 32 tỷ đồng, cấp 215 tấn ngô giống, 38 tấn lúa giống và 12.000 cây giống ăn quả; đạt 97% kế hoạch hỗ trợ.
Tại hội nghị, đại diện huyện Mộc Châu đề nghị tỉnh có cơ chế hỗ trợ riêng cho cây mận, cây đào bị mưa đá làm rụng quả vì đây là nguồn thu chính của nhiều hộ. Ông Giàng A Tủa, Chủ tịch UBND xã Long Hẹ (huyện Thuận Châu) phản ánh, xã có 236 hộ bị thiệt hại nhưng mức hỗ trợ mới đạt khoảng 30% giá trị thiệt hại, người dân vẫn phải vay vốn để tái đầu tư.
Bà Hà Thị Khiêm, Phó Giám đốc Sở Nông nghiệp và PTNT cho biết, Sở sẽ phối hợp với Sở Tài chính rà soát, trình UBND tỉnh bổ sung kinh phí khoảng 6,5 tỷ đồng cho các xã Chiềng Khoa, Mường Sại và Long Hẹ trong quý III.
Kết luận hội nghị, đồng chí Cầm Văn Chởn yêu cầu các địa phương hoàn thành chi trả hỗ trợ trước ngày 31/7/2015; công khai danh sách hộ được hỗ trợ tại nhà văn hóa bản; kiện toàn Ban Chỉ huy cấp xã; chủ động phương án ứng phó với lũ quét, sạt lở đất trong mùa mưa. Đồng chí lưu ý không để người dân tái trồng ở những vùng có nguy cơ sạt lở cao.
Dịp này, UBND tỉnh tặng bằng khen cho 8 tập thể và 15 cá nhân có thành tích trong công tác phòng, chống thiên tai.
Văn Quân
Các tin khác
- Mộc Châu: mưa đá làm rụng hàng trăm tấn mận (18/05/2015)
- Sơn La diễn tập phòng chống lũ quét, sạt lở đất (25/06/2015)
- Yên Châu hỗ trợ giống ngô cho hộ bị thiệt hại (02/06/2015)
""", "2015-07-08", "Sơn La: Hơn 32 tỷ đồng hỗ trợ khắc phục thiệt hại do mưa đá, rét hại",
E("so_ket", "2015-H1", "2015-07-07"),
[P("Cầm Văn Chởn", "Tỉnh ủy viên", "Phó Chủ tịch UBND tỉnh", "Trưởng Ban Chỉ huy PCTT&TKCN tỉnh"),
 P("Quàng Văn Hỏm", "Phó Trưởng Ban Chỉ huy PCTT&TKCN tỉnh"),
 P("Lường Thị Phương", "Phó Trưởng Ban Chỉ huy PCTT&TKCN tỉnh"),
 P("Giàng A Tủa", "Chủ tịch UBND xã Long Hẹ"),
 P("Hà Thị Khiêm", "Phó Giám đốc Sở Nông nghiệp và PTNT")],
[Q("Hơn 32 tỷ đồng", 32000000000, "đồng", "over"), Q("12 huyện, thành phố", 12, "huyện, thành phố"),
 Q("2 đợt rét đậm, rét hại", 2, "đợt rét đậm, rét hại"), Q("14 trận mưa đá, dông lốc", 14, "trận mưa đá, dông lốc"),
 Q("6.215 nhà", 6215, "nhà"), Q("hơn 8.300 ha", 8300, "ha", "over"), Q("2.140 ha", 2140, "ha"), Q("960 ha", 960, "ha"),
 Q("trên 1.100 ha", 1100, "ha", "over"), Q("1.420 con gia súc", 1420, "con gia súc"),
 Q("trên 112 tỷ đồng", 112000000000, "đồng", "over"), Q("11/12 huyện, thành phố", 11, "huyện, thành phố"),
 Q("215 tấn", 215, "tấn"), Q("38 tấn", 38, "tấn"), Q("12.000 cây giống ăn quả", 12000, "cây giống ăn quả"), Q("97%", 97, "%"),
 Q("236 hộ", 236, "hộ"), Q("khoảng 30%", 30, "%", "approx"), Q("khoảng 6,5 tỷ đồng", 6500000000, "đồng", "approx"),
 Q("8 tập thể", 8, "tập thể"), Q("15 cá nhân", 15, "cá nhân")],
[D("Chỉ thị", "05", "CT-UBND", "2015-01-12", "Chủ tịch UBND tỉnh", "Chỉ thị số 05/CT-UBND ngày 12/1/2015"),
 D("Kế hoạch", "28", "KH-BCH", None, "Ban Chỉ huy PCTT&TKCN tỉnh", "Kế hoạch số 28, 29/KH-BCH"),
 D("Kế hoạch", "29", "KH-BCH", None, "Ban Chỉ huy PCTT&TKCN tỉnh", "Kế hoạch số 28, 29/KH-BCH")],
[prov("Sơn La"), com("Long Hẹ"), com("Chiềng Khoa"), com("Mường Sại")],
["BÁO SƠN LA", "Trang chủ | Thời sự | Kinh tế", "Đồng chí Cầm Văn Chởn phát biểu chỉ đạo hội nghị."],
["Cập nhật lúc 09:20 ngày 08/07/2015", "6 tháng đầu năm", "6 tháng cuối năm 2015", "quý III", "31/7/2015"]))

PAGES.append(page("b8050-dienbien-mttq-traoqua-2016", """
BÁO ĐIỆN BIÊN PHỦ ĐIỆN TỬ
You are here: Trang chủ :: Xã hội :: Vì người nghèo
27/01/2016 - 10:05
Trao 1.500 chăn ấm, hỗ trợ đồng bào vùng cao chống rét
Ngày 26/1, Ủy ban MTTQ Việt Nam tỉnh Điện Biên tổ chức đoàn công tác đến thăm, trao 1.500 chăn ấm và 800 suất quà cho đồng bào các xã vùng cao huyện Tủa Chùa và Mường Chà đang chịu ảnh hưởng của đợt rét hại lịch sử. Các đồng chí Thào A Chư, Lò Thị Xiêng - Phó Chủ tịch Ủy ban MTTQ tỉnh cùng đi với đoàn.
Đồng chí Thào A Chư trao chăn ấm cho người dân xã Sính Phình.
Đợt rét từ ngày 23/1 đến nay, tại các đỉnh núi cao của Tủa Chùa đã xuất hiện băng giá, mưa tuyết. Theo báo cáo nhanh của Ban Chỉ huy Phòng chống thiên tai tỉnh, toàn tỉnh có khoảng 2.600 con gia súc bị chết, hơn 3.100 ha lúa, ngô, rau màu và 840 ha chè, cây ăn quả bị thiệt hại; 34 xã bị ảnh hưởng nặng. Thiệt hại ban đầu ước trên 5,4 tỷ đồng.
Tại xã Sính Phình và Tả Phìn (huyện Tủa Chùa), đoàn đã trao 900 chăn ấm và 500 suất quà, mỗi suất trị giá 500.000 đồng gồm gạo, mì tôm, dầu ăn và tiền mặt. Tại xã Huổi Mí, Sá Tổng (huyện Mường Chà), đoàn trao 600 chăn và 300 suất quà cho các hộ nghèo, hộ có gia súc bị chết.
Nguồn quà do Quỹ "Vì người nghèo" tỉnh và các doanh nghiệp ủng hộ, tổng trị giá hơn 750 triệu đồng. Trước đó, UBND tỉnh đã ban hành Công điện số 02/CĐ-UBND chỉ đạo các địa phương triển khai khẩn cấp các biện pháp chống rét và Quyết định số 85/QĐ-UBND ngày 26/1/2016 xuất 2 tỷ đồng từ ngân sách dự phòng hỗ trợ các huyện Tủa Chùa, Mường Chà, Mường Nhé, Điện Biên Đông mua thức ăn, thuốc thú y và giống cây trồng.
Ông Vì Văn Pọm, Chủ tịch UBND xã Sính Phình cho biết, xã có 1.167 hộ, trong đó hơn 60% là hộ nghèo; đợt rét đã làm 214 con trâu, bò, ngựa bị chết, nhiều hộ mất trắng tài sản. Xã đã huy động lực lượng dân quân, đoàn viên giúp dân che chắn chuồng trại, đốt lửa sưởi ấm cho gia súc và đưa trâu bò về nơi kín gió.
Cụ Sùng A Hồ, người có uy tín bản Háng Đề Dê, xã Tả Phìn xúc động: "Sống hơn 70 năm ở đây, lần đầu tôi thấy tuyết rơi dày như vậy. Được Mặt trận về tận bản trao chăn, bà con rất ấm lòng".
Dịp này, bà Quàng Thị Bun, Chủ tịch Hội Liên hiệp Phụ nữ huyện Tủa Chùa đã tiếp nhận 200 bộ quần áo ấm do hội viên phụ nữ thành phố Điện Biên Phủ quyên góp để phân phát cho trẻ em trong các bản vùng cao. Đồng chí Lò Thị Xiêng đề nghị cấp ủy, chính quyền cơ sở không để người dân nào bị đói, rét trong dịp Tết Nguyên đán Bính Thân sắp tới.
Thanh Hà - Lò Diện
Tin liên quan
- Tủa Chùa: tuyết rơi trên đỉnh Phu Xa Phìn (25/01/2016)
- Điện Biên triển khai khẩn cấp các biện pháp chống rét (24/01/2016)
- Hội Chữ thập đỏ tỉnh trao quà Tết cho hộ nghèo (20/01/2016)
""", "2016-01-27", "Trao 1.500 chăn ấm, hỗ trợ đồng bào vùng cao chống rét",
E("trao_qua", None, "2016-01-26"),
[P("Thào A Chư", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lò Thị Xiêng", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Vì Văn Pọm", "Chủ tịch UBND xã Sính Phình"),
 P("Sùng A Hồ", "người có uy tín bản Háng Đề Dê"),
 P("Quàng Thị Bun", "Chủ tịch Hội Liên hiệp Phụ nữ huyện Tủa Chùa")],
[Q("1.500 chăn ấm", 1500, "chăn ấm"), Q("800 suất quà", 800, "suất quà"), Q("khoảng 2.600 con gia súc", 2600, "con gia súc", "approx"),
 Q("hơn 3.100 ha", 3100, "ha", "over"), Q("840 ha", 840, "ha"), Q("34 xã", 34, "xã"),
 Q("trên 5,4 tỷ đồng", 5400000000, "đồng", "over"), Q("900 chăn ấm", 900, "chăn ấm"), Q("500 suất quà", 500, "suất quà"),
 Q("500.000 đồng", 500000, "đồng"), Q("600 chăn", 600, "chăn"), Q("300 suất quà", 300, "suất quà"),
 Q("hơn 750 triệu đồng", 750000000, "đồng", "over"), Q("2 tỷ đồng", 2000000000, "đồng"), Q("1.167 hộ", 1167, "hộ"),
 Q("hơn 60%", 60, "%", "over"), Q("214 con trâu, bò, ngựa", 214, "con trâu, bò, ngựa"), Q("200 bộ quần áo ấm", 200, "bộ quần áo ấm")],
[D("Quyết định", "85", "QĐ-UBND", "2016-01-26", "UBND tỉnh", "Quyết định số 85/QĐ-UBND ngày 26/1/2016")],
[prov("Điện Biên"), com("Sính Phình"), com("Tả Phìn"), com("Huổi Mí"), com("Sá Tổng")],
["BÁO ĐIỆN BIÊN PHỦ ĐIỆN TỬ", "You are here: Trang chủ :: Xã hội :: Vì người nghèo",
 "Đồng chí Thào A Chư trao chăn ấm cho người dân xã Sính Phình.", "Vì người nghèo", "Tết Nguyên đán Bính Thân"],
["27/01/2016 - 10:05", "hơn 70 năm", "Công điện số 02/CĐ-UBND", "23/1"]))
