from lib import *
PAGES = []

PAGES.append(page("b5735-lamdong-mttq-quangson-giamsat-2025", """
Trang thông tin điện tử xã Quảng Sơn - tỉnh Lâm Đồng
Trang chủ | Mặt trận Tổ quốc | Giám sát - Phản biện
Ngày đăng 07/11/2025 | 08:20
Giám sát việc xóa nhà tạm, nhà dột nát tại xã Quảng Sơn
Ngày 5/11, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam xã Quảng Sơn do ông Điểu Bré, Chủ tịch Ủy ban MTTQ Việt Nam xã làm trưởng đoàn đã giám sát việc thực hiện hỗ trợ xóa nhà tạm, nhà dột nát cho hộ nghèo, hộ cận nghèo trên địa bàn xã năm 2025.
Đoàn giám sát kiểm tra nhà ở của hộ nghèo tại bon Ka Nur
Tham gia đoàn có bà Thị Ngọc Lan, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã; ông Y Khiêm Niê, Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam xã - Chủ tịch Hội Nông dân xã cùng đại diện Ban Thanh tra nhân dân. Cuộc giám sát thực hiện theo Quy định số 124-QĐ/TW và Kế hoạch số 36/KH-MTTQ-BTT ngày 20/10/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam xã, hưởng ứng phong trào thi đua "Cả nước chung tay xóa nhà tạm, nhà dột nát".
Xã Quảng Sơn mới được thành lập trên cơ sở xã Quảng Sơn và xã Quảng Hòa thuộc tỉnh Đắk Nông cũ. Theo báo cáo của ông Nguyễn Hữu Phước, Phó Chủ tịch UBND xã, năm 2025 xã được phân bổ hỗ trợ 146 căn nhà, gồm 112 căn xây mới và 34 căn sửa chữa, theo Quyết định số 85/QĐ-UBND của UBND xã Quảng Sơn; mức hỗ trợ 60 triệu đồng/căn xây mới, 30 triệu đồng/căn sửa chữa. Đến nay đã hoàn thành 131 căn, đạt 89,7%; còn 15 căn đang thi công.
Mặt trận và các đoàn thể đã vận động được 420 ngày công giúp các hộ vận chuyển vật liệu, dựng nhà; huy động trên 1,1 tỷ đồng từ người dân, doanh nghiệp đóng trên địa bàn. Nhiều hộ người Mnông, người Mông di cư tự do trước đây nay đã có nhà kiên cố.
Qua giam sát thực tế tại bon Ka Nur và bon Bu Sir, đoàn ghi nhận việc bình xét đối tượng công khai, đúng quy trình. Tuy vậy, vẫn còn 3 hộ chưa có đất ở ổn định nên chưa thể xây nhà; 2 căn chậm tiến độ do hộ dân thiếu vốn đối ứng; một số hộ xây nhà vượt diện tích, phát sinh nợ. Ông Điểu Khen, người có uy tín bon Ka Nur, đề nghị xã sớm có phương án cấp đất cho 3 hộ này vì "bà con ở lán tạm trên rẫy đã mấy năm rồi".
Kết thúc giám sát, đoàn đưa ra 4 kiến nghị, đề nghị UBND xã đôn đốc hoàn thành 15 căn còn lại trước ngày 30/11, phối hợp Ngân hàng CSXH cho các hộ vay thêm với mức tối đa 50 triệu đồng/hộ, đồng thời rà soát quỹ đất công để bố trí đất ở cho hộ chưa có đất. Ông Điểu Bré yêu cầu UBND xã có văn bản trả lời đoàn trong thời hạn 15 ngày.
Được biết, đây là một trong 6 cuộc giám sát chuyên đề của Mặt trận xã năm 2025, sau khi xã vận hành mô hình chính quyền địa phương 2 cấp.
Bài, ảnh: H'Lan (CTV)
Lượt xem: 388
Tin liên quan
- Lâm Đồng: hoàn thành hơn 5.000 căn nhà cho hộ nghèo (30/10/2025)
- Quảng Sơn đối thoại với người dân về đất đai (15/10/2025)
- Bàn giao 10 căn nhà đại đoàn kết tại bon Bu Sir (02/10/2025)
""", "2025-11-07", "Giám sát việc xóa nhà tạm, nhà dột nát tại xã Quảng Sơn",
E("giam_sat", "2025", "2025-11-05"),
[P("Điểu Bré", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Thị Ngọc Lan", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Y Khiêm Niê", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam xã - Chủ tịch Hội Nông dân xã"),
 P("Nguyễn Hữu Phước", "Phó Chủ tịch UBND xã"),
 P("Điểu Khen", "người có uy tín bon Ka Nur")],
[Q("146 căn nhà", 146, "căn nhà"), Q("112 căn", 112, "căn"), Q("34 căn", 34, "căn"),
 Q("60 triệu đồng/căn", 60000000, "đồng"), Q("30 triệu đồng/căn", 30000000, "đồng"), Q("131 căn", 131, "căn"),
 Q("89,7%", 89.7, "%"), Q("15 căn", 15, "căn"), Q("420 ngày công", 420, "ngày công"),
 Q("trên 1,1 tỷ đồng", 1100000000, "đồng", "over"), Q("3 hộ", 3, "hộ"), Q("2 căn", 2, "căn"), Q("4 kiến nghị", 4, "kiến nghị"),
 Q("tối đa 50 triệu đồng/hộ", 50000000, "đồng"), Q("6 cuộc giám sát chuyên đề", 6, "cuộc giám sát chuyên đề")],
[D("Quy định", "124", "QĐ/TW", None, None, "Quy định số 124-QĐ/TW"),
 D("Kế hoạch", "36", "KH-MTTQ-BTT", "2025-10-20", "Ban Thường trực Ủy ban MTTQ Việt Nam xã", "Kế hoạch số 36/KH-MTTQ-BTT ngày 20/10/2025"),
 D("Quyết định", "85", "QĐ-UBND", None, "UBND xã Quảng Sơn", "Quyết định số 85/QĐ-UBND")],
[prov("Lâm Đồng"), prov("Đắk Nông"), com("Quảng Sơn"), com("Quảng Hòa")],
["Trang thông tin điện tử xã Quảng Sơn - tỉnh Lâm Đồng", "Trang chủ | Mặt trận Tổ quốc | Giám sát - Phản biện",
 "Đoàn giám sát kiểm tra nhà ở của hộ nghèo tại bon Ka Nur", "Cả nước chung tay xóa nhà tạm, nhà dột nát", "Lượt xem: 388",
 "Ngân hàng CSXH"],
["Ngày đăng 07/11/2025 | 08:20", "năm 2025", "ngày 30/11", "15 ngày", "2 cấp", "Lượt xem: 388"]))

PAGES.append(page("b5736-dongnai-mttq-binhlong-tongket-2025", """
ĐẢNG ỦY - HĐND - UBND - UBMTTQ PHƯỜNG BÌNH LONG
Thứ Bảy, 10/01/2026
Trang chủ » Tin hoạt động » Mặt trận
Thứ Sáu, 09/01/2026 - 16:05
Ông Điểu Minh, Chủ tịch Ủy ban MTTQ Việt Nam phường phát biểu.
Phường Bình Long triển khai nhiệm vụ công tác Mặt trận năm 2026
Ngày 7/1/2026, Ủy ban MTTQ Việt Nam phường Bình Long, tỉnh Đồng Nai tổ chức hội nghị tổng kết công tác Mặt trận năm 2025, triển khai nhiệm vụ năm 2026. Dự hội nghị có ông Lâm Văn Tâm, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Đồng Nai; bà Thị Bích, Phó Bí thư Thường trực Đảng ủy phường cùng 120 đại biểu là trưởng ban công tác Mặt trận, người có uy tín, chức sắc tôn giáo.
Phường Bình Long được thành lập từ ngày 1/7/2025 trên cơ sở phường An Lộc, phường Hưng Chiến và một phần xã Thanh Phú (thị xã Bình Long, tỉnh Bình Phước cũ). Sau sắp xếp, phường có 32 khu phố với 14.620 hộ, trong đó có trên 1.100 hộ đồng bào S'tiêng, Khmer.
Báo cáo của ông Điểu Minh, Chủ tịch Ủy ban MTTQ Việt Nam phường cho biết, năm 2025 dù phải vừa làm vừa kiện toàn tổ chức theo Nghị quyết số 60-NQ/TW ngày 12/4/2025 của BCH Trung ương, Mặt trận phường vẫn hoàn thành tốt nhiệm vụ. Quỹ "Vì người nghèo" vận động được 412 triệu đồng, xây 12 căn nhà đại đoàn kết, dịp Tết trao 1.850 phần quà Tết cho hộ nghèo, gia đình chính sách; 96% hộ gia đình tham gia đăng ký thực hiện cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".
Mặt trận phường đã tổ chức 16 cuộc giám sát, 3 cuộc phản biện xã hội theo Hướng dẫn số 02/HD-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Đồng Nai; các tổ hòa giải hòa giải thành 27/31 vụ việc. Phối hợp thực hiện Chương trình phối hợp số 01/CTrPH-MTTQ-CA với Công an phường, Mặt trận vận động thành lập 32 tổ tự quản về an ninh trật tự ở khu phố.
Trong thảo luận, ông Điểu Lên, Trưởng ban công tác Mặt trận khu phố Phú Bình, nêu khó khăn khi nhập 3 khu phố cũ thành 1, địa bàn rộng, bà con chưa quen đi lại làm thủ tục. Các ông, bà Nguyễn Thanh Sang, Điểu Thị Hạnh - Phó Chủ tịch Ủy ban MTTQ Việt Nam phường giải trình thêm về cách phân công cán bộ phụ trách khu phố.
Phát biểu tại hội nghị, ông Lâm Văn Tâm ghi nhận kết quả của Mặt trận phường trong năm đầu vận hành chính quyền 2 cấp, đề nghị năm 2026 tập trung tuyên truyền cuộc bầu cử đại biểu Quốc hội và HĐND các cấp, thực hiện Chỉ thị 03, 04-CT/ĐU của Đảng ủy phường về công tác dân vận và về chăm lo đồng bào dân tộc thiểu số.
Dịp này, Ủy ban MTTQ Việt Nam phường khen thưởng 8 tập thể và 20 cá nhân xuất sắc trong công tác Mặt trận năm 2025; hơn 1.300 lượt hội viên, đoàn viên được biểu dương ở khu phố.
Thảo Nguyên (CTV)
Lượt xem: 517
Tin khác
- Bình Long trao 300 phần quà Tết sớm cho hộ nghèo (05/01/2026)
- Đồng Nai: Mặt trận các cấp tổng kết năm 2025 (30/12/2025)
- Phường Bình Long ra mắt Trung tâm phục vụ hành chính công (01/07/2025)
""", "2026-01-09", "Phường Bình Long triển khai nhiệm vụ công tác Mặt trận năm 2026",
E("tong_ket", "2025", "2026-01-07"),
[P("Điểu Minh", "Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Lâm Văn Tâm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Đồng Nai"),
 P("Thị Bích", "Phó Bí thư Thường trực Đảng ủy phường"),
 P("Điểu Lên", "Trưởng ban công tác Mặt trận khu phố Phú Bình"),
 P("Nguyễn Thanh Sang", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Điểu Thị Hạnh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường")],
[Q("120 đại biểu", 120, "đại biểu"), Q("32 khu phố", 32, "khu phố"), Q("14.620 hộ", 14620, "hộ"),
 Q("trên 1.100 hộ đồng bào S'tiêng, Khmer", 1100, "hộ đồng bào S'tiêng, Khmer", "over"), Q("412 triệu đồng", 412000000, "đồng"),
 Q("12 căn nhà đại đoàn kết", 12, "căn nhà đại đoàn kết"), Q("1.850 phần quà", 1850, "phần quà"), Q("96% hộ gia đình", 96, "%"),
 Q("16 cuộc giám sát", 16, "cuộc giám sát"), Q("3 cuộc phản biện xã hội", 3, "cuộc phản biện xã hội"),
 Q("27/31 vụ việc", 27, "vụ việc"), Q("32 tổ tự quản về an ninh trật tự", 32, "tổ tự quản về an ninh trật tự"),
 Q("3 khu phố", 3, "khu phố"), Q("8 tập thể", 8, "tập thể"), Q("20 cá nhân xuất sắc", 20, "cá nhân xuất sắc"),
 Q("hơn 1.300 lượt hội viên, đoàn viên", 1300, "lượt hội viên, đoàn viên", "over")],
[D("Nghị quyết", "60", "NQ/TW", "2025-04-12", "BCH Trung ương", "Nghị quyết số 60-NQ/TW ngày 12/4/2025"),
 D("Hướng dẫn", "02", "HD-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Đồng Nai", "Hướng dẫn số 02/HD-MTTQ-BTT"),
 D("Chương trình phối hợp", "01", "CTrPH-MTTQ-CA", None, None, "Chương trình phối hợp số 01/CTrPH-MTTQ-CA"),
 D("Chỉ thị", "03", "CT/ĐU", None, "Đảng ủy phường", "Chỉ thị 03, 04-CT/ĐU"),
 D("Chỉ thị", "04", "CT/ĐU", None, "Đảng ủy phường", "Chỉ thị 03, 04-CT/ĐU")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bình Long"), com("An Lộc"), com("Hưng Chiến"), com("Thanh Phú")],
["ĐẢNG ỦY - HĐND - UBND - UBMTTQ PHƯỜNG BÌNH LONG", "Trang chủ » Tin hoạt động » Mặt trận",
 "Ông Điểu Minh, Chủ tịch Ủy ban MTTQ Việt Nam phường phát biểu.", "Vì người nghèo",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Lượt xem: 517"],
["Thứ Bảy, 10/01/2026", "Thứ Sáu, 09/01/2026 - 16:05", "năm 2025", "năm 2026", "1/7/2025", "thành 1", "2 cấp", "Lượt xem: 517"]))

PAGES.append(page("b5737-quangtri-kdv-danhoa-giaoban-2026", """
Trang thông tin điện tử xã Dân Hóa
Vị trí: Trang chủ > Tin tức > Dân vận
03/04/2026 07:45
Giao ban công tác dân vận quý I
Chiều 1/4, Khối dân vận xã Dân Hóa, tỉnh Quảng Trị tổ chức giao ban đánh giá công tác dân vận quý I năm 2026, triển khai nhiệm vụ quý II. Đồng chí Đinh Thị Xuân, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã, Trưởng khối dân vận xã chủ trì. Dự có đồng chí Cao Xuân Thành, Chủ tịch Ủy ban MTTQ Việt Nam xã; Trung tá Hồ Sỹ Linh, Phó Chính ủy Đồn Biên phòng Cha Lo và đồng chí Hồ Thị Hoa, vừa được điều động, bổ nhiệm làm Phó Chủ tịch UBND xã.
Quang cảnh buổi giao ban. Ảnh: CTV
Dân Hóa là xã biên giới của tỉnh Quảng Bình cũ, nay thuộc tỉnh Quảng Trị, có 13 bản với 1.652 hộ, 7.120 nhân khẩu, chủ yếu là đồng bào Bru - Vân Kiều và người Chứt; hộ nghèo còn chiếm 38,4%. Quý I, thực hiện Kế hoạch số 08-KH/ĐU ngày 15/1/2026 của Đảng ủy xã và các Quyết định 22, 23-QĐ/ĐU của Đảng ủy xã về phân công cán bộ phụ trách bản, các đoàn thể đã tổ chức 34 buổi tuyên truyền bằng tiếng dân tộc cho khoảng 2.000 lượt người, chủ yếu về bầu cử đại biểu Quốc hội, HĐND các cấp và phòng chống xuất cảnh trái phép.
Dịp Tết Nguyên đán, khối dân vận phối hợp Đồn Biên phòng trao 240 suất quà và hỗ trợ 4.500 kg gạo cho hộ nghèo; vận động 20 hộ người Chứt ra khỏi hang đá, về định cư tại khu tái định cư bản Ra Mai. Tỷ lệ học sinh ra lớp sau Tết đạt 100%. Tuy nhiên, trong quý vẫn còn 5 trường hợp xuất cảnh trái phép sang Lào làm thuê, 2 vụ tảo hôn ở bản Ka Oóc.
Tại buổi giao ban, ông Hồ Văn Bình, Trưởng bản Ka Ai, cho biết bà con mong muốn sớm được triển khai các dự án theo Nghị quyết số 88/2019/QH14 của Quốc hội về Đề án tổng thể phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi, nhất là dự án nước sinh hoạt, vì mùa khô có bản phải đi lấy nước xa hơn 2 km. Đồng chí Cao Xuân Thành đề nghị các đoàn thể tiếp tục phát huy vai trò 42 người có uy tín trong các bản.
Kết luận, đồng chí Đinh Thị Xuân yêu cầu quý II khối dân vận tập trung vận động cử tri đi bầu cử đầy đủ, phấn đấu 100% cử tri đi bỏ phiếu; làm tốt công tác nắm tình hình, không để xảy ra tình trạng xuất cảnh trái phép; mỗi đoàn thể nhận giúp đỡ ít nhất 5 hộ nghèo thoát nghèo bền vững. Trung tá Hồ Sỹ Linh khẳng định Đồn Biên phòng sẽ tiếp tục phân công cán bộ tăng cường về bám bản.
Hồ Nhung (CTV)
Lượt đọc: 233
Tin cùng chuyên mục
- Dân Hóa ra mắt tổ bầu cử số 1 (28/03/2026)
- Quảng Trị: tập huấn cho người có uy tín vùng biên giới (15/03/2026)
- Trao 100 suất quà Tết cho hộ nghèo bản Ka Ai (10/02/2026)
""", "2026-04-03", "Giao ban công tác dân vận quý I",
E("giao_ban", "2026-Q1", "2026-04-01"),
[P("Đinh Thị Xuân", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã", "Trưởng khối dân vận xã"),
 P("Cao Xuân Thành", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Hồ Sỹ Linh", "Trung tá", "Phó Chính ủy Đồn Biên phòng Cha Lo"),
 P("Hồ Thị Hoa", "Phó Chủ tịch UBND xã"),
 P("Hồ Văn Bình", "Trưởng bản Ka Ai")],
[Q("13 bản", 13, "bản"), Q("1.652 hộ", 1652, "hộ"), Q("7.120 nhân khẩu", 7120, "nhân khẩu"), Q("38,4%", 38.4, "%"),
 Q("34 buổi tuyên truyền", 34, "buổi tuyên truyền"), Q("khoảng 2.000 lượt người", 2000, "lượt người", "approx"),
 Q("240 suất quà", 240, "suất quà"), Q("4.500 kg", 4500, "kg"), Q("20 hộ người Chứt", 20, "hộ người Chứt"),
 Q("100%", 100, "%"), Q("5 trường hợp", 5, "trường hợp"), Q("2 vụ tảo hôn", 2, "vụ tảo hôn"),
 Q("hơn 2 km", 2, "km", "over"), Q("42 người có uy tín", 42, "người có uy tín"), Q("100% cử tri", 100, "%"),
 Q("ít nhất 5 hộ nghèo", 5, "hộ nghèo", "over")],
[D("Kế hoạch", "08", "KH/ĐU", "2026-01-15", "Đảng ủy xã", "Kế hoạch số 08-KH/ĐU ngày 15/1/2026"),
 D("Quyết định", "22", "QĐ/ĐU", None, "Đảng ủy xã", "Quyết định 22, 23-QĐ/ĐU"),
 D("Quyết định", "23", "QĐ/ĐU", None, "Đảng ủy xã", "Quyết định 22, 23-QĐ/ĐU"),
 D("Nghị quyết", "88", "2019/QH14", None, "Quốc hội", "Nghị quyết số 88/2019/QH14")],
[prov("Quảng Trị"), prov("Quảng Bình"), com("Dân Hóa")],
["Trang thông tin điện tử xã Dân Hóa", "Vị trí: Trang chủ > Tin tức > Dân vận", "Quang cảnh buổi giao ban. Ảnh: CTV",
 "Đồn Biên phòng Cha Lo", "Lượt đọc: 233"],
["03/04/2026 07:45", "quý I năm 2026", "quý II", "Tết Nguyên đán", "Lượt đọc: 233"]))

PAGES.append(page("b5738-hungyen-mttq-thaithuy-taphuan-2026", """
UBND XÃ THÁI THỤY - TỈNH HƯNG YÊN
Trang chủ / Tin hoạt động / Mặt trận - đoàn thể
13.03.2026 | 15:10
Tập huấn nghiệp vụ công tác Mặt trận năm 2026 cho cán bộ cơ sở
Trong 2 ngày 12 - 13/3, Ủy ban MTTQ Việt Nam xã Thái Thụy, tỉnh Hưng Yên tổ chức lớp tập huấn nghiệp vụ công tác Mặt trận năm 2026 cho 185 học viên là trưởng ban công tác Mặt trận, chi hội trưởng các đoàn thể của 37 thôn, tổ dân phố.
Bà Vũ Thị Hằng, Chủ tịch Ủy ban MTTQ Việt Nam xã phát biểu khai mạc
Xã Thái Thụy mới được thành lập trên cơ sở sáp nhập 5 xã cũ thuộc huyện Thái Thụy, tỉnh Thái Bình trước đây, trong đó có xã Thụy Hà và xã Thụy Hải. Nhiều cán bộ Mặt trận thôn mới được kiện toàn, chưa có kinh nghiệm, nên lớp tập huấn được bà con rất quan tâm. Phát biểu khai mạc, bà Vũ Thị Hằng, Chủ tịch Ủy ban MTTQ Việt Nam xã cho biết hiện có 42 cán bộ Mặt trận thôn lần đầu nhận nhiệm vụ.
Các học viên được TS. Nguyễn Văn Định, Giảng viên Trường Chính trị tỉnh truyền đạt chuyên đề về Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ quy định chi tiết Luật Thực hiện dân chủ ở cơ sở; ThS. Đỗ Thị Thu Hà, Phó Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh hướng dẫn kỹ năng giám sát, phản biện xã hội và tổ chức hội nghị nhân dân ở khu dân cư theo Hướng dẫn số 18/HD-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam. Ông Phạm Quang Huy, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Hưng Yên, giới thiệu các Quyết định 35, 36/QĐ-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về quy chế hoạt động của Ban công tác Mặt trận sau sắp xếp.
Trong thảo luận, ông Bùi Văn Khánh, Trưởng ban công tác Mặt trận thôn Đông Hồ, hỏi về cách xử lý khi người dân phản ánh việc thu các khoản đóng góp tự nguyện vượt mức; bà Trần Thị Mơ, Chi hội trưởng Chi hội Phụ nữ thôn Tân Bồi, đề nghị có sổ tay hướng dẫn ngắn gọn vì nhiều chị em lớn tuổi ngại đọc văn bản dài. Các báo cáo viên đã giải đáp 14 câu hỏi của học viên.
Theo kế hoạch, năm 2026 Mặt trận xã phấn đấu 100% khu dân cư tổ chức Ngày hội Đại đoàn kết toàn dân tộc, vận động Quỹ "Vì người nghèo" đạt từ 500 triệu đồng trở lên, hỗ trợ xây mới khoảng 10 căn nhà đại đoàn kết. Mỗi học viên được hỗ trợ 150.000 đồng/ngày và nhận 1 bộ tài liệu; kết thúc lớp, học viên làm bài kiểm tra, 96% đạt loại khá, giỏi.
Tin, ảnh: Ngọc Mai (CTV)
Lượt xem: 301
Bài viết liên quan
- Thái Thụy: hiệp thương giới thiệu người ứng cử đại biểu HĐND xã (05/03/2026)
- Hưng Yên: 100% xã, phường tổ chức hội nghị cán bộ Mặt trận đầu năm (20/02/2026)
- Trao 150 suất quà Tết tại xã Thái Thụy (10/02/2026)
""", "2026-03-13", "Tập huấn nghiệp vụ công tác Mặt trận năm 2026 cho cán bộ cơ sở",
E("tap_huan", "2026", "2026-03-12"),
[P("Vũ Thị Hằng", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Nguyễn Văn Định", "TS.", "Giảng viên Trường Chính trị tỉnh"),
 P("Đỗ Thị Thu Hà", "ThS.", "Phó Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phạm Quang Huy", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Hưng Yên"),
 P("Bùi Văn Khánh", "Trưởng ban công tác Mặt trận thôn Đông Hồ"),
 P("Trần Thị Mơ", "Chi hội trưởng Chi hội Phụ nữ thôn Tân Bồi")],
[Q("185 học viên", 185, "học viên"), Q("37 thôn, tổ dân phố", 37, "thôn, tổ dân phố"), Q("5 xã cũ", 5, "xã"),
 Q("42 cán bộ Mặt trận thôn", 42, "cán bộ Mặt trận thôn"), Q("14 câu hỏi", 14, "câu hỏi"), Q("100% khu dân cư", 100, "%"),
 Q("từ 500 triệu đồng trở lên", 500000000, "đồng", "over"), Q("khoảng 10 căn nhà đại đoàn kết", 10, "căn nhà đại đoàn kết", "approx"),
 Q("150.000 đồng/ngày", 150000, "đồng"), Q("96%", 96, "%")],
[D("Nghị định", "59", "2023/NĐ-CP", "2023-08-14", "Chính phủ", "Nghị định số 59/2023/NĐ-CP ngày 14/8/2023"),
 D("Hướng dẫn", "18", "HD-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 18/HD-MTTW-BTT"),
 D("Quyết định", "35", "QĐ-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Quyết định 35, 36/QĐ-MTTQ-BTT"),
 D("Quyết định", "36", "QĐ-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Quyết định 35, 36/QĐ-MTTQ-BTT")],
[prov("Hưng Yên"), prov("Thái Bình"), com("Thái Thụy"), com("Thụy Hà"), com("Thụy Hải")],
["UBND XÃ THÁI THỤY - TỈNH HƯNG YÊN", "Trang chủ / Tin hoạt động / Mặt trận - đoàn thể",
 "Bà Vũ Thị Hằng, Chủ tịch Ủy ban MTTQ Việt Nam xã phát biểu khai mạc", "Luật Thực hiện dân chủ ở cơ sở", "Vì người nghèo",
 "Ngày hội Đại đoàn kết toàn dân tộc", "Lượt xem: 301"],
["13.03.2026 | 15:10", "2 ngày", "năm 2026", "1 bộ tài liệu", "Lượt xem: 301"]))

PAGES.append(page("b5739-gialai-du-iahrung-doithoai-2026", """
Cổng TTĐT xã Ia Hrung - tỉnh Gia Lai
Trang chủ › Chính quyền › Đối thoại với nhân dân
Cập nhật lúc 18:10 ngày 22/05/2026
Ảnh: Đồng chí Siu Thương phát biểu tại hội nghị đối thoại.
Bí thư Đảng ủy xã Ia Hrung đối thoại với nhân dân
Ngày 20/5/2026, Đảng ủy xã Ia Hrung tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền xã với nhân dân năm 2026. Đồng chí Siu Thương, Bí thư Đảng ủy xã và đồng chí Rơ Lan Hiếu, Phó Bí thư Đảng ủy, Chủ tịch UBND xã đồng chủ trì; bà Kpuih H'Lúi, Chủ tịch Ủy ban MTTQ Việt Nam xã điều hành phần thảo luận. Tham dự có hơn 150 người dân đại diện các thôn, làng.
Đối thoại được tổ chức theo Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân và Kế hoạch số 19-KH/ĐU của Đảng ủy xã. Sau khi sắp xếp, xã Ia Hrung thuộc tỉnh Gia Lai mới (hợp nhất Gia Lai và Bình Định) có 42 thôn, làng với 8.960 hộ, trong đó đồng bào Jrai chiếm khoảng 46%.
Tại hội nghị có 23 ý kiến, tập trung vào giá cà phê, đường giao thông, cấp giấy chứng nhận quyền sử dụng đất và thủ tục hành chính sau sáp nhập. Bà Puih H'Bleh, làng Dơ Nâu, phản ánh tuyến đường liên làng dài 3,5 km xuống cấp nặng, mùa mưa xe máy không đi được. Ông Rmah Ngơn, người có uy tín làng Plei Dư, đề nghị hỗ trợ giống cho bà con tái canh cà phê, vì nhiều vườn đã trên 20 năm tuổi. Ông Nguyễn Văn Lâm, thôn 3, hỏi về thời gian cấp đổi sổ đỏ, vì hồ sơ đã nộp từ năm ngoái.
Trả lời các ý kiến, đồng chí Rơ Lan Hiếu cho biết năm 2026 xã dự kiến dành 2,8 tỷ đồng nâng cấp đường liên làng Dơ Nâu, thi công sau mùa mưa; xã đang hỗ trợ 120 hộ tái canh 180 ha cà phê già cỗi, mỗi hộ được vay tối đa 50 triệu đồng từ nguồn vốn ưu đãi. Giá cà phê hiện khoảng 95.000 đồng/kg, bà con không nên bán non. Về đất đai, thực hiện Nghị quyết 45, 46/NQ-HĐND của HĐND tỉnh Gia Lai, xã sẽ hoàn thành cấp đổi cho 310 hồ sơ tồn đọng trong quý III.
Kết quả, 14 ý kiến được giải đáp ngay tại hội nghị, 9 ý kiến được ghi nhận, chuyển cấp có thẩm quyền. Phát biểu kết luận, đồng chí Siu Thương yêu cầu các bộ phận chuyên môn công khai tiến độ giải quyết, báo cáo Ban Thường vụ Đảng ủy trước ngày 30/6; đồng thời cam kết sẽ thường xuyên về làng lắng nghe ý kiến bà con.
Nhiều người dân bày tỏ vui mừng vì lần đầu sau sáp nhập được nói chuyện trực tiếp với lãnh đạo xã mới. "Có gì bà con nói hết rồi, giờ chờ xã làm thôi", ông Rmah Ngơn nói.
CTV: Rơ Châm H'Yên
Lượt xem: 476
Tin liên quan
- Ia Hrung ra mắt mô hình "Làng không có đơn thư vượt cấp" (12/05/2026)
- Gia Lai: 100% xã, phường tổ chức đối thoại năm 2026 (05/05/2026)
- Trao 60 suất quà cho học sinh nghèo làng Dơ Nâu (20/04/2026)
""", "2026-05-22", "Bí thư Đảng ủy xã Ia Hrung đối thoại với nhân dân",
E("doi_thoai", "2026", "2026-05-20"),
[P("Siu Thương", "Bí thư Đảng ủy xã"),
 P("Rơ Lan Hiếu", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Kpuih H'Lúi", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Puih H'Bleh"),
 P("Rmah Ngơn", "người có uy tín làng Plei Dư"),
 P("Nguyễn Văn Lâm")],
[Q("hơn 150 người dân", 150, "người dân", "over"), Q("42 thôn, làng", 42, "thôn, làng"), Q("8.960 hộ", 8960, "hộ"),
 Q("khoảng 46%", 46, "%", "approx"), Q("23 ý kiến", 23, "ý kiến"), Q("3,5 km", 3.5, "km"),
 Q("2,8 tỷ đồng", 2800000000, "đồng"), Q("120 hộ", 120, "hộ"), Q("180 ha", 180, "ha"),
 Q("tối đa 50 triệu đồng", 50000000, "đồng"), Q("khoảng 95.000 đồng/kg", 95000, "đồng", "approx"),
 Q("310 hồ sơ tồn đọng", 310, "hồ sơ tồn đọng"), Q("14 ý kiến", 14, "ý kiến"), Q("9 ý kiến", 9, "ý kiến")],
[D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", "Quy định số 11-QĐi/TW ngày 18/2/2019"),
 D("Kế hoạch", "19", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch số 19-KH/ĐU"),
 D("Nghị quyết", "45", "NQ-HĐND", None, "HĐND tỉnh Gia Lai", "Nghị quyết 45, 46/NQ-HĐND"),
 D("Nghị quyết", "46", "NQ-HĐND", None, "HĐND tỉnh Gia Lai", "Nghị quyết 45, 46/NQ-HĐND")],
[prov("Gia Lai"), prov("Bình Định"), com("Ia Hrung")],
["Cổng TTĐT xã Ia Hrung - tỉnh Gia Lai", "Trang chủ › Chính quyền › Đối thoại với nhân dân",
 "Ảnh: Đồng chí Siu Thương phát biểu tại hội nghị đối thoại.", "Lượt xem: 476"],
["Cập nhật lúc 18:10 ngày 22/05/2026", "năm 2026", "20 năm tuổi", "quý III", "ngày 30/6", "thôn 3", "Lượt xem: 476"]))

PAGES.append(page("b5740-sonla-ubnd-chiengban-hoinghi-2012", """
Trang thông tin điện tử huyện Mai Sơn
Trang chủ :: Tin tức :: Dân tộc - Miền núi
Thứ Sáu, 16/11/2012, 10:20
Chiềng Ban gặp mặt người có uy tín năm 2012
Ngày 14/11, UBND xã Chiềng Ban, huyện Mai Sơn, tỉnh Sơn La phối hợp Ủy ban MTTQ xã tổ chưc hội nghị gặp mặt, biểu dương người có uy tín trong đồng bào các dân tộc năm 2012. Tới dự có ông Quàng Văn Ban, HUV, Trưởng phòng Dân tộc huyện Mai Sơn; ông Cầm Văn Pọm, Chủ tịch UBND xã; bà Lường Thị Xôm, Chủ tịch Ủy ban MTTQ xã cùng 52 người có uy tín là già làng, trưởng bản, trưởng dòng họ của 21 bản.
Các đại biểu dự hội nghị chụp ảnh lưu niệm
Chiềng Ban có 2.312 hộ, 10.540 nhân khẩu, dân tộc Thái chiếm 61%, còn lại là người Mông, Kinh, Khơ Mú; tỷ lệ hộ nghèo còn 19,6%. Theo báo cáo của bà Lường Thị Xôm, năm qua người có uy tín trong xã đã phát huy tốt vai trò cầu nối. Các ông đã vận động 46 hộ hiến đất làm đường nội bản với tổng diện tích trên 3.000 m2; phát hiện, tố giác 3 vụ buôn bán ma túy, vận động đưa 17 người nghiện đi cai nghiện tập trung; hòa giải thành 9 vụ mâu thuẫn trong dòng họ.
Việc thực hiện chính sách đối với người có uy tín theo Quyết định số 18/2011/QĐ-TTg ngày 18/3/2011 của Thủ tướng Chính phủ được xã triển khai kịp thời, mỗi người được cấp 1 tờ báo Dân tộc và Phát triển, được thăm hỏi khi ốm đau. Năm 2012 xã cũng tổ chức cho 12 người có uy tín đi tham quan học tập mô hình kinh tế ở huyện Mộc Châu, theo Kế hoạch số 67/KH-UBND ngày 2/11/2012 của UBND xã.
Tại hội nghị, ông Mùa A Dình, người có uy tín bản Hua Păng, chia sẻ cách vận động bà con người Mông không nghe theo kẻ xấu tuyên truyền đạo trái phép, không bỏ bản đi nơi khác. Ông Vì Văn Thoa, trưởng bản Nà Hạ, kiến nghị sửa chữa kênh mương thủy lợi vì 15 ha ruộng của bản thiếu nước vụ chiêm. Các ông Lò Văn Pánh, Tòng Văn Sơn - Bí thư chi bộ bản, đề nghị xã tổ chức tập huấn nhiều hơn cho người có uy tín về pháp luật.
Phát biểu, ông Quàng Văn Ban đánh giá cao đóng góp của đội ngũ người có uy tín, đề nghị tiếp tục thực hiện Chỉ thị 06-CT/TU của Ban Thường vụ Tỉnh ủy Sơn La về tăng cường công tác vận động quần chúng vùng đồng bào Mông, giữ vững an ninh vùng biên giới.
Dịp này, UBND xã tặng giấy khen cho 8 người có uy tín tiêu biểu; mỗi người có uy tín dự hội nghị được tặng 1 phần quà trị giá 300.000 đồng. Tổng kinh phí tổ chức hội nghị khoảng 20 triệu đồng từ nguồn ngân sách xã.
Tin: Lò Thị Hương - CTV
Lượt xem: 187
Các tin khác
- Mai Sơn: Hội nghị người có uy tín huyện năm 2012 (05/11/2012)
- Chiềng Mung ra mắt mô hình "Bản không có ma túy" (20/10/2012)
- Cò Nòi tổ chức Ngày hội Đại đoàn kết ở khu dân cư (15/10/2012)
""", "2012-11-16", "Chiềng Ban gặp mặt người có uy tín năm 2012",
E("hoi_nghi", "2012", "2012-11-14"),
[P("Quàng Văn Ban", "HUV", "Trưởng phòng Dân tộc huyện Mai Sơn"),
 P("Cầm Văn Pọm", "Chủ tịch UBND xã"),
 P("Lường Thị Xôm", "Chủ tịch Ủy ban MTTQ xã"),
 P("Mùa A Dình", "người có uy tín bản Hua Păng"),
 P("Vì Văn Thoa", "trưởng bản Nà Hạ"),
 P("Lò Văn Pánh", "Bí thư chi bộ bản"), P("Tòng Văn Sơn", "Bí thư chi bộ bản")],
[Q("52 người có uy tín", 52, "người có uy tín"), Q("21 bản", 21, "bản"), Q("2.312 hộ", 2312, "hộ"),
 Q("10.540 nhân khẩu", 10540, "nhân khẩu"), Q("61%", 61, "%"), Q("19,6%", 19.6, "%"), Q("46 hộ", 46, "hộ"),
 Q("trên 3.000 m2", 3000, "m2", "over"), Q("3 vụ buôn bán ma túy", 3, "vụ buôn bán ma túy"),
 Q("17 người nghiện", 17, "người nghiện"), Q("9 vụ mâu thuẫn trong dòng họ", 9, "vụ mâu thuẫn"),
 Q("12 người có uy tín", 12, "người có uy tín"), Q("15 ha", 15, "ha"),
 Q("8 người có uy tín tiêu biểu", 8, "người có uy tín tiêu biểu"), Q("300.000 đồng", 300000, "đồng"),
 Q("khoảng 20 triệu đồng", 20000000, "đồng", "approx")],
[D("Quyết định", "18", "2011/QĐ-TTg", "2011-03-18", "Thủ tướng Chính phủ", "Quyết định số 18/2011/QĐ-TTg ngày 18/3/2011"),
 D("Kế hoạch", "67", "KH-UBND", "2012-11-02", "UBND xã", "Kế hoạch số 67/KH-UBND ngày 2/11/2012"),
 D("Chỉ thị", "06", "CT/TU", None, "Ban Thường vụ Tỉnh ủy Sơn La", "Chỉ thị 06-CT/TU")],
[prov("Sơn La"), com("Chiềng Ban")],
["Trang thông tin điện tử huyện Mai Sơn", "Trang chủ :: Tin tức :: Dân tộc - Miền núi",
 "Các đại biểu dự hội nghị chụp ảnh lưu niệm", "Dân tộc và Phát triển", "Lượt xem: 187"],
["Thứ Sáu, 16/11/2012, 10:20", "năm 2012", "1 tờ báo", "1 phần quà", "Năm 2012", "Lượt xem: 187"]))
