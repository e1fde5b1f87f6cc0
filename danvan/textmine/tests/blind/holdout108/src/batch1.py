from lib import *
PAGES = []

PAGES.append(page("b2549-laocai-tinhdoan-tongket-tnxk-2011", """
TỈNH ĐOÀN LÀO CAI - ĐOÀN TNCS HỒ CHÍ MINH TỈNH LÀO CAI
Trang chủ » Hoạt động Đoàn » Tình nguyện
Thứ Hai, 29/08/2011 - 09:30
Toàn cảnh hội nghị tổng kết. Ảnh: Minh Khôi
Tuổi trẻ Lào Cai ghi dấu ấn trên các bản vùng cao
Ngày 26/8/2011, Ban Thường vụ Tỉnh đoàn Lào Cai tổ chức hội nghị tổng kết Chiến dịch thanh niên tình nguyện hè năm 2011. Dự và chỉ đạo hội nghị có đồng chí Sùng Thị Chu, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Lò Văn Thịnh, Bí thư Tỉnh đoàn chủ trì. Tham dự có 85 đồng chí là bí thư đoàn các huyện, thành phố và đại diện các đội hình tình nguyện.
Báo cáo do đồng chí Phàn Thị Dìn, Phó Bí thư Tỉnh đoàn trình bày cho biết, thực hiện Kế hoạch số 58-KH/TĐTN ngày 12/5/2011 của Ban Thường vụ Tỉnh đoàn, toàn tỉnh đã thành lập 146 đội hình thanh niên tình nguyện với trên 3.200 lượt đoàn viên tham gia. Các đội hình đã làm mới và sửa chữa 27 km đường giao thông nông thôn, xây 15 nhà văn hóa thôn, làm 62 nhà tiêu hợp vệ sinh cho hộ nghèo người Mông, Dao; mở 38 lớp tiếng Việt cho trẻ em trước tuổi đến trường. Tổng giá trị các công trình, phần việc đạt 4,6 tỷ đồng.
Điểm mới của chiến dịch năm nay là lồng ghép tuyên truyền phòng, chống tảo hôn, hôn nhân cận huyết theo Hướng dẫn 14, 15-HD/TĐTN của Ban Thường vụ Tỉnh đoàn. Các đội hình tổ chức 54 buổi sinh hoạt chuyên đề tại các xã Bản Phiệt, Nậm Chảy, thu hút gần 4.000 lượt thanh thiếu niên tham dự. Nhiều bạn trẻ người Mông, người Dao lần đầu được nghe về tác hại của việc lấy vợ, lấy chồng sớm đối với sức khỏe bà mẹ và trẻ em.
Tại hội nghị, chị Giàng Thị Mỷ, Bí thư Đoàn xã Nậm Chảy, chia sẻ cách vận động thanh niên người Mông bỏ dần tục "bắt vợ" thông qua các buổi sinh hoạt câu lạc bộ ở thôn. Anh Đặng Văn Quẩy, Phó Bí thư Huyện đoàn Bát Xát, đề nghị tăng kinh phí cho các đội hình tình nguyện tại chỗ, vì nhiều đoàn viên ở xa phải tự túc lương thực trong suốt thời gian làm đường.
Phát biểu chỉ đạo, đồng chí Sùng Thị Chu ghi nhận những đóng góp của tuổi trẻ và đề nghị các cấp bộ Đoàn tiếp tục thực hiện Nghị quyết số 25-NQ/TW ngày 25/7/2008 của Ban Chấp hành Trung ương Đảng khóa X về tăng cường sự lãnh đạo của Đảng đối với công tác thanh niên thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa; chú trọng công tác dân vận ở vùng đồng bào dân tộc thiểu số, giữ vững an ninh trật tự ở khu vực biên giới.
Dịp này, Tỉnh đoàn tặng bằng khen cho 18 tập thể và 32 cá nhân có thành tích xuất sắc; Trung ương Đoàn tặng Bằng khen cho 2 đội hình tiêu biểu.
Hồng Nhung
Lượt xem: 1.204
Tin liên quan
- Bát Xát ra quân chiến dịch thanh niên tình nguyện hè 2011 (02/07/2011)
- Tỉnh đoàn tổ chức Ngày hội thanh niên dân tộc thiểu số (18/06/2011)
- 300 đoàn viên tham gia hiến máu tình nguyện (05/06/2011)
- Mường Khương: Đoàn xã ra mắt câu lạc bộ "Thanh niên với pháp luật" (20/05/2011)
""", "2011-08-29", "Tuổi trẻ Lào Cai ghi dấu ấn trên các bản vùng cao",
E("tong_ket", "2011", "2011-08-26"),
[P("Sùng Thị Chu", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lò Văn Thịnh", "Bí thư Tỉnh đoàn"),
 P("Phàn Thị Dìn", "Phó Bí thư Tỉnh đoàn"),
 P("Giàng Thị Mỷ", "Bí thư Đoàn xã Nậm Chảy"),
 P("Đặng Văn Quẩy", "Phó Bí thư Huyện đoàn Bát Xát")],
[Q("85 đồng chí", 85, "đồng chí"), Q("146 đội hình thanh niên tình nguyện", 146, "đội hình thanh niên tình nguyện"),
 Q("trên 3.200 lượt đoàn viên", 3200, "lượt đoàn viên", "over"), Q("27 km", 27, "km"),
 Q("15 nhà văn hóa thôn", 15, "nhà văn hóa thôn"), Q("62 nhà tiêu hợp vệ sinh", 62, "nhà tiêu hợp vệ sinh"),
 Q("38 lớp tiếng Việt", 38, "lớp tiếng Việt"), Q("4,6 tỷ đồng", 4600000000, "đồng"),
 Q("54 buổi sinh hoạt chuyên đề", 54, "buổi sinh hoạt chuyên đề"),
 Q("gần 4.000 lượt thanh thiếu niên", 4000, "lượt thanh thiếu niên", "approx"),
 Q("18 tập thể", 18, "tập thể"), Q("32 cá nhân", 32, "cá nhân"), Q("2 đội hình tiêu biểu", 2, "đội hình tiêu biểu")],
[D("Kế hoạch", "58", "KH/TĐTN", "2011-05-12", "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 58-KH/TĐTN ngày 12/5/2011"),
 D("Hướng dẫn", "14", "HD/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "Hướng dẫn 14, 15-HD/TĐTN"),
 D("Hướng dẫn", "15", "HD/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "Hướng dẫn 14, 15-HD/TĐTN"),
 D("Nghị quyết", "25", "NQ/TW", "2008-07-25", "Ban Chấp hành Trung ương Đảng", "Nghị quyết số 25-NQ/TW ngày 25/7/2008")],
[prov("Lào Cai"), com("Bản Phiệt"), com("Nậm Chảy")],
["TỈNH ĐOÀN LÀO CAI - ĐOÀN TNCS HỒ CHÍ MINH TỈNH LÀO CAI", "Trang chủ » Hoạt động Đoàn » Tình nguyện",
 "Toàn cảnh hội nghị tổng kết. Ảnh: Minh Khôi", "Chiến dịch thanh niên tình nguyện hè", "Lượt xem: 1.204"],
["Thứ Hai, 29/08/2011 - 09:30", "85 đồng chí", "năm 2011", "khóa X", "Lượt xem: 1.204"]))

PAGES.append(page("b2550-hagiang-hlhpn-hoinghi-taohon-2012", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH HÀ GIANG
Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Hoạt động Hội
Cập nhật: 14:05, 16/05/2012 (GMT+7)
Chung tay đẩy lùi tảo hôn ở vùng cao Hà Giang
Ngày 15/5, Hội LHPN tỉnh Hà Giang tổ chức hội nghị triển khai công tác phòng, chống tảo hôn và hôn nhân cận huyết năm 2012 tại huyện Đồng Văn. Chủ trì hội nghị có bà Vương Thị Sính, Chủ tịch Hội LHPN tỉnh; bà Hoàng Thị Nhung, Phó Chủ tịch Hội LHPN tỉnh. Tham dự có 120 đại biểu là cán bộ hội cơ sở, người có uy tín và trưởng thôn của 19 xã vùng cao núi đá.
Theo báo cáo, năm 2011 toàn tỉnh xảy ra 312 cặp tảo hôn và 9 cặp hôn nhân cận huyết, tập trung ở các huyện Mèo Vạc, Yên Minh, Quản Bạ. Riêng xã Sủng Là có 27 cặp tảo hôn, chiếm 21,5% số cặp kết hôn trong năm. Nhiều em gái người Mông phải bỏ học giữa chừng, sinh con khi cơ thể chưa phát triển đầy đủ.
Thực hiện Kế hoạch số 36/KH-UBND ngày 02/3/2012 của UBND tỉnh và Chỉ thị số 07-CT/TU của Tỉnh ủy về tăng cường công tác phòng, chống tảo hôn, Hội LHPN các cấp đã tổ chức 245 buổi truyền thông với gần 11.000 lượt người nghe; thành lập 36 câu lạc bộ "Phụ nữ với pháp luật" và 14 tổ hòa giải ở thôn, bản. Các chi hội đã phối hợp với trưởng thôn đến từng gia đình có con gái tuổi vị thành niên để vận động, không tổ chức cưới khi chưa đủ tuổi.
Bà Giàng Thị Dung, Chủ tịch Hội LHPN xã Sủng Là, cho biết nhiều cặp vợ chồng trẻ người Mông vẫn coi việc lấy vợ, lấy chồng sớm là bình thường, có gia đình còn tổ chức cưới ngay sau khi con gái nghỉ học. Ông Vừ Mí Chá, người có uy tín thôn Lùng Cẩm, xã Sủng Là, chia sẻ: "Mình phải nói bằng tiếng Mông, nói nhiều lần, lấy chính những gia đình có con bị bệnh vì lấy nhau trong họ để bà con thấy".
Ông Lý Seo Dìn, Phó Trưởng Ban Dân tộc tỉnh, phổ biến những quy định của Luật Hôn nhân và gia đình về tuổi kết hôn và các trường hợp cấm kết hôn; đề nghị các xã kiên quyết không đăng ký kết hôn cho các trường hợp chưa đủ tuổi.
Kết luận hội nghị, bà Vương Thị Sính đề nghị các cấp hội đưa chỉ tiêu giảm tảo hôn vào nội dung thi đua của chi hội; phấn đấu đến cuối năm 2012 giảm 10% số cặp tảo hôn so với năm 2011. Dịp này, Hội LHPN tỉnh trao 50 bộ tài liệu tuyên truyền song ngữ Mông - Việt cho các chi hội vùng cao.
Vàng Thị Hoa
Số lượt truy cập: 35.871
Các tin khác
- Hội LHPN huyện Mèo Vạc ra mắt mô hình "Phụ nữ không sinh con thứ ba" (04/05/2012)
- Tập huấn kỹ năng tuyên truyền cho chi hội trưởng (20/04/2012)
- Trao 40 suất quà cho phụ nữ nghèo nhân dịp 8/3 (07/03/2012)
- Yên Minh: hội viên góp vốn xoay vòng giúp nhau thoát nghèo (22/02/2012)
""", "2012-05-16", "Chung tay đẩy lùi tảo hôn ở vùng cao Hà Giang",
E("hoi_nghi", "2012", "2012-05-15"),
[P("Vương Thị Sính", "Chủ tịch Hội LHPN tỉnh"),
 P("Hoàng Thị Nhung", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Giàng Thị Dung", "Chủ tịch Hội LHPN xã Sủng Là"),
 P("Vừ Mí Chá", "người có uy tín thôn Lùng Cẩm"),
 P("Lý Seo Dìn", "Phó Trưởng Ban Dân tộc tỉnh")],
[Q("120 đại biểu", 120, "đại biểu"), Q("19 xã vùng cao núi đá", 19, "xã vùng cao núi đá"),
 Q("312 cặp tảo hôn", 312, "cặp tảo hôn"), Q("9 cặp hôn nhân cận huyết", 9, "cặp hôn nhân cận huyết"),
 Q("27 cặp tảo hôn", 27, "cặp tảo hôn"), Q("21,5%", 21.5, "%"),
 Q("245 buổi truyền thông", 245, "buổi truyền thông"), Q("gần 11.000 lượt người nghe", 11000, "lượt người nghe", "approx"),
 Q("36 câu lạc bộ", 36, "câu lạc bộ"), Q("14 tổ hòa giải", 14, "tổ hòa giải"), Q("10%", 10, "%"),
 Q("50 bộ tài liệu tuyên truyền song ngữ", 50, "bộ tài liệu tuyên truyền song ngữ")],
[D("Kế hoạch", "36", "KH-UBND", "2012-03-02", "UBND tỉnh", "Kế hoạch số 36/KH-UBND ngày 02/3/2012"),
 D("Chỉ thị", "07", "CT/TU", None, "Tỉnh ủy", "Chỉ thị số 07-CT/TU")],
[prov("Hà Giang"), com("Sủng Là")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH HÀ GIANG", "Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Hoạt động Hội",
 "Phụ nữ với pháp luật", "Luật Hôn nhân và gia đình", "Số lượt truy cập: 35.871"],
["Cập nhật: 14:05, 16/05/2012 (GMT+7)", "năm 2012", "năm 2011", "Số lượt truy cập: 35.871"]))

PAGES.append(page("b2551-dienbien-bdv-giamsat-2013", """
BAN DÂN VẬN TỈNH ỦY ĐIỆN BIÊN
Trang chủ > Hoạt động > Giám sát, kiểm tra
10:40 | 18/10/2013
Giám sát việc thực hiện Đề án giảm thiểu tảo hôn tại Mường Nhé
Từ ngày 15 đến 17/10/2013, Đoàn giám sát của Ban Thường vụ Tỉnh ủy Điện Biên do đồng chí Lò Thị Luyến, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy dẫn đầu đã giám sát việc thực hiện công tác dân vận trong phòng, chống tảo hôn, hôn nhân cận huyết tại huyện Mường Nhé theo chương trình giám sát năm 2013.
Đoàn giám sát làm việc với Huyện ủy Mường Nhé.
Làm việc với đoàn có đồng chí Vàng A Sử, HUV, Trưởng Ban Dân vận Huyện ủy Mường Nhé; các đồng chí Phó Chủ tịch UBND huyện: Lý Công Thành, Pờ Thị Mai. Đoàn đã giám sát trực tiếp tại 3 xã Chung Chải, Leng Su Sìn, Sín Thầu.
Báo cáo của huyện cho thấy, sau hơn 1 năm thực hiện Đề án số 03-ĐA/TU ngày 20/4/2012 của Ban Thường vụ Tỉnh ủy, số cặp tảo hôn trên địa bàn giảm từ 146 cặp năm 2011 xuống còn 98 cặp năm 2012; không còn trường hợp hôn nhân cận huyết mới phát sinh. Huyện đã tổ chức 86 cuộc tuyên truyền cho trên 6.500 lượt người; ký cam kết không tảo hôn với 1.240 hộ gia đình có con trong độ tuổi vị thành niên. Các chi hội phụ nữ, chi đoàn thanh niên đã đến từng nhà vận động, nhiều đám cưới dự định tổ chức khi cô dâu chưa đủ tuổi đã được hoãn lại.
Chị Chang Thị Xè, Chủ tịch Hội LHPN xã Sín Thầu, cho biết hội đã vận động được 11 cặp hoãn cưới trong năm; tuy nhiên ở các bản xa trung tâm, việc nắm thông tin còn chậm vì cán bộ hội phải đi bộ nhiều giờ mới đến nơi.
Qua giám sát, đoàn đánh giá cấp ủy, chính quyền huyện đã vào cuộc quyết liệt, huy động cả hệ thống chính trị tham gia. Tuy nhiên, ở 7 bản vùng sâu, tình trạng tảo hôn vẫn diễn biến phức tạp; một số cán bộ, đảng viên chưa gương mẫu, để con em tảo hôn; kinh phí cho công tác tuyên truyền mới đạt 35 triệu đồng/năm, chưa đáp ứng yêu cầu.
Kết luận buổi giám sát, đồng chí Lò Thị Luyến đề nghị Huyện ủy Mường Nhé chỉ đạo thực hiện nghiêm Chỉ thị 11, 12-CT/HU của Ban Thường vụ Huyện ủy; gắn kết quả phòng, chống tảo hôn với đánh giá, xếp loại đảng viên cuối năm; phát huy vai trò của người có uy tín, già làng, trưởng bản trong vận động đồng bào thực hiện Luật Hôn nhân và gia đình. Đồng chí Lò Văn Mừng, Phó Trưởng Ban Dân vận Tỉnh ủy, đề nghị huyện gửi báo cáo bổ sung trước ngày 30/10.
Quàng Hải
Lượt truy cập: 120.455
Tin cùng chuyên mục
- Giám sát việc thực hiện Quy chế dân chủ ở cơ sở tại huyện Tủa Chùa (04/10/2013)
- Mường Chà: đối thoại với thanh niên về phòng, chống ma túy (20/09/2013)
- Ban Dân vận Tỉnh ủy làm việc với Hội LHPN tỉnh (11/09/2013)
- Tuần Giáo: 12 bản đạt chuẩn "Bản văn hóa" (28/08/2013)
""", "2013-10-18", "Giám sát việc thực hiện Đề án giảm thiểu tảo hôn tại Mường Nhé",
E("giam_sat", "2013", "2013-10-15"),
[P("Lò Thị Luyến", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vàng A Sử", "HUV", "Trưởng Ban Dân vận Huyện ủy Mường Nhé"),
 P("Lý Công Thành", "Phó Chủ tịch UBND huyện"),
 P("Pờ Thị Mai", "Phó Chủ tịch UBND huyện"),
 P("Chang Thị Xè", "Chủ tịch Hội LHPN xã Sín Thầu"),
 P("Lò Văn Mừng", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("3 xã", 3, "xã"), Q("146 cặp", 146, "cặp"), Q("98 cặp", 98, "cặp"),
 Q("86 cuộc tuyên truyền", 86, "cuộc tuyên truyền"), Q("trên 6.500 lượt người", 6500, "lượt người", "over"),
 Q("1.240 hộ gia đình", 1240, "hộ gia đình"), Q("11 cặp", 11, "cặp"), Q("7 bản vùng sâu", 7, "bản vùng sâu"),
 Q("35 triệu đồng", 35000000, "đồng")],
[D("Đề án", "03", "ĐA/TU", "2012-04-20", "Ban Thường vụ Tỉnh ủy", "Đề án số 03-ĐA/TU ngày 20/4/2012"),
 D("Chỉ thị", "11", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 11, 12-CT/HU"),
 D("Chỉ thị", "12", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 11, 12-CT/HU")],
[prov("Điện Biên"), com("Chung Chải"), com("Leng Su Sìn"), com("Sín Thầu")],
["BAN DÂN VẬN TỈNH ỦY ĐIỆN BIÊN", "Trang chủ > Hoạt động > Giám sát, kiểm tra",
 "Đoàn giám sát làm việc với Huyện ủy Mường Nhé.", "Luật Hôn nhân và gia đình", "Lượt truy cập: 120.455"],
["10:40 | 18/10/2013", "năm 2013", "hơn 1 năm", "năm 2011", "năm 2012", "Lượt truy cập: 120.455"]))

PAGES.append(page("b2552-sonla-hlhpn-traobo-2014", """
Báo Sơn La điện tử
Xã hội › Phụ nữ › Hoạt động Hội
Ngày đăng 21/10/2014 | 08:15
Trao 35 con bò giống cho phụ nữ nghèo xã Chiềng Lao
Sáng 20/10, nhân kỷ niệm 84 năm Ngày thành lập Hội LHPN Việt Nam, Hội LHPN huyện Mường La phối hợp với Phòng giao dịch Ngân hàng Chính sách xã hội huyện tổ chức trao 35 con bò giống cho 35 hội viên phụ nữ nghèo người Thái, người Kháng tại xã Chiềng Lao.
Đại diện Hội LHPN huyện trao bò giống cho hội viên. Ảnh: Lò Hương
Dự buổi trao có đồng chí Lường Văn Chiến, Phó Bí thư Thường trực Huyện ủy Mường La; bà Cầm Thị Phương, HUV, Chủ tịch Hội LHPN huyện Mường La. Tổng trị giá số bò giống là 420 triệu đồng, trong đó Trung ương Hội LHPN Việt Nam hỗ trợ 280 triệu đồng từ chương trình "Hỗ trợ phụ nữ nghèo vùng cao", phần còn lại do các tổ tiết kiệm của hội viên đóng góp. Mỗi con bò trị giá 12 triệu đồng; hộ nhận bò có trách nhiệm chăm sóc, khi bò sinh bê sẽ chuyển bê cho hộ khác trong tổ để cùng phát triển.
Bà Cầm Thị Phương cho biết, thực hiện Nghị quyết số 11-NQ/TW ngày 27/4/2007 của Bộ Chính trị về công tác phụ nữ thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước và Kế hoạch 47-KH/HPN của Ban Thường vụ Hội LHPN huyện, đến nay toàn huyện có 148 tổ tiết kiệm và vay vốn với 3.260 thành viên, tổng số tiền tiết kiệm đạt trên 2,1 tỷ đồng. Nhiều tổ duy trì góp 20.000 đồng mỗi tháng, cho hội viên vay xoay vòng không lấy lãi để mua giống, làm chuồng trại.
Chị Lò Thị Ín, tổ trưởng tổ tiết kiệm bản Nà Lò, kể: trước đây chị em trong bản muốn vay vài trăm nghìn đồng cũng phải đi vay nặng lãi; nay có tổ, chị em góp ít một, ai khó khăn thì được vay trước. Tổ của chị đã giúp 9 hộ có vốn nuôi lợn, trồng ngô lai.
Chị Quàng Thị Xiêng ở bản Phiêng Lanh, một trong những hội viên được nhận bò, xúc động: "Nhà có 4 khẩu, chồng ốm, cả nhà chỉ trông vào nương ngô. Được con bò này, mình sẽ cố gắng chăm để có bê chuyển cho chị em khác".
Dịp này, Hội LHPN huyện tặng 50 suất quà cho phụ nữ đơn thân có hoàn cảnh khó khăn, mỗi suất trị giá 300.000 đồng, và phát động hội viên tham gia cuộc vận động "Xây dựng gia đình 5 không, 3 sạch".
Theo kế hoạch, từ nay đến cuối năm Hội LHPN huyện tiếp tục vận động các doanh nghiệp, nhà hảo tâm hỗ trợ thêm bò giống cho hội viên nghèo ở các xã vùng cao, ưu tiên những hộ do phụ nữ làm chủ hộ, hộ có người khuyết tật và hộ có con đang theo học ở trường phổ thông dân tộc nội trú.
Thu Hà
Tin khác
- Mường La: ra mắt câu lạc bộ phụ nữ phòng, chống mua bán người (10/10/2014)
- Hội LHPN tỉnh tập huấn kỹ năng quản lý tổ tiết kiệm (26/09/2014)
- Trao 20 mái ấm tình thương cho phụ nữ nghèo (12/09/2014)
- Thuận Châu: chị em người Thái làm giàu từ nghề dệt thổ cẩm (30/08/2014)
""", "2014-10-21", "Trao 35 con bò giống cho phụ nữ nghèo xã Chiềng Lao",
E("trao_qua", None, "2014-10-20"),
[P("Lường Văn Chiến", "Phó Bí thư Thường trực Huyện ủy Mường La"),
 P("Cầm Thị Phương", "HUV", "Chủ tịch Hội LHPN huyện Mường La"),
 P("Lò Thị Ín", "tổ trưởng tổ tiết kiệm bản Nà Lò"),
 P("Quàng Thị Xiêng")],
[Q("35 con bò giống", 35, "con bò giống"), Q("35 hội viên phụ nữ nghèo", 35, "hội viên phụ nữ nghèo"),
 Q("420 triệu đồng", 420000000, "đồng"), Q("280 triệu đồng", 280000000, "đồng"), Q("12 triệu đồng", 12000000, "đồng"),
 Q("148 tổ tiết kiệm và vay vốn", 148, "tổ tiết kiệm và vay vốn"), Q("3.260 thành viên", 3260, "thành viên"),
 Q("trên 2,1 tỷ đồng", 2100000000, "đồng", "over"), Q("20.000 đồng", 20000, "đồng"), Q("9 hộ", 9, "hộ"),
 Q("4 khẩu", 4, "khẩu"), Q("50 suất quà", 50, "suất quà"), Q("300.000 đồng", 300000, "đồng")],
[D("Nghị quyết", "11", "NQ/TW", "2007-04-27", "Bộ Chính trị", "Nghị quyết số 11-NQ/TW ngày 27/4/2007"),
 D("Kế hoạch", "47", "KH/HPN", None, "Ban Thường vụ Hội LHPN huyện", "Kế hoạch 47-KH/HPN")],
[prov("Sơn La"), com("Chiềng Lao")],
["Báo Sơn La điện tử", "Xã hội › Phụ nữ › Hoạt động Hội", "Đại diện Hội LHPN huyện trao bò giống cho hội viên. Ảnh: Lò Hương",
 "Hỗ trợ phụ nữ nghèo vùng cao", "Xây dựng gia đình 5 không, 3 sạch"],
["Ngày đăng 21/10/2014 | 08:15", "84 năm", "5 không, 3 sạch", "vài trăm nghìn đồng"]))

PAGES.append(page("b2553-kontum-tinhdoan-taphuan-2015", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐOÀN KON TUM
Vị trí: Trang chủ :: Tin hoạt động :: Đoàn - Hội - Đội
29-05-2015 14:20
Tập huấn kỹ năng cho 150 cán bộ Đoàn cơ sở vùng đồng bào dân tộc thiểu số
Trong 2 ngày 27 và 28/5/2015, Ban Thường vụ Tỉnh đoàn Kon Tum tổ chức lớp tập huấn kỹ năng công tác Đoàn và phòng, chống tảo hôn, hôn nhân cận huyết năm 2015 cho 150 cán bộ Đoàn cơ sở của 6 huyện vùng đồng bào dân tộc thiểu số.
Phát biểu khai mạc, đồng chí A Pớt, UVBCH Trung ương Đoàn, Bí thư Tỉnh đoàn Kon Tum nhấn mạnh: cán bộ Đoàn ở thôn, làng là người gần gũi nhất với thanh niên, phải biết nói bằng tiếng của đồng bào, làm gương trước để thanh niên làm theo.
Lớp tập huấn nằm trong Chương trình hành động số 21-CTr/TĐTN của Ban Thường vụ Tỉnh đoàn thực hiện Chỉ thị số 42-CT/TW ngày 24/3/2015 của Bộ Chính trị về tăng cường sự lãnh đạo của Đảng đối với công tác giáo dục lý tưởng cách mạng, đạo đức, lối sống văn hóa cho thế hệ trẻ và Quyết định số 498/QĐ-TTg ngày 14/4/2015 của Thủ tướng Chính phủ phê duyệt Đề án "Giảm thiểu tình trạng tảo hôn và hôn nhân cận huyết trong vùng dân tộc thiểu số".
Các học viên được đồng chí Y Thị Hoa, Phó Bí thư Tỉnh đoàn và bà Nguyễn Thị Lệ Hằng, Phó Giám đốc Trung tâm Chăm sóc sức khỏe sinh sản tỉnh truyền đạt các chuyên đề: kỹ năng tổ chức sinh hoạt chi đoàn ở thôn, làng; tác hại của tảo hôn, hôn nhân cận huyết; kỹ năng tư vấn cho thanh niên trước hôn nhân.
Theo số liệu của Ban Dân tộc tỉnh, năm 2014 toàn tỉnh có 437 cặp tảo hôn, trong đó huyện Tu Mơ Rông chiếm 118 cặp; 6 cặp hôn nhân cận huyết được phát hiện ở các làng đồng bào Giẻ Triêng. Nhiều trường hợp các em bỏ học lên rẫy, ở chung rồi mới báo với gia đình.
Anh A Hiệp, Bí thư Đoàn xã Đăk Na, chia sẻ: ở xã có 4 làng còn tình trạng tảo hôn, chi đoàn phải phối hợp với già làng đến từng nhà nói chuyện. Chị Y Blin, Phó Bí thư Đoàn xã Đăk Pne, người Ba Na, đề nghị Tỉnh đoàn biên soạn tài liệu tuyên truyền bằng tiếng Ba Na, Xơ Đăng để dễ truyền đạt cho bà con.
Nhiều học viên cho biết, sau lớp tập huấn sẽ về tổ chức ngay buổi sinh hoạt chi đoàn chuyên đề, mời già làng, trưởng thôn và cán bộ y tế thôn cùng tham gia để việc tuyên truyền có sức thuyết phục hơn với thanh niên và gia đình các em.
Kết thúc lớp tập huấn, 100% học viên đạt yêu cầu bài kiểm tra. Dịp này, Tỉnh đoàn trao tặng 20 tủ sách pháp luật cho các xã đặc biệt khó khăn.
Lượt xem: 642
A Tâm
Bài viết liên quan
- Kon Plông: ra quân chiến dịch thanh niên tình nguyện hè 2015 (20/05/2015)
- Tỉnh đoàn kết nạp 312 đoàn viên mới người dân tộc thiểu số (15/05/2015)
- Hội thi "Thanh niên với pháp luật" cụm các huyện phía bắc (30/04/2015)
- Sa Thầy: thanh niên giúp dân làm nhà sau mùa mưa lũ (12/04/2015)
""", "2015-05-29", "Tập huấn kỹ năng cho 150 cán bộ Đoàn cơ sở vùng đồng bào dân tộc thiểu số",
E("tap_huan", "2015", "2015-05-27"),
[P("A Pớt", "UVBCH Trung ương Đoàn", "Bí thư Tỉnh đoàn Kon Tum"),
 P("Y Thị Hoa", "Phó Bí thư Tỉnh đoàn"),
 P("Nguyễn Thị Lệ Hằng", "Phó Giám đốc Trung tâm Chăm sóc sức khỏe sinh sản tỉnh"),
 P("A Hiệp", "Bí thư Đoàn xã Đăk Na"),
 P("Y Blin", "Phó Bí thư Đoàn xã Đăk Pne")],
[Q("150 cán bộ Đoàn cơ sở", 150, "cán bộ Đoàn cơ sở"), Q("6 huyện", 6, "huyện"),
 Q("437 cặp tảo hôn", 437, "cặp tảo hôn"), Q("118 cặp", 118, "cặp"),
 Q("6 cặp hôn nhân cận huyết", 6, "cặp hôn nhân cận huyết"), Q("4 làng", 4, "làng"),
 Q("100%", 100, "%"), Q("20 tủ sách pháp luật", 20, "tủ sách pháp luật")],
[D("Chương trình hành động", "21", "CTr/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "Chương trình hành động số 21-CTr/TĐTN"),
 D("Chỉ thị", "42", "CT/TW", "2015-03-24", "Bộ Chính trị", "Chỉ thị số 42-CT/TW ngày 24/3/2015"),
 D("Quyết định", "498", "QĐ-TTg", "2015-04-14", "Thủ tướng Chính phủ", "Quyết định số 498/QĐ-TTg ngày 14/4/2015")],
[prov("Kon Tum"), com("Đăk Na"), com("Đăk Pne")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐOÀN KON TUM", "Vị trí: Trang chủ :: Tin hoạt động :: Đoàn - Hội - Đội",
 "Giảm thiểu tình trạng tảo hôn và hôn nhân cận huyết trong vùng dân tộc thiểu số", "Lượt xem: 642"],
["29-05-2015 14:20", "2 ngày", "năm 2015", "năm 2014", "Lượt xem: 642"]))

PAGES.append(page("b2554-caobang-bdv-soket-2016", """
BAN DÂN VẬN TỈNH ỦY CAO BẰNG
You are here: Trang chủ > Tin tức > Dân vận các cấp
17/07/2016 - 10:05
Đồng chí Nông Thị Bích phát biểu tại hội nghị.
Phát huy vai trò phụ nữ, thanh niên trong xây dựng nông thôn mới vùng cao
Ngày 15/7/2016, Ban Dân vận Tỉnh ủy Cao Bằng tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2016, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Nông Thị Bích, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị. Dự hội nghị có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Hoàng Văn Thạch, Lục Thị Kim; lãnh đạo Ủy ban MTTQ và các đoàn thể chính trị - xã hội tỉnh.
Báo cáo cho biết, 6 tháng qua các đoàn thể đã vận động nhân dân hiến 41.600 m2 đất, đóng góp 18.500 ngày công và 3,2 tỷ đồng làm đường giao thông nông thôn. Hội LHPN các cấp duy trì 212 tổ phụ nữ tiết kiệm, giúp 640 hội viên thoát nghèo; Đoàn Thanh niên thành lập mới 26 tổ hợp tác thanh niên, hỗ trợ 93 đoàn viên vay vốn khởi nghiệp.
Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận 17, 18-KL/TU về công tác vận động phụ nữ, thanh niên dân tộc Mông, Dao tham gia xây dựng nông thôn mới; phối hợp hướng dẫn thực hiện Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao chất lượng, hiệu quả công tác dân vận của cơ quan nhà nước. Tình trạng tảo hôn vẫn còn ở 4 huyện, với 57 trường hợp phát sinh trong 6 tháng.
Tại hội nghị, bà Đàm Thị Lan, Chủ tịch Hội LHPN tỉnh, đề nghị tăng nguồn vốn ủy thác cho các tổ tiết kiệm ở xã biên giới. Đồng chí Triệu Văn Tòng, Bí thư Tỉnh đoàn, cho biết Tỉnh đoàn sẽ tổ chức 12 lớp dạy nghề ngắn hạn cho thanh niên người Mông trong quý III. Đồng chí Hà Văn Khuyên, HUV, Trưởng Ban Dân vận Huyện ủy Bảo Lâm, nêu kinh nghiệm vận động đồng bào ở xã Quảng Lâm bỏ tục thách cưới, giảm chi phí đám cưới, đám ma.
Phát biểu kết luận, đồng chí Nông Thị Bích yêu cầu 6 tháng cuối năm khối dân vận tập trung tuyên truyền phòng, chống tảo hôn, hôn nhân cận huyết; nhân rộng mô hình "Dân vận khéo" trong phụ nữ, thanh niên; thực hiện tốt phương châm "nghe dân nói, nói dân hiểu, làm dân tin".
Hội nghị cũng thống nhất giao Ủy ban MTTQ và các đoàn thể tỉnh xây dựng kế hoạch phối hợp, lấy xã có đông đồng bào Mông, Dao làm địa bàn trọng điểm, gắn công tác vận động với các chương trình giảm nghèo bền vững và xây dựng nông thôn mới của tỉnh.
Nông Hường
Lượt truy cập: 88.102
Tin liên quan
- Hà Quảng: 300 hội viên phụ nữ tham gia hội thi "Dân vận khéo" (05/07/2016)
- Ban Dân vận Tỉnh ủy làm việc với Huyện ủy Bảo Lạc (22/06/2016)
- Tổ chức hội nghị người có uy tín vùng biên giới (10/06/2016)
- Trùng Khánh: thanh niên giúp dân làm đường bê tông (28/05/2016)
""", "2016-07-17", "Phát huy vai trò phụ nữ, thanh niên trong xây dựng nông thôn mới vùng cao",
E("so_ket", "2016-H1", "2016-07-15"),
[P("Nông Thị Bích", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hoàng Văn Thạch", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lục Thị Kim", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đàm Thị Lan", "Chủ tịch Hội LHPN tỉnh"),
 P("Triệu Văn Tòng", "Bí thư Tỉnh đoàn"),
 P("Hà Văn Khuyên", "HUV", "Trưởng Ban Dân vận Huyện ủy Bảo Lâm")],
[Q("41.600 m2", 41600, "m2"), Q("18.500 ngày công", 18500, "ngày công"), Q("3,2 tỷ đồng", 3200000000, "đồng"),
 Q("212 tổ phụ nữ tiết kiệm", 212, "tổ phụ nữ tiết kiệm"), Q("640 hội viên", 640, "hội viên"),
 Q("26 tổ hợp tác thanh niên", 26, "tổ hợp tác thanh niên"), Q("93 đoàn viên", 93, "đoàn viên"),
 Q("4 huyện", 4, "huyện"), Q("57 trường hợp", 57, "trường hợp"), Q("12 lớp dạy nghề ngắn hạn", 12, "lớp dạy nghề ngắn hạn")],
[D("Kết luận", "17", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 17, 18-KL/TU"),
 D("Kết luận", "18", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 17, 18-KL/TU"),
 D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 14/7/2015")],
[prov("Cao Bằng"), com("Quảng Lâm")],
["BAN DÂN VẬN TỈNH ỦY CAO BẰNG", "You are here: Trang chủ > Tin tức > Dân vận các cấp",
 "Đồng chí Nông Thị Bích phát biểu tại hội nghị.", "Dân vận khéo", "nghe dân nói, nói dân hiểu, làm dân tin",
 "Lượt truy cập: 88.102"],
["17/07/2016 - 10:05", "6 tháng đầu năm 2016", "6 tháng cuối năm", "6 tháng", "quý III", "Lượt truy cập: 88.102"]))
