from lib import *
PAGES = []

PAGES.append(page("b3365-thanhhoa-hlhpn-tongket-2011", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH THANH HÓA
Trang chủ » Hoạt động Hội » Phụ nữ với môi trường
Thứ Tư, 28/12/2011 - 09:20
Ảnh: Quang cảnh hội nghị tổng kết.
Phụ nữ Thanh Hóa chung tay giữ gìn môi trường nông thôn
Ngày 26/12/2011, Ban Thường vụ Hội LHPN tỉnh tổ chức hội nghị tổng kết công tác Hội và phong trào phụ nữ năm 2011, trong đó tập trung đánh giá cuộc vận động xây dựng gia đình "5 không, 3 sạch". Đồng chí Lê Thị Hoài, Tỉnh ủy viên, Chủ tịch Hội LHPN tỉnh chủ trì hội nghị.
Báo cáo do bà Phạm Thị Thu, Phó Chủ tịch Hội LHPN tỉnh trình bày nêu rõ, năm 2011 các cấp Hội đã triển khai Nghị quyết số 07-NQ/HPN của Ban Chấp hành Hội LHPN tỉnh về phụ nữ tham gia bảo vệ môi trường và Kế hoạch 15, 16-KH/HPN về xây dựng mô hình "Tuyến đường phụ nữ tự quản" và "Tổ phụ nữ thu gom rác thải". Toàn tỉnh có 312.450 hội viên đăng ký thực hiện "3 sạch" (sạch nhà, sạch bếp, sạch ngõ); 1.146 chi hội duy trì tổ thu gom rác, mỗi tháng thu gom khoảng 85 tấn rác thải sinh hoạt.
Các cơ sở Hội đã vận động hội viên đóng góp hơn 1,2 tỷ đồng và 14.300 ngày công để làm đường, nạo vét 62 km kênh mương nội đồng, trồng 27.500 cây xanh dọc các tuyến đường liên thôn. Hội LHPN huyện Bá Thước, Quan Hóa vận động chị em người Thái, người Mường bỏ tập quán nuôi nhốt gia súc dưới gầm sàn, làm chuồng trại hợp vệ sinh.
Tại hội nghị, chị Hà Thị Lan, Chủ tịch Hội LHPN xã Lương Ngoại, chia sẻ mô hình "Ngõ xóm sạch, đẹp" với 9 tuyến đường do phụ nữ tự quản. Chị Lò Thị Vân, Chủ tịch Hội LHPN huyện Mường Lát, đề nghị Hội cấp trên hỗ trợ kinh phí mua thùng chứa rác cho các bản vùng cao.
Phát biểu chỉ đạo, đồng chí Lê Thị Hoài yêu cầu năm 2012 các cấp Hội tiếp tục thực hiện Chỉ thị số 22-CT/TU ngày 12/5/2011 của Ban Thường vụ Tỉnh ủy về tăng cường công tác bảo vệ môi trường ở nông thôn; phấn đấu 80% trở lên số hộ hội viên đạt tiêu chí "3 sạch".
Dịp này, Trung ương Hội LHPN Việt Nam tặng Bằng khen cho 5 tập thể, Hội LHPN tỉnh tặng giấy khen cho 34 tập thể và 52 cá nhân.
Theo đánh giá của Ban Thường vụ Hội, bên cạnh kết quả đạt được, việc thu gom rác ở nhiều thôn vùng cao còn khó khăn do địa bàn rộng, chưa có bãi tập kết; một số chi hội duy trì tổ tự quản chưa đều, còn tình trạng vứt rác, xác động vật xuống sông, suối. Năm tới, các cấp Hội Phụ nữ tỉnh Thanh Hóa sẽ chú trọng tuyên truyền thay đổi thói quen, nhân rộng các cách làm hay, gắn cuộc vận động với phong trào xây dựng nông thôn mới.
Mai Hương
Lượt truy cập: 152.318
Tin liên quan
- Hoằng Hóa: ra mắt 12 tổ phụ nữ thu gom rác thải (05/12/2011)
- Tập huấn kỹ năng tuyên truyền bảo vệ môi trường cho cán bộ Hội cơ sở (18/11/2011)
- Phụ nữ Nga Sơn làm đường hoa nông thôn (02/11/2011)
- Hội LHPN tỉnh sơ kết 9 tháng thực hiện cuộc vận động "5 không, 3 sạch" (30/09/2011)
""", "2011-12-28", "Phụ nữ Thanh Hóa chung tay giữ gìn môi trường nông thôn",
E("tong_ket", "2011", "2011-12-26"),
[P("Lê Thị Hoài", "Tỉnh ủy viên", "Chủ tịch Hội LHPN tỉnh"),
 P("Phạm Thị Thu", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Hà Thị Lan", "Chủ tịch Hội LHPN xã Lương Ngoại"),
 P("Lò Thị Vân", "Chủ tịch Hội LHPN huyện Mường Lát")],
[Q("312.450 hội viên", 312450, "hội viên"), Q("1.146 chi hội", 1146, "chi hội"),
 Q("khoảng 85 tấn", 85, "tấn", "approx"), Q("hơn 1,2 tỷ đồng", 1200000000, "đồng", "over"),
 Q("14.300 ngày công", 14300, "ngày công"), Q("62 km", 62, "km"), Q("27.500 cây xanh", 27500, "cây xanh"),
 Q("9 tuyến đường", 9, "tuyến đường"), Q("80% trở lên", 80, "%", "over"),
 Q("5 tập thể", 5, "tập thể"), Q("34 tập thể", 34, "tập thể"), Q("52 cá nhân", 52, "cá nhân")],
[D("Nghị quyết", "07", "NQ/HPN", None, "Ban Chấp hành Hội LHPN tỉnh", "Nghị quyết số 07-NQ/HPN"),
 D("Kế hoạch", "15", "KH/HPN", None, None, "Kế hoạch 15, 16-KH/HPN"),
 D("Kế hoạch", "16", "KH/HPN", None, None, "Kế hoạch 15, 16-KH/HPN"),
 D("Chỉ thị", "22", "CT/TU", "2011-05-12", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 22-CT/TU ngày 12/5/2011")],
[prov("Thanh Hóa"), com("Lương Ngoại")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH THANH HÓA", "Trang chủ » Hoạt động Hội » Phụ nữ với môi trường",
 "Ảnh: Quang cảnh hội nghị tổng kết.", "5 không, 3 sạch", "Tuyến đường phụ nữ tự quản", "Tổ phụ nữ thu gom rác thải",
 "Ngõ xóm sạch, đẹp", "Lượt truy cập: 152.318"],
["Thứ Tư, 28/12/2011 - 09:20", "5 không, 3 sạch", "3 sạch", "năm 2011", "năm 2012", "Lượt truy cập: 152.318"]))

PAGES.append(page("b3366-quangnam-doan-chunhatxanh-2012", """
Tỉnh đoàn Quảng Nam - Cổng thông tin điện tử
Trang chủ | Tin tức | Phong trào tình nguyện
19/03/2012 - 16:40
Đoàn viên thanh niên ra quân "Ngày Chủ nhật xanh" tại bãi biển Tam Thanh.
Hơn 2.000 đoàn viên ra quân "Ngày Chủ nhật xanh" hưởng ứng Tháng Thanh niên
Sáng Chủ nhật 18/3, tại bãi biển xã Tam Thanh (thành phố Tam Kỳ), Ban Thường vụ Tỉnh đoàn Quảng Nam phối hợp với UBND thành phố Tam Kỳ tổ chức lễ ra quân "Ngày Chủ nhật xanh" đợt 1 năm 2012, hưởng ứng Tháng Thanh niên và Ngày Nước thế giới 22/3.
Tham dự có đồng chí Trần Văn Minh, Phó Bí thư Thường trực Tỉnh đoàn; đồng chí Huỳnh Thị Thu Sương, Phó Chủ tịch UBND thành phố Tam Kỳ; cùng hơn 2.000 đoàn viên, thanh niên, học sinh đến từ 18 cơ sở Đoàn trực thuộc.
Phát biểu tại lễ ra quân, đồng chí Trần Văn Minh cho biết, thực hiện Kế hoạch số 112-KH/TĐTN ngày 20/02/2012 của Ban Thường vụ Tỉnh đoàn về tổ chức Tháng Thanh niên năm 2012, mỗi tháng các cơ sở Đoàn sẽ chọn một ngày Chủ nhật để dọn vệ sinh, khơi thông cống rãnh, trồng cây xanh tại khu dân cư, trường học và bãi biển. Trong năm 2011, các cấp bộ Đoàn đã tổ chức 436 buổi ra quân, thu gom khoảng 120 tấn rác, trồng mới 18.600 cây xanh và cây phân tán.
Ngay sau lễ ra quân, các đoàn viên chia thành 40 tổ, dọn sạch khoảng 6 km bờ biển, thu gom 3,5 tấn rác thải các loại, chủ yếu là túi ni lông, chai nhựa và lưới đánh cá cũ. Đoàn xã Tam Thanh cũng ra mắt đội hình "Thanh niên tình nguyện bảo vệ biển" gồm 25 đoàn viên.
Ông Nguyễn Văn Bảy, người dân thôn Hòa Bình, xã Tam Thanh, phấn khởi: "Bãi biển sạch thì khách du lịch về đông, bà con mình cũng được nhờ. Tôi mong các cháu tổ chức thường xuyên".
Dịp này, Công ty TNHH MTV Môi trường đô thị Quảng Nam trao tặng 50 thùng rác công cộng cho xã Tam Thanh, trị giá 35 triệu đồng. Ban tổ chức trồng 300 cây phi lao chắn cát dọc bờ biển.
Cũng trong ngày, Đoàn xã Duy Hải (huyện Duy Xuyên) đồng loạt ra quân nạo vét 2 km mương thoát nước. Đồng chí Alăng Thị Hoa, Bí thư Đoàn xã Lăng, huyện Tây Giang cho biết, thanh niên người Cơ Tu ở các thôn cũng ra quân dọn vệ sinh nhà Gươl.
Theo Ban Thường vụ Tỉnh đoàn Quảng Nam, hoạt động "Ngày Chủ nhật xanh" sẽ được duy trì đến hết năm, gắn với các đợt ra quân vệ sinh môi trường mùa du lịch hè và mùa mưa bão. Các cơ sở Đoàn được yêu cầu đăng ký địa bàn phụ trách, phân công đoàn viên theo dõi, nhắc nhở người dân không xả rác bừa bãi ra bãi biển và dòng sông.
Minh Phương
Ảnh: Thanh Hùng
Số lượt xem: 1.204
Tin khác
- Tỉnh đoàn tổ chức Ngày hội thanh niên với văn hóa giao thông (12/03/2012)
- Trao 30 suất học bổng cho học sinh nghèo vượt khó (07/03/2012)
- Khởi động chương trình "Tiếp sức mùa thi" năm 2012 (01/03/2012)
- Hội nghị Ban Chấp hành Tỉnh đoàn lần thứ 5 (24/02/2012)
""", "2012-03-19", "Hơn 2.000 đoàn viên ra quân \"Ngày Chủ nhật xanh\" hưởng ứng Tháng Thanh niên",
E("khac", None, "2012-03-18"),
[P("Trần Văn Minh", "Phó Bí thư Thường trực Tỉnh đoàn"),
 P("Huỳnh Thị Thu Sương", "Phó Chủ tịch UBND thành phố Tam Kỳ"),
 P("Nguyễn Văn Bảy"),
 P("Alăng Thị Hoa", "Bí thư Đoàn xã Lăng")],
[Q("hơn 2.000 đoàn viên", 2000, "đoàn viên", "over"), Q("18 cơ sở Đoàn trực thuộc", 18, "cơ sở Đoàn"),
 Q("436 buổi ra quân", 436, "buổi ra quân"), Q("khoảng 120 tấn", 120, "tấn", "approx"),
 Q("18.600 cây xanh và cây phân tán", 18600, "cây xanh và cây phân tán"), Q("40 tổ", 40, "tổ"),
 Q("khoảng 6 km", 6, "km", "approx"), Q("3,5 tấn", 3.5, "tấn"), Q("25 đoàn viên", 25, "đoàn viên"),
 Q("50 thùng rác công cộng", 50, "thùng rác công cộng"), Q("35 triệu đồng", 35000000, "đồng"),
 Q("300 cây phi lao", 300, "cây phi lao"), Q("2 km", 2, "km")],
[D("Kế hoạch", "112", "KH/TĐTN", "2012-02-20", "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 112-KH/TĐTN ngày 20/02/2012")],
[prov("Quảng Nam"), com("Tam Thanh"), com("Duy Hải"), com("Lăng")],
["Tỉnh đoàn Quảng Nam - Cổng thông tin điện tử", "Trang chủ | Tin tức | Phong trào tình nguyện",
 "Đoàn viên thanh niên ra quân \"Ngày Chủ nhật xanh\" tại bãi biển Tam Thanh.", "Ngày Chủ nhật xanh",
 "Thanh niên tình nguyện bảo vệ biển", "Tháng Thanh niên", "Số lượt xem: 1.204"],
["19/03/2012 - 16:40", "Ngày Nước thế giới 22/3", "đợt 1 năm 2012", "năm 2011", "Số lượt xem: 1.204"]))

PAGES.append(page("b3367-namdinh-xa-soket-2013", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ HẢI ĐÔNG - HUYỆN HẢI HẬU - TỈNH NAM ĐỊNH
Bạn đang ở: Trang chủ > Tin tức - Sự kiện > Nông thôn mới
Cập nhật: 08:05, 15/07/2013 (GMT+7)
Hải Đông: sơ kết tiêu chí môi trường trong xây dựng nông thôn mới
Ngày 12/7/2013, Ban Chỉ đạo xây dựng nông thôn mới xã Hải Đông tổ chức hội nghị sơ kết 6 tháng đầu năm 2013 thực hiện tiêu chí số 17 về môi trường, triển khai nhiệm vụ 6 tháng cuối năm. Ông Vũ Văn Thành, Bí thư Đảng ủy, Trưởng Ban Chỉ đạo xây dựng nông thôn mới xã chủ trì hội nghị.
Toàn cảnh hội nghị sơ kết.
Theo báo cáo của UBND xã do ông Trần Đức Lợi, Phó Chủ tịch UBND xã trình bày, thực hiện Nghị quyết 05-NQ/ĐU của Đảng ủy xã về xây dựng "Làng sạch, ngõ đẹp" và Quyết định số 18/QĐ-UBND ngày 04/01/2013 của UBND xã về thành lập tổ thu gom rác thải, 6 tháng qua xã đã thành lập 11 tổ thu gom rác ở 11 xóm, mỗi tổ 3 - 4 người. Mỗi hộ đóng góp 10.000 đồng/tháng; tổng số tiền thu được khoảng 96 triệu đồng. Xã đã xây mới 2 bãi tập kết rác thải và đưa vào sử dụng lò đốt rác mini.
Hội Phụ nữ xã duy trì 14 "Tuyến đường hoa" với tổng chiều dài 7,8 km; Đoàn Thanh niên xã ra quân 6 buổi "Ngày Chủ nhật xanh", khơi thông 3,2 km cống rãnh. Đến nay 1.862/2.105 hộ có nhà tiêu hợp vệ sinh, đạt 88,5%; 94% số hộ có đủ ba công trình vệ sinh.
Tại hội nghị, bà Đỗ Thị Nhung, Chủ tịch Hội Phụ nữ xã, đề nghị hỗ trợ chế phẩm sinh học để chị em ủ phân hữu cơ từ rác thải nhà bếp. Ông Phạm Văn Thắng, Trưởng xóm 7, phản ánh tình trạng một số hộ vẫn đổ rác xuống sông Múc.
Kết luận hội nghị, ông Vũ Văn Thành yêu cầu 6 tháng cuối năm phấn đấu 100% số xóm có tổ thu gom rác hoạt động hiệu quả, phấn đấu hoàn thành tiêu chí môi trường trước năm 2015 theo Quyết định 491/QĐ-TTg ngày 16/4/2009 của Thủ tướng Chính phủ.
Hội nghị cũng chỉ ra một số hạn chế: ý thức giữ gìn vệ sinh chung của một bộ phận người dân chưa cao, còn tình trạng đổ rác ra lề đường, bờ kênh; kinh phí duy trì tổ thu gom rác chủ yếu dựa vào đóng góp của nhân dân nên chưa bền vững. Các đại biểu thống nhất đề nghị Huyện ủy, UBND huyện Hải Hậu quan tâm hỗ trợ xe chở rác và quy hoạch bãi xử lý rác tập trung của huyện, để xã sớm về đích nông thôn mới theo lộ trình của tỉnh Nam Định.
Ban biên tập
Lượt xem: 412
Các tin đã đưa
- Xã Hải Đông ra quân làm thủy lợi nội đồng (28/06/2013)
- Hội nghị giao ban công tác Mặt trận quý II (21/06/2013)
- Tổ chức Lễ kỷ niệm Ngày Môi trường thế giới 5/6 (06/06/2013)
- Hải Đông rà soát hộ nghèo, hộ cận nghèo năm 2013 (30/05/2013)
- Ra quân "Ngày Chủ nhật xanh" tháng 5 (20/05/2013)
""", "2013-07-15", "Hải Đông: sơ kết tiêu chí môi trường trong xây dựng nông thôn mới",
E("so_ket", "2013-H1", "2013-07-12"),
[P("Vũ Văn Thành", "Bí thư Đảng ủy", "Trưởng Ban Chỉ đạo xây dựng nông thôn mới xã"),
 P("Trần Đức Lợi", "Phó Chủ tịch UBND xã"),
 P("Đỗ Thị Nhung", "Chủ tịch Hội Phụ nữ xã"),
 P("Phạm Văn Thắng", "Trưởng xóm 7")],
[Q("11 tổ thu gom rác", 11, "tổ thu gom rác"), Q("11 xóm", 11, "xóm"),
 Q("10.000 đồng", 10000, "đồng"), Q("khoảng 96 triệu đồng", 96000000, "đồng", "approx"),
 Q("2 bãi tập kết rác thải", 2, "bãi tập kết rác thải"), Q("14 \"Tuyến đường hoa\"", 14, "Tuyến đường hoa"),
 Q("7,8 km", 7.8, "km"), Q("6 buổi", 6, "buổi"), Q("3,2 km", 3.2, "km"),
 Q("1.862/2.105 hộ", 1862, "hộ"), Q("88,5%", 88.5, "%"), Q("94%", 94, "%"), Q("100%", 100, "%")],
[D("Nghị quyết", "05", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết 05-NQ/ĐU"),
 D("Quyết định", "18", "QĐ-UBND", "2013-01-04", "UBND xã", "Quyết định số 18/QĐ-UBND ngày 04/01/2013"),
 D("Quyết định", "491", "QĐ-TTg", "2009-04-16", "Thủ tướng Chính phủ", "Quyết định 491/QĐ-TTg ngày 16/4/2009")],
[prov("Nam Định"), com("Hải Đông")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ HẢI ĐÔNG - HUYỆN HẢI HẬU - TỈNH NAM ĐỊNH",
 "Bạn đang ở: Trang chủ > Tin tức - Sự kiện > Nông thôn mới", "Toàn cảnh hội nghị sơ kết.", "Làng sạch, ngõ đẹp",
 "Tuyến đường hoa", "Ngày Chủ nhật xanh", "Lượt xem: 412"],
["Cập nhật: 08:05, 15/07/2013 (GMT+7)", "6 tháng đầu năm 2013", "6 tháng cuối năm", "tiêu chí số 17",
 "3 - 4 người", "ba công trình vệ sinh", "trước năm 2015", "xóm 7", "Lượt xem: 412"]))

PAGES.append(page("b3368-daklak-tetrongcay-2014", """
BÁO ĐẮK LẮK ĐIỆN TỬ
Thời sự > Địa phương
Thứ Hai, 10/02/2014, 17:30
Hôm nay: Thứ Hai, 10/02/2014
Lễ phát động Tết trồng cây "Đời đời nhớ ơn Bác Hồ" Xuân Giáp Ngọ 2014
Sáng 9-2 (tức mùng 10 tháng Giêng), tại buôn Kô Siêr, xã Ea Tu, thành phố Buôn Ma Thuột, Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam tỉnh tổ chức Lễ phát động Tết trồng cây "Đời đời nhớ ơn Bác Hồ" Xuân Giáp Ngọ 2014.
Các đại biểu trồng cây lưu niệm tại buôn Kô Siêr.
Dự lễ có đồng chí Y Kriêng Niê, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh; đồng chí Nguyễn Hải Đăng, Phó Chủ tịch UBND tỉnh; đồng chí H'Nga Byă, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, cùng khoảng 1.500 cán bộ, đoàn viên, hội viên và nhân dân.
Theo báo cáo của Sở Nông nghiệp và Phát triển nông thôn, năm 2013 toàn tỉnh trồng được 4.215 ha rừng tập trung, đạt 105% kế hoạch; trồng hơn 1,3 triệu cây phân tán; tỷ lệ che phủ rừng đạt khoảng 39,5%. Năm 2014, tỉnh phấn đấu trồng 4.500 ha rừng tập trung và 1,5 triệu cây phân tán theo Kế hoạch số 385/KH-UBND ngày 17/01/2014 của UBND tỉnh.
Phát biểu phát động, đồng chí Y Kriêng Niê đề nghị các cấp, các ngành tiếp tục thực hiện Chỉ thị số 12-CT/TU của Tỉnh ủy về tăng cường lãnh đạo công tác quản lý, bảo vệ và phát triển rừng; gắn Tết trồng cây với xây dựng buôn làng "xanh - sạch - đẹp". Đồng chí cũng đề nghị Ủy ban MTTQ và các đoàn thể vận động đồng bào Êđê, M'nông không phát rừng làm rẫy.
Già làng Ama Hoan (Y Bhiông Êban), buôn Kô Siêr, cho biết buôn đã có 68 hộ đăng ký mỗi hộ trồng ít nhất 5 cây xanh quanh nhà.
Dịp này, Công ty TNHH MTV Lâm nghiệp Buôn Ja Wầm tặng 10.000 cây giống keo lai, trị giá khoảng 25 triệu đồng, cho các xã Ea Tu, Hòa Thuận. Ngay sau lễ phát động, các đại biểu và nhân dân đã trồng 2.000 cây sao đen, dầu rái dọc tuyến đường vào buôn.
Cùng ngày, các huyện, thị xã đồng loạt tổ chức Tết trồng cây; riêng huyện Lắk trồng 3.200 cây.
Theo UBND tỉnh Đắk Lắk, sau Tết trồng cây, các địa phương sẽ tiếp tục vận động nhân dân trồng cây phân tán vào đầu mùa mưa, chăm sóc tốt cây đã trồng, bảo đảm tỷ lệ cây sống cao. Lực lượng kiểm lâm được giao phối hợp với chính quyền cơ sở tăng cường tuần tra, ngăn chặn tình trạng phá rừng, lấn chiếm đất rừng trái phép, nhất là ở các huyện giáp biên giới.
H'Xuân - Ngọc Minh
Tin cùng chuyên mục
- Hội LHPN tỉnh thăm, tặng quà phụ nữ nghèo dịp Tết (27/01/2014)
- Tổng kết công tác bảo vệ rừng năm 2013 (20/01/2014)
- Ra mắt mô hình "Buôn văn hóa, xanh, sạch" ở Krông Ana (15/01/2014)
- Đắk Lắk: phấn đấu nâng tỷ lệ che phủ rừng lên 40% (10/01/2014)
- Thanh niên Cư M'gar ra quân làm sạch buôn làng đón Tết (05/01/2014)
- Ea Súp: giao khoán bảo vệ rừng cho cộng đồng buôn (28/12/2013)
""", "2014-02-10", "Lễ phát động Tết trồng cây \"Đời đời nhớ ơn Bác Hồ\" Xuân Giáp Ngọ 2014",
E("khac", None, "2014-02-09"),
[P("Y Kriêng Niê", "Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Nguyễn Hải Đăng", "Phó Chủ tịch UBND tỉnh"),
 P("H'Nga Byă", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Y Bhiông Êban", "Già làng")],
[Q("khoảng 1.500 cán bộ, đoàn viên, hội viên và nhân dân", 1500, "cán bộ, đoàn viên, hội viên và nhân dân", "approx"),
 Q("4.215 ha", 4215, "ha"), Q("105%", 105, "%"), Q("hơn 1,3 triệu cây phân tán", 1300000, "cây phân tán", "over"),
 Q("khoảng 39,5%", 39.5, "%", "approx"), Q("4.500 ha", 4500, "ha"), Q("1,5 triệu cây phân tán", 1500000, "cây phân tán"),
 Q("68 hộ", 68, "hộ"), Q("ít nhất 5 cây xanh", 5, "cây xanh", "over"),
 Q("10.000 cây giống keo lai", 10000, "cây giống keo lai"), Q("khoảng 25 triệu đồng", 25000000, "đồng", "approx"),
 Q("2.000 cây sao đen, dầu rái", 2000, "cây sao đen, dầu rái"), Q("3.200 cây", 3200, "cây")],
[D("Kế hoạch", "385", "KH-UBND", "2014-01-17", "UBND tỉnh", "Kế hoạch số 385/KH-UBND ngày 17/01/2014"),
 D("Chỉ thị", "12", "CT/TU", None, "Tỉnh ủy", "Chỉ thị số 12-CT/TU")],
[prov("Đắk Lắk"), com("Ea Tu"), com("Hòa Thuận")],
["BÁO ĐẮK LẮK ĐIỆN TỬ", "Thời sự > Địa phương", "Hôm nay: Thứ Hai, 10/02/2014",
 "Các đại biểu trồng cây lưu niệm tại buôn Kô Siêr.", "Đời đời nhớ ơn Bác Hồ", "Ama Hoan", "xanh - sạch - đẹp",
 "Buôn Ja Wầm"],
["Thứ Hai, 10/02/2014, 17:30", "mùng 10 tháng Giêng", "Xuân Giáp Ngọ 2014", "năm 2013", "Năm 2014"]))

PAGES.append(page("b3369-bentre-hlhpn-taphuan-2015", """
Hội Liên hiệp Phụ nữ tỉnh Bến Tre
Trang chủ / Tin hoạt động / Hoạt động cơ sở
22-10-2015 14:45
Tập huấn phân loại rác thải tại nguồn cho cán bộ Hội cơ sở
Chị Trần Thị Kim Loan hướng dẫn học viên cách ủ phân hữu cơ từ rác thải nhà bếp.
Trong 2 ngày 20 và 21/10/2015, Hội LHPN tỉnh phối hợp với Sở Tài nguyên và Môi trường tổ chức lớp tập huấn "Phụ nữ với việc phân loại, xử lý rác thải tại nguồn" năm 2015 cho 120 học viên là Chủ tịch, Phó Chủ tịch Hội LHPN các xã, phường, thị trấn và chi hội trưởng phụ nữ của 3 huyện Châu Thành, Giồng Trôm, Mỏ Cày Nam.
Phát biểu khai mạc, bà Nguyễn Thị Bé Mười, Phó Chủ tịch Thường trực Hội LHPN tỉnh cho biết, lớp tập huấn nằm trong Kế hoạch số 27/KH-HPN ngày 02/3/2015 của Ban Thường vụ Hội LHPN tỉnh, triển khai Đề án 1 "Tuyên truyền, giáo dục, vận động, hỗ trợ phụ nữ tham gia giải quyết một số vấn đề xã hội liên quan đến phụ nữ" và Quyết định số 1963/QĐ-UBND ngày 10/9/2014 của UBND tỉnh về quản lý chất thải rắn trên địa bàn tỉnh.
Các học viên được ông Lê Minh Trí, Phó Chi cục trưởng Chi cục Bảo vệ môi trường, giới thiệu Luật Bảo vệ môi trường năm 2014, cách phân loại rác thành 3 nhóm: rác hữu cơ, rác tái chế và rác còn lại; cách ủ phân compost bằng thùng nhựa có đục lỗ. Chị Trần Thị Kim Loan, cán bộ Chi cục, hướng dẫn thực hành tại 4 hộ dân ở ấp Phú Lợi.
Theo báo cáo của Hội, đến nay toàn tỉnh có 164 tổ phụ nữ "Xanh - sạch - đẹp" với gần 3.900 hội viên tham gia; hơn 2.300 hộ hội viên đã phân loại rác tại nguồn, ủ phân hữu cơ bón cho vườn dừa, vườn cây ăn trái. Mô hình "Thu gom ve chai gây quỹ" ở xã An Khánh (huyện Châu Thành) mỗi năm gây quỹ được khoảng 18 triệu đồng để giúp 6 hội viên nghèo.
Chị Võ Thị Hồng Nhung, chi hội trưởng phụ nữ ấp An Thới, xã Phú Túc, chia sẻ: "Lúc đầu bà con ngại vì phải để 2 thùng rác trong nhà, nhưng thấy rác hữu cơ bón cây tốt, giờ cả ấp làm theo".
Kết thúc lớp tập huấn, Ban tổ chức trao 120 bộ tài liệu và 240 thùng rác có nắp cho các học viên về triển khai ở cơ sở.
Theo Ban Thường vụ Hội LHPN tỉnh Bến Tre, sau lớp tập huấn, mỗi học viên sẽ về tổ chức sinh hoạt chuyên đề tại chi hội, hướng dẫn hội viên phân loại rác ngay tại gia đình. Hội cũng sẽ phối hợp với ngành tài nguyên và môi trường khảo sát, nhân rộng mô hình ủ phân hữu cơ ở các xã ven biển, nơi rác thải nhựa theo con nước trôi dạt vào bờ ngày càng nhiều.
Thu Hà
Chia sẻ: Facebook | Zalo
Bài viết liên quan
- Phụ nữ Ba Tri ra quân làm sạch kênh rạch (12/10/2015)
- Hội LHPN tỉnh sơ kết 9 tháng năm 2015 (05/10/2015)
- Trao vốn hỗ trợ phụ nữ nghèo làm kinh tế (25/09/2015)
- Hội thi "Phụ nữ với môi trường xanh" huyện Thạnh Phú (15/09/2015)
""", "2015-10-22", "Tập huấn phân loại rác thải tại nguồn cho cán bộ Hội cơ sở",
E("tap_huan", "2015", "2015-10-20"),
[P("Trần Thị Kim Loan", "cán bộ Chi cục"),
 P("Nguyễn Thị Bé Mười", "Phó Chủ tịch Thường trực Hội LHPN tỉnh"),
 P("Lê Minh Trí", "Phó Chi cục trưởng Chi cục Bảo vệ môi trường"),
 P("Võ Thị Hồng Nhung", "chi hội trưởng phụ nữ ấp An Thới")],
[Q("120 học viên", 120, "học viên"), Q("3 huyện", 3, "huyện"), Q("3 nhóm", 3, "nhóm"),
 Q("4 hộ dân", 4, "hộ dân"), Q("164 tổ phụ nữ", 164, "tổ phụ nữ"), Q("gần 3.900 hội viên", 3900, "hội viên", "approx"),
 Q("hơn 2.300 hộ hội viên", 2300, "hộ hội viên", "over"), Q("khoảng 18 triệu đồng", 18000000, "đồng", "approx"),
 Q("6 hội viên nghèo", 6, "hội viên nghèo"), Q("120 bộ tài liệu", 120, "bộ tài liệu"),
 Q("240 thùng rác có nắp", 240, "thùng rác có nắp")],
[D("Kế hoạch", "27", "KH-HPN", "2015-03-02", "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch số 27/KH-HPN ngày 02/3/2015"),
 D("Quyết định", "1963", "QĐ-UBND", "2014-09-10", "UBND tỉnh", "Quyết định số 1963/QĐ-UBND ngày 10/9/2014")],
[prov("Bến Tre"), com("An Khánh"), com("Phú Túc")],
["Hội Liên hiệp Phụ nữ tỉnh Bến Tre", "Trang chủ / Tin hoạt động / Hoạt động cơ sở",
 "Chị Trần Thị Kim Loan hướng dẫn học viên cách ủ phân hữu cơ từ rác thải nhà bếp.",
 "Phụ nữ với việc phân loại, xử lý rác thải tại nguồn", "Xanh - sạch - đẹp", "Thu gom ve chai gây quỹ",
 "Luật Bảo vệ môi trường năm 2014", "Chia sẻ: Facebook | Zalo"],
["22-10-2015 14:45", "2 ngày 20 và 21/10/2015", "Đề án 1", "2 thùng rác", "năm 2015", "Luật Bảo vệ môi trường năm 2014"]))

PAGES.append(page("b3370-laocai-mttq-giamsat-2016", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LÀO CAI
Trang chủ >> Hoạt động giám sát, phản biện xã hội
Ngày đăng 26/08/2016 | 10:15
Giám sát việc thu gom, xử lý rác thải tại thị trấn Sa Pa
Ngày 24/8/2016, đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh do đồng chí Sùng A Chư, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện pháp luật về bảo vệ môi trường trong thu gom, xử lý rác thải sinh hoạt tại thị trấn Sa Pa và xã San Sả Hồ, huyện Sa Pa, theo chương trình giám sát năm 2016.
Đoàn giám sát làm việc tại UBND thị trấn Sa Pa.
Cùng đi có các đồng chí: Vàng Thị Mai, Lù Văn Chiến, Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh; đại diện Sở Tài nguyên và Môi trường, Hội LHPN tỉnh, Tỉnh đoàn.
Báo cáo với đoàn, ông Giàng Seo Phử, Phó Chủ tịch UBND huyện Sa Pa cho biết, thực hiện Quyết định số 2650/QĐ-UBND ngày 15/9/2015 của UBND tỉnh về đề án quản lý chất thải rắn khu du lịch Sa Pa, huyện đã giao Ban Quản lý các công trình công cộng thu gom rác ở 6 tổ dân phố và 3 thôn giáp ranh. Bình quân mỗi ngày thị trấn phát sinh khoảng 42 tấn rác, trong đó thu gom được hơn 38 tấn, đạt trên 90%; bãi rác Tả Phời đã quá tải. Năm 2015, phí vệ sinh thu được gần 1,6 tỷ đồng.
Ở xã San Sả Hồ, Chi hội phụ nữ thôn Sín Chải duy trì mô hình "Bản sạch, nhà sạch" với 57 hộ người Mông, mỗi tháng 2 lần tổng vệ sinh. Chị Ma Thị Súa, Chủ tịch Hội LHPN xã San Sả Hồ, phản ánh nhiều hộ kinh doanh homestay còn đổ rác, nước thải ra suối.
Qua giám sát, đoàn đề nghị huyện sớm triển khai Kế hoạch 118, 119/KH-UBND của UBND tỉnh về xử lý rác thải nông thôn và xử lý nghiêm 17 cơ sở kinh doanh vi phạm. Phát biểu kết luận, đồng chí Sùng A Chư đề nghị UBND thị trấn phối hợp với Ủy ban MTTQ thị trấn phát động cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" gắn với giữ gìn cảnh quan khu du lịch; đồng thời đề nghị cấp có thẩm quyền bố trí vốn đầu tư lò đốt rác công suất 50 tấn/ngày.
Sau buổi làm việc, đoàn đã khảo sát thực tế tại bãi rác Tả Phời và 2 điểm tập kết rác trên đường Cầu Mây.
Đoàn giám sát ghi nhận cấp ủy, chính quyền thị trấn đã quan tâm công tác vệ sinh môi trường, cảnh quan đô thị được cải thiện rõ rệt so với trước. Tuy nhiên, việc phân loại rác tại nguồn chưa được thực hiện, xe thu gom còn thiếu vào mùa cao điểm du lịch; tuyên truyền đến đồng bào dân tộc thiểu số ở các thôn giáp ranh chưa thường xuyên. Kết quả giám sát sẽ được Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lào Cai tổng hợp, gửi kiến nghị đến UBND tỉnh.
Nguyễn Hà
Lượt xem: 367
Tin khác
- MTTQ tỉnh giám sát thực hiện chính sách hỗ trợ giống tại Bát Xát (12/08/2016)
- Hội nghị phản biện dự thảo quy định thu phí vệ sinh (28/07/2016)
- Ban Thường trực MTTQ tỉnh làm việc với huyện Mường Khương (15/07/2016)
""", "2016-08-26", "Giám sát việc thu gom, xử lý rác thải tại thị trấn Sa Pa",
E("giam_sat", "2016", "2016-08-24"),
[P("Sùng A Chư", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Vàng Thị Mai", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lù Văn Chiến", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Giàng Seo Phử", "Phó Chủ tịch UBND huyện Sa Pa"),
 P("Ma Thị Súa", "Chủ tịch Hội LHPN xã San Sả Hồ")],
[Q("6 tổ dân phố", 6, "tổ dân phố"), Q("3 thôn", 3, "thôn"), Q("khoảng 42 tấn", 42, "tấn", "approx"),
 Q("hơn 38 tấn", 38, "tấn", "over"), Q("trên 90%", 90, "%", "over"), Q("gần 1,6 tỷ đồng", 1600000000, "đồng", "approx"),
 Q("57 hộ", 57, "hộ"), Q("17 cơ sở kinh doanh", 17, "cơ sở kinh doanh"), Q("50 tấn", 50, "tấn"),
 Q("2 điểm tập kết rác", 2, "điểm tập kết rác")],
[D("Quyết định", "2650", "QĐ-UBND", "2015-09-15", "UBND tỉnh", "Quyết định số 2650/QĐ-UBND ngày 15/9/2015"),
 D("Kế hoạch", "118", "KH-UBND", None, "UBND tỉnh", "Kế hoạch 118, 119/KH-UBND"),
 D("Kế hoạch", "119", "KH-UBND", None, "UBND tỉnh", "Kế hoạch 118, 119/KH-UBND")],
[prov("Lào Cai"), com("Sa Pa"), com("San Sả Hồ")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LÀO CAI", "Trang chủ >> Hoạt động giám sát, phản biện xã hội",
 "Đoàn giám sát làm việc tại UBND thị trấn Sa Pa.", "Bản sạch, nhà sạch",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Tả Phời", "Cầu Mây", "Lượt xem: 367"],
["Ngày đăng 26/08/2016 | 10:15", "mỗi tháng 2 lần", "năm 2016", "Năm 2015", "Lượt xem: 367"]))
