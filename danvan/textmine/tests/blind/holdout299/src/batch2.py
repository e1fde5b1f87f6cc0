from lib import *
PAGES = []

PAGES.append(page("b7139-dienbien-phongsu-giaphat-muongnhe-2016", """
ĐIỆN BIÊN PHỦ ONLINE
Trang chủ » Xã hội » Phóng sự
Thứ Sáu, 17/06/2016 - 07:15
Những bao gạo về bản, Mường Nhé, 2016. Ảnh: Quang Long
Mùa giáp hạt ở Sín Thầu
Tháng 6, khi nương ngô mới lún phún mầm, cũng là lúc nhiều bếp lửa ở Sín Thầu - xã biên giới xa nhất của Điện Biên - thưa khói. Những ngày này, chuyện bàn tán nhiều nhất ở các bản người Hà Nhì, Mông, Si La là khi nào gạo của Nhà nước về đến xã.
Anh Lò Văn Sướng, cán bộ Văn phòng - Thống kê xã Sín Thầu, lật cuốn sổ ghi chép cho biết cả xã có 386 hộ với 1.952 khẩu thiếu đói, chiếm gần 40% dân số. Vụ mùa năm ngoái bị mưa đá, lốc xoáy, lúa nương chỉ được non nửa; nhiều gia đình đã ăn hết số ngô để dành từ tháng 4. "Đợt này xã được cấp 58,5 tấn gạo, mỗi khẩu 15 kg/tháng. Khổ nhất là chuyển gạo lên bản, đường đất trơn trượt, xe máy không đi được", anh Sướng nói.
Từ trung tâm xã, chúng tôi theo chân tổ công tác vào bản Tá Miếu, cách gần 30 km. Trên lưng mỗi người là những bao gạo 25 kg. Ông Chu Dần Xá, Trưởng bản Tá Miếu, lau mồ hôi bảo: "Bản có 64 hộ thì 41 hộ đã hết gạo. Có gạo này bà con yên tâm lên nương làm cỏ, không phải vào rừng đào củ mài nữa".
Căn nhà trình tường của chị Pờ Xe Mỳ, ở cuối bản, chỉ có một chiếc chum rỗng. Chồng đi làm thuê, chị một mình nuôi 4 đứa con nhỏ. Nhận 90 kg gạo cho cả nhà trong 2 tháng, chị cười hiền: "Năm nay không lo con đói nữa".
Theo ông Vàng A Sính, Phó Chủ tịch UBND huyện Mường Nhé, năm 2016 toàn huyện có 2.860 hộ với hơn 14.000 khẩu thiếu đói giáp hạt, cần khoảng 630 tấn gạo. Đến nay huyện đã nhận 512 tấn theo Quyết định số 866/QĐ-TTg ngày 20/5/2016 của Thủ tướng Chính phủ và đã cấp xong cho 15/16 xã. Ngoài ra, các đồn biên phòng trên địa bàn đã trích khẩu phần ăn của cán bộ, chiến sĩ, ủng hộ hơn 6 tấn gạo cho các hộ đặc biệt khó khăn.
Để giải bài toán đói giáp hạt lâu dài, theo ông Sính, huyện đang thực hiện Nghị quyết số 05-NQ/HU của Huyện ủy về phát triển kinh tế vùng cao; vận động đồng bào khai hoang ruộng nước, trồng thảo quả dưới tán rừng. Năm nay đã có 120 ha ruộng bậc thang mới được khai phá. Bà Lý Thị Dinh, Chủ tịch Hội Liên hiệp Phụ nữ xã Sín Thầu, cho biết Hội đang giúp 35 hội viên nuôi lợn đen, gà đồi theo hình thức vay quay vòng.
Chiều muộn, những bao gạo cuối cùng đã được chia xong. Trên con dốc về bản, lũ trẻ Hà Nhì lon ton chạy theo người lớn. Sín Thầu vẫn còn nghèo, nhưng mùa giáp hạt năm nay đã bớt đi nỗi lo cái đói.
Bài, ảnh: Quang Long
Chia sẻ: Facebook | Twitter | Zalo
Tin cùng chuyên mục
- Nậm Pồ: cấp 410 tấn gạo cứu đói (13/06/2016)
- Tủa Chùa: vận động đồng bào trồng sắn trên đất dốc (08/06/2016)
- Cứu đói cho hơn 5.000 hộ dân giáp hạt (30/05/2016)
""", "2016-06-17", "Mùa giáp hạt ở Sín Thầu",
E("khac", None, None),
[P("Lò Văn Sướng", "cán bộ Văn phòng - Thống kê xã Sín Thầu"),
 P("Chu Dần Xá", "Trưởng bản Tá Miếu"),
 P("Pờ Xe Mỳ"),
 P("Vàng A Sính", "Phó Chủ tịch UBND huyện Mường Nhé"),
 P("Lý Thị Dinh", "Chủ tịch Hội Liên hiệp Phụ nữ xã Sín Thầu")],
[Q("386 hộ", 386, "hộ"), Q("1.952 khẩu thiếu đói", 1952, "khẩu thiếu đói"), Q("gần 40%", 40, "%", "approx"),
 Q("58,5 tấn", 58.5, "tấn"), Q("15 kg", 15, "kg"), Q("gần 30 km", 30, "km", "approx"), Q("25 kg", 25, "kg"),
 Q("64 hộ", 64, "hộ"), Q("41 hộ", 41, "hộ"), Q("4 đứa con", 4, "đứa con"), Q("90 kg", 90, "kg"),
 Q("2.860 hộ", 2860, "hộ"), Q("hơn 14.000 khẩu thiếu đói", 14000, "khẩu thiếu đói", "over"),
 Q("khoảng 630 tấn", 630, "tấn", "approx"), Q("512 tấn", 512, "tấn"), Q("15/16 xã", 15, "xã"),
 Q("hơn 6 tấn", 6, "tấn", "over"), Q("120 ha ruộng bậc thang", 120, "ha"), Q("35 hội viên", 35, "hội viên")],
[D("Quyết định", "866", "QĐ-TTg", "2016-05-20", "Thủ tướng Chính phủ", "Quyết định số 866/QĐ-TTg ngày 20/5/2016"),
 D("Nghị quyết", "05", "NQ/HU", None, "Huyện ủy", "Nghị quyết số 05-NQ/HU của Huyện ủy")],
[prov("Điện Biên"), com("Sín Thầu")],
["ĐIỆN BIÊN PHỦ ONLINE", "Trang chủ » Xã hội » Phóng sự", "Những bao gạo về bản, Mường Nhé, 2016. Ảnh: Quang Long",
 "Chia sẻ: Facebook | Twitter | Zalo"],
["Thứ Sáu, 17/06/2016 - 07:15", "2 tháng", "năm 2016"]))

PAGES.append(page("b7140-gialai-mttq-tongket-cuutro-2016", """
Báo Gia Lai điện tử
GIA LAI - Thời sự - Xã hội
10/01/2017 - 14:30
Toàn cảnh hội nghị. Ảnh: Hà Duy
Ủy ban MTTQ tỉnh tổng kết công tác cứu trợ năm 2016: 3.872 tấn gạo đến với người dân vùng hạn
(GLO) - Sáng 9/1, Ủy ban MTTQ Việt Nam tỉnh Gia Lai tổ chức hội nghị tổng kết công tác vận động, tiếp nhận và phân phối nguồn cứu trợ năm 2016. Dự có các đồng chí: Ksor Phước Hà - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; Rơ Mah Tuân - Phó Trưởng ban Dân vận Tỉnh ủy; đại diện các sở, ngành và Ủy ban MTTQ 17 huyện, thị xã, thành phố.
Năm 2016, Gia Lai chịu đợt hạn hán nặng nề nhất trong nhiều năm: hơn 31.000 ha cây trồng bị thiệt hại, trong đó khoảng 6.500 ha mất trắng. Toàn tỉnh có hơn 19.400 hộ với 84.700 khẩu thiếu đói, phần lớn là đồng bào Jrai, Bahnar ở các huyện phía Đông.
Báo cáo do bà Siu H'Prông, Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh trình bày cho biết, thực hiện Quyết định số 437/QĐ-TTg và 1046/QĐ-TTg của Thủ tướng Chính phủ, tỉnh đã tiếp nhận 3.872 tấn gạo dự trữ quốc gia. Mặt trận các cấp đã phối hợp với chính quyền giám sát việc phân phối tại 148/222 xã, phường, thị trấn; không phát hiện trường hợp cấp sai đối tượng.
Cùng với gạo Trung ương, Ban Cứu trợ các cấp đã tiếp nhận hơn 14,2 tỷ đồng và 426 tấn gạo do các tổ chức, doanh nghiệp, nhà hảo tâm ủng hộ; đã phân bổ kịp thời cho các hộ khó khăn, trong đó hỗ trợ 2.150 hộ đào giếng, mua bồn chứa nước, tổng kinh phí gần 3,2 tỷ đồng. Ông Đinh Văn Blah, Chủ tịch Ủy ban MTTQ Việt Nam huyện Kông Chro, cho biết riêng huyện đã nhận 512 tấn gạo, cấp cho 4.315 hộ, "có làng tổ chức cấp ngay tại nhà rông để bà con không phải đi xa".
Tại hội nghị, đại biểu đã thảo luận cách làm để nguồn cứu trợ thực sự hiệu quả. Ông Nguyễn Hữu Hòa, Chủ tịch Ủy ban MTTQ Việt Nam xã Ia Rsai, đề nghị chuyển một phần gạo cứu trợ thành giống lúa ngắn ngày để dân chủ động sản xuất; bà Rơ Lan H'Nhung, người có uy tín làng Plei Bông, xã Chư Răng, đề nghị đưa già làng vào tổ bình xét để việc bình chọn hộ nhận gạo công khai, công bằng hơn.
Phát biểu kết luận, ông Ksor Phước Hà ghi nhận kết quả trong năm và yêu cầu năm 2017, Mặt trận các cấp tiếp tục thực hiện Quyết định số 217-QĐ/TW và 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị; theo dõi sát tình hình đời sống nhân dân, nhất là dịp giáp hạt; thực hiện tốt cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen cho 18 tập thể và 25 cá nhân có thành tích xuất sắc trong công tác cứu trợ năm 2016.
Hà Duy
Ý kiến bạn đọc
Tin liên quan
- Kông Chro: cấp 512 tấn gạo cứu đói cho đồng bào (16/06/2016)
- Hạn hán khiến hàng nghìn hộ dân thiếu nước sinh hoạt (22/04/2016)
- Ia Pa: gần 2.000 hộ thiếu đói (05/04/2016)
""", "2017-01-10", "Ủy ban MTTQ tỉnh tổng kết công tác cứu trợ năm 2016: 3.872 tấn gạo đến với người dân vùng hạn",
E("tong_ket", "2016", "2017-01-09"),
[P("Ksor Phước Hà", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Rơ Mah Tuân", "Phó Trưởng ban Dân vận Tỉnh ủy"),
 P("Siu H'Prông", "Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đinh Văn Blah", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Kông Chro"),
 P("Nguyễn Hữu Hòa", "Chủ tịch Ủy ban MTTQ Việt Nam xã Ia Rsai"),
 P("Rơ Lan H'Nhung", "người có uy tín làng Plei Bông")],
[Q("17 huyện, thị xã, thành phố", 17, "huyện, thị xã, thành phố"),
 Q("hơn 31.000 ha", 31000, "ha", "over"), Q("khoảng 6.500 ha", 6500, "ha", "approx"), Q("hơn 19.400 hộ", 19400, "hộ", "over"),
 Q("84.700 khẩu thiếu đói", 84700, "khẩu thiếu đói"), Q("3.872 tấn", 3872, "tấn"),
 Q("148/222 xã, phường, thị trấn", 148, "xã, phường, thị trấn"), Q("hơn 14,2 tỷ đồng", 14200000000, "đồng", "over"),
 Q("426 tấn", 426, "tấn"), Q("2.150 hộ", 2150, "hộ"), Q("gần 3,2 tỷ đồng", 3200000000, "đồng", "approx"),
 Q("512 tấn", 512, "tấn"), Q("4.315 hộ", 4315, "hộ"), Q("18 tập thể", 18, "tập thể"), Q("25 cá nhân", 25, "cá nhân")],
[D("Quyết định", "437", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 437/QĐ-TTg"),
 D("Quyết định", "1046", "QĐ-TTg", None, "Thủ tướng Chính phủ", "1046/QĐ-TTg của Thủ tướng Chính phủ"),
 D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "218-QĐ/TW ngày 12/12/2013")],
[prov("Gia Lai"), com("Ia Rsai"), com("Chư Răng")],
["Báo Gia Lai điện tử", "GIA LAI - Thời sự - Xã hội", "Toàn cảnh hội nghị. Ảnh: Hà Duy", "(GLO)",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Ban Cứu trợ", "Ý kiến bạn đọc"],
["10/01/2017 - 14:30", "năm 2016", "năm 2017"]))

PAGES.append(page("b7141-hue-hdnd-giamsat-gao-aluoi-2017", """
THỪA THIÊN HUẾ ONLINE
Chuyên trang Hội đồng nhân dân tỉnh
08:15 | 14/04/2017
Giám sát việc hỗ trợ gạo cho hộ nghèo vùng cao A Lưới
Từ ngày 11 - 12/4, Đoàn giám sát Ban Văn hóa - Xã hội HĐND tỉnh Thừa Thiên Huế do bà Hồ Thị Cu, Trưởng ban Văn hóa - Xã hội HĐND tỉnh làm trưởng đoàn, giám sát việc thực hiện chính sách hỗ trợ gạo cho hộ nghèo, hộ thiếu đói giáp hạt và chính sách hỗ trợ gạo cho học sinh vùng đặc biệt khó khăn tại huyện A Lưới.
Đoàn giám sát làm việc tại xã Hồng Thủy.
Báo cáo của UBND huyện A Lưới cho thấy, dịp Tết Đinh Dậu và giáp hạt đầu năm 2017, huyện đã tiếp nhận 286,7 tấn gạo từ nguồn dự trữ quốc gia, cấp cho 4.778 khẩu thuộc 1.205 hộ; mức cấp bình quân 15 kg/khẩu/tháng trong 4 tháng. Cũng trong học kỳ I năm học 2016 - 2017, huyện đã cấp 97,2 tấn gạo cho 1.620 học sinh theo Nghị định số 116/2016/NĐ-CP ngày 18/7/2016 của Chính phủ quy định chính sách hỗ trợ học sinh và trường phổ thông ở xã, thôn đặc biệt khó khăn.
Ông Nguyễn Văn Quân, Phó Chủ tịch UBND huyện A Lưới, cho biết huyện có 21 xã, thị trấn với gần 80% dân số là đồng bào Pa Cô, Tà Ôi, Cơ Tu, Pa Hy; tỷ lệ hộ nghèo còn 31,4%. Việc bình xét hộ thiếu đói được thực hiện từ thôn, có sự tham gia của Mặt trận, đoàn thể và người có uy tín; danh sách được niêm yết công khai 7 ngày trước khi cấp.
Đoàn đã giám sát trực tiếp tại các xã Hồng Thủy, Hương Nguyên và trường PTDT bán trú TH&THCS Hồng Thủy. Ông Kăn Lơn, Chủ tịch UBND xã Hồng Thủy, phản ánh: xã có 312 hộ nhận gạo, nhưng kho gạo của Chi cục Dự trữ Nhà nước ở xa, xã phải thuê xe chở, mỗi đợt tốn hơn 4 triệu đồng, ngân sách xã không có nguồn chi. Thầy Hồ Văn Hợp, Hiệu trưởng trường PTDT bán trú TH&THCS Hồng Thủy, cho biết 168 học sinh bán trú được nhận gạo đầy đủ, đúng hạn, "nhờ có gạo mà các em ở lại trường, không bỏ học giữa chừng".
Qua giám sát, đoàn đánh giá các chính sách hỗ trợ gạo được triển khai kịp thời, đúng đối tượng, góp phần ổn định đời sống đồng bào. Tuy vậy, vẫn còn một số hạn chế: có 3 thôn lập danh sách chưa có biên bản họp dân; một số hộ bán lại gạo với giá 8.000 - 9.000 đồng/kg để mua hàng tiêu dùng; chi phí vận chuyển gạo đến xã chưa được bố trí.
Phát biểu kết luận, bà Hồ Thị Cu đề nghị UBND huyện chỉ đạo các xã tăng cường tuyên truyền để người dân sử dụng gạo đúng mục đích; UBND tỉnh xem xét bố trí kinh phí vận chuyển gạo cho các xã vùng cao. Kết quả giám sát sẽ được báo cáo tại kỳ họp thứ 4 HĐND tỉnh khóa VII.
Cùng tham gia đoàn, ông Lê Văn Ánh, Phó Trưởng ban Dân vận Tỉnh ủy, đề nghị cấp ủy các xã gắn chính sách hỗ trợ gạo với thực hiện Chỉ thị số 23-CT/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận vùng đồng bào dân tộc thiểu số.
Minh Tuấn
In bài viết
Tin khác
- HĐND tỉnh giám sát việc thực hiện chính sách giảm nghèo (05/04/2017)
- A Lưới: cấp hơn 280 tấn gạo cho đồng bào dịp giáp hạt (22/02/2017)
- Chuẩn bị kỳ họp thứ 4 HĐND tỉnh khóa VII (30/03/2017)
""", "2017-04-14", "Giám sát việc hỗ trợ gạo cho hộ nghèo vùng cao A Lưới",
E("giam_sat", None, "2017-04-11"),
[P("Hồ Thị Cu", "Trưởng ban Văn hóa - Xã hội HĐND tỉnh"),
 P("Nguyễn Văn Quân", "Phó Chủ tịch UBND huyện A Lưới"),
 P("Kăn Lơn", "Chủ tịch UBND xã Hồng Thủy"),
 P("Hồ Văn Hợp", "Hiệu trưởng trường PTDT bán trú TH&THCS Hồng Thủy"),
 P("Lê Văn Ánh", "Phó Trưởng ban Dân vận Tỉnh ủy")],
[Q("286,7 tấn", 286.7, "tấn"), Q("4.778 khẩu", 4778, "khẩu"), Q("1.205 hộ", 1205, "hộ"), Q("15 kg", 15, "kg"),
 Q("97,2 tấn", 97.2, "tấn"), Q("1.620 học sinh", 1620, "học sinh"), Q("21 xã, thị trấn", 21, "xã, thị trấn"),
 Q("gần 80%", 80, "%", "approx"), Q("31,4%", 31.4, "%"), Q("312 hộ", 312, "hộ"), Q("hơn 4 triệu đồng", 4000000, "đồng", "over"),
 Q("168 học sinh bán trú", 168, "học sinh bán trú"), Q("3 thôn", 3, "thôn"), Q("8.000 - 9.000 đồng", 8000, "đồng", "approx")],
[D("Nghị định", "116", "2016/NĐ-CP", "2016-07-18", "Chính phủ", "Nghị định số 116/2016/NĐ-CP ngày 18/7/2016"),
 D("Chỉ thị", "23", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 23-CT/TU")],
[prov("Thừa Thiên Huế"), com("Hồng Thủy"), com("Hương Nguyên")],
["THỪA THIÊN HUẾ ONLINE", "Chuyên trang Hội đồng nhân dân tỉnh", "Đoàn giám sát làm việc tại xã Hồng Thủy.",
 "Tết Đinh Dậu", "In bài viết"],
["08:15 | 14/04/2017", "năm 2017", "4 tháng", "học kỳ I", "năm học 2016 - 2017", "7 ngày", "kỳ họp thứ 4", "khóa VII"]))

PAGES.append(page("b7142-caobang-chuthapdo-traogao-2018", """
BÁO CAO BẰNG - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH CAO BẰNG
Thời sự Kinh tế Xã hội Văn hóa Quốc phòng - An ninh
Cập nhật: 09:42, 27/03/2018 (GMT+7)
Ảnh: Cán bộ, chiến sĩ Đồn Biên phòng Cần Yên giúp người dân chở gạo về nhà.
Hỗ trợ gạo cứu đói cho 350 hộ dân vùng biên Cần Yên
Ngày 25/3, Hội Chữ thập đỏ tỉnh phối hợp với Bộ Chỉ huy Bộ đội Biên phòng tỉnh tổ chức trao gạo hỗ trợ đồng bào dân tộc vùng biên giới xã Cần Yên, huyện Thông Nông, tỉnh Cao Bằng dịp giáp hạt.
Tại buổi trao, 350 hộ nghèo, hộ cận nghèo của 6 xóm vùng cao, chủ yếu là đồng bào Mông, Dao, Nùng được nhận mỗi hộ 30 kg gạo; 45 hộ đặc biệt khó khăn được tặng thêm chăn ấm và 300.000 đồng tiền mặt. Tổng trị giá đợt hỗ trợ hơn 198 triệu đồng, do Hội Chữ thập đỏ tỉnh vận động từ chương trình "Tết Nhân ái" và các nhà hảo tâm ở Hà Nội.
Phát biểu tại buổi trao, bà Nông Thị Tuyết, Phó Chủ tịch Thường trực Hội Chữ thập đỏ tỉnh, cho biết năm nay do rét đậm kéo dài, nhiều diện tích ngô xuân phải gieo lại, không ít hộ vùng cao đã hết lương thực từ sau Tết. Theo số liệu rà soát, toàn tỉnh có 3.140 hộ với khoảng 13.600 nhân khẩu có nguy cơ thiếu đói giáp hạt. UBND tỉnh đã có Tờ trình số 512/TTr-UBND ngày 2/3/2018 đề nghị Chính phủ hỗ trợ 612 tấn gạo từ nguồn dự trữ quốc gia.
Thượng tá Hoàng Văn Lạng, Phó Chỉ huy trưởng Chính trị Bộ đội Biên phòng tỉnh, nhấn mạnh: Trong những năm qua, cán bộ, chiến sĩ các đồn biên phòng luôn thực hiện tốt phong trào "Bộ đội Biên phòng chung tay giúp đỡ người nghèo, bảo đảm an sinh xã hội nơi biên giới"; riêng năm 2017, các đồn đã trích quỹ, vận động ủng hộ 24 tấn gạo, nhận đỡ đầu 57 học sinh nghèo theo chương trình "Nâng bước em tới trường".
Ông Hoàng Văn Quân, Bí thư Đảng ủy xã Cần Yên, bày tỏ cảm ơn và cho biết xã có 1.024 hộ, tỷ lệ hộ nghèo 46,8%; gạo hỗ trợ lần này giúp bà con yên tâm chăm sóc ngô, chuẩn bị làm lúa. Đảng ủy xã đã ban hành Nghị quyết số 12-NQ/ĐU về vận động nhân dân chuyển đổi cơ cấu cây trồng, trồng thạch đen, mía tím thay ngô trên đất dốc.
Bà Lý Thị Mẩy, ở xóm Nà Chúa, vừa nhận gạo vừa nói: "Nhà tôi 6 người, ngô còn đủ ăn mấy bữa thôi. Có gạo của bộ đội, của Hội Chữ thập đỏ, cả nhà được ăn no đến vụ mới".
Dịp này, Đồn Biên phòng Cần Yên còn tổ chức khám bệnh, cấp thuốc miễn phí cho 120 lượt người dân.
Thu Hà
Tin liên quan
- Bảo Lạc: cấp 96 tấn gạo cứu đói giáp hạt (20/03/2018)
- Trao 200 suất quà cho hộ nghèo huyện Hà Quảng (12/03/2018)
- Hội Chữ thập đỏ tỉnh triển khai nhiệm vụ năm 2018 (26/01/2018)
- Thông Nông: hơn 1.000 hộ có nguy cơ thiếu đói giáp hạt (05/03/2018)
- Bộ đội Biên phòng tỉnh trao 50 con bò giống cho hộ nghèo biên giới (18/02/2018)
""", "2018-03-27", "Hỗ trợ gạo cứu đói cho 350 hộ dân vùng biên Cần Yên",
E("trao_qua", None, "2018-03-25"),
[P("Nông Thị Tuyết", "Phó Chủ tịch Thường trực Hội Chữ thập đỏ tỉnh"),
 P("Hoàng Văn Lạng", "Thượng tá", "Phó Chỉ huy trưởng Chính trị Bộ đội Biên phòng tỉnh"),
 P("Hoàng Văn Quân", "Bí thư Đảng ủy xã Cần Yên"),
 P("Lý Thị Mẩy")],
[Q("350 hộ", 350, "hộ"), Q("6 xóm vùng cao", 6, "xóm vùng cao"), Q("30 kg", 30, "kg"),
 Q("45 hộ đặc biệt khó khăn", 45, "hộ đặc biệt khó khăn"), Q("300.000 đồng", 300000, "đồng"),
 Q("hơn 198 triệu đồng", 198000000, "đồng", "over"), Q("3.140 hộ", 3140, "hộ"),
 Q("khoảng 13.600 nhân khẩu", 13600, "nhân khẩu", "approx"), Q("612 tấn", 612, "tấn"), Q("24 tấn", 24, "tấn"),
 Q("57 học sinh nghèo", 57, "học sinh nghèo"), Q("1.024 hộ", 1024, "hộ"), Q("46,8%", 46.8, "%"), Q("6 người", 6, "người"),
 Q("120 lượt người dân", 120, "lượt người dân")],
[D("Tờ trình", "512", "TTr-UBND", "2018-03-02", "UBND tỉnh", "Tờ trình số 512/TTr-UBND ngày 2/3/2018"),
 D("Nghị quyết", "12", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết số 12-NQ/ĐU")],
[prov("Cao Bằng"), com("Cần Yên")],
["BÁO CAO BẰNG - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH CAO BẰNG", "Thời sự Kinh tế Xã hội Văn hóa Quốc phòng - An ninh",
 "Ảnh: Cán bộ, chiến sĩ Đồn Biên phòng Cần Yên giúp người dân chở gạo về nhà.", "Tết Nhân ái",
 "Bộ đội Biên phòng chung tay giúp đỡ người nghèo, bảo đảm an sinh xã hội nơi biên giới", "Nâng bước em tới trường",
 "Đồn Biên phòng Cần Yên"],
["Cập nhật: 09:42, 27/03/2018 (GMT+7)", "năm 2017"]))

PAGES.append(page("b7143-hoabinh-bdvhu-dabac-soket-2018", """
Cổng thông tin điện tử huyện Đà Bắc - tỉnh Hòa Bình
Trang chủ / Tin tức - Sự kiện / Hoạt động các cơ quan Đảng
Ngày 10/07/2018 | Lượt xem: 318
Ban Dân vận Huyện ủy sơ kết công tác 6 tháng đầu năm 2018
Ngày 9/7, Ban Dân vận Huyện ủy Đà Bắc tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2018. Đồng chí Đinh Công Sứ, Phó Bí thư Thường trực Huyện ủy dự và chỉ đạo hội nghị; đồng chí Xa Thị Thúy, HUV, Trưởng Ban Dân vận Huyện ủy chủ trì.
Sáu tháng đầu năm, khối dân vận huyện tập trung vận động nhân dân vượt qua khó khăn sau đợt rét hại và hạn hán đầu năm. Ban Dân vận đã phối hợp với Ủy ban MTTQ và các đoàn thể huyện giám sát việc cấp phát 186,9 tấn gạo cứu đói giáp hạt cho 2.840 hộ với 12.460 nhân khẩu tại 20 xã, thị trấn theo Quyết định số 472/QĐ-UBND ngày 2/3/2018 của UBND tỉnh. Qua giám sát, gạo được cấp đủ, đúng đối tượng; 100% xóm đã công khai danh sách trước khi cấp.
Các tổ chức đoàn thể cũng huy động được 325 triệu đồng, 8,4 tấn gạo hỗ trợ người dân vùng hồ sông Đà; Hội Cựu chiến binh huyện giúp 62 hội viên nghèo con giống, cây giống; Huyện đoàn tổ chức 3 đợt tình nguyện "Hành quân xanh" về các xã vùng cao. Phong trào thi đua "Dân vận khéo" có 27 mô hình mới được đăng ký, trong đó có mô hình "Tổ tiết kiệm gạo" của Hội Phụ nữ xã Tiền Phong.
Tại hội nghị, các đồng chí Bí thư Đảng ủy xã: Đinh Văn Khoa (Tân Minh), Xa Văn Ngọc (Đồng Chum) nêu những khó khăn trong vận động đồng bào Mường, Dao, Tày ở các xóm xa trung tâm; đề nghị huyện tiếp tục quan tâm đến những hộ thiếu đói giáp hạt, hộ bị ảnh hưởng sạt lở đất. Bà Bàn Thị Dần, Chủ tịch Hội Liên hiệp Phụ nữ xã Tiền Phong, chia sẻ mô hình "Tổ tiết kiệm gạo" với 46 thành viên, mỗi tháng mỗi người góp 1 kg gạo để giúp chị em khó khăn trong những ngày giáp hạt.
Phát biểu chỉ đạo, đồng chí Đinh Công Sứ yêu cầu 6 tháng cuối năm, khối dân vận bám sát cơ sở, nắm tình hình nhân dân trong mùa mưa lũ; tiếp tục thực hiện Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao chất lượng, hiệu quả công tác dân vận của cơ quan nhà nước các cấp và Kế hoạch số 85-KH/HU của Ban Thường vụ Huyện ủy; phối hợp rà soát hộ thiếu đói để kịp thời đề nghị hỗ trợ dịp giáp hạt cuối năm.
Hội nghị đã biểu dương 5 tập thể và 9 cá nhân có thành tích trong phong trào "Dân vận khéo" 6 tháng đầu năm.
Ban Dân vận Huyện ủy
Các tin đã đưa
- Huyện ủy Đà Bắc học tập chuyên đề năm 2018 (03/07/2018)
- Trao gạo hỗ trợ hộ nghèo xã Đồng Ruộng (15/04/2018)
- Cấp phát gạo cứu đói giáp hạt năm 2018 (10/03/2018)
""", "2018-07-10", "Ban Dân vận Huyện ủy sơ kết công tác 6 tháng đầu năm 2018",
E("so_ket", "2018-H1", "2018-07-09"),
[P("Đinh Công Sứ", "Phó Bí thư Thường trực Huyện ủy"),
 P("Xa Thị Thúy", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Đinh Văn Khoa", "Bí thư Đảng ủy xã"),
 P("Xa Văn Ngọc", "Bí thư Đảng ủy xã"),
 P("Bàn Thị Dần", "Chủ tịch Hội Liên hiệp Phụ nữ xã Tiền Phong")],
[Q("186,9 tấn", 186.9, "tấn"), Q("2.840 hộ", 2840, "hộ"), Q("12.460 nhân khẩu", 12460, "nhân khẩu"),
 Q("20 xã, thị trấn", 20, "xã, thị trấn"), Q("100%", 100, "%"), Q("325 triệu đồng", 325000000, "đồng"),
 Q("8,4 tấn", 8.4, "tấn"), Q("62 hội viên nghèo", 62, "hội viên nghèo"), Q("3 đợt", 3, "đợt"),
 Q("27 mô hình mới", 27, "mô hình mới"), Q("46 thành viên", 46, "thành viên"), Q("1 kg", 1, "kg"),
 Q("5 tập thể", 5, "tập thể"), Q("9 cá nhân", 9, "cá nhân")],
[D("Quyết định", "472", "QĐ-UBND", "2018-03-02", "UBND tỉnh", "Quyết định số 472/QĐ-UBND ngày 2/3/2018"),
 D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 14/7/2015"),
 D("Kế hoạch", "85", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 85-KH/HU")],
[prov("Hòa Bình"), com("Tiền Phong"), com("Tân Minh"), com("Đồng Chum")],
["Cổng thông tin điện tử huyện Đà Bắc - tỉnh Hòa Bình", "Trang chủ / Tin tức - Sự kiện / Hoạt động các cơ quan Đảng",
 "Dân vận khéo", "Hành quân xanh", "Tổ tiết kiệm gạo", "Lượt xem: 318"],
["Lượt xem: 318", "6 tháng đầu năm", "6 tháng cuối năm 2018", "6 tháng cuối năm"]))

PAGES.append(page("b7144-quangtri-doithoai-hotrogao-2019", """
Báo Quảng Trị
Chính trị | Kinh tế | Xã hội | Văn hóa - Thể thao | Quốc phòng - An ninh
05/04/2019 - 16:20
Hướng Hóa: Đối thoại với người dân về chính sách hỗ trợ gạo năm 2019
QTO - Ngày 4/4, Đảng ủy, UBND xã Hướng Lập, huyện Hướng Hóa, tỉnh Quảng Trị tổ chức hội nghị đối thoại với nhân dân năm 2019, tập trung vào việc thực hiện chính sách hỗ trợ gạo cho hộ nghèo, hộ thiếu đói giáp hạt và các chính sách an sinh xã hội. Gần 150 người dân của 8 thôn tham dự.
Ông Hồ Văn Phinh, Chủ tịch UBND xã Hướng Lập trả lời ý kiến của người dân. Ảnh: Đ.T
Chủ trì đối thoại có ông Hồ Văn Phinh, Chủ tịch UBND xã Hướng Lập; ông Hồ Sỹ Tha, Bí thư Đảng ủy xã. Dự có ông Nguyễn Đăng Ánh, Phó Trưởng Ban Dân vận Huyện ủy Hướng Hóa và đại diện Phòng Lao động - Thương binh và Xã hội huyện.
Theo báo cáo của UBND xã, Hướng Lập là xã biên giới có 512 hộ với 2.207 khẩu, 98% là đồng bào Vân Kiều. Tỷ lệ hộ nghèo cuối năm 2018 còn 58,6%. Từ đầu năm 2019 đến nay, xã đã nhận 34,8 tấn gạo cứu đói dịp Tết và giáp hạt theo Quyết định số 159/QĐ-TTg ngày 31/1/2019 của Thủ tướng Chính phủ, cấp cho 2.207 lượt khẩu; đồng thời nhận hỗ trợ gạo cho 116 học sinh bán trú.
Tại hội nghị, người dân đã nêu 14 ý kiến. Ông Hồ Văn Bọt, thôn Cù Bai, hỏi vì sao gia đình có 5 người nhưng chỉ được nhận gạo cho 4 khẩu. Bà Hồ Thị Nga, thôn Tà Păng, đề nghị xã cấp gạo sớm hơn, không để đến tháng 4 mới cấp vì nhiều nhà đã hết lúa từ tháng 2. Một số ý kiến phản ánh gạo đợt trước có bao bị ẩm, mốc.
Trả lời các ý kiến, ông Hồ Văn Phinh giải thích: gạo cấp theo số khẩu có tên trong danh sách hộ nghèo, thiếu đói đã được thôn bình xét; trường hợp hộ ông Bọt có cháu mới sinh chưa kịp bổ sung, xã sẽ cấp bù ngay trong đợt tới. Xã cũng đã đề nghị Chi cục Dự trữ Nhà nước Quảng Trị đổi 12 bao gạo bị ẩm. Ông Hồ Sỹ Tha cho biết những ý kiến thuộc thẩm quyền của huyện, xã sẽ tổng hợp, báo cáo bằng văn bản.
Phát biểu tại buổi đối thoại, ông Nguyễn Đăng Ánh đánh giá cao cách làm của xã, thực hiện đúng Quy định số 04-QĐi/TU của Tỉnh ủy về đối thoại trực tiếp giữa người đứng đầu cấp ủy, chính quyền với nhân dân. Ông đề nghị người dân sử dụng gạo hỗ trợ đúng mục đích, không bán, đổi lấy rượu; đồng thời tích cực tham gia trồng sắn, chuối theo hợp đồng liên kết với doanh nghiệp để thoát nghèo bền vững.
Kết thúc hội nghị, 100% ý kiến của người dân đã được trả lời trực tiếp.
Đức Trung
Tin liên quan
- Đakrông: cấp 210 tấn gạo cứu đói cho đồng bào (28/03/2019)
- Hướng Hóa đối thoại với nông dân về liên kết trồng chuối (20/03/2019)
- Trao 100 suất quà cho hộ nghèo biên giới (30/01/2019)
""", "2019-04-05", "Hướng Hóa: Đối thoại với người dân về chính sách hỗ trợ gạo năm 2019",
E("doi_thoai", "2019", "2019-04-04"),
[P("Hồ Văn Phinh", "Chủ tịch UBND xã Hướng Lập"),
 P("Hồ Sỹ Tha", "Bí thư Đảng ủy xã"),
 P("Nguyễn Đăng Ánh", "Phó Trưởng Ban Dân vận Huyện ủy Hướng Hóa"),
 P("Hồ Văn Bọt"),
 P("Hồ Thị Nga")],
[Q("Gần 150 người dân", 150, "người dân", "approx"), Q("8 thôn", 8, "thôn"), Q("512 hộ", 512, "hộ"),
 Q("2.207 khẩu", 2207, "khẩu"), Q("98%", 98, "%"), Q("58,6%", 58.6, "%"), Q("34,8 tấn", 34.8, "tấn"),
 Q("2.207 lượt khẩu", 2207, "lượt khẩu"), Q("116 học sinh bán trú", 116, "học sinh bán trú"), Q("14 ý kiến", 14, "ý kiến"),
 Q("5 người", 5, "người"), Q("4 khẩu", 4, "khẩu"), Q("12 bao gạo", 12, "bao gạo"), Q("100%", 100, "%")],
[D("Quyết định", "159", "QĐ-TTg", "2019-01-31", "Thủ tướng Chính phủ", "Quyết định số 159/QĐ-TTg ngày 31/1/2019"),
 D("Quy định", "04", "QĐi/TU", None, "Tỉnh ủy", "Quy định số 04-QĐi/TU của Tỉnh ủy")],
[prov("Quảng Trị"), com("Hướng Lập")],
["Báo Quảng Trị", "Chính trị | Kinh tế | Xã hội | Văn hóa - Thể thao | Quốc phòng - An ninh", "QTO",
 "Ông Hồ Văn Phinh, Chủ tịch UBND xã Hướng Lập trả lời ý kiến của người dân. Ảnh: Đ.T",
 "Chi cục Dự trữ Nhà nước Quảng Trị"],
["05/04/2019 - 16:20", "năm 2019", "năm 2018", "tháng 4", "tháng 2"]))
