from lib import *
PAGES = []

PAGES.append(page("b7715-thanhhoa-chandung-thuyvien-2017", """
BÁO THANH HÓA
Xã hội › Người tốt việc tốt
Thứ Ba, 15/8/2017 | 06:00
Anh Hà Văn Thiêm (bên phải) tiêm vắc xin cho đàn trâu của gia đình bà Phạm Thị Lợi.
Người thú y viên 15 năm "gõ cửa" từng nhà ở vùng cao Bá Thước
Gần 15 năm làm thú y viên ở xã Lũng Niêm, anh Hà Văn Thiêm, người dân tộc Mường, huyện Bá Thước, tỉnh Thanh Hóa, đã quen với những con dốc dựng đứng, những ngày mang thùng vắc xin đi bộ vào các chòm bản xa. Nhờ sự bền bỉ của anh, nhiều năm liền xã không để xảy ra dịch lở mồm long móng, tụ huyết trùng trên trâu, bò.
Xã Lũng Niêm có 9 thôn với hơn 1.100 hộ, phần lớn là đồng bào Mường, Thái. Trước đây, bà con có thói quen thả trâu, bò lên rừng, cả tháng mới lùa về, nên mỗi đợt tiêm phòng, anh Thiêm phải hẹn từng hộ, có khi ngủ lại ở nhà dân để sáng sớm kịp tiêm khi gia súc còn trong chuồng. Mỗi năm hai đợt, anh tiêm cho khoảng 2.300 con trâu, bò, hơn 3.500 con lợn và trên 20.000 con gà, vịt.
"Lúc đầu nhiều nhà không cho tiêm vì sợ trâu sảy thai, bò bỏ ăn. Tôi phải nhờ trưởng thôn, người cao tuổi nói giúp, rồi tiêm thử cho nhà mình trước để bà con xem", anh Thiêm kể. Ông Trương Văn Dũng, Chủ tịch UBND xã Lũng Niêm, cho biết tỷ lệ tiêm phòng của xã năm 2016 đạt 92%, cao nhất huyện Bá Thước; năm 2010 con số này chỉ khoảng 45%.
Không chỉ tiêm phòng, anh Thiêm còn hướng dẫn bà con làm chuồng trại cách xa nhà ở, ủ phân hợp vệ sinh, trồng cỏ nuôi bò. Bà Phạm Thị Lợi, thôn Đông, kể: "Năm 2012 nhà tôi có 2 con trâu bị ốm, nhờ anh Thiêm phát hiện sớm, báo trạm thú y xuống chữa kịp nên không bị lây cả đàn". Từ 2 con trâu ban đầu, nay gia đình bà đã có đàn 7 con trâu, bò, mỗi năm bán bê nghé thu khoảng 40 triệu đồng.
Phụ cấp thú y viên của anh Thiêm hiện chỉ 745.000 đồng/tháng, theo Quyết định số 3650/2014/QĐ-UBND của UBND tỉnh, nên ngoài giờ anh vẫn làm nương, nuôi ong để trang trải cuộc sống. Năm 2016, anh được Chủ tịch UBND tỉnh tặng bằng khen là một trong 35 cá nhân tiêu biểu trong phong trào thi đua "Nông dân sản xuất, kinh doanh giỏi" và công tác phòng, chống dịch bệnh gia súc, gia cầm.
Ông Lê Văn Hạnh, Trưởng Trạm Thú y huyện Bá Thước, nhận xét: "Huyện có 23 xã, thị trấn thì mỗi xã đều có thú y viên, nhưng những người tận tụy như anh Thiêm không nhiều. Chúng tôi đã đề nghị nhân rộng cách làm của anh ra các xã vùng cao Lương Nội, Lương Trung".
Hỏi về dự định, anh Thiêm cười hiền: "Còn sức thì tôi còn đi. Chỉ mong bà con tự giác đưa trâu, bò về chuồng đúng hẹn, để dịch không có cửa vào bản".
Bài và ảnh: Lê Hợi
Tin liên quan
- Thanh Hóa: Chủ động phòng, chống dịch bệnh cho đàn gia súc mùa mưa lũ (10/08/2017)
- Người có uy tín ở bản Sạ (02/08/2017)
- Cô giáo cắm bản ở Mường Lát (26/07/2017)
- Quan Hóa tiêm phòng đợt 1 cho đàn vật nuôi (15/05/2017)
""", "2017-08-15", "Người thú y viên 15 năm \"gõ cửa\" từng nhà ở vùng cao Bá Thước",
E("khac", None, None),
[P("Hà Văn Thiêm", "thú y viên"),
 P("Phạm Thị Lợi"),
 P("Trương Văn Dũng", "Chủ tịch UBND xã Lũng Niêm"),
 P("Lê Văn Hạnh", "Trưởng Trạm Thú y huyện Bá Thước")],
[Q("9 thôn", 9, "thôn"), Q("hơn 1.100 hộ", 1100, "hộ", "over"),
 Q("khoảng 2.300 con trâu, bò", 2300, "con trâu, bò", "approx"),
 Q("hơn 3.500 con lợn", 3500, "con lợn", "over"), Q("trên 20.000 con gà, vịt", 20000, "con gà, vịt", "over"),
 Q("92%", 92, "%"), Q("khoảng 45%", 45, "%", "approx"),
 Q("2 con trâu", 2, "con trâu"), Q("7 con trâu, bò", 7, "con trâu, bò"),
 Q("khoảng 40 triệu đồng", 40000000, "đồng", "approx"), Q("745.000 đồng", 745000, "đồng"),
 Q("35 cá nhân tiêu biểu", 35, "cá nhân tiêu biểu"), Q("23 xã, thị trấn", 23, "xã, thị trấn")],
[D("Quyết định", "3650", "2014/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 3650/2014/QĐ-UBND")],
[prov("Thanh Hóa"), com("Lũng Niêm"), com("Lương Nội"), com("Lương Trung")],
["BÁO THANH HÓA", "Xã hội › Người tốt việc tốt",
 "Anh Hà Văn Thiêm (bên phải) tiêm vắc xin cho đàn trâu của gia đình bà Phạm Thị Lợi.",
 "Nông dân sản xuất, kinh doanh giỏi"],
["Thứ Ba, 15/8/2017 | 06:00", "15 năm", "Gần 15 năm", "hai đợt", "năm 2016", "năm 2010", "Năm 2012"]))

PAGES.append(page("b7716-quangninh-ubnd-hoinghi-asf-2018", """
Cổng thông tin điện tử tỉnh Quảng Ninh
Trang chủ :: Tin tức - Sự kiện :: Nông nghiệp
06.09.2018 | 16:05
Quảng Ninh chủ động ngăn chặn bệnh Dịch tả lợn châu Phi từ biên giới
Chiều 5/9, UBND tỉnh tổ chức hội nghị trực tuyến triển khai các biện pháp cấp bách phòng, chống bệnh Dịch tả lợn châu Phi xâm nhiễm vào địa bàn tỉnh, kết nối với 14 điểm cầu huyện, thị xã, thành phố. Chủ trì có các đồng chí Phó Chủ tịch UBND tỉnh: Đặng Minh Khôi, Vũ Thành Đạt.
Các đại biểu dự hội nghị tại điểm cầu tỉnh.
Theo Sở Nông nghiệp và Phát triển nông thôn, từ đầu tháng 8/2018 bệnh Dịch tả lợn châu Phi đã xuất hiện ở nước láng giềng, cách cửa khẩu Móng Cái không xa. Bệnh chưa có vắc xin phòng và thuốc điều trị, lây lan nhanh, tỷ lệ chết có thể tới 100%. Quảng Ninh có 118,8 km đường biên giới, nhiều đường mòn, lối mở, nguy cơ lợn và sản phẩm thịt lợn nhập lậu là rất lớn. Toàn tỉnh hiện có khoảng 430.000 con lợn, trong đó trên 60% nuôi trong nông hộ quy mô nhỏ.
Ông Phạm Văn Thành, Chi cục trưởng Chi cục Chăn nuôi và Thú y, cho biết đã thành lập 5 chốt kiểm dịch tạm thời trên các tuyến giao thông chính, phối hợp với Bộ đội Biên phòng tuần tra các đường mòn; trong tháng 8 đã bắt giữ, tiêu hủy 2,6 tấn nội tạng, thịt lợn không rõ nguồn gốc. Ngành đang triển khai Chỉ thị số 27/CT-TTg ngày 24/8/2018 của Thủ tướng Chính phủ và Kế hoạch số 142/KH-UBND ngày 28/8/2018 của UBND tỉnh.
Từ điểm cầu Hải Hà, bà Phùn Thị Nhàn, Phó Chủ tịch UBND xã Quảng Đức, cho biết xã có nhiều hộ đồng bào Dao, Sán Chỉ nuôi lợn thả rông; cán bộ xã đã đến từng thôn, phát 1.200 tờ rơi song ngữ, yêu cầu các hộ ký cam kết không mua lợn, thịt lợn trôi nổi. Ông Chíu Phúc Sáng, Trưởng thôn Pạc Sủi, xã Hải Sơn, kiến nghị hỗ trợ vôi bột cho các thôn sát biên giới. Ông Tằng Văn Lộc, Bí thư Đảng ủy xã Hải Sơn, đề nghị Bộ đội Biên phòng tăng tuần tra ban đêm.
Kết luận hội nghị, đồng chí Đặng Minh Khôi yêu cầu các địa phương "không chủ quan, không để bị động", phân công lãnh đạo phụ trách từng xã biên giới; Sở Tài chính bố trí ngay 5 tỷ đồng từ nguồn dự phòng ngân sách để mua hóa chất, trang thiết bị. Đồng chí Vũ Thành Đạt đề nghị Ủy ban MTTQ và các đoàn thể vận động nhân dân tố giác hành vi buôn lậu lợn, không ăn tiết canh, không dùng thức ăn thừa chưa nấu chín cho lợn ăn. Mỗi huyện, thị xã, thành phố phải có ít nhất 1 đội phản ứng nhanh, sẵn sàng xử lý ổ dịch trong vòng 24 giờ khi phát hiện.
Thu Hường (Trung tâm Truyền thông tỉnh)
Tin liên quan
- Móng Cái: siết chặt kiểm soát vận chuyển động vật qua biên giới (31/08/2018)
- Bình Liêu tiêm phòng đợt 2 cho gia súc, gia cầm (27/08/2018)
- Ba Chẽ phát triển chăn nuôi lợn sạch gắn với OCOP (20/08/2018)
""", "2018-09-06", "Quảng Ninh chủ động ngăn chặn bệnh Dịch tả lợn châu Phi từ biên giới",
E("hoi_nghi", None, "2018-09-05"),
[P("Đặng Minh Khôi", "Phó Chủ tịch UBND tỉnh"),
 P("Vũ Thành Đạt", "Phó Chủ tịch UBND tỉnh"),
 P("Phạm Văn Thành", "Chi cục trưởng Chi cục Chăn nuôi và Thú y"),
 P("Phùn Thị Nhàn", "Phó Chủ tịch UBND xã Quảng Đức"),
 P("Chíu Phúc Sáng", "Trưởng thôn Pạc Sủi"),
 P("Tằng Văn Lộc", "Bí thư Đảng ủy xã Hải Sơn")],
[Q("14 điểm cầu huyện, thị xã, thành phố", 14, "điểm cầu huyện, thị xã, thành phố"),
 Q("100%", 100, "%"), Q("118,8 km", 118.8, "km"),
 Q("khoảng 430.000 con lợn", 430000, "con lợn", "approx"), Q("trên 60%", 60, "%", "over"),
 Q("5 chốt kiểm dịch tạm thời", 5, "chốt kiểm dịch tạm thời"), Q("2,6 tấn", 2.6, "tấn"),
 Q("1.200 tờ rơi song ngữ", 1200, "tờ rơi song ngữ"), Q("5 tỷ đồng", 5000000000, "đồng"),
 Q("ít nhất 1 đội phản ứng nhanh", 1, "đội phản ứng nhanh", "over")],
[D("Chỉ thị", "27", "CT-TTg", "2018-08-24", "Thủ tướng Chính phủ", "Chỉ thị số 27/CT-TTg ngày 24/8/2018"),
 D("Kế hoạch", "142", "KH-UBND", "2018-08-28", "UBND tỉnh", "Kế hoạch số 142/KH-UBND ngày 28/8/2018")],
[prov("Quảng Ninh"), com("Quảng Đức"), com("Hải Sơn")],
["Cổng thông tin điện tử tỉnh Quảng Ninh", "Trang chủ :: Tin tức - Sự kiện :: Nông nghiệp",
 "Các đại biểu dự hội nghị tại điểm cầu tỉnh.", "không chủ quan, không để bị động", "Trung tâm Truyền thông tỉnh"],
["06.09.2018 | 16:05", "tháng 8/2018", "tháng 8", "24 giờ"]))

PAGES.append(page("b7717-hungyen-mttq-soket-asf-2019", """
ỦY BAN MTTQ VIỆT NAM TỈNH HƯNG YÊN
Trang chủ / Hoạt động Mặt trận / Tin tức
Cập nhật lúc 10:12 ngày 12/07/2019
Ảnh: Toàn cảnh hội nghị.
Mặt trận các cấp chung tay cùng người chăn nuôi vượt qua dịch
Ngày 10/7/2019, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Hưng Yên tổ chức hội nghị sơ kết 6 tháng đầu năm 2019 về công tác tuyên truyền, vận động nhân dân phòng, chống bệnh Dịch tả lợn châu Phi và hỗ trợ người chăn nuôi bị thiệt hại.
Theo báo cáo do bà Đào Thị Huệ, Tỉnh ủy viên, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh trình bày, từ ngày 22/2/2019 đến nay, bệnh đã xuất hiện ở 10/10 huyện, thị xã, thành phố với 148 xã, phường có dịch; toàn tỉnh đã tiêu hủy 132.480 con lợn, tổng trọng lượng hơn 7.900 tấn. Ngân sách tỉnh và huyện đã chi hỗ trợ người chăn nuôi 54,6 tỷ đồng, theo Quyết định số 1214/QĐ-TTg của Thủ tướng Chính phủ và Quyết định số 12/2019/QĐ-UBND của UBND tỉnh với mức 25.000 đồng/kg lợn hơi.
Mặt trận các cấp đã tổ chức 1.350 buổi tuyên truyền ở khu dân cư, vận động 8.420 hộ chăn nuôi ký cam kết không giấu dịch, không vứt xác lợn chết ra môi trường. Từ Quỹ "Vì người nghèo", Mặt trận tỉnh trích 320 triệu đồng hỗ trợ 160 hộ nghèo, hộ cận nghèo bị thiệt hại nặng, mỗi hộ 2 triệu đồng. Tại các điểm chôn lấp, đoàn viên thanh niên, cựu chiến binh đã tham gia hơn 4.600 ngày công.
Tại hội nghị, ông Nguyễn Văn Chiến, Chủ tịch Ủy ban MTTQ xã Tân Dân, nêu cách làm "mỗi tổ tự quản một tổ giám sát dịch" giúp phát hiện sớm lợn ốm. Bà Lê Thị Thoa, chủ trang trại ở xã Dị Sử, cho biết trang trại mất trắng 1.200 con lợn thịt và 80 con lợn nái, thiệt hại khoảng 3 tỷ đồng, đề nghị ngân hàng giãn nợ cho các hộ. Ông Trần Đức Mạnh, Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn, thông tin đến nay 6 huyện đã qua 30 ngày không phát sinh ổ dịch mới.
Ông Đỗ Tiến Hào (phải), Chủ tịch Ủy ban MTTQ tỉnh phát biểu kết luận.
Phát biểu kết luận, ông Đỗ Tiến Hào, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, đề nghị 6 tháng cuối năm Mặt trận các cấp tiếp tục thực hiện Kế hoạch 45, 46/KH-MTTQ-BTT của Ban Thường trực về giám sát việc chi trả hỗ trợ và vận động tái đàn an toàn sinh học; bảo đảm công khai danh sách hộ được hỗ trợ tại nhà văn hóa thôn, không để xảy ra tiêu cực, khiếu kiện.
Cũng tại hội nghị, Ban Thường trực Ủy ban MTTQ tỉnh tặng giấy khen cho 15 tập thể và 22 cá nhân có thành tích trong công tác vận động nhân dân phòng, chống dịch.
Hà Linh
Lượt đọc: 1.024
Tin liên quan
- Văn Lâm: phát động ủng hộ người chăn nuôi bị thiệt hại do dịch (25/06/2019)
- Khoái Châu giám sát chi trả tiền hỗ trợ tiêu hủy lợn (14/06/2019)
- Hội nghị Ủy ban MTTQ tỉnh lần thứ 12 (30/05/2019)
""", "2019-07-12", "Mặt trận các cấp chung tay cùng người chăn nuôi vượt qua dịch",
E("so_ket", "2019-H1", "2019-07-10"),
[P("Đào Thị Huệ", "Tỉnh ủy viên", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Chiến", "Chủ tịch Ủy ban MTTQ xã Tân Dân"),
 P("Lê Thị Thoa", "chủ trang trại"),
 P("Trần Đức Mạnh", "Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn"),
 P("Đỗ Tiến Hào", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Ủy ban MTTQ tỉnh")],
[Q("10/10 huyện, thị xã, thành phố", 10, "huyện, thị xã, thành phố"), Q("148 xã, phường", 148, "xã, phường"),
 Q("132.480 con lợn", 132480, "con lợn"), Q("hơn 7.900 tấn", 7900, "tấn", "over"),
 Q("54,6 tỷ đồng", 54600000000, "đồng"), Q("25.000 đồng", 25000, "đồng"),
 Q("1.350 buổi tuyên truyền", 1350, "buổi tuyên truyền"), Q("8.420 hộ chăn nuôi", 8420, "hộ chăn nuôi"),
 Q("320 triệu đồng", 320000000, "đồng"), Q("160 hộ nghèo, hộ cận nghèo", 160, "hộ nghèo, hộ cận nghèo"),
 Q("2 triệu đồng", 2000000, "đồng"), Q("hơn 4.600 ngày công", 4600, "ngày công", "over"),
 Q("1.200 con lợn thịt", 1200, "con lợn thịt"), Q("80 con lợn nái", 80, "con lợn nái"),
 Q("khoảng 3 tỷ đồng", 3000000000, "đồng", "approx"), Q("6 huyện", 6, "huyện"), Q("15 tập thể", 15, "tập thể"), Q("22 cá nhân", 22, "cá nhân")],
[D("Quyết định", "1214", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1214/QĐ-TTg"),
 D("Quyết định", "12", "2019/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 12/2019/QĐ-UBND"),
 D("Kế hoạch", "45", "KH-MTTQ-BTT", None, "Ban Thường trực", "Kế hoạch 45, 46/KH-MTTQ-BTT"),
 D("Kế hoạch", "46", "KH-MTTQ-BTT", None, "Ban Thường trực", "Kế hoạch 45, 46/KH-MTTQ-BTT")],
[prov("Hưng Yên"), com("Tân Dân"), com("Dị Sử")],
["ỦY BAN MTTQ VIỆT NAM TỈNH HƯNG YÊN", "Trang chủ / Hoạt động Mặt trận / Tin tức", "Ảnh: Toàn cảnh hội nghị.",
 "Ông Đỗ Tiến Hào (phải), Chủ tịch Ủy ban MTTQ tỉnh phát biểu kết luận.", "Vì người nghèo",
 "mỗi tổ tự quản một tổ giám sát dịch", "Lượt đọc: 1.024"],
["Cập nhật lúc 10:12 ngày 12/07/2019", "6 tháng đầu năm 2019", "6 tháng cuối năm", "30 ngày", "Lượt đọc: 1.024"]))

PAGES.append(page("b7718-thaibinh-snn-tongket-asf-2019", """
BÁO THÁI BÌNH ĐIỆN TỬ
Kinh tế > Nông nghiệp
10-01-2020 08:30
Thái Bình: Khôi phục đàn lợn sau dịch, không để tái phát
Sáng 9/1, Ban Chỉ đạo phòng, chống bệnh Dịch tả lợn châu Phi tỉnh tổ chức hội nghị tổng kết công tác phòng, chống dịch năm 2019, triển khai nhiệm vụ tái đàn năm 2020. Đồng chí Nguyễn Hữu Lập, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo chủ trì hội nghị.
Đồng chí Nguyễn Hữu Lập trao bằng khen cho các tập thể.
Năm 2019, bệnh Dịch tả lợn châu Phi xuất hiện tại 8/8 huyện, thành phố, ở 258 xã, phường, thị trấn; số lợn tiêu hủy là 493.600 con, trọng lượng trên 27.500 tấn, chiếm khoảng 45% tổng đàn. Kinh phí hỗ trợ người chăn nuôi là 842 tỷ đồng, trong đó ngân sách Trung ương hỗ trợ 300 tỷ đồng theo Quyết định số 2036/QĐ-TTg ngày 30/12/2019 của Thủ tướng Chính phủ. Đến ngày 31/12/2019, toàn tỉnh đã có 241 xã qua 30 ngày không phát sinh lợn ốm, chết.
TS. Bùi Văn Khanh, Giám đốc Sở Nông nghiệp và Phát triển nông thôn, đánh giá công tác phòng, chống dịch đã huy động cả hệ thống chính trị vào cuộc; tỉnh đã thành lập 286 tổ kiểm tra, phản ứng nhanh cấp xã, huy động trên 21.000 lượt người tham gia chôn lấp, tiêu độc. Tỉnh ban hành Nghị quyết số 32/2019/NQ-HĐND của HĐND tỉnh và Chỉ thị số 04, 05/CT-UBND của UBND tỉnh để chỉ đạo phòng, chống dịch và khuyến khích tái đàn.
Sau dịch, tổng đàn lợn của tỉnh hiện còn khoảng 610.000 con; giá lợn hơi tăng lên 80.000 - 85.000 đồng/kg, mức cao nhất từ trước đến nay, nhiều hộ nóng vội muốn tái đàn ồ ạt.
Tại hội nghị, ông Phạm Văn Cừ, Chủ tịch UBND xã Quỳnh Hoa, chia sẻ kinh nghiệm xã áp dụng chăn nuôi an toàn sinh học; hiện đã có 37 hộ tái đàn với gần 2.100 con lợn, chưa phát hiện dịch tái phát. Bà Vũ Thị Nguyệt, Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh, đề nghị tiếp tục cho hội viên vay vốn ưu đãi tối đa 50 triệu đồng/hộ để tái đàn; ông Đoàn Văn Tuyến, chủ trang trại lợn ở xã Thụy Hải, kiến nghị hỗ trợ kinh phí xét nghiệm con giống.
Kết luận hội nghị, đồng chí Nguyễn Hữu Lập yêu cầu năm 2020 các địa phương tái đàn thận trọng, chỉ tái đàn ở những nơi đủ điều kiện, phấn đấu đàn lợn phục hồi đạt 70% so với trước dịch; kiên quyết không để dịch tái phát, xử lý nghiêm việc vứt xác lợn chết ra môi trường. Dịp này, UBND tỉnh tặng bằng khen cho 26 tập thể, 42 cá nhân có thành tích xuất sắc trong công tác phòng, chống dịch năm 2019.
Ngọc Thủy
Tin liên quan
- Hưng Hà hỗ trợ người chăn nuôi tái đàn (05/01/2020)
- Vũ Thư: gần 100 trang trại đủ điều kiện tái đàn lợn (28/12/2019)
- Tiền Hải chi trả hỗ trợ thiệt hại do dịch tả lợn châu Phi (20/12/2019)
- Hội Nông dân tỉnh tập huấn chăn nuôi an toàn sinh học (12/12/2019)
""", "2020-01-10", "Thái Bình: Khôi phục đàn lợn sau dịch, không để tái phát",
E("tong_ket", "2019", "2020-01-09"),
[P("Nguyễn Hữu Lập", "Phó Chủ tịch UBND tỉnh", "Trưởng Ban Chỉ đạo"),
 P("Bùi Văn Khanh", "TS.", "Giám đốc Sở Nông nghiệp và Phát triển nông thôn"),
 P("Phạm Văn Cừ", "Chủ tịch UBND xã Quỳnh Hoa"),
 P("Vũ Thị Nguyệt", "Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
 P("Đoàn Văn Tuyến", "chủ trang trại lợn")],
[Q("8/8 huyện, thành phố", 8, "huyện, thành phố"), Q("258 xã, phường, thị trấn", 258, "xã, phường, thị trấn"),
 Q("493.600 con", 493600, "con"), Q("trên 27.500 tấn", 27500, "tấn", "over"), Q("khoảng 45%", 45, "%", "approx"),
 Q("842 tỷ đồng", 842000000000, "đồng"), Q("300 tỷ đồng", 300000000000, "đồng"), Q("241 xã", 241, "xã"),
 Q("286 tổ kiểm tra, phản ứng nhanh cấp xã", 286, "tổ kiểm tra, phản ứng nhanh cấp xã"),
 Q("trên 21.000 lượt người", 21000, "lượt người", "over"),
 Q("khoảng 610.000 con", 610000, "con", "approx"), Q("80.000", 80000, "đồng"), Q("85.000 đồng", 85000, "đồng"), Q("37 hộ", 37, "hộ"), Q("gần 2.100 con lợn", 2100, "con lợn", "approx"),
 Q("tối đa 50 triệu đồng", 50000000, "đồng"), Q("70%", 70, "%"),
 Q("26 tập thể", 26, "tập thể"), Q("42 cá nhân", 42, "cá nhân")],
[D("Quyết định", "2036", "QĐ-TTg", "2019-12-30", "Thủ tướng Chính phủ", "Quyết định số 2036/QĐ-TTg ngày 30/12/2019"),
 D("Nghị quyết", "32", "2019/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 32/2019/NQ-HĐND"),
 D("Chỉ thị", "04", "CT-UBND", None, "UBND tỉnh", "Chỉ thị số 04, 05/CT-UBND"),
 D("Chỉ thị", "05", "CT-UBND", None, "UBND tỉnh", "Chỉ thị số 04, 05/CT-UBND")],
[prov("Thái Bình"), com("Quỳnh Hoa"), com("Thụy Hải")],
["BÁO THÁI BÌNH ĐIỆN TỬ", "Kinh tế > Nông nghiệp", "Đồng chí Nguyễn Hữu Lập trao bằng khen cho các tập thể."],
["10-01-2020 08:30", "năm 2019", "năm 2020", "30 ngày"]))

PAGES.append(page("b7719-gialai-snn-giaoban-thang9-2020", """
BÁO GIA LAI ĐIỆN TỬ
Trang chủ › Kinh tế › Nông nghiệp
Thứ Tư, 30/09/2020 - 16:20
Gia Lai: Khống chế bệnh viêm da nổi cục, tiêm phòng dịch tả lợn châu Phi không lơi lỏng
(GLO)- Chiều 29/9, Sở Nông nghiệp và Phát triển nông thôn tỉnh tổ chức cuộc họp giao ban tháng 9/2020 về công tác phòng, chống dịch bệnh trên đàn vật nuôi với các địa phương. Ông Nguyễn Hữu Phong, Phó Giám đốc Sở chủ trì.
Cán bộ thú y tiêm vắc xin viêm da nổi cục cho bò tại huyện Ia Pa. Ảnh: Hồng Thi
Theo Chi cục Chăn nuôi và Thú y, trong tháng 9, bệnh viêm da nổi cục trên trâu, bò xuất hiện mới tại 11 xã của 4 huyện Ia Pa, Phú Thiện, Krông Pa, Chư Sê với 1.347 con mắc bệnh, 96 con chết. Lũy kế từ khi phát sinh đến nay, toàn tỉnh có 6.210 con trâu, bò mắc bệnh. Dịch tả lợn châu Phi đã được khống chế, 17/17 huyện, thị xã, thành phố đã qua 21 ngày không có ổ dịch mới; tuy nhiên giá lợn giống cao, từ 2,5 đến 3 triệu đồng/con, nên việc tái đàn còn chậm.
Tỉnh đã cấp phát 45.000 liều vắc xin viêm da nổi cục cho các huyện có nguy cơ, tỷ lệ tiêm đạt gần 62% tổng đàn bò ở vùng dịch. Kinh phí mua vắc xin và hóa chất từ nguồn dự phòng ngân sách tỉnh là 6,3 tỷ đồng theo Quyết định số 514/QĐ-UBND ngày 04/9/2020 của UBND tỉnh.
Tại buổi giao ban, ông Rơ Châm Hyưn, Phó Chủ tịch UBND huyện Ia Pa, cho biết đồng bào Jrai nhiều nơi chưa hiểu bệnh lây qua muỗi, ruồi nên chưa phun thuốc diệt côn trùng; huyện đã huy động người có uy tín các làng đi vận động. Bà Ksor H'Nhí, Chủ tịch UBND xã Ia Trok, thông tin xã có 2.800 con bò, đã tiêm được hơn 1.900 con. Ông Siu Blưm, người có uy tín làng Bi Giông, xã Chư Răng, đề nghị hướng dẫn bằng tiếng Jrai trên loa phát thanh.
Riêng huyện Chư Sê, hơn 300 hộ chăn nuôi đã được hỗ trợ vắc xin và thuốc sát trùng với tổng trị giá 1,15 tỷ đồng; huyện cũng lập 6 chốt kiểm soát vận chuyển trâu, bò trên Quốc lộ 14 và Quốc lộ 25.
Đại diện các phòng, ban cũng nêu khó khăn: thú y viên cơ sở mỏng, mỗi người phải đi tiêm cho 4 - 5 làng; nhiều hộ nuôi nhỏ lẻ, không có chuồng trại.
Ông Nguyễn Hữu Phong yêu cầu tháng 10/2020 các huyện hoàn thành tiêm phòng bổ sung, đạt không dưới 80% tổng đàn trâu, bò trong vùng dịch; thực hiện Kế hoạch số 2150/KH-UBND của UBND tỉnh về phòng, chống dịch bệnh gia súc, gia cầm giai đoạn 2020 - 2025 và Công văn 1988, 1989/SNNPTNT của Sở về kiểm soát vận chuyển động vật. Ông Rah Lan Chung, Trưởng phòng Dịch tễ Chi cục, được giao tổng hợp báo cáo hằng tuần.
Hồng Thi
Tin liên quan
- Chư Sê khoanh vùng dịch viêm da nổi cục (22/09/2020)
- Phú Thiện tiêm vắc xin miễn phí cho bò của hộ nghèo (15/09/2020)
- Kbang: chăn nuôi bò lai hiệu quả (08/09/2020)
""", "2020-09-30", "Gia Lai: Khống chế bệnh viêm da nổi cục, tiêm phòng dịch tả lợn châu Phi không lơi lỏng",
E("giao_ban", "2020-09", "2020-09-29"),
[P("Nguyễn Hữu Phong", "Phó Giám đốc Sở"),
 P("Rơ Châm Hyưn", "Phó Chủ tịch UBND huyện Ia Pa"),
 P("Ksor H'Nhí", "Chủ tịch UBND xã Ia Trok"),
 P("Siu Blưm", "người có uy tín làng Bi Giông"),
 P("Rah Lan Chung", "Trưởng phòng Dịch tễ Chi cục")],
[Q("11 xã", 11, "xã"), Q("4 huyện", 4, "huyện"), Q("1.347 con", 1347, "con"), Q("96 con", 96, "con"),
 Q("6.210 con trâu, bò", 6210, "con trâu, bò"), Q("17/17 huyện, thị xã, thành phố", 17, "huyện, thị xã, thành phố"),
 Q("2,5", 2500000, "đồng"), Q("3 triệu đồng", 3000000, "đồng"),
 Q("45.000 liều vắc xin viêm da nổi cục", 45000, "liều vắc xin viêm da nổi cục"), Q("gần 62%", 62, "%", "approx"),
 Q("6,3 tỷ đồng", 6300000000, "đồng"), Q("2.800 con bò", 2800, "con bò"), Q("hơn 1.900 con", 1900, "con", "over"),
 Q("hơn 300 hộ chăn nuôi", 300, "hộ chăn nuôi", "over"), Q("1,15 tỷ đồng", 1150000000, "đồng"), Q("6 chốt kiểm soát", 6, "chốt kiểm soát"), Q("4 - 5 làng", 4, "làng"), Q("5 làng", 5, "làng"), Q("không dưới 80%", 80, "%", "over")],
[D("Quyết định", "514", "QĐ-UBND", "2020-09-04", "UBND tỉnh", "Quyết định số 514/QĐ-UBND ngày 04/9/2020"),
 D("Kế hoạch", "2150", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 2150/KH-UBND"),
 D("Công văn", "1988", "SNNPTNT", None, "Sở", "Công văn 1988, 1989/SNNPTNT"),
 D("Công văn", "1989", "SNNPTNT", None, "Sở", "Công văn 1988, 1989/SNNPTNT")],
[prov("Gia Lai"), com("Ia Trok"), com("Chư Răng")],
["BÁO GIA LAI ĐIỆN TỬ", "Trang chủ › Kinh tế › Nông nghiệp", "(GLO)",
 "Cán bộ thú y tiêm vắc xin viêm da nổi cục cho bò tại huyện Ia Pa. Ảnh: Hồng Thi", "làng Bi Giông"],
["Thứ Tư, 30/09/2020 - 16:20", "tháng 9/2020", "tháng 10/2020", "21 ngày", "giai đoạn 2020 - 2025", "Quốc lộ 14", "Quốc lộ 25"]))

PAGES.append(page("b7720-camau-ubnd-doithoai-cumgiacam-2021", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THỚI BÌNH
Trang chủ - Tin tức - Sự kiện - Tin địa phương
19/03/2021 - 10:05
Thới Bình: Đối thoại với người nuôi vịt về phòng, chống cúm gia cầm
Ngày 17/3/2021, tại Hội trường UBND xã Biển Bạch, ông Lê Minh Tâm, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Thới Bình, đã chủ trì buổi đối thoại với người chăn nuôi gia cầm năm 2021, tập trung vào công tác phòng, chống dịch cúm gia cầm A/H5N6 và chính sách hỗ trợ khi có dịch.
Quang cảnh buổi đối thoại.
Dự buổi đối thoại có ông Danh Út, Trưởng Ban Dân vận Huyện ủy; bà Huỳnh Thị Yến, Phó Chi cục trưởng Chi cục Chăn nuôi và Thú y tỉnh Cà Mau cùng 135 hộ nuôi vịt, gà đến từ 4 xã Biển Bạch, Biển Bạch Đông, Tân Bằng, Trí Phải. Trong tháng 2/2021, dịch cúm gia cầm A/H5N6 đã xảy ra tại 5 hộ ở ấp 10, xã Biển Bạch, phải tiêu hủy 6.430 con vịt.
Theo ông Lê Minh Tâm, toàn huyện hiện có hơn 420.000 con gia cầm, trong đó đàn vịt chạy đồng khoảng 95.000 con; năm 2020 tỷ lệ tiêm phòng cúm gia cầm chỉ đạt 68%. Huyện đã lập 12 chốt kiểm soát tạm thời trên các tuyến kênh, lộ giáp huyện U Minh, Trần Văn Thời để ngăn gia cầm bệnh từ nơi khác vào.
Tại buổi đối thoại, nhiều hộ nêu thắc mắc về mức hỗ trợ, thủ tục nhận tiền hỗ trợ. Ông Thạch Sol, hộ nuôi vịt ấp 10, phản ánh gia đình mất hơn 1.800 con vịt đẻ nhưng đến nay vẫn chưa nhận được tiền hỗ trợ. Ông Lê Minh Tâm giải thích, theo Nghị định số 47/2019/NĐ-CP của Chính phủ và Quyết định số 26/2020/QĐ-UBND của UBND tỉnh, mức hỗ trợ là 35.000 đồng/con vịt đẻ, 25.000 đồng/con vịt thịt; hồ sơ đã được thẩm định, huyện sẽ chi trả trong tháng 3/2021, tổng kinh phí khoảng 172 triệu đồng.
Bà Danh Thị Sa Ri, ấp Tám Ngàn, xã Tân Bằng, hỏi vì sao vắc xin được cấp miễn phí nhưng cán bộ thú y không đến tiêm cho vịt chạy đồng. Bà Huỳnh Thị Yến cho biết năm 2021 tỉnh cấp 1,2 triệu liều vắc xin cúm gia cầm miễn phí cho các đàn dưới 3.000 con, các đàn lớn hơn người nuôi tự mua; đề nghị hộ nuôi vịt chạy đồng khai báo với UBND xã để được tiêm trước khi di chuyển.
Ông Danh Út đề nghị các chi hội đoàn thể ở ấp tuyên truyền người dân không mua bán gia cầm bệnh, thực hiện "3 sạch" trong chăn nuôi. Kết thúc buổi đối thoại, 21 ý kiến của người dân đã được giải đáp trực tiếp, 3 ý kiến được ghi nhận chuyển các ngành chuyên môn nghiên cứu trả lời bằng văn bản theo Kế hoạch số 39/KH-UBND ngày 02/3/2021 của UBND huyện.
Hữu Nghĩa
Tin liên quan
- Cà Mau: phát hiện ổ dịch cúm A/H5N6 trên đàn vịt (12/02/2021)
- Thới Bình tiêm phòng vắc xin cúm gia cầm đợt 1 năm 2021 (05/02/2021)
- Ra quân vệ sinh, tiêu độc khử trùng môi trường chăn nuôi (28/01/2021)
- Hỗ trợ người dân ổn định sản xuất sau Tết (20/01/2021)
""", "2021-03-19", "Thới Bình: Đối thoại với người nuôi vịt về phòng, chống cúm gia cầm",
E("doi_thoai", "2021", "2021-03-17"),
[P("Lê Minh Tâm", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện Thới Bình"),
 P("Danh Út", "Trưởng Ban Dân vận Huyện ủy"),
 P("Huỳnh Thị Yến", "Phó Chi cục trưởng Chi cục Chăn nuôi và Thú y tỉnh Cà Mau"),
 P("Thạch Sol"),
 P("Danh Thị Sa Ri")],
[Q("135 hộ", 135, "hộ"), Q("4 xã", 4, "xã"), Q("5 hộ", 5, "hộ"),
 Q("6.430 con vịt", 6430, "con vịt"), Q("hơn 420.000 con gia cầm", 420000, "con gia cầm", "over"), Q("khoảng 95.000 con", 95000, "con", "approx"), Q("68%", 68, "%"), Q("12 chốt kiểm soát tạm thời", 12, "chốt kiểm soát tạm thời"), Q("hơn 1.800 con vịt đẻ", 1800, "con vịt đẻ", "over"),
 Q("35.000 đồng", 35000, "đồng"), Q("25.000 đồng", 25000, "đồng"),
 Q("khoảng 172 triệu đồng", 172000000, "đồng", "approx"),
 Q("1,2 triệu liều vắc xin cúm gia cầm", 1200000, "liều vắc xin cúm gia cầm"),
 Q("3.000 con", 3000, "con"), Q("21 ý kiến", 21, "ý kiến"), Q("3 ý kiến", 3, "ý kiến")],
[D("Nghị định", "47", "2019/NĐ-CP", None, "Chính phủ", "Nghị định số 47/2019/NĐ-CP"),
 D("Quyết định", "26", "2020/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 26/2020/QĐ-UBND"),
 D("Kế hoạch", "39", "KH-UBND", "2021-03-02", "UBND huyện", "Kế hoạch số 39/KH-UBND ngày 02/3/2021")],
[prov("Cà Mau"), com("Biển Bạch"), com("Biển Bạch Đông"), com("Tân Bằng"), com("Trí Phải")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THỚI BÌNH", "Trang chủ - Tin tức - Sự kiện - Tin địa phương",
 "Quang cảnh buổi đối thoại.", "Hội trường UBND xã Biển Bạch"],
["19/03/2021 - 10:05", "3 sạch", "tháng 2/2021", "tháng 3/2021", "năm 2021", "ấp 10", "năm 2020"]))
