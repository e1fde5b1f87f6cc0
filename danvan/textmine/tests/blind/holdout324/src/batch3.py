from lib import *
PAGES = []

PAGES.append(page("b7745-gialai-nharong-2022", """
BÁO GIA LAI ĐIỆN TỬ
Xã hội / Văn hóa / Bảo tồn
2022-04-19 16:40
Già làng Rơ Mah Hlơi (thứ 2 từ trái) cùng dân làng bên nhà rông vừa tu bổ.
Làng Stơr hồi sinh nhà rông truyền thống
(GLO) - Sáng 17/4, tại làng Stơr, xã Tơ Tung, huyện Kbang, bà con dân làng phấn khởi dự lễ mừng nhà rông truyền thống được tu bổ sau hơn 2 tháng thi công. Làng Stơr là quê hương của Anh hùng Núp, di tích lịch sử cấp quốc gia.
Nhà rông làng Stơr được dựng lại trên nền cũ, cao gần 18 m, mái lợp tranh, sàn bằng gỗ, giữ đúng kiểu dáng nhà rông của người Ba Na. Tổng kinh phí khoảng 850 triệu đồng, trong đó nguồn ngân sách huyện hỗ trợ 400 triệu đồng, số còn lại do các doanh nghiệp, nhà hảo tâm và dân làng đóng góp. Dân làng góp 1.200 ngày công, 3.500 tấm tranh, 60 cây lồ ô và hàng trăm sợi mây rừng.
Già làng Rơ Mah Hlơi, 78 tuổi, người có uy tín của làng, cùng 9 nghệ nhân trực tiếp chỉ dẫn lớp trẻ cách buộc mái, dựng cột theo kỹ thuật cổ truyền. "Nhà rông là hồn của làng. Con cháu phải biết dựng nhà rông thì văn hóa mới không mất", già Hlơi nói.
Dự lễ có đồng chí Đinh Thị Hằng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Ksor H'Bơ Khăp, Phó Trưởng đoàn chuyên trách Đoàn đại biểu Quốc hội tỉnh; các đồng chí Đinh Văn Kôi, Đinh H'Linh - Phó Chủ tịch UBND huyện Kbang.
Theo đồng chí Đinh Văn Kôi, thực hiện Đề án số 05-ĐA/HU của Huyện ủy Kbang về bảo tồn văn hóa cồng chiêng và nhà rông giai đoạn 2021 - 2025, huyện đã tu bổ 7 nhà rông, xây mới 3 nhà rông tại các làng Ba Na, trong đó hơn 60% kinh phí do người dân và doanh nghiệp đóng góp. Toàn huyện hiện còn 42 bộ cồng chiêng, 15 đội chiêng thiếu niên.
Phát biểu tại buổi lễ, đồng chí Đinh Thị Hằng nhấn mạnh việc tu bổ nhà rông làng Stơr vừa là việc bảo tồn di tích, vừa là hoạt động thiết thực hưởng ứng phong trào thi đua "Dân vận khéo"; đề nghị địa phương thực hiện tốt Quyết định số 1909/QĐ-TTg của Thủ tướng Chính phủ phê duyệt Chiến lược phát triển văn hóa đến năm 2030 và Nghị quyết 05-NQ/TU của Tỉnh ủy về phát triển văn hóa, con người Gia Lai. Dịp này, Ban Dân vận Tỉnh ủy tặng làng 1 bộ cồng chiêng và 20 suất quà cho các nghệ nhân.
Buổi lễ khép lại bằng nghi thức cúng mừng nhà rông mới, dân làng Stơr cùng các làng Kuk Đak, Hle Lăng của xã Tơ Tung hòa vào vòng xoang trong tiếng chiêng ngân vang bên núi rừng Kbang.
Minh Phương
Tin cùng chuyên mục
- Kông Chro: phục dựng lễ mừng lúa mới của người Ba Na (10/04/2022)
- Ia Grai tu bổ 5 nhà rông bằng nguồn xã hội hóa (28/03/2022)
- Chư Păh: lớp truyền dạy đánh chiêng cho thanh thiếu niên (15/03/2022)
- Đak Đoa ra mắt câu lạc bộ cồng chiêng làng Kon Mah (02/03/2022)
""", "2022-04-19", "Làng Stơr hồi sinh nhà rông truyền thống",
E("khac", None, "2022-04-17"),
[P("Rơ Mah Hlơi", "Già làng", "người có uy tín của làng"),
 P("Đinh Thị Hằng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Ksor H'Bơ Khăp", "Phó Trưởng đoàn chuyên trách Đoàn đại biểu Quốc hội tỉnh"),
 P("Đinh Văn Kôi", "Phó Chủ tịch UBND huyện Kbang"),
 P("Đinh H'Linh", "Phó Chủ tịch UBND huyện Kbang")],
[Q("gần 18 m", 18, "m", "approx"), Q("khoảng 850 triệu đồng", 850000000, "đồng", "approx"), Q("400 triệu đồng", 400000000, "đồng"),
 Q("1.200 ngày công", 1200, "ngày công"), Q("3.500 tấm tranh", 3500, "tấm tranh"), Q("60 cây lồ ô", 60, "cây lồ ô"),
 Q("9 nghệ nhân", 9, "nghệ nhân"), Q("7 nhà rông", 7, "nhà rông"), Q("3 nhà rông", 3, "nhà rông"),
 Q("hơn 60%", 60, "%", "over"), Q("42 bộ cồng chiêng", 42, "bộ cồng chiêng"), Q("15 đội chiêng thiếu niên", 15, "đội chiêng thiếu niên"),
 Q("20 suất quà", 20, "suất quà")],
[D("Đề án", "05", "ĐA/HU", None, "Huyện ủy Kbang", "Đề án số 05-ĐA/HU"),
 D("Quyết định", "1909", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1909/QĐ-TTg"),
 D("Nghị quyết", "05", "NQ/TU", None, "Tỉnh ủy", "Nghị quyết 05-NQ/TU")],
[prov("Gia Lai"), com("Tơ Tung")],
["BÁO GIA LAI ĐIỆN TỬ", "Xã hội / Văn hóa / Bảo tồn", "Già làng Rơ Mah Hlơi (thứ 2 từ trái) cùng dân làng bên nhà rông vừa tu bổ.",
 "(GLO)", "Anh hùng Núp", "Dân vận khéo", "Chiến lược phát triển văn hóa đến năm 2030", "Nhà rông làng Stơr"],
["2022-04-19 16:40", "hơn 2 tháng", "78 tuổi", "giai đoạn 2021 - 2025", "năm 2030", "1 bộ cồng chiêng", "hàng trăm sợi mây rừng", "thứ 2"]))

PAGES.append(page("b7746-haiduong-tongket-2022", """
Hôm nay: Thứ Năm, 29/12/2022
BÁO HẢI DƯƠNG
Trang chủ » Văn hóa » Di sản
Ngày 28/12/2022 | 09:15
Toàn cảnh hội nghị tổng kết.
Hải Dương: hơn 210 tỷ đồng xã hội hóa tu bổ di tích trong năm
Chiều 27/12, Sở Văn hóa, Thể thao và Du lịch tỉnh Hải Dương tổ chức hội nghị tổng kết công tác văn hóa, thể thao và du lịch năm 2022, trong đó dành phần lớn thời gian đánh giá công tác quản lý, tu bổ di tích. Đồng chí Lương Văn Cầu, Phó Chủ tịch UBND tỉnh dự, chỉ đạo hội nghị.
Năm 2022, toàn tỉnh có 127 di tích được tu bổ, tôn tạo với tổng kinh phí trên 260 tỷ đồng, trong đó nguồn xã hội hóa hơn 210 tỷ đồng, chiếm khoảng 81%. Nhiều công trình lớn hoàn thành như tu bổ đình Mộ Trạch (xã Tân Hồng), đình Đông Giao (xã Lương Điền), đền Bia (xã Cẩm Văn). Tỉnh đã thẩm định 64 hồ sơ báo cáo kinh tế - kỹ thuật tu bổ di tích theo Nghị định 166/2018/NĐ-CP.
Đồng chí Nguyễn Thị Hương Giang, Tỉnh ủy viên, Giám đốc Sở Văn hóa, Thể thao và Du lịch, cho biết việc quản lý tiền công đức có chuyển biến: 96% ban quản lý di tích đã mở tài khoản, công khai thu chi; tổng số tiền công đức, tài trợ tại các di tích trong năm khoảng 142 tỷ đồng. Tuy vậy, vẫn còn tình trạng tu bổ "bê tông hóa", thay thế cấu kiện gốc tại 8 di tích; việc phát huy giá trị các đình làng gắn với du lịch còn hạn chế.
Tại hội nghị, ông Vũ Văn Tùng, Chủ tịch UBND xã Tân Hồng, huyện Bình Giang, chia sẻ kinh nghiệm vận động 1.540 hộ dân và 210 con em xa quê góp hơn 9 tỷ đồng tu bổ đình Mộ Trạch: "Làng lập ban vận động gồm các cụ trưởng họ, mỗi khoản tiền đều có biên lai, cuối mỗi tháng niêm yết công khai ở nhà văn hóa". Bà Phạm Thị Thanh, Trưởng phòng Văn hóa và Thông tin huyện Cẩm Giàng, đề nghị tăng định mức hỗ trợ chống xuống cấp cho các di tích ở vùng khó vận động.
Phát biểu chỉ đạo, đồng chí Lương Văn Cầu yêu cầu năm 2023 ngành văn hóa thực hiện nghiêm Chỉ thị 11, 12/CT-UBND của UBND tỉnh về tăng cường quản lý lễ hội và tiền công đức tại di tích; hoàn thành kiểm kê 1.098 di tích chưa xếp hạng; tiếp tục xây dựng các làng văn hóa tiêu biểu gắn với đình làng.
Dịp này, UBND tỉnh tặng bằng khen cho 10 tập thể và 22 cá nhân; Giám đốc Sở tặng giấy khen cho 45 tập thể, cá nhân có thành tích trong xã hội hóa tu bổ di tích năm 2022.
Thành Chung
Tin khác
- Bình Giang: khánh thành tu bổ đình Mộ Trạch (15/12/2022)
- Gia Lộc vận động con em xa quê góp 12 tỷ đồng tu bổ đền Quát (01/12/2022)
- Thanh Hà tổ chức lễ đón bằng di tích quốc gia đình Hà Xá (20/11/2022)
- Tứ Kỳ kiểm tra tiến độ tu bổ 6 đình làng (05/11/2022)
- Chí Linh: lễ hội mùa thu Côn Sơn - Kiếp Bạc năm 2022 (20/10/2022)
- Ninh Giang tập huấn nghiệp vụ cho ban quản lý di tích (06/10/2022)
""", "2022-12-28", "Hải Dương: hơn 210 tỷ đồng xã hội hóa tu bổ di tích trong năm",
E("tong_ket", "2022", "2022-12-27"),
[P("Lương Văn Cầu", "Phó Chủ tịch UBND tỉnh"),
 P("Nguyễn Thị Hương Giang", "Tỉnh ủy viên", "Giám đốc Sở Văn hóa, Thể thao và Du lịch"),
 P("Vũ Văn Tùng", "Chủ tịch UBND xã Tân Hồng"),
 P("Phạm Thị Thanh", "Trưởng phòng Văn hóa và Thông tin huyện Cẩm Giàng")],
[Q("hơn 210 tỷ đồng", 210000000000, "đồng", "over"), Q("127 di tích", 127, "di tích"), Q("trên 260 tỷ đồng", 260000000000, "đồng", "over"),
 Q("khoảng 81%", 81, "%", "approx"), Q("64 hồ sơ báo cáo kinh tế - kỹ thuật", 64, "hồ sơ báo cáo kinh tế - kỹ thuật"),
 Q("96%", 96, "%"), Q("khoảng 142 tỷ đồng", 142000000000, "đồng", "approx"), Q("8 di tích", 8, "di tích"),
 Q("1.540 hộ dân", 1540, "hộ dân"), Q("210 con em xa quê", 210, "con em xa quê"), Q("hơn 9 tỷ đồng", 9000000000, "đồng", "over"),
 Q("1.098 di tích", 1098, "di tích"), Q("10 tập thể", 10, "tập thể"), Q("22 cá nhân", 22, "cá nhân"),
 Q("45 tập thể, cá nhân", 45, "tập thể, cá nhân")],
[D("Nghị định", "166", "2018/NĐ-CP", None, None, "Nghị định 166/2018/NĐ-CP"),
 D("Chỉ thị", "11", "CT-UBND", None, "UBND tỉnh", "Chỉ thị 11, 12/CT-UBND"),
 D("Chỉ thị", "12", "CT-UBND", None, "UBND tỉnh", "Chỉ thị 11, 12/CT-UBND")],
[prov("Hải Dương"), com("Tân Hồng"), com("Lương Điền"), com("Cẩm Văn")],
["Hôm nay: Thứ Năm, 29/12/2022", "BÁO HẢI DƯƠNG", "Trang chủ » Văn hóa » Di sản", "Toàn cảnh hội nghị tổng kết.",
 "bê tông hóa", "đình Mộ Trạch", "đình Đông Giao", "đền Bia"],
["Hôm nay: Thứ Năm, 29/12/2022", "Ngày 28/12/2022 | 09:15", "năm 2022", "năm 2023", "cuối mỗi tháng"]))

PAGES.append(page("b7747-longan-giaoban-dinh-2023", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LONG AN
Trang chủ | Hoạt động Mặt trận | Tin tức
17.08.2023 | 16:05
Giao ban tháng 8: vận động nhân dân chung tay tu bổ đình, miếu
Ngày 15/8/2023, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Long An tổ chức giao ban công tác Mặt trận tháng 8/2023 với Ủy ban MTTQ 15 huyện, thị xã, thành phố. Bà Lê Thị Thu Hồng, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Bà Lê Thị Thu Hồng phát biểu tại giao ban.
Báo cáo cho biết trong tháng 8, Mặt trận các cấp đã phối hợp với các ban quý tế vận động nhân dân đóng góp trên 2,3 tỷ đồng để tu bổ 5 ngôi đình và 3 miếu Bà; nổi bật là đình Tân Lân (TP. Tân An) - di tích quốc gia - được người dân đóng góp 850 triệu đồng thay mái, gia cố 32 cột gỗ. Tại xã Long Hựu Đông, huyện Cần Đước, Ban quý tế đình Long Hựu phối hợp với Ban công tác Mặt trận ấp vận động 215 hộ góp 470 triệu đồng làm lại hàng rào, sân đình.
Ông Trần Văn Nhơn, Chủ tịch Ủy ban MTTQ huyện Cần Đước cho biết, Mặt trận huyện đã phân công thành viên theo dõi, giám sát việc thu chi tại 14 đình trên địa bàn, bảo đảm công khai theo Quy chế phối hợp số 12/QCPH-MTTQ-SVHTTDL giữa Ủy ban MTTQ tỉnh và Sở Văn hóa, Thể thao và Du lịch. Bà Nguyễn Thị Kim Ngân, Phó Chủ tịch Ủy ban MTTQ huyện Cần Giuộc, phản ánh một số ban quý tế người cao tuổi, chưa quen với việc lập chứng từ nên cần tập huấn thêm.
Ngoài công tác xã hội hóa di tích, giao ban cũng đánh giá việc thực hiện Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh": trong tháng có 37 hộ hiến trên 4.200 m2 đất làm đường; Quỹ "Vì người nghèo" các cấp tiếp nhận khoảng 1,6 tỷ đồng, xây dựng và sửa chữa 28 căn nhà Đại đoàn kết.
Kết luận giao ban, bà Lê Thị Thu Hồng đề nghị Mặt trận các huyện tiếp tục thực hiện Kế hoạch số 145/KH-MTTQ-BTT ngày 10/3/2023 của Ban Thường trực Ủy ban MTTQ tỉnh về giám sát việc quản lý tiền công đức tại các di tích; phối hợp tổ chức chu đáo lễ Kỳ yên tại các đình trong tháng 9 và tháng 10; chuẩn bị tốt Đại hội đại biểu MTTQ Việt Nam các huyện nhiệm kỳ 2024 - 2029.
Đồng chí Huỳnh Minh Đức, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh, thông tin thêm: 8 tháng năm 2023, Ủy ban MTTQ các cấp tiếp nhận 41 ý kiến, kiến nghị của cử tri liên quan quản lý di tích, đã chuyển cơ quan chức năng giải quyết 36 ý kiến.
Thanh Tâm
Các tin khác
- Cần Giuộc: hội nghị tuyên dương người có uy tín năm 2023 (10/08/2023)
- Châu Thành khánh thành miếu Bà Chúa Xứ sau tu bổ (02/08/2023)
- Tân Trụ: ra mắt mô hình "Ấp đình văn minh" (25/07/2023)
- Đức Hòa giao ban công tác Mặt trận quý II năm 2023 (11/07/2023)
- Thủ Thừa: tu bổ đình Bình Thạnh bằng nguồn xã hội hóa (28/06/2023)
""", "2023-08-17", "Giao ban tháng 8: vận động nhân dân chung tay tu bổ đình, miếu",
E("giao_ban", "2023-08", "2023-08-15"),
[P("Lê Thị Thu Hồng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Văn Nhơn", "Chủ tịch Ủy ban MTTQ huyện Cần Đước"),
 P("Nguyễn Thị Kim Ngân", "Phó Chủ tịch Ủy ban MTTQ huyện Cần Giuộc"),
 P("Huỳnh Minh Đức", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh")],
[Q("15 huyện, thị xã, thành phố", 15, "huyện, thị xã, thành phố"), Q("trên 2,3 tỷ đồng", 2300000000, "đồng", "over"),
 Q("5 ngôi đình", 5, "ngôi đình"), Q("3 miếu Bà", 3, "miếu Bà"), Q("850 triệu đồng", 850000000, "đồng"),
 Q("32 cột gỗ", 32, "cột gỗ"), Q("215 hộ", 215, "hộ"), Q("470 triệu đồng", 470000000, "đồng"), Q("14 đình", 14, "đình"),
 Q("37 hộ", 37, "hộ"), Q("trên 4.200 m2", 4200, "m2", "over"), Q("khoảng 1,6 tỷ đồng", 1600000000, "đồng", "approx"),
 Q("28 căn nhà Đại đoàn kết", 28, "căn nhà Đại đoàn kết"), Q("41 ý kiến, kiến nghị", 41, "ý kiến, kiến nghị"), Q("36 ý kiến", 36, "ý kiến")],
[D("Quy chế phối hợp", "12", "QCPH-MTTQ-SVHTTDL", None, None, "Quy chế phối hợp số 12/QCPH-MTTQ-SVHTTDL"),
 D("Kế hoạch", "145", "KH-MTTQ-BTT", "2023-03-10", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 145/KH-MTTQ-BTT ngày 10/3/2023")],
[prov("Long An"), com("Long Hựu Đông")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LONG AN", "Trang chủ | Hoạt động Mặt trận | Tin tức", "Bà Lê Thị Thu Hồng phát biểu tại giao ban.",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Vì người nghèo", "đình Tân Lân", "Kỳ yên", "Ban quý tế đình Long Hựu"],
["17.08.2023 | 16:05", "tháng 8/2023", "tháng 8", "tháng 9", "tháng 10", "nhiệm kỳ 2024 - 2029", "8 tháng năm 2023"]))

PAGES.append(page("b7748-quangngai-giamsat-mttq-2023", """
Báo Quảng Ngãi điện tử
Chính trị | Mặt trận - Đoàn thể
08:45 | 14/11/2023
Mặt trận giám sát việc tu bổ di tích và sử dụng tiền công đức
(Báo Quảng Ngãi) - Ngày 13/11, Đoàn giám sát Ủy ban MTTQ Việt Nam tỉnh do ông Võ Văn Phúc, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách, pháp luật về quản lý, tu bổ di tích và sử dụng nguồn xã hội hóa năm 2023 tại huyện Tư Nghĩa và huyện Sơn Hà.
Đoàn giám sát làm việc tại đình Thu Xà.
Cuộc giám sát được thực hiện theo Kế hoạch số 92/KH-MTTQ-BTT ngày 20/9/2023 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh. Tham gia đoàn có đại diện Sở Văn hóa, Thể thao và Du lịch, Ban Dân vận Tỉnh ủy và các ông, bà: Đinh Thị Liên, Phạm Văn Dũng, Đinh Văn Bơ - Ủy viên Ủy ban MTTQ Việt Nam tỉnh.
Tại huyện Tư Nghĩa, đoàn kiểm tra thực tế tại đình Thu Xà (xã Nghĩa Hòa) và lăng Ông Nam Hải (xã Nghĩa Phú). Đình Thu Xà - di tích cấp quốc gia, được tu bổ năm 2022 với tổng kinh phí 4,6 tỷ đồng, trong đó nhân dân, tiểu thương chợ Thu Xà và người Hoa trong làng đóng góp gần 2 tỷ đồng. Ông Huỳnh Ngọc Ẩn, Trưởng ban quản lý đình Thu Xà báo cáo, 100% khoản đóng góp được ghi vào sổ và niêm yết tại đình; 11 lần công khai thu chi trong năm.
Tại huyện Sơn Hà, đoàn giám sát việc tu bổ di tích Chiến thắng Làng Rê và nhà truyền thống của đồng bào Hrê ở xã Sơn Thượng. Ông Đinh Văn Chiêm, Phó Chủ tịch UBND huyện Sơn Hà cho biết, 3 năm qua huyện huy động được 1,3 tỷ đồng từ doanh nghiệp và người dân để tu bổ 4 di tích, khoảng 800 ngày công của đồng bào Hrê. Già làng Đinh Văn Ré, người có uy tín ở thôn Gò Da, đã vận động 64 hộ góp gỗ, tranh, nứa dựng lại nhà truyền thống.
Qua giám sát, đoàn ghi nhận việc huy động nguồn lực xã hội hóa có nhiều kết quả; tuy nhiên 2 ban quản lý di tích chưa xây dựng quy chế, việc quản lý tiền công đức còn giao cho cá nhân thủ quỹ giữ tiền mặt. Đoàn đề nghị UBND các huyện chỉ đạo thực hiện đúng Thông tư 04/2023/TT-BVHTTDL của Bộ Văn hóa, Thể thao và Du lịch và Quyết định 08/2021/QĐ-UBND của UBND tỉnh về quản lý di tích; kiện toàn ban quản lý di tích có sự tham gia của Mặt trận xã.
Kết luận, ông Võ Văn Phúc đề nghị các địa phương khắc phục tồn tại trước ngày 31/12/2023, báo cáo kết quả về Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh. Kết quả giám sát sẽ được tổng hợp, kiến nghị UBND tỉnh tại hội nghị tổng kết công tác Mặt trận năm 2023.
Thanh Nhị
Các tin khác
- Mặt trận tỉnh giám sát việc thực hiện chính sách đối với người có uy tín (07/11/2023)
- Trà Bồng: vận động đồng bào Cor giữ gìn nhà sàn (28/10/2023)
- Bình Sơn khánh thành tu bổ đình Phú Thạnh (16/10/2023)
""", "2023-11-14", "Mặt trận giám sát việc tu bổ di tích và sử dụng tiền công đức",
E("giam_sat", "2023", "2023-11-13"),
[P("Võ Văn Phúc", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đinh Thị Liên", "Ủy viên Ủy ban MTTQ Việt Nam tỉnh"), P("Phạm Văn Dũng", "Ủy viên Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đinh Văn Bơ", "Ủy viên Ủy ban MTTQ Việt Nam tỉnh"),
 P("Huỳnh Ngọc Ẩn", "Trưởng ban quản lý đình Thu Xà"),
 P("Đinh Văn Chiêm", "Phó Chủ tịch UBND huyện Sơn Hà"),
 P("Đinh Văn Ré", "Già làng", "người có uy tín ở thôn Gò Da")],
[Q("4,6 tỷ đồng", 4600000000, "đồng"), Q("gần 2 tỷ đồng", 2000000000, "đồng", "approx"), Q("100%", 100, "%"),
 Q("1,3 tỷ đồng", 1300000000, "đồng"), Q("4 di tích", 4, "di tích"), Q("khoảng 800 ngày công", 800, "ngày công", "approx"),
 Q("64 hộ", 64, "hộ"), Q("2 ban quản lý di tích", 2, "ban quản lý di tích")],
[D("Kế hoạch", "92", "KH-MTTQ-BTT", "2023-09-20", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 92/KH-MTTQ-BTT ngày 20/9/2023"),
 D("Thông tư", "04", "2023/TT-BVHTTDL", None, "Bộ Văn hóa, Thể thao và Du lịch", "Thông tư 04/2023/TT-BVHTTDL"),
 D("Quyết định", "08", "2021/QĐ-UBND", None, "UBND tỉnh", "Quyết định 08/2021/QĐ-UBND")],
[prov("Quảng Ngãi"), com("Nghĩa Hòa"), com("Nghĩa Phú"), com("Sơn Thượng")],
["Báo Quảng Ngãi điện tử", "Chính trị | Mặt trận - Đoàn thể", "(Báo Quảng Ngãi)", "Đoàn giám sát làm việc tại đình Thu Xà.",
 "lăng Ông Nam Hải", "di tích Chiến thắng Làng Rê", "chợ Thu Xà"],
["08:45 | 14/11/2023", "năm 2023", "năm 2022", "11 lần", "3 năm"]))

PAGES.append(page("b7749-ninhbinh-soket-2024", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NINH BÌNH
You are here: Trang chủ > Tin tức sự kiện > Văn hóa - Xã hội
Thứ Ba, 16/07/2024 - 10:20
Ảnh: Đồng chí Tống Quang Thìn phát biểu chỉ đạo hội nghị.
Phát huy sức dân trong bảo tồn di tích
Sáng 15/7, tại Hoa Lư, Ban Chỉ đạo phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa" tỉnh Ninh Bình tổ chức hội nghị sơ kết 6 tháng đầu năm 2024, triển khai nhiệm vụ 6 tháng cuối năm; trong đó đánh giá chuyên đề xã hội hóa tu bổ, tôn tạo di tích. Đồng chí Tống Quang Thìn, Phó Bí thư Thường trực Tỉnh ủy, Trưởng Ban Chỉ đạo dự và chỉ đạo.
6 tháng đầu năm, các địa phương đã huy động trên 65 tỷ đồng từ nguồn xã hội hóa để tu bổ 39 di tích, chủ yếu là đình, đền, chùa; trong đó huyện Kim Sơn, Yên Mô, Hoa Lư mỗi huyện huy động từ 10 tỷ đồng trở lên. Đình Văn Hà (xã Yên Thành) và đình làng Phúc Lộc (xã Ninh Hải) được nhân dân góp 100% kinh phí tu bổ, mỗi công trình khoảng 3 tỷ đồng.
Theo báo cáo của đồng chí Đinh Thị Thu Hà, Giám đốc Sở Văn hóa và Thể thao, Phó Trưởng Ban Chỉ đạo, toàn tỉnh có 1.821 di tích, trong đó 81 di tích quốc gia, 3 di tích quốc gia đặc biệt. Thực hiện Nghị quyết số 12-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về bảo tồn, phát huy giá trị di sản Quần thể danh thắng Tràng An, Sở đã thẩm định 27 hồ sơ tu bổ, phát hiện 3 công trình tự ý xây dựng sai thiết kế.
Nhiều ý kiến thảo luận tại hội nghị. Ông Phạm Văn Sơn, Bí thư Đảng ủy, Chủ tịch HĐND xã Yên Thành chia sẻ: để tu bổ đình Văn Hà, xã tổ chức 6 cuộc họp dân ở 4 thôn, lập tổ giám sát gồm đại diện Mặt trận, Hội Người cao tuổi và các dòng họ. Linh mục Giuse Trần Văn Thiện, Chánh xứ giáo xứ Phát Diệm cho biết giáo dân Kim Sơn cũng tích cực đóng góp tu bổ đình làng của bên lương, thể hiện tinh thần đoàn kết lương - giáo.
Kết luận hội nghị, đồng chí Tống Quang Thìn yêu cầu 6 tháng cuối năm các cấp, các ngành tiếp tục thực hiện Kết luận 76-KL/TW ngày 4/6/2020 của Bộ Chính trị về tiếp tục thực hiện Nghị quyết số 33-NQ/TW về xây dựng và phát triển văn hóa, con người Việt Nam; kiểm tra 100% di tích đang thi công; không để xảy ra tình trạng thương mại hóa di tích, lạm dụng tín ngưỡng để trục lợi.
Hội nghị đã khen thưởng 9 tập thể, 16 cá nhân tiêu biểu trong phong trào xã hội hóa tu bổ di tích 6 tháng đầu năm.
Hồng Vân
Tin liên quan
- Yên Khánh: khánh thành đình làng Tuy Lộc (05/07/2024)
- Hoa Lư vận động nhân dân góp 4 tỷ đồng tu bổ đền Thượng (26/06/2024)
- Kiểm tra công tác tu bổ di tích tại huyện Nho Quan (12/06/2024)
- Tam Điệp tổ chức lễ hội đền Dâu (30/05/2024)
- Gia Viễn: đón nhận bằng di tích cấp tỉnh đình làng Đại Hữu (18/05/2024)
- Nho Quan vận động nhân dân giữ gìn cảnh quan di tích (02/05/2024)
""", "2024-07-16", "Phát huy sức dân trong bảo tồn di tích",
E("so_ket", "2024-H1", "2024-07-15"),
[P("Tống Quang Thìn", "Phó Bí thư Thường trực Tỉnh ủy", "Trưởng Ban Chỉ đạo"),
 P("Đinh Thị Thu Hà", "Giám đốc Sở Văn hóa và Thể thao", "Phó Trưởng Ban Chỉ đạo"),
 P("Phạm Văn Sơn", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Yên Thành"),
 P("Giuse Trần Văn Thiện", "Linh mục", "Chánh xứ giáo xứ Phát Diệm")],
[Q("trên 65 tỷ đồng", 65000000000, "đồng", "over"), Q("39 di tích", 39, "di tích"),
 Q("từ 10 tỷ đồng trở lên", 10000000000, "đồng", "over"), Q("100%", 100, "%"), Q("khoảng 3 tỷ đồng", 3000000000, "đồng", "approx"),
 Q("1.821 di tích", 1821, "di tích"), Q("81 di tích quốc gia", 81, "di tích quốc gia"), Q("3 di tích quốc gia đặc biệt", 3, "di tích quốc gia đặc biệt"),
 Q("27 hồ sơ tu bổ", 27, "hồ sơ tu bổ"), Q("3 công trình", 3, "công trình"), Q("6 cuộc họp dân", 6, "cuộc họp dân"), Q("4 thôn", 4, "thôn"),
 Q("9 tập thể", 9, "tập thể"), Q("16 cá nhân tiêu biểu", 16, "cá nhân tiêu biểu")],
[D("Nghị quyết", "12", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 12-NQ/TU"),
 D("Kết luận", "76", "KL/TW", "2020-06-04", "Bộ Chính trị", "Kết luận 76-KL/TW ngày 4/6/2020"),
 D("Nghị quyết", "33", "NQ/TW", None, None, "Nghị quyết số 33-NQ/TW")],
[prov("Ninh Bình"), com("Yên Thành"), com("Ninh Hải")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NINH BÌNH", "You are here: Trang chủ > Tin tức sự kiện > Văn hóa - Xã hội",
 "Ảnh: Đồng chí Tống Quang Thìn phát biểu chỉ đạo hội nghị.", "Toàn dân đoàn kết xây dựng đời sống văn hóa",
 "Quần thể danh thắng Tràng An", "Đình Văn Hà", "Hội Người cao tuổi"],
["Thứ Ba, 16/07/2024 - 10:20", "6 tháng đầu năm 2024", "6 tháng cuối năm", "6 tháng đầu năm"]))

PAGES.append(page("b7750-bentre-hoinghi-tuyenduong-2024", """
Báo Đồng Khởi Online
Trang chủ › Chính trị › Mặt trận - Đoàn thể
Cập nhật: 09:42, 21/10/2024 (GMT+7)
Tuyên dương 86 điển hình chung tay bảo tồn đình làng
Ngày 19/10/2024, Ủy ban MTTQ Việt Nam tỉnh Bến Tre phối hợp với Sở Văn hóa, Thể thao và Du lịch tổ chức hội nghị tuyên dương các tập thể, cá nhân tiêu biểu trong công tác vận động xã hội hóa bảo tồn, tu bổ di tích đình làng giai đoạn 2019 - 2024. Hội nghị tuyên dương 86 điển hình, gồm 31 tập thể và 55 cá nhân.
Các điển hình được tuyên dương tại hội nghị.
Dự hội nghị có các đồng chí: Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Lê Văn Hiền; Phó Chủ tịch UBND tỉnh Nguyễn Thị Bé Mười; Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Trần Thị Thanh Lam.
Báo cáo tại hội nghị cho biết, Bến Tre hiện có 248 ngôi đình, trong đó 19 đình được xếp hạng di tích quốc gia, 46 đình xếp hạng cấp tỉnh. Giai đoạn 2019 - 2024, Mặt trận các cấp đã phối hợp với các ban quý tế vận động trên 182 tỷ đồng để tu bổ 96 ngôi đình; riêng năm 2024 khoảng 38 tỷ đồng. Nhiều đình như đình Phú Lễ (xã Phú Lễ), đình Bình Hòa (xã Bình Hòa), đình Tân Thạch (xã Tân Thạch) được nhân dân đóng góp từ 5 đến 12 tỷ đồng.
Tại hội nghị, ông Huỳnh Văn Tám, Chánh bái đình Phú Lễ chia sẻ, ban quý tế đã vận động 1.300 lượt người đóng góp gần 6 tỷ đồng, 2.500 ngày công trùng tu chánh điện và võ ca theo đúng kiến trúc cũ. Bà Trương Thị Kim Loan, Chủ tịch Ủy ban MTTQ Việt Nam xã Bình Hòa cho biết xã đã vận động hộ dân hiến 1.200 m2 đất mở rộng khuôn viên đình. Ông Lâm Văn Út, người dân ấp Tân Hòa, xã Tân Thạch, một mình đóng góp 800 triệu đồng để làm lại cổng đình và nhà khách.
Phát biểu tại hội nghị, đồng chí Nguyễn Thị Bé Mười đề nghị các cấp tiếp tục triển khai Kế hoạch số 5678/KH-UBND ngày 15/9/2022 của UBND tỉnh về bảo tồn di tích giai đoạn 2022 - 2025; thực hiện Nghị định 110/2018/NĐ-CP của Chính phủ về quản lý và tổ chức lễ hội. Đồng chí Lê Văn Hiền đề nghị Mặt trận các cấp tiếp tục giám sát việc quản lý tiền công đức, phấn đấu năm 2025 có thêm ít nhất 20 ngôi đình được tu bổ.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen cho 31 tập thể và 55 cá nhân; mỗi tập thể nhận 2 triệu đồng, mỗi cá nhân 1 triệu đồng tiền thưởng.
Hữu Hiệp
Tin cùng chuyên mục
- Ba Tri: khánh thành đình An Bình Tây sau tu bổ (10/10/2024)
- Mỏ Cày Nam tổ chức lễ Kỳ yên đình Định Thủy (25/09/2024)
- Chợ Lách vận động người dân giữ gìn nhà cổ (12/09/2024)
- Giồng Trôm: người dân góp 3 tỷ đồng tu bổ đình Phong Phú (29/08/2024)
- Bình Đại tổ chức lễ hội Nghinh Ông (15/08/2024)
- Thạnh Phú: Mặt trận xã giám sát việc sử dụng quỹ đình (02/08/2024)
""", "2024-10-21", "Tuyên dương 86 điển hình chung tay bảo tồn đình làng",
E("hoi_nghi", None, "2024-10-19"),
[P("Lê Văn Hiền", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thị Bé Mười", "Phó Chủ tịch UBND tỉnh"),
 P("Trần Thị Thanh Lam", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Huỳnh Văn Tám", "Chánh bái đình Phú Lễ"),
 P("Trương Thị Kim Loan", "Chủ tịch Ủy ban MTTQ Việt Nam xã Bình Hòa"),
 P("Lâm Văn Út")],
[Q("86 điển hình", 86, "điển hình"), Q("31 tập thể", 31, "tập thể"), Q("55 cá nhân", 55, "cá nhân"),
 Q("248 ngôi đình", 248, "ngôi đình"), Q("19 đình", 19, "đình"), Q("46 đình", 46, "đình"),
 Q("trên 182 tỷ đồng", 182000000000, "đồng", "over"), Q("96 ngôi đình", 96, "ngôi đình"), Q("khoảng 38 tỷ đồng", 38000000000, "đồng", "approx"),
 Q("5", 5000000000, "đồng"), Q("12 tỷ đồng", 12000000000, "đồng"), Q("1.300 lượt người", 1300, "lượt người"),
 Q("gần 6 tỷ đồng", 6000000000, "đồng", "approx"), Q("2.500 ngày công", 2500, "ngày công"), Q("1.200 m2", 1200, "m2"),
 Q("800 triệu đồng", 800000000, "đồng"), Q("ít nhất 20 ngôi đình", 20, "ngôi đình", "over"),
 Q("2 triệu đồng", 2000000, "đồng"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Kế hoạch", "5678", "KH-UBND", "2022-09-15", "UBND tỉnh", "Kế hoạch số 5678/KH-UBND ngày 15/9/2022"),
 D("Nghị định", "110", "2018/NĐ-CP", None, "Chính phủ", "Nghị định 110/2018/NĐ-CP")],
[prov("Bến Tre"), com("Phú Lễ"), com("Bình Hòa"), com("Tân Thạch")],
["Báo Đồng Khởi Online", "Trang chủ › Chính trị › Mặt trận - Đoàn thể", "Các điển hình được tuyên dương tại hội nghị.", "đình Phú Lễ"],
["Cập nhật: 09:42, 21/10/2024 (GMT+7)", "giai đoạn 2019 - 2024", "Giai đoạn 2019 - 2024", "năm 2024", "giai đoạn 2022 - 2025", "năm 2025"]))
