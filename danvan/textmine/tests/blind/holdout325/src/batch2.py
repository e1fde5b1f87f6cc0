from lib import *
PAGES = []

PAGES.append(page("b7763-nghean-khongtienmat-hoinghi-2017", """
BÁO NGHỆ AN ĐIỆN TỬ
Thời sự > Chính trị > Dân vận
Thứ Sáu, 09/06/2017
Nghệ An triển khai thanh toán không dùng tiền mặt trong chi trả an sinh xã hội
Ngày 7/6, UBND tỉnh Nghệ An tổ chức hội nghị triển khai Đề án thanh toán không dùng tiền mặt năm 2017, trong đó trọng tâm là chi trả lương hưu, trợ cấp bảo hiểm xã hội và trợ cấp người có công qua tài khoản. Đồng chí Lê Ngọc Hiền, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh chủ trì hội nghị; hội nghị được kết nối trực tuyến đến 21 điểm cầu huyện, thành phố, thị xã.
Đồng chí Lê Ngọc Hiền phát biểu chỉ đạo hội nghị.
Triển khai Chỉ thị số 22/CT-TTg ngày 26/5/2016 của Thủ tướng Chính phủ và Quyết định số 2545/QĐ-TTg ngày 30/12/2016 của Thủ tướng Chính phủ phê duyệt Đề án phát triển thanh toán không dùng tiền mặt giai đoạn 2016 - 2020, UBND tỉnh đã ban hành Kế hoạch số 214/KH-UBND ngày 18/4/2017. Theo đó đến hết năm 2017, tỉnh phấn đấu có ít nhất 15% người hưởng lương hưu, trợ cấp BHXH nhận qua tài khoản; đến năm 2020 đạt 40% ở khu vực đô thị.
Bà Phan Thị Hương Lan, Phó Giám đốc - Phụ trách Bảo hiểm xã hội tỉnh, cho biết toàn tỉnh có 86.540 người hưởng lương hưu, trợ cấp hằng tháng nhưng mới 4.712 người nhận qua thẻ ATM, đạt 5,4%. Ông Cao Xuân Thành, Phó Giám đốc Ngân hàng Nhà nước chi nhánh tỉnh, thông tin trên địa bàn có 382 máy ATM và 1.960 máy POS, phân bố chưa đều, 8 huyện miền núi mới có dưới 30 máy ATM.
Tại hội nghị, đồng chí Lô Thị Hoa, HUV, Trưởng Ban Dân vận Huyện ủy Quế Phong, chia sẻ kinh nghiệm nhờ người có uy tín các bản người Thái, người Khơ Mú vận động con cháu giúp người già mở thẻ. Ông Moong Văn Xước, người có uy tín bản Huồi Mới, xã Nậm Giải, cho rằng nếu ngân hàng cử người lên bản hướng dẫn bằng tiếng Thái thì bà con sẽ tin hơn. Ông Vi Văn Khăm, Chủ tịch UBND xã Tri Lễ, kiến nghị hỗ trợ chi phí đi lại cho người hưởng ở các bản cách trung tâm xã trên 20 km.
Đồng chí Hồ Thị Chiên, Phó Trưởng Ban Dân vận Tỉnh ủy, đề nghị Mặt trận và các đoàn thể đưa việc vận động mở tài khoản vào nội dung cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"; mỗi chi hội phụ nữ, chi hội cựu chiến binh vận động ít nhất 5 hội viên cao tuổi nhận lương hưu qua thẻ.
Kết luận hội nghị, đồng chí Lê Ngọc Hiền giao Ngân hàng Nhà nước chi nhánh tỉnh chủ trì, phối hợp BHXH tỉnh, Sở LĐTBXH và Bưu điện tỉnh xây dựng lộ trình cho từng huyện; phải có ngay các điểm chấp nhận thẻ tại trạm y tế, bệnh viện, trường học; phấn đấu thành phố Vinh đi đầu trong chi trả không dùng tiền mặt.
Thành Chung
Tin liên quan
- Nghệ An: hơn 1.300 hộ được hỗ trợ xóa nhà tạm (05/06/2017)
- Hội nghị giao ban công tác dân vận 5 tháng đầu năm (30/05/2017)
- Tương Dương đối thoại với người dân tái định cư (22/05/2017)
- Kỳ Sơn ra mắt mô hình "Bản không có ma túy" (12/05/2017)
""", "2017-06-09", "Nghệ An triển khai thanh toán không dùng tiền mặt trong chi trả an sinh xã hội",
E("hoi_nghi", "2017", "2017-06-07"),
[P("Lê Ngọc Hiền", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch UBND tỉnh"),
 P("Phan Thị Hương Lan", "Phó Giám đốc - Phụ trách Bảo hiểm xã hội tỉnh"),
 P("Cao Xuân Thành", "Phó Giám đốc Ngân hàng Nhà nước chi nhánh tỉnh"),
 P("Lô Thị Hoa", "HUV", "Trưởng Ban Dân vận Huyện ủy Quế Phong"),
 P("Moong Văn Xước", "người có uy tín bản Huồi Mới"),
 P("Vi Văn Khăm", "Chủ tịch UBND xã Tri Lễ"),
 P("Hồ Thị Chiên", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("21 điểm cầu huyện, thành phố, thị xã", 21, "điểm cầu huyện, thành phố, thị xã"),
 Q("ít nhất 15%", 15, "%", "over"), Q("40%", 40, "%"),
 Q("86.540 người", 86540, "người"), Q("4.712 người", 4712, "người"), Q("5,4%", 5.4, "%"),
 Q("382 máy ATM", 382, "máy ATM"), Q("1.960 máy POS", 1960, "máy POS"), Q("8 huyện miền núi", 8, "huyện miền núi"),
 Q("dưới 30 máy ATM", 30, "máy ATM", "approx"), Q("trên 20 km", 20, "km", "over"),
 Q("ít nhất 5 hội viên cao tuổi", 5, "hội viên cao tuổi", "over")],
[D("Chỉ thị", "22", "CT-TTg", "2016-05-26", "Thủ tướng Chính phủ", "Chỉ thị số 22/CT-TTg ngày 26/5/2016"),
 D("Quyết định", "2545", "QĐ-TTg", "2016-12-30", "Thủ tướng Chính phủ", "Quyết định số 2545/QĐ-TTg ngày 30/12/2016"),
 D("Kế hoạch", "214", "KH-UBND", "2017-04-18", "UBND tỉnh", "Kế hoạch số 214/KH-UBND ngày 18/4/2017")],
[prov("Nghệ An"), com("Nậm Giải"), com("Tri Lễ")],
["BÁO NGHỆ AN ĐIỆN TỬ", "Thời sự > Chính trị > Dân vận", "Đồng chí Lê Ngọc Hiền phát biểu chỉ đạo hội nghị.",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Đề án phát triển thanh toán không dùng tiền mặt giai đoạn 2016 - 2020"],
["Thứ Sáu, 09/06/2017", "năm 2017", "năm 2020", "giai đoạn 2016 - 2020"]))

PAGES.append(page("b7764-khanhhoa-taphuan-qd241-2018", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH KHÁNH HÒA
Trang chủ › Tin tức › Lao động - Xã hội
Cập nhật lúc 17:20 ngày 17/08/2018
Khánh Hòa: Tập huấn chi trả chính sách an sinh xã hội không dùng tiền mặt
Trong 2 ngày 15 và 16/8, Sở Lao động - Thương binh và Xã hội phối hợp Bảo hiểm xã hội tỉnh và Bưu điện tỉnh tổ chức lớp tập huấn năm 2018 về chi trả chính sách an sinh xã hội không dùng tiền mặt cho 138 học viên là công chức lao động - thương binh và xã hội cấp xã, cán bộ Hội Liên hiệp Phụ nữ và nhân viên bưu điện - văn hóa xã.
Học viên thực hành mở tài khoản trên điện thoại thông minh.
Khai mạc lớp tập huấn, ông Nguyễn Đắc Tâm, Phó Giám đốc Sở LĐTBXH, nhấn mạnh: Quyết định số 241/QĐ-TTg ngày 23/02/2018 của Thủ tướng Chính phủ đã phê duyệt Đề án đẩy mạnh thanh toán qua ngân hàng đối với các dịch vụ công, trong đó có chi trả lương hưu, trợ cấp xã hội, trợ cấp người có công. Tỉnh đã cụ thể hóa bằng Kế hoạch số 6120/KH-UBND ngày 02/7/2018 của UBND tỉnh, đặt mục tiêu đến cuối năm 2018 có 30% người hưởng ở thành phố Nha Trang và thị xã Ninh Hòa nhận qua tài khoản.
Báo cáo viên là bà Đinh Thị Thu Sương, Trưởng phòng Chế độ BHXH - Bảo hiểm xã hội tỉnh, và ông Bo Bo Thắng, Phó Trưởng phòng Bảo trợ xã hội - Sở LĐTBXH, đã hướng dẫn quy trình lập danh sách, đối chiếu thông tin người hưởng, xử lý các trường hợp tài khoản bị khóa, người hưởng chết hoặc chuyển nơi cư trú. Đại diện Bưu điện tỉnh giới thiệu dịch vụ chi trả qua tài khoản tiết kiệm bưu điện, chỉ cần số dư 100.000 đồng.
Hiện toàn tỉnh có 24.806 người hưởng lương hưu, trợ cấp BHXH và 27.412 đối tượng bảo trợ xã hội; mới khoảng 2.150 người nhận tiền qua tài khoản. Tại huyện Khánh Sơn, Khánh Vĩnh, gần 80% người hưởng là đồng bào Raglai, T'rin, Ê đê, việc vận động gặp nhiều khó khăn.
Trao đổi tại lớp, bà Mấu Thị Lộc, công chức lao động - thương binh và xã hội xã Sơn Bình, cho biết xã có 312 người hưởng trợ cấp, phần lớn sống ở các làng xa, chưa có ai có tài khoản ngân hàng. Ông Cao Văn Rô, Chủ tịch Hội Cựu chiến binh xã Khánh Thượng, đề nghị ngân hàng cho phép ủy quyền rút tiền đối với người già yếu.
Bế mạc lớp tập huấn, ông Nguyễn Đắc Tâm đề nghị học viên về địa phương tham mưu UBND xã lập tổ vận động gồm cán bộ chính sách, trưởng thôn và chi hội trưởng các đoàn thể; mỗi xã, phường, thị trấn đăng ký tối thiểu 20 người hưởng mở tài khoản trong quý IV. Học viên được cấp tài liệu và giấy chứng nhận hoàn thành lớp tập huấn.
Minh Thư
Các tin khác
- Cam Lâm: trao 45 suất học bổng cho học sinh nghèo (14/08/2018)
- Khánh Hòa rà soát hộ nghèo theo chuẩn nghèo đa chiều (09/08/2018)
- Hội nghị đối thoại chính sách BHXH với người lao động (01/08/2018)
""", "2018-08-17", "Khánh Hòa: Tập huấn chi trả chính sách an sinh xã hội không dùng tiền mặt",
E("tap_huan", "2018", "2018-08-15"),
[P("Nguyễn Đắc Tâm", "Phó Giám đốc Sở LĐTBXH"),
 P("Đinh Thị Thu Sương", "Trưởng phòng Chế độ BHXH - Bảo hiểm xã hội tỉnh"),
 P("Bo Bo Thắng", "Phó Trưởng phòng Bảo trợ xã hội - Sở LĐTBXH"),
 P("Mấu Thị Lộc", "công chức lao động - thương binh và xã hội xã Sơn Bình"),
 P("Cao Văn Rô", "Chủ tịch Hội Cựu chiến binh xã Khánh Thượng")],
[Q("138 học viên", 138, "học viên"), Q("30%", 30, "%"), Q("100.000 đồng", 100000, "đồng"),
 Q("24.806 người", 24806, "người"), Q("27.412 đối tượng bảo trợ xã hội", 27412, "đối tượng bảo trợ xã hội"),
 Q("khoảng 2.150 người", 2150, "người", "approx"), Q("gần 80%", 80, "%", "approx"),
 Q("312 người", 312, "người"), Q("tối thiểu 20 người hưởng", 20, "người hưởng")],
[D("Quyết định", "241", "QĐ-TTg", "2018-02-23", "Thủ tướng Chính phủ", "Quyết định số 241/QĐ-TTg ngày 23/02/2018"),
 D("Kế hoạch", "6120", "KH-UBND", "2018-07-02", "UBND tỉnh", "Kế hoạch số 6120/KH-UBND ngày 02/7/2018")],
[prov("Khánh Hòa"), com("Sơn Bình"), com("Khánh Thượng")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH KHÁNH HÒA", "Trang chủ › Tin tức › Lao động - Xã hội",
 "Học viên thực hành mở tài khoản trên điện thoại thông minh.",
 "Đề án đẩy mạnh thanh toán qua ngân hàng đối với các dịch vụ công"],
["Cập nhật lúc 17:20 ngày 17/08/2018", "2 ngày", "năm 2018", "quý IV"]))

PAGES.append(page("b7765-vinhlong-nguoicocong-tongket-2019", """
Hôm nay: Thứ Bảy, 28/12/2019
BÁO VĨNH LONG ONLINE
Xã hội | Chính sách | An sinh
27.12.2019 | 16:05
Hơn 4.200 người có công nhận trợ cấp qua tài khoản
(VLO) - Ngày 26/12, Sở Lao động - Thương binh và Xã hội tỉnh tổ chức hội nghị tổng kết công tác lao động, người có công và xã hội năm 2019; trong đó đánh giá kết quả 1 năm chi trả trợ cấp ưu đãi người có công qua tài khoản theo Quyết định số 241/QĐ-TTg.
Quang cảnh hội nghị.
Ông Nguyễn Văn Liêm, Giám đốc Sở LĐTBXH cho biết, năm 2019 tỉnh chi trả trợ cấp ưu đãi cho 17.930 người có công và thân nhân với kinh phí trên 392 tỷ đồng. Sau 1 năm triển khai, đã có 4.218 người nhận trợ cấp qua tài khoản, đạt 23,5%, vượt 8,5% so với kế hoạch. Việc chi trả được thực hiện theo Kế hoạch số 17/KH-UBND ngày 11/01/2019 và Hướng dẫn số 2033, 2034/HD-SLĐTBXH của Sở LĐTBXH về quy trình chi trả và quyết toán kinh phí.
Thành phố Vĩnh Long và thị xã Bình Minh đạt tỷ lệ cao nhất, trên 45%; các huyện Trà Ôn, Tam Bình còn thấp, dưới 12%. Phường 1, thành phố Vĩnh Long là đơn vị đầu tiên chi trả qua tài khoản cho 100% người có công; xã Hòa Ninh đạt 61%.
Bên cạnh đó, ngành đã vận động xây dựng và sửa chữa 186 căn nhà tình nghĩa với tổng kinh phí 7,4 tỷ đồng; trao 21.650 phần quà dịp Tết và ngày Thương binh - Liệt sĩ.
Tại hội nghị, bà Thạch Thị Sa Rươl, Phó Chủ tịch UBND xã Loan Mỹ, chia sẻ xã có đông đồng bào Khmer nên cán bộ chính sách phải đến từng nhà, nói tiếng Khmer để giải thích. Ông Lê Văn Tám, thương binh hạng 2/4, ở ấp Phước Trinh, xã Hòa Ninh phát biểu: nhận trợ cấp qua thẻ giúp ông không phải đi lại nhiều, lại gửi được tiết kiệm.
Theo đánh giá của Sở, khó khăn lớn nhất là nhiều người có công tuổi cao, sống một mình, không sử dụng điện thoại; một số ngân hàng chưa có phòng giao dịch ở xã nên người nhận vẫn phải lên thị trấn rút tiền. Ngành đã phối hợp với Hội Cựu chiến binh, Hội Phụ nữ các xã lập tổ hỗ trợ, đưa người hưởng đi mở thẻ.
Bà Trần Thị Kim Phượng, ông Phan Văn Trí - Phó Giám đốc Sở LĐTBXH tỉnh giới thiệu phương hướng năm 2020: phấn đấu 35% người có công, 20% đối tượng bảo trợ xã hội nhận trợ cấp qua tài khoản; phối hợp Bưu điện tỉnh chi trả tại nhà cho người già yếu không thể đi lại.
Phát biểu chỉ đạo, ông Lữ Quang Nghĩa, Phó Chủ tịch UBND tỉnh, ghi nhận những kết quả ngành đạt được, đồng thời lưu ý không để xảy ra sai sót, chậm trễ khi chuyển đổi hình thức chi trả; người có công phải được nhận đủ, kịp thời trước Tết Nguyên đán Canh Tý 2020.
Dịp này, Sở LĐTBXH khen thưởng 15 tập thể, 32 cá nhân có thành tích xuất sắc năm 2019.
Thanh Xuân
Tin liên quan
- Long Hồ: bàn giao 12 căn nhà tình nghĩa (20/12/2019)
- Tỉnh có thêm 3 xã đạt chuẩn nông thôn mới nâng cao (16/12/2019)
- Vũng Liêm: đối thoại với người lao động về BHXH tự nguyện (09/12/2019)
""", "2019-12-27", "Hơn 4.200 người có công nhận trợ cấp qua tài khoản",
E("tong_ket", "2019", "2019-12-26"),
[P("Nguyễn Văn Liêm", "Giám đốc Sở LĐTBXH"),
 P("Thạch Thị Sa Rươl", "Phó Chủ tịch UBND xã Loan Mỹ"),
 P("Lê Văn Tám", "thương binh hạng 2/4"),
 P("Trần Thị Kim Phượng", "Phó Giám đốc Sở LĐTBXH tỉnh"),
 P("Phan Văn Trí", "Phó Giám đốc Sở LĐTBXH tỉnh"),
 P("Lữ Quang Nghĩa", "Phó Chủ tịch UBND tỉnh")],
[Q("Hơn 4.200 người có công", 4200, "người có công", "over"),
 Q("17.930 người có công và thân nhân", 17930, "người có công và thân nhân"),
 Q("trên 392 tỷ đồng", 392000000000, "đồng", "over"), Q("4.218 người", 4218, "người"),
 Q("23,5%", 23.5, "%"), Q("8,5%", 8.5, "%"), Q("trên 45%", 45, "%", "over"), Q("dưới 12%", 12, "%", "approx"),
 Q("100%", 100, "%"), Q("61%", 61, "%"), Q("186 căn nhà tình nghĩa", 186, "căn nhà tình nghĩa"),
 Q("7,4 tỷ đồng", 7400000000, "đồng"), Q("21.650 phần quà", 21650, "phần quà"),
 Q("35%", 35, "%"), Q("20%", 20, "%"), Q("15 tập thể", 15, "tập thể"), Q("32 cá nhân", 32, "cá nhân")],
[D("Quyết định", "241", "QĐ-TTg", None, None, "Quyết định số 241/QĐ-TTg"),
 D("Kế hoạch", "17", "KH-UBND", "2019-01-11", None, "Kế hoạch số 17/KH-UBND ngày 11/01/2019"),
 D("Hướng dẫn", "2033", "HD-SLĐTBXH", None, "Sở LĐTBXH", "Hướng dẫn số 2033, 2034/HD-SLĐTBXH"),
 D("Hướng dẫn", "2034", "HD-SLĐTBXH", None, "Sở LĐTBXH", "Hướng dẫn số 2033, 2034/HD-SLĐTBXH")],
[prov("Vĩnh Long"), com("Phường 1"), com("Hòa Ninh"), com("Loan Mỹ")],
["Hôm nay: Thứ Bảy, 28/12/2019", "BÁO VĨNH LONG ONLINE", "Xã hội | Chính sách | An sinh", "(VLO)", "Quang cảnh hội nghị."],
["27.12.2019 | 16:05", "hạng 2/4", "1 năm", "năm 2019", "năm 2020", "Canh Tý 2020"]))

PAGES.append(page("b7766-hatinh-mttq-daihoi-xa-2019", """
TRANG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH HÀ TĨNH
Trang chủ - Hoạt động Mặt trận - Mặt trận cơ sở
15/05/2019 06:00
Đại biểu biểu quyết thông qua nghị quyết đại hội.
Thạch Kim: Đại hội đại biểu MTTQ xã lần thứ XIV đặt mục tiêu 70% người hưởng chính sách nhận tiền qua tài khoản
Ngày 13/5, Ủy ban MTTQ Việt Nam xã Thạch Kim, huyện Lộc Hà, tỉnh Hà Tĩnh tổ chức Đại hội đại biểu MTTQ Việt Nam xã lần thứ XIV, nhiệm kỳ 2019 - 2024, điểm đại hội cấp xã của huyện. Dự đại hội có đồng chí Trần Đình Gia, Phó Chủ tịch Ủy ban MTTQ tỉnh; đồng chí Nguyễn Thị Lam, HUV, Chủ tịch Ủy ban MTTQ huyện Lộc Hà, cùng 112 đại biểu đại diện cho hơn 9.600 nhân dân trong xã.
Nhiệm kỳ 2014 - 2019, Mặt trận xã đã vận động nhân dân đóng góp trên 3,2 tỷ đồng làm 6,5 km đường giao thông nông thôn; xây dựng 27 nhà đại đoàn kết, mỗi nhà hỗ trợ 40 triệu đồng; Quỹ "Vì người nghèo" xã vận động được 418 triệu đồng. Điểm nổi bật là phối hợp với Bưu điện huyện vận động 356 người hưởng lương hưu, trợ cấp BHXH, trợ cấp người có công nhận tiền qua tài khoản tiết kiệm bưu điện, chiếm 41% số người hưởng trong xã.
Đại hội đã thảo luận, thống nhất các chỉ tiêu nhiệm kỳ mới, trong đó phấn đấu đến năm 2024 có 70% người hưởng chính sách an sinh nhận tiền qua tài khoản; mỗi năm có ít nhất 2 khu dân cư đạt "Khu dân cư văn hóa kiểu mẫu".
Phát biểu chỉ đạo, đồng chí Trần Đình Gia đề nghị Mặt trận xã tiếp tục thực hiện tốt Nghị quyết số 12-NQ/ĐU ngày 05/3/2018 của Đảng ủy xã về xây dựng xã nông thôn mới kiểu mẫu, Chỉ thị số 18-CT/TU của Ban Thường vụ Tỉnh ủy về tổ chức đại hội MTTQ các cấp, chú trọng vận động người cao tuổi, gia đình ngư dân tiếp cận dịch vụ thanh toán hiện đại.
Đại hội đã hiệp thương cử 31 vị vào Ủy ban MTTQ xã khóa XIV. Tại hội nghị lần thứ nhất, ông Phan Văn Hải được hiệp thương cử giữ chức Chủ tịch Ủy ban MTTQ Việt Nam xã Thạch Kim nhiệm kỳ 2019 - 2024; các ông, bà Đậu Thị Hường, Nguyễn Văn Thuận được hiệp thương cử giữ chức Phó Chủ tịch Ủy ban MTTQ xã. Đại hội bầu 7 đại biểu đi dự Đại hội MTTQ huyện Lộc Hà lần thứ XIX.
Phát biểu nhận nhiệm vụ, ông Phan Văn Hải cho biết sẽ giao mỗi Ban công tác Mặt trận thôn lập danh sách người hưởng chưa có tài khoản, phối hợp nhân viên bưu điện đến tận nhà hướng dẫn; riêng thôn Kim Hải có đông gia đình ngư dân đi biển dài ngày, sẽ tổ chức hướng dẫn vào tối thứ Bảy hằng tuần.
Thùy Dương
Tin khác
- Lộc Hà: 100% xã hoàn thành đại hội Mặt trận điểm (10/05/2019)
- Can Lộc trao 14 nhà đại đoàn kết (06/05/2019)
- Kỳ Anh: ra mắt mô hình "Khu dân cư không rác thải" (28/04/2019)
""", "2019-05-15", "Thạch Kim: Đại hội đại biểu MTTQ xã lần thứ XIV đặt mục tiêu 70% người hưởng chính sách nhận tiền qua tài khoản",
E("dai_hoi", None, "2019-05-13"),
[P("Trần Đình Gia", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Nguyễn Thị Lam", "HUV", "Chủ tịch Ủy ban MTTQ huyện Lộc Hà"),
 P("Phan Văn Hải", "Chủ tịch Ủy ban MTTQ Việt Nam xã Thạch Kim nhiệm kỳ 2019 - 2024"),
 P("Đậu Thị Hường", "Phó Chủ tịch Ủy ban MTTQ xã"),
 P("Nguyễn Văn Thuận", "Phó Chủ tịch Ủy ban MTTQ xã")],
[Q("70%", 70, "%"), Q("112 đại biểu", 112, "đại biểu"), Q("hơn 9.600 nhân dân", 9600, "nhân dân", "over"),
 Q("trên 3,2 tỷ đồng", 3200000000, "đồng", "over"), Q("6,5 km", 6.5, "km"),
 Q("27 nhà đại đoàn kết", 27, "nhà đại đoàn kết"), Q("40 triệu đồng", 40000000, "đồng"),
 Q("418 triệu đồng", 418000000, "đồng"), Q("356 người hưởng", 356, "người hưởng"), Q("41%", 41, "%"),
 Q("ít nhất 2 khu dân cư", 2, "khu dân cư", "over"), Q("31 vị", 31, "vị"), Q("7 đại biểu", 7, "đại biểu")],
[D("Nghị quyết", "12", "NQ/ĐU", "2018-03-05", "Đảng ủy xã", "Nghị quyết số 12-NQ/ĐU ngày 05/3/2018"),
 D("Chỉ thị", "18", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 18-CT/TU")],
[prov("Hà Tĩnh"), com("Thạch Kim")],
["TRANG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH HÀ TĨNH", "Trang chủ - Hoạt động Mặt trận - Mặt trận cơ sở",
 "Đại biểu biểu quyết thông qua nghị quyết đại hội.", "Vì người nghèo", "Khu dân cư văn hóa kiểu mẫu"],
["15/05/2019 06:00", "lần thứ XIV", "nhiệm kỳ 2019 - 2024", "Nhiệm kỳ 2014 - 2019", "lần thứ XIX", "năm 2024", "lần thứ nhất"]))

PAGES.append(page("b7767-binhduong-mttq-giamsat-covid-2020", """
ỦY BAN MTTQ VIỆT NAM TỈNH BÌNH DƯƠNG
Trang chủ >> Hoạt động giám sát, phản biện xã hội
Cập nhật: 22/07/2020 08:30
Giám sát chi trả hỗ trợ người gặp khó khăn do đại dịch COVID-19
Thực hiện Kế hoạch giám sát năm 2020, ngày 20/7, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh do ông Nguyễn Thành Tâm, Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc chi trả hỗ trợ người dân gặp khó khăn do đại dịch COVID-19 tại thị xã Thuận An, tỉnh Bình Dương.
Đoàn giám sát làm việc với UBND phường Lái Thiêu.
Theo báo cáo, thực hiện Nghị quyết số 42/NQ-CP ngày 09/4/2020 của Chính phủ, Quyết định số 15/2020/QĐ-TTg của Thủ tướng Chính phủ và Quyết định 1203, 1204/QĐ-UBND của UBND tỉnh, thị xã đã phê duyệt hỗ trợ cho 21.874 lượt người với tổng kinh phí hơn 24,6 tỷ đồng, gồm người có công, đối tượng bảo trợ xã hội, hộ nghèo, hộ cận nghèo, lao động tự do mất việc làm. Trong đó 6.315 người được chi trả qua tài khoản, chiếm 28,9%; số còn lại nhận trực tiếp tại 10 phường, xã hoặc qua Bưu điện.
Tại phường Lái Thiêu, bà Lê Thị Kim Loan, Chủ tịch Ủy ban MTTQ phường, cho biết Ban công tác Mặt trận các khu phố đã tham gia bình xét công khai, niêm yết danh sách tại 12 khu phố; tiếp nhận 19 ý kiến phản ánh, đã giải quyết 17 ý kiến. Ông Trần Minh Sang, Phó Chủ tịch UBND phường Bình Hòa, nêu khó khăn khi nhiều lao động tự do là người ngoại tỉnh, không có tài khoản, thường xuyên thay đổi chỗ ở.
Một số người dân được đoàn trao đổi trực tiếp như bà Đỗ Thị Hoa (khu phố Bình Đức) cho biết đã nhận đủ 1,5 triệu đồng qua tài khoản sau 5 ngày nộp hồ sơ.
Qua giám sát, đoàn ghi nhận việc chi trả cơ bản đúng đối tượng, công khai; tuy nhiên còn 43 hồ sơ chậm chi trả do sai số tài khoản, 7 trường hợp trùng lặp đã phải thu hồi. Ông Nguyễn Thành Tâm đề nghị UBND thị xã chỉ đạo rà soát, đối chiếu thông tin người nhận trước khi chuyển tiền; phối hợp với các ngân hàng mở tài khoản miễn phí cho đối tượng chính sách; tăng cường tuyên truyền để người dân nhận tiền qua tài khoản, hạn chế tập trung đông người trong thời gian phòng, chống dịch. Đoàn cũng đề nghị công khai số điện thoại đường dây nóng để người dân phản ánh khi chưa nhận được tiền hoặc nhận thiếu.
Đồng chí Võ Văn Minh, Phó Chủ tịch UBND thị xã Thuận An, tiếp thu các kiến nghị, cam kết hoàn thành chi trả trước ngày 31/7/2020.
Thu Thảo
Tin liên quan
- MTTQ tỉnh tiếp nhận 5,2 tỷ đồng ủng hộ phòng, chống dịch (15/07/2020)
- Dĩ An: trao 300 phần quà cho công nhân khó khăn (08/07/2020)
- Hội nghị phản biện dự thảo quy định hỗ trợ người lao động (01/07/2020)
""", "2020-07-22", "Giám sát chi trả hỗ trợ người gặp khó khăn do đại dịch COVID-19",
E("giam_sat", "2020", "2020-07-20"),
[P("Nguyễn Thành Tâm", "Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh", "trưởng đoàn"),
 P("Lê Thị Kim Loan", "Chủ tịch Ủy ban MTTQ phường"),
 P("Trần Minh Sang", "Phó Chủ tịch UBND phường Bình Hòa"),
 P("Đỗ Thị Hoa"),
 P("Võ Văn Minh", "Phó Chủ tịch UBND thị xã Thuận An")],
[Q("21.874 lượt người", 21874, "lượt người"), Q("hơn 24,6 tỷ đồng", 24600000000, "đồng", "over"),
 Q("6.315 người", 6315, "người"), Q("28,9%", 28.9, "%"), Q("10 phường, xã", 10, "phường, xã"),
 Q("12 khu phố", 12, "khu phố"), Q("19 ý kiến phản ánh", 19, "ý kiến phản ánh"), Q("17 ý kiến", 17, "ý kiến"),
 Q("1,5 triệu đồng", 1500000, "đồng"), Q("43 hồ sơ", 43, "hồ sơ"), Q("7 trường hợp", 7, "trường hợp")],
[D("Nghị quyết", "42", "NQ-CP", "2020-04-09", "Chính phủ", "Nghị quyết số 42/NQ-CP ngày 09/4/2020"),
 D("Quyết định", "15", "2020/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 15/2020/QĐ-TTg"),
 D("Quyết định", "1203", "QĐ-UBND", None, "UBND tỉnh", "Quyết định 1203, 1204/QĐ-UBND"),
 D("Quyết định", "1204", "QĐ-UBND", None, "UBND tỉnh", "Quyết định 1203, 1204/QĐ-UBND")],
[prov("Bình Dương"), com("Lái Thiêu"), com("Bình Hòa")],
["ỦY BAN MTTQ VIỆT NAM TỈNH BÌNH DƯƠNG", "Trang chủ >> Hoạt động giám sát, phản biện xã hội",
 "Đoàn giám sát làm việc với UBND phường Lái Thiêu.", "COVID-19"],
["Cập nhật: 22/07/2020 08:30", "năm 2020", "5 ngày", "COVID-19"]))

PAGES.append(page("b7768-sonla-buudien-phongsu-2020", """
Báo Sơn La điện tử
Xã hội › Phóng sự - Ghi chép
Thứ Tư, 04/11/2020
Chị Lò Thị Ươi (bên phải) chi trả lương hưu cho người dân bản Nà Tăm.
Người "mang lương hưu" lên bản
Gần 9 năm làm nhân viên chi trả của Bưu điện huyện Mường La, chị Lò Thị Ươi, người dân tộc Thái ở bản Nà Tăm, xã Chiềng Lao, đã quen với những cung đường dốc dựng đứng, những mùa mưa lũ sạt lở. Mỗi tháng, chị cùng đồng nghiệp mang hơn 1,3 tỷ đồng tiền lương hưu, trợ cấp đến tay 472 người hưởng ở 3 xã vùng cao.
Không chỉ chi trả, chị Ươi còn là "tuyên truyền viên" bất đắc dĩ. Năm nay, thực hiện Kế hoạch số 156/KH-BĐT của Bưu điện tỉnh, chị vận động được 38 người hưởng ở bản mở tài khoản tiết kiệm bưu điện để nhận lương hưu hằng tháng. "Nhiều cụ sợ tiền gửi vào máy thì mất, tôi phải ngồi cả buổi, nói tiếng Thái, tiếng Mông, đưa sổ cho cụ xem số tiền vẫn còn nguyên thì cụ mới tin", chị kể.
Ông Quàng Văn Pấng, 81 tuổi, cựu chiến binh ở bản Nà Tăm, là một trong những người đầu tiên nhận lương hưu qua tài khoản. Ông bảo: "Trước kia mỗi lần lĩnh lương phải xuống trung tâm xã, đi bộ mất 2 tiếng. Bây giờ chị Ươi đến tận nhà, tiền thì gửi ở bưu điện, lúc cần mới rút, lại có thêm tiền lãi". 
Theo ông Cầm Văn Chung, Giám đốc Bưu điện huyện Mường La, toàn huyện hiện có 2.846 người hưởng lương hưu, trợ cấp BHXH hằng tháng do 14 nhân viên bưu điện phụ trách; đến tháng 10/2020 đã có 215 người chuyển sang nhận qua tài khoản, tăng gần gấp 3 lần so với cuối năm 2019. Những tháng cao điểm dịch COVID-19, bưu điện vẫn bảo đảm chi trả 2 tháng một lần tại nhà cho người hưởng, không để ai phải đi lại, tụ tập đông người.
Bà Lường Thị Hoa, Phó Chủ tịch UBND xã Chiềng Lao, nhận xét: Nhân viên bưu điện ở đây vừa làm việc của bưu điện vừa là cán bộ dân vận. Nhờ các chị mà người dân hiểu hơn về chính sách, đồng thời không còn chuyện người già bị kẻ xấu lợi dụng lấy tiền.
Với những nỗ lực đó, năm 2020 chị Lò Thị Ươi được Tổng công ty Bưu điện Việt Nam tặng bằng khen. Nhưng với chị, phần thưởng lớn nhất là nụ cười của các cụ mỗi lần nhìn thấy chiếc áo xanh bưu điện xuất hiện nơi đầu bản. Chị chia sẻ, mong muốn sắp tới ngân hàng, bưu điện lắp thêm điểm rút tiền ở trung tâm xã để bà con thuận tiện hơn.
Chiều muộn, khi chiếc xe máy cũ của chị lại lăn bánh xuống dốc, trong túi chỉ còn tập phiếu chi có đủ chữ ký, điểm chỉ của người nhận. Hôm sau, chị lại lên bản khác, bắt đầu một hành trình mới.
Bài, ảnh: Hoàng Anh
Tin liên quan
- Sơn La: 12 nghìn người hưởng lương hưu nhận tiền qua tài khoản (20/10/2020)
- Mường La hỗ trợ 180 hộ bị thiệt hại do mưa lũ (10/10/2020)
- Chiềng Lao: khánh thành nhà văn hóa bản Nà Tăm (26/09/2020)
""", "2020-11-04", "Người \"mang lương hưu\" lên bản",
E("khac", None, None),
[P("Lò Thị Ươi", "nhân viên chi trả của Bưu điện huyện Mường La"),
 P("Quàng Văn Pấng", "cựu chiến binh"),
 P("Cầm Văn Chung", "Giám đốc Bưu điện huyện Mường La"),
 P("Lường Thị Hoa", "Phó Chủ tịch UBND xã Chiềng Lao")],
[Q("hơn 1,3 tỷ đồng", 1300000000, "đồng", "over"), Q("472 người hưởng", 472, "người hưởng"),
 Q("3 xã vùng cao", 3, "xã vùng cao"), Q("38 người hưởng", 38, "người hưởng"),
 Q("2.846 người", 2846, "người"), Q("14 nhân viên bưu điện", 14, "nhân viên bưu điện"), Q("215 người", 215, "người")],
[D("Kế hoạch", "156", "KH-BĐT", None, "Bưu điện tỉnh", "Kế hoạch số 156/KH-BĐT")],
[prov("Sơn La"), com("Chiềng Lao")],
["Báo Sơn La điện tử", "Xã hội › Phóng sự - Ghi chép",
 "Chị Lò Thị Ươi (bên phải) chi trả lương hưu cho người dân bản Nà Tăm.", "Tổng công ty Bưu điện Việt Nam", "COVID-19"],
["Thứ Tư, 04/11/2020", "Gần 9 năm", "81 tuổi", "2 tiếng", "tháng 10/2020", "gần gấp 3 lần", "2 tháng một lần", "năm 2020", "năm 2019"]))
