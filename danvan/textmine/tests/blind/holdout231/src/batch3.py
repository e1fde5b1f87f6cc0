from lib import *
PAGES = []

PAGES.append(page("b5513-kontum-bdv-tongket-2021", """
BAN DÂN VẬN TỈNH ỦY KON TUM
Vị trí: Trang chủ » Tin tức » Hoạt động của Ban
Thứ Sáu, 24/12/2021 | 09:15
Toàn cảnh hội nghị. Ảnh: A Thương
Công tác dân vận góp phần tổ chức thành công cuộc bầu cử
Ngày 23/12, Ban Dân vận Tỉnh ủy Kon Tum tổ chức hội nghị tổng kết công tác dân vận năm 2021, triển khai nhiệm vụ năm 2022. Đồng chí Y Ngọc, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì; hội nghị được tổ chức trực tiếp kết hợp trực tuyến đến 10 điểm cầu huyện, thành phố.
Báo cáo do đồng chí A Pớt, Phó Trưởng Ban Dân vận Tỉnh ủy trình bày nêu rõ, năm 2021, khối dân vận các cấp đã tập trung tuyên truyền, vận động nhân dân tham gia cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026. Tỷ lệ cử tri đi bầu toàn tỉnh đạt 99,85%; cử tri đã bầu đủ 6 đại biểu Quốc hội và 50 đại biểu HĐND tỉnh. Trong đó, đồng bào dân tộc thiểu số trúng cử đại biểu HĐND tỉnh chiếm 38%.
Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy sơ kết Chỉ thị 19, 20-CT/TU về công tác vận động đồng bào các dân tộc thiểu số và về công tác tôn giáo; hướng dẫn thực hiện Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị; ban hành Kế hoạch số 112-KH/BDVTU về kiểm tra việc thực hiện Quy chế dân chủ ở cơ sở tại 8 xã và triển khai đề án 06/ĐA-BDVTU về nâng cao vai trò người có uy tín.
Phong trào thi đua "Dân vận khéo" tiếp tục lan tỏa với 1.216 mô hình, trong đó có 86 mô hình cấp tỉnh. Nhân dân đã đóng góp trên 25.000 ngày công, hiến khoảng 12 ha đất và đóng góp 7,3 tỷ đồng xây dựng nông thôn mới. Các cơ quan dân vận tiếp nhận 86 lượt công dân, 24 đơn thư; đã phối hợp giải quyết 21 đơn. Toàn tỉnh có 736 người có uy tín được cung cấp thông tin, tập huấn kỹ năng vận động quần chúng.
Tại hội nghị, ông A Hơ, HUV, Trưởng Ban Dân vận Huyện ủy Tu Mơ Rông, chia sẻ kinh nghiệm vận động đồng bào Xơ Đăng ở xã Ngọc Linh trồng sâm dưới tán rừng; bà Y Bhiết, Chủ tịch Ủy ban MTTQ Việt Nam xã Đăk Pxi, cho biết xã đã vận động 42 hộ trả lại đất lấn chiếm để làm đường vào khu vực bỏ phiếu. Già làng A Lâm, người có uy tín làng Kon Pring, xã Đăk Pxi, đề nghị tỉnh quan tâm hỗ trợ làng làm nhà rông văn hóa.
Phát biểu kết luận, đồng chí Y Ngọc yêu cầu năm 2022 các cấp tiếp tục thực hiện Kết luận số 43-KL/TW của Ban Bí thư, đẩy mạnh dân vận chính quyền, phòng chống dịch COVID-19 trong vùng đồng bào; kịp thời giải quyết kiến nghị của cử tri sau bầu cử. Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 18 tập thể và 27 cá nhân có thành tích xuất sắc trong phong trào "Dân vận khéo".
A Thương
Lượt xem: 1.935
Tin liên quan
- Đăk Hà: sơ kết 3 năm thực hiện Quy chế dân vận (15/12/2021)
- Tu Mơ Rông ra mắt mô hình "Làng không có người vi phạm pháp luật" (03/12/2021)
- Hội nghị người có uy tín tỉnh Kon Tum năm 2021 (22/11/2021)
- Xã Đăk Pxi tặng quà cho hộ nghèo đồng bào Xơ Đăng (10/11/2021)
""", "2021-12-24", "Công tác dân vận góp phần tổ chức thành công cuộc bầu cử",
E("tong_ket", "2021", "2021-12-23"),
[P("Y Ngọc", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("A Pớt", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("A Hơ", "HUV", "Trưởng Ban Dân vận Huyện ủy Tu Mơ Rông"),
 P("Y Bhiết", "Chủ tịch Ủy ban MTTQ Việt Nam xã Đăk Pxi"),
 P("A Lâm", "Già làng", "người có uy tín làng Kon Pring")],
[Q("10 điểm cầu huyện, thành phố", 10, "điểm cầu huyện, thành phố"), Q("99,85%", 99.85, "%"),
 Q("6 đại biểu Quốc hội", 6, "đại biểu Quốc hội"), Q("50 đại biểu HĐND tỉnh", 50, "đại biểu HĐND tỉnh"), Q("38%", 38, "%"),
 Q("8 xã", 8, "xã"), Q("1.216 mô hình", 1216, "mô hình"), Q("86 mô hình cấp tỉnh", 86, "mô hình cấp tỉnh"),
 Q("trên 25.000 ngày công", 25000, "ngày công", "over"), Q("khoảng 12 ha", 12, "ha", "approx"),
 Q("7,3 tỷ đồng", 7300000000, "đồng"), Q("86 lượt công dân", 86, "lượt công dân"), Q("24 đơn thư", 24, "đơn thư"),
 Q("21 đơn", 21, "đơn"), Q("736 người có uy tín", 736, "người có uy tín"), Q("42 hộ", 42, "hộ"),
 Q("18 tập thể", 18, "tập thể"), Q("27 cá nhân", 27, "cá nhân")],
[D("Chỉ thị", "19", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 19, 20-CT/TU"),
 D("Chỉ thị", "20", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 19, 20-CT/TU"),
 D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Bộ Chính trị", "Quyết định số 23-QĐ/TW ngày 30/7/2021"),
 D("Kế hoạch", "112", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 112-KH/BDVTU"),
 D("Đề án", "06", "ĐA-BDVTU", None, "Ban Dân vận Tỉnh ủy", "đề án 06/ĐA-BDVTU"),
 D("Kết luận", "43", "KL/TW", None, "Ban Bí thư", "Kết luận số 43-KL/TW")],
[prov("Kon Tum"), com("Ngọc Linh"), com("Đăk Pxi")],
["BAN DÂN VẬN TỈNH ỦY KON TUM", "Vị trí: Trang chủ » Tin tức » Hoạt động của Ban", "Toàn cảnh hội nghị. Ảnh: A Thương",
 "Dân vận khéo", "COVID-19", "Lượt xem: 1.935"],
["Thứ Sáu, 24/12/2021 | 09:15", "năm 2021", "năm 2022", "khóa XV", "nhiệm kỳ 2021 - 2026", "COVID-19", "Lượt xem: 1.935"]))

PAGES.append(page("b5514-haiphong-phuong-giamsat-2026", """
Cổng thông tin điện tử phường Thành Đông - thành phố Hải Phòng
Trang chủ > Hoạt động Mặt trận - đoàn thể > Giám sát
Thứ Năm, 26/02/2026 - 11:20
Giám sát việc lập, niêm yết danh sách cử tri tại 14 khu vực bỏ phiếu
Ngày 25/2, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam phường Thành Đông do ông Phạm Văn Đạt, Phó Bí thư Đảng ủy phường, Chủ tịch Ủy ban MTTQ Việt Nam phường Thành Đông, Trưởng đoàn giám sát dẫn đầu đã giám sát việc lập, niêm yết danh sách cử tri bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031 tại 14 khu vực bỏ phiếu.
Đoàn giám sát kiểm tra danh sách cử tri niêm yết tại nhà văn hóa khu dân cư số 5.
Tham gia đoàn có bà Vũ Thị Hạnh, ông Nguyễn Đức Toàn - Phó Chủ tịch Ủy ban MTTQ Việt Nam phường và đại diện Hội Cựu chiến binh, Hội LHPN, Đoàn Thanh niên phường. Cuộc giám sát được thực hiện theo Hướng dẫn số 21/HD-MTTW-BTT ngày 15/12/2025 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam và Kế hoạch số 07/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ phường.
Theo báo cáo của ông Lê Minh Khang, ĐUV, Phó Chủ tịch UBND phường, Phó Chủ tịch Ủy ban bầu cử phường, phường Thành Đông (thuộc tỉnh Hải Dương trước khi hợp nhất vào thành phố Hải Phòng) có 31.245 cử tri. Danh sách cử tri được lập theo Quyết định số 15/QĐ-UBND ngày 06/01/2026 của UBND phường và niêm yết từ ngày 13/2. Qua rà soát, phường đã xóa tên 57 trường hợp chết, chuyển đi nơi khác và bổ sung 212 cử tri mới đủ tuổi; có khoảng 3.150 sinh viên tạm trú tại các ký túc xá được ghi tên vào danh sách cử tri. Kinh phí cho công tác lập danh sách và in thẻ cử tri là 320 triệu đồng.
Qua kiểm tra thực tế, đoàn ghi nhận 14/14 khu vực đã niêm yết danh sách đúng thời gian, đúng địa điểm; tuy nhiên còn 23 trường hợp ghi sai ngày sinh, 6 trường hợp trùng tên ở hai khu vực. Trưởng ban Công tác Mặt trận khu dân cư số 5 Đỗ Văn Lực cho biết, khu đã cử 4 tổ viên đến từng hộ phát phiếu thông tin cử tri. Bà Tăng Thị Ngà, Tổ trưởng Tổ bầu cử số 6, kiến nghị bố trí thêm 2 điểm hỗ trợ tra cứu khu vực bỏ phiếu qua ứng dụng VNeID.
Kết luận buổi giám sát, ông Phạm Văn Đạt đề nghị Ủy ban bầu cử phường chỉnh sửa ngay các sai sót, hoàn thành trước ngày 5/3; các tổ bầu cử công khai số điện thoại đường dây nóng. Kết quả giám sát sẽ được báo cáo Ban Thường trực Ủy ban MTTQ thành phố theo quy định.
Thu Hà
Lượt truy cập: 112.406
Tin liên quan
- Phường Thành Đông tiếp xúc cử tri với người ứng cử đại biểu HĐND thành phố (24/02/2026)
- Tổng duyệt phương án bảo vệ bầu cử (20/02/2026)
- Hội LHPN phường ra quân tuyên truyền bầu cử (12/02/2026)
- Hội nghị hiệp thương lần thứ ba đại biểu HĐND phường (06/02/2026)
""", "2026-02-26", "Giám sát việc lập, niêm yết danh sách cử tri tại 14 khu vực bỏ phiếu",
E("giam_sat", None, "2026-02-25"),
[P("Phạm Văn Đạt", "Phó Bí thư Đảng ủy phường", "Chủ tịch Ủy ban MTTQ Việt Nam phường Thành Đông", "Trưởng đoàn giám sát"),
 P("Vũ Thị Hạnh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Nguyễn Đức Toàn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Lê Minh Khang", "ĐUV", "Phó Chủ tịch UBND phường", "Phó Chủ tịch Ủy ban bầu cử phường"),
 P("Đỗ Văn Lực", "Trưởng ban Công tác Mặt trận khu dân cư số 5"),
 P("Tăng Thị Ngà", "Tổ trưởng Tổ bầu cử số 6")],
[Q("14 khu vực bỏ phiếu", 14, "khu vực bỏ phiếu"), Q("31.245 cử tri", 31245, "cử tri"), Q("57 trường hợp", 57, "trường hợp"),
 Q("212 cử tri mới", 212, "cử tri mới"), Q("khoảng 3.150 sinh viên", 3150, "sinh viên", "approx"),
 Q("320 triệu đồng", 320000000, "đồng"), Q("23 trường hợp", 23, "trường hợp"), Q("6 trường hợp", 6, "trường hợp"),
 Q("14/14 khu vực", 14, "khu vực"), Q("4 tổ viên", 4, "tổ viên"), Q("2 điểm hỗ trợ tra cứu", 2, "điểm hỗ trợ tra cứu")],
[D("Hướng dẫn", "21", "HD-MTTW-BTT", "2025-12-15", "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 21/HD-MTTW-BTT ngày 15/12/2025"),
 D("Kế hoạch", "07", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ phường", "Kế hoạch số 07/KH-MTTQ-BTT"),
 D("Quyết định", "15", "QĐ-UBND", "2026-01-06", "UBND phường", "Quyết định số 15/QĐ-UBND ngày 06/01/2026")],
[prov("Hải Phòng"), prov("Hải Dương"), com("Thành Đông")],
["Cổng thông tin điện tử phường Thành Đông - thành phố Hải Phòng", "Trang chủ > Hoạt động Mặt trận - đoàn thể > Giám sát",
 "Đoàn giám sát kiểm tra danh sách cử tri niêm yết tại nhà văn hóa khu dân cư số 5.", "VNeID", "Lượt truy cập: 112.406"],
["Thứ Năm, 26/02/2026 - 11:20", "khóa XVI", "nhiệm kỳ 2026 - 2031", "từ ngày 13/2", "Tổ bầu cử số 6",
 "khu dân cư số 5", "ngày 5/3", "Lượt truy cập: 112.406"]))

PAGES.append(page("b5515-lamdong-mttq-giaoban-2026-02", """
BÁO LÂM ĐỒNG ĐIỆN TỬ
Chính trị - Xã hội | Mặt trận
Ngày đăng: 03/03/2026 | 07:45
Giao ban tháng 2: dồn sức cho ngày bầu cử 15/3
(LĐ online) - Ngày 2/3, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng tổ chức hội nghị giao ban công tác Mặt trận tháng 2/2026 với Ban Thường trực Ủy ban MTTQ các xã, phường, đặc khu. Ông K'Bròn, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Ông K'Bròn phát biểu chỉ đạo tại hội nghị giao ban.
Theo báo cáo, trong tháng 2, Mặt trận các cấp đã hoàn thành hiệp thương lần thứ ba; danh sách chính thức có 23 người ứng cử đại biểu Quốc hội và 154 người ứng cử đại biểu HĐND tỉnh. Lâm Đồng sau hợp nhất với tỉnh Đắk Nông và tỉnh Bình Thuận có 124 xã, phường, đặc khu, trên 2,6 triệu cử tri, được chia thành 3.068 khu vực bỏ phiếu. Đến nay 97% tổ bầu cử đã nhận đủ tài liệu; Ủy ban MTTQ tỉnh thành lập 15 đoàn kiểm tra công tác chuẩn bị bầu cử theo Công văn số 215-CV/MTTQ-BTT.
Trong dịp Tết Nguyên đán, các cấp Mặt trận đã vận động trao 21.400 suất quà Tết cho hộ nghèo, người có hoàn cảnh khó khăn, tổng trị giá gần 12,5 tỷ đồng; Quỹ "Vì người nghèo" tiếp nhận thêm 5,2 tỷ đồng. 420 người có uy tín trong đồng bào K'Ho, Mạ, Mnông, Chăm, Raglai được mời dự hội nghị cung cấp thông tin về bầu cử.
Tại hội nghị, bà Ka Điệp, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh - Trưởng Ban Dân chủ - Pháp luật, đề nghị các xã tăng cường giám sát việc niêm yết danh sách cử tri. Ông Bá Văn Sâm, Chủ tịch Ủy ban MTTQ Việt Nam xã Phan Hòa, cho biết xã đã phối hợp với Ban đại diện Hội đồng Phật giáo Bà-la-môn vận động bà con Chăm đi bầu. Ông Y Thiếu B'Krông, Chủ tịch Ủy ban MTTQ Việt Nam xã Quảng Trực, nêu khó khăn ở 6 bon vùng biên giới có đông người đi làm rẫy xa; bà Điểu Thị Mai, Trưởng bon Bu Prăng 1, đề nghị bố trí thêm hòm phiếu phụ.
Kết luận, ông K'Bròn đề nghị tháng 3 tập trung thực hiện Kế hoạch số 31/KH-UBBC của Ủy ban bầu cử tỉnh và Thông báo số 62-TB/TU của Ban Thường vụ Tỉnh ủy; phối hợp tổ chức tốt ngày bầu cử 15/3/2026, sau bầu cử tổ chức tổng kết ở 100% xã, phường, đặc khu trước ngày 15/4.
Ngọc Ánh
Lượt xem: 861
Tin liên quan
- Phường Phan Thiết tổng duyệt công tác bầu cử (28/02/2026)
- Lạc Dương: người có uy tín tuyên truyền bầu cử bằng tiếng K'Ho (25/02/2026)
- Hiệp thương lần thứ ba: 23 người ứng cử đại biểu Quốc hội (11/02/2026)
- Mặt trận tỉnh trao quà Tết cho hộ nghèo vùng biên (06/02/2026)
- Xã Quảng Trực: Bộ đội Biên phòng cùng tổ bầu cử đến từng bon (02/02/2026)
- Hội nghị cử tri nơi công tác đối với người ứng cử đại biểu Quốc hội (20/01/2026)
""", "2026-03-03", "Giao ban tháng 2: dồn sức cho ngày bầu cử 15/3",
E("giao_ban", "2026-02", "2026-03-02"),
[P("K'Bròn", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ka Điệp", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh - Trưởng Ban Dân chủ - Pháp luật"),
 P("Bá Văn Sâm", "Chủ tịch Ủy ban MTTQ Việt Nam xã Phan Hòa"),
 P("Y Thiếu B'Krông", "Chủ tịch Ủy ban MTTQ Việt Nam xã Quảng Trực"),
 P("Điểu Thị Mai", "Trưởng bon Bu Prăng 1")],
[Q("23 người", 23, "người"), Q("154 người", 154, "người"), Q("124 xã, phường, đặc khu", 124, "xã, phường, đặc khu"),
 Q("trên 2,6 triệu cử tri", 2600000, "cử tri", "over"), Q("3.068 khu vực bỏ phiếu", 3068, "khu vực bỏ phiếu"),
 Q("97%", 97, "%"), Q("15 đoàn kiểm tra", 15, "đoàn kiểm tra"), Q("21.400 suất quà", 21400, "suất quà"),
 Q("gần 12,5 tỷ đồng", 12500000000, "đồng", "approx"), Q("5,2 tỷ đồng", 5200000000, "đồng"),
 Q("420 người có uy tín", 420, "người có uy tín"), Q("6 bon vùng biên giới", 6, "bon"), Q("100%", 100, "%")],
[D("Công văn", "215", "CV/MTTQ-BTT", None, None, "Công văn số 215-CV/MTTQ-BTT"),
 D("Kế hoạch", "31", "KH-UBBC", None, "Ủy ban bầu cử tỉnh", "Kế hoạch số 31/KH-UBBC"),
 D("Thông báo", "62", "TB/TU", None, "Ban Thường vụ Tỉnh ủy", "Thông báo số 62-TB/TU")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Phan Hòa"), com("Quảng Trực")],
["BÁO LÂM ĐỒNG ĐIỆN TỬ", "Chính trị - Xã hội | Mặt trận", "(LĐ online)", "Ông K'Bròn phát biểu chỉ đạo tại hội nghị giao ban.",
 "Vì người nghèo", "Ban đại diện Hội đồng Phật giáo Bà-la-môn", "Lượt xem: 861"],
["Ngày đăng: 03/03/2026 | 07:45", "tháng 2/2026", "lần thứ ba", "15/3/2026", "ngày 15/4", "Bu Prăng 1", "Lượt xem: 861"]))

PAGES.append(page("b5516-nghean-huyen-taphuan-2016", """
Báo Nghệ An
Thời sự >> Bầu cử Quốc hội và HĐND các cấp
15/04/2016 10:05 GMT+7
Kỳ Sơn tập huấn nghiệp vụ bầu cử cho 420 cán bộ cơ sở
Ngày 14/4, Ủy ban bầu cử huyện Kỳ Sơn tổ chức hội nghị tập huấn nghiệp vụ công tác bầu cử năm 2016 cho 420 cán bộ là thành viên Ban bầu cử, tổ bầu cử của 21 xã, thị trấn. Ông Lữ Văn Thành, Phó Bí thư Huyện ủy, Chủ tịch HĐND huyện, Chủ tịch Ủy ban bầu cử huyện dự và chỉ đạo.
Quang cảnh lớp tập huấn. Ảnh: Hữu Vi
Kỳ Sơn là huyện biên giới vùng cao với trên 42.000 cử tri là đồng bào Thái, Khơ Mú, Mông, Ơ Đu, được chia thành 192 tổ bầu cử; 45 bản chưa có điện lưới, nhiều bản phải đi bộ 1 ngày mới tới trung tâm xã. Tại lớp tập huấn, bà Lữ Thị Lan, Phó Trưởng phòng Nội vụ huyện, đã hướng dẫn Thông tư số 01/2016/TT-BNV của Bộ Nội vụ, Kế hoạch số 07/KH-UBBC của Ủy ban bầu cử huyện; ông Moong Văn Kẹo, HUV, Chủ tịch Ủy ban MTTQ huyện, hướng dẫn quy trình hiệp thương, tổ chức hội nghị cử tri theo Hướng dẫn số 36/HD-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam.
Ông Lữ Văn Thành cho biết năm 2016 huyện bầu 35 đại biểu HĐND huyện và 489 đại biểu HĐND xã, thị trấn; kinh phí bầu cử của huyện trên 2,4 tỷ đồng, mỗi tổ bầu cử được hỗ trợ 1,5 triệu đồng. Huyện đã dịch tài liệu tuyên truyền sang tiếng Thái, tiếng Mông và in 5.000 tờ gấp phát đến từng hộ.
Trong phần thảo luận, ông Xồng Bá Dìa, Chủ tịch UBND xã Mường Lống, đề nghị huyện hỗ trợ phương tiện cho 9 tổ bầu cử ở các bản giáp biên giới Lào. Ông Lầu Bá Chò, người có uy tín bản Huồi Khe, xã Mường Lống, cam kết vận động bà con về bản trước ngày bầu cử. Bà Vi Thị Xuân, Chủ tịch Hội LHPN xã Na Ngoi, cho biết xã đã lập 12 đội văn nghệ tuyên truyền bầu cử bằng hát dân ca Thái.
Cũng tại hội nghị, Thượng tá Vi Văn Hùng, Chỉ huy trưởng Ban Chỉ huy Quân sự huyện, thông tin phương án bảo vệ an toàn các điểm bỏ phiếu; huyện huy động khoảng 650 dân quân, công an viên tham gia. Ông Moong Văn Kẹo cho biết Mặt trận huyện đã phối hợp tổ chức 84 hội nghị cử tri nơi cư trú, thu hút trên 9.600 lượt cử tri.
Kết thúc lớp tập huấn, 100% học viên được phát tài liệu nghiệp vụ. Ủy ban bầu cử huyện cũng thành lập 3 đoàn kiểm tra do các đồng chí Phó Chủ tịch UBND huyện: Lô Văn Tâm, Cụt Văn Phong làm trưởng đoàn.
Hữu Vi
Các tin khác
- Tương Dương: hiệp thương lần thứ ba đại biểu HĐND huyện (12/04/2016)
- Bộ đội Biên phòng giúp dân vùng biên chuẩn bị bầu cử (08/04/2016)
- Nghệ An: 2,3 triệu cử tri sẵn sàng đi bầu (04/04/2016)
- Quế Phong: in tài liệu bầu cử bằng chữ Thái (30/03/2016)
- Mường Lống: đưa thông tin bầu cử lên bản xa (25/03/2016)
""", "2016-04-15", "Kỳ Sơn tập huấn nghiệp vụ bầu cử cho 420 cán bộ cơ sở",
E("tap_huan", "2016", "2016-04-14"),
[P("Lữ Văn Thành", "Phó Bí thư Huyện ủy", "Chủ tịch HĐND huyện", "Chủ tịch Ủy ban bầu cử huyện"),
 P("Lữ Thị Lan", "Phó Trưởng phòng Nội vụ huyện"),
 P("Moong Văn Kẹo", "HUV", "Chủ tịch Ủy ban MTTQ huyện"),
 P("Xồng Bá Dìa", "Chủ tịch UBND xã Mường Lống"),
 P("Lầu Bá Chò", "người có uy tín bản Huồi Khe"),
 P("Vi Thị Xuân", "Chủ tịch Hội LHPN xã Na Ngoi"),
 P("Vi Văn Hùng", "Thượng tá", "Chỉ huy trưởng Ban Chỉ huy Quân sự huyện"),
 P("Lô Văn Tâm", "Phó Chủ tịch UBND huyện"), P("Cụt Văn Phong", "Phó Chủ tịch UBND huyện")],
[Q("420 cán bộ", 420, "cán bộ"), Q("21 xã, thị trấn", 21, "xã, thị trấn"),
 Q("trên 42.000 cử tri", 42000, "cử tri", "over"), Q("192 tổ bầu cử", 192, "tổ bầu cử"), Q("45 bản", 45, "bản"),
 Q("35 đại biểu HĐND huyện", 35, "đại biểu HĐND huyện"), Q("489 đại biểu HĐND xã, thị trấn", 489, "đại biểu HĐND xã, thị trấn"),
 Q("trên 2,4 tỷ đồng", 2400000000, "đồng", "over"), Q("1,5 triệu đồng", 1500000, "đồng"),
 Q("5.000 tờ gấp", 5000, "tờ gấp"), Q("9 tổ bầu cử", 9, "tổ bầu cử"), Q("12 đội văn nghệ", 12, "đội văn nghệ"),
 Q("100%", 100, "%"), Q("3 đoàn kiểm tra", 3, "đoàn kiểm tra"),
 Q("khoảng 650 dân quân, công an viên", 650, "dân quân, công an viên", "approx"),
 Q("84 hội nghị cử tri", 84, "hội nghị cử tri"), Q("trên 9.600 lượt cử tri", 9600, "lượt cử tri", "over")],
[D("Thông tư", "01", "2016/TT-BNV", None, "Bộ Nội vụ", "Thông tư số 01/2016/TT-BNV"),
 D("Kế hoạch", "07", "KH-UBBC", None, "Ủy ban bầu cử huyện", "Kế hoạch số 07/KH-UBBC"),
 D("Hướng dẫn", "36", "HD-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 36/HD-MTTW-BTT")],
[prov("Nghệ An"), com("Mường Lống"), com("Na Ngoi")],
["Báo Nghệ An", "Thời sự >> Bầu cử Quốc hội và HĐND các cấp", "Quang cảnh lớp tập huấn. Ảnh: Hữu Vi"],
["15/04/2016 10:05 GMT+7", "năm 2016", "1 ngày"]))

PAGES.append(page("b5517-angiang-mttq-traoqua-2026", """
BÁO AN GIANG ĐIỆN TỬ
Trang chủ › Chính trị › Bầu cử 2026
Thứ Tư, 11/03/2026 | 17:30
Tặng 200 phần quà cho cử tri và tổ bầu cử vùng biển đảo
Ngày 10/3, đoàn công tác của Ủy ban MTTQ Việt Nam tỉnh An Giang do bà Nguyễn Thị Bé Ba, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã đến thăm, động viên và tặng 200 phần quà cho cử tri khó khăn, thành viên các tổ bầu cử tại xã Tiên Hải và xã Sơn Hải trước ngày bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp.
Bà Nguyễn Thị Bé Ba tặng quà cho thành viên Tổ bầu cử số 2, xã Tiên Hải.
Cùng đi có ông Chau Sóc Hên, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Haji Mu Sa, Phó Ban đại diện Cộng đồng Hồi giáo tỉnh và đại diện Bộ đội Biên phòng tỉnh. Mỗi phần quà trị giá 1,5 triệu đồng, gồm 1 triệu đồng tiền mặt và nhu yếu phẩm; tổng trị giá 300 triệu đồng do các doanh nghiệp tài trợ qua Quỹ "Vì người nghèo" tỉnh.
Theo ông Danh Thành Lợi, Bí thư Đảng ủy, Chủ tịch HĐND xã Tiên Hải, xã đảo thuộc tỉnh Kiên Giang cũ có 1.320 cử tri, chia thành 8 tổ bầu cử; khoảng 30% cử tri là ngư dân thường xuyên bám biển. Xã đã bố trí 3 hòm phiếu phụ và phối hợp Đồn Biên phòng vận động 46 tàu cá về bến trước ngày 15/3 để ngư dân đi bầu. Thiếu tá Danh Hùng, Đồn trưởng Đồn Biên phòng Hòn Sơn, cho biết đơn vị đã cử 12 cán bộ, chiến sĩ giúp các tổ bầu cử vận chuyển tài liệu.
Tại buổi thăm, bà Thị Sa Ly, Tổ trưởng Tổ bầu cử số 2, bày tỏ xúc động khi lần đầu tổ được Mặt trận tỉnh đến thăm. Bà Nguyễn Thị Bé Ba đề nghị các tổ bầu cử thực hiện đúng Kế hoạch số 62/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh và Nghị quyết số 57/NQ-HĐND ngày 9/12/2025 của HĐND tỉnh về chế độ hỗ trợ cho người làm công tác bầu cử, bảo đảm 100% cử tri trên đảo được thực hiện quyền bầu cử.
Ông Chau Sóc Hên cho biết, năm nay cả tỉnh có 312 tổ bầu cử ở các xã đảo, xã biên giới được Mặt trận thăm hỏi; Ủy ban MTTQ tỉnh đã dành khoảng 1,2 tỷ đồng để tặng quà cho các tổ này. Trên địa bàn tỉnh có 14 khu vực bỏ phiếu đặt trên đảo, nơi xa nhất phải đi tàu gần 4 giờ.
Trước đó, đoàn đã tặng 50 suất quà cho hộ đồng bào Chăm nghèo ở xã Châu Phong; mỗi suất 1 triệu đồng.
Bảo Trân
Lượt xem: 2.207
Tin liên quan
- Ngư dân Hòn Sơn về bờ đi bầu cử (09/03/2026)
- Tổ bầu cử trên đảo Thổ Châu sẵn sàng cho ngày hội lớn (07/03/2026)
- Chức sắc Hồi giáo vận động bà con Chăm đi bầu (04/03/2026)
- Tiếp xúc cử tri với người ứng cử đại biểu Quốc hội tại phường Rạch Giá (27/02/2026)
- Mặt trận tỉnh giám sát việc niêm yết danh sách cử tri (24/02/2026)
- Phú Quốc: ra mắt tổ tuyên truyền bầu cử lưu động (20/02/2026)
""", "2026-03-11", "Tặng 200 phần quà cho cử tri và tổ bầu cử vùng biển đảo",
E("trao_qua", None, "2026-03-10"),
[P("Nguyễn Thị Bé Ba", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Chau Sóc Hên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Haji Mu Sa", "Phó Ban đại diện Cộng đồng Hồi giáo tỉnh"),
 P("Danh Thành Lợi", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Tiên Hải"),
 P("Danh Hùng", "Thiếu tá", "Đồn trưởng Đồn Biên phòng Hòn Sơn"),
 P("Thị Sa Ly", "Tổ trưởng Tổ bầu cử số 2")],
[Q("200 phần quà", 200, "phần quà"), Q("1,5 triệu đồng", 1500000, "đồng"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("300 triệu đồng", 300000000, "đồng"), Q("1.320 cử tri", 1320, "cử tri"), Q("8 tổ bầu cử", 8, "tổ bầu cử"),
 Q("khoảng 30%", 30, "%", "approx"), Q("3 hòm phiếu phụ", 3, "hòm phiếu phụ"), Q("46 tàu cá", 46, "tàu cá"),
 Q("12 cán bộ, chiến sĩ", 12, "cán bộ, chiến sĩ"), Q("100%", 100, "%"), Q("50 suất quà", 50, "suất quà"), Q("mỗi suất 1 triệu đồng", 1000000, "đồng"),
 Q("312 tổ bầu cử", 312, "tổ bầu cử"), Q("khoảng 1,2 tỷ đồng", 1200000000, "đồng", "approx"), Q("14 khu vực bỏ phiếu", 14, "khu vực bỏ phiếu")],
[D("Kế hoạch", "62", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 62/KH-MTTQ-BTT"),
 D("Nghị quyết", "57", "NQ-HĐND", "2025-12-09", "HĐND tỉnh", "Nghị quyết số 57/NQ-HĐND ngày 9/12/2025")],
[prov("An Giang"), prov("Kiên Giang"), com("Tiên Hải"), com("Sơn Hải"), com("Châu Phong")],
["BÁO AN GIANG ĐIỆN TỬ", "Trang chủ › Chính trị › Bầu cử 2026",
 "Bà Nguyễn Thị Bé Ba tặng quà cho thành viên Tổ bầu cử số 2, xã Tiên Hải.", "Vì người nghèo", "Lượt xem: 2.207"],
["Thứ Tư, 11/03/2026 | 17:30", "gần 4 giờ", "khóa XVI", "Tổ bầu cử số 2", "ngày 15/3", "lần đầu", "Lượt xem: 2.207"]))

PAGES.append(page("b5518-caobang-xa-doithoai-2015", """
TRANG THÔNG TIN ĐIỆN TỬ HUYỆN HÀ QUẢNG - CAO BẰNG
Trang chủ / Tin tức - Sự kiện / Tin cơ sở
Thứ Sáu, 18/12/2015 - 15:40
Xã Trường Hà: Bí thư Đảng ủy đối thoại với nhân dân
Ngày 17/12, Đảng ủy xã Trường Hà, huyện Hà Quảng, tỉnh Cao Bằng tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy với nhân dân năm 2015. Đồng chí Nông Văn Hiền, Bí thư Đảng ủy xã chủ trì, có gần 160 người dân đại diện cho 12 xóm tham dự. Nội dung đối thoại tập trung vào giải phóng mặt bằng dự án đường tỉnh và công tác chuẩn bị cuộc bầu cử đại biểu Quốc hội khóa XIV, HĐND các cấp nhiệm kỳ 2016 - 2021.
Đồng chí Nông Văn Hiền trả lời ý kiến của người dân.
Hội nghị thực hiện Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị, Chỉ thị 31, 32-CT/HU của Ban Thường vụ Huyện ủy và kế hoạch số 94-KH/ĐU của Đảng ủy xã. Bà Lục Thị Thoa, Phó Bí thư Thường trực Đảng ủy xã, thông tin: toàn xã có hơn 4.100 cử tri; dự án đường tỉnh qua xã phải giải phóng mặt bằng của 38 hộ, tổng số tiền bồi thường, hỗ trợ 6,5 tỷ đồng, đến nay đã có 85% số hộ nhận tiền và bàn giao mặt bằng.
Tại hội nghị, 23 ý kiến được người dân nêu lên. Ông Hoàng Văn Mấy, Trưởng xóm Nà Mạ, đề nghị sớm chi trả tiền bồi thường cho 6 hộ còn lại. Bà Bế Thị Hoan (xóm Nà Chang) hỏi về tiêu chuẩn người ứng cử đại biểu HĐND xã và việc lấy ý kiến cử tri nơi cư trú. Ông Đàm Văn Chẳng, người có uy tín xóm Cốc Lùng, xã Trường Hà, đề nghị giữ lại cây đa cổ thụ đầu xóm.
Trả lời, đồng chí Nông Văn Hiền cho biết dự kiến HĐND xã khóa mới bầu 25 đại biểu; xã sẽ tổ chức hội nghị cử tri ở cả 12 xóm. Ông Triệu Văn Pằn, người vừa được bổ nhiệm làm Phó Chủ tịch UBND xã, giải thích chính sách hỗ trợ tái định cư, mỗi hộ phải di dời được hỗ trợ thêm 30 triệu đồng. Đồng chí Lương Văn Khoa, Chủ tịch Ủy ban MTTQ xã, cam kết Mặt trận sẽ giám sát chặt chẽ việc chi trả.
Bà Lục Thị Thoa cho biết thêm, năm 2015 xã đã vận động nhân dân hiến trên 2.300 m2 đất, đóng góp 1.450 ngày công làm 3 tuyến đường bê tông; 41 hộ nghèo được hỗ trợ giống ngô, lợn nái với tổng giá trị khoảng 280 triệu đồng.
Kết thúc hội nghị, 19 ý kiến đã được giải đáp trực tiếp, 4 ý kiến được ghi nhận để báo cáo cấp trên. Đồng chí Nông Văn Hiền yêu cầu các đoàn thể phát huy tinh thần "4 tốt" trong vận động, bảo đảm cuộc bầu cử năm 2016 thành công.
Thanh Huyền - Trung tâm Văn hóa huyện
Tin liên quan
- Hà Quảng sơ kết công tác dân vận năm 2015 (15/12/2015)
- Xã Trường Hà ra mắt mô hình "Xóm dân vận khéo" (30/11/2015)
- Hội nghị người có uy tín huyện Hà Quảng (20/11/2015)
- Trường Hà: nhân dân hiến đất làm đường vào xóm Cốc Lùng (05/11/2015)
""", "2015-12-18", "Xã Trường Hà: Bí thư Đảng ủy đối thoại với nhân dân",
E("doi_thoai", "2015", "2015-12-17"),
[P("Nông Văn Hiền", "Bí thư Đảng ủy xã"),
 P("Lục Thị Thoa", "Phó Bí thư Thường trực Đảng ủy xã"),
 P("Hoàng Văn Mấy", "Trưởng xóm Nà Mạ"), P("Bế Thị Hoan"),
 P("Đàm Văn Chẳng", "người có uy tín xóm Cốc Lùng"),
 P("Triệu Văn Pằn", "Phó Chủ tịch UBND xã"),
 P("Lương Văn Khoa", "Chủ tịch Ủy ban MTTQ xã")],
[Q("gần 160 người dân", 160, "người dân", "approx"), Q("12 xóm", 12, "xóm"), Q("hơn 4.100 cử tri", 4100, "cử tri", "over"),
 Q("38 hộ", 38, "hộ"), Q("6,5 tỷ đồng", 6500000000, "đồng"), Q("85%", 85, "%"), Q("23 ý kiến", 23, "ý kiến"),
 Q("6 hộ", 6, "hộ"), Q("25 đại biểu", 25, "đại biểu"), Q("30 triệu đồng", 30000000, "đồng"),
 Q("19 ý kiến", 19, "ý kiến"), Q("4 ý kiến", 4, "ý kiến"),
 Q("trên 2.300 m2", 2300, "m2", "over"), Q("1.450 ngày công", 1450, "ngày công"), Q("3 tuyến đường bê tông", 3, "tuyến đường bê tông"),
 Q("41 hộ nghèo", 41, "hộ nghèo"), Q("khoảng 280 triệu đồng", 280000000, "đồng", "approx")],
[D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 218-QĐ/TW ngày 12/12/2013"),
 D("Chỉ thị", "31", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 31, 32-CT/HU"),
 D("Chỉ thị", "32", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 31, 32-CT/HU"),
 D("Kế hoạch", "94", "KH/ĐU", None, "Đảng ủy xã", "kế hoạch số 94-KH/ĐU")],
[prov("Cao Bằng"), com("Trường Hà")],
["TRANG THÔNG TIN ĐIỆN TỬ HUYỆN HÀ QUẢNG - CAO BẰNG", "Trang chủ / Tin tức - Sự kiện / Tin cơ sở",
 "Đồng chí Nông Văn Hiền trả lời ý kiến của người dân.", "4 tốt"],
["Thứ Sáu, 18/12/2015 - 15:40", "năm 2015", "khóa XIV", "nhiệm kỳ 2016 - 2021", "4 tốt", "năm 2016"]))
