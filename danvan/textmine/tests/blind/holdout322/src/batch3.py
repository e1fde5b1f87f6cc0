from lib import *
PAGES = []

PAGES.append(page("b7697-hanoi-vaithieu-giaoban-2021", """
BAN DÂN VẬN THÀNH ỦY HÀ NỘI
You are here: Trang chủ > Tin tức - Sự kiện > Hoạt động
30 tháng 6, 2021 | 17:45
Ảnh: Quang cảnh buổi giao ban trực tuyến.
Khối dân vận Thủ đô chung tay tiêu thụ nông sản cho nông dân vùng dịch
Chiều 29/6, Ban Dân vận Thành ủy Hà Nội tổ chức giao ban trực tuyến công tác dân vận tháng 6/2021 với Ban Dân vận 30 quận, huyện, thị ủy. Đồng chí Nguyễn Thị Tuyến, Phó Bí thư Thường trực Thành ủy, dự và chỉ đạo; đồng chí Nguyễn Doãn Toản, Thành ủy viên, Trưởng Ban Dân vận Thành ủy, chủ trì.
Báo cáo tại giao ban nêu rõ, trong tháng 6, thực hiện Công văn số 1024-CV/BDVTW của Ban Dân vận Trung ương về vận động hỗ trợ tiêu thụ nông sản cho các tỉnh bị ảnh hưởng dịch Covid-19, khối dân vận và Ủy ban MTTQ Việt Nam thành phố đã vận động mua gần 2.000 tấn vải thiều của Bắc Giang, Hải Dương; riêng cán bộ, công chức các cơ quan khối dân vận mua 46,5 tấn. Các quận Hoàn Kiếm, Ba Đình, Đống Đa phối hợp với các siêu thị tổ chức 28 điểm bán vải, dưa hấu, rau củ.
Đối với nông sản của Hà Nội, giá bưởi Diễn, nhãn chín sớm ở các huyện Chương Mỹ, Đan Phượng, Sóc Sơn giảm 30-40%. Các đồng chí Trưởng Ban Dân vận Huyện ủy: Đỗ Văn Hùng (Chương Mỹ), Nguyễn Thị Ngát (Đan Phượng), Trần Văn Lâm (Sóc Sơn) cho biết đã vận động 146 hộ đăng ký bán hàng trên các sàn thương mại điện tử, 52 hợp tác xã được cấp mã QR truy xuất nguồn gốc. Xã Hồng Hà, xã Đông Xuân được giao làm điểm thí điểm mô hình "Chợ nông sản an toàn cuối tuần".
Bà Phùng Thị Lan, Chủ nhiệm Hợp tác xã rau an toàn Tiên Dược, cho biết nhờ kết nối của khối dân vận, mỗi ngày hợp tác xã cung ứng khoảng 5 tấn rau cho 11 bếp ăn tập thể của các khu cách ly và bệnh viện dã chiến.
Phát biểu chỉ đạo, đồng chí Nguyễn Thị Tuyến ghi nhận tinh thần "tương thân tương ái" của nhân dân Thủ đô; đề nghị tháng 7 khối dân vận tiếp tục thực hiện Chỉ thị 17/CT-UBND của UBND thành phố về tăng cường phòng, chống dịch, đồng thời vận động doanh nghiệp, các tổ chức thu mua nông sản, không để người dân bị ép giá. Các cấp cũng cần tổ chức sơ kết 6 tháng đầu năm 2021 thực hiện Chương trình số 03-CTr/TU của Thành ủy về phát triển kinh tế nông thôn, nâng cao đời sống nông dân.
Tại buổi giao ban, Ban Dân vận Thành ủy đã khen thưởng 8 tập thể và 15 cá nhân có thành tích tiêu biểu trong vận động nhân dân phòng, chống dịch và hỗ trợ tiêu thụ nông sản; mỗi tập thể được thưởng 2 triệu đồng.
Thu Hà
TIN CÙNG CHUYÊN MỤC
- Giao ban công tác dân vận tháng 5/2021 (28/05/2021)
- Sóc Sơn: vận động nông dân chuyển đổi cây trồng (20/05/2021)
- Hà Nội phát động "Tuần lễ nông sản vùng dịch" (12/05/2021)
""", "2021-06-30", "Khối dân vận Thủ đô chung tay tiêu thụ nông sản cho nông dân vùng dịch",
E("giao_ban", "2021-06", "2021-06-29"),
[P("Nguyễn Thị Tuyến", "Phó Bí thư Thường trực Thành ủy"),
 P("Nguyễn Doãn Toản", "Thành ủy viên", "Trưởng Ban Dân vận Thành ủy"),
 P("Đỗ Văn Hùng", "Trưởng Ban Dân vận Huyện ủy"),
 P("Nguyễn Thị Ngát", "Trưởng Ban Dân vận Huyện ủy"),
 P("Trần Văn Lâm", "Trưởng Ban Dân vận Huyện ủy"),
 P("Phùng Thị Lan", "Chủ nhiệm Hợp tác xã rau an toàn Tiên Dược")],
[Q("30 quận, huyện, thị ủy", 30, "quận, huyện, thị ủy"), Q("gần 2.000 tấn", 2000, "tấn", "approx"), Q("46,5 tấn", 46.5, "tấn"),
 Q("28 điểm bán vải, dưa hấu, rau củ", 28, "điểm bán vải, dưa hấu, rau củ"), Q("30", 30, "%"), Q("40%", 40, "%"),
 Q("146 hộ", 146, "hộ"), Q("52 hợp tác xã", 52, "hợp tác xã"), Q("khoảng 5 tấn", 5, "tấn", "approx"),
 Q("11 bếp ăn tập thể", 11, "bếp ăn tập thể"), Q("8 tập thể", 8, "tập thể"), Q("15 cá nhân", 15, "cá nhân"),
 Q("2 triệu đồng", 2000000, "đồng")],
[D("Công văn", "1024", "CV/BDVTW", None, "Ban Dân vận Trung ương", "Công văn số 1024-CV/BDVTW của Ban Dân vận Trung ương"),
 D("Chỉ thị", "17", "CT-UBND", None, "UBND thành phố", "Chỉ thị 17/CT-UBND của UBND thành phố"),
 D("Chương trình", "03", "CTr/TU", None, "Thành ủy", "Chương trình số 03-CTr/TU của Thành ủy")],
[prov("Hà Nội"), prov("Bắc Giang"), prov("Hải Dương"), com("Hồng Hà"), com("Đông Xuân")],
["BAN DÂN VẬN THÀNH ỦY HÀ NỘI", "You are here: Trang chủ > Tin tức - Sự kiện > Hoạt động", "Ảnh: Quang cảnh buổi giao ban trực tuyến.",
 "Chợ nông sản an toàn cuối tuần", "tương thân tương ái", "Covid-19", "Tiên Dược"],
["30 tháng 6, 2021 | 17:45", "tháng 6/2021", "tháng 6", "tháng 7", "6 tháng đầu năm 2021", "Covid-19"]))

PAGES.append(page("b7698-gialai-chanhday-daihoi-2022", """
Hội Nông dân tỉnh Gia Lai
Trang chủ / Tin tức / Đại hội Hội Nông dân các cấp
30/09/2022 - 16:10
Đại hội Hội Nông dân xã Ia Pết: Đặt mục tiêu liên kết tiêu thụ chanh dây cho hội viên
Ngày 28/9, Hội Nông dân xã Ia Pết, huyện Đak Đoa tổ chức Đại hội đại biểu lần thứ X, nhiệm kỳ 2023 - 2028. Đây là đơn vị được Hội Nông dân huyện chọn tổ chức đại hội điểm cấp cơ sở. Dự đại hội có ông Rơ Mah Tuấn, Phó Chủ tịch Hội Nông dân tỉnh; bà Nguyễn Thị Hương, Phó Chủ tịch Hội Nông dân huyện Đak Đoa cùng 98 đại biểu đại diện cho hơn 1.300 hội viên trong xã.
Các đại biểu biểu quyết thông qua nghị quyết đại hội.
Nhiệm kỳ qua, phong trào nông dân thi đua sản xuất, kinh doanh giỏi phát triển mạnh; thu nhập bình quân đạt 38 triệu đồng/người/năm. Tuy nhiên, năm 2022 giá chanh dây giảm mạnh, có thời điểm chỉ còn 4.000 - 6.000 đồng/kg, trong khi chi phí sản xuất khoảng 7.000 đồng/kg. Trên 400 ha chanh dây của xã, phần lớn do đồng bào Jrai, Ba Na trồng, gặp khó về đầu ra. Hội đã kết nối 2 doanh nghiệp chế biến ký hợp đồng bao tiêu cho 120 hộ với giá sàn 8.000 đồng/kg.
Tham luận tại đại hội, ông Siu Đin, Chi hội trưởng Chi hội nông dân làng Bông Pim, cho biết chi hội đã thành lập tổ hợp tác trồng chanh dây có 23 thành viên, được doanh nghiệp ứng trước giống, phân bón. Bà H'Nguyên, nông dân làng Đê Tar, kiến nghị Hội hỗ trợ vốn vay để bà con chuyển sang trồng giống chanh dây vàng được giá hơn.
Đại hội đề ra mục tiêu nhiệm kỳ 2023 - 2028: phát triển thêm 150 hội viên, thành lập ít nhất 3 tổ hợp tác, 1 hợp tác xã; 70% hộ trồng chanh dây tham gia chuỗi liên kết tiêu thụ. Đại hội quán triệt Kết luận số 61-KL/TW của Ban Bí thư và Nghị quyết số 19-NQ/TW ngày 16/6/2022 của Hội nghị Trung ương 5 khóa XIII về nông nghiệp, nông dân, nông thôn.
Đại hội đã bầu Ban Chấp hành khóa mới gồm 11 đồng chí. Ông Rơ Châm Khoa được bầu giữ chức Chủ tịch Hội Nông dân xã Ia Pết nhiệm kỳ 2023 - 2028; ông A Thul được bầu làm Phó Chủ tịch Hội Nông dân xã. Đại hội cũng bầu 7 đại biểu dự Đại hội Hội Nông dân huyện Đak Đoa.
Phát biểu chỉ đạo, ông Rơ Mah Tuấn đề nghị Ban Chấp hành khóa mới tập trung vận động hội viên sản xuất theo hướng hữu cơ, ký hợp đồng với doanh nghiệp, không bán "lúa non", "chanh non" cho thương lái; đồng thời phát huy vai trò của già làng, người có uy tín trong vận động đồng bào giữ vườn, không chặt bỏ chanh dây khi giá xuống thấp.
Ksor Hiếu
Tin liên quan
- Chư Sê: giá chanh dây giảm, nông dân chặt bỏ vườn (15/09/2022)
- Đại hội điểm Hội Nông dân cấp xã tại huyện Ia Grai (10/09/2022)
- Gia Lai: liên kết trồng chanh dây theo hướng hữu cơ (25/08/2022)
""", "2022-09-30", "Đại hội Hội Nông dân xã Ia Pết: Đặt mục tiêu liên kết tiêu thụ chanh dây cho hội viên",
E("dai_hoi", None, "2022-09-28"),
[P("Rơ Mah Tuấn", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Nguyễn Thị Hương", "Phó Chủ tịch Hội Nông dân huyện Đak Đoa"),
 P("Siu Đin", "Chi hội trưởng Chi hội nông dân làng Bông Pim"),
 P("H'Nguyên", "nông dân làng Đê Tar"),
 P("Rơ Châm Khoa", "Chủ tịch Hội Nông dân xã Ia Pết nhiệm kỳ 2023 - 2028"),
 P("A Thul", "Phó Chủ tịch Hội Nông dân xã")],
[Q("98 đại biểu", 98, "đại biểu"), Q("hơn 1.300 hội viên", 1300, "hội viên", "over"), Q("38 triệu đồng", 38000000, "đồng"),
 Q("4.000", 4000, "đồng"), Q("6.000 đồng/kg", 6000, "đồng"), Q("khoảng 7.000 đồng/kg", 7000, "đồng", "approx"),
 Q("Trên 400 ha", 400, "ha", "over"), Q("2 doanh nghiệp chế biến", 2, "doanh nghiệp chế biến"), Q("120 hộ", 120, "hộ"),
 Q("8.000 đồng/kg", 8000, "đồng"), Q("23 thành viên", 23, "thành viên"), Q("150 hội viên", 150, "hội viên"),
 Q("ít nhất 3 tổ hợp tác", 3, "tổ hợp tác", "over"), Q("70%", 70, "%"), Q("11 đồng chí", 11, "đồng chí"), Q("7 đại biểu", 7, "đại biểu")],
[D("Kết luận", "61", "KL/TW", None, "Ban Bí thư", "Kết luận số 61-KL/TW của Ban Bí thư"),
 D("Nghị quyết", "19", "NQ/TW", "2022-06-16", "Hội nghị Trung ương 5 khóa XIII", "Nghị quyết số 19-NQ/TW ngày 16/6/2022")],
[prov("Gia Lai"), com("Ia Pết")],
["Hội Nông dân tỉnh Gia Lai", "Trang chủ / Tin tức / Đại hội Hội Nông dân các cấp", "Các đại biểu biểu quyết thông qua nghị quyết đại hội.",
 "Bông Pim", "Đê Tar", "lúa non", "chanh non"],
["30/09/2022 - 16:10", "lần thứ X", "nhiệm kỳ 2023 - 2028", "năm 2022", "1 hợp tác xã", "11 đồng chí", "Hội nghị Trung ương 5"]))

PAGES.append(page("b7699-langson-nongsan-khac-2022", """
BÁO LẠNG SƠN
Xã hội › Đời sống
Thứ Hai, 10/01/2022 - 07:30
Xe chở thanh long xếp hàng dài tại khu vực cửa khẩu Tân Thanh. Ảnh: Hoàng Anh
Ùn ứ nông sản ở cửa khẩu: Người dân Xứ Lạng chung tay chia sẻ
Những ngày đầu năm 2022, hàng nghìn xe chở nông sản ùn ứ tại các cửa khẩu của tỉnh Lạng Sơn do phía Trung Quốc tăng cường kiểm soát dịch Covid-19. Nhiều tổ chức, cá nhân trong tỉnh đã chung tay mua nông sản, hỗ trợ lái xe và chủ hàng vượt khó.
Theo Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn, tính đến tối 9/1, tại các cửa khẩu Hữu Nghị, Tân Thanh, Chi Ma và các bãi đỗ trên quốc lộ 1A còn tồn khoảng 4.800 xe hàng, trong đó trên 3.200 xe chở hoa quả tươi như thanh long, mít, dưa hấu. Do chờ lâu, nhiều xe thanh long bị hỏng, chủ hàng phải bán tháo với giá 3.000 - 5.000 đồng/kg, có xe lỗ tới 150 - 200 triệu đồng.
Hưởng ứng lời kêu gọi của Ủy ban MTTQ Việt Nam tỉnh, các cơ quan, đơn vị, doanh nghiệp đã mua hơn 85 tấn thanh long, mít của các chủ xe; Tỉnh đoàn tổ chức 6 điểm bán hàng "nông sản nghĩa tình" tại thành phố Lạng Sơn. Hội Liên hiệp Phụ nữ tỉnh và Hội Chữ thập đỏ tỉnh tổ chức bếp ăn 0 đồng, phát 1.500 suất cơm, 3.000 chai nước cho lái xe.
Bà Hoàng Thị Hảo, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, cho biết Ủy ban đã có Công văn số 04/MTTQ-BTT ngày 05/01/2022 đề nghị Mặt trận các huyện, thành phố và các tổ chức thành viên vận động đoàn viên, hội viên mua nông sản. "Mỗi người một ít, chúng ta có thể giúp bà con ở các tỉnh phía Nam đỡ thiệt hại", bà Hảo nói.
Tại phường Hoàng Văn Thụ, chị Lý Thị Mai, chủ một cửa hàng tạp hóa, đã nhận bán giúp 2 tấn thanh long không lấy lãi. Ông Nguyễn Văn Thành, lái xe quê tỉnh Long An, xúc động: "Xe tôi chở 18 tấn thanh long nằm chờ 9 ngày, hỏng gần một nửa. Nhờ bà con Lạng Sơn mua giúp, tôi bán hết số còn lại".
UBND tỉnh đã ban hành Kế hoạch số 05/KH-UBND ngày 04/01/2022 về phân luồng, điều tiết phương tiện; đề nghị các tỉnh thông tin cho doanh nghiệp, nông dân tạm dừng đưa hàng lên cửa khẩu. Phó Chủ tịch UBND tỉnh Đoàn Thu Hà cho biết tỉnh đang phối hợp với Bộ Công Thương đề nghị phía Trung Quốc tăng thời gian thông quan, phấn đấu mỗi ngày giải phóng 500 - 600 xe. Các lực lượng chức năng được yêu cầu tăng cường tuần tra, bảo đảm an ninh trật tự, không để xảy ra tình trạng "cò" xe, thu phí trái quy định tại các bãi đỗ.
Hoàng Anh
Tin liên quan
- Cửa khẩu Tân Thanh tạm dừng thông quan hoa quả (05/01/2022)
- Lạng Sơn khuyến cáo các tỉnh hạn chế đưa nông sản lên cửa khẩu (28/12/2021)
- Đoàn viên thanh niên hỗ trợ lái xe tại các bãi đỗ (22/12/2021)
""", "2022-01-10", "Ùn ứ nông sản ở cửa khẩu: Người dân Xứ Lạng chung tay chia sẻ",
E("khac", None, None),
[P("Hoàng Thị Hảo", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lý Thị Mai", "chủ một cửa hàng tạp hóa"),
 P("Nguyễn Văn Thành", "lái xe quê tỉnh Long An"),
 P("Đoàn Thu Hà", "Phó Chủ tịch UBND tỉnh")],
[Q("khoảng 4.800 xe hàng", 4800, "xe hàng", "approx"), Q("trên 3.200 xe", 3200, "xe", "over"),
 Q("3.000", 3000, "đồng"), Q("5.000 đồng/kg", 5000, "đồng"), Q("150", 150000000, "đồng"), Q("200 triệu đồng", 200000000, "đồng"),
 Q("hơn 85 tấn", 85, "tấn", "over"), Q("6 điểm bán hàng", 6, "điểm bán hàng"), Q("1.500 suất cơm", 1500, "suất cơm"),
 Q("3.000 chai nước", 3000, "chai nước"), Q("2 tấn", 2, "tấn"), Q("18 tấn", 18, "tấn"), Q("500", 500, "xe"), Q("600 xe", 600, "xe")],
[D("Công văn", "04", "MTTQ-BTT", "2022-01-05", None, "Công văn số 04/MTTQ-BTT ngày 05/01/2022"),
 D("Kế hoạch", "05", "KH-UBND", "2022-01-04", "UBND tỉnh", "Kế hoạch số 05/KH-UBND ngày 04/01/2022")],
[prov("Lạng Sơn"), prov("Long An"), com("Hoàng Văn Thụ")],
["BÁO LẠNG SƠN", "Xã hội › Đời sống", "Xe chở thanh long xếp hàng dài tại khu vực cửa khẩu Tân Thanh. Ảnh: Hoàng Anh",
 "nông sản nghĩa tình", "Xứ Lạng", "Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn", "Hữu Nghị", "Chi Ma", "Covid-19",
 "Mỗi người một ít, chúng ta có thể giúp bà con ở các tỉnh phía Nam đỡ thiệt hại"],
["Thứ Hai, 10/01/2022 - 07:30", "bếp ăn 0 đồng", "9 ngày", "quốc lộ 1A", "đầu năm 2022"]))

PAGES.append(page("b7700-haugiang-khom-soket-2023", """
Cổng thông tin điện tử Ban Dân vận Tỉnh ủy Hậu Giang
Trang chủ >> Tin tức >> Dân vận các cấp
Ngày đăng: 14/07/2023 08:20
Vị Thanh: "Dân vận khéo" giúp nông dân tiêu thụ khóm Cầu Đúc
Ngày 12/7, Ban Dân vận Thành ủy Vị Thanh tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2023. Dự hội nghị có đồng chí Lê Thị Nhung, Phó Trưởng Ban Dân vận Tỉnh ủy; đồng chí Phạm Minh Luân, Thành ủy viên, Trưởng Ban Dân vận Thành ủy Vị Thanh chủ trì.
Đại biểu tham quan gian hàng trưng bày sản phẩm khóm Cầu Đúc tại hội nghị.
6 tháng đầu năm 2023, nông dân trồng khóm ở xã Hỏa Tiến, xã Tân Tiến và phường VII gặp khó khăn khi giá khóm loại 1 tại ruộng có lúc chỉ còn 3.500 - 4.000 đồng/trái, giảm gần 50% so với cùng kỳ; khóm loại 2, loại 3 chỉ 1.500 - 2.000 đồng/trái. Toàn thành phố có 1.850 ha khóm, sản lượng bình quân khoảng 35.000 tấn/năm.
Thực hiện Kế hoạch số 38-KH/BDVTU ngày 20/02/2023 của Ban Dân vận Tỉnh ủy, Ban Dân vận Thành ủy đã chỉ đạo xây dựng 4 mô hình "Dân vận khéo" gắn với tiêu thụ khóm, trong đó có mô hình "Tổ liên kết bán khóm qua mạng" của Hội Liên hiệp Phụ nữ xã Hỏa Tiến, giúp 68 hộ bán được trên 210.000 trái. Khối dân vận phối hợp với Hợp tác xã Nông nghiệp Thạnh Hòa ký hợp đồng với Công ty cổ phần Thực phẩm Ánh Dương thu mua 1.200 tấn khóm nguyên liệu với giá ổn định 4.500 đồng/kg.
Tại hội nghị, bà Trần Thị Út Nhỏ, Bí thư Đảng ủy kiêm Chủ tịch Ủy ban MTTQ Việt Nam xã Tân Tiến, đề nghị tỉnh hỗ trợ nông dân xây dựng mã số vùng trồng để xuất khẩu khóm tươi. Ông Nguyễn Văn Mười Hai, Trưởng ấp Thạnh Lợi, phản ánh giá phân bón tăng cao, nhiều hộ chuyển sang trồng mít, chanh không hiệu quả hơn.
Theo báo cáo, khối dân vận đã tổ chức 3 buổi đối thoại với 215 lượt nông dân, tiếp nhận 19 ý kiến, kiến nghị, đã chuyển cơ quan chức năng giải quyết 17 ý kiến. Toàn thành phố có 92% hộ dân tham gia các tổ hợp tác, hợp tác xã nông nghiệp.
Phát biểu chỉ đạo, đồng chí Lê Thị Nhung đề nghị 6 tháng cuối năm tiếp tục thực hiện Chỉ thị 04, 05-CT/TU của Ban Thường vụ Tỉnh ủy về phát triển kinh tế tập thể và về công tác dân vận trong xây dựng nông thôn mới nâng cao; quan tâm xây dựng thương hiệu "Khóm Cầu Đúc Hậu Giang", hỗ trợ hợp tác xã tham gia chương trình OCOP. Đồng chí cũng lưu ý cán bộ dân vận phải sâu sát cơ sở, kịp thời nắm bắt tâm tư nông dân khi giá cả biến động.
Ngọc Tuyết
Tin khác
- Long Mỹ: ra mắt mô hình "Dân vận khéo" trong chăn nuôi (06/07/2023)
- Hội nghị giao ban khối dân vận quý II/2023 (30/06/2023)
- Phụng Hiệp: vận động nhân dân hiến đất làm đường (22/06/2023)
""", "2023-07-14", "Vị Thanh: \"Dân vận khéo\" giúp nông dân tiêu thụ khóm Cầu Đúc",
E("so_ket", "2023-H1", "2023-07-12"),
[P("Lê Thị Nhung", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phạm Minh Luân", "Thành ủy viên", "Trưởng Ban Dân vận Thành ủy Vị Thanh"),
 P("Trần Thị Út Nhỏ", "Bí thư Đảng ủy kiêm Chủ tịch Ủy ban MTTQ Việt Nam xã Tân Tiến"),
 P("Nguyễn Văn Mười Hai", "Trưởng ấp Thạnh Lợi")],
[Q("3.500", 3500, "đồng"), Q("4.000 đồng/trái", 4000, "đồng"), Q("gần 50%", 50, "%", "approx"),
 Q("1.500", 1500, "đồng"), Q("2.000 đồng/trái", 2000, "đồng"), Q("1.850 ha", 1850, "ha"),
 Q("khoảng 35.000 tấn", 35000, "tấn", "approx"), Q("4 mô hình", 4, "mô hình"), Q("68 hộ", 68, "hộ"),
 Q("trên 210.000 trái", 210000, "trái", "over"), Q("1.200 tấn", 1200, "tấn"), Q("4.500 đồng/kg", 4500, "đồng"),
 Q("3 buổi đối thoại", 3, "buổi đối thoại"), Q("215 lượt nông dân", 215, "lượt nông dân"),
 Q("19 ý kiến, kiến nghị", 19, "ý kiến, kiến nghị"), Q("17 ý kiến", 17, "ý kiến"), Q("92%", 92, "%")],
[D("Kế hoạch", "38", "KH/BDVTU", "2023-02-20", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 38-KH/BDVTU ngày 20/02/2023 của Ban Dân vận Tỉnh ủy"),
 D("Chỉ thị", "04", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 04, 05-CT/TU"),
 D("Chỉ thị", "05", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 04, 05-CT/TU")],
[prov("Hậu Giang"), com("Hỏa Tiến"), com("Tân Tiến"), com("phường VII")],
["Cổng thông tin điện tử Ban Dân vận Tỉnh ủy Hậu Giang", "Trang chủ >> Tin tức >> Dân vận các cấp",
 "Đại biểu tham quan gian hàng trưng bày sản phẩm khóm Cầu Đúc tại hội nghị.", "Dân vận khéo", "Tổ liên kết bán khóm qua mạng",
 "Khóm Cầu Đúc Hậu Giang", "OCOP", "Thạnh Lợi"],
["Ngày đăng: 14/07/2023 08:20", "6 tháng đầu năm", "6 tháng cuối năm 2023", "6 tháng đầu năm 2023", "loại 1", "loại 2, loại 3"]))

PAGES.append(page("b7701-phuyen-duahau-doithoai-2023", """
BÁO PHÚ YÊN ONLINE
Trang chủ | Thời sự | Chính trị
Cập nhật: 16:35 | 22/04/2023
Chủ tịch UBND tỉnh đối thoại với nông dân: Tìm lối ra cho dưa hấu, lúa, mía
Sáng 21/4, tại Hội trường UBND huyện Tây Hòa, UBND tỉnh Phú Yên phối hợp với Hội Nông dân tỉnh tổ chức hội nghị Chủ tịch UBND tỉnh đối thoại với nông dân năm 2023, chủ đề "Liên kết sản xuất, tiêu thụ nông sản - trách nhiệm của các bên". Chủ tịch UBND tỉnh Tạ Anh Tuấn chủ trì buổi đối thoại.
Chủ tịch UBND tỉnh Tạ Anh Tuấn trả lời kiến nghị của nông dân. Ảnh: Ngọc Hân
Tham dự có gần 250 hội viên nông dân tiêu biểu, đại diện các hợp tác xã, doanh nghiệp và lãnh đạo 12 sở, ngành. Ông Nguyễn Văn Quý, Chủ tịch Hội Nông dân tỉnh, cho biết trước buổi đối thoại, các cấp Hội đã tổng hợp 62 ý kiến, kiến nghị của nông dân, tập trung vào tiêu thụ dưa hấu, mía, giá vật tư nông nghiệp và chính sách hỗ trợ liên kết.
Vụ đông xuân 2022 - 2023, toàn tỉnh trồng khoảng 2.400 ha dưa hấu; khi thu hoạch rộ, giá dưa tại ruộng chỉ còn 1.500 - 2.500 đồng/kg, nhiều hộ lỗ 20 - 30 triệu đồng/ha. Ông Ksor Y Nin, nông dân xã Sơn Thành Đông, người Ê Đê, bức xúc: "Trồng 1 ha dưa mất gần 60 triệu, nay bán không đủ tiền công hái". Bà Lê Thị Xuân Hiền, Giám đốc Hợp tác xã Nông nghiệp Hòa Bình 1, đề nghị tỉnh có kho lạnh và cơ chế ưu tiên cho hợp tác xã vay vốn thu mua nông sản.
Trả lời, ông Nguyễn Hữu Phước, Giám đốc Sở Nông nghiệp và Phát triển nông thôn, cho biết tỉnh đang triển khai Nghị định 98/2018/NĐ-CP của Chính phủ về chính sách khuyến khích phát triển hợp tác, liên kết trong sản xuất và tiêu thụ sản phẩm nông nghiệp; từ năm 2019 đến nay đã phê duyệt 27 dự án, kế hoạch liên kết với tổng vốn hỗ trợ khoảng 41 tỷ đồng. Giám đốc Sở Công Thương Lê Văn Thương cho biết đã kết nối đưa 850 tấn dưa hấu vào các hệ thống siêu thị Co.opmart, Bách hóa Xanh.
Kết luận, Chủ tịch UBND tỉnh Tạ Anh Tuấn yêu cầu các địa phương quy hoạch vùng trồng, không khuyến khích mở rộng dưa hấu tự phát; các sở, ngành trả lời bằng văn bản 100% ý kiến chưa được giải đáp trong 15 ngày. Tỉnh sẽ sửa đổi Quyết định số 22/2020/QĐ-UBND và Quyết định số 23/2020/QĐ-UBND của UBND tỉnh về hỗ trợ liên kết, nâng mức hỗ trợ xây dựng kho bảo quản lên tối đa 300 triệu đồng/hợp tác xã.
Sau buổi đối thoại, Hội Nông dân tỉnh và 3 doanh nghiệp ký kết thỏa thuận tiêu thụ 1.500 tấn dưa hấu, 5.000 tấn mía nguyên liệu cho các hộ ở xã Sơn Thành Tây, Hòa Mỹ Đông.
Ngọc Hân
Tin liên quan
- Tây Hòa: dưa hấu rớt giá, nông dân thua lỗ (10/04/2023)
- Hội Nông dân tỉnh tổ chức phiên chợ nông sản an toàn (30/03/2023)
- Đối thoại với nông dân năm 2022: 48 kiến nghị được giải đáp (18/05/2022)
""", "2023-04-22", "Chủ tịch UBND tỉnh đối thoại với nông dân: Tìm lối ra cho dưa hấu, lúa, mía",
E("doi_thoai", "2023", "2023-04-21"),
[P("Tạ Anh Tuấn", "Chủ tịch UBND tỉnh"),
 P("Nguyễn Văn Quý", "Chủ tịch Hội Nông dân tỉnh"),
 P("Ksor Y Nin", "nông dân xã Sơn Thành Đông"),
 P("Lê Thị Xuân Hiền", "Giám đốc Hợp tác xã Nông nghiệp Hòa Bình 1"),
 P("Nguyễn Hữu Phước", "Giám đốc Sở Nông nghiệp và Phát triển nông thôn"),
 P("Lê Văn Thương", "Giám đốc Sở Công Thương")],
[Q("gần 250 hội viên nông dân tiêu biểu", 250, "hội viên nông dân tiêu biểu", "approx"), Q("12 sở, ngành", 12, "sở, ngành"),
 Q("62 ý kiến, kiến nghị", 62, "ý kiến, kiến nghị"), Q("khoảng 2.400 ha", 2400, "ha", "approx"),
 Q("1.500 -", 1500, "đồng"), Q("2.500 đồng/kg", 2500, "đồng"), Q("20 -", 20000000, "đồng"), Q("30 triệu đồng/ha", 30000000, "đồng"),
 Q("gần 60 triệu", 60000000, "đồng", "approx"), Q("27 dự án, kế hoạch liên kết", 27, "dự án, kế hoạch liên kết"),
 Q("khoảng 41 tỷ đồng", 41000000000, "đồng", "approx"), Q("850 tấn", 850, "tấn"), Q("100%", 100, "%"),
 Q("tối đa 300 triệu đồng", 300000000, "đồng"), Q("3 doanh nghiệp", 3, "doanh nghiệp"), Q("1.500 tấn", 1500, "tấn"), Q("5.000 tấn", 5000, "tấn")],
[D("Nghị định", "98", "2018/NĐ-CP", None, "Chính phủ", "Nghị định 98/2018/NĐ-CP của Chính phủ"),
 D("Quyết định", "22", "2020/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 22/2020/QĐ-UBND"),
 D("Quyết định", "23", "2020/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 23/2020/QĐ-UBND của UBND tỉnh")],
[prov("Phú Yên"), com("Sơn Thành Đông"), com("Sơn Thành Tây"), com("Hòa Mỹ Đông")],
["BÁO PHÚ YÊN ONLINE", "Trang chủ | Thời sự | Chính trị", "Chủ tịch UBND tỉnh Tạ Anh Tuấn trả lời kiến nghị của nông dân. Ảnh: Ngọc Hân",
 "Liên kết sản xuất, tiêu thụ nông sản - trách nhiệm của các bên", "Co.opmart", "Bách hóa Xanh"],
["Cập nhật: 16:35 | 22/04/2023", "năm 2023", "Vụ đông xuân 2022 - 2023", "1 ha", "15 ngày", "năm 2019"]))

PAGES.append(page("b7702-backan-camquyt-hoinghi-2024", """
BÁO BẮC KẠN ĐIỆN TỬ
Kinh tế › Nông nghiệp
Thứ Ba, 15/10/2024 - 17:20
Hội nghị kết nối cung cầu năm 2024: Giúp nông dân vùng lũ tiêu thụ cam, quýt
Sáng 14/10, UBND tỉnh Bắc Kạn tổ chức hội nghị kết nối cung cầu, xúc tiến tiêu thụ nông sản năm 2024, trong bối cảnh nhiều vùng cây ăn quả bị thiệt hại nặng sau bão số 3 (Yagi) và lũ lụt. Các đồng chí Phó Chủ tịch UBND tỉnh: Nông Quang Nhất, Đỗ Thị Minh Hoa đồng chủ trì hội nghị.
Các đại biểu tham quan gian hàng cam, quýt, miến dong Bắc Kạn. Ảnh: Thu Hiền
Hội nghị có sự tham gia của 86 doanh nghiệp, hợp tác xã, hộ kinh doanh trong và ngoài tỉnh. Theo Sở Nông nghiệp và Phát triển nông thôn, mưa lũ đã làm hư hại khoảng 1.100 ha cây ăn quả, trong đó gần 400 ha cam, quýt bị rụng quả trên 50%. Sản lượng cam, quýt niên vụ 2024 - 2025 ước đạt khoảng 22.000 tấn; giá quýt Bắc Kạn đầu vụ chỉ 15.000 - 20.000 đồng/kg, thấp hơn cùng kỳ khoảng 30%.
Ông Hà Văn Tùng, Giám đốc Hợp tác xã Nông nghiệp Quang Thuận, cho biết hợp tác xã có 31 thành viên, hơn 45 ha cam, quýt đạt chứng nhận VietGAP. "Chúng tôi cần những đối tác ổn định, nhất là các bếp ăn tập thể, siêu thị ở Hà Nội và Thái Nguyên", ông Tùng nói. Chị Triệu Thị Mai, người Dao ở xã Đồng Thắng, chia sẻ gia đình có hơn 2.000 cây quýt, nay phải bán quả rụng làm thức ăn chăn nuôi với giá 2.000 đồng/kg.
Tại hội nghị, 19 biên bản ghi nhớ hợp tác được ký kết với tổng giá trị gần 36 tỷ đồng. Liên minh Hợp tác xã tỉnh cam kết thu mua 1.500 tấn cam, quýt cho các hộ bị ảnh hưởng bão lũ với giá không thấp hơn 18.000 đồng/kg. Các bưu điện huyện tiếp nhận đơn hàng, đóng gói miễn phí cho nông dân bán qua sàn Postmart.
Kết luận hội nghị, đồng chí Nông Quang Nhất đề nghị các ngành tiếp tục triển khai Nghị quyết số 143/NQ-CP ngày 17/9/2024 của Chính phủ về nhiệm vụ, giải pháp trọng tâm khắc phục nhanh hậu quả bão số 3; Quyết định số 1627/QĐ-UBND ngày 25/9/2024 của UBND tỉnh về hỗ trợ khôi phục sản xuất nông nghiệp. Ủy ban MTTQ Việt Nam tỉnh và các đoàn thể vận động cán bộ, hội viên ưu tiên mua cam, quýt, hồng không hạt của nông dân trong tỉnh làm quà biếu dịp cuối năm.
Dịp này, Ban Dân vận Tỉnh ủy trao 50 suất quà, mỗi suất trị giá 1 triệu đồng cho các hộ trồng cây ăn quả bị thiệt hại nặng ở xã Quang Thuận, Đồng Thắng, động viên bà con sớm chăm sóc, phục hồi vườn cây sau bão lũ.
Thu Hiền
Tin liên quan
- Bạch Thông: khắc phục vườn cam sau lũ (05/10/2024)
- Chợ Đồn: hỗ trợ giống cây trồng cho nông dân bị thiệt hại (27/09/2024)
- Lễ hội cam quýt Bắc Kạn năm 2024 sẽ tổ chức vào tháng 12 (20/09/2024)
""", "2024-10-15", "Hội nghị kết nối cung cầu năm 2024: Giúp nông dân vùng lũ tiêu thụ cam, quýt",
E("hoi_nghi", "2024", "2024-10-14"),
[P("Nông Quang Nhất", "Phó Chủ tịch UBND tỉnh"),
 P("Đỗ Thị Minh Hoa", "Phó Chủ tịch UBND tỉnh"),
 P("Hà Văn Tùng", "Giám đốc Hợp tác xã Nông nghiệp Quang Thuận"),
 P("Triệu Thị Mai")],
[Q("86 doanh nghiệp, hợp tác xã, hộ kinh doanh", 86, "doanh nghiệp, hợp tác xã, hộ kinh doanh"), Q("khoảng 1.100 ha", 1100, "ha", "approx"),
 Q("gần 400 ha", 400, "ha", "approx"), Q("trên 50%", 50, "%", "over"), Q("khoảng 22.000 tấn", 22000, "tấn", "approx"),
 Q("15.000", 15000, "đồng"), Q("20.000 đồng/kg", 20000, "đồng"), Q("khoảng 30%", 30, "%", "approx"),
 Q("31 thành viên", 31, "thành viên"), Q("hơn 45 ha", 45, "ha", "over"), Q("hơn 2.000 cây quýt", 2000, "cây quýt", "over"),
 Q("2.000 đồng/kg", 2000, "đồng"), Q("19 biên bản ghi nhớ hợp tác", 19, "biên bản ghi nhớ hợp tác"),
 Q("gần 36 tỷ đồng", 36000000000, "đồng", "approx"), Q("1.500 tấn", 1500, "tấn"), Q("không thấp hơn 18.000 đồng/kg", 18000, "đồng", "over"),
 Q("50 suất quà", 50, "suất quà"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Nghị quyết", "143", "NQ-CP", "2024-09-17", "Chính phủ", "Nghị quyết số 143/NQ-CP ngày 17/9/2024 của Chính phủ"),
 D("Quyết định", "1627", "QĐ-UBND", "2024-09-25", "UBND tỉnh", "Quyết định số 1627/QĐ-UBND ngày 25/9/2024 của UBND tỉnh")],
[prov("Bắc Kạn"), prov("Hà Nội"), prov("Thái Nguyên"), com("Đồng Thắng"), com("Quang Thuận")],
["BÁO BẮC KẠN ĐIỆN TỬ", "Kinh tế › Nông nghiệp", "Các đại biểu tham quan gian hàng cam, quýt, miến dong Bắc Kạn. Ảnh: Thu Hiền",
 "Yagi", "Postmart", "VietGAP", "Liên minh Hợp tác xã tỉnh"],
["Thứ Ba, 15/10/2024 - 17:20", "bão số 3", "năm 2024", "niên vụ 2024 - 2025"]))
