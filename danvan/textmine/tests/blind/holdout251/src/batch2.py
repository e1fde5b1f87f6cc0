from lib import *
PAGES = []

PAGES.append(page("b5987-daklak-mttq-giamsat-nguoicouytin-2017", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH ĐẮK LẮK
Trang chủ :: Hoạt động Mặt trận :: Giám sát, phản biện
27-09-2017 09:40
Giám sát việc thực hiện chính sách đối với người có uy tín tại huyện Krông Bông
Ngày 26/9/2017, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh do bà H'Dung Mlô, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách đối với người có uy tín trong đồng bào dân tộc thiểu số năm 2017 tại huyện Krông Bông. Cùng đi có ông Y Bhiêr Niê, Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh và đại diện Ban Dân tộc tỉnh, Hội Nông dân tỉnh Đắk Lắk.
Đoàn giám sát làm việc tại UBND huyện Krông Bông. Ảnh: H.Y
Cuộc giám sát thực hiện theo Kế hoạch số 48/KH-MTTQ-BTT ngày 15/8/2017 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, nhằm đánh giá việc triển khai Quyết định số 56/2013/QĐ-TTg của Thủ tướng Chính phủ và Quyết định số 2045/QĐ-UBND ngày 14/7/2016 của UBND tỉnh về quy trình bình chọn người có uy tín.
Báo cáo của UBND huyện do ông Y Ngông Ayŭn, HUV, Phó Chủ tịch UBND huyện trình bày cho biết: huyện có 63 người có uy tín ở 13 xã, thị trấn; từ đầu năm đến nay đã cấp 4 loại báo, tạp chí, thăm hỏi 18 người có uy tín ốm đau, mỗi lượt 500.000 đồng; tổ chức tặng quà Tết cho 63 người với tổng kinh phí hơn 75 triệu đồng. Người có uy tín đã tham gia giải quyết 21 vụ tranh chấp đất đai, vận động 9 hộ bỏ theo đạo trái pháp luật trở về sinh hoạt bình thường.
Đoàn giám sát đã trực tiếp làm việc tại xã Yang Mao và xã Cư Pui, gặp gỡ người có uy tín ở các buôn. Ông Y Khuê Êban, người có uy tín buôn Tơ Lơ, xã Yang Mao, phản ánh báo cấp về buôn thường chậm 10 - 15 ngày. Bà H'Blin Mlô, người có uy tín buôn Khanh, xã Cư Pui, kiến nghị được dự các lớp tập huấn về sản xuất nông nghiệp. Ông Đinh Y Lác, Chủ tịch Ủy ban MTTQ xã Cư Pui cho biết kinh phí hoạt động của ban công tác Mặt trận ở buôn mới được cấp 70%.
Qua giám sát, đoàn đánh giá huyện đã thực hiện cơ bản đầy đủ chính sách, chi trả đúng đối tượng; tuy nhiên việc bình xét ở 3 xã chưa đúng quy trình, còn 2 người có uy tín tuổi cao không còn đủ sức khỏe nhưng chưa được thay thế; việc cấp phát báo chưa kịp thời.
Phát biểu kết luận, bà H'Dung Mlô đề nghị UBND huyện chỉ đạo rà soát, bình chọn lại người có uy tín ở các xã chưa đúng quy trình trước ngày 30/11/2017; tăng cường phối hợp với Ủy ban MTTQ cùng cấp trong việc phát huy vai trò người có uy tín, gắn với thực hiện Chỉ thị số 16-CT/TU ngày 9/1/2017 của Tỉnh ủy về công tác vận động quần chúng vùng đồng bào dân tộc thiểu số. Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh sẽ tổng hợp kết quả giám sát, kiến nghị UBND tỉnh xem xét nâng mức hỗ trợ thăm hỏi người có uy tín.
H'Yâo
Tin cùng chuyên mục
- Ủy ban MTTQ tỉnh giám sát thực hiện Quy chế dân chủ tại Lắk (20/09/2017)
- Hội nghị phản biện dự thảo quy định về giá đất (12/09/2017)
- Ea H'leo: trao 20 căn nhà Đại đoàn kết (06/09/2017)
""", "2017-09-27", "Giám sát việc thực hiện chính sách đối với người có uy tín tại huyện Krông Bông",
E("giam_sat", "2017", "2017-09-26"),
[P("H'Dung Mlô", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Y Bhiêr Niê", "Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh"),
 P("Y Ngông Ayŭn", "HUV", "Phó Chủ tịch UBND huyện"),
 P("Y Khuê Êban", "người có uy tín buôn Tơ Lơ"),
 P("H'Blin Mlô", "người có uy tín buôn Khanh"),
 P("Đinh Y Lác", "Chủ tịch Ủy ban MTTQ xã Cư Pui")],
[Q("63 người có uy tín", 63, "người có uy tín"), Q("13 xã, thị trấn", 13, "xã, thị trấn"), Q("4 loại báo, tạp chí", 4, "loại báo, tạp chí"),
 Q("18 người có uy tín", 18, "người có uy tín"), Q("500.000 đồng", 500000, "đồng"), Q("63 người", 63, "người"),
 Q("hơn 75 triệu đồng", 75000000, "đồng", "over"), Q("21 vụ tranh chấp đất đai", 21, "vụ tranh chấp đất đai"), Q("9 hộ", 9, "hộ"),
 Q("70%", 70, "%"), Q("3 xã", 3, "xã"), Q("2 người có uy tín", 2, "người có uy tín")],
[D("Kế hoạch", "48", "KH-MTTQ-BTT", "2017-08-15", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 48/KH-MTTQ-BTT ngày 15/8/2017"),
 D("Quyết định", "56", "2013/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 56/2013/QĐ-TTg"),
 D("Quyết định", "2045", "QĐ-UBND", "2016-07-14", "UBND tỉnh", "Quyết định số 2045/QĐ-UBND ngày 14/7/2016"),
 D("Chỉ thị", "16", "CT/TU", "2017-01-09", "Tỉnh ủy", "Chỉ thị số 16-CT/TU ngày 9/1/2017")],
[prov("Đắk Lắk"), com("Yang Mao"), com("Cư Pui")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH ĐẮK LẮK", "Trang chủ :: Hoạt động Mặt trận :: Giám sát, phản biện",
 "Đoàn giám sát làm việc tại UBND huyện Krông Bông. Ảnh: H.Y"],
["27-09-2017 09:40", "năm 2017", "10 - 15 ngày", "30/11/2017"]))

PAGES.append(page("b5988-thanhhoa-muonglat-giaoban-quy3-2018", """
Báo Thanh Hóa
Vị trí: Trang chủ / Chính trị / Dân vận
05.10.2018 | 16:05
Các đại biểu dự hội nghị giao ban.
Mường Lát phát huy vai trò người có uy tín ở các bản biên giới
Ngày 4/10, Ban Dân vận Huyện ủy Mường Lát tổ chức hội nghị giao ban khối dân vận quý III năm 2018, triển khai nhiệm vụ quý IV. Hội nghị mời 35 người có uy tín tiêu biểu ở các bản giáp biên giới Việt - Lào cùng dự. Đồng chí Lò Văn Chiến, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ huyện chủ trì hội nghị.
Theo báo cáo, trong quý III, các cơ quan khối dân vận đã phối hợp tuyên truyền đến 2.850 lượt người về phòng, chống mua bán người và ma túy. Người có uy tín đã vận động 46 hộ người Mông ở xã Pù Nhi và xã Nhi Sơn ổn định cuộc sống, không di cư tự do; hòa giải thành 12 vụ việc; kịp thời báo với chính quyền 3 trường hợp tuyên truyền đạo trái phép. Nhân dân các bản đã đóng góp gần 180 triệu đồng và 1.250 ngày công làm đường, sửa nhà văn hóa.
Thực hiện Kế hoạch số 102-KH/HU ngày 6/7/2018 của Ban Thường vụ Huyện ủy về triển khai Quyết định số 12/2018/QĐ-TTg của Thủ tướng Chính phủ về tiêu chí lựa chọn, công nhận người có uy tín và Hướng dẫn số 07-HD/BDVHU của Ban Dân vận Huyện ủy, toàn huyện đã bình chọn được 112 người có uy tín ở 8 xã, thị trấn, tăng 9 người so với trước.
Các đồng chí Phó Trưởng Ban Dân vận Huyện ủy: Lương Thị Thơm, Hà Văn Nọi báo cáo kết quả kiểm tra việc thực hiện Quy chế dân chủ ở cơ sở tại các xã Tam Chung, Mường Lý. Trung tá Lê Văn Hào, Chính trị viên Đồn Biên phòng Tam Chung thông tin tình hình an ninh biên giới, cho biết người có uy tín đã giúp đồn nắm được nhiều nguồn tin quan trọng.
Tại hội nghị, ông Sùng A Lâu, người có uy tín bản Pù Toong, xã Nhi Sơn, kiến nghị huyện sớm đầu tư điện lưới cho bản vì còn 27 hộ chưa có điện. Ông Lữ Văn Khương, Bí thư Chi bộ bản Đoàn Kết, xã Tam Chung, đề nghị hỗ trợ giống ngô, lúa cho bà con bị thiệt hại do lũ quét đầu tháng 8. Bà Hà Thị Ơn, người có uy tín bản Na Hú, xã Mường Lý, cho biết nhiều gia đình trong bản vẫn còn tâm lý trông chờ, ỷ lại vào hỗ trợ của Nhà nước, cần tuyên truyền thường xuyên hơn.
Kết luận hội nghị, đồng chí Lò Văn Chiến yêu cầu quý IV khối dân vận tập trung vận động nhân dân khắc phục hậu quả thiên tai, ổn định sản xuất; tổ chức tốt hội nghị biểu dương người có uy tín của tỉnh Thanh Hóa; tiếp tục nhân rộng mô hình "Bản văn hóa không có ma túy" ở các bản biên giới.
Lê Hà
Tin khác
- Quan Sơn: 40 người có uy tín được tập huấn kỹ năng (28/09/2018)
- Bá Thước hoàn thành bình chọn người có uy tín (20/09/2018)
- Mường Lát khắc phục hậu quả lũ quét (15/08/2018)
""", "2018-10-05", "Mường Lát phát huy vai trò người có uy tín ở các bản biên giới",
E("giao_ban", "2018-Q3", "2018-10-04"),
[P("Lò Văn Chiến", "Ủy viên Ban Thường vụ Huyện ủy", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ huyện"),
 P("Lương Thị Thơm", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Hà Văn Nọi", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Lê Văn Hào", "Trung tá", "Chính trị viên Đồn Biên phòng Tam Chung"),
 P("Sùng A Lâu", "người có uy tín bản Pù Toong"),
 P("Lữ Văn Khương", "Bí thư Chi bộ bản Đoàn Kết"),
 P("Hà Thị Ơn", "người có uy tín bản Na Hú")],
[Q("35 người có uy tín tiêu biểu", 35, "người có uy tín tiêu biểu"), Q("2.850 lượt người", 2850, "lượt người"),
 Q("46 hộ người Mông", 46, "hộ người Mông"), Q("12 vụ việc", 12, "vụ việc"), Q("3 trường hợp", 3, "trường hợp"),
 Q("gần 180 triệu đồng", 180000000, "đồng", "approx"), Q("1.250 ngày công", 1250, "ngày công"),
 Q("112 người có uy tín", 112, "người có uy tín"), Q("8 xã, thị trấn", 8, "xã, thị trấn"), Q("9 người", 9, "người"),
 Q("27 hộ", 27, "hộ")],
[D("Kế hoạch", "102", "KH/HU", "2018-07-06", "Ban Thường vụ Huyện ủy", "Kế hoạch số 102-KH/HU ngày 6/7/2018"),
 D("Quyết định", "12", "2018/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg"),
 D("Hướng dẫn", "07", "HD/BDVHU", None, "Ban Dân vận Huyện ủy", "Hướng dẫn số 07-HD/BDVHU")],
[prov("Thanh Hóa"), com("Pù Nhi"), com("Nhi Sơn"), com("Tam Chung"), com("Mường Lý")],
["Báo Thanh Hóa", "Vị trí: Trang chủ / Chính trị / Dân vận", "Các đại biểu dự hội nghị giao ban.", "Bản văn hóa không có ma túy",
 "Đồn Biên phòng Tam Chung"],
["05.10.2018 | 16:05", "quý III năm 2018", "quý IV", "quý III", "tháng 8"]))

PAGES.append(page("b5989-quangnam-taygiang-daihoi-dtts-2019", """
BÁO QUẢNG NAM ONLINE
Bạn đang ở: Thời sự > Dân tộc - Miền núi
Cập nhật lúc 17:20 ngày 16/10/2019
Ảnh: Các đại biểu biểu quyết thông qua nghị quyết đại hội.
Tây Giang: Đại hội đại biểu các dân tộc thiểu số lần thứ III
(QNO) - Ngày 15/10, huyện Tây Giang long trọng tổ chức Đại hội đại biểu các dân tộc thiểu số huyện lần thứ III, năm 2019. Dự đại hội có 180 đại biểu chính thức, đại diện cho hơn 19.000 đồng bào Cơ Tu, Tà Riềng và các dân tộc khác của 10 xã; trong đó có 42 già làng, người có uy tín.
Tham dự có đồng chí Trần Minh Quý, Phó Trưởng Ban Dân tộc tỉnh; đồng chí Bh'riu Pố, Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện; đồng chí Clâu Nhưm, Chủ tịch UBND huyện.
Báo cáo tại đại hội cho biết, giai đoạn 2014 - 2019, huyện đã thực hiện hiệu quả Nghị quyết 11, 12-NQ/HU của Huyện ủy về phát triển kinh tế rừng và bảo tồn văn hóa Cơ Tu; tỷ lệ hộ nghèo giảm từ 68,5% xuống còn 39,4%, thu nhập bình quân đạt 21 triệu đồng/người/năm. Đồng bào đã hiến hơn 35 ha đất để làm đường, trường học; 100% thôn có nhà gươl. Đội ngũ già làng, người có uy tín có vai trò lớn trong vận động đồng bào định canh, định cư, giữ rừng; hòa giải thành 58 vụ việc tranh chấp ở thôn.
Đại hội được tổ chức theo Chỉ thị số 28/CT-TTg của Thủ tướng Chính phủ về tổ chức Đại hội đại biểu các dân tộc thiểu số các cấp, Kế hoạch số 45/KH-UBND ngày 15/3/2019 của UBND huyện và Quyết định số 2204/QĐ-UBND ngày 4/7/2018 của UBND tỉnh.
Tham luận tại đại hội, già làng Pơloong Plênh, thôn Arớh, xã Lăng chia sẻ: "Người Cơ Tu giữ rừng như giữ con mắt mình. Thôn tôi 20 năm không để mất cây gỗ nào". Ông Ating Lam, người có uy tín thôn Agrồng, xã Tr'Hy kể về việc vận động bà con bỏ tục lệ bắt vạ, bỏ tục đâm trâu trong lễ hội, tiết kiệm trong cưới hỏi, chuyển sang trồng 150 ha cây ba kích tím. Bà Coor Thị Hạnh, Chủ tịch Hội LHPN xã A Xan nêu kinh nghiệm vận động chị em sinh con tại trạm y tế, nhờ đó tỷ lệ sinh con tại cơ sở y tế của xã đã tăng lên 85%, không còn tình trạng tảo hôn.
Dịp này, UBND tỉnh tặng Bằng khen cho 5 tập thể và 8 cá nhân; UBND huyện khen thưởng 20 tập thể, 35 cá nhân có thành tích xuất sắc trong công tác dân tộc giai đoạn 2014 - 2019. Đại hội bầu 38 đại biểu đi dự Đại hội đại biểu các dân tộc thiểu số tỉnh Quảng Nam lần thứ III, với khẩu hiệu "Các dân tộc Tây Giang đoàn kết, sáng tạo, khai thác tiềm năng, lợi thế, hội nhập và phát triển bền vững".
Alăng Ngước
Tin liên quan
- Nam Giang tổ chức Đại hội đại biểu các dân tộc thiểu số (10/10/2019)
- Đông Giang: 12 già làng tiêu biểu được tôn vinh (02/10/2019)
- Phước Sơn: khai mạc lễ hội văn hóa các dân tộc (20/09/2019)
""", "2019-10-16", "Tây Giang: Đại hội đại biểu các dân tộc thiểu số lần thứ III",
E("dai_hoi", "2019", "2019-10-15"),
[P("Trần Minh Quý", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Bh'riu Pố", "Phó Bí thư Thường trực Huyện ủy", "Chủ tịch HĐND huyện"),
 P("Clâu Nhưm", "Chủ tịch UBND huyện"),
 P("Pơloong Plênh", "già làng"),
 P("Ating Lam", "người có uy tín thôn Agrồng"),
 P("Coor Thị Hạnh", "Chủ tịch Hội LHPN xã A Xan")],
[Q("180 đại biểu chính thức", 180, "đại biểu chính thức"), Q("hơn 19.000 đồng bào", 19000, "đồng bào", "over"), Q("10 xã", 10, "xã"),
 Q("42 già làng, người có uy tín", 42, "già làng, người có uy tín"), Q("68,5%", 68.5, "%"), Q("39,4%", 39.4, "%"),
 Q("21 triệu đồng/người/năm", 21000000, "đồng"), Q("hơn 35 ha", 35, "ha", "over"), Q("100%", 100, "%"),
 Q("58 vụ việc tranh chấp", 58, "vụ việc tranh chấp"), Q("150 ha", 150, "ha"), Q("85%", 85, "%"),
 Q("5 tập thể", 5, "tập thể"), Q("8 cá nhân", 8, "cá nhân"), Q("20 tập thể", 20, "tập thể"), Q("35 cá nhân", 35, "cá nhân"),
 Q("38 đại biểu", 38, "đại biểu")],
[D("Nghị quyết", "11", "NQ/HU", None, "Huyện ủy", "Nghị quyết 11, 12-NQ/HU"),
 D("Nghị quyết", "12", "NQ/HU", None, "Huyện ủy", "Nghị quyết 11, 12-NQ/HU"),
 D("Chỉ thị", "28", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị số 28/CT-TTg"),
 D("Kế hoạch", "45", "KH-UBND", "2019-03-15", "UBND huyện", "Kế hoạch số 45/KH-UBND ngày 15/3/2019"),
 D("Quyết định", "2204", "QĐ-UBND", "2018-07-04", "UBND tỉnh", "Quyết định số 2204/QĐ-UBND ngày 4/7/2018")],
[prov("Quảng Nam"), com("Lăng"), com("Tr'Hy"), com("A Xan")],
["BÁO QUẢNG NAM ONLINE", "Bạn đang ở: Thời sự > Dân tộc - Miền núi", "Ảnh: Các đại biểu biểu quyết thông qua nghị quyết đại hội.", "(QNO)",
 "Các dân tộc Tây Giang đoàn kết, sáng tạo, khai thác tiềm năng, lợi thế, hội nhập và phát triển bền vững"],
["Cập nhật lúc 17:20 ngày 16/10/2019", "lần thứ III", "năm 2019", "giai đoạn 2014 - 2019", "20 năm"]))

PAGES.append(page("b5990-travinh-bdt-tongket-bieuduong-2019", """
Báo Trà Vinh điện tử
Hôm nay: Thứ Hai, 23/12/2019
Trang chủ › Chính trị › Dân tộc - Tôn giáo
20/12/2019 06:00
Biểu dương 120 người có uy tín tiêu biểu trong đồng bào Khmer
Ngày 19/12, Ban Dân tộc tỉnh tổ chức hội nghị tổng kết công tác dân tộc năm 2019, biểu dương 120 người có uy tín tiêu biểu trong đồng bào dân tộc Khmer. Đồng chí Lê Thanh Bình, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh dự và phát biểu chỉ đạo; đồng chí Thạch Chanh Đa, Tỉnh ủy viên, Trưởng Ban Dân tộc tỉnh chủ trì.
Đồng chí Lê Thanh Bình trao Bằng khen cho các người có uy tín.
Theo báo cáo, tỉnh Trà Vinh có trên 320.000 người Khmer, chiếm 31,6% dân số, sinh sống ở 106 xã, phường, thị trấn; có 141 chùa Phật giáo Nam tông Khmer. Toàn tỉnh hiện có 430 người có uy tín. Năm 2019, thực hiện Quyết định số 12/2018/QĐ-TTg của Thủ tướng Chính phủ và Kế hoạch số 53/KH-UBND ngày 5/4/2019 của UBND tỉnh, tỉnh đã chi 1,85 tỷ đồng cho chính sách đối với người có uy tín.
Người có uy tín đã tham gia hòa giải thành 246 vụ việc; vận động nhân dân đóng góp trên 3,2 tỷ đồng xây dựng 28 cây cầu và 15,6 km đường giao thông nông thôn. Ban Dân tộc tỉnh phối hợp với Ban Dân vận Tỉnh ủy tham mưu Ban Thường vụ Tỉnh ủy sơ kết Chỉ thị 25, 26-CT/TU về công tác vận động đồng bào Khmer và về xây dựng ấp, khóm văn hóa.
Các đồng chí Sơn Ngọc Thành, Kiên Sa Rươn - Phó Trưởng Ban Dân tộc tỉnh trình bày phương hướng năm 2020, trong đó chú trọng bồi dưỡng kiến thức, kỹ năng cho người có uy tín và rà soát, bình chọn bổ sung ở những ấp còn trống.
Tại hội nghị, Achar Kim Sóc Khên, người có uy tín ấp Ô Rôm, xã Phước Hưng, chia sẻ: "Tôi cùng nhà chùa vận động bà con không nghe theo những đối tượng xuyên tạc, kích động đòi "Khmer Krôm" ly khai". Bà Thạch Thị Sà Phanh, người có uy tín ấp Sóc Ruộng, xã Ngũ Lạc, kể việc vận động 19 hộ nghèo tham gia tổ hợp tác trồng màu, giúp 11 hộ thoát nghèo trong năm. Ông Danh Sóc Kha, Trưởng ban Nhân dân ấp Rạch, xã Đôn Xuân đề nghị hỗ trợ thêm đèn năng lượng mặt trời cho các tuyến đường ấp.
Phát biểu chỉ đạo, đồng chí Lê Thanh Bình đề nghị các địa phương tiếp tục quan tâm, phát huy vai trò người có uy tín; kịp thời nắm tâm tư, nguyện vọng của đồng bào, nhất là dịp lễ Sen Dolta, Ok Om Bok.
Dịp này, 120 người có uy tín tiêu biểu được Chủ tịch UBND tỉnh tặng Bằng khen theo Quyết định số 2860/QĐ-UBND ngày 12/12/2019 của Chủ tịch UBND tỉnh, mỗi người được tặng 1 triệu đồng tiền thưởng.
Hữu Thành
Tin liên quan
- Cầu Kè: họp mặt người có uy tín năm 2019 (10/12/2019)
- Trà Cú: 25 tập thể được biểu dương (02/12/2019)
- Lễ hội Ok Om Bok năm 2019 (12/11/2019)
""", "2019-12-20", "Biểu dương 120 người có uy tín tiêu biểu trong đồng bào Khmer",
E("tong_ket", "2019", "2019-12-19"),
[P("Lê Thanh Bình", "Tỉnh ủy viên", "Phó Chủ tịch UBND tỉnh"),
 P("Thạch Chanh Đa", "Tỉnh ủy viên", "Trưởng Ban Dân tộc tỉnh"),
 P("Sơn Ngọc Thành", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Kiên Sa Rươn", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Kim Sóc Khên", "Achar", "người có uy tín ấp Ô Rôm"),
 P("Thạch Thị Sà Phanh", "người có uy tín ấp Sóc Ruộng"),
 P("Danh Sóc Kha", "Trưởng ban Nhân dân ấp Rạch")],
[Q("120 người có uy tín tiêu biểu", 120, "người có uy tín tiêu biểu"), Q("trên 320.000 người Khmer", 320000, "người Khmer", "over"),
 Q("31,6%", 31.6, "%"), Q("106 xã, phường, thị trấn", 106, "xã, phường, thị trấn"),
 Q("141 chùa Phật giáo Nam tông Khmer", 141, "chùa Phật giáo Nam tông Khmer"), Q("430 người có uy tín", 430, "người có uy tín"),
 Q("1,85 tỷ đồng", 1850000000, "đồng"), Q("246 vụ việc", 246, "vụ việc"), Q("trên 3,2 tỷ đồng", 3200000000, "đồng", "over"),
 Q("28 cây cầu", 28, "cây cầu"), Q("15,6 km", 15.6, "km"), Q("19 hộ nghèo", 19, "hộ nghèo"), Q("11 hộ", 11, "hộ"),
 Q("1 triệu đồng", 1000000, "đồng")],
[D("Quyết định", "12", "2018/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg"),
 D("Kế hoạch", "53", "KH-UBND", "2019-04-05", "UBND tỉnh", "Kế hoạch số 53/KH-UBND ngày 5/4/2019"),
 D("Chỉ thị", "25", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 25, 26-CT/TU"),
 D("Chỉ thị", "26", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 25, 26-CT/TU"),
 D("Quyết định", "2860", "QĐ-UBND", "2019-12-12", "Chủ tịch UBND tỉnh", "Quyết định số 2860/QĐ-UBND ngày 12/12/2019")],
[prov("Trà Vinh"), com("Phước Hưng"), com("Ngũ Lạc"), com("Đôn Xuân")],
["Báo Trà Vinh điện tử", "Hôm nay: Thứ Hai, 23/12/2019", "Trang chủ › Chính trị › Dân tộc - Tôn giáo",
 "Đồng chí Lê Thanh Bình trao Bằng khen cho các người có uy tín.", "Khmer Krôm", "Sen Dolta", "Ok Om Bok"],
["Hôm nay: Thứ Hai, 23/12/2019", "20/12/2019 06:00", "năm 2019", "năm 2020"]))

PAGES.append(page("b5991-dienbien-nakhoa-chandung-nguoicouytin-2020", """
BÁO ĐIỆN BIÊN PHỦ ĐIỆN TỬ
Trang chủ > Xã hội > Gương sáng
Cập nhật: 09:42, 10/06/2020 (GMT+7)
Người "giữ lửa" ở bản Huổi Lếch
Ông Lầu A Sử (thứ hai từ trái) trò chuyện cùng cán bộ Đồn Biên phòng Nà Khoa.
(ĐBP) - Ở bản Huổi Lếch, xã Nà Khoa, huyện Nậm Pồ, nhắc đến ông Lầu A Sử, người có uy tín của bản, ai cũng kính trọng. Năm nay đã 67 tuổi, hơn 20 năm làm trưởng bản rồi Bí thư Chi bộ, ông vẫn đi từng nhà vận động bà con làm ăn, giữ gìn an ninh bản làng.
Huổi Lếch có 86 hộ, 512 nhân khẩu, 100% là đồng bào Mông. Trước đây, bản là "điểm nóng" về di cư tự do và truyền đạo trái pháp luật. Năm 2012, có 14 hộ trong bản bỏ đi theo lời dụ dỗ của kẻ xấu. Ông Sử cùng cán bộ xã, bộ đội biên phòng kiên trì đến từng gia đình giải thích, sau 2 năm đã có 11 hộ trở về bản sinh sống.
Được bầu là người có uy tín theo Quyết định số 12/2018/QĐ-TTg của Thủ tướng Chính phủ, ông Sử càng gương mẫu. Gia đình ông hiến 1.500 m2 đất làm nhà văn hóa bản; trồng 2 ha thảo quả và nuôi 7 con bò, mỗi năm thu nhập khoảng 120 triệu đồng. Theo gương ông, nhiều hộ trong bản chuyển sang trồng thảo quả, sa nhân dưới tán rừng; tỷ lệ hộ nghèo của bản giảm từ 78% năm 2015 xuống còn 45%.
Thiếu tá Vàng A Cho, Đội trưởng Đội vận động quần chúng Đồn Biên phòng Nà Khoa cho biết: "Ông Sử là cầu nối tin cậy giữa đồn với bà con. Nhiều vụ việc phức tạp, nhờ ông nắm và báo kịp thời nên được xử lý ngay từ đầu". Ông Giàng A Dế, Chủ tịch UBND xã Nà Khoa thì cho rằng bản Huổi Lếch 3 năm liền không có người vi phạm pháp luật là nhờ công lớn của người có uy tín.
Những tháng đầu năm 2020, khi dịch Covid-19 xuất hiện, ông Sử cùng tổ tự quản bản dựng lán, trực chốt đường mòn, vận động 23 lao động đi làm ăn xa trở về khai báo y tế. Thực hiện Kế hoạch số 1247/KH-UBND ngày 12/5/2020 của UBND tỉnh về hỗ trợ sản xuất cho đồng bào bị ảnh hưởng bởi dịch, ông đi từng nhà phổ biến để bà con đăng ký nhận giống ngô, lúa. Hiện nay, ngoài vai trò người có uy tín, ông Sử còn là Bí thư Chi bộ bản Huổi Lếch; chi bộ có 12 đảng viên, nhiều năm liền hoàn thành tốt nhiệm vụ, không có đảng viên vi phạm.
Với những đóng góp đó, ông Lầu A Sử nhiều lần được Chủ tịch UBND tỉnh Điện Biên tặng Bằng khen, được Ủy ban Dân tộc tặng Kỷ niệm chương "Vì sự nghiệp phát triển các dân tộc". Ông bảo: "Người có uy tín mà nói không làm thì bà con không nghe. Còn sức thì tôi còn đi vận động".
Bài, ảnh: Thu Hằng
Lượt xem: 2.418
Tin cùng chuyên mục
- Già làng Lò Văn Hặc và những mùa lúa bội thu (02/06/2020)
- Tủa Chùa: người có uy tín đi đầu chống dịch (25/05/2020)
- Nữ trưởng bản người Khơ Mú (15/05/2020)
""", "2020-06-10", "Người \"giữ lửa\" ở bản Huổi Lếch",
E("khac", None, None),
[P("Lầu A Sử", "người có uy tín của bản", "Bí thư Chi bộ bản Huổi Lếch"),
 P("Vàng A Cho", "Thiếu tá", "Đội trưởng Đội vận động quần chúng Đồn Biên phòng Nà Khoa"),
 P("Giàng A Dế", "Chủ tịch UBND xã Nà Khoa")],
[Q("86 hộ", 86, "hộ"), Q("512 nhân khẩu", 512, "nhân khẩu"), Q("100%", 100, "%"), Q("14 hộ", 14, "hộ"), Q("11 hộ", 11, "hộ"),
 Q("1.500 m2", 1500, "m2"), Q("2 ha", 2, "ha"), Q("7 con bò", 7, "con bò"),
 Q("khoảng 120 triệu đồng", 120000000, "đồng", "approx"), Q("78%", 78, "%"), Q("45%", 45, "%"),
 Q("23 lao động", 23, "lao động"), Q("12 đảng viên", 12, "đảng viên")],
[D("Quyết định", "12", "2018/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg"),
 D("Kế hoạch", "1247", "KH-UBND", "2020-05-12", "UBND tỉnh", "Kế hoạch số 1247/KH-UBND ngày 12/5/2020")],
[prov("Điện Biên"), com("Nà Khoa")],
["BÁO ĐIỆN BIÊN PHỦ ĐIỆN TỬ", "Trang chủ > Xã hội > Gương sáng", "(ĐBP)",
 "Ông Lầu A Sử (thứ hai từ trái) trò chuyện cùng cán bộ Đồn Biên phòng Nà Khoa.", "Vì sự nghiệp phát triển các dân tộc",
 "Lượt xem: 2.418", "Covid-19", "Đồn Biên phòng Nà Khoa"],
["Cập nhật: 09:42, 10/06/2020 (GMT+7)", "67 tuổi", "hơn 20 năm", "2 năm", "3 năm liền", "Năm 2012", "năm 2015", "Covid-19", "Lượt xem: 2.418"]))

PAGES.append(page("b5992-lamdong-bdt-baocao-nguoicouytin-2020", """
BÁO LÂM ĐỒNG
Trang chủ | Chính trị | Dân tộc - Tôn giáo
Thứ Ba, 15/12/2020
Lâm Đồng: Người có uy tín góp sức xây dựng nông thôn mới vùng đồng bào dân tộc thiểu số
Già làng K'Brôl (bìa trái) cùng cán bộ xã thăm mô hình trồng cà phê của đồng bào. Ảnh: N.Hương
Theo Báo cáo số 215/BC-BDT ngày 10/12/2020 của Ban Dân tộc tỉnh về kết quả thực hiện chính sách đối với người có uy tín năm 2020, toàn tỉnh hiện có 425 người có uy tín ở 12 huyện, thành phố, chủ yếu là đồng bào K'Ho, Mạ, Chu Ru, Mnông. Trong năm, tỉnh đã bố trí trên 1,9 tỷ đồng để thực hiện các chế độ theo Quyết định số 12/2018/QĐ-TTg của Thủ tướng Chính phủ và Kế hoạch số 2310/KH-UBND ngày 20/4/2020 của UBND tỉnh, trong đó hỗ trợ Tết Nguyên đán 425 suất, mỗi suất 800.000 đồng; thăm hỏi 37 người có uy tín ốm đau; hỗ trợ 6 gia đình người có uy tín gặp khó khăn do thiên tai.
Báo cáo nêu rõ, người có uy tín đã tham gia hòa giải thành 97 vụ việc mâu thuẫn trong cộng đồng; vận động đồng bào hiến trên 18.000 m2 đất, đóng góp 2.700 ngày công làm đường giao thông nông thôn; cung cấp cho cơ quan chức năng 46 nguồn tin về an ninh trật tự. Đặc biệt, trong đợt dịch Covid-19, người có uy tín đã cùng chính quyền vận động 100% hộ gia đình ở các thôn đồng bào thực hiện giãn cách, không tụ tập đông người.
Đánh giá của Ban Dân tộc tỉnh do ông Ya Tuấn, Phó Trưởng Ban Dân tộc tỉnh ký cho thấy, chất lượng đội ngũ người có uy tín ngày càng nâng lên: 68% có trình độ trung học cơ sở trở lên, 214 người là đảng viên. Tuy nhiên, vẫn còn 15 người tuổi cao, sức yếu, việc nắm tình hình ở cơ sở có lúc chưa kịp thời.
Tại huyện Lạc Dương, già làng K'Brôl, người có uy tín thôn Đông Mang, xã Đạ Sar, đã vận động 30 hộ chuyển đổi từ trồng bắp sang trồng cà phê và rau an toàn, thu nhập tăng gấp đôi. Ở huyện Đam Rông, bà Ka Lim, người có uy tín thôn Liêng Trang 2, xã Đạ Tông, cùng Chi hội phụ nữ thôn giúp 12 chị em người Mnông vay vốn nuôi heo. Ông Liêng Hót Ha Nhuân, Bí thư Chi bộ thôn Păng Tiêng, xã Lát được nêu gương trong việc vận động bà con bảo vệ hơn 500 ha rừng được giao khoán.
Báo cáo kiến nghị Ủy ban Dân tộc sớm trình Chính phủ nâng mức hỗ trợ; đề nghị UBND tỉnh ban hành quy chế phối hợp giữa Ban Dân tộc tỉnh với Ban Dân vận Tỉnh ủy, Ủy ban MTTQ Việt Nam tỉnh trong việc phát huy vai trò người có uy tín theo Chỉ thị số 17-CT/TU ngày 8/8/2019 của Ban Thường vụ Tỉnh ủy. Bà Đa Cát Ha Thủy, Trưởng Ban Dân tộc tỉnh cho biết năm 2021, Ban sẽ phối hợp tổ chức 4 lớp bồi dưỡng kiến thức cho khoảng 200 người có uy tín.
Ngọc Hương
Tin liên quan
- Đơn Dương gặp mặt người có uy tín năm 2020 (05/12/2020)
- Di Linh: trao 50 căn nhà đại đoàn kết (28/11/2020)
- Bảo Lâm tổ chức Ngày hội Đại đoàn kết toàn dân tộc (18/11/2020)
""", "2020-12-15", "Lâm Đồng: Người có uy tín góp sức xây dựng nông thôn mới vùng đồng bào dân tộc thiểu số",
E("bao_cao", "2020", "2020-12-10"),
[P("K'Brôl", "già làng", "người có uy tín thôn Đông Mang"),
 P("Ya Tuấn", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Ka Lim", "người có uy tín thôn Liêng Trang 2"),
 P("Liêng Hót Ha Nhuân", "Bí thư Chi bộ thôn Păng Tiêng"),
 P("Đa Cát Ha Thủy", "Trưởng Ban Dân tộc tỉnh")],
[Q("425 người có uy tín", 425, "người có uy tín"), Q("12 huyện, thành phố", 12, "huyện, thành phố"),
 Q("trên 1,9 tỷ đồng", 1900000000, "đồng", "over"), Q("425 suất", 425, "suất"), Q("800.000 đồng", 800000, "đồng"),
 Q("37 người có uy tín", 37, "người có uy tín"), Q("6 gia đình người có uy tín", 6, "gia đình người có uy tín"),
 Q("97 vụ việc mâu thuẫn trong cộng đồng", 97, "vụ việc mâu thuẫn trong cộng đồng"), Q("trên 18.000 m2", 18000, "m2", "over"),
 Q("2.700 ngày công", 2700, "ngày công"), Q("46 nguồn tin", 46, "nguồn tin"), Q("100%", 100, "%"),
 Q("68%", 68, "%"), Q("214 người", 214, "người"), Q("15 người", 15, "người"), Q("30 hộ", 30, "hộ"),
 Q("12 chị em người Mnông", 12, "chị em người Mnông"), Q("hơn 500 ha", 500, "ha", "over"),
 Q("4 lớp", 4, "lớp"), Q("khoảng 200 người có uy tín", 200, "người có uy tín", "approx")],
[D("Báo cáo", "215", "BC-BDT", "2020-12-10", "Ban Dân tộc tỉnh", "Báo cáo số 215/BC-BDT ngày 10/12/2020"),
 D("Quyết định", "12", "2018/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg"),
 D("Kế hoạch", "2310", "KH-UBND", "2020-04-20", "UBND tỉnh", "Kế hoạch số 2310/KH-UBND ngày 20/4/2020"),
 D("Chỉ thị", "17", "CT/TU", "2019-08-08", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 17-CT/TU ngày 8/8/2019")],
[prov("Lâm Đồng"), com("Đạ Sar"), com("Đạ Tông"), com("Lát")],
["BÁO LÂM ĐỒNG", "Trang chủ | Chính trị | Dân tộc - Tôn giáo",
 "Già làng K'Brôl (bìa trái) cùng cán bộ xã thăm mô hình trồng cà phê của đồng bào. Ảnh: N.Hương", "Covid-19"],
["Thứ Ba, 15/12/2020", "năm 2020", "năm 2021", "Covid-19", "Liêng Trang 2"]))
