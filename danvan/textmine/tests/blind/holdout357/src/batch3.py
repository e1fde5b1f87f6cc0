from lib import *
PAGES = []

PAGES.append(page("b8537-hue-bdv-hoinghi-dacxa-2021", """
BÁO THỪA THIÊN HUẾ ONLINE
Trang chủ > Chính trị > Dân vận
Thứ Hai, 06/09/2021 - 15:10
Đồng chí Phan Thị Hoài Thu phát biểu chỉ đạo hội nghị.
Chuẩn bị chu đáo việc đón người được đặc xá trong điều kiện phòng, chống dịch
Sáng 6/9, Ban Dân vận Tỉnh ủy, Công an tỉnh và Ủy ban MTTQ Việt Nam tỉnh Thừa Thiên Huế tổ chức hội nghị trực tuyến triển khai công tác tiếp nhận, quản lý, giúp đỡ người được đặc xá năm 2021 đến 152 điểm cầu xã, phường, thị trấn.
Đồng chí Phan Thị Hoài Thu, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; Đại tá Tôn Thất Minh, Phó Giám đốc Công an tỉnh đồng chủ trì hội nghị.
Theo Quyết định số 1314/QĐ-CTN ngày 28/7/2021 của Chủ tịch nước về đặc xá năm 2021, cả nước có hơn 3.000 phạm nhân được đặc xá. Thừa Thiên Huế có 42 người được đặc xá trở về, trong đó 5 người ở các xã miền núi A Lưới, Nam Đông, 6 người từ tỉnh khác về tạm trú. Do dịch Covid-19 diễn biến phức tạp, việc đón người được đặc xá phải thực hiện theo Chỉ thị 15, 16/CT-TTg của Thủ tướng Chính phủ và hướng dẫn của ngành y tế: mỗi người được xét nghiệm, cách ly y tế tại nhà 7 ngày trước khi làm thủ tục trình diện.
Đồng chí Hồ Văn Đức, Phó Trưởng Ban Dân vận Tỉnh ủy quán triệt Hướng dẫn số 18-HD/BDVTU ngày 30/8/2021 của Ban Dân vận Tỉnh ủy; đề nghị Ban Dân vận các huyện, thị xã, thành phố phân công 1 cán bộ theo dõi chung và mỗi người được đặc xá có ít nhất 2 người giúp đỡ, gồm 1 đoàn viên, hội viên và 1 người thân trong gia đình.
Tại điểm cầu xã Hồng Thượng (A Lưới), ông Kăn Bốt, Chủ tịch Ủy ban MTTQ xã cho biết xã đã chuẩn bị 3 suất hỗ trợ lương thực, thực phẩm, mỗi suất 50 kg gạo, đồng thời vận động già làng Hồ Văn Lượng đến thăm gia đình người được đặc xá ngay khi hết cách ly. Bà Nguyễn Thị Mỹ Lệ, Chủ tịch UBND phường Thủy Xuân (TP Huế), đề nghị có hướng dẫn thống nhất về việc đón người được đặc xá từ trại giam ở các tỉnh phía Nam về qua các chốt kiểm soát dịch.
Phát biểu kết luận, đồng chí Phan Thị Hoài Thu yêu cầu các địa phương thực hiện đúng Nghị định 49/2020/NĐ-CP; tránh để người được đặc xá bị kỳ thị, mặc cảm; ưu tiên giới thiệu việc làm khi các doanh nghiệp hoạt động trở lại. Ngân hàng Chính sách xã hội tỉnh dành khoảng 500 triệu đồng cho vay giải quyết việc làm đối với người được đặc xá năm 2021.
Trước đó, năm 2020, toàn tỉnh tiếp nhận 218 người chấp hành xong án phạt tù; 89,4% đã có việc làm, 3 người tái phạm.
Minh Hiền
Tin liên quan
- A Lưới: đối thoại với người có uy tín trong đồng bào Tà Ôi, Pa Cô (28/08/2021)
- Mặt trận tỉnh trao 2.000 túi an sinh cho người dân khó khăn do dịch (20/08/2021)
- Ban Dân vận Tỉnh ủy giao ban trực tuyến quý II (12/07/2021)
""", "2021-09-06", "Chuẩn bị chu đáo việc đón người được đặc xá trong điều kiện phòng, chống dịch",
E("hoi_nghi", "2021", "2021-09-06"),
[P("Phan Thị Hoài Thu", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Tôn Thất Minh", "Đại tá", "Phó Giám đốc Công an tỉnh"),
 P("Hồ Văn Đức", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Kăn Bốt", "Chủ tịch Ủy ban MTTQ xã"),
 P("Hồ Văn Lượng", "già làng"),
 P("Nguyễn Thị Mỹ Lệ", "Chủ tịch UBND phường Thủy Xuân")],
[Q("152 điểm cầu xã, phường, thị trấn", 152, "điểm cầu xã, phường, thị trấn"), Q("hơn 3.000 phạm nhân", 3000, "phạm nhân", "over"),
 Q("42 người", 42, "người"), Q("5 người", 5, "người"), Q("6 người", 6, "người"),
 Q("ít nhất 2 người", 2, "người", "over"), Q("3 suất hỗ trợ lương thực, thực phẩm", 3, "suất hỗ trợ lương thực, thực phẩm"),
 Q("50 kg", 50, "kg"), Q("khoảng 500 triệu đồng", 500000000, "đồng", "approx"), Q("218 người", 218, "người"),
 Q("89,4%", 89.4, "%"), Q("3 người", 3, "người")],
[D("Quyết định", "1314", "QĐ-CTN", "2021-07-28", "Chủ tịch nước", "Quyết định số 1314/QĐ-CTN ngày 28/7/2021 của Chủ tịch nước"),
 D("Chỉ thị", "15", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị 15, 16/CT-TTg của Thủ tướng Chính phủ"),
 D("Chỉ thị", "16", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị 15, 16/CT-TTg của Thủ tướng Chính phủ"),
 D("Hướng dẫn", "18", "HD/BDVTU", "2021-08-30", "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 18-HD/BDVTU ngày 30/8/2021 của Ban Dân vận Tỉnh ủy"),
 D("Nghị định", "49", "2020/NĐ-CP", None, None, "Nghị định 49/2020/NĐ-CP")],
[prov("Thừa Thiên Huế"), com("Hồng Thượng"), com("Thủy Xuân")],
["BÁO THỪA THIÊN HUẾ ONLINE", "Trang chủ > Chính trị > Dân vận", "Đồng chí Phan Thị Hoài Thu phát biểu chỉ đạo hội nghị.",
 "Ngân hàng Chính sách xã hội tỉnh", "A Lưới", "Nam Đông", "TP Huế"],
["Thứ Hai, 06/09/2021 - 15:10", "năm 2021", "năm 2020", "Covid-19", "7 ngày", "1 cán bộ", "1 đoàn viên, hội viên", "1 người thân"]))

PAGES.append(page("b8538-camau-tinhdoan-traoqua-2021", """
CÀ MAU ONLINE - CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐOÀN CÀ MAU
Tin tức » Hoạt động Đoàn » Thanh niên với pháp luật
08:15 | 03/11/2021
Trao sinh kế giúp thanh niên chấp hành xong án phạt tù lập nghiệp
Chiều 2/11, Ban Thường vụ Tỉnh đoàn phối hợp với Phòng Cảnh sát thi hành án hình sự và hỗ trợ tư pháp Công an tỉnh Cà Mau trao sinh kế cho thanh niên đã chấp hành xong án phạt tù trong Chương trình "Thắp sáng niềm tin hoàn lương" năm 2021.
Tham dự có anh Trần Quốc Khởi, Phó Bí thư Thường trực Tỉnh đoàn; Thượng tá Lý Văn Nghị, Phó Trưởng phòng Cảnh sát thi hành án hình sự và hỗ trợ tư pháp Công an tỉnh; các anh Nguyễn Hoàng Tú, Danh Minh Thái - Phó Bí thư Tỉnh đoàn.
Dịp này, Tỉnh đoàn trao 15 suất sinh kế, mỗi suất trị giá 10 triệu đồng, gồm xuồng, máy đuôi tôm, lưới và con giống cho 15 thanh niên ở các huyện Cái Nước, Đầm Dơi, Trần Văn Thời và thành phố Cà Mau. Tổng kinh phí 150 triệu đồng do Công ty TNHH Thủy sản Minh Phát và các nhà hảo tâm đóng góp. Công an tỉnh cũng trao 20 phần quà, mỗi phần gồm 25 kg gạo và 300.000 đồng tiền mặt cho các gia đình có người đang chấp hành án có hoàn cảnh khó khăn do dịch Covid-19.
Theo anh Trần Quốc Khởi, thực hiện Chương trình phối hợp số 05/CTr-CA-TĐ giữa Công an tỉnh và Ban Thường vụ Tỉnh đoàn, từ năm 2019 đến nay các cơ sở Đoàn đã nhận giúp đỡ 136 thanh niên chấp hành xong án phạt tù; giới thiệu việc làm cho 58 bạn, hỗ trợ vay vốn cho 24 bạn với tổng số tiền gần 1,1 tỷ đồng. Trong số thanh niên được giúp đỡ, chỉ có 2 trường hợp tái phạm.
Anh Lê Văn Toàn (ấp Tân Phong, xã Tân Hưng Đông) xúc động: "Tôi vướng vào ma túy năm 19 tuổi, ra trại không ai cho làm. Có chiếc xuồng này tôi đi giăng lưới, bắt cua, ít nhất cũng nuôi được mẹ". Chị Thạch Thị Kim Hoa, Bí thư Đoàn xã Tân Hưng Đông, cho biết chi đoàn ấp sẽ thường xuyên đến thăm, rủ Toàn tham gia đội thanh niên tình nguyện của ấp.
Thượng tá Lý Văn Nghị đánh giá đây là cách làm thiết thực, giúp các bạn trẻ có sinh kế ổn định ngay sau khi trở về, qua đó phòng ngừa tái phạm tội. Ông đề nghị các cơ sở Đoàn tiếp tục phối hợp với Công an xã, phường, thị trấn trong việc tiếp nhận theo Nghị định 49/2020/NĐ-CP.
Trong năm 2022, Tỉnh đoàn phấn đấu hỗ trợ sinh kế cho ít nhất 30 thanh niên chấp hành xong án phạt tù, thành lập thêm 5 câu lạc bộ "Thanh niên hoàn lương" tại phường 8, xã Tân Hưng Đông và các xã ven biển.
Thùy Dương
Tin khác
- Tuổi trẻ Cà Mau ra quân tình nguyện mùa dịch (28/10/2021)
- Đầm Dơi: 30 đoàn viên được tập huấn kỹ năng phòng chống ma túy (18/10/2021)
- Tỉnh đoàn trao 200 suất quà cho thiếu nhi khó khăn (10/10/2021)
""", "2021-11-03", "Trao sinh kế giúp thanh niên chấp hành xong án phạt tù lập nghiệp",
E("trao_qua", None, "2021-11-02"),
[P("Trần Quốc Khởi", "Phó Bí thư Thường trực Tỉnh đoàn"),
 P("Lý Văn Nghị", "Thượng tá", "Phó Trưởng phòng Cảnh sát thi hành án hình sự và hỗ trợ tư pháp Công an tỉnh"),
 P("Nguyễn Hoàng Tú", "Phó Bí thư Tỉnh đoàn"),
 P("Danh Minh Thái", "Phó Bí thư Tỉnh đoàn"),
 P("Lê Văn Toàn"),
 P("Thạch Thị Kim Hoa", "Bí thư Đoàn xã Tân Hưng Đông")],
[Q("15 suất sinh kế", 15, "suất sinh kế"), Q("10 triệu đồng", 10000000, "đồng"), Q("15 thanh niên", 15, "thanh niên"),
 Q("150 triệu đồng", 150000000, "đồng"), Q("20 phần quà", 20, "phần quà"), Q("25 kg", 25, "kg"),
 Q("300.000 đồng", 300000, "đồng"), Q("136 thanh niên", 136, "thanh niên"), Q("58 bạn", 58, "bạn"), Q("24 bạn", 24, "bạn"),
 Q("gần 1,1 tỷ đồng", 1100000000, "đồng", "approx"), Q("2 trường hợp", 2, "trường hợp"),
 Q("ít nhất 30 thanh niên", 30, "thanh niên", "over"), Q("5 câu lạc bộ", 5, "câu lạc bộ")],
[D("Chương trình phối hợp", "05", "CTr-CA-TĐ", None, None, "Chương trình phối hợp số 05/CTr-CA-TĐ"),
 D("Nghị định", "49", "2020/NĐ-CP", None, None, "Nghị định 49/2020/NĐ-CP")],
[prov("Cà Mau"), com("Tân Hưng Đông"), com("phường 8")],
["CÀ MAU ONLINE - CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐOÀN CÀ MAU", "Tin tức » Hoạt động Đoàn » Thanh niên với pháp luật",
 "Thắp sáng niềm tin hoàn lương", "Thanh niên hoàn lương", "Công ty TNHH Thủy sản Minh Phát", "Cái Nước", "Đầm Dơi",
 "Trần Văn Thời", "ấp Tân Phong"],
["08:15 | 03/11/2021", "năm 2021", "từ năm 2019", "19 tuổi", "năm 2022", "Covid-19", "phường 8"]))

PAGES.append(page("b8539-quangninh-bdvtu-giaoban-2022", """
CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ CẨM PHẢ - TỈNH QUẢNG NINH
Trang chủ | Tin tức | Dân vận
Ngày đăng 06/06/2022 | 16:20
Cẩm Phả: Doanh nghiệp ngành than đồng hành cùng người chấp hành xong án phạt tù
Chiều 3/6, Ban Dân vận Thành ủy Cẩm Phả tổ chức giao ban công tác dân vận tháng 5/2022, tập trung đánh giá việc vận động doanh nghiệp tiếp nhận người chấp hành xong án phạt tù vào làm việc.
Đồng chí Vũ Thị Thu Trang, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Dân vận Thành ủy, Chủ tịch Ủy ban MTTQ thành phố chủ trì. Dự có đồng chí Lê Thị Minh Nguyệt, vừa được bổ nhiệm làm Phó Trưởng Ban Dân vận Thành ủy từ ngày 01/5/2022; Trung tá Phạm Đức Thắng, Phó Trưởng Công an thành phố; đại diện Ban Dân vận Đảng ủy các phường, xã và công đoàn các công ty than.
Báo cáo của Ban Dân vận Thành ủy cho thấy, trong tháng 5, thành phố tiếp nhận 11 người chấp hành xong án phạt tù trở về. Lũy kế 5 tháng đầu năm là 47 người, trong đó 19 người đã được giới thiệu vào làm việc tại Công ty Than Mông Dương - TKV, Công ty Than Cọc Sáu và các doanh nghiệp vận tải, cơ khí trong tỉnh Quảng Ninh; mức thu nhập bình quân 10 triệu đồng/tháng.
Theo Kế hoạch số 112-KH/TU ngày 10/3/2022 của Ban Thường vụ Thành ủy, mỗi doanh nghiệp ngành than trên địa bàn cam kết nhận tối thiểu 5 lao động là người chấp hành xong án phạt tù mỗi năm. Ông Đinh Quang Hưng, Chủ tịch Công đoàn Công ty Than Mông Dương - TKV, cho biết công ty đã ký hợp đồng với 8 người, bố trí 2 thợ lò bậc cao kèm cặp mỗi người trong 3 tháng đầu.
Ở cơ sở, phường Mông Dương có 6 người trở về đã được vay vốn, tổng số tiền 240 triệu đồng; phường Cẩm Thạch duy trì mô hình "Tổ dân phố đồng hành cùng người hoàn lương". Bà Hoàng Thị Xuân, Trưởng khu 3, phường Cẩm Thạch, nói: "Chúng tôi giao mỗi người một việc trong tổ dân phố, từ trực đêm đến quét đường, để họ thấy mình có ích".
Tuy nhiên, đồng chí Lê Thị Minh Nguyệt cũng nêu khó khăn: còn 7 người chưa có việc làm do sức khỏe yếu hoặc nghiện ma túy chưa điều trị dứt điểm; một số doanh nghiệp tư nhân còn e ngại.
Kết luận giao ban, đồng chí Vũ Thị Thu Trang đề nghị các phường, xã tiếp tục thực hiện Nghị định 49/2020/NĐ-CP và Quy chế phối hợp số 03/QCPH-BDV-CA giữa Ban Dân vận Thành ủy và Công an thành phố; trong tháng 6 hoàn thành việc rà soát hồ sơ những người trở về trong 5 năm gần đây; tham mưu Thành ủy biểu dương các doanh nghiệp tiêu biểu dịp tổng kết 6 tháng.
Thu Hằng
Tin cùng chuyên mục
- Giao ban công tác dân vận tháng 4/2022 (05/05/2022)
- Cộng Hòa: nhân dân hiến hơn 2.000 m2 đất làm đường (20/04/2022)
- Ra mắt mô hình "Dân vận khéo" ở phường Quang Hanh (08/04/2022)
""", "2022-06-06", "Cẩm Phả: Doanh nghiệp ngành than đồng hành cùng người chấp hành xong án phạt tù",
E("giao_ban", "2022-05", "2022-06-03"),
[P("Vũ Thị Thu Trang", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Dân vận Thành ủy", "Chủ tịch Ủy ban MTTQ thành phố"),
 P("Lê Thị Minh Nguyệt", "Phó Trưởng Ban Dân vận Thành ủy"),
 P("Phạm Đức Thắng", "Trung tá", "Phó Trưởng Công an thành phố"),
 P("Đinh Quang Hưng", "Chủ tịch Công đoàn Công ty Than Mông Dương - TKV"),
 P("Hoàng Thị Xuân", "Trưởng khu 3")],
[Q("11 người", 11, "người"), Q("47 người", 47, "người"), Q("19 người", 19, "người"), Q("10 triệu đồng", 10000000, "đồng"),
 Q("tối thiểu 5 lao động", 5, "lao động"), Q("8 người", 8, "người"), Q("2 thợ lò bậc cao", 2, "thợ lò bậc cao"),
 Q("6 người", 6, "người"), Q("240 triệu đồng", 240000000, "đồng"), Q("7 người", 7, "người")],
[D("Kế hoạch", "112", "KH/TU", "2022-03-10", "Ban Thường vụ Thành ủy", "Kế hoạch số 112-KH/TU ngày 10/3/2022 của Ban Thường vụ Thành ủy"),
 D("Nghị định", "49", "2020/NĐ-CP", None, None, "Nghị định 49/2020/NĐ-CP"),
 D("Quy chế phối hợp", "03", "QCPH-BDV-CA", None, None, "Quy chế phối hợp số 03/QCPH-BDV-CA")],
[prov("Quảng Ninh"), com("Mông Dương"), com("Cẩm Thạch")],
["CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ CẨM PHẢ - TỈNH QUẢNG NINH", "Trang chủ | Tin tức | Dân vận",
 "Tổ dân phố đồng hành cùng người hoàn lương", "Công ty Than Mông Dương - TKV", "Công ty Than Cọc Sáu", "Cẩm Phả", "khu 3"],
["Ngày đăng 06/06/2022 | 16:20", "tháng 5/2022", "ngày 01/5/2022", "tháng 5", "5 tháng đầu năm", "3 tháng đầu", "tháng 6",
 "5 năm gần đây", "6 tháng", "khu 3"]))

PAGES.append(page("b8540-ninhthuan-huyen-doithoai-2022", """
BÁO NINH THUẬN ĐIỆN TỬ
Thời sự | Chính trị | Pháp luật
17/09/2022 - 10:05
Thuận Nam: Đối thoại với người chấp hành xong án phạt tù năm 2022
Ngày 16/9, UBND huyện Thuận Nam phối hợp với Ban Dân vận Huyện ủy, Ủy ban MTTQ Việt Nam huyện tổ chức hội nghị đối thoại năm 2022 giữa Chủ tịch UBND huyện với người chấp hành xong án phạt tù, người được đặc xá đang cư trú tại các xã Phước Nam, Phước Hà, Phước Minh và Cà Ná.
Chủ trì đối thoại có ông Pinăng Văn Hùng, HUV, Chủ tịch UBND huyện; bà Đàng Thị Mỹ Hạnh, Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện. Tham dự có 67 người chấp hành xong án phạt tù cùng đại diện gia đình, chức sắc tôn giáo và người có uy tín.
Theo Công an huyện, hiện Thuận Nam quản lý 143 người đã chấp hành xong án phạt tù, trong đó 71 người là đồng bào Chăm, 28 người là đồng bào Raglai. Năm 2022, huyện đã giúp 34 người vay vốn với tổng số tiền 1,36 tỷ đồng, tổ chức 2 lớp dạy nghề (may công nghiệp, sửa chữa xe máy) cho 45 học viên.
Tại buổi đối thoại, 12 ý kiến được nêu lên. Anh Thuận Văn Sơn (xã Phước Nam) đề nghị được vay thêm vốn để mở rộng trại chăn nuôi dê, cừu. Anh Chamaléa Thuyết (thôn Tà Nôi, xã Phước Hà) phản ánh việc đi lại để làm thủ tục cấp căn cước công dân còn khó khăn. Anh Nguyễn Văn Tùng (thôn Lạc Tân, xã Cà Ná) mong được hướng dẫn thủ tục xin giấy phép đánh bắt hải sản.
Trả lời các ý kiến, ông Pinăng Văn Hùng giao Phòng Lao động - Thương binh và Xã hội phối hợp Phòng Giao dịch Ngân hàng Chính sách xã hội huyện xem xét cho vay tối đa 100 triệu đồng đối với người có phương án sản xuất; Công an huyện tổ chức cấp căn cước công dân lưu động tại xã Phước Hà trong tháng 10.
Phát biểu tại hội nghị, Imưm Đàng Năng Thọ, thành viên Hội đồng Sư cả Hồi giáo Bàni tỉnh, cam kết cùng các vị chức sắc khuyên bảo bà con trong thôn không xa lánh người lầm lỗi. Bà Chamaléa Thị Ngót, người có uy tín thôn Tà Nôi, cũng hứa mỗi tháng đến thăm các gia đình có người trở về.
Bà Đàng Thị Mỹ Hạnh cho biết, thực hiện Kế hoạch số 4512/KH-UBND ngày 18/8/2022 của UBND tỉnh và Nghị định 49/2020/NĐ-CP, Ban Dân vận Huyện ủy đã xây dựng 4 mô hình "Dân vận khéo" giúp đỡ người chấp hành xong án phạt tù, mỗi mô hình được hỗ trợ 15 triệu đồng. Tỷ lệ người chấp hành xong án phạt tù có việc làm đạt 87%.
Kết thúc đối thoại, các ý kiến được trả lời trực tiếp; những nội dung vượt thẩm quyền được huyện tổng hợp, kiến nghị UBND tỉnh Ninh Thuận.
Văn Nỹ
Tin liên quan
- Ninh Phước: 500 phần quà cho đồng bào Chăm dịp lễ Katê (14/09/2022)
- Ban Dân vận Tỉnh ủy giao ban công tác dân vận 9 tháng (08/09/2022)
- Bác Ái: nhân rộng mô hình "Bon làng không ma túy" (30/08/2022)
""", "2022-09-17", "Thuận Nam: Đối thoại với người chấp hành xong án phạt tù năm 2022",
E("doi_thoai", "2022", "2022-09-16"),
[P("Pinăng Văn Hùng", "HUV", "Chủ tịch UBND huyện"),
 P("Đàng Thị Mỹ Hạnh", "Ủy viên Ban Thường vụ", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Thuận Văn Sơn"),
 P("Chamaléa Thuyết"),
 P("Nguyễn Văn Tùng"),
 P("Đàng Năng Thọ", "Imưm", "thành viên Hội đồng Sư cả Hồi giáo Bàni tỉnh"),
 P("Chamaléa Thị Ngót", "người có uy tín thôn Tà Nôi")],
[Q("67 người", 67, "người"), Q("143 người", 143, "người"), Q("71 người", 71, "người"), Q("28 người", 28, "người"),
 Q("34 người", 34, "người"), Q("1,36 tỷ đồng", 1360000000, "đồng"), Q("2 lớp dạy nghề", 2, "lớp dạy nghề"),
 Q("45 học viên", 45, "học viên"), Q("12 ý kiến", 12, "ý kiến"), Q("100 triệu đồng", 100000000, "đồng"),
 Q("4 mô hình", 4, "mô hình"), Q("15 triệu đồng", 15000000, "đồng"), Q("87%", 87, "%")],
[D("Kế hoạch", "4512", "KH-UBND", "2022-08-18", "UBND tỉnh", "Kế hoạch số 4512/KH-UBND ngày 18/8/2022 của UBND tỉnh"),
 D("Nghị định", "49", "2020/NĐ-CP", None, None, "Nghị định 49/2020/NĐ-CP")],
[prov("Ninh Thuận"), com("Phước Nam"), com("Phước Hà"), com("Phước Minh"), com("Cà Ná")],
["BÁO NINH THUẬN ĐIỆN TỬ", "Thời sự | Chính trị | Pháp luật", "Thuận Nam", "Dân vận khéo", "thôn Tà Nôi", "thôn Lạc Tân",
 "Phòng Lao động - Thương binh và Xã hội"],
["17/09/2022 - 10:05", "năm 2022", "tháng 10", "mỗi tháng"]))

PAGES.append(page("b8541-hanoi-hdnd-giamsat-2023", """
HÀ NỘI MỚI ĐIỆN TỬ - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM THÀNH PHỐ HÀ NỘI
Thời sự › Chính trị › Hoạt động HĐND
Thứ Năm, 10/8/2023, 14:22
Ba Vì cần chú trọng hơn việc hỗ trợ học nghề cho người chấp hành xong án phạt tù
Sáng 10/8, Đoàn giám sát của Ban Pháp chế HĐND thành phố Hà Nội do đồng chí Trần Văn Lực, Trưởng Ban Pháp chế HĐND thành phố làm trưởng đoàn, đã giám sát việc thực hiện công tác tái hòa nhập cộng đồng đối với người chấp hành xong án phạt tù tại huyện Ba Vì.
Tham gia đoàn có các đồng chí Phó Trưởng Ban Pháp chế HĐND thành phố: Nguyễn Thị Phương Thảo, Đỗ Mạnh Cường; đại diện Công an thành phố, Sở Lao động - Thương binh và Xã hội, Ủy ban MTTQ Việt Nam thành phố.
Báo cáo với đoàn, đồng chí Nguyễn Quang Huy, Phó Chủ tịch UBND huyện Ba Vì cho biết, từ khi Nghị định số 49/2020/NĐ-CP có hiệu lực đến tháng 6/2023, huyện đã tiếp nhận 327 người chấp hành xong án phạt tù, trong đó 21 người được đặc xá. UBND 31 xã, thị trấn đã lập hồ sơ, phân công người giúp đỡ cho 100% số người trở về; tổ chức 62 hội nghị tuyên truyền pháp luật. Có 119 người được hỗ trợ vay vốn với tổng dư nợ 5,8 tỷ đồng; tuy nhiên chỉ 16 người được học nghề.
Trước đó, đoàn đã giám sát trực tiếp tại xã Tản Lĩnh và xã Ba Vì, làm việc với Ban Chỉ đạo của xã và gặp 8 người đã trở về. Tại xã Ba Vì, nơi đồng bào Dao sinh sống, ông Triệu Văn Phú, Trưởng thôn Yên Sơn, cho biết thôn có 3 người trở về, cả 3 đều làm du lịch cộng đồng, bán thuốc nam cùng gia đình. Ông Bàn Văn Sinh, Chủ tịch UBND xã Tản Lĩnh, kiến nghị thành phố có chính sách hỗ trợ học nghề ngắn hạn và tiền ăn trong thời gian học.
Tại buổi làm việc, các thành viên đoàn đề nghị huyện làm rõ nguyên nhân 14 người tái phạm tội trong giai đoạn 2020 - 2023 và việc chưa phối hợp được với các cơ sở giáo dục nghề nghiệp. Đồng chí Nguyễn Thị Phương Thảo lưu ý huyện cần thực hiện nghiêm Kế hoạch số 205/KH-UBND ngày 14/9/2020 của UBND thành phố và các hướng dẫn của Công an thành phố.
Kết luận buổi giám sát, đồng chí Trần Văn Lực ghi nhận huyện Ba Vì đã chủ động triển khai, nhiều xã làm tốt; đề nghị huyện tăng cường phối hợp với Mặt trận, các đoàn thể, doanh nghiệp trong giới thiệu việc làm; bố trí kinh phí học nghề cho người chấp hành xong án phạt tù; nhân rộng mô hình "Thôn, xóm giúp người lầm lỗi". Kết quả giám sát sẽ được báo cáo Thường trực HĐND thành phố theo Kế hoạch số 98/KH-BPC ngày 05/7/2023 của Ban Pháp chế HĐND thành phố.
Cùng ngày, đoàn đã tặng 8 suất quà, mỗi suất 1 triệu đồng, cho những người trở về có hoàn cảnh khó khăn ở xã Tản Lĩnh và xã Ba Vì.
Hải Linh
Tin khác
- Ban Pháp chế HĐND thành phố giám sát công tác thi hành án dân sự (08/08/2023)
- Chủ tịch HĐND thành phố tiếp công dân định kỳ tháng 8 (05/08/2023)
- Thường trực HĐND thành phố giao ban quý II/2023 (20/07/2023)
""", "2023-08-10", "Ba Vì cần chú trọng hơn việc hỗ trợ học nghề cho người chấp hành xong án phạt tù",
E("giam_sat", None, "2023-08-10"),
[P("Trần Văn Lực", "Trưởng Ban Pháp chế HĐND thành phố"),
 P("Nguyễn Thị Phương Thảo", "Phó Trưởng Ban Pháp chế HĐND thành phố"),
 P("Đỗ Mạnh Cường", "Phó Trưởng Ban Pháp chế HĐND thành phố"),
 P("Nguyễn Quang Huy", "Phó Chủ tịch UBND huyện Ba Vì"),
 P("Triệu Văn Phú", "Trưởng thôn Yên Sơn"),
 P("Bàn Văn Sinh", "Chủ tịch UBND xã Tản Lĩnh")],
[Q("327 người", 327, "người"), Q("21 người", 21, "người"), Q("31 xã, thị trấn", 31, "xã, thị trấn"), Q("100%", 100, "%"),
 Q("62 hội nghị tuyên truyền pháp luật", 62, "hội nghị tuyên truyền pháp luật"), Q("119 người", 119, "người"),
 Q("5,8 tỷ đồng", 5800000000, "đồng"), Q("16 người", 16, "người"), Q("8 người", 8, "người"), Q("3 người", 3, "người"),
 Q("14 người", 14, "người"), Q("8 suất quà", 8, "suất quà"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Nghị định", "49", "2020/NĐ-CP", None, None, "Nghị định số 49/2020/NĐ-CP"),
 D("Kế hoạch", "205", "KH-UBND", "2020-09-14", "UBND thành phố", "Kế hoạch số 205/KH-UBND ngày 14/9/2020 của UBND thành phố"),
 D("Kế hoạch", "98", "KH-BPC", "2023-07-05", "Ban Pháp chế HĐND thành phố", "Kế hoạch số 98/KH-BPC ngày 05/7/2023 của Ban Pháp chế HĐND thành phố")],
[prov("Hà Nội"), com("Tản Lĩnh"), com("Ba Vì")],
["HÀ NỘI MỚI ĐIỆN TỬ - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM THÀNH PHỐ HÀ NỘI", "Thời sự › Chính trị › Hoạt động HĐND",
 "Thôn, xóm giúp người lầm lỗi", "Sở Lao động - Thương binh và Xã hội", "thôn Yên Sơn"],
["Thứ Năm, 10/8/2023, 14:22", "tháng 6/2023", "cả 3", "giai đoạn 2020 - 2023"]))

PAGES.append(page("b8542-gialai-bdv-hoinghi-2023", """
BAN DÂN VẬN TỈNH ỦY GIA LAI
You are here: Trang chủ / Tin tức / Hoạt động dân vận
Thứ Sáu, 15/12/2023, 08:05
Gia Lai biểu dương 45 người có uy tín tiêu biểu giúp người lầm lỗi hoàn lương
Ngày 14/12/2023, Ban Dân vận Tỉnh ủy phối hợp với Công an tỉnh, Ban Dân tộc tỉnh tổ chức hội nghị biểu dương người có uy tín tiêu biểu trong công tác giúp đỡ người chấp hành xong án phạt tù tái hòa nhập cộng đồng năm 2023.
Dự hội nghị có đồng chí Rơ Châm H'Nhi, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; Đại tá Nguyễn Đình Thắng, Phó Giám đốc Công an tỉnh; đồng chí Ksor Y Lưu, Trưởng Ban Dân tộc tỉnh cùng 45 người có uy tín tiêu biểu đến từ 17 huyện, thị xã, thành phố.
Theo báo cáo, từ năm 2021 đến nay, người có uy tín trên địa bàn tỉnh đã tham gia tiếp nhận, cảm hóa 612 người chấp hành xong án phạt tù, trong đó 438 người là đồng bào Jrai, Bahnar; vận động 54 người từ bỏ ma túy, 27 người trở về từ bỏ tà đạo "Hà Mòn". Nhờ đó, tỷ lệ tái phạm ở vùng đồng bào dân tộc thiểu số giảm còn 3,1%. Hiện toàn tỉnh có 1.872 người có uy tín trong đồng bào dân tộc thiểu số.
Nhiều già làng được nhắc đến như những "người cha thứ hai" của người lầm lỗi. Các già làng Rơ Mah Blông (làng Ia Bia, xã Ia Kla, huyện Đức Cơ), Đinh Plơi (làng Kon Sơ Lăng, xã Hà Đông, huyện Đak Đoa) đã nhận đỡ đầu 23 thanh niên, giúp họ có đất sản xuất, dựng nhà, lấy vợ.
Phát biểu tại hội nghị, già làng Rơ Mah Blông chia sẻ: "Người đi tù về là con của làng. Làng không nhận thì nó đi đâu? Mình cho nó mượn rẫy, dạy nó trồng cà phê, nó sẽ thương làng". Bà Puih H'Yin, người có uy tín làng Plei Ơi, xã Ia Ka (Chư Păh), kể đã 3 năm liền đến trại giam thăm con em trong làng đang chấp hành án, mang theo thư của gia đình.
Đồng chí Rơ Châm H'Nhi đánh giá cao vai trò người có uy tín; đề nghị các cấp tiếp tục thực hiện Kết luận 03, 04-KL/TU của Ban Thường vụ Tỉnh ủy về công tác vận động quần chúng vùng đồng bào dân tộc thiểu số và phòng, chống tội phạm; Quyết định số 12/2018/QĐ-TTg ngày 06/3/2018 của Thủ tướng Chính phủ về tiêu chí lựa chọn, công nhận người có uy tín và chính sách đối với người có uy tín trong đồng bào dân tộc thiểu số.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 45 người có uy tín tiêu biểu, mỗi người được tặng kèm phần quà trị giá 1,5 triệu đồng; Công an tỉnh tặng giấy khen cho 12 tập thể. Tổng kinh phí khen thưởng, tặng quà hơn 120 triệu đồng.
H'Ngọc
Tin liên quan
- Chư Sê: 35 người có uy tín được tập huấn kỹ năng hòa giải (05/12/2023)
- Ban Dân vận Tỉnh ủy làm việc với Huyện ủy Krông Pa (28/11/2023)
- Gia Lai tôn vinh 60 mô hình "Dân vận khéo" (20/11/2023)
""", "2023-12-15", "Gia Lai biểu dương 45 người có uy tín tiêu biểu giúp người lầm lỗi hoàn lương",
E("hoi_nghi", "2023", "2023-12-14"),
[P("Rơ Châm H'Nhi", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Đình Thắng", "Đại tá", "Phó Giám đốc Công an tỉnh"),
 P("Ksor Y Lưu", "Trưởng Ban Dân tộc tỉnh"),
 P("Rơ Mah Blông", "già làng"),
 P("Đinh Plơi", "già làng"),
 P("Puih H'Yin", "người có uy tín làng Plei Ơi")],
[Q("45 người có uy tín tiêu biểu", 45, "người có uy tín tiêu biểu"), Q("17 huyện, thị xã, thành phố", 17, "huyện, thị xã, thành phố"),
 Q("612 người", 612, "người"), Q("438 người", 438, "người"), Q("54 người", 54, "người"), Q("27 người", 27, "người"),
 Q("3,1%", 3.1, "%"), Q("1.872 người có uy tín", 1872, "người có uy tín"), Q("23 thanh niên", 23, "thanh niên"), Q("1,5 triệu đồng", 1500000, "đồng"),
 Q("12 tập thể", 12, "tập thể"), Q("hơn 120 triệu đồng", 120000000, "đồng", "over")],
[D("Kết luận", "03", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 03, 04-KL/TU của Ban Thường vụ Tỉnh ủy"),
 D("Kết luận", "04", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 03, 04-KL/TU của Ban Thường vụ Tỉnh ủy"),
 D("Quyết định", "12", "2018/QĐ-TTg", "2018-03-06", "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg ngày 06/3/2018 của Thủ tướng Chính phủ")],
[prov("Gia Lai"), com("Ia Kla"), com("Hà Đông"), com("Ia Ka")],
["BAN DÂN VẬN TỈNH ỦY GIA LAI", "You are here: Trang chủ / Tin tức / Hoạt động dân vận", "Hà Mòn", "người cha thứ hai",
 "làng Ia Bia", "làng Kon Sơ Lăng", "làng Plei Ơi", "Đức Cơ", "Đak Đoa", "Chư Păh", "Ban Dân tộc tỉnh"],
["Thứ Sáu, 15/12/2023, 08:05", "năm 2023", "từ năm 2021", "3 năm liền"]))
