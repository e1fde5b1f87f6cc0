from lib import *
PAGES = []

PAGES.append(page("b7553-hoabinh-giaoban-thang3-2021", """
BÁO HÒA BÌNH ĐIỆN TỬ
T5, 01/04/2021 - 14:22
Kinh tế - Chính sách xã hội
Đồng chí Bùi Thị Hằng, Chủ tịch Hội LHPN tỉnh kết luận buổi giao ban.
Nâng chất lượng hoạt động tổ tiết kiệm và vay vốn vùng đồng bào Mường
(HBĐT) - Ngày 31/3, Hội LHPN tỉnh và Chi nhánh Ngân hàng Chính sách xã hội tỉnh Hòa Bình tổ chức giao ban trực tuyến đánh giá hoạt động ủy thác tháng 3/2021, đồng thời bàn nhiệm vụ tháng 4. Buổi giao ban được kết nối tới 10 điểm cầu huyện, thành phố.
Đồng chí Bùi Thị Hằng, Tỉnh ủy viên, Chủ tịch Hội LHPN tỉnh, và đồng chí Đinh Công Sứ, Giám đốc Chi nhánh NHCSXH tỉnh đồng chủ trì.
Theo báo cáo, đến ngày 25/3/2021, Hội Phụ nữ các cấp quản lý 1.214 tổ TK&VV, 46.390 thành viên; dư nợ ủy thác 2.237 tỷ đồng, tăng 41,6 tỷ đồng so với cuối tháng 2. Trong tháng, các tổ đã bình xét cho 1.096 hộ vay mới với số tiền gần 52 tỷ đồng, chủ yếu vay hộ nghèo, hộ cận nghèo, hộ sản xuất kinh doanh vùng khó khăn. Nợ quá hạn 1,9 tỷ đồng, chiếm 0,08%.
Triển khai Kết luận số 06-KL/TW ngày 10/6/2020 của Ban Bí thư về tiếp tục thực hiện Chỉ thị số 40-CT/TW, Hội LHPN tỉnh đã tham mưu ban hành Kế hoạch số 127/KH-HPN ngày 12/3/2021 về nâng cao chất lượng tín dụng chính sách giai đoạn 2021 - 2025.
Tại buổi giao ban, các đồng chí Chủ tịch Hội LHPN huyện: Quách Thị Thêu, Bùi Thị Nhàn, Đinh Thị Vân phản ánh tình trạng một số hộ vay ở các xóm vùng sâu đi làm công nhân ở các tỉnh phía Nam, để lại con nhỏ cho ông bà, việc thu lãi hằng tháng gặp khó khăn. Đồng chí Quách Thị Thêu cho biết, ở xã Ngọc Sơn (Lạc Sơn), Hội đã phân công 12 chi hội trưởng kèm cặp từng hộ, nhờ vậy không phát sinh nợ quá hạn.
Đồng chí Xa Văn Tươi, Phó Giám đốc Phòng giao dịch NHCSXH huyện Mai Châu, thông tin: Phòng đã phối hợp với Hội Phụ nữ chuyển 6 tổ TK&VV sang giao dịch tại điểm giao dịch xã Chiềng Châu, giảm quãng đường đi lại cho khoảng 300 hộ vay.
Kết luận giao ban, đồng chí Bùi Thị Hằng đề nghị tháng 4 các cấp Hội tập trung kiểm tra 100% tổ có tổ trưởng mới được bầu; tuyên truyền về cuộc bầu cử đại biểu Quốc hội và HĐND các cấp gắn với nhắc nhở hộ vay trả lãi; phấn đấu đến cuối quý II tăng trưởng dư nợ thêm ít nhất 60 tỷ đồng. Đồng chí Đinh Công Sứ đề nghị các huyện chủ động rà soát nhu cầu vay vốn của lao động mất việc do dịch Covid-19 quay về địa phương.
Cũng tại buổi giao ban, Chi nhánh NHCSXH tỉnh thông báo lịch giao dịch tại xã tháng 4 và lưu ý các tổ trưởng niêm yết công khai danh sách hộ vay, mức lãi suất tại điểm giao dịch.
Bùi Minh
Lượt đọc: 518
Tin khác
- Lương Sơn: Hơn 800 hộ được vay vốn chính sách (26/03/2021)
- Hội Phụ nữ Đà Bắc ra mắt mô hình "Tổ phụ nữ tiết kiệm" (19/03/2021)
- Giao ban hoạt động ủy thác tháng 2/2021 (27/02/2021)
""", "2021-04-01", "Nâng chất lượng hoạt động tổ tiết kiệm và vay vốn vùng đồng bào Mường",
E("giao_ban", "2021-03", "2021-03-31"),
[P("Bùi Thị Hằng", "Tỉnh ủy viên", "Chủ tịch Hội LHPN tỉnh"),
 P("Đinh Công Sứ", "Giám đốc Chi nhánh NHCSXH tỉnh"),
 P("Quách Thị Thêu", "Chủ tịch Hội LHPN huyện"),
 P("Bùi Thị Nhàn", "Chủ tịch Hội LHPN huyện"),
 P("Đinh Thị Vân", "Chủ tịch Hội LHPN huyện"),
 P("Xa Văn Tươi", "Phó Giám đốc Phòng giao dịch NHCSXH huyện Mai Châu")],
[Q("10 điểm cầu huyện, thành phố", 10, "điểm cầu huyện, thành phố"), Q("1.214 tổ TK&VV", 1214, "tổ TK&VV"),
 Q("46.390 thành viên", 46390, "thành viên"), Q("2.237 tỷ đồng", 2237000000000, "đồng"), Q("41,6 tỷ đồng", 41600000000, "đồng"),
 Q("1.096 hộ", 1096, "hộ"), Q("gần 52 tỷ đồng", 52000000000, "đồng", "approx"), Q("1,9 tỷ đồng", 1900000000, "đồng"),
 Q("0,08%", 0.08, "%"), Q("12 chi hội trưởng", 12, "chi hội trưởng"), Q("6 tổ TK&VV", 6, "tổ TK&VV"),
 Q("khoảng 300 hộ", 300, "hộ", "approx"), Q("100% tổ", 100, "%"), Q("ít nhất 60 tỷ đồng", 60000000000, "đồng", "over")],
[D("Kết luận", "06", "KL/TW", "2020-06-10", "Ban Bí thư", "Kết luận số 06-KL/TW ngày 10/6/2020"),
 D("Chỉ thị", "40", "CT/TW", None, None, "Chỉ thị số 40-CT/TW"),
 D("Kế hoạch", "127", "KH-HPN", "2021-03-12", None, "Kế hoạch số 127/KH-HPN ngày 12/3/2021")],
[prov("Hòa Bình"), com("Ngọc Sơn"), com("Chiềng Châu")],
["BÁO HÒA BÌNH ĐIỆN TỬ", "Kinh tế - Chính sách xã hội", "Đồng chí Bùi Thị Hằng, Chủ tịch Hội LHPN tỉnh kết luận buổi giao ban.",
 "(HBĐT)", "Lượt đọc: 518"],
["T5, 01/04/2021 - 14:22", "tháng 3/2021", "tháng 4", "25/3/2021", "tháng 2", "giai đoạn 2021 - 2025", "quý II", "Covid-19", "Lượt đọc: 518"]))

PAGES.append(page("b7554-binhdinh-tokiemchi-langchai-2021", """
Báo Bình Định
Xã hội > Phụ nữ - Gia đình
Ngày 16/09/2021 | 10:20
Tổ tiết kiệm giúp phụ nữ làng chài vượt qua mùa dịch
Giữa lúc dịch Covid-19 khiến ghe thuyền nằm bờ, tiền bán cá giảm, những tổ tiết kiệm và vay vốn do Hội Phụ nữ quản lý ở vùng biển Phù Cát đã trở thành chỗ dựa của nhiều gia đình ngư dân.
Chị Trần Thị Lệ, vợ một ngư dân ở thôn Chánh Oai, xã Cát Hải, nhớ lại: "Đầu tháng 8, chồng tôi không ra khơi được, cả nhà chỉ trông vào gánh hàng cá khô. Tổ cho tôi rút trước 3 triệu đồng tiền tiết kiệm, lại được ngân hàng cho gia hạn nợ nên không phải vay nóng bên ngoài".
Theo bà Nguyễn Thị Kim Quy, Chủ tịch Hội LHPN xã Cát Hải, xã có 5 tổ TK&VV với 214 hộ vay, dư nợ hơn 8,6 tỷ đồng. Ngoài việc tiết kiệm bắt buộc theo quy định, các tổ vận động chị em tham gia nhóm "Góp vốn xoay vòng", mỗi tháng mỗi người góp 200.000 đồng. Từ đầu năm đến nay, các nhóm đã xoay vòng được khoảng 180 triệu đồng cho 31 chị em làm nước mắm, chế biến hải sản.
Ông Đặng Ngọc Tuấn, Giám đốc Phòng giao dịch NHCSXH huyện Phù Cát, cho biết cả huyện có 96 tổ TK&VV do Hội Phụ nữ quản lý, chiếm gần một nửa số tổ trên địa bàn. Thực hiện Thông tư số 03/2021/TT-NHNN ngày 02/4/2021 của Ngân hàng Nhà nước về cơ cấu lại thời hạn trả nợ, Phòng đã phối hợp với các tổ rà soát, gia hạn nợ cho 137 hộ bị ảnh hưởng dịch bệnh với số tiền 3,9 tỷ đồng. Những tháng giãn cách, cán bộ tín dụng không tổ chức giao dịch xã mà thu lãi qua tổ trưởng, giảm tối đa việc tụ tập đông người.
Ở xã Cát Khánh, bà Võ Thị Sương, Tổ trưởng tổ TK&VV thôn Vĩnh Lợi, ghi chép từng khoản thu vào sổ rồi nhắn tin cho cán bộ ngân hàng đối chiếu. "Có tháng tôi phải đi đến từng nhà, đứng ngoài cổng thu lãi vì không được tụ tập. Chị em hiểu nên ai cũng đóng đủ", bà Sương nói. Tổ của bà 45 thành viên, 7 năm nay chưa có khoản nợ quá hạn nào.
Bà Lê Thị Mỹ Hạnh, Phó Chủ tịch Hội LHPN huyện Phù Cát, cho biết Hội đang đề xuất UBND huyện dành thêm khoảng 2 tỷ đồng vốn ngân sách ủy thác để cho vay phụ nữ ven biển chuyển đổi nghề, như làm homestay, bán hàng trực tuyến. Hội cũng đang hướng dẫn các tổ lập nhóm Zalo để thông báo lịch giao dịch và nhắc lãi.
Với nhiều chị em ở vùng biển, chiếc sổ tiết kiệm nhỏ của tổ giờ không chỉ là nơi gửi vài chục nghìn đồng mỗi tháng mà còn là "phao cứu sinh" trong mùa dịch. Nhiều tổ viên nói, sau đợt dịch này, họ sẽ gửi tiết kiệm đều hơn để phòng những lúc biển động, ghe nằm bờ dài ngày.
Minh Phương
Xem thêm
- Phù Mỹ: Giải ngân vốn vay hỗ trợ lao động mất việc (09/09/2021)
- Trao 30 suất quà cho phụ nữ nghèo Hoài Nhơn (02/09/2021)
""", "2021-09-16", "Tổ tiết kiệm giúp phụ nữ làng chài vượt qua mùa dịch",
E("khac", None, None),
[P("Trần Thị Lệ"),
 P("Nguyễn Thị Kim Quy", "Chủ tịch Hội LHPN xã Cát Hải"),
 P("Đặng Ngọc Tuấn", "Giám đốc Phòng giao dịch NHCSXH huyện Phù Cát"),
 P("Võ Thị Sương", "Tổ trưởng tổ TK&VV thôn Vĩnh Lợi"),
 P("Lê Thị Mỹ Hạnh", "Phó Chủ tịch Hội LHPN huyện Phù Cát")],
[Q("3 triệu đồng", 3000000, "đồng"), Q("5 tổ TK&VV", 5, "tổ TK&VV"), Q("214 hộ", 214, "hộ"),
 Q("hơn 8,6 tỷ đồng", 8600000000, "đồng", "over"), Q("200.000 đồng", 200000, "đồng"),
 Q("khoảng 180 triệu đồng", 180000000, "đồng", "approx"), Q("31 chị em", 31, "chị em"), Q("96 tổ TK&VV", 96, "tổ TK&VV"),
 Q("137 hộ", 137, "hộ"), Q("3,9 tỷ đồng", 3900000000, "đồng"), Q("45 thành viên", 45, "thành viên"),
 Q("khoảng 2 tỷ đồng", 2000000000, "đồng", "approx")],
[D("Thông tư", "03", "2021/TT-NHNN", "2021-04-02", "Ngân hàng Nhà nước", "Thông tư số 03/2021/TT-NHNN ngày 02/4/2021")],
[prov("Bình Định"), com("Cát Hải"), com("Cát Khánh")],
["Báo Bình Định", "Xã hội > Phụ nữ - Gia đình", "Góp vốn xoay vòng", "phao cứu sinh", "Zalo"],
["Ngày 16/09/2021 | 10:20", "Covid-19", "Đầu tháng 8", "một nửa", "7 năm", "vài chục nghìn đồng"]))

PAGES.append(page("b7555-hanam-tongket-uythac-2022", """
Hôm nay: Thứ Năm, 29/12/2022
BÁO HÀ NAM ĐIỆN TỬ
Kinh tế › Tài chính - Ngân hàng
Ngày đăng: 28/12/2022 09:00
Toàn cảnh hội nghị.
Hội Phụ nữ Hà Nam: 9 năm liền không có tổ tiết kiệm và vay vốn xếp loại yếu
Ngày 27/12, Hội LHPN tỉnh Hà Nam phối hợp với Chi nhánh Ngân hàng Chính sách xã hội tỉnh tổ chức hội nghị tổng kết công tác ủy thác cho vay vốn năm 2022, ký kết phụ lục văn bản liên tịch giai đoạn mới. Đồng chí Trần Thị Thanh Nhàn, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy dự và phát biểu chỉ đạo.
Năm 2022, dư nợ ủy thác qua Hội đạt 1.164,5 tỷ đồng, tăng 138 tỷ đồng so với năm 2021, với 28.610 hộ vay đang còn dư nợ tại 512 tổ TK&VV. Chất lượng tín dụng tiếp tục được giữ vững: tỷ lệ nợ quá hạn chỉ 0,02%, 100% tổ xếp loại tốt và khá; năm thứ 9 liên tiếp tỉnh không có tổ TK&VV xếp loại yếu. Riêng chương trình cho vay theo Nghị quyết số 11/NQ-CP ngày 30/01/2022 của Chính phủ về Chương trình phục hồi và phát triển kinh tế - xã hội, qua kênh Hội đã giải ngân 86,3 tỷ đồng cho 1.744 lượt khách hàng.
Các đồng chí Phó Chủ tịch Hội LHPN tỉnh: Lại Thị Thu Hà, Đỗ Thị Huệ cùng đại diện lãnh đạo Hội Phụ nữ 6 huyện, thị xã, thành phố đã thảo luận về cách thức nâng cao chất lượng sinh hoạt tổ, ứng dụng công nghệ trong thu lãi, tiết kiệm. Bà Phạm Thị Liên, Chủ tịch Hội LHPN phường Châu Sơn, cho biết đã thí điểm cho 2 tổ thu lãi qua tài khoản, giảm đi lại cho chị em công nhân.
Theo ông Trương Quốc Hùng, Giám đốc Chi nhánh NHCSXH tỉnh Hà Nam, Hội Phụ nữ đang quản lý 41,3% tổng dư nợ, là tổ chức nhận ủy thác có dư nợ lớn nhất. Năm 2023, Chi nhánh dự kiến nguồn vốn tăng trưởng khoảng 180 tỷ đồng và đề nghị Hội tiếp tục thực hiện tốt Văn bản liên tịch số 4251/VBLT-HPN-NHCS, cùng Kế hoạch 201, 202-KH/HPN của Đoàn Chủ tịch Hội LHPN tỉnh.
Phát biểu chỉ đạo, đồng chí Trần Thị Thanh Nhàn đề nghị các cấp Hội gắn hoạt động ủy thác với việc thực hiện Chỉ thị 40-CT/TW và Kết luận 06-KL/TW, quan tâm phát hiện, nhân rộng những tổ TK&VV tiêu biểu; chú ý những hộ vay là lao động đi làm ăn xa, có nguy cơ phát sinh nợ quá hạn.
Dịp này, Trung ương Hội LHPN Việt Nam tặng bằng khen cho 3 tập thể; Chi nhánh NHCSXH tỉnh tặng giấy khen cho 22 tập thể và 31 cá nhân. Chị Đinh Thị Ánh, Tổ trưởng tổ TK&VV thôn Đông Ngoại, xã Đồng Du, là một trong những cá nhân được khen với thành tích 11 năm làm tổ trưởng không có nợ quá hạn.
Thanh Huyền
Bình luận
Tin cùng chuyên mục
- Bình Lục: Giải ngân vốn vay học sinh, sinh viên (22/12/2022)
- Hội Phụ nữ Lý Nhân tổng kết năm 2022 (19/12/2022)
- Hà Nam: Hơn 2.000 hộ được vay vốn tạo việc làm (12/12/2022)
""", "2022-12-28", "Hội Phụ nữ Hà Nam: 9 năm liền không có tổ tiết kiệm và vay vốn xếp loại yếu",
E("tong_ket", "2022", "2022-12-27"),
[P("Trần Thị Thanh Nhàn", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lại Thị Thu Hà", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Đỗ Thị Huệ", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Phạm Thị Liên", "Chủ tịch Hội LHPN phường Châu Sơn"),
 P("Trương Quốc Hùng", "Giám đốc Chi nhánh NHCSXH tỉnh Hà Nam"),
 P("Đinh Thị Ánh", "Tổ trưởng tổ TK&VV thôn Đông Ngoại")],
[Q("1.164,5 tỷ đồng", 1164500000000, "đồng"), Q("138 tỷ đồng", 138000000000, "đồng"), Q("28.610 hộ", 28610, "hộ"),
 Q("512 tổ TK&VV", 512, "tổ TK&VV"), Q("0,02%", 0.02, "%"), Q("100% tổ", 100, "%"), Q("86,3 tỷ đồng", 86300000000, "đồng"),
 Q("1.744 lượt khách hàng", 1744, "lượt khách hàng"), Q("6 huyện, thị xã, thành phố", 6, "huyện, thị xã, thành phố"),
 Q("2 tổ", 2, "tổ"), Q("41,3%", 41.3, "%"), Q("khoảng 180 tỷ đồng", 180000000000, "đồng", "approx"),
 Q("3 tập thể", 3, "tập thể"), Q("22 tập thể", 22, "tập thể"), Q("31 cá nhân", 31, "cá nhân")],
[D("Nghị quyết", "11", "NQ-CP", "2022-01-30", "Chính phủ", "Nghị quyết số 11/NQ-CP ngày 30/01/2022"),
 D("Văn bản liên tịch", "4251", "VBLT-HPN-NHCS", None, None, "Văn bản liên tịch số 4251/VBLT-HPN-NHCS"),
 D("Kế hoạch", "201", "KH/HPN", None, "Đoàn Chủ tịch Hội LHPN tỉnh", "Kế hoạch 201, 202-KH/HPN"),
 D("Kế hoạch", "202", "KH/HPN", None, "Đoàn Chủ tịch Hội LHPN tỉnh", "Kế hoạch 201, 202-KH/HPN"),
 D("Chỉ thị", "40", "CT/TW", None, None, "Chỉ thị 40-CT/TW"),
 D("Kết luận", "06", "KL/TW", None, None, "Kết luận 06-KL/TW")],
[prov("Hà Nam"), com("Châu Sơn"), com("Đồng Du")],
["Hôm nay: Thứ Năm, 29/12/2022", "BÁO HÀ NAM ĐIỆN TỬ", "Kinh tế › Tài chính - Ngân hàng", "Toàn cảnh hội nghị.",
 "Chương trình phục hồi và phát triển kinh tế - xã hội"],
["Hôm nay: Thứ Năm, 29/12/2022", "Ngày đăng: 28/12/2022 09:00", "9 năm", "năm 2022", "năm 2021", "năm thứ 9", "Năm 2023", "11 năm"]))

PAGES.append(page("b7556-kontum-giamsat-bandaidien-2022", """
Báo Kon Tum điện tử
Chính trị - Xã hội | Hoạt động các đoàn thể
Cập nhật: 14:05, 15/06/2022 (GMT+7)
Đoàn giám sát làm việc tại điểm giao dịch xã Đắk Ang.
Giám sát hoạt động tổ tiết kiệm và vay vốn tại huyện Ngọc Hồi
Trong 2 ngày 13 và 14/6, Ban đại diện Hội đồng quản trị Ngân hàng Chính sách xã hội tỉnh do ông Y Ngọc, Phó Chủ tịch UBND tỉnh - Trưởng Ban đại diện HĐQT NHCSXH tỉnh làm trưởng đoàn, đã kiểm tra, giám sát việc thực hiện chính sách tín dụng ưu đãi và hoạt động của các tổ tiết kiệm và vay vốn trên địa bàn huyện Ngọc Hồi.
Cùng đi có bà Y Thị Hạnh, Phó Chủ tịch Hội LHPN tỉnh, thành viên Ban đại diện; ông Nguyễn Hữu Phước, Phó Giám đốc Chi nhánh NHCSXH tỉnh Kon Tum.
Báo cáo với đoàn, ông A Thuyên, Phó Chủ tịch UBND huyện, Trưởng Ban đại diện HĐQT NHCSXH huyện cho biết: đến 31/5/2022, tổng dư nợ các chương trình tín dụng chính sách trên địa bàn huyện đạt 356,2 tỷ đồng, với 7.815 hộ còn dư nợ, thông qua 139 tổ TK&VV. Trong đó, Hội Phụ nữ quản lý 47 tổ, dư nợ 128 tỷ đồng. Tỷ lệ nợ quá hạn toàn huyện là 0,11%. Vốn vay theo Nghị định số 28/2022/NĐ-CP ngày 26/4/2022 của Chính phủ về chính sách tín dụng ưu đãi thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi đang được các tổ rà soát để sớm giải ngân.
Đoàn đã giám sát trực tiếp 4 tổ TK&VV tại xã Đắk Ang và xã Bờ Y, kiểm tra ngẫu nhiên 26 hộ vay. Chị Y Lan, Tổ trưởng tổ TK&VV thôn Đắk Mế, xã Bờ Y, người dân tộc Gia Triêng, cho biết tổ có 34 tổ viên, phần lớn vay vốn trồng sâm dây, cà phê và nuôi bò. "Mỗi lần họp tổ, tôi nói bằng tiếng của đồng bào để bà con hiểu phải trả lãi đúng hạn", chị Y Lan nói. Ông A Phiên, Trưởng thôn Đắk Mế cũng cho rằng tổ trưởng là người gần dân nhất nên vai trò rất quan trọng.
Qua giám sát, đoàn đánh giá các tổ TK&VV hoạt động nền nếp, sổ sách rõ ràng; tuy nhiên còn 3 trường hợp vay vốn nhưng sử dụng sai mục đích, một số tổ chưa bình xét công khai, họp tổ ghi biên bản sơ sài.
Kết luận buổi giám sát, ông Y Ngọc đề nghị UBND huyện Ngọc Hồi chỉ đạo thu hồi nợ sai mục đích; Hội Phụ nữ và các tổ chức nhận ủy thác tăng cường kiểm tra sau cho vay, chấn chỉnh việc họp tổ; phấn đấu đến cuối năm 2022 đưa tỷ lệ nợ quá hạn xuống 0,1%. Đồng thời, đề nghị huyện bố trí thêm ít nhất 1 tỷ đồng ngân sách ủy thác sang NHCSXH theo tinh thần Kết luận số 06-KL/TW của Ban Bí thư.
Đoàn sẽ tiếp tục giám sát tại huyện Đăk Glei và huyện Tu Mơ Rông trong tháng 7.
Thu Hà
Lượt xem: 1.027
Tin liên quan
- Kon Plông: Giải ngân 12 tỷ đồng vốn vay nhà ở (08/06/2022)
- Hội Phụ nữ tỉnh tập huấn cho 80 tổ trưởng tổ TK&VV (30/05/2022)
""", "2022-06-15", "Giám sát hoạt động tổ tiết kiệm và vay vốn tại huyện Ngọc Hồi",
E("giam_sat", None, "2022-06-13"),
[P("Y Ngọc", "Phó Chủ tịch UBND tỉnh - Trưởng Ban đại diện HĐQT NHCSXH tỉnh"),
 P("Y Thị Hạnh", "Phó Chủ tịch Hội LHPN tỉnh", "thành viên Ban đại diện"),
 P("Nguyễn Hữu Phước", "Phó Giám đốc Chi nhánh NHCSXH tỉnh Kon Tum"),
 P("A Thuyên", "Phó Chủ tịch UBND huyện", "Trưởng Ban đại diện HĐQT NHCSXH huyện"),
 P("Y Lan", "Tổ trưởng tổ TK&VV thôn Đắk Mế"),
 P("A Phiên", "Trưởng thôn Đắk Mế")],
[Q("356,2 tỷ đồng", 356200000000, "đồng"), Q("7.815 hộ", 7815, "hộ"), Q("139 tổ TK&VV", 139, "tổ TK&VV"),
 Q("47 tổ", 47, "tổ"), Q("128 tỷ đồng", 128000000000, "đồng"), Q("0,11%", 0.11, "%"), Q("4 tổ TK&VV", 4, "tổ TK&VV"),
 Q("26 hộ", 26, "hộ"), Q("34 tổ viên", 34, "tổ viên"), Q("3 trường hợp", 3, "trường hợp"),
 Q("0,1%", 0.1, "%"), Q("ít nhất 1 tỷ đồng", 1000000000, "đồng", "over")],
[D("Nghị định", "28", "2022/NĐ-CP", "2022-04-26", "Chính phủ", "Nghị định số 28/2022/NĐ-CP ngày 26/4/2022"),
 D("Kết luận", "06", "KL/TW", None, "Ban Bí thư", "Kết luận số 06-KL/TW")],
[prov("Kon Tum"), com("Đắk Ang"), com("Bờ Y")],
["Báo Kon Tum điện tử", "Chính trị - Xã hội | Hoạt động các đoàn thể", "Đoàn giám sát làm việc tại điểm giao dịch xã Đắk Ang.",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi", "Lượt xem: 1.027"],
["Cập nhật: 14:05, 15/06/2022 (GMT+7)", "2 ngày", "31/5/2022", "năm 2022", "tháng 7", "Lượt xem: 1.027"]))

PAGES.append(page("b7557-baclieu-taphuan-totruong-2023", """
BẠC LIÊU ONLINE
Thời sự | Kinh tế | Văn hóa - Xã hội | Thể thao
2023-04-12 16:40
Hơn 120 tổ trưởng tổ tiết kiệm và vay vốn được tập huấn nghiệp vụ
BL - Ngày 11/4, Phòng giao dịch Ngân hàng Chính sách xã hội thị xã Giá Rai phối hợp với Hội Liên hiệp Phụ nữ thị xã tổ chức lớp tập huấn nghiệp vụ năm 2023 cho 124 học viên là tổ trưởng tổ tiết kiệm và vay vốn, cán bộ Hội Phụ nữ phụ trách ủy thác của 10 xã, phường trên địa bàn.
Lớp học do bà Dương Thị Mỹ Lệ, Phó Giám đốc Chi nhánh NHCSXH tỉnh Bạc Liêu và bà Thạch Thị Sô Phia, Phó Chủ tịch Hội LHPN tỉnh trực tiếp truyền đạt. Học viên được cập nhật các chương trình cho vay mới, trong đó có cho vay hỗ trợ tạo việc làm, duy trì và mở rộng việc làm theo Nghị định số 74/2019/NĐ-CP, cho vay nhà ở xã hội theo Nghị quyết số 11/NQ-CP của Chính phủ; quy trình thu nợ, thu lãi, kiểm tra sử dụng vốn; cách phòng ngừa rủi ro, tránh "vay ké", "vay hộ".
Theo bà Huỳnh Thị Thu Sang, Giám đốc Phòng giao dịch NHCSXH thị xã Giá Rai, Hội Phụ nữ thị xã đang quản lý 63 tổ TK&VV, 2.841 hộ vay, dư nợ 98,7 tỷ đồng. Năm 2022, chất lượng tín dụng của các tổ thuộc Hội Phụ nữ được xếp vào loại tốt nhất trong 4 tổ chức hội, tỷ lệ nợ quá hạn chỉ 0,05%.
Chị Kim Thị Sóc Phi, người Khmer, Tổ trưởng tổ TK&VV ấp Xẻo Lá, xã Phong Thạnh Tây, cho biết: "Tổ của em có 3 chị là người mới tham gia, chưa quen sổ sách. Sau lớp học em sẽ về hướng dẫn lại các chị ghi chép, nhất là sổ theo dõi tiền gửi tiết kiệm". Tổ của chị Sóc Phi hiện có 51 tổ viên, dư nợ 2,2 tỷ đồng.
Tại lớp, học viên cũng được nghe bà Lâm Thị Thùy, Chủ tịch Hội LHPN phường Hộ Phòng chia sẻ kinh nghiệm kiện toàn 4 tổ hoạt động kém. "Trước đây có tổ mỗi lần họp chỉ được 5, 7 người. Hội phải đi từng nhà để vận động, thay tổ trưởng mới có trách nhiệm hơn thì tổ mới đi vào nề nếp", bà Thùy nói.
Bế giảng lớp học, bà Thạch Thị Sô Phia yêu cầu mỗi tổ trưởng sau tập huấn phải tổ chức họp tổ để triển khai nội dung mới, hoàn thành trước ngày 30/4. Dự kiến trong quý II, Chi nhánh NHCSXH tỉnh sẽ tiếp tục phối hợp mở thêm 6 lớp tập huấn tương tự tại các huyện Hồng Dân, Phước Long, Vĩnh Lợi, với khoảng 700 học viên. Kinh phí tổ chức mỗi lớp khoảng 25 triệu đồng, trích từ phí ủy thác.
Nhiều học viên cho rằng nội dung tập huấn thiết thực, dễ áp dụng, nhất là phần hướng dẫn ghi sổ.
Kết thúc lớp học, 100% học viên đã làm bài kiểm tra nhanh, trong đó 86 học viên đạt loại giỏi.
Hoàng Lan - Kim Ngân
Tin khác
- Hồng Dân: Ra mắt điểm giao dịch xã mới (05/04/2023)
- Phụ nữ Đông Hải vay vốn nuôi tôm kết hợp (29/03/2023)
- Hội Phụ nữ tỉnh trao 50 sổ tiết kiệm (20/03/2023)
""", "2023-04-12", "Hơn 120 tổ trưởng tổ tiết kiệm và vay vốn được tập huấn nghiệp vụ",
E("tap_huan", "2023", "2023-04-11"),
[P("Dương Thị Mỹ Lệ", "Phó Giám đốc Chi nhánh NHCSXH tỉnh Bạc Liêu"),
 P("Thạch Thị Sô Phia", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Huỳnh Thị Thu Sang", "Giám đốc Phòng giao dịch NHCSXH thị xã Giá Rai"),
 P("Kim Thị Sóc Phi", "Tổ trưởng tổ TK&VV ấp Xẻo Lá"),
 P("Lâm Thị Thùy", "Chủ tịch Hội LHPN phường Hộ Phòng")],
[Q("Hơn 120 tổ trưởng", 120, "tổ trưởng", "over"), Q("124 học viên", 124, "học viên"),
 Q("10 xã, phường", 10, "xã, phường"), Q("63 tổ TK&VV", 63, "tổ TK&VV"), Q("2.841 hộ", 2841, "hộ"),
 Q("98,7 tỷ đồng", 98700000000, "đồng"), Q("4 tổ chức hội", 4, "tổ chức hội"), Q("0,05%", 0.05, "%"),
 Q("3 chị", 3, "chị"), Q("51 tổ viên", 51, "tổ viên"), Q("2,2 tỷ đồng", 2200000000, "đồng"),
 Q("4 tổ", 4, "tổ"), Q("6 lớp tập huấn", 6, "lớp tập huấn"), Q("khoảng 700 học viên", 700, "học viên", "approx"),
 Q("khoảng 25 triệu đồng", 25000000, "đồng", "approx"), Q("100% học viên", 100, "%"), Q("86 học viên", 86, "học viên")],
[D("Nghị định", "74", "2019/NĐ-CP", None, None, "Nghị định số 74/2019/NĐ-CP"),
 D("Nghị quyết", "11", "NQ-CP", None, "Chính phủ", "Nghị quyết số 11/NQ-CP")],
[prov("Bạc Liêu"), com("Phong Thạnh Tây"), com("Hộ Phòng")],
["BẠC LIÊU ONLINE", "Thời sự | Kinh tế | Văn hóa - Xã hội | Thể thao", "vay ké", "vay hộ"],
["2023-04-12 16:40", "năm 2023", "Năm 2022", "5, 7 người", "30/4", "quý II"]))

PAGES.append(page("b7558-langson-giaoban-quy2-2023", """
BÁO LẠNG SƠN
Trang chủ / Kinh tế / Tài chính - Ngân hàng
Thứ Sáu, 07/07/2023 - 07:30
Tổ TK&VV vùng cao giữ vững chất lượng tín dụng
LSO - Chiều 6/7, tại Chi nhánh Ngân hàng Chính sách xã hội tỉnh, Hội LHPN tỉnh và Chi nhánh tổ chức hội nghị giao ban công tác ủy thác quý II/2023, triển khai nhiệm vụ quý III.
Chủ trì hội nghị có các đồng chí: Hoàng Thị Thu, Chủ tịch Hội LHPN tỉnh Lạng Sơn; Lương Văn Khánh, Giám đốc Chi nhánh NHCSXH tỉnh.
Báo cáo cho thấy, hết quý II, tổng dư nợ do Hội Phụ nữ các cấp nhận ủy thác đạt 2.411 tỷ đồng, tăng 63,5 tỷ đồng so với đầu năm, chiếm 36,8% tổng dư nợ của Chi nhánh. Toàn tỉnh có 1.076 tổ TK&VV của Hội với 43.287 hộ vay; nợ quá hạn chiếm 0,04%, nợ khoanh 0,03%. Trong quý, các tổ đã huy động tiền gửi tiết kiệm tăng 2,8 tỷ đồng; đã có 2.350 hộ được giải ngân mới, trong đó cho vay theo Nghị định số 28/2022/NĐ-CP của Chính phủ đạt 47,2 tỷ đồng.
Đồng chí Nông Thị Mến, Phó Chủ tịch Hội LHPN tỉnh, cho biết quý II Hội đã chỉ đạo kiện toàn 57 tổ trưởng, tổ chức 11 lớp tập huấn cho 620 tổ trưởng; Ban Thường vụ Hội LHPN tỉnh cũng ban hành Công văn số 312/CV-HPN hướng dẫn rà soát các tổ có tổ viên đi làm ăn xa.
Tham luận tại giao ban, chị Lăng Thị Hoa, Phó Chủ tịch Hội LHPN huyện Văn Lãng, và chị Hoàng Thị Ngân, Phó Chủ tịch Hội LHPN huyện Bình Gia, nêu khó khăn khi một số hộ vay là người Nùng, người Dao ở các xã biên giới thường xuyên vắng nhà đi làm thuê theo mùa vụ. Tại xã Tân Mỹ, Hội Phụ nữ đã phối hợp với trưởng thôn lập nhóm Zalo để thông báo lịch giao dịch; nhờ vậy 3 tổ TK&VV của xã không phát sinh nợ quá hạn.
Bà Chu Thị Hồng, Tổ trưởng tổ TK&VV thôn Nà Pàn, xã Hồng Phong (Bình Gia) được mời chia sẻ về việc vận động tổ viên lập "quỹ tương trợ" với mức đóng 20.000 đồng/người/tháng, cho vay không lãi khi có việc gấp.
Kết luận hội nghị, đồng chí Hoàng Thị Thu đề nghị quý III các cấp Hội tập trung đôn đốc thu nợ đến hạn, phối hợp giải ngân hết số vốn được giao, trong đó khoảng 115 tỷ đồng còn lại của kế hoạch năm; triển khai Kế hoạch 36, 37-KH/HPN của Hội LHPN tỉnh về nâng cao chất lượng hoạt động tổ TK&VV và về hỗ trợ phụ nữ khởi nghiệp. Đồng chí Lương Văn Khánh đề nghị Hội phối hợp xử lý dứt điểm 9 món nợ quá hạn kéo dài tại 2 huyện Đình Lập, Lộc Bình.
Các đại biểu cũng thống nhất tăng cường lồng ghép sinh hoạt tổ với sinh hoạt chi hội.
Hội nghị thống nhất mục tiêu đến hết năm 2023, 100% tổ TK&VV của Hội xếp loại khá, tốt.
Minh Châu
Chia sẻ: Facebook | Zalo | In bài
Tin liên quan
- Đình Lập: Hơn 300 hộ nghèo được vay vốn (30/06/2023)
- Phụ nữ Cao Lộc làm giàu từ vốn vay chính sách (22/06/2023)
""", "2023-07-07", "Tổ TK&VV vùng cao giữ vững chất lượng tín dụng",
E("giao_ban", "2023-Q2", "2023-07-06"),
[P("Hoàng Thị Thu", "Chủ tịch Hội LHPN tỉnh Lạng Sơn"),
 P("Lương Văn Khánh", "Giám đốc Chi nhánh NHCSXH tỉnh"),
 P("Nông Thị Mến", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Lăng Thị Hoa", "Phó Chủ tịch Hội LHPN huyện Văn Lãng"),
 P("Hoàng Thị Ngân", "Phó Chủ tịch Hội LHPN huyện Bình Gia"),
 P("Chu Thị Hồng", "Tổ trưởng tổ TK&VV thôn Nà Pàn")],
[Q("2.411 tỷ đồng", 2411000000000, "đồng"), Q("63,5 tỷ đồng", 63500000000, "đồng"), Q("36,8%", 36.8, "%"),
 Q("1.076 tổ TK&VV", 1076, "tổ TK&VV"), Q("43.287 hộ", 43287, "hộ"), Q("0,04%", 0.04, "%"), Q("0,03%", 0.03, "%"),
 Q("2,8 tỷ đồng", 2800000000, "đồng"), Q("2.350 hộ", 2350, "hộ"), Q("47,2 tỷ đồng", 47200000000, "đồng"),
 Q("57 tổ trưởng", 57, "tổ trưởng"), Q("11 lớp tập huấn", 11, "lớp tập huấn"), Q("620 tổ trưởng", 620, "tổ trưởng"),
 Q("3 tổ TK&VV", 3, "tổ TK&VV"), Q("20.000 đồng", 20000, "đồng"), Q("khoảng 115 tỷ đồng", 115000000000, "đồng", "approx"),
 Q("9 món nợ quá hạn", 9, "món nợ quá hạn"), Q("2 huyện", 2, "huyện"), Q("100% tổ TK&VV", 100, "%")],
[D("Nghị định", "28", "2022/NĐ-CP", None, "Chính phủ", "Nghị định số 28/2022/NĐ-CP"),
 D("Công văn", "312", "CV-HPN", None, "Ban Thường vụ Hội LHPN tỉnh", "Công văn số 312/CV-HPN"),
 D("Kế hoạch", "36", "KH/HPN", None, "Hội LHPN tỉnh", "Kế hoạch 36, 37-KH/HPN"),
 D("Kế hoạch", "37", "KH/HPN", None, "Hội LHPN tỉnh", "Kế hoạch 36, 37-KH/HPN")],
[prov("Lạng Sơn"), com("Tân Mỹ"), com("Hồng Phong")],
["BÁO LẠNG SƠN", "Trang chủ / Kinh tế / Tài chính - Ngân hàng", "LSO", "quỹ tương trợ", "Chia sẻ: Facebook | Zalo | In bài"],
["Thứ Sáu, 07/07/2023 - 07:30", "quý II/2023", "quý III", "quý II", "năm 2023"]))
