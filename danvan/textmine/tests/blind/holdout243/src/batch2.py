from lib import *
PAGES = []

PAGES.append(page("b5795-kiengiang-hnd-traoqua-2017", """
Báo Kiên Giang Online
Trang chủ › Xã hội › Mặt trận - Đoàn thể
20-10-2017 09:40
Trao 650 phần quà cho nông dân bị thiệt hại lúa do rầy nâu
Ngày 18/10/2017, Hội Nông dân tỉnh Kiên Giang phối hợp Công ty cổ phần Phân bón Miền Tây trao 650 phần quà cho hội viên nông dân có lúa thu đông bị thiệt hại do rầy nâu, lem lép hạt tại các xã Vĩnh Phước B, Thạnh Đông A và Bàn Tân Định. Mỗi phần quà gồm 2 bao phân bón và tiền mặt, trị giá 800.000 đồng.
Đồng chí Danh Út, Phó Chủ tịch Hội Nông dân tỉnh trao quà cho nông dân xã Vĩnh Phước B.
Tham dự buổi trao quà có đồng chí Nguyễn Thị Bích Ngọc, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh; đồng chí Lê Văn Xuân, Phó Trưởng Ban Dân vận Tỉnh ủy; ông Trương Minh Khôi, Phó Giám đốc Công ty cổ phần Phân bón Miền Tây.
Theo thống kê của ngành nông nghiệp, vụ thu đông 2017 toàn tỉnh có hơn 9.200 ha lúa bị rầy nâu gây hại, trong đó khoảng 1.750 ha thiệt hại trên 70%. Nhiều hộ đồng bào Khmer ở các ấp Xẻo Cạn, Kinh Tư chỉ thu được 2 - 3 tạ/công. Hội Nông dân tỉnh đã đề xuất UBND tỉnh hỗ trợ giống theo Nghị định 02/2017/NĐ-CP ngày 9/1/2017 của Chính phủ về cơ chế, chính sách hỗ trợ sản xuất nông nghiệp để khôi phục sản xuất thiên tai, dịch bệnh.
Phát biểu tại buổi trao quà, đồng chí Nguyễn Thị Bích Ngọc chia sẻ với những khó khăn của bà con và cho biết Hội sẽ giải ngân thêm 3,5 tỷ đồng từ Quỹ Hỗ trợ nông dân cho khoảng 180 hộ bị thiệt hại nặng vay tái sản xuất vụ đông xuân 2017 - 2018 với lãi suất ưu đãi. Các cấp Hội cũng phối hợp Trung tâm Khuyến nông tổ chức 46 cuộc hội thảo đầu bờ hướng dẫn bà con áp dụng biện pháp "né rầy", gieo sạ đồng loạt.
Bà Thị Sa Rên, hội viên ấp Kinh Tư, xã Vĩnh Phước B, xúc động cho biết: "Nhà tôi có 12 công ruộng bị rầy cháy gần hết, phần quà này giúp gia đình có phân bón cho vụ tới". Ông Danh Hùng, Chi hội trưởng Chi hội nông dân ấp Xẻo Cạn, cho biết chi hội có 94 hội viên, trong đó 37 hộ bị thiệt hại.
Dịp này, Ban Thường vụ Hội Nông dân tỉnh cũng trao 5 căn nhà "Mái ấm nông dân" cho hội viên nghèo, mỗi căn trị giá 45 triệu đồng, thực hiện Kế hoạch số 64-KH/HND ngày 14/3/2017 của Ban Thường vụ Hội Nông dân tỉnh.
Các đồng chí Ủy viên Ban Thường vụ Hội Nông dân tỉnh: Danh Thị Mỹ Lệ, Phạm Hoàng Sơn đã trao quà tại xã Thạnh Đông A.
Hoàng Anh
Tin liên quan
- Gò Quao: nông dân xuống giống lúa thu đông né rầy (05/10/2017)
- Hội Nông dân tỉnh tập huấn kỹ năng cho 150 chi hội trưởng (28/09/2017)
- Hòn Đất: 400 hộ tham gia cánh đồng lớn (12/09/2017)
- An Biên: vận động nông dân chuyển đổi sang mô hình tôm - lúa (30/08/2017)
""", "2017-10-20", "Trao 650 phần quà cho nông dân bị thiệt hại lúa do rầy nâu",
E("trao_qua", None, "2017-10-18"),
[P("Danh Út", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Nguyễn Thị Bích Ngọc", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh"),
 P("Lê Văn Xuân", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trương Minh Khôi", "Phó Giám đốc Công ty cổ phần Phân bón Miền Tây"),
 P("Thị Sa Rên", "hội viên ấp Kinh Tư"),
 P("Danh Hùng", "Chi hội trưởng Chi hội nông dân ấp Xẻo Cạn"),
 P("Danh Thị Mỹ Lệ", "Ủy viên Ban Thường vụ Hội Nông dân tỉnh"),
 P("Phạm Hoàng Sơn", "Ủy viên Ban Thường vụ Hội Nông dân tỉnh")],
[Q("650 phần quà", 650, "phần quà"), Q("2 bao phân bón", 2, "bao phân bón"), Q("800.000 đồng", 800000, "đồng"),
 Q("hơn 9.200 ha", 9200, "ha", "over"), Q("khoảng 1.750 ha", 1750, "ha", "approx"), Q("trên 70%", 70, "%", "over"),
 Q("3,5 tỷ đồng", 3500000000, "đồng"), Q("khoảng 180 hộ", 180, "hộ", "approx"), Q("46 cuộc hội thảo đầu bờ", 46, "cuộc hội thảo đầu bờ"),
 Q("12 công ruộng", 12, "công ruộng"), Q("94 hội viên", 94, "hội viên"), Q("37 hộ", 37, "hộ"), Q("5 căn nhà", 5, "căn nhà"),
 Q("45 triệu đồng", 45000000, "đồng")],
[D("Nghị định", "02", "2017/NĐ-CP", "2017-01-09", "Chính phủ", "Nghị định 02/2017/NĐ-CP ngày 9/1/2017"),
 D("Kế hoạch", "64", "KH/HND", "2017-03-14", "Ban Thường vụ Hội Nông dân tỉnh", "Kế hoạch số 64-KH/HND ngày 14/3/2017")],
[prov("Kiên Giang"), com("Vĩnh Phước B"), com("Thạnh Đông A"), com("Bàn Tân Định")],
["Báo Kiên Giang Online", "Trang chủ › Xã hội › Mặt trận - Đoàn thể",
 "Đồng chí Danh Út, Phó Chủ tịch Hội Nông dân tỉnh trao quà cho nông dân xã Vĩnh Phước B.", "Mái ấm nông dân",
 "Quỹ Hỗ trợ nông dân", "né rầy"],
["20-10-2017 09:40", "vụ thu đông 2017", "vụ đông xuân 2017 - 2018", "2 - 3 tạ/công"]))

PAGES.append(page("b5796-dongthap-lmhtx-giaoban-2018", """
Báo Đồng Tháp Online
Chính trị >> Mặt trận - Đoàn thể
17/10/2018 - 10:05
Đồng chí Trần Thị Mỹ Thuận, Trưởng Ban Dân vận Tỉnh ủy phát biểu chỉ đạo.
Nâng chất hoạt động hợp tác xã nông nghiệp gắn với tái cơ cấu ngành lúa
Ngày 16/10/2018, Ban Dân vận Tỉnh ủy Đồng Tháp tổ chức giao ban khối dân vận quý III năm 2018 với chuyên đề phát triển kinh tế tập thể trong lĩnh vực trồng lúa. Đồng chí Trần Thị Mỹ Thuận, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì; cùng dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Nguyễn Thành Nhơn, Lê Thị Kim Loan.
Báo cáo của Liên minh Hợp tác xã tỉnh cho thấy, đến cuối quý III/2018, toàn tỉnh có 168 HTX nông nghiệp với 23.450 thành viên, quản lý dịch vụ trên 112.000 ha lúa; 59 HTX đạt loại khá, giỏi, chiếm 35,1%. Quý III các cấp Hội Nông dân đã vận động thành lập mới 9 HTX, 26 tổ hợp tác; 14 HTX ký hợp đồng bao tiêu lúa với 6 doanh nghiệp với sản lượng khoảng 86.000 tấn.
Thực hiện Chỉ thị 11, 12-CT/TU của Ban Thường vụ Tỉnh ủy về đổi mới, phát triển kinh tế tập thể và về tái cơ cấu ngành nông nghiệp, Ban Dân vận Tỉnh ủy đã phối hợp Sở Nông nghiệp và Phát triển nông thôn khảo sát 24 HTX; ban hành Hướng dẫn số 21-HD/BDVTU ngày 6/8/2018 về nhân rộng mô hình "Dân vận khéo" trong HTX. Các HTX được hỗ trợ theo Nghị định 98/2018/NĐ-CP ngày 5/7/2018 của Chính phủ về khuyến khích liên kết trong sản xuất và tiêu thụ sản phẩm nông nghiệp.
Tại buổi giao ban, ông Nguyễn Văn Đức, Giám đốc HTX Tân Bình, xã Tân Bình, cho biết HTX có 215 thành viên với 620 ha lúa, cung cấp lúa giống và dịch vụ sấy; lợi nhuận của thành viên tăng khoảng 3 triệu đồng/ha mỗi vụ. Bà Lê Thị Thu Ba, Phó Chủ tịch Hội Nông dân tỉnh đề nghị ngân hàng tăng hạn mức cho vay với 75 tổ liên kết sản xuất lúa giống. Ông Huỳnh Văn Sa, HUV, Trưởng Ban Dân vận Huyện ủy Tháp Mười nêu thực trạng một số HTX "chỉ có tên", thành viên không góp vốn.
Kết luận giao ban, đồng chí Trần Thị Mỹ Thuận đề nghị quý IV tập trung giải thể hoặc chuyển đổi 11 HTX ngừng hoạt động, vận động nông dân tham gia HTX kiểu mới theo Luật Hợp tác xã năm 2012; mỗi huyện xây dựng ít nhất 1 mô hình điểm. Khối dân vận theo dõi, báo cáo kết quả trước ngày 15/12/2018.
Các cơ quan khối dân vận cũng thống nhất phối hợp chuẩn bị sơ kết 5 năm thực hiện Quyết định 62/2013/QĐ-TTg của Thủ tướng Chính phủ về xây dựng cánh đồng lớn.
Tú Anh
Tin khác
- Lai Vung: nông dân liên kết trồng lúa giống (09/10/2018)
- Hội Nông dân tỉnh hội thảo sản xuất lúa hữu cơ (02/10/2018)
- Cao Lãnh ra mắt tổ hợp tác sản xuất lúa an toàn (25/09/2018)
- Châu Thành: 120 hộ hiến đất làm đường nội đồng (11/09/2018)
""", "2018-10-17", "Nâng chất hoạt động hợp tác xã nông nghiệp gắn với tái cơ cấu ngành lúa",
E("giao_ban", "2018-Q3", "2018-10-16"),
[P("Trần Thị Mỹ Thuận", "Trưởng Ban Dân vận Tỉnh ủy", "Ủy viên Ban Thường vụ Tỉnh ủy"),
 P("Nguyễn Thành Nhơn", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Thị Kim Loan", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Đức", "Giám đốc HTX Tân Bình"),
 P("Lê Thị Thu Ba", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Huỳnh Văn Sa", "HUV", "Trưởng Ban Dân vận Huyện ủy Tháp Mười")],
[Q("168 HTX nông nghiệp", 168, "HTX nông nghiệp"), Q("23.450 thành viên", 23450, "thành viên"), Q("trên 112.000 ha", 112000, "ha", "over"),
 Q("59 HTX", 59, "HTX"), Q("35,1%", 35.1, "%"), Q("9 HTX", 9, "HTX"), Q("26 tổ hợp tác", 26, "tổ hợp tác"), Q("14 HTX", 14, "HTX"),
 Q("6 doanh nghiệp", 6, "doanh nghiệp"), Q("khoảng 86.000 tấn", 86000, "tấn", "approx"), Q("24 HTX", 24, "HTX"),
 Q("215 thành viên", 215, "thành viên"), Q("620 ha", 620, "ha"), Q("khoảng 3 triệu đồng/ha", 3000000, "đồng", "approx"),
 Q("75 tổ liên kết sản xuất lúa giống", 75, "tổ liên kết sản xuất lúa giống"), Q("11 HTX", 11, "HTX"),
 Q("ít nhất 1 mô hình điểm", 1, "mô hình điểm", "over")],
[D("Chỉ thị", "11", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 11, 12-CT/TU"),
 D("Chỉ thị", "12", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 11, 12-CT/TU"),
 D("Hướng dẫn", "21", "HD/BDVTU", "2018-08-06", "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 21-HD/BDVTU ngày 6/8/2018"),
 D("Nghị định", "98", "2018/NĐ-CP", "2018-07-05", "Chính phủ", "Nghị định 98/2018/NĐ-CP ngày 5/7/2018"),
 D("Quyết định", "62", "2013/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 62/2013/QĐ-TTg")],
[prov("Đồng Tháp"), com("Tân Bình")],
["Báo Đồng Tháp Online", "Chính trị >> Mặt trận - Đoàn thể", "Đồng chí Trần Thị Mỹ Thuận, Trưởng Ban Dân vận Tỉnh ủy phát biểu chỉ đạo.",
 "Dân vận khéo", "Luật Hợp tác xã năm 2012", "chỉ có tên"],
["17/10/2018 - 10:05", "quý III năm 2018", "quý III/2018", "Quý III", "quý IV", "5 năm", "15/12/2018"]))

PAGES.append(page("b5797-baclieu-hnd-baocao-2019", """
HỘI NÔNG DÂN TỈNH BẠC LIÊU
Trang chủ | Tin hoạt động | Công tác Hội
Ngày 19/07/2019 | 15:20
Hội Nông dân tỉnh báo cáo kết quả 6 tháng đầu năm 2019 với Thường trực Tỉnh ủy
Ngày 17/7/2019, Ban Thường vụ Hội Nông dân tỉnh Bạc Liêu báo cáo với Thường trực Tỉnh ủy kết quả công tác Hội và phong trào nông dân 6 tháng đầu năm 2019. Buổi làm việc do đồng chí Lý Văn Hưởng, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh chủ trì. Dự có đồng chí Lê Thị Ái Nam, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy.
Quang cảnh buổi làm việc. Ảnh: Kim Ngân
Báo cáo do đồng chí Nguyễn Văn Đông, Chủ tịch Hội Nông dân tỉnh trình bày nêu: 6 tháng, toàn tỉnh có 31.580 hộ đăng ký danh hiệu nông dân sản xuất, kinh doanh giỏi; các cấp Hội kết nạp 1.245 hội viên mới, nâng tổng số lên 86.920 hội viên sinh hoạt tại 517 chi hội. Mô hình lúa - tôm ở vùng ngọt hóa và vùng mặn được nhân rộng lên 37.600 ha; giá lúa ST24, lúa Một bụi đỏ cao hơn lúa thường khoảng 1.000 đồng/kg.
Hội đã phối hợp tổ chức 158 lớp tập huấn, hội thảo cho 6.320 lượt hội viên; dạy nghề nông nghiệp cho 215 lao động nông thôn. Nguồn Quỹ Hỗ trợ nông dân đạt 26,7 tỷ đồng, tăng 1,9 tỷ đồng so với đầu năm, giúp 1.012 hộ vay. Hội Nông dân các cấp tham gia hòa giải 42 vụ việc mâu thuẫn, tranh chấp trong nông dân; phối hợp ngân hàng giải ngân 58 tỷ đồng vốn vay cho hội viên mua máy gặt đập liên hợp, máy sấy lúa.
Theo đồng chí Nguyễn Văn Đông, Hội đã triển khai Nghị quyết số 04-NQ/TU ngày 11/1/2019 của Tỉnh ủy về phát triển nông nghiệp công nghệ cao và Kế hoạch số 102-KH/HNDT của Ban Thường vụ Hội Nông dân tỉnh thực hiện Kết luận số 61-KL/TW, Kết luận số 54-KL/TW của Ban Bí thư. Tuy vậy, số hộ tham gia liên kết tiêu thụ lúa mới đạt khoảng 18%; việc thành lập chi hội nông dân nghề nghiệp còn chậm, mới có 7 chi hội.
Góp ý báo cáo, đồng chí Lê Thị Ái Nam đề nghị Hội quan tâm vận động hội viên người Khmer ở xã Hưng Hội, xã Vĩnh Hậu A tham gia tổ hợp tác. Ông Thạch Dươl, Chủ tịch Hội Nông dân huyện Hòa Bình, kiến nghị hỗ trợ kinh phí cho 6 mô hình chi hội nghề nghiệp mới thành lập.
Kết luận, đồng chí Lý Văn Hưởng ghi nhận kết quả và yêu cầu 6 tháng cuối năm Hội phấn đấu thành lập thêm ít nhất 10 tổ hợp tác, nâng Quỹ Hỗ trợ nông dân lên trên 30 tỷ đồng.
Kim Ngân
Lượt xem: 3.104
Xem thêm
- Phước Long: nông dân thu hoạch lúa hè thu được mùa (10/07/2019)
- Hội Nông dân tỉnh tặng 50 suất quà cho hội viên nghèo (02/07/2019)
- Giá Rai ra mắt chi hội nông dân nghề nghiệp lúa - tôm (21/06/2019)
- Hồng Dân: nông dân trồng lúa hữu cơ trên đất tôm (10/06/2019)
- Vĩnh Lợi tập huấn kỹ năng vận động quần chúng cho cán bộ Hội cơ sở (28/05/2019)
""", "2019-07-19", "Hội Nông dân tỉnh báo cáo kết quả 6 tháng đầu năm 2019 với Thường trực Tỉnh ủy",
E("bao_cao", "2019-H1", "2019-07-17"),
[P("Lý Văn Hưởng", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Lê Thị Ái Nam", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Đông", "Chủ tịch Hội Nông dân tỉnh"),
 P("Thạch Dươl", "Chủ tịch Hội Nông dân huyện Hòa Bình")],
[Q("31.580 hộ", 31580, "hộ"), Q("1.245 hội viên mới", 1245, "hội viên mới"), Q("86.920 hội viên", 86920, "hội viên"),
 Q("517 chi hội", 517, "chi hội"), Q("37.600 ha", 37600, "ha"), Q("khoảng 1.000 đồng/kg", 1000, "đồng", "approx"),
 Q("158 lớp tập huấn, hội thảo", 158, "lớp tập huấn, hội thảo"), Q("6.320 lượt hội viên", 6320, "lượt hội viên"),
 Q("215 lao động nông thôn", 215, "lao động nông thôn"), Q("26,7 tỷ đồng", 26700000000, "đồng"), Q("1,9 tỷ đồng", 1900000000, "đồng"),
 Q("1.012 hộ", 1012, "hộ"), Q("42 vụ việc mâu thuẫn, tranh chấp", 42, "vụ việc mâu thuẫn, tranh chấp"),
 Q("58 tỷ đồng", 58000000000, "đồng"), Q("khoảng 18%", 18, "%", "approx"), Q("7 chi hội", 7, "chi hội"),
 Q("6 mô hình chi hội nghề nghiệp", 6, "mô hình chi hội nghề nghiệp"), Q("ít nhất 10 tổ hợp tác", 10, "tổ hợp tác", "over"),
 Q("trên 30 tỷ đồng", 30000000000, "đồng", "over")],
[D("Nghị quyết", "04", "NQ/TU", "2019-01-11", "Tỉnh ủy", "Nghị quyết số 04-NQ/TU ngày 11/1/2019"),
 D("Kế hoạch", "102", "KH/HNDT", None, "Ban Thường vụ Hội Nông dân tỉnh", "Kế hoạch số 102-KH/HNDT"),
 D("Kết luận", "61", "KL/TW", None, "Ban Bí thư", "Kết luận số 61-KL/TW"),
 D("Kết luận", "54", "KL/TW", None, "Ban Bí thư", "Kết luận số 54-KL/TW")],
[prov("Bạc Liêu"), com("Hưng Hội"), com("Vĩnh Hậu A")],
["HỘI NÔNG DÂN TỈNH BẠC LIÊU", "Trang chủ | Tin hoạt động | Công tác Hội", "Quang cảnh buổi làm việc. Ảnh: Kim Ngân",
 "Quỹ Hỗ trợ nông dân", "Lượt xem: 3.104", "ST24", "Một bụi đỏ"],
["Ngày 19/07/2019 | 15:20", "6 tháng đầu năm 2019", "6 tháng cuối năm", "ST24", "Lượt xem: 3.104"]))

PAGES.append(page("b5798-quangnam-hnd-hoinghi-2019", """
Báo Quảng Nam
Thời sự › Nông nghiệp › Tam nông
Thứ Sáu, 06/12/2019, 08:05
Biểu dương 150 nông dân sản xuất, kinh doanh giỏi
(QNO) - Sáng 5/12, Hội Nông dân tỉnh tổ chức Hội nghị biểu dương nông dân sản xuất, kinh doanh giỏi, hợp tác xã nông nghiệp tiêu biểu năm 2019. Đồng chí Phan Văn Lộc, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh; đồng chí Trần Thị Kim Oanh, Phó Chủ tịch Trung ương Hội Nông dân Việt Nam dự và trao thưởng.
Các nông dân tiêu biểu nhận bằng khen tại hội nghị. Ảnh: V.Sự
Năm 2019, toàn tỉnh có 41.260 hộ đạt danh hiệu sản xuất, kinh doanh giỏi các cấp, trong đó 2.680 hộ cấp tỉnh. Vùng lúa đồng bằng các huyện Điện Bàn, Duy Xuyên, Thăng Bình đã xây dựng 33 cánh đồng mẫu với 2.540 ha, năng suất bình quân đạt 62 tạ/ha. Các cấp Hội vận động thành lập 12 tổ hợp tác và 4 HTX theo Luật Hợp tác xã, hỗ trợ vốn từ Quỹ Hỗ trợ nông dân cho 620 lượt hộ với tổng số tiền 15,8 tỷ đồng.
Hội nghị biểu dương 150 nông dân tiêu biểu và 20 HTX nông nghiệp xuất sắc. Trong số đó có ông Nguyễn Văn Mười, Giám đốc HTX nông nghiệp Điện Quang, xã Điện Quang - đơn vị đầu tiên của tỉnh liên kết sản xuất 180 ha lúa hữu cơ; bà Alăng Thị Nhiều (dân tộc Cơ Tu), hội viên Chi hội nông dân thôn A Dinh, xã A Tiêng, mạnh dạn khai hoang 2 ha ruộng bậc thang trồng lúa nước.
Phát biểu tại hội nghị, đồng chí Lê Tấn Phước, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh cho biết Hội thực hiện Kế hoạch số 231-KH/TU ngày 20/3/2019 của Tỉnh ủy về thực hiện Kết luận 54-KL/TW, đồng thời triển khai Quyết định số 1050/QĐ-UBND ngày 4/4/2019 của UBND tỉnh về hỗ trợ phát triển HTX kiểu mới. Trong năm 2020, Hội phấn đấu có ít nhất 45% hộ hội viên đạt danh hiệu sản xuất, kinh doanh giỏi.
Đồng chí Phan Văn Lộc đánh giá cao vai trò của nông dân trong xây dựng nông thôn mới: đến nay có 110 xã đạt chuẩn nông thôn mới. Đồng chí đề nghị các cấp Hội làm tốt công tác dân vận, vận động nông dân dồn điền, tích tụ ruộng đất.
Các đồng chí Phó Chủ tịch Hội Nông dân tỉnh: Trần Văn Nghĩa, Bríu Thị Mai (dân tộc Cơ Tu) trao giấy khen cho 25 chi hội nông dân xuất sắc. Mỗi nông dân tiêu biểu được tặng 1 bằng khen và 2 triệu đồng tiền thưởng. Theo kế hoạch, Hội sẽ tổ chức cho 60 nông dân tiêu biểu đi tham quan mô hình lúa hữu cơ tại tỉnh Thừa Thiên Huế.
Văn Sự
Tin liên quan
- Hội Nông dân Thăng Bình đại hội điểm cấp xã (25/11/2019)
- Tập huấn sản xuất lúa hữu cơ cho 200 nông dân (15/11/2019)
- Duy Xuyên: ra mắt chi hội nông dân nghề nghiệp trồng rau (01/11/2019)
- Đại Lộc: nông dân khắc phục ruộng lúa bị cát bồi sau lũ (20/10/2019)
- Hội Nông dân tỉnh giám sát việc thực hiện chính sách hỗ trợ giống lúa (08/10/2019)
- Nam Giang: đồng bào Cơ Tu khai hoang ruộng nước (25/09/2019)
- Phú Ninh ra mắt HTX lúa hữu cơ (12/09/2019)
""", "2019-12-06", "Biểu dương 150 nông dân sản xuất, kinh doanh giỏi",
E("hoi_nghi", "2019", "2019-12-05"),
[P("Phan Văn Lộc", "Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Trần Thị Kim Oanh", "Phó Chủ tịch Trung ương Hội Nông dân Việt Nam"),
 P("Nguyễn Văn Mười", "Giám đốc HTX nông nghiệp Điện Quang"),
 P("Alăng Thị Nhiều", "hội viên Chi hội nông dân thôn A Dinh"),
 P("Lê Tấn Phước", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh"),
 P("Trần Văn Nghĩa", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Bríu Thị Mai", "Phó Chủ tịch Hội Nông dân tỉnh")],
[Q("150 nông dân", 150, "nông dân"), Q("41.260 hộ", 41260, "hộ"), Q("2.680 hộ", 2680, "hộ"), Q("33 cánh đồng mẫu", 33, "cánh đồng mẫu"),
 Q("2.540 ha", 2540, "ha"), Q("62 tạ/ha", 62, "tạ/ha"), Q("12 tổ hợp tác", 12, "tổ hợp tác"), Q("4 HTX", 4, "HTX"),
 Q("620 lượt hộ", 620, "lượt hộ"), Q("15,8 tỷ đồng", 15800000000, "đồng"), Q("20 HTX nông nghiệp xuất sắc", 20, "HTX nông nghiệp xuất sắc"),
 Q("180 ha", 180, "ha"), Q("2 ha", 2, "ha"), Q("ít nhất 45%", 45, "%", "over"), Q("110 xã", 110, "xã"),
 Q("25 chi hội nông dân xuất sắc", 25, "chi hội nông dân xuất sắc"), Q("2 triệu đồng", 2000000, "đồng"), Q("60 nông dân tiêu biểu", 60, "nông dân tiêu biểu")],
[D("Kế hoạch", "231", "KH/TU", "2019-03-20", "Tỉnh ủy", "Kế hoạch số 231-KH/TU ngày 20/3/2019"),
 D("Kết luận", "54", "KL/TW", None, None, "Kết luận 54-KL/TW"),
 D("Quyết định", "1050", "QĐ-UBND", "2019-04-04", "UBND tỉnh", "Quyết định số 1050/QĐ-UBND ngày 4/4/2019")],
[prov("Quảng Nam"), com("Điện Quang"), com("A Tiêng"), prov("Thừa Thiên Huế")],
["Báo Quảng Nam", "Thời sự › Nông nghiệp › Tam nông", "(QNO)", "Các nông dân tiêu biểu nhận bằng khen tại hội nghị. Ảnh: V.Sự",
 "Quỹ Hỗ trợ nông dân", "Luật Hợp tác xã"],
["Thứ Sáu, 06/12/2019, 08:05", "năm 2019", "năm 2020", "1 bằng khen"]))

PAGES.append(page("b5799-longan-xa-hnd-tongket-2020", """
TRANG THÔNG TIN ĐIỆN TỬ XÃ MỸ LỆ - HUYỆN CẦN ĐƯỚC - TỈNH LONG AN
Trang chủ / Đoàn thể / Hội Nông dân
Thứ Sáu, 25/12/2020
Hội Nông dân xã Mỹ Lệ tổng kết công tác Hội năm 2020
Chiều 23/12/2020, Ban Chấp hành Hội Nông dân xã Mỹ Lệ tổ chức hội nghị tổng kết công tác Hội và phong trào nông dân năm 2020, triển khai phương hướng năm 2021. Dự hội nghị có đồng chí Phan Văn Đủ, Bí thư Đảng ủy xã; đồng chí Nguyễn Thị Kim Hoa, Phó Chủ tịch Hội Nông dân huyện Cần Đước cùng 64 đại biểu là chi hội trưởng, hội viên nòng cốt của 7 ấp.
Theo báo cáo, năm 2020 Hội Nông dân xã có 1.286 hội viên, sinh hoạt tại 7 chi hội; kết nạp mới 42 hội viên. Dù chịu ảnh hưởng của dịch Covid-19 và hạn mặn đầu năm, nông dân xã - vùng lúa trọng điểm phía đông tỉnh Long An - vẫn gieo sạ 1.150 ha lúa 2 vụ, năng suất bình quân 5,8 tấn/ha; có 318 hộ đạt danh hiệu sản xuất, kinh doanh giỏi các cấp, vượt 6% chỉ tiêu. Tổ hợp tác sản xuất lúa giống ấp 3 với 26 thành viên được công nhận cánh đồng lớn 95 ha.
Hội phối hợp Ngân hàng Chính sách xã hội quản lý 5 tổ tiết kiệm và vay vốn, dư nợ 7,2 tỷ đồng với 241 hộ vay; nguồn Quỹ Hỗ trợ nông dân xã đạt 420 triệu đồng. Trong đợt hạn mặn, Hội vận động 15 hộ khá giả hỗ trợ trên 80 bồn chứa nước cho hộ nghèo; các chi hội đóng góp hơn 1.900 ngày công nạo vét 4 tuyến kênh nội đồng.
Thực hiện Nghị quyết số 08-NQ/ĐU ngày 10/1/2020 của Đảng ủy xã về phát triển nông nghiệp và Kế hoạch số 15-KH/HND của Hội Nông dân huyện, Hội đã tuyên truyền Chỉ thị số 16/CT-TTg của Thủ tướng Chính phủ về phòng, chống dịch Covid-19 đến 100% hội viên.
Tại hội nghị, ông Lê Văn Út, Chi hội trưởng Chi hội nông dân ấp 3, chia sẻ cách vận động bà con cùng xuống giống đồng loạt để né mặn. Bà Trần Thị Ngọc Hân, Phó Chủ tịch Hội Nông dân xã, cho biết năm 2021 phấn đấu có 100% chi hội đạt khá, kết nạp ít nhất 40 hội viên mới.
Phát biểu chỉ đạo, đồng chí Phan Văn Đủ ghi nhận sự đóng góp của Hội vào việc xã giữ vững chuẩn nông thôn mới nâng cao. Dịp này, Hội Nông dân huyện tặng giấy khen cho 3 tập thể và 8 cá nhân; Hội Nông dân xã khen thưởng 12 hội viên tiêu biểu. Ông Võ Văn Nhanh tiếp tục được tín nhiệm giữ chức Chủ tịch Hội Nông dân xã Mỹ Lệ.
Ban biên tập
Số lượt truy cập: 85.412
Các tin đã đưa
- Xã Mỹ Lệ ra quân nạo vét kênh mương nội đồng (10/12/2020)
- Hội Nông dân xã trao 30 phần quà cho hội viên nghèo (20/11/2020)
- Ấp 5 ra mắt tổ tự quản môi trường (05/11/2020)
- Đảng ủy xã Mỹ Lệ học tập chuyên đề năm 2020 (22/10/2020)
- Hội Liên hiệp Phụ nữ xã tổ chức ngày hội phụ nữ khởi nghiệp (15/10/2020)
- Xã Mỹ Lệ đón đoàn kiểm tra nông thôn mới nâng cao của tỉnh (30/09/2020)
""", "2020-12-25", "Hội Nông dân xã Mỹ Lệ tổng kết công tác Hội năm 2020",
E("tong_ket", "2020", "2020-12-23"),
[P("Phan Văn Đủ", "Bí thư Đảng ủy xã"),
 P("Nguyễn Thị Kim Hoa", "Phó Chủ tịch Hội Nông dân huyện Cần Đước"),
 P("Lê Văn Út", "Chi hội trưởng Chi hội nông dân ấp 3"),
 P("Trần Thị Ngọc Hân", "Phó Chủ tịch Hội Nông dân xã"),
 P("Võ Văn Nhanh", "Chủ tịch Hội Nông dân xã Mỹ Lệ")],
[Q("64 đại biểu", 64, "đại biểu"), Q("7 ấp", 7, "ấp"), Q("1.286 hội viên", 1286, "hội viên"), Q("7 chi hội", 7, "chi hội"),
 Q("42 hội viên", 42, "hội viên"), Q("1.150 ha", 1150, "ha"), Q("5,8 tấn/ha", 5.8, "tấn/ha"), Q("318 hộ", 318, "hộ"), Q("6%", 6, "%"),
 Q("26 thành viên", 26, "thành viên"), Q("95 ha", 95, "ha"), Q("5 tổ tiết kiệm và vay vốn", 5, "tổ tiết kiệm và vay vốn"),
 Q("7,2 tỷ đồng", 7200000000, "đồng"), Q("241 hộ", 241, "hộ"), Q("420 triệu đồng", 420000000, "đồng"), Q("15 hộ khá giả", 15, "hộ khá giả"),
 Q("trên 80 bồn chứa nước", 80, "bồn chứa nước", "over"), Q("hơn 1.900 ngày công", 1900, "ngày công", "over"),
 Q("4 tuyến kênh nội đồng", 4, "tuyến kênh nội đồng"), Q("100% hội viên", 100, "%"), Q("100% chi hội", 100, "%"),
 Q("ít nhất 40 hội viên mới", 40, "hội viên mới", "over"), Q("3 tập thể", 3, "tập thể"), Q("8 cá nhân", 8, "cá nhân"),
 Q("12 hội viên tiêu biểu", 12, "hội viên tiêu biểu")],
[D("Nghị quyết", "08", "NQ/ĐU", "2020-01-10", "Đảng ủy xã", "Nghị quyết số 08-NQ/ĐU ngày 10/1/2020"),
 D("Kế hoạch", "15", "KH/HND", None, "Hội Nông dân huyện", "Kế hoạch số 15-KH/HND"),
 D("Chỉ thị", "16", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg")],
[prov("Long An"), com("Mỹ Lệ")],
["TRANG THÔNG TIN ĐIỆN TỬ XÃ MỸ LỆ - HUYỆN CẦN ĐƯỚC - TỈNH LONG AN", "Trang chủ / Đoàn thể / Hội Nông dân",
 "Quỹ Hỗ trợ nông dân", "Số lượt truy cập: 85.412"],
["Thứ Sáu, 25/12/2020", "năm 2020", "năm 2021", "2 vụ", "Covid-19", "Số lượt truy cập: 85.412"]))

PAGES.append(page("b5800-tiengiang-hnd-soket-2020", """
Báo Ấp Bắc điện tử
Chính trị - Xã hội / Mặt trận - Đoàn thể
17/07/2020 - 14:35
Toàn cảnh hội nghị sơ kết.
Nông dân vùng ngọt hóa Gò Công vượt hạn mặn, giữ vững sản xuất lúa
Ngày 15/7/2020, Ban Thường vụ Hội Nông dân tỉnh Tiền Giang tổ chức hội nghị sơ kết công tác Hội 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2020. Đồng chí Nguyễn Văn Khang, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh chủ trì; đồng chí Nguyễn Thành Diệu, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy dự.
Theo báo cáo, đợt hạn mặn lịch sử mùa khô 2019 - 2020 làm khoảng 2.480 ha lúa đông xuân muộn ở vùng ngọt hóa Gò Công bị ảnh hưởng, 22.700 hộ thiếu nước sinh hoạt. Các cấp Hội đã vận động 1.350 hộ chuyển sang gieo sạ sớm, tham gia đắp 148 đập tạm ngăn mặn; huy động trên 3,2 tỷ đồng và 1.600 lượt người hỗ trợ chở nước ngọt cho hộ dân vùng mặn.
6 tháng, các cấp Hội kết nạp 2.014 hội viên mới, thành lập 11 chi hội nông dân nghề nghiệp, 16 tổ hội nghề nghiệp. Quỹ Hỗ trợ nông dân tỉnh giải ngân 5,6 tỷ đồng cho 312 hộ; phối hợp Ngân hàng Chính sách xã hội giải ngân 97 tỷ đồng. Hội tuyên truyền Nghị quyết 42/NQ-CP ngày 9/4/2020 của Chính phủ về hỗ trợ người dân gặp khó khăn do đại dịch Covid-19 và Quyết định số 15/2020/QĐ-TTg của Thủ tướng Chính phủ.
Tại hội nghị, ông Trương Văn Hậu, Chủ tịch Hội Nông dân xã Tân Thới, kể: "Chi hội vận động bà con xã cù lao xuống giống sớm hơn 20 ngày, nhờ vậy 86% diện tích lúa né được mặn". Ông Phạm Văn Tuấn, Giám đốc HTX nông nghiệp Mỹ Thành, xã Mỹ Thành Bắc, đề nghị hỗ trợ HTX đầu tư máy sấy với công suất khoảng 30 tấn/mẻ. Bà Lê Thị Hồng Nhung, Phó Chủ tịch Hội Nông dân huyện Gò Công Đông, cho biết huyện đã hỗ trợ 540 lu chứa nước cho hộ nghèo.
Hội Nông dân tỉnh Tiền Giang cũng kiến nghị tỉnh sớm xây dựng 3 cống ngăn mặn trên các kênh trục. Kết luận hội nghị, đồng chí Nguyễn Văn Khang đề nghị 6 tháng cuối năm các cấp Hội thực hiện tốt Kế hoạch số 87-KH/HNDT ngày 2/3/2020 của Ban Thường vụ Hội Nông dân tỉnh về thích ứng biến đổi khí hậu, chuẩn bị cho Đại hội Đảng bộ các cấp; phấn đấu cả năm kết nạp trên 4.000 hội viên mới.
Các đồng chí Phó Chủ tịch Hội Nông dân tỉnh Huỳnh Văn Sơn, Võ Thị Hoàng Oanh trao giấy khen cho 9 tập thể có thành tích trong phòng, chống hạn mặn.
Lê Minh
Tin cùng chuyên mục
- Gò Công Tây: nông dân thu hoạch lúa hè thu sớm (08/07/2020)
- Hội Nông dân tỉnh trao 200 bồn chứa nước cho nông dân vùng mặn (25/06/2020)
- Chợ Gạo: tập huấn kỹ thuật trồng lúa thích ứng hạn mặn (12/06/2020)
- Cái Bè: nông dân liên kết trồng lúa chất lượng cao xuất khẩu (29/05/2020)
- Hội Nông dân tỉnh sơ kết Quỹ Hỗ trợ nông dân giai đoạn 2015 - 2020 (14/05/2020)
- Tân Phú Đông: vận động nông dân giữ nước ngọt cho vườn cây (30/04/2020)
""", "2020-07-17", "Nông dân vùng ngọt hóa Gò Công vượt hạn mặn, giữ vững sản xuất lúa",
E("so_ket", "2020-H1", "2020-07-15"),
[P("Nguyễn Văn Khang", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh"),
 P("Nguyễn Thành Diệu", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Trương Văn Hậu", "Chủ tịch Hội Nông dân xã Tân Thới"),
 P("Phạm Văn Tuấn", "Giám đốc HTX nông nghiệp Mỹ Thành"),
 P("Lê Thị Hồng Nhung", "Phó Chủ tịch Hội Nông dân huyện Gò Công Đông"),
 P("Huỳnh Văn Sơn", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Võ Thị Hoàng Oanh", "Phó Chủ tịch Hội Nông dân tỉnh")],
[Q("khoảng 2.480 ha", 2480, "ha", "approx"), Q("22.700 hộ", 22700, "hộ"), Q("1.350 hộ", 1350, "hộ"), Q("148 đập tạm", 148, "đập tạm"),
 Q("trên 3,2 tỷ đồng", 3200000000, "đồng", "over"), Q("1.600 lượt người", 1600, "lượt người"), Q("2.014 hội viên mới", 2014, "hội viên mới"),
 Q("11 chi hội nông dân nghề nghiệp", 11, "chi hội nông dân nghề nghiệp"), Q("16 tổ hội nghề nghiệp", 16, "tổ hội nghề nghiệp"),
 Q("5,6 tỷ đồng", 5600000000, "đồng"), Q("312 hộ", 312, "hộ"), Q("97 tỷ đồng", 97000000000, "đồng"), Q("86%", 86, "%"),
 Q("khoảng 30 tấn/mẻ", 30, "tấn/mẻ", "approx"), Q("540 lu chứa nước", 540, "lu chứa nước"), Q("3 cống ngăn mặn", 3, "cống ngăn mặn"),
 Q("trên 4.000 hội viên mới", 4000, "hội viên mới", "over"), Q("9 tập thể", 9, "tập thể")],
[D("Nghị quyết", "42", "NQ-CP", "2020-04-09", "Chính phủ", "Nghị quyết 42/NQ-CP ngày 9/4/2020"),
 D("Quyết định", "15", "2020/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 15/2020/QĐ-TTg"),
 D("Kế hoạch", "87", "KH/HNDT", "2020-03-02", "Ban Thường vụ Hội Nông dân tỉnh", "Kế hoạch số 87-KH/HNDT ngày 2/3/2020")],
[prov("Tiền Giang"), com("Tân Thới"), com("Mỹ Thành Bắc")],
["Báo Ấp Bắc điện tử", "Chính trị - Xã hội / Mặt trận - Đoàn thể", "Toàn cảnh hội nghị sơ kết.", "Quỹ Hỗ trợ nông dân"],
["17/07/2020 - 14:35", "6 tháng đầu năm", "6 tháng cuối năm 2020", "mùa khô 2019 - 2020", "20 ngày", "Covid-19", "6 tháng cuối năm"]))
