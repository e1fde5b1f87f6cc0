from lib import *
PAGES = []

PAGES.append(page("b1643-camau-doithoai-thanhnien-2017", """
Cổng Thông tin điện tử tỉnh Cà Mau
Trang chủ >> Tin tức - Sự kiện >> Hoạt động lãnh đạo tỉnh
Ngày đăng 29/03/2017 | 16:20
Chủ tịch UBND tỉnh đối thoại với thanh niên về khởi nghiệp và việc làm
Quang cảnh buổi đối thoại tại Hội trường Tỉnh ủy.
Chiều 28/3, nhân kỷ niệm 86 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh, UBND tỉnh phối hợp với Ban Thường vụ Tỉnh đoàn tổ chức buổi đối thoại giữa Chủ tịch UBND tỉnh với thanh niên năm 2017, chủ đề "Thanh niên Cà Mau khởi nghiệp từ kinh tế biển". Ông Nguyễn Tiến Hải, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì đối thoại.
Cùng dự có ông Lê Văn Sử, Phó Chủ tịch UBND tỉnh; bà Huỳnh Thị Kim Thoa, Bí thư Tỉnh đoàn, Chủ tịch Hội Liên hiệp Thanh niên Việt Nam tỉnh và lãnh đạo các sở: Lao động - Thương binh và Xã hội, Nông nghiệp và Phát triển nông thôn, Kế hoạch và Đầu tư. Tham dự đối thoại có 350 đoàn viên, thanh niên tiêu biểu đến từ 9 huyện, thành phố.
Theo báo cáo của Tỉnh đoàn, thực hiện Chương trình hành động số 17-CTr/TU của Tỉnh ủy và Quyết định số 844/QĐ-TTg ngày 18/5/2016 của Thủ tướng Chính phủ về hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo quốc gia đến năm 2025, thời gian qua các cấp bộ Đoàn đã hỗ trợ 1.026 thanh niên vay vốn với tổng số tiền 31,2 tỷ đồng; giới thiệu việc làm cho 4.300 lượt thanh niên; xây dựng 58 mô hình thanh niên làm kinh tế nuôi tôm quảng canh cải tiến, nuôi cua, sò huyết.
Tại buổi đối thoại, 17 ý kiến của thanh niên được nêu lên. Anh Trần Minh Luân, Bí thư Chi đoàn ấp Kinh Đứng, xã Khánh Bình Tây, huyện Trần Văn Thời, hỏi về chính sách hỗ trợ lãi suất cho thanh niên mua tàu cá. Chị Lâm Ngọc Diễm, chủ cơ sở sản xuất khô cá kèo ở xã Lý Văn Lâm, thành phố Cà Mau, đề xuất tỉnh hỗ trợ thanh niên xây dựng thương hiệu sản phẩm.
Trả lời các ý kiến, ông Nguyễn Tiến Hải cho biết tỉnh sẽ bố trí 5 tỷ đồng từ ngân sách ủy thác qua Ngân hàng Chính sách xã hội để cho thanh niên vay khởi nghiệp, mức vay tối đa 100 triệu đồng/dự án, và giao Sở Khoa học và Công nghệ hỗ trợ 50% kinh phí đăng ký nhãn hiệu cho các sản phẩm của thanh niên. Ông cũng đề nghị Tỉnh đoàn khẩn trương triển khai Kế hoạch số 23/KH-UBND của UBND tỉnh về hỗ trợ thanh niên khởi nghiệp giai đoạn 2017 - 2020.
Kết thúc đối thoại, các sở, ngành đã trả lời trực tiếp 15 ý kiến; 2 ý kiến còn lại được ghi nhận để trả lời bằng văn bản. Bà Huỳnh Thị Kim Thoa cam kết Tỉnh đoàn sẽ theo dõi việc thực hiện các nội dung đã hứa tại buổi đối thoại.
Tin, ảnh: Quốc Thái
Lượt xem: 1.580
Tin liên quan
- Tuyên dương 86 đoàn viên tiêu biểu nhân ngày 26/3 (26/03/2017)
- Ra quân Tháng Thanh niên năm 2017 (02/03/2017)
- Cà Mau: Hơn 300 thanh niên dự ngày hội việc làm (20/02/2017)
""", "2017-03-29", "Chủ tịch UBND tỉnh đối thoại với thanh niên về khởi nghiệp và việc làm",
E("doi_thoai", "2017", "2017-03-28"),
[P("Nguyễn Tiến Hải", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Lê Văn Sử", "Phó Chủ tịch UBND tỉnh"),
 P("Huỳnh Thị Kim Thoa", "Bí thư Tỉnh đoàn", "Chủ tịch Hội Liên hiệp Thanh niên Việt Nam tỉnh"),
 P("Trần Minh Luân", "Bí thư Chi đoàn ấp Kinh Đứng"),
 P("Lâm Ngọc Diễm", "chủ cơ sở sản xuất khô cá kèo")],
[Q("350 đoàn viên, thanh niên tiêu biểu", 350, "đoàn viên, thanh niên tiêu biểu"), Q("9 huyện, thành phố", 9, "huyện, thành phố"),
 Q("1.026 thanh niên", 1026, "thanh niên"), Q("31,2 tỷ đồng", 31200000000, "đồng"),
 Q("4.300 lượt thanh niên", 4300, "lượt thanh niên"), Q("58 mô hình thanh niên làm kinh tế", 58, "mô hình thanh niên làm kinh tế"),
 Q("17 ý kiến", 17, "ý kiến"), Q("5 tỷ đồng", 5000000000, "đồng"), Q("100 triệu đồng", 100000000, "đồng"),
 Q("50%", 50, "%"), Q("15 ý kiến", 15, "ý kiến"), Q("2 ý kiến", 2, "ý kiến")],
[D("Chương trình hành động", "17", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 17-CTr/TU"),
 D("Quyết định", "844", "QĐ-TTg", "2016-05-18", "Thủ tướng Chính phủ", "Quyết định số 844/QĐ-TTg ngày 18/5/2016"),
 D("Kế hoạch", "23", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 23/KH-UBND")],
[prov("Cà Mau"), com("Khánh Bình Tây"), com("Lý Văn Lâm")],
["Cổng Thông tin điện tử tỉnh Cà Mau", "Trang chủ >> Tin tức - Sự kiện >> Hoạt động lãnh đạo tỉnh",
 "Quang cảnh buổi đối thoại tại Hội trường Tỉnh ủy.", "Thanh niên Cà Mau khởi nghiệp từ kinh tế biển", "Lượt xem: 1.580"],
["Ngày đăng 29/03/2017 | 16:20", "86 năm", "năm 2017", "giai đoạn 2017 - 2020", "đến năm 2025", "Lượt xem: 1.580"]))

PAGES.append(page("b1644-quangnam-hlphn-giaoban-q3-2018", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH QUẢNG NAM
Trang chủ › Tin hoạt động › Hội cấp tỉnh
05-10-2018 08:30
Ảnh: Quang cảnh buổi giao ban.
Hội LHPN tỉnh giao ban công tác Hội quý III
Ngày 4/10/2018, Ban Thường vụ Hội LHPN tỉnh Quảng Nam tổ chức giao ban công tác Hội quý III năm 2018 với Thường trực Hội LHPN 18 huyện, thị xã, thành phố. Bà Nguyễn Thị Thu Lan, Tỉnh ủy viên, Chủ tịch Hội LHPN tỉnh chủ trì; bà Trần Thị Kim Hoa, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy dự.
Báo cáo tại buổi giao ban cho biết, trong quý III, các cấp Hội đã tổ chức 612 buổi tuyên truyền Luật Phòng, chống bạo lực gia đình và Đề án "Tuyên truyền, giáo dục, vận động, hỗ trợ phụ nữ tham gia giải quyết một số vấn đề xã hội liên quan đến phụ nữ giai đoạn 2017 - 2027" ban hành kèm theo Quyết định số 938/QĐ-TTg của Thủ tướng Chính phủ, thu hút 27.400 lượt hội viên tham dự. Hội đã hỗ trợ thành lập mới 9 tổ hợp tác và 2 hợp tác xã do phụ nữ làm chủ, nâng tổng số lên 64 tổ hợp tác, 11 hợp tác xã theo Đề án "Hỗ trợ phụ nữ khởi nghiệp giai đoạn 2017 - 2025".
Về công tác tín dụng, dư nợ ủy thác qua Hội đến cuối tháng 9 đạt 1.046 tỷ đồng, tăng 38,5 tỷ đồng so với đầu năm, với 1.522 tổ tiết kiệm và vay vốn, 41.300 hộ vay. Riêng các huyện miền núi Nam Trà My, Tây Giang, Đông Giang, dư nợ tăng 12,7%. Các cơ sở Hội cũng đã vận động xây dựng 14 nhà "Mái ấm tình thương" với tổng kinh phí 840 triệu đồng.
Tại buổi giao ban, bà Alăng Thị Bốn, Phó Chủ tịch Hội LHPN huyện Tây Giang cho biết nhiều chị em Cơ Tu đã mạnh dạn vay vốn trồng ba kích, đẳng sâm dưới tán rừng; bà Phạm Thị Hồng, Chủ tịch Hội LHPN thành phố Tam Kỳ kiến nghị tỉnh sớm hướng dẫn triển khai Kết luận số 36-KL/TU ngày 11/7/2018 của Ban Thường vụ Tỉnh ủy về nâng cao hiệu quả tín dụng chính sách.
Phát biểu, bà Trần Thị Kim Hoa ghi nhận những cố gắng của các cấp Hội và đề nghị trong quý IV, Hội LHPN tỉnh tập trung chuẩn bị tổng kết năm, làm tốt công tác nắm tình hình tư tưởng hội viên ở vùng bị ảnh hưởng bởi mưa lũ, chủ động tham mưu cấp ủy thực hiện Chỉ thị số 24-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường công tác dân vận trong tình hình mới.
Kết luận giao ban, bà Nguyễn Thị Thu Lan đề nghị các huyện hội phấn đấu đến cuối năm thành lập thêm 5 tổ hợp tác, giảm tỷ lệ nợ quá hạn xuống còn 0,2%; đồng thời hoàn thành việc rà soát 1.850 hộ nghèo do phụ nữ làm chủ hộ để có kế hoạch hỗ trợ.
Minh Hải
Lượt xem: 512
Tin khác
- Phụ nữ Duy Xuyên học làm bánh tráng mì truyền thống (28/09/2018)
- Hội LHPN Hội An ra mắt mô hình "Chợ không rác thải nhựa" (19/09/2018)
- Tập huấn kiến thức khởi nghiệp cho hội viên miền núi (06/09/2018)
""", "2018-10-05", "Hội LHPN tỉnh giao ban công tác Hội quý III",
E("giao_ban", "2018-Q3", "2018-10-04"),
[P("Nguyễn Thị Thu Lan", "Tỉnh ủy viên", "Chủ tịch Hội LHPN tỉnh"),
 P("Trần Thị Kim Hoa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Alăng Thị Bốn", "Phó Chủ tịch Hội LHPN huyện Tây Giang"),
 P("Phạm Thị Hồng", "Chủ tịch Hội LHPN thành phố Tam Kỳ")],
[Q("18 huyện, thị xã, thành phố", 18, "huyện, thị xã, thành phố"), Q("612 buổi tuyên truyền", 612, "buổi tuyên truyền"),
 Q("27.400 lượt hội viên", 27400, "lượt hội viên"), Q("9 tổ hợp tác", 9, "tổ hợp tác"), Q("2 hợp tác xã", 2, "hợp tác xã"),
 Q("64 tổ hợp tác", 64, "tổ hợp tác"), Q("11 hợp tác xã", 11, "hợp tác xã"), Q("1.046 tỷ đồng", 1046000000000, "đồng"),
 Q("38,5 tỷ đồng", 38500000000, "đồng"), Q("1.522 tổ tiết kiệm và vay vốn", 1522, "tổ tiết kiệm và vay vốn"),
 Q("41.300 hộ vay", 41300, "hộ vay"), Q("12,7%", 12.7, "%"), Q("14 nhà", 14, "nhà"), Q("840 triệu đồng", 840000000, "đồng"),
 Q("5 tổ hợp tác", 5, "tổ hợp tác"), Q("0,2%", 0.2, "%"), Q("1.850 hộ nghèo", 1850, "hộ nghèo")],
[D("Quyết định", "938", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 938/QĐ-TTg"),
 D("Kết luận", "36", "KL/TU", "2018-07-11", "Ban Thường vụ Tỉnh ủy", "Kết luận số 36-KL/TU ngày 11/7/2018"),
 D("Chỉ thị", "24", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 24-CT/TU")],
[prov("Quảng Nam")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH QUẢNG NAM", "Trang chủ › Tin hoạt động › Hội cấp tỉnh", "Ảnh: Quang cảnh buổi giao ban.",
 "Hỗ trợ phụ nữ khởi nghiệp giai đoạn 2017 - 2025", "Mái ấm tình thương", "Luật Phòng, chống bạo lực gia đình", "Lượt xem: 512"],
["05-10-2018 08:30", "quý III năm 2018", "quý IV", "giai đoạn 2017 - 2027", "giai đoạn 2017 - 2025", "Lượt xem: 512"]))

PAGES.append(page("b1645-binhduong-nuchuhtx-2019", """
Báo Bình Dương Online
Kinh tế > Doanh nghiệp - Doanh nhân
Thứ Năm, 12/09/2019
Nữ giám đốc hợp tác xã và giấc mơ nông sản sạch
Bà Võ Thị Mỹ Duyên (giữa) giới thiệu sản phẩm của hợp tác xã với đoàn công tác Hội LHPN tỉnh.
Từ một tổ hợp tác trồng rau chỉ có 7 thành viên, sau 6 năm, Hợp tác xã Nông nghiệp Tân Mỹ do bà Võ Thị Mỹ Duyên làm giám đốc đã trở thành địa chỉ cung ứng rau an toàn cho nhiều bếp ăn công nghiệp ở Bình Dương.
Quê ở xã Tân Mỹ, huyện Bắc Tân Uyên, năm 2013 bà Duyên vay 30 triệu đồng từ tổ tiết kiệm của Hội phụ nữ ấp để dựng nhà lưới trồng cải, xà lách. Những vụ đầu thất bát vì sâu bệnh, bà tìm đến các lớp tập huấn của Trung tâm Khuyến nông, rồi rủ 6 chị em trong ấp lập tổ hợp tác. Năm 2016, được Hội LHPN huyện hỗ trợ xây dựng phương án, tổ chuyển thành hợp tác xã theo Luật Hợp tác xã năm 2012.
Đến nay, hợp tác xã có 42 thành viên, trong đó 35 thành viên là nữ, canh tác trên diện tích 18 ha theo tiêu chuẩn VietGAP, mỗi ngày cung ứng khoảng 3,5 tấn rau củ. Doanh thu năm 2018 đạt 7,2 tỷ đồng, lợi nhuận hơn 900 triệu đồng; thu nhập bình quân của xã viên 7 triệu đồng/người/tháng. Hợp tác xã còn tạo việc làm thời vụ cho khoảng 60 lao động nữ lớn tuổi trong vùng.
Bà Nguyễn Thị Thanh Xuân, Chủ tịch Hội LHPN huyện Bắc Tân Uyên nhận xét: "Chị Duyên là tấm gương tiêu biểu của phong trào phụ nữ khởi nghiệp. Từ mô hình này, huyện hội đã hỗ trợ thêm 4 tổ hợp tác trồng rau và nuôi gà thả vườn". Theo bà Xuân, thực hiện Quyết định số 939/QĐ-TTg ngày 30/6/2017 của Thủ tướng Chính phủ phê duyệt Đề án hỗ trợ phụ nữ khởi nghiệp giai đoạn 2017 - 2025, các cấp Hội trong huyện đã hỗ trợ 126 ý tưởng, dự án khởi nghiệp của hội viên.
Năm 2018, bà Võ Thị Mỹ Duyên được Trung ương Hội LHPN Việt Nam tặng Bằng khen và là 1 trong 10 phụ nữ tiêu biểu của tỉnh. Bà cũng được bầu làm Ủy viên Ban Chấp hành Hội LHPN tỉnh. Hiện hợp tác xã đang đầu tư thêm 2 kho lạnh, tổng vốn 1,8 tỷ đồng, trong đó 500 triệu đồng vay từ Quỹ hỗ trợ phụ nữ phát triển kinh tế của Hội LHPN tỉnh.
Theo bà Lê Thị Ngọc Bích, Phó Chủ tịch Hội LHPN tỉnh Bình Dương, toàn tỉnh hiện có 73 hợp tác xã và 214 tổ hợp tác có phụ nữ tham gia quản lý, trong đó 29 hợp tác xã do phụ nữ làm giám đốc. Hội đang phối hợp với Sở Công Thương đưa sản phẩm của các hợp tác xã này vào hệ thống siêu thị.
"Tôi chỉ mong rau sạch của chị em mình đến được nhiều bữa cơm công nhân hơn", bà Duyên nói.
Bài, ảnh: Thu Thảo
Tin liên quan
- Phụ nữ Dầu Tiếng thoát nghèo nhờ nuôi dê (03/09/2019)
- Hội LHPN tỉnh trao vốn cho 50 hội viên khởi nghiệp (22/08/2019)
- Tân Uyên: Ra mắt câu lạc bộ nữ doanh nhân (14/08/2019)
""", "2019-09-12", "Nữ giám đốc hợp tác xã và giấc mơ nông sản sạch",
E("khac", None, None),
[P("Võ Thị Mỹ Duyên", "giám đốc", "Ủy viên Ban Chấp hành Hội LHPN tỉnh"),
 P("Nguyễn Thị Thanh Xuân", "Chủ tịch Hội LHPN huyện Bắc Tân Uyên"),
 P("Lê Thị Ngọc Bích", "Phó Chủ tịch Hội LHPN tỉnh Bình Dương")],
[Q("7 thành viên", 7, "thành viên"), Q("30 triệu đồng", 30000000, "đồng"), Q("6 chị em", 6, "chị em"),
 Q("42 thành viên", 42, "thành viên"), Q("35 thành viên", 35, "thành viên"), Q("18 ha", 18, "ha"),
 Q("khoảng 3,5 tấn", 3.5, "tấn", "approx"), Q("7,2 tỷ đồng", 7200000000, "đồng"), Q("hơn 900 triệu đồng", 900000000, "đồng", "over"),
 Q("7 triệu đồng", 7000000, "đồng"), Q("khoảng 60 lao động nữ", 60, "lao động nữ", "approx"),
 Q("4 tổ hợp tác", 4, "tổ hợp tác"), Q("126 ý tưởng, dự án khởi nghiệp", 126, "ý tưởng, dự án khởi nghiệp"),
 Q("10 phụ nữ tiêu biểu", 10, "phụ nữ tiêu biểu"), Q("2 kho lạnh", 2, "kho lạnh"), Q("1,8 tỷ đồng", 1800000000, "đồng"),
 Q("500 triệu đồng", 500000000, "đồng"), Q("73 hợp tác xã", 73, "hợp tác xã"), Q("214 tổ hợp tác", 214, "tổ hợp tác"),
 Q("29 hợp tác xã", 29, "hợp tác xã")],
[D("Quyết định", "939", "QĐ-TTg", "2017-06-30", "Thủ tướng Chính phủ", "Quyết định số 939/QĐ-TTg ngày 30/6/2017")],
[prov("Bình Dương"), com("Tân Mỹ")],
["Báo Bình Dương Online", "Kinh tế > Doanh nghiệp - Doanh nhân",
 "Bà Võ Thị Mỹ Duyên (giữa) giới thiệu sản phẩm của hợp tác xã với đoàn công tác Hội LHPN tỉnh.",
 "Hợp tác xã Nông nghiệp Tân Mỹ", "Luật Hợp tác xã năm 2012", "VietGAP", "Quỹ hỗ trợ phụ nữ phát triển kinh tế"],
["Thứ Năm, 12/09/2019", "6 năm", "năm 2013", "Năm 2016", "năm 2018", "1 trong 10", "giai đoạn 2017 - 2025"]))

PAGES.append(page("b1646-hoabinh-hlphn-baocao-2020", """
HỘI LHPN TỈNH HÒA BÌNH
Trang chủ - Tin tức - Tin hoạt động
21.12.2020 | 15:10
Hội LHPN tỉnh báo cáo Thường trực Tỉnh ủy kết quả công tác Hội năm 2020
Ngày 18/12/2020, Đảng đoàn Hội LHPN tỉnh Hòa Bình đã có buổi báo cáo với Thường trực Tỉnh ủy về kết quả thực hiện công tác Hội và phong trào phụ nữ năm 2020, phương hướng nhiệm vụ năm 2021. Tiếp và làm việc với đoàn có đồng chí Trần Đăng Ninh, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh; đồng chí Bùi Văn Cửu, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Đồng chí Bùi Thị Mai Dung, Bí thư Đảng đoàn, Chủ tịch Hội LHPN tỉnh báo cáo: năm 2020, dù chịu ảnh hưởng của dịch Covid-19, các cấp Hội vẫn hoàn thành và vượt 12/12 chỉ tiêu thi đua. Toàn tỉnh phát triển mới 2.106 hội viên; tổ chức 1.930 buổi sinh hoạt chuyên đề với 58.000 lượt hội viên tham gia. Hội đã hỗ trợ 32 ý tưởng khởi nghiệp của phụ nữ, thành lập 6 hợp tác xã và 41 tổ hợp tác, tổ liên kết do phụ nữ quản lý.
Dư nợ ủy thác của Hội qua Ngân hàng Chính sách xã hội đạt 982,6 tỷ đồng, chiếm 36,8% dư nợ toàn tỉnh, với 24.715 hộ vay; nguồn vốn tiết kiệm của hội viên đạt 61 tỷ đồng. Trong đợt dịch, các cấp Hội vận động được 3.450 suất quà, trị giá khoảng 1,2 tỷ đồng hỗ trợ phụ nữ, trẻ em có hoàn cảnh khó khăn; trao 27 "Mái ấm tình thương" và 2 "Mái ấm cho em".
Về công tác tham gia xây dựng Đảng, Hội đã giới thiệu 418 hội viên ưu tú cho tổ chức đảng xem xét, trong đó 305 chị được kết nạp vào Đảng. Tỷ lệ nữ tham gia cấp ủy các cấp nhiệm kỳ 2020 - 2025 đạt 17,4%, tăng 2,1% so với nhiệm kỳ trước. Hội cũng triển khai Nghị quyết số 04-NQ/ĐĐ của Đảng đoàn Hội LHPN tỉnh về nâng cao chất lượng hoạt động của chi hội phụ nữ vùng đồng bào Mường, Dao.
Bà Đinh Thị Thuận, Phó Chủ tịch Hội LHPN tỉnh bổ sung, năm 2021 Hội dự kiến triển khai Kế hoạch số 186-KH/TU của Tỉnh ủy thực hiện Kết luận số 80-KL/TW của Ban Bí thư về công tác Hội, trọng tâm là hỗ trợ 400 phụ nữ dân tộc thiểu số khởi nghiệp, xây dựng 20 mô hình chuỗi giá trị cam, bưởi, măng.
Kết luận buổi làm việc, đồng chí Trần Đăng Ninh đánh giá cao kết quả của Hội và đề nghị Hội chú trọng đổi mới nội dung, phương thức hoạt động, chủ động tham mưu cấp ủy trong công tác cán bộ nữ, chuẩn bị tốt cho bầu cử đại biểu Quốc hội và HĐND các cấp nhiệm kỳ 2021 - 2026. Đồng chí Bùi Văn Cửu đề nghị Hội phối hợp chặt chẽ với Mặt trận trong các hoạt động an sinh xã hội dịp Tết Nguyên đán Tân Sửu.
Hải Yến
Lượt xem: 406
Tin khác
- Phụ nữ Lạc Sơn với mô hình trồng cam xen sả (10/12/2020)
- Tập huấn cán bộ Hội cơ sở năm 2020 (02/12/2020)
- Trao 5 mái ấm tình thương tại Đà Bắc (25/11/2020)
""", "2020-12-21", "Hội LHPN tỉnh báo cáo Thường trực Tỉnh ủy kết quả công tác Hội năm 2020",
E("bao_cao", "2020", "2020-12-18"),
[P("Trần Đăng Ninh", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Bùi Văn Cửu", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Bùi Thị Mai Dung", "Bí thư Đảng đoàn", "Chủ tịch Hội LHPN tỉnh"),
 P("Đinh Thị Thuận", "Phó Chủ tịch Hội LHPN tỉnh")],
[Q("12/12 chỉ tiêu thi đua", 12, "chỉ tiêu thi đua"), Q("2.106 hội viên", 2106, "hội viên"),
 Q("1.930 buổi sinh hoạt chuyên đề", 1930, "buổi sinh hoạt chuyên đề"), Q("58.000 lượt hội viên", 58000, "lượt hội viên"),
 Q("32 ý tưởng khởi nghiệp", 32, "ý tưởng khởi nghiệp"), Q("6 hợp tác xã", 6, "hợp tác xã"),
 Q("41 tổ hợp tác, tổ liên kết", 41, "tổ hợp tác, tổ liên kết"), Q("982,6 tỷ đồng", 982600000000, "đồng"), Q("36,8%", 36.8, "%"),
 Q("24.715 hộ vay", 24715, "hộ vay"), Q("61 tỷ đồng", 61000000000, "đồng"), Q("3.450 suất quà", 3450, "suất quà"),
 Q("khoảng 1,2 tỷ đồng", 1200000000, "đồng", "approx"), Q('27 "Mái ấm tình thương"', 27, "Mái ấm tình thương"),
 Q('2 "Mái ấm cho em"', 2, "Mái ấm cho em"), Q("418 hội viên ưu tú", 418, "hội viên ưu tú"), Q("305 chị", 305, "chị"),
 Q("17,4%", 17.4, "%"), Q("2,1%", 2.1, "%"), Q("400 phụ nữ dân tộc thiểu số", 400, "phụ nữ dân tộc thiểu số"),
 Q("20 mô hình chuỗi giá trị", 20, "mô hình chuỗi giá trị")],
[D("Nghị quyết", "04", "NQ/ĐĐ", None, "Đảng đoàn Hội LHPN tỉnh", "Nghị quyết số 04-NQ/ĐĐ"),
 D("Kế hoạch", "186", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 186-KH/TU"),
 D("Kết luận", "80", "KL/TW", None, "Ban Bí thư", "Kết luận số 80-KL/TW")],
[prov("Hòa Bình")],
["HỘI LHPN TỈNH HÒA BÌNH", "Trang chủ - Tin tức - Tin hoạt động", "Mái ấm tình thương", "Mái ấm cho em", "Lượt xem: 406",
 "Covid-19", "Tết Nguyên đán Tân Sửu"],
["21.12.2020 | 15:10", "năm 2020", "năm 2021", "nhiệm kỳ 2020 - 2025", "nhiệm kỳ 2021 - 2026", "Covid-19", "Lượt xem: 406"]))

PAGES.append(page("b1647-kiengiang-tinhdoan-tuyenduong-2021", """
BÁO KIÊN GIANG ONLINE
Chính trị - Xã hội › Đoàn - Hội
Thứ Sáu, 17/12/2021, 08:05
Ảnh: Các gương thanh niên tiêu biểu nhận bằng khen.
Tuyên dương 45 thanh niên tình nguyện tiêu biểu trong phòng, chống dịch Covid-19
(BKG) - Chiều 16/12, Ban Thường vụ Tỉnh đoàn Kiên Giang tổ chức hội nghị tuyên dương thanh niên tình nguyện tiêu biểu năm 2021 và tổng kết Chương trình "Tiếp sức tuyến đầu chống dịch". Dự hội nghị có đồng chí Mai Văn Huỳnh, Phó Bí thư Thường trực Tỉnh ủy; đồng chí Nguyễn Thanh Phong, Bí thư Tỉnh đoàn.
Năm 2021, các cấp bộ Đoàn đã huy động 12.680 lượt đoàn viên, thanh niên tham gia hỗ trợ lực lượng tuyến đầu tại các chốt kiểm soát, khu cách ly, điểm tiêm chủng; thành lập 146 đội hình thanh niên tình nguyện, 98 "Tổ Covid cộng đồng thanh niên". Tổng giá trị các phần việc, quà hỗ trợ người dân gặp khó khăn do dịch ước tính hơn 14,3 tỷ đồng, trong đó có 52.000 phần quà, 410 tấn nông sản, 36 "ATM gạo" và 27 "Siêu thị 0 đồng".
Bên cạnh đó, Tỉnh đoàn phối hợp với Ngân hàng Chính sách xã hội triển khai cho vay theo Nghị quyết số 68/NQ-CP ngày 1/7/2021 của Chính phủ và Quyết định số 23/2021/QĐ-TTg của Thủ tướng Chính phủ; 164 thanh niên bị ảnh hưởng được vay vốn với tổng số tiền 5,9 tỷ đồng để khôi phục sản xuất. Thông qua Quỹ "Hỗ trợ thanh niên khởi nghiệp" của tỉnh, 12 dự án của thanh niên được hỗ trợ, mỗi dự án 30 triệu đồng.
Hội nghị đã nghe chia sẻ của anh Danh Sô Phên, Phó Bí thư Đoàn xã Mỹ Lâm, huyện Hòn Đất, người tham gia 72 ngày trực chốt kiểm dịch; chị Thạch Thị Kim Hằng, điều dưỡng Trung tâm Y tế thành phố Rạch Giá, tình nguyện vào vùng dịch Thành phố Hồ Chí Minh hơn 2 tháng.
Phát biểu tại hội nghị, đồng chí Mai Văn Huỳnh biểu dương tinh thần xung kích của tuổi trẻ Kiên Giang và đề nghị các cấp bộ Đoàn tiếp tục thực hiện Chỉ thị số 15-CT/TU ngày 10/8/2021 của Ban Thường vụ Tỉnh ủy về tăng cường công tác phòng, chống dịch trong tình hình mới, chuẩn bị tổ chức Đại hội Đoàn các cấp nhiệm kỳ 2022 - 2027.
Dịp này, Trung ương Đoàn tặng Bằng khen cho 3 tập thể và 7 cá nhân; Ban Thường vụ Tỉnh đoàn tặng Bằng khen cho 45 cá nhân là thanh niên tình nguyện tiêu biểu, mỗi cá nhân kèm theo 1 triệu đồng tiền thưởng.
Đồng chí Nguyễn Thanh Phong cho biết, năm 2022 Tỉnh đoàn sẽ triển khai Kế hoạch số 74-KH/TĐTN-PTTN về chương trình tình nguyện vì cộng đồng, phấn đấu mỗi cơ sở Đoàn thực hiện ít nhất 1 công trình thanh niên.
Thanh Hoa
Lượt xem: 728
Tin liên quan
- Phú Quốc: Ra mắt đội hình thanh niên hỗ trợ du khách (10/12/2021)
- Tỉnh đoàn trao 500 phần quà cho công nhân về quê (01/12/2021)
- Tuổi trẻ Kiên Lương hiến máu tình nguyện (24/11/2021)
""", "2021-12-17", "Tuyên dương 45 thanh niên tình nguyện tiêu biểu trong phòng, chống dịch Covid-19",
E("hoi_nghi", "2021", "2021-12-16"),
[P("Mai Văn Huỳnh", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Nguyễn Thanh Phong", "Bí thư Tỉnh đoàn"),
 P("Danh Sô Phên", "Phó Bí thư Đoàn xã Mỹ Lâm"),
 P("Thạch Thị Kim Hằng", "điều dưỡng Trung tâm Y tế thành phố Rạch Giá")],
[ Q("12.680 lượt đoàn viên, thanh niên", 12680, "lượt đoàn viên, thanh niên"),
 Q("146 đội hình thanh niên tình nguyện", 146, "đội hình thanh niên tình nguyện"),
 Q('98 "Tổ Covid cộng đồng thanh niên"', 98, "Tổ Covid cộng đồng thanh niên"),
 Q("hơn 14,3 tỷ đồng", 14300000000, "đồng", "over"), Q("52.000 phần quà", 52000, "phần quà"), Q("410 tấn", 410, "tấn"),
 Q('36 "ATM gạo"', 36, "ATM gạo"), Q('27 "Siêu thị 0 đồng"', 27, "Siêu thị 0 đồng"),
 Q("164 thanh niên", 164, "thanh niên"), Q("5,9 tỷ đồng", 5900000000, "đồng"), Q("12 dự án", 12, "dự án"),
 Q("30 triệu đồng", 30000000, "đồng"), Q("3 tập thể", 3, "tập thể"), Q("7 cá nhân", 7, "cá nhân"), Q("45 cá nhân", 45, "cá nhân"),
 Q("1 triệu đồng", 1000000, "đồng")],
[D("Nghị quyết", "68", "NQ-CP", "2021-07-01", "Chính phủ", "Nghị quyết số 68/NQ-CP ngày 1/7/2021"),
 D("Quyết định", "23", "2021/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 23/2021/QĐ-TTg"),
 D("Chỉ thị", "15", "CT/TU", "2021-08-10", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 15-CT/TU ngày 10/8/2021"),
 D("Kế hoạch", "74", "KH/TĐTN-PTTN", None, None, "Kế hoạch số 74-KH/TĐTN-PTTN")],
[prov("Kiên Giang"), com("Mỹ Lâm"), prov("Thành phố Hồ Chí Minh")],
["BÁO KIÊN GIANG ONLINE", "Chính trị - Xã hội › Đoàn - Hội", "Ảnh: Các gương thanh niên tiêu biểu nhận bằng khen.", "(BKG)",
 "Tiếp sức tuyến đầu chống dịch", "Hỗ trợ thanh niên khởi nghiệp", "Lượt xem: 728", "Covid-19"],
["Thứ Sáu, 17/12/2021, 08:05", "năm 2021", "72 ngày", "hơn 2 tháng", "nhiệm kỳ 2022 - 2027", "năm 2022", "Siêu thị 0 đồng",
 "1 công trình", "Covid-19"]))

PAGES.append(page("b1648-yenbai-daihoi-doan-2022", """
Cổng thông tin điện tử Tỉnh đoàn Yên Bái
Trang chủ » Tin tức » Đại hội Đoàn các cấp
Cập nhật lúc 17:20 ngày 26/08/2022
Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh Yên Bái lần thứ XVIII, nhiệm kỳ 2022 - 2027
Ban Chấp hành Tỉnh đoàn khóa XVIII ra mắt đại hội.
Trong 2 ngày 25 - 26/8/2022, Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh Yên Bái lần thứ XVIII, nhiệm kỳ 2022 - 2027 đã diễn ra với sự tham dự của 250 đại biểu chính thức, đại diện cho hơn 52.000 đoàn viên trong toàn tỉnh. Dự đại hội có đồng chí Nguyễn Minh Triết, Bí thư Trung ương Đoàn, Chủ tịch Hội Sinh viên Việt Nam; đồng chí Đỗ Đức Duy, Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh.
Nhiệm kỳ 2017 - 2022, tổ chức Đoàn và phong trào thanh thiếu nhi của tỉnh đạt nhiều kết quả nổi bật, 18/20 chỉ tiêu đạt và vượt. Các cấp bộ Đoàn đã thực hiện 1.260 công trình, phần việc thanh niên, tổng trị giá gần 48 tỷ đồng; hỗ trợ 3.542 thanh niên vay vốn với dư nợ 126 tỷ đồng; xây dựng 215 mô hình thanh niên phát triển kinh tế, trong đó có 34 hợp tác xã do thanh niên làm chủ. Phong trào "Thanh niên tình nguyện" với chiến dịch "Mùa hè xanh" đã xây dựng 37 nhà nhân đạo, 19 "Ngôi nhà khăn quàng đỏ".
Đại hội đã thảo luận các giải pháp thực hiện Kết luận số 80-KL/TW của Ban Bí thư về tiếp tục thực hiện Chỉ thị số 42-CT/TW của Bộ Chính trị về tăng cường sự lãnh đạo của Đảng đối với công tác giáo dục lý tưởng cách mạng, đạo đức, lối sống văn hóa cho thế hệ trẻ giai đoạn 2015 - 2030 và Nghị quyết số 28-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về thanh niên khởi nghiệp vùng cao.
Đại hội đã bầu Ban Chấp hành Tỉnh đoàn khóa XVIII gồm 38 đồng chí. Đồng chí Hoàng Thị Thu Hương, Bí thư Tỉnh đoàn khóa XVII được bầu lại giữ chức Bí thư Tỉnh đoàn khóa XVIII. Các đồng chí: Giàng A Tông, Nguyễn Văn Quý được bầu giữ chức Phó Bí thư Tỉnh đoàn. Đại hội cũng bầu 9 đại biểu đi dự Đại hội đại biểu toàn quốc Đoàn TNCS Hồ Chí Minh lần thứ XII.
Phát biểu chỉ đạo, đồng chí Đỗ Đức Duy yêu cầu Tỉnh đoàn phấn đấu trong nhiệm kỳ tới hỗ trợ ít nhất 500 dự án khởi nghiệp, giới thiệu việc làm cho 15.000 thanh niên. Đồng chí Nguyễn Minh Triết đề nghị Đoàn thanh niên Yên Bái tiên phong chuyển đổi số, phát triển sản phẩm OCOP của thanh niên vùng cao Mù Cang Chải, Trạm Tấu.
Tại đại hội, Tỉnh đoàn trao tặng 10 suất học bổng, mỗi suất 2 triệu đồng cho học sinh dân tộc Mông vượt khó học giỏi.
Thanh Thủy
Lượt xem: 1.145
Tin khác
- Đại hội Đoàn huyện Văn Chấn nhiệm kỳ 2022 - 2027 (10/08/2022)
- 14 đại biểu dự Hội nghị điển hình thanh niên tiên tiến (02/08/2022)
- Ra quân chiến dịch thanh niên tình nguyện hè năm 2022 (30/06/2022)
""", "2022-08-26", "Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh Yên Bái lần thứ XVIII, nhiệm kỳ 2022 - 2027",
E("dai_hoi", None, "2022-08-25"),
[P("Nguyễn Minh Triết", "Bí thư Trung ương Đoàn", "Chủ tịch Hội Sinh viên Việt Nam"),
 P("Đỗ Đức Duy", "Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng", "Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Hoàng Thị Thu Hương", "Bí thư Tỉnh đoàn khóa XVII", "Bí thư Tỉnh đoàn khóa XVIII"),
 P("Giàng A Tông", "Phó Bí thư Tỉnh đoàn"),
 P("Nguyễn Văn Quý", "Phó Bí thư Tỉnh đoàn")],
[Q("250 đại biểu chính thức", 250, "đại biểu chính thức"), Q("hơn 52.000 đoàn viên", 52000, "đoàn viên", "over"),
 Q("18/20 chỉ tiêu", 18, "chỉ tiêu"), Q("1.260 công trình, phần việc thanh niên", 1260, "công trình, phần việc thanh niên"),
 Q("gần 48 tỷ đồng", 48000000000, "đồng", "approx"), Q("3.542 thanh niên", 3542, "thanh niên"),
 Q("126 tỷ đồng", 126000000000, "đồng"), Q("215 mô hình thanh niên phát triển kinh tế", 215, "mô hình thanh niên phát triển kinh tế"),
 Q("34 hợp tác xã", 34, "hợp tác xã"), Q("37 nhà nhân đạo", 37, "nhà nhân đạo"),
 Q('19 "Ngôi nhà khăn quàng đỏ"', 19, "Ngôi nhà khăn quàng đỏ"), Q("38 đồng chí", 38, "đồng chí"),
 Q("9 đại biểu", 9, "đại biểu"), Q("ít nhất 500 dự án khởi nghiệp", 500, "dự án khởi nghiệp", "over"),
 Q("15.000 thanh niên", 15000, "thanh niên"), Q("10 suất học bổng", 10, "suất học bổng"), Q("2 triệu đồng", 2000000, "đồng")],
[D("Kết luận", "80", "KL/TW", None, "Ban Bí thư", "Kết luận số 80-KL/TW"),
 D("Chỉ thị", "42", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 42-CT/TW"),
 D("Nghị quyết", "28", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 28-NQ/TU")],
[prov("Yên Bái")],
["Cổng thông tin điện tử Tỉnh đoàn Yên Bái", "Trang chủ » Tin tức » Đại hội Đoàn các cấp",
 "Ban Chấp hành Tỉnh đoàn khóa XVIII ra mắt đại hội.", "Thanh niên tình nguyện", "Mùa hè xanh", "OCOP", "Lượt xem: 1.145"],
["Cập nhật lúc 17:20 ngày 26/08/2022", "lần thứ XVIII", "nhiệm kỳ 2022 - 2027", "Nhiệm kỳ 2017 - 2022", "2 ngày",
 "giai đoạn 2015 - 2030", "38 đồng chí", "lần thứ XII", "Lượt xem: 1.145"]))
