from lib import *
PAGES = []

PAGES.append(page("b6101-hagiang-tinhdoan-tongket-mhx-2011", """
TỈNH ĐOÀN HÀ GIANG - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ » Phong trào Đoàn » Tình nguyện
Thứ Ba, 23/08/2011 - 16:20
Ảnh: Các đội hình tình nguyện nhận cờ lưu niệm.
Hà Giang: Tổng kết chiến dịch thanh niên tình nguyện hè năm 2011
Chiều 22/8/2011, Ban Thường vụ Tỉnh đoàn Hà Giang tổ chức hội nghị tổng kết chiến dịch thanh niên tình nguyện hè năm 2011. Dự hội nghị có đồng chí Sùng Thị Mỷ, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Lò Văn Khiêm, Bí thư Tỉnh đoàn, Chỉ huy trưởng chiến dịch cùng 64 đồng chí là bí thư, phó bí thư các huyện đoàn, đoàn trực thuộc.
Thực hiện Kế hoạch số 52-KH/TĐTN ngày 12/5/2011 của Ban Thường vụ Tỉnh đoàn và Hướng dẫn 31, 32-HD/TWĐTN của Ban Bí thư Trung ương Đoàn, toàn tỉnh đã huy động 8.450 lượt đoàn viên, thanh niên tham gia chiến dịch với 112 đội hình tình nguyện. Các đội hình "Mùa hè xanh" của sinh viên Hà Giang học tại Hà Nội và Thái Nguyên đã về 17 xã vùng cao để mở lớp xóa mù chữ, dạy tiếng Việt cho trẻ em người Mông, người Dao trước khi vào lớp 1.
Kết quả, tuổi trẻ toàn tỉnh đã làm mới và tu sửa 46 km đường giao thông nông thôn, nạo vét 23 km kênh mương, xây dựng 9 công trình thanh niên; vận động được trên 1,2 tỷ đồng để tặng 2.300 suất quà cho trẻ em nghèo và làm 5 nhà nhân ái. Chương trình "Tiếp sức mùa thi" bố trí 38 điểm hỗ trợ, giúp gần 3.600 thí sinh và người nhà tìm chỗ trọ miễn phí.
Báo cáo do đồng chí Hoàng Thị Diện, Phó Bí thư Tỉnh đoàn trình bày cũng chỉ ra một số hạn chế: có nơi còn làm theo kiểu phong trào, chưa gắn hoạt động tình nguyện với nhu cầu thiết thực của thôn bản; kinh phí chủ yếu dựa vào xã hội hóa.
Tại hội nghị, đồng chí Vàng Seo Chứ, Bí thư Huyện đoàn Đồng Văn, chia sẻ cách vận động thanh niên người Mông góp ngày công làm đường lên thôn; đồng chí Giàng Thị Dính, Bí thư Đoàn xã Lũng Cú, kiến nghị tỉnh đoàn hỗ trợ thêm sách vở cho lớp học hè.
Phát biểu chỉ đạo, đồng chí Sùng Thị Mỷ ghi nhận kết quả đạt được, đề nghị các cấp bộ đoàn tiếp tục triển khai Chỉ thị số 17-CT/TU ngày 03/3/2011 của Ban Thường vụ Tỉnh ủy về tăng cường sự lãnh đạo của Đảng đối với công tác thanh niên, chú trọng công tác dân vận ở vùng đồng bào dân tộc thiểu số.
Nhiều đại biểu cho rằng cần gắn chiến dịch hè với việc giúp đồng bào phát triển kinh tế hộ gia đình, đưa thanh niên tham gia tổ hợp tác trồng chè Shan tuyết, nuôi bò vàng vùng cao; đồng thời tăng cường phối hợp với đồn biên phòng trong tuyên truyền pháp luật, phòng chống mua bán người ở các xã biên giới.
Dịp này, Ban Thường vụ Tỉnh đoàn tặng bằng khen cho 15 tập thể và 27 cá nhân có thành tích xuất sắc trong chiến dịch.
Minh Châu
Lượt xem: 1.204
Tin liên quan
- Mèo Vạc: ra quân "Mùa hè xanh" 2011 (02/7/2011)
- Tỉnh đoàn tổ chức "Tiếp sức mùa thi" tại thành phố Hà Giang (28/6/2011)
- 200 sinh viên tình nguyện về với vùng cao (15/6/2011)
""", "2011-08-23", "Hà Giang: Tổng kết chiến dịch thanh niên tình nguyện hè năm 2011",
E("tong_ket", "2011", "2011-08-22"),
[P("Sùng Thị Mỷ", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lò Văn Khiêm", "Bí thư Tỉnh đoàn", "Chỉ huy trưởng chiến dịch"),
 P("Hoàng Thị Diện", "Phó Bí thư Tỉnh đoàn"),
 P("Vàng Seo Chứ", "Bí thư Huyện đoàn Đồng Văn"),
 P("Giàng Thị Dính", "Bí thư Đoàn xã Lũng Cú")],
[Q("64 đồng chí", 64, "đồng chí"), Q("8.450 lượt đoàn viên, thanh niên", 8450, "lượt đoàn viên, thanh niên"),
 Q("112 đội hình tình nguyện", 112, "đội hình tình nguyện"), Q("17 xã vùng cao", 17, "xã vùng cao"),
 Q("46 km", 46, "km"), Q("23 km", 23, "km"), Q("9 công trình thanh niên", 9, "công trình thanh niên"),
 Q("trên 1,2 tỷ đồng", 1200000000, "đồng", "over"), Q("2.300 suất quà", 2300, "suất quà"),
 Q("5 nhà nhân ái", 5, "nhà nhân ái"), Q("38 điểm hỗ trợ", 38, "điểm hỗ trợ"),
 Q("gần 3.600 thí sinh và người nhà", 3600, "thí sinh và người nhà", "approx"),
 Q("15 tập thể", 15, "tập thể"), Q("27 cá nhân", 27, "cá nhân")],
[D("Kế hoạch", "52", "KH/TĐTN", "2011-05-12", "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 52-KH/TĐTN ngày 12/5/2011"),
 D("Hướng dẫn", "31", "HD/TWĐTN", None, "Ban Bí thư Trung ương Đoàn", "Hướng dẫn 31, 32-HD/TWĐTN"),
 D("Hướng dẫn", "32", "HD/TWĐTN", None, "Ban Bí thư Trung ương Đoàn", "Hướng dẫn 31, 32-HD/TWĐTN"),
 D("Chỉ thị", "17", "CT/TU", "2011-03-03", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 17-CT/TU ngày 03/3/2011")],
[prov("Hà Giang"), com("Lũng Cú")],
["TỈNH ĐOÀN HÀ GIANG - CỔNG THÔNG TIN ĐIỆN TỬ", "Trang chủ » Phong trào Đoàn » Tình nguyện",
 "Ảnh: Các đội hình tình nguyện nhận cờ lưu niệm.", "Mùa hè xanh", "Tiếp sức mùa thi", "Lượt xem: 1.204"],
["Thứ Ba, 23/08/2011 - 16:20", "64 đồng chí", "năm 2011", "lớp 1", "Lượt xem: 1.204"]))

PAGES.append(page("b6102-hue-raquan-tsmt-2012", """
Báo Thừa Thiên Huế Online
Xã hội | Giáo dục | Tuổi trẻ
Cập nhật: 08:30, 18/06/2012 (GMT+7)
Hơn 1.500 tình nguyện viên ra quân "Tiếp sức mùa thi"
Sáng 17/6, tại Trường Đại học Sư phạm Huế, Thành đoàn Huế phối hợp Hội Sinh viên Việt Nam tỉnh tổ chức lễ ra quân chương trình "Tiếp sức mùa thi" năm 2012 với sự tham gia của hơn 1.500 tình nguyện viên là sinh viên các trường đại học, cao đẳng trên địa bàn.
Toàn cảnh lễ ra quân. Ảnh: Hoàng Long
Dự lễ ra quân có các đồng chí: Hồ Văn Thành, Lê Thị Bích Ngọc - Phó Chủ tịch UBND tỉnh; đồng chí Trần Quang Vinh, UVBCH Trung ương Đoàn, Bí thư Tỉnh đoàn, Chủ tịch Hội LHTN Việt Nam tỉnh. Đồng chí Nguyễn Đức Hạnh, Phó Bí thư Thành đoàn, Chỉ huy trưởng chương trình "Tiếp sức mùa thi" thành phố, cho biết năm nay Thừa Thiên Huế có trên 22.000 thí sinh đăng ký dự thi vào Đại học Huế, trong đó khoảng 40% đến từ các tỉnh Quảng Trị, Quảng Bình, Quảng Nam.
Theo kế hoạch, Thành đoàn bố trí 26 điểm tiếp sức tại bến xe, nhà ga và các hội đồng thi; vận động 320 phòng trọ miễn phí, 9.000 suất cơm giá rẻ và 5.000 chai nước uống. Các đội hình sẽ trực từ 6 giờ sáng đến 22 giờ hằng ngày trong suốt các đợt thi. Mỗi tình nguyện viên được hỗ trợ 30.000 đồng tiền ăn mỗi ngày từ nguồn kinh phí của chương trình, tổng kinh phí dự kiến khoảng 180 triệu đồng.
Chương trình được triển khai theo Kế hoạch số 118-KH/TĐTN ngày 20/5/2012 của Ban Thường vụ Tỉnh đoàn và Công văn 245/UBND-GD của UBND tỉnh về việc hỗ trợ thí sinh dự thi đại học, cao đẳng năm 2012. Cùng với "Tiếp sức mùa thi", các đội hình sẽ tham gia "Ngày thứ bảy tình nguyện" và giữ gìn vệ sinh môi trường quanh các điểm thi.
Phát biểu tại lễ ra quân, đồng chí Lê Thị Bích Ngọc đề nghị các tình nguyện viên giữ thái độ văn minh, lịch sự, tuyệt đối không thu tiền của thí sinh; phối hợp với công an phường ngăn chặn tình trạng "cò" nhà trọ, chèn ép giá.
Em Phan Thị Thu, sinh viên Trường Đại học Khoa học Huế, cho biết đây là năm thứ hai em tham gia chương trình: "Năm trước em cũng là thí sinh được các anh chị đón ở bến xe phía Nam, nên năm nay em muốn tiếp sức lại cho các bạn".
Theo Ban Chỉ huy chương trình, năm nay lần đầu tiên các đội hình có thêm bộ phận tư vấn trực tuyến qua điện thoại và diễn đàn của Hội Sinh viên, giúp thí sinh ở xa tra cứu đường đi, giá phòng trọ và lịch thi trước khi lên Huế.
Ngay sau lễ ra quân, 30 đội hình đã về các điểm tiếp sức tại phường Phú Hội, phường Vĩnh Ninh và bến xe phía Bắc.
Hoàng Long
Tin khác
- Huế: chuẩn bị chu đáo cho kỳ thi tuyển sinh 2012 (15/06/2012)
- Sinh viên tình nguyện hè đến với A Lưới (10/06/2012)
- Tỉnh đoàn phát động tháng thanh niên (28/03/2012)
- Hội Sinh viên tỉnh tổng kết năm học (20/05/2012)
""", "2012-06-18", "Hơn 1.500 tình nguyện viên ra quân \"Tiếp sức mùa thi\"",
E("khac", None, "2012-06-17"),
[P("Hồ Văn Thành", "Phó Chủ tịch UBND tỉnh"),
 P("Lê Thị Bích Ngọc", "Phó Chủ tịch UBND tỉnh"),
 P("Trần Quang Vinh", "UVBCH Trung ương Đoàn", "Bí thư Tỉnh đoàn", "Chủ tịch Hội LHTN Việt Nam tỉnh"),
 P("Nguyễn Đức Hạnh", "Phó Bí thư Thành đoàn", "Chỉ huy trưởng chương trình \"Tiếp sức mùa thi\" thành phố"),
 P("Phan Thị Thu", "sinh viên Trường Đại học Khoa học Huế")],
[Q("Hơn 1.500 tình nguyện viên", 1500, "tình nguyện viên", "over"),
 Q("trên 22.000 thí sinh", 22000, "thí sinh", "over"), Q("khoảng 40%", 40, "%", "approx"),
 Q("26 điểm tiếp sức", 26, "điểm tiếp sức"), Q("320 phòng trọ", 320, "phòng trọ"),
 Q("9.000 suất cơm", 9000, "suất cơm"), Q("5.000 chai nước uống", 5000, "chai nước uống"),
 Q("30.000 đồng", 30000, "đồng"), Q("khoảng 180 triệu đồng", 180000000, "đồng", "approx"),
 Q("30 đội hình", 30, "đội hình")],
[D("Kế hoạch", "118", "KH/TĐTN", "2012-05-20", "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 118-KH/TĐTN ngày 20/5/2012"),
 D("Công văn", "245", "UBND-GD", None, "UBND tỉnh", "Công văn 245/UBND-GD")],
[prov("Thừa Thiên Huế"), prov("Quảng Trị"), prov("Quảng Bình"), prov("Quảng Nam"),
 com("Phú Hội"), com("Vĩnh Ninh")],
["Báo Thừa Thiên Huế Online", "Xã hội | Giáo dục | Tuổi trẻ", "Toàn cảnh lễ ra quân. Ảnh: Hoàng Long",
 "Tiếp sức mùa thi", "Ngày thứ bảy tình nguyện", "Trường Đại học Sư phạm Huế"],
["Cập nhật: 08:30, 18/06/2012 (GMT+7)", "năm 2012", "6 giờ", "22 giờ", "năm thứ hai"]))

PAGES.append(page("b6103-gialai-taphuan-mhx-2013", """
Báo Gia Lai điện tử
Bạn đang ở: Trang chủ > Xã hội > Đoàn - Hội
08:15 | 12/06/2013
Tập huấn kỹ năng cho 210 cán bộ đoàn trước chiến dịch "Mùa hè xanh"
Ngày 11/6, Tỉnh đoàn Gia Lai tổ chức lớp tập huấn kỹ năng công tác tình nguyện hè năm 2013 cho 210 cán bộ đoàn, chỉ huy các đội hình sinh viên tình nguyện và thanh niên tình nguyện các huyện, thị xã, thành phố.
Đồng chí Ksor Hnhu, Phó Bí thư Tỉnh đoàn phát biểu khai mạc lớp tập huấn.
Lớp tập huấn diễn ra trong 2 ngày với các chuyên đề: kỹ năng vận động quần chúng ở vùng đồng bào dân tộc thiểu số, sơ cấp cứu, phòng chống đuối nước, tổ chức sinh hoạt hè cho thiếu nhi và cách phối hợp với già làng, người có uy tín tại các làng. Báo cáo viên là đồng chí Rơ Châm H'Mlam, Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy, và đồng chí Nguyễn Văn Tường, Trưởng ban Tuyên giáo Tỉnh đoàn.
Theo đồng chí Ksor Hnhu, Phó Bí thư Tỉnh đoàn, Chỉ huy phó chiến dịch, hè năm nay tỉnh dự kiến có 42 đội hình với khoảng 1.300 tình nguyện viên về 36 xã đặc biệt khó khăn thuộc Chương trình 135. Các đội hình sẽ tập trung làm 15 km đường bê tông, sửa 20 phòng học, mở 60 lớp dạy chữ cho trẻ em người Jrai, Bahnar trước tuổi đến trường và tặng ít nhất 1.000 suất quà cho học sinh nghèo.
Chiến dịch được triển khai theo Kế hoạch số 76-KH/TĐTN ngày 20/5/2013 của Ban Thường vụ Tỉnh đoàn, bám sát Chương trình phối hợp số 04-CTr/BDVTU-TĐTN giữa Ban Dân vận Tỉnh ủy và Ban Thường vụ Tỉnh đoàn về công tác dân vận của đoàn viên, thanh niên vùng đồng bào dân tộc thiểu số giai đoạn 2012 - 2015.
Trong buổi thảo luận, anh Siu Thuấn, Bí thư Đoàn xã Ia Phang, kể lại kinh nghiệm vận động bà con làng Bi bỏ tục chôn chung, cùng đoàn viên góp 300 ngày công làm đường nội làng. Chị Rah Lan H'Bia, Bí thư Huyện đoàn Chư Păh, đề nghị tỉnh đoàn bổ sung nội dung tuyên truyền pháp luật bằng tiếng Jrai để đội hình dễ tiếp cận người dân.
Các học viên cũng được hướng dẫn cách ghi chép nhật ký chiến dịch, lập dự toán công trình, quản lý kinh phí xã hội hóa và viết tin bài phản ánh hoạt động tình nguyện trên trang tin của Tỉnh đoàn.
Bế mạc lớp tập huấn, đồng chí Đinh Hữu Thọ, Bí thư Tỉnh đoàn, yêu cầu các đội hình đến địa bàn trước ngày 1/7 để ra mắt cấp ủy, chính quyền và nhân dân, ở cùng nhà dân, không làm phiền dân; giữ nghiêm kỷ luật chiến dịch và an toàn tuyệt đối cho tình nguyện viên.
Văn Ngọc
Tin cùng chuyên mục
- Ia Grai: ra quân Tháng Thanh niên 2013 (26/3/2013)
- Tỉnh đoàn sơ kết công tác Đoàn 6 tháng đầu năm (30/5/2013)
- 500 suất học bổng cho học sinh dân tộc thiểu số (14/5/2013)
""", "2013-06-12", "Tập huấn kỹ năng cho 210 cán bộ đoàn trước chiến dịch \"Mùa hè xanh\"",
E("tap_huan", "2013", "2013-06-11"),
[P("Ksor Hnhu", "Phó Bí thư Tỉnh đoàn", "Chỉ huy phó chiến dịch"),
 P("Rơ Châm H'Mlam", "Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Tường", "Trưởng ban Tuyên giáo Tỉnh đoàn"),
 P("Siu Thuấn", "Bí thư Đoàn xã Ia Phang"),
 P("Rah Lan H'Bia", "Bí thư Huyện đoàn Chư Păh"),
 P("Đinh Hữu Thọ", "Bí thư Tỉnh đoàn")],
[Q("210 cán bộ đoàn", 210, "cán bộ đoàn"), Q("42 đội hình", 42, "đội hình"),
 Q("khoảng 1.300 tình nguyện viên", 1300, "tình nguyện viên", "approx"),
 Q("36 xã đặc biệt khó khăn", 36, "xã đặc biệt khó khăn"), Q("15 km", 15, "km"),
 Q("20 phòng học", 20, "phòng học"), Q("60 lớp dạy chữ", 60, "lớp dạy chữ"),
 Q("ít nhất 1.000 suất quà", 1000, "suất quà", "over"), Q("300 ngày công", 300, "ngày công")],
[D("Kế hoạch", "76", "KH/TĐTN", "2013-05-20", "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 76-KH/TĐTN ngày 20/5/2013"),
 D("Chương trình phối hợp", "04", "CTr/BDVTU-TĐTN", None, None, "Chương trình phối hợp số 04-CTr/BDVTU-TĐTN")],
[prov("Gia Lai"), com("Ia Phang")],
["Báo Gia Lai điện tử", "Bạn đang ở: Trang chủ > Xã hội > Đoàn - Hội",
 "Đồng chí Ksor Hnhu, Phó Bí thư Tỉnh đoàn phát biểu khai mạc lớp tập huấn.", "Mùa hè xanh", "Chương trình 135"],
["08:15 | 12/06/2013", "năm 2013", "2 ngày", "Chương trình 135", "2012 - 2015", "1/7"]))

PAGES.append(page("b6104-soctrang-huyendoan-soket-2014", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TRẦN ĐỀ - TỈNH SÓC TRĂNG
Tin tức - Sự kiện / Đoàn thể
17/07/2014 - 10:05
Huyện đoàn Trần Đề sơ kết công tác Đoàn 6 tháng đầu năm 2014
Sáng ngày 16/7/2014, Ban Chấp hành Huyện đoàn Trần Đề tổ chức hội nghị sơ kết công tác Đoàn và phong trào thanh thiếu nhi 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2014, trong đó trọng tâm là chiến dịch thanh niên tình nguyện hè. Chủ trì hội nghị có đồng chí Thạch Sô Phol, HUV, Bí thư Huyện đoàn.
Đồng chí Thạch Sô Phol phát biểu tại hội nghị. (Ảnh: Kim Ngân)
Dự hội nghị có đồng chí Lâm Thị Sa Ri, Phó Trưởng Ban Dân vận Huyện ủy; đồng chí Trần Văn Kha, Phó Bí thư Tỉnh đoàn Sóc Trăng và 37 đồng chí là bí thư đoàn các xã, thị trấn, đoàn cơ sở trực thuộc.
Theo báo cáo, 6 tháng qua Huyện đoàn đã kết nạp 265 đoàn viên mới, đạt 132% chỉ tiêu; tổ chức 14 buổi tuyên truyền Luật Thanh niên và Nghị quyết số 45-NQ/TW của Bộ Chính trị cho hơn 1.800 lượt đoàn viên, thanh niên. Thực hiện Kế hoạch số 21-KH/HĐTN của Ban Thường vụ Huyện đoàn, các cơ sở đoàn đã ra mắt 6 tổ hợp tác thanh niên, giúp 48 thanh niên vay vốn với tổng số tiền 1,45 tỷ đồng từ Ngân hàng Chính sách xã hội.
Chiến dịch "Mùa hè xanh" năm 2014 của huyện đã ra quân từ ngày 1/7 với 9 đội hình, 420 chiến sĩ tình nguyện. Sau hơn 2 tuần, các đội hình đã bê tông hóa 1,8 km đường nông thôn, xây 2 cây cầu khỉ thành cầu bê tông, tặng 150 phần quà Tết và học phẩm cho học sinh Khmer nghèo và mở 12 lớp dạy chữ Khmer hè tại các chùa.
Bên cạnh kết quả đạt được, hội nghị cũng thẳng thắn chỉ ra hạn chế: sinh hoạt chi đoàn ở một số ấp chưa đều, nội dung chưa hấp dẫn; việc nắm tình hình thanh niên đi lao động ở Thành phố Hồ Chí Minh và Bình Dương còn lúng túng; công tác phối hợp với các chùa Phật giáo Nam tông Khmer trong giáo dục đạo đức cho thanh thiếu niên chưa thường xuyên.
Tại hội nghị, đồng chí Sơn Thị Chanh Đa, Bí thư Đoàn xã Lịch Hội Thượng, nêu khó khăn khi tập hợp thanh niên đi làm ăn xa; đồng chí Danh Hoàng Phúc, Bí thư Đoàn thị trấn Trần Đề, đề xuất thành lập thêm câu lạc bộ thanh niên với pháp luật tại các ấp ven biển. Đại đức Thạch Sa Rây, trụ trì chùa Tum Núp, cho biết nhà chùa sẵn sàng cho mượn phòng học và hỗ trợ 20 triệu đồng tiền ăn cho đội hình.
Phát biểu kết luận, đồng chí Thạch Sô Phol đề nghị 6 tháng cuối năm các cơ sở đoàn tiếp tục thực hiện Chỉ thị 11, 12-CT/HU của Ban Thường vụ Huyện ủy về công tác thanh niên vùng đồng bào Khmer và phòng chống ma túy; bảo đảm 100% xã có đội hình tình nguyện hè.
Kim Ngân
Tin liên quan
- Ra quân chiến dịch "Mùa hè xanh" năm 2014 (01/7/2014)
- Trần Đề: trao 50 suất học bổng cho học sinh nghèo (20/6/2014)
- Huyện đoàn tổ chức Ngày hội thanh niên với pháp luật (12/5/2014)
""", "2014-07-17", "Huyện đoàn Trần Đề sơ kết công tác Đoàn 6 tháng đầu năm 2014",
E("so_ket", "2014-H1", "2014-07-16"),
[P("Thạch Sô Phol", "HUV", "Bí thư Huyện đoàn"),
 P("Lâm Thị Sa Ri", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Trần Văn Kha", "Phó Bí thư Tỉnh đoàn Sóc Trăng"),
 P("Sơn Thị Chanh Đa", "Bí thư Đoàn xã Lịch Hội Thượng"),
 P("Danh Hoàng Phúc", "Bí thư Đoàn thị trấn Trần Đề"),
 P("Thạch Sa Rây", "Đại đức", "trụ trì chùa Tum Núp")],
[Q("37 đồng chí", 37, "đồng chí"), Q("265 đoàn viên mới", 265, "đoàn viên mới"), Q("132%", 132, "%"),
 Q("14 buổi tuyên truyền", 14, "buổi tuyên truyền"),
 Q("hơn 1.800 lượt đoàn viên, thanh niên", 1800, "lượt đoàn viên, thanh niên", "over"),
 Q("6 tổ hợp tác thanh niên", 6, "tổ hợp tác thanh niên"), Q("48 thanh niên", 48, "thanh niên"),
 Q("1,45 tỷ đồng", 1450000000, "đồng"), Q("9 đội hình", 9, "đội hình"),
 Q("420 chiến sĩ tình nguyện", 420, "chiến sĩ tình nguyện"), Q("1,8 km", 1.8, "km"),
 Q("2 cây cầu khỉ", 2, "cây cầu khỉ"), Q("150 phần quà", 150, "phần quà"),
 Q("12 lớp dạy chữ Khmer hè", 12, "lớp dạy chữ Khmer hè"), Q("20 triệu đồng", 20000000, "đồng"),
 Q("100% xã", 100, "%")],
[D("Nghị quyết", "45", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 45-NQ/TW"),
 D("Kế hoạch", "21", "KH/HĐTN", None, "Ban Thường vụ Huyện đoàn", "Kế hoạch số 21-KH/HĐTN"),
 D("Chỉ thị", "11", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 11, 12-CT/HU"),
 D("Chỉ thị", "12", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 11, 12-CT/HU")],
[prov("Sóc Trăng"), prov("Hồ Chí Minh"), prov("Bình Dương"), com("Lịch Hội Thượng"), com("Trần Đề")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TRẦN ĐỀ - TỈNH SÓC TRĂNG", "Tin tức - Sự kiện / Đoàn thể",
 "Đồng chí Thạch Sô Phol phát biểu tại hội nghị. (Ảnh: Kim Ngân)", "Mùa hè xanh", "Luật Thanh niên"],
["17/07/2014 - 10:05", "37 đồng chí", "6 tháng đầu năm", "6 tháng cuối năm 2014", "hơn 2 tuần", "1/7"]))

PAGES.append(page("b6105-namdinh-xa-traoqua-2015", """
Trang thông tin điện tử xã Hải Châu - huyện Hải Hậu - tỉnh Nam Định
Trang chủ | Giới thiệu | Tin tức | Văn bản
Ngày đăng 06/08/2015 | 16:20
Lượt truy cập: 45.318
Đoàn xã trao 80 suất quà cho học sinh nghèo vượt khó dịp hè
Chiều 5/8, Ban Chấp hành Đoàn xã Hải Châu phối hợp với đội hình sinh viên tình nguyện "Mùa hè xanh" Trường Đại học Nông nghiệp Hà Nội tổ chức trao 80 suất quà cho học sinh nghèo vượt khó trên địa bàn xã. Mỗi suất quà gồm 10 quyển vở, bộ đồ dùng học tập và 200.000 đồng tiền mặt, tổng trị giá hơn 32 triệu đồng.
Tới dự và trao quà có các đồng chí: Vũ Văn Tiến, Bí thư Đảng ủy, Chủ tịch HĐND xã; đồng chí Trần Thị Hoa, Phó Bí thư Huyện đoàn Hải Hậu; các đồng chí Đoàn Văn Lực, Phạm Thị Nhung - Phó Chủ tịch UBND xã.
Các em học sinh nhận quà từ đội hình tình nguyện.
Theo đồng chí Mai Thị Thanh, Bí thư Đoàn xã Hải Châu, trong 3 tuần triển khai chiến dịch, 45 sinh viên tình nguyện cùng 120 đoàn viên của xã đã làm 3 tuyến đường hoa dài 2,5 km, sơn sửa 4 nhà văn hóa xóm, dọn vệ sinh bãi biển và mở 5 lớp ôn tập hè miễn phí cho khoảng 200 em học sinh tiểu học. Đoàn xã cũng phối hợp Hội Nông dân xã tập huấn kỹ thuật nuôi ngao cho 60 hộ nuôi trồng thủy sản.
Trong số học sinh nhận quà năm nay có 12 em là con của hộ nghèo, 9 em mồ côi cha hoặc mẹ. Em Trần Văn Nam, học sinh lớp 8 Trường THCS Hải Châu, xúc động: "Em sẽ cố gắng học tốt để không phụ lòng các anh chị".
Hoạt động được tổ chức theo Kế hoạch số 09-KH/ĐTN ngày 15/6/2015 của Ban Chấp hành Đoàn xã về triển khai chiến dịch thanh niên tình nguyện hè năm 2015 và Hướng dẫn số 14-HD/HĐTN của Ban Thường vụ Huyện đoàn Hải Hậu. Kinh phí do các doanh nghiệp, nhà hảo tâm là con em quê hương và Hội Khuyến học xã đóng góp.
Phát biểu tại buổi trao quà, đồng chí Vũ Văn Tiến đánh giá cao sự nhiệt tình của các tình nguyện viên, đề nghị Đoàn xã duy trì mô hình "Áo ấm cho em" và "Thắp sáng đường quê" sau chiến dịch, tiếp tục vận động để năm sau nâng số suất quà lên ít nhất 100 suất.
Anh Lê Minh Quân, Đội trưởng đội hình sinh viên tình nguyện, cho biết đây là năm thứ hai trường chọn Hải Châu làm địa bàn chiến dịch. Ngoài phần việc chung, các sinh viên còn hướng dẫn bà con ghi chép sổ sách chăn nuôi, lập kế hoạch sản xuất và sử dụng chế phẩm sinh học xử lý chất thải chuồng trại.
Trước đó, chiều 3/8, đội hình tình nguyện đã phối hợp Trạm y tế xã khám bệnh, cấp thuốc miễn phí cho 150 người cao tuổi, trong đó có 35 người là thân nhân liệt sĩ.
Đoàn xã Hải Châu
Tin khác
- Hải Châu: ra quân làm đường giao thông nội đồng (20/7/2015)
- Hội Phụ nữ xã tổ chức ngày hội gia đình (28/6/2015)
- Xã Hải Châu đón đoàn sinh viên tình nguyện (12/7/2015)
- Lịch tiếp công dân tháng 8/2015 (01/8/2015)
""", "2015-08-06", "Đoàn xã trao 80 suất quà cho học sinh nghèo vượt khó dịp hè",
E("trao_qua", None, "2015-08-05"),
[P("Vũ Văn Tiến", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Trần Thị Hoa", "Phó Bí thư Huyện đoàn Hải Hậu"),
 P("Đoàn Văn Lực", "Phó Chủ tịch UBND xã"),
 P("Phạm Thị Nhung", "Phó Chủ tịch UBND xã"),
 P("Mai Thị Thanh", "Bí thư Đoàn xã Hải Châu"),
 P("Trần Văn Nam", "học sinh lớp 8 Trường THCS Hải Châu"),
 P("Lê Minh Quân", "Đội trưởng đội hình sinh viên tình nguyện")],
[Q("80 suất quà", 80, "suất quà"), Q("10 quyển vở", 10, "quyển vở"), Q("200.000 đồng", 200000, "đồng"),
 Q("hơn 32 triệu đồng", 32000000, "đồng", "over"), Q("45 sinh viên tình nguyện", 45, "sinh viên tình nguyện"),
 Q("120 đoàn viên", 120, "đoàn viên"), Q("3 tuyến đường hoa", 3, "tuyến đường hoa"), Q("2,5 km", 2.5, "km"),
 Q("4 nhà văn hóa xóm", 4, "nhà văn hóa xóm"), Q("5 lớp ôn tập hè", 5, "lớp ôn tập hè"),
 Q("khoảng 200 em học sinh tiểu học", 200, "em học sinh tiểu học", "approx"),
 Q("60 hộ nuôi trồng thủy sản", 60, "hộ nuôi trồng thủy sản"),
 Q("12 em", 12, "em"), Q("9 em", 9, "em"), Q("ít nhất 100 suất", 100, "suất", "over"),
 Q("150 người cao tuổi", 150, "người cao tuổi"), Q("35 người", 35, "người")],
[D("Kế hoạch", "09", "KH/ĐTN", "2015-06-15", "Ban Chấp hành Đoàn xã", "Kế hoạch số 09-KH/ĐTN ngày 15/6/2015"),
 D("Hướng dẫn", "14", "HD/HĐTN", None, "Ban Thường vụ Huyện đoàn Hải Hậu", "Hướng dẫn số 14-HD/HĐTN")],
[prov("Nam Định"), com("Hải Châu")],
["Trang thông tin điện tử xã Hải Châu - huyện Hải Hậu - tỉnh Nam Định", "Trang chủ | Giới thiệu | Tin tức | Văn bản",
 "Lượt truy cập: 45.318", "Các em học sinh nhận quà từ đội hình tình nguyện.", "Mùa hè xanh", "Áo ấm cho em",
 "Thắp sáng đường quê", "Trường Đại học Nông nghiệp Hà Nội"],
["Ngày đăng 06/08/2015 | 16:20", "Lượt truy cập: 45.318", "3 tuần", "lớp 8", "năm 2015", "năm thứ hai"]))

PAGES.append(page("b6106-daklak-giaoban-q3-2016", """
TỈNH ĐOÀN ĐẮK LẮK
Vị trí: Trang chủ :: Hoạt động Đoàn :: Tin tỉnh đoàn
Hôm nay: Thứ Hai, 10/10/2016
Giao ban công tác Đoàn quý III/2016: tình nguyện hè để lại nhiều dấu ấn
Đăng lúc: 07/10/2016 09:30
Ngày 6/10/2016, Ban Thường vụ Tỉnh đoàn Đắk Lắk tổ chức hội nghị giao ban công tác Đoàn và phong trào thanh thiếu nhi quý III, triển khai nhiệm vụ quý IV/2016. Đồng chí Y Nhuệ Byă, Ủy viên Ban Chấp hành Trung ương Đoàn, Bí thư Tỉnh đoàn chủ trì. Tham dự có các đồng chí Phó Bí thư Tỉnh đoàn: Nguyễn Thị Hằng, H'Bloan Êban và bí thư 15 huyện, thị, thành đoàn.
Theo báo cáo, trong quý III, trọng tâm là chiến dịch thanh niên tình nguyện hè năm 2016 với 185 đội hình, 6.740 đoàn viên, thanh niên tham gia. Các đội hình đã làm mới 21 km đường giao thông, xây 14 cầu dân sinh, trồng 11.500 cây xanh, sửa chữa 38 phòng học; thực hiện các công trình, phần việc có tổng giá trị trên 4,3 tỷ đồng. Chương trình "Tiếp sức mùa thi" hỗ trợ gần 9.000 lượt thí sinh tại 24 điểm thi trên địa bàn thành phố Buôn Ma Thuột.
Ảnh: Đồng chí Y Nhuệ Byă phát biểu kết luận.
Các cơ sở đoàn cũng tổ chức "Kỳ nghỉ hồng" cho 320 cán bộ, đoàn viên về với 8 buôn đồng bào Êđê, Mnông; phối hợp Bộ Chỉ huy Quân sự tỉnh đón 45 chiến sĩ "Học kỳ quân đội". Công tác phát triển đảng trong đoàn viên tiếp tục được quan tâm: trong quý, có 136 đoàn viên ưu tú được giới thiệu cho Đảng xem xét kết nạp.
Tại hội nghị, đồng chí Y Khương Niê, Bí thư Huyện đoàn Lắk, cho biết đội hình "Mùa hè xanh" của huyện đã giúp buôn Jun xây 2 bể nước sạch; đồng chí Ama Thuyên, Bí thư Đoàn xã Ea Tul, phản ánh tình trạng thanh niên bỏ sinh hoạt do đi làm rẫy xa.
Kết luận hội nghị, đồng chí Y Nhuệ Byă yêu cầu quý IV tập trung tổng kết chiến dịch hè theo Hướng dẫn số 105-HD/TĐTN ngày 25/8/2016 của Ban Thường vụ Tỉnh đoàn; tiếp tục thực hiện Nghị quyết số 04-NQ/TU ngày 20/7/2016 của Tỉnh ủy về công tác thanh niên giai đoạn 2016 - 2020 và Quyết định số 2474/QĐ-TTg của Thủ tướng Chính phủ về Chiến lược phát triển thanh niên; chuẩn bị chu đáo cho Đại hội Hội LHTN Việt Nam tỉnh lần thứ VII.
Các đại biểu cũng thảo luận về những hạn chế: một số đội hình chưa chủ động khảo sát địa bàn, công trình còn dàn trải; việc huy động nguồn lực xã hội hóa ở các huyện phía nam tỉnh gặp khó khăn; công tác truyền thông về chiến dịch trên mạng xã hội chưa được đầu tư tương xứng với kết quả đạt được.
Hội nghị cũng công bố quyết định khen thưởng cho 9 tập thể, 14 cá nhân có thành tích xuất sắc trong chiến dịch hè.
Thu Hà - Văn phòng Tỉnh đoàn
Xem thêm
- Ra quân "Tiếp sức mùa thi" năm 2016 (28/6/2016)
- Tỉnh đoàn tổng kết Tháng Thanh niên 2016 (05/4/2016)
- Trao 200 xe đạp cho học sinh nghèo (20/9/2016)
""", "2016-10-07", "Giao ban công tác Đoàn quý III/2016: tình nguyện hè để lại nhiều dấu ấn",
E("giao_ban", "2016-Q3", "2016-10-06"),
[P("Y Nhuệ Byă", "Ủy viên Ban Chấp hành Trung ương Đoàn", "Bí thư Tỉnh đoàn"),
 P("Nguyễn Thị Hằng", "Phó Bí thư Tỉnh đoàn"),
 P("H'Bloan Êban", "Phó Bí thư Tỉnh đoàn"),
 P("Y Khương Niê", "Bí thư Huyện đoàn Lắk"),
 P("Ama Thuyên", "Bí thư Đoàn xã Ea Tul")],
[Q("15 huyện, thị, thành đoàn", 15, "huyện, thị, thành đoàn"), Q("185 đội hình", 185, "đội hình"),
 Q("6.740 đoàn viên, thanh niên", 6740, "đoàn viên, thanh niên"), Q("21 km", 21, "km"),
 Q("14 cầu dân sinh", 14, "cầu dân sinh"), Q("11.500 cây xanh", 11500, "cây xanh"),
 Q("38 phòng học", 38, "phòng học"), Q("trên 4,3 tỷ đồng", 4300000000, "đồng", "over"),
 Q("gần 9.000 lượt thí sinh", 9000, "lượt thí sinh", "approx"), Q("24 điểm thi", 24, "điểm thi"),
 Q("320 cán bộ, đoàn viên", 320, "cán bộ, đoàn viên"), Q("8 buôn", 8, "buôn"),
 Q("45 chiến sĩ", 45, "chiến sĩ"), Q("136 đoàn viên ưu tú", 136, "đoàn viên ưu tú"),
 Q("2 bể nước sạch", 2, "bể nước sạch"), Q("9 tập thể", 9, "tập thể"), Q("14 cá nhân", 14, "cá nhân")],
[D("Hướng dẫn", "105", "HD/TĐTN", "2016-08-25", "Ban Thường vụ Tỉnh đoàn", "Hướng dẫn số 105-HD/TĐTN ngày 25/8/2016"),
 D("Nghị quyết", "04", "NQ/TU", "2016-07-20", "Tỉnh ủy", "Nghị quyết số 04-NQ/TU ngày 20/7/2016"),
 D("Quyết định", "2474", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 2474/QĐ-TTg")],
[prov("Đắk Lắk"), com("Ea Tul")],
["TỈNH ĐOÀN ĐẮK LẮK", "Vị trí: Trang chủ :: Hoạt động Đoàn :: Tin tỉnh đoàn", "Hôm nay: Thứ Hai, 10/10/2016",
 "Ảnh: Đồng chí Y Nhuệ Byă phát biểu kết luận.", "Tiếp sức mùa thi", "Kỳ nghỉ hồng", "Mùa hè xanh",
 "Học kỳ quân đội"],
["Hôm nay: Thứ Hai, 10/10/2016", "quý IV/2016", "năm 2016", "2016 - 2020", "lần thứ VII"]))
