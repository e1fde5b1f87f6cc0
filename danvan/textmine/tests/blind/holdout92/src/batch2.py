from lib import *
PAGES = []

PAGES.append(page("b2171-daklak-mttq-giaoban-q3-2018", """
ỦY BAN MTTQ VIỆT NAM TỈNH ĐẮK LẮK
Trang chủ >> Hoạt động Mặt trận >> Tin tức
T2, 08/10/2018 - 14:05
Quang cảnh buổi giao ban. Ảnh: H.Nhung
Giao ban khối Mặt trận, đoàn thể: chú trọng giám sát việc thực hiện chính sách ở vùng đồng bào dân tộc
Sáng 5/10, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk tổ chức giao ban công tác Mặt trận và các tổ chức chính trị - xã hội quý III/2018. Chủ trì có đồng chí Y Dhăm Ênuôl, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh và đồng chí H'Yim Kđoh, Phó Chủ tịch Ủy ban MTTQ tỉnh.
Báo cáo cho thấy, trong quý III, Mặt trận và các đoàn thể cấp tỉnh đã tổ chức 9 cuộc giám sát chuyên đề, tập trung vào việc thực hiện Nghị định số 116/2016/NĐ-CP của Chính phủ về hỗ trợ học sinh bán trú, việc cấp thẻ bảo hiểm y tế cho người dân tộc thiểu số và việc sử dụng vốn vay ưu đãi. Qua giám sát đã đưa ra 34 kiến nghị; đến nay có 21 kiến nghị được trả lời bằng văn bản.
Hội LHPN tỉnh giám sát 3 cơ sở trợ giúp xã hội; Hội Nông dân tỉnh phối hợp giám sát chất lượng vật tư nông nghiệp tại 27 đại lý, phát hiện 4 đại lý kinh doanh phân bón không rõ nguồn gốc. Liên đoàn Lao động tỉnh giám sát việc thực hiện Bộ luật Lao động tại 6 doanh nghiệp cà phê, cao su với hơn 2.300 công nhân. Tỉnh đoàn tổ chức 12 đợt giám sát an toàn giao thông trước cổng trường.
Các ý kiến tại giao ban phản ánh: ở một số buôn, việc bình xét hộ nghèo chưa khách quan; 146 hộ tái nghèo do cà phê mất giá. Bà H'Blưng Niê, Chủ tịch Hội LHPN tỉnh, đề nghị các tổ chức thành viên thống nhất chương trình giám sát để tránh chồng chéo. Ông Y Phôn Byă, Chủ tịch Ủy ban MTTQ huyện Krông Búk, thông tin huyện đã vận động được 1.240 triệu đồng ủng hộ Quỹ "Vì người nghèo", riêng xã Cư Né xây mới 14 căn nhà.
Phát biểu kết luận, đồng chí Y Dhăm Ênuôl đề nghị quý IV/2018 tập trung triển khai Kế hoạch số 89-KH/TU, 90-KH/TU của Tỉnh ủy thực hiện Quy định số 124-QĐ/TW ngày 02/02/2018 của Ban Bí thư về giám sát của MTTQ và các đoàn thể đối với việc tu dưỡng, rèn luyện đạo đức, lối sống của người đứng đầu, cán bộ chủ chốt và cán bộ, đảng viên; chuẩn bị tổ chức Đại hội đại biểu MTTQ Việt Nam tỉnh lần thứ X, nhiệm kỳ 2019-2024, và hoàn thành 350 căn nhà Đại đoàn kết trước ngày 31/12.
Dịp này, đồng chí Trần Quang Hiếu, Phó Chủ tịch Ủy ban MTTQ tỉnh, đã trao 20 suất học bổng, mỗi suất 2 triệu đồng, cho học sinh dân tộc thiểu số nghèo.
Hồng Nhung
Tin liên quan
- Krông Pắc: giám sát việc chi trả tiền hỗ trợ cho 1.800 hộ (28/09/2018)
- Phản biện dự thảo quy hoạch phát triển cà phê bền vững (19/09/2018)
- Ea H'leo: 42 người có uy tín được biểu dương (07/09/2018)
""", "2018-10-08", "Giao ban khối Mặt trận, đoàn thể: chú trọng giám sát việc thực hiện chính sách ở vùng đồng bào dân tộc",
E("giao_ban", "2018-Q3", "2018-10-05"),
[P("Y Dhăm Ênuôl", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("H'Yim Kđoh", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("H'Blưng Niê", "Chủ tịch Hội LHPN tỉnh"),
 P("Y Phôn Byă", "Chủ tịch Ủy ban MTTQ huyện Krông Búk"),
 P("Trần Quang Hiếu", "Phó Chủ tịch Ủy ban MTTQ tỉnh")],
[Q("9 cuộc giám sát chuyên đề", 9, "cuộc giám sát chuyên đề"), Q("34 kiến nghị", 34, "kiến nghị"), Q("21 kiến nghị", 21, "kiến nghị"),
 Q("3 cơ sở trợ giúp xã hội", 3, "cơ sở trợ giúp xã hội"), Q("27 đại lý", 27, "đại lý"), Q("4 đại lý", 4, "đại lý"),
 Q("6 doanh nghiệp cà phê, cao su", 6, "doanh nghiệp cà phê, cao su"), Q("hơn 2.300 công nhân", 2300, "công nhân", "over"),
 Q("12 đợt giám sát an toàn giao thông", 12, "đợt giám sát an toàn giao thông"), Q("146 hộ tái nghèo", 146, "hộ tái nghèo"),
 Q("1.240 triệu đồng", 1240000000, "đồng"), Q("14 căn nhà", 14, "căn nhà"),
 Q("350 căn nhà Đại đoàn kết", 350, "căn nhà Đại đoàn kết"), Q("20 suất học bổng", 20, "suất học bổng"),
 Q("2 triệu đồng", 2000000, "đồng")],
[D("Nghị định", "116", "2016/NĐ-CP", None, "Chính phủ", "Nghị định số 116/2016/NĐ-CP của Chính phủ"),
 D("Kế hoạch", "89", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 89-KH/TU, 90-KH/TU của Tỉnh ủy"),
 D("Kế hoạch", "90", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 89-KH/TU, 90-KH/TU của Tỉnh ủy"),
 D("Quy định", "124", "QĐ/TW", "2018-02-02", "Ban Bí thư", "Quy định số 124-QĐ/TW ngày 02/02/2018 của Ban Bí thư")],
[prov("Đắk Lắk"), com("Cư Né")],
["ỦY BAN MTTQ VIỆT NAM TỈNH ĐẮK LẮK", "Trang chủ >> Hoạt động Mặt trận >> Tin tức", "Quang cảnh buổi giao ban. Ảnh: H.Nhung",
 "Vì người nghèo", "Bộ luật Lao động"],
["T2, 08/10/2018 - 14:05", "quý III/2018", "quý IV/2018", "lần thứ X", "nhiệm kỳ 2019-2024", "31/12"]))

PAGES.append(page("b2172-bentre-ldld-doithoai-2018", """
CÔNG ĐOÀN BẾN TRE - Trang thông tin điện tử Liên đoàn Lao động tỉnh Bến Tre
Trang chủ | Tin hoạt động | Đối thoại - Thương lượng
05-12-2018 10:20
Lắng nghe, giải đáp 27 ý kiến, kiến nghị của công nhân khu công nghiệp
Ngày 4/12, Liên đoàn Lao động tỉnh Bến Tre phối hợp với UBND tỉnh tổ chức hội nghị đối thoại giữa lãnh đạo tỉnh với công nhân lao động năm 2018. Đây là lần thứ 4 tỉnh tổ chức đối thoại trực tiếp với công nhân. Chủ trì đối thoại có ông Lê Hữu Phước, Phó Chủ tịch UBND tỉnh; bà Nguyễn Thị Bé Mười, Chủ tịch LĐLĐ tỉnh.
Toàn cảnh hội nghị đối thoại.
Tham dự có đại diện lãnh đạo các sở, ngành: Lao động - Thương binh và Xã hội, Bảo hiểm xã hội tỉnh, Ban Quản lý các khu công nghiệp, Công an tỉnh cùng hơn 300 công nhân, người lao động đang làm việc tại Khu công nghiệp Giao Long và An Hiệp.
Trước đối thoại, LĐLĐ tỉnh đã tổ chức lấy ý kiến tại 42 công đoàn cơ sở, tổng hợp 27 ý kiến, kiến nghị gửi các sở, ngành chuẩn bị trả lời. Các ý kiến tập trung vào nhà ở, nhà trẻ cho con công nhân, bữa ăn ca, chậm đóng bảo hiểm xã hội và an ninh trật tự khu nhà trọ ở xã An Phước.
Chị Thạch Thị Sô Phi, công nhân Công ty TNHH May Tiến Phát, phản ánh tiền lương bình quân 5,2 triệu đồng/tháng, trong khi giá phòng trọ tăng lên 1,1 triệu đồng/tháng. Anh Huỳnh Văn Tài, Chủ tịch Công đoàn cơ sở Công ty CP Thủy sản Giao Long, kiến nghị có thêm tuyến xe buýt cho công nhân. Ông Phạm Thanh Sang, công nhân Công ty TNHH Dừa Thành Vinh, đề nghị giải quyết dứt điểm việc công ty nợ bảo hiểm xã hội của 186 lao động.
Trả lời các ý kiến, ông Lê Hữu Phước cho biết tỉnh đã bố trí 12 ha đất xây dựng thiết chế công đoàn tại Khu công nghiệp Giao Long với 1.500 căn hộ cho công nhân; giao Sở Giao thông vận tải nghiên cứu mở thêm 2 tuyến xe buýt trong quý I/2019. Bà Võ Thị Ngọc Hân, Phó Giám đốc Bảo hiểm xã hội tỉnh, thông tin tỉnh đã khởi kiện 3 doanh nghiệp nợ đọng kéo dài với tổng số tiền 7,8 tỷ đồng theo Luật Bảo hiểm xã hội số 58/2014/QH13.
Phát biểu kết luận, ông Lê Hữu Phước ghi nhận vai trò của công đoàn trong giám sát việc thực hiện chính sách đối với người lao động; yêu cầu các sở, ngành trả lời bằng văn bản trước ngày 20/12 những ý kiến chưa giải đáp tại hội nghị, thực hiện nghiêm Nghị định số 60/2013/NĐ-CP của Chính phủ về thực hiện quy chế dân chủ ở cơ sở tại nơi làm việc và Chỉ thị 22-CT/TW của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác xây dựng quan hệ lao động hài hòa, ổn định và tiến bộ trong doanh nghiệp.
Bà Nguyễn Thị Bé Mười cho biết LĐLĐ tỉnh sẽ theo dõi, giám sát việc thực hiện các kết luận tại hội nghị; năm 2018, công đoàn các cấp đã hỗ trợ xây 85 Mái ấm Công đoàn với tổng số tiền 3,4 tỷ đồng và tặng 2.600 phần quà Tết cho đoàn viên khó khăn.
Thanh Đồng
Tin khác
- Công đoàn ngành Giáo dục trao 60 suất quà cho giáo viên vùng khó (30/11/2018)
- Ký kết thỏa ước lao động tập thể nhóm doanh nghiệp dừa (22/11/2018)
- Tập huấn kỹ năng cho 120 cán bộ công đoàn cơ sở (14/11/2018)
""", "2018-12-05", "Lắng nghe, giải đáp 27 ý kiến, kiến nghị của công nhân khu công nghiệp",
E("doi_thoai", "2018", "2018-12-04"),
[P("Lê Hữu Phước", "Phó Chủ tịch UBND tỉnh"),
 P("Nguyễn Thị Bé Mười", "Chủ tịch LĐLĐ tỉnh"),
 P("Thạch Thị Sô Phi", "công nhân Công ty TNHH May Tiến Phát"),
 P("Huỳnh Văn Tài", "Chủ tịch Công đoàn cơ sở Công ty CP Thủy sản Giao Long"),
 P("Phạm Thanh Sang", "công nhân Công ty TNHH Dừa Thành Vinh"),
 P("Võ Thị Ngọc Hân", "Phó Giám đốc Bảo hiểm xã hội tỉnh")],
[Q("27 ý kiến, kiến nghị", 27, "ý kiến, kiến nghị"), Q("hơn 300 công nhân, người lao động", 300, "công nhân, người lao động", "over"),
 Q("42 công đoàn cơ sở", 42, "công đoàn cơ sở"), Q("5,2 triệu đồng", 5200000, "đồng"), Q("1,1 triệu đồng", 1100000, "đồng"),
 Q("186 lao động", 186, "lao động"), Q("12 ha", 12, "ha"), Q("1.500 căn hộ", 1500, "căn hộ"), Q("2 tuyến xe buýt", 2, "tuyến xe buýt"),
 Q("3 doanh nghiệp", 3, "doanh nghiệp"), Q("7,8 tỷ đồng", 7800000000, "đồng"), Q("85 Mái ấm Công đoàn", 85, "Mái ấm Công đoàn"),
 Q("3,4 tỷ đồng", 3400000000, "đồng"), Q("2.600 phần quà Tết", 2600, "phần quà")],
[D("Luật", "58", "2014/QH13", None, None, "Luật Bảo hiểm xã hội số 58/2014/QH13"),
 D("Nghị định", "60", "2013/NĐ-CP", None, "Chính phủ", "Nghị định số 60/2013/NĐ-CP của Chính phủ"),
 D("Chỉ thị", "22", "CT/TW", None, "Ban Bí thư", "Chỉ thị 22-CT/TW của Ban Bí thư")],
[prov("Bến Tre"), com("An Phước")],
["CÔNG ĐOÀN BẾN TRE - Trang thông tin điện tử Liên đoàn Lao động tỉnh Bến Tre", "Trang chủ | Tin hoạt động | Đối thoại - Thương lượng",
 "Toàn cảnh hội nghị đối thoại.", "Khu công nghiệp Giao Long"],
["05-12-2018 10:20", "năm 2018", "lần thứ 4", "quý I/2019", "20/12"]))

PAGES.append(page("b2173-langson-mttq-taphuan-giamsat-2019", """
MTTQ TỈNH LẠNG SƠN
Trang chủ › Tin tức › Tập huấn - Bồi dưỡng
17.05.2019 | 08:30
Ảnh: Các học viên tham gia lớp tập huấn.
Tập huấn nghiệp vụ giám sát và phản biện xã hội cho cán bộ Mặt trận cơ sở
Trong 2 ngày 15 và 16/5/2019, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn tổ chức lớp tập huấn nghiệp vụ công tác giám sát, phản biện xã hội năm 2019 cho 165 học viên là Chủ tịch, Phó Chủ tịch Ủy ban MTTQ các xã, phường, thị trấn và trưởng ban công tác Mặt trận khu dân cư của 3 huyện Tràng Định, Bình Gia, Văn Lãng.
Phát biểu khai mạc, bà Hoàng Thị Duyên, Phó Chủ tịch Ủy ban MTTQ tỉnh nhấn mạnh: năm 2018, Mặt trận các cấp trong tỉnh đã chủ trì 1.027 cuộc giám sát, đưa ra 2.315 kiến nghị, trong đó 1.860 kiến nghị được tiếp thu; tổ chức 64 hội nghị phản biện xã hội. Tuy nhiên, chất lượng giám sát ở cơ sở chưa đều, nhiều nơi còn lúng túng trong việc lựa chọn nội dung, xây dựng báo cáo và theo dõi việc thực hiện kiến nghị sau giám sát.
Tại lớp tập huấn, các học viên được ông Nông Văn Hưởng, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh và bà Lộc Thị Mai, Phó Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh, truyền đạt các chuyên đề: Luật Mặt trận Tổ quốc Việt Nam số 75/2015/QH13; Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN ngày 15/6/2017 quy định chi tiết các hình thức giám sát, phản biện xã hội của MTTQ Việt Nam; Quy định số 124-QĐ/TW của Ban Bí thư và Hướng dẫn số 27/HD-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam; kỹ năng xây dựng kế hoạch, thành lập đoàn giám sát, lập biên bản và văn bản kiến nghị sau giám sát.
Học viên được thảo luận theo 5 nhóm, thực hành xây dựng kế hoạch giám sát việc thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững ở một xã cụ thể. Ông Hoàng Văn Pằn, Chủ tịch Ủy ban MTTQ xã Hoàng Văn Thụ (huyện Văn Lãng), cho biết sau khi được tập huấn năm 2018, xã đã giám sát việc chia 9 con bò giống hỗ trợ hộ nghèo, phát hiện 2 con không đạt trọng lượng và kiến nghị thay thế kịp thời.
Bà Triệu Thị Lìn, Phó Chủ tịch Ủy ban MTTQ xã Tân Yên, huyện Tràng Định, đề nghị mức hỗ trợ kinh phí cho mỗi cuộc giám sát cấp xã là 1,5 triệu đồng và bổ sung tài liệu song ngữ cho vùng đồng bào Dao, Nùng.
Bế mạc lớp tập huấn, bà Hoàng Thị Duyên đề nghị các học viên vận dụng kiến thức vào thực tiễn, chú trọng giám sát những việc dân quan tâm. Sau lớp này, Ban Thường trực sẽ tổ chức thêm 2 lớp cho 8 huyện còn lại trong tháng 6 và tháng 7/2019.
Lăng Hằng
Tin liên quan
- Mặt trận tỉnh giám sát việc thực hiện chính sách đối với người có công (08/05/2019)
- Chi Lăng: 20 khu dân cư tổ chức ngày hội đại đoàn kết sớm (26/04/2019)
- Hội nghị phản biện dự thảo Nghị quyết về phí tham quan (12/04/2019)
""", "2019-05-17", "Tập huấn nghiệp vụ giám sát và phản biện xã hội cho cán bộ Mặt trận cơ sở",
E("tap_huan", "2019", "2019-05-15"),
[P("Hoàng Thị Duyên", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Nông Văn Hưởng", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh"),
 P("Lộc Thị Mai", "Phó Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh"),
 P("Hoàng Văn Pằn", "Chủ tịch Ủy ban MTTQ xã Hoàng Văn Thụ"),
 P("Triệu Thị Lìn", "Phó Chủ tịch Ủy ban MTTQ xã Tân Yên")],
[Q("165 học viên", 165, "học viên"), Q("3 huyện", 3, "huyện"), Q("1.027 cuộc giám sát", 1027, "cuộc giám sát"),
 Q("2.315 kiến nghị", 2315, "kiến nghị"), Q("1.860 kiến nghị", 1860, "kiến nghị"),
 Q("64 hội nghị phản biện xã hội", 64, "hội nghị phản biện xã hội"), Q("5 nhóm", 5, "nhóm"), Q("9 con bò giống", 9, "con bò giống"),
 Q("2 con", 2, "con"), Q("1,5 triệu đồng", 1500000, "đồng"), Q("2 lớp", 2, "lớp"), Q("8 huyện", 8, "huyện")],
[D("Luật", "75", "2015/QH13", None, None, "Luật Mặt trận Tổ quốc Việt Nam số 75/2015/QH13"),
 D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", "2017-06-15", None, "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN ngày 15/6/2017"),
 D("Quy định", "124", "QĐ/TW", None, "Ban Bí thư", "Quy định số 124-QĐ/TW của Ban Bí thư"),
 D("Hướng dẫn", "27", "HD-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 27/HD-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam")],
[prov("Lạng Sơn"), com("Hoàng Văn Thụ"), com("Tân Yên")],
["MTTQ TỈNH LẠNG SƠN", "Trang chủ › Tin tức › Tập huấn - Bồi dưỡng", "Ảnh: Các học viên tham gia lớp tập huấn.",
 "Chương trình mục tiêu quốc gia giảm nghèo bền vững", "Hoàng Văn Thụ"],
["17.05.2019 | 08:30", "2 ngày", "năm 2019", "năm 2018", "tháng 7/2019"]))

PAGES.append(page("b2174-kiengiang-hnd-giamsat-hanman-2019", """
HỘI NÔNG DÂN TỈNH KIÊN GIANG
Trang chủ - Tin tức - Giám sát, phản biện
Thứ năm, 22/08/2019, 15:12
Hội Nông dân tỉnh giám sát việc thực hiện chính sách hỗ trợ nông dân bị thiệt hại do hạn mặn
Từ ngày 19 đến 21/8/2019, Đoàn giám sát của Ban Thường vụ Hội Nông dân tỉnh Kiên Giang đã giám sát việc thực hiện chính sách hỗ trợ nông dân bị thiệt hại do hạn hán, xâm nhập mặn vụ lúa Đông Xuân 2018-2019 tại huyện An Biên, U Minh Thượng và Vĩnh Thuận. Đây là cuộc giám sát chuyên đề theo chương trình giám sát năm 2019 của Hội.
Trưởng đoàn giám sát là ông Danh Út, Phó Chủ tịch Hội Nông dân tỉnh. Thành viên gồm: bà Thị Sa Mết, Chánh Văn phòng Hội Nông dân tỉnh; ông Lâm Văn Đởm, Trưởng ban Kinh tế - Xã hội Hội Nông dân tỉnh; ông Nguyễn Trung Hiếu, Phó Chi cục trưởng Chi cục Trồng trọt và Bảo vệ thực vật; đại diện Ban Dân vận Tỉnh ủy.
Theo báo cáo của các huyện, vụ Đông Xuân 2018-2019 có 18.640 ha lúa bị thiệt hại, trong đó 6.215 ha thiệt hại nặng. Thực hiện Nghị định số 02/2017/NĐ-CP của Chính phủ và Quyết định số 1156/QĐ-UBND ngày 24/5/2019 của UBND tỉnh, các huyện đã chi hỗ trợ 41,3 tỷ đồng cho 9.872 hộ, mức hỗ trợ 2 triệu đồng/ha đối với diện tích thiệt hại nặng.
Qua giám sát tại 6 xã, đoàn ghi nhận việc bình xét được thực hiện công khai tại ấp, có sự tham gia của Chi hội Nông dân và Ban Thanh tra nhân dân; danh sách được niêm yết 7 ngày. Tuy nhiên, tại xã Đông Thái còn 47 hộ chưa nhận tiền hỗ trợ do sai sót tên chủ hộ; một số nơi chưa thống kê diện tích của nông dân thuê đất sản xuất.
Ông Danh Sà Ron, nông dân ấp Xẻo Quao, xã Thạnh Yên, cho biết gia đình có 3 ha lúa mất trắng đã nhận được 6 triệu đồng, kịp mua giống cho vụ sau. Bà Lý Thị Sen, Chủ tịch Hội Nông dân xã Đông Thái, đề nghị tăng mức hỗ trợ cho diện tích lúa bị thiệt hại hoàn toàn.
Kết thúc đợt giám sát, ông Danh Út đề nghị UBND các huyện chỉ đạo chi trả dứt điểm cho 47 hộ còn lại trước ngày 15/9; rà soát, bổ sung 312 hộ thuê đất sản xuất chưa có trong danh sách. Đoàn đã thống nhất 11 kiến nghị, trong đó 8 kiến nghị gửi UBND các huyện, 3 kiến nghị gửi Sở Nông nghiệp và Phát triển nông thôn. Kết quả giám sát sẽ được báo cáo Ban Thường vụ Tỉnh ủy theo Quyết định số 217-QĐ/TW của Bộ Chính trị và Kế hoạch số 15-KH/HND ngày 18/3/2019 của Ban Thường vụ Hội Nông dân tỉnh.
Hoàng Vũ
Tin cùng chuyên mục
- Giồng Riềng: 500 nông dân tham gia hội thi nhà nông đua tài (16/08/2019)
- Hội Nông dân tỉnh đối thoại với nông dân về giá lúa (09/08/2019)
- Giải ngân 12 tỷ đồng vốn Quỹ hỗ trợ nông dân (01/08/2019)
- Hòn Đất: ra mắt 3 tổ hợp tác trồng lúa sạch (25/07/2019)
""", "2019-08-22", "Hội Nông dân tỉnh giám sát việc thực hiện chính sách hỗ trợ nông dân bị thiệt hại do hạn mặn",
E("giam_sat", "2019", "2019-08-19"),
[P("Danh Út", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Thị Sa Mết", "Chánh Văn phòng Hội Nông dân tỉnh"),
 P("Lâm Văn Đởm", "Trưởng ban Kinh tế - Xã hội Hội Nông dân tỉnh"),
 P("Nguyễn Trung Hiếu", "Phó Chi cục trưởng Chi cục Trồng trọt và Bảo vệ thực vật"),
 P("Danh Sà Ron", "nông dân ấp Xẻo Quao"),
 P("Lý Thị Sen", "Chủ tịch Hội Nông dân xã Đông Thái")],
[Q("18.640 ha", 18640, "ha"), Q("6.215 ha", 6215, "ha"), Q("41,3 tỷ đồng", 41300000000, "đồng"), Q("9.872 hộ", 9872, "hộ"),
 Q("2 triệu đồng", 2000000, "đồng"), Q("6 xã", 6, "xã"), Q("47 hộ", 47, "hộ"), Q("3 ha", 3, "ha"), Q("6 triệu đồng", 6000000, "đồng"),
 Q("312 hộ", 312, "hộ"), Q("11 kiến nghị", 11, "kiến nghị"), Q("8 kiến nghị", 8, "kiến nghị"), Q("3 kiến nghị", 3, "kiến nghị")],
[D("Nghị định", "02", "2017/NĐ-CP", None, "Chính phủ", "Nghị định số 02/2017/NĐ-CP của Chính phủ"),
 D("Quyết định", "1156", "QĐ-UBND", "2019-05-24", "UBND tỉnh", "Quyết định số 1156/QĐ-UBND ngày 24/5/2019 của UBND tỉnh"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW của Bộ Chính trị"),
 D("Kế hoạch", "15", "KH/HND", "2019-03-18", "Ban Thường vụ Hội Nông dân tỉnh", "Kế hoạch số 15-KH/HND ngày 18/3/2019 của Ban Thường vụ Hội Nông dân tỉnh")],
[prov("Kiên Giang"), com("Đông Thái"), com("Thạnh Yên")],
["HỘI NÔNG DÂN TỈNH KIÊN GIANG", "Trang chủ - Tin tức - Giám sát, phản biện"],
["Thứ năm, 22/08/2019, 15:12", "Đông Xuân 2018-2019", "năm 2019", "7 ngày", "15/9"]))

PAGES.append(page("b2175-quangnam-mttq-baocao-giamsat-2020", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG NAM
Trang chủ / Hoạt động / Giám sát - Phản biện xã hội
Ngày 08/01/2021 | 09:15
Năm 2020: Mặt trận các cấp đưa ra 1.946 kiến nghị sau giám sát
Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Nam vừa ban hành Báo cáo số 05/BC-MTTQ-BTT ngày 6/1/2021 về kết quả công tác giám sát, phản biện xã hội năm 2020. Báo cáo do đồng chí Võ Thị Kim Liên, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh ký.
Theo báo cáo, năm 2020, dù chịu ảnh hưởng của dịch Covid-19 và các cơn bão số 9, số 13, Mặt trận các cấp trong tỉnh đã chủ trì 1.205 cuộc giám sát, trong đó cấp tỉnh 8 cuộc, cấp huyện 96 cuộc, cấp xã 1.101 cuộc. Qua giám sát đã đưa ra 1.946 kiến nghị; có 1.512 kiến nghị được tiếp thu, giải quyết, đạt 77,7%. Mặt trận các cấp tổ chức 187 hội nghị phản biện xã hội với 1.034 ý kiến phản biện.
Nổi bật là cuộc giám sát việc hỗ trợ người dân gặp khó khăn do đại dịch Covid-19 theo Nghị quyết số 42/NQ-CP ngày 9/4/2020 của Chính phủ và Quyết định số 15/2020/QĐ-TTg của Thủ tướng Chính phủ. Qua giám sát tại 18 huyện, thị xã, thành phố, Mặt trận đã phát hiện 2.437 trường hợp không đủ điều kiện nhưng có tên trong danh sách và 1.126 trường hợp đủ điều kiện nhưng bị bỏ sót; kiến nghị thu hồi 1,47 tỷ đồng.
Ban Thanh tra nhân dân ở 241 xã, phường, thị trấn đã giám sát 1.318 vụ việc; Ban Giám sát đầu tư của cộng đồng giám sát 1.054 công trình. Ở cơ sở, nhiều mô hình hay được nhân rộng như "Tổ giám sát cộng đồng" ở xã Tam Xuân 1, "Camera an ninh" ở phường Điện Ngọc. Báo cáo ghi nhận cách làm của ông Bhling Mia, Chủ tịch Ủy ban MTTQ xã Lăng, huyện Tây Giang, vận động già làng tham gia giám sát việc chia gạo cứu đói cho 284 hộ.
Báo cáo cũng chỉ ra hạn chế: một số nơi chưa xây dựng chương trình giám sát; việc theo dõi thực hiện kiến nghị sau giám sát chưa thường xuyên, có 434 kiến nghị chưa được trả lời. Việc phối hợp thực hiện Quy chế phối hợp số 01/QCPH-MTTQ-HĐND-UBND giữa Ban Thường trực Ủy ban MTTQ tỉnh với Thường trực HĐND, UBND tỉnh có lúc chưa chặt chẽ.
Năm 2021, Mặt trận tỉnh xác định tập trung giám sát công tác bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021-2026; việc thực hiện Kết luận số 03, 04-KL/TU của Ban Thường vụ Tỉnh ủy về công tác tái định cư và về phòng, chống thiên tai; phối hợp giám sát việc tu dưỡng, rèn luyện đạo đức của người đứng đầu theo Quy định 124-QĐ/TW.
Phạm Ngọc
Các tin khác
- Trao 2.000 suất quà Tết cho hộ nghèo miền núi (06/01/2021)
- Hội nghị phản biện dự thảo Nghị quyết về chính sách hỗ trợ người có uy tín (28/12/2020)
- Núi Thành: giám sát việc sửa chữa 300 căn nhà sau bão (18/12/2020)
""", "2021-01-08", "Năm 2020: Mặt trận các cấp đưa ra 1.946 kiến nghị sau giám sát",
E("bao_cao", "2020", "2021-01-06"),
[P("Võ Thị Kim Liên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Bhling Mia", "Chủ tịch Ủy ban MTTQ xã Lăng")],
[Q("1.946 kiến nghị", 1946, "kiến nghị"), Q("1.205 cuộc giám sát", 1205, "cuộc giám sát"), Q("8 cuộc", 8, "cuộc"),
 Q("96 cuộc", 96, "cuộc"), Q("1.101 cuộc", 1101, "cuộc"), Q("1.512 kiến nghị", 1512, "kiến nghị"), Q("77,7%", 77.7, "%"),
 Q("187 hội nghị phản biện xã hội", 187, "hội nghị phản biện xã hội"), Q("1.034 ý kiến phản biện", 1034, "ý kiến phản biện"),
 Q("18 huyện, thị xã, thành phố", 18, "huyện, thị xã, thành phố"), Q("2.437 trường hợp", 2437, "trường hợp"),
 Q("1.126 trường hợp", 1126, "trường hợp"), Q("1,47 tỷ đồng", 1470000000, "đồng"),
 Q("241 xã, phường, thị trấn", 241, "xã, phường, thị trấn"), Q("1.318 vụ việc", 1318, "vụ việc"),
 Q("1.054 công trình", 1054, "công trình"), Q("284 hộ", 284, "hộ"), Q("434 kiến nghị", 434, "kiến nghị")],
[D("Báo cáo", "05", "BC-MTTQ-BTT", "2021-01-06", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Nam", "Báo cáo số 05/BC-MTTQ-BTT ngày 6/1/2021"),
 D("Nghị quyết", "42", "NQ-CP", "2020-04-09", "Chính phủ", "Nghị quyết số 42/NQ-CP ngày 9/4/2020 của Chính phủ"),
 D("Quyết định", "15", "2020/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 15/2020/QĐ-TTg của Thủ tướng Chính phủ"),
 D("Quy chế phối hợp", "01", "QCPH-MTTQ-HĐND-UBND", None, None, "Quy chế phối hợp số 01/QCPH-MTTQ-HĐND-UBND"),
 D("Kết luận", "03", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 03, 04-KL/TU của Ban Thường vụ Tỉnh ủy"),
 D("Kết luận", "04", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 03, 04-KL/TU của Ban Thường vụ Tỉnh ủy"),
 D("Quy định", "124", "QĐ/TW", None, None, "Quy định 124-QĐ/TW")],
[prov("Quảng Nam"), com("Tam Xuân 1"), com("Điện Ngọc"), com("Lăng")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG NAM", "Trang chủ / Hoạt động / Giám sát - Phản biện xã hội",
 "Tổ giám sát cộng đồng", "Camera an ninh"],
["Ngày 08/01/2021 | 09:15", "năm 2020", "Covid-19", "bão số 9", "số 13", "khóa XV", "nhiệm kỳ 2021-2026", "Năm 2021"]))

PAGES.append(page("b2176-hoabinh-mttq-giamsat-baucu-2021", """
BÁO HÒA BÌNH ĐIỆN TỬ
Chính trị | Bầu cử ĐBQH và HĐND các cấp
Cập nhật: 17:30, 28/04/2021 (GMT+7)
Ủy ban MTTQ tỉnh giám sát công tác chuẩn bị bầu cử tại huyện Lạc Sơn
(BHB) - Ngày 27/4, đoàn giám sát số 2 của Ban Thường trực Ủy ban MTTQ tỉnh Hòa Bình do đồng chí Quách Văn Lựu, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh làm trưởng đoàn, đã giám sát công tác chuẩn bị bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021-2026 tại huyện Lạc Sơn và các xã Ân Nghĩa, Quý Hòa.
Tham gia đoàn có các đồng chí: Đinh Công Hùng, Xa Thị Hạnh - Phó Chủ tịch Ủy ban MTTQ tỉnh; Bùi Văn Lịch, Trưởng ban Tổ chức - Tuyên giáo Ủy ban MTTQ tỉnh; đại diện Ban Tổ chức Tỉnh ủy, Sở Nội vụ.
Theo báo cáo của Ủy ban bầu cử huyện Lạc Sơn, toàn huyện có 29 xã, thị trấn với 211 khu vực bỏ phiếu và 98.756 cử tri. Số đại biểu HĐND huyện được bầu là 35 người; số người ứng cử là 58 người. Các xã đã hoàn thành niêm yết danh sách cử tri đúng thời gian quy định; tổ chức 87 hội nghị cử tri nơi cư trú lấy ý kiến đối với người ứng cử, với 6.420 lượt cử tri tham dự.
Đoàn đã kiểm tra thực tế tại khu vực bỏ phiếu số 5, xã Ân Nghĩa và khu vực bỏ phiếu số 3, xã Quý Hòa. Ông Bùi Văn Thắm, Tổ trưởng Tổ bầu cử số 5, cho biết tổ có 11 thành viên, đã được tập huấn nghiệp vụ, chuẩn bị 2 hòm phiếu phụ cho người già yếu, ốm đau. Bà Xa Thị Nghĩa, Bí thư Đảng ủy, Chủ tịch HĐND xã Quý Hòa, cho biết xã đã tuyên truyền đến từng xóm bằng loa phát thanh.
Qua giám sát, đoàn đánh giá công tác chuẩn bị bầu cử được triển khai đúng Luật Bầu cử đại biểu Quốc hội và đại biểu HĐND số 85/2015/QH13, Nghị quyết số 1187/NQ-UBTVQH14 của Ủy ban Thường vụ Quốc hội và Chỉ thị số 45-CT/TW ngày 20/6/2020 của Bộ Chính trị về lãnh đạo cuộc bầu cử. Tuy nhiên, ở 4 xã việc niêm yết danh sách cử tri còn sai sót về năm sinh; một số khu vực bỏ phiếu chưa bố trí địa điểm phòng dịch Covid-19.
Kết luận buổi giám sát, đồng chí Quách Văn Lựu đề nghị huyện chỉ đạo rà soát, chỉnh sửa danh sách cử tri trước ngày 13/5; tăng cường tuyên truyền bằng tiếng Mường; bảo đảm an ninh, an toàn tuyệt đối ngày bầu cử 23/5/2021. Đoàn đã đưa ra 5 kiến nghị với Ủy ban bầu cử huyện. Theo Kế hoạch số 86/KH-MTTQ-BTT, từ nay đến ngày bầu cử, Ban Thường trực Ủy ban MTTQ tỉnh tổ chức 3 đoàn giám sát tại 10 huyện, thành phố.
Bùi Minh
Tin liên quan
- Hiệp thương lần thứ ba lập danh sách 13 người ứng cử đại biểu Quốc hội (20/04/2021)
- Mai Châu: giám sát việc lập danh sách cử tri (16/04/2021)
- Tân Lạc tập huấn nghiệp vụ bầu cử cho 500 thành viên tổ bầu cử (09/04/2021)
""", "2021-04-28", "Ủy ban MTTQ tỉnh giám sát công tác chuẩn bị bầu cử tại huyện Lạc Sơn",
E("giam_sat", None, "2021-04-27"),
[P("Quách Văn Lựu", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Đinh Công Hùng", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Xa Thị Hạnh", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Bùi Văn Lịch", "Trưởng ban Tổ chức - Tuyên giáo Ủy ban MTTQ tỉnh"),
 P("Bùi Văn Thắm", "Tổ trưởng Tổ bầu cử số 5"),
 P("Xa Thị Nghĩa", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Quý Hòa")],
[Q("29 xã, thị trấn", 29, "xã, thị trấn"), Q("211 khu vực bỏ phiếu", 211, "khu vực bỏ phiếu"), Q("98.756 cử tri", 98756, "cử tri"),
 Q("35 người", 35, "người"), Q("58 người", 58, "người"), Q("87 hội nghị cử tri", 87, "hội nghị cử tri"),
 Q("6.420 lượt cử tri", 6420, "lượt cử tri"), Q("11 thành viên", 11, "thành viên"), Q("2 hòm phiếu phụ", 2, "hòm phiếu phụ"),
 Q("4 xã", 4, "xã"), Q("5 kiến nghị", 5, "kiến nghị"), Q("3 đoàn giám sát", 3, "đoàn giám sát"),
 Q("10 huyện, thành phố", 10, "huyện, thành phố")],
[D("Luật", "85", "2015/QH13", None, None, "Luật Bầu cử đại biểu Quốc hội và đại biểu HĐND số 85/2015/QH13"),
 D("Nghị quyết", "1187", "NQ-UBTVQH14", None, "Ủy ban Thường vụ Quốc hội", "Nghị quyết số 1187/NQ-UBTVQH14 của Ủy ban Thường vụ Quốc hội"),
 D("Chỉ thị", "45", "CT/TW", "2020-06-20", "Bộ Chính trị", "Chỉ thị số 45-CT/TW ngày 20/6/2020 của Bộ Chính trị"),
 D("Kế hoạch", "86", "KH-MTTQ-BTT", None, None, "Kế hoạch số 86/KH-MTTQ-BTT")],
[prov("Hòa Bình"), com("Ân Nghĩa"), com("Quý Hòa")],
["BÁO HÒA BÌNH ĐIỆN TỬ", "Chính trị | Bầu cử ĐBQH và HĐND các cấp", "(BHB)", "Ủy ban bầu cử huyện Lạc Sơn"],
["Cập nhật: 17:30, 28/04/2021 (GMT+7)", "số 2", "khóa XV", "nhiệm kỳ 2021-2026", "số 5", "số 3", "23/5/2021", "Covid-19"]))
