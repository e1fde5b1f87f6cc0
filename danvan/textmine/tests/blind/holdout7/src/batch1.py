from lib import *

PAGES = []

# ---------------------------------------------------------------- b133
PAGES.append(page("b133-phutho-mttq-tongket-2011", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH PHÚ THỌ
Thứ Bảy, 24/12/2011 | Đăng nhập | Liên hệ
Trang chủ > Hoạt động Mặt trận > Tin tức
Cập nhật: 15:20, 23/12/2011 (GMT+7)
Phát huy sức mạnh khối đại đoàn kết, tạo đà cho năm 2012
(MTTQ Phú Thọ) - Ngày 22/12, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Phú Thọ tổ chức hội nghị tổng kết công tác Mặt trận năm 2011, triển khai nhiệm vụ năm 2012.
Quang cảnh hội nghị tổng kết.
Dự hội nghị có đồng chí Đinh Công Trứ, Phó Bí thư Tỉnh ủy; đồng chí Lương Thị Khánh, Trưởng Ban Dân vận Tỉnh ủy. Đồng chí Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Hà Kế Sơn chủ trì hội nghị.
Năm 2011, Mặt trận các cấp đã tập trung thực hiện Chỉ thị 17, 18-CT/TU của Ban Thường vụ Tỉnh ủy về công tác bầu cử và vận động nhân dân tham gia xây dựng nông thôn mới. Cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư" được triển khai tại 2.612 khu dân cư, trong đó 1.984 khu dân cư đạt danh hiệu khu dân cư văn hóa. Quỹ "Vì người nghèo" các cấp vận động được hơn 9,6 tỷ đồng, hỗ trợ xây mới và sửa chữa 734 căn nhà đại đoàn kết cho hộ nghèo, mỗi căn từ 20 đến 30 triệu đồng.
Thực hiện Chương trình phối hợp số 09/CTPH-MTTQ-UBND về giám sát đầu tư của cộng đồng, Ban Thanh tra nhân dân ở 277/277 xã, phường, thị trấn đã tiếp nhận 318 kiến nghị của cử tri, trong đó 296 kiến nghị đã được giải quyết. Mặt trận đã chủ trì 45 cuộc giám sát, phản biện 12 dự thảo văn bản của UBND tỉnh.
Phát biểu chỉ đạo, đồng chí Đinh Công Trứ ghi nhận những kết quả Mặt trận tỉnh đạt được, đồng thời đề nghị năm 2012 Mặt trận tiếp tục đổi mới nội dung, phương thức hoạt động, hướng mạnh về khu dân cư, làm tốt phong trào "3 sạch, 3 có" ở các thôn, khu.
Đồng chí Đinh Công Trứ, Phó Bí thư Tỉnh ủy phát biểu tại hội nghị. Ảnh: Thu Hiền
Dịp này, các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Nguyễn Thị Quế, Cao Văn Lộc, Hoàng Đình Chiến đã trao Bằng khen của Ủy ban Trung ương MTTQ Việt Nam cho 6 tập thể và 11 cá nhân. Ông Đinh Văn Tỵ, Trưởng ban Công tác Mặt trận khu 7, xã Tiên Lương là một trong những cá nhân được khen.
Hội nghị cũng biểu dương 19 đồng chí Chủ tịch Ủy ban MTTQ cấp xã có nhiều sáng kiến trong năm.
Minh Châu
Lượt xem: 2.083 | In bài | Gửi email
Tin liên quan
- Mặt trận xã Thanh Sơn ra mắt khu dân cư kiểu mẫu (20/12/2011)
- Phú Thọ: 98 hộ được bàn giao nhà đại đoàn kết (12/12/2011)
- Hiệp thương giới thiệu người ứng cử đại biểu HĐND xã (02/03/2011)
""", "2011-12-23", "Phát huy sức mạnh khối đại đoàn kết, tạo đà cho năm 2012",
E("tong_ket", "2011", "2011-12-22"),
[P("Đinh Công Trứ", "Phó Bí thư Tỉnh ủy"),
 P("Lương Thị Khánh", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hà Kế Sơn", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thị Quế", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Cao Văn Lộc", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hoàng Đình Chiến", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đinh Văn Tỵ", "Trưởng ban Công tác Mặt trận khu 7")],
[Q("2.612 khu dân cư", 2612, "khu dân cư"),
 Q("1.984 khu dân cư", 1984, "khu dân cư"),
 Q("hơn 9,6 tỷ đồng", 9600000000, "đồng", "over"),
 Q("734 căn nhà đại đoàn kết", 734, "căn nhà đại đoàn kết"),
 Q("20 đến 30 triệu đồng", 20000000, "đồng"),
 Q("30 triệu đồng", 30000000, "đồng"),
 Q("277/277 xã, phường, thị trấn", 277, "xã, phường, thị trấn"),
 Q("318 kiến nghị", 318, "kiến nghị"),
 Q("296 kiến nghị", 296, "kiến nghị"),
 Q("45 cuộc giám sát", 45, "cuộc giám sát"),
 Q("12 dự thảo văn bản", 12, "dự thảo văn bản"),
 Q("6 tập thể", 6, "tập thể"),
 Q("11 cá nhân", 11, "cá nhân"),
 Q("19 đồng chí", 19, "đồng chí")],
[D("Chỉ thị", "17", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 17, 18-CT/TU"),
 D("Chỉ thị", "18", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 17, 18-CT/TU"),
 D("Chương trình phối hợp", "09", "CTPH-MTTQ-UBND", None, None, "Chương trình phối hợp số 09/CTPH-MTTQ-UBND")],
[prov("Phú Thọ"), com("xã Tiên Lương")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH PHÚ THỌ", "Trang chủ > Hoạt động Mặt trận > Tin tức",
 "Quang cảnh hội nghị tổng kết.", "Đồng chí Đinh Công Trứ, Phó Bí thư Tỉnh ủy phát biểu tại hội nghị. Ảnh: Thu Hiền",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Vì người nghèo", "(MTTQ Phú Thọ)",
 "Lượt xem: 2.083 | In bài | Gửi email"],
["3 sạch, 3 có", "Thứ Bảy, 24/12/2011", "Lượt xem: 2.083", "19 đồng chí", "khu 7"]))

# ---------------------------------------------------------------- b134
PAGES.append(page("b134-sonla-hnd-taphuan-2012", """
HỘI NÔNG DÂN TỈNH SƠN LA
Trang chủ » Tin tức » Hoạt động Hội
14/06/2012 08:40
Nâng cao kỹ năng cho cán bộ Hội cơ sở vùng cao
Từ ngày 12 đến 14/6, Hội Nông dân tỉnh Sơn La tổ chức lớp tập huấn nghiệp vụ công tác Hội cho 85 cán bộ Hội Nông dân cơ sở các xã vùng cao biên giới.
Các học viên tham gia lớp tập huấn.
Đồng chí UVBCH Trung ương Hội Nông dân Việt Nam, Chủ tịch Hội Nông dân tỉnh Lò Văn Pằn khai mạc lớp học. Tham dự có đồng chí Cầm Thị Ỏn, Phó Trưởng Ban Dân vận Tỉnh ủy.
Trong 3 ngày, các học viên được Ủy viên Ban Thường vụ, Trưởng ban Kinh tế - Xã hội Hội Nông dân tỉnh Quàng Văn Hặc và bà Lường Thị Phong, giảng viên Trường Chính trị tỉnh truyền đạt 4 chuyên đề: những nội dung cơ bản của Kết luận số 64-KL/TW của Ban Bí thư về xây dựng tổ chức Hội; Quyết định số 681/QĐ-TTg của Thủ tướng Chính phủ về đề án hỗ trợ nông dân học nghề; kỹ năng vận động hội viên tham gia phong trào "Nông dân thi đua sản xuất, kinh doanh giỏi, đoàn kết giúp nhau làm giàu và giảm nghèo bền vững" và cách lập dự án vay vốn Quỹ Hỗ trợ nông dân.
Theo kế hoạch số 112/KH-HND ngày 5/4/2012 của Ban Thường vụ Hội Nông dân tỉnh, năm nay tỉnh mở 6 lớp tập huấn cho khoảng 500 cán bộ chi, tổ hội. Đến nay, nguồn Quỹ Hỗ trợ nông dân toàn tỉnh đạt 7 tỷ 450 triệu đồng, giúp 1.126 hộ vay vốn chăn nuôi, trồng cây ăn quả; mức vay bình quân 15 triệu đồng/hộ.
Tại lớp học, anh Thào A Chá, Chủ tịch Hội Nông dân xã Chiềng On chia sẻ cách vận động 42 hộ đồng bào Mông trong bản góp vốn nuôi 130 con bò sinh sản. Chị Vừ Thị Chua, hội viên bản Pá Hốc kể lại việc chuyển 8 ha nương ngô sang trồng mận hậu, mỗi năm thu trên 60 triệu đồng.
Đồng chí Lò Văn Pằn (đứng giữa) trao giấy chứng nhận cho học viên. Ảnh: Quàng Hiếu
Kết thúc lớp tập huấn, 100% học viên đạt yêu cầu; Hội Nông dân tỉnh đề nghị các cơ sở Hội thực hiện tốt phương châm "4 sát" trong công tác vận động.
Bài, ảnh: Mai Loan
Số lượt đọc: 864
Tin khác
- Hội Nông dân huyện Mộc Châu tổng kết mô hình tổ hợp tác (10/06/2012)
- Sơn La: Nông dân đóng góp 2.000 ngày công làm đường (01/06/2012)
""", "2012-06-14", "Nâng cao kỹ năng cho cán bộ Hội cơ sở vùng cao",
E("tap_huan", None, "2012-06-12"),
[P("Lò Văn Pằn", "UVBCH Trung ương Hội Nông dân Việt Nam", "Chủ tịch Hội Nông dân tỉnh"),
 P("Cầm Thị Ỏn", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Quàng Văn Hặc", "Ủy viên Ban Thường vụ", "Trưởng ban Kinh tế - Xã hội Hội Nông dân tỉnh"),
 P("Lường Thị Phong", "giảng viên Trường Chính trị tỉnh"),
 P("Thào A Chá", "Chủ tịch Hội Nông dân xã Chiềng On"),
 P("Vừ Thị Chua", "hội viên bản Pá Hốc")],
[Q("85 cán bộ Hội Nông dân cơ sở", 85, "cán bộ Hội Nông dân cơ sở"),
 Q("4 chuyên đề", 4, "chuyên đề"),
 Q("6 lớp tập huấn", 6, "lớp tập huấn"),
 Q("khoảng 500 cán bộ chi, tổ hội", 500, "cán bộ chi, tổ hội", "approx"),
 Q("7 tỷ 450 triệu đồng", 7450000000, "đồng"),
 Q("1.126 hộ", 1126, "hộ"),
 Q("15 triệu đồng/hộ", 15000000, "đồng"),
 Q("42 hộ đồng bào Mông", 42, "hộ đồng bào Mông"),
 Q("130 con bò sinh sản", 130, "con bò sinh sản"),
 Q("8 ha", 8, "ha"),
 Q("trên 60 triệu đồng", 60000000, "đồng", "over"),
 Q("100% học viên", 100, "%")],
[D("Kết luận", "64", "KL/TW", None, "Ban Bí thư", "Kết luận số 64-KL/TW"),
 D("Quyết định", "681", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 681/QĐ-TTg"),
 D("Kế hoạch", "112", "KH-HND", "2012-04-05", "Ban Thường vụ Hội Nông dân tỉnh", "kế hoạch số 112/KH-HND")],
[prov("Sơn La"), com("xã Chiềng On")],
["HỘI NÔNG DÂN TỈNH SƠN LA", "Trang chủ » Tin tức » Hoạt động Hội", "Các học viên tham gia lớp tập huấn.",
 "Đồng chí Lò Văn Pằn (đứng giữa) trao giấy chứng nhận cho học viên. Ảnh: Quàng Hiếu",
 "Nông dân thi đua sản xuất, kinh doanh giỏi, đoàn kết giúp nhau làm giàu và giảm nghèo bền vững",
 "Quỹ Hỗ trợ nông dân", "bản Pá Hốc", "Số lượt đọc: 864"],
["3 ngày", "4 sát", "Số lượt đọc: 864", "14/06/2012 08:40"]))

# ---------------------------------------------------------------- b135
PAGES.append(page("b135-quangnam-bdv-giaoban-2013q3", """
BAN DÂN VẬN TỈNH ỦY QUẢNG NAM
Hôm nay: Thứ Tư, 09/10/2013
Trang chủ | Tin hoạt động | Dân vận các cấp
Thứ Ba, 08/10/2013 - 16:05
Giao ban công tác dân vận quý III
Sáng 7/10, Ban Dân vận Tỉnh ủy Quảng Nam tổ chức giao ban công tác dân vận quý III năm 2013 với Ban Dân vận các huyện ủy, thành ủy và Đảng đoàn các đoàn thể chính trị - xã hội tỉnh.
Toàn cảnh buổi giao ban.
Đồng chí Phan Thị Mỹ Lệ, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì. Cùng dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy Nguyễn Hữu Tín, Zơrâm Bốn.
Trong quý, Ban Dân vận các cấp đã tham mưu triển khai Nghị quyết 25-NQ/TW ngày 3/6/2013 của BCH Trung ương về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới; ban hành Hướng dẫn số 14-HD/BDVTU về xây dựng mô hình "Dân vận khéo". Toàn tỉnh có 218 mô hình "Dân vận khéo" đăng ký, tăng 46 mô hình so với quý II. Các đoàn thể vận động nhân dân hiến 12.600 m2 đất, đóng góp 3,2 tỷ đồng làm đường giao thông nông thôn; hòa giải thành 57/64 vụ việc ở cơ sở.
Tại các huyện miền núi, già làng Clâu Blao ở xã Tà Lu và ông Pơloong Plênh, Người có uy tín thôn Arớ đã vận động 27 hộ dời nhà khỏi vùng sạt lở. Theo báo cáo, các đồng chí Alăng Thị Nhiên, Hồ Văn Dần, Trần Thị Kim Hoa - Phó Trưởng Ban Dân vận Huyện ủy đã trực tiếp bám cơ sở trong mùa mưa bão.
Phát biểu kết luận, đồng chí Phan Thị Mỹ Lệ đề nghị quý IV tập trung nắm tình hình dư luận xã hội, làm tốt công tác vận động nhân dân thực hiện "Quy chế dân chủ ở cơ sở", chuẩn bị sơ kết 3 năm phong trào "4 xanh".
Dịp này, đồng chí Zơrâm Bốn, nguyên Trưởng Ban Dân vận Huyện ủy Tây Giang, được Ban Thường vụ Tỉnh ủy điều động, chỉ định giữ chức Phó Trưởng Ban Dân vận Tỉnh ủy từ ngày 1/9/2013.
Đồng chí Phan Thị Mỹ Lệ phát biểu kết luận buổi giao ban. Ảnh: Hồng Vân
Ngọc Thơ
Đã xem: 547 lần
Các tin khác
- Tây Giang: Đồng bào Cơ Tu hiến đất làm đường (30/09/2013)
- Tập huấn nghiệp vụ dân vận cho cán bộ cơ sở (12/09/2013)
""", "2013-10-08", "Giao ban công tác dân vận quý III",
E("giao_ban", "2013-Q3", "2013-10-07"),
[P("Phan Thị Mỹ Lệ", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Hữu Tín", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Zơrâm Bốn", "Phó Trưởng Ban Dân vận Tỉnh ủy", "nguyên Trưởng Ban Dân vận Huyện ủy Tây Giang"),
 P("Clâu Blao", "già làng"),
 P("Pơloong Plênh", "Người có uy tín thôn Arớ"),
 P("Alăng Thị Nhiên", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Hồ Văn Dần", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Trần Thị Kim Hoa", "Phó Trưởng Ban Dân vận Huyện ủy")],
[Q("218 mô hình", 218, "mô hình"),
 Q("46 mô hình", 46, "mô hình"),
 Q("12.600 m2", 12600, "m2"),
 Q("3,2 tỷ đồng", 3200000000, "đồng"),
 Q("57/64 vụ việc", 57, "vụ việc"),
 Q("57/64 vụ việc", 64, "vụ việc"),
 Q("27 hộ", 27, "hộ")],
[D("Nghị quyết", "25", "NQ/TW", "2013-06-03", "BCH Trung ương", "Nghị quyết 25-NQ/TW"),
 D("Hướng dẫn", "14", "HD/BDVTU", None, None, "Hướng dẫn số 14-HD/BDVTU")],
[prov("Quảng Nam"), com("xã Tà Lu")],
["BAN DÂN VẬN TỈNH ỦY QUẢNG NAM", "Trang chủ | Tin hoạt động | Dân vận các cấp", "Toàn cảnh buổi giao ban.",
 "Đồng chí Phan Thị Mỹ Lệ phát biểu kết luận buổi giao ban. Ảnh: Hồng Vân", "Dân vận khéo",
 "Quy chế dân chủ ở cơ sở", "thôn Arớ", "Tây Giang", "Đã xem: 547 lần"],
["Hôm nay: Thứ Tư, 09/10/2013", "quý III năm 2013", "quý II", "quý IV", "3 năm", "4 xanh", "Đã xem: 547 lần"]))

# ---------------------------------------------------------------- b136
PAGES.append(page("b136-soctrang-hlhpn-traoqua-2014", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH SÓC TRĂNG
Bạn đang ở: Trang chủ / Hoạt động các cấp Hội / Công tác xã hội
Ngày đăng 22/01/2014 | 10:20
Trao 300 phần quà Tết cho phụ nữ nghèo Khmer
Ngày 21/1, Hội LHPN tỉnh Sóc Trăng phối hợp với nhà tài trợ trao 300 phần quà Tết cho hội viên phụ nữ nghèo, phụ nữ đơn thân là đồng bào Khmer tại xã Vĩnh Hải và xã Lai Hòa.
Trao 300 phần quà Tết cho hội viên phụ nữ nghèo xã Vĩnh Hải.
Tham dự có bà Trần Thị Ngọc Diệp, Chủ tịch Hội LHPN tỉnh; bà Thạch Thị Sa Phia, Phó Chủ tịch Thường trực Hội LHPN tỉnh và Đại đức Lý Sóc Phươl, Trụ trì chùa Prếk Chóp.
Mỗi phần quà trị giá 500.000 đồng, gồm 10 kg gạo, nước mắm, dầu ăn và 200 nghìn đồng tiền mặt; tổng trị giá 150 triệu đồng. Đây là hoạt động trong chương trình "Tết ấm tình thân" mà Hội LHPN tỉnh triển khai theo Chỉ thị số 38-CT/TU ngày 15/11/2013 của Ban Thường vụ Tỉnh ủy về tổ chức Tết Nguyên đán Giáp Ngọ 2014.
Theo bà Trần Thị Ngọc Diệp, năm 2013 các cấp Hội trong tỉnh đã giúp 1.415 hội viên phụ nữ nghèo vay vốn với tổng dư nợ hơn 21 tỷ đồng, vận động xây 38 căn "Mái ấm tình thương"; có 2.730 phụ nữ Khmer được tập huấn kỹ năng làm kinh tế gia đình. Phong trào "Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc" gắn với cuộc vận động "5 không, 3 sạch" được hội viên hưởng ứng.
Bà Lâm Thị Sóc Khon, 68 tuổi, ở ấp Âu Thọ B, xúc động: "Nhờ có quà của Hội, năm nay nhà tôi có Tết đầy đủ hơn".
Ngay sau buổi trao quà, các chị Sơn Thị Ka Rô, Kim Thị Sa Rinh - Ủy viên Ban Chấp hành Hội LHPN xã Vĩnh Hải đã đến tận nhà trao quà cho 12 chị đau ốm không đến nhận được.
Bà Trần Thị Ngọc Diệp trao quà cho phụ nữ nghèo. Ảnh: Kim Yến
Thanh Huyền
Lượt truy cập: 15.208
Tin liên quan
- Hội LHPN huyện Trần Đề ra mắt tổ phụ nữ tiết kiệm (10/01/2014)
- Sóc Trăng: 500 suất quà đến với phụ nữ nghèo dịp Tết (15/01/2013)
""", "2014-01-22", "Trao 300 phần quà Tết cho phụ nữ nghèo Khmer",
E("trao_qua", None, "2014-01-21"),
[P("Trần Thị Ngọc Diệp", "Chủ tịch Hội LHPN tỉnh"),
 P("Thạch Thị Sa Phia", "Phó Chủ tịch Thường trực Hội LHPN tỉnh"),
 P("Lý Sóc Phươl", "Đại đức", "Trụ trì chùa Prếk Chóp"),
 P("Lâm Thị Sóc Khon"),
 P("Sơn Thị Ka Rô", "Ủy viên Ban Chấp hành Hội LHPN xã Vĩnh Hải"),
 P("Kim Thị Sa Rinh", "Ủy viên Ban Chấp hành Hội LHPN xã Vĩnh Hải")],
[Q("300 phần quà Tết", 300, "phần quà Tết"),
 Q("500.000 đồng", 500000, "đồng"),
 Q("10 kg gạo", 10, "kg gạo"),
 Q("200 nghìn đồng", 200000, "đồng"),
 Q("150 triệu đồng", 150000000, "đồng"),
 Q("1.415 hội viên phụ nữ nghèo", 1415, "hội viên phụ nữ nghèo"),
 Q("hơn 21 tỷ đồng", 21000000000, "đồng", "over"),
 Q("38 căn", 38, "căn \"Mái ấm tình thương\""),
 Q("2.730 phụ nữ Khmer", 2730, "phụ nữ Khmer"),
 Q("12 chị", 12, "chị")],
[D("Chỉ thị", "38", "CT/TU", "2013-11-15", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 38-CT/TU")],
[prov("Sóc Trăng"), com("xã Vĩnh Hải"), com("xã Lai Hòa")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH SÓC TRĂNG", "Bạn đang ở: Trang chủ / Hoạt động các cấp Hội / Công tác xã hội",
 "Trao 300 phần quà Tết cho hội viên phụ nữ nghèo xã Vĩnh Hải.", "Bà Trần Thị Ngọc Diệp trao quà cho phụ nữ nghèo. Ảnh: Kim Yến",
 "Tết ấm tình thân", "Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc", "ấp Âu Thọ B", "Mái ấm tình thương"],
["Tết Nguyên đán Giáp Ngọ 2014", "5 không, 3 sạch", "68 tuổi", "Lượt truy cập: 15.208"]))

# ---------------------------------------------------------------- b137
PAGES.append(page("b137-dienbien-doan-chandung-2015", """
BÁO ĐIỆN BIÊN PHỦ - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH ĐIỆN BIÊN
Thứ Hai, 16/03/2015
Trang chủ >> Xã hội >> Đoàn - Hội
Cập nhật lúc 07:30, 14/03/2015
Người thủ lĩnh trẻ ở vùng biên Sín Thầu
Sinh năm 1989, là người Hà Nhì đầu tiên ở bản Tá Miố (tỉnh Điện Biên) học xong đại học, anh Lý Văn Phà đã trở về quê, được đoàn viên tín nhiệm bầu giữ chức Bí thư Đoàn xã Sín Thầu từ đầu nhiệm kỳ 2012-2017.
Anh Lý Văn Phà (bìa trái) cùng đoàn viên làm đường vào bản.
Khi anh nhận nhiệm vụ, cả xã có 11 chi đoàn với 236 đoàn viên, nhiều chi đoàn sinh hoạt không đều. Được Đảng ủy xã giao triển khai Nghị quyết 04, 05-NQ/ĐU của Đảng ủy xã về phát triển kinh tế và xây dựng hệ thống chính trị, anh cùng Ban Chấp hành Đoàn xã xây dựng mô hình "Tổ thanh niên giúp nhau làm kinh tế". Sau 3 năm, Đoàn xã đã hướng dẫn 58 hộ thanh niên trồng 21 ha thảo quả, giúp 17 hộ thoát nghèo; vận động đoàn viên đóng góp hơn 1.400 ngày công mở 6 km đường vào các bản.
Ông Giàng A Páo, Phó Bí thư Thường trực Đảng ủy xã Sín Thầu, nhận xét: "Phà nói tiếng Hà Nhì, tiếng Mông, hiểu phong tục, nên bà con nghe theo". Chị Chảo Thị Mẩy, Phó Bí thư Đoàn xã, kể có đêm anh Phà đi bộ 4 giờ đồng hồ vào bản để vận động một gia đình không tảo hôn cho con gái 15 tuổi.
Năm 2014, Đoàn xã kết nạp 32 đoàn viên mới, giới thiệu 9 đoàn viên ưu tú cho Đảng xem xét kết nạp; trong đó có 5 đồng chí đã được kết nạp. Anh Phà cũng là 1 trong 3 cán bộ Đoàn của tỉnh được Trung ương Đoàn tặng Bằng khen vì thành tích trong phong trào "Tuổi trẻ chung tay xây dựng nông thôn mới".
Bà Pờ Xé Lừ, 61 tuổi, ở bản Tá Miố nói vui: "Cán bộ Đoàn bây giờ ăn cùng, ở cùng, làm cùng với dân như bộ đội ngày trước", đúng với phương châm "3 cùng" của công tác dân vận.
Bài và ảnh: Trung Dũng
Lượt xem: 1.116
Tin cùng chuyên mục
- Tuổi trẻ Điện Biên ra quân Tháng Thanh niên 2015 (02/03/2015)
- 1.200 đoàn viên tham gia hiến máu tình nguyện (20/02/2015)
""", "2015-03-14", "Người thủ lĩnh trẻ ở vùng biên Sín Thầu",
E(None, None, None),
[P("Lý Văn Phà", "Bí thư Đoàn xã Sín Thầu"),
 P("Giàng A Páo", "Phó Bí thư Thường trực Đảng ủy xã Sín Thầu"),
 P("Chảo Thị Mẩy", "Phó Bí thư Đoàn xã"),
 P("Pờ Xé Lừ")],
[Q("11 chi đoàn", 11, "chi đoàn"),
 Q("236 đoàn viên", 236, "đoàn viên"),
 Q("58 hộ thanh niên", 58, "hộ thanh niên"),
 Q("21 ha", 21, "ha"),
 Q("17 hộ", 17, "hộ"),
 Q("hơn 1.400 ngày công", 1400, "ngày công", "over"),
 Q("6 km", 6, "km"),
 Q("32 đoàn viên mới", 32, "đoàn viên mới"),
 Q("9 đoàn viên ưu tú", 9, "đoàn viên ưu tú"),
 Q("5 đồng chí", 5, "đồng chí"),
 Q("3 cán bộ Đoàn", 3, "cán bộ Đoàn")],
[D("Nghị quyết", "04", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết 04, 05-NQ/ĐU"),
 D("Nghị quyết", "05", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết 04, 05-NQ/ĐU")],
[prov("Điện Biên"), com("xã Sín Thầu")],
["BÁO ĐIỆN BIÊN PHỦ - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH ĐIỆN BIÊN", "Trang chủ >> Xã hội >> Đoàn - Hội",
 "Anh Lý Văn Phà (bìa trái) cùng đoàn viên làm đường vào bản.", "Tổ thanh niên giúp nhau làm kinh tế",
 "Tuổi trẻ chung tay xây dựng nông thôn mới", "bản Tá Miố", "Trung ương Đoàn"],
["Thứ Hai, 16/03/2015", "nhiệm kỳ 2012-2017", "Sau 3 năm", "4 giờ", "15 tuổi", "61 tuổi", "3 cùng", "5 đồng chí", "Lượt xem: 1.116", "Sinh năm 1989"]))
