from lib import *
PAGES = []

PAGES.append(page("b7811-namdinh-bdv-giaoban-q3-2017", """
BAN DÂN VẬN TỈNH ỦY NAM ĐỊNH
Vị trí: Trang chủ >> Tin tức >> Hoạt động dân vận
12-10-2017 08:40
Ảnh: Quang cảnh buổi giao ban.
Giao ban khối dân vận quý III: quan tâm vận động người dân không đi nước ngoài trái phép
Ngày 10/10/2017, Ban Dân vận Tỉnh ủy Nam Định tổ chức giao ban công tác dân vận quý III/2017 với Ban Dân vận các huyện ủy, thành ủy và khối dân vận tỉnh. Đồng chí Trần Văn Chung, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh chủ trì.
Báo cáo tại giao ban nêu rõ, tình hình an ninh nông thôn cơ bản ổn định; tuy nhiên, tình trạng người dân đi "đường dây" sang châu Âu, nhất là Anh, Pháp, Đức để lao động chui vẫn diễn biến phức tạp tại các huyện Hải Hậu, Giao Thủy, Nghĩa Hưng. Theo số liệu của Công an tỉnh, 9 tháng năm 2017 có 62 công dân của tỉnh bị nước ngoài trục xuất, trao trả vì cư trú, lao động bất hợp pháp. Nhiều gia đình phải cầm cố nhà đất, vay nợ từ 15.000 đến 30.000 USD để chi trả cho đường dây đưa người.
Trong quý, khối dân vận đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 19-CT/TU ngày 24/7/2017 về tăng cường lãnh đạo công tác phòng ngừa, đấu tranh với hoạt động đưa người xuất cảnh trái phép; Ban Dân vận Tỉnh ủy ban hành Kế hoạch số 76-KH/BDVTU triển khai thực hiện. Mặt trận và các đoàn thể tổ chức 318 hội nghị tuyên truyền tại thôn, xóm, xứ đạo, thu hút 27.500 lượt đoàn viên, hội viên và giáo dân.
Đồng chí Phạm Thị Nhàn, Phó Trưởng Ban Dân vận Tỉnh ủy báo cáo thêm, Ban đã phối hợp với Ban Tôn giáo tỉnh gặp gỡ các linh mục quản xứ để vận động bà con giáo dân; Linh mục Giuse Vũ Đình Khang, Quản xứ giáo xứ Quần Liêu, đã nhiều lần nhắc nhở giáo dân trong các thánh lễ không tin lời những kẻ hứa hẹn việc nhẹ lương cao ở nước ngoài.
Ý kiến tại giao ban, bà Đoàn Thị Hường, HUV, Trưởng Ban Dân vận Huyện ủy Hải Hậu, cho biết huyện có khoảng 40% số người đi nước ngoài không theo hợp đồng; đề nghị tỉnh có hướng dẫn cụ thể về việc vận động các gia đình có người đang ở nước ngoài trái phép. Đồng chí Vũ Văn Toàn, Chủ tịch Hội Nông dân huyện Giao Thủy, kiến nghị tăng nguồn vốn vay giải quyết việc làm để người dân yên tâm làm ăn ở quê.
Kết luận giao ban, đồng chí Trần Văn Chung yêu cầu quý IV tập trung tuyên truyền về rủi ro khi đi theo đường dây, phổ biến các chương trình đưa lao động đi làm việc ở nước ngoài theo hợp đồng hợp pháp; mỗi xã ven biển chọn 1 chi hội làm điểm mô hình "Gia đình không có người xuất cảnh trái phép"; hoàn thành sơ kết 3 tháng thực hiện Chỉ thị 19 trước ngày 30/11/2017.
Ban Dân vận Tỉnh ủy Nam Định cũng đề nghị các huyện báo cáo kết quả định kỳ hằng tháng về số người đi, người về để tổng hợp, tham mưu kịp thời cho Thường trực Tỉnh ủy.
Nguyễn Hương
Tin liên quan
- Hải Hậu: Ra mắt mô hình "Xứ đạo bình yên" (02/10/2017)
- Giao Thủy tổng kết 10 năm công tác dân vận vùng giáo (22/09/2017)
- Hội LHPN tỉnh tuyên truyền phòng, chống mua bán người (11/09/2017)
- Giao ban công tác dân vận quý II năm 2017 (07/07/2017)
""", "2017-10-12", "Giao ban khối dân vận quý III: quan tâm vận động người dân không đi nước ngoài trái phép",
E("giao_ban", "2017-Q3", "2017-10-10"),
[P("Trần Văn Chung", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Phạm Thị Nhàn", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Giuse Vũ Đình Khang", "Linh mục", "Quản xứ giáo xứ Quần Liêu"),
 P("Đoàn Thị Hường", "HUV", "Trưởng Ban Dân vận Huyện ủy Hải Hậu"),
 P("Vũ Văn Toàn", "Chủ tịch Hội Nông dân huyện Giao Thủy")],
[Q("62 công dân", 62, "công dân"), Q("từ 15.000 đến 30.000 USD", 15000, "USD"), Q("từ 15.000 đến 30.000 USD", 30000, "USD"),
 Q("318 hội nghị tuyên truyền", 318, "hội nghị tuyên truyền"), Q("27.500 lượt đoàn viên, hội viên và giáo dân", 27500, "lượt đoàn viên, hội viên và giáo dân"),
 Q("khoảng 40%", 40, "%", "approx")],
[D("Chỉ thị", "19", "CT/TU", "2017-07-24", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 19-CT/TU ngày 24/7/2017"),
 D("Kế hoạch", "76", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 76-KH/BDVTU")],
[prov("Nam Định")],
["BAN DÂN VẬN TỈNH ỦY NAM ĐỊNH", "Vị trí: Trang chủ >> Tin tức >> Hoạt động dân vận", "Ảnh: Quang cảnh buổi giao ban.",
 "Gia đình không có người xuất cảnh trái phép"],
["12-10-2017 08:40", "quý III/2017", "9 tháng năm 2017", "quý IV", "1 chi hội", "3 tháng", "Chỉ thị 19", "30/11/2017"]))

PAGES.append(page("b7812-haiduong-sldtbxh-baocao-2018", """
SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH HẢI DƯƠNG
Trang chủ › Tin tức › Việc làm - Lao động ngoài nước
21.07.2018 | 16:05
Hơn 1.100 lao động Hải Dương đang cư trú bất hợp pháp tại Hàn Quốc
Ngày 16/7/2018, Sở Lao động - Thương binh và Xã hội có Báo cáo số 214/BC-SLĐTBXH gửi UBND tỉnh về kết quả 6 tháng đầu năm 2018 thực hiện công tác vận động người lao động về nước đúng hạn và phòng ngừa lao động bỏ trốn, cư trú bất hợp pháp tại Hàn Quốc theo Chương trình EPS.
Theo báo cáo, đến ngày 30/6/2018, Hải Dương có 3.840 lao động đang làm việc tại Hàn Quốc theo Chương trình EPS, trong đó hơn 1.100 người hết hạn hợp đồng nhưng không về nước, chiếm 28,7%. Tỉnh nằm trong số 40 địa phương bị Bộ Lao động - Thương binh và Xã hội tạm dừng tuyển chọn lao động đi Hàn Quốc theo Quyết định số 1465/QĐ-LĐTBXH, do tỷ lệ cư trú bất hợp pháp cao. Các huyện Thanh Hà, Tứ Kỳ, Ninh Giang có tỷ lệ cao nhất, có xã trên 45%.
6 tháng đầu năm, các địa phương đã tổ chức 95 buổi tuyên truyền với 4.700 lượt người dự; gửi 1.238 thư vận động tới gia đình người lao động; 214 lao động hết hạn hợp đồng đã về nước đúng hạn và được hoàn trả tiền ký quỹ 100 triệu đồng/người. Thực hiện Công văn số 602/UBND-VX ngày 12/3/2018 của UBND tỉnh, các xã đã ký cam kết với 356 gia đình có người sắp hết hạn hợp đồng.
Báo cáo nêu điển hình xã Thanh Hồng (huyện Thanh Hà): Ông Nguyễn Văn Dũng, Chủ tịch UBND xã, trực tiếp gặp từng gia đình; Hội Phụ nữ xã lập nhóm liên lạc với người lao động qua mạng xã hội. Nhờ vậy, tỷ lệ lao động về nước đúng hạn của xã đạt 81%, tăng 23% so với cùng kỳ.
Bên cạnh đó, báo cáo chỉ ra hạn chế: nhiều gia đình còn coi việc con em ở lại làm chui là "cơ hội kiếm tiền", có trường hợp gửi về 40 - 50 triệu đồng mỗi tháng; một số xã chưa quan tâm, giao khoán cho cán bộ lao động - thương binh xã hội.
Sở đề xuất UBND tỉnh chỉ đạo các huyện gắn trách nhiệm người đứng đầu, đưa chỉ tiêu giảm tỷ lệ cư trú bất hợp pháp xuống dưới 20% vào đánh giá thi đua năm 2018; đồng thời đề nghị Ban Dân vận Tỉnh ủy và Ủy ban MTTQ tỉnh phối hợp vận động qua hệ thống Mặt trận, đoàn thể, nhất là tại các huyện có tỷ lệ cao. Ông Vũ Đức Tiến, Phó Giám đốc Sở, cho biết Sở sẽ phối hợp Trung tâm Lao động ngoài nước tổ chức tư vấn trực tuyến cho lao động tại Hàn Quốc.
P.V
Tin khác
- Hội nghị triển khai Luật Người lao động Việt Nam đi làm việc ở nước ngoài (09/07/2018)
- Ninh Giang: Vận động 32 lao động về nước đúng hạn (25/06/2018)
- Tuyển chọn lao động đi làm việc tại Nhật Bản năm 2018 (14/06/2018)
- Tứ Kỳ: Gặp mặt gia đình có người đang làm việc tại Hàn Quốc (30/05/2018)
""", "2018-07-21", "Hơn 1.100 lao động Hải Dương đang cư trú bất hợp pháp tại Hàn Quốc",
E("bao_cao", "2018-H1", "2018-07-16"),
[P("Nguyễn Văn Dũng", "Chủ tịch UBND xã"), P("Vũ Đức Tiến", "Phó Giám đốc Sở")],
[Q("3.840 lao động", 3840, "lao động"), Q("hơn 1.100 người", 1100, "người", "over"), Q("28,7%", 28.7, "%"),
 Q("40 địa phương", 40, "địa phương"), Q("trên 45%", 45, "%", "over"), Q("95 buổi tuyên truyền", 95, "buổi tuyên truyền"),
 Q("4.700 lượt người", 4700, "lượt người"), Q("1.238 thư vận động", 1238, "thư vận động"), Q("214 lao động", 214, "lao động"),
 Q("100 triệu đồng/người", 100000000, "đồng"), Q("356 gia đình", 356, "gia đình"), Q("81%", 81, "%"), Q("23%", 23, "%"),
 Q("40 - 50 triệu đồng", 40000000, "đồng"), Q("40 - 50 triệu đồng", 50000000, "đồng"), Q("dưới 20%", 20, "%")],
[D("Báo cáo", "214", "BC-SLĐTBXH", None, "Sở Lao động - Thương binh và Xã hội", "Báo cáo số 214/BC-SLĐTBXH"),
 D("Quyết định", "1465", "QĐ-LĐTBXH", None, None, "Quyết định số 1465/QĐ-LĐTBXH"),
 D("Công văn", "602", "UBND-VX", "2018-03-12", "UBND tỉnh", "Công văn số 602/UBND-VX ngày 12/3/2018")],
[prov("Hải Dương"), com("Thanh Hồng")],
["SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH HẢI DƯƠNG", "Trang chủ › Tin tức › Việc làm - Lao động ngoài nước",
 "Chương trình EPS", "Trung tâm Lao động ngoài nước"],
["21.07.2018 | 16:05", "6 tháng đầu năm 2018", "30/6/2018", "năm 2018", "mỗi tháng"]))

PAGES.append(page("b7813-quangtri-hlhpn-traoqua-2019", """
Báo Quảng Trị - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Quảng Trị
Xã hội | Đời sống
Cập nhật lúc 17:20 ngày 25/01/2019
Trao quà cho phụ nữ, trẻ em có hoàn cảnh khó khăn trở về từ nước ngoài
QTO - Ngày 24/1/2019, Hội Liên hiệp Phụ nữ tỉnh phối hợp với Đồn Biên phòng Cửa khẩu quốc tế Lao Bảo tổ chức thăm, tặng 80 suất quà cho phụ nữ, trẻ em là người dân tộc Vân Kiều, Pa Kô có hoàn cảnh khó khăn, trong đó có nhiều chị em từng bị lừa bán hoặc xuất cảnh trái phép sang Lào, Trung Quốc làm thuê nay đã trở về địa phương.
Đồng chí Hồ Thị Thu Hằng trao quà cho phụ nữ xã Tân Thành.
Tham dự có đồng chí Hồ Thị Thu Hằng, Ủy viên Ban Thường vụ, Trưởng ban Dân tộc - Tôn giáo Hội LHPN tỉnh; Trung tá Lê Quang Vĩnh, Chính trị viên Đồn Biên phòng Cửa khẩu quốc tế Lao Bảo; đại diện lãnh đạo các xã Tân Thành, Tân Long và thị trấn Lao Bảo (huyện Hướng Hóa).
Mỗi suất quà trị giá 700.000 đồng, gồm tiền mặt, gạo, dầu ăn và chăn ấm; riêng 12 chị em có hoàn cảnh đặc biệt khó khăn được tặng thêm mỗi người 1 con bò giống trị giá 12 triệu đồng từ nguồn tài trợ của các nhà hảo tâm. Tổng trị giá chương trình gần 200 triệu đồng.
Theo Hội LHPN huyện Hướng Hóa, năm 2018 trên địa bàn có 27 phụ nữ, trẻ em được giải cứu hoặc tự trở về sau khi bị dụ dỗ sang bên kia biên giới. Chị Hồ Thị Pây, ở bản Ka Tăng, xã Tân Long, xúc động: "Em bị rủ đi làm ở nhà hàng bên kia, 3 tháng không được trả đồng nào. Về nhà được Hội giúp vay vốn nuôi heo, giờ em không đi nữa". Bà Kăn Thị Nhiên, Chủ tịch Hội Phụ nữ xã Tân Thành, cho biết Hội đã phân công các chi hội trưởng theo dõi 35 chị em thuộc diện có nguy cơ bỏ đi.
Phát biểu tại buổi trao quà, Trung tá Lê Quang Vĩnh thông tin về thủ đoạn mới của các đối tượng môi giới qua mạng xã hội và đề nghị chị em khi có người lạ rủ đi làm xa thì báo ngay cho Đồn Biên phòng, trưởng bản. Đồng chí Hồ Thị Thu Hằng mong muốn các chị tiếp tục tham gia sinh hoạt hội, chia sẻ câu chuyện của mình để cảnh báo người khác.
Dịp này, Hội LHPN tỉnh cũng bàn giao 2 "Mái ấm tình thương" cho 2 hội viên nghèo ở xã Tân Long, mỗi căn trị giá 50 triệu đồng.
Chương trình nằm trong chuỗi hoạt động "Xuân biên giới - Ấm lòng dân bản" do Hội LHPN tỉnh và Bộ đội Biên phòng tỉnh phối hợp tổ chức hằng năm trước dịp Tết Nguyên đán.
Hoàng Giang
Tin liên quan
- Bộ đội Biên phòng tỉnh tặng quà Tết cho đồng bào biên giới (22/01/2019)
- Hướng Hóa: Ra mắt mô hình "Phụ nữ biên giới nói không với mua bán người" (10/01/2019)
- Đakrông tổ chức tập huấn cho chi hội trưởng phụ nữ (28/12/2018)
- Gặp mặt người có uy tín tiêu biểu trong đồng bào dân tộc thiểu số (20/12/2018)
""", "2019-01-25", "Trao quà cho phụ nữ, trẻ em có hoàn cảnh khó khăn trở về từ nước ngoài",
E("trao_qua", None, "2019-01-24"),
[P("Hồ Thị Thu Hằng", "Ủy viên Ban Thường vụ", "Trưởng ban Dân tộc - Tôn giáo Hội LHPN tỉnh"),
 P("Lê Quang Vĩnh", "Trung tá", "Chính trị viên Đồn Biên phòng Cửa khẩu quốc tế Lao Bảo"),
 P("Hồ Thị Pây"),
 P("Kăn Thị Nhiên", "Chủ tịch Hội Phụ nữ xã Tân Thành")],
[Q("80 suất quà", 80, "suất quà"), Q("700.000 đồng", 700000, "đồng"), Q("12 chị em", 12, "chị em"),
 Q("12 triệu đồng", 12000000, "đồng"), Q("gần 200 triệu đồng", 200000000, "đồng", "approx"),
 Q("27 phụ nữ, trẻ em", 27, "phụ nữ, trẻ em"), Q("35 chị em", 35, "chị em"), Q('2 "Mái ấm tình thương"', 2, "Mái ấm tình thương"),
 Q("2 hội viên nghèo", 2, "hội viên nghèo"), Q("50 triệu đồng", 50000000, "đồng")],
[],
[prov("Quảng Trị"), com("Tân Thành"), com("Tân Long"), com("Lao Bảo")],
["Báo Quảng Trị - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Quảng Trị", "Xã hội | Đời sống", "QTO",
 "Đồng chí Hồ Thị Thu Hằng trao quà cho phụ nữ xã Tân Thành.", "Xuân biên giới - Ấm lòng dân bản", "Cửa khẩu quốc tế Lao Bảo"],
["Cập nhật lúc 17:20 ngày 25/01/2019", "năm 2018", "3 tháng", "1 con bò giống"]))

PAGES.append(page("b7814-dienbien-guongsang-nguoicouytin-2019", """
BÁO ĐIỆN BIÊN PHỦ ĐIỆN TỬ
Trang chủ / Xã hội / Gương sáng
Thứ Sáu, 14/06/2019
Người giữ chân thanh niên Mông ở lại bản
Gần 20 năm làm trưởng bản, ông Sùng A Chứ ở bản Nậm Pố 2, xã Chà Cang (huyện Nậm Pồ) đã vận động hàng chục thanh niên trong bản không vượt biên sang Trung Quốc, Lào làm thuê.
Ông Sùng A Chứ (thứ hai từ trái) trò chuyện với thanh niên trong bản.
Bản Nậm Pố 2 có 96 hộ, 100% là đồng bào Mông. Những năm trước, cứ sau mùa gặt, thanh niên trong bản lại rủ nhau theo đường mòn sang bên kia biên giới làm thuê, có năm tới 30 người đi. "Có đứa đi rồi không thấy về, gia đình mất liên lạc, mãi sau mới biết bị bán vào nhà người ta làm vợ", ông Chứ kể.
Là người có uy tín trong cộng đồng, ông Chứ cùng Bí thư Chi bộ bản Giàng A Tủa và Chi hội trưởng Phụ nữ bản Vừ Thị Dợ đến từng nhà, ngồi bên bếp lửa nói chuyện với cha mẹ, với các cháu thanh niên. Ông lấy chính câu chuyện của những người đi bị lừa, bị đánh, bị quỵt tiền công để khuyên nhủ. Ông còn vận động các dòng họ Sùng, Giàng, Vừ đưa nội dung không xuất cảnh trái phép vào hương ước của bản và quy ước của dòng họ.
Cùng với vận động, ông mạnh dạn chuyển 2 ha nương ngô sang trồng quế, sa nhân, nuôi 15 con bò, mỗi năm thu về khoảng 120 triệu đồng, rồi hướng dẫn bà con làm theo. Đến nay, bản đã có 41 hộ trồng quế với tổng diện tích trên 38 ha; 7 thanh niên được Đồn Biên phòng Chà Cang giới thiệu đi học nghề lái xe, sửa chữa điện thoại. Từ năm 2017 đến nay, bản không còn người xuất cảnh trái phép; tỷ lệ hộ nghèo giảm từ 68% xuống còn 41%.
Ông Lò Văn Puôn, Phó Chủ tịch UBND xã Chà Cang nhận xét: "Ông Chứ nói ít nhưng làm nhiều, bà con tin nên nghe theo. Xã đang nhân rộng cách làm của bản Nậm Pố 2 ra 12 bản còn lại". Năm 2018, ông Sùng A Chứ được Chủ tịch UBND tỉnh tặng Bằng khen vì có thành tích xuất sắc trong phong trào Toàn dân bảo vệ an ninh Tổ quốc.
Nói về dự định, ông Chứ bảo chỉ mong thanh niên trong bản học cái chữ, cái nghề, có đi làm xa thì đi qua công ty, có giấy tờ đàng hoàng, được pháp luật bảo vệ.
Câu chuyện của ông cũng được Ban Dân vận Huyện ủy Nậm Pồ chọn làm tài liệu sinh hoạt chi bộ ở các bản vùng cao biên giới của tỉnh Điện Biên, nơi tình trạng người dân tự ý sang bên kia biên giới làm thuê vẫn còn xảy ra.
Thanh Hương
Xem thêm
- Mường Nhé: Đồn Biên phòng Leng Su Sìn giúp dân thoát nghèo (07/06/2019)
- Tủa Chùa: Ông Vàng A Lử - người có uy tín tiêu biểu (30/05/2019)
- Nậm Pồ: Tuyên truyền phòng, chống mua bán người tại bản vùng cao (22/05/2019)
- Gặp mặt người có uy tín tiêu biểu năm 2019 (16/05/2019)
""", "2019-06-14", "Người giữ chân thanh niên Mông ở lại bản",
E("khac", None, None),
[P("Sùng A Chứ", "trưởng bản"), P("Giàng A Tủa", "Bí thư Chi bộ bản"), P("Vừ Thị Dợ", "Chi hội trưởng Phụ nữ bản"),
 P("Lò Văn Puôn", "Phó Chủ tịch UBND xã Chà Cang")],
[Q("96 hộ", 96, "hộ"), Q("100% là đồng bào Mông", 100, "%"), Q("30 người", 30, "người"), Q("2 ha", 2, "ha"),
 Q("15 con bò", 15, "con bò"), Q("khoảng 120 triệu đồng", 120000000, "đồng", "approx"), Q("41 hộ", 41, "hộ"),
 Q("trên 38 ha", 38, "ha", "over"), Q("7 thanh niên", 7, "thanh niên"), Q("68%", 68, "%"), Q("41%", 41, "%"),
 Q("12 bản", 12, "bản")],
[],
[prov("Điện Biên"), com("Chà Cang")],
["BÁO ĐIỆN BIÊN PHỦ ĐIỆN TỬ", "Trang chủ / Xã hội / Gương sáng", "Ông Sùng A Chứ (thứ hai từ trái) trò chuyện với thanh niên trong bản.",
 "Toàn dân bảo vệ an ninh Tổ quốc", "Nậm Pố 2", "Đồn Biên phòng Chà Cang"],
["Thứ Sáu, 14/06/2019", "Gần 20 năm", "Năm 2018", "Từ năm 2017", "mỗi năm", "Nậm Pố 2", "thứ hai"]))

PAGES.append(page("b7815-hagiang-bdv-giaoban-thang8-2020", """
Báo Hà Giang điện tử
Chính trị » Dân vận
Cập nhật: 09:42, 04/09/2020 (GMT+7)
Siết chặt quản lý biên giới, vận động nhân dân không xuất nhập cảnh trái phép
(BHG) - Chiều 3/9, Ban Dân vận Tỉnh ủy tổ chức giao ban công tác dân vận tháng 8/2020 theo hình thức trực tuyến tới 11 điểm cầu huyện, thành phố. Đồng chí Thào Hồng Sơn, Ủy viên BTV Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì giao ban.
Toàn cảnh giao ban tại điểm cầu tỉnh.
Trong tháng 8, trước diễn biến phức tạp của dịch Covid-19, khối dân vận các cấp đã phối hợp với Bộ đội Biên phòng, Công an vận động nhân dân các xã biên giới không qua lại biên giới bằng đường mòn, lối mở; không chứa chấp, đưa đón người nhập cảnh trái phép. Toàn tỉnh đã lập 1.142 chốt, tổ tự quản, huy động trên 6.800 lượt quần chúng tham gia tuần tra cùng lực lượng chức năng. Trong tháng, lực lượng chức năng phát hiện 43 trường hợp nhập cảnh trái phép từ Trung Quốc về, chủ yếu là lao động làm thuê hết việc, đã đưa đi cách ly tập trung theo quy định.
Ban Dân vận Tỉnh ủy đã ban hành Công văn số 315-CV/BDVTU về việc tăng cường vận động nhân dân tham gia phòng, chống dịch và quản lý biên giới; hướng dẫn thực hiện Chỉ thị số 16/CT-TTg của Thủ tướng Chính phủ tại cơ sở.
Tại giao ban, đồng chí Vàng Mí Lử, HUV, Trưởng Ban Dân vận Huyện ủy Đồng Văn, cho biết ngay trong tháng huyện đã vận động 29 người đang làm thuê bên kia biên giới liên hệ trở về qua cửa khẩu để được cách ly. Đồng chí Lù Thị Dín, Phó Trưởng Ban Dân vận Huyện ủy Mèo Vạc, phản ánh nhiều lao động mất việc, thu nhập giảm nên có nguy cơ tiếp tục tìm cách sang bên kia làm thuê, đề nghị sớm có chính sách hỗ trợ. Ông Sùng Mí Vàng, người có uy tín thôn Sủng Lì, xã Sủng Là, kể thôn đã tổ chức cho 100% hộ ký cam kết.
Kết luận giao ban, đồng chí Thào Hồng Sơn đề nghị tháng 9 các huyện biên giới tiếp tục duy trì các chốt, giao mỗi cán bộ, đảng viên phụ trách từ 10 - 15 hộ; phối hợp với Sở Lao động - Thương binh và Xã hội giới thiệu việc làm trong tỉnh cho ít nhất 500 lao động trở về; kịp thời biểu dương những tập thể, cá nhân tiêu biểu. Giao ban cũng thống nhất chuẩn bị nội dung sơ kết 3 năm thực hiện Kết luận số 18-KL/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận ở vùng biên giới.
Theo Ban Dân vận Tỉnh ủy, trong bối cảnh dịch bệnh, việc vận động nhân dân không xuất nhập cảnh trái phép là nhiệm vụ trọng tâm, gắn với bảo vệ chủ quyền, an ninh biên giới.
Vàng Thị Mai
Tin cùng chuyên mục
- Quản Bạ: Vận động nhân dân hiến đất làm đường (28/08/2020)
- Yên Minh ra mắt mô hình "Dòng họ không có người vi phạm pháp luật" (20/08/2020)
- Giao ban công tác dân vận tháng 7/2020 (06/08/2020)
""", "2020-09-04", "Siết chặt quản lý biên giới, vận động nhân dân không xuất nhập cảnh trái phép",
E("giao_ban", "2020-08", "2020-09-03"),
[P("Thào Hồng Sơn", "Ủy viên BTV Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vàng Mí Lử", "HUV", "Trưởng Ban Dân vận Huyện ủy Đồng Văn"),
 P("Lù Thị Dín", "Phó Trưởng Ban Dân vận Huyện ủy Mèo Vạc"),
 P("Sùng Mí Vàng", "người có uy tín thôn Sủng Lì")],
[Q("11 điểm cầu huyện, thành phố", 11, "điểm cầu huyện, thành phố"), Q("1.142 chốt, tổ tự quản", 1142, "chốt, tổ tự quản"),
 Q("trên 6.800 lượt quần chúng", 6800, "lượt quần chúng", "over"), Q("43 trường hợp", 43, "trường hợp"),
 Q("29 người", 29, "người"), Q("100% hộ", 100, "%"), Q("10 - 15 hộ", 10, "hộ"), Q("10 - 15 hộ", 15, "hộ"),
 Q("ít nhất 500 lao động", 500, "lao động", "over")],
[D("Công văn", "315", "CV/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Công văn số 315-CV/BDVTU"),
 D("Chỉ thị", "16", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg của Thủ tướng Chính phủ"),
 D("Kết luận", "18", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 18-KL/TU của Ban Thường vụ Tỉnh ủy")],
[prov("Hà Giang"), com("Sủng Là")],
["Báo Hà Giang điện tử", "Chính trị » Dân vận", "(BHG)", "Toàn cảnh giao ban tại điểm cầu tỉnh."],
["Cập nhật: 09:42, 04/09/2020 (GMT+7)", "tháng 8/2020", "tháng 8", "tháng 9", "Covid-19", "3 năm"]))

PAGES.append(page("b7816-angiang-bdv-hoinghi-2021", """
BAN DÂN VẬN TỈNH ỦY AN GIANG
Bạn đang ở: Trang chủ - Tin tức - Sự kiện
Ngày 26/03/2021 | 09:15
Phát huy vai trò người có uy tín trong phòng, chống xuất nhập cảnh trái phép qua biên giới
Sáng 25/3, Ban Dân vận Tỉnh ủy An Giang phối hợp Bộ Chỉ huy Bộ đội Biên phòng tỉnh tổ chức hội nghị phát huy vai trò chức sắc, chức việc tôn giáo và người có uy tín trong đồng bào Khmer, Chăm tham gia phòng, chống xuất nhập cảnh trái phép năm 2021.
Đồng chí Néang Sô Phi phát biểu tại hội nghị.
Dự hội nghị có các đồng chí: Nguyễn Thị Kim Thoa, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; Đại tá Trần Văn Lâm, Chỉ huy trưởng Bộ đội Biên phòng tỉnh; cùng 165 đại biểu là người có uy tín, chức sắc Phật giáo Nam tông Khmer, Hồi giáo ở các huyện Tịnh Biên, Tri Tôn, An Phú, thị xã Tân Châu.
Theo báo cáo, năm 2020 lực lượng chức năng đã phát hiện, bắt giữ 1.873 trường hợp xuất nhập cảnh trái phép qua tuyến biên giới với Campuchia, tăng gần 3 lần so với năm 2019; triệt phá 14 đường dây tổ chức cho người khác nhập cảnh trái phép. Nhiều người từng sang Campuchia làm việc tại các sòng bạc, công ty trực tuyến tìm đường về quê tránh dịch, gây nguy cơ lây lan Covid-19.
Hưởng ứng phong trào Toàn dân tham gia bảo vệ chủ quyền lãnh thổ, an ninh biên giới quốc gia, các chức sắc đã vận động bà con tham gia 318 tổ, nhóm tự quản đường biên, cột mốc; cung cấp 96 nguồn tin giúp lực lượng chức năng ngăn chặn kịp thời. Hòa thượng Chau Sóc Khanh, trụ trì chùa Svay Ton, cho biết nhà chùa thường xuyên nhắc nhở Phật tử không tiếp tay cho đối tượng đưa người vượt biên. Ông Haji Mohamad Kasim, Phó Ban Đại diện Cộng đồng Hồi giáo tỉnh, cho biết các tiểu thánh đường ở xã Khánh Bình, Nhơn Hội đã đưa nội dung này vào buổi sinh hoạt thứ Sáu hằng tuần.
Đồng chí Néang Sô Phi, Phó Trưởng Ban Dân vận Tỉnh ủy trình bày Kế hoạch số 27-KH/BDVTU triển khai Quy chế phối hợp số 08-QCPH/BDVTU-BĐBP giữa Ban Dân vận Tỉnh ủy và Bộ Chỉ huy Bộ đội Biên phòng tỉnh giai đoạn 2021 - 2025, với chỉ tiêu 100% ấp biên giới có tổ tự quản.
Phát biểu chỉ đạo, đồng chí Nguyễn Thị Kim Thoa đề nghị người có uy tín tiếp tục là "cầu nối" giữa Đảng, chính quyền với đồng bào; chủ động nắm tình hình, báo tin khi phát hiện người lạ ở ấp. Dịp này, Ban tổ chức tặng quà cho 165 đại biểu, mỗi phần quà trị giá 500.000 đồng.
Thanh Tâm
Tin khác
- Tri Tôn: Ra mắt tổ tự quản đường biên, cột mốc tại xã Lạc Quới (18/03/2021)
- Ban Dân vận Tỉnh ủy thăm, chúc Tết Chôl Chnăm Thmây (10/03/2021)
- Tịnh Biên: Đối thoại với nhân dân ấp biên giới (02/03/2021)
- An Phú: Vận động người dân không tiếp tay cho xuất nhập cảnh trái phép (22/02/2021)
""", "2021-03-26", "Phát huy vai trò người có uy tín trong phòng, chống xuất nhập cảnh trái phép qua biên giới",
E("hoi_nghi", "2021", "2021-03-25"),
[P("Nguyễn Thị Kim Thoa", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Văn Lâm", "Đại tá", "Chỉ huy trưởng Bộ đội Biên phòng tỉnh"),
 P("Chau Sóc Khanh", "Hòa thượng", "trụ trì chùa Svay Ton"),
 P("Haji Mohamad Kasim", "Phó Ban Đại diện Cộng đồng Hồi giáo tỉnh"),
 P("Néang Sô Phi", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("165 đại biểu", 165, "đại biểu"), Q("1.873 trường hợp", 1873, "trường hợp"), Q("14 đường dây", 14, "đường dây"), Q("318 tổ, nhóm tự quản đường biên, cột mốc", 318, "tổ, nhóm tự quản đường biên, cột mốc"),
 Q("96 nguồn tin", 96, "nguồn tin"), Q("100% ấp biên giới", 100, "%"), Q("500.000 đồng", 500000, "đồng")],
[D("Kế hoạch", "27", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 27-KH/BDVTU"),
 D("Quy chế phối hợp", "08", "QCPH/BDVTU-BĐBP", None, None, "Quy chế phối hợp số 08-QCPH/BDVTU-BĐBP")],
[prov("An Giang"), com("Khánh Bình"), com("Nhơn Hội")],
["BAN DÂN VẬN TỈNH ỦY AN GIANG", "Bạn đang ở: Trang chủ - Tin tức - Sự kiện", "Đồng chí Néang Sô Phi phát biểu tại hội nghị.",
 "Toàn dân tham gia bảo vệ chủ quyền lãnh thổ, an ninh biên giới quốc gia", "chùa Svay Ton"],
["Ngày 26/03/2021 | 09:15", "năm 2021", "năm 2020", "năm 2019", "Covid-19", "giai đoạn 2021 - 2025", "thứ Sáu", "gần 3 lần"]))
