from lib import *
PAGES = []

PAGES.append(page("b9581-laocai-bdv-tongket-2011", """
BAN DÂN VẬN TỈNH ỦY LÀO CAI - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ » Hoạt động dân vận » Tin tức - Sự kiện
Thứ Tư, 28/12/2011 - 16:20
Ảnh: Quang cảnh hội nghị tổng kết.
Lào Cai: Khối dân vận tổng kết năm 2011, khen thưởng 14 tập thể
Ngày 27/12/2011, Ban Dân vận Tỉnh ủy Lào Cai tổ chức hội nghị tổng kết công tác dân vận năm 2011 và triển khai nhiệm vụ năm 2012. Đồng chí Sùng A Lềnh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị. Dự hội nghị có 65 đồng chí là lãnh đạo Ban Dân vận các huyện ủy, thành ủy, Đảng ủy khối và người đứng đầu các tổ chức chính trị - xã hội tỉnh.
Năm 2011, Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 21-CT/TU ngày 12/4/2011 về tăng cường công tác dân vận ở vùng đồng bào Mông, Dao; hướng dẫn các huyện triển khai Kết luận 03, 04-KL/TU của Ban Thường vụ Tỉnh ủy về công tác vận động quần chúng ở khu vực biên giới. Cán bộ khối dân vận đã tổ chức 312 buổi tuyên truyền tại các thôn bản, thu hút trên 18.000 lượt người nghe.
Báo cáo do đồng chí Thào Thị Mỷ, Phó Trưởng Ban Dân vận Tỉnh ủy trình bày cho thấy, tình hình an ninh nông thôn cơ bản ổn định; số người theo đạo trái pháp luật giảm 47 hộ so với năm 2010. Các cấp đã tiếp nhận 94 đơn thư, giải quyết xong 88 đơn, đạt 93,6%. Nhân dân trong tỉnh góp 4,3 tỷ đồng và hiến hơn 26.000 m2 đất để làm đường giao thông nông thôn, 128 công trình thủy lợi nhỏ.
Các đại biểu đánh giá, việc thực hiện Quy chế dân chủ ở cơ sở có chuyển biến, song ở một số xã vùng cao cán bộ dân vận còn kiêm nhiệm nhiều việc. Ông Lý Seo Chứ, Chủ tịch UBND xã Bản Khoang (huyện Sa Pa), cho biết xã đã vận động 36 hộ người Dao đỏ chuyển sang trồng thảo quả dưới tán rừng. Bà Hoàng Thị Dung, HUV, Trưởng Ban Dân vận Huyện ủy Bắc Hà, đề nghị Ban Dân vận Tỉnh ủy mở thêm lớp bồi dưỡng tiếng Mông cho cán bộ cơ sở.
Phát biểu kết luận, đồng chí Sùng A Lềnh yêu cầu năm 2012 các cấp ủy đảng tiếp tục thực hiện Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị về Quy chế công tác dân vận của hệ thống chính trị; phát huy vai trò già làng, trưởng bản, người có uy tín; không để xảy ra di cư tự do.
Tại hội nghị, Ban Dân vận Tỉnh ủy trao giấy khen cho 14 tập thể và 23 cá nhân có thành tích xuất sắc trong công tác dân vận năm 2011; UBND tỉnh tặng Bằng khen cho 5 tập thể. Đồng chí Phạm Quang Hưng, Chánh Văn phòng Ban Dân vận Tỉnh ủy công bố quyết định khen thưởng.
Đồng chí Sùng A Lềnh trao giấy khen cho các tập thể.
Minh Ngọc
Số lượt đọc: 1.042
Tin liên quan
- Bát Xát sơ kết 2 năm thực hiện Chỉ thị 21-CT/TU (15/12/2011)
- Bắc Hà: 20 hộ người Mông trở lại sinh hoạt văn hóa truyền thống (02/12/2011)
- Tập huấn công tác dân vận cho 120 cán bộ xã (18/11/2011)
""", "2011-12-28", "Lào Cai: Khối dân vận tổng kết năm 2011, khen thưởng 14 tập thể",
E("tong_ket", "2011", "2011-12-27"),
[P("Sùng A Lềnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thào Thị Mỷ", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lý Seo Chứ", "Chủ tịch UBND xã Bản Khoang"),
 P("Hoàng Thị Dung", "HUV", "Trưởng Ban Dân vận Huyện ủy Bắc Hà"),
 P("Phạm Quang Hưng", "Chánh Văn phòng Ban Dân vận Tỉnh ủy")],
[Q("14 tập thể", 14, "tập thể"), Q("65 đồng chí", 65, "đồng chí"), Q("312 buổi tuyên truyền", 312, "buổi tuyên truyền"),
 Q("trên 18.000 lượt người", 18000, "lượt người", "over"), Q("47 hộ", 47, "hộ"), Q("94 đơn thư", 94, "đơn thư"),
 Q("88 đơn", 88, "đơn"), Q("93,6%", 93.6, "%"), Q("4,3 tỷ đồng", 4300000000, "đồng"),
 Q("hơn 26.000 m2", 26000, "m2", "over"), Q("128 công trình thủy lợi nhỏ", 128, "công trình thủy lợi nhỏ"),
 Q("36 hộ người Dao đỏ", 36, "hộ người Dao đỏ"), Q("23 cá nhân", 23, "cá nhân"), Q("5 tập thể", 5, "tập thể")],
[D("Chỉ thị", "21", "CT/TU", "2011-04-12", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 21-CT/TU ngày 12/4/2011"),
 D("Kết luận", "03", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 03, 04-KL/TU"),
 D("Kết luận", "04", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 03, 04-KL/TU"),
 D("Quyết định", "290", "QĐ/TW", "2010-02-25", "Bộ Chính trị", "Quyết định số 290-QĐ/TW ngày 25/2/2010")],
[prov("Lào Cai"), com("Bản Khoang")],
["BAN DÂN VẬN TỈNH ỦY LÀO CAI - CỔNG THÔNG TIN ĐIỆN TỬ", "Trang chủ » Hoạt động dân vận » Tin tức - Sự kiện",
 "Ảnh: Quang cảnh hội nghị tổng kết.", "Đồng chí Sùng A Lềnh trao giấy khen cho các tập thể.", "Số lượt đọc: 1.042",
 "Quy chế dân chủ ở cơ sở"],
["Thứ Tư, 28/12/2011 - 16:20", "65 đồng chí", "năm 2011", "năm 2012", "năm 2010", "Số lượt đọc: 1.042"]))

PAGES.append(page("b9582-nghean-xa-dienthinh-tongket-2012", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ DIỄN THỊNH - HUYỆN DIỄN CHÂU - TỈNH NGHỆ AN
Bạn đang ở: Trang chủ > Tin tức > Hoạt động của Đảng ủy
08:30 | 08/01/2013
Hội nghị khối dân vận xã Diễn Thịnh.
Đảng ủy xã Diễn Thịnh: Khối dân vận hoàn thành tốt nhiệm vụ
Chiều ngày 07/01/2013, Đảng ủy xã Diễn Thịnh tổ chức hội nghị tổng kết công tác dân vận năm 2012, đề ra phương hướng nhiệm vụ năm 2013. Dự hội nghị có đồng chí Trần Văn Hiếu, Phó Trưởng Ban Dân vận Huyện ủy Diễn Châu; đồng chí Nguyễn Đình Thắng, Bí thư Đảng ủy xã; các đồng chí trong Ban Thường vụ Đảng ủy, trưởng các đoàn thể và 28 bí thư chi bộ, xóm trưởng.
Theo báo cáo của đồng chí Hồ Thị Lan, Phó Bí thư Thường trực Đảng ủy, Trưởng khối dân vận xã, năm 2012 khối dân vận đã phối hợp tổ chức 42 cuộc sinh hoạt chuyên đề tại các xóm; vận động nhân dân đóng góp 1,85 tỷ đồng, hiến 3.200 m2 đất và 1.500 ngày công để bê tông hóa 6,4 km đường xóm. Mặt trận và các đoàn thể kết nạp 214 hội viên mới; tỷ lệ tập hợp hội viên đạt 86%.
Trong năm, Tổ hòa giải ở 14 xóm đã hòa giải thành 19 vụ việc mâu thuẫn trong nhân dân, không có đơn thư vượt cấp. Xã triển khai Nghị quyết số 07-NQ/ĐU về xây dựng nông thôn mới giai đoạn 2011 - 2015 và Kế hoạch số 12-KH/ĐU ngày 20/3/2012 của Đảng ủy xã về thực hiện Quy chế dân vận. Có 320 hộ đăng ký đạt gia đình văn hóa, 11 xóm giữ vững danh hiệu làng văn hóa.
Nhiều ý kiến phát biểu tại hội nghị đề nghị tiếp tục quan tâm công tác vận động ngư dân vùng bãi ngang. Ông Cao Xuân Nghĩa, Trưởng xóm 5, cho biết xóm đã vận động 52 hộ tháo dỡ công trình lấn chiếm hành lang đường. Bà Phan Thị Hoa, Chủ tịch Hội Liên hiệp Phụ nữ xã, đề xuất nhân rộng mô hình "Tổ phụ nữ tiết kiệm" ra các xóm ven biển.
Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra một số hạn chế: sinh hoạt của tổ dân vận ở một số xóm chưa đều, việc nắm tình hình tư tưởng của ngư dân đi biển dài ngày còn chậm; một bộ phận cán bộ xóm chưa chủ động tiếp xúc, đối thoại với người dân khi triển khai các công trình có đóng góp. Xã Diễn Thịnh là một trong những xã ven biển đông dân của tỉnh Nghệ An, nhiều lao động làm ăn xa nên công tác vận động gặp không ít khó khăn.
Phát biểu chỉ đạo, đồng chí Trần Văn Hiếu đánh giá cao kết quả khối dân vận xã đạt được, đề nghị năm 2013 tiếp tục thực hiện tốt phong trào thi đua "Dân vận khéo", gắn công tác dân vận với cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư".
Dịp này, Ban Thường vụ Đảng ủy xã tặng giấy khen cho 6 tập thể, 15 cá nhân có thành tích xuất sắc trong công tác dân vận năm 2012; xóm 5 và xóm 9 được Ban Dân vận Huyện ủy tặng giấy khen.
Tin, ảnh: Văn Phúc
Lượt truy cập: 356
Các tin khác
- Diễn Thịnh ra quân làm đường giao thông nông thôn (20/12/2012)
- Đại hội Hội Nông dân xã nhiệm kỳ 2012 - 2017 (10/11/2012)
- Xóm 5 đón nhận danh hiệu làng văn hóa (02/10/2012)
""", "2013-01-08", "Đảng ủy xã Diễn Thịnh: Khối dân vận hoàn thành tốt nhiệm vụ",
E("tong_ket", "2012", "2013-01-07"),
[P("Trần Văn Hiếu", "Phó Trưởng Ban Dân vận Huyện ủy Diễn Châu"),
 P("Nguyễn Đình Thắng", "Bí thư Đảng ủy xã"),
 P("Hồ Thị Lan", "Phó Bí thư Thường trực Đảng ủy", "Trưởng khối dân vận xã"),
 P("Cao Xuân Nghĩa", "Trưởng xóm 5"),
 P("Phan Thị Hoa", "Chủ tịch Hội Liên hiệp Phụ nữ xã")],
[Q("28 bí thư chi bộ, xóm trưởng", 28, "bí thư chi bộ, xóm trưởng"), Q("42 cuộc sinh hoạt chuyên đề", 42, "cuộc sinh hoạt chuyên đề"),
 Q("1,85 tỷ đồng", 1850000000, "đồng"), Q("3.200 m2", 3200, "m2"), Q("1.500 ngày công", 1500, "ngày công"),
 Q("6,4 km", 6.4, "km"), Q("214 hội viên mới", 214, "hội viên mới"), Q("86%", 86, "%"), Q("14 xóm", 14, "xóm"),
 Q("19 vụ việc mâu thuẫn", 19, "vụ việc mâu thuẫn"), Q("320 hộ", 320, "hộ"), Q("11 xóm", 11, "xóm"),
 Q("52 hộ", 52, "hộ"), Q("6 tập thể", 6, "tập thể"), Q("15 cá nhân", 15, "cá nhân")],
[D("Nghị quyết", "07", "NQ/ĐU", None, None, "Nghị quyết số 07-NQ/ĐU"),
 D("Kế hoạch", "12", "KH/ĐU", "2012-03-20", "Đảng ủy xã", "Kế hoạch số 12-KH/ĐU ngày 20/3/2012 của Đảng ủy xã")],
[prov("Nghệ An"), com("Diễn Thịnh")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ DIỄN THỊNH - HUYỆN DIỄN CHÂU - TỈNH NGHỆ AN", "Bạn đang ở: Trang chủ > Tin tức > Hoạt động của Đảng ủy",
 "Hội nghị khối dân vận xã Diễn Thịnh.", "Tổ phụ nữ tiết kiệm", "Dân vận khéo",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Lượt truy cập: 356"],
["08:30 | 08/01/2013", "năm 2012", "năm 2013", "giai đoạn 2011 - 2015", "xóm 5", "xóm 9", "Lượt truy cập: 356"]))

PAGES.append(page("b9583-gialai-bdv-bieuduong-2013", """
Báo Gia Lai điện tử
Chính trị - Xã hội | Dân vận
Ngày đăng 20/12/2013 | 15:40
Gia Lai biểu dương 120 điển hình "Dân vận khéo"
(GLO) - Ngày 19/12, Ban Dân vận Tỉnh ủy Gia Lai tổ chức Hội nghị biểu dương điển hình tiên tiến trong phong trào thi đua "Dân vận khéo" năm 2013. Tới dự có đồng chí Ksor Y Blao, Phó Bí thư Tỉnh ủy; đồng chí Rơ Châm H'Nhiên, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy và 230 đại biểu là điển hình của các huyện, thị xã, thành phố.
Đồng chí Ksor Y Blao trao Bằng khen cho các điển hình.
Theo báo cáo, sau 3 năm phát động, toàn tỉnh đã có 1.460 mô hình "Dân vận khéo" được công nhận, trong đó 185 mô hình cấp tỉnh. Từ các mô hình, nhân dân đã hiến trên 54 ha đất, đóng góp 37,5 tỷ đồng xây dựng 412 km đường giao thông nông thôn và 96 nhà rông văn hóa. Nhiều làng đồng bào Jrai, Bahnar đã xóa bỏ tập tục bỏ mả, chôn chung.
Đồng chí Rơ Châm H'Nhiên cho biết, Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 57-KH/TU ngày 02/5/2011 triển khai phong trào và Hướng dẫn số 09-HD/BDVTU của Ban Dân vận Tỉnh ủy về tiêu chí công nhận mô hình. Phong trào được lồng ghép với thực hiện Chỉ thị số 49-CT/TU về công tác vận động quần chúng ở vùng có đạo Tin lành.
Tại hội nghị, nhiều điển hình đã chia sẻ kinh nghiệm. Già làng Rah Lan Mlô ở làng Ia Nueng, xã Ia Der (huyện Ia Grai) kể lại việc vận động 46 hộ trong làng đưa con em tới trường. Chị Siu H'Yơn, Chủ tịch Hội Phụ nữ xã Ia Pếch, giới thiệu mô hình "Nhóm phụ nữ giúp nhau vay vốn" với 38 thành viên. Anh Đinh Văn Thy, Bí thư Đoàn xã Kông Lơng Khơng, nói về đội thanh niên tình nguyện giúp dân thu hoạch mùa vụ.
Hội nghị cũng nhận định, ở một số nơi việc xây dựng mô hình còn chạy theo số lượng, chưa gắn với nhu cầu thực tế của dân làng; việc sơ kết, nhân rộng chưa kịp thời; kinh phí dành cho khen thưởng ở cấp xã còn hạn chế. Một số huyện chưa quan tâm đúng mức tới việc bồi dưỡng cán bộ dân vận biết tiếng dân tộc tại chỗ.
Phát biểu tại hội nghị, đồng chí Ksor Y Blao đề nghị các cấp ủy tiếp tục coi trọng nhân rộng điển hình, chú trọng khen thưởng kịp thời những người trực tiếp làm công tác vận động ở làng. Các điển hình chính là những hạt nhân giúp củng cố khối đoàn kết các dân tộc.
Dịp này, UBND tỉnh tặng Bằng khen cho 28 tập thể, 40 cá nhân; Ban Dân vận Tỉnh ủy tặng giấy khen cho 52 điển hình. Tổng cộng 120 điển hình được biểu dương, mỗi điển hình nhận phần thưởng trị giá 500.000 đồng.
Hồng Thi
Lượt xem: 2.215
Tin liên quan
- Chư Sê: tổng kết 3 năm phong trào "Dân vận khéo" (05/12/2013)
- Tập huấn nghiệp vụ dân vận cho 150 cán bộ cơ sở (22/11/2013)
- Gặp mặt 300 người có uy tín năm 2013 (10/10/2013)
""", "2013-12-20", "Gia Lai biểu dương 120 điển hình \"Dân vận khéo\"",
E("hoi_nghi", "2013", "2013-12-19"),
[P("Ksor Y Blao", "Phó Bí thư Tỉnh ủy"),
 P("Rơ Châm H'Nhiên", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Rah Lan Mlô", "Già làng"),
 P("Siu H'Yơn", "Chủ tịch Hội Phụ nữ xã Ia Pếch"),
 P("Đinh Văn Thy", "Bí thư Đoàn xã Kông Lơng Khơng")],
[Q("120 điển hình", 120, "điển hình"), Q("230 đại biểu", 230, "đại biểu"), Q("1.460 mô hình", 1460, "mô hình"),
 Q("185 mô hình cấp tỉnh", 185, "mô hình cấp tỉnh"), Q("trên 54 ha", 54, "ha", "over"), Q("37,5 tỷ đồng", 37500000000, "đồng"),
 Q("412 km", 412, "km"), Q("96 nhà rông văn hóa", 96, "nhà rông văn hóa"), Q("46 hộ", 46, "hộ"),
 Q("38 thành viên", 38, "thành viên"), Q("28 tập thể", 28, "tập thể"), Q("40 cá nhân", 40, "cá nhân"),
 Q("52 điển hình", 52, "điển hình"), Q("500.000 đồng", 500000, "đồng")],
[D("Kế hoạch", "57", "KH/TU", "2011-05-02", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 57-KH/TU ngày 02/5/2011"),
 D("Hướng dẫn", "09", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 09-HD/BDVTU của Ban Dân vận Tỉnh ủy"),
 D("Chỉ thị", "49", "CT/TU", None, None, "Chỉ thị số 49-CT/TU")],
[prov("Gia Lai"), com("Ia Der"), com("Ia Pếch"), com("Kông Lơng Khơng")],
["Báo Gia Lai điện tử", "Chính trị - Xã hội | Dân vận", "(GLO)", "Đồng chí Ksor Y Blao trao Bằng khen cho các điển hình.",
 "Dân vận khéo", "Nhóm phụ nữ giúp nhau vay vốn", "Lượt xem: 2.215", "Tin lành"],
["Ngày đăng 20/12/2013 | 15:40", "năm 2013", "3 năm", "Lượt xem: 2.215"]))

PAGES.append(page("b9584-soctrang-kdv-tongket-2014", """
BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG
Tin tức | Hoạt động khối dân vận | Thi đua - Khen thưởng
Cập nhật lúc 17:05 ngày 26/12/2014
Khối dân vận tỉnh Sóc Trăng triển khai nhiệm vụ năm 2015
Sáng 25/12, Ban Dân vận Tỉnh ủy Sóc Trăng tổ chức hội nghị tổng kết công tác dân vận và phong trào thi đua khối dân vận năm 2014. Đồng chí Lâm Văn Hên, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì; cùng dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Thạch Thị Sa Rin, Trần Quốc Tuấn.
Quang cảnh hội nghị. Ảnh: Q.Thái
Năm 2014, Ban Dân vận các cấp đã tham mưu cấp ủy lãnh đạo thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013 của BCH Trung ương về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới; tham mưu Ban Thường vụ Tỉnh ủy ban hành Chương trình hành động số 32-CTr/TU thực hiện nghị quyết này. Công tác vận động đồng bào Khmer được chú trọng: khối dân vận phối hợp thăm, chúc Tết Chôl Chnăm Thmây tại 92 chùa Phật giáo Nam tông Khmer, tặng 2.600 phần quà cho hộ nghèo với tổng trị giá hơn 1,3 tỷ đồng.
Toàn tỉnh có 315 mô hình "Dân vận khéo" trên các lĩnh vực; trong đó 64 mô hình tiêu biểu được nhân rộng. Nhân dân đóng góp 48,6 tỷ đồng xây dựng 286 cây cầu, 540 km đường nông thôn. Số hộ nghèo giảm còn 12,8%. Khối dân vận đã tiếp nhận và phối hợp giải quyết 27/31 đơn thư.
Tại hội nghị, Đại đức Thạch Sóc Chanh, trụ trì chùa Bốn Mặt, phó Chủ tịch Hội Đoàn kết sư sãi yêu nước huyện, chia sẻ việc vận động bà con ấp Sóc Dong góp 350 triệu đồng làm lộ. Ông Lý Văn Hải, Bí thư Đảng ủy xã Lịch Hội Thượng, nêu kinh nghiệm giao ban dân vận hằng tháng ở ấp.
Bên cạnh đó, hội nghị thẳng thắn chỉ ra hạn chế: công tác dân vận chính quyền ở một số xã còn hình thức; việc tiếp xúc, đối thoại của người đứng đầu với nhân dân chưa thường xuyên; một số vụ khiếu nại về đất đai còn kéo dài. Các cụm thi đua khối dân vận huyện, thị xã đã chấm điểm, bình xét công khai, đề nghị khen thưởng đúng người, đúng việc.
Phát biểu kết luận, đồng chí Lâm Văn Hên yêu cầu năm 2015 tập trung tuyên truyền đại hội đảng bộ các cấp, chăm lo tốt đời sống đồng bào Khmer, kịp thời phát hiện, khen thưởng các điển hình.
Dịp này, Ban Thường vụ Tỉnh ủy tặng Bằng khen cho 18 tập thể, 22 cá nhân; Ban Dân vận Tỉnh ủy tặng giấy khen 35 tập thể, 47 cá nhân có thành tích trong công tác dân vận năm 2014.
Quang Thái
Số lượt xem: 640
Tin cùng chuyên mục
- Trao Kỷ niệm chương "Vì sự nghiệp Dân vận" cho 46 cá nhân (10/12/2014)
- Mỹ Xuyên sơ kết công tác dân vận chính quyền (28/11/2014)
- Hội nghị người có uy tín trong đồng bào Khmer (14/11/2014)
""", "2014-12-26", "Khối dân vận tỉnh Sóc Trăng triển khai nhiệm vụ năm 2015",
E("tong_ket", "2014", "2014-12-25"),
[P("Lâm Văn Hên", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thạch Thị Sa Rin", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Quốc Tuấn", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thạch Sóc Chanh", "Đại đức", "trụ trì chùa Bốn Mặt", "phó Chủ tịch Hội Đoàn kết sư sãi yêu nước huyện"),
 P("Lý Văn Hải", "Bí thư Đảng ủy xã Lịch Hội Thượng")],
[Q("92 chùa Phật giáo Nam tông Khmer", 92, "chùa Phật giáo Nam tông Khmer"), Q("2.600 phần quà", 2600, "phần quà"),
 Q("hơn 1,3 tỷ đồng", 1300000000, "đồng", "over"), Q("315 mô hình", 315, "mô hình"),
 Q("64 mô hình tiêu biểu", 64, "mô hình tiêu biểu"), Q("48,6 tỷ đồng", 48600000000, "đồng"), Q("286 cây cầu", 286, "cây cầu"),
 Q("540 km", 540, "km"), Q("12,8%", 12.8, "%"), Q("27/31 đơn thư", 27, "đơn thư"), Q("350 triệu đồng", 350000000, "đồng"),
 Q("18 tập thể", 18, "tập thể"), Q("22 cá nhân", 22, "cá nhân"), Q("35 tập thể", 35, "tập thể"), Q("47 cá nhân", 47, "cá nhân")],
[D("Nghị quyết", "25", "NQ/TW", "2013-06-03", "BCH Trung ương", "Nghị quyết số 25-NQ/TW ngày 03/6/2013 của BCH Trung ương"),
 D("Chương trình hành động", "32", "CTr/TU", None, "Ban Thường vụ Tỉnh ủy", "Chương trình hành động số 32-CTr/TU")],
[prov("Sóc Trăng"), com("Lịch Hội Thượng")],
["BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG", "Tin tức | Hoạt động khối dân vận | Thi đua - Khen thưởng", "Quang cảnh hội nghị. Ảnh: Q.Thái",
 "Dân vận khéo", "Chôl Chnăm Thmây", "Hội Đoàn kết sư sãi yêu nước", "Số lượt xem: 640"],
["Cập nhật lúc 17:05 ngày 26/12/2014", "năm 2015", "năm 2014", "Số lượt xem: 640"]))

PAGES.append(page("b9585-hue-bdv-tongket-kyniemchuong-2015", """
THỪA THIÊN HUẾ ONLINE - Cổng thông tin của Ban Dân vận Tỉnh ủy
Vị trí: Trang nhất / Tin hoạt động / Thi đua khen thưởng
2015-12-30 10:15
Đồng chí Hoàng Thị Ngọc Dung (thứ hai, trái) trao Kỷ niệm chương cho các cá nhân.
Trao Kỷ niệm chương "Vì sự nghiệp Dân vận" cho 37 cá nhân
Chiều 29/12, tại thành phố Huế, Ban Dân vận Tỉnh ủy Thừa Thiên Huế tổ chức hội nghị tổng kết công tác dân vận năm 2015 và trao Kỷ niệm chương "Vì sự nghiệp Dân vận" cho 37 cá nhân. Đồng chí Hoàng Thị Ngọc Dung, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.
Năm 2015, toàn khối dân vận tập trung tuyên truyền Đại hội Đảng bộ tỉnh lần thứ XV; phối hợp tổ chức 1.214 hội nghị lấy ý kiến góp ý dự thảo văn kiện với 86.500 lượt người tham gia. Ban Dân vận Tỉnh ủy đã hướng dẫn các địa phương thực hiện Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị về giám sát, phản biện xã hội và góp ý xây dựng Đảng, xây dựng chính quyền.
Đồng chí Lê Văn Phước, Phó Trưởng Ban Dân vận Tỉnh ủy cho biết, công tác vận động đồng bào dân tộc Tà Ôi, Cơ Tu, Pa Cô ở huyện A Lưới, Nam Đông có chuyển biến; 1.130 hộ đăng ký thoát nghèo, 2.420 hộ được hỗ trợ giống cây trồng. Vùng giáo dân ở Phú Vang, Quảng Điền ổn định; các linh mục, chức sắc đồng hành cùng chính quyền trong xây dựng nông thôn mới. Tổng số tiền nhân dân đóng góp xây dựng nông thôn mới năm 2015 đạt 72,4 tỷ đồng.
Thảo luận tại hội nghị, Linh mục Giuse Trần Văn Quý, quản xứ giáo xứ Kẻ Văn, nói về việc giáo dân cùng đóng góp xây dựng nhà văn hóa thôn. Ông Hồ Văn Lanh, Chủ tịch UBND xã Hồng Vân, cho biết đã vận động bà con người Pa Cô trồng 45 ha cao su tiểu điền. Bà Kăn Thị Diệu, Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện A Lưới, đề nghị tăng phụ cấp cho tổ dân vận thôn.
Kỷ niệm chương "Vì sự nghiệp Dân vận" là hình thức khen thưởng của Ban Dân vận Trung ương dành cho cán bộ có nhiều năm cống hiến cho công tác vận động quần chúng. Phát biểu kết luận, đồng chí Hoàng Thị Ngọc Dung đề nghị năm 2016 các cấp tiếp tục thực hiện tốt Quy chế dân vận và đẩy mạnh phong trào thi đua "Dân vận khéo".
Hội nghị cũng nêu những hạn chế cần khắc phục: việc tổng kết, nhân rộng mô hình ở một số huyện còn chậm; đội ngũ cán bộ dân vận cơ sở thường xuyên biến động; chế độ cho tổ dân vận thôn chưa tương xứng. Các đại biểu thống nhất cần chú trọng khen thưởng kịp thời những tập thể, cá nhân trực tiếp làm công tác vận động ở thôn, bản.
Cũng tại hội nghị, Ban Dân vận Tỉnh ủy tặng giấy khen cho 21 tập thể, 34 cá nhân xuất sắc; 9 tập thể được UBND tỉnh tặng Bằng khen.
Minh Văn
Lượt xem: 912
Tin liên quan
- A Lưới tổng kết 5 năm thực hiện Quy chế dân vận (18/12/2015)
- Phong Điền nhân rộng 40 mô hình dân vận khéo (02/12/2015)
- Gặp mặt chức sắc tôn giáo nhân dịp Giáng sinh (22/12/2015)
""", "2015-12-30", "Trao Kỷ niệm chương \"Vì sự nghiệp Dân vận\" cho 37 cá nhân",
E("tong_ket", "2015", "2015-12-29"),
[P("Hoàng Thị Ngọc Dung", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Văn Phước", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Giuse Trần Văn Quý", "Linh mục", "quản xứ giáo xứ Kẻ Văn"),
 P("Hồ Văn Lanh", "Chủ tịch UBND xã Hồng Vân"),
 P("Kăn Thị Diệu", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện A Lưới")],
[Q("37 cá nhân", 37, "cá nhân"), Q("1.214 hội nghị", 1214, "hội nghị"), Q("86.500 lượt người", 86500, "lượt người"),
 Q("1.130 hộ", 1130, "hộ"), Q("2.420 hộ", 2420, "hộ"), Q("72,4 tỷ đồng", 72400000000, "đồng"), Q("45 ha", 45, "ha"),
 Q("21 tập thể", 21, "tập thể"), Q("34 cá nhân xuất sắc", 34, "cá nhân xuất sắc"), Q("9 tập thể", 9, "tập thể")],
[D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị")],
[prov("Thừa Thiên Huế"), com("Hồng Vân")],
["THỪA THIÊN HUẾ ONLINE - Cổng thông tin của Ban Dân vận Tỉnh ủy", "Vị trí: Trang nhất / Tin hoạt động / Thi đua khen thưởng",
 "Đồng chí Hoàng Thị Ngọc Dung (thứ hai, trái) trao Kỷ niệm chương cho các cá nhân.", "Vì sự nghiệp Dân vận", "Dân vận khéo",
 "Lượt xem: 912"],
["2015-12-30 10:15", "năm 2015", "năm 2016", "lần thứ XV", "Lượt xem: 912"]))

PAGES.append(page("b9586-quangninh-xa-hoanhmo-tongket-2016", """
ĐẢNG BỘ XÃ HOÀNH MÔ - HUYỆN BÌNH LIÊU
Trang chủ › Tin tức › Công tác dân vận
Thứ Sáu, 23/12/2016
Hoành Mô tổng kết công tác dân vận, biểu dương 9 "Người dân vận giỏi"
Ngày 22/12/2016, Đảng ủy xã Hoành Mô (huyện Bình Liêu, tỉnh Quảng Ninh) tổ chức hội nghị tổng kết công tác dân vận năm 2016. Tham dự có đồng chí Vi Thị Hằng, HUV, Trưởng Ban Dân vận Huyện ủy Bình Liêu; các đồng chí lãnh đạo Đảng ủy, HĐND, UBND, Ủy ban MTTQ xã và bí thư chi bộ, trưởng thôn của 8 thôn.
Toàn cảnh hội nghị tổng kết.
Báo cáo do đồng chí Lục Văn Sềnh, Phó Bí thư Đảng ủy, Trưởng khối dân vận xã trình bày cho biết: năm 2016, khối dân vận xã đã tham mưu Đảng ủy ban hành Nghị quyết chuyên đề số 05-NQ/ĐU về vận động đồng bào Tày, Dao, Sán Chỉ phát triển rừng trồng và Kế hoạch số 18-KH/ĐU ngày 11/3/2016 về thực hiện Quy chế dân vận. Nhân dân trong xã đã trồng mới 310 ha rừng quế, hồi; 100% số thôn có tổ tự quản đường biên, cột mốc với 96 thành viên tham gia tuần tra.
Các đoàn thể vận động nhân dân đóng góp 640 triệu đồng và 2.100 ngày công làm 3,2 km đường bê tông thôn Pắc Pò, Nà Sa. Số hộ nghèo giảm từ 38,5% xuống còn 31,2%. Trong năm không có đơn thư vượt cấp; Tổ hòa giải các thôn đã hòa giải thành 7/7 vụ việc.
Tại hội nghị, các đồng chí Bí thư Chi bộ thôn: Voòng Văn Sáu, Chìu A Sểnh, Lỷ Thị Mai đã trao đổi kinh nghiệm vận động đồng bào bỏ tục lệ ma chay kéo dài. Ông Sằn Văn Cường, người có uy tín thôn Khe Mò, cho biết trong năm thôn đã vận động 15 hộ người Dao sửa sang, chỉnh trang nhà cửa, làm chuồng trại xa nhà.
Hội nghị cũng thẳng thắn chỉ ra một số tồn tại: một bộ phận nhân dân còn tư tưởng trông chờ, ỷ lại vào Nhà nước; việc họp thôn ở một số nơi chưa đều; tình trạng người dân qua lại biên giới làm thuê trái phép vẫn còn xảy ra. Các chi bộ thôn cần chủ động nắm tình hình, kịp thời báo cáo Đảng ủy những vấn đề mới phát sinh.
Phát biểu chỉ đạo, đồng chí Vi Thị Hằng đề nghị năm 2017 xã tiếp tục thực hiện Chỉ thị số 16-CT/HU của Ban Thường vụ Huyện ủy về tăng cường công tác dân vận ở khu vực biên giới; phát huy vai trò người có uy tín, gắn công tác dân vận với phong trào "Toàn dân bảo vệ chủ quyền lãnh thổ, an ninh biên giới quốc gia".
Dịp này, Đảng ủy xã đã biểu dương 9 cá nhân đạt danh hiệu "Người dân vận giỏi" năm 2016, mỗi người được tặng 300.000 đồng; tặng giấy khen cho 4 chi bộ có thành tích trong công tác dân vận.
Ban Tuyên giáo - Dân vận xã
Lượt truy cập: 231
Tin khác
- Xã Hoành Mô ra quân trồng rừng mùa xuân (10/02/2016)
- Gặp mặt người có uy tín thôn bản năm 2016 (25/11/2016)
- Hội nghị giao ban công tác biên giới quý III (07/10/2016)
- Hoành Mô đón nhận Bằng khen của UBND tỉnh (02/09/2016)
""", "2016-12-23", "Hoành Mô tổng kết công tác dân vận, biểu dương 9 \"Người dân vận giỏi\"",
E("tong_ket", "2016", "2016-12-22"),
[P("Vi Thị Hằng", "HUV", "Trưởng Ban Dân vận Huyện ủy Bình Liêu"),
 P("Lục Văn Sềnh", "Phó Bí thư Đảng ủy", "Trưởng khối dân vận xã"),
 P("Voòng Văn Sáu", "Bí thư Chi bộ thôn"),
 P("Chìu A Sểnh", "Bí thư Chi bộ thôn"),
 P("Lỷ Thị Mai", "Bí thư Chi bộ thôn"),
 P("Sằn Văn Cường", "người có uy tín thôn Khe Mò")],
[Q("9 cá nhân", 9, "cá nhân"), Q("8 thôn", 8, "thôn"), Q("310 ha", 310, "ha"), Q("100%", 100, "%"),
 Q("96 thành viên", 96, "thành viên"), Q("640 triệu đồng", 640000000, "đồng"), Q("2.100 ngày công", 2100, "ngày công"),
 Q("3,2 km", 3.2, "km"), Q("38,5%", 38.5, "%"), Q("31,2%", 31.2, "%"), Q("7/7 vụ việc", 7, "vụ việc"), Q("15 hộ người Dao", 15, "hộ người Dao"),
 Q("300.000 đồng", 300000, "đồng"), Q("4 chi bộ", 4, "chi bộ")],
[D("Nghị quyết", "05", "NQ/ĐU", None, "Đảng ủy", "Nghị quyết chuyên đề số 05-NQ/ĐU"),
 D("Kế hoạch", "18", "KH/ĐU", "2016-03-11", "Đảng ủy", "Kế hoạch số 18-KH/ĐU ngày 11/3/2016"),
 D("Chỉ thị", "16", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị số 16-CT/HU của Ban Thường vụ Huyện ủy")],
[prov("Quảng Ninh"), com("Hoành Mô")],
["ĐẢNG BỘ XÃ HOÀNH MÔ - HUYỆN BÌNH LIÊU", "Trang chủ › Tin tức › Công tác dân vận", "Toàn cảnh hội nghị tổng kết.",
 "Người dân vận giỏi", "Toàn dân bảo vệ chủ quyền lãnh thổ, an ninh biên giới quốc gia", "Lượt truy cập: 231"],
["Thứ Sáu, 23/12/2016", "năm 2016", "năm 2017", "Lượt truy cập: 231"]))
