"""holdout30 batch2: b683-b688 (Bình Dương 2015, Phú Yên 2015, Sơn La 2016, Gia Lai 2017, Bạc Liêu 2017, Vĩnh Phúc 2018)."""
from lib import Q, D, P, page, E, prov, com

PAGES = []

# ---------------------------------------------------------------- b683
PAGES.append(page(
    "b683-binhduong-ldld-doithoai-2015",
    """
BÁO BÌNH DƯƠNG ONLINE
Trang chủ › Công đoàn › Chăm lo người lao động
Thứ Bảy, 15/8/2015, 10:20 (GMT+7)
Công nhân hỏi, lãnh đạo tỉnh trả lời
(BDO) Sáng 14/8, tại Nhà Văn hóa lao động tỉnh, Liên đoàn Lao động (LĐLĐ) tỉnh phối hợp với UBND tỉnh tổ chức chương trình đối thoại giữa lãnh đạo tỉnh với đoàn viên, công nhân lao động năm 2015. Gần 500 công nhân đại diện cho hơn 900.000 người lao động đang làm việc tại các khu, cụm công nghiệp trên địa bàn tỉnh Bình Dương đã tham dự.
Công nhân đặt câu hỏi tại chương trình đối thoại. Ảnh: Quang Tám
Chủ trì chương trình có ông Phạm Hữu Lộc, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; bà Nguyễn Thị Kim Oanh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; ông Huỳnh Ngọc Trí, Chủ tịch LĐLĐ tỉnh. Cùng trả lời ý kiến của công nhân có ông Lê Văn Thành, Giám đốc Sở Lao động - Thương binh và Xã hội, và bà Đoàn Thị Mỹ Dung, Phó Giám đốc Bảo hiểm xã hội tỉnh.
Mở đầu, ông Huỳnh Ngọc Trí cho biết, thực hiện Chỉ thị số 22-CT/TW ngày 05/6/2008 của Ban Bí thư về tăng cường công tác lãnh đạo, chỉ đạo việc xây dựng quan hệ lao động hài hòa, ổn định và tiến bộ trong doanh nghiệp, từ đầu năm đến nay các cấp công đoàn đã tổ chức 236 cuộc đối thoại tại doanh nghiệp, ký mới 418 bản thỏa ước lao động tập thể. Số vụ ngừng việc tập thể giảm còn 41 vụ, bằng 65% so với cùng kỳ năm 2014.
Chị Lò Thị Hương, quê Sơn La, làm việc tại một công ty giày da ở phường Bình Hòa, hỏi: "Lương cơ bản của em là 3.100.000 đồng/tháng, trừ tiền phòng trọ từ 800.000 đến 1,2 triệu đồng thì gần như không dư. Bao giờ công nhân mới mua được nhà ở xã hội?". Trả lời, ông Phạm Hữu Lộc cho biết mức lương tối thiểu vùng I được áp dụng theo Nghị định số 103/2014/NĐ-CP của Chính phủ; tỉnh đang triển khai Kế hoạch số 2719/KH-UBND về phát triển nhà ở xã hội cho công nhân, giá bán từ 155 triệu đồng/căn, cho trả góp trong 10 năm.
Nhiều công nhân thắc mắc về việc nhận bảo hiểm xã hội một lần theo Điều 60 của Luật Bảo hiểm xã hội năm 2014. Bà Đoàn Thị Mỹ Dung giải thích, theo Nghị quyết số 93/2015/QH13 ngày 22/6/2015 của Quốc hội, người lao động vẫn được lựa chọn nhận bảo hiểm xã hội một lần hoặc bảo lưu thời gian đóng. "Chúng tôi khuyên anh chị em cân nhắc kỹ, vì bảo lưu là giữ quyền hưởng lương hưu sau này", bà Dung nói.
Anh Thạch Văn Sang, người Khmer quê Sóc Trăng, Tổ trưởng Công đoàn Công ty TNHH Điện tử Việt Tân (xã Tân Định), đề nghị có thêm nhà trẻ cho con công nhân làm ca đêm. Bà Nguyễn Thị Kim Oanh ghi nhận và giao LĐLĐ tỉnh phối hợp khảo sát, báo cáo Ban Thường vụ Tỉnh ủy trong quý IV.
Tại chương trình, 62 ý kiến được nêu, trong đó 47 ý kiến được trả lời trực tiếp, số còn lại được chuyển đến các sở, ngành trả lời bằng văn bản. Phát biểu kết thúc, ông Phạm Hữu Lộc khẳng định: "Công nhân là lực lượng làm ra của cải cho tỉnh. Tỉnh sẽ làm đến nơi đến chốn những gì đã hứa hôm nay, và năm sau công nhân sẽ hỏi lại, lãnh đạo tỉnh sẽ báo cáo lại".
Nhân dịp này, LĐLĐ tỉnh trao 20 "Mái ấm công đoàn" cho công nhân khó khăn về nhà ở, mỗi căn được hỗ trợ 35 triệu đồng, và trao Bằng khen cho 12 công nhân giỏi, sáng tạo tiêu biểu năm 2015.
Quang Tám
Lượt xem: 3.482
Tin cùng chuyên mục
- LĐLĐ thị xã Thuận An ra mắt siêu thị công đoàn (10/08/2015)
- 300 công nhân được khám bệnh miễn phí (04/08/2015)
- Tuyên dương 150 công nhân giỏi, sáng tạo (28/07/2015)
""",
    "2015-08-15",
    "Công nhân hỏi, lãnh đạo tỉnh trả lời",
    E("doi_thoai", "2015", "2015-08-14"),
    [
        P("Phạm Hữu Lộc", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
        P("Nguyễn Thị Kim Oanh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
        P("Huỳnh Ngọc Trí", "Chủ tịch LĐLĐ tỉnh"),
        P("Lê Văn Thành", "Giám đốc Sở Lao động - Thương binh và Xã hội"),
        P("Đoàn Thị Mỹ Dung", "Phó Giám đốc Bảo hiểm xã hội tỉnh"),
        P("Lò Thị Hương"),
        P("Thạch Văn Sang", "Tổ trưởng Công đoàn Công ty TNHH Điện tử Việt Tân"),
    ],
    [
        Q("Gần 500 công nhân", 500, "công nhân", "approx"),
        Q("hơn 900.000 người lao động", 900000, "người lao động", "over"),
        Q("236 cuộc đối thoại", 236, "cuộc đối thoại"),
        Q("418 bản thỏa ước lao động tập thể", 418, "bản thỏa ước lao động tập thể"),
        Q("41 vụ", 41, "vụ"),
        Q("65%", 65, "%"),
        Q("3.100.000 đồng/tháng", 3100000, "đồng"),
        Q("từ 800.000 đến 1,2 triệu đồng", 800000, "đồng"),
        Q("từ 800.000 đến 1,2 triệu đồng", 1200000, "đồng"),
        Q("155 triệu đồng/căn", 155000000, "đồng"),
        Q("62 ý kiến", 62, "ý kiến"),
        Q("47 ý kiến", 47, "ý kiến"),
        Q("20 \"Mái ấm công đoàn\"", 20, "Mái ấm công đoàn"),
        Q("35 triệu đồng", 35000000, "đồng"),
        Q("12 công nhân giỏi, sáng tạo tiêu biểu", 12, "công nhân giỏi, sáng tạo tiêu biểu"),
    ],
    [
        D("Chỉ thị", "22", "CT/TW", "2008-06-05", "Ban Bí thư", "Chỉ thị số 22-CT/TW"),
        D("Nghị định", "103", "2014/NĐ-CP", None, "Chính phủ", "Nghị định số 103/2014/NĐ-CP"),
        D("Kế hoạch", "2719", "KH-UBND", None, None, "Kế hoạch số 2719/KH-UBND"),
        D("Nghị quyết", "93", "2015/QH13", "2015-06-22", "Quốc hội", "Nghị quyết số 93/2015/QH13"),
    ],
    [prov("Bình Dương"), prov("Sơn La"), prov("Sóc Trăng"), com("Bình Hòa"), com("Tân Định")],
    ["BÁO BÌNH DƯƠNG ONLINE", "Trang chủ › Công đoàn › Chăm lo người lao động",
     "Công nhân đặt câu hỏi tại chương trình đối thoại. Ảnh: Quang Tám", "Nhà Văn hóa lao động tỉnh",
     "Luật Bảo hiểm xã hội", "Sơn La", "Sóc Trăng", "Quang Tám", "Lượt xem: 3.482"],
    ["Thứ Bảy, 15/8/2015, 10:20 (GMT+7)", "năm 2015", "năm 2014", "Điều 60", "Luật Bảo hiểm xã hội năm 2014",
     "10 năm", "vùng I", "quý IV", "Lượt xem: 3.482"],
))

# ---------------------------------------------------------------- b684
PAGES.append(page(
    "b684-phuyen-ccb-tongket-2015",
    """
BÁO PHÚ YÊN ONLINE
Chính trị - Xã hội / Mặt trận - Đoàn thể
25/12/2015 14:30
Đại tá Trần Minh Quang, Chủ tịch Hội CCB tỉnh trao Bằng khen cho các tập thể. Ảnh: V.QUANG
Cựu chiến binh tiếp tục phát huy bản chất Bộ đội Cụ Hồ
Ngày 24/12, Hội Cựu chiến binh (CCB) tỉnh tổ chức hội nghị tổng kết công tác Hội và phong trào CCB năm 2015, triển khai phương hướng, nhiệm vụ năm 2016. Đại tá Trần Minh Quang, Chủ tịch Hội CCB tỉnh, chủ trì hội nghị. Dự hội nghị có ông Lê Văn Ngọc, Phó Bí thư Thường trực Tỉnh ủy, cùng 42 đồng chí là chủ tịch, phó chủ tịch hội CCB các huyện, thị xã, thành phố và đại diện các sở, ngành.
Năm 2015, Hội CCB tỉnh Phú Yên kết nạp 812 hội viên mới, nâng tổng số lên hơn 24.600 hội viên sinh hoạt ở 112 hội cơ sở. Các cấp hội tiếp tục thực hiện Chỉ thị số 03-CT/TW của Bộ Chính trị về đẩy mạnh học tập và làm theo tấm gương đạo đức Hồ Chí Minh, gắn với phong trào "Cựu chiến binh giúp nhau giảm nghèo, làm kinh tế giỏi"; phối hợp triển khai Nghị định 150/2006/NĐ-CP của Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều của Pháp lệnh Cựu chiến binh.
Toàn tỉnh hiện có 37 doanh nghiệp, 386 trang trại, gia trại do CCB làm chủ, giải quyết việc làm cho khoảng 5.200 lao động. Dư nợ vốn vay ủy thác qua Hội đạt 412 tỷ đồng với 1.136 hộ hội viên vay vốn, tỷ lệ nợ quá hạn chỉ 0,2%. Quỹ "Nghĩa tình đồng đội" các cấp vận động được 1,26 tỷ đồng, xây mới 18 căn nhà cho hội viên khó khăn, mỗi căn trị giá 40 triệu đồng.
Các ông Nguyễn Thành Phước, Võ Văn Long - Phó Chủ tịch Hội CCB tỉnh, thay mặt Ban Thường vụ báo cáo các chuyên đề về công tác tổ chức và hoạt động kinh tế. Thượng tá Ksor Y Bhin, Phó Chủ tịch Hội CCB huyện Sông Hinh, chia sẻ kinh nghiệm vận động đồng bào Ê Đê, Chăm H'roi giữ đất, không bán đất sản xuất.
Hội nghị cũng thẳng thắn chỉ ra một số hạn chế: việc nắm tình hình tư tưởng hội viên ở một số cơ sở chưa kịp thời; phát triển hội viên trong khối doanh nghiệp ngoài nhà nước còn chậm; vẫn còn chi hội sinh hoạt chưa đều, nội dung sinh hoạt đơn điệu.
Phát biểu chỉ đạo, ông Lê Văn Ngọc đánh giá: "CCB là lực lượng chính trị tin cậy của cấp ủy. Ở đâu có vụ việc phức tạp, ở đó có CCB đi đầu vận động". Ông đề nghị năm 2016 Hội bám sát Kế hoạch số 27-KH/TU của Ban Thường vụ Tỉnh ủy về tuyên truyền cuộc bầu cử đại biểu Quốc hội và HĐND các cấp.
Dịp này, Trung ương Hội CCB Việt Nam tặng Bằng khen cho 2 tập thể, 4 cá nhân; UBND tỉnh tặng Bằng khen cho 8 tập thể, 15 cá nhân theo Quyết định số 2451/QĐ-UBND ngày 18/12/2015 của Chủ tịch UBND tỉnh.
Ông Đặng Văn Thới (xã An Mỹ, huyện Tuy An) là một trong 15 cá nhân được UBND tỉnh tặng Bằng khen. Bên lề hội nghị, phóng viên đã có cuộc trao đổi ngắn với ông.
PV: Thưa ông, trang trại của ông hiện có quy mô thế nào?
Ông Đặng Văn Thới: Tôi nuôi 60 con bò, 2 ha ao tôm, mỗi năm trừ chi phí còn lãi khoảng 450 triệu đồng. Trang trại tạo việc làm cho 9 lao động, phần lớn là con em đồng đội.
PV: Ông đã giúp đồng đội thế nào?
Ông Đặng Văn Thới: Tôi cho 6 hội viên nghèo mượn bò giống, không tính lãi, bò đẻ thì trả lại con đầu. Lính với nhau, mình khá lên thì phải kéo anh em cùng lên.
V.QUANG
Tin liên quan
- Hội CCB Đồng Xuân ra mắt câu lạc bộ "CCB làm kinh tế giỏi" (18/12/2015)
- Trao 5 nhà "Nghĩa tình đồng đội" tại Sơn Hòa (09/12/2015)
- CCB Tuy Hòa tham gia giữ gìn vệ sinh môi trường (30/11/2015)
""",
    "2015-12-25",
    "Cựu chiến binh tiếp tục phát huy bản chất Bộ đội Cụ Hồ",
    E("tong_ket", "2015", "2015-12-24"),
    [
        P("Trần Minh Quang", "Đại tá", "Chủ tịch Hội CCB tỉnh"),
        P("Lê Văn Ngọc", "Phó Bí thư Thường trực Tỉnh ủy"),
        P("Nguyễn Thành Phước", "Phó Chủ tịch Hội CCB tỉnh"),
        P("Võ Văn Long", "Phó Chủ tịch Hội CCB tỉnh"),
        P("Ksor Y Bhin", "Thượng tá", "Phó Chủ tịch Hội CCB huyện Sông Hinh"),
        P("Đặng Văn Thới"),
    ],
    [
        Q("42 đồng chí", 42, "đồng chí"),
        Q("812 hội viên mới", 812, "hội viên mới"),
        Q("hơn 24.600 hội viên", 24600, "hội viên", "over"),
        Q("112 hội cơ sở", 112, "hội cơ sở"),
        Q("37 doanh nghiệp", 37, "doanh nghiệp"),
        Q("386 trang trại, gia trại", 386, "trang trại, gia trại"),
        Q("khoảng 5.200 lao động", 5200, "lao động", "approx"),
        Q("412 tỷ đồng", 412000000000, "đồng"),
        Q("1.136 hộ hội viên", 1136, "hộ hội viên"),
        Q("0,2%", 0.2, "%"),
        Q("1,26 tỷ đồng", 1260000000, "đồng"),
        Q("18 căn nhà", 18, "căn nhà"),
        Q("40 triệu đồng", 40000000, "đồng"),
        Q("2 tập thể", 2, "tập thể"),
        Q("4 cá nhân", 4, "cá nhân"),
        Q("8 tập thể", 8, "tập thể"),
        Q("15 cá nhân", 15, "cá nhân"),
        Q("60 con bò", 60, "con bò"),
        Q("2 ha", 2, "ha"),
        Q("khoảng 450 triệu đồng", 450000000, "đồng", "approx"),
        Q("9 lao động", 9, "lao động"),
        Q("6 hội viên nghèo", 6, "hội viên nghèo"),
    ],
    [
        D("Chỉ thị", "03", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 03-CT/TW"),
        D("Nghị định", "150", "2006/NĐ-CP", None, "Chính phủ", "Nghị định 150/2006/NĐ-CP"),
        D("Kế hoạch", "27", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 27-KH/TU"),
        D("Quyết định", "2451", "QĐ-UBND", "2015-12-18", "Chủ tịch UBND tỉnh", "Quyết định số 2451/QĐ-UBND"),
    ],
    [prov("Phú Yên"), com("An Mỹ")],
    ["BÁO PHÚ YÊN ONLINE", "Chính trị - Xã hội / Mặt trận - Đoàn thể",
     "Đại tá Trần Minh Quang, Chủ tịch Hội CCB tỉnh trao Bằng khen cho các tập thể. Ảnh: V.QUANG",
     "Bộ đội Cụ Hồ", "Cựu chiến binh giúp nhau giảm nghèo, làm kinh tế giỏi", "Nghĩa tình đồng đội",
     "Pháp lệnh Cựu chiến binh", "Chăm H'roi", "V.QUANG", "PV:"],
    ["25/12/2015 14:30", "Năm 2015", "năm 2015", "năm 2016", "42 đồng chí"],
))

# ---------------------------------------------------------------- b685
PAGES.append(page(
    "b685-sonla-bdv-soket-2016",
    """
BÁO SƠN LA
Trang chủ » Chính trị » Xây dựng Đảng
Thứ Bảy, 9/7/2016, 06:45
Công tác dân vận góp phần ổn định đời sống vùng tái định cư
Sáng 8/7, Ban Dân vận Tỉnh ủy tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2016. Đồng chí Quàng Văn Thẳm, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh dự và chỉ đạo hội nghị; đồng chí Lò Mai Kiên, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Đồng chí Lò Mai Kiên phát biểu khai mạc hội nghị.
6 tháng đầu năm, Ban Dân vận các cấp trong tỉnh Sơn La tham mưu cấp ủy quán triệt Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; phối hợp với Ủy ban MTTQ, các đoàn thể thực hiện Quyết định 217, 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị về giám sát, phản biện xã hội và góp ý xây dựng Đảng, xây dựng chính quyền. Khối dân vận các cấp đã vận động nhân dân tham gia cuộc bầu cử đại biểu Quốc hội khóa XIV và HĐND các cấp nhiệm kỳ 2016 - 2021 với tỷ lệ cử tri đi bầu đạt 99,62%.
Tại các điểm tái định cư thủy điện Sơn La, công tác dân vận tập trung giải quyết các kiến nghị về đất sản xuất, nước sinh hoạt. Đến nay, 12.584 hộ tái định cư đã cơ bản ổn định cuộc sống; tỉnh đã giải quyết 236/251 kiến nghị của nhân dân. Thực hiện đề án số 03-ĐA/TU của Tỉnh ủy về củng cố hệ thống chính trị cơ sở, các xã đã kiện toàn 84 ban công tác Mặt trận bản; phong trào thi đua "Dân vận khéo" có thêm 317 mô hình mới.
Thảo luận tại hội nghị, đồng chí Tòng Thị Hạnh, HUV, Trưởng Ban Dân vận Huyện ủy Quỳnh Nhai, cho biết: "Bà con tái định cư ở Quỳnh Nhai đã chuyển sang nuôi cá lồng trên lòng hồ, toàn huyện có hơn 1.500 lồng cá, thu nhập mỗi lồng từ 30 đến 50 triệu đồng/năm. Dân có thu nhập thì dân yên tâm, không còn đơn thư kéo dài". Đồng chí Mùa A Sình, Bí thư Đảng ủy xã Chiềng Khoang, nêu khó khăn về đường vào bản của đồng bào Mông.
Ông Lò Văn Ín, người Xinh Mun ở bản Nà Lốc, xã Chiềng Ơn, người có uy tín được mời dự hội nghị, phát biểu bằng tiếng phổ thông còn ngập ngừng: "Trước đây có người lạ vào bản nói đi theo đạo thì được cho tiền. Cán bộ xã, cán bộ huyện lên giải thích, bà con hiểu rồi, không ai theo nữa".
Hội nghị cũng chỉ ra hạn chế: một số cấp ủy cơ sở chưa quan tâm đúng mức đến công tác dân vận; việc nắm tình hình ở vùng sâu, vùng xa có lúc chưa kịp thời; đội ngũ cán bộ dân vận cấp xã còn thiếu, phần lớn kiêm nhiệm nhiều việc, ít người biết tiếng dân tộc.
Phát biểu chỉ đạo, đồng chí Quàng Văn Thẳm yêu cầu: "6 tháng cuối năm, công tác dân vận phải đi trước một bước trong giải phóng mặt bằng các dự án thủy điện nhỏ và dự án đường cao tốc; cán bộ phải đến tận bản, nói bằng tiếng của đồng bào". Đồng chí giao Ban Dân vận Tỉnh ủy hướng dẫn các huyện triển khai Kế hoạch số 14-KH/BDVTU về công tác dân vận ở vùng đồng bào Mông.
Dịp này, Ban Dân vận Tỉnh ủy tặng Giấy khen cho 7 tập thể, 12 cá nhân có thành tích trong phong trào thi đua "Dân vận khéo", trong đó có Ban Dân vận Huyện ủy Quỳnh Nhai, Đảng ủy xã Chiềng Ơn và các cá nhân: ông Lò Văn Ín, ông Cầm Văn Pịnh (xã Mường Giôn).
Hải Yến
Tin khác
- Mộc Châu: vận động nhân dân hiến đất làm đường (04/07/2016)
- Hội nghị giao ban khối dân vận quý II (28/06/2016)
- Sốp Cộp: ra mắt 12 mô hình "Dân vận khéo" (21/06/2016)
""",
    "2016-07-09",
    "Công tác dân vận góp phần ổn định đời sống vùng tái định cư",
    E("so_ket", "2016-H1", "2016-07-08"),
    [
        P("Quàng Văn Thẳm", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
        P("Lò Mai Kiên", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
        P("Tòng Thị Hạnh", "HUV", "Trưởng Ban Dân vận Huyện ủy Quỳnh Nhai"),
        P("Mùa A Sình", "Bí thư Đảng ủy xã Chiềng Khoang"),
        P("Lò Văn Ín"),
        P("Cầm Văn Pịnh"),
    ],
    [
        Q("99,62%", 99.62, "%"),
        Q("12.584 hộ tái định cư", 12584, "hộ tái định cư"),
        Q("236/251 kiến nghị", 236, "kiến nghị"),
        Q("84 ban công tác Mặt trận bản", 84, "ban công tác Mặt trận bản"),
        Q("317 mô hình mới", 317, "mô hình mới"),
        Q("hơn 1.500 lồng cá", 1500, "lồng cá", "over"),
        Q("từ 30 đến 50 triệu đồng/năm", 30000000, "đồng"),
        Q("từ 30 đến 50 triệu đồng/năm", 50000000, "đồng"),
        Q("7 tập thể", 7, "tập thể"),
        Q("12 cá nhân", 12, "cá nhân"),
    ],
    [
        D("Chỉ thị", "05", "CT/TW", "2016-05-15", "Bộ Chính trị", "Chỉ thị số 05-CT/TW"),
        D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW"),
        D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW"),
        D("Đề án", "03", "ĐA/TU", None, "Tỉnh ủy", "đề án số 03-ĐA/TU"),
        D("Kế hoạch", "14", "KH/BDVTU", None, None, "Kế hoạch số 14-KH/BDVTU"),
    ],
    [prov("Sơn La"), com("Chiềng Khoang"), com("Chiềng Ơn"), com("Mường Giôn")],
    ["BÁO SƠN LA", "Trang chủ » Chính trị » Xây dựng Đảng", "Đồng chí Lò Mai Kiên phát biểu khai mạc hội nghị.",
     "Dân vận khéo", "bản Nà Lốc", "Xinh Mun", "Hải Yến"],
    ["Thứ Bảy, 9/7/2016, 06:45", "6 tháng đầu năm", "6 tháng cuối năm 2016", "6 tháng cuối năm", "khóa XIV",
     "nhiệm kỳ 2016 - 2021"],
))

# ---------------------------------------------------------------- b686
PAGES.append(page(
    "b686-gialai-bdv-tongket-2017",
    """
Thứ Bảy, 30/12/2017
BÁO GIA LAI ĐIỆN TỬ
Chính trị / Dân vận
28/12/2017, 16:10
Triển khai nhiệm vụ công tác dân vận năm 2018
(GLO)- Chiều 27/12, Ban Dân vận Tỉnh ủy Gia Lai tổ chức hội nghị tổng kết công tác dân vận năm 2017 và triển khai nhiệm vụ năm 2018. Đồng chí Siu Y Lân, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị. Tham dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Nguyễn Văn Hòa, Rơ Mah H'Dên.
Các tập thể nhận Bằng khen của Chủ tịch UBND tỉnh. Ảnh: Hà Duy
Năm 2017, Ban Dân vận các cấp tham mưu thực hiện Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao chất lượng, hiệu quả công tác dân vận của cơ quan nhà nước, chính quyền các cấp và Chỉ thị số 49-CT/TU của Ban Thường vụ Tỉnh ủy về công tác vận động đồng bào dân tộc thiểu số theo đạo Tin Lành. Toàn tỉnh có 1.128 mô hình "Dân vận khéo"; 2.216 người có uy tín được bồi dưỡng, cung cấp thông tin. Nhân dân đóng góp hơn 86 tỷ đồng, hiến 42 ha đất xây dựng nông thôn mới; 26 xã đạt chuẩn nông thôn mới.
Công tác nắm tình hình vùng đồng bào dân tộc thiểu số được duy trì; không xảy ra điểm nóng. Các cấp đã vận động 318 hộ với 1.420 khẩu bỏ sinh hoạt đạo trái pháp luật, trở về sinh hoạt tôn giáo đúng quy định. Công tác dân vận của chính quyền có chuyển biến: việc tiếp công dân, đối thoại với nhân dân được người đứng đầu các địa phương quan tâm hơn; thủ tục hành chính ở bộ phận một cửa cấp xã được niêm yết công khai, có phiên dịch tiếng Jrai, Bahnar ở những nơi đông đồng bào.
Phát biểu tại hội nghị, Mục sư Ksor Y Khơn, Quản nhiệm Chi hội Tin Lành Plei Ơi (thị xã Ayun Pa), chia sẻ: "Chi hội luôn dạy tín đồ kính Chúa, yêu nước, sống tốt đời đẹp đạo. Năm nay chi hội có 46 gia đình tín đồ tham gia hiến đất làm đường". Ông Đinh Văn Brưk, Bí thư Chi bộ làng Kon Sơ Lăl, xã Hà Đông (huyện Đak Đoa), nói về cách đưa nghị quyết của Đảng đến với bà con Bahnar qua các buổi sinh hoạt cộng đồng ở nhà rông.
Kết luận hội nghị, đồng chí Siu Y Lân nhấn mạnh: "Năm 2018, mỗi cán bộ, đảng viên phải là một cán bộ dân vận; trước khi làm việc gì liên quan đến dân phải đi hỏi dân, bàn với dân". Đồng chí đề nghị các địa phương triển khai kế hoạch số 15, 16-KH/BDVTU về công tác dân vận năm 2018 và về xây dựng "xã, phường làm tốt công tác dân vận".
Dịp này, theo Quyết định số 1088/QĐ-UBND ngày 20/12/2017 của Chủ tịch UBND tỉnh, 8 tập thể và 11 cá nhân được tặng Bằng khen vì có thành tích xuất sắc trong phong trào thi đua "Dân vận khéo" giai đoạn 2015-2017; Ban Dân vận Tỉnh ủy tặng Giấy khen cho 16 tập thể, 23 cá nhân. Danh sách cá nhân nhận Bằng khen có: bà Puih H'Yun, Chủ tịch Hội LHPN xã Ia Dêr; ông Kpă Thiên, Trưởng thôn Plei Pa Pết, xã Ia Sao; Mục sư Ksor Y Khơn và ông Đinh Văn Brưk.
Sau lễ trao thưởng, bà Puih H'Yun cho biết: "Tôi được khen vì vận động 32 chị em bỏ tục làm nhà ma cho người chết ngoài rẫy. Bằng khen này là của cả chi hội, chị em sẽ làm tốt hơn nữa".
Cũng tại hội nghị, đồng chí Nguyễn Văn Hòa thông qua dự thảo quy chế phối hợp giữa Ban Dân vận Tỉnh ủy với Ban cán sự đảng UBND tỉnh.
Hà Duy
Lượt xem: 1.953
Tin liên quan
- Chư Sê: 23 hộ trở về sinh hoạt tôn giáo đúng quy định (20/12/2017)
- Giao ban khối dân vận quý IV (06/12/2017)
- Ia Grai tổng kết phong trào "Dân vận khéo" (29/11/2017)
""",
    "2017-12-28",
    "Triển khai nhiệm vụ công tác dân vận năm 2018",
    E("tong_ket", "2017", "2017-12-27"),
    [
        P("Siu Y Lân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
        P("Nguyễn Văn Hòa", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
        P("Rơ Mah H'Dên", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
        P("Ksor Y Khơn", "Mục sư", "Quản nhiệm Chi hội Tin Lành Plei Ơi"),
        P("Đinh Văn Brưk", "Bí thư Chi bộ làng Kon Sơ Lăl"),
        P("Puih H'Yun", "Chủ tịch Hội LHPN xã Ia Dêr"),
        P("Kpă Thiên", "Trưởng thôn Plei Pa Pết"),
    ],
    [
        Q("1.128 mô hình", 1128, "mô hình"),
        Q("2.216 người có uy tín", 2216, "người có uy tín"),
        Q("hơn 86 tỷ đồng", 86000000000, "đồng", "over"),
        Q("42 ha", 42, "ha"),
        Q("26 xã", 26, "xã"),
        Q("318 hộ", 318, "hộ"),
        Q("1.420 khẩu", 1420, "khẩu"),
        Q("46 gia đình tín đồ", 46, "gia đình tín đồ"),
        Q("8 tập thể", 8, "tập thể"),
        Q("11 cá nhân", 11, "cá nhân"),
        Q("16 tập thể", 16, "tập thể"),
        Q("23 cá nhân", 23, "cá nhân"),
        Q("32 chị em", 32, "chị em"),
    ],
    [
        D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW"),
        D("Chỉ thị", "49", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 49-CT/TU"),
        D("Kế hoạch", "15", "KH/BDVTU", None, None, "kế hoạch số 15, 16-KH/BDVTU"),
        D("Kế hoạch", "16", "KH/BDVTU", None, None, "kế hoạch số 15, 16-KH/BDVTU"),
        D("Quyết định", "1088", "QĐ-UBND", "2017-12-20", "Chủ tịch UBND tỉnh", "Quyết định số 1088/QĐ-UBND"),
    ],
    [prov("Gia Lai"), com("Hà Đông"), com("Ia Dêr"), com("Ia Sao")],
    ["Thứ Bảy, 30/12/2017", "BÁO GIA LAI ĐIỆN TỬ", "Chính trị / Dân vận",
     "Các tập thể nhận Bằng khen của Chủ tịch UBND tỉnh. Ảnh: Hà Duy", "Dân vận khéo", "Plei Ơi", "Kon Sơ Lăl",
     "Plei Pa Pết", "xã, phường làm tốt công tác dân vận", "Hà Duy", "Bahnar"],
    ["Thứ Bảy, 30/12/2017", "28/12/2017, 16:10", "Năm 2017", "năm 2017", "năm 2018", "Năm 2018", "giai đoạn 2015-2017",
     "Lượt xem: 1.953"],
))

# ---------------------------------------------------------------- b687
PAGES.append(page(
    "b687-baclieu-hnd-giaoban-2017",
    """
BÁO BẠC LIÊU ĐIỆN TỬ
Trang chủ - Kinh tế - Nông nghiệp - Nông thôn
05/07/2017 - 08:10
Nông dân được mùa tôm, lúa nhưng vẫn lo giá
BL - Ngày 4/7, Hội Nông dân tỉnh tổ chức hội nghị giao ban công tác Hội quý II/2017 với chủ tịch hội nông dân các huyện, thị xã, thành phố. Ông Trần Văn Út, Chủ tịch Hội Nông dân tỉnh chủ trì; ông Lâm Văn Sa Rươl, Phó Chủ tịch Hội Nông dân tỉnh, cùng dự.
Ông Trần Văn Út, Chủ tịch Hội Nông dân tỉnh Bạc Liêu phát biểu tại hội nghị. Ảnh: Thanh Tâm
Theo báo cáo, trong quý II, các cấp hội đã tổ chức 214 cuộc tuyên truyền với hơn 9.300 lượt hội viên tham dự; kết nạp 486 hội viên mới. Các cấp hội phối hợp giải ngân 41,6 tỷ đồng vốn vay cho 1.082 hộ; tổng dư nợ ủy thác qua Hội đến nay đạt 1.124 tỷ đồng. Quỹ Hỗ trợ nông dân các cấp đạt 18,7 tỷ đồng, tăng 1,3 tỷ đồng so với đầu năm.
Vụ lúa hè thu năm nay năng suất bình quân đạt 5,8 tấn/ha, nhưng giá lúa tươi tại ruộng chỉ khoảng 5.200 đồng/kg. Giá tôm thẻ chân trắng loại 100 con/kg dao động từ 110.000 đến 140.000 đồng/kg, thấp hơn cùng kỳ. Nhiều ý kiến đề nghị Hội tiếp tục làm cầu nối giữa nông dân với doanh nghiệp để liên kết tiêu thụ.
Các cấp hội trong tỉnh Bạc Liêu đã tham gia hòa giải 73 vụ việc mâu thuẫn trong nội bộ nông dân theo Quyết định số 81/2014/QĐ-TTg ngày 31/12/2014 của Thủ tướng Chính phủ về việc phối hợp giữa các bộ, ngành, UBND các cấp với Hội Nông dân Việt Nam trong việc tiếp công dân, giải quyết khiếu nại, tố cáo của nông dân; thành công 61 vụ.
Ông Danh Sóc, Chủ tịch Hội Nông dân huyện Hồng Dân, cho biết: "Ở Hồng Dân, bà con chuyển 1.500 ha lúa kém hiệu quả sang mô hình tôm - lúa, lợi nhuận cao gấp 2 lần trồng lúa độc canh. Hội huyện đang xin vốn để hỗ trợ thêm 30 hộ Khmer nghèo chuyển đổi". Ông Lý Hữu Phước, Chủ tịch Hội Nông dân xã Vĩnh Trạch Đông (TP. Bạc Liêu), đề nghị tỉnh sớm có quy hoạch vùng nuôi tôm siêu thâm canh để tránh ô nhiễm. Một số đại biểu phản ánh tình trạng thương lái ép giá, cân thiếu khi thu mua lúa tươi; tình trạng nông dân mua phải giống, thuốc bảo vệ thực vật kém chất lượng vẫn còn xảy ra ở vùng sâu. Hội nghị thống nhất kiến nghị ngành chức năng tăng cường kiểm tra thị trường vật tư nông nghiệp trong vụ thu đông.
Kết luận hội nghị, ông Trần Văn Út yêu cầu các cấp hội trong quý III tập trung thực hiện Kế hoạch số 36, 37/KH-HND của Ban Thường vụ Hội Nông dân tỉnh về tổ chức hội thi "Nhà nông đua tài" và xây dựng chi hội nông dân nghề nghiệp; triển khai Thông báo số 25-TB/TU của Tỉnh ủy về phát triển kinh tế tập thể. "Hội phải nắm được từng hộ nông dân đang khó khăn chỗ nào, cần vốn hay cần đầu ra, để kịp thời đề xuất", ông Út nói.
Ông cũng đề nghị đẩy mạnh phong trào "Nông dân thi đua sản xuất, kinh doanh giỏi", phấn đấu cuối năm có 48.000 hộ đăng ký, vận động hội viên đóng góp xây dựng 12 cây cầu nông thôn.
Dịp này, Ban Thường vụ Hội Nông dân tỉnh tặng Giấy khen cho 4 tập thể, 6 cá nhân có thành tích xuất sắc trong đợt thi đua cao điểm chào mừng 87 năm Ngày thành lập Hội Nông dân Việt Nam.
Thanh Tâm
Tin cùng chuyên mục
- Phước Long: nông dân thu lãi cao từ mô hình lúa - cá (28/06/2017)
- Hỗ trợ 50 hộ nghèo nuôi bò sinh sản (20/06/2017)
- Giá tôm giảm, người nuôi gặp khó (12/06/2017)
""",
    "2017-07-05",
    "Nông dân được mùa tôm, lúa nhưng vẫn lo giá",
    E("giao_ban", "2017-Q2", "2017-07-04"),
    [
        P("Trần Văn Út", "Chủ tịch Hội Nông dân tỉnh"),
        P("Lâm Văn Sa Rươl", "Phó Chủ tịch Hội Nông dân tỉnh"),
        P("Danh Sóc", "Chủ tịch Hội Nông dân huyện Hồng Dân"),
        P("Lý Hữu Phước", "Chủ tịch Hội Nông dân xã Vĩnh Trạch Đông"),
    ],
    [
        Q("214 cuộc tuyên truyền", 214, "cuộc tuyên truyền"),
        Q("hơn 9.300 lượt hội viên", 9300, "lượt hội viên", "over"),
        Q("486 hội viên mới", 486, "hội viên mới"),
        Q("41,6 tỷ đồng", 41600000000, "đồng"),
        Q("1.082 hộ", 1082, "hộ"),
        Q("1.124 tỷ đồng", 1124000000000, "đồng"),
        Q("18,7 tỷ đồng", 18700000000, "đồng"),
        Q("1,3 tỷ đồng", 1300000000, "đồng"),
        Q("5,8 tấn/ha", 5.8, "tấn"),
        Q("khoảng 5.200 đồng/kg", 5200, "đồng", "approx"),
        Q("từ 110.000 đến 140.000 đồng/kg", 110000, "đồng"),
        Q("từ 110.000 đến 140.000 đồng/kg", 140000, "đồng"),
        Q("73 vụ việc", 73, "vụ việc"),
        Q("61 vụ", 61, "vụ"),
        Q("1.500 ha", 1500, "ha"),
        Q("30 hộ Khmer nghèo", 30, "hộ Khmer nghèo"),
        Q("48.000 hộ", 48000, "hộ"),
        Q("12 cây cầu nông thôn", 12, "cây cầu nông thôn"),
        Q("4 tập thể", 4, "tập thể"),
        Q("6 cá nhân", 6, "cá nhân"),
    ],
    [
        D("Quyết định", "81", "2014/QĐ-TTg", "2014-12-31", "Thủ tướng Chính phủ", "Quyết định số 81/2014/QĐ-TTg"),
        D("Kế hoạch", "36", "KH-HND", None, "Ban Thường vụ Hội Nông dân tỉnh", "Kế hoạch số 36, 37/KH-HND"),
        D("Kế hoạch", "37", "KH-HND", None, "Ban Thường vụ Hội Nông dân tỉnh", "Kế hoạch số 36, 37/KH-HND"),
        D("Thông báo", "25", "TB/TU", None, "Tỉnh ủy", "Thông báo số 25-TB/TU"),
    ],
    [prov("Bạc Liêu"), com("Vĩnh Trạch Đông")],
    ["BÁO BẠC LIÊU ĐIỆN TỬ", "Trang chủ - Kinh tế - Nông nghiệp - Nông thôn",
     "Ông Trần Văn Út, Chủ tịch Hội Nông dân tỉnh Bạc Liêu phát biểu tại hội nghị. Ảnh: Thanh Tâm",
     "Nhà nông đua tài", "Nông dân thi đua sản xuất, kinh doanh giỏi", "Thanh Tâm", "TP. Bạc Liêu"],
    ["05/07/2017 - 08:10", "quý II/2017", "quý II", "quý III", "100 con/kg", "gấp 2 lần",
     "87 năm Ngày thành lập Hội Nông dân Việt Nam"],
))

# ---------------------------------------------------------------- b688
PAGES.append(page(
    "b688-vinhphuc-lhpn-soket-2018",
    """
Thứ Năm, 12/07/2018
BÁO VĨNH PHÚC
Trang chủ >> Xã hội >> Phụ nữ
11/07/2018 10:35
Hội LHPN tỉnh triển khai nhiệm vụ 6 tháng cuối năm
VP - Ngày 10/7, Hội LHPN tỉnh tổ chức hội nghị sơ kết công tác Hội và phong trào phụ nữ 6 tháng đầu năm 2018. Bà Phùng Thị Thanh Tâm, Chủ tịch Hội LHPN tỉnh chủ trì hội nghị; các bà Đỗ Thị Hải, Trần Thị Mai Hoa - Phó Chủ tịch Hội LHPN tỉnh cùng dự.
Quang cảnh hội nghị. Ảnh: Thu Hương
6 tháng qua, các cấp Hội LHPN tỉnh Vĩnh Phúc đã tổ chức học tập, quán triệt Chỉ thị số 21-CT/TW ngày 20/01/2018 của Ban Bí thư về tiếp tục đẩy mạnh công tác phụ nữ trong tình hình mới tới 100% chi hội. Triển khai Quyết định số 938/QĐ-TTg ngày 30/6/2017 của Thủ tướng Chính phủ phê duyệt Đề án "Tuyên truyền, giáo dục, vận động, hỗ trợ phụ nữ tham gia giải quyết một số vấn đề xã hội liên quan đến phụ nữ giai đoạn 2017 - 2027", các cấp hội tổ chức 156 buổi truyền thông với trên 12.000 lượt người tham dự.
Cuộc vận động "Xây dựng gia đình 5 không, 3 sạch" gắn với xây dựng nông thôn mới tiếp tục được đẩy mạnh; có thêm 2.350 hộ đạt tiêu chí "5 không, 3 sạch". Mô hình tiết kiệm "Nuôi lợn đất" huy động được 1,2 tỷ đồng, giúp 82 hộ phụ nữ nghèo có vốn phát triển kinh tế. Dư nợ ủy thác qua Hội đạt 1.350 tỷ đồng với 31.400 hộ vay. Hội phối hợp trao 5 "Mái ấm tình thương" cho hội viên khó khăn, mỗi căn 50 triệu đồng.
Thực hiện Kế hoạch số 55/KH-HPN của Ban Thường vụ Hội LHPN tỉnh về hỗ trợ phụ nữ khởi nghiệp, Hội đã tư vấn cho 26 ý tưởng khởi nghiệp, 4 ý tưởng được chọn dự thi cấp Trung ương.
Phát biểu tại hội nghị, bà Phùng Thị Thanh Tâm nhấn mạnh: "6 tháng cuối năm, mỗi chi hội phải có ít nhất một địa chỉ giúp phụ nữ nghèo cụ thể, giúp bằng cái cần câu chứ không chỉ con cá". Bà đề nghị các huyện chuẩn bị tốt đại hội phụ nữ cơ sở, nhiệm kỳ 2021 - 2026.
Bà Lưu Thị Quế, Chủ tịch Hội LHPN huyện Tam Dương, chia sẻ kinh nghiệm: "Chúng tôi không họp dài, mỗi buổi sinh hoạt chi hội chỉ bàn một việc, làm xong việc đó mới bàn việc khác. Chị em thấy việc nhỏ làm được, tin Hội hơn". Một số ý kiến cho rằng nguồn kinh phí hoạt động của chi hội còn hạn hẹp, cán bộ chi hội phần lớn lớn tuổi, ngại ứng dụng công nghệ thông tin.
Dịp này, Trung ương Hội LHPN Việt Nam tặng Bằng khen cho 1 tập thể và 3 cá nhân; Hội LHPN tỉnh tặng Giấy khen cho 9 tập thể, 14 cá nhân. Chị Nguyễn Thị Hằng, Chi hội trưởng phụ nữ thôn Lũng Hạ, xã Đạo Đức (huyện Bình Xuyên) là một trong 3 cá nhân được nhận Bằng khen của Trung ương Hội.
Trò chuyện với phóng viên, chị Hằng cho biết:
- Chị khởi nghiệp với mô hình trồng nấm thế nào?
- Năm 2015 tôi vay 50 triệu đồng từ Hội để dựng lán trồng nấm sò. Giờ cơ sở có 3 lán, mỗi năm cho khoảng 20 tấn nấm, tạo việc làm thường xuyên cho 11 chị em trong thôn.
- Được tặng Bằng khen, chị có dự định gì?
- Tôi muốn thành lập tổ hợp tác nấm để chị em cùng làm, cùng bán. Chị nào cần học nghề tôi dạy miễn phí.
Thu Hương
Lượt xem: 726
Bài viết liên quan
- Phụ nữ Tam Đảo học cách làm du lịch cộng đồng (03/07/2018)
- Hội LHPN Yên Lạc ra mắt 5 câu lạc bộ "Gia đình hạnh phúc" (25/06/2018)
- Tập huấn kỹ năng khởi nghiệp cho 200 hội viên (18/06/2018)
""",
    "2018-07-11",
    "Hội LHPN tỉnh triển khai nhiệm vụ 6 tháng cuối năm",
    E("so_ket", "2018-H1", "2018-07-10"),
    [
        P("Phùng Thị Thanh Tâm", "Chủ tịch Hội LHPN tỉnh"),
        P("Đỗ Thị Hải", "Phó Chủ tịch Hội LHPN tỉnh"),
        P("Trần Thị Mai Hoa", "Phó Chủ tịch Hội LHPN tỉnh"),
        P("Lưu Thị Quế", "Chủ tịch Hội LHPN huyện Tam Dương"),
        P("Nguyễn Thị Hằng", "Chi hội trưởng phụ nữ thôn Lũng Hạ"),
    ],
    [
        Q("100% chi hội", 100, "%"),
        Q("156 buổi truyền thông", 156, "buổi truyền thông"),
        Q("trên 12.000 lượt người", 12000, "lượt người", "over"),
        Q("2.350 hộ", 2350, "hộ"),
        Q("1,2 tỷ đồng", 1200000000, "đồng"),
        Q("82 hộ phụ nữ nghèo", 82, "hộ phụ nữ nghèo"),
        Q("1.350 tỷ đồng", 1350000000000, "đồng"),
        Q("31.400 hộ vay", 31400, "hộ vay"),
        Q("5 \"Mái ấm tình thương\"", 5, "Mái ấm tình thương"),
        Q("50 triệu đồng", 50000000, "đồng"),
        Q("26 ý tưởng khởi nghiệp", 26, "ý tưởng khởi nghiệp"),
        Q("4 ý tưởng", 4, "ý tưởng"),
        Q("1 tập thể", 1, "tập thể"),
        Q("3 cá nhân", 3, "cá nhân"),
        Q("9 tập thể", 9, "tập thể"),
        Q("14 cá nhân", 14, "cá nhân"),
        Q("3 lán", 3, "lán"),
        Q("khoảng 20 tấn", 20, "tấn", "approx"),
        Q("11 chị em", 11, "chị em"),
    ],
    [
        D("Chỉ thị", "21", "CT/TW", "2018-01-20", "Ban Bí thư", "Chỉ thị số 21-CT/TW"),
        D("Quyết định", "938", "QĐ-TTg", "2017-06-30", "Thủ tướng Chính phủ", "Quyết định số 938/QĐ-TTg"),
        D("Kế hoạch", "55", "KH-HPN", None, "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch số 55/KH-HPN"),
    ],
    [prov("Vĩnh Phúc"), com("Đạo Đức")],
    ["Thứ Năm, 12/07/2018", "BÁO VĨNH PHÚC", "Trang chủ >> Xã hội >> Phụ nữ", "Quang cảnh hội nghị. Ảnh: Thu Hương",
     "Tuyên truyền, giáo dục, vận động, hỗ trợ phụ nữ tham gia giải quyết một số vấn đề xã hội liên quan đến phụ nữ giai đoạn 2017 - 2027",
     "Xây dựng gia đình 5 không, 3 sạch", "Nuôi lợn đất", "thôn Lũng Hạ", "Thu Hương"],
    ["Thứ Năm, 12/07/2018", "11/07/2018 10:35", "6 tháng qua", "6 tháng cuối năm", "6 tháng đầu năm 2018", "giai đoạn 2017 - 2027",
     "5 không, 3 sạch", "nhiệm kỳ 2021 - 2026", "Năm 2015", "Lượt xem: 726"],
))
