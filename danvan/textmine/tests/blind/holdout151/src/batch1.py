from lib import *
PAGES = []

PAGES.append(page("b3581-thainguyen-tinhdoan-tongket-2011", """
TỈNH ĐOÀN THÁI NGUYÊN - ĐOÀN TNCS HỒ CHÍ MINH
Trang chủ » Tin tức » Hoạt động Đoàn
Thứ Năm, 22/12/2011 - 16:30
Ảnh: Quang cảnh hội nghị tổng kết.
Tỉnh đoàn Thái Nguyên tổng kết công tác Đoàn năm 2011
Ngày 21/12/2011, Ban Chấp hành Tỉnh đoàn Thái Nguyên tổ chức hội nghị tổng kết công tác Đoàn và phong trào thanh thiếu nhi năm 2011, triển khai chương trình công tác năm 2012. Đồng chí Ma Thị Nguyệt, Tỉnh ủy viên, Bí thư Tỉnh đoàn chủ trì hội nghị. Dự hội nghị có 86 đồng chí là ủy viên Ban Chấp hành Tỉnh đoàn, bí thư các huyện đoàn, thành đoàn, thị đoàn và đoàn trực thuộc.
Báo cáo do đồng chí Dương Văn Khải, Phó Bí thư Tỉnh đoàn trình bày cho biết, năm 2011 các cấp bộ Đoàn đã tổ chức học tập, quán triệt Nghị quyết số 25-NQ/TW ngày 25/7/2008 của Ban Chấp hành Trung ương về tăng cường sự lãnh đạo của Đảng đối với công tác thanh niên; Ban Thường vụ Tỉnh đoàn ban hành Kế hoạch 45, 46-KH/TĐTN về Tháng Thanh niên và chiến dịch thanh niên tình nguyện hè.
Trong Tháng Thanh niên, toàn tỉnh thực hiện 1.245 công trình, phần việc thanh niên, tổng trị giá trên 18 tỷ đồng; tu sửa gần 42 km đường giao thông nông thôn, trồng 35.000 cây xanh. Các cơ sở Đoàn kết nạp 6.820 đoàn viên mới; giới thiệu 1.134 đoàn viên ưu tú cho Đảng xem xét, trong đó 712 đồng chí đã được kết nạp. Tỷ lệ chi đoàn nông thôn xếp loại vững mạnh đạt 87,5%.
Ông Hoàng Văn Lự, Bí thư Đoàn xã Phú Thượng, huyện Võ Nhai chia sẻ cách vận động đoàn viên người Dao, người Tày tham gia làm đường bê tông: "Mỗi chi đoàn nhận một đoạn, thanh niên góp công, bà con góp vật liệu". Chị Lăng Thị Hòa, Bí thư Chi đoàn xóm Khuôn Ngục, kể về mô hình chi đoàn nuôi lợn rừng giúp 9 đoàn viên thoát nghèo.
Phát biểu chỉ đạo, đồng chí Trần Quốc Hải, Phó Trưởng Ban Dân vận Tỉnh ủy ghi nhận kết quả và đề nghị năm 2012 Tỉnh đoàn tiếp tục thực hiện cuộc vận động "Học tập và làm theo tấm gương đạo đức Hồ Chí Minh", chú trọng hỗ trợ thanh niên lập nghiệp, giải quyết việc làm.
Dịp này, Ban Chấp hành Tỉnh đoàn tặng bằng khen cho 25 tập thể và 40 cá nhân có thành tích xuất sắc. Đồng chí Nông Thị Thu, Chánh Văn phòng Tỉnh đoàn công bố quyết định khen thưởng.
Hội nghị thống nhất nhận định: bên cạnh kết quả đạt được, việc nắm tình hình thanh niên ở một số xã vùng cao còn chậm; nội dung sinh hoạt chi đoàn chưa hấp dẫn, chưa thu hút thanh niên đi làm ăn xa; việc hỗ trợ thanh niên tiếp cận vốn vay còn lúng túng.
Thu Hằng
Lượt xem: 1.032
Tin liên quan
- Đại Từ ra quân chiến dịch thanh niên tình nguyện hè năm 2011 (02/07/2011)
- Tỉnh đoàn tổ chức Ngày hội thanh niên với biển đảo quê hương (15/05/2011)
- 300 đoàn viên tham gia hiến máu tình nguyện (12/04/2011)
- Khánh thành công trình thanh niên cầu treo xóm Nà Mòn (28/03/2011)
- Phú Lương: tuyên dương 50 đội viên tiêu biểu (20/02/2011)
""", "2011-12-22", "Tỉnh đoàn Thái Nguyên tổng kết công tác Đoàn năm 2011",
E("tong_ket", "2011", "2011-12-21"),
[P("Ma Thị Nguyệt", "Tỉnh ủy viên", "Bí thư Tỉnh đoàn"),
 P("Dương Văn Khải", "Phó Bí thư Tỉnh đoàn"),
 P("Hoàng Văn Lự", "Bí thư Đoàn xã Phú Thượng"),
 P("Lăng Thị Hòa", "Bí thư Chi đoàn xóm Khuôn Ngục"),
 P("Trần Quốc Hải", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nông Thị Thu", "Chánh Văn phòng Tỉnh đoàn")],
[Q("86 đồng chí", 86, "đồng chí"), Q("1.245 công trình, phần việc thanh niên", 1245, "công trình, phần việc thanh niên"),
 Q("trên 18 tỷ đồng", 18000000000, "đồng", "over"), Q("gần 42 km", 42, "km", "approx"),
 Q("35.000 cây xanh", 35000, "cây xanh"), Q("6.820 đoàn viên mới", 6820, "đoàn viên mới"),
 Q("1.134 đoàn viên ưu tú", 1134, "đoàn viên ưu tú"), Q("712 đồng chí", 712, "đồng chí"),
 Q("87,5%", 87.5, "%"), Q("9 đoàn viên", 9, "đoàn viên"), Q("25 tập thể", 25, "tập thể"), Q("40 cá nhân", 40, "cá nhân")],
[D("Nghị quyết", "25", "NQ/TW", "2008-07-25", "Ban Chấp hành Trung ương", "Nghị quyết số 25-NQ/TW ngày 25/7/2008"),
 D("Kế hoạch", "45", "KH/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "Kế hoạch 45, 46-KH/TĐTN"),
 D("Kế hoạch", "46", "KH/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "Kế hoạch 45, 46-KH/TĐTN")],
[prov("Thái Nguyên"), com("Phú Thượng")],
["TỈNH ĐOÀN THÁI NGUYÊN - ĐOÀN TNCS HỒ CHÍ MINH", "Trang chủ » Tin tức » Hoạt động Đoàn", "Ảnh: Quang cảnh hội nghị tổng kết.",
 "Tháng Thanh niên", "Học tập và làm theo tấm gương đạo đức Hồ Chí Minh", "Lượt xem: 1.032"],
["Thứ Năm, 22/12/2011 - 16:30", "86 đồng chí", "712 đồng chí", "năm 2011", "năm 2012", "Lượt xem: 1.032"]))

PAGES.append(page("b3582-quangtri-doanxa-daihoi-2012", """
Cổng thông tin điện tử huyện Hướng Hóa - tỉnh Quảng Trị
Trang chủ > Tin tức - Sự kiện > Đoàn thể
Cập nhật: 08:40, 16/04/2012 (GMT+7)
Đại hội Đoàn xã Hướng Phùng lần thứ VIII thành công tốt đẹp
Ngày 14/4, Đoàn TNCS Hồ Chí Minh xã Hướng Phùng tổ chức Đại hội đại biểu lần thứ VIII, nhiệm kỳ 2012 - 2017. Về dự có đồng chí Lê Thị Hương, Phó Bí thư Huyện đoàn Hướng Hóa; đồng chí Hồ Văn Pả, Bí thư Đảng ủy, Chủ tịch HĐND xã cùng 95 đại biểu đại diện cho hơn 620 đoàn viên thanh niên trong toàn xã.
Đại biểu dự Đại hội biểu quyết thông qua chương trình làm việc.
Nhiệm kỳ qua, Đoàn xã đã thực hiện 14 công trình thanh niên như làm mới 3,5 km đường vào khu sản xuất, sửa 2 lớp học cắm bản; phối hợp Ngân hàng Chính sách xã hội huyện giải ngân khoảng 1,2 tỷ đồng cho 48 hộ thanh niên vay vốn phát triển chăn nuôi, trồng cà phê. Đoàn xã kết nạp 214 đoàn viên mới, giới thiệu 26 đoàn viên ưu tú để Đảng xem xét kết nạp. Các chi đoàn thôn duy trì đội văn nghệ dân tộc Vân Kiều, Pa Kô; xây dựng 4 tủ sách thanh niên.
Đại hội đề ra mục tiêu nhiệm kỳ 2012 - 2017: mỗi năm kết nạp ít nhất 40 đoàn viên mới, 100% chi đoàn có công trình thanh niên, phấn đấu không dưới 70% đoàn viên được học tập Nghị quyết 25-NQ/TW.
Đại hội đã bầu Ban Chấp hành Đoàn xã khóa mới gồm 15 đồng chí. Đồng chí Hồ Thị Xuân được bầu giữ chức Bí thư Đoàn xã nhiệm kỳ 2012 - 2017; các đồng chí Phó Bí thư Đoàn xã: Pả Lý, Hồ Văn Tiêu. Đồng chí Hồ Thị Xuân cho biết sẽ tập trung vận động thanh niên bỏ tảo hôn, giữ gìn tiếng nói, trang phục của đồng bào. Phát biểu tại đại hội, đồng chí Hồ Văn Pả đề nghị Ban Chấp hành khóa mới gắn công tác Đoàn với chương trình xây dựng nông thôn mới của xã.
Dịp này, Huyện đoàn tặng giấy khen cho 3 chi đoàn và 7 đoàn viên có nhiều đóng góp trong nhiệm kỳ. Đại hội cũng bầu 5 đại biểu đi dự Đại hội Đoàn huyện.
Nhiều đại biểu thẳng thắn chỉ ra hạn chế: một số chi đoàn thôn sinh hoạt chưa đều, thanh niên đi làm thuê ở xa nhiều nên khó tập trung; việc tuyên truyền phòng chống tảo hôn, hôn nhân cận huyết thống ở vài bản còn hình thức. Đại hội thống nhất giao Ban Chấp hành khóa mới xây dựng quy chế làm việc, phân công ủy viên phụ trách từng chi đoàn, bám thôn, bám bản, lắng nghe tâm tư của đoàn viên.
Trần Hoài
Số lượt xem: 412
Tin khác
- Đại hội Đoàn xã Tân Hợp nhiệm kỳ 2012 - 2017 (10/04/2012)
- Hướng Hóa: ra quân Tháng Thanh niên năm 2012 (05/03/2012)
- Khe Sanh trao 120 suất quà cho học sinh nghèo (20/01/2012)
- Chi đoàn thôn Cợp làm đường tránh lũ (12/12/2011)
- Hướng Hóa tập huấn nghiệp vụ cho bí thư chi đoàn thôn (28/11/2011)
- Thanh niên Lao Bảo giúp dân thu hoạch cà phê (15/11/2011)
© Cổng thông tin điện tử huyện Hướng Hóa. Ghi rõ nguồn khi phát hành lại thông tin từ website này.
""", "2012-04-16", "Đại hội Đoàn xã Hướng Phùng lần thứ VIII thành công tốt đẹp",
E("dai_hoi", None, "2012-04-14"),
[P("Lê Thị Hương", "Phó Bí thư Huyện đoàn Hướng Hóa"),
 P("Hồ Văn Pả", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Hồ Thị Xuân", "Bí thư Đoàn xã nhiệm kỳ 2012 - 2017"),
 P("Pả Lý", "Phó Bí thư Đoàn xã"), P("Hồ Văn Tiêu", "Phó Bí thư Đoàn xã")],
[Q("95 đại biểu", 95, "đại biểu"), Q("hơn 620 đoàn viên thanh niên", 620, "đoàn viên thanh niên", "over"),
 Q("14 công trình thanh niên", 14, "công trình thanh niên"), Q("3,5 km", 3.5, "km"), Q("2 lớp học cắm bản", 2, "lớp học cắm bản"),
 Q("khoảng 1,2 tỷ đồng", 1200000000, "đồng", "approx"), Q("48 hộ thanh niên", 48, "hộ thanh niên"), Q("214 đoàn viên mới", 214, "đoàn viên mới"),
 Q("26 đoàn viên ưu tú", 26, "đoàn viên ưu tú"), Q("4 tủ sách thanh niên", 4, "tủ sách thanh niên"),
 Q("ít nhất 40 đoàn viên mới", 40, "đoàn viên mới", "over"), Q("100%", 100, "%"), Q("không dưới 70%", 70, "%", "over"),
 Q("15 đồng chí", 15, "đồng chí"), Q("3 chi đoàn", 3, "chi đoàn"), Q("7 đoàn viên", 7, "đoàn viên"), Q("5 đại biểu", 5, "đại biểu")],
[D("Nghị quyết", "25", "NQ/TW", None, None, "Nghị quyết 25-NQ/TW")],
[prov("Quảng Trị"), com("Hướng Phùng")],
["Cổng thông tin điện tử huyện Hướng Hóa - tỉnh Quảng Trị", "Trang chủ > Tin tức - Sự kiện > Đoàn thể",
 "Đại biểu dự Đại hội biểu quyết thông qua chương trình làm việc.", "Số lượt xem: 412", "Vân Kiều, Pa Kô"],
["Cập nhật: 08:40, 16/04/2012 (GMT+7)", "lần thứ VIII", "nhiệm kỳ 2012 - 2017", "15 đồng chí", "Số lượt xem: 412"]))

PAGES.append(page("b3583-daklak-tinhdoan-rquan-thangthanhnien-2013", """
ĐOÀN TNCS HỒ CHÍ MINH TỈNH ĐẮK LẮK
Bạn đang ở: Trang chủ / Phong trào / Thanh niên tình nguyện
05-03-2013 09:15
Đắk Lắk ra quân Tháng Thanh niên năm 2013
Sáng 3/3, tại buôn Ea Kmar, xã Ea Tul, huyện Cư M'gar, Tỉnh đoàn Đắk Lắk tổ chức Lễ ra quân Tháng Thanh niên năm 2013 với chủ đề "Tuổi trẻ Đắk Lắk chung sức xây dựng nông thôn mới". Tham dự có đồng chí Y Jik Niê, Phó Chủ tịch UBND tỉnh; đồng chí H'Nguyên Mlô, Bí thư Tỉnh đoàn cùng gần 1.500 đoàn viên thanh niên.
Đồng chí Y Jik Niê trao cờ cho các đội hình thanh niên tình nguyện.
Phát động Tháng Thanh niên, đồng chí H'Nguyên Mlô cho biết, trong tháng 3 các cấp bộ Đoàn sẽ ra quân thực hiện ít nhất 300 công trình thanh niên, tập trung bê tông hóa đường buôn, làm nhà vệ sinh, thắp sáng đường quê; phấn đấu mỗi huyện đoàn có một công trình cấp huyện trị giá từ 50 triệu đồng trở lên. Hoạt động được triển khai theo Kế hoạch số 112-KH/TĐTN ngày 15/2/2013 của Ban Thường vụ Tỉnh đoàn và Hướng dẫn số 07-HD/TWĐTN của Ban Bí thư Trung ương Đoàn.
Ngay sau lễ ra quân, các đội hình đã ra quân làm 1,2 km đường bê tông liên buôn, trao 30 suất quà cho học sinh nghèo (mỗi suất 300.000 đồng), khám bệnh, cấp thuốc miễn phí cho 250 lượt người dân. Huyện đoàn Cư M'gar bàn giao công trình "Thắp sáng đường buôn" gồm 45 bóng đèn, trị giá 38 triệu đồng.
Chị H'Lim Byă, Bí thư Chi đoàn buôn Ea Kmar, cho biết chi đoàn có 42 đoàn viên thì 35 bạn là người Êđê; các bạn tự nguyện góp ngày công, vận động gia đình hiến đất mở rộng đường. Anh Y Kô Ayŭn, Phó Bí thư Đoàn xã Ea Tul, mong được hỗ trợ thêm vốn để chi đoàn làm mô hình trồng tiêu.
Dịp này, Tỉnh đoàn và Ngân hàng Chính sách xã hội tỉnh ký kết chương trình phối hợp, dành khoảng 20 tỷ đồng cho vay thanh niên lập nghiệp trong năm 2013.
Theo Ban Thường vụ Tỉnh đoàn, Tháng Thanh niên năm nay gắn với việc tiếp tục thực hiện cuộc vận động "Học tập và làm theo tấm gương đạo đức Hồ Chí Minh", đề cao vai trò xung kích của đoàn viên trong xây dựng nông thôn mới ở vùng đồng bào dân tộc thiểu số. Các huyện đoàn được yêu cầu báo cáo nhanh kết quả hằng tuần, biểu dương kịp thời những chi đoàn làm tốt, đồng thời tránh phô trương, hình thức trong tổ chức lễ ra quân, các hoạt động phải thiết thực, vừa sức, hướng về buôn làng.
Y Ngọc - Thúy Nga
Lượt truy cập: 98.457
Bài viết liên quan
- Krông Pắc: tuyên dương 60 thanh niên tiêu biểu (26/02/2013)
- Tỉnh đoàn tổng kết công tác Đoàn năm 2012 (21/12/2012)
- Chương trình "Xuân tình nguyện" tại Ea Súp (15/01/2013)
- Buôn Đôn: 200 đoàn viên hiến máu (10/01/2013)
""", "2013-03-05", "Đắk Lắk ra quân Tháng Thanh niên năm 2013",
E("khac", None, "2013-03-03"),
[P("Y Jik Niê", "Phó Chủ tịch UBND tỉnh"), P("H'Nguyên Mlô", "Bí thư Tỉnh đoàn"),
 P("H'Lim Byă", "Bí thư Chi đoàn buôn Ea Kmar"), P("Y Kô Ayŭn", "Phó Bí thư Đoàn xã Ea Tul")],
[Q("gần 1.500 đoàn viên thanh niên", 1500, "đoàn viên thanh niên", "approx"), Q("ít nhất 300 công trình thanh niên", 300, "công trình thanh niên", "over"),
 Q("từ 50 triệu đồng trở lên", 50000000, "đồng", "over"), Q("1,2 km", 1.2, "km"), Q("30 suất quà", 30, "suất quà"),
 Q("300.000 đồng", 300000, "đồng"), Q("250 lượt người dân", 250, "lượt người dân"), Q("45 bóng đèn", 45, "bóng đèn"),
 Q("38 triệu đồng", 38000000, "đồng"), Q("42 đoàn viên", 42, "đoàn viên"), Q("35 bạn", 35, "bạn"),
 Q("khoảng 20 tỷ đồng", 20000000000, "đồng", "approx")],
[D("Kế hoạch", "112", "KH/TĐTN", "2013-02-15", "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 112-KH/TĐTN ngày 15/2/2013"),
 D("Hướng dẫn", "07", "HD/TWĐTN", None, "Ban Bí thư Trung ương Đoàn", "Hướng dẫn số 07-HD/TWĐTN")],
[prov("Đắk Lắk"), com("Ea Tul")],
["ĐOÀN TNCS HỒ CHÍ MINH TỈNH ĐẮK LẮK", "Bạn đang ở: Trang chủ / Phong trào / Thanh niên tình nguyện",
 "Đồng chí Y Jik Niê trao cờ cho các đội hình thanh niên tình nguyện.", "Tuổi trẻ Đắk Lắk chung sức xây dựng nông thôn mới",
 "Thắp sáng đường buôn", "Lượt truy cập: 98.457"],
["05-03-2013 09:15", "tháng 3", "năm 2013", "Lượt truy cập: 98.457"]))

PAGES.append(page("b3584-tiengiang-huyendoan-soket-2014", """
Báo Ấp Bắc - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Tiền Giang
Xã hội | Thanh niên
10/07/2014 - 14:22
Cái Bè: Tuổi trẻ tiếp sức nông dân làm giàu
(ABO) - Ngày 8/7, Huyện đoàn Cái Bè tổ chức hội nghị sơ kết công tác Đoàn và phong trào thanh thiếu nhi 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2014. Đồng chí Nguyễn Thị Mỹ Linh, HUV, Bí thư Huyện đoàn chủ trì.
Quang cảnh hội nghị. Ảnh: Q.Bảo
Theo báo cáo, 6 tháng qua Huyện đoàn đã phối hợp Phòng Nông nghiệp tổ chức 12 lớp chuyển giao khoa học kỹ thuật cho 640 đoàn viên, thanh niên; thành lập mới 3 tổ hợp tác thanh niên trồng cây ăn trái, nâng tổng số lên 11 tổ hợp tác. Nguồn vốn ủy thác do Đoàn quản lý đạt hơn 27,6 tỷ đồng với 912 hộ vay, tỷ lệ nợ quá hạn chỉ 0,3%.
Trong Tháng Thanh niên, các cơ sở Đoàn thực hiện 38 công trình thanh niên, trị giá gần 1,6 tỷ đồng, trong đó có 5 cây cầu bê tông nông thôn; vận động 356 đoàn viên hiến máu tình nguyện. Huyện đoàn cũng phối hợp tổ chức 2 đợt tư vấn hướng nghiệp, giới thiệu việc làm cho 415 thanh niên.
Thực hiện Chỉ thị 21, 22-CT/HU của Ban Thường vụ Huyện ủy, các cơ sở Đoàn đã tuyên truyền tới đoàn viên về an toàn giao thông và phòng chống ma túy trong thanh thiếu niên.
Tại hội nghị, anh Lê Văn Thành, Bí thư Đoàn xã Hậu Thành, chia sẻ mô hình "Tổ hợp tác thanh niên trồng sầu riêng" với 14 thành viên, thu nhập bình quân khoảng 150 triệu đồng/người/năm. Chị Phan Thị Kiều Oanh, Phó Bí thư Đoàn xã An Thái Trung, đề nghị mở thêm lớp dạy nghề ngắn hạn cho thanh niên nông thôn.
Phát biểu chỉ đạo, đồng chí Huỳnh Văn Tâm, Phó Bí thư Thường trực Huyện ủy Cái Bè yêu cầu 6 tháng cuối năm Huyện đoàn tổ chức tốt chiến dịch thanh niên tình nguyện hè, bám sát Kế hoạch 68-KH/HU ngày 12/3/2014 của Huyện ủy về hỗ trợ thanh niên lập nghiệp.
Hội nghị cũng chỉ ra một số hạn chế như: hoạt động của một số chi đoàn ấp còn phụ thuộc vào cấp trên, chưa chủ động; việc nắm bắt thanh niên đi làm việc tại các khu công nghiệp ngoài huyện chưa kịp thời; mô hình kinh tế do thanh niên làm chủ còn nhỏ lẻ, thiếu liên kết tiêu thụ. Các đại biểu thống nhất cần đổi mới cách tập hợp thanh niên, tăng cường ứng dụng mạng xã hội trong tuyên truyền, lấy chi đoàn làm trung tâm, đưa hoạt động về tận ấp.
Quốc Bảo
Tin cùng chuyên mục
- Tỉnh đoàn tuyên dương 100 thanh niên làm kinh tế giỏi (02/07/2014)
- Chợ Gạo: khởi động chiến dịch hè tình nguyện (25/06/2014)
- Thanh niên Gò Công Đông xây nhà nhân ái (12/06/2014)
- Tiền Giang: 2.000 đoàn viên tham gia Ngày Chủ nhật xanh (01/06/2014)
- Cái Bè: hội thi tuyên truyền phòng chống ma túy (20/05/2014)
- Thanh niên Tân Phước ra quân làm sạch kênh nội đồng (10/05/2014)
Báo Ấp Bắc giữ bản quyền. Không sao chép khi chưa có sự đồng ý.
""", "2014-07-10", "Cái Bè: Tuổi trẻ tiếp sức nông dân làm giàu",
E("so_ket", "2014-H1", "2014-07-08"),
[P("Nguyễn Thị Mỹ Linh", "HUV", "Bí thư Huyện đoàn"), P("Lê Văn Thành", "Bí thư Đoàn xã Hậu Thành"),
 P("Phan Thị Kiều Oanh", "Phó Bí thư Đoàn xã An Thái Trung"), P("Huỳnh Văn Tâm", "Phó Bí thư Thường trực Huyện ủy Cái Bè")],
[Q("12 lớp chuyển giao khoa học kỹ thuật", 12, "lớp chuyển giao khoa học kỹ thuật"), Q("640 đoàn viên, thanh niên", 640, "đoàn viên, thanh niên"),
 Q("3 tổ hợp tác thanh niên", 3, "tổ hợp tác thanh niên"), Q("11 tổ hợp tác", 11, "tổ hợp tác"),
 Q("hơn 27,6 tỷ đồng", 27600000000, "đồng", "over"), Q("912 hộ", 912, "hộ"), Q("0,3%", 0.3, "%"),
 Q("38 công trình thanh niên", 38, "công trình thanh niên"), Q("gần 1,6 tỷ đồng", 1600000000, "đồng", "approx"),
 Q("5 cây cầu bê tông nông thôn", 5, "cây cầu bê tông nông thôn"), Q("356 đoàn viên", 356, "đoàn viên"),
 Q("2 đợt tư vấn hướng nghiệp, giới thiệu việc làm", 2, "đợt tư vấn hướng nghiệp, giới thiệu việc làm"), Q("415 thanh niên", 415, "thanh niên"),
 Q("14 thành viên", 14, "thành viên"), Q("khoảng 150 triệu đồng", 150000000, "đồng", "approx")],
[D("Chỉ thị", "21", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 21, 22-CT/HU"),
 D("Chỉ thị", "22", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 21, 22-CT/HU"),
 D("Kế hoạch", "68", "KH/HU", "2014-03-12", "Huyện ủy", "Kế hoạch 68-KH/HU ngày 12/3/2014")],
[prov("Tiền Giang"), com("Hậu Thành"), com("An Thái Trung")],
["Báo Ấp Bắc - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Tiền Giang", "Xã hội | Thanh niên", "(ABO)",
 "Quang cảnh hội nghị. Ảnh: Q.Bảo", "Tổ hợp tác thanh niên trồng sầu riêng", "Tháng Thanh niên"],
["10/07/2014 - 14:22", "6 tháng đầu năm", "6 tháng cuối năm 2014", "6 tháng qua"]))

PAGES.append(page("b3585-hagiang-tinhdoan-traoqua-2015", """
Báo Hà Giang điện tử
Trang chủ › Xã hội › Đoàn - Hội - Đội
Cập nhật lúc 17:05 ngày 20/11/2015
Ảnh: Trẻ em xã Sủng Là nhận áo ấm.
Mang "Áo ấm cho em" lên vùng cao Đồng Văn
BHG - Ngày 18/11, Tỉnh đoàn Hà Giang phối hợp Hội đồng Đội tỉnh và nhóm thiện nguyện "Nối vòng tay ấm" tổ chức chương trình "Áo ấm cho em" tại xã Sủng Là, huyện Đồng Văn. Tham gia đoàn có đồng chí Lò Thị Dung, Phó Bí thư Tỉnh đoàn, Chủ tịch Hội đồng Đội tỉnh cùng 35 tình nguyện viên.
Tại điểm trường Lũng Cẩm, đoàn đã trao 420 chiếc áo ấm, 400 đôi tất và 150 chăn bông cho học sinh người Mông; tặng 80 suất quà, mỗi suất trị giá 250.000 đồng, cho các em có hoàn cảnh đặc biệt khó khăn. Tổng giá trị các phần quà khoảng 196 triệu đồng.
Cô giáo Vàng Thị Sính, Hiệu trưởng Trường Tiểu học Sủng Là, cho biết trường có 312 học sinh, 100% là con em đồng bào Mông, nhiều em phải đi bộ hơn 4 km tới lớp. Em Sùng Mí Chứ vui mừng khi nhận được chiếc áo mới.
Anh Giàng Mí Sử, Bí thư Đoàn xã Sủng Là, cho biết Đoàn xã có 11 chi đoàn với 264 đoàn viên; năm nay đoàn viên đã góp công sửa 2 phòng học, làm 1 bếp ăn bán trú cho học sinh. Ông Sùng Chúng Lử, Phó Chủ tịch UBND xã Sủng Là, cảm ơn tấm lòng của các nhà hảo tâm và đề nghị Tỉnh đoàn tiếp tục hỗ trợ mô hình "Nồi cháo tình thương" cho học sinh bán trú.
Đồng chí Lò Thị Dung cho biết, thực hiện Kế hoạch số 205-KH/TĐTN ngày 2/10/2015 của Ban Thường vụ Tỉnh đoàn, từ nay đến Tết, các cơ sở Đoàn sẽ vận động khoảng 5.000 áo ấm cho thiếu nhi 4 huyện vùng cao núi đá.
Trước đó, ngày 17/11, đoàn đã thăm và tặng quà cho 20 hộ nghèo ở thôn Lũng Thầu, xã Sủng Là, mỗi hộ 1 chăn và 20 kg gạo.
Chuyến đi diễn ra trong những ngày nhiệt độ vùng cao xuống thấp, nhiều em học sinh vẫn mặc áo mỏng, đi chân đất tới trường. Các tình nguyện viên đã cùng thầy cô dọn dẹp khuôn viên, tổ chức trò chơi dân gian, hướng dẫn các em rửa tay đúng cách và kể chuyện về Bác Hồ kính yêu. Nhiều phụ huynh người Mông đã đi bộ từ các thôn xa tới điểm trường để cảm ơn đoàn. Tỉnh đoàn kêu gọi các tổ chức, cá nhân tiếp tục chung tay để không em nhỏ nào phải chịu rét khi tới lớp trong mùa đông năm nay.
Minh Tuấn
Số lượt đọc: 1.405
Tin khác
- Tỉnh đoàn ra quân chiến dịch "Mùa đông ấm" (02/11/2015)
- Mèo Vạc: 100 thanh niên tham gia ngày hội việc làm (25/10/2015)
- Đại hội Đoàn xã Lũng Cú nhiệm kỳ 2015 - 2017 (12/10/2015)
- Hỗ trợ thanh niên Bắc Mê làm chuồng trại (30/09/2015)
- Hoàng Su Phì: thanh niên giúp dân làm nhà (20/09/2015)
- Yên Minh phát động phong trào "Thắp sáng đường quê" (10/09/2015)
Báo Hà Giang - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Hà Giang.
""", "2015-11-20", "Mang \"Áo ấm cho em\" lên vùng cao Đồng Văn",
E("trao_qua", None, "2015-11-18"),
[P("Lò Thị Dung", "Phó Bí thư Tỉnh đoàn", "Chủ tịch Hội đồng Đội tỉnh"),
 P("Vàng Thị Sính", "Hiệu trưởng Trường Tiểu học Sủng Là"), P("Sùng Mí Chứ"),
 P("Giàng Mí Sử", "Bí thư Đoàn xã Sủng Là"), P("Sùng Chúng Lử", "Phó Chủ tịch UBND xã Sủng Là")],
[Q("35 tình nguyện viên", 35, "tình nguyện viên"), Q("420 chiếc áo ấm", 420, "chiếc áo ấm"), Q("400 đôi tất", 400, "đôi tất"),
 Q("150 chăn bông", 150, "chăn bông"), Q("80 suất quà", 80, "suất quà"), Q("250.000 đồng", 250000, "đồng"),
 Q("khoảng 196 triệu đồng", 196000000, "đồng", "approx"), Q("312 học sinh", 312, "học sinh"), Q("100%", 100, "%"),
 Q("hơn 4 km", 4, "km", "over"), Q("11 chi đoàn", 11, "chi đoàn"), Q("264 đoàn viên", 264, "đoàn viên"),
 Q("2 phòng học", 2, "phòng học"), Q("khoảng 5.000 áo ấm", 5000, "áo ấm", "approx"), Q("4 huyện vùng cao núi đá", 4, "huyện vùng cao núi đá"),
 Q("20 hộ nghèo", 20, "hộ nghèo"), Q("20 kg", 20, "kg")],
[D("Kế hoạch", "205", "KH/TĐTN", "2015-10-02", "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 205-KH/TĐTN ngày 2/10/2015")],
[prov("Hà Giang"), com("Sủng Là")],
["Báo Hà Giang điện tử", "Trang chủ › Xã hội › Đoàn - Hội - Đội", "Ảnh: Trẻ em xã Sủng Là nhận áo ấm.", "Áo ấm cho em",
 "Nối vòng tay ấm", "Nồi cháo tình thương", "Số lượt đọc: 1.405", "BHG"],
["Cập nhật lúc 17:05 ngày 20/11/2015", "1 bếp ăn bán trú", "1 chăn", "Số lượt đọc: 1.405"]))

PAGES.append(page("b3586-soctrang-tinhdoan-doithoai-2016", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH SÓC TRĂNG
Trang chủ | Tin tức - Sự kiện | Hoạt động địa phương
Thứ Tư, 14/09/2016 | 10:45
Lãnh đạo tỉnh lắng nghe thanh niên nói về việc làm, khởi nghiệp
Chiều 13/9, tại Hội trường Nhà Văn hóa Thanh niên tỉnh, UBND tỉnh phối hợp Tỉnh đoàn tổ chức Hội nghị đối thoại giữa Chủ tịch UBND tỉnh với thanh niên năm 2016. Đồng chí Lâm Văn Nghĩa, Chủ tịch UBND tỉnh chủ trì; cùng dự có đồng chí Lâm Thị Sa Phiên, Bí thư Tỉnh đoàn và hơn 300 đoàn viên, thanh niên tiêu biểu đến từ 11 huyện, thị xã, thành phố.
Đồng chí Lâm Văn Nghĩa trả lời câu hỏi của thanh niên.
Tại buổi đối thoại, có 27 ý kiến được nêu trực tiếp và 46 câu hỏi gửi trước. Anh Thạch Sô Phanh, Bí thư Đoàn xã Lai Hòa, thị xã Vĩnh Châu, phản ánh nhiều thanh niên người Khmer trồng hành tím muốn vay vốn mở rộng sản xuất nhưng thiếu tài sản thế chấp. Chị Lý Thị Sa Vết, Phó Bí thư Chi đoàn ấp Prey Chóp, xã Thạnh Phú, hỏi về chính sách đào tạo nghề cho lao động nữ. Anh Kim Ngọc Đẹp, thanh niên khởi nghiệp với mô hình nuôi tôm thẻ, đề nghị hỗ trợ kết nối tiêu thụ.
Trả lời các ý kiến, đồng chí Lâm Văn Nghĩa cho biết, thực hiện Quyết định số 1234/QĐ-UBND ngày 20/5/2016 của UBND tỉnh, năm nay tỉnh dành 8 tỷ đồng từ ngân sách ủy thác qua Ngân hàng Chính sách xã hội để cho vay hộ thanh niên, mức vay tối đa 50 triệu đồng/hộ không cần thế chấp. Tỉnh cũng sẽ tổ chức đào tạo nghề cho khoảng 2.500 lao động nông thôn, trong đó ít nhất 40% là thanh niên dân tộc Khmer.
Đồng chí Lâm Thị Sa Phiên, Bí thư Tỉnh đoàn, cho biết Tỉnh đoàn đã hỗ trợ 52 dự án thanh niên khởi nghiệp vay vốn với tổng số tiền hơn 3,4 tỷ đồng; tư vấn nghề nghiệp cho 6.200 học sinh lớp 12.
Kết thúc buổi đối thoại, Chủ tịch UBND tỉnh giao Sở Lao động - Thương binh và Xã hội và Tỉnh đoàn tổng hợp các ý kiến chưa trả lời, phản hồi bằng văn bản trong 15 ngày.
Buổi đối thoại diễn ra cởi mở, thẳng thắn. Nhiều bạn trẻ cho rằng cần có thêm không gian sinh hoạt văn hóa, thể thao ở vùng nông thôn, nhất là các ấp đông đồng bào Khmer; mong muốn được tiếp cận thông tin về thị trường lao động và các chương trình xuất khẩu lao động có uy tín. Lãnh đạo tỉnh ghi nhận và khẳng định sẽ tiếp tục tổ chức đối thoại định kỳ để lắng nghe tâm tư, nguyện vọng của thanh niên Sóc Trăng.
Trung Hiếu
Lượt xem: 2.116
Tin liên quan
- Tỉnh đoàn sơ kết 6 tháng đầu năm 2016 (08/07/2016)
- Vĩnh Châu: trao 50 suất học bổng cho học sinh Khmer (20/06/2016)
- Ngày hội thanh niên với văn hóa giao thông (05/06/2016)
- Mỹ Xuyên: thanh niên chung tay xây dựng nông thôn mới (28/05/2016)
- Tỉnh đoàn tập huấn kỹ năng cho cán bộ Đoàn cơ sở (15/05/2016)
Cơ quan chủ quản: Ủy ban nhân dân tỉnh Sóc Trăng. Ghi rõ nguồn khi trích dẫn.
""", "2016-09-14", "Lãnh đạo tỉnh lắng nghe thanh niên nói về việc làm, khởi nghiệp",
E("doi_thoai", "2016", "2016-09-13"),
[P("Lâm Văn Nghĩa", "Chủ tịch UBND tỉnh"), P("Lâm Thị Sa Phiên", "Bí thư Tỉnh đoàn"),
 P("Thạch Sô Phanh", "Bí thư Đoàn xã Lai Hòa"), P("Lý Thị Sa Vết", "Phó Bí thư Chi đoàn ấp Prey Chóp"),
 P("Kim Ngọc Đẹp")],
[Q("hơn 300 đoàn viên, thanh niên tiêu biểu", 300, "đoàn viên, thanh niên tiêu biểu", "over"),
 Q("11 huyện, thị xã, thành phố", 11, "huyện, thị xã, thành phố"), Q("27 ý kiến", 27, "ý kiến"), Q("46 câu hỏi", 46, "câu hỏi"),
 Q("8 tỷ đồng", 8000000000, "đồng"), Q("tối đa 50 triệu đồng", 50000000, "đồng"),
 Q("khoảng 2.500 lao động nông thôn", 2500, "lao động nông thôn", "approx"), Q("ít nhất 40%", 40, "%", "over"),
 Q("52 dự án thanh niên khởi nghiệp", 52, "dự án thanh niên khởi nghiệp"), Q("hơn 3,4 tỷ đồng", 3400000000, "đồng", "over"),
 Q("6.200 học sinh", 6200, "học sinh")],
[D("Quyết định", "1234", "QĐ-UBND", "2016-05-20", "UBND tỉnh", "Quyết định số 1234/QĐ-UBND ngày 20/5/2016")],
[prov("Sóc Trăng"), com("Lai Hòa"), com("Thạnh Phú")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH SÓC TRĂNG", "Trang chủ | Tin tức - Sự kiện | Hoạt động địa phương",
 "Đồng chí Lâm Văn Nghĩa trả lời câu hỏi của thanh niên.", "Nhà Văn hóa Thanh niên tỉnh", "Lượt xem: 2.116"],
["Thứ Tư, 14/09/2016 | 10:45", "lớp 12", "15 ngày", "Lượt xem: 2.116"]))
