from lib import *
PAGES = []

PAGES.append(page("b3473-kontum-giamsat-nhandao-2021", """
CỔNG THÔNG TIN ĐIỆN TỬ HĐND TỈNH KON TUM
Vị trí: Trang chủ > Hoạt động giám sát
Ngày 17/12/2021 | 09:15
Đoàn giám sát làm việc tại Hội Chữ thập đỏ tỉnh.
Giám sát việc vận động, tiếp nhận và phân phối nguồn hỗ trợ nhân đạo năm 2021
Ngày 16/12, Đoàn giám sát của Ban Văn hóa - Xã hội HĐND tỉnh Kon Tum do bà Y Thị Bích Thọ, Trưởng Ban Văn hóa - Xã hội HĐND tỉnh làm trưởng đoàn đã giám sát việc vận động, tiếp nhận, phân phối và sử dụng các nguồn đóng góp tự nguyện, nguồn hỗ trợ nhân đạo năm 2021 tại Hội Chữ thập đỏ tỉnh. Cùng dự có ông A Pót, Phó Trưởng ban Văn hóa - Xã hội HĐND tỉnh; bà Nguyễn Thị Hồng Lam, Chủ tịch Hội Chữ thập đỏ tỉnh.
Báo cáo với đoàn, bà Nguyễn Thị Hồng Lam cho biết, năm 2021 các cấp Hội đã vận động được khoảng 9,7 tỷ đồng tiền mặt và hàng hóa, trong đó nguồn ủng hộ phòng, chống dịch COVID-19 hơn 3,4 tỷ đồng. Hội đã trao 6.850 suất quà cho hộ nghèo, người dân bị ảnh hưởng dịch bệnh; hỗ trợ xây 26 căn nhà nhân đạo, mỗi căn 40 triệu đồng; tặng 1.500 túi thuốc và 300 xe đạp cho học sinh đồng bào Xơ Đăng, Ba Na, Giẻ Triêng. Việc tiếp nhận, phân phối được thực hiện theo Nghị định số 93/2021/NĐ-CP ngày 27/10/2021 của Chính phủ và Hướng dẫn số 17/HD-HCTĐ của Hội Chữ thập đỏ tỉnh.
Qua giám sát thực tế tại xã Đắk Ui, huyện Đắk Hà và xã Ngọk Tem, huyện Kon Plông, đoàn ghi nhận việc bình xét đối tượng được hỗ trợ cơ bản công khai tại thôn. Tuy nhiên, một số khoản hỗ trợ bằng hiện vật chưa có biên bản giao nhận đầy đủ; 2 căn nhà nhân đạo chậm tiến độ do vật liệu tăng giá. Ông A Khoa, Chủ tịch Hội Chữ thập đỏ xã Ngọk Tem, kiến nghị tăng mức hỗ trợ nhà lên 50 triệu đồng/căn vì chi phí vận chuyển vật liệu vào làng xa rất lớn. Già làng A Ngưu ở làng Kon Chênh cho biết bà con đã góp công để làm nhà cho các hộ nghèo.
Kết luận buổi giám sát, bà Y Thị Bích Thọ đánh giá cao những kết quả Hội đạt được trong điều kiện dịch bệnh, đề nghị Hội công khai nguồn thu, chi trên cổng thông tin điện tử, hoàn thiện hồ sơ, chứng từ theo quy định và hoàn thành 2 căn nhà còn lại trước Tết Nguyên đán. Đoàn cũng đề nghị UBND tỉnh sửa đổi Quyết định số 21/2019/QĐ-UBND về quy chế phối hợp vận động, tiếp nhận nguồn đóng góp tự nguyện cho phù hợp quy định mới.
Kết quả giám sát sẽ được tổng hợp, báo cáo tại kỳ họp thường lệ cuối năm 2021 của HĐND tỉnh. Các kiến nghị của cơ sở được đoàn ghi nhận, chuyển các cơ quan chức năng xem xét, trả lời theo thẩm quyền.
Trước đó, đoàn đã làm việc với Sở Lao động - Thương binh và Xã hội và Ủy ban MTTQ Việt Nam tỉnh về việc quản lý các quỹ cứu trợ, quỹ vì người nghèo trên địa bàn.
Văn phòng Đoàn ĐBQH và HĐND tỉnh
Tin khác
- HĐND tỉnh giám sát công tác giảm nghèo tại huyện Tu Mơ Rông (10/12/2021)
- Thường trực HĐND tỉnh họp chuẩn bị kỳ họp thứ 3 (03/12/2021)
- Giám sát chương trình mục tiêu quốc gia tại Sa Thầy (25/11/2021)
- Tiếp xúc cử tri sau kỳ họp tại thành phố Kon Tum (10/11/2021)
""", "2021-12-17", "Giám sát việc vận động, tiếp nhận và phân phối nguồn hỗ trợ nhân đạo năm 2021",
E("giam_sat", "2021", "2021-12-16"),
[P("Y Thị Bích Thọ", "Trưởng Ban Văn hóa - Xã hội HĐND tỉnh"),
 P("A Pót", "Phó Trưởng ban Văn hóa - Xã hội HĐND tỉnh"),
 P("Nguyễn Thị Hồng Lam", "Chủ tịch Hội Chữ thập đỏ tỉnh"),
 P("A Khoa", "Chủ tịch Hội Chữ thập đỏ xã Ngọk Tem"),
 P("A Ngưu", "Già làng")],
[Q("khoảng 9,7 tỷ đồng", 9700000000, "đồng", "approx"), Q("hơn 3,4 tỷ đồng", 3400000000, "đồng", "over"),
 Q("6.850 suất quà", 6850, "suất quà"), Q("26 căn nhà nhân đạo", 26, "căn nhà nhân đạo"), Q("40 triệu đồng", 40000000, "đồng"),
 Q("1.500 túi thuốc", 1500, "túi thuốc"), Q("300 xe đạp", 300, "xe đạp"), Q("2 căn nhà nhân đạo", 2, "căn nhà nhân đạo"),
 Q("50 triệu đồng/căn", 50000000, "đồng")],
[D("Nghị định", "93", "2021/NĐ-CP", "2021-10-27", "Chính phủ", "Nghị định số 93/2021/NĐ-CP ngày 27/10/2021"),
 D("Hướng dẫn", "17", "HD-HCTĐ", None, "Hội Chữ thập đỏ tỉnh", "Hướng dẫn số 17/HD-HCTĐ"),
 D("Quyết định", "21", "2019/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 21/2019/QĐ-UBND")],
[prov("Kon Tum"), com("Đắk Ui"), com("Ngọk Tem")],
["CỔNG THÔNG TIN ĐIỆN TỬ HĐND TỈNH KON TUM", "Vị trí: Trang chủ > Hoạt động giám sát",
 "Đoàn giám sát làm việc tại Hội Chữ thập đỏ tỉnh.", "Văn phòng Đoàn ĐBQH và HĐND tỉnh"],
["Ngày 17/12/2021 | 09:15", "năm 2021", "COVID-19"]))

PAGES.append(page("b3474-travinh-chol-chnam-thmay-2022", """
Báo Trà Vinh Online
Trang chủ | Xã hội | Đồng bào Khmer
08 Tháng 4, 2022 | 14:30
Mang Tết Chôl Chnăm Thmây ấm áp đến đồng bào Khmer nghèo
Nhân dịp Tết cổ truyền Chôl Chnăm Thmây năm 2022, ngày 7/4, Hội Chữ thập đỏ tỉnh Trà Vinh phối hợp với Ban Dân tộc tỉnh và các nhà hảo tâm tổ chức trao quà cho hộ nghèo, hộ cận nghèo đồng bào Khmer tại huyện Trà Cú và Cầu Kè.
Ông Thạch Phước Bình trao quà cho hộ nghèo xã Kim Sơn.
Tại xã Kim Sơn, huyện Trà Cú, ông Thạch Phước Bình, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh cùng bà Kim Thị Hồng Diệp, Chủ tịch Hội Chữ thập đỏ tỉnh đã trao 400 phần quà Tết, mỗi phần trị giá 500.000 đồng gồm gạo, đường, nước mắm và tiền mặt. Tại xã Phong Phú, huyện Cầu Kè, đoàn trao 250 phần quà và 20 suất học bổng, mỗi suất 1 triệu đồng cho học sinh Khmer vượt khó.
Trước đó, đoàn đã đến thăm, tặng quà chùa Kompong Chrây và chùa Ba Sát, chúc Tết chư tăng và Phật tử. Hòa thượng Thạch Sok Xane, Trụ trì chùa Kompong Chrây, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh cảm ơn tỉnh đã quan tâm đến đời sống đồng bào Khmer.
Theo bà Kim Thị Hồng Diệp, dịp Tết Chôl Chnăm Thmây năm nay, các cấp Hội trong tỉnh vận động trao khoảng 3.200 phần quà, tổng trị giá hơn 1,6 tỷ đồng, tập trung vào các hộ chịu ảnh hưởng của dịch COVID-19. Chương trình được thực hiện theo Kế hoạch số 23/KH-HCTĐ ngày 10/3/2022 của Ban Thường vụ Hội Chữ thập đỏ tỉnh và Kế hoạch 41/KH-UBND của UBND tỉnh về tổ chức Tết cổ truyền của đồng bào Khmer năm 2022.
Bà Thạch Thị Sa Ren, 72 tuổi, ở ấp Chông Bát, xã Kim Sơn, vui mừng vì năm nay gia đình có thêm gạo, tiền để sắm Tết. Ông Sơn Ngọc Thành, Chủ tịch Hội Chữ thập đỏ xã Phong Phú, cho biết xã hiện còn 186 hộ nghèo, 80% là đồng bào Khmer; Hội đã kết nối các mạnh thường quân hỗ trợ sinh kế 15 con bò giống cho các hộ.
Cũng trong dịp này, Công ty Điện lực Trà Vinh trao tặng 10 căn nhà tình nghĩa, mỗi căn 50 triệu đồng, cho hộ nghèo đồng bào Khmer tại các xã Ngãi Xuyên, Tập Sơn. Đồng chí Thạch Phước Bình đề nghị các cấp Hội tiếp tục vận động nguồn lực, giúp đồng bào Khmer vươn lên thoát nghèo bền vững, không để ai thiếu Tết.
Không khí Tết đã lan tỏa khắp các phum, sóc; nhiều chùa Khmer được trang hoàng, chuẩn bị cho nghi lễ rước Đại lịch và đắp núi cát. Chính quyền các xã đã chủ động rà soát, bảo đảm không hộ nào bị bỏ sót, đồng thời nhắc nhở bà con giữ gìn an ninh trật tự, vui Tết an toàn, tiết kiệm.
Huỳnh Như - Thạch Thảo
Lượt xem: 3.112
Tin liên quan
- Cầu Kè: trao 200 phần quà Tết cho hộ Khmer nghèo (05/04/2022)
- Trà Cú: tổ chức lễ hội Ok Om Bok an toàn (20/11/2021)
- Đồng bào Khmer Trà Vinh chung tay phòng, chống dịch (15/10/2021)
- Châu Thành: trao nhà Đại đoàn kết cho hộ nghèo (02/10/2021)
""", "2022-04-08", "Mang Tết Chôl Chnăm Thmây ấm áp đến đồng bào Khmer nghèo",
E("trao_qua", None, "2022-04-07"),
[P("Thạch Phước Bình", "Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Kim Thị Hồng Diệp", "Chủ tịch Hội Chữ thập đỏ tỉnh"),
 P("Thạch Sok Xane", "Hòa thượng", "Trụ trì chùa Kompong Chrây", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
 P("Thạch Thị Sa Ren"),
 P("Sơn Ngọc Thành", "Chủ tịch Hội Chữ thập đỏ xã Phong Phú")],
[Q("400 phần quà", 400, "phần quà"), Q("500.000 đồng", 500000, "đồng"), Q("250 phần quà", 250, "phần quà"),
 Q("20 suất học bổng", 20, "suất học bổng"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("khoảng 3.200 phần quà", 3200, "phần quà", "approx"), Q("hơn 1,6 tỷ đồng", 1600000000, "đồng", "over"),
 Q("186 hộ nghèo", 186, "hộ nghèo"), Q("80%", 80, "%"), Q("15 con bò giống", 15, "con bò giống"),
 Q("10 căn nhà tình nghĩa", 10, "căn nhà tình nghĩa"), Q("50 triệu đồng", 50000000, "đồng")],
[D("Kế hoạch", "23", "KH-HCTĐ", "2022-03-10", "Ban Thường vụ Hội Chữ thập đỏ tỉnh", "Kế hoạch số 23/KH-HCTĐ ngày 10/3/2022"),
 D("Kế hoạch", "41", "KH-UBND", None, "UBND tỉnh", "Kế hoạch 41/KH-UBND")],
[prov("Trà Vinh"), com("Kim Sơn"), com("Phong Phú"), com("Ngãi Xuyên"), com("Tập Sơn")],
["Báo Trà Vinh Online", "Trang chủ | Xã hội | Đồng bào Khmer", "Ông Thạch Phước Bình trao quà cho hộ nghèo xã Kim Sơn.",
 "Chôl Chnăm Thmây", "Hội Đoàn kết sư sãi yêu nước tỉnh", "Công ty Điện lực Trà Vinh", "Lượt xem: 3.112"],
["08 Tháng 4, 2022 | 14:30", "năm 2022", "72 tuổi", "COVID-19", "Lượt xem: 3.112"]))

PAGES.append(page("b3475-hanoi-hienmau-tongket-2022", """
Hôm nay: Thứ Hai, 26/12/2022
HÀ NỘI MỚI - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam thành phố Hà Nội
Xã hội > Y tế
Thứ Sáu, 23/12/2022 - 15:30
Hà Nội tiếp nhận hơn 254.000 đơn vị máu, vượt kế hoạch năm
(HNM) - Chiều 22/12, Ban Chỉ đạo vận động hiến máu tình nguyện thành phố Hà Nội tổ chức hội nghị tổng kết công tác vận động hiến máu tình nguyện năm 2022 và triển khai kế hoạch năm 2023. Phó Chủ tịch UBND thành phố, Trưởng Ban Chỉ đạo Chử Xuân Dũng chủ trì hội nghị.
Toàn cảnh hội nghị tổng kết. Ảnh: Hoàng Lâm
Theo báo cáo, năm 2022, toàn thành phố tổ chức 1.362 buổi hiến máu, tiếp nhận 254.817 đơn vị máu, đạt 106% kế hoạch, tăng khoảng 18% so với năm 2021. Trong đó, Lễ hội Xuân hồng lần thứ XV thu 15.026 đơn vị máu; chương trình "Chủ nhật Đỏ" lần thứ XIV thu hơn 10.000 đơn vị; 30 quận, huyện, thị xã đều hoàn thành chỉ tiêu. Tỷ lệ người hiến máu nhắc lại đạt 46%.
Bà Nguyễn Thị Hoàng Anh, Chủ tịch Hội Chữ thập đỏ thành phố, Phó Trưởng ban Thường trực Ban Chỉ đạo cho biết, công tác vận động được thực hiện theo Kế hoạch số 48/KH-UBND ngày 15/2/2022 của UBND thành phố và Quyết định 1203/QĐ-BYT của Bộ Y tế. Thành phố đã xây dựng được 142 câu lạc bộ hiến máu tình nguyện, 84 đội hiến máu dự bị với khoảng 9.600 thành viên.
Tại hội nghị, ông Phạm Văn Hải, Chủ tịch Hội Chữ thập đỏ phường Khương Đình, quận Thanh Xuân, chia sẻ kinh nghiệm lập danh sách người hiến máu dự bị theo từng tổ dân phố. TS.BS Bạch Quốc Khánh, Viện trưởng Viện Huyết học - Truyền máu Trung ương cho biết, lượng máu Hà Nội tiếp nhận chiếm gần 40% lượng máu cung cấp cho 180 bệnh viện ở các tỉnh phía Bắc.
Phát biểu chỉ đạo, Phó Chủ tịch UBND thành phố Chử Xuân Dũng đánh giá cao sự vào cuộc của các cấp, các ngành; giao chỉ tiêu năm 2023 tiếp nhận 265.000 đơn vị máu, đề nghị đẩy mạnh chuyển đổi số trong quản lý người hiến máu. Dịp này, UBND thành phố tặng bằng khen cho 40 tập thể và 58 cá nhân; Ban Chỉ đạo tôn vinh 100 người hiến máu tiêu biểu.
Anh Lê Văn Tùng, xã Vân Nội, huyện Đông Anh, đã hiến máu 92 lần, là một trong những người hiến máu nhiều lần nhất thành phố, được Ban Chỉ đạo trao kỷ niệm chương.
Hội nghị cũng chỉ ra những hạn chế: có thời điểm, nhất là dịp hè và sau Tết, nguồn máu dự trữ xuống thấp; một số cơ quan, đơn vị còn coi việc vận động hiến máu là nhiệm vụ riêng của Hội Chữ thập đỏ; việc tôn vinh, chăm sóc người hiến máu nhiều lần ở một số nơi chưa kịp thời. Các đại biểu kiến nghị có thêm chính sách ưu tiên cho người hiến máu khi khám, chữa bệnh.
Thanh Hà
Tin liên quan
- Lễ hội Xuân hồng 2023 dự kiến diễn ra từ ngày 3/2 (20/12/2022)
- Hà Nội tôn vinh 100 người hiến máu tiêu biểu (14/06/2022)
- Chủ nhật Đỏ lần thứ XIV: hơn 10.000 đơn vị máu (10/01/2022)
- Hội Chữ thập đỏ quận Hoàn Kiếm trao quà cho người khó khăn (05/01/2022)
""", "2022-12-23", "Hà Nội tiếp nhận hơn 254.000 đơn vị máu, vượt kế hoạch năm",
E("tong_ket", "2022", "2022-12-22"),
[P("Chử Xuân Dũng", "Phó Chủ tịch UBND thành phố", "Trưởng Ban Chỉ đạo"),
 P("Nguyễn Thị Hoàng Anh", "Chủ tịch Hội Chữ thập đỏ thành phố", "Phó Trưởng ban Thường trực Ban Chỉ đạo"),
 P("Phạm Văn Hải", "Chủ tịch Hội Chữ thập đỏ phường Khương Đình"),
 P("Bạch Quốc Khánh", "TS.BS", "Viện trưởng Viện Huyết học - Truyền máu Trung ương"),
 P("Lê Văn Tùng")],
[Q("1.362 buổi hiến máu", 1362, "buổi hiến máu"), Q("254.817 đơn vị máu", 254817, "đơn vị máu"), Q("106%", 106, "%"),
 Q("khoảng 18%", 18, "%", "approx"), Q("15.026 đơn vị máu", 15026, "đơn vị máu"), Q("hơn 10.000 đơn vị", 10000, "đơn vị", "over"),
 Q("30 quận, huyện, thị xã", 30, "quận, huyện, thị xã"), Q("46%", 46, "%"),
 Q("142 câu lạc bộ hiến máu tình nguyện", 142, "câu lạc bộ hiến máu tình nguyện"), Q("84 đội hiến máu dự bị", 84, "đội hiến máu dự bị"),
 Q("khoảng 9.600 thành viên", 9600, "thành viên", "approx"), Q("gần 40%", 40, "%", "approx"), Q("180 bệnh viện", 180, "bệnh viện"),
 Q("265.000 đơn vị máu", 265000, "đơn vị máu"), Q("40 tập thể", 40, "tập thể"), Q("58 cá nhân", 58, "cá nhân"),
 Q("100 người hiến máu tiêu biểu", 100, "người hiến máu tiêu biểu"), Q("92 lần", 92, "lần")],
[D("Kế hoạch", "48", "KH-UBND", "2022-02-15", "UBND thành phố", "Kế hoạch số 48/KH-UBND ngày 15/2/2022"),
 D("Quyết định", "1203", "QĐ-BYT", None, "Bộ Y tế", "Quyết định 1203/QĐ-BYT")],
[prov("Hà Nội"), com("Khương Đình"), com("Vân Nội")],
["Hôm nay: Thứ Hai, 26/12/2022", "HÀ NỘI MỚI - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam thành phố Hà Nội", "Xã hội > Y tế",
 "(HNM)", "Toàn cảnh hội nghị tổng kết. Ảnh: Hoàng Lâm", "Lễ hội Xuân hồng", "Chủ nhật Đỏ", "Viện Huyết học - Truyền máu Trung ương"],
["Thứ Sáu, 23/12/2022 - 15:30", "năm 2022", "năm 2023", "năm 2021", "lần thứ XV", "lần thứ XIV"]))

PAGES.append(page("b3476-ninhthuan-nhanhandao-2023", """
Báo Ninh Thuận điện tử
Xã hội / Nhân đạo - Từ thiện
04/08/2023 | 15:40
Bàn giao nhà nhân đạo cho hộ nghèo đồng bào Chăm, Raglai
Ngày 3/8, Hội Chữ thập đỏ tỉnh Ninh Thuận phối hợp với Hội Chữ thập đỏ Thành phố Hồ Chí Minh tổ chức bàn giao 12 căn nhà nhân đạo cho hộ nghèo đồng bào Chăm, Raglai tại xã Phước Hà, huyện Thuận Nam và xã Phước Thành, huyện Bác Ái.
Bà Đàng Thị Mỹ Hương trao quyết định bàn giao nhà cho hộ bà Pinăng Thị Thiết.
Dự buổi bàn giao có bà Đàng Thị Mỹ Hương, Phó Bí thư Thường trực Tỉnh ủy; bà Thập Thị Kim Ngân, Chủ tịch Hội Chữ thập đỏ tỉnh; ông Võ Thanh Hải, Phó Chủ tịch Hội Chữ thập đỏ Thành phố Hồ Chí Minh.
Mỗi căn nhà có diện tích khoảng 40 m2, trị giá 60 triệu đồng, trong đó Hội Chữ thập đỏ Thành phố Hồ Chí Minh hỗ trợ 50 triệu đồng, phần còn lại do gia đình và bà con trong thôn góp công. Tổng kinh phí xây dựng 12 căn nhà là 720 triệu đồng. Cùng với nhà, mỗi hộ được tặng 1 bồn chứa nước 1.000 lít, 1 bộ bàn ghế và quà trị giá 1 triệu đồng.
Bà Pinăng Thị Thiết, thôn Ma Lâm, xã Phước Thành, người Raglai, có chồng mất sớm, một mình nuôi 4 con nhỏ, xúc động cho biết trước đây cả nhà ở trong căn chòi tạm dột nát. Ông Quảng Văn Đông, Chủ tịch UBND xã Phước Hà cho biết, xã còn 213 hộ nghèo, chiếm hơn 23% số hộ, phần lớn thiếu đất sản xuất và nước sinh hoạt.
Theo bà Thập Thị Kim Ngân, thực hiện Chỉ thị 43-CT/TW của Ban Bí thư và Chương trình hành động số 15-CTr/TU của Tỉnh ủy, từ đầu năm 2023 đến nay, các cấp Hội trong tỉnh đã vận động xây dựng 38 căn nhà nhân đạo, sửa chữa 17 căn, tổng trị giá hơn 2,3 tỷ đồng; trao 1.650 suất quà và 420 thẻ bảo hiểm y tế cho người nghèo.
Dịp này, Hội Chữ thập đỏ Thành phố Hồ Chí Minh còn tổ chức khám bệnh, cấp thuốc miễn phí cho 500 người dân xã Phước Hà, trao 100 suất quà cho người cao tuổi và 50 suất học bổng trị giá 1,5 triệu đồng/suất cho học sinh Chăm vượt khó. Cả sư Trượng Văn Giỏi ở thôn Văn Lâm cảm ơn các nhà hảo tâm đã giúp đỡ bà con trong làng.
Bà Đàng Thị Mỹ Hương đề nghị địa phương hướng dẫn các hộ được nhận nhà ổn định cuộc sống, sử dụng hiệu quả nguồn hỗ trợ sinh kế, không để tái nghèo.
Những năm qua, nhờ sự chung tay của các tổ chức, cá nhân trong và ngoài tỉnh, nhiều hộ đồng bào dân tộc thiểu số ở vùng khô hạn đã có nhà ở kiên cố, yên tâm làm ăn. Tuy vậy, nhu cầu về nhà ở, nước sinh hoạt của hộ nghèo ở các xã miền núi vẫn còn lớn; Hội Chữ thập đỏ tỉnh mong tiếp tục nhận được sự đồng hành của các nhà hảo tâm.
Ngọc Bích
Các tin đã đưa
- Hội Chữ thập đỏ tỉnh sơ kết 6 tháng đầu năm 2023 (20/07/2023)
- Ninh Phước: ngày hội hiến máu hè (15/07/2023)
- Trao 200 bồn chứa nước cho hộ nghèo vùng khô hạn (30/06/2023)
- Thuận Bắc: khám bệnh miễn phí cho người cao tuổi (18/06/2023)
- Phan Rang - Tháp Chàm ra mắt tủ thuốc nhân đạo (05/06/2023)
""", "2023-08-04", "Bàn giao nhà nhân đạo cho hộ nghèo đồng bào Chăm, Raglai",
E("trao_qua", None, "2023-08-03"),
[P("Đàng Thị Mỹ Hương", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Thập Thị Kim Ngân", "Chủ tịch Hội Chữ thập đỏ tỉnh"),
 P("Võ Thanh Hải", "Phó Chủ tịch Hội Chữ thập đỏ Thành phố Hồ Chí Minh"),
 P("Pinăng Thị Thiết"),
 P("Quảng Văn Đông", "Chủ tịch UBND xã Phước Hà"),
 P("Trượng Văn Giỏi", "Cả sư")],
[Q("12 căn nhà nhân đạo", 12, "căn nhà nhân đạo"), Q("khoảng 40 m2", 40, "m2", "approx"), Q("60 triệu đồng", 60000000, "đồng"),
 Q("50 triệu đồng", 50000000, "đồng"), Q("720 triệu đồng", 720000000, "đồng"), Q("1.000 lít", 1000, "lít"),
 Q("1 triệu đồng", 1000000, "đồng"), Q("4 con", 4, "con"), Q("213 hộ nghèo", 213, "hộ nghèo"), Q("hơn 23%", 23, "%", "over"),
 Q("38 căn nhà nhân đạo", 38, "căn nhà nhân đạo"), Q("17 căn", 17, "căn"), Q("hơn 2,3 tỷ đồng", 2300000000, "đồng", "over"),
 Q("1.650 suất quà", 1650, "suất quà"), Q("420 thẻ bảo hiểm y tế", 420, "thẻ bảo hiểm y tế"), Q("500 người dân", 500, "người dân"),
 Q("100 suất quà", 100, "suất quà"), Q("50 suất học bổng", 50, "suất học bổng"), Q("1,5 triệu đồng/suất", 1500000, "đồng")],
[D("Chỉ thị", "43", "CT/TW", None, "Ban Bí thư", "Chỉ thị 43-CT/TW"),
 D("Chương trình hành động", "15", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 15-CTr/TU")],
[prov("Ninh Thuận"), prov("Hồ Chí Minh"), com("Phước Hà"), com("Phước Thành")],
["Báo Ninh Thuận điện tử", "Xã hội / Nhân đạo - Từ thiện", "Bà Đàng Thị Mỹ Hương trao quyết định bàn giao nhà cho hộ bà Pinăng Thị Thiết."],
["04/08/2023 | 15:40", "1 bồn chứa nước", "1 bộ bàn ghế", "năm 2023"]))

PAGES.append(page("b3477-thainguyen-tonvinh-hienmau-2023", """
THÁI NGUYÊN ĐIỆN TỬ
Trang chủ » Xã hội » Y tế
Thứ Tư, 20/12/2023
Ảnh: Các cá nhân tiêu biểu nhận bằng khen tại hội nghị.
Tôn vinh 120 người hiến máu tiêu biểu năm 2023
Ngày 19/12/2023, Ban Chỉ đạo vận động hiến máu tình nguyện tỉnh Thái Nguyên tổ chức hội nghị biểu dương, tôn vinh người hiến máu tình nguyện tiêu biểu năm 2023. Dự hội nghị có đồng chí Đinh Xuân Thao, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo và đồng chí Ma Thị Nguyệt, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy.
120 người được tôn vinh năm nay đều đã hiến máu từ 10 lần trở lên; trong đó nhiều người hiến trên 30 lần như anh Hoàng Văn Quyết, công nhân Công ty Samsung Electronics Việt Nam Thái Nguyên, 42 lần; chị Lý Thị Mai, người Dao, giáo viên Trường Tiểu học xã Phú Thượng, 31 lần. Ngoài ra, hội nghị còn biểu dương 25 tập thể có thành tích xuất sắc trong vận động hiến máu.
Báo cáo tại hội nghị cho biết, năm 2023 toàn tỉnh tổ chức 96 đợt hiến máu, tiếp nhận 31.450 đơn vị máu, đạt 112% kế hoạch; 100% số máu được sàng lọc an toàn, cung cấp cho Bệnh viện Trung ương Thái Nguyên và các bệnh viện trong khu vực. Hoạt động được triển khai theo Kế hoạch số 07/KH-BCĐ ngày 5/1/2023 của Ban Chỉ đạo và Quyết định số 3345/QĐ-UBND của UBND tỉnh về kiện toàn Ban Chỉ đạo.
Bà Nông Thị Hương, Chủ tịch Hội Chữ thập đỏ tỉnh, Phó Trưởng Ban Thường trực Ban Chỉ đạo cho biết, tỉnh đã duy trì 47 câu lạc bộ hiến máu, 12 đội hiến máu dự bị với khoảng 2.300 thành viên, sẵn sàng hiến máu khi có yêu cầu khẩn cấp. Riêng Hội Chữ thập đỏ xã Phú Thượng, huyện Võ Nhai, đã vận động được 156 người dân tộc Tày, Nùng, Dao lần đầu tham gia hiến máu.
Phát biểu tại hội nghị, đồng chí Đinh Xuân Thao ghi nhận những tấm gương "sống để yêu thương", đề nghị các ngành, địa phương tiếp tục đưa phong trào về cơ sở, phấn đấu năm 2024 tiếp nhận không dưới 32.000 đơn vị máu. Dịp này, UBND tỉnh tặng bằng khen cho 20 cá nhân; Ban Chỉ đạo tặng giấy khen cho 100 cá nhân và 25 tập thể, mỗi cá nhân được tặng quà trị giá 500.000 đồng.
Anh Hoàng Văn Quyết chia sẻ, lần đầu anh hiến máu khi còn là sinh viên năm nhất và từ đó đều đặn mỗi năm hiến 3 lần, coi đó là niềm vui.
Nhiều đại biểu cho rằng, để phong trào bền vững cần chú trọng lực lượng hiến máu trẻ trong trường học, doanh nghiệp, đồng thời tuyên truyền bằng tiếng dân tộc ở các xã vùng cao.
Hồng Nhung
Tin khác
- Đại Từ: hơn 400 đơn vị máu trong ngày hội Giọt hồng (05/12/2023)
- Tập huấn kỹ năng sơ cấp cứu cho học sinh (22/11/2023)
- Hội Chữ thập đỏ tỉnh trao 30 suất quà cho người khuyết tật (10/11/2023)
- Phú Lương: ra mắt câu lạc bộ hiến máu tình nguyện (25/10/2023)
""", "2023-12-20", "Tôn vinh 120 người hiến máu tiêu biểu năm 2023",
E("hoi_nghi", "2023", "2023-12-19"),
[P("Đinh Xuân Thao", "Tỉnh ủy viên", "Phó Chủ tịch UBND tỉnh", "Trưởng Ban Chỉ đạo"),
 P("Ma Thị Nguyệt", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hoàng Văn Quyết", "công nhân Công ty Samsung Electronics Việt Nam Thái Nguyên"),
 P("Lý Thị Mai", "giáo viên Trường Tiểu học xã Phú Thượng"),
 P("Nông Thị Hương", "Chủ tịch Hội Chữ thập đỏ tỉnh", "Phó Trưởng Ban Thường trực Ban Chỉ đạo")],
[Q("120 người hiến máu tiêu biểu", 120, "người hiến máu tiêu biểu"), Q("từ 10 lần trở lên", 10, "lần", "over"),
 Q("trên 30 lần", 30, "lần", "over"), Q("42 lần", 42, "lần"), Q("31 lần", 31, "lần"), Q("25 tập thể", 25, "tập thể"),
 Q("96 đợt hiến máu", 96, "đợt hiến máu"), Q("31.450 đơn vị máu", 31450, "đơn vị máu"), Q("112%", 112, "%"), Q("100%", 100, "%"),
 Q("47 câu lạc bộ hiến máu", 47, "câu lạc bộ hiến máu"), Q("12 đội hiến máu dự bị", 12, "đội hiến máu dự bị"),
 Q("khoảng 2.300 thành viên", 2300, "thành viên", "approx"), Q("156 người dân tộc Tày, Nùng, Dao", 156, "người dân tộc Tày, Nùng, Dao"),
 Q("không dưới 32.000 đơn vị máu", 32000, "đơn vị máu", "over"), Q("20 cá nhân", 20, "cá nhân"), Q("100 cá nhân", 100, "cá nhân"),
 Q("500.000 đồng", 500000, "đồng"), Q("3 lần", 3, "lần")],
[D("Kế hoạch", "07", "KH-BCĐ", "2023-01-05", "Ban Chỉ đạo", "Kế hoạch số 07/KH-BCĐ ngày 5/1/2023"),
 D("Quyết định", "3345", "QĐ-UBND", None, "UBND tỉnh", "Quyết định số 3345/QĐ-UBND")],
[prov("Thái Nguyên"), com("Phú Thượng")],
["THÁI NGUYÊN ĐIỆN TỬ", "Trang chủ » Xã hội » Y tế", "Ảnh: Các cá nhân tiêu biểu nhận bằng khen tại hội nghị.",
 "sống để yêu thương", "Công ty Samsung Electronics Việt Nam Thái Nguyên", "Bệnh viện Trung ương Thái Nguyên"],
["Thứ Tư, 20/12/2023", "năm 2023", "năm 2024", "năm nhất"]))

PAGES.append(page("b3478-soctrang-ctd-giaoban-q1-2024", """
HỘI CHỮ THẬP ĐỎ TỈNH SÓC TRĂNG
Trang chủ - Tin hoạt động - Tin tỉnh Hội
12-04-2024 09:40
Đồng chí Lâm Thị Sa Vanh phát biểu tại buổi giao ban.
Hội Chữ thập đỏ tỉnh giao ban công tác quý I năm 2024
Sáng 11/4/2024, Ban Thường vụ Hội Chữ thập đỏ tỉnh Sóc Trăng tổ chức giao ban đánh giá kết quả công tác Hội quý I và triển khai nhiệm vụ quý II năm 2024. Bà Lâm Thị Sa Vanh, Chủ tịch Hội Chữ thập đỏ tỉnh chủ trì; dự có lãnh đạo Hội Chữ thập đỏ 11 huyện, thị xã, thành phố.
Theo báo cáo, quý I, các cấp Hội vận động được khoảng 12,8 tỷ đồng, trong đó chương trình "Tết Nhân ái" Giáp Thìn 2024 trao 21.300 phần quà trị giá hơn 9,5 tỷ đồng cho hộ nghèo, người khuyết tật, nạn nhân da cam. Hội cũng hỗ trợ nước ngọt cho khoảng 4.600 hộ dân bị ảnh hưởng hạn mặn ở các huyện ven biển Trần Đề, Cù Lao Dung với 1.250 bồn chứa nước và 340 m3 nước sạch. Hiến máu tình nguyện tiếp nhận 2.870 đơn vị máu, đạt 26% kế hoạch năm.
Ông Thạch Sô Phol, Phó Chủ tịch Hội Chữ thập đỏ tỉnh, cho biết việc thực hiện Kế hoạch 02/KH-HCTĐ và Kế hoạch số 05/KH-HCTĐ của Ban Thường vụ Hội về hưởng ứng Tháng Nhân đạo năm 2024 đang được khẩn trương triển khai. Hội đặt mục tiêu Tháng Nhân đạo trợ giúp ít nhất 30.000 lượt người khó khăn.
Tại buổi giao ban, ông Lý Sà Rết, Chủ tịch Hội Chữ thập đỏ thị xã Vĩnh Châu phản ánh nhiều hộ Khmer trồng hành tím thiệt hại do hạn mặn, cần hỗ trợ giống. Bà Trần Thị Bé Tư, Chủ tịch Hội Chữ thập đỏ phường 2, thị xã Vĩnh Châu, giới thiệu mô hình "Hũ gạo tình thương" với 65 hũ gạo, mỗi tháng giúp 30 hộ nghèo. Ông Kim Sóc Kha, Chủ tịch Hội Chữ thập đỏ xã Lịch Hội Thượng, đề nghị tăng cường tập huấn sơ cấp cứu cho tình nguyện viên.
Kết luận, bà Lâm Thị Sa Vanh yêu cầu quý II các cấp Hội tập trung vận động nguồn lực hỗ trợ sinh kế cho hộ bị hạn mặn, chuẩn bị lễ phát động Tháng Nhân đạo cấp tỉnh, và thực hiện nghiêm Nghị định 93/2021/NĐ-CP về công khai nguồn đóng góp tự nguyện.
Các huyện cũng được đề nghị rà soát lại danh sách hội viên, cập nhật phần mềm quản lý hội viên và tình nguyện viên trước ngày 30/6; những cơ sở Hội hoạt động yếu sẽ được Ban Thường vụ tỉnh Hội trực tiếp hỗ trợ, kiểm tra.
Nhiều ý kiến đề nghị tỉnh Hội sớm phân bổ kinh phí cho các đội tình nguyện viên, tập huấn kỹ năng ứng phó hạn mặn, sạt lở bờ sông và đẩy mạnh tuyên truyền trên mạng xã hội để thu hút thêm nguồn lực từ các doanh nghiệp, người Sóc Trăng sinh sống ở xa quê.
Sơn Phương
Tin cùng chuyên mục
- Mỹ Xuyên: trao 100 bồn chứa nước cho hộ nghèo (08/04/2024)
- Trao 500 phần quà Tết Chôl Chnăm Thmây cho đồng bào Khmer (03/04/2024)
- Ngày hội hiến máu "Giọt hồng Sóc Trăng" (15/03/2024)
- Long Phú: khám bệnh, cấp thuốc miễn phí cho người nghèo (01/03/2024)
""", "2024-04-12", "Hội Chữ thập đỏ tỉnh giao ban công tác quý I năm 2024",
E("giao_ban", "2024-Q1", "2024-04-11"),
[P("Lâm Thị Sa Vanh", "Chủ tịch Hội Chữ thập đỏ tỉnh"),
 P("Thạch Sô Phol", "Phó Chủ tịch Hội Chữ thập đỏ tỉnh"),
 P("Lý Sà Rết", "Chủ tịch Hội Chữ thập đỏ thị xã Vĩnh Châu"),
 P("Trần Thị Bé Tư", "Chủ tịch Hội Chữ thập đỏ phường 2"),
 P("Kim Sóc Kha", "Chủ tịch Hội Chữ thập đỏ xã Lịch Hội Thượng")],
[Q("11 huyện, thị xã, thành phố", 11, "huyện, thị xã, thành phố"), Q("khoảng 12,8 tỷ đồng", 12800000000, "đồng", "approx"),
 Q("21.300 phần quà", 21300, "phần quà"), Q("hơn 9,5 tỷ đồng", 9500000000, "đồng", "over"),
 Q("khoảng 4.600 hộ dân", 4600, "hộ dân", "approx"), Q("1.250 bồn chứa nước", 1250, "bồn chứa nước"), Q("340 m3", 340, "m3"),
 Q("2.870 đơn vị máu", 2870, "đơn vị máu"), Q("26%", 26, "%"), Q("ít nhất 30.000 lượt người", 30000, "lượt người", "over"),
 Q("65 hũ gạo", 65, "hũ gạo"), Q("30 hộ nghèo", 30, "hộ nghèo")],
[D("Kế hoạch", "02", "KH-HCTĐ", None, "Ban Thường vụ Hội", "Kế hoạch 02/KH-HCTĐ"),
 D("Kế hoạch", "05", "KH-HCTĐ", None, "Ban Thường vụ Hội", "Kế hoạch số 05/KH-HCTĐ"),
 D("Nghị định", "93", "2021/NĐ-CP", None, None, "Nghị định 93/2021/NĐ-CP")],
[prov("Sóc Trăng"), com("phường 2"), com("Lịch Hội Thượng")],
["HỘI CHỮ THẬP ĐỎ TỈNH SÓC TRĂNG", "Trang chủ - Tin hoạt động - Tin tỉnh Hội", "Đồng chí Lâm Thị Sa Vanh phát biểu tại buổi giao ban.",
 "Tết Nhân ái", "Hũ gạo tình thương", "Tháng Nhân đạo"],
["12-04-2024 09:40", "quý I", "quý II năm 2024", "Giáp Thìn 2024", "năm 2024", "ngày 30/6"]))
