from lib import *
PAGES = []

PAGES.append(page("b6911-dongthap-ldld-traove-2026", """
BÁO ĐỒNG THÁP ĐIỆN TỬ
Thứ Sáu, 30/01/2026
Xã hội - Công đoàn
Trao 1.500 vé xe "Tết sum vầy" cho lao động Đồng Tháp làm việc xa quê
(ĐT) - Chiều 29/1, tại Nhà Văn hóa Lao động tỉnh (phường Mỹ Tho), Liên đoàn Lao động tỉnh Đồng Tháp tổ chức lễ trao vé xe và quà Tết cho đoàn viên, người lao động quê Đồng Tháp đang làm việc tại Thành phố Hồ Chí Minh, Đồng Nai, Tây Ninh trong chương trình "Tết sum vầy - Xuân Bính Ngọ 2026".
Đại diện Liên đoàn Lao động tỉnh trao vé xe tượng trưng cho người lao động. Ảnh: H.L
Theo đó, Liên đoàn Lao động tỉnh phối hợp Hội đồng hương các địa phương tổ chức 38 chuyến xe đón 1.500 người lao động về quê, dự kiến xuất phát ngày 11 và 12/2 (tức 24 và 25 tháng Chạp). Mỗi người được tặng vé xe một chiều và một phần quà trị giá 600.000 đồng. Các xe trả khách tại trung tâm 24 xã, phường, trong đó nhiều nhất ở các xã Tân Hồng, Tháp Mười, Cái Bè, Gò Công Đông.
Đến dự và trao quà có các đồng chí: Trần Thị Thanh Trúc, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; Nguyễn Văn Hòa, Phó Chủ tịch UBND tỉnh; Lê Thị Kim Hoàng, Chủ tịch Liên đoàn Lao động tỉnh.
Theo đồng chí Lê Thị Kim Hoàng, hiện có khoảng 180.000 lao động Đồng Tháp làm việc ngoài tỉnh. Năm 2026, tổng kinh phí chương trình "Tết sum vầy" hơn 1,8 tỷ đồng, trong đó ngân sách công đoàn 900 triệu đồng, còn lại do 31 doanh nghiệp, nhà hảo tâm tài trợ. Chương trình được triển khai theo Kế hoạch số 09/KH-LĐLĐ ngày 5/12/2025 của Liên đoàn Lao động tỉnh và Công văn số 212-CV/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy.
Phát biểu tại buổi lễ, đồng chí Trần Thị Thanh Trúc cho biết trong dịp Tết, Ban Tuyên giáo và Dân vận Tỉnh ủy đề nghị các xã, phường tổ chức gặp mặt người lao động trở về quê, lắng nghe tâm tư, giới thiệu việc làm tại các khu công nghiệp trong tỉnh như Tân Hương, Sa Đéc, Long Giang với mức lương bình quân 8 - 9 triệu đồng/tháng, để những ai muốn về quê làm việc có thêm lựa chọn.
Chị Nguyễn Thị Bé Ba, công nhân Công ty TNHH Pouchen Việt Nam ở Đồng Nai, quê xã Tân Hồng, cho biết đã 2 năm chị không về quê vì "tiền xe cho 3 mẹ con gần 2 triệu". "Năm nay được công đoàn lo vé, tôi để tiền đó mua quần áo Tết cho con", chị nói.
Dịp này, Liên đoàn Lao động tỉnh cũng trao 200 suất quà, mỗi suất 1 triệu đồng, cho đoàn viên có hoàn cảnh đặc biệt khó khăn đang làm việc trong tỉnh.
Hồng Loan
Tin liên quan
- Khởi công Mái ấm Công đoàn tại xã Cái Bè (20/01/2026)
- Chợ Tết Công đoàn năm 2026 (16/01/2026)
- Đồng Tháp: 100% doanh nghiệp báo cáo phương án thưởng Tết (14/01/2026)
""", "2026-01-30", "Trao 1.500 vé xe \"Tết sum vầy\" cho lao động Đồng Tháp làm việc xa quê",
E("trao_qua", None, "2026-01-29"),
[P("Trần Thị Thanh Trúc", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Hòa", "Phó Chủ tịch UBND tỉnh"),
 P("Lê Thị Kim Hoàng", "Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Nguyễn Thị Bé Ba", "công nhân Công ty TNHH Pouchen Việt Nam")],
[Q("1.500 vé xe", 1500, "vé xe"), Q("38 chuyến xe", 38, "chuyến xe"), Q("1.500 người lao động", 1500, "người lao động"),
 Q("600.000 đồng", 600000, "đồng"), Q("24 xã, phường", 24, "xã, phường"),
 Q("khoảng 180.000 lao động", 180000, "lao động", "approx"), Q("hơn 1,8 tỷ đồng", 1800000000, "đồng", "over"),
 Q("900 triệu đồng", 900000000, "đồng"), Q("31 doanh nghiệp, nhà hảo tâm", 31, "doanh nghiệp, nhà hảo tâm"),
 Q("8 - 9 triệu đồng/tháng", 8000000, "đồng", "approx"), Q("gần 2 triệu", 2000000, "đồng", "approx"),
 Q("200 suất quà", 200, "suất quà"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Kế hoạch", "09", "KH-LĐLĐ", "2025-12-05", "Liên đoàn Lao động tỉnh", "Kế hoạch số 09/KH-LĐLĐ ngày 5/12/2025"),
 D("Công văn", "212", "CV/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Công văn số 212-CV/BTGDVTU")],
[prov("Đồng Tháp"), prov("Hồ Chí Minh"), prov("Đồng Nai"), prov("Tây Ninh"), com("Mỹ Tho"), com("Tân Hồng"), com("Tháp Mười"),
 com("Cái Bè"), com("Gò Công Đông")],
["BÁO ĐỒNG THÁP ĐIỆN TỬ", "Xã hội - Công đoàn", "(ĐT)", "Đại diện Liên đoàn Lao động tỉnh trao vé xe tượng trưng cho người lao động. Ảnh: H.L",
 "Tết sum vầy - Xuân Bính Ngọ 2026", "Nhà Văn hóa Lao động tỉnh"],
["Thứ Sáu, 30/01/2026", "ngày 11 và 12/2", "24 và 25 tháng Chạp", "một phần quà", "Năm 2026", "2 năm", "3 mẹ con"]))

PAGES.append(page("b6912-vinhlong-xenghiatinh-vebenho-2026", """
Báo Vĩnh Long Online
Trang chủ › Xã hội › Đời sống
12 Tháng 2, 2026 | 06:10
Xe nghĩa tình về bến lúc nửa đêm
Gần 12 giờ đêm 11/2, chiếc xe khách cuối cùng trong đoàn 16 xe của chương trình "Chuyến xe nghĩa tình - Tết sum vầy" dừng bánh trước trụ sở Ủy ban nhân dân phường Trà Vinh. Hơn 40 hành khách, phần lớn là công nhân các khu công nghiệp ở Bình Dương cũ, lục tục xuống xe, người bế con, người xách túi quà mua cho gia đình.
Đón họ không có băng rôn hay lễ nghi, chỉ có mấy cán bộ Đoàn phường, Hội Liên hiệp Phụ nữ phường với bình trà nóng và danh sách để đối chiếu. Chị Kim Thị Sa Phum, Bí thư Đoàn phường Trà Vinh, cho biết suốt tuần nay các đoàn viên thay nhau trực đến khuya, có hôm 3 giờ sáng mới về.
Đoàn xe xuất phát từ phường Thủ Dầu Một, Thành phố Hồ Chí Minh lúc 16 giờ chiều cùng ngày, đưa 640 người lao động về 22 xã, phường của tỉnh Vĩnh Long, nhiều nhất là phường Trà Vinh và các xã Cầu Kè, Tiểu Cần, Mỏ Cày. Mỗi xe có một cán bộ công đoàn đi kèm, giữ liên lạc với địa phương để báo giờ xe về. Chương trình do Liên đoàn Lao động tỉnh Vĩnh Long phối hợp Liên đoàn Lao động Thành phố Hồ Chí Minh tổ chức; tiền xe do công đoàn và các doanh nghiệp chi trả theo Kế hoạch liên tịch số 03/KHLT-LĐLĐ ngày 8/12/2025.
Ông Thạch Sô Phanh, 49 tuổi, ở xã Cầu Kè, làm bảo vệ cho một công ty giày ở Bình Dương cũ đã 9 năm, cười: "Mọi năm đi xe đò, chen lấn, tới Cầu Kè là sáng mùng 1 rồi. Năm nay ngồi ghế đàng hoàng, có người lo, không mất đồng nào".
Theo ông Lê Văn Sử, Phó Chủ tịch Liên đoàn Lao động tỉnh, năm nay là lần đầu tiên chương trình được tổ chức cho cả ba địa bàn Vĩnh Long, Bến Tre, Trà Vinh cũ sau hợp nhất. Liên đoàn đã nhận gần 900 hồ sơ đăng ký, chọn 640 người theo tiêu chí ưu tiên lao động nữ, người dân tộc Khmer và người 2 năm chưa về quê. Sau Tết, vào ngày mùng 6 và mùng 7, 14 chuyến xe sẽ đưa người lao động trở lại nơi làm việc.
Bà Nguyễn Thị Bé Mười, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, cho rằng những chuyến xe như vậy "không chỉ đưa người về quê mà còn giữ sợi dây gắn bó giữa người đi làm xa với quê nhà". Ban đã đề nghị các xã, phường nắm danh sách người lao động về quê để tổ chức gặp mặt đầu xuân, giới thiệu việc làm tại chỗ. Theo ước tính, Tết này có khoảng 35.000 người lao động của tỉnh làm việc ở nơi khác trở về.
Hơn 1 giờ sáng, người cuối cùng được người nhà đón về. Cán bộ phường thu dọn bàn ghế, hẹn nhau đêm mai trực tiếp chuyến xe về muộn.
Phương Thảo
Bình luận (2)
Xem thêm
- Vĩnh Long: Hơn 3.000 suất quà cho công nhân khó khăn (05/02/2026)
- Lãnh đạo tỉnh thăm, chúc Tết công nhân Khu công nghiệp Giao Long (03/02/2026)
""", "2026-02-12", "Xe nghĩa tình về bến lúc nửa đêm",
E("khac", None, "2026-02-11"),
[P("Kim Thị Sa Phum", "Bí thư Đoàn phường Trà Vinh"),
 P("Thạch Sô Phanh"),
 P("Lê Văn Sử", "Phó Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Nguyễn Thị Bé Mười", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy")],
[Q("16 xe", 16, "xe"), Q("Hơn 40 hành khách", 40, "hành khách", "over"), Q("640 người lao động", 640, "người lao động"), Q("22 xã, phường", 22, "xã, phường"),
 Q("gần 900 hồ sơ", 900, "hồ sơ", "approx"), Q("khoảng 35.000 người lao động", 35000, "người lao động", "approx"), Q("14 chuyến xe", 14, "chuyến xe")],
[D("Kế hoạch liên tịch", "03", "KHLT-LĐLĐ", "2025-12-08", None, "Kế hoạch liên tịch số 03/KHLT-LĐLĐ ngày 8/12/2025")],
[prov("Vĩnh Long"), prov("Hồ Chí Minh"), prov("Bình Dương"), prov("Bến Tre"), prov("Trà Vinh"), com("Trà Vinh"), com("Thủ Dầu Một"),
 com("Mỏ Cày"), com("Cầu Kè"), com("Tiểu Cần")],
["Báo Vĩnh Long Online", "Trang chủ › Xã hội › Đời sống", "Chuyến xe nghĩa tình - Tết sum vầy", "Bình luận (2)"],
["12 Tháng 2, 2026 | 06:10", "12 giờ đêm 11/2", "3 giờ sáng", "16 giờ chiều", "49 tuổi", "9 năm", "mùng 1", "2 năm",
 "mùng 6 và mùng 7", "1 giờ sáng", "ba địa bàn"]))

PAGES.append(page("b6913-angiang-mttq-giamsat-2026", """
BÁO AN GIANG - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH AN GIANG
Chính trị > Mặt trận
06/03/2026 10:12
Giám sát việc hỗ trợ Tết cho người lao động tại phường Rạch Giá
Ngày 5/3, Đoàn giám sát Ủy ban MTTQ Việt Nam tỉnh An Giang do bà Đỗ Thị Minh Hoa, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn, giám sát việc thực hiện chính sách hỗ trợ người lao động dịp Tết Nguyên đán Bính Ngọ 2026 tại Liên đoàn Lao động tỉnh và UBND phường Rạch Giá.
Tham gia đoàn có ông Danh Út, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh; bà Chau Thị Sóc Kha, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy cùng đại diện Hội Nông dân, Hội Liên hiệp Phụ nữ tỉnh.
Việc giám sát được thực hiện theo Kế hoạch số 14/KH-MTTQ-BTT ngày 20/2/2026 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, căn cứ Quy định số 124-QĐ/TW ngày 10/10/2023 của Ban Bí thư về giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội.
Báo cáo với đoàn, ông Lâm Văn Hiền, Phó Chủ tịch Liên đoàn Lao động tỉnh, cho biết Tết vừa qua, các cấp công đoàn đã chăm lo cho 78.900 lượt đoàn viên, người lao động, tổng kinh phí khoảng 46,5 tỷ đồng. Liên đoàn tổ chức 22 chuyến xe "Tết sum vầy" đưa 870 công nhân từ Thành phố Hồ Chí Minh, Đồng Nai về quê và đón trở lại sau Tết; riêng phường Rạch Giá có 125 người được hỗ trợ vé xe và 300 vé tàu cao tốc ra đặc khu Phú Quốc cho người lao động làm việc trên đảo về đất liền.
Ông Nguyễn Thanh Sơn, Chủ tịch UBND phường Rạch Giá, thông tin phường đã rà soát, chi hỗ trợ 412 hộ nghèo, hộ cận nghèo và 96 lao động mất việc làm, mỗi trường hợp 500.000 đồng, bảo đảm đúng đối tượng, công khai tại 18 khu phố.
Qua giám sát, đoàn đánh giá việc chăm lo Tết được thực hiện kịp thời, đúng quy định. Tuy nhiên, một số danh sách hỗ trợ vé xe lập chậm, 2 chuyến xe về xã Hòn Đất và xã Vĩnh Thạnh Trung xuất phát trễ hơn kế hoạch; chưa có số liệu đầy đủ về người lao động tự do không thuộc tổ chức công đoàn.
Đại diện người lao động, anh Danh Sa Huynh, công nhân Công ty CP Thủy sản Kiên Cường, cho biết được hỗ trợ vé xe từ Thành phố Hồ Chí Minh về xã Vĩnh Thạnh Trung, đề nghị năm sau đăng ký sớm hơn để công nhân chủ động ngày nghỉ.
Kết luận buổi giám sát, bà Đỗ Thị Minh Hoa đề nghị Liên đoàn Lao động tỉnh sớm tổng kết, rút kinh nghiệm, xây dựng cơ sở dữ liệu đoàn viên theo địa bàn mới để chuẩn bị cho chương trình năm 2027; UBND phường tiếp tục phối hợp Mặt trận thực hiện cuộc vận động "Ngày vì người nghèo" và phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa".
Ngọc Huyền
Lượt xem: 842
Tin khác
- Mặt trận phường Long Xuyên ra mắt mô hình "Khu phố nghĩa tình" (02/03/2026)
- An Giang: hơn 2.000 công nhân trở lại làm việc trên chuyến xe Công đoàn (24/02/2026)
""", "2026-03-06", "Giám sát việc hỗ trợ Tết cho người lao động tại phường Rạch Giá",
E("giam_sat", None, "2026-03-05"),
[P("Đỗ Thị Minh Hoa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Danh Út", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh"),
 P("Chau Thị Sóc Kha", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lâm Văn Hiền", "Phó Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Nguyễn Thanh Sơn", "Chủ tịch UBND phường Rạch Giá"),
 P("Danh Sa Huynh", "công nhân Công ty CP Thủy sản Kiên Cường")],
[Q("78.900 lượt đoàn viên, người lao động", 78900, "lượt đoàn viên, người lao động"),
 Q("khoảng 46,5 tỷ đồng", 46500000000, "đồng", "approx"), Q("22 chuyến xe", 22, "chuyến xe"), Q("870 công nhân", 870, "công nhân"),
 Q("125 người", 125, "người"), Q("300 vé tàu cao tốc", 300, "vé tàu cao tốc"),
 Q("412 hộ nghèo, hộ cận nghèo", 412, "hộ nghèo, hộ cận nghèo"), Q("96 lao động mất việc làm", 96, "lao động"),
 Q("500.000 đồng", 500000, "đồng"), Q("18 khu phố", 18, "khu phố"), Q("2 chuyến xe", 2, "chuyến xe")],
[D("Kế hoạch", "14", "KH-MTTQ-BTT", "2026-02-20", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 14/KH-MTTQ-BTT ngày 20/2/2026"),
 D("Quy định", "124", "QĐ/TW", "2023-10-10", "Ban Bí thư", "Quy định số 124-QĐ/TW ngày 10/10/2023")],
[prov("An Giang"), prov("Hồ Chí Minh"), prov("Đồng Nai"), com("Rạch Giá"), com("Phú Quốc"), com("Hòn Đất"), com("Vĩnh Thạnh Trung")],
["BÁO AN GIANG - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH AN GIANG", "Chính trị > Mặt trận", "Tết sum vầy",
 "Ngày vì người nghèo", "Toàn dân đoàn kết xây dựng đời sống văn hóa", "Lượt xem: 842"],
["06/03/2026 10:12", "Tết Nguyên đán Bính Ngọ 2026", "năm 2027", "Lượt xem: 842"]))

PAGES.append(page("b6914-thanhhoa-ldld-chuyentau-2026", """
Báo Thanh Hóa
Thứ Hai, 09/02/2026 - 07:00
Thời sự | Xã hội
Những toa tàu chở công nhân vừa cập ga Thanh Hóa. Ảnh: Lê Hợi
"Chuyến tàu nghĩa tình" đưa 680 lao động xứ Thanh về quê đón Tết
Chiều 8/2, tại ga Thanh Hóa (phường Hạc Thành), Liên đoàn Lao động tỉnh Thanh Hóa phối hợp Liên đoàn Lao động Thành phố Hồ Chí Minh và Công ty CP Vận tải Đường sắt tổ chức đón 680 đoàn viên, người lao động quê Thanh Hóa đang làm việc tại các tỉnh phía Nam về quê đón Tết Bính Ngọ trên đoàn tàu SE4 "Chuyến tàu nghĩa tình".
Đón đoàn tàu có đồng chí Lê Thị Thu Hương, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy; đồng chí Võ Mạnh Sơn, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh; đồng chí Vũ Thị Hương, Chủ tịch Liên đoàn Lao động tỉnh.
Đoàn tàu khởi hành từ ga Sài Gòn sáng 7/2, sau hơn 30 giờ đã về đến Thanh Hóa. Ngay tại sân ga, mỗi người lao động được Liên đoàn Lao động tỉnh tặng 1 suất quà trị giá 1 triệu đồng, gồm 500.000 đồng tiền mặt và bánh kẹo, nước uống. Tổng giá trị vé tàu và quà tặng khoảng 1,5 tỷ đồng, do Tổng Liên đoàn Lao động Việt Nam, Liên đoàn Lao động hai địa phương và các nhà tài trợ đóng góp.
Thanh Hóa hiện có hơn 200.000 lao động làm việc tại Thành phố Hồ Chí Minh, Đồng Nai, Tây Ninh. Đây là năm thứ 5 liên tiếp tỉnh phối hợp tổ chức chuyến tàu. Năm nay Liên đoàn Lao động tỉnh còn phối hợp tổ chức 27 chuyến xe đưa hơn 1.100 người về các xã miền núi như Mường Lát, Quan Sơn, Bá Thước.
Phát biểu chào mừng, đồng chí Võ Mạnh Sơn chúc người lao động đón Tết đầm ấm bên gia đình; cho biết sau Tết, tỉnh sẽ tổ chức 15 phiên giao dịch việc làm tại các xã để người lao động có thêm lựa chọn làm việc gần nhà, thực hiện Nghị quyết số 15-NQ/TU ngày 30/12/2025 của Ban Chấp hành Đảng bộ tỉnh về phát triển thị trường lao động.
Anh Hà Văn Phiến, người Thái, quê xã Mường Lát, công nhân Công ty TNHH Pou Yuen Việt Nam, xúc động: "Đã 4 năm em chưa về quê. Năm nay em đưa vợ và con gái về để ông bà nội được gặp cháu lần đầu".
Chị Lê Thị Hoa, Chủ tịch Công đoàn Công ty TNHH Giày da Mỹ Phong (Tây Ninh), trưởng toa số 6, cho biết chuyến đi an toàn, công nhân được phục vụ chu đáo.
Theo đồng chí Vũ Thị Hương, để có chuyến tàu, Liên đoàn Lao động tỉnh đã lập danh sách từ tháng 11, phối hợp công đoàn các doanh nghiệp phía Nam xác minh từng trường hợp; ưu tiên đoàn viên có hoàn cảnh khó khăn, lao động nữ mang thai, nuôi con nhỏ và người nhiều năm chưa về quê. Sau Tết, chuyến tàu chiều ngược lại sẽ khởi hành ngày 24/2 (tức mùng 8 tháng Giêng).
Sau lễ đón, 18 xe ô tô đưa người lao động về tận trung tâm các xã.
Lê Hợi
Tin liên quan
- Thanh Hóa: 100% đoàn viên khó khăn được chăm lo Tết (06/02/2026)
- Hơn 30 nghìn suất quà Tết cho công nhân lao động (02/02/2026)
""", "2026-02-09", "\"Chuyến tàu nghĩa tình\" đưa 680 lao động xứ Thanh về quê đón Tết",
E("trao_qua", None, "2026-02-08"),
[P("Lê Thị Thu Hương", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Võ Mạnh Sơn", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch Thường trực UBND tỉnh"),
 P("Vũ Thị Hương", "Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Hà Văn Phiến", "công nhân Công ty TNHH Pou Yuen Việt Nam"),
 P("Lê Thị Hoa", "Chủ tịch Công đoàn Công ty TNHH Giày da Mỹ Phong", "trưởng toa số 6")],
[Q("680 đoàn viên, người lao động", 680, "đoàn viên, người lao động"), Q("hơn 30 giờ", 30, "giờ", "over"),
 Q("1 triệu đồng", 1000000, "đồng"), Q("500.000 đồng", 500000, "đồng"), Q("khoảng 1,5 tỷ đồng", 1500000000, "đồng", "approx"),
 Q("hơn 200.000 lao động", 200000, "lao động", "over"), Q("27 chuyến xe", 27, "chuyến xe"), Q("hơn 1.100 người", 1100, "người", "over"),
 Q("15 phiên giao dịch việc làm", 15, "phiên giao dịch việc làm"), Q("18 xe ô tô", 18, "xe ô tô")],
[D("Nghị quyết", "15", "NQ/TU", "2025-12-30", "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 15-NQ/TU ngày 30/12/2025")],
[prov("Thanh Hóa"), prov("Hồ Chí Minh"), prov("Đồng Nai"), prov("Tây Ninh"), com("Hạc Thành"), com("Mường Lát"), com("Quan Sơn"),
 com("Bá Thước")],
["Báo Thanh Hóa", "Thời sự | Xã hội", "Những toa tàu chở công nhân vừa cập ga Thanh Hóa. Ảnh: Lê Hợi", "Chuyến tàu nghĩa tình",
 "ga Sài Gòn", "SE4"],
["Thứ Hai, 09/02/2026 - 07:00", "Tết Bính Ngọ", "1 suất quà", "tháng 11", "ngày 24/2", "mùng 8 tháng Giêng", "năm thứ 5", "4 năm", "toa số 6", "SE4", "hơn 30 giờ"]))

PAGES.append(page("b6915-gialai-ldld-tongket-tetsumvay-2026", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH GIA LAI
Ngày đăng: 20/03/2026 | 09:45
Chính trị - Xã hội / Công đoàn
Quang cảnh hội nghị tổng kết. Ảnh: Đức Thụy
Gia Lai: 86.245 lượt đoàn viên, người lao động được chăm lo Tết
Chiều 19/3, tại phường Quy Nhơn, Liên đoàn Lao động tỉnh Gia Lai tổ chức hội nghị tổng kết Chương trình "Tết sum vầy" năm 2026, khen thưởng các tập thể, cá nhân tiêu biểu. Đồng chí Rah Lan Lâm, Tỉnh ủy viên, Chủ tịch Liên đoàn Lao động tỉnh chủ trì hội nghị.
Đây là năm đầu tiên chương trình được triển khai trên địa bàn tỉnh Gia Lai mới, sau khi hợp nhất với tỉnh Bình Định. Theo báo cáo, các cấp công đoàn đã chăm lo Tết cho 86.245 lượt đoàn viên, người lao động với tổng kinh phí hơn 52 tỷ đồng, vượt 15% kế hoạch. Trong đó, 3.500 suất quà được trao cho đoàn viên có hoàn cảnh đặc biệt khó khăn, mỗi suất từ 1 đến 2 triệu đồng; 4 "Chợ Tết Công đoàn" ở phường Quy Nhơn, phường Pleiku, xã Tuy Phước và Khu kinh tế Nhơn Hội thu hút hơn 9.000 lượt người.
Điểm nhấn là 34 chuyến xe "nghĩa tình" đưa 1.420 công nhân ở Thành phố Hồ Chí Minh, Đồng Nai về quê ở các xã vùng đồng bào dân tộc thiểu số như Ia Grai, Chư Păh, Kbang, Vĩnh Thạnh, An Lão và đón trở lại nơi làm việc sau Tết. Ngoài ra, có 2 chuyến xe chiều ngược lại đưa 85 công nhân Khu kinh tế Nhơn Hội về các tỉnh Nghệ An, Hà Tĩnh.
Đồng chí Đinh Văn Hà, Phó Chủ tịch Liên đoàn Lao động tỉnh, cho biết chương trình thực hiện theo Kế hoạch số 301/KH-TLĐ của Tổng Liên đoàn Lao động Việt Nam và Kế hoạch số 05/KH-LĐLĐ ngày 10/11/2025 của Liên đoàn Lao động tỉnh; huy động được 19,6 tỷ đồng từ các doanh nghiệp, chiếm gần 38% tổng kinh phí.
Hạn chế được chỉ ra là việc hợp nhất khiến danh sách đoàn viên giữa hai địa bàn chưa thống nhất; một số công đoàn cơ sở chi quà chậm; khoảng 8% người đăng ký xe không đi nhưng không báo trước.
Tại hội nghị, chị Siu H'Nhung, người Jrai, Chủ tịch Công đoàn cơ sở Công ty CP Cao su Chư Păh, đề nghị năm sau tổ chức xe về tận các làng vì "từ trung tâm xã về làng còn 20 cây số, không có xe". Anh Đặng Quốc Việt, Chủ tịch Công đoàn Khu kinh tế tỉnh, đề xuất liên kết với Liên đoàn Lao động Thành phố Hồ Chí Minh để lập danh sách từ tháng 10.
Phát biểu kết luận, đồng chí Rah Lan Lâm yêu cầu các cấp công đoàn rút kinh nghiệm, xây dựng dữ liệu đoàn viên thống nhất, bám sát Chương trình hành động số 12-CTr/TU của Tỉnh ủy thực hiện Nghị quyết 02-NQ/TW về đổi mới tổ chức và hoạt động của Công đoàn Việt Nam.
Dịp này, Liên đoàn Lao động tỉnh tặng Bằng khen cho 18 tập thể, 27 cá nhân tiêu biểu trong Chương trình "Tết sum vầy" năm 2026.
Đức Thụy
Các tin khác
- Gia Lai: Hơn 1.400 công nhân trở lại làm việc trên chuyến xe Công đoàn (26/02/2026)
- Ra mắt Công đoàn cơ sở tại xã Ia Grai (12/03/2026)
""", "2026-03-20", "Gia Lai: 86.245 lượt đoàn viên, người lao động được chăm lo Tết",
E("tong_ket", "2026", "2026-03-19"),
[P("Rah Lan Lâm", "Tỉnh ủy viên", "Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Đinh Văn Hà", "Phó Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Siu H'Nhung", "Chủ tịch Công đoàn cơ sở Công ty CP Cao su Chư Păh"),
 P("Đặng Quốc Việt", "Chủ tịch Công đoàn Khu kinh tế tỉnh")],
[Q("86.245 lượt đoàn viên, người lao động", 86245, "lượt đoàn viên, người lao động"),
 Q("hơn 52 tỷ đồng", 52000000000, "đồng", "over"), Q("15%", 15, "%"), Q("3.500 suất quà", 3500, "suất quà"),
 Q("từ 1 đến 2 triệu đồng", 1000000, "đồng", "approx"), Q("4 \"Chợ Tết Công đoàn\"", 4, "Chợ Tết Công đoàn"),
 Q("hơn 9.000 lượt người", 9000, "lượt người", "over"), Q("34 chuyến xe", 34, "chuyến xe"),
 Q("1.420 công nhân", 1420, "công nhân"), Q("2 chuyến xe", 2, "chuyến xe"), Q("85 công nhân", 85, "công nhân"),
 Q("19,6 tỷ đồng", 19600000000, "đồng"), Q("gần 38%", 38, "%", "approx"), Q("khoảng 8%", 8, "%", "approx"),
 Q("20 cây số", 20, "cây số"), Q("18 tập thể", 18, "tập thể"), Q("27 cá nhân tiêu biểu", 27, "cá nhân tiêu biểu")],
[D("Kế hoạch", "301", "KH-TLĐ", None, "Tổng Liên đoàn Lao động Việt Nam", "Kế hoạch số 301/KH-TLĐ"),
 D("Kế hoạch", "05", "KH-LĐLĐ", "2025-11-10", "Liên đoàn Lao động tỉnh", "Kế hoạch số 05/KH-LĐLĐ ngày 10/11/2025"),
 D("Chương trình hành động", "12", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 12-CTr/TU"),
 D("Nghị quyết", "02", "NQ/TW", None, None, "Nghị quyết 02-NQ/TW")],
[prov("Gia Lai"), prov("Bình Định"), prov("Hồ Chí Minh"), prov("Đồng Nai"), prov("Nghệ An"), prov("Hà Tĩnh"),
 com("Quy Nhơn"), com("Pleiku"), com("Tuy Phước"), com("Ia Grai"), com("Chư Păh"), com("Kbang"), com("Vĩnh Thạnh"), com("An Lão")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH GIA LAI", "Chính trị - Xã hội / Công đoàn", "Quang cảnh hội nghị tổng kết. Ảnh: Đức Thụy",
 "Tết sum vầy", "Chợ Tết Công đoàn", "Khu kinh tế Nhơn Hội"],
["Ngày đăng: 20/03/2026 | 09:45", "năm 2026", "năm đầu tiên", "tháng 10", "năm sau"]))

PAGES.append(page("b6916-khanhhoa-btgdv-giaoban-thang1-2026", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY KHÁNH HÒA
Bạn đang ở: Trang chủ » Tin hoạt động » Dân vận
Cập nhật: 04/02/2026 15:05
Ảnh: Đồng chí Nguyễn Khắc Toàn chủ trì giao ban.
Giao ban công tác tháng 1/2026: Tập trung chăm lo Tết cho công nhân, người lao động
Ngày 3/2/2026, Ban Tuyên giáo và Dân vận Tỉnh ủy Khánh Hòa tổ chức giao ban công tác tháng 1/2026 với các cơ quan khối dân vận, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội tỉnh. Đồng chí Nguyễn Khắc Toàn, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì.
Theo báo cáo, trong tháng 1, các cơ quan, đơn vị đã tập trung triển khai Kế hoạch số 27-KH/TU ngày 5/12/2025 của Ban Thường vụ Tỉnh ủy về tổ chức các hoạt động mừng Đảng, mừng Xuân Bính Ngọ 2026. Liên đoàn Lao động tỉnh đã trao 8.600 suất quà cho đoàn viên, người lao động khó khăn, trị giá hơn 6,9 tỷ đồng; chuẩn bị 21 chuyến xe "Tết sum vầy" đưa khoảng 850 công nhân Khu công nghiệp Suối Dầu, Khu kinh tế Vân Phong về quê ở Quảng Ngãi, Đắk Lắk, Gia Lai, Lâm Đồng, xuất phát ngày 12/2. Ủy ban MTTQ Việt Nam tỉnh vận động được hơn 12 tỷ đồng ủng hộ Quỹ "Vì người nghèo".
Đồng chí Mấu Thị Bích Vân, người Raglai, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, cho biết qua nắm tình hình, tư tưởng công nhân cơ bản ổn định; 98,7% doanh nghiệp đã có phương án thưởng Tết, tuy nhiên vẫn còn 3 doanh nghiệp ở phường Ninh Hòa và xã Vạn Ninh chậm trả lương với khoảng 420 lao động.
Đồng chí Đàng Thị Mỹ Hương, Chủ tịch Liên đoàn Lao động tỉnh, kiến nghị các xã, phường phối hợp đón tiếp người lao động từ các tỉnh phía Nam trở về quê, trong đó nhiều nhất là xã Ninh Hải, xã Thuận Bắc của khu vực Ninh Thuận cũ. Dự kiến khoảng 6.000 lao động sẽ về quê ăn Tết, Liên đoàn đã phối hợp Liên đoàn Lao động Thành phố Hồ Chí Minh bố trí 12 chuyến xe đón.
Kết luận giao ban, đồng chí Nguyễn Khắc Toàn đề nghị trong tháng 2, các cơ quan khối dân vận tiếp tục thực hiện Chỉ thị số 52-CT/TW ngày 3/10/2025 của Ban Bí thư về tổ chức Tết Bính Ngọ năm 2026; giao Liên đoàn Lao động tỉnh làm việc ngay với 3 doanh nghiệp chậm lương, bảo đảm 100% người lao động nhận đủ lương trước ngày 10/2; phối hợp lực lượng công an, giao thông bảo đảm an toàn cho các chuyến xe Tết.
Đồng chí cũng lưu ý việc tổ chức gặp mặt người có uy tín, chức sắc tôn giáo dịp Tết, phát huy vai trò của người có uy tín trong đồng bào Raglai, Chăm ở các xã miền núi.
Thu Hiền
Các tin đã đưa
- Giao ban công tác tháng 12/2025 (06/01/2026)
- Hội nghị tổng kết công tác tuyên giáo và dân vận năm 2025 (26/12/2025)
""", "2026-02-04", "Giao ban công tác tháng 1/2026: Tập trung chăm lo Tết cho công nhân, người lao động",
E("giao_ban", "2026-01", "2026-02-03"),
[P("Nguyễn Khắc Toàn", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Mấu Thị Bích Vân", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Đàng Thị Mỹ Hương", "Chủ tịch Liên đoàn Lao động tỉnh")],
[Q("8.600 suất quà", 8600, "suất quà"), Q("hơn 6,9 tỷ đồng", 6900000000, "đồng", "over"), Q("21 chuyến xe", 21, "chuyến xe"),
 Q("khoảng 850 công nhân", 850, "công nhân", "approx"), Q("hơn 12 tỷ đồng", 12000000000, "đồng", "over"), Q("98,7%", 98.7, "%"),
 Q("3 doanh nghiệp", 3, "doanh nghiệp"), Q("khoảng 420 lao động", 420, "lao động", "approx"),
 Q("khoảng 6.000 lao động", 6000, "lao động", "approx"), Q("12 chuyến xe", 12, "chuyến xe"), Q("100%", 100, "%")],
[D("Kế hoạch", "27", "KH/TU", "2025-12-05", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 27-KH/TU ngày 5/12/2025"),
 D("Chỉ thị", "52", "CT/TW", "2025-10-03", "Ban Bí thư", "Chỉ thị số 52-CT/TW ngày 3/10/2025")],
[prov("Khánh Hòa"), prov("Quảng Ngãi"), prov("Đắk Lắk"), prov("Gia Lai"), prov("Lâm Đồng"), prov("Hồ Chí Minh"), prov("Ninh Thuận"),
 com("Ninh Hòa"), com("Vạn Ninh"), com("Ninh Hải"), com("Thuận Bắc")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY KHÁNH HÒA", "Bạn đang ở: Trang chủ » Tin hoạt động » Dân vận",
 "Ảnh: Đồng chí Nguyễn Khắc Toàn chủ trì giao ban.", "Tết sum vầy", "Vì người nghèo", "Khu công nghiệp Suối Dầu", "Khu kinh tế Vân Phong"],
["Cập nhật: 04/02/2026 15:05", "tháng 1/2026", "tháng 1", "tháng 2", "Xuân Bính Ngọ 2026", "ngày 12/2", "ngày 10/2",
 "Tết Bính Ngọ năm 2026"]))
