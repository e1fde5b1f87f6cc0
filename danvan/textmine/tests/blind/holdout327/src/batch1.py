from lib import *
PAGES = []

PAGES.append(page("b7805-hatinh-bdv-hoinghi-xuatcanh-2011", """
BAN DÂN VẬN TỈNH ỦY HÀ TĨNH - TRANG THÔNG TIN ĐIỆN TỬ
Trang chủ » Hoạt động » Dân vận các cấp
Thứ Sáu, 15/04/2011 - 16:20
Ảnh: Quang cảnh hội nghị.
Tăng cường vận động nhân dân không xuất cảnh trái phép đi lao động
Ngày 14/4, Ban Dân vận Tỉnh ủy phối hợp với Bộ Chỉ huy Bộ đội Biên phòng tỉnh tổ chức hội nghị triển khai công tác tuyên truyền, vận động nhân dân phòng, chống xuất cảnh trái phép năm 2011. Đồng chí Trần Thị Lệ Hằng, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy và Đại tá Phan Văn Lực, Phó Chỉ huy trưởng Bộ đội Biên phòng tỉnh đồng chủ trì.
Theo báo cáo, từ năm 2009 đến nay toàn tỉnh có 1.127 công dân xuất cảnh sang Lào, Thái Lan làm ăn, trong đó nhiều người đi theo đường tiểu ngạch, không có giấy tờ hợp pháp. Riêng quý I/2011 đã có 86 trường hợp bị phía bạn bắt giữ, trao trả qua Cửa khẩu quốc tế Cầu Treo. Các huyện Hương Sơn, Hương Khê, Vũ Quang có số người đi lao động chui cao nhất; xã Sơn Kim 1 có gần 200 lao động đang làm thuê tại các tỉnh của Lào.
Thực hiện Chỉ thị số 07-CT/TU ngày 10/01/2011 của Ban Thường vụ Tỉnh ủy về tăng cường lãnh đạo công tác quản lý xuất nhập cảnh, Ban Dân vận Tỉnh ủy đã ban hành Hướng dẫn số 12-HD/BDV hướng dẫn khối dân vận các cấp đưa nội dung này vào sinh hoạt chi bộ, sinh hoạt đoàn thể. Các cơ quan chức năng đã tổ chức 142 buổi tuyên truyền với trên 9.600 lượt người nghe, phát 4.500 tờ rơi.
Tại hội nghị, đồng chí Nguyễn Văn Kiên, HUV, Trưởng Ban Dân vận Huyện ủy Hương Sơn, cho biết nhiều gia đình vay mượn từ 30 đến 50 triệu đồng để trả cho "cò" đưa người đi, khi bị trục xuất về thì nợ nần chồng chất. Ông Hồ Văn Thanh, Chủ tịch UBND xã Sơn Kim 1, đề nghị các ngân hàng mở rộng cho vay vốn tạo việc làm tại chỗ.
Đồng chí Trần Thị Lệ Hằng đề nghị các cấp ủy quán triệt Quyết định số 61/2011/QĐ-UBND ngày 28/02/2011 của UBND tỉnh về quy chế phối hợp quản lý người lao động đi làm việc ở nước ngoài; mỗi đoàn thể phân công cán bộ bám nắm từng hộ có người đi làm ăn xa; tuyên truyền để người dân lựa chọn đi xuất khẩu lao động theo hợp đồng qua các doanh nghiệp được cấp phép.
Dịp này, hội nghị đã phát động đợt cao điểm tuyên truyền "Mỗi gia đình nói không với xuất cảnh trái phép" từ tháng 4 đến hết tháng 6/2011.
Theo đánh giá của Ban Dân vận Tỉnh ủy Hà Tĩnh, nguyên nhân chủ yếu là thu nhập ở quê thấp, người dân thiếu thông tin, tin lời kẻ xấu hứa hẹn việc làm dễ, lương cao.
Lê Minh Thu
Lượt xem: 1.204
Tin liên quan
- Hương Khê: Gặp mặt người lao động trở về từ Lào (08/04/2011)
- Vũ Quang tuyên truyền Luật Cư trú tại các xã biên giới (30/03/2011)
- Hội LHPN tỉnh ký kết chương trình phối hợp với Bộ đội Biên phòng (21/03/2011)
- Giao ban công tác dân vận quý I năm 2011 (11/03/2011)
""", "2011-04-15", "Tăng cường vận động nhân dân không xuất cảnh trái phép đi lao động",
E("hoi_nghi", "2011", "2011-04-14"),
[P("Trần Thị Lệ Hằng", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phan Văn Lực", "Đại tá", "Phó Chỉ huy trưởng Bộ đội Biên phòng tỉnh"),
 P("Nguyễn Văn Kiên", "HUV", "Trưởng Ban Dân vận Huyện ủy Hương Sơn"),
 P("Hồ Văn Thanh", "Chủ tịch UBND xã Sơn Kim 1")],
[Q("1.127 công dân", 1127, "công dân"), Q("86 trường hợp", 86, "trường hợp"),
 Q("gần 200 lao động", 200, "lao động", "approx"), Q("142 buổi tuyên truyền", 142, "buổi tuyên truyền"),
 Q("trên 9.600 lượt người", 9600, "lượt người", "over"), Q("4.500 tờ rơi", 4500, "tờ rơi"),
 Q("từ 30 đến 50 triệu đồng", 30000000, "đồng"), Q("từ 30 đến 50 triệu đồng", 50000000, "đồng")],
[D("Chỉ thị", "07", "CT/TU", "2011-01-10", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 07-CT/TU ngày 10/01/2011"),
 D("Hướng dẫn", "12", "HD/BDV", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 12-HD/BDV"),
 D("Quyết định", "61", "2011/QĐ-UBND", "2011-02-28", "UBND tỉnh", "Quyết định số 61/2011/QĐ-UBND ngày 28/02/2011")],
[prov("Hà Tĩnh"), com("Sơn Kim 1")],
["BAN DÂN VẬN TỈNH ỦY HÀ TĨNH - TRANG THÔNG TIN ĐIỆN TỬ", "Trang chủ » Hoạt động » Dân vận các cấp", "Ảnh: Quang cảnh hội nghị.",
 "Mỗi gia đình nói không với xuất cảnh trái phép", "Cửa khẩu quốc tế Cầu Treo", "Lượt xem: 1.204"],
["Thứ Sáu, 15/04/2011 - 16:20", "năm 2011", "từ năm 2009", "quý I/2011", "tháng 6/2011", "Lượt xem: 1.204"]))

PAGES.append(page("b7806-nghean-bcd-tongket-2012", """
Báo Nghệ An điện tử
Thời sự > Chính trị > Dân vận
Cập nhật: 14:05, 28/12/2012 (GMT+7)
Kỳ Sơn: Giảm mạnh số người xuất cảnh trái phép sang Trung Quốc
(Baonghean) - Chiều 27/12, Ban Chỉ đạo phòng, chống xuất cảnh trái phép huyện Kỳ Sơn tổ chức hội nghị tổng kết công tác năm 2012, triển khai nhiệm vụ năm 2013. Dự có đồng chí Lô Thanh Tùng, TUV, Bí thư Huyện ủy, Trưởng Ban Chỉ đạo.
Đồng chí Lô Thanh Tùng phát biểu tại hội nghị. Ảnh: Hồ Phương
Năm 2012, toàn huyện có 58 trường hợp xuất cảnh trái phép sang Trung Quốc và Lào để lao động, giảm 71 trường hợp so với năm 2011; 34 người đã tự nguyện trở về. Đáng chú ý, đã phát hiện 2 đường dây môi giới đưa phụ nữ Mông sang biên giới, giải cứu 5 phụ nữ bị lừa bán.
Ban Chỉ đạo đã tham mưu Huyện ủy ban hành Nghị quyết 05, 06-NQ/HU về phát triển kinh tế - xã hội vùng biên giới gắn với ổn định dân cư và về tăng cường quản lý nhân khẩu; UBND huyện triển khai Kế hoạch số 118/KH-UBND về cao điểm tuyên truyền tại 11 xã biên giới. Mặt trận và các đoàn thể tổ chức 236 cuộc họp thôn, bản, có 14.300 lượt người tham gia; 1.860 hộ ký cam kết không để người thân xuất cảnh trái phép.
Đồng chí Vừ Bá Dếnh, Chủ tịch UBND xã Mường Lống, cho biết xã phân công 42 đảng viên theo dõi 320 hộ có người đi làm ăn xa. Già làng Lầu Chồng Pó, bản Huồi Giảng 1, chia sẻ: "Mình nói với con cháu, đi chui sang bên kia thì không có ai bảo vệ, ốm đau, bị đánh cũng không dám kêu".
Đồng chí Lương Thị Oanh, Trưởng Ban Dân vận Huyện ủy, Phó Trưởng Ban Chỉ đạo, đánh giá ở một số xã như Mỹ Lý, Nậm Cắn việc nắm tình hình còn chậm; có trường hợp đi cả gia đình, bỏ nhà cửa, đất sản xuất. Hội nghị đề ra chỉ tiêu năm 2013 giảm ít nhất 50% số người xuất cảnh trái phép, 100% thôn, bản có tổ tự quản.
Kết luận hội nghị, đồng chí Lô Thanh Tùng yêu cầu lồng ghép nguồn vốn Chương trình 135, Nghị quyết 30a để tạo việc làm tại chỗ, hỗ trợ 2 triệu đồng/hộ cho các hộ có người tự nguyện trở về ổn định cuộc sống. Dịp này, UBND huyện tặng giấy khen cho 9 tập thể, 15 cá nhân.
Theo Ban Chỉ đạo, Kỳ Sơn là huyện biên giới có đông đồng bào Mông, Khơ Mú, Thái sinh sống; đời sống còn nhiều khó khăn nên tình trạng rủ nhau đi làm thuê bên kia biên giới vẫn tiềm ẩn phức tạp. Các xã vùng cao được yêu cầu tăng cường nắm tình hình, kịp thời báo cáo khi có người rời khỏi địa phương mà không khai báo tạm vắng với chính quyền cơ sở.
Hồ Phương
Các tin khác
- Tương Dương: Tuyên truyền phòng chống mua bán người ở bản vùng cao (20/12/2012)
- Quế Phong nâng cao chất lượng hoạt động tổ tự quản (13/12/2012)
- Bộ đội Biên phòng Nghệ An trao trả 17 công dân (06/12/2012)
- Con Cuông: Người có uy tín vận động bà con định canh (29/11/2012)
""", "2012-12-28", "Kỳ Sơn: Giảm mạnh số người xuất cảnh trái phép sang Trung Quốc",
E("tong_ket", "2012", "2012-12-27"),
[P("Lô Thanh Tùng", "TUV", "Bí thư Huyện ủy", "Trưởng Ban Chỉ đạo"),
 P("Vừ Bá Dếnh", "Chủ tịch UBND xã Mường Lống"),
 P("Lầu Chồng Pó", "Già làng"),
 P("Lương Thị Oanh", "Trưởng Ban Dân vận Huyện ủy", "Phó Trưởng Ban Chỉ đạo")],
[Q("58 trường hợp", 58, "trường hợp"), Q("71 trường hợp", 71, "trường hợp"), Q("34 người", 34, "người"),
 Q("2 đường dây", 2, "đường dây"), Q("5 phụ nữ", 5, "phụ nữ"), Q("11 xã biên giới", 11, "xã biên giới"),
 Q("236 cuộc họp thôn, bản", 236, "cuộc họp thôn, bản"), Q("14.300 lượt người", 14300, "lượt người"),
 Q("1.860 hộ", 1860, "hộ"), Q("42 đảng viên", 42, "đảng viên"), Q("320 hộ", 320, "hộ"),
 Q("ít nhất 50%", 50, "%", "over"), Q("100% thôn", 100, "%"), Q("2 triệu đồng/hộ", 2000000, "đồng"),
 Q("9 tập thể", 9, "tập thể"), Q("15 cá nhân", 15, "cá nhân")],
[D("Nghị quyết", "05", "NQ/HU", None, "Huyện ủy", "Nghị quyết 05, 06-NQ/HU"),
 D("Nghị quyết", "06", "NQ/HU", None, "Huyện ủy", "Nghị quyết 05, 06-NQ/HU"),
 D("Kế hoạch", "118", "KH-UBND", None, "UBND huyện", "Kế hoạch số 118/KH-UBND"),
 D("Nghị quyết", "30a", None, None, None, "Nghị quyết 30a")],
[prov("Nghệ An"), com("Mường Lống"), com("Mỹ Lý"), com("Nậm Cắn")],
["Báo Nghệ An điện tử", "Thời sự > Chính trị > Dân vận", "(Baonghean)", "Đồng chí Lô Thanh Tùng phát biểu tại hội nghị. Ảnh: Hồ Phương",
 "Chương trình 135"],
["Cập nhật: 14:05, 28/12/2012 (GMT+7)", "năm 2012", "năm 2013", "năm 2011", "Chương trình 135", "Huồi Giảng 1"]))

PAGES.append(page("b7807-langson-bdbp-doithoai-2013", """
BIÊN PHÒNG LẠNG SƠN - Cổng thông tin Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lạng Sơn
Bạn đang ở: Trang chủ / Tin tức / Biên phòng với nhân dân
08:15 | 22/08/2013
Toàn cảnh buổi đối thoại tại nhà văn hóa thôn Bản Vược.
Đối thoại với người dân xã biên giới về việc đi làm thuê bên kia biên giới
Ngày 20/8/2013, Đồn Biên phòng Bảo Lâm phối hợp với Đảng ủy, UBND xã Bảo Lâm (huyện Cao Lộc) tổ chức buổi đối thoại với nhân dân năm 2013 về phòng, chống xuất nhập cảnh trái phép và lao động chui sang Trung Quốc. Tham dự có 127 hộ gia đình của 6 thôn giáp biên.
Chủ trì đối thoại có các đồng chí: Thiếu tá Hoàng Văn Pắn, Đồn trưởng Đồn Biên phòng Bảo Lâm; Nông Thị Sen, ĐUV, Phó Chủ tịch UBND xã Bảo Lâm. Cùng dự có ông Lương Văn Chài, Bí thư Chi bộ kiêm Trưởng thôn Bản Vược.
Theo số liệu của Đồn, 7 tháng đầu năm có 312 lượt công dân trong xã qua lại biên giới bằng đường mòn, lối mở để làm thuê thời vụ như bóc vỏ quế, thu hoạch mía, tiền công khoảng 150.000 đồng/ngày. Đồn đã phát hiện, xử lý 19 vụ xuất nhập cảnh trái phép với 44 người, phạt hành chính tổng cộng 28,5 triệu đồng.
Tại buổi đối thoại, người dân nêu 16 ý kiến, kiến nghị. Chị Hà Thị Vằn, thôn Nà Sla, hỏi tại sao đi làm cách nhà có mấy cây số mà bị phạt. Ông Vi Văn Mìn đề nghị được hướng dẫn làm giấy thông hành biên giới để đi cho hợp pháp. Một số hộ phản ánh bị chủ bên kia quỵt tiền công mà không biết kêu ai.
Thiếu tá Hoàng Văn Pắn giải thích các quy định của Nghị định số 34/2000/NĐ-CP của Chính phủ về Quy chế khu vực biên giới đất liền và hướng dẫn thủ tục cấp giấy thông hành theo Hiệp định giữa hai nước; cho biết từ tháng 9 Đồn sẽ cử cán bộ trực tại UBND xã mỗi thứ Năm để hỗ trợ người dân. Phó Chủ tịch UBND xã Nông Thị Sen cho biết xã đang đề nghị huyện hỗ trợ 120 suất học nghề cho thanh niên, phấn đấu giảm trên 60% số lượt người đi làm chui.
Kết thúc đối thoại, 127 hộ đã ký cam kết thực hiện đúng quy chế biên giới, không tiếp tay cho đối tượng môi giới đưa người trái phép.
Theo Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lạng Sơn, việc tổ chức đối thoại trực tiếp giúp cán bộ nắm rõ tâm tư của người dân khu vực biên giới, từ đó có cách tuyên truyền phù hợp. Thời gian tới, mô hình này sẽ được nhân rộng ra các xã giáp biên khác, gắn với phong trào Toàn dân tham gia bảo vệ chủ quyền lãnh thổ, an ninh biên giới quốc gia. Người dân cũng được phát sổ tay hỏi - đáp về quy chế biên giới bằng tiếng Tày, Nùng.
Lăng Hùng
Tin khác
- Đồn Biên phòng Chi Ma tặng 50 suất quà cho học sinh nghèo (15/08/2013)
- Xây dựng "Cụm dân cư an toàn" ở khu vực biên giới (06/08/2013)
- Đồn Biên phòng Tân Thanh phát hiện 2 vụ vận chuyển hàng lậu (30/07/2013)
- Tuyên truyền pháp luật cho đồng bào dân tộc xã Thụy Hùng (19/07/2013)
""", "2013-08-22", "Đối thoại với người dân xã biên giới về việc đi làm thuê bên kia biên giới",
E("doi_thoai", "2013", "2013-08-20"),
[P("Hoàng Văn Pắn", "Thiếu tá", "Đồn trưởng Đồn Biên phòng Bảo Lâm"),
 P("Nông Thị Sen", "ĐUV", "Phó Chủ tịch UBND xã Bảo Lâm", "Phó Chủ tịch UBND xã"),
 P("Lương Văn Chài", "Bí thư Chi bộ kiêm Trưởng thôn Bản Vược"),
 P("Hà Thị Vằn"), P("Vi Văn Mìn")],
[Q("127 hộ gia đình", 127, "hộ gia đình"), Q("6 thôn giáp biên", 6, "thôn giáp biên"), Q("312 lượt công dân", 312, "lượt công dân"),
 Q("khoảng 150.000 đồng/ngày", 150000, "đồng", "approx"), Q("19 vụ xuất nhập cảnh trái phép", 19, "vụ xuất nhập cảnh trái phép"),
 Q("44 người", 44, "người"), Q("28,5 triệu đồng", 28500000, "đồng"), Q("16 ý kiến, kiến nghị", 16, "ý kiến, kiến nghị"),
 Q("120 suất học nghề", 120, "suất học nghề"), Q("trên 60%", 60, "%", "over")],
[D("Nghị định", "34", "2000/NĐ-CP", None, "Chính phủ", "Nghị định số 34/2000/NĐ-CP của Chính phủ")],
[prov("Lạng Sơn"), com("Bảo Lâm")],
["BIÊN PHÒNG LẠNG SƠN - Cổng thông tin Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lạng Sơn", "Bạn đang ở: Trang chủ / Tin tức / Biên phòng với nhân dân",
 "Toàn cảnh buổi đối thoại tại nhà văn hóa thôn Bản Vược.", "Quy chế khu vực biên giới đất liền", "Đồn Biên phòng Bảo Lâm",
 "Toàn dân tham gia bảo vệ chủ quyền lãnh thổ, an ninh biên giới quốc gia"],
["08:15 | 22/08/2013", "năm 2013", "7 tháng đầu năm", "từ tháng 9", "thứ Năm"]))

PAGES.append(page("b7808-quangbinh-bdv-soket-2014", """
Báo Quảng Bình online
Trang chủ | Chính trị | Xây dựng Đảng
10/07/2014 - 09:30
Sơ kết 6 tháng công tác vận động đồng bào vùng biên giới
Sáng 8/7, Ban Dân vận Tỉnh ủy Quảng Bình tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2014, trong đó tập trung đánh giá công tác vận động đồng bào các dân tộc vùng biên giới không xuất cảnh trái phép, không đi làm thuê cho các chủ rừng bên Lào.
Các đại biểu dự hội nghị sơ kết.
Dự hội nghị có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Đinh Thị Thu Hà, Phạm Quang Vinh, Cao Xuân Hiền; đại diện Bộ đội Biên phòng tỉnh, Công an tỉnh và lãnh đạo ban dân vận các huyện Minh Hóa, Tuyên Hóa, Bố Trạch, Quảng Ninh, Lệ Thủy.
6 tháng qua, các lực lượng đã tổ chức 97 đợt tuyên truyền bằng tiếng Bru - Vân Kiều, Chứt; vận động 46 công dân đang làm thuê trái phép bên kia biên giới trở về. Tuy vậy, vẫn có 23 người bị lực lượng chức năng Lào bắt giữ vì cư trú bất hợp pháp, trong đó có 4 người dưới 18 tuổi. Nhiều lao động đi theo lời rủ rê với mức lương 3 - 4 triệu đồng/tháng nhưng khi sang thì không được trả đủ.
Ban Dân vận Tỉnh ủy đã phối hợp hướng dẫn triển khai Kết luận số 34-KL/TU ngày 15/01/2014 của Ban Thường vụ Tỉnh ủy về công tác dân vận vùng đồng bào dân tộc thiểu số; kiểm tra việc thực hiện Quy chế phối hợp số 03-QC/BDV-BĐBP giữa Ban Dân vận Tỉnh ủy và Bộ Chỉ huy Bộ đội Biên phòng tỉnh tại 8 xã biên giới.
Phát biểu tại hội nghị, ông Hồ Văn Bảy, người có uy tín bản Dộ, xã Dân Hóa, cho biết nhờ được hỗ trợ con giống, bà con trong bản đã có việc làm, năm nay chỉ còn 2 thanh niên bỏ đi sang Lào. Đồng chí Đinh Xuân Thảo, HUV, Trưởng Ban Dân vận Huyện ủy Minh Hóa, đề nghị tỉnh sớm có chính sách đào tạo nghề cho khoảng 500 thanh niên dân tộc Chứt, Bru - Vân Kiều.
Kết luận hội nghị, đồng chí Đinh Thị Thu Hà yêu cầu 6 tháng cuối năm các ngành phối hợp chặt chẽ, lồng ghép tuyên truyền vào các buổi sinh hoạt của chi hội phụ nữ, chi đoàn; phấn đấu đến cuối năm 2014 có 90% hộ gia đình vùng biên ký cam kết, hoàn thành xây dựng thêm 12 mô hình "Bản không có người xuất cảnh trái phép".
Cũng tại hội nghị, đại diện Bộ đội Biên phòng tỉnh thông tin về thủ đoạn mới của các đối tượng xấu: lợi dụng điện thoại di động, mạng xã hội để dụ dỗ thanh niên sang Lào làm thuê, khai thác gỗ trái phép. Lãnh đạo Công an tỉnh đề nghị các xã biên giới phối hợp chặt chẽ trong quản lý nhân khẩu, tạm trú, tạm vắng, nhất là vào mùa thu hoạch, khi nhiều người có nhu cầu đi làm thuê xa nhà.
Nguyễn Thanh Mai
Bài viết liên quan
- Minh Hóa: Hỗ trợ sinh kế cho đồng bào Chứt (30/06/2014)
- Bộ đội Biên phòng tỉnh ra quân tuyên truyền mùa khô (20/06/2014)
- Tuyên Hóa: 300 hộ dân ký cam kết không đi rừng trái phép (10/06/2014)
- Hội nghị giao ban công tác dân vận quý I/2014 (04/04/2014)
""", "2014-07-10", "Sơ kết 6 tháng công tác vận động đồng bào vùng biên giới",
E("so_ket", "2014-H1", "2014-07-08"),
[P("Đinh Thị Thu Hà", "Phó Trưởng Ban Dân vận Tỉnh ủy"), P("Phạm Quang Vinh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Cao Xuân Hiền", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hồ Văn Bảy", "người có uy tín bản Dộ"),
 P("Đinh Xuân Thảo", "HUV", "Trưởng Ban Dân vận Huyện ủy Minh Hóa")],
[Q("97 đợt tuyên truyền", 97, "đợt tuyên truyền"), Q("46 công dân", 46, "công dân"), Q("23 người", 23, "người"),
 Q("4 người", 4, "người"), Q("3 - 4 triệu đồng/tháng", 3000000, "đồng"), Q("3 - 4 triệu đồng/tháng", 4000000, "đồng"),
 Q("8 xã biên giới", 8, "xã biên giới"), Q("2 thanh niên", 2, "thanh niên"),
 Q("khoảng 500 thanh niên dân tộc Chứt, Bru - Vân Kiều", 500, "thanh niên dân tộc Chứt, Bru - Vân Kiều", "approx"),
 Q("90% hộ", 90, "%"), Q("12 mô hình", 12, "mô hình")],
[D("Kết luận", "34", "KL/TU", "2014-01-15", "Ban Thường vụ Tỉnh ủy", "Kết luận số 34-KL/TU ngày 15/01/2014"),
 D("Quy chế phối hợp", "03", "QC/BDV-BĐBP", None, None, "Quy chế phối hợp số 03-QC/BDV-BĐBP")],
[prov("Quảng Bình"), com("Dân Hóa")],
["Báo Quảng Bình online", "Trang chủ | Chính trị | Xây dựng Đảng", "Các đại biểu dự hội nghị sơ kết.",
 "Bản không có người xuất cảnh trái phép"],
["10/07/2014 - 09:30", "6 tháng đầu năm 2014", "6 tháng cuối năm", "dưới 18 tuổi", "cuối năm 2014"]))

PAGES.append(page("b7809-caobang-bdv-taphuan-2015", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH CAO BẰNG
Tin tức - Sự kiện :: Hoạt động của các sở, ban, ngành
Thứ Ba, 19/05/2015, 15:45
Tập huấn kỹ năng tuyên truyền phòng, chống xuất cảnh trái phép và mua bán người
Trong 2 ngày 18 và 19/5/2015, Ban Dân vận Tỉnh ủy phối hợp với Hội Liên hiệp Phụ nữ tỉnh mở lớp tập huấn kỹ năng tuyên truyền, vận động phòng, chống xuất cảnh trái phép, lao động chui và mua bán người năm 2015 cho 86 học viên là cán bộ dân vận, chủ tịch hội phụ nữ, bí thư chi đoàn các xã biên giới thuộc các huyện Hà Quảng, Trà Lĩnh, Trùng Khánh, Hạ Lang, Thạch An.
Đồng chí Nông Thị Tuyết, Phó Trưởng Ban Dân vận Tỉnh ủy phát biểu khai mạc lớp tập huấn.
Phát biểu khai mạc, đồng chí Nông Thị Tuyết, Phó Trưởng Ban Dân vận Tỉnh ủy cho biết, năm 2014 toàn tỉnh có 1.346 lượt người xuất cảnh trái phép sang Trung Quốc làm thuê, chủ yếu là phụ nữ và thanh niên người Nùng, Mông, Dao; lực lượng chức năng đã tiếp nhận 208 công dân do phía Trung Quốc trao trả. Trong số 31 vụ mua bán người được phát hiện, có 24 vụ bắt nguồn từ việc rủ rê đi làm thuê bên kia biên giới.
Các học viên được Thượng tá Lục Văn Chính, Phó Chính ủy Bộ đội Biên phòng tỉnh và bà Hoàng Thị Dung, Trưởng ban Gia đình - Xã hội Hội LHPN tỉnh truyền đạt các chuyên đề: thủ đoạn của đối tượng môi giới; kỹ năng nắm tình hình, phát hiện người có biểu hiện bỏ đi; cách vận động gia đình có người đang ở nước ngoài trái phép. Lớp học cũng giới thiệu Luật Xuất cảnh, nhập cảnh của công dân Việt Nam và Quyết định số 1427/QĐ-TTg ngày 12/8/2014 của Thủ tướng Chính phủ phê duyệt Chương trình phòng, chống tội phạm mua bán người.
Qua thảo luận nhóm, học viên chia sẻ cách làm ở cơ sở. Chị Triệu Thị Mây, Chủ tịch Hội Phụ nữ xã Lăng Yên, kể xã đã lập 14 tổ phụ nữ "Không để chị em bị lừa bán", mỗi tổ từ 10 đến 15 hội viên. Anh Sầm Văn Khoa, Bí thư Đoàn xã Đình Phong, đề xuất phối hợp với Đồn Biên phòng lập nhóm Zalo để báo tin khi có người lạ vào thôn.
Kết thúc lớp, 100% học viên đạt yêu cầu bài kiểm tra; Ban Tổ chức trao 86 bộ tài liệu và hỗ trợ mỗi xã 1,5 triệu đồng để tổ chức tuyên truyền tại thôn, xóm.
Theo kế hoạch, sau lớp tập huấn, các học viên sẽ trở về tổ chức tuyên truyền tại thôn, xóm, lồng ghép trong các buổi sinh hoạt chi hội, họp dân. Ban Dân vận Tỉnh ủy Cao Bằng sẽ phối hợp với Hội LHPN tỉnh kiểm tra, đánh giá hiệu quả công tác tuyên truyền tại cơ sở, tổng hợp những cách làm hay, mô hình hiệu quả để nhân rộng trong toàn tỉnh thời gian tới.
Bế Hồng Nhung
TIN CÙNG CHUYÊN MỤC
- Hội LHPN tỉnh sơ kết 5 năm thực hiện Đề án 343 (12/05/2015)
- Bảo Lạc: Xây dựng 20 mô hình "Dân vận khéo" (05/05/2015)
- Trao trả 35 công dân qua cửa khẩu Tà Lùng (28/04/2015)
""", "2015-05-19", "Tập huấn kỹ năng tuyên truyền phòng, chống xuất cảnh trái phép và mua bán người",
E("tap_huan", "2015", "2015-05-18"),
[P("Nông Thị Tuyết", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lục Văn Chính", "Thượng tá", "Phó Chính ủy Bộ đội Biên phòng tỉnh"),
 P("Hoàng Thị Dung", "Trưởng ban Gia đình - Xã hội Hội LHPN tỉnh"),
 P("Triệu Thị Mây", "Chủ tịch Hội Phụ nữ xã Lăng Yên"),
 P("Sầm Văn Khoa", "Bí thư Đoàn xã Đình Phong")],
[Q("86 học viên", 86, "học viên"), Q("1.346 lượt người", 1346, "lượt người"), Q("208 công dân", 208, "công dân"),
 Q("31 vụ mua bán người", 31, "vụ mua bán người"), Q("24 vụ", 24, "vụ"), Q("14 tổ phụ nữ", 14, "tổ phụ nữ"),
 Q("từ 10 đến 15 hội viên", 10, "hội viên"), Q("từ 10 đến 15 hội viên", 15, "hội viên"), Q("100% học viên", 100, "%"),
 Q("86 bộ tài liệu", 86, "bộ tài liệu"), Q("1,5 triệu đồng", 1500000, "đồng")],
[D("Quyết định", "1427", "QĐ-TTg", "2014-08-12", "Thủ tướng Chính phủ", "Quyết định số 1427/QĐ-TTg ngày 12/8/2014")],
[prov("Cao Bằng"), com("Lăng Yên"), com("Đình Phong")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH CAO BẰNG", "Tin tức - Sự kiện :: Hoạt động của các sở, ban, ngành",
 "Đồng chí Nông Thị Tuyết, Phó Trưởng Ban Dân vận Tỉnh ủy phát biểu khai mạc lớp tập huấn.",
 "Luật Xuất cảnh, nhập cảnh của công dân Việt Nam", "Không để chị em bị lừa bán", "Zalo"],
["Thứ Ba, 19/05/2015, 15:45", "2 ngày", "năm 2015", "năm 2014"]))

PAGES.append(page("b7810-thanhhoa-mttq-giamsat-2016", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH THANH HÓA
Trang chủ > Hoạt động Mặt trận > Giám sát và phản biện xã hội
Ngày đăng 06/10/2016 | 10:10
Giám sát việc quản lý người lao động đi làm việc ở nước ngoài tại huyện Quan Hóa
Ngày 4/10, Đoàn giám sát của Ủy ban MTTQ Việt Nam tỉnh do đồng chí Lê Thị Bình, Ủy viên Ban Thường vụ, Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách hỗ trợ người lao động đi làm việc ở nước ngoài và công tác phòng, chống xuất cảnh trái phép năm 2016 tại huyện Quan Hóa.
Đoàn giám sát làm việc với UBND huyện Quan Hóa.
Tham gia đoàn có đại diện Sở Lao động - Thương binh và Xã hội, Hội Nông dân tỉnh, Tỉnh đoàn. Tiếp đoàn có đồng chí Hà Văn Thiết, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện; Lò Thị Uôn, Chủ tịch Ủy ban MTTQ huyện.
Báo cáo của UBND huyện cho thấy, từ năm 2013 đến tháng 9/2016, huyện có 274 lao động đi làm việc có thời hạn ở nước ngoài theo hợp đồng, chủ yếu sang Malaysia, Đài Loan, Hàn Quốc; 63 hộ được vay vốn ưu đãi với tổng dư nợ 2,45 tỷ đồng. Tuy nhiên, vẫn có khoảng 140 người tự ý sang Lào, Trung Quốc làm thuê không có giấy tờ, trong đó 17 người bị trục xuất về địa phương. Xã Trung Sơn và xã Phú Lệ là hai địa bàn có nhiều người đi nhất.
Việc thực hiện Quyết định số 71/2009/QĐ-TTg của Thủ tướng Chính phủ về hỗ trợ các huyện nghèo đẩy mạnh xuất khẩu lao động đã giúp 38% lao động đi theo hợp đồng thuộc hộ nghèo. Các xã đã triển khai Kế hoạch 56, 57-KH/UBND của UBND huyện về tuyên truyền xuất khẩu lao động và về quản lý nhân khẩu đi khỏi địa phương.
Qua giám sát, đoàn chỉ ra một số hạn chế: công tác nắm số người đi làm ăn xa chưa sát, có xã báo cáo chênh lệch tới 40 người; tiền hỗ trợ học ngoại ngữ chậm chi trả; 5 trường hợp lao động bỏ trốn khỏi nơi làm việc ở Hàn Quốc chưa được gia đình vận động về nước.
Kết luận buổi giám sát, đồng chí Lê Thị Bình đề nghị UBND huyện rà soát, cập nhật danh sách người đi làm ăn ở nước ngoài đến từng bản; phối hợp các doanh nghiệp có uy tín tổ chức tư vấn tại xã; Mặt trận các xã đưa nội dung này vào cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh". Đoàn sẽ tổng hợp kết quả, kiến nghị UBND tỉnh trong tháng 11/2016.
Đây là một trong những nội dung giám sát chuyên đề trọng tâm của Ủy ban MTTQ Việt Nam tỉnh Thanh Hóa trong năm, nhằm góp phần bảo vệ quyền lợi chính đáng của người lao động và hạn chế tình trạng đi làm thuê không có giấy tờ ở các huyện miền núi.
Lê Hà
Tin khác
- Ủy ban MTTQ tỉnh giám sát công tác giảm nghèo tại Mường Lát (28/09/2016)
- Hội nghị phản biện dự thảo Nghị quyết về chính sách hỗ trợ đào tạo nghề (20/09/2016)
- Bá Thước: 1.200 hộ ký cam kết không xuất cảnh trái phép (12/09/2016)
""", "2016-10-06", "Giám sát việc quản lý người lao động đi làm việc ở nước ngoài tại huyện Quan Hóa",
E("giam_sat", "2016", "2016-10-04"),
[P("Lê Thị Bình", "Ủy viên Ban Thường vụ", "Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hà Văn Thiết", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"),
 P("Lò Thị Uôn", "Chủ tịch Ủy ban MTTQ huyện")],
[Q("274 lao động", 274, "lao động"), Q("63 hộ", 63, "hộ"), Q("2,45 tỷ đồng", 2450000000, "đồng"),
 Q("khoảng 140 người", 140, "người", "approx"), Q("17 người", 17, "người"), Q("38% lao động", 38, "%"),
 Q("40 người", 40, "người"), Q("5 trường hợp", 5, "trường hợp")],
[D("Quyết định", "71", "2009/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 71/2009/QĐ-TTg của Thủ tướng Chính phủ"),
 D("Kế hoạch", "56", "KH/UBND", None, "UBND huyện", "Kế hoạch 56, 57-KH/UBND của UBND huyện"),
 D("Kế hoạch", "57", "KH/UBND", None, "UBND huyện", "Kế hoạch 56, 57-KH/UBND của UBND huyện")],
[prov("Thanh Hóa"), com("Trung Sơn"), com("Phú Lệ")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH THANH HÓA", "Trang chủ > Hoạt động Mặt trận > Giám sát và phản biện xã hội",
 "Đoàn giám sát làm việc với UBND huyện Quan Hóa.", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"],
["Ngày đăng 06/10/2016 | 10:10", "năm 2016", "từ năm 2013", "tháng 9/2016", "tháng 11/2016"]))
