from lib import *
PAGES = []

PAGES.append(page("b2135-quangtri-xa-ngayhoi-2025", """
BÁO QUẢNG TRỊ ĐIỆN TỬ
Thứ Năm, 20/11/2025
Trang chủ › Chính trị › Mặt trận - Đoàn thể
Thứ Ba, 18/11/2025 - 07:30
Ảnh: Già làng Kăn Lộc đánh chiêng khai mạc ngày hội.
Bản Xa Rường vui Ngày hội Đại đoàn kết, đón 2 ngôi nhà mới
Ngày 17/11, Ban Công tác Mặt trận bản Xa Rường, xã Hướng Phùng tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2025. Đồng chí Nguyễn Thị Hồng Quyên, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Quảng Trị và đồng chí Hồ Văn Thắm, Bí thư Đảng ủy xã Hướng Phùng dự và chung vui với bà con.
Bản Xa Rường có 93 hộ với 410 khẩu, 100% là đồng bào Vân Kiều. Bà Hồ Thị Pheo, Trưởng Ban Công tác Mặt trận bản Xa Rường, cho biết năm qua bà con đã chuyển đổi 35 ha đất trồng sắn kém hiệu quả sang trồng cà phê, chuối; toàn bản có 350 ha cà phê. Tỷ lệ hộ nghèo giảm còn 21,5%; 100% trẻ em trong độ tuổi được đến trường.
Đây là năm đầu tiên ngày hội được tổ chức sau khi tỉnh Quảng Trị mới được hợp nhất từ tỉnh Quảng Bình và tỉnh Quảng Trị, xã Hướng Phùng mới được thành lập trên cơ sở xã Hướng Phùng và xã Hướng Sơn. Thực hiện Kế hoạch số 28-KH/MTTQ-BTT ngày 10/10/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, ngày hội ở các bản năm nay gắn với bàn giao nhà Đại đoàn kết cho hộ nghèo.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh bàn giao 2 nhà Đại đoàn kết cho hộ bà Hồ Thị Xuân và hộ ông Hồ Văn Pả, mỗi nhà hỗ trợ 70 triệu đồng từ Quỹ "Vì người nghèo" tỉnh; trao 15 suất học bổng cho học sinh nghèo, mỗi suất 1,5 triệu đồng, và tặng bản 200 lá cờ Tổ quốc.
Phát biểu tại ngày hội, đồng chí Nguyễn Thị Hồng Quyên đề nghị Ban Công tác Mặt trận bản phát huy vai trò già làng, người có uy tín, vận động bà con tiếp cận nguồn vốn của Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi theo Nghị quyết số 120/2020/QH14 của Quốc hội; không nghe kẻ xấu lôi kéo vượt biên trái phép.
Già làng Kăn Lộc thay mặt bà con hứa tiếp tục giữ gìn đoàn kết, xây dựng bản "xanh, sạch, đẹp". Ông Hồ Văn Pả xúc động cho biết, cả gia đình 6 người từng sống trong căn nhà tạm, nay có nhà kiên cố để yên tâm làm ăn.
Phần hội có các trò chơi dân gian đẩy gậy, bắn nỏ, giã gạo và văn nghệ của 5 đội thanh niên trong xã. Bà con cùng nhau chuẩn bị bữa cơm đoàn kết với các món ăn truyền thống của người Vân Kiều.
Ngày hội kết thúc trong tiếng chiêng, tiếng trống rộn ràng; nhiều bà con ở các bản lân cận cũng đến giao lưu, chung vui với bản Xa Rường.
Hoàng Anh
Lượt xem: 3.418
Tin liên quan
- Xã Lìa ra mắt Ban Công tác Mặt trận 20 bản (03/11/2025)
- Mặt trận tỉnh trao 150 nhà Đại đoàn kết dịp 18/11 (14/11/2025)
- Đồng Hới: Ngày hội Đại đoàn kết ở tổ dân phố 7 (12/11/2025)
""", "2025-11-18", "Bản Xa Rường vui Ngày hội Đại đoàn kết, đón 2 ngôi nhà mới",
E("khac", None, "2025-11-17"),
[P("Nguyễn Thị Hồng Quyên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Quảng Trị"),
 P("Hồ Văn Thắm", "Bí thư Đảng ủy xã Hướng Phùng"),
 P("Hồ Thị Pheo", "Trưởng Ban Công tác Mặt trận bản Xa Rường"),
 P("Hồ Thị Xuân"),
 P("Hồ Văn Pả"),
 P("Kăn Lộc", "Già làng")],
[Q("2 nhà Đại đoàn kết", 2, "nhà Đại đoàn kết"), Q("93 hộ", 93, "hộ"), Q("410 khẩu", 410, "khẩu"), Q("100% là đồng bào Vân Kiều", 100, "%"),
 Q("35 ha", 35, "ha"), Q("350 ha", 350, "ha"), Q("21,5%", 21.5, "%"), Q("100% trẻ em", 100, "%"),
 Q("70 triệu đồng", 70000000, "đồng"), Q("15 suất học bổng", 15, "suất học bổng"), Q("1,5 triệu đồng", 1500000, "đồng"),
 Q("200 lá cờ Tổ quốc", 200, "lá cờ Tổ quốc"), Q("6 người", 6, "người"), Q("5 đội thanh niên", 5, "đội thanh niên")],
[D("Kế hoạch", "28", "KH/MTTQ-BTT", "2025-10-10", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 28-KH/MTTQ-BTT ngày 10/10/2025"),
 D("Nghị quyết", "120", "2020/QH14", None, "Quốc hội", "Nghị quyết số 120/2020/QH14")],
[prov("Quảng Trị"), prov("Quảng Bình"), com("Hướng Phùng"), com("Hướng Sơn")],
["BÁO QUẢNG TRỊ ĐIỆN TỬ", "Trang chủ › Chính trị › Mặt trận - Đoàn thể", "Ảnh: Già làng Kăn Lộc đánh chiêng khai mạc ngày hội.",
 "Vì người nghèo", "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi",
 "xanh, sạch, đẹp", "Lượt xem: 3.418"],
["Thứ Năm, 20/11/2025", "Thứ Ba, 18/11/2025 - 07:30", "năm 2025", "năm đầu tiên", "Lượt xem: 3.418"]))

PAGES.append(page("b2136-hue-phuong-giaoban-2025", """
ỦY BAN MTTQ VIỆT NAM THÀNH PHỐ HUẾ
Bạn đang ở: Trang chủ / Mặt trận cơ sở / Phường, xã
Cập nhật: 08/01/2026 15:30
Thuận Hóa: Mặt trận đồng hành cùng người dân vượt qua lũ lụt
Sáng 8/1, Ủy ban MTTQ Việt Nam phường Thuận Hóa tổ chức hội nghị giao ban công tác Mặt trận quý IV/2025 với Trưởng Ban Công tác Mặt trận 27 tổ dân phố, đại diện các tổ chức tôn giáo trên địa bàn. Bà Tôn Nữ Thị Hằng, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam phường Thuận Hóa chủ trì.
Bà Tôn Nữ Thị Hằng phát biểu tại hội nghị giao ban.
Báo cáo tại hội nghị cho thấy, trong quý IV, phường chịu ảnh hưởng nặng nề của các đợt mưa lũ lịch sử. Ban Công tác Mặt trận các tổ dân phố đã phối hợp di dời 156 hộ ra khỏi vùng ngập sâu; Ủy ban MTTQ phường tiếp nhận 680 triệu đồng và 12 tấn gạo ủng hộ, kịp thời hỗ trợ 340 hộ bị thiệt hại, mỗi hộ 1 triệu đồng. Các cơ sở tôn giáo đã nấu 4.500 suất cơm gửi bà con vùng lũ.
Thực hiện Kết luận 01, 02-KL/ĐU của Ban Thường vụ Đảng ủy phường về công tác chăm lo cho người dân sau thiên tai và về chỉnh trang đô thị, Mặt trận phường đã tổ chức 2 cuộc giám sát việc phân bổ hàng cứu trợ. Công điện số 05/CĐ-UBND của UBND thành phố về ứng phó mưa lũ được các tổ dân phố phổ biến tới từng hộ. Ngoài ra, Mặt trận phường tiếp tục triển khai Nghị quyết số 175/2024/QH15 của Quốc hội về thí điểm một số cơ chế đặc thù phát triển thành phố Huế.
Tại hội nghị, Thượng tọa Thích Quảng Chánh, Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam phường, cho biết các chùa đã vận động phật tử đóng góp hơn 300 triệu đồng hỗ trợ người dân; Linh mục Phaolô Nguyễn Văn Lộc, Chánh xứ giáo xứ Phủ Cam, đề nghị Mặt trận tổ chức sớm việc rà soát nhà ở bị hư hỏng. Ông Hồ Đắc Thanh, Trưởng Ban Công tác Mặt trận tổ dân phố 9, phản ánh còn 8 hộ bị sạt lở tường rào, cần hỗ trợ.
Phát biểu kết luận, bà Tôn Nữ Thị Hằng đề nghị các tổ dân phố rà soát, lập danh sách hộ khó khăn để chăm lo Tết Nguyên đán Bính Ngọ; phấn đấu trao ít nhất 800 suất quà Tết; phối hợp với các tổ chức tôn giáo tổ chức "Chợ Tết 0 đồng". Đồng chí Phan Thanh Tùng, Phó Chủ tịch UBND phường, cho biết phường sẽ hỗ trợ sửa chữa 25 căn nhà bị hư hỏng trước Tết.
Hội nghị cũng thống nhất kế hoạch tổ chức hội nghị tổng kết công tác Mặt trận năm 2025 của phường vào giữa tháng 1/2026.
Các ý kiến tại hội nghị đều thống nhất cho rằng, trong thiên tai, vai trò của Ban Công tác Mặt trận tổ dân phố càng được khẳng định, là cầu nối gần dân nhất.
Hương Giang
Tin khác
- Phường Phú Xuân trao quà cho người dân vùng lũ (30/12/2025)
- Mặt trận thành phố Huế tiếp nhận hơn 25 tỷ đồng ủng hộ đồng bào bị lũ (20/12/2025)
- Xã A Lưới 2 ra mắt Ban Công tác Mặt trận thôn (15/12/2025)
""", "2026-01-08", "Thuận Hóa: Mặt trận đồng hành cùng người dân vượt qua lũ lụt",
E("giao_ban", "2025-Q4", "2026-01-08"),
[P("Tôn Nữ Thị Hằng", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam phường Thuận Hóa"),
 P("Thích Quảng Chánh", "Thượng tọa", "Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam phường"),
 P("Phaolô Nguyễn Văn Lộc", "Linh mục", "Chánh xứ giáo xứ Phủ Cam"),
 P("Hồ Đắc Thanh", "Trưởng Ban Công tác Mặt trận tổ dân phố 9"),
 P("Phan Thanh Tùng", "Phó Chủ tịch UBND phường")],
[Q("27 tổ dân phố", 27, "tổ dân phố"), Q("156 hộ", 156, "hộ"), Q("680 triệu đồng", 680000000, "đồng"),
 Q("12 tấn", 12, "tấn"), Q("340 hộ", 340, "hộ"), Q("1 triệu đồng", 1000000, "đồng"), Q("4.500 suất cơm", 4500, "suất cơm"),
 Q("2 cuộc giám sát", 2, "cuộc giám sát"), Q("hơn 300 triệu đồng", 300000000, "đồng", "over"), Q("8 hộ", 8, "hộ"),
 Q("ít nhất 800 suất quà", 800, "suất quà", "over"), Q("25 căn nhà", 25, "căn nhà")],
[D("Kết luận", "01", "KL/ĐU", None, "Ban Thường vụ Đảng ủy phường", "Kết luận 01, 02-KL/ĐU"),
 D("Kết luận", "02", "KL/ĐU", None, "Ban Thường vụ Đảng ủy phường", "Kết luận 01, 02-KL/ĐU"),
 D("Nghị quyết", "175", "2024/QH15", None, "Quốc hội", "Nghị quyết số 175/2024/QH15")],
[prov("Huế"), com("Thuận Hóa")],
["ỦY BAN MTTQ VIỆT NAM THÀNH PHỐ HUẾ", "Bạn đang ở: Trang chủ / Mặt trận cơ sở / Phường, xã",
 "Bà Tôn Nữ Thị Hằng phát biểu tại hội nghị giao ban.", "Chợ Tết 0 đồng", "Giáo hội Phật giáo Việt Nam", "Phủ Cam"],
["Cập nhật: 08/01/2026 15:30", "quý IV/2025", "quý IV", "Chợ Tết 0 đồng", "năm 2025", "tháng 1/2026"]))

PAGES.append(page("b2137-sonla-huyen-tongket-2023", """
Báo Sơn La - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Sơn La
Thời sự › Chính trị › Mặt trận - Đoàn thể
21/12/2023 | 16:10
Toàn cảnh hội nghị.
Mặt trận huyện Phù Yên vận động xây dựng 87 nhà Đại đoàn kết
Ngày 20/12, Ủy ban MTTQ Việt Nam huyện Phù Yên tổ chức hội nghị tổng kết công tác Mặt trận năm 2023, triển khai chương trình phối hợp và thống nhất hành động năm 2024. Đồng chí Cầm Văn Chung, HUV, Chủ tịch Ủy ban MTTQ Việt Nam huyện chủ trì hội nghị.
Dự hội nghị có đồng chí Đinh Thị Quyên, Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện; đồng chí Sa Văn Khiêm, Phó Chủ tịch - Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh.
Năm 2023, Mặt trận các cấp đã vận động xây dựng 87 nhà Đại đoàn kết cho hộ nghèo người Mông, Dao, Thái, Mường với tổng kinh phí 4,35 tỷ đồng, trong đó Quỹ "Vì người nghèo" các cấp hỗ trợ 2,6 tỷ đồng. Toàn huyện có 26 xã, thị trấn với 319 bản, tiểu khu; 94,1% khu dân cư đạt danh hiệu "Bản, tiểu khu văn hóa". Ban Công tác Mặt trận các bản đã tham gia hòa giải thành 64/70 vụ việc, ngăn chặn 3 vụ việc truyền đạo trái pháp luật.
Thực hiện Chỉ thị 36, 37-CT/HU của Ban Thường vụ Huyện ủy về vận động nhân dân tham gia giữ gìn an ninh trật tự và về phát huy vai trò người có uy tín, Mặt trận huyện tổ chức 18 hội nghị cấp xã tuyên truyền cho hơn 2.900 lượt người. Ban Thường trực cũng tham mưu triển khai Quyết định số 28/2023/QĐ-UBND ngày 15/5/2023 của UBND tỉnh Sơn La quy định mức hỗ trợ xây nhà cho hộ nghèo.
Tại hội nghị, bà Lò Thị Ươi, Chủ tịch Ủy ban MTTQ xã Mường Cơi, chia sẻ kinh nghiệm vận động nhân dân hiến 4.200 m2 đất làm đường; ông Hà Văn Thiện, người có uy tín bản Suối Bí, xã Suối Bau, cho biết bản đã 3 năm liền không có người nghiện ma túy mới.
Hội nghị đã hiệp thương cử ông Mùa A Vàng, Bí thư Đảng ủy xã Kim Bon, giữ chức Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện thay bà Hoàng Thị Lan được điều động nhận nhiệm vụ mới.
Phát biểu chỉ đạo, đồng chí Đinh Thị Quyên đề nghị năm 2024 Mặt trận huyện chuẩn bị chu đáo Đại hội đại biểu MTTQ Việt Nam huyện lần thứ XX, nhiệm kỳ 2024 - 2029; tiếp tục thực hiện tốt phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa" và mục tiêu giảm tỷ lệ hộ nghèo 4% mỗi năm.
Dịp này, Ủy ban MTTQ tỉnh tặng bằng khen cho 2 tập thể; Ủy ban MTTQ huyện tặng giấy khen cho 15 tập thể, 22 cá nhân.
Các đại biểu cũng thảo luận giải pháp giữ gìn văn hóa truyền thống trong đồng bào dân tộc thiểu số.
Quang Minh
Tin liên quan
- Bắc Yên: tổng kết công tác Mặt trận năm 2023 (19/12/2023)
- Phù Yên trao 20 nhà Đại đoàn kết dịp cuối năm (12/12/2023)
- Mộc Châu tổ chức đối thoại với người có uy tín (05/12/2023)
""", "2023-12-21", "Mặt trận huyện Phù Yên vận động xây dựng 87 nhà Đại đoàn kết",
E("tong_ket", "2023", "2023-12-20"),
[P("Cầm Văn Chung", "HUV", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Đinh Thị Quyên", "Phó Bí thư Thường trực Huyện ủy", "Chủ tịch HĐND huyện"),
 P("Sa Văn Khiêm", "Phó Chủ tịch - Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lò Thị Ươi", "Chủ tịch Ủy ban MTTQ xã Mường Cơi"),
 P("Hà Văn Thiện", "người có uy tín bản Suối Bí"),
 P("Mùa A Vàng", "Bí thư Đảng ủy xã Kim Bon", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Hoàng Thị Lan")],
[Q("87 nhà Đại đoàn kết", 87, "nhà Đại đoàn kết"), Q("4,35 tỷ đồng", 4350000000, "đồng"), Q("2,6 tỷ đồng", 2600000000, "đồng"),
 Q("26 xã, thị trấn", 26, "xã, thị trấn"), Q("319 bản, tiểu khu", 319, "bản, tiểu khu"), Q("94,1%", 94.1, "%"),
 Q("64/70 vụ việc", 64, "vụ việc"), Q("3 vụ việc truyền đạo trái pháp luật", 3, "vụ việc truyền đạo trái pháp luật"),
 Q("18 hội nghị cấp xã", 18, "hội nghị cấp xã"), Q("hơn 2.900 lượt người", 2900, "lượt người", "over"),
 Q("4.200 m2", 4200, "m2"), Q("4% mỗi năm", 4, "%"), Q("2 tập thể", 2, "tập thể"), Q("15 tập thể", 15, "tập thể"),
 Q("22 cá nhân", 22, "cá nhân")],
[D("Chỉ thị", "36", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 36, 37-CT/HU"),
 D("Chỉ thị", "37", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 36, 37-CT/HU"),
 D("Quyết định", "28", "2023/QĐ-UBND", "2023-05-15", "UBND tỉnh Sơn La", "Quyết định số 28/2023/QĐ-UBND ngày 15/5/2023")],
[prov("Sơn La"), com("Mường Cơi"), com("Suối Bau"), com("Kim Bon")],
["Báo Sơn La - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Sơn La", "Thời sự › Chính trị › Mặt trận - Đoàn thể",
 "Toàn cảnh hội nghị.", "Vì người nghèo", "Bản, tiểu khu văn hóa", "Toàn dân đoàn kết xây dựng đời sống văn hóa"],
["21/12/2023 | 16:10", "năm 2023", "năm 2024", "3 năm liền", "lần thứ XX", "nhiệm kỳ 2024 - 2029", "mỗi năm"]))

PAGES.append(page("b2138-laichau-xa-ngayhoi-2025", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ SÌN HỒ - TỈNH LAI CHÂU
Trang chủ | Giới thiệu | Tin tức | Mặt trận
Ngày đăng: 14/11/2025 08:30
Bản Phìn Hồ tổ chức Ngày hội Đại đoàn kết toàn dân tộc
Chiều 13/11, Ban Công tác Mặt trận bản Phìn Hồ, xã Sìn Hồ tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2025, chào mừng 95 năm Ngày thành lập Mặt trận Dân tộc thống nhất Việt Nam. Về dự có các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam xã: Chu Thị Là, Tẩn A Phẩu và đại diện Công an xã, Trạm Y tế xã.
Ông Phìn Văn Chừ, Trưởng Ban Công tác Mặt trận bản Phìn Hồ báo cáo tại ngày hội.
Sìn Hồ là xã vùng cao của tỉnh Lai Châu, được thành lập sau khi sắp xếp đơn vị hành chính từ tháng 7/2025. Bản Phìn Hồ có 118 hộ, 642 nhân khẩu, gồm đồng bào Hà Nhì, Mông, Dao cùng sinh sống. Theo báo cáo của ông Phìn Văn Chừ, Trưởng Ban Công tác Mặt trận bản Phìn Hồ, năm 2025 nhân dân trong bản đã đóng góp 480 ngày công, hiến 900 m2 đất làm đường; trồng mới 25 ha thảo quả dưới tán rừng. Bản có 102 hộ đạt danh hiệu gia đình văn hóa; số hộ nghèo giảm còn 29 hộ. Thu nhập bình quân đạt khoảng 27 triệu đồng/người/năm.
Thực hiện Kế hoạch 61, 62-KH/MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam xã về tổ chức Ngày hội Đại đoàn kết toàn dân tộc và về phong trào "Toàn dân bảo vệ an ninh Tổ quốc", Ban Công tác Mặt trận bản đã phối hợp Công an xã vận động bà con giao nộp 6 khẩu súng tự chế. Việc tổ chức ngày hội cũng gắn với Nghị quyết số 09-NQ/ĐU ngày 02/9/2025 của Đảng ủy xã về phát triển du lịch cộng đồng ở các bản người Hà Nhì.
Phát biểu tại ngày hội, bà Chu Thị Là ghi nhận sự cố gắng của bà con bản Phìn Hồ; đề nghị Ban Công tác Mặt trận bản tiếp tục vận động nhân dân không tảo hôn, không kết hôn cận huyết thống, không di cư tự do; phát huy vai trò của người có uy tín trong dòng họ. Ông Lỳ Gió Xè, người có uy tín bản Phìn Hồ, cam kết cùng Ban Công tác Mặt trận giữ gìn bản sắc văn hóa Hà Nhì.
Dịp này, Ủy ban MTTQ Việt Nam xã trao 20 suất quà cho hộ nghèo, mỗi suất trị giá 350.000 đồng; Đồn Biên phòng Ma Ly Chải tặng 30 bộ quần áo ấm cho học sinh bán trú. Bà Lò Thị Phanh, một hộ nghèo người Lự đến dự ngày hội, vui mừng nhận quà.
Phần hội có văn nghệ của 3 đội văn nghệ quần chúng, thi đánh quay, ném còn, kéo co. Bà con quây quần bên mâm cơm đoàn kết, thưởng thức món ăn truyền thống của đồng bào Hà Nhì.
Được biết, đến ngày 18/11, tất cả các bản trên địa bàn xã đã tổ chức xong ngày hội, bảo đảm vui tươi, tiết kiệm.
Thào Mỷ
Lượt truy cập: 56.712
Tin khác
- Bản Tả Phìn tổ chức Ngày hội Đại đoàn kết (12/11/2025)
- Xã Sìn Hồ trao 5 nhà Đại đoàn kết (06/11/2025)
- Hội nghị giao ban Ban Công tác Mặt trận các bản quý III/2025 (02/10/2025)
""", "2025-11-14", "Bản Phìn Hồ tổ chức Ngày hội Đại đoàn kết toàn dân tộc",
E("khac", None, "2025-11-13"),
[P("Chu Thị Là", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Tẩn A Phẩu", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Phìn Văn Chừ", "Trưởng Ban Công tác Mặt trận bản Phìn Hồ"),
 P("Lỳ Gió Xè", "người có uy tín bản Phìn Hồ"),
 P("Lò Thị Phanh")],
[Q("118 hộ", 118, "hộ"), Q("642 nhân khẩu", 642, "nhân khẩu"), Q("480 ngày công", 480, "ngày công"), Q("900 m2", 900, "m2"),
 Q("25 ha", 25, "ha"), Q("102 hộ", 102, "hộ"), Q("29 hộ", 29, "hộ"), Q("khoảng 27 triệu đồng/người/năm", 27000000, "đồng", "approx"),
 Q("6 khẩu súng tự chế", 6, "khẩu súng tự chế"), Q("20 suất quà", 20, "suất quà"), Q("350.000 đồng", 350000, "đồng"),
 Q("30 bộ quần áo ấm", 30, "bộ quần áo ấm"), Q("3 đội văn nghệ quần chúng", 3, "đội văn nghệ quần chúng")],
[D("Kế hoạch", "61", "KH/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam xã", "Kế hoạch 61, 62-KH/MTTQ-BTT"),
 D("Kế hoạch", "62", "KH/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam xã", "Kế hoạch 61, 62-KH/MTTQ-BTT"),
 D("Nghị quyết", "09", "NQ/ĐU", "2025-09-02", "Đảng ủy xã", "Nghị quyết số 09-NQ/ĐU ngày 02/9/2025")],
[prov("Lai Châu"), com("Sìn Hồ")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ SÌN HỒ - TỈNH LAI CHÂU", "Trang chủ | Giới thiệu | Tin tức | Mặt trận",
 "Ông Phìn Văn Chừ, Trưởng Ban Công tác Mặt trận bản Phìn Hồ báo cáo tại ngày hội.", "Toàn dân bảo vệ an ninh Tổ quốc",
 "Đồn Biên phòng Ma Ly Chải", "Lượt truy cập: 56.712"],
["Ngày đăng: 14/11/2025 08:30", "tháng 7/2025", "năm 2025", "95 năm", "Lượt truy cập: 56.712"]))

PAGES.append(page("b2139-camau-xa-giaoban-2026", """
Báo Cà Mau điện tử
Thứ Ba, 07/04/2026, 09:00
Chính trị | Mặt trận - Đoàn thể | Cơ sở
Vĩnh Lợi: Ban Công tác Mặt trận ấp "bám dân, sát dân"
Ngày 6/4, Ủy ban MTTQ Việt Nam xã Vĩnh Lợi tổ chức hội nghị giao ban công tác Mặt trận quý I/2026 với Trưởng Ban Công tác Mặt trận 19 ấp. Đồng chí Lâm Thị Ngọc Bích, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã Vĩnh Lợi chủ trì hội nghị.
Ảnh: Đồng chí Lâm Thị Ngọc Bích phát biểu tại hội nghị.
Xã Vĩnh Lợi được thành lập trên cơ sở sáp nhập thị trấn Châu Hưng, xã Châu Hưng A và xã Hưng Thành của huyện Vĩnh Lợi, tỉnh Bạc Liêu (cũ); đồng bào Khmer chiếm khoảng 18% dân số. Trong quý I, Ban Công tác Mặt trận các ấp đã tổ chức 57 cuộc sinh hoạt, tuyên truyền đến hơn 3.100 lượt người về bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031; phối hợp hòa giải thành 11 vụ việc mâu thuẫn, tranh chấp.
Dịp Tết Nguyên đán, Mặt trận xã và các ấp đã vận động trao 1.240 phần quà với tổng trị giá hơn 620 triệu đồng; khởi công 4 căn nhà Đại đoàn kết, mỗi căn 60 triệu đồng. Thực hiện Kế hoạch số 07-KH/ĐU ngày 12/01/2026 của Ban Thường vụ Đảng ủy xã, Mặt trận đã tổ chức 19 hội nghị cấp ấp lấy ý kiến nhân dân giới thiệu người ứng cử đại biểu HĐND xã.
Tại hội nghị, ông Thạch Sa Phon, Trưởng Ban Công tác Mặt trận ấp Phước Thạnh, cho biết ấp có 6 trường hợp đi lao động ngoài tỉnh chưa về tham gia bầu cử; ông Huỳnh Văn Mến, Trưởng Ban Công tác Mặt trận ấp Trà Khứa, đề nghị xã hỗ trợ kinh phí sửa chữa cầu dân sinh. Bà Danh Thị Sô Phi, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, thông tin về việc thực hiện Quyết định số 1234/QĐ-UBND ngày 18/02/2026 của UBND tỉnh Cà Mau phân bổ kinh phí hoạt động cho Ban Công tác Mặt trận ở khu dân cư, mỗi ấp được hỗ trợ 6 triệu đồng/năm.
Đồng chí Lâm Thị Ngọc Bích đề nghị quý II, Ban Công tác Mặt trận các ấp tập trung hướng dẫn người dân đi bầu cử, giám sát việc lập danh sách cử tri; tiếp tục thực hiện mô hình "Ấp văn hóa, an toàn, nghĩa tình"; vận động 100% hộ dân tham gia bảo hiểm y tế.
Hội nghị cũng biểu dương 3 ấp có cách làm hay trong quý I: Phước Thạnh, Trà Khứa và Nhà Việc.
Trước đó, Ủy ban MTTQ Việt Nam xã đã tổ chức đoàn đến thăm, tặng quà các chùa Khmer nhân dịp Tết cổ truyền Chôl Chnăm Thmây, ghi nhận sự đóng góp của các vị sư sãi, achar trong vận động đồng bào.
Diệp Anh
Lượt xem: 1.542
Bài viết liên quan
- Xã Hưng Hội giao ban Ban Công tác Mặt trận ấp (03/04/2026)
- Cà Mau: hiệp thương lần thứ ba giới thiệu người ứng cử đại biểu HĐND tỉnh (28/03/2026)
- Phường Bạc Liêu ra mắt mô hình "Khóm dân vận khéo" (20/03/2026)
""", "2026-04-07", "Vĩnh Lợi: Ban Công tác Mặt trận ấp \"bám dân, sát dân\"",
E("giao_ban", "2026-Q1", "2026-04-06"),
[P("Lâm Thị Ngọc Bích", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã Vĩnh Lợi"),
 P("Thạch Sa Phon", "Trưởng Ban Công tác Mặt trận ấp Phước Thạnh"),
 P("Huỳnh Văn Mến", "Trưởng Ban Công tác Mặt trận ấp Trà Khứa"),
 P("Danh Thị Sô Phi", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã")],
[Q("19 ấp", 19, "ấp"), Q("khoảng 18%", 18, "%", "approx"), Q("57 cuộc sinh hoạt", 57, "cuộc sinh hoạt"),
 Q("hơn 3.100 lượt người", 3100, "lượt người", "over"), Q("11 vụ việc mâu thuẫn, tranh chấp", 11, "vụ việc mâu thuẫn, tranh chấp"),
 Q("1.240 phần quà", 1240, "phần quà"), Q("hơn 620 triệu đồng", 620000000, "đồng", "over"),
 Q("4 căn nhà Đại đoàn kết", 4, "căn nhà Đại đoàn kết"), Q("60 triệu đồng", 60000000, "đồng"),
 Q("19 hội nghị cấp ấp", 19, "hội nghị cấp ấp"), Q("6 trường hợp", 6, "trường hợp"), Q("6 triệu đồng/năm", 6000000, "đồng"),
 Q("100% hộ dân", 100, "%"), Q("3 ấp", 3, "ấp")],
[D("Kế hoạch", "07", "KH/ĐU", "2026-01-12", "Ban Thường vụ Đảng ủy xã", "Kế hoạch số 07-KH/ĐU ngày 12/01/2026"),
 D("Quyết định", "1234", "QĐ-UBND", "2026-02-18", "UBND tỉnh Cà Mau", "Quyết định số 1234/QĐ-UBND ngày 18/02/2026")],
[prov("Cà Mau"), prov("Bạc Liêu"), com("Vĩnh Lợi"), com("Châu Hưng"), com("Châu Hưng A"), com("Hưng Thành")],
["Báo Cà Mau điện tử", "Chính trị | Mặt trận - Đoàn thể | Cơ sở", "Ảnh: Đồng chí Lâm Thị Ngọc Bích phát biểu tại hội nghị.",
 "bám dân, sát dân", "Ấp văn hóa, an toàn, nghĩa tình", "Lượt xem: 1.542"],
["Thứ Ba, 07/04/2026, 09:00", "quý I/2026", "quý I", "quý II", "khóa XVI", "nhiệm kỳ 2026 - 2031", "Lượt xem: 1.542"]))

PAGES.append(page("b2140-hungyen-xa-chandung-2026", """
BÁO HƯNG YÊN ĐIỆN TỬ
Trang chủ » Xã hội » Gương sáng
Thứ Năm, 12/03/2026
"Trưởng thôn" của Mặt trận ở An Định
Nhắc đến ông Phạm Văn Dưỡng, người dân thôn An Định, xã Thái Thụy ai cũng quý mến. Hơn 10 năm làm Trưởng Ban Công tác Mặt trận thôn, ông đã cùng bà con làm nên nhiều đổi thay ở vùng quê ven biển này.
Ông Phạm Văn Dưỡng (bên phải) trao đổi với người dân trong thôn.
Ông Dưỡng hiện là Bí thư Chi bộ kiêm Trưởng Ban Công tác Mặt trận thôn An Định. Thôn có 486 hộ với hơn 1.900 nhân khẩu, phần lớn làm nghề đánh bắt hải sản và làm muối. Từ năm 2015 đến nay, ông đã vận động bà con hiến 3.600 m2 đất, góp 2,8 tỷ đồng làm 4,2 km đường trục thôn, xây dựng nhà văn hóa và lắp 160 bóng đèn chiếu sáng.
"Làm Mặt trận ở thôn, cứ việc gì dân cần thì mình làm, việc gì dân chưa rõ thì mình đến từng nhà nói cho dân hiểu", ông Dưỡng chia sẻ. Nhờ cách làm ấy, thôn An Định 8 năm liền không có đơn thư vượt cấp, 5 năm liền được công nhận "Khu dân cư kiểu mẫu".
Tháng 7/2025, khi tỉnh Hưng Yên mới được hình thành trên cơ sở hợp nhất tỉnh Thái Bình và tỉnh Hưng Yên, xã Thái Thụy được thành lập từ 4 xã, ông Dưỡng tiếp tục được tín nhiệm giữ chức Trưởng Ban Công tác Mặt trận thôn. Ông là một trong 12 Trưởng Ban Công tác Mặt trận được Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen năm 2025.
Bà Vũ Thị Thu Trang, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã Thái Thụy, cho biết: thực hiện Quy chế phối hợp số 02/QCPH-MTTQ-UBND giữa Ủy ban MTTQ Việt Nam xã và UBND xã, ông Dưỡng là người đầu tiên tổ chức "Ngày thứ Bảy vì dân" ở thôn, mỗi tháng tiếp nhận hàng chục ý kiến của người dân. Năm 2025, thôn An Định vận động được 96 triệu đồng ủng hộ Quỹ "Vì người nghèo", giúp 3 hộ sửa chữa nhà ở.
Không chỉ lo việc chung, ông còn vận động 23 hộ ngư dân thành lập tổ đoàn kết trên biển, hỗ trợ nhau khi gặp sự cố. Anh Bùi Văn Hạnh, một ngư dân trong tổ, kể: "Có lần tàu tôi bị hỏng máy cách bờ 30 hải lý, nhờ tổ đoàn kết mà được kéo về an toàn".
Theo ông Nguyễn Đức Thọ, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Hưng Yên, những Trưởng Ban Công tác Mặt trận như ông Dưỡng chính là "cánh tay nối dài" của Mặt trận ở cơ sở, góp phần triển khai hiệu quả Chỉ thị số 17-CT/TU ngày 05/11/2025 của Ban Thường vụ Tỉnh ủy về nâng cao chất lượng hoạt động của Ban Công tác Mặt trận ở khu dân cư.
Thu Hằng
Lượt xem: 2.087
Tin liên quan
- Xã Thái Thụy tổ chức Ngày hội Đại đoàn kết ở 18 thôn (20/11/2025)
- Người có uy tín ở vùng biển Tiền Hải (05/03/2026)
- Hưng Yên: 95 Trưởng Ban Công tác Mặt trận được khen thưởng (25/02/2026)
""", "2026-03-12", "\"Trưởng thôn\" của Mặt trận ở An Định",
E("khac", None, None),
[P("Phạm Văn Dưỡng", "Trưởng Ban Công tác Mặt trận thôn", "Bí thư Chi bộ kiêm Trưởng Ban Công tác Mặt trận thôn An Định"),
 P("Vũ Thị Thu Trang", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã Thái Thụy"),
 P("Bùi Văn Hạnh"),
 P("Nguyễn Đức Thọ", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Hưng Yên")],
[Q("486 hộ", 486, "hộ"), Q("hơn 1.900 nhân khẩu", 1900, "nhân khẩu", "over"), Q("3.600 m2", 3600, "m2"),
 Q("2,8 tỷ đồng", 2800000000, "đồng"), Q("4,2 km", 4.2, "km"), Q("160 bóng đèn chiếu sáng", 160, "bóng đèn chiếu sáng"),
 Q("4 xã", 4, "xã"), Q("12 Trưởng Ban Công tác Mặt trận", 12, "Trưởng Ban Công tác Mặt trận"),
 Q("96 triệu đồng", 96000000, "đồng"), Q("3 hộ", 3, "hộ"), Q("23 hộ ngư dân", 23, "hộ ngư dân"), Q("30 hải lý", 30, "hải lý")],
[D("Quy chế phối hợp", "02", "QCPH-MTTQ-UBND", None, None, "Quy chế phối hợp số 02/QCPH-MTTQ-UBND"),
 D("Chỉ thị", "17", "CT/TU", "2025-11-05", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 17-CT/TU ngày 05/11/2025")],
[prov("Hưng Yên"), prov("Thái Bình"), com("Thái Thụy")],
["BÁO HƯNG YÊN ĐIỆN TỬ", "Trang chủ » Xã hội » Gương sáng", "Ông Phạm Văn Dưỡng (bên phải) trao đổi với người dân trong thôn.",
 "Khu dân cư kiểu mẫu", "Ngày thứ Bảy vì dân", "Vì người nghèo", "cánh tay nối dài", "Trưởng thôn"],
["Thứ Năm, 12/03/2026", "Hơn 10 năm", "năm 2015", "8 năm liền", "5 năm liền", "Tháng 7/2025", "năm 2025", "mỗi tháng",
 "hàng chục", "Lượt xem: 2.087"]))
