from lib import *
PAGES = []

PAGES.append(page("b7115-kontum-tinhdoan-quansu-kyket-2017", """
BÁO KON TUM ĐIỆN TỬ
Thời sự | Quốc phòng - An ninh | Thanh niên
22/03/2017 | 15:20
Tuổi trẻ và lực lượng vũ trang chung sức xây dựng địa bàn vững mạnh
BKT - Ngày 21/3, Tỉnh đoàn và Bộ Chỉ huy Quân sự tỉnh tổ chức hội nghị ký kết Chương trình phối hợp số 121/CTPH-BCHQS-TĐTN về công tác Đoàn và phong trào thanh niên trong lực lượng vũ trang giai đoạn 2017 - 2022.
Lãnh đạo Tỉnh đoàn và Bộ Chỉ huy Quân sự tỉnh ký kết chương trình phối hợp. Ảnh: N.Hương
Dự hội nghị có đồng chí Y Thịnh, Phó Trưởng Ban Dân vận Tỉnh ủy; Thượng tá Trần Đình Khôi, Phó Chỉ huy trưởng - Tham mưu trưởng Bộ Chỉ huy Quân sự tỉnh; đồng chí Nguyễn Thị Bích Hạnh, Bí thư Tỉnh đoàn cùng cán bộ đoàn, chỉ huy ban chỉ huy quân sự 10 huyện, thành phố.
Theo nội dung đã ký, hai đơn vị phối hợp tuyên truyền, giáo dục lý tưởng cách mạng cho đoàn viên, thanh niên theo Chỉ thị số 42-CT/TW ngày 24/3/2015 của Ban Bí thư; vận động thanh niên thực hiện nghĩa vụ quân sự theo Luật Nghĩa vụ quân sự năm 2015; xây dựng lực lượng dân quân tự vệ trẻ ở các xã biên giới; phối hợp tổ chức Chiến dịch thanh niên tình nguyện hè và các hoạt động "Tuổi trẻ chung tay xây dựng nông thôn mới". Mỗi năm, hai bên chọn 1 xã đặc biệt khó khăn để xây dựng công trình thanh niên.
Tổng kết chương trình giai đoạn trước, Bộ Chỉ huy Quân sự tỉnh cho biết: 5 năm qua, các cơ sở đoàn đã phối hợp vận động 3.418 thanh niên lên đường nhập ngũ, đạt 100% chỉ tiêu; xây dựng 27 km đường giao thông nông thôn, 46 nhà "Khăn quàng đỏ"; tổ chức 112 buổi tuyên truyền pháp luật về biên giới quốc gia cho hơn 15.000 lượt đoàn viên, thanh niên dân tộc thiểu số. Kinh phí các hoạt động tình nguyện huy động được khoảng 2,4 tỷ đồng.
Tại hội nghị, anh A Khâm, Bí thư Đoàn xã Đăk Ruồng, chia sẻ: xã có 82% thanh niên là người Xơ Đăng, Ba Na; nhờ dân quân trẻ cùng đoàn viên đến từng nhà vận động, năm 2016 xã không có thanh niên trốn khám tuyển. Chị Y Nhiễu, Phó Bí thư Đoàn xã Mô Rai, đề nghị tăng cường các lớp dạy nghề ngắn hạn cho quân nhân xuất ngũ.
Phát biểu tại hội nghị, Thượng tá Trần Đình Khôi nhấn mạnh: thanh niên là lực lượng nòng cốt của dân quân tự vệ, nhất là trên tuyến biên giới dài hơn 280 km giáp Lào và Campuchia. Bộ Chỉ huy Quân sự tỉnh sẽ giao chỉ tiêu cụ thể cho từng ban chỉ huy quân sự huyện trong việc phối hợp với Huyện đoàn.
Đồng chí Y Thịnh đề nghị Tỉnh đoàn xây dựng kế hoạch hằng năm, có sơ kết vào tháng 6 và tổng kết vào tháng 12, báo cáo Ban Dân vận Tỉnh ủy. Ngay sau hội nghị, 30 đoàn viên thanh niên, chiến sĩ đã ra quân trồng cây tại Khu di tích Ngục Kon Tum.
Nguyễn Hương
Tin liên quan
- Kon Plông: 150 thanh niên lên đường nhập ngũ (15/02/2017)
- Tỉnh đoàn triển khai Tháng Thanh niên năm 2017 (28/02/2017)
- Ra mắt 5 đội thanh niên tình nguyện ở vùng biên (10/01/2017)
""", "2017-03-22", "Tuổi trẻ và lực lượng vũ trang chung sức xây dựng địa bàn vững mạnh",
E("hoi_nghi", None, "2017-03-21"),
[P("Y Thịnh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Đình Khôi", "Thượng tá", "Phó Chỉ huy trưởng - Tham mưu trưởng Bộ Chỉ huy Quân sự tỉnh"),
 P("Nguyễn Thị Bích Hạnh", "Bí thư Tỉnh đoàn"),
 P("A Khâm", "Bí thư Đoàn xã Đăk Ruồng"),
 P("Y Nhiễu", "Phó Bí thư Đoàn xã Mô Rai")],
[Q("10 huyện, thành phố", 10, "huyện, thành phố"), Q("3.418 thanh niên", 3418, "thanh niên"), Q("100%", 100, "%"), Q("27 km", 27, "km"), Q("46 nhà", 46, "nhà"),
 Q("112 buổi tuyên truyền pháp luật", 112, "buổi tuyên truyền pháp luật"),
 Q("hơn 15.000 lượt đoàn viên, thanh niên dân tộc thiểu số", 15000, "lượt đoàn viên, thanh niên dân tộc thiểu số", "over"),
 Q("khoảng 2,4 tỷ đồng", 2400000000, "đồng", "approx"), Q("82%", 82, "%"), Q("hơn 280 km", 280, "km", "over"),
 Q("30 đoàn viên thanh niên, chiến sĩ", 30, "đoàn viên thanh niên, chiến sĩ")],
[D("Chương trình phối hợp", "121", "CTPH-BCHQS-TĐTN", None, None, "Chương trình phối hợp số 121/CTPH-BCHQS-TĐTN"),
 D("Chỉ thị", "42", "CT/TW", "2015-03-24", "Ban Bí thư", "Chỉ thị số 42-CT/TW ngày 24/3/2015")],
[prov("Kon Tum"), com("Đăk Ruồng"), com("Mô Rai")],
["BÁO KON TUM ĐIỆN TỬ", "Thời sự | Quốc phòng - An ninh | Thanh niên", "BKT",
 "Lãnh đạo Tỉnh đoàn và Bộ Chỉ huy Quân sự tỉnh ký kết chương trình phối hợp. Ảnh: N.Hương",
 "Luật Nghĩa vụ quân sự năm 2015", "Chiến dịch thanh niên tình nguyện hè", "Tuổi trẻ chung tay xây dựng nông thôn mới",
 "Khăn quàng đỏ", "Khu di tích Ngục Kon Tum"],
["22/03/2017 | 15:20", "giai đoạn 2017 - 2022", "năm 2015", "5 năm qua", "năm 2016", "tháng 6", "tháng 12", "1 xã đặc biệt khó khăn"]))

PAGES.append(page("b7116-hungyen-mttq-giamsat-2018", """
Ủy ban MTTQ Việt Nam tỉnh Hưng Yên
Trang chủ » Giám sát và phản biện xã hội
Thứ Tư, 15/08/2018 | 16:02
Giám sát thực hiện quy chế phối hợp giữa UBND và Ủy ban MTTQ huyện Khoái Châu
Ngày 14/8/2018, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ tỉnh do ông Đỗ Văn Khải, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh làm trưởng đoàn đã giám sát việc thực hiện Quy chế phối hợp công tác giữa UBND và Ủy ban MTTQ huyện Khoái Châu giai đoạn 2016 - 2018.
Cuộc giám sát được thực hiện theo Kế hoạch số 56/KH-MTTQ-BTT ngày 20/7/2018 của Ban Thường trực Ủy ban MTTQ tỉnh, căn cứ Luật Mặt trận Tổ quốc Việt Nam năm 2015 và Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN ngày 15/6/2017 quy định chi tiết các hình thức giám sát, phản biện xã hội của Mặt trận Tổ quốc Việt Nam.
Báo cáo với đoàn, bà Phạm Thị Lụa, Phó Chủ tịch UBND huyện cho biết: UBND và Ủy ban MTTQ huyện đã ký Quy chế phối hợp số 01/QCPH-UBND-MTTQ từ tháng 3/2016. Từ đó đến nay, UBND huyện đã mời Mặt trận dự 36 phiên họp thường kỳ, gửi 48 dự thảo văn bản để Mặt trận góp ý; Chủ tịch UBND huyện dự 7 hội nghị đối thoại với nhân dân do Mặt trận tổ chức. Mặt trận huyện và 25 xã, thị trấn đã tổng hợp 612 ý kiến, kiến nghị của cử tri gửi chính quyền; đến nay có 574 kiến nghị được trả lời, giải quyết, đạt 93,8%.
Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" đạt kết quả rõ nét: toàn huyện có 14 xã đạt chuẩn nông thôn mới; nhân dân đóng góp trên 86 tỷ đồng, hiến hơn 42.000 m2 đất. Quỹ "Vì người nghèo" các cấp vận động được 3,12 tỷ đồng, hỗ trợ xây mới, sửa chữa 58 nhà đại đoàn kết. Tại xã Dân Tiến và xã Đông Kết, chính quyền đã phối hợp Ban Thanh tra nhân dân giám sát 19 công trình xây dựng cơ bản.
Qua giám sát, đoàn chỉ ra một số tồn tại: có thời điểm UBND huyện chưa gửi báo cáo định kỳ 6 tháng cho Ủy ban MTTQ huyện; 38 kiến nghị về đất đai, ô nhiễm môi trường làng nghề chậm trả lời; việc tiếp nhận ý kiến phản biện xã hội chưa được phản hồi bằng văn bản.
Kết luận buổi giám sát, ông Đỗ Văn Khải đề nghị UBND huyện Khoái Châu chỉ đạo các phòng, ban chuyên môn thực hiện nghiêm quy chế; trả lời dứt điểm các kiến nghị tồn đọng trước ngày 30/9/2018; đồng thời đề nghị Ủy ban MTTQ huyện tăng cường giám sát đầu tư cộng đồng. Ông Nguyễn Văn Hùng, Chủ tịch Ủy ban MTTQ huyện Khoái Châu, tiếp thu và cam kết sửa đổi quy chế cho phù hợp nhiệm kỳ 2019 - 2024.
Thu Hằng - Ban Tuyên giáo
Các tin khác
- MTTQ tỉnh phản biện dự thảo quy hoạch vùng bãi sông Hồng (06/08/2018)
- Hội nghị giao ban công tác Mặt trận 6 tháng đầu năm (19/07/2018)
- Tiên Lữ: trao 40 nhà đại đoàn kết (05/07/2018)
""", "2018-08-15", "Giám sát thực hiện quy chế phối hợp giữa UBND và Ủy ban MTTQ huyện Khoái Châu",
E("giam_sat", None, "2018-08-14"),
[P("Đỗ Văn Khải", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Phạm Thị Lụa", "Phó Chủ tịch UBND huyện"),
 P("Nguyễn Văn Hùng", "Chủ tịch Ủy ban MTTQ huyện Khoái Châu")],
[Q("36 phiên họp thường kỳ", 36, "phiên họp thường kỳ"), Q("48 dự thảo văn bản", 48, "dự thảo văn bản"),
 Q("7 hội nghị đối thoại", 7, "hội nghị đối thoại"), Q("25 xã, thị trấn", 25, "xã, thị trấn"),
 Q("612 ý kiến, kiến nghị", 612, "ý kiến, kiến nghị"), Q("574 kiến nghị", 574, "kiến nghị"), Q("93,8%", 93.8, "%"),
 Q("14 xã", 14, "xã"), Q("trên 86 tỷ đồng", 86000000000, "đồng", "over"), Q("hơn 42.000 m2", 42000, "m2", "over"),
 Q("3,12 tỷ đồng", 3120000000, "đồng"), Q("58 nhà đại đoàn kết", 58, "nhà đại đoàn kết"),
 Q("19 công trình xây dựng cơ bản", 19, "công trình xây dựng cơ bản"), Q("38 kiến nghị", 38, "kiến nghị")],
[D("Kế hoạch", "56", "KH-MTTQ-BTT", "2018-07-20", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 56/KH-MTTQ-BTT ngày 20/7/2018"),
 D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", "2017-06-15", None,
   "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN ngày 15/6/2017"),
 D("Quy chế phối hợp", "01", "QCPH-UBND-MTTQ", None, None, "Quy chế phối hợp số 01/QCPH-UBND-MTTQ")],
[prov("Hưng Yên"), com("Dân Tiến"), com("Đông Kết")],
["Ủy ban MTTQ Việt Nam tỉnh Hưng Yên", "Trang chủ » Giám sát và phản biện xã hội", "Luật Mặt trận Tổ quốc Việt Nam năm 2015",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Vì người nghèo", "Ban Thanh tra nhân dân"],
["Thứ Tư, 15/08/2018 | 16:02", "giai đoạn 2016 - 2018", "năm 2015", "tháng 3/2016", "định kỳ 6 tháng", "nhiệm kỳ 2019 - 2024"]))

PAGES.append(page("b7117-haiphong-mttq-ldld-tongket-2019", """
CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM THÀNH PHỐ HẢI PHÒNG
Vị trí: Trang chủ :: Tin tức - Sự kiện :: Hoạt động Mặt trận
20.12.2019 | 09:45
Chăm lo đời sống công nhân, người lao động: điểm sáng của công tác phối hợp
Sáng 19/12, Ủy ban MTTQ Việt Nam thành phố và Liên đoàn Lao động thành phố tổ chức hội nghị tổng kết năm 2019 thực hiện Chương trình phối hợp số 04/CTPH-MTTQ-LĐLĐ về chăm lo đời sống vật chất, tinh thần cho công nhân, người lao động.
Toàn cảnh hội nghị tổng kết.
Đồng chủ trì hội nghị có ông Lê Văn Thắng, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố và bà Vũ Thị Thanh Nga, Phó Bí thư Đảng đoàn, Chủ tịch Liên đoàn Lao động thành phố. Tham dự còn có Trần Quốc Bảo, Lương Thị Huyền - Phó Chủ tịch Liên đoàn Lao động thành phố.
Năm 2019, hai bên đã phối hợp tổ chức "Tết Sum vầy", "Tháng Công nhân" với 1.650 suất quà Tết trao cho công nhân có hoàn cảnh khó khăn, tổng trị giá hơn 1,1 tỷ đồng; xây dựng và sửa chữa 8 Mái ấm Công đoàn; phối hợp với Ban Dân vận Thành ủy triển khai Kế hoạch số 112-KH/BDVTU về nắm tình hình tư tưởng công nhân tại 14 khu công nghiệp, khu kinh tế. Thực hiện Chỉ thị số 37-CT/TW ngày 3/9/2019 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng trong xây dựng quan hệ lao động hài hòa, ổn định và tiến bộ, các cấp công đoàn đã tổ chức 224 hội nghị đối thoại tại doanh nghiệp.
Nhờ phối hợp chặt chẽ, số vụ ngừng việc tập thể giảm từ 21 vụ năm 2018 xuống còn 9 vụ; tỷ lệ doanh nghiệp có tổ chức công đoàn ký thỏa ước lao động tập thể đạt 72%. Tại các phường Sở Dầu, Đông Hải 1, Ban Công tác Mặt trận khu dân cư phối hợp công đoàn cơ sở vận động chủ nhà trọ giảm giá điện, nước cho khoảng 3.500 công nhân thuê trọ.
Đại diện khu dân cư, bà Nguyễn Thị Lan, Trưởng Ban Công tác Mặt trận tổ dân phố số 5, phường Sở Dầu, chia sẻ mô hình "Nhà trọ an toàn" với 46 chủ trọ cam kết. Ông Phạm Minh Quang, Chủ tịch Công đoàn Khu kinh tế Hải Phòng, đề nghị thành phố sớm xây dựng thiết chế công đoàn, nhà ở xã hội cho công nhân.
Kết luận hội nghị, ông Lê Văn Thắng đề nghị năm 2020, hai bên bổ sung nội dung phối hợp giám sát việc thực hiện chế độ bảo hiểm xã hội; phấn đấu mỗi năm trao ít nhất 1.500 suất quà cho công nhân khó khăn; đưa kết quả phối hợp vào tiêu chí bình xét thi đua.
Dịp này, 20 tập thể và 31 cá nhân có thành tích xuất sắc được tặng giấy khen.
Hoàng Mai
Tin cùng chuyên mục
- MTTQ quận Lê Chân ra mắt 3 mô hình tự quản (12/12/2019)
- Hội nghị phản biện dự thảo quy định về giá đất (03/12/2019)
- Trao 100 suất học bổng cho con công nhân (25/11/2019)
""", "2019-12-20", "Chăm lo đời sống công nhân, người lao động: điểm sáng của công tác phối hợp",
E("tong_ket", "2019", "2019-12-19"),
[P("Lê Văn Thắng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Vũ Thị Thanh Nga", "Phó Bí thư Đảng đoàn", "Chủ tịch Liên đoàn Lao động thành phố"),
 P("Trần Quốc Bảo", "Phó Chủ tịch Liên đoàn Lao động thành phố"),
 P("Lương Thị Huyền", "Phó Chủ tịch Liên đoàn Lao động thành phố"),
 P("Nguyễn Thị Lan", "Trưởng Ban Công tác Mặt trận tổ dân phố số 5"),
 P("Phạm Minh Quang", "Chủ tịch Công đoàn Khu kinh tế Hải Phòng")],
[Q("1.650 suất quà", 1650, "suất quà"), Q("hơn 1,1 tỷ đồng", 1100000000, "đồng", "over"), Q("8 Mái ấm Công đoàn", 8, "Mái ấm Công đoàn"),
 Q("14 khu công nghiệp, khu kinh tế", 14, "khu công nghiệp, khu kinh tế"), Q("224 hội nghị đối thoại", 224, "hội nghị đối thoại"),
 Q("21 vụ", 21, "vụ"), Q("9 vụ", 9, "vụ"), Q("72%", 72, "%"), Q("khoảng 3.500 công nhân", 3500, "công nhân", "approx"),
 Q("46 chủ trọ", 46, "chủ trọ"), Q("ít nhất 1.500 suất quà", 1500, "suất quà", "over"), Q("20 tập thể", 20, "tập thể"),
 Q("31 cá nhân có thành tích xuất sắc", 31, "cá nhân")],
[D("Chương trình phối hợp", "04", "CTPH-MTTQ-LĐLĐ", None, None, "Chương trình phối hợp số 04/CTPH-MTTQ-LĐLĐ"),
 D("Kế hoạch", "112", "KH/BDVTU", None, None, "Kế hoạch số 112-KH/BDVTU"),
 D("Chỉ thị", "37", "CT/TW", "2019-09-03", "Ban Bí thư", "Chỉ thị số 37-CT/TW ngày 3/9/2019")],
[prov("Hải Phòng"), com("Sở Dầu"), com("Đông Hải 1")],
["CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM THÀNH PHỐ HẢI PHÒNG", "Vị trí: Trang chủ :: Tin tức - Sự kiện :: Hoạt động Mặt trận",
 "Toàn cảnh hội nghị tổng kết.", "Tết Sum vầy", "Tháng Công nhân", "Nhà trọ an toàn", "Khu kinh tế Hải Phòng"],
["20.12.2019 | 09:45", "năm 2019", "năm 2018", "năm 2020", "tổ dân phố số 5", "mỗi năm"]))

PAGES.append(page("b7118-camau-xa-baocao-quy3-2019", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ TÂN HƯNG ĐÔNG - HUYỆN CÁI NƯỚC - TỈNH CÀ MAU
Trang chủ | Giới thiệu | Tin tức | Văn bản | Hỏi đáp
Ngày đăng: 05-10-2019 08:30
Kết quả thực hiện quy chế phối hợp giữa UBND xã và Ủy ban MTTQ xã quý III năm 2019
Ngày 30/9/2019, UBND xã Tân Hưng Đông (huyện Cái Nước, tỉnh Cà Mau) ban hành Báo cáo số 128/BC-UBND về kết quả thực hiện Quy chế phối hợp công tác giữa UBND xã và Ủy ban MTTQ Việt Nam xã quý III năm 2019. Báo cáo do ông Lê Hoàng Tâm, Chủ tịch UBND xã ký. Cổng thông tin điện tử xã trích đăng nội dung chính như sau:
1. Công tác phối hợp tuyên truyền, vận động
Thực hiện Quy chế phối hợp số 02/QCPH-UBND-MTTQ ngày 15/1/2017, trong quý UBND xã phối hợp Ủy ban MTTQ xã và các đoàn thể tổ chức 27 cuộc họp dân tại 9 ấp, có khoảng 1.400 lượt người dự; tuyên truyền Luật Thủy sản năm 2017, phòng, chống dịch tả lợn châu Phi và phòng chống sạt lở bờ sông. Vận động 212 hộ nuôi tôm thực hiện đúng lịch thời vụ, không xả thải trực tiếp ra kênh rạch.
2. Công tác chăm lo an sinh xã hội
Quỹ "Vì người nghèo" xã vận động được 86,5 triệu đồng, nâng tổng số quỹ 9 tháng lên 214 triệu đồng. Từ nguồn quỹ, xã đã hỗ trợ xây mới 3 căn nhà đại đoàn kết, mỗi căn 40 triệu đồng; sửa chữa 5 căn nhà cho hộ nghèo. Đến cuối quý, xã còn 61 hộ nghèo, chiếm 2,9% tổng số hộ; 98 hộ cận nghèo.
3. Công tác giám sát, tiếp nhận ý kiến, kiến nghị
Ủy ban MTTQ xã đã chủ trì giám sát 2 cuộc về bình xét hộ nghèo và cấp thẻ bảo hiểm y tế; Ban Thanh tra nhân dân giám sát 4 công trình giao thông nông thôn. UBND xã tiếp nhận 14 đơn, đã giải quyết 12 đơn, còn 2 đơn đang xác minh. Chủ tịch UBND xã tham dự đầy đủ các buổi tiếp xúc cử tri do Mặt trận tổ chức; 100% ý kiến của cử tri thuộc thẩm quyền xã được trả lời.
4. Hạn chế và nhiệm vụ quý IV
Việc thông tin hai chiều giữa UBND xã và Mặt trận có lúc chưa kịp thời; một số ấp chưa tổ chức họp dân đúng định kỳ. Quý IV, hai bên tập trung vận động nhân dân tham gia Ngày hội Đại đoàn kết toàn dân tộc; phấn đấu giảm 15 hộ nghèo; phối hợp tổ chức đối thoại giữa Chủ tịch UBND xã với nhân dân vào tháng 11/2019.
Bà Trần Thị Diễm, Chủ tịch Ủy ban MTTQ Việt Nam xã, cho biết Mặt trận sẽ tổng hợp ý kiến nhân dân gửi UBND xã trước kỳ họp HĐND xã cuối năm, đồng thời đề nghị ông Nguyễn Văn Đệ, Trưởng ấp Tân Phong, sớm kiện toàn Ban Công tác Mặt trận ấp.
Văn phòng - Thống kê xã
Lượt xem: 312
Các tin khác
- UBND xã tổ chức Lễ ra quân tổng vệ sinh môi trường (28/09/2019)
- Hội Nông dân xã trao 5 con bò giống cho hội viên (16/09/2019)
- Kế hoạch tiếp công dân tháng 10/2019 (10/09/2019)
""", "2019-10-05", "Kết quả thực hiện quy chế phối hợp giữa UBND xã và Ủy ban MTTQ xã quý III năm 2019",
E("bao_cao", "2019-Q3", "2019-09-30"),
[P("Lê Hoàng Tâm", "Chủ tịch UBND xã"),
 P("Trần Thị Diễm", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Nguyễn Văn Đệ", "Trưởng ấp Tân Phong")],
[Q("27 cuộc họp dân", 27, "cuộc họp dân"), Q("9 ấp", 9, "ấp"), Q("khoảng 1.400 lượt người", 1400, "lượt người", "approx"),
 Q("212 hộ nuôi tôm", 212, "hộ nuôi tôm"), Q("86,5 triệu đồng", 86500000, "đồng"), Q("214 triệu đồng", 214000000, "đồng"),
 Q("3 căn nhà đại đoàn kết", 3, "căn nhà đại đoàn kết"), Q("40 triệu đồng", 40000000, "đồng"), Q("5 căn nhà", 5, "căn nhà"),
 Q("61 hộ nghèo", 61, "hộ nghèo"), Q("2,9%", 2.9, "%"), Q("98 hộ cận nghèo", 98, "hộ cận nghèo"), Q("2 cuộc", 2, "cuộc"),
 Q("4 công trình giao thông nông thôn", 4, "công trình giao thông nông thôn"), Q("14 đơn", 14, "đơn"), Q("12 đơn", 12, "đơn"),
 Q("2 đơn", 2, "đơn"), Q("100%", 100, "%"), Q("15 hộ nghèo", 15, "hộ nghèo")],
[D("Báo cáo", "128", "BC-UBND", "2019-09-30", "UBND xã Tân Hưng Đông", "Báo cáo số 128/BC-UBND"),
 D("Quy chế phối hợp", "02", "QCPH-UBND-MTTQ", "2017-01-15", None, "Quy chế phối hợp số 02/QCPH-UBND-MTTQ ngày 15/1/2017")],
[prov("Cà Mau"), com("Tân Hưng Đông")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ TÂN HƯNG ĐÔNG - HUYỆN CÁI NƯỚC - TỈNH CÀ MAU", "Trang chủ | Giới thiệu | Tin tức | Văn bản | Hỏi đáp",
 "Luật Thủy sản năm 2017", "Vì người nghèo", "Ngày hội Đại đoàn kết toàn dân tộc", "Ban Thanh tra nhân dân", "Lượt xem: 312",
 "Văn phòng - Thống kê xã"],
["Ngày đăng: 05-10-2019 08:30", "quý III năm 2019", "quý IV", "9 tháng", "tháng 11/2019", "năm 2017", "Lượt xem: 312"]))

PAGES.append(page("b7119-daklak-mttq-hccb-soket-2020", """
Báo Đắk Lắk điện tử
Chính trị › Mặt trận - Đoàn thể
Thứ Tư, 08/07/2020 - 17:15
Mặt trận và Hội Cựu chiến binh chung tay vượt khó trong mùa dịch
Chiều 7/7, Ủy ban MTTQ Việt Nam tỉnh và Hội Cựu chiến binh tỉnh tổ chức hội nghị sơ kết 6 tháng đầu năm 2020 thực hiện Chương trình phối hợp số 05/CTr-MTTQ-HCCB giai đoạn 2019 - 2024, bàn nhiệm vụ 6 tháng cuối năm.
Ông Y Khuê Niê, Chủ tịch Hội Cựu chiến binh tỉnh phát biểu tại hội nghị. Ảnh: Minh Thuận
Chủ trì hội nghị có bà H'Liên Byă, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh và ông Y Khuê Niê, Chủ tịch Hội Cựu chiến binh tỉnh.
Trong bối cảnh dịch Covid-19, thực hiện Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ, hai bên đã phối hợp phát động hội viên, nhân dân ủng hộ phòng, chống dịch; Mặt trận các cấp tiếp nhận hơn 23 tỷ đồng tiền mặt và hàng hóa, trong đó các cấp hội cựu chiến binh đóng góp khoảng 1,8 tỷ đồng. Hơn 4.500 cựu chiến binh tham gia các chốt kiểm soát dịch ở khu dân cư, vận động 126 hộ dân trong các buôn đồng bào Êđê, Mnông thực hiện cách ly tại nhà.
Hai bên cũng phối hợp nắm tình hình tư tưởng nhân dân vùng có đạo, kịp thời phát hiện 7 trường hợp tuyên truyền, phát tán tài liệu của tổ chức phản động lưu vong "Nhà nước Đê Ga"; vận động 19 đối tượng từ bỏ, cam kết không tham gia. Các tổ hòa giải do cựu chiến binh làm tổ trưởng đã hòa giải thành 145/163 vụ việc mâu thuẫn, tranh chấp.
Tại hội nghị, ông Ksor Y Blương, Chủ tịch Hội Cựu chiến binh xã Ia Lốp, chia sẻ: hội viên ở xã đã cùng Ban Công tác Mặt trận 12 buôn thành lập "Tổ cựu chiến binh tự quản an ninh", đến nay trên địa bàn không còn hộ nào nghe theo kẻ xấu vượt biên trái phép. Ông Nguyễn Đình Long, Chủ tịch Ủy ban MTTQ xã Ea Tiêu, đề nghị tỉnh hỗ trợ kinh phí hoạt động cho các tổ tự quản, khoảng 2 triệu đồng/tổ/năm.
Phát biểu kết luận, bà H'Liên Byă đề nghị 6 tháng cuối năm hai bên tập trung tuyên truyền đại hội đảng bộ các cấp tiến tới Đại hội XIII của Đảng; tiếp tục thực hiện Chỉ thị số 49-CT/TU của Ban Thường vụ Tỉnh ủy về công tác vận động đồng bào dân tộc thiểu số; phấn đấu đến hết năm 2020, mỗi huyện có ít nhất 3 mô hình cựu chiến binh giúp nhau thoát nghèo. Ông Y Khuê Niê cho biết Hội đã trình Tỉnh ủy Kế hoạch số 18-KH/HCCB về tăng cường vai trò cựu chiến binh trong bảo vệ an ninh vùng biên.
Cũng tại hội nghị, hai bên thống nhất bổ sung nội dung phối hợp giám sát việc chi hỗ trợ người dân gặp khó khăn do đại dịch theo Nghị quyết số 42/NQ-CP của Chính phủ, bảo đảm đúng đối tượng, công khai tại khu dân cư.
Ngọc Minh
Tin liên quan
- Ủy ban MTTQ tỉnh tiếp nhận 1,2 tỷ đồng ủng hộ phòng, chống dịch (15/04/2020)
- Hội Cựu chiến binh tỉnh tổ chức Đại hội thi đua (02/06/2020)
- Buôn Đôn: 16 mô hình tự quản về an ninh (22/05/2020)
""", "2020-07-08", "Mặt trận và Hội Cựu chiến binh chung tay vượt khó trong mùa dịch",
E("so_ket", "2020-H1", "2020-07-07"),
[P("Y Khuê Niê", "Chủ tịch Hội Cựu chiến binh tỉnh"),
 P("H'Liên Byă", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ksor Y Blương", "Chủ tịch Hội Cựu chiến binh xã Ia Lốp"),
 P("Nguyễn Đình Long", "Chủ tịch Ủy ban MTTQ xã Ea Tiêu")],
[Q("hơn 23 tỷ đồng", 23000000000, "đồng", "over"), Q("khoảng 1,8 tỷ đồng", 1800000000, "đồng", "approx"),
 Q("Hơn 4.500 cựu chiến binh", 4500, "cựu chiến binh", "over"), Q("126 hộ dân", 126, "hộ dân"),
 Q("7 trường hợp", 7, "trường hợp"), Q("19 đối tượng", 19, "đối tượng"),
 Q("145/163 vụ việc mâu thuẫn, tranh chấp", 145, "vụ việc mâu thuẫn, tranh chấp"), Q("12 buôn", 12, "buôn"),
 Q("khoảng 2 triệu đồng", 2000000, "đồng", "approx"), Q("ít nhất 3 mô hình", 3, "mô hình", "over")],
[D("Chương trình phối hợp", "05", "CTr-MTTQ-HCCB", None, None, "Chương trình phối hợp số 05/CTr-MTTQ-HCCB"),
 D("Chỉ thị", "16", "CT-TTg", "2020-03-31", "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg ngày 31/3/2020"),
 D("Chỉ thị", "49", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 49-CT/TU"),
 D("Kế hoạch", "18", "KH/HCCB", None, None, "Kế hoạch số 18-KH/HCCB"),
 D("Nghị quyết", "42", "NQ-CP", None, "Chính phủ", "Nghị quyết số 42/NQ-CP")],
[prov("Đắk Lắk"), com("Ia Lốp"), com("Ea Tiêu")],
["Báo Đắk Lắk điện tử", "Chính trị › Mặt trận - Đoàn thể",
 "Ông Y Khuê Niê, Chủ tịch Hội Cựu chiến binh tỉnh phát biểu tại hội nghị. Ảnh: Minh Thuận", "Nhà nước Đê Ga",
 "Tổ cựu chiến binh tự quản an ninh", "Đại hội XIII"],
["Thứ Tư, 08/07/2020 - 17:15", "6 tháng đầu năm 2020", "6 tháng cuối năm", "giai đoạn 2019 - 2024", "năm 2020", "Đại hội XIII", "Covid-19"]))

PAGES.append(page("b7120-langson-phunu-daihoi-2021", """
Báo Lạng Sơn
Trang chủ > Xã hội > Phụ nữ
Cập nhật: 09:05, 23/06/2021 (GMT+7)
Đại hội Phụ nữ xã Hoàng Đồng: ký kết phối hợp ngay tại đại hội
LSO - Ngày 22/6/2021, Hội LHPN xã Hoàng Đồng, thành phố Lạng Sơn long trọng tổ chức Đại hội đại biểu Phụ nữ xã lần thứ XI, nhiệm kỳ 2021 - 2026. Đây là đơn vị cuối cùng trong 15 xã, phường của thành phố tổ chức đại hội phụ nữ cấp cơ sở.
Các đại biểu biểu quyết thông qua nghị quyết đại hội.
Về dự có bà Lương Thị Mai, Phó Chủ tịch Hội LHPN tỉnh; bà Hoàng Thị Phượng, Thành ủy viên, Chủ tịch Hội LHPN thành phố; ông Nông Văn Thiết, Bí thư Đảng ủy xã cùng 98 đại biểu đại diện cho hơn 1.600 hội viên phụ nữ trong xã.
Nhiệm kỳ 2016 - 2021, Hội LHPN xã đã vận động hội viên giúp nhau 320 ngày công, hỗ trợ 11 hộ hội viên nghèo thoát nghèo; duy trì 9 tổ tiết kiệm với số tiền gần 600 triệu đồng; tỷ lệ tập hợp hội viên đạt 86,5%. Hội phối hợp với Đoàn Thanh niên, Hội Nông dân xã thực hiện cuộc vận động "Xây dựng gia đình 5 không, 3 sạch", góp phần đưa xã về đích nông thôn mới năm 2019.
Điểm mới của đại hội lần này là ngay sau phiên thứ nhất, Hội LHPN xã đã ký kết Chương trình phối hợp số 01/CTPH-HPN-CA với Công an xã về phòng, chống bạo lực gia đình, mua bán người và tệ nạn xã hội giai đoạn 2021 - 2026. Theo chương trình, mỗi chi hội phụ nữ thôn cử ít nhất 1 hội viên tham gia tổ an ninh trật tự cơ sở; hai bên tổ chức tuyên truyền mỗi quý một lần tại 12 thôn.
Thảo luận tại đại hội, chị Hà Thị Nhàn, Chi hội trưởng phụ nữ thôn Nà Lầu, chia sẻ: nhờ phối hợp với công an viên, chi hội đã kịp thời can thiệp 4 vụ bạo lực gia đình, không để xảy ra hậu quả nghiêm trọng; đại hội cũng biểu dương 25 hội viên tiêu biểu trong phát triển kinh tế gia đình.
Đại hội đã bầu 15 đồng chí vào Ban Chấp hành Hội LHPN xã khóa XI. Tại hội nghị Ban Chấp hành lần thứ nhất, bà Hoàng Thị Thu được tín nhiệm bầu giữ chức Chủ tịch Hội LHPN xã Hoàng Đồng nhiệm kỳ 2021 - 2026; các bà Lộc Thị Hạnh, Vi Thị Nga được bầu làm Phó Chủ tịch Hội LHPN xã.
Phát biểu chỉ đạo, bà Lương Thị Mai đề nghị Hội LHPN xã tiếp tục thực hiện Nghị quyết Đại hội đại biểu Phụ nữ toàn quốc lần thứ XII và Kế hoạch số 45-KH/ĐU ngày 10/3/2021 của Đảng ủy xã về tăng cường vai trò của Mặt trận, đoàn thể trong xây dựng nông thôn mới nâng cao. Ông Nông Văn Thiết đề nghị Hội hoàn thành chỉ tiêu phát triển thêm 50 hội viên mới trong năm 2021.
Hoài Thu
Tin khác
- Đại hội Phụ nữ phường Chi Lăng thành công tốt đẹp (15/06/2021)
- Hội LHPN tỉnh trao 20 suất quà cho phụ nữ khó khăn (08/06/2021)
- Cao Lộc: 100% cơ sở hội hoàn thành đại hội (01/06/2021)
""", "2021-06-23", "Đại hội Phụ nữ xã Hoàng Đồng: ký kết phối hợp ngay tại đại hội",
E("dai_hoi", None, "2021-06-22"),
[P("Lương Thị Mai", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Hoàng Thị Phượng", "Thành ủy viên", "Chủ tịch Hội LHPN thành phố"),
 P("Nông Văn Thiết", "Bí thư Đảng ủy xã"),
 P("Hoàng Thị Thu", "Chủ tịch Hội LHPN xã Hoàng Đồng nhiệm kỳ 2021 - 2026"),
 P("Hà Thị Nhàn", "Chi hội trưởng phụ nữ thôn Nà Lầu"),
 P("Lộc Thị Hạnh", "Phó Chủ tịch Hội LHPN xã"),
 P("Vi Thị Nga", "Phó Chủ tịch Hội LHPN xã")],
[Q("15 xã, phường", 15, "xã, phường"), Q("98 đại biểu", 98, "đại biểu"), Q("hơn 1.600 hội viên phụ nữ", 1600, "hội viên phụ nữ", "over"),
 Q("320 ngày công", 320, "ngày công"), Q("11 hộ hội viên nghèo", 11, "hộ hội viên nghèo"), Q("9 tổ tiết kiệm", 9, "tổ tiết kiệm"),
 Q("gần 600 triệu đồng", 600000000, "đồng", "approx"), Q("86,5%", 86.5, "%"), Q("12 thôn", 12, "thôn"), Q("4 vụ bạo lực gia đình", 4, "vụ bạo lực gia đình"),
 Q("25 hội viên tiêu biểu", 25, "hội viên tiêu biểu"),
 Q("15 đồng chí", 15, "đồng chí"), Q("50 hội viên mới", 50, "hội viên mới")],
[D("Chương trình phối hợp", "01", "CTPH-HPN-CA", None, None, "Chương trình phối hợp số 01/CTPH-HPN-CA"),
 D("Kế hoạch", "45", "KH/ĐU", "2021-03-10", "Đảng ủy xã", "Kế hoạch số 45-KH/ĐU ngày 10/3/2021")],
[prov("Lạng Sơn"), com("Hoàng Đồng")],
["Báo Lạng Sơn", "Trang chủ > Xã hội > Phụ nữ", "LSO", "Các đại biểu biểu quyết thông qua nghị quyết đại hội.",
 "Xây dựng gia đình 5 không, 3 sạch", "Nghị quyết Đại hội đại biểu Phụ nữ toàn quốc lần thứ XII"],
["Cập nhật: 09:05, 23/06/2021 (GMT+7)", "lần thứ XI", "nhiệm kỳ 2021 - 2026", "Nhiệm kỳ 2016 - 2021", "5 không, 3 sạch",
 "năm 2019", "giai đoạn 2021 - 2026", "ít nhất 1 hội viên", "khóa XI", "lần thứ nhất", "15 đồng chí", "năm 2021", "lần thứ XII"]))
