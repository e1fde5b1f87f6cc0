from lib import *
PAGES = []

# b72 Phú Yên 2024 Hội LHPN sơ kết 6 tháng
t = """HỘI LIÊN HIỆP PHỤ NỮ TỈNH PHÚ YÊN
Trang chủ > Tin tức - Sự kiện > Hoạt động các cấp Hội
Cập nhật lúc 16:25, Thứ Năm, 11/07/2024

Hội LHPN tỉnh Phú Yên sơ kết công tác Hội 6 tháng đầu năm 2024

Ngày 10/7, Ban Thường vụ Hội LHPN tỉnh Phú Yên tổ chức hội nghị Ban Chấp hành lần thứ 9 (khóa XVII) để sơ kết công tác Hội và phong trào phụ nữ 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2024. Bà Trần Thị Thu Hà, Tỉnh ủy viên, Chủ tịch Hội LHPN tỉnh chủ trì hội nghị. Dự hội nghị có bà Nguyễn Thị Ngọc Lan, Phó Trưởng Ban Dân vận Tỉnh ủy.

Theo báo cáo, 6 tháng qua các cấp Hội tập trung thực hiện Dự án 8 "Thực hiện bình đẳng giới và giải quyết những vấn đề cấp thiết đối với phụ nữ và trẻ em" thuộc Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi, được phê duyệt tại Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ. Toàn tỉnh đã thành lập mới 34 "Địa chỉ tin cậy" tại cộng đồng và 21 tổ truyền thông cộng đồng ở các xã vùng đồng bào dân tộc thiểu số huyện Sông Hinh, Đồng Xuân, Sơn Hòa.

Các cấp Hội đã vận động hội viên giúp 356 phụ nữ nghèo vay vốn, ngày công lao động, cây con giống với tổng trị giá hơn 3,15 tỷ đồng; tổ chức 17 lớp tập huấn kỹ năng khởi nghiệp cho 842 phụ nữ. Dư nợ ủy thác qua Ngân hàng Chính sách xã hội đạt 1.264 tỷ đồng với 41.970 hộ vay, tỷ lệ nợ quá hạn chỉ còn 0,12%.

Bà Ka Sô H'Nguyên, Chủ tịch Hội LHPN xã Ea Bar cho biết, từ mô hình "Phụ nữ Êđê nuôi bò sinh sản", đã có 28 chị em thoát nghèo. Bà Lê Thị Phượng, Phó Chủ tịch Hội LHPN thị xã Đông Hòa, nêu kinh nghiệm thành lập câu lạc bộ "Gia đình hạnh phúc" phòng chống bạo lực gia đình.

Phát biểu tại hội nghị, bà Nguyễn Thị Ngọc Lan đề nghị các cấp Hội tiếp tục thực hiện Chỉ thị số 21-CT/TW ngày 20/1/2018 của Ban Bí thư về tiếp tục đẩy mạnh công tác phụ nữ trong tình hình mới, chú trọng tham gia góp ý xây dựng Đảng, chuẩn bị nhân sự nữ cho đại hội Đảng bộ các cấp nhiệm kỳ 2025 - 2030. Chủ tịch Hội LHPN tỉnh Trần Thị Thu Hà đề nghị các cấp Hội tiếp tục triển khai cuộc vận động "Xây dựng gia đình 5 không, 3 sạch".

Ảnh: Bà Trần Thị Thu Hà phát biểu kết luận hội nghị.

Tin, ảnh: Ngọc Hân
Lượt xem: 276

Tin liên quan
- Sông Hinh: Ra mắt 5 "Địa chỉ tin cậy" (28/6/2024)
- Hội LHPN tỉnh trao 40 suất học bổng cho nữ sinh (01/6/2024)
"""
lab = L("2024-07-11", "Hội LHPN tỉnh Phú Yên sơ kết công tác Hội 6 tháng đầu năm 2024", "so_ket", "2024-H1", "2024-07-10",
 [P("Trần Thị Thu Hà", "Tỉnh ủy viên", "Chủ tịch Hội LHPN tỉnh"),
  P("Nguyễn Thị Ngọc Lan", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
  P("Ka Sô H'Nguyên", "Chủ tịch Hội LHPN xã Ea Bar"),
  P("Lê Thị Phượng", "Phó Chủ tịch Hội LHPN thị xã Đông Hòa")],
 [Q(34, "Địa chỉ tin cậy"), Q(21, "tổ truyền thông cộng đồng"), Q(356, "phụ nữ nghèo"), Q(3150000000, "đồng", "over"),
  Q(17, "lớp tập huấn"), Q(842, "phụ nữ"), Q(1264000000000, "đồng"), Q(41970, "hộ vay"), Q(0.12, "%"), Q(28, "chị em")],
 [D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ"),
  D("Chỉ thị", "21", "CT/TW", "2018-01-20", "Ban Bí thư")],
 [PL("Phú Yên"), PL("Ea Bar", "commune")],
 ["HỘI LIÊN HIỆP PHỤ NỮ TỈNH PHÚ YÊN", "Lượt xem", "Địa chỉ tin cậy", "Phụ nữ Êđê nuôi bò sinh sản", "Gia đình hạnh phúc",
  "Bà Trần Thị Thu Hà phát biểu kết luận hội nghị", "Sông Hinh"],
 ["lần thứ 9", "khóa XVII", "Dự án 8", "2025 - 2030", "5 không, 3 sạch", "6 tháng"])
PAGES.append(("b72-phuyen-hlhpn-soket-2024", t, lab))

# b73 Gia Lai (merged) 2025 Q3 giao ban
t = """BÁO VÀ PHÁT THANH, TRUYỀN HÌNH GIA LAI
Trang chủ > Chính trị > Xây dựng Đảng
Thứ Tư, 08/10/2025 - 14:10 (GMT+7)

Giao ban công tác tuyên giáo và dân vận quý III/2025

Chiều 7/10, tại phường Quy Nhơn, Ban Tuyên giáo và Dân vận Tỉnh ủy Gia Lai tổ chức hội nghị giao ban công tác tuyên giáo và dân vận quý III, triển khai nhiệm vụ quý IV năm 2025. Đây là lần giao ban quý đầu tiên kể từ khi tỉnh Gia Lai (mới) được thành lập trên cơ sở hợp nhất tỉnh Gia Lai và tỉnh Bình Định theo Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội.

Ông Nguyễn Ngọc Lương, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì hội nghị. Cùng dự có bà Rơ Châm H'Phik, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; ông Đinh Văn Hùng, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.

Theo báo cáo, trong quý III, các cơ quan tuyên giáo, dân vận đã tập trung tuyên truyền việc vận hành chính quyền địa phương 2 cấp từ ngày 1/7/2025; tổ chức 1.148 buổi nắm tình hình tư tưởng tại 135 xã, phường. Qua khảo sát, có khoảng 91% người dân được hỏi hài lòng với việc giải quyết thủ tục hành chính tại Trung tâm phục vụ hành chính công cấp xã.

Thực hiện Kết luận số 150-KL/TW ngày 14/4/2025 của Bộ Chính trị, khối dân vận các cấp đã vận động nhân dân đóng góp 18,4 tỷ đồng cùng hơn 40.000 ngày công xóa nhà tạm, nhà dột nát; hoàn thành 2.765 căn nhà, về đích trước thời hạn 3 tháng. Mô hình "Dân vận khéo" tiếp tục được nhân rộng, với 412 mô hình được công nhận trong quý.

Ông Đinh Xuân Nam, Bí thư Đảng ủy xã Ia Hrú, chia sẻ: "Sau sắp xếp, địa bàn xã rộng gấp đôi nên cán bộ phải chia nhau bám làng; xã đã lập 24 tổ công tác dân vận". Bà Đặng Thị Mỹ Lệ, Chủ tịch Ủy ban MTTQ Việt Nam phường An Nhơn Bắc, kiến nghị sớm hướng dẫn kinh phí hoạt động cho Ban công tác Mặt trận khu phố.

Kết luận hội nghị, ông Nguyễn Ngọc Lương đề nghị các cấp ủy tiếp tục quán triệt Quy định số 309-QĐ/TW ngày 09/6/2025 của Ban Chấp hành Trung ương, đẩy mạnh tuyên truyền Đại hội Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030, chuẩn bị tốt cho Đại hội đại biểu toàn quốc lần thứ XIV của Đảng. Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy lưu ý làm tốt công tác nắm dư luận sau bão số 10 tại các xã ven biển.

Ảnh: Quang cảnh hội nghị giao ban quý III.
Ảnh: Ông Nguyễn Ngọc Lương kết luận hội nghị. Ảnh: H.T

Hồng Thi
Lượt xem: 1.486

Tin liên quan
- Gia Lai: Trao 300 nhà Đại đoàn kết cho hộ nghèo (30/9/2025)
- Xã Ia Hrú ra mắt mô hình "Làng tự quản an toàn" (22/9/2025)
"""
lab = L("2025-10-08", "Giao ban công tác tuyên giáo và dân vận quý III/2025", "giao_ban", "2025-Q3", "2025-10-07",
 [P("Nguyễn Ngọc Lương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
  P("Rơ Châm H'Phik", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
  P("Đinh Văn Hùng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
  P("Đinh Xuân Nam", "Bí thư Đảng ủy xã Ia Hrú"),
  P("Đặng Thị Mỹ Lệ", "Chủ tịch Ủy ban MTTQ Việt Nam phường An Nhơn Bắc")],
 [Q(1148, "buổi nắm tình hình tư tưởng"), Q(135, "xã, phường"), Q(91, "%", "approx"), Q(18400000000, "đồng"),
  Q(40000, "ngày công", "over"), Q(2765, "căn nhà"), Q(412, "mô hình"), Q(24, "tổ công tác dân vận")],
 [D("Nghị quyết", "202", "2025/QH15", "2025-06-12", "Quốc hội"),
  D("Kết luận", "150", "KL/TW", "2025-04-14", "Bộ Chính trị"),
  D("Quy định", "309", "QĐ/TW", "2025-06-09", "Ban Chấp hành Trung ương")],
 [PL("Gia Lai"), PL("Bình Định"), PL("Quy Nhơn", "commune"), PL("Ia Hrú", "commune"), PL("An Nhơn Bắc", "commune")],
 ["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH GIA LAI", "Lượt xem", "Dân vận khéo", "Quang cảnh hội nghị giao ban quý III",
  "Trung tâm phục vụ hành chính công"],
 ["2 cấp", "3 tháng", "lần thứ I", "2025 - 2030", "lần thứ XIV", "bão số 10", "quý IV"])
PAGES.append(("b73-gialai-tgdv-giaoban-2025q3", t, lab))

# b74 Ninh Bình (merged) MTTQ tổng kết 2025
t = """ỦY BAN MTTQ VIỆT NAM TỈNH NINH BÌNH
Trang thông tin điện tử
Trang chủ > Tin tức > Hoạt động Mặt trận
22/12/2025 09:05

Mặt trận Tổ quốc tỉnh Ninh Bình tổng kết công tác năm 2025

Ngày 19/12, Ủy ban MTTQ Việt Nam tỉnh Ninh Bình tổ chức hội nghị tổng kết công tác Mặt trận và các đoàn thể chính trị - xã hội năm 2025, triển khai chương trình phối hợp và thống nhất hành động năm 2026. Đây là hội nghị tổng kết đầu tiên sau khi hợp nhất các tỉnh Hà Nam, Nam Định và Ninh Bình, đồng thời các tổ chức chính trị - xã hội được sắp xếp trực thuộc Ủy ban MTTQ Việt Nam theo Kết luận số 155-KL/TW ngày 27/5/2025 của Bộ Chính trị.

Dự hội nghị có ông Đoàn Minh Huấn, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy; bà Mai Thị Hằng Nga, Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh. Tham dự còn có các Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: ông Trần Văn Chiến, bà Lê Thị Bích Hạnh, ông Phạm Quốc Tuấn.

Báo cáo tại hội nghị cho biết, năm 2025 Quỹ "Vì người nghèo" các cấp trong tỉnh vận động được 86,5 tỷ đồng; hỗ trợ xây mới, sửa chữa 1.903 căn nhà cho hộ nghèo, hộ cận nghèo, góp phần để Ninh Bình hoàn thành xóa nhà tạm, nhà dột nát từ tháng 8. Mặt trận các cấp đã tổ chức 1.270 cuộc giám sát và 96 hội nghị phản biện xã hội; tiếp nhận trên 2.300 ý kiến, kiến nghị của cử tri gửi tới kỳ họp thứ 10 của Quốc hội khóa XV.

Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" tiếp tục được đẩy mạnh, 97,6% khu dân cư đạt danh hiệu "Khu dân cư văn hóa". Sau bão số 3 (Yagi) năm trước và đợt lũ tháng 9 năm nay, MTTQ tỉnh đã tiếp nhận, phân bổ khoảng 34 tỷ đồng tiền ủng hộ cho 6.120 hộ bị thiệt hại.

Ông Vũ Đức Thắng, Trưởng ban Công tác Mặt trận tổ dân phố Cổ Loan, phường Tây Hoa Lư chia sẻ: "Tổ dân phố chúng tôi 5 năm liền không có đơn thư vượt cấp". Bà Trần Thị Huyền, Chủ tịch Ủy ban MTTQ Việt Nam xã Giao Thủy, đề xuất tăng mức phụ cấp cho trưởng ban công tác Mặt trận ở khu dân cư.

Phát biểu chỉ đạo, Bí thư Tỉnh ủy Đoàn Minh Huấn đề nghị Mặt trận tập trung cho cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031; thực hiện tốt Nghị quyết số 66-NQ/TW ngày 30/4/2025 của Bộ Chính trị về đổi mới công tác xây dựng và thi hành pháp luật.

Dịp này, Ủy ban Trung ương MTTQ Việt Nam tặng Bằng khen cho 8 tập thể; Ủy ban MTTQ Việt Nam tỉnh khen thưởng 46 tập thể và 73 cá nhân.

Ảnh: Bí thư Tỉnh ủy Đoàn Minh Huấn phát biểu.
Ảnh: Trao Bằng khen của Ủy ban Trung ương MTTQ Việt Nam. (Ảnh: Đức Lam)

Phương Thảo
Lượt xem: 962

Tin liên quan
- Ninh Bình: Hiệp thương giới thiệu người ứng cử đại biểu Quốc hội khóa XVI (15/12/2025)
- Xã Giao Thủy trao 12 nhà Đại đoàn kết (02/12/2025)
"""
lab = L("2025-12-22", "Mặt trận Tổ quốc tỉnh Ninh Bình tổng kết công tác năm 2025", "tong_ket", "2025", "2025-12-19",
 [P("Đoàn Minh Huấn", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy"),
  P("Mai Thị Hằng Nga", "Phó Bí thư Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
  P("Trần Văn Chiến", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
  P("Lê Thị Bích Hạnh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
  P("Phạm Quốc Tuấn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
  P("Vũ Đức Thắng", "Trưởng ban Công tác Mặt trận tổ dân phố Cổ Loan"),
  P("Trần Thị Huyền", "Chủ tịch Ủy ban MTTQ Việt Nam xã Giao Thủy")],
 [Q(86500000000, "đồng"), Q(1903, "căn nhà"), Q(1270, "cuộc giám sát"), Q(96, "hội nghị phản biện xã hội"), Q(2300, "ý kiến, kiến nghị", "over"),
  Q(97.6, "%"), Q(34000000000, "đồng", "approx"), Q(6120, "hộ"), Q(8, "tập thể"), Q(46, "tập thể"), Q(73, "cá nhân")],
 [D("Kết luận", "155", "KL/TW", "2025-05-27", "Bộ Chính trị"),
  D("Nghị quyết", "66", "NQ/TW", "2025-04-30", "Bộ Chính trị")],
 [PL("Ninh Bình"), PL("Hà Nam"), PL("Nam Định"), PL("Tây Hoa Lư", "commune"), PL("Giao Thủy", "commune")],
 ["ỦY BAN MTTQ VIỆT NAM TỈNH NINH BÌNH", "Lượt xem", "Vì người nghèo", "Khu dân cư văn hóa", "Bí thư Tỉnh ủy Đoàn Minh Huấn phát biểu", "Yagi"],
 ["kỳ họp thứ 10", "khóa XV", "bão số 3", "5 năm", "khóa XVI", "2026 - 2031"])
PAGES.append(("b74-ninhbinh-mttq-tongket-2025", t, lab))
