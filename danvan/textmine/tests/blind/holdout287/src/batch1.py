from lib import *
PAGES = []

PAGES.append(page("b6845-namdinh-mttq-giamsat-2011", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH NAM ĐỊNH
Trang chủ » Hoạt động Mặt trận » Giám sát, phản biện
Thứ Sáu, 14/10/2011 - 09:20
Ảnh: Đoàn giám sát làm việc tại UBND xã Hải Phong.
Giám sát việc huy động, sử dụng các khoản đóng góp của nhân dân tại Hải Hậu
Từ ngày 10 đến 12/10/2011, Đoàn giám sát của Ủy ban MTTQ tỉnh Nam Định do ông Trần Quang Huy, Phó Chủ tịch Ủy ban MTTQ tỉnh làm trưởng đoàn đã giám sát việc huy động, quản lý và sử dụng các khoản đóng góp của nhân dân năm 2011 tại 3 xã Hải Phong, Hải Đường và Hải Minh (huyện Hải Hậu).
Theo báo cáo của UBND xã Hải Phong, từ đầu năm đến hết tháng 9, xã đã huy động từ nhân dân 1.846 triệu đồng để làm đường giao thông nông thôn và kiên cố hóa kênh mương nội đồng; mức đóng góp bình quân khoảng 420.000 đồng/khẩu. Việc huy động được thực hiện theo Nghị định số 24/1999/NĐ-CP ngày 16/4/1999 của Chính phủ về quy chế tổ chức huy động, quản lý và sử dụng các khoản đóng góp tự nguyện của nhân dân để xây dựng cơ sở hạ tầng của các xã, thị trấn và Thông tư số 85/1999/TT-BTC của Bộ Tài chính hướng dẫn thi hành.
Tại xã Hải Đường, nhân dân 18 xóm đã bàn và biểu quyết mức đóng góp ngay tại hội nghị xóm; 100% các khoản thu được niêm yết công khai tại nhà văn hóa xóm và trụ sở UBND xã. Xã đã miễn đóng góp cho 214 hộ nghèo và giảm 50% cho 37 hộ gia đình chính sách.
Bà Vũ Thị Lan, Trưởng Ban Thanh tra nhân dân xã Hải Minh cho biết, mỗi quý Ban đều kiểm tra sổ sách thu chi và thông báo kết quả qua hệ thống loa truyền thanh của xã. "Người dân biết rõ mình góp bao nhiêu, tiền ấy đi đâu thì không còn thắc mắc", bà Lan nói.
Bên cạnh kết quả đạt được, Đoàn giám sát chỉ ra một số hạn chế: có xóm còn thu gộp nhiều khoản như quỹ an ninh quốc phòng, quỹ khuyến học vào một phiếu thu, chưa ghi rõ từng khoản; 2 xã chưa công khai quyết toán công trình đường trục xã đã hoàn thành từ năm 2010; sổ theo dõi đóng góp ở một số xóm ghi chép chưa đầy đủ.
Tiếp thu ý kiến của Đoàn, ông Đỗ Văn Thịnh, Chủ tịch UBND xã Hải Phong khẳng định trong quý IV xã sẽ tách riêng từng khoản thu và công khai quyết toán các công trình đã hoàn thành. Bà Nguyễn Thị Hoa, kế toán ngân sách xã Hải Đường, đề nghị huyện sớm tập huấn nghiệp vụ quản lý các khoản đóng góp cho cán bộ xóm.
Kết luận buổi giám sát, ông Trần Quang Huy đề nghị chính quyền các xã thực hiện nghiêm Pháp lệnh số 34/2007/PL-UBTVQH11 về thực hiện dân chủ ở xã, phường, thị trấn, nhất là những việc phải công khai để dân biết, dân bàn, dân kiểm tra; không để xảy ra tình trạng thu sai, thu trùng. Đoàn giám sát được tổ chức theo Kế hoạch số 27/KH-MTTQ ngày 15/9/2011 của Ban Thường trực Ủy ban MTTQ tỉnh; kết quả sẽ được tổng hợp báo cáo Thường trực Tỉnh ủy, UBND tỉnh.
Minh Đức
Lượt xem: 1.204
Tin liên quan
- Ủy ban MTTQ huyện Giao Thủy giám sát thu chi quỹ khuyến học (28/09/2011)
- Nam Trực: 100% xã công khai dự toán ngân sách (15/09/2011)
- Hội nghị tập huấn nghiệp vụ Ban Thanh tra nhân dân năm 2011 (30/08/2011)
- Vụ Bản: nhân dân hiến hơn 3.000 m2 đất làm đường (12/08/2011)
""", "2011-10-14", "Giám sát việc huy động, sử dụng các khoản đóng góp của nhân dân tại Hải Hậu",
E("giam_sat", "2011", "2011-10-10"),
[P("Trần Quang Huy", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Vũ Thị Lan", "Trưởng Ban Thanh tra nhân dân xã Hải Minh"),
 P("Đỗ Văn Thịnh", "Chủ tịch UBND xã Hải Phong"),
 P("Nguyễn Thị Hoa", "kế toán ngân sách xã Hải Đường")],
[Q("3 xã", 3, "xã"), Q("1.846 triệu đồng", 1846000000, "đồng"), Q("khoảng 420.000 đồng", 420000, "đồng", "approx"),
 Q("18 xóm", 18, "xóm"), Q("100%", 100, "%"), Q("214 hộ nghèo", 214, "hộ nghèo"), Q("50%", 50, "%"),
 Q("37 hộ gia đình chính sách", 37, "hộ gia đình chính sách"), Q("2 xã", 2, "xã")],
[D("Nghị định", "24", "1999/NĐ-CP", "1999-04-16", "Chính phủ", "Nghị định số 24/1999/NĐ-CP ngày 16/4/1999"),
 D("Thông tư", "85", "1999/TT-BTC", None, "Bộ Tài chính", "Thông tư số 85/1999/TT-BTC"),
 D("Pháp lệnh", "34", "2007/PL-UBTVQH11", None, None, "Pháp lệnh số 34/2007/PL-UBTVQH11"),
 D("Kế hoạch", "27", "KH-MTTQ", "2011-09-15", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 27/KH-MTTQ ngày 15/9/2011")],
[prov("Nam Định"), com("Hải Phong"), com("Hải Đường"), com("Hải Minh")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH NAM ĐỊNH", "Trang chủ » Hoạt động Mặt trận » Giám sát, phản biện",
 "Ảnh: Đoàn giám sát làm việc tại UBND xã Hải Phong.", "Lượt xem: 1.204", "dân biết, dân bàn, dân kiểm tra"],
["Thứ Sáu, 14/10/2011 - 09:20", "năm 2011", "quý IV", "từ năm 2010", "Lượt xem: 1.204"]))

PAGES.append(page("b6846-thanhhoa-xa-hoinghi-congkhai-2012", """
Báo Thanh Hóa - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thanh Hóa
Thời sự | Xã hội | Nông thôn mới
Cập nhật: 16:40, 22/03/2012 (GMT+7)
Xã Quảng Tân công khai từng khoản thu, chi đến người dân
(Baothanhhoa.vn) - Ngày 20/3, UBND xã Quảng Tân (Quảng Xương) tổ chức hội nghị công khai tài chính năm 2012, thông qua dự toán thu, chi ngân sách và kế hoạch huy động đóng góp của nhân dân xây dựng nông thôn mới. Hơn 260 đại biểu là cán bộ, đảng viên, trưởng thôn và đại diện các hộ dân đã dự.
Toàn cảnh hội nghị công khai tài chính tại xã Quảng Tân.
Ông Lê Đình Hưng, Chủ tịch UBND xã trình bày dự toán: tổng thu ngân sách xã năm 2012 ước đạt 6,35 tỷ đồng, trong đó thu từ đóng góp của nhân dân cho các công trình nông thôn mới khoảng 1,2 tỷ đồng. Tổng chi dự kiến 6,1 tỷ đồng, ưu tiên bê tông hóa 4,5 km đường liên thôn và sửa chữa 2 trường mầm non.
Theo phương án được đưa ra lấy ý kiến, mỗi khẩu đóng góp 150.000 đồng/năm cho quỹ xây dựng giao thông; các hộ nghèo, hộ có người hưởng trợ cấp xã hội được miễn. Cả xã hiện có 1.932 hộ với 7.410 nhân khẩu, trong đó 143 hộ nghèo.
Tại hội nghị, nhiều ý kiến đề nghị xã công khai danh sách các hộ được miễn, giảm và niêm yết bảng thu chi hằng quý tại nhà văn hóa 9 thôn. Ông Hoàng Văn Sơn, trưởng thôn Tân Hải cho rằng tiền đóng góp của thôn nào thì nên để thôn ấy tự quản lý, có sổ sách rõ ràng và mời Ban Thanh tra nhân dân cùng ký xác nhận.
Bà Phạm Thị Nguyệt, Trưởng Ban Thanh tra nhân dân xã Quảng Tân, thông tin năm 2011 Ban đã tiến hành 4 cuộc kiểm tra, phát hiện 1 thôn thu quỹ vượt mức đã được biểu quyết và kiến nghị trả lại cho dân hơn 11 triệu đồng.
Phát biểu chỉ đạo, ông Lê Văn Tuấn, Phó Bí thư Thường trực Đảng ủy xã, yêu cầu chính quyền tiếp thu đầy đủ các ý kiến, thực hiện đúng Nghị quyết số 05-NQ/ĐU ngày 10/1/2012 của Đảng ủy xã về xây dựng nông thôn mới giai đoạn 2012 - 2015; mọi khoản huy động phải được nhân dân bàn bạc, quyết định và thực hiện theo Thông tư số 54/2006/TT-BTC của Bộ Tài chính về công khai hỗ trợ trực tiếp của ngân sách nhà nước đối với cá nhân, dân cư.
Kết thúc hội nghị, 92% đại biểu biểu quyết tán thành phương án huy động. UBND xã sẽ ban hành thông báo công khai trong tháng 4. Năm 2011, nhân dân Quảng Tân đã đóng góp gần 900 triệu đồng và hơn 3.500 ngày công để làm đường, nạo vét kênh mương; toàn bộ số tiền đã được quyết toán, công khai tại kỳ họp HĐND xã cuối năm.
Quang Minh
Bình luận (0)
Tin khác
- Quảng Xương: 8 xã đạt tiêu chí giao thông nông thôn (15/03/2012)
- Hoằng Hóa công khai quỹ khuyến học (09/03/2012)
- Nga Sơn: tập huấn quản lý ngân sách xã (01/03/2012)
- Hậu Lộc chấn chỉnh thu các khoản đóng góp trong trường học (22/02/2012)
""", "2012-03-22", "Xã Quảng Tân công khai từng khoản thu, chi đến người dân",
E("hoi_nghi", "2012", "2012-03-20"),
[P("Lê Đình Hưng", "Chủ tịch UBND xã"),
 P("Hoàng Văn Sơn", "trưởng thôn Tân Hải"),
 P("Phạm Thị Nguyệt", "Trưởng Ban Thanh tra nhân dân xã Quảng Tân"),
 P("Lê Văn Tuấn", "Phó Bí thư Thường trực Đảng ủy xã")],
[Q("Hơn 260 đại biểu", 260, "đại biểu", "over"), Q("6,35 tỷ đồng", 6350000000, "đồng"),
 Q("khoảng 1,2 tỷ đồng", 1200000000, "đồng", "approx"), Q("6,1 tỷ đồng", 6100000000, "đồng"),
 Q("4,5 km", 4.5, "km"), Q("2 trường mầm non", 2, "trường mầm non"), Q("150.000 đồng", 150000, "đồng"),
 Q("1.932 hộ", 1932, "hộ"), Q("7.410 nhân khẩu", 7410, "nhân khẩu"), Q("143 hộ nghèo", 143, "hộ nghèo"),
 Q("9 thôn", 9, "thôn"), Q("4 cuộc kiểm tra", 4, "cuộc kiểm tra"), Q("hơn 11 triệu đồng", 11000000, "đồng", "over"),
 Q("92%", 92, "%"), Q("gần 900 triệu đồng", 900000000, "đồng", "approx"), Q("hơn 3.500 ngày công", 3500, "ngày công", "over")],
[D("Nghị quyết", "05", "NQ/ĐU", "2012-01-10", "Đảng ủy xã", "Nghị quyết số 05-NQ/ĐU ngày 10/1/2012"),
 D("Thông tư", "54", "2006/TT-BTC", None, "Bộ Tài chính", "Thông tư số 54/2006/TT-BTC")],
[prov("Thanh Hóa"), com("Quảng Tân")],
["Báo Thanh Hóa - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thanh Hóa", "Thời sự | Xã hội | Nông thôn mới",
 "(Baothanhhoa.vn)", "Toàn cảnh hội nghị công khai tài chính tại xã Quảng Tân.", "Bình luận (0)"],
["Cập nhật: 16:40, 22/03/2012 (GMT+7)", "năm 2012", "năm 2011", "giai đoạn 2012 - 2015", "1 thôn", "Bình luận (0)"]))

PAGES.append(page("b6847-hatinh-taphuan-banttnd-2013", """
UBND HUYỆN CẨM XUYÊN - CỔNG THÔNG TIN ĐIỆN TỬ
Bạn đang ở: Trang chủ > Tin tức - Sự kiện > Tin địa phương
16/08/2013 - 14:35
Tập huấn nghiệp vụ cho Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng
Trong 2 ngày 14 và 15/8, Ủy ban MTTQ huyện phối hợp với Phòng Tài chính - Kế hoạch huyện mở lớp tập huấn nghiệp vụ năm 2013 cho gần 270 học viên là Trưởng ban, Phó Trưởng ban Thanh tra nhân dân và Ban Giám sát đầu tư của cộng đồng của 27 xã, thị trấn.
Quang cảnh lớp tập huấn. Ảnh: Hà Linh
Các học viên được nghe bà Trần Thị Thu Hiền, Phó Trưởng phòng Tài chính - Kế hoạch huyện giới thiệu những nội dung phải công khai về tài chính ngân sách xã theo Thông tư số 03/2005/TT-BTC của Bộ Tài chính; cách đọc bảng cân đối thu chi, nhận biết những khoản thu không đúng quy định và quy trình giám sát các khoản đóng góp của nhân dân. Ông Nguyễn Hữu Phúc, Phó Chủ tịch Ủy ban MTTQ huyện hướng dẫn thực hiện Nghị quyết liên tịch số 05/2006/NQLT-CP-UBTWMTTQVN của Chính phủ và Ủy ban Trung ương MTTQ Việt Nam về tổ chức và hoạt động của Ban Thanh tra nhân dân, cùng Quyết định số 80/2005/QĐ-TTg của Thủ tướng Chính phủ ban hành quy chế giám sát đầu tư của cộng đồng.
Theo đánh giá của Ủy ban MTTQ huyện, 6 tháng đầu năm 2013, Ban Thanh tra nhân dân các xã đã tiếp nhận 41 đơn thư, kiến nghị, trong đó 19 đơn liên quan đến việc thu, chi các khoản đóng góp; qua giám sát đã kiến nghị hoàn trả cho nhân dân trên 86 triệu đồng thu sai quy định. Ban Giám sát đầu tư của cộng đồng đã giám sát 58 công trình với tổng mức đầu tư khoảng 34 tỷ đồng.
Tuy vậy, ông Phúc thẳng thắn nhìn nhận: nhiều thành viên Ban còn e ngại, chưa dám kiến nghị khi phát hiện sai sót; có nơi Ban không được cung cấp hồ sơ dự toán công trình. Khoảng 30% Ban Thanh tra nhân dân hoạt động còn hình thức.
Trao đổi tại lớp học, ông Đặng Văn Khoa, Trưởng Ban Thanh tra nhân dân xã Cẩm Vịnh chia sẻ cách làm của xã: mỗi công trình có người dân góp tiền đều dán bảng công khai tại chân công trình, ghi rõ số tiền góp của từng thôn. Bà Võ Thị Mến, Trưởng Ban Giám sát đầu tư của cộng đồng xã Cẩm Dương đề nghị được cấp kinh phí hoạt động ổn định, hiện mỗi Ban chỉ được hỗ trợ 1,5 triệu đồng/năm.
Bế giảng lớp học, bà Lê Thị Sâm, Chủ tịch Ủy ban MTTQ huyện đề nghị các học viên về cơ sở chủ động giám sát, kịp thời phát hiện sai phạm, góp phần thực hiện tốt quy chế dân chủ ở cơ sở theo tinh thần Chỉ thị số 30-CT/TW của Bộ Chính trị. Năm nay, Cẩm Xuyên là một trong 3 huyện được Ủy ban MTTQ tỉnh Hà Tĩnh chọn làm điểm về giám sát các khoản đóng góp của nhân dân.
Hà Linh - Đài TT-TH Cẩm Xuyên
Các tin khác
- Cẩm Xuyên: sơ kết 6 tháng công tác Mặt trận (25/07/2013)
- Hội nghị đối thoại với nhân dân xã Cẩm Thịnh (10/07/2013)
- Hơn 1.000 hộ dân hiến đất làm đường giao thông (28/06/2013)
- Xã Cẩm Quang đạt chuẩn tiêu chí thủy lợi (14/06/2013)
""", "2013-08-16", "Tập huấn nghiệp vụ cho Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng",
E("tap_huan", "2013", "2013-08-14"),
[P("Trần Thị Thu Hiền", "Phó Trưởng phòng Tài chính - Kế hoạch huyện"),
 P("Nguyễn Hữu Phúc", "Phó Chủ tịch Ủy ban MTTQ huyện"),
 P("Đặng Văn Khoa", "Trưởng Ban Thanh tra nhân dân xã Cẩm Vịnh"),
 P("Võ Thị Mến", "Trưởng Ban Giám sát đầu tư của cộng đồng xã Cẩm Dương"),
 P("Lê Thị Sâm", "Chủ tịch Ủy ban MTTQ huyện")],
[Q("gần 270 học viên", 270, "học viên", "approx"), Q("27 xã, thị trấn", 27, "xã, thị trấn"),
 Q("41 đơn thư, kiến nghị", 41, "đơn thư, kiến nghị"), Q("19 đơn", 19, "đơn"),
 Q("trên 86 triệu đồng", 86000000, "đồng", "over"), Q("58 công trình", 58, "công trình"),
 Q("khoảng 34 tỷ đồng", 34000000000, "đồng", "approx"), Q("Khoảng 30%", 30, "%", "approx"),
 Q("1,5 triệu đồng", 1500000, "đồng"), Q("3 huyện", 3, "huyện")],
[D("Thông tư", "03", "2005/TT-BTC", None, "Bộ Tài chính", "Thông tư số 03/2005/TT-BTC"),
 D("Nghị quyết liên tịch", "05", "2006/NQLT-CP-UBTWMTTQVN", None, "Chính phủ và Ủy ban Trung ương MTTQ Việt Nam", "Nghị quyết liên tịch số 05/2006/NQLT-CP-UBTWMTTQVN"),
 D("Quyết định", "80", "2005/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 80/2005/QĐ-TTg"),
 D("Chỉ thị", "30", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 30-CT/TW")],
[prov("Hà Tĩnh"), com("Cẩm Vịnh"), com("Cẩm Dương")],
["UBND HUYỆN CẨM XUYÊN - CỔNG THÔNG TIN ĐIỆN TỬ", "Bạn đang ở: Trang chủ > Tin tức - Sự kiện > Tin địa phương",
 "Quang cảnh lớp tập huấn. Ảnh: Hà Linh", "Đài TT-TH Cẩm Xuyên"],
["16/08/2013 - 14:35", "2 ngày", "năm 2013", "6 tháng đầu năm 2013"]))

PAGES.append(page("b6848-bacgiang-daihoi-banttnd-2014", """
BÁO BẮC GIANG ĐIỆN TỬ
Trang chủ / Chính trị / Mặt trận - Đoàn thể
08:15 | 10/06/2014
Lục Ngạn: Xã Tân Hoa bầu Ban Thanh tra nhân dân nhiệm kỳ mới
BGĐT - Ngày 8/6, Ủy ban MTTQ xã Tân Hoa (Lục Ngạn) tổ chức Đại hội đại biểu nhân dân bầu Ban Thanh tra nhân dân xã nhiệm kỳ 2014 - 2016. Về dự có đồng chí Hoàng Văn Páo, HUV, Chủ tịch Ủy ban MTTQ huyện Lục Ngạn cùng 115 đại biểu đại diện cho cử tri 14 thôn.
Báo cáo tổng kết nhiệm kỳ 2012 - 2014 cho biết, Ban Thanh tra nhân dân xã đã tổ chức 9 cuộc giám sát, tập trung vào việc thu, chi quỹ xây dựng nông thôn mới, quỹ phòng chống thiên tai và các khoản nhân dân đóng góp làm đường bê tông. Năm 2013, nhân dân trong xã đóng góp hơn 2,4 tỷ đồng và hiến 12.600 m2 đất; qua giám sát, Ban phát hiện 3 thôn chưa công khai số tiền thu của dân, kiến nghị UBND xã chấn chỉnh và yêu cầu hoàn trả 17,5 triệu đồng thu vượt. Ban cũng tham gia hòa giải thành 6 vụ việc tranh chấp đất đai.
Ông Chu Văn Sính, Trưởng Ban Thanh tra nhân dân nhiệm kỳ 2012 - 2014 thừa nhận: "Có lúc anh em còn nể nang, chỉ khi dân phản ánh mới vào cuộc. Việc niêm yết bảng công khai tài chính ở nhà văn hóa thôn cũng chưa đều".
Phát biểu tại đại hội, đồng chí Hoàng Văn Páo đề nghị Ban nhiệm kỳ mới bám sát Luật Thanh tra năm 2010 và Nghị định số 159/2013/NĐ-CP của Chính phủ; phối hợp với Ban Giám sát đầu tư của cộng đồng giám sát chặt chẽ 4 công trình kênh mương, đường trục thôn sẽ khởi công trong năm 2014 có vốn đối ứng từ nhân dân; kiên quyết kiến nghị xử lý những trường hợp tự đặt ra khoản thu trái với Nghị quyết số 12-NQ/ĐU của Đảng ủy xã.
Bà Lăng Thị Khuyên, Phó Chủ tịch UBND xã Tân Hoa, cam kết cung cấp đầy đủ hồ sơ, chứng từ khi Ban yêu cầu và công khai bảng tổng hợp thu chi ngân sách xã 6 tháng một lần tại trụ sở và trên loa truyền thanh.
Theo Ban Thường trực Ủy ban MTTQ tỉnh Bắc Giang, đến ngày 5/6, đã có 173 xã, phường, thị trấn trong tỉnh hoàn thành việc bầu Ban Thanh tra nhân dân nhiệm kỳ mới, chiếm khoảng 75%; các đơn vị còn lại phải hoàn thành trước ngày 30/6.
Đại hội đã bầu 7 ông, bà vào Ban Thanh tra nhân dân xã nhiệm kỳ 2014 - 2016, trong đó 2 người là nữ, 3 người là đồng bào Nùng, Sán Chay. Ông Vi Văn Thiệp, cựu chiến binh thôn Kép, được tín nhiệm giữ chức Trưởng Ban Thanh tra nhân dân xã; bà Hoàng Thị Dung được bầu làm Phó Trưởng Ban.
Tin, ảnh: Ngọc Thạch
Quang cảnh đại hội. Ảnh: Ngọc Thạch
Tin cùng chuyên mục
- Yên Thế: Ban Giám sát đầu tư cộng đồng phát huy hiệu quả (05/06/2014)
- Hiệp Hòa: đối thoại với dân về thu quỹ (30/05/2014)
- Sơn Động công khai tài chính hỗ trợ hộ nghèo (22/05/2014)
- Lạng Giang: tập huấn nghiệp vụ cho 230 thành viên Ban Thanh tra nhân dân (15/05/2014)
""", "2014-06-10", "Lục Ngạn: Xã Tân Hoa bầu Ban Thanh tra nhân dân nhiệm kỳ mới",
E("dai_hoi", None, "2014-06-08"),
[P("Hoàng Văn Páo", "HUV", "Chủ tịch Ủy ban MTTQ huyện Lục Ngạn"),
 P("Chu Văn Sính", "Trưởng Ban Thanh tra nhân dân nhiệm kỳ 2012 - 2014"),
 P("Lăng Thị Khuyên", "Phó Chủ tịch UBND xã Tân Hoa"),
 P("Vi Văn Thiệp", "cựu chiến binh thôn Kép", "Trưởng Ban Thanh tra nhân dân xã"),
 P("Hoàng Thị Dung", "Phó Trưởng Ban")],
[Q("115 đại biểu", 115, "đại biểu"), Q("14 thôn", 14, "thôn"), Q("9 cuộc giám sát", 9, "cuộc giám sát"),
 Q("hơn 2,4 tỷ đồng", 2400000000, "đồng", "over"), Q("12.600 m2", 12600, "m2"), Q("3 thôn", 3, "thôn"),
 Q("17,5 triệu đồng", 17500000, "đồng"), Q("6 vụ việc tranh chấp đất đai", 6, "vụ việc tranh chấp đất đai"),
 Q("4 công trình kênh mương, đường trục thôn", 4, "công trình kênh mương, đường trục thôn"),
 Q("173 xã, phường, thị trấn", 173, "xã, phường, thị trấn"), Q("khoảng 75%", 75, "%", "approx"), Q("7 ông, bà", 7, "ông, bà"), Q("2 người", 2, "người"), Q("3 người", 3, "người")],
[D("Nghị định", "159", "2013/NĐ-CP", None, "Chính phủ", "Nghị định số 159/2013/NĐ-CP"),
 D("Nghị quyết", "12", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết số 12-NQ/ĐU")],
[prov("Bắc Giang"), com("Tân Hoa")],
["BÁO BẮC GIANG ĐIỆN TỬ", "Trang chủ / Chính trị / Mặt trận - Đoàn thể", "BGĐT", "Quang cảnh đại hội. Ảnh: Ngọc Thạch",
 "Luật Thanh tra năm 2010"],
["08:15 | 10/06/2014", "nhiệm kỳ 2014 - 2016", "nhiệm kỳ 2012 - 2014", "Năm 2013", "năm 2014", "6 tháng một lần", "Luật Thanh tra năm 2010"]))

PAGES.append(page("b6849-quangnam-phongsu-congkhai-2015", """
QUẢNG NAM ONLINE
Xã hội » Nông thôn mới
Thứ Sáu, 25/09/2015
Đóng góp bao nhiêu, chi thế nào, dân đều biết
Ở thôn Phú Lâm, xã Duy Phước (Duy Xuyên, Quảng Nam), mỗi đồng tiền bà con góp làm đường, xây nhà văn hóa đều được ghi lên tấm bảng trắng đặt ngay trước cổng nhà văn hóa thôn. Cách làm giản dị ấy đã giúp thôn huy động gần 1,9 tỷ đồng trong 3 năm mà không có một lá đơn khiếu nại.
Bảng công khai thu chi đặt trước nhà văn hóa thôn Phú Lâm. Ảnh: V.Lộc
"Cứ cuối tháng là tui ghi lên bảng: thu của hộ nào, bao nhiêu, chi mua xi măng, cát sạn hết bao nhiêu, còn tồn quỹ mấy đồng. Bà con đi chợ về ngang qua là đọc được", ông Trương Văn Tám, Trưởng thôn Phú Lâm kể. Thôn có 412 hộ, phần lớn làm nông và đi biển. Năm 2013, khi bàn làm 2,7 km đường bê tông nội thôn, nhiều người còn lo "góp tiền rồi không biết đi đâu". Chi bộ thôn họp, thống nhất lập một tổ thu gồm 5 người do dân bầu, tiền thu gửi vào tài khoản ở Ngân hàng Nông nghiệp, mỗi lần rút phải có chữ ký của Trưởng thôn và đại diện Ban Thanh tra nhân dân.
Ông Lê Văn Hiệp, Bí thư Chi bộ thôn Phú Lâm cho biết, mức góp do chính người dân biểu quyết: 300.000 đồng/khẩu, hộ nghèo và hộ có người già neo đơn được miễn. Con em xa quê gửi về thêm khoảng 450 triệu đồng, cũng được niêm yết tên từng người. Khi công trình hoàn thành, thôn còn dư 23 triệu đồng, cuộc họp dân quyết định chuyển vào quỹ khuyến học.
Theo ông Nguyễn Bá Lộc, Chủ tịch UBND xã Duy Phước, từ cách làm của Phú Lâm, xã đã nhân rộng ra 7 thôn còn lại. Năm 2014, toàn xã huy động nhân dân đóng góp trên 4,2 tỷ đồng xây dựng nông thôn mới, chiếm khoảng 38% tổng vốn đầu tư hạ tầng. UBND xã thực hiện công khai dự toán, quyết toán ngân sách theo Thông tư số 03/2005/TT-BTC và Quyết định số 192/2004/QĐ-TTg của Thủ tướng Chính phủ về quy chế công khai tài chính.
Bà Huỳnh Thị Lệ, Trưởng Ban Thanh tra nhân dân xã nhận xét, từ khi các thôn công khai trên bảng, số ý kiến thắc mắc về các khoản đóng góp tại các kỳ tiếp xúc cử tri giảm hẳn, từ 14 ý kiến năm 2012 xuống còn 2 ý kiến năm 2014.
Huyện ủy Duy Xuyên đã chọn mô hình "Công khai để dân tin" của thôn Phú Lâm là một trong 5 mô hình dân vận khéo tiêu biểu năm 2015 để nhân rộng, theo tinh thần Chỉ thị số 21-CT/HU của Ban Thường vụ Huyện ủy về tăng cường thực hiện quy chế dân chủ ở cơ sở.
VĂN LỘC
Lượt đọc: 532
Tin liên quan
- Điện Bàn: công khai quỹ phòng chống thiên tai (18/09/2015)
- Thăng Bình: dân hiến đất mở đường (04/09/2015)
- Núi Thành kiểm tra các khoản thu tại 17 xã (27/08/2015)
- Hội An: thu quỹ đúng, dân đồng thuận (11/08/2015)
""", "2015-09-25", "Đóng góp bao nhiêu, chi thế nào, dân đều biết",
E("khac", None, None),
[P("Trương Văn Tám", "Trưởng thôn Phú Lâm"),
 P("Lê Văn Hiệp", "Bí thư Chi bộ thôn Phú Lâm"),
 P("Nguyễn Bá Lộc", "Chủ tịch UBND xã Duy Phước"),
 P("Huỳnh Thị Lệ", "Trưởng Ban Thanh tra nhân dân xã")],
[Q("gần 1,9 tỷ đồng", 1900000000, "đồng", "approx"), Q("412 hộ", 412, "hộ"), Q("2,7 km", 2.7, "km"),
 Q("5 người", 5, "người"), Q("300.000 đồng", 300000, "đồng"), Q("khoảng 450 triệu đồng", 450000000, "đồng", "approx"),
 Q("23 triệu đồng", 23000000, "đồng"), Q("7 thôn", 7, "thôn"), Q("trên 4,2 tỷ đồng", 4200000000, "đồng", "over"),
 Q("khoảng 38%", 38, "%", "approx"), Q("14 ý kiến", 14, "ý kiến"), Q("2 ý kiến", 2, "ý kiến"),
 Q("5 mô hình dân vận khéo tiêu biểu", 5, "mô hình dân vận khéo tiêu biểu")],
[D("Thông tư", "03", "2005/TT-BTC", None, None, "Thông tư số 03/2005/TT-BTC"),
 D("Quyết định", "192", "2004/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 192/2004/QĐ-TTg"),
 D("Chỉ thị", "21", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị số 21-CT/HU")],
[prov("Quảng Nam"), com("Duy Phước")],
["QUẢNG NAM ONLINE", "Xã hội » Nông thôn mới", "Bảng công khai thu chi đặt trước nhà văn hóa thôn Phú Lâm. Ảnh: V.Lộc",
 "Công khai để dân tin", "Lượt đọc: 532", "Ngân hàng Nông nghiệp"],
["Thứ Sáu, 25/09/2015", "3 năm", "Năm 2013", "Năm 2014", "năm 2012", "năm 2015", "Lượt đọc: 532"]))

PAGES.append(page("b6850-vinhlong-tongket-banttnd-2016", """
Báo Vĩnh Long Online
Trang chủ | Thời sự | Chính trị
23/12/2016 - 10:05
Toàn cảnh hội nghị tổng kết.
Tam Bình: Ban Thanh tra nhân dân góp phần minh bạch các khoản đóng góp của dân
(VLO) Ngày 21/12, Ủy ban MTTQ Việt Nam huyện Tam Bình tổ chức hội nghị tổng kết hoạt động của Ban Thanh tra nhân dân và Ban Giám sát đầu tư của cộng đồng năm 2016. Đồng chí Trần Văn Bé Tư, Huyện ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam huyện chủ trì hội nghị.
Năm 2016, Ban Thanh tra nhân dân 17 xã, thị trấn đã thực hiện 64 cuộc giám sát, tập trung vào việc công khai dự toán, quyết toán ngân sách xã, thu chi quỹ quốc phòng - an ninh, quỹ đền ơn đáp nghĩa và các khoản nhân dân đóng góp làm cầu, đường giao thông nông thôn. Qua giám sát, Ban đã kiến nghị 23 nội dung, trong đó 21 kiến nghị được chính quyền tiếp thu, giải quyết. Ban Giám sát đầu tư của cộng đồng giám sát 86 công trình, tổng vốn trên 57 tỷ đồng, trong đó nhân dân đóng góp khoảng 9,8 tỷ đồng và gần 12.000 ngày công.
Đáng chú ý, tại xã Tường Lộc, qua phản ánh của người dân, Ban Thanh tra nhân dân phát hiện ấp Tường Thạnh thu quỹ làm đường cao hơn mức đã thống nhất 20.000 đồng/hộ; UBND xã đã chỉ đạo trả lại cho 148 hộ. Bà Nguyễn Thị Kim Loan, Trưởng Ban Thanh tra nhân dân xã Tường Lộc cho biết: "Dân tin vì tụi tui làm tới nơi tới chốn, có tiền thì trả lại cho dân chứ không để lửng lơ".
Ông Huỳnh Văn Lực, Phó Chủ tịch UBND huyện Tam Bình ghi nhận vai trò của hai Ban; đồng thời đề nghị các xã chuẩn bị triển khai Nghị định số 163/2016/NĐ-CP ngày 21/12/2016 của Chính phủ quy định chi tiết thi hành Luật Ngân sách nhà nước, trong đó có những nội dung mới về quản lý ngân sách xã và công khai ngân sách.
Hội nghị chỉ ra hạn chế: kinh phí hoạt động của Ban Thanh tra nhân dân ở nhiều xã chỉ khoảng 2 triệu đồng/năm; một số thành viên lớn tuổi, ngại va chạm; việc niêm yết công khai ở một số ấp chưa kịp thời, chưa được duy trì thường xuyên.
Năm 2017, Ủy ban MTTQ huyện tiếp tục triển khai Kế hoạch số 09/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long về nâng cao chất lượng hoạt động của Ban Thanh tra nhân dân; phấn đấu 100% xã, thị trấn công khai tài chính đúng quy định.
Dịp này, Ủy ban MTTQ huyện tặng giấy khen cho 6 tập thể và 11 cá nhân tiêu biểu. Bà Kim Loan và ông Thạch Sa Phol, Phó Trưởng Ban Thanh tra nhân dân xã Loan Mỹ, được đề nghị Ủy ban MTTQ tỉnh tặng bằng khen.
NGỌC HÂN
Tin khác
- Long Hồ: 100% ấp có tổ hòa giải hoạt động hiệu quả (19/12/2016)
- Vũng Liêm tuyên dương 45 gương "Dân vận khéo" (15/12/2016)
- Mặt trận tỉnh giám sát việc thu chi quỹ "Vì người nghèo" (09/12/2016)
""", "2016-12-23", "Tam Bình: Ban Thanh tra nhân dân góp phần minh bạch các khoản đóng góp của dân",
E("tong_ket", "2016", "2016-12-21"),
[P("Trần Văn Bé Tư", "Huyện ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Nguyễn Thị Kim Loan", "Trưởng Ban Thanh tra nhân dân xã Tường Lộc"),
 P("Huỳnh Văn Lực", "Phó Chủ tịch UBND huyện Tam Bình"),
 P("Thạch Sa Phol", "Phó Trưởng Ban Thanh tra nhân dân xã Loan Mỹ")],
[Q("17 xã, thị trấn", 17, "xã, thị trấn"), Q("64 cuộc giám sát", 64, "cuộc giám sát"), Q("23 nội dung", 23, "nội dung"),
 Q("21 kiến nghị", 21, "kiến nghị"), Q("86 công trình", 86, "công trình"), Q("trên 57 tỷ đồng", 57000000000, "đồng", "over"),
 Q("khoảng 9,8 tỷ đồng", 9800000000, "đồng", "approx"), Q("gần 12.000 ngày công", 12000, "ngày công", "approx"),
 Q("20.000 đồng", 20000, "đồng"), Q("148 hộ", 148, "hộ"), Q("khoảng 2 triệu đồng", 2000000, "đồng", "approx"), Q("100%", 100, "%"),
 Q("6 tập thể", 6, "tập thể"), Q("11 cá nhân tiêu biểu", 11, "cá nhân tiêu biểu")],
[D("Nghị định", "163", "2016/NĐ-CP", "2016-12-21", "Chính phủ", "Nghị định số 163/2016/NĐ-CP ngày 21/12/2016"),
 D("Kế hoạch", "09", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long", "Kế hoạch số 09/KH-MTTQ-BTT")],
[prov("Vĩnh Long"), com("Tường Lộc"), com("Loan Mỹ")],
["Báo Vĩnh Long Online", "Trang chủ | Thời sự | Chính trị", "Toàn cảnh hội nghị tổng kết.", "(VLO)", "Vì người nghèo", "Luật Ngân sách nhà nước"],
["23/12/2016 - 10:05", "năm 2016", "Năm 2016", "Năm 2017"]))
