from lib import *
PAGES = []

PAGES.append(page("b2267-binhdinh-mttq-soket-2018", """
ỦY BAN MTTQ VIỆT NAM TỈNH BÌNH ĐỊNH
Hôm nay: Thứ Hai, 16/07/2018
Trang chủ > Tin tức > Hoạt động Mặt trận
Thứ Sáu, 13/07/2018
Mặt trận Bình Định vận động hơn 12 tỷ đồng chăm lo người nghèo
Ngày 12/7, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm 2018, triển khai nhiệm vụ 6 tháng cuối năm. Theo báo cáo, 6 tháng qua Quỹ Vì người nghèo các cấp trong tỉnh vận động được hơn 12 tỷ đồng, đạt 61% kế hoạch năm.
Chủ trì hội nghị có bà Nguyễn Thị Thu Lan, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh và các Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Võ Thị Kim Phượng, Lê Hữu Nghĩa, Đinh Văn Pót.
Quang cảnh hội nghị. Ảnh: Hoài Thu
Từ nguồn quỹ và vận động xã hội hóa, Mặt trận các cấp đã xây mới 70 căn nhà Đại đoàn kết, sửa chữa 23 căn; tặng 1.350 suất quà cho hộ nghèo, gia đình chính sách dịp Tết Mậu Tuất, bình quân mỗi suất 850 nghìn đồng; hỗ trợ 420 con bò giống cho hộ nghèo ở 3 huyện miền núi An Lão, Vĩnh Thạnh, Vân Canh. Ủy ban MTTQ tỉnh đã phối hợp với Sở Lao động - Thương binh và Xã hội rà soát, đề xuất 2.846 hộ đủ điều kiện thoát nghèo cuối năm.
Thực hiện Nghị quyết 04, 05-NQ/TU của Ban Thường vụ Tỉnh ủy về giảm nghèo bền vững và về công tác dân tộc, cùng Chương trình hành động số 08/CTr-MTTQ-BTT của Ban Thường trực, các huyện miền núi đã lồng ghép nguồn Quỹ với chính sách theo Quyết định số 2085/QĐ-TTg của Thủ tướng Chính phủ, hỗ trợ 196 hộ đồng bào Ba Na, Hrê, Chăm có đất sản xuất và nước sinh hoạt.
Tại hội nghị, ông Đinh Văn Khuy, Chủ tịch Ủy ban MTTQ huyện An Lão, cho biết huyện có tỷ lệ hộ nghèo còn 38,6%, cao nhất tỉnh; nhiều hộ được cho bò nhưng thiếu kỹ thuật nên bò gầy, chậm sinh sản. Bà Trần Thị Mỹ Lệ, Chủ tịch Ủy ban MTTQ xã Cát Hanh, chia sẻ cách vận động con em xa quê góp 260 triệu đồng xây 4 căn nhà cho hộ nghèo.
Phát biểu kết luận, bà Nguyễn Thị Thu Lan đề nghị 6 tháng cuối năm các cấp Mặt trận chủ động chuẩn bị phương án cứu trợ mùa mưa bão; tổ chức tốt Tháng cao điểm "Vì người nghèo" từ ngày 17/10 đến 18/11; phấn đấu hoàn thành 100% chỉ tiêu xây nhà Đại đoàn kết trước ngày 30/11. Bà Chủ tịch cũng lưu ý việc công khai danh sách hộ được hỗ trợ tại các khu dân cư để nhân dân giám sát.
Các đại biểu đã thảo luận, thống nhất việc tổ chức ngày hội Đại đoàn kết toàn dân tộc năm 2018 ở 1.118 khu dân cư, gắn với phát động ủng hộ Quỹ Vì người nghèo và tôn vinh các điển hình tiên tiến.
Hoài Thu
Lượt xem: 1.587
Tin liên quan
- Phù Cát: trao 15 căn nhà Đại đoàn kết cho hộ nghèo (05/07/2018)
- Hội nghị Ủy ban MTTQ tỉnh lần thứ 6, khóa XIII (28/06/2018)
- Tây Sơn vận động hơn 1 tỷ đồng ủng hộ Quỹ Vì người nghèo (15/06/2018)
""", "2018-07-13", "Mặt trận Bình Định vận động hơn 12 tỷ đồng chăm lo người nghèo",
E("so_ket", "2018-H1", "2018-07-12"),
[P("Nguyễn Thị Thu Lan", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Võ Thị Kim Phượng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Hữu Nghĩa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đinh Văn Pót", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đinh Văn Khuy", "Chủ tịch Ủy ban MTTQ huyện An Lão"),
 P("Trần Thị Mỹ Lệ", "Chủ tịch Ủy ban MTTQ xã Cát Hanh")],
[Q("hơn 12 tỷ đồng", 12000000000, "đồng", "over"), Q("61%", 61, "%"), Q("70 căn nhà Đại đoàn kết", 70, "căn nhà Đại đoàn kết"),
 Q("23 căn", 23, "căn"), Q("1.350 suất quà", 1350, "suất quà"), Q("850 nghìn đồng", 850000, "đồng"),
 Q("420 con bò giống", 420, "con bò giống"), Q("3 huyện miền núi", 3, "huyện miền núi"), Q("2.846 hộ", 2846, "hộ"),
 Q("196 hộ đồng bào Ba Na, Hrê, Chăm", 196, "hộ đồng bào Ba Na, Hrê, Chăm"), Q("38,6%", 38.6, "%"),
 Q("260 triệu đồng", 260000000, "đồng"), Q("4 căn nhà", 4, "căn nhà"), Q("100%", 100, "%"),
 Q("1.118 khu dân cư", 1118, "khu dân cư")],
[D("Nghị quyết", "04", "NQ/TU", None, "Ban Thường vụ Tỉnh ủy", "Nghị quyết 04, 05-NQ/TU"),
 D("Nghị quyết", "05", "NQ/TU", None, "Ban Thường vụ Tỉnh ủy", "Nghị quyết 04, 05-NQ/TU"),
 D("Chương trình hành động", "08", "CTr-MTTQ-BTT", None, "Ban Thường trực", "Chương trình hành động số 08/CTr-MTTQ-BTT"),
 D("Quyết định", "2085", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 2085/QĐ-TTg")],
[prov("Bình Định"), com("Cát Hanh")],
["ỦY BAN MTTQ VIỆT NAM TỈNH BÌNH ĐỊNH", "Trang chủ > Tin tức > Hoạt động Mặt trận", "Quang cảnh hội nghị. Ảnh: Hoài Thu",
 "Quỹ Vì người nghèo", "Vì người nghèo", "Sở Lao động - Thương binh và Xã hội", "Lượt xem: 1.587"],
["Hôm nay: Thứ Hai, 16/07/2018", "Thứ Sáu, 13/07/2018", "6 tháng đầu năm 2018", "6 tháng cuối năm", "Tết Mậu Tuất",
 "ngày 17/10 đến 18/11", "ngày 30/11", "năm 2018", "Lượt xem: 1.587"]))

PAGES.append(page("b2268-caobang-mttq-giaoban-q1-2020", """
Báo Cao Bằng điện tử
Chính trị - Xã hội » Mặt trận - Đoàn thể
21.04.2020 | 15:40
Mặt trận các cấp tiếp nhận hơn 5,6 tỷ đồng ủng hộ phòng, chống dịch Covid-19
Ngày 20/4, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh tổ chức giao ban công tác Mặt trận quý I và triển khai nhiệm vụ quý II năm 2020 theo hình thức trực tuyến với 13 điểm cầu huyện, thành phố. Bà Lục Thị Hằng, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Bà Lục Thị Hằng phát biểu tại điểm cầu tỉnh.
Hưởng ứng Lời kêu gọi của Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam, ngay từ cuối tháng 3, Ban Thường trực Ủy ban MTTQ tỉnh ban hành Công văn số 632/MTTQ-BTT ngày 27/3/2020 vận động toàn dân ủng hộ phòng, chống dịch. Đến ngày 18/4, Mặt trận các cấp đã tiếp nhận hơn 5,6 tỷ đồng tiền mặt và hàng hóa trị giá 1 tỷ 250 triệu đồng, gồm 38 tấn gạo, 4.200 khẩu trang vải, 1.800 lít dung dịch sát khuẩn.
Thực hiện Chỉ thị 16/CT-TTg của Thủ tướng Chính phủ và Nghị quyết 42/NQ-CP của Chính phủ, Mặt trận các cấp phối hợp rà soát, giám sát việc chi trả hỗ trợ cho 9.860 người có công, hộ nghèo, hộ cận nghèo bị ảnh hưởng bởi dịch; đến nay đã chi trả đạt 87,4%, chưa phát hiện trường hợp sai đối tượng.
Theo ông Hoàng Văn Pao, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, từ nguồn ủng hộ, Ban Thường trực đã phân bổ 3.150 suất quà cho lao động tự do mất việc, người bán hàng rong, hộ nghèo ở các xã biên giới, mỗi suất gồm 10 kg gạo và 500.000đ; hỗ trợ các chốt kiểm soát dịch ở 6 huyện biên giới.
Tại điểm cầu huyện Bảo Lâm, bà Lý Thị Pham, người Dao, Chủ tịch Ủy ban MTTQ xã Lý Bôn, cho biết xã đã vận động 135 hộ đồng bào Mông, Dao góp gạo, rau xanh cho khu cách ly; có bà con góp 1 con lợn nặng 70 kg. Ông Sùng Văn Dào, Trưởng Ban công tác Mặt trận xóm Khuổi Vài, đề nghị có thêm tài liệu tuyên truyền bằng tiếng Mông.
Ông Nông Văn Thắng, Chủ tịch Ủy ban MTTQ thành phố Cao Bằng, phản ánh 214 hộ kinh doanh nhỏ tại phường Hợp Giang và phường Sông Hiến chưa được hưởng hỗ trợ vì vướng thủ tục đăng ký.
Kết luận giao ban, bà Lục Thị Hằng đề nghị quý II Mặt trận các cấp tiếp tục thực hiện phương châm "4 tại chỗ", công khai thu, chi nguồn ủng hộ trên phương tiện thông tin đại chúng; chuẩn bị tổ chức hội nghị sơ kết 6 tháng đầu năm; không tổ chức tập trung đông người khi chưa có chỉ đạo.
Bế Hường
Số lượt truy cập: 3.906.127
Tin khác
- Hòa An: nhiều tấm lòng chung tay chống dịch (17/04/2020)
- Đoàn Thanh niên tỉnh trao 2.000 khẩu trang cho người dân (14/04/2020)
- Trùng Khánh tiếp nhận 5 tấn gạo ủng hộ (10/04/2020)
- Hà Quảng: Mặt trận xã hỗ trợ người dân về từ vùng dịch (06/04/2020)
""", "2020-04-21", "Mặt trận các cấp tiếp nhận hơn 5,6 tỷ đồng ủng hộ phòng, chống dịch Covid-19",
E("giao_ban", "2020-Q1", "2020-04-20"),
[P("Lục Thị Hằng", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hoàng Văn Pao", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lý Thị Pham", "Chủ tịch Ủy ban MTTQ xã Lý Bôn"),
 P("Sùng Văn Dào", "Trưởng Ban công tác Mặt trận xóm Khuổi Vài"),
 P("Nông Văn Thắng", "Chủ tịch Ủy ban MTTQ thành phố Cao Bằng")],
[Q("13 điểm cầu huyện, thành phố", 13, "điểm cầu huyện, thành phố"), Q("hơn 5,6 tỷ đồng", 5600000000, "đồng", "over"),
 Q("1 tỷ 250 triệu đồng", 1250000000, "đồng"), Q("38 tấn", 38, "tấn"), Q("4.200 khẩu trang vải", 4200, "khẩu trang vải"),
 Q("1.800 lít", 1800, "lít"), Q("9.860 người có công, hộ nghèo, hộ cận nghèo", 9860, "người có công, hộ nghèo, hộ cận nghèo"),
 Q("87,4%", 87.4, "%"), Q("3.150 suất quà", 3150, "suất quà"), Q("10 kg", 10, "kg"), Q("500.000đ", 500000, "đồng"),
 Q("6 huyện biên giới", 6, "huyện biên giới"), Q("135 hộ đồng bào Mông, Dao", 135, "hộ đồng bào Mông, Dao"),
 Q("70 kg", 70, "kg"), Q("214 hộ kinh doanh nhỏ", 214, "hộ kinh doanh nhỏ")],
[D("Công văn", "632", "MTTQ-BTT", "2020-03-27", "Ban Thường trực Ủy ban MTTQ tỉnh", "Công văn số 632/MTTQ-BTT ngày 27/3/2020"),
 D("Chỉ thị", "16", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị 16/CT-TTg"),
 D("Nghị quyết", "42", "NQ-CP", None, "Chính phủ", "Nghị quyết 42/NQ-CP")],
[prov("Cao Bằng"), com("Lý Bôn"), com("Hợp Giang"), com("Sông Hiến")],
["Báo Cao Bằng điện tử", "Chính trị - Xã hội » Mặt trận - Đoàn thể", "Bà Lục Thị Hằng phát biểu tại điểm cầu tỉnh.",
 "Lời kêu gọi", "Covid-19", "4 tại chỗ", "Số lượt truy cập: 3.906.127"],
["21.04.2020 | 15:40", "quý I", "quý II năm 2020", "Covid-19", "ngày 18/4", "1 con lợn", "4 tại chỗ",
 "6 tháng đầu năm", "Số lượt truy cập: 3.906.127"]))

PAGES.append(page("b2269-thuathienhue-mttq-baocao-lu-2020", """
CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH THỪA THIÊN HUẾ
Trang chủ | Tin tức | Cứu trợ
Cập nhật lúc 17:20 ngày 28/10/2020
Công khai hơn 45,8 tỷ đồng ủng hộ đồng bào bị thiệt hại do mưa lũ
Theo Báo cáo số 112/BC-MTTQ-BTT ngày 27/10/2020 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, từ ngày 8/10 đến 17 giờ ngày 26/10, Ban Vận động cứu trợ tỉnh đã tiếp nhận hơn 45,8 tỷ đồng của 1.243 tập thể, cá nhân trong và ngoài nước ủng hộ đồng bào bị thiệt hại do các đợt mưa lũ lịch sử và cơn bão số 9.
Người dân A Lưới nhận hàng cứu trợ. Ảnh: Phước Châu
Ngoài tiền mặt, Ủy ban MTTQ tỉnh tiếp nhận 215 tấn gạo, 12.600 thùng mì tôm, 8.000 chai nước suối, 1.500 áo phao và nhiều nhu yếu phẩm khác có tổng trị giá khoảng 6,3 tỷ đồng. Hàng hóa đã được chuyển ngay về các xã bị chia cắt của huyện A Lưới, Phong Điền, Quảng Điền.
Thực hiện Thông tư số 72/2008/TT-BTC và Quyết định số 1270/QĐ-UBND ngày 14/10/2020 của UBND tỉnh về mức hỗ trợ, Ban Vận động cứu trợ tỉnh đã phân bổ đợt 1 là 31,5 tỷ đồng: hộ có người chết, mất tích được 10 triệu đồng/người; hộ có nhà bị sập, trôi hoàn toàn 30 triệu đồng; hộ có nhà hư hỏng nặng 5 triệu đồng; mỗi học sinh mất sách vở được 300 nghìn đồng. Số tiền còn lại khoảng 14,3 tỷ đồng được giữ lại để hỗ trợ tái thiết nhà cửa, khôi phục sinh kế sau lũ.
Ông Hồ Văn Ngoan, Chủ tịch Ủy ban MTTQ huyện A Lưới, cho biết huyện đã nhận 6,2 tỷ đồng và 48 tấn gạo, phân phối cho 4.700 hộ; riêng xã A Roàng và xã Hồng Thủy bị sạt lở nặng, đường vào bị chia cắt nhiều ngày nên hàng được chuyển bằng bộ đội mang vác. Bà Kăn Thị Liên, người Tà Ôi, Trưởng Ban công tác Mặt trận thôn Ka Rôông, nói bà con đã có gạo ăn, đang cần tôn lợp và giống lúa.
Bà Lê Thị Bích Thủy, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh, cho biết toàn bộ danh sách đơn vị, cá nhân ủng hộ được công khai trên Cổng thông tin điện tử và Báo Thừa Thiên Huế; việc phân bổ được niêm yết tại nhà văn hóa thôn, tổ dân phố. Tại phường Hương Sơ, thành phố Huế, 96 hộ bị ngập sâu đã nhận hỗ trợ ngay trong ngày 25/10.
Nhiều đại biểu cho rằng việc phân bổ cần ưu tiên các hộ mất trắng nhà cửa, hộ có người già neo đơn, trẻ mồ côi; tránh dàn trải, cào bằng. Ban Vận động cứu trợ các huyện được yêu cầu báo cáo kết quả phân phối trước khi nhận đợt tiếp theo.
Ủy ban MTTQ tỉnh tiếp tục nhận ủng hộ tại số 3 Lê Lợi hoặc qua tài khoản của Ban Vận động cứu trợ tỉnh tại Kho bạc Nhà nước tỉnh.
Ban Tuyên giáo
Lượt xem: 4.511
Bài viết liên quan
- Phong Điền: tiếp nhận 20 tấn hàng cứu trợ (24/10/2020)
- Mặt trận tỉnh kêu gọi ủng hộ đồng bào vùng lũ (09/10/2020)
- Quảng Điền: khẩn trương khắc phục hậu quả mưa lũ (20/10/2020)
- Phú Vang: Mặt trận xã tiếp nhận hàng cứu trợ cho vùng ngập sâu (19/10/2020)
""", "2020-10-28", "Công khai hơn 45,8 tỷ đồng ủng hộ đồng bào bị thiệt hại do mưa lũ",
E("bao_cao", None, "2020-10-27"),
[P("Hồ Văn Ngoan", "Chủ tịch Ủy ban MTTQ huyện A Lưới"),
 P("Kăn Thị Liên", "Trưởng Ban công tác Mặt trận thôn Ka Rôông"),
 P("Lê Thị Bích Thủy", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh")],
[Q("hơn 45,8 tỷ đồng", 45800000000, "đồng", "over"), Q("1.243 tập thể, cá nhân", 1243, "tập thể, cá nhân"),
 Q("215 tấn", 215, "tấn"), Q("12.600 thùng mì tôm", 12600, "thùng mì tôm"), Q("8.000 chai nước suối", 8000, "chai nước suối"),
 Q("1.500 áo phao", 1500, "áo phao"), Q("khoảng 6,3 tỷ đồng", 6300000000, "đồng", "approx"),
 Q("31,5 tỷ đồng", 31500000000, "đồng"), Q("10 triệu đồng", 10000000, "đồng"), Q("30 triệu đồng", 30000000, "đồng"),
 Q("5 triệu đồng", 5000000, "đồng"), Q("300 nghìn đồng", 300000, "đồng"), Q("khoảng 14,3 tỷ đồng", 14300000000, "đồng", "approx"),
 Q("6,2 tỷ đồng", 6200000000, "đồng"), Q("48 tấn", 48, "tấn"), Q("4.700 hộ", 4700, "hộ"), Q("96 hộ", 96, "hộ")],
[D("Báo cáo", "112", "BC-MTTQ-BTT", "2020-10-27", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Báo cáo số 112/BC-MTTQ-BTT ngày 27/10/2020"),
 D("Thông tư", "72", "2008/TT-BTC", None, None, "Thông tư số 72/2008/TT-BTC"),
 D("Quyết định", "1270", "QĐ-UBND", "2020-10-14", "UBND tỉnh", "Quyết định số 1270/QĐ-UBND ngày 14/10/2020")],
[prov("Thừa Thiên Huế"), com("A Roàng"), com("Hồng Thủy"), com("Hương Sơ")],
["CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH THỪA THIÊN HUẾ", "Trang chủ | Tin tức | Cứu trợ",
 "Người dân A Lưới nhận hàng cứu trợ. Ảnh: Phước Châu", "Ban Vận động cứu trợ tỉnh", "Tà Ôi", "Ka Rôông", "Lê Lợi",
 "Kho bạc Nhà nước", "Ban Tuyên giáo", "Lượt xem: 4.511"],
["Cập nhật lúc 17:20 ngày 28/10/2020", "ngày 8/10", "17 giờ ngày 26/10", "bão số 9", "đợt 1", "ngày 25/10", "số 3 Lê Lợi",
 "Lượt xem: 4.511"]))

PAGES.append(page("b2270-daklak-mttq-doithoai-2021", """
Báo Đắk Lắk điện tử
Xã hội › Dân tộc - Tôn giáo
Thứ Ba, 16/11/2021, 09:15
Người dân đối thoại với lãnh đạo huyện Buôn Đôn về hỗ trợ hộ nghèo
Ngày 15/11, Ủy ban MTTQ Việt Nam huyện Buôn Đôn phối hợp với UBND huyện tổ chức hội nghị đối thoại giữa người đứng đầu chính quyền với nhân dân năm 2021, tập trung vào việc thực hiện chính sách hỗ trợ hộ nghèo, hộ đồng bào dân tộc thiểu số.
Ông Y Joel Byă, Chủ tịch UBND huyện trả lời ý kiến của người dân.
Tham dự có ông Y Joel Byă, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện; bà H'Bia Ayŭn, HUV, Phó Chủ tịch - Trưởng ban Công tác phong trào Ủy ban MTTQ Việt Nam huyện cùng 148 người dân đại diện 7 xã.
Tại hội nghị, bà con đã nêu 37 ý kiến góp ý, kiến nghị, tập trung vào việc bình xét hộ nghèo, cấp bò giống, hỗ trợ nước sinh hoạt và cấp thẻ bảo hiểm y tế. Ông Y Krung Mlô ở buôn Ea Duất, xã Ea Bar, hỏi vì sao gia đình ông thuộc hộ cận nghèo nhưng không được nhận bò giống; bà H'Luyến Knul ở xã Krông Na phản ánh 12 hộ ở buôn Trí A chưa có nước sạch.
Trả lời, ông Y Joel Byă cho biết năm 2021, từ nguồn Quỹ Vì người nghèo và vốn lồng ghép theo Nghị quyết 88/2019/QH14 của Quốc hội, huyện đã hỗ trợ 43 hộ nghèo mỗi hộ một con bò giống trị giá 15.000.000 VNĐ, xây 18 căn nhà Đại đoàn kết, mỗi căn 50 triệu đồng; cấp 6.520 thẻ bảo hiểm y tế. Việc chọn hộ nhận bò do hội nghị thôn, buôn bình xét công khai theo số điểm, hộ cận nghèo sẽ được xem xét trong đợt sau. Huyện cam kết trước ngày 31/12 hoàn thành 2 công trình nước sạch tập trung cho buôn Trí A và buôn Ea Duất.
Ông Ksor Y Bơn, người có uy tín buôn Ea Wer, xã Ea Wer, đề nghị Mặt trận tiếp tục vận động các doanh nghiệp hỗ trợ máy bơm nước. Bà H'Bia Ayŭn cho biết Ủy ban MTTQ huyện sẽ phối hợp với Ngân hàng Chính sách xã hội giải ngân 2,4 tỷ đồng cho 96 hộ vay vốn phát triển sản xuất, đồng thời giám sát việc chia bò để tránh tình trạng bò giống không đạt chuẩn.
Nhiều ý kiến khác đề cập việc giao đất sản xuất, sửa chữa đường liên buôn bị hư hỏng sau mùa mưa và việc con em đồng bào học xong chưa có việc làm; các phòng chuyên môn đã trả lời trực tiếp, cụ thể từng nội dung tại hội nghị.
Kết thúc hội nghị, Chủ tịch UBND huyện giao các phòng, ban trả lời bằng văn bản 9 ý kiến còn lại trước ngày 30/11. Đây là lần thứ 3 huyện tổ chức đối thoại định kỳ, thực hiện Quyết định số 217-QĐ/TW của Bộ Chính trị về giám sát và phản biện xã hội của Mặt trận và các đoàn thể chính trị - xã hội.
Hoàng Thương
Lượt xem: 2.207
Tin cùng chuyên mục
- Krông Ana: trao 20 con bò giống cho hộ nghèo (10/11/2021)
- Ea Súp tổ chức ngày hội Đại đoàn kết trong điều kiện phòng dịch (05/11/2021)
- Cư M'gar: bàn giao nhà Đại đoàn kết cho hộ nghèo (28/10/2021)
""", "2021-11-16", "Người dân đối thoại với lãnh đạo huyện Buôn Đôn về hỗ trợ hộ nghèo",
E("doi_thoai", "2021", "2021-11-15"),
[P("Y Joel Byă", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"),
 P("H'Bia Ayŭn", "HUV", "Phó Chủ tịch - Trưởng ban Công tác phong trào Ủy ban MTTQ Việt Nam huyện"),
 P("Y Krung Mlô"),
 P("H'Luyến Knul"),
 P("Ksor Y Bơn", "người có uy tín buôn Ea Wer")],
[Q("148 người dân", 148, "người dân"), Q("7 xã", 7, "xã"), Q("37 ý kiến", 37, "ý kiến"), Q("12 hộ", 12, "hộ"),
 Q("43 hộ nghèo", 43, "hộ nghèo"), Q("15.000.000 VNĐ", 15000000, "đồng"), Q("18 căn nhà Đại đoàn kết", 18, "căn nhà Đại đoàn kết"),
 Q("50 triệu đồng", 50000000, "đồng"), Q("6.520 thẻ bảo hiểm y tế", 6520, "thẻ bảo hiểm y tế"),
 Q("2 công trình nước sạch tập trung", 2, "công trình nước sạch tập trung"), Q("2,4 tỷ đồng", 2400000000, "đồng"),
 Q("96 hộ", 96, "hộ"), Q("9 ý kiến", 9, "ý kiến")],
[D("Nghị quyết", "88", "2019/QH14", None, "Quốc hội", "Nghị quyết 88/2019/QH14"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW")],
[prov("Đắk Lắk"), com("Ea Bar"), com("Krông Na"), com("Ea Wer")],
["Báo Đắk Lắk điện tử", "Xã hội › Dân tộc - Tôn giáo", "Ông Y Joel Byă, Chủ tịch UBND huyện trả lời ý kiến của người dân.",
 "Quỹ Vì người nghèo", "Ngân hàng Chính sách xã hội", "Ea Duất", "Trí A", "Lượt xem: 2.207"],
["Thứ Ba, 16/11/2021, 09:15", "năm 2021", "một con bò giống", "ngày 31/12", "ngày 30/11", "lần thứ 3", "Lượt xem: 2.207"]))

PAGES.append(page("b2271-travinh-mttq-taphuan-2022", """
ỦY BAN MTTQ VIỆT NAM TỈNH TRÀ VINH
Vị trí: Trang chủ / Hoạt động / Tập huấn nghiệp vụ
Thứ Năm, 30/06/2022 - 14:05
Ảnh: Quang cảnh lớp tập huấn.
Tập huấn nghiệp vụ quản lý Quỹ Vì người nghèo và Quỹ Cứu trợ cho cán bộ Mặt trận cơ sở
Trong 2 ngày 28 và 29/6, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Trà Vinh tổ chức lớp tập huấn nghiệp vụ năm 2022 về vận động, quản lý, sử dụng Quỹ Vì người nghèo và Quỹ Cứu trợ cho 165 học viên là Chủ tịch, Phó Chủ tịch, kế toán Ủy ban MTTQ các xã, phường, thị trấn.
Phát biểu khai mạc, bà Sơn Thị Bô Pha, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh cho biết, giai đoạn 2019 - 2021 Quỹ Vì người nghèo các cấp trong tỉnh vận động được 58,4 tỷ đồng, xây dựng và sửa chữa 2.316 căn nhà Đại đoàn kết; Quỹ Cứu trợ tiếp nhận hơn 27 tỷ đồng hỗ trợ người dân gặp khó khăn do dịch Covid-19, hạn mặn. Tuy nhiên, việc mở sổ sách, chứng từ ở 106 xã, phường, thị trấn chưa thống nhất; có 9 đơn vị chậm công khai thu, chi.
Các học viên được báo cáo viên Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam truyền đạt Nghị định 93/2021/NĐ-CP ngày 27/10/2021 của Chính phủ về vận động, tiếp nhận, phân phối và sử dụng các nguồn đóng góp tự nguyện hỗ trợ khắc phục khó khăn do thiên tai, dịch bệnh, sự cố; Hướng dẫn số 25/HD-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam và Quy chế số 03/QC-MTTQ-BTT ngày 15/3/2022 của Ban Thường trực Ủy ban MTTQ tỉnh về quản lý, sử dụng Quỹ Vì người nghèo.
Ông Thạch Chanh Tha, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, hướng dẫn quy trình bình xét hộ được hỗ trợ nhà: mỗi căn nhà Đại đoàn kết được hỗ trợ 50 triệu đồng, hộ đóng góp thêm tối thiểu 10 triệu đồng hoặc ngày công; nhà sửa chữa được hỗ trợ 20 triệu đồng. Năm 2022, tỉnh phấn đấu xây mới 380 căn, trong đó 150 căn cho hộ đồng bào Khmer.
Tại lớp học, nhiều học viên trao đổi những vướng mắc thực tế. Bà Kiên Thị Sa Rine, kế toán Ủy ban MTTQ xã Long Hiệp, hỏi về cách hạch toán hàng hóa ủng hộ bằng hiện vật như gạo, mì tôm; ông Huỳnh Văn Nhựt, Chủ tịch Ủy ban MTTQ phường Long Đức, thành phố Trà Vinh, đề nghị cho phép nhận tiền ủng hộ qua tài khoản ngân hàng của Ủy ban MTTQ cấp xã.
Kết thúc lớp tập huấn, 100% học viên đạt yêu cầu bài kiểm tra cuối khóa. Ban Thường trực Ủy ban MTTQ tỉnh cũng cấp cho mỗi đơn vị 1 bộ tài liệu và mẫu sổ quỹ để thống nhất thực hiện từ quý III năm 2022.
Kim Sương
Lượt xem: 823
Tin khác
- Cầu Kè: bàn giao 12 căn nhà Đại đoàn kết (24/06/2022)
- Trao 300 suất học bổng cho học sinh Khmer nghèo (17/06/2022)
- Trà Cú ra mắt mô hình "Chùa Khmer chung tay vì người nghèo" (08/06/2022)
""", "2022-06-30", "Tập huấn nghiệp vụ quản lý Quỹ Vì người nghèo và Quỹ Cứu trợ cho cán bộ Mặt trận cơ sở",
E("tap_huan", "2022", "2022-06-28"),
[P("Sơn Thị Bô Pha", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thạch Chanh Tha", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Kiên Thị Sa Rine", "kế toán Ủy ban MTTQ xã Long Hiệp"),
 P("Huỳnh Văn Nhựt", "Chủ tịch Ủy ban MTTQ phường Long Đức")],
[Q("165 học viên", 165, "học viên"), Q("58,4 tỷ đồng", 58400000000, "đồng"), Q("2.316 căn nhà Đại đoàn kết", 2316, "căn nhà Đại đoàn kết"),
 Q("hơn 27 tỷ đồng", 27000000000, "đồng", "over"), Q("106 xã, phường, thị trấn", 106, "xã, phường, thị trấn"),
 Q("9 đơn vị", 9, "đơn vị"), Q("50 triệu đồng", 50000000, "đồng"), Q("10 triệu đồng", 10000000, "đồng"),
 Q("20 triệu đồng", 20000000, "đồng"), Q("380 căn", 380, "căn"), Q("150 căn", 150, "căn"), Q("100%", 100, "%")],
[D("Nghị định", "93", "2021/NĐ-CP", "2021-10-27", "Chính phủ", "Nghị định 93/2021/NĐ-CP ngày 27/10/2021"),
 D("Hướng dẫn", "25", "HD-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 25/HD-MTTW-BTT"),
 D("Quy chế", "03", "QC-MTTQ-BTT", "2022-03-15", "Ban Thường trực Ủy ban MTTQ tỉnh", "Quy chế số 03/QC-MTTQ-BTT ngày 15/3/2022")],
[prov("Trà Vinh"), com("Long Hiệp"), com("Long Đức")],
["ỦY BAN MTTQ VIỆT NAM TỈNH TRÀ VINH", "Vị trí: Trang chủ / Hoạt động / Tập huấn nghiệp vụ", "Ảnh: Quang cảnh lớp tập huấn.",
 "Quỹ Vì người nghèo", "Quỹ Cứu trợ", "Covid-19", "Lượt xem: 823"],
["Thứ Năm, 30/06/2022 - 14:05", "2 ngày 28 và 29/6", "năm 2022", "giai đoạn 2019 - 2021", "Covid-19",
 "1 bộ tài liệu", "quý III năm 2022", "Lượt xem: 823"]))

PAGES.append(page("b2272-yenbai-mttq-yagi-2024", """
BÁO YÊN BÁI ĐIỆN TỬ
Hôm nay: Thứ Ba, 17/09/2024
Tin tức > Xã hội > Chung tay khắc phục hậu quả bão số 3
Cập nhật: 16:42, 16/09/2024 (GMT+7)
Mặt trận tỉnh trao 12 tỷ đồng hỗ trợ người dân bị thiệt hại do bão Yagi
YBĐT - Chiều 15/9, Ủy ban MTTQ Việt Nam tỉnh Yên Bái tổ chức trao 12 tỷ đồng từ nguồn ủng hộ của các tổ chức, cá nhân cho 9 huyện, thị xã, thành phố để hỗ trợ người dân khắc phục hậu quả cơn bão số 3 (Yagi) và hoàn lưu sau bão.
Bà Giàng Thị Dua trao kinh phí hỗ trợ cho đại diện các địa phương.
Theo báo cáo, hoàn lưu bão số 3 đã làm 53 người chết và mất tích, hơn 14.000 ngôi nhà bị hư hỏng, hàng trăm điểm sạt lở lớn. Thực hiện Lời kêu gọi của Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam, Ban Thường trực Ủy ban MTTQ tỉnh ban hành Kế hoạch số 52/KH-MTTQ-BTT ngày 10/9/2024 vận động ủng hộ; đến ngày 15/9 đã tiếp nhận hơn 21,6 tỷ đồng và hàng hóa trị giá khoảng 3,5 tỷ đồng.
Căn cứ Nghị định 93/2021/NĐ-CP của Chính phủ và Công điện số 86/CĐ-TTg của Thủ tướng Chính phủ, Ban Vận động cứu trợ tỉnh thống nhất mức hỗ trợ: hộ có người chết, mất tích 20 triệu đồng/người; hộ có nhà bị sập đổ, cuốn trôi 40 triệu đồng; hộ phải di dời khẩn cấp 5 triệu đồng.
Tại buổi trao, bà Giàng Thị Dua, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, nhấn mạnh: mọi đồng tiền, mọi kg hàng hóa nhân dân gửi gắm phải đến tận tay người dân vùng lũ trong thời gian sớm nhất. Ông Lò Văn Pâng, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, cho biết kho hàng của Mặt trận tỉnh đã chuyển 10.000 thùng mì tôm, 2.000 chiếc áo phao, 1.600 bình nước lọc về các huyện Văn Yên, Mù Cang Chải, Lục Yên.
Ông Bàn Văn Hin, Chủ tịch Ủy ban MTTQ xã Châu Quế Thượng, huyện Văn Yên, cho biết xã có 27 hộ mất nhà, 61 hộ phải di dời; nhận được tiền, bà con sẽ dựng tạm lán trại. Ở phường Yên Ninh, 320 hộ bị ngập sâu đã nhận gạo, nước uống từ chiều 12/9.
Dịp này, các ông, bà: Hoàng Thị Vân, Giàng A Dế - Phó Chủ tịch Ủy ban MTTQ huyện Mù Cang Chải, tiếp nhận 1,2 tỷ đồng cho xã Mỏ Vàng và xã Chế Tạo. Các địa phương được yêu cầu lập danh sách hộ nhận hỗ trợ có chữ ký của người nhận, niêm yết công khai tại trụ sở xã và báo cáo về Ban Thường trực trước khi nhận đợt phân bổ tiếp theo. Ủy ban MTTQ tỉnh tiếp tục nhận ủng hộ qua tài khoản đến hết ngày 30/9/2024; danh sách ủng hộ được cập nhật hằng ngày trên Báo Yên Bái.
Thanh Chi
Lượt xem: 6.018
Tin liên quan
- Lục Yên: lực lượng vũ trang giúp dân dọn bùn sau lũ (14/09/2024)
- Hội Chữ thập đỏ tỉnh tiếp nhận 500 suất quà cho vùng lũ (13/09/2024)
- Mù Cang Chải: khẩn trương mở đường vào các bản bị cô lập (12/09/2024)
- Văn Yên: tìm kiếm người mất tích do sạt lở đất (11/09/2024)
""", "2024-09-16", "Mặt trận tỉnh trao 12 tỷ đồng hỗ trợ người dân bị thiệt hại do bão Yagi",
E("trao_qua", None, "2024-09-15"),
[P("Giàng Thị Dua", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lò Văn Pâng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Bàn Văn Hin", "Chủ tịch Ủy ban MTTQ xã Châu Quế Thượng"),
 P("Hoàng Thị Vân", "Phó Chủ tịch Ủy ban MTTQ huyện Mù Cang Chải"),
 P("Giàng A Dế", "Phó Chủ tịch Ủy ban MTTQ huyện Mù Cang Chải")],
[Q("12 tỷ đồng", 12000000000, "đồng"), Q("9 huyện, thị xã, thành phố", 9, "huyện, thị xã, thành phố"),
 Q("53 người", 53, "người"), Q("hơn 14.000 ngôi nhà", 14000, "ngôi nhà", "over"), Q("hơn 21,6 tỷ đồng", 21600000000, "đồng", "over"),
 Q("khoảng 3,5 tỷ đồng", 3500000000, "đồng", "approx"), Q("20 triệu đồng", 20000000, "đồng"), Q("40 triệu đồng", 40000000, "đồng"),
 Q("5 triệu đồng", 5000000, "đồng"), Q("10.000 thùng mì tôm", 10000, "thùng mì tôm"), Q("2.000 chiếc áo phao", 2000, "chiếc áo phao"),
 Q("1.600 bình nước lọc", 1600, "bình nước lọc"), Q("27 hộ", 27, "hộ"), Q("61 hộ", 61, "hộ"), Q("320 hộ", 320, "hộ"),
 Q("1,2 tỷ đồng", 1200000000, "đồng")],
[D("Kế hoạch", "52", "KH-MTTQ-BTT", "2024-09-10", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 52/KH-MTTQ-BTT ngày 10/9/2024"),
 D("Nghị định", "93", "2021/NĐ-CP", None, "Chính phủ", "Nghị định 93/2021/NĐ-CP")],
[prov("Yên Bái"), com("Châu Quế Thượng"), com("Yên Ninh"), com("Mỏ Vàng"), com("Chế Tạo")],
["BÁO YÊN BÁI ĐIỆN TỬ", "Tin tức > Xã hội > Chung tay khắc phục hậu quả bão số 3", "YBĐT",
 "Bà Giàng Thị Dua trao kinh phí hỗ trợ cho đại diện các địa phương.", "Yagi", "Lời kêu gọi", "Ban Vận động cứu trợ tỉnh",
 "Lượt xem: 6.018"],
["Hôm nay: Thứ Ba, 17/09/2024", "Cập nhật: 16:42, 16/09/2024 (GMT+7)", "bão số 3", "hàng trăm điểm sạt lở",
 "ngày 15/9", "Công điện số 86/CĐ-TTg", "chiều 12/9", "ngày 30/9/2024", "hằng ngày", "Lượt xem: 6.018"]))
