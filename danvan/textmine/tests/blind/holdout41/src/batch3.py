"""holdout41 batch 3: b953-b958."""
from lib import *

PAGES = []

# ---------------------------------------------------------------- b953 Vĩnh Long 2021, đối thoại cấp xã (trang xã)
PAGES.append(page("b953-vinhlong-xaloanmy-doithoai-2021", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ LOAN MỸ - HUYỆN TAM BÌNH - TỈNH VĨNH LONG
Trang chủ / Tin hoạt động / Hoạt động của Đảng ủy
15/11/2021 - 09:10
Bí thư Đảng ủy xã đối thoại với Nhân dân năm 2021
Ngày 13/11/2021, Đảng ủy, UBND, Ủy ban MTTQ Việt Nam xã Loan Mỹ (huyện Tam Bình, tỉnh Vĩnh Long) tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân năm 2021. Chủ trì hội nghị có đồng chí Trần Văn Út, Bí thư Đảng ủy xã; đồng chí Nguyễn Thị Bé Năm, Phó Bí thư Đảng ủy, Chủ tịch UBND xã; ông Lê Hoàng Phúc, Chủ tịch Ủy ban MTTQ Việt Nam xã. Do tình hình dịch bệnh, hội nghị được tổ chức tại 3 điểm cầu với 95 đại biểu là đại diện hộ dân các ấp Mỹ Phú, Mỹ Hòa, Phú Hữu.
Hội nghị được tổ chức theo Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân và xử lý những phản ánh, kiến nghị của dân, và Kế hoạch số 64-KH/ĐU ngày 20/10/2021 của Đảng ủy xã.
Tại hội nghị, bà con đã nêu 14 ý kiến, tập trung vào việc hỗ trợ người lao động từ các tỉnh, thành phố trở về địa phương do dịch Covid-19, giá phân bón tăng cao, tuyến đường đal ấp Mỹ Phú xuống cấp. Ông Võ Văn Chín, ngụ ấp Mỹ Hòa, đề nghị xã sớm chi hỗ trợ theo Nghị quyết số 68/NQ-CP của Chính phủ cho lao động tự do. Bà Thạch Thị Sa Ra (ấp Phú Hữu) đề nghị hỗ trợ vốn vay nuôi bò cho hộ đồng bào Khmer.
Trả lời, đồng chí Nguyễn Thị Bé Năm cho biết, xã đã chi hỗ trợ cho 412 lao động với tổng số tiền 618 triệu đồng; số hồ sơ còn lại đang được huyện thẩm định. Xã đã đưa tuyến đường đal dài 1,8 km vào kế hoạch sửa chữa năm 2022 với kinh phí dự kiến 900 triệu đồng, trong đó vận động nhân dân đóng góp khoảng 30%. Về vốn vay, Hội Liên hiệp Phụ nữ xã sẽ phối hợp với Ngân hàng Chính sách xã hội giải ngân thêm 15 hộ.
Ông Lê Hoàng Phúc thông tin, năm 2021 Ủy ban MTTQ xã đã vận động Quỹ "Vì người nghèo" được 126 triệu đồng, trao 860 phần quà cho hộ khó khăn do dịch; ra mắt 3 tổ Covid cộng đồng ở các ấp.
Phát biểu kết luận, đồng chí Trần Văn Út ghi nhận 12/14 ý kiến đã được trả lời trực tiếp tại hội nghị; 2 ý kiến còn lại thuộc thẩm quyền cấp huyện, xã sẽ tổng hợp, kiến nghị. Đồng chí yêu cầu các ngành, đoàn thể tiếp tục bám ấp, nắm tình hình, thực hiện tốt phương châm "dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng".
Hội nghị đối thoại được Đảng ủy xã tổ chức định kỳ mỗi năm, góp phần củng cố mối quan hệ mật thiết giữa Đảng với Nhân dân, giải quyết kịp thời những vấn đề bức xúc phát sinh ở cơ sở, không để hình thành điểm nóng. Các ý kiến chưa được giải quyết sẽ được Văn phòng Đảng ủy theo dõi, thông báo kết quả trên hệ thống truyền thanh của xã.
Văn phòng Đảng ủy - HĐND - UBND xã
Tin khác
- Xã Loan Mỹ ra quân tiêm vắc xin phòng Covid-19 (05/11/2021)
- Hội nghị Ban Chấp hành Đảng bộ xã lần thứ 9 (28/10/2021)
- Ấp Mỹ Phú ra mắt tuyến đường hoa (15/10/2021)
""",
    "2021-11-15",
    "Bí thư Đảng ủy xã đối thoại với Nhân dân năm 2021",
    E("doi_thoai", "2021", "2021-11-13"),
    [P("Trần Văn Út", "Bí thư Đảng ủy xã"),
     P("Nguyễn Thị Bé Năm", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
     P("Lê Hoàng Phúc", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
     P("Võ Văn Chín"),
     P("Thạch Thị Sa Ra")],
    [Q("3 điểm cầu", 3, "điểm cầu"),
     Q("95 đại biểu", 95, "đại biểu"),
     Q("14 ý kiến", 14, "ý kiến"),
     Q("412 lao động", 412, "lao động"),
     Q("618 triệu đồng", 618000000, "đồng"),
     Q("1,8 km", 1.8, "km"),
     Q("900 triệu đồng", 900000000, "đồng"),
     Q("khoảng 30%", 30, "%", "approx"),
     Q("15 hộ", 15, "hộ"),
     Q("126 triệu đồng", 126000000, "đồng"),
     Q("860 phần quà", 860, "phần quà"),
     Q("3 tổ Covid cộng đồng", 3, "tổ Covid cộng đồng"),
     Q("12/14 ý kiến", 12, "ý kiến"),
     Q("2 ý kiến", 2, "ý kiến")],
    [D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", "Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị"),
     D("Kế hoạch", "64", "KH/ĐU", "2021-10-20", "Đảng ủy xã", "Kế hoạch số 64-KH/ĐU ngày 20/10/2021 của Đảng ủy xã"),
     D("Nghị quyết", "68", "NQ-CP", None, "Chính phủ", "Nghị quyết số 68/NQ-CP của Chính phủ")],
    [prov("Vĩnh Long"), com("Loan Mỹ")],
    ["CỔNG THÔNG TIN ĐIỆN TỬ XÃ LOAN MỸ - HUYỆN TAM BÌNH - TỈNH VĨNH LONG", "Trang chủ / Tin hoạt động / Hoạt động của Đảng ủy",
     "Vì người nghèo", "dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng", "Ngân hàng Chính sách xã hội",
     "Văn phòng Đảng ủy - HĐND - UBND xã"],
    ["15/11/2021 - 09:10", "năm 2021", "năm 2022", "Covid-19"]))

# ---------------------------------------------------------------- b954 Đắk Lắk 2021, Bộ CHQS tỉnh trao nhà
PAGES.append(page("b954-daklak-bchqs-traonha-2021", """
Báo Đắk Lắk điện tử
Quốc phòng - An ninh
Thứ Năm, 25/03/2021 - 10:30
Trao nhà "Đại đoàn kết" cho hộ nghèo đồng bào Êđê
Ngày 24/3, Bộ Chỉ huy Quân sự tỉnh phối hợp với Ủy ban MTTQ Việt Nam huyện Krông Búk tổ chức lễ bàn giao 3 căn nhà "Đại đoàn kết" cho hộ nghèo đồng bào dân tộc thiểu số tại xã Cư Né. Dự buổi lễ có Đại tá Nguyễn Văn Hòa, Chính ủy Bộ Chỉ huy Quân sự tỉnh; ông Y Wai Byă, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Mỗi căn nhà có diện tích 60 m2, tổng kinh phí xây dựng 210 triệu đồng, trong đó Bộ Chỉ huy Quân sự tỉnh hỗ trợ 150 triệu đồng, còn lại do các gia đình và dòng họ góp công, góp vật liệu. Cán bộ, chiến sĩ Ban Chỉ huy Quân sự huyện Krông Búk đã huy động 240 ngày công giúp các gia đình san nền, vận chuyển vật liệu.
Đây là hoạt động thiết thực thực hiện Nghị quyết số 49-NQ/ĐU ngày 15/1/2020 của Đảng ủy Quân sự tỉnh về lãnh đạo công tác dân vận giai đoạn 2020 - 2025 và phong trào thi đua "Dân vận khéo" trong lực lượng vũ trang tỉnh. Năm 2020, lực lượng vũ trang tỉnh đã giúp nhân dân 12.600 ngày công, xây tặng 18 nhà tình nghĩa, nhà đồng đội; khám bệnh, cấp thuốc miễn phí cho hơn 3.500 lượt người.
Phát biểu tại buổi lễ, Đại tá Nguyễn Văn Hòa mong các gia đình giữ gìn ngôi nhà, chăm lo sản xuất, cho con em đến trường. Trung tá Y Thuyn Niê, Chỉ huy trưởng Ban Chỉ huy Quân sự huyện Krông Búk, cho biết đơn vị đã phối hợp với Đảng ủy xã Cư Né chọn đúng đối tượng là những hộ nghèo neo đơn, có nhà tạm bợ nhất trong buôn.
Xúc động nhận chìa khóa nhà mới, bà H'Bla Êban (buôn Kdroh) chia sẻ: "Bao năm nay gia đình tôi ở trong căn nhà gỗ dột nát, nay có nhà mới vững chãi, cả nhà không còn lo mùa mưa". Ông Y Khu Mlô, Trưởng buôn Kdroh, cảm ơn bộ đội đã luôn gắn bó với buôn làng.
Cùng ngày, đoàn công tác đã trao 50 suất quà, mỗi suất trị giá 300.000 đồng, cho các hộ gia đình chính sách và tặng 20 suất học bổng cho học sinh nghèo vượt khó của Trường THCS Cư Né.
Những năm qua, Đảng ủy, Bộ Chỉ huy Quân sự tỉnh luôn xác định công tác dân vận là nhiệm vụ chính trị quan trọng, thường xuyên của lực lượng vũ trang. Các đơn vị đã chủ động phối hợp với cấp ủy, chính quyền địa phương triển khai nhiều mô hình thiết thực như "Dân vận khéo", "Chung sức xây dựng nông thôn mới", góp phần xây dựng thế trận lòng dân vững chắc trên địa bàn.
Ảnh: Đại tá Nguyễn Văn Hòa trao chìa khóa nhà cho hộ nghèo.
H.Gia
Tin liên quan
- Lực lượng vũ trang tỉnh giúp dân thu hoạch cà phê (10/03/2021)
- Buôn Đôn: Bàn giao nhà đồng đội cho quân nhân khó khăn (01/03/2021)
- Ea H'leo: Chiến sĩ trẻ giúp dân làm đường (22/02/2021)
""",
    "2021-03-25",
    "Trao nhà \"Đại đoàn kết\" cho hộ nghèo đồng bào Êđê",
    E("trao_qua", None, "2021-03-24"),
    [P("Nguyễn Văn Hòa", "Đại tá", "Chính ủy Bộ Chỉ huy Quân sự tỉnh"),
     P("Y Wai Byă", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("Y Thuyn Niê", "Trung tá", "Chỉ huy trưởng Ban Chỉ huy Quân sự huyện Krông Búk"),
     P("H'Bla Êban"),
     P("Y Khu Mlô", "Trưởng buôn Kdroh")],
    [Q("3 căn nhà", 3, "căn nhà"),
     Q("60 m2", 60, "m2"),
     Q("210 triệu đồng", 210000000, "đồng"),
     Q("150 triệu đồng", 150000000, "đồng"),
     Q("240 ngày công", 240, "ngày công"),
     Q("12.600 ngày công", 12600, "ngày công"),
     Q("18 nhà tình nghĩa, nhà đồng đội", 18, "nhà tình nghĩa, nhà đồng đội"),
     Q("hơn 3.500 lượt người", 3500, "lượt người", "over"),
     Q("50 suất quà", 50, "suất quà"),
     Q("300.000 đồng", 300000, "đồng"),
     Q("20 suất học bổng", 20, "suất học bổng")],
    [D("Nghị quyết", "49", "NQ/ĐU", "2020-01-15", "Đảng ủy Quân sự tỉnh", "Nghị quyết số 49-NQ/ĐU ngày 15/1/2020 của Đảng ủy Quân sự tỉnh")],
    [prov("Đắk Lắk"), com("Cư Né")],
    ["Báo Đắk Lắk điện tử", "Quốc phòng - An ninh", "Dân vận khéo", "Chung sức xây dựng nông thôn mới",
     "Ảnh: Đại tá Nguyễn Văn Hòa trao chìa khóa nhà cho hộ nghèo.", "Trường THCS Cư Né", "buôn Kdroh"],
    ["Thứ Năm, 25/03/2021 - 10:30", "giai đoạn 2020 - 2025", "Năm 2020"]))

# ---------------------------------------------------------------- b955 Thanh Hóa 2022, sơ kết 6 tháng, Ủy ban MTTQ tỉnh
PAGES.append(page("b955-thanhhoa-mttq-soket-2022", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH THANH HÓA
Trang chủ › Tin hoạt động › Mặt trận tỉnh
08.07.2022 | 15:20
Đoàn Chủ tịch Ủy ban MTTQ Việt Nam tỉnh sơ kết công tác 6 tháng đầu năm
Sáng 7/7, Đoàn Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Thanh Hóa tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm 2022, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Phạm Thị Thanh Thủy, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị. Cùng chủ trì có các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Lê Văn Dũng, Hà Thị Xuân, Cầm Bá Tiến.
6 tháng đầu năm, Mặt trận các cấp đã triển khai Nghị quyết Đại hội đại biểu MTTQ Việt Nam tỉnh lần thứ XVI, nhiệm kỳ 2019 - 2024 và Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị 05-CT/TW. Quỹ "Vì người nghèo" các cấp tiếp nhận 42,6 tỷ đồng; hỗ trợ xây mới, sửa chữa 736 nhà Đại đoàn kết cho hộ nghèo. Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" có thêm 31 xã đạt chuẩn nông thôn mới nâng cao.
Về giám sát, phản biện xã hội, Ủy ban MTTQ tỉnh chủ trì 4 cuộc giám sát chuyên đề, tổ chức phản biện 2 dự thảo nghị quyết của HĐND tỉnh; Ban Thanh tra nhân dân các xã, phường đã giám sát 1.268 vụ việc, kiến nghị xử lý 96 vụ. Thực hiện Hướng dẫn số 19-HD/MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam, Mặt trận các cấp đã tổng hợp 2.140 ý kiến, kiến nghị cử tri trước kỳ họp thứ 3 Quốc hội khóa XV.
Tại hội nghị, ông Lò Văn Thượng, Chủ tịch Ủy ban MTTQ huyện Quan Hóa, chia sẻ kinh nghiệm vận động đồng bào Thái, Mường ở các xã biên giới ổn định cuộc sống sau tái định cư. Linh mục Nguyễn Văn Hiến, Ủy viên Ủy ban MTTQ Việt Nam tỉnh, Chánh xứ giáo xứ Ba Làng, đề nghị tiếp tục phát huy vai trò các tổ chức tôn giáo trong công tác từ thiện xã hội. Thượng tọa Thích Minh Tuệ, Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, thông tin về hoạt động hỗ trợ người nghèo của các chùa.
Kết luận hội nghị, đồng chí Phạm Thị Thanh Thủy đề nghị 6 tháng cuối năm Mặt trận các cấp tập trung chuẩn bị tổng kết 20 năm Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư; vận động xây dựng 500 nhà Đại đoàn kết cho hộ nghèo; thực hiện tốt Quyết định số 99-QĐ/TW của Ban Bí thư ban hành khung hướng dẫn của Mặt trận trong việc phát huy quyền làm chủ của nhân dân, hoàn thành chương trình giám sát năm 2022.
Hội nghị cũng đã hiệp thương cử bổ sung 3 ủy viên Ủy ban MTTQ Việt Nam tỉnh khóa XVI.
Hoạt động của Mặt trận tỉnh trong nửa đầu năm 2022 được đánh giá có nhiều đổi mới, hướng mạnh về cơ sở. Các hoạt động đều có sự phối hợp chặt chẽ với các tổ chức thành viên, nhất là Hội Nông dân, Hội Liên hiệp Phụ nữ, Đoàn Thanh niên, Hội Cựu chiến binh và Liên đoàn Lao động tỉnh.
Tùng Lâm
Tin cùng chuyên mục
- Hội nghị Ủy ban MTTQ tỉnh lần thứ 5, khóa XVI (20/06/2022)
- Mường Lát: Trao 40 nhà Đại đoàn kết (09/06/2022)
- MTTQ tỉnh giám sát việc thực hiện chính sách BHYT (25/05/2022)
""",
    "2022-07-08",
    "Đoàn Chủ tịch Ủy ban MTTQ Việt Nam tỉnh sơ kết công tác 6 tháng đầu năm",
    E("so_ket", "2022-H1", "2022-07-07"),
    [P("Phạm Thị Thanh Thủy", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("Lê Văn Dũng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("Hà Thị Xuân", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("Cầm Bá Tiến", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("Lò Văn Thượng", "Chủ tịch Ủy ban MTTQ huyện Quan Hóa"),
     P("Nguyễn Văn Hiến", "Linh mục", "Ủy viên Ủy ban MTTQ Việt Nam tỉnh", "Chánh xứ giáo xứ Ba Làng"),
     P("Thích Minh Tuệ", "Thượng tọa", "Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh")],
    [Q("42,6 tỷ đồng", 42600000000, "đồng"),
     Q("736 nhà Đại đoàn kết", 736, "nhà Đại đoàn kết"),
     Q("31 xã", 31, "xã"),
     Q("4 cuộc giám sát chuyên đề", 4, "cuộc giám sát chuyên đề"),
     Q("2 dự thảo nghị quyết", 2, "dự thảo nghị quyết"),
     Q("1.268 vụ việc", 1268, "vụ việc"),
     Q("96 vụ", 96, "vụ"),
     Q("2.140 ý kiến, kiến nghị cử tri", 2140, "ý kiến, kiến nghị cử tri"),
     Q("500 nhà Đại đoàn kết", 500, "nhà Đại đoàn kết"),
     Q("3 ủy viên", 3, "ủy viên")],
    [D("Kết luận", "01", "KL/TW", "2021-05-18", "Bộ Chính trị", "Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị"),
     D("Chỉ thị", "05", "CT/TW", None, None, "Chỉ thị 05-CT/TW"),
     D("Hướng dẫn", "19", "HD/MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam",
       "Hướng dẫn số 19-HD/MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam"),
     D("Quyết định", "99", "QĐ/TW", None, "Ban Bí thư", "Quyết định số 99-QĐ/TW của Ban Bí thư")],
    [prov("Thanh Hóa")],
    ["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH THANH HÓA", "Trang chủ › Tin hoạt động › Mặt trận tỉnh", "Vì người nghèo",
     "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Ngày hội Đại đoàn kết toàn dân tộc", "Ban Thanh tra nhân dân"],
    ["08.07.2022 | 15:20", "6 tháng đầu năm 2022", "6 tháng cuối năm", "lần thứ XVI", "nhiệm kỳ 2019 - 2024", "kỳ họp thứ 3",
     "khóa XV", "20 năm", "năm 2022", "khóa XVI"]))

# ---------------------------------------------------------------- b956 Hà Nội 2022, Đại hội Đoàn trường đại học
PAGES.append(page("b956-hanoi-doantruong-daihoi-2022", """
Trường Đại học Sư phạm Kỹ thuật Hà Nội - Đoàn Thanh niên
Tin tức | Hoạt động Đoàn - Hội
Ngày 31 tháng 10, 2022 | 08:00
Đại hội đại biểu Đoàn TNCS Hồ Chí Minh Trường lần thứ XIV thành công tốt đẹp
Trong 2 ngày 29 và 30/10/2022, Đoàn TNCS Hồ Chí Minh Trường Đại học Sư phạm Kỹ thuật Hà Nội tổ chức Đại hội đại biểu lần thứ XIV, nhiệm kỳ 2022 - 2024. Về dự đại hội có đồng chí Nguyễn Minh Khang, Phó Bí thư Thành đoàn Hà Nội; PGS.TS Đặng Quốc Hưng, Bí thư Đảng ủy, Chủ tịch Hội đồng trường; TS. Vũ Thị Hồng Nhung, Phó Hiệu trưởng nhà trường. 210 đại biểu đại diện cho hơn 8.600 đoàn viên thuộc 28 cơ sở đoàn trực thuộc tham dự.
Nhiệm kỳ 2019 - 2022, Đoàn trường đã tổ chức 46 chương trình tình nguyện, trong đó chiến dịch "Mùa hè xanh" thu hút 1.850 lượt sinh viên tham gia tại các xã Tân Lập, Đồng Tâm, Phù Lưu Tế; trao 520 suất quà cho trẻ em vùng khó khăn với tổng giá trị khoảng 260 triệu đồng. Thực hiện Chỉ thị số 42-CT/TW của Bộ Chính trị về giáo dục lý tưởng cách mạng, đạo đức, lối sống văn hóa cho thế hệ trẻ, Đoàn trường giới thiệu 176 đoàn viên ưu tú cho Đảng xem xét, trong đó 138 đồng chí đã được kết nạp. Trong thời gian giãn cách xã hội, hơn 300 đoàn viên tham gia hỗ trợ các khu cách ly, điểm tiêm chủng.
Phát biểu chỉ đạo, PGS.TS Đặng Quốc Hưng ghi nhận những đóng góp của tuổi trẻ nhà trường, đề nghị Đoàn trường tiếp tục đổi mới phương thức tập hợp sinh viên, gắn hoạt động Đoàn với nhiệm vụ học tập, nghiên cứu khoa học, chuyển đổi số; thực hiện tốt Kế hoạch số 116-KH/ĐU ngày 5/9/2022 của Đảng ủy trường về công tác dân vận và công tác thanh niên.
Đồng chí Nguyễn Minh Khang đề nghị đại hội tập trung thảo luận, đề ra giải pháp nâng cao chất lượng phong trào "Sinh viên 5 tốt", "Sinh viên tình nguyện", xây dựng đội ngũ cán bộ Đoàn vừa hồng, vừa chuyên.
Đại hội đã bầu Ban Chấp hành Đoàn trường nhiệm kỳ 2022 - 2024 gồm 23 đồng chí. Tại phiên họp thứ nhất, đồng chí Trần Đức Anh, giảng viên Khoa Điện, được bầu giữ chức Bí thư Đoàn trường; các đồng chí Lê Thu Trang, Hoàng Văn Nam được bầu làm Phó Bí thư Đoàn trường. Đại hội cũng bầu 15 đại biểu chính thức đi dự Đại hội Đoàn khối các trường đại học, cao đẳng Hà Nội.
Đại hội thông qua nghị quyết với 9 chỉ tiêu, trong đó phấn đấu 100% đoàn viên được học tập nghị quyết Đại hội Đoàn các cấp, mỗi năm có ít nhất 60 đoàn viên ưu tú được giới thiệu cho Đảng.
Ảnh: Ban Chấp hành Đoàn trường nhiệm kỳ 2022 - 2024 ra mắt đại hội.
Ban Truyền thông
Bài viết liên quan
- Khai giảng lớp bồi dưỡng nhận thức về Đảng năm 2022 (18/10/2022)
- Sinh viên nhà trường đạt giải Nhì Olympic Cơ học (10/10/2022)
- Đại hội Hội Sinh viên trường lần thứ VI (28/09/2022)
""",
    "2022-10-31",
    "Đại hội đại biểu Đoàn TNCS Hồ Chí Minh Trường lần thứ XIV thành công tốt đẹp",
    E("dai_hoi", None, "2022-10-29"),
    [P("Nguyễn Minh Khang", "Phó Bí thư Thành đoàn Hà Nội"),
     P("Đặng Quốc Hưng", "PGS.TS", "Bí thư Đảng ủy", "Chủ tịch Hội đồng trường"),
     P("Vũ Thị Hồng Nhung", "TS.", "Phó Hiệu trưởng nhà trường"),
     P("Trần Đức Anh", "giảng viên Khoa Điện", "Bí thư Đoàn trường"),
     P("Lê Thu Trang", "Phó Bí thư Đoàn trường"),
     P("Hoàng Văn Nam", "Phó Bí thư Đoàn trường")],
    [Q("210 đại biểu", 210, "đại biểu"),
     Q("hơn 8.600 đoàn viên", 8600, "đoàn viên", "over"),
     Q("28 cơ sở đoàn trực thuộc", 28, "cơ sở đoàn trực thuộc"),
     Q("46 chương trình tình nguyện", 46, "chương trình tình nguyện"),
     Q("1.850 lượt sinh viên", 1850, "lượt sinh viên"),
     Q("520 suất quà", 520, "suất quà"),
     Q("khoảng 260 triệu đồng", 260000000, "đồng", "approx"),
     Q("176 đoàn viên ưu tú", 176, "đoàn viên ưu tú"),
     Q("138 đồng chí", 138, "đồng chí"),
     Q("hơn 300 đoàn viên", 300, "đoàn viên", "over"),
     Q("23 đồng chí", 23, "đồng chí"),
     Q("15 đại biểu chính thức", 15, "đại biểu chính thức"),
     Q("9 chỉ tiêu", 9, "chỉ tiêu"),
     Q("100% đoàn viên", 100, "%"),
     Q("ít nhất 60 đoàn viên ưu tú", 60, "đoàn viên ưu tú", "over")],
    [D("Chỉ thị", "42", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 42-CT/TW của Bộ Chính trị"),
     D("Kế hoạch", "116", "KH/ĐU", "2022-09-05", "Đảng ủy trường", "Kế hoạch số 116-KH/ĐU ngày 5/9/2022 của Đảng ủy trường")],
    [prov("Hà Nội"), com("Tân Lập"), com("Đồng Tâm"), com("Phù Lưu Tế")],
    ["Trường Đại học Sư phạm Kỹ thuật Hà Nội - Đoàn Thanh niên", "Tin tức | Hoạt động Đoàn - Hội", "Mùa hè xanh", "Sinh viên 5 tốt",
     "Sinh viên tình nguyện", "Ảnh: Ban Chấp hành Đoàn trường nhiệm kỳ 2022 - 2024 ra mắt đại hội."],
    ["Ngày 31 tháng 10, 2022 | 08:00", "lần thứ XIV", "nhiệm kỳ 2022 - 2024", "Nhiệm kỳ 2019 - 2022", "2 ngày", "Sinh viên 5 tốt",
     "138 đồng chí", "23 đồng chí", "phiên họp thứ nhất"]))

# ---------------------------------------------------------------- b957 Nghệ An 2023, tổng kết dân vận lực lượng vũ trang
PAGES.append(page("b957-nghean-bchqs-tongket-2023", """
BÁO NGHỆ AN
Quốc phòng - An ninh » Quân sự
Thứ Tư, 20/12/2023 - 16:35
Hôm nay: Thứ Tư, 20/12/2023
Lực lượng vũ trang Nghệ An giúp dân hơn 21.000 ngày công trong năm 2023
(Baonghean.vn) - Chiều 19/12, Đảng ủy, Bộ Chỉ huy Quân sự tỉnh Nghệ An tổ chức hội nghị tổng kết công tác dân vận năm 2023, triển khai nhiệm vụ năm 2024. Đại tá Hồ Ngọc Lâm, Ủy viên Ban Thường vụ Tỉnh ủy, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh chủ trì hội nghị. Dự hội nghị có đồng chí Võ Thị Minh Sinh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Năm 2023, các cơ quan, đơn vị trong lực lượng vũ trang tỉnh đã quán triệt, thực hiện Nghị quyết số 49-NQ/QUTW ngày 31/1/2019 của Quân ủy Trung ương về tăng cường và đổi mới công tác dân vận của Quân đội nhân dân Việt Nam trong tình hình mới; Chỉ thị số 05-CT/ĐU của Đảng ủy Quân sự tỉnh về phong trào thi đua "Dân vận khéo" giai đoạn 2021 - 2025. Các đơn vị đã giúp nhân dân hơn 21.000 ngày công; tham gia xây dựng 36 km đường giao thông nông thôn, 4 nhà văn hóa bản; xây tặng 27 nhà "Nhà đồng đội", "Nhà tình nghĩa" với tổng kinh phí gần 1,6 tỷ đồng; khám bệnh, cấp thuốc cho hơn 7.200 lượt người.
Thượng tá Lê Văn Thành, Phó Chính ủy Bộ Chỉ huy Quân sự tỉnh trình bày báo cáo cho biết, các đơn vị duy trì 48 mô hình "Dân vận khéo", trong đó mô hình "Bộ đội Cụ Hồ giúp dân xóa đói, giảm nghèo" tại các bản người Thái, Khơ Mú, Mông ở huyện Kỳ Sơn, Tương Dương được đánh giá cao. Lực lượng dân quân tự vệ đã tham gia giúp dân khắc phục hậu quả mưa lũ, di dời 126 hộ dân ra khỏi vùng nguy hiểm.
Tại hội nghị, Trung tá Vi Văn Sơn, Chính trị viên Ban Chỉ huy Quân sự huyện Kỳ Sơn chia sẻ: đơn vị đã nhận đỡ đầu 15 học sinh nghèo người Mông theo chương trình "Nâng bước em tới trường", mỗi em được hỗ trợ 500.000 đồng/tháng. Thiếu tá Lữ Thị Hoa, Trợ lý Dân vận Phòng Chính trị, thông tin về kết quả phối hợp với Hội LHPN tỉnh triển khai mô hình "Mẹ đỡ đầu". Ông Moong Văn Thu, Bí thư Chi bộ bản Huồi Giảng 1, xã Tây Sơn, cảm ơn bộ đội đã giúp bản làm đường bê tông.
Phát biểu, đồng chí Võ Thị Minh Sinh đánh giá cao những kết quả công tác dân vận của lực lượng vũ trang tỉnh, đề nghị thời gian tới tiếp tục phối hợp chặt chẽ với khối dân vận các cấp, nhất là ở các xã biên giới, vùng đồng bào dân tộc thiểu số và tôn giáo.
Dịp này, Bộ Chỉ huy Quân sự tỉnh khen thưởng 12 tập thể và 21 cá nhân có thành tích xuất sắc trong phong trào thi đua "Dân vận khéo" năm 2023.
Kết luận hội nghị, Đại tá Hồ Ngọc Lâm yêu cầu năm 2024 các cơ quan, đơn vị tiếp tục thực hiện tốt Quy chế công tác dân vận của lực lượng vũ trang; tích cực tham gia Chương trình xóa nhà tạm, nhà dột nát trên địa bàn tỉnh; làm tốt công tác nắm tình hình, tham mưu cho cấp ủy, chính quyền địa phương giải quyết kịp thời các vụ việc phức tạp ngay từ cơ sở.
Thanh Hoa
TIN CÙNG CHUYÊN MỤC
- Đồn Biên phòng Nậm Cắn trao quà cho hộ nghèo (15/12/2023)
- Quế Phong: Bàn giao 3 nhà đồng đội (08/12/2023)
""",
    "2023-12-20",
    "Lực lượng vũ trang Nghệ An giúp dân hơn 21.000 ngày công trong năm 2023",
    E("tong_ket", "2023", "2023-12-19"),
    [P("Hồ Ngọc Lâm", "Đại tá", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"),
     P("Võ Thị Minh Sinh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("Lê Văn Thành", "Thượng tá", "Phó Chính ủy Bộ Chỉ huy Quân sự tỉnh"),
     P("Vi Văn Sơn", "Trung tá", "Chính trị viên Ban Chỉ huy Quân sự huyện Kỳ Sơn"),
     P("Lữ Thị Hoa", "Thiếu tá", "Trợ lý Dân vận Phòng Chính trị"),
     P("Moong Văn Thu", "Bí thư Chi bộ bản Huồi Giảng 1")],
    [Q("hơn 21.000 ngày công", 21000, "ngày công", "over"),
     Q("36 km", 36, "km"),
     Q("4 nhà văn hóa bản", 4, "nhà văn hóa bản"),
     Q("27 nhà", 27, "nhà"),
     Q("gần 1,6 tỷ đồng", 1600000000, "đồng", "approx"),
     Q("hơn 7.200 lượt người", 7200, "lượt người", "over"),
     Q("48 mô hình", 48, "mô hình"),
     Q("126 hộ dân", 126, "hộ dân"),
     Q("15 học sinh nghèo", 15, "học sinh nghèo"),
     Q("500.000 đồng/tháng", 500000, "đồng"),
     Q("12 tập thể", 12, "tập thể"),
     Q("21 cá nhân", 21, "cá nhân")],
    [D("Nghị quyết", "49", "NQ/QUTW", "2019-01-31", "Quân ủy Trung ương", "Nghị quyết số 49-NQ/QUTW ngày 31/1/2019 của Quân ủy Trung ương"),
     D("Chỉ thị", "05", "CT/ĐU", None, "Đảng ủy Quân sự tỉnh", "Chỉ thị số 05-CT/ĐU của Đảng ủy Quân sự tỉnh")],
    [prov("Nghệ An"), com("Tây Sơn")],
    ["BÁO NGHỆ AN", "Quốc phòng - An ninh » Quân sự", "Hôm nay: Thứ Tư, 20/12/2023", "(Baonghean.vn)", "Dân vận khéo",
     "Bộ đội Cụ Hồ giúp dân xóa đói, giảm nghèo", "Nâng bước em tới trường", "Mẹ đỡ đầu", "Nhà đồng đội", "Nhà tình nghĩa",
     "Quy chế công tác dân vận của lực lượng vũ trang", "Chương trình xóa nhà tạm, nhà dột nát"],
    ["Thứ Tư, 20/12/2023 - 16:35", "năm 2023", "năm 2024", "giai đoạn 2021 - 2025", "Huồi Giảng 1"]))

# ---------------------------------------------------------------- b958 Bắc Giang 2023, gặp mặt chức sắc tôn giáo
PAGES.append(page("b958-bacgiang-bdvtu-chucsac-2023", """
Báo Bắc Giang điện tử
Bạn đang ở: Trang chủ > Chính trị > Dân vận - Tôn giáo
Cập nhật: 09:50, 21/12/2023 (GMT+7)
Gặp mặt chức sắc, chức việc các tôn giáo nhân dịp Lễ Giáng sinh và năm mới
BBG - Ngày 20/12, Ban Dân vận Tỉnh ủy Bắc Giang phối hợp với Ban Tôn giáo (Sở Nội vụ) tổ chức hội nghị gặp mặt chức sắc, chức việc, nhà tu hành các tôn giáo trên địa bàn tỉnh năm 2023. Dự và chủ trì hội nghị có đồng chí Nguyễn Thị Thu Hà, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Thân Văn Khoa, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh. Tham dự có 120 đại biểu là chức sắc, chức việc của Phật giáo, Công giáo, Tin lành và đại diện khối dân vận các huyện, thành phố.
Báo cáo tại hội nghị cho biết, toàn tỉnh hiện có hơn 380.000 tín đồ các tôn giáo, 642 cơ sở thờ tự. Năm 2023, các tổ chức tôn giáo đã đóng góp hơn 8,2 tỷ đồng cho các hoạt động từ thiện, xã hội, ủng hộ Quỹ "Vì người nghèo", xây dựng 12 nhà Đại đoàn kết. Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 289-KH/TU về thực hiện Chỉ thị số 18-CT/TW của Ban Bí thư về tăng cường công tác đối với đạo Tin lành trong tình hình mới và Quy định 42-QĐ/TU về tiếp xúc, gặp mặt chức sắc tôn giáo.
Tại hội nghị, Hòa thượng Thích Thanh Phúc, Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, cho biết các chùa trong tỉnh đã tổ chức 46 khóa tu mùa hè cho hơn 5.000 thanh thiếu niên. Linh mục Giuse Phạm Văn Quý, Quản xứ giáo xứ Hữu Nghi (xã Hồng Giang), bày tỏ vui mừng vì các thủ tục về đất đai xây dựng nhà thờ được giải quyết thuận lợi. Mục sư Vương Văn Lồng, Quản nhiệm Chi hội Tin lành Sơn Động, đề nghị tiếp tục quan tâm hướng dẫn các điểm nhóm sinh hoạt tôn giáo tập trung.
Các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy Hoàng Văn Tuân, Dương Thị Lan đã giải đáp các ý kiến của chức sắc liên quan đến Luật Tín ngưỡng, tôn giáo và Nghị định số 162/2017/NĐ-CP ngày 30/12/2017 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Tín ngưỡng, tôn giáo.
Phát biểu tại hội nghị, đồng chí Nguyễn Thị Thu Hà chúc mừng chức sắc, chức việc, tín đồ các tôn giáo đón Lễ Giáng sinh, năm mới an vui; mong các vị tiếp tục động viên tín đồ sống "tốt đời, đẹp đạo", tích cực tham gia các phong trào thi đua, các cuộc vận động do Mặt trận phát động.
Dịp này, Ban Dân vận Tỉnh ủy trao 60 suất quà tặng các chức sắc, chức việc, mỗi suất trị giá 1 triệu đồng.
Minh Thu
Tin liên quan
- Lục Nam: Gặp mặt người có uy tín năm 2023 (18/12/2023)
- Thăm, chúc mừng Giáo xứ Bắc Ninh nhân Lễ Giáng sinh (15/12/2023)
- Yên Dũng: Sơ kết mô hình "Giáo xứ bình yên" (08/12/2023)
""",
    "2023-12-21",
    "Gặp mặt chức sắc, chức việc các tôn giáo nhân dịp Lễ Giáng sinh và năm mới",
    E("hoi_nghi", "2023", "2023-12-20"),
    [P("Nguyễn Thị Thu Hà", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
     P("Thân Văn Khoa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("Thích Thanh Phúc", "Hòa thượng", "Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
     P("Giuse Phạm Văn Quý", "Linh mục", "Quản xứ giáo xứ Hữu Nghi"),
     P("Vương Văn Lồng", "Mục sư", "Quản nhiệm Chi hội Tin lành Sơn Động"),
     P("Hoàng Văn Tuân", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
     P("Dương Thị Lan", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
    [Q("120 đại biểu", 120, "đại biểu"),
     Q("hơn 380.000 tín đồ", 380000, "tín đồ", "over"),
     Q("642 cơ sở thờ tự", 642, "cơ sở thờ tự"),
     Q("hơn 8,2 tỷ đồng", 8200000000, "đồng", "over"),
     Q("12 nhà Đại đoàn kết", 12, "nhà Đại đoàn kết"),
     Q("46 khóa tu mùa hè", 46, "khóa tu mùa hè"),
     Q("hơn 5.000 thanh thiếu niên", 5000, "thanh thiếu niên", "over"),
     Q("60 suất quà", 60, "suất quà"),
     Q("1 triệu đồng", 1000000, "đồng")],
    [D("Kế hoạch", "289", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 289-KH/TU"),
     D("Chỉ thị", "18", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 18-CT/TW của Ban Bí thư"),
     D("Quy định", "42", "QĐ/TU", None, "Ban Thường vụ Tỉnh ủy", "Quy định 42-QĐ/TU"),
     D("Nghị định", "162", "2017/NĐ-CP", "2017-12-30", "Chính phủ", "Nghị định số 162/2017/NĐ-CP ngày 30/12/2017 của Chính phủ")],
    [prov("Bắc Giang"), com("Hồng Giang")],
    ["Báo Bắc Giang điện tử", "Bạn đang ở: Trang chủ > Chính trị > Dân vận - Tôn giáo", "BBG", "Vì người nghèo", "tốt đời, đẹp đạo",
     "Luật Tín ngưỡng, tôn giáo", "Ban Tôn giáo (Sở Nội vụ)", "Lễ Giáng sinh"],
    ["Cập nhật: 09:50, 21/12/2023 (GMT+7)", "năm 2023"]))
