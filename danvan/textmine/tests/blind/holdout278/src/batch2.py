from lib import *
PAGES = []

PAGES.append(page("b6635-quangninh-tongket-chithi05-2017", """
QUẢNG NINH ĐIỆN TỬ | Cổng thông tin của Đảng bộ tỉnh
You are here: Trang chủ - Chính trị - Xây dựng Đảng
Thứ Ba, 19/12/2017, 10:20
Quảng Ninh: 1.200 tập thể, cá nhân được khen thưởng vì làm theo Bác
Ngày 18/12/2017, Ban Thường vụ Tỉnh ủy Quảng Ninh tổ chức hội nghị tổng kết năm 2017 thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh. Đồng chí Phạm Quang Hưng, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh chủ trì hội nghị.
Đồng chí Phạm Quang Hưng phát biểu tại hội nghị.
Theo báo cáo, năm 2017, các cấp ủy trong tỉnh tổ chức học tập chuyên đề "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về phòng, chống suy thoái tư tưởng chính trị, đạo đức, lối sống, "tự diễn biến", "tự chuyển hóa" trong nội bộ" gắn với Nghị quyết số 04-NQ/TW ngày 30/10/2016 của Ban Chấp hành Trung ương và Quy định 55-QĐi/TW của Bộ Chính trị về một số việc cần làm ngay để tăng cường vai trò nêu gương của cán bộ, đảng viên. Tỷ lệ cán bộ, đảng viên tham gia học tập đạt 97,8%.
Tỉnh ủy ban hành Kế hoạch số 52-KH/TU ngày 22/3/2017 yêu cầu mỗi cơ quan, đơn vị xác định "việc cần làm theo" phù hợp. Đến nay, toàn tỉnh có 1.463 tập thể đăng ký, trên 99% đảng viên xây dựng kế hoạch làm theo cá nhân. Năm qua, các cấp khen thưởng 1.200 tập thể, cá nhân có thành tích tiêu biểu, trong đó UBND tỉnh tặng bằng khen cho 56 tập thể và 87 cá nhân.
Nhiều cách làm sáng tạo được nêu tại hội nghị. Bà Nguyễn Thị Thanh Bình, Bí thư Đảng ủy phường Hồng Hải (TP Hạ Long), giới thiệu mô hình "Dân hỏi - cán bộ trả lời" mỗi tối thứ Sáu, đã giải đáp 215 lượt kiến nghị của người dân. Ông Bàn Văn Sinh, người Dao, Bí thư Chi bộ thôn Khe Giấy, xã Quảng Lâm (Đầm Hà), kể việc vận động bà con trồng gần 300 ha quế, hồi, không để ai đi theo đạo lạ. Ông Lục Văn Thành, Phó Giám đốc Công ty Than Hà Tu, cho biết công ty đã tiết kiệm hơn 4,6 tỷ đồng chi phí nhờ phong trào "mỗi thợ mỏ một sáng kiến".
Phát biểu kết luận, đồng chí Phạm Quang Hưng nhấn mạnh: làm theo Bác phải "nói ít, làm nhiều", bắt đầu từ người đứng đầu; năm 2018 cần gắn việc thực hiện Chỉ thị 05-CT/TW với chuyên đề năm 2018 về phong cách, tác phong công tác của người đứng đầu, với đánh giá, xếp loại cán bộ và công tác cán bộ.
Hội nghị đã nghe đồng chí Vũ Thị Hồng Nhung, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo Tỉnh ủy, quán triệt Hướng dẫn số 15-HD/BTGTU về học tập chuyên đề năm 2018.
Thu Nguyệt - Quang Minh
Bài viết liên quan
- Hạ Long: 30 mô hình làm theo Bác được nhân rộng (12/12/2017)
- Cô Tô tuyên dương 45 điển hình (05/12/2017)
- Móng Cái sơ kết 1 năm thực hiện Chỉ thị 05 (21/06/2017)
""", "2017-12-19", "Quảng Ninh: 1.200 tập thể, cá nhân được khen thưởng vì làm theo Bác",
E("tong_ket", "2017", "2017-12-18"),
[P("Phạm Quang Hưng", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Nguyễn Thị Thanh Bình", "Bí thư Đảng ủy phường Hồng Hải"),
 P("Bàn Văn Sinh", "Bí thư Chi bộ thôn Khe Giấy"),
 P("Lục Văn Thành", "Phó Giám đốc Công ty Than Hà Tu"),
 P("Vũ Thị Hồng Nhung", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo Tỉnh ủy")],
[Q("1.200 tập thể, cá nhân", 1200, "tập thể, cá nhân"), Q("97,8%", 97.8, "%"), Q("1.463 tập thể", 1463, "tập thể"),
 Q("trên 99%", 99, "%", "over"), Q("56 tập thể", 56, "tập thể"), Q("87 cá nhân", 87, "cá nhân"),
 Q("215 lượt kiến nghị", 215, "lượt kiến nghị"), Q("gần 300 ha", 300, "ha", "approx"),
 Q("hơn 4,6 tỷ đồng", 4600000000, "đồng", "over")],
[D("Chỉ thị", "05", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 05-CT/TW của Bộ Chính trị"),
 D("Nghị quyết", "04", "NQ/TW", "2016-10-30", "Ban Chấp hành Trung ương", "Nghị quyết số 04-NQ/TW ngày 30/10/2016"),
 D("Quy định", "55", "QĐi/TW", None, "Bộ Chính trị", "Quy định 55-QĐi/TW của Bộ Chính trị"),
 D("Kế hoạch", "52", "KH/TU", "2017-03-22", "Tỉnh ủy", "Kế hoạch số 52-KH/TU ngày 22/3/2017"),
 D("Hướng dẫn", "15", "HD/BTGTU", None, None, "Hướng dẫn số 15-HD/BTGTU")],
[prov("Quảng Ninh"), com("Hồng Hải"), com("Quảng Lâm")],
["QUẢNG NINH ĐIỆN TỬ | Cổng thông tin của Đảng bộ tỉnh", "You are here: Trang chủ - Chính trị - Xây dựng Đảng",
 "Đồng chí Phạm Quang Hưng phát biểu tại hội nghị.", "Dân hỏi - cán bộ trả lời", "mỗi thợ mỏ một sáng kiến",
 "nói ít, làm nhiều", "Công ty Than Hà Tu", "Thu Nguyệt - Quang Minh"],
["Thứ Ba, 19/12/2017, 10:20", "năm 2017", "năm 2018", "thứ Sáu", "mỗi thợ mỏ một sáng kiến"]))

PAGES.append(page("b6636-daklak-taphuan-baocaovien-2018", """
Báo Đắk Lắk điện tử
Chính trị | Thời sự | Tư tưởng - Văn hóa
12/04/2018 - 15:40
Bồi dưỡng báo cáo viên về chuyên đề học tập và làm theo Bác năm 2018
Học viên tham dự lớp tập huấn. Ảnh: H.Gia
Trong 2 ngày 10 và 11/4/2018, Ban Tuyên giáo Tỉnh ủy Đắk Lắk mở lớp tập huấn cho hơn 250 báo cáo viên, tuyên truyền viên của 15 huyện, thị xã, thành phố và các đảng bộ trực thuộc về chuyên đề năm 2018 "Xây dựng phong cách, tác phong công tác của người đứng đầu, của cán bộ, đảng viên trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh".
Khai mạc lớp tập huấn, đồng chí Y Kluh Mlô, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Tuyên giáo Tỉnh ủy, cho biết lớp học nhằm triển khai Hướng dẫn số 12-HD/BTGTW của Ban Tuyên giáo Trung ương và Kế hoạch số 48-KH/TU ngày 5/3/2018 của Tỉnh ủy. Theo kế hoạch, đến hết quý II, 100% tổ chức cơ sở đảng trong tỉnh phải hoàn thành việc học tập chuyên đề.
Các học viên được nghe TS. Nguyễn Hữu Thắng, giảng viên Học viện Chính trị khu vực III, trình bày những nội dung cơ bản của chuyên đề; bà H'Bơ Niê, Phó Trưởng Ban Tuyên giáo Tỉnh ủy, hướng dẫn cách xây dựng bản cam kết làm theo của người đứng đầu, gắn với Quy định 55-QĐi/TW của Bộ Chính trị.
Tại lớp tập huấn, nhiều học viên chia sẻ kinh nghiệm tuyên truyền bằng tiếng dân tộc. Ông Y Thông Ayun, Trưởng Ban Tuyên giáo Huyện ủy Krông Bông, cho biết huyện đã dịch tài liệu chuyên đề sang tiếng Êđê, tổ chức 37 buổi nói chuyện tại nhà văn hóa buôn. Bà H'Lim Byă, báo cáo viên của Đảng ủy xã Ea Tu (TP Buôn Ma Thuột), kể việc chi bộ buôn Kbu vận động 28 hộ bỏ tục cúng bái tốn kém, dùng khoản tiền tiết kiệm khoảng 70 triệu đồng để sửa đường vào buôn.
Ông Trần Văn Hòa, Bí thư Đảng ủy xã Cư Suê (Cư M'gar), nêu kinh nghiệm đưa việc học tập chuyên đề vào sinh hoạt chi bộ hằng tháng, mỗi kỳ chọn một tấm gương cụ thể trong thôn, buôn để cả chi bộ cùng bàn.
Năm 2017, các cấp trong tỉnh đã tổ chức hơn 1.800 buổi tuyên truyền về tư tưởng, đạo đức, phong cách Hồ Chí Minh với khoảng 126.000 lượt người nghe; 64 tập thể, 92 cá nhân được Tỉnh ủy khen thưởng.
Một số học viên cho rằng tài liệu chuyên đề còn dài, khó đưa về buôn; đề nghị Ban Tuyên giáo Tỉnh ủy biên soạn thêm tài liệu hỏi - đáp ngắn gọn, có hình ảnh minh họa.
Bế mạc lớp tập huấn, đồng chí Y Kluh Mlô yêu cầu mỗi báo cáo viên phải gương mẫu làm theo trước khi nói cho người khác nghe; các huyện hoàn thành tuyên truyền chuyên đề đến chi bộ trước ngày 30/6/2018.
Hương Giang
Tin cùng chuyên mục
- Krông Pắc: 40 gương sáng làm theo Bác (06/04/2018)
- Ea H'leo học tập chuyên đề năm 2018 (30/03/2018)
- Lắk: người có uy tín làm theo Bác (21/03/2018)
""", "2018-04-12", "Bồi dưỡng báo cáo viên về chuyên đề học tập và làm theo Bác năm 2018",
E("tap_huan", "2018", "2018-04-10"),
[P("Y Kluh Mlô", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Tuyên giáo Tỉnh ủy"),
 P("Nguyễn Hữu Thắng", "TS.", "giảng viên Học viện Chính trị khu vực III"),
 P("H'Bơ Niê", "Phó Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("Y Thông Ayun", "Trưởng Ban Tuyên giáo Huyện ủy Krông Bông"),
 P("H'Lim Byă", "báo cáo viên của Đảng ủy xã Ea Tu"),
 P("Trần Văn Hòa", "Bí thư Đảng ủy xã Cư Suê")],
[Q("hơn 250 báo cáo viên, tuyên truyền viên", 250, "báo cáo viên, tuyên truyền viên", "over"),
 Q("15 huyện, thị xã, thành phố", 15, "huyện, thị xã, thành phố"), Q("100% tổ chức cơ sở đảng", 100, "%"),
 Q("37 buổi nói chuyện", 37, "buổi nói chuyện"), Q("28 hộ", 28, "hộ"), Q("khoảng 70 triệu đồng", 70000000, "đồng", "approx"),
 Q("hơn 1.800 buổi tuyên truyền", 1800, "buổi tuyên truyền", "over"), Q("khoảng 126.000 lượt người nghe", 126000, "lượt người nghe", "approx"),
 Q("64 tập thể", 64, "tập thể"), Q("92 cá nhân", 92, "cá nhân")],
[D("Hướng dẫn", "12", "HD/BTGTW", None, "Ban Tuyên giáo Trung ương", "Hướng dẫn số 12-HD/BTGTW"),
 D("Kế hoạch", "48", "KH/TU", "2018-03-05", "Tỉnh ủy", "Kế hoạch số 48-KH/TU ngày 5/3/2018"),
 D("Quy định", "55", "QĐi/TW", None, "Bộ Chính trị", "Quy định 55-QĐi/TW của Bộ Chính trị")],
[prov("Đắk Lắk"), com("Ea Tu"), com("Cư Suê")],
["Báo Đắk Lắk điện tử", "Chính trị | Thời sự | Tư tưởng - Văn hóa", "Học viên tham dự lớp tập huấn. Ảnh: H.Gia",
 "Xây dựng phong cách, tác phong công tác của người đứng đầu, của cán bộ, đảng viên trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
 "Học viện Chính trị khu vực III"],
["12/04/2018 - 15:40", "2 ngày", "quý II", "năm 2018", "Năm 2017", "một tấm gương", "khu vực III"]))

PAGES.append(page("b6637-haiphong-doithoai-thanhnien-2019", """
HẢI PHÒNG ONLINE
Trang chủ > Chính trị > Hoạt động lãnh đạo
Cập nhật lúc 18:35 ngày 18/05/2019
Thanh niên Hải Phòng đối thoại với lãnh đạo thành phố về làm theo Bác
Quang cảnh buổi đối thoại tại Nhà hát thành phố.
Tối 17/5, nhân kỷ niệm 129 năm Ngày sinh Chủ tịch Hồ Chí Minh, Ban Thường vụ Thành đoàn Hải Phòng phối hợp với Ban Tuyên giáo Thành ủy tổ chức chương trình đối thoại giữa lãnh đạo thành phố với đoàn viên, thanh niên năm 2019, chủ đề "Tuổi trẻ Hải Phòng học tập và làm theo Bác". Tham dự có đồng chí Đặng Quốc Hưng, Thành ủy viên, Phó Chủ tịch UBND thành phố; đồng chí Lê Thị Hải Yến, Thành ủy viên, Trưởng Ban Tuyên giáo Thành ủy cùng hơn 500 đoàn viên, thanh niên.
Mở đầu chương trình, Bí thư Thành đoàn Phạm Thị Thu Trang báo cáo nhanh kết quả 3 năm tuổi trẻ thành phố thực hiện Chỉ thị 05-CT/TW và Kế hoạch số 86-KH/TĐTN của Ban Thường vụ Thành đoàn: các cơ sở đoàn đã đăng ký 1.350 công trình, phần việc thanh niên, trị giá khoảng 18 tỷ đồng; 640 đoàn viên ưu tú được kết nạp vào Đảng.
Trong hơn 2 giờ, đoàn viên, thanh niên đã nêu 32 ý kiến, tập trung vào việc làm, khởi nghiệp, môi trường và nạn tin giả trên mạng xã hội. Anh Nguyễn Đức Mạnh, Bí thư Đoàn xã Tân Trào (Kiến Thụy), hỏi về cơ chế hỗ trợ thanh niên nông thôn vay vốn lập nghiệp. Chị Vũ Ngọc Ánh, sinh viên Trường Đại học Hàng hải Việt Nam, đề nghị thành phố có thêm sân chơi cho các dự án khởi nghiệp của sinh viên.
Trả lời các câu hỏi, đồng chí Đặng Quốc Hưng cho biết năm 2019 thành phố dành 300 triệu đồng hỗ trợ 12 dự án khởi nghiệp của thanh niên; giao Sở Lao động - Thương binh và Xã hội phối hợp Thành đoàn giới thiệu việc làm cho ít nhất 3.000 thanh niên. Với ý kiến về môi trường, đồng chí đề nghị mỗi chi đoàn nhận chăm sóc một tuyến đường, một đoạn sông.
Đồng chí Lê Thị Hải Yến nhấn mạnh: học Bác trước hết là sống trung thực, có trách nhiệm, "việc gì có lợi cho dân thì phải làm". Đồng chí cũng thông tin việc anh Trần Văn Hiếu, đoàn viên phường Lạch Tray (quận Ngô Quyền), vừa được bổ nhiệm làm Phó Bí thư Đoàn phường sau 2 năm dẫn dắt đội thanh niên tình nguyện hiến máu với 210 lượt người tham gia.
Nhiều đoàn viên bày tỏ mong muốn những buổi đối thoại như thế này được tổ chức thường xuyên hơn, không chỉ vào dịp kỷ niệm, để tiếng nói của người trẻ đến được với lãnh đạo thành phố một cách trực tiếp.
Kết thúc chương trình, lãnh đạo thành phố trao 20 suất học bổng, mỗi suất 2 triệu đồng, cho học sinh, sinh viên vượt khó học giỏi.
Mai Dung
Xem thêm
- Thủy Nguyên: đối thoại với nông dân về xây dựng nông thôn mới (10/05/2019)
- Tuổi trẻ Lê Chân ra quân tháng Thanh niên (26/03/2019)
- Tiên Lãng tuyên dương 25 đảng viên trẻ làm theo Bác (15/03/2019)
""", "2019-05-18", "Thanh niên Hải Phòng đối thoại với lãnh đạo thành phố về làm theo Bác",
E("doi_thoai", "2019", "2019-05-17"),
[P("Đặng Quốc Hưng", "Thành ủy viên", "Phó Chủ tịch UBND thành phố"),
 P("Lê Thị Hải Yến", "Thành ủy viên", "Trưởng Ban Tuyên giáo Thành ủy"),
 P("Phạm Thị Thu Trang", "Bí thư Thành đoàn"),
 P("Nguyễn Đức Mạnh", "Bí thư Đoàn xã Tân Trào"),
 P("Vũ Ngọc Ánh", "sinh viên Trường Đại học Hàng hải Việt Nam"),
 P("Trần Văn Hiếu", "đoàn viên phường Lạch Tray", "Phó Bí thư Đoàn phường")],
[Q("hơn 500 đoàn viên, thanh niên", 500, "đoàn viên, thanh niên", "over"),
 Q("1.350 công trình, phần việc thanh niên", 1350, "công trình, phần việc thanh niên"),
 Q("khoảng 18 tỷ đồng", 18000000000, "đồng", "approx"), Q("640 đoàn viên ưu tú", 640, "đoàn viên ưu tú"),
 Q("32 ý kiến", 32, "ý kiến"), Q("300 triệu đồng", 300000000, "đồng"), Q("12 dự án khởi nghiệp", 12, "dự án khởi nghiệp"),
 Q("ít nhất 3.000 thanh niên", 3000, "thanh niên", "over"), Q("210 lượt người", 210, "lượt người"),
 Q("20 suất học bổng", 20, "suất học bổng"), Q("2 triệu đồng", 2000000, "đồng")],
[D("Chỉ thị", "05", "CT/TW", None, None, "Chỉ thị 05-CT/TW"),
 D("Kế hoạch", "86", "KH/TĐTN", None, "Ban Thường vụ Thành đoàn", "Kế hoạch số 86-KH/TĐTN")],
[prov("Hải Phòng"), com("Tân Trào"), com("Lạch Tray")],
["HẢI PHÒNG ONLINE", "Trang chủ > Chính trị > Hoạt động lãnh đạo", "Quang cảnh buổi đối thoại tại Nhà hát thành phố.",
 "Tuổi trẻ Hải Phòng học tập và làm theo Bác", "Trường Đại học Hàng hải Việt Nam", "Sở Lao động - Thương binh và Xã hội"],
["Cập nhật lúc 18:35 ngày 18/05/2019", "129 năm", "3 năm", "hơn 2 giờ", "2 năm", "một tuyến đường", "một đoạn sông", "năm 2019"]))

PAGES.append(page("b6638-binhdinh-ccb-traoqua-2019", """
BÁO BÌNH ĐỊNH ONLINE
Xã hội » Chính sách - Đời sống
Thứ Sáu, 23/08/2019 | 17:05
Cựu chiến binh Hoài Ân làm theo Bác, trao 200 suất quà cho học sinh nghèo
(BĐ) - Sáng 22/8, Hội Cựu chiến binh huyện Hoài Ân phối hợp với Phòng Giáo dục và Đào tạo huyện trao 200 suất quà cho học sinh có hoàn cảnh khó khăn trước thềm năm học mới. Đây là một trong những phần việc cụ thể của Hội trong thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị.
Các em học sinh nhận quà từ cựu chiến binh. Ảnh: Ngọc Nhi
Mỗi suất quà gồm 10 quyển vở, bộ dụng cụ học tập và 300.000 đồng tiền mặt, tổng trị giá gần 100 triệu đồng. Kinh phí do hội viên cựu chiến binh tự nguyện đóng góp, cùng sự hỗ trợ của các doanh nghiệp do cựu chiến binh làm chủ. Trong số học sinh được nhận quà, có 46 em là con em đồng bào Ba Na ở các xã miền núi Đak Mang, Bok Tới.
Ông Nguyễn Văn Thiện, Chủ tịch Hội Cựu chiến binh huyện, cho biết: thực hiện Kế hoạch số 33-KH/HCCB của Hội Cựu chiến binh tỉnh, ba năm qua, hội viên trong huyện đã đóng góp trên 1,2 tỷ đồng, cùng địa phương xây 9 nhà "Nghĩa tình đồng đội" và tặng 1.500 suất quà cho hộ nghèo.
Tại buổi trao quà, ông Đinh Văn Nỉ, người Ba Na, hội viên Chi hội Cựu chiến binh làng Kon Trú, xã Đak Mang, được nhắc đến như một tấm gương làm theo Bác. Năm nay hơn 70 tuổi, ông vẫn tự nguyện dạy chữ cho trẻ em trong làng mỗi tối, vận động 14 em bỏ học trở lại lớp.
Cựu chiến binh Trần Quang Liêm, xã Ân Tường Tây, người đã 8 năm nhận đỡ đầu học sinh mồ côi, chia sẻ: "Ngày trước mình cầm súng theo Bác, giờ mình lo cho các cháu đi học, cũng là làm theo lời Bác dặn".
Phát biểu tại buổi lễ, bà Lê Thị Kim Phượng, Phó Chủ tịch UBND huyện Hoài Ân, ghi nhận những đóng góp của cựu chiến binh, đề nghị ngành giáo dục phối hợp theo dõi, giúp đỡ các em duy trì việc học, không để em nào bỏ học vì hoàn cảnh. Dịp này, Hội Cựu chiến binh huyện còn trao tặng 2 suất học bổng "Tiếp sức đến trường", mỗi suất 5 triệu đồng, cho 2 tân sinh viên đỗ đại học năm 2019.
Theo Hội Cựu chiến binh tỉnh Bình Định, cách làm của Hoài Ân đang được nhiều huyện học tập. Các chi hội không chờ kinh phí cấp trên mà tự bàn, tự góp, tự làm; việc chọn học sinh nhận quà được bình xét công khai ở thôn, có ý kiến của nhà trường và ban công tác mặt trận thôn, nên đến đúng người, đúng hoàn cảnh.
Em Đinh Thị Hoa, học sinh lớp 8 Trường PTDTBT THCS Đak Mang, xúc động cảm ơn các ông, các bác cựu chiến binh và hứa sẽ cố gắng học tốt.
Ngọc Nhi
Tin cùng chuyên mục
- Phù Mỹ: hội viên phụ nữ làm theo Bác (18/08/2019)
- Trao 50 xe đạp cho học sinh vùng cao An Lão (10/08/2019)
- Tây Sơn: nông dân thi đua sản xuất giỏi (02/08/2019)
""", "2019-08-23", "Cựu chiến binh Hoài Ân làm theo Bác, trao 200 suất quà cho học sinh nghèo",
E("trao_qua", None, "2019-08-22"),
[P("Nguyễn Văn Thiện", "Chủ tịch Hội Cựu chiến binh huyện"),
 P("Đinh Văn Nỉ", "hội viên Chi hội Cựu chiến binh làng Kon Trú"),
 P("Trần Quang Liêm", "Cựu chiến binh"),
 P("Lê Thị Kim Phượng", "Phó Chủ tịch UBND huyện Hoài Ân"),
 P("Đinh Thị Hoa", "học sinh lớp 8 Trường PTDTBT THCS Đak Mang")],
[Q("200 suất quà", 200, "suất quà"), Q("10 quyển vở", 10, "quyển vở"), Q("300.000 đồng", 300000, "đồng"),
 Q("gần 100 triệu đồng", 100000000, "đồng", "approx"), Q("46 em", 46, "em"),
 Q("trên 1,2 tỷ đồng", 1200000000, "đồng", "over"), Q("9 nhà", 9, "nhà"), Q("1.500 suất quà", 1500, "suất quà"),
 Q("14 em", 14, "em"), Q("2 suất học bổng", 2, "suất học bổng"), Q("5 triệu đồng", 5000000, "đồng"),
 Q("2 tân sinh viên", 2, "tân sinh viên")],
[D("Chỉ thị", "05", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 05-CT/TW của Bộ Chính trị"),
 D("Kế hoạch", "33", "KH/HCCB", None, "Hội Cựu chiến binh tỉnh", "Kế hoạch số 33-KH/HCCB")],
[prov("Bình Định"), com("Đak Mang"), com("Bok Tới"), com("Ân Tường Tây")],
["BÁO BÌNH ĐỊNH ONLINE", "Xã hội » Chính sách - Đời sống", "(BĐ)", "Các em học sinh nhận quà từ cựu chiến binh. Ảnh: Ngọc Nhi",
 "Nghĩa tình đồng đội", "Tiếp sức đến trường", "Phòng Giáo dục và Đào tạo huyện", "Trường PTDTBT THCS Đak Mang"],
["Thứ Sáu, 23/08/2019 | 17:05", "ba năm qua", "hơn 70 tuổi", "8 năm", "lớp 8", "năm 2019"]))

PAGES.append(page("b6639-gialai-chupah-soket-2020", """
BÁO GIA LAI ĐIỆN TỬ
Chính trị › Xây dựng Đảng
Ngày 10/07/2020 | 10:05
Chư Păh: Cán bộ, đảng viên làm theo Bác giữa mùa dịch
(GLO) - Ngày 9/7, Ban Thường vụ Huyện ủy Chư Păh tổ chức hội nghị sơ kết 6 tháng đầu năm 2020 việc thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị và Nghị quyết 04, 05-NQ/HU của Ban Chấp hành Đảng bộ huyện. Tham dự hội nghị có 45 đồng chí là Ủy viên Ban Chấp hành Đảng bộ huyện, bí thư các tổ chức cơ sở đảng.
Đồng chí Rơ Châm Hyưn phát biểu chỉ đạo hội nghị. Ảnh: Hoàng Ngọc
Báo cáo do đồng chí Ksor Thu, UVBCH Đảng bộ huyện, Trưởng Ban Tuyên giáo Huyện ủy trình bày cho biết: 6 tháng qua, dù dịch Covid-19 diễn biến phức tạp, nhất là trong thời gian thực hiện Chỉ thị 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ về cách ly toàn xã hội, các chi bộ vẫn duy trì sinh hoạt chuyên đề bằng hình thức phù hợp. 100% chi bộ đã đưa nội dung học tập và làm theo Bác vào sinh hoạt; 1.286 đảng viên đăng ký việc làm theo.
Hưởng ứng lời kêu gọi "Cả nước chung tay phòng, chống dịch Covid-19", cán bộ, đảng viên và nhân dân trong huyện đã ủng hộ hơn 420 triệu đồng, 18 tấn gạo, khoảng 3.000 khẩu trang; các đoàn thể cấp phát 650 phần quà cho hộ nghèo, người lao động mất việc. Huyện xây dựng được 11 mô hình làm theo Bác ở cơ sở, trong đó mô hình "Làng không có người nghiện rượu" ở làng Kép, xã Ia Ka, được nhiều nơi đến học tập.
Tại hội nghị, bà Siu Đhưk, Bí thư Chi bộ làng Kép, xã Ia Ka, kể: chi bộ giao mỗi đảng viên phụ trách từ 5 đến 7 hộ, hằng tuần đến nhà vận động, nên từ 23 hộ có người nghiện rượu năm 2018, nay còn 4 hộ. Ông Rah Lan Hlơi, người có uy tín làng Bi, xã Ia Nhin, cho biết làng đã tự góp 35 ngày công làm lại cầu treo qua suối.
Ông Nguyễn Đình Tâm, Bí thư Đảng ủy thị trấn Phú Hòa, đề nghị huyện sớm có hướng dẫn cụ thể về việc đánh giá kết quả làm theo của đảng viên đi làm ăn xa, vì hiện có 17 đảng viên của thị trấn đang làm việc ngoài tỉnh.
Phát biểu chỉ đạo, đồng chí Rơ Châm Hyưn, Tỉnh ủy viên, Bí thư Huyện ủy Chư Păh, biểu dương những cách làm hay của cơ sở; yêu cầu 6 tháng cuối năm các cấp ủy tập trung chuẩn bị đại hội đảng bộ các cấp nhiệm kỳ 2020 - 2025, đưa kết quả học tập và làm theo Bác vào báo cáo chính trị; chăm lo đời sống đồng bào Jrai, Ba Na, không để kẻ xấu lợi dụng dịch bệnh lôi kéo người dân theo "Tin lành Đê Ga".
Đồng chí Puih Thiêng, Phó Bí thư Thường trực Huyện ủy, thay mặt Ban Thường vụ Huyện ủy tặng giấy khen cho 6 tập thể và 13 cá nhân có thành tích xuất sắc. Chư Păh là một trong 3 huyện được Ban Tuyên giáo Tỉnh ủy Gia Lai chọn làm điểm về xây dựng mô hình làm theo Bác ở vùng đồng bào dân tộc thiểu số.
Hoàng Ngọc
Tin khác
- Ia Grai: 8 mô hình "Dân vận khéo" gắn với làm theo Bác (06/07/2020)
- Pleiku trao 300 suất quà cho người lao động mất việc (28/06/2020)
- Đak Đoa: Đảng bộ xã Hneng đại hội thành công (22/06/2020)
""", "2020-07-10", "Chư Păh: Cán bộ, đảng viên làm theo Bác giữa mùa dịch",
E("so_ket", "2020-H1", "2020-07-09"),
[P("Ksor Thu", "UVBCH Đảng bộ huyện", "Trưởng Ban Tuyên giáo Huyện ủy"),
 P("Siu Đhưk", "Bí thư Chi bộ làng Kép"), P("Rah Lan Hlơi", "người có uy tín làng Bi"),
 P("Nguyễn Đình Tâm", "Bí thư Đảng ủy thị trấn Phú Hòa"),
 P("Rơ Châm Hyưn", "Tỉnh ủy viên", "Bí thư Huyện ủy Chư Păh"),
 P("Puih Thiêng", "Phó Bí thư Thường trực Huyện ủy")],
[Q("45 đồng chí", 45, "đồng chí"), Q("100% chi bộ", 100, "%"), Q("1.286 đảng viên", 1286, "đảng viên"),
 Q("hơn 420 triệu đồng", 420000000, "đồng", "over"), Q("18 tấn", 18, "tấn"), Q("khoảng 3.000 khẩu trang", 3000, "khẩu trang", "approx"),
 Q("650 phần quà", 650, "phần quà"), Q("11 mô hình", 11, "mô hình"), Q("5", 5, "hộ"), Q("7 hộ", 7, "hộ"),
 Q("23 hộ", 23, "hộ"), Q("4 hộ", 4, "hộ"), Q("35 ngày công", 35, "ngày công"), Q("17 đảng viên", 17, "đảng viên"),
 Q("6 tập thể", 6, "tập thể"), Q("13 cá nhân", 13, "cá nhân"), Q("3 huyện", 3, "huyện")],
[D("Chỉ thị", "05", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 05-CT/TW của Bộ Chính trị"),
 D("Nghị quyết", "04", "NQ/HU", None, "Ban Chấp hành Đảng bộ huyện", "Nghị quyết 04, 05-NQ/HU"),
 D("Nghị quyết", "05", "NQ/HU", None, "Ban Chấp hành Đảng bộ huyện", "Nghị quyết 04, 05-NQ/HU"),
 D("Chỉ thị", "16", "CT-TTg", "2020-03-31", "Thủ tướng Chính phủ", "Chỉ thị 16/CT-TTg ngày 31/3/2020")],
[prov("Gia Lai"), com("Ia Ka"), com("Ia Nhin"), com("Phú Hòa")],
["BÁO GIA LAI ĐIỆN TỬ", "Chính trị › Xây dựng Đảng", "(GLO)", "Đồng chí Rơ Châm Hyưn phát biểu chỉ đạo hội nghị. Ảnh: Hoàng Ngọc",
 "Cả nước chung tay phòng, chống dịch Covid-19", "Làng không có người nghiện rượu", "Tin lành Đê Ga"],
["Ngày 10/07/2020 | 10:05", "45 đồng chí", "6 tháng đầu năm 2020", "6 tháng qua", "Covid-19", "năm 2018",
 "6 tháng cuối năm", "nhiệm kỳ 2020 - 2025"]))

PAGES.append(page("b6640-longan-daihoi-thidua-2020", """
Báo Long An Online
Trang chủ | Chính trị | Thi đua - Khen thưởng
25-06-2020 14:30
Ảnh: Các điển hình tiên tiến được tuyên dương tại đại hội.
Cần Giuộc: Đại hội Thi đua yêu nước lần thứ V
Ngày 24/6, huyện Cần Giuộc long trọng tổ chức Đại hội Thi đua yêu nước lần thứ V, giai đoạn 2020 - 2025 với 280 đại biểu chính thức đại diện cho các điển hình tiên tiến trên các lĩnh vực. Về dự có đồng chí Trương Văn Lượm, Phó Chủ tịch UBND tỉnh - Chủ tịch Hội đồng Thi đua - Khen thưởng tỉnh.
Báo cáo tại đại hội do đồng chí Lê Minh Phú, Huyện ủy viên, Phó Chủ tịch Thường trực UBND huyện trình bày cho biết: 5 năm qua, phong trào thi đua yêu nước gắn với học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh theo Chỉ thị 05-CT/TW đã tạo động lực để huyện hoàn thành 18/20 chỉ tiêu Nghị quyết Đại hội Đảng bộ huyện. Tổng giá trị sản xuất tăng bình quân 11,2% mỗi năm; thu nhập bình quân đầu người đạt 64 triệu đồng/năm; tỷ lệ hộ nghèo giảm còn 0,8%. Huyện có 9 xã đạt chuẩn nông thôn mới.
Thực hiện Chỉ thị số 34-CT/TW ngày 7/4/2019 của Ban Bí thư về tăng cường đổi mới công tác thi đua, khen thưởng, các cấp trong huyện chú trọng phát hiện, khen thưởng người lao động trực tiếp. Trong 5 năm, đã có 2.315 lượt tập thể, cá nhân được khen thưởng các cấp, trong đó 61% là công nhân, nông dân, người lao động.
Đại hội nghe nhiều tham luận ý nghĩa. Bà Võ Thị Ngọc Hân, Chủ tịch Hội Liên hiệp Phụ nữ xã Long Hậu, chia sẻ mô hình "Tiết kiệm làm theo lời Bác" giúp 126 hội viên nghèo vay vốn không lãi, với tổng số vốn xoay vòng hơn 1,3 tỷ đồng. Ông Huỳnh Văn Sáu, nông dân xã Phước Lại, người đã hiến 1.500 m2 đất làm đường, kể: "Tôi nghĩ đơn giản, đường có thì con cháu mình đi, bà con mình đi".
Ông Đặng Công Danh, Giám đốc Hợp tác xã Tân Tập, xã Tân Tập, cho biết hợp tác xã đã liên kết với 210 hộ nuôi tôm theo hướng an toàn, tạo việc làm thường xuyên cho khoảng 90 lao động địa phương.
Phát biểu chỉ đạo, đồng chí Trương Văn Lượm đề nghị huyện tiếp tục đổi mới nội dung, hình thức thi đua, chống bệnh thành tích; nhân rộng các điển hình "người tốt, việc tốt" trong học tập và làm theo Bác.
Dịp này, Chủ tịch UBND tỉnh tặng bằng khen cho 8 tập thể, 12 cá nhân; UBND huyện tặng giấy khen cho 45 tập thể, 62 cá nhân tiêu biểu giai đoạn 2015 - 2020. Đại hội đã bầu 15 đại biểu đi dự Đại hội Thi đua yêu nước tỉnh Long An lần thứ V.
Đồng chí Nguyễn Thanh Hải, Bí thư Huyện ủy Cần Giuộc, kêu gọi cán bộ, đảng viên và nhân dân trong huyện phát huy kết quả đạt được, thi đua lập thành tích chào mừng đại hội đảng bộ các cấp.
Minh Hải
Tin liên quan
- Đức Hòa tổ chức Đại hội Thi đua yêu nước lần thứ V (19/06/2020)
- Long An: 5 năm thi đua làm theo lời Bác (12/06/2020)
- Tân Trụ biểu dương 60 điển hình tiên tiến (05/06/2020)
""", "2020-06-25", "Cần Giuộc: Đại hội Thi đua yêu nước lần thứ V",
E("dai_hoi", None, "2020-06-24"),
[P("Trương Văn Lượm", "Phó Chủ tịch UBND tỉnh - Chủ tịch Hội đồng Thi đua - Khen thưởng tỉnh"),
 P("Lê Minh Phú", "Huyện ủy viên", "Phó Chủ tịch Thường trực UBND huyện"),
 P("Võ Thị Ngọc Hân", "Chủ tịch Hội Liên hiệp Phụ nữ xã Long Hậu"),
 P("Huỳnh Văn Sáu", "nông dân xã Phước Lại"),
 P("Đặng Công Danh", "Giám đốc Hợp tác xã Tân Tập"),
 P("Nguyễn Thanh Hải", "Bí thư Huyện ủy Cần Giuộc")],
[Q("280 đại biểu chính thức", 280, "đại biểu chính thức"), Q("18/20 chỉ tiêu", 18, "chỉ tiêu"), Q("11,2%", 11.2, "%"),
 Q("64 triệu đồng/năm", 64000000, "đồng"), Q("0,8%", 0.8, "%"), Q("9 xã", 9, "xã"),
 Q("2.315 lượt tập thể, cá nhân", 2315, "lượt tập thể, cá nhân"), Q("61%", 61, "%"), Q("126 hội viên nghèo", 126, "hội viên nghèo"),
 Q("hơn 1,3 tỷ đồng", 1300000000, "đồng", "over"), Q("1.500 m2", 1500, "m2"), Q("210 hộ", 210, "hộ"),
 Q("khoảng 90 lao động", 90, "lao động", "approx"), Q("8 tập thể", 8, "tập thể"), Q("12 cá nhân", 12, "cá nhân"),
 Q("45 tập thể", 45, "tập thể"), Q("62 cá nhân tiêu biểu", 62, "cá nhân tiêu biểu"), Q("15 đại biểu", 15, "đại biểu")],
[D("Chỉ thị", "05", "CT/TW", None, None, "Chỉ thị 05-CT/TW"),
 D("Chỉ thị", "34", "CT/TW", "2019-04-07", "Ban Bí thư", "Chỉ thị số 34-CT/TW ngày 7/4/2019")],
[prov("Long An"), com("Long Hậu"), com("Phước Lại"), com("Tân Tập")],
["Báo Long An Online", "Trang chủ | Chính trị | Thi đua - Khen thưởng", "Ảnh: Các điển hình tiên tiến được tuyên dương tại đại hội.",
 "Tiết kiệm làm theo lời Bác", "người tốt, việc tốt", "Hợp tác xã Tân Tập", "Hội đồng Thi đua - Khen thưởng tỉnh"],
["25-06-2020 14:30", "lần thứ V", "giai đoạn 2020 - 2025", "5 năm qua", "Trong 5 năm", "giai đoạn 2015 - 2020"]))
