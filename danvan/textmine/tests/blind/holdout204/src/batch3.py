from lib import *
PAGES = []

PAGES.append(page("b4865-binhthuan-phuquy-hoinghi-2021", """
BÁO BÌNH THUẬN ONLINE
Trang chủ › Chính trị › Biển đảo
14/05/2021 - 07:50
Phú Quý: 200 đoàn viên ngư dân trẻ được tuyên truyền về chủ quyền biển, đảo và chống khai thác IUU
Ngày 12/5, Huyện đoàn Phú Quý phối hợp với Đồn Biên phòng Phú Quý và Hải đội 2 Bộ đội Biên phòng tỉnh Bình Thuận tổ chức Hội nghị tuyên truyền chủ quyền biển, đảo và phòng, chống khai thác hải sản bất hợp pháp, không báo cáo, không theo quy định (IUU) năm 2021 cho đoàn viên, thanh niên ngư dân trên đảo.
Gần 200 đoàn viên ngư dân trẻ từ 3 xã Tam Thanh, Ngũ Phụng, Long Hải tham dự hội nghị. Ảnh: N.Lân
Dự hội nghị có đồng chí Nguyễn Quốc Bình, Phó Bí thư Thường trực Tỉnh đoàn; Trung tá Lê Văn Mạnh, Chính trị viên Đồn Biên phòng Phú Quý; đồng chí Nguyễn Thị Mỹ Hạnh, HUV, Bí thư Huyện đoàn Phú Quý. Tham dự có gần 200 đoàn viên ngư dân trẻ đến từ 3 xã Tam Thanh, Ngũ Phụng, Long Hải.
Tại hội nghị, báo cáo viên của Đồn Biên phòng Phú Quý đã phổ biến Luật Thủy sản năm 2017, Nghị định số 42/2019/NĐ-CP ngày 16/5/2019 của Chính phủ quy định xử phạt vi phạm hành chính trong lĩnh vực thủy sản và Chỉ thị số 45/CT-TTg ngày 13/12/2017 của Thủ tướng Chính phủ về khắc phục cảnh báo của Ủy ban châu Âu. Đặc biệt, các đại biểu được nghe thông tin về tình hình biển Đông, các quy định về vùng biển của nước láng giềng để không vi phạm.
Theo đồng chí Nguyễn Thị Mỹ Hạnh, huyện đảo hiện có 1.320 tàu cá, trong đó 412 tàu có chiều dài từ 15 m trở lên đã lắp thiết bị giám sát hành trình; khoảng 2.800 lao động trên tàu là thanh niên dưới 35 tuổi. Thực hiện Kế hoạch số 38-KH/HĐ của Ban Thường vụ Huyện đoàn và Chương trình phối hợp số 07/CTrPH-ĐBP-HĐ giữa Đồn Biên phòng và Huyện đoàn, từ đầu năm đến nay các cơ sở Đoàn đã thành lập 11 "Tổ tàu thuyền thanh niên an toàn", 4 "Chi đoàn ngư dân trẻ" với 156 đoàn viên tham gia.
Phát biểu tại hội nghị, đồng chí Nguyễn Quốc Bình biểu dương 27 thanh niên ngư dân đã kịp thời cung cấp thông tin, phối hợp cứu nạn 3 tàu cá gặp nạn trên biển; đề nghị mỗi đoàn viên ngư dân trẻ là "cột mốc sống" giữa biển khơi, tuyệt đối không đưa tàu đi khai thác trái phép ở vùng biển nước ngoài.
Trung tá Lê Văn Mạnh cho biết, năm 2020 trên địa bàn không có tàu cá nào của huyện bị nước ngoài bắt giữ; đơn vị sẽ tiếp tục duy trì mô hình "Đồn Biên phòng nâng bước em tới trường" đang đỡ đầu 7 em học sinh con ngư dân.
Kết thúc hội nghị, Ban Tổ chức tặng 50 lá cờ Tổ quốc, 200 tờ rơi tuyên truyền và 30 áo phao cho các tổ tàu thanh niên; anh Trương Văn Lợi, Tổ trưởng Tổ tàu thuyền thanh niên an toàn xã Tam Thanh, đại diện nhận quà.
N.Lân
Lượt đọc: 488
Tin liên quan
- Phú Quý ra quân Tháng Thanh niên 2021 (05/03/2021)
- Trao 20 suất học bổng cho con ngư dân bám biển (15/01/2021)
- Tuổi trẻ biên phòng đón Tết cùng ngư dân đảo (08/02/2021)
""", "2021-05-14", "Phú Quý: 200 đoàn viên ngư dân trẻ được tuyên truyền về chủ quyền biển, đảo và chống khai thác IUU",
E("hoi_nghi", "2021", "2021-05-12"),
[P("Nguyễn Quốc Bình", "Phó Bí thư Thường trực Tỉnh đoàn"),
 P("Lê Văn Mạnh", "Trung tá", "Chính trị viên Đồn Biên phòng Phú Quý"),
 P("Nguyễn Thị Mỹ Hạnh", "HUV", "Bí thư Huyện đoàn Phú Quý"),
 P("Trương Văn Lợi", "Tổ trưởng Tổ tàu thuyền thanh niên an toàn xã Tam Thanh")],
[Q("200 đoàn viên ngư dân trẻ", 200, "đoàn viên ngư dân trẻ", "approx"), Q("3 xã", 3, "xã"),
 Q("1.320 tàu cá", 1320, "tàu cá"), Q("412 tàu", 412, "tàu"), Q("từ 15 m trở lên", 15, "m", "over"),
 Q("khoảng 2.800 lao động", 2800, "lao động", "approx"), Q('11 "Tổ tàu thuyền thanh niên an toàn"', 11, "Tổ tàu thuyền thanh niên an toàn"),
 Q('4 "Chi đoàn ngư dân trẻ"', 4, "Chi đoàn ngư dân trẻ"), Q("156 đoàn viên", 156, "đoàn viên"), Q("27 thanh niên ngư dân", 27, "thanh niên ngư dân"),
 Q("3 tàu cá", 3, "tàu cá"), Q("7 em học sinh", 7, "em học sinh"), Q("50 lá cờ Tổ quốc", 50, "lá cờ Tổ quốc"), Q("200 tờ rơi tuyên truyền", 200, "tờ rơi tuyên truyền"),
 Q("30 áo phao", 30, "áo phao")],
[D("Nghị định", "42", "2019/NĐ-CP", "2019-05-16", "Chính phủ", "Nghị định số 42/2019/NĐ-CP ngày 16/5/2019"),
 D("Chỉ thị", "45", "CT-TTg", "2017-12-13", "Thủ tướng Chính phủ", "Chỉ thị số 45/CT-TTg ngày 13/12/2017"),
 D("Kế hoạch", "38", "KH/HĐ", None, "Ban Thường vụ Huyện đoàn", "Kế hoạch số 38-KH/HĐ"),
 D("Chương trình phối hợp", "07", "CTrPH-ĐBP-HĐ", None, None, "Chương trình phối hợp số 07/CTrPH-ĐBP-HĐ")],
[prov("Bình Thuận"), com("Tam Thanh"), com("Ngũ Phụng"), com("Long Hải")],
["BÁO BÌNH THUẬN ONLINE", "Trang chủ › Chính trị › Biển đảo", "Gần 200 đoàn viên ngư dân trẻ từ 3 xã Tam Thanh, Ngũ Phụng, Long Hải tham dự hội nghị. Ảnh: N.Lân",
 "Luật Thủy sản năm 2017", "Tổ tàu thuyền thanh niên an toàn", "Đồn Biên phòng nâng bước em tới trường", "cột mốc sống", "Hải đội 2", "Lượt đọc: 488"],
["14/05/2021 - 07:50", "năm 2021", "năm 2017", "dưới 35 tuổi", "năm 2020", "Hải đội 2", "Lượt đọc: 488"]))

PAGES.append(page("b4866-caobang-hoidongdoi-giaoban-2021", """
TỈNH ĐOÀN CAO BẰNG
Bạn đang ở: Trang chủ / Công tác Đội và phong trào thiếu nhi
Thứ Ba, 02/11/2021 - 14:10
Hội đồng Đội tỉnh giao ban công tác Đội tháng 10
Chiều 1/11, Hội đồng Đội tỉnh Cao Bằng tổ chức giao ban trực tuyến công tác Đội và phong trào thiếu nhi tháng 10/2021 với 10 điểm cầu huyện, thành phố. Đồng chí Nông Thị Thúy Hằng, Phó Bí thư Tỉnh đoàn, Chủ tịch Hội đồng Đội tỉnh chủ trì.
Đồng chí Nông Thị Thúy Hằng chủ trì giao ban tại điểm cầu Tỉnh đoàn.
Trong tháng 10, Hội đồng Đội các cấp đã hướng dẫn 100% liên đội tổ chức Đại hội Liên đội năm học 2021 - 2022 theo Hướng dẫn số 26-HD/HĐĐTW của Hội đồng Đội Trung ương; triển khai Chương trình "Thắp sáng ước mơ thiếu nhi Việt Nam" và cuộc vận động "Áo ấm cho em" tới 468 liên đội. Đến nay đã vận động được 5.300 chiếc áo ấm, 2.150 đôi dép, 870 chiếc chăn, trị giá trên 1,1 tỷ đồng để trao cho học sinh vùng cao các huyện Bảo Lâm, Bảo Lạc, Hà Quảng.
Phối hợp với Bộ Chỉ huy Bộ đội Biên phòng tỉnh, Hội đồng Đội tỉnh duy trì 14 "Lớp học tình thương" do cán bộ, chiến sĩ trẻ các đồn biên phòng đứng lớp ở các xóm người Mông, Dao; 29 em học sinh được nhận đỡ đầu theo chương trình "Nâng bước em tới trường". Đồn Biên phòng Lý Vạn cùng Liên đội Trường PTDTBT THCS xã Lý Quốc tổ chức buổi chào cờ dưới chân cột mốc cho 120 đội viên.
Báo cáo của các huyện cho thấy còn khoảng 7% học sinh ở các xã Cốc Pàng, Đức Hạnh, Lý Bôn nghỉ học dài ngày do dịch Covid-19 và điều kiện đi lại khó khăn. Đồng chí Lục Văn Sầm, Phó Bí thư Huyện đoàn, Chủ tịch Hội đồng Đội huyện Bảo Lâm, đề nghị Tỉnh đoàn hỗ trợ thiết bị học trực tuyến cho 36 điểm trường lẻ; cô Đàm Thị Lan, Tổng phụ trách Đội Trường PTDTBT Tiểu học Đức Hạnh, kiến nghị bổ sung sách truyện tiếng dân tộc cho thư viện.
Kết luận giao ban, đồng chí Nông Thị Thúy Hằng yêu cầu tháng 11 các huyện tập trung thực hiện Kế hoạch số 146-KH/TĐTN-TTNTH của Ban Thường vụ Tỉnh đoàn về chăm lo Tết cho thiếu nhi, tổ chức ít nhất 1 hoạt động "Tiếp sức đến trường" ở mỗi huyện; hoàn thành việc trao 1.000 suất quà cho học sinh nghèo trước ngày 20/11. Đồng chí cũng quán triệt tinh thần Quyết định số 1372/QĐ-TTg của Thủ tướng Chính phủ và Nghị quyết số 03-NQ/TU ngày 22/4/2021 của Tỉnh ủy về phát triển giáo dục vùng cao.
Dịp này, Hội đồng Đội tỉnh khen thưởng 6 liên đội và 15 Tổng phụ trách Đội tiêu biểu trong thực hiện phong trào "Nghìn việc tốt" năm học 2020 - 2021.
Hoàng Thu
Lượt xem: 395
Tin khác
- Tỉnh đoàn trao 300 suất quà cho thiếu nhi Hạ Lang (20/10/2021)
- Hội thi "Chỉ huy Đội giỏi" cấp tỉnh (05/10/2021)
- Trung thu cho em tại các xóm biên giới (21/09/2021)
""", "2021-11-02", "Hội đồng Đội tỉnh giao ban công tác Đội tháng 10",
E("giao_ban", "2021-10", "2021-11-01"),
[P("Nông Thị Thúy Hằng", "Phó Bí thư Tỉnh đoàn", "Chủ tịch Hội đồng Đội tỉnh"),
 P("Lục Văn Sầm", "Phó Bí thư Huyện đoàn", "Chủ tịch Hội đồng Đội huyện Bảo Lâm"),
 P("Đàm Thị Lan", "Tổng phụ trách Đội Trường PTDTBT Tiểu học Đức Hạnh")],
[Q("10 điểm cầu huyện, thành phố", 10, "điểm cầu huyện, thành phố"), Q("100%", 100, "%"), Q("468 liên đội", 468, "liên đội"),
 Q("5.300 chiếc áo ấm", 5300, "chiếc áo ấm"), Q("2.150 đôi dép", 2150, "đôi dép"), Q("870 chiếc chăn", 870, "chiếc chăn"),
 Q("trên 1,1 tỷ đồng", 1100000000, "đồng", "over"), Q('14 "Lớp học tình thương"', 14, "Lớp học tình thương"), Q("29 em học sinh", 29, "em học sinh"),
 Q("120 đội viên", 120, "đội viên"), Q("khoảng 7%", 7, "%", "approx"), Q("36 điểm trường lẻ", 36, "điểm trường lẻ"),
 Q("1.000 suất quà", 1000, "suất quà"), Q("6 liên đội", 6, "liên đội"), Q("15 Tổng phụ trách Đội tiêu biểu", 15, "Tổng phụ trách Đội tiêu biểu")],
[D("Hướng dẫn", "26", "HD/HĐĐTW", None, "Hội đồng Đội Trung ương", "Hướng dẫn số 26-HD/HĐĐTW"),
 D("Kế hoạch", "146", "KH/TĐTN-TTNTH", None, "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 146-KH/TĐTN-TTNTH"),
 D("Quyết định", "1372", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1372/QĐ-TTg"),
 D("Nghị quyết", "03", "NQ/TU", "2021-04-22", "Tỉnh ủy", "Nghị quyết số 03-NQ/TU ngày 22/4/2021")],
[prov("Cao Bằng"), com("Lý Quốc"), com("Cốc Pàng"), com("Đức Hạnh"), com("Lý Bôn")],
["TỈNH ĐOÀN CAO BẰNG", "Bạn đang ở: Trang chủ / Công tác Đội và phong trào thiếu nhi", "Đồng chí Nông Thị Thúy Hằng chủ trì giao ban tại điểm cầu Tỉnh đoàn.",
 "Thắp sáng ước mơ thiếu nhi Việt Nam", "Áo ấm cho em", "Nâng bước em tới trường", "Tiếp sức đến trường", "Nghìn việc tốt", "Lượt xem: 395"],
["Thứ Ba, 02/11/2021 - 14:10", "tháng 10/2021", "tháng 10", "tháng 11", "năm học 2021 - 2022", "năm học 2020 - 2021", "1 hoạt động", "20/11", "Covid-19", "Lượt xem: 395"]))

PAGES.append(page("b4867-nghean-kyson-bienphong-2022", """
BÁO NGHỆ AN
Thời sự > Quốc phòng - An ninh > Biên giới
Cập nhật: 10:30, 20/04/2022 (GMT+7)
Toàn cảnh hội nghị ký kết tại xã Mường Típ.
Tuổi trẻ biên phòng và thanh niên 6 xã biên giới Kỳ Sơn ký kết chương trình phối hợp
(Baonghean.vn) - Sáng 19/4, tại UBND xã Mường Típ, Đoàn cơ sở Bộ Chỉ huy Bộ đội Biên phòng tỉnh Nghệ An phối hợp với Huyện đoàn Kỳ Sơn tổ chức hội nghị ký kết Chương trình phối hợp giai đoạn 2022 - 2027 giữa 6 chi đoàn đồn biên phòng với Đoàn Thanh niên 6 xã biên giới.
Dự hội nghị có Đại tá Trần Hải Bình, Phó Chính ủy Bộ đội Biên phòng tỉnh; đồng chí Vi Thị Hoa, Phó Bí thư Tỉnh đoàn; đồng chí Lầu Bá Chò, Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện Kỳ Sơn; Thiếu tá Lương Văn Duẩn, Bí thư Đoàn cơ sở Bộ Chỉ huy Bộ đội Biên phòng tỉnh; các đồng chí Bí thư Đoàn xã: Và Bá Dếnh (Mường Típ), Lô Thị Hương (Na Loi), Xồng Bá Dờ (Keng Đu).
Thời gian qua, thực hiện Quy chế phối hợp số 09/QCPH-BCH-TĐ giữa Bộ Chỉ huy Bộ đội Biên phòng và Tỉnh đoàn, tuổi trẻ các đồn biên phòng trên địa bàn Kỳ Sơn đã cùng đoàn viên người Mông, Khơ Mú, Thái tổ chức 58 buổi sinh hoạt chuyên đề, 19 đợt tuần tra chung bảo vệ cột mốc, đường biên; giúp dân làm mới 7,2 km đường dân sinh, xây 2 cầu tạm qua khe Nậm Típ, 14 "Ngôi nhà 100 đồng" cho hộ nghèo, góp hơn 2.300 ngày công. Trong năm 2021, 9 thanh niên được vận động từ bỏ ma túy, 23 thanh niên được giúp vay vốn nuôi dê, trồng gừng.
Theo chương trình ký kết, hai bên thống nhất 5 nhóm nội dung: tuyên truyền Luật Biên phòng Việt Nam và Nghị định số 02/2021/NĐ-CP của Chính phủ; xây dựng mỗi bản ít nhất 1 mô hình thanh niên phát triển kinh tế; duy trì "Lớp học xóa mù chữ" và "Tủ sách cột mốc"; phối hợp phòng, chống mua bán người, xuất cảnh trái phép; hằng năm tổ chức giao lưu văn hóa, thể thao nhân Ngày Biên phòng toàn dân 3/3.
Phát biểu tại hội nghị, Đại tá Trần Hải Bình nhấn mạnh đây là cách làm cụ thể để thực hiện Chỉ thị 01, 02-CT/ĐU của Đảng ủy Bộ đội Biên phòng tỉnh về công tác dân vận và Nghị quyết số 17-NQ/TU của Ban Thường vụ Tỉnh ủy; đề nghị cán bộ, chiến sĩ trẻ "ăn cùng, ở cùng, làm cùng, nói tiếng đồng bào".
Đồng chí Lầu Bá Chò cho biết, Kỳ Sơn có 192 km đường biên giới, hơn 80% dân số là đồng bào dân tộc thiểu số; tỷ lệ hộ nghèo còn khoảng 42%. Huyện ủy sẽ chỉ đạo đoàn xã tham gia tích cực cùng đồn biên phòng.
Dịp này, Tỉnh đoàn trao tặng 100 suất quà, mỗi suất 400.000 đồng cho đoàn viên có hoàn cảnh khó khăn; Đoàn cơ sở Bộ Chỉ huy Bộ đội Biên phòng tỉnh tặng 6 bộ loa tuyên truyền cho các xã.
Hữu Vi - Hoài Thu
Lượt xem: 1.740
Tin liên quan
- Tương Dương: thanh niên ra quân làm đường lên bản Huồi Thăn (12/04/2022)
- Đồn Biên phòng Nậm Cắn tặng 50 suất quà cho học sinh (30/03/2022)
- Trao 30 con bò giống cho thanh niên Khơ Mú (18/03/2022)
""", "2022-04-20", "Tuổi trẻ biên phòng và thanh niên 6 xã biên giới Kỳ Sơn ký kết chương trình phối hợp",
E("hoi_nghi", None, "2022-04-19"),
[P("Trần Hải Bình", "Đại tá", "Phó Chính ủy Bộ đội Biên phòng tỉnh"),
 P("Vi Thị Hoa", "Phó Bí thư Tỉnh đoàn"),
 P("Lầu Bá Chò", "Phó Bí thư Thường trực Huyện ủy", "Chủ tịch HĐND huyện Kỳ Sơn"),
 P("Lương Văn Duẩn", "Thiếu tá", "Bí thư Đoàn cơ sở Bộ Chỉ huy Bộ đội Biên phòng tỉnh"),
 P("Và Bá Dếnh", "Bí thư Đoàn xã"),
 P("Lô Thị Hương", "Bí thư Đoàn xã"),
 P("Xồng Bá Dờ", "Bí thư Đoàn xã")],
[Q("6 chi đoàn đồn biên phòng", 6, "chi đoàn đồn biên phòng"), Q("6 xã biên giới", 6, "xã biên giới"),
 Q("58 buổi sinh hoạt chuyên đề", 58, "buổi sinh hoạt chuyên đề"), Q("19 đợt tuần tra chung", 19, "đợt tuần tra chung"), Q("7,2 km", 7.2, "km"),
 Q("2 cầu tạm", 2, "cầu tạm"), Q('14 "Ngôi nhà 100 đồng"', 14, "Ngôi nhà 100 đồng"), Q("hơn 2.300 ngày công", 2300, "ngày công", "over"),
 Q("9 thanh niên", 9, "thanh niên"), Q("23 thanh niên", 23, "thanh niên"), Q("5 nhóm nội dung", 5, "nhóm nội dung"),
 Q("192 km", 192, "km"), Q("hơn 80%", 80, "%", "over"), Q("khoảng 42%", 42, "%", "approx"), Q("100 suất quà", 100, "suất quà"),
 Q("400.000 đồng", 400000, "đồng"), Q("6 bộ loa tuyên truyền", 6, "bộ loa tuyên truyền")],
[D("Quy chế phối hợp", "09", "QCPH-BCH-TĐ", None, None, "Quy chế phối hợp số 09/QCPH-BCH-TĐ"),
 D("Nghị định", "02", "2021/NĐ-CP", None, "Chính phủ", "Nghị định số 02/2021/NĐ-CP"),
 D("Chỉ thị", "01", "CT/ĐU", None, "Đảng ủy Bộ đội Biên phòng tỉnh", "Chỉ thị 01, 02-CT/ĐU"),
 D("Chỉ thị", "02", "CT/ĐU", None, "Đảng ủy Bộ đội Biên phòng tỉnh", "Chỉ thị 01, 02-CT/ĐU"),
 D("Nghị quyết", "17", "NQ/TU", None, "Ban Thường vụ Tỉnh ủy", "Nghị quyết số 17-NQ/TU")],
[prov("Nghệ An"), com("Mường Típ"), com("Na Loi"), com("Keng Đu")],
["BÁO NGHỆ AN", "Thời sự > Quốc phòng - An ninh > Biên giới", "Toàn cảnh hội nghị ký kết tại xã Mường Típ.", "(Baonghean.vn)",
 "Ngôi nhà 100 đồng", "Lớp học xóa mù chữ", "Tủ sách cột mốc", "Luật Biên phòng Việt Nam", "ăn cùng, ở cùng, làm cùng, nói tiếng đồng bào", "Lượt xem: 1.740"],
["Cập nhật: 10:30, 20/04/2022 (GMT+7)", "giai đoạn 2022 - 2027", "1 mô hình", "Ngày Biên phòng toàn dân 3/3", "năm 2021", "100 đồng", "Lượt xem: 1.740"]))

PAGES.append(page("b4868-thuathienhue-aluoi-daihoi-2022", """
BÁO THỪA THIÊN HUẾ ONLINE
Giáo dục | Tuổi trẻ | Thiếu nhi
01/06/2022 - 09:20
Các cháu ngoan Bác Hồ tặng hoa đại biểu dự đại hội. Ảnh: Hữu Phúc
Đại hội Cháu ngoan Bác Hồ huyện A Lưới: 115 gương đội viên tiêu biểu vùng biên
Nhân dịp Ngày Quốc tế Thiếu nhi 1/6, ngày 31/5, Hội đồng Đội huyện A Lưới tổ chức Đại hội Cháu ngoan Bác Hồ huyện A Lưới lần thứ VII năm 2022. Về dự có 115 đại biểu là những đội viên, thiếu nhi tiêu biểu người Pa Cô, Tà Ôi, Cơ Tu, Kinh đến từ 18 xã, thị trấn.
Dự đại hội có đồng chí Nguyễn Văn Hưng, Phó Bí thư Tỉnh đoàn, Chủ tịch Hội đồng Đội tỉnh; đồng chí Kray Tư, Tỉnh ủy viên, Bí thư Huyện ủy A Lưới; đồng chí Hồ Thị Ka Lêu, Phó Chủ tịch UBND huyện; Trung tá Nguyễn Hữu Hòa, Chính trị viên Đồn Biên phòng A Đớt và các đồng chí Tổng phụ trách Đội: Căn Thị Nhung, Lê Thị Thu Sương, Hồ Văn Ka Noi.
Giai đoạn 2017 - 2022, phong trào "Thiếu nhi Việt Nam thi đua thực hiện 5 điều Bác Hồ dạy" được triển khai sâu rộng ở 68 liên đội; có trên 9.400 lượt đội viên đạt danh hiệu "Cháu ngoan Bác Hồ" các cấp, 357 em đạt học sinh giỏi cấp huyện trở lên. Các liên đội đã thực hiện 24 công trình măng non, hơn 1.600 phần việc nhỏ; quyên góp được khoảng 310 triệu đồng qua chương trình "Kế hoạch nhỏ". Phối hợp với các đồn biên phòng A Đớt, Hồng Vân, Hồng Thủy, Hội đồng Đội huyện duy trì mô hình "Nâng bước em tới trường" với 43 em học sinh được nhận đỡ đầu, mỗi em 500.000 đồng/tháng.
Tại đại hội, em Hồ Thị Thanh Nhàn, Liên đội trưởng Trường PTDT bán trú Tiểu học và THCS Hồng Vân, xã Hồng Vân, chia sẻ về câu lạc bộ "Em nói tiếng Việt" giúp các bạn người Tà Ôi đọc thông, viết thạo; em Kăn Văn Đức, đội viên xã A Roàng, kể chuyện cùng bố mẹ tham gia tổ đồng hành với chiến sĩ biên phòng bảo vệ rừng.
Phát biểu tại đại hội, đồng chí Kray Tư đề nghị các cấp ủy, chính quyền tiếp tục thực hiện Nghị quyết số 08-NQ/HU của Ban Chấp hành Đảng bộ huyện về chăm lo giáo dục vùng đồng bào dân tộc thiểu số và Chỉ thị số 20-CT/TW ngày 5/12/2017 của Ban Bí thư; đồng thời giao Huyện đoàn xây dựng "Sân chơi cho em" ở 5 xã khó khăn nhất trong năm 2022.
Dịp này, Ban Thường vụ Tỉnh đoàn trao 60 suất học bổng "Thắp sáng ước mơ", mỗi suất 1 triệu đồng; UBND huyện tặng giấy khen cho 12 tập thể và 40 đội viên xuất sắc. Đại hội đã chọn 6 đại biểu tiêu biểu dự Đại hội Cháu ngoan Bác Hồ tỉnh Thừa Thiên Huế lần thứ VIII.
Hữu Phúc
Lượt xem: 612
Tin liên quan
- Phong Điền: ra quân chiến dịch "Kỳ nghỉ hồng" (28/05/2022)
- Huyện đoàn A Lưới trao 200 suất quà cho thiếu nhi (25/05/2022)
- Nam Đông tổ chức Hội thi "Nghi thức Đội" (14/05/2022)
""", "2022-06-01", "Đại hội Cháu ngoan Bác Hồ huyện A Lưới: 115 gương đội viên tiêu biểu vùng biên",
E("dai_hoi", "2022", "2022-05-31"),
[P("Nguyễn Văn Hưng", "Phó Bí thư Tỉnh đoàn", "Chủ tịch Hội đồng Đội tỉnh"),
 P("Kray Tư", "Tỉnh ủy viên", "Bí thư Huyện ủy A Lưới"),
 P("Hồ Thị Ka Lêu", "Phó Chủ tịch UBND huyện"),
 P("Nguyễn Hữu Hòa", "Trung tá", "Chính trị viên Đồn Biên phòng A Đớt"),
 P("Căn Thị Nhung", "Tổng phụ trách Đội"), P("Lê Thị Thu Sương", "Tổng phụ trách Đội"), P("Hồ Văn Ka Noi", "Tổng phụ trách Đội"),
 P("Hồ Thị Thanh Nhàn", "Liên đội trưởng Trường PTDT bán trú Tiểu học và THCS Hồng Vân"),
 P("Kăn Văn Đức")],
[Q("115 đại biểu", 115, "đại biểu"), Q("18 xã, thị trấn", 18, "xã, thị trấn"), Q("68 liên đội", 68, "liên đội"),
 Q("trên 9.400 lượt đội viên", 9400, "lượt đội viên", "over"), Q("357 em", 357, "em"), Q("24 công trình măng non", 24, "công trình măng non"),
 Q("hơn 1.600 phần việc nhỏ", 1600, "phần việc nhỏ", "over"), Q("khoảng 310 triệu đồng", 310000000, "đồng", "approx"),
 Q("43 em học sinh", 43, "em học sinh"), Q("500.000 đồng", 500000, "đồng"), Q("5 xã khó khăn nhất", 5, "xã"),
 Q("60 suất học bổng", 60, "suất học bổng"), Q("1 triệu đồng", 1000000, "đồng"), Q("12 tập thể", 12, "tập thể"),
 Q("40 đội viên xuất sắc", 40, "đội viên xuất sắc"), Q("6 đại biểu tiêu biểu", 6, "đại biểu tiêu biểu")],
[D("Nghị quyết", "08", "NQ/HU", None, "Ban Chấp hành Đảng bộ huyện", "Nghị quyết số 08-NQ/HU"),
 D("Chỉ thị", "20", "CT/TW", "2017-12-05", "Ban Bí thư", "Chỉ thị số 20-CT/TW ngày 5/12/2017")],
[prov("Thừa Thiên Huế"), com("Hồng Vân"), com("A Roàng")],
["BÁO THỪA THIÊN HUẾ ONLINE", "Giáo dục | Tuổi trẻ | Thiếu nhi", "Các cháu ngoan Bác Hồ tặng hoa đại biểu dự đại hội. Ảnh: Hữu Phúc",
 "Thiếu nhi Việt Nam thi đua thực hiện 5 điều Bác Hồ dạy", "Cháu ngoan Bác Hồ", "Kế hoạch nhỏ", "Nâng bước em tới trường", "Em nói tiếng Việt",
 "Sân chơi cho em", "Thắp sáng ước mơ", "Lượt xem: 612"],
["01/06/2022 - 09:20", "Ngày Quốc tế Thiếu nhi 1/6", "lần thứ VII", "năm 2022", "Giai đoạn 2017 - 2022", "5 điều Bác Hồ dạy", "lần thứ VIII", "Lượt xem: 612"]))

PAGES.append(page("b4869-sonla-tinhnguyenhe-baocao-2023", """
TỈNH ĐOÀN SƠN LA - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ » Phong trào » Thanh niên tình nguyện
15/09/2023 09:35
Chiến dịch tình nguyện hè 2023: hơn 21.000 lượt đoàn viên, thanh niên tham gia
Ban Thường vụ Tỉnh đoàn Sơn La vừa ban hành Báo cáo số 312-BC/TĐTN ngày 12/9/2023 về kết quả Chiến dịch Thanh niên tình nguyện hè năm 2023. Theo báo cáo, chiến dịch thu hút hơn 21.000 lượt đoàn viên, thanh niên, học sinh, sinh viên và cán bộ, chiến sĩ trẻ tham gia tại 12 huyện, thành phố.
Đoàn viên Huyện đoàn Sốp Cộp và chiến sĩ trẻ Đồn Biên phòng Mường Lèo làm đường lên bản Huổi Hịa. Ảnh: Tỉnh đoàn
Triển khai Kế hoạch số 205-KH/TĐTN-TNNT ngày 10/5/2023 và Hướng dẫn số 14-HD/TĐTN của Ban Thường vụ Tỉnh đoàn, các cấp bộ Đoàn đã tổ chức 4 chiến dịch thành phần: "Thanh niên tình nguyện xây dựng nông thôn mới", "Kỳ nghỉ hồng", "Hành quân xanh" và "Mùa hè xanh" của sinh viên. Tổng giá trị các công trình, phần việc ước đạt trên 18,6 tỷ đồng.
Cụ thể, tuổi trẻ toàn tỉnh đã làm mới, sửa chữa 126,5 km đường giao thông nông thôn; xây dựng 9 cầu dân sinh, 34 nhà nhân ái, nhà khăn quàng đỏ với tổng trị giá khoảng 2,1 tỷ đồng; thắp sáng 21 km đường quê; trồng 310.000 cây xanh. Đội hình "Hành quân xanh" với 650 đoàn viên, chiến sĩ trẻ của Bộ Chỉ huy Quân sự tỉnh, Bộ Chỉ huy Bộ đội Biên phòng tỉnh đã về 16 xã biên giới, giúp dân 5.200 ngày công; cùng Đoàn các xã Mường Lèo, Mường Lạn, Chiềng Khương tổ chức 32 buổi giao lưu với thanh niên bản người Thái, Lào, Khơ Mú.
Hội đồng Đội các cấp tổ chức 1.420 điểm sinh hoạt hè tại địa bàn dân cư, mở 67 lớp dạy bơi miễn phí cho khoảng 3.500 thiếu nhi; trao 2.860 suất quà và 480 suất học bổng với tổng trị giá hơn 1,3 tỷ đồng. Các đội hình "Thầy thuốc trẻ" khám, cấp thuốc miễn phí cho 7.100 lượt người dân vùng cao.
Về hỗ trợ lập nghiệp, Tỉnh đoàn phối hợp tư vấn, giới thiệu việc làm cho 2.340 thanh niên; hỗ trợ 18 dự án khởi nghiệp, xây dựng 7 mô hình thanh niên phát triển kinh tế tiêu biểu gắn với Đề án "Hỗ trợ thanh niên khởi nghiệp" theo Quyết định số 1665/QĐ-TTg ngày 30/10/2017 của Thủ tướng Chính phủ và Nghị quyết số 14-NQ/TU của Ban Chấp hành Đảng bộ tỉnh.
Báo cáo cũng thẳng thắn chỉ ra hạn chế: một số huyện đoàn chưa huy động được nguồn lực xã hội; 3 công trình chậm tiến độ do mưa lũ; việc tuyên truyền trên mạng xã hội chưa đều. Ban Thường vụ Tỉnh đoàn đề nghị khen thưởng 25 tập thể, 58 cá nhân có thành tích xuất sắc.
Đồng chí Cầm Thị Phương, Tỉnh ủy viên, Bí thư Tỉnh đoàn, nhấn mạnh: "Chiến dịch kết thúc nhưng tinh thần tình nguyện phải thường xuyên, gắn với cơ sở, nhất là ở các bản đặc biệt khó khăn". Đồng chí Lò Văn Hưởng, Phó Bí thư Tỉnh đoàn, được giao theo dõi việc bàn giao các công trình.
Thanh Huyền
Lượt truy cập: 2.215
Bài viết liên quan
- Sốp Cộp: bàn giao cầu dân sinh bản Huổi Hịa (25/08/2023)
- Tổng kết Chiến dịch "Mùa hè xanh" năm 2023 (21/08/2023)
- Trao 100 suất quà cho thiếu nhi Mường Lạn (10/07/2023)
""", "2023-09-15", "Chiến dịch tình nguyện hè 2023: hơn 21.000 lượt đoàn viên, thanh niên tham gia",
E("bao_cao", "2023", "2023-09-12"),
[P("Cầm Thị Phương", "Tỉnh ủy viên", "Bí thư Tỉnh đoàn"),
 P("Lò Văn Hưởng", "Phó Bí thư Tỉnh đoàn")],
[Q("hơn 21.000 lượt đoàn viên, thanh niên", 21000, "lượt đoàn viên, thanh niên", "over"), Q("12 huyện, thành phố", 12, "huyện, thành phố"),
 Q("4 chiến dịch thành phần", 4, "chiến dịch thành phần"), Q("trên 18,6 tỷ đồng", 18600000000, "đồng", "over"), Q("126,5 km", 126.5, "km"),
 Q("9 cầu dân sinh", 9, "cầu dân sinh"), Q("34 nhà nhân ái, nhà khăn quàng đỏ", 34, "nhà nhân ái, nhà khăn quàng đỏ"), Q("khoảng 2,1 tỷ đồng", 2100000000, "đồng", "approx"),
 Q("21 km", 21, "km"), Q("310.000 cây xanh", 310000, "cây xanh"), Q("650 đoàn viên, chiến sĩ trẻ", 650, "đoàn viên, chiến sĩ trẻ"),
 Q("16 xã biên giới", 16, "xã biên giới"), Q("5.200 ngày công", 5200, "ngày công"), Q("32 buổi giao lưu", 32, "buổi giao lưu"),
 Q("1.420 điểm sinh hoạt hè", 1420, "điểm sinh hoạt hè"), Q("67 lớp dạy bơi", 67, "lớp dạy bơi"), Q("khoảng 3.500 thiếu nhi", 3500, "thiếu nhi", "approx"),
 Q("2.860 suất quà", 2860, "suất quà"), Q("480 suất học bổng", 480, "suất học bổng"), Q("hơn 1,3 tỷ đồng", 1300000000, "đồng", "over"),
 Q("7.100 lượt người dân", 7100, "lượt người dân"), Q("2.340 thanh niên", 2340, "thanh niên"), Q("18 dự án khởi nghiệp", 18, "dự án khởi nghiệp"),
 Q("7 mô hình thanh niên phát triển kinh tế tiêu biểu", 7, "mô hình thanh niên phát triển kinh tế tiêu biểu"), Q("3 công trình", 3, "công trình"),
 Q("25 tập thể", 25, "tập thể"), Q("58 cá nhân", 58, "cá nhân")],
[D("Báo cáo", "312", "BC/TĐTN", "2023-09-12", "Ban Thường vụ Tỉnh đoàn Sơn La", "Báo cáo số 312-BC/TĐTN ngày 12/9/2023"),
 D("Kế hoạch", "205", "KH/TĐTN-TNNT", "2023-05-10", "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 205-KH/TĐTN-TNNT ngày 10/5/2023"),
 D("Hướng dẫn", "14", "HD/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "Hướng dẫn số 14-HD/TĐTN"),
 D("Quyết định", "1665", "QĐ-TTg", "2017-10-30", "Thủ tướng Chính phủ", "Quyết định số 1665/QĐ-TTg ngày 30/10/2017"),
 D("Nghị quyết", "14", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 14-NQ/TU")],
[prov("Sơn La"), com("Mường Lèo"), com("Mường Lạn"), com("Chiềng Khương")],
["TỈNH ĐOÀN SƠN LA - CỔNG THÔNG TIN ĐIỆN TỬ", "Trang chủ » Phong trào » Thanh niên tình nguyện",
 "Đoàn viên Huyện đoàn Sốp Cộp và chiến sĩ trẻ Đồn Biên phòng Mường Lèo làm đường lên bản Huổi Hịa. Ảnh: Tỉnh đoàn",
 "Thanh niên tình nguyện xây dựng nông thôn mới", "Kỳ nghỉ hồng", "Hành quân xanh", "Mùa hè xanh", "Thầy thuốc trẻ",
 "Hỗ trợ thanh niên khởi nghiệp", "Lượt truy cập: 2.215"],
["15/09/2023 09:35", "năm 2023", "hè 2023", "Lượt truy cập: 2.215"]))

PAGES.append(page("b4870-lamdong-tinhdoan-giaoban-2023", """
Báo Lâm Đồng điện tử - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lâm Đồng
Chính trị - Xã hội | Đoàn thể
Cập nhật: 16:45, 07/07/2023 (GMT+7)
Đồng chí Ka Sê Hờ Vân phát biểu tại buổi giao ban. Ảnh: N.Hiền
Tuổi trẻ vùng đồng bào K'Ho, Churu với nhiều cách làm sáng tạo
(LĐ) - Chiều 5/7, Ban Thường vụ Tỉnh đoàn Lâm Đồng tổ chức giao ban công tác Đoàn và phong trào thanh thiếu nhi quý II/2023 với các huyện đoàn Lạc Dương, Đam Rông, Đơn Dương, Di Linh và Đoàn Thanh niên Bộ Chỉ huy Quân sự tỉnh. Đồng chí Ka Sê Hờ Vân, Phó Bí thư Thường trực Tỉnh đoàn, Chủ tịch Hội Liên hiệp Thanh niên Việt Nam tỉnh chủ trì.
Trong quý II, các cơ sở Đoàn vùng đồng bào dân tộc thiểu số đã tổ chức 47 buổi tuyên truyền Luật Thanh niên năm 2020 và Nghị quyết số 88/2019/QH14 của Quốc hội cho hơn 4.100 lượt đoàn viên, thanh niên K'Ho, Churu, Mạ. Thực hiện Chương trình phối hợp số 18-CTr/TĐTN-BCHQS giữa Tỉnh đoàn và Bộ Chỉ huy Quân sự tỉnh, 11 "Chi đoàn quân sự kết nghĩa chi đoàn thôn" đã giúp dân 1.350 ngày công, sửa 5,8 km đường vào khu sản xuất, làm 3 cầu gỗ tạm tại xã Đạ Tông, xã Đạ Long.
Phong trào thanh niên khởi nghiệp có bước chuyển: 9 hợp tác xã, tổ hợp tác do thanh niên người đồng bào làm chủ; 23 sản phẩm của thanh niên được công nhận OCOP 3 sao trở lên. Chị Liêng Hót Ha Lim, Bí thư Chi đoàn thôn Bon Dơng 1, xã Lát, giới thiệu mô hình du lịch cộng đồng "Nhà dài K'Ho" thu hút khoảng 6.000 lượt khách, mang lại thu nhập bình quân 8 triệu đồng/tháng cho 15 thanh niên.
Đồng chí Đa Cát Thị Thu Hương, Phó Bí thư Huyện đoàn Đam Rông, cho biết huyện đã trao 220 suất học bổng cho học sinh nghèo theo Kế hoạch số 102/KH-UBND của UBND huyện; vẫn còn 14 chi đoàn thôn sinh hoạt không đều do thanh niên đi làm ăn xa. Thượng úy Bon Niêng Ha Tuấn, Bí thư Đoàn cơ sở Ban Chỉ huy Quân sự huyện Đam Rông, đề xuất tổ chức "Ngày hội thanh niên với biên phòng - quốc phòng" tại xã Đưng K'Nớ.
Kết luận giao ban, đồng chí Ka Sê Hờ Vân đề nghị quý III các huyện đoàn triển khai hiệu quả Kết luận 01, 02-KL/TĐTN của Ban Chấp hành Tỉnh đoàn, hoàn thành chỉ tiêu kết nạp 3.200 đoàn viên mới cả năm (đến nay đạt 61%); tổ chức tốt Chiến dịch Thanh niên tình nguyện hè với ít nhất 1 công trình thanh niên cấp tỉnh tại mỗi huyện vùng đồng bào; vận động xây dựng 10 "Nhà khăn quàng đỏ" trị giá 50 triệu đồng/căn.
Cũng tại buổi giao ban, Tỉnh đoàn đã trao tặng 5 máy tính cho Đoàn xã Đạ Tông và biểu dương 12 tập thể, 27 cá nhân tiêu biểu trong 6 tháng đầu năm.
Nguyễn Hiền
Lượt xem: 734
Tin khác
- Lạc Dương: 300 đoàn viên ra quân Chiến dịch tình nguyện hè (30/06/2023)
- Trao 150 suất quà cho thiếu nhi Di Linh (01/06/2023)
- Lễ hội văn hóa thổ cẩm thanh niên Churu (20/05/2023)
""", "2023-07-07", "Tuổi trẻ vùng đồng bào K'Ho, Churu với nhiều cách làm sáng tạo",
E("giao_ban", "2023-Q2", "2023-07-05"),
[P("Ka Sê Hờ Vân", "Phó Bí thư Thường trực Tỉnh đoàn", "Chủ tịch Hội Liên hiệp Thanh niên Việt Nam tỉnh"),
 P("Liêng Hót Ha Lim", "Bí thư Chi đoàn thôn Bon Dơng 1"),
 P("Đa Cát Thị Thu Hương", "Phó Bí thư Huyện đoàn Đam Rông"),
 P("Bon Niêng Ha Tuấn", "Thượng úy", "Bí thư Đoàn cơ sở Ban Chỉ huy Quân sự huyện Đam Rông")],
[Q("47 buổi tuyên truyền", 47, "buổi tuyên truyền"), Q("hơn 4.100 lượt đoàn viên, thanh niên", 4100, "lượt đoàn viên, thanh niên", "over"),
 Q('11 "Chi đoàn quân sự kết nghĩa chi đoàn thôn"', 11, "Chi đoàn quân sự kết nghĩa chi đoàn thôn"), Q("1.350 ngày công", 1350, "ngày công"),
 Q("5,8 km", 5.8, "km"), Q("3 cầu gỗ tạm", 3, "cầu gỗ tạm"), Q("9 hợp tác xã, tổ hợp tác", 9, "hợp tác xã, tổ hợp tác"),
 Q("23 sản phẩm", 23, "sản phẩm"), Q("khoảng 6.000 lượt khách", 6000, "lượt khách", "approx"), Q("8 triệu đồng", 8000000, "đồng"),
 Q("15 thanh niên", 15, "thanh niên"), Q("220 suất học bổng", 220, "suất học bổng"), Q("14 chi đoàn thôn", 14, "chi đoàn thôn"),
 Q("3.200 đoàn viên mới", 3200, "đoàn viên mới"), Q("61%", 61, "%"), Q('10 "Nhà khăn quàng đỏ"', 10, "Nhà khăn quàng đỏ"),
 Q("50 triệu đồng", 50000000, "đồng"), Q("5 máy tính", 5, "máy tính"), Q("12 tập thể", 12, "tập thể"), Q("27 cá nhân tiêu biểu", 27, "cá nhân tiêu biểu")],
[D("Nghị quyết", "88", "2019/QH14", None, "Quốc hội", "Nghị quyết số 88/2019/QH14"),
 D("Chương trình phối hợp", "18", "CTr/TĐTN-BCHQS", None, None, "Chương trình phối hợp số 18-CTr/TĐTN-BCHQS"),
 D("Kế hoạch", "102", "KH-UBND", None, "UBND huyện", "Kế hoạch số 102/KH-UBND"),
 D("Kết luận", "01", "KL/TĐTN", None, "Ban Chấp hành Tỉnh đoàn", "Kết luận 01, 02-KL/TĐTN"),
 D("Kết luận", "02", "KL/TĐTN", None, "Ban Chấp hành Tỉnh đoàn", "Kết luận 01, 02-KL/TĐTN")],
[prov("Lâm Đồng"), com("Đạ Tông"), com("Đạ Long"), com("Lát"), com("Đưng K'Nớ")],
["Báo Lâm Đồng điện tử - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lâm Đồng", "Chính trị - Xã hội | Đoàn thể",
 "Đồng chí Ka Sê Hờ Vân phát biểu tại buổi giao ban. Ảnh: N.Hiền", "(LĐ)", "Luật Thanh niên năm 2020", "Nhà dài K'Ho", "OCOP",
 "Ngày hội thanh niên với biên phòng - quốc phòng", "Lượt xem: 734"],
["Cập nhật: 16:45, 07/07/2023 (GMT+7)", "quý II/2023", "quý II", "quý III", "năm 2020", "3 sao", "1 công trình thanh niên", "6 tháng đầu năm", "Lượt xem: 734"]))
