from lib import *
PAGES = []

PAGES.append(page("b5015-tuyenquang-ctd-tongket-2025", """
BÁO TUYÊN QUANG ĐIỆN TỬ
You are here: Trang chủ > Chính trị > Mặt trận - Đoàn thể
Thứ Sáu, 09/01/2026
Toàn cảnh hội nghị. Ảnh: Thanh Phúc
Hội Chữ thập đỏ tỉnh triển khai nhiệm vụ năm 2026
Ngày 8/1/2026, Hội Chữ thập đỏ tỉnh Tuyên Quang tổ chức hội nghị tổng kết công tác Hội và phong trào Chữ thập đỏ năm 2025 - năm đầu tiên hoạt động sau khi hợp nhất tỉnh Tuyên Quang và tỉnh Hà Giang. Đồng chí Vương Thị Thu, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh dự và chỉ đạo hội nghị.
Năm 2025, Hội Chữ thập đỏ tỉnh được sắp xếp trực thuộc Ủy ban MTTQ Việt Nam tỉnh theo Kết luận số 137-KL/TW của Bộ Chính trị và Quyết định số 1548/QĐ-UBND ngày 25/8/2025 của UBND tỉnh. Toàn tỉnh có 124 cơ sở Hội cấp xã với 68.900 hội viên, 5.120 tình nguyện viên. Các cấp Hội vận động được trên 42 tỷ đồng, trợ giúp 96.500 lượt người; hỗ trợ xây mới, sửa chữa 214 căn nhà cho hộ nghèo, trong đó 160 căn tham gia chương trình "Xóa nhà tạm, nhà dột nát". Phong trào hiến máu tiếp nhận 21.340 đơn vị máu, vượt 6,7% kế hoạch.
Sau bão số 3 (Yagi năm 2024) và đợt lũ quét tháng 9/2025 tại các xã vùng cao, Hội đã trao 4.600 suất quà, 1.200 bộ đồ dùng sinh hoạt và hỗ trợ tiền mặt 5 triệu đồng cho mỗi hộ có nhà bị sập, tổng trị giá gần 8,3 tỷ đồng.
Tại hội nghị, các đồng chí Phó Chủ tịch Hội Chữ thập đỏ tỉnh: Ma Thị Nguyệt, Lù Thị Dung, Vàng Seo Sính báo cáo chuyên đề. Bà Sùng Thị Mỷ, Chủ tịch Hội Chữ thập đỏ xã Lũng Cú, chia sẻ việc vận động 42 hộ đồng bào Mông hiến đất làm điểm trường. Ông Nguyễn Văn Hải, Chủ tịch Hội Chữ thập đỏ phường Hà Giang 1, cho biết phường duy trì "Bếp ăn nhân đạo" với khoảng 80 suất mỗi ngày. Ông Hoàng Văn Khánh, Phó Bí thư Thường trực Đảng ủy, Chủ tịch Ủy ban MTTQ xã Đồng Văn, đề nghị giao chỉ tiêu hiến máu phù hợp với các xã biên giới.
Phát biểu chỉ đạo, đồng chí Vương Thị Thu đề nghị năm 2026 Hội tiếp tục thực hiện Chỉ thị số 43-CT/TW của Ban Bí thư và Kế hoạch số 12-KH/TU, 13-KH/TU của Ban Thường vụ Tỉnh ủy về công tác Mặt trận, đoàn thể sau sắp xếp; phấn đấu vận động không dưới 45 tỷ đồng, tiếp nhận ít nhất 22.000 đơn vị máu, kết nạp 3.000 hội viên mới.
Đồng chí Trần Ngọc Lâm, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Chữ thập đỏ tỉnh tiếp thu ý kiến chỉ đạo. Dịp này, Trung ương Hội Chữ thập đỏ Việt Nam tặng bằng khen cho 7 tập thể, 9 cá nhân; Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen cho 30 tập thể, 45 cá nhân xuất sắc.
Thanh Phúc
Tin liên quan
- Hội Chữ thập đỏ tỉnh trao 1.000 áo ấm cho học sinh vùng cao (28/12/2025)
- Đồng Văn: ngày hội hiến máu "Giọt hồng cao nguyên đá" (15/12/2025)
- Tuyên Quang: 300 suất quà cho người khuyết tật (03/12/2025)
""", "2026-01-09", "Hội Chữ thập đỏ tỉnh triển khai nhiệm vụ năm 2026",
E("tong_ket", "2025", "2026-01-08"),
[P("Vương Thị Thu", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ma Thị Nguyệt", "Phó Chủ tịch Hội Chữ thập đỏ tỉnh"),
 P("Lù Thị Dung", "Phó Chủ tịch Hội Chữ thập đỏ tỉnh"),
 P("Vàng Seo Sính", "Phó Chủ tịch Hội Chữ thập đỏ tỉnh"),
 P("Sùng Thị Mỷ", "Chủ tịch Hội Chữ thập đỏ xã Lũng Cú"),
 P("Nguyễn Văn Hải", "Chủ tịch Hội Chữ thập đỏ phường Hà Giang 1"),
 P("Hoàng Văn Khánh", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch Ủy ban MTTQ xã Đồng Văn"),
 P("Trần Ngọc Lâm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Chữ thập đỏ tỉnh")],
[Q("124 cơ sở Hội cấp xã", 124, "cơ sở Hội cấp xã"), Q("68.900 hội viên", 68900, "hội viên"),
 Q("5.120 tình nguyện viên", 5120, "tình nguyện viên"), Q("trên 42 tỷ đồng", 42000000000, "đồng", "over"),
 Q("96.500 lượt người", 96500, "lượt người"), Q("214 căn nhà", 214, "căn nhà"), Q("160 căn", 160, "căn"),
 Q("21.340 đơn vị máu", 21340, "đơn vị máu"), Q("6,7%", 6.7, "%"), Q("4.600 suất quà", 4600, "suất quà"),
 Q("1.200 bộ đồ dùng sinh hoạt", 1200, "bộ đồ dùng sinh hoạt"), Q("5 triệu đồng", 5000000, "đồng"),
 Q("gần 8,3 tỷ đồng", 8300000000, "đồng", "approx"), Q("42 hộ đồng bào Mông", 42, "hộ đồng bào Mông"),
 Q("khoảng 80 suất", 80, "suất", "approx"), Q("không dưới 45 tỷ đồng", 45000000000, "đồng", "over"),
 Q("ít nhất 22.000 đơn vị máu", 22000, "đơn vị máu", "over"), Q("3.000 hội viên mới", 3000, "hội viên mới"),
 Q("7 tập thể", 7, "tập thể"), Q("9 cá nhân", 9, "cá nhân"), Q("30 tập thể", 30, "tập thể"), Q("45 cá nhân xuất sắc", 45, "cá nhân xuất sắc")],
[D("Kết luận", "137", "KL/TW", None, "Bộ Chính trị", "Kết luận số 137-KL/TW"),
 D("Quyết định", "1548", "QĐ-UBND", "2025-08-25", "UBND tỉnh", "Quyết định số 1548/QĐ-UBND ngày 25/8/2025"),
 D("Chỉ thị", "43", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 43-CT/TW"),
 D("Kế hoạch", "12", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 12-KH/TU"),
 D("Kế hoạch", "13", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "13-KH/TU")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Lũng Cú"), com("Hà Giang 1"), com("Đồng Văn")],
["BÁO TUYÊN QUANG ĐIỆN TỬ", "You are here: Trang chủ > Chính trị > Mặt trận - Đoàn thể", "Toàn cảnh hội nghị. Ảnh: Thanh Phúc",
 "Xóa nhà tạm, nhà dột nát", "Bếp ăn nhân đạo", "Yagi"],
["Thứ Sáu, 09/01/2026", "năm 2025", "năm 2026", "bão số 3", "năm 2024", "tháng 9/2025"]))

PAGES.append(page("b5016-vinhlong-hienmau-baocao-2025", """
BÁO VĨNH LONG ONLINE
Trang chủ / Xã hội / Sức khỏe
2025-10-06 09:12
Ảnh: Người dân hiến máu tại phường Long Châu.
9 tháng, tỉnh Vĩnh Long tiếp nhận 30.860 đơn vị máu
(VLO) Ngày 3/10/2025, Ban chỉ đạo vận động hiến máu tình nguyện tỉnh Vĩnh Long có Báo cáo số 215/BC-BCĐ về kết quả công tác vận động hiến máu tình nguyện 9 tháng năm 2025, sau khi hợp nhất ba tỉnh Vĩnh Long, Bến Tre và Trà Vinh.
Theo báo cáo, từ đầu năm đến ngày 30/9/2025, toàn tỉnh tổ chức 214 đợt hiến máu, tiếp nhận 30.860 đơn vị máu, đạt 77,2% kế hoạch năm. Trong đó khu vực Vĩnh Long cũ tiếp nhận 11.420 đơn vị, khu vực Bến Tre cũ 10.150 đơn vị và khu vực Trà Vinh cũ 9.290 đơn vị. Số người hiến máu nhắc lại chiếm khoảng 48%; có 326 người hiến máu từ 20 lần trở lên.
Ban chỉ đạo được kiện toàn theo Quyết định số 482/QĐ-UBND ngày 15/7/2025 của UBND tỉnh, do đồng chí Thạch Thị Sa Vi, Phó Chủ tịch UBND tỉnh làm Trưởng ban; đồng chí Nguyễn Thị Mỹ Lệ, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Chữ thập đỏ tỉnh làm Phó Trưởng ban Thường trực. Các hoạt động bám sát Kế hoạch số 38/KH-UBND về vận động hiến máu năm 2025 và Thông tư số 17/2020/TT-BYT của Bộ Y tế.
Báo cáo nêu nhiều mô hình hay: phường An Hội duy trì "Ngày hội Chủ nhật đỏ" hằng quý với bình quân 250 đơn vị mỗi đợt; xã Long Hiệp có 61 chùa Phật giáo Nam tông Khmer tham gia vận động sư sãi, phật tử hiến máu; phường Long Châu thành lập 3 câu lạc bộ hiến máu dự bị với 180 thành viên. Đại đức Thạch Sô Phanh, trụ trì chùa Âng Serây, là người hiến máu 18 lần.
Tuy nhiên, báo cáo cũng chỉ ra sau sắp xếp bộ máy, một số xã chưa kiện toàn Ban chỉ đạo; lượng máu tiếp nhận tháng 7 và tháng 8 giảm khoảng 15% so với cùng kỳ. Kinh phí hỗ trợ người hiến máu 9 tháng là 9,26 tỷ đồng, mỗi người hiến được hỗ trợ từ 100.000 đồng đến 180.000 đồng tùy lượng máu.
Quý IV, Ban chỉ đạo đề ra mục tiêu tiếp nhận không dưới 9.200 đơn vị máu để đạt tổng 40.000 đơn vị cả năm; tổ chức Lễ tôn vinh 100 người hiến máu tiêu biểu; chỉ đạo 100% xã, phường kiện toàn Ban chỉ đạo trước ngày 31/10/2025. Ông Lê Văn Đạt, Giám đốc Sở Y tế, Ủy viên Ban chỉ đạo, cho biết Bệnh viện Đa khoa tỉnh đang dự trữ khoảng 1.500 đơn vị máu, đủ dùng trong 10 ngày.
Ông Kim Sóc Kha, Chủ tịch Hội Chữ thập đỏ xã Long Hiệp, cho biết trong tháng 9 xã đã vận động 312 người đăng ký hiến máu.
Minh Thái
Tin cùng chuyên mục
- Vĩnh Long: 500 suất quà cho bệnh nhân chạy thận (28/09/2025)
- Khánh thành điểm hiến máu cố định tại phường Trà Vinh (15/09/2025)
- Hội Chữ thập đỏ tỉnh trao 30 căn nhà nhân đạo (01/09/2025)
""", "2025-10-06", "9 tháng, tỉnh Vĩnh Long tiếp nhận 30.860 đơn vị máu",
E("bao_cao", None, "2025-10-03"),
[P("Thạch Thị Sa Vi", "Phó Chủ tịch UBND tỉnh", "Trưởng ban"),
 P("Nguyễn Thị Mỹ Lệ", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Chữ thập đỏ tỉnh", "Phó Trưởng ban Thường trực"),
 P("Thạch Sô Phanh", "Đại đức", "trụ trì chùa Âng Serây"),
 P("Lê Văn Đạt", "Giám đốc Sở Y tế", "Ủy viên Ban chỉ đạo"),
 P("Kim Sóc Kha", "Chủ tịch Hội Chữ thập đỏ xã Long Hiệp")],
[Q("214 đợt hiến máu", 214, "đợt hiến máu"),
 Q("30.860 đơn vị máu", 30860, "đơn vị máu"), Q("77,2%", 77.2, "%"), Q("11.420 đơn vị", 11420, "đơn vị"),
 Q("10.150 đơn vị", 10150, "đơn vị"), Q("9.290 đơn vị", 9290, "đơn vị"), Q("khoảng 48%", 48, "%", "approx"),
 Q("326 người", 326, "người"), Q("250 đơn vị", 250, "đơn vị"), Q("61 chùa Phật giáo Nam tông Khmer", 61, "chùa Phật giáo Nam tông Khmer"),
 Q("3 câu lạc bộ hiến máu dự bị", 3, "câu lạc bộ hiến máu dự bị"), Q("180 thành viên", 180, "thành viên"),
 Q("khoảng 15%", 15, "%", "approx"), Q("9,26 tỷ đồng", 9260000000, "đồng"), Q("100.000 đồng", 100000, "đồng"),
 Q("180.000 đồng", 180000, "đồng"), Q("không dưới 9.200 đơn vị máu", 9200, "đơn vị máu", "over"), Q("40.000 đơn vị", 40000, "đơn vị"),
 Q("100 người hiến máu tiêu biểu", 100, "người hiến máu tiêu biểu"), Q("100%", 100, "%"),
 Q("khoảng 1.500 đơn vị máu", 1500, "đơn vị máu", "approx"), Q("312 người", 312, "người")],
[D("Báo cáo", "215", "BC-BCĐ", None, "Ban chỉ đạo vận động hiến máu tình nguyện tỉnh Vĩnh Long", "Báo cáo số 215/BC-BCĐ"),
 D("Quyết định", "482", "QĐ-UBND", "2025-07-15", "UBND tỉnh", "Quyết định số 482/QĐ-UBND ngày 15/7/2025"),
 D("Kế hoạch", "38", "KH-UBND", None, None, "Kế hoạch số 38/KH-UBND"),
 D("Thông tư", "17", "2020/TT-BYT", None, "Bộ Y tế", "Thông tư số 17/2020/TT-BYT")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Long Châu"), com("An Hội"), com("Long Hiệp")],
["BÁO VĨNH LONG ONLINE", "Trang chủ / Xã hội / Sức khỏe", "Ảnh: Người dân hiến máu tại phường Long Châu.", "(VLO)",
 "Ngày hội Chủ nhật đỏ", "chùa Âng Serây", "Lễ tôn vinh"],
["2025-10-06 09:12", "9 tháng năm 2025", "ngày 30/9/2025", "từ 20 lần trở lên", "18 lần", "tháng 7", "tháng 8", "Quý IV",
 "ngày 31/10/2025", "10 ngày"]))

PAGES.append(page("b5017-lamdong-ctd-traoqua-tet-2026", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH LÂM ĐỒNG
Xã hội | Nhân ái
03/02/2026 | 15:45
Trao 500 phần quà Tết Bính Ngọ cho đồng bào Mnông khó khăn
Ngày 2/2/2026, Hội Chữ thập đỏ tỉnh Lâm Đồng phối hợp với Ủy ban MTTQ xã Quảng Sơn và xã Đắk Song tổ chức chương trình "Tết Nhân ái - Xuân Bính Ngọ 2026", trao 500 phần quà Tết cho hộ nghèo, hộ cận nghèo, hộ đồng bào Mnông có hoàn cảnh khó khăn ở khu vực tỉnh Đắk Nông cũ.
Các đại biểu trao quà Tết cho bà con bon Sa Ú. Ảnh: Hồng Thắm
Mỗi phần quà trị giá 800.000 đồng, gồm tiền mặt 500.000 đồng và các nhu yếu phẩm; tổng trị giá 400 triệu đồng do Ngân hàng TMCP Công thương chi nhánh Đắk Nông và các nhà hảo tâm tài trợ. Chương trình còn trao 20 suất học bổng cho học sinh Mnông nghèo học giỏi, mỗi suất 2 triệu đồng, và tặng 30 xe đạp cho học sinh ở bon xa.
Tham dự có các đồng chí: Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Điểu K'Rông, Nguyễn Thị Ánh Tuyết; đồng chí K'Bình, Phó Chủ tịch Thường trực Hội Chữ thập đỏ tỉnh; đồng chí Y Thịnh Niê, Bí thư Đảng ủy xã Quảng Sơn; đồng chí Thị Hòa, Chủ tịch Ủy ban MTTQ xã Đắk Song.
Chương trình được thực hiện theo Kế hoạch số 05/KH-HCTĐ ngày 6/1/2026 của Ban Thường vụ Hội Chữ thập đỏ tỉnh và Công văn số 1120-CV/MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về tổ chức Tết cho người nghèo, đối tượng chính sách; thực hiện Chỉ thị số 51-CT/TW của Ban Bí thư về tổ chức Tết Bính Ngọ năm 2026.
Theo đồng chí K'Bình, sau khi hợp nhất ba tỉnh Lâm Đồng, Đắk Nông và Bình Thuận, tỉnh Lâm Đồng có 124 xã, phường, đặc khu, trong đó 41 xã đặc biệt khó khăn. Dịp Tết Bính Ngọ, Hội Chữ thập đỏ các cấp dự kiến trao khoảng 32.000 phần quà với tổng trị giá trên 19 tỷ đồng, bảo đảm không hộ nào không có Tết.
Già làng Điểu Mơr, người có uy tín bon Sa Ú, xã Quảng Sơn, cho biết bon có 146 hộ thì 38 hộ nghèo, 21 hộ cận nghèo. Bà Thị Bé, một hộ nghèo ở bon Sa Ú, nói: "Có quà của Hội, gia đình tôi có thêm gạo, bánh để đón Tết". Ông Đinh Văn Tuấn, Phó Chủ tịch UBND xã Đắk Song, cho biết năm 2025 xã đã hoàn thành 64 căn nhà trong chương trình xóa nhà tạm, nhà dột nát.
Cùng ngày, đoàn đến thăm, tặng quà 15 gia đình có nạn nhân chất độc da cam và 10 người cao tuổi neo đơn, mỗi suất 1 triệu đồng. Hội cũng phối hợp với Trung tâm Y tế khu vực khám bệnh, cấp thuốc miễn phí cho khoảng 350 người dân trong bon. Ban tổ chức cũng dành quà cho các tình nguyện viên Chữ thập đỏ của bon.
Hồng Thắm
Tin liên quan
- Hội Chữ thập đỏ tỉnh vận động 12 tỷ đồng chăm lo Tết (30/01/2026)
- Phan Thiết: trao 200 phần quà cho ngư dân nghèo (28/01/2026)
- Đà Lạt: Ngày hội hiến máu "Xuân yêu thương" (20/01/2026)
""", "2026-02-03", "Trao 500 phần quà Tết Bính Ngọ cho đồng bào Mnông khó khăn",
E("trao_qua", None, "2026-02-02"),
[P("Điểu K'Rông", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thị Ánh Tuyết", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("K'Bình", "Phó Chủ tịch Thường trực Hội Chữ thập đỏ tỉnh"),
 P("Y Thịnh Niê", "Bí thư Đảng ủy xã Quảng Sơn"),
 P("Thị Hòa", "Chủ tịch Ủy ban MTTQ xã Đắk Song"),
 P("Điểu Mơr", "Già làng", "người có uy tín bon Sa Ú"),
 P("Thị Bé"),
 P("Đinh Văn Tuấn", "Phó Chủ tịch UBND xã Đắk Song")],
[Q("500 phần quà", 500, "phần quà"), Q("800.000 đồng", 800000, "đồng"), Q("500.000 đồng", 500000, "đồng"),
 Q("400 triệu đồng", 400000000, "đồng"), Q("20 suất học bổng", 20, "suất học bổng"), Q("2 triệu đồng", 2000000, "đồng"),
 Q("30 xe đạp", 30, "xe đạp"), Q("124 xã, phường, đặc khu", 124, "xã, phường, đặc khu"),
 Q("41 xã đặc biệt khó khăn", 41, "xã đặc biệt khó khăn"), Q("khoảng 32.000 phần quà", 32000, "phần quà", "approx"),
 Q("trên 19 tỷ đồng", 19000000000, "đồng", "over"), Q("146 hộ", 146, "hộ"), Q("38 hộ nghèo", 38, "hộ nghèo"),
 Q("21 hộ cận nghèo", 21, "hộ cận nghèo"), Q("64 căn nhà", 64, "căn nhà"), Q("15 gia đình", 15, "gia đình"),
 Q("10 người cao tuổi neo đơn", 10, "người cao tuổi neo đơn"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("khoảng 350 người dân", 350, "người dân", "approx")],
[D("Kế hoạch", "05", "KH-HCTĐ", "2026-01-06", "Ban Thường vụ Hội Chữ thập đỏ tỉnh", "Kế hoạch số 05/KH-HCTĐ ngày 6/1/2026"),
 D("Công văn", "1120", "CV/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Công văn số 1120-CV/MTTQ-BTT"),
 D("Chỉ thị", "51", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 51-CT/TW")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Quảng Sơn"), com("Đắk Song")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH LÂM ĐỒNG", "Xã hội | Nhân ái", "Các đại biểu trao quà Tết cho bà con bon Sa Ú. Ảnh: Hồng Thắm",
 "Tết Nhân ái - Xuân Bính Ngọ 2026", "Ngân hàng TMCP Công thương chi nhánh Đắk Nông", "Trung tâm Y tế khu vực"],
["03/02/2026 | 15:45", "Tết Bính Ngọ", "Tết Bính Ngọ năm 2026", "năm 2025"]))

PAGES.append(page("b5018-dongnai-ctd-giaoban-2025", """
Báo Đồng Nai điện tử
Trang chủ » Xã hội » Mặt trận - Đoàn thể
Cập nhật lúc 16:40 ngày 08/10/2025
Hội Chữ thập đỏ tỉnh Đồng Nai: vận động 21,6 tỷ đồng trong 9 tháng
Ngày 7/10, Hội Chữ thập đỏ tỉnh Đồng Nai tổ chức giao ban công tác Hội quý III/2025 với Hội Chữ thập đỏ 95 xã, phường - quý đầu tiên các cơ sở Hội hoạt động theo mô hình chính quyền địa phương hai cấp, sau khi hợp nhất tỉnh Đồng Nai và tỉnh Bình Phước. Đồng chí Phạm Thị Kim Loan, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Chữ thập đỏ tỉnh chủ trì.
Đồng chí Phạm Thị Kim Loan phát biểu tại buổi giao ban. Ảnh: Ngọc Liên
Theo báo cáo, trong quý III các cấp Hội đã vận động được 6,8 tỷ đồng, nâng tổng số 9 tháng lên 21,6 tỷ đồng, đạt 72% kế hoạch; trợ giúp 28.400 lượt người; tổ chức 46 đợt hiến máu, tiếp nhận 15.210 đơn vị máu. Hội đã bàn giao 37 căn nhà nhân đạo cho hộ nghèo, trong đó 19 căn cho hộ đồng bào S'tiêng, Mnông ở các xã biên giới phía Bắc tỉnh.
Công tác Hội được triển khai theo Kế hoạch số 27/KH-HCTĐ ngày 10/7/2025 của Ban Thường vụ Hội Chữ thập đỏ tỉnh về sắp xếp tổ chức Hội cơ sở, Quyết định số 302-QĐ/TW của Ban Bí thư về chức năng, nhiệm vụ của Mặt trận và các đoàn thể sau sắp xếp, và Công văn số 86/CV-HCTĐ về chủ động ứng phó mưa bão.
Tại giao ban, bà Điểu Thị Hạnh, Chủ tịch Hội Chữ thập đỏ xã Bù Gia Mập, cho biết xã có 312 hộ S'tiêng nghèo, Hội đang vận động xây 8 căn nhà "Mái ấm Chữ thập đỏ". Ông Lê Hoàng Phúc, Chủ tịch Hội Chữ thập đỏ phường Trấn Biên, báo cáo phường duy trì 4 điểm "Cơm nhân ái 2.000 đồng" phục vụ khoảng 600 suất mỗi ngày. Bà Thị Ngọc Hân, Phó Chủ tịch Ủy ban MTTQ phường Đồng Xoài, đề nghị sớm hướng dẫn chế độ cho cán bộ Hội kiêm nhiệm sau sắp xếp.
Các đồng chí Phó Chủ tịch Hội Chữ thập đỏ tỉnh: Trần Văn Hòa, Lâm Thị Thu Sương báo cáo kết quả kiện toàn nhân sự: đến nay 94/95 xã, phường đã có Chủ tịch Hội, trong đó 61 đồng chí kiêm nhiệm từ cán bộ Ủy ban MTTQ cấp xã.
Kết luận giao ban, đồng chí Phạm Thị Kim Loan yêu cầu quý IV hoàn thành vận động ít nhất 8,4 tỷ đồng để đạt chỉ tiêu 30 tỷ đồng cả năm; chuẩn bị hàng cứu trợ cho khoảng 5.000 hộ ở vùng trũng ven sông Đồng Nai; tổ chức "Tháng Nhân đạo" bù và Tết Nhân ái sớm. Đồng chí cũng giao Ban Công tác xã hội rà soát 1.040 nạn nhân chất độc da cam để hỗ trợ dịp cuối năm, mỗi người 1,5 triệu đồng. Phường Đồng Xoài được giao hoàn thiện bộ máy Hội trước ngày 31/10/2025.
Ngọc Liên
Tin khác
- Đồng Nai: 2.000 phần quà Trung thu cho trẻ em khó khăn (03/10/2025)
- Hội Chữ thập đỏ xã Lộc Ninh ra mắt tổ sơ cấp cứu (25/09/2025)
- Tập huấn nghiệp vụ cho 200 cán bộ Hội cấp xã (12/09/2025)
""", "2025-10-08", "Hội Chữ thập đỏ tỉnh Đồng Nai: vận động 21,6 tỷ đồng trong 9 tháng",
E("giao_ban", "2025-Q3", "2025-10-07"),
[P("Phạm Thị Kim Loan", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Chữ thập đỏ tỉnh"),
 P("Điểu Thị Hạnh", "Chủ tịch Hội Chữ thập đỏ xã Bù Gia Mập"),
 P("Lê Hoàng Phúc", "Chủ tịch Hội Chữ thập đỏ phường Trấn Biên"),
 P("Thị Ngọc Hân", "Phó Chủ tịch Ủy ban MTTQ phường Đồng Xoài"),
 P("Trần Văn Hòa", "Phó Chủ tịch Hội Chữ thập đỏ tỉnh"),
 P("Lâm Thị Thu Sương", "Phó Chủ tịch Hội Chữ thập đỏ tỉnh")],
[Q("21,6 tỷ đồng", 21600000000, "đồng"), Q("95 xã, phường", 95, "xã, phường"), Q("6,8 tỷ đồng", 6800000000, "đồng"),
 Q("72%", 72, "%"), Q("28.400 lượt người", 28400, "lượt người"), Q("46 đợt hiến máu", 46, "đợt hiến máu"),
 Q("15.210 đơn vị máu", 15210, "đơn vị máu"), Q("37 căn nhà nhân đạo", 37, "căn nhà nhân đạo"), Q("19 căn", 19, "căn"),
 Q("312 hộ S'tiêng nghèo", 312, "hộ S'tiêng nghèo"), Q("8 căn nhà", 8, "căn nhà"), Q("4 điểm", 4, "điểm"),
 Q("khoảng 600 suất", 600, "suất", "approx"), Q("94/95 xã, phường", 94, "xã, phường"), Q("61 đồng chí", 61, "đồng chí"),
 Q("ít nhất 8,4 tỷ đồng", 8400000000, "đồng", "over"), Q("30 tỷ đồng", 30000000000, "đồng"),
 Q("khoảng 5.000 hộ", 5000, "hộ", "approx"), Q("1.040 nạn nhân chất độc da cam", 1040, "nạn nhân chất độc da cam"),
 Q("1,5 triệu đồng", 1500000, "đồng")],
[D("Kế hoạch", "27", "KH-HCTĐ", "2025-07-10", "Ban Thường vụ Hội Chữ thập đỏ tỉnh", "Kế hoạch số 27/KH-HCTĐ ngày 10/7/2025"),
 D("Quyết định", "302", "QĐ/TW", None, "Ban Bí thư", "Quyết định số 302-QĐ/TW"),
 D("Công văn", "86", "CV-HCTĐ", None, None, "Công văn số 86/CV-HCTĐ")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bù Gia Mập"), com("Trấn Biên"), com("Đồng Xoài")],
["Báo Đồng Nai điện tử", "Trang chủ » Xã hội » Mặt trận - Đoàn thể", "Đồng chí Phạm Thị Kim Loan phát biểu tại buổi giao ban. Ảnh: Ngọc Liên",
 "Mái ấm Chữ thập đỏ", "Cơm nhân ái 2.000 đồng", "Tháng Nhân đạo", "Tết Nhân ái"],
["Cập nhật lúc 16:40 ngày 08/10/2025", "quý III/2025", "9 tháng", "quý IV", "ngày 31/10/2025", "2.000 đồng", "61 đồng chí"]))

PAGES.append(page("b5019-quangngai-hienmau-chandung-2026", """
Báo Quảng Ngãi điện tử - Cơ quan của Đảng bộ tỉnh Quảng Ngãi
Xã hội - Người tốt việc tốt
Thứ Ba, 14/04/2026 - 07:30
Chị Y Lan (bìa phải) trò chuyện cùng người hiến máu tại phường Kon Tum. Ảnh: NVCC
Người phụ nữ Xơ Đăng 52 lần hiến máu cứu người
(Báo Quảng Ngãi) - Hơn 20 năm qua, chị Y Lan, tình nguyện viên Chữ thập đỏ phường Kon Tum, đã 52 lần hiến máu tình nguyện và vận động hàng trăm người đồng bào Xơ Đăng, Ba Na cùng tham gia. Chị là một trong 100 người hiến máu tiêu biểu toàn quốc được Trung ương Hội Chữ thập đỏ Việt Nam tôn vinh năm 2025.
Lần đầu hiến máu năm 2004 khi còn là sinh viên, chị Y Lan chỉ nghĩ đơn giản "máu mình cho đi sẽ cứu được người khác". Từ đó, cứ khoảng 3 tháng chị lại đến điểm hiến máu. Năm 2016, chị cùng 11 người bạn lập Câu lạc bộ "Ngân hàng máu sống" của phường, nay đã có 146 thành viên, trong đó 58 người là đồng bào dân tộc thiểu số. Câu lạc bộ đã hiến máu khẩn cấp cho hơn 300 ca bệnh tại Bệnh viện Đa khoa khu vực.
Theo ông A Dũng, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Chữ thập đỏ tỉnh, sau khi hợp nhất tỉnh Quảng Ngãi và tỉnh Kon Tum, phong trào hiến máu khu vực Tây Nguyên của tỉnh có bước phát triển, năm 2025 tiếp nhận 9.860 đơn vị máu, riêng các câu lạc bộ như của chị Y Lan đóng góp khoảng 18%. Hội đang triển khai Kế hoạch số 14/KH-HCTĐ ngày 20/2/2026 về nhân rộng mô hình câu lạc bộ hiến máu dự bị ở 96 xã, phường, đặc khu.
Bà Lê Thị Thanh Hà, Phó Chủ tịch Thường trực Hội Chữ thập đỏ tỉnh, cho biết năm 2026 tỉnh phấn đấu có ít nhất 30 câu lạc bộ hiến máu dự bị, mỗi câu lạc bộ không dưới 50 thành viên, thực hiện Quyết định số 1127/QĐ-UBND của UBND tỉnh về vận động hiến máu giai đoạn 2026 - 2030 và Thông tư số 17/2020/TT-BYT của Bộ Y tế.
Không chỉ hiến máu, chị Y Lan còn cùng chồng là anh A Thoan, Bí thư Chi đoàn thôn Kon Rơ Bàng, xã Măng Đen, vận động bà con bỏ tập tục kiêng cữ khi ốm đau, đưa người bệnh đến trạm y tế. Mỗi năm, gia đình chị dành khoảng 10 triệu đồng để hỗ trợ người bệnh nghèo nằm viện. Già làng A Pếch, người có uy tín thôn Kon Rơ Bàng, nói: "Trước đây bà con sợ mất máu là mất sức, giờ nhiều thanh niên trong làng theo Y Lan đi hiến máu".
Chị Y Lan chia sẻ mong muốn đến năm 2030 mỗi thôn của đồng bào Xơ Đăng ở xã Măng Đen đều có ít nhất 5 người hiến máu thường xuyên. Năm 2025, chị được Chủ tịch UBND tỉnh tặng bằng khen và được Hội Chữ thập đỏ tỉnh chọn là gương điển hình trong phong trào "Mỗi tổ chức, mỗi cá nhân gắn với một địa chỉ nhân đạo".
Ngọc Diễm
Tin liên quan
- Quảng Ngãi: 1.200 người tham gia Lễ hội Xuân hồng (20/02/2026)
- Hội Chữ thập đỏ tỉnh tổng kết công tác năm 2025 (10/01/2026)
- Phường Cẩm Thành ra mắt câu lạc bộ hiến máu dự bị (15/12/2025)
""", "2026-04-14", "Người phụ nữ Xơ Đăng 52 lần hiến máu cứu người",
E("khac", None, None),
[P("Y Lan", "tình nguyện viên Chữ thập đỏ phường Kon Tum"),
 P("A Dũng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Chữ thập đỏ tỉnh"),
 P("Lê Thị Thanh Hà", "Phó Chủ tịch Thường trực Hội Chữ thập đỏ tỉnh"),
 P("A Thoan", "Bí thư Chi đoàn thôn Kon Rơ Bàng"),
 P("A Pếch", "Già làng", "người có uy tín thôn Kon Rơ Bàng")],
[Q("100 người hiến máu tiêu biểu", 100, "người hiến máu tiêu biểu"), Q("11 người bạn", 11, "người bạn"),
 Q("146 thành viên", 146, "thành viên"), Q("58 người", 58, "người"), Q("hơn 300 ca bệnh", 300, "ca bệnh", "over"),
 Q("9.860 đơn vị máu", 9860, "đơn vị máu"), Q("khoảng 18%", 18, "%", "approx"),
 Q("96 xã, phường, đặc khu", 96, "xã, phường, đặc khu"), Q("ít nhất 30 câu lạc bộ hiến máu dự bị", 30, "câu lạc bộ hiến máu dự bị", "over"),
 Q("không dưới 50 thành viên", 50, "thành viên", "over"), Q("khoảng 10 triệu đồng", 10000000, "đồng", "approx"),
 Q("ít nhất 5 người", 5, "người", "over")],
[D("Kế hoạch", "14", "KH-HCTĐ", "2026-02-20", None, "Kế hoạch số 14/KH-HCTĐ ngày 20/2/2026"),
 D("Quyết định", "1127", "QĐ-UBND", None, "UBND tỉnh", "Quyết định số 1127/QĐ-UBND"),
 D("Thông tư", "17", "2020/TT-BYT", None, "Bộ Y tế", "Thông tư số 17/2020/TT-BYT")],
[prov("Quảng Ngãi"), prov("Kon Tum"), com("Kon Tum"), com("Măng Đen")],
["Báo Quảng Ngãi điện tử - Cơ quan của Đảng bộ tỉnh Quảng Ngãi", "Xã hội - Người tốt việc tốt",
 "Chị Y Lan (bìa phải) trò chuyện cùng người hiến máu tại phường Kon Tum. Ảnh: NVCC", "(Báo Quảng Ngãi)", "Ngân hàng máu sống",
 "Mỗi tổ chức, mỗi cá nhân gắn với một địa chỉ nhân đạo", "máu mình cho đi sẽ cứu được người khác"],
["Thứ Ba, 14/04/2026 - 07:30", "52 lần", "Hơn 20 năm", "năm 2004", "khoảng 3 tháng", "Năm 2016", "năm 2025", "năm 2026",
 "giai đoạn 2026 - 2030", "năm 2030"]))

PAGES.append(page("b5020-badinh-ctd-soket-2026", """
Hôm nay: Thứ Năm, 09/04/2026
CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG BA ĐÌNH - THÀNH PHỐ HÀ NỘI
Trang chủ > Tin tức > Mặt trận - Đoàn thể
Ngày 07/04/2026 | 11:00
Ảnh: Quang cảnh hội nghị.
Hội Chữ thập đỏ phường Ba Đình: nhiều hoạt động nhân đạo thiết thực
Ngày 6/4/2026, Hội Chữ thập đỏ phường Ba Đình, thành phố Hà Nội tổ chức hội nghị sơ kết công tác Hội quý I năm 2026, triển khai nhiệm vụ quý II. Đồng chí Nguyễn Thị Minh Thư, Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam phường chủ trì; dự có 46 đồng chí là chi hội trưởng, tình nguyện viên của 38 tổ dân phố.
Theo báo cáo của bà Đỗ Thị Thanh Mai, Chủ tịch Hội Chữ thập đỏ phường, quý I Hội đã vận động được gần 1,9 tỷ đồng tiền và hàng; dịp Tết Bính Ngọ trao 1.350 suất quà cho hộ nghèo, hộ cận nghèo, người cao tuổi cô đơn, mỗi suất trị giá 500.000 đồng; tổ chức Lễ hội Xuân hồng cấp phường tiếp nhận 612 đơn vị máu, vượt 22% chỉ tiêu quý. Hội đã kết nạp 85 hội viên mới, nâng tổng số hội viên lên 4.260 người.
Hội triển khai Kế hoạch số 08/KH-CTĐ ngày 12/1/2026 của Ban Thường vụ Hội Chữ thập đỏ phường, Kế hoạch số 45-KH/ĐU của Đảng ủy phường về công tác Mặt trận, đoàn thể năm 2026, và Quyết định số 2215/QĐ-UBND của UBND thành phố về Đề án "Hà Nội - Thành phố nhân ái".
Tại hội nghị, các chi hội trưởng Nguyễn Văn Hùng, Trịnh Thị Lan, Phạm Quốc Toản - Chi hội trưởng Chi hội Chữ thập đỏ tổ dân phố, chia sẻ kinh nghiệm nắm danh sách hộ khó khăn và kết nối nhà hảo tâm. Ông Bùi Đức Thắng, Trưởng ban Công tác Mặt trận tổ dân phố số 12, đề nghị hỗ trợ 3 hộ có người bệnh hiểm nghèo. Bác sĩ Vũ Thị Hồng Nhung, Trưởng Trạm Y tế phường, cho biết quý II trạm sẽ phối hợp tổ chức 2 lớp sơ cấp cứu cho khoảng 160 người.
Đồng chí Nguyễn Thị Minh Thư đánh giá cao kết quả quý I, đề nghị quý II Hội vận động không dưới 1,5 tỷ đồng cho quỹ "Vì người nghèo", hoàn thành sửa chữa 5 căn nhà xuống cấp cho hộ khó khăn, mỗi căn hỗ trợ tối đa 40 triệu đồng; chuẩn bị tổ chức "Hành trình đỏ" và Tháng Nhân đạo năm 2026 với ít nhất 800 đơn vị máu.
Dịp này, Ủy ban MTTQ Việt Nam phường tặng giấy khen cho 6 tập thể và 14 cá nhân có thành tích trong công tác chăm lo Tết cho người nghèo. Hội nghị cũng thống nhất giao các chi hội rà soát, cập nhật danh sách người cao tuổi sống một mình, người khuyết tật nặng trên địa bàn để có phương án thăm hỏi, hỗ trợ thường xuyên trong quý II.
Ban biên tập
Lượt xem: 3.512
Tin liên quan
- Phường Ba Đình: trao 200 suất quà cho người khuyết tật (25/03/2026)
- Hội nghị tiếp xúc cử tri trước kỳ họp HĐND thành phố (15/03/2026)
- Lễ hội Xuân hồng cấp phường năm 2026 (22/02/2026)
""", "2026-04-07", "Hội Chữ thập đỏ phường Ba Đình: nhiều hoạt động nhân đạo thiết thực",
E("so_ket", "2026-Q1", "2026-04-06"),
[P("Nguyễn Thị Minh Thư", "Ủy viên Ban Thường vụ Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Đỗ Thị Thanh Mai", "Chủ tịch Hội Chữ thập đỏ phường"),
 P("Nguyễn Văn Hùng", "Chi hội trưởng Chi hội Chữ thập đỏ tổ dân phố"),
 P("Trịnh Thị Lan", "Chi hội trưởng Chi hội Chữ thập đỏ tổ dân phố"),
 P("Phạm Quốc Toản", "Chi hội trưởng Chi hội Chữ thập đỏ tổ dân phố"),
 P("Bùi Đức Thắng", "Trưởng ban Công tác Mặt trận tổ dân phố số 12"),
 P("Vũ Thị Hồng Nhung", "Bác sĩ", "Trưởng Trạm Y tế phường")],
[Q("46 đồng chí", 46, "đồng chí"), Q("38 tổ dân phố", 38, "tổ dân phố"), Q("gần 1,9 tỷ đồng", 1900000000, "đồng", "approx"),
 Q("1.350 suất quà", 1350, "suất quà"), Q("500.000 đồng", 500000, "đồng"), Q("612 đơn vị máu", 612, "đơn vị máu"),
 Q("22%", 22, "%"), Q("85 hội viên mới", 85, "hội viên mới"), Q("4.260 người", 4260, "người"), Q("3 hộ", 3, "hộ"),
 Q("2 lớp sơ cấp cứu", 2, "lớp sơ cấp cứu"), Q("khoảng 160 người", 160, "người", "approx"),
 Q("không dưới 1,5 tỷ đồng", 1500000000, "đồng", "over"), Q("5 căn nhà", 5, "căn nhà"),
 Q("tối đa 40 triệu đồng", 40000000, "đồng"), Q("ít nhất 800 đơn vị máu", 800, "đơn vị máu", "over"),
 Q("6 tập thể", 6, "tập thể"), Q("14 cá nhân", 14, "cá nhân")],
[D("Kế hoạch", "08", "KH-CTĐ", "2026-01-12", "Ban Thường vụ Hội Chữ thập đỏ phường", "Kế hoạch số 08/KH-CTĐ ngày 12/1/2026"),
 D("Kế hoạch", "45", "KH/ĐU", None, "Đảng ủy phường", "Kế hoạch số 45-KH/ĐU"),
 D("Quyết định", "2215", "QĐ-UBND", None, "UBND thành phố", "Quyết định số 2215/QĐ-UBND")],
[prov("Hà Nội"), com("Ba Đình")],
["Hôm nay: Thứ Năm, 09/04/2026", "CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG BA ĐÌNH - THÀNH PHỐ HÀ NỘI", "Trang chủ > Tin tức > Mặt trận - Đoàn thể",
 "Ảnh: Quang cảnh hội nghị.", "Lễ hội Xuân hồng", "Hà Nội - Thành phố nhân ái", "Vì người nghèo", "Hành trình đỏ", "Tháng Nhân đạo",
 "Lượt xem: 3.512"],
["Hôm nay: Thứ Năm, 09/04/2026", "Ngày 07/04/2026 | 11:00", "46 đồng chí", "quý I năm 2026", "quý II", "Tết Bính Ngọ", "năm 2026",
 "tổ dân phố số 12", "Lượt xem: 3.512"]))
