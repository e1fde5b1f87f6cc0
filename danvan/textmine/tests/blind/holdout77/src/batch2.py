from lib import *
PAGES = []

PAGES.append(page("b1811-quangnam-mttq-phatdong-bao-2017", """
CỔNG THÔNG TIN ỦY BAN MTTQ VIỆT NAM TỈNH QUẢNG NAM
Trang chủ >> Tin tức >> Cứu trợ - An sinh
09/11/2017 - 10:05
Quảng Nam phát động ủng hộ đồng bào bị thiệt hại do bão số 12
Quang cảnh buổi phát động tại hội trường Ủy ban MTTQ tỉnh.
Sáng 8/11, Ủy ban MTTQ tỉnh Quảng Nam tổ chức hội nghị phát động ủng hộ đồng bào bị thiệt hại do bão số 12 và mưa lũ. Dự hội nghị có đồng chí Phan Xuân Lộc, Phó Bí thư Tỉnh ủy; đồng chí Nguyễn Thị Kim Nhung, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ tỉnh cùng đại diện 86 cơ quan, doanh nghiệp, đơn vị lực lượng vũ trang.
Theo báo cáo của Ban Chỉ huy phòng chống thiên tai và tìm kiếm cứu nạn tỉnh, bão số 12 và lũ lớn đã làm 17 người chết và mất tích, 1.873 ngôi nhà bị sập, tốc mái; hơn 12.000 hộ ở các huyện Đại Lộc, Nông Sơn, Duy Xuyên bị ngập sâu. Các huyện miền núi Tây Giang, Nam Trà My có 43 điểm sạt lở đất, nhiều thôn bị chia cắt.
Thực hiện Lời kêu gọi ngày 6/11/2017 của Ủy ban Trung ương MTTQ Việt Nam và Công văn số 385/MTTQ-BTT ngày 7/11/2017 của Ban Thường trực Ủy ban MTTQ tỉnh, ngay tại hội nghị các cơ quan, doanh nghiệp đã đăng ký ủng hộ 6,47 tỷ đồng; trong đó Công ty Ô tô Trường Hải ủng hộ 2 tỷ đồng, Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh tỉnh 500 triệu đồng, cán bộ khối Mặt trận và các đoàn thể 1 ngày lương. Ủy ban MTTQ tỉnh đã chuyển ngay 1.200 thùng mì tôm, 15 tấn gạo và 3.000 chai nước sạch đến các xã bị cô lập.
Đồng chí Nguyễn Thị Kim Nhung cho biết, Ban Cứu trợ tỉnh sẽ phân bổ tiền, hàng theo Quyết định số 1127/QĐ-MTTQ về quy chế phân bổ nguồn cứu trợ, ưu tiên hộ có người chết, nhà bị sập, hộ nghèo; mức hỗ trợ hộ có người chết 10 triệu đồng, nhà bị sập hoàn toàn 20 triệu đồng/nhà. Việc tiếp nhận, phân phối phải công khai tại nhà văn hóa thôn và trên loa truyền thanh xã.
Tại hội nghị, ông Bh'ling Mia, Chủ tịch Ủy ban MTTQ huyện Tây Giang, kiến nghị sớm hỗ trợ di dời 64 hộ ở vùng có nguy cơ sạt lở cao. Bà Zơ Râm Thị Hoa, Chủ tịch Hội LHPN xã A Xan, cho biết phụ nữ xã đã nấu cơm nắm tiếp tế cho lực lượng cứu hộ trong ba ngày liền.
Phát biểu tại hội nghị, đồng chí Phan Xuân Lộc biểu dương tinh thần "lá lành đùm lá rách" của các tầng lớp nhân dân, đề nghị MTTQ và các tổ chức chính trị - xã hội nhanh chóng vào cuộc, giúp người dân sớm ổn định cuộc sống, khôi phục sản xuất, không để ai bị đói, bị rét; các lực lượng vũ trang tiếp tục giúp dân dựng lại nhà cửa, vệ sinh môi trường.
Cũng trong ngày, Ban Thường trực Ủy ban MTTQ tỉnh thành lập 4 đoàn công tác do các Phó Chủ tịch dẫn đầu xuống các địa phương bị thiệt hại nặng để thăm hỏi, trao quà cho người dân.
Hoàng Liên
Tin liên quan
- Đại Lộc: người dân ngâm mình trong lũ (06/11/2017)
- Hội An: di dời khẩn cấp hơn 1.000 hộ dân (05/11/2017)
- MTTQ tỉnh tiếp nhận 300 triệu đồng ủng hộ từ TP. Đà Nẵng (04/11/2017)
- Nông Sơn: lũ chia cắt nhiều thôn (04/11/2017)
""", "2017-11-09", "Quảng Nam phát động ủng hộ đồng bào bị thiệt hại do bão số 12",
E("hoi_nghi", None, "2017-11-08"),
[P("Phan Xuân Lộc", "Phó Bí thư Tỉnh ủy"),
 P("Nguyễn Thị Kim Nhung", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Bh'ling Mia", "Chủ tịch Ủy ban MTTQ huyện Tây Giang"),
 P("Zơ Râm Thị Hoa", "Chủ tịch Hội LHPN xã A Xan")],
[Q("86 cơ quan, doanh nghiệp, đơn vị lực lượng vũ trang", 86, "cơ quan, doanh nghiệp, đơn vị lực lượng vũ trang"),
 Q("17 người", 17, "người"), Q("1.873 ngôi nhà", 1873, "ngôi nhà"), Q("hơn 12.000 hộ", 12000, "hộ", "over"),
 Q("43 điểm sạt lở đất", 43, "điểm sạt lở đất"), Q("6,47 tỷ đồng", 6470000000, "đồng"), Q("2 tỷ đồng", 2000000000, "đồng"),
 Q("500 triệu đồng", 500000000, "đồng"), Q("1.200 thùng mì tôm", 1200, "thùng mì tôm"), Q("15 tấn", 15, "tấn"),
 Q("3.000 chai nước sạch", 3000, "chai nước sạch"), Q("10 triệu đồng", 10000000, "đồng"), Q("20 triệu đồng", 20000000, "đồng"),
 Q("64 hộ", 64, "hộ"), Q("4 đoàn công tác", 4, "đoàn công tác")],
[D("Công văn", "385", "MTTQ-BTT", "2017-11-07", "Ban Thường trực Ủy ban MTTQ tỉnh", "Công văn số 385/MTTQ-BTT ngày 7/11/2017"),
 D("Quyết định", "1127", "QĐ-MTTQ", None, None, "Quyết định số 1127/QĐ-MTTQ")],
[prov("Quảng Nam"), com("A Xan")],
["CỔNG THÔNG TIN ỦY BAN MTTQ VIỆT NAM TỈNH QUẢNG NAM", "Trang chủ >> Tin tức >> Cứu trợ - An sinh",
 "Quang cảnh buổi phát động tại hội trường Ủy ban MTTQ tỉnh.", "lá lành đùm lá rách", "Công ty Ô tô Trường Hải",
 "Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh tỉnh", "Lời kêu gọi ngày 6/11/2017"],
["09/11/2017 - 10:05", "bão số 12", "1 ngày lương", "ba ngày liền", "lá lành đùm lá rách"]))

PAGES.append(page("b1812-baclieu-mttq-giamsat-nha-2018", """
Cổng TTĐT Mặt trận Tổ quốc Việt Nam tỉnh Bạc Liêu
Trang chủ | Hoạt động giám sát và phản biện xã hội
Cập nhật lúc 16:40 ngày 12/10/2018
Giám sát hỗ trợ nhà ở cho hộ nghèo tại huyện Hồng Dân
Đoàn giám sát làm việc tại xã Ninh Quới A.
Ngày 11/10/2018, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ tỉnh Bạc Liêu do bà Lê Thị Ái Nhi, Phó Chủ tịch Ủy ban MTTQ tỉnh làm trưởng đoàn đã giám sát chuyên đề năm 2018 về việc thực hiện chính sách hỗ trợ nhà ở đối với hộ nghèo theo Quyết định số 33/2015/QĐ-TTg ngày 10/8/2015 của Thủ tướng Chính phủ tại huyện Hồng Dân.
Cùng tham gia đoàn có đại diện Sở Xây dựng, Ngân hàng Chính sách xã hội chi nhánh tỉnh, Hội Nông dân tỉnh. Đoàn giám sát thực hiện theo Kế hoạch số 47/KH-MTTQ-BTT ngày 3/9/2018 và Quyết định số 52/QĐ-MTTQ-BTT thành lập đoàn giám sát.
Theo báo cáo của UBND huyện Hồng Dân, giai đoạn 2015-2018 huyện được phân bổ 1.318 căn nhà cho hộ nghèo; đến nay đã hoàn thành 1.207 căn, đạt 91,6%. Mỗi hộ được vay ưu đãi 25 triệu đồng với lãi suất 3%/năm, thời hạn 15 năm; ngoài ra Ủy ban MTTQ huyện vận động hỗ trợ thêm mỗi căn 5 triệu đồng từ Quỹ "Vì người nghèo". Tổng vốn đã giải ngân trên 30,1 tỷ đồng.
Đoàn đã khảo sát thực tế 18 căn nhà tại xã Ninh Quới A và xã Lộc Ninh. Ông Thạch Sà Rinh, hộ nghèo ấp Bình Lộc, cho biết nhờ có vốn vay và sự giúp đỡ của bà con trong ấp, gia đình đã có căn nhà vững chắc, không còn lo mùa mưa. Tuy nhiên qua giám sát cũng phát hiện 9 căn chưa đúng thiết kế mẫu, diện tích chỉ 28 m2; 23 hộ vay vốn chưa hoàn thành xây dựng do thiếu vốn đối ứng; một số hồ sơ bình xét chưa có biên bản họp dân.
Ông Danh Út, Chủ tịch Ủy ban MTTQ xã Lộc Ninh, giải trình: một số hộ tự ý sửa thiết kế cho phù hợp với điều kiện đất, xã đã hướng dẫn bổ sung; ông Nguyễn Văn Bé Hai, Phó Chủ tịch UBND huyện Hồng Dân, tiếp thu và cam kết khắc phục trong quý IV.
Kết luận buổi giám sát, bà Lê Thị Ái Nhi đề nghị UBND huyện rà soát lại danh sách, ưu tiên người cao tuổi, người khuyết tật sống một mình; đẩy nhanh tiến độ, bảo đảm mỗi căn nhà đạt "3 cứng" (nền cứng, khung cứng, mái cứng); Ủy ban MTTQ các xã phát huy vai trò Ban Giám sát đầu tư của cộng đồng, Ban Thanh tra nhân dân.
Hoạt động giám sát nằm trong chương trình phối hợp thực hiện Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-ĐCTUBTWMTTQVN ngày 15/6/2017 của Ủy ban Thường vụ Quốc hội và Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam quy định chi tiết các hình thức giám sát, phản biện xã hội của MTTQ Việt Nam.
Thu Thảo
Bài viết liên quan
- Phước Long: giám sát việc bình xét hộ nghèo (28/09/2018)
- Trao 50 căn nhà Đại đoàn kết cho hộ nghèo Đông Hải (15/09/2018)
- Hội nghị phản biện dự thảo quy định về chính sách hỗ trợ người nghèo (30/08/2018)
""", "2018-10-12", "Giám sát hỗ trợ nhà ở cho hộ nghèo tại huyện Hồng Dân",
E("giam_sat", "2018", "2018-10-11"),
[P("Lê Thị Ái Nhi", "Phó Chủ tịch Ủy ban MTTQ tỉnh", "trưởng đoàn"),
 P("Thạch Sà Rinh"),
 P("Danh Út", "Chủ tịch Ủy ban MTTQ xã Lộc Ninh"),
 P("Nguyễn Văn Bé Hai", "Phó Chủ tịch UBND huyện Hồng Dân")],
[Q("1.318 căn nhà", 1318, "căn nhà"), Q("1.207 căn", 1207, "căn"), Q("91,6%", 91.6, "%"), Q("25 triệu đồng", 25000000, "đồng"),
 Q("3%", 3, "%"), Q("5 triệu đồng", 5000000, "đồng"), Q("trên 30,1 tỷ đồng", 30100000000, "đồng", "over"),
 Q("18 căn nhà", 18, "căn nhà"), Q("9 căn", 9, "căn"), Q("28 m2", 28, "m2"), Q("23 hộ", 23, "hộ")],
[D("Quyết định", "33", "2015/QĐ-TTg", "2015-08-10", "Thủ tướng Chính phủ", "Quyết định số 33/2015/QĐ-TTg ngày 10/8/2015"),
 D("Kế hoạch", "47", "KH-MTTQ-BTT", "2018-09-03", None, "Kế hoạch số 47/KH-MTTQ-BTT ngày 3/9/2018"),
 D("Quyết định", "52", "QĐ-MTTQ-BTT", None, None, "Quyết định số 52/QĐ-MTTQ-BTT"),
 D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-ĐCTUBTWMTTQVN", "2017-06-15",
   "Ủy ban Thường vụ Quốc hội và Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam", "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-ĐCTUBTWMTTQVN ngày 15/6/2017")],
[prov("Bạc Liêu"), com("Ninh Quới A"), com("Lộc Ninh")],
["Cổng TTĐT Mặt trận Tổ quốc Việt Nam tỉnh Bạc Liêu", "Trang chủ | Hoạt động giám sát và phản biện xã hội",
 "Đoàn giám sát làm việc tại xã Ninh Quới A.", "Vì người nghèo", "3 cứng", "nền cứng, khung cứng, mái cứng"],
["Cập nhật lúc 16:40 ngày 12/10/2018", "năm 2018", "giai đoạn 2015-2018", "15 năm", "quý IV", "3 cứng"]))

PAGES.append(page("b1813-daklak-bdv-quatet-2019", """
BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK
Trang chủ › Tin tức › Dân vận với an sinh xã hội
Thứ Hai, 28/01/2019
Đồng chí Y Blin Niê tặng quà Tết cho hộ nghèo buôn Cuôr Knia.
"Xuân yêu thương" đến với đồng bào buôn làng Buôn Đôn
Ngày 26/1/2019, Ban Dân vận Tỉnh ủy Đắk Lắk phối hợp với Ủy ban MTTQ tỉnh và Công ty Cổ phần Cà phê Buôn Ma Thuột tổ chức chương trình "Xuân yêu thương" năm 2019 tại xã Ea Wer và xã Krông Na, huyện Buôn Đôn. Dự chương trình có đồng chí Y Blin Niê, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí H'Xuân Êban, Phó Chủ tịch Ủy ban MTTQ tỉnh.
Tại chương trình, đoàn đã trao 450 phần quà Tết cho hộ nghèo người Ê Đê, M'nông, Lào; mỗi phần quà trị giá 600 ngàn đồng gồm gạo, dầu ăn, bánh kẹo và tiền mặt. Ban tổ chức cũng trao 3 căn nhà Đại đoàn kết trị giá 50 triệu đồng/căn, 200 chăn ấm và 30 suất học bổng, mỗi suất 1.000.000 đồng cho học sinh nghèo vượt khó. Tổng kinh phí chương trình hơn 480 triệu đồng.
Ông Y Jack Mlô, người có uy tín buôn Cuôr Knia, xúc động: "Năm nay buôn có thêm 2 căn nhà, bà con ai cũng vui". Bà Amí Lin, Chủ tịch Hội LHPN xã Ea Wer, cho biết xã còn 268 hộ nghèo, phần lớn là hộ đồng bào dân tộc thiểu số tại chỗ; phụ nữ xã đã góp 120 ngày công giúp các hộ dựng nhà.
Đồng chí Y Blin Niê chúc bà con đón Tết Kỷ Hợi an vui, đầm ấm; đề nghị cấp ủy, chính quyền xã tiếp tục thực hiện Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao chất lượng, hiệu quả công tác dân vận của cơ quan nhà nước, chính quyền các cấp và Chỉ thị 15-CT/TU của Tỉnh ủy về đẩy mạnh giảm nghèo bền vững vùng đồng bào dân tộc thiểu số; vận động bà con không nghe theo kẻ xấu, không tham gia các hoạt động trái pháp luật.
Theo Ban Dân vận Tỉnh ủy, dịp Tết Nguyên đán Kỷ Hợi, khối dân vận và MTTQ các cấp trong tỉnh đã vận động trao hơn 62.000 suất quà cho hộ nghèo, gia đình chính sách với tổng giá trị khoảng 21 tỷ đồng; tổ chức thăm, chúc Tết 1.580 người có uy tín và 96 cơ sở tôn giáo. Năm 2018, toàn tỉnh đã xây mới 870 nhà Đại đoàn kết từ nguồn Quỹ "Vì người nghèo".
Chương trình kết thúc bằng đêm giao lưu văn nghệ cồng chiêng; các nghệ nhân buôn Trí A trình diễn những bài chiêng truyền thống đón mừng năm mới, tạo không khí vui tươi, phấn khởi cho bà con trước thềm xuân.
H'Linh
Lượt truy cập: 2.317
Tin cùng chuyên mục
- Krông Bông trao 100 phần quà cho hộ nghèo (24/01/2019)
- Lắk: tổng kết công tác dân vận năm 2018 (28/12/2018)
- Ea Súp ra mắt mô hình "Dân vận khéo" (20/12/2018)
- Trao 15 căn nhà Đại đoàn kết cho hộ nghèo M'Drắk (12/12/2018)
- Cư M'gar: người có uy tín vận động bà con giữ đất sản xuất (05/12/2018)
""", "2019-01-28", '"Xuân yêu thương" đến với đồng bào buôn làng Buôn Đôn',
E("trao_qua", None, "2019-01-26"),
[P("Y Blin Niê", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("H'Xuân Êban", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Y Jack Mlô", "người có uy tín buôn Cuôr Knia"),
 P("Amí Lin", "Chủ tịch Hội LHPN xã Ea Wer")],
[Q("450 phần quà", 450, "phần quà"), Q("600 ngàn đồng", 600000, "đồng"), Q("3 căn nhà Đại đoàn kết", 3, "căn nhà Đại đoàn kết"),
 Q("50 triệu đồng", 50000000, "đồng"), Q("200 chăn ấm", 200, "chăn ấm"), Q("30 suất học bổng", 30, "suất học bổng"),
 Q("1.000.000 đồng", 1000000, "đồng"), Q("hơn 480 triệu đồng", 480000000, "đồng", "over"), Q("2 căn nhà", 2, "căn nhà"),
 Q("268 hộ nghèo", 268, "hộ nghèo"), Q("120 ngày công", 120, "ngày công"), Q("hơn 62.000 suất quà", 62000, "suất quà", "over"),
 Q("khoảng 21 tỷ đồng", 21000000000, "đồng", "approx"), Q("1.580 người có uy tín", 1580, "người có uy tín"),
 Q("96 cơ sở tôn giáo", 96, "cơ sở tôn giáo"), Q("870 nhà Đại đoàn kết", 870, "nhà Đại đoàn kết")],
[D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 14/7/2015"),
 D("Chỉ thị", "15", "CT/TU", None, "Tỉnh ủy", "Chỉ thị 15-CT/TU")],
[prov("Đắk Lắk"), com("Ea Wer"), com("Krông Na")],
["BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK", "Trang chủ › Tin tức › Dân vận với an sinh xã hội",
 "Đồng chí Y Blin Niê tặng quà Tết cho hộ nghèo buôn Cuôr Knia.", "Xuân yêu thương",
 "Công ty Cổ phần Cà phê Buôn Ma Thuột", "Vì người nghèo", "Lượt truy cập: 2.317"],
["Thứ Hai, 28/01/2019", "năm 2019", "Năm 2018", "Lượt truy cập: 2.317"]))

PAGES.append(page("b1814-nghean-mttq-tongket-2019", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH NGHỆ AN - Cổng thông tin điện tử
Trang chủ - Tin tức - Hoạt động Mặt trận
27.12.2019 | 15:30
Ảnh: Quang cảnh hội nghị.
Nghệ An: Năm 2019 hỗ trợ xây dựng, sửa chữa 2.135 nhà Đại đoàn kết
Ngày 26/12, Ủy ban MTTQ tỉnh Nghệ An tổ chức hội nghị tổng kết công tác Mặt trận năm 2019, triển khai chương trình phối hợp và thống nhất hành động năm 2020. Đồng chí Lê Đình Quyết, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh chủ trì. Dự có đồng chí Trần Văn Tịnh, Phó Bí thư Thường trực Tỉnh ủy.
Năm 2019, Quỹ "Vì người nghèo" các cấp tiếp nhận 58,3 tỷ đồng. MTTQ các cấp đã hỗ trợ xây mới 1.742 nhà và sửa chữa 393 nhà Đại đoàn kết cho hộ nghèo, tổng cộng 2.135 nhà, với tổng kinh phí hơn 72 tỷ đồng, vượt 18% kế hoạch; trao 86.500 suất quà Tết cho hộ nghèo, gia đình chính sách. Tỷ lệ hộ nghèo toàn tỉnh giảm từ 6,32% xuống còn 4,48%.
Thực hiện Nghị quyết số 02, 03-NQ/MT của Ủy ban MTTQ tỉnh về tổ chức "Ngày hội Đại đoàn kết toàn dân tộc" và về giám sát thực hiện chính sách giảm nghèo, năm 2019 MTTQ các cấp đã tổ chức 2.346 cuộc giám sát, phát hiện 312 hộ bình xét chưa đúng đối tượng. Ban Thường trực đã tham mưu Tỉnh ủy ban hành Chỉ thị số 31-CT/TU ngày 18/4/2019 về tăng cường lãnh đạo công tác vận động, quản lý, sử dụng Quỹ "Vì người nghèo".
Tại hội nghị, các đại biểu tập trung thảo luận về giải pháp xóa nhà tạm ở các huyện miền núi. Ông Lương Văn Khoa, Phó Chủ tịch Ủy ban MTTQ huyện Quế Phong, cho biết huyện có 460 hộ đồng bào Thái, Khơ Mú còn ở nhà tạm; ông Lầu Bá Chống, người có uy tín bản Huồi Khe, xã Mường Lống, đề nghị hỗ trợ vật liệu cứng vì nhiều bản chưa có đường ô tô. Bà Vi Thị Hạnh, Chủ tịch Ủy ban MTTQ xã Châu Kim, kể việc vận động 35 dòng họ góp công, góp gỗ dựng nhà cho 14 hộ nghèo.
Phát biểu chỉ đạo, đồng chí Trần Văn Tịnh ghi nhận những kết quả nổi bật, yêu cầu MTTQ các cấp chuẩn bị tốt Đại hội đại biểu MTTQ tỉnh lần thứ XV nhiệm kỳ 2019-2024; phối hợp tổ chức Tết vì người nghèo; tiếp tục thực hiện cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" và phong trào "Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau".
Tại hội nghị, Ủy ban MTTQ tỉnh đã trao bằng khen cho 25 tập thể, 40 cá nhân có thành tích xuất sắc trong công tác Mặt trận năm 2019; Công ty TNHH Mía đường Nghệ An trao tặng 1 tỷ đồng cho Quỹ "Vì người nghèo" tỉnh.
Minh Hà - Hồ Phương
Xem thêm
- Kỳ Sơn bàn giao 45 nhà Đại đoàn kết (20/12/2019)
- Hội nghị Ủy ban MTTQ tỉnh lần thứ 10 (10/12/2019)
- Tháng cao điểm Vì người nghèo thu gần 20 tỷ đồng (18/11/2019)
- Diễn Châu: Ngày hội Đại đoàn kết ở khối Trung Bắc (15/11/2019)
""", "2019-12-27", "Nghệ An: Năm 2019 hỗ trợ xây dựng, sửa chữa 2.135 nhà Đại đoàn kết",
E("tong_ket", "2019", "2019-12-26"),
[P("Lê Đình Quyết", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Trần Văn Tịnh", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Lương Văn Khoa", "Phó Chủ tịch Ủy ban MTTQ huyện Quế Phong"),
 P("Lầu Bá Chống", "người có uy tín bản Huồi Khe"),
 P("Vi Thị Hạnh", "Chủ tịch Ủy ban MTTQ xã Châu Kim")],
[Q("2.135 nhà Đại đoàn kết", 2135, "nhà Đại đoàn kết"), Q("58,3 tỷ đồng", 58300000000, "đồng"), Q("1.742 nhà", 1742, "nhà"),
 Q("393 nhà Đại đoàn kết", 393, "nhà Đại đoàn kết"), Q("hơn 72 tỷ đồng", 72000000000, "đồng", "over"), Q("18%", 18, "%"),
 Q("86.500 suất quà", 86500, "suất quà"), Q("6,32%", 6.32, "%"), Q("4,48%", 4.48, "%"), Q("2.346 cuộc giám sát", 2346, "cuộc giám sát"),
 Q("312 hộ", 312, "hộ"), Q("460 hộ đồng bào Thái, Khơ Mú", 460, "hộ đồng bào Thái, Khơ Mú"), Q("35 dòng họ", 35, "dòng họ"),
 Q("14 hộ nghèo", 14, "hộ nghèo"), Q("25 tập thể", 25, "tập thể"), Q("40 cá nhân", 40, "cá nhân"), Q("1 tỷ đồng", 1000000000, "đồng")],
[D("Nghị quyết", "02", "NQ/MT", None, "Ủy ban MTTQ tỉnh", "Nghị quyết số 02, 03-NQ/MT"),
 D("Nghị quyết", "03", "NQ/MT", None, "Ủy ban MTTQ tỉnh", "Nghị quyết số 02, 03-NQ/MT"),
 D("Chỉ thị", "31", "CT/TU", "2019-04-18", "Tỉnh ủy", "Chỉ thị số 31-CT/TU ngày 18/4/2019")],
[prov("Nghệ An"), com("Mường Lống"), com("Châu Kim")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH NGHỆ AN - Cổng thông tin điện tử", "Trang chủ - Tin tức - Hoạt động Mặt trận",
 "Ảnh: Quang cảnh hội nghị.", "Vì người nghèo", "Ngày hội Đại đoàn kết toàn dân tộc", "Tết vì người nghèo",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau",
 "Công ty TNHH Mía đường Nghệ An"],
["27.12.2019 | 15:30", "năm 2019", "năm 2020", "lần thứ XV", "nhiệm kỳ 2019-2024"]))

PAGES.append(page("b1815-quangtri-bdv-cuutro-lu-2020", """
Trang thông tin điện tử Ban Dân vận Tỉnh ủy Quảng Trị
Trang chủ / Tin tức - Sự kiện / Tin hoạt động
Thứ Bảy, 24/10/2020
Đưa hàng cứu trợ đến với đồng bào vùng lũ Hướng Hóa
Ngày 23/10/2020, Ban Dân vận Tỉnh ủy Quảng Trị phối hợp với Ủy ban MTTQ tỉnh và Bộ Chỉ huy Quân sự tỉnh đưa 2 xe tải hàng cứu trợ đến với đồng bào Vân Kiều, Pa Kô bị thiệt hại do mưa lũ, sạt lở đất tại xã Hướng Việt và xã Hướng Phùng, huyện Hướng Hóa. Đoàn do đồng chí Hồ Văn Lai, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy dẫn đầu.
Đồng chí Hồ Văn Lai trao quà cho người dân xã Hướng Việt.
Đoàn đã trao 700 thùng mì tôm, 7 tấn gạo, 500 thùng nước uống, 350 bộ chăn màn và 420 suất tiền mặt, mỗi suất 1 triệu đồng cho các hộ có nhà bị ngập, sạt lở. Đặc biệt, 12 hộ có người chết và mất tích được hỗ trợ mỗi hộ 15.000.000 đồng. Tổng giá trị hàng cứu trợ đợt này khoảng 1,25 tỷ đồng.
Theo ông Hồ Văn Hùng, Bí thư Đảng ủy xã Hướng Việt, mưa lũ lịch sử đã làm 46 ngôi nhà bị vùi lấp, 120 ha lúa nước và hoa màu mất trắng; hơn 300 người dân phải sơ tán đến nhà văn hóa và trường học. Bà Kăn Thị Bon, người có uy tín bản A Xóc, kể lại những đêm cùng bộ đội, công an đưa người già, trẻ nhỏ ra khỏi vùng sạt lở.
Trước đó, thực hiện Chỉ thị số 42-CT/TW ngày 24/3/2020 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác phòng ngừa, ứng phó, khắc phục hậu quả thiên tai, Ban Dân vận Tỉnh ủy đã ban hành Công văn số 118-CV/BDVTU đề nghị khối dân vận các cấp chủ động vận động nhân dân di dời khỏi vùng nguy hiểm. Ủy ban MTTQ tỉnh đã tiếp nhận hơn 86 tỷ đồng và nhiều hàng hóa do các tổ chức, cá nhân trong và ngoài nước ủng hộ đồng bào Quảng Trị.
Cũng trong chuyến công tác, đồng chí Hồ Văn Lai và bà Nguyễn Thị Hoa Phượng, Phó Chủ tịch Ủy ban MTTQ tỉnh, đã thăm, động viên cán bộ, chiến sĩ Đồn Biên phòng Thanh đang giúp dân khắc phục hậu quả, trao tặng đơn vị 20 triệu đồng. Đồng chí đề nghị cấp ủy, chính quyền xã tổ chức phân phối hàng cứu trợ kịp thời, công khai, đúng đối tượng; phát huy vai trò già làng, trưởng bản, người có uy tín trong ổn định đời sống nhân dân sau lũ.
Bà con bản A Xóc cho biết, nhờ sự giúp đỡ kịp thời của các đoàn cứu trợ, nhiều gia đình đã có lương thực, nước sạch để vượt qua những ngày khó khăn nhất; thanh niên trong bản đang cùng bộ đội dọn bùn đất, dựng lại nhà tạm.
Ngọc Trang
Tin liên quan
- Tiếp nhận hàng cứu trợ của đồng bào cả nước (22/10/2020)
- Hải Lăng: nước lũ dâng cao, hàng nghìn hộ bị ngập (19/10/2020)
- Kêu gọi ủng hộ đồng bào miền Trung (15/10/2020)
- Đakrông: sạt lở chia cắt nhiều thôn bản (12/10/2020)
- Hội nghị giao ban công tác dân vận quý III năm 2020 (08/10/2020)
""", "2020-10-24", "Đưa hàng cứu trợ đến với đồng bào vùng lũ Hướng Hóa",
E("trao_qua", None, "2020-10-23"),
[P("Hồ Văn Lai", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hồ Văn Hùng", "Bí thư Đảng ủy xã Hướng Việt"),
 P("Kăn Thị Bon", "người có uy tín bản A Xóc"),
 P("Nguyễn Thị Hoa Phượng", "Phó Chủ tịch Ủy ban MTTQ tỉnh")],
[Q("2 xe tải", 2, "xe tải"), Q("700 thùng mì tôm", 700, "thùng mì tôm"), Q("7 tấn", 7, "tấn"), Q("500 thùng nước uống", 500, "thùng nước uống"),
 Q("350 bộ chăn màn", 350, "bộ chăn màn"), Q("420 suất tiền mặt", 420, "suất tiền mặt"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("12 hộ", 12, "hộ"), Q("15.000.000 đồng", 15000000, "đồng"), Q("khoảng 1,25 tỷ đồng", 1250000000, "đồng", "approx"),
 Q("46 ngôi nhà", 46, "ngôi nhà"), Q("120 ha", 120, "ha"), Q("hơn 300 người dân", 300, "người dân", "over"),
 Q("hơn 86 tỷ đồng", 86000000000, "đồng", "over"), Q("20 triệu đồng", 20000000, "đồng")],
[D("Chỉ thị", "42", "CT/TW", "2020-03-24", "Ban Bí thư", "Chỉ thị số 42-CT/TW ngày 24/3/2020"),
 D("Công văn", "118", "CV/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Công văn số 118-CV/BDVTU")],
[prov("Quảng Trị"), com("Hướng Việt"), com("Hướng Phùng")],
["Trang thông tin điện tử Ban Dân vận Tỉnh ủy Quảng Trị", "Trang chủ / Tin tức - Sự kiện / Tin hoạt động",
 "Đồng chí Hồ Văn Lai trao quà cho người dân xã Hướng Việt.", "Bộ Chỉ huy Quân sự tỉnh", "Đồn Biên phòng Thanh"],
["Thứ Bảy, 24/10/2020"]))

PAGES.append(page("b1816-travinh-doithoai-hongheo-2021", """
Cổng thông tin điện tử huyện Trà Cú - tỉnh Trà Vinh
Trang chủ » Tin tức » Dân vận chính quyền
2021-06-16 08:20
Chủ tịch UBND huyện đối thoại với hộ nghèo, hộ cận nghèo về chính sách giảm nghèo
Quang cảnh buổi đối thoại tại hội trường UBND xã Ngãi Xuyên.
Ngày 15/6/2021, UBND huyện Trà Cú phối hợp với Ủy ban MTTQ huyện tổ chức buổi đối thoại giữa Chủ tịch UBND huyện với hộ nghèo, hộ cận nghèo năm 2021 tại xã Ngãi Xuyên. Chủ trì đối thoại có ông Kim Văn Sang, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện; ông Thạch Sô Phanh, Chủ tịch Ủy ban MTTQ huyện. Tham dự có 150 đại biểu là hộ nghèo, hộ cận nghèo, người có uy tín, chức sắc tôn giáo của 5 xã Ngãi Xuyên, Tập Sơn, Tân Hiệp, Lưu Nghiệp Anh, Đại An.
Buổi đối thoại được tổ chức theo Kế hoạch số 64/KH-UBND ngày 20/5/2021 của UBND huyện, thực hiện Chỉ thị số 04-CT/HU ngày 8/3/2021 của Ban Thường vụ Huyện ủy về nâng cao hiệu quả công tác giảm nghèo bền vững.
Theo báo cáo, đầu năm 2021 huyện còn 2.871 hộ nghèo, chiếm 6,1%, trong đó hộ nghèo Khmer 2.114 hộ; 1.936 hộ cận nghèo. Năm 2020, huyện đã hỗ trợ 3.405 hộ vay vốn ưu đãi với tổng dư nợ 86,2 tỷ đồng, xây 214 căn nhà Đại đoàn kết, cấp 12.760 thẻ bảo hiểm y tế cho người nghèo.
Tại buổi đối thoại, có 17 ý kiến được nêu. Bà Thạch Thị Sa Rươl, hộ nghèo ấp Chợ, xã Ngãi Xuyên, đề nghị hỗ trợ con giống và hướng dẫn kỹ thuật nuôi bò; ông Sơn Chanh Đa, người có uy tín ấp Trà Kha, hỏi về thủ tục vay vốn làm nhà và mức cho vay. Ông Kim Văn Sang trả lời: hộ nghèo được vay 40 triệu đồng để làm nhà, lãi suất 3%/năm; hộ cận nghèo được vay 100 triệu đồng để sản xuất. Đại đức Thạch Hiền, trụ trì chùa Ô Mịch, đề nghị mở thêm lớp dạy nghề cho thanh niên Khmer.
Ông Thạch Sô Phanh đề nghị Ủy ban MTTQ các xã tiếp tục vận động xây 60 căn nhà Đại đoàn kết trong năm 2021, mỗi căn 50 triệu đồng, trong đó Quỹ "Vì người nghèo" huyện hỗ trợ 30 triệu đồng, phần còn lại do gia đình, dòng họ và nhà hảo tâm đóng góp.
Kết thúc đối thoại, Chủ tịch UBND huyện giao các phòng, ban chuyên môn tiếp thu, trả lời bằng văn bản những ý kiến chưa giải quyết ngay tại buổi đối thoại trong thời hạn 15 ngày.
Hoàng Nam (Trung tâm VH-TT-TT huyện)
Tin khác
- Trà Cú ra quân xây nhà Đại đoàn kết năm 2021 (02/06/2021)
- Tập huấn nghiệp vụ cho cán bộ Mặt trận cơ sở (25/05/2021)
- Trao 500 phần quà cho hộ nghèo dịp Chôl Chnăm Thmây (12/04/2021)
- Ủy ban MTTQ huyện hiệp thương giới thiệu người ứng cử đại biểu HĐND (20/03/2021)
- Xã Kim Sơn ra mắt mô hình "Phum sóc an toàn" (10/03/2021)
- Họp mặt chức sắc, chức việc các tôn giáo nhân dịp Tết Tân Sửu (05/02/2021)
- Tập Sơn: bàn giao 6 căn nhà cho hộ nghèo (20/01/2021)
""", "2021-06-16", "Chủ tịch UBND huyện đối thoại với hộ nghèo, hộ cận nghèo về chính sách giảm nghèo",
E("doi_thoai", "2021", "2021-06-15"),
[P("Kim Văn Sang", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"),
 P("Thạch Sô Phanh", "Chủ tịch Ủy ban MTTQ huyện"),
 P("Thạch Thị Sa Rươl"),
 P("Sơn Chanh Đa", "người có uy tín ấp Trà Kha"),
 P("Thạch Hiền", "Đại đức", "trụ trì chùa Ô Mịch")],
[Q("150 đại biểu", 150, "đại biểu"), Q("5 xã", 5, "xã"), Q("2.871 hộ nghèo", 2871, "hộ nghèo"), Q("6,1%", 6.1, "%"),
 Q("2.114 hộ", 2114, "hộ"), Q("1.936 hộ cận nghèo", 1936, "hộ cận nghèo"), Q("3.405 hộ", 3405, "hộ"),
 Q("86,2 tỷ đồng", 86200000000, "đồng"), Q("214 căn nhà Đại đoàn kết", 214, "căn nhà Đại đoàn kết"),
 Q("12.760 thẻ bảo hiểm y tế", 12760, "thẻ bảo hiểm y tế"), Q("17 ý kiến", 17, "ý kiến"), Q("40 triệu đồng", 40000000, "đồng"),
 Q("3%", 3, "%"), Q("100 triệu đồng", 100000000, "đồng"), Q("60 căn nhà Đại đoàn kết", 60, "căn nhà Đại đoàn kết"),
 Q("50 triệu đồng", 50000000, "đồng"), Q("30 triệu đồng", 30000000, "đồng")],
[D("Kế hoạch", "64", "KH-UBND", "2021-05-20", "UBND huyện", "Kế hoạch số 64/KH-UBND ngày 20/5/2021"),
 D("Chỉ thị", "04", "CT/HU", "2021-03-08", "Ban Thường vụ Huyện ủy", "Chỉ thị số 04-CT/HU ngày 8/3/2021")],
[prov("Trà Vinh"), com("Ngãi Xuyên"), com("Tập Sơn"), com("Tân Hiệp"), com("Lưu Nghiệp Anh"), com("Đại An")],
["Cổng thông tin điện tử huyện Trà Cú - tỉnh Trà Vinh", "Trang chủ » Tin tức » Dân vận chính quyền",
 "Quang cảnh buổi đối thoại tại hội trường UBND xã Ngãi Xuyên.", "Vì người nghèo", "Trung tâm VH-TT-TT huyện"],
["2021-06-16 08:20", "năm 2021", "Năm 2020", "15 ngày"]))
