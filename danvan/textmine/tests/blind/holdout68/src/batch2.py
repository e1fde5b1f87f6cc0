from lib import *
PAGES = []

PAGES.append(page("b1595-hanam-giaoban-q3-2016", """
ỦY BAN MTTQ VIỆT NAM TỈNH HÀ NAM
Trang chủ | Tin hoạt động | Mặt trận cơ sở
17/10/2016 - 10:05
Đồng chí Trần Thị Hà chủ trì hội nghị giao ban.
Giao ban công tác Mặt trận quý III: tập trung giám sát bầu cử và hỗ trợ hộ nghèo
Sáng 14/10, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Hà Nam tổ chức hội nghị giao ban công tác Mặt trận quý III năm 2016 với Thường trực Ủy ban MTTQ 6 huyện, thành phố. Đồng chí Trần Thị Hà, Tỉnh ủy viên, Bí thư Đảng đoàn, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Trong quý III, Mặt trận các cấp đã hoàn thành việc giám sát công tác bầu cử đại biểu HĐND các cấp nhiệm kỳ 2016 - 2021 theo Hướng dẫn số 64/HD-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam. Ban Thanh tra nhân dân ở 116 xã, phường, thị trấn đã thực hiện 238 cuộc giám sát, tập trung vào việc thu, chi quỹ xây dựng nông thôn mới, cấp giấy chứng nhận quyền sử dụng đất; phát hiện 14 vụ việc, kiến nghị chính quyền xử lý 12 vụ việc.
Quỹ "Vì người nghèo" các cấp tiếp nhận hơn 2,1 tỷ đồng, hỗ trợ xây mới 38 nhà Đại đoàn kết, sửa chữa 15 nhà, mỗi nhà xây mới được hỗ trợ 40 triệu đồng. Mặt trận tỉnh đã tổ chức 2 cuộc giám sát chuyên đề về việc thực hiện chính sách đối với người có công tại huyện Kim Bảng và huyện Lý Nhân; tổ chức 1 hội nghị phản biện dự thảo Nghị quyết của HĐND tỉnh về phí, lệ phí.
Tại hội nghị, đồng chí Nguyễn Văn Hải, HUV, Chủ tịch Ủy ban MTTQ huyện Thanh Liêm, cho biết huyện đã kiện toàn 16/17 Ban Thanh tra nhân dân, trong đó 9 trưởng ban là cán bộ hưu trí có kinh nghiệm. Đồng chí Lại Thị Thu, Chủ tịch Ủy ban MTTQ thành phố Phủ Lý, đề nghị tỉnh sớm ban hành quy chế phối hợp giữa Ban Thanh tra nhân dân với thanh tra nhà nước cấp huyện. Bà Đinh Thị Hòa, Trưởng Ban Thanh tra nhân dân phường Lê Hồng Phong, kiến nghị nâng mức hỗ trợ cho thành viên Ban từ 100.000 đồng lên 200.000 đồng/tháng.
Kết luận hội nghị, đồng chí Trần Thị Hà đánh giá quý III các huyện, thành phố đã bám sát Chương trình phối hợp và thống nhất hành động năm 2016 của Ủy ban MTTQ tỉnh. Quý IV, các cấp Mặt trận cần tổ chức tốt Ngày hội Đại đoàn kết toàn dân tộc ở 100% khu dân cư, rà soát hộ nghèo cuối năm, tổng hợp ý kiến, kiến nghị cử tri trước kỳ họp HĐND tỉnh; thực hiện Kết luận số 35-KL/TU ngày 8/8/2016 của Ban Thường vụ Tỉnh ủy về nâng cao chất lượng hoạt động giám sát, phản biện xã hội. Các đồng chí Phó Chủ tịch Ủy ban MTTQ tỉnh: Trần Văn Hiển, Bùi Thị Kim Oanh được giao chỉ đạo điểm ở huyện Bình Lục và huyện Duy Tiên.
Thanh Bình
Lượt xem: 667
Tin khác
- Duy Tiên: trao 20 nhà Đại đoàn kết cho hộ nghèo (05/10/2016)
- Hội nghị tập huấn công tác giám sát đầu tư của cộng đồng (26/09/2016)
- Bình Lục: đối thoại với người dân về thu hồi đất (19/09/2016)
""", "2016-10-17", "Giao ban công tác Mặt trận quý III: tập trung giám sát bầu cử và hỗ trợ hộ nghèo",
E("giao_ban", "2016-Q3", "2016-10-14"),
[P("Trần Thị Hà", "Tỉnh ủy viên", "Bí thư Đảng đoàn", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Hải", "HUV", "Chủ tịch Ủy ban MTTQ huyện Thanh Liêm"),
 P("Lại Thị Thu", "Chủ tịch Ủy ban MTTQ thành phố Phủ Lý"),
 P("Đinh Thị Hòa", "Trưởng Ban Thanh tra nhân dân phường Lê Hồng Phong"),
 P("Trần Văn Hiển", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Bùi Thị Kim Oanh", "Phó Chủ tịch Ủy ban MTTQ tỉnh")],
[Q("6 huyện, thành phố", 6, "huyện, thành phố"), Q("116 xã, phường, thị trấn", 116, "xã, phường, thị trấn"),
 Q("238 cuộc giám sát", 238, "cuộc giám sát"), Q("14 vụ việc", 14, "vụ việc"), Q("12 vụ việc", 12, "vụ việc"),
 Q("hơn 2,1 tỷ đồng", 2100000000, "đồng", "over"), Q("38 nhà Đại đoàn kết", 38, "nhà Đại đoàn kết"), Q("15 nhà", 15, "nhà"),
 Q("40 triệu đồng", 40000000, "đồng"), Q("2 cuộc giám sát chuyên đề", 2, "cuộc giám sát chuyên đề"),
 Q("16/17 Ban Thanh tra nhân dân", 16, "Ban Thanh tra nhân dân"), Q("9 trưởng ban", 9, "trưởng ban"),
 Q("100.000 đồng", 100000, "đồng"), Q("200.000 đồng", 200000, "đồng"), Q("100%", 100, "%")],
[D("Hướng dẫn", "64", "HD-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 64/HD-MTTW-BTT"),
 D("Kết luận", "35", "KL/TU", "2016-08-08", "Ban Thường vụ Tỉnh ủy", "Kết luận số 35-KL/TU ngày 8/8/2016")],
[prov("Hà Nam"), com("Lê Hồng Phong")],
["ỦY BAN MTTQ VIỆT NAM TỈNH HÀ NAM", "Trang chủ | Tin hoạt động | Mặt trận cơ sở", "Đồng chí Trần Thị Hà chủ trì hội nghị giao ban.",
 "Vì người nghèo", "Ngày hội Đại đoàn kết toàn dân tộc", "Chương trình phối hợp và thống nhất hành động năm 2016", "Lượt xem: 667"],
["17/10/2016 - 10:05", "quý III năm 2016", "nhiệm kỳ 2016 - 2021", "Quý IV", "1 hội nghị phản biện", "Lượt xem: 667"]))

PAGES.append(page("b1596-binhthuan-ttnd-guongsang-2017", """
Báo Bình Thuận Online
Trang chủ / Xã hội / Gương sáng
Cập nhật lúc 07:45 ngày 12/06/2017
Ông Trưởng ban “nói có sách, mách có chứng”
Ảnh: Ông Nguyễn Văn Lộc (bìa trái) kiểm tra sổ sách công trình kênh mương.
Gần 10 năm làm Trưởng Ban Thanh tra nhân dân xã Hàm Mỹ (huyện Hàm Thuận Nam), ông Nguyễn Văn Lộc, 67 tuổi, được bà con gọi vui là “ông Trưởng ban nói có sách, mách có chứng”.
Ông kể, năm 2014, người dân thôn Dân Hòa phản ánh con kênh nội đồng dài 1,8 km mới làm xong đã bong tróc. Ban Thanh tra nhân dân xã gồm 7 thành viên chia nhau đo đạc, đục thử bê tông ở 12 vị trí, đối chiếu với bản vẽ thiết kế. Kết quả cho thấy mác bê tông không đạt, chiều dày thành kênh thiếu 3 cm. Ban lập biên bản, kiến nghị UBND xã yêu cầu nhà thầu làm lại 420 m kênh và giữ lại hơn 96 triệu đồng tiền bảo hành. “Mình không có quyền xử lý, nhưng mình có số liệu, có chữ ký của người dân, nên chính quyền phải nghe”, ông Lộc nói.
Từ năm 2012 đến nay, Ban Thanh tra nhân dân xã Hàm Mỹ đã giám sát 53 công trình, tiếp nhận 61 đơn thư, kiến nghị của người dân, phối hợp hòa giải thành 44 vụ việc mâu thuẫn trong khu dân cư. Năm 2016, Ban được Ủy ban MTTQ tỉnh Bình Thuận tặng Bằng khen; ông Lộc được Ủy ban Trung ương MTTQ Việt Nam tặng Kỷ niệm chương “Vì sự nghiệp Đại đoàn kết dân tộc”.
Bà Trần Thị Ngọc Sương, Chủ tịch Ủy ban MTTQ Việt Nam xã Hàm Mỹ, cho biết: Ban hoạt động theo đúng Nghị định số 159/2016/NĐ-CP của Chính phủ và Nghị quyết liên tịch số 04/2016/NQLT-UBTVQH-ĐCT-UBTWMTTQVN về giám sát đầu tư của cộng đồng; mỗi quý Ban báo cáo với Ban Thường trực Ủy ban MTTQ xã và công khai kết quả tại hội nghị cử tri. Kinh phí hoạt động của Ban được UBND xã bố trí 15 triệu đồng/năm.
Ông Đặng Văn Tuấn, Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Hàm Thuận Nam, đánh giá: trong 13 Ban Thanh tra nhân dân của huyện, Hàm Mỹ là ban hoạt động đều, có sổ sách đầy đủ nhất. Huyện đang nhân rộng cách làm của Hàm Mỹ ra các xã Tân Lập, Mương Mán.
Trong căn nhà nhỏ ở thôn Dân Hòa, ông Lộc vẫn giữ 4 cuốn sổ ghi chép từ năm 2008. Ông bảo, muốn dân tin thì Ban phải làm đến nơi đến chốn, kiến nghị xong phải theo đến khi có kết quả. Nhiều lần ông tự bỏ tiền đi xe lên huyện để hỏi kết quả giải quyết đơn của bà con. Con cháu khuyên ông nghỉ ngơi, nhưng ông nói còn sức thì còn làm, miễn là bà con còn tin.
Bài, ảnh: Kim Liên
Lượt xem: 1.537
Tin liên quan
- Phan Thiết: Ban Thanh tra nhân dân phường hoạt động hiệu quả (28/05/2017)
- Tuy Phong: giám sát việc cấp thẻ bảo hiểm y tế cho ngư dân (15/05/2017)
- Đức Linh kiện toàn Ban Giám sát đầu tư của cộng đồng (02/05/2017)
""", "2017-06-12", "Ông Trưởng ban “nói có sách, mách có chứng”",
E("khac", None, None),
[P("Nguyễn Văn Lộc", "Trưởng Ban Thanh tra nhân dân xã Hàm Mỹ"),
 P("Trần Thị Ngọc Sương", "Chủ tịch Ủy ban MTTQ Việt Nam xã Hàm Mỹ"),
 P("Đặng Văn Tuấn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Hàm Thuận Nam")],
[Q("1,8 km", 1.8, "km"), Q("7 thành viên", 7, "thành viên"), Q("12 vị trí", 12, "vị trí"), Q("3 cm", 3, "cm"),
 Q("420 m", 420, "m"), Q("hơn 96 triệu đồng", 96000000, "đồng", "over"), Q("53 công trình", 53, "công trình"),
 Q("61 đơn thư, kiến nghị", 61, "đơn thư, kiến nghị"), Q("44 vụ việc mâu thuẫn", 44, "vụ việc mâu thuẫn"),
 Q("15 triệu đồng", 15000000, "đồng"), Q("13 Ban Thanh tra nhân dân", 13, "Ban Thanh tra nhân dân"), Q("4 cuốn sổ", 4, "cuốn sổ")],
[D("Nghị định", "159", "2016/NĐ-CP", None, "Chính phủ", "Nghị định số 159/2016/NĐ-CP"),
 D("Nghị quyết liên tịch", "04", "2016/NQLT-UBTVQH-ĐCT-UBTWMTTQVN", None, None, "Nghị quyết liên tịch số 04/2016/NQLT-UBTVQH-ĐCT-UBTWMTTQVN")],
[prov("Bình Thuận"), com("Hàm Mỹ"), com("Tân Lập"), com("Mương Mán")],
["Báo Bình Thuận Online", "Trang chủ / Xã hội / Gương sáng", "nói có sách, mách có chứng",
 "Ảnh: Ông Nguyễn Văn Lộc (bìa trái) kiểm tra sổ sách công trình kênh mương.", "Vì sự nghiệp Đại đoàn kết dân tộc", "Lượt xem: 1.537"],
["Cập nhật lúc 07:45 ngày 12/06/2017", "Gần 10 năm", "67 tuổi", "năm 2014", "Năm 2016", "năm 2008", "Lượt xem: 1.537"]))

PAGES.append(page("b1597-sonla-mttq-tongket-2018", """
Báo Sơn La
Trang chủ :: Chính trị :: Mặt trận - Đoàn thể
Thứ Năm, 27/12/2018 | 17:10
Quang cảnh hội nghị. Ảnh: Lò Thanh
Sơn La: 382 kiến nghị sau giám sát được tiếp thu
(Báo Sơn La) - Ngày 26/12, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị tổng kết công tác Mặt trận năm 2018, triển khai chương trình phối hợp và thống nhất hành động năm 2019. Dự hội nghị có đồng chí Nguyễn Hữu Chiến, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Sơn La; đồng chí Cầm Thị Mai, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Năm 2018, Mặt trận các cấp trong tỉnh đã chủ trì 1.426 cuộc giám sát, phối hợp giám sát 318 cuộc; qua giám sát đưa ra 415 kiến nghị, trong đó 382 kiến nghị đã được các cơ quan tiếp thu, giải quyết, đạt 92%. Mặt trận tổ chức 27 hội nghị phản biện xã hội, góp ý 164 dự thảo văn bản. 204 Ban Thanh tra nhân dân và 204 Ban Giám sát đầu tư của cộng đồng ở các xã, phường, thị trấn hoạt động thường xuyên.
Thực hiện Chỉ thị số 18-CT/TW ngày 10/10/2017 của Ban Bí thư về phát huy vai trò, nâng cao chất lượng hoạt động của Mặt trận và các đoàn thể chính trị - xã hội tham gia giám sát, phản biện xã hội, Tỉnh ủy ban hành Kế hoạch số 89-KH/TU; Ban Thường trực Ủy ban MTTQ tỉnh ban hành Hướng dẫn số 12/HD-MTTQ-BTT hướng dẫn Mặt trận cơ sở tổ chức giám sát việc thực hiện hương ước, quy ước bản.
Các đơn vị đã vận động xây dựng 1.235 nhà Đại đoàn kết với tổng kinh phí hơn 41 tỷ đồng; trao 7.600 suất quà cho hộ nghèo đồng bào Thái, Mông, Dao dịp Tết.
Tại hội nghị, bà Lò Thị Ơn, HUV, Chủ tịch Ủy ban MTTQ Việt Nam huyện Thuận Châu, chia sẻ kinh nghiệm giám sát việc chi trả tiền dịch vụ môi trường rừng cho 9.800 hộ nhận khoán bảo vệ rừng. Ông Sồng A Chư, Bí thư Chi bộ kiêm trưởng bản Hua Ngáy, xã Chiềng Ngàm, nói về việc đưa nội dung giám sát của cộng đồng vào quy ước bản.
Phát biểu tại hội nghị, đồng chí Nguyễn Hữu Chiến biểu dương kết quả đạt được, đề nghị năm 2019 Mặt trận các cấp tiếp tục thực hiện Quyết định số 217-QĐ/TW, Quyết định số 218-QĐ/TW của Bộ Chính trị; tăng cường giám sát việc thực hiện chính sách đối với đồng bào vùng tái định cư thủy điện Sơn La, thủy điện Hòa Bình; không để phát sinh điểm nóng.
Hội nghị đã hiệp thương bổ sung đồng chí Lường Văn Tiến, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, vào Ban Thường trực Ủy ban MTTQ tỉnh khóa XIV. Dịp này, 20 tập thể, 27 cá nhân được tặng Bằng khen của Ủy ban Trung ương MTTQ Việt Nam và Ủy ban MTTQ tỉnh.
Tòng Thủy
Lượt xem: 955
Tin cùng chuyên mục
- Mộc Châu: giám sát việc thực hiện Chương trình 135 (18/12/2018)
- Mặt trận tỉnh tiếp nhận ủng hộ Quỹ Vì người nghèo (10/12/2018)
- Sốp Cộp: Ngày hội Đại đoàn kết ở bản Mòng (16/11/2018)
""", "2018-12-27", "Sơn La: 382 kiến nghị sau giám sát được tiếp thu",
E("tong_ket", "2018", "2018-12-26"),
[P("Nguyễn Hữu Chiến", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy Sơn La"),
 P("Cầm Thị Mai", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lò Thị Ơn", "HUV", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Thuận Châu"),
 P("Sồng A Chư", "Bí thư Chi bộ kiêm trưởng bản Hua Ngáy"),
 P("Lường Văn Tiến", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("1.426 cuộc giám sát", 1426, "cuộc giám sát"), Q("318 cuộc", 318, "cuộc"), Q("415 kiến nghị", 415, "kiến nghị"),
 Q("382 kiến nghị", 382, "kiến nghị"), Q("92%", 92, "%"), Q("27 hội nghị phản biện xã hội", 27, "hội nghị phản biện xã hội"),
 Q("164 dự thảo văn bản", 164, "dự thảo văn bản"), Q("204 Ban Thanh tra nhân dân", 204, "Ban Thanh tra nhân dân"),
 Q("204 Ban Giám sát đầu tư của cộng đồng", 204, "Ban Giám sát đầu tư của cộng đồng"),
 Q("1.235 nhà Đại đoàn kết", 1235, "nhà Đại đoàn kết"), Q("hơn 41 tỷ đồng", 41000000000, "đồng", "over"),
 Q("7.600 suất quà", 7600, "suất quà"), Q("9.800 hộ nhận khoán bảo vệ rừng", 9800, "hộ nhận khoán bảo vệ rừng"),
 Q("20 tập thể", 20, "tập thể"), Q("27 cá nhân", 27, "cá nhân")],
[D("Chỉ thị", "18", "CT/TW", "2017-10-10", "Ban Bí thư", "Chỉ thị số 18-CT/TW ngày 10/10/2017"),
 D("Kế hoạch", "89", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 89-KH/TU"),
 D("Hướng dẫn", "12", "HD-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Hướng dẫn số 12/HD-MTTQ-BTT"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 218-QĐ/TW")],
[prov("Sơn La"), com("Chiềng Ngàm")],
["Báo Sơn La", "Trang chủ :: Chính trị :: Mặt trận - Đoàn thể", "Quang cảnh hội nghị. Ảnh: Lò Thanh", "(Báo Sơn La)", "Lượt xem: 955"],
["Thứ Năm, 27/12/2018 | 17:10", "năm 2018", "năm 2019", "Năm 2018", "khóa XIV", "Lượt xem: 955"]))

PAGES.append(page("b1598-longan-doithoai-benluc-2019", """
BÁO LONG AN ONLINE
Trang chủ » Chính trị » Mặt trận
08:40 | 24/05/2019
Người đứng đầu cấp ủy, chính quyền huyện Bến Lức đối thoại với nhân dân
(LA) - Ngày 22/5, Ủy ban MTTQ Việt Nam huyện Bến Lức phối hợp với Huyện ủy, UBND huyện tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2019 theo Quyết định số 1226/QĐ-UBND ngày 10/4/2019 của UBND tỉnh Long An ban hành quy chế đối thoại. Hội nghị có 210 đại biểu là đại diện hộ dân các xã Thạnh Đức, Lương Hòa, Tân Bửu và các doanh nghiệp trong khu công nghiệp.
Chủ trì đối thoại có ông Nguyễn Văn Út, Tỉnh ủy viên, Bí thư Huyện ủy; ông Võ Hoàng Vũ, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện; bà Lê Thị Ngọc Hân, HUV, Chủ tịch Ủy ban MTTQ Việt Nam huyện.
Trước hội nghị, Mặt trận huyện đã tổng hợp 36 ý kiến, kiến nghị của người dân gửi qua các tổ dân vận ấp và Ban Thanh tra nhân dân xã. Nhiều ý kiến tập trung vào việc bồi thường, hỗ trợ tái định cư dự án đường vành đai, tình trạng ô nhiễm do nước thải của một số cơ sở sản xuất và việc cấp giấy chứng nhận quyền sử dụng đất chậm.
Ông Trần Văn Bảy, ấp 3, xã Lương Hòa, phản ánh gia đình ông có 2.400 m2 đất bị thu hồi, được bồi thường hơn 1,1 tỷ đồng nhưng đến nay chưa được bố trí nền tái định cư. Bà Huỳnh Thị Lệ, ấp Phước Tú, xã Thạnh Đức, cho biết mùi hôi từ một cơ sở chế biến bột cá khiến 40 hộ dân sống gần đó bức xúc nhiều năm. Ông Lê Minh Triết, Trưởng Ban Thanh tra nhân dân xã Tân Bửu, đề nghị huyện công khai kết quả kiểm tra môi trường để người dân cùng giám sát.
Trả lời người dân, ông Võ Hoàng Vũ cho biết huyện đã bố trí quỹ đất 5,6 ha để làm khu tái định cư, dự kiến giao 118 nền cho các hộ trong quý IV/2019. Đối với cơ sở chế biến bột cá, UBND huyện đã xử phạt vi phạm hành chính 85 triệu đồng và yêu cầu di dời trước tháng 12/2019. Phòng Tài nguyên và Môi trường huyện được giao trả lời bằng văn bản 9 trường hợp chưa được cấp giấy chứng nhận.
Kết luận hội nghị, ông Nguyễn Văn Út nhấn mạnh, đối thoại là để lắng nghe và giải quyết, không phải để giải thích. Ông giao Ủy ban MTTQ huyện chủ trì giám sát việc thực hiện các nội dung đã cam kết, báo cáo Ban Thường vụ Huyện ủy theo Quy định số 11-QĐi/TW của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân. Đây là hội nghị đối thoại thứ 2 của huyện trong năm 2019.
Sau hội nghị, 32/36 ý kiến đã được trả lời trực tiếp, 4 ý kiến còn lại được giao cơ quan chuyên môn trả lời bằng văn bản trong 15 ngày.
Hữu Phước
Tin liên quan
- Đức Hòa: Mặt trận giám sát việc bồi thường dự án khu công nghiệp (10/05/2019)
- Cần Giuộc: 100% ấp tổ chức hội nghị lấy ý kiến nhân dân (26/04/2019)
- Tập huấn kỹ năng đối thoại cho cán bộ Mặt trận cơ sở (12/04/2019)
""", "2019-05-24", "Người đứng đầu cấp ủy, chính quyền huyện Bến Lức đối thoại với nhân dân",
E("doi_thoai", "2019", "2019-05-22"),
[P("Nguyễn Văn Út", "Tỉnh ủy viên", "Bí thư Huyện ủy"),
 P("Võ Hoàng Vũ", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"),
 P("Lê Thị Ngọc Hân", "HUV", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Trần Văn Bảy"), P("Huỳnh Thị Lệ"),
 P("Lê Minh Triết", "Trưởng Ban Thanh tra nhân dân xã Tân Bửu")],
[Q("210 đại biểu", 210, "đại biểu"), Q("36 ý kiến, kiến nghị", 36, "ý kiến, kiến nghị"), Q("2.400 m2", 2400, "m2"),
 Q("hơn 1,1 tỷ đồng", 1100000000, "đồng", "over"), Q("40 hộ dân", 40, "hộ dân"), Q("5,6 ha", 5.6, "ha"),
 Q("118 nền", 118, "nền"), Q("85 triệu đồng", 85000000, "đồng"), Q("9 trường hợp", 9, "trường hợp"),
 Q("32/36 ý kiến", 32, "ý kiến"), Q("4 ý kiến", 4, "ý kiến")],
[D("Quyết định", "1226", "QĐ-UBND", "2019-04-10", "UBND tỉnh Long An", "Quyết định số 1226/QĐ-UBND ngày 10/4/2019"),
 D("Quy định", "11", "QĐi/TW", None, "Bộ Chính trị", "Quy định số 11-QĐi/TW")],
[prov("Long An"), com("Thạnh Đức"), com("Lương Hòa"), com("Tân Bửu")],
["BÁO LONG AN ONLINE", "Trang chủ » Chính trị » Mặt trận", "(LA)"],
["08:40 | 24/05/2019", "năm 2019", "quý IV/2019", "tháng 12/2019", "thứ 2", "15 ngày", "ấp 3"]))

PAGES.append(page("b1599-kontum-mttq-baocao-kiennghi-cutri-2019", """
CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH KON TUM
Trang chủ › Tin tức › Tham gia xây dựng chính quyền
Ngày 11/12/2019 | 15:30
Mặt trận báo cáo ý kiến, kiến nghị của cử tri trước kỳ họp thứ 9 HĐND tỉnh
Sáng 10/12/2019, tại kỳ họp thứ 9, HĐND tỉnh Kon Tum khóa XI, đồng chí A Pớt, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh đã trình bày báo cáo của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh tổng hợp ý kiến, kiến nghị của cử tri và nhân dân và tham gia xây dựng chính quyền năm 2019.
Đồng chí A Pớt trình bày báo cáo tại kỳ họp. Ảnh: Mai Thoa
Theo báo cáo, trước kỳ họp, Ủy ban MTTQ các cấp đã phối hợp tổ chức 112 buổi tiếp xúc cử tri với hơn 9.600 lượt cử tri tham dự, tổng hợp được 284 ý kiến, kiến nghị. Trong năm, Mặt trận các cấp chủ trì 318 cuộc giám sát, trong đó cấp tỉnh 4 cuộc về việc thực hiện Quyết định số 2085/QĐ-TTg của Thủ tướng Chính phủ về chính sách đặc thù hỗ trợ phát triển kinh tế - xã hội vùng dân tộc thiểu số, việc quản lý, bảo vệ rừng tại các xã biên giới và việc thu, chi quỹ phòng, chống thiên tai.
Ban Thanh tra nhân dân ở 102 xã, phường, thị trấn thực hiện 287 cuộc giám sát; Ban Giám sát đầu tư của cộng đồng giám sát 436 công trình, phát hiện 27 công trình có sai sót, kiến nghị khắc phục. Mặt trận tỉnh tổ chức 6 hội nghị phản biện xã hội các dự thảo nghị quyết trình HĐND tỉnh, trong đó có dự thảo quy định mức hỗ trợ phát triển sản xuất cho đồng bào Xơ Đăng, Ba Na, Giẻ Triêng.
Báo cáo nêu những vấn đề cử tri quan tâm: tình trạng thiếu đất sản xuất của 1.870 hộ đồng bào dân tộc thiểu số; tiến độ thực hiện Chương trình 30a; chất lượng 14 công trình nước sinh hoạt tập trung xuống cấp, không sử dụng được. Cử tri làng Kon Jri, xã Đăk Rơ Wa phản ánh việc cấp 2 con bò giống hỗ trợ cho hộ nghèo chưa đúng đối tượng.
Báo cáo cũng đánh giá việc giải quyết kiến nghị sau giám sát: trong 96 kiến nghị gửi cơ quan có thẩm quyền, 81 kiến nghị đã được trả lời, đạt 84,4%. Ban Thường trực đề nghị UBND tỉnh chỉ đạo giải quyết dứt điểm tranh chấp đất giữa người dân với các công ty lâm nghiệp, thực hiện nghiêm Chỉ thị số 12-CT/TU ngày 5/3/2019 của Ban Thường vụ Tỉnh ủy về tăng cường công tác quản lý, bảo vệ rừng.
Thay mặt Thường trực HĐND tỉnh, đồng chí Nguyễn Văn Hòa, Phó Chủ tịch HĐND tỉnh tiếp thu, đề nghị các cơ quan liên quan trả lời cử tri trước ngày 31/3/2020. Trước đó, ông A Nhút, người có uy tín làng Plei Rơ Hai, xã Ia Chim, đã gửi kiến nghị về việc mở rộng đường vào khu sản xuất của làng.
P.V
Lượt xem: 743
Tin khác
- Tập huấn nghiệp vụ giám sát cho Mặt trận cấp xã (28/11/2019)
- Ngọc Hồi: giám sát việc chi trả tiền dịch vụ môi trường rừng (15/11/2019)
- Đăk Glei: Ngày hội Đại đoàn kết ở làng Đăk Ung (08/11/2019)
""", "2019-12-11", "Mặt trận báo cáo ý kiến, kiến nghị của cử tri trước kỳ họp thứ 9 HĐND tỉnh",
E("bao_cao", "2019", "2019-12-10"),
[P("A Pớt", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Hòa", "Phó Chủ tịch HĐND tỉnh"),
 P("A Nhút", "người có uy tín làng Plei Rơ Hai")],
[Q("112 buổi tiếp xúc cử tri", 112, "buổi tiếp xúc cử tri"), Q("hơn 9.600 lượt cử tri", 9600, "lượt cử tri", "over"),
 Q("284 ý kiến, kiến nghị", 284, "ý kiến, kiến nghị"), Q("318 cuộc giám sát", 318, "cuộc giám sát"), Q("4 cuộc", 4, "cuộc"),
 Q("102 xã, phường, thị trấn", 102, "xã, phường, thị trấn"), Q("287 cuộc giám sát", 287, "cuộc giám sát"),
 Q("436 công trình", 436, "công trình"), Q("27 công trình", 27, "công trình"),
 Q("6 hội nghị phản biện xã hội", 6, "hội nghị phản biện xã hội"), Q("1.870 hộ đồng bào dân tộc thiểu số", 1870, "hộ đồng bào dân tộc thiểu số"),
 Q("14 công trình nước sinh hoạt tập trung", 14, "công trình nước sinh hoạt tập trung"), Q("2 con bò giống", 2, "con bò giống"),
 Q("96 kiến nghị", 96, "kiến nghị"), Q("81 kiến nghị", 81, "kiến nghị"), Q("84,4%", 84.4, "%")],
[D("Quyết định", "2085", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 2085/QĐ-TTg"),
 D("Chỉ thị", "12", "CT/TU", "2019-03-05", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 12-CT/TU ngày 5/3/2019")],
[prov("Kon Tum"), com("Đăk Rơ Wa"), com("Ia Chim")],
["CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH KON TUM", "Trang chủ › Tin tức › Tham gia xây dựng chính quyền",
 "Đồng chí A Pớt trình bày báo cáo tại kỳ họp. Ảnh: Mai Thoa", "Chương trình 30a", "Lượt xem: 743"],
["Ngày 11/12/2019 | 15:30", "kỳ họp thứ 9", "khóa XI", "năm 2019", "ngày 31/3/2020", "Lượt xem: 743"]))

PAGES.append(page("b1600-hoabinh-traoqua-luulut-2020", """
Báo Hòa Bình điện tử
Trang chủ - Xã hội - Mặt trận với cơ sở
Thứ Sáu, 04/12/2020
Ủy ban MTTQ tỉnh trao 500 suất quà cho hộ nghèo huyện Đà Bắc
Ông Bùi Văn Cửu trao quà cho hộ nghèo xã Tiền Phong. Ảnh: Đinh Thắng
Ngày 2/12, đoàn công tác của Ủy ban MTTQ Việt Nam tỉnh Hòa Bình do ông Bùi Văn Cửu, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã đến thăm, trao quà cho hộ nghèo, hộ bị thiệt hại do mưa lũ tại huyện Đà Bắc.
Tại xã Tiền Phong và xã Vầy Nưa, đoàn trao 500 suất quà, mỗi suất trị giá 700.000 đồng gồm tiền mặt và nhu yếu phẩm, tổng trị giá 350 triệu đồng, từ nguồn Quỹ "Vì người nghèo" tỉnh và sự ủng hộ của Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh Hòa Bình. Đoàn cũng trao 3 căn nhà Đại đoàn kết, mỗi căn 50 triệu đồng, cho các hộ người Mường, người Dao có nhà bị sập trong đợt lũ tháng 10.
Trước khi trao quà, đoàn đã làm việc với Ban Thường trực Ủy ban MTTQ huyện về việc giám sát phân phối hàng cứu trợ. Bà Đinh Thị Thoa, HUV, Chủ tịch Ủy ban MTTQ Việt Nam huyện Đà Bắc, cho biết sau mưa lũ huyện đã tiếp nhận hơn 1,8 tỷ đồng và 26 tấn gạo; Ban Thường trực Mặt trận huyện phối hợp với Ban Thanh tra nhân dân 17 xã, thị trấn giám sát việc phân bổ, bảo đảm công khai danh sách tại nhà văn hóa xóm, không để xảy ra khiếu nại.
Ông Xa Văn Hiến, Trưởng Ban Thanh tra nhân dân xã Tiền Phong, cho biết Ban đã kiểm tra 14 xóm, đối chiếu danh sách 312 hộ nhận hỗ trợ, phát hiện 5 trường hợp trùng tên và đề nghị điều chỉnh kịp thời. Người dân được biết rõ mình nhận gì, bao nhiêu, vì đâu.
Thay mặt đoàn, ông Bùi Văn Cửu thăm hỏi, động viên bà con vượt qua khó khăn; đề nghị cấp ủy, chính quyền và Mặt trận huyện tiếp tục thực hiện Chỉ thị số 14-CT/TU ngày 18/9/2020 của Ban Thường vụ Tỉnh ủy về tăng cường công tác vận động, giúp đỡ người dân khắc phục hậu quả thiên tai; phối hợp thực hiện Nghị định số 136/2013/NĐ-CP của Chính phủ, bảo đảm chi trả trợ cấp cho đối tượng bảo trợ xã hội kịp thời. Ông cũng nhắc việc thực hiện Quy chế phối hợp số 04/QCPH-MTTQ-UBND giữa Ủy ban MTTQ tỉnh và UBND tỉnh trong vận động, tiếp nhận, phân phối nguồn cứu trợ.
Cùng ngày, bà Hà Thị Hạnh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, dẫn đoàn thứ hai thăm, tặng 120 suất quà cho học sinh nghèo ở huyện Mai Châu, mỗi suất 300.000 đồng.
Đinh Thắng
Lượt xem: 1.208
Tin liên quan
- Mặt trận tỉnh phát động ủng hộ đồng bào miền Trung (21/10/2020)
- Lạc Sơn: 100% hộ nghèo được tặng quà Tết (15/01/2020)
- Kim Bôi: giám sát việc hỗ trợ người dân bị ảnh hưởng bởi COVID-19 (20/05/2020)
""", "2020-12-04", "Ủy ban MTTQ tỉnh trao 500 suất quà cho hộ nghèo huyện Đà Bắc",
E("trao_qua", None, "2020-12-02"),
[P("Bùi Văn Cửu", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đinh Thị Thoa", "HUV", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Đà Bắc"),
 P("Xa Văn Hiến", "Trưởng Ban Thanh tra nhân dân xã Tiền Phong"),
 P("Hà Thị Hạnh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("500 suất quà", 500, "suất quà"), Q("700.000 đồng", 700000, "đồng"), Q("350 triệu đồng", 350000000, "đồng"),
 Q("3 căn nhà Đại đoàn kết", 3, "căn nhà Đại đoàn kết"), Q("50 triệu đồng", 50000000, "đồng"),
 Q("hơn 1,8 tỷ đồng", 1800000000, "đồng", "over"), Q("26 tấn", 26, "tấn"), Q("17 xã, thị trấn", 17, "xã, thị trấn"),
 Q("14 xóm", 14, "xóm"), Q("312 hộ", 312, "hộ"), Q("5 trường hợp", 5, "trường hợp"),
 Q("120 suất quà", 120, "suất quà"), Q("300.000 đồng", 300000, "đồng")],
[D("Chỉ thị", "14", "CT/TU", "2020-09-18", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 14-CT/TU ngày 18/9/2020"),
 D("Nghị định", "136", "2013/NĐ-CP", None, "Chính phủ", "Nghị định số 136/2013/NĐ-CP"),
 D("Quy chế phối hợp", "04", "QCPH-MTTQ-UBND", None, None, "Quy chế phối hợp số 04/QCPH-MTTQ-UBND")],
[prov("Hòa Bình"), com("Tiền Phong"), com("Vầy Nưa")],
["Báo Hòa Bình điện tử", "Trang chủ - Xã hội - Mặt trận với cơ sở", "Ông Bùi Văn Cửu trao quà cho hộ nghèo xã Tiền Phong. Ảnh: Đinh Thắng",
 "Vì người nghèo", "Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh Hòa Bình", "Lượt xem: 1.208"],
["Thứ Sáu, 04/12/2020", "tháng 10", "Lượt xem: 1.208"]))
