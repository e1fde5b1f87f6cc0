from lib import *
PAGES = []

PAGES.append(page("b5267-daklak-xaeakao-doithoai-2017", """
TRANG THÔNG TIN ĐIỆN TỬ XÃ EA KAO
Trang chủ / Tin tức - Sự kiện / Chính quyền
Cập nhật lúc 08:40 ngày 17/11/2017
Ảnh: Quang cảnh buổi đối thoại.
Chủ tịch UBND xã đối thoại với người dân về bãi rác buôn Kao
Chiều 15/11/2017, tại nhà văn hóa buôn Kao, UBND xã Ea Kao, thành phố Buôn Ma Thuột, tỉnh Đắk Lắk tổ chức hội nghị đối thoại năm 2017 giữa người đứng đầu chính quyền với nhân dân về tình trạng ô nhiễm từ bãi rác tạm của xã. Đồng chí Y Thuận Niê, ĐUV, Chủ tịch UBND xã Ea Kao chủ trì đối thoại. Tham dự có đồng chí Nguyễn Văn Tài, Bí thư Đảng ủy, Chủ tịch HĐND xã; bà H'Liên Byă, Chủ tịch Ủy ban MTTQ Việt Nam xã cùng khoảng 80 người dân của 3 buôn lân cận.
Mở đầu, ông Y Thuận Niê thông tin: bãi rác tạm rộng 3,2 ha được sử dụng từ năm 2009, hiện tiếp nhận bình quân 12 tấn rác mỗi ngày; 126 hộ sống gần bãi rác thường xuyên bị ảnh hưởng bởi mùi hôi, ruồi nhặng, nước rỉ rác chảy vào giếng. UBND xã đã kiến nghị thành phố bố trí 1,8 tỷ đồng để xây tường bao, hố thu nước rỉ rác và phun chế phẩm khử mùi.
Tại buổi đối thoại, 9 ý kiến của bà con được nêu trực tiếp. Ông Y Blông Êban, Trưởng buôn Kao, đề nghị xã công khai lộ trình đóng cửa bãi rác. Bà H'Mai Knul, người dân buôn Ea Nao, phản ánh xe chở rác rơi vãi trên đường vào buôn. Già làng Ama Khiêm đề nghị vận động các hộ phân loại rác hữu cơ để ủ phân bón cà phê, giảm lượng rác chở ra bãi.
Trả lời các ý kiến, ông Y Thuận Niê cho biết, căn cứ Nghị định 38/2015/NĐ-CP của Chính phủ về quản lý chất thải và phế liệu và Quyết định số 2146/QĐ-UBND ngày 24/7/2017 của UBND tỉnh về quy hoạch khu xử lý chất thải rắn, bãi rác tạm sẽ ngừng tiếp nhận rác chậm nhất vào quý IV năm 2018. Trước mắt, xã yêu cầu đơn vị thu gom che chắn thùng xe, phun khử mùi 2 lần mỗi tuần.
Bà H'Liên Byă cho biết, thực hiện Quyết định 217, 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị về giám sát, phản biện xã hội và góp ý xây dựng Đảng, xây dựng chính quyền, Ủy ban MTTQ xã sẽ giám sát việc thực hiện các cam kết tại buổi đối thoại. Hội LHPN xã đã ra mắt 4 tổ phụ nữ phân loại rác tại nguồn với 65 hội viên tham gia.
Kết thúc đối thoại, đồng chí Nguyễn Văn Tài đề nghị các đoàn thể tiếp tục vận động nhân dân giữ vệ sinh buôn làng, gắn với cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh". Những ý kiến vượt thẩm quyền sẽ được xã tổng hợp, báo cáo UBND thành phố xem xét, trả lời trong tháng 12.
Người dân buôn Kao cho biết sẽ giám sát chặt chẽ việc thực hiện các cam kết và sẵn sàng phối hợp với chính quyền trong việc giữ gìn vệ sinh môi trường, không đổ rác ra đường liên buôn và ven suối.
H'Ruê
Tin khác
- Ea Kao ra quân tổng vệ sinh môi trường (20/10/2017)
- Hội Nông dân xã tập huấn trồng cà phê bền vững (29/09/2017)
- Xã Ea Kao tổ chức Ngày hội Đại đoàn kết ở buôn Ea Nao (12/11/2017)
""", "2017-11-17", "Chủ tịch UBND xã đối thoại với người dân về bãi rác buôn Kao",
E("doi_thoai", "2017", "2017-11-15"),
[P("Y Thuận Niê", "ĐUV", "Chủ tịch UBND xã Ea Kao"),
 P("Nguyễn Văn Tài", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("H'Liên Byă", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Y Blông Êban", "Trưởng buôn Kao"),
 P("H'Mai Knul"),
 P("Ama Khiêm", "Già làng")],
[Q("khoảng 80 người dân", 80, "người dân", "approx"), Q("3 buôn", 3, "buôn"), Q("3,2 ha", 3.2, "ha"),
 Q("12 tấn", 12, "tấn"), Q("126 hộ", 126, "hộ"), Q("1,8 tỷ đồng", 1800000000, "đồng"), Q("9 ý kiến", 9, "ý kiến"),
 Q("4 tổ phụ nữ phân loại rác tại nguồn", 4, "tổ phụ nữ phân loại rác tại nguồn"), Q("65 hội viên", 65, "hội viên")],
[D("Nghị định", "38", "2015/NĐ-CP", None, "Chính phủ", "Nghị định 38/2015/NĐ-CP"),
 D("Quyết định", "2146", "QĐ-UBND", "2017-07-24", "UBND tỉnh", "Quyết định số 2146/QĐ-UBND ngày 24/7/2017"),
 D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW ngày 12/12/2013"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW ngày 12/12/2013")],
[prov("Đắk Lắk"), com("Ea Kao")],
["TRANG THÔNG TIN ĐIỆN TỬ XÃ EA KAO", "Trang chủ / Tin tức - Sự kiện / Chính quyền", "Ảnh: Quang cảnh buổi đối thoại.",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "buôn Kao", "buôn Ea Nao"],
["Cập nhật lúc 08:40 ngày 17/11/2017", "năm 2009", "quý IV năm 2018", "2 lần mỗi tuần", "năm 2017", "tháng 12"]))

PAGES.append(page("b5268-cantho-phuonganhkhanh-hoinghi-2018", """
ỦY BAN MTTQ VIỆT NAM QUẬN NINH KIỀU - THÀNH PHỐ CẦN THƠ
Trang chủ » Tin hoạt động » Mặt trận cơ sở
Thứ Ba, 05/06/2018 - 16:45
Phường An Khánh ra mắt mô hình "Khu dân cư hạn chế rác thải nhựa"
Hưởng ứng Ngày Môi trường thế giới với chủ đề "Giải pháp cho ô nhiễm nhựa", sáng 4/6, Ban Thường trực Ủy ban MTTQ Việt Nam phường An Khánh tổ chức hội nghị ra mắt mô hình "Khu dân cư hạn chế rác thải nhựa" tại khu vực 3. Đến dự có đồng chí Trương Thị Bích Hạnh, Phó Chủ tịch Ủy ban MTTQ Việt Nam quận Ninh Kiều; đồng chí Lê Quang Vinh, Phó Bí thư Thường trực Đảng ủy phường An Khánh cùng 210 hội viên, đoàn viên và người dân.
Đại biểu và người dân ký cam kết hạn chế sử dụng túi ni lông.
Theo đồng chí Đoàn Văn Mười, Chủ tịch Ủy ban MTTQ Việt Nam phường An Khánh, mô hình được xây dựng theo Kế hoạch số 19/KH-MTTQ-BTT ngày 10/5/2018 của Ban Thường trực Ủy ban MTTQ phường, triển khai Chỉ thị số 08/CT-UBND ngày 20/4/2018 của UBND thành phố về tăng cường quản lý chất thải rắn sinh hoạt. Bước đầu, mô hình thực hiện ở 6 khu vực với 350 hộ đăng ký tham gia; mỗi hộ được tặng 2 túi vải và 1 giỏ xách để đi chợ. Tổng cộng phường đã vận động các nhà hảo tâm tài trợ 700 túi vải, 350 giỏ xách đan bằng lục bình trị giá khoảng 42 triệu đồng.
Tại hội nghị, TS. Nguyễn Hữu Chiếm, giảng viên Khoa Môi trường và Tài nguyên thiên nhiên Trường Đại học Cần Thơ, giới thiệu tác hại của rác thải nhựa đối với sông ngòi Đồng bằng sông Cửu Long: mỗi túi ni lông cần hàng trăm năm mới phân hủy. Ông Huỳnh Văn Bé, Trưởng khu vực 3, cho biết 42 tiểu thương chợ An Khánh đã đồng ý giảm dùng túi ni lông, chuyển sang gói hàng bằng lá chuối.
Các đại biểu cùng ký cam kết không vứt rác xuống kênh Cái Sơn, không dùng ống hút nhựa tại các đám tiệc. Bà Lý Thị Sa Mây, Chi hội trưởng phụ nữ khu vực 3, nói sẽ phân công mỗi tổ tự quản theo dõi 15 hộ và báo cáo kết quả hàng tháng.
Phát biểu tại hội nghị, đồng chí Trương Thị Bích Hạnh đánh giá cao cách làm của phường, đề nghị gắn mô hình với cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" và Nghị quyết số 05-NQ/QU của Ban Thường vụ Quận ủy về chỉnh trang đô thị; phấn đấu đến cuối năm có trên 80% hộ ở khu vực 3 không sử dụng túi ni lông khó phân hủy.
Sau hội nghị, các đoàn viên thanh niên và hội viên phụ nữ ra quân vớt rác trên kênh Cái Sơn, thu gom khoảng 1,5 tấn rác thải, chủ yếu là chai nhựa, hộp xốp và túi ni lông.
Mỹ Duyên
Tin liên quan
- Quận Ninh Kiều ra quân hưởng ứng Ngày Môi trường thế giới (01/06/2018)
- Phường Xuân Khánh tổ chức Ngày hội "Sống xanh" (20/05/2018)
- MTTQ quận giám sát công tác thu gom rác tại các phường (18/04/2018)
""", "2018-06-05", "Phường An Khánh ra mắt mô hình \"Khu dân cư hạn chế rác thải nhựa\"",
E("hoi_nghi", None, "2018-06-04"),
[P("Trương Thị Bích Hạnh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam quận Ninh Kiều"),
 P("Lê Quang Vinh", "Phó Bí thư Thường trực Đảng ủy phường An Khánh"),
 P("Đoàn Văn Mười", "Chủ tịch Ủy ban MTTQ Việt Nam phường An Khánh"),
 P("Nguyễn Hữu Chiếm", "TS.", "giảng viên Khoa Môi trường và Tài nguyên thiên nhiên Trường Đại học Cần Thơ"),
 P("Huỳnh Văn Bé", "Trưởng khu vực 3"),
 P("Lý Thị Sa Mây", "Chi hội trưởng phụ nữ khu vực 3")],
[Q("210 hội viên, đoàn viên", 210, "hội viên, đoàn viên"), Q("6 khu vực", 6, "khu vực"), Q("350 hộ", 350, "hộ"),
 Q("2 túi vải", 2, "túi vải"), Q("700 túi vải", 700, "túi vải"), Q("350 giỏ xách", 350, "giỏ xách"),
 Q("khoảng 42 triệu đồng", 42000000, "đồng", "approx"), Q("42 tiểu thương", 42, "tiểu thương"),
 Q("15 hộ", 15, "hộ"), Q("trên 80%", 80, "%", "over"), Q("khoảng 1,5 tấn", 1.5, "tấn", "approx")],
[D("Kế hoạch", "19", "KH-MTTQ-BTT", "2018-05-10", "Ban Thường trực Ủy ban MTTQ phường", "Kế hoạch số 19/KH-MTTQ-BTT ngày 10/5/2018"),
 D("Chỉ thị", "08", "CT-UBND", "2018-04-20", "UBND thành phố", "Chỉ thị số 08/CT-UBND ngày 20/4/2018"),
 D("Nghị quyết", "05", "NQ/QU", None, "Ban Thường vụ Quận ủy", "Nghị quyết số 05-NQ/QU")],
[prov("Cần Thơ"), com("An Khánh")],
["ỦY BAN MTTQ VIỆT NAM QUẬN NINH KIỀU - THÀNH PHỐ CẦN THƠ", "Trang chủ » Tin hoạt động » Mặt trận cơ sở",
 "Đại biểu và người dân ký cam kết hạn chế sử dụng túi ni lông.", "Khu dân cư hạn chế rác thải nhựa", "Giải pháp cho ô nhiễm nhựa",
 "Ngày Môi trường thế giới", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Trường Đại học Cần Thơ", "kênh Cái Sơn"],
["Thứ Ba, 05/06/2018 - 16:45", "1 giỏ xách", "hàng trăm năm", "khu vực 3", "mỗi túi ni lông"]))

PAGES.append(page("b5269-haiphong-xalaple-daihoi-2019", """
ĐẢNG BỘ HUYỆN THỦY NGUYÊN - THÀNH PHỐ HẢI PHÒNG
Tin tức > Mặt trận - Đoàn thể > Cơ sở
12.04.2019 | 15:30
Đại hội đại biểu MTTQ Việt Nam xã Lập Lễ lần thứ XX
Ngày 11/4/2019, Ủy ban MTTQ Việt Nam xã Lập Lễ, huyện Thủy Nguyên, thành phố Hải Phòng tổ chức Đại hội đại biểu MTTQ Việt Nam xã lần thứ XX, nhiệm kỳ 2019 - 2024. Đại hội là đơn vị được huyện chọn tổ chức điểm theo Chỉ thị số 18-CT/TW ngày 10/10/2017 của Ban Bí thư về lãnh đạo đại hội Mặt trận Tổ quốc các cấp. Dự đại hội có 115 đại biểu đại diện cho hơn 3.100 hộ gia đình trong xã.
Dự và chỉ đạo có đồng chí Phạm Văn Toàn, HUV, Chủ tịch Ủy ban MTTQ Việt Nam huyện Thủy Nguyên; đồng chí Đào Minh Khuê, Bí thư Đảng ủy xã Lập Lễ.
Báo cáo tại đại hội nêu rõ, nhiệm kỳ qua Mặt trận xã đã phối hợp vận động nhân dân đóng góp trên 14 tỷ đồng xây dựng nông thôn mới; thành lập 24 tổ tự quản môi trường ở các thôn ven biển, 98% hộ gia đình đăng ký gia đình văn hóa. Riêng năm 2018, hưởng ứng Kế hoạch 15, 16-KH/ĐU của Đảng ủy xã về xây dựng "Làng chài xanh - sạch - đẹp" và giảm thiểu rác thải nhựa, các tổ chức thành viên đã tổ chức 36 buổi ra quân thu gom rác bãi triều, vận động 420 hộ ngư dân mang rác từ tàu về bờ.
Đại biểu Vũ Thị Lụa, Chủ tịch Hội LHPN xã, tham luận về mô hình "Tuyến đường hoa phụ nữ tự quản" dài 5,5 km; đại biểu Nguyễn Văn Đỉnh, Chi hội trưởng Chi hội nghề cá thôn 6, chia sẻ việc mỗi tàu cá được phát 2 bao đựng rác để mang về bờ.
Đại hội đã hiệp thương dân chủ cử 43 vị vào Ủy ban MTTQ Việt Nam xã khóa XX. Tại hội nghị lần thứ nhất, bà Hoàng Thị Thu Hường được hiệp thương cử giữ chức Chủ tịch Ủy ban MTTQ Việt Nam xã nhiệm kỳ 2019 - 2024; các ông Lê Văn Định, Trần Văn Cường được cử giữ chức Phó Chủ tịch Ủy ban MTTQ Việt Nam xã.
Phát biểu chỉ đạo, đồng chí Phạm Văn Toàn đề nghị Mặt trận xã tiếp tục thực hiện cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", chú trọng phong trào chống rác thải nhựa ở vùng ven biển, phát huy vai trò giám sát, phản biện xã hội theo Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị.
Đại hội đã thông qua chương trình hành động của Ủy ban MTTQ Việt Nam xã nhiệm kỳ mới, trong đó đặt chỉ tiêu đến năm 2024 có 100% thôn có tổ thu gom rác và không có điểm tồn đọng rác thải nhựa trên bãi triều. Đại hội bầu đoàn đại biểu gồm 9 đại biểu đi dự Đại hội MTTQ huyện.
Minh Khang
Tin khác
- Xã Thủy Đường tổ chức đại hội điểm MTTQ (05/04/2019)
- Thủy Nguyên ra quân làm sạch môi trường biển (28/03/2019)
- Hội Nông dân huyện tập huấn nghiệp vụ cho cán bộ cơ sở (15/03/2019)
""", "2019-04-12", "Đại hội đại biểu MTTQ Việt Nam xã Lập Lễ lần thứ XX",
E("dai_hoi", None, "2019-04-11"),
[P("Phạm Văn Toàn", "HUV", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Thủy Nguyên"),
 P("Đào Minh Khuê", "Bí thư Đảng ủy xã Lập Lễ"),
 P("Vũ Thị Lụa", "Chủ tịch Hội LHPN xã"),
 P("Nguyễn Văn Đỉnh", "Chi hội trưởng Chi hội nghề cá thôn 6"),
 P("Hoàng Thị Thu Hường", "Chủ tịch Ủy ban MTTQ Việt Nam xã nhiệm kỳ 2019 - 2024"),
 P("Lê Văn Định", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Trần Văn Cường", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã")],
[Q("115 đại biểu", 115, "đại biểu"), Q("hơn 3.100 hộ gia đình", 3100, "hộ gia đình", "over"),
 Q("trên 14 tỷ đồng", 14000000000, "đồng", "over"), Q("24 tổ tự quản môi trường", 24, "tổ tự quản môi trường"),
 Q("98%", 98, "%"), Q("36 buổi ra quân", 36, "buổi ra quân"), Q("420 hộ ngư dân", 420, "hộ ngư dân"),
 Q("5,5 km", 5.5, "km"), Q("2 bao đựng rác", 2, "bao đựng rác"), Q("43 vị", 43, "vị"), Q("100% thôn", 100, "%"),
 Q("9 đại biểu", 9, "đại biểu")],
[D("Chỉ thị", "18", "CT/TW", "2017-10-10", "Ban Bí thư", "Chỉ thị số 18-CT/TW ngày 10/10/2017"),
 D("Kế hoạch", "15", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch 15, 16-KH/ĐU"),
 D("Kế hoạch", "16", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch 15, 16-KH/ĐU"),
 D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW ngày 12/12/2013")],
[prov("Hải Phòng"), com("Lập Lễ")],
["ĐẢNG BỘ HUYỆN THỦY NGUYÊN - THÀNH PHỐ HẢI PHÒNG", "Tin tức > Mặt trận - Đoàn thể > Cơ sở", "Làng chài xanh - sạch - đẹp",
 "Tuyến đường hoa phụ nữ tự quản", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"],
["12.04.2019 | 15:30", "lần thứ XX", "nhiệm kỳ 2019 - 2024", "năm 2018", "khóa XX", "lần thứ nhất", "thôn 6", "năm 2024"]))

PAGES.append(page("b5270-quangtri-mttq-baocao-2019", """
Báo Quảng Trị điện tử
Thời sự | Mặt trận - Đoàn thể
Cập nhật lúc 14:10 ngày 27/12/2019
Lượt xem: 2.315
Báo cáo kết quả năm đầu thực hiện phong trào "Chống rác thải nhựa"
(QT) - Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Trị vừa có báo cáo kết quả thực hiện phong trào "Chống rác thải nhựa" năm 2019 gửi Ban Thường vụ Tỉnh ủy và Ủy ban Trung ương MTTQ Việt Nam. Báo cáo do đồng chí Lê Thị Hoài Thương, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh ký.
Theo báo cáo, triển khai Chỉ thị số 33/CT-TTg ngày 20/8/2019 của Thủ tướng Chính phủ về tăng cường quản lý, tái sử dụng, tái chế, xử lý và giảm thiểu chất thải nhựa và Hướng dẫn số 41/HD-MTTQ-BTT ngày 12/7/2019 của Ban Thường trực Ủy ban MTTQ tỉnh, Mặt trận các cấp đã tổ chức 287 hội nghị tuyên truyền với trên 21.000 lượt người tham dự. Các tổ chức thành viên phát 46.000 tờ rơi, treo 1.150 băng rôn, khẩu hiệu; 141/141 xã, phường, thị trấn tổ chức lễ phát động.
Toàn tỉnh có 9.870 hộ gia đình cam kết không sử dụng túi ni lông khó phân hủy; 312 cơ quan, đơn vị không dùng chai nhựa, cốc nhựa dùng một lần trong các cuộc họp; 64 chợ triển khai mô hình "Chợ hạn chế túi ni lông". Các tổ chức thành viên đã tặng 18.500 túi thân thiện với môi trường, tổng trị giá khoảng 370 triệu đồng.
Ở miền núi, các đồng chí Hồ Văn Lăm, Bí thư Đảng ủy xã A Dơi; Kăn Thị Mây, Chủ tịch Ủy ban MTTQ Việt Nam xã Hướng Lộc; Hồ Văn Ních, người có uy tín bản Ta Oăn, đã vận động đồng bào Vân Kiều, Pa Kô gom rác về hố chung, không vứt xuống khe suối. Ở vùng biển, Hội Nông dân xã Triệu Vân ra mắt 7 tổ hội nghề nghiệp thu gom rác thải nhựa trên biển.
Báo cáo cũng chỉ ra hạn chế: tỷ lệ rác thải nhựa được phân loại tại nguồn mới đạt khoảng 18%; ở vùng nông thôn còn tình trạng đốt rác nhựa; kinh phí cho phong trào chủ yếu từ xã hội hóa. Còn 27 xã chưa có điểm tập kết rác hợp vệ sinh.
Năm 2020, Ủy ban MTTQ tỉnh đề ra mục tiêu có ít nhất 50% khu dân cư xây dựng mô hình giảm thiểu rác thải nhựa. Các đồng chí Nguyễn Đăng Quang, Trần Thị Thúy Hằng - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh được phân công theo dõi các huyện miền núi và ven biển. Ban Thường trực cũng kiến nghị UBND tỉnh sớm ban hành kế hoạch thực hiện Quyết định số 1746/QĐ-TTg ngày 4/12/2019 của Thủ tướng Chính phủ ban hành Kế hoạch hành động quốc gia về quản lý rác thải nhựa đại dương.
Báo cáo đề nghị các tổ chức thành viên khen thưởng kịp thời tập thể, cá nhân tiêu biểu và đưa kết quả phong trào vào tiêu chí bình xét khu dân cư văn hóa.
Đức Việt
Tin liên quan
- Quảng Trị phát động phong trào "Chống rác thải nhựa" (15/07/2019)
- Hướng Hóa: tuổi trẻ ra quân "Ngày Chủ nhật xanh" (22/09/2019)
- Hội nghị giao ban công tác Mặt trận quý III năm 2019 (10/10/2019)
""", "2019-12-27", "Báo cáo kết quả năm đầu thực hiện phong trào \"Chống rác thải nhựa\"",
E("bao_cao", "2019", None),
[P("Lê Thị Hoài Thương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hồ Văn Lăm", "Bí thư Đảng ủy xã A Dơi"),
 P("Kăn Thị Mây", "Chủ tịch Ủy ban MTTQ Việt Nam xã Hướng Lộc"),
 P("Hồ Văn Ních", "người có uy tín bản Ta Oăn"),
 P("Nguyễn Đăng Quang", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Thị Thúy Hằng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("287 hội nghị tuyên truyền", 287, "hội nghị tuyên truyền"), Q("trên 21.000 lượt người", 21000, "lượt người", "over"),
 Q("46.000 tờ rơi", 46000, "tờ rơi"), Q("1.150 băng rôn, khẩu hiệu", 1150, "băng rôn, khẩu hiệu"),
 Q("141/141 xã, phường, thị trấn", 141, "xã, phường, thị trấn"), Q("9.870 hộ gia đình", 9870, "hộ gia đình"),
 Q("312 cơ quan, đơn vị", 312, "cơ quan, đơn vị"), Q("64 chợ", 64, "chợ"),
 Q("18.500 túi thân thiện với môi trường", 18500, "túi thân thiện với môi trường"),
 Q("khoảng 370 triệu đồng", 370000000, "đồng", "approx"),
 Q("7 tổ hội nghề nghiệp thu gom rác thải nhựa trên biển", 7, "tổ hội nghề nghiệp thu gom rác thải nhựa trên biển"),
 Q("khoảng 18%", 18, "%", "approx"), Q("27 xã", 27, "xã"), Q("ít nhất 50%", 50, "%", "over")],
[D("Chỉ thị", "33", "CT-TTg", "2019-08-20", "Thủ tướng Chính phủ", "Chỉ thị số 33/CT-TTg ngày 20/8/2019"),
 D("Hướng dẫn", "41", "HD-MTTQ-BTT", "2019-07-12", "Ban Thường trực Ủy ban MTTQ tỉnh", "Hướng dẫn số 41/HD-MTTQ-BTT ngày 12/7/2019"),
 D("Quyết định", "1746", "QĐ-TTg", "2019-12-04", "Thủ tướng Chính phủ", "Quyết định số 1746/QĐ-TTg ngày 4/12/2019")],
[prov("Quảng Trị"), com("A Dơi"), com("Hướng Lộc"), com("Triệu Vân")],
["Báo Quảng Trị điện tử", "Thời sự | Mặt trận - Đoàn thể", "Lượt xem: 2.315", "(QT)", "Chống rác thải nhựa",
 "Chợ hạn chế túi ni lông", "Kế hoạch hành động quốc gia về quản lý rác thải nhựa đại dương", "Ủy ban Trung ương MTTQ Việt Nam"],
["Cập nhật lúc 14:10 ngày 27/12/2019", "Lượt xem: 2.315", "năm 2019", "Năm 2020"]))

PAGES.append(page("b5271-bentre-hlhpn-soket-2020", """
BÁO ĐỒNG KHỞI ONLINE
Xã hội » Phụ nữ
Thứ Tư, 15/07/2020, 09:20
Hội viên phụ nữ đổi rác thải nhựa lấy cây giống. Ảnh: Cẩm Trúc
Phụ nữ Bến Tre nói không với túi ni lông
Ngày 14/7, Hội LHPN tỉnh Bến Tre tổ chức hội nghị sơ kết công tác Hội và phong trào phụ nữ 6 tháng đầu năm 2020, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Nguyễn Thị Bé Mười, Tỉnh ủy viên, Chủ tịch Hội LHPN tỉnh chủ trì. Dự có đồng chí Huỳnh Thanh Hải, Phó Trưởng Ban Dân vận Tỉnh ủy.
Sáu tháng qua, dù chịu ảnh hưởng của dịch Covid-19 và hạn mặn, các cấp Hội vẫn duy trì các hoạt động theo đúng Chỉ thị 15, 16/CT-TTg của Thủ tướng Chính phủ về phòng, chống dịch. Triển khai Kế hoạch số 79-KH/HPN ngày 6/1/2020 của Ban Thường vụ Hội LHPN tỉnh về thực hiện phong trào "Chống rác thải nhựa", các cấp Hội đã ra mắt 164 mô hình "Phụ nữ nói không với túi ni lông và sản phẩm nhựa dùng một lần" với 8.240 hội viên tham gia; tổ chức 53 điểm "Đổi rác thải nhựa lấy quà", thu về khoảng 3,2 tấn chai nhựa, túi ni lông.
Nhiều chi hội vận động hội viên dùng giỏ đan từ cọng dừa, ống hút cỏ bàng, ống hút tre thay cho đồ nhựa. Hội LHPN huyện Giồng Trôm trao 1.200 giỏ đi chợ cho hội viên nghèo; Hội LHPN xã Tân Thạch lập quỹ từ bán phế liệu được hơn 26 triệu đồng để hỗ trợ 13 hội viên khó khăn.
Tại hội nghị, bà Trần Thị Kim Phượng được bầu bổ sung giữ chức Phó Chủ tịch Hội LHPN tỉnh khóa X. Đồng chí Nguyễn Thị Bé Mười trao quyết định và tặng hoa chúc mừng.
Bà Lê Thị Ngọc Diệu, Chủ tịch Hội LHPN huyện Ba Tri, tham luận: từ đầu năm, huyện vận động 2.600 hộ ở các xã ven biển ký cam kết không xả rác xuống sông, kênh; nhiều tổ phụ nữ tự quản đã vớt lục bình làm phân hữu cơ. Bà Võ Thị Thu Sương, Chi hội trưởng phụ nữ ấp Phú Lợi, xã Phú Lễ, chia sẻ mỗi tháng chi hội bán phế liệu được khoảng 800.000 đồng.
Phát biểu chỉ đạo, đồng chí Huỳnh Thanh Hải ghi nhận kết quả, đề nghị Hội tiếp tục thực hiện Nghị quyết số 11-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về bảo vệ môi trường, phấn đấu 6 tháng cuối năm mỗi cơ sở Hội có ít nhất 1 mô hình chống rác thải nhựa, 100% cơ quan Hội không dùng chai nhựa dùng một lần.
Hội nghị cũng thống nhất tổ chức Ngày hội "Phụ nữ sống xanh" cấp tỉnh vào tháng 10 tại huyện Thạnh Phú và khen thưởng các chi hội làm tốt việc phân loại rác tại nguồn. Các đại biểu cũng kiến nghị ngành chức năng hỗ trợ đầu ra cho sản phẩm thủ công từ cọng dừa, lục bình để chị em có thêm thu nhập, đồng thời giúp người tiêu dùng có thêm lựa chọn thay thế đồ nhựa.
Cẩm Trúc
Tin cùng chuyên mục
- Hội LHPN tỉnh trao 30 mái ấm cho phụ nữ nghèo (02/07/2020)
- Bình Đại: phụ nữ vượt khó mùa hạn mặn (18/06/2020)
- Ra mắt mô hình "Chi hội phụ nữ không rác thải nhựa" (05/06/2020)
""", "2020-07-15", "Phụ nữ Bến Tre nói không với túi ni lông",
E("so_ket", "2020-H1", "2020-07-14"),
[P("Nguyễn Thị Bé Mười", "Tỉnh ủy viên", "Chủ tịch Hội LHPN tỉnh"),
 P("Huỳnh Thanh Hải", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Thị Kim Phượng", "Phó Chủ tịch Hội LHPN tỉnh khóa X"),
 P("Lê Thị Ngọc Diệu", "Chủ tịch Hội LHPN huyện Ba Tri"),
 P("Võ Thị Thu Sương", "Chi hội trưởng phụ nữ ấp Phú Lợi")],
[Q("164 mô hình", 164, "mô hình"), Q("8.240 hội viên", 8240, "hội viên"), Q("53 điểm", 53, "điểm"),
 Q("khoảng 3,2 tấn", 3.2, "tấn", "approx"), Q("1.200 giỏ đi chợ", 1200, "giỏ đi chợ"),
 Q("hơn 26 triệu đồng", 26000000, "đồng", "over"), Q("13 hội viên khó khăn", 13, "hội viên khó khăn"),
 Q("2.600 hộ", 2600, "hộ"), Q("khoảng 800.000 đồng", 800000, "đồng", "approx"), Q("100% cơ quan Hội", 100, "%")],
[D("Chỉ thị", "15", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị 15, 16/CT-TTg"),
 D("Chỉ thị", "16", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị 15, 16/CT-TTg"),
 D("Kế hoạch", "79", "KH/HPN", "2020-01-06", "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch số 79-KH/HPN ngày 6/1/2020"),
 D("Nghị quyết", "11", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 11-NQ/TU")],
[prov("Bến Tre"), com("Tân Thạch"), com("Phú Lễ")],
["BÁO ĐỒNG KHỞI ONLINE", "Xã hội » Phụ nữ", "Hội viên phụ nữ đổi rác thải nhựa lấy cây giống. Ảnh: Cẩm Trúc", "Chống rác thải nhựa",
 "Phụ nữ nói không với túi ni lông và sản phẩm nhựa dùng một lần", "Đổi rác thải nhựa lấy quà", "Phụ nữ sống xanh"],
["Thứ Tư, 15/07/2020, 09:20", "6 tháng đầu năm 2020", "6 tháng cuối năm", "Covid-19", "khóa X", "1 mô hình", "tháng 10", "Sáu tháng qua"]))

PAGES.append(page("b5272-dienbien-tinhdoan-taphuan-2020", """
TỈNH ĐOÀN ĐIỆN BIÊN
Trang chủ | Tin tức | Hoạt động Đoàn
Ngày 23/10/2020 | 10:45
Tập huấn kỹ năng tuyên truyền chống rác thải nhựa cho cán bộ Đoàn vùng cao
Trong 2 ngày 21 và 22/10/2020, Ban Thường vụ Tỉnh đoàn Điện Biên tổ chức lớp tập huấn năm 2020 về kỹ năng tuyên truyền, vận động thanh niên tham gia bảo vệ môi trường, chống rác thải nhựa cho 95 học viên là bí thư, phó bí thư Đoàn các xã vùng cao, vùng đồng bào dân tộc thiểu số.
Khai mạc lớp tập huấn, đồng chí Lò Văn Pánh, Ủy viên Ban Chấp hành Trung ương Đoàn, Bí thư Tỉnh đoàn nhấn mạnh: thực hiện Kế hoạch số 112-KH/TĐTN-BTG ngày 3/9/2020 của Ban Thường vụ Tỉnh đoàn và Chỉ thị số 33/CT-TTg của Thủ tướng Chính phủ, tuổi trẻ toàn tỉnh phấn đấu mỗi cơ sở Đoàn vùng cao có ít nhất một công trình, phần việc về thu gom, xử lý rác thải.
Học viên thực hành phân loại rác tại lớp tập huấn. Ảnh: Quàng Hương
Các học viên được nghe đồng chí Quàng Thị Hương, Phó Bí thư Tỉnh đoàn, Chủ tịch Hội đồng Đội tỉnh, giới thiệu phương pháp tuyên truyền bằng tiếng Thái, tiếng Mông qua loa phát thanh bản; ThS. Vì Văn Sơn, Phó Trưởng phòng Quản lý môi trường Sở Tài nguyên và Môi trường, hướng dẫn cách làm hố rác, lò đốt rác mini và ủ phân từ rác hữu cơ.
Theo Tỉnh đoàn, 9 tháng năm 2020 các cơ sở Đoàn đã ra quân 178 buổi vệ sinh môi trường với gần 12.000 lượt đoàn viên, thanh niên tham gia; xây mới 86 lò đốt rác mini tại các bản; trồng 24.500 cây xanh. Tổng kinh phí cho các công trình khoảng 640 triệu đồng, trong đó nguồn xã hội hóa chiếm 45%.
Tại lớp học, anh Mùa A Sử, Bí thư Đoàn xã Tủa Thàng, chia sẻ mô hình "Bản em không rác thải nhựa": thanh niên bản đặt 14 thùng phân loại rác, mỗi tuần thu gom một lần. Chị Lường Thị Ún, Phó Bí thư Đoàn xã Mường Phăng, đề xuất đưa nội dung chống rác thải nhựa vào sinh hoạt chi đoàn hằng tháng. Anh Giàng A Dình, Bí thư Chi đoàn bản Huổi Só, cho biết nhiều bà con người Mông đã tự mang túi vải khi đi chợ phiên.
Cuối lớp tập huấn, các học viên thực hành phân loại rác, thiết kế tờ rơi song ngữ và xây dựng kế hoạch tuyên truyền tại cơ sở. Ban tổ chức tặng mỗi xã 1 bộ loa cầm tay, trao 20 suất quà cho thanh niên tiêu biểu trong công tác bảo vệ môi trường.
Theo đánh giá của Ban tổ chức, rác thải nhựa đang trở thành vấn đề đáng lo ngại ở nhiều bản vùng cao, nhất là dọc các tuyến đường liên xã và ven suối. Thói quen vứt túi ni lông, vỏ chai sau phiên chợ còn phổ biến. Vì vậy, vai trò của cán bộ Đoàn cơ sở, những người thông thạo tiếng dân tộc và gần gũi với bà con, được coi là then chốt trong thay đổi nhận thức của người dân.
Lò Thị Hoa
Tin liên quan
- Tuổi trẻ Điện Biên ra quân "Ngày Chủ nhật xanh" (27/09/2020)
- Sơ kết 6 tháng đầu năm 2020 công tác Đoàn (15/07/2020)
- Tủa Chùa: thanh niên làm đường vào bản (02/06/2020)
""", "2020-10-23", "Tập huấn kỹ năng tuyên truyền chống rác thải nhựa cho cán bộ Đoàn vùng cao",
E("tap_huan", "2020", "2020-10-21"),
[P("Lò Văn Pánh", "Ủy viên Ban Chấp hành Trung ương Đoàn", "Bí thư Tỉnh đoàn"),
 P("Quàng Thị Hương", "Phó Bí thư Tỉnh đoàn", "Chủ tịch Hội đồng Đội tỉnh"),
 P("Vì Văn Sơn", "ThS.", "Phó Trưởng phòng Quản lý môi trường Sở Tài nguyên và Môi trường"),
 P("Mùa A Sử", "Bí thư Đoàn xã Tủa Thàng"),
 P("Lường Thị Ún", "Phó Bí thư Đoàn xã Mường Phăng"),
 P("Giàng A Dình", "Bí thư Chi đoàn bản Huổi Só")],
[Q("95 học viên", 95, "học viên"), Q("178 buổi vệ sinh môi trường", 178, "buổi vệ sinh môi trường"),
 Q("gần 12.000 lượt đoàn viên, thanh niên", 12000, "lượt đoàn viên, thanh niên", "approx"),
 Q("86 lò đốt rác mini", 86, "lò đốt rác mini"), Q("24.500 cây xanh", 24500, "cây xanh"),
 Q("khoảng 640 triệu đồng", 640000000, "đồng", "approx"), Q("45%", 45, "%"),
 Q("14 thùng phân loại rác", 14, "thùng phân loại rác"), Q("20 suất quà", 20, "suất quà")],
[D("Kế hoạch", "112", "KH/TĐTN-BTG", "2020-09-03", "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 112-KH/TĐTN-BTG ngày 3/9/2020"),
 D("Chỉ thị", "33", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị số 33/CT-TTg")],
[prov("Điện Biên"), com("Tủa Thàng"), com("Mường Phăng")],
["TỈNH ĐOÀN ĐIỆN BIÊN", "Trang chủ | Tin tức | Hoạt động Đoàn", "Học viên thực hành phân loại rác tại lớp tập huấn. Ảnh: Quàng Hương",
 "Bản em không rác thải nhựa"],
["Ngày 23/10/2020 | 10:45", "2 ngày", "9 tháng năm 2020", "một công trình", "một lần", "1 bộ loa cầm tay", "năm 2020"]))
