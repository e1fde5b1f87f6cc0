from lib import *
PAGES = []

PAGES.append(page("b2729-hagiang-daihoi-phunu-lungcu-2021", """
HỘI LHPN TỈNH HÀ GIANG
Trang chủ › Tin tức › Đại hội phụ nữ các cấp
26/03/2021 10:05
Lũng Cú: Đại hội đại biểu Phụ nữ xã lần thứ VI, nhiệm kỳ 2021 - 2026
Ngày 25/3/2021, Hội LHPN xã Lũng Cú, huyện Đồng Văn long trọng tổ chức Đại hội đại biểu Phụ nữ xã lần thứ VI, nhiệm kỳ 2021 - 2026. Dự đại hội có bà Sùng Thị Dợ, Chủ tịch Hội LHPN huyện Đồng Văn; ông Vàng Mí Lử, Bí thư Đảng ủy, Chủ tịch HĐND xã Lũng Cú cùng 96 đại biểu đại diện cho 1.386 hội viên của 9 chi hội.
Các đại biểu dự đại hội.
Nhiệm kỳ 2016 - 2021, Hội LHPN xã đã kết nạp 214 hội viên mới; vận động chị em người Mông, người Lô Lô bỏ tục tảo hôn, sinh con tại trạm y tế. Hội quản lý 3 tổ tiết kiệm và vay vốn với dư nợ 12,6 tỷ đồng cho 318 hộ vay; duy trì 11 "Tổ phụ nữ tiết kiệm nuôi lợn", mỗi thành viên góp 20.000 đồng/tháng để mua lợn giống luân phiên. Từ nguồn vận động, Hội đã phối hợp xóa 14 nhà tạm cho hội viên nghèo, mỗi nhà được hỗ trợ từ 30 đến 50 triệu đồng. Tỷ lệ hộ nghèo do phụ nữ làm chủ giảm từ 52,4% xuống còn 31,8%.
Hội đã tổ chức 18 buổi tuyên truyền Chỉ thị số 21-CT/TW ngày 20/01/2018 của Ban Bí thư về tiếp tục đẩy mạnh công tác phụ nữ trong tình hình mới; phối hợp với đồn biên phòng mở 2 lớp xóa mù chữ cho 46 chị em.
Công tác chuẩn bị đại hội được thực hiện theo Hướng dẫn số 03/HD-ĐCT của Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam và Chỉ thị số 11-CT/TU ngày 15/9/2020 của Ban Thường vụ Tỉnh ủy về lãnh đạo đại hội phụ nữ các cấp nhiệm kỳ 2021 - 2026.
Phát biểu chỉ đạo, bà Sùng Thị Dợ đề nghị Hội phụ nữ xã tập trung hỗ trợ hội viên phát triển du lịch cộng đồng ở thôn Lô Lô Chải, giữ gìn nghề dệt lanh, thêu thổ cẩm; không để phát sinh nợ quá hạn; kiên trì vận động xóa bỏ tảo hôn, hôn nhân cận huyết thống.
Đại hội đã bầu 13 đồng chí vào Ban Chấp hành Hội LHPN xã khóa VI. Chị Giàng Thị Chở được bầu giữ chức Chủ tịch Hội LHPN xã Lũng Cú khóa VI; chị Ly Thị Mai và chị Lò Thị Sinh được bầu giữ chức Phó Chủ tịch. Đại hội bầu 5 đại biểu dự Đại hội đại biểu Phụ nữ huyện Đồng Văn lần thứ XIX.
Đại hội thông qua Nghị quyết với 9 chỉ tiêu, trong đó phấn đấu đến năm 2026 có 85% hội viên tham gia sinh hoạt tổ tiết kiệm, mỗi năm giảm ít nhất 4% hộ nghèo do phụ nữ làm chủ.
Lũng Cú là đơn vị điểm của huyện Đồng Văn, tỉnh Hà Giang; sau đại hội, các xã còn lại sẽ hoàn thành đại hội trước ngày 15/4/2021.
Vàng Thị Say
Lượt xem: 382
Tin liên quan
- Đại hội Phụ nữ xã Sủng Là nhiệm kỳ 2021 - 2026 (22/03/2021)
- Mèo Vạc: tập huấn nghiệp vụ đại hội cho cán bộ hội cơ sở (12/03/2021)
- Phụ nữ Yên Minh với mô hình "Nuôi lợn tiết kiệm" (01/03/2021)
""", "2021-03-26", "Lũng Cú: Đại hội đại biểu Phụ nữ xã lần thứ VI, nhiệm kỳ 2021 - 2026",
E("dai_hoi", None, "2021-03-25"),
[P("Sùng Thị Dợ", "Chủ tịch Hội LHPN huyện Đồng Văn"),
 P("Vàng Mí Lử", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Lũng Cú"),
 P("Giàng Thị Chở", "Chủ tịch Hội LHPN xã Lũng Cú khóa VI"),
 P("Ly Thị Mai", "Phó Chủ tịch"), P("Lò Thị Sinh", "Phó Chủ tịch")],
[Q("96 đại biểu", 96, "đại biểu"), Q("1.386 hội viên", 1386, "hội viên"), Q("9 chi hội", 9, "chi hội"),
 Q("214 hội viên mới", 214, "hội viên mới"), Q("3 tổ tiết kiệm và vay vốn", 3, "tổ tiết kiệm và vay vốn"),
 Q("12,6 tỷ đồng", 12600000000, "đồng"), Q("318 hộ", 318, "hộ"),
 Q('11 "Tổ phụ nữ tiết kiệm nuôi lợn"', 11, "Tổ phụ nữ tiết kiệm nuôi lợn"), Q("20.000 đồng", 20000, "đồng"),
 Q("14 nhà tạm", 14, "nhà tạm"), Q("từ 30 đến 50 triệu đồng", 30000000, "đồng"), Q("50 triệu đồng", 50000000, "đồng"),
 Q("52,4%", 52.4, "%"), Q("31,8%", 31.8, "%"), Q("18 buổi tuyên truyền", 18, "buổi tuyên truyền"),
 Q("2 lớp xóa mù chữ", 2, "lớp xóa mù chữ"), Q("46 chị em", 46, "chị em"), Q("13 đồng chí", 13, "đồng chí"),
 Q("5 đại biểu", 5, "đại biểu"), Q("9 chỉ tiêu", 9, "chỉ tiêu"), Q("85%", 85, "%"), Q("ít nhất 4%", 4, "%", "over")],
[D("Chỉ thị", "21", "CT/TW", "2018-01-20", "Ban Bí thư", "Chỉ thị số 21-CT/TW ngày 20/01/2018"),
 D("Hướng dẫn", "03", "HD-ĐCT", None, "Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam", "Hướng dẫn số 03/HD-ĐCT"),
 D("Chỉ thị", "11", "CT/TU", "2020-09-15", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 11-CT/TU ngày 15/9/2020")],
[prov("Hà Giang"), com("Lũng Cú")],
["HỘI LHPN TỈNH HÀ GIANG", "Trang chủ › Tin tức › Đại hội phụ nữ các cấp", "Các đại biểu dự đại hội.",
 "Tổ phụ nữ tiết kiệm nuôi lợn", "Lượt xem: 382"],
["26/03/2021 10:05", "lần thứ VI", "nhiệm kỳ 2021 - 2026", "Nhiệm kỳ 2016 - 2021", "13 đồng chí", "khóa VI", "lần thứ XIX",
 "đến năm 2026", "ngày 15/4/2021", "Lượt xem: 382"]))

PAGES.append(page("b2730-travinh-taphuan-khoinghiep-khmer-2021", """
TRÀ VINH ONLINE
Chính trị - Xã hội / Phụ nữ
12/11/2021 - 09:00
Trang bị kỹ năng khởi sự kinh doanh cho phụ nữ Khmer
Trong 2 ngày 10 - 11/11, Hội LHPN tỉnh tổ chức lớp tập huấn "Kỹ năng khởi sự kinh doanh và quản lý tổ hợp tác" năm 2021 cho 70 học viên là hội viên phụ nữ dân tộc Khmer có ý tưởng khởi nghiệp tại huyện Trà Cú.
Bà Thạch Thị Sa Phia, Phó Chủ tịch Hội LHPN tỉnh phát biểu khai mạc lớp tập huấn. Ảnh: Hữu Thọ
Phát biểu khai mạc, bà Thạch Thị Sa Phia, Phó Chủ tịch Hội LHPN tỉnh cho biết, lớp học nằm trong Kế hoạch số 86/KH-HLHPN ngày 05/3/2021 của Hội LHPN tỉnh thực hiện Đề án 939 và chuẩn bị triển khai Dự án 8 "Thực hiện bình đẳng giới và giải quyết những vấn đề cấp thiết đối với phụ nữ và trẻ em" thuộc Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi, được phê duyệt tại Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ.
Giảng viên của lớp là ThS. Huỳnh Thị Bích Ngọc, giảng viên Trường Đại học Trà Vinh. Học viên được hướng dẫn cách nhận diện cơ hội kinh doanh, lập kế hoạch vốn, tính giá thành, bán hàng qua mạng xã hội trong điều kiện phòng chống dịch Covid-19. Các nội dung được cán bộ hội cơ sở thông dịch bằng tiếng Khmer.
Theo Hội LHPN tỉnh, từ năm 2018 đến nay, các cấp hội đã hỗ trợ 1.264 phụ nữ khởi nghiệp, thành lập 23 hợp tác xã và 146 tổ hợp tác do phụ nữ quản lý; dư nợ ủy thác qua Hội đạt hơn 1.480 tỷ đồng với 1.371 tổ tiết kiệm và vay vốn. Trong năm 2021, dù ảnh hưởng của dịch, Hội đã trao 312 suất vốn không lãi, mỗi suất từ 3 đến 5 triệu đồng, cho phụ nữ Khmer nghèo khôi phục sản xuất.
Bà Sơn Thị Chanh Đa, Chủ tịch Hội LHPN huyện Trà Cú cho biết, huyện có hơn 60% dân số là đồng bào Khmer; nhiều chị em có tay nghề đan đát, làm bánh tét, mắm bò hóc nhưng chưa biết cách tiếp cận thị trường. Sau tập huấn, Hội huyện sẽ chọn 10 ý tưởng tốt nhất để hỗ trợ vốn và kết nối tiêu thụ.
Chị Kiên Thị Sô Phanh, ở ấp Sóc Chuối, xã Kim Sơn chia sẻ: "Tôi có ý tưởng làm bánh gừng truyền thống bán online nhưng chưa biết tính giá. Lớp học giúp tôi hiểu phải tính cả công, bao bì, phí giao hàng".
Kết thúc lớp học, 100% học viên hoàn thành bài tập lập kế hoạch kinh doanh; 8 học viên được Ban tổ chức khen thưởng vì có ý tưởng sáng tạo.
Lâm Chanh Ra
Số lượt truy cập: 2.516.044
Tin cùng chuyên mục
- Cầu Ngang: Trao 5 căn nhà "Mái ấm tình thương" (05/11/2021)
- Hội LHPN tỉnh tặng quà phụ nữ là F0 đã khỏi bệnh (28/10/2021)
- Tiểu Cần tuyên truyền phòng chống bạo lực gia đình (20/10/2021)
- Châu Thành: phụ nữ Khmer giữ nghề dệt chiếu (14/10/2021)
""", "2021-11-12", "Trang bị kỹ năng khởi sự kinh doanh cho phụ nữ Khmer",
E("tap_huan", "2021", "2021-11-10"),
[P("Thạch Thị Sa Phia", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Huỳnh Thị Bích Ngọc", "ThS.", "giảng viên Trường Đại học Trà Vinh"),
 P("Sơn Thị Chanh Đa", "Chủ tịch Hội LHPN huyện Trà Cú"),
 P("Kiên Thị Sô Phanh")],
[Q("70 học viên", 70, "học viên"), Q("1.264 phụ nữ", 1264, "phụ nữ"), Q("23 hợp tác xã", 23, "hợp tác xã"),
 Q("146 tổ hợp tác", 146, "tổ hợp tác"), Q("hơn 1.480 tỷ đồng", 1480000000000, "đồng", "over"),
 Q("1.371 tổ tiết kiệm và vay vốn", 1371, "tổ tiết kiệm và vay vốn"), Q("312 suất vốn không lãi", 312, "suất vốn không lãi"),
 Q("từ 3 đến 5 triệu đồng", 3000000, "đồng"), Q("5 triệu đồng", 5000000, "đồng"), Q("hơn 60%", 60, "%", "over"),
 Q("10 ý tưởng", 10, "ý tưởng"), Q("100%", 100, "%"), Q("8 học viên", 8, "học viên")],
[D("Kế hoạch", "86", "KH-HLHPN", "2021-03-05", "Hội LHPN tỉnh", "Kế hoạch số 86/KH-HLHPN ngày 05/3/2021"),
 D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021")],
[prov("Trà Vinh"), com("Kim Sơn")],
["TRÀ VINH ONLINE", "Chính trị - Xã hội / Phụ nữ",
 "Bà Thạch Thị Sa Phia, Phó Chủ tịch Hội LHPN tỉnh phát biểu khai mạc lớp tập huấn. Ảnh: Hữu Thọ",
 "Kỹ năng khởi sự kinh doanh và quản lý tổ hợp tác", "Đề án 939",
 "Thực hiện bình đẳng giới và giải quyết những vấn đề cấp thiết đối với phụ nữ và trẻ em", "Số lượt truy cập: 2.516.044"],
["12/11/2021 - 09:00", "2 ngày", "năm 2021", "Đề án 939", "Dự án 8", "Covid-19", "từ năm 2018", "Số lượt truy cập: 2.516.044"]))

PAGES.append(page("b2731-quangtri-giamsat-totkvv-huonghoa-2022", """
Báo Quảng Trị điện tử
Xã hội › Phụ nữ
Thứ Sáu, 20/05/2022 - 15:25
Giám sát hoạt động tổ tiết kiệm và vay vốn ở vùng đồng bào Vân Kiều
QTO - Thực hiện chương trình giám sát năm 2022, ngày 18/5, đoàn giám sát của Hội LHPN tỉnh do bà Nguyễn Thị Thu Hà, Phó Chủ tịch Hội LHPN tỉnh làm trưởng đoàn đã giám sát việc thực hiện Chỉ thị số 40-CT/TW ngày 22/11/2014 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với tín dụng chính sách xã hội và Kết luận số 06-KL/TW ngày 10/6/2021 của Ban Bí thư tại xã Hướng Phùng, huyện Hướng Hóa.
Tiếp và làm việc với đoàn có ông Hồ Văn Hùng, Phó Chủ tịch UBND xã Hướng Phùng; bà Hồ Thị Lanh, Chủ tịch Hội LHPN xã.
Theo báo cáo, Hội LHPN xã đang quản lý 6 tổ tiết kiệm và vay vốn với 287 hộ vay, tổng dư nợ 14,2 tỷ đồng; tỷ lệ nợ quá hạn 0,9%, cao hơn mức bình quân của tỉnh. Có 71% số hộ vay là đồng bào Vân Kiều, Pa Kô. Nguồn vốn chủ yếu được đầu tư trồng cà phê, chuối, nuôi bò, dê; nhiều hộ đã thoát nghèo như gia đình chị Kăn Thị Dung ở thôn Cheng. Chị Kăn Thị Dung, Tổ trưởng tổ tiết kiệm và vay vốn thôn Cheng, cho biết tổ có 52 thành viên, trong đó 9 hộ còn nợ quá hạn do bão lũ cuối năm 2020 làm mất trắng vườn chuối.
Ảnh: Đoàn giám sát kiểm tra sổ sách tại điểm giao dịch xã.
Qua kiểm tra hồ sơ của 3 tổ và làm việc trực tiếp với 15 hộ vay, đoàn đánh giá việc bình xét cho vay công khai, đúng đối tượng; tuy nhiên có tổ chưa sinh hoạt đúng định kỳ, việc ghi chép biên bản còn sơ sài; 2 tổ trưởng cao tuổi, ít biết chữ nên khó theo dõi lãi. Một số hộ vay chưa tham gia gửi tiết kiệm theo quy định.
Kết luận buổi giám sát, bà Nguyễn Thị Thu Hà đề nghị Hội LHPN xã phối hợp với Phòng giao dịch Ngân hàng Chính sách xã hội huyện kiện toàn 2 tổ hoạt động yếu; hướng dẫn các hộ bị thiệt hại do thiên tai làm hồ sơ gia hạn, khoanh nợ; lồng ghép hướng dẫn cách làm ăn trong các buổi sinh hoạt tổ. UBND xã cần chỉ đạo thực hiện nghiêm kế hoạch số 24/KH-HPN của Hội LHPN tỉnh về nâng cao chất lượng hoạt động ủy thác giai đoạn 2021 - 2025.
Trao đổi với đoàn, nhiều thành viên tổ vay vốn mong muốn được tập huấn kỹ thuật trồng cà phê xen canh, chăm sóc bò sinh sản và được vay thêm vốn giải quyết việc làm để mở rộng sản xuất, phát triển du lịch cộng đồng gắn với di tích đường Hồ Chí Minh huyền thoại.
Năm 2022, Hội LHPN tỉnh tổ chức 3 cuộc giám sát chuyên đề về tín dụng chính sách và thực hiện Dự án 8; sau Hướng Hóa, đoàn sẽ giám sát tại huyện Đakrông và huyện Gio Linh.
Hồ Nguyễn Kha
Tin khác
- Hội LHPN tỉnh tập huấn triển khai Dự án 8 (12/05/2022)
- Đakrông: 20 hội viên nghèo được nhận bò giống (05/05/2022)
- Phụ nữ Vĩnh Linh chung tay xây dựng nông thôn mới (28/04/2022)
- Trao vốn vay không lãi cho phụ nữ khuyết tật (20/04/2022)
""", "2022-05-20", "Giám sát hoạt động tổ tiết kiệm và vay vốn ở vùng đồng bào Vân Kiều",
E("giam_sat", "2022", "2022-05-18"),
[P("Nguyễn Thị Thu Hà", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Hồ Văn Hùng", "Phó Chủ tịch UBND xã Hướng Phùng"),
 P("Hồ Thị Lanh", "Chủ tịch Hội LHPN xã"),
 P("Kăn Thị Dung", "Tổ trưởng tổ tiết kiệm và vay vốn thôn Cheng")],
[Q("6 tổ tiết kiệm và vay vốn", 6, "tổ tiết kiệm và vay vốn"), Q("287 hộ", 287, "hộ"), Q("14,2 tỷ đồng", 14200000000, "đồng"),
 Q("0,9%", 0.9, "%"), Q("71%", 71, "%"), Q("52 thành viên", 52, "thành viên"), Q("9 hộ", 9, "hộ"), Q("3 tổ", 3, "tổ"),
 Q("15 hộ", 15, "hộ"), Q("2 tổ trưởng cao tuổi", 2, "tổ trưởng cao tuổi"), Q("2 tổ", 2, "tổ"),
 Q("3 cuộc giám sát chuyên đề", 3, "cuộc giám sát chuyên đề")],
[D("Chỉ thị", "40", "CT/TW", "2014-11-22", "Ban Bí thư", "Chỉ thị số 40-CT/TW ngày 22/11/2014"),
 D("Kết luận", "06", "KL/TW", "2021-06-10", "Ban Bí thư", "Kết luận số 06-KL/TW ngày 10/6/2021"),
 D("Kế hoạch", "24", "KH-HPN", None, "Hội LHPN tỉnh", "kế hoạch số 24/KH-HPN")],
[prov("Quảng Trị"), com("Hướng Phùng")],
["Báo Quảng Trị điện tử", "Xã hội › Phụ nữ", "QTO", "Ảnh: Đoàn giám sát kiểm tra sổ sách tại điểm giao dịch xã.",
 "Ngân hàng Chính sách xã hội", "Dự án 8"],
["Thứ Sáu, 20/05/2022 - 15:25", "năm 2022", "cuối năm 2020", "giai đoạn 2021 - 2025", "Dự án 8"]))

PAGES.append(page("b2732-ninhthuan-ninhphuoc-soket-2022", """
TRANG THÔNG TIN ĐIỆN TỬ HUYỆN NINH PHƯỚC
Trang chủ - Tin tức - Mặt trận, đoàn thể
Ngày đăng: 08/07/2022 | Lượt xem: 264
Hội LHPN huyện Ninh Phước hoàn thành 7/10 chỉ tiêu sau nửa năm
Ngày 6/7/2022, Hội LHPN huyện tổ chức hội nghị sơ kết công tác Hội và phong trào phụ nữ 6 tháng đầu năm 2022, triển khai nhiệm vụ trọng tâm 6 tháng cuối năm. Dự hội nghị có bà Thành Thị Ngọc Lan, Phó Chủ tịch Hội LHPN tỉnh Ninh Thuận; ông Lưu Văn Thành, HUV, Trưởng Ban Dân vận Huyện ủy. Bà Quảng Thị Kiều, Chủ tịch Hội LHPN huyện chủ trì.
6 tháng qua, các cấp hội trong huyện đã kết nạp 286 hội viên mới, trong đó 132 hội viên là người Chăm. Hội quản lý 97 tổ tiết kiệm và vay vốn với dư nợ khoảng 318 tỷ đồng, không phát sinh nợ quá hạn mới. Mô hình "Nhóm phụ nữ tiết kiệm tuần hoàn" tiếp tục được nhân rộng với 42 nhóm, 756 thành viên, tổng số tiền tiết kiệm hơn 1,9 tỷ đồng.
Thực hiện Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ, Hội đã khảo sát, lựa chọn 4 xã để triển khai Dự án 8 trong năm 2022; thành lập 6 "Địa chỉ tin cậy" tại cộng đồng. Các cơ sở hội hỗ trợ 19 phụ nữ khởi nghiệp với các sản phẩm gốm Bàu Trúc, dệt thổ cẩm Mỹ Nghiệp, nho, táo; phối hợp xây dựng 3 căn nhà "Mái ấm tình thương" cho hội viên nghèo ở xã Phước Hậu và thị trấn Phước Dân, mỗi căn trị giá 70 triệu đồng.
Chị Trượng Thị Mai, Chi hội trưởng phụ nữ thôn Hậu Sanh, xã Phước Hậu chia sẻ: chi hội vận động 35 chị em góp mỗi tháng 100.000 đồng, đến nay đã giúp 12 chị em có vốn mua dê giống, mở lò làm bánh. Bà Pinăng Thị Hòa, Chủ tịch Hội LHPN xã Phước Hà nêu khó khăn của các thôn đồng bào Raglai: nhiều chị em chưa có tài khoản ngân hàng, chưa quen sinh hoạt tổ vay vốn định kỳ.
Bên cạnh kết quả, hội nghị chỉ ra một số hạn chế: còn 3/10 chỉ tiêu chưa đạt tiến độ, nhất là chỉ tiêu phát triển hội viên ở khu vực tôn giáo; một số chi hội sinh hoạt chưa đều; việc tuyên truyền Nghị quyết số 06-NQ/HU của Huyện ủy về phát triển du lịch làng nghề còn chậm.
Phát biểu chỉ đạo, ông Lưu Văn Thành đề nghị 6 tháng cuối năm Hội LHPN huyện tập trung thực hiện Kế hoạch 27, 28-KH/HU của Ban Thường vụ Huyện ủy về xây dựng nông thôn mới và giảm nghèo bền vững; phối hợp chặt chẽ với chức sắc, chức việc để vận động phụ nữ Chăm Bà-la-môn, Bà-ni tham gia hội.
Dịp này, Hội LHPN huyện tặng giấy khen cho 8 tập thể và 14 cá nhân có thành tích xuất sắc trong phong trào thi đua 6 tháng đầu năm.
Minh Thư - Hội LHPN huyện
Tin liên quan
- Hội LHPN xã Phước Thuận ra mắt mô hình "Phụ nữ với gốm Chăm" (30/06/2022)
- Tập huấn Dự án 8 cho cán bộ hội cơ sở (16/06/2022)
- Trao 20 suất học bổng cho học sinh nữ người Raglai (01/06/2022)
""", "2022-07-08", "Hội LHPN huyện Ninh Phước hoàn thành 7/10 chỉ tiêu sau nửa năm",
E("so_ket", "2022-H1", "2022-07-06"),
[P("Thành Thị Ngọc Lan", "Phó Chủ tịch Hội LHPN tỉnh Ninh Thuận"),
 P("Lưu Văn Thành", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Quảng Thị Kiều", "Chủ tịch Hội LHPN huyện"),
 P("Trượng Thị Mai", "Chi hội trưởng phụ nữ thôn Hậu Sanh"),
 P("Pinăng Thị Hòa", "Chủ tịch Hội LHPN xã Phước Hà")],
[Q("7/10 chỉ tiêu", 7, "chỉ tiêu"), Q("286 hội viên mới", 286, "hội viên mới"), Q("132 hội viên", 132, "hội viên"),
 Q("97 tổ tiết kiệm và vay vốn", 97, "tổ tiết kiệm và vay vốn"), Q("khoảng 318 tỷ đồng", 318000000000, "đồng", "approx"),
 Q("42 nhóm", 42, "nhóm"), Q("756 thành viên", 756, "thành viên"), Q("hơn 1,9 tỷ đồng", 1900000000, "đồng", "over"),
 Q("4 xã", 4, "xã"), Q('6 "Địa chỉ tin cậy"', 6, "Địa chỉ tin cậy"), Q("19 phụ nữ", 19, "phụ nữ"),
 Q('3 căn nhà "Mái ấm tình thương"', 3, 'căn nhà "Mái ấm tình thương"'), Q("70 triệu đồng", 70000000, "đồng"), Q("35 chị em", 35, "chị em"),
 Q("100.000 đồng", 100000, "đồng"), Q("12 chị em", 12, "chị em"), Q("3/10 chỉ tiêu", 3, "chỉ tiêu"),
 Q("8 tập thể", 8, "tập thể"), Q("14 cá nhân", 14, "cá nhân")],
[D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg"),
 D("Nghị quyết", "06", "NQ/HU", None, "Huyện ủy", "Nghị quyết số 06-NQ/HU"),
 D("Kế hoạch", "27", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch 27, 28-KH/HU"),
 D("Kế hoạch", "28", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch 27, 28-KH/HU")],
[prov("Ninh Thuận"), com("Phước Hậu"), com("Phước Dân"), com("Phước Hà")],
["TRANG THÔNG TIN ĐIỆN TỬ HUYỆN NINH PHƯỚC", "Trang chủ - Tin tức - Mặt trận, đoàn thể", "Lượt xem: 264",
 "Nhóm phụ nữ tiết kiệm tuần hoàn", "Địa chỉ tin cậy", "Mái ấm tình thương", "Dự án 8"],
["Ngày đăng: 08/07/2022 | Lượt xem: 264", "6 tháng đầu năm 2022", "6 tháng cuối năm", "Dự án 8", "năm 2022"]))

PAGES.append(page("b2733-sonla-doithoai-maison-2023", """
Cổng Thông tin điện tử huyện Mai Sơn - tỉnh Sơn La
Tin tức - Sự kiện > Hoạt động các đoàn thể
Đăng ngày: 16/06/2023 08:10
Ảnh: Quang cảnh buổi đối thoại.
Chủ tịch UBND huyện đối thoại với hội viên phụ nữ năm 2023
Sáng 15/6, UBND huyện Mai Sơn phối hợp với Hội LHPN huyện tổ chức hội nghị đối thoại giữa người đứng đầu chính quyền với hội viên, phụ nữ năm 2023. Ông Lò Văn Thiết, Chủ tịch UBND huyện chủ trì đối thoại; dự có bà Cầm Thị Xuân, Chủ tịch Hội LHPN huyện cùng khoảng 150 cán bộ hội, hội viên phụ nữ đến từ 22 xã, thị trấn.
Theo Kế hoạch số 98/KH-UBND ngày 20/4/2023 của UBND huyện, trước buổi đối thoại Hội LHPN huyện đã tổng hợp 27 ý kiến, kiến nghị của hội viên, tập trung vào vốn vay khởi nghiệp, hỗ trợ nhà ở, đào tạo nghề và tiêu thụ nông sản.
Chị Quàng Thị Hương, Chủ tịch Hội LHPN xã Chiềng Mung phản ánh: nhiều tổ tiết kiệm và vay vốn có nhu cầu vay thêm để mở rộng trồng xoài, nhãn, nhưng mức vay tối đa 100 triệu đồng/hộ chưa đáp ứng. Chị Lường Thị Tiên, hội viên bản Nà Hạ, xã Mường Bon hỏi về chính sách hỗ trợ nhà ở cho phụ nữ đơn thân theo Quyết định số 1719/QĐ-TTg. Chị Mùa Thị Sua, Chi hội trưởng phụ nữ bản Phiêng Tam, xã Chiềng Nơi đề nghị mở lớp dạy nghề may, thêu thổ cẩm cho chị em người Mông.
Trả lời các ý kiến, ông Lò Văn Thiết cho biết, năm 2023 huyện được phân bổ hơn 9,6 tỷ đồng từ Chương trình mục tiêu quốc gia để hỗ trợ nhà ở, trong đó ưu tiên 58 hộ do phụ nữ làm chủ; Phòng giao dịch Ngân hàng Chính sách xã hội huyện sẽ ưu tiên nguồn vốn cho vay giải quyết việc làm cho phụ nữ khởi nghiệp, dư nợ qua Hội LHPN hiện khoảng 412 tỷ đồng với 186 tổ tiết kiệm và vay vốn. Huyện giao Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên mở 3 lớp dạy may cho khoảng 90 lao động nữ trong quý III.
Bà Tòng Thị Ban, Phó Chủ tịch Hội LHPN huyện thông tin, năm 2023 Hội đã hỗ trợ 14 ý tưởng khởi nghiệp, thành lập 2 hợp tác xã do phụ nữ làm chủ tại xã Hát Lót và xã Chiềng Mung, mỗi hợp tác xã được hỗ trợ 30 triệu đồng mua máy móc.
Kết luận hội nghị, ông Lò Văn Thiết giao các phòng, ban chuyên môn trả lời bằng văn bản đối với 6 kiến nghị chưa giải quyết tại hội nghị trước ngày 30/7/2023; đề nghị Hội LHPN huyện tiếp tục là cầu nối để tâm tư của chị em được lắng nghe.
Đây là năm thứ ba huyện Mai Sơn tổ chức đối thoại chuyên đề với hội viên phụ nữ. Qua các buổi đối thoại, nhiều kiến nghị về đất sản xuất, vốn vay, nước sinh hoạt đã được giải quyết dứt điểm, tạo niềm tin của chị em với cấp ủy, chính quyền.
Lò Thị Hồng
Lượt truy cập: 58.217
Tin liên quan
- Mai Sơn: Đại hội Hội LHPN xã Cò Nòi (02/06/2023)
- Tập huấn kỹ năng bán hàng online cho phụ nữ dân tộc thiểu số (25/05/2023)
- Trao 3 nhà "Mái ấm tình thương" tại xã Chiềng Lương (12/05/2023)
""", "2023-06-16", "Chủ tịch UBND huyện đối thoại với hội viên phụ nữ năm 2023",
E("doi_thoai", "2023", "2023-06-15"),
[P("Lò Văn Thiết", "Chủ tịch UBND huyện"),
 P("Cầm Thị Xuân", "Chủ tịch Hội LHPN huyện"),
 P("Quàng Thị Hương", "Chủ tịch Hội LHPN xã Chiềng Mung"),
 P("Lường Thị Tiên", "hội viên bản Nà Hạ"),
 P("Mùa Thị Sua", "Chi hội trưởng phụ nữ bản Phiêng Tam"),
 P("Tòng Thị Ban", "Phó Chủ tịch Hội LHPN huyện")],
[Q("khoảng 150 cán bộ hội, hội viên phụ nữ", 150, "cán bộ hội, hội viên phụ nữ", "approx"),
 Q("22 xã, thị trấn", 22, "xã, thị trấn"), Q("27 ý kiến, kiến nghị", 27, "ý kiến, kiến nghị"),
 Q("100 triệu đồng", 100000000, "đồng"), Q("hơn 9,6 tỷ đồng", 9600000000, "đồng", "over"), Q("58 hộ", 58, "hộ"),
 Q("khoảng 412 tỷ đồng", 412000000000, "đồng", "approx"), Q("186 tổ tiết kiệm và vay vốn", 186, "tổ tiết kiệm và vay vốn"),
 Q("3 lớp dạy may", 3, "lớp dạy may"), Q("khoảng 90 lao động nữ", 90, "lao động nữ", "approx"),
 Q("14 ý tưởng khởi nghiệp", 14, "ý tưởng khởi nghiệp"), Q("2 hợp tác xã", 2, "hợp tác xã"),
 Q("30 triệu đồng", 30000000, "đồng"), Q("6 kiến nghị", 6, "kiến nghị")],
[D("Kế hoạch", "98", "KH-UBND", "2023-04-20", "UBND huyện", "Kế hoạch số 98/KH-UBND ngày 20/4/2023"),
 D("Quyết định", "1719", "QĐ-TTg", None, None, "Quyết định số 1719/QĐ-TTg")],
[prov("Sơn La"), com("Chiềng Mung"), com("Mường Bon"), com("Chiềng Nơi"), com("Hát Lót")],
["Cổng Thông tin điện tử huyện Mai Sơn - tỉnh Sơn La", "Tin tức - Sự kiện > Hoạt động các đoàn thể", "Ảnh: Quang cảnh buổi đối thoại.",
 "Ngân hàng Chính sách xã hội", "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên", "Lượt truy cập: 58.217"],
["Đăng ngày: 16/06/2023 08:10", "năm thứ ba", "năm 2023", "quý III", "ngày 30/7/2023", "Lượt truy cập: 58.217"]))

PAGES.append(page("b2734-binhphuoc-nhatinhthuong-stieng-2023", """
Báo Bình Phước điện tử
Thời sự › Xã hội › Phụ nữ
Thứ Sáu, 22/12/2023 | 10:40
Niềm vui nhà mới của phụ nữ S'tiêng ở Bù Gia Mập
BPO - Chiều 21/12, Hội LHPN tỉnh phối hợp với Hội LHPN huyện Bù Gia Mập bàn giao 3 nhà tình thương cho hội viên phụ nữ người S'tiêng có hoàn cảnh khó khăn tại xã Đăk Ơ và xã Bù Gia Mập.
Dự buổi bàn giao có bà Huỳnh Thị Hằng, Tỉnh ủy viên, Chủ tịch Hội LHPN tỉnh; bà Điểu Thị Nhung, Chủ tịch Hội LHPN huyện Bù Gia Mập; ông Điểu Lên, Phó Bí thư Thường trực Đảng ủy xã Đăk Ơ.
Bà Huỳnh Thị Hằng trao biển nhà tình thương cho chị Thị Bích. Ảnh: Thu Hà
Mỗi căn nhà được xây dựng với kinh phí 80 triệu đồng, diện tích 48 m2; trong đó Hội LHPN tỉnh hỗ trợ 60 triệu đồng từ nguồn vận động của các doanh nghiệp, số còn lại do gia đình đối ứng và Đồn Biên phòng Đăk Ơ hỗ trợ ngày công. Các hộ được nhận nhà gồm chị Thị Bích, chị Thị Hạnh (thôn Bù Lư, xã Đăk Ơ) và chị Điểu Thị Rê (thôn Bù Rên, xã Bù Gia Mập), đều là phụ nữ nghèo, đơn thân.
Bà Huỳnh Thị Hằng cho biết, hưởng ứng phong trào thi đua "Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau", năm 2023 các cấp hội phụ nữ trong tỉnh đã trao 41 nhà tình thương, "Mái ấm tình thương" với tổng kinh phí hơn 2,8 tỷ đồng; hỗ trợ 126 phụ nữ khởi nghiệp, 5 hợp tác xã do phụ nữ làm chủ. Hội đang ủy thác cho vay với dư nợ trên 1.750 tỷ đồng qua 1.036 tổ tiết kiệm và vay vốn.
Tại buổi lễ, đoàn còn trao 100 phần quà cho phụ nữ nghèo, mỗi phần quà trị giá 400.000 đồng, và 20 con heo giống cho hội viên thuộc Dự án 8 theo Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ. Đây cũng là hoạt động thực hiện Kế hoạch số 215-KH/TU ngày 06/3/2023 của Tỉnh ủy về giảm nghèo bền vững vùng đồng bào dân tộc thiểu số.
"Có nhà mới vững chãi, tôi không còn lo mưa dột mỗi đêm, sẽ yên tâm đi làm thuê, trồng điều nuôi 2 đứa nhỏ", chị Thị Bích xúc động nói.
Bà Điểu Thị Nhung cho biết, Hội LHPN huyện Bù Gia Mập hiện có 14.380 hội viên, trong đó hơn 4.100 hội viên là người S'tiêng, M'nông. Năm 2024, Hội phấn đấu xóa thêm 10 nhà tạm cho hội viên, thành lập mới 5 tổ tiết kiệm và vay vốn ở các thôn vùng biên giới.
Theo Đảng ủy xã Đăk Ơ, toàn xã hiện còn 37 hộ nghèo, phần lớn là hộ đồng bào dân tộc thiểu số thiếu đất sản xuất; xã sẽ phối hợp với Hội phụ nữ hướng dẫn chị em trồng xen, chăn nuôi để tăng thu nhập.
Thu Hà
Tin cùng chuyên mục
- Hội LHPN tỉnh tổng kết công tác năm 2023 (18/12/2023)
- Lộc Ninh: ra mắt mô hình "Chi hội phụ nữ 5 không, 3 sạch" (11/12/2023)
- Trao 50 suất học bổng "Thắp sáng ước mơ" cho học sinh nữ (30/11/2023)
- Phụ nữ Chơn Thành khởi nghiệp với sản phẩm hạt điều (22/11/2023)
- Bù Đăng: tập huấn kỹ năng quản lý tổ tiết kiệm cho chi hội trưởng (15/11/2023)
""", "2023-12-22", "Niềm vui nhà mới của phụ nữ S'tiêng ở Bù Gia Mập",
E("trao_qua", None, "2023-12-21"),
[P("Huỳnh Thị Hằng", "Tỉnh ủy viên", "Chủ tịch Hội LHPN tỉnh"),
 P("Điểu Thị Nhung", "Chủ tịch Hội LHPN huyện Bù Gia Mập"),
 P("Điểu Lên", "Phó Bí thư Thường trực Đảng ủy xã Đăk Ơ"),
 P("Thị Bích"), P("Thị Hạnh"), P("Điểu Thị Rê")],
[Q("3 nhà tình thương", 3, "nhà tình thương"), Q("80 triệu đồng", 80000000, "đồng"), Q("48 m2", 48, "m2"),
 Q("60 triệu đồng", 60000000, "đồng"), Q('41 nhà tình thương, "Mái ấm tình thương"', 41, 'nhà tình thương, "Mái ấm tình thương"'),
 Q("hơn 2,8 tỷ đồng", 2800000000, "đồng", "over"), Q("126 phụ nữ", 126, "phụ nữ"), Q("5 hợp tác xã", 5, "hợp tác xã"),
 Q("trên 1.750 tỷ đồng", 1750000000000, "đồng", "over"), Q("1.036 tổ tiết kiệm và vay vốn", 1036, "tổ tiết kiệm và vay vốn"),
 Q("100 phần quà", 100, "phần quà"), Q("400.000 đồng", 400000, "đồng"), Q("20 con heo giống", 20, "con heo giống"),
 Q("2 đứa nhỏ", 2, "đứa nhỏ"), Q("14.380 hội viên", 14380, "hội viên"), Q("hơn 4.100 hội viên", 4100, "hội viên", "over"),
 Q("10 nhà tạm", 10, "nhà tạm"), Q("5 tổ tiết kiệm và vay vốn", 5, "tổ tiết kiệm và vay vốn"), Q("37 hộ nghèo", 37, "hộ nghèo")],
[D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021"),
 D("Kế hoạch", "215", "KH/TU", "2023-03-06", "Tỉnh ủy", "Kế hoạch số 215-KH/TU ngày 06/3/2023")],
[prov("Bình Phước"), com("Đăk Ơ"), com("Bù Gia Mập")],
["Báo Bình Phước điện tử", "Thời sự › Xã hội › Phụ nữ", "BPO", "Bà Huỳnh Thị Hằng trao biển nhà tình thương cho chị Thị Bích. Ảnh: Thu Hà",
 "Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau", "Mái ấm tình thương", "Dự án 8",
 "Đồn Biên phòng Đăk Ơ"],
["Thứ Sáu, 22/12/2023 | 10:40", "năm 2023", "Dự án 8", "Năm 2024"]))
