from lib import *
PAGES = []

PAGES.append(page("b8675-binhduong-mttq-giamsat-thue-2017", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH BÌNH DƯƠNG
Trang chủ | Giám sát và phản biện xã hội
Thứ Ba, 19/09/2017 - 14:45
Giám sát việc thực hiện chính sách thuế đối với hộ kinh doanh tại Thuận An
Ngày 15/9, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh do bà Nguyễn Thị Kim Oanh, Ủy viên Ban Thường vụ, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách thuế đối với hộ kinh doanh cá thể tại Chi cục Thuế thị xã Thuận An, theo chương trình giám sát năm 2017.
Toàn cảnh buổi giám sát. Ảnh: M.Tâm
Theo báo cáo của Chi cục Thuế, thị xã hiện có 14.652 hộ kinh doanh, trong đó 12.908 hộ nộp thuế khoán, 1.744 hộ nộp theo từng lần phát sinh hoặc kê khai. Từ đầu năm đến ngày 31/8, số thu từ hộ kinh doanh đạt 96,4 tỷ đồng, bằng 72% dự toán; nợ thuế còn 4,2 tỷ đồng, tập trung ở 510 hộ kinh doanh nhà trọ tại các phường Bình Hòa, Thuận Giao, An Phú. Chi cục đã niêm yết công khai mức thuế khoán tại 10 phường, xã và gửi Ủy ban MTTQ cùng cấp để giám sát theo Thông tư số 92/2015/TT-BTC ngày 15/6/2015 của Bộ Tài chính.
Qua giám sát, đoàn ghi nhận việc lấy ý kiến Hội đồng tư vấn thuế phường, xã được thực hiện đúng quy trình; tuy nhiên ở một số khu phố, danh sách niêm yết dán ở vị trí khó xem, chưa cập nhật kịp hộ mới ra kinh doanh. Một số hộ cho thuê phòng trọ cho công nhân chưa hiểu rõ mức doanh thu được miễn thuế.
Ông Trịnh Văn Lâm, Phó Chi cục trưởng Chi cục Thuế thị xã Thuận An, cho biết chi cục đang phối hợp Ủy ban MTTQ các phường rà soát khoảng 1.300 hộ có doanh thu từ 100 triệu đồng/năm trở xuống để hướng dẫn không phải nộp thuế giá trị gia tăng, thuế thu nhập cá nhân. Bà Huỳnh Thị Mỹ, Chủ tịch Ủy ban MTTQ phường Bình Hòa, kiến nghị cơ quan thuế cử cán bộ trực tại khu phố vào thứ Bảy, Chủ nhật để người lao động tự do dễ liên hệ.
Các đồng chí Nguyễn Hữu Phước, Đặng Thị Xuân Lan, thành viên đoàn giám sát, đề nghị làm rõ nguyên nhân 64 hộ bị ấn định thuế cao hơn doanh thu thực tế, đã có đơn phản ánh đến Mặt trận.
Kết luận buổi giám sát, bà Nguyễn Thị Kim Oanh đề nghị Chi cục Thuế thực hiện nghiêm Quy chế phối hợp số 08/QCPH-MTTQ-CT giữa Ban Thường trực Ủy ban MTTQ tỉnh và Cục Thuế tỉnh; công khai kết quả giải quyết kiến nghị của hộ kinh doanh; phối hợp với Ủy ban MTTQ thị xã tổ chức ít nhất 1 hội nghị đối thoại với hộ kinh doanh nhà trọ trước ngày 31/12/2017. Kết quả giám sát sẽ được tổng hợp, báo cáo Ủy ban nhân dân tỉnh Bình Dương và Cục Thuế.
Minh Tâm
Tin liên quan
- Ủy ban MTTQ tỉnh giám sát công tác giải phóng mặt bằng tại Bến Cát (12/09/2017)
- Thuận An: 500 suất quà cho công nhân khó khăn (30/08/2017)
- Hội nghị phản biện dự thảo nghị quyết về phí, lệ phí (22/08/2017)
""", "2017-09-19", "Giám sát việc thực hiện chính sách thuế đối với hộ kinh doanh tại Thuận An",
E("giam_sat", "2017", "2017-09-15"),
[P("Nguyễn Thị Kim Oanh", "Ủy viên Ban Thường vụ", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trịnh Văn Lâm", "Phó Chi cục trưởng Chi cục Thuế thị xã Thuận An"),
 P("Huỳnh Thị Mỹ", "Chủ tịch Ủy ban MTTQ phường Bình Hòa"),
 P("Nguyễn Hữu Phước", "thành viên đoàn giám sát"), P("Đặng Thị Xuân Lan", "thành viên đoàn giám sát")],
[Q("14.652 hộ kinh doanh", 14652, "hộ kinh doanh"), Q("12.908 hộ", 12908, "hộ"), Q("1.744 hộ", 1744, "hộ"),
 Q("96,4 tỷ đồng", 96400000000, "đồng"), Q("72%", 72, "%"), Q("4,2 tỷ đồng", 4200000000, "đồng"),
 Q("510 hộ kinh doanh nhà trọ", 510, "hộ kinh doanh nhà trọ"), Q("10 phường, xã", 10, "phường, xã"),
 Q("khoảng 1.300 hộ", 1300, "hộ", "approx"), Q("100 triệu đồng", 100000000, "đồng"), Q("64 hộ", 64, "hộ"),
 Q("ít nhất 1 hội nghị đối thoại", 1, "hội nghị đối thoại", "over")],
[D("Thông tư", "92", "2015/TT-BTC", "2015-06-15", "Bộ Tài chính", "Thông tư số 92/2015/TT-BTC ngày 15/6/2015"),
 D("Quy chế phối hợp", "08", "QCPH-MTTQ-CT", None, None, "Quy chế phối hợp số 08/QCPH-MTTQ-CT")],
[prov("Bình Dương"), com("Bình Hòa"), com("Thuận Giao"), com("An Phú")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH BÌNH DƯƠNG", "Trang chủ | Giám sát và phản biện xã hội", "Toàn cảnh buổi giám sát. Ảnh: M.Tâm",
 "Hội đồng tư vấn thuế phường, xã"],
["Thứ Ba, 19/09/2017 - 14:45", "năm 2017", "ngày 31/8", "100 triệu đồng/năm", "31/12/2017"]))

PAGES.append(page("b8676-haiphong-chicucthue-traoqua-tet-2018", """
Báo Hải Phòng điện tử
Kinh tế › Tài chính
Cập nhật lúc 16:30 ngày 02/02/2018
Trao 250 suất quà Tết cho tiểu thương, hộ kinh doanh nhỏ khó khăn
Chiều 1/2, tại chợ Sắt, Chi cục Thuế quận Hồng Bàng phối hợp với Ủy ban MTTQ Việt Nam quận và Hội Liên hiệp Phụ nữ quận tổ chức trao 250 suất quà Tết cho tiểu thương, hộ kinh doanh nhỏ có hoàn cảnh khó khăn, chấp hành tốt nghĩa vụ thuế năm 2017.
Đồng chí Vũ Thị Thu Hà, Quận ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam quận Hồng Bàng trao quà cho tiểu thương chợ Sắt.
Mỗi suất quà trị giá 500.000 đồng gồm tiền mặt và nhu yếu phẩm, tổng trị giá 125 triệu đồng, do cán bộ, công chức Chi cục Thuế và một số doanh nghiệp trên địa bàn đóng góp. Đến trao quà có các đồng chí: Vũ Thị Thu Hà, Quận ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam quận Hồng Bàng; Phạm Văn Quyết, Chi cục trưởng Chi cục Thuế quận; Đào Thị Nhung, Chủ tịch Hội LHPN quận.
Phát biểu tại buổi trao quà, ông Phạm Văn Quyết cho biết năm 2017, quận có 6.215 hộ kinh doanh nộp thuế, số thu đạt 58,7 tỷ đồng, vượt 6% dự toán. Ngoài 4 chợ lớn là chợ Sắt, chợ Tam Bạc, chợ Hạ Lý, chợ Thượng Lý, quận còn khoảng 900 hộ bán hàng nhỏ lẻ trên vỉa hè. Nhiều tiểu thương dù buôn bán khó khăn do chợ Tam Bạc đang cải tạo vẫn chủ động nộp thuế đúng hạn. Năm 2017, chi cục đã giải quyết miễn, giảm thuế cho 132 hộ bị ảnh hưởng bởi việc di dời chợ với số tiền hơn 310 triệu đồng theo Thông tư số 92/2015/TT-BTC của Bộ Tài chính.
Bà Đinh Thị Huệ, 68 tuổi, bán rau ở chợ Sắt hơn 30 năm, xúc động: "Năm nào tôi cũng nộp thuế đủ, nay được các cô chú nhớ đến, tôi vui lắm". Ông Bùi Văn Tiến, Tổ trưởng tổ dân phố số 3, phường Hạ Lý, cho biết nhiều hộ trong tổ đã nhờ cán bộ thuế hướng dẫn đăng ký kinh doanh sau buổi họp tổ dân phố cuối năm.
Theo Chi cục Thuế, chương trình "Tết ấm cho tiểu thương" được tổ chức lần đầu năm 2016, đến nay đã trao 620 suất quà với tổng trị giá gần 300 triệu đồng. Năm 2018, chi cục phấn đấu thu từ hộ kinh doanh 62 tỷ đồng, giảm nợ đọng xuống còn 1,5% tổng thu.
Dịp này, Hội LHPN quận trao thêm 20 suất quà cho hội viên là tiểu thương đơn thân, mỗi suất 1 triệu đồng; Quận đoàn tặng 50 bao lì xì cho con em tiểu thương. Theo kế hoạch số 11/KH-MTTQ ngày 10/1/2018 của Ban Thường trực Ủy ban MTTQ quận, từ nay đến Tết Nguyên đán Mậu Tuất, quận sẽ trao tổng cộng 1.800 suất quà cho hộ nghèo, hộ cận nghèo và người lao động tự do trên địa bàn 11 phường.
Bích Ngọc
Tin khác
- Hải Phòng: thu ngân sách năm 2017 vượt 10% (25/01/2018)
- Tuyên truyền pháp luật về thuế cho tiểu thương chợ Đổ (12/01/2018)
- Lê Chân: Tôn vinh 80 hộ kinh doanh nộp thuế tiêu biểu (05/01/2018)
""", "2018-02-02", "Trao 250 suất quà Tết cho tiểu thương, hộ kinh doanh nhỏ khó khăn",
E("trao_qua", None, "2018-02-01"),
[P("Vũ Thị Thu Hà", "Quận ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam quận Hồng Bàng"),
 P("Phạm Văn Quyết", "Chi cục trưởng Chi cục Thuế quận"),
 P("Đào Thị Nhung", "Chủ tịch Hội LHPN quận"),
 P("Đinh Thị Huệ"),
 P("Bùi Văn Tiến", "Tổ trưởng tổ dân phố số 3")],
[Q("250 suất quà", 250, "suất quà"), Q("500.000 đồng", 500000, "đồng"), Q("125 triệu đồng", 125000000, "đồng"),
 Q("6.215 hộ kinh doanh", 6215, "hộ kinh doanh"), Q("58,7 tỷ đồng", 58700000000, "đồng"), Q("6%", 6, "%"),
 Q("4 chợ lớn", 4, "chợ lớn"), Q("khoảng 900 hộ bán hàng nhỏ lẻ", 900, "hộ bán hàng nhỏ lẻ", "approx"), Q("132 hộ", 132, "hộ"),
 Q("hơn 310 triệu đồng", 310000000, "đồng", "over"), Q("620 suất quà", 620, "suất quà"), Q("gần 300 triệu đồng", 300000000, "đồng", "approx"),
 Q("62 tỷ đồng", 62000000000, "đồng"), Q("1,5%", 1.5, "%"), Q("20 suất quà", 20, "suất quà"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("50 bao lì xì", 50, "bao lì xì"), Q("1.800 suất quà", 1800, "suất quà"), Q("11 phường", 11, "phường")],
[D("Thông tư", "92", "2015/TT-BTC", None, "Bộ Tài chính", "Thông tư số 92/2015/TT-BTC"),
 D("Kế hoạch", "11", "KH-MTTQ", "2018-01-10", "Ban Thường trực Ủy ban MTTQ quận", "kế hoạch số 11/KH-MTTQ ngày 10/1/2018")],
[prov("Hải Phòng"), com("Hạ Lý")],
["Báo Hải Phòng điện tử", "Kinh tế › Tài chính",
 "Đồng chí Vũ Thị Thu Hà, Quận ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam quận Hồng Bàng trao quà cho tiểu thương chợ Sắt.",
 "chợ Sắt", "Tết ấm cho tiểu thương", "chợ Tam Bạc", "chợ Hạ Lý", "chợ Thượng Lý", "Tết Nguyên đán Mậu Tuất"],
["Cập nhật lúc 16:30 ngày 02/02/2018", "năm 2017", "68 tuổi", "30 năm", "tổ dân phố số 3", "Năm 2017"]))

PAGES.append(page("b8677-nghean-daihoi-chihoi-tieuthuong-2019", """
BÁO NGHỆ AN
Trang chủ >> Xã hội >> Dân vận
14.06.2019 | 08:45
Ảnh: Các đại biểu biểu quyết thông qua nghị quyết đại hội.
Đại hội Hội Tiểu thương chợ Vinh: cam kết kinh doanh văn minh, nộp thuế đúng hạn
(Baonghean.vn) - Ngày 12/6, Hội Tiểu thương chợ Vinh tổ chức Đại hội đại biểu lần thứ III, nhiệm kỳ 2019 - 2024. Về dự có đồng chí Nguyễn Thị Thu Hường, Thành ủy viên, Trưởng Ban Dân vận Thành ủy Vinh; đồng chí Hồ Sỹ Dũng, Phó Chủ tịch UBND thành phố Vinh cùng 150 đại biểu đại diện cho hơn 2.600 hội viên.
Nhiệm kỳ 2014 - 2019, hội đã phối hợp Ban Quản lý chợ và Chi cục Thuế thành phố vận động hội viên chấp hành Luật Quản lý thuế, không để phát sinh nợ đọng kéo dài. Số thuế khoán các hộ tại chợ Vinh nộp bình quân mỗi năm khoảng 14 tỷ đồng; 100% hộ kinh doanh có mã số thuế. Hội đã tổ chức 35 buổi sinh hoạt chuyên đề về thuế, phòng cháy chữa cháy và an toàn thực phẩm; quỹ hội đạt 420 triệu đồng, giúp 38 hội viên gặp rủi ro vay vốn không lãi.
Chợ Vinh là chợ lớn nhất tỉnh Nghệ An với khoảng 2.700 ki ốt, quầy hàng. Những năm qua, Ban Dân vận Thành ủy Vinh chọn chợ Vinh làm điểm xây dựng mô hình "Dân vận khéo" trong lĩnh vực thương mại, thí điểm thu thuế qua ngân hàng với 410 hộ tham gia.
Phát biểu tại đại hội, đồng chí Nguyễn Thị Thu Hường ghi nhận hội là "cánh tay nối dài" của chính quyền trong công tác dân vận ở chợ, đề nghị hội tiếp tục tuyên truyền Nghị quyết số 35/NQ-CP ngày 16/5/2016 của Chính phủ về hỗ trợ và phát triển doanh nghiệp, khuyến khích hộ kinh doanh đủ điều kiện chuyển lên doanh nghiệp. Ông Thái Văn Bình, Phó Chi cục trưởng Chi cục Thuế thành phố Vinh, cho biết Luật Quản lý thuế số 38/2019/QH14 vừa được Quốc hội thông qua ngày 13/6/2019 sẽ có hiệu lực từ 1/7/2020, đơn giản hóa thủ tục kê khai cho hộ kinh doanh.
Đại hội đã bầu Ban Chấp hành khóa III gồm 15 ủy viên. Bà Trần Thị Hoa, tiểu thương ngành hàng vải, được tín nhiệm bầu giữ chức Chủ tịch Hội Tiểu thương chợ Vinh khóa III; các bà Phan Thị Lộc, Nguyễn Thị Mai Anh được bầu làm Phó Chủ tịch Hội. Ông Lê Văn Tứ, Trưởng Ban Quản lý chợ Vinh, trao hoa chúc mừng.
Trong nhiệm kỳ mới, đại hội đề ra 5 chỉ tiêu, trong đó phấn đấu kết nạp thêm 300 hội viên mới, 95% hội viên đạt danh hiệu "Tiểu thương văn minh", không có hội viên nợ thuế quá 90 ngày. Các hội viên thông qua bản cam kết "3 không": không bán hàng giả, hàng kém chất lượng; không nợ đọng thuế; không lấn chiếm lối đi.
Phương Thảo
Tin liên quan
- Vinh: Ra mắt mô hình "Chợ 4.0" thanh toán không dùng tiền mặt (06/06/2019)
- Hưng Nguyên tổng kết 5 năm "Dân vận khéo" (30/05/2019)
- Hội LHPN thành phố Vinh đại hội nhiệm kỳ mới (24/05/2019)
""", "2019-06-14", "Đại hội Hội Tiểu thương chợ Vinh: cam kết kinh doanh văn minh, nộp thuế đúng hạn",
E("dai_hoi", None, "2019-06-12"),
[P("Nguyễn Thị Thu Hường", "Thành ủy viên", "Trưởng Ban Dân vận Thành ủy Vinh"),
 P("Hồ Sỹ Dũng", "Phó Chủ tịch UBND thành phố Vinh"),
 P("Thái Văn Bình", "Phó Chi cục trưởng Chi cục Thuế thành phố Vinh"),
 P("Trần Thị Hoa", "tiểu thương ngành hàng vải", "Chủ tịch Hội Tiểu thương chợ Vinh khóa III"),
 P("Phan Thị Lộc", "Phó Chủ tịch Hội"), P("Nguyễn Thị Mai Anh", "Phó Chủ tịch Hội"),
 P("Lê Văn Tứ", "Trưởng Ban Quản lý chợ Vinh")],
[Q("150 đại biểu", 150, "đại biểu"), Q("hơn 2.600 hội viên", 2600, "hội viên", "over"),
 Q("khoảng 14 tỷ đồng", 14000000000, "đồng", "approx"), Q("100% hộ kinh doanh", 100, "%"),
 Q("35 buổi sinh hoạt chuyên đề", 35, "buổi sinh hoạt chuyên đề"), Q("420 triệu đồng", 420000000, "đồng"),
 Q("38 hội viên", 38, "hội viên"), Q("khoảng 2.700 ki ốt, quầy hàng", 2700, "ki ốt, quầy hàng", "approx"), Q("410 hộ", 410, "hộ"), Q("15 ủy viên", 15, "ủy viên"), Q("5 chỉ tiêu", 5, "chỉ tiêu"),
 Q("300 hội viên mới", 300, "hội viên mới"), Q("95%", 95, "%")],
[D("Nghị quyết", "35", "NQ-CP", "2016-05-16", "Chính phủ", "Nghị quyết số 35/NQ-CP ngày 16/5/2016"),
 D("Luật", "38", "2019/QH14", "2019-06-13", "Quốc hội", "Luật Quản lý thuế số 38/2019/QH14")],
[prov("Nghệ An")],
["BÁO NGHỆ AN", "Trang chủ >> Xã hội >> Dân vận", "Ảnh: Các đại biểu biểu quyết thông qua nghị quyết đại hội.", "(Baonghean.vn)",
 "Luật Quản lý thuế", "Dân vận khéo", "Tiểu thương văn minh", "cánh tay nối dài",
 "không bán hàng giả, hàng kém chất lượng; không nợ đọng thuế; không lấn chiếm lối đi"],
["14.06.2019 | 08:45", "lần thứ III", "nhiệm kỳ 2019 - 2024", "Nhiệm kỳ 2014 - 2019", "khóa III", "90 ngày", "3 không", "1/7/2020"]))

PAGES.append(page("b8678-kiengiang-bdvtu-baocao-hotro-hkd-2020", """
BAN DÂN VẬN TỈNH ỦY KIÊN GIANG
Trang chủ - Tin tức - Dân vận chính quyền
03/07/2020 - 07:55
Khối dân vận góp phần đưa gói hỗ trợ đến hộ kinh doanh gặp khó khăn do dịch COVID-19
Ban Dân vận Tỉnh ủy Kiên Giang vừa ban hành Báo cáo số 112-BC/BDVTU ngày 29/6/2020 về kết quả công tác dân vận tham gia thực hiện các chính sách hỗ trợ người dân, hộ kinh doanh gặp khó khăn do đại dịch COVID-19 trong 6 tháng đầu năm 2020.
Theo báo cáo, thực hiện Nghị quyết số 42/NQ-CP ngày 9/4/2020 của Chính phủ và Quyết định số 15/2020/QĐ-TTg ngày 24/4/2020 của Thủ tướng Chính phủ, khối dân vận các cấp đã phối hợp với chính quyền, cơ quan thuế rà soát, bình xét công khai tại khu phố, ấp. Toàn tỉnh có 4.918 hộ kinh doanh có doanh thu khai thuế dưới 100 triệu đồng/năm tạm ngừng kinh doanh từ ngày 1/4/2020 được hỗ trợ, mỗi hộ 1 triệu đồng/tháng, tối đa 3 tháng; tổng kinh phí đã chi trên 13,6 tỷ đồng.
Ủy ban MTTQ và các đoàn thể đã cử 1.240 lượt cán bộ tham gia tổ bình xét ở 145 xã, phường, thị trấn; tiếp nhận 86 ý kiến phản ánh, đã phối hợp trả lời 81 ý kiến. Ngoài gói hỗ trợ, cơ quan thuế đã gia hạn nộp thuế cho 2.350 hộ kinh doanh và cá nhân kinh doanh theo Nghị định số 41/2020/NĐ-CP ngày 8/4/2020 của Chính phủ, với số tiền khoảng 9,8 tỷ đồng.
Theo số liệu của Cục Thuế tỉnh, 6 tháng đầu năm 2020, số thu từ hộ kinh doanh trên địa bàn tỉnh đạt 186 tỷ đồng, giảm 21% so với cùng kỳ; khoảng 7.500 hộ kinh doanh du lịch, ăn uống ở Phú Quốc, Hà Tiên phải tạm nghỉ trong tháng 4.
Báo cáo nêu một số cách làm hay: tại huyện Phú Quốc, Ban Dân vận Huyện ủy phối hợp Chi cục Thuế lập nhóm Zalo của từng khu phố để hướng dẫn hộ kinh doanh homestay, nhà hàng làm hồ sơ; phường Vĩnh Thanh Vân, thành phố Rạch Giá tổ chức "Ngày thứ Bảy cùng dân" để kê khai hộ. Đồng chí Danh Sa Rinh, Bí thư Đảng ủy xã Đông Thái, huyện An Biên, trực tiếp về ấp vận động 17 hộ người Khmer buôn bán nhỏ làm hồ sơ đề nghị hỗ trợ.
Bên cạnh đó, báo cáo chỉ ra khoảng 300 hộ kinh doanh không thuộc diện quản lý thuế trước dịch nên chưa được hỗ trợ, gây thắc mắc; một số nơi chậm công khai danh sách. Đồng chí Nguyễn Thị Minh Phương, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, đề nghị khối dân vận các huyện, thành phố tiếp tục nắm tình hình, không để xảy ra trục lợi chính sách; phối hợp với Cục Thuế tỉnh thực hiện kế hoạch số 95-KH/BDVTU về vận động hộ kinh doanh khôi phục sản xuất sau dịch.
Thu Hiền
Tin liên quan
- Kiên Giang: 18.000 lao động tự do được hỗ trợ do ảnh hưởng dịch COVID-19 (25/06/2020)
- Ban Dân vận Tỉnh ủy làm việc với Huyện ủy Giồng Riềng (17/06/2020)
- Phú Quốc: Đối thoại với hộ kinh doanh du lịch (10/06/2020)
""", "2020-07-03", "Khối dân vận góp phần đưa gói hỗ trợ đến hộ kinh doanh gặp khó khăn do dịch COVID-19",
E("bao_cao", "2020-H1", "2020-06-29"),
[P("Danh Sa Rinh", "Bí thư Đảng ủy xã Đông Thái"),
 P("Nguyễn Thị Minh Phương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy")],
[Q("4.918 hộ kinh doanh", 4918, "hộ kinh doanh"), Q("100 triệu đồng", 100000000, "đồng"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("trên 13,6 tỷ đồng", 13600000000, "đồng", "over"), Q("1.240 lượt cán bộ", 1240, "lượt cán bộ"),
 Q("145 xã, phường, thị trấn", 145, "xã, phường, thị trấn"), Q("86 ý kiến phản ánh", 86, "ý kiến phản ánh"), Q("81 ý kiến", 81, "ý kiến"),
 Q("2.350 hộ kinh doanh và cá nhân kinh doanh", 2350, "hộ kinh doanh và cá nhân kinh doanh"),
 Q("khoảng 9,8 tỷ đồng", 9800000000, "đồng", "approx"), Q("186 tỷ đồng", 186000000000, "đồng"), Q("21%", 21, "%"),
 Q("khoảng 7.500 hộ kinh doanh du lịch, ăn uống", 7500, "hộ kinh doanh du lịch, ăn uống", "approx"), Q("17 hộ người Khmer", 17, "hộ người Khmer"),
 Q("khoảng 300 hộ kinh doanh", 300, "hộ kinh doanh", "approx")],
[D("Báo cáo", "112", "BC/BDVTU", "2020-06-29", "Ban Dân vận Tỉnh ủy Kiên Giang", "Báo cáo số 112-BC/BDVTU ngày 29/6/2020"),
 D("Nghị quyết", "42", "NQ-CP", "2020-04-09", "Chính phủ", "Nghị quyết số 42/NQ-CP ngày 9/4/2020"),
 D("Quyết định", "15", "2020/QĐ-TTg", "2020-04-24", "Thủ tướng Chính phủ", "Quyết định số 15/2020/QĐ-TTg ngày 24/4/2020"),
 D("Nghị định", "41", "2020/NĐ-CP", "2020-04-08", "Chính phủ", "Nghị định số 41/2020/NĐ-CP ngày 8/4/2020"),
 D("Kế hoạch", "95", "KH/BDVTU", None, None, "kế hoạch số 95-KH/BDVTU")],
[prov("Kiên Giang"), com("Vĩnh Thanh Vân"), com("Đông Thái")],
["BAN DÂN VẬN TỈNH ỦY KIÊN GIANG", "Trang chủ - Tin tức - Dân vận chính quyền", "Ngày thứ Bảy cùng dân", "Zalo"],
["03/07/2020 - 07:55", "6 tháng đầu năm 2020", "100 triệu đồng/năm", "1 triệu đồng/tháng", "tối đa 3 tháng", "ngày 1/4/2020", "tháng 4",
 "COVID-19"]))

PAGES.append(page("b8679-langson-hoinghi-hoadondientu-2021", """
Báo Lạng Sơn
Thời sự | Kinh tế | Xã hội
Thứ Sáu, 10/12/2021 - 10:30
Toàn cảnh hội nghị tại điểm cầu Cục Thuế tỉnh.
Hội nghị triển khai hóa đơn điện tử cho doanh nghiệp và hộ kinh doanh
(LSO) - Ngày 8/12, Cục Thuế tỉnh Lạng Sơn phối hợp với Ban Dân vận Tỉnh ủy, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị trực tuyến triển khai hóa đơn điện tử theo Nghị định số 123/2020/NĐ-CP ngày 19/10/2020 của Chính phủ và Thông tư số 78/2021/TT-BTC ngày 17/9/2021 của Bộ Tài chính. Hội nghị được kết nối tới 11 điểm cầu huyện, thành phố với gần 900 đại biểu.
Dự hội nghị có đồng chí Hoàng Văn Nghiệm, Phó Chủ tịch UBND tỉnh; đồng chí Đoàn Thị Hậu, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; ông Lưu Đức Thọ, Cục trưởng Cục Thuế tỉnh.
Theo Cục Thuế, Lạng Sơn là một trong 6 tỉnh, thành phố được Bộ Tài chính chọn triển khai hóa đơn điện tử giai đoạn 1 từ tháng 11/2021. Đến nay, 3.062 doanh nghiệp, tổ chức và 312 hộ kinh doanh nộp thuế theo phương pháp kê khai đã chuyển sang sử dụng hóa đơn điện tử, đạt 98,5%. Đặc biệt, tại khu vực cửa khẩu Tân Thanh và thị trấn Đồng Đăng, có 146 hộ kinh doanh hàng nông sản, hàng tạp hóa đã đăng ký hóa đơn điện tử có mã của cơ quan thuế; từ ngày 1/11 đến nay đã có trên 41.000 hóa đơn điện tử được cấp mã.
Tại hội nghị, bà Hoàng Thị Thoa, chủ hộ kinh doanh tạp hóa ở thị trấn Đồng Đăng, cho biết ban đầu rất lo vì không quen máy tính, nhưng được cán bộ thuế và đoàn viên thanh niên xã hướng dẫn tận nơi nên sau 2 buổi đã tự lập được hóa đơn trên điện thoại. Ông Vi Văn Lợi, Chủ tịch Ủy ban MTTQ xã Tân Thanh, đề nghị các nhà cung cấp dịch vụ giảm phí cho hộ kinh doanh nhỏ ở vùng sâu.
Đồng chí Đoàn Thị Hậu đề nghị khối dân vận các cấp coi việc tuyên truyền, vận động hộ kinh doanh dùng hóa đơn điện tử là một nội dung của phong trào "Dân vận khéo" năm 2022; các đoàn thể phát huy vai trò của 240 tổ công nghệ số cộng đồng đang được thành lập ở thôn, khối phố. Đồng chí Hoàng Văn Nghiệm yêu cầu các sở, ngành, UBND các huyện, thành phố phối hợp chặt chẽ với ngành Thuế, bảo đảm đến hết tháng 3/2022 có 100% doanh nghiệp, hộ kinh doanh thuộc diện phải sử dụng chuyển đổi xong.
Theo kế hoạch, năm 2022, Cục Thuế Lạng Sơn sẽ phối hợp với Hội LHPN tỉnh, Tỉnh đoàn mở 22 lớp hướng dẫn tại chợ Đông Kinh, chợ Giếng Vuông và các chợ biên giới; mỗi lớp tối đa 40 học viên để bảo đảm phòng, chống dịch COVID-19.
Dịp này, Cục Thuế ra mắt tổng đài hỗ trợ và tặng 50 bộ tài liệu hướng dẫn cho các xã biên giới.
Minh Châu
Tin liên quan
- Lạng Sơn thu ngân sách từ hoạt động xuất nhập khẩu đạt hơn 6.000 tỷ đồng (02/12/2021)
- Văn Lãng: Ra mắt tổ công nghệ số cộng đồng (25/11/2021)
- Hội nghị đối thoại doanh nghiệp năm 2021 (18/11/2021)
""", "2021-12-10", "Hội nghị triển khai hóa đơn điện tử cho doanh nghiệp và hộ kinh doanh",
E("hoi_nghi", None, "2021-12-08"),
[P("Hoàng Văn Nghiệm", "Phó Chủ tịch UBND tỉnh"),
 P("Đoàn Thị Hậu", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lưu Đức Thọ", "Cục trưởng Cục Thuế tỉnh"),
 P("Hoàng Thị Thoa", "chủ hộ kinh doanh tạp hóa ở thị trấn Đồng Đăng"),
 P("Vi Văn Lợi", "Chủ tịch Ủy ban MTTQ xã Tân Thanh")],
[Q("11 điểm cầu huyện, thành phố", 11, "điểm cầu huyện, thành phố"), Q("gần 900 đại biểu", 900, "đại biểu", "approx"),
 Q("6 tỉnh, thành phố", 6, "tỉnh, thành phố"), Q("3.062 doanh nghiệp, tổ chức", 3062, "doanh nghiệp, tổ chức"),
 Q("312 hộ kinh doanh", 312, "hộ kinh doanh"), Q("98,5%", 98.5, "%"), Q("146 hộ kinh doanh hàng nông sản, hàng tạp hóa", 146, "hộ kinh doanh hàng nông sản, hàng tạp hóa"),
 Q("trên 41.000 hóa đơn điện tử", 41000, "hóa đơn điện tử", "over"), Q("240 tổ công nghệ số cộng đồng", 240, "tổ công nghệ số cộng đồng"),
 Q("100% doanh nghiệp", 100, "%"), Q("22 lớp hướng dẫn", 22, "lớp hướng dẫn"), Q("tối đa 40 học viên", 40, "học viên"),
 Q("50 bộ tài liệu hướng dẫn", 50, "bộ tài liệu hướng dẫn")],
[D("Nghị định", "123", "2020/NĐ-CP", "2020-10-19", "Chính phủ", "Nghị định số 123/2020/NĐ-CP ngày 19/10/2020"),
 D("Thông tư", "78", "2021/TT-BTC", "2021-09-17", "Bộ Tài chính", "Thông tư số 78/2021/TT-BTC ngày 17/9/2021")],
[prov("Lạng Sơn"), com("Đồng Đăng"), com("Tân Thanh")],
["Báo Lạng Sơn", "Thời sự | Kinh tế | Xã hội", "Toàn cảnh hội nghị tại điểm cầu Cục Thuế tỉnh.", "(LSO)", "Dân vận khéo", "chợ Đông Kinh", "chợ Giếng Vuông",
 "cửa khẩu Tân Thanh"],
["Thứ Sáu, 10/12/2021 - 10:30", "giai đoạn 1", "tháng 11/2021", "2 buổi", "năm 2022", "tháng 3/2022", "ngày 1/11"]))

PAGES.append(page("b8680-quangtri-doanthanhnien-taphuan-hddt-2022", """
TỈNH ĐOÀN QUẢNG TRỊ
Trang chủ / Tin hoạt động / Chuyển đổi số
2022-05-20 10:12
Đoàn viên thanh niên được tập huấn hướng dẫn hộ kinh doanh dùng hóa đơn điện tử
Ngày 18/5, Tỉnh đoàn Quảng Trị phối hợp với Cục Thuế tỉnh tổ chức lớp tập huấn năm 2022 về hóa đơn điện tử và kê khai thuế qua mạng cho 120 đoàn viên là thành viên các đội hình thanh niên tình nguyện hỗ trợ chuyển đổi số ở 10 huyện, thị xã, thành phố.
Lớp tập huấn do ông Lê Quang Vinh, Phó Trưởng phòng Tuyên truyền - Hỗ trợ người nộp thuế Cục Thuế tỉnh Quảng Trị, trực tiếp hướng dẫn. Theo đó, các học viên được giới thiệu quy định về hóa đơn điện tử theo Nghị định số 123/2020/NĐ-CP và Thông tư số 78/2021/TT-BTC; cách đăng ký, lập, gửi hóa đơn có mã của cơ quan thuế; quy trình khai thuế của hộ kinh doanh theo Thông tư số 40/2021/TT-BTC ngày 1/6/2021 của Bộ Tài chính. Học viên cũng được hướng dẫn giảm thuế giá trị gia tăng 2% theo Nghị định số 15/2022/NĐ-CP ngày 28/1/2022 của Chính phủ.
Học viên thực hành lập hóa đơn điện tử trên điện thoại. Ảnh: Q.Hưng
Phát biểu khai mạc, chị Nguyễn Thị Thanh Hương, Tỉnh ủy viên, Bí thư Tỉnh đoàn Quảng Trị khóa XVI, cho biết đây là hoạt động thực hiện Chương trình phối hợp số 07/CTPH-TĐ-CT giữa Ban Thường vụ Tỉnh đoàn và Cục Thuế tỉnh. Sau tập huấn, mỗi đoàn viên sẽ nhận hỗ trợ ít nhất 10 hộ kinh doanh tại địa bàn cư trú.
Theo Cục Thuế, năm 2021, số thu từ hộ, cá nhân kinh doanh trên địa bàn tỉnh đạt 152 tỷ đồng. Việc dùng hóa đơn điện tử giúp hộ kinh doanh giảm chi phí in, lưu trữ hóa đơn giấy, mỗi năm tiết kiệm khoảng 3 triệu đồng mỗi hộ.
Tỉnh Quảng Trị hiện có trên 24.000 hộ kinh doanh, nhưng đến tháng 4/2022 mới có 1.108 hộ kinh doanh kê khai sử dụng hóa đơn điện tử. Anh Hồ Văn Thắm, Bí thư Đoàn xã Hướng Phùng, huyện Hướng Hóa, cho biết ở xã vùng cao, nhiều hộ Vân Kiều buôn bán nhỏ chưa có điện thoại thông minh, cần vận động già làng, trưởng bản cùng tham gia. Anh Trần Minh Khoa, Phó Bí thư Thành đoàn Đông Hà, chia sẻ kinh nghiệm của "Đội hình tình nguyện số hóa chợ Đông Hà" đã giúp 212 tiểu thương mở tài khoản thanh toán và tra cứu nghĩa vụ thuế.
Các đồng chí Phó Bí thư Tỉnh đoàn: Lê Thị Hồng Nhung, Nguyễn Văn Tài cùng đại diện Cục Thuế đã trao giấy chứng nhận cho học viên hoàn thành khóa học. Tỉnh đoàn đặt mục tiêu trong năm 2022 hỗ trợ 3.000 hộ kinh doanh tiếp cận hóa đơn điện tử, hướng tới "Chợ không dùng tiền mặt" ở phường 1 và phường 5, thành phố Đông Hà.
Khánh Linh
Tin liên quan
- Quảng Trị: Ra quân Tháng Thanh niên năm 2022 (05/03/2022)
- Đông Hà: 300 tổ công nghệ số cộng đồng được thành lập (22/04/2022)
- Tuổi trẻ Cam Lộ chung tay xây dựng nông thôn mới (10/04/2022)
""", "2022-05-20", "Đoàn viên thanh niên được tập huấn hướng dẫn hộ kinh doanh dùng hóa đơn điện tử",
E("tap_huan", "2022", "2022-05-18"),
[P("Lê Quang Vinh", "Phó Trưởng phòng Tuyên truyền - Hỗ trợ người nộp thuế Cục Thuế tỉnh Quảng Trị"),
 P("Nguyễn Thị Thanh Hương", "Tỉnh ủy viên", "Bí thư Tỉnh đoàn Quảng Trị khóa XVI"),
 P("Hồ Văn Thắm", "Bí thư Đoàn xã Hướng Phùng"),
 P("Trần Minh Khoa", "Phó Bí thư Thành đoàn Đông Hà"),
 P("Lê Thị Hồng Nhung", "Phó Bí thư Tỉnh đoàn"), P("Nguyễn Văn Tài", "Phó Bí thư Tỉnh đoàn")],
[Q("120 đoàn viên", 120, "đoàn viên"), Q("10 huyện, thị xã, thành phố", 10, "huyện, thị xã, thành phố"), Q("2%", 2, "%"), Q("152 tỷ đồng", 152000000000, "đồng"), Q("khoảng 3 triệu đồng", 3000000, "đồng", "approx"),
 Q("ít nhất 10 hộ kinh doanh", 10, "hộ kinh doanh", "over"), Q("trên 24.000 hộ kinh doanh", 24000, "hộ kinh doanh", "over"),
 Q("1.108 hộ kinh doanh", 1108, "hộ kinh doanh"), Q("212 tiểu thương", 212, "tiểu thương"),
 Q("3.000 hộ kinh doanh", 3000, "hộ kinh doanh")],
[D("Nghị định", "123", "2020/NĐ-CP", None, None, "Nghị định số 123/2020/NĐ-CP"),
 D("Thông tư", "78", "2021/TT-BTC", None, None, "Thông tư số 78/2021/TT-BTC"),
 D("Thông tư", "40", "2021/TT-BTC", "2021-06-01", "Bộ Tài chính", "Thông tư số 40/2021/TT-BTC ngày 1/6/2021"),
 D("Nghị định", "15", "2022/NĐ-CP", "2022-01-28", "Chính phủ", "Nghị định số 15/2022/NĐ-CP ngày 28/1/2022"),
 D("Chương trình phối hợp", "07", "CTPH-TĐ-CT", None, None, "Chương trình phối hợp số 07/CTPH-TĐ-CT")],
[prov("Quảng Trị"), com("Hướng Phùng"), com("phường 1"), com("phường 5")],
["TỈNH ĐOÀN QUẢNG TRỊ", "Trang chủ / Tin hoạt động / Chuyển đổi số", "Học viên thực hành lập hóa đơn điện tử trên điện thoại. Ảnh: Q.Hưng",
 "Đội hình tình nguyện số hóa chợ Đông Hà", "Chợ không dùng tiền mặt"],
["2022-05-20 10:12", "năm 2022", "năm 2021", "khóa XVI", "tháng 4/2022"]))
