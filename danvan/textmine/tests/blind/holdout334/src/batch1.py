from lib import *
PAGES = []

PAGES.append(page("b7973-phutho-giohung-tongket-2011", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH PHÚ THỌ
Trang chủ » Tin tức - Sự kiện » Văn hóa - Xã hội
Thứ Sáu, 15/04/2011 - 16:20
Toàn cảnh hội nghị tổng kết.
Tổng kết Giỗ Tổ Hùng Vương - Lễ hội Đền Hùng năm Tân Mão 2011
Chiều 14/4, Ban Tổ chức Giỗ Tổ Hùng Vương - Lễ hội Đền Hùng năm 2011 tổ chức hội nghị tổng kết công tác tổ chức lễ hội tại thành phố Việt Trì, tỉnh Phú Thọ. Đồng chí Hà Quang Thiện, Phó Chủ tịch UBND tỉnh, Trưởng ban Tổ chức lễ hội chủ trì hội nghị.
Theo báo cáo của Ban Tổ chức, năm nay lễ hội diễn ra trong 10 ngày, thu hút khoảng 6,5 triệu lượt du khách về Khu di tích lịch sử Đền Hùng dâng hương, tăng 8% so với năm 2010; riêng ngày chính hội có hơn 1,2 triệu lượt người. Công tác đảm bảo an ninh trật tự, an toàn giao thông, vệ sinh an toàn thực phẩm được thực hiện tốt; lực lượng chức năng đã huy động 3.200 cán bộ, chiến sĩ công an, quân đội, dân quân tự vệ làm nhiệm vụ.
Ban Tổ chức đã thực hiện nghiêm Chỉ thị số 27-CT/TW ngày 12/01/1998 của Bộ Chính trị về thực hiện nếp sống văn minh trong việc cưới, việc tang, lễ hội, Quyết định số 308/2005/QĐ-TTg của Thủ tướng Chính phủ và Kế hoạch số 05/KH-UBND ngày 10/01/2011 của UBND tỉnh về tổ chức Giỗ Tổ năm 2011. Các hoạt động văn hóa dân gian như hát Xoan, đánh trống đồng, thi gói bánh chưng, giã bánh giầy thu hút đông đảo nhân dân tham gia; 12 đoàn nghệ thuật quần chúng của các huyện, thành, thị biểu diễn phục vụ du khách.
Đồng chí Nguyễn Thị Thúy Hà, Giám đốc Sở Văn hóa, Thể thao và Du lịch, Phó trưởng ban Thường trực Ban Tổ chức, cho biết tổng thu công đức, tiền giọt dầu tại các đền trong mùa lễ hội đạt trên 9,3 tỷ đồng, được quản lý theo đúng quy định và nộp vào tài khoản của Khu di tích. Toàn bộ 1.450 gian hàng dịch vụ được sắp xếp lại theo quy hoạch, không còn tình trạng chèo kéo, nâng giá.
Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra một số hạn chế: tình trạng đặt tiền lẻ không đúng nơi quy định ở một số ban thờ vẫn còn; có 27 vụ mất cắp tài sản của du khách, lực lượng công an đã bắt giữ 19 đối tượng; việc đốt vàng mã ở khu vực đền Thượng chưa được kiểm soát chặt chẽ.
Phát biểu kết luận, đồng chí Hà Quang Thiện biểu dương các sở, ngành, địa phương, đặc biệt là lực lượng công an, y tế, xã Hy Cương và phường Nông Trang đã phối hợp chặt chẽ. Đồng chí đề nghị Ban Quản lý Khu di tích sớm rút kinh nghiệm, chuẩn bị chu đáo cho Giỗ Tổ năm 2012 theo hướng "trang nghiêm, thành kính, an toàn, tiết kiệm".
Dịp này, UBND tỉnh tặng bằng khen cho 15 tập thể và 32 cá nhân có thành tích xuất sắc trong công tác tổ chức Giỗ Tổ Hùng Vương - Lễ hội Đền Hùng năm 2011.
Minh Hương
Tin liên quan
- Hơn 1 triệu lượt người về dự ngày chính hội Đền Hùng (12/04/2011)
- Khai mạc Lễ hội Đền Hùng và Tuần Văn hóa - Du lịch Đất Tổ năm 2011 (06/04/2011)
- Kiểm tra công tác chuẩn bị Giỗ Tổ Hùng Vương năm 2011 (28/03/2011)
- Hát Xoan Phú Thọ hướng tới di sản văn hóa phi vật thể (15/03/2011)
""", "2011-04-15", "Tổng kết Giỗ Tổ Hùng Vương - Lễ hội Đền Hùng năm Tân Mão 2011",
E("tong_ket", "2011", "2011-04-14"),
[P("Hà Quang Thiện", "Phó Chủ tịch UBND tỉnh", "Trưởng ban Tổ chức lễ hội"),
 P("Nguyễn Thị Thúy Hà", "Giám đốc Sở Văn hóa, Thể thao và Du lịch", "Phó trưởng ban Thường trực Ban Tổ chức")],
[Q("khoảng 6,5 triệu lượt du khách", 6500000, "lượt du khách", "approx"), Q("8%", 8, "%"),
 Q("hơn 1,2 triệu lượt người", 1200000, "lượt người", "over"), Q("3.200 cán bộ, chiến sĩ", 3200, "cán bộ, chiến sĩ"),
 Q("12 đoàn nghệ thuật quần chúng", 12, "đoàn nghệ thuật quần chúng"), Q("trên 9,3 tỷ đồng", 9300000000, "đồng", "over"),
 Q("1.450 gian hàng dịch vụ", 1450, "gian hàng dịch vụ"), Q("27 vụ mất cắp tài sản", 27, "vụ mất cắp tài sản"),
 Q("19 đối tượng", 19, "đối tượng"), Q("15 tập thể", 15, "tập thể"), Q("32 cá nhân", 32, "cá nhân")],
[D("Chỉ thị", "27", "CT/TW", "1998-01-12", "Bộ Chính trị", "Chỉ thị số 27-CT/TW ngày 12/01/1998"),
 D("Quyết định", "308", "2005/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 308/2005/QĐ-TTg"),
 D("Kế hoạch", "05", "KH-UBND", "2011-01-10", "UBND tỉnh", "Kế hoạch số 05/KH-UBND ngày 10/01/2011")],
[prov("Phú Thọ"), com("Hy Cương"), com("Nông Trang")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH PHÚ THỌ", "Trang chủ » Tin tức - Sự kiện » Văn hóa - Xã hội", "Toàn cảnh hội nghị tổng kết.",
 "Khu di tích lịch sử Đền Hùng", "trang nghiêm, thành kính, an toàn, tiết kiệm", "Giỗ Tổ Hùng Vương - Lễ hội Đền Hùng"],
["Thứ Sáu, 15/04/2011 - 16:20", "10 ngày", "năm 2010", "năm 2012", "Tân Mão 2011"]))

PAGES.append(page("b7974-bacninh-hoilim-hoinghi-2012", """
BÁO BẮC NINH ĐIỆN TỬ
Văn hóa | Lễ hội | Du lịch
Cập nhật: 09:42, 27/02/2012 (GMT+7)
Bắc Ninh siết chặt quản lý lễ hội sau Tết
Ảnh: Quang cảnh hội nghị.
Sáng 25/2, UBND tỉnh Bắc Ninh tổ chức hội nghị đánh giá công tác quản lý, tổ chức lễ hội đầu xuân Nhâm Thìn và triển khai nhiệm vụ quản lý lễ hội năm 2012. Dự và chỉ đạo hội nghị có đồng chí Nguyễn Tiến Lãm, Phó Chủ tịch UBND tỉnh; đồng chí Trần Đức Khải, Trưởng Ban Tuyên giáo Tỉnh ủy.
Theo Sở Văn hóa, Thể thao và Du lịch, toàn tỉnh có 547 lễ hội được tổ chức hằng năm, trong đó tập trung vào tháng Giêng và tháng Hai âm lịch; riêng dịp Tết Nhâm Thìn đã có 312 lễ hội làng diễn ra. Các lễ hội lớn như Hội Lim, hội đền Đô, hội chùa Dâu, hội Phật Tích được tổ chức trang trọng. Hội Lim năm nay thu hút khoảng 150.000 lượt khách, có 48 bọn quan họ tham gia hát canh, hát hội tại xã Liên Bão, thị trấn Lim và xã Nội Duệ.
Thực hiện Thông tư số 04/2011/TT-BVHTTDL của Bộ Văn hóa, Thể thao và Du lịch về thực hiện nếp sống văn minh trong việc cưới, việc tang và lễ hội, các địa phương đã tăng cường kiểm tra; đoàn liên ngành của tỉnh kiểm tra 26 lễ hội, nhắc nhở 14 cơ sở kinh doanh dịch vụ, xử phạt hành chính 9 trường hợp với tổng số tiền 21,5 triệu đồng, chủ yếu do bày bán hàng lấn chiếm lòng đường và tổ chức trò chơi có thưởng trá hình.
Tuy nhiên, tình trạng thương mại hóa lễ hội, phát hành, sử dụng ấn đền, trục lợi tâm linh vẫn còn ở một số nơi; việc quản lý tiền công đức ở nhiều di tích chưa công khai, minh bạch. Đồng chí Ngô Văn Liêm, Trưởng phòng Quản lý di sản Sở Văn hóa, Thể thao và Du lịch, đề nghị các huyện hướng dẫn ban quản lý di tích mở sổ theo dõi thu, chi công đức.
Phát biểu chỉ đạo, đồng chí Nguyễn Tiến Lãm yêu cầu các ngành thực hiện nghiêm Chỉ thị số 17/CT-UBND ngày 10/01/2012 của Chủ tịch UBND tỉnh về tăng cường quản lý lễ hội; mỗi lễ hội phải có ban tổ chức, phương án đảm bảo an ninh, không để xảy ra đốt pháo, cờ bạc. Các địa phương hoàn thành báo cáo trước ngày 30/3 để tỉnh tổng hợp.
Hội nghị cũng thống nhất từ năm 2012 sẽ trích 5% nguồn thu công đức tại các di tích cấp quốc gia đặc biệt để hỗ trợ công tác tu bổ di tích. Khoảng 80% số ý kiến tại hội nghị đồng tình với chủ trương hạn chế rước kiệu quy mô lớn trên quốc lộ.
Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch Nguyễn Thị Minh Thu cho biết Sở đang hoàn thiện hồ sơ đề nghị UNESCO xem xét hoạt động bảo vệ Dân ca Quan họ sau 3 năm được ghi danh.
Ngọc Ánh
Các tin khác
- Hội Lim 2012: Đông vui, an toàn (13/02/2012)
- Từ Sơn: kiểm tra công tác chuẩn bị lễ hội đền Đô (07/02/2012)
- Khai hội chùa Dâu năm Nhâm Thìn (08/04/2012)
- Quan họ làng Diềm giữ lề lối xưa (02/02/2012)
""", "2012-02-27", "Bắc Ninh siết chặt quản lý lễ hội sau Tết",
E("hoi_nghi", "2012", "2012-02-25"),
[P("Nguyễn Tiến Lãm", "Phó Chủ tịch UBND tỉnh"),
 P("Trần Đức Khải", "Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("Ngô Văn Liêm", "Trưởng phòng Quản lý di sản Sở Văn hóa, Thể thao và Du lịch"),
 P("Nguyễn Thị Minh Thu", "Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch")],
[Q("547 lễ hội", 547, "lễ hội"), Q("312 lễ hội làng", 312, "lễ hội làng"), Q("khoảng 150.000 lượt khách", 150000, "lượt khách", "approx"),
 Q("48 bọn quan họ", 48, "bọn quan họ"), Q("26 lễ hội", 26, "lễ hội"), Q("14 cơ sở kinh doanh dịch vụ", 14, "cơ sở kinh doanh dịch vụ"),
 Q("9 trường hợp", 9, "trường hợp"), Q("21,5 triệu đồng", 21500000, "đồng"), Q("5%", 5, "%"), Q("Khoảng 80%", 80, "%", "approx")],
[D("Thông tư", "04", "2011/TT-BVHTTDL", None, "Bộ Văn hóa, Thể thao và Du lịch", "Thông tư số 04/2011/TT-BVHTTDL"),
 D("Chỉ thị", "17", "CT-UBND", "2012-01-10", "Chủ tịch UBND tỉnh", "Chỉ thị số 17/CT-UBND ngày 10/01/2012")],
[prov("Bắc Ninh"), com("Liên Bão"), com("Lim"), com("Nội Duệ")],
["BÁO BẮC NINH ĐIỆN TỬ", "Văn hóa | Lễ hội | Du lịch", "Ảnh: Quang cảnh hội nghị.", "Hội Lim", "Dân ca Quan họ", "UNESCO"],
["Cập nhật: 09:42, 27/02/2012 (GMT+7)", "ngày 30/3", "3 năm", "năm 2012"]))

PAGES.append(page("b7975-ninhbinh-baidinh-giaoban-2013", """
UBND TỈNH NINH BÌNH - SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Bạn đang ở: Trang chủ > Tin tức > Hoạt động văn hóa
08:15 | 04/03/2013
Ban Chỉ đạo lễ hội chùa Bái Đính giao ban tháng 2
Ngày 02/3/2013, Ban Chỉ đạo lễ hội chùa Bái Đính tổ chức giao ban đánh giá công tác tổ chức, quản lý lễ hội tháng 2/2013 và triển khai nhiệm vụ tháng 3. Đồng chí Đinh Văn Kiểm, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo chủ trì.
Đồng chí Đinh Văn Kiểm phát biểu tại buổi giao ban.
Trong tháng 2 (từ ngày khai hội mùng 6 tháng Giêng đến hết ngày 28/2), khu chùa Bái Đính đón khoảng 1,8 triệu lượt khách hành hương, vãn cảnh, gấp 1,5 lần cùng kỳ; có ngày cao điểm trên 200.000 người. Ban Quản lý khu du lịch đã bố trí 65 xe điện, 320 nhân viên hướng dẫn, bảo vệ; lực lượng công an huyện Gia Viễn phối hợp Công an xã Gia Sinh lập 4 chốt điều tiết giao thông.
Báo cáo của Ban Chỉ đạo nêu rõ việc thực hiện Kế hoạch số 02/KH-BCĐ ngày 08/01/2013 của Ban Chỉ đạo về tổ chức lễ hội đảm bảo văn minh, an toàn; đồng thời quán triệt Công văn số 4127/BVHTTDL-VHCS của Bộ Văn hóa, Thể thao và Du lịch về chấn chỉnh công tác quản lý lễ hội. Đến nay chưa phát hiện trường hợp ăn xin, đeo bám khách; các điểm trông giữ xe thu đúng giá niêm yết 20.000 đồng/ô tô con.
Thượng tọa Thích Minh Quang, Phó trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, trụ trì chùa Bái Đính, cho biết nhà chùa đã bố trí 12 điểm đặt hòm công đức, thu gom tiền lẻ rải tại các ban thờ mỗi ngày 2 lần; số tiền công đức tạm tính trong tháng khoảng 7 tỷ đồng, được kiểm đếm công khai có đại diện chính quyền xã.
Các ý kiến tại giao ban cũng cho biết còn 38 trường hợp bán hàng rong lấn chiếm lối đi, 6 vụ móc túi; ùn tắc cục bộ xảy ra trên tuyến đường từ Tràng An vào khu chùa vào các ngày cuối tuần. Đồng chí Trương Văn Thanh, Trưởng Ban Quản lý khu du lịch sinh thái Tràng An - Bái Đính, đề nghị bổ sung bãi đỗ xe tạm với sức chứa khoảng 500 xe.
Kết luận giao ban, đồng chí Đinh Văn Kiểm yêu cầu tháng 3 các lực lượng tiếp tục duy trì chốt trực, kiên quyết xử lý hoạt động mê tín dị đoan, xem bói, xóc thẻ; nhà chùa hướng dẫn Phật tử, du khách đặt tiền công đức đúng nơi quy định. Sở Văn hóa, Thể thao và Du lịch tỉnh Ninh Bình được giao phối hợp với Ban Quản lý khu du lịch thành lập 2 tổ kiểm tra lưu động, báo cáo kết quả về Ban Chỉ đạo trước ngày 25/3.
Hải Yến
Tin cùng chuyên mục
- Khai hội chùa Bái Đính năm 2013 (16/02/2013)
- Ninh Bình: kiểm tra công tác chuẩn bị lễ hội Hoa Lư (20/02/2013)
- Tràng An đón 50.000 lượt khách trong ngày mùng 4 Tết (14/02/2013)
- Hội thảo bảo tồn giá trị cố đô Hoa Lư (28/01/2013)
""", "2013-03-04", "Ban Chỉ đạo lễ hội chùa Bái Đính giao ban tháng 2",
E("giao_ban", "2013-02", "2013-03-02"),
[P("Đinh Văn Kiểm", "Phó Chủ tịch UBND tỉnh", "Trưởng Ban Chỉ đạo"),
 P("Thích Minh Quang", "Thượng tọa", "Phó trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh", "trụ trì chùa Bái Đính"),
 P("Trương Văn Thanh", "Trưởng Ban Quản lý khu du lịch sinh thái Tràng An - Bái Đính")],
[Q("khoảng 1,8 triệu lượt khách hành hương", 1800000, "lượt khách hành hương", "approx"),
 Q("trên 200.000 người", 200000, "người", "over"), Q("65 xe điện", 65, "xe điện"), Q("320 nhân viên", 320, "nhân viên"),
 Q("4 chốt điều tiết giao thông", 4, "chốt điều tiết giao thông"), Q("20.000 đồng", 20000, "đồng"),
 Q("12 điểm đặt hòm công đức", 12, "điểm đặt hòm công đức"), Q("khoảng 7 tỷ đồng", 7000000000, "đồng", "approx"),
 Q("38 trường hợp", 38, "trường hợp"), Q("6 vụ móc túi", 6, "vụ móc túi"), Q("khoảng 500 xe", 500, "xe", "approx"), Q("2 tổ kiểm tra lưu động", 2, "tổ kiểm tra lưu động")],
[D("Kế hoạch", "02", "KH-BCĐ", "2013-01-08", "Ban Chỉ đạo", "Kế hoạch số 02/KH-BCĐ ngày 08/01/2013"),
 D("Công văn", "4127", "BVHTTDL-VHCS", None, "Bộ Văn hóa, Thể thao và Du lịch", "Công văn số 4127/BVHTTDL-VHCS")],
[prov("Ninh Bình"), com("Gia Sinh")],
["UBND TỈNH NINH BÌNH - SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "Bạn đang ở: Trang chủ > Tin tức > Hoạt động văn hóa",
 "Đồng chí Đinh Văn Kiểm phát biểu tại buổi giao ban.", "Tràng An"],
["08:15 | 04/03/2013", "1,5 lần", "mùng 6 tháng Giêng", "2 lần", "tháng 3"]))

PAGES.append(page("b7976-namdinh-dentran-tongket-2014", """
BÁO NAM ĐỊNH ONLINE
Trang chủ / Văn hóa - Thể thao / Di sản
17/02/2014 - 10:05
Tổng kết lễ khai ấn đền Trần xuân Giáp Ngọ
Sáng 16/2, tại UBND thành phố Nam Định, Ban Tổ chức lễ khai ấn đền Trần tổ chức hội nghị tổng kết công tác tổ chức lễ khai ấn năm 2014. Dự hội nghị có các đồng chí Phó Chủ tịch UBND tỉnh Nam Định: Bùi Đức Thạch, Trần Văn Chung; đồng chí Đoàn Hồng Quế, Tỉnh ủy viên, Bí thư Thành ủy Nam Định.
Các đại biểu dự hội nghị tổng kết. Ảnh: Việt Thắng
Báo cáo của Ban Tổ chức cho biết, lễ khai ấn năm nay được tổ chức theo đúng nghi lễ truyền thống, trang nghiêm, có đổi mới trong khâu phát ấn. Thực hiện Kết luận 75, 76-KL/TU của Ban Thường vụ Tỉnh ủy về tổ chức lễ hội đền Trần và quản lý di tích, Ban Tổ chức không phát ấn trực tiếp tại sân đền mà bố trí 20 điểm phát ấn và phát ấn kéo dài đến hết ngày 15 tháng Giêng. Nhờ vậy không còn cảnh chen lấn, tranh cướp ấn như các năm trước.
Trong đêm khai ấn và ngày 14 tháng Giêng, khu di tích đón khoảng 120.000 lượt người; tổng số ấn đã phát ra khoảng 200.000 tờ. Số tiền công đức thu được tại đền Thiên Trường, đền Cố Trạch và chùa Phổ Minh gần 4,6 tỷ đồng, tăng 18% so với năm 2013. Lực lượng công an, quân sự huy động 1.250 người bảo vệ; 6 đội y tế cơ động đã sơ cứu cho 87 lượt người bị ngất, xây xát nhẹ.
Ông Trần Văn Quy, Trưởng Ban Quản lý di tích đền Trần, cho biết đã có 435 tình nguyện viên là đoàn viên thanh niên của phường Lộc Vượng và các trường đại học trên địa bàn tham gia hướng dẫn du khách. Việc trông giữ xe tại 15 bãi được niêm yết giá công khai.
Tuy nhiên, hội nghị cũng thẳng thắn nhìn nhận vẫn còn tình trạng mua bán ấn trái phép ngoài khu di tích, một số du khách ném tiền lẻ, vứt rác bừa bãi; hệ thống loa phát thanh hướng dẫn chưa phủ hết khu vực phát ấn. Ông Vũ Văn Tân, Chủ tịch UBND phường Lộc Vượng, đề nghị thành phố hỗ trợ kinh phí khoảng 300 triệu đồng để chỉnh trang lối đi.
Phát biểu kết luận, đồng chí Bùi Đức Thạch ghi nhận sự phối hợp của các lực lượng và yêu cầu thành phố Nam Định rút kinh nghiệm, nghiên cứu phương án phát ấn cho năm 2015 theo hướng giảm tải cho đêm khai ấn; thực hiện nghiêm Quyết định số 1016/QĐ-UBND ngày 22/7/2013 của UBND tỉnh ban hành quy chế quản lý lễ hội trên địa bàn tỉnh.
Dịp này, UBND thành phố khen thưởng 11 tập thể, 24 cá nhân có thành tích trong phục vụ lễ khai ấn.
Thu Hằng
Tin liên quan
- Khai ấn đền Trần năm 2014 diễn ra an toàn, trang nghiêm (14/02/2014)
- Lễ rước nước đền Trần (12/02/2014)
- Hội chợ Viềng năm Giáp Ngọ đông vui (07/02/2014)
- Vụ Bản: bảo tồn nghi lễ thờ Mẫu tại Phủ Dầy (30/01/2014)
""", "2014-02-17", "Tổng kết lễ khai ấn đền Trần xuân Giáp Ngọ",
E("tong_ket", "2014", "2014-02-16"),
[P("Bùi Đức Thạch", "Phó Chủ tịch UBND tỉnh Nam Định"),
 P("Trần Văn Chung", "Phó Chủ tịch UBND tỉnh Nam Định"),
 P("Đoàn Hồng Quế", "Tỉnh ủy viên", "Bí thư Thành ủy Nam Định"),
 P("Trần Văn Quy", "Trưởng Ban Quản lý di tích đền Trần"),
 P("Vũ Văn Tân", "Chủ tịch UBND phường Lộc Vượng")],
[Q("20 điểm phát ấn", 20, "điểm phát ấn"), Q("khoảng 120.000 lượt người", 120000, "lượt người", "approx"),
 Q("khoảng 200.000 tờ", 200000, "tờ", "approx"), Q("gần 4,6 tỷ đồng", 4600000000, "đồng", "approx"), Q("18%", 18, "%"),
 Q("1.250 người", 1250, "người"), Q("6 đội y tế cơ động", 6, "đội y tế cơ động"), Q("87 lượt người", 87, "lượt người"),
 Q("435 tình nguyện viên", 435, "tình nguyện viên"), Q("15 bãi", 15, "bãi"),
 Q("khoảng 300 triệu đồng", 300000000, "đồng", "approx"), Q("11 tập thể", 11, "tập thể"), Q("24 cá nhân", 24, "cá nhân")],
[D("Kết luận", "75", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 75, 76-KL/TU"),
 D("Kết luận", "76", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 75, 76-KL/TU"),
 D("Quyết định", "1016", "QĐ-UBND", "2013-07-22", "UBND tỉnh", "Quyết định số 1016/QĐ-UBND ngày 22/7/2013")],
[prov("Nam Định"), com("Lộc Vượng")],
["BÁO NAM ĐỊNH ONLINE", "Trang chủ / Văn hóa - Thể thao / Di sản", "Các đại biểu dự hội nghị tổng kết. Ảnh: Việt Thắng",
 "đền Thiên Trường", "đền Cố Trạch", "chùa Phổ Minh"],
["17/02/2014 - 10:05", "ngày 15 tháng Giêng", "ngày 14 tháng Giêng", "năm 2013", "năm 2015"]))

PAGES.append(page("b7977-angiang-viaba-tongket-2015", """
AN GIANG ONLINE - CỔNG THÔNG TIN ĐIỆN TỬ TỈNH AN GIANG
Tin tức » Văn hóa - Xã hội » Lễ hội
Ngày đăng 12/06/2015 | 16:20
Ảnh: Lãnh đạo tỉnh trao bằng khen cho các tập thể.
Lễ hội Vía Bà Chúa Xứ núi Sam 2015: Đón hơn 2,5 triệu lượt khách
Sáng 11/6, UBND tỉnh An Giang tổ chức tổng kết Lễ hội Vía Bà Chúa Xứ núi Sam năm 2015. Đồng chí Lê Văn Trọng, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo lễ hội chủ trì. Lễ hội năm nay là năm thứ 2 được tổ chức sau khi được công nhận là Di sản văn hóa phi vật thể quốc gia.
Theo báo cáo, từ đầu năm đến hết đợt cao điểm lễ hội (ngày 23 đến 27 tháng Tư âm lịch), Khu du lịch núi Sam đón hơn 2,5 triệu lượt khách hành hương, tăng khoảng 10% so với năm 2014, trong đó có trên 3.000 lượt khách quốc tế. Các nghi lễ chính gồm lễ Tắm Bà, lễ Thỉnh sắc, lễ Túc yết, lễ Xây chầu và lễ Hồi sắc được Ban Quý tế Miếu Bà tổ chức trang trọng.
Ban Quản lý Khu du lịch quốc gia núi Sam đã thực hiện Quyết định số 16/2014/QĐ-UBND của UBND tỉnh về quản lý khu du lịch; phối hợp phường Núi Sam ký cam kết với 1.236 hộ kinh doanh về niêm yết giá, không chèo kéo khách. Trong đợt lễ hội, đoàn kiểm tra liên ngành xử phạt 42 trường hợp vi phạm với số tiền trên 86 triệu đồng; tiêu hủy 1.500 sản phẩm không rõ nguồn gốc.
Ông Trịnh Văn Đức, Trưởng Ban Quý tế Miếu Bà Chúa Xứ, báo cáo tổng số tiền cúng viếng trong năm khoảng 65 tỷ đồng, trích 30% chi cho công tác từ thiện, xã hội; riêng đợt lễ hội, Ban Quý tế đã tặng 2.000 phần quà cho hộ nghèo và đóng góp 5 căn nhà đại đoàn kết. Ông Huỳnh Thế Lực, Chủ tịch UBND thành phố Châu Đốc, cho biết thành phố đã bố trí 7 bãi giữ xe với sức chứa khoảng 4.500 xe các loại.
Bên cạnh kết quả, lễ hội vẫn còn tình trạng "cò" khách sạn, ăn xin, bán vé số đeo bám; một số cơ sở cho vay "tiền của Bà" lãi suất cao. Đồng chí Phạm Thị Ngọc Lan, Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch, đề nghị xây dựng đề án nâng tầm Lễ hội Vía Bà lên di sản văn hóa phi vật thể đại diện của nhân loại.
Kết luận, đồng chí Lê Văn Trọng đề nghị Sở Văn hóa, Thể thao và Du lịch, UBND thành phố Châu Đốc khẩn trương triển khai Kế hoạch số 245/KH-UBND ngày 05/5/2015 của UBND tỉnh về bảo tồn, phát huy giá trị lễ hội; kiên quyết xử lý tình trạng cho vay nặng lãi núp bóng tín ngưỡng.
Dịp này, UBND tỉnh tặng bằng khen cho 9 tập thể và 17 cá nhân.
Thanh Hùng - Minh Trí
TIN CÙNG CHUYÊN MỤC
- Châu Đốc: khai mạc Lễ hội Vía Bà Chúa Xứ núi Sam năm 2015 (09/06/2015)
- Hàng ngàn người xem lễ Xây chầu (11/06/2015)
- Tịnh Biên chuẩn bị Lễ hội đua bò Bảy Núi (05/06/2015)
- Kiểm tra công tác đảm bảo vệ sinh an toàn thực phẩm tại núi Sam (02/06/2015)
""", "2015-06-12", "Lễ hội Vía Bà Chúa Xứ núi Sam 2015: Đón hơn 2,5 triệu lượt khách",
E("tong_ket", "2015", "2015-06-11"),
[P("Lê Văn Trọng", "Phó Chủ tịch UBND tỉnh", "Trưởng Ban Chỉ đạo lễ hội"),
 P("Trịnh Văn Đức", "Trưởng Ban Quý tế Miếu Bà Chúa Xứ"),
 P("Huỳnh Thế Lực", "Chủ tịch UBND thành phố Châu Đốc"),
 P("Phạm Thị Ngọc Lan", "Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch")],
[Q("hơn 2,5 triệu lượt khách hành hương", 2500000, "lượt khách hành hương", "over"), Q("khoảng 10%", 10, "%", "approx"),
 Q("trên 3.000 lượt khách quốc tế", 3000, "lượt khách quốc tế", "over"), Q("1.236 hộ kinh doanh", 1236, "hộ kinh doanh"),
 Q("42 trường hợp", 42, "trường hợp"), Q("trên 86 triệu đồng", 86000000, "đồng", "over"),
 Q("1.500 sản phẩm", 1500, "sản phẩm"), Q("khoảng 65 tỷ đồng", 65000000000, "đồng", "approx"), Q("30%", 30, "%"),
 Q("2.000 phần quà", 2000, "phần quà"), Q("5 căn nhà đại đoàn kết", 5, "căn nhà đại đoàn kết"),
 Q("7 bãi giữ xe", 7, "bãi giữ xe"), Q("khoảng 4.500 xe", 4500, "xe", "approx"), Q("9 tập thể", 9, "tập thể"), Q("17 cá nhân", 17, "cá nhân")],
[D("Quyết định", "16", "2014/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 16/2014/QĐ-UBND"),
 D("Kế hoạch", "245", "KH-UBND", "2015-05-05", "UBND tỉnh", "Kế hoạch số 245/KH-UBND ngày 05/5/2015")],
[prov("An Giang"), com("Núi Sam")],
["AN GIANG ONLINE - CỔNG THÔNG TIN ĐIỆN TỬ TỈNH AN GIANG", "Tin tức » Văn hóa - Xã hội » Lễ hội",
 "Ảnh: Lãnh đạo tỉnh trao bằng khen cho các tập thể.", "Miếu Bà", "Khu du lịch quốc gia núi Sam", "Lễ hội Vía Bà Chúa Xứ núi Sam", "tiền của Bà"],
["Ngày đăng 12/06/2015 | 16:20", "năm thứ 2", "ngày 23 đến 27 tháng Tư", "năm 2014"]))

PAGES.append(page("b7978-quangninh-yentu-giamsat-2016", """
HĐND TỈNH QUẢNG NINH - TRANG THÔNG TIN ĐIỆN TỬ
Vị trí: Trang chủ :: Hoạt động giám sát
Thứ Ba, 22/03/2016
Giám sát công tác quản lý, tổ chức lễ hội Xuân Yên Tử
Ngày 21/3/2016, Đoàn giám sát của Ban Văn hóa - Xã hội HĐND tỉnh do bà Vũ Thị Thu Liên, Phó Trưởng ban Văn hóa - Xã hội HĐND tỉnh làm trưởng đoàn đã giám sát công tác quản lý, tổ chức lễ hội Xuân Yên Tử năm 2016 tại thành phố Uông Bí, tỉnh Quảng Ninh. Cùng dự có ông Nguyễn Văn Hưng, Phó Giám đốc Sở Văn hóa và Thể thao; Đại đức Thích Thanh Phong, Phó Trưởng Ban Quản lý Thiền phái Trúc Lâm Yên Tử.
Đoàn giám sát làm việc tại chùa Hoa Yên.
Theo báo cáo của UBND thành phố Uông Bí, từ ngày khai hội (mùng 10 tháng Giêng) đến ngày 20/3, khu di tích Yên Tử đã đón khoảng 1,3 triệu lượt khách hành hương, giảm 7% so với cùng kỳ do thời tiết mưa rét kéo dài. Doanh thu cáp treo và dịch vụ ước đạt 95 tỷ đồng; nguồn thu phí tham quan đạt 31,2 tỷ đồng.
Thực hiện Nghị quyết số 182/2015/NQ-HĐND của HĐND tỉnh về thu phí tham quan di tích và Kế hoạch số 7892/KH-UBND của UBND tỉnh, Ban Quản lý di tích và rừng quốc gia Yên Tử đã bố trí 14 tổ công tác, 210 người thường trực dọc tuyến từ Giải Oan lên chùa Đồng; lắp 36 camera giám sát. Phường Thượng Yên Công đã giải tỏa 64 lều quán dựng trái phép.
Tuy nhiên, đoàn giám sát chỉ ra một số tồn tại: tiền công đức, tiền giọt dầu tại các điểm chùa chưa được thống kê đầy đủ, có nơi để người dân tự ý đặt tiền vào tay tượng; tình trạng ăn xin, bán hàng rong trên tuyến đường lên chùa Đồng vẫn còn; hệ thống nhà vệ sinh mới đáp ứng khoảng 60% nhu cầu vào ngày cao điểm.
Ông Phạm Văn Sinh, Trưởng Ban Quản lý di tích và rừng quốc gia Yên Tử, giải trình việc thu, chi tiền công đức được thực hiện theo Thông tư số 15/2015/TT-BVHTTDL của Bộ Văn hóa, Thể thao và Du lịch quy định về tổ chức lễ hội; Ban đã mở 3 tài khoản riêng tại kho bạc để quản lý.
Kết luận buổi giám sát, bà Vũ Thị Thu Liên đề nghị thành phố và Ban Quản lý di tích công khai các khoản thu, chi; xây dựng quy chế phối hợp với Giáo hội Phật giáo tỉnh trong quản lý lễ hội; nâng cấp hạ tầng, dự kiến cần khoảng 120 tỷ đồng trong giai đoạn 2016 - 2020. Kết quả giám sát sẽ được báo cáo tại kỳ họp thứ 2 HĐND tỉnh khóa XIII.
Phương Thảo
Tin liên quan
- Thường trực HĐND tỉnh giám sát việc thu phí tham quan di tích (14/03/2016)
- Khai hội Xuân Yên Tử năm 2016 (17/02/2016)
- HĐND tỉnh tiếp xúc cử tri phường Phương Đông (10/03/2016)
- Hoàn thành hồ sơ trình UNESCO công nhận Quần thể di tích Yên Tử (05/01/2016)
- Đông Triều: chấn chỉnh hoạt động dịch vụ tại lễ hội chùa Quỳnh Lâm (02/03/2016)
""", "2016-03-22", "Giám sát công tác quản lý, tổ chức lễ hội Xuân Yên Tử",
E("giam_sat", "2016", "2016-03-21"),
[P("Vũ Thị Thu Liên", "Phó Trưởng ban Văn hóa - Xã hội HĐND tỉnh", "trưởng đoàn"),
 P("Nguyễn Văn Hưng", "Phó Giám đốc Sở Văn hóa và Thể thao"),
 P("Thích Thanh Phong", "Đại đức", "Phó Trưởng Ban Quản lý Thiền phái Trúc Lâm Yên Tử"),
 P("Phạm Văn Sinh", "Trưởng Ban Quản lý di tích và rừng quốc gia Yên Tử")],
[Q("khoảng 1,3 triệu lượt khách hành hương", 1300000, "lượt khách hành hương", "approx"), Q("7%", 7, "%"),
 Q("95 tỷ đồng", 95000000000, "đồng", "approx"), Q("31,2 tỷ đồng", 31200000000, "đồng"),
 Q("14 tổ công tác", 14, "tổ công tác"), Q("210 người", 210, "người"), Q("36 camera giám sát", 36, "camera giám sát"),
 Q("64 lều quán", 64, "lều quán"), Q("khoảng 60%", 60, "%", "approx"), Q("3 tài khoản", 3, "tài khoản"),
 Q("khoảng 120 tỷ đồng", 120000000000, "đồng", "approx")],
[D("Nghị quyết", "182", "2015/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 182/2015/NQ-HĐND"),
 D("Kế hoạch", "7892", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 7892/KH-UBND"),
 D("Thông tư", "15", "2015/TT-BVHTTDL", None, "Bộ Văn hóa, Thể thao và Du lịch", "Thông tư số 15/2015/TT-BVHTTDL")],
[prov("Quảng Ninh"), com("Thượng Yên Công")],
["HĐND TỈNH QUẢNG NINH - TRANG THÔNG TIN ĐIỆN TỬ", "Vị trí: Trang chủ :: Hoạt động giám sát", "Đoàn giám sát làm việc tại chùa Hoa Yên.",
 "chùa Đồng", "Giải Oan", "Thiền phái Trúc Lâm Yên Tử"],
["Thứ Ba, 22/03/2016", "mùng 10 tháng Giêng", "ngày 20/3", "giai đoạn 2016 - 2020", "kỳ họp thứ 2", "khóa XIII"]))
