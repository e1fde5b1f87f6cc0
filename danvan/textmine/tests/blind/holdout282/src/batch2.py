from lib import *
PAGES = []

PAGES.append(page("b6731-laocai-pccc-daihoi-2017", """
Báo Lào Cai điện tử
Thời sự › An ninh - Quốc phòng
02-11-2017 08:40
Ảnh: Các điển hình tiên tiến nhận bằng khen tại đại hội.
Đại hội thi đua điển hình tiên tiến phong trào Toàn dân PCCC lần thứ II
LCĐT - Ngày 1/11, Công an tỉnh Lào Cai tổ chức Đại hội thi đua điển hình tiên tiến phong trào "Toàn dân tham gia phòng cháy, chữa cháy" lần thứ II, giai đoạn 2012 - 2017. Về dự có đồng chí Đặng Văn Thuận, Phó Chủ tịch UBND tỉnh; Đại tá Hoàng Văn Thạch, Phó Giám đốc Công an tỉnh. Tham dự đại hội có 215 đại biểu là các điển hình tiên tiến của lực lượng dân phòng, bảo vệ cơ sở, các chủ rừng và đồng bào các dân tộc.
Báo cáo tại đại hội cho thấy, sau 5 năm, toàn tỉnh đã xây dựng và duy trì 1.482 đội dân phòng, 217 đội PCCC cơ sở và 96 đội PCCC chuyên ngành với tổng số hơn 18.000 đội viên. Các huyện vùng cao Bát Xát, Sa Pa, Si Ma Cai đã thành lập 325 tổ PCCC liên gia ở các thôn, bản có nhà sàn, nhà trình tường lợp gỗ pơ mu. Trong 5 năm, lực lượng tại chỗ đã tham gia cứu chữa 402 vụ cháy, trong đó có 148 vụ cháy rừng, góp phần giảm thiệt hại khoảng 40% so với giai đoạn trước.
Nhiều cách làm sáng tạo được chia sẻ tại đại hội. Ông Thào A Sính, Trưởng thôn Lao Chải, xã Lao Chải kể, mỗi tối đội dân phòng thôn lại dùng loa cầm tay nhắc bà con tắt bếp củi trước khi đi ngủ. Bà Lù Thị Dính, người dân tộc Giáy, Tổ trưởng tổ PCCC liên gia thôn Phìn Hồ, xã Tả Van, cho biết tổ có 27 hộ, tự góp được 9 triệu đồng mua bình chữa cháy, đặt ở nhà văn hóa thôn để dùng chung. Anh Vàng Seo Páo, Đội trưởng đội dân phòng xã Bản Mế thì nhắc tới đêm cháy kho thóc năm 2015, cả đội chỉ mất khoảng 20 phút đã khống chế ngọn lửa.
Phát biểu tại đại hội, đồng chí Đặng Văn Thuận đề nghị các cấp, các ngành tiếp tục thực hiện Chỉ thị số 47-CT/TW của Ban Bí thư, Chương trình hành động số 35-CTr/TU ngày 10/11/2015 của Tỉnh ủy Lào Cai thực hiện Chỉ thị 47; khẩn trương triển khai Nghị định số 83/2017/NĐ-CP ngày 18/7/2017 của Chính phủ quy định về công tác cứu nạn, cứu hộ của lực lượng PCCC. Đồng chí lưu ý không chủ quan trong mùa hanh khô, nhất là ở những nơi giáp ranh rừng và các khu chợ phiên.
Dịp này, UBND tỉnh tặng bằng khen cho 12 tập thể, 25 cá nhân; Giám đốc Công an tỉnh tặng giấy khen cho 30 tập thể, 64 cá nhân có thành tích xuất sắc trong phong trào. Đại hội đã bầu 9 đại biểu dự Đại hội thi đua điển hình tiên tiến phong trào Toàn dân PCCC toàn quốc.
Trước thềm đại hội, Ban Tổ chức đã trưng bày hình ảnh về các đội dân phòng vùng cao, từ những đội chỉ có vài chiếc thùng tôn, bao tải đến những đội đã có máy bơm, bình chữa cháy và trang phục thống nhất; nhiều đại biểu nán lại rất lâu bên các bức ảnh về những bản làng từng bị cháy nay đã được dựng lại khang trang.
Hồng Duyên
Tin liên quan
- Sa Pa: ra quân trực chiến PCCC rừng mùa khô (25/10/2017)
- Bát Xát tập huấn chữa cháy cho dân phòng thôn, bản (12/10/2017)
- 200 hộ dân xã Y Tý cam kết không đốt nương gần rừng (30/09/2017)
""", "2017-11-02", "Đại hội thi đua điển hình tiên tiến phong trào Toàn dân PCCC lần thứ II",
E("dai_hoi", None, "2017-11-01"),
[P("Đặng Văn Thuận", "Phó Chủ tịch UBND tỉnh"),
 P("Hoàng Văn Thạch", "Đại tá", "Phó Giám đốc Công an tỉnh"),
 P("Thào A Sính", "Trưởng thôn Lao Chải"),
 P("Lù Thị Dính", "Tổ trưởng tổ PCCC liên gia thôn Phìn Hồ"),
 P("Vàng Seo Páo", "Đội trưởng đội dân phòng xã Bản Mế")],
[Q("215 đại biểu", 215, "đại biểu"), Q("1.482 đội dân phòng", 1482, "đội dân phòng"), Q("217 đội PCCC cơ sở", 217, "đội PCCC cơ sở"),
 Q("96 đội PCCC chuyên ngành", 96, "đội PCCC chuyên ngành"), Q("hơn 18.000 đội viên", 18000, "đội viên", "over"),
 Q("325 tổ PCCC liên gia", 325, "tổ PCCC liên gia"), Q("402 vụ cháy", 402, "vụ cháy"), Q("148 vụ cháy rừng", 148, "vụ cháy rừng"),
 Q("khoảng 40%", 40, "%", "approx"), Q("27 hộ", 27, "hộ"), Q("9 triệu đồng", 9000000, "đồng"),
 Q("12 tập thể", 12, "tập thể"), Q("25 cá nhân", 25, "cá nhân"), Q("30 tập thể", 30, "tập thể"), Q("64 cá nhân", 64, "cá nhân"),
 Q("9 đại biểu", 9, "đại biểu")],
[D("Chỉ thị", "47", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 47-CT/TW của Ban Bí thư"),
 D("Chương trình hành động", "35", "CTr/TU", "2015-11-10", "Tỉnh ủy Lào Cai", "Chương trình hành động số 35-CTr/TU ngày 10/11/2015"),
 D("Nghị định", "83", "2017/NĐ-CP", "2017-07-18", "Chính phủ", "Nghị định số 83/2017/NĐ-CP ngày 18/7/2017")],
[prov("Lào Cai"), com("Lao Chải"), com("Tả Van"), com("Bản Mế")],
["Báo Lào Cai điện tử", "Thời sự › An ninh - Quốc phòng", "Ảnh: Các điển hình tiên tiến nhận bằng khen tại đại hội.", "LCĐT",
 "Toàn dân tham gia phòng cháy, chữa cháy"],
["02-11-2017 08:40", "lần thứ II", "2012 - 2017", "5 năm", "năm 2015", "20 phút", "Chỉ thị 47"]))

PAGES.append(page("b6732-quangninh-danphong-giamsat-2018", """
BÁO QUẢNG NINH
Chính trị / Hội đồng nhân dân
Cập nhật lúc 17:20 ngày 23/08/2018
Giám sát việc xây dựng, hoạt động của lực lượng dân phòng tại TP Cẩm Phả
Sáng 22/8, Đoàn giám sát của Ban Pháp chế HĐND tỉnh do đồng chí Vũ Thị Thu Hà, Trưởng Ban Pháp chế HĐND tỉnh làm trưởng đoàn đã giám sát việc thực hiện Nghị quyết số 85/2017/NQ-HĐND ngày 13/7/2017 của HĐND tỉnh quy định mức hỗ trợ đối với lực lượng dân phòng, theo chương trình giám sát năm 2018, tại UBND TP Cẩm Phả.
Theo báo cáo của UBND thành phố, toàn TP Cẩm Phả có 16 phường, xã với 228 đội dân phòng và 2.736 đội viên. Năm 2017 và 7 tháng năm 2018, thành phố đã chi trả hỗ trợ cho đội viên dân phòng tổng số hơn 3,9 tỷ đồng; mức hỗ trợ hằng tháng đối với đội trưởng là 745.000 đồng, đội phó 670.000 đồng. Từ kinh phí xã hội hóa, 60 đội dân phòng ở các khu dân cư giáp mỏ đã được trang bị thêm máy bơm, vòi, lăng phun. Các đội đã tham gia chữa cháy 21 vụ, cứu được 6 người và tài sản trị giá khoảng 1,7 tỷ đồng.
Tại buổi giám sát, ông Nguyễn Đức Mạnh, Phó Chủ tịch UBND thành phố, kiến nghị tỉnh nâng mức hỗ trợ, vì nhiều đội viên là công nhân mỏ làm theo ca, khó bảo đảm thời gian trực. Đồng chí Phạm Văn Tuyên, Trưởng Công an phường Cẩm Thủy, phản ánh có khu phố tới 70% đội viên trên 55 tuổi.
Trực tiếp kiểm tra tại phường Cẩm Thạch, đoàn ghi nhận khu 6 đã bố trí 4 điểm chữa cháy công cộng, mỗi điểm có 2 bình bột và 1 bình khí, được tổ dân phòng kiểm tra hằng tuần. Tuy nhiên, đoàn cũng chỉ ra việc quản lý danh sách đội viên ở một số phường chưa chặt chẽ, có trường hợp đội viên chuyển nơi ở nhưng vẫn có tên trong danh sách; một số phương tiện được cấp từ năm 2012 đã hỏng nhưng chưa được thay thế.
Kết luận buổi giám sát, đồng chí Vũ Thị Thu Hà đề nghị thành phố rà soát, kiện toàn lại các đội dân phòng ngay trong quý IV, bảo đảm chi trả đúng đối tượng, công khai; chỉ đạo các phường thực hiện nghiêm Thông tư số 66/2014/TT-BCA ngày 16/12/2014 của Bộ Công an về trang bị phương tiện cho lực lượng dân phòng. Các kiến nghị của thành phố sẽ được đoàn tổng hợp, báo cáo Thường trực HĐND tỉnh.
Cùng ngày, đoàn đã giám sát tại TP Uông Bí và huyện Vân Đồn, làm việc với Công an tỉnh về công tác kiểm tra, hướng dẫn nghiệp vụ cho lực lượng dân phòng ở các địa bàn giáp ranh.
Theo Công an tỉnh Quảng Ninh, Cẩm Phả là địa bàn có nhiều khu dân cư xen kẽ khu vực khai thác than, kho xăng dầu và cảng biển, nguy cơ cháy nổ luôn hiện hữu; vì vậy việc duy trì đội dân phòng đủ người, đủ phương tiện ở từng khu phố có ý nghĩa rất quan trọng.
Hoàng Yến
Bài viết liên quan
- Hạ Long kiện toàn 115 đội dân phòng (10/08/2018)
- Phòng cháy tại các khu tập thể công nhân mỏ (02/08/2018)
- Đông Triều: ra mắt mô hình "Khu dân cư an toàn PCCC" (24/07/2018)
""", "2018-08-23", "Giám sát việc xây dựng, hoạt động của lực lượng dân phòng tại TP Cẩm Phả",
E("giam_sat", "2018", "2018-08-22"),
[P("Vũ Thị Thu Hà", "Trưởng Ban Pháp chế HĐND tỉnh"),
 P("Nguyễn Đức Mạnh", "Phó Chủ tịch UBND thành phố"),
 P("Phạm Văn Tuyên", "Trưởng Công an phường Cẩm Thủy")],
[Q("16 phường, xã", 16, "phường, xã"), Q("228 đội dân phòng", 228, "đội dân phòng"), Q("2.736 đội viên", 2736, "đội viên"),
 Q("hơn 3,9 tỷ đồng", 3900000000, "đồng", "over"), Q("745.000 đồng", 745000, "đồng"), Q("670.000 đồng", 670000, "đồng"),
 Q("60 đội dân phòng", 60, "đội dân phòng"), Q("21 vụ", 21, "vụ"), Q("6 người", 6, "người"),
 Q("khoảng 1,7 tỷ đồng", 1700000000, "đồng", "approx"), Q("70%", 70, "%"), Q("4 điểm chữa cháy công cộng", 4, "điểm chữa cháy công cộng"),
 Q("2 bình bột", 2, "bình bột")],
[D("Nghị quyết", "85", "2017/NQ-HĐND", "2017-07-13", "HĐND tỉnh", "Nghị quyết số 85/2017/NQ-HĐND ngày 13/7/2017"),
 D("Thông tư", "66", "2014/TT-BCA", "2014-12-16", "Bộ Công an", "Thông tư số 66/2014/TT-BCA ngày 16/12/2014")],
[prov("Quảng Ninh"), com("Cẩm Thủy"), com("Cẩm Thạch")],
["BÁO QUẢNG NINH", "Chính trị / Hội đồng nhân dân", "TP Cẩm Phả"],
["Cập nhật lúc 17:20 ngày 23/08/2018", "năm 2018", "Năm 2017", "7 tháng năm 2018", "55 tuổi", "khu 6", "1 bình khí", "năm 2012", "quý IV"]))

PAGES.append(page("b6733-binhduong-danphong-dientap-2019", """
Báo Bình Dương Online
Xã hội - Thời sự >> An ninh trật tự
Thứ Sáu, 04/10/2019, 07:50
Thực tập phương án chữa cháy tại khu nhà trọ công nhân
(BDO) Chiều 3/10, hưởng ứng Ngày toàn dân phòng cháy, chữa cháy 4/10, Công an TP Thuận An phối hợp UBND phường Bình Hòa tổ chức thực tập phương án chữa cháy và cứu nạn, cứu hộ có huy động lực lượng, phương tiện tại chỗ ở khu nhà trọ Phú Hưng, khu phố Bình Đức 2.
Lực lượng dân phòng phường Bình Hòa triển khai lăng, vòi tiếp cận đám cháy giả định.
Tình huống giả định, vào lúc 14 giờ, tại dãy phòng trọ số 3 do chập điện đã phát sinh cháy, khói lan nhanh sang các phòng bên cạnh, có 5 công nhân bị mắc kẹt trên gác lửng. Phát hiện cháy, người dân hô hoán, tổ PCCC liên gia khu nhà trọ dùng 6 bình chữa cháy tại chỗ để dập lửa, đồng thời báo tin cho Công an phường. Chỉ sau khoảng 5 phút, đội dân phòng phường với 18 đội viên đã có mặt, triển khai 2 lăng chữa cháy từ trụ nước của khu trọ, tổ chức đưa người mắc kẹt ra ngoài an toàn. Tiếp nhận tin báo qua số 114, Phòng Cảnh sát PC&CC và CNCH Công an tỉnh điều 3 xe chữa cháy, 1 xe thang và hơn 30 cán bộ, chiến sĩ đến hỗ trợ.
Buổi thực tập có sự tham gia của gần 250 công nhân, người lao động đang thuê trọ. Theo ông Trương Văn Đức, Chủ tịch UBND phường Bình Hòa, trên địa bàn phường hiện có 1.264 khu nhà trọ với khoảng 48.000 người thuê, phần lớn là phòng trọ có gác lửng bằng gỗ, chỉ có một lối ra vào. Phường đã thành lập 35 tổ PCCC liên gia tại các khu nhà trọ, mỗi tổ có từ 5 người trở lên do chủ nhà trọ làm tổ trưởng.
Thượng tá Nguyễn Thanh Bình, Phó Trưởng Công an TP Thuận An đánh giá buổi thực tập sát thực tế, các lực lượng phối hợp nhịp nhàng. Qua đây giúp chủ nhà trọ và người thuê nhận thức rõ trách nhiệm của mình theo Nghị định số 79/2014/NĐ-CP ngày 31/7/2014 của Chính phủ, nhất là việc lắp đặt thiết bị báo cháy, mở thêm lối thoát nạn.
Bà Lê Thị Hoa, chủ khu nhà trọ Phú Hưng, Tổ trưởng tổ PCCC liên gia cho biết, sau buổi thực tập bà sẽ đầu tư khoảng 15 triệu đồng lắp thêm đèn chiếu sáng sự cố và thang thoát hiểm cho dãy trọ hai tầng.
Dịp này, Công an TP Thuận An tặng 40 bình chữa cháy cho các tổ liên gia khu nhà trọ ở phường Bình Hòa.
Theo Công an thành phố, đây là lần đầu tiên việc thực tập phương án chữa cháy được tổ chức ngay trong khu nhà trọ đông người, giúp công nhân biết cách thoát nạn qua lối phụ, dùng khăn ướt che mũi miệng và không quay lại phòng để lấy tài sản. Thời gian tới, mô hình sẽ được nhân rộng ra các phường khác có nhiều khu trọ.
Thu Thảo
Lượt xem: 2.317
Tin khác
- Thuận An: kiểm tra an toàn PCCC 120 khu nhà trọ (27/09/2019)
- Cháy xưởng gỗ tại phường Tân Định, thiệt hại lớn (19/09/2019)
- Dĩ An ra mắt mô hình "Khu trọ an toàn PCCC" (06/09/2019)
""", "2019-10-04", "Thực tập phương án chữa cháy tại khu nhà trọ công nhân",
E("khac", None, "2019-10-03"),
[P("Trương Văn Đức", "Chủ tịch UBND phường Bình Hòa"),
 P("Nguyễn Thanh Bình", "Thượng tá", "Phó Trưởng Công an TP Thuận An"),
 P("Lê Thị Hoa", "chủ khu nhà trọ Phú Hưng", "Tổ trưởng tổ PCCC liên gia")],
[Q("5 công nhân", 5, "công nhân"), Q("6 bình chữa cháy", 6, "bình chữa cháy"), Q("18 đội viên", 18, "đội viên"),
 Q("2 lăng chữa cháy", 2, "lăng chữa cháy"), Q("3 xe chữa cháy", 3, "xe chữa cháy"),
 Q("hơn 30 cán bộ, chiến sĩ", 30, "cán bộ, chiến sĩ", "over"), Q("gần 250 công nhân, người lao động", 250, "công nhân, người lao động", "approx"),
 Q("1.264 khu nhà trọ", 1264, "khu nhà trọ"), Q("khoảng 48.000 người thuê", 48000, "người thuê", "approx"),
 Q("35 tổ PCCC liên gia", 35, "tổ PCCC liên gia"), Q("từ 5 người trở lên", 5, "người", "over"),
 Q("khoảng 15 triệu đồng", 15000000, "đồng", "approx"), Q("40 bình chữa cháy", 40, "bình chữa cháy")],
[D("Nghị định", "79", "2014/NĐ-CP", "2014-07-31", "Chính phủ", "Nghị định số 79/2014/NĐ-CP ngày 31/7/2014")],
[prov("Bình Dương"), com("Bình Hòa")],
["Báo Bình Dương Online", "Xã hội - Thời sự >> An ninh trật tự", "(BDO)",
 "Lực lượng dân phòng phường Bình Hòa triển khai lăng, vòi tiếp cận đám cháy giả định.", "Ngày toàn dân phòng cháy, chữa cháy",
 "Lượt xem: 2.317"],
["Thứ Sáu, 04/10/2019, 07:50", "4/10", "14 giờ", "số 3", "khoảng 5 phút", "114", "1 xe thang", "Lượt xem: 2.317", "Bình Đức 2"]))

PAGES.append(page("b6734-hanoi-lienggia-hoinghi-2020", """
HÀ NỘI MỚI - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam thành phố Hà Nội
Trang chủ | Hà Nội | Quận huyện
18/6/2020 | 11:30
Quận Đống Đa nhân rộng mô hình "Tổ liên gia an toàn PCCC"
(HNM) - Sáng 17-6, Ban Chỉ đạo công tác PCCC quận Đống Đa tổ chức hội nghị triển khai nhân rộng mô hình "Tổ liên gia an toàn PCCC" và "Điểm chữa cháy công cộng" năm 2020. Đồng chí Lê Tuấn Khải, Phó Bí thư Quận ủy, Chủ tịch UBND quận, Trưởng ban Chỉ đạo chủ trì hội nghị.
Hội nghị được tổ chức trực tuyến tới 21 điểm cầu phường nhằm bảo đảm yêu cầu phòng, chống dịch Covid-19.
Thực hiện Kế hoạch số 178/KH-UBND ngày 29/8/2019 của UBND thành phố Hà Nội về xây dựng, nhân rộng mô hình, đến hết tháng 5, quận Đống Đa đã thành lập 1.126 tổ liên gia an toàn PCCC với hơn 16.800 hộ tham gia và lắp đặt 214 điểm chữa cháy công cộng tại các ngõ, ngách sâu, hẹp. Riêng phường Khương Thượng đã có 96 tổ liên gia, phủ kín 100% tổ dân phố. Kinh phí mua sắm bình chữa cháy, hộp đựng cho các điểm chữa cháy công cộng khoảng 2,5 tỷ đồng, chủ yếu từ nguồn xã hội hóa.
Đại tá Đỗ Đức Thắng, Trưởng Công an quận Đống Đa, Phó trưởng ban Thường trực Ban Chỉ đạo cho biết, qua kiểm tra 4.620 hộ gia đình, có gần 30% hộ vẫn lắp "chuồng cọp", cửa sắt bịt kín không có lối thoát nạn thứ hai; nhiều hộ kết hợp kinh doanh, để xe máy ở tầng một. Từ đầu năm, trên địa bàn quận xảy ra 14 vụ cháy, trong đó 9 vụ được tổ liên gia phát hiện và dập tắt ngay, không để cháy lớn.
Tại hội nghị, các phường Văn Chương, Láng Hạ, Trung Tự chia sẻ cách làm. Ông Nguyễn Văn Lực, Tổ trưởng tổ dân phố số 12, phường Văn Chương, kể: "Ban đầu bà con nghĩ lại thêm khoản đóng góp, nhưng sau vụ cháy nhà số 8 ngõ Văn Chương, chỉ trong một tuần các hộ đã góp đủ tiền mua 24 bình chữa cháy". Bà Phạm Thu Hương, Phó Chủ tịch UBND phường Láng Hạ, đề nghị quận hỗ trợ cấp bình cho các hộ nghèo, hộ neo đơn.
Kết luận hội nghị, đồng chí Lê Tuấn Khải yêu cầu các phường phấn đấu đến cuối năm 2020 có ít nhất 1.500 tổ liên gia; bảo đảm mỗi ngõ sâu trên 50 m có một điểm chữa cháy công cộng; Công an quận phối hợp Mặt trận Tổ quốc tuyên truyền để người dân tự giác tháo dỡ "chuồng cọp", mở lối thoát nạn.
Theo đánh giá của Ban Chỉ đạo, Đống Đa là một trong những quận có mật độ dân cư cao nhất thành phố, nhiều khu tập thể cũ, ngõ nhỏ chỉ đủ cho xe máy đi qua; khi xảy ra cháy, xe chữa cháy chuyên dụng khó tiếp cận, vì vậy lực lượng tại chỗ đóng vai trò quyết định trong những phút đầu.
Ngọc Minh
Tin cùng chuyên mục
- Hoàn Kiếm: lắp 80 điểm chữa cháy công cộng trong phố cổ (12/6/2020)
- Ba Đình kiểm tra PCCC tại các khu tập thể cũ (04/6/2020)
- Hai Bà Trưng: 600 hộ dân được tập huấn thoát nạn (28/5/2020)
""", "2020-06-18", "Quận Đống Đa nhân rộng mô hình \"Tổ liên gia an toàn PCCC\"",
E("hoi_nghi", "2020", "2020-06-17"),
[P("Lê Tuấn Khải", "Phó Bí thư Quận ủy", "Chủ tịch UBND quận", "Trưởng ban Chỉ đạo"),
 P("Đỗ Đức Thắng", "Đại tá", "Trưởng Công an quận Đống Đa", "Phó trưởng ban Thường trực Ban Chỉ đạo"),
 P("Nguyễn Văn Lực", "Tổ trưởng tổ dân phố số 12"),
 P("Phạm Thu Hương", "Phó Chủ tịch UBND phường Láng Hạ")],
[Q("21 điểm cầu phường", 21, "điểm cầu phường"), Q("1.126 tổ liên gia an toàn PCCC", 1126, "tổ liên gia an toàn PCCC"),
 Q("hơn 16.800 hộ", 16800, "hộ", "over"), Q("214 điểm chữa cháy công cộng", 214, "điểm chữa cháy công cộng"),
 Q("96 tổ liên gia", 96, "tổ liên gia"), Q("100%", 100, "%"), Q("khoảng 2,5 tỷ đồng", 2500000000, "đồng", "approx"),
 Q("4.620 hộ gia đình", 4620, "hộ gia đình"), Q("gần 30%", 30, "%", "approx"), Q("14 vụ cháy", 14, "vụ cháy"),
 Q("9 vụ", 9, "vụ"), Q("24 bình chữa cháy", 24, "bình chữa cháy"), Q("ít nhất 1.500 tổ liên gia", 1500, "tổ liên gia", "over"),
 Q("trên 50 m", 50, "m", "over")],
[D("Kế hoạch", "178", "KH-UBND", "2019-08-29", "UBND thành phố Hà Nội", "Kế hoạch số 178/KH-UBND ngày 29/8/2019")],
[prov("Hà Nội"), com("Khương Thượng"), com("Văn Chương"), com("Láng Hạ"), com("Trung Tự")],
["HÀ NỘI MỚI - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam thành phố Hà Nội", "Trang chủ | Hà Nội | Quận huyện", "(HNM)",
 "Tổ liên gia an toàn PCCC", "Điểm chữa cháy công cộng",
 "Hội nghị được tổ chức trực tuyến tới 21 điểm cầu phường nhằm bảo đảm yêu cầu phòng, chống dịch Covid-19."],
["18/6/2020 | 11:30", "17-6", "năm 2020", "tháng 5", "Covid-19", "nhà số 8", "một tuần", "số 12"]))

PAGES.append(page("b6735-khanhhoa-danphong-tongket-2021", """
Báo Khánh Hòa điện tử
An ninh - Quốc phòng
2021-12-24 16:40
Toàn cảnh hội nghị. Ảnh: Văn Kỳ
Khánh Hòa: Tổng kết công tác phòng cháy, chữa cháy và cứu nạn, cứu hộ năm 2021
Ngày 23-12, Công an tỉnh tổ chức hội nghị tổng kết công tác phòng cháy, chữa cháy và cứu nạn, cứu hộ năm 2021. Dự hội nghị có ông Nguyễn Văn Tịnh, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; Đại tá Lê Khắc Đạt, Phó Giám đốc Công an tỉnh.
Năm 2021, dù chịu ảnh hưởng nặng nề của dịch Covid-19, công tác PCCC trên địa bàn tỉnh vẫn được duy trì. Toàn tỉnh xảy ra 52 vụ cháy, giảm 9 vụ so với năm 2020; làm chết 1 người, bị thương 3 người; thiệt hại tài sản ước tính 11,6 tỷ đồng. Lực lượng chức năng đã tổ chức cứu nạn, cứu hộ 27 vụ, cứu được 19 người, tìm kiếm, trục vớt 15 thi thể nạn nhân đuối nước.
Lực lượng dân phòng tiếp tục được kiện toàn theo Nghị định số 136/2020/NĐ-CP ngày 24/11/2020 của Chính phủ. Hiện toàn tỉnh có 137 đội dân phòng với 2.466 đội viên; 2.874 tổ liên gia an toàn PCCC với 41.350 hộ tham gia; 1.052 điểm chữa cháy công cộng. Trong các đợt cao điểm phòng, chống dịch, nhiều đội dân phòng đã cùng tổ Covid cộng đồng trực chốt, phun khử khuẩn, vận chuyển hàng hóa đến các khu cách ly. UBND tỉnh đã ban hành Kế hoạch số 10532/KH-UBND triển khai Quyết định số 1492/QĐ-TTg của Thủ tướng Chính phủ.
Tại hội nghị, Thượng tá Võ Văn Hùng, Trưởng phòng Cảnh sát PCCC và CNCH Công an tỉnh, cho biết mô hình tổ liên gia ở TP Nha Trang phát huy hiệu quả rõ nét: tổ liên gia tổ dân phố 4, phường Vĩnh Nguyên đã dập tắt đám cháy tiệm tạp hóa lúc rạng sáng, cứu 2 cháu nhỏ. Ông Nguyễn Văn Khương, Chủ tịch UBND xã Ninh Ích (thị xã Ninh Hòa), đề xuất hỗ trợ trang phục, phụ cấp cho đội viên dân phòng ở các xã ven đầm.
Phát biểu chỉ đạo, Chủ tịch UBND tỉnh Nguyễn Văn Tịnh đề nghị năm 2022 phải bảo đảm 100% đội dân phòng được huấn luyện nghiệp vụ; tăng cường kiểm tra các khu nhà trọ, chung cư mini, quán karaoke; xây dựng thêm ít nhất 300 tổ liên gia ở các xã miền núi Khánh Sơn, Khánh Vĩnh. Chủ tịch UBND tỉnh cũng lưu ý không để xảy ra cháy lớn tại các khu du lịch khi mở cửa đón khách trở lại.
Dịp này, Bộ Công an tặng bằng khen cho 2 tập thể; UBND tỉnh tặng bằng khen cho 9 tập thể, 14 cá nhân có thành tích trong phong trào toàn dân PCCC năm 2021.
Hội nghị cũng chỉ ra những hạn chế: một số địa phương chưa quan tâm đúng mức đến việc trang bị phương tiện cho lực lượng dân phòng; nhiều cơ sở kinh doanh dịch vụ chưa thực hiện đầy đủ các điều kiện an toàn; việc xử lý vi phạm ở một số nơi còn nể nang.
Văn Kỳ
Lượt xem: 985
Xem thêm
- Nha Trang: ra mắt 50 điểm chữa cháy công cộng (10/12/2021)
- Tập huấn PCCC cho lực lượng dân phòng huyện Cam Lâm (25/11/2021)
- Cứu 4 người mắc kẹt trong đám cháy nhà trọ (09/11/2021)
""", "2021-12-24", "Khánh Hòa: Tổng kết công tác phòng cháy, chữa cháy và cứu nạn, cứu hộ năm 2021",
E("tong_ket", "2021", "2021-12-23"),
[P("Nguyễn Văn Tịnh", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Lê Khắc Đạt", "Đại tá", "Phó Giám đốc Công an tỉnh"),
 P("Võ Văn Hùng", "Thượng tá", "Trưởng phòng Cảnh sát PCCC và CNCH Công an tỉnh"),
 P("Nguyễn Văn Khương", "Chủ tịch UBND xã Ninh Ích")],
[Q("52 vụ cháy", 52, "vụ cháy"), Q("9 vụ", 9, "vụ"), Q("3 người", 3, "người"),
 Q("11,6 tỷ đồng", 11600000000, "đồng", "approx"), Q("27 vụ", 27, "vụ"), Q("19 người", 19, "người"),
 Q("15 thi thể", 15, "thi thể"), Q("137 đội dân phòng", 137, "đội dân phòng"), Q("2.466 đội viên", 2466, "đội viên"),
 Q("2.874 tổ liên gia an toàn PCCC", 2874, "tổ liên gia an toàn PCCC"), Q("41.350 hộ", 41350, "hộ"),
 Q("1.052 điểm chữa cháy công cộng", 1052, "điểm chữa cháy công cộng"), Q("2 cháu", 2, "cháu"), Q("100%", 100, "%"),
 Q("ít nhất 300 tổ liên gia", 300, "tổ liên gia", "over"), Q("2 tập thể", 2, "tập thể"), Q("9 tập thể", 9, "tập thể"),
 Q("14 cá nhân", 14, "cá nhân")],
[D("Nghị định", "136", "2020/NĐ-CP", "2020-11-24", "Chính phủ", "Nghị định số 136/2020/NĐ-CP ngày 24/11/2020"),
 D("Kế hoạch", "10532", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 10532/KH-UBND"),
 D("Quyết định", "1492", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1492/QĐ-TTg")],
[prov("Khánh Hòa"), com("Vĩnh Nguyên"), com("Ninh Ích")],
["Báo Khánh Hòa điện tử", "An ninh - Quốc phòng", "Toàn cảnh hội nghị. Ảnh: Văn Kỳ", "Lượt xem: 985"],
["2021-12-24 16:40", "23-12", "năm 2021", "năm 2020", "1 người", "Covid-19", "tổ dân phố 4", "năm 2022", "Lượt xem: 985"]))

PAGES.append(page("b6736-daklak-danphong-doithoai-2022", """
BÁO ĐẮK LẮK ĐIỆN TỬ
Chính trị - Xã hội / Dân vận
Ngày 15/03/2022 | 09:15
Lắng nghe tâm tư của đội viên dân phòng
(Baodaklak.vn) - Ngày 14/3, Đảng ủy phường Tân Lợi (TP Buôn Ma Thuột) phối hợp với Công an phường tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với lực lượng dân phòng và các tổ PCCC liên gia năm 2022.
Đồng chí Y Khuê Byă, Bí thư Đảng ủy, Chủ tịch HĐND phường Tân Lợi chủ trì; cùng dự có các đồng chí Phó Chủ tịch UBND phường: Nguyễn Thị Thanh Hà, Lê Quang Vũ. Tham gia đối thoại có 86 đội viên dân phòng và tổ trưởng các tổ liên gia thuộc 14 khối phố, buôn.
Quang cảnh buổi đối thoại tại hội trường phường Tân Lợi.
Tại buổi đối thoại, các đội viên đã nêu 17 ý kiến, tập trung vào chế độ phụ cấp, bảo hiểm khi làm nhiệm vụ, trang phục và phương tiện. Ông Y Blô Niê, Đội trưởng đội dân phòng buôn Ea Tam, phản ánh đội có 12 người nhưng chỉ có 3 đôi ủng, 2 bình chữa cháy, khi chữa cháy vườn cà phê anh em phải dùng cành cây dập lửa. Bà H'Lim Mlô, Tổ trưởng tổ PCCC liên gia buôn Kô Tam, đề nghị phường hướng dẫn các hộ cất giữ xăng dầu dùng cho máy bơm tưới đúng cách, tránh để trong nhà ở.
Anh Trần Minh Đức, đội viên dân phòng khối 3, băn khoăn: mức hỗ trợ theo Nghị quyết số 08/2021/NQ-HĐND ngày 20/8/2021 của HĐND tỉnh hiện là 180.000 đồng/tháng, chưa đủ bù chi phí đi lại khi trực đêm.
Trả lời các ý kiến, đồng chí Y Khuê Byă ghi nhận những khó khăn và cho biết năm 2022 phường dành khoảng 120 triệu đồng mua bổ sung 40 bình chữa cháy, 20 bộ quần áo và mua bảo hiểm tai nạn cho toàn bộ đội viên. Đồng chí Nguyễn Thị Thanh Hà thông tin, phường đang xây dựng đề án thí điểm "Buôn an toàn PCCC" tại 2 buôn đồng bào Êđê, huy động thêm nguồn lực từ các doanh nghiệp cà phê trên địa bàn.
Đại úy Nông Văn Lập, Trưởng Công an phường Tân Lợi, cho biết năm 2021 trên địa bàn phường xảy ra 5 vụ cháy, trong đó có vụ cháy kho cà phê thiệt hại khoảng 800 triệu đồng; lực lượng dân phòng đã có mặt sớm, cùng Cảnh sát PCCC khống chế đám cháy. Đồng chí đề nghị các đội viên nêu cao trách nhiệm theo phương châm "4 tại chỗ".
Kết thúc đối thoại, 11 ý kiến đã được trả lời trực tiếp, các ý kiến còn lại được phường tiếp thu, báo cáo cấp trên xem xét giải quyết.
Theo Công an tỉnh Đắk Lắk, mùa khô hằng năm là thời điểm nguy cơ cháy rẫy, cháy kho nông sản ở các buôn rất cao; việc đối thoại trực tiếp giúp cấp ủy, chính quyền nắm rõ khó khăn của lực lượng tại chỗ để có giải pháp hỗ trợ kịp thời, sát thực tế.
H'Xíu
Tin liên quan
- Buôn Ma Thuột: kiện toàn 21 đội dân phòng (02/03/2022)
- Cháy rẫy cà phê tại xã Hòa Thuận (21/02/2022)
- Phường Tự An ra mắt tổ liên gia an toàn PCCC (10/02/2022)
""", "2022-03-15", "Lắng nghe tâm tư của đội viên dân phòng",
E("doi_thoai", "2022", "2022-03-14"),
[P("Y Khuê Byă", "Bí thư Đảng ủy", "Chủ tịch HĐND phường Tân Lợi"),
 P("Nguyễn Thị Thanh Hà", "Phó Chủ tịch UBND phường"),
 P("Lê Quang Vũ", "Phó Chủ tịch UBND phường"),
 P("Y Blô Niê", "Đội trưởng đội dân phòng buôn Ea Tam"),
 P("H'Lim Mlô", "Tổ trưởng tổ PCCC liên gia buôn Kô Tam"),
 P("Trần Minh Đức", "đội viên dân phòng khối 3"),
 P("Nông Văn Lập", "Đại úy", "Trưởng Công an phường Tân Lợi")],
[Q("86 đội viên dân phòng", 86, "đội viên dân phòng"), Q("14 khối phố, buôn", 14, "khối phố, buôn"), Q("17 ý kiến", 17, "ý kiến"),
 Q("12 người", 12, "người"), Q("3 đôi ủng", 3, "đôi ủng"), Q("2 bình chữa cháy", 2, "bình chữa cháy"),
 Q("180.000 đồng", 180000, "đồng"), Q("khoảng 120 triệu đồng", 120000000, "đồng", "approx"),
 Q("40 bình chữa cháy", 40, "bình chữa cháy"), Q("20 bộ quần áo", 20, "bộ quần áo"), Q("2 buôn đồng bào Êđê", 2, "buôn đồng bào Êđê"),
 Q("5 vụ cháy", 5, "vụ cháy"), Q("khoảng 800 triệu đồng", 800000000, "đồng", "approx"), Q("11 ý kiến", 11, "ý kiến")],
[D("Nghị quyết", "08", "2021/NQ-HĐND", "2021-08-20", "HĐND tỉnh", "Nghị quyết số 08/2021/NQ-HĐND ngày 20/8/2021")],
[prov("Đắk Lắk"), com("Tân Lợi")],
["BÁO ĐẮK LẮK ĐIỆN TỬ", "Chính trị - Xã hội / Dân vận", "(Baodaklak.vn)", "Quang cảnh buổi đối thoại tại hội trường phường Tân Lợi.",
 "Buôn an toàn PCCC"],
["Ngày 15/03/2022 | 09:15", "năm 2022", "khối 3", "năm 2021", "4 tại chỗ"]))
