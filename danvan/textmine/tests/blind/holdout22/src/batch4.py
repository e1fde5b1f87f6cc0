from lib import *

PAGES = []

PAGES.append(page("b503-laichau-ccb-tongket-2026", """
HỘI CỰU CHIẾN BINH TỈNH LAI CHÂU
Hôm nay: Thứ Năm, 22/01/2026
Trang chủ » Tin tức » Hoạt động Hội
Thứ Tư, 21/01/2026 - 09:15
Hội Cựu chiến binh tỉnh Lai Châu triển khai nhiệm vụ năm 2026
Ngày 19/1, Ban Thường vụ Hội Cựu chiến binh tỉnh Lai Châu tổ chức hội nghị tổng kết công tác Hội và phong trào CCB năm 2025. Đây là năm đầu tiên Hội hoạt động trực thuộc Ủy ban MTTQ Việt Nam tỉnh sau khi sắp xếp tổ chức bộ máy. Dự hội nghị có 64 đồng chí là Ủy viên Ban Chấp hành Hội CCB tỉnh và chủ tịch Hội CCB các xã, phường.
Đại tá Lò Văn Piến, Chủ tịch Hội CCB tỉnh phát biểu tại hội nghị tổng kết.
Đến dự và chỉ đạo có đồng chí Hoàng Văn Thắm, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh. Hội nghị do Đại tá Lò Văn Piến, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội CCB tỉnh và các Phó Chủ tịch Hội CCB tỉnh: Thượng tá Tẩn Láo Sử, Trung tá Vương Văn Sáu đồng chủ trì.
Năm 2025, các cấp Hội đã tuyên truyền, quán triệt Nghị quyết 68-NQ/TW của Bộ Chính trị về phát triển kinh tế tư nhân, thực hiện Kế hoạch 05, 06-KH/CCB của Ban Thường vụ Hội CCB tỉnh về phong trào "Cựu chiến binh gương mẫu" và phong trào "CCB giúp nhau giảm nghèo, làm kinh tế giỏi". Toàn tỉnh hiện có 11.240 hội viên, sinh hoạt tại 106 cơ sở Hội sau sắp xếp.
Các cấp Hội đã vận động xây dựng 36 căn nhà "Nghĩa tình đồng đội" với tổng kinh phí 2,88 tỷ đồng, mỗi căn 80 triệu đồng; giúp 58 hộ hội viên thoát nghèo. Toàn tỉnh có 23 doanh nghiệp, hợp tác xã do CCB làm chủ, tạo việc làm cho 1.150 lao động. Có 97,6% hội viên đạt tiêu chuẩn "Cựu chiến binh gương mẫu".
Toàn cảnh hội nghị tổng kết công tác Hội năm 2025.
Tại hội nghị, ông Chu Ma Sừ, người dân tộc Hà Nhì, Chủ tịch Hội CCB xã Dền Sáng chia sẻ về việc vận động hội viên trồng 120 ha thảo quả dưới tán rừng. Ông Vàng A Chá, Chi hội trưởng Chi hội CCB bản Sin Suối Hồ, xã Sin Suối Hồ kể về mô hình du lịch cộng đồng giúp nhiều hộ trong bản có thu nhập khá.
Hội nghị cũng chỉ ra một số hạn chế: việc sắp xếp chi hội sau khi không tổ chức cấp huyện còn lúng túng ở một số nơi; hội viên cao tuổi, sức khỏe yếu nhiều; nguồn quỹ hỗ trợ hội viên phát triển kinh tế còn nhỏ.
Phát biểu chỉ đạo, đồng chí Hoàng Văn Thắm ghi nhận những đóng góp của CCB trong giữ gìn an ninh biên giới, đề nghị năm 2026 Hội tiếp tục thực hiện Chỉ thị 24-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường công tác bảo vệ chủ quyền, an ninh biên giới trong tình hình mới; phát huy bản chất "Bộ đội Cụ Hồ", tham gia giám sát, phản biện xã hội.
Dịp này, Hội CCB tỉnh tặng Bằng khen cho 12 tập thể, 20 cá nhân có thành tích xuất sắc.
Quang Đức
Lượt xem: 689
Tin liên quan
- Hội CCB tỉnh Lai Châu bàn giao nhà "Nghĩa tình đồng đội" tại xã Mường Tè
- Gặp mặt CCB nhân kỷ niệm 36 năm Ngày thành lập Hội CCB Việt Nam
- CCB Tam Đường tham gia tuần tra biên giới
- Hội CCB xã Bum Nưa ra mắt câu lạc bộ "Doanh nhân CCB"
- Hội nghị Ban Chấp hành Hội CCB tỉnh lần thứ 5
- CCB Phong Thổ giúp nhau phát triển kinh tế
- Hội CCB tỉnh giám sát thực hiện chính sách đối với người có công
- Trao sổ tiết kiệm cho hội viên CCB có hoàn cảnh khó khăn
""", "2026-01-21", "Hội Cựu chiến binh tỉnh Lai Châu triển khai nhiệm vụ năm 2026",
 E("tong_ket", "2025", "2026-01-19"),
 [P("Hoàng Văn Thắm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
  P("Lò Văn Piến", "Đại tá", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội CCB tỉnh"),
  P("Tẩn Láo Sử", "Thượng tá", "Phó Chủ tịch Hội CCB tỉnh"),
  P("Vương Văn Sáu", "Trung tá", "Phó Chủ tịch Hội CCB tỉnh"),
  P("Chu Ma Sừ", "Chủ tịch Hội CCB xã Dền Sáng"),
  P("Vàng A Chá", "Chi hội trưởng Chi hội CCB bản Sin Suối Hồ")],
 [Q("64 đồng chí", 64, "đồng chí"),
  Q("11.240 hội viên", 11240, "hội viên"),
  Q("106 cơ sở Hội", 106, "cơ sở Hội"),
  Q("36 căn nhà", 36, "căn nhà"),
  Q("2,88 tỷ đồng", 2880000000, "đồng"),
  Q("80 triệu đồng", 80000000, "đồng"),
  Q("58 hộ hội viên", 58, "hộ hội viên"),
  Q("23 doanh nghiệp, hợp tác xã", 23, "doanh nghiệp, hợp tác xã"),
  Q("1.150 lao động", 1150, "lao động"),
  Q("97,6% hội viên", 97.6, "%"),
  Q("120 ha", 120, "ha"),
  Q("12 tập thể", 12, "tập thể"),
  Q("20 cá nhân", 20, "cá nhân")],
 [D("Nghị quyết", "68", "NQ/TW", issuer="Bộ Chính trị", surface="Nghị quyết 68-NQ/TW của Bộ Chính trị"),
  D("Kế hoạch", "05", "KH/CCB", issuer="Ban Thường vụ Hội CCB tỉnh", surface="Kế hoạch 05, 06-KH/CCB của Ban Thường vụ Hội CCB tỉnh"),
  D("Kế hoạch", "06", "KH/CCB", issuer="Ban Thường vụ Hội CCB tỉnh", surface="Kế hoạch 05, 06-KH/CCB của Ban Thường vụ Hội CCB tỉnh"),
  D("Chỉ thị", "24", "CT/TU", issuer="Ban Thường vụ Tỉnh ủy", surface="Chỉ thị 24-CT/TU của Ban Thường vụ Tỉnh ủy")],
 [prov("Lai Châu"), com("Dền Sáng"), com("Sin Suối Hồ")],
 ["HỘI CỰU CHIẾN BINH TỈNH LAI CHÂU", "Trang chủ » Tin tức » Hoạt động Hội",
  "Đại tá Lò Văn Piến, Chủ tịch Hội CCB tỉnh phát biểu tại hội nghị tổng kết.", "Toàn cảnh hội nghị tổng kết công tác Hội năm 2025.",
  "Cựu chiến binh gương mẫu", "CCB giúp nhau giảm nghèo, làm kinh tế giỏi", "Nghĩa tình đồng đội", "Bộ đội Cụ Hồ",
  "bản Sin Suối Hồ", "Lượt xem: 689"],
 ["Hôm nay: Thứ Năm, 22/01/2026", "Thứ Tư, 21/01/2026 - 09:15", "64 đồng chí", "Lượt xem: 689"]))

PAGES.append(page("b504-quangninh-hnd-giaoban-2026", """
HỘI NÔNG DÂN TỈNH QUẢNG NINH
Trang chủ >> Tin tức >> Hoạt động Hội Nông dân
2026-04-07 16:40
Nông dân Quảng Ninh đẩy mạnh liên kết sản xuất
Sáng 6/4, Ban Thường vụ Hội Nông dân tỉnh Quảng Ninh tổ chức hội nghị giao ban công tác Hội và phong trào nông dân quý I năm 2026, triển khai nhiệm vụ quý II. Đồng chí Nguyễn Thị Hạnh Dung, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Nông dân tỉnh chủ trì hội nghị.
Đồng chí Nguyễn Thị Hạnh Dung phát biểu kết luận hội nghị giao ban quý I. Ảnh: Thu Nguyệt
Cùng chủ trì có các đồng chí Lã Thị Vân, Dương Minh Tuấn - Phó Chủ tịch Hội Nông dân tỉnh. Dự hội nghị có chủ tịch Hội Nông dân 54 xã, phường, đặc khu trong tỉnh.
Quý I, các cấp Hội tập trung triển khai Kế hoạch 14, 15/KH-HND của Ban Thường vụ Hội Nông dân tỉnh về phát triển hội viên và thực hiện Nghị định 98/2018/NĐ-CP của Chính phủ về chính sách khuyến khích phát triển hợp tác, liên kết trong sản xuất và tiêu thụ sản phẩm nông nghiệp. Hội Nông dân tỉnh ký Chương trình phối hợp 03/CTrPH-HND-SNNMT với Sở Nông nghiệp và Môi trường về chuyển giao khoa học kỹ thuật giai đoạn 2026-2030.
Trong quý, các cấp Hội đã kết nạp 620 hội viên mới; thành lập 14 chi hội nông dân nghề nghiệp, 9 tổ hội nghề nghiệp; tổ chức 72 lớp tập huấn chuyển giao kỹ thuật cho 3.400 lượt hội viên. Quỹ Hỗ trợ nông dân các cấp giải ngân 5,4 tỷ đồng cho 18 dự án, giúp 126 hộ hội viên phát triển sản xuất. Các cấp Hội phối hợp tiêu thụ khoảng 1.200 tấn nông sản qua sàn thương mại điện tử.
Quang cảnh hội nghị giao ban công tác Hội quý I năm 2026.
Tại hội nghị, ông Bàn Văn Quý, người dân tộc Dao Thanh Phán, Chủ tịch Hội Nông dân xã Đồng Văn cho biết, xã đã hình thành chuỗi liên kết trồng quế, trà hoa vàng với 85 hộ tham gia, giá trà hoa vàng khô từ 3 triệu đồng/kg. Bà Chìu Thị Kim, Chi hội trưởng Chi hội nông dân nghề nghiệp nuôi ong thôn Khe Tâm, xã Hải Sơn đề nghị Hội hỗ trợ xây dựng nhãn hiệu sản phẩm mật ong. Ông Hoàng Văn Lanh, người dân tộc Tày, hội viên thôn Pác Cáy, xã Bình Liêu phản ánh giá vật tư đầu vào tăng cao.
Các đại biểu cũng nêu khó khăn sau sắp xếp đơn vị hành chính: địa bàn xã rộng, số hội viên mỗi chi hội tăng; một số cán bộ Hội cấp xã mới, chưa có kinh nghiệm; việc bàn giao hồ sơ vay vốn ủy thác từ cấp huyện về cấp xã còn chậm.
Kết luận hội nghị, đồng chí Nguyễn Thị Hạnh Dung yêu cầu quý II các cấp Hội tập trung đăng ký phong trào "Nông dân thi đua sản xuất kinh doanh giỏi", hỗ trợ hội viên đăng ký sản phẩm OCOP, phấn đấu đến hết tháng 6 có thêm 10 sản phẩm đạt từ 3 sao trở lên; quan tâm hướng dẫn nông dân phòng, chống dịch bệnh gia súc, gia cầm.
Thu Nguyệt
Lượt xem: 574
Tin cùng chuyên mục
- Hội Nông dân tỉnh tập huấn kỹ thuật nuôi hàu cho nông dân đặc khu Vân Đồn
- Nông dân Tiên Yên thu hoạch sá sùng
- Hội Nông dân tỉnh sơ kết 5 năm thực hiện Kết luận 61-KL/TW
- Xã Hoành Bồ ra mắt tổ hợp tác chăn nuôi gà đồi
- Quảng Ninh tôn vinh nông dân tiêu biểu năm 2025
- Hội Nông dân phường Đông Triều ra quân làm đường giao thông nội đồng
- Ba Chẽ: Nông dân trồng dược liệu dưới tán rừng
- Hội thi "Nhà nông đua tài" tỉnh Quảng Ninh năm 2026
""", "2026-04-07", "Nông dân Quảng Ninh đẩy mạnh liên kết sản xuất",
 E("giao_ban", "2026-Q1", "2026-04-06"),
 [P("Nguyễn Thị Hạnh Dung", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Nông dân tỉnh"),
  P("Lã Thị Vân", "Phó Chủ tịch Hội Nông dân tỉnh"),
  P("Dương Minh Tuấn", "Phó Chủ tịch Hội Nông dân tỉnh"),
  P("Bàn Văn Quý", "Chủ tịch Hội Nông dân xã Đồng Văn"),
  P("Chìu Thị Kim", "Chi hội trưởng Chi hội nông dân nghề nghiệp nuôi ong thôn Khe Tâm"),
  P("Hoàng Văn Lanh", "hội viên thôn Pác Cáy")],
 [Q("54 xã, phường, đặc khu", 54, "xã, phường, đặc khu"),
  Q("620 hội viên mới", 620, "hội viên mới"),
  Q("14 chi hội nông dân nghề nghiệp", 14, "chi hội nông dân nghề nghiệp"),
  Q("9 tổ hội nghề nghiệp", 9, "tổ hội nghề nghiệp"),
  Q("72 lớp tập huấn", 72, "lớp tập huấn"),
  Q("3.400 lượt hội viên", 3400, "lượt hội viên"),
  Q("5,4 tỷ đồng", 5400000000, "đồng"),
  Q("18 dự án", 18, "dự án"),
  Q("126 hộ hội viên", 126, "hộ hội viên"),
  Q("khoảng 1.200 tấn", 1200, "tấn", "approx"),
  Q("85 hộ", 85, "hộ"),
  Q("từ 3 triệu đồng/kg", 3000000, "đồng"),
  Q("10 sản phẩm", 10, "sản phẩm")],
 [D("Kế hoạch", "14", "KH-HND", issuer="Ban Thường vụ Hội Nông dân tỉnh", surface="Kế hoạch 14, 15/KH-HND của Ban Thường vụ Hội Nông dân tỉnh"),
  D("Kế hoạch", "15", "KH-HND", issuer="Ban Thường vụ Hội Nông dân tỉnh", surface="Kế hoạch 14, 15/KH-HND của Ban Thường vụ Hội Nông dân tỉnh"),
  D("Nghị định", "98", "2018/NĐ-CP", issuer="Chính phủ", surface="Nghị định 98/2018/NĐ-CP của Chính phủ"),
  D("Chương trình phối hợp", "03", "CTrPH-HND-SNNMT", surface="Chương trình phối hợp 03/CTrPH-HND-SNNMT")],
 [prov("Quảng Ninh"), com("Đồng Văn"), com("Hải Sơn"), com("Bình Liêu")],
 ["HỘI NÔNG DÂN TỈNH QUẢNG NINH", "Trang chủ >> Tin tức >> Hoạt động Hội Nông dân",
  "Đồng chí Nguyễn Thị Hạnh Dung phát biểu kết luận hội nghị giao ban quý I. Ảnh: Thu Nguyệt",
  "Quang cảnh hội nghị giao ban công tác Hội quý I năm 2026.", "Nông dân thi đua sản xuất kinh doanh giỏi", "Sở Nông nghiệp và Môi trường",
  "thôn Khe Tâm", "thôn Pác Cáy", "OCOP", "Lượt xem: 574"],
 ["2026-04-07 16:40", "quý I năm 2026", "quý II", "giai đoạn 2026-2030", "3 sao", "tháng 6", "Lượt xem: 574"]))

PAGES.append(page("b505-haiphong-lhpn-soket-2026", """
HỘI LIÊN HIỆP PHỤ NỮ THÀNH PHỐ HẢI PHÒNG
Trang chủ / Hoạt động Hội / Tin thành phố
14/7/2026, 08:05
Phụ nữ Hải Phòng hỗ trợ 320 hội viên khởi nghiệp
Ngày 11/7, Ban Thường vụ Hội LHPN thành phố Hải Phòng tổ chức hội nghị sơ kết công tác Hội và phong trào phụ nữ 6 tháng đầu năm 2026, triển khai nhiệm vụ 6 tháng cuối năm. Trong 6 tháng, các cấp Hội đã hỗ trợ 320 hội viên khởi nghiệp, thành lập mới 26 tổ hợp tác, hợp tác xã do phụ nữ làm chủ.
Các đại biểu dự hội nghị sơ kết 6 tháng đầu năm 2026. Ảnh: Hồng Nhung
Dự hội nghị có đồng chí Bùi Thị Yến, Phó Trưởng Ban Tuyên giáo và Dân vận Thành ủy; đồng chí Vũ Thị Hương Giang, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố, Chủ tịch Hội LHPN thành phố. Các bà Đỗ Thị Lan, Phạm Thu Trang, Lê Thị Quyên - Phó Chủ tịch Hội LHPN thành phố đồng chủ trì hội nghị.
Đây là hội nghị sơ kết đầu tiên sau khi Hội LHPN thành phố Hải Phòng và Hội LHPN tỉnh Hải Dương hợp nhất. Sáu tháng qua, các cấp Hội đã triển khai Chỉ thị 03, 04-CT/ĐCT của Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam và Kế hoạch 42-KH/ĐCT của Đoàn Chủ tịch Hội LHPN thành phố; tham gia thực hiện đề án số 07 của Thành ủy về phát triển kinh tế biển gắn với sinh kế của người dân ven biển.
Vượt chỉ tiêu đề ra, các cấp Hội đã hỗ trợ 320 hội viên khởi nghiệp, kết nạp 2.140 hội viên mới; dư nợ ủy thác qua Hội tại Ngân hàng Chính sách xã hội đạt hơn 2.460 tỷ đồng. Hội vận động xây dựng, sửa chữa 68 "Mái ấm tình thương" với tổng trị giá 3,4 tỷ đồng, nhận đỡ đầu 415 trẻ em mồ côi; tổ chức 1.820 buổi truyền thông về chuyển đổi số, thu hút 96.000 lượt hội viên.
Bà Vũ Thị Hương Giang trao giấy chứng nhận cho các dự án khởi nghiệp của phụ nữ.
Chia sẻ tại hội nghị, bà Nguyễn Thị Mai Hoa, Chủ tịch Hội LHPN phường Thành Đông cho biết, hội đã hỗ trợ 18 chị em mở gian hàng trực tuyến bán bánh đa, gốm Chu Đậu, doanh thu mỗi gian hàng từ 15 đến 40 triệu đồng mỗi tháng. Bà Phạm Thị Thoa, Chi hội trưởng phụ nữ thôn Đại Trà, xã Kiến Thụy giới thiệu mô hình "Phụ nữ nói không với rác thải nhựa".
Hội nghị cũng nêu một số khó khăn: khối lượng công việc lớn sau hợp nhất, cán bộ Hội cơ sở phải phụ trách địa bàn rộng; việc đồng bộ dữ liệu hội viên của hai địa phương cũ còn chậm; một bộ phận hội viên ở nông thôn chưa tiếp cận được các nền tảng số.
Trong 6 tháng cuối năm, Hội LHPN thành phố xác định tập trung hoàn thiện cơ sở dữ liệu hội viên, tăng cường kiểm tra, giám sát việc sử dụng vốn vay ủy thác; mở rộng các mô hình sinh kế cho phụ nữ ven biển, phụ nữ làng nghề; phối hợp tổ chức Ngày hội phụ nữ sáng tạo khởi nghiệp cấp thành phố.
Phát biểu tại hội nghị, đồng chí Bùi Thị Yến đề nghị các cấp Hội tiếp tục đổi mới nội dung, phương thức hoạt động, tập hợp nữ công nhân trong các khu công nghiệp, chuẩn bị tốt các điều kiện tiến tới đại hội phụ nữ các cấp nhiệm kỳ 2026-2031.
Hồng Nhung
Lượt xem: 1.322
Tin liên quan
- Hội LHPN thành phố ra mắt Câu lạc bộ nữ doanh nhân
- Phụ nữ xã Nam Sách chung tay xây dựng nông thôn mới nâng cao
- Trao 20 "Mái ấm tình thương" cho hội viên có hoàn cảnh khó khăn
- Hội thi "Phụ nữ với chuyển đổi số" thành phố Hải Phòng
- Tập huấn kỹ năng bán hàng trực tuyến cho hội viên
- Hội LHPN phường Hồng Bàng giám sát an toàn thực phẩm
""", "2026-07-14", "Phụ nữ Hải Phòng hỗ trợ 320 hội viên khởi nghiệp",
 E("so_ket", "2026-H1", "2026-07-11"),
 [P("Bùi Thị Yến", "Phó Trưởng Ban Tuyên giáo và Dân vận Thành ủy"),
  P("Vũ Thị Hương Giang", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố", "Chủ tịch Hội LHPN thành phố"),
  P("Đỗ Thị Lan", "Phó Chủ tịch Hội LHPN thành phố"),
  P("Phạm Thu Trang", "Phó Chủ tịch Hội LHPN thành phố"),
  P("Lê Thị Quyên", "Phó Chủ tịch Hội LHPN thành phố"),
  P("Nguyễn Thị Mai Hoa", "Chủ tịch Hội LHPN phường Thành Đông"),
  P("Phạm Thị Thoa", "Chi hội trưởng phụ nữ thôn Đại Trà")],
 [Q("320 hội viên", 320, "hội viên"),
  Q("26 tổ hợp tác, hợp tác xã", 26, "tổ hợp tác, hợp tác xã"),
  Q("2.140 hội viên mới", 2140, "hội viên mới"),
  Q("hơn 2.460 tỷ đồng", 2460000000000, "đồng", "over"),
  Q("68 \"Mái ấm tình thương\"", 68, "Mái ấm tình thương"),
  Q("3,4 tỷ đồng", 3400000000, "đồng"),
  Q("415 trẻ em mồ côi", 415, "trẻ em mồ côi"),
  Q("1.820 buổi truyền thông", 1820, "buổi truyền thông"),
  Q("96.000 lượt hội viên", 96000, "lượt hội viên"),
  Q("18 chị em", 18, "chị em"),
  Q("từ 15", 15000000, "đồng"),
  Q("40 triệu đồng", 40000000, "đồng")],
 [D("Chỉ thị", "03", "CT/ĐCT", issuer="Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam", surface="Chỉ thị 03, 04-CT/ĐCT của Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam"),
  D("Chỉ thị", "04", "CT/ĐCT", issuer="Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam", surface="Chỉ thị 03, 04-CT/ĐCT của Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam"),
  D("Kế hoạch", "42", "KH/ĐCT", issuer="Đoàn Chủ tịch Hội LHPN thành phố", surface="Kế hoạch 42-KH/ĐCT của Đoàn Chủ tịch Hội LHPN thành phố"),
  D("Đề án", "07", None, issuer="Thành ủy", surface="đề án số 07 của Thành ủy")],
 [prov("Hải Phòng"), prov("Hải Dương"), com("Thành Đông"), com("Kiến Thụy")],
 ["HỘI LIÊN HIỆP PHỤ NỮ THÀNH PHỐ HẢI PHÒNG", "Trang chủ / Hoạt động Hội / Tin thành phố",
  "Các đại biểu dự hội nghị sơ kết 6 tháng đầu năm 2026. Ảnh: Hồng Nhung",
  "Bà Vũ Thị Hương Giang trao giấy chứng nhận cho các dự án khởi nghiệp của phụ nữ.", "Mái ấm tình thương",
  "Phụ nữ nói không với rác thải nhựa", "gốm Chu Đậu", "thôn Đại Trà", "Ngân hàng Chính sách xã hội", "Lượt xem: 1.322"],
 ["14/7/2026, 08:05", "6 tháng đầu năm 2026", "6 tháng cuối năm", "Trong 6 tháng", "nhiệm kỳ 2026-2031", "Lượt xem: 1.322"]))

PAGES.append(page("b506-tuyenquang-mttq-doithoai-2026", """
ỦY BAN MTTQ VIỆT NAM TỈNH TUYÊN QUANG
Trang chủ :: Tin tức :: Giám sát và phản biện xã hội
Thứ Ba, 25/8/2026 - 14:00
Chủ tịch UBND tỉnh lắng nghe, giải đáp kiến nghị của đồng bào vùng cao nguyên đá
Ngày 22/8, tại xã Mèo Vạc, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Tuyên Quang phối hợp với UBND tỉnh tổ chức hội nghị đối thoại giữa Chủ tịch UBND tỉnh với nhân dân năm 2026. Hội nghị do đồng chí Hầu Minh Khoa, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh và đồng chí Ma Thị Diệu, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Đồng chí Hầu Minh Khoa, Chủ tịch UBND tỉnh trả lời kiến nghị của người dân. Ảnh: Quang Hưng
Dự hội nghị có 180 đại biểu là người có uy tín, trưởng thôn, hội viên các đoàn thể của 8 xã khu vực cao nguyên đá thuộc tỉnh Hà Giang trước đây; đồng chí Giàng Thị Súa, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội LHPN tỉnh; đồng chí Lê Quang Vinh, Tỉnh ủy viên, Giám đốc Sở Nông nghiệp và Môi trường.
Hội nghị được tổ chức theo Quy chế phối hợp 02/QCPH-MTTQ-UBND giữa Ủy ban MTTQ Việt Nam tỉnh với UBND tỉnh và Kế hoạch 118/KH-UBND của UBND tỉnh. Trước hội nghị, Mặt trận các xã đã tổng hợp 42 ý kiến, kiến nghị; tại hội nghị có thêm 9 ý kiến phát biểu trực tiếp.
Ông Sùng Mí Dũng, người có uy tín thôn Pải Lủng, xã Mèo Vạc phản ánh: mùa khô năm nay hơn 1.240 hộ thiếu nước sinh hoạt, nhiều hồ treo bị xuống cấp. Ông Bàn Văn Phin, người dân tộc Dao, Trưởng thôn Khau Vai, xã Khâu Vai đề nghị tỉnh sớm nâng cấp 6 km đường từ trung tâm xã vào thôn. Bà Lò Thị Dính, hội viên phụ nữ thôn Lũng Pù hỏi về chính sách hỗ trợ giá giống ngô, giá phân bón.
Toàn cảnh hội nghị đối thoại tại xã Mèo Vạc.
Trả lời các ý kiến, đồng chí Hầu Minh Khoa cho biết, năm 2026 tỉnh bố trí 35 tỷ đồng sửa chữa, xây mới 28 hồ treo và công trình nước sinh hoạt tập trung cho các xã vùng cao nguyên đá; thực hiện Nghị quyết 12, 13/NQ-HĐND của HĐND tỉnh về hỗ trợ phát triển sản xuất nông nghiệp, mỗi hộ nghèo được hỗ trợ 100% giá giống ngô lai. Đối với tuyến đường vào thôn Khau Vai, tỉnh giao Sở Xây dựng khảo sát, đưa vào kế hoạch đầu tư công năm 2027.
Đồng chí Lê Quang Vinh thông tin thêm, toàn khu vực cao nguyên đá hiện có 2.800 ha chè Shan tuyết, giá chè búp tươi năm nay khoảng 18.000 đồng/kg; Sở sẽ phối hợp các doanh nghiệp bao tiêu sản phẩm cho bà con.
Kết luận hội nghị, đồng chí Ma Thị Diệu đề nghị các cơ quan chức năng trả lời bằng văn bản các ý kiến chưa giải quyết trong vòng 15 ngày; Mặt trận các cấp tăng cường giám sát việc thực hiện các cam kết tại hội nghị, kịp thời phản ánh tâm tư, nguyện vọng của nhân dân.
Quang Hưng
Lượt xem: 803
Tin khác
- Mặt trận tỉnh giám sát công tác bồi thường, giải phóng mặt bằng
- Tuyên Quang: Trao 50 căn nhà đại đoàn kết cho hộ nghèo
- Ủy ban MTTQ tỉnh tổ chức Ngày hội Đại đoàn kết toàn dân tộc điểm
- Lâm Bình phát huy vai trò người có uy tín
- Hội nghị phản biện dự thảo nghị quyết của HĐND tỉnh
- Xã Đồng Văn ra mắt tổ tự quản bảo vệ di sản
- Người có uy tín xã Sủng Máng vận động bà con không di cư tự do
- Ban Thường trực Ủy ban MTTQ tỉnh giao ban công tác tháng 7/2026
""", "2026-08-25", "Chủ tịch UBND tỉnh lắng nghe, giải đáp kiến nghị của đồng bào vùng cao nguyên đá",
 E("doi_thoai", "2026", "2026-08-22"),
 [P("Hầu Minh Khoa", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
  P("Ma Thị Diệu", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
  P("Giàng Thị Súa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội LHPN tỉnh"),
  P("Lê Quang Vinh", "Tỉnh ủy viên", "Giám đốc Sở Nông nghiệp và Môi trường"),
  P("Sùng Mí Dũng", "người có uy tín thôn Pải Lủng"),
  P("Bàn Văn Phin", "Trưởng thôn Khau Vai"),
  P("Lò Thị Dính", "hội viên phụ nữ thôn Lũng Pù")],
 [Q("180 đại biểu", 180, "đại biểu"),
  Q("8 xã", 8, "xã"),
  Q("42 ý kiến, kiến nghị", 42, "ý kiến, kiến nghị"),
  Q("9 ý kiến", 9, "ý kiến"),
  Q("hơn 1.240 hộ", 1240, "hộ", "over"),
  Q("6 km", 6, "km"),
  Q("35 tỷ đồng", 35000000000, "đồng"),
  Q("28 hồ treo", 28, "hồ treo"),
  Q("100% giá giống", 100, "%"),
  Q("2.800 ha", 2800, "ha"),
  Q("khoảng 18.000 đồng/kg", 18000, "đồng", "approx")],
 [D("Quy chế phối hợp", "02", "QCPH-MTTQ-UBND", surface="Quy chế phối hợp 02/QCPH-MTTQ-UBND"),
  D("Kế hoạch", "118", "KH-UBND", issuer="UBND tỉnh", surface="Kế hoạch 118/KH-UBND của UBND tỉnh"),
  D("Nghị quyết", "12", "NQ-HĐND", issuer="HĐND tỉnh", surface="Nghị quyết 12, 13/NQ-HĐND của HĐND tỉnh"),
  D("Nghị quyết", "13", "NQ-HĐND", issuer="HĐND tỉnh", surface="Nghị quyết 12, 13/NQ-HĐND của HĐND tỉnh")],
 [prov("Tuyên Quang"), prov("Hà Giang"), com("Mèo Vạc"), com("Khâu Vai")],
 ["ỦY BAN MTTQ VIỆT NAM TỈNH TUYÊN QUANG", "Trang chủ :: Tin tức :: Giám sát và phản biện xã hội",
  "Đồng chí Hầu Minh Khoa, Chủ tịch UBND tỉnh trả lời kiến nghị của người dân. Ảnh: Quang Hưng",
  "Toàn cảnh hội nghị đối thoại tại xã Mèo Vạc.", "thôn Pải Lủng", "thôn Khau Vai", "thôn Lũng Pù", "Sở Xây dựng", "Lượt xem: 803"],
 ["Thứ Ba, 25/8/2026 - 14:00", "năm 2027", "15 ngày", "Lượt xem: 803"]))

PAGES.append(page("b507-hanoi-btgdv-giaoban-2026", """
BAN TUYÊN GIÁO VÀ DÂN VẬN THÀNH ỦY HÀ NỘI
Vị trí: Trang chủ >> Tin hoạt động >> Công tác dân vận
06/10/2026, 08:05
Giao ban công tác tuyên giáo và dân vận tháng 9
Chiều 5/10, Ban Tuyên giáo và Dân vận Thành ủy Hà Nội tổ chức hội nghị giao ban công tác tuyên giáo và dân vận tháng 9/2026, triển khai nhiệm vụ tháng 10. Hội nghị được tổ chức trực tiếp kết hợp trực tuyến tới 126 điểm cầu xã, phường.
Đồng chí Đỗ Minh Khoa, Trưởng Ban Tuyên giáo và Dân vận Thành ủy phát biểu chỉ đạo. Ảnh: Việt Thành
Chủ trì hội nghị có đồng chí Đỗ Minh Khoa, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Tuyên giáo và Dân vận Thành ủy; các Phó Trưởng Ban Tuyên giáo và Dân vận Thành ủy: Nguyễn Thị Lan Phương, Trịnh Quốc Việt, Đào Văn Hiếu.
Báo cáo tại hội nghị cho biết, tháng 9, khối tuyên giáo và dân vận các cấp đã tổ chức tuyên truyền kỷ niệm 81 năm Cách mạng Tháng Tám và Quốc khánh 2/9; triển khai Chỉ thị 07-CT/TU của Ban Thường vụ Thành ủy về tăng cường công tác dân vận trong giải phóng mặt bằng các dự án trọng điểm và Hướng dẫn 21, 22-HD/BTGDVTU của Ban Tuyên giáo và Dân vận Thành ủy về tổ chức đối thoại với nhân dân ở cấp xã.
Trong tháng, các xã, phường đã vận động 1.436 hộ bàn giao mặt bằng dự án đường Vành đai 4 - Vùng Thủ đô và các dự án cải tạo chung cư cũ, đạt 94,2% kế hoạch; tổ chức 57 hội nghị đối thoại với gần 8.600 lượt người dân tham dự. Phong trào thi đua "Dân vận khéo" có thêm 112 mô hình được công nhận, nâng tổng số mô hình toàn thành phố lên 4.870.
Các đại biểu dự hội nghị giao ban tháng 9/2026 tại điểm cầu Thành ủy.
Tại điểm cầu xã Ba Vì, đồng chí Đinh Văn Sơn, người dân tộc Mường, Phó Bí thư Thường trực Đảng ủy - Chủ tịch HĐND xã chia sẻ việc vận động đồng bào Mường, Dao giữ rừng, phát triển du lịch sinh thái, thu hút hơn 45.000 lượt khách trong 9 tháng. Bà Triệu Thị Huyền, người dân tộc Dao, người có uy tín thôn Yên Sơn, xã Ba Vì kể về tổ thuốc nam của chị em với thu nhập bình quân 9 triệu đồng mỗi người mỗi tháng.
Tại điểm cầu phường Hoàng Mai, đồng chí Lương Thị Mến, Trưởng Ban Xây dựng Đảng Đảng ủy phường cho biết, phường đã giải quyết dứt điểm 23 đơn thư kéo dài, không để phát sinh khiếu kiện đông người.
Hội nghị cũng chỉ ra một số tồn tại: việc nắm bắt dư luận xã hội ở một số xã, phường mới sắp xếp chưa thật sự kịp thời; nội dung đối thoại ở vài nơi còn chung chung, chưa đi vào vấn đề người dân quan tâm; công tác phối hợp giữa các cơ quan trong giải quyết kiến nghị sau đối thoại có lúc còn chậm.
Kết luận hội nghị, đồng chí Đỗ Minh Khoa yêu cầu tháng 10 các cấp tập trung tuyên truyền kỷ niệm 72 năm Ngày Giải phóng Thủ đô; tiếp tục thực hiện Kết luận 18-KL/TU của Ban Chấp hành Đảng bộ thành phố về chuyển đổi số trong công tác dân vận, bảo đảm 100% xã, phường cập nhật dữ liệu đối thoại lên hệ thống quản lý của Thành ủy trước ngày 31/10.
Việt Thành
Lượt xem: 2.617
Tin liên quan
- Ban Tuyên giáo và Dân vận Thành ủy giao ban công tác tháng 8/2026
- Hà Nội: Đối thoại với nhân dân về cải tạo chung cư cũ
- Phường Hoàn Kiếm ra mắt mô hình "Tổ dân phố số"
- Xã Sóc Sơn vận động nhân dân bàn giao mặt bằng Vành đai 4
- Tôn vinh 100 điển hình "Dân vận khéo" Thủ đô năm 2026
- Xã Ba Vì phát huy vai trò người có uy tín trong giữ rừng
""", "2026-10-06", "Giao ban công tác tuyên giáo và dân vận tháng 9",
 E("giao_ban", "2026-09", "2026-10-05"),
 [P("Đỗ Minh Khoa", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Tuyên giáo và Dân vận Thành ủy"),
  P("Nguyễn Thị Lan Phương", "Phó Trưởng Ban Tuyên giáo và Dân vận Thành ủy"),
  P("Trịnh Quốc Việt", "Phó Trưởng Ban Tuyên giáo và Dân vận Thành ủy"),
  P("Đào Văn Hiếu", "Phó Trưởng Ban Tuyên giáo và Dân vận Thành ủy"),
  P("Đinh Văn Sơn", "Phó Bí thư Thường trực Đảng ủy - Chủ tịch HĐND xã"),
  P("Triệu Thị Huyền", "người có uy tín thôn Yên Sơn"),
  P("Lương Thị Mến", "Trưởng Ban Xây dựng Đảng Đảng ủy phường")],
 [Q("126 điểm cầu", 126, "điểm cầu"),
  Q("1.436 hộ", 1436, "hộ"),
  Q("94,2%", 94.2, "%"),
  Q("57 hội nghị đối thoại", 57, "hội nghị đối thoại"),
  Q("gần 8.600 lượt người dân", 8600, "lượt người dân", "approx"),
  Q("112 mô hình", 112, "mô hình"),
  Q("4.870", 4870, "mô hình"),
  Q("hơn 45.000 lượt khách", 45000, "lượt khách", "over"),
  Q("9 triệu đồng", 9000000, "đồng"),
  Q("23 đơn thư", 23, "đơn thư"),
  Q("100% xã, phường", 100, "%")],
 [D("Chỉ thị", "07", "CT/TU", issuer="Ban Thường vụ Thành ủy", surface="Chỉ thị 07-CT/TU của Ban Thường vụ Thành ủy"),
  D("Hướng dẫn", "21", "HD/BTGDVTU", issuer="Ban Tuyên giáo và Dân vận Thành ủy", surface="Hướng dẫn 21, 22-HD/BTGDVTU của Ban Tuyên giáo và Dân vận Thành ủy"),
  D("Hướng dẫn", "22", "HD/BTGDVTU", issuer="Ban Tuyên giáo và Dân vận Thành ủy", surface="Hướng dẫn 21, 22-HD/BTGDVTU của Ban Tuyên giáo và Dân vận Thành ủy"),
  D("Kết luận", "18", "KL/TU", issuer="Ban Chấp hành Đảng bộ thành phố", surface="Kết luận 18-KL/TU của Ban Chấp hành Đảng bộ thành phố")],
 [prov("Hà Nội"), com("Ba Vì"), com("Hoàng Mai")],
 ["BAN TUYÊN GIÁO VÀ DÂN VẬN THÀNH ỦY HÀ NỘI", "Vị trí: Trang chủ >> Tin hoạt động >> Công tác dân vận",
  "Đồng chí Đỗ Minh Khoa, Trưởng Ban Tuyên giáo và Dân vận Thành ủy phát biểu chỉ đạo. Ảnh: Việt Thành",
  "Các đại biểu dự hội nghị giao ban tháng 9/2026 tại điểm cầu Thành ủy.", "Dân vận khéo", "Vành đai 4 - Vùng Thủ đô",
  "thôn Yên Sơn", "Lượt xem: 2.617"],
 ["06/10/2026, 08:05", "tháng 9/2026", "81 năm", "Quốc khánh 2/9", "9 tháng", "72 năm", "ngày 31/10", "Lượt xem: 2.617"]))

PAGES.append(page("b508-vinhphuc-bao-chandung-2020", """
BÁO VĨNH PHÚC - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH VĨNH PHÚC
Thời sự | Chính trị | Kinh tế | Xã hội | Văn hóa | Thể thao | Người tốt việc tốt
Chủ Nhật, 08/03/2020 06:00 (GMT+7)
Nữ trưởng thôn người Sán Dìu "nói được, làm được"
Gần 10 năm làm Bí thư Chi bộ, Trưởng thôn Đồng Bùa, xã Tam Quan, huyện Tam Đảo, bà Diệp Thị Lựu, người dân tộc Sán Dìu, đã cùng bà con đưa thôn từ một thôn nghèo trở thành thôn đạt chuẩn nông thôn mới kiểu mẫu đầu tiên của xã.
Bà Diệp Thị Lựu (thứ hai từ trái) cùng người dân kiểm tra vườn chè của thôn. Ảnh: Trà Giang
Thôn Đồng Bùa có 312 hộ với 1.260 nhân khẩu, trong đó hơn 85% là đồng bào Sán Dìu. Năm 2011, khi bà Lựu nhận nhiệm vụ, thôn còn tới 64 hộ nghèo, đường làng lầy lội. Thực hiện Nghị quyết 03-NQ/TU của Tỉnh ủy về xây dựng nông thôn mới và Quyết định 2085/QĐ-TTg của Thủ tướng Chính phủ về chính sách đặc thù hỗ trợ phát triển kinh tế - xã hội vùng dân tộc thiểu số, bà cùng chi ủy họp dân, bàn cách làm đường.
"Muốn dân làm thì mình phải làm trước", bà nói. Gia đình bà là hộ đầu tiên hiến 200 m2 đất vườn. Sau đó, 40 hộ khác cùng hiến tổng cộng 1.800 m2 đất để mở rộng 3,2 km đường trục thôn. Nhân dân đóng góp 620 triệu đồng, cùng với nguồn hỗ trợ của Nhà nước, đến nay 100% đường thôn, ngõ xóm đã được bê tông hóa.
Ông Diệp Văn Chiến, người có uy tín thôn Đồng Bùa nhận xét: "Cô Lựu nói được, làm được. Việc gì chưa rõ, cô đến từng nhà giải thích, nên bà con tin". Bà cũng vận động các hộ chuyển đổi 25 ha đất đồi sang trồng chè và cây ăn quả; thu nhập bình quân của thôn năm 2019 đạt 42 triệu đồng/người/năm, số hộ nghèo chỉ còn 2 hộ.
Bà Diệp Thị Lựu được UBND tỉnh tặng Bằng khen năm 2019.
Ông Lý Văn Hòa, Bí thư Đảng ủy xã Tam Quan cho biết, bà Lựu là một trong 8 cá nhân của huyện được tôn vinh điển hình "Dân vận khéo" năm 2019. Theo Kế hoạch 58/KH-UBND của UBND xã Tam Quan, mô hình "Thôn tự quản" của Đồng Bùa đang được nhân rộng ra các thôn khác trong xã.
Bà Nguyễn Thị Hạnh, Trưởng Ban Dân vận Huyện ủy Tam Đảo và bà Hoàng Thị Nhàn, Chủ tịch Hội LHPN huyện Tam Đảo đánh giá, cách làm của bà Lựu là bài học quý về công tác dân vận ở vùng đồng bào dân tộc: gần dân, hiểu dân, nói đi đôi với làm. Ông Trần Văn Khải, Chủ tịch UBND xã Tam Quan cho biết xã đang đề nghị tỉnh công nhận thôn Đồng Bùa là điểm du lịch cộng đồng.
Không chỉ lo phát triển kinh tế, bà Lựu còn cùng chi hội phụ nữ thành lập câu lạc bộ hát soọng cô, mở lớp dạy tiếng Sán Dìu cho thiếu nhi vào dịp hè. Mỗi khi trong thôn có mâu thuẫn, bà đều đến tận nhà hòa giải, "thấu tình, đạt lý", nên nhiều năm liền thôn không có đơn thư vượt cấp, được tỉnh Vĩnh Phúc công nhận khu dân cư văn hóa tiêu biểu.
Nhân ngày Quốc tế Phụ nữ 8/3, khi được hỏi về mong ước, bà Lựu cười hiền: "Tôi chỉ mong con cháu trong thôn được học hành đến nơi đến chốn, giữ được tiếng nói, làn điệu soọng cô của người Sán Dìu".
Trà Giang
Tin khác
- Vĩnh Phúc tôn vinh 50 điển hình "Dân vận khéo" năm 2019
- Người có uy tín ở Tam Đảo góp sức xây dựng nông thôn mới
- Phụ nữ Sán Dìu giữ gìn làn điệu soọng cô
- Xã Tam Quan đạt chuẩn nông thôn mới nâng cao
- Chuyện người cựu chiến binh hiến đất làm đường
""", "2020-03-08", "Nữ trưởng thôn người Sán Dìu \"nói được, làm được\"",
 E(None, None, None),
 [P("Diệp Thị Lựu", "Bí thư Chi bộ", "Trưởng thôn Đồng Bùa"),
  P("Diệp Văn Chiến", "người có uy tín thôn Đồng Bùa"),
  P("Lý Văn Hòa", "Bí thư Đảng ủy xã Tam Quan"),
  P("Nguyễn Thị Hạnh", "Trưởng Ban Dân vận Huyện ủy Tam Đảo"),
  P("Hoàng Thị Nhàn", "Chủ tịch Hội LHPN huyện Tam Đảo"),
  P("Trần Văn Khải", "Chủ tịch UBND xã Tam Quan")],
 [Q("312 hộ", 312, "hộ"),
  Q("1.260 nhân khẩu", 1260, "nhân khẩu"),
  Q("hơn 85%", 85, "%", "over"),
  Q("64 hộ nghèo", 64, "hộ nghèo"),
  Q("200 m2 đất vườn", 200, "m2"),
  Q("40 hộ", 40, "hộ"),
  Q("1.800 m2 đất", 1800, "m2"),
  Q("3,2 km", 3.2, "km"),
  Q("620 triệu đồng", 620000000, "đồng"),
  Q("100% đường thôn", 100, "%"),
  Q("25 ha", 25, "ha"),
  Q("42 triệu đồng/người/năm", 42000000, "đồng"),
  Q("còn 2 hộ", 2, "hộ"),
  Q("8 cá nhân", 8, "cá nhân")],
 [D("Nghị quyết", "03", "NQ/TU", issuer="Tỉnh ủy", surface="Nghị quyết 03-NQ/TU của Tỉnh ủy"),
  D("Quyết định", "2085", "QĐ-TTg", issuer="Thủ tướng Chính phủ", surface="Quyết định 2085/QĐ-TTg của Thủ tướng Chính phủ"),
  D("Kế hoạch", "58", "KH-UBND", issuer="UBND xã Tam Quan", surface="Kế hoạch 58/KH-UBND của UBND xã Tam Quan")],
 [prov("Vĩnh Phúc"), com("Tam Quan")],
 ["BÁO VĨNH PHÚC - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH VĨNH PHÚC",
  "Thời sự | Chính trị | Kinh tế | Xã hội | Văn hóa | Thể thao | Người tốt việc tốt",
  "Bà Diệp Thị Lựu (thứ hai từ trái) cùng người dân kiểm tra vườn chè của thôn. Ảnh: Trà Giang",
  "Bà Diệp Thị Lựu được UBND tỉnh tặng Bằng khen năm 2019.", "Dân vận khéo", "Thôn tự quản", "soọng cô", "thấu tình, đạt lý",
  "Tam Đảo", "thôn Đồng Bùa"],
 ["Chủ Nhật, 08/03/2020 06:00 (GMT+7)", "Gần 10 năm", "Năm 2011", "thứ hai từ trái", "một trong 8", "8/3", "nói được, làm được"]))
