from lib import *
PAGES = []

PAGES.append(page("b9635-bacgiang-ngayhoi-ddk-tanson-2016", """
BÁO BẮC GIANG ĐIỆN TỬ
Chính trị > Mặt trận - Đoàn thể
Thứ Hai, 14/11/2016
Đồng chí Ngô Văn Lịch (thứ hai từ trái sang) cùng bà con thôn Khuôn Cấm dự lễ chào cờ.
Lục Ngạn: Đồng bào Nùng, Sán Chí thôn Khuôn Cấm vui Ngày hội Đại đoàn kết
BGĐT - Ngày 13/11, đồng bào các dân tộc thôn Khuôn Cấm, xã Tân Sơn (Lục Ngạn) tổ chức Ngày hội Đại đoàn kết toàn dân tộc, chào mừng kỷ niệm 86 năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam. Tới dự có đồng chí Ngô Văn Lịch, Phó Chủ tịch UBND tỉnh; đồng chí Hoàng Thị Sen, Tỉnh ủy viên, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ tỉnh cùng lãnh đạo huyện Lục Ngạn.
Khuôn Cấm, một trong những thôn vùng cao còn nhiều khó khăn của tỉnh Bắc Giang, có 168 hộ, 703 khẩu, trong đó đồng bào Nùng chiếm 72%, còn lại là người Sán Chí, Tày và Kinh. Năm 2016, bà con đã góp 420 triệu đồng và 1.600 ngày công để cứng hóa 1,4 km đường trục thôn, làm mới 600 m kênh mương. Thôn có 89% hộ đạt gia đình văn hóa, tỷ lệ hộ nghèo giảm từ 34,1% xuống còn 26,8%. Toàn thôn trồng mới 32 ha vải thiều ghép giống chín sớm.
Ông Vi Văn Thịnh, Trưởng ban công tác Mặt trận thôn Khuôn Cấm, cho biết thôn đã thực hiện nghiêm hương ước mới, bỏ việc mổ trâu, bò trong đám tang, rút ngắn thời gian tổ chức đám cưới xuống còn 1 ngày. Trưởng thôn Lộc Văn Pằn phát biểu: "Đường to, điện sáng rồi, bà con không còn phải gánh vải đi bộ ra chợ Chũ nữa".
Phát biểu tại ngày hội, đồng chí Ngô Văn Lịch ghi nhận sự cố gắng của nhân dân trong thực hiện Nghị quyết số 45-NQ/TU của Ban Thường vụ Tỉnh ủy về xây dựng nông thôn mới giai đoạn 2016 - 2020 và cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh". Đồng chí đề nghị thôn phát huy tinh thần đoàn kết giữa các dân tộc, giữ gìn tiếng nói, trang phục, làn điệu Soọng cô của đồng bào Sán Chí.
Theo Kế hoạch số 152/KH-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam, năm nay Ngày hội được tổ chức đồng loạt tại các khu dân cư từ ngày 1 đến 18/11. Bà Lương Thị Hoa, Chủ tịch Ủy ban MTTQ xã Tân Sơn, cho biết tất cả 18 thôn của xã đều đã tổ chức xong ngày hội.
Dịp này, Ủy ban MTTQ huyện Lục Ngạn tặng giấy khen cho 3 gia đình tiêu biểu; Ban Thường trực Ủy ban MTTQ tỉnh tặng thôn 1 bộ loa truyền thanh. Sau phần lễ, bà con cùng các đại biểu thưởng thức văn nghệ, tham gia các trò chơi dân gian ném còn, đẩy gậy, bắt vịt.
Nguyễn Mạnh
Lượt xem: 612
Tin liên quan
- Yên Dũng: Ngày hội Đại đoàn kết ở thôn Đông Hương (12/11/2016)
- Sơn Động trao 50 nhà Đại đoàn kết cho hộ nghèo (08/11/2016)
- Tuyên dương 120 trưởng ban công tác Mặt trận tiêu biểu (02/11/2016)
- Hiệp Hòa: Hiến đất làm đường giao thông nông thôn (25/10/2016)
""", "2016-11-14", "Lục Ngạn: Đồng bào Nùng, Sán Chí thôn Khuôn Cấm vui Ngày hội Đại đoàn kết",
E("khac", None, "2016-11-13"),
[P("Ngô Văn Lịch", "Phó Chủ tịch UBND tỉnh"),
 P("Hoàng Thị Sen", "Tỉnh ủy viên", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ tỉnh"),
 P("Vi Văn Thịnh", "Trưởng ban công tác Mặt trận thôn Khuôn Cấm"),
 P("Lộc Văn Pằn", "Trưởng thôn"),
 P("Lương Thị Hoa", "Chủ tịch Ủy ban MTTQ xã Tân Sơn")],
[Q("168 hộ", 168, "hộ"), Q("703 khẩu", 703, "khẩu"), Q("72%", 72, "%"), Q("420 triệu đồng", 420000000, "đồng"),
 Q("1.600 ngày công", 1600, "ngày công"), Q("1,4 km", 1.4, "km"), Q("600 m", 600, "m"), Q("89%", 89, "%"),
 Q("34,1%", 34.1, "%"), Q("26,8%", 26.8, "%"), Q("32 ha", 32, "ha"), Q("18 thôn", 18, "thôn"),
 Q("3 gia đình tiêu biểu", 3, "gia đình tiêu biểu")],
[D("Nghị quyết", "45", "NQ/TU", None, "Ban Thường vụ Tỉnh ủy", "Nghị quyết số 45-NQ/TU"),
 D("Kế hoạch", "152", "KH-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Kế hoạch số 152/KH-MTTW-BTT")],
[prov("Bắc Giang"), com("Tân Sơn")],
["BÁO BẮC GIANG ĐIỆN TỬ", "Chính trị > Mặt trận - Đoàn thể", "BGĐT",
 "Đồng chí Ngô Văn Lịch (thứ hai từ trái sang) cùng bà con thôn Khuôn Cấm dự lễ chào cờ.",
 "Ngày hội Đại đoàn kết toàn dân tộc", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Lượt xem: 612"],
["Thứ Hai, 14/11/2016", "86 năm", "Năm 2016", "1 ngày", "giai đoạn 2016 - 2020", "từ ngày 1 đến 18/11", "1 bộ loa truyền thanh", "Lượt xem: 612"]))

PAGES.append(page("b9636-soctrang-mttq-giamsat-ntm-2017", """
Báo Sóc Trăng Online
Trang nhất » Chính trị » Mặt trận - Đoàn thể
Thứ Năm - 28/09/2017 07:25
Giám sát việc thực hiện tiêu chí nông thôn mới tại xã Lịch Hội Thượng
Ngày 26/9, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng do đồng chí Thạch Sô Phol, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn, đã giám sát việc thực hiện các tiêu chí về thu nhập, môi trường và văn hóa trong xây dựng nông thôn mới tại xã Lịch Hội Thượng, huyện Trần Đề.
Đoàn giám sát làm việc tại trụ sở UBND xã Lịch Hội Thượng. Ảnh: Kim Ngân
Việc giám sát được thực hiện theo Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị ban hành Quy chế giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội, cùng Kế hoạch số 39/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh.
Theo báo cáo của UBND xã, Lịch Hội Thượng có 3.962 hộ, trong đó đồng bào Khmer chiếm 58,3%. Sau 6 năm thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới, xã đã đạt 16/19 tiêu chí; thu nhập bình quân đạt 31,2 triệu đồng/người/năm; tỷ lệ hộ nghèo còn 6,9%, hộ cận nghèo 8,4%. Thực hiện Quyết định số 1600/QĐ-TTg ngày 16/8/2016 của Thủ tướng Chính phủ, xã được phân bổ 2,75 tỷ đồng vốn ngân sách trung ương, nhân dân đóng góp 640 triệu đồng.
Qua giám sát thực tế tại ấp Chắc Tưng và ấp Nhà Thờ, đoàn ghi nhận các tiêu chí về giao thông, trường học, nhà văn hóa đã được đầu tư khá đồng bộ. Tuy nhiên, tiêu chí môi trường chưa đạt do còn 214 hộ chăn nuôi chưa có hầm biogas, rác thải ở khu chợ chưa được thu gom thường xuyên; 37 hộ chưa có nhà tiêu hợp vệ sinh. Việc lấy ý kiến sự hài lòng của người dân chưa được tổ chức theo đúng hướng dẫn.
Ông Lý Sa Rết, Trưởng ban công tác Mặt trận ấp Chắc Tưng, phản ánh: một số hộ được hỗ trợ bò giống theo Quyết định 2085/QĐ-TTg nhưng bò chết do dịch, đề nghị có chính sách hỗ trợ lại. Đại đức Thạch Sóc Khanh, trụ trì chùa Chắc Tưng, cho biết nhà chùa sẵn sàng cho mượn sân để làm điểm tập kết rác của ấp.
Bà Kim Thị Chăm Rên, Chủ tịch Ủy ban MTTQ xã Lịch Hội Thượng, tiếp thu và cho biết Mặt trận xã sẽ phối hợp với Hội Nông dân vận động 100 hộ làm hầm biogas trước cuối năm.
Kết luận buổi giám sát, đồng chí Thạch Sô Phol đề nghị UBND xã rà soát, công khai danh sách hộ thụ hưởng chính sách, không chạy theo thành tích trong đánh giá tiêu chí; Đoàn sẽ tổng hợp kiến nghị gửi UBND huyện Trần Đề và các sở, ngành liên quan.
Kim Ngân
Tin cùng chuyên mục
- Mỹ Xuyên: Mặt trận giám sát việc bình xét hộ nghèo (21/09/2017)
- Ngã Năm: trao 30 căn nhà Đại đoàn kết (14/09/2017)
- Hội nghị phản biện dự thảo quy định về mức hỗ trợ nông thôn mới (07/09/2017)
""", "2017-09-28", "Giám sát việc thực hiện tiêu chí nông thôn mới tại xã Lịch Hội Thượng",
E("giam_sat", None, "2017-09-26"),
[P("Thạch Sô Phol", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lý Sa Rết", "Trưởng ban công tác Mặt trận ấp Chắc Tưng"),
 P("Thạch Sóc Khanh", "Đại đức", "trụ trì chùa Chắc Tưng"),
 P("Kim Thị Chăm Rên", "Chủ tịch Ủy ban MTTQ xã Lịch Hội Thượng")],
[Q("3.962 hộ", 3962, "hộ"), Q("58,3%", 58.3, "%"), Q("16/19 tiêu chí", 16, "tiêu chí"),
 Q("31,2 triệu đồng", 31200000, "đồng"), Q("6,9%", 6.9, "%"), Q("8,4%", 8.4, "%"),
 Q("2,75 tỷ đồng", 2750000000, "đồng"), Q("640 triệu đồng", 640000000, "đồng"), Q("214 hộ", 214, "hộ"),
 Q("37 hộ", 37, "hộ"), Q("100 hộ", 100, "hộ")],
[D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW ngày 12/12/2013"),
 D("Kế hoạch", "39", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 39/KH-MTTQ-BTT"),
 D("Quyết định", "1600", "QĐ-TTg", "2016-08-16", "Thủ tướng Chính phủ", "Quyết định số 1600/QĐ-TTg ngày 16/8/2016"),
 D("Quyết định", "2085", "QĐ-TTg", None, None, "Quyết định 2085/QĐ-TTg")],
[prov("Sóc Trăng"), com("Lịch Hội Thượng")],
["Báo Sóc Trăng Online", "Trang nhất » Chính trị » Mặt trận - Đoàn thể",
 "Đoàn giám sát làm việc tại trụ sở UBND xã Lịch Hội Thượng. Ảnh: Kim Ngân",
 "Quy chế giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội",
 "Chương trình mục tiêu quốc gia xây dựng nông thôn mới"],
["Thứ Năm - 28/09/2017 07:25", "6 năm", "19 tiêu chí", "cuối năm"]))

PAGES.append(page("b9637-thanhhoa-mttq-giaoban-q3-2018", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH THANH HÓA
Hôm nay: Thứ Bảy, 06/10/2018
Vị trí: Trang chủ >> Tin hoạt động >> Mặt trận các cấp
05.10.2018 | 14:30
Ảnh: Quang cảnh hội nghị giao ban.
Hơn 1,2 nghìn khu dân cư đăng ký đạt chuẩn khu dân cư kiểu mẫu
Ngày 4/10, Ban Thường trực Ủy ban MTTQ tỉnh Thanh Hóa tổ chức hội nghị giao ban công tác Mặt trận quý III/2018 với Ủy ban MTTQ các huyện, thị xã, thành phố. Đồng chí Lê Thị Thìn, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh chủ trì.
Báo cáo tại hội nghị cho thấy, trong quý, Mặt trận các cấp đã tập trung triển khai Kế hoạch 112, 113-KH/MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh về vận động xây dựng khu dân cư nông thôn mới kiểu mẫu và về thực hiện cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam". Toàn tỉnh đã có 1.236 khu dân cư đăng ký phấn đấu đạt chuẩn khu dân cư kiểu mẫu, 87 khu dân cư đã được thẩm định. Nhân dân hiến 21,6 ha đất, đóng góp trên 153 tỷ đồng cho xây dựng nông thôn mới.
Trong quý, Quỹ "Vì người nghèo" các cấp tiếp nhận 12,7 tỷ đồng; hỗ trợ xây mới 418 nhà Đại đoàn kết theo chỉ thị số 12-CT/TU của Ban Thường vụ Tỉnh ủy. Mặt trận các cấp đã tổ chức 64 cuộc giám sát, trong đó có 19 cuộc giám sát về đầu tư xây dựng công trình nông thôn mới.
Thảo luận tại hội nghị, ông Lò Văn Pầng, Chủ tịch Ủy ban MTTQ huyện Mường Lát, cho biết huyện còn 4 xã chưa có đường ô tô đến trung tâm xã vào mùa mưa; bà Phạm Thị Mùi, Chủ tịch Ủy ban MTTQ huyện Bá Thước, nêu cách vận động đồng bào Mường ở xã Lũng Niêm làm homestay, giữ nhà sàn truyền thống. Ông Hà Văn Hặc, Trưởng ban công tác Mặt trận bản Lìn, xã Thanh Xuân, đề nghị tăng mức hỗ trợ cho Ban công tác Mặt trận.
Các đồng chí Phó Chủ tịch Ủy ban MTTQ tỉnh: Lương Thị Xuyến, Nguyễn Văn Huấn đã thông tin về việc chuẩn bị tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2018 và kỷ niệm 88 năm Ngày truyền thống Mặt trận; việc triển khai Nghị quyết số 09/NQ-HĐND của HĐND tỉnh về hỗ trợ khu dân cư kiểu mẫu.
Kết luận giao ban, đồng chí Lê Thị Thìn yêu cầu quý IV, Mặt trận các cấp tập trung vận động nhân dân chỉnh trang khu dân cư, phấn đấu năm 2018 có thêm 40 xã đạt chuẩn nông thôn mới; tổ chức Ngày hội Đại đoàn kết ở 100% khu dân cư, gắn với trao nhà Đại đoàn kết và biểu dương hộ gia đình tiêu biểu.
Hoàng Lan
Các tin khác
- Như Xuân: Ngày hội Đại đoàn kết ở bản Xuân Thành (28/09/2018)
- Mặt trận tỉnh giám sát việc thu, chi quỹ ở 5 xã (20/09/2018)
- Quan Hóa trao 25 nhà Đại đoàn kết cho hộ nghèo dân tộc Thái (12/09/2018)
- Hội nghị phản biện dự thảo Nghị quyết về hỗ trợ khu dân cư kiểu mẫu (05/09/2018)
""", "2018-10-05", "Hơn 1,2 nghìn khu dân cư đăng ký đạt chuẩn khu dân cư kiểu mẫu",
E("giao_ban", "2018-Q3", "2018-10-04"),
[P("Lê Thị Thìn", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lò Văn Pầng", "Chủ tịch Ủy ban MTTQ huyện Mường Lát"),
 P("Phạm Thị Mùi", "Chủ tịch Ủy ban MTTQ huyện Bá Thước"),
 P("Hà Văn Hặc", "Trưởng ban công tác Mặt trận bản Lìn"),
 P("Lương Thị Xuyến", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Nguyễn Văn Huấn", "Phó Chủ tịch Ủy ban MTTQ tỉnh")],
[Q("1.236 khu dân cư", 1236, "khu dân cư"), Q("87 khu dân cư", 87, "khu dân cư"), Q("21,6 ha", 21.6, "ha"),
 Q("trên 153 tỷ đồng", 153000000000, "đồng", "over"), Q("12,7 tỷ đồng", 12700000000, "đồng"),
 Q("418 nhà Đại đoàn kết", 418, "nhà Đại đoàn kết"), Q("64 cuộc giám sát", 64, "cuộc giám sát"),
 Q("19 cuộc giám sát", 19, "cuộc giám sát"), Q("4 xã", 4, "xã"), Q("40 xã", 40, "xã"), Q("100%", 100, "%")],
[D("Kế hoạch", "112", "KH/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch 112, 113-KH/MTTQ-BTT"),
 D("Kế hoạch", "113", "KH/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch 112, 113-KH/MTTQ-BTT"),
 D("Chỉ thị", "12", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "chỉ thị số 12-CT/TU"),
 D("Nghị quyết", "09", "NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 09/NQ-HĐND")],
[prov("Thanh Hóa"), com("Lũng Niêm"), com("Thanh Xuân")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH THANH HÓA", "Hôm nay: Thứ Bảy, 06/10/2018",
 "Vị trí: Trang chủ >> Tin hoạt động >> Mặt trận các cấp", "Ảnh: Quang cảnh hội nghị giao ban.",
 "Người Việt Nam ưu tiên dùng hàng Việt Nam", "Vì người nghèo", "Ngày hội Đại đoàn kết toàn dân tộc"],
["Hôm nay: Thứ Bảy, 06/10/2018", "05.10.2018 | 14:30", "quý III/2018", "quý IV", "88 năm", "năm 2018"]))

PAGES.append(page("b9638-lamdong-bcd-bieuduong-ntm-2019", """
Báo Lâm Đồng điện tử
Thời sự › Chính trị › Nông thôn mới
10/12/2019 17:20:00
Lâm Đồng biểu dương 195 điển hình trong xây dựng nông thôn mới
(LĐ online) - Ngày 9/12, Ban Chỉ đạo các Chương trình mục tiêu quốc gia tỉnh Lâm Đồng tổ chức hội nghị biểu dương điển hình tiên tiến trong phong trào thi đua "Lâm Đồng chung sức xây dựng nông thôn mới" năm 2019. Đồng chí Phạm Văn Trúc, TUV, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo các Chương trình mục tiêu quốc gia tỉnh chủ trì hội nghị.
Các điển hình tiên tiến nhận bằng khen của UBND tỉnh.
Báo cáo tại hội nghị cho biết, thực hiện Quyết định số 1600/QĐ-TTg ngày 16/8/2016 của Thủ tướng Chính phủ và Nghị quyết số 05-NQ/TU ngày 11/11/2016 của Tỉnh ủy, đến nay toàn tỉnh có 88/111 xã đạt chuẩn nông thôn mới, 2 huyện Đơn Dương, Đức Trọng được công nhận huyện nông thôn mới. Năm 2019, tổng nguồn lực huy động đạt 6.830 tỷ đồng, trong đó vốn tín dụng chiếm 71%; nhân dân hiến 47 ha đất, tham gia 95.000 ngày công. Thu nhập bình quân khu vực nông thôn đạt 52,4 triệu đồng/người/năm.
Trong phong trào, nhiều tập thể, cá nhân đã đi đầu. Ông Cil Múp, người có uy tín thôn Đạ Nhar, xã Đạ Chais (Lạc Dương), đã vận động 26 hộ đồng bào K'Ho hiến đất làm đường, bản thân gia đình ông hiến 1.200 m2. Bà Touneh Han Tâm, Chủ tịch Hội Phụ nữ xã Ka Đô (Đơn Dương), xây dựng mô hình "Phụ nữ Chu Ru giữ gìn nghề dệt thổ cẩm" với 35 chị em tham gia. Ông K'Bròn, Bí thư Chi bộ thôn Bon Dơng, xã Lát, được bà con gọi là "người giữ đường" vì nhiều năm tự nguyện phát dọn 3 km đường liên thôn.
Phát biểu tại hội nghị, đồng chí Liêng Hót Ha Ní, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, cho biết Mặt trận các cấp đã vận động nhân dân thực hiện tốt cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", gắn với Kế hoạch số 74/KH-MTTQ-BTT của Ban Thường trực; 98% khu dân cư đạt danh hiệu văn hóa.
Đồng chí Phạm Văn Trúc đánh giá cao những tấm gương bình dị nhưng có sức lan tỏa lớn; đề nghị các địa phương chú trọng tiêu chí môi trường, tiêu chí an ninh trật tự, không để xảy ra tình trạng "đạt chuẩn rồi để đó". Năm 2020, tỉnh phấn đấu có thêm 8 xã đạt chuẩn, 5 xã đạt chuẩn nông thôn mới nâng cao.
Tại hội nghị, UBND tỉnh tặng bằng khen cho 75 tập thể và 120 cá nhân điển hình tiên tiến. Tổng số 195 điển hình được biểu dương lần này được lựa chọn từ 1.046 tập thể, cá nhân được các huyện đề xuất.
Ya Tuấn
Tin liên quan
- Di Linh: khánh thành 12 công trình nông thôn mới (02/12/2019)
- Lạc Dương: hiến đất làm đường vào khu sản xuất (25/11/2019)
- Bảo Lâm tổ chức Ngày hội Đại đoàn kết ở thôn 6 Lộc Thành (18/11/2019)
""", "2019-12-10", "Lâm Đồng biểu dương 195 điển hình trong xây dựng nông thôn mới",
E("hoi_nghi", "2019", "2019-12-09"),
[P("Phạm Văn Trúc", "TUV", "Phó Chủ tịch UBND tỉnh", "Trưởng Ban Chỉ đạo các Chương trình mục tiêu quốc gia tỉnh"),
 P("Cil Múp", "người có uy tín thôn Đạ Nhar"),
 P("Touneh Han Tâm", "Chủ tịch Hội Phụ nữ xã Ka Đô"),
 P("K'Bròn", "Bí thư Chi bộ thôn Bon Dơng"),
 P("Liêng Hót Ha Ní", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("195 điển hình", 195, "điển hình"), Q("88/111 xã", 88, "xã"), Q("2 huyện", 2, "huyện"),
 Q("6.830 tỷ đồng", 6830000000000, "đồng"), Q("71%", 71, "%"), Q("47 ha", 47, "ha"), Q("95.000 ngày công", 95000, "ngày công"),
 Q("52,4 triệu đồng", 52400000, "đồng"), Q("26 hộ", 26, "hộ"), Q("1.200 m2", 1200, "m2"), Q("35 chị em", 35, "chị em"),
 Q("3 km", 3, "km"), Q("98%", 98, "%"), Q("8 xã", 8, "xã"), Q("5 xã", 5, "xã"), Q("75 tập thể", 75, "tập thể"),
 Q("120 cá nhân điển hình tiên tiến", 120, "cá nhân điển hình tiên tiến"), Q("1.046 tập thể, cá nhân", 1046, "tập thể, cá nhân")],
[D("Quyết định", "1600", "QĐ-TTg", "2016-08-16", "Thủ tướng Chính phủ", "Quyết định số 1600/QĐ-TTg ngày 16/8/2016"),
 D("Nghị quyết", "05", "NQ/TU", "2016-11-11", "Tỉnh ủy", "Nghị quyết số 05-NQ/TU ngày 11/11/2016"),
 D("Kế hoạch", "74", "KH-MTTQ-BTT", None, "Ban Thường trực", "Kế hoạch số 74/KH-MTTQ-BTT")],
[prov("Lâm Đồng"), com("Đạ Chais"), com("Ka Đô"), com("Lát")],
["Báo Lâm Đồng điện tử", "Thời sự › Chính trị › Nông thôn mới", "(LĐ online)",
 "Các điển hình tiên tiến nhận bằng khen của UBND tỉnh.", "Lâm Đồng chung sức xây dựng nông thôn mới",
 "Phụ nữ Chu Ru giữ gìn nghề dệt thổ cẩm", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
 "người giữ đường", "đạt chuẩn rồi để đó"],
["10/12/2019 17:20:00", "năm 2019", "Năm 2020", "111 xã", "nhiều năm"]))

PAGES.append(page("b9639-haiphong-mttq-daihoi-phuong-2019", """
CỔNG THÔNG TIN ĐIỆN TỬ QUẬN LÊ CHÂN - THÀNH PHỐ HẢI PHÒNG
Trang chủ | Tin tức - Sự kiện | Hoạt động các phường
Thứ Năm, 27/06/2019, 09:10
Đại hội đại biểu MTTQ Việt Nam phường Cát Dài lần thứ XV, nhiệm kỳ 2019 - 2024
Đại hội đã hiệp thương cử 41 vị vào Ủy ban MTTQ Việt Nam phường khóa XV.
Phường Cát Dài: xây dựng tuyến phố văn minh là khâu đột phá
Ngày 26/6, Ủy ban MTTQ Việt Nam phường Cát Dài (quận Lê Chân, thành phố Hải Phòng) tổ chức Đại hội đại biểu lần thứ XV, nhiệm kỳ 2019 - 2024. Dự đại hội có 102 đại biểu chính thức đại diện cho hơn 9.800 nhân dân trong phường. Về dự có đồng chí Phạm Thị Hải Yến, Ủy viên Ban Thường vụ Quận ủy, Chủ tịch Ủy ban MTTQ Việt Nam quận Lê Chân.
Báo cáo tại đại hội cho biết, nhiệm kỳ qua, Mặt trận phường đã phối hợp tổ chức thực hiện có hiệu quả cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" gắn với Chỉ thị số 08-CT/QU của Ban Thường vụ Quận ủy về xây dựng trật tự, văn minh đô thị. Đến nay, 100% tổ dân phố của phường đăng ký xây dựng tổ dân phố văn minh; 9/11 tổ dân phố được công nhận; phường có 3 tuyến phố văn minh tiêu biểu là Cát Dài, Trại Lẻ, Hai Bà Trưng. Nhân dân đã tự nguyện tháo dỡ 146 mái che, biển quảng cáo lấn chiếm vỉa hè, góp 2,1 tỷ đồng cải tạo 7 ngõ xóm.
Quỹ "Vì người nghèo" phường vận động được 486 triệu đồng, hỗ trợ sửa chữa 6 nhà ở cho hộ khó khăn; tặng 1.350 suất quà Tết cho người nghèo, đối tượng chính sách. Ban Thường trực đã tổ chức 14 cuộc giám sát và 3 hội nghị phản biện xã hội về quy hoạch, chỉnh trang đô thị.
Phát biểu chỉ đạo đại hội, đồng chí Phạm Thị Hải Yến đề nghị Mặt trận phường nhiệm kỳ tới tiếp tục thực hiện Nghị quyết Đại hội IX Mặt trận Tổ quốc Việt Nam và Kế hoạch số 46-KH/QU của Quận ủy, lấy tổ dân phố làm địa bàn, lấy xây dựng văn minh đô thị làm khâu đột phá; chú trọng vai trò của Ban công tác Mặt trận trong hòa giải ở cơ sở.
Ý kiến tham luận của ông Trần Quang Vinh, Trưởng ban công tác Mặt trận tổ dân phố số 5, về cách vận động hộ kinh doanh không lấn chiếm vỉa hè nhận được nhiều sự quan tâm của đại biểu.
Đại hội đã hiệp thương cử 41 vị vào Ủy ban MTTQ Việt Nam phường khóa XV. Tại hội nghị lần thứ nhất, bà Đinh Thị Thu Hà được hiệp thương cử giữ chức Chủ tịch Ủy ban MTTQ Việt Nam phường khóa XV; các ông Vũ Văn Thành, Lê Minh Đức giữ chức Phó Chủ tịch. Đại hội cũng bầu 4 đại biểu dự Đại hội đại biểu MTTQ Việt Nam quận lần thứ XXI.
Bích Ngọc
Tin khác
- Phường Dư Hàng Kênh ra mắt tuyến phố văn minh (20/06/2019)
- Quận Lê Chân tổng kết 5 năm xây dựng tuyến phố văn minh đô thị (12/06/2019)
- Đại hội Mặt trận phường Niệm Nghĩa (05/06/2019)
""", "2019-06-27", "Phường Cát Dài: xây dựng tuyến phố văn minh là khâu đột phá",
E("dai_hoi", None, "2019-06-26"),
[P("Phạm Thị Hải Yến", "Ủy viên Ban Thường vụ Quận ủy", "Chủ tịch Ủy ban MTTQ Việt Nam quận Lê Chân"),
 P("Trần Quang Vinh", "Trưởng ban công tác Mặt trận tổ dân phố số 5"),
 P("Đinh Thị Thu Hà", "Chủ tịch Ủy ban MTTQ Việt Nam phường khóa XV"),
 P("Vũ Văn Thành", "Phó Chủ tịch"),
 P("Lê Minh Đức", "Phó Chủ tịch")],
[Q("41 vị", 41, "vị"), Q("102 đại biểu chính thức", 102, "đại biểu chính thức"), Q("hơn 9.800 nhân dân", 9800, "nhân dân", "over"),
 Q("100%", 100, "%"), Q("9/11 tổ dân phố", 9, "tổ dân phố"), Q("3 tuyến phố văn minh tiêu biểu", 3, "tuyến phố văn minh tiêu biểu"),
 Q("146 mái che, biển quảng cáo", 146, "mái che, biển quảng cáo"), Q("2,1 tỷ đồng", 2100000000, "đồng"), Q("7 ngõ xóm", 7, "ngõ xóm"),
 Q("486 triệu đồng", 486000000, "đồng"), Q("6 nhà ở", 6, "nhà ở"), Q("1.350 suất quà", 1350, "suất quà"),
 Q("14 cuộc giám sát", 14, "cuộc giám sát"), Q("3 hội nghị phản biện xã hội", 3, "hội nghị phản biện xã hội"), Q("4 đại biểu", 4, "đại biểu")],
[D("Chỉ thị", "08", "CT/QU", None, "Ban Thường vụ Quận ủy", "Chỉ thị số 08-CT/QU"),
 D("Kế hoạch", "46", "KH/QU", None, "Quận ủy", "Kế hoạch số 46-KH/QU")],
[prov("Hải Phòng"), com("Cát Dài")],
["CỔNG THÔNG TIN ĐIỆN TỬ QUẬN LÊ CHÂN - THÀNH PHỐ HẢI PHÒNG", "Trang chủ | Tin tức - Sự kiện | Hoạt động các phường",
 "Đại hội đại biểu MTTQ Việt Nam phường Cát Dài lần thứ XV, nhiệm kỳ 2019 - 2024",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Vì người nghèo", "Nghị quyết Đại hội IX Mặt trận Tổ quốc Việt Nam"],
["Thứ Năm, 27/06/2019, 09:10", "lần thứ XV", "nhiệm kỳ 2019 - 2024", "khóa XV", "tổ dân phố số 5", "lần thứ nhất", "lần thứ XXI", "Đại hội IX"]))

PAGES.append(page("b9640-binhdinh-mttq-phuong-baocao-2020", """
ỦY BAN NHÂN DÂN PHƯỜNG NHƠN BÌNH - THÀNH PHỐ QUY NHƠN
Trang chủ > Mặt trận - Đoàn thể > Văn bản - Báo cáo
Ngày đăng 15/07/2020 | 08:40
Báo cáo kết quả 6 tháng đầu năm 2020 thực hiện cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"
ỦY BAN MTTQ VIỆT NAM PHƯỜNG NHƠN BÌNH - BAN THƯỜNG TRỰC
Số: 27/BC-MTTQ
Nhơn Bình, ngày 10/7/2020
BÁO CÁO
Kết quả thực hiện cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" 6 tháng đầu năm 2020
Thực hiện Kế hoạch số 18/KH-MTTQ-BTT ngày 20/01/2020 của Ban Thường trực Ủy ban MTTQ Việt Nam thành phố Quy Nhơn, Ban Thường trực Ủy ban MTTQ Việt Nam phường Nhơn Bình báo cáo kết quả 6 tháng đầu năm 2020 như sau:
I. Kết quả thực hiện
1. Công tác tuyên truyền: phối hợp tổ chức 38 buổi tuyên truyền tại 9 khu vực với 2.470 lượt người tham dự; nội dung tập trung vào phòng, chống dịch Covid-19 và Chỉ thị số 16/CT-TTg của Thủ tướng Chính phủ, giữ gìn vệ sinh môi trường, trật tự đô thị.
2. Xây dựng đô thị văn minh: 9/9 khu vực duy trì tổ tự quản về môi trường; nhân dân đóng góp 318 triệu đồng bê tông hóa 1,15 km đường hẻm, lắp 64 bóng đèn chiếu sáng ngõ xóm. Khu vực 4 xây dựng mô hình "Tuyến đường hoa - không rác", được Ủy ban MTTQ Việt Nam tỉnh Bình Định biểu dương.
3. Chăm lo người nghèo: Quỹ "Vì người nghèo" phường tiếp nhận 126,5 triệu đồng; hỗ trợ 2 nhà Đại đoàn kết, mỗi nhà 40 triệu đồng; trao 540 phần quà cho hộ nghèo, hộ cận nghèo bị ảnh hưởng bởi dịch Covid-19. Đến nay phường còn 43 hộ nghèo, chiếm 0,78%.
4. Giám sát, phản biện: tổ chức 3 cuộc giám sát việc thực hiện chính sách hỗ trợ người dân gặp khó khăn do dịch theo Nghị quyết số 42/NQ-CP của Chính phủ; Ban Thanh tra nhân dân tiếp nhận 5 kiến nghị, đã chuyển giải quyết xong 4 kiến nghị.
II. Hạn chế
Một số hộ kinh doanh dọc tuyến Hùng Vương vẫn lấn chiếm vỉa hè; việc phân loại rác tại nguồn mới thực hiện ở 2 khu vực. Kinh phí hoạt động của Ban công tác Mặt trận còn thấp.
III. Phương hướng 6 tháng cuối năm 2020
Tiếp tục triển khai Nghị quyết số 03-NQ/ĐU của Đảng ủy phường về chỉnh trang đô thị; phấn đấu 100% khu vực tổ chức Ngày hội Đại đoàn kết toàn dân tộc; đề nghị công nhận phường đạt chuẩn văn minh đô thị.
TM. BAN THƯỜNG TRỰC
CHỦ TỊCH
Nguyễn Thị Kim Liên
Lượt xem: 187
Văn bản khác
- Thông báo lịch tiếp công dân tháng 7/2020 (08/07/2020)
- Kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2020 (01/07/2020)
- Báo cáo công tác Mặt trận quý II năm 2020 (30/06/2020)
Tin khác
- Ra quân tổng vệ sinh môi trường khu vực 6 (26/06/2020)
""", "2020-07-15", "Báo cáo kết quả 6 tháng đầu năm 2020 thực hiện cuộc vận động \"Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh\"",
E("bao_cao", "2020-H1", "2020-07-10"),
[P("Nguyễn Thị Kim Liên", "CHỦ TỊCH")],
[Q("38 buổi tuyên truyền", 38, "buổi tuyên truyền"), Q("9 khu vực", 9, "khu vực"), Q("2.470 lượt người", 2470, "lượt người"),
 Q("9/9 khu vực", 9, "khu vực"), Q("318 triệu đồng", 318000000, "đồng"), Q("1,15 km", 1.15, "km"), Q("64 bóng đèn", 64, "bóng đèn"),
 Q("126,5 triệu đồng", 126500000, "đồng"), Q("2 nhà Đại đoàn kết", 2, "nhà Đại đoàn kết"), Q("40 triệu đồng", 40000000, "đồng"),
 Q("540 phần quà", 540, "phần quà"), Q("43 hộ nghèo", 43, "hộ nghèo"), Q("0,78%", 0.78, "%"), Q("3 cuộc giám sát", 3, "cuộc giám sát"),
 Q("5 kiến nghị", 5, "kiến nghị"), Q("4 kiến nghị", 4, "kiến nghị"), Q("2 khu vực", 2, "khu vực"), Q("100%", 100, "%")],
[D("Báo cáo", "27", "BC-MTTQ", "2020-07-10", "Ban Thường trực Ủy ban MTTQ Việt Nam phường Nhơn Bình", "Số: 27/BC-MTTQ"),
 D("Kế hoạch", "18", "KH-MTTQ-BTT", "2020-01-20", "Ban Thường trực Ủy ban MTTQ Việt Nam thành phố Quy Nhơn", "Kế hoạch số 18/KH-MTTQ-BTT ngày 20/01/2020"),
 D("Chỉ thị", "16", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg"),
 D("Nghị quyết", "42", "NQ-CP", None, "Chính phủ", "Nghị quyết số 42/NQ-CP"),
 D("Nghị quyết", "03", "NQ/ĐU", None, "Đảng ủy phường", "Nghị quyết số 03-NQ/ĐU")],
[prov("Bình Định"), com("Nhơn Bình")],
["ỦY BAN NHÂN DÂN PHƯỜNG NHƠN BÌNH - THÀNH PHỐ QUY NHƠN", "Trang chủ > Mặt trận - Đoàn thể > Văn bản - Báo cáo",
 "ỦY BAN MTTQ VIỆT NAM PHƯỜNG NHƠN BÌNH - BAN THƯỜNG TRỰC", "Tuyến đường hoa - không rác", "Vì người nghèo",
 "Ngày hội Đại đoàn kết toàn dân tộc", "TM. BAN THƯỜNG TRỰC", "Lượt xem: 187"],
["Ngày đăng 15/07/2020 | 08:40", "6 tháng đầu năm 2020", "ngày 10/7/2020", "Covid-19", "Khu vực 4", "6 tháng cuối năm 2020", "Lượt xem: 187"]))
