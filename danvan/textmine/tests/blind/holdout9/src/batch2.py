from lib import *

PAGES = []

# ---------------------------------------------------------------- b179
PAGES.append(page("b179-angiang-ccb-traoqua-2017", """
HỘI CỰU CHIẾN BINH TỈNH AN GIANG
Trang chủ / Tin hoạt động / Nghĩa tình đồng đội
Thứ Sáu, 28/7/2017
Bàn giao 15 căn nhà "Nghĩa tình đồng đội" cho hội viên khó khăn
Ngày 26/7, nhân kỷ niệm 70 năm Ngày Thương binh - Liệt sĩ, Hội CCB tỉnh An Giang bàn giao 15 căn nhà "Nghĩa tình đồng đội" và trao 200 suất quà cho hội viên có hoàn cảnh khó khăn tại xã Lê Trì và xã Khánh Bình.
Đại tá Huỳnh Văn Lành trao quyết định bàn giao nhà cho hội viên Chau Ty.
Tham dự có Đại tá Huỳnh Văn Lành, Chủ tịch Hội CCB tỉnh; các ông Chau Sóc Kha, Ha Sa Ly, Trần Văn Bé - Phó Chủ tịch Hội CCB tỉnh; ông Nguyễn Thanh Hùng, Phó Chủ tịch UBND tỉnh cùng 31 đồng chí đại diện Hội CCB các huyện, thị.
Mỗi căn nhà có diện tích 40 m2, trị giá 50 triệu đồng, trong đó Quỹ "Nghĩa tình đồng đội" hỗ trợ 30 triệu đồng, gia đình và dòng họ góp phần còn lại. Mỗi suất quà gồm 500.000đ tiền mặt và 10 kg gạo. Tổng kinh phí chương trình hơn 1,1 tỷ đồng.
Ông Chau Ty, 67 tuổi, hội viên CCB ấp Tà Dung, xã Lê Trì, rưng rưng: "Bốn chục năm ở nhà lá, nay mới có căn nhà tường".
Theo Đại tá Huỳnh Văn Lành, thực hiện Hướng dẫn số 08-HD/CCB của Ban Thường vụ Trung ương Hội CCB Việt Nam, từ năm 2012 đến nay Hội đã xây mới, sửa chữa 214 căn nhà cho 2.346 hội viên nghèo và cận nghèo được giúp vốn. Hiện toàn tỉnh có 7 tổ hợp tác và 3 hợp tác xã của CCB; tỷ lệ hộ CCB nghèo còn 1,9%.
Ông Ha Sa Ly, người Chăm ở An Phú, cho biết phong trào "CCB gương mẫu" và phong trào "4 tốt" đã giúp nhiều hội viên vươn lên khá giả.
Minh Quang
Lượt xem: 1.208
Tin liên quan
- Hội CCB Tri Tôn trao 40 suất học bổng
- Đại hội thi đua "CCB gương mẫu" lần thứ V
""",
    published="2017-07-28",
    title='Bàn giao 15 căn nhà "Nghĩa tình đồng đội" cho hội viên khó khăn',
    event=E("trao_qua", None, "2017-07-26"),
    people=[
        P("Huỳnh Văn Lành", "Đại tá", "Chủ tịch Hội CCB tỉnh"),
        P("Chau Sóc Kha", "Phó Chủ tịch Hội CCB tỉnh"),
        P("Ha Sa Ly", "Phó Chủ tịch Hội CCB tỉnh"),
        P("Trần Văn Bé", "Phó Chủ tịch Hội CCB tỉnh"),
        P("Nguyễn Thanh Hùng", "Phó Chủ tịch UBND tỉnh"),
        P("Chau Ty", "hội viên CCB ấp Tà Dung"),
    ],
    quantities=[
        Q('15 căn nhà "Nghĩa tình đồng đội"', 15, 'căn nhà "Nghĩa tình đồng đội"'),
        Q("200 suất quà", 200, "suất quà"),
        Q("31 đồng chí", 31, "đồng chí"),
        Q("40 m2", 40, "m2"),
        Q("50 triệu đồng", 50000000, "đồng"),
        Q("30 triệu đồng", 30000000, "đồng"),
        Q("500.000đ", 500000, "đồng"),
        Q("10 kg gạo", 10, "kg gạo"),
        Q("hơn 1,1 tỷ đồng", 1100000000, "đồng", "over"),
        Q("214 căn nhà", 214, "căn nhà"),
        Q("2.346 hội viên", 2346, "hội viên"),
        Q("7 tổ hợp tác", 7, "tổ hợp tác"),
        Q("3 hợp tác xã", 3, "hợp tác xã"),
        Q("1,9%", 1.9, "%"),
    ],
    documents=[D("Hướng dẫn", "08", "HD/CCB", None, "Ban Thường vụ Trung ương Hội CCB Việt Nam", "Hướng dẫn số 08-HD/CCB")],
    places=[prov("An Giang"), com("xã Lê Trì"), com("xã Khánh Bình")],
    not_people=["HỘI CỰU CHIẾN BINH TỈNH AN GIANG", "Trang chủ / Tin hoạt động / Nghĩa tình đồng đội",
                "Đại tá Huỳnh Văn Lành trao quyết định bàn giao nhà cho hội viên Chau Ty.",
                "Nghĩa tình đồng đội", "CCB gương mẫu", "ấp Tà Dung", "Ngày Thương binh - Liệt sĩ"],
    not_money=["Lượt xem: 1.208", "31 đồng chí", "70 năm", "67 tuổi", "Bốn chục năm", "4 tốt"],
))

# ---------------------------------------------------------------- b180
PAGES.append(page("b180-kiengiang-bao-chandung-2018", """
BÁO KIÊN GIANG ĐIỆN TỬ
Thứ Hai, 08/10/2018
Trang chủ › Xã hội › Gương sáng
Cập nhật lúc 07:50 05/10/2018
Người nữ Chủ tịch Hội Nông dân xã giỏi dân vận
Gần 9 năm làm Chủ tịch Hội Nông dân xã Vĩnh Hòa Hiệp (huyện Châu Thành, tỉnh Kiên Giang), chị Danh Thị Sô Phia đã cùng hội viên xây dựng nhiều mô hình làm ăn hiệu quả trong vùng đồng bào Khmer.
Chị Danh Thị Sô Phia (bên phải) hướng dẫn hội viên nuôi lươn không bùn.
Năm 2009, chị Sô Phia được hội viên tín nhiệm bầu giữ chức Chủ tịch Hội Nông dân xã. Khi ấy hội chỉ có 412 hội viên, Quỹ Hỗ trợ nông dân của xã chưa tới 20 triệu. Đến nay xã hội có 1.046 hội viên ở 9 ấp, quỹ đạt 350 triệu đồng, cho 58 hộ vay.
Chị vận động 12 hộ nuôi lươn không bùn, mỗi bồn lãi 8 - 10 triệu đồng sau 6 tháng. Gia đình ông Thạch Rum, nông dân ấp Xẻo Cạn, nhờ vay 30.000.000 đồng đầu tư 20 bồn lươn nay đã thoát nghèo.
Ông Danh Sà Rát, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã Vĩnh Hòa Hiệp nhận xét: "Cô Phia nói ít làm nhiều, bà con tin lắm".
Năm 2017, xã có 92% hộ đạt danh hiệu gia đình văn hóa; hội viên đóng góp 280 triệu đồng và 1.600 ngày công làm 4,5 km đường bê tông. Thực hiện Nghị quyết số 26-NQ/TW của BCH Trung ương về nông nghiệp, nông dân, nông thôn, Hội còn phối hợp mở 6 lớp dạy nghề cho 175 lao động nông thôn.
Với những đóng góp đó, chị được Trung ương Hội Nông dân Việt Nam tặng Bằng khen và là 1 trong 63 cán bộ Hội tiêu biểu toàn quốc năm 2018.
Bà Kim Thị Huôl, hội viên ấp Vĩnh Thành, kể chị Phia thường đến tận nhà hướng dẫn bà con làm hồ sơ vay vốn.
Bài, ảnh: Trúc Linh
Lượt xem: 2.087
Xem thêm
- Châu Thành: 300 hội viên được tập huấn nuôi lươn
- Nông dân Khmer thoát nghèo nhờ trồng nấm rơm
""",
    published="2018-10-05",
    title="Người nữ Chủ tịch Hội Nông dân xã giỏi dân vận",
    event=E(None, None, None),
    people=[
        P("Danh Thị Sô Phia", "Chủ tịch Hội Nông dân xã Vĩnh Hòa Hiệp", "Chủ tịch Hội Nông dân xã"),
        P("Thạch Rum", "nông dân ấp Xẻo Cạn"),
        P("Danh Sà Rát", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã Vĩnh Hòa Hiệp"),
        P("Kim Thị Huôl", "hội viên ấp Vĩnh Thành"),
    ],
    quantities=[
        Q("412 hội viên", 412, "hội viên"),
        Q("20 triệu", 20000000, "đồng", "approx"),
        Q("1.046 hội viên", 1046, "hội viên"),
        Q("9 ấp", 9, "ấp"),
        Q("350 triệu đồng", 350000000, "đồng"),
        Q("58 hộ", 58, "hộ"),
        Q("12 hộ", 12, "hộ"),
        Q("8 - 10 triệu đồng", 8000000, "đồng"),
        Q("10 triệu đồng", 10000000, "đồng"),
        Q("30.000.000 đồng", 30000000, "đồng"),
        Q("20 bồn lươn", 20, "bồn lươn"),
        Q("92%", 92, "%"),
        Q("280 triệu đồng", 280000000, "đồng"),
        Q("1.600 ngày công", 1600, "ngày công"),
        Q("4,5 km", 4.5, "km"),
        Q("6 lớp", 6, "lớp"),
        Q("175 lao động nông thôn", 175, "lao động nông thôn"),
        Q("63 cán bộ Hội", 63, "cán bộ Hội"),
    ],
    documents=[D("Nghị quyết", "26", "NQ/TW", None, "BCH Trung ương", "Nghị quyết số 26-NQ/TW")],
    places=[prov("Kiên Giang"), com("xã Vĩnh Hòa Hiệp")],
    not_people=["BÁO KIÊN GIANG ĐIỆN TỬ", "Trang chủ › Xã hội › Gương sáng",
                "Chị Danh Thị Sô Phia (bên phải) hướng dẫn hội viên nuôi lươn không bùn.",
                "Quỹ Hỗ trợ nông dân", "ấp Xẻo Cạn", "ấp Vĩnh Thành", "Trung ương Hội Nông dân Việt Nam"],
    not_money=["Lượt xem: 2.087", "Thứ Hai, 08/10/2018", "Gần 9 năm", "sau 6 tháng", "1 trong 63", "Năm 2009"],
))

# ---------------------------------------------------------------- b181
PAGES.append(page("b181-hagiang-xa-giaoban-2019", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ LŨNG CÚ
Huyện Đồng Văn - Tỉnh Hà Giang
Trang chủ | Tin tức - Sự kiện | Hoạt động của Đảng ủy
Đăng ngày: 04/11/2019 | 08:10
Lũng Cú vận động 46 hộ chỉnh trang nhà ở, làm hàng rào đá
Ngày 1/11, Đảng ủy xã Lũng Cú tổ chức giao ban công tác dân vận tháng 10 năm 2019 với các chi bộ thôn và Khối dân vận xã.
Hàng rào đá mới làm tại thôn Lô Lô Chải.
Chủ trì giao ban có đồng chí Lầu Mí Xính, Bí thư Đảng ủy xã; đồng chí Phó Bí thư Thường trực Đảng ủy - Chủ tịch HĐND xã Thào Mí Dính; đồng chí Sùng Thị Mai, ĐUV, Trưởng khối Dân vận xã. Dự có Trưởng thôn: Sùng Sính Dơ, Ly Mí Chá, Vàng Thị Dợ.
Trong tháng 10, Khối dân vận đã vận động 46 hộ chỉnh trang nhà ở, làm 1.350 m hàng rào đá; 860 lượt người tham gia 540 ngày công làm đường. UBND huyện hỗ trợ 120 tấn xi măng, Nhân dân góp 15.000.000 đồng mua ống nước dẫn về 2 điểm trường. Đến nay 7/9 thôn đã có đường bê tông đến trung tâm thôn.
Thực hiện Kế hoạch số 19-KH/ĐU của Đảng ủy xã và Nghị quyết 209-NQ/TU của Ban Thường vụ Tỉnh ủy Hà Giang về xây dựng hàng rào, nhà vệ sinh ở vùng cao, xã đặt mục tiêu cuối năm có thêm 80 nhà vệ sinh hợp vệ sinh.
Anh Giàng Mí Sử, người dân thôn Lô Lô Chải, chia sẻ: "Trước kia trâu bò thả rông, giờ có hàng rào đá, sân nhà sạch sẽ".
Đồng chí Lầu Mí Xính đề nghị tiếp tục thực hiện "4 không" trong việc cưới, việc tang, giữ vững an ninh khu vực biên giới; tháng 11 tập trung thu hoạch tam giác mạch phục vụ du khách.
Văn phòng Đảng ủy
Số lượt truy cập: 5.310
Các tin đã đưa
- Lũng Cú giao ban dân vận tháng 9 năm 2019
- Xã tổ chức Lễ hội hoa tam giác mạch
""",
    published="2019-11-04",
    title="Lũng Cú vận động 46 hộ chỉnh trang nhà ở, làm hàng rào đá",
    event=E("giao_ban", "2019-10", "2019-11-01"),
    people=[
        P("Lầu Mí Xính", "Bí thư Đảng ủy xã"),
        P("Thào Mí Dính", "Phó Bí thư Thường trực Đảng ủy - Chủ tịch HĐND xã"),
        P("Sùng Thị Mai", "ĐUV", "Trưởng khối Dân vận xã"),
        P("Sùng Sính Dơ", "Trưởng thôn"),
        P("Ly Mí Chá", "Trưởng thôn"),
        P("Vàng Thị Dợ", "Trưởng thôn"),
        P("Giàng Mí Sử", "người dân thôn Lô Lô Chải"),
    ],
    quantities=[
        Q("46 hộ", 46, "hộ"),
        Q("1.350 m", 1350, "m"),
        Q("860 lượt người", 860, "lượt người"),
        Q("540 ngày công", 540, "ngày công"),
        Q("120 tấn xi măng", 120, "tấn xi măng"),
        Q("15.000.000 đồng", 15000000, "đồng"),
        Q("2 điểm trường", 2, "điểm trường"),
        Q("7/9 thôn", 7, "thôn"),
        Q("9 thôn", 9, "thôn"),
        Q("80 nhà vệ sinh", 80, "nhà vệ sinh"),
    ],
    documents=[
        D("Kế hoạch", "19", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch số 19-KH/ĐU"),
        D("Nghị quyết", "209", "NQ/TU", None, "Ban Thường vụ Tỉnh ủy Hà Giang", "Nghị quyết 209-NQ/TU"),
    ],
    places=[prov("Hà Giang"), com("xã Lũng Cú")],
    not_people=["CỔNG THÔNG TIN ĐIỆN TỬ XÃ LŨNG CÚ", "Huyện Đồng Văn - Tỉnh Hà Giang",
                "Trang chủ | Tin tức - Sự kiện | Hoạt động của Đảng ủy", "Hàng rào đá mới làm tại thôn Lô Lô Chải.",
                "Khối dân vận"],
    not_money=["Số lượt truy cập: 5.310", "4 không", "tháng 10 năm 2019", "tháng 11", "Trong tháng 10"],
))

# ---------------------------------------------------------------- b182
PAGES.append(page("b182-daknong-mttq-nguoiuytin-2020", """
ỦY BAN MTTQ VIỆT NAM TỈNH ĐẮK NÔNG
You are here: Home > Tin hoạt động > Đại đoàn kết
Cập nhật: 09:42, 24/08/2020 (GMT+7)
Phát huy vai trò già làng trong giữ gìn an ninh buôn, bon
Ngày 21/8, Ủy ban MTTQ Việt Nam tỉnh Đắk Nông tổ chức hội nghị gặp mặt, biểu dương người có uy tín trong đồng bào dân tộc thiểu số năm 2020.
Các đại biểu dự hội nghị chụp ảnh lưu niệm.
Dự hội nghị có đồng chí Điểu K'Răng, TUV, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; các đồng chí Y Bhem Niê, Điểu Thị Hường - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Ủy viên Ban Thường trực - Trưởng ban Dân tộc và Tôn giáo Ủy ban MTTQ Việt Nam tỉnh H'Ngân Ksơr; cùng 326 người có uy tín là già làng, trưởng bon, chức sắc tôn giáo.
Hiện toàn tỉnh có 352 người có uy tín, trong đó 78 người là đồng bào M'Nông, 41 người Ê Đê, 15 người Mạ. Năm qua, người có uy tín đã tham gia hòa giải thành 127 vụ việc, vận động 64 hộ trả lại đất rẫy lấn chiếm và 23 thanh niên bỏ học trở lại lớp.
Già làng Điểu Klứ, bon Bu Prăng 2, xã Quảng Trực phát biểu: "Người có uy tín phải đi trước, làm gương để con cháu theo".
Bà H'Lim Byă, người có uy tín buôn Buôr, xã Tâm Thắng, cho biết buôn đã vận động 100% hộ ký cam kết không nghe theo kẻ xấu.
Chế độ cho người có uy tín thực hiện theo Quyết định số 28/2023/QĐ-TTg của Thủ tướng Chính phủ và Chương trình phối hợp số 05/CTPH-MTTQ-BDT. Mỗi người được hỗ trợ 1.500.000đ/người/năm; năm 2020 tổng kinh phí hơn 490 triệu đồng.
Dịp này, Ủy ban MTTQ tỉnh tặng Bằng khen cho 30 người có uy tín tiêu biểu và 326 suất quà.
Điểu Thị Hường trao Bằng khen cho già làng. Ảnh: Hoàng Hải
Hoàng Hải
Lượt xem: 1.876
Tin liên quan
- Tuy Đức: 45 già làng được tập huấn pháp luật
- Hội nghị hiệp thương cử bổ sung Ủy viên Ủy ban MTTQ tỉnh
""",
    published="2020-08-24",
    title="Phát huy vai trò già làng trong giữ gìn an ninh buôn, bon",
    event=E("hoi_nghi", "2020", "2020-08-21"),
    people=[
        P("Điểu K'Răng", "TUV", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
        P("Y Bhem Niê", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
        P("Điểu Thị Hường", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
        P("H'Ngân Ksơr", "Ủy viên Ban Thường trực - Trưởng ban Dân tộc và Tôn giáo Ủy ban MTTQ Việt Nam tỉnh"),
        P("Điểu Klứ", "Già làng"),
        P("H'Lim Byă", "người có uy tín buôn Buôr"),
    ],
    quantities=[
        Q("326 người có uy tín", 326, "người có uy tín"),
        Q("352 người có uy tín", 352, "người có uy tín"),
        Q("78 người", 78, "người"),
        Q("41 người", 41, "người"),
        Q("15 người", 15, "người"),
        Q("127 vụ việc", 127, "vụ việc"),
        Q("64 hộ", 64, "hộ"),
        Q("23 thanh niên", 23, "thanh niên"),
        Q("100%", 100, "%"),
        Q("1.500.000đ/người/năm", 1500000, "đồng"),
        Q("hơn 490 triệu đồng", 490000000, "đồng", "over"),
        Q("30 người có uy tín", 30, "người có uy tín"),
        Q("326 suất quà", 326, "suất quà"),
    ],
    documents=[
        D("Quyết định", "28", "2023/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 28/2023/QĐ-TTg"),
        D("Chương trình phối hợp", "05", "CTPH-MTTQ-BDT", None, None, "Chương trình phối hợp số 05/CTPH-MTTQ-BDT"),
    ],
    places=[prov("Đắk Nông"), com("xã Quảng Trực"), com("xã Tâm Thắng")],
    not_people=["ỦY BAN MTTQ VIỆT NAM TỈNH ĐẮK NÔNG", "You are here: Home > Tin hoạt động > Đại đoàn kết",
                "Các đại biểu dự hội nghị chụp ảnh lưu niệm.", "bon Bu Prăng 2", "buôn Buôr",
                "Điểu Thị Hường trao Bằng khen cho già làng. Ảnh: Hoàng Hải"],
    not_money=["Lượt xem: 1.876", "Năm qua"],
))

# ---------------------------------------------------------------- b183
PAGES.append(page("b183-nghean-bdv-tongket-2021", """
BAN DÂN VẬN TỈNH ỦY NGHỆ AN
Hôm nay: Thứ Hai, 10/01/2022
Trang chủ » Tin tức » Hoạt động của Ban
Thứ Năm, 30/12/2021 | 15:10
Nghệ An: 1.520 mô hình "Dân vận khéo" lan tỏa khắp các vùng miền
Chiều 29/12, Ban Dân vận Tỉnh ủy Nghệ An tổ chức hội nghị trực tuyến tổng kết công tác dân vận năm 2021 với 25 điểm cầu cấp huyện. Năm qua toàn tỉnh có 1.520 mô hình "Dân vận khéo" được công nhận.
Đồng chí Hoàng Thị Quỳnh Mai phát biểu tại điểm cầu tỉnh.
Chủ trì hội nghị có đồng chí Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh Hoàng Thị Quỳnh Mai; các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Lô Thanh Thủy, Phan Đức Toàn.
Năm 2021, dù dịch Covid-19 diễn biến phức tạp, các cấp đã vận động 386.000 lượt người tham gia phòng, chống dịch; Nhân dân hiến 212.000 m2 đất, đóng góp 1.126 tỷ đồng xây dựng nông thôn mới; 8.460 hộ thoát nghèo. Tỷ lệ hộ nghèo vùng miền Tây còn 17,3%.
Đồng chí Moong Văn Lợi, HUV, Trưởng Ban Dân vận Huyện ủy Kỳ Sơn cho biết, huyện đã vận động đồng bào Khơ Mú, Mông, Ơ Đu xóa bỏ 92 căn nhà tạm; ông Lo Văn Pheo, người Ơ Đu ở bản Văng Môn, xã Nga My được biểu dương tại hội nghị.
Đồng chí Vừ Bá Cha, Bí thư Đảng ủy xã Mường Lống được Ban Dân vận Trung ương tặng Bằng khen.
Hội nghị đã quán triệt Kết luận 118-KL/TW của Ban Bí thư và Quyết định 23-QĐ/TW của Bộ Chính trị; đề ra chỉ tiêu năm 2022 mỗi cơ quan, đơn vị có ít nhất 1 mô hình "Dân vận khéo".
Dịp này, Ban Dân vận Tỉnh ủy tặng Giấy khen cho 37 tập thể, 52 cá nhân.
Hữu Vi
Lượt truy cập: 3.409
TIN CÙNG CHUYÊN MỤC
- Nghệ An giao ban công tác dân vận quý III năm 2021
- Con Cuông: 42 mô hình "Dân vận khéo"
""",
    published="2021-12-30",
    title='Nghệ An: 1.520 mô hình "Dân vận khéo" lan tỏa khắp các vùng miền',
    event=E("tong_ket", "2021", "2021-12-29"),
    people=[
        P("Hoàng Thị Quỳnh Mai", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
        P("Lô Thanh Thủy", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
        P("Phan Đức Toàn", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
        P("Moong Văn Lợi", "HUV", "Trưởng Ban Dân vận Huyện ủy Kỳ Sơn"),
        P("Lo Văn Pheo"),
        P("Vừ Bá Cha", "Bí thư Đảng ủy xã Mường Lống"),
    ],
    quantities=[
        Q("25 điểm cầu", 25, "điểm cầu"),
        Q('1.520 mô hình "Dân vận khéo"', 1520, "mô hình"),
        Q("386.000 lượt người", 386000, "lượt người"),
        Q("212.000 m2", 212000, "m2"),
        Q("1.126 tỷ đồng", 1126000000000, "đồng"),
        Q("8.460 hộ", 8460, "hộ"),
        Q("17,3%", 17.3, "%"),
        Q("92 căn nhà tạm", 92, "căn nhà tạm"),
        Q("1 mô hình", 1, "mô hình"),
        Q("37 tập thể", 37, "tập thể"),
        Q("52 cá nhân", 52, "cá nhân"),
    ],
    documents=[
        D("Kết luận", "118", "KL/TW", None, "Ban Bí thư", "Kết luận 118-KL/TW"),
        D("Quyết định", "23", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 23-QĐ/TW"),
    ],
    places=[prov("Nghệ An"), com("xã Nga My"), com("xã Mường Lống")],
    not_people=["BAN DÂN VẬN TỈNH ỦY NGHỆ AN", "Trang chủ » Tin tức » Hoạt động của Ban",
                "Đồng chí Hoàng Thị Quỳnh Mai phát biểu tại điểm cầu tỉnh.", "Dân vận khéo", "bản Văng Môn",
                "Ban Dân vận Trung ương"],
    not_money=["Lượt truy cập: 3.409", "Hôm nay: Thứ Hai, 10/01/2022", "Covid-19", "năm 2022"],
))

# ---------------------------------------------------------------- b184
PAGES.append(page("b184-sonla-hnd-taphuan-2022", """
HỘI NÔNG DÂN TỈNH SƠN LA
Trang chủ > Tin tức > Hoạt động các cấp Hội
08:15 | 03/11/2022
Tập huấn kỹ thuật ghép xoài, bơ cho 120 chi hội trưởng nông dân
Từ ngày 31/10 đến 2/11, Hội Nông dân tỉnh Sơn La phối hợp với Trung tâm Khuyến nông tỉnh mở lớp tập huấn chuyển giao kỹ thuật ghép cải tạo vườn cây ăn quả năm 2022 cho 120 chi hội trưởng tại xã Chiềng Mung.
Kỹ sư Quàng Thị Ín hướng dẫn học viên ghép mắt xoài.
Khai mạc lớp học có đồng chí Cầm Văn Chung, UVBCH Trung ương Hội Nông dân Việt Nam, Chủ tịch Hội Nông dân tỉnh; đồng chí Lò Thị Hặc, Phó Chủ tịch Hội Nông dân tỉnh. Giảng viên là các kỹ sư Quàng Thị Ín, Hà Văn Thắm - Trung tâm Khuyến nông tỉnh.
Học viên được thực hành ghép trên 2.000 gốc xoài, bơ tại vườn của ông Lường Văn Khiêm, nông dân bản Mé, người có 35 ha cây ăn quả và thu nhập 1,2 tỷ đồng mỗi năm.
Đồng chí Cầm Văn Chung cho biết, thực hiện Kế hoạch số 88-KH/HNDT của Ban Thường vụ Hội Nông dân tỉnh và Đề án 07-ĐA/TU của Tỉnh ủy, đến nay toàn tỉnh có 85.600 ha cây ăn quả, trong đó 16.000 ha được ghép cải tạo; 412 hộ nông dân đạt danh hiệu sản xuất kinh doanh giỏi cấp tỉnh.
Chị Mùa Thị Sểnh, người Mông ở bản Pá Lắc, học viên trẻ nhất lớp, chia sẻ: "Về bản em sẽ hướng dẫn cho 18 hộ trong chi hội".
Mỗi học viên được hỗ trợ 150.000đ/người/ngày tiền ăn và nhận 1 bộ dụng cụ ghép trị giá 350 nghìn đồng. Tổng kinh phí lớp học gần 98 triệu đồng từ nguồn Quỹ Hỗ trợ nông dân.
Lò Hương
Lượt xem: 958
Tin khác
- Mai Sơn: 500 hội viên dự hội thảo tiêu thụ xoài
- Hội Nông dân Sơn La tổng kết năm 2021
""",
    published="2022-11-03",
    title="Tập huấn kỹ thuật ghép xoài, bơ cho 120 chi hội trưởng nông dân",
    event=E("tap_huan", "2022", "2022-10-31"),
    people=[
        P("Quàng Thị Ín", "kỹ sư", "Trung tâm Khuyến nông tỉnh"),
        P("Cầm Văn Chung", "UVBCH Trung ương Hội Nông dân Việt Nam", "Chủ tịch Hội Nông dân tỉnh"),
        P("Lò Thị Hặc", "Phó Chủ tịch Hội Nông dân tỉnh"),
        P("Hà Văn Thắm", "kỹ sư", "Trung tâm Khuyến nông tỉnh"),
        P("Lường Văn Khiêm", "nông dân bản Mé"),
        P("Mùa Thị Sểnh"),
    ],
    quantities=[
        Q("120 chi hội trưởng", 120, "chi hội trưởng"),
        Q("trên 2.000 gốc", 2000, "gốc", "over"),
        Q("35 ha", 35, "ha"),
        Q("1,2 tỷ đồng", 1200000000, "đồng"),
        Q("85.600 ha", 85600, "ha"),
        Q("16.000 ha", 16000, "ha"),
        Q("412 hộ nông dân", 412, "hộ nông dân"),
        Q("18 hộ", 18, "hộ"),
        Q("150.000đ/người/ngày", 150000, "đồng"),
        Q("1 bộ dụng cụ ghép", 1, "bộ dụng cụ ghép"),
        Q("350 nghìn đồng", 350000, "đồng"),
        Q("gần 98 triệu đồng", 98000000, "đồng", "approx"),
    ],
    documents=[
        D("Kế hoạch", "88", "KH/HNDT", None, "Ban Thường vụ Hội Nông dân tỉnh", "Kế hoạch số 88-KH/HNDT"),
        D("Đề án", "07", "ĐA/TU", None, "Tỉnh ủy", "Đề án 07-ĐA/TU"),
    ],
    places=[prov("Sơn La"), com("xã Chiềng Mung")],
    not_people=["HỘI NÔNG DÂN TỈNH SƠN LA", "Trang chủ > Tin tức > Hoạt động các cấp Hội",
                "Kỹ sư Quàng Thị Ín hướng dẫn học viên ghép mắt xoài.",
                "bản Mé", "bản Pá Lắc", "Quỹ Hỗ trợ nông dân"],
    not_money=["Lượt xem: 958"],
))
