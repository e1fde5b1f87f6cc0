from lib import *
PAGES = []

PAGES.append(page("b9539-hatinh-mttq-tongket-giamsat-phanbien-2017", """
Hôm nay: Thứ Năm, 28/12/2017
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH HÀ TĨNH - Cổng thông tin điện tử
You are here: Trang chủ > Tin tức > Giám sát - Phản biện xã hội
Thứ Tư, 27/12/2017
Ảnh: Đại biểu dự hội nghị tổng kết.
Nâng cao chất lượng giám sát, phản biện xã hội của Mặt trận
Ngày 26/12, Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh tổ chức hội nghị tổng kết công tác giám sát, phản biện xã hội năm 2017, triển khai nhiệm vụ năm 2018. Dự hội nghị có đồng chí Nguyễn Hữu Thiềng, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh; đồng chí Võ Thị Thúy Hằng, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Năm 2017, thực hiện Quyết định 217-QĐ/TW của Bộ Chính trị và Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN ngày 15/6/2017 quy định chi tiết các hình thức giám sát, phản biện xã hội của MTTQ Việt Nam, Mặt trận và các đoàn thể trong tỉnh đã chủ trì 156 cuộc giám sát, trong đó cấp tỉnh 12 cuộc; tổ chức 27 hội nghị phản biện xã hội và tham gia góp ý 64 dự thảo văn bản của cấp ủy, chính quyền. Qua giám sát đã đưa ra 1.245 kiến nghị, có 92% kiến nghị được cơ quan chức năng tiếp thu, giải quyết.
Đáng chú ý, Mặt trận tỉnh đã phản biện dự thảo Nghị quyết của HĐND tỉnh về chính sách hỗ trợ ngư dân sau sự cố môi trường biển, đề xuất nâng mức hỗ trợ và bổ sung đối tượng là lao động làm dịch vụ hậu cần nghề cá; các đề xuất này đã được HĐND tỉnh tiếp thu. Ban Thường vụ Tỉnh ủy cũng ban hành Chỉ thị 19-CT/TU ngày 7/4/2017 về tăng cường sự lãnh đạo của cấp ủy đối với công tác giám sát, phản biện xã hội.
Tại hội nghị, ông Đặng Văn Sỹ, Chủ tịch Ủy ban MTTQ xã Thạch Kim, chia sẻ: nhờ giám sát việc chi trả bồi thường mà xã đã phát hiện 14 trường hợp kê khai chưa đúng, kịp thời đề nghị điều chỉnh. Bà Lê Thị Hoài Phương, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh, cho rằng hạn chế lớn nhất là thiếu chuyên gia, kinh phí cho hoạt động phản biện, có nơi phản biện còn hình thức.
Phát biểu chỉ đạo, đồng chí Nguyễn Hữu Thiềng đề nghị các cấp ủy xem ý kiến phản biện của Mặt trận là kênh thông tin quan trọng trước khi ban hành chủ trương; chính quyền các cấp phải trả lời bằng văn bản các kiến nghị sau giám sát. Năm 2018, Mặt trận tập trung giám sát việc thu, chi các khoản đóng góp của nhân dân trong xây dựng nông thôn mới.
Dịp này, Ủy ban MTTQ tỉnh tặng bằng khen cho 15 tập thể và 20 cá nhân có thành tích xuất sắc trong công tác giám sát, phản biện xã hội.
Thu Hà
Tin liên quan
- Hương Sơn: Tọa đàm về phản biện xã hội ở cơ sở (15/12/2017)
- Trao 150 suất quà cho ngư dân bị ảnh hưởng sự cố môi trường (05/12/2017)
- Hội nghị Ủy ban MTTQ tỉnh lần thứ 7, khóa XV (20/11/2017)
""", "2017-12-27", "Nâng cao chất lượng giám sát, phản biện xã hội của Mặt trận",
E("tong_ket", "2017", "2017-12-26"),
[P("Nguyễn Hữu Thiềng", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Võ Thị Thúy Hằng", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đặng Văn Sỹ", "Chủ tịch Ủy ban MTTQ xã Thạch Kim"),
 P("Lê Thị Hoài Phương", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh")],
[Q("156 cuộc giám sát", 156, "cuộc giám sát"), Q("12 cuộc", 12, "cuộc"), Q("27 hội nghị phản biện xã hội", 27, "hội nghị phản biện xã hội"),
 Q("64 dự thảo văn bản", 64, "dự thảo văn bản"), Q("1.245 kiến nghị", 1245, "kiến nghị"), Q("92% kiến nghị", 92, "%"),
 Q("14 trường hợp", 14, "trường hợp"), Q("15 tập thể", 15, "tập thể"), Q("20 cá nhân", 20, "cá nhân")],
[D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217-QĐ/TW"),
 D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", "2017-06-15", None, "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN ngày 15/6/2017"),
 D("Chỉ thị", "19", "CT/TU", "2017-04-07", "Ban Thường vụ Tỉnh ủy", "Chỉ thị 19-CT/TU ngày 7/4/2017")],
[prov("Hà Tĩnh"), com("Thạch Kim")],
["Hôm nay: Thứ Năm, 28/12/2017", "MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH HÀ TĨNH - Cổng thông tin điện tử",
 "You are here: Trang chủ > Tin tức > Giám sát - Phản biện xã hội", "Ảnh: Đại biểu dự hội nghị tổng kết."],
["Hôm nay: Thứ Năm, 28/12/2017", "Thứ Tư, 27/12/2017", "năm 2017", "năm 2018", "Năm 2018"]))

PAGES.append(page("b9540-laichau-mttq-phanbien-macca-2018", """
Báo Lai Châu điện tử
Trang chủ | Thời sự | Chính trị | Kinh tế | Xã hội | Dân tộc - Miền núi
09.08.2018 | 15:10
Đồng chí Giàng A Tính chủ trì hội nghị.
Phản biện chính sách hỗ trợ phát triển cây mắc ca
(BLC) - Ngày 8/8, Ủy ban MTTQ Việt Nam tỉnh tổ chức Hội nghị phản biện xã hội lần thứ 2 năm 2018 đối với dự thảo Nghị quyết của HĐND tỉnh quy định chính sách hỗ trợ phát triển cây mắc ca trên địa bàn tỉnh Lai Châu giai đoạn 2018 - 2025. Đồng chí Giàng A Tính, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.
Theo dự thảo, tỉnh phấn đấu đến năm 2025 trồng mới khoảng 2.000 ha mắc ca, nâng tổng diện tích lên trên 5.800 ha; người trồng được hỗ trợ 15 triệu đồng/ha tiền giống và phân bón năm đầu. Tổng kinh phí dự kiến khoảng 180 tỷ đồng từ ngân sách tỉnh và lồng ghép các chương trình. Dự thảo được xây dựng theo Kế hoạch số 1520/KH-UBND ngày 2/7/2018 của UBND tỉnh.
Tại hội nghị, các đại biểu đánh giá cao sự cần thiết ban hành chính sách nhưng đề nghị làm rõ cơ chế liên kết bao tiêu. Bà Lường Thị Nhâm, Phó Giám đốc Sở Nông nghiệp và PTNT, cho biết diện tích mắc ca toàn tỉnh hiện đạt 3.850 ha, trong đó khoảng 40% diện tích đã cho quả bói nhưng năng suất chưa ổn định.
Ông Tẩn Láo San, Chủ tịch UBND xã Tả Lèng, đề nghị hỗ trợ cả cây giống ghép đạt chuẩn và tập huấn kỹ thuật cho đồng bào Dao, Mông: "Nhiều hộ trồng xong không biết chăm, cây còi cọc, bà con nản". Ông Lỳ Gió Xá, người có uy tín bản Seo Thèn A, xã Thu Lũm, lưu ý không nên vận động trồng mắc ca trên đất lúa nương, dễ ảnh hưởng an ninh lương thực của hộ nghèo.
Nhiều đại biểu đề nghị làm rõ trách nhiệm của doanh nghiệp khi ký hợp đồng bao tiêu. Hiện trên địa bàn có 3 doanh nghiệp đầu tư trồng và chế biến mắc ca, nhưng mới có một doanh nghiệp xây dựng xưởng sơ chế với công suất 1.000 tấn/năm. Ông Đèo Văn Thanh, Phó Giám đốc Sở Tài chính, cho biết nguồn ngân sách tỉnh còn hạn hẹp nên dự thảo ưu tiên hỗ trợ theo vùng tập trung ở các huyện Tam Đường, Phong Thổ, Sìn Hồ.
Luật sư Lò Văn Phút, Phó Chủ tịch Hội Luật gia tỉnh, phản biện: dự thảo quy định điều kiện hỗ trợ là diện tích liền vùng từ 3 ha trở lên là quá cao với đất dốc; đề nghị hạ xuống tối thiểu 1 ha và cho phép nhóm hộ cùng đăng ký.
Kết luận hội nghị, đồng chí Giàng A Tính khẳng định Ủy ban MTTQ tỉnh sẽ tổng hợp đầy đủ 19 ý kiến phản biện gửi HĐND, UBND tỉnh theo đúng Quyết định 217-QĐ/TW và Chương trình phối hợp số 06/CTPH-MTTQ-HĐND-UBND.
Thu Trang
Lượt xem: 1.377
Tin khác
- Mặt trận giám sát thực hiện Chương trình 135 tại Sìn Hồ (25/07/2018)
- Phong Thổ: 68 hộ được hỗ trợ làm nhà Đại đoàn kết (17/07/2018)
- Hội nghị phản biện xã hội lần thứ 1 năm 2018 (21/05/2018)
""", "2018-08-09", "Phản biện chính sách hỗ trợ phát triển cây mắc ca",
E("hoi_nghi", "2018", "2018-08-08"),
[P("Giàng A Tính", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lường Thị Nhâm", "Phó Giám đốc Sở Nông nghiệp và PTNT"),
 P("Tẩn Láo San", "Chủ tịch UBND xã Tả Lèng"),
 P("Lỳ Gió Xá", "người có uy tín bản Seo Thèn A"),
 P("Lò Văn Phút", "Luật sư", "Phó Chủ tịch Hội Luật gia tỉnh"),
 P("Đèo Văn Thanh", "Phó Giám đốc Sở Tài chính")],
[Q("khoảng 2.000 ha", 2000, "ha", "approx"), Q("trên 5.800 ha", 5800, "ha", "over"), Q("15 triệu đồng", 15000000, "đồng"),
 Q("khoảng 180 tỷ đồng", 180000000000, "đồng", "approx"), Q("3.850 ha", 3850, "ha"), Q("khoảng 40%", 40, "%", "approx"),
 Q("từ 3 ha trở lên", 3, "ha", "over"), Q("tối thiểu 1 ha", 1, "ha"), Q("3 doanh nghiệp", 3, "doanh nghiệp"), Q("1.000 tấn", 1000, "tấn"), Q("19 ý kiến phản biện", 19, "ý kiến phản biện")],
[D("Kế hoạch", "1520", "KH-UBND", "2018-07-02", "UBND tỉnh", "Kế hoạch số 1520/KH-UBND ngày 2/7/2018"),
 D("Quyết định", "217", "QĐ/TW", None, None, "Quyết định 217-QĐ/TW"),
 D("Chương trình phối hợp", "06", "CTPH-MTTQ-HĐND-UBND", None, None, "Chương trình phối hợp số 06/CTPH-MTTQ-HĐND-UBND")],
[prov("Lai Châu"), com("Tả Lèng"), com("Thu Lũm")],
["Báo Lai Châu điện tử", "Trang chủ | Thời sự | Chính trị | Kinh tế | Xã hội | Dân tộc - Miền núi",
 "Đồng chí Giàng A Tính chủ trì hội nghị.", "(BLC)", "Lượt xem: 1.377", "Sở Nông nghiệp và PTNT"],
["09.08.2018 | 15:10", "lần thứ 2", "năm 2018", "giai đoạn 2018 - 2025", "năm 2025", "năm đầu", "Lượt xem: 1.377"]))

PAGES.append(page("b9541-daklak-mttq-giamsat-datsanxuat-2019", """
ỦY BAN MTTQ VIỆT NAM TỈNH ĐẮK LẮK
Trang chủ / Hoạt động / Giám sát và phản biện xã hội
Cập nhật lúc 10:20 ngày 14/06/2019
Giám sát chính sách hỗ trợ đất sản xuất cho đồng bào dân tộc thiểu số tại Krông Bông
Ngày 13/6, Đoàn giám sát của Ủy ban MTTQ Việt Nam tỉnh do bà H'Yim Kđoh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh - Trưởng đoàn giám sát làm trưởng đoàn đã giám sát việc thực hiện chính sách hỗ trợ đất sản xuất, chuyển đổi nghề cho hộ đồng bào dân tộc thiểu số nghèo theo Quyết định 2085/QĐ-TTg ngày 31/10/2016 của Thủ tướng Chính phủ tại huyện Krông Bông.
Đoàn giám sát làm việc tại UBND xã Cư Pui.
Theo báo cáo của UBND huyện, giai đoạn 2017 - 2019, huyện được phân bổ 7,3 tỷ đồng để hỗ trợ 1.062 hộ; đến nay đã giải ngân cho 906 hộ, chủ yếu hỗ trợ chuyển đổi nghề bằng mua bò giống, máy xay xát. Riêng hỗ trợ đất sản xuất mới thực hiện được 48 ha vì quỹ đất công hầu như không còn; còn 156 hộ chưa nhận được hỗ trợ do thiếu vốn đối ứng. Huyện có 14 xã, thị trấn với trên 42% dân số là đồng bào dân tộc thiểu số; tỷ lệ hộ nghèo cuối năm 2018 còn 17,6%.
Ông Lê Văn Hải, Trưởng phòng Dân tộc huyện, giải trình: nhiều hộ được bình xét từ năm 2017 nay đã di cư hoặc tách hộ, nên danh sách phải rà soát lại nhiều lần, làm chậm tiến độ giải ngân.
Bà H'Liên Niê, Phó Chủ tịch UBND huyện Krông Bông, kiến nghị Trung ương điều chỉnh định mức hỗ trợ chuyển đổi nghề từ 5 triệu đồng/hộ lên ít nhất 10 triệu đồng/hộ cho phù hợp giá cả thực tế.
Trực tiếp kiểm tra tại xã Cư Pui và xã Yang Mao, đoàn ghi nhận nhiều hộ sử dụng vốn hiệu quả. Ông Y Thông Mlô, Chủ tịch UBND xã Cư Pui, cho biết xã có 4 buôn được hỗ trợ, nhưng một số hộ đã bán bò giống để trả nợ. Già làng Y Ngông Êban, buôn Khanh, phản ánh việc bình xét đối tượng có lúc chưa công khai; ông đề nghị đưa danh sách ra họp buôn để bà con cùng giám sát.
Cùng đợt, đoàn đã lấy ý kiến cán bộ, nhân dân góp ý dự thảo Đề án hỗ trợ đất sản xuất giai đoạn 2021 - 2025 do Ban Dân tộc tỉnh soạn thảo; nhiều ý kiến đề nghị thay việc cấp đất bằng hỗ trợ học nghề cho thanh niên.
Phát biểu kết luận, bà H'Yim Kđoh đề nghị huyện rà soát lại danh sách hộ hưởng chính sách, xử lý dứt điểm các trường hợp sai đối tượng; đồng thời tổng hợp kiến nghị của đoàn theo Kế hoạch số 68/KH-MTTQ-BTT ngày 20/5/2019 của Ban Thường trực Ủy ban MTTQ tỉnh để báo cáo Ủy ban Trung ương MTTQ Việt Nam. Kết thúc đợt giám sát, Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk sẽ có văn bản kiến nghị gửi UBND tỉnh.
H'Đung
Tin liên quan
- Krông Pắc: Hội nghị phản biện xã hội về giá nước sạch nông thôn (30/05/2019)
- Mặt trận các cấp vận động 1.500 phần quà cho hộ nghèo (06/02/2019)
- Tập huấn nghiệp vụ giám sát cho Ban Thanh tra nhân dân (24/01/2019)
""", "2019-06-14", "Giám sát chính sách hỗ trợ đất sản xuất cho đồng bào dân tộc thiểu số tại Krông Bông",
E("giam_sat", None, "2019-06-13"),
[P("H'Yim Kđoh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh - Trưởng đoàn giám sát"),
 P("H'Liên Niê", "Phó Chủ tịch UBND huyện Krông Bông"),
 P("Y Thông Mlô", "Chủ tịch UBND xã Cư Pui"),
 P("Y Ngông Êban", "Già làng"),
 P("Lê Văn Hải", "Trưởng phòng Dân tộc huyện")],
[Q("7,3 tỷ đồng", 7300000000, "đồng"), Q("1.062 hộ", 1062, "hộ"), Q("906 hộ", 906, "hộ"), Q("48 ha", 48, "ha"),
 Q("156 hộ", 156, "hộ"), Q("5 triệu đồng", 5000000, "đồng"), Q("ít nhất 10 triệu đồng", 10000000, "đồng", "over"),
 Q("4 buôn", 4, "buôn"), Q("14 xã, thị trấn", 14, "xã, thị trấn"), Q("trên 42%", 42, "%", "over"), Q("17,6%", 17.6, "%")],
[D("Quyết định", "2085", "QĐ-TTg", "2016-10-31", "Thủ tướng Chính phủ", "Quyết định 2085/QĐ-TTg ngày 31/10/2016"),
 D("Kế hoạch", "68", "KH-MTTQ-BTT", "2019-05-20", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 68/KH-MTTQ-BTT ngày 20/5/2019")],
[prov("Đắk Lắk"), com("Cư Pui"), com("Yang Mao")],
["ỦY BAN MTTQ VIỆT NAM TỈNH ĐẮK LẮK", "Trang chủ / Hoạt động / Giám sát và phản biện xã hội", "Đoàn giám sát làm việc tại UBND xã Cư Pui.",
 "Ban Dân tộc tỉnh"],
["Cập nhật lúc 10:20 ngày 14/06/2019", "giai đoạn 2017 - 2019", "giai đoạn 2021 - 2025"]))

PAGES.append(page("b9542-tiengiang-mttq-gopy-vankien-xiii-2020", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH TIỀN GIANG
Tin tức » Hoạt động Mặt trận » Góp ý văn kiện
23 tháng 7, 2020 | 11:30
Ảnh: Các đại biểu dự hội nghị.
Trí thức, văn nghệ sĩ, chức sắc góp ý dự thảo văn kiện Đại hội XIII của Đảng
Sáng 22/7, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Tiền Giang tổ chức hội nghị lấy ý kiến góp ý của trí thức, văn nghệ sĩ, chức sắc tôn giáo, doanh nhân tiêu biểu vào dự thảo các văn kiện trình Đại hội đại biểu toàn quốc lần thứ XIII của Đảng và dự thảo văn kiện Đại hội đại biểu Đảng bộ tỉnh lần thứ XI, nhiệm kỳ 2020 - 2025. Đồng chí Nguyễn Thị Ngọc Lan, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Hội nghị thực hiện theo Chỉ thị 35-CT/TW ngày 30/5/2019 của Bộ Chính trị về đại hội đảng bộ các cấp và Kế hoạch số 204-KH/TU của Ban Thường vụ Tỉnh ủy về lấy ý kiến nhân dân góp ý dự thảo văn kiện. Hơn 100 đại biểu tham dự, đại diện cho các giới, các tôn giáo và đồng bào Hoa, Khmer trên địa bàn tỉnh.
Đa số ý kiến đồng tình với chủ đề, phương hướng nêu trong dự thảo Báo cáo chính trị. GS.TS. Trần Văn Hữu, Chủ tịch Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh, đề nghị văn kiện nhấn mạnh hơn vai trò của khoa học công nghệ trong ứng phó xâm nhập mặn; ông dẫn chứng đợt hạn mặn mùa khô 2019 - 2020 khiến 23.900 ha cây ăn trái của tỉnh bị ảnh hưởng, thiệt hại ước khoảng 1.300 tỷ đồng.
Nhà văn Lê Thị Phương Thảo, Chủ tịch Hội Văn học - Nghệ thuật tỉnh, góp ý cần có giải pháp cụ thể để bảo tồn nghệ thuật đờn ca tài tử. Hòa thượng Thích Huệ Minh, Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, đề nghị bổ sung nội dung phát huy nguồn lực của các tôn giáo trong an sinh xã hội; năm qua các cơ sở tôn giáo trong tỉnh đã đóng góp trên 45 tỷ đồng cho công tác từ thiện.
Bà Võ Thị Bé Năm, Phó Chủ tịch Hội Doanh nghiệp tỉnh, kiến nghị cải thiện chỉ số năng lực cạnh tranh cấp tỉnh, giảm thời gian giải quyết thủ tục đất đai. Ông Huỳnh Văn Điền, Chủ tịch Ủy ban MTTQ Việt Nam xã Tân Phước, phản ánh mong muốn của cử tri về việc nạo vét kênh, làm cống ngăn mặn cho vùng ngọt hóa Gò Công.
Phát biểu kết luận, đồng chí Nguyễn Thị Ngọc Lan ghi nhận 38 ý kiến góp ý thẳng thắn, tâm huyết; Ban Thường trực sẽ tổng hợp đầy đủ gửi Ban Thường vụ Tỉnh ủy và Ủy ban Trung ương MTTQ Việt Nam.
Trúc Ly
Số lượt xem: 2.041
Tin cùng chuyên mục
- Cai Lậy: Hội nghị lấy ý kiến góp ý dự thảo văn kiện đại hội Đảng bộ thị xã (17/07/2020)
- Mặt trận tỉnh trao 200 suất quà cho người nghèo bị ảnh hưởng dịch COVID-19 (10/07/2020)
- Giám sát việc hỗ trợ người lao động mất việc do dịch bệnh (30/06/2020)
""", "2020-07-23", "Trí thức, văn nghệ sĩ, chức sắc góp ý dự thảo văn kiện Đại hội XIII của Đảng",
E("hoi_nghi", None, "2020-07-22"),
[P("Nguyễn Thị Ngọc Lan", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Văn Hữu", "GS.TS.", "Chủ tịch Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh"),
 P("Lê Thị Phương Thảo", "Nhà văn", "Chủ tịch Hội Văn học - Nghệ thuật tỉnh"),
 P("Thích Huệ Minh", "Hòa thượng", "Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
 P("Võ Thị Bé Năm", "Phó Chủ tịch Hội Doanh nghiệp tỉnh"),
 P("Huỳnh Văn Điền", "Chủ tịch Ủy ban MTTQ Việt Nam xã Tân Phước")],
[Q("Hơn 100 đại biểu", 100, "đại biểu", "over"), Q("23.900 ha", 23900, "ha"), Q("khoảng 1.300 tỷ đồng", 1300000000000, "đồng", "approx"),
 Q("trên 45 tỷ đồng", 45000000000, "đồng", "over"), Q("38 ý kiến góp ý", 38, "ý kiến")],
[D("Chỉ thị", "35", "CT/TW", "2019-05-30", "Bộ Chính trị", "Chỉ thị 35-CT/TW ngày 30/5/2019"),
 D("Kế hoạch", "204", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 204-KH/TU")],
[prov("Tiền Giang"), com("Tân Phước")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH TIỀN GIANG", "Tin tức » Hoạt động Mặt trận » Góp ý văn kiện", "Ảnh: Các đại biểu dự hội nghị.",
 "Số lượt xem: 2.041", "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh"],
["23 tháng 7, 2020 | 11:30", "lần thứ XIII", "lần thứ XI", "nhiệm kỳ 2020 - 2025", "mùa khô 2019 - 2020", "Số lượt xem: 2.041"]))

PAGES.append(page("b9543-bacgiang-xatansoi-gopy-vankien-2020", """
Cổng thông tin điện tử xã Tân Sỏi - huyện Yên Thế - tỉnh Bắc Giang
Trang chủ > Tin tức - Sự kiện > Tin hoạt động của xã
Ngày xuất bản: 16/4/2020 8:05:00 SA
Lấy ý kiến nhân dân góp ý dự thảo văn kiện Đại hội Đảng bộ xã lần thứ XXIV
Ngày 14/4/2020, Ban Thường vụ Đảng ủy xã Tân Sỏi tổ chức hội nghị lấy ý kiến góp ý của cán bộ, đảng viên và nhân dân vào dự thảo Báo cáo chính trị trình Đại hội Đảng bộ xã lần thứ XXIV, nhiệm kỳ 2020 - 2025. Do dịch COVID-19, hội nghị chỉ mời 30 đại biểu, bảo đảm giãn cách, đeo khẩu trang và khử khuẩn theo quy định.
Đồng chí Hoàng Văn Nạp, Bí thư Đảng ủy, Chủ tịch HĐND xã, chủ trì hội nghị.
Trước đó, thực hiện Kế hoạch số 145-KH/ĐU ngày 2/3/2020 của Ban Thường vụ Đảng ủy xã, dự thảo đã được niêm yết tại trụ sở UBND xã và gửi đến 13 chi bộ thôn. Ban Công tác Mặt trận các thôn phát 850 phiếu góp ý đến các hộ gia đình, thu về 812 phiếu với 1.050 lượt người tham gia ý kiến.
Đồng chí Lương Thị Thu, Phó Bí thư Thường trực Đảng ủy xã, trình bày tóm tắt dự thảo: nhiệm kỳ 2015 - 2020, Đảng bộ xã kết nạp 42 đảng viên mới, toàn xã có 4.800 nhân khẩu, phần đông là đồng bào Nùng, Sán Dìu, Tày; thu nhập bình quân đầu người của xã đạt 38,5 triệu đồng/năm, tỷ lệ hộ nghèo giảm còn 6,2%; xã đạt 15/19 tiêu chí nông thôn mới. Mục tiêu nhiệm kỳ tới là về đích nông thôn mới, thu nhập đạt trên 55 triệu đồng/người/năm.
Góp ý tại hội nghị, ông Trần Văn Sín, Bí thư Chi bộ kiêm Trưởng thôn Đồng Khuôn, đề nghị bổ sung giải pháp phát triển vùng vải sớm và gà đồi gắn với chỉ dẫn địa lý. Bà Ngô Thị Lý, Chủ tịch Hội Liên hiệp Phụ nữ xã, đề nghị văn kiện đánh giá rõ hơn hạn chế trong thu gom rác thải ở khu dân cư. Ông Lăng Văn Ký, đảng viên chi bộ thôn Khe Nghè, nêu thẳng: việc cấp giấy chứng nhận quyền sử dụng đất rừng còn chậm, cần đưa vào nhiệm vụ trọng tâm.
Đồng chí Nguyễn Thị Hằng, Chủ tịch Ủy ban MTTQ xã, báo cáo tổng hợp: qua các kênh, Mặt trận xã tiếp nhận 126 ý kiến góp ý, trong đó 94 ý kiến về phát triển kinh tế.
Kết luận hội nghị, đồng chí Hoàng Văn Nạp cảm ơn các ý kiến đóng góp; giao Tiểu ban Văn kiện tiếp thu, chỉnh lý dự thảo, báo cáo Ban Thường vụ Huyện ủy theo Hướng dẫn số 26-HD/BTGHU của Ban Tuyên giáo Huyện ủy trước ngày 30/4/2020. Sau hội nghị, dự thảo tiếp tục được đăng trên trang thông tin điện tử của xã đến hết ngày 25/4 để người dân làm ăn xa có thể góp ý qua mạng hoặc qua nhóm Zalo của thôn.
Ban Biên tập
Các tin khác
- Xã Tân Sỏi ra quân phòng, chống dịch COVID-19 (02/04/2020)
- Hội nghị sơ kết quý I năm 2020 (30/03/2020)
- Trao 15 suất quà cho hộ nghèo trong dịp Tết (20/01/2020)
""", "2020-04-16", "Lấy ý kiến nhân dân góp ý dự thảo văn kiện Đại hội Đảng bộ xã lần thứ XXIV",
E("hoi_nghi", None, "2020-04-14"),
[P("Hoàng Văn Nạp", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Lương Thị Thu", "Phó Bí thư Thường trực Đảng ủy xã"),
 P("Trần Văn Sín", "Bí thư Chi bộ kiêm Trưởng thôn Đồng Khuôn"),
 P("Ngô Thị Lý", "Chủ tịch Hội Liên hiệp Phụ nữ xã"),
 P("Lăng Văn Ký", "đảng viên chi bộ thôn Khe Nghè"),
 P("Nguyễn Thị Hằng", "Chủ tịch Ủy ban MTTQ xã")],
[Q("30 đại biểu", 30, "đại biểu"), Q("13 chi bộ thôn", 13, "chi bộ thôn"), Q("850 phiếu góp ý", 850, "phiếu góp ý"),
 Q("812 phiếu", 812, "phiếu"), Q("1.050 lượt người", 1050, "lượt người"), Q("38,5 triệu đồng", 38500000, "đồng"),
 Q("6,2%", 6.2, "%"), Q("42 đảng viên mới", 42, "đảng viên mới"), Q("4.800 nhân khẩu", 4800, "nhân khẩu"), Q("15/19 tiêu chí nông thôn mới", 15, "tiêu chí nông thôn mới"),
 Q("trên 55 triệu đồng", 55000000, "đồng", "over"), Q("126 ý kiến góp ý", 126, "ý kiến"), Q("94 ý kiến", 94, "ý kiến")],
[D("Kế hoạch", "145", "KH/ĐU", "2020-03-02", "Ban Thường vụ Đảng ủy xã", "Kế hoạch số 145-KH/ĐU ngày 2/3/2020"),
 D("Hướng dẫn", "26", "HD/BTGHU", None, "Ban Tuyên giáo Huyện ủy", "Hướng dẫn số 26-HD/BTGHU")],
[prov("Bắc Giang"), com("Tân Sỏi")],
["Cổng thông tin điện tử xã Tân Sỏi - huyện Yên Thế - tỉnh Bắc Giang", "Trang chủ > Tin tức - Sự kiện > Tin hoạt động của xã",
 "Ban Biên tập", "Tiểu ban Văn kiện"],
["Ngày xuất bản: 16/4/2020 8:05:00 SA", "ngày 25/4", "lần thứ XXIV", "nhiệm kỳ 2020 - 2025", "nhiệm kỳ 2015 - 2020", "ngày 30/4/2020"]))

PAGES.append(page("b9544-kiengiang-mttq-soket-phanbien-2021", """
Hôm nay: Thứ Hai, 12/07/2021
BÁO KIÊN GIANG ONLINE
Trang chủ › Chính trị › Mặt trận - Đoàn thể
Ngày 09/07/2021 | 17:00
Mặt trận tham gia góp ý 27 dự thảo văn bản của tỉnh
Quang cảnh hội nghị sơ kết. Ảnh: Thạch Sang
(BKGO) - Ngày 8/7, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Kiên Giang tổ chức hội nghị trực tuyến sơ kết công tác giám sát, phản biện xã hội 6 tháng đầu năm 2021, triển khai nhiệm vụ 6 tháng cuối năm. Bà Danh Thị Sa Phươl, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Theo báo cáo, dù chịu ảnh hưởng của dịch COVID-19 và tập trung cho cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026, MTTQ các cấp vẫn tham gia góp ý 27 dự thảo văn bản của tỉnh, 146 dự thảo của cấp huyện, xã; chủ trì 45 cuộc giám sát và 3 hội nghị phản biện xã hội. Qua đó đã đưa ra 312 kiến nghị, trong đó 257 kiến nghị được tiếp thu.
Mặt trận tỉnh phản biện dự thảo Nghị quyết của HĐND tỉnh về mức hỗ trợ cho người làm công tác phòng, chống dịch ở cơ sở, đề xuất nâng mức hỗ trợ cho tổ COVID cộng đồng lên 150.000 đồng/người/ngày và được tiếp thu. Việc giám sát theo Quy định số 124-QĐ/TW ngày 2/2/2018 của Ban Bí thư đối với người đứng đầu được thực hiện ở 15/15 huyện, thành phố.
Tại điểm cầu huyện Gò Quao, ông Chau Sơn, Chủ tịch Ủy ban MTTQ Việt Nam huyện Gò Quao, đề xuất đưa các chùa Khmer vào mạng lưới lấy ý kiến nhân dân. Bà Thạch Thị Ngọc Hà, Chủ tịch Ủy ban MTTQ Việt Nam xã Vĩnh Hòa Hưng Nam, cho biết xã đã giám sát việc chi hỗ trợ theo Nghị quyết số 68/NQ-CP ngày 1/7/2021 của Chính phủ, phát hiện 9 trường hợp chưa đúng đối tượng.
Ông Nguyễn Văn Tám, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố Phú Quốc, cho biết Mặt trận thành phố đã phối hợp tổ chức 2 hội nghị góp ý dự thảo đồ án quy hoạch chung, tiếp nhận hơn 60 ý kiến của người dân, doanh nghiệp, chủ yếu về hạ tầng giao thông, cấp nước và quỹ đất tái định cư.
Ông Lâm Quốc Bảo, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh, nhận định hạn chế chính là chất lượng phản biện chưa đều, một số nơi còn ngại phản biện vì "sợ va chạm".
6 tháng cuối năm, Ban Thường trực đề nghị các cấp giám sát việc thực hiện chính sách hỗ trợ người dân gặp khó khăn do dịch, phấn đấu mỗi huyện tổ chức ít nhất 1 hội nghị phản biện theo Kế hoạch số 125/KH-MTTQ-BTT.
Danh Hưng
Tin liên quan
- Trao 1.000 túi an sinh cho người dân khu phong tỏa (05/07/2021)
- Mặt trận giám sát công tác bầu cử tại Phú Quốc (18/05/2021)
- Châu Thành: Hội nghị phản biện xã hội về đề án chỉnh trang đô thị (20/04/2021)
- Kiên Lương: Vận động 320 hộ dân hiến đất mở rộng đường liên ấp (12/04/2021)
""", "2021-07-09", "Mặt trận tham gia góp ý 27 dự thảo văn bản của tỉnh",
E("so_ket", "2021-H1", "2021-07-08"),
[P("Danh Thị Sa Phươl", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Chau Sơn", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Gò Quao"),
 P("Thạch Thị Ngọc Hà", "Chủ tịch Ủy ban MTTQ Việt Nam xã Vĩnh Hòa Hưng Nam"),
 P("Lâm Quốc Bảo", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh"),
 P("Nguyễn Văn Tám", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố Phú Quốc")],
[Q("27 dự thảo văn bản", 27, "dự thảo văn bản"), Q("146 dự thảo", 146, "dự thảo"), Q("45 cuộc giám sát", 45, "cuộc giám sát"),
 Q("3 hội nghị phản biện xã hội", 3, "hội nghị phản biện xã hội"), Q("312 kiến nghị", 312, "kiến nghị"), Q("257 kiến nghị", 257, "kiến nghị"),
 Q("150.000 đồng", 150000, "đồng"), Q("15/15 huyện, thành phố", 15, "huyện, thành phố"), Q("9 trường hợp", 9, "trường hợp"), Q("2 hội nghị góp ý", 2, "hội nghị góp ý"), Q("hơn 60 ý kiến", 60, "ý kiến", "over"),
 Q("ít nhất 1 hội nghị phản biện", 1, "hội nghị phản biện", "over")],
[D("Quy định", "124", "QĐ/TW", "2018-02-02", "Ban Bí thư", "Quy định số 124-QĐ/TW ngày 2/2/2018"),
 D("Nghị quyết", "68", "NQ-CP", "2021-07-01", "Chính phủ", "Nghị quyết số 68/NQ-CP ngày 1/7/2021"),
 D("Kế hoạch", "125", "KH-MTTQ-BTT", None, None, "Kế hoạch số 125/KH-MTTQ-BTT")],
[prov("Kiên Giang"), com("Vĩnh Hòa Hưng Nam")],
["Hôm nay: Thứ Hai, 12/07/2021", "BÁO KIÊN GIANG ONLINE", "Trang chủ › Chính trị › Mặt trận - Đoàn thể",
 "Quang cảnh hội nghị sơ kết. Ảnh: Thạch Sang", "(BKGO)", "tổ COVID cộng đồng"],
["Hôm nay: Thứ Hai, 12/07/2021", "6 tháng đầu năm 2021", "6 tháng cuối năm", "khóa XV", "nhiệm kỳ 2021 - 2026"]))
